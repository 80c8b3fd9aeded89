"""Topics and repeats: mentions that are a meeting's subject, and activities done again.

Stage 4 of the activity pipeline; `pipeline.analyse` runs both passes on the mentions
`find._find_activities` kept.

`_drop_meeting_topics(low, bounds, matches, dates)`: an activity named as a meeting's or a
talk's subject is the subject, not an activity of its own ("班委会，商量团日活动", "meeting
about the sports meet", "和小王聊了聊考研和家访的事"). A topic is marked by a colon or 主题
(`_TOPIC_MARK_RE`, `_TITLE_AFTER_RE` for the kinds in `_TITLE_KINDS`), by "about" / 关于 /
讨论 before a list (`_ABOUT_LIST_RE`, `_in_topic_list`, joined by `_TOPIC_JOIN_RE`), by a
talk "about" it (`_talked_about`, `_TALKED_ABOUT_RE`, hosted by `_TOPIC_HOSTS`) or by being
only mentioned (`_MENTIONED_RE`). It stays an activity when it is done in its own step
(`_THEN_RE`: 然后, "then"), when the meeting did it (`_MEETING_DID_RE`: 组织大家学习) or when
someone was invited for it (`_INVITED_RE`).

`_with_repeats(low, bounds, matches, dates, today)`: "again", "two more", 再去了一次, 又查了, 也去了,
还要找另外两个
(`REPEAT_RE`, gated by `REPEAT_FIRST`) after an activity on another day is the same kind
again on that day; `_repeats_within` finds them in the activity's stretch (an elliptic "去看看"
counts: `_ELLIPTIC_GO_RE`), `_run_on_repeat` tells a run-on repeat (…然后又…) from a new
clause, and `_OTHER_SUBJECT_RE` leaves out what someone else did again. A repeat is
blocked like any mention (`blocking._is_blocked` on its own clause).

How to add to it: a topic marker is an alternative of the fitting regex with its example; a
host kind is a member of `_TOPIC_HOSTS` / `find._MEETING_KINDS`. A repeat word goes into
`REPEAT_RE` (and its first character into `REPEAT_FIRST`; `tests/parsing/test_scan_gates.py`
checks). Add the note to the corpus.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from bot.parsing.blocking import _DONE_ZH_RE, _is_blocked
from bot.parsing.clauses import _CJK_RE, _EN_SOFT_SEP_RE, _LATIN_RE, Clause
from bot.parsing.dates import DateMention
from bot.parsing.find import _MEETING_KINDS, _Match
from bot.parsing.gates import gated
from bot.parsing.kinds import RULES, ZH_KIND_SCAN
from bot.parsing.notdone import EARLIER_ONE_RE

# "今天查寝，下周一再去一次", "周一听课，周四又去了一次", "met him Monday and again on Friday":
# a clause that only repeats the activity before it, on a day of its own.
# "again", "2 more": the English words for it.
_AGAIN_EN = r"\bagain\b|\b(?:\d+|one|two|three|four|five|another)\s+more\b"

_ELLIPTIC_GO = r"去(?:看看|转转|一趟|一下)?(?:吧|呢)?\s*$"

_ELLIPTIC_GO_RE = re.compile(_ELLIPTIC_GO)

REPEAT_FIRST = "补0123456789afot再又去也还照"

REPEAT_RE = gated(
    REPEAT_FIRST,
    r"(?:再|又)(?:去|来|查|开|联系|打|走访|看|听|谈|聊|找|约|进行)(?:了|过)?(?:一次|一趟|一遍|一回|一轮)?"
    # "周六带队数模校赛，周日又跑了一趟": made the trip again (跑 only with its 趟).
    r"|(?:再|又)跑了?一?趟"
    # "每天晚上都去宿舍转一下 就周五周六周日 然后今天也去了": "too", told as done.
    r"|也(?:去|来|查|开|联系|打|走访|看|听|谈|找)(?:了|过)(?:一次|一趟|一遍|一回|一下)?"
    # "今天找了2个学生谈心 然后明天还要找另外两个": the others, on a day of their own.
    r"|还(?:要|得)(?:再)?(?:找|打给?|联系|谈|约|去看)[^,]{0,2}?(?:另外|剩下|其他|其余)"
    # "明天晚上我再过去看一下", "周六晚上也去了的": going over again, or also on that day.
    r"|(?:再|又)过(?:去|来)(?=看|转|陪|一趟|一下|了)|也(?:过)?(?:去|来)(?:了|过)"
    # "As usual" (class: the routine named once, its other days after it): "昨晚去看了晚自习，
    # 今晚和明晚照常", "前天的晚自习取消了，昨晚照常去看了".
    r"|照(?:常|旧|例)(?:去|来|查|开|看|听|进行)?(?:了|过)?"
    # A tracker's day made up: "6/16 ✗（开会）。今天补 ✓".
    r"|补(?:上|了)?\s*[✓✔√✅]"
    # "23/11 和 25/11 都去查寝了，还有今天": one more day added bare (class: a day joined after
    # the deed's clause, 还有 + the day and nothing else).
    r"|还有(?=\s*(?:今天|今晚|昨天|昨晚|前天|前晚|(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}\s*[/.月号日]\S{0,4}?)"
    r"\s*(?:早上|上午|中午|下午|晚上)?\s*(?:也是|也一样)?\s*$)"
    # "女生宿舍今天去了 … 然后男生那边明天晚上去": a dated clause that ends in a bare "go"
    # is the same again (used on one clause at a time: $ is the clause's end).
    rf"|{_ELLIPTIC_GO}|" + _AGAIN_EN,
)

_OTHER_SUBJECT_RE = re.compile(
    r"学生|同学|他|她|孩子|家长|有人|室友|\b(?:he|she|they|students?|someone|parents?)\b"
)
# The rest of those the deed before was done to, named before its repeat as its object, not
# its doer (class, issue 17, round 16: "给其中三个的家长打了电话 另外两个的家长明天再打").
_OTHERS_WORD = r"(?:另外|剩下|其余|其他|还有)"
_OTHERS_NUMBER = r"的?[\d一二两三四五六七八九十几]"
_THE_OTHERS_RE = re.compile(_OTHERS_WORD + _OTHERS_NUMBER + r"*(?:个|位|名)?的?$")
_OTHERS_COUNTED_RE = re.compile(_OTHERS_WORD + _OTHERS_NUMBER + r"+(?:个|位|名)")
# The others with a bare verb of the deed (class: the rest on a day of their own, no 再:
# "给三个家长打了电话 剩下两个明天打", "谈了三个，另外两个周五谈"); the match is the verb.
_OTHERS_BARE_RE = re.compile(
    r"\s*" + _OTHERS_WORD + _OTHERS_NUMBER + r"+(?:个|位|名)(?:的?家长|同学)?"
    r"(?:(?!他|她|自己)[^,;。；]){0,8}?(?<![要想没不别])(?:打|谈|聊|联系|找)(?:电话|一下)?(?:吧|了)?\s*$"
)
_OTHERS_WORD_RE = re.compile(_OTHERS_WORD)

# What a meeting was about: "班委会，商量团日活动", "cadre meeting about the sports meet",
# "主题是寝室安全", "主题班会《宿舍安全》", "topic: dorm safety".
_TOPIC_MARK_RE = re.compile(
    r"商量|讨论|研究|布置|筹备|策划|关于|围绕|部署|动员|定了|确定|敲定|《"
    # "班委会…，安排了考试那两天的联络和送考": what was arranged there.
    r"|安排了"
    # "主题班会，邀请校医做了讲座": a guest's talk given at the meeting.
    r"|邀请|请了|请来"
    # "班会，说了说期末跟考研暑期集训": what was said there, opening the clause after it.
    r"|说了说|讲了讲|说了一下|讲了一下|提了提|提了一下"
    r"|(?:主题|话题|题目|内容|议题)\s?(?:是|为|:)"
    r"|\b(?:topic|theme|subject)\s*(?::|(?:is|was)\b)"
    r"|\b(?:about|regarding|re|on\s+the\s+(?:topic|subject)\s+of|to\s+(?:plan|prepare|discuss|organi[sz]e|settle|arrange|sort\s+out)"
    r"|for\s+(?:the|our|this|next|a|an))\b"
)


# "主题班会：学雷锋志愿服务", "主题班会 清明节文明祭扫": the words right after the meeting
# are its title.
_TITLE_AFTER_RE = re.compile(r"\s*:|\s+(?=[\u4e00-\u9fff])")

_TITLE_KINDS = frozenset({"student_activity", "other"})

# An activity told with what was decided for it after a meeting, or that it is still being
# argued over (class: the meeting's business, its subject told before the verb): "班委会开完
# 毕业照定6月初 晚会还在吵", "团日活动时间定在下周五", "运动会的分工也敲定了", "春游还没定".
_DECIDED_AFTER_RE = re.compile(
    r"(?:的?(?:时间|日期|地点|安排|分工|人选|节目))?\s*(?:就|也|都|暂|初步)?"
    r"(?:定(?!期)|确定|敲定|商定|改到|改在|挪到|安排在|待定|未定"
    r"|还(?:在|得|要)?(?:吵|争|商量|讨论|纠结|磨)|还没(?:定|商量好|讨论完))"
)

# "开了班会，讲了评优和暑期社会实践", "班会上通报了…": what was told there, right after the
# meeting (not "…，跟小王讲了", a talk of its own later in the note). Southeast Asian Mandarin
# drops the 了 (class: a bare 讲 of what was told, "跟班委开会，讲期中成绩和元旦晚会").
_TOLD_THERE_RE = re.compile(
    r"[\s,;，]*(?:上|时|中|里)?[\s,，]*(?:讲了?|通报了|传达了|说了|通知了?|强调了?|宣布了?|提醒了?)"
    r"(?![讲课座台好完])"
)

_THEN_RE = re.compile(r"然后|之后|接着|随后|\bthen\b|\balso\b")
# A deed told as done after the meeting: 会后, 散会后, 完事, then.
_AFTER_THE_MEETING_RE = re.compile(r"会后|散会|完事|然后|接着|随后|\bthen\b|\bafterwards\b")

# Said after an activity named in a meeting: it was a subject, not held.
_MENTIONED_RE = re.compile(
    r"[^,]{0,4}?(?:也|还|都|顺便)(?:说了说|讲了讲|说了一下|讲了一下|提了一下|提了提|提了|强调了|说了)"
)

# "开了团会，组织大家学习团章", "开班委会，统计签约和考研人数": what the meeting did, opening the
# clause after it (a count not yet said done: "统计了" may be work of its own).
_MEETING_DID_RE = re.compile(
    r"组织(?:大家|同学们?|全班)(?:一起)?学习|(?:统计|摸底|摸排|汇总|收集|登记)(?![了完过])"
    # "开了考研动员主题班会，顺便统计了一下预报名情况": done there, by the way (class: 顺便).
    r"|(?<=顺便)(?:统计|摸底|摸排|汇总|收集|登记)"
)

_TALK_KINDS = frozenset({"student_talk", "parent_contact"})

# "和3名同学个别交流，谈大创选题": what the talk was about, right after its verb.
_TALKED_ABOUT_RE = re.compile(
    r"(?:谈|聊|讨论|交流|沟通|商量)(?:了|一下|起)?(?:一?会儿?|聊|谈|一?下)?(?:关于)?"
    # "聊了下今年的元旦晚会", "顺便说了下周的数模比赛": what was told, a day of its own before it,
    # or its name's first word ("元旦晚会", not "又去晚会").
    r"(?:[^,，。；;\s]{0,5}?的|(?:(?![去到又再还就也看参])[\u4e00-\u9fff]){0,2})?$"
    r"|(?:说|讲|提)了(?:一?下|说|讲|提)?(?:[^,，。；;\s]{0,5}?的|(?:(?![去到又再还就也看参])[\u4e00-\u9fff]){0,2})?$"
    # "talked w/ 2 of them abt the 大创 project".
    r"|\b(?:about|regarding|re)\s+(?:the\s+|their\s+|his\s+|her\s+|our\s+)?(?:\S+\s+)?$"
)

# "聊了会儿大创和数模报名的事": a topic joined to the topic before it.
_TOPIC_JOIN_RE = re.compile(r"\s*(?:和|与|及|以及|、|/|\band\b|\bor\b)\s*")

# "主题班会 tonight …, invited 2 seniors to share": the meeting's guests.
_INVITED_RE = re.compile(r"invited|邀请|请了|请来")

# The hosts of a chat whose subject is named: a talk, a call, a dorm visit ("去了男生宿舍 聊了会儿大创").
_TOPIC_HOSTS = frozenset({"student_talk", "parent_contact", "dorm_visit"})

# "abt sem plan, 大创 mid-term check, 考研 study room etc": a list of what a meeting was about;
# "班会开了 说了一下期末复习的事 还有那个暑假社会实践": what was said there, item by item.
_ABOUT_LIST_RE = re.compile(
    r"\b(?:about|regarding|re)\b|关于|讨论|商量|(?:说|讲|提|强调|布置)了(?:一下|下|说|讲|提)"
    # A meeting's plan: "明儿个后晌开班会，主要说一下这学期的安排".
    r"|主要(?:说|讲|提|布置)(?:一下|下|说|讲)"
)

# "…，然后四六级报名，还有大创的事情": a list's last item, a matter, after speech's 然后
# (class: 然后 as a filler of dictated speech inside a list of what a meeting was about).
_LAST_ITEM_RE = re.compile(r"\s*(?:然后)?(?:还有|以及|再就是|另外还有)")
_A_MATTER_RE = re.compile(r"的?(?:事情?|事儿|问题)")

_SENTENCE_END_RE = re.compile(r"[.!?。！？]")

# What a meeting went through, told as its list in English (class: a meeting's agenda, any kind
# named in it a subject): "We have discussed the timetable, … and the rules for the evening
# self-study", "Main points: the midterms, … the noise in dorm 7-315", "Agenda: …".
_AGENDA_HEAD_EN_RE = re.compile(
    r"\b(?:discuss(?:ed)?|went\s+(?:over|through)|talked\s+about|spoke\s+about|covered)\b"
    r"|\b(?:(?:main\s+)?(?:points?|topics?|issues?)|agenda|items?\s+on\s+the\s+agenda)\s*:"
)
# A sentence's end in a list of items: not a dot between digits or closing a bracket's date or
# abbreviation ("(deadline 30.04.)", "(approx.)").
_ITEM_LIST_END_RE = re.compile(r"[!?。！？]|\.(?![)\d])")


def _talked_about(low: str, bounds: list[int], m: _Match, kept: list[_Match]) -> bool:
    talk = kept[-1] if kept else None
    if talk is None or talk.kind not in _TOPIC_HOSTS or m.clause - talk.clause not in (0, 1):
        return False
    if talk.end <= m.start and not low[talk.end : m.start].strip(" "):
        return True  # "谈两位大创组长", "谈心 大创二组": the talk's own object
    # From the talk's own word: "聊了下元旦晚会" (its verb is the talk's word).
    cs = max(bounds[m.clause] + 1, talk.start)
    return _TALKED_ABOUT_RE.search(low, cs, m.start) is not None


def _in_topic_list(
    low: str, bounds: list[int], m: _Match, kept: list[_Match], dates: list[DateMention]
) -> bool:
    """Whether `m` is an item of the list of what the meeting or talk before it was about
    ("mtg w/ 班委 abt sem plan, 大创 mid-term check", "班会 15min, abt travel + 祭扫 safety"):
    the items follow its "about" with no date, no "then" and no sentence's end between."""
    host = kept[-1] if kept else None
    if host is None or host.kind not in _MEETING_KINDS | _TOPIC_HOSTS:
        return False
    if not 0 < m.clause - host.clause <= 3:
        return False
    about = _ABOUT_LIST_RE.search(low, host.end, m.start)
    if about is None or bisect.bisect_left(bounds, about.start()) - 1 == m.clause:
        return False  # an "about" in m's own clause is the rules' (_TOPIC_MARK_RE)
    gap = low[about.end() : m.start]
    last_item = (
        _LAST_ITEM_RE.match(low, bounds[m.clause] + 1) is not None
        and _A_MATTER_RE.match(low, m.end) is not None
    )
    return (
        _SENTENCE_END_RE.search(gap) is None
        and (last_item or _THEN_RE.search(gap) is None)
        and not any(about.end() <= d.start < m.start for d in dates)
    )


def _on_the_agenda(low: str, m: _Match, kept: list[_Match], dates: list[DateMention]) -> bool:
    """Whether `m` is an item of the list a meeting went through, told in English after it
    ("Class meeting done. Main points: …, the noise in dorm 7-315"): the list opens after the
    meeting, and no sentence's end, "then" or day stands between its head and `m`."""
    host = next((o for o in reversed(kept) if o.kind in _MEETING_KINDS), None)
    if host is None or not 0 <= m.clause - host.clause <= 3 or "\n" in low[host.end : m.start]:
        return False
    heads = list(_AGENDA_HEAD_EN_RE.finditer(low, host.end, m.start))
    if not heads:
        return False
    gap_start = heads[-1].end()
    return (
        _ITEM_LIST_END_RE.search(low, gap_start, m.start) is None
        and _THEN_RE.search(low, gap_start, m.start) is None
        and not any(gap_start <= d.start < m.start for d in dates)
    )


def _agenda_field(
    low: str, bounds: list[int], m: _Match, kept: list[_Match], dates: list[DateMention]
) -> bool:
    """Whether `m` is in a tracker's field after a meeting on its line, with no day and no
    deed of its own: the meeting's agenda ("#班委会 6/18 | 30min | 期末考场纪律 + 暑期社会实践
    分组"), not an activity ("班会 | 1h | 带学生参观了校史馆" is one)."""
    meeting = next((o for o in reversed(kept) if o.kind in _MEETING_KINDS), None)
    if meeting is None or "\n" in low[meeting.end : m.start]:
        return False
    bar = low.rfind("|", meeting.end, m.start)
    if bar < 0:
        return False
    line_end = low.find("\n", m.end)
    end = line_end if line_end >= 0 else len(low)
    return (
        not any(bar < d.start < end for d in dates)
        and _DONE_ZH_RE.search(low, bar, bounds[m.clause + 1]) is None
    )


# A report's numbered items after a meeting are its agenda (class: the meeting's business
# listed 一是…二是…): "召开班委会，一是明确新学期各班委分工，二是安排迎新志愿服务工作".
_AGENDA_ITEM_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十][,，、]?"
    r"|\d{1,2}\s*[.、)]|[(][一二三四五六七八九十\d]{1,2}[)]|[一二三四五六七八九十]、)"
)
_AGENDA_GAP_END_RE = re.compile(r"[.!?。！？\n]")


def _agenda_item(
    low: str, bounds: list[int], m: _Match, kept: list[_Match], dates: list[DateMention]
) -> bool:
    """Whether `m` is in an item of the numbered list right after a meeting's clause, told
    as business with no day and no deed of its own ("…，二是安排迎新志愿服务工作"); not a list
    whose first item holds the meeting ("一是周一召开主题班会；二是周三组织参观")."""
    meeting = next((o for o in reversed(kept) if o.kind in _MEETING_KINDS), None)
    if meeting is None or m.clause <= meeting.clause:
        return False
    # The meeting's item may open after a heading's colon ("下周工作安排：1、召开班会；2、…").
    colon = low.rfind(":", bounds[meeting.clause] + 1, meeting.start)
    opens = [
        _AGENDA_ITEM_RE.match(
            low, colon + 1 if c == meeting.clause and colon >= 0 else bounds[c] + 1
        )
        is not None
        for c in range(meeting.clause, m.clause + 1)
    ]
    if opens[0] or not opens[1]:
        return False  # the meeting is an item itself, or no item follows its clause
    # Every clause after the meeting's is an item or goes on with one; no sentence ends.
    cs, ce = bounds[m.clause] + 1, bounds[m.clause + 1]
    return (
        _AGENDA_GAP_END_RE.search(low, meeting.end, m.start) is None
        and not any(meeting.end <= d.start < ce for d in dates)
        and _DONE_ZH_RE.search(low, cs, ce) is None
    )


# A clause that only says when or that the meeting was held (class: the meeting's day told
# between it and its business): "考研前最后一次班委会，今晚开的，安排了…".
_HELD_CLAUSE_RE = re.compile(
    r"\s*(?:今晚|昨晚|今天|昨天|晚上|下午|上午|刚才|刚刚)?[^,]{0,4}?(?:开的|开了|开完|开过|召开的)\s*"
)


def _held_between(
    low: str, bounds: list[int], meeting: _Match, m: _Match, matches: list[_Match]
) -> bool:
    """Whether only a clause saying the meeting was held stands between it and `m`."""
    between = meeting.clause + 1
    return (
        m.clause - meeting.clause == 2
        and not any(o.clause == between for o in matches)
        and _HELD_CLAUSE_RE.fullmatch(low, bounds[between] + 1, bounds[between + 1]) is not None
    )


def _earlier_one_between(low: str, bounds: list[int], o: _Match, m: _Match) -> bool:
    """Whether the one clause between the meeting `o` and `m` only names the earlier meeting it
    makes up ("开了班会，补上礼拜那个，讲了评优和暑期社会实践": the topics are still its)."""
    if m.clause - o.clause != 2:
        return False
    start, stop = bounds[o.clause + 1] + 1, bounds[o.clause + 2]
    made_up = EARLIER_ONE_RE.match(low, start, stop)
    return made_up is not None and made_up.end() >= stop - 1


# "開了班會，宣布幾件事情：期末考的時間、寒假離校登記，還有建模得獎的好消息": the things told at
# a meeting listed after a colon, to the sentence's end, are its business (class: the list told
# at a meeting, its items in clauses of their own).
_LIST_TOLD_RE = re.compile(
    r"(?:宣布|讲|说|通报|传达|强调|提醒|布置|通知|交代)了?(?:一下)?"
    r"(?:[几两三四五六\d]件|以下|下面|几个|几点)?(?:事情?|事项|内容|几点|点)?\s*:"
)
_LIST_END_RE = re.compile(r"[。!?;；\n]")


def _on_the_list_told(low: str, meeting: _Match, m: _Match) -> bool:
    if meeting.end > m.start or _LIST_END_RE.search(low, meeting.end, m.start) is not None:
        return False
    told = _LIST_TOLD_RE.search(low, meeting.end, m.start)
    return told is not None and told.start() - meeting.end <= 12


def _drop_meeting_topics(
    low: str, bounds: list[int], matches: list[_Match], dates: list[DateMention], today: date
) -> list[_Match]:
    """An activity named as a meeting's or a talk's subject, in its clause or the clause
    after, is not one of its own; nor is one listed after it ("大创和数模")."""
    kept: list[_Match] = []
    topic_end = -1
    latin = _LATIN_RE.search(low) is not None
    for m in matches:
        if m.kind not in _MEETING_KINDS and latin and _on_the_agenda(low, m, kept, dates):
            continue
        if m.kind in _TITLE_KINDS and (
            _agenda_field(low, bounds, m, kept, dates) or _agenda_item(low, bounds, m, kept, dates)
        ):
            continue
        if m.kind in _TITLE_KINDS and any(
            o.kind in _MEETING_KINDS and _on_the_list_told(low, o, m) for o in kept
        ):
            continue
        # "又跟班长聊了聊下礼拜的班会": a meeting named as a talk's subject, a noun after 的
        # (class: a meeting to come talked of; "跟班长聊了聊下礼拜开班会" plans one).
        if (
            m.kind in _MEETING_KINDS
            and kept
            and kept[-1].kind == "student_talk"
            and kept[-1].clause == m.clause
            and low.startswith("的", m.start - 1)
            and _talked_about(low, bounds, m, kept)
            # "聊了聊昨天的班会": a meeting held is still told (a day before today kept).
            and not any(kept[-1].end <= d.start < m.start and d.day < today for d in dates)
        ):
            continue
        if m.kind in _TITLE_KINDS and (
            _talked_about(low, bounds, m, kept)
            or _in_topic_list(low, bounds, m, kept, dates)
            or (topic_end >= 0 and _TOPIC_JOIN_RE.fullmatch(low, topic_end, m.start))
        ):
            topic_end = m.end
            continue
        meeting = next(
            (
                o
                for o in reversed(kept)
                if o.kind in _MEETING_KINDS
                and o.kind != m.kind
                and (
                    m.clause - o.clause in (0, 1)
                    or _held_between(low, bounds, o, m, matches)
                    or _earlier_one_between(low, bounds, o, m)
                )
            ),
            None,
        )
        if meeting is not None:
            gap_start = meeting.end if meeting.clause == m.clause else bounds[m.clause] + 1
            told = _TOLD_THERE_RE.match(low, gap_start, m.start)
            topic = _TOPIC_MARK_RE.search(low, gap_start, m.start) or told
            if _MEETING_DID_RE.match(low, m.start) and m.start <= gap_start + 2:
                continue  # "开了团会，组织大家学习团章": what the meeting did
            if _MENTIONED_RE.match(low, m.end, bounds[m.clause + 1]):
                continue  # "开了个班委会…还有团日活动也说了说": what was said there
            if m.kind in _TITLE_KINDS and _DECIDED_AFTER_RE.match(low, m.end):
                continue  # "班委会开完 毕业照定6月初": what the meeting decided
            if (
                m.kind == "student_talk"
                and _INVITED_RE.match(low, m.start)
                and (meeting.clause == m.clause or m.start <= gap_start + 2)
            ):
                continue  # "主题班会 …, invited 2 seniors to share": the meeting's guests
            if (
                topic is not None
                and (meeting.clause == m.clause or topic.start() <= gap_start + 2)
                # "12月9日 班委会 讨论元旦晚会节目 / 12月10日 走访宿舍": a new day, a new item,
                # unless the meeting told of it: "班会上讲了下周一开运动会" (a coming day, or a
                # day naming the event: "说了周五的讲座安排").
                and not any(
                    topic.end() <= d.start < m.start
                    and not d.coarse
                    and not (told and (d.day > today or low.startswith("的", d.end)))
                    for d in dates
                )
                # "讲了离校注意事项 会后把班委留下来又说了几句": a deed after the meeting.
                and _AFTER_THE_MEETING_RE.search(low, topic.end(), m.start) is None
            ):
                continue
            # "主题班会 节假日安全+文明祭扫": a title's parts joined by "+" are one title.
            joined = m.clause - meeting.clause == 1 and low[bounds[m.clause]] == "+"
            if (
                (meeting.clause == m.clause or joined)
                and m.kind in _TITLE_KINDS
                and (
                    _TITLE_AFTER_RE.match(low, meeting.end, m.start)
                    # "开了班会 MCM team shared their experience": in a mixed note too.
                    or (
                        _CJK_RE.match(low, meeting.end - 1) is not None
                        and low[meeting.end : m.start].isspace()
                        and _EN_SOFT_SEP_RE.search(low, m.start, bounds[m.clause + 1]) is None
                    )
                )
                and not _THEN_RE.search(low, meeting.end, m.start)
                and not any(meeting.end <= d.start < m.start for d in dates)
            ):
                continue
        kept.append(m)
    return kept


def _with_repeats(
    low: str, bounds: list[int], matches: list[_Match], dates: list[DateMention], today: date
) -> list[_Match]:
    if REPEAT_RE.search(low) is None and "去" not in low and _OTHERS_WORD_RE.search(low) is None:
        return matches
    taken = {m.clause for m in matches}
    added: list[_Match] = []
    for clause in range(matches[0].clause + 1, len(bounds) - 1):
        cs, ce = bounds[clause] + 1, bounds[clause + 1]
        # "下个月再沟通一次": a coming week or month names no day for the repeat.
        if clause in taken or not any(
            cs <= d.start < ce and not (d.coarse and d.day > today) for d in dates
        ):
            continue
        repeat = REPEAT_RE.search(low, cs, ce) or _OTHERS_BARE_RE.match(low, cs, ce)
        if repeat is None or _is_blocked(
            low, repeat.start(), repeat.end(), Clause.at(bounds, clause)
        ):
            continue
        subject = _OTHER_SUBJECT_RE.search(low, cs, repeat.start())
        if subject is not None and not _THE_OTHERS_RE.search(low, cs, subject.start()):
            continue  # "学生说周三又去网吧了": someone else did it again
        # The repeat's stretch holds the others' count ("另外两个的家长明天再打").
        others = _OTHERS_COUNTED_RE.search(low, cs, repeat.start())
        at = repeat.start() if others is None else others.start()
        before = [m for m in matches if m.clause < clause]
        last = before[-1]
        rule_index, kind = last.rule_index, last.kind
        if any(cs <= d.start < ce and d.day > today for d in dates):
            failed = _fell_through(low, bounds, cs)
            if failed is not None:
                rule_index, kind = failed
        added.append(_Match(at, repeat.end(), rule_index, clause, kind))
    added += _repeats_within(low, bounds, matches, dates)
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


# A deed that fell through: "查寝没去成", "班会没开成", "家访去不成了".
_FELL_THROUGH_RE = re.compile(r"没(?:能)?(?:去|查|开|听|办|搞|谈|进行|见)成|去不成|没去了")


def _fell_through(low: str, bounds: list[int], until: int) -> tuple[int, str] | None:
    """(rule index, kind) of the activity word last said to have fallen through before
    `until` (class: a failed deed, then a plan: "今晚查寝没去成 … 陪他去了医院 … 明天晚上再去" goes to the dorms again, not to
    the hospital told between)."""
    fells = list(_FELL_THROUGH_RE.finditer(low, 0, until))
    if not fells:
        return None
    fell = fells[-1]
    clause = bisect.bisect_left(bounds, fell.start()) - 1
    cs = bounds[clause] + 1
    hits = [(i, m) for i, m in ZH_KIND_SCAN.finditer(low) if cs <= m.start() < fell.start()]
    if not hits:
        return None
    index = hits[-1][0]
    return index, RULES[index].kind


# The English repeat words, which may also follow the activity in its own clause.
_AGAIN_EN_RE = re.compile(_AGAIN_EN)


def _repeats_within(
    low: str, bounds: list[int], matches: list[_Match], dates: list[DateMention]
) -> list[_Match]:
    """ "Went to the dorms on Thursday and again yesterday": a repeat in the activity's own
    clause, with a day of its own after it and one for the activity before it."""
    added: list[_Match] = []
    for m in matches:
        ce = bounds[m.clause + 1]
        again = _AGAIN_ZH_RE.search(low, m.end, ce)
        if (
            again is not None
            and _run_on_repeat(low, m, again, dates)
            # "…然后今天又开了个全班的班会": the verb is the next activity's.
            and not any(o.clause == m.clause and o.start >= again.start() for o in matches)
        ):
            added.append(_Match(again.start(), again.end(), m.rule_index, m.clause, m.kind))
            continue
        # "今天查了5号楼宿舍 6号楼明天去": a day of its own, then a bare "go" ends the clause.
        go = _ELLIPTIC_GO_RE.search(low, m.end, ce)
        if (
            go is not None
            and any(m.end <= d.start < go.start() and not d.coarse for d in dates)
            and not any(o.clause == m.clause and o.start > m.start for o in matches)
        ):
            added.append(_Match(go.start(), go.end(), m.rule_index, m.clause, m.kind))
            continue
        repeat = _AGAIN_EN_RE.search(low, m.end, ce)
        if repeat is None:
            continue
        cs = bounds[m.clause] + 1
        dated_before = any(cs <= d.start < repeat.start() and not d.coarse for d in dates)
        dated_after = any(repeat.end() <= d.start < ce and not d.coarse for d in dates)
        if dated_before and dated_after:
            added.append(_Match(repeat.start(), repeat.end(), m.rule_index, m.clause, m.kind))
    return added


# A repeat done (了, 过) in Chinese: "又去了一次", "再查了一遍".
_AGAIN_ZH_RE = re.compile(
    r"(?:再|又|也)(?:去|来|查|开|联系|打|走访|看|听|谈|找|约|进行)(?:了|过)(?:一次|一趟|一遍|一回|一轮)?"
)

_THEN_ZH_RE = re.compile(r"然后|之后|接着|随后|后来")


def _run_on_repeat(low: str, m: _Match, again: re.Match[str], dates: list[DateMention]) -> bool:
    """A note typed or spoken without punctuation: "这周一晚上去查了一下寝室然后周三又去了一次"
    repeats the activity on a day of its own, told between "then" and the repeat."""
    own_day = [d for d in dates if m.end <= d.start < again.start() and not d.coarse]
    if not own_day:
        return False
    then = _THEN_ZH_RE.search(low, m.end, own_day[0].start)
    return then is not None
