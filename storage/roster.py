"""Importing the roster CSV: classes with their advisors and counselors (idempotent)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import InputError
from storage.models import Person, SchoolClass

COLUMNS = (
    "class",
    "cohort",
    "major",
    "advisor",
    "advisor_telegram",
    "counselor",
    "counselor_telegram",
)
_USERNAME = re.compile(r"^@?([A-Za-z][A-Za-z0-9_]{3,31})$")
# Names that a spreadsheet would run as a formula when the records are exported again
# (issue 16); leading tabs and CRs are already stripped with the other whitespace.
_NAME_COLUMNS = ("class", "major", "advisor", "counselor")
_FORMULA_STARTS = ("=", "+", "-", "@")


@dataclass(frozen=True, slots=True)
class TelegramRef:
    """A roster's `*_telegram` cell: a numeric user id, a username, or nothing."""

    user_id: int | None = None
    username: str | None = None


@dataclass(frozen=True, slots=True)
class RosterRow:
    line: int
    class_name: str
    cohort: int
    major: str
    advisor: str
    advisor_tg: TelegramRef
    counselor: str
    counselor_tg: TelegramRef


@dataclass(slots=True)
class ImportReport:
    """What an import added and changed, for the command's summary line."""

    classes_added: list[str] = field(default_factory=list)
    classes_changed: list[str] = field(default_factory=list)
    people_added: list[str] = field(default_factory=list)
    people_changed: list[str] = field(default_factory=list)
    unchanged: int = 0


def read_roster(path: Path) -> list[RosterRow]:
    """Read and validate the whole file before anything is written."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text; save the roster as UTF-8 CSV") from exc
    return parse_roster(text, source=str(path))


def parse_roster(text: str, source: str = "roster") -> list[RosterRow]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"{source}: missing column(s) {', '.join(missing)}; the header must be "
            + ",".join(COLUMNS)
        )
    reader.fieldnames = header
    rows: list[RosterRow] = []
    seen: dict[str, int] = {}
    for line_no, record in enumerate(reader, start=2):
        cells = {k: (v or "").strip() for k, v in record.items() if k is not None}
        if not any(cells.values()):
            continue
        _refuse_formulas(cells, source, line_no)
        name = cells["class"]
        if not name:
            raise InputError(f"{source} line {line_no}: the class name is empty")
        if name in seen:
            raise InputError(
                f"{source} line {line_no}: class {name!r} is listed twice "
                f"(also on line {seen[name]}); keep one row per class"
            )
        seen[name] = line_no
        try:
            cohort = int(cells["cohort"])
        except ValueError:
            raise InputError(
                f"{source} line {line_no}: cohort {cells['cohort']!r} is not a year like 2023"
            ) from None
        if not 1950 <= cohort <= 2100:
            raise InputError(f"{source} line {line_no}: cohort {cohort} is not a plausible year")
        rows.append(
            RosterRow(
                line=line_no,
                class_name=name,
                cohort=cohort,
                major=cells["major"],
                advisor=cells["advisor"],
                advisor_tg=_telegram_ref(cells["advisor_telegram"], source, line_no),
                counselor=cells["counselor"],
                counselor_tg=_telegram_ref(cells["counselor_telegram"], source, line_no),
            )
        )
    _check_people_consistent(rows, source)
    return rows


def _refuse_formulas(cells: dict[str, str], source: str, line_no: int) -> None:
    for column in _NAME_COLUMNS:
        if cells[column].startswith(_FORMULA_STARTS):
            raise InputError(
                f"{source} line {line_no}: {column} {cells[column]!r} starts with "
                f"{cells[column][0]!r}, which spreadsheets run as a formula; correct the name"
            )


def _telegram_ref(cell: str, source: str, line_no: int) -> TelegramRef:
    if not cell:
        return TelegramRef()
    if cell.isdigit():
        return TelegramRef(user_id=int(cell))
    match = _USERNAME.match(cell)
    if match is None:
        raise InputError(
            f"{source} line {line_no}: {cell!r} is neither a numeric Telegram id nor an @username"
        )
    return TelegramRef(username=match.group(1).lower())


def _check_people_consistent(rows: list[RosterRow], source: str) -> None:
    """The same name on several rows is one person: their Telegram cells must agree."""
    refs: dict[str, tuple[TelegramRef, int]] = {}
    for row in rows:
        for name, ref in ((row.advisor, row.advisor_tg), (row.counselor, row.counselor_tg)):
            if not name or ref == TelegramRef():
                continue
            earlier = refs.get(name)
            if earlier is not None and earlier[0] != ref:
                raise InputError(
                    f"{source} line {row.line}: {name} has Telegram {_show(ref)} here but "
                    f"{_show(earlier[0])} on line {earlier[1]}"
                )
            refs.setdefault(name, (ref, row.line))
    owners: dict[int, str] = {}
    for name, (ref, line) in refs.items():
        if ref.user_id is not None:
            if ref.user_id in owners and owners[ref.user_id] != name:
                raise InputError(
                    f"{source} line {line}: Telegram id {ref.user_id} is given to both "
                    f"{owners[ref.user_id]} and {name}"
                )
            owners[ref.user_id] = name


def _show(ref: TelegramRef) -> str:
    return str(ref.user_id) if ref.user_id is not None else f"@{ref.username}"


def import_roster(session: Session, rows: list[RosterRow], now: datetime) -> ImportReport:
    """Create or update people and classes from validated rows; the caller commits."""
    report = ImportReport()
    people = {p.name: p for p in session.scalars(select(Person))}
    classes = {c.name: c for c in session.scalars(select(SchoolClass))}

    def person(name: str, ref: TelegramRef, role: str) -> Person | None:
        if not name:
            return None
        found = people.get(name)
        if found is None:
            found = Person(name=name, created_at=now)
            session.add(found)
            people[name] = found
            report.people_added.append(name)
        changed = False
        if role == "advisor" and not found.is_advisor:
            found.is_advisor, changed = True, True
        if role == "counselor" and not found.is_counselor:
            found.is_counselor, changed = True, True
        if ref.user_id is not None and found.telegram_id != ref.user_id:
            holder = next((p for p in people.values() if p.telegram_id == ref.user_id), None)
            if holder is not None:
                raise InputError(
                    f"Telegram id {ref.user_id} already belongs to {holder.name}; "
                    f"fix the roster row of {name}"
                )
            found.telegram_id, changed = ref.user_id, True
        if ref.username is not None and found.telegram_username != ref.username:
            found.telegram_username, changed = ref.username, True
        if changed and name not in report.people_added and name not in report.people_changed:
            report.people_changed.append(name)
        return found

    for row in rows:
        advisor = person(row.advisor, row.advisor_tg, "advisor")
        counselor = person(row.counselor, row.counselor_tg, "counselor")
        session.flush()  # ids for new people
        existing = classes.get(row.class_name)
        wanted = {
            "cohort": row.cohort,
            "major": row.major,
            "advisor_id": advisor.id if advisor else None,
            "counselor_id": counselor.id if counselor else None,
        }
        if existing is None:
            session.add(SchoolClass(name=row.class_name, **wanted))
            report.classes_added.append(row.class_name)
            continue
        diff = {k: v for k, v in wanted.items() if getattr(existing, k) != v}
        if diff:
            for key, value in diff.items():
                setattr(existing, key, value)
            report.classes_changed.append(row.class_name)
        else:
            report.unchanged += 1
    session.flush()
    return report
