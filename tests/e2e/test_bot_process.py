"""End to end over real HTTP: the real bot process, a local Bot API server, SIGKILL."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.directory import create_invite, person_by_name
from storage.models import Activity, InboxUpdate
from tests.e2e.conftest import ADVISORS, COUNSELOR, FIRST_ADVISOR, TOKEN, World

pytestmark = pytest.mark.e2e


def wait_until(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def text_of(call) -> str:  # type: ignore[no-untyped-def]
    return str(call.params.get("text", ""))


def button_data(call, label: str) -> str:  # type: ignore[no-untyped-def]
    markup = call.params.get("reply_markup") or {}
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if button["text"] == label:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r} in {markup}")


def test_link_record_press_status_undo(world: World) -> None:
    from datetime import UTC, datetime

    api, bot = world.api, world.bot
    with Session(world.engine) as session:
        code = create_invite(session, person_by_name(session, "新老师"), datetime.now(UTC)).code
        session.commit()
    bot.start()
    api.wait_for(method="getUpdates", timeout=30)
    # the commands menu is set in both languages at start-up
    api.wait_for(method="setMyCommands", timeout=10)
    assert {c["command"] for c in api.commands(language_code="en")} >= {"log", "status", "form"}

    # a stranger gets the explanation, and nothing of theirs is stored
    mark = api.mark()
    api.push_message(99, "今天查寝")
    assert "邀请码" in text_of(
        api.wait_for(method="sendMessage", chat_id=99, since=mark, timeout=10)
    )

    # linking by invite code
    mark = api.mark()
    api.push_message(777, f"/start {code}")
    assert "新老师" in text_of(
        api.wait_for(method="sendMessage", chat_id=777, since=mark, timeout=10)
    )

    # recording, and pressing a button under the reply
    mark = api.mark()
    api.push_message(FIRST_ADVISOR, "今天去了9号楼宿舍")
    recorded = api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=10)
    assert "已记录（数学2025-1班）" in text_of(recorded) and "9号楼" in text_of(recorded)
    assert world.activity_count() == 1
    mark = api.mark()
    api.push_callback(FIRST_ADVISOR, recorded, button_data(recorded, "改类型"))
    api.wait_for(method="editMessageText", chat_id=FIRST_ADVISOR, since=mark, timeout=10)
    api.wait_for(method="answerCallbackQuery", since=mark, timeout=10)

    # status for the counselor
    mark = api.mark()
    api.push_message(COUNSELOR, "/status 数学2025-1班")
    status = api.wait_for(method="sendMessage", chat_id=COUNSELOR, since=mark, timeout=10)
    assert "✅ 每月深入宿舍" in text_of(status)

    # /undo
    mark = api.mark()
    api.push_message(FIRST_ADVISOR, "/undo")
    undone = api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=10)
    assert text_of(undone).startswith("已撤销")
    with Session(world.engine) as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Activity).where(Activity.deleted_at.is_(None))
            )
            == 0
        )

    def inbox_empty() -> bool:  # handled updates leave the inbox (just after the reply)
        with Session(world.engine) as session:
            return session.scalars(select(InboxUpdate)).all() == []

    wait_until(inbox_empty, 10, "the inbox to be emptied")
    bot.stop()
    assert TOKEN not in bot.output()
    assert "e2e-secret-token-value" not in bot.output()


def test_sigkill_in_a_burst_loses_nothing_and_records_nothing_twice(world: World) -> None:
    api, bot = world.api, world.bot
    bot.start()
    api.wait_for(method="getUpdates", timeout=30)
    total = 300
    kinds = ["今天查寝", "今天听课", "今天开了班会", "给家长打了电话", "和同学谈心"]
    for n in range(total):
        api.push_message(FIRST_ADVISOR + n % ADVISORS, f"{kinds[n % len(kinds)]} #{n}")
    # kill the bot once it is well into the burst
    wait_until(lambda: world.activity_count() >= 40, 60, "the burst to be under way")
    bot.kill()
    in_flight = world.activity_count()
    assert in_flight < total, "the burst finished before the kill; nothing was tested"
    bot.start()
    wait_until(lambda: world.activity_count() >= total, 120, f"all {total} messages recorded")
    time.sleep(1.0)  # anything recorded twice would show up now
    with Session(world.engine) as session:
        rows = session.execute(
            select(Activity.source_chat_id, Activity.source_message_id, func.count()).group_by(
                Activity.source_chat_id, Activity.source_message_id
            )
        ).all()
        texts = session.scalars(select(Activity.source_text)).all()
    assert len(rows) == total and all(count == 1 for _, _, count in rows)
    assert sorted(int(t.rsplit("#", 1)[1]) for t in texts) == list(range(total))
    assert api.pending_update_count == 0


def test_webhook_mode_checks_the_secret_token(world: World) -> None:
    import socket

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    bot = world.bot
    bot.env.update(
        # Telegram needs HTTPS; in production a proxy terminates TLS in front of the listener.
        ADVISORBOT_WEBHOOK_URL="https://advisorbot.example.edu/telegram",
        ADVISORBOT_WEBHOOK_SECRET="s3cret-hook",
        ADVISORBOT_WEBHOOK_LISTEN="127.0.0.1",
        ADVISORBOT_WEBHOOK_PORT=str(port),
    )
    bot.start()
    world.api.wait_for(method="setWebhook", timeout=30)
    assert world.api.webhook["secret_token"] == "s3cret-hook"
    update = {
        "update_id": 5001,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": FIRST_ADVISOR, "type": "private"},
            "from": {
                "id": FIRST_ADVISOR,
                "is_bot": False,
                "first_name": "t",
                "language_code": "zh-hans",
            },
            "text": "今天查寝",
        },
    }
    url = f"http://127.0.0.1:{port}/telegram"
    deadline = time.monotonic() + 20
    while True:
        try:
            wrong = httpx.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
            )
            break
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    assert wrong.status_code == 403
    assert world.activity_count() == 0
    right = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-hook"})
    assert right.status_code == 200
    wait_until(lambda: world.activity_count() == 1, 10, "the webhook update to be recorded")


def test_telegram_errors_neither_crash_nor_lose_records(world: World) -> None:
    api, bot = world.api, world.bot
    bot.start()
    api.wait_for(method="getUpdates", timeout=30)
    # 429 with retry_after: the rate limiter waits and sends again; the record is there.
    api.fail_next("sendMessage", 429, retry_after=1)
    mark = api.mark()
    api.push_message(FIRST_ADVISOR, "今天查寝")
    reply = api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=20)
    assert "已记录" in text_of(reply)
    # a user who blocked the bot: recorded, marked unreachable, and the bot carries on.
    api.block_chat(FIRST_ADVISOR + 1)
    api.push_message(FIRST_ADVISOR + 1, "今天听课")
    wait_until(lambda: world.activity_count() == 2, 20, "the blocked user's record")
    wait_until(
        lambda: world.person("班主任02").unreachable_since is not None, 20, "the 403 to be noted"
    )
    mark = api.mark()
    api.push_message(FIRST_ADVISOR + 2, "今天开了班会")
    reply = api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR + 2, since=mark, timeout=20)
    assert "已记录" in text_of(reply)
    assert bot.process is not None and bot.process.poll() is None


def test_a_revoked_token_ends_the_process_with_exit_1(world: World) -> None:
    """The watchdog as a supervisor sees it: when the polling loop dies (here Telegram says
    401 to getUpdates, as it does once the token is revoked) the process exits 1 by itself,
    instead of living on without reading a single message."""
    api, bot = world.api, world.bot
    bot.start()
    api.wait_for(method="getUpdates", timeout=30)
    api.fail_next("getUpdates", 401, times=1000)
    assert bot.process is not None
    assert bot.process.wait(timeout=30) == 1
    assert "the polling loop ended" in bot.output()
