"""Blocks of English notes with their readings, as the English varieties' tests write them:
one note a line, "kind@MM-DD kind@MM-DD|the note", read on a Wednesday evening of 2026."""

from __future__ import annotations

import datetime as dt

from bot.parsing import parse_note

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday


def cases(block: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(note, sorted (kind, date)) of each line of `block`."""
    out = []
    for line in block.strip().splitlines():
        kinds, text = line.split("|", 1)
        expect = sorted((k, f"2026-{d}") for k, d in (item.split("@") for item in kinds.split()))
        out.append((text, expect))
    return out


def read(text: str) -> list[tuple[str, str]]:
    """The (kind, date) pairs `text` records at `NOW`."""
    return sorted({(a.kind, a.date.isoformat()) for a in parse_note(text, NOW).activities})
