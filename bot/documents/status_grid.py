"""The status picture: classes (rows) × rules (columns), each cell coloured by its state.

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
from typing import Final

from bot.i18n import t
from reminders.jobs.status import ClassCompliance

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
    rules = _rule_order(results)
    names = [r.row.name for r in results]
    height = _HEADER_INCHES + _LEGEND_INCHES + _ROW_INCHES * max(1, len(names))
    width = 3.0 + 1.1 * max(1, len(rules))

    colours = [
        [STATE_COLOURS[_state(result, rule)] for rule in rules] or [STATE_COLOURS["n/a"]]
        for result in results
    ] or [[STATE_COLOURS["n/a"]] * max(1, len(rules))]

    rc = {"font.family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"]}
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
                _draw(ax, colours, names, rules, results, label_lang)
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


def _rule_order(results: Sequence[ClassCompliance]) -> list[str]:
    rules: list[str] = []
    for result in results:
        for status in result.report.rules:
            if status.rule not in rules:
                rules.append(status.rule)
    return rules


def _state(result: ClassCompliance, rule: str) -> str:
    status = result.report.rule(rule)
    return status.state if status is not None and status.state in STATE_COLOURS else "n/a"


def _draw(
    ax: object,
    colours: list[list[str]],
    names: list[str],
    rules: list[str],
    results: Sequence[ClassCompliance],
    lang: str,
) -> None:
    from matplotlib.colors import to_rgb

    image = [[to_rgb(c) for c in row] for row in colours]
    ax.imshow(image, aspect="auto", interpolation="nearest")  # type: ignore[attr-defined]
    ax.set_yticks(range(len(names)), labels=names, fontsize=8)  # type: ignore[attr-defined]
    ax.set_xticks(  # type: ignore[attr-defined]
        range(len(rules)),
        labels=[t(lang, f"rules.rule.{rule}") for rule in rules],
        rotation=40,
        ha="left",
        fontsize=8,
    )
    ax.xaxis.tick_top()  # type: ignore[attr-defined]
    # done/required in each cell, so the picture answers "how far" as well as "which state".
    for y, result in enumerate(results):
        for x, rule in enumerate(rules):
            status = result.report.rule(rule)
            if status is not None:
                data = status.to_json()
                ax.text(  # type: ignore[attr-defined]
                    x, y, f"{data['done']}/{data['required']}", ha="center", va="center", fontsize=7
                )
    # Thin white lines between cells make a grid out of the image.
    ax.set_xticks([x - 0.5 for x in range(1, len(rules))], minor=True)  # type: ignore[attr-defined]
    ax.set_yticks([y - 0.5 for y in range(1, len(names))], minor=True)  # type: ignore[attr-defined]
    ax.grid(which="minor", color="#cfd8dc", linewidth=1)  # type: ignore[attr-defined]
    ax.tick_params(which="minor", length=0)  # type: ignore[attr-defined]
    semester = next((r.report.semester for r in results if r.report.semester), None)
    at = results[0].report.at.strftime("%Y-%m-%d %H:%M") if results else ""
    title = (
        t(lang, "forms.grid.title", semester=semester.name, at=at)
        if semester
        else t(lang, "forms.grid.title_no_semester", at=at)
    )
    # Above the rotated rule labels, which sit where an axes title would go.
    ax.figure.suptitle(title, fontsize=10, y=0.995, va="top")  # type: ignore[attr-defined]
