"""Issue 17, round 9 (batches r9a and r9b): the classes of misses of a Henan advisor's speech
(俺, 中, 夜儿个, 后晌, 黑了, 喷, a room told by its number) and of a graduating class's terse
log (job fairs, the committee in one word, the class's papers, late-night times), each with
sentences beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)
TODAY = "2026-11-18"


def at(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso)


def kinds_and_days(text: str, now: dt.datetime = NOW) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_note(text, now).activities)


def only(kind: str, day: str = TODAY) -> Counter[tuple[str, str]]:
    return Counter({(kind, day): 1})


# --- job fairs gone to with the students (kinds.JOB_FAIRS) ---------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        ("带学生去省人才市场春招双选会 8:30-11:00", at("2027-03-06T11:05:00+08:00"), "2027-03-06"),
        ("上午带学生去市里招聘会", NOW, TODAY),
        ("下午陪毕业生逛春招会场", NOW, TODAY),
        ("学院秋招双选会 领着班里同学逛了一圈", NOW, TODAY),
    ],
)
def test_job_fair_with_the_students_is_their_activity(
    text: str, now: dt.datetime, day: str
) -> None:
    assert kinds_and_days(text, now) == only("student_activity", day)


@pytest.mark.parametrize(
    "text",
    [
        "原定今天下午的班委会，几个班委都跑招聘会去了，推到下个礼拜，具体哪天再定。",
        "招聘会通知转发到群里了",
    ],
)
def test_job_fair_the_students_went_to_alone_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == Counter()


# --- a log line naming only the committee -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        ("班委 30min", at("2027-03-19T12:30:00+08:00"), "2027-03-19"),
        ("班委 毕业照+聚餐 30min", at("2027-05-21T11:40:00+08:00"), "2027-05-21"),
        ("5月表交了 中午班委 碰了下离校安排", at("2027-06-01T13:05:00+08:00"), "2027-06-01"),
        ("晚上班委 1h", NOW, TODAY),
        ("班委 定了运动会名单 20分钟", NOW, TODAY),
        ("班委 ✓", NOW, TODAY),
    ],
)
def test_the_committee_alone_on_a_log_line_is_its_meeting(
    text: str, now: dt.datetime, day: str
) -> None:
    assert kinds_and_days(text, now) == only("cadre_meeting", day)


def test_the_committee_as_a_subject_is_no_meeting() -> None:
    assert kinds_and_days("班委说宿舍有人吵架") == Counter()


# --- a graduating class's papers (kinds.GRADUATION_PAPERS) ----------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        ("补：周四 帮两个学生弄三方网签 一下午", at("2027-04-25T22:15:00+08:00"), "2027-04-22"),
        ("帮小周改三方协议", NOW, TODAY),
        ("给两个学生弄网签", NOW, TODAY),
        ("帮两个毕业生办了离校", NOW, TODAY),
        ("帮小王看了调剂志愿", NOW, TODAY),
    ],
)
def test_help_with_a_graduates_papers_is_other_work(text: str, now: dt.datetime, day: str) -> None:
    assert kinds_and_days(text, now) == only("other", day)


def test_help_with_papers_beside_the_ceremony() -> None:
    got = kinds_and_days("明天毕业典礼 上午跟班 下午帮办离校手续", at("2027-06-23T21:00:00+08:00"))
    assert got == Counter({("student_activity", "2027-06-24"): 1, ("other", "2027-06-24"): 1})


# --- a course named after a contest -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        ("听课 数模选修", at("2027-03-10T16:30:00+08:00"), "2027-03-10"),
        ("下午听课 数模必修", NOW, TODAY),
        ("听课 数模选修课", NOW, TODAY),
    ],
)
def test_a_course_named_after_the_contest_is_a_class(text: str, now: dt.datetime, day: str) -> None:
    assert kinds_and_days(text, now) == only("classroom_visit", day)


def test_the_contest_itself_is_still_the_students() -> None:
    assert kinds_and_days("带队参加数模比赛") == only("student_activity")


# --- Henan 喷: a chat ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        (
            "恁说这咋弄，又有俩孩子找俺，说不想学数学了。跟他俩喷了半天。",
            at("2026-10-16T22:15:00+08:00"),
            "2026-10-16",
        ),
        ("跟小王喷了会儿空", NOW, TODAY),
        ("后晌找俩孩子喷喷", NOW, TODAY),
        ("跟孩子喷了俩钟头", NOW, TODAY),
        ("跟小李喷了一后晌", NOW, TODAY),
    ],
)
def test_henan_pen_is_a_chat(text: str, now: dt.datetime, day: str) -> None:
    assert kinds_and_days(text, now) == only("student_talk", day)


def test_a_spray_is_no_chat() -> None:
    assert kinds_and_days("喷了半天杀虫剂") == Counter()


# --- an evening's clock time told after midnight -----------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        ("查寝回来 22:30-23:30 顺便问了论文", at("2027-04-20T00:15:00+08:00"), "2027-04-19"),
        ("查寝 23:00-23:40", at("2026-11-19T00:40:00+08:00"), TODAY),
        ("查寝 21:00", at("2026-11-19T01:10:00+08:00"), TODAY),
    ],
)
def test_an_evening_time_told_after_midnight_is_last_night(
    text: str, now: dt.datetime, day: str
) -> None:
    assert kinds_and_days(text, now) == only("dorm_visit", day)


def test_a_day_word_after_midnight_keeps_its_day() -> None:
    assert kinds_and_days("今晚查寝 22:00", at("2026-11-19T00:40:00+08:00")) == only(
        "dorm_visit", "2026-11-19"
    )


# --- the advisors' study visit to another school ------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        (
            "新乡那个交流去了，人家学校班主任搞的学业预警弄得细，回来俺也学学",
            at("2026-12-09T21:50:00+08:00"),
            "2026-12-09",
        ),
        ("上周去郑州观摩学习了一天", NOW, "2026-11-11"),
        ("今天跟几个班主任去兄弟院校跟岗学习", NOW, TODAY),
    ],
)
def test_an_advisors_study_visit_is_a_seminar(text: str, now: dt.datetime, day: str) -> None:
    assert kinds_and_days(text, now) == only("seminar", day)


def test_the_students_study_visit_stays_theirs() -> None:
    assert kinds_and_days("带学生去企业交流学习") == only("student_activity")


# --- the college is no hospital -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "学期工作计划写好了，刚送到学院办公室，妥了。",
        "11月的记录表填好了，送到学院了",
    ],
)
def test_a_paper_taken_to_the_college_is_no_hospital_trip(text: str) -> None:
    result = parse_note(text, NOW)
    assert result.activities == ()
    assert result.documents


# --- a parent met in person ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        (
            "周六有个孩子家长从周口专门过来了，俺在学校跟家长见了一面，说了说孩子这学期的情况。",
            at("2026-11-23T10:00:00+08:00"),
            "2026-11-21",
        ),
        ("晚上跟小王家长见了个面", NOW, TODAY),
        ("下午在办公室跟两位家长见了面", NOW, TODAY),
    ],
)
def test_a_parent_met_in_person_is_a_contact(text: str, now: dt.datetime, day: str) -> None:
    assert kinds_and_days(text, now) == only("parent_contact", day)


# --- the family named by a pronoun's home ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        (
            "夜儿个后晌小张发烧39度，俺开车送他去校医院，给他家里也打了电话",
            at("2026-11-05T12:40:00+08:00"),
            "2026-11-04",
        ),
        ("给她家里打了个电话", NOW, TODAY),
        ("晚上跟孩子家里通了电话", NOW, TODAY),
    ],
)
def test_a_pronouns_home_called_is_a_parent_contact(text: str, now: dt.datetime, day: str) -> None:
    assert ("parent_contact", day) in kinds_and_days(text, now)


def test_the_home_told_about_is_no_contact() -> None:
    assert kinds_and_days("他家里有事请假了") == Counter()


# --- the students told to go ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "找了仨孩子谈心，补考就在下周，叫他们这两天多去自习室泡泡。",
        "让他们多去图书馆和自习室",
        "督促挂科的同学每天去自习室",
    ],
)
def test_students_told_to_go_is_not_the_advisors_visit(text: str) -> None:
    assert ("classroom_visit", TODAY) not in kinds_and_days(text)


def test_the_advisor_taking_them_along_still_records() -> None:
    assert kinds_and_days("我叫上两个班委一起去查寝了") == only("dorm_visit")


# --- a northern wish: 寻思, 琢磨 --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今儿清早没课，寻思着去看看早读，结果学院临时叫开会，没去成",
        "琢磨着去听听课",
        "寻思着去宿舍转转",
    ],
)
def test_a_northern_wish_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == Counter()


# --- how to manage it: the subject of a talk ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今儿后晌学院开班主任经验交流会，俺发了个言，讲讲咋抓宿舍卫生。",
        "班主任培训上我讲了讲咋去宿舍查卫生",
    ],
)
def test_how_to_manage_it_is_a_subject(text: str) -> None:
    assert kinds_and_days(text) == only("seminar")


# --- a duty handed out: not done ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("昨天后晌开了个班委会，7个班委都到了，把查寝、考勤分分工。", "2026-11-17"),
        ("开了班委会，把查寝和听课分了工", TODAY),
        ("班委会上把家访的事分配给了各寝室长", TODAY),
    ],
)
def test_a_duty_handed_out_is_not_done(text: str, day: str) -> None:
    assert kinds_and_days(text) == only("cadre_meeting", day)


# --- a dorm room told by its number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "day"),
    [
        (
            "313又不中了！黑了去一看，垃圾三天没倒，味儿冲得很，叫他们当场收拾。",
            at("2026-12-07T22:10:00+08:00"),
            "2026-12-07",
        ),
        ("晚上到502坐了坐", NOW, TODAY),
        ("313又乱了，去看了一眼", NOW, TODAY),
        ("今儿清早又去415瞅了瞅，中，干净了。", NOW, TODAY),
    ],
)
def test_a_room_number_gone_to_is_a_dorm_visit(text: str, now: dt.datetime, day: str) -> None:
    assert kinds_and_days(text, now) == only("dorm_visit", day)


def test_a_score_is_no_room() -> None:
    assert kinds_and_days("考了313又去复试") == Counter()


# --- students called together and spoken to -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("后晌把挂科那4个孩子叫一块儿说说复习咋安排，给他们弄了个互助小组。", 4),
        ("把3个挂科的同学叫一块儿说说期末复习", 3),
        ("把几个迟到的叫到一起说了几句", 1),
    ],
)
def test_students_called_together_and_spoken_to_is_a_talk(text: str, count: int) -> None:
    (activity,) = parse_note(text, NOW).activities
    assert (activity.kind, activity.count) == ("student_talk", count)


# --- a word with the course's teacher after sitting in ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今儿清早听了一节高等代数，课上睡觉的好几个，下了课跟任课老师交流了一下。",
        "听了一节线代，后排有人玩手机，下课跟任课老师碰了个头",
    ],
)
def test_the_course_teacher_after_the_class_is_part_of_the_visit(text: str) -> None:
    assert kinds_and_days(text) == only("classroom_visit")


def test_the_course_teacher_in_a_sentence_of_its_own_is_other_work() -> None:
    got = kinds_and_days("跟任课老师沟通了小王的出勤。晚上去听了课")
    assert got == Counter({("other", TODAY): 1, ("classroom_visit", TODAY): 1})


# --- the day something fell through, after the deed ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "11月的记录表今儿交了。黑了开了个班会，说说期末考试和寒假安排，上周没开成的也补上了",
            "class_meeting",
        ),
        ("晚上开了班会，上周没能开成", "class_meeting"),
        ("晚上去查了寝，周一那次没去成", "dorm_visit"),
    ],
)
def test_a_later_day_that_fell_through_dates_nothing_done(text: str, kind: str) -> None:
    assert kinds_and_days(text) == only(kind)


# --- counts: people named by what they do, a room's people ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("初试出分了 找了3个考研的聊复试", "student_talk", 3),
        ("跟两个没签约的聊了聊", "student_talk", 2),
        ("找了5个想转专业的 挨个谈", "student_talk", 5),
        ("313四个孩子家长都联系上了，有俩家长说放假回去好好说说孩子", "parent_contact", 4),
        ("给502三个学生的家长打了电话", "parent_contact", 3),
    ],
)
def test_people_counted_by_what_they_do_or_by_their_room(text: str, kind: str, count: int) -> None:
    (activity,) = parse_note(text, NOW).activities
    assert (activity.kind, activity.count) == (kind, count)
