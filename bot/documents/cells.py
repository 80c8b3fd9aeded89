"""Spreadsheet cells that stay text: a value that starts like a formula is never run.

Excel, LibreOffice and Google Sheets read a CSV cell starting with `=`, `+`, `-` or `@`
(and, after a tab or carriage return, whatever follows) as a formula, so a topic such as
`=HYPERLINK(...)` typed in a chat would become a live link or worse in the college's
spreadsheet. CSV cells get the `'` prefix spreadsheets take as "this is text"; xlsx cells are
string cells marked quote-prefixed (see `xlsx_stream.py` and :func:`openpyxl_text_cell`).
"""

from __future__ import annotations

from typing import Any, Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    """True for text a spreadsheet would take as a formula (or shift into one)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: object) -> object:
    """A value for a CSV cell: formula-like text behind a `'`, everything else unchanged."""
    if looks_like_formula(value):
        return f"'{value}"
    return value


def openpyxl_text_cell(sheet: Any, value: object) -> object:
    """A value for openpyxl's `append`: formula-like text as a quote-prefixed string cell.

    openpyxl itself turns any string starting with `=` into a formula cell; a WriteOnlyCell
    with its type forced to string is written as text instead.
    """
    if not looks_like_formula(value):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell
