"""Each year's duties stored and used: the duties column, duties_covered, /me, the message at
the start of a semester (once per advisor through the ledger), and survey_summary."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.year_duties import LEDGER_RULE, send_semester_duties
from reminders.duties import duties_covered
from reminders.policy import load_policy
from reminders.surveys import Question
from storage.activities import Source, iter_export_rows, record, replace_from_edit
from storage.directory import find_class
from storage.errors import InputError
from storage.models import Activity, Person, ReminderLedger
from storage.surveys import open_survey, respondent_key, save_answer, survey_summary
from tests.bot.harness import WANG, ZHANG, BotUnderTest, make_bot, seed
from tests.conftest import TZ, local

ZHANG_CLASS = "数学与应用数学2023-1班"  # cohort 2023: year 4 in 2026-2027


@dataclass
class Tagged:
    kind: str
    date: date
    time: None = None
    location: str | None = None
    topic: str | None = None
    count: int = 1
    hours: float | None = None
    students: list[str] = field(default_factory=list)
    duties: tuple[str, ...] = ()


@dataclass
class Untagged:  # what today's parser gives: no duties attribute at all
    kind: str
    date: date
    time: None = None
    location: str | None = None
    topic: str | None = None
    count: int = 1
    hours: float | None = None
    students: list[str] = field(default_factory=list)


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[BotUnderTest]:
    seed(engine)
    under_test = make_bot(engine)
    async with under_test.app:
        yield under_test


def _record(engine: Engine, items: list[object], message_id: int) -> None:
    with Session(engine) as session:
        zhang = session.scalar(select(Person).where(Person.telegram_id == ZHANG))
        school_class = find_class(session, ZHANG_CLASS)
        assert zhang is not None
        record(
            session.connection(),
            zhang,
            school_class,
            Source(ZHANG, message_id, "note"),
            items,  # type: ignore[arg-type]
            datetime(2026, 11, 20, tzinfo=UTC),
        )
        session.commit()


def test_duties_are_stored_edited_and_exported(engine: Engine) -> None:
    seed(engine)
    _record(
        engine,
        [
            Tagged("student_activity", date(2026, 11, 10), duties=("career_guidance",)),
            Untagged("dorm_visit", date(2026, 11, 10)),
        ],
        1,
    )
    with Session(engine) as session:
        rows = session.scalars(select(Activity).order_by(Activity.seq)).all()
        assert [r.duties for r in rows] == [["career_guidance"], []]
        replace_from_edit(
            session,
            ZHANG,
            1,
            [Tagged("student_activity", date(2026, 11, 10), duties=("graduation",))],
            "edited",
            datetime(2026, 11, 21, tzinfo=UTC),
        )
        session.commit()
        exported = list(iter_export_rows(session))
    assert [e.duties for e in exported] == [["graduation"]]


def test_duties_covered_counts_only_the_years_own_duties() -> None:
    coverage = duties_covered(
        [Tagged("x", date(2026, 1, 1), duties=("kaoyan_guidance", "major_orientation"))], 3
    )
    assert [d.code for d in coverage.covered] == ["kaoyan_guidance"]
    assert [d.code for d in coverage.not_yet] == [
        "innovation_guidance",
        "career_awareness",
        "counselor_assist",
    ]
    assert coverage.summary == "1/4"


async def test_me_lists_the_years_duties_covered_or_not(bot: BotUnderTest) -> None:
    _record(
        bot.engine,
        [Tagged("student_activity", date(2026, 11, 10), duties=("career_guidance",))],
        1,
    )
    # Before the semester: does not count for this semester.
    _record(bot.engine, [Tagged("other", date(2026, 8, 1), duties=("graduation",))], 2)
    text = "\n".join(await bot.say(ZHANG, "/me"))
    assert "数学与应用数学2023-1班（大四）班导师工作职责，2026-2027-1 已做 1/4" in text
    assert "✅ 就业创业指导" in text
    assert "⬜ 毕业离校教育（本学期尚未记录）" in text
    assert "⬜ 协助辅导员工作" in text
    assert "学生评价" not in text  # no closed survey yet

    with Session(bot.engine) as session:
        school_class = find_class(session, ZHANG_CLASS)
        counselor = session.scalar(select(Person).where(Person.name == "李辅导员"))
        assert counselor is not None
        questions = load_policy(None).survey.questions  # type: ignore[union-attr]
        opened = local(2026, 11, 1, 9)
        survey = open_survey(
            session, school_class, counselor, questions, local(2026, 11, 15), opened
        )
        for n in range(5):
            save_answer(session, survey, respondent_key(b"k", survey.id, n), [4] * 5, opened)
        session.commit()
    text = "\n".join(await bot.say(ZHANG, "/me"))
    assert "学生评价（数学与应用数学2023-1班，本学年已结束的评价，5 人）：平均 4.00 分" in text


async def test_semester_start_message_goes_once_per_advisor(bot: BotUnderTest) -> None:
    services = bot.app.bot_data
    sent: list[tuple[int, str]] = []

    async def send(chat_id: int, text: str) -> None:
        sent.append((chat_id, text))

    # Day two of the semester (it starts on 7 September in the harness's seed).
    now = local(2026, 9, 8, 10)
    assert await send_semester_duties(services.sessions, services.policy, now, send) == 2
    assert await send_semester_duties(services.sessions, services.policy, now, send) == 0
    later = now + timedelta(days=3)
    assert await send_semester_duties(services.sessions, services.policy, later, send) == 0
    by_chat = dict(sent)
    assert set(by_chat) == {ZHANG, WANG}  # 陈老师 has no Telegram id yet
    assert "数学与应用数学2023-1班（大四，班导师）" in by_chat[ZHANG]
    assert "· 就业创业指导" in by_chat[ZHANG]
    # 王老师's two classes in one message: year 4 (2023) and year 3 (2024), both 班导师.
    assert "数学与应用数学2023-2班（大四，班导师）" in by_chat[WANG]
    assert "信息与计算科学2024-1班（大三，班导师）" in by_chat[WANG]
    assert "· 考研指导" in by_chat[WANG]
    with Session(bot.engine) as session:
        rows = session.scalars(
            select(ReminderLedger).where(ReminderLedger.rule == LEDGER_RULE)
        ).all()
        assert [(r.period, r.status) for r in rows] == [("2026-2027-1", "sent")] * 2
    # Three weeks in: too late for a start-of-semester message.
    assert (
        await send_semester_duties(services.sessions, services.policy, local(2026, 9, 28, 10), send)
        == 0
    )


def test_survey_summary_counts_closed_surveys_of_the_year(session: Session) -> None:
    from storage.models import SchoolClass
    from storage.roster import import_roster, parse_roster
    from tests.bot.harness import ROSTER

    import_roster(session, parse_roster(ROSTER), datetime(2026, 9, 1, tzinfo=UTC))
    school_class = session.scalar(select(SchoolClass).where(SchoolClass.name == ZHANG_CLASS))
    counselor = session.scalar(select(Person).where(Person.name == "李辅导员"))
    assert school_class is not None and counselor is not None
    questions = load_policy(None).survey.questions  # type: ignore[union-attr]
    opened = local(2026, 11, 1, 9)
    survey = open_survey(session, school_class, counselor, questions, local(2026, 11, 15), opened)
    for n, score in enumerate([5, 4, 4, 3]):
        save_answer(session, survey, respondent_key(b"k", survey.id, n), [score] * 5, opened)
    session.commit()
    year = "2026-2027"
    summary = survey_summary(session, school_class.id, year, at=local(2026, 12, 1), tz=TZ)
    assert (summary.answers, summary.averages) == (4, None)  # four: not shown
    save_answer(session, survey, respondent_key(b"k", survey.id, 9), [2] * 5, opened)
    session.commit()
    # Still open on 10 November: nothing counts yet.
    assert (
        survey_summary(session, school_class.id, year, at=local(2026, 11, 10), tz=TZ).answers == 0
    )
    summary = survey_summary(session, school_class.id, year, at=local(2026, 12, 1), tz=TZ)
    assert summary.answers == 5 and summary.averages == (3.6,) * 5 and summary.overall == 3.6
    # The assessment's students' column (what `export assessment` passes as `opinions`).
    from bot.surveys import assessment_opinions

    cells = assessment_opinions(session, year, local(2026, 12, 1), TZ, "zh", 5)
    assert set(cells) == {school_class.advisor_id}
    assert "3.60" in cells[school_class.advisor_id] and "5" in cells[school_class.advisor_id]
    assert assessment_opinions(session, year, local(2026, 11, 10), TZ, "zh", 5) == {}
    # Another academic year holds none of it.
    assert (
        survey_summary(session, school_class.id, "2025-2026", at=local(2026, 12, 1), tz=TZ).answers
        == 0
    )
    with pytest.raises(InputError):
        survey_summary(session, school_class.id, "2026", at=local(2026, 12, 1), tz=TZ)
    assert isinstance(questions[0], Question)


async def test_a_note_in_chat_records_its_duty_and_me_counts_it(bot: BotUnderTest) -> None:
    # 王老师's 信息与计算科学2024-1班 is in year 3: 考研指导 is one of its duties.
    await bot.say(WANG, "带大三同学做考研经验分享")
    await bot.press(WANG, "信息与计算科学2024-1班")  # two classes: the bot asks which one
    [activity] = bot.activities()
    assert activity.duties == ["kaoyan_guidance"]
    text = "\n".join(await bot.say(WANG, "/me"))
    assert "信息与计算科学2024-1班（大三）班导师工作职责，2026-2027-1 已做 1/4" in text
    assert "✅ 考研指导" in text


def test_class_voices_for_the_dashboard(engine: Engine) -> None:
    from bot.year_duties import class_voices

    seed(engine)
    _record(
        engine,
        [Tagged("student_activity", date(2026, 11, 10), duties=("graduation",))],
        1,
    )
    with Session(engine) as session:
        class_id = find_class(session, ZHANG_CLASS).id
        voices = class_voices(session, [class_id], load_policy(None), local(2026, 11, 23), TZ)
    item = voices[class_id]
    assert item.duties.year == 4 and item.duties.title_key == "advisor_title.bandaoshi"
    assert [d.code for d in item.duties.coverage.covered] == ["graduation"]
    assert item.survey.answers == 0 and not item.survey.shown
