"""Every message of the parse corpus and of the shared samples, one test case each."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bot.parsing import parse_note

_REPO = Path(__file__).resolve().parents[2]
_CORPUS = _REPO / "tests" / "data" / "parse_corpus.jsonl"
_SAMPLES = _REPO.parent / "shared" / "samples" / "parse_examples.jsonl"


def _load(path: Path) -> list[Any]:
    if not path.exists():
        return []
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [pytest.param(case, id=f"{case['id']}:{case['text'][:30]}") for case in cases]


def _check(case: dict[str, Any]) -> None:
    now = dt.datetime.fromisoformat(case["now"])
    result = parse_note(case["text"], now)
    got = result.activities
    # A document handed in is no activity: the line says which documents it hands in.
    documents = [
        {"doc": d.doc, **({"period": d.period} if d.period else {})} for d in result.documents
    ]
    assert documents == case.get("documents", []), f"{case['text']!r}: {result.documents}"
    got_keys = Counter((a.kind, a.date.isoformat()) for a in got)
    expected_keys = Counter((e["kind"], e["date"]) for e in case["expect"])
    assert got_keys == expected_keys, f"{case['text']!r}: {got}"
    by_key = {(a.kind, a.date.isoformat()): a for a in got}
    for e in case["expect"]:
        activity = by_key[(e["kind"], e["date"])]
        if "count" in e:
            assert activity.count == e["count"], f"count of {e['kind']} in {case['text']!r}"
        if "hours" in e:
            assert activity.hours == pytest.approx(e["hours"], abs=0.01), case["text"]
        if "location_has" in e:
            assert e["location_has"] in (activity.location or ""), case["text"]
        if "flag" in e:
            assert activity.flag == e["flag"], case["text"]


@pytest.mark.parametrize("case", _load(_CORPUS))
def test_corpus_message(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _load(_SAMPLES))
def test_shared_sample(case: dict[str, Any]) -> None:
    _check(case)


def test_corpus_is_large_and_varied() -> None:
    cases = [json.loads(line) for line in _CORPUS.read_text(encoding="utf-8").splitlines() if line]
    assert len(cases) >= 300
    assert len({c["now"] for c in cases}) >= 5
    assert sum(1 for c in cases if not c["expect"]) >= 40  # chit-chat that must give []
    # Each line has an id of its own: a failing case is named by it.
    ids = Counter(c["id"] for c in cases)
    assert [i for i, n in ids.items() if n > 1] == []


def test_the_corpus_parses_without_a_caught_failure() -> None:
    """A caught exception gives nothing, which a corpus line expecting nothing would hide: the
    failure counter shows it."""
    import bot.parsing as parsing

    before = parsing.parse_failures()
    for line in _CORPUS.read_text(encoding="utf-8").splitlines():
        if line:
            case = json.loads(line)
            parse_note(case["text"], dt.datetime.fromisoformat(case["now"]))
    assert parsing.parse_failures() == before
