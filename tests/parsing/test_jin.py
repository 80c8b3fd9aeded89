"""Jin (Shanxi, Inner Mongolia, northern Shaanxi) and Hebei speech in advisors' notes (session
17, lane jin).

Lecturers from Taiyuan, Datong, Hohhot, Baotou, Yulin and Zhangjiakou type Mandarin as they
speak: 夜来 / 夜儿 (yesterday), 后晌 / 前晌 / 黑夜 / 黑间, 甚 (什么), 兀 (那), 这搭, 娃娃 (the
students), a student's 大人 / 老人 (the parents), 拉话 / 啦话, 眊 / 瞭 (to look), 圪转, 相跟上,
打问, 解不下, 多会儿. `dialects.py` holds the words as table entries; each is here in a note
with a fixed `now`: what the note records (kind, days from today, count, flag). A Jin note
parses as its Mandarin twin does (`TWINS`), and a Mandarin sentence written like one keeps
its reading (`FALSE_FRIENDS`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.parsing import parse_note
from bot.parsing.dialects import WORD_GATED, fold_dialects
from tests.parsing import test_r18ad

NOW = dt.datetime(2026, 11, 18, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Wednesday

Found = tuple[str, int, int | None, str | None]  # kind, days from today, count, flag


def _found(text: str) -> list[Found]:
    return [
        (a.kind, (a.date - NOW.date()).days, a.count, a.flag)
        for a in parse_note(text, NOW).activities
    ]


# The notes of each place, and what they record.
PLACES: dict[str, list[tuple[str, list[Found]]]] = {
    "Taiyuan": [
        # 眊 (to look in on) and 娃们; 夜来 before 后晌.
        ("夜来后晌去宿舍眊了眊娃们，都挺好", [("dorm_visit", -1, 1, None)]),
        # 寻 before 三个 (找), 娃娃 (the students, counted), 拉了一后晌 (a chat an afternoon long).
        ("夜来黑夜寻了三个挂科的娃娃拉话，拉了一后晌", [("student_talk", -1, 3, None)]),
        # 瞭 (to look).
        ("今儿前晌去教室瞭了一眼，娃娃们都在", [("classroom_visit", 0, 1, None)]),
        # A student's 大人 are the parents; 兀个 is 那个.
        ("夜来跟兀个娃的大人打了个电话，说了说他逃课的事", [("parent_contact", -1, 1, None)]),
        # 甚时候 is 什么时候: not yet fixed, nothing recorded.
        ("甚时候开班会还没定咧", []),
        # 相跟上 (together) and 圪转 (going round).
        ("后晌和辅导员相跟上去男生宿舍圪转了一圈", [("dorm_visit", 0, 1, None)]),
        ("礼拜一黑间开了个班会，说考试的事", [("class_meeting", -2, 1, None)]),
        # 营生 (work): too much of it, nothing done.
        ("今儿营生多，没顾上去宿舍", []),
    ],
    "Datong": [
        ("夜来前晌听了一节高代，娃们可认真咧", [("classroom_visit", -1, 1, None)]),
        ("夜儿去自习室瞭了瞭，来了一半", [("classroom_visit", -1, 1, None)]),
        # 夜来 before 送 (seeing a student off to hospital).
        ("夜来送一个发烧的娃娃去医院，折腾了一黑夜", [("other", -1, 1, None)]),
        # A student's 老人 are the parents, two students' two.
        ("夜来给两个娃娃的老人通了电话", [("parent_contact", -1, 2, None)]),
        ("明儿后晌寻班委开个会", [("cadre_meeting", 1, 1, "future")]),
        # 兀搭 (there).
        ("兀搭宿舍卫生不行，夜来去眊了一下", [("dorm_visit", -1, 1, None)]),
    ],
    "Hohhot and Baotou": [
        # 啦话 split by an afternoon.
        ("夜来跟娃们啦了一后晌话，问了问考研的打算", [("student_talk", -1, 1, None)]),
        # 圪蹴 (to squat, stay) after 夜来, 啦话 whole.
        ("夜来圪蹴在宿舍跟几个娃娃啦话", [("student_talk", -1, 1, None)]),
        # 看眊 (看望).
        ("今儿黑夜去宿舍看眊了一下生病的娃", [("dorm_visit", 0, 1, None)]),
        # 多会儿 is when: not yet known.
        ("多会儿开家长会还不知道", []),
        ("前儿个后晌开了个主题班会，讲安全", [("theme_meeting", -2, 1, None)]),
        ("后儿黑了去宿舍转转", [("dorm_visit", 2, 1, "future")]),
    ],
    "Yulin": [
        # 寻兀个娃娃 (找那个学生); 解不下 (does not understand).
        ("夜来寻兀个娃娃谈了谈，他解不下高数", [("student_talk", -1, 1, None)]),
        # 打问 (to ask) a student's 大人.
        ("夜来给娃娃大人打问了一下情况", [("parent_contact", -1, 1, None)]),
        ("夜来跟娃娃们拉话拉了半天", [("student_talk", -1, 1, None)]),
        # 相跟上 before whom one goes with.
        ("明儿相跟上班长去宿舍眊一眊", [("dorm_visit", 1, 1, "future")]),
        # A 小 name's 大人, without 的.
        ("夜来接了小王大人的电话，说了说他的情况", [("parent_contact", -1, 1, None)]),
    ],
    "Zhangjiakou and Hebei": [
        ("夜儿个黑介去宿舍查寝来", [("dorm_visit", -1, 1, None)]),
        # 家里人 after a student's 的.
        ("今儿个后晌给三个娃娃的家里人打了电话", [("parent_contact", 0, 3, None)]),
        ("前儿后晌开了个班委会", [("cadre_meeting", -2, 1, None)]),
        ("明儿个头晌去听课", [("classroom_visit", 1, 1, "future")]),
        ("夜来瞭了一眼自习室，人不多", [("classroom_visit", -1, 1, None)]),
    ],
}


def _place_cases() -> list[tuple[str, str, list[Found]]]:
    return [(place, text, found) for place, notes in PLACES.items() for text, found in notes]


@pytest.mark.parametrize(("place", "text", "found"), _place_cases())
def test_a_jin_note_records_what_it_says(place: str, text: str, found: list[Found]) -> None:
    assert _found(text) == found, place


# (the note as typed, the same note in standard words): one class each.
TWINS = (
    # 夜来 is yesterday before the verbs of Jin notes: 送, 接, 圪转, 圪蹴, 圪搅, 相跟, 瞭, 眊,
    # 看, 转, 拉, 啦, 打, 给, 通, 问, 上.
    ("夜来送小王去校医院", "昨天送小王去校医院"),
    ("夜来圪转了一圈宿舍", "昨天转了一圈宿舍"),
    ("夜来圪搅了一后晌，开了个班委会", "昨天忙了一下午，开了个班委会"),
    ("夜来相跟上辅导员去宿舍", "昨天跟辅导员去宿舍"),
    ("夜来眊了眊宿舍", "昨天看了看宿舍"),
    ("夜来看了看宿舍", "昨天看了看宿舍"),
    ("夜来给小王家长打了个电话", "昨天给小王家长打了个电话"),
    ("夜来上课前去教室眊了一下", "昨天上课前去教室看了一下"),
    ("夜来拉了一会话，跟小王", "昨天聊了一会天，跟小王"),
    # 甚 (什么), 多咱 (什么时候).
    ("班会甚时候开", "班会什么时候开"),
    ("甚会儿去家访还没定", "什么时候去家访还没定"),
    ("甚时开班会还没说", "什么时候开班会还没说"),
    ("多咱开班会还不知道", "什么时候开班会还不知道"),
    ("甚事也没闹成，宿舍没去", "什么事也没搞成，宿舍没去"),
    ("夜来做甚去了", "昨天做什么去了"),
    ("干甚也没顾上去宿舍", "干什么也没顾上去宿舍"),
    ("为甚没去宿舍？太忙", "为什么没去宿舍？太忙"),
    # 兀 (那) and 这搭, 哪搭.
    ("跟兀几个娃娃谈了谈", "跟那几个孩子谈了谈"),
    ("兀两个娃娃夜来没来上课，寻他们谈了谈", "那两个孩子昨天没来上课，找他们谈了谈"),
    ("兀些娃娃都去了讲座，我也相跟着去了", "那些孩子都去了讲座，我也跟着去了"),
    ("兀会儿去宿舍查寝，娃们都在", "那会儿去宿舍查寝，同学们都在"),
    ("这搭的娃们挺好，今儿去宿舍转了一圈", "这里的同学们挺好，今天去宿舍转了一圈"),
    ("哪搭也没去，宿舍明儿再说", "哪里也没去，宿舍明天再说"),
    # 娃娃 are the students.
    ("后晌给三个娃娃的大人打了电话", "下午给三个孩子的家长打了电话"),
    ("夜来带娃娃们去参观了博物馆", "昨天带孩子们去参观了博物馆"),
    ("给娃娃家里人打了电话", "给孩子家长打了电话"),
    # A student's 大人 / 老人 (he, she, a 学生, a 同学).
    ("夜来跟他大人通了电话", "昨天跟他家长通了电话"),
    ("跟学生的老人通了电话，说了说挂科的事", "跟学生的家长通了电话，说了说挂科的事"),
    ("跟两个学生的家里人通了电话", "跟两个学生的家长通了电话"),
    # 啦话 whole, and 拉 … 话 split by a while of Jin.
    ("夜来后晌寻了三个娃娃啦话", "昨天下午找了三个孩子聊天"),
    ("跟小王拉了一阵子话", "跟小王聊了一阵子天"),
    ("跟小王拉了好半天话", "跟小王聊了好半天天"),
    ("跟小王啦了一会会话", "跟小王聊了一会会天"),
    ("夜来跟小王拉了一黑夜话", "昨天跟小王聊了一晚上"),
    # 眊 and 瞭 before what is looked at; 瞭见.
    ("去宿舍眊眊娃们", "去宿舍看看同学们"),
    ("夜来瞭了一眼自习室", "昨天看了一眼自习室"),
    ("去教室瞭见娃们都在上自习", "去教室看见同学们都在上自习"),
    # Gone at last, in the next clause (去看了一眼 as 去瞭了一眼).
    ("宿舍好几天没去了，夜来去瞭了一眼", "宿舍好几天没去了，昨天去看了一眼"),
    # 相跟上 together.
    ("后晌和辅导员相跟上去宿舍转了一圈", "下午和辅导员一起去宿舍转了一圈"),
    # 打问 (asking) a parent.
    ("跟他大人打问了一下情况", "跟他家长问了一下情况"),
    # 拉家常 (whole and split) and 拉闲话.
    ("跟娃娃们拉家常", "跟孩子们聊家常"),
    ("跟娃娃们拉了会家常", "跟孩子们聊了会家常"),
    ("夜来跟娃们拉闲话，拉到十点", "昨天跟同学们聊天，聊到十点"),
    # 夜来 before 来 (coming to school).
    (
        "兀个娃娃的大人夜来来学校了，跟他大人拉了一后晌话",
        "那个孩子的家长昨天来学校了，跟他家长聊了一下午",
    ),
    # 女娃娃 are students.
    ("跟两个女娃娃拉了会话", "跟两个女孩子聊了会天"),
    # 一搭 (together).
    ("夜来跟娃们一搭吃了顿饭", "昨天跟同学们一起吃了顿饭"),
    ("礼拜六跟娃娃们一搭去爬山了", "礼拜六跟孩子们一起去爬山了"),
)


@pytest.mark.parametrize(("text", "mandarin"), TWINS)
def test_a_jin_note_reads_as_its_mandarin_twin(text: str, mandarin: str) -> None:
    assert _found(text) == _found(mandarin)


def test_the_twins_record_something_or_a_question() -> None:
    """The standard notes are read (a twin recording nothing is a question or a negation)."""
    empty = [m for _, m in TWINS if not _found(m)]
    assert all(any(w in m for w in ("没", "不", "什么", "哪里")) for m in empty), empty


# The reason told after a call: a student who did not come to class or to an exam is what the
# call was about, not the other side failing to come (他没来 alone still is).
CALL_REASONS: dict[str, list[Found]] = {
    "夜来给娃娃大人打了个电话，他没来考试": [("parent_contact", -1, 1, None)],
    "昨天给小王家长打了个电话，他没来考试": [("parent_contact", -1, 1, None)],
    "给小孙大人打了个电话，他这礼拜没来上课": [("parent_contact", 0, 1, None)],
    "跟小周约了谈话，他没来": [],
    "约了小王的大人来学校，他没来": [],
}


@pytest.mark.parametrize(("text", "found"), list(CALL_REASONS.items()))
def test_what_the_call_was_about_is_no_failure(text: str, found: list[Found]) -> None:
    assert _found(text) == found


# No time for it, the place first ("宿舍没顾上去", as "没顾上去宿舍"): nothing done; the deed
# itself done, or told with its time, still is.
NO_TIME: dict[str, list[Found]] = {
    "今儿营生多，宿舍没顾上去": [],
    "今天事多，宿舍没来得及去": [],
    "班会没时间开，下礼拜再说": [],
    "夜来营生多，家长电话没顾上打": [],
    "宿舍去了，家长电话没顾上打": [("dorm_visit", 0, 1, None)],
    "今儿总算顾上了，去宿舍眊了眊": [("dorm_visit", 0, 1, None)],
}


@pytest.mark.parametrize(("text", "found"), list(NO_TIME.items()))
def test_no_time_for_it_after_the_place(text: str, found: list[Found]) -> None:
    assert _found(text) == found


# Mandarin written like a Jin word: the fold leaves it, and it keeps its reading.
FALSE_FRIENDS: dict[str, list[Found]] = {
    "夜来风雨声，花落知多少": [],
    "夜来香开了": [],
    "半夜来了个电话，小王发烧了，送他去了校医院": [("other", 0, 1, None)],
    # 甚 in 甚至, 甚好, 太甚.
    "他甚至没来上课，今天找他谈了谈": [("student_talk", 0, 1, None)],
    "这个办法甚好，班会上说了": [("class_meeting", 0, 1, None)],
    "欺人太甚，今天找那个学生谈了谈": [("student_talk", 0, 1, None)],
    # 兀 in 突兀, 兀自.
    "这个问题很突兀，今天开班会说了": [("class_meeting", 0, 1, None)],
    "他兀自坐着，今天找他谈了谈": [("student_talk", 0, 1, None)],
    # 圪 in a place's name.
    "今天带学生去参观了王圪堵村的红色教育基地": [("student_activity", 0, 1, None)],
    "今天带学生去圪针沟爬山": [("student_activity", 0, 1, None)],
    # 娃娃 a doll, a doll's face, a claw machine.
    "今天给孤儿院的小朋友送布娃娃，带了班上十个学生去": [("student_activity", 0, 1, None)],
    "今天带学生去玩娃娃机": [("student_activity", 0, 1, None)],
    "这个娃娃脸的学生叫小王": [],
    # 大人 an adult, not a student's parent.
    "班会上讲了怎么做一个成熟的大人": [("class_meeting", 0, 1, None)],
    "今天跟其他大人一起在宿舍楼下等学生": [],
    "大人不记小人过，今天又找他谈了谈": [("student_talk", 0, 1, None)],
    "他是学校的大人物": [],
    # 老人家 (an honorific), 家里老人 (the advisor's own).
    "今天和他老人家聊了聊": [("student_talk", 0, 1, None)],
    "今天家里老人生病了，没去宿舍": [],
    # 可 is may and very: it changes nothing.
    "学生可以下周再交": [],
    "今天开班会，娃们可高兴咧": [("class_meeting", 0, 1, None)],
    # 寻 in 寻找, 寻思 (a wish).
    "今天跟学生寻找丢的书包": [],
    "他寻思着考研，今天找他谈了谈": [("student_talk", 0, 1, None)],
    "寻思明儿去宿舍转转": [("dorm_visit", 1, 1, "future")],
    # 瞭 in 瞭望, 明瞭.
    "今天去瞭望塔参观，带着全班": [("student_activity", 0, 1, None)],
    "他的说明很明瞭": [],
    # 多会儿 a while.
    # "before long the meeting was over": held (lane noticed, session 17; it read as 没 before).
    "没多会儿班会就开完了": [("class_meeting", 0, 1, None)],
    "今天开班会，待了多会儿也没人说话": [("class_meeting", 0, 1, None)],
    # 搭 in 搭配, 搭话.
    "这搭配挺好，今天开了班会": [("class_meeting", 0, 1, None)],
    "今天跟小王搭话，聊了几句": [("student_talk", 0, 1, None)],
    # 一搭 in 有一搭没一搭.
    "有一搭没一搭地聊了几句，没啥事": [],
    # 解不下来 (cannot untie).
    "今天解不下来这个绳子": [],
}


@pytest.mark.parametrize(("text", "found"), list(FALSE_FRIENDS.items()))
def test_mandarin_written_alike_keeps_its_reading(text: str, found: list[Found]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "夜来风雨声",
        "夜来香",
        "他甚至没来",
        "欺人太甚",
        "很突兀",
        "金兀术",
        "王圪堵村",
        "布娃娃",
        "洋娃娃",
        "娃娃机",
        "成熟的大人",
        "其他大人",
        "大人物",
        "他老人家",
        "瞭望塔",
        "明瞭",
        "没多会儿",
        "这搭配",
        "解不下来",
        "小孩大人",
        "他大大方方地说",
        "他大大咧咧的",
        "有一搭没一搭",
        "一搭一档",
        "礼拜一搭礼拜二",
        "周一搭周三",
    ],
)
def test_the_fold_leaves_the_mandarin_word(text: str) -> None:
    assert fold_dialects(text) == text


# Words of common characters only, folded where the word itself stands (`WORD_GATED`).
WORD_GATED_NOTES: dict[str, list[Found]] = {
    "夜来跟他说道说道，他想转专业": [("student_talk", -1, 1, None)],
    "跟小王说道了说道期中的事": [("student_talk", 0, 1, None)],
    "给他老子打了个电话，说了说他逃课的事": [("parent_contact", 0, 1, None)],
    "夜来给娃他大大打了电话": [("parent_contact", -1, 1, None)],
    # Tutoring on the course he is stuck on (lane noticed, session 17: it recorded nothing).
    "他解不下高数，夜来寻他讲了讲": [("other", -1, 1, None)],
    "夜来跟小王的大人打问了一下，娃娃最近咋了": [("parent_contact", -1, 1, None)],
    "多咱开班会还不知道": [],
}


@pytest.mark.parametrize(("text", "found"), list(WORD_GATED_NOTES.items()))
def test_words_of_common_characters(text: str, found: list[Found]) -> None:
    assert _found(text) == found


def test_every_word_gated_entry_is_in_a_note() -> None:
    # Nanjing's 多晚 (lane r18ad, session 18) is in that lane's notes.
    notes = checked_text() + test_r18ad.checked_text()
    assert [e.word for e in WORD_GATED if e.word not in notes] == []


def checked_text() -> str:
    """Every Jin note of this file, one string (`test_dialect_tables` reads it as well)."""
    return "".join(
        [text for _, text, _ in _place_cases()]
        + [text for text, _ in TWINS]
        + list(WORD_GATED_NOTES)
        + list(NO_TIME)
        + list(CALL_REASONS)
    )
