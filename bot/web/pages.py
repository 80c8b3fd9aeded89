"""The dashboard's pages: each reads the viewer, asks `bot.web.data` or the inbox, renders.

Endpoints that only read are plain functions (Starlette runs them in its thread pool);
the two that may send a Telegram message are async and move their database work there.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup
from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from telegram.error import TelegramError

from bot import desk
from bot.documents.assessment import suggested_grade
from bot.i18n import t
from bot.web import common, data, forms_inbox
from bot.web.common import Viewer
from bot.web.svg import timeline_svg
from bot.year_duties import class_voices
from reminders.duties import year_of_study
from reminders.policy import Policy
from storage import forms as form_storage
from storage.errors import InputError, NotFound
from storage.forms import FormEntry
from storage.models import Person, SchoolClass

log = logging.getLogger(__name__)

STATE_MARKS = {"met": "✔", "on_track": "○", "behind": "!", "missed": "✘"}
# The overview's cells carry their state as a one-letter class (8,000 cells for 1,000
# classes: "s-on_track" in each was a tenth of the page); the legend maps them back.
CELL_CLASSES = {"met": "m", "on_track": "o", "behind": "b", "missed": "x"}
# Classes on one page of the overview, most behind first: 1,000 would be over 200 KB.
PAGE_SIZE = 200
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def visible_class_ids(session: Session, viewer: Viewer) -> list[int]:
    """The chat's matrix: admins every class, others those they advise or coordinate."""
    query = select(SchoolClass.id).order_by(SchoolClass.name)
    if not viewer.is_admin:
        pid = viewer.id
        query = query.where(or_(SchoolClass.advisor_id == pid, SchoolClass.counselor_id == pid))
    return list(session.scalars(query))


def _class_in_scope(session: Session, viewer: Viewer, class_id: int) -> SchoolClass:
    school_class = session.get(SchoolClass, class_id)
    if school_class is None:
        raise HTTPException(404)
    if not (viewer.is_admin or viewer.id in (school_class.advisor_id, school_class.counselor_id)):
        raise HTTPException(403)
    return school_class


def _page(request: Request, viewer: Viewer, template: str, **context: object) -> HTMLResponse:
    services = common.web(request)
    body = services.render(
        template,
        viewer=viewer,
        t=viewer.t,
        lang=viewer.lang,
        marks=STATE_MARKS,
        cell_classes=CELL_CLASSES,
        rule_name=lambda rule: t(viewer.lang, f"rules.rule.{rule}"),
        state_name=lambda state: t(viewer.lang, f"rules.state.{state}"),
        kind_name=lambda kind: _kind_name(viewer.lang, kind),
        local=lambda moment: moment.astimezone(services.settings.tz).strftime("%Y-%m-%d %H:%M"),
        number=_number,
        query_with=lambda **changes: common.query_with(request, **changes),
        path=request.url.path,
        **context,
    )
    response = HTMLResponse(body, headers={"Cache-Control": "no-store"})
    common.remember_lang(request, response)
    return response


def _kind_name(lang: str, kind: str) -> str:
    try:
        return t(lang, f"rules.kind.{kind}")
    except KeyError:
        return kind


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def _moment(request: Request) -> datetime:
    """Now, or `?at=` (a date or ISO moment, for looking back); 400 on a bad value."""
    services = common.web(request)
    value = request.query_params.get("at")
    if not value:
        return services.now()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(400, detail=f"at={value}") from exc
    if len(value) == 10:
        moment = moment.replace(hour=12)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=services.settings.tz)
    return moment.astimezone(services.settings.tz)


# Overview --------------------------------------------------------------------------------


def overview_page(request: Request) -> Response:
    """Classes × rules now and over the semester so far, most behind first, with filters;
    a page of `PAGE_SIZE` classes at a time, totals over every class the filters keep."""
    viewer = common.current_viewer(request)
    services = common.web(request)
    at = _moment(request)
    asked_page = _page_number(request)
    with services.session() as session:
        # An admin sees every class: no list of ids to send to the database.
        ids = None if viewer.is_admin else visible_class_ids(session, viewer)
        if "at" in request.query_params:  # a moment asked for: judged for it
            view = data.overview(session, services.policy, at, ids)
        else:
            view = services.overviews.get(session, services.policy, at, ids)
    everything = view.classes
    counselors = sorted({c.row.counselor.name for c in everything if c.row.counselor})
    majors = sorted({c.row.major for c in everything if c.row.major})
    years = sorted({c.year for c in everything})
    wanted_counselor = request.query_params.get("counselor") or None
    wanted_major = request.query_params.get("major") or None
    wanted_year = request.query_params.get("year") or None
    shown = [
        c
        for c in everything
        if (
            wanted_counselor is None
            or (c.row.counselor and c.row.counselor.name == wanted_counselor)
        )
        and (wanted_major is None or c.row.major == wanted_major)
        and (wanted_year is None or str(c.year) == wanted_year)
    ]
    totals: dict[str, int] = {}
    for summary in shown:
        for status in summary.current.values():
            totals[status.state] = totals.get(status.state, 0) + 1
    paging = Paging.of(asked_page, len(shown))
    rows = [
        (summary, _overview_cells(view.rules, summary))
        for summary in shown[paging.first - 1 : paging.last]
    ]
    return _page(
        request,
        viewer,
        "overview.html",
        view=view,
        rows=rows,
        paging=paging,
        totals=totals,
        counselors=counselors,
        majors=majors,
        years=years,
        wanted={"counselor": wanted_counselor, "major": wanted_major, "year": wanted_year},
        at=view.at,
    )


def _page_number(request: Request) -> int:
    value = request.query_params.get("page") or "1"
    if not value.isdigit() or int(value) < 1:
        raise HTTPException(400, detail=f"page={value}")
    return int(value)


@dataclass(frozen=True, slots=True)
class Paging:
    """Which slice of the sorted classes a page shows: ``first``..``last`` (1-based, both
    included) of ``total``, page ``number`` of ``count``."""

    number: int
    count: int
    first: int
    last: int
    total: int

    @classmethod
    def of(cls, asked: int, total: int, size: int = PAGE_SIZE) -> Paging:
        """Page ``asked`` of ``total`` classes; past the last page, the last page."""
        count = max(1, -(-total // size))
        number = min(asked, count)
        first = (number - 1) * size + 1
        return cls(number, count, first, min(first + size - 1, total), total)

    def links(self, around: int = 2) -> list[int | None]:
        """Page numbers to link: the first, the last and those near this one; None where
        numbers are left out (shown as "…")."""
        wanted = {1, self.count, *range(self.number - around, self.number + around + 1)}
        found: list[int | None] = []
        for n in sorted(n for n in wanted if 1 <= n <= self.count):
            before = found[-1] if found else n - 1
            if before is not None and n - before == 2:
                found.append(n - 1)  # one page left out: its number, not "…"
            elif before is not None and n - before > 2:
                found.append(None)
            found.append(n)
        return found


def _overview_cells(rules: tuple[str, ...], summary: data.ClassSummary) -> Markup:
    """A class's cells in the overview, built here rather than in the template: a page is
    200 classes × 8 rules, and their text is only codes, marks and numbers. Each cell keeps
    colour (its class) and text (the mark, this period's done/required, and after a line
    break the semester so far: periods met/started)."""
    cells = []
    for rule in rules:
        status = summary.current.get(rule)
        if status is None:
            cells.append("<td>–</td>")
            continue
        so_far = summary.so_far.get(rule)
        below = f"<br>{so_far.met}/{so_far.started}" if so_far else ""
        cells.append(
            f'<td class="{CELL_CLASSES[status.state]}">{STATE_MARKS[status.state]} '
            f"{_number(status.done)}/{_number(status.required)}{below}</td>"
        )
    return Markup("".join(cells))


# A class ---------------------------------------------------------------------------------


def class_page(request: Request) -> Response:
    """One class: a timeline per rule, the records, the forms and the plan."""
    viewer = common.current_viewer(request)
    services = common.web(request)
    at = _moment(request)
    class_id = request.path_params["class_id"]
    with services.session() as session:
        school_class = _class_in_scope(session, viewer, class_id)
        result = data.compliance(session, services.policy, at, [class_id])[0]
        past = list(result.report.periods)
        bounds = data.semester_bounds(session, services.policy, at)
        activities = data.semester_activities(session, class_id, *bounds) if bounds else []
        versions = data.form_versions(session, class_id)
        semester = result.report.semester
        plan = data.semester_plan(session, class_id, semester.name if semester else None)
        name = school_class.name
    rules = [rule.id for rule in services.policy.rules]
    timeline = timeline_svg(
        rules,
        past,
        rule_label=lambda r: t(viewer.lang, f"rules.rule.{r}"),
        state_label=lambda s: t(viewer.lang, f"rules.state.{s}"),
        marks=STATE_MARKS,
    )
    return _page(
        request,
        viewer,
        "class.html",
        name=name,
        class_id=class_id,
        result=result,
        timeline=timeline,
        activities=activities,
        versions=versions,
        plan=plan,
        this_month=at.strftime("%Y-%m"),
        at=at,
        year=year_of_study(result.row.cohort, at.date()),
    )


# An advisor ------------------------------------------------------------------------------


def advisor_page(request: Request) -> Response:
    """An advisor's classes this academic year with the evidence for their grade."""
    viewer = common.current_viewer(request)
    services = common.web(request)
    at = _moment(request)
    person_id = request.path_params["person_id"]
    with services.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise HTTPException(404)
        own_ids = list(
            session.scalars(
                select(SchoolClass.id)
                .where(SchoolClass.advisor_id == person_id)
                .order_by(SchoolClass.name)
            )
        )
        all_ids = list(own_ids)
        # Counselors see the advisor's classes they coordinate (an advisor with two classes
        # may have two counselors); admins and the advisor themself see them all.
        if not (viewer.is_admin or viewer.id == person_id):
            visible = set(visible_class_ids(session, viewer))
            own_ids = [i for i in own_ids if i in visible]
            if not viewer.is_counselor or not own_ids:
                raise HTTPException(403)
        year, semesters = data.academic_year(session, services.policy, at, own_ids)
        # The grade is the advisor's, over all their classes, as the assessment computes it.
        try:
            grade = suggested_grade(
                session, services.policy, year, services.settings.tz, all_ids, person_id, now=at
            )
        except NotFound:
            grade = None
        voices = class_voices(session, own_ids, services.policy, at, services.settings.tz)
        name = person.name
    return _page(
        request,
        viewer,
        "advisor.html",
        name=name,
        semesters=semesters,
        rules=tuple(rule.id for rule in services.policy.rules),
        academic_year=year,
        at=at,
        grade=grade,
        grade_name=t(viewer.lang, f"judge.assessment.grade.{grade.grade}") if grade else None,
        voices=[voices[i] for i in own_ids if i in voices],
        duty_name=lambda code: t(viewer.lang, f"duties.duty.{code}"),
    )


# Forms inbox (the counselor's desk) -----------------------------------------------------


def _month_param(request: Request, at: datetime, policy: Policy) -> str:
    value = request.query_params.get("month")
    if not value:
        return desk.default_month(at.date(), policy)
    try:
        first, _last = form_storage.parse_month(value)
    except InputError as exc:
        raise HTTPException(400, detail=value) from exc
    return f"{first.year:04d}-{first.month:02d}"


def forms_page(request: Request) -> Response:
    """Counselors (and admins): the month's forms and the semester's plans class by class,
    as `/forms` shows them; approve, return with a comment, nudge."""
    viewer = common.current_viewer(request)
    if not (viewer.is_admin or viewer.is_counselor):
        raise HTTPException(403)
    services = common.web(request)
    month = _month_param(request, services.now(), services.policy)
    with services.session() as session:
        person = forms_inbox.person(session, viewer.id)
        try:
            view = desk.forms_overview(
                session, person, month, services.policy, services.settings.tz
            )
        except form_storage.NotAllowed as exc:
            raise HTTPException(403) from exc
        semesters = data.semester_names(session, services.policy) if viewer.is_admin else []
    return _page(
        request,
        viewer,
        "forms.html",
        month=month,
        view=view,
        notice=request.query_params.get("notice"),
        semesters=semesters,
    )


def _back_to_forms(month: str, notice: str) -> RedirectResponse:
    return RedirectResponse(f"/forms?month={quote(month)}&notice={quote(notice)}", status_code=303)


def _doc(value: str) -> str:
    if value not in (form_storage.MONTHLY_FORM, form_storage.SEMESTER_PLAN):
        raise HTTPException(400, detail="doc")
    return value


async def review_action(request: Request) -> Response:
    """Approve or return (with a comment) a form or plan version, as `/forms` does; the
    advisor is told in their language (POST with the session's CSRF token)."""
    form = await request.form()
    common.check_csrf(request, str(form.get("csrf") or ""))
    viewer = await run_in_threadpool(common.current_viewer, request)
    services = common.web(request)
    state = str(form.get("decision") or "")
    comment = str(form.get("comment") or "").strip()
    month = str(form.get("month") or "")
    doc = _doc(str(form.get("doc") or form_storage.MONTHLY_FORM))
    if state not in (form_storage.APPROVED, form_storage.RETURNED):
        raise HTTPException(400, detail="decision")
    if state == form_storage.RETURNED and not comment:
        return common.error_page(request, 400, "comment_needed")
    try:
        document_id = int(str(form.get("document_id") or ""))
    except ValueError as exc:
        raise HTTPException(400, detail="document_id") from exc
    now = services.now()

    def decide() -> desk.ReviewNotice:
        with services.session() as session:
            reviewer = forms_inbox.person(session, viewer.id)
            return desk.review(session, reviewer, doc, document_id, state, now, comment or None)

    try:
        notice = await run_in_threadpool(decide)
    except form_storage.NotAllowed as exc:
        raise HTTPException(403) from exc
    except form_storage.NotLatest:
        return _back_to_forms(month or notice_month(now), t(viewer.lang, "desk.not_latest"))
    except InputError as exc:
        raise HTTPException(404) from exc
    told = False
    if notice.advisor_telegram_id is not None and services.notify is not None:
        try:
            await services.notify(notice.advisor_telegram_id, notice.advisor_text)
            told = True
        except TelegramError:
            log.warning("could not tell the advisor about a review", exc_info=True)
    what = t(viewer.lang, f"desk.doc_{doc}", period=notice.period)
    done = t(
        viewer.lang,
        f"desk.{state}",
        class_name=notice.class_name,
        what=what,
        version=notice.version,
    )
    told_key = "desk.advisor_told" if told else "desk.advisor_not_told"
    return _back_to_forms(month or notice.period, f"{done} {t(viewer.lang, told_key)}")


def notice_month(now: datetime) -> str:
    return f"{now.year:04d}-{now.month:02d}"


async def nudge_action(request: Request) -> Response:
    """Nudge a class's advisor about the month's form or the semester's plan: the desk's
    ledger row first (once a day per advisor and item), then the message."""
    form = await request.form()
    common.check_csrf(request, str(form.get("csrf") or ""))
    viewer = await run_in_threadpool(common.current_viewer, request)
    services = common.web(request)
    now = services.now()
    doc = _doc(str(form.get("doc") or form_storage.MONTHLY_FORM))
    try:
        class_id = int(str(form.get("class_id") or ""))
        month = form_storage.parse_month(str(form.get("month") or ""))[0].strftime("%Y-%m")
    except (ValueError, InputError) as exc:
        raise HTTPException(400, detail="class_id/month") from exc
    try:
        result = await run_in_threadpool(
            forms_inbox.nudge, services, viewer.id, class_id, doc, month, now
        )
    except form_storage.NotAllowed as exc:
        raise HTTPException(403) from exc
    outcome = result.outcome
    if outcome == desk.SEND:
        if services.notify is None:
            outcome = "failed"  # left pending: the bot's delivery job sends it
        else:
            outcome = await forms_inbox.deliver(services, result, services.notify)
    window = services.policy.reminders
    key = (
        "nudged" if outcome == desk.SEND else forms_inbox.NUDGE_NOTICES.get(outcome, "nudge_failed")
    )
    text = t(
        viewer.lang,
        f"desk.{key}",
        advisor=result.advisor or "-",
        class_name=result.class_name,
        start=window.send_time.strftime("%H:%M"),
        end=window.quiet_after.strftime("%H:%M"),
    )
    return _back_to_forms(month, text)


# Downloads -------------------------------------------------------------------------------


async def download_form(request: Request) -> Response:
    """The month's form as .docx: a submitted version (?version=N) or the live draft, with
    the evidence photos when the dashboard runs beside the bot (`WebServices.pictures`)."""
    from bot.documents.form_docx import render_month_form
    from bot.form_pictures import FetchedPictures, chosen_photos

    services = common.web(request)
    month_text = request.path_params["month"]
    version = request.query_params.get("version")

    def load(viewer: Viewer) -> tuple[form_storage.MonthlyForm, list[tuple[FormEntry, str]]]:
        class_id = request.path_params["class_id"]
        with services.session() as session:
            school_class = _class_in_scope(session, viewer, class_id)
            if version:
                chosen = [
                    s
                    for s in form_storage.submissions(session, class_id, month_text)
                    if str(s.version) == version
                ]
                if not chosen:
                    raise HTTPException(404)
                form = form_storage.submitted_form(chosen[0])
            else:
                form = form_storage.draft_month_form(
                    session,
                    school_class,
                    month_text,
                    services.settings.tz,
                    policy=services.policy,
                    at=services.now(),
                )
            photos = chosen_photos(session, form) if services.pictures is not None else []
        return form, photos

    viewer = await run_in_threadpool(common.current_viewer, request)
    try:
        form_storage.parse_month(month_text)
    except InputError:
        return common.error_page(request, 400, "bad_month", month=month_text)
    form, photos = await run_in_threadpool(load, viewer)
    fetched = (
        await services.pictures(photos)
        if services.pictures is not None and photos
        else FetchedPictures()
    )
    body = await run_in_threadpool(
        render_month_form, form, viewer.lang, fetched.pictures, missing=fetched.missing
    )
    name = f"{form.class_name}-{form.month}" + (f"-v{version}" if version else "") + ".docx"
    return Response(body, media_type=DOCX, headers=_attachment(name))


def download_workbook(request: Request) -> Response:
    """The semester's assessment workbook (.xlsx): every class, so admins only."""
    from bot.documents.workbook import write_semester_workbook

    viewer = common.current_viewer(request)
    if not viewer.is_admin:
        raise HTTPException(403)
    services = common.web(request)
    name = request.path_params["name"]
    with tempfile.TemporaryDirectory() as folder, services.session() as session:
        out = Path(folder) / "workbook.xlsx"
        try:
            write_semester_workbook(
                session,
                services.policy,
                name,
                out,
                services.settings.tz,
                now=services.now(),
                lang=viewer.lang,
            )
        except NotFound as exc:
            raise HTTPException(404) from exc
        body = out.read_bytes()
    return Response(body, media_type=XLSX, headers=_attachment(f"{name}.xlsx"))


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}
