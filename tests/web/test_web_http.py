"""The dashboard over HTTP (Starlette's test client, real database): who sees what, the
ways in, the forms inbox, error pages. The browser tests are in test_browser.py."""

from __future__ import annotations

import json
import re
import time
from datetime import timedelta
from urllib.parse import urlencode

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot.web.auth import init_data_hash
from storage.models import DocumentReview, ReminderLedger, WebSession, WebSignInLink
from tests.web.conftest import Clock, Sent, signed_in
from tests.web.seed import ADMIN_TG, BOT_TOKEN, NOW, College, add_classes, sign_in_link


def _class_order(html: str) -> list[str]:
    """The overview's classes, row by row."""
    return re.findall(r'<tr><th><a href="/class/\d+">([^<]+)</a>', html)


def _class_names(html: str) -> set[str]:
    return set(_class_order(html))


def _totals(html: str) -> str:
    return html.split('id="totals"')[1].split("</ul>")[0]


def init_data(user_id: int, auth_date: float, token: str = BOT_TOKEN, **extra: str) -> str:
    fields = {
        "auth_date": str(int(auth_date)),
        "query_id": "AAH",
        "user": json.dumps({"id": user_id, "first_name": "Li", "language_code": "en"}),
        **extra,
    }
    fields["hash"] = init_data_hash(fields, token)
    return urlencode(fields)


# Who sees what ------------------------------------------------------------------------------


def test_without_a_session_there_is_no_data(client: TestClient, college: College) -> None:
    for path in ("/", f"/class/{college.classes['统计学2024-1班']}", "/forms"):
        response = client.get(path)
        assert response.status_code == 401
        assert "数学与应用数学" not in response.text and "统计学" not in response.text
        assert "请登录" in response.text  # the sign-in page, in Chinese by default


def test_admin_sees_every_class(client: TestClient, engine: Engine, college: College) -> None:
    signed_in(client, engine, college.people["院办管理员"])
    page = client.get("/")
    assert page.status_code == 200
    assert _class_names(page.text) == set(college.classes)


def test_counselor_sees_only_theirs_and_gets_403_elsewhere(
    client: TestClient, engine: Engine, college: College
) -> None:
    signed_in(client, engine, college.people["李辅导员"])
    assert _class_names(client.get("/").text) == {
        "数学与应用数学2023-1班",
        "数学与应用数学2023-2班",
    }
    assert client.get(f"/class/{college.classes['数学与应用数学2023-2班']}").status_code == 200
    other = client.get(f"/class/{college.classes['统计学2024-1班']}")
    assert other.status_code == 403 and "统计学2024-1班" not in other.text
    assert "无权" in other.text


def test_advisor_sees_only_their_own_classes(
    client: TestClient, engine: Engine, college: College
) -> None:
    signed_in(client, engine, college.people["张老师"])
    assert _class_names(client.get("/").text) == {"数学与应用数学2023-1班", "统计学2024-2班"}
    assert client.get(f"/class/{college.classes['数学与应用数学2023-2班']}").status_code == 403
    assert client.get("/forms").status_code == 403  # the inbox is the counselors'
    peer = client.get(f"/advisor/{college.people['王老师']}")
    assert peer.status_code == 403


def test_unknown_class_and_bad_values_get_a_page_in_the_viewers_language(
    client: TestClient, engine: Engine, college: College
) -> None:
    signed_in(client, engine, college.people["院办管理员"])
    missing = client.get("/class/99999?lang=en")
    assert missing.status_code == 404 and "No such page or class" in missing.text
    assert "Traceback" not in missing.text
    bad_month = client.get("/forms?month=2026-13")
    assert bad_month.status_code == 400 and "Bad request" in bad_month.text  # cookie: en now
    bad_at = client.get("/?at=yesterday&lang=zh")
    assert bad_at.status_code == 400 and "请求有误" in bad_at.text
    bad_docx = client.get(f"/download/form/{college.classes['统计学2024-1班']}/2026-99.docx")
    assert bad_docx.status_code == 400 and "不是有效的月份" in bad_docx.text
    assert client.get("/no/such/page").status_code == 404


# Ways in ------------------------------------------------------------------------------------


def test_a_sign_in_link_works_once_and_sets_a_safe_cookie(
    client: TestClient, engine: Engine, college: College
) -> None:
    token = sign_in_link(engine, college.people["李辅导员"])
    first = client.get(f"/signin/{token}", follow_redirects=False)
    assert first.status_code == 303
    cookie = first.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Max-Age=43200" in cookie
    assert "Secure" not in cookie  # plain HTTP on loopback
    client.cookies.clear()
    again = client.get(f"/signin/{token}", follow_redirects=False)
    assert again.status_code == 401 and "已失效或已使用" in again.text
    assert "set-cookie" not in again.headers
    with Session(engine) as session:
        stored = session.scalars(select(WebSignInLink.token_hash)).all()
        sessions = session.scalars(select(WebSession.token_hash)).all()
    assert token not in stored and len(stored[0]) == 64  # only the hash is kept
    assert first.cookies.get("advisorbot_session") not in sessions


def test_an_expired_link_is_refused(client: TestClient, engine: Engine, college: College) -> None:
    token = sign_in_link(engine, college.people["李辅导员"], NOW - timedelta(minutes=11))
    response = client.get(f"/signin/{token}", follow_redirects=False)
    assert response.status_code == 401 and "set-cookie" not in response.headers
    assert client.get("/").status_code == 401


def test_sessions_end_after_twelve_hours(
    client: TestClient, engine: Engine, college: College, clock: Clock
) -> None:
    signed_in(client, engine, college.people["李辅导员"])
    assert client.get("/").status_code == 200
    clock.now = NOW + timedelta(hours=12, minutes=1)
    assert client.get("/").status_code == 401


def test_secure_cookie_under_https(web_app, engine: Engine, college: College) -> None:
    token = sign_in_link(engine, college.people["李辅导员"])
    with TestClient(web_app, base_url="https://dashboard.example") as client:
        response = client.get(f"/signin/{token}", follow_redirects=False)
    assert "Secure" in response.headers["set-cookie"]


def test_genuine_init_data_signs_in_and_forged_or_old_is_refused(
    client: TestClient, college: College
) -> None:
    now = NOW.timestamp()
    forged = init_data(201, now, token="999:another-bot")
    assert client.post("/auth/telegram", data={"init_data": forged}).status_code == 401
    tampered = init_data(201, now).replace("%22id%22%3A+201", "%22id%22%3A+1")
    assert client.post("/auth/telegram", data={"init_data": tampered}).status_code == 401
    old = init_data(201, now - 86400 - 60)
    assert client.post("/auth/telegram", data={"init_data": old}).status_code == 401
    assert client.get("/").status_code == 401
    stranger = init_data(555, now)
    assert client.post("/auth/telegram", data={"init_data": stranger}).status_code == 403
    good = client.post("/auth/telegram", data={"init_data": init_data(201, now)})
    assert good.status_code == 200 and "HttpOnly" in good.headers["set-cookie"]
    assert _class_names(client.get("/").text) == {
        "数学与应用数学2023-1班",
        "数学与应用数学2023-2班",
    }


def test_init_data_of_a_configured_admin_registers_them(
    client: TestClient, engine: Engine, college: College
) -> None:
    response = client.post("/auth/telegram", data={"init_data": init_data(ADMIN_TG, time.time())})
    # The fixed clock says 2026-11-23; "now" from the wall clock is far in its future.
    assert response.status_code == 401
    ok = client.post("/auth/telegram", data={"init_data": init_data(ADMIN_TG, NOW.timestamp())})
    assert ok.status_code == 200
    assert _class_names(client.get("/").text) == set(college.classes)


def test_sign_out_ends_the_session(client: TestClient, engine: Engine, college: College) -> None:
    signed_in(client, engine, college.people["李辅导员"])
    page = client.get("/").text
    csrf = page.split('name="csrf" value="')[1].split('"')[0]
    assert client.post("/signout", data={"csrf": "wrong"}).status_code == 400
    assert client.post("/signout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert client.get("/").status_code == 401


# The forms inbox ------------------------------------------------------------------------------


def _csrf(client: TestClient) -> str:
    return client.get("/forms?month=2026-10").text.split('name="csrf" value="')[1].split('"')[0]


def test_review_needs_csrf_and_scope(client: TestClient, engine: Engine, college: College) -> None:
    signed_in(client, engine, college.people["赵辅导员"])
    csrf = _csrf(client)
    form = {"document_id": str(college.submission_id), "decision": "approved", "month": "2026-10"}
    assert client.post("/forms/review", data=form).status_code == 400  # no CSRF token
    refused = client.post("/forms/review", data={**form, "csrf": csrf})
    assert refused.status_code == 403  # 数学2023-1 is 李辅导员's class
    with Session(engine) as session:
        assert session.scalars(select(DocumentReview)).all() == []


def test_return_with_comment_tells_the_advisor(
    client: TestClient, engine: Engine, college: College, sent: Sent
) -> None:
    signed_in(client, engine, college.people["李辅导员"])
    csrf = _csrf(client)
    form = {
        "csrf": csrf,
        "document_id": str(college.submission_id),
        "doc": "monthly_form",
        "month": "2026-10",
        "decision": "returned",
    }
    empty = client.post("/forms/review", data=form)
    assert empty.status_code == 400 and "请填写意见" in empty.text
    done = client.post("/forms/review", data={**form, "comment": "缺少班会主题"})
    assert done.status_code == 200 and "已退回" in done.text and "已通知班主任" in done.text
    assert sent.messages == [(101, sent.messages[0][1])] and "缺少班会主题" in sent.messages[0][1]
    with Session(engine) as session:  # the desk's storage: /forms in chat shows the same
        review = session.scalars(select(DocumentReview)).one()
    assert (review.state, review.comment) == ("returned", "缺少班会主题")
    assert review.reviewer_id == college.people["李辅导员"]


def test_nudge_is_recorded_once_in_the_ledger_and_sent(
    client: TestClient, engine: Engine, college: College, sent: Sent, clock: Clock
) -> None:
    signed_in(client, engine, college.people["李辅导员"])
    csrf = _csrf(client)
    target = college.classes["数学与应用数学2023-2班"]
    form = {"csrf": csrf, "class_id": str(target), "month": "2026-10", "doc": "monthly_form"}
    clock.now = NOW.replace(hour=10)  # within the reminder hours: sent at once
    first = client.post("/forms/nudge", data=form)
    assert first.status_code == 200 and "已催办 王老师" in first.text
    second = client.post("/forms/nudge", data=form)
    assert "今天已经催办过" in second.text
    assert [chat for chat, _text in sent.messages] == [102]
    with Session(engine) as session:
        rows = session.scalars(select(ReminderLedger)).all()
    assert [(r.subject, r.rule, r.period, r.stage, r.status) for r in rows] == [
        ("数学与应用数学2023-2班", "monthly_form", "2026-10~2026-11-23", "nudge", "sent")
    ]
    other = client.post(
        "/forms/nudge", data={**form, "class_id": str(college.classes["统计学2024-1班"])}
    )
    assert other.status_code == 403


def test_downloads(client: TestClient, engine: Engine, college: College) -> None:
    signed_in(client, engine, college.people["李辅导员"])
    class_id = college.classes["数学与应用数学2023-1班"]
    docx = client.get(f"/download/form/{class_id}/2026-10.docx?version=1")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    assert "attachment" in docx.headers["content-disposition"]
    assert client.get("/download/semester/2026-2027-1.xlsx").status_code == 403  # admins only
    client.cookies.clear()
    signed_in(client, engine, college.people["院办管理员"])
    book = client.get("/download/semester/2026-2027-1.xlsx")
    assert book.status_code == 200 and book.content[:2] == b"PK"
    assert client.get("/download/semester/1999-2000-9.xlsx").status_code == 404


def test_health_routes(client: TestClient) -> None:
    # The dashboard's server carries the ops routes (their own tests are in tests/unit).
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/readyz").json() == {"status": "ok", "database": "ok"}
    assert client.get("/metrics").status_code == 200


def test_the_migration_goes_down_and_up(engine: Engine) -> None:
    from alembic import command

    from storage.db import alembic_config, upgrade

    command.downgrade(alembic_config(engine), "0004")
    assert "web_sessions" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert {"web_sessions", "web_sign_in_links"} <= set(inspect(engine).get_table_names())


def test_the_overview_is_reused_for_a_minute_and_says_when_it_was_judged(
    client: TestClient, engine: Engine, college: College, clock: Clock
) -> None:
    from storage.models import Activity

    signed_in(client, engine, college.people["李辅导员"])
    before = client.get("/").text
    assert "截至 2026-11-23 20:00" in before
    with Session(engine) as session:  # 王老师 visits the dorms: the class meets that rule now
        session.add(
            Activity(
                advisor_id=college.people["王老师"],
                class_id=college.classes["数学与应用数学2023-2班"],
                kind="dorm_visit",
                local_date=NOW.date(),
                count=1,
                recorded_at=NOW,
                source="cli",
            )
        )
        session.commit()
    clock.now = NOW + timedelta(seconds=30)
    assert client.get("/").text.count("✔ 1/1") == before.count("✔ 1/1")
    clock.now = NOW + timedelta(seconds=61)
    after = client.get("/").text
    assert after.count("✔ 1/1") == before.count("✔ 1/1") + 1
    assert "截至 2026-11-23 20:01" in after


def test_class_page_shows_records_with_photo_counts_forms_and_plan(
    client: TestClient, engine: Engine, college: College
) -> None:
    from storage.models import Activity, Evidence

    with Session(engine) as session:
        dorm = session.scalars(select(Activity).where(Activity.kind == "dorm_visit")).one()
        for n in range(2):
            session.add(
                Evidence(activity_id=dorm.id, file_id=f"f{n}", file_unique_id=f"u{n}", added_at=NOW)
            )
        session.commit()
    signed_in(client, engine, college.people["张老师"])
    page = client.get(f"/class/{college.classes['数学与应用数学2023-1班']}").text
    dorm_row = page.split("2026-11-03</td>")[1].split("</tr>")[0]
    assert "3号楼" in dorm_row and dorm_row.endswith("<td>2</td>")
    assert "2026-10</td><td>1</td>" in page and "待审核" in page  # the October form, v1
    assert "本学期还没有提交工作计划" in page
    assert page.count('<g class="s-') >= 8  # the timeline: a cell per period so far


def test_overview_filters_and_puts_the_most_behind_first(
    client: TestClient, engine: Engine, college: College
) -> None:
    signed_in(client, engine, college.people["院办管理员"])
    statistics = {"统计学2024-1班", "统计学2024-2班"}
    assert _class_names(client.get("/?major=统计学").text) == statistics
    assert _class_names(client.get("/?counselor=赵辅导员").text) == statistics
    assert _class_names(client.get("/?year=4").text) == {
        "数学与应用数学2023-1班",
        "数学与应用数学2023-2班",
    }
    order = _class_order(client.get("/").text)
    assert order[-1] == "数学与应用数学2023-1班"  # the only class with work on record
    assert "未完成: 2" in _totals(client.get("/?major=统计学").text)  # 2 classes' plans missed


def test_overview_pages_two_hundred_classes_with_totals_and_filters_over_all(
    client: TestClient, engine: Engine, college: College
) -> None:
    zhao = college.people["赵辅导员"]
    added = add_classes(engine, 230, counselor=zhao)
    signed_in(client, engine, college.people["院办管理员"])
    first, second = client.get("/").text, client.get("/?page=2").text
    assert (len(_class_order(first)), len(_class_order(second))) == (200, 34)
    assert _class_names(first) | _class_names(second) == {*college.classes, *added}
    # Most behind first across pages: the one class with work on record ends the last page.
    assert _class_order(second)[-1] == "数学与应用数学2023-1班"
    assert 'href="?page=2" rel="next"' in first and 'href="?page=1" rel="prev"' in second
    assert "第 201–234 个，共 234 个班级" in second
    # Totals count every class, whichever page is shown: 234 classes × 8 rules.
    assert _totals(first) == _totals(second)
    assert sum(map(int, re.findall(r": (\d+)</li>", _totals(first)))) == 234 * 8
    # Past the last page: the last page; not a page number: the error page.
    assert _class_order(client.get("/?page=9").text) == _class_order(second)
    wrong = client.get("/?page=zwei")
    assert wrong.status_code == 400 and "page=zwei" in wrong.text
    # A filter pages its own classes and its page links keep it.
    theirs = client.get("/?counselor=赵辅导员&page=2").text
    assert _class_names(theirs) <= {*added, "统计学2024-1班", "统计学2024-2班"}
    assert len(_class_order(theirs)) == 32
    assert "?counselor=%E8%B5%B5%E8%BE%85%E5%AF%BC%E5%91%98&amp;page=1" in theirs
    assert _class_names(client.get("/?counselor=李辅导员&page=2").text) == {
        "数学与应用数学2023-1班",
        "数学与应用数学2023-2班",
    }


def test_advisor_page_shows_the_classes_in_the_viewers_scope(
    client: TestClient, engine: Engine, college: College
) -> None:
    import re

    def classes(html: str) -> set[str]:
        return set(re.findall(r'<h3><a href="/class/\d+">([^<]+)</a>', html))

    zhang = college.people["张老师"]  # two classes: one under 李辅导员, one under 赵辅导员
    signed_in(client, engine, college.people["李辅导员"])
    page = client.get(f"/advisor/{zhang}")
    assert page.status_code == 200 and classes(page.text) == {"数学与应用数学2023-1班"}
    assert "学年 2026-2027" in page.text
    assert client.get(f"/advisor/{college.people['陈老师']}").status_code == 403
    client.cookies.clear()
    signed_in(client, engine, college.people["院办管理员"])
    assert classes(client.get(f"/advisor/{zhang}").text) == {
        "数学与应用数学2023-1班",
        "统计学2024-2班",
    }
    assert client.get("/advisor/99999").status_code == 404


def test_a_server_error_is_a_page_and_the_log_has_no_sign_in_token(
    web_app, engine: Engine, college: College, caplog, monkeypatch
) -> None:
    from bot.web import signin

    def database_gone(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(signin, "start_session", database_gone)
    token = sign_in_link(engine, college.people["李辅导员"])
    with TestClient(web_app, raise_server_exceptions=False) as client:
        response = client.get(f"/signin/{token}")
    assert response.status_code == 500 and "服务器出错" in response.text
    assert "Traceback" not in response.text and "database went away" not in response.text
    assert "database went away" in caplog.text  # logged for the operator …
    assert token not in caplog.text and "/signin/…" in caplog.text  # … without the token


def test_old_links_and_sessions_are_pruned_and_a_person_can_be_forgotten(
    client: TestClient, engine: Engine, college: College, clock: Clock
) -> None:
    from storage.web_auth import forget_person

    li = college.people["李辅导员"]
    sign_in_link(engine, li, NOW - timedelta(days=2))  # never used, long expired
    signed_in(client, engine, li)
    with Session(engine) as session:
        assert len(session.scalars(select(WebSignInLink)).all()) == 1  # the old one is gone
        assert len(session.scalars(select(WebSession)).all()) == 1
        forget_person(session, li)
        session.commit()
        assert session.scalars(select(WebSession)).all() == []
    assert client.get("/").status_code == 401


def test_a_form_address_opened_as_a_page_says_so(
    client: TestClient, engine: Engine, college: College
) -> None:
    signed_in(client, engine, college.people["李辅导员"])
    response = client.get("/forms/review")
    assert response.status_code == 405 and "请求有误" in response.text


def test_advisor_page_shows_each_semester_of_the_academic_year(
    client: TestClient, engine: Engine, college: College, clock: Clock
) -> None:
    from datetime import date

    from storage.directory import add_semester
    from tests.conftest import local

    with Session(engine) as session:
        add_semester(session, "2026-2027-2", date(2027, 2, 22), date(2027, 7, 4))
        session.commit()
    clock.now = local(2027, 3, 15, 10)
    token = sign_in_link(engine, college.people["院办管理员"], clock.now)
    assert client.get(f"/signin/{token}", follow_redirects=False).status_code == 303
    page = client.get(f"/advisor/{college.people['张老师']}").text
    autumn = page.split('data-semester="2026-2027-1"')[1].split("</section>")[0]
    spring = page.split('data-semester="2026-2027-2"')[1].split("</section>")[0]
    assert "已结束，最终结果" in autumn and "进行中" in spring
    assert "学年 2026-2027" in page
    # Over for good: the autumn's rules are met or missed, none still open.
    states = set(re.findall(r'<li class="s-(\w+)" data-rule=', autumn))
    assert states <= {"met", "missed"} and "missed" in states


def test_the_advisor_page_shows_the_assessments_suggested_grade_and_duties(
    client: TestClient, engine: Engine, college: College
) -> None:
    from zoneinfo import ZoneInfo

    from bot.documents.assessment import suggested_grade
    from reminders.policy import load_policy
    from storage.models import SchoolClass

    signed_in(client, engine, college.people["院办管理员"])
    advisor = college.people["张老师"]
    page = client.get(f"/advisor/{advisor}")
    assert page.status_code == 200
    with Session(engine) as session:
        ids = list(session.scalars(select(SchoolClass.id).where(SchoolClass.advisor_id == advisor)))
        grade = suggested_grade(
            session,
            load_policy(None),
            "2026-2027",
            ZoneInfo("Asia/Shanghai"),
            ids,
            advisor,
            now=NOW,
        )
    assert grade is not None
    # The same grade the assessment workbook suggests, and the college decides.
    assert f'data-grade="{grade.grade}"' in page.text and f"{grade.score:.2f}" in page.text
    assert "最终由学院决定" in page.text
    # Each class's duties of its year, and its students' survey line.
    assert page.text.count('class="voices"') == len(ids) == 2
    assert "本学期已做工作职责" in page.text and "学生问卷" in page.text
