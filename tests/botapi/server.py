"""`FakeBotApi`: our own small Telegram Bot API server for end-to-end tests and benchmarks.

The real bot (python-telegram-bot 22, in this process or another one) is pointed at
``api.base_url`` and talks to it over real HTTP on 127.0.0.1: long polling, sends, edits,
uploads. Tests drive it from the user's side (`push_message`, `push_callback`) and look at
what the bot did (`sent`, `wait_for`). Behaviour follows the Bot API documentation where a
bot could tell the difference: update confirmation by offset, 409 for a second poller or an
active webhook, 400 "message is not modified", 403 for blocked users, 429 with retry_after.

Design: the server runs its own asyncio loop in a background thread, always. That one
design serves both kinds of callers — a pytest-asyncio test running an `Application` in
its own loop (the server must not depend on that loop being free), and a plain test or a
benchmark script whose bot is a subprocess. All state sits behind one lock, so the control
API may be called from any thread; the server thread is woken with `call_soon_threadsafe`.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import math
import re
import secrets
import struct
import threading
import time
import urllib.parse
import zlib
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from types import TracebackType
from typing import Any, TypeVar

from tests.botapi.httpwire import (
    HttpError,
    HttpRequest,
    UploadedFile,
    encode_response,
    parse_form,
    read_request,
)

JSONDict = dict[str, Any]
T = TypeVar("T")

# The numeric prefix is the bot's user id, as in a real token.
DEFAULT_TOKEN = "7000000042:AAFakeBotApiTokenForLocalTestsOnly0000"
DEFAULT_REPLY_METHODS = frozenset({"sendMessage"})

# Form values arrive JSON-encoded unless they are strings (PTB's rule). Telegram knows each
# parameter's type; we only need to know which ones are strings, so that a text "42" or
# "true" stays a string instead of being decoded into a number or a boolean.
_STRING_PARAMS = frozenset(
    {
        "action",
        "animation",
        "audio",
        "business_connection_id",
        "callback_query_id",
        "caption",
        "data",
        "description",
        "document",
        "emoji",
        "file_id",
        "inline_message_id",
        "ip_address",
        "language_code",
        "message_effect_id",
        "name",
        "parse_mode",
        "photo",
        "query",
        "secret_token",
        "short_description",
        "sticker",
        "text",
        "thumbnail",
        "title",
        "url",
        "video",
        "voice",
    }
)

# Methods that send a new message: what Telegram's flood limits count (limits mode).
_MESSAGE_METHODS = frozenset({"sendmessage", "senddocument", "sendphoto"})

# Methods through which a bot reaches a chat; these fail with 403 for a blocked chat.
_CHAT_ACTION_PREFIXES = ("send", "edit", "copy", "forward", "delete", "pin", "unpin", "stop")

_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
# Telegram marks every /command and @mention as an entity, not only a leading one.
_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{5,32}")
_HTML_TAG = re.compile(r"<[^>]+>")


class ApiError(Exception):
    """A Bot API error response: raised by method handlers, also the form of injected failures."""

    def __init__(
        self,
        error_code: int,
        description: str,
        *,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after
        self.migrate_to_chat_id = migrate_to_chat_id

    def payload(self) -> JSONDict:
        """The JSON body Telegram sends with this error."""
        body: JSONDict = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        parameters: JSONDict = {}
        if self.retry_after is not None:
            parameters["retry_after"] = self.retry_after
        if self.migrate_to_chat_id is not None:
            parameters["migrate_to_chat_id"] = self.migrate_to_chat_id
        if parameters:
            body["parameters"] = parameters
        return body


@dataclass
class Call:
    """One request the bot made, what it was answered, and when (server-side, perf_counter)."""

    seq: int
    method: str
    params: JSONDict
    files: dict[str, UploadedFile]
    received_at: float
    responded_at: float | None = None
    ok: bool = True
    result: Any = None
    error_code: int | None = None
    description: str | None = None

    @property
    def chat_id(self) -> int | str | None:
        """The chat the call addressed, as the bot gave it (int, or "@username")."""
        return self.params.get("chat_id")

    @property
    def message(self) -> JSONDict | None:
        """The Message returned to the bot, for sends and edits that return one."""
        if isinstance(self.result, dict) and "message_id" in self.result:
            return self.result
        return None

    @property
    def duration(self) -> float | None:
        """Seconds from receiving the request to answering it."""
        if self.responded_at is None:
            return None
        return self.responded_at - self.received_at


@dataclass
class UpdateTiming:
    """When an update was pushed, first handed out by getUpdates, and first answered."""

    update_id: int
    chat_id: int | None
    kind: str
    pushed_at: float
    delivered_at: float | None = None
    replied_at: float | None = None
    reply_seq: int | None = None

    @property
    def handling(self) -> float | None:
        """Seconds from delivery to the bot to its first reply in that chat (None if none)."""
        if self.delivered_at is None or self.replied_at is None:
            return None
        return self.replied_at - self.delivered_at


@dataclass
class _Failure:
    """An injected failure waiting for its method to be called."""

    method: str
    error_code: int
    description: str
    retry_after: int | None
    chat_id: int | str | None
    disconnect: bool
    remaining: int
    stall: float = 0.0  # seconds to wait before answering; 0 with error_code 0: none


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None
    mime_type: str | None


def _utf16_len(text: str) -> int:
    """Entity offsets count UTF-16 code units (an emoji counts 2), as the Bot API specifies."""
    return len(text.encode("utf-16-le")) // 2


def auto_entities(text: str) -> list[JSONDict]:
    """The bot_command and mention entities Telegram would attach to a user's text."""
    entities: list[JSONDict] = []
    taken: list[tuple[int, int]] = []
    for match in _COMMAND_RE.finditer(text):
        taken.append(match.span())
        entities.append(
            {
                "type": "bot_command",
                "offset": _utf16_len(text[: match.start()]),
                "length": _utf16_len(match.group()),
            }
        )
    for match in _MENTION_RE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        entities.append(
            {
                "type": "mention",
                "offset": _utf16_len(text[: match.start()]),
                "length": _utf16_len(match.group()),
            }
        )
    entities.sort(key=lambda e: e["offset"])
    return entities


def _image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG or JPEG (PhotoSize needs them); (0, 0) if unknown."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data[:2] == b"\xff\xd8":
        pos = 2
        while pos + 9 < len(data):
            if data[pos] != 0xFF:
                pos += 1
                continue
            marker = data[pos + 1]
            (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
            # SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
                return width, height
            pos += 2 + length
    return 0, 0


def _decode_value(name: str, raw: str) -> Any:
    if name in _STRING_PARAMS:
        return raw
    try:
        # parse_constant rejects NaN/Infinity, which are not values a Bot API field takes.
        return json.loads(raw, parse_constant=_reject_constant)
    except ValueError:
        return raw


def _reject_constant(constant: str) -> Any:
    """Makes json.loads treat NaN/Infinity as undecodable, so they stay strings."""
    raise ValueError(constant)


def _normalize_chat_id(value: Any) -> Any:
    # A JSON body may carry "12345" as a string; Telegram accepts it as the number.
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value


class FakeBotApi:
    """A local Telegram Bot API server with a control API for tests and benchmarks.

    Use ``async with FakeBotApi() as api:`` in async tests, ``with FakeBotApi() as api:`` or
    ``api = FakeBotApi().start_in_thread()`` … ``api.stop()`` elsewhere. Either way the server
    itself runs in its own thread and event loop.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_username: str = "advisor_test_bot",
        bot_first_name: str = "advisorbot",
        first_update_id: int = 100_000,
        reply_methods: Iterable[str] = DEFAULT_REPLY_METHODS,
        limits: bool = False,
        messages_per_second: int = 30,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``limits`` enforces Telegram's flood limits on sent messages: at most
        ``messages_per_second`` in any second overall and one a second per private chat
        (sliding windows on ``clock``); a send over a limit gets a 429 with ``retry_after``
        and is not carried out. Off by default."""
        self.token = token
        self.host = host
        self.port = port
        prefix = token.split(":", 1)[0]
        self.bot_user: JSONDict = {
            "id": int(prefix) if prefix.isdigit() else 7000000042,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        # In messages Telegram shows the bot with the plain User fields, not getMe's extras.
        self._bot_sender: JSONDict = {
            k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")
        }
        self.reply_methods = frozenset(reply_methods)

        # One re-entrant lock guards all state below; the condition wakes sync waiters.
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._async_waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

        self._next_seq = 1
        self._calls: list[Call] = []
        self._failures: list[_Failure] = []
        self._blocked: set[int | str] = set()
        self._limits = limits
        self._messages_per_second = messages_per_second
        self._clock = clock
        # Moments of the sends accepted within the last second: overall and per private chat.
        self._recent_sends: deque[float] = deque()
        self._recent_by_chat: dict[int, float] = {}

        self._next_update_id = first_update_id
        self._pending: list[JSONDict] = []  # unconfirmed updates, ascending update_id
        self._confirmed_offset = 0
        self._allowed_updates: list[str] | None = None
        self._timings: dict[int, UpdateTiming] = {}
        self._awaiting_reply: dict[int, list[UpdateTiming]] = defaultdict(list)
        self._poller: object | None = None  # the getUpdates call currently allowed to wait

        self._users: dict[int, JSONDict] = {}
        self._chats: dict[int, JSONDict] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._last_message_id: dict[int, int] = defaultdict(int)
        self._callback_ids: set[str] = set()
        # answerCallbackQuery names no chat, so its reply is matched to the update by query id.
        self._callback_updates: dict[str, int] = {}
        self._callback_counter = itertools.count(4_000_000_000_000_000_000)
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._menu_buttons: dict[int | None, JSONDict] = {}
        # (field, language_code) -> text: "description" or "short_description".
        self._descriptions: dict[tuple[str, str], str] = {}
        self._webhook: JSONDict = {"url": ""}
        self._files: dict[str, _StoredFile] = {}
        self._file_counter = itertools.count(1)

        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._updates_event: asyncio.Event | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self._startup_error: BaseException | None = None

        self._handlers: dict[
            str, tuple[str, Callable[[JSONDict, dict[str, UploadedFile]], Any]]
        ] = {
            name.lower(): (name, getattr(self, f"_api_{name}"))
            for name in (
                "getMe",
                "logOut",
                "close",
                "deleteWebhook",
                "setWebhook",
                "getWebhookInfo",
                "setMyCommands",
                "getMyCommands",
                "deleteMyCommands",
                "setChatMenuButton",
                "getChatMenuButton",
                "setMyDescription",
                "getMyDescription",
                "setMyShortDescription",
                "getMyShortDescription",
                "sendMessage",
                "editMessageText",
                "editMessageReplyMarkup",
                "deleteMessage",
                "answerCallbackQuery",
                "sendChatAction",
                "sendDocument",
                "sendPhoto",
                "getFile",
            )
        }

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        """What to give PTB's ``base_url``: ``http://127.0.0.1:PORT/bot`` (token appended by PTB)."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """What to give PTB's ``base_file_url``: ``http://127.0.0.1:PORT/file/bot``."""
        return f"http://{self.host}:{self.port}/file/bot"

    def start_in_thread(self, timeout: float = 10.0) -> FakeBotApi:
        """Starts listening (in a daemon thread) and returns once the port is bound."""
        if self._thread is not None:
            raise RuntimeError("FakeBotApi is already running")
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._thread_main, args=(ready,), name="FakeBotApi", daemon=True
        )
        self._thread.start()
        if not ready.wait(timeout):
            raise RuntimeError("FakeBotApi did not start in time")
        if self._startup_error is not None:
            self._thread.join()
            self._thread = None
            raise RuntimeError("FakeBotApi could not start") from self._startup_error
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Closes the listener and every connection (waiting long polls included)."""
        thread, loop, stop_event = self._thread, self._loop, self._stop_event
        if thread is None:
            return
        if loop is not None and stop_event is not None:
            with contextlib.suppress(RuntimeError):  # loop already gone
                loop.call_soon_threadsafe(stop_event.set)
        thread.join(timeout)
        self._thread = None

    def __enter__(self) -> FakeBotApi:
        return self.start_in_thread()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> FakeBotApi:
        # Starting blocks briefly on a thread event; keep the caller's loop responsive.
        return await asyncio.to_thread(self.start_in_thread)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.stop)

    def _thread_main(self, ready: threading.Event) -> None:
        try:
            asyncio.run(self._serve(ready))
        except BaseException as exc:  # reported to start_in_thread, which re-raises
            self._startup_error = exc
            ready.set()

    async def _serve(self, ready: threading.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop_event = asyncio.Event()
        self._updates_event = asyncio.Event()
        server = await asyncio.start_server(self._on_connection, self.host, self.port)
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        try:
            await self._stop_event.wait()
        finally:
            server.close()
            for task in list(self._connections):
                task.cancel()
            await asyncio.gather(*self._connections, return_exceptions=True)
            await server.wait_closed()

    # ------------------------------------------------------------------ HTTP

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while True:
                try:
                    request = await read_request(reader)
                except HttpError as exc:
                    body = json.dumps(
                        {"ok": False, "error_code": exc.status, "description": str(exc)}
                    )
                    writer.write(encode_response(exc.status, body.encode(), keep_alive=False))
                    await writer.drain()
                    return
                if request is None:
                    return
                response = await self._respond(request)
                if response is None:  # an injected disconnect: drop the connection unanswered
                    return
                status, body, content_type = response
                writer.write(
                    encode_response(
                        status, body, content_type=content_type, keep_alive=request.keep_alive
                    )
                )
                await writer.drain()
                if not request.keep_alive:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return  # the client went away; nothing to answer
        except asyncio.CancelledError:
            return  # server shutting down
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _respond(self, request: HttpRequest) -> tuple[int, bytes, str] | None:
        # httpx percent-encodes the token's ":" in file URLs; compare decoded segments.
        parts = [urllib.parse.unquote(part) for part in request.path.lstrip("/").split("/")]
        if len(parts) == 2 and parts[0].startswith("bot") and parts[1]:
            return await self._respond_api(request, parts[0][3:], parts[1])
        if len(parts) >= 3 and parts[0] == "file" and parts[1].startswith("bot"):
            return self._respond_file(parts[1][3:], "/".join(parts[2:]))
        body = {"ok": False, "error_code": 404, "description": "Not Found"}
        return 404, json.dumps(body).encode(), "application/json"

    def _respond_file(self, token: str, path: str) -> tuple[int, bytes, str]:
        with self._lock:
            stored = next((f for f in self._files.values() if f.file_path == path), None)
        if token != self.token or stored is None:
            body = {"ok": False, "error_code": 404, "description": "Not Found"}
            return 404, json.dumps(body).encode(), "application/json"
        return 200, stored.data, stored.mime_type or "application/octet-stream"

    async def _respond_api(
        self, request: HttpRequest, token: str, method: str
    ) -> tuple[int, bytes, str] | None:
        received = time.perf_counter()
        canonical = self._handlers.get(method.lower(), (method, None))[0]
        try:
            form = parse_form(request)
        except HttpError as exc:
            form = None
            parse_error: ApiError | None = ApiError(400, f"Bad Request: {exc}")
        else:
            parse_error = None
        params: JSONDict = {}
        files: dict[str, UploadedFile] = {}
        if form is not None:
            params = {k: _decode_value(k, v) for k, v in form.fields.items()}
            params.update(form.json_fields)
            files = form.files
        if "chat_id" in params:
            params["chat_id"] = _normalize_chat_id(params["chat_id"])
        with self._lock:
            call = Call(self._next_seq, canonical, params, files, received)
            self._next_seq += 1
        try:
            if parse_error is not None:
                raise parse_error
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            failure = self._take_failure(call)
            if failure is not None and failure.stall:
                # A stall: the call is carried out, but only after the pause (a client that
                # timed out meanwhile never learns it went through).
                await asyncio.sleep(failure.stall)
                failure = None if failure.error_code == 0 else failure
            if failure is not None:
                if failure.disconnect:
                    self._finish(call, None)
                    return None
                raise ApiError(
                    failure.error_code, failure.description, retry_after=failure.retry_after
                )
            if canonical == "getUpdates":
                result: Any = await self._get_updates(params)
            else:
                entry = self._handlers.get(method.lower())
                if entry is None:
                    raise ApiError(404, "Not Found: method not found")
                with self._lock:
                    self._check_blocked(call)
                    self._check_flood(call)
                    result = entry[1](params, files)
            payload: JSONDict = {"ok": True, "result": result}
            self._finish(call, None, result)
        except ApiError as exc:
            payload = exc.payload()
            self._finish(call, exc)
        status = HTTPStatus.OK if payload["ok"] else payload["error_code"]
        return status, json.dumps(payload, ensure_ascii=False).encode(), "application/json"

    def _finish(self, call: Call, error: ApiError | None, result: Any = None) -> None:
        """Records a completed call, attributes replies to updates, wakes every waiter."""
        with self._lock:
            call.responded_at = time.perf_counter()
            if error is not None:
                call.ok = False
                call.error_code = error.error_code
                call.description = error.description
            else:
                call.result = result
                if call.method in self.reply_methods:
                    self._attribute_reply(call)
            self._calls.append(call)
            self._notify()

    def _attribute_reply(self, call: Call) -> None:
        """Marks the delivered, unanswered updates this reply answers. Lock held."""
        answered: list[UpdateTiming] = []
        if isinstance(call.chat_id, int):
            answered = self._awaiting_reply.pop(call.chat_id, [])
        elif call.method == "answerCallbackQuery":
            update_id = self._callback_updates.get(str(call.params.get("callback_query_id")))
            timing = self._timings.get(update_id) if update_id is not None else None
            if timing is not None and timing.delivered_at is not None:
                answered = [timing]
                waiting = self._awaiting_reply.get(timing.chat_id or 0, [])
                if timing in waiting:
                    waiting.remove(timing)
        for timing in answered:
            if timing.replied_at is None:
                timing.replied_at = call.received_at
                timing.reply_seq = call.seq

    def _notify(self) -> None:
        """Wakes sync waiters (condition) and async waiters (their own loops). Lock held."""
        self._changed.notify_all()
        for loop, event in list(self._async_waiters):
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # that loop has closed; its waiter is gone
                self._async_waiters.discard((loop, event))

    def _wake_pollers(self) -> None:
        loop, event = self._loop, self._updates_event
        if loop is not None and event is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(event.set)

    # ------------------------------------------------------------------ failures

    def _take_failure(self, call: Call) -> _Failure | None:
        with self._lock:
            for failure in self._failures:
                if failure.method not in ("*", call.method.lower()):
                    continue
                if failure.chat_id is not None and failure.chat_id != call.chat_id:
                    continue
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self._failures.remove(failure)
                return failure
        return None

    def _check_blocked(self, call: Call) -> None:
        chat_id = call.chat_id
        if chat_id is None or chat_id not in self._blocked:
            return
        if not call.method.startswith(_CHAT_ACTION_PREFIXES):
            return
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None or chat["type"] == "private":
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat["type"] == "channel":
            raise ApiError(403, "Forbidden: bot is not a member of the channel chat")
        raise ApiError(403, f"Forbidden: bot was kicked from the {chat['type']} chat")

    def _check_flood(self, call: Call) -> None:
        """In limits mode: a 429 for a message over the overall or the per-chat limit."""
        if not self._limits or call.method.lower() not in _MESSAGE_METHODS:
            return
        now = self._clock()
        recent = self._recent_sends
        while recent and recent[0] <= now - 1.0:
            recent.popleft()
        waits: list[float] = []
        if len(recent) >= self._messages_per_second:
            waits.append(recent[0] + 1.0 - now)
        chat_id = call.chat_id
        private = isinstance(chat_id, int) and chat_id > 0
        if private:
            last = self._recent_by_chat.get(chat_id)  # type: ignore[arg-type]
            if last is not None and last > now - 1.0:
                waits.append(last + 1.0 - now)
        if waits:
            retry_after = max(1, math.ceil(max(waits)))
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )
        recent.append(now)
        if private:
            self._recent_by_chat[chat_id] = now  # type: ignore[index]

    # ------------------------------------------------------------------ getUpdates

    def _confirm(self, offset: int) -> None:
        """Forgets updates below `offset`, as Telegram does once a bot asks with that offset."""
        if offset > self._confirmed_offset:
            self._confirmed_offset = offset
        self._pending = [u for u in self._pending if u["update_id"] >= offset]

    async def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        assert self._updates_event is not None and self._loop is not None
        offset = params.get("offset")
        limit = params.get("limit", 100)
        timeout = params.get("timeout", 0)
        if not isinstance(limit, int) or not 1 <= limit <= 100:
            limit = 100  # Telegram clamps rather than rejects
        if not isinstance(timeout, int | float) or timeout < 0:
            timeout = 0
        me = object()
        with self._lock:
            if self._webhook["url"]:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            if "allowed_updates" in params and isinstance(params["allowed_updates"], list):
                # An empty list means "all the default types", as in the Bot API.
                self._allowed_updates = params["allowed_updates"] or None
            if isinstance(offset, int) and offset < 0:
                # A negative offset keeps only the last -offset updates, forgetting the rest.
                keep = self._pending[offset:]
                if keep:
                    self._confirm(keep[0]["update_id"])
            elif isinstance(offset, int) and offset > 0:
                self._confirm(offset)
            # A newer poll terminates a waiting one, exactly like Telegram's 409.
            self._poller = me
        self._updates_event.set()  # wake the older poll so it sees it was superseded
        deadline = self._loop.time() + timeout
        try:
            while True:
                with self._lock:
                    self._updates_event.clear()
                    if self._poller is not me:
                        raise ApiError(
                            409,
                            "Conflict: terminated by other getUpdates request; "
                            "make sure that only one bot instance is running",
                        )
                    batch = self._deliverable(limit)
                    remaining = deadline - self._loop.time()
                    if batch or remaining <= 0:
                        now = time.perf_counter()
                        for update in batch:
                            timing = self._timings.get(update["update_id"])
                            if timing is not None and timing.delivered_at is None:
                                timing.delivered_at = now
                                if timing.chat_id is not None:
                                    self._awaiting_reply[timing.chat_id].append(timing)
                        return batch
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._updates_event.wait(), remaining)
        finally:
            with self._lock:
                if self._poller is me:
                    self._poller = None

    def _deliverable(self, limit: int) -> list[JSONDict]:
        allowed = self._allowed_updates
        if allowed is None:
            return self._pending[:limit]
        # Updates of types the bot did not ask for are never delivered (Telegram drops them).
        return [u for u in self._pending if self._update_kind(u) in allowed][:limit]

    @staticmethod
    def _update_kind(update: JSONDict) -> str:
        return next(k for k in update if k != "update_id")

    # ------------------------------------------------------------------ chats and messages

    def _chat(self, chat_id: int | str) -> JSONDict:
        """A known chat, or one made up for an id the bot learned elsewhere (its database)."""
        if isinstance(chat_id, str):
            username = chat_id.removeprefix("@")
            for chat in self._chats.values():
                if chat.get("username") == username:
                    return chat
            if not chat_id.startswith("@"):
                raise ApiError(400, "Bad Request: chat not found")
            numeric = -1_000_000_000_000 - zlib.crc32(username.encode())
            chat = {"id": numeric, "type": "channel", "title": username, "username": username}
            self._chats[numeric] = chat
            return chat
        if chat_id not in self._chats:
            if chat_id > 0:
                user = self._users.get(chat_id, {})
                chat = {
                    "id": chat_id,
                    "type": "private",
                    "first_name": user.get("first_name", f"User {chat_id}"),
                }
            else:
                kind = "supergroup" if chat_id <= -1_000_000_000_000 else "group"
                chat = {"id": chat_id, "type": kind, "title": f"Chat {chat_id}"}
            self._chats[chat_id] = chat
        return self._chats[chat_id]

    def _store_message(self, chat: JSONDict, sender: JSONDict, content: JSONDict) -> JSONDict:
        chat_id = chat["id"]
        self._last_message_id[chat_id] += 1
        message = {
            "message_id": self._last_message_id[chat_id],
            "from": sender,
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _reply_to(self, chat_id: int, reply: Any) -> JSONDict:
        """The reply_to_message field for a reply to `reply` (message id or Message dict)."""
        message_id = reply["message_id"] if isinstance(reply, dict) else reply
        original = self._messages.get((chat_id, message_id))
        if original is None:
            raise ApiError(400, "Bad Request: message to be replied not found")
        # Telegram does not nest a replied-to message's own reply.
        return {k: v for k, v in original.items() if k != "reply_to_message"}

    def _bot_content(self, p: JSONDict, chat_id: int) -> JSONDict:
        """Fields every send shares: the echoed inline keyboard and the replied-to message."""
        content: JSONDict = {}
        markup = p.get("reply_markup")
        if markup is not None:
            self._check_markup(markup)
            # Only inline keyboards belong to the message; reply keyboards are not echoed.
            if isinstance(markup, dict) and "inline_keyboard" in markup:
                content["reply_markup"] = markup
        reply = p.get("reply_parameters")
        reply_id = (
            reply.get("message_id") if isinstance(reply, dict) else p.get("reply_to_message_id")
        )
        if reply_id is not None:
            content["reply_to_message"] = self._reply_to(chat_id, reply_id)
        return content

    @staticmethod
    def _check_markup(markup: Any) -> None:
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard")
        if rows is None:
            return
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise ApiError(
                400,
                'Bad Request: can\'t parse inline keyboard button: field "inline_keyboard" must be an Array of Arrays',
            )
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise ApiError(
                        400, "Bad Request: inline keyboard button text must be non-empty"
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    @staticmethod
    def _rendered_text(text: str, parse_mode: Any) -> str:
        """The text the recipient sees; HTML markup is stripped as Telegram would."""
        if isinstance(parse_mode, str) and parse_mode.upper() == "HTML":
            return html.unescape(_HTML_TAG.sub("", text))
        return text

    @staticmethod
    def _require(p: JSONDict, name: str) -> Any:
        value = p.get(name)
        if value is None or value == "":
            raise ApiError(400, f"Bad Request: {name} is empty")
        return value

    def _editable(self, p: JSONDict) -> JSONDict | None:
        """The bot message an edit addresses, or None for an inline message (answer True)."""
        if p.get("inline_message_id"):
            return None
        chat = self._chat(self._require(p, "chat_id"))
        message = self._messages.get((chat["id"], self._require(p, "message_id")))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message["from"].get("id") != self.bot_user["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _store_file(self, upload: UploadedFile | None, ref: Any, kind: str) -> _StoredFile:
        """Keeps an uploaded file (or resolves a re-sent file_id / URL) and returns its record."""
        if upload is None and isinstance(ref, str) and ref in self._files:
            return self._files[ref]
        n = next(self._file_counter)
        if upload is not None:
            data, name, mime = upload.data, upload.filename, upload.content_type
        elif isinstance(ref, str) and ref:
            # A URL: Telegram would download it; we cannot, so the content stays unknown.
            data, name, mime = b"", ref.rstrip("/").rsplit("/", 1)[-1] or None, None
        else:
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        suffix = ""
        if name and "." in name:
            suffix = "." + name.rsplit(".", 1)[1]
        stored = _StoredFile(
            file_id=f"{kind[:2].upper()}{n:06d}{secrets.token_hex(8)}",
            file_unique_id=f"U{n:06d}",
            file_path=f"{kind}s/file_{n}{suffix}",
            data=data,
            file_name=name,
            mime_type=mime,
        )
        self._files[stored.file_id] = stored
        return stored

    @staticmethod
    def _upload(name: str, p: JSONDict, files: dict[str, UploadedFile]) -> UploadedFile | None:
        ref = p.get(name)
        if isinstance(ref, str) and ref.startswith("attach://"):
            return files.get(ref.removeprefix("attach://"))
        return files.get(name)

    def _caption(self, p: JSONDict) -> JSONDict:
        caption = p.get("caption")
        if not caption:
            return {}
        if len(caption) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        return {"caption": self._rendered_text(caption, p.get("parse_mode"))}

    # ------------------------------------------------------------------ Bot API methods
    # Each runs on the server thread with the lock held, and returns the "result" field.

    def _api_getMe(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        return self.bot_user

    def _api_logOut(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        return True

    def _api_close(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        return True

    def _api_deleteWebhook(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        self._webhook = {"url": ""}
        if p.get("drop_pending_updates"):
            if self._pending:
                self._confirm(self._pending[-1]["update_id"] + 1)
        self._wake_pollers()
        return True

    def _api_setWebhook(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        url = p.get("url") or ""
        if url and not url.startswith("https://"):
            raise ApiError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        self._webhook = {
            k: v
            for k, v in p.items()
            if k in ("url", "max_connections", "allowed_updates", "ip_address", "secret_token")
        }
        self._webhook["url"] = url
        if p.get("drop_pending_updates") and self._pending:
            self._confirm(self._pending[-1]["update_id"] + 1)
        self._wake_pollers()  # a waiting poll must now fail with 409
        return True

    def _api_getWebhookInfo(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        info: JSONDict = {
            "url": self._webhook["url"],
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        for key in ("max_connections", "allowed_updates", "ip_address"):
            if key in self._webhook:
                info[key] = self._webhook[key]
        return info

    @staticmethod
    def _command_key(p: JSONDict) -> tuple[str, str]:
        scope = p.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), p.get("language_code") or ""

    def _api_setMyCommands(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        commands = p.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > 100:
            raise ApiError(400, "Bad Request: BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND_NAME.match(
                str(command.get("command", ""))
            ):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._command_key(p)
        if commands:
            self._commands[key] = [
                {"command": c["command"], "description": c["description"]} for c in commands
            ]
        else:
            self._commands.pop(key, None)
        return True

    def _api_getMyCommands(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        return list(self._commands.get(self._command_key(p), []))

    def _api_deleteMyCommands(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        self._commands.pop(self._command_key(p), None)
        return True

    def _set_description(self, p: JSONDict, name: str, limit: int) -> Any:
        text = p.get(name) or ""
        if len(str(text)) > limit:
            raise ApiError(400, f"Bad Request: {name} is too long")
        self._descriptions[(name, p.get("language_code") or "")] = str(text)
        return True

    def _api_setMyDescription(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        return self._set_description(p, "description", 512)

    def _api_setMyShortDescription(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        return self._set_description(p, "short_description", 120)

    def _api_getMyDescription(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        return {
            "description": self._descriptions.get(("description", p.get("language_code") or ""), "")
        }

    def _api_getMyShortDescription(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        key = ("short_description", p.get("language_code") or "")
        return {"short_description": self._descriptions.get(key, "")}

    def _api_setChatMenuButton(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        button = p.get("menu_button") or {"type": "default"}
        self._menu_buttons[p.get("chat_id")] = button
        return True

    def _api_getChatMenuButton(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        return self._menu_buttons.get(
            p.get("chat_id"), self._menu_buttons.get(None, {"type": "default"})
        )

    def _api_sendMessage(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        chat = self._chat(self._require(p, "chat_id"))
        text = p.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        content = {
            "text": self._rendered_text(text, p.get("parse_mode")),
            **self._bot_content(p, chat["id"]),
        }
        if isinstance(p.get("entities"), list):
            content["entities"] = p["entities"]
        return self._store_message(chat, self._bot_sender, content)

    def _api_editMessageText(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        text = p.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        message = self._editable(p)
        if message is None:
            return True
        markup = p.get("reply_markup")
        if markup is not None:
            self._check_markup(markup)
        rendered = self._rendered_text(text, p.get("parse_mode"))
        # Omitting reply_markup removes the inline keyboard, as in Telegram.
        new_markup = markup if isinstance(markup, dict) and "inline_keyboard" in markup else None
        if message.get("text") == rendered and message.get("reply_markup") == new_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        return self._replace_message(message, text=rendered, reply_markup=new_markup)

    def _api_editMessageReplyMarkup(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        message = self._editable(p)
        if message is None:
            return True
        markup = p.get("reply_markup")
        if markup is not None:
            self._check_markup(markup)
        new_markup = markup if isinstance(markup, dict) and markup.get("inline_keyboard") else None
        if message.get("reply_markup") == new_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        return self._replace_message(message, reply_markup=new_markup)

    def _replace_message(self, message: JSONDict, **changes: Any) -> JSONDict:
        # A new dict, so Messages already handed out (in recorded calls) keep their old state.
        edited = {**message, **changes, "edit_date": int(time.time())}
        if edited.get("reply_markup") is None:
            edited.pop("reply_markup", None)
        self._messages[(message["chat"]["id"], message["message_id"])] = edited
        return edited

    def _api_deleteMessage(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        chat = self._chat(self._require(p, "chat_id"))
        if self._messages.pop((chat["id"], self._require(p, "message_id")), None) is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        return True

    def _api_answerCallbackQuery(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        query_id = str(self._require(p, "callback_query_id"))
        if query_id not in self._callback_ids:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self._callback_ids.discard(query_id)  # a query can be answered once
        return True

    def _api_sendChatAction(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        self._chat(self._require(p, "chat_id"))
        self._require(p, "action")
        return True

    def _api_sendDocument(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        chat = self._chat(self._require(p, "chat_id"))
        stored = self._store_file(self._upload("document", p, files), p.get("document"), "document")
        document: JSONDict = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }
        if stored.file_name:
            document["file_name"] = stored.file_name
        if stored.mime_type:
            document["mime_type"] = stored.mime_type
        content = {"document": document, **self._caption(p), **self._bot_content(p, chat["id"])}
        return self._store_message(chat, self._bot_sender, content)

    def _api_sendPhoto(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        chat = self._chat(self._require(p, "chat_id"))
        stored = self._store_file(self._upload("photo", p, files), p.get("photo"), "photo")
        width, height = _image_size(stored.data)
        photo = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "width": width,
            "height": height,
        }
        content = {"photo": [photo], **self._caption(p), **self._bot_content(p, chat["id"])}
        return self._store_message(chat, self._bot_sender, content)

    def _api_getFile(self, p: JSONDict, files: dict[str, UploadedFile]) -> Any:
        stored = self._files.get(str(self._require(p, "file_id")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    # ------------------------------------------------------------------ control: users' side

    def _push(self, kind: str, payload: JSONDict, chat_id: int | None) -> int:
        with self._lock:
            update_id = self._next_update_id
            self._next_update_id += 1
            self._pending.append({"update_id": update_id, kind: payload})
            self._timings[update_id] = UpdateTiming(update_id, chat_id, kind, time.perf_counter())
            self._notify()
        self._wake_pollers()
        return update_id

    def _user(
        self, user_id: int, first_name: str | None, username: str | None, language_code: str | None
    ) -> JSONDict:
        known = self._users.get(user_id, {})
        user: JSONDict = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name or known.get("first_name") or f"User{user_id}",
        }
        if username or known.get("username"):
            user["username"] = username or known["username"]
        if language_code:
            user["language_code"] = language_code
        self._users[user_id] = user
        return user

    def _user_chat(
        self, user: JSONDict, chat_id: int | None, chat_type: str, chat_title: str | None
    ) -> JSONDict:
        if chat_type == "private":
            if chat_id not in (None, user["id"]):
                raise ValueError("a private chat's id is the user's id")
            chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
            if "username" in user:
                chat["username"] = user["username"]
        else:
            if chat_id is None or chat_id >= 0:
                raise ValueError(f"a {chat_type} needs a negative chat_id")
            known = self._chats.get(chat_id, {})
            chat = {
                "id": chat_id,
                "type": chat_type,
                "title": chat_title or known.get("title") or f"Chat {chat_id}",
            }
        self._chats[chat["id"]] = chat
        return chat

    def push_message(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        chat_type: str = "private",
        *,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "zh-hans",
        chat_title: str | None = None,
        reply_to: int | JSONDict | None = None,
        entities: list[JSONDict] | None = None,
    ) -> int:
        """Queues a text message from a user; returns its update_id.

        Entities default to what Telegram computes (/commands and @mentions, UTF-16 offsets).
        `reply_to` is a message id (or Message dict) in the same chat.
        """
        with self._lock:
            user = self._user(user_id, first_name, username, language_code)
            chat = self._user_chat(user, chat_id, chat_type, chat_title)
            content: JSONDict = {"text": text}
            found = auto_entities(text) if entities is None else entities
            if found:
                content["entities"] = found
            if reply_to is not None:
                content["reply_to_message"] = self._reply_to(chat["id"], reply_to)
            message = self._store_message(chat, user, content)
        return self._push("message", message, chat["id"])

    def push_photo(
        self,
        user_id: int,
        file_id: str,
        caption: str | None = None,
        *,
        reply_to: int | JSONDict | None = None,
        media_group_id: str | None = None,
        language_code: str | None = "zh-hans",
        data: bytes | None = None,
    ) -> int:
        """Queues a photo in the user's private chat (one size), with an optional caption;
        with `data`, getFile and the file download serve those bytes for `file_id`."""
        with self._lock:
            if data is not None:
                self._files[file_id] = _StoredFile(
                    file_id, f"u-{file_id}", f"photos/{file_id}.png", data, None, "image/png"
                )
            user = self._user(user_id, None, None, language_code)
            chat = self._user_chat(user, None, "private", None)
            content: JSONDict = {
                "photo": [
                    {
                        "file_id": file_id,
                        "file_unique_id": f"u-{file_id}",
                        "width": 640,
                        "height": 480,
                    }
                ]
            }
            if caption:
                content["caption"] = caption
            if media_group_id:
                content["media_group_id"] = media_group_id
            if reply_to is not None:
                content["reply_to_message"] = self._reply_to(chat["id"], reply_to)
            message = self._store_message(chat, user, content)
        return self._push("message", message, chat["id"])

    def push_edited_message(
        self,
        user_id: int,
        message_id: int,
        text: str,
        chat_id: int | None = None,
        *,
        entities: list[JSONDict] | None = None,
    ) -> int:
        """Queues the edit of a message the user sent earlier; returns its update_id."""
        with self._lock:
            key = (chat_id if chat_id is not None else user_id, message_id)
            message = self._messages.get(key)
            if message is None or message["from"]["id"] != user_id:
                raise ValueError(f"user {user_id} sent no message {message_id} in chat {key[0]}")
            found = auto_entities(text) if entities is None else entities
            edited = {k: v for k, v in message.items() if k != "entities"}
            edited.update(text=text, edit_date=int(time.time()))
            if found:
                edited["entities"] = found
            self._messages[key] = edited
        return self._push("edited_message", edited, key[0])

    def push_callback(
        self,
        user_id: int,
        message: Call | JSONDict | int,
        data: str,
        *,
        chat_id: int | None = None,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "zh-hans",
    ) -> int:
        """Queues a press on an inline button of `message`; returns its update_id.

        `message` is a recorded `Call` (its returned Message), a Message dict, or a message id
        (then `chat_id` defaults to the user's private chat). The Message in the update is the
        message's current state, edits included.
        """
        with self._lock:
            if isinstance(message, Call):
                if message.message is None:
                    raise ValueError(f"{message.method} call #{message.seq} returned no message")
                message = message.message
            if isinstance(message, dict):
                key = (message["chat"]["id"], message["message_id"])
            else:
                key = (chat_id if chat_id is not None else user_id, message)
            current = self._messages.get(key)
            if current is None:
                raise ValueError(f"no message {key[1]} in chat {key[0]}")
            user = self._user(user_id, first_name, username, language_code)
            query_id = str(next(self._callback_counter))
            self._callback_ids.add(query_id)
            query = {
                "id": query_id,
                "from": user,
                "message": current,
                # Stable per chat, opaque to the bot, like Telegram's.
                "chat_instance": str(zlib.crc32(f"{self.token}:{key[0]}".encode()) * 1000 + 7),
                "data": data,
            }
            update_id = self._push("callback_query", query, key[0])
            self._callback_updates[query_id] = update_id
        return update_id

    # ------------------------------------------------------------------ control: bot's side

    def calls(self, method: str | None = None) -> list[Call]:
        """Every completed request, getUpdates included, in completion order."""
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def sent(self, chat_id: int | str | None = None, method: str | None = None) -> list[Call]:
        """The bot's calls (getUpdates left out unless asked for), optionally for one chat."""
        with self._lock:
            return [
                c
                for c in self._calls
                if ((method is None and c.method != "getUpdates") or c.method == method)
                and (chat_id is None or c.chat_id == chat_id)
            ]

    def mark(self) -> int:
        """A position: ``wait_for(..., since=api.mark())`` only sees calls received after it."""
        with self._lock:
            return self._next_seq

    def _match(
        self,
        predicate: Callable[[Call], bool] | None,
        method: str | None,
        chat_id: int | str | None,
        since: int,
        include_errors: bool,
    ) -> Callable[[], Call | None]:
        # Calls are only ever appended, so each check resumes where the previous one stopped.
        scanned = 0

        def check() -> Call | None:
            nonlocal scanned
            calls = self._calls
            while scanned < len(calls):
                call = calls[scanned]
                scanned += 1
                if call.seq < since or (not call.ok and not include_errors):
                    continue
                if method is None and call.method == "getUpdates":
                    continue
                if method is not None and call.method != method:
                    continue
                if chat_id is not None and call.chat_id != chat_id:
                    continue
                if predicate is None or predicate(call):
                    return call
            return None

        return check

    def _describe_recent(self) -> str:
        recent = [c for c in self._calls if c.method != "getUpdates"][-8:]
        lines = [
            f"  #{c.seq} {c.method} chat={c.chat_id!r} ok={c.ok} "
            f"{(c.params.get('text') or c.description or '')!r:.80}"
            for c in recent
        ]
        return "\n".join(lines) or "  (no calls)"

    def wait_for(
        self,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,
        *,
        method: str | None = None,
        chat_id: int | str | None = None,
        since: int = 0,
        include_errors: bool = False,
    ) -> Call:
        """Blocks until a matching call has been answered; returns the first such call.

        Already-recorded calls count, so take ``since=api.mark()`` before acting when an
        earlier, similar call must not match. Raises TimeoutError listing recent calls.
        Not for use inside an event loop (it would stall a bot running there): use
        `wait_for_async`.
        """
        check = self._match(predicate, method, chat_id, since, include_errors)
        return self.wait_until(check, timeout, what=f"a {method or 'matching'} call")

    async def wait_for_async(
        self,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - same signature as the sync wait_for
        *,
        method: str | None = None,
        chat_id: int | str | None = None,
        since: int = 0,
        include_errors: bool = False,
    ) -> Call:
        """`wait_for` for coroutines: waits without blocking the caller's event loop."""
        check = self._match(predicate, method, chat_id, since, include_errors)
        return await self.wait_until_async(check, timeout, what=f"a {method or 'matching'} call")

    def wait_until(
        self, condition: Callable[[], T | None], timeout: float = 5.0, *, what: str = "condition"
    ) -> T:
        """Blocks until `condition()` (run under the lock on every change) returns non-None."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError(
                "wait_for/wait_until would block this event loop; use the _async variant"
            )
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                result = condition()
                if result is not None:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"no {what} within {timeout} s; recent calls:\n{self._describe_recent()}"
                    )
                self._changed.wait(remaining)

    async def wait_until_async(
        self,
        condition: Callable[[], T | None],
        timeout: float = 5.0,  # noqa: ASYNC109 - same signature as the sync wait_until
        *,
        what: str = "condition",
    ) -> T:
        """`wait_until` for coroutines, woken through the caller's own loop."""
        loop = asyncio.get_running_loop()
        event = asyncio.Event()
        waiter = (loop, event)
        deadline = loop.time() + timeout
        with self._lock:
            self._async_waiters.add(waiter)
        try:
            while True:
                event.clear()
                with self._lock:
                    result = condition()
                    if result is not None:
                        return result
                    if loop.time() >= deadline:
                        raise TimeoutError(
                            f"no {what} within {timeout} s; recent calls:\n{self._describe_recent()}"
                        )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), deadline - loop.time())
        finally:
            with self._lock:
                self._async_waiters.discard(waiter)

    # ------------------------------------------------------------------ control: state

    @property
    def pending_update_count(self) -> int:
        """Updates pushed and not yet confirmed by the bot (delivered or not)."""
        with self._lock:
            return len(self._pending)

    @property
    def confirmed_offset(self) -> int:
        """The highest offset the bot confirmed with (0 before any); updates below it are gone."""
        with self._lock:
            return self._confirmed_offset

    @property
    def webhook(self) -> JSONDict:
        """The webhook settings last recorded by setWebhook/deleteWebhook."""
        with self._lock:
            return dict(self._webhook)

    def commands(self, scope: JSONDict | None = None, language_code: str = "") -> list[JSONDict]:
        """The commands set for exactly this scope and language (as getMyCommands answers)."""
        with self._lock:
            key = self._command_key({"scope": scope, "language_code": language_code})
            return list(self._commands.get(key, []))

    def description(self, language_code: str = "", *, short: bool = False) -> str:
        """The bot's description (or short description) for a language, as last set."""
        with self._lock:
            key = ("short_description" if short else "description", language_code)
            return self._descriptions.get(key, "")

    def menu_button(self, chat_id: int | None = None) -> JSONDict | None:
        """The menu button last set for a chat (None: the default one), if any was set."""
        with self._lock:
            return self._menu_buttons.get(chat_id)

    def message(self, chat_id: int, message_id: int) -> JSONDict | None:
        """A message's current state (after edits), user's or bot's."""
        with self._lock:
            return self._messages.get((chat_id, message_id))

    def file_bytes(self, file_id: str) -> bytes:
        """The content of a file the bot uploaded."""
        with self._lock:
            return self._files[file_id].data

    def update_timings(self) -> list[UpdateTiming]:
        """Per pushed update: pushed, first delivered, first reply in its chat (perf_counter)."""
        with self._lock:
            return [UpdateTiming(**vars(t)) for t in self._timings.values()]

    def handling_times(self) -> list[float]:
        """Seconds from delivery to first reply, for every update that got one (for p50/p99)."""
        return [h for t in self.update_timings() if (h := t.handling) is not None]

    # ------------------------------------------------------------------ control: failures

    def fail_next(
        self,
        method: str,
        error_code: int = 429,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | str | None = None,
        disconnect: bool = False,
        stall: float = 0.0,
    ) -> None:
        """Makes the next `times` calls of `method` ("*" for any) fail.

        With the usual Telegram description for the code unless one is given; 429 carries
        ``retry_after`` (default 1). `chat_id` limits it to calls addressing that chat;
        `disconnect` closes the connection without any answer (a network failure).
        `stall` waits that many seconds first; with `error_code=0` the call then succeeds
        (a slow Telegram, or one whose answer the client gave up waiting for).
        """
        if description is None:
            description = {
                400: "Bad Request: injected failure",
                401: "Unauthorized",
                403: "Forbidden: bot was blocked by the user",
                404: "Not Found",
                409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                429: f"Too Many Requests: retry after {retry_after or 1}",
                500: "Internal Server Error",
                502: "Bad Gateway",
            }.get(error_code, f"Error {error_code}")
        if error_code == 429 and retry_after is None:
            retry_after = 1
        with self._lock:
            self._failures.append(
                _Failure(
                    method.lower(),
                    error_code,
                    description,
                    retry_after,
                    chat_id,
                    disconnect,
                    times,
                    stall,
                )
            )

    def clear_failures(self) -> None:
        """Drops injected failures that have not fired yet."""
        with self._lock:
            self._failures.clear()

    def block_chat(self, chat_id: int | str) -> None:
        """From now on every send, edit or delete addressing `chat_id` gets Telegram's 403."""
        with self._lock:
            self._blocked.add(chat_id)

    def unblock_chat(self, chat_id: int | str) -> None:
        """Undoes `block_chat`."""
        with self._lock:
            self._blocked.discard(chat_id)
