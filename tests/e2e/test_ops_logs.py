"""The real process: JSON logs at DEBUG (update ids, no token) and /healthz, /readyz, /metrics."""

from __future__ import annotations

import json
import socket

import httpx
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _metric(text: str, name: str) -> float:
    return next(float(line.split()[1]) for line in text.splitlines() if line.startswith(name + " "))


def test_health_routes_while_the_bot_runs(world: World) -> None:
    api, bot = world.api, world.bot
    port = _free_port()
    bot.env.update(ADVISORBOT_WEB_PORT=str(port), ADVISORBOT_WEB_LISTEN="127.0.0.1")
    bot.start()
    api.wait_for(method="getUpdates", timeout=30)
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base, timeout=5) as client:
        for _ in range(100):  # the web server starts beside polling
            try:
                health = client.get("/healthz")
                break
            except httpx.ConnectError:
                api.wait_for(method="getUpdates", since=api.mark(), timeout=5)
        assert health.status_code == 200, health.text
        assert health.json()["poll"] == "ok" and health.json()["updater"] == "ok"
        assert client.get("/readyz").json() == {"status": "ok", "database": "ok"}

        mark = api.mark()
        api.push_message(FIRST_ADVISOR, "今天去了3号楼宿舍")
        sent = api.wait_for(method="sendMessage", chat_id=FIRST_ADVISOR, since=mark, timeout=15)
        # The next poll comes once the batch is handled (the inbox settles first).
        api.wait_for(method="getUpdates", since=sent.seq, timeout=15)
        metrics = client.get("/metrics").text
        assert _metric(metrics, "advisorbot_updates_handled_total") >= 1
        assert _metric(metrics, "advisorbot_activities_recorded_total") == 1
        assert "advisorbot_update_seconds_bucket" in metrics
    bot.stop()
