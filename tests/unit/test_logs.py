"""Logs: one JSON object per line with the update id, and never the bot token."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.logs import configure_logging, handling_update

TOKEN = "123456789:AAHsecretsecretsecretsecretsecret00"


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    """Where the logs go; the root handlers and the levels configure_logging sets are put back."""
    loggers = [logging.getLogger(name) for name in ("", "httpx", "apscheduler")]
    levels = [logger.level for logger in loggers]
    handlers = list(logging.getLogger().handlers)
    out = io.StringIO()
    yield out
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


def test_json_lines_parse_and_carry_the_update_id(stream: io.StringIO) -> None:
    configure_logging(TOKEN, "INFO", "json", stream=stream)
    log = logging.getLogger("bot.test")
    log.info("before")
    with handling_update(4242):
        log.warning("inside %s", "handler")
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            log.exception("failed")
    log.debug("hidden at INFO")
    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [e["message"] for e in entries] == ["before", "inside handler", "failed"]
    assert "update_id" not in entries[0]
    assert entries[1]["update_id"] == 4242 and entries[1]["level"] == "WARNING"
    assert "RuntimeError: boom" in entries[2]["exception"] and entries[2]["update_id"] == 4242
    assert entries[0]["time"].endswith("+00:00") and entries[0]["logger"] == "bot.test"


def test_text_format_names_the_update(stream: io.StringIO) -> None:
    configure_logging(TOKEN, "INFO", "text", stream=stream)
    with handling_update(7):
        logging.getLogger("bot.test").info("hello")
    assert "bot.test [update 7]: hello" in stream.getvalue()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_token_never_reaches_a_log_line(stream: io.StringIO, fmt: str) -> None:
    configure_logging(TOKEN, "DEBUG", fmt, stream=stream)
    secret = TOKEN.split(":", 1)[1]
    # httpx's request line, the %-encoded form of file URLs, a message arg and a traceback.
    logging.getLogger("httpx").info(
        'HTTP Request: POST https://api.telegram.org/bot%s/getMe "200"', TOKEN
    )
    logging.getLogger("httpx").debug("GET /file/bot123456789%%3A%s/photos/1.jpg", secret)
    try:
        raise ValueError(f"bad url https://api.telegram.org/bot{TOKEN}/sendMessage")
    except ValueError:
        logging.getLogger("telegram.ext").exception("network error")
    output = stream.getvalue()
    assert TOKEN not in output and secret not in output
    assert output.count("<token>") >= 3 and "bot123456789%3A<token>/photos" in output


def test_unknown_level_or_format_is_refused() -> None:
    with pytest.raises(ValueError, match="log level"):
        configure_logging(TOKEN, "LOUD")
    with pytest.raises(ValueError, match="log format"):
        configure_logging(TOKEN, "INFO", "xml")
