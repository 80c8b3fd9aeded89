"""Dashboard sign-in: one-time links and cookie sessions, stored as SHA-256 hashes.

A link is valid for ten minutes and works once; a session lasts twelve hours. The tokens
themselves exist only in the link and the cookie: the database keeps their hashes, so a
copy of it signs nobody in.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from storage.models import Person, WebSession, WebSignInLink

LINK_LIFETIME: Final = timedelta(minutes=10)
SESSION_LIFETIME: Final = timedelta(hours=12)
PRUNE_AFTER: Final = timedelta(days=1)


def token_hash(token: str) -> str:
    """The stored form of a link or session token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_sign_in_link(session: Session, person: Person, now: datetime) -> str:
    """A fresh one-time token for `person`; only its hash is stored."""
    token = secrets.token_urlsafe(32)
    session.add(
        WebSignInLink(
            token_hash=token_hash(token),
            person_id=person.id,
            created_at=now,
            expires_at=now + LINK_LIFETIME,
        )
    )
    session.flush()
    return token


def redeem_sign_in_link(session: Session, token: str, now: datetime) -> int | None:
    """The person id a valid, unused, unexpired link belongs to; the link is then spent.

    One conditional UPDATE marks it used, so two requests racing with the same link cannot
    both get a session.
    """
    hashed = token_hash(token)
    spent = session.execute(
        update(WebSignInLink)
        .where(
            WebSignInLink.token_hash == hashed,
            WebSignInLink.used_at.is_(None),
            WebSignInLink.expires_at > now,
        )
        .values(used_at=now)
        .returning(WebSignInLink.person_id)
    ).first()
    return spent[0] if spent is not None else None


def start_session(session: Session, person_id: int, via: str, now: datetime) -> str:
    """A new session for the person; returns the cookie's token. Links and sessions that
    ended more than a day ago are removed on the way, so the tables stay small."""
    prune(session, now - PRUNE_AFTER)
    token = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=token_hash(token),
            person_id=person_id,
            via=via,
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    session.flush()
    return token


def session_person(session: Session, token: str, now: datetime) -> Person | None:
    """The person behind a live session token, or None (unknown, ended or expired)."""
    return session.scalar(
        select(Person)
        .join(WebSession, WebSession.person_id == Person.id)
        .where(
            WebSession.token_hash == token_hash(token),
            WebSession.ended_at.is_(None),
            WebSession.expires_at > now,
        )
    )


def end_session(session: Session, token: str, now: datetime) -> None:
    session.execute(
        update(WebSession)
        .where(WebSession.token_hash == token_hash(token), WebSession.ended_at.is_(None))
        .values(ended_at=now)
    )


def prune(session: Session, before: datetime) -> None:
    """Remove links and sessions that expired (or ended) before `before`."""
    session.execute(delete(WebSignInLink).where(WebSignInLink.expires_at < before))
    session.execute(
        delete(WebSession).where(or_(WebSession.expires_at < before, WebSession.ended_at < before))
    )


def forget_person(session: Session, person_id: int) -> None:
    """Remove every dashboard link and session of a person (for erasing a person)."""
    session.execute(delete(WebSignInLink).where(WebSignInLink.person_id == person_id))
    session.execute(delete(WebSession).where(WebSession.person_id == person_id))
