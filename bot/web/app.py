"""The dashboard's web application: `build_web_app` is the one place its routes are mounted.

Pages are rendered on the server with Jinja2 (charts as inline SVG); every asset is served
from `bot/web/static/`, nothing from the internet. Database work runs in Starlette's thread
pool, so the page never blocks the bot sharing the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from bot.liveness import Liveness
from bot.settings import Settings
from bot.web import pages, signin
from bot.web.common import Notify, WebServices, on_http_error, on_server_error
from bot.web.data import OverviewCache
from bot.web.health import health_routes
from reminders.policy import Policy, load_policy
from storage.db import make_engine, make_session_factory

if TYPE_CHECKING:  # python-docx loads only when a form is downloaded
    from bot.form_pictures import PictureFetcher

STATIC_DIR = Path(__file__).resolve().parent / "static"


def build_web_app(
    settings: Settings,
    *,
    engine: Engine | None = None,
    clock: Callable[[], datetime] | None = None,
    notify: Notify | None = None,
    policy: Policy | None = None,
    liveness: Liveness | None = None,
    pictures: PictureFetcher | None = None,
) -> Starlette:
    """The dashboard with its ops routes. `notify` sends the advisor a nudge or a review's
    notice (the bot's send_message); without it a nudge stays pending in the ledger for the
    running bot's desk delivery job, and a review is not announced. `pictures` fetches the
    evidence photos for a downloaded form (the running bot's `bot_pictures`)."""
    engine = engine or make_engine(settings.database_url)
    templates = Environment(
        loader=PackageLoader("bot.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    services = WebServices(
        settings=settings,
        sessions=make_session_factory(engine),
        policy=policy or load_policy(settings.config_path),
        clock=clock or (lambda: datetime.now(UTC)),
        notify=notify,
        templates=templates,
        overviews=OverviewCache(),
        pictures=pictures,
    )
    routes: list[BaseRoute] = [
        # The bot's liveness under `run`; alone (`advisorbot web`) nothing else must be alive.
        *health_routes(liveness or Liveness(), engine),
        Route("/", pages.overview_page),
        Route("/class/{class_id:int}", pages.class_page),
        Route("/advisor/{person_id:int}", pages.advisor_page),
        Route("/forms", pages.forms_page),
        Route("/forms/review", pages.review_action, methods=["POST"]),
        Route("/forms/nudge", pages.nudge_action, methods=["POST"]),
        Route("/download/form/{class_id:int}/{month}.docx", pages.download_form),
        Route("/download/semester/{name}.xlsx", pages.download_workbook),
        Route("/signin/{token}", signin.sign_in_with_link),
        Route("/auth/telegram", signin.sign_in_with_init_data, methods=["POST"]),
        Route("/signout", signin.sign_out, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(GZipMiddleware, minimum_size=1000)],
        exception_handlers={HTTPException: on_http_error, Exception: on_server_error},
    )
    app.state.web = services
    return app
