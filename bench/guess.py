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

Usage: python bench/guess.py [--corpus] [FILE.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.blind import classify
from bot.handlers.recording import RECORD_AS_KINDS
from bot.parsing import KINDS, parse_note
from bot.parsing.guess import Guesser, corpus_notes, likely_first, train

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


def leave_one_batch_out() -> Ranks:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    batches: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        match = _BATCH_RE.match(json.loads(line)["id"])
        batches[match.group(1) if match else ""].append(line)
    ranks = Ranks()
    for batch, own in batches.items():
        if not batch:
            continue
        rest = [line for other, kept in batches.items() if other != batch for line in kept]
        guesser = Guesser(train(corpus_notes(rest)))
        for text, kinds in corpus_notes(own):
            ranks.add(set(kinds), list(RECORD_AS_KINDS), guesser.order(text, RECORD_AS_KINDS))
    return ranks


def held_out(path: Path, by_class: dict[str, Ranks]) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case: dict[str, Any] = json.loads(line)
        result = parse_note(case["text"], datetime.fromisoformat(case["now"]))
        got = Counter((a.kind, a.date.isoformat()) for a in result.activities)
        expected = Counter((e["kind"], e["date"]) for e in case["expect"])
        wrong = classify(got, expected)
        text = case["text"]
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
            offered = list(KINDS)
        else:
            continue
        by_class[wrong].add(right, offered, likely_first(text, offered))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--corpus", action="store_true", help="leave one blind batch out")
    args = parser.parse_args()
    if args.corpus:
        print(leave_one_batch_out().line("corpus, leave one batch out"))
    if args.files:
        by_class: dict[str, Ranks] = defaultdict(Ranks)
        for path in args.files:
            held_out(path, by_class)
        for wrong in ("nothing found", "missed", "kind wrong"):
            print(by_class[wrong].line(f"held out, {wrong}"))


if __name__ == "__main__":
    main()
