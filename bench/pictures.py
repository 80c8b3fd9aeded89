"""matplotlib's share of the install, and how long the first status picture takes.

Prints: the size of the virtualenv's site-packages, of the packages only matplotlib needs
(matplotlib, numpy, fonttools, kiwisolver, contourpy, cycler, pillow, pyparsing: each
checked to be required by no other installed package but matplotlib's own), and, in fresh
processes, the time of `import matplotlib.pyplot`, the first status picture (30 classes,
font cache warm) and the next one, and the first picture with matplotlib's font cache
removed (what the first start after installing costs).

    .venv/bin/python bench/pictures.py [--classes 30] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from importlib import metadata
from pathlib import Path

CANDIDATES = (
    "matplotlib",
    "numpy",
    "fonttools",
    "kiwisolver",
    "contourpy",
    "cycler",
    "pillow",
    "pyparsing",
)

CHILD = r"""
import json, resource, sys, tempfile, time
from pathlib import Path
import bot.app  # the running bot's own modules, before any picture
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
import matplotlib
matplotlib.use("Agg")
from matplotlib import pyplot
t1 = time.perf_counter()
from bench.dataset import fill, sqlite_db
from bot.documents.status_grid import render_status_grid
from reminders.jobs.status import class_compliance
from reminders.policy import load_policy
from datetime import datetime
from zoneinfo import ZoneInfo
from sqlalchemy.orm import Session
folder = Path(tempfile.mkdtemp())
with sqlite_db(folder, "p.sqlite3") as engine:
    fill(engine, int(sys.argv[1]), per_class=20)
    with Session(engine) as session:
        results = class_compliance(session, load_policy(None), datetime(2026, 11, 23, 20, tzinfo=ZoneInfo("Asia/Shanghai")))
rss_data = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t2 = time.perf_counter()
first = render_status_grid(results, "zh")
t3 = time.perf_counter()
render_status_grid(results, "zh")
t4 = time.perf_counter()
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"import": t1 - t0, "first": t3 - t2, "second": t4 - t3, "bytes": len(first),
                  "rss_before": rss0 / 1024, "rss_data": rss_data / 1024, "rss_after": rss1 / 1024}))
"""


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _files_of(distribution: metadata.Distribution, site: Path) -> int:
    total = 0
    for file in distribution.files or ():
        full = site / file
        if full.is_file():
            total += full.stat().st_size
    return total


def _required_by(name: str) -> set[str]:
    users = set()
    for dist in metadata.distributions():
        for requirement in dist.requires or ():
            if "extra ==" in requirement:
                continue
            req_name = requirement.split(";")[0].strip().split(" ")[0]
            for sep in "<>=!~[(":
                req_name = req_name.split(sep)[0]
            if req_name.lower().replace("_", "-") == name:
                users.add(dist.metadata["Name"].lower())
    return users


def _requirement_name(requirement: str) -> str:
    name = requirement.split(";")[0].strip().split(" ")[0]
    for sep in "<>=!~[(":
        name = name.split(sep)[0]
    return name.lower().replace("_", "-")


def _extras(requirement: str) -> set[str]:
    head = requirement.split(";")[0]
    if "[" not in head:
        return set()
    return {e.strip() for e in head.split("[", 1)[1].split("]", 1)[0].split(",")}


def _wanted(requirement: str, extras: set[str]) -> bool:
    if "extra ==" not in requirement:
        return True
    return any(f'extra == "{extra}"' in requirement for extra in extras)


def runtime_size() -> int:
    """What `pip install advisorbot` (no extras) puts in site-packages: its dependency closure."""
    site = Path(sysconfig.get_paths()["purelib"])
    seen: set[str] = set()
    todo = [
        (_requirement_name(r), _extras(r))
        for r in metadata.distribution("advisorbot").requires or ()
        if "extra ==" not in r
    ]
    total = 0
    while todo:
        name, extras = todo.pop()
        key = f"{name}{sorted(extras)}"
        if key in seen:
            continue
        first_time = not any(k.startswith(f"{name}[") for k in seen)
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if first_time:
            total += _files_of(dist, site)
        todo += [
            (_requirement_name(r), _extras(r)) for r in dist.requires or () if _wanted(r, extras)
        ]
    return total


def sizes() -> tuple[int, dict[str, int]]:
    site = Path(sysconfig.get_paths()["purelib"])
    only_matplotlib: dict[str, int] = {}
    for name in CANDIDATES:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        users = _required_by(name) - set(CANDIDATES)
        if users and name != "matplotlib":
            print(f"  {name} is also required by {sorted(users)}: not counted", file=sys.stderr)
            continue
        only_matplotlib[name] = _files_of(dist, site)
    return _size(site), only_matplotlib


def timings(classes: int, cold_cache: bool) -> dict[str, float]:
    env = dict(os.environ)
    config = tempfile.mkdtemp(prefix="mplconfig-")
    try:
        if not cold_cache:
            env["MPLCONFIGDIR"] = config
            # Build the font cache once so the timed run finds it.
            subprocess.run(
                [sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=True
            )
        else:
            env["MPLCONFIGDIR"] = config
        root = Path(__file__).resolve().parent.parent
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(classes)],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(config, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--classes", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    total, parts = sizes()
    share = sum(parts.values())
    runtime = runtime_size()
    print(f"site-packages (test tools included): {total / 1e6:.0f} MB")
    print(f"the default install (advisorbot's runtime dependencies): {runtime / 1e6:.0f} MB")
    for name, size in sorted(parts.items(), key=lambda item: -item[1]):
        print(f"  {name:<12} {size / 1e6:6.1f} MB")
    print(
        f"matplotlib and what only it needs: {share / 1e6:.0f} MB "
        f"({share / runtime:.0%} of the default install)"
    )
    warm = [timings(args.classes, cold_cache=False) for _ in range(args.runs)]
    cold = [timings(args.classes, cold_cache=True) for _ in range(args.runs)]
    for label, runs in (("font cache warm", warm), ("font cache rebuilt", cold)):
        print(
            f"{label}: import pyplot {statistics.median(r['import'] for r in runs) * 1000:.0f} ms, "
            f"first picture ({args.classes} classes) {statistics.median(r['first'] for r in runs) * 1000:.0f} ms, "
            f"next {statistics.median(r['second'] for r in runs) * 1000:.0f} ms "
            f"(median of {args.runs}; PNG {runs[0]['bytes'] / 1000:.0f} kB); peak memory "
            f"{statistics.median(r['rss_before'] for r in runs):.0f} MB with the bot's modules, "
            f"{statistics.median(r['rss_data'] for r in runs):.0f} MB with pyplot and the data, "
            f"{statistics.median(r['rss_after'] for r in runs):.0f} MB after"
        )


if __name__ == "__main__":
    main()
