"""Linking a Telegram account to a roster person so that nobody can take someone's place.

- An invite code links at once (it was handed to the person); a new code revokes the older
  ones (`directory.create_invite`); a code that moves an existing link reports the account
  it moved from, to be told along with the admins.
- A roster @username never links by itself (usernames can be freed and taken): it opens a
  `LinkRequest` that an admin confirms or refuses.
- Wrong codes are counted per account: more than `MAX_WRONG_CODES` an hour are refused
  before the code is even looked at.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import InviteCode, LinkAttempt, LinkRequest, Person

MAX_WRONG_CODES = 5
WRONG_CODE_WINDOW = timedelta(hours=1)


def account_of_invite(session: Session, code: str) -> int | None:
    """The Telegram account the invite's person is linked to now (before redeeming it)."""
    return session.scalar(
        select(Person.telegram_id)
        .join(InviteCode, InviteCode.person_id == Person.id)
        .where(InviteCode.code == code.strip())
    )


def too_many_wrong_codes(session: Session, telegram_id: int, now: datetime) -> bool:
    count = session.scalar(
        select(func.count()).where(
            LinkAttempt.telegram_id == telegram_id,
            LinkAttempt.attempted_at > now - WRONG_CODE_WINDOW,
        )
    )
    return (count or 0) >= MAX_WRONG_CODES


def note_wrong_code(session: Session, telegram_id: int, now: datetime) -> None:
    session.add(LinkAttempt(telegram_id=telegram_id, attempted_at=now))
    session.flush()


def open_request(
    session: Session,
    person: Person,
    telegram_id: int,
    username: str | None,
    display_name: str,
    now: datetime,
) -> tuple[LinkRequest, bool]:
    """The open request of this account for this person; True when it was just opened."""
    existing = session.scalar(
        select(LinkRequest).where(
            LinkRequest.person_id == person.id,
            LinkRequest.telegram_id == telegram_id,
            LinkRequest.outcome.is_(None),
        )
    )
    if existing is not None:
        return existing, False
    request = LinkRequest(
        person_id=person.id,
        telegram_id=telegram_id,
        telegram_username=(username or "").lstrip("@")[:64] or None,
        telegram_name=display_name[:200],
        requested_at=now,
    )
    session.add(request)
    session.flush()
    return request, True


@dataclass(frozen=True, slots=True)
class Decision:
    """An admin's answer to a link request; `refusal` is a message key when nothing changed."""

    request: LinkRequest | None
    person: Person | None
    refusal: str | None = None
    moved_from: int | None = None  # the account the person was linked to before


def decide(
    session: Session, request_id: int, admin: Person, confirm: bool, now: datetime
) -> Decision:
    """Confirm (link the account) or refuse an open request."""
    request = session.get(LinkRequest, request_id, with_for_update=True)
    if request is None:
        return Decision(None, None, "safety.link_request_gone")
    person = session.get(Person, request.person_id)
    if request.outcome is not None or person is None:
        return Decision(request, person, "safety.link_request_decided")
    request.decided_at, request.decided_by = now, admin.id
    if not confirm:
        request.outcome = "refused"
        session.flush()
        return Decision(request, person)
    holder = session.scalar(select(Person).where(Person.telegram_id == request.telegram_id))
    if holder is not None and holder.id != person.id:
        request.outcome = "refused"
        session.flush()
        return Decision(request, person, "safety.link_account_taken")
    moved_from = person.telegram_id if person.telegram_id != request.telegram_id else None
    person.telegram_id = request.telegram_id
    person.unreachable_since = None
    request.outcome = "confirmed"
    # other open requests for this person are answered by this one
    for other in session.scalars(
        select(LinkRequest).where(
            LinkRequest.person_id == person.id,
            LinkRequest.outcome.is_(None),
            LinkRequest.id != request.id,
        )
    ):
        other.outcome, other.decided_at, other.decided_by = "superseded", now, admin.id
    session.flush()
    return Decision(request, person, moved_from=moved_from)


def admin_chats(session: Session, configured: Iterable[int]) -> list[int]:
    """Where admins are reached: the configured ids and linked people marked admin."""
    linked = session.scalars(
        select(Person.telegram_id).where(Person.is_admin.is_(True), Person.telegram_id.is_not(None))
    )
    return sorted({*configured, *(i for i in linked if i is not None)})
