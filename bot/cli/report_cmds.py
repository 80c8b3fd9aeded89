"""Reading commands: `status` and `export activities`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from bot.cli.common import fail_input, parse_moment
from bot.cli.language import cli_language
from bot.i18n import t
from bot.titles import advisor_title

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
    """Compliance of one class, or of all classes, rule by rule."""
    from bot.cli.context import open_context
    from bot.desk import add_review_states, review_labels, rule_reviews
    from reminders.jobs.status import class_compliance
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
        results = class_compliance(session, policy, moment, class_ids)
        reviews = review_labels(session, [r.row.id for r in results])
    if as_json:
        # Document entries carry the review state of what was handed in (issue 15).
        payload: Any = [
            add_review_states(r.to_json(), policy, reviews.get(r.row.id, {})) for r in results
        ]
        if class_name is not None:
            payload = payload[0]
        json.dump(payload, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    if not results:
        print(t(lang, "cli.no_classes"))
        return
    for result in results:
        by_rule = rule_reviews(policy, reviews.get(result.row.id, {}))
        print(render_status(result, lang, by_rule))


def render_status(
    result: Any, lang: str, reviews: Mapping[tuple[str, str], str] | None = None
) -> str:
    """A class's compliance as lines of text for the terminal."""
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
