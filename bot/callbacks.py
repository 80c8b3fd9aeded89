"""Callback data of every button the chat flows send: one typed value, one encoder and one
decoder per button kind, in one place.

Telegram allows 64 bytes of callback data. A button carries at most one activity id (a
record's other records are found through its message), a class id, a date, a kind's code
(never an index into a list that may be reordered) or the token of an open question stored
in the database (`storage.questions`); anything longer lives in that row. `decode` never
raises: data that is malformed, of an unknown prefix or out of range gives None, and the
handler answers "this button is no longer valid".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from bot.parsing import KINDS
from storage.forms import MONTHLY_FORM, SEMESTER_PLAN

MAX_BYTES: Final = 64
_MAX_ID: Final = 2**63 - 1  # BIGINT
_ID = r"(\d{1,19})"
_TOKEN = r"([A-Za-z0-9_-]{4,16})"
_DAY = r"(\d{8}|\d{4}-\d{2}-\d{2})"
_KIND = r"([a-z_]{1,32})"
_ID_RE: Final = re.compile(_ID)


@dataclass(frozen=True, slots=True)
class ChooseClass:
    """Which class a question's note belongs to."""

    token: str
    class_id: int


@dataclass(frozen=True, slots=True)
class Confirm:
    """Yes or no to a question (an odd date, an implausible number, a plan's wording)."""

    token: str
    yes: bool


@dataclass(frozen=True, slots=True)
class Undo:
    """Undo one record, or every record of its message."""

    activity_id: int
    whole_message: bool = False


@dataclass(frozen=True, slots=True)
class RecordMenu:
    """Open the fixing buttons of one record of a message."""

    activity_id: int


@dataclass(frozen=True, slots=True)
class ShowRecords:
    """Back from one record's buttons to the buttons of all records of its message."""

    activity_id: int


@dataclass(frozen=True, slots=True)
class AskDate:
    activity_id: int


@dataclass(frozen=True, slots=True)
class SetDate:
    activity_id: int
    day: date


@dataclass(frozen=True, slots=True)
class AskKind:
    activity_id: int


@dataclass(frozen=True, slots=True)
class SetKind:
    activity_id: int
    kind: str


@dataclass(frozen=True, slots=True)
class AskAdd:
    """Offer the kinds to record one more activity from the record's message, on its day."""

    activity_id: int


@dataclass(frozen=True, slots=True)
class AddOnDay:
    """Offer the kinds to record one more activity from the record's message on this day, one
    of the days its records fall on (asked first when they fall on more than one)."""

    activity_id: int
    day: date


@dataclass(frozen=True, slots=True)
class AddKind:
    """Record one more activity of this kind from the record's message, on `day` (one of the
    message's days) or, without one, on the record's own day."""

    activity_id: int
    kind: str
    day: date | None = None


@dataclass(frozen=True, slots=True)
class SwitchClass:
    """Move every record of the activity's message to another of the advisor's classes."""

    activity_id: int
    class_id: int


@dataclass(frozen=True, slots=True)
class PlanAnswer:
    """The answer to a plan: ok (keep the to-do), done (record it now), cancel."""

    token: str
    answer: str


@dataclass(frozen=True, slots=True)
class FollowUp:
    """The evening question about a plan: record, move (choose a day), missed."""

    token: str
    answer: str


@dataclass(frozen=True, slots=True)
class MovePlan:
    token: str
    day: date


@dataclass(frozen=True, slots=True)
class Alternative:
    """One of the parser's alternative readings of a note, by its position in the question."""

    token: str
    index: int


@dataclass(frozen=True, slots=True)
class MarkDocument:
    """Mark a document named in a note (the month's form, the plan) as handed in."""

    token: str


@dataclass(frozen=True, slots=True)
class RecordAs:
    """Record a note the parser did not understand as this kind; None: it is not a record."""

    token: str
    kind: str | None


NOT_A_RECORD: Final = "none"  # RecordAs's code for "not a record" (no kind is named so)
PLAN_ANSWERS: Final = ("ok", "done", "cancel")
FOLLOW_UP_ANSWERS: Final = ("record", "move", "missed")

Button = (
    ChooseClass
    | Confirm
    | Undo
    | RecordMenu
    | ShowRecords
    | AskDate
    | SetDate
    | AskKind
    | SetKind
    | AskAdd
    | AddOnDay
    | AddKind
    | SwitchClass
    | PlanAnswer
    | FollowUp
    | MovePlan
    | Alternative
    | MarkDocument
    | RecordAs
)

# The prefixes the recording flow answers (the router's pattern is built from these).
PREFIXES: Final = (
    "c", "y", "n", "u", "U", "r", "b", "d", "sd", "k", "sk", "ad", "ay", "ak", "cs", "p", "f", "fm", "a",
    "m", "ra",
)  # fmt: skip


def _day(text: str) -> str:
    return text.replace("-", "")


def encode(button: Button) -> str:
    """The callback data of a button (always within 64 bytes)."""
    match button:
        case ChooseClass(token, class_id):
            data = f"c:{token}:{class_id}"
        case Confirm(token, yes):
            data = f"{'y' if yes else 'n'}:{token}"
        case Undo(activity_id, whole):
            data = f"{'U' if whole else 'u'}:{activity_id}"
        case RecordMenu(activity_id):
            data = f"r:{activity_id}"
        case ShowRecords(activity_id):
            data = f"b:{activity_id}"
        case AskDate(activity_id):
            data = f"d:{activity_id}"
        case SetDate(activity_id, day):
            data = f"sd:{day:%Y%m%d}:{activity_id}"
        case AskKind(activity_id):
            data = f"k:{activity_id}"
        case SetKind(activity_id, kind):
            data = f"sk:{kind}:{activity_id}"
        case AskAdd(activity_id):
            data = f"ad:{activity_id}"
        case AddOnDay(activity_id, day):
            data = f"ay:{day:%Y%m%d}:{activity_id}"
        case AddKind(activity_id, kind, None):
            data = f"ak:{kind}:{activity_id}"
        case AddKind(activity_id, kind, day):
            data = f"ak:{kind}:{day:%Y%m%d}:{activity_id}"
        case SwitchClass(activity_id, class_id):
            data = f"cs:{activity_id}:{class_id}"
        case PlanAnswer(token, answer):
            data = f"p:{answer}:{token}"
        case FollowUp(token, answer):
            data = f"f:{answer}:{token}"
        case MovePlan(token, day):
            data = f"fm:{day:%Y%m%d}:{token}"
        case Alternative(token, index):
            data = f"a:{index}:{token}"
        case MarkDocument(token):
            data = f"m:{token}"
        case RecordAs(token, kind):
            data = f"ra:{kind or NOT_A_RECORD}:{token}"
    assert len(data.encode()) <= MAX_BYTES, data
    return data


_PATTERNS: Final = {
    "c": re.compile(rf"{_TOKEN}:{_ID}"),
    "y": re.compile(_TOKEN),
    "n": re.compile(_TOKEN),
    "u": re.compile(_ID),
    "U": re.compile(_ID),
    "r": re.compile(_ID),
    "b": re.compile(_ID),
    "d": re.compile(_ID),
    "sd": re.compile(rf"{_DAY}:{_ID}"),
    "k": re.compile(_ID),
    "sk": re.compile(rf"{_KIND}:{_ID}"),
    "ad": re.compile(_ID),
    "ay": re.compile(rf"{_DAY}:{_ID}"),
    "ak": re.compile(rf"{_KIND}:(?:{_DAY}:)?{_ID}"),
    "cs": re.compile(rf"{_ID}:{_ID}"),
    "p": re.compile(rf"([a-z]{{1,8}}):{_TOKEN}"),
    "f": re.compile(rf"([a-z]{{1,8}}):{_TOKEN}"),
    "fm": re.compile(rf"{_DAY}:{_TOKEN}"),
    "a": re.compile(rf"(\d{{1,2}}):{_TOKEN}"),
    "m": re.compile(_TOKEN),
    "ra": re.compile(rf"{_KIND}:{_TOKEN}"),
}


def _int(text: str) -> int:
    value = int(text)
    if not 0 < value <= _MAX_ID:
        raise ValueError(text)
    return value


def _parse_day(text: str) -> date:
    compact = _day(text)
    return date(int(compact[:4]), int(compact[4:6]), int(compact[6:]))


def decode(data: str | None) -> Button | None:
    """The button behind callback data, or None when it is not one of ours or malformed."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    prefix, sep, rest = data.partition(":")
    pattern = _PATTERNS.get(prefix)
    match = pattern.fullmatch(rest) if pattern is not None and sep else None
    if match is None:
        return None
    g = match.groups()
    try:
        return _build(prefix, g)
    except ValueError:  # an id of 0 or past BIGINT, 2026-02-30, an unknown kind or answer
        return None


def _build(prefix: str, g: tuple[str, ...]) -> Button:
    if prefix == "c":
        return ChooseClass(g[0], _int(g[1]))
    if prefix in ("y", "n"):
        return Confirm(g[0], prefix == "y")
    if prefix in ("u", "U"):
        return Undo(_int(g[0]), prefix == "U")
    if prefix == "r":
        return RecordMenu(_int(g[0]))
    if prefix == "b":
        return ShowRecords(_int(g[0]))
    if prefix == "d":
        return AskDate(_int(g[0]))
    if prefix == "sd":
        return SetDate(_int(g[1]), _parse_day(g[0]))
    if prefix == "k":
        return AskKind(_int(g[0]))
    if prefix == "sk":
        if g[0] not in KINDS:
            raise ValueError(g[0])
        return SetKind(_int(g[1]), g[0])
    if prefix == "ak":
        if g[0] not in KINDS:
            raise ValueError(g[0])
        # The day is optional (older buttons and single-day notes): an unmatched group is None.
        return AddKind(_int(g[2]), g[0], _parse_day(g[1]) if g[1] else None)
    if prefix == "ad":
        return AskAdd(_int(g[0]))
    if prefix == "ay":
        return AddOnDay(_int(g[1]), _parse_day(g[0]))
    if prefix == "cs":
        return SwitchClass(_int(g[0]), _int(g[1]))
    if prefix == "p":
        if g[0] not in PLAN_ANSWERS:
            raise ValueError(g[0])
        return PlanAnswer(g[1], g[0])
    if prefix == "f":
        if g[0] not in FOLLOW_UP_ANSWERS:
            raise ValueError(g[0])
        return FollowUp(g[1], g[0])
    if prefix == "fm":
        return MovePlan(g[1], _parse_day(g[0]))
    if prefix == "a":
        return Alternative(g[1], int(g[0]))
    if prefix == "ra":
        if g[0] == NOT_A_RECORD:
            return RecordAs(g[1], None)
        if g[0] not in KINDS:
            raise ValueError(g[0])
        return RecordAs(g[1], g[0])
    return MarkDocument(g[0])


# The form and plan buttons (bot/handlers/forms.py) -------------------------------------------


@dataclass(frozen=True, slots=True)
class FormButton:
    """fp (preview), fn (add a note), fs (submit), fd (download) for a class and month."""

    action: str
    class_id: int
    month: str  # "2026-11"


@dataclass(frozen=True, slots=True)
class PlanClass:
    """Which class a pending plan document (an open question) belongs to."""

    token: str
    class_id: int


FORM_ACTIONS: Final = ("fp", "fn", "fs", "fd")
_FORM = re.compile(r"(f[pnsd]):(\d{1,19}):(\d{4})(\d{2})")
_PLAN = re.compile(rf"pl:{_TOKEN}:{_ID}")


def encode_form(button: FormButton | PlanClass) -> str:
    if isinstance(button, PlanClass):
        return f"pl:{button.token}:{button.class_id}"
    return f"{button.action}:{button.class_id}:{button.month.replace('-', '')}"


def decode_form(data: str | None) -> FormButton | PlanClass | None:
    """A form or plan button, or None when malformed (month 1–12, ids within BIGINT)."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    try:
        if (plan := _PLAN.fullmatch(data)) is not None:
            return PlanClass(plan.group(1), _int(plan.group(2)))
        if (form := _FORM.fullmatch(data)) is not None:
            action, class_id, year, month = form.groups()
            if not 1 <= int(month) <= 12 or int(year) < 2000:
                return None
            return FormButton(action, _int(class_id), f"{year}-{month}")
    except ValueError:
        return None
    return None


# The counselor's desk (bot/handlers/desk.py) --------------------------------------------------

NUDGE: Final = "dn"  # dn:<f|p>:<class id>:<yyyymm>
NUDGE_ALL: Final = "dA"  # dA:<yyyymm>
ZIP: Final = "dz"  # dz:<yyyymm>
PAGE: Final = "dp"  # dp:<yyyymm>:<page>
OPEN: Final = "do"  # do:<f|p>:<document id>
APPROVE: Final = "da"  # da:<f|p>:<document id>
RETURN: Final = "dr"  # dr:<f|p>:<document id>
DESK_PATTERN: Final = rf"^({NUDGE}|{NUDGE_ALL}|{ZIP}|{PAGE}|{OPEN}|{APPROVE}|{RETURN}):"

_DOC_CODES: Final = {"f": MONTHLY_FORM, "p": SEMESTER_PLAN}
_CODE_OF_DOC: Final = {doc: code for code, doc in _DOC_CODES.items()}
_MONTH_CODE: Final = re.compile(r"^(\d{4})(0[1-9]|1[0-2])$")


def _month_code(month: str) -> str:
    return month.replace("-", "")


@dataclass(frozen=True, slots=True)
class NudgeButton:
    doc: str
    class_id: int
    month: str

    def encode(self) -> str:
        return f"{NUDGE}:{_CODE_OF_DOC[self.doc]}:{self.class_id}:{_month_code(self.month)}"


@dataclass(frozen=True, slots=True)
class MonthButton:
    """A button about the whole month: nudge all missing (dA) or the zip (dz)."""

    action: str
    month: str

    def encode(self) -> str:
        return f"{self.action}:{_month_code(self.month)}"


@dataclass(frozen=True, slots=True)
class PageButton:
    month: str
    page: int

    def encode(self) -> str:
        return f"{PAGE}:{_month_code(self.month)}:{self.page}"


@dataclass(frozen=True, slots=True)
class DocButton:
    """A button about one submitted version: open (do), approve (da), return (dr)."""

    action: str
    doc: str
    document_id: int

    def encode(self) -> str:
        return f"{self.action}:{_CODE_OF_DOC[self.doc]}:{self.document_id}"


DeskButton = NudgeButton | MonthButton | PageButton | DocButton


def decode_desk(data: str | None) -> DeskButton | None:
    """A desk button, or None for anything malformed (month 1–12, ids within BIGINT)."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split(":")
    action, rest = parts[0], parts[1:]
    try:
        if action == NUDGE and len(rest) == 3 and _ID_RE.fullmatch(rest[1]):
            return NudgeButton(_DOC_CODES[rest[0]], _int(rest[1]), _decode_month(rest[2]))
        if action in (NUDGE_ALL, ZIP) and len(rest) == 1:
            return MonthButton(action, _decode_month(rest[0]))
        if action == PAGE and len(rest) == 2 and rest[1].isdigit() and len(rest[1]) < 5:
            return PageButton(_decode_month(rest[0]), int(rest[1]))
        if action in (OPEN, APPROVE, RETURN) and len(rest) == 2 and _ID_RE.fullmatch(rest[1]):
            return DocButton(action, _DOC_CODES[rest[0]], _int(rest[1]))
    except (KeyError, ValueError):
        return None
    return None


def _decode_month(code: str) -> str:
    match = _MONTH_CODE.match(code)
    if match is None:
        raise ValueError(code)
    return f"{match.group(1)}-{match.group(2)}"
