"""A learned guess at a note's kinds, for ordering the kinds the bot offers (never recording).

The rules (`kinds`, `pipeline`) decide what a note records. Where they find nothing, or the
advisor wants to change or add a kind, the bot offers the ten kinds as buttons; this module
puts the likely ones first. It is a multinomial naive Bayes over what the note says once
normalised (`normalise`): Chinese characters and character pairs, English words and their
first four letters (so "meetings" and "meeting" share a feature). It is trained on the parse
corpus (`tests/data/parse_corpus.jsonl`): every note that records work is counted once for
each kind it records.

The guess never records anything and never hides a kind: it only orders the buttons, so a
wrong guess costs the advisor a look further down the list. Under a recorded one-day note it
may also suggest one kind the rules did not record (`missed_kind`), as one more button
("＋谈心谈话？"): a wrong suggestion is a button left unpressed. Measured leave-one-batch-out on
the corpus and on held-out blind rounds by `bench/guess.py`.

The model is data, `bot/data/kind_guess.json`, built from the corpus by
`python -m bot.parsing.guess tests/data/parse_corpus.jsonl`; `tests/parsing/test_guess.py`
fails when the corpus (or `normalise`) has changed and the model was not rebuilt.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from bot.parsing.kinds import KINDS
from bot.parsing.normalise import normalise
from bot.parsing.pipeline import kinds_named

#: Additive smoothing: chosen leave-one-batch-out on the corpus (0.1 ranked worse, 1.0 no better).
ALPHA = 0.5
#: A feature seen once in the corpus is dropped from the model (it is mostly names and dates).
MIN_COUNT = 2
MODEL_FILE = "kind_guess.json"
#: How much likelier (log-likelihood, nats) a kind not recorded must be than every recorded one
#: for the bot to suggest adding it (`missed_kind`). Chosen by `bench/guess.py`: at 6 the
#: suggestion shows under 1.5 % of the corpus's notes leave-one-batch-out (all needless, the
#: corpus being right), and catches a third of the held-out round's missed activities.
MISSED_MARGIN = 6.0

_CJK_RE = re.compile(r"[\u4e00-\u9fff]+")
_WORD_RE = re.compile(r"[a-z]+")


def features(text: str) -> list[str]:
    """What the guess reads of a note: Chinese characters and pairs, English words and their
    first four letters, all from the normalised lower-case note."""
    low = normalise(text)[1]
    found: list[str] = []
    for run in _CJK_RE.findall(low):
        found.extend(run)
        found.extend(run[i : i + 2] for i in range(len(run) - 1))
    for word in _WORD_RE.findall(low):
        found.append(f"w:{word}")
        if len(word) > 4:
            found.append(f"p:{word[:4]}")
    return found


def train(notes: Iterable[tuple[str, Iterable[str]]]) -> dict[str, Any]:
    """The model (JSON-ready) of notes given as (text, kinds recorded)."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    notes_of: Counter[str] = Counter()
    for text, kinds in notes:
        found = features(text)
        for kind in set(kinds):
            counts[kind].update(found)
            notes_of[kind] += 1
    total: Counter[str] = Counter()
    for kind_counts in counts.values():
        total.update(kind_counts)
    kept = sorted(f for f, n in total.items() if n >= MIN_COUNT)
    return {
        "kinds": list(KINDS),
        "notes": [notes_of[k] for k in KINDS],
        "features": {f: [counts[k][f] for k in KINDS] for f in kept},
    }


class Guesser:
    """Scores a note's features against each kind (log-probabilities, naive Bayes)."""

    def __init__(self, model: Mapping[str, Any], alpha: float = ALPHA) -> None:
        self.kinds: tuple[str, ...] = tuple(model["kinds"])
        table: Mapping[str, Sequence[int]] = model["features"]
        totals = [sum(row[i] for row in table.values()) for i in range(len(self.kinds))]
        size = len(table)
        # log P(feature | kind) for every kept feature, and for an unseen one.
        self._unseen = [-math.log(t + alpha * size) + math.log(alpha) for t in totals]
        self._log = {
            f: [math.log(n + alpha) - math.log(totals[i] + alpha * size) for i, n in enumerate(row)]
            for f, row in table.items()
        }

    def scores(self, text: str) -> dict[str, float]:
        """Each kind's log-likelihood for the note (higher is likelier)."""
        score = [0.0] * len(self.kinds)
        for feature in features(text):
            row = self._log.get(feature, self._unseen)
            for i, value in enumerate(row):
                score[i] += value
        return dict(zip(self.kinds, score, strict=True))

    def missed(self, text: str, recorded: Collection[str]) -> str | None:
        """The kind the note seems to be about most that is not recorded, when it is likelier
        than every recorded kind by `MISSED_MARGIN`; None otherwise."""
        if not recorded:
            return None
        score = self.scores(text)
        top = max(self.kinds, key=lambda kind: score[kind])
        if top in recorded or score[top] - max(score[k] for k in recorded) <= MISSED_MARGIN:
            return None
        return top

    def order(self, text: str, kinds: Sequence[str]) -> list[str]:
        """`kinds` likeliest first; a note the model knows nothing of keeps the given order."""
        score = self.scores(text)
        return sorted(kinds, key=lambda kind: -score.get(kind, -math.inf))


@cache
def shipped() -> Guesser:
    """The guesser of the model shipped with the bot (loaded once)."""
    data = resources.files("bot").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return Guesser(json.loads(data))


def likely_first(text: str, kinds: Sequence[str]) -> list[str]:
    """The kinds to offer for a note, the likeliest first (stable for equal scores)."""
    return shipped().order(text, kinds)


def missed_kind(text: str, recorded: Collection[str]) -> str | None:
    """A kind the rules may have missed in a note that records `recorded` (a suggestion the
    bot offers as one button, never records by itself). A kind whose words the rules read and
    ruled out, or kept as a plan ("查寝，明天要开班会": tomorrow's meeting), is not suggested:
    adding it would record what the note says was not done today."""
    return shipped().missed(text, {*recorded, *kinds_named(text)})


def corpus_notes(lines: Iterable[str]) -> list[tuple[str, list[str]]]:
    """(text, kinds) of the corpus lines that record work."""
    notes = []
    for line in lines:
        if line.strip():
            case = json.loads(line)
            if case["expect"]:
                notes.append((case["text"], [e["kind"] for e in case["expect"]]))
    return notes


def model_json(model: Mapping[str, Any]) -> str:
    """The model file's text: one feature a line, so a rebuilt model diffs by line."""
    head = {"kinds": model["kinds"], "notes": model["notes"]}
    rows = ",\n".join(
        f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(row)}"
        for f, row in model["features"].items()
    )
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "features": {\n' + rows + "\n}}\n"


def main(argv: Sequence[str]) -> int:
    """`python -m bot.parsing.guess CORPUS.jsonl`: rebuild bot/data/kind_guess.json."""
    if len(argv) != 1:
        print("usage: python -m bot.parsing.guess CORPUS.jsonl", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as corpus:
        model = train(corpus_notes(corpus))
    target = resources.files("bot").joinpath("data", MODEL_FILE)
    with resources.as_file(target) as path:
        path.write_text(model_json(model), encoding="utf-8")
    print(f"{len(model['features'])} features from {sum(model['notes'])} (note, kind) pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
