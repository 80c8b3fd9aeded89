"""`export activities` as people open it in Excel: CSV with a BOM, or an .xlsx sheet.

Columns are named in the chosen language; a kind is shown by name with its code beside;
`recorded_at` is local time in the college's zone; hours are the hours counted (stated, or the
policy's default for the kind) with a column saying which, so the sheet adds up to `/status`.
No cell is a live formula (`bot/documents/cells.py`). The jsonl format stays the raw records.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any, Final, Protocol
from zoneinfo import ZoneInfo

from bot.documents.cells import csv_cell, openpyxl_text_cell
from bot.i18n import catalogue, t
from reminders.policy import Policy
from storage.activities import ExportRow

# Column ids, in order; their headings are `export.column.<id>` in the catalogue.
COLUMNS: Final = (
    "id",
    "class",
    "advisor",
    "kind",
    "kind_code",
    "date",
    "time",
    "count",
    "hours",
    "hours_default",
    "location",
    "topic",
    "students",
    "recorded_at",
    "source",
    "duties",
)
# Excel on Chinese Windows opens a CSV as GBK unless it starts with a byte order mark.
CSV_ENCODING: Final = "utf-8-sig"


class _Writable(Protocol):
    def append(self, values: Iterable[object]) -> None: ...


def headings(lang: str) -> list[str]:
    return [t(lang, f"export.column.{column}") for column in COLUMNS]


def sheet_row(row: ExportRow, policy: Policy, lang: str, tz: ZoneInfo) -> list[object]:
    """One activity as the cells of a row (values, not yet made inert)."""
    kind_key = f"rules.kind.{row.kind}"
    kind_name = t(lang, kind_key) if kind_key in catalogue("zh") else row.kind
    return [
        row.id,
        row.class_name,
        row.advisor,
        kind_name,
        row.kind,
        row.date.isoformat(),
        row.time.strftime("%H:%M") if row.time else None,
        row.count,
        round(policy.effective_hours(row.kind, row.count, row.hours), 2),
        t(lang, "export.default_yes" if row.hours is None else "export.default_no"),
        row.location,
        row.topic,
        "、".join(row.students),
        row.recorded_at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S"),
        row.source,
        ",".join(row.duties),
    ]


def write_csv(
    stream: IO[str], rows: Iterable[ExportRow], policy: Policy, lang: str, tz: ZoneInfo
) -> int:
    """Write the CSV (the caller opens the stream with CSV_ENCODING); returns the row count."""
    writer = csv.writer(stream)
    writer.writerow([csv_cell(h) for h in headings(lang)])
    count = 0
    for row in rows:
        writer.writerow([csv_cell(v) for v in sheet_row(row, policy, lang, tz)])
        count += 1
    return count


def write_xlsx(
    out: Path, rows: Iterable[ExportRow], policy: Policy, lang: str, tz: ZoneInfo
) -> int:
    """Write one sheet with openpyxl (small exports); returns the row count."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(t(lang, "export.sheet"))
    _append(sheet, headings(lang))
    count = 0
    for row in rows:
        _append(sheet, sheet_row(row, policy, lang, tz))
        count += 1
    book.save(out)
    return count


def _append(sheet: Any, values: Sequence[object]) -> None:
    sheet.append([openpyxl_text_cell(sheet, v) for v in values])
