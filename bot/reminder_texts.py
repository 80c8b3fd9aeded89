"""A reminder's words and buttons, in the recipient's language, from the message catalogue.

Kept apart from the decisions so those stay free of any text; callback data stays short
(Telegram allows 64 bytes): ``rs:<ledger id>`` snooze, ``rl:<kind>`` log, ``ro:`` status.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Final

from bot.formatting import STATE_MARKS, TELEGRAM_TEXT_LIMIT, date_label
from bot.i18n import t
from reminders.decisions import ADVISOR, COUNSELOR, DIGEST, Reminder

# Rows of (label, callback data).
Buttons = Sequence[Sequence[tuple[str, str]]]

SNOOZE_PREFIX: Final = "rs:"
LOG_PREFIX: Final = "rl:"
STATUS_PREFIX: Final = "ro:"


def _number(value: Any) -> str:
    return f"{float(value):g}"


def _day(lang: str, iso: str) -> str:
    return date_label(lang, date.fromisoformat(iso))


def render(reminder: Reminder) -> str:
    """The message text of ``reminder``."""
    if reminder.stage == DIGEST:
        return _render_digest(reminder)
    lang, p = reminder.lang, reminder.params
    unit = t(lang, f"reminders.unit_{p['measure']}")
    missing_count = max(float(p["required"]) - float(p["done"]), 0.0)
    return t(
        lang,
        reminder.text_key,
        class_name=p["class_name"],
        rule=t(lang, f"rules.rule.{p['rule']}"),
        period=p["period"],
        month=p.get("month", p["period"]),
        done=_number(p["done"]),
        required=_number(p["required"]),
        unit=unit,
        missing=t(lang, "reminders.missing", count=_number(missing_count), unit=unit),
        due=_day(lang, p["due"]),
        nudge=p.get("nudge", 1),
        nudges=p.get("nudges", 1),
    )


def _render_digest(reminder: Reminder) -> str:
    lang, p = reminder.lang, reminder.params
    period = str(p["period"])
    title = "reminders.digest_week" if "W" in period else "reminders.digest_month"
    lines = [t(lang, title, period=period)]
    for class_name, items in p["classes"]:
        lines.append(t(lang, "reminders.digest_class", class_name=class_name))
        for rule, rule_period, state, due in items:
            lines.append(
                t(
                    lang,
                    "reminders.digest_item",
                    mark=STATE_MARKS.get(state, "•"),
                    rule=t(lang, f"rules.rule.{rule}"),
                    period=rule_period,
                    state=t(lang, f"rules.state.{state}"),
                    due=_day(lang, due),
                )
            )
    if p["unreachable"]:
        lines.append(t(lang, "reminders.digest_unreachable_title"))
        for class_name, advisor in p["unreachable"]:
            lines.append(
                t(lang, "reminders.digest_unreachable", class_name=class_name, advisor=advisor)
            )
    return _fit(lang, lines)


def _fit(lang: str, lines: list[str]) -> str:
    """At most one Telegram message: a counselor gets one digest, the rest is in /status."""
    limit = TELEGRAM_TEXT_LIMIT - 100
    kept: list[str] = []
    size = 0
    for i, line in enumerate(lines):
        if size + len(line) + 1 > limit:
            kept.append(t(lang, "reminders.digest_more", count=len(lines) - i))
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept)


def logged_kinds(data: Iterable[str]) -> tuple[str, ...]:
    """The kinds of work a reminder's "log it now" buttons ask for (their callback data), in
    order, each once: what an advisor's reply to that reminder is most likely about."""
    kinds = (d.removeprefix(LOG_PREFIX) for d in data if d.startswith(LOG_PREFIX))
    return tuple(dict.fromkeys(k for k in kinds if k))


def buttons(reminder: Reminder, ledger_id: int) -> list[list[tuple[str, str]]]:
    """The keyboard under a reminder: log it now (activity rules), snooze, open status."""
    lang = reminder.lang
    row: list[tuple[str, str]] = []
    if reminder.role == ADVISOR and reminder.kind is not None:
        row.append((t(lang, "reminders.button_log"), f"{LOG_PREFIX}{reminder.kind}"))
    elif reminder.role == ADVISOR and reminder.params.get("measure") == "hours":
        row.append((t(lang, "reminders.button_log"), LOG_PREFIX))
    row.append((t(lang, "reminders.button_snooze"), f"{SNOOZE_PREFIX}{ledger_id}"))
    if reminder.role == COUNSELOR:
        row.append((t(lang, "reminders.button_status"), STATUS_PREFIX))
    return [row]


def message_text(reasons: Sequence[Reminder], texts: Sequence[str]) -> str:
    """One person's reasons of one sweep as one message: one reason is its own text; several
    get a title, with a blank line between classes (the caller orders them)."""
    if len(texts) == 1:
        return texts[0]
    lang = reasons[0].lang
    lines = [t(lang, "judge.message_title", count=len(texts))]
    previous: str | None = None
    for reason, text in zip(reasons, texts, strict=True):
        if reason.subject != previous:
            lines.append("")
            previous = reason.subject
        lines.append(text)
    return _fit(lang, lines)


def message_buttons(reasons: Sequence[Reminder], ledger_ids: Sequence[int]) -> Buttons:
    """Under a message of several reasons: "log it now" per kind of work asked for (two to a
    row), then one snooze for the whole message (it names the first reason's ledger row; the
    snooze covers every row sent with it)."""
    if len(reasons) == 1:
        return buttons(reasons[0], ledger_ids[0])
    lang = reasons[0].lang
    logs: dict[str, tuple[str, str]] = {}
    for reason in reasons:
        if reason.role != ADVISOR:
            continue
        if reason.kind is not None:
            label = t(lang, "judge.button_log_kind", kind=t(lang, f"rules.kind.{reason.kind}"))
            logs.setdefault(reason.kind, (label, f"{LOG_PREFIX}{reason.kind}"))
        elif reason.params.get("measure") == "hours":
            logs.setdefault("", (t(lang, "reminders.button_log"), LOG_PREFIX))
    found: list[list[tuple[str, str]]] = []
    row: list[tuple[str, str]] = []
    for button in logs.values():
        row.append(button)
        if len(row) == 2:
            found.append(row)
            row = []
    if row:
        found.append(row)
    last = [(t(lang, "reminders.button_snooze"), f"{SNOOZE_PREFIX}{ledger_ids[0]}")]
    if reasons[0].role == COUNSELOR:
        last.append((t(lang, "reminders.button_status"), STATUS_PREFIX))
    found.append(last)
    return found
