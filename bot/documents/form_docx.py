"""The monthly work record form (工作记录表) as a Word document, in the college form's layout.

One table per section, the section's name in a merged left-hand cell as on the paper form;
all labels come from the message catalogue, so an English-speaking advisor gets English.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table

from bot.i18n import t
from storage.forms import FormEntry, MonthlyForm

# Word picks a Latin font for CJK text unless the East Asian slot names one; SimSun is on
# every Chinese Windows installation, and other readers substitute their own CJK face.
_EAST_ASIAN_FONT = "SimSun"
_LABEL_WIDTH = Cm(3.0)
_BODY_WIDTH = Cm(13.0)


def hours_text(hours: float) -> str:
    """1.5 → "1.5", 2.0 → "2": the form shows hours the way a person writes them."""
    return f"{hours:.2f}".rstrip("0").rstrip(".")


def render_month_form(form: MonthlyForm, lang: str) -> bytes:
    """The form as .docx bytes; `lang` is "zh" or "en" (the advisor's language)."""
    doc = Document()
    _set_base_font(doc)

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(t(lang, "forms.title"))
    run.bold = True
    run.font.size = Pt(15)
    intro = doc.add_paragraph(t(lang, "forms.intro"))
    intro.runs[0].font.size = Pt(9)

    header = doc.add_table(rows=1, cols=6)
    header.style = "Table Grid"
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = header.rows[0].cells
    values = (
        (t(lang, "forms.header.class"), form.class_name),
        (t(lang, "forms.header.month"), form.month),
        (t(lang, "forms.header.advisor"), form.advisor or t(lang, "forms.no_advisor")),
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
    _notes(doc, form, lang)

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


def _set_base_font(doc: object) -> None:
    style = doc.styles["Normal"]  # type: ignore[attr-defined]
    style.font.size = Pt(10.5)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), _EAST_ASIAN_FONT)


def _bold(cell: object, text: str) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
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


def _labelled_table(doc: object, label: str, rows: int) -> Table:
    """A two-column table whose left column is one merged cell holding the section name."""
    table: Table = doc.add_table(rows=rows, cols=2)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = _LABEL_WIDTH, _BODY_WIDTH
    left = table.cell(0, 0).merge(table.cell(rows - 1, 0)) if rows > 1 else table.cell(0, 0)
    _bold(left, label)
    return table


def _section(
    doc: object,
    label: str,
    entries: Sequence[FormEntry],
    lang: str,
    lines_of: Callable[[FormEntry, str], list[str]],
) -> None:
    doc.add_paragraph()  # type: ignore[attr-defined]
    table = _labelled_table(doc, label, max(1, len(entries)))
    if not entries:
        table.cell(0, 1).text = t(lang, "forms.no_records")
        return
    for i, entry in enumerate(entries):
        cell = table.cell(i, 1)
        lines = lines_of(entry, lang)
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _totals(doc: object, form: MonthlyForm, lang: str) -> None:
    doc.add_paragraph()  # type: ignore[attr-defined]
    table = _labelled_table(doc, t(lang, "forms.section.totals"), 3)
    semester_label = (
        t(lang, "forms.totals.hours_semester", semester=form.semester)
        if form.semester
        else t(lang, "forms.totals.hours_semester_none")
    )
    semester_value = (
        t(lang, "forms.totals.hours_value", hours=hours_text(form.hours_semester))
        if form.hours_semester is not None
        else t(lang, "forms.no_semester")
    )
    lines = (
        (
            t(lang, "forms.totals.parent_contacts"),
            t(lang, "forms.totals.parent_contacts_value", count=form.parent_contacts),
        ),
        (
            t(lang, "forms.totals.hours_month"),
            t(lang, "forms.totals.hours_value", hours=hours_text(form.hours_month)),
        ),
        (semester_label, semester_value),
    )
    for i, (label, value) in enumerate(lines):
        table.cell(i, 1).text = t(lang, "forms.totals.line", label=label, value=value)


def _notes(doc: object, form: MonthlyForm, lang: str) -> None:
    doc.add_paragraph()  # type: ignore[attr-defined]
    table = _labelled_table(doc, t(lang, "forms.section.note"), 1)
    cell = table.cell(0, 1)
    lines = []
    if form.note:
        lines.append(t(lang, "forms.note.advisor", note=form.note))
    lines += [t(lang, f"forms.note.standing_{i}") for i in (1, 2, 3)]
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
