"""The first-character gates of the combined Chinese regexes cover every rule they gate, and
the kinds' first-character scan finds what one alternation of its rules would."""

from __future__ import annotations

import json
import re
import re._constants as c
import re._parser as sre
from pathlib import Path
from typing import Any

import pytest

from bot.parsing import (
    blocking,
    date_forms,
    dates,
    details,
    dialects,
    duties,
    gates,
    kinds,
    normalise,
    regional,
    topics,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "parse_corpus.jsonl"


def _first_chars(items: Any) -> set[str] | None:
    """The characters a match of the parsed pattern can start with (None: any); a leading
    \\w is an English word's letter (the gates below are for lower-cased, NFKC notes)."""
    short, decided = gates._spell(items, {""}, 1, ascii_start=True)
    return None if "" in short | decided else short | decided


def _missing(patterns: list[str], gate: str) -> list[tuple[str, str]]:
    missing = []
    for pattern in patterns:
        first = _first_chars(sre.parse(pattern))
        assert first is not None, f"rule can start with any character: {pattern[:60]}"
        # Leading whitespace may be skipped: the match then starts at the next character.
        missing += [(ch, pattern[:40]) for ch in sorted(first - set(gate)) if not ch.isspace()]
    return missing


def _rules(chinese: bool) -> list[tuple[int, str]]:
    return [
        (i, r.pattern)
        for i, r in enumerate(kinds.RULES)
        if bool(re.search(r"[\u4e00-\u9fff]", r.pattern)) == chinese
    ]


@pytest.mark.parametrize("chinese", [True, False], ids=["chinese", "english"])
def test_kind_scan_finds_what_one_alternation_finds(chinese: bool) -> None:
    # The spec of the first-characters scan: one alternation of the rules in priority order,
    # leftmost match first, tried at every position that is not whitespace (English: at the
    # start of every word).
    gate = "(?!\\s)" if chinese else "(?=[a-z0-9])(?<![a-z0-9])"
    plain = gates.combined(gate, ((f"r{i}", p) for i, p in _rules(chinese)))
    scan = kinds.ZH_KIND_SCAN if chinese else kinds.EN_KIND_SCAN
    notes = [json.loads(line)["text"] for line in CORPUS.read_text("utf-8").splitlines()]
    notes += [
        "昨晚 查寝，今天开班会和班委会",
        "  宿舍",
        "给3位家长打了电话又和小王谈心",
        "宿",
        "dorm",
    ]
    notes += ["visited the dorms, then a class meeting; called 2 parents", "t", "1v1 w/ li"]
    compared = 0
    for text in notes:
        low = normalise.normalise(text)[1]
        expected = [(int(m.lastgroup[1:]), m.span()) for m in plain.finditer(low) if m.lastgroup]
        assert [(i, m.span()) for i, m in scan.finditer(low)] == expected, text
        compared += bool(expected)
    assert compared > 2000


@pytest.mark.parametrize("chinese", [True, False], ids=["chinese", "english"])
def test_kind_scan_sorts_every_rule_by_its_first_characters(chinese: bool) -> None:
    scan = kinds.ZH_KIND_SCAN if chinese else kinds.EN_KIND_SCAN
    for _, pattern in _rules(chinese):
        spelt = gates.prefixes(pattern, ascii_start=not chinese)
        assert "" not in spelt, pattern[:60]
        assert {p[0] for p in spelt if not p[0].isspace()} <= scan.start_characters


def test_prefixes_of_a_pattern() -> None:
    assert gates.prefixes("(?:去|到)?宿舍") == frozenset({"去宿", "到宿", "宿舍"})
    assert gates.prefixes("(?<!不)[查看]寝") == frozenset({"查寝", "看寝"})
    # What follows a repeat is not known: the prefix stands for all it starts.
    assert gates.prefixes("查+寝") == frozenset({"查"})
    assert gates.prefixes("a") == frozenset({"a"})  # a one-character match
    assert gates.prefixes("[^a]b") == frozenset({""})  # it can start with anything
    assert gates.prefixes(r"\s*宿舍") >= {"宿舍", " "}
    assert gates.prefixes(r"\w+ball", ascii_start=True) >= set("abc123")


def test_first_characters_of_a_pattern() -> None:
    assert gates.first_characters("(?:去|到)?宿舍") == frozenset("去到宿")
    assert gates.first_characters("(?<!不)[查看]寝") == frozenset("查看")
    assert gates.first_characters("[^a]b") is None  # a negated set starts with anything
    assert gates.first_characters("a*") is None  # it may match nothing
    assert gates.first_characters("(?i)ab") is None
    assert gates.first_characters(r"\w+", ascii_words=True) == frozenset(
        "abcdefghijklmnopqrstuvwxyz0123456789"
    )
    assert gates.first_characters(r"\w+") is None


def test_duty_gate_covers_every_chinese_duty_word() -> None:
    words = [w for ws in duties.DUTY_WORDS.values() for w in ws if re.search(r"[\u4e00-\u9fff]", w)]
    assert _missing(words, duties.DUTY_ZH_FIRST) == []


def test_english_duty_words_start_a_word() -> None:
    words = [w for ws in duties.DUTY_WORDS.values() for w in ws]
    english = [w for w in words if not re.search(r"[\u4e00-\u9fff]", w)]
    assert all(w.startswith(r"\b") for w in english)


def _branches(items: Any) -> list[Any]:
    """The top-level alternatives of a parsed pattern."""
    if len(items) == 1 and items[0][0] is c.BRANCH:
        return list(items[0][1][1])
    if len(items) == 1 and items[0][0] is c.SUBPATTERN:
        return _branches(items[0][1][3])
    return [items]


def _starts_a_word(branch: Any) -> bool:
    """Whether the alternative starts with \\b before a word character, or with a digit."""
    ops = [op for op, _ in branch]
    rest = list(branch)
    if ops and ops[0] is c.AT and branch[0][1] is c.AT_BOUNDARY:
        rest = rest[1:]
    else:
        while rest and rest[0][0] is c.ASSERT_NOT:
            rest = rest[1:]
        first = _first_chars(rest)
        return first is not None and first <= set("0123456789")
    if len(rest) == 1 and rest[0][0] in (c.SUBPATTERN, c.BRANCH):
        return all(_first_chars(b) is not None for b in _branches(rest))
    first = _first_chars(rest)
    return first is not None and all(ch.isalnum() for ch in first)


def test_english_rules_start_a_word() -> None:
    patterns = [r.pattern for r in kinds.RULES if not re.search(r"[\u4e00-\u9fff]", r.pattern)]
    patterns += [
        p for name, p in date_forms._RULES if name.startswith("en_") or name in date_forms._SHARED
    ]
    bad = [
        p[:60] for p in patterns for branch in _branches(sre.parse(p)) if not _starts_a_word(branch)
    ]
    assert bad == []


def test_first_character_gates_cover_their_patterns() -> None:
    gated = [
        (blocking._QUESTION_ZH_RE, blocking.QUESTION_ZH_FIRST),
        (blocking._TODO_HEAD_RE, blocking.TODO_HEAD_FIRST),
        (blocking._BLOCK_BEFORE_RE, blocking.BLOCK_BEFORE_FIRST),
        (blocking._NEG_LATER_RE, blocking.NEG_LATER_FIRST),
        (normalise._SHORTHAND_GATE_RE, normalise.SHORTHAND_FIRST),
        (blocking._MEANT_TO_RE, blocking.MEANT_TO_FIRST),
        (topics.REPEAT_RE, topics.REPEAT_FIRST),
        (details._HOURS_ZH_RE, details.HOURS_FIRST),
        (details._COUNT_ZH_RE, details.COUNT_ZH_FIRST),
        (details._TOPIC_RE, details.TOPIC_FIRST),
        (dates._WEEK_HEADER_RE, dates._WEEK_HEADER_FIRST),
        (dates.PLAN_EN_RE, dates.PLAN_EN_FIRST),
    ]
    for regex, first in gated:
        # The gate itself is a zero-width lookahead: _first_chars reads what is behind it.
        found = _first_chars(sre.parse(regex.pattern))
        assert found is not None, regex.pattern[:60]
        assert sorted(ch for ch in found - set(first) if not ch.isspace()) == []


def test_place_gates_cover_the_place_patterns() -> None:
    # The Chinese places start with LOCATION_FIRST and the English ones with a letter, never
    # both: at one position only one of the two patterns can match.
    letters = set("abcdefghijklmnopqrstuvwxyz")
    for pattern, gate in (
        (details.LOCATION_ZH_PATTERN, set(details.LOCATION_FIRST)),
        (details.LOCATION_EN_PATTERN, letters),
    ):
        found = _first_chars(sre.parse(pattern))
        assert found is not None
        assert sorted(found - gate) == []
    assert not set(details.LOCATION_FIRST) & letters


def _covered(items: Any, gate: re.Pattern[str]) -> bool:
    """Whether every match of the parsed pattern contains something `gate` finds: a run of
    literals, a set of characters or an alternation all of whose branches are covered."""
    run = ""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run and gate.search(run):
            return True
        run = ""
        if op is c.BRANCH and all(_covered(branch, gate) for branch in av[1]):
            return True
        if op is c.SUBPATTERN and _covered(av[3], gate):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] > 0 and _covered(av[2], gate):
            return True
        if op is c.IN and all(inner is c.LITERAL and gate.search(chr(v)) for inner, v in av):
            return True
    return bool(run) and gate.search(run) is not None


def test_negation_after_gate_covers_its_pattern() -> None:
    parsed = sre.parse(blocking._NEG_AFTER_RE.pattern)
    assert _covered(parsed, blocking._NEG_AFTER_GATE_RE)


def test_automatic_gates_find_what_the_bare_patterns_find() -> None:
    gated = [pattern for _, pattern in duties._DUTY_RES]
    gated += [
        regional._CANTONESE_NOTE_RE,
        regional._MINNAN_NOTE_RE,
        regional._WU_NOTE_RE,
        regional._CANTONESE_RE,
        regional._MINNAN_RE,
        regional._HAVE_DONE_RE,
        regional._WU_RE,
    ]
    notes = [json.loads(line)["text"] for line in CORPUS.read_text("utf-8").splitlines()]
    notes += ["佢哋今日去咗宿舍", "伊有去医院", "阿拉今朝开班会", "入学教育 和 军训"]
    lows = [normalise.normalise(text)[1] for text in notes]
    for regex in gated:
        assert regex.pattern.startswith("(?=["), regex.pattern[:40]  # the gate was added
        bare = re.compile(regex.pattern.split("])(?:", 1)[1][:-1], regex.flags)
        assert [bare.search(low) and bare.search(low).span() for low in lows] == [
            regex.search(low) and regex.search(low).span() for low in lows
        ]


def test_an_automatic_gate_skips_a_pattern_that_can_start_anywhere() -> None:
    assert gates.auto_gated("[^a]b").pattern == "[^a]b"
    assert gates.auto_gated("(?<!不)(?:去|到)宿舍").pattern == "(?=[到去])(?:(?<!不)(?:去|到)宿舍)"


def test_dialect_scan_folds_what_one_alternation_folds() -> None:
    # Each entry a named group: a word may stand for two standard words in two contexts.
    entries = sorted(dialects._ALL, key=lambda e: -len(e[0]))  # longer words first, as the fold
    plain = re.compile(
        "|".join(
            f"(?P<e{i}>{before}{re.escape(word)}{after})"
            for i, (word, before, after, _) in enumerate(entries)
        )
    )
    notes = [json.loads(line)["text"] for line in CORPUS.read_text("utf-8").splitlines()]
    notes += [f"{word}去宿舍了" for word, _, _, _ in entries]
    changed = 0
    for text in notes:
        want = plain.sub(lambda m: entries[int(str(m.lastgroup)[1:])][3], text)
        assert dialects._FOLD(text) == want, text
        changed += want != text
    assert changed > 100
