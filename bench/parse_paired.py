"""Paired parse benchmark: this checkout against an earlier commit, on the same machine.

The machines these benchmarks run on differ by 2x from one session to the next, so the parse
guard (median <= 0.1 ms) is checked against a reference commit measured in the same run: the
reference's corpus is parsed by both codes, each note several times with its fastest run
kept (its cost without other processes' noise), the median over notes printed; the two codes
run alternately in separate processes, so a burst of load hits both.

Usage: .venv/bin/python bench/parse_paired.py [--against COMMIT] [--pairs N] [--rounds N]
The reference is checked out into a temporary git worktree, removed at the end.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Run in a child process with the code's root first on the path: prints the median and mean
# of the per-note fastest times, in ms.
_CHILD = """
import datetime as dt, json, statistics, sys, time
root, corpus, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, root)
from bot.parsing import parse_message
cases = []
for line in open(corpus, encoding="utf-8"):
    if line.strip():
        case = json.loads(line)
        cases.append((case["text"], dt.datetime.fromisoformat(case["now"])))
for text, now in cases:
    parse_message(text, now)
best = [float("inf")] * len(cases)
for _ in range(rounds):
    for i, (text, now) in enumerate(cases):
        start = time.perf_counter()
        parse_message(text, now)
        best[i] = min(best[i], time.perf_counter() - start)
print(json.dumps([statistics.median(best) * 1e3, statistics.mean(best) * 1e3, len(cases)]))
"""


def _run(root: Path, corpus: Path, rounds: int) -> tuple[float, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root), str(corpus), str(rounds)],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    median, mean, count = json.loads(out.strip().splitlines()[-1])
    return median, mean, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", default="7e024d8", help="reference commit (session 10's end)")
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ref = Path(tmp) / "ref"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "-q", str(ref), args.against],
            cwd=REPO,
            check=True,
        )
        try:
            corpus = ref / "tests" / "data" / "parse_corpus.jsonl"
            for _ in range(args.pairs):
                for name, root in ((args.against, ref), ("this checkout", REPO)):
                    median, mean, count = _run(root, corpus, args.rounds)
                    print(f"{name:>14}: median {median:.4f} ms, mean {mean:.4f} ms ({count} notes)")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(ref)], cwd=REPO, check=True)


if __name__ == "__main__":
    main()
