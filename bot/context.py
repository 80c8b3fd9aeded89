"""The typed pieces every handler gets: the composition root's services and the actor."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeAlias
from zoneinfo import ZoneInfo

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker
from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.liveness import Liveness
from bot.outage import DatabaseHealth
from bot.parsing import Vocabulary
from bot.settings import Settings
from reminders.policy import Policy
from storage.db import unit_of_work
from storage.models import Person

ACTOR_CACHE_TTL = timedelta(seconds=60)


@dataclass
class Services:
    """What the handlers need, built once in `build_application` (bot_data's type).

    PTB instantiates bot_data without arguments, so fields start empty and
    `build_application` fills them in before the application starts.
    """

    settings: Settings | None = None
    sessions: sessionmaker[Session] | None = None
    policy: Policy | None = None
    clock: Callable[[], datetime] | None = None
    known_telegram_ids: set[int] = field(default_factory=set)
    # The college's own words for kinds and places (the policy file's [vocabulary]).
    vocabulary: Vocabulary | None = None
    # Signs of life of the update loop, for /healthz (bot/liveness.py).
    liveness: Liveness = field(default_factory=Liveness)
    # Who is behind a Telegram id, for ACTOR_CACHE_TTL: saves a query on every update.
    # Changes made through this process (/start, /lang) drop the entry at once; a roster
    # import from the command line shows within the TTL.
    actors: dict[int, tuple[Actor, str | None, datetime]] = field(default_factory=dict)
    # The database's health (bot/outage.py) and the outage errors the error handler saw,
    # by update id, for `AdvisorApplication.process_update` to hold the update.
    health: DatabaseHealth | None = None
    outage_errors: dict[int, BaseException] = field(default_factory=dict)

    def cached_actor(self, telegram_id: int) -> tuple[Actor, str | None] | None:
        """The cached actor and their stored language choice, while fresh."""
        entry = self.actors.get(telegram_id)
        if entry is None or entry[2] <= self.now():
            return None
        return entry[0], entry[1]

    def remember_actor(self, telegram_id: int, actor: Actor, stored_language: str | None) -> None:
        self.actors[telegram_id] = (actor, stored_language, self.now() + ACTOR_CACHE_TTL)

    def forget_actor(self, telegram_id: int) -> None:
        self.actors.pop(telegram_id, None)

    @property
    def tz(self) -> ZoneInfo:
        assert self.settings is not None
        return self.settings.tz

    def now(self) -> datetime:
        """The current moment in the college's zone (tests pass a fixed clock)."""
        assert self.clock is not None
        return self.clock().astimezone(self.tz)

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A Core connection in a transaction, for the few hot statements run per update."""
        assert self.sessions is not None
        engine = self.sessions.kw["bind"]
        with engine.begin() as conn:
            yield conn

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits at the end of the block, rolls back on error."""
        assert self.sessions is not None
        with unit_of_work(self.sessions) as session:
            yield session


@dataclass(frozen=True, slots=True)
class Actor:
    """The registered person behind an update, as plain values (no live ORM object)."""

    id: int
    name: str
    telegram_id: int
    is_advisor: bool
    is_counselor: bool
    is_admin: bool
    lang: str

    @classmethod
    def of(cls, person: Person, lang: str, admin_ids: frozenset[int]) -> Actor:
        return cls(
            id=person.id,
            name=person.name,
            telegram_id=person.telegram_id or 0,
            is_advisor=person.is_advisor,
            is_counselor=person.is_counselor,
            is_admin=person.is_admin or (person.telegram_id in admin_ids),
            lang=lang,
        )


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], Services]):
    """CallbackContext with typed services and the actor set by the identify handler."""

    actor: Actor | None = None
    lang: str = "zh"

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        self.actor = None
        self.lang = "zh"

    @property
    def services(self) -> Services:
        return self.bot_data

    def person(self, session: Session) -> Person:
        """The actor's Person row in this unit of work (only for identified updates)."""
        assert self.actor is not None
        person = session.get(Person, self.actor.id)
        assert person is not None
        return person


#: The bot's Application as handlers and jobs see it: their context and our Services. The
#: bot's and job queue's type arguments are left open: PTB's builder types them from the
#: rate limiter (ExtBot[int] with AIORateLimiter) and not from the context types.
BotApplication: TypeAlias = Application[
    ExtBot[Any], BotContext, dict[Any, Any], dict[Any, Any], Services, JobQueue[Any]
]
