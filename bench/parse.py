"""Benchmark of message understanding: latency, throughput, start-up and memory.

Runs the parse corpus (tests/data/parse_corpus.jsonl) through bot.parsing many times and,
for comparison, through plain `dateparser.search_dates(text, languages=["zh", "en"])` and
jionlp's time extractor (when jionlp is installed). Each contender runs in its own
subprocess so that import time and resident memory are its own.

Usage: .venv/bin/python bench/parse.py [--rounds N] [--json]
"""

from __future__ import annotations

import argparse
import array
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# Run as a script, this file's folder comes first on the path, and bench/reminders.py would
# stand in for the `reminders` package the parser imports (reminders.holidays).
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != REPO / "bench"]
CORPUS = REPO / "tests" / "data" / "parse_corpus.jsonl"


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB."""
    current = 0.0
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return current, peak


def _load_cases() -> list[tuple[str, dt.datetime]]:
    cases = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            cases.append((case["text"], dt.datetime.fromisoformat(case["now"])))
    return cases


def _setup(name: str) -> Callable[[str, dt.datetime], Any]:
    """Import the contender (this is what "import time" measures) and return its call."""
    if name in ("advisorbot", "advisorbot+warm_up"):
        from bot.parsing import parse_message

        return parse_message
    if name == "dateparser":
        from dateparser.search import search_dates

        def call(text: str, now: dt.datetime) -> Any:
            return search_dates(
                text,
                languages=["zh", "en"],
                settings={"RELATIVE_BASE": now.replace(tzinfo=None), "TIMEZONE": "Asia/Shanghai"},
            )

        return call
    if name == "jionlp":
        import jionlp

        def call(text: str, now: dt.datetime) -> Any:
            return jionlp.ner.extract_time(text, time_base=now.timestamp())

        return call
    raise SystemExit(f"unknown contender {name}")


def worker(name: str, rounds: int) -> dict[str, Any]:
    """Measure one contender in this process and return its figures."""
    cases = _load_cases()
    rss_before_import, _ = _rss_mb()
    t0 = time.perf_counter()
    try:
        call = _setup(name)
    except ImportError as exc:
        return {"name": name, "skipped": f"not importable: {exc}"}
    import_s = time.perf_counter() - t0
    if name == "advisorbot+warm_up":
        from bot.parsing import warm_up

        t0 = time.perf_counter()
        warm_up()
        warm_up_s = time.perf_counter() - t0
    else:
        warm_up_s = None
    text, now = cases[0]
    t0 = time.perf_counter()
    try:
        call(text, now)
    except Exception:  # counted with the others below; the timing still stands
        pass
    first_s = time.perf_counter() - t0
    # A C array: 50 rounds of the corpus as Python ints would add ~12 MB of the benchmark's
    # own bookkeeping to the resident memory measured below.
    samples = array.array("q")
    # Each message's fastest run: its own cost, without the noise of a shared machine
    # (other processes preempting this one inflate single runs, never the minimum).
    best = [1 << 62] * len(cases)
    errors = 0
    started = time.perf_counter()
    for _ in range(rounds):
        for i, (text, now) in enumerate(cases):
            t0 = time.perf_counter_ns()
            try:
                call(text, now)
            except Exception:  # a contender failing on a message is counted, not fatal
                errors += 1
            took = time.perf_counter_ns() - t0
            samples.append(took)
            best[i] = min(best[i], took)
    elapsed = time.perf_counter() - started
    rss_now, rss_peak = _rss_mb()  # before sorting copies the samples
    latencies = sorted(samples)
    best.sort()
    return {
        "name": name,
        "messages": len(latencies),
        "rounds": rounds,
        "median_ms": statistics.median(latencies) / 1e6,
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] / 1e6,
        "max_ms": latencies[-1] / 1e6,
        "best_median_ms": statistics.median(best) / 1e6,
        "best_p99_ms": best[min(len(best) - 1, int(len(best) * 0.99))] / 1e6,
        "load_avg": os.getloadavg()[0],
        "msgs_per_s": len(latencies) / elapsed,
        "import_s": import_s,
        "warm_up_s": warm_up_s,
        "first_call_ms": first_s * 1e3,
        "rss_start_mb": rss_before_import,
        "rss_mb": rss_now,
        "peak_rss_mb": rss_peak,
        "errors": errors,
    }


def _run_worker(name: str, rounds: int) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", name, "--rounds", str(rounds)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )
    if proc.returncode != 0:
        return {"name": name, "skipped": f"worker failed: {proc.stderr.strip()[-200:]}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _table(results: list[dict[str, Any]]) -> str:
    head = (
        f"| {'parser':<20} | {'median ms':>9} | {'p99 ms':>8} | {'max ms':>8} | {'p99* ms':>8} | {'msg/s':>9} | "
        f"{'import s':>8} | {'first ms':>8} | {'RSS MB':>6} | {'peak MB':>7} |"
    )
    rule = "|" + "|".join("-" * (len(cell)) for cell in head.split("|")[1:-1]) + "|"
    rows = [head, rule]
    for r in results:
        if "skipped" in r:
            rows.append(f"| {r['name']:<20} | skipped: {r['skipped'][:80]}")
            continue
        first = r["first_call_ms"]
        rows.append(
            f"| {r['name']:<20} | {r['median_ms']:>9.4f} | {r['p99_ms']:>8.3f} | {r['max_ms']:>8.2f} | "
            f"{r['best_p99_ms']:>8.3f} | "
            f"{r['msgs_per_s']:>9.0f} | {r['import_s']:>8.3f} | {first:>8.2f} | "
            f"{r['rss_mb']:>6.1f} | {r['peak_rss_mb']:>7.1f} |"
        )
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=50, help="passes over the corpus for bot.parsing")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.rounds)))
        return 0
    # dateparser and jionlp take milliseconds a message: one pass over the corpus is enough.
    plan = [
        ("advisorbot", args.rounds),
        ("advisorbot+warm_up", args.rounds),
        ("dateparser", 1),
        ("jionlp", 1),
    ]
    results = [_run_worker(name, rounds) for name, rounds in plan]
    cases = len(_load_cases())
    print(f"corpus: {cases} messages ({CORPUS.relative_to(REPO)})")
    loads = ", ".join(f"{r.get('load_avg', 0):.1f}" for r in results if "load_avg" in r)
    print(f"load average during the runs: {loads}")
    print(
        f"machine: {os.cpu_count()} CPUs, {_cpu()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    print()
    print(_table(results))
    print()
    print(
        "median/p99/max: latency of one call; p99*: p99 over messages of each message's fastest "
        "run (its cost without other processes' noise); import: importing the module; first: the first "
        "call after import (after warm_up() for advisorbot+warm_up); RSS: resident memory after "
        "the runs; peak: its high-water mark."
    )
    for r in results:
        if r.get("warm_up_s") is not None:
            print(f"{r['name']}: warm_up() took {r['warm_up_s'] * 1e3:.0f} ms")
        if r.get("errors"):
            print(f"{r['name']}: {r['errors']} calls raised")
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
