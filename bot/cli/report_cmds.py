"""Reading commands: `status` and `export activities`."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from bot.cli.common import fail_input, parse_moment
from bot.cli.language import cli_language
from bot.i18n import t
from bot.titles import advisor_title

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from reminders.jobs.status import ClassCompliance
    from reminders.policy import Policy

export_app = typer.Typer(help="Export records.", no_args_is_help=True)

STATE_MARKS = {"met": "✔", "on_track": "·", "behind": "!", "missed": "✘"}


def register(app: typer.Typer) -> None:
    app.command("status")(status)
    app.add_typer(export_app, name="export")


def status(
    class_name: Annotated[
        str | None, typer.Argument(metavar="CLASS", help="a class; all when omitted")
    ] = None,
    at: Annotated[
        str | None, typer.Option("--at", help="ISO moment to judge at (default: now)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the contract's JSON")] = False,
) -> None:
    """Compliance of one class, or of all classes, rule by rule, with the semester so far."""
    from bot.cli.context import open_context
    from bot.desk import rule_reviews
    from reminders.jobs.status import iter_class_compliance, load_calendar
    from storage.directory import find_class
    from storage.errors import Ambiguous, NotFound
    from storage.facts import class_rows

    ctx = open_context()
    lang = ctx.settings.language
    moment = parse_moment(at, ctx.settings.tz, option="--at")
    policy = ctx.policy()
    with ctx.session() as session:
        class_ids = None
        if class_name is not None:
            try:
                class_ids = [find_class(session, class_name).id]
            except NotFound:
                known = ", ".join(r.name for r in class_rows(session)[:20]) or "-"
                fail_input(t(lang, "cli.unknown_class", name=class_name, known=known))
            except Ambiguous as exc:
                fail_input(t(lang, "cli.ambiguous_class", name=class_name, matches=str(exc)))
        results = iter_class_compliance(session, policy, moment, class_ids)
        first_result = next(results, None)
        if first_result is not None:
            # Classes to judge but no semester to judge them in: bad input, not an empty answer.
            calendar = load_calendar(session, policy)
            if not calendar.semesters:
                fail_input(t(lang, "judge.no_semester"))
            if calendar.current_or_relevant(moment.date()) is None:
                first = calendar.semesters[0].start.isoformat()
                fail_input(
                    t(lang, "judge.before_any_semester", at=moment.isoformat("T"), first=first)
                )
            results = itertools.chain([first_result], results)
        if as_json:
            _print_json(_json_objects(session, policy, results), single=class_name is not None)
            return
        printed = False
        for result, reviews in _with_reviews(session, results):
            by_rule = rule_reviews(policy, reviews)
            print(render_status(result, lang, by_rule))
            printed = True
        if not printed:
            print(t(lang, "cli.no_classes"))


def _with_reviews(
    session: Session, results: Iterable[ClassCompliance]
) -> Iterator[tuple[ClassCompliance, dict[tuple[str, str], str]]]:
    """Each result with the review states of its documents (issue 15), looked up a batch of
    classes at a time so the stream stays a stream."""
    from bot.desk import review_labels
    from reminders.jobs.status import CHUNK_CLASSES

    iterator = iter(results)
    while batch := list(itertools.islice(iterator, CHUNK_CLASSES)):
        reviews = review_labels(session, [r.row.id for r in batch])
        for result in batch:
            yield result, reviews.get(result.row.id, {})


def _json_objects(
    session: Session, policy: Policy, results: Iterable[ClassCompliance]
) -> Iterator[dict[str, object]]:
    """Each class's ``status --json`` object; document entries carry the review state of what
    was handed in (issue 15)."""
    from bot.desk import add_review_states

    for result, reviews in _with_reviews(session, results):
        yield add_review_states(result.to_json(), policy, reviews)


def _print_json(payloads: Iterable[dict[str, object]], *, single: bool) -> None:
    """The contract's JSON, written class by class so memory stays bounded at any size."""
    out = sys.stdout
    if single:
        for payload in payloads:
            json.dump(payload, out, ensure_ascii=False)
        out.write("\n")
        return
    out.write("[")
    for i, payload in enumerate(payloads):
        if i:
            out.write(", ")
        json.dump(payload, out, ensure_ascii=False)
    out.write("]\n")


def render_status(
    result: Any, lang: str, reviews: Mapping[tuple[str, str], str] | None = None
) -> str:
    """A class's compliance as lines of text for the terminal."""
    from bot.formatting import semester_lines

    row, report = result.row, result.report
    advisor = row.advisor.name if row.advisor else "-"
    at_text = report.at.strftime("%Y-%m-%d %H:%M")
    if report.semester is None:
        return t(lang, "cli.status_no_semester", class_name=row.name, at=at_text)
    lines = [
        t(
            lang,
            "cli.status_header",
            class_name=row.name,
            title=advisor_title(lang, row.cohort, report.at.date()),
            advisor=advisor,
            semester=report.semester.name,
            at=at_text,
        )
    ]
    for rule in report.rules:
        data = rule.to_json()
        lines.append(
            t(
                lang,
                "cli.status_row",
                mark=STATE_MARKS.get(rule.state, "?"),
                rule=t(lang, f"rules.rule.{rule.rule}"),
                period=rule.period,
                done=data["done"],
                required=data["required"],
                due=rule.due.isoformat(),
                state=t(lang, f"rules.state.{rule.state}"),
            )
        )
        review = (reviews or {}).get((rule.rule, rule.period))
        if review is not None:
            lines[-1] += t(lang, f"desk.review_tag_{review}")
    lines.extend(f"  {line}" for line in semester_lines(lang, report))
    return "\n".join(lines)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail_input(t(cli_language(), "cli.not_a_date", option=option, value=repr(value)))


@export_app.command("activities")
def export_activities(
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or xlsx")] = "jsonl",
    since: Annotated[str | None, typer.Option("--since", help="first date, YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="last date, YYYY-MM-DD")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="output file (default: stdout)")] = None,
) -> None:
    """Every recorded activity, one per line or row."""
    from bot.cli.context import open_context
    from bot.documents import activity_export
    from storage.activities import iter_export_rows

    lang = cli_language()
    if fmt not in ("jsonl", "csv", "xlsx"):
        fail_input(t(lang, "cli.export_bad_format", value=repr(fmt)))
    first, last = _day(since, "--since"), _day(until, "--until")
    if first and last and last < first:
        fail_input(t(lang, "cli.export_until_before", until=last, since=first))
    if fmt == "xlsx" and out is None:
        fail_input(t(lang, "cli.export_xlsx_needs_out"))
    ctx = open_context()
    tz, policy = ctx.settings.tz, ctx.policy()
    with ctx.session() as session:
        rows = iter_export_rows(session, first, last)
        if fmt == "xlsx":
            assert out is not None
            count = activity_export.write_xlsx(out, rows, policy, lang, tz)
        elif fmt == "csv":
            with _text_out(out, activity_export.CSV_ENCODING, bom=True) as stream:
                count = activity_export.write_csv(stream, rows, policy, lang, tz)
        else:
            # jsonl stays the raw records of the contract (JSON, not a spreadsheet).
            with _text_out(out, "utf-8", bom=False) as stream:
                count = 0
                for row in rows:
                    stream.write(json.dumps(_export_record(row), ensure_ascii=False) + "\n")
                    count += 1
    if out is not None:
        print(t(lang, "cli.exported", count=count, path=out), file=sys.stderr)


@contextmanager
def _text_out(out: Path | None, encoding: str, *, bom: bool) -> Iterator[TextIO]:
    """The --out file (created) or stdout; CSV wants newline="" so rows end in CRLF once."""
    if out is None:
        if bom:
            # A BOM on stdout too, so `> file.csv` opens in Excel as well.
            sys.stdout.write("\ufeff")
        yield sys.stdout
        return
    with out.open("w", encoding=encoding, newline="") as stream:
        yield stream


def _export_record(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "class": row.class_name,
        "advisor": row.advisor,
        "kind": row.kind,
        "date": row.date.isoformat(),
        "count": row.count,
        "hours": row.hours,
        "location": row.location,
        "topic": row.topic,
        "students": row.students,
        "recorded_at": row.recorded_at.isoformat(timespec="seconds"),
        "source": row.source,
        "duties": row.duties,
    }
