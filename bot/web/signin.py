"""The three ways in: a one-time link, Telegram Mini App initData, and signing out."""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from bot.i18n import normalise_language
from bot.web.auth import InitDataRefused, validate_init_data
from bot.web.common import SESSION_COOKIE, check_csrf, error_page, set_session_cookie, web
from storage.web_auth import end_session, redeem_sign_in_link, start_session

log = logging.getLogger(__name__)


def sign_in_with_link(request: Request) -> Response:
    """A one-time link from `/web` or `advisorbot web-link`: spend it, set the cookie."""
    services = web(request)
    now = services.now()
    with services.session() as session:
        person_id = redeem_sign_in_link(session, request.path_params["token"], now)
        token = start_session(session, person_id, "link", now) if person_id else None
    if token is None:
        return error_page(request, 401, "link_refused")
    response = RedirectResponse("/", status_code=303)
    set_session_cookie(request, response, token)
    return response


async def sign_in_with_init_data(request: Request) -> Response:
    """The Mini App posts Telegram's initData; genuine and fresh, it starts a session."""
    form = await request.form()
    init_data = str(form.get("init_data") or "")
    services = web(request)
    secret = services.settings.telegram_bot_token
    now = services.now()
    try:
        viewer = validate_init_data(init_data, secret.get_secret_value() if secret else "", now)
    except InitDataRefused as exc:
        log.info("Mini App sign-in refused: %s", exc)
        return JSONResponse({"ok": False}, status_code=401)

    def start() -> str | None:
        from bot.usecases import identify

        with services.session() as session:
            person = identify(
                session, viewer.telegram_id, services.settings.admins, viewer.first_name, now
            )
            if person is None:
                return None
            if person.language is None and viewer.language_code:
                person.language = normalise_language(viewer.language_code)
            return start_session(session, person.id, "telegram", now)

    token = await run_in_threadpool(start)
    if token is None:
        return JSONResponse({"ok": False}, status_code=403)
    response = JSONResponse({"ok": True})
    set_session_cookie(request, response, token)
    return response


async def sign_out(request: Request) -> Response:
    form = await request.form()
    check_csrf(request, str(form.get("csrf") or ""))
    services = web(request)
    token = request.cookies.get(SESSION_COOKIE, "")

    def end() -> None:
        with services.session() as session:
            end_session(session, token, services.now())

    await run_in_threadpool(end)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
