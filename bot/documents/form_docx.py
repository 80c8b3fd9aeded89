"""The monthly work record form (工作记录表) as a Word document, in the college form's layout.

A4 paper; one table per section, the section's name in a merged left-hand cell as on the
paper form, a duty column beside each record, totals, notes and the signature block. Every
table has a fixed layout and its own grid (`w:tblGrid`), so LibreOffice and Word keep the
column widths (Word reads the cell widths, LibreOffice the grid). All labels come from the
message catalogue, so an English-speaking advisor gets English; the advisor is called
班主任 or 班导师 by the class's year of study.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.exceptions import (
    InvalidImageStreamError,
    UnexpectedEndOfFileError,
    UnrecognizedImageError,
)
from docx.image.image import Image
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt
from docx.table import Table, _Cell

from bot.i18n import t
from reminders.duties import advisor_title_key
from storage.forms import FormEntry, MonthlyForm, RuleLine

# Word picks a Latin font for CJK text unless the East Asian slot names one; SimSun is on
# every Chinese Windows installation, and other readers substitute their own CJK face.
_EAST_ASIAN_FONT = "SimSun"
A4_WIDTH, A4_HEIGHT = Cm(21.0), Cm(29.7)
_SIDE_MARGIN = Cm(2.5)
_TOP_MARGIN = Cm(2.0)
# The text block is 21 - 2 x 2.5 = 16 cm; every table fills it exactly.
_LABEL_WIDTH = Cm(2.6)
_BODY_WIDTH = Cm(10.2)
_DUTY_WIDTH = Cm(3.2)
SECTION_GRID: tuple[Length, ...] = (_LABEL_WIDTH, _BODY_WIDTH, _DUTY_WIDTH)
HEADER_GRID: tuple[Length, ...] = (Cm(1.6), Cm(4.6), Cm(1.6), Cm(2.2), Cm(2.0), Cm(4.0))
SIGNATURE_GRID: tuple[Length, ...] = (Cm(4.6), Cm(3.4), Cm(4.6), Cm(3.4))
# The appendix shows at most this many pictures, one per paragraph, this wide.
MAX_PICTURES = 6
_PICTURE_WIDTH = Cm(9.0)
# What python-docx raises for bytes that are not a picture it can place.
_NOT_A_PICTURE = (
    InvalidImageStreamError,
    UnexpectedEndOfFileError,
    UnrecognizedImageError,
    struct.error,
    ValueError,
)


@dataclass(frozen=True, slots=True)
class FormPicture:
    """One photo for the appendix: the record it is evidence of, and the image's bytes."""

    entry: FormEntry
    data: bytes


def is_picture(data: bytes) -> bool:
    """Whether the bytes are an image Word can show (PNG, JPEG, GIF, BMP, TIFF)."""
    try:
        Image.from_blob(data)
    except _NOT_A_PICTURE:
        return False
    return True


def hours_text(hours: float) -> str:
    """1.5 → "1.5", 2.0 → "2": the form shows hours the way a person writes them."""
    return f"{hours:.2f}".rstrip("0").rstrip(".")


def advisor_title(form: MonthlyForm, lang: str) -> str:
    """班主任 (years 1-2) or 班导师 (years 3-4); both, as the regulation writes, when unknown."""
    if form.year_of_study is None:
        return t(lang, "forms.advisor_title_both")
    return t(lang, f"duties.{advisor_title_key(form.year_of_study)}")


def render_month_form(
    form: MonthlyForm,
    lang: str,
    pictures: Sequence[FormPicture] = (),
    *,
    missing: int = 0,
) -> bytes:
    """The form as .docx bytes; `lang` is "zh" or "en" (the advisor's language).

    A submitted form (one with a version) says which version and when, with no draft mark;
    a draft says it is one. `pictures` (at most `MAX_PICTURES` are shown) go to the photo
    appendix; `missing` is how many the caller tried and could not fetch, which the
    appendix says, together with any of `pictures` that are not images.
    """
    doc = Document()
    _set_base_font(doc)
    _set_a4(doc)
    title_of_advisor = advisor_title(form, lang)

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(t(lang, "forms.title"))
    run.bold = True
    run.font.size = Pt(15)
    intro = doc.add_paragraph(t(lang, "forms.intro"))
    intro.runs[0].font.size = Pt(9)

    header = _grid_table(doc, 1, HEADER_GRID)
    cells = header.rows[0].cells
    values = (
        (t(lang, "forms.header.class"), form.class_name),
        (t(lang, "forms.header.month"), form.month),
        (
            title_of_advisor[:1].upper() + title_of_advisor[1:],
            form.advisor or t(lang, "forms.no_advisor"),
        ),
    )
    for i, (label, value) in enumerate(values):
        _bold(cells[2 * i], label)
        cells[2 * i + 1].text = value

    if form.is_empty:
        doc.add_paragraph(t(lang, "forms.no_records_month"))

    _section(doc, t(lang, "forms.section.meetings"), form.meetings, lang, _meeting_lines)
    _section(doc, t(lang, "forms.section.classroom"), form.classroom_visits, lang, _classroom_lines)
    _section(doc, t(lang, "forms.section.dorm"), form.dorm_visits, lang, _dorm_lines)
    _section(doc, t(lang, "forms.section.other"), form.other_work, lang, _other_lines)
    _totals(doc, form, lang)
    _notes(doc, form, lang, title_of_advisor)
    _signatures(doc, lang, title_of_advisor)
    _appendix(doc, form, lang, pictures, missing)

    status = (
        t(lang, "forms.submitted", version=form.version, at=form.submitted_at)
        if form.version is not None
        else t(lang, "forms.draft")
    )
    footer = doc.add_paragraph(status)
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _set_a4(doc: DocxDocument) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = A4_WIDTH, A4_HEIGHT
        section.left_margin = section.right_margin = _SIDE_MARGIN
        section.top_margin = section.bottom_margin = _TOP_MARGIN


def _grid_table(doc: DocxDocument, rows: int, widths: Sequence[Length]) -> Table:
    """A bordered table with a fixed layout whose grid and cells carry `widths`."""
    table: Table = doc.add_table(rows=rows, cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # <w:tblLayout w:type="fixed"/>
    tbl_pr = table._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        tbl_pr.append(width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(w.twips for w in widths)))
    for column, value in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(value.twips))
    # Straight on the XML: python-docx's row.cells and table.cell() walk the whole table
    # each time, which made a 60-record form twice as slow.
    for tr in table._tbl.tr_lst:
        for tc, value in zip(tr.tc_lst, widths, strict=True):
            tc.width = value
    return table


def _cells(table: Table) -> list[list[_Cell]]:
    """Each row's cells as they stand (a merged span is one cell), in one walk."""
    return [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]


def _set_base_font(doc: DocxDocument) -> None:
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), _EAST_ASIAN_FONT)


def _bold(cell: _Cell, text: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.add_run(text).bold = True


def _when(entry: FormEntry) -> str:
    return f"{entry.date} {entry.time}" if entry.time else entry.date


def _join(parts: Sequence[str], lang: str) -> str:
    return t(lang, "forms.field.separator").join(p for p in parts if p)


def _meeting_lines(entry: FormEntry, lang: str) -> list[str]:
    first = _join(
        [
            t(lang, "forms.field.time", value=_when(entry)),
            t(lang, "forms.field.place", value=entry.place or ""),
            t(lang, "forms.field.topic", value=entry.topic or t(lang, f"rules.kind.{entry.kind}")),
        ],
        lang,
    )
    return [first, t(lang, "forms.field.content", value=entry.content or "")]


def _classroom_lines(entry: FormEntry, lang: str) -> list[str]:
    # The paper form has only time and content: the topic and place lead, the advisor's own
    # words follow.
    content = _join([entry.topic or "", entry.place or "", entry.content or ""], lang)
    return [
        _join(
            [
                t(lang, "forms.field.time", value=_when(entry)),
                t(lang, "forms.field.content", value=content),
            ],
            lang,
        )
    ]


def _dorm_lines(entry: FormEntry, lang: str) -> list[str]:
    details = _join([_when(entry), entry.place or "", "、".join(entry.students)], lang)
    lines = [t(lang, "forms.field.dorm", value=details)]
    if entry.content:
        lines.append(t(lang, "forms.field.content", value=entry.content))
    return lines


def _other_lines(entry: FormEntry, lang: str) -> list[str]:
    parts = [_when(entry), t(lang, f"rules.kind.{entry.kind}")]
    if entry.kind in ("parent_contact", "student_talk") or entry.count > 1:
        parts.append(t(lang, "forms.field.count", count=entry.count))
    if entry.place:
        parts.append(t(lang, "forms.field.place", value=entry.place))
    if entry.topic:
        parts.append(t(lang, "forms.field.topic", value=entry.topic))
    if entry.students:
        parts.append(t(lang, "forms.field.students", value="、".join(entry.students)))
    key = "forms.field.hours" if entry.hours_stated else "forms.field.hours_default"
    parts.append(t(lang, key, hours=hours_text(entry.hours)))
    lines = [_join(parts, lang)]
    if entry.content:
        lines.append(t(lang, "forms.field.content", value=entry.content))
    return lines


def _labelled_table(
    doc: DocxDocument, label: str, rows: int, *, duty_column: bool
) -> list[list[_Cell]]:
    """A table on the section grid whose left column is one merged cell with the section name;
    its cells by row ([0] is the label column).

    With `duty_column` the first row heads the body and duty columns; without it each row's
    body spans both.
    """
    table = _grid_table(doc, rows, SECTION_GRID)
    if not duty_column:
        for row in _cells(table):
            row[1].merge(row[2])
    cells = _cells(table)
    left = cells[0][0].merge(cells[-1][0]) if rows > 1 else cells[0][0]
    _bold(left, label)
    return _cells(table)


def _section(
    doc: DocxDocument,
    label: str,
    entries: Sequence[FormEntry],
    lang: str,
    lines_of: Callable[[FormEntry, str], list[str]],
) -> None:
    doc.add_paragraph()
    cells = _labelled_table(doc, label, 1 + max(1, len(entries)), duty_column=True)
    _bold(cells[0][1], t(lang, "forms.column.record"))
    _bold(cells[0][2], t(lang, "forms.column.duties"))
    if not entries:
        cells[1][1].text = t(lang, "forms.no_records")
        return
    for row, entry in zip(cells[1:], entries, strict=True):
        lines = lines_of(entry, lang)
        if entry.photos:
            lines.append(t(lang, "evidence.count", count=entry.photos))
        row[1].text = lines[0]
        for line in lines[1:]:
            row[1].add_paragraph(line)
        row[2].text = duty_names(entry.duties, lang)


def duty_names(codes: Sequence[str], lang: str) -> str:
    """The duties' names, one per line; a code the catalogue lacks shows as the code."""
    names = []
    for code in codes:
        try:
            names.append(t(lang, f"duties.duty.{code}"))
        except KeyError:
            names.append(code)
    return "\n".join(names)


def _totals(doc: DocxDocument, form: MonthlyForm, lang: str) -> None:
    doc.add_paragraph()
    lines = [
        (
            t(lang, "forms.totals.parent_contacts"),
            t(lang, "forms.totals.parent_contacts_value", count=form.parent_contacts),
        ),
        (
            t(lang, "forms.totals.hours_month"),
            t(lang, "forms.totals.hours_value", hours=hours_text(form.hours_month)),
        ),
        (_semester_hours_label(form, lang), _semester_hours_value(form, lang)),
        *((_rule_name(line.rule, lang), _rule_value(line, lang)) for line in form.rules),
    ]
    cells = _labelled_table(doc, t(lang, "forms.section.totals"), len(lines), duty_column=False)
    for i, (label, value) in enumerate(lines):
        cells[i][1].text = t(lang, "forms.totals.line", label=label, value=value)


def _semester_hours_label(form: MonthlyForm, lang: str) -> str:
    """Says whose hours and by when: the judge's figure at the form's moment, the advisor's
    across all their classes where the rule pools them (as ``status`` counts)."""
    if not form.semester:
        return t(lang, "forms.totals.hours_semester_none")
    if form.judged_at is None:  # a snapshot from before the judge's totals
        return t(lang, "forms.totals.hours_semester", semester=form.semester)
    key = "hours_semester_advisor" if form.hours_scope == "advisor" else "hours_semester_class"
    return t(
        lang,
        f"forms.totals.{key}",
        semester=form.semester,
        at=form.judged_at[:16].replace("T", " "),
    )


def _semester_hours_value(form: MonthlyForm, lang: str) -> str:
    if form.hours_semester is None:
        return t(lang, "forms.no_semester")
    return t(lang, "forms.totals.hours_value", hours=hours_text(form.hours_semester))


def _rule_name(rule: str, lang: str) -> str:
    try:
        return t(lang, f"rules.rule.{rule}")
    except KeyError:  # a rule of the college's own without a catalogue name
        return rule


def _rule_value(line: RuleLine, lang: str) -> str:
    return t(
        lang,
        "forms.totals.rule_value",
        done=hours_text(line.done),
        required=hours_text(line.required),
        state=t(lang, f"rules.state.{line.state}"),
        period=line.period,
    ) + (t(lang, "forms.totals.late") if line.late else "")


def _notes(doc: DocxDocument, form: MonthlyForm, lang: str, title_of_advisor: str) -> None:
    doc.add_paragraph()
    cell = _labelled_table(doc, t(lang, "forms.section.note"), 1, duty_column=False)[0][1]
    lines = []
    if form.note:
        lines.append(t(lang, "forms.note.advisor", title=title_of_advisor, note=form.note))
    lines += [t(lang, f"forms.note.standing_{i}") for i in (1, 2, 3)]
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _signatures(doc: DocxDocument, lang: str, title_of_advisor: str) -> None:
    """The advisor's signature and date; the counselor's review, signature and date."""
    doc.add_paragraph()
    table = _grid_table(doc, 2, SIGNATURE_GRID)
    rows = (
        (t(lang, "forms.sign.advisor", title=title_of_advisor), t(lang, "forms.sign.date")),
        (t(lang, "forms.sign.counselor"), t(lang, "forms.sign.date")),
    )
    for i, (who, when) in enumerate(rows):
        _bold(table.cell(i, 0), who)
        _bold(table.cell(i, 2), when)
        table.rows[i].height = Cm(1.2)


def _appendix(
    doc: DocxDocument,
    form: MonthlyForm,
    lang: str,
    pictures: Sequence[FormPicture],
    missing: int,
) -> None:
    """附件：照片 — the pictures, each with its record's date, kind and class underneath.

    Only when the month's records have photos; a picture that is not an image is counted
    with the missing ones, so the form is always produced.
    """
    total = sum(entry.photos for entry in form.entries())
    if not total and not pictures:
        return
    heading = doc.add_paragraph()
    heading.add_run(t(lang, "evidence.appendix")).bold = True
    shown = 0
    for picture in pictures:
        if shown == MAX_PICTURES:
            break
        if not is_picture(picture.data):
            missing += 1
            continue
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run().add_picture(io.BytesIO(picture.data), width=_PICTURE_WIDTH)
        caption = doc.add_paragraph(
            t(
                lang,
                "evidence.caption",
                date=_when(picture.entry),
                kind=t(lang, f"rules.kind.{picture.entry.kind}"),
                class_name=form.class_name,
            )
        )
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shown += 1
    doc.add_paragraph(t(lang, "evidence.shown", total=max(total, shown), shown=shown))
    if missing:
        doc.add_paragraph(t(lang, "evidence.missing", count=missing))
