"""How often the parser asks, and how often a note it did not ask about is wrong (issue 17).

Every note falls in one of three groups, by what the advisor meets:
- asked: an activity carries an alternative or a flag, so the bot shows buttons first; of
  these, "unsure" are the notes asked about because the cues conflict (an alternative, an odd
  date or number), the others only confirm a plan (every plan is asked about);
- offered the kinds: nothing was found and the note is neither small talk nor a question
  naming no kind, so the bot says it did not understand (or names the kinds it ruled out)
  and offers the ten kinds as buttons (needless when the note records
  nothing: one tap on "不是工作记录");
- quiet: the bot records what it found (or, for small talk, nothing) without asking. The share
  of these whose (kind, date) multiset differs from the expectation is what an advisor meets
  unwarned: a missed activity among others, a wrong kind or date, a false record.
Reads JSON Lines of notes with their expected activities (the corpus, a blind batch:
`{"id", "now", "text", "expect": [{"kind", "date"}]}`) and prints the groups per file.
Usage: python bench/asking.py FILE.jsonl [FILE.jsonl ...] [--show-wrong]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.parsing import ParseResult, parse_note
from bot.parsing.small_talk import unrecorded


def _asked(result: ParseResult) -> bool:
    return any(a.alternatives or a.flag for a in result.activities)


def _unsure(result: ParseResult) -> bool:
    """Asked because the cues conflict (an alternative, an odd date or number), not only to
    confirm a plan (the "future" flag: a plan is always asked about)."""
    return any(a.alternatives or (a.flag and a.flag != "future") for a in result.activities)


def _right(result: ParseResult, expect: list[dict[str, str]]) -> bool:
    got = Counter((a.kind, a.date.isoformat()) for a in result.activities)
    return got == Counter((e["kind"], e["date"]) for e in expect)


@dataclass
class Tally:
    """One file's notes by what the advisor meets."""

    notes: int = 0
    right: int = 0  # the (kind, date) multiset as expected, asked about or not
    asked: int = 0  # an alternative or a flag: the bot asks before recording
    unsure: int = 0  # … because the cues conflict, not only to confirm a plan
    offered: int = 0  # nothing found and not small talk: the bot offers the kinds as buttons
    offered_needless: int = 0  # … on a note that records nothing (one tap on "不是工作记录")
    quiet: int = 0  # recorded (or left alone) without asking
    quiet_wrong: int = 0  # … and wrong: what an advisor meets unwarned

    def add(self, other: Tally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def line(self, name: str) -> str:
        def pct(n: int, of: int) -> str:
            return f"{100 * n / of:.1f} %" if of else "-"

        return (
            f"{name}: {self.notes} notes, right {self.right} ({pct(self.right, self.notes)}), "
            f"asked about {self.asked} "
            f"({pct(self.asked, self.notes)}; unsure {self.unsure}, {pct(self.unsure, self.notes)}), "
            f"offered the kinds {self.offered} "
            f"({pct(self.offered, self.notes)}; {self.offered_needless} recorded nothing), "
            f"not asked and wrong {self.quiet_wrong} of {self.quiet} "
            f"({pct(self.quiet_wrong, self.quiet)})"
        )


def measure(path: Path, show_wrong: bool) -> Tally:
    """What the advisor meets on each note of one file."""
    tally = Tally()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        result = parse_note(case["text"], datetime.fromisoformat(case["now"]))
        tally.notes += 1
        tally.right += _right(result, case["expect"])
        if _asked(result):
            tally.asked += 1
            tally.unsure += _unsure(result)
        elif (
            not result.activities
            and not result.documents
            and unrecorded(case["text"]).answer == "kinds"
        ):
            tally.offered += 1
            tally.offered_needless += not case["expect"]
        else:
            tally.quiet += 1
            if not _right(result, case["expect"]):
                tally.quiet_wrong += 1
                if show_wrong:
                    got = sorted((a.kind, a.date.isoformat()) for a in result.activities)
                    print(f"  {case['id']}\t{case['text']}\t{got}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show-wrong", action="store_true")
    args = parser.parse_args()
    total = Tally()
    for path in args.files:
        tally = measure(path, args.show_wrong)
        total.add(tally)
        print(tally.line(path.name))
    if len(args.files) > 1:
        print(total.line("all"))


if __name__ == "__main__":
    main()
