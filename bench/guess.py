"""How far down the offered kinds an advisor finds the right one, fixed order against the guess.

The bot offers kinds as buttons where the rules fall short (issue 17): every kind for a note
they found nothing in ("记为…"), the other kinds to change a record to ("改类型"), and the kinds
not yet recorded that day to add one ("补记一项"). `bot.parsing.guess` orders them likeliest
first. Two measures:

- **Leave one batch out** (`--corpus`): for each blind batch of the corpus (ids r…, q…, h…),
  train on every other line and rank that batch's notes' kinds; the notes come from an author
  the model has not read. Reports the guess's first choice right, a right one in the first
  row (two buttons) and in the first three, and the mean position of the first right kind,
  against the fixed order the bot used before (the form's order).
- **Held-out files** (paths): what an advisor meets on notes the parser got wrong. Each
  wrong note is scored on the question that fixes it: nothing found (the record-as kinds),
  an activity missed (the add-one kinds, those not recorded that day), a kind wrong (the
  change-kind kinds). The model here is the shipped one, trained on the whole corpus.
- **The suggestion** ("＋联系家长？" under a one-day reply, `guess.missed_kind`): how often it
  shows, and on held-out files how often it names an activity the parser did miss, against how
  many notes missed one. On the corpus (leave one batch out) every showing is needless, the
  corpus being right.

Usage: python bench/guess.py [--corpus] [FILE.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.blind import classify
from bot.handlers.recording import RECORD_AS_KINDS
from bot.parsing import KINDS, parse_note
from bot.parsing.guess import Guesser, corpus_notes, likely_first, shipped, train
from bot.parsing.pipeline import kinds_named

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "parse_corpus.jsonl"
_BATCH_RE = re.compile(r"^((?:r\d+[a-z]|q\d+|h[a-z]+\d+))-")


class Ranks:
    """Positions (1-based) of the first right kind among the offered ones."""

    def __init__(self) -> None:
        self.guessed: list[int] = []
        self.fixed: list[int] = []

    def add(self, right: set[str], fixed: list[str], guessed: list[str]) -> None:
        self.fixed.append(min(fixed.index(k) for k in right) + 1)
        self.guessed.append(min(guessed.index(k) for k in right) + 1)

    def line(self, name: str) -> str:
        n = len(self.guessed)
        if not n:
            return f"{name}: no notes"

        def share(ranks: list[int], within: int) -> str:
            return f"{100 * sum(r <= within for r in ranks) / n:.0f} %"

        return (
            f"{name}: {n} notes; first choice right {share(self.guessed, 1)} "
            f"(fixed order {share(self.fixed, 1)}), in the first row {share(self.guessed, 2)} "
            f"({share(self.fixed, 2)}), in the first three {share(self.guessed, 3)} "
            f"({share(self.fixed, 3)}); mean position {sum(self.guessed) / n:.2f} "
            f"({sum(self.fixed) / n:.2f})"
        )


@dataclass
class Suggestions:
    """The one-tap suggestion under one-day replies."""

    notes: int = 0  # recorded on one day: where the suggestion may show
    missing: int = 0  # … with an activity of that day missed
    shown: int = 0
    right: int = 0  # … naming a missed activity

    def add(
        self,
        guesser: Guesser,
        text: str,
        got: Counter[tuple[str, str]],
        expected: Counter[tuple[str, str]],
    ) -> None:
        days = {d for _, d in got}
        if len(days) != 1:
            return
        self.notes += 1
        missing = {k for k, d in expected - got if d in days}
        self.missing += bool(missing)
        # As the bot asks it (`guess.missed_kind`): not a kind the rules read and ruled out.
        kind = guesser.missed(text, {k for k, _ in got} | set(kinds_named(text)))
        if kind is not None:
            self.shown += 1
            self.right += kind in missing

    def line(self, name: str) -> str:
        share = f"{100 * self.shown / self.notes:.1f} %" if self.notes else "-"
        return (
            f"{name}: {self.notes} one-day replies, {self.missing} with an activity missed; "
            f"suggestion shown {self.shown} ({share}), naming a missed one {self.right}"
        )


def leave_one_batch_out() -> tuple[Ranks, Suggestions]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    batches: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        match = _BATCH_RE.match(json.loads(line)["id"])
        batches[match.group(1) if match else ""].append(line)
    ranks = Ranks()
    suggestions = Suggestions()
    for batch, own in batches.items():
        if not batch:
            continue
        rest = [line for other, kept in batches.items() if other != batch for line in kept]
        guesser = Guesser(train(corpus_notes(rest)))
        for text, kinds in corpus_notes(own):
            ranks.add(set(kinds), list(RECORD_AS_KINDS), guesser.order(text, RECORD_AS_KINDS))
        for line in own:
            case = json.loads(line)
            got, expected = _outcome(case)
            suggestions.add(guesser, case["text"], got, expected)
    return ranks, suggestions


def _outcome(case: dict[str, Any]) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """(what the parser records, what the author expected) as (kind, date) multisets."""
    result = parse_note(case["text"], datetime.fromisoformat(case["now"]))
    got = Counter((a.kind, a.date.isoformat()) for a in result.activities)
    return got, Counter((e["kind"], e["date"]) for e in case["expect"])


def held_out(path: Path, by_class: dict[str, Ranks], suggestions: Suggestions) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case: dict[str, Any] = json.loads(line)
        got, expected = _outcome(case)
        wrong = classify(got, expected)
        text = case["text"]
        suggestions.add(shipped(), text, got, expected)
        if wrong == "nothing found":
            right = {k for k, _ in expected}
            offered = list(RECORD_AS_KINDS)
        elif wrong == "missed":
            missing = expected - got
            day = next(iter(missing))[1]
            recorded = {k for k, d in got if d == day}
            right = {k for k, d in missing if d == day}
            offered = [k for k in KINDS if k not in recorded]
        elif wrong == "kind wrong":
            right = {k for k, _ in expected - got}
            offered = [k for k in KINDS if k not in {k for k, _ in got - expected}]
        else:
            continue
        by_class[wrong].add(right, offered, likely_first(text, offered))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--corpus", action="store_true", help="leave one blind batch out")
    args = parser.parse_args()
    if args.corpus:
        ranks, suggestions = leave_one_batch_out()
        print(ranks.line("corpus, leave one batch out"))
        print(suggestions.line("corpus, leave one batch out"))
    if args.files:
        by_class: dict[str, Ranks] = defaultdict(Ranks)
        held = Suggestions()
        for path in args.files:
            held_out(path, by_class, held)
        for wrong in ("nothing found", "missed", "kind wrong"):
            print(by_class[wrong].line(f"held out, {wrong}"))
        print(held.line("held out"))


if __name__ == "__main__":
    main()
