"""The real process with ADVISORBOT_LOG_FORMAT=json at DEBUG: JSON lines, update ids, no token."""

from __future__ import annotations

import json

import pytest

from tests.e2e.conftest import FIRST_ADVISOR, TOKEN, World

pytestmark = pytest.mark.e2e


def test_json_logs_parse_line_by_line_and_never_hold_the_token(world: World) -> None:
    api, bot = world.api, world.bot
    bot.env.update(ADVISORBOT_LOG_FORMAT="json", ADVISORBOT_LOG_LEVEL="DEBUG")
    bot.start()
    api.wait_for(method="getUpdates", timeout=30)
    mark = api.mark()
    update_id = api.push_message(FIRST_ADVISOR, "今天去了3号楼宿舍")
    api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=15)
    bot.stop()

    output = bot.output()
    assert TOKEN not in output and TOKEN.split(":", 1)[1] not in output
    entries = [json.loads(line) for line in output.splitlines() if line.strip()]
    assert {"time", "level", "logger", "message"} <= set(entries[0])
    # httpx's request lines (with the URL) are there at DEBUG, redacted.
    requests = [e for e in entries if e["logger"] == "httpx" and "HTTP Request" in e["message"]]
    assert requests and all("<token>" in e["message"] for e in requests)
    assert any(e.get("update_id") == update_id for e in entries)
