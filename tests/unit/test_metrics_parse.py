"""A note the parser fails on shows in /metrics (it is never silently an empty answer)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import bot.parsing as parsing
from bot import metrics


def _failures() -> float:
    for line in metrics.exposition().decode().splitlines():
        if line.startswith("advisorbot_parse_failures "):
            return float(line.split()[1])
    raise AssertionError("advisorbot_parse_failures is not exposed")


def test_a_parser_failure_is_counted_in_the_metrics(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> list[object]:
        raise RuntimeError("boom")

    before = _failures()
    monkeypatch.setattr(parsing, "analyse", broken)
    parsing.parse_note("今天查寝", datetime(2026, 12, 6, 10, tzinfo=ZoneInfo("Asia/Shanghai")))
    assert _failures() == before + 1
