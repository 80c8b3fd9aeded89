"""Blocking: when a word for an activity records nothing.

Stage 3 of the activity pipeline. `find._find_activities` asks `_is_blocked(low, start, end,
clause)` for each activity word it found; True means the word is mentioned, not reported as
done by the advisor. The reasons, in the order `_is_blocked` tries them (the cheap and
decisive ones first):

- the clause after says the advisor was not there or the call did not go through
  (…，我没参加; …，没打通: `_NOT_THERE_NEXT_RE`);
- the clause before only sets a condition (如果天气好的话，…: `_CONDITION_RE`,
  `_CONDITION_IN_CLAUSE_RE`);
- a question (`_QUESTION_ZH_RE`, `_QUESTION_EN_RE`, `_asks`; "班会：考研还是就业？" is a title,
  not a question), unless the next clause answers it with the deed ("听课？上周三听过了":
  `_ANSWERED_RE`) or it asks the bot to log it (`_LOG_REQUEST_RE`);
- a request to the bot or to someone else (`_REQUEST_RE`);
- before the word in its clause (`_BLOCK_BEFORE_RE`, built from `_NEG_BEFORE_RE` 没去,
  `_WISH_RE` 想带学生去, `_TOLD_BEFORE_RE`, `_INSTRUCTION_RE`, `_OTHER_DOER_BEFORE_RE` 替我,
  `_THEY_ARE_TOLD_RE` 让他们给妈妈打个电话,
  `_REASON_BEFORE_RE` "because of"): a negation, a wish (寻思着去…), an instruction (咋抓宿舍
  卫生), the students told to go (叫他们多去自习室), a reason;
- handed out as a duty (把查寝、考勤分分工: `_ASSIGNED_BEFORE_RE` with `_ASSIGNED_AFTER_RE`);
- "有空去…" some day, no day (`_WHEN_FREE_RE`); a to-do list under a heading
  (`_TODO_HEAD_RE`: 提醒自己：…);
- someone else did it (`_OTHER_DOER_RE` 辅导员今天去查寝了, `_FOR_ME_RE` "for me",
  `_STAFF_SUBJECT_RE` carried on from the clause before, `_elsewhere_in_english`);
- students away or students saying it (`_STUDENTS_AWAY_RE`, `_STUDENT_SAYS_RE`, unless the
  next clause says the advisor took part: `_I_TOOK_PART_RE`);
- meant to but did not ("planned to visit … but": `_MEANT_TO_RE` with `_BUT_RE`);
- a notice about it forwarded (`_forwarded`: 把体检的通知转到班级群里, 学院叫班主任填一张表，我转发
  到班级群里了; not 转发通知后开了班会), or a notice pasted (`notdone.NOTICE_HEAD_RE`: 学院通知：…,
  unless the advisor goes);
- the formal passive after it (`notdone.NOT_DONE_AFTER_RE`: "could not be done", "was not held");
- news of it (`_NEWS_AFTER_RE`: 美赛成绩出来了), it fell through (`_FELL_THROUGH_EN_RE`),
  they want or will do it (`_THEY_WANT_RE`, `_THEY_WILL_*`, unless "I'll go too");
- a ✘ against it in a list of marks (`_MARK_LEAD_RE`, `_CROSS_*`);
- a negation after it (`_NEG_AFTER_RE`, behind the cheap `_NEG_AFTER_GATE_RE`: 班会取消了,
  "was cancelled") or put off to an undated later (`_NEG_LATER_RE`: 等考完试再…).

Some of these come back later: an activity that fell through and was then done on another
day is `find._moved_and_done`; a repeat is `topics._with_repeats` (which asks
`_is_blocked` again for the repeat's own clause).

Speed: the patterns run at every activity word, so the big ones are `gates.gated` by the
characters they can start with: `QUESTION_ZH_FIRST`, `TODO_HEAD_FIRST`, `NEG_LATER_FIRST`,
`MEANT_TO_FIRST`, `BLOCK_BEFORE_FIRST`. An edit that lets a pattern start with a new character
must add it there (`tests/parsing/test_scan_gates.py` names the missing one).

How to add a reason: a regex with an example comment beside its kin above, one `if` in
`_is_blocked` at the place its cost and certainty fit, and the note in the corpus
(`tests/data/parse_corpus.jsonl`) with what it should record.
"""

from __future__ import annotations

import re

from bot.parsing.clauses import _LATIN_RE, Clause
from bot.parsing.gates import gated
from bot.parsing.notdone import (
    AFTER_FORWARDING_RE,
    EARLIER_ONE_RE,
    FORWARD_AFTER_RE,
    FORWARDED_IN_CLAUSE_RE,
    I_GO_RE,
    NOT_DONE_AFTER_RE,
    NOTICE_HEAD_RE,
    NOTICE_WORD_RE,
    deed_told_done,
)

QUESTION_ZH_FIRST = "什何几可吗呢哪在多如怎想是有能要请问来阿"

_QUESTION_ZH_RE = gated(
    QUESTION_ZH_FIRST,
    # "主题班会:如何适应大学学习", "讲了怎么和室友相处": a title or a subject, not a question.
    r"几点|什么时候|何时|哪天|哪一天|哪里|在哪|(?<![:讲谈聊享于习论—\-])(?<!:\s)(?<![讲谈聊说论流享绍教]了)(?:怎么|如何)|是否|要不要|能不能|可不可以|(?<![看查])有没有|多少|几次|吗|呢\s*$"
    r"|想问|问一下|问下|请教一下"
    # "看有没有用违规电器的", "检查有没有": what was checked for is no question (above).
    # "研讨会是明天还是后天来着": which was it again, a choice of days.
    # "是不是明天开班会", "阿是明个开班会" (Jianghuai and Wu 阿是 for 是不是): a yes-no question,
    # not what was looked at ("看了看是不是有人没回来", `_LOOKED_FOR_RE` below).
    r"|(?<![看查问认])是不是|(?:^|(?<=[,\s]))阿是"
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
    # "请系主任给新生做了讲座": someone invited, who then did it. "提醒的家长联系：已打两个",
    # "提醒里的查寝：周二去了": a reply naming the bot's reminder (its kind, then the deed).
    r"\s*(?:请(?!了|学长|学姐|师兄|师姐|校友|专家|嘉宾|[^,]{0,10}?(?:做了|作了|讲了|来了))|记得|别忘|提醒(?![的里中])|麻烦|务必|通知|转发(?![^,]{0,14}?(?:后|之后|以后|完了?|然后))|温馨提示|辛苦(?:各位|大家|老师们)"
    # "各位老师好，今天…": a greeting opens the note, no request.
    r"|各位(?:老师|班主任|同事)(?!们?(?:好|晚上好|早上好|下午好|晚安))|老师们(?!好)"
    # "各班于本周内召开安全主题班会": a directive to every class (a notice pasted).
    r"|各(?:班|班级|班主任)(?:须|需|要|应|务必|于|在|请|自行|统一|均)"
    r"|大家(?:注意|记得|尽快|抓紧)|please|pls|plz|remember\s+to|"
    r"don'?t\s+forget|reminder"
    # "收到学院通知：各班须于3月20日前上报…": a notice received, quoted after its colon.
    r"|收到[^,:]{0,12}?(?:通知|文件|要求)\s*:)"
)

# A question to the bot opened by its heading and a condition or a question word (class: a
# question told as one): "A question: when I look into the evening self-study only for 10
# minutes, does this count as a classroom visit?", "Quick question: if I call a parent on
# WeChat, …"; the activity words of its sentence are asked about (not "Question: I called 2
# parents yesterday, does that count?", a deed told).
_QUESTION_HEAD_RE = re.compile(
    r"\b(?:(?:a|one|quick|small|short|another|little|my)\s+)?question\s*:\s*"
    r"(?:when|if|whether|does|do|is|are|can|could|should|must|may|how|what|which|would|will)\b"
    r"(?=[^.!?\n]*$)"
)

# A heading that makes what follows a to-do list.
TODO_HEAD_FIRST = "nrt备待提给"

_TODO_HEAD_RE = gated(
    TODO_HEAD_FIRST,
    r"(?:提醒自己|给自己提个醒|备忘|待办(?:事项)?"
    r"|\bto-?do(?:\s+list)?|\bnote\s+to\s+self|\breminder\s+to\s+self)\s*:",
)

_NEG_BEFORE_RE = re.compile(
    r"(?:没(?!有?(?:想到|料到|注意到)|过?多大?(?:会儿?|久)|过?一会儿?|过?几分钟)有?|未能|未曾|并未|尚未|还没|不用|不必|不需要|不要|取消|推迟|暂停|暂不|没能|无法|不再"
    # "忘了记录：昨天查寝" forgot to log it, not to do it, as "忘记记了~ 顺便…聊了聊" (记 alone);
    # "不是查寝，是去谈心" names what it was not
    r"|忘(?:了|记)(?!记录|登记|记(?!得)|填|报|录|写|说|提交|上报|打卡)|(?<![是])不是"
    # wishes, hypotheses, plans that fell through, and "later, once …": nothing done yet
    r"|如果|假如|(?<![主重需只])要是|万一"
    r"|本来|原本|原定|原计划|原打算|等[^,]{1,12}?(?:再|以后|之后)|找个?时间|(?:还得|还要|得)等|改天|回头再|有空(?:的时候|时)?再|过段时间|过阵子|过(?:几|些)(?:天|日子)|以后再"
    # "之後我會再跟他家長聯絡一下": later, with no day (class: a Taiwan advisor's 之后 … 会再);
    # not a step told with 之后再 alone, which may be done ("之后再去教室看了看").
    r"|(?:之后|以后|回头|后面|后续)(?:我|我们)?(?:会|也会|还会)再"
    # "今天我不能去宿舍" (a learner's can't for 去不了), "我不可以参加".
    r"|未(?=[去开进查联谈召组参到])|(?<![要])不(?:能|可以)?(?=[去开进查联谈召组参到听走]|$)"
    # "今晚去不了宿舍", "来不了查寝": can't go (class: the potential complement).
    r"|(?:去|来|开|查|听|参加)不(?:了|成)(?=[^,]{0,3}$))"
    # "假期还没结束就有家长打电话来": what has not ended is not the activity; nor is "还有四个没回来
    # 挨个给家长打了电话", students not back yet (class: the people's own 没回来 before the deed).
    # "给两个没返校的学生家长打了电话": a negation inside a clause about the people is no negation;
    # nor is it in "给没签约学生的家长打了电话" (the students' own, their parents called).
    r"(?!结束|放假|开学|下课|毕业|到)(?!(?:(?<=[个位名人生学们]没)|(?<=[个位名人生学们]没有))(?:回来|回校|返校|到校))(?![^,]{0,6}?的(?:学生|同学|孩子|人|家长|新生|新同学|男生|女生|室友|舍友|伢|娃|\s)"
    r"|(?![去到进给和跟找约联打])[^,]{0,6}?(?:学生|同学|孩子|伢子|娃|人)的$"
    # "给几个没买上票的家长打个电话": the negation describes the people the word names.
    r"|(?![去到进给和跟找约联打开查听谈访])[^,\s]{1,6}?的$"
    # "找了数分小测冇及格的3个伢谈话": … and counted before the word names them.
    r"|(?![去到进给和跟找约联打开查听谈访])[^,\s]{1,6}?的[\d一二两三四五六七八九十几]{1,3}\s*[个位名]$)[^,]{0,6}$"
    # "the students who missed the exam were talked with": the people's own, no negation.
    # "I have not had time to visit the dorms": no time found for it.
    r"|\b(?:(?:have|has)\s+not\s+had|(?:haven|hasn)'?t\s+had|(?:didn'?t|did\s+not)\s+have|had\s+no)\s+"
    r"(?:the\s+|enough\s+)?time\s+to(?:\s+\S+){0,4}\s*$"
    r"|(?<!\bwho\s)(?<!\bwhom\s)(?<!\bthat\s)"
    r"\b(?:didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not|not\s+yet|never|no|"
    # "the postponed dorm visit was made tonight": one put off before, told now.
    # "had to cancel the class meeting", "decided to call off the dorm visit".
    r"(?<=\bto\s)(?:cancel|call\s+off|postpone|scrap|skip)|"
    r"cancel(?:l)?ed|(?<!\bthe\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bthis\s)postponed|forgot\s+to(?!\s+(?:log|record|report|mention|add|enter|write|tell|say|key|type|update|send))|skipped|missed|"
    r"couldn'?t|could\s+not|can'?t|cannot|can\s+not|won'?t|will\s+not|wasn'?t\s+able\s+to|"
    r"weren'?t\s+able\s+to|failed\s+to|unable\s+to|instead\s+of|would\s+like\s+to|hope\s+to|"
    r"wanted\s+to|want\s+to|meant\s+to|skip|skipping|need\s+to|needs\s+to|have\s+to|has\s+to|got\s+to"
    # "I must still call the parents of Chen": still to do (not "I must say the meeting …").
    r"|gotta|should|must(?!\s+(?:say|admit|confess|add|mention|note|tell\s+you))(?:\s+still)?)\b(?:\s+\S+){0,4}\s*$"
)

# "改答辩ppt 改到10点": worked on until a time of night (class: 改 as editing), not moved to
# another time ("班会改到周三", "改到10点开").
_NOT_EDITED_TILL = r"(?!\s*(?:(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:点|:)|半夜|凌晨|深夜|很晚)(?![^,]{0,4}?(?:开|去|查|举行|进行)))"

# Said right after the activity (anchored at its end) ... ("家长电话没打", "谈心还没谈": not done;
# the northern verbs of doing too, Dongbei 整 and Mandarin 搞, 弄: "查寝今儿个没整成", "班会整不成了";
# in a note whose words are split by spaces, a day between: "班委会 今天 没 开成"; "宿舍没顾上去",
# "宿舍没来得及去": no time for it)
_NEG_AFTER_RE = re.compile(
    rf"\s*(?:❌|✗|✘|✖|×(?!\s*[\d一二两三四五六七八九十])|未完成|没完成)|[^,]{{0,4}}?(?:被)?(?:取消|推迟|延期|改期|暂停|改到{_NOT_EDITED_TILL}|改在|改成|调到|调整到|挪到|推到|延到)|(?:[^,]{{0,2}}|[今昨前]儿个|\s[^,\s]{{1,2}}\s)没(?:有)?\s?(?:顾上|顾得上|来得及|时间|空)?(?:开|去|成|打(?![通完])|谈(?![完好])|聊|联系|(?:整|搞|弄)(?![理清明懂好完定]))|[^,]{{0,4}}?还?没(?:有)?打(?:电话)?(?=\s*(?:$|[,.;!?。；！？]))|[^,]{{0,6}}?(?:不|别)(?:用|必|需要|能|可以)?(?:开|去|查|听|搞|办|进行)(?!错|少|多|好|了解|过来)|[^,]{{0,6}}?(?:开|去|查|听|办|整|搞|弄)不(?:了|成)|[^,]{{0,4}}?(?:原定|原计划|本来定|原本定)|[^,]{{0,10}}?(?:被|给)?(?:取消|推迟|延期|改期|暂停)了"
    # A list's status of not done: "班会：未开", "家长面谈（还没做）", "查寝: 尚未进行".
    r"|[^,，。；:：(（\s]{0,3}\s*[:：(（]\s*(?:未|尚未|还没|还未|没)(?:有)?(?:开|做|去|进行|完成|办|谈|打|联系|开展)?\s*[)）]?"
    r"(?=\s*(?:$|[,.;!?。；、\n]))"
    # "宿舍好几天没去了", "宿舍一个星期没去成": not gone for a while (class: a stretch of time
    # between the place and 没).
    r"|\s*(?:好几天|好多天|好些天|这几天|几天|一阵子|好一阵|一个?星期|一个?礼拜|一周|半个月|一个月|很久|好久)"
    r"(?:都|也|了)?(?:还)?没(?:有)?(?:去|来|查|开|听)"
    # "本周的班会因为运动会推迟到下周了": put off to a later day (done after all: _MOVED_DONE_RE).
    r"|[^,]{0,10}?(?:推迟|延期|改期|挪|调|延|撂|搁|放)到"
    # "主题班会 推了", "班会往后推了": put off, no day yet (not 推荐, 推了一个人选).
    r"|[^,]{0,4}?(?:往后|向后)推|[^,]{0,4}?推(?:掉|后)?了(?=[^\u4e00-\u9fff\d]*$)"
    # "dorm check got rained out".
    r"|(?:\s+\S+){0,2}?\s*(?:got|was|were|been)\s+(?:rained|snowed)\s+(?:out|off)\b"
    # A word's gloss in brackets is part of it, the word found in it too ("the training on
    # mental health (心理健康培训) for tomorrow is postponed").
    r"|\)?(?:\s+\S+(?:\s*\([^()]{1,30}\))?){0,5}?\s*\b(?:was|were|got|has\s+been|is|had\s+been|(?:had|has|have)\s+to\s+be|will\s+be|must\s+be)\s+(?:cancel|postpon|moved|called\s+off)"
    r"|(?:\s+\S+){0,2}?\s*(?:moved|pushed|shifted|rescheduled|postponed)\s+(?:to|back|until|till)\b"
    r"|\s*(?:cancel(?:l)?ed|postponed|called\s+off|rescheduled)\b"
    r"|(?:\s+\S+){1,2}?\s+(?:cancel(?:l)?ed|postponed|called\s+off|rescheduled)\b"
    r"|[^,]{0,6}?等[^,]{1,12}?(?:再|以后|之后)"
    # "参观统计局的活动因对方临时有接待任务取消": called off for a reason told in its clause.
    r"|[^,]{0,12}?(?:因为?|由于)[^,]{0,16}?(?:而)?(?:被)?(?:取消|推迟|延期|改期|暂停)了?\s*$"
    # "班委会本来今朝开的 班长去深圳面试 推到下礼拜哒": what it was meant to be, so it was not.
    r"|\s*(?:本来|原本|原来)(?!就)(?:是|说)?[^,]{0,8}?(?:开|去|查|听|办|搞|进行|举行)的"
    # A report's "not done": "家访工作暂未开展", "主题班会本周未召开", "宿舍走访尚未进行".
    r"|[^,]{0,6}?(?:暂|尚|还|均|都|仍)?(?:未|没有)(?:能)?(?:开展|召开|进行|举行|组织|落实|实施|安排)"
)

# A word every alternative above needs: without one after the activity, the lazy windows
# need not be tried (a test checks that it covers the pattern).
_NEG_AFTER_GATE_RE = re.compile(
    r"[❌✗✘✖×未没取推延改暂调挪不别原本等撂搁放]|cancel|postpon|moved|pushed|shifted|reschedul|called|rained|snowed"
)

# ... or anywhere after it in its clause. The lookahead lists every first character, so most
# positions fail on one set test.
NEG_LATER_FIRST = (
    "'acdfhmnsw下以先免回委得打托拜改放有未没算缓联请过还无到明后周我替代帮那说爽拉白扑泡吹黄"
)

_NEG_LATER_RE = gated(
    NEG_LATER_FIRST,
    r"\b(?:will|'ll|has\s+to|have\s+to|must|can)\s+(?:have\s+to\s+)?wait\b"
    # "will hold a class meeting sometime next week": no day yet.
    r"|\bsome\s?time\s+(?:next|this|later|in\s+the)\b"
    # "will go 查寝 some other day": put off to a day not named.
    r"|\b(?:some\s+other|another)\s+(?:day|time)\b"
    # "听课的事拜托王老师了": handed to someone else; "打电话，没打通": the call did not go through
    # "都打了电话 一个没打通": one of several not reached is no failure of the calls, nor is
    # one not answered at first ("有一个开始冇接 夜里回过来的", "起初没接").
    r"|拜托|委托|托[^,]{0,6}代|请[^,]{0,8}代(?:为|我)|(?<![个位名始初])(?:没打通|打不通|没人接|没接|未接通|没联系上|联系不上|无人接)"
    r"|\b(?:no\s+(?:one\s+)?answer(?:ed)?|didn'?t\s+(?:pick\s+up|answer|get\s+through))\b"
    r"|\b(?:didn'?t|did\s+not|never)\s+(?:happen|take\s+place|go\s+ahead)\b|\bfell\s+through\b|没(?:能)?(?:进行|举行|成行)"
    # "查寝这周就免了吧", "听课的事先放一放", "班会等期末考完再开", "家访还得等家长有空".
    r"|免了|算了|先?放一?放|缓一?缓|先不|(?:还得|还要|得)等"
    # "14号的班会因为考试调整没开": not held, said at the clause's end; "…后来他家长说没在家
    # 就没去了": a run-on voice note's 了 after it.
    # "查寝没做" (netslang.py spells "查寝摆烂了" so): not done, said at the clause's end.
    r"|没(?:开|去|查|听|办|做|搞|弄)成?了?$"
    # "查寝的事下次再说": put off to another time.
    r"|(?:下次|以后|回头|改天|过几天|过两天|有空|到时候?|明天|后天|下周|周末)再(?:说|去|弄|搞|查|开|聊|谈|联系)"
    # Voice notes run on without a break: "…没进去 嗯 改天吧", "他爸临时加班 说改天吧",
    # "我这边有课去不了 让小孙老师替我听了", "让王老师帮我去听了": a stand-in went.
    r"|改天吧|那就改天|说改天|我[^,]{0,6}?(?:去不了|参加不了|来不了|没法去|没法参加|赶不上)|(?:替|帮|代)我(?:去)?(?:听|去|参加|开)"
    # "查寝叫班长替我看看吧": a stand-in looks in, checks or keeps an eye on it.
    r"|(?:替|代)我(?:去)?(?:看|查|盯|管)"
    # "约了小张谈心 他没来", "班会黄了", "查寝这周就拉倒吧", "去听课 … 白跑一趟": the other side
    # did not come, it fell through (northern 黄了, 泡汤, 拉倒), or the trip was in vain.
    r"|(?<=[他她们生方长])(?:没来(?![上学校得])|没到|爽约)|放了?我?鸽子"
    # "约好的谈心没人来": no one came (not "没人来开门", someone not opening up).
    r"|没人来(?=了?(?:[^\u4e00-\u9fff]|$))"
    r"|黄了|泡汤了?|吹了|拉倒|白跑了?一?趟|扑了?个?空",
)

# "提醒学生查寝时间", "通知大家今晚班会": what students are told of is no activity of the advisor;
# nor what they are called on to do ("学院号召同学们参加献血", the literary 号召诸生).
_TOLD_BEFORE_RE = re.compile(
    r"(?:提醒|通知|告诉|叮嘱|转告|告知|号召)(?:一下)?(?:学生|同学|大家|他们|全班|班长|班委|各寝室)[^,]{0,6}$"
    # "叫他们这两天多去自习室泡泡", "让挂科的同学多去自习室": the students told to go.
    # 喊 is Southwest Mandarin's 叫 ("喊他们多去自习室").
    r"|(?<![也又再])(?:叫|喊|让|督促|鼓励|嘱咐)(?:他们|她们|学生们?|同学们?|大家|孩子们?|[^,]{1,6}?的(?:学生|同学|孩子)们?)"
    r"(?:这两天|这几天|平时|以后|每天|多|都|也|常|经常|有空)*(?:去|到|上)[^,]{0,4}$"
    # "学院开会说下周要查寝": what someone said is to be done is a notice, not a record.
    r"|(?:说|要求|提到|强调)[^,]{0,6}?(?:要|需要|必须|务必)[^,]{0,6}$"
    # "学院通知周五开班主任会议": a notice of it.
    # Not a deed after the notice: "转发学院通知后开了个短班会".
    r"|(?:学院|学校|学工办?|学工部|辅导员|系里|上级|教务处?|团委)(?:发了?)?(?:个|一个)?通知(?!后|之后|以后)(?:说|要求)?[^,]{0,8}$"
)

# Said in the clause after the activity: the advisor was not there ("学生们自己开了班会，我没参加"),
# the call failed ("想给家长打电话，没打通").
_NOT_THERE_NEXT_RE = re.compile(  # used with .match(low, pos): anchored at the clause start
    # A report says 本人 for 我: "…自行组织了一次读书分享会，本人未参加".
    r"\s*(?:但是?|可是|不过|结果|but\s+)?(?:(?:我|本人)(?:没有?|并?未)(?:参加|参与|去|到场|出席|在场|赶上)"
    # "…，本人因上课未参加", "…，我由于出差未能出席": away, with the reason between.
    r"|(?:我|本人)(?:因为?|由于)[^,]{1,10}?(?:没有?|并?未|未能|没能)(?:参加|参与|到场|出席|在场)"
    # "今天学院开班主任会，我有课没去": away, with the reason and no 因为 (class: 我有课 / 有事
    # / 在上课 before 没去).
    r"|(?:我|本人)(?:有|要|得|在)[^,]{1,5}?(?:没有?|并?未|未能|没能)(?:去|参加|参与|到场|出席)(?![^,]{0,2}(?:宿舍|寝室|教室|家))"
    r"|我[^,]{0,3}?(?:出差|请假|在外地|不在学校|不在场)"
    # "跟小周约了谈话，他没来": the other side did not come; not what he missed, the reason
    # told after a call ("给他家长打了个电话，他没来考试", "…，他没来上课").
    r"|(?:他|她|他们|她们|学生|同学|对方)[^,]{0,4}?(?:没来(?![上学校得考])|没到|没出现|失约|爽约|放了?我?鸽子)"
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
    # "安全主题班会 今天晚上不开了 改成在群里发通知": a clause of its own calls it off.
    r"|(?:今天|今晚|明天|明晚|这周|本周|这次)?(?:晚上|下午|上午)?(?:就|也|先|暂时)?"
    r"(?:不(?:开|去|查|听|办|搞)了|取消了|没开成|没去成|推迟了|延期了|不搞了)"
    # Class: put off by word of someone else in the clause after ("学院本来喊明天下午开经验交流
    # 会，结果又说推到国庆后头了", "…，后来通知改期了").
    r"|(?:后来)?(?:又|学院|学校|上面|领导)?(?:说|通知)(?:要)?(?:推到|推迟到|改到|延到|挪到|推迟|延期|改期|取消)"
    # "准备下周开个班会，时间还没定": a plan with no day yet.
    r"|(?:具体)?(?:时间|日期|日子)(?:还|都|也)?(?:没|未|待|不)(?:有)?(?:定|确定|决定)|待定"
    # Class: a report's called off or put off with no new day: "…，改期待定", "…，时间另定",
    # "…，另行通知", "…，因学院统一安排取消" (not "因下雨推迟到周五": a day named).
    r"|(?:改期|延期|推迟|时间)(?:另定|另行(?:通知|安排))|另行通知"
    r"|(?:因为?|由于)[^,]{0,16}?(?:而)?(?:被)?(?:取消|推迟|延期|改期|暂停)了?\s*[。.;；!]?\s*$"
    # The reason first and 所以 (class: "…班会 要 开 的，考试 太 多 所以 延期", "…计划 的, 学生
    # 都 走 了 所以 取消"): called off, no day named after it.
    r"|[^,]{1,16}?(?:所以|于是|因此)\s?(?:就|只好|只能)?\s?(?:被)?(?:取消|推迟|延期|改期|暂停)了?\s*[。.;；!]?\s*$"
    # "class meeting next week, date TBC": the English plan with no day yet.
    r"|(?:the\s+)?(?:date|day|time)\s+(?:is\s+)?(?:still\s+)?(?:tbc|tbd|tba|to\s+be\s+(?:confirmed|decided|arranged|fixed)"
    r"|not\s+(?:yet\s+)?(?:fixed|set|decided|confirmed)))"
)

# Called off a clause later, after the other side's reason (class: the reason between the
# activity and its calling off): "上礼拜五参观的事情，公司那边临时有事，取消了", "家访，家长
# 突然要出差，改期了".
_THEIR_REASON_NEXT_RE = re.compile(  # used with .match(low, pos): anchored at the clause start
    r"\s*(?:因为|由于|但是?|可是|结果)?[^,]{0,8}?(?:临时|突然)?(?:有事|来不了|有变|要出差|出差|下雨|下大雨|停电|闭馆|不开放)"
    # Any reason opened by 因为 / 由于 (class: a Taiwan advisor's "原本預定這禮拜三的班會，因為
    # 學院臨時要開會，先取消了").
    r"|\s*(?:因为|由于)[^,]{1,24}?(?=,|$)"
)
_CALLED_OFF_NEXT_RE = re.compile(
    r"\s*(?:所以|于是|只好|只能|就|也)?(?:临时)?(?:取消|推迟|延期|改期|泡汤|黄)了"
    # "先取消了", "先延后" (延后 is spelled 推迟): called off for now, the clause ending there.
    r"|\s*(?:所以|于是|只好|只能|就)?(?:先|暂时|暂且)(?:取消|推迟|延期|改期)(?:了|掉了)?\s*$"
)
# The reason told in the activity's own clause, then called off in the next (class:
# "下禮拜三的班會因為很多同學要參加建模比賽的集訓，先延後，時間還沒確定").
_REASON_AFTER_RE = re.compile(r"因为|由于")
_CLAUSE_END_RE = re.compile(r"[,;!?。；\n]|$")


def _called_off_after_their_reason(low: str, cs: int, ce: int, ne: int) -> bool:
    """Whether the activity of the clause [cs, ce) is called off a clause later, after a reason
    told in the next clause (`ne` its end) or in its own (the students' event the reason is,
    "因為很多同學要參加建模比賽的集訓", is called off with it)."""
    if _REASON_AFTER_RE.search(low, cs, ce) is not None and ce < ne:
        return _CALLED_OFF_NEXT_RE.match(low, ce + 1, ne) is not None
    if ne >= len(low) or _THEIR_REASON_NEXT_RE.match(low, ce + 1, ne) is None:
        return False
    after = _CLAUSE_END_RE.search(low, ne + 1)
    return _CALLED_OFF_NEXT_RE.match(low, ne + 1, after.start() if after else len(low)) is not None


# Said at the start of the next sentence, after what was discussed (class: the advisor away,
# told after the meeting's business): "今晚学习委员组织班委开会，讨论…。我因参加系里的教学会议
# 未能到场". Only a plain "I was not there", as the next clause's words may tell of another deed.
_NOT_THERE_LATER_RE = re.compile(  # used with .match(low, pos) at the next sentence's start
    r"\s*(?:但是?|可是|不过)?(?:本人|我)[^。;；!?\n]{0,14}?"
    r"(?:(?:未能|没能|未|没有?)(?:到场|出席|在场|到会)|(?:未能|没能)(?:参加|参与))"
    # "我没能参加下午的讲座" is away from another thing.
    r"(?=\s*(?:[,。;；!?\n]|$))"
)
_SENTENCE_END_RE = re.compile(r"[。;；!?\n]")

# "听课？上周三听过了", "dorm check? did it yesterday": a question the next clause answers with
# the deed done (and nothing negated or asked there).
_ANSWERED_RE = re.compile(
    r"(?![^,?]*(?:没|不|未|吗|呢|\bnot?\b|n't\b))"
    # "今天查寝了吗？查了，3栋": the answer is the deed.
    r"(?:\s*[听查开去联谈打走看访]了(?![^,?]{0,2}吗)"
    r"|[^,?]{0,12}?(?:已经|早就|[听查开去联谈打走看访]过|[听查开去联谈打走看访]完了)"
    r"|\s*(?:yes,?\s*)?(?:already\s+)?(?:did|done|went|held|had)\s+(?:it|that|one)\b)"
)

# A wish is not a deed: "想带学生去科技馆参观", "想给小李家长打电话".
# 寻思, 琢磨: northern words for 想 ("寻思着去看看早读").
_THINK_OF = r"(?:(?<![思理感联猜回])想|寻思|琢磨)"
_WISH_RE = re.compile(
    rf"{_THINK_OF}(?:要|着)?(?:(?:去|给|找|带|跟|和|让|组织|开|办|搞|约|请)[^,]{{0,10}})?$"
    # "我想下周找时间跟家长聊聊": a day or a time between the wish and the deed.
    rf"|{_THINK_OF}(?:要|着)?(?:下周|明天|后天|周末|这周|本周|过几天|找时间|有空)[^,]{{0,10}}$"
)

# News of it is not the advisor's activity: "美赛成绩出来了".
_NEWS_AFTER_RE = re.compile(
    r"[^,]{0,4}?的?(?:成绩|结果|名单|获奖名单|排名)(?:已经?|都|终于)?(?:出来|公布|揭晓|下来|发布)"
    # "MCM results out!!", "数模 scores were announced".
    r"|\s+(?:results?|scores?|rankings?|grades?|awards?|prizes?)\s+(?:are\s+|were\s+|is\s+|was\s+"
    r"|have\s+been\s+|has\s+been\s+|just\s+|finally\s+|came\s+)*(?:out|in|announced|released|published|posted)\b"
)

# A notice of the college's own event, with its request to the advisors after it (class: a
# forwarded notice, "学院定于下周三下午召开全院班主任工作经验交流会，请各位班主任准时参加"):
# what the college has fixed is its plan, not the advisor's deed.
_FIXED_BY_THEM_RE = re.compile(
    r"(?:学院|学校|学工办?|学工部|学生处|系里|院里|校团委|团委|教务处?|上级)[^,]{0,4}?"
    r"(?:定于|拟于|将于|决定于|计划于)[^,]{0,24}$"
)
_ADVISORS_ASKED_RE = re.compile(
    r"(?:请|望|要求)(?:各位|全体|各)(?:班主任|老师|辅导员|同志|班)|请(?:准时|按时)参加"
)

# The students' committee or league branch on its own, without the advisor (class: a report's
# "班委会自行组织了一次读书分享会", "团支部自行在班级群组织了线上悼念").
_ON_THEIR_OWN_RE = re.compile(
    # Not 自己: "学生自己来找我谈心" came to the advisor.
    r"(?:班委会?|班干部?|班长|团支部|团支书|学生会|同学们?|学生们?)[^,]{0,6}?(?:自行|自发)"
    r"(?:(?:组织|开展|举办|召开|开了|搞了)[^,]{0,12})?$"
)

# A notice forwarded to the class is no work of its own ("辅导员让我把那个体检的通知转到班级群
# 里面", "把学院的查寝通知转发到群里了", "转发了学工办的资助通知"): what it is about is its topic.
_FORWARDED_RE = gated(
    "把将转",
    r"(?:把|将)[^,]{0,14}?(?:通知|文件|公告|消息|链接|问卷)[^,]{0,2}?(?:转发|转|发|推送)(?:到|至|给|进)"
    r"[^,]{0,6}?群|转发了?[^,]{0,12}?(?:通知|文件|公告)",
)


# A word every forwarding verb of `notdone.FORWARDED` holds.
_FORWARD_GATE_RE = re.compile(r"转|推送|发|传达|分享|forward|fwd|passed|shared|posted|relayed")


def _forwarded(low: str, start: int, end: int, clause: Clause) -> bool:
    """Whether the activity at [start, end) is what a notice forwarded asks for (class: a notice
    passed on, `notdone.FORWARDED`): in its own clause ("把体检的通知转到班级群里", "学院心理健康
    普查的通知已转发到班级群"; not a deed after the forwarding, "转发通知后开了班会"), or a notice
    named in its clause that the next clause forwards ("学院今天叫班主任填一张表，我转发到班级群
    里了"; not "开了班会，会议纪要转发到群里了")."""
    cs, ce, ne, _ = clause
    if "转" in low or "推送" in low:
        for pattern in (_FORWARDED_RE, FORWARDED_IN_CLAUSE_RE):
            found = pattern.search(low, cs, ce)
            if found is not None and not (
                found.end() <= start and AFTER_FORWARDING_RE.match(low, found.end(), start)
            ):
                return True
    elif _LATIN_RE.search(low, cs, ce) and FORWARDED_IN_CLAUSE_RE.search(low, cs, ce):
        return True
    if _FORWARD_GATE_RE.search(low) is None:
        return False
    if (
        FORWARD_AFTER_RE.match(low, cs, ce) is not None
        and NOTICE_WORD_RE.search(low, clause.prev_start, ce) is not None
    ):
        return True  # "…表，我转发到班级群里了": the posting to the group is the forwarding
    return (
        ce < ne
        and FORWARD_AFTER_RE.match(low, ce + 1, ne) is not None
        and NOTICE_WORD_RE.search(low, cs, ce) is not None
        and not deed_told_done(low, end, ce)
    )


# An instruction is not a deed ("国庆期间注意安全教育", "做好考研动员"), and how to do it is a
# subject ("讲了怎样和学习困难的学生沟通").
_INSTRUCTION_RE = re.compile(
    # Not a report's deed carried out on its day: "本周落实宿舍安全检查工作", "12月3日落实…".
    r"(?:注意|做好|加强|抓好|(?<!本周|上周|今天|昨天|已经|认真)(?<![日号已])落实|重视|强化)(?:好|一下)?$"
    # "讲讲咋抓宿舍卫生" (咋: northern 怎么): how to manage it, the subject of a talk.
    r"|(?:怎样|如何|怎么|咋)(?:去|来)?(?:抓|管|管理|搞|弄|做|开)?(?:好)?$"
    # "例会上要求每周查寝两次", "学校规定每月至少家访一次": a standing order, its rate before
    # the deed (class: a rule told is no deed done; "按要求今天查了寝" is one).
    r"|(?<![按照据依])(?:要求|规定)[^,]{0,8}?(?:每周|每月|每天|每晚|每学期|每个月|每个?星期|每个?礼拜|定期|至少)[^,]{0,6}$"
)

# Someone else did it: "辅导员今天去查寝了", "王老师替我听了一节课".
# Used with .match(low, clause start, activity start).
_STAFF_ZH = r"辅导员|[\u4e00-\u9fff]老师|其他老师|别的老师|同事|领导|院长|书记|学院领导|导员"

# ...unless the advisor was with them ("我们班" names the class, not the advisor).
# "陈老师带他们班搞了个派对": leading their own class is still theirs.
# "王老师帮我去听了", "替我开的": in my place, not with me.
_NOT_WITH_ME_ZH = (
    r"(?![^,]*(?:(?<![帮替代])我(?!们?(?:班|系|学院|年级))|和|跟|与|同|陪|带(?![他她]们?班)))"
)

_OTHER_DOER_RE = re.compile(
    # "让王老师帮我去听了": a colleague asked to go.
    rf"\s*(?:让|请|托|叫)?(?:{_STAFF_ZH}|(?:院|校)?学生会|社团|团委|其他班|别的班|隔壁班|兄弟班级)"
    rf"{_NOT_WITH_ME_ZH}[^,]{{0,12}}$"
    # "Dr Li did the halls round tonight", "the counsellor held the class meeting": a colleague
    # named by a title or a role as the doer (not "Mr Wang rang me": a parent's call).
    r"|\s*(?:(?:dr|prof|professor|mr|mrs|ms|miss)\.?\s+[a-z]+(?!'s)|(?:the|my|our|a|another)\s+(?:other\s+)?"
    r"(?:colleague|counsell?or|dean|deputy|co-tutor|tutor|head\s+of\s+year|teaching\s+assistant|secretary|warden))"
    r"\s+(?:\([^)]*\)\s+)?(?:did|held|ran|took|covered|went|visited|checked|led|hosted|chaired|sat)\b"
    # "The dean visited our class meeting": ours, the dean a guest.
    r"(?!\s+(?:in\s+on\s+|in\s+)?(?:our|my)\b)[^,.;]{0,30}$"
)

# "王老师的课听了": a teacher's lesson, the object sat in on, not its doer.
_A_TEACHERS_LESSON_RE = re.compile(rf"\s*(?:{_STAFF_ZH})的[^,]{{0,8}}?$")

# "学生会组织的讲座，我也去听了": someone else's event the next clause says the advisor went to.
_I_WENT_TOO_RE = re.compile(r"\s*(?:我|本人)(?:也|还|都)?(?:去|参加|到场|旁听|听)")

# "班长说宿舍卫生检查结果出来了": what a student reports is no deed of the advisor's, unless the
# next clause says the advisor took part ("班长说下周一开班会，我去参加").
_STUDENT_SAYS_RE = re.compile(
    # 讲 for 说 (class: Southeast Asian Mandarin's and the south's 讲 of what was said,
    # "monitor讲学院元旦晚会他们班有两个节目"; not 讲座).
    r"\s*(?:班长|班干部?|班委|学生|同学|家长|宿管|楼长|室友|舍长|他|她|monitor\b)[^,]{0,4}?"
    r"(?:说|讲(?![座课])|反映|提到|告诉我)[^,]{0,8}$"
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
    # "half of the class was at the mock exam for CET-4": where the students were, the
    # reason the advisor's own plan fell through (class: students away, in English).
    r"|\s*(?:(?:half|most|some|many|several|a\s+few|all|\d+|two|three|four|five|six)\s+of\s+)?"
    r"(?:the|my|our)\s+(?:class|students|kids|freshmen)\s+(?:was|were|had\s+been)\s+(?:at|in|away\s+at)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w'-]+\s+){0,3}$"
)

# "因为学生要参加建模比赛，我周六陪他们去了": the clause after says the advisor went with them
# (class: the students' event given as a reason, then the advisor's going along).
_I_WENT_WITH_THEM_RE = re.compile(
    r"\s*(?:我|本人)?[^,]{0,5}?(?:陪|带)(?:着|了)?(?:他们|她们|学生们?|同学们?|大家|孩子们)"
    r"(?:一起|一块儿?)?(?:去|过去|到场)了"
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
# "the students were at the museum with me", "… at the competition and I went along": the
# advisor there too, so the students' event is the advisor's as well.
_I_WAS_THERE_TOO_RE = re.compile(
    r"\bwith\s+(?:me|us)\b|\b(?:and\s+)?(?:i|we)\s+(?:also\s+|too\s+)?"
    r"(?:went|was|were|came|joined|accompanied|tagged|cheered|watched)\b"
)

# "让王老师帮我去听了": 帮我 right before the deed is a stand-in too (not "帮我记一下：…").
_OTHER_DOER_BEFORE_RE = re.compile(r"(?:替|代)我|帮我(?:去|到)?$")

# "主题班会…让他们每个人当场给妈妈打个电话", "叫同学们回去跟父母聊聊": the students told to
# do it themselves (to call or talk with their parents) do it, not the advisor.
_THEY_ARE_TOLD_RE = re.compile(
    r"(?:让|叫|喊|要求|鼓励)(?:他们|她们|学生们?|同学们?|大家|孩子们|全班(?:同学)?|每个人|每位同学)"
    r"(?:[^,]{0,8}?(?:给|跟|和|向|与)|(?:每个人|都|各自|自己|当场|回去|回家)[^,的]{0,6}?)$"
)

# The same when the talk's words open at the students ("要求同学们周末回家跟父母沟通": 同 read
# as "with").
_TOLD_TO_RE = re.compile(r"(?:让|叫|喊|要求|鼓励)$")

# "主题班会 tonight: 考研 or 工作?": the meeting's time may stand before its title's colon.
_TITLE_COLON_RE = re.compile(r"(?:班会|团会|主题|讲座|报告|题目|\btopic)[^,.;!?。；:]{0,12}?:")

# "Theme class meeting this evening: 'Why mathematics?'": the question is its title.
_EN_TITLE_COLON_RE = re.compile(
    r"\b(?:meetings?|talks?|lectures?|sessions?|seminars?|workshops?|assembly|theme|title|subject)\b"
    r"[^,.;!?:]{0,20}?:"
)

# A note whose items open with a tick or a cross: each mark belongs to the item after it.
_MARK_LEAD_RE = re.compile(r"\s*(?:[✔✓√✅☑✘✗❌✖]|×(?!\s*[\d一二两三四五六七八九十]))")

_CROSS_BEFORE_RE = re.compile(r"[✘✗×❌✖]\s*$")

# A tick that closes an item ("查寝✅ 家访取消了"): a negation after it is the next item's.
_TICK_RE = re.compile("[✅✔☑✓√]")

# A cross after another item's tick or at a line's start leads the item after it, in a note
# that does not open with a mark ("查寝✅ ❌家访", "谈心✅\n❌家访").
_CROSS_LEADS_RE = re.compile(r"(?:[✔✓√✅☑]|\n)\s*[✘✗❌✖]\s*$")

# "×2" after a word is a count, not a cross ("查寝×2", "宿×3间").
_CROSS_AFTER_RE = re.compile(r"\s*(?:[✘✗❌✖]|×(?!\s*[\d一二两三四五六七八九十]))")

# "… went ahead without me": held, the advisor not there.
_FOR_ME_RE = re.compile(
    r"\b(?:for\s+me|on\s+my\s+behalf|in\s+my\s+place|instead\s+of\s+me|without\s+me)\b"
)

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
_WHEN_FREE_RE = re.compile(
    r"有空(?:的时候|时)?(?:就)?(?=去|到)"
    # "之后再跟他家长联系": later, with no day (class: 之后再 without 会, the deed not told done;
    # "之后再去教室看了看" is a step done).
    r"|(?:之后|过后|后面|后续)(?:我|我们)?再(?![^,]{0,3}(?:说|讲))"
)

_DONE_ZH_RE = re.compile(r"了|过")

# "如果天气好的话，想…": a clause that only sets a condition makes the next one hypothetical.
_CONDITION_RE = re.compile(r"\s*(?:如果|假如|(?<![主重需只])要是|万一|\bif\b)[^,]{0,20}$")

# "如果周末不下雨就带学生去爬山": a condition inside the activity's own clause.
_CONDITION_IN_CLAUSE_RE = re.compile(
    r"(?:如果|假如|(?<![主重需只])要是|万一|倘若)[^,]{0,16}?(?:就|的话|便|再)[^,]{0,4}$"
)


# Negations, told-of notices, reasons and stand-ins (替我) in one search.
BLOCK_BEFORE_FIRST = "bcdfghimnpsuw万不代帮以之后假做加原取叮告回因如尚并强得忘怎想找抓推提改无暂替有未本没注由等落要说转过还通重上团学教系辅条寻琢叫喊让督鼓嘱咋号来去开查听参规"

_BLOCK_BEFORE_RE = gated(
    BLOCK_BEFORE_FIRST,
    f"{_NEG_BEFORE_RE.pattern}|{_TOLD_BEFORE_RE.pattern}|{_REASON_BEFORE_RE.pattern}"
    f"|{_OTHER_DOER_BEFORE_RE.pattern}|{_WISH_RE.pattern}|{_INSTRUCTION_RE.pattern}"
    f"|{_THEY_ARE_TOLD_RE.pattern}"
    # "我上礼拜那条查寝应该是周三": a record already sent, named to be corrected.
    r"|(?<=[那这哪上一])条(?:记录)?的?$"
    # "原定今天下午召开的班委会": the activity as it was planned, then changed.
    r"|(?:原定|原计划|原本定|本来定|原约|原本约|本来约)[^,]{0,12}?的$"
    # "本来今天要去小陈家家访的": what was to be done, a longer way before the deed.
    r"|(?:本来|原本)[^,]{0,8}?(?:要|想|打算|准备|计划)[^,]{0,12}$"
    # "本来说今儿个黑咧去看一下晚自习": 说 for a plan in northern speech (class: 本来说 …
    # before the deed, which the note then calls off or changes).
    r"|(?:本来|原本)说(?!好|定)[^,]{0,16}$"
    # "原来说好礼拜六去逍遥津春游": what was agreed on before it changed (class: an agreement
    # told with 原来 / 本来 / 原本, 说好 / 约好 / 定好, the deed not yet done).
    r"|(?:本来|原本|原来)[^,]{0,4}?(?:说好|约好|定好|讲好)的?[^,]{0,12}$",
)


# "把查寝、考勤分分工", "把听课的事交给学委": the activity handed out as a duty, not done.
_ASSIGNED_BEFORE_RE = re.compile(r"把[^,]{0,6}$")
_ASSIGNED_AFTER_RE = re.compile(
    r"[^,]{0,8}?(?:分(?:了|一|分)?(?:下)?工|分配(?:了|给)|(?<!提)交给|安排给|落实到人)"
)


# A meeting named as where something is to be said, with no day told right before it (class:
# a remark due at a meeting to come): "得在班会上说一下", "要在班会上强调一下", "下次班会上提一下" (a meeting
# held and told is "在班会上说了", with no modal before it).
_REMARK_DUE_BEFORE_RE = re.compile(
    r"(?:(?<![觉记懂获取使值晓显难懒舍免])得|要|需要|必须|应该|准备|打算|回头|下次|下回)"
    r"(?:在|到)?(?:下次|下回|下一次)?(?:的)?$"
)
_REMARK_AT_RE = re.compile(
    r"上(?:再|好好|专门)?(?:说|讲|强调|提|通报|重申|点名|批评|表扬|宣布|布置)(?![了过])"
)
_A_DAY_RE = re.compile(r"[今明后]天|[今明]晚|周|星期|礼拜|[号日]|月")

# A meeting of the advisors named only as where an order came from (class: the order told, not
# the meeting): "研讨会上说寒假前每个未就业的都要谈一次", "例会上要求每周查寝两次"; not one
# attended in the clause ("参加了研讨会，会上说…", "昨天的例会上说了…" told as held).
_ORDER_FROM_MEETING_RE = re.compile(
    r"上(?:说|讲|要求|强调|布置|提到|提出|通知)(?![了过])[^,。;!?\n]{0,24}?(?:都要|都得|必须|务必|要求|要)"
)
_ADVISORS_MEETING_RE = re.compile(r"研讨|培训|例会|工作会|座谈|交流会|大会")
_ATTENDED_RE = re.compile(r"参加|出席|开了|听了|去了|的$")


def order_from_meeting(low: str, start: int, end: int, clause: Clause) -> bool:
    """Whether the advisors' meeting at [start, end) is named only as where an order came from
    ("研讨会上说…都要谈一次"): nothing of its own, nor a plan put off to the day named after."""
    return (
        low[end : end + 1] == "上"
        and _ORDER_FROM_MEETING_RE.match(low, end, clause.end) is not None
        and _ADVISORS_MEETING_RE.search(low, start, end) is not None
        and _ATTENDED_RE.search(low, clause.start, start) is None
    )


def _is_blocked(low: str, start: int, end: int, clause: Clause) -> bool:
    """Whether the activity word at [start, end) of `clause` is asked about, requested or
    negated, or done by someone else (the reasons are the module docstring's, in order: the
    advisor was not there, a condition, a question, a request, a negation or wish before it,
    a to-do list, another doer, students away, what a student says, meant but not done, news
    of it, a negation after it)."""
    cs, ce, ne, ps = clause
    if ce < ne and _NOT_THERE_NEXT_RE.match(low, ce + 1, ne):
        return True
    if (
        ce < ne
        and ("了" in low[ce:] or "先" in low[ce:] or "暂" in low[ce:])
        and _called_off_after_their_reason(low, cs, ce, ne)
    ):
        return True
    if "能" in low or "未" in low or "没" in low:
        stop = _SENTENCE_END_RE.search(low, end)
        if stop is not None and _NOT_THERE_LATER_RE.match(low, stop.end()):
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
    if (
        ("通知" in low or "notice" in low)
        and NOTICE_HEAD_RE.match(low)
        and not I_GO_RE.search(low)
        and not deed_told_done(low, cs, ce)
    ):
        return True  # "学院通知：下周二…交流会，各位班主任准时参加": a notice pasted
    if _BLOCK_BEFORE_RE.search(low, cs, start):
        return True
    due = _REMARK_DUE_BEFORE_RE.search(low, cs, start)
    if (
        due is not None
        and _REMARK_AT_RE.match(low, end, ce)
        and not _A_DAY_RE.search(low, max(cs, due.start() - 6), due.start())
    ):
        return True  # "人比上周少了好多 得在班会上说一下": a remark due at a meeting to come
    if low.startswith("同学", start) and _TOLD_TO_RE.search(low, cs, start):
        return True
    if _ASSIGNED_BEFORE_RE.search(low, cs, start) and _ASSIGNED_AFTER_RE.match(low, end, ce):
        return True
    if _WHEN_FREE_RE.search(low, cs, start) and not _DONE_ZH_RE.search(low, start, ce):
        return True  # "有空去趟男生宿舍": some day, no day
    if "question" in low and _QUESTION_HEAD_RE.search(low, 0, start):
        return True  # "A question: when I look into the self-study …, does this count?"
    if ":" in low and _TODO_HEAD_RE.search(low, 0, start):
        return True  # "提醒自己：本月要完成查寝、班会各一次，家长联系至少2人次"
    if (
        _OTHER_DOER_RE.match(low, cs, start)
        and not (ce < ne and _I_WENT_TOO_RE.match(low, ce + 1, ne))
        and not ("课" in low[cs:end] and _A_TEACHERS_LESSON_RE.match(low, cs, start))
    ):
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
    if (
        _STUDENTS_AWAY_RE.match(low, cs, start)
        and not (
            _LATIN_RE.search(low, cs, start) is not None
            and _I_WAS_THERE_TOO_RE.search(low, end, ne) is not None
        )
        and not (ce < ne and _I_WENT_WITH_THEM_RE.match(low, ce + 1, ne))
    ):
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
    if _forwarded(low, start, end, clause):
        return True  # "把体检的通知转到班级群里": a notice forwarded
    if "于" in low and _FIXED_BY_THEM_RE.search(low, cs, start) and _ADVISORS_ASKED_RE.search(low):
        return True  # "学院定于下周三召开…交流会，请各位班主任准时参加"
    if (
        "自" in low
        and _ON_THEIR_OWN_RE.search(low, cs, start)
        and not (ce < ne and _I_TOOK_PART_RE.match(low, ce + 1, ne))
    ):
        return True  # "班委会自行组织了一次读书分享会"
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
    if _CROSS_LEADS_RE.search(low, max(0, start - 6), start):
        return True  # "查寝✅ ❌家访": the cross is the next item's
    # A tick after it closes its item: what follows is the next item's ("周四的班会开了✅ 周五的
    # 家访取消了"), in a list whose items the spaces alone part.
    tick = _TICK_RE.search(low, end, ce)
    item_end = ce if tick is None else tick.end()
    if ("那" in low or "嗰" in low) and EARLIER_ONE_RE.match(low, end, item_end):
        return False  # "今晚开了班会（上次改期那个）": the earlier one put off, this one done
    if (
        _NEG_AFTER_GATE_RE.search(low, end, item_end)
        and _NEG_AFTER_RE.match(low, end, item_end)
        and not (marks_lead and _CROSS_AFTER_RE.match(low, end, item_end))
    ):
        return True
    if _elsewhere_in_english(low, start, clause):
        return True
    if "not" in low and NOT_DONE_AFTER_RE.match(low, end, item_end):
        return True  # "dorm visit could not be done today due to dept meeting"
    later = _NEG_LATER_RE.search(low, end, item_end)
    # "给家长打了电话明天再去宿舍看看": typed with no break, a deed told done and then a day
    # with "again" is the next step, not this deed put off (class: a run-on note's steps).
    return later is not None and not (
        "再" in later.group() and _DONE_JUST_BEFORE_RE.search(low, end, later.start()) is not None
    )


# The parent named will call back (class: someone else's call to come is no deed of the
# advisor's): "有个家长明天再打过来", "王浩妈妈晚点会打电话过来"; not what the parent said on a
# call ("王浩妈妈说明天再打过来": that call was one) nor a call come ("家长打过来了").
THEIR_CALL_TO_COME_RE = re.compile(
    r"(?:(?!说|讲|告诉)[^,.;!?。；]){0,6}?(?:再|会|要|还)[^,.;!?。；]{0,2}?(?:打|回)个?(?:电话)?(?:过来|来)"
    r"(?!了)"
)

# A deed told done right before a stretch (`search(low, end, stop)`): 了 and at most three
# characters of its object ("打了电话", "查了寝", "开了个会").
_DONE_JUST_BEFORE_RE = re.compile(r"了[\u4e00-\u9fff]{0,3}$")


# "The counsellor did a dorm check last night": someone else, named in English, did it (not
# "the counsellor and I", "with me").
_OTHER_DOER_EN_RE = re.compile(
    r"\s*(?:the|my|our|a)\s+(?:counsell?ors?|deans?|colleagues?|(?:dorm|building|residence)\s+"
    r"(?:managers?|supervisors?|office|staff|aunties?)|class\s+monitor|monitor|student\s+union|security)"
    r"\b[^,.;!?]{0,40}$"
    # A colleague named by a title (class: a titled name opening the clause is someone else):
    # "Dr Li counselled the two students", "Prof. Wang talked to Rahul".
    r"|\s*(?:dr|prof|professor|mr|mrs|ms|miss|madam)\s+[a-z]+(?:\s+[a-z]+)?\s+"
    r"(?!and\b|&|with\b)[^,.;!?]{0,30}$"
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


# "开班会讲新生如何适应大学生活", "班委留下来商量互助小组怎么分": how to do something, told or
# talked over, is the subject, not a question.
_TOLD_HOW_RE = re.compile(r"讲|谈|聊|介绍|分享|教|说明|讨论|交流|商量|研究")


# "主题班会 如何备考四六级": a how-to right after a meeting's name is its title.
_TITLED_BEFORE_RE = re.compile(r"(?:班会|团会|讲座|报告|培训|分享会|交流会|课)\s*$")


# "再去查回课 瞅瞅期末了还有没有逃课的": what the advisor goes to look for, a few words after
# the looking (the lookbehind in _QUESTION_ZH_RE takes it only right after 看 or 查).
# "问了问大家是不是都报名了": what the advisor asked or checked, no question of the note's.
_ASKED_THEM_RE = re.compile(r"(?:看|查|问|确认|了解)[^,?]{0,8}$")
_LOOKED_FOR_RE = re.compile(r"(?:看看|瞅瞅|瞧瞧|查查|问问|看一下|看下|瞅一眼|检查一下)[^,?]{1,8}$")


def _asks(low: str, cs: int, ce: int) -> bool:
    for q in _QUESTION_ZH_RE.finditer(low, cs, ce):
        if q.group() in ("怎么", "如何") and (
            _TOLD_HOW_RE.search(low, cs, q.start()) or _TITLED_BEFORE_RE.search(low, cs, q.start())
        ):
            continue
        if q.group() == "是不是" and _ASKED_THEM_RE.search(low, cs, q.start()):
            continue
        if q.group() in ("有没有", "是不是") and _LOOKED_FOR_RE.search(low, cs, q.start()):
            continue
        return True
    return False
