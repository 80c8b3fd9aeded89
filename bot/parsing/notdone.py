"""Not new, not done: the markers that make a told activity record nothing (issue 17, session 15).

The college grades advisors on these records, so nothing may be counted twice and nothing
recorded that did not happen. Four classes, each a table of `Marker`s by variety (Mandarin,
Cantonese and Wu as the normaliser leaves them, the literary register, English varieties),
read by `find._find_activities` and `blocking._is_blocked` after the other reasons:

- `ALREADY`: an item marked as reported before ("11月4日晚查寝（已报）", "9号查寝、9号合唱比赛，都报
  过了", "(already logged)", "see above"): the mark right after the item (or after a list of
  items joined by 、 / 和, with 都), or as a clause of its own after it (`already_reported`). Not
  已报名 (signed up), 已报到 (arrived), 报告, 报销, nor a deed reported to someone (已上报学院,
  "reported to the counsellor").
- `FORWARDED`: a notice passed on (`FORWARD_AFTER_RE`, "学院叫班主任填一张表，我转发到班级群里了";
  `NOTICE_HEAD_RE`, a notice pasted: "学院通知：…，各位班主任准时参加", unless the advisor says
  they go, `I_GO_RE`). Not 转发通知后开了班会 (a deed after the forwarding).
- `FELL_THROUGH`: a clause of its own later in the deed's sentence saying it did not happen
  ("原来要去听概率论的，上课老师调课了，没听成", "…，因学院临时召会，未果", "didn't happen", "去唔到"):
  `fell_through_after`. A marker with a verb holds only for the kinds that verb does (没听成 is a
  class visit's); not someone else's (他没去成), and not when another deed stands between.
  The formal passive in the deed's own clause ("dorm visit could not be done today") is
  `NOT_DONE_AFTER`, read by `blocking._is_blocked`.
- `MADE_UP`: a deed put off and made up: the earlier one named after it ("开了班会，补上礼拜那个",
  "今晚开咗班会（上次改期嗰个）", "Did the 查寝 I skipped Fri") is today's deed, its day and its
  calling off the earlier one's (`EARLIER_ONE_RE`, `EARLIER_DAY_BEFORE_RE`).

How to add a marker: a `Marker(pattern, variety, example)` in its table; `tests/parsing/
test_notdone.py` reads every entry's example and the false friends.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Marker(NamedTuple):
    """One way of saying it: a regex (on the normalised, lower-cased note), who writes it, and
    a note that uses it (the test reads it)."""

    pattern: str
    variety: str
    example: str


# --- Already reported -------------------------------------------------------------------

#: The marks that an item was reported before. 报 is not 报名 / 报到 / 报告 / 报销 / 报表 …,
#: nor 报 to someone (已报学院, 已报辅导员: a deed reported onwards).
_NOT_REPORT_AFTER = r"(?![名到告销考价警案税道社纸刊表批备送修审账学院系校辅领上给])"
ALREADY: tuple[Marker, ...] = (
    Marker(
        rf"(?:已经?|早就?|之前|前面|上次|此前)(?:上)?报(?:过了?|了)?{_NOT_REPORT_AFTER}",
        "Mandarin",
        "周四晚查寝（已报）",
    ),
    Marker(rf"报过了?{_NOT_REPORT_AFTER}", "Mandarin", "9号查寝、9号合唱比赛，都报过了"),
    Marker(
        r"(?:已经?|之前|前面|上次|早就?)?发过了?(?![去来])",
        "Mandarin",
        "周二中午与刘同学谈心（已发过）",
    ),
    Marker(
        r"(?:已经?|之前|前面|上次|早就?)(?:记录|登记|录入|提交)(?:过了?|了)?(?![^,;。()\n]{0,2}?(?:学生|同学|名单|情况|信息|表))",
        "Mandarin",
        "周二班委会（已记录）",
    ),
    Marker(r"(?:记录|登记|录入)过了?", "Mandarin", "周三听课，之前登记过了"),
    Marker(
        r"(?:上次|之前|前面|前几天|昨天)(?:已经?)?(?:说|讲|提)过了?",
        "Mandarin",
        "周二谈心，上次说过了",
    ),
    Marker(r"(?:已经?|之前|前面|老?早)?报(?:脱|过)(?:哉|了|勒)", "Wu", "礼拜二查寝，老早报脱了"),
    Marker(r"上(?:趟|回)(?:讲|报|发)过(?:哉|了)?", "Wu", "礼拜三听课，上趟讲过了"),
    Marker(r"(?:已经?|早|之前)?报(?:了|埋)(?=\s*[)]|\s*$)", "Cantonese", "禮拜二查寢（早報咗）"),
    Marker(
        r"(?:前|业|業)?已(?:具|呈)?报(?:讫|毕)?|见前|详见前条|同前条|前已述及",
        "literary",
        "初四夜巡舍（前已具报）",
    ),
    Marker(
        r"\b(?:already|previously)\s+(?:logged|reported|sent|recorded|submitted|entered|posted|in)\b",
        "English",
        "dorm check tue (already logged)",
    ),
    Marker(
        r"\b(?:logged|reported|sent|recorded|posted|entered|mentioned)\s+(?:it\s+)?(?:earlier|before|already|previously|last\s+(?:week|time)|yesterday)\b",
        "English",
        "called wang's mum tuesday, reported earlier",
    ),
    Marker(
        r"\b(?:see|as)\s+above\b|\bdup(?:licate)?\b",
        "English",
        "class meeting on monday - see above",
    ),
)

_ALREADY_MARK = "|".join(f"(?:{m.pattern})" for m in ALREADY)

# A list's "all of them", or the items named again, before the mark.
_ALL = r"(?:以上|上述|上面|这些|这几项|这两项|这几个|这两个|两项|几项|两个|都|均|全部?|也|these|both|all)*\s*"

# The mark right after the item, in brackets or after a dash, or after a list of items joined
# by 、 / 和 (then with 都): "11月4日晚查寝(已报)", "周二班委会、周三陪张同学去校医院,都已报过".
_ALREADY_IN_CLAUSE_RE = re.compile(
    # The rest of the word the scan anchored on, before a bracket or a dash ("与刘同学谈|心(已发过)").
    # "dorm check tue (already logged)": or a day after it, before the bracket or the dash.
    r"(?:[^,;。!?()\n]{1,16}?(?=\s*[\-—–~:(]))?"
    # "这周家访两次都已登记过了": or its count, then "all".
    r"(?:[\d一二两三四五六七八九十]{1,2}\s*[次个回趟人](?=\s*(?:都|均|全)))?"
    r"(?:\s*(?:[、/&]|和|及|与|and\b)[^,;。!?()\n]{1,24}?)*?"
    rf"[\s\-—–~:()]*{_ALL}(?:{_ALREADY_MARK})[\s)]*(?:$|[,;。.!?\n])"
)

# The mark as a clause of its own after the item's: "…,都报过了", "…, already sent".
_ALREADY_CLAUSE_RE = re.compile(
    rf"\s*(?:这个|这条|此项|此条|这项|this|that|it)?\s*(?:is\s+|was\s+)?{_ALL}(?:{_ALREADY_MARK})[\s)]*$"
)
_ALL_LEAD_RE = re.compile(
    r"\s*(?:这些|以上|上述|上面|这几项|这两项|两项|几项|这几个|这两个)*\s*(?:都|均|全部?|both|all)"
)


_TOLD_MARK_RE = re.compile(r"[说讲提]过")


def _ends_sentence(low: str, at: int) -> bool:
    """Whether the break at `at` ends a sentence or opens a list's next item."""
    return at >= len(low) or low[at] in _SENTENCE_BREAKS or "①" <= low[at] <= "⑳"


_SENTENCE_BREAKS = frozenset("。.;；!?\n)一二三四五六七八九十")


#: A word every mark of `ALREADY` holds: a note without one is not looked at again.
ALREADY_GATE_RE = re.compile(
    r"报|发过|记录|登记|录入|提交|[说讲提]过|见前|同前|already|previously|logged|reported|sent|recorded"
    r"|posted|entered|mentioned|above|dup"
)


def already_reported(low: str, end: int, bounds: list[int], clause: int) -> bool:
    """Whether the activity word ending at `end` (in clause `clause` of `bounds`) is marked as
    reported before: in its clause after it, or by a clause of its own after it in its
    sentence (the clause right after, or a later one that says "all": 都报过了); or is the
    mark's own word (上报)."""
    ce = bounds[clause + 1]
    if _ALREADY_IN_CLAUSE_RE.match(low, end, ce + 1 if ce < len(low) else ce):
        return True
    if _ALREADY_CLAUSE_RE.match(low, bounds[clause] + 1, ce):
        return True  # "…，均已上报过": the mark's own 上报 is no deed
    for c in range(clause + 1, len(bounds) - 1):
        start, stop = bounds[c] + 1, bounds[c + 1]
        if _ends_sentence(low, bounds[c]):
            return False  # the sentence (or the item) ended
        if _ALREADY_CLAUSE_RE.match(low, start, stop):
            if _TOLD_MARK_RE.search(low, start, stop) and deed_told_done(low, end, ce):
                return False  # "今天找小王谈了谈，上次说过了": what was told him, not the note
            return c == clause + 1 or _ALL_LEAD_RE.match(low, start, stop) is not None
    return False


# --- Forwarded notices -------------------------------------------------------------------

#: A notice passed on, said in the clause after the one naming what it asks for.
FORWARDED: tuple[Marker, ...] = (
    Marker(
        r"(?:转发|转|推送|发|传达|分享)(?:了|过)?(?:到|至|给|进|去|在|拨)",
        "Mandarin",
        "学院叫班主任填一张表，我转发到班级群里了",
    ),
    Marker(r"(?:转发|转|推送|传达)(?:了|过)?", "Mandarin", "学院的安全检查通知，已转发"),
    Marker(r"转拨|转发拨", "Wu", "学院叫阿拉填张表，我转拨班级群了"),
    Marker(
        r"\b(?:forwarded|fwd(?:'?e?d)?|passed\s+(?:it\s+)?on|shared|posted|relayed)\b",
        "English",
        "college wants a survey done by friday, forwarded it to the class group",
    ),
)
_FORWARD_VERB = "|".join(f"(?:{m.pattern})" for m in FORWARDED)

# "我转发到班级群里了", "已转发给班长", "forwarded it to the class group": the clause after.
FORWARD_AFTER_RE = re.compile(
    rf"\s*(?:然后|就|我|已经?|也|都|并|随即|so\s+|and\s+|i\s+|have\s+|'ve\s+)*(?:{_FORWARD_VERB})"
    r"[^,;。!?\n]{0,12}?(?:群|班长|班委|学委|学生|同学|大家|各寝室|寝室长|group|chat|class|students|monitors?|reps?)"
)

# The clause before it names a notice of someone above the advisor.
NOTICE_WORD_RE = re.compile(
    r"通知|文件|公告|要求|学院|学校|学工|学生处|系里|院里|上级|教务|团委|辅导员|college|school|department|faculty|notice"
)

# "学院心理健康普查的通知已转发到班级群": the notice forwarded, in the item's own clause.
FORWARDED_IN_CLAUSE_RE = re.compile(
    r"(?:通知|文件|公告|消息|链接|问卷|表格?|安排)[^,;。]{0,4}?(?:已经?|都|也|我)*(?:转发|转|推送|发)(?:了|过)?"
    r"(?:到|至|给|进|去|在|拨)[^,;。]{0,8}?(?:群|班长|班委|学委|学生|同学|大家)"
    # The group before the verb, as a Korean or Japanese lecturer orders it ("安全检查 通知 班级群
    # 转发 했습니다", spelled "…通知 班级群 转发 了").
    r"|(?:通知|文件|公告|消息|链接|问卷|表格?)\s?(?:[^,;。]{0,6}?群(?:里|에|に)?)\s?(?:已经?|都|也|我)*\s?(?:转发|推送)(?:了|过)?"
    r"|\b(?:forwarded|passed\s+on|shared|relayed)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}?(?:notice|circular|email|announcement)"
)

# A deed after the forwarding ("转发通知后开了班会"): the deed is one of its own.
AFTER_FORWARDING_RE = re.compile(
    r"[^,;。]{0,6}?(?:后|之后|以后|完|然后|接着|再|又|并|\bthen\b|\bafter\b)"
)

# A notice pasted into the chat: its heading opens the note. Marked as passed on ("转：学院通知
# 11-27 …", class: a forwarded notice's head) or followed by its date, its colon may be left
# off (normalise strips 转发: and fwd: before this is read).
_NOTICE_OF = (
    r"(?:(?:学院|学校|学工办?|学工部|学生处|系里|院里|教务处?|校?团委|辅导员|年级|上级)"
    r"的?(?:最新|紧急|重要)?通知|(?:the\s+)?(?:college|school|faculty|department)(?:'s)?\s+notice"
    r"|notice\s+from\s+(?:the\s+)?(?:college|school|faculty|department|dean'?s\s+office))"
)
NOTICE_HEAD_RE = re.compile(
    rf"\s*(?:【[^】]{{0,12}}】\s*)?{_NOTICE_OF}\s*[:,]"
    rf"|\s*转\s*:\s*(?:【[^】]{{0,12}}】\s*)?{_NOTICE_OF}"
    # … or its head followed by the notice's numeric date ("学院通知 12-11（周五）14:30 …").
    rf"|\s*(?:【[^】]{{0,12}}】\s*)?{_NOTICE_OF}\s+(?=\d{{1,2}}[-/.月]\d{{1,2}})"
)

# … unless the advisor says they went or will go.
I_GO_RE = re.compile(
    r"我(?:会|要|得|也|准备|打算|肯定|已经?|明天|后天|到时候?)*(?:去|参加|出席|到场)|本人(?:将|会)?(?:参加|出席)"
    r"|\bi(?:'ll|\s+will|'m|\s+am|\s+went|\s+attended|\s+have\s+to|\s+must)\s*(?:go|attend|be\s+there|going|join)?"
)


# "学院通知：本周五下午召开班主任会议，我会去参加": a notice the next clause says the advisor goes
# to is the advisor's plan (read by `find._find_activities` after blocking).
NOTICE_BEFORE_RE = re.compile(
    r"(?:学院|学校|学工办?|学工部|学生处|系里|院里|辅导员|上级|教务处?|团委)(?:发了?)?(?:个|一个)?的?通知"
)
I_GO_NEXT_RE = re.compile(
    r"\s*(?:但是?|不过)?(?:我|本人)(?:会|要|得|也|准备|打算|肯定|到时候?|一定)*(?:去|参加|出席|到场)(?![不没])"
    # "学院通知周五下午搞班主任培训 我报了名的 到时候去": signed up for it, or going when it is
    # on (class, issue 17, round 16).
    r"|\s*(?:我|本人)(?:也|已经?)?报(?:了|过)?名|\s*到时候?(?:我)?(?:会|要)?(?:去|参加)(?![不没])"
    r"|\s*(?:and\s+|so\s+)?i(?:'ll|\s+will|'m\s+going|\s+am\s+going)\s+(?:to\s+)?(?:go|attend|be\s+there)\b"
)


def notice_i_go_to(low: str, cs: int, start: int, ce: int, ne: int) -> bool:
    """Whether the clause [cs, ce) holds a notice of the activity at `start` that the next
    clause (to `ne`) says the advisor goes to."""
    if NOTICE_BEFORE_RE.search(low, cs, start) is None:
        return False
    if ce < ne and I_GO_NEXT_RE.match(low, ce + 1, ne) is not None:
        return True
    # Typed on a phone, a space ends the notice inside the clause ("… 我报了名的 到时候去").
    space = low.find(" ", start, ce)
    return space >= 0 and I_GO_NEXT_RE.match(low, space, ce) is not None


# --- Fell through ------------------------------------------------------------------------

_LEAD = (
    r"\s*(?:结果|所以|就|也|最后|最终|后来|但是?|可是|只好|于是|因此|因而|故|遂|终|then|so|but|and|in\s+the\s+end)?"
    r"\s*(?:我|本人|这事|这个|此事|事|i|it)?\s*(?:就|也|还是|都)?\s*"
)

#: A clause of its own saying the deed did not happen. The verb, when there is one, names the
#: kinds it can be said of (`VERB_KINDS`).
FELL_THROUGH: tuple[Marker, ...] = (
    Marker(
        r"没(?:有|能)?(?P<verb>[去开查听办搞弄做谈聊见访])?成了?",
        "Mandarin",
        "原来要去听课的，老师调课了，没听成",
    ),
    Marker(r"没(?:有|能)?(?P<verb>去)了?", "Mandarin", "本来今晚查寝，学院临时开会，最后没去"),
    Marker(r"(?P<verb>[去开查听])不(?:了|成|到)了?", "Mandarin", "今天的研讨会我要监考，去不了"),
    Marker(
        r"未能成行|没能成行|没成行|泡汤了?|黄了|作罢|拉倒了?|取消了|搁置了",
        "Mandarin",
        "查寝一事，学院临时开会，泡汤了",
    ),
    Marker(r"没(?:得)?(?P<verb>去)(?:到|成)", "Cantonese", "今晚要查寢，開會開到九點，冇去到"),
    Marker(r"未果|不果|未成|遂止|乃止|未克前往|未能前往", "literary", "拟赴舍察看，因故，遂止"),
    Marker(
        r"(?:didn'?t|did\s+not|never)\s+(?:happen|go\s+ahead|take\s+place)|fell\s+through|not\s+happening|no\s+go|so\s+no|(?:got\s+)?(?:cancell?ed|called\s+off|scrapped)|(?:couldn'?t|didn'?t|never)\s+make\s+it|couldn'?t\s+go",
        "English",
        "was supposed to 查寝 tonight, didn't happen",
    ),
)

#: Said in the deed's own clause after it, in the passive of formal and Indian English ("Dorm
#: visit could not be done today due to dept meeting", "class meeting was not held").
NOT_DONE_AFTER: tuple[Marker, ...] = (
    Marker(
        r"(?:could\s+not|couldn'?t|cannot|can'?t|could\s+n't)\s+be\s+(?:done|held|conducted|carried\s+out|completed|attended|made)",
        "English (Indian, formal)",
        "dorm visit could not be done today due to dept meeting",
    ),
    Marker(
        r"(?:was|were)\s*(?:not|n't)\s+(?:done|held|conducted|carried\s+out|completed)",
        "English (formal)",
        "the class meeting was not held this week",
    ),
    Marker(r"-?\s*not\s+done\b", "English", "wed: dorm visit - not done"),
)

NOT_DONE_AFTER_RE = re.compile(
    r"(?:\s+\S+){0,3}?[\s:\-]+(?:" + "|".join(m.pattern for m in NOT_DONE_AFTER) + ")"
)

#: The kinds a fell-through verb can be said of.
VERB_KINDS: dict[str, frozenset[str]] = {
    "听": frozenset({"classroom_visit", "seminar", "student_activity"}),
    "开": frozenset({"class_meeting", "theme_meeting", "cadre_meeting", "seminar"}),
    "查": frozenset({"dorm_visit", "classroom_visit"}),
    "谈": frozenset({"student_talk", "parent_contact"}),
    "聊": frozenset({"student_talk", "parent_contact"}),
    "见": frozenset({"student_talk", "parent_contact"}),
    "访": frozenset({"parent_contact", "dorm_visit"}),
}

_FELL_THROUGH_RE = re.compile(
    _LEAD
    + "(?:"
    + "|".join(m.pattern.replace("(?P<verb>", "(?:") for m in FELL_THROUGH)
    + r")[\s.!~。]*$"
)
_VERB_RE = re.compile(
    r"([去开查听办搞弄做谈聊见访])(?:成|不)|没(?:有|能)?(?:得)?([去开查听办搞弄做谈聊见访])"
)

# The deed told done in its own clause: then a later "did not happen" is another's.
_DONE_IN_CLAUSE_RE = re.compile(r"了|过|完|\b(?:did|went|held|had|visited|checked|sat\s+in)\b")


def fell_through_clause(low: str, start: int, stop: int, kind: str) -> bool:
    """Whether the clause [start, stop) says, all by itself, that a deed of `kind` did not
    happen."""
    if stop - start > 40 or _FELL_THROUGH_RE.match(low, start, stop) is None:
        return False
    verb = _VERB_RE.search(low, start, stop)
    if verb is None:
        return True
    kinds = VERB_KINDS.get(verb.group(1) or verb.group(2))
    return kinds is None or kind in kinds


def deed_told_done(low: str, start: int, stop: int) -> bool:
    """Whether the stretch [start, stop) (the deed's words to its clause's end) tells it done."""
    return _DONE_IN_CLAUSE_RE.search(low, start, stop) is not None


# --- Made up -----------------------------------------------------------------------------

#: The earlier one a deed makes up, named after it: its day and its calling off are that one's.
MADE_UP: tuple[Marker, ...] = (
    Marker(r"补(?:上|回|开|查|听)?(?:了)?", "Mandarin", "今天下午开了班会，补上礼拜那个"),
    Marker(
        r"(?:上次|之前|前次|上回|原来|原先)[^,;。()]{0,4}?(?:改期|推迟|延期|取消|没开成?|没去成?|没查成?|没听成?|落下|欠下?)的?",
        "Mandarin",
        "今晚开了班会（上次改期的那个）",
    ),
    Marker(
        r"(?:上次|之前|上回)[^,;。()]{0,4}?(?:改期|推迟|取消)(?:嗰|那)(?:个|次)",
        "Cantonese",
        "今晚開咗班會（上次改期嗰個）",
    ),
    Marker(
        r"\b(?:i|we)\s+(?:had\s+)?(?:skipped|missed|cancell?ed|postponed|put\s+off|dropped|bailed\s+on)",
        "English",
        "did the 查寝 i skipped fri",
    ),
)

# Said right after the deed: "(上次改期那个)", "补上礼拜那个": the earlier one, not a calling off.
EARLIER_ONE_RE = re.compile(
    r"\s*[(]?\s*(?:补(?:上|回)?)?\s*(?:上次|之前|前次|上回|原来|原先|上个?(?:周|礼拜|星期)|周[一二三四五六日天]|礼拜[一二三四五六日天天]|\d{1,2}[号日])?"
    r"[^,;。()]{0,4}?(?:改期|推迟|延期|取消|没开成?|没去成?|没查成?|没听成?|落下|欠下?)?的?(?:那个|那次|那场|那一次|嗰个|嗰次)"
)

#: A word `EARLIER_ONE_RE` or the earlier day's patterns need: a note without one skips them.
EARLIER_GATE_RE = re.compile(
    r"补|那[个次场]|嗰|skipped|missed|cancel|postponed|put\s+off|dropped|bailed"
)

# A day right after these words is when the earlier one was skipped ("the 查寝 i skipped fri"),
# or whose one is made up ("补上礼拜那个").
EARLIER_DAY_BEFORE_RE = re.compile(
    r"(?:\b(?:i|we)\s+(?:had\s+)?(?:skipped|missed|cancell?ed|postponed|put\s+off|dropped|bailed\s+on)\s+(?:on\s+|last\s+)?"
    r"|补(?:上|回)?)$"
)
EARLIER_DAY_AFTER_RE = re.compile(
    r"\s*(?:没开成?|没去成?|没查成?|没听成?|改期|推迟|取消)?的?(?:那个|那次|那场|那一次|嗰个|嗰次)(?![\u4e00-\u9fff])"
)
