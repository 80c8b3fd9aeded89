"""An in-process stand-in for the Bot API, for the console and the handler tests.

`LocalRequest` answers python-telegram-bot's requests without any network: it records
each call and synthesises the reply Telegram would send (a Message for sendMessage, True
for setMyCommands, …). The update factories build the updates a user would cause.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from telegram import Bot, Update
from telegram.error import BadRequest
from telegram.request import BaseRequest, RequestData

BOT_USER = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "advisorbot",
    "username": "advisor_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


# File paths getFile hands out end in this and the file id.
_FILE_PATH_PREFIX = "file_"


@dataclass
class Call:
    """One Bot API call the application made, and what it was told."""

    method: str
    params: dict[str, Any]
    result: Any = None
    # Uploaded files of the call: part name -> (file name, bytes), for the console to save.
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)


@dataclass
class LocalRequest(BaseRequest):
    """Records calls and answers them locally; `on_call` lets the console print them."""

    on_call: Callable[[Call], None] | None = None
    calls: list[Call] = field(default_factory=list)
    # method name -> exception to raise once (tests inject Telegram errors this way)
    failures: dict[str, Exception] = field(default_factory=dict)
    # file_id -> the file's bytes: what getFile finds and the file download returns; any
    # other file id is "Bad Request: invalid file_id", as Telegram says.
    stored_files: dict[str, bytes] = field(default_factory=dict)
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:  # a file download (File.download_*), not an API method
            return self._download(url)
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data is not None else {}
        files: dict[str, tuple[str, bytes]] = {}
        if request_data is not None and request_data.contains_files:
            multipart = request_data.multipart_data or {}
            params["_files"] = sorted(multipart)
            for part, value in multipart.items():
                if isinstance(value, tuple) and len(value) >= 2:
                    content = value[1]
                    data = content if isinstance(content, bytes) else content.read()
                    files[part] = (str(value[0] or part), data)
        failure = self.failures.pop(api_method, None)
        if failure is not None:
            raise failure
        result = self._answer(api_method, params)
        call = Call(api_method, params, result, files)
        self.calls.append(call)
        if self.on_call is not None:
            self.on_call(call)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _answer(self, api_method: str, params: dict[str, Any]) -> Any:
        if api_method == "getMe":
            return BOT_USER
        if api_method == "getUpdates":
            return []
        if api_method == "getFile":
            file_id = str(params.get("file_id"))
            if file_id not in self.stored_files:
                raise BadRequest("Invalid file_id")
            return {
                "file_id": file_id,
                "file_unique_id": file_id[-32:],
                "file_size": len(self.stored_files[file_id]),
                "file_path": f"photos/{_FILE_PATH_PREFIX}{file_id}",
            }
        if api_method == "getMyDescription":
            return {"description": ""}
        if api_method == "getMyShortDescription":
            return {"short_description": ""}
        if api_method in ("sendMessage", "sendPhoto", "sendDocument", "editMessageText"):
            chat_id = int(params.get("chat_id") or 0)
            message: dict[str, Any] = {
                "message_id": int(params.get("message_id") or next(self._message_ids)),
                "date": int(datetime.now(UTC).timestamp()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": BOT_USER,
            }
            if "text" in params:
                message["text"] = params["text"]
            if "caption" in params:
                message["caption"] = params["caption"]
            if "reply_markup" in params:
                markup = params["reply_markup"]
                message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
            return message
        return True

    def _download(self, url: str) -> tuple[int, bytes]:
        """The bytes of a file getFile gave a path to; 404 for any other path."""
        name = url.rsplit("/", 1)[-1]
        file_id = name.removeprefix(_FILE_PATH_PREFIX)
        data = self.stored_files.get(file_id)
        call = Call("downloadFile", {"file_id": file_id}, data is not None)
        self.calls.append(call)
        if data is None or not name.startswith(_FILE_PATH_PREFIX):
            return 404, json.dumps({"ok": False, "description": "Not Found"}).encode()
        return 200, data

    # What the tests and the console read back ---------------------------------------

    def sent(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if (method is None or c.method == method)
            and (chat_id is None or int(c.params.get("chat_id") or 0) == chat_id)
        ]

    def texts(self, chat_id: int | None = None) -> list[str]:
        """Texts the bot sent or edited into, oldest first."""
        return [
            str(c.params.get("text"))
            for c in self.calls
            if c.method in ("sendMessage", "editMessageText")
            and (chat_id is None or int(c.params.get("chat_id") or 0) == chat_id)
        ]


def buttons_of(call: Call) -> list[tuple[str, str]]:
    """(label, callback data) of every inline button in a sent message."""
    markup = call.params.get("reply_markup")
    if isinstance(markup, str):
        markup = json.loads(markup)
    if not markup:
        return []
    return [
        (button["text"], button.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for button in row
    ]


@dataclass
class UpdateFactory:
    """Builds the updates a person causes: messages, edits, button presses."""

    bot: Bot
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    moment: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def user(
        self,
        user_id: int,
        first_name: str = "老师",
        username: str | None = None,
        language_code: str = "zh-hans",
    ) -> dict[str, Any]:
        user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": language_code,
        }
        if username:
            user["username"] = username
        return user

    def message(
        self,
        user: dict[str, Any],
        text: str,
        chat_id: int | None = None,
        *,
        reply_to: dict[str, Any] | None = None,
        message_id: int | None = None,
        edited: bool = False,
    ) -> Update:
        chat_id = user["id"] if chat_id is None else chat_id
        chat = (
            {"id": chat_id, "type": "private"}
            if chat_id > 0
            else {"id": chat_id, "type": "supergroup", "title": "班级群"}
        )
        message: dict[str, Any] = {
            "message_id": message_id or next(self._message_ids),
            "date": int(self.moment().timestamp()),
            "chat": chat,
            "from": user,
            "text": text,
        }
        entities = _entities(text)
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if edited:
            message["edit_date"] = int(self.moment().timestamp())
        key = "edited_message" if edited else "message"
        return Update.de_json({"update_id": next(self._update_ids), key: message}, self.bot)

    def continue_message_ids(self, after: int) -> None:
        """Number the next messages after `after` (the console goes on from its last run)."""
        self._message_ids = itertools.count(after + 1)

    def photo(
        self,
        user: dict[str, Any],
        file_id: str,
        caption: str | None = None,
        *,
        reply_to: dict[str, Any] | None = None,
        media_group_id: str | None = None,
    ) -> Update:
        """A private photo message (one size), with an optional caption."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(self.moment().timestamp()),
            "chat": {"id": user["id"], "type": "private"},
            "from": user,
            "photo": [
                {"file_id": file_id, "file_unique_id": file_id[-32:], "width": 1, "height": 1}
            ],
        }
        if caption:
            message["caption"] = caption
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if media_group_id:
            message["media_group_id"] = media_group_id
        return Update.de_json({"update_id": next(self._update_ids), "message": message}, self.bot)

    def press(self, user: dict[str, Any], call: Call, data: str) -> Update:
        """The user presses the button with `data` under the message `call` sent."""
        result = call.result or {}
        return Update.de_json(
            {
                "update_id": next(self._update_ids),
                "callback_query": {
                    "id": str(next(self._update_ids)),
                    "from": user,
                    "chat_instance": "local",
                    "data": data,
                    "message": result,
                },
            },
            self.bot,
        )


def _entities(text: str) -> list[dict[str, Any]]:
    """A leading /command and @mentions, with UTF-16 offsets as Telegram counts them."""
    entities: list[dict[str, Any]] = []
    if text.startswith("/"):
        command = text.split(maxsplit=1)[0]
        entities.append({"type": "bot_command", "offset": 0, "length": _utf16(command)})
    position = 0
    for word in text.split(" "):
        if word.startswith("@") and len(word) > 1:
            offset = _utf16(text[: text.index(word, position)])
            entities.append({"type": "mention", "offset": offset, "length": _utf16(word)})
        position += len(word) + 1
    return entities


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
