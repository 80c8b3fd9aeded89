"""First-character gates for the parser's regular expressions, and the one-scan alternations."""

from __future__ import annotations

import re
from collections.abc import Iterable


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
