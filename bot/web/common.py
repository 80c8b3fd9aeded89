"""What every page shares: the services, the signed-in viewer, CSRF, error pages."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from jinja2 import Environment
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from bot.i18n import LANGUAGES, normalise_language, t
from bot.settings import Settings
from bot.web.auth import csrf_ok, csrf_token
from bot.web.data import OverviewCache
from reminders.policy import Policy
from storage.db import unit_of_work
from storage.web_auth import SESSION_LIFETIME, session_person

if TYPE_CHECKING:  # python-docx loads only when a form is downloaded
    from bot.form_pictures import PictureFetcher

log = logging.getLogger(__name__)

SESSION_COOKIE = "advisorbot_session"
LANG_COOKIE = "advisorbot_lang"


# Sends a chat message to a Telegram user id (the bot's own, with its rate limiter).
Notify = Callable[[int, str], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Viewer:
    """The signed-in person, as plain values, with the request's language and CSRF token."""

    id: int
    name: str
    is_admin: bool
    is_counselor: bool
    is_advisor: bool
    lang: str
    csrf: str

    def t(self, key: str, /, **params: object) -> str:
        return t(self.lang, f"web.{key}", **params)


@dataclass
class WebServices:
    """What every page needs, built once in `build_web_app` (the app's `state.web`)."""

    settings: Settings
    sessions: sessionmaker[Session]
    policy: Policy
    clock: Callable[[], datetime]
    notify: Notify | None
    templates: Environment
    overviews: OverviewCache
    # Fetches the form's evidence photos through the bot it runs beside (`advisorbot run`);
    # without one the downloaded form has the photo counts but no pictures.
    pictures: PictureFetcher | None = None

    def now(self) -> datetime:
        return self.clock().astimezone(self.settings.tz)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with unit_of_work(self.sessions) as session:
            yield session

    def render(self, template: str, /, **context: Any) -> str:
        return self.templates.get_template(template).render(**context)


def web(request: Request) -> WebServices:
    services: WebServices = request.app.state.web
    return services


# Who is asking ---------------------------------------------------------------------------


def request_lang(request: Request, stored: str | None = None) -> str:
    """?lang= (remembered in a cookie), else the cookie, else the person's choice, else zh."""
    asked = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
    if asked in LANGUAGES:
        return asked
    if stored is None:  # an error page after the viewer was known: the viewer's language
        stored = getattr(request.state, "lang", None)
    return normalise_language(stored)


def current_viewer(request: Request) -> Viewer:
    """The signed-in viewer; HTTPException(401) without a live session. Runs in a thread."""
    token = request.cookies.get(SESSION_COOKIE, "")
    services = web(request)
    if not token:
        raise HTTPException(401)
    with services.session() as session:
        person = session_person(session, token, services.now())
        if person is None:
            raise HTTPException(401)
        request.state.lang = person.language
        return Viewer(
            id=person.id,
            name=person.name,
            is_admin=person.is_admin or person.telegram_id in services.settings.admins,
            is_counselor=person.is_counselor,
            is_advisor=person.is_advisor,
            lang=request_lang(request, person.language),
            csrf=csrf_token(token),
        )


def check_csrf(request: Request, given: str) -> None:
    if not csrf_ok(request.cookies.get(SESSION_COOKIE, ""), given):
        raise HTTPException(400, detail="csrf")


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    secure = request.url.scheme == "https" or web(request).settings.web_base_url.startswith(
        "https:"
    )
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/",
    )


# Errors: a page in the viewer's language, never a traceback --------------------------------


def error_page(request: Request, status: int, key: str | None = None, **params: object) -> Response:
    lang = request_lang(request)
    services = web(request)
    if status == 401 and key is None:
        body = services.render("signin.html", lang=lang, t=_translator(lang))
    else:
        message = t(lang, f"web.{key or f'error_{status}'}", **params)
        body = services.render(
            "error.html", lang=lang, t=_translator(lang), message=message, status=status
        )
    response = HTMLResponse(body, status_code=status, headers={"Cache-Control": "no-store"})
    remember_lang(request, response)
    return response


def remember_lang(request: Request, response: Response) -> None:
    """A `?lang=` choice is kept in a cookie for the pages that follow."""
    lang = request.query_params.get("lang")
    if lang in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax")


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 400 and exc.detail == "csrf":
        return error_page(request, 400, "csrf_failed")
    if exc.status_code == 400:
        return error_page(request, 400, "error_400", detail=exc.detail)
    if exc.status_code in (401, 403, 404):
        return error_page(request, exc.status_code)
    if exc.status_code < 500:  # e.g. 405: a GET of a form's address
        return error_page(request, exc.status_code, "error_400", detail=exc.detail)
    return error_page(request, exc.status_code, "error_500")


async def on_server_error(request: Request, exc: Exception) -> Response:
    log.error("error on %s %s", request.method, loggable_path(request.url.path), exc_info=exc)
    return error_page(request, 500)


def loggable_path(path: str) -> str:
    """The path without a sign-in token: a link in a log would sign its reader in."""
    return "/signin/…" if path.startswith("/signin/") else path


def _translator(lang: str) -> Callable[..., str]:
    def translate(key: str, /, **params: object) -> str:
        return t(lang, f"web.{key}", **params)

    return translate


def query_with(request: Request, **changes: str | None) -> str:
    """The current query string with some parameters changed (None drops one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return "?" + urlencode(params) if params else ""
