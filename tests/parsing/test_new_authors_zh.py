"""Issue 17, round 1 (Chinese batches): the classes of misses of new authors who write by
handwriting or voice input, in regional speech, and in weekly summaries, each with cases
beyond the batches' own wording."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message, parse_note
from bot.parsing.normalise import CONTEXT_SLIP_GATE, CONTEXT_SLIPS, normalise

# A Friday evening.
NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.date.isoformat()) for a in parse_message(text, NOW)]


def kinds(text: str) -> list[str]:
    return [a.kind for a in parse_message(text, NOW)]


# --- slips of handwriting and voice input, and regional words --------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Shape slips of handwriting input (形近字).
        ("今天开了本学期笫一次斑会", "class_meeting"),
        ("晚上去宿含转了转", "dorm_visit"),
        ("给李同学家长打了电活", "parent_contact"),
        ("下牛参加学院的班主任培圳", "seminar"),
        ("带学生参现了科技馆", "student_activity"),
        ("上牛昕了一节线代", "classroom_visit"),
        ("周未去查寝了", "dorm_visit"),
        ("和小王谈必", "student_talk"),
        ("睌上去教宝看了睌自刁", "classroom_visit"),
        ("带学生参如志愿活功", "student_activity"),
        # Homophones of voice-to-text input.
        ("晚上开了个班为会 说了说期末安排", "cadre_meeting"),
        ("班委汇 1h 定了期末互助名单", "cadre_meeting"),
        ("今天去挺了一节课 概率论", "classroom_visit"),
        ("下午参加班主任严讨会", "seminar"),
        ("周六去家纺了 孩子家在乡下", "parent_contact"),
        ("晚上玩自习去看了一眼", "classroom_visit"),
        ("今天差寝了", "dorm_visit"),
        ("和小王弹心", "student_talk"),
        ("下午去素舍转了转", "dorm_visit"),
    ],
)
def test_slips_of_handwriting_and_voice_input_are_read(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("双十一买了家纺用品", []),  # 家纺 is home textiles unless gone to
        ("这门课挺难的", []),  # 挺 is "quite" unless before a lesson
        ("这周未去查寝", []),  # 未 negates the visit
        ("和莫然同学谈心", ["student_talk"]),  # 莫 is a surname, not 没
        ("斑马线那边有人摔倒了", []),
    ],
)
def test_real_words_like_a_slip_are_kept(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_each_slip_means_one_word() -> None:
    words: dict[str, set[str]] = {}
    for slip in CONTEXT_SLIPS:
        words.setdefault(slip.slip, set()).add(slip.word)
    assert {s: w for s, w in words.items() if len(w) > 1} == {}


def test_every_slip_passes_the_gate() -> None:
    assert [s.slip for s in CONTEXT_SLIPS if not set(s.slip) & set(CONTEXT_SLIP_GATE)] == []


def test_a_slip_is_folded_only_in_its_context() -> None:
    assert normalise("下牛去了趟宿舍")[0] == "下午去了趟宿舍"
    assert normalise("早上喝了牛奶")[0] == "早上喝了牛奶"
    assert normalise("家长一直唠叨")[0] == "家长一直唠叨"


@pytest.mark.parametrize(
    "text",
    [
        "下午和赵子轩摆龙门阵 秋招一家都还莫投",  # Sichuan
        "和小王摆了会儿龙门阵",
        "跟宿舍那几个娃儿摆了一哈",
        "跟他唠了一个钟头",  # north-east
        "和张伟唠嗑",
        "和张伟拉呱了半天",  # Shandong
    ],
)
def test_regional_words_for_a_chat_are_a_talk(text: str) -> None:
    assert kinds(text) == ["student_talk"]


@pytest.mark.parametrize(
    "text",
    ["给吴凡家长打电话 莫打通", "给他妈打电话 莫人接", "给家长打电话 冇人接"],
)
def test_regional_words_for_not_negate(text: str) -> None:
    assert kinds(text) == []


# --- what fell through in a run-on voice note -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今天晚上去茶寝 结果赶上楼里停电了 黑灯瞎火的没进去 嗯 改天吧",
        "本来今天约了李想他爸视频 结果他爸临时加班 说改天吧 嗯 那就改天",
        "约了家长今天视频 结果家长说改天吧",
        "学院下午有个班主任培训 我这边有课去不了 让小孙老师替我听了",
        "有空再去趟8号楼 上次有个宿舍太乱了",
        "有空去趟男生宿舍",
        "本来想今天开班会 结果学院临时开会 班会黄了",
        "约了小张谈心 他没来 白等了",
        "查寝这周就拉倒吧 太忙了",
        "今天去听课 结果老师调课了 白跑一趟",
    ],
)
def test_what_fell_through_or_has_no_day_is_nothing(text: str) -> None:
    assert kinds(text) == []


def test_a_deed_done_when_free_is_recorded() -> None:
    assert kinds("今天有空去宿舍看了看") == ["dorm_visit"]


# --- care and duty work for one student ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨天帮何静看了考研专业课的复习计划 给了点建议", [("other", "2026-12-03")]),
        ("帮王磊改了简历", [("other", "2026-12-04")]),
        ("给想转专业的同学讲了一下培养方案", [("other", "2026-12-04")]),
        ("周四下午去教务处帮学生办缓考手续", [("other", "2026-12-03")]),
        ("陪学生去派出所报案", [("other", "2026-12-04")]),
        ("带两个同学去学工办开证明", [("other", "2026-12-04")]),
        (
            "今天中午带那个中暑的孩子去校医院了 然后下午给他家长回了个电话",
            [("other", "2026-12-04"), ("parent_contact", "2026-12-04")],
        ),
        (
            "上午给那个想转专业的孩子讲了讲培养方案 然后晚上又去了趟六号楼宿舍",
            [("other", "2026-12-04"), ("dorm_visit", "2026-12-04")],
        ),
        (
            "周三送发烧的学生去医院 第二天又去医院看了一趟",
            [("other", "2026-12-02"), ("other", "2026-12-03")],
        ),
        # Help given in a talk is part of the talk; the whole class told is a meeting.
        ("和小刘谈心，帮他改了简历", [("student_talk", "2026-12-04")]),
        ("开班会给全班讲了培养方案", [("class_meeting", "2026-12-04")]),
        # A student taken back to the dorm is no dorm visit.
        ("今天陪黄磊去校医院 输了液 送回宿舍了", [("other", "2026-12-04")]),
    ],
)
def test_care_and_duty_work_for_one_student_is_other(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds_and_days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "documents"),
    [
        ("今天去学院把十一月工作记录表和班级就业台账交了", ["other"], ["monthly_form"]),
        ("今天把工作计划补交了 心理普查那个材料也整完交上去了", ["other"], ["semester_plan"]),
        # Filled into the form, not handed in beside it.
        ("上个月的工作记录表今天补交了，顺便把五月的家长联系记录补进去", [], ["monthly_form"]),
    ],
)
def test_other_paperwork_handed_in_beside_a_document_is_other(
    text: str, expected: list[str], documents: list[str]
) -> None:
    result = parse_note(text, NOW)
    assert [a.kind for a in result.activities] == expected
    assert [d.doc for d in result.documents] == documents


# --- students' activities and meetings -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今天下午学院毕业生就业动员大会 带班上同学一起去的",
        "学院开学典礼 带新生一起去的",
        "中秋节那天晚上 跟班里没回家的孩子在活动室一块吃的月饼 嗯 唠唠嗑",
        "冬至和留校的同学们一块包的饺子",
        "10/11 去赛场看了下 给他们送了点吃的",
        "上周六 创业社团路演 去当评委",
    ],
)
def test_student_activities_of_the_class(text: str) -> None:
    assert kinds(text) == ["student_activity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "今天在学院开班主任严讨会 然后回来就把班委叫一块儿布置了一下",
            ["seminar", "cadre_meeting"],
        ),
        ("今天主题班会开了 诚信考试 然后会后把班委会留下了", ["theme_meeting", "cadre_meeting"]),
        ("把班干部召集起来布置了期末工作", ["cadre_meeting"]),
        ("班委会 1h 定了帮扶结对名单 一对一 共8对", ["cadre_meeting"]),
        # What was said at a meeting is its subject.
        ("下午开了个班委会 选课的事 嗯 还有团日活动也说了说", ["cadre_meeting"]),
    ],
)
def test_cadres_kept_back_or_called_together(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_a_northern_room_is_a_dorm_room() -> None:
    assert kinds_and_days("周三下午跟闹矛盾那屋四个孩子一块唠的 周四晚上我又去他们屋看了看") == [
        ("student_talk", "2026-12-02"),
        ("dorm_visit", "2026-12-03"),
    ]
    assert kinds("回屋休息了") == []


# --- weekly summaries and run-on notes -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "这周还有 周一给两位家长发消息沟通签约情况 周二和王婷视频谈心",
            [("parent_contact", "2026-11-30"), ("student_talk", "2026-12-01")],
        ),
        (
            "12.1 年级四六级考前讲座 我带班去听；12.3 和3个同学谈心",
            [("student_activity", "2026-12-01"), ("student_talk", "2026-12-03")],
        ),
        (
            "嗯那个今天晚上去女生宿舍了 五号楼 然后男生那边明天晚上去",
            [("dorm_visit", "2026-12-04"), ("dorm_visit", "2026-12-05")],
        ),
        (
            "今天查了5号楼宿舍 6号楼明天去",
            [("dorm_visit", "2026-12-04"), ("dorm_visit", "2026-12-05")],
        ),
        (
            "周一去查寝，第二天又和两个同学谈心",
            [("dorm_visit", "2026-11-30"), ("student_talk", "2026-12-01")],
        ),
        ("国庆假期第二天去宿舍看了看", [("dorm_visit", "2026-10-02")]),
        (
            "本周小结 周一 听课 周三 给3位家长打电话 周四 和小李谈心",
            [
                ("classroom_visit", "2026-11-30"),
                ("parent_contact", "2026-12-02"),
                ("student_talk", "2026-12-03"),
            ],
        ),
    ],
)
def test_weekly_summaries_and_run_on_notes(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("周三给王婷 李浩家长各打了电话", [2]),
        ("周三给王婷、李浩家长各打了电话", [2]),
        ("周五和孙浩然 吴凡谈心", [2]),
        ("周三晚上和曾丽 徐鹏 邓佳三个聊天", [3]),
        ("周六和刘洋家长视频了半个钟头", [1]),
        ("补考名单出来了 7人挂科。今天上午先找了其中3个谈话", [3]),
        ("今天跟3个同学谈心，其中1个是因为恋爱问题", [3]),
        ("上周四 周五分别和邓佳 马骁谈心", [1, 1]),
    ],
)
def test_people_listed_by_handwriting_are_counted(text: str, counts: list[int]) -> None:
    assert [a.count for a in parse_message(text, NOW)] == counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("跟孩子他爹通了个电话", ["parent_contact"]),
        ("给学生他老爸打了电话", ["parent_contact"]),
        ("给孩子妈发了微信", ["parent_contact"]),
        ("给老妈打了电话", []),  # the advisor's own mother
        ("晚上跟那几个娃儿吃了顿饭", ["student_talk"]),
        ("周二下牛给张磊家长打电话 莫人接 晚上又打了一次 打通了", ["parent_contact"]),
        ("昨天晚上去宿舍转了一圈 有个娃儿发烧了 送他去校医院了", ["dorm_visit", "other"]),
        ("今天去医务室看了一下生病的同学", ["other"]),
    ],
)
def test_spoken_words_for_family_and_care(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_a_dates_day_is_no_count() -> None:
    (_, _, call) = parse_message("11.20 查寝 2h；11.21 班会 1h；11.22 家长电话 x2", NOW)
    assert (call.kind, call.date.isoformat(), call.count) == ("parent_contact", "2026-11-22", 2)


def test_one_of_several_calls_not_reached_keeps_the_calls() -> None:
    (call,) = parse_message(
        "今天晚上给晚归那俩孩子的加长都打了电话 一个没打通 另一个唠了挺长时间", NOW
    )
    assert (call.kind, call.count) == ("parent_contact", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("周末两天莫得啥子事 就周六去宿舍转了一圈", [("dorm_visit", "2026-11-28")]),
        (
            "昨天斑会开了 讲了毕业生离校注意事项 会后把斑委留下来又说了几句",
            [("class_meeting", "2026-12-03"), ("cadre_meeting", "2026-12-03")],
        ),
        ("今天去参加了学院的毕业生座谈会 带了几个同学一起", [("student_activity", "2026-12-04")]),
    ],
)
def test_sichuan_weekly_notes(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_days(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("周二晚上查寢6栋", "dorm_visit"),
        ("今天帶學生去醫院看病", "other"),
        ("給家長打了電話", "parent_contact"),
        ("參加班主任研討會", "seminar"),
    ],
)
def test_traditional_characters_of_handwriting_input(text: str, kind: str) -> None:
    assert kinds(text) == [kind]
