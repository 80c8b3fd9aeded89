"""Time the dashboard's pages: the overview of 1,000 classes and one class's page.

Fills a college with `bench/dataset.py` (N classes, 150 activities each), builds the real
Starlette app and requests the pages in-process (Starlette's test client: the whole ASGI
app, templates and queries, no network), signed in as an admin, after the start-up step the
real server takes (`settle_startup_objects`). Prints the median server time of each page:
the overview judged afresh (`?at=`, as the first viewer after a change gets it) and from
the one-minute cache; the overview's first page raw and gzipped, and all its pages together
(200 classes a page, most behind first).
Usage: python bench/web.py [--classes 1000] [--runs 7] [--pg-url postgresql://…]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dataset import fill, pg_db, sqlite_db
from bot.settings import load_settings
from bot.web.app import build_web_app
from bot.web.serve import settle_startup_objects
from storage.models import Person, SchoolClass
from storage.web_auth import create_sign_in_link

# Late in the semester, as in bench/compliance.py: every generated activity counts.
AT = datetime(2027, 1, 12, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _timed(client, path: str, runs: int, headers: dict[str, str] | None = None) -> Timing:  # type: ignore[no-untyped-def]
    client.get(path, headers=headers)  # warm-up: templates compiled, caches filled
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(path, headers=headers)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, response.status_code
    return Timing(statistics.median(times), min(times), statistics.median(cpu))


class Timing(NamedTuple):
    """Milliseconds of one page: wall time (median and best of the runs) and the CPU time
    this process spent on it (median). On a shared machine the wall time grows with the
    other load and the CPU time hardly does; PostgreSQL's own work is in neither CPU."""

    median: float
    best: float
    cpu: float


def _median_ms(client, path: str, runs: int, headers: dict[str, str] | None = None) -> float:  # type: ignore[no-untyped-def]
    return _timed(client, path, runs, headers).median


def settle_database(engine: Engine) -> None:
    """PostgreSQL as a live database is: vacuumed and analyzed. Its autovacuum would
    otherwise start on the 150,000 new rows in the middle of the measurement, and the
    planner plan the first queries without statistics. (SQLite has no such daemon, and the
    bot never runs ANALYZE on it: left as it is.)"""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")


def measure(label: str, engine: Engine, classes: int, runs: int) -> None:
    from starlette.testclient import TestClient

    made = fill(engine, classes)
    settle_database(engine)
    with Session(engine) as session:
        admin = Person(name="bench admin", is_admin=True, created_at=AT)
        session.add(admin)
        session.flush()
        token = create_sign_in_link(session, admin, AT)
        first_class = session.scalar(select(SchoolClass.id).order_by(SchoolClass.id))
        session.commit()
    settings = load_settings(database_url=str(engine.url), _env_file=None)
    app = build_web_app(settings, engine=engine, clock=lambda: AT)
    settle_startup_objects()  # as `advisorbot run` and `advisorbot web` do before serving
    with TestClient(app) as client:
        assert client.get(f"/signin/{token}", follow_redirects=False).status_code == 303
        plain = {"Accept-Encoding": "identity"}
        # Judged afresh each time (?at= bypasses the one-minute overview cache) …
        at = AT.isoformat().replace("+", "%2B")
        cold = _timed(client, f"/?at={at}", runs, plain)
        # … and as a viewer gets it within the minute after it was judged.
        overview_ms = _median_ms(client, "/", runs, plain)
        raw = client.get("/", headers=plain)
        gzipped = client.get("/", headers={"Accept-Encoding": "gzip"})
        wire = int(gzipped.headers.get("content-length", len(gzipped.content)))
        shown = raw.text.count('<tr><th><a href="/class/')
        pages = max(map(int, re.findall(r"[?;]page=(\d+)", raw.text)), default=1)
        # Every page of the overview, as a viewer paging through all the classes gets them.
        every = [raw, *(client.get(f"/?page={n}", headers=plain) for n in range(2, pages + 1))]
        rows = sum(page.text.count('<tr><th><a href="/class/') for page in every)
        whole_kb = sum(len(page.content) for page in every) / 1024
        class_ms = _median_ms(client, f"/class/{first_class}", runs, plain)
        forms_ms = _median_ms(client, "/forms?month=2026-12", runs, plain)
    print(
        f"{label} (load average {os.getloadavg()[0]:.2f}): "
        f"{classes} classes, {made} activities: overview judged {cold.median:.0f} ms "
        f"(best {cold.best:.0f}, CPU {cold.cpu:.0f}), "
        f"cached {overview_ms:.0f} ms; first page {shown} rows, "
        f"{len(raw.content) / 1024:.0f} KB raw, {wire / 1024:.0f} KB gzipped; "
        f"{pages} pages, {rows} rows, {whole_kb:.0f} KB raw in all; "
        f"class page {class_ms:.1f} ms, forms inbox {forms_ms:.0f} ms (median of {runs})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--classes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, sqlite_db(Path(tmp), "web.sqlite3") as engine:
        measure("sqlite", engine, args.classes, args.runs)
    try:
        with pg_db(args.pg_url) as engine:
            measure("postgresql", engine, args.classes, args.runs)
    except Exception as exc:  # no server: say so, the SQLite figures still stand
        print(f"postgresql: skipped ({type(exc).__name__}: {exc})")


if __name__ == "__main__":
    main()
