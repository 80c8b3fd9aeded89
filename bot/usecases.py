"""Use cases behind the chat commands: each takes a session and plain values, returns values.

Nothing here imports telegram; handlers turn the results into replies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from bot.parsing import ParsedActivity
from bot.parsing.find import COUNTED_KINDS
from bot.parsing.note_date import note_count
from reminders.jobs.status import ClassCompliance, class_compliance, load_calendar
from reminders.policy import Policy
from storage import activities, directory, forms, linking
from storage.directory import ClassRef
from storage.errors import Ambiguous, InputError, NotFound
from storage.forms import MonthlyForm
from storage.models import Activity, LinkRequest, Person, SchoolClass, Semester, SemesterPlan


def identify(
    session: Session, telegram_id: int, admin_ids: frozenset[int], first_name: str, now: datetime
) -> Person | None:
    """The registered person with this Telegram id; admins from the settings are registered
    on their first contact even when the roster does not list them."""
    person = directory.person_by_telegram(session, telegram_id)
    if person is None and telegram_id in admin_ids:
        person = Person(
            name=f"{first_name or 'admin'} ({telegram_id})",
            telegram_id=telegram_id,
            is_admin=True,
            created_at=now,
        )
        session.add(person)
        session.flush()
    return person


@dataclass(frozen=True, slots=True)
class LinkResult:
    person: Person | None
    # "linked", "already", "username_pending", "too_many_codes", "unknown", or an invite
    # error key ("invite_unknown", "invite_used", "invite_expired", "invite_taken")
    reason: str
    moved_from: int | None = None  # a code moved the link away from this account
    request: LinkRequest | None = None  # a username request just opened: tell the admins
    candidate: Person | None = None  # whom a username request is for


_WRONG_CODE = ("invite_unknown", "invite_used", "invite_expired")


def link_on_start(
    session: Session,
    telegram_id: int,
    username: str | None,
    code: str | None,
    now: datetime,
    display_name: str = "",
) -> LinkResult:
    """/start [CODE]: redeem an invite, or ask an admin to confirm the roster's @username."""
    current = directory.person_by_telegram(session, telegram_id)
    if code:
        if linking.too_many_wrong_codes(session, telegram_id, now):
            return LinkResult(current, "too_many_codes")
        previous = linking.account_of_invite(session, code)
        try:
            person = directory.redeem_invite(session, code, telegram_id, now)
        except InputError as exc:
            if current is not None and str(exc) == "invite_used":
                return LinkResult(current, "already")
            if str(exc) in _WRONG_CODE:
                linking.note_wrong_code(session, telegram_id, now)
            return LinkResult(current, str(exc))
        moved = previous if previous is not None and previous != telegram_id else None
        return LinkResult(person, "linked", moved_from=moved)
    if current is not None:
        return LinkResult(current, "already")
    if username:
        candidate = directory.person_by_username(session, username)
        if candidate is not None:
            request, opened = linking.open_request(
                session, candidate, telegram_id, username, display_name, now
            )
            return LinkResult(
                None, "username_pending", request=request if opened else None, candidate=candidate
            )
    return LinkResult(None, "unknown")


def decide_link(
    session: Session, request_id: int, admin: Person, confirm: bool, now: datetime
) -> linking.Decision:
    """An admin's [confirm] or [refuse] under a username link request."""
    return linking.decide(session, request_id, admin, confirm, now)


@dataclass(frozen=True, slots=True)
class ClassChoice:
    """Where a recording goes: one class, a choice among several, or a refusal key.

    `others` are the advisor's other classes, offered as one tap to switch.
    """

    school_class: ClassRef | None = None
    options: tuple[ClassRef, ...] = ()
    refusal: str | None = None
    others: tuple[ClassRef, ...] = ()


def class_for_recording(
    conn: Connection, advisor_id: int, chat_id: int, private: bool, named: int | None = None
) -> ClassChoice:
    """The group's bound class; else the class the note names (or was chosen with a button);
    else the advisor's only class; else the last class used in this chat; else a choice."""
    if not private:
        bound = directory.bound_class(conn, chat_id)
        if bound is not None:
            if bound.advisor_id != advisor_id:
                return ClassChoice(refusal="not_your_group")
            return ClassChoice(school_class=bound)
    own = directory.classes_of_advisor(conn, advisor_id)
    if not own:
        return ClassChoice(refusal="no_class")
    by_id = {c.id: c for c in own}
    chosen = by_id.get(named) if named is not None else None
    if named is not None and chosen is None:
        return ClassChoice(refusal="no_class")
    if chosen is None and len(own) == 1:
        chosen = own[0]
    if chosen is None:
        chosen = by_id.get(activities.last_class_in_chat(conn, advisor_id, chat_id) or 0)
    if chosen is None:
        return ClassChoice(options=tuple(own))
    return ClassChoice(school_class=chosen, others=tuple(c for c in own if c.id != chosen.id))


def own_class(conn: Connection, advisor_id: int, class_id: int) -> ClassRef | None:
    school_class = directory.class_ref(conn, class_id)
    if school_class is None or school_class.advisor_id != advisor_id:
        return None
    return school_class


@dataclass(frozen=True, slots=True)
class StatusAnswer:
    results: list[ClassCompliance]
    refusal: str | None = None
    detail: str = ""


def status_for(
    session: Session, person: Person, policy: Policy, at: datetime, class_name: str | None
) -> StatusAnswer:
    """/status [CLASS]: what this person may see, judged at `at`."""
    if not (person.is_admin or person.is_counselor or person.is_advisor):
        return StatusAnswer([], refusal="status_refused")
    if class_name:
        try:
            school_class = directory.find_class(session, class_name)
        except NotFound:
            return StatusAnswer([], refusal="unknown_class", detail=class_name)
        except Ambiguous as exc:
            return StatusAnswer([], refusal="ambiguous_class", detail=str(exc))
        if not directory.can_see_class(person, school_class):
            return StatusAnswer([], refusal="not_your_class", detail=school_class.name)
        ids = [school_class.id]
    else:
        ids = [c.id for c in directory.visible_classes(session, person)]
        if not ids:
            return StatusAnswer([], refusal="no_classes")
    return StatusAnswer(class_compliance(session, policy, at, ids))


def my_status(session: Session, person: Person, policy: Policy, at: datetime) -> StatusAnswer:
    """/me: the advisor's own classes."""
    ids = [c.id for c in directory.classes_of_advisor(session, person.id)]
    if not ids:
        return StatusAnswer([], refusal="no_class")
    return StatusAnswer(class_compliance(session, policy, at, ids))


@dataclass(frozen=True, slots=True)
class BindResult:
    school_class: SchoolClass | None
    refusal: str | None = None
    detail: str = ""


def bind_group(
    session: Session,
    person: Person,
    chat_id: int,
    class_name: str,
    now: datetime,
    *,
    is_admin: bool | None = None,
) -> BindResult:
    """/bind CLASS in a group: an admin; or, for a group not bound to another class, that
    class's own advisor or counselor. A group bound to another class needs an admin, so
    nobody can move a group's records away from its class."""
    admin = person.is_admin if is_admin is None else is_admin
    try:
        school_class = directory.find_class(session, class_name)
    except NotFound:
        return BindResult(None, "unknown_class", class_name)
    except Ambiguous as exc:
        return BindResult(None, "ambiguous_class", str(exc))
    bound = directory.bound_class(session, chat_id)
    if bound is not None and bound.id != school_class.id and not admin:
        return BindResult(None, "bind_taken", bound.name)
    own = person.id in (school_class.advisor_id, school_class.counselor_id)
    if not (admin or own):
        return BindResult(None, "bind_refused", school_class.name)
    directory.bind_group(session, chat_id, school_class, person, now)
    return BindResult(school_class)


def set_language(session: Session, person_id: int, lang: str) -> None:
    person = session.get(Person, person_id)
    if person is not None:
        person.language = lang


def change_date(
    session: Session, advisor_id: int, ids: Sequence[int], new_date: date, now: datetime
) -> list[Activity]:
    """Move the advisor's own activities to another date."""
    rows = _own_rows(session, advisor_id, ids)
    for row in rows:
        row.local_date = new_date
        row.updated_at = now
    return rows


def change_kind(
    session: Session, advisor_id: int, activity_id: int, kind: str, now: datetime
) -> Activity | None:
    rows = _own_rows(session, advisor_id, [activity_id])
    for row in rows:
        row.kind = kind
        row.updated_at = now
    return rows[0] if rows else None


def add_to_message(
    session: Session,
    advisor_id: int,
    activity_id: int,
    kind: str,
    duties_of: Callable[[str], Sequence[str]],
    now: datetime,
    day: date | None = None,
) -> list[Activity]:
    """Record one more activity, of `kind`, from the message `activity_id` came from (a note
    the parser read only in part), on `day` (which must be a day one of the message's live
    records falls on) or, without one, on that record's day; in its class. Returns the
    message's live records afterwards, or [] when the record is not the advisor's or the day
    is not one of the message's. A kind already recorded from the message on that day is not
    recorded again (a second press). It carries the duty codes `duties_of` finds in the note,
    as a parsed activity does."""
    rows = _own_rows(session, advisor_id, [activity_id])
    if not rows:
        return []
    row = rows[0]
    chat_id, message_id = row.source_chat_id, row.source_message_id
    if chat_id is None or message_id is None:  # no message to add to (a console record)
        return []
    siblings = activities.same_message(session, row)
    on = row.local_date if day is None else day
    if on not in {s.local_date for s in siblings}:  # forged, or its records moved since
        return []
    if any(s.kind == kind and s.local_date == on for s in siblings):
        return siblings
    source = activities.Source(chat_id, message_id, row.source_text or "", row.source)
    # The note's count of people is this kind's only when no record of it counts people yet
    # ("查寝，给两个娃的爸妈回了电话" adds two parents; a talk added beside 3 parents is one).
    claimed = any(s.kind in COUNTED_KINDS for s in siblings)
    count = 1 if claimed else note_count(source.text, kind)
    item = ParsedActivity(kind, on, count=count, duties=tuple(duties_of(source.text)))
    first = activities.next_seq(session, chat_id, message_id)
    activities.record(
        session.connection(), row.advisor, row.school_class, source, [item], now, first
    )
    return activities.same_message(session, row)


def undo_ids(
    session: Session, advisor_id: int, ids: Sequence[int], now: datetime
) -> list[Activity]:
    rows = _own_rows(session, advisor_id, ids)
    for row in rows:
        row.deleted_at = now
    return rows


def records_of_message(session: Session, advisor_id: int, ids: Sequence[int]) -> list[Activity]:
    """The advisor's live records of the message the first of `ids` came from."""
    rows = _own_rows(session, advisor_id, ids[:1])
    return activities.same_message(session, rows[0]) if rows else []


def records_of_album(
    session: Session, advisor_id: int, chat_id: int, media_group_id: str
) -> list[Activity]:
    """The advisor's live records an album's captioned photo was kept for."""
    from storage.evidence import activities_of_album

    return _own_rows(session, advisor_id, activities_of_album(session, chat_id, media_group_id))


def switch_class(
    session: Session, advisor_id: int, activity_id: int, class_id: int, now: datetime
) -> list[Activity]:
    """Move every record of the activity's message to another of the advisor's classes."""
    rows = records_of_message(session, advisor_id, [activity_id])
    target = session.get(SchoolClass, class_id)
    if not rows or target is None or target.advisor_id != advisor_id:
        return []
    for row in rows:
        row.class_id = class_id
        row.school_class = target
        row.updated_at = now
    return rows


def _own_rows(session: Session, advisor_id: int, ids: Sequence[int]) -> list[Activity]:
    rows = [session.get(Activity, i) for i in ids]
    return [
        r for r in rows if r is not None and r.advisor_id == advisor_id and r.deleted_at is None
    ]


# Monthly forms and semester plans ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FormView:
    """A drafted (or just submitted) form, with what the chat shows about it."""

    form: MonthlyForm
    latest_version: int | None
    latest_at: datetime | None


def draft_form(
    session: Session,
    person: Person,
    class_id: int,
    month: str,
    policy: Policy,
    tz: ZoneInfo,
    *,
    at: datetime | None = None,
) -> FormView:
    """The advisor's form for the month, from the records, its totals judged at ``at``
    (default now; raises NotAllowed, InputError)."""
    school_class = session.get(SchoolClass, class_id)
    if school_class is None or not forms.can_draft_form(person, school_class):
        raise forms.NotAllowed(str(class_id))
    form = forms.draft_month_form(session, school_class, month, tz, policy=policy, at=at)
    latest = forms.latest_submission(session, class_id, month)
    return FormView(
        form, latest.version if latest else None, latest.submitted_at if latest else None
    )


def filed_form(session: Session, person: Person, class_id: int, month: str) -> MonthlyForm | None:
    """The form of record: the month's latest submitted version, or None before any."""
    school_class = session.get(SchoolClass, class_id)
    if school_class is None or not forms.can_draft_form(person, school_class):
        raise forms.NotAllowed(str(class_id))
    latest = forms.latest_submission(session, class_id, month)
    return forms.submitted_form(latest) if latest is not None else None


def submit_form(
    session: Session,
    person: Person,
    class_id: int,
    month: str,
    note: str | None,
    policy: Policy,
    now: datetime,
) -> MonthlyForm:
    """Store the month's form as a new version and return the snapshot that was stored."""
    school_class = session.get(SchoolClass, class_id)
    if school_class is None:
        raise forms.NotAllowed(str(class_id))
    tz = now.tzinfo
    if tz is None:  # what submit_month_form would say
        raise ValueError("now must be timezone-aware")
    submission = forms.submit_month_form(
        session, school_class, person, month, note, now, tz, policy=policy
    )
    return forms.submitted_form(submission)


def plan_semester(session: Session, policy: Policy, today: date) -> Semester | None:
    """The semester a plan is for now: the running one, or the next within the lead days."""
    calendar = load_calendar(session, policy)
    relevant = calendar.current_or_relevant(today)
    if relevant is None or relevant.end < today:
        return None
    return session.scalar(select(Semester).where(Semester.name == relevant.name))


def save_plan(
    session: Session,
    person: Person,
    class_id: int,
    semester: Semester,
    text: str,
    now: datetime,
    file_id: str | None = None,
    file_name: str | None = None,
) -> SemesterPlan:
    school_class = session.get(SchoolClass, class_id)
    if school_class is None:
        raise forms.NotAllowed(str(class_id))
    return forms.save_plan(session, school_class, person, semester, text, now, file_id, file_name)
