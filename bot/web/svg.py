"""Inline SVG charts for the dashboard (no JavaScript, no pictures to fetch).

Every coloured cell also carries its state as a mark and a <title>, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from markupsafe import Markup

from reminders.compliance import RuleStatus

_WIDTH = 320
_LABEL = 16
_CELL = 22
_GAP = 2


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _short_period(key: str) -> str:
    """A period's key as a cell can show it: "2026-11" → "11", "…:W11-12" → "W11-12";
    a semester's own key (one cell for the whole semester) shows nothing."""
    if ":" in key:
        return key.rsplit(":", 1)[1]
    parts = key.split("-")
    return parts[1] if len(parts) == 2 else ""


def timeline_svg(
    rules: Sequence[str],
    history: Sequence[RuleStatus],
    *,
    rule_label: Callable[[str], str],
    state_label: Callable[[str], str],
    marks: Mapping[str, str],
) -> Markup:
    """One row per rule, one cell per period started so far in the semester."""
    by_rule: dict[str, list[RuleStatus]] = {}
    for status in history:
        by_rule.setdefault(status.rule, []).append(status)
    shown = [rule for rule in rules if rule in by_rule]
    row_height = _LABEL + _CELL + 14
    height = max(row_height * len(shown), 1)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {_WIDTH} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" width="100%">'
    ]
    for row, rule in enumerate(shown):
        y = row * row_height
        parts.append(f'<text class="tl-label" x="0" y="{y + 12}">{escape(rule_label(rule))}</text>')
        periods = by_rule[rule]
        width = min(40.0, (_WIDTH - _GAP * (len(periods) - 1)) / len(periods))
        for i, status in enumerate(periods):
            x = i * (width + _GAP)
            title = (
                f"{status.period}: {_number(status.done)}/{_number(status.required)} "
                f"{state_label(status.state)}"
            )
            parts.append(
                f'<g class="s-{status.state}"><title>{escape(title)}</title>'
                f'<rect x="{x:.1f}" y="{y + _LABEL}" width="{width:.1f}" height="{_CELL}" rx="3"/>'
                f'<text x="{x + width / 2:.1f}" y="{y + _LABEL + 15}" text-anchor="middle">'
                f"{marks.get(status.state, '?')}</text>"
                f'<text class="tl-period" x="{x + width / 2:.1f}" y="{y + _LABEL + _CELL + 9}" '
                f'text-anchor="middle">{escape(_short_period(status.period))}</text></g>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
