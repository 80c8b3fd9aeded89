"""First-character gates for the parser's regular expressions, and the one-scan alternations.

Python's `re` tries every alternative of an alternation at every position of a note, so a
scan with many rules pays for all of them everywhere. Three remedies, from the oldest:
- `gated`: a lookahead of the characters a match can start with, written by hand (a test in
  tests/parsing/test_scan_gates.py checks that it covers the pattern);
- `combined`: many named rules in one regex behind one such gate;
- `FirstCharScan`: the rules sorted by the characters they can start with, worked out from
  the patterns themselves (`first_characters`), so that at each position only the rules that
  can start there are tried, and a new word needs no gate edited by hand; a rule without
  groups is tried there with only its alternatives that can start there
  (`top_level_branches`).
"""

from __future__ import annotations

import re
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Callable, Iterable
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


# How many prefixes a pattern may spell before it is taken to start with anything after its
# first characters (a class of digits after a class of digits, say).
_MAX_PREFIXES = 4000


def _set_characters(av: Any, ascii: bool) -> set[str] | None:
    """The characters a parsed character set matches (None: too many to list); `ascii` takes
    \\w for an ASCII letter or digit, \\d for an ASCII digit and \\s for a space, tab or line
    break."""
    found: set[str] = set()
    for inner, value in av:
        if inner is sre_c.LITERAL:
            found.add(chr(value))
        elif inner is sre_c.CATEGORY and value is sre_c.CATEGORY_WORD and ascii:
            found.update(_ASCII_WORD)
        elif inner is sre_c.CATEGORY and value is sre_c.CATEGORY_DIGIT:
            # Notes are NFKC-folded: the gates written by hand list ASCII digits only.
            found.update("0123456789" if ascii else _DIGITS)
        elif inner is sre_c.CATEGORY and value is sre_c.CATEGORY_SPACE:
            found.update(" \t\n" if ascii else _SPACES)
        elif inner is sre_c.RANGE and value[1] - value[0] < _WIDE_RANGE:
            found.update(chr(x) for x in range(value[0], value[1] + 1))
        else:
            return None
    return found


def _spell(items: Any, partial: set[str], n: int, ascii_start: bool) -> tuple[set[str], set[str]]:
    """The prefixes a match of the parsed `items` can spell after each of `partial`.

    Returns (still short, decided): a decided prefix is either `n` characters long or shorter,
    when what follows it is not known (it then stands for every prefix it starts).
    `ascii_start`: a match starts with an ASCII letter or digit (a \\w, \\d or \\s there is
    read as ASCII, see `_set_characters`)."""
    decided: set[str] = set()
    for op, av in items:
        if not partial:
            break
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue  # zero-width
        if op is sre_c.BRANCH:
            spelt: set[str] = set()
            for branch in av[1]:
                short, done = _spell(branch, partial, n, ascii_start)
                spelt |= short
                decided |= done
            partial = spelt
            continue
        if op is sre_c.SUBPATTERN:
            partial, done = _spell(av[3], partial, n, ascii_start)
            decided |= done
            continue
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            low, high, inner = av
            once, done = _spell(inner, partial, n, ascii_start)
            decided |= done
            if high != 1:  # a second time round or more: what it spells next is not known
                decided |= once
                once = set()
            partial = (partial | once) if low == 0 else once
            continue
        if op is sre_c.LITERAL:
            chars: set[str] | None = {chr(av)}
        elif op is sre_c.IN:
            chars = _set_characters(av, ascii_start and partial == {""})
        else:
            chars = None
        if chars is None or len(partial) > 1 and len(partial) * len(chars) > _MAX_PREFIXES:
            return set(), decided | partial
        longer = {p + ch for p in partial for ch in chars}
        decided |= {p for p in longer if len(p) >= n}
        partial = {p for p in longer if len(p) < n}
    return partial, decided


def prefixes(pattern: str, n: int = 2, ascii_start: bool = False) -> frozenset[str]:
    """The first `n` characters a match of `pattern` can start with: each prefix is `n`
    characters long, or shorter where what follows is not known (then it stands for all the
    prefixes it starts; "" for a pattern that can start with anything). `ascii_start`: only
    matches starting with an ASCII letter or digit are asked about."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return frozenset({""})
    short, decided = _spell(parsed, {""}, n, ascii_start)
    return frozenset(short | decided)


def first_characters(pattern: str, ascii_words: bool = False) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, or None when that is not known
    (a negated set, a back-reference, a case-insensitive pattern, an empty match).
    `ascii_words` reads the pattern as the hand-written gates do (tests/parsing/
    test_scan_gates.py): a leading \\w as an ASCII letter or digit, as an English rule over a
    lower-cased note means it (a Chinese character there starts no English word), \\d as an
    ASCII digit and \\s as a space, tab or line break. Without it the answer is exact, as a
    gate built from it must be."""
    first = prefixes(pattern, 1, ascii_words)
    return None if "" in first else first


class FirstCharScan:
    """Rules in priority order, found in a note the way one alternation of them would find
    them (leftmost first, the first rule that matches at a position wins, no overlaps), but
    trying at each position only the rules that can start with its first two characters.

    A position whose character starts no rule costs one set test inside the regex engine;
    one that starts some costs a match per rule that can start there: one or two on average
    for the kinds instead of all eighty Chinese or sixty English ones. The rules a pair of
    characters starts are worked out from the patterns (`prefixes`) the first time the pair
    is met. Whitespace never starts a match (a rule opening with `\\s*` starts at the word
    after it), as behind the hand-written gates before; `start`, a regex of one character,
    says which positions may (for English rules, "(?<![a-z0-9])[a-z0-9]": a word's start), and
    `ascii_start` that those all hold an ASCII letter or digit (a \\w there is one)."""

    _KEY = 2  # characters of a position that choose its rules
    _CACHE_MAX = 50_000  # pairs remembered (a long-running bot meets ever new ones)

    def __init__(
        self, rules: Iterable[tuple[int, str]], start: str | None = None, ascii_start: bool = False
    ) -> None:
        self._patterns: list[tuple[int, re.Pattern[str], frozenset[str]]] = []
        # Per rule, its top-level alternatives with what each can start with (None: the rule
        # is tried whole, see `_narrowed`).
        self._branches: dict[int, list[tuple[str, frozenset[str]]]] = {}
        self._narrow: dict[tuple[int, tuple[int, ...]], re.Pattern[str]] = {}
        first: set[str] = set()
        for index, pattern in rules:
            spelt = prefixes(pattern, self._KEY, ascii_start)
            if "" in spelt:
                raise ValueError(f"rule {index} can start with any character: {pattern[:60]}")
            compiled = re.compile(pattern)
            self._patterns.append((index, compiled, spelt))
            first.update(p[0] for p in spelt if not p[0].isspace())
            branches = top_level_branches(pattern)
            if compiled.groups == 0 and len(branches) > 1:
                self._branches[index] = [(b, prefixes(b, self._KEY, ascii_start)) for b in branches]
        self.start_characters = frozenset(first)
        self._starts = re.compile(start or "[" + "".join(map(re.escape, sorted(first))) + "]")
        self._by_key: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}

    @classmethod
    def _starts_with(cls, key: str, spelt: frozenset[str]) -> bool:
        """Whether a match spelling one of `spelt` can start with `key` (shorter than a pair
        at the note's end)."""
        return (
            key in spelt
            or any(key[:k] in spelt for k in range(1, len(key)))
            or (len(key) < cls._KEY and any(p.startswith(key) for p in spelt))
        )

    def _narrowed(self, index: int, compiled: re.Pattern[str], key: str) -> re.Pattern[str]:
        """Rule `index` with only the top-level alternatives that can start with `key`, in
        their order: at a position the engine would enter every alternative that opens with a
        group or a lookbehind, most of which cannot match there. The first alternative that
        matches wins either way, so the match is the same (a rule with groups is kept whole:
        their numbers would change)."""
        branches = self._branches.get(index)
        if branches is None:
            return compiled
        kept = tuple(i for i, (_, spelt) in enumerate(branches) if self._starts_with(key, spelt))
        if len(kept) == len(branches):
            return compiled
        narrowed = self._narrow.get((index, kept))
        if narrowed is None:
            narrowed = re.compile("|".join(branches[i][0] for i in kept), compiled.flags)
            self._narrow[(index, kept)] = narrowed
        return narrowed

    def _rules_at(self, key: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """The rules that can start with `key` (shorter than the pair at the note's end), each
        narrowed to its alternatives that can (`_narrowed`)."""
        if len(self._by_key) >= self._CACHE_MAX:
            self._by_key.clear()
        found = tuple(
            (index, self._narrowed(index, compiled, key))
            for index, compiled, spelt in self._patterns
            if self._starts_with(key, spelt)
        )
        self._by_key[key] = found
        return found

    def finditer(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(rule index, match) for each rule found in `text`, left to right."""
        found: list[tuple[int, re.Match[str]]] = []
        taken = 0  # matches do not overlap: a position inside the last one starts nothing
        by_key = self._by_key
        for start in self._starts.finditer(text):
            pos = start.start()
            if pos < taken:
                continue
            key = text[pos : pos + 2]
            rules = by_key.get(key)
            if rules is None:
                rules = self._rules_at(key)
            for index, rule in rules:
                hit = rule.match(text, pos)
                if hit is not None:
                    found.append((index, hit))
                    taken = max(hit.end(), pos + 1)
                    break
        return found

    def sub(self, replace: Callable[[int, re.Match[str]], str], text: str) -> str:
        """`text` with each rule found replaced by `replace(rule index, match)`."""
        hits = self.finditer(text)
        if not hits:
            return text
        out: list[str] = []
        at = 0
        for index, m in hits:
            out.append(text[at : m.start()])
            out.append(replace(index, m))
            at = m.end()
        out.append(text[at:])
        return "".join(out)


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of `pattern`'s outermost alternation, as written ("a|b(?:c|d)|[|]" is
    "a", "b(?:c|d)", "[|]"); a pattern with none is one alternative."""
    branches: list[str] = []
    depth = 0
    in_set = False
    at = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_set:
            if ch == "]":
                in_set = False
        elif ch == "[":
            in_set = True
            # A "]" (or "^]") right after the opening bracket is a member, not the end.
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[at:i])
            at = i + 1
        i += 1
    branches.append(pattern[at:])
    return branches


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


_Node = dict[str, "_Node"]


def trie(words: list[str]) -> str:
    """One regex of `words` as a trie: at each position the engine follows one branch."""
    tree: _Node = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: _Node) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(tree)
