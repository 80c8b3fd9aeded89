"""Personal data in the chat's open questions: `person export` shows them, `person forget`
and the retention job blank their words; forgetting also ends the person's dashboard access."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from bot.context import Services
from bot.pending import Pending
from bot.retention import run_retention
from storage import questions, web_auth
from storage.models import Activity, Evidence, OpenQuestion, Person, WebSession, WebSignInLink
from storage.privacy import export_person, forget_person
from tests.bot.harness import WANG, make_bot, seed

NOTE = "今天和李明谈心"


def wang(session: Session) -> Person:
    person = session.scalar(select(Person).where(Person.telegram_id == WANG))
    assert person is not None
    return person


def open_questions(engine: Engine) -> list[OpenQuestion]:
    with Session(engine) as session:
        return list(session.scalars(select(OpenQuestion).order_by(OpenQuestion.id)))


async def test_export_shows_and_forget_clears_open_questions_and_web_access(
    engine: Engine,
) -> None:
    seed(engine)
    bot = make_bot(engine)
    async with bot.app:
        # Wang has two classes: the note waits in an open question for the class.
        assert "哪个班" in (await bot.say(WANG, NOTE))[0]
        await bot.say(WANG, "今天查寝 数学与应用数学2023-2班")  # a record, with a photo below
    [asked] = open_questions(engine)
    assert asked.payload["text"] == NOTE and asked.closed_at is None
    with Session(engine) as session:
        person = wang(session)
        [record] = session.scalars(select(Activity).where(Activity.advisor_id == person.id))
        session.add(
            Evidence(
                activity_id=record.id,
                file_id="f",
                file_unique_id="u",
                chat_id=WANG,
                added_at=bot.clock[0],
            )
        )
        link = web_auth.create_sign_in_link(session, person, bot.clock[0])
        cookie = web_auth.start_session(session, person.id, "link", bot.clock[0])
        session.commit()

        exported = export_person(session, person)
        [shown] = exported["open_questions"]
        assert shown["payload"]["text"] == NOTE and "token" not in shown

        done = forget_person(session, person)
        session.commit()
        assert done.open_questions == 1
        after = json.dumps(export_person(session, person), ensure_ascii=False)
        assert NOTE not in after and "李明" not in after
        # Dashboard access is personal too: links and sessions are gone.
        assert web_auth.redeem_sign_in_link(session, link, bot.clock[0]) is None
        assert web_auth.session_person(session, cookie, bot.clock[0]) is None
        for table in (WebSession, WebSignInLink):
            assert session.scalar(select(func.count()).select_from(table)) == 0
        # A photo sent in the private chat no longer points at the account.
        assert session.scalar(select(Evidence.chat_id)) is None
    [scrubbed] = open_questions(engine)
    assert scrubbed.payload["text"] == ""
    assert all(not item.get("students") for item in scrubbed.payload["parsed"])
    # The chat can still read what is left (the facts stay, the words are gone).
    pending = Pending.from_payload(scrubbed.payload)
    assert pending.text == "" and pending.parsed


async def test_retention_deletes_old_closed_questions_and_blanks_old_open_ones(
    engine: Engine,
) -> None:
    seed(engine)
    bot = make_bot(engine)
    async with bot.app:
        services: Services = bot.app.bot_data
        with services.session() as session:
            pid = wang(session).id
            old_open = questions.open_question(
                session, pid, WANG, "form_note", {"note": "老的备注"}, bot.clock[0]
            )
            old_closed = questions.open_question(
                session, pid, WANG, "record", {"text": "老的原文"}, bot.clock[0]
            )
            questions.close(session, old_closed.id, bot.clock[0])
        bot.clock[0] += timedelta(days=401)
        with services.session() as session:
            recent = questions.open_question(
                session, pid, WANG, "record", {"text": "新的原文"}, bot.clock[0]
            )
        run_retention(services)
    left = {q.id: q.payload for q in open_questions(engine)}
    assert old_closed.id not in left
    assert left[old_open.id] == {"note": ""}
    assert left[recent.id] == {"text": "新的原文"}
