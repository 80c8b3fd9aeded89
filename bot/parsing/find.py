"""Find: the activity words of a note, and the filters that drop or relabel mentions.

Stage 2 of the activity pipeline. `_find_activities(low, bounds, chinese, latin)` scans the
normalised, lower-cased note once with the kinds' rules (`_scan_kinds`, over
`kinds.ZH_KIND_SCAN` and `EN_KIND_SCAN`, which give each hit's index in `kinds.RULES`) and
returns a `_Match` per activity: where it is, which rule named it, its clause and its kind.
`_Match` is a NamedTuple because one is built for every activity word, several times per note.

For each hit, in order:
1. the rule's own conditions: a verb it needs in its clause (`rule.need`; for a dorm visit a
   short clause of its own after it may hold the verb: `_FOLLOW_VISIT_RE`) and a word it
   forbids before it;
2. `blocking._is_blocked`: asked, negated, put off, someone else's (see that module);
3. not a record of its own: a document handed in (`_DOCUMENT_AFTER_RE`, `_handed_in`,
   `_papers_with_documents`), an event used as a time ("运动会那天开了班会":
   `_EVENT_AS_TIME_RE`), something fell through and was then done (`_moved_and_done`, which
   moves the activity to the clause that did it), a backfill request (`_BACKFILL_RE`);
4. relabelled: a talk with a parent is a parent contact (`_PARENT_WORD_RE`), a talk for the
   advisors a seminar (`_FOR_ADVISORS_RE`).

Then the mentions are weighed against one another: a dorm word only naming a place (在宿舍楼
值班: `_only_the_place`, `_named_instead`), a chat inside a meeting or a visit
(`_chat_within`, `_CHAT_HOSTS`), a write-up or a step that is part of a talk or a visit
(`_part_of_a_talk`, `_continues_a_visit`, `_other_own_clause`; a word with the course's
teacher after sitting in: `_teacher_after_class`), a student named inside a
parent contact (`_names_a_student`). `COUNTED_KINDS` are the kinds counted in people
(人次), which the pipeline and `_moved_and_done` treat apart.

The meeting-topic and repeat passes that run after this one are in `topics.py`; dating and
details are `pipeline.py`.

How to add to it: a new word for a kind goes to `kinds.py`, not here. A new way a mention is
not an activity of its own is a small named predicate `_<what_it_is>(low, m, bounds, ...)`
beside the others, called from the loop in `_find_activities` with an example comment, plus
the note in the corpus. Keep the cheap checks first: this loop runs for every note.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from bot.parsing import mixed
from bot.parsing.blocking import (
    _OTHER_DOER_RE,
    _STUDENT_SAYS_RE,
    _STUDENTS_AWAY_RE,
    THEIR_CALL_TO_COME_RE,
    _is_blocked,
    order_from_meeting,
)
from bot.parsing.clauses import _CJK_RE, Clause
from bot.parsing.details import SURNAMES
from bot.parsing.dialects import SPOKEN_DAYS
from bot.parsing.kinds import (
    EN_KIND_SCAN,
    RULES,
    THREE_OF_US_EN,
    TURNED_INTO,
    ZH_KIND_SCAN,
    KindRule,
)
from bot.parsing.notdone import (
    ALREADY_GATE_RE,
    VERB_KINDS,
    already_reported,
    deed_told_done,
    fell_through_clause,
    notice_i_go_to,
)
from bot.parsing.notdone import _ends_sentence as ends_sentence

COUNTED_KINDS = frozenset({"parent_contact", "student_talk"})

# "班会周一没开成，改到周三开了", "couldn't hold it on Monday, so we held it Wednesday": the
# activity that fell through was done on another day after all (the verb is its anchor).
_MOVED_DONE_RE = re.compile(
    r"[^,]{0,12}?(?:改(?:到|在|成)|挪到|推到|推迟到|延到|调到|换到|放到)[^,]{0,10}?"
    r"(?P<verb>(?:开|去|查|听|进行|举行|召开|办|打)(?:了|完|过|的))"
    # "本来想去查寝，后来还是去了": done after all.
    # "前天的晚自习取消了，昨晚照常去看了": done as usual on another day.
    r"|[^,]{0,6}?(?:后来|最后|最终|但)?(?:还是|仍然|依然|照样|照常|照旧)(?P<verb_still>(?:去|开|查|听|联系|打|找)(?:看)?了)"
    # "原定周二的家访改到今天了，已经去过了": the next clause says it was done.
    r"|\s*(?:已经|已)(?P<verb_done>(?:去|开|查|听|联系|打|访|做|办)(?:过|完)了?)"
    # "周一的查寝因为下雨取消了，周三补上了": made up on another day.
    r"|[^,]{0,8}?(?P<verb_made_up>补(?:上|开|查|做|办)?了)"
    # "宿舍一个星期没去成，今天晚上一定要去看看": made up by a firm plan for a named day.
    r"|[^,]{0,4}?(?:今天|今晚|明天|明晚|后天|周末)[^,]{0,4}?(?:一定|必须|务必)(?:要|得)?(?P<verb_firm>去(?:看看|看一下|看一看|一趟|转转))"
    # "宿舍好几天没去了，今晚去看了看": gone at last, on a day named in the next clause.
    r"|[^,]{0,4}?(?:今天|今晚|今儿|昨天|昨晚|夜来|终于)[^,]{0,4}?(?P<verb_at_last>去(?:看了看|看了一下|看了一眼|了一趟|转了转|转了一圈|瞭了一眼))"
    # "10号因下雪查寝推迟，今晚查完了": done on a day named in the next clause, its verb the
    # deed's own (checked against the kind: `notdone.VERB_KINDS`), the clause ending there.
    r"|\s*(?:今天|今晚|今儿|昨天|昨晚|夜来|终于|刚刚?)[^,]{0,3}?(?P<verb_done_on>[查开听](?:完了|了|过了))\s*$"
    # "学院通知本周内完成一次查寝。→ 今晚已查", "…召开安全主题班会。已于周二召开": a notice
    # answered as done, on the day the answer names (its verb checked against the kind).
    r"|[\s→]*(?:今天|今晚|今儿|昨天|昨晚|本班|我班|我们班)?\s*(?:已经?|已于[^,]{1,8}?)\s*召?"
    r"(?P<verb_answered>[查开听谈访](?:完|过)?了?)\s*$"
    r"|\s*(?:so\s+|and\s+|but\s+|instead\s+)*(?:we|i)\s+(?P<verb_en>(?:held|did|had|ran|made)\s+it)\b"
    # "the postponed class meeting finally happened today".
    r"|\s*(?:finally|eventually|at\s+last)\s+(?P<verb_happened>happened|took\s+place|went\s+ahead|was\s+held)\b"
    r"|[^,]{0,12}?\bbut\s+(?:(?:i|we)\s+)?(?:still\s+|then\s+)?(?P<verb_after_all>ended\s+up\s+\w+ing|went\s+anyway|did\s+it\s+anyway)\b"
)

_REACHED_ELSE_RE = re.compile(
    f"{_MOVED_DONE_RE.pattern}"
    # "给王明家长打电话没打通，发了微信": the next clause's message, sent, with no connective.
    r"|\s*我?(?P<verb_sent>发了(?:个|条|一条)?(?:短信|微信|消息)|留了言)"
    r"|[^,]{0,8}?(?:后来|改为|改成|然后|就|只好|于是|又)[^,]{0,4}?"
    r"(?P<verb_else>发了?(?:个|条|一条)?(?:短信|微信|消息)|留了?言|微信(?:联系|沟通)了?|视频(?:联系|沟通)了?|电话(?:联系|沟通)了?)"
    # "莫人接 晚上又打了一次 打通了": the call tried again went through.
    r"|[^,]{0,12}?(?:又|再)[^,]{0,8}?(?P<verb_through>打通了|接通了|联系上了)"
    r"|\s*(?:so\s+|then\s+|and\s+)*(?:i\s+)?(?P<verb_else_en>(?:texted|messaged|wechatted|emailed|left\s+a\s+message))"
)

# Book and talk titles are quoted words: "《如何规划大学生活》" asks nothing.
_TITLE_RE = re.compile(r"《[^》\n]{0,40}》|“[^”\n]{0,40}”")

# A tracker's field: "题目: 大学数学怎么学 |" is the meeting's title, not a question.
_TITLE_FIELD_RE = re.compile(r"(?:题目|主题|标题|\btopic|\btitle)\s*:\s*([^|\n,.;!?。；#]{1,40})")


# Someone else's words quoted after their name and a verb of saying or a colon (class: a
# quoted message is what they said, a deed inside it is theirs or news): "学生说：“老师，我们宿舍
# 今天查寝没人来”", "王同学妈妈微信：“孩子这周回家了吗”", 'Li Ming said "I skipped the class
# meeting"'. The advisor's own words quoted ("我在群里说：“明天开班会”") have no such speaker.
# Who says it, and the verbs of saying: shared by the quoted and the colon forms below.
_SPEAKERS = (
    r"(?:家长|爸爸?|妈妈?|父亲|母亲|爷爷|奶奶|学生|同学|班长|学委|团支书|支书|委员|辅导员|导员|室长|舍长"
    r"|孩子|儿子|女儿|老师|\bparents?|\bmum|\bmom|\bdad|\bfather|\bmother|\bstudents?|\bmonitor)"
)
_SAID = (
    r"(?:说|讲|问|反映|留言|发来|来电|微信|消息|反馈|咨询|称|表示|提到|写道|\bsaid|\bsays|\bwrote"
    r"|\basked|\bmessaged|\btexted)"
)
_REPORTED_QUOTE_RE = re.compile(
    rf"{_SPEAKERS}[^,;。!?\n“\"「]{{0,8}}?(?:{_SAID}\s*[:,]?|:)\s*[“\"「]([^”\"」\n]{{1,120}})"
)


# A parent telling of their child, then a deed with him or her in the next clause (class: the
# pronoun after a parent's word about the child is the child): "家长说孩子最近不想上学，下午找他
# 谈了半小时" is a talk with the student, not the parent's contact.
_PARENT_SAID_OF_CHILD_RE = re.compile(
    r"(?:说|讲|反映|提到|问|来电|留言|微信|消息|告诉我)[^,;。]{0,8}?(?:孩子|儿子|女儿|娃|闺女)"
)
_WITH_HIM_RE = re.compile(r"(?:找|和|跟|同|与|给|陪|带)(?:他|她)(?![们爸妈爹娘家父母])")


def reported_quotes(low: str) -> list[tuple[int, int]]:
    """The spans of the words others said, quoted (`_REPORTED_QUOTE_RE`) or after their
    colon (`_REPORTED_COLON_RE`)."""
    spans = []
    if "“" in low or '"' in low or "「" in low:
        spans = [m.span(1) for m in _REPORTED_QUOTE_RE.finditer(low)]
    if ":" in low:
        spans += [m.span(1) for m in _REPORTED_COLON_RE.finditer(low)]
    return spans


# Someone else's words told after their colon, unquoted: "家长来电：孩子挂科了怎么办 → 电话沟通
# 20分钟" (class: the question is the parent's, the advisor asks nothing), to the sentence's end.
_REPORTED_COLON_RE = re.compile(
    rf"{_SPEAKERS}[^,;。!?\n:]{{0,8}}?{_SAID}\s*:"
    # To the question mark when they asked, else to the end of their clause.
    r"([^。!?\n→“]{1,60}\?|[^,;。!?\n→“]{1,60})"
)


def _mask_titles(low: str, quoted: list[tuple[int, int]]) -> str:
    """`low` with the inside of 《…》 and “…” titles, of a "题目:" field and of someone
    else's words (`quoted`, from `reported_quotes`) blanked out (same length, so offsets
    stay): "主题班会“学习困难怎么破”" asks nothing, nor does "家长来电：孩子挂科了怎么办"."""
    for qs, qe in quoted:
        low = low[:qs] + "_" * (qe - qs) + low[qe:]
    if "《" in low or "“" in low:
        low = _TITLE_RE.sub(
            lambda m: m.group()[0] + "_" * (len(m.group()) - 2) + m.group()[-1], low
        )
    if ":" in low:
        low = _TITLE_FIELD_RE.sub(
            lambda m: low[m.start() : m.start(1)] + "_" * (m.end(1) - m.start(1)), low
        )
    return low


# Words right after an activity that make it a document about it, not the act itself:
# "班会记录", "查寝表格发一下", "dorm check form".
_DOCUMENT_AFTER_RE = re.compile(
    r"\s*的?\s*(?:记录|表格|统计(?!了|局)|筹备|报名|准备工作|要求|标准|规定|流程|表(?![现扬达演态示率])|照片|材料|签到|的\s*(?:分工|人选|节目单?|主持人?|议程|场地)|通知(?=\s*(?:$|[,.;!?。；:]|发|已|还|没|在|贴|出|下|里|群|我|上|呢|吗))|模板|方案|课件|ppt|登记|统计表|报告(?!会))"
    r"|\s*(?:forms?|templates?|minutes|photos?|pictures?|records?|sheets?|slides|schedule|report)\b"
)

# "补录10月16日查寝记录": a note that backfills the record of an activity records it.
_BACKFILL_RE = re.compile(r"补录|补记|补登|补填|补交|补一条|补充记录|\bbackfill|\blate\s+entry")

# A talk of three, the parent, the student and the advisor ("the three of us talked", "we
# spoke, all three together"): the student's talk beside the parent's contact.
_THREE_OF_US_RE = re.compile(r"\bthe\s+three\s+of\s+us\b|\ball\s+three(?:\s+of\s+us)?\s+together\b")

_PARENT_WORD_RE = re.compile(
    r"家长|父亲|母亲|爸爸|妈妈|父母|监护人|[他她](?:爸|妈|爹|娘|老爸|老妈)|\b(?:parents?|mother|father|mom|mum|dad|guardians?)\b"
)

_STUDENT_WORD_RE = re.compile(
    r"学生|同学|班长|班委|室友|孩子|[a-z]|\b(?:students?|classmates?|freshm[ae]n|him|her)\b"
    # "今天又和他本人谈了一次": the student in person, after a call to the parents.
    r"|本人"
)

_STUDENT_AFTER_RE = re.compile(
    r"学生(?!家长|的家长|父|母)|同学(?!家长|的家长|的父|的母)|班长|室友"
    r"|\b(?:students?|classmates?|freshm[ae]n)\b(?!'s\s+(?:parent|mother|father|mom|dad))"
)

# "Other" work named by its own verb at the start of its own clause ("下午审核助学金材料") is a
# record of its own even beside other activities; as a mere noun ("班会讲了奖学金评定") it is
# the topic of the activity beside it.
_OTHER_ACT_RE = re.compile(
    r"整理|填写|填报|填了|上报|审核|统计|核查|核对|批改|值班|排查|审批|处理|撰写|写了|写|准备|录入|汇总"
    # "给学生整理了评优材料", "帮毕业生办离校手续": paperwork done for students.
    r"|(?:给|帮|为|替)(?:毕业生|新生|学生|同学|大家|他们)[^,]{0,6}?"
    r"(?:整理|填写|填报|审核|办|申请|开|准备|统计|核对|录入|汇总|写)"
    r"|办理|办了|交了|提交|看望|探望|陪|送"
    # A report's item: "（三）其他：协助学院完成奖学金评定工作".
    r"|协助|配合"
    r"|\b(?:reviewed|processed|compiled|filled\s+(?:in|out)|did|wrote|graded|checked)\b"
)

_CLAUSE_FILLER_RE = re.compile(
    # A report's item number and its label ("（三）其他：", "二是", "3. 其他工作：").
    r"(?:[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|[一二三四五六七八九十]是"
    r"|\d{1,2}\.(?!\d)|(?<=[)、.])\s*[\u4e00-\u9fff]{2,6}:"
    r"|\s|\d{1,2}[)、]|[(]\d{1,2}[)]|[①-⑳•·*\-]|[今昨前明]天|今晚|昨晚|大前天|今早|昨早"
    r"|(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天末]|\d{1,2}[月.\-/]\d{1,2}[日号]?|\d{1,2}[日号]|上午|下午|中午|晚上|早上|傍晚|然后|之后|接着|又|还|再|也|顺便|另外|最后|了"
    r"|\b(?:then|and|also|later|afterwards|in\s+the\s+(?:morning|afternoon|evening)|after\s+that)\b)*"
)


# A short clause that completes a dorm word with a visit: "宿舍有人打架，赶过去处理了".
_FOLLOW_VISIT_RE = re.compile(r"去|到|进|看|查|转|走|巡|检查|慰问")


class _Match(NamedTuple):  # a tuple: built for every activity word, several times cheaper
    start: int
    end: int
    rule_index: int
    clause: int
    kind: str


def _scan_kinds(low: str, chinese: bool, latin: bool) -> list[tuple[int, re.Match[str]]]:
    """(rule index, match) of every activity word of the note, left to right; an English
    word inside a Chinese one's match is not another."""
    found = ZH_KIND_SCAN.finditer(low) if chinese else []
    if chinese and not latin:
        return found
    taken = [m.span() for _, m in found]
    for index, m in EN_KIND_SCAN.finditer(low):
        if all(m.end() <= s or m.start() >= e for s, e in taken):
            found.append((index, m))
    found.sort(key=lambda hit: hit[1].start())
    return found


def _find_activities(
    low: str, bounds: list[int], chinese: bool, latin: bool, quoted: list[tuple[int, int]]
) -> list[_Match]:
    """The activity words of `low` that record something; `quoted` are the spans of others'
    words (`reported_quotes`)."""
    matches: list[_Match] = []
    guard = _mask_titles(low, quoted)
    # (clause, kind) of activities someone else did: the same kind named again later in that
    # clause is the same activity ("导员自己去查的寝 说3个寝室有违规电器": still theirs).
    fallen: set[tuple[int, str]] = set()
    reported_gate = ALREADY_GATE_RE.search(low) is not None
    hits = _scan_kinds(low, chinese, latin)
    for index, hit in hits:
        rule = RULES[index]
        clause = bisect.bisect_left(bounds, hit.start()) - 1
        cs, ce = bounds[clause] + 1, bounds[clause + 1]
        followed: tuple[int, int] | None = None
        if rule.need is not None and rule.need.search(low, cs, ce) is None:
            # "宿舍里有人搞活动，去看了看": a short clause of its own after it may hold the verb.
            nxt = bisect.bisect_right(bounds, ce)
            ne = bounds[nxt] if nxt < len(bounds) else ce
            follow = _FOLLOW_VISIT_RE if rule.kind == "dorm_visit" else rule.need
            verb = follow.search(low, ce + 1, ne) if ce < ne <= ce + 10 else None
            if verb is None:
                continue
            if (
                rule.kind == "parent_contact"
                and _PARENT_SAID_OF_CHILD_RE.search(low, cs, ce)
                and _WITH_HIM_RE.search(low, ce + 1, verb.start())
            ):
                continue  # "家长说孩子不想上学，下午找他谈了": he is the child, talked with
            # The visit is the clause that does it: "昨天学生反映宿舍漏水，今天去看了" is today's.
            followed = verb.span()
        if rule.forbid_before is not None and rule.forbid_before.search(low, cs, hit.start()):
            continue
        if followed is None and any(qs < hit.end() <= qe for qs, qe in quoted):
            continue  # "学生说：“今天查寝没人来”": said by someone else (a deed after it is kept)
        if _heard_what_was_named(low, bounds, clause, hit.start(), rule):
            continue
        if rule.kind == "dorm_visit" and _spoken_about_after(low, bounds, clause, hit.start()):
            continue
        around = Clause.at(bounds, clause)
        start, end = hit.start(), hit.end()
        if followed is not None and _STUDENT_SAYS_RE.match(low, cs, start):
            # "同学反映宿舍有人夜不归宿，今晚去查了": what the students said is the reason, the
            # clause after it the deed; that clause says whether it was done.
            around, (start, end) = Clause.at(bounds, clause + 1), followed
        if (clause, rule.kind) in fallen:
            continue
        if reported_gate and already_reported(low, end, bounds, clause):
            continue  # "11月4日晚查寝（已报）": told before, not counted twice
        if (
            rule.kind == "parent_contact"
            and ("过来" in low[end:ce] or "打来" in low[end:ce])
            and THEIR_CALL_TO_COME_RE.match(low, end, ce)
        ):
            continue  # "有个家长明天再打过来": the parent will call, nothing new
        if (
            _THAT_TIME_BEFORE_RE.search(low, cs, start) is not None
            and _AS_A_TIME_AFTER_RE.match(low, end) is not None
        ):
            # "上周四那次cq之后，今天又去了一趟": the earlier one told as a time; the deed is
            # the one done again after it, if any.
            stop = SENTENCE_END_RE.search(low, end)
            again = _DONE_AGAIN_RE.search(low, end, len(low) if stop is None else stop.start())
            if again is None:
                continue
            start, end = again.span()
            clause = bisect.bisect_left(bounds, start) - 1
            cs, ce = bounds[clause] + 1, bounds[clause + 1]
            around = Clause.at(bounds, clause)
        if order_from_meeting(low, start, end, around):
            continue  # "研讨会上说…都要谈一次": the order told, not the meeting
        if _is_blocked(guard, start, end, around) and not notice_i_go_to(
            low, cs, start, ce, around.next_end
        ):
            moved = _moved_and_done(low, end, ce, around.next_end, rule.kind)
            # Where the students were is no plan of the advisor's put off ("half of the class
            # was at the mock exam … We will do it on Monday": the meeting is).
            if moved is None and not _STUDENTS_AWAY_RE.match(guard, around.start, start):
                moved = _moved_to_a_day(low, end)
                if moved is not None and _its_own_deed_after(low, moved, rule.kind, hits):
                    moved = None
            if moved is None:
                if _OTHER_DOER_RE.match(guard, around.start, start):
                    fallen.add((clause, rule.kind))
                continue
            start, end = moved
            clause = bisect.bisect_left(bounds, start) - 1
        elif (
            ce < len(low)
            and (not low[end:ce].strip() or _REASON_CLAUSE_RE.match(low, end, ce))
            # A meeting named, not told as held: "这周三的班会", not "周一查寝", nor "开了班会"
            # ("开了班会，改到周五再说": today's meeting, something else left till Friday).
            and (not low[cs:start].strip() or low[cs:start].rstrip().endswith("的"))
            and "了" not in low[cs:end]
            and (moved := _moved_on_in_its_sentence(low, ce)) is not None
        ):
            if moved[0] < 0:
                # "这周三的班会，因为学院要开会，改到周五了吗": asked whether it was moved
                # (class: the move asked after a comma), nothing told.
                continue
            # "这周三的班会，因为学院要开会，改到周五了": the activity closing its clause, moved to
            # a named day later in its sentence, the reason between (class: moved after a
            # comma), stands where its new day is named.
            start, end = moved
            clause = bisect.bisect_left(bounds, start) - 1
        elif (
            rule.kind != "other"  # "wrote the summary report": for other work it is the work
            and _DOCUMENT_AFTER_RE.match(low, end, ce)
            and not _BACKFILL_RE.search(low)
        ):
            continue
        elif followed is not None and not _AT_PLACE_RE.search(low, cs, start):
            start, end = followed
            clause += 1
        kind = rule.kind
        if kind == "student_activity" and (
            _EVENT_AS_TIME_RE.match(low, end)
            or _EN_EVENT_AS_TIME_RE.search(low, cs, start)
            # "took 2 students to 医务室": taken to a doctor, not on an outing.
            or (latin and chinese and mixed.CARE_NEED.search(low, cs, ce))
            or _EVENT_AS_REASON_RE.search(low, cs, start)
        ):
            continue  # "运动会那天开了班会": the event dates the meeting, it is not recorded
        if kind == "student_talk" and _PARENT_WORD_RE.search(hit.group()):
            kind = "parent_contact"  # "和小刘妈妈微信聊了聊" is a talk with a parent
        elif kind == "student_activity" and _FOR_ADVISORS_RE.search(low, cs, ce):
            kind = "seminar"  # "心理健康讲座（面向班主任）": a talk for the advisors
        matches.append(_Match(start, end, index, clause, kind))
    # "不是查寝，是去宿舍送东西": the dorm named instead of the visit denied is where an errand was.
    matches = [
        m
        for m in matches
        if not (
            m.kind == "dorm_visit"
            and _named_instead(low, m, bounds)
            and _DENIED_DORM_RE.search(low, bounds[m.clause - 1] + 1, bounds[m.clause])
            and not any(o.clause == m.clause and o is not m for o in matches)
        )
    ]
    matches = _papers_with_documents(low, matches)
    if matches and _FELL_THROUGH_GATE_RE.search(low):
        matches = [m for m in matches if not _fell_through_after(low, m, bounds, matches)]
    # "the three of us talked about the schedule": colleagues, no parent named before it.
    matches = [
        m
        for m in matches
        if RULES[m.rule_index].pattern is not THREE_OF_US_EN
        or any(o.kind == "parent_contact" and o.start < m.start for o in matches)
    ]
    if len(matches) < 2:
        return matches  # what follows weighs one activity against another
    matches = [m for m in matches if not _turned_into(low, m, matches)]
    matches = [m for m in matches if not _where_the_theme_was(low, m, matches)]
    matches = [m for m in matches if not _part_of_the_training(low, m, bounds, matches)]
    matches = [m for m in matches if not _parents_as_the_subject(low, m, bounds, matches)]
    # "在宿舍楼值班": a dorm word only naming the place is no activity (nor a stronger one).
    matches = [m for m in matches if not _only_the_place(low, m, bounds, matches)]
    # Other work hides no other work: on one day they are one record, on two days two
    # ("周三送学生去医院 第二天又去医院看了一趟").
    strong_any = any(
        RULES[m.rule_index].weak != "message"
        and not RULES[m.rule_index].document
        and m.kind != "other"
        for m in matches
    )
    document_any = any(RULES[m.rule_index].document for m in matches)
    # "跟没回家的孩子一块吃的月饼 嗯 聊聊天": a chat with no one named hides nothing beside it.
    strong = [
        m
        for m in matches
        if RULES[m.rule_index].weak is None and low[m.start : m.end] not in _BARE_CHATS
    ]
    strong_clauses = {m.clause for m in strong}
    parent_clauses = {m.clause for m in matches if m.kind == "parent_contact"}
    kept: list[_Match] = []
    for m in matches:
        rule = RULES[m.rule_index]
        if _only_the_place(low, m, bounds, matches):
            continue
        if (
            rule.weak == "message"
            and (
                strong_any
                or (
                    document_any
                    and not _handed_in(low, m, bounds)
                    and not _apart_from_the_document(low, m, matches)
                )
            )
            and (
                not (
                    _other_own_clause(low, m, bounds, matches)
                    or _dated_sentence_of_its_own(low, m, matches)
                )
                or _BARE_WRITEUP_RE.fullmatch(low, m.start, m.end)
            )
        ):
            continue  # "带同学去博物馆参观，晚上写了总结": the write-up is part of the visit
        if rule.weak in ("clause", "talk") and (
            (m.clause in strong_clauses and _in_a_strong_step(low, m, strong))
            or _continues_a_visit(low, m, bounds, matches)
            or _meetings_business(low, m, bounds, matches)
            or _teacher_after_class(low, m, matches)
        ):
            continue
        if rule.weak == "talk" and _part_of_a_talk(low, m, bounds, matches):
            continue  # "和小刘谈心，帮他改了简历": the help is part of the talk
        if (
            m.kind == "student_talk"
            and not _PARENT_GONE_RE.search(low, max(0, m.start - 16), m.start)
            # "… we have spoken 2 hours, all three together": the student was in the talk too.
            and _THREE_OF_US_RE.search(low, max(0, m.start - 20), m.end + 45) is None
        ):
            if (
                m.clause in parent_clauses
                and not _STUDENT_AFTER_RE.search(low, m.start, bounds[m.clause + 1])
                # "王浩的妈妈来了，又和王浩谈了谈": the student named right before the talk's verb,
                # in a clause after the parent's own, is no parent.
                and not (m.clause > 0 and _SURNAME_NAME_TALK_RE.match(low, m.start) is not None)
                and not _then_the_parent(low, m, matches)
                and not _own_talk_after_the_call(low, m)
                and not _talk_with_the_child(low, m, bounds)
                # "家访1次、谈心7人": a talk listed after the contact, not with the parent.
                and (
                    low[m.start : m.end] != "谈心"
                    or _PARENT_WORD_RE.search(low, max(0, m.start - 8), m.start)
                )
            ):
                continue  # "与家长沟通": a talk with a parent is the parent contact
            if (
                kept
                and kept[-1].kind == "parent_contact"
                and low[m.start : m.end] != "谈心"
                and not _names_a_student(low, m, bounds)
                and not _own_talk_after_the_call(low, m)
                # "给他爸爸打了电话，明天找他谈谈": the student sought out, in the talk's own
                # words too, is no talk with the parent.
                and _ONE_STUDENT_DEED_RE.search(low, kept[-1].end, m.end) is None
                and _NEW_DAY_STEP_RE.search(low, kept[-1].end, m.start) is None
            ):
                continue  # "王同学家长来学校，面谈了一个小时": the talk is that contact
            if _chat_within(low, bounds, m, kept):
                continue
        kept.append(m)
    return kept


# "參加了學校辦的導師培訓，一整天，上午聽講座，下午分組交流": a talk heard in the advisor's own
# training told before it in the sentence is part of it (class: the training's programme), not
# the students' event; not one with the students in its clause ("…，下午带学生听讲座").
_TRAINING_PART_RE = re.compile(r"讲座|报告|讲课|分享会?|交流会?|研讨")
_STUDENTS_THERE_RE = re.compile(r"学生|同学|孩子|全班|我们班|班上|他们|她们|带|陪")


def _part_of_the_training(low: str, m: _Match, bounds: list[int], matches: list[_Match]) -> bool:
    if m.kind != "student_activity" or _TRAINING_PART_RE.search(low, m.start, m.end) is None:
        return False
    cs, ce = bounds[m.clause] + 1, bounds[m.clause + 1]
    return _STUDENTS_THERE_RE.search(low, cs, ce) is None and any(
        o.kind == "seminar"
        and o.end <= m.start
        and SENTENCE_END_RE.search(low, o.end, m.start) is None
        for o in matches
    )


# The class meeting named as where a theme was given ("enlightened them on cultism during the
# class meeting", "在班会上开展了防诈骗主题教育"): one meeting, the themed one (class: a meeting
# named once is one meeting).
_DURING_THE_RE = re.compile(
    r"\b(?:during|at|in)\s+(?:the|our|this|that|today'?s|yesterday'?s)\s+(?:weekly\s+|usual\s+)?$"
)
_MEETING_AT_RE = re.compile(r"上|中|期间")


def _where_the_theme_was(low: str, m: _Match, matches: list[_Match]) -> bool:
    """Whether the class meeting `m` only says where a themed meeting of its clause was held."""
    if m.kind != "class_meeting" or not any(
        o.kind == "theme_meeting" and o.clause == m.clause for o in matches
    ):
        return False
    return (
        _DURING_THE_RE.search(low, max(0, m.start - 40), m.start) is not None
        or _MEETING_AT_RE.match(low, m.end) is not None
    )


# A talk with a student about his parents: "和小王聊了聊他爸爸妈妈的事", "聊到她爸妈离婚的事",
# "talked with Wang about his parents' divorce" (class: a topic is not an activity).
_PARENT_SUBJECT_RE = re.compile(
    r"(?:[爸妈父母亲和、跟与俩两个]|\s*and\s+(?:his\s+|her\s+)?(?:mum|mom|dad|father|mother))*"
    r"\s*(?:'s?|的)?\s*(?:事情?|情况|问题|身体|病|生病|住院|工作|离婚|矛盾|关系|近况|期望|要求|意见|想法|态度"
    r"|divorce|illness|health|job|jobs|situation|expectations|marriage|pressure)"
)
# A deed of its own with the parent between the talk and the parent: "又给他妈妈打了电话".
_PARENT_REACHED_RE = re.compile(
    r"打|电话|微信|短信|联系|给|跟|和|与|同|找|约|见|\b(?:called|rang|phoned|texted|with|to|met)\b"
)
_TALK_ABOUT_RE = re.compile(r"聊|谈|说|讲|问|\b(?:about|talked|chatted|discussed)\b")


# "did a little potluck w/ the 班委, basically turned it into a 班委会", "聚餐后来变成了班委会".
_TURNED_INTO_RE = re.compile(TURNED_INTO)


def _turned_into(low: str, m: _Match, matches: list[_Match]) -> bool:
    """Whether the activity `m` turned into another of another kind told after it in its
    sentence ("turned it into a 班委会"): only what it became is recorded."""
    for o in matches:
        if o.start <= m.end or o.kind == m.kind:
            continue
        if SENTENCE_END_RE.search(low, m.end, o.start):
            return False
        # the word of turning just before the other activity, not told long before it
        turn = _TURNED_INTO_RE.search(low, m.end, o.start)
        if turn is not None and o.start - turn.end() <= 12:
            return True
    return False


def _parents_as_the_subject(low: str, m: _Match, bounds: list[int], matches: list[_Match]) -> bool:
    """Whether the parent contact `m` is only what a talk with a student before it, in its
    clause or the one before, was about."""
    if m.kind != "parent_contact" or _PARENT_SUBJECT_RE.match(low, m.end) is None:
        return False
    return any(
        o.kind == "student_talk"
        and o.end <= m.start
        and 0 <= m.clause - o.clause <= 1
        and _TALK_ABOUT_RE.search(low, o.start, m.start) is not None
        and _PARENT_REACHED_RE.search(low, o.end, m.start) is None
        for o in matches
    )


# A part of the day told after a deed opens the next step of a note run on without a break
# ("上午查了寝下午还要去开个培训会": the training is the afternoon's, not part of the visit).
# The part of the day opens a step only before a verb or the advisor ("下午还要去", "晚上查寝",
# not "说了下午培训会的事", where it names the meeting).
_NEXT_STEP_RE = re.compile(
    r"了[\u4e00-\u9fff]{0,3}?(?:上午|下午|中午|晚上|傍晚|早上|明天|后天)"
    r"(?=还|要|去|又|再|给|找|开|参加|我|跟|和|到|查|听|带|陪|组织|召开|打|约|准备|得|也)"
)


def _in_a_strong_step(low: str, m: _Match, strong: list[_Match]) -> bool:
    """Whether a strong activity of `m`'s clause shares its step: no part of the day, told
    after a deed, stands between them."""
    return any(
        o.clause == m.clause
        and _NEXT_STEP_RE.search(low, min(o.start, m.start), max(o.end, m.end)) is None
        and not (RULES[o.rule_index].document and _apart_from_the_document(low, m, [o]))
        and not (m.kind == "other" and _THEN_OTHER_WORK_RE.match(low, o.end, m.start))
        for o in strong
    )


# Other work as the next step after a deed told done, in one breath (class: "查完寝又帮学生
# 整理了助学金材料", "开完班会还去教务处帮学生办了缓考"); done during it ("查寝时帮…") is its part.
_THEN_OTHER_WORK_RE = re.compile(
    r"(?:了|完|过)?[^,]{0,3}?(?:又|还|然后|接着|随后)(?!要|得|准备|打算)"
)


# "talked to her abt 1 hr then call her mum", "跟她聊到十一点 又跟她妈妈打电话": the talk,
# then the parent as the next deed; or on a day to come ("都谈了下 退学那个明天再约她爸爸电话聊",
# class, issue 17, round 16).
_THEN_RE = re.compile(
    r"\bthen\b|\bafter\s+that\b|又|然后|之后|接着|随后|明天|后天|回头|改天|再(?=约|给|打|跟|和|联系)"
    # "talked with Chen Jie yesterday and called his dad": a call of its own verb after "and".
    r"|\band\s+(?:also\s+|later\s+)?(?:called|rang|phoned|texted|messaged|emailed|contacted|wrote\s+to)\b"
)


# "Called the parents of Wang and talked to Li": a talk of its own verb after "and", with its
# own student (a name or a student word, not him, her or the parent), is no part of the call
# before it (class: the call, then a talk with someone else).
_AND_OWN_TALK_EN_RE = re.compile(
    r"\b(?:and|then)\s+(?:also\s+|later\s+|then\s+)?(?:talked|spoke|chatted|met)(?:\s+(?:with|to)\b|(?!\s+(?:with|to)\b))\s+"
    r"(?!(?:him|her|them|his|their|the\s+(?:parents?|mother|father|mum|mom|dad)|parents?|mother|father"
    r"|mum|mom|dad|guardians?)\b)"
    # "talked to the student's mother too": the parent again.
    r"(?![a-z' ]{0,20}?'s\s+(?:parents?|mother|father|mum|mom|dad)\b)[a-z]"
)


def _own_talk_after_the_call(low: str, m: _Match) -> bool:
    """Whether the talk `m` opens a deed of its own after "and", past a parent's call."""
    return _AND_OWN_TALK_EN_RE.match(low, _start_of_and(low, m.start)) is not None


def _start_of_and(low: str, start: int) -> int:
    """Where the "and" or "then" just before `start` begins (`start` when there is none)."""
    found = re.search(
        r"\b(?:and|then)\s+(?:also\s+|later\s+|then\s+)?$", low[max(0, start - 20) : start]
    )
    return start if found is None else max(0, start - 20) + found.start()


def _then_the_parent(low: str, m: _Match, matches: list[_Match]) -> bool:
    return any(
        o.kind == "parent_contact"
        and o.clause == m.clause
        and o.start > m.end
        and _THEN_RE.search(low, m.end, o.start) is not None
        for o in matches
    )


# "把十一月工作记录表和班级就业台账交了": other paperwork handed in with the month's form or
# the plan is a record of its own (the form and the plan are documents, not activities).
_PAPERS_WITH_DOCUMENT_RE = re.compile(
    r"(?:和|及|与|跟|还有|、)[^,]{0,6}?(?P<papers>台账|材料|名单|汇总表|统计表|申请表|报表|鉴定表|档案)"
)

# The rule for such paperwork ("other" work, weak beside a stronger activity).
_PAPERS_RULE = next(
    i
    for i, r in enumerate(RULES)
    if r.kind == "other" and r.weak == "message" and "台账" in r.pattern
)


# "心理普查那个材料也整完交上去了": handed in as the form was.
_HANDED_IN_RE = re.compile(r"[^,]{0,10}?(?:提交|上交|报送|交上去|交了|交到|交给)")


def _handed_in(low: str, m: _Match, bounds: list[int]) -> bool:
    """Whether weak "other" work beside a document was handed in too: it is then paperwork
    of its own, not the form's part ("顺便把家长联系记录补进去" fills the form in)."""
    return m.kind == "other" and _HANDED_IN_RE.match(low, m.end, bounds[m.clause + 1]) is not None


# Between a document handed in and other work: the note goes on to something else ("10月记录表
# 交了 + 下午给一个娃补了会儿概率论", "工作记录表已交。另，上周六为一生补讲数论").
_APART_RE = re.compile(
    r"[!?。！？\n+；;]|另外|另|此外|also\b|besides\b|plus\b|(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])"
)
# Other work that goes into the form after all: "家长联系记录也补进去了", "附在表后".
_FILLS_IN_RE = re.compile(r"[补填写加附记][进入到在]|[附贴]上")


def _apart_from_the_document(low: str, m: _Match, matches: list[_Match]) -> bool:
    """Whether weak "other" work is told apart from the document before it: its own work, not
    the form's part ("工作记录表交了，家长联系记录也补进去了" fills the form in)."""
    before = [o for o in matches if RULES[o.rule_index].document and o.end <= m.start]
    return (
        m.kind == "other"
        and bool(before)
        and _APART_RE.search(low, before[-1].end, m.start) is not None
        and _FILLS_IN_RE.search(low, m.start, _sentence_end(low, m.end)) is None
    )


def _sentence_end(low: str, at: int) -> int:
    end = SENTENCE_END_RE.search(low, at)
    return len(low) if end is None else end.start()


# A sentence (or a report's item) opening with its own day or part of the day, after the item's
# number: "2）周四帮学院统计学生寒假去向", "三、12月20日下午在图书馆给赵同学讲了讲习题".
_ITEMSENTENCE_END_RE = re.compile(r"[!?。！？；;\n]|\s/\s")
_REPORT_WORD_RE = re.compile(r"总结|小结|汇报|报告")
# The day may open the sentence's second clause, after a clause of news ("考研预报名开始了，这周二
# 晚上在教室集中帮他们核对报名信息").
_OWN_TIME_RE = re.compile(
    r"\s*(?:[\d一二三四五六七八九十]{1,2}\s*[、.)）]\s*)?(?:[^!?。！？；;\n,]{1,12},\s*(?:这|本|上)?|[^!?。！？；;\n]{0,4}?)"
    r"(?:周[一二三四五六日天1-7]|星期[一二三四五六日天]|礼拜[一二三四五六日天]"
    r"|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}\s*[号日]"
    r"|[今昨前明后]天|上午|下午|晚上|中午|早上|傍晚)"
)


def _dated_sentence_of_its_own(low: str, m: _Match, matches: list[_Match]) -> bool:
    """Whether weak "other" work at `m` is alone in a sentence that opens with its own day:
    the day's work, not a part of the stronger work of another sentence ("周四帮学院统计学生寒假
    去向。周五中午开班委会"; "带同学去博物馆参观，晚上写了总结" is one step)."""
    if m.kind != "other" or _REPORT_WORD_RE.search(low, m.start, m.end):
        return False  # "上周（11月9日-11月15日）工作总结：" heads a report
    ends = [e.end() for e in _ITEMSENTENCE_END_RE.finditer(low, 0, m.start)]
    start = ends[-1] if ends else 0
    stop = _ITEMSENTENCE_END_RE.search(low, m.end)
    end = len(low) if stop is None else stop.start()
    return _OWN_TIME_RE.match(low, start, m.start) is not None and not any(
        o is not m and start <= o.start < end for o in matches
    )


def _papers_with_documents(low: str, matches: list[_Match]) -> list[_Match]:
    added = []
    for m in matches:
        if RULES[m.rule_index].document:
            papers = _PAPERS_WITH_DOCUMENT_RE.search(low, m.start, m.end)
            if papers is not None:
                start, end = papers.span("papers")
                added.append(_Match(start, end, _PAPERS_RULE, m.clause, "other"))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


# After an event's name, words that make it a time: "运动会那天", "校运会期间", "晚会结束后去…".
_EVENT_AS_TIME_RE = re.compile(
    r"\s*(?:那天|当天|当晚|那晚|前一天|前一晚|前夕|期间|结束后|结束以后|之后|以后|之前|以前"
    r"|[前后](?=[^,.;!?。；]{0,3}?(?:去|到|开|查|听|和|跟|给|与)))"
)


# An event that was on, told as the reason something fell through (class: the reason, not a
# deed): "晚自习临时取消了（学院在B103有讲座）", "因为学院有个讲座，班会没开".
_EVENT_AS_REASON_RE = re.compile(
    r"(?:[(\[]|因为|由于|因)[^,()\[\]]{0,10}?有(?:个|一个|一场|场)?$"
    # "postponed because of the sports day rehearsal", "cancelled due to the sports meet": the
    # event is why another deed moved (class: an event as a reason).
    r"|\b(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of|clash(?:es|ed|ing)?\s+with)\s+(?:the\s+|a\s+|an\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?$"
)


_EN_EVENT_AS_TIME_RE = re.compile(
    # "check on the 数模 team", "worked on the 大创 report": the object of a verb, not a time.
    r"\b(?:(?<!check\s)(?<!checked\s)(?<!checking\s)(?<!work\s)(?<!worked\s)(?<!working\s)"
    r"(?<!focused\s)(?<!kept\s)on|during|before|after|the\s+(?:day|night|week)\s+(?:before|after))\s+(?:the\s+)?$"
)


# Any word a fell-through clause (`notdone.FELL_THROUGH`) needs.
_FELL_THROUGH_GATE_RE = re.compile(
    r"[没不泡黄作拉取搁未遂乃]|didn|did\s+not|never|fell|happening|no\s+go|so\s+no|cancel|called|scrapped|couldn"
)


def _fell_through_after(low: str, m: _Match, bounds: list[int], matches: list[_Match]) -> bool:
    """Whether a clause of its own later in `m`'s sentence says it did not happen, with no other
    deed between (class: not done, told after the reason: "原来要去听概率论的，上课老师调课了，
    没听成", "查寝一事，因学院临时召会，未果", "was supposed to 查寝 tonight, didn't happen"); not
    when its own clause tells it done ("查了寝，…，没谈成" is another's)."""
    ce = bounds[m.clause + 1]
    if deed_told_done(low, m.start, ce):
        return False
    for c in range(m.clause + 1, len(bounds) - 1):
        if ends_sentence(low, bounds[c]):
            return False
        start, stop = bounds[c] + 1, bounds[c + 1]
        if any(o is not m and o.start < stop and o.end > bounds[m.clause + 1] for o in matches):
            return False  # another deed between (or in that clause): the marker is its
        if fell_through_clause(low, start, stop, m.kind):
            return True
    return False


# A clause of its own that only goes to hear: "学生会组织的讲座，我也去听了".
_ONLY_WENT_TO_HEAR_RE = re.compile(r"\s*(?:我|本人)?(?:也|还|就|都)?$")


def _heard_what_was_named(
    low: str, bounds: list[int], clause: int, start: int, rule: KindRule
) -> bool:
    """Whether a bare "去听" in a clause of its own hears what the clause before it named (class:
    the talk told first, then the going: "下午的讲座，去听了" is the talk, not a class), by the
    rule's own forbidden words, in the same sentence."""
    if rule.forbid_before is None or clause == 0 or not low.startswith("去听", start):
        return False
    cs = bounds[clause] + 1
    if _ONLY_WENT_TO_HEAR_RE.fullmatch(low, cs, start) is None or ends_sentence(
        low, bounds[clause]
    ):
        return False
    return rule.forbid_before.search(low, bounds[clause - 1] + 1, bounds[clause]) is not None


def _moved_and_done(low: str, end: int, ce: int, ne: int, kind: str) -> tuple[int, int] | None:
    """The span of the verb saying that an activity which fell through (ending at `end`,
    its clause at `ce`, the next one at `ne`) was done on another day or, for a contact,
    another way ("电话没人接，后来发了短信"), if one says so."""
    pattern = _REACHED_ELSE_RE if kind in COUNTED_KINDS else _MOVED_DONE_RE
    for pos, stop in ((end, ce), (ce + 1, ne)):
        if pos >= stop:
            continue
        moved = pattern.match(low, pos, stop)
        if moved is not None:
            group = next(name for name, text in moved.groupdict().items() if text is not None)
            if (
                group in ("verb_done_on", "verb_answered")
                and kind not in VERB_KINDS[moved.group(group)[0]]
            ):
                continue  # "班会推迟了，今晚查了": another deed's verb
            return moved.span(group)
    return None


# A named day: 周五, 下礼拜二, 今儿, 明儿晚上, 后天, 12号, 5.20, 十二月三号; a month only with its
# day ("改到六月份再讲" names no day).
_NAMED_DAY = (
    r"(?:下个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天1-7]|今|明|后天|大后天"
    r"|\d{1,2}\s*(?:[号日]|[月./]\s*\d)|[一二三四五六七八九十]{1,3}\s*(?:[号日]|月\s*[一二三四五六七八九十\d])"
)
# Put off to a named day: "改到周五", "挪到明儿晚上了", "推到下礼拜二", "改到这周四了".
_MOVED_TO_DAY_RE = re.compile(
    # "班会改到了这周五": 了 after the verb too.
    # Brought forward as put off: "班会提前到周五" (提前到 as 改到).
    r"(?:改(?:到|在|成|为)|挪到|推到|推迟到|延到|延期到|延后到|推后到|顺延到|调到|换到|放到|提前(?:到|至)"
    # A report's new day: "本周班委会尚未召开，拟于下周一召开", "…未开展，改于12月10日进行".
    r"|(?:拟|改|定|将|计划)于)了?\s*(?=" + _NAMED_DAY + ")"
    # "class meeting moved to Friday", "postponed to next Tuesday", "pushed back till the 14th".
    r"|\b(?:moved|pushed(?:\s+back)?|postponed|put\s+off|shifted|rescheduled|bumped)\s+(?:it\s+)?"
    # "postponed from Friday to Monday": the old day before the new one.
    r"(?:from\s+[^.;!?\n]{1,25}?\s+)?"
    # A Chinese speaker's "to next week Monday", "to 23rd", "to 11.23".
    r"(?:to|till|until|for)\s+(?=(?:next\s+(?:week\s+)?|this\s+(?:week\s+|coming\s+)?)?(?:mon(?!th)|tue|wed|thu|fri|sat|sun)"
    # "moved to the day after tomorrow", "to next tomorrow" (West Africa's day after).
    r"|tomorrow|tmr\b|(?:the\s+)?day\s+after\s+(?:tomorrow|tmr)\b|next\s+tomorrow\b|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\.\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)"
)
# Or to be gone to again on one: "今儿个擦黑儿再去", "明天晚上再开".
_AGAIN_ON_A_DAY_RE = re.compile(
    # "今咯日冇查寝 … 明咯日夜里去": a bare 去 ending its clause after a day to come, the deed
    # left unsaid (class, issue 17, round 16); not 明天去开会 (another errand), 明天想去 (a wish),
    # 这周一定去 (no day named) or 明天才去 / 听日先去 (the corpus reads these as not done).
    r"(?=(?:明天?|后天|大后天|下个?(?:周|星期|礼拜)[一二三四五六日天1-7])"
    r"(?:上午|下午|中午|晚上|夜里|早上)?(?:我)?(?:要|就)?(?:过)?去(?=[\s,.;!?。；]|$))"
    r"|(?=(?:" + _NAMED_DAY + r")[^,.;!?。；\s]{0,6}?(?:再(?:去|来|查|开|听|找|约|打|联系|看)"
    # "周日原定查寝，临时出差没去成，这礼拜三补上": made up on a named day to come.
    r"|补(?:上|查|开|听|一次|回来)(?!了))"
    # "家长电话还没打，明天打", "查寝还没去，明晚去": not done yet, to be done on a named day.
    # The day opens its clause: "原计划明天开" is the plan that fell through, not a new one.
    r"|(?<=[,;\s，；])(?!今)(?:"
    + _NAMED_DAY
    + r")(?:天|儿|个|日)?(?:早上|上午|中午|下午|晚上|晚|夜里|一早)?"
    # A bare 去 ends its clause (明晚去), as above; 明天去开会, 明天开会 are other errands.
    r"(?:就|再)?(?:去(?=[\s,.;!?。；]|$)|来|查|开(?!会)|听|找|约|打|联系|看|谈)(?![了过完的]))"
)
# "…要查寝，我转发给班长了，下周一我自己也去看": the advisor going too on a named day, after a
# deed told as others' (class: the advisor's own, planned for that day; other deeds between).
_I_GO_TOO_ON_A_DAY_RE = re.compile(
    r"(?<=[,;\s，；])(?!今)(?=(?:"
    + _NAMED_DAY
    + r")(?:天|儿|个|日)?(?:早上|上午|中午|下午|晚上|晚|夜里)?"
    r"(?:我|本人)(?:自己|亲自)?(?:也|还)(?:会|要)?(?:亲自)?去(?:看|查|转|听)?(?:看|一下|一趟)?(?=[\s,.;!?。；]|$))"
)
_ASKED_RE = re.compile(r"[?？吗]")

# … or the next sentence opens with the named day it is to be held again on (class: the new day
# a sentence later, after the reason): "班委会今天没开成，班长生病了。下周一再开。", "查寝没去成。
# 明晚再去"; the verb right after 再, so "下周一再说" or "明天再看看吧" name no deed.
_AGAIN_NEXT_SENTENCE_RE = re.compile(
    r"\s*(?:(?:" + _NAMED_DAY + r")(?:天|儿|个|日)?)\s?(?:早上|上午|中午|下午|晚上|晚|夜里)?\s?"
    r"(?:就|我)?\s?再\s?(?:去|开|查|听|找|约|打|联系|谈)(?![了过完的])(?:\s*[。.!！]|\s*$)"
)


# English: to be done on a named day instead, in its sentence or the next ("Tonight's halls
# round called off - a water main went. Doing it next Wednesday instead", "Friday's banhui is
# off. Doing it Monday 28th instead"). Not "moved to Friday" alone: the English corpus records
# nothing for it (s7-03, c1355), unlike 改到周五.
_EN_NAMED_DAY = (
    r"(?:(?:on\s+)?(?:next|this(?:\s+coming)?|coming)\s+|on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs|fri)\b"
    r"|tomorrow\b|(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b"
)
_MOVED_TO_DAY_EN_RE = re.compile(
    r"\b(?:doing|do|holding|hold|running|run|having|have)\s+(?:it|them|that|one)\s+"
    r"(?=(?:" + _EN_NAMED_DAY + r")[^.!?\n]{0,30}?\binstead\b)"
    # "Wanted to visit dorms tonight but had department meeting until 9. So no. I will go
    # Thursday.": the advisor's own go on a named day.
    r"|\b(?:i|we)(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:go|do\s+it|try\s+again|make\s+it\s+up)\s+"
    r"(?=" + _EN_NAMED_DAY + r")"
)


# A word every alternative of _MOVED_TO_DAY_EN_RE holds.
_EN_MOVED_GATE_RE = re.compile(r"\b(?:doing|do|holding|hold|running|run|having|have|i|we)\b")


def _moved_to_a_day(low: str, end: int) -> tuple[int, int] | None:
    """The span of the words that put an activity which fell through (ending at `end`) off to a
    named day, or say it will be gone to again on one, later in its sentence (class: put off to
    a named day is a plan for that day, "今天的听课没去成，临时有会，改到周五": Friday's lesson,
    to be followed up; "寝室没去成，明儿再去"); not when the sentence asks ("班会改到周五吗？")
    or names no day ("推到下学期").
    """
    stop = SENTENCE_END_RE.search(low, end)
    stop_at = len(low) if stop is None else stop.start()
    moved = _MOVED_TO_DAY_RE.search(low, end, stop_at)
    if moved is None:
        moved = _AGAIN_ON_A_DAY_RE.search(low, end, stop_at)
        # Not when other deeds were done in between: "…冇去成 陪佢去了医院 … 听日晚上再去" is
        # the failed deed's (topics._fell_through), not the errand's.
        if moved is not None and "了" in low[end : moved.start()]:
            return None
        if moved is None and "我" in low[end:stop_at]:
            moved = _I_GO_TOO_ON_A_DAY_RE.search(low, end, stop_at)
    if moved is None and stop is not None and not low.isascii():
        moved = _AGAIN_NEXT_SENTENCE_RE.match(low, stop.end())
    if moved is None and _EN_MOVED_GATE_RE.search(low, end) is not None:
        # Its sentence and the next two ("… until 9. So no. I will go Thursday."), in a note
        # with a Chinese word too ("… half of the class was at the mock exam for 英语四级. We
        # will do it on Monday 7.6. instead").
        for _ in range(2):
            after = SENTENCE_END_RE.search(low, stop_at + 1) if stop is not None else None
            stop_at = len(low) if after is None or stop is None else after.start()
        moved = _MOVED_TO_DAY_EN_RE.search(low, end, stop_at)
    if moved is None or _ASKED_RE.search(low, end, min(stop_at + 1, len(low))):
        return None
    # The activity stands where its new day is named, so that day is the nearest ("班会从周一
    # 改到周三了": Wednesday's).
    return moved.end(), moved.end() + 1


# A deed named as the earlier one ("那次查寝", "上回班会") and then as a time ("之后", "以后"):
# a time for what follows, not a deed told (class: the earlier one as a time, "上周四那次cq之后
# 今天又去了一趟": today's visit only); not "上周四查寝之后又找了两个同学谈话" (told, then
# what came after).
_THAT_TIME_BEFORE_RE = re.compile(r"(?:那次|那回|上次|上回)的?\s*$")
_DONE_AGAIN_RE = re.compile(r"又[^,;。]{0,3}?(?:去|来|查|开|听|找)了")
_AS_A_TIME_AFTER_RE = re.compile(r"\s*(?:之后|以后|后(?![来面])|结束后|完了?以后|完之后)")


# The rest of a clause after "周四再去": where another deed's word stands, right after 再 and
# its verb ("周四再去看一下晚自习"; not "明晚去 顺便去看下晚自习", "改到下周一了 夜里就去查了寝").
_CLAUSE_END_RE = re.compile(r"[,;，；。!?！？\n]")
_AGAIN_THEN_ITS_DEED_RE = re.compile(r"[^\s,;，；。顺也还并]{0,6}再[^\s,;，；。]{0,5}")


def _its_own_deed_after(
    low: str, moved: tuple[int, int], kind: str, hits: list[tuple[int, re.Match[str]]]
) -> bool:
    """Whether the day an activity was put off to ("明天下午想开个班委会，然后周四再去看一下晚
    自习") opens another deed of its own kind, named right after it in its clause (class: the
    next deed's day, not the wish's new day: 看一下晚自习 is Thursday's, the meeting is no plan
    for Thursday); "查寝没去成，周四再去" and "班会没开成，周四再开班会" keep the new day."""
    at = moved[0]
    stop = _CLAUSE_END_RE.search(low, at)
    end = len(low) if stop is None else stop.start()
    return any(
        at <= hit.start() < end
        and RULES[index].kind != kind
        and _AGAIN_THEN_ITS_DEED_RE.fullmatch(low, at, hit.start()) is not None
        for index, hit in hits
    )


# The clauses between an activity and its move name no deed done: a reason (因为学院要开会,
# 由于要考试) or nothing else.
_REASON_CLAUSE_RE = re.compile(r"\s*(?:因为|由于|因|because|due\s+to)[^,.;!?。；\n]*$")


# What may open the move's clause: "所以", "只好", "学院临时" (the one who moved it).
_BEFORE_THE_MOVE_RE = re.compile(
    r"\s*(?:所以|只好|只能|临时|就|又|被)?(?:学院|学校|上面|领导)?(?:临时)?\s*"
)


def _moved_on_in_its_sentence(low: str, ce: int) -> tuple[int, int] | None:
    """Where a named day the activity closing its clause (at `ce`) was moved to is told, in
    the clause after it or after a reason's clause ("班会，因为要考试，推迟到周五"); (-1, -1)
    where the sentence asks whether it was moved ("班会，因为要考试，推迟到周五了吗")."""
    stop = SENTENCE_END_RE.search(low, ce)
    stop_at = len(low) if stop is None else stop.start()
    moved = _MOVED_TO_DAY_RE.search(low, ce, stop_at)
    if moved is None:
        return None
    # The move opens its clause, after the reason's clause or none.
    gap = low[ce + 1 : moved.start()]
    head, _, last = gap.rpartition(",")
    if not _BEFORE_THE_MOVE_RE.fullmatch(last):
        return None
    if head and not _REASON_CLAUSE_RE.match(head):
        return None
    if _ASKED_RE.search(low, ce, min(stop_at + 1, len(low))):
        return -1, -1
    return moved.end(), moved.end() + 1


# A talk or report whose audience is the advisors themselves.
_FOR_ADVISORS_RE = re.compile(r"(?:面向|针对|给|为)(?:全体)?(?:班主任|班导师|辅导员)")

_AT_PLACE_RE = re.compile(r"(?:在|于)[^,]{0,6}$")

# "宿舍楼下", "寝室门口": beside the building, not inside it.
_NEAR_THE_PLACE_RE = re.compile(r"楼?(?:下|门口|楼前|附近|旁边?|外面?|对面)")

_DENIED_DORM_RE = re.compile(r"不是[^,]{0,4}?(?:查寝|查宿|查房|走寝|宿舍|寝室)")

_INSTEAD_RE = re.compile(r"\s*(?:而|其实|实际上|只)?是")

_BARE_DORM_WORDS = frozenset({"宿舍", "寝室", "公寓"})


def _only_the_place(low: str, m: _Match, bounds: list[int], matches: list[_Match]) -> bool:
    """Whether a dorm word only says where something else happened ("在3号楼宿舍召开了宿舍长会议",
    "宿舍楼下和几个男生聊天")."""
    if m.kind != "dorm_visit" or low[m.start : m.end] not in _BARE_DORM_WORDS:
        return False
    cs = bounds[m.clause] + 1
    if (
        not _AT_PLACE_RE.search(low, cs, m.start)
        and not _named_instead(low, m, bounds)
        and not _NEAR_THE_PLACE_RE.match(low, m.end)
    ):
        return False
    return any(o.clause == m.clause and o.kind != "dorm_visit" for o in matches)


def _named_instead(low: str, m: _Match, bounds: list[int]) -> bool:
    """Whether `m`'s clause says what was done instead of what the clause before was not
    ("不是查寝，是去宿舍找小王谈心": the dorm is only where the talk was)."""
    cs = bounds[m.clause] + 1
    return (
        m.clause > 0
        and _INSTEAD_RE.match(low, cs, m.start) is not None
        and "不是" in low[bounds[m.clause - 1] + 1 : cs]
    )


_MEETING_KINDS = frozenset({"cadre_meeting", "class_meeting", "theme_meeting"})

_STUDENT_NAMED_RE = re.compile(r"学生|同学|班长|班委|室友|小[\u4e00-\u9fff]")

_NOT_A_CADRE_NAMED_RE = re.compile(r"学生|同学|室友|小[\u4e00-\u9fff]")

_CHAT_HOSTS = _MEETING_KINDS | {"parent_contact", "dorm_visit", "student_activity"}


# "开了班委会，主要跟同学讲了讲专业方向": the clause after a meeting opening with what was
# told to the students there (class: the meeting's students spoken to, none set apart; not
# "会后单独跟同学讲了讲", a talk after it).
_TOLD_AT_THE_MEETING_RE = re.compile(
    r"\s*(?:主要|重点|会上|在会上|就|也|还|并)?(?:跟|给|和|向|对)(?:同学|学生|大家)们?"
    r"(?:讲|说|聊|谈)了?(?:讲|说|聊|谈|一下|下)"
)


# "王浩家长来学校，和王浩一起谈了谈": the student talked with beside the parent, named or
# called the child (class: a talk with the child at the parent's visit is one of its own).
_WITH_THE_CHILD_RE = re.compile(
    rf"(?:和|跟|与|同)(?:孩子|学生|[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?)"
    r"(?![\u4e00-\u9fff]{0,1}(?:家长|妈|爸|父|母|老师))(?:同学)?(?:一起|也|单独|又)?(?=谈|聊)"
)


def _chat_within(low: str, bounds: list[int], m: _Match, kept: list[_Match]) -> bool:
    """ "和张同学的母亲视频通话，聊了聊孩子的近况", "组织线上班会，聊了聊返校安排", "去宿舍走访，
    13号楼，聊了聊工作去向": a chat with no one named, right after a parent contact, a meeting
    or a dorm visit, is part of it."""
    host = kept[-1] if kept else None
    if (
        m.kind == "student_talk"
        and host is not None
        and host.kind == "parent_contact"
        and m.clause - host.clause in (0, 1)
        and _WITH_THE_CHILD_RE.search(low, max(bounds[m.clause] + 1, host.end), m.start + 1)
    ):
        return False
    if (
        m.kind == "student_talk"
        and host is not None
        and host.kind in _MEETING_KINDS
        and m.clause - host.clause == 1
        and (told := _TOLD_AT_THE_MEETING_RE.match(low, bounds[m.clause] + 1)) is not None
        and m.start < told.end()
    ):
        return True
    return (
        m.kind == "student_talk"
        and host is not None
        and host.kind in _CHAT_HOSTS
        and m.clause - host.clause in (0, 1, 2)
        and low.startswith(("聊", "谈了"), m.start)
        # 孩子 here is the parent's child: the subject, not someone talked to. The host's own
        # words do not name anyone else ("喊了班委几个来办公室摆了一哈": the committee met), and
        # the cadres named with a cadres' meeting are its own ("会后把班委留下来又谝了半个钟头").
        and (_STUDENT_NAMED_RE if host.kind != "cadre_meeting" else _NOT_A_CADRE_NAMED_RE).search(
            low,
            max(bounds[m.clause] + 1, host.end if host.clause == m.clause else 0),
            bounds[m.clause + 1],
        )
        is None
        # "上宿舍瞅了瞅他，给带了点儿水果，聊了有半个多钟头", "给她妈妈打了电话 中午带她出去
        # 吃了个饭 聊了一下": one student gone to or taken out is the one talked with.
        and _ONE_STUDENT_DEED_RE.search(low, host.end, m.start) is None
        # "11.2 主题班会 …\n11.3 刘、孙 论文选题谈了下": a pasted line of its own day.
        and _DATED_LINE_RE.search(low, host.end, m.start) is None
        and not _talked_apart(low, host.end, m.start)
    )


# Students talked with apart from the visit or meeting (class: a talk of its own after one):
# "上宿舍唠了唠，有几个考砸了的单独又唠了会儿"; or one told in a sentence after it, "今儿个宿舍也
# 走了。有个孩子晚上哭了，唠到十点多" (not "去宿舍转了转，有几个在打游戏，聊了几句": the visit's).
_TALK_APART_RE = re.compile(r"单独|个别|挨个|一对一")
_SOMEONE_TOLD_RE = re.compile(
    r"[。!?！？;；\n][^。!?！？;；\n]*?有(?:个|一个|几个|两个|俩|仨|[\d三四五六七八九十]+个)"
    r"[^,.;!?。；]{0,10}?(?:孩子|学生|同学|娃|男生|女生|的)"
)


def _talked_apart(low: str, start: int, end: int) -> bool:
    """Whether the words between a visit or meeting and a chat set the chat apart from it."""
    return _TALK_APART_RE.search(low, start, end) is not None or (
        _SOMEONE_TOLD_RE.search(low, start, end) is not None
    )


# A line of a pasted log that opens with its own day (class: several days' notes pasted at once).
_DATED_LINE_RE = re.compile(
    r"\n\s*(?:\d{1,2}\s*[./月-]\s*\d{1,2}|\d{1,2}\s*[号日]|(?:周|星期|礼拜)[一二三四五六日天]|[今昨前]天)"
)


# "讲了讲课程安排，还有宿舍卫生": the dorms listed after what was spoken about, in a clause
# that holds only "and" before them (class: the dorms as a subject of speech, as
# kinds._TOPIC_BEFORE_ZH in the speech's own clause).
_LIST_GOES_ON_RE = re.compile(r"\s*(?:还有|以及|和|跟)\s*")
_SPOKE_OF_RE = re.compile(
    r"[^,]{0,6}?(?:说了说|讲了讲|说说|讲讲|说了一下|讲了一下|强调了?|提了提|提了一下|讲了|说了)"
)


def _spoken_about_after(low: str, bounds: list[int], clause: int, at: int) -> bool:
    return (
        clause > 0
        and _LIST_GOES_ON_RE.fullmatch(low, bounds[clause] + 1, at) is not None
        and _SPOKE_OF_RE.match(low, bounds[clause - 1] + 1, bounds[clause]) is not None
        # "还有宿舍也去看了": gone to after all.
        and _WENT_RE.search(low, at, bounds[clause + 1]) is None
    )


_WENT_RE = re.compile(r"去|查|看|走访|转|跑|到")


# 喊 is Southwest Mandarin's 叫 ("晚黑又喊他出来走了一圈").
_ONE_STUDENT_DEED_RE = re.compile(
    r"(?:看|找|带|陪|叫|喊|约|接)(?:了|了一?下|了?看)?(?:他|她)(?![们爸妈爹娘家父母])"
    # "顺便把张浩叫出来谝了十几分钟": one of them called out of the room by name.
    r"|把[^,.;!?。；]{1,4}?(?:叫|喊|约|拉)了?(?:出来|出去|过来|到一边|到走廊)"
)
# After the parent had gone (class: a talk told after the parent's visit is over is one of its
# own, not that contact): "家长走后又找王浩谈了谈", "送走她妈妈以后跟李娜聊了聊".
_PARENT_GONE_RE = re.compile(
    r"(?:家长|[他她]?[爸妈爹娘]+|父亲|母亲|他|她)(?:走|离开)了?(?:以后|之后|后)"
    r"|送走了?[^,.;!?。；]{0,4}?(?:以后|之后|后)"
)


_BARE_WRITEUP_RE = re.compile(
    r"(?:撰写|写了?|整理了?|完成了?)(?:一?(?:份|篇|个))?(?:活动)?(?:总结|心得|报告|记录)"
)


_BARE_CHATS = frozenset({"聊聊", "聊天", "聊了聊", "聊了一下"})

_WITH_STUDENTS_KINDS = frozenset({"student_talk", "student_activity"})


def _part_of_a_talk(low: str, m: _Match, bounds: list[int], matches: list[_Match]) -> bool:
    """Whether duty work for a student at `m` is part of a talk or an activity with the
    students within two clauses of it, in the same step of the note (no clause after the
    first of them opens a new day or part of the day: "周一下午帮两个同学改简历，和他们谈了谈")."""
    for o in matches:
        if o.kind not in _WITH_STUDENTS_KINDS or abs(o.clause - m.clause) > 2:
            continue
        first, last = sorted((o.clause, m.clause))
        if not any(_OWN_STEP_RE.match(low, bounds[c] + 1) for c in range(first + 1, last + 1)):
            return True
    return False


# Other work done along the way of the deed before it: 顺便, 顺带, 顺手, 捎带.
_ALONG_THE_WAY_RE = re.compile(r"顺便|顺带|顺手|捎带|\balong the way\b|\bwhile (?:i was )?at it\b")


def _other_own_clause(low: str, m: _Match, bounds: list[int], matches: list[_Match]) -> bool:
    """Whether "other" work at `m` opens a clause of its own with its verb ("下午审核材料"), or
    a step of its own after the deed of its clause (`_THEN_OTHER_WORK_RE`)."""
    if m.kind != "other":
        return False
    same = [o for o in matches if o.clause == m.clause and o.kind != "other"]
    if same:
        return all(
            o.end <= m.start and _THEN_OTHER_WORK_RE.match(low, o.end, m.start) for o in same
        )
    if _ALONG_THE_WAY_RE.search(low, max(0, m.start - 4), m.start):
        return False  # "班会上讲了防诈骗，顺便统计了下离校去向": done while at it
    cs = bounds[m.clause] + 1
    if _ITEM_DATE_RE.match(low, cs, m.start) is not None:
        # "3. 11.28 周六给小王单独补了两个钟头数分": a list item of its own day, unless other
        # work of the item holds it ("2. 8.29 迎新，晚上去宿舍每个寝室都走了一遍").
        item_end = _ITEM_END_RE.search(low, m.end)
        stop = item_end.start() if item_end is not None else len(low)
        return not any(o.kind != "other" and cs <= o.start < stop for o in matches)
    filler = _CLAUSE_FILLER_RE.match(low, cs, m.start)
    if filler is None:
        return False
    if filler.end() != m.start:
        if low.startswith("把", filler.end()) and m.start - filler.end() <= 10:
            # "把保研的综测材料审核完了": the object comes before its verb.
            return _OTHER_ACT_RE.match(low, m.end) is not None
        # "填了助学金材料": the verb opens the clause and the "other" word is its object.
        verb = _OTHER_ACT_RE.match(low, filler.end(), m.start)
        return verb is not None and m.start - verb.end() <= 6
    return _OTHER_ACT_RE.match(low, m.start) is not None


# A weekly list's item opening with its own date ("3. 11.28 周六…", "2. 12/23 …").
_ITEM_DATE_RE = re.compile(r"\s*\d{1,2}[./]\d{1,2}(?![\d./])")
# Where a list item ends: a line break or the next item's number.
_ITEM_END_RE = re.compile(r"\n|\s\d{1,2}\s*[.、)]\s")

_VISITS = frozenset({"dorm_visit", "classroom_visit"})


def _continues_a_visit(low: str, m: _Match, bounds: list[int], matches: list[_Match]) -> bool:
    """Whether the weak words at `m` go on from a visit in the clause just before, in a
    clause with no day or step of its own ("去了宿舍派月饼，同留校的同学一起吃了": the meal
    was part of the visit)."""
    return (
        m.clause > 0
        and _CJK_RE.match(low, m.start) is not None  # "…, then saw three students": a step
        and any(o.clause == m.clause - 1 and o.kind in _VISITS for o in matches)
        and _OWN_STEP_RE.match(low, bounds[m.clause] + 1) is None
    )


# "開了開學第一次班會，主要跟同學說明這學期專業方向分流的時程": the clause after a meeting
# opening with what it was mainly about is the meeting's business (class: 主要 after a meeting),
# not weak work of its own.
_MAINLY_RE = re.compile(r"\s*(?:主要|重点|内容)(?:是|就是)?")


def _meetings_business(low: str, m: _Match, bounds: list[int], matches: list[_Match]) -> bool:
    return (
        m.clause > 0
        and _MAINLY_RE.match(low, bounds[m.clause] + 1) is not None
        and any(o.clause == m.clause - 1 and o.kind in _MEETING_KINDS for o in matches)
    )


# "听了一节高等代数，…，下了课跟任课老师交流了一下": a word with the course's teacher after
# sitting in on the class, in the same sentence, is part of the visit.
_COURSE_TEACHER_RE = re.compile(r"任课|授课|上课的?老师")
# A full stop between two digits is a date's or a number's ("to 11.23", "1.5 hours").
SENTENCE_END_RE = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?。！？\n]")


def _teacher_after_class(low: str, m: _Match, matches: list[_Match]) -> bool:
    return (
        m.kind == "other"
        and _COURSE_TEACHER_RE.search(low, m.start, m.end) is not None
        and any(
            o.kind == "classroom_visit"
            and o.end <= m.start
            and SENTENCE_END_RE.search(low, o.end, m.start) is None
            for o in matches
        )
    )


def _talk_with_the_child(low: str, m: _Match, bounds: list[int]) -> bool:
    """ "他家长说之后再说，今天先跟他谈了谈": 他 is the child whose parent was named before
    (class: 他家长 then 跟他 in a step of its own), the talk no part of the parent contact."""
    cs = bounds[m.clause] + 1
    return (
        m.clause > 0
        and _OWN_STEP_RE.match(low, cs) is not None
        and _WITH_HIM_RE.search(low, cs, m.end) is not None
        and _HIS_PARENT_RE.search(low, 0, cs) is not None
    )


def _names_a_student(low: str, m: _Match, bounds: list[int]) -> bool:
    cs, ce = bounds[m.clause] + 1, bounds[m.clause + 1]
    if _STUDENT_WORD_RE.search(low, cs, ce) is not None:
        return True
    # Run-together clauses lose no record: in "周四给2位家长打电话，周五和张伟谈心" the talk
    # opens its own clause with its own day and names its own person, so it is not the call.
    if _talk_with_the_child(low, m, bounds):
        return True
    return (
        m.clause > 0
        and _NAMED_WITH_RE.match(low, m.start) is not None
        and _PARENT_WORD_RE.search(low, m.start, m.end) is None
        and (
            _OWN_STEP_RE.match(low, cs) is not None
            # "给王浩家长打了电话，和刘洋聊了聊": a student named by surname and name right
            # before the talk's verb, in a clause after the call's, is no parent.
            or _SURNAME_NAME_TALK_RE.match(low, m.start) is not None
        )
    )


# A parent named as his or hers: 他家长, 她妈妈, 他的父母.
_HIS_PARENT_RE = re.compile(r"[他她]的?(?:家长|妈妈?|爸爸?|父母|父亲|母亲|爹|娘)")


# "和刘洋聊了聊", "跟小李谈了谈": with a name (a surname and one or two characters, or 小 and a
# surname) right before the talk's verb; not a teacher (刘老师) or a parent (刘妈妈).
_SURNAME_NAME_TALK_RE = re.compile(
    rf"(?:与|和|跟|同|找|约)\s*(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?|小[{SURNAMES}])"
    # "和王浩一起谈了谈": together with the parent, still the student's own talk.
    r"(?<![老师长任记导爸妈父母])(?=(?:同学)?(?:一起|一块儿?|也|单独)?(?:聊|谈|沟通|交流|见了?面|说了))"
)


# A sentence or a line that opens with a day of its own: a log's next row ("9月24日:家长电话,2人
# / 9月25日:个别谈话,3人", class: a talk on its own day is no part of the call the day before).
_NEW_DAY_STEP_RE = re.compile(
    r"[!?。！？；;\n]\s*(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}[./-]\d{1,2}(?![\d.:])|(?:周|星期|礼拜)[一二三四五六日天]"
    r"|今天|昨天|前天|today|yesterday)"
)

# A clause that opens a new step of the note: a day, a part of the day or "then".
_OWN_STEP_RE = re.compile(
    # A list item opens with its own date too ("2. 12/23 给5个家长打了电话 / 3. 12/26 跟小陈谈了").
    r"\s*(?:(?:周|星期|礼拜)[一二三四五六日天1-7]|今天|昨天|前天|今晚|昨晚|\d{1,2}\s*[号日]|\d{1,2}月"
    r"|\d{1,2}[./]\d{1,2}(?!\d)"
    # … or with a northern spoken day ("跟他妈通了电话 今儿个又找小刘唠了唠").
    r"|"
    + "|".join(word for word, _ in SPOKEN_DAYS)
    + r"|上午|下午|晚上|中午|然后|之后|接着|随后|另外|还)"
)

# "和张伟谈心": the talk names who it was with.
_NAMED_WITH_RE = re.compile(
    r"(?:与|和|跟|同|找|约)\s*(?![他她你我大家])(?![^,]{0,4}?[爸妈父母])[\u4e00-\u9fff]{2,3}"
)
