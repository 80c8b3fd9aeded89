"""Just enough HTTP/1.1 for python-telegram-bot's httpx client: requests, keep-alive, bodies.

Written for `FakeBotApi` on top of asyncio streams rather than `http.server` because the
server must hold many long polls open at once without a thread each, and answer the bot's
sends with as little overhead as possible (the benchmarks measure the bot, not us).

What PTB 22 sends (see `telegram/request/_httpxrequest.py` and `_requestdata.py`):
every call is a POST whose parameters are form fields, each value JSON-encoded unless it
already is a string — `application/x-www-form-urlencoded` normally, `multipart/form-data`
when a file is uploaded. Other clients may send a JSON body or a query string, as Telegram
also accepts those.
"""

from __future__ import annotations

import asyncio
import json
import re
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

# Bounds that keep a misbehaving client from exhausting memory in a test run.
MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 64 * 1024 * 1024


class HttpError(Exception):
    """The request could not be parsed; the connection is answered with `status` and closed."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart upload, as the bot sent it."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes

    @property
    def size(self) -> int:
        """Length of the uploaded content in bytes."""
        return len(self.data)


@dataclass
class HttpRequest:
    """A parsed request: method, path and query, lower-cased headers, raw body."""

    method: str
    path: str
    query: str
    version: str
    headers: dict[str, str]
    body: bytes = b""

    @property
    def keep_alive(self) -> bool:
        """HTTP/1.1 keeps the connection unless told otherwise; HTTP/1.0 only when asked."""
        connection = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" in connection
        return "close" not in connection


@dataclass
class FormData:
    """Parameters (string values, still JSON-encoded where PTB encoded them) and files."""

    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)
    # A JSON body arrives already typed; it is kept apart so it is not decoded twice.
    json_fields: dict[str, Any] = field(default_factory=dict)


async def read_request(reader: asyncio.StreamReader) -> HttpRequest | None:
    """The next request on the connection, or None when the client closed it cleanly."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None  # an idle keep-alive connection being closed is not an error
        raise HttpError(HTTPStatus.BAD_REQUEST, "truncated request head") from exc
    except asyncio.LimitOverrunError as exc:
        raise HttpError(
            HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "request head too large"
        ) from exc

    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, version = lines[0].split(" ", 2)
    except ValueError as exc:
        raise HttpError(HTTPStatus.BAD_REQUEST, f"bad request line {lines[0]!r}") from exc
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise HttpError(HTTPStatus.BAD_REQUEST, f"bad header line {line!r}")
        headers[name.strip().lower()] = value.strip()

    path, _, query = target.partition("?")
    request = HttpRequest(method.upper(), path, query, version.upper(), headers)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        request.body = await _read_chunked(reader)
    elif "content-length" in headers:
        try:
            length = int(headers["content-length"])
        except ValueError as exc:
            raise HttpError(HTTPStatus.BAD_REQUEST, "bad Content-Length") from exc
        if length < 0 or length > MAX_BODY_BYTES:
            raise HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body too large")
        request.body = await reader.readexactly(length)
    return request


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    """Decodes a chunked body (httpx uses it when it cannot know a file's length up front)."""
    parts: list[bytes] = []
    total = 0
    while True:
        size_line = await reader.readuntil(b"\r\n")
        try:
            size = int(size_line.split(b";", 1)[0].strip(), 16)
        except ValueError as exc:
            raise HttpError(HTTPStatus.BAD_REQUEST, "bad chunk size") from exc
        if size == 0:
            # Skip any trailer headers up to the blank line that ends the body.
            while (await reader.readuntil(b"\r\n")) != b"\r\n":
                pass
            return b"".join(parts)
        total += size
        if total > MAX_BODY_BYTES:
            raise HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body too large")
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)  # the CRLF after each chunk


def encode_response(
    status: int,
    body: bytes,
    *,
    content_type: str = "application/json",
    keep_alive: bool = True,
) -> bytes:
    """A complete HTTP/1.1 response, head and body in one buffer so it goes out in one write."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        f"Server: advisorbot-fake-botapi\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n"
    )
    return head.encode("latin-1") + body


def parse_form(request: HttpRequest) -> FormData:
    """Parameters from the query string and the body, whatever encoding the client chose."""
    form = FormData()
    if request.query:
        form.fields.update(urllib.parse.parse_qsl(request.query, keep_blank_values=True))
    if not request.body:
        return form
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == "application/json":
        try:
            payload = json.loads(request.body)
        except ValueError as exc:
            raise HttpError(HTTPStatus.BAD_REQUEST, "body is not valid JSON") from exc
        if not isinstance(payload, dict):
            raise HttpError(HTTPStatus.BAD_REQUEST, "JSON body must be an object")
        form.json_fields.update(payload)
    elif media_type == "multipart/form-data":
        match = re.search(r'boundary="?([^";]+)"?', content_type, re.IGNORECASE)
        if match is None:
            raise HttpError(HTTPStatus.BAD_REQUEST, "multipart body without boundary")
        _parse_multipart(request.body, match.group(1).encode("latin-1"), form)
    else:
        # PTB's normal case; also what a client sends without any Content-Type.
        text = request.body.decode("utf-8", "replace")
        form.fields.update(urllib.parse.parse_qsl(text, keep_blank_values=True))
    return form


_DISPOSITION_NAME = re.compile(r'(?:^|;)\s*name="([^"]*)"', re.IGNORECASE)
_DISPOSITION_FILENAME = re.compile(r'(?:^|;)\s*filename="([^"]*)"', re.IGNORECASE)
# httpx escapes these characters in quoted header parameters (HTML5 form encoding).
_FORM_ESCAPES = re.compile(r"%(22|0A|0D|[01][0-9A-F])")


def _unescape_param(value: str) -> str:
    return _FORM_ESCAPES.sub(lambda m: chr(int(m.group(1), 16)), value)


def _parse_multipart(body: bytes, boundary: bytes, form: FormData) -> None:
    """Splits a multipart/form-data body into text fields and uploaded files.

    Splitting on the delimiter is safe because the sender picks a boundary that does not
    occur in any part; that is the format's own guarantee.
    """
    delimiter = b"--" + boundary
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break  # the closing delimiter
        chunk = chunk.removeprefix(b"\r\n")
        raw_headers, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            raise HttpError(HTTPStatus.BAD_REQUEST, "multipart part without headers")
        content = content.removesuffix(b"\r\n")
        headers: dict[str, str] = {}
        for line in raw_headers.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name_match = _DISPOSITION_NAME.search(disposition)
        if name_match is None:
            raise HttpError(HTTPStatus.BAD_REQUEST, "multipart part without a name")
        name = _unescape_param(name_match.group(1))
        filename_match = _DISPOSITION_FILENAME.search(disposition)
        if filename_match is None and "content-type" not in headers:
            form.fields[name] = content.decode("utf-8", "replace")
        else:
            filename = _unescape_param(filename_match.group(1)) if filename_match else None
            form.files[name] = UploadedFile(name, filename, headers.get("content-type"), content)
