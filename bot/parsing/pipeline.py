"""The parsing pipeline: find activities and dates in the normalised note, split it, fill in details.

A note is scanned once for activity words and once for date expressions. Each activity
gets the stretch of text up to the next one (cut at the last clause break between them),
and its date and details come from that stretch, so "班会1小时，宿舍走访1小时" gives two
activities of one hour each and "上周一听课，周三查寝" gives two dates.

An activity word records nothing when its clause asks, requests or negates it (没去查寝, 班会
取消了, "was cancelled"), says what it was not (不是查寝), wishes it (想带学生去…), puts it off
to an undated later (等考完试再…, 找个时间…) or hands it to someone else (拜托王老师); when
the clause before only sets a condition (如果天气好的话，…); or when the clause after says the
advisor was not there or the call did not go through (…，我没参加; …，没打通). An activity
named as a meeting's subject ("班委会，商量团日活动", "meeting about the sports meet") is
the meeting's topic, not an activity of its own. Nor does one that someone else did
(辅导员今天去查寝了, 王老师替我听了一节课) or that is only a reason ("because of a faculty meeting").

Some of these come back: a question the next clause answers with the deed ("听课？上周三听过了"),
an activity that fell through and was then done on another day ("班会周一没开成，改到周三开了",
"so we held it Wednesday", dated by that clause), one done after all ("本来想去查寝，后来还是去了")
and a call that failed before a message reached the parent ("没人接，后来发了短信").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import NamedTuple

from bot.parsing import details, mixed
from bot.parsing.dates import DateMention, find_dates, is_plan
from bot.parsing.gates import gated
from bot.parsing.kinds import COMBINED_EN_RE, COMBINED_ZH_RE, RULES
from bot.parsing.normalise import normalise

_COUNTED_KINDS = frozenset({"parent_contact", "student_talk"})

# Clause breaks. A dot is a break unless it sits between digits (11.19, 1.5小时).
_HARD_SEP_RE = re.compile(
    # The lookahead lists every first character: most positions fail on one set test.
    r"(?=[,;!?。；\n+&.)/a①-⑳ 一二三四五六七八九十])(?:"
    r"[,;!?。；\n+&①-⑳]|(?<!\d)\.|\.(?!\d)|(?<=\b\d)\)|(?<=\s)/(?=\s)"
    # "一、查寝2次（周一、周四）二、谈心3人": a Chinese item number opens an item (not the
    # weekdays 周一、周四 or 第一、).
    r"|(?<![周期拜第\d一二三四五六七八九十])[一二三四五六七八九十](?=、(?![一二三四五六七八九十周]))"
    # "今天班委会 定了团日活动 完了去宿舍转了一圈": typed on a phone, a space before a word that
    # opens a new step (a day, "then") ends a clause.
    # A tally's count ends its item too ("大前天 家长x2 前天 谈心1", "谈了6个 家长x3").
    r"|(?:(?<=[\u4e00-\u9fff])|(?<=[x×]\d)) (?=[\u4e00-\u9fff]{1,4}\s*[x×]\s*\d)"
    r"|(?:(?<=[\u4e00-\u9fff])|(?<=[x×]\d)) (?=(?:今天|昨天|前天|今早|昨晚|然后|完了|之后|接着|随后|另外|还有|上周|这周|本周"
    # "周一 听课 周二 查寝": the day may stand alone before its item.
    r"|周[一二三四五六日天]|星期[一二三四五六日天])\s?[\u4e00-\u9fff])"
    # A part of the day opens a step too, unless it follows its own day ("周一 下午").
    r"|(?<=[\u4e00-\u9fff])(?<![一二三四五六七日天号末])(?<!今晚|昨晚) (?=(?:上午|下午|中午|晚上|早上|傍晚)[\u4e00-\u9fff])"
    # "called 2 parents yesterday and 1 more today": what follows is the same again.
    r"|(?<=\s)and(?=\s+(?:\d+|one|two|three|four|five|another)\s+more\b)"
    # … after an emoji too ("表交了✌️ 另外…"), and before a coming day, "by the way" or a
    # question to the bot about it ("聊了几句 这个算不算谈心？"); not before 结果 ("as it turned
    # out"), which tells whether the clause before came off.
    r"|(?<=[\u4e00-\u9fff\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]) (?=(?:明天|后天|下周|顺便"
    r"|另外|然后|还有|这个|这种|这样|这算|请问|想问|问一下|算不算)[\u4e00-\u9fff]))"
)
_EN_SOFT_SEP = r"\b(?:and\s+then|then|afterwards|later|also|and|plus)\b"
_SOFT_SEP_RE = re.compile(
    r"然后|之后|随后|接着|后来|另外|此外|并且|同时|上午|下午|中午|晚上|傍晚|早上|" + _EN_SOFT_SEP
)
_EN_SOFT_SEP_RE = re.compile(_EN_SOFT_SEP)


QUESTION_ZH_FIRST = "什何几可吗呢哪在多如怎想是有能要请问来"
_QUESTION_ZH_RE = gated(
    QUESTION_ZH_FIRST,
    # "主题班会:如何适应大学学习", "讲了怎么和室友相处": a title or a subject, not a question.
    r"几点|什么时候|何时|哪天|哪一天|哪里|在哪|(?<![:讲谈聊享于习论—\-])(?<!:\s)(?<![讲谈聊说论流享绍教]了)(?:怎么|如何)|是否|要不要|能不能|可不可以|有没有|多少|几次|吗|呢\s*$"
    r"|想问|问一下|问下|请教一下"
    # "研讨会是明天还是后天来着": which was it again, a choice of days.
    r"|来着|是(?:今天|明天|后天|昨天|前天|这周|下周|上周|周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}[号日])[^,]{0,4}?还是",
)
# "麻烦帮我记录一下：…", "could you please log a class meeting …": asked to log it, the deed
# is told.
_LOG_IT_ZH = r"(?:您|你)?(?:帮(?:我|忙)?)?(?:记录|登记|记一下|记下|录入|备注|记个|记上)"
_LOG_IT_EN = r"(?:please\s+|pls\s+|plz\s+|kindly\s+)?(?:log|record|note|add|register)\b"
_LOG_REQUEST_RE = re.compile(
    rf"\s*(?:(?:hi|hello|dear\s+\w+)\s*,?\s*)?(?:(?:can|could|would|will)\s+you\s+{_LOG_IT_EN}|(?:请|麻烦){_LOG_IT_ZH})"
)
_QUESTION_EN_RE = re.compile(  # used with .match(low, clause start, clause end)
    rf"(?!\s*(?:can|could|would|will)\s+you\s+{_LOG_IT_EN})"
    r"\s*(?:when|where|how|what|which|who|why|is|are|can|could|should|shall|may\s+(?:i|we)|would|"
    r"will\s+(?:i|we|you)|do(?:es)?\s+(?:i|we|you|they|he|she|it|anyone|the)|"
    r"did\s+(?:you|we|i|they|anyone)|has\s+anyone|have\s+(?:you|we|i))\b"
)
_REQUEST_RE = re.compile(  # used with .match at the note's or the clause's start
    rf"(?!\s*(?:(?:请|麻烦){_LOG_IT_ZH}|{_LOG_IT_EN}))"
    # "请系主任给新生做了讲座": someone invited, who then did it.
    r"\s*(?:请(?!了|学长|学姐|师兄|师姐|校友|专家|嘉宾|[^,]{0,10}?(?:做了|作了|讲了|来了))|记得|别忘|提醒|麻烦|务必|通知|转发|温馨提示|辛苦(?:各位|大家|老师们)"
    # "各位老师好，今天…": a greeting opens the note, no request.
    r"|各位(?:老师|班主任|同事)(?!们?(?:好|晚上好|早上好|下午好|晚安))|老师们(?!好)"
    r"|大家(?:注意|记得|尽快|抓紧)|please|pls|plz|remember\s+to|"
    r"don'?t\s+forget|reminder"
    # "收到学院通知：各班须于3月20日前上报…": a notice received, quoted after its colon.
    r"|收到[^,:]{0,12}?(?:通知|文件|要求)\s*:)"
)
# A heading that makes what follows a to-do list.
TODO_HEAD_FIRST = "nrt备待提给"
_TODO_HEAD_RE = gated(
    TODO_HEAD_FIRST,
    r"(?:提醒自己|给自己提个醒|备忘|待办(?:事项)?"
    r"|\bto-?do(?:\s+list)?|\bnote\s+to\s+self|\breminder\s+to\s+self)\s*:",
)
_NEG_BEFORE_RE = re.compile(
    r"(?:没(?!有?(?:想到|料到|注意到))有?|未能|未曾|并未|尚未|还没|不用|不必|不需要|不要|取消|推迟|暂停|暂不|没能|无法|不再"
    # "忘了记录：昨天查寝" forgot to log it, not to do it; "不是查寝，是去谈心" names what it was not
    r"|忘(?:了|记)(?!记录|登记|填|报|录|写|说|提交|上报|打卡)|(?<![是])不是"
    # wishes, hypotheses, plans that fell through, and "later, once …": nothing done yet
    r"|如果|假如|(?<![主重需只])要是|万一"
    r"|本来|原本|原定|原计划|原打算|等[^,]{1,12}?(?:再|以后|之后)|找个?时间|(?:还得|还要|得)等|改天|回头再|有空(?:的时候|时)?再|过段时间|过阵子|以后再"
    r"|未(?=[去开进查联谈召组参到])|(?<![要])不(?=[去开进查联谈召组参到听走]|$))"
    # "假期还没结束就有家长打电话来": what has not ended is not the activity.
    # "给两个没返校的学生家长打了电话": a negation inside a clause about the people is no negation.
    r"(?!结束|放假|开学|下课|毕业|到)(?![^,]{0,6}?的(?:学生|同学|孩子|人|家长|\s))[^,]{0,6}$"
    # "the students who missed the exam were talked with": the people's own, no negation.
    r"|(?<!\bwho\s)(?<!\bwhom\s)(?<!\bthat\s)"
    r"\b(?:didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not|not\s+yet|never|no|"
    # "the postponed dorm visit was made tonight": one put off before, told now.
    r"cancel(?:l)?ed|(?<!\bthe\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bthis\s)postponed|forgot\s+to(?!\s+(?:log|record|report|mention|add|enter|write))|skipped|missed|"
    r"couldn'?t|could\s+not|can'?t|cannot|can\s+not|won'?t|will\s+not|wasn'?t\s+able\s+to|"
    r"weren'?t\s+able\s+to|failed\s+to|unable\s+to|instead\s+of|would\s+like\s+to|hope\s+to|"
    r"wanted\s+to|want\s+to|meant\s+to|skip|skipping|need\s+to|needs\s+to|have\s+to|has\s+to|got\s+to"
    r"|gotta|should)\b(?:\s+\S+){0,4}\s*$"
)
# Said right after the activity (anchored at its end) ...
_NEG_AFTER_RE = re.compile(
    r"\s*(?:❌|✗|✘|✖|×|未完成|没完成)|[^,]{0,4}?(?:被)?(?:取消|推迟|延期|改期|暂停|改到|改在|改成|调到|调整到|挪到|推到|延到)|[^,]{0,2}没(?:开|去|成)|[^,]{0,6}?(?:不|别)(?:用|必|需要)?(?:开|去|查|听|搞|办|进行)(?!错|少|多|好|了解|过来)|[^,]{0,4}?(?:原定|原计划|本来定|原本定)|[^,]{0,10}?(?:被|给)?(?:取消|推迟|延期|改期|暂停)了"
    # "本周的班会因为运动会推迟到下周了": put off to a later day (done after all: _MOVED_DONE_RE).
    r"|[^,]{0,10}?(?:推迟|延期|改期|挪|调|延|撂|搁|放)到"
    # "主题班会 推了", "班会往后推了": put off, no day yet (not 推荐, 推了一个人选).
    r"|[^,]{0,4}?(?:往后|向后)推|[^,]{0,4}?推(?:掉|后)?了(?=[^\u4e00-\u9fff\d]*$)"
    # "dorm check got rained out".
    r"|(?:\s+\S+){0,2}?\s*(?:got|was|were|been)\s+(?:rained|snowed)\s+(?:out|off)\b"
    r"|(?:\s+\S+){0,5}?\s*\b(?:was|were|got|has\s+been|is|had\s+been|(?:had|has|have)\s+to\s+be|will\s+be|must\s+be)\s+(?:cancel|postpon|moved|called\s+off)"
    r"|(?:\s+\S+){0,2}?\s*(?:moved|pushed|shifted|rescheduled|postponed)\s+(?:to|back|until|till)\b"
    r"|\s*(?:cancel(?:l)?ed|postponed|called\s+off|rescheduled)\b"
    r"|(?:\s+\S+){1,2}?\s+(?:cancel(?:l)?ed|postponed|called\s+off|rescheduled)\b"
    r"|[^,]{0,6}?等[^,]{1,12}?(?:再|以后|之后)"
)
# A word every alternative above needs: without one after the activity, the lazy windows
# need not be tried (a test checks that it covers the pattern).
_NEG_AFTER_GATE_RE = re.compile(
    r"[❌✗✘✖×未没取推延改暂调挪不别原本等撂搁放]|cancel|postpon|moved|pushed|shifted|reschedul|called|rained|snowed"
)
# ... or anywhere after it in its clause. The lookahead lists every first character, so most
# positions fail on one set test.
NEG_LATER_FIRST = (
    "'cdfhmnsw下以先免回委得打托拜改放有未没算缓联请过还无到明后周我替那说爽拉白扑泡吹黄"
)
_NEG_LATER_RE = gated(
    NEG_LATER_FIRST,
    r"\b(?:will|'ll|has\s+to|have\s+to|must|can)\s+(?:have\s+to\s+)?wait\b"
    # "will hold a class meeting sometime next week": no day yet.
    r"|\bsome\s?time\s+(?:next|this|later|in\s+the)\b"
    # "听课的事拜托王老师了": handed to someone else; "打电话，没打通": the call did not go through
    # "都打了电话 一个没打通": one of several not reached is no failure of the calls.
    r"|拜托|委托|托[^,]{0,6}代|请[^,]{0,8}代(?:为|我)|(?<![个位名])(?:没打通|打不通|没人接|没接|未接通|没联系上|联系不上|无人接)"
    r"|\b(?:no\s+(?:one\s+)?answer(?:ed)?|didn'?t\s+(?:pick\s+up|answer|get\s+through))\b"
    r"|\b(?:didn'?t|did\s+not|never)\s+(?:happen|take\s+place|go\s+ahead)\b|\bfell\s+through\b|没(?:能)?(?:进行|举行|成行)"
    # "查寝这周就免了吧", "听课的事先放一放", "班会等期末考完再开", "家访还得等家长有空".
    r"|免了|算了|先?放一?放|缓一?缓|先不|(?:还得|还要|得)等"
    # "14号的班会因为考试调整没开": not held, said at the clause's end.
    r"|没(?:开|去|查|听|办)成?$"
    # "查寝的事下次再说": put off to another time.
    r"|(?:下次|以后|回头|改天|过几天|过两天|有空|到时候?|明天|后天|下周|周末)再(?:说|去|弄|搞|查|开|聊|谈|联系)"
    # Voice notes run on without a break: "…没进去 嗯 改天吧", "他爸临时加班 说改天吧",
    # "我这边有课去不了 让小孙老师替我听了".
    r"|改天吧|那就改天|说改天|我[^,]{0,6}?(?:去不了|参加不了|来不了|没法去|没法参加|赶不上)|替我(?:听|去|参加|开)"
    # "约了小张谈心 他没来", "班会黄了", "查寝这周就拉倒吧", "去听课 … 白跑一趟": the other side
    # did not come, it fell through (northern 黄了, 泡汤, 拉倒), or the trip was in vain.
    r"|(?<=[他她们生方长])(?:没来(?![上学校得])|没到|爽约)|放了?我?鸽子"
    r"|黄了|泡汤了?|吹了|拉倒|白跑了?一?趟|扑了?个?空",
)
# "提醒学生查寝时间", "通知大家今晚班会": what students are told of is no activity of the advisor.
_TOLD_BEFORE_RE = re.compile(
    r"(?:提醒|通知|告诉|叮嘱|转告|告知)(?:一下)?(?:学生|同学|大家|他们|全班|班长|班委|各寝室)[^,]{0,6}$"
    # "学院开会说下周要查寝": what someone said is to be done is a notice, not a record.
    r"|(?:说|要求|提到|强调)[^,]{0,6}?(?:要|需要|必须|务必)[^,]{0,6}$"
    # "学院通知周五开班主任会议": a notice of it.
    r"|(?:学院|学校|学工办?|学工部|辅导员|系里|上级|教务处?|团委)(?:发了?)?(?:个|一个)?通知(?:说|要求)?[^,]{0,8}$"
)
# Said in the clause after the activity: the advisor was not there ("学生们自己开了班会，我没参加"),
# the call failed ("想给家长打电话，没打通").
_NOT_THERE_NEXT_RE = re.compile(  # used with .match(low, pos): anchored at the clause start
    r"\s*(?:但是?|可是|不过|结果|but\s+)?(?:我(?:没有?|未)(?:参加|参与|去|到场|出席|在场|赶上)"
    r"|我[^,]{0,3}?(?:出差|请假|在外地|不在学校|不在场)"
    # "跟小周约了谈话，他没来": the other side did not come.
    r"|(?:他|她|他们|她们|学生|同学|对方)[^,]{0,4}?(?:没来|没到|没出现|失约|爽约|放了?我?鸽子)"
    # "约了家长视频，对方临时取消了": the other side called it off.
    r"|(?:他|她|他们|她们|学生|同学|对方|家长|家里)[^,]{0,4}?(?:临时|突然|又)?(?:取消|推迟|改期|来不了|有事来不了)"
    r"|(?:the\s+)?(?:other\s+side|parents?|mother|father|mom|dad|student|he|she|they)\s+(?:\w+\s+)?"
    r"(?:cancel(?:l)?ed|called\s+(?:it\s+)?off|didn'?t\s+(?:show|come|turn\s+up)|never\s+(?:showed|came))"
    r"|我[^,]{0,6}?(?:去不了|参加不了|来不了|没法去|没法参加|赶不上|不能去|不能参加|没(?:能)?(?:去成|参加成|赶上))"
    r"|我(?:在外地|不在|出差)[^,]{0,8}(?:没|未)|(?:一直|都|还是|始终|也|却)?(?:没(?:打通|人接|接通?|联系上)|打不通|联系不上)"
    r"|(?:but\s+)?i\s+(?:wasn'?t|was\s+not)\s+there|i\s+(?:didn'?t|did\s+not|couldn'?t|could\s+not|wasn'?t\s+able\s+to)\s+(?:attend|go|join|make\s+it)"
    r"|no\s+(?:one\s+)?answer|(?:neither|nobody|none\s+of\s+them)\s+(?:answered|picked\s+up)"
    r"|(?:but\s+)?(?:i\s+)?missed\s+(?:both|it|them|all|the\s+calls?)\b"
    # "the counselor went to the dorms yesterday, not me", "辅导员去查的，不是我".
    r"|not\s+me\b|不是我(?!们)"
    # "准备下周开个班会，时间还没定": a plan with no day yet.
    r"|(?:具体)?(?:时间|日期|日子)(?:还|都|也)?(?:没|未|待|不)(?:有)?(?:定|确定|决定)|待定)"
)
# "听课？上周三听过了", "dorm check? did it yesterday": a question the next clause answers with
# the deed done (and nothing negated or asked there).
_ANSWERED_RE = re.compile(
    r"(?![^,?]*(?:没|不|未|吗|呢|\bnot?\b|n't\b))"
    # "今天查寝了吗？查了，3栋": the answer is the deed.
    r"(?:\s*[听查开去联谈打走看访]了(?![^,?]{0,2}吗)"
    r"|[^,?]{0,12}?(?:已经|早就|[听查开去联谈打走看访]过|[听查开去联谈打走看访]完了)"
    r"|\s*(?:yes,?\s*)?(?:already\s+)?(?:did|done|went|held|had)\s+(?:it|that|one)\b)"
)
# "班会周一没开成，改到周三开了", "couldn't hold it on Monday, so we held it Wednesday": the
# activity that fell through was done on another day after all (the verb is its anchor).
_MOVED_DONE_RE = re.compile(
    r"[^,]{0,12}?(?:改(?:到|在|成)|挪到|推到|推迟到|延到|调到|换到|放到)[^,]{0,10}?"
    r"(?P<verb>(?:开|去|查|听|进行|举行|召开|办|打)(?:了|完|过|的))"
    # "本来想去查寝，后来还是去了": done after all.
    r"|[^,]{0,6}?(?:后来|最后|最终|但)?(?:还是|仍然|依然|照样)(?P<verb_still>(?:去|开|查|听|联系|打|找)了)"
    # "原定周二的家访改到今天了，已经去过了": the next clause says it was done.
    r"|\s*(?:已经|已)(?P<verb_done>(?:去|开|查|听|联系|打|访|做|办)(?:过|完)了?)"
    # "周一的查寝因为下雨取消了，周三补上了": made up on another day.
    r"|[^,]{0,8}?(?P<verb_made_up>补(?:上|开|查|做|办)?了)"
    r"|\s*(?:so\s+|and\s+|but\s+|instead\s+)*(?:we|i)\s+(?P<verb_en>(?:held|did|had|ran|made)\s+it)\b"
    # "the postponed class meeting finally happened today".
    r"|\s*(?:finally|eventually|at\s+last)\s+(?P<verb_happened>happened|took\s+place|went\s+ahead|was\s+held)\b"
    r"|[^,]{0,12}?\bbut\s+(?:(?:i|we)\s+)?(?:still\s+|then\s+)?(?P<verb_after_all>ended\s+up\s+\w+ing|went\s+anyway|did\s+it\s+anyway)\b"
)
_REACHED_ELSE_RE = re.compile(
    f"{_MOVED_DONE_RE.pattern}"
    r"|[^,]{0,8}?(?:后来|改为|改成|然后|就|只好|于是|又)[^,]{0,4}?"
    r"(?P<verb_else>发了?(?:个|条|一条)?(?:短信|微信|消息)|留了?言|微信(?:联系|沟通)了?|视频(?:联系|沟通)了?|电话(?:联系|沟通)了?)"
    # "莫人接 晚上又打了一次 打通了": the call tried again went through.
    r"|[^,]{0,12}?(?:又|再)[^,]{0,8}?(?P<verb_through>打通了|接通了|联系上了)"
    r"|\s*(?:so\s+|then\s+|and\s+)*(?:i\s+)?(?P<verb_else_en>(?:texted|messaged|wechatted|emailed|left\s+a\s+message))"
)
# A wish is not a deed: "想带学生去科技馆参观", "想给小李家长打电话".
_WISH_RE = re.compile(
    r"(?<![思理感联猜回])想(?:要|着)?(?:(?:去|给|找|带|跟|和|让|组织|开|办|搞|约|请)[^,]{0,10})?$"
    # "我想下周找时间跟家长聊聊": a day or a time between the wish and the deed.
    r"|(?<![思理感联猜回])想(?:要|着)?(?:下周|明天|后天|周末|这周|本周|过几天|找时间|有空)[^,]{0,10}$"
)
# News of it is not the advisor's activity: "美赛成绩出来了".
_NEWS_AFTER_RE = re.compile(
    r"[^,]{0,4}?的?(?:成绩|结果|名单|获奖名单|排名)(?:已经?|都|终于)?(?:出来|公布|揭晓|下来|发布)"
    # "MCM results out!!", "数模 scores were announced".
    r"|\s+(?:results?|scores?|rankings?|grades?|awards?|prizes?)\s+(?:are\s+|were\s+|is\s+|was\s+"
    r"|have\s+been\s+|has\s+been\s+|just\s+|finally\s+|came\s+)*(?:out|in|announced|released|published|posted)\b"
)
# An instruction is not a deed ("国庆期间注意安全教育", "做好考研动员"), and how to do it is a
# subject ("讲了怎样和学习困难的学生沟通").
_INSTRUCTION_RE = re.compile(
    r"(?:注意|做好|加强|抓好|落实|重视|强化)(?:好|一下)?$|(?:怎样|如何|怎么)(?:去|来)?$"
)
# Someone else did it: "辅导员今天去查寝了", "王老师替我听了一节课".
# Used with .match(low, clause start, activity start).
_STAFF_ZH = r"辅导员|[\u4e00-\u9fff]老师|其他老师|别的老师|同事|领导|院长|书记|学院领导|导员"
# ...unless the advisor was with them ("我们班" names the class, not the advisor).
# "陈老师带他们班搞了个派对": leading their own class is still theirs.
_NOT_WITH_ME_ZH = r"(?![^,]*(?:我(?!们?(?:班|系|学院|年级))|和|跟|与|同|陪|带(?![他她]们?班)))"
_OTHER_DOER_RE = re.compile(
    rf"\s*(?:{_STAFF_ZH}|(?:院|校)?学生会|社团|团委|其他班|别的班|隔壁班|兄弟班级)"
    rf"{_NOT_WITH_ME_ZH}[^,]{{0,12}}$"
)
# "班长说宿舍卫生检查结果出来了": what a student reports is no deed of the advisor's, unless the
# next clause says the advisor took part ("班长说下周一开班会，我去参加").
_STUDENT_SAYS_RE = re.compile(
    r"\s*(?:班长|班干部?|班委|学生|同学|家长|宿管|楼长|室友|舍长|他|她)[^,]{0,4}?(?:说|反映|提到|告诉我)[^,]{0,8}$"
)
# "辅导员去查寝了，发现两个寝室卫生不合格": a clause going on without a subject of its own
# continues the one before it, so what someone else did goes on being theirs.
# "和辅导员一起送到医院": with the advisor, not instead of them.
_STAFF_SUBJECT_RE = re.compile(
    rf"\s*(?:(?![和跟与同陪])[^,]){{0,4}}?(?:{_STAFF_ZH}){_NOT_WITH_ME_ZH}"
)
_CARRIED_ON_RE = re.compile(r"\s*(?:并且?|还|又|也|顺便|然后|随后|发现|看到|检查了?)")
# "本来要开班委会，结果好几个班委去参加比赛了": students busy elsewhere, given as the reason.
_STUDENTS_AWAY_RE = re.compile(
    # "结果一半人要去参加竞赛选拔": some of them, not "我一个人".
    r"\s*(?:结果|因为|由于|但是?|可是)[^,]{0,4}?(?:班委|班干部?|学生|同学|班长|团支书|(?<![我个])人)们?"
    r"(?![^,]*(?:我|带|陪|指导))[^,]{0,8}$"
)
# "they want a fixed room for 晚自习", "数模 team will do the 五一数模 contest": what the
# students want or will do themselves is theirs, not the advisor's (unless the advisor goes too).
_THEY_WANT_RE = re.compile(  # used with .match(low, clause start, activity start)
    r"\s*(?:they|he|she|the\s+(?:students?|class|monitor|team)|students?|班长|班委|同学们?)\s+"
    r"(?:want|wants|wanted|asked|asks|need|needs|hope|hopes|requested|suggested|said|says)\b"
)
_THEY_WILL_AFTER_RE = re.compile(  # used with .match(low, activity end, clause end)
    r"\s+(?:team|group|club|students|guys|kids)\s+(?:will|'ll|are\s+going\s+to|is\s+going\s+to"
    r"|plans?\s+to|are\s+planning\s+to|gonna)\b"
)
_THEY_WILL_BEFORE_RE = re.compile(  # used with .search(low, clause start, activity start)
    r"(?:\bthey|\b(?:students|team|group|club))\s*(?:will|'ll|are\s+going\s+to|plans?\s+to)\s+(?:\S+\s+){0,4}[^\s,]*$"
)
# Said later in the activity's clause of a mixed note: "will ask them to share at a 班会
# sometime" (no day at all), "约了陈思雨聊 but she had a 实验课 clash" (the other side could not come).
_FELL_THROUGH_EN_RE = re.compile(
    r"\bsome\s?(?:time|day)\s*(?:$|[.;!?]|soon\b)"
    r"|\bbut\s+(?:she|he|they|the\s+\w+)\s+(?:had\s+(?:a\s+)?(?:\S+\s+){0,3}?clash|couldn'?t\s+(?:make\s+it|come)"
    r"|was\s+(?:busy|sick|ill|away)|were\s+(?:busy|away)|cancel(?:l)?ed|didn'?t\s+(?:show|come|turn\s+up))"
)
_I_GO_TOO_RE = re.compile(r"\bi(?:'ll|\s+will)\s+(?:go|join|accompany|attend|be\s+there|take)\b")
_I_TOOK_PART_RE = re.compile(r"\s*我[^,]{0,4}?(?:参加|去|到场|出席|旁听|看)")
_OTHER_DOER_BEFORE_RE = re.compile(r"(?:替|代)我")
# "主题班会 tonight: 考研 or 工作?": the meeting's time may stand before its title's colon.
_TITLE_COLON_RE = re.compile(r"(?:班会|团会|主题|讲座|报告|题目|\btopic)[^,.;!?。；:]{0,12}?:")
# "Theme class meeting this evening: 'Why mathematics?'": the question is its title.
_EN_TITLE_COLON_RE = re.compile(
    r"\b(?:meetings?|talks?|lectures?|sessions?|seminars?|workshops?|assembly|theme|title|subject)\b"
    r"[^,.;!?:]{0,20}?:"
)
# A note whose items open with a tick or a cross: each mark belongs to the item after it.
_MARK_LEAD_RE = re.compile(r"\s*[✔✓√✅☑✘✗×❌✖]")
_CROSS_BEFORE_RE = re.compile(r"[✘✗×❌✖]\s*$")
_CROSS_AFTER_RE = re.compile(r"\s*[✘✗×❌✖]")
_FOR_ME_RE = re.compile(r"\b(?:for\s+me|on\s+my\s+behalf|in\s+my\s+place|instead\s+of\s+me)\b")
_I_FIRST_RE = re.compile(r"[^,]{0,12}?\b(?:i|we)\b")
# "planned to visit the dorms but had a faculty meeting": meant, then not done (unless what
# was meant was to skip it: "was going to skip the seminar but ended up attending").
MEANT_TO_FIRST = "himptw"
_MEANT_TO_RE = gated(
    MEANT_TO_FIRST,
    r"\b(?:planned|was\s+going|were\s+going|meant|intended|hoped|tried|was\s+supposed|were\s+supposed)\s+to\b(?:\s+\S+){0,3}\s*$"
    # "was gonna do 查寝 tonight but …", "planned a 班会 tonight but …".
    r"|\b(?:was|were)\s+gonna\b(?:\s+\S+){0,3}\s*$|\bplanned\s+(?:a|an|the|our|my)\s+(?:\S+\s+){0,2}$",
)
_SKIP_BEFORE_RE = re.compile(r"\b(?:skip|miss|cancel|avoid)\b")
_BUT_RE = re.compile(r"\bbut\b|但是?|可是|结果")
# A reason is no record: "skipped the visit because of a faculty meeting", "因为要开班会".
_REASON_BEFORE_RE = re.compile(
    r"(?:因为|由于)(?:要|有|开|在)?$|\b(?:because\s+of|due\s+to)\s+(?:(?:a|an|the|my|our)\s+)?(?:\w+\s+)?$"
)
# "有空去趟男生宿舍": when there is time, an undated plan (unless done: "今天有空去宿舍看了看").
_WHEN_FREE_RE = re.compile(r"有空(?:的时候|时)?(?:就)?(?=去|到)")
_DONE_ZH_RE = re.compile(r"了|过")
# "如果天气好的话，想…": a clause that only sets a condition makes the next one hypothetical.
_CONDITION_RE = re.compile(r"\s*(?:如果|假如|(?<![主重需只])要是|万一|\bif\b)[^,]{0,20}$")
# "如果周末不下雨就带学生去爬山": a condition inside the activity's own clause.
_CONDITION_IN_CLAUSE_RE = re.compile(
    r"(?:如果|假如|(?<![主重需只])要是|万一|倘若)[^,]{0,16}?(?:就|的话|便|再)[^,]{0,4}$"
)
# Book and talk titles are quoted words: "《如何规划大学生活》" asks nothing.
_TITLE_RE = re.compile(r"《[^》\n]{0,40}》|“[^”\n]{0,40}”")
# A tracker's field: "题目: 大学数学怎么学 |" is the meeting's title, not a question.
_TITLE_FIELD_RE = re.compile(r"(?:题目|主题|标题|\btopic|\btitle)\s*:\s*([^|\n,.;!?。；#]{1,40})")


def _mask_titles(low: str) -> str:
    """`low` with the inside of 《…》 and “…” titles and of a "题目:" field blanked out
    (same length, so offsets stay): "主题班会“学习困难怎么破”" asks nothing."""
    if "《" in low or "“" in low:
        low = _TITLE_RE.sub(
            lambda m: m.group()[0] + "_" * (len(m.group()) - 2) + m.group()[-1], low
        )
    if ":" in low:
        low = _TITLE_FIELD_RE.sub(
            lambda m: low[m.start() : m.start(1)] + "_" * (m.end(1) - m.start(1)), low
        )
    return low


# A tracker's line tagged as called off ("经验交流会 推到下学期了 #postponed") records nothing.
_CALLED_OFF_TAG_RE = re.compile(r"#(?:postponed|cancell?ed|取消|推迟|延期|改期)")
_TAG_RE = re.compile(r"#([\u4e00-\u9fff]{2,4}|[a-z]{3,12})")


def _untag(low: str) -> str:
    """`low` as a tracker's note is read (same length, so offsets stay): a line tagged as
    called off blanked out, and a tag that repeats a word of the note ("班会取消了 #班会",
    "主题班会 开完了 #班会") blanked, so the tag is no second activity. A tag alone names its
    kind ("#家长 人次: 4", see the rules)."""
    if "#" not in low:
        return low
    if _CALLED_OFF_TAG_RE.search(low):
        lines = low.split("\n")
        low = "\n".join(
            " " * len(line) if _CALLED_OFF_TAG_RE.search(line) else line for line in lines
        )
    untagged = _TAG_RE.sub(lambda m: " " * len(m.group()), low)
    return _TAG_RE.sub(lambda m: " " * len(m.group()) if m.group(1) in untagged else m.group(), low)


# Negations, told-of notices, reasons and stand-ins (替我) in one search.
BLOCK_BEFORE_FIRST = "bcdfghimnpsuw万不代以假做加原取叮告回因如尚并强得忘怎想找抓推提改无暂替有未本没注由等落要说转过还通重上团学教系辅条"
_BLOCK_BEFORE_RE = gated(
    BLOCK_BEFORE_FIRST,
    f"{_NEG_BEFORE_RE.pattern}|{_TOLD_BEFORE_RE.pattern}|{_REASON_BEFORE_RE.pattern}"
    f"|{_OTHER_DOER_BEFORE_RE.pattern}|{_WISH_RE.pattern}|{_INSTRUCTION_RE.pattern}"
    # "我上礼拜那条查寝应该是周三": a record already sent, named to be corrected.
    r"|(?<=[那这哪上一])条(?:记录)?的?$"
    # "原定今天下午召开的班委会": the activity as it was planned, then changed.
    r"|(?:原定|原计划|原本定|本来定|原约|原本约|本来约)[^,]{0,12}?的$"
    # "本来今天要去小陈家家访的": what was to be done, a longer way before the deed.
    r"|(?:本来|原本)[^,]{0,8}?(?:要|想|打算|准备|计划)[^,]{0,12}$",
)
_LATIN_RE = re.compile(r"[a-z]")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# Words right after an activity that make it a document about it, not the act itself:
# "班会记录", "查寝表格发一下", "dorm check form".
_DOCUMENT_AFTER_RE = re.compile(
    r"\s*的?\s*(?:记录|表格|统计(?!了|局)|筹备|报名|准备工作|要求|标准|规定|流程|表(?![现扬达演态示率])|照片|材料|签到|的\s*(?:分工|人选|节目单?|主持人?|议程|场地)|通知(?=\s*(?:$|[,.;!?。；:]|发|已|还|没|在|贴|出|下|里|群|我|上|呢|吗))|模板|方案|课件|ppt|登记|统计表|报告(?!会))"
    r"|\s*(?:forms?|templates?|minutes|photos?|pictures?|records?|sheets?|slides|schedule|report)\b"
)
# "补录10月16日查寝记录": a note that backfills the record of an activity records it.
_BACKFILL_RE = re.compile(r"补录|补记|补登|补填|补交|补一条|补充记录|\bbackfill|\blate\s+entry")
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
    r"(?:整理|填写|填报|审核|办|申请|开|准备|统计|核对|录入|汇总)"
    r"|办理|办了|交了|提交|看望|探望|陪|送"
    r"|\b(?:reviewed|processed|compiled|filled\s+(?:in|out)|did|wrote|graded|checked)\b"
)
_CLAUSE_FILLER_RE = re.compile(
    r"(?:\s|\d{1,2}[)、]|[(]\d{1,2}[)]|[①-⑳•·*\-]|[今昨前明]天|今晚|昨晚|大前天|今早|昨早"
    r"|(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天末]|\d{1,2}[月.\-/]\d{1,2}[日号]?|\d{1,2}[日号]|上午|下午|中午|晚上|早上|傍晚|然后|之后|接着|又|还|再|也|顺便|另外|最后|了"
    r"|\b(?:then|and|also|later|afterwards|in\s+the\s+(?:morning|afternoon|evening)|after\s+that)\b)*"
)
# What may stand between two dates that are listed together: "周三、周四", "前天晚上和昨天晚上",
# "Monday and Wednesday". A range ("20号到22号") or a comma is not a list of days.
_DATE_JOIN_RE = re.compile(
    r"(?:\s|、|/|和|与|及|以及|跟|还有|或|&|\band\b|\bor\b"
    r"|晚上|上午|下午|中午|早上|傍晚|晚|早|夜里|\b(?:morning|afternoon|evening|night)\b)*"
)
# An English list goes on after a comma: "on the 1st, 3rd and 17th".
_EN_LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?")


def _joined(low: str, first: DateMention, then: DateMention) -> bool:
    """Whether two dates are listed together (see _DATE_JOIN_RE and _EN_LIST_GAP_RE)."""
    if _DATE_JOIN_RE.fullmatch(low, first.end, then.start):
        return True
    if _TALLY_JOIN_RE.fullmatch(low, first.end, then.start):
        return True
    return (
        low[then.start].isascii()
        and low[first.end - 1].isascii()
        and _EN_LIST_GAP_RE.fullmatch(low, first.end, then.start) is not None
    )


# "个别谈话4人次（5月7日3人、5月19日1人）": each date listed with its own tally.
_TALLY_AFTER_RE = re.compile(r"\s*(\d{1,3})\s*(?:人次|人|户|位|名)")
_RESPECTIVE_COUNTS_RE = re.compile(
    r"分别[^,;。；]{0,4}?(\d{1,3}\s*(?:名|位|个|人)(?:\s*[、,和]\s*\d{1,3}\s*(?:名|位|个|人))+)"
)
_COUNT_IN_LIST_RE = re.compile(r"(\d{1,3})\s*(?:名|位|个|人)")
_TALLY_JOIN_RE = re.compile(r"\s*\d{1,3}\s*(?:人次|人|户|位|名|次)\s*[、,/和及]\s*")


def _tally_count(found: Found, low: str, dates: list[DateMention], start: int, end: int) -> None:
    """The count a date listed with its own tally gives its activity ("5月7日3人"), or the
    counts listed after 分别 in the order of the days ("周四、周五分别与3名、2名学生谈话")."""
    if found.kind not in _COUNTED_KINDS:
        return
    listed = _RESPECTIVE_COUNTS_RE.search(low, start, end)
    if listed is not None:
        counts = _COUNT_IN_LIST_RE.findall(listed.group(1))
        days = [d.day for d in dates if start <= d.start < end and not d.coarse]
        if len(counts) == len(days) and found.day in days:
            found.count, found.explicit_count = int(counts[days.index(found.day)]), True
            return
    for d in dates:
        if start <= d.start < end and d.day == found.day:
            tally = _TALLY_AFTER_RE.match(low, d.end)
            if tally is not None:
                found.count, found.explicit_count = int(tally.group(1)), True
            return


# A short clause that completes a dorm word with a visit: "宿舍有人打架，赶过去处理了".
_FOLLOW_VISIT_RE = re.compile(r"去|到|进|看|查|转|走|巡|检查|慰问")
_THEME_HINT_RE = re.compile(r"主题|专题|以[^,]{1,20}?为题|《|\bthem(?:e|ed|atic)\b")


@dataclass(slots=True)
class Found:
    """An activity as the pipeline builds it (mutable while mentions are merged)."""

    kind: str
    day: date
    start: int
    time: time | None = None
    location: str | None = None
    topic: str | None = None
    count: int = 1
    explicit_count: bool = False
    hours: float | None = None
    students: tuple[str, ...] = ()
    #: The index in `RULES` of the words that named it, and its stretch of the (normalised,
    #: lower-case) note: the later stages (documents, duties, plausibility) read them.
    rule: int = -1
    segment: str = ""
    #: False when no date expression dated it (it is then today).
    dated: bool = True


class _Match(NamedTuple):  # a tuple: built for every activity word, several times cheaper
    start: int
    end: int
    rule_index: int
    clause: int
    kind: str


def _clause_bounds(low: str) -> list[int]:
    """Sorted break positions, with 0-1 and len as sentinels (clause i is [b[i]+1, b[i+1]))."""
    return [-1, *map(re.Match.start, _HARD_SEP_RE.finditer(low)), len(low)]


class Clause(NamedTuple):
    """A clause of the note and its neighbours: [start, end) is the clause, [end + 1, next_end)
    the one after it and [prev_start, start - 1) the one before (each empty at the note's ends)."""

    start: int
    end: int
    next_end: int
    prev_start: int

    @classmethod
    def at(cls, bounds: list[int], index: int) -> Clause:
        """Clause `index` of a note cut at `bounds` (see `_clause_bounds`)."""
        cs, ce = bounds[index] + 1, bounds[index + 1]
        ne = bounds[index + 2] if index + 2 < len(bounds) else ce
        ps = bounds[index - 1] + 1 if index > 0 else cs
        return cls(cs, ce, ne, ps)


def _is_blocked(low: str, start: int, end: int, clause: Clause) -> bool:
    """Whether the activity word at [start, end) of `clause` is asked about, requested or
    negated, or done by someone else (the reasons are the module docstring's, in order: the
    advisor was not there, a condition, a question, a request, a negation or wish before it,
    a to-do list, another doer, students away, what a student says, meant but not done, news
    of it, a negation after it)."""
    cs, ce, ne, ps = clause
    if ce < ne and _NOT_THERE_NEXT_RE.match(low, ce + 1, ne):
        return True
    if ps < cs - 1 and _CONDITION_RE.match(low, ps, cs - 1):
        return True
    if _CONDITION_IN_CLAUSE_RE.search(low, cs, start):
        return True
    # "班会：考研还是就业？": the question is the meeting's title.
    asked = (
        ce < len(low)
        and low[ce] == "?"
        and not _TITLE_COLON_RE.search(low, cs, ce)
        and not _EN_TITLE_COLON_RE.search(low, cs, ce)
    )
    # "听课？上周三听过了", "今天查寝了吗？查了": a question the next clause answers with the deed.
    answered = asked and _ANSWERED_RE.match(low, ce + 1, ne) is not None
    if asked and not answered and not _LOG_REQUEST_RE.match(low, cs, ce):
        return True
    if not answered and (_asks(low, cs, ce) or _QUESTION_EN_RE.match(low, cs, ce)):
        return True
    # In the first clause the note's start is the clause's.
    if _REQUEST_RE.match(low, cs, ce) or (cs > 0 and _REQUEST_RE.match(low, 0)):
        return True
    if _BLOCK_BEFORE_RE.search(low, cs, start):
        return True
    if _WHEN_FREE_RE.search(low, cs, start) and not _DONE_ZH_RE.search(low, start, ce):
        return True  # "有空去趟男生宿舍": some day, no day
    if ":" in low and _TODO_HEAD_RE.search(low, 0, start):
        return True  # "提醒自己：本月要完成查寝、班会各一次，家长联系至少2人次"
    if _OTHER_DOER_RE.match(low, cs, start):
        return True
    if (
        _FOR_ME_RE.search(low, end, ce)
        and not _I_FIRST_RE.match(low, cs, start)
        and not _LOG_REQUEST_RE.match(low, cs, ce)
    ):
        return True  # "my colleague sat in on the class for me"
    if (
        ps < cs - 1
        and _CARRIED_ON_RE.match(low, cs, start)
        and _STAFF_SUBJECT_RE.match(low, ps, cs - 1)
        and not _BLOCK_BEFORE_RE.search(low, ps, cs - 1)
    ):
        return True
    if _STUDENTS_AWAY_RE.match(low, cs, start):
        return True
    if _STUDENT_SAYS_RE.match(low, cs, start) and not (
        ce < ne and _I_TOOK_PART_RE.match(low, ce + 1, ne)
    ):
        return True
    if (
        _MEANT_TO_RE.search(low, cs, start)
        and _BUT_RE.search(low, end, ne)
        and not _SKIP_BEFORE_RE.search(low, cs, start)
    ):
        return True  # "planned to visit the dorms but had a faculty meeting"
    if _NEWS_AFTER_RE.match(low, end, ce):
        return True  # "美赛成绩出来了": news of it, not the advisor's activity
    if _LATIN_RE.search(low, end, ce) and _FELL_THROUGH_EN_RE.search(low, end, ce):
        return True
    if _THEY_WANT_RE.match(low, cs, start) or (
        (_THEY_WILL_AFTER_RE.match(low, end, ce) or _THEY_WILL_BEFORE_RE.search(low, cs, start))
        and not _I_GO_TOO_RE.search(low, cs, ne)
    ):
        return True
    marks_lead = _MARK_LEAD_RE.match(low) is not None
    if marks_lead and _CROSS_BEFORE_RE.search(low, cs, start):
        return True  # "✔ 查寝 ✔ 谈心 ✘ 家访": each mark is the item's after it
    if (
        _NEG_AFTER_GATE_RE.search(low, end, ce)
        and _NEG_AFTER_RE.match(low, end, ce)
        and not (marks_lead and _CROSS_AFTER_RE.match(low, end, ce))
    ):
        return True
    if _elsewhere_in_english(low, start, clause):
        return True
    return _NEG_LATER_RE.search(low, end, ce) is not None


# "The counsellor did a dorm check last night": someone else, named in English, did it (not
# "the counsellor and I", "with me").
_OTHER_DOER_EN_RE = re.compile(
    r"\s*(?:the|my|our|a)\s+(?:counsell?ors?|deans?|colleagues?|(?:dorm|building|residence)\s+"
    r"(?:managers?|supervisors?|office|staff|aunties?)|class\s+monitor|monitor|student\s+union|security)"
    r"\b[^,.;!?]{0,40}$"
)
_I_TOO_EN_RE = re.compile(r"\b(?:i|me|we|us|myself)\b")
# "visited our class meeting": ours, after the other's verb (not "my colleague" opening it).
_OURS_BEFORE_RE = re.compile(r"(?<=[a-z]\s)(?:our|my)\s+(?:[\w-]+\s+)?$")
# "the other half presumably 'studying' in the dorm": where students are, not a visit.
_IN_THE_DORM_RE = re.compile(r"\b(?:in|at)\s+(?:the|their|his|her)\s+$")
_EN_VISIT_VERB_RE = re.compile(
    r"\b(?:went|go|going|visit\w*|round|rounds|check\w*|inspect\w*|dropp?\w*|popp?\w*|look\w*"
    r"|walk\w*|spent|stopp?\w*|called|swung|headed|i|we)\b"
)


def _elsewhere_in_english(low: str, start: int, clause: Clause) -> bool:
    """Whether an English clause says someone else did the activity at `start`, or names a
    dorm only as where students were."""
    cs, ce = clause.start, clause.end
    if (
        _OTHER_DOER_EN_RE.match(low, cs, start)
        and not _I_TOO_EN_RE.search(low, cs, ce)
        and not _OURS_BEFORE_RE.search(low, cs, start)  # "the dean visited our class meeting"
    ):
        return True
    return (
        low.startswith("dorm", start)
        and _IN_THE_DORM_RE.search(low, cs, start) is not None
        and _EN_VISIT_VERB_RE.search(low, cs, ce) is None
    )


# "开班会讲新生如何适应大学生活": how to do something, told, is the subject, not a question.
_TOLD_HOW_RE = re.compile(r"讲|谈|聊|介绍|分享|教|说明|讨论|交流")


# "主题班会 如何备考四六级": a how-to right after a meeting's name is its title.
_TITLED_BEFORE_RE = re.compile(r"(?:班会|团会|讲座|报告|培训|分享会|交流会|课)\s*$")


def _asks(low: str, cs: int, ce: int) -> bool:
    for q in _QUESTION_ZH_RE.finditer(low, cs, ce):
        if q.group() in ("怎么", "如何") and (
            _TOLD_HOW_RE.search(low, cs, q.start()) or _TITLED_BEFORE_RE.search(low, cs, q.start())
        ):
            continue
        return True
    return False


# The combined scans name each rule's group "r<index>".
_RULE_INDEX = {f"r{i}": i for i in range(len(RULES))}


def _scan_kinds(low: str, chinese: bool, latin: bool) -> list[re.Match[str]]:
    if chinese and not latin:
        return list(COMBINED_ZH_RE.finditer(low))
    if not chinese:
        return list(COMBINED_EN_RE.finditer(low))
    found = list(COMBINED_ZH_RE.finditer(low))
    taken = [m.span() for m in found]
    for m in COMBINED_EN_RE.finditer(low):
        if all(m.end() <= s or m.start() >= e for s, e in taken):
            found.append(m)
    found.sort(key=lambda m: m.start())
    return found


def _find_activities(low: str, bounds: list[int], chinese: bool, latin: bool) -> list[_Match]:
    matches: list[_Match] = []
    guard = _mask_titles(low)
    # (clause, kind) of activities someone else did: the same kind named again later in that
    # clause is the same activity ("导员自己去查的寝 说3个寝室有违规电器": still theirs).
    fallen: set[tuple[int, str]] = set()
    for hit in _scan_kinds(low, chinese, latin):
        name = hit.lastgroup
        if name is None:
            continue
        index = _RULE_INDEX[name]
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
            # The visit is the clause that does it: "昨天学生反映宿舍漏水，今天去看了" is today's.
            followed = verb.span()
        if rule.forbid_before is not None and rule.forbid_before.search(low, cs, hit.start()):
            continue
        around = Clause.at(bounds, clause)
        start, end = hit.start(), hit.end()
        if followed is not None and _STUDENT_SAYS_RE.match(low, cs, start):
            # "同学反映宿舍有人夜不归宿，今晚去查了": what the students said is the reason, the
            # clause after it the deed; that clause says whether it was done.
            around, (start, end) = Clause.at(bounds, clause + 1), followed
        if (clause, rule.kind) in fallen:
            continue
        if _is_blocked(guard, start, end, around):
            moved = _moved_and_done(low, end, ce, around.next_end, rule.kind)
            if moved is None:
                if _OTHER_DOER_RE.match(guard, around.start, start):
                    fallen.add((clause, rule.kind))
                continue
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
    if len(matches) < 2:
        return matches  # what follows weighs one activity against another
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
    strong_clauses = {
        m.clause
        for m in matches
        if RULES[m.rule_index].weak is None and low[m.start : m.end] not in _BARE_CHATS
    }
    parent_clauses = {m.clause for m in matches if m.kind == "parent_contact"}
    kept: list[_Match] = []
    for m in matches:
        rule = RULES[m.rule_index]
        if _only_the_place(low, m, bounds, matches):
            continue
        if (
            rule.weak == "message"
            and (strong_any or (document_any and not _handed_in(low, m, bounds)))
            and (
                not _other_own_clause(low, m, bounds, matches)
                or _BARE_WRITEUP_RE.fullmatch(low, m.start, m.end)
            )
        ):
            continue  # "带同学去博物馆参观，晚上写了总结": the write-up is part of the visit
        if rule.weak in ("clause", "talk") and (
            m.clause in strong_clauses or _continues_a_visit(low, m, bounds, matches)
        ):
            continue
        if rule.weak == "talk" and _part_of_a_talk(low, m, bounds, matches):
            continue  # "和小刘谈心，帮他改了简历": the help is part of the talk
        if m.kind == "student_talk":
            if (
                m.clause in parent_clauses
                and not _STUDENT_AFTER_RE.search(low, m.start, bounds[m.clause + 1])
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
            ):
                continue  # "王同学家长来学校，面谈了一个小时": the talk is that contact
            if _chat_within(low, bounds, m, kept):
                continue
        kept.append(m)
    return kept


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


_EN_EVENT_AS_TIME_RE = re.compile(
    # "check on the 数模 team", "worked on the 大创 report": the object of a verb, not a time.
    r"\b(?:(?<!check\s)(?<!checked\s)(?<!checking\s)(?<!work\s)(?<!worked\s)(?<!working\s)"
    r"(?<!focused\s)(?<!kept\s)on|during|before|after|the\s+(?:day|night|week)\s+(?:before|after))\s+(?:the\s+)?$"
)


def _moved_and_done(low: str, end: int, ce: int, ne: int, kind: str) -> tuple[int, int] | None:
    """The span of the verb saying that an activity which fell through (ending at `end`,
    its clause at `ce`, the next one at `ne`) was done on another day or, for a contact,
    another way ("电话没人接，后来发了短信"), if one says so."""
    pattern = _REACHED_ELSE_RE if kind in _COUNTED_KINDS else _MOVED_DONE_RE
    for pos, stop in ((end, ce), (ce + 1, ne)):
        if pos >= stop:
            continue
        moved = pattern.match(low, pos, stop)
        if moved is not None:
            group = next(name for name, text in moved.groupdict().items() if text is not None)
            return moved.span(group)
    return None


# Words that say an activity is done, not coming.
_DONE_RE = re.compile(r"已经?|了|过|完|\b(?:done|held|did|had|went|visited|called|met|talked)\b")

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


def _drop_mentions_again(low: str, matches: list[_Match], dates: list[DateMention]) -> list[_Match]:
    """A second word for the activity just named, in its clause and with no date between,
    or inside the dated list it opens ("home visits: May 1 Wang's family, May 3 ..."), is
    the same activity, not a new one."""
    kept: list[_Match] = []
    for m in matches:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.kind == m.kind
            and RULES[last.rule_index].document == RULES[m.rule_index].document
            and (
                (":" in low and _LIST_COLON_RE.match(low, last.end) is not None)
                or (
                    last.clause == m.clause
                    and not any(last.end <= d.start < m.start for d in dates)
                )
            )
        ):
            continue
        kept.append(m)
    return kept


# "今天查寝，下周一再去一次", "周一听课，周四又去了一次", "met him Monday and again on Friday":
# a clause that only repeats the activity before it, on a day of its own.
# "again", "2 more": the English words for it.
_AGAIN_EN = r"\bagain\b|\b(?:\d+|one|two|three|four|five|another)\s+more\b"
_ELLIPTIC_GO = r"去(?:看看|转转|一趟|一下)?(?:吧|呢)?\s*$"
_ELLIPTIC_GO_RE = re.compile(_ELLIPTIC_GO)
REPEAT_FIRST = "0123456789afot再又去"
_REPEAT_RE = gated(
    REPEAT_FIRST,
    r"(?:再|又)(?:去|来|查|开|联系|打|走访|看|听|谈|找|约|进行)(?:了|过)?(?:一次|一趟|一遍|一回|一轮)?"
    # "女生宿舍今天去了 … 然后男生那边明天晚上去": a dated clause that ends in a bare "go"
    # is the same again (used on one clause at a time: $ is the clause's end).
    rf"|{_ELLIPTIC_GO}|" + _AGAIN_EN,
)

_OTHER_SUBJECT_RE = re.compile(
    r"学生|同学|他|她|孩子|家长|有人|室友|\b(?:he|she|they|students?|someone|parents?)\b"
)


_MEETING_KINDS = frozenset({"cadre_meeting", "class_meeting", "theme_meeting"})
# What a meeting was about: "班委会，商量团日活动", "cadre meeting about the sports meet",
# "主题是寝室安全", "主题班会《宿舍安全》", "topic: dorm safety".
_TOPIC_MARK_RE = re.compile(
    r"商量|讨论|研究|布置|筹备|策划|关于|围绕|部署|动员|定了|确定|敲定|《"
    # "主题班会，邀请校医做了讲座": a guest's talk given at the meeting.
    r"|邀请|请了|请来"
    r"|(?:主题|话题|题目|内容|议题)(?:是|为|:)"
    r"|\b(?:topic|theme|subject)\s*(?::|(?:is|was)\b)"
    r"|\b(?:about|regarding|re|on\s+the\s+(?:topic|subject)\s+of|to\s+(?:plan|prepare|discuss|organi[sz]e)"
    r"|for\s+(?:the|our|this|next|a|an))\b"
)


# "主题班会：学雷锋志愿服务", "主题班会 清明节文明祭扫": the words right after the meeting
# are its title.
_TITLE_AFTER_RE = re.compile(r"\s*:|\s+(?=[\u4e00-\u9fff])")
_TITLE_KINDS = frozenset({"student_activity", "other"})
_THEN_RE = re.compile(r"然后|之后|接着|随后|\bthen\b|\balso\b")
# Said after an activity named in a meeting: it was a subject, not held.
_MENTIONED_RE = re.compile(
    r"[^,]{0,4}?(?:也|还|都|顺便)(?:说了说|讲了讲|说了一下|讲了一下|提了一下|提了提|提了|强调了|说了)"
)
# "开了团会，组织大家学习团章", "开班委会，统计签约和考研人数": what the meeting did, opening the
# clause after it (a count not yet said done: "统计了" may be work of its own).
_MEETING_DID_RE = re.compile(
    r"组织(?:大家|同学们?|全班)(?:一起)?学习|(?:统计|摸底|摸排|汇总|收集|登记)(?![了完过])"
)
_TALK_KINDS = frozenset({"student_talk", "parent_contact"})
# "和3名同学个别交流，谈大创选题": what the talk was about, right after its verb.
_TALKED_ABOUT_RE = re.compile(
    r"(?:谈|聊|讨论|交流|沟通|商量)(?:了|一下|起)?(?:一?会儿?|聊|谈|一下)?(?:关于)?$"
    # "talked w/ 2 of them abt the 大创 project".
    r"|\b(?:about|regarding|re)\s+(?:the\s+|their\s+|his\s+|her\s+|our\s+)?(?:\S+\s+)?$"
)
# "聊了会儿大创和数模报名的事": a topic joined to the topic before it.
_TOPIC_JOIN_RE = re.compile(r"\s*(?:和|与|及|以及|、|/|\band\b|\bor\b)\s*")
# "主题班会 tonight …, invited 2 seniors to share": the meeting's guests.
_INVITED_RE = re.compile(r"invited|邀请|请了|请来")
# The hosts of a chat whose subject is named: a talk, a call, a dorm visit ("去了男生宿舍 聊了会儿大创").
_TOPIC_HOSTS = frozenset({"student_talk", "parent_contact", "dorm_visit"})
# "abt sem plan, 大创 mid-term check, 考研 study room etc": a list of what a meeting was about.
_ABOUT_LIST_RE = re.compile(r"\b(?:about|regarding|re)\b|关于|讨论|商量")
_SENTENCE_END_RE = re.compile(r"[.!?。！？]")
_STUDENT_NAMED_RE = re.compile(r"学生|同学|班长|班委|室友|小[\u4e00-\u9fff]")
_CHAT_HOSTS = _MEETING_KINDS | {"parent_contact", "dorm_visit", "student_activity"}


def _chat_within(low: str, bounds: list[int], m: _Match, kept: list[_Match]) -> bool:
    """ "和张同学的母亲视频通话，聊了聊孩子的近况", "组织线上班会，聊了聊返校安排", "去宿舍走访，
    13号楼，聊了聊工作去向": a chat with no one named, right after a parent contact, a meeting
    or a dorm visit, is part of it."""
    host = kept[-1] if kept else None
    return (
        m.kind == "student_talk"
        and host is not None
        and host.kind in _CHAT_HOSTS
        and m.clause - host.clause in (0, 1, 2)
        and low.startswith(("聊", "谈了"), m.start)
        # 孩子 here is the parent's child: the subject, not someone talked to.
        and _STUDENT_NAMED_RE.search(low, bounds[m.clause] + 1, bounds[m.clause + 1]) is None
    )


def _talked_about(low: str, bounds: list[int], m: _Match, kept: list[_Match]) -> bool:
    talk = kept[-1] if kept else None
    if talk is None or talk.kind not in _TOPIC_HOSTS or m.clause - talk.clause not in (0, 1):
        return False
    cs = max(bounds[m.clause] + 1, talk.end)
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
    return (
        _SENTENCE_END_RE.search(gap) is None
        and _THEN_RE.search(gap) is None
        and not any(about.end() <= d.start < m.start for d in dates)
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


def _in_book_title(low: str, m: _Match) -> bool:
    opening = low.rfind("《", 0, m.start)
    return opening >= 0 and low.find("》", opening, m.start) == -1 and low.find("》", m.end) != -1


def _drop_titles_of_others(low: str, matches: list[_Match]) -> list[_Match]:
    """A word inside a 《…》 title names the activity beside it in its clause ("听了一节《数学建模》"
    is a lesson, not a modelling contest); alone in its clause ("参加了《挑战杯》") it stays."""
    inside = [_in_book_title(low, m) for m in matches]
    return [
        m
        for m, titled in zip(matches, inside, strict=True)
        if not titled
        or not any(o.clause == m.clause and not t for o, t in zip(matches, inside, strict=True))
    ]


def _drop_meeting_topics(
    low: str, bounds: list[int], matches: list[_Match], dates: list[DateMention]
) -> list[_Match]:
    """An activity named as a meeting's or a talk's subject, in its clause or the clause
    after, is not one of its own; nor is one listed after it ("大创和数模")."""
    kept: list[_Match] = []
    topic_end = -1
    for m in matches:
        if m.kind in _TITLE_KINDS and _agenda_field(low, bounds, m, kept, dates):
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
                if o.kind in _MEETING_KINDS and o.kind != m.kind and m.clause - o.clause in (0, 1)
            ),
            None,
        )
        if meeting is not None:
            gap_start = meeting.end if meeting.clause == m.clause else bounds[m.clause] + 1
            topic = _TOPIC_MARK_RE.search(low, gap_start, m.start)
            if _MEETING_DID_RE.match(low, m.start) and m.start <= gap_start + 2:
                continue  # "开了团会，组织大家学习团章": what the meeting did
            if _MENTIONED_RE.match(low, m.end, bounds[m.clause + 1]):
                continue  # "开了个班委会…还有团日活动也说了说": what was said there
            if (
                m.kind == "student_talk"
                and _INVITED_RE.match(low, m.start)
                and (meeting.clause == m.clause or m.start <= gap_start + 2)
            ):
                continue  # "主题班会 …, invited 2 seniors to share": the meeting's guests
            if (
                topic is not None
                and (meeting.clause == m.clause or topic.start() <= gap_start + 2)
                # "12月9日 班委会 讨论元旦晚会节目 / 12月10日 走访宿舍": a new day, a new item.
                and not any(topic.end() <= d.start < m.start and not d.coarse for d in dates)
            ):
                continue
            if (
                meeting.clause == m.clause
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
    if _REPEAT_RE.search(low) is None and "去" not in low:
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
        repeat = _REPEAT_RE.search(low, cs, ce)
        if repeat is None or _is_blocked(
            low, repeat.start(), repeat.end(), Clause.at(bounds, clause)
        ):
            continue
        if _OTHER_SUBJECT_RE.search(low, cs, repeat.start()):
            continue  # "学生说周三又去网吧了": someone else did it again
        before = [m for m in matches if m.clause < clause]
        last = before[-1]
        added.append(_Match(repeat.start(), repeat.end(), last.rule_index, clause, last.kind))
    added += _repeats_within(low, bounds, matches, dates)
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


# What follows a day in a list of the days' counts: "礼拜二两个", "周四 1人（转专业咨询）",
# "今天聊了2个" (used with .match from the day's end to the clause's end).
_DAY_ITEM_RE = re.compile(
    r"\s*(?:又|也|再)?(?:聊|谈|打|联系|找)?(?:了)?\s*[\d一二两三四五六七八九十几]{1,3}\s*(?:个|人次|人|位|名|通|次)"
    r"\s*(?:[(（][^)）]{0,20}[)）])?\s*$"
)


def _with_day_items(
    low: str, bounds: list[int], matches: list[_Match], dates: list[DateMention]
) -> list[_Match]:
    """Talks and calls told as a list of days and counts, each in a clause or on a line of its
    own after the activity ("上礼拜打了几通电话给家长，礼拜二两个，礼拜四一个"; "#谈心 本周\n周二
    2人\n周四 1人"): one activity a day. The first day dates the activity itself when its own
    clause names no day (only a week, or nothing), the others are added."""
    if len(dates) < 2:
        return matches
    taken = {m.clause for m in matches}
    added: list[_Match] = []
    for i, m in enumerate(matches):
        if m.kind not in _COUNTED_KINDS:
            continue
        nxt = matches[i + 1].clause if i + 1 < len(matches) else len(bounds) - 1
        items: list[tuple[int, int]] = []
        for clause in range(m.clause + 1, nxt):
            cs, ce = bounds[clause] + 1, bounds[clause + 1]
            day = next((d for d in dates if cs <= d.start < ce and not d.coarse), None)
            if (
                clause in taken
                or day is None
                or low[cs : day.start].strip()
                or not _DAY_ITEM_RE.match(low, day.end, ce)
            ):
                if items:
                    break  # the list has ended
                continue
            items.append((clause, day.start))
        if len(items) < 2:
            continue
        ms, me = bounds[m.clause] + 1, bounds[m.clause + 1]
        if not any(ms <= d.start < me and not d.coarse for d in dates):
            items = items[1:]
        added += [_Match(start, start, m.rule_index, clause, m.kind) for clause, start in items]
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


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
    r"(?:再|又)(?:去|来|查|开|联系|打|走访|看|听|谈|找|约|进行)(?:了|过)(?:一次|一趟|一遍|一回|一轮)?"
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


def _other_own_clause(low: str, m: _Match, bounds: list[int], matches: list[_Match]) -> bool:
    """Whether "other" work at `m` opens a clause of its own with its verb ("下午审核材料")."""
    if m.kind != "other" or any(o.clause == m.clause and o.kind != "other" for o in matches):
        return False
    cs = bounds[m.clause] + 1
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


def _names_a_student(low: str, m: _Match, bounds: list[int]) -> bool:
    cs, ce = bounds[m.clause] + 1, bounds[m.clause + 1]
    if _STUDENT_WORD_RE.search(low, cs, ce) is not None:
        return True
    # Run-together clauses lose no record: in "周四给2位家长打电话，周五和张伟谈心" the talk
    # opens its own clause with its own day and names its own person, so it is not the call.
    return (
        m.clause > 0
        and _OWN_STEP_RE.match(low, cs) is not None
        and _NAMED_WITH_RE.match(low, m.start) is not None
        and _PARENT_WORD_RE.search(low, m.start, m.end) is None
    )


# A clause that opens a new step of the note: a day, a part of the day or "then".
_OWN_STEP_RE = re.compile(
    r"\s*(?:(?:周|星期|礼拜)[一二三四五六日天1-7]|今天|昨天|前天|今晚|昨晚|\d{1,2}\s*[号日]|\d{1,2}月"
    r"|上午|下午|晚上|中午|然后|之后|接着|随后|另外|还)"
)
# "和张伟谈心": the talk names who it was with.
_NAMED_WITH_RE = re.compile(
    r"(?:与|和|跟|同|找|约)\s*(?![他她你我大家])(?![^,]{0,4}?[爸妈父母])[\u4e00-\u9fff]{2,3}"
)


def _boundary(low: str, a: _Match, b: _Match, bounds: list[int], dates: list[DateMention]) -> int:
    """Where the text of activity `a` ends and that of the next activity `b` begins."""
    lo = bisect.bisect_left(bounds, a.end)
    hi = bisect.bisect_left(bounds, b.start)
    if hi > lo:
        cut = bounds[hi - 1]  # the last clause break between them
        if hi - 2 >= lo and _opens_item(low, bounds[hi - 2], cut, dates):
            return bounds[hi - 2]
        return cut
    between = [d for d in dates if a.end <= d.start < b.start]
    if between:
        # "held a class meeting on Monday and talked with 3 students today": in English a
        # date follows its activity, so an "and" after it (and before any other date) ends it.
        joint = _EN_SOFT_SEP_RE.search(low, between[0].end, b.start)
        if joint is not None and all(d.start < joint.start() for d in between):
            return joint.start()
        return between[0].start
    last_soft = None
    for m in _SOFT_SEP_RE.finditer(low, a.end, b.start):
        last_soft = m.start()
    if last_soft is not None:
        return last_soft
    if b.kind in _COUNTED_KINDS:
        # "班会后单独留了3个同学谈话": the people talked to come before the talk's word.
        opener = _TALK_OPENER_RE.search(low, a.end, b.start)
        if opener is not None:
            return opener.start()
    return b.start


# "Mon 15th, dorm visits; Wed 17th, one parent was called": a date alone between an item's
# end (";", ".") and a comma or a colon opens the next item ("class meeting, Monday; dorm
# visit, Wednesday" keeps each date with the item before it: there the comma comes first).
_ITEM_END_CHARS = frozenset(";.\n")
_ITEM_HEAD_CHARS = frozenset(",:")
_LONE_DATE_GAP_RE = re.compile(r"\s*(?:on\s+)?")


def _opens_item(low: str, before: int, cut: int, dates: list[DateMention]) -> bool:
    if low[before] not in _ITEM_END_CHARS or low[cut] not in _ITEM_HEAD_CHARS:
        return False
    lone = next((d for d in dates if before < d.start and d.end <= cut), None)
    return (
        lone is not None
        and _LONE_DATE_GAP_RE.fullmatch(low, before + 1, lone.start) is not None
        and (lone.end == cut or low[lone.end : cut].isspace())
    )


# Words that open the part of a clause saying whom a talk or a call was with.
_TALK_OPENER_RE = re.compile(r"单独|分别|逐一|挨个|和|跟|与|找|约|给|留了?")


def _pick_date(
    dates: list[DateMention],
    seg_start: int,
    seg_end: int,
    anchor: int,
    bounds: list[int],
    today: date,
    low: str,
) -> int | None:
    """The index in `dates` of the date of the activity at `anchor` (None: no date, today).

    A coming date after the activity's text is not the date of one its text says is done
    ("班会已开，查寝明天去": the meeting was held today)."""
    clause = bisect.bisect_left(bounds, anchor) - 1
    inside = [
        i
        for i, d in enumerate(dates)
        if seg_start <= d.start < seg_end
        and not _reported(low, anchor, d.start, bounds)
        and not _on_todo_line(low, d.start, anchor)
        and not _their_day(low, anchor, d.start, bounds)
        # "通了电话，约好下个月再沟通一次": a coming week or month in another clause is a
        # follow-up's, not this activity's.
        and not (d.coarse and d.day > today and bisect.bisect_left(bounds, d.start) - 1 != clause)
        # "明天考研了，晚上有去宿舍送巧克力": a coming day in a clause before is the event's,
        # not the day of a deed its own clause says is done.
        and not (
            d.day > today
            and d.start < bounds[clause]
            and _DONE_DEED_RE.search(low, bounds[clause] + 1, bounds[clause + 1]) is not None
        )
    ]
    if inside:
        same = [i for i in inside if bisect.bisect_left(bounds, dates[i].start) - 1 == clause]
        if any(not dates[i].coarse for i in same):
            same = [i for i in same if not dates[i].coarse]  # "这个月查了三次寝：3号、12号"
        elif same:
            # "上周听了三次课，周二周三周五": days named after a whole week, in a clause of their
            # own, say which days of it.
            later = [i for i in inside if not dates[i].coarse and dates[i].start > anchor]
            if later:
                return later[0]
        if same:
            return min(same, key=lambda i: abs(dates[i].start - anchor))
        if any(not dates[i].coarse for i in inside):
            inside = [i for i in inside if not dates[i].coarse]
        return min(
            inside, key=lambda i: min(abs(dates[i].start - anchor), abs(dates[i].end - anchor))
        )
    before = [
        i
        for i, d in enumerate(dates)
        # "on Tuesday," ends after the break it carries: it still comes before. A coming week
        # or month there ("定了下个月的团日活动，完了去宿舍转了一圈") is what was planned.
        if d.start < seg_start
        and not _reported(low, anchor, d.start, bounds)
        and not _their_day(low, anchor, d.start, bounds)
        and not (d.coarse and d.day > today)
        and not _on_todo_line(low, d.start, anchor)
    ]
    if before:
        return before[-1]
    if _ASIDE_RE.match(low, seg_end):
        return None  # "11月的工作记录表交了。另外上周五开了班会": the later date is the aside's
    for i, d in enumerate(dates):
        if d.start >= seg_end and not _their_day(low, anchor, d.start, bounds):
            done = d.day > today and _DONE_RE.search(low, seg_start, seg_end) is not None
            return None if done else i
    return None


# A deed said to be done in its clause: "已去宿舍", "去宿舍送了巧克力".
_DONE_DEED_RE = re.compile(
    r"已经?(?=[去到找跟和把打开查听看陪送带叫])|(?<=[去到查听看陪送带找开谈聊])(?:了|过)"
)
# A tracker's to-do line: "#todo 周二前改完作业 / 订蛋糕".
_TODO_LINE_RE = re.compile(r"\s*(?:#\s*todo\b|todo\s*:|待办\s*:?)")


def _on_todo_line(low: str, at: int, anchor: int) -> bool:
    """Whether `at` is on a to-do line before the line of `anchor`: the to-do's deadline
    dates nothing on the lines after it ("#todo 周二前改完作业\n下午 #谈心 1人")."""
    line_start = low.rfind("\n", 0, at) + 1
    return "\n" in low[at:anchor] and _TODO_LINE_RE.match(low, line_start) is not None


_ASIDE_RE = re.compile(
    r"[\s.,;:!?。；]*(?:另外|此外|\b(?:also|besides|in\s+addition|separately)\b)"
)


# "家长来电说孩子周末没回家": a date in what someone said dates what they said happened.
_REPORTED_RE = re.compile(r"说|反映|称|表示|提到|告诉我|\b(?:said|says|told\s+me|mentioned)\b")


def _reported(low: str, anchor: int, at: int, bounds: list[int]) -> bool:
    """Whether the date at `at` is inside reported speech the activity at `anchor` is not part
    of: after a reporting verb in its clause that comes after the activity, or in another
    clause ("班长说下周一开班会" keeps its date: the meeting is what was said)."""
    clause_start = bounds[bisect.bisect_left(bounds, at) - 1] + 1
    if at > anchor:
        start = max(anchor, clause_start)
    elif anchor < bounds[bisect.bisect_left(bounds, at)]:
        return False  # the date before the activity in its own clause
    else:
        start = clause_start
    return _REPORTED_RE.search(low, start, at) is not None


# "帮他改了简历，他礼拜五去面试": a later clause that opens with another person, the date right
# after them, tells of their day, not of the advisor's deed in another clause.
_THEIR_CLAUSE_RE = re.compile(r"\s*(?:他|她)们?(?:自己)?[^,我]{0,4}$")


def _their_day(low: str, anchor: int, at: int, bounds: list[int]) -> bool:
    clause = bisect.bisect_left(bounds, at) - 1
    if at < anchor or clause == bisect.bisect_left(bounds, anchor) - 1:
        return False  # before the deed it may set its scene: "他周五来办公室，跟他谈了谈"
    return _THEIR_CLAUSE_RE.match(low, bounds[clause] + 1, at) is not None


def _coordinated(
    low: str, dates: list[DateMention], index: int, seg_start: int, seg_end: int
) -> list[date]:
    """The days of the date at `index` and of the dates listed with it ("周三周四", "前天和昨天"),
    in order and without repeats: an activity done on each of them."""
    if dates[index].coarse:
        return [dates[index].day]
    lo = hi = index
    while (
        lo > 0
        and not dates[lo - 1].coarse
        and dates[lo - 1].start >= seg_start
        and _joined(low, dates[lo - 1], dates[lo])
    ):
        lo -= 1
    while (
        hi + 1 < len(dates)
        and not dates[hi + 1].coarse
        and dates[hi + 1].start < seg_end
        and _joined(low, dates[hi], dates[hi + 1])
    ):
        hi += 1
    return list(dict.fromkeys(d.day for d in dates[lo : hi + 1]))


# "家访：2.8 李同学家，2.10 赵同学家": an activity followed by a colon and items that each
# open with a date happened on each of those days.
# The colon may follow a few more words of the activity ("dorm visits:", "家访情况：").
_LIST_COLON_RE = re.compile(r"[^,;:.!?。；\n]{0,12}?:\s*")
_ITEM_START_RE = re.compile(r"[:,;、/\n]\s*$|^\s*$")


def _listed_days(low: str, m: _Match, dates: list[DateMention], seg_end: int) -> list[date]:
    colon = _LIST_COLON_RE.match(low, m.end) if ":" in low else None
    if colon is None:
        return []
    days: list[date] = []
    last = m.end
    for d in dates:
        if d.start < colon.end() or d.start >= seg_end:
            continue
        if d.coarse or not _ITEM_START_RE.search(low[last : d.start]):
            return []
        days.append(d.day)
        last = d.end
    return list(dict.fromkeys(days)) if len(days) >= 2 else []


def _blank_dates(segment: str, dates: list[DateMention], start: int, end: int) -> str:
    """The segment, [start, end) of the note, with its date expressions replaced by breaks, so
    a topic stops before them."""
    for d in dates:
        # Slices keep the length, so each date's offsets stay valid for the next one.
        lo = (d.start if d.start > start else start) - start
        hi = (d.end if d.end < end else end) - start
        if lo < hi:
            segment = segment[:lo] + "," * (hi - lo) + segment[hi:]
    return segment


def _details(
    found: Found, norm: str, low: str, start: int, end: int, dates: list[DateMention]
) -> None:
    seg_low = low[start:end]
    segment = norm[start:end]
    found.hours = details.extract_hours(seg_low)
    found.time = details.extract_time(seg_low)
    place = details.extract_location_span(seg_low)
    if place is not None:
        found.location = details.finish_location(segment, place)
    if details.may_state_topic(segment):  # cheaper than blanking the dates for nothing
        found.topic = details.extract_topic(_blank_dates(segment, dates, start, end))
    if found.kind in _COUNTED_KINDS:
        found.students = details.extract_students(segment)
        count = details.extract_count(seg_low)
        if count is not None:
            found.count, found.explicit_count = count, True
        elif found.students:
            found.count, found.explicit_count = len(found.students), True


# "分别", "respectively": the people listed are one on each day listed.
_EACH_ONE_RE = re.compile(r"分别|\brespectively\b")


def _one_each(found: Found, days: list[date]) -> None:
    """ "上周四 周五分别和邓佳 马骁谈心": as many people as days, one on each day."""
    if found.kind in _COUNTED_KINDS and found.count == len(days):
        found.count = 1
        if len(found.students) == len(days):
            found.students = (found.students[days.index(found.day)],)


def _merge(into: Found, other: Found) -> None:
    """Two mentions of one activity on one day ("查寝，宿舍卫生良好") are one record."""
    into.time = into.time or other.time
    into.location = into.location or other.location
    into.topic = into.topic or other.topic
    into.hours = into.hours if into.hours is not None else other.hours
    if other.explicit_count and into.explicit_count and other.students and into.students:
        into.students = tuple(dict.fromkeys(into.students + other.students))
        into.count = max(into.count, len(into.students))
    elif other.explicit_count and (not into.explicit_count or other.count > into.count):
        into.count, into.explicit_count = other.count, True
    if not into.students:
        into.students = other.students
    into.segment = f"{into.segment} {other.segment}"
    into.dated = into.dated or other.dated


def note_dates(
    low: str, today: date, fallback: Callable[[str], list[DateMention]] | None = None
) -> list[DateMention]:
    """The date expressions of a normalised note (`low`), dated against `today`; `fallback`
    finds dates the rules miss in English."""
    chinese = _CJK_RE.search(low) is not None
    latin = _LATIN_RE.search(low) is not None
    dates = find_dates(low, today, is_plan(low, chinese, latin), chinese, latin)
    if not dates and fallback is not None and latin:
        dates = fallback(low)
    return dates


def analyse(
    text: str, today: date, fallback: Callable[[str], list[DateMention]] | None = None
) -> list[Found]:
    """The activities in `text`, dated against `today`; `fallback` finds dates the rules miss."""
    norm, low = normalise(text)
    if not low.strip():
        return []
    chinese = _CJK_RE.search(low) is not None
    latin = _LATIN_RE.search(low) is not None
    bounds = _clause_bounds(low)
    matches = _find_activities(_untag(low), bounds, chinese, latin)
    if not matches:
        return []
    if "《" in low and len(matches) > 1:
        matches = _drop_titles_of_others(low, matches)
    dates = note_dates(low, today, fallback)
    matches = _drop_mentions_again(low, matches, dates)
    if len(matches) > 1:
        matches = _drop_meeting_topics(low, bounds, matches, dates)
    if dates:
        matches = _with_repeats(low, bounds, matches, dates, today)
        matches = _with_day_items(low, bounds, matches, dates)
    result: list[Found] = []
    seg_start = 0
    for i, m in enumerate(matches):
        seg_end = (
            len(low) if i + 1 == len(matches) else _boundary(low, m, matches[i + 1], bounds, dates)
        )
        seg_end = max(seg_end, m.end)
        kind = m.kind
        if kind == "class_meeting" and _THEME_HINT_RE.search(low, seg_start, seg_end):
            kind = "theme_meeting"
        days = _listed_days(low, m, dates, seg_end)
        if not days:
            index = _pick_date(
                dates,
                seg_start,
                seg_end,
                m.start,
                bounds,
                today,
                low,
            )
            days = [today] if index is None else _coordinated(low, dates, index, seg_start, seg_end)
            dated = index is not None
        else:
            dated = True
        for day in days:
            found = Found(
                kind=kind,
                day=day,
                start=m.start,
                rule=m.rule_index,
                segment=low[seg_start:seg_end],
                dated=dated,
            )
            _details(found, norm, low, seg_start, seg_end, dates)
            if len(days) > 1 and _EACH_ONE_RE.search(low, seg_start, seg_end):
                _one_each(found, days)
            if len(days) > 1:
                _tally_count(found, low, dates, seg_start, seg_end)
            for earlier in result:
                if (
                    earlier.kind == found.kind
                    and earlier.day == found.day
                    # A document handed in and other work the same day stay apart.
                    and RULES[earlier.rule].document == RULES[found.rule].document
                ):
                    _merge(earlier, found)
                    break
            else:
                result.append(found)
        seg_start = seg_end
    return result


def kinds_named(text: str) -> tuple[str, ...]:
    """The kinds whose words the note names, in order, before any is ruled out (asked about,
    negated, put off, done by someone else): what the bot says it saw when it records nothing.
    `other` is left out: its words name no kind an advisor would recognise."""
    _norm, low = normalise(text)
    chinese = _CJK_RE.search(low) is not None
    latin = _LATIN_RE.search(low) is not None
    bounds = _clause_bounds(low)
    kinds: dict[str, None] = {}
    for hit in _scan_kinds(low, chinese, latin):
        if hit.lastgroup is None:
            continue
        rule = RULES[_RULE_INDEX[hit.lastgroup]]
        clause = bisect.bisect_left(bounds, hit.start()) - 1
        # A word that needs a verb in its clause to be a deed (宿舍 needs 去, 查…) names none.
        if rule.need is not None and not rule.need.search(
            low, bounds[clause] + 1, bounds[clause + 1]
        ):
            continue
        if rule.kind != "other":
            kinds[rule.kind] = None
    return tuple(kinds)
