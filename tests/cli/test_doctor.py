"""`advisorbot doctor` against a good and a broken configuration (local Bot API emulator)."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.botapi.server import FakeBotApi
from tests.cli.test_cli import cli


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi().start_in_thread()
    try:
        yield server
    finally:
        server.stop()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _lines(output: str) -> dict[str, str]:
    """Each check's line by its topic."""
    found = {}
    for line in output.splitlines():
        if line.startswith("["):
            topic = line[7:].split(":", 1)[0]
            found[topic] = line
    return found


def test_good_configuration_exits_0(sqlite_url: str, api: FakeBotApi) -> None:
    env = {"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url}
    result = cli(sqlite_url, "doctor", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = _lines(result.stdout)
    assert lines["configuration"].startswith("[ok]")
    assert lines["database"].startswith("[ok]") and "latest schema" in lines["database"]
    assert (
        lines["Telegram token"].startswith("[ok]")
        and "@advisor_test_bot" in lines["Telegram token"]
    )
    assert lines["delivery"].startswith("[ok]") and "long polling" in lines["delivery"]
    assert "from getMe" in lines["bot username"]
    assert set(lines) >= {"time zone", "holiday calendar", "Chinese font"}
    assert api.token not in result.stdout + result.stderr
    assert [c.method for c in api.calls()][:2] == ["getMe", "getWebhookInfo"]


def test_broken_configuration_exits_1_naming_each_fix(api: FakeBotApi) -> None:
    database = f"postgresql://postgres@127.0.0.1:{_closed_port()}/nothing"
    env = {"TELEGRAM_BOT_TOKEN": "123:wrong", "TELEGRAM_API_BASE_URL": api.base_url}
    result = cli(database, "doctor", env=env)
    assert result.returncode == 1
    lines = _lines(result.stdout)
    assert lines["database"].startswith("[FAIL]") and "correct DATABASE_URL" in lines["database"]
    assert lines["Telegram token"].startswith("[FAIL]") and "@BotFather" in lines["Telegram token"]
    assert "123:wrong" not in result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("fix the lines marked FAIL.")


def test_webhook_mode_needs_a_secret_and_a_matching_username(
    sqlite_url: str, api: FakeBotApi
) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "ADVISORBOT_WEBHOOK_URL": "https://bot.example.edu/telegram",
        "ADVISORBOT_BOT_USERNAME": "someone_else_bot",
    }
    result = cli(sqlite_url, "doctor", env=env)
    assert result.returncode == 1
    lines = _lines(result.stdout)
    assert (
        lines["webhook secret"].startswith("[FAIL]") and "openssl rand" in lines["webhook secret"]
    )
    assert lines["bot username"].startswith("[FAIL]")
    assert "ADVISORBOT_BOT_USERNAME=advisor_test_bot" in lines["bot username"]
    assert lines["delivery"].startswith("[warn]")


def test_bad_settings_and_a_missing_database_fail(tmp_path: Path, api: FakeBotApi) -> None:
    empty = f"sqlite:///{tmp_path}/empty.sqlite3"
    result = cli(empty, "doctor", env={"ADVISORBOT_TIMEZONE": "Mars/Olympus"})
    assert result.returncode == 1
    assert _lines(result.stdout)["configuration"].startswith("[FAIL]")
    result = cli(
        empty,
        "doctor",
        env={"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url},
    )
    assert "advisorbot db upgrade" in _lines(result.stdout)["database"]


def test_doctor_speaks_chinese_by_default(sqlite_url: str) -> None:
    result = cli(sqlite_url, "doctor", env={"ADVISORBOT_LANGUAGE": "zh"})
    assert "[FAIL] Telegram 令牌: 没有设置 TELEGRAM_BOT_TOKEN" in result.stdout


def _system_cjk_font() -> bool:
    import shutil
    import subprocess

    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run(
        [fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=30
    )
    return "Noto Sans CJK SC" in found.stdout


@pytest.mark.skipif(not _system_cjk_font(), reason="no Noto Sans CJK SC installed here")
def test_doctor_rebuilds_a_font_cache_older_than_the_fonts(sqlite_url: str, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    config = tmp_path / "mpl"
    env = {"MPLCONFIGDIR": str(config)}
    subprocess.run(
        [sys.executable, "-c", "import matplotlib.font_manager"],
        env={**os.environ, **env},
        check=True,
        timeout=120,
    )
    cache = next(config.glob("fontlist-*.json"))
    data = json.loads(cache.read_text())
    # As if the cache had been written before the Chinese fonts were installed (every one
    # the status picture could use, not only Noto's: a machine may have others too).
    from bot.documents.status_grid import _CJK_FONTS

    data["ttflist"] = [f for f in data["ttflist"] if f["name"] not in _CJK_FONTS]
    cache.write_text(json.dumps(data))

    result = cli(sqlite_url, "doctor", env=env)
    line = _lines(result.stdout)["Chinese font"]
    assert line.startswith("[ok]") and "rebuilt" in line and "Noto Sans CJK SC" in line
    rebuilt = json.loads(next(config.glob("fontlist-*.json")).read_text())
    assert any("CJK" in f["name"] for f in rebuilt["ttflist"])  # later processes see it too
    again = _lines(cli(sqlite_url, "doctor", env=env).stdout)["Chinese font"]
    assert "rebuilt" not in again and again.startswith("[ok]")
