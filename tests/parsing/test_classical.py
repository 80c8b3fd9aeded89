"""The literary register (`bot/parsing/literary.py`): notes in semi-classical 书面语.

Each note is written the way an older scholar keeps a short diary of advisor work ("昨赴三号舍，
诸生皆在", "今晨召班委议事", "午后致电李生之父"), with a fixed `now`, and what it records:
kind, date and, where the note says how many, the count. Every entry of the tables is in a
note here (`test_every_table_word_is_checked`), and every ordinary word written like one keeps
its modern sense (`FALSE_FRIENDS`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.literary import DAYS, MARKERS, PEOPLE, VERBS, fold_literary, is_literary

NOW = dt.datetime(2026, 11, 25, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday
# 2026-11-25 is the 17th of the tenth lunar month (初一 was 9 November).

# Days: the note, its kind, its date (MM-DD of 2026), and its count when the note gives one.
DAYS_READ: tuple[tuple[str, str, str], ...] = (
    ("昨赴三号舍，诸生皆在。", "dorm_visit", "11-24"),
    ("昨与王生晤谈，其意稍解。", "student_talk", "11-24"),
    ("昨日巡舍，诸生多已就寝。", "dorm_visit", "11-24"),
    ("前日诣五号楼巡视宿舍。", "dorm_visit", "11-23"),
    ("昨夕与王生晤谈半时许。", "student_talk", "11-24"),
    ("昨宵巡舍，一切如常。", "dorm_visit", "11-24"),
    ("昨晨察早读，诸生多至。", "classroom_visit", "11-24"),
    ("昨暮巡视宿舍。", "dorm_visit", "11-24"),
    ("昨午后旁听高数一节。", "classroom_visit", "11-24"),
    ("昨午召班委议事。", "cadre_meeting", "11-24"),
    ("今晨召班委议事。", "cadre_meeting", "11-25"),
    ("今夕召集诸生，开班会。", "class_meeting", "11-25"),
    ("今宵巡舍。", "dorm_visit", "11-25"),
    ("今暮偕诸生赴博物馆参观。", "student_activity", "11-25"),
    ("今午后致电李生之父。", "parent_contact", "11-25"),
    ("今午晤张生。", "student_talk", "11-25"),
    ("午后致电李生之父，告以近况。", "parent_contact", "11-25"),
    ("薄暮巡视宿舍，凡三舍。", "dorm_visit", "11-25"),
    ("入夜察晚修，诸生皆在。", "classroom_visit", "11-25"),
    ("入夜后巡舍。", "dorm_visit", "11-25"),
    ("晚间与该生谈，其心稍安。", "student_talk", "11-25"),
    ("十一月廿三日，赴三号舍查寝。", "dorm_visit", "11-23"),
    ("廿三日晤张生。", "student_talk", "11-23"),
    ("廿三，赴三号舍。", "dorm_visit", "11-23"),
    ("廿一巡舍。", "dorm_visit", "11-21"),
    ("卅日召班委议事。", "cadre_meeting", "10-30"),
    ("上月廿八日晤王生。", "student_talk", "10-28"),
    ("上月杪晤王生。", "student_talk", "10-31"),
    ("初六赴三号舍。", "dorm_visit", "11-14"),
    ("初十日，召诸生于教室，议评优事。", "class_meeting", "11-18"),
    ("上旬晤王生。", "student_talk", "11-05"),
    ("中旬巡舍。", "dorm_visit", "11-15"),
    ("月初晤王生。", "student_talk", "11-01"),
    ("本周三召集全班开会。", "class_meeting", "11-25"),
    ("周一察课，听高数一节。", "classroom_visit", "11-23"),
    ("星期一下午旁听思政课。", "classroom_visit", "11-23"),
    ("礼拜一晚巡舍。", "dorm_visit", "11-23"),
    ("立冬后二日，走访李生家。", "parent_contact", "11-09"),
    ("立冬次日巡舍。", "dorm_visit", "11-08"),
    ("立冬翌日晤诸生。", "student_talk", "11-08"),
    ("立冬前一日巡舍。", "dorm_visit", "11-06"),
    ("寒露次日召班委议事。", "cadre_meeting", "10-09"),
    ("霜降日巡舍。", "dorm_visit", "10-23"),
    ("小雪次日晤王生。", "student_talk", "11-23"),
    ("重阳日率诸生赴博物馆参观。", "student_activity", "10-18"),
    ("三日前致函王生家长。", "parent_contact", "11-22"),
    ("数日前晤诸生。", "student_talk", "11-22"),
    ("前数日晤诸生。", "student_talk", "11-22"),
    ("今赴三号舍，诸生皆在。", "dorm_visit", "11-25"),
    ("十一月三日后巡舍二次。", "dorm_visit", "11-03"),
    ("十一月廿三日赴三号舍；是日晤张生。", "student_talk", "11-23"),
    ("十一月廿三日晤张生，是晚巡舍。", "dorm_visit", "11-23"),
    ("十一月廿三日晤张生，是夕巡舍。", "dorm_visit", "11-23"),
    ("十一月廿三日晤张生，是夜巡舍。", "dorm_visit", "11-23"),
    ("十一月廿三日晤张生，越日巡舍。", "dorm_visit", "11-24"),
    ("十一月廿二日晤张生，翌晨察早读。", "classroom_visit", "11-23"),
    ("十一月廿二日晤张生，次晨察早读。", "classroom_visit", "11-23"),
    ("十一月廿二日巡舍，翌夕察晚修。", "classroom_visit", "11-23"),
    ("十一月廿二日巡舍，次夕察晚自修。", "classroom_visit", "11-23"),
    ("十一月廿二日召班委，是晨巡舍。", "dorm_visit", "11-22"),
    ("十一月廿二日巡舍，是午晤王生。", "student_talk", "11-22"),
    ("朔日巡舍。", "dorm_visit", "11-09"),
    ("望日召班委议事。", "cadre_meeting", "11-23"),
    ("今晚巡舍，希望日后诸生早归。", "dorm_visit", "11-25"),  # 希望日后 is no 望日
)

# Plans: the note, its kind, its date; recorded with the flag "future".
PLANS: tuple[tuple[str, str, str], ...] = (
    ("拟明日赴六号舍。", "dorm_visit", "11-26"),
    ("明晨拟察早读。", "classroom_visit", "11-26"),
    ("明夕拟召班委议事。", "cadre_meeting", "11-26"),
    ("班会改期，延至周五。", "class_meeting", "11-27"),
    ("周五拟访王生家。", "parent_contact", "11-27"),
    ("拟明召班委议事。", "cadre_meeting", "11-26"),
    ("明赴六号舍。", "dorm_visit", "11-26"),
    ("班会暂缓至周五。", "class_meeting", "11-27"),
)

# Verbs, people and counts: the note, its kind, its count (today's date).
DEEDS: tuple[tuple[str, str, int], ...] = (
    ("赴三号舍查寝。", "dorm_visit", 1),
    # Buildings listed by number, then their count in 舍 (lane leftover, session 18).
    ("赴五号、七号两舍，询诸生假期去留。", "dorm_visit", 1),
    ("诣三号、五号二舍，诸生皆在。", "dorm_visit", 1),
    ("赴一号、二号、四号三舍查寝。", "dorm_visit", 1),
    ("诣五号舍，诸生皆在。", "dorm_visit", 1),
    ("莅三号舍，察诸生起居。", "dorm_visit", 1),
    ("往三号舍一行。", "dorm_visit", 1),
    ("至宿舍，诸生方就寝。", "dorm_visit", 1),
    ("巡舍，诸生皆在。", "dorm_visit", 1),
    ("巡寝，一切如常。", "dorm_visit", 1),
    ("察寝，无晚归者。", "dorm_visit", 1),
    ("察舍，卫生尚可。", "dorm_visit", 1),
    ("视舍，诸生皆在。", "dorm_visit", 1),
    ("视寝，一切如常。", "dorm_visit", 1),
    ("巡三号楼，诸生皆在。", "dorm_visit", 1),
    ("巡视诸舍，一切如常。", "dorm_visit", 1),
    ("斋舍巡视一周。", "dorm_visit", 1),
    ("查夜，一切如常。", "dorm_visit", 1),
    ("巡夜，四号舍有二生晚归。", "dorm_visit", 1),
    ("察早自修，缺一人。", "classroom_visit", 1),
    ("察课，诸生皆在。", "classroom_visit", 1),
    ("察晚修，诸生皆在。", "classroom_visit", 1),
    ("视晚修，诸生皆在。", "classroom_visit", 1),
    ("旁听高数一节。", "classroom_visit", 1),
    ("晤诸生于办公室。", "student_talk", 1),
    ("与王生晤谈。", "student_talk", 1),
    ("与某生晤面，询以近况。", "student_talk", 1),
    ("与该生叙谈良久。", "student_talk", 1),
    ("与王生叙话片刻。", "student_talk", 1),
    ("约谈该生，询以近况。", "student_talk", 1),
    ("与二生晤谈。", "student_talk", 2),
    ("与两生晤谈。", "student_talk", 2),
    ("是日晤三生，凡三人。", "student_talk", 3),
    ("晤四生。", "student_talk", 4),
    ("晤五生于办公室。", "student_talk", 5),
    ("晤六生。", "student_talk", 6),
    ("晤七生。", "student_talk", 7),
    ("晤八生。", "student_talk", 8),
    ("晤九生。", "student_talk", 9),
    ("晤数生，询以学业。", "student_talk", 1),
    ("晤诸生凡五人，共计两时许。", "student_talk", 5),
    ("召班委议事。", "cadre_meeting", 1),
    ("召班委，议奖学金事。", "cadre_meeting", 1),
    ("召集班委，议评优事。", "cadre_meeting", 1),
    ("集班委于办公室。", "cadre_meeting", 1),
    ("召诸生于教室，宣讲安全事宜。", "class_meeting", 1),
    ("召集诸生开班会。", "class_meeting", 1),
    ("集诸生于教室，议期末事。", "class_meeting", 1),
    ("集全班于教室，议评优事。", "class_meeting", 1),
    ("召全班于教室。", "class_meeting", 1),
    ("召集全班，议春游事。", "class_meeting", 1),
    ("致电二生家长。", "parent_contact", 2),
    ("致电三生之父母，凡三人。", "parent_contact", 3),
    ("函告其父，该生近况尚可。", "parent_contact", 1),
    ("致函王生之母。", "parent_contact", 1),
    ("去函李生家长，告以学业。", "parent_contact", 1),
    ("修书与其亲，告以近况。", "parent_contact", 1),
    ("去电张生家长。", "parent_contact", 1),
    ("与其亲通话，告以该生近况。", "parent_contact", 1),
    ("走访王生家，晤其父母。", "parent_contact", 1),
    ("访李生家，与其母叙谈良久。", "parent_contact", 1),
    ("与其母通电话。", "parent_contact", 1),
    ("偕诸生赴博物馆参观。", "student_activity", 1),
    ("率诸生观红色教育展。", "student_activity", 1),
    ("列席学院研讨会。", "seminar", 1),
    ("院长莅临指导，列席班主任研讨会。", "seminar", 1),
    ("巡舍毕，诸生多已寝矣。", "dorm_visit", 1),
    ("与家长通电话，凡二人。", "parent_contact", 2),
    ("列席班主任研讨会，与同仁交流心得。", "seminar", 1),
    ("约见其父，告以近况。", "parent_contact", 1),
    ("电询其母，该生已返家。", "parent_contact", 1),
    ("电告其父，该生已无大碍。", "parent_contact", 1),
    ("携诸生赴科技馆参观。", "student_activity", 1),
    ("晤诸生，计五人。", "student_talk", 5),
    ("三日后召班委议事。", "cadre_meeting", 1),
    ("晤其父，告以该生近况。", "parent_contact", 1),
)

# Nothing recorded: wished, not done, not gone.
NOT_DONE: tuple[str, ...] = (
    "欲召班委议事，未果。",
    "本拟今夕巡舍，因雨作罢。",
    "原拟今夕召班委，改期。",
    "拟赴三号舍，因事未成。",
    "因雨未往三号舍。",
    "因事未赴三号舍。",
    "欲访李生家，竟未成行。",
    "因雨，未巡舍。",
    "因会，未晤王生。",
    "因公，未察晚修。",
    "未召班委，改日再议。",
    "天寒，未视舍。",
    "欲致电其父，未通。",
    "未函告其父，待明日。",
    "未集全班，人未齐。",
    "未诣五号舍。",
    "未访王生家。",
    "是岁将尽，诸生多已离校，不复巡舍矣。",
    "拟巡舍，不果。",
    "因事未克前往三号舍。",
    "未及巡舍。",
    "公务繁冗，未遑巡舍。",
    "班会暂缓。",
)

# Ordinary words written like the register's: the fold leaves them, and the note reads as
# it always did (its kind and date, or nothing).
FALSE_FRIENDS: tuple[tuple[str, str | None], ...] = (
    ("今晚去男生宿舍查寝，学生生活习惯尚可。", "dorm_visit"),
    ("小王生病了，陪他去校医院。", "other"),
    ("今天给小李生日祝福，顺便找他谈了谈。", "student_talk"),
    ("晚上赴约，与老同学吃饭。", None),
    ("全力以赴备考。", None),
    ("晚上在家看电视。", None),
    ("和家长视频通话半小时。", "parent_contact"),
    ("接待访问学者。", None),
    ("号召同学们参加献血。", None),
    ("集合全班同学去参观博物馆。", "student_activity"),
    ("集体备课。", None),
    ("今天下午是日语课，去听了一节。", "classroom_visit"),
    ("要是日后有空再去查寝。", None),
    ("他说是夜里打游戏起不来，找他谈了。", "student_talk"),
    ("往往要等到十点。", None),
    ("至今没开过班会。", None),
    ("模拟考试，去监考。", None),
    ("拟定学期工作计划。", None),
    ("最近食欲不振。", None),
    ("未来一周天气转冷。", None),
    ("统计了出勤率。", "other"),
    ("去观察了一下晚自习。", "classroom_visit"),
    ("平凡的一天。", None),
    ("议事日程已定。", None),
    ("去电子楼机房看了上机课。", "classroom_visit"),
    ("跨越日期变更线。", None),
    ("下午三时许赴三号舍。", "dorm_visit"),
    ("会晤外宾。", None),
    ("昨夫给两个家长打了电话", "parent_contact"),
    ("已电话告知其母亲。", "parent_contact"),
    ("初一学生来访。", None),
    ("三生有幸。", None),
    ("召回了问题产品。", None),
    ("赶赴医院看望生病的同学。", "other"),
    ("说明与家长沟通的情况。", "parent_contact"),
    ("如今在宿舍的人少了。", None),
    ("至今与家长联系三次。", "parent_contact"),
    ("携带身份证去办手续。", "other"),
)

# Words the fold keeps as they are (the part of FALSE_FRIENDS whose character the register reads).
KEPT = (
    "学生生活",
    "小王生病",
    "小李生日",
    "赴约",
    "以赴",
    "电视",
    "视频",
    "访问",
    "号召",
    "集合",
    "集体",
    "是日语",
    "要是日后",
    "说是夜里",
    "往往",
    "至今",
    "模拟",
    "拟定",
    "食欲",
    "未来",
    "出勤率",
    "观察",
    "平凡",
    "议事日程",
    "去电子",
    "跨越日期",
    "下午三时许",
    "会晤",
    "昨夫",
    "其母亲",
    "初一",
    "三生有幸",
    "召回",
    "赶赴",
    "说明与",
    "如今在",
    "至今与",
    "携带",
)


def _one(text: str) -> list[tuple[str, dt.date, int, str | None]]:
    return [(a.kind, a.date, a.count, a.flag) for a in parse_note(text, NOW).activities]


def _day(month_day: str) -> dt.date:
    return dt.date.fromisoformat(f"2026-{month_day}")


@pytest.mark.parametrize(("text", "kind", "day"), DAYS_READ)
def test_days_are_read(text: str, kind: str, day: str) -> None:
    assert [(k, d) for k, d, _, _ in _one(text)][-1] == (kind, _day(day))


@pytest.mark.parametrize(("text", "kind", "day"), PLANS)
def test_plans_are_read(text: str, kind: str, day: str) -> None:
    assert [(k, d, f) for k, d, _, f in _one(text)] == [(kind, _day(day), "future")]


@pytest.mark.parametrize(("text", "kind", "count"), DEEDS)
def test_deeds_are_read(text: str, kind: str, count: int) -> None:
    assert [(k, d, c) for k, d, c, _ in _one(text)] == [(kind, NOW.date(), count)]


@pytest.mark.parametrize("text", NOT_DONE)
def test_not_done_records_nothing(text: str) -> None:
    assert _one(text) == []


@pytest.mark.parametrize(("text", "kind"), FALSE_FRIENDS)
def test_false_friends_keep_their_sense(text: str, kind: str | None) -> None:
    assert [k for k, _, _, _ in _one(text)] == ([] if kind is None else [kind])


@pytest.mark.parametrize("word", KEPT)
def test_false_friends_are_not_folded(word: str) -> None:
    text = next(t for t, _ in FALSE_FRIENDS if word in t)
    assert word in fold_literary(text)


def test_a_diarys_days_head_their_sentences() -> None:
    # Each day opens its own sentence: the deed between two is the first one's, not the next's.
    for text in (
        "十一月廿日，巡舍。廿一日，召班委议事。廿二日，晤王生。",
        "11月20日，查寝。21日，开班委会。22日，找王同学谈话。",
    ):
        days = [a.date.day for a in parse_note(text, NOW).activities]
        assert days == [20, 21, 22], text


def test_a_clock_time_is_no_hours() -> None:
    (visit,) = parse_note("昨夕九时巡舍，至十时许始毕。", NOW).activities
    assert (visit.date.day, visit.hours) == (24, None)


def test_hours_in_the_register() -> None:
    (talk,) = parse_note("昨夕与王生晤谈半时许。", NOW).activities
    assert talk.hours == 0.5
    (talk,) = parse_note("晤诸生凡五人，共计两时许。", NOW).activities
    assert (talk.count, talk.hours) == (5, 2.0)
    (talk,) = parse_note("上周五晤李生，谈转专业事，约一时许。", NOW).activities
    assert (talk.date.day, talk.hours) == (20, 1.0)


def _checked_text() -> str:
    return "".join(
        [t for t, _, _ in DAYS_READ + PLANS]
        + [t for t, _, _ in DEEDS]
        + list(NOT_DONE)
        + ["昨夕与王生晤谈半时许。"]
    )


# Families generated alike (a surname with 生, a day counted from a feast): one of each is
# enough, the rest share its lookarounds.
_FAMILIES = ("生", "后", "前", "日", "廿")


def test_every_table_word_is_checked() -> None:
    checked = _checked_text()
    missing = [
        e.word
        for e in DAYS + VERBS + PEOPLE + MARKERS
        if e.word not in checked
        and not (len(e.word) <= 4 and (e.word[-1] in _FAMILIES or e.word[0] == "廿"))
    ]
    assert missing == []


def test_every_family_is_checked() -> None:
    checked = _checked_text()
    surnames = [e.word for e in PEOPLE if len(e.word) == 2 and e.word.endswith("生")]
    assert any(w in checked for w in surnames)
    for family in ("后", "前"):
        words = [e.word for e in DAYS if e.word[0] == family and e.word.endswith("日")]
        assert any(w in checked for w in words)


def test_every_table_word_is_read_in_a_note_of_the_register() -> None:
    # The fold runs only in a note the register's own words mark (is_literary): a table word
    # in a note without one would never be folded.
    notes = [t for t, _, _ in DAYS_READ + PLANS] + [t for t, _, _ in DEEDS] + list(NOT_DONE)
    unread = [
        e.word
        for e in DAYS + VERBS + PEOPLE + MARKERS
        if any(e.word in t for t in notes)
        and not any(e.word in t and is_literary(t) for t in notes)
    ]
    assert unread == []
