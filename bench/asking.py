"""How often the parser asks, and how often a note it did not ask about is wrong (issue 17).

"Asks" means an activity of the note carries an alternative or a flag, so the bot shows
buttons before recording. Reads JSON Lines of notes with their expected activities (the
corpus, a blind batch: `{"id", "now", "text", "expect": [{"kind", "date"}]}`) and prints,
per file: notes, notes asked about, and among the others the share whose (kind, date)
multiset differs from the expectation. The last figure is what an advisor meets unwarned.
Usage: python bench/asking.py FILE.jsonl [FILE.jsonl ...] [--show-wrong]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.parsing import ParseResult, parse_note


def _asked(result: ParseResult) -> bool:
    return any(a.alternatives or a.flag for a in result.activities)


def _right(result: ParseResult, expect: list[dict[str, str]]) -> bool:
    got = Counter((a.kind, a.date.isoformat()) for a in result.activities)
    return got == Counter((e["kind"], e["date"]) for e in expect)


def measure(path: Path, show_wrong: bool) -> tuple[int, int, int, int]:
    """(notes, asked, not asked, not asked and wrong) of one file."""
    notes = asked = wrong = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        result = parse_note(case["text"], datetime.fromisoformat(case["now"]))
        notes += 1
        if _asked(result):
            asked += 1
        elif not _right(result, case["expect"]):
            wrong += 1
            if show_wrong:
                got = sorted((a.kind, a.date.isoformat()) for a in result.activities)
                print(f"  {case['id']}\t{case['text']}\t{got}")
    return notes, asked, notes - asked, wrong


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show-wrong", action="store_true")
    args = parser.parse_args()
    totals = [0, 0, 0, 0]
    for path in args.files:
        notes, asked, quiet, wrong = measure(path, args.show_wrong)
        totals = [t + v for t, v in zip(totals, (notes, asked, quiet, wrong), strict=True)]
        print(_line(path.name, notes, asked, quiet, wrong))
    if len(args.files) > 1:
        print(_line("all", *totals))


def _line(name: str, notes: int, asked: int, quiet: int, wrong: int) -> str:
    share = f"{100 * wrong / quiet:.1f} %" if quiet else "-"
    return (
        f"{name}: {notes} notes, asked about {asked} ({100 * asked / max(notes, 1):.1f} %), "
        f"not asked and wrong {wrong} of {quiet} ({share})"
    )


if __name__ == "__main__":
    main()
