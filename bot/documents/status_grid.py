"""The status picture: classes (rows) × the semester's periods of every rule (columns), each
cell coloured by its state, so a month missed in October stays red in December.

Drawn with matplotlib's Agg backend into PNG bytes. Chinese labels need a CJK font; where
none is installed (CI machines) the picture falls back to the English rule labels, and class
names are drawn as far as the fallback font can, without a warning per missing glyph.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Final

from bot.formatting import period_label
from bot.i18n import t
from reminders.compliance import RuleStatus
from reminders.jobs.status import ClassCompliance

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.typing import RcKeyType

STATE_COLOURS: Final = {
    "met": "#4caf50",  # green
    "on_track": "#90a4ae",  # blue-grey: nothing is wrong yet
    "behind": "#ffb300",  # amber
    "missed": "#e53935",  # red
    "n/a": "#ffffff",  # the rule has no period yet
}
# Fonts known to cover Chinese, in order of preference.
_CJK_FONTS: Final = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "AR PL UMing CN",
)
_ROW_INCHES: Final = 0.32
_HEADER_INCHES: Final = 2.6
_LEGEND_INCHES: Final = 0.8
_COLUMN_INCHES: Final = 0.5


@cache
def cjk_font() -> str | None:
    """The name of an installed font that covers Chinese, or None."""
    from matplotlib import font_manager

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    for name in _CJK_FONTS:
        if name in installed:
            return name
    return None


def render_status_grid(results: Sequence[ClassCompliance], lang: str) -> bytes:
    """A PNG of every class's current state for every rule, with a legend."""
    import matplotlib

    matplotlib.use("Agg")  # no display on a server; set here, never at import
    from matplotlib import pyplot as plt
    from matplotlib.patches import Patch

    font = cjk_font()
    # Without a CJK font the Chinese labels would be boxes: English ones are readable.
    label_lang = lang if (font is not None or lang == "en") else "en"
    columns = _columns(results)
    names = [r.row.name for r in results]
    height = _HEADER_INCHES + _LEGEND_INCHES + _ROW_INCHES * max(1, len(names))
    width = 3.0 + _COLUMN_INCHES * max(1, len(columns))

    cells = [_cells(result) for result in results]
    colours = [
        [STATE_COLOURS[_state(by_key, column)] for column in columns] or [STATE_COLOURS["n/a"]]
        for by_key in cells
    ] or [[STATE_COLOURS["n/a"]] * max(1, len(columns))]

    rc: dict[RcKeyType, Any] = {"font.family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"]}
    # matplotlib logs (and warns) once per missing glyph; a class name in Chinese without a
    # CJK font would flood the log, and the fallback above already handles it.
    glyph_logger = logging.getLogger("matplotlib.font_manager")
    previous_level = glyph_logger.level
    glyph_logger.setLevel(logging.ERROR)
    try:
        with plt.rc_context(rc), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"Glyph .* missing from (current )?font")
            fig, ax = plt.subplots(figsize=(width, height), dpi=100)
            try:
                _draw(ax, colours, names, columns, cells, results, label_lang)
                handles = [
                    Patch(
                        facecolor=STATE_COLOURS[state],
                        edgecolor="#607d8b",
                        label=t(label_lang, f"rules.state.{state}")
                        if state != "n/a"
                        else t(label_lang, "forms.grid.na"),
                    )
                    for state in STATE_COLOURS
                ]
                fig.legend(
                    handles=handles,
                    loc="lower center",
                    ncol=len(handles),
                    frameon=False,
                    bbox_to_anchor=(0.5, 0.0),
                )
                fig.subplots_adjust(
                    left=min(0.45, 2.8 / width),
                    # Rule labels lean right from their column: leave room for the last one.
                    right=1 - min(0.3, 1.8 / width),
                    top=1 - _HEADER_INCHES / height,
                    bottom=_LEGEND_INCHES / height,
                )
                buffer = io.BytesIO()
                fig.savefig(buffer, format="png")
            finally:
                plt.close(fig)
    finally:
        glyph_logger.setLevel(previous_level)
    return buffer.getvalue()


def _columns(results: Sequence[ClassCompliance]) -> list[tuple[str, str]]:
    """(rule, period) of every period started in any class, rules in policy order."""
    columns: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for result in results:
        for status in result.report.periods:
            key = (status.rule, status.period)
            if key not in seen:
                seen.add(key)
                columns.append(key)
    order = {rule: i for i, rule in enumerate(dict.fromkeys(rule for rule, _ in columns))}
    return sorted(columns, key=lambda c: order[c[0]])  # stable: periods stay in date order


def _cells(result: ClassCompliance) -> dict[tuple[str, str], RuleStatus]:
    return {(s.rule, s.period): s for s in result.report.periods}


def _state(cells: dict[tuple[str, str], RuleStatus], column: tuple[str, str]) -> str:
    status = cells.get(column)
    return status.state if status is not None and status.state in STATE_COLOURS else "n/a"


def _column_label(lang: str, column: tuple[str, str], previous: str | None) -> str:
    """The rule's name on its first column only, then just the period ("10月", "W05-06")."""
    rule, period = column
    short = period_label(lang, period)
    if rule == previous:
        return short
    name = t(lang, f"rules.rule.{rule}")
    # A semester's own name says nothing the title does not: the rule's name alone.
    return name if short == period else f"{name} {short}"


def _draw(
    ax: Axes,
    colours: list[list[str]],
    names: list[str],
    columns: list[tuple[str, str]],
    cells: list[dict[tuple[str, str], RuleStatus]],
    results: Sequence[ClassCompliance],
    lang: str,
) -> None:
    from matplotlib.colors import to_rgb

    image = [[to_rgb(c) for c in row] for row in colours]
    ax.imshow(image, aspect="auto", interpolation="nearest")
    ax.set_yticks(range(len(names)), labels=names, fontsize=8)
    labels = [
        _column_label(lang, column, columns[i - 1][0] if i else None)
        for i, column in enumerate(columns)
    ]
    ax.set_xticks(range(len(columns)), labels=labels, rotation=60, ha="left", fontsize=7)
    ax.xaxis.tick_top()
    # done/required in each cell, so the picture answers "how far" as well as "which state".
    for y, by_key in enumerate(cells):
        for x, column in enumerate(columns):
            status = by_key.get(column)
            if status is not None:
                data = status.to_json()
                ax.text(
                    x, y, f"{data['done']}/{data['required']}", ha="center", va="center", fontsize=6
                )
    # Thin white lines between cells make a grid out of the image.
    ax.set_xticks([x - 0.5 for x in range(1, len(columns))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(names))], minor=True)
    ax.grid(which="minor", color="#cfd8dc", linewidth=1)
    ax.tick_params(which="minor", length=0)
    semester = next((r.report.semester for r in results if r.report.semester), None)
    at = results[0].report.at.strftime("%Y-%m-%d %H:%M") if results else ""
    title = (
        t(lang, "forms.grid.title", semester=semester.name, at=at)
        if semester
        else t(lang, "forms.grid.title_no_semester", at=at)
    )
    # Above the rotated rule labels, which sit where an axes title would go.
    ax.figure.suptitle(title, fontsize=10, y=0.995, va="top")
