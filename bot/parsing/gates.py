"""First-character gates for the parser's regular expressions."""

from __future__ import annotations

import re


def gated(first: str, pattern: str) -> re.Pattern[str]:
    """`pattern` behind a lookahead of every character a match can start with: the engine
    then rejects most positions with one set test instead of trying each alternative there.
    tests/parsing/test_scan_gates.py checks that `first` covers the pattern."""
    return re.compile(f"(?=[{first}])(?:{pattern})")
