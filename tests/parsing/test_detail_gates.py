"""The shortcuts in details.py decide exactly what the regexes they replace or guard decide."""

from __future__ import annotations

import itertools
import json
import random
import re
import re._constants as c
import re._parser as sre
from pathlib import Path
from typing import Any

from bot.parsing import details
from bot.parsing.pipeline import normalise

_CORPUS = Path(__file__).resolve().parents[1] / "data" / "parse_corpus.jsonl"

# The gates as they were written before they became substring tests.
_TIME_GATE_RE = re.compile(r"点|\d[:：]\d|\d\s*[ap]\.?m")
_HOURS_GATE_RE = re.compile(
    r"小时|钟头|学时|分钟|刻钟|\d\s*-?\s*(?:h|min|stunde)|hour|\d[:：]\d|点"
)
_PLACE_GATE_RE = re.compile(
    r"[\d号栋幢馆厅室场堂在县区苑园教院习观研察#]|library|gym|hall|(?:east|west|south|north)(?:ern)?\s"
)

_PIECES = [
    *"点小时钟头学分刻号栋幢馆厅室场堂在县区苑园教院习观研察#0123456789٣ -.:：apmhx\t",
    *("hour", "min", "a.m", "library", "gym", "hall", "east", "west", "south", "north", "ern"),
    *("小时", "刻钟"),
]


def _texts() -> list[str]:
    lines = _CORPUS.read_text(encoding="utf-8").splitlines()
    texts = [normalise(json.loads(line)["text"])[1] for line in lines]
    rng = random.Random(7)
    texts += ["".join(rng.choices(_PIECES, k=rng.randint(0, 8))) for _ in range(20000)]
    return texts


def test_clock_duration_and_place_gates_match_their_regexes() -> None:
    for text in _texts():
        assert details._may_state_time(text) == bool(_TIME_GATE_RE.search(text)), text
        assert details._may_state_hours(text) == bool(_HOURS_GATE_RE.search(text)), text
        assert details._may_name_place(text) == bool(_PLACE_GATE_RE.search(text)), text


def _words(pattern: str) -> list[str]:
    """The alternatives of a pattern of plain words; whitespace (\\s) reads as a space."""
    words = []
    for branch in sre.parse(pattern)[0][1][1]:
        word = ""
        for op, av in branch:
            if op is c.LITERAL:
                word += chr(av)
            else:
                assert op is c.IN and av == [(c.CATEGORY, c.CATEGORY_SPACE)], pattern
                word += " "
        words.append(word)
    return words


def _atom(op: Any, av: Any) -> str | None:
    """The characters a one-character item can match, whitespace as a space (None: many)."""
    if op is c.LITERAL:
        return chr(av)
    if op is c.IN and av == [(c.CATEGORY, c.CATEGORY_SPACE)]:
        return " "
    if op is c.IN and all(inner is c.LITERAL for inner, _ in av):
        return "".join(chr(value) for _, value in av)
    return None


def _has_word(items: Any, words: list[str]) -> bool:
    """Whether every match of the parsed pattern contains one of `words`."""
    run: list[str] = []  # the characters of the run of items matched one after another

    def run_has_word() -> bool:
        return all(any(w in "".join(chars) for w in words) for chars in itertools.product(*run))

    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the run goes on
        atom = _atom(op, av)
        if atom is None and op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            atom = _atom(*av[2][0]) if len(av[2]) == 1 else None
            if atom is not None:
                run.append(atom)
                if run_has_word():
                    return True
                run = [atom] if av[1] > 1 else run
                continue
        if atom is not None:
            run.append(atom)
            if run_has_word():
                return True
            continue
        if op is c.SUBPATTERN and _has_word(av[3], words):
            return True
        if op is c.BRANCH and all(_has_word(branch, words) for branch in av[1]):
            return True
        run = []
    return False


def test_every_topic_contains_a_topic_word() -> None:
    words = _words(details._TOPIC_WORD_RE.pattern)
    assert "," not in "".join(words)  # blanked dates (commas) make no word
    parsed = sre.parse(details._TOPIC_RE.pattern)
    alternatives = next(av[1] for op, av in parsed if op is c.BRANCH)  # behind the gate
    missing = [i for i, branch in enumerate(alternatives) if not _has_word(branch, words)]
    assert missing == []


def test_topic_word_check_on_the_corpus() -> None:
    for text in _texts():
        assert details.may_state_topic(text) or details.extract_topic(text) is None, text


def _chars(op: Any, av: Any) -> str | None:
    """The characters a one-character item can match, ranges included (None: many)."""
    if op is c.IN and all(inner in (c.LITERAL, c.RANGE) for inner, _ in av):
        ranges = [(v, v) if inner is c.LITERAL else v for inner, v in av]
        return "".join(chr(x) for lo, hi in ranges for x in range(lo, hi + 1))
    return _atom(op, av)


def _needs_char(items: Any, ok: Any) -> bool:
    """Whether every match of the parsed pattern has a character for which `ok` holds."""
    for op, av in items:
        atom = _chars(op, av)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1:
            atom = _chars(*av[2][0])
        if atom is not None and all(ok(ch) for ch in atom):
            return True
        if op is c.SUBPATTERN and _needs_char(av[3], ok):
            return True
        if op is c.BRANCH and all(_needs_char(branch, ok) for branch in av[1]):
            return True
    return False


def _chinese(ch: str) -> bool:
    return details._CJK_RE.fullmatch(ch) is not None


def test_counts_need_their_script() -> None:
    def latin(ch: str) -> bool:
        return details._LATIN_RE.fullmatch(ch) is not None

    assert _needs_char(sre.parse(details._COUNT_ZH_RE.pattern), _chinese)
    assert _needs_char(sre.parse(details._COUNT_EN_RE.pattern), latin)
    assert _needs_char(sre.parse(details._EN_NAME_LIST_RE.pattern), latin)
    # The check can fail: a digit is neither.
    assert not _needs_char(sre.parse(r"\d+|家长"), _chinese)


def _example(items: Any, rng: random.Random) -> str:
    """A string built along the parsed pattern (lookarounds ignored), often one it matches."""
    out = []
    for op, av in items:
        if op is c.LITERAL:
            out.append(chr(av))
        elif op is c.NOT_LITERAL:
            out.append("x" if av != ord("x") else "y")
        elif op is c.IN:
            chars = []
            for inner, value in av:
                if inner is c.LITERAL:
                    chars.append(chr(value))
                elif inner is c.RANGE:
                    chars += [chr(value[0]), chr(value[1])]
                elif inner is c.CATEGORY:
                    chars += {c.CATEGORY_DIGIT: "07", c.CATEGORY_SPACE: " ", c.CATEGORY_WORD: "a"}[
                        value
                    ]
            if av and av[0][0] is c.NEGATE:
                chars = [ch for ch in "x,7 学" if not re.fullmatch(f"[{chars}]", ch)] or ["x"]
            out.append(rng.choice(chars))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            out += [_example(sub, rng) for _ in range(rng.randint(low, min(high, low + 3)))]
        elif op is c.BRANCH:
            out.append(_example(rng.choice(av[1]), rng))
        elif op in (c.SUBPATTERN, c.ATOMIC_GROUP):
            out.append(_example(av[3] if op is c.SUBPATTERN else av, rng))
        elif op is c.ANY:
            out.append("x")
        elif op is c.ASSERT:  # what a lookbehind or lookahead wants is written in place
            out.append(_example(av[1], rng))
    return "".join(out)


def _check_anchor(regex: re.Pattern[str], anchor: re.Pattern[str]) -> None:
    """Text that `regex` matches has a match of `anchor`, on examples of every alternative."""
    rng = random.Random(11)
    parsed = sre.parse(regex.pattern)
    alternatives = next(av[1] for op, av in parsed if op is c.BRANCH)
    matched = 0
    for alternative in alternatives:
        for _ in range(400):
            text = _example(alternative, rng)
            if regex.search(text):
                matched += 1
                assert anchor.search(text), text
    assert matched > 200 * len(alternatives)  # the examples do match


def test_every_chinese_place_has_an_anchor() -> None:
    _check_anchor(details._LOCATION_ZH_RE, details._LOCATION_ZH_ANCHOR_RE)


def test_every_named_place_has_an_anchor() -> None:
    _check_anchor(details._NAMED_PLACE_RE, details._NAMED_PLACE_ANCHOR_RE)


def test_duration_patterns_need_their_words() -> None:
    for regex, words in (
        (details._HOURS_EN_RE, ["hour"]),
        (details._MINUTES_ZH_RE, ["分钟", "min"]),
        (details._CLOCK_RANGE_RE, ["点", ":", "："]),
    ):
        assert _has_word(sre.parse(regex.pattern), words), regex.pattern[:40]
    assert not _has_word(sre.parse(details._CLOCK_RANGE_RE.pattern), ["点", ":"])
