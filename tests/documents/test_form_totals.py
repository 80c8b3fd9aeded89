"""The form's totals are the judge's: the form and `status --json` say the same figures."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from bot.documents.form_docx import render_month_form
from storage.forms import draft_month_form, submit_month_form, submitted_form
from tests.cli.test_cli import cli
from tests.documents.helpers import Parsed, log, seed
from tests.documents.test_forms import november, open_docx, section_text

TZ = ZoneInfo("Asia/Shanghai")
MOMENT = datetime(2026, 12, 3, 10, 0, tzinfo=TZ)


def test_form_and_status_json_agree_for_an_advisor_with_two_classes(
    db_url: str, session: Session, tmp_path: Path
) -> None:
    world = seed(session)
    november(session, world)
    # Zhang takes over the second class too: the 30 hours are pooled over both.
    world.math2.advisor_id = world.zhang.id
    session.commit()
    log(
        session,
        world.zhang,
        world.math2,
        "11月20日主题班会，3小时",
        Parsed("theme_meeting", date(2026, 11, 20), hours=3.0),
    )
    row = submit_month_form(session, world.math1, world.zhang, "2026-11", None, MOMENT, TZ)
    session.commit()
    form = submitted_form(row)

    result = cli(db_url, "status", "数学与应用数学2023-1班", "--at", MOMENT.isoformat(), "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    # Periods past due are in "history", the current ones in "rules".
    history = {(h["rule"], h["period"]): h for h in [*status["history"], *status["rules"]]}

    # The semester's hours: Zhang's in both classes, counted once, as `status` counts them.
    hours = history[("hours_semester", "2026-2027-1")]
    assert form.hours_semester == pytest.approx(hours["done"])
    assert form.hours_semester == pytest.approx(7.75 + 1.0 + 3.0)  # math2's dorm visit + 3 h
    assert form.hours_scope == "advisor"
    parents = history[("parent_contact_semester", "2026-2027-1")]
    assert form.parent_contacts_semester == pytest.approx(parents["done"])
    # Every rule line on the form is the judge's verdict of that rule and period.
    assert form.rules
    for line in form.rules:
        judged = history[(line.rule, line.period)]
        assert (line.done, line.required, line.state) == (
            judged["done"],
            judged["required"],
            judged["state"],
        )
    # The form says whose hours these are and by when.
    totals = section_text(open_docx(render_month_form(form, "zh")), "合计")
    assert "截至 2026-12-03 10:00，该班主任（班导师）所带全部班级合计）：11.75 学时" in totals
    english = section_text(open_docx(render_month_form(form, "en")), "Totals")
    assert "all of the advisor's classes together" in english
    # The command line's draft at the same moment prints the same figure.
    out = tmp_path / "form.docx"
    drafted = cli(
        db_url,
        *("form", "数学与应用数学2023-1班", "2026-11", "--draft", "--lang", "zh"),
        *("--at", MOMENT.isoformat(), "--out", str(out)),
    )
    assert drafted.returncode == 0, drafted.stderr
    assert "所带全部班级合计）：11.75 学时" in section_text(open_docx(out.read_bytes()), "合计")


def test_a_draft_is_judged_at_its_moment(session: Session) -> None:
    world = seed(session)
    november(session, world)
    early = draft_month_form(
        session, world.math1, "2026-11", TZ, at=datetime(2026, 11, 10, 12, 0, tzinfo=TZ)
    )
    later = draft_month_form(session, world.math1, "2026-11", TZ, at=MOMENT)
    # By 10 November: September's 2 h, 5 November's 1.5 h, the 3 and 9 November visits and
    # the parents called on the 10th (0.75 h); the talk on the 18th is not done yet.
    assert early.hours_semester == pytest.approx(2 + 1.5 + 1 + 1 + 0.75)
    assert later.hours_semester == pytest.approx(7.75)
    assert early.judged_at == "2026-11-10T12:00:00+08:00"
    # The lists and the month's sums hold the same records as the judge: the talk of the
    # 18th is on the later form only, and the month's hours are those of the listed records.
    early_dates = {entry.date for entry in early.entries()}
    later_dates = {entry.date for entry in later.entries()}
    assert max(early_dates) <= "2026-11-10"
    assert "2026-11-18" in later_dates
    for form in (early, later):
        assert form.hours_month == pytest.approx(sum(entry.hours for entry in form.entries()))
    assert early.hours_month < later.hours_month
    with pytest.raises(ValueError, match="aware"):
        draft_month_form(session, world.math1, "2026-11", TZ, at=datetime(2026, 11, 10))  # noqa: DTZ001
