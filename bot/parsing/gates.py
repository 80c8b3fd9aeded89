"""First-character gates for the parser's regular expressions, and the one-scan alternations.

Python's `re` tries every alternative of an alternation at every position of a note, so a
scan with many rules pays for all of them everywhere. Three remedies, from the oldest:
- `gated`: a lookahead of the characters a match can start with, written by hand (a test in
  tests/parsing/test_scan_gates.py checks that it covers the pattern);
- `combined`: many named rules in one regex behind one such gate;
- `FirstCharScan`: the rules sorted by the characters they can start with, worked out from
  the patterns themselves (`first_characters`), so that at each position only the rules that
  can start there are tried, and a new word needs no gate edited by hand.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable, Sequence
from typing import Any

# (re._parser and re._constants: no public API reads a parsed pattern; they are how `re`
# itself compiles one, in every Python from 3.11.)

# A character class this wide (all of CJK, say) starts too much to sort the rules by.
_WIDE_RANGE = 3000
_ASCII_WORD = "abcdefghijklmnopqrstuvwxyz0123456789"
# What \\d and \\s match in a str pattern: every decimal digit and every space of Unicode
# (all below U+10000 and U+3001; a note is NFKC-folded, but a gate must not be wrong).
_DIGITS = "".join(chr(x) for x in range(0x10000) if chr(x).isdecimal())
_SPACES = "".join(chr(x) for x in range(0x3001) if chr(x).isspace())


def _first(items: Any, ascii_words: bool) -> set[str] | None:
    """The characters a match of the parsed `items` can start with (None: any, or unknown)."""
    out: set[str] = set()
    for op, av in items:
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue  # zero-width: the next item decides
        if op is sre_c.LITERAL:
            return out | {chr(av)}
        if op is sre_c.IN:
            for inner, value in av:
                if inner is sre_c.LITERAL:
                    out.add(chr(value))
                elif inner is sre_c.CATEGORY and value is sre_c.CATEGORY_DIGIT:
                    # Notes are NFKC-folded: the gates written by hand list ASCII digits only.
                    out.update("0123456789" if ascii_words else _DIGITS)
                elif inner is sre_c.CATEGORY and value is sre_c.CATEGORY_WORD and ascii_words:
                    out.update(_ASCII_WORD)
                elif inner is sre_c.CATEGORY and value is sre_c.CATEGORY_SPACE:
                    out.update(" \t\n" if ascii_words else _SPACES)
                elif inner is sre_c.RANGE and value[1] - value[0] < _WIDE_RANGE:
                    out.update(chr(x) for x in range(value[0], value[1] + 1))
                else:
                    return None
            return out
        if op is sre_c.BRANCH:
            for branch in av[1]:
                found = _first(branch, ascii_words)
                if found is None:
                    return None
                out |= found
            return out
        if op is sre_c.SUBPATTERN:
            found = _first(av[3], ascii_words)
            return None if found is None else out | found
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            found = _first(av[2], ascii_words)
            if found is None:
                return None
            out |= found
            if av[0] > 0:
                return out
            continue
        return None
    return None  # the pattern can match the empty string


def first_characters(pattern: str, ascii_words: bool = False) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, or None when that is not known
    (a negated set, a back-reference, a case-insensitive pattern, an empty match).
    `ascii_words` reads the pattern as the hand-written gates do (tests/parsing/
    test_scan_gates.py): a leading \\w as an ASCII letter or digit, as an English rule over a
    lower-cased note means it (a Chinese character there starts no English word), \\d as an
    ASCII digit and \\s as a space, tab or line break. Without it the answer is exact, as a
    gate built from it must be."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _first(parsed, ascii_words)
    return None if found is None else frozenset(found)


class FirstCharScan:
    """Rules in priority order, found in a note the way one alternation of them would find
    them (leftmost first, the first rule that matches at a position wins, no overlaps), but
    trying at each position only the rules that can start with its character.

    A position whose character starts no rule costs one set test inside the regex engine;
    one that starts some costs a match per rule that can start there, three on average for
    the kinds instead of all eighty. Whitespace is never a start (a rule opening with `\\s*`
    starts at the word after it), as behind the hand-written gates before."""

    def __init__(self, rules: Iterable[tuple[int, str]]) -> None:
        by_char: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        for index, pattern in rules:
            first = first_characters(pattern)
            if first is None:
                raise ValueError(f"rule {index} can start with any character: {pattern[:60]}")
            compiled = re.compile(pattern)
            for ch in first:
                if not ch.isspace():
                    by_char.setdefault(ch, []).append((index, compiled))
        self._rules: dict[str, Sequence[tuple[int, re.Pattern[str]]]] = {
            ch: tuple(found) for ch, found in by_char.items()
        }
        self._starts = re.compile("[" + "".join(map(re.escape, sorted(by_char))) + "]")

    @property
    def start_characters(self) -> frozenset[str]:
        return frozenset(self._rules)

    def finditer(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(rule index, match) for each rule found in `text`, left to right."""
        found: list[tuple[int, re.Match[str]]] = []
        taken = 0  # matches do not overlap: a position inside the last one starts nothing
        rules = self._rules
        for start in self._starts.finditer(text):
            pos = start.start()
            if pos < taken:
                continue
            for index, rule in rules[text[pos]]:
                hit = rule.match(text, pos)
                if hit is not None:
                    found.append((index, hit))
                    taken = max(hit.end(), pos + 1)
                    break
        return found


def auto_gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` behind a lookahead of the characters it can start with, worked out from the
    pattern (`first_characters`): for an alternation of words behind lookbehinds, which the
    engine would otherwise try word by word at every position of the note (a third to a
    sixth of the cost). A pattern that can start with anything is compiled as it is."""
    first = None if flags & re.IGNORECASE else first_characters(pattern)
    if first is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(map(re.escape, sorted(first)))}])(?:{pattern})", flags)


def gated(first: str, pattern: str) -> re.Pattern[str]:
    """`pattern` behind a lookahead of every character a match can start with: the engine
    then rejects most positions with one set test instead of trying each alternative there.
    tests/parsing/test_scan_gates.py checks that `first` covers the pattern."""
    return re.compile(f"(?=[{first}])(?:{pattern})")


def combined(gate: str, alternatives: Iterable[tuple[str, str]]) -> re.Pattern[str]:
    """One regex trying the named `alternatives` in order behind `gate`; a match's
    `lastgroup` names the alternative that matched.

    Each alternative ends in an empty group of its name instead of being wrapped in one:
    a branch that opens with a group makes the engine enter it at every position, while one
    that opens with a character or a set is skipped after one test (a fifth of the scan)."""
    branches = "|".join(f"(?:{pattern})(?P<{name}>)" for name, pattern in alternatives)
    return re.compile(f"{gate}(?:{branches})")
