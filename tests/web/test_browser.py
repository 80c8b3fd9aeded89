"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against the real
Starlette app served by uvicorn on 127.0.0.1 over a seeded SQLite database.

Skipped (saying why) when no Chromium is installed; under CI=true that is a failure instead.
Screenshots go to $ADVISORBOT_TEST_ARTIFACTS when set, else to the test's tmp_path.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import uvicorn
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.settings import load_settings
from bot.web.app import build_web_app
from bot.web.auth import init_data_hash
from storage.db import make_engine
from storage.models import DocumentReview, ReminderLedger
from tests.web.conftest import Clock, Sent
from tests.web.seed import ADMIN_TG, BOT_TOKEN, NOW, College, add_classes, seed, sign_in_link

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
IN_CI = os.environ.get("CI", "").lower() == "true"


def _chromium() -> str | None:
    for path in CHROMIUM_PATHS:
        if os.path.exists(path):
            return path
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright is not installed (pip install -e '.[test]')"
    if executable is None:
        reason = "no Chromium at /usr/bin/chromium (apt-get install -y chromium)"
    if reason is not None:
        if IN_CI:
            pytest.fail(f"browser tests need a browser under CI: {reason}")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Live:
    url: str
    engine: Engine
    college: College
    db_url: str
    sent: Sent

    def link(self, name: str, **kwargs: Any) -> str:
        return f"{self.url}/signin/{sign_in_link(self.engine, self.college.people[name], **kwargs)}"


@pytest.fixture
def live(sqlite_url: str) -> Iterator[Live]:
    """The dashboard served by uvicorn in a thread on a free loopback port, stopped after."""
    engine = make_engine(sqlite_url)
    college = seed(engine)
    sent = Sent()
    settings = load_settings(
        database_url=sqlite_url,
        telegram_bot_token=BOT_TOKEN,
        admins=frozenset({ADMIN_TG}),
        _env_file=None,
    )
    app = build_web_app(settings, engine=engine, clock=Clock(NOW), notify=sent)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield Live(f"http://127.0.0.1:{port}", engine, college, sqlite_url, sent)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        engine.dispose()


@pytest.fixture
def artifacts(tmp_path: Path) -> Path:
    folder = os.environ.get("ADVISORBOT_TEST_ARTIFACTS")
    path = Path(folder) if folder else tmp_path / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _page(browser: Any, width: int = 1280, height: int = 900) -> Any:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
    context.set_default_timeout(15_000)
    return context.new_page()


def _classes_shown(page: Any) -> set[str]:
    return set(
        page.eval_on_selector_all(
            "#overview tbody th > a", "links => links.map(a => a.textContent)"
        )
    )


def _cells_shown(page: Any) -> dict[str, dict[str, tuple[str, str]]]:
    """Class -> rule -> (state, "done/required") as the overview's page shows them: the
    state from the cell's colour class (mapped back through the legend), the figures from
    its first line of text."""
    rules = page.eval_on_selector_all(
        "#overview thead th[data-rule]", "hs => hs.map(h => h.dataset.rule)"
    )
    states = dict(
        page.eval_on_selector_all(
            "#legend [data-cell]", "spans => spans.map(s => [s.dataset.cell, s.dataset.state])"
        )
    )
    shown = page.eval_on_selector_all(
        "#overview tbody tr",
        """rows => rows.map(r => [r.querySelector('th > a').textContent,
            Array.from(r.querySelectorAll('td')).map(td => [td.className,
                                                             td.firstChild.textContent.trim()])])""",
    )
    return {
        name: {
            rule: (states[cell], text.split(" ", 1)[1])
            for rule, (cell, text) in zip(rules, cells, strict=True)
            if cell  # a rule without a started period has no cell state ("–")
        }
        for name, cells in shown
    }


def _totals_shown(page: Any) -> dict[str, str]:
    return dict(
        page.eval_on_selector_all(
            "#totals li", "items => items.map(i => [i.dataset.state, i.textContent])"
        )
    )


# Who sees what ------------------------------------------------------------------------------


def test_admin_sees_all_classes(browser: Any, live: Live) -> None:
    page = _page(browser)
    page.goto(live.link("院办管理员"))
    assert page.url == f"{live.url}/"
    assert _classes_shown(page) == set(live.college.classes)
    page.context.close()


def test_counselor_sees_only_theirs_and_another_class_is_403(browser: Any, live: Live) -> None:
    page = _page(browser)
    page.goto(live.link("李辅导员"))
    assert _classes_shown(page) == {"数学与应用数学2023-1班", "数学与应用数学2023-2班"}
    response = page.goto(f"{live.url}/class/{live.college.classes['统计学2024-1班']}")
    assert response.status == 403
    assert "无权" in page.inner_text("main") and "统计学2024-1班" not in page.content()
    page.context.close()


def test_advisor_sees_only_their_own(browser: Any, live: Live) -> None:
    page = _page(browser)
    page.goto(live.link("王老师"))
    assert _classes_shown(page) == {"数学与应用数学2023-2班"}
    assert (
        page.goto(f"{live.url}/class/{live.college.classes['数学与应用数学2023-1班']}").status
        == 403
    )
    page.context.close()


# Ways in ------------------------------------------------------------------------------------


def _init_data(user_id: int, auth_date: float, token: str = BOT_TOKEN) -> str:
    fields = {
        "auth_date": str(int(auth_date)),
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": json.dumps({"id": user_id, "first_name": "Admin", "language_code": "en"}),
    }
    fields["hash"] = init_data_hash(fields, token)
    return urlencode(fields)


def _open_as_mini_app(page: Any, url: str, init_data: str, theme: dict[str, str]) -> None:
    fragment = urlencode(
        {
            "tgWebAppData": init_data,
            "tgWebAppVersion": "8.0",
            "tgWebAppPlatform": "android",
            "tgWebAppThemeParams": json.dumps(theme),
        }
    )
    page.goto(f"{url}/#{fragment}")


def test_forged_and_expired_init_data_are_refused(browser: Any, live: Live) -> None:
    for init_data in (
        _init_data(ADMIN_TG, NOW.timestamp(), token="999:some-other-bot"),
        _init_data(ADMIN_TG, (NOW - timedelta(days=1, minutes=1)).timestamp()),
    ):
        page = _page(browser, 360, 740)
        with page.expect_response(f"{live.url}/auth/telegram") as answer:
            _open_as_mini_app(page, live.url, init_data, {})
        assert answer.value.status == 401
        page.wait_for_function("document.getElementById('tg-signin').textContent.includes('失败')")
        assert page.query_selector("#overview") is None
        assert page.goto(f"{live.url}/").status == 401
        page.context.close()


def test_genuine_init_data_opens_the_dashboard_in_telegrams_colours(
    browser: Any, live: Live, artifacts: Path
) -> None:
    page = _page(browser, 360, 740)
    theme = {"bg_color": "#17212b", "text_color": "#f5f5f5", "secondary_bg_color": "#232e3c"}
    _open_as_mini_app(page, live.url, _init_data(ADMIN_TG, NOW.timestamp()), theme)
    page.wait_for_selector("#overview")
    assert _classes_shown(page) == set(live.college.classes)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(23, 33, 43)"
    # Telegram's language_code was "en" and the new admin had no choice stored.
    assert "Overview" in page.inner_text("main")
    page.screenshot(path=str(artifacts / "mini-app-360.png"), full_page=True)
    page.context.close()


def test_used_or_expired_sign_in_link_is_refused(browser: Any, live: Live) -> None:
    page = _page(browser)
    link = live.link("李辅导员")
    page.goto(link)
    assert _classes_shown(page)
    page.context.clear_cookies()
    used = page.goto(link)
    assert used.status == 401 and "已失效或已使用" in page.inner_text("main")
    expired = page.goto(live.link("李辅导员", now=NOW - timedelta(minutes=11)))
    assert expired.status == 401 and "已失效或已使用" in page.inner_text("main")
    assert page.goto(f"{live.url}/").status == 401
    page.context.close()


# The numbers ------------------------------------------------------------------------------------


def _status_json(live: Live) -> dict[str, dict[str, tuple[str, str]]]:
    """Class -> rule -> (state, "done/required") as `advisorbot status --json` prints them
    at the dashboard's moment, from a separate process."""
    env = {**os.environ, "DATABASE_URL": live.db_url, "ADVISORBOT_TIMEZONE": "Asia/Shanghai"}
    env.pop("ADVISORBOT_CONFIG", None)
    printed = subprocess.run(
        [sys.executable, "-m", "bot", "status", "--json", "--at", NOW.isoformat()],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return {
        c["class"]: {r["rule"]: (r["state"], f"{r['done']}/{r['required']}") for r in c["rules"]}
        for c in json.loads(printed.stdout)
    }


def test_overview_agrees_with_status_json(browser: Any, live: Live) -> None:
    expected = _status_json(live)
    page = _page(browser)
    page.goto(live.link("院办管理员"))
    seen = _cells_shown(page)
    assert seen == expected
    assert any(state == "met" for rules in seen.values() for state, _ in rules.values())
    missed = sum(s == "missed" for rules in expected.values() for s, _ in rules.values())
    assert _totals_shown(page)["missed"].endswith(f": {missed}")
    page.context.close()


def test_a_class_on_the_second_page_is_reachable(browser: Any, live: Live) -> None:
    """234 classes: the most behind 200 on the first page, the rest on the second, where
    the one class with work on record comes last; totals are the same on both pages, and
    the two pages together agree with `status --json`."""
    added = add_classes(live.engine, 230, counselor=live.college.people["赵辅导员"])
    page = _page(browser)
    page.goto(live.link("院办管理员"))
    first = _cells_shown(page)
    totals = _totals_shown(page)
    assert len(first) == 200 and "数学与应用数学2023-1班" not in first
    page.get_by_role("link", name="下一页 ›").first.click()
    page.wait_for_url("**/?page=2")
    second = _cells_shown(page)
    assert set(first) | set(second) == {*live.college.classes, *added}
    assert not set(first) & set(second)
    assert {**first, **second} == _status_json(live)
    assert _totals_shown(page) == totals
    assert list(second)[-1] == "数学与应用数学2023-1班"
    page.get_by_role("link", name="数学与应用数学2023-1班").click()
    page.wait_for_url("**/class/*")
    assert "数学与应用数学2023-1班" in page.inner_text("h1")
    page.context.close()


# The forms inbox ----------------------------------------------------------------------------------


def test_approve_and_return_from_the_page(browser: Any, live: Live) -> None:
    page = _page(browser, 360, 740)
    page.goto(live.link("李辅导员"))
    page.goto(f"{live.url}/forms?month=2026-10")
    card = page.locator('li[data-class="数学与应用数学2023-1班"] [data-doc="monthly_form"]')
    assert card.get_attribute("data-review") == "submitted"
    card.get_by_role("button", name="通过").click()
    page.wait_for_selector("#notice")
    assert "已通过" in page.inner_text("#notice")
    assert card.get_attribute("data-review") == "approved"
    card.get_by_placeholder("意见").fill("十月第二周的班会缺少主题")
    card.get_by_role("button", name="退回").click()
    page.wait_for_selector("#notice")
    assert card.get_attribute("data-review") == "returned"
    assert "十月第二周的班会缺少主题" in card.inner_text()
    with Session(live.engine) as session:  # the desk's review storage: one row per version
        decisions = [(r.state, r.comment) for r in session.scalars(select(DocumentReview))]
    assert decisions == [("returned", "十月第二周的班会缺少主题")]
    told = [(chat, text) for chat, text in live.sent.messages]
    assert [chat for chat, _ in told] == [101, 101]  # 张老师 hears of both decisions
    assert "十月第二周的班会缺少主题" in told[1][1]
    missing = page.locator('li[data-class="数学与应用数学2023-2班"] [data-doc="monthly_form"]')
    assert missing.get_attribute("data-review") == "missing"
    missing.get_by_role("button", name="提醒").click()
    page.wait_for_selector("#notice")
    assert "王老师" in page.inner_text("#notice")
    with Session(live.engine) as session:
        rows = session.execute(select(ReminderLedger.stage, ReminderLedger.rule)).all()
    assert [tuple(r) for r in rows] == [("nudge", "monthly_form")]
    page.context.close()


# Layout -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [360, 1280])
def test_pages_fit_the_screen_and_are_saved(
    browser: Any, live: Live, artifacts: Path, width: int
) -> None:
    page = _page(browser, width, 800)
    page.goto(f"{live.url}/")
    pages = {"signin": None}
    page.screenshot(path=str(artifacts / f"signin-{width}.png"), full_page=True)
    page.goto(live.link("李辅导员"))
    first = live.college.classes["数学与应用数学2023-1班"]
    pages = {
        "overview": "/",
        "class": f"/class/{first}",
        "advisor": f"/advisor/{live.college.people['张老师']}",
        "forms": "/forms?month=2026-10",
        "forms-en": "/forms?month=2026-10&lang=en",
        "error": "/class/99999",
    }
    for name, path in pages.items():
        page.goto(f"{live.url}{path}")
        fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        page.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
        assert fits, f"{name} at {width} px scrolls sideways"
    page.context.close()
