"""`/web` in chat, `advisorbot web-link`, and the web server inside `advisorbot run`'s loop."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import Engine
from starlette.testclient import TestClient

from bot.settings import Settings
from bot.web.app import build_web_app
from tests.bot.harness import GROUP, LI, STRANGER, ZHANG, BotUnderTest, make_bot, seed


def _settings(engine: Engine, **extra: object) -> Settings:
    return Settings(
        telegram_bot_token=SecretStr("123:test"),
        database_url=str(engine.url),
        admins=frozenset({500}),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
async def https_bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine, _settings(engine, web_url="https://dash.example.edu/"))
    async with under_test.app:
        yield under_test


async def test_web_command_sends_a_private_link_and_a_mini_app_button(
    https_bot: BotUnderTest,
) -> None:
    bot = https_bot
    replies = await bot.say(LI, "/web")
    link = re.search(r"https://dash\.example\.edu/signin/(\S+)", replies[0])
    assert link is not None and "10" in replies[0]
    call = bot.request.sent("sendMessage", chat_id=LI)[-1]
    markup = call.params["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    assert markup["inline_keyboard"][0][0]["web_app"]["url"] == "https://dash.example.edu/"
    # The link signs the counselor in once, in the same database.
    app = build_web_app(bot.app.bot_data.settings, engine=bot.engine, clock=lambda: bot.clock[0])
    with TestClient(app, base_url="https://dash.example.edu") as client:
        assert client.get(f"/signin/{link.group(1)}", follow_redirects=False).status_code == 303
        assert "数学与应用数学2023-1班" in client.get("/").text
        client.cookies.clear()
        assert client.get(f"/signin/{link.group(1)}").status_code == 401


async def test_web_in_a_group_goes_to_the_private_chat_and_strangers_get_nothing(
    https_bot: BotUnderTest,
) -> None:
    bot = https_bot
    group_replies = await bot.say(ZHANG, "/web", chat_id=GROUP)
    private = [
        c for c in bot.request.sent("sendMessage", chat_id=ZHANG) if "signin/" in str(c.params)
    ]
    assert len(private) == 1
    assert not any("signin/" in text for text in bot.request.texts(GROUP))
    assert any("私信" in text for text in group_replies)
    stranger = await bot.say(STRANGER, "/web")
    assert not any("signin/" in text for text in stranger)


async def test_plain_http_dashboard_gets_a_link_without_a_web_app_button(engine: Engine) -> None:
    seed(engine)
    bot = make_bot(engine, _settings(engine, web_port=8099))
    async with bot.app:
        replies = await bot.say(LI, "/web")
    assert "http://127.0.0.1:8099/signin/" in replies[0]
    assert "reply_markup" not in bot.request.sent("sendMessage", chat_id=LI)[-1].params


def _cli(db_url: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        **os.environ,
        "DATABASE_URL": db_url,
        "ADVISORBOT_TIMEZONE": "Asia/Shanghai",
        **env,
    }
    environ.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
        check=False,
    )


def test_web_link_prints_a_link_for_a_roster_person(sqlite_url: str, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "class,cohort,major,advisor,advisor_telegram,counselor,counselor_telegram\n"
        "数学2023-1班,2023,数学,张老师,101,李辅导员,201\n",
        encoding="utf-8",
    )
    assert _cli(sqlite_url, "roster", "import", str(roster)).returncode == 0
    printed = _cli(sqlite_url, "web-link", "李辅导员", ADVISORBOT_WEB_URL="https://d.example/")
    assert printed.returncode == 0, printed.stderr
    assert re.fullmatch(r"https://d\.example/signin/[\w-]{40,}\n", printed.stdout)
    unknown = _cli(sqlite_url, "web-link", "没有这个人")
    assert unknown.returncode == 2 and "名册" in unknown.stderr  # the run's language: zh


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.e2e
def test_run_serves_the_dashboard_in_the_bots_loop(sqlite_url: str, tmp_path: Path) -> None:
    """The real `advisorbot run` against the local Bot API server: /healthz answers on the
    web port while the bot polls, and SIGTERM stops both."""
    from tests.botapi.server import FakeBotApi

    token = "424242:web-run-test"
    api = FakeBotApi(token=token).start_in_thread()
    port = _free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "ADVISORBOT_", "DATABASE_URL"))
    }
    env.update(
        DATABASE_URL=sqlite_url,
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_API_BASE_URL=api.base_url,
        ADVISORBOT_WEB_PORT=str(port),
    )
    log_path = tmp_path / "run.log"
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], env=env, stdout=log_file, stderr=subprocess.STDOUT
        )
    try:
        answer = None
        deadline = time.monotonic() + 30
        # The web port may answer a moment before the first poll (then "unhealthy"): ask
        # until the bot says it is healthy or the deadline passes.
        while time.monotonic() < deadline and process.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
            except httpx.TransportError:
                answer = None
            if answer is not None and answer.json().get("status") == "ok":
                break
            time.sleep(0.2)
        assert answer is not None, log_path.read_text(errors="replace")
        # The bot's own liveness answers on the dashboard's port: polling and the updater.
        health = answer.json()
        assert health["status"] == "ok" and health["updater"] == "ok", health
        assert httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 401
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=20)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=5)
            api.stop()
    output = log_path.read_text(errors="replace")
    assert code == 0, output
    assert token not in output
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)


@pytest.mark.e2e
def test_web_serves_the_dashboard_alone_and_a_taken_port_is_one_clear_error(
    sqlite_url: str, tmp_path: Path
) -> None:
    port = _free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "ADVISORBOT_", "DATABASE_URL"))
    }
    # The command line's own messages in English (its language is the run's, zh by default).
    env.update(DATABASE_URL=sqlite_url, ADVISORBOT_WEB_PORT=str(port), ADVISORBOT_LANGUAGE="en")
    log_path = tmp_path / "web.log"
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "web"], env=env, stdout=log_file, stderr=subprocess.STDOUT
        )
    try:
        answer = None
        deadline = time.monotonic() + 30
        while answer is None and time.monotonic() < deadline and process.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200, log_path.read_text()
        signin = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
        assert signin.status_code == 401 and "请登录" in signin.text
        assert httpx.get(f"http://127.0.0.1:{port}/static/app.css", timeout=2).status_code == 200
        # A second server on the same port: exit 2 with one line saying what to change.
        second = subprocess.run(
            [sys.executable, "-m", "bot", "web"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 2
        assert f"cannot listen on 127.0.0.1:{port}" in second.stderr
        off = subprocess.run(
            [sys.executable, "-m", "bot", "web"],
            env={**env, "ADVISORBOT_WEB_PORT": "0"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert off.returncode == 2 and "ADVISORBOT_WEB_PORT is 0" in off.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=5)


async def test_menu_button_opens_the_dashboard_only_under_https(engine: Engine) -> None:
    from bot.web.serve import set_menu_button

    seed(engine)
    bot = make_bot(engine, _settings(engine, web_url="https://dash.example.edu"))
    async with bot.app:
        await set_menu_button(bot.app.bot, bot.app.bot_data.settings)
        plain = _settings(engine, web_port=8099)
        await set_menu_button(bot.app.bot, plain)
    calls = bot.request.sent("setChatMenuButton")
    assert len(calls) == 1
    button = calls[0].params["menu_button"]
    button = json.loads(button) if isinstance(button, str) else button
    assert button["type"] == "web_app" and button["web_app"]["url"] == "https://dash.example.edu/"


async def test_web_says_so_when_the_dashboard_is_off(engine: Engine) -> None:
    seed(engine)
    bot = make_bot(engine, _settings(engine, web_port=0))
    async with bot.app:
        replies = await bot.say(LI, "/web")
    assert replies == ["本机器人没有开启网页看板。"]
