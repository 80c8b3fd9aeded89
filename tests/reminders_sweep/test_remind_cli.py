"""`advisorbot remind` end to end: a subprocess on a temporary SQLite database, sending to a
small Bot API stand-in over HTTP."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.reminders_sweep.seed import roster

NOW = "2026-11-23T09:30:00+08:00"
TOKEN = "123456:reminders-test"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "advisorbot", "username": "advisor_bot"}


class BotApi(ThreadingHTTPServer):
    """Answers getMe and sendMessage like the Bot API and remembers each message."""

    messages: list[dict[str, Any]]


class _Handler(BaseHTTPRequestHandler):
    server: BotApi

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        raw = self.rfile.read(length).decode()
        if "json" in self.headers.get("Content-Type", ""):
            params = json.loads(raw or "{}")
        else:
            params = {k: v[0] for k, v in parse_qs(raw).items()}
        method = self.path.rsplit("/", 1)[-1]
        if method == "getMe":
            result: Any = BOT_USER
        elif method == "sendMessage":
            self.server.messages.append(params)
            result = {
                "message_id": len(self.server.messages),
                "date": 0,
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "text": params["text"],
            }
        else:
            result = True
        body = json.dumps({"ok": True, "result": result}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture
def bot_api() -> Iterator[BotApi]:
    server = BotApi(("127.0.0.1", 0), _Handler)
    server.messages = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def cli(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", **env}
    environment.pop("ADVISORBOT_CONFIG", None)
    if "TELEGRAM_BOT_TOKEN" not in env:
        environment.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        cwd=db.parent,
    )


@pytest.fixture
def database(tmp_path: Path) -> Path:
    db = tmp_path / "college.sqlite3"
    csv = tmp_path / "roster.csv"
    csv.write_text(roster(3, without_telegram=(2,)), encoding="utf-8")
    assert cli(db, "roster", "import", str(csv)).returncode == 0
    added = cli(db, "semester", "add", "2026-2027-1", "2026-09-07", "2027-01-17")
    assert added.returncode == 0, added.stderr
    return db


def ledger_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM reminder_ledger").fetchone()[0])


def test_dry_run_prints_the_contract_json_and_writes_nothing(database: Path) -> None:
    result = cli(database, "remind", "--dry-run", "--json", "--now", NOW)
    assert result.returncode == 0, result.stderr
    reminders = json.loads(result.stdout)
    assert reminders and ledger_count(database) == 0
    for reminder in reminders:
        assert set(reminder) == {
            "to",
            "person",
            "role",
            "rule",
            "period",
            "stage",
            "text",
            "message",
        }
    # One object per reason; "message" groups the reasons one person gets in one message.
    for number in {r["message"] for r in reminders}:
        assert len({r["person"] for r in reminders if r["message"] == number}) == 1
        assert reminder["role"] in ("advisor", "counselor")
        assert reminder["stage"] in ("due_soon", "missed", "digest")
        assert reminder["text"]
    dorm = [r for r in reminders if r["rule"] == "dorm_visit_monthly"]
    assert {(r["to"], r["period"], r["stage"]) for r in dorm} == {
        (3000, "2026-11", "due_soon"),
        (3001, "2026-11", "due_soon"),
        (None, "2026-11", "due_soon"),  # no Telegram account: recorded, listed, not sent
    }
    assert {r["person"] for r in reminders if r["stage"] == "digest"} == {"李辅导员", "赵辅导员"}
    again = cli(database, "remind", "--dry-run", "--json", "--now", NOW)
    assert json.loads(again.stdout) == reminders


def test_a_sweep_sends_once_and_the_same_sweep_again_sends_nothing(
    database: Path, bot_api: BotApi
) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{bot_api.server_address[1]}/bot",
    }
    preview = json.loads(cli(database, "remind", "--dry-run", "--json", "--now", NOW).stdout)
    first = cli(database, "remind", "--json", "--now", NOW, **env)
    assert first.returncode == 0, first.stderr
    sent = json.loads(first.stdout)
    assert sent == preview
    reachable = [r for r in sent if r["to"] is not None]
    assert len(bot_api.messages) == len({r["message"] for r in reachable}) > 0
    assert len(reachable) > len(bot_api.messages)  # several reasons to one person, one message
    assert {int(m["chat_id"]) for m in bot_api.messages} == {r["to"] for r in reachable}
    keyboard = json.loads(bot_api.messages[0]["reply_markup"])["inline_keyboard"]
    assert any(b["callback_data"].startswith("rs:") for row in keyboard for b in row)
    assert ledger_count(database) == len(sent)

    second = cli(database, "remind", "--json", "--now", NOW, **env)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == []
    assert len(bot_api.messages) == len({r["message"] for r in reachable})

    plain = cli(database, "remind", "--now", NOW, **env)
    assert plain.returncode == 0 and plain.stdout.strip()


def test_sending_without_a_token_is_refused_in_one_line(database: Path) -> None:
    result = cli(database, "remind", "--now", NOW)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "TELEGRAM_BOT_TOKEN" in result.stderr
    assert ledger_count(database) == 0
    bad = cli(database, "remind", "--dry-run", "--now", "next tuesday")
    assert bad.returncode == 2 and "--now" in bad.stderr
