"""Looking up people, classes, semesters, invite codes and group bindings."""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, or_, select
from sqlalchemy.orm import Session

from storage.errors import Ambiguous, InputError, NotFound
from storage.models import GroupBinding, InviteCode, Person, SchoolClass, Semester

INVITE_LIFETIME = timedelta(days=14)


def _normalise_class_name(name: str) -> str:
    """Compare class names without spaces, the trailing 班 or full-width dashes."""
    name = name.strip().replace(" ", "").replace("－", "-").replace("—", "-").lower()
    return name.removesuffix("班")


def find_class(session: Session, name: str) -> SchoolClass:
    """The class a user means by `name`: exact, then normalised, then a unique fuzzy match.

    "数学2023-1" finds "数学与应用数学2023-1班" when no other class fits.
    """
    exact = session.scalar(select(SchoolClass).where(SchoolClass.name == name.strip()))
    if exact is not None:
        return exact
    wanted = _normalise_class_name(name)
    if not wanted:
        raise NotFound(name)
    classes = list(session.scalars(select(SchoolClass)))
    same = [c for c in classes if _normalise_class_name(c.name) == wanted]
    if len(same) == 1:
        return same[0]
    candidates = [c for c in classes if _fuzzy_match(wanted, _normalise_class_name(c.name))]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise Ambiguous(", ".join(sorted(c.name for c in candidates)))
    raise NotFound(name)


_TAIL = re.compile(r"(\d{4})-?(\d+)$")


def _fuzzy_match(wanted: str, candidate: str) -> bool:
    """Substring match, or same cohort-number tail with the prefix's characters in order."""
    if wanted in candidate:
        return True
    tail_w, tail_c = _TAIL.search(wanted), _TAIL.search(candidate)
    if not tail_w or not tail_c or tail_w.groups() != tail_c.groups():
        return False
    prefix_w, prefix_c = wanted[: tail_w.start()], candidate[: tail_c.start()]
    it = iter(prefix_c)
    return bool(prefix_w) and all(ch in it for ch in prefix_w)


def person_by_name(session: Session, name: str) -> Person:
    person = session.scalar(select(Person).where(Person.name == name.strip()))
    if person is None:
        raise NotFound(name)
    return person


def person_by_telegram(session: Session, telegram_id: int) -> Person | None:
    return session.scalar(select(Person).where(Person.telegram_id == telegram_id))


def person_by_username(session: Session, username: str) -> Person | None:
    """An unlinked roster person whose listed @username matches."""
    return session.scalar(
        select(Person).where(
            Person.telegram_username == username.lower().lstrip("@"),
            Person.telegram_id.is_(None),
        )
    )


class ClassRef(NamedTuple):
    """A class as plain values, for the paths that run on every message."""

    id: int
    name: str
    advisor_id: int | None


# Built once with bound parameters: SQLAlchemy then reuses their compiled form and cache key.
_CLASS_REF = select(SchoolClass.id, SchoolClass.name, SchoolClass.advisor_id)
_CLASSES_OF_ADVISOR = _CLASS_REF.where(SchoolClass.advisor_id == bindparam("person_id")).order_by(
    SchoolClass.name
)
_CLASS_BY_ID = _CLASS_REF.where(SchoolClass.id == bindparam("class_id"))
_CLASS_OF_GROUP = _CLASS_REF.join(GroupBinding, GroupBinding.class_id == SchoolClass.id).where(
    GroupBinding.chat_id == bindparam("chat_id")
)


def classes_of_advisor(db: Session | Connection, person_id: int) -> list[ClassRef]:
    return [ClassRef(*row) for row in db.execute(_CLASSES_OF_ADVISOR, {"person_id": person_id})]


def class_ref(db: Session | Connection, class_id: int) -> ClassRef | None:
    row = db.execute(_CLASS_BY_ID, {"class_id": class_id}).first()
    return ClassRef(*row) if row is not None else None


def visible_classes(session: Session, person: Person) -> list[SchoolClass]:
    """Classes whose status this person may see: admins all; others those they advise or follow."""
    query = select(SchoolClass).order_by(SchoolClass.name)
    if not person.is_admin:
        query = query.where(
            or_(SchoolClass.advisor_id == person.id, SchoolClass.counselor_id == person.id)
        )
    return list(session.scalars(query))


def can_see_class(person: Person, school_class: SchoolClass) -> bool:
    return (
        person.is_admin
        or school_class.advisor_id == person.id
        or school_class.counselor_id == person.id
    )


# Semesters ------------------------------------------------------------------------------


def all_semesters(session: Session) -> Sequence[Semester]:
    return session.scalars(select(Semester).order_by(Semester.first_day)).all()


def semester_by_name(session: Session, name: str) -> Semester:
    found = session.scalar(select(Semester).where(Semester.name == name.strip()))
    if found is None:
        raise NotFound(name)
    return found


def add_semester(session: Session, name: str, first_day: date, last_day: date) -> Semester:
    """Add a semester; refuse an end before the start, a duplicate name, or an overlap."""
    name = name.strip()
    if not name:
        raise InputError("the semester name is empty")
    if last_day < first_day:
        raise InputError(
            f"semester {name}: the end {last_day} is before the start {first_day}; "
            "give START then END"
        )
    if (last_day - first_day).days > 250:
        raise InputError(f"semester {name}: {first_day} to {last_day} is longer than a semester")
    for other in all_semesters(session):
        if other.name == name:
            if (other.first_day, other.last_day) == (first_day, last_day):
                return other  # the same again: nothing to do
            raise InputError(
                f"semester {name} already exists ({other.first_day} to {other.last_day})"
            )
        if first_day <= other.last_day and other.first_day <= last_day:
            raise InputError(
                f"semester {name} overlaps {other.name} ({other.first_day} to {other.last_day})"
            )
    semester = Semester(name=name, first_day=first_day, last_day=last_day)
    session.add(semester)
    session.flush()
    return semester


# Invites --------------------------------------------------------------------------------


def create_invite(session: Session, person: Person, now: datetime) -> InviteCode:
    """A fresh one-time code for `person`, valid for two weeks; their older codes stop working.

    Only the newest code can link, so a code that leaked before it was replaced is useless.
    """
    for older in session.scalars(
        select(InviteCode).where(
            InviteCode.person_id == person.id,
            InviteCode.used_at.is_(None),
            InviteCode.expires_at > now,
        )
    ):
        older.expires_at = now  # revoked: reads as expired
    invite = InviteCode(
        code=secrets.token_urlsafe(12),  # 16 URL-safe characters: fits a /start payload
        person_id=person.id,
        created_at=now,
        expires_at=now + INVITE_LIFETIME,
    )
    session.add(invite)
    session.flush()
    return invite


def redeem_invite(session: Session, code: str, telegram_id: int, now: datetime) -> Person:
    """Link the Telegram account to the invite's person; the code then stops working.

    Raises InputError with a reason key: "invite_unknown", "invite_used", "invite_expired"
    or "invite_taken" (the account is already linked to someone else).
    """
    invite = session.scalar(
        select(InviteCode).where(InviteCode.code == code.strip()).with_for_update()
    )
    if invite is None:
        raise InputError("invite_unknown")
    if invite.used_at is not None:
        raise InputError("invite_used")
    if invite.expires_at <= now:
        raise InputError("invite_expired")
    already = person_by_telegram(session, telegram_id)
    if already is not None and already.id != invite.person_id:
        raise InputError("invite_taken")
    invite.used_at = now
    invite.used_by = telegram_id
    person = invite.person
    person.telegram_id = telegram_id
    person.unreachable_since = None
    session.flush()
    return person


# Group bindings -------------------------------------------------------------------------


def bound_class(db: Session | Connection, chat_id: int) -> ClassRef | None:
    """The class a group chat is bound to, if any."""
    row = db.execute(_CLASS_OF_GROUP, {"chat_id": chat_id}).first()
    return ClassRef(*row) if row is not None else None


def bind_group(
    session: Session, chat_id: int, school_class: SchoolClass, by: Person, now: datetime
) -> GroupBinding:
    binding = session.scalar(select(GroupBinding).where(GroupBinding.chat_id == chat_id))
    if binding is None:
        binding = GroupBinding(
            chat_id=chat_id, class_id=school_class.id, bound_by=by.id, bound_at=now
        )
        session.add(binding)
    else:
        binding.class_id, binding.bound_by, binding.bound_at = school_class.id, by.id, now
    session.flush()
    return binding
