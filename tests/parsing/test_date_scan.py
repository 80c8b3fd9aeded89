"""The one-scan date regexes find what the rules' own patterns, joined plainly, find."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bot.parsing import date_forms, normalise
from bot.parsing.gates import combined, first_characters, prefixes

_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "parse_corpus.jsonl"


def test_every_rule_has_its_first_characters_worked_out() -> None:
    # Each rule can be gated (English) or sorted (Chinese) by how it starts: none can start
    # with anything.
    for name, pattern in date_forms._RULES:
        if name.startswith("en_") or name in date_forms._SHARED:
            assert first_characters(pattern, ascii_words=True), name
        assert "" not in prefixes(pattern), name


def test_scan_patterns_capture_nothing() -> None:
    for name, pattern in date_forms._RULES:
        assert re.compile(date_forms._scan_pattern(pattern)).groups == 0, name


def test_scans_match_the_plain_rules_on_the_corpus() -> None:
    plain_zh = combined(
        "(?!\\s)",
        [(n, p) for n, p in date_forms._RULES if not n.startswith("en_")],
    )
    plain_en = combined(
        "(?=[a-z0-9])(?<![a-z])",
        [(n, p) for n, p in date_forms._RULES if n.startswith("en_") or n in date_forms._SHARED],
    )
    lines = _CORPUS.read_text(encoding="utf-8").splitlines()
    names = [name for name, _ in date_forms._RULES]
    found = 0
    for text in (normalise.normalise(json.loads(line)["text"])[1] for line in lines if line):
        want = [(m.span(), m.lastgroup) for m in plain_zh.finditer(text)]
        got = [(m.span(), names[i]) for i, m in date_forms._ZH_DATE_SCAN.finditer(text)]
        assert got == want, text
        want = [(m.span(), m.lastgroup) for m in plain_en.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in date_forms._COMBINED_EN_RE.finditer(text)] == want
        found += len(got)
    assert found > 5000
