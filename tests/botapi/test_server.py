"""FakeBotApi against the real python-telegram-bot stack, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import struct
import subprocess
import sys
import time
import zlib
from datetime import timedelta
from pathlib import Path

import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MenuButtonCommands,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.botapi.server import FakeBotApi, auto_entities

ROOT = Path(__file__).resolve().parents[2]
USER = 424242
OTHER = 515151
GROUP = -1001234567890
KEYBOARD = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton("是", callback_data="yes"),
            InlineKeyboardButton("否", callback_data="no"),
        ]
    ]
)


def tiny_png(width: int, height: int) -> bytes:
    """A valid PNG of the given size (black, 8-bit grey), built by hand to need no library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x00" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def retry_seconds(error: RetryAfter) -> float:
    value = error.retry_after
    assert isinstance(value, timedelta)  # PTB_TIMEDELTA is set: no deprecated int
    return value.total_seconds()


# ---------------------------------------------------------------------- Bot methods


async def test_get_me_send_and_edit_messages(api: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (7000000042, "advisor_test_bot", True)

    first = await bot.send_message(USER, "第一条", reply_markup=KEYBOARD)
    second = await bot.send_message(USER, "<b>second</b> &amp; more", parse_mode="HTML")
    elsewhere = await bot.send_message(OTHER, "hello")
    # Message ids count per chat, as in Telegram.
    assert (first.message_id, second.message_id, elsewhere.message_id) == (1, 2, 1)
    assert first.reply_markup == KEYBOARD
    assert first.from_user is not None and first.from_user.id == me.id
    assert first.chat.id == USER and first.chat.type == "private"
    assert second.text == "second & more"  # what the user sees, markup stripped

    calls = api.sent(chat_id=USER, method="sendMessage")
    assert [c.params["text"] for c in calls] == ["第一条", "<b>second</b> &amp; more"]
    assert calls[0].params["reply_markup"] == KEYBOARD.to_dict()
    assert calls[0].message is not None and calls[0].message["message_id"] == 1
    assert calls[0].duration is not None and calls[0].duration >= 0

    edited = await bot.edit_message_text(
        "已改", chat_id=USER, message_id=first.message_id, reply_markup=KEYBOARD
    )
    assert isinstance(edited, type(first))
    assert edited.text == "已改" and edited.edit_date is not None
    assert edited.reply_markup == KEYBOARD
    stored = api.message(USER, first.message_id)
    assert stored is not None and stored["text"] == "已改"

    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text(
            "已改", chat_id=USER, message_id=first.message_id, reply_markup=KEYBOARD
        )
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=USER, message_id=99)

    unmarked = await bot.edit_message_reply_markup(chat_id=USER, message_id=first.message_id)
    assert not isinstance(unmarked, bool) and unmarked.reply_markup is None
    assert "reply_markup" not in (api.message(USER, first.message_id) or {})

    assert await bot.send_chat_action(USER, "typing") is True
    assert api.sent(method="sendChatAction")[0].params == {"chat_id": USER, "action": "typing"}
    with pytest.raises(BadRequest, match="text is empty"):
        await bot.send_message(USER, "   ")


async def test_commands_and_menu_button(api: FakeBotApi, bot: Bot) -> None:
    zh = [BotCommand("start", "开始"), BotCommand("status", "进度")]
    en = [BotCommand("start", "Start")]
    assert await bot.set_my_commands(zh)
    assert await bot.set_my_commands(en, language_code="en")
    private = BotCommandScopeAllPrivateChats()
    assert await bot.set_my_commands(en, scope=private, language_code="en")

    assert await bot.get_my_commands() == tuple(zh)
    assert await bot.get_my_commands(language_code="en") == tuple(en)
    assert await bot.get_my_commands(scope=private) == ()
    assert api.commands() == [c.to_dict() for c in zh]
    assert api.commands(scope={"type": "all_private_chats"}, language_code="en") == [
        {"command": "start", "description": "Start"}
    ]

    with pytest.raises(BadRequest, match="(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "capitals are not allowed")])

    assert await bot.delete_my_commands(language_code="en")
    assert await bot.get_my_commands(language_code="en") == ()
    assert api.commands() != []

    assert await bot.set_chat_menu_button(chat_id=USER, menu_button=MenuButtonCommands())
    assert api.menu_button(USER) == {"type": "commands"}


async def test_upload_document_and_photo(api: FakeBotApi, bot: Bot) -> None:
    content = "进度表\n".encode() * 1000 + bytes(range(256))
    message = await bot.send_document(
        USER, content, filename="周报 (1).xlsx", caption="本周", reply_markup=KEYBOARD
    )
    assert message.document is not None
    assert message.document.file_name == "周报 (1).xlsx"
    assert message.document.file_size == len(content)
    assert message.caption == "本周" and message.reply_markup == KEYBOARD

    call = api.sent(method="sendDocument")[0]
    upload = call.files["document"]
    assert (upload.filename, upload.size, upload.data) == ("周报 (1).xlsx", len(content), content)
    assert call.params["caption"] == "本周"
    assert api.file_bytes(message.document.file_id) == content

    # The file endpoint serves it back, as /file/bot<token>/<file_path>.
    file = await bot.get_file(message.document.file_id)
    assert bytes(await file.download_as_bytearray()) == content

    png = tiny_png(7, 3)
    photo_message = await bot.send_photo(USER, png, filename="chart.png")
    (size,) = photo_message.photo
    assert (size.width, size.height, size.file_size) == (7, 3, len(png))
    assert api.sent(method="sendPhoto")[0].files["photo"].data == png

    # Re-sending by file_id uploads nothing and yields the same file.
    again = await bot.send_document(OTHER, message.document.file_id)
    assert again.document is not None and again.document.file_id == message.document.file_id
    assert api.sent(method="sendDocument")[-1].files == {}


async def test_callback_query_and_answer(api: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(USER, "选一个", reply_markup=KEYBOARD)
    update_id = api.push_callback(USER, api.sent(method="sendMessage")[0], "yes")

    (update,) = await bot.get_updates()
    assert update.update_id == update_id
    query = update.callback_query
    assert query is not None and query.data == "yes" and query.from_user.id == USER
    assert query.message is not None and query.message.message_id == sent.message_id
    assert query.chat_instance

    api.reply_methods = frozenset({"answerCallbackQuery"})  # what a button bench would time
    assert await bot.answer_callback_query(query.id, text="好的")
    (timing,) = api.update_timings()
    assert timing.kind == "callback_query" and timing.handling is not None
    assert timing.reply_seq == api.sent(method="answerCallbackQuery")[0].seq
    assert api.sent(method="answerCallbackQuery")[0].params == {
        "callback_query_id": query.id,
        "text": "好的",
    }
    with pytest.raises(BadRequest, match="(?i)query id is invalid"):
        await bot.answer_callback_query(query.id)
    with pytest.raises(BadRequest, match="(?i)query id is invalid"):
        await bot.answer_callback_query("123")


async def test_pushed_message_entities_and_reply(api: FakeBotApi, bot: Bot) -> None:
    text = "/start@advisor_test_bot 😀 请看 @class_one 和 /status"
    first = api.push_message(USER, text, first_name="张老师", username="zhang_t")
    api.push_message(USER, "回复", reply_to=1)
    api.push_message(USER, "群里", chat_id=GROUP, chat_type="supergroup", chat_title="2024级")

    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [first, first + 1, first + 2]
    message = updates[0].message
    assert message is not None
    # Offsets count UTF-16 units: the emoji before the mention counts twice.
    assert list(message.parse_entities().values()) == [
        "/start@advisor_test_bot",
        "@class_one",
        "/status",
    ]
    assert message.from_user is not None and message.from_user.language_code == "zh-hans"
    assert message.from_user.first_name == "张老师" and message.chat.username == "zhang_t"
    reply = updates[1].message
    assert reply is not None and reply.reply_to_message is not None
    assert reply.reply_to_message.text == text
    group = updates[2].message
    assert group is not None and group.chat.type == "supergroup" and group.chat.title == "2024级"
    assert group.message_id == 1
    edit_id = api.push_edited_message(USER, 1, "改成 /status")
    (edit,) = await bot.get_updates(offset=edit_id)
    assert edit.edited_message is not None and edit.edited_message.message_id == 1
    assert edit.edited_message.edit_date is not None
    assert list(edit.edited_message.parse_entities().values()) == ["/status"]
    assert auto_entities("email a@b.cc, /x") == [{"type": "bot_command", "offset": 14, "length": 2}]


# ---------------------------------------------------------------------- getUpdates semantics


async def test_offset_confirmation(api: FakeBotApi, bot: Bot) -> None:
    u1 = api.push_message(USER, "one")
    u2 = api.push_message(USER, "two")
    assert api.pending_update_count == 2

    # Without an offset nothing is confirmed: the same updates come again.
    assert [u.update_id for u in await bot.get_updates()] == [u1, u2]
    assert [u.update_id for u in await bot.get_updates()] == [u1, u2]
    assert api.confirmed_offset == 0

    # Asking with offset u1 + 1 confirms u1 for good.
    assert [u.update_id for u in await bot.get_updates(offset=u1 + 1)] == [u2]
    assert [u.update_id for u in await bot.get_updates()] == [u2]
    assert (api.confirmed_offset, api.pending_update_count) == (u1 + 1, 1)

    assert await bot.get_updates(offset=u2 + 1) == ()
    assert api.pending_update_count == 0

    u3, u4, u5 = (api.push_message(USER, str(n)) for n in range(3))
    assert [u.update_id for u in await bot.get_updates(limit=2)] == [u3, u4]
    # A negative offset keeps only the last -offset updates.
    assert [u.update_id for u in await bot.get_updates(offset=-1)] == [u5]
    assert api.pending_update_count == 1
    assert (await bot.get_webhook_info()).pending_update_count == 1


async def test_long_poll_returns_when_an_update_arrives(api: FakeBotApi, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.3)
    assert not poll.done()  # still waiting: nothing to deliver
    started = time.perf_counter()
    update_id = api.push_message(USER, "now")
    updates = await asyncio.wait_for(poll, 3)
    assert [u.update_id for u in updates] == [update_id]
    assert time.perf_counter() - started < 1.0

    started = time.perf_counter()
    assert await bot.get_updates(offset=update_id + 1, timeout=1) == ()
    assert time.perf_counter() - started >= 0.9


async def test_second_poller_and_webhook_conflict(api: FakeBotApi, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    async with Bot(api.token, base_url=api.base_url) as other:
        assert await other.get_updates() == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await asyncio.wait_for(first, 3)

    api.push_message(USER, "queued")
    assert await bot.set_webhook("https://hooks.invalid/advisorbot")
    assert api.webhook["url"] == "https://hooks.invalid/advisorbot"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    assert (await bot.get_webhook_info()).url == "https://hooks.invalid/advisorbot"
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert api.webhook["url"] == "" and api.pending_update_count == 0
    assert await bot.get_updates() == ()


# ---------------------------------------------------------------------- failures


async def test_injected_failures_and_blocked_chats(
    api: FakeBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # RetryAfter.retry_after as a timedelta
    api.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(USER, "too fast")
    assert retry_seconds(flood.value) == 3
    assert (await bot.send_message(USER, "fine now")).text == "fine now"

    api.fail_next("sendMessage", 403)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "x")
    api.fail_next("sendMessage", 400, "Bad Request: chat not found", chat_id=OTHER)
    assert await bot.send_message(USER, "not that chat")
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(OTHER, "x")

    api.block_chat(USER)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "x")
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_document(USER, b"data", filename="a.txt")
    assert await bot.send_message(OTHER, "others still reachable")
    assert await bot.get_me()  # not a chat method
    api.unblock_chat(USER)
    assert await bot.send_message(USER, "unblocked")

    api.push_message(USER, "hi", chat_id=GROUP, chat_type="supergroup")
    api.block_chat(GROUP)
    with pytest.raises(Forbidden, match="kicked from the supergroup chat"):
        await bot.send_message(GROUP, "x")

    failed = [c for c in api.sent(method="sendMessage") if not c.ok]
    assert [c.error_code for c in failed] == [429, 403, 400, 403, 403]

    api.fail_next("getMe", disconnect=True)
    with pytest.raises(NetworkError):
        await bot.get_me()


async def test_unknown_method_and_wrong_token(api: FakeBotApi, bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("frobnicate", api_kwargs={"level": 3})
    (call,) = api.sent(method="frobnicate")
    assert (call.ok, call.error_code, call.params) == (False, 404, {"level": 3})
    assert call.description == "Not Found: method not found"

    impostor = Bot("7000000042:wrong", base_url=api.base_url)
    with pytest.raises(InvalidToken, match="rejected by the server"):
        await impostor.initialize()  # its getMe is answered 401 Unauthorized
    await impostor.shutdown()
    assert api.calls(method="getMe")[-1].error_code == 401


async def test_sync_wait_refuses_to_block_an_event_loop(api: FakeBotApi) -> None:
    with pytest.raises(RuntimeError, match="_async variant"):
        api.wait_for(method="sendMessage", timeout=0.1)


# ---------------------------------------------------------------------- a running Application


async def test_application_polls_replies_and_handles_buttons(api: FakeBotApi) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text("欢迎")

    async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text(f"收到：{update.message.text}", reply_markup=KEYBOARD)

    async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("好")
        await query.edit_message_text(f"选了 {query.data}")

    app = (
        Application.builder()
        .token(api.token)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, text))
    app.add_handler(CallbackQueryHandler(button))

    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=5)  # type: ignore[union-attr]
        try:
            api.push_message(USER, "/start")
            welcome = await api.wait_for_async(method="sendMessage", chat_id=USER)
            assert welcome.params["text"] == "欢迎"

            mark = api.mark()
            api.push_message(USER, "你好")
            reply = await api.wait_for_async(method="sendMessage", chat_id=USER, since=mark)
            assert reply.params["text"] == "收到：你好"
            assert reply.message is not None and "reply_markup" in reply.message

            last = api.push_callback(USER, reply, "yes")
            edit = await api.wait_for_async(method="editMessageText", chat_id=USER)
            assert edit.params["text"] == "选了 yes"
            answer = await api.wait_for_async(method="answerCallbackQuery")
            assert answer.ok and answer.params["text"] == "好"

            group_mark = api.mark()
            last = api.push_message(USER, "群里", chat_id=GROUP, chat_type="supergroup")
            group_reply = await api.wait_for_async(
                lambda c: c.params["text"] == "收到：群里", since=group_mark
            )
            assert group_reply.chat_id == GROUP
        finally:
            await app.updater.stop()  # type: ignore[union-attr]
            await app.stop()

    # PTB confirms what it fetched on its way out; nothing would be delivered twice.
    assert api.confirmed_offset == last + 1 and api.pending_update_count == 0
    assert len(api.sent(chat_id=USER, method="sendMessage")) == 2
    timings = api.update_timings()
    assert len(timings) == 4 and all(t.delivered_at is not None for t in timings)
    replied = [t for t in timings if t.kind == "message"]
    assert all(t.handling is not None and 0 <= t.handling < 5 for t in replied)
    assert len(api.handling_times()) == 3


# ---------------------------------------------------------------------- raw HTTP and processes


def test_raw_http_keep_alive_json_and_chunked_bodies() -> None:
    with FakeBotApi() as api:
        conn = http.client.HTTPConnection("127.0.0.1", api.port, timeout=5)

        def call(method: str, path: str, body: object = None, **headers: str) -> tuple[int, dict]:  # type: ignore[type-arg]
            conn.request(method, path, body=body, headers=headers)  # type: ignore[arg-type]
            response = conn.getresponse()
            return response.status, json.loads(response.read())

        # A JSON body: "42" as chat_id is the number, "123" as text stays text.
        status, body = call(
            "POST",
            f"/bot{api.token}/sendMessage",
            json.dumps({"chat_id": "42", "text": "123"}),
            **{"Content-Type": "application/json"},
        )
        assert status == 200 and body["result"]["text"] == "123"
        assert body["result"]["chat"]["id"] == 42
        sock = conn.sock

        status, body = call("GET", f"/bot{api.token}/getme")  # method names ignore case
        assert status == 200 and body["result"]["username"] == "advisor_test_bot"
        # The same connection served both (http.client drops `sock` when told to close).
        assert sock is not None and conn.sock is sock

        conn.request(
            "POST",
            f"/bot{api.token}/sendMessage",
            body=iter([b"chat_id=42&", b"text=true"]),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            encode_chunked=True,
        )
        response = conn.getresponse()
        assert json.loads(response.read())["result"]["text"] == "true"

        status, body = call("POST", f"/bot{api.token}/noSuchMethod")
        assert (status, body["description"]) == (404, "Not Found: method not found")
        status, _ = call("GET", "/elsewhere")
        assert status == 404
        conn.close()

        # The sync waiting API, as a bench script would use it.
        assert api.wait_for(lambda c: c.params.get("text") == "true", timeout=1).seq == 3
        with pytest.raises(TimeoutError, match="noSuchMethod"):
            api.wait_for(method="sendPhoto", timeout=0.1)


def test_echo_bot_subprocess_answers(tmp_path: Path) -> None:
    with FakeBotApi() as api:
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        env.update(
            TELEGRAM_BOT_TOKEN=api.token,
            TELEGRAM_API_BASE_URL=api.base_url,
            NO_PROXY="*",  # belt and braces: never route 127.0.0.1 through a proxy
            PYTHONPATH=str(ROOT),
        )
        log = (tmp_path / "echo_bot.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.botapi.echo_bot"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            update_id = api.push_message(USER, "回声 echo 😀")
            reply = api.wait_for(method="sendMessage", chat_id=USER, timeout=30)
            assert reply.params["text"] == "回声 echo 😀"
            (timing,) = api.update_timings()
            assert timing.update_id == update_id and timing.handling is not None
        finally:
            process.terminate()
            process.wait(20)
            log.close()
        assert process.returncode == 0, (tmp_path / "echo_bot.log").read_text()
        # A clean shutdown confirms the handled update.
        assert api.confirmed_offset == update_id + 1


async def test_stalls_and_502_for_the_retry_tests(api: FakeBotApi, bot: Bot) -> None:
    """A stall answers late (a client that gave up never learns the call went through);
    a 502 is Telegram's gateway failing."""
    from telegram.error import TimedOut

    api.fail_next("sendMessage", 0, stall=1.0)
    with pytest.raises(TimedOut):
        await bot.send_message(USER, "slow", read_timeout=0.2)
    await api.wait_until_async(
        lambda: next((c for c in api.sent(USER, "sendMessage") if c.ok), None), 5
    )
    assert [m.params["text"] for m in api.sent(USER, "sendMessage") if m.ok] == ["slow"]
    started = time.monotonic()
    api.fail_next("sendMessage", 502, stall=0.3)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(USER, "gateway")
    assert time.monotonic() - started >= 0.3
    assert (await bot.send_message(USER, "fine")).text == "fine"


# ---------------------------------------------------------------------- limits mode


class _Clock:
    """The emulator's monotonic clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_limits_mode_one_message_a_second_per_chat(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    clock = _Clock()
    async with (
        FakeBotApi(limits=True, clock=clock) as limited,
        Bot(limited.token, base_url=limited.base_url) as client,
    ):
        await client.send_message(USER, "first")
        clock.now += 0.5
        with pytest.raises(RetryAfter) as flood:
            await client.send_message(USER, "second, too soon")
        assert retry_seconds(flood.value) == 1
        await client.send_message(OTHER, "another chat is not held up")
        clock.now += 0.6
        await client.send_message(USER, "a second later")
        refused = [c for c in limited.calls("sendMessage") if c.error_code == 429]
        assert [c.params["text"] for c in refused] == ["second, too soon"]
        assert [c.params["text"] for c in limited.sent(USER, "sendMessage") if c.ok] == [
            "first",
            "a second later",
        ]


async def test_limits_mode_thirty_messages_a_second_overall(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    clock = _Clock()
    async with (
        FakeBotApi(limits=True, clock=clock) as limited,
        Bot(limited.token, base_url=limited.base_url) as client,
    ):
        for n in range(30):
            clock.now += 0.02
            await client.send_message(10_000 + n, f"chat {n}")
        clock.now += 0.02  # 31st chat, 0.62 s after the first
        with pytest.raises(RetryAfter) as flood:
            await client.send_message(10_030, "the 31st")
        assert retry_seconds(flood.value) == 1
        assert limited.sent(10_030) and not limited.sent(10_030)[0].ok
        clock.now += 0.45  # the first send has left the window
        await client.send_message(10_030, "now it fits")
        assert sum(1 for c in limited.calls("sendMessage") if c.error_code == 429) == 1


async def test_limits_mode_is_off_by_default(api: FakeBotApi, bot: Bot) -> None:
    for n in range(40):
        await bot.send_message(USER, f"burst {n}")
    assert all(c.ok for c in api.calls("sendMessage"))
