"""Issue 17, round 10 (batches r10a and r10b): the classes of misses of a Taiyuan advisor's
speech (前儿, 啦呱, 领, 叫来谈谈) and of a Hefei advisor's handwriting input (淡 for 谈, 夭 for
天, 王题班会, 礼拜X drawn alike), each with sentences beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_note
from bot.parsing.normalise import normalise

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Wednesday evening.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=SHANGHAI)
TODAY = "2026-11-18"
TOMORROW = "2026-11-19"
TWO_DAYS_AGO = "2026-11-16"


def kinds_and_days(text: str, now: dt.datetime = NOW) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_note(text, now).activities)


def only(kind: str, day: str = TODAY) -> Counter[tuple[str, str]]:
    return Counter({(kind, day): 1})


# --- handwriting: 谈 written 淡, 天 written 夭, 主 without its dot (normalise._SHAPE_SLIPS) ---


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("跟她淡了好久", "跟她谈了好久"),
        ("下午跟那个男生淡了两个钟头", "谈了两个钟头"),
        ("明天我再找他好好淡淡", "好好谈谈"),
        ("找小李淡话", "谈话"),
        ("我礼拜夭下午去宿舍看了看", "礼拜天"),
        ("今夭去查寝", "今天"),
        ("开了一个安全教育的王题班会", "主题班会"),
    ],
)
def test_a_shape_slip_of_the_work_is_read_as_its_word(text: str, word: str) -> None:
    assert word in normalise(text)[0]


@pytest.mark.parametrize(
    "text", ["颜色淡了一些", "淡淡的香味", "味道很淡", "逃之夭夭", "不幸夭折", "王题是我们班的同学"]
)
def test_the_real_words_drawn_alike_stay(text: str) -> None:
    assert normalise(text)[0] == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下午跟那个男生淡了两个钟头，孩子其实不坏", only("student_talk")),
        (
            "今晚去女生宿舍坐了坐，跟她淡了好久",
            Counter({("dorm_visit", TODAY): 1, ("student_talk", TODAY): 1}),
        ),
        ("今天下午开了一个安全教育的王题班会，主要讲防诈骗", only("theme_meeting")),
        ("我礼拜夭下午去宿舍看了看", only("dorm_visit", "2026-11-15")),
    ],
)
def test_a_note_with_shape_slips_is_read(text: str, expected: Counter[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_the_week_days_said_with_libai_are_shape_targets() -> None:
    from bot.parsing import shapes

    assert {"礼拜一", "礼拜天", "礼拜日"} <= set(shapes.DATE_WORDS)


# --- Shanxi speech: 前儿 before a verb, 啦呱, 领 to the hospital ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "前儿找了三个娃娃拉话",
        "前儿叫了两个娃娃谈了谈",
        "前儿约了小王拉呱",
        "前儿黑夜去宿舍瞭了一眼",
    ],
)
def test_qianr_before_a_verb_is_the_day_before_yesterday(text: str) -> None:
    assert {day for _, day in kinds_and_days(text)} == {TWO_DAYS_AGO}


def test_a_chat_written_with_the_sound_alike_la() -> None:
    assert kinds_and_days("前儿找了四个娃娃单独啦呱") == only("student_talk", TWO_DAYS_AGO)


@pytest.mark.parametrize("text", ["有个娃娃发烧了，领他去了趟校医院", "领着小王去医院看了看"])
def test_a_student_led_to_the_doctor_is_care(text: str) -> None:
    assert kinds_and_days(text) == only("other")


def test_led_to_the_doctor_after_a_dorm_visit_is_both() -> None:
    text = "黑夜去宿舍瞭了一眼，暖气可以哩。有个娃娃感冒发烧了，领他去了趟校医院"
    assert kinds_and_days(text) == Counter({("dorm_visit", TODAY): 1, ("other", TODAY): 1})


def test_the_leaders_going_to_hospital_is_not_the_advisors() -> None:
    assert kinds_and_days("领导去医院看望了老教师") == Counter()


# --- students called in, or one by one, and spoken to (kinds: 叫来谈谈, 挨个说了说) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("有俩娃娃闹矛盾，两个人都叫出来谈了谈", only("student_talk")),
        ("逃课那几个明儿挨个叫来谈谈", only("student_talk", TOMORROW)),
        ("明天把他们叫到办公室聊一下", only("student_talk", TOMORROW)),
        ("留下五个娃娃问择校的事，一个一个说了说", only("student_talk")),
        ("挂科的几个逐个谈了谈", only("student_talk")),
    ],
)
def test_students_called_in_and_spoken_to_is_a_talk(
    text: str, expected: Counter[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == expected


def test_a_teacher_called_in_is_no_talk_with_a_student() -> None:
    assert kinds_and_days("领导叫过来说了说工作") == Counter()


# --- a talk with the student sought out after a parent's call (find: 找他 in the talk) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "打电活给他爸爸，他爸爸在外地打工，也不晓得，急死了，后来室友找到他的，明天我再找他好好淡淡",
            Counter({("parent_contact", TODAY): 1, ("student_talk", TOMORROW): 1}),
        ),
        (
            "给他妈妈打了电话，今天找他谈心了",
            Counter({("parent_contact", TODAY): 1, ("student_talk", TODAY): 1}),
        ),
        ("王同学家长来学校，面谈了一个小时", only("parent_contact")),
    ],
)
def test_the_student_sought_out_after_the_parent_is_a_talk(
    text: str, expected: Counter[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == expected


# --- 打给 a parent (kinds._PARENT_VERB_ZH) -----------------------------------------------


@pytest.mark.parametrize("text", ["赶紧打给他妈妈", "打给小陈爸爸了", "晚上打给家长说了情况"])
def test_phoned_with_da_gei_is_a_parent_contact(text: str) -> None:
    assert kinds_and_days(text) == only("parent_contact")


# --- the dorms as what was spoken about (kinds._TOPIC_BEFORE_ZH) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明儿后晌开班委会，说说宿舍卫生的事", only("cadre_meeting", TOMORROW)),
        ("开了班会，讲了讲宿舍安全", only("class_meeting")),
        ("班会上强调了宿舍用电", only("class_meeting")),
    ],
)
def test_the_dorms_spoken_about_are_no_visit(text: str, expected: Counter[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


def test_the_dorms_visited_after_speaking_of_them_are_a_visit() -> None:
    assert kinds_and_days("说说宿舍的事，然后去宿舍看了看") == only("dorm_visit")


# --- a plan agreed on before, 原来说好 (blocking._BLOCK_BEFORE_RE) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "原来说好礼拜六去逍遥津春游，天气预报说那天有大雨，班长说改到下个月",
        "原来约好周五家访，家长临时有事",
        "本来讲好今晚开班会的，学院临时有事",
    ],
)
def test_a_plan_agreed_on_before_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == Counter()


def test_yuanlai_telling_a_reason_still_records() -> None:
    assert kinds_and_days("原来他生病了，去宿舍看了看") == only("dorm_visit")


# --- a meeting the students were taken to is theirs (kinds: 带…去参加了…动员会) -------------


@pytest.mark.parametrize(
    "text",
    ["后晌带娃娃们去参加了数学建模校赛的动员会，咱班报了四个队", "带同学们去听了学校的就业动员会"],
)
def test_a_meeting_the_students_were_taken_to_is_their_activity(text: str) -> None:
    assert kinds_and_days(text) == only("student_activity")


def test_the_class_s_own_mobilisation_meeting_is_still_a_class_meeting() -> None:
    assert kinds_and_days("今天开了期末动员班会") == only("class_meeting")


def test_the_dorms_listed_after_what_was_spoken_about_are_no_visit() -> None:
    text = "今天下午开了这学期第一次斑会，讲了讲课程安排，还有宿舍卫生，晚上又去教室看了晚白习"
    assert kinds_and_days(text) == Counter(
        {("class_meeting", TODAY): 1, ("classroom_visit", TODAY): 1}
    )


@pytest.mark.parametrize(
    "text", ["讲了讲课程安排，还有宿舍也去看了", "说了说考试的事，还有宿舍查了一遍"]
)
def test_the_dorms_listed_and_gone_to_are_a_visit(text: str) -> None:
    assert ("dorm_visit", TODAY) in kinds_and_days(text)


# --- a home phoned is the family (kinds._PARENT_WORDS: 给家里, 给赵鹏家里) -----------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("上周三给赵鹏家里打的电话忘了记了，补上。", "2026-11-11"),
        ("有两个娃娃还没回来，给家里打了电话", TODAY),
        ("给小王家里也打了电话", TODAY),
    ],
)
def test_a_home_phoned_is_the_family(text: str, day: str) -> None:
    assert kinds_and_days(text) == only("parent_contact", day)


def test_a_home_named_otherwise_is_no_contact() -> None:
    assert kinds_and_days("他家里有事，请了三天假") == Counter()


# --- days listed with commas before 都, and 回 / 趟 as a day's tally (pipeline._joined) ----


@pytest.mark.parametrize(
    "text",
    [
        "最近天热了，这个星期一，星期二，还有今天晚上都去宿舍看了",
        "周一，周二，今天都去宿舍转了转",
        "这周查了三回寝，周一一回周二一回今天一回",
    ],
)
def test_days_listed_with_commas_are_each_a_deed(text: str) -> None:
    assert kinds_and_days(text) == Counter(
        {("dorm_visit", "2026-11-16"): 1, ("dorm_visit", "2026-11-17"): 1, ("dorm_visit", TODAY): 1}
    )


def test_days_with_deeds_of_their_own_stay_apart() -> None:
    assert kinds_and_days("周一查寝，周三开班会，都挺好") == Counter(
        {("dorm_visit", "2026-11-16"): 1, ("class_meeting", TODAY): 1}
    )


# --- a later clause's coming day that is the students' (pipeline._their_day) -------------


@pytest.mark.parametrize(
    "text",
    [
        "开完班会，去宿舍瞭了一眼，明儿娃娃们就都走了",
        "晚上去女生宿舍看了看，有个小姑娘被子太薄，叫她明天去超市买一床厚的",
        "去宿舍转了转，提醒他们明天早点去考场",
    ],
)
def test_the_students_coming_day_dates_no_visit_told_done(text: str) -> None:
    assert ("dorm_visit", TODAY) in kinds_and_days(text)
    assert ("dorm_visit", TOMORROW) not in kinds_and_days(text)


# --- 不要 (don't) told to the students is no plan word (dates.PLAN_ZH_RE) ------------------


def test_a_bare_weekday_in_a_note_telling_the_students_not_to_is_past() -> None:
    text = "这个星期一，星期二，还有今天晚上都去宿舍看了，提醒他们不要偷偷用大功率电器"
    assert kinds_and_days(text) == Counter(
        {("dorm_visit", "2026-11-16"): 1, ("dorm_visit", "2026-11-17"): 1, ("dorm_visit", TODAY): 1}
    )


# --- not gone for a while, a firm plan for a named day (find._MOVED_DONE_RE) ---------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("宿舍一个星期没去成，今天晚上一定要去看看", TODAY),
        ("宿舍一个星期没去成，明天一定要去看看", TOMORROW),
    ],
)
def test_a_firm_plan_after_a_visit_missed_is_recorded(text: str, day: str) -> None:
    assert kinds_and_days(text) == only("dorm_visit", day)


def test_a_visit_missed_with_no_plan_records_nothing() -> None:
    assert kinds_and_days("宿舍一个星期没去成，太忙了") == Counter()


def test_the_semester_plan_with_a_shape_slip_is_handed_in() -> None:
    result = parse_note("学期工作计刬己经交到学院办公室了", NOW)
    assert [d.doc for d in result.documents] == ["semester_plan"]


def test_a_student_drawn_as_xueniu_is_counted() -> None:
    (talk,) = parse_note("今天找了两个家里困难的学牛淡心，一个六安的一个安庆的", NOW).activities
    assert (talk.kind, talk.count) == ("student_talk", 2)


# --- not gone for a while (blocking._NEG_AFTER_RE), then gone at last (find._MOVED_DONE_RE) -


@pytest.mark.parametrize("text", ["宿舍好几天没去了", "教室一个星期没去了", "宿舍好久都没去"])
def test_not_gone_for_a_while_records_nothing(text: str) -> None:
    assert kinds_and_days(text) == Counter()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("宿舍好几天没去了，今晚去看了看", TODAY),
        ("宿舍一个星期没去成，昨晚终于去看了看", "2026-11-17"),
    ],
)
def test_gone_at_last_after_a_while_is_a_visit(text: str, day: str) -> None:
    assert kinds_and_days(text) == only("dorm_visit", day)
