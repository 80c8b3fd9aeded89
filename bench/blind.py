"""Score blind batches: first-pass accuracy and what went wrong, note by note (issue 17).

A note is right when the (kind, date) multiset it yields equals the author's, as
`shared/tools/score_parse.py` counts it; unlike that tool this one calls the parser in
process, so texts with line breaks (a tracker's several lines) are scored too. Each wrong note
falls in one class, the first that fits:
- nothing found: the author expected work, the parser found none (the bot offers the kinds);
- false record: the author expected nothing, the parser recorded something;
- missed: the parser found part of the expected work and nothing else;
- extra: the parser found all of it and more;
- kind wrong: the dates are right and a kind is not;
- date wrong: the kinds are right and a date is not;
- mixed: anything else.
Counts are checked on right notes where the author gave one ("count taken from a name" is a
count the author did not expect).
Usage: python bench/blind.py BATCH.jsonl [BATCH.jsonl ...] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.parsing import ParsedActivity, parse_note

CLASSES = (
    "nothing found",
    "false record",
    "missed",
    "extra",
    "kind wrong",
    "date wrong",
    "mixed",
)


def classify(got: Counter[tuple[str, str]], expected: Counter[tuple[str, str]]) -> str | None:
    """The class of a wrong note, or None when it is right."""
    if got == expected:
        return None
    if not got:
        return "nothing found"
    if not expected:
        return "false record"
    if not got - expected:
        return "missed"
    if not expected - got:
        return "extra"
    if Counter(d for _, d in got.elements()) == Counter(d for _, d in expected.elements()):
        return "kind wrong"
    if Counter(k for k, _ in got.elements()) == Counter(k for k, _ in expected.elements()):
        return "date wrong"
    return "mixed"


def _counts_wrong(activities: tuple[ParsedActivity, ...], expect: list[dict[str, Any]]) -> int:
    by_key = {(a.kind, a.date.isoformat()): a for a in activities}
    return sum(
        1
        for e in expect
        if "count" in e and by_key[(e["kind"], e["date"])].count != int(e["count"])
    )


def score(path: Path, show: bool) -> tuple[int, int, Counter[str], int]:
    """(notes, right, wrong notes by class, wrong counts on right notes) of one batch."""
    notes = right = counts_wrong = 0
    classes: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        result = parse_note(case["text"], datetime.fromisoformat(case["now"]))
        got = Counter((a.kind, a.date.isoformat()) for a in result.activities)
        expected = Counter((e["kind"], e["date"]) for e in case["expect"])
        notes += 1
        wrong = classify(got, expected)
        if wrong is None:
            right += 1
            counts_wrong += _counts_wrong(result.activities, case["expect"])
            continue
        classes[wrong] += 1
        if show:
            text = case["text"].replace("\n", " / ")
            print(
                f"  {case['id']}\t{wrong}\t{text}\n\t\texpected {sorted(expected)}\n"
                f"\t\tgot      {sorted(got)}"
            )
    return notes, right, classes, counts_wrong


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="print every wrong note")
    args = parser.parse_args()
    total_notes = total_right = total_counts = 0
    total: Counter[str] = Counter()
    for path in args.files:
        notes, right, classes, counts_wrong = score(path, args.show)
        total_notes, total_right = total_notes + notes, total_right + right
        total += classes
        total_counts += counts_wrong
        print(_line(path.name, notes, right, classes, counts_wrong))
    if len(args.files) > 1:
        print(_line("all", total_notes, total_right, total, total_counts))


def _line(name: str, notes: int, right: int, classes: Counter[str], counts_wrong: int) -> str:
    wrong = ", ".join(f"{c} {classes[c]}" for c in CLASSES if classes[c])
    return (
        f"{name}: {right}/{notes} right ({100 * right / max(notes, 1):.1f} %)"
        f"{'; ' + wrong if wrong else ''}; counts wrong on right notes: {counts_wrong}"
    )


if __name__ == "__main__":
    main()
