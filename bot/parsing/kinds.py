"""The activity vocabulary: which words in a note name which kind of advisor work.

Each rule is an anchor pattern (the words that name the activity) with optional context
checks on its clause, because many words only record an activity next to a verb
("宿舍" in "去宿舍看了看" is a dorm visit, in "宿舍矛盾" it is a topic). All patterns run on
normalised, lower-cased text, and are combined into one regex so a note is scanned once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.parsing import english, mixed
from bot.parsing.details import SURNAMES
from bot.parsing.gates import FirstCharScan

KINDS: tuple[str, ...] = (
    "classroom_visit",
    "dorm_visit",
    "class_meeting",
    "theme_meeting",
    "cadre_meeting",
    "parent_contact",
    "student_talk",
    "student_activity",
    "seminar",
    "other",
)


@dataclass(frozen=True, slots=True)
class KindRule:
    """One way of naming a kind of activity."""

    kind: str
    pattern: str
    #: Must be found somewhere in the anchor's clause (a verb that makes it an action).
    need: re.Pattern[str] | None = None
    #: Must not match the clause text just before the anchor (it is a topic, not an act).
    forbid_before: re.Pattern[str] | None = None
    #: Generic wording, dropped when something more specific is named: "clause" when the
    #: same clause names another activity, "message" when the message does, "talk" when the
    #: same clause does or a talk or a students' activity in the same step of the note.
    weak: str | None = None
    #: The words name a document handed in (the month's form, the semester plan): the
    #: documents stage reports it instead of an activity.
    document: bool = False


# What a check names when it is a tool's name, not a deed (class, issue 17, round 16: "其他老师讲
# 的那个查寝打卡小程序蛮好用"): an app, a system or a sign-in code for it.
_A_TOOL_FOR_IT = r"(?:打卡|签到|考勤|用的)?的?(?:小程序|系统|软件|app|二维码|平台|程序)"

# A month's name, for "Oct form".
# A count of times between a verb and its object ("查了趟寝", "查回课", "查了一圈寝", "查了两次
# 寝"): northern speech splits the verb-object words of the work with it.
_TIMES = r"[一两二三几\d]?[次回趟遍圈]"

_MONTHS_EN = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*"
# The month's work record form ("记录表", "11月的表") or the semester's work plan.
_FORM_OR_PLAN = (
    # Not another record sheet (家访记录表, 谈心记录表, 班会记录表, 家长联系记录表).
    r"(?:(?<![访心寝课会系])记录表|工作计划|学期计划|计划书|(?<=[\d一二三四五六七八九十本个])月份?的?(?:工作)?(?:记录)?表(?:格)?(?![扬现达演态示率])"
    # "表交了" said on its own: in these chats the month's form.
    r"|(?<![^\s,;:])表(?=交了|已交|已经交|已提交|提交了|交上去了))"
)
# A form or plan written out, as a formal note says it (class: the finished-writing words of
# a report, "工作计划已填写完毕，现提交，请查收", "五月份工作记录表已填写完成"); longest first.
FORM_FINISHED: tuple[str, ...] = (
    "填写完毕", "填写完成", "填报完成", "制定完毕", "制定完成", "制订完毕", "制订完成",
    "撰写完毕", "撰写完成", "编制完毕", "编制完成", "填写好", "填写完",
    "填好", "填完", "写好", "写完",
)  # fmt: skip
# A form or plan handed over in the same breath, formal or polite: "现提交", "请查收".
FORM_HANDED_OVER: tuple[str, ...] = (
    "现予提交", "现予上交", "现予报送", "现提交", "现上交", "现报送", "请查收", "请审阅", "请查阅",
)  # fmt: skip
# Sent by email, as an advisor away does (class: the document mailed): "新学期班主任工作计划已经
# 发邮件给学院办公室了".
FORM_MAILED: tuple[str, ...] = (
    "发邮件给",
    "发邮件到",
    "邮件发给",
    "邮件发到",
    "发到邮箱",
    "发邮箱",
)
_FORM_FINISHED = "|".join(FORM_FINISHED)
_FORM_MAILED = "|".join(FORM_MAILED)
_FORM_HANDED_OVER = "|".join(FORM_HANDED_OVER)
# Sharing sessions for students: their exams, jobs and studies, or their seniors telling them.
_STUDENTS_SHARE = r"考研|就业|求职|保研|学习|竞赛|学长|学姐|师兄|师姐|校友|实习|上岸"
# "他家里有事", "学生家里条件不好": the home's affairs, not the family reached.
_HOME_NOT_FAMILY = r"(?![^,.;!?。；]{0,3}?(?:出|有|发生|条件|情况|困难|经济))"
_PARENT_WORDS = (
    # "给学生家里打电话": the student's home is the family.
    r"(?<=[他她])爸(?!爸)|(?<=[他她])妈(?!妈)"
    # Spoken and regional words for a student's parent: "孩子他爹", "学生他老爸", "孩子妈".
    r"|(?<=[他她])(?:爹|娘|老爸|老妈|老爹)|(?<=孩子)(?:爸|妈|爹|娘)(?![爸妈])"
    # "给他家里也打了电话": a pronoun's or a kid's home is the family too.
    # "给家里打了电话" (after the students named), "给赵鹏家里打的电话": a home phoned, or a
    # named student's (a name of two or three characters after 给), is the family.
    r"|(?:(?<=给)|(?<=给[\u4e00-\u9fff]{2})|(?<=给[\u4e00-\u9fff]{3}))家里(?=(?:也|都)?打)"
    # "给学生家打了电话", "往他家打了个电话": the home phoned, 家 with no 里.
    r"|(?<=[给往][他她])家(?=(?:也|都)?打)|(?<=[给往]学生|[给往]同学|[给往]孩子)家(?=(?:也|都)?打)"
    r"|(?<=[给往]小[\u4e00-\u9fff])家(?=(?:也|都)?打)"
    # "学生家打电话来了", "王浩家里来电问成绩": the family calling in.
    r"|(?:(?<=学生|同学|孩子)|(?<=[他她]))家(?:里|人)?(?=(?:又|也|还)?(?:打(?:了|过)?(?:个|一个|一通)?电话(?:来|过来)|来(?:了|过)?电话|来电))"
    r"|(?<=[\u4e00-\u9fff]{2})家(?:里|人)(?=(?:又|也|还)?(?:打(?:了|过)?(?:个|一个|一通)?电话(?:来|过来)|来(?:了|过)?电话|来电))"
    rf"|(?<=学生|同学|孩子)家里{_HOME_NOT_FAMILY}|(?<=[他她])家里{_HOME_NOT_FAMILY}|家长(?!群(?!发))(?!(?:走|离开)了?(?:后|之后|以后))|父亲(?!节)|母亲(?!节)|爸爸|妈妈|父母|监护人|家属|奶奶|爷爷|外婆|姥姥|舅舅|姑姑"
    # 宿管阿姨, 保安叔叔: staff, not a student's family.
    r"|(?<!宿管)(?<!保洁)(?<!食堂)(?<!楼管)(?<!保安)(?<!门卫)(?:阿姨|叔叔)"
)
_PARENT_VERB_ZH = re.compile(
    r"联系|联络|沟通|电话|通话|致电|电联|电访|交流|视频|微信|谈|聊|反馈|说明|见面|面谈|约谈|通报|告知|"
    # "跟家长见了一面，说了说孩子的情况": met in person and told.
    r"见了?(?:一|个|上)?面|说了说|"
    # "见了两个家长", "见咗佢屋企人" (Cantonese 见咗 is 见了): met the parents themselves.
    r"见了?(?:[\d一二两三四五六七八九十几]+个|[他她])?(?=家长|爸|妈|父|母)|"
    # "见了刘洋他妈", "见了王浩家长": a student's parent met, the student named first (class: a
    # name of two or three characters, then 他 / 她 / 的 or the parent).
    r"(?<![看遇碰])见了(?:[\u4e00-\u9fff]{2,3}?)(?:他|她|的)?(?=家长|爸|妈|父亲|母亲)|"
    # "给家长发邮件了": mailed.
    r"邮件|回访|来访|到校|来校|来学校|到学校|家访|短信|留言|语音|打了|打过|来电|打来|咨询|拜了?个?年|问候|消息|回复|回了|解释|慰问|祝福|确认|找我|到办公室|来办公室|发了|写了|一封信|写信|回信|寄信|告家长书|通了?(?:个|一个|一下)?(?:话|电话)"
    # "两个家长都打通了": the call went through.
    r"|打通|接通"
    # "赶紧打给他妈妈": phoned, the call's verb before the parent (打给, 打了个电话给 reads 电话).
    r"|打给"
    # "给5个外地同学的家长问问中秋回不回家": the parents asked something, or told the
    # students are well ("给没回家的同学家长报了平安").
    r"|问问|问了(?:问|一下|下)|询问|报了?(?:个)?平安"
)
# A parent leaving, told as the time of what follows ("after the father left I called Li",
# "家长走后又找他谈了谈", class: a talk after the parent left is the student's).
_PARENT_GONE_AFTER_EN = (
    r"(?!\s+(?:had\s+)?(?:left|went\s+(?:away|home|back)|was\s+gone|were\s+gone)"
    r"(?=\s*(?:[,.;!\n]|$)|\s+(?:i|we|campus|the\s+(?:office|campus|college)|my\s+office)\b))"
)
_PARENT_VERB_EN = re.compile(
    r"\b(?:call|called|calling|phone|phoned|rang|ring|contact|contacted|messag|text|texted|"
    r"email|e-mail|emailed|spoke|speak|talk|talked|met|meet|meeting|chat(?!\s+group)|chatted|wechat(?!\s+group)|video|"
    r"visit|visited|reach|reached|updated|informed|notified|conference|sms|zoom|wrote|sent|mailed"
    # "caught up with Aroha's whanau (family)", "touched base with the parents"; a formal
    # report's "a telephone conversation was held with the mother".
    r"|caught\s+up|catch(?:ing)?\s+up|telephone|conversations?|discussion|replied|responded|wrote\s+back"
    # "Li's mum came in to see me", "his parents popped by": the parents came over.
    # "Mother of Rahul came to the department" (class: a parent who came to see the advisor,
    # at the department or the office, is a parent contact).
    # "the father of 王浩 has come with him from 洛阳 to my office": whom with and where from
    # between (class: a parent who came, told in the present perfect too).
    r"|(?:came|(?:has|have)\s+come)\s+(?:in|by|over|round|(?:[^,.;!?]{0,30}?\s)?to\s+(?:see\s+me|meet\s+me|my\s+office|campus|the\s+(?:college"
    r"|department|dept|school|faculty|office|university|staff\s*room)))|popped\s+(?:in|by|round))"
)
# Notes mix the languages ("call 了 3 个家长", "给 Li Ming 的 mom 打了电话"): a parent word
# in either language is completed by a verb in either.
_PARENT_VERB_ANY = re.compile(f"{_PARENT_VERB_ZH.pattern}|{_PARENT_VERB_EN.pattern}")
_DORM_VERB_ZH = re.compile(
    r"从(?=[^,.;!?。；搬]{0,6}?(?:宿舍|寝室|公寓))|去|(?<![遇碰见])到|进|走访|深入|检查|查|看|巡|(?<!楼)下(?![午周个次月])|探|访|转|走|跑|卫生|安全(?!\s?(?:教育|班会|主题|知识|讲座|培训|宣传|班团会|团会))|慰问|了解|关心|座谈|聊|送"
    # "晚上挨个寝室点了名": the roll called room by room.
    r"|点了?名"
    # In a mixed note an English verb before the dorm: "went to 宿舍", "宿舍 check" (mixed.py).
    rf"|{mixed.VISIT_NEED.pattern}"
)
# The words after "with", "to" or "met" that name no student: a determiner, a pronoun, staff,
# a parent, a verb ("talked to plan"); a bare word else is a student's name ("talked with Li").
_NOT_A_NAME_EN = (
    r"(?:the|a|an|my|our|his|her|their|some|several|all|every|prof|professor|dr|mr|mrs|ms"
    r"|dean|deans|colleagues?|teachers?|staff|counsell?ors?|advis[oe]rs?|parents?|mothers?|fathers?|moms?|mums?"
    r"|dads?|guardians?|families|family|everyone|people|someone|admin|director|secretary|president|leaders?"
    r"|head|heads|him|her|them|it|this|that|no|nobody|discuss|plan|talk|go|see|check|prepare|review|arrange"
    r"|organi[sz]e|decide|make|do|get|set|sort|finish|deal|handle|work|follow|be|have|update|share|agree"
    # The advisor's own people, no student: "met friends", "chatted with my wife".
    r"|friends?|mates|buddies|relatives|neighbou?rs?|husband|wife|partner)\b"
)
_STUDENT_OBJECT_EN = re.compile(
    r"\b(?:students?|classmates?|freshm[ae]n|sophomores?|juniors?|seniors?|him|her|them|"
    r"monitor|committee\s+members?|mentees?|advisees?|tutees?|kids?|boys?|girls?|guys|lads|roommates?|undergrads?|pupils?|his|their)\b"
    # "roommates conflict, talked to all 4": everyone just named.
    r"|\ball\s+(?:\d+|two|three|four|five|six|of\s+them)\b"
    # A student named in Chinese in an English note: "talked w/ 小王", "with 李同学".
    r"|\b(?:with|to)\s+(?:小[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}同学|学生|同学)"
    # "talked w/ 王浩", "with the 生活委员", "talked w/ 4 ppl" (see mixed.py).
    rf"|{mixed.STUDENT_OBJECT}"
    # Or by a bare name: "talked with Li and Wang" (not "the dean", "colleagues", "Prof Wang").
    rf"|\b(?:with|to)\s+(?!{_NOT_A_NAME_EN})[a-z]+(?:'s\b(?!\s+(?:mom|mum|mother|dad|father|parents?)))?\b"
)
# "2 hours with the 大创 team", "a call with the class committee": a group, not a student.
_NOT_A_GROUP_AFTER = (
    r"(?!\s+with\s+(?:the\s+|our\s+|my\s+|their\s+)?(?:\S+\s+){0,3}?"
    r"(?:team|group|club|committee|class|cadres|officers|parents?)\b)"
)
_ABOUT_BEFORE = re.compile(
    r"\b(?:about|regarding|re|discuss(?:ed|ing)?|went\s+over"
    # "a Theme Class Meeting on dormitory safety", "a talk on exam stress": a meeting's or a
    # talk's subject after "on" (class: the subject named as a visit).
    r"|(?:meetings?|sessions?|talks?|lectures?|trainings?|workshops?|briefings?|seminars?)\s+on"
    # "a discussion with the students on dorm safety": its subject after the people met.
    r"|discussions?\s+with\s+(?:the\s+|my\s+|our\s+)?(?:whole\s+)?(?:class|students)\s+on)"
    r"\s+(?:(?:a|the|his|her|their|my|our)\s+)?(?:\w+\s+)?$"
)
_TOPIC_BEFORE_ZH = re.compile(
    # 就 before a day or a part of one is "then" or "only" ("就周六去宿舍转了一圈", "啥子都没
    # 弄成，就晚黑去寝室转了一圈"), not "regarding".
    r"(?:关于|有关|就(?![是要去到在把又会这那周今昨前明上下星礼晚早中午夜傍凌])|针对)[^,.;!?。；]{0,8}$"
    # "和宿管阿姨沟通了宿舍卫生问题": what was talked over.
    r"|(?:沟通|交流|汇报|讨论|商量|协调)了?(?:一下)?[^,.;!?。；]{0,2}$"
    # "明儿开班委会，说说宿舍卫生的事", "讲了讲宿舍安全": what was spoken about (class: a
    # verb of speech, said twice or "a bit", before the dorm as its subject).
    r"|(?:说说|说了说|讲讲|讲了讲|说一下|讲一下|强调了?(?:一下)?|提了提)[^,.;!?。；]{0,2}$"
    # "找了几个同学了解宿舍情况": what was asked about.
    r"|了解了?(?:一下)?$"
    # "问了问宿舍咋样", "聊了聊宿舍的事": what was asked or chatted about.
    r"|(?<!访)(?:询?问|聊)了?(?:问|聊|一下)?$"
    # "talked w/ them abt 宿舍 noise": the English "about" in a mixed note.
    rf"|{_ABOUT_BEFORE.pattern}"
)
# "送回宿舍了": a student taken back to the dorm; "上次有个宿舍太乱了": a dorm told about.
_DORM_NOT_VISITED_BEFORE = re.compile(
    rf"{_TOPIC_BEFORE_ZH.pattern}|(?:送|扶|背|陪)(?:他|她|学生|同学|孩子)?回$|有(?:个|一个|几个|两个)$"
    # "好像跟宿舍的闹矛盾", "和寝室同学处不来", "同宿舍的": the dorm's people, no visit.
    r"|(?<![一起])(?:跟|和|与|同)$"
    # "学生可以去宿舍楼下领快递", "同学们要到宿舍门口集合": the students let or told to go
    # there themselves (class: the students' own errand at the dorm, no visit).
    r"|(?<![带领陪和跟同与])(?:学生|同学|大家|他们|她们)们?(?:都|也)?(?:可以|能|需要|要|得|须|必须|自行|自己)(?:去|到)$"
)
# "群里发了宿舍安全提醒", "Shared the dorm hygiene rules", "Advice on dorm safety": a notice
# about the dorms (their topic, then the notice's noun) is not a visit to them. Chinese needs
# a topic word between ("到寝室通知大家" is a visit, the notice given there).
NOTICE_TOPICS_ZH: tuple[str, ...] = (
    "安全",
    "用电",
    "防火",
    "消防",
    "卫生",
    "文明",
    "管理",
    "检查",
    "评比",
    "作息",
    "熄灯",
    "门禁",
    "纪律",
    "防盗",
    "防诈骗",
    "整改",
)
NOTICE_NOUNS_ZH: tuple[str, ...] = (
    "提醒",
    "通知",
    "须知",
    "提示",
    "规定",
    "守则",
    "公告",
    "倡议",
    "注意事项",
    "制度",
    "条例",
)
NOTICE_TOPICS_EN: tuple[str, ...] = (
    "safety",
    "hygiene",
    "fire",
    "electrical",
    "electricity",
    "curfew",
    "security",
    "cleaning",
    "cleanliness",
    "inspection",
    "noise",
)
NOTICE_NOUNS_EN: tuple[str, ...] = (
    "notices?",
    "reminders?",
    "rules",
    "regulations",
    "guidelines",
    "tips",
    "advice",
    "announcements?",
    "polic(?:y|ies)",
    "checklists?",
    "posters?",
    "info(?:rmation)?",
)
_DORM_NOTICE_AFTER_ZH = (
    rf"(?!(?:{'|'.join(NOTICE_TOPICS_ZH)}){{1,3}}的?(?:{'|'.join(NOTICE_NOUNS_ZH)}))"
)
_DORM_NOTICE_AFTER_EN = (
    rf"(?!(?:\s+(?:{'|'.join(NOTICE_TOPICS_EN)}))*\s+(?:{'|'.join(NOTICE_NOUNS_EN)})\b)"
)
# "advice on dorm safety", "tips about the dorms": the dorm is the notice's topic.
_NOTICE_ON_BEFORE_EN = re.compile(
    rf"{_ABOUT_BEFORE.pattern}"
    rf"|\b(?:{'|'.join(NOTICE_NOUNS_EN)})\s+(?:on|about|for|regarding|re)\s+(?:the\s+|their\s+)?(?:\w+\s+)?$"
)
# "讨论元旦晚会" in a cadre meeting: the event is what was discussed, not an activity held.
# "met the class officers to plan the new year party": the event is what was planned.
_PLANNING_BEFORE_EN = re.compile(
    r"\b(?:plan|planning|planned|discuss|discussed|discussing|arrange|arranging"
    r"|arranged)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|next\s+)?(?:\S+\s+){0,3}$"
)
# A student's name after 和 or 见了: a surname and one or two characters, or 小 and a surname;
# not a teacher, a leader or a parent (刘老师, 王主任, 刘妈妈).
_MET_NAME_ZH = (
    rf"(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?|小[{SURNAMES}])"
    r"(?<![老师长任记导爸妈父母家])(?![老师长任记导爸妈父母家])"
)
# After "met", words that are no name either: a time, a place, a manner ("met at 8", "met up",
# "met online", "met again"), a group named by its own rule ("met the class").
_MET_NOT_A_NAME_EN = (
    r"(?:at|in|on|up|for|with|again|online|offline|today|yesterday|tonight|this|last|next|once|twice"
    r"|briefly|there|here|outside|both|each|one|two|three|four|five|\d+|everybody|none|many|few"
    r"|class|team|group|committee|monitor|reps?|cadres?|officers?|students?|dean|hod|colleagues?"
    r"|deadlines?|targets?|requirements?|expectations?|standards?|goals?)\b"
)
# A room by its block and number (7-315) with its roommates or its neighbours told later in
# its sentence: a dorm room (English and Chinese apart: the scans split rules by script).
_BLOCK_ROOM = r"\d{1,2}-\d{3}\b(?=[^.!?。！？；;\n]{0,60}?"
_BLOCK_ROOM_WITH_ROOMMATES_EN = (
    _BLOCK_ROOM + r"(?:\broommates?\b|\bneighbou?r(?:ing)?\s+rooms?\b|\bdorm))"
)
_BLOCK_ROOM_WITH_ROOMMATES_ZH = _BLOCK_ROOM + r"(?:室友|寝室|宿舍))"
_SEEN_STUDENTS = (
    r"(?:with\s+)?(?:(?:each|all|some|several|one|two|three|four|five|\d+|a\s+few|most|half)\s+of\s+)?"
    r"(?:a\s+|an\s+|the\s+|my\s+|some\s+|several\s+|"
    r"\d+\s+|one\s+|two\s+|three\s+|four\s+|five\s+)?(?:\w+\s+)?(?:students?|classmates?|freshm[ae]n|"
    r"sophomores?|juniors?|seniors?|mentees?|tutees?|advisees?)\b"
)
# Words that end in a character the talk rules read as "with" (和, 跟, 与, 同, 找, 约): in
# "合同谈好了" (a contract negotiated), "大家共同谈论", "寻找了解决办法", "签约" the character
# closes another word and opens no talk. `_with_char` builds the guard from the table.
WITH_CHAR_WORDS: tuple[str, ...] = (
    "合同",
    "共同",
    "协同",
    "相同",
    "不同",
    "如同",
    "认同",
    "赞同",
    "连同",
    "随同",
    "会同",
    "陪同",
    "参与",
    "给与",
    "赋与",
    "共和",
    "温和",
    "缓和",
    "暖和",
    "平和",
    "柔和",
    "调和",
    "附和",
    "总和",
    "寻找",
    "脚跟",
    "高跟",
    "签约",
    "预约",
    "节约",
    "合约",
    "契约",
    "违约",
    "履约",
    "邀约",
    "条约",
    "制约",
    "公约",
)


def _with_char(char: str) -> str:
    """`char` read as "with", unless it ends one of `WITH_CHAR_WORDS`."""
    firsts = "".join(sorted({w[0] for w in WITH_CHAR_WORDS if w[1] == char}))
    return f"(?<![{firsts}]){char}" if firsts else char


# A student named or counted in Chinese (not their parents).
_NOT_THEIR_FAMILY = r"(?!家长|的家长|的?(?:父|母|爸|妈|家|奶|爷|外|姥|舅|姑|姨|叔|哥|姐))"
_A_STUDENT_ZH = (
    rf"(?:学生|同学|班长|团支书|室友|新生|毕业生|小[\u4e00-\u9fff])们?{_NOT_THEIR_FAMILY}"
)
# … or called the class's kids, as northern advisors call them ("给考研的孩子打电话鼓鼓劲"),
# not by their parents ("家长给孩子打了电话": the parent's own call).
_A_STUDENT_OR_KID_ZH = (
    rf"(?:{_A_STUDENT_ZH}|(?<!家长给)(?<!爸妈给)(?<!父母给)(?<!家长也给)(?<!家长都给)(?<!家长又给)"
    rf"孩子们?{_NOT_THEIR_FAMILY})"
)
# "家长给孩子打了电话", "他妈给他打了个电话": the parent called their own child, no contact of the
# advisor's (class: the parent the subject of a call to the child; "家长给我打了电话" is one).
_NOT_CALLING_THEIR_CHILD = (
    r"(?!(?:也|都|已经|自己|又)?(?:给|跟|和)(?:孩子|儿子|女儿|他|她|学生)们?"
    r"(?:打|通|发|回|视频|微信))"
)
# What a lecture teaches: a course of the maths school (english.COURSES) or its objects.
_TAUGHT_EN = (
    "|".join(english.COURSES)
    + r"|(?:the\s+)?(?:groups|rings|fields|matrices|integrals|limits|derivatives|series|proofs?"
    r"|eigenvalues|vector\s+spaces|chapter\s+\d+)\b"
)
# "和宿管阿姨聊了聊": a talk with staff, not with a student; nor the guests invited to talk to
# the class ("请了两个学长来港港考研经验": the seniors talked, class: guests who talk).
_STAFF_BEFORE_ZH = re.compile(
    r"(?:宿管|楼管|保安|保洁|门卫|领导|同事|辅导员|老师|书记|主任|院长|学长|学姐|校友|嘉宾)(?:阿姨|叔叔|大爷|们)?[^,.;!?。；一]{0,2}$"
)
# "… lecture … with my juniors": the students were taken to it.
# "a lecture by an alumnus … was organized for the class and attended together with the
# students": organised for them is taken with them. Not past another deed ("lecture, then
# talked with the students").
_WITH_MY_CLASS = (
    r"(?:(?!\b(?:then|afterwards|later|talked|spoke|met|chatted)\b)[^,.;!?]){0,120}?"
    r"\b(?:with|together\s+with|(?:organi[sz]ed|arranged|put\s+on)\s+for)\s+(?:my|our|the)\s+(?:whole\s+)?"
    r"(?:class|students|juniors|seniors|freshmen|sophomores)\b"
    r"(?!\s+(?:monitors?|committee|teachers?|advis|reps?|officers?|leaders?|cadres?))"
)
# --- the advisor's work told in English (session 15, lane enwork): what each phrase is.
# A meeting sat in on is the meeting's, not a class visited: "sat in on the 班会", "sat in on
# their 主题团会", "sat in on the class committee meeting", "sitting in on the briefing".
# The Chinese names are written as \\u escapes: an English rule must hold no CJK character to
# stay in the English scan (`EN_KIND_SCAN`), and "sat in" is read in mixed notes by it.
_MEETINGS_ZH = "".join(
    c if c.isascii() else f"\\u{ord(c):04x}"
    for c in "班会|团会|班委会|团日|座谈会|分享会|会议|例会|晚会"
)
SAT_IN_ON_A_MEETING = (
    r"\s+(?:on\s+)?[^,.;!?\n]{0,40}?(?:\bmeetings?\b|\bassembl(?:y|ies)\b|\bbriefings?\b"
    rf"|{_MEETINGS_ZH})"
)
# A student seen back to the dorm, or the advisor's own dorm, is where they went, not a visit:
# "walked him back to dorm", "saw her back to her hall", "dropped them back at the hostel",
# "walked back to my dorm" (a teacher living on campus). "went back to the dorms" is a second
# visit and stays one.
SEEN_BACK_TO_BEFORE_EN = (
    r"\b(?:walked|walk|walking|took|take|taking|saw|see|seeing|brought|bring|drove|drive|dropped|drop"
    r"|escorted|accompanied|sent|send|helped)\s+(?:him|her|them|[a-z]+(?:\s+[a-z]+)?)\s+back\s+"
    r"(?:over\s+|home\s+)?(?:to|at|into)\s+(?:the\s+|his\s+|her\s+|their\s+)?$"
    r"|\b(?:to|at|in|into|from|near|outside)\s+my\s+(?:own\s+)?$"
)
# A student's own room gone to is their dorm (American and British "went up to his room",
# "popped round to her room", "knocked on his door", "visited them in their room"); not the
# advisor's room, a classroom or a meeting room.
STUDENTS_ROOM_EN = (
    r"\b(?:went|go|goes|going|headed|head|popped|stopped|swung|dropped|ran|walked|came)\s+"
    r"(?:up\s+|over\s+|round\s+|around\s+|down\s+|by\s+|back\s+)?(?:to\s+|into\s+|by\s+)?"
    r"(?:his|her|their|the\s+(?:boys|girls|kids|students|guys|lads)'?)\s+(?:dorm\s+|hostel\s+|own\s+)?rooms?\b"
    r"|\bknocked\s+on\s+(?:his|her|their)\s+(?:dorm\s+|room\s+)?doors?\b"
    r"|\b(?:visited|saw|checked\s+on|looked\s+in\s+on)\s+(?:him|her|them)\s+in\s+(?:his|her|their)\s+(?:dorm\s+)?rooms?\b"
)
# A student who came to the office, named (lower-cased, a name is one or two words) or as he
# or she: "Li Na came to my office crying about 数分", "Wang Lei dropped by my office", "she
# stopped by to see me"; not someone who is no student (`english.NOT_STUDENTS`: the dean, a
# colleague, a parent, whose rules read them) nor "the"/"my" + a noun (the rules for students
# and for parents read those).
_NOT_A_STUDENT_SUBJECT = "|".join(
    english.NOT_STUDENTS + ("the", "a", "an", "my", "our", "his", "her", "their")
)
_CAME_VERBS = ("came", "comes", "come", "dropped", "stopped", "popped", "swung")
NAMED_STUDENT_CAME_EN = (
    r"\b(?:came|comes|come|dropped|stopped|popped|swung)"
    # Not after a Chinese name or word ("王浩 came to my office", "班长 came by": mixed.py's rule,
    # which tells a student from a parent); the range as escapes, to stay an English rule.
    + "".join(rf"(?<![\u4e00-\u9fff]\s{v})(?<![\u4e00-\u9fff]{v})" for v in _CAME_VERBS)
    + r"\s+(?:by\s+|in\s+|round\s+|over\s+)?(?:to\s+|into\s+|at\s+)?"
    # Indian English's cabin and a school's staff room are the advisor's office.
    r"(?:see\s+me|my\s+office|my\s+room|my\s+cabin|the\s+staff\s*room)\b"
)
# What before the verb makes its subject no student named: nothing (no subject), a word of
# `english.NOT_STUDENTS` or a determiner in the last two words ("the dean", "his mum", "prof
# zhang"), or three words or more not opened by "and" / "then" ("the kid in 415 came …" is the
# students' rule's).
NOT_A_NAMED_STUDENT_BEFORE = re.compile(
    r"(?<![a-z\s])\s*$"
    rf"|\b(?:{_NOT_A_STUDENT_SUBJECT})\s+(?:[a-z'-]+\s+)?$"
    r"|[a-z](?<!\band)(?<!\bthen)(?<!\balso)(?<!\bso)\s+[a-z'-]+\s+[a-z'-]+\s+$"
)
# Hours held for students to come by (`english.py` spells the varieties' names as "office
# hours"): a kind of its own, other work, beside the talks of those who came.
OFFICE_HOURS_EN = (
    r"\b(?:held|hold|holds|holding|had|have|has|having|did|do|does|doing|ran|run|running|kept|keep|keeping"
    r"|hosted|host|hosting|sat|opened|offered|offering)\s+"
    r"(?:(?:my|our|the|an?|extra|evening|weekly|usual|regular|special|normal|two|three|\d+|hours?\s+of)\s+)*"
    r"(?:[\w-]+\s+)?office\s+hours?\b"
)
# Students who came in the office hours named before them, in their sentence or the next
# (not "came late", "came back").
_STUDENTS_CAME_IN_THEM = (
    r"(?=[^\n]{0,80}?\b(?:\d+|one|two|three|four|five|six|seven|eight|several|some|a\s+few)\s+"
    r"(?:students?|freshm[ae]n|kids|of\s+them|of\s+my\s+students)\s+(?:have\s+|had\s+)?"
    r"(?:came|come|turned\s+up|showed\s+up)\b(?!\s+(?:late|back|home|to\s+class)\b))"
)
# Taken along where the students went: "I'm tagging along", "went along with the kids", "came
# along with them" (not "went along with the plan").
TAGGED_ALONG_EN = (
    r"\b(?:tagg(?:ed|ing)|tag|tags|went|go|going|came|come|coming)\s+along\b"
    r"(?!\s+with\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+|their\s+)?(?:plan|idea|decision|suggestion|it|that|this)\b)"
)
# "the father has come with him …, and we have spoken 2 hours, all three together": a talk of
# three, the student there with the parent (class: the three of us, a talk with the student
# beside the parent's contact); `find` keeps it only after a parent named in the note.
THREE_OF_US_EN = (
    r"\b(?:we|the\s+three\s+of\s+us)\s+(?:have\s+|had\s+)?(?:spoke|spoken|talked|sat\s+down)\b"
    r"(?=[^.!?\n]{0,40}?\ball\s+three(?:\s+of\s+us)?(?:\s+together\b|\s*(?:[,.;!]|$)))"
    r"|\bthe\s+three\s+of\s+us\s+(?:have\s+|had\s+)?(?:spoke|spoken|talked|sat\s+down)\b"
)
# An event that turned into another: "a potluck with the 班委 … turned it into a 班委会", "吃饭
# 后来变成了班委会": only the second is recorded (`find._turned_into`).
TURNED_INTO = (
    r"\b(?:turned|turning|turns)\s+(?:it\s+|this\s+|that\s+)?into\b|\bended\s+up\s+(?:as|being)\b"
    r"|\bbecame\b|\bdoubled\s+as\b|变成了?|成了|变为"
)

# Errands a student is taken on: care or paperwork, not an outing with the class.
_ERRANDS = r"派出所|公安|警局|报案|手续|证明"
# The papers of a student's job, studies and aid: "帮两个同学弄三方协议", "陪小赵去办助学贷款
# 的材料", "帮两个保研的同学核对了推免材料".
# 资料 as well as 材料 (class: papers by another word, "帮几个学生弄资料").
_STUDENT_PAPERS = r"材料|资料|三方协议|就业协议|协议书|助学贷款|贷款|推免|档案|推荐表|报到证"
# Not the whole class: work done for one student.
# The courses a class sits in on, by their subjects ("去听了线代", "概率论听完了").
_COURSE_SUBJECTS = (
    "数学|物理|化学|生物|英语|语文|日语|代数|线代|高代|几何|高数|微积分|数分|概率统计|数理统计|概率论|概率|统计"
    "|实变|复变|泛函|常微|偏微|拓扑|离散|运筹|数值|数理|随机过程"
    "|力学|电路|电子|编程|程序|算法|数据结构|思政|思修|马原|毛概|近代史|体育|实验|专业课|必修|选修"
    "|原理|导论|基础|分析|方程|经济学|会计|金融|管理学|法学|心理学|教育学|计算机|信号|控制|材料力学|c语言|python|java"
)
_ONE_STUDENT = r"(?!全班|大家|全体|班里|班上|同学们|学生们|新生们|家长)"
# Who is spoken to in "跟…讲了" (讲 for 谈): students, one of them (小王), or one officer.
_TOLD_STUDENT = "|".join(
    ("同学", "学生", "孩子", "他", "她", "他们", "她们", "小[\u4e00-\u9fff]", *mixed.CADRE_ROLES)
)
_PLANNING_BEFORE_ZH = re.compile(
    r"(?:讨论|商量|商讨|筹备|策划|布置|部署|关于|定了|确定|敲定)[^,.;!?。；]{0,6}$"
)

# In a mixed note the English words before a Chinese activity word say it is a topic too:
# "abt the 大创 project", "planning the 元旦晚会", "4 ppl from the 大创 team".
_PLANNING_OR_ABOUT_BEFORE = re.compile(
    f"{_PLANNING_BEFORE_ZH.pattern}|{_ABOUT_BEFORE.pattern}|{_PLANNING_BEFORE_EN.pattern}"
    r"|\bfrom\s+(?:the\s+|our\s+|their\s+|my\s+)?$"
    # "planning the 元旦晚会": a Chinese word glued before the event.
    r"|\b(?:plan|planning|planned|discuss(?:ed|ing)?|arrang(?:e|ed|ing))\s+(?:the\s+|a\s+|our\s+|their\s+|next\s+)?[^\s,.;!?]{1,8}$"
)

# "团日活动，团支部组织参观科技馆，本人全程跟队": a league day spent on an outing or a service
# is the students' activity, not a meeting of the class.
_LEAGUE_DAY_OUTING = (
    r"活动[^。；;!?]{0,24}?(?:参观|志愿|带队|跟队|调研|考察|社区|敬老院|福利院|博物馆|科技馆|纪念馆"
    r"|春游|秋游|徒步|爬山|植树|义卖|研学"
    # The sights a league day is spent seeing, as 春游 ("团日活动定咧，本周六去碑林"): a city's
    # steles, pagodas and walls, its parks (a memorial ground, 烈士陵园, stays the league's
    # meeting: tests/parsing/test_kinds.py).
    r"|碑林|大雁塔|小雁塔|城墙|古城|景区|公园|植物园|动物园|湿地)"
    # In English: "团日 activity tomorrow, the kids are visiting the museum" (english.OUTING_WORDS).
    r"|\s*activit(?:y|ies)\b[^。；;!?\n]{0,60}?\b(?:" + "|".join(english.OUTING_WORDS) + r")\b"
)

# The papers of a graduating class an advisor helps with: the employment agreement (三方,
# signed online: 网签), the postgraduate adjustment (调剂), leaving school, the files.
GRADUATION_PAPERS: tuple[str, ...] = (
    "三方",
    "网签",
    "就业协议",
    "调剂",
    "离校手续",
    "离校",
    "档案",
    "报到证",
    "派遣",
    "户口迁移",
    # The thesis defence's slides and the proposal (class: a graduate's thesis papers).
    "答辩\\s*ppt",
    "答辩稿",
    "答辩材料",
    "开题报告",
)

# Where the class is taken on an outing: museums and halls, the parks of companies.
_OUTING_PLACES = (
    "博物馆|科技馆|纪念馆|美术馆|展览馆|校史馆|艺术馆|软件园|科技园|产业园|工业园|创业园|孵化园"
)

# "带学生去省博物馆参观 嗯 算是团日活动", "去敬老院做志愿，也算我们的团日了": the outing told
# before it counted as the league day, not a meeting of its own.
_NOT_A_LABEL = (
    r"(?<!算)(?<!算是)(?<!就当)(?<!当作)(?<!当成)(?<!作为)(?<!算一次)(?<!算是一次)(?<!算我们的)"
    r"(?<!算是我们的)(?<!当作一次)(?<!就当是)"
)


# Floors and rooms gone round, as a terse log counts them: 三楼, 5栋, 四间, 3个房间.
_ROOMS_GONE_ROUND = (
    r"[\d一二两三四五六七八九十几]+\s*(?:号楼|楼|层|栋|幢|间|个(?:屋|房间|寝室|宿舍))(?=\s|$|[,;])"
)

# A university course tutored (class, issue 17, round 13: a maths department's advisors):
# "给小孙补实变", "辅导了一个钟头的实变函数", "补了两个钟头数分"; the long names first.
COURSES: tuple[str, ...] = (
    "数学分析", "高等数学", "高等代数", "线性代数", "实变函数", "复变函数", "泛函分析",
    "概率论", "数理统计", "常微分", "偏微分", "微积分", "离散数学", "大学物理", "大学英语",
    "数据结构", "C语言", "高数", "数分", "线代", "高代", "实变", "复变", "泛函", "概率", "大物",
    # The maths degree's later courses (class, issue 17, the read rounds' leftovers: "为一生补讲
    # 初等数论", "听课：数论").
    "初等数论", "数论", "抽象代数", "近世代数", "解析几何", "点集拓扑", "拓扑学", "数值分析",
    "运筹学", "组合数学", "微分几何", "实分析", "复分析",
)  # fmt: skip
_COURSES = "|".join(COURSES)
# What is gone over with a few students when the advisor tutors them (class, issue 17, round
# 16: "给那几个伢子讲了两个钟头极限", "给他们讲一次题"): problems, a course or one of its topics.
TUTORED: tuple[str, ...] = (
    *COURSES, "习题", "错题", "作业", "题", "极限", "导数", "积分", "级数", "矩阵",
    "行列式", "定积分", "不定积分", "微分方程",
)  # fmt: skip
_TUTORED = "|".join(sorted(TUTORED, key=len, reverse=True))

# What one sits in that is no class (class: "sat in traffic" is no classroom visit): the "sat
# in" rules do not read these after it.
SAT_IN_NOT_A_CLASS: tuple[str, ...] = (
    "traffic", "jams?", "gridlock", "queues?", "lines?", "silence", "cars?", "cabs?", "taxis?",
    "buses", "trains?", "rush\\s+hour", "offices?",
)  # fmt: skip
_SAT_IN_NOT_A_CLASS = (
    r"(?!\s+(?:(?:a|an|the|my|our|their)\s+)?(?:" + "|".join(SAT_IN_NOT_A_CLASS) + r")\b)"
)

# The themes a class meeting is named by (安全班会, 考研动员班会): the regulation's "themed
# class meetings on the students' situation".
THEMES: tuple[str, ...] = (
    "安全", "防诈骗?", "反诈", "禁毒", "消防", "防溺水", "交通安全", "法制", "法治", "诚信", "诚信考试", "文明离校", "文明寝室", "宿舍安全", "考风考纪",
    "考研", "就业", "择业", "职业规划", "生涯规划", "四六级", "期末考试", "期末复习", "期末", "考前",
    "心理健康", "心理", "感恩", "爱国主义", "爱国", "党史", "国防", "学风", "励志", "文明", "廉洁",
    "理想信念", "专业思想", "入学", "毕业",
)  # fmt: skip
_THEMES = "|".join(THEMES)
EN_THEMES: tuple[str, ...] = (
    "safety", "careers?", "employment", "job[- ]hunting", "exam", "exams", "revision",
    "academic integrity", "integrity", "mental health", "anti-fraud", "anti-scam", "scam",
    "fraud", "cet", "cet-4", "cet-6", "postgrad", "kaoyan", "graduation", "orientation",
)  # fmt: skip
_EN_THEMES = "|".join(EN_THEMES)
# A class meeting named by its theme: 安全班会, 考研动员班会, 四六级动员会, "safety meeting",
# "careers class meeting". The corpus records a theme only when the note says themed (主题), so
# this is a class meeting the bot asks about ("班会 or 主题班会?", `bot.parsing._alternatives`).
NAMED_THEME_RE = re.compile(
    rf"(?:{_THEMES})\s?(?:教育|主题|动员|专题|知识)*\s?(?:班团会|班会|团会|动员会)"
    rf"|\b(?:{_EN_THEMES})\s+(?:class\s+|awareness\s+|education\s+)?(?:meeting|banhui|mtg)s?\b"
)

# What a students' training is for: a contest by its English or Chinese name ("for the
# 数学建模校赛", "for the provincial maths competition", "for the MCM"). The Chinese names
# are escaped (a name ending in 赛 or 杯, or holding 建模 or 数模): a rule whose pattern holds
# a Chinese character is scanned with the Chinese rules, and this one is English.
_FOR_A_CONTEST = (
    r"\s+for\s+(?:the\s+|our\s+|my\s+|this\s+|next\s+)?[^,.;!?]{0,30}?"
    r"(?:competitions?|contests?|olympiads?|\bcup\b|\bmcm\b|\bicm\b"
    r"|\u8d5b|\u676f|\u5efa\u6a21|\u6570\u6a21)"
)

_RULES: list[KindRule] = [
    # --- themed class meetings come before class meetings: 主题班会 contains 班会.
    KindRule("theme_meeting", r"主题(?:教育)?(?:活动)?(?:班团会|班会|团会|团日|团课)"),
    KindRule("theme_meeting", r"《[^》]{1,40}》\s*(?:主题)?(?:班团会|班会|团会)"),
    # A report's themed education held for the class (class: the register's name for a themed
    # meeting, "组织开展“防诈骗”主题教育活动", "开展诚信考试主题教育"); not one the students
    # were taken to ("参加学校组织的主题教育活动").
    KindRule(
        "theme_meeting",
        # From the verb, so that 组织…活动 (a students' activity) does not take it first.
        r"(?:组织)?开展了?(?:一次|一场)?[^,.;!?。；]{0,14}?主题教育(?:活动|班团会|班会)?"
        r"|主题教育(?:活动|班团会|班会)?",
        need=re.compile(r"开展|组织|举行|举办|进行"),
        forbid_before=re.compile(r"(?:参加|参与|观看)[^,.;!?。；]{0,16}$"),
    ),
    KindRule(
        "theme_meeting",
        r"\b(?:them(?:e|ed|atic))\s+(?:class\s+|homeroom\s+|league\s+)?"
        r"(?:meeting|session|assembly|gathering|day\s+activit(?:y|ies))s?\b",
    ),
    # A league branch's general meeting is the whole class's, not its cadres'.
    KindRule("class_meeting", r"团支部(?:大会|全体会议|会员大会)|支部大会"),
    # A report's whole-class meeting: "组织召开全班学生大会", "召开班级全体学生会议" (not the
    # year's or the college's: 年级大会, 全院学生大会).
    KindRule(
        "class_meeting",
        r"(?:全班|班级|本班)(?:全体)?(?:学生|同学)?(?:大会|会议)|班级全体(?:学生|同学)?(?:大会|会议)",
        need=re.compile(r"召开|开了|开展|组织|举行|主持|开"),
    ),
    # --- cadre meetings.
    KindRule(
        "cadre_meeting",
        r"(?:班委|班干部?|学生干部|团干部?|支委|团支部|班团干部|寝室长|宿舍长|舍长|楼长|层长|班长|团支书|支书"
        r"|(?<=[\u4e00-\u9fff]{2})委员)[^,.;!?。；]{0,8}?"
        r"(?:会议|例会|开会|碰头会|座谈会|(?<=[委部])(?:进行了)?座谈|工作会|碰了?个?头|碰了?一?下|开了个会|开个会|(?<![班团长聘动讲选晚])会"
        # "班长会后把记录发给我": after a role ending in 长, 会后 is "after the meeting".
        r"|(?<=长)会(?![后前])|\s*meetings?\b)",
    ),
    KindRule("cadre_meeting", r"(?:召开|开了?|组织)(?:了)?(?:一次|个)?班委"),
    # 委会 for 班委会 where it stands as a word of its own ("①委会 ②听…", "委会 ✓", "先开委会"),
    # not inside 居委会, 党委会, 团委会.
    # "班会完了班委留下来又商量…": the committee kept back after a meeting to plan something.
    KindRule(
        "cadre_meeting",
        r"委(?<=(?<![\u4e00-\u9fff])委)会|委(?<=开委)会"
        r"|(?:班委|班干部?|团支部|支委)们?(?:几个|都)?留(?:了)?下来?(?:又|再|一起)?"
        r"(?:商量|讨论|研究|布置|开会|开了?个?小?会)",
    ),
    # "会后把班委留下", "把班委叫一块儿布置了一下": the cadres kept back or called together.
    KindRule(
        "cadre_meeting",
        r"把(?:全体)?(?:班委|班干部?|团支部|支委|班团干部)(?:会)?(?:成员|们)?[^,.;!?。；]{0,6}?"
        r"(?:叫|喊|召集|留|找|聚|凑)(?:到|来|下|住|在|齐)?(?:了)?(?:一块儿?|一起|一下|下来|过来)?",
    ),
    # The committee called in to the office (class: cadres called together, 喊 Southwest's
    # 叫): "喊了班委几个来办公室摆了一哈", "叫班干部们到会议室"; not to fetch or hand in
    # something ("叫班委来办公室拿材料").
    KindRule(
        "cadre_meeting",
        r"(?:叫|喊|召集)了?(?:全体)?(?:班委|班干部?|团支部|支委|班团干部)(?:会)?(?:成员|们)?(?:几个)?(?:都)?"
        r"(?:来|到|过来)了?(?:我的?)?(?:办公室|会议室)"
        r"(?![^,.;!?。；]{0,8}?(?:拿|取|领|搬|交|签|填|送|帮))",
    ),
    # "跟班委商量清明节安全教育的事": the committee gathered to plan something.
    KindRule(
        "cadre_meeting",
        r"(?:跟|和|与|找|召集)(?:全体)?(?:班委|班干部?|团支部|支委)们?[^,.;!?。；]{0,4}?(?:商量|讨论|研究|部署|布置|碰头|开会)"
        # Sat down with and talked to, or talked over its work with (class: a talk with the
        # committee as a body is its meeting; 讲 Southeast Asian Mandarin's 谈): "散会后跟班委几个
        # 坐下来讲分工", "和班委坐一起聊了聊", "跟班干部讲了一下分工".
        r"|(?:跟|和|与|同|找)(?:全体)?(?:班委|班干部?|团支部|支委)们?(?:几个|几位)?(?:人)?(?:一起)?"
        r"(?:坐(?:下来|在一起|一起|了?一下)[^,.;!?。；]{0,3}?(?:讲|谈|聊|商量|讨论|对)"
        r"|(?:讲|谈|聊|说)了?(?:一下|下)?(?:这学期的?|下周的?|本周的?)?(?=分工|工作安排|安排|计划|筹备|流程|方案))"
        # "跟班委和文艺委员一道定了节目单": the committee and its members deciding something.
        r"|(?:跟|和|与|召集)(?:全体)?(?:班委|班干部?|团支部|支委)们?(?:和|与|及|、)[^,.;!?。；]{1,6}?(?:一起|一道|一块儿?)"
        r"(?:商量|讨论|研究|部署|布置|定了?|确定|敲定|策划|筹备)",
    ),
    # A line of the log naming only the committee, with its time or its topic: "班委 30min",
    # "班委 毕业照+聚餐 30min", "班委 ✓" (the committee's meeting; "班委说…" is its members).
    KindRule(
        "cadre_meeting",
        # After a break or a time of day (中午, 晚上, 上午, 今晚).
        r"(?<![^\s,;:午上晚])(?:班委|班干部?)"
        r"(?=\s*(?:$|[√✓✔✅]|[\d.]+\s*(?:min|h\b|hrs?\b|个?小时|分钟)"
        r"|\s[^,.;!?。；\n]{1,16}?\s[\d.]+\s*(?:min|h\b|hrs?\b|个?小时|分钟)))",
    ),
    # "meeting with 班委 yesterday": the cadres named in Chinese in an English note.
    # "mtg w/ 班长 and 学委", "班委 stayed after for 15min" (an English verb, see mixed.py).
    KindRule(
        "cadre_meeting",
        rf"(?:{mixed.CADRE_ANCHOR})(?![\u4e00-\u9fff])",
        need=mixed.CADRE_NEED,
    ),
    KindRule(
        "cadre_meeting",
        r"\b(?:class\s+committee|cadres?|class\s+officers?|student\s+leaders?|class\s+leaders?|"
        r"class\s+monitors?|monitors|class\s+reps?|class\s+representatives|student\s+officers"
        r"|(?:dorm|room)\s+(?:leaders?|heads?|monitors?|captains?))\b"
        # "The class committee was convened on Wed. 14th": the passive of calling them together.
        r"[^,.;!?]{0,20}?\b(?:meet(?:ing|ings)?|met|convened|assembled|called\s+together)\b|\bmonitors?'?\s+meetings?\b",
    ),
    # "convened the class cadres", "called together the class committee": a Chinese speaker's
    # 召集班委 (the verb before the body).
    KindRule(
        "cadre_meeting",
        r"\b(?:convened|convene|gathered|called\s+together|assembled|summoned)\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?)?"
        r"(?:class\s+|student\s+)?(?:committee(?:\s+members)?|cadres|class\s+officers|class\s+reps|student\s+leaders|monitors)\b",
    ),
    KindRule(
        "cadre_meeting",
        # "committee catch-up" (Australian, British): the committee's meeting by its chat name.
        r"\bcommittee\s+(?:meetings?|catch-ups?)\b|"
        # "met with the class monitor and the league secretary", "a catch-up with the new monitor
        # and league sec": two officers are a cadre meeting.
        r"\b(?:meet|met|meeting|catch-up)\s+(?:with\s+)?(?:the\s+|my\s+|our\s+)?(?:student\s+|class\s+)?(?:class\s+committee|cadres|class\s+officers|"
        r"student\s+leaders|class\s+leaders|class\s+monitors|monitors|class\s+reps"
        r"|(?:new\s+)?(?:class\s+)?monitor\s+and\s+(?:the\s+)?(?:new\s+)?(?:vice[- ]monitor|league\s+(?:branch\s+)?secretary"
        # … and the class committee itself ("the monitor and the group's activists").
        r"|secretary|class\s+officers?|committee\s+members?|(?:class\s+)?committee(?!\s+(?:chair|head|of)\b)|class\s+reps?|cadres)"
        # "met with the class rep and the class monitor" (a course rep and a class governor).
        r"|(?:class\s+)?rep\s+and\s+(?:the\s+)?class\s+monitor)\b"
        # "a meeting with CR, LC and other class committee members": officers named, then the
        # rest of the body (class: the committee told as "X, Y and the other members").
        r"|\b(?:meet|met|meeting)\s+(?:with\s+)?(?:[\w.'-]+,?\s+){1,5}?(?:and\s+)?(?:the\s+|all\s+)?other\s+"
        r"(?:class\s+|student\s+)?(?:committee\s+members|cadres|class\s+officers|officers|class\s+reps|student\s+leaders"
        r"|monitors)\b",
    ),
    KindRule(
        "cadre_meeting",
        r"\bwith\s+(?:the\s+|my\s+|our\s+)?(?:student\s+|class\s+)?(?:class\s+committee|cadres|class\s+officers"
        r"|student\s+leaders|class\s+leaders|class\s+monitors|class\s+reps)\b",
        need=re.compile(
            r"\b(?:spent|spend|worked|planned|discussed|sat\s+down|gathered|briefed|convened|huddled"
            # "had a catch-up with the class reps".
            r"|catch-?up|caught\s+up|had\s+a\s+(?:quick\s+|short\s+)?(?:meeting|natter|chat|huddle)"
            # "I called the class reps to my office" (spelled "talked with … in my office"),
            # "meeting with the class reps": the officers met together.
            r"|talked|spoke|met|(?<!class\s)(?<!league\s)(?<!homeroom\s)(?<!form\s)meeting)\b"
        ),
    ),
    # "Meeting with course rep", "met the class monitor": one officer met is a talk with a
    # student (class: a single officer is no meeting of the committee or the class).
    KindRule(
        "student_talk",
        r"\b(?:meeting|met|meet|talked|spoke|chatted|catch-?up)\s+(?:with\s+|to\s+)?(?:the\s+|my\s+|our\s+|a\s+)?"
        r"(?:class\s+)?(?:rep|representative|monitor)\b(?!s|\s+and\b)",
    ),
    # "talked to the monitor and the league secretary": two officers are a cadre meeting.
    KindRule(
        "cadre_meeting",
        r"\b(?:talked|spoke|chatted|sat\s+down)\s+(?:to|with)\s+(?:the\s+|my\s+|our\s+)?(?:class\s+)?monitor\s+and\s+(?:the\s+)?"
        r"(?:vice[- ]monitor|league\s+(?:branch\s+)?secretary|secretary|class\s+officers?|committee\s+members?"
        r"|(?:class\s+)?committee(?!\s+(?:chair|head|of)\b)|class\s+reps?|cadres)\b",
    ),
    # --- seminars and training for advisors (before class meetings and talks:
    # 班主任会议 and 经验交流会 contain words of both).
    KindRule(
        "seminar",
        r"(?:班主任|班导师|辅导员|导师)(?:工作)?(?:研讨会|研讨活动|交流活动|会议|例会|培训|交流会|沙龙|论坛|大会|座谈会|工作会|工作坊"
        r"|专题报告|报告会|讲座)"
        r"|(?:班主任|班导师)们?[^,.;!?。；]{0,4}?(?:开了?(?:个|一个|一次)?会|开会)"
        # "下午去学院开班主任会", "参加了全体班主任会": the advisors' meeting without 议, after
        # the verb that holds it (not "班主任会来", the advisor will come).
        r"|(?:开|召开|参加|出席)了?(?:个|一个|一次)?(?:全体|全院|学院的?)?(?:班主任|班导师|辅导员)(?:大)?会(?![议来去做说讲给帮跟和找带要在把不])",
    ),
    # "学院 班主任 mtg this afternoon", "辅导员 training": an English event word (see mixed.py).
    KindRule("seminar", mixed.ADVISOR_ANCHOR, need=mixed.SEMINAR_NEED),
    KindRule(
        "seminar",
        r"研讨会|工作(?:部署|推进|布置|调度|总结交流|总结)?会(?:议)?|沙龙|学工例会|工作例会|业务学习",
        # "组织班委开了期末工作会": the class committee's meeting.
        forbid_before=re.compile(r"(?:班委|班干部?)[^,.;!?。；]{0,4}$"),
    ),
    # "学院开会布置寒假安全工作": the college's meeting for its staff.
    KindRule(
        "seminar",
        r"(?:学院|学校|系里|系上|学工办|学工部)(?:今天|下午|上午|晚上)?(?:召开了?|组织了?)?开(?:了)?(?:个|一个|一次)?会"
        r"(?=[^,.;!?。；]{0,4}?(?:布置|部署|安排|传达|学习|总结|研究))",
    ),
    KindRule(
        "seminar",
        r"经验交流会|交流会|经验分享会",
        # "考研经验分享会": the students' sharing session, not the advisors'.
        forbid_before=re.compile(
            rf"(?:班委|班干部?)[^,.;!?。；]{{0,4}}$|(?:{_STUDENTS_SHARE})[^,.;!?。；]{{0,2}}$"
        ),
    ),
    # A bare 培训 is the advisor's own training unless students are the ones trained
    # ("带学生参加校赛培训", "竞赛培训"): then the activity named beside it wins. Taiwan's
    # teachers call theirs 研习 ("导师研习"; not 研习社, a club).
    KindRule(
        "seminar",
        # 工作坊: a workshop (class: the advisors' training by its English calque).
        r"培训(?:会|班|课)?|研习(?![社所院])|工作坊",
        forbid_before=re.compile(r"(?:赛|学生|同学|队员|新生|选手)[^,.;!?。；]{0,3}$"),
        weak="clause",
    ),
    KindRule(
        "seminar",
        r"\b(?:seminar|webinar|workshop(?!s?\s+for\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:students|freshm[ae]n|class(?!\s+(?:advis[oe]rs?|teachers?|tutors?|heads?))|juniors|seniors|sophomores))|training\s+(?:session|course|day)|training(?!\s+(?:the|my|our|\d|students)|\s+for\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:students|freshm[ae]n|class(?!\s+(?:advis[oe]rs?|teachers?|tutors?|heads?))|team|juniors|seniors|sophomores|kids|group)"
        # "the training for the 数学建模校赛", "training for the provincial maths competition":
        # the students' training for a contest (class: training named by what it is for).
        rf"|{_FOR_A_CONTEST})"
        r"|(?:advis[oe]rs?|counsell?ors?|head\s+teachers?|homeroom\s+teachers?|class\s+teachers?)'?\s+"
        # "did my bit at the advisors' exchange" (Australian, British: the 经验交流会 by its
        # last word).
        r"(?:[\w-]+\s+){0,2}?(?:meeting|conference|forum|session|training|workshop|orientation|briefing"
        r"|exchange(?![- ]rate))"
        r"|experience[- ](?:sharing|exchange)|exchange\s+meeting|symposium|colloquium"
        r"|student\s+affairs\s+meeting|(?:meeting|session|training|workshop|briefing|conference)s?\s+for\s+"
        r"(?:the\s+|all\s+)?(?:class\s+)?(?:advis[oe]rs|head\s+teachers|homeroom\s+teachers|counsell?ors))s?\b",
        # "数学建模 training", "contest training": the students' training for a competition.
        forbid_before=re.compile(
            r"(?:modell?ing|contest|competition|olympiad|建模|竞赛|比赛)\s*(?:team\s*)?$"
            # "met our 数模 team to plan training": what the team will train for is planned.
            r"|\bplan(?:ned|ning|s)?\s+(?:the\s+|their\s+|our\s+|a\s+|some\s+)?$"
            # "accompanied my two teams in the training session": the students' session the
            # advisor went along to (class: the advisor with the students at their training).
            r"|\b(?:accompan(?:y|ied|ying)|went\s+with|joined|took|brought)\s+(?:[\w']+\s+){0,3}?"
            r"(?:teams?|students|groups?|kids|class)\s+(?:in|to|at|for)\s+(?:the\s+|their\s+)?$"
        ),
    ),
    # "attended the college's graduate employment meeting": the college's meeting for its staff.
    KindRule(
        "seminar",
        r"\bthe\s+(?:college|school|department|university|faculty)(?:'s)?\s+(?:[\w-]+\s+){0,3}?(?:meeting|conference|briefing)s?\b",
        need=re.compile(
            r"\b(?:attended|attend|joined|went\s+to|took\s+part\s+in|participated\s+in)\b"
        ),
    ),
    # A staff meeting is advisor work when attended for it, not as the reason something else
    # fell through ("planned to visit the dorms but had a faculty meeting").
    KindRule(
        "seminar",
        r"\b(?:staff|faculty|teachers'?)\s+meetings?\b",
        need=re.compile(
            r"\b(?:attended|attend|joined|went\s+to|took\s+part\s+in|participated\s+in)\b"
        ),
    ),
    # --- class meetings.
    KindRule(
        "class_meeting",
        rf"班\s*\(\s*团\s*\)\s*会|班团会|班会|团会|{_NOT_A_LABEL}团日(?!{_LEAGUE_DAY_OUTING})|团课|班级(?:大会|会议|例会)|年级(?:大会|会议|会)|全班(?:同学)?(?:开会|大会|会议)"
        r"|开(?:了)?(?:个|一个|一次)?班级?会|(?<!工作)(?<!教师)(?<!赛)(?<!建模)动员(?:大)?会|(?<!家长)(?<!家校)见面会"
        # "给获奖的同学开了个表彰会": the class gathered to honour them.
        r"|(?:开了?|召开了?|组织了?)(?:个|一个|一次)?表彰(?:大)?会"
        # "给全班开了个短会": a meeting of the whole class is a class meeting.
        r"|(?:给|跟|和|召集)(?:全班|班里|班上|本班)的?(?:同学|学生)?(?:们)?[^,.;!?。；]{0,4}?开(?:了)?(?:个|一个|一次)?(?:短|小|简短的?)?会"
        # "跟学生们开了个会", "和同学们开了个短会": the students as a body met are the class.
        r"|(?:给|跟|和|召集)(?:全体)?(?:同学|学生)们(?:一起)?开(?:了)?(?:个|一个|一次)?(?:短|小|简短的?)?会"
        # "给全班讲了一下时间节点": speaking to the whole class is a class meeting.
        r"|(?:给|向|对|跟)全班(?:同学)?(?:们)?(?:集中)?(?:讲|讲解|强调|布置|宣讲|说明)(?:了|过)"
        # Not the advisor's own lecture (class: teaching is not advisor work, as "swamped
        # with teaching" records nothing): "给全班讲了一节高数课", "给全班上了两节线代".
        r"(?![一两二三四几]\s*(?:节|堂)|(?:" + _COURSES + r")课?|习题课)",
        # "学院开秋招动员会，我带同学去听了": the college's meeting the students were taken to
        # (not "在学院开最后一次班会": the college is only where the class met).
        forbid_before=re.compile(
            # "班委会: planned the Dec 团日 and the New Year's party": what a meeting planned.
            r"\b(?:plann(?:ed|ing)|discuss(?:ed|ing)?|arrang(?:ed|ing)|prepar(?:ed|ing)|organi[sz]ing)\s+"
            r"(?:the\s+|a\s+|an\s+|our\s+|their\s+|next\s+)?(?:\S+\s+){0,2}$|"
            r"(?<![在到去于])(?:学院|学校|系里|学工部|学工办|就业办|招就处)(?:今天|下午|上午|晚上)?(?:开|召开|举办|组织)了?的?[^,.;!?。；]{0,4}$"
            # "带娃娃们去参加了数学建模校赛的动员会": a meeting the students were taken to is
            # someone else's (the students' activity), not the class's own.
            r"|(?:带|领)(?:着)?[^,.;!?。；]{0,8}?(?:去|到)?(?:参加|听)了?[^,.;!?。；]{0,14}$"
            # "组织班级参加学院的考研动员大会": the college's meeting the class was sent to.
            r"|(?:组织|带领?)[^,.;!?。；]{0,8}?参加了?[^,.;!?。；]{0,14}$"
            r"|参加了?[^,.;!?。；]{0,4}?(?:学院|学校|系里|年级)的?[^,.;!?。；]{0,8}$"
        ),
    ),
    KindRule(
        "class_meeting",
        r"\b(?:class|homeroom|league|class\s+and\s+league|form)\s+(?:branch\s+)?(?:meeting|assembly|gathering|session)s?\b"
        r"|\bhomeroom\b|\bmeeting\s+with\s+(?:the\s+|my\s+|our\s+)?(?:whole\s+)?class\b"
        r"(?!\s+(?:committee|monitors?|leaders?|officers?|reps?|representatives?|cadres?|teachers?|advis|of\b))"
        # "Had a discussion with the class on …", "I had a meeting with my students": the
        # class as a body met (class: a meeting or discussion with the class or its students).
        r"|\b(?:had|held)\s+(?:a\s+|an\s+)?(?:(?!theme|themed)\w+\s+)?(?:discussion|meeting|session)\s+with\s+(?:the\s+|my\s+|our\s+)"
        r"(?:whole\s+|entire\s+)?(?:class|students)\b"
        r"(?!\s+(?:committee|monitors?|leaders?|officers?|reps?|representatives?|cadres?|teachers?|advis|of\b|who\b|that\b|whose\b))"
        # "met the freshmen class": the whole class, not its committee or a teacher.
        r"|\b(?:met|meet)\s+(?:with\s+)?(?:the|my|our)\s+(?:whole\s+|entire\s+|new\s+)?(?:\w+\s+)?class\b"
        r"(?!\s+(?:committee|monitors?|leaders?|officers?|reps?|representatives|cadres?|teachers?|advis|of\b))",
    ),
    # "家长联系记录": the record of the contacts is paperwork, not a contact (before the parent rules).
    KindRule("other", r"家长(?:联系|沟通)(?:记录|登记|情况表|表)", weak="message"),
    # --- parent contact (before student talks: 与家长沟通 is a parent contact).
    KindRule("parent_contact", r"家访|家长会|家校沟通|家校联系|家长\s*[x×*]\s*\d"),
    # A tally: "parents x3".
    KindRule("parent_contact", r"\bparents?\s*[x×*]\s*\d+\b"),
    # "went to a student's home": a home visit.
    KindRule(
        "parent_contact",
        r"\b(?:went\s+to|visited|dropped\s+by|stopped\s+by|called\s+at)\s+(?:a\s+|the\s+|one\s+|two\s+|\d+\s+|my\s+)?"
        r"(?:\w+\s+)?(?:students?'?s?|[a-z]+'s)\s+(?:homes?|houses?|famil(?:y|ies)|place)\b",
    ),
    # "走访了三户学生家庭", "去小王家里看了看": visiting a student's home is a home visit.
    KindRule(
        "parent_contact",
        r"(?:走访|拜访|探访|看望|慰问)了?[^,.;!?。；]{0,8}?"
        r"(?:家庭(?!困难|经济|情况|贫困|条件|背景)|家里|家中|(?:学生|同学)的?家(?![长庭人属乡]))"
        # Going somewhere's home counts only when it is a student's ("回到家里" is not).
        # Not across a space into the next sentence ("交到学院了 这学生家里确实困难": the home's
        # hardship, class: a home told of is no home visited).
        r"|(?:去|到)了?趟?[^,.;!?。；\s]{0,6}?(?:学生|同学)的?"
        rf"(?:家庭(?!困难|经济|情况|贫困|条件|背景)|家里{_HOME_NOT_FAMILY}|家中|家(?![长庭人属乡]))",
    ),
    KindRule(
        "parent_contact",
        rf"(?:{_PARENT_WORDS}){_NOT_CALLING_THEIR_CHILD}",
        need=_PARENT_VERB_ANY,
        # "提醒学生给妈妈打电话", "每个人给爸爸妈妈写了明信片": the students reach their own
        # parents; "打个电话给我妈妈": the advisor's own.
        forbid_before=re.compile(
            # "学生们都给家里大人打了电话": with 都, 也, 各自 between (class: the students'
            # own call home).
            r"(?:学生|同学|孩子|大家|他们|她们|每个人|每人|各自)们?(?:都|也|各自|自己|分别|已经|都已经)?"
            r"(?:给|跟|和|向)(?:爸爸|妈妈|父母|爸|妈|家里的?)?$"
            r"|我(?:自己)?的?$"
        ),
    ),
    KindRule(
        "parent_contact",
        r"\bhome\s+visits?\b|\bvisit(?:ed|ing)?\s+(?:\S+\s+){0,3}?homes?\b|\bvisits?\s+to\s+(?:\S+\s+){0,3}?homes?\b|\bparent[- ]teacher\b|\bparents'?\s+(?:meeting|evening|night)\b",
    ),
    KindRule(
        "parent_contact",
        r"\b(?:parents?|mother|father|mom|mum|dad|guardians?|famil(?:y|ies)|grand(?:ma|pa|mother|father|parents?)s?"
        # "the parents' WeChat group": a notice to a group, not a parent contacted.
        # Not staff called uncle or aunty as Malaysians do ("the 保卫处 uncle", "canteen aunty").
        r"|aunt|(?<![\u4e00-\u9fff]\s)(?<!canteen\s)(?<!security\s)(?<!guard\s)(?<!cleaner\s)uncle)\b"
        r"(?!'?s?'?\s+(?:wechat\s+|qq\s+)?(?:group|chat\s+group))"
        # "after the father left I called Li Hao": the parent gone is no parent reached.
        rf"{_PARENT_GONE_AFTER_EN}",
        need=_PARENT_VERB_ANY,
        # "a student whose grandmother passed away": someone's relative named, not contacted.
        # "Following the call with his father, …": a call told before, now a time.
        forbid_before=re.compile(
            r"\bwhose\s+$"
            # The advisor's own family (class: the writer's parent is no student's): "rang my
            # mum", "then home to ring mum in Brissie" (a bare "phoned mum and dad" stays theirs).
            r"|\bmy\s+$|\bhome\s+to\s+(?:ring|call|phone|facetime|video[- ]call|skype)\s+$"
            r"|\b(?:following|after)\s+(?:the|that|this|our|my|yesterday'?s|last\s+\w+'?s)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:calls?|conversations?|talks?|chats?|meetings?|visits?)\s+(?:with|to)\s+(?:\w+\s+){0,2}$"
        ),
    ),
    # "rang Mrs Liu about her daughter's absences": someone's child is a student, so a parent.
    KindRule(
        "parent_contact",
        r"\b(?:her|his|their)\s+(?:son|daughter|child|kid|boy|girl)(?:'s)?\b",
        need=re.compile(
            r"\b(?:call|called|rang|phoned|texted|messaged|emailed|wechat|spoke|talked|met)\b"
        ),
    ),
    # --- classroom visits.
    KindRule(
        "classroom_visit",
        # "一会儿头晌去查个课": a lesson checked, by its classifier (个, 节, 堂).
        r"随堂听课|听课|查(?:了|过)?(?:一下|一遍|下|一?个|一?节|一?堂|"
        + _TIMES
        + r")?课(?!表|程|件)|巡课|看课|督课|深入(?:课堂|教室)|蹲(?:了)?(?:一|两|几|\d)?(?:节|堂)?课|蹲了?(?:一|两|几|\d)(?:节|堂)"
        # Not the evening study named as a meeting's or a call's subject ("通报晚自习出勤情况",
        # "都是晚自习老缺勤的"; class: a topic is not an activity).
        r"|教室(?:巡查|检查|走访)|巡考|(?<!通报)(?<!强调)(?<!关于)(?<!都是)(?<!针对)(?<!整顿)"
        r"(?:晚|早)自习(?!后|之后|结束|前|下课)|早读|晨读|查(?:了|过)?(?:看)?(?:一下)?(?:考勤|出勤)|检查(?:考勤|出勤)"
        # The first lesson of the day checked, by the students' word for it (早八, 8 a.m.): "10.9
        # 查早八 25/31", "查了下早课".
        r"|查(?:了|过)?(?:一下|下)?(?:早八|早课)"
        # "考试周去考场外面看了看学生": the exam rooms gone round.
        r"|(?:去|到|进)了?(?:一趟)?(?:考场|考点)(?:外面?|里|门口)?(?:看|转|巡)"
        r"|(?:抽查|巡查|清点|核查)了?(?:一下|一次)?(?:上课|课堂|早读|早操)?的?(?:出勤|考勤|到课)"
        r"|[听看]了[^,.;!?。；]{0,10}?(?<!下)课(?!表|程|件|外|间)"
        # The verb and its object split by a while (class: 听了一下课, 去听了一会儿课; 下课 alone
        # above is the class ending).
        r"|听了?(?:一下|一会儿?)课(?!表|程|件|外|间)"
        # The verb with its result (class: 听完课, 听完了两节课 is a class sat through).
        r"|(?<!学生)(?<!同学)(?<!们)(?<!大家)听完了?(?:一|两|几|\d)?(?:节|堂)?课(?!表|程|件|外|间)"
        # "听了两节课", not "听了一节讲座" (a talk counted by its classifier).
        r"|听了?(?:一|两|几|\d)(?:节|堂|次课)(?![^,.;!?。；]{0,8}?(?:讲座|报告|宣讲|分享|汇报|发言|演讲))"
        # 听了大学物理 / 去听线代: a course named by its subject, not a talk or a report.
        r"|(?:去|到)?听了?(?:一下|一会儿?)?(?![^,.;!?。；]{0,16}?(?:讲座|报告|宣讲|分享|汇报|意见|建议|反映|介绍|发言|演讲))"
        rf"[^,.;!?。；]{{0,6}}?(?:{_COURSE_SUBJECTS})"
        # "去听了他们最后一门专业选修", "听了这节": a course counted by its classifier (门, 节,
        # 堂), not a talk.
        r"|听了?(?![^,.;!?。；]{0,16}?(?:讲座|报告|宣讲|分享|汇报|发言|演讲))[^,.;!?。；]{0,6}?(?:一|两|几|这|那|\d)(?:门|节|堂)"
        # 听了刘老师的《概率论》: a teacher's class, unless it was a talk (讲座, 报告).
        r"|听了?(?:[^,.;!?。；]{0,8}?(?:老师|教授|教师)的|[^,.;!?。；]{0,6}?《)"
        r"(?![^,.;!?。；]{0,8}?(?:讲座|报告|宣讲|分享))"
        # The lesson first, then the verb: "王老师的课听了", "高数课今天去听了".
        r"|(?<![上下])课[^,.;!?。；]{0,4}?听了(?!说|到|学生|同学|家长|他|她|意见|建议|反映|汇报)"
        # "课听完了学生反映不错": sat through to its end, the students after it the next
        # sentence's subject (class: 听完了 + 学生 unparted, not 听了学生反映 the students heard).
        r"|(?<![上下])课[^,.;!?。；]{0,4}?听完了(?!说|到|家长|他|她|意见|建议|反映|汇报)"
        # The course first, sat through in class (Taiwan's 随堂) or to its end: "概率論隨堂聽完了",
        # "实变课听完了" (class: issue 17, round 18).
        # Not someone's words (他的分析听完了).
        rf"|(?<!的)(?:{_COURSE_SUBJECTS})[\u4e00-\u9fff]{{0,3}}?课?(?:随堂(?:去)?听完?了|听完了)",
        # "dropped by 女生宿舍 after 晚自习": an English time word before it.
        forbid_before=re.compile(r"\b(?:after|before)\s+(?:the\s+|their\s+)?$"),
    ),
    # A bare "去听" is a class, unless the clause named a talk to hear ("讲座我带同学去听").
    KindRule(
        "classroom_visit",
        r"去听(?:了)?(?:一下|一会儿?)?(?=$|[,.;!?。；\s])",
        forbid_before=re.compile(
            r"讲座|报告|宣讲|分享|演讲|比赛|晚会|音乐会|汇演"
            # "我带了班上三支队伍去听": the students taken to hear something.
            r"|带(?:了|着|领)?[^,.;!?。；]{0,14}?(?:学生|同学|孩子|队伍?|小组|他们|她们|大家)[^,.;!?。；]{0,2}$"
        ),
    ),
    # "下午去图书馆看了看考研的同学": the students at their study looked in on where they
    # study (the library, the 考研 room) is a look at their self-study, as 看晚自习 is (class: the
    # study place named instead of 自习); not a book read there (看了看书, 考研资料).
    KindRule(
        "classroom_visit",
        r"(?:去|到)了?(?:趟|一趟)?(?:图书馆|考研(?:教室|自习室)|研习室)[^,.;!?。；]{0,4}?"
        r"(?:看了?看|看了一下|看一下|看望了?|瞅了?瞅|瞄了?瞄|转了?转|巡视了?)(?:一下|一圈)?"
        r"(?![^,.;!?。；]{0,3}?(?:书|资料|报纸|杂志|期刊|文献|电影|展))"
        r"(?=[^.;!?。；]{0,12}?(?:同学|学生|孩子|他们|她们|大家|自习|复习|备考))",
    ),
    KindRule(
        "classroom_visit",
        r"\b(?:went|go|going|dropped|popped|stopped|looked|walked)\s+(?:by\s+|in(?:to)?\s+|over\s+|round\s+)?"
        r"(?:to\s+)?the\s+library\b"
        r"(?=[^.!?;]{0,50}?(?:\b(?:students?|them|kids|ones)\b[^.!?;]{0,30}?"
        r"\b(?:study|studying|revising|preparing|reviewing|swotting|cramming)\b"
        # "the kaoyan students", "the exam-prep students".
        r"|\b(?:kaoyan|postgraduate[- ]exam|grad[- ]exam|exam[- ]prep|revision)\s+students\b(?!')))",
    ),
    KindRule(
        "classroom_visit",
        r"自习室|自习(?!后|之后|结束|前|下课)",
        # "瞄了一眼自习室": a glance in is a look (class: 瞄, 瞅, 瞧 are 看).
        need=re.compile(r"看|查|检查|巡|去|到|进|督|瞄|瞅|瞧"),
    ),
    # "sat in on the 数分 习题课": a class sat in on is its visit; a meeting sat in on is the
    # meeting's ("sat in on the 班会", "sat in on their 主题团会"), and "sat in" told bare, with
    # no "on", is a visit only where the note names nothing more specific ("一二·九 主题团会 …
    # I sat in and said a few words": the meeting's) (class: `SAT_IN_ON_A_MEETING`).
    KindRule(
        "classroom_visit",
        # "sat in on …", "sat in their 运筹学 class": what was sat in is named after it.
        rf"\b(?:sat|sitting|sit)\s+in\b(?=\s+(?:on|the|their|his|her|a|an|my|our)\b"
        # Indian English's bare "sat in Probability class of Prof. Liu": a course's class.
        r"|\s+(?:[\w'-]+\s+){1,3}?(?:class|lecture|lesson|tutorial)\b)"
        rf"(?!{SAT_IN_ON_A_MEETING})" + _SAT_IN_NOT_A_CLASS,
    ),
    KindRule(
        "classroom_visit",
        r"\b(?:sat|sitting|sit)\s+in\b(?!\s+(?:on|the|their|his|her|a|an|my|our)\b)"
        + _SAT_IN_NOT_A_CLASS,
        weak="message",
    ),
    KindRule(
        "classroom_visit",
        r"\baudit(?:ed|ing)?\b(?!\s+(?:lists?|reports?|forms?|results?|materials?|records?|files?|of\b))"
        r"|\bobserv(?:ed|ing|e)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'-]+\s+){0,4}?(?:class|lecture|lesson|tutorial|lab\s+session|lab)"
        r"|\bclass(?:room)?\s+(?:visit|observation|check|inspection)s?\b|\bclassrooms?\b(?!\s*#?\s*[a-z]?\d)"
        r"|\b(?:evening|eve|morning|night)\s+(?:self[- ]?)?study\b|\bself[- ]study\b|\bmorning\s+reading\b"
        r"|\b(?:checked|took|check|take)\s+(?:the\s+)?attendance\b|\battendance\s+check"
        r"|\b(?:checked|visited|inspected|went\s+(?:round|to))\s+(?:the\s+)?exam\s+(?:rooms?|halls?)\b"
        r"|\b(?:exam\s+)?(?:review|revision)\s+(?:sessions?|class(?:es)?|lectures?)\b"
        r"|\blisten(?:ed|ing)?\s+(?:to\s+)?(?:a|an|one|two|three|four|\d|the|his|her|my|some)?\s*(?:[\w'-]+\s+){0,2}?(?:class|lesson|lecture)(?:es|s)?\b"
        rf"|\blectures?\b(?!\s+hall|{_WITH_MY_CLASS})|\btutorials?\b"
        r"|\b(?:visited|went\s+to|attended|joined)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|my\s+)?"
        r"(?:(?!workshop|training|seminar|meeting|briefing|session)\w+\s+){0,2}?(?:class|lesson)(?:es)?\b"
        r"(?!'|\s+(?:meeting|committee|officer|monitor|rep|advis|teacher|head))",
        # "after the evening self-study": a time, not a visit; "a training lecture" is no class.
        forbid_before=re.compile(
            r"(?<!days\s)(?<!day\s)(?<!weeks\s)(?<!week\s)"
            r"\b(?:after|before)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:\w+\s+)?$"
            # "the college lecture on grad pathways", "a public lecture": a talk the students go
            # to (讲座), not their course's lecture.
            r"|\b(?:training|guest|career|careers|college|public|invited|keynote)\s+$"
            # "over her absence from lectures", "about skipping tutorials": the classes a student
            # missed, the subject of a talk (class: what was missed is no class visited).
            r"|\b(?:absen(?:ce|ces|t)|missing|skipping|skipped|skips|truancy|late(?:ness)?|cutting)\s+"
            r"(?:from\s+|for\s+|to\s+|in\s+|at\s+)?(?:the\s+|his\s+|her\s+|their\s+|my\s+|all\s+)?(?:\w+\s+)?$"
            # "organize students to attend the freshmen lecture": the students' activity.
            r"|\b(?:organi[sz]\w*|took|take|led|lead|brought|bring|accompan\w*)\s+(?:\w+\s+){0,2}?"
            r"students?\b[^,.;!?]{0,30}$"
            # "cadre meeting on the evening self-study attendance": a meeting's subject.
            r"|\b(?:meetings?|sessions?|talks?|briefings?)\s+on\s+(?:the\s+)?(?:\w+\s+)?$"
            # "gave a lecture to my class on groups": the advisor's own teaching records nothing,
            # as 给全班讲了一节高数课 (class: a lecture or tutorial given, not sat in on).
            r"|\b(?:gave|give|gives|giving|delivered|deliver|taught|teach)\s+(?:(?:my|the|our)\s+)?"
            r"(?:(?:whole\s+)?(?:class|students|freshmen|juniors|seniors|sophomores|them)\s+)?"
            r"(?:a|an|the|my|two|three|\d+)?\s*(?:[\w-]+\s+)?$"
        ),
    ),
    # "dropped in on the analysis class": a drop-in is a classroom visit unless the clause names
    # another place or activity ("dropped by the dorms").
    KindRule(
        "classroom_visit",
        # "Wang Lei dropped by my office": he came to the advisor (a talk, below).
        r"\bdropped\s+(?:in|by)\b(?!\s+(?:at\s+|to\s+)?(?:my|our)\s+(?:office|room|place)\b)",
        weak="clause",
    ),
    # "class meeting, classroom 2-305": a numbered classroom is where something else happened.
    KindRule("classroom_visit", r"\bclassrooms?\s*#?\s*[a-z]?\d", weak="message"),
    # "I will go to the Analysis exam to see that all are there", "went to their lecture to
    # check everyone was there": the class's exam or lecture gone to for its attendance (class:
    # the check told by its purpose).
    KindRule(
        "classroom_visit",
        r"\b(?:go|goes|going|went|gone|come|came|look\s+in|looked\s+in|drop\s+in|dropped\s+in)\s+"
        r"(?:in\s+)?(?:to|at|on)\s+(?:the|their|our|his|her)\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:exams?|tests?|lectures?|class(?:es)?|lessons?|self[- ]study)\s+to\s+(?:see|check|make\s+sure)\s+"
        r"(?:that\s+|whether\s+|if\s+)?(?:all|everyone|everybody|every\s+student|they|the\s+students|nobody|no\s+one)\b",
    ),
    # "去教室看了看复习情况": a classroom looked round is a visit, beside anything else.
    KindRule(
        "classroom_visit",
        r"(?:去|到|进|在)了?(?:课堂|教室)里?(?:看了?看|看了?一下|看了下|转了?转|走了?走|转了一圈|巡视)",
    ),
    # Going to a classroom is a visit unless something else (a class meeting) happened there.
    KindRule(
        "classroom_visit",
        r"(?:走进|进|去|到|下)(?:了)?(?:一次|一趟|趟|次)?(?:课堂|教室)"
        r"|(?:课堂|教室)里?(?:转了?转|走了?走|看了?看|转了一圈|走了一圈|巡视)"
        # "昨天夜里教室也去了": the place first, then the going (class, issue 17, round 16:
        # the object before its verb, as "宿舍也去了"); not 从教室去了食堂.
        r"|(?<![从回出])(?:课堂|教室)(?:我)?(?:也|都)?去(?:了|过)(?=[\s,.;!?。；]|$|的|啰|咯|啦|一趟|一下)",
        weak="clause",
    ),
    # "went to 教室", "popped into the 课堂": an English verb of going (see mixed.py).
    KindRule("classroom_visit", mixed.CLASSROOM_ANCHOR, need=mixed.CLASSROOM_NEED),
    # --- dorm visits.
    KindRule(
        "dorm_visit",
        # "查完寝回家了": 完 as the verb's result.
        r"查(?:了|过|的|完)?(?:一下|一遍|"
        + _TIMES
        + r"|下|个)?寝(?!"
        + _A_TOOL_FOR_IT
        + r")|查宿|查房|走寝|巡寝|(?<![一了])下寝|寝室走访|宿舍走访|走访宿舍"
        r"|查(?:了|完|过)?(?:一下|一次)?晚归",
    ),
    # The students who stayed over a break looked in on (class: 留校的 as where they are, the
    # dorms): "回学校看了下留校的两个", "看望留校学生"; not 慰问 (a report's care: other), nor
    # a call or a meal with them (the talk and outing rules).
    KindRule(
        "dorm_visit",
        # "寒假看望留校学生" as "看了下留校的两个" (class, session 17: the students who stayed
        # are at the dorms, looked in on there).
        r"(?:看了?(?:一?下|看)?|看望了?|探望了?)[^,.;!?。；]{0,3}?留校(?:的|生|学生|同学|新生)",
        forbid_before=re.compile(r"(?:打|电话|微信|视频|问)[^,.;!?。；]{0,4}$"),
    ),
    # A log line naming only the place and its time: "宿舍，1h", "寝室 2小时", "宿舍"; or, in a
    # terse log written a word at a time, the floors and rooms gone round ("9.14 宿舍 三楼 四间",
    # "宿舍 3栋"), or the check as a word after it ("10.27 宿舍 查 有人用电锅").
    KindRule(
        "dorm_visit",
        r"(?<![^\s,;])(?:宿舍|寝室)(?=\s*(?:[,;]\s*)?(?:$|\n|[√✓✔✅]|[\d.]+\s*(?:h\b|hrs?\b|个?小时|分钟|min))"
        r"|\s+" + _ROOMS_GONE_ROUND + r"|\s+(?:查|看|转|巡)(?:了|过)?(?:一圈|一遍|一下)?(?=\s|$))",
    ),
    # A terse log's line that is a day and the place, a remark after it ("11.25 宿舍 介回人齐了",
    # "10.8 寝室 卫生差"): the place named first after a month.day date is where the advisor went.
    KindRule(
        "dorm_visit",
        r"(?:(?<=\d\.\d\s)|(?<=\d\.\d\d\s))(?:宿舍|寝室)(?=\s)",
    ),
    # "查了 六间 都还行": rooms counted after a check or a look, the dorm left unsaid (not 六间
    # 教室, a classroom's check).
    KindRule(
        "dorm_visit",
        r"(?:查|看|转|走)(?:了|过)(?:一下)?\s*[\d一二两三四五六七八九十几]+\s*(?:间|个(?:屋|房间)"
        # … or the blocks gone round ("今晚查了两栋 7栋跟9栋都有我们班的", class, issue 17,
        # round 16), not a teaching building's.
        # … or a numbered block checked ("查了5号楼", as "查了12栋").
        r"|(?:栋|幢|(?<=\d)号楼)(?:楼)?(?![^,.;!?。；\s]{0,2}(?:教学|实验|办公|图书|行政|房子|别墅)))"
        r"(?!\s*(?:教室|课室|自习室|办公室|会议室|机房|实验室))",
    ),
    KindRule(
        "dorm_visit",
        # 女寝, 男寝: the girls' or boys' dorm rooms.
        r"(?:宿舍|寝室|公寓|(?<![一-龥])[女男]寝|(?<=[楼栋幢\d])[女男]寝"
        # The northeast's and the north's campuses: 寝 alone, gone to or back to ("回寝看了一圈",
        # "去寝里瞅了瞅"); not 就寝, 寝食, 查寝 (a rule of its own).
        r"|(?<=[去回到进上])寝(?![室食具宫陵殿长]))(?!长|的?(?:寝室长|宿舍长|舍长))"
        + _DORM_NOTICE_AFTER_ZH,
        need=_DORM_VERB_ZH,
        forbid_before=_DORM_NOT_VISITED_BEFORE,
    ),
    KindRule(
        "dorm_visit",
        r"(?:\bdorm(?:itory|itories|s)?\b(?!\s+(?:leaders?|heads?|monitors?|captains?)\b)|\bresidence\s+halls?\b|\bhalls?\s+of\s+residence\b"
        r"|\broom\s+checks?\b|\bbed\s+checks?\b)" + _DORM_NOTICE_AFTER_EN,
        # "advice on dorm safety" is a notice; "one girl keep crying in dorm", "he was sleeping
        # in his dorm": where a student was, no visit.
        forbid_before=re.compile(
            f"{_NOTICE_ON_BEFORE_EN.pattern}"
            r"|\b(?:cry(?:ing)?|cried|sleep(?:ing)?|slept|lying|hiding|hid|gaming|sick|rest(?:ing|ed)?)"
            r"\s+(?:all\s+day\s+)?in\s+(?:the\s+|her\s+|his\s+|their\s+)?$"
            # "the students staying back in hostel during winter vacation": where the students
            # stay over a break (class: students staying in the dorm are no visit).
            # (not "visited the students staying back in hostel": they were gone to)
            r"|(?<!\bvisited\s)(?<!\bvisited\sthe\s)(?<!\bvisited\sall\s)(?<!\bsaw\sthe\s)(?<!\bsee\sthe\s)"
            r"(?<!\bmet\sthe\s)(?<!\bon\sthe\s)"
            r"\b(?:students?|kids|boys|girls)\s+(?:who\s+)?(?:are\s+|were\s+|is\s+)?"
            r"(?:stay(?:s|ed|ing)?|liv(?:e|es|ed|ing)|remain(?:s|ed|ing)?)\s+(?:back\s+|on\s+)?"
            r"(?:in|at)\s+(?:the\s+|their\s+)?$"
            f"|{SEEN_BACK_TO_BEFORE_EN}"
        ),
    ),
    # "Went up to his room and talked to him myself": a student's own room gone to is his dorm.
    KindRule("dorm_visit", STUDENTS_ROOM_EN),
    # "晚上到9号楼看了看": a numbered block gone round is a dorm, unless the clause names
    # something else done there ("到3号楼开班会").
    KindRule(
        "dorm_visit",
        # (到 as going, not 接到 / 收到 / 找到: "接到7#324宿舍长电话").
        r"(?:去|(?<![接收遇碰找见得想听做达迟报签])到)了?(?:[东西南北]区)?\s*\d{1,2}\s*(?:号楼|栋|幢|#)"
        r"(?=[^,.;!?。；]{0,3}?(?:看|转|走|巡|查)"
        # "去了12号楼，408那间…", "去了8#-312": a block and a room in it, nothing else done there
        # (not "去了5号楼312上课").
        r"|[,\s-]{0,2}\d{3,4}\s*(?:那间|那个?寝室?|寝室?|宿舍|房间|室)?"
        r"(?![^,.;!?。；]{0,6}?(?:上课|听课|讲课|开会|开班会|考试|自习|监考|办公|教室|实验))(?:[^\d号楼栋幢]|$))"
        r"|(?:走访|巡查)了?(?:[东西南北中]区)?\s*\d{1,2}\s*(?:号楼|栋|幢)",
        weak="clause",
    ),
    # "去他们屋看了看": the students' room (屋, northern speech) is their dorm room.
    KindRule(
        "dorm_visit",
        r"(?:去|到|进)了?趟?(?:他们|她们|孩子们|学生|同学|男生|女生|[^,.;!?。；]{1,4}?的)屋里?"
        r"(?=[^,.;!?。；]{0,3}?(?:看|转|走|坐|查|聊))",
    ),
    # "visited 3 rooms in building 6", "visited the students' rooms": rooms are dorm rooms.
    KindRule(
        "dorm_visit",
        r"\b(?:visited|checked|inspected|went\s+(?:round|around|through|to))\s+"
        r"(?:the\s+|their\s+|some\s+|a\s+few\s+|all\s+(?:the\s+)?|\w+\s+)?(?:students'?\s+|girls'?\s+|boys'?\s+)?"
        r"rooms\b(?!\s+(?:for|of)\s+(?:the\s+)?(?:exam|class|lecture|meeting))",
    ),
    # "Went again to 7-315, talked to the roommates", "去了7-315，和室友聊了聊": the room's
    # roommates or its neighbours told in a later clause of its sentence make it a dorm room too
    # (class: a dorm room by block and number; "went to 3-204, the projector was broken" stays
    # none).
    KindRule(
        "dorm_visit",
        r"\b(?:went|gone|been|go|going)\s+(?:once\s+more\s+|again\s+|back\s+|over\s+)?(?:to|into)\s+"
        rf"(?:room\s+)?{_BLOCK_ROOM_WITH_ROOMMATES_EN}",
    ),
    KindRule("dorm_visit", rf"(?:去|到)了?(?:一趟|一次|趟)?\s*{_BLOCK_ROOM_WITH_ROOMMATES_ZH}"),
    # "I have gone once more to 7-315 and also to the neighbour rooms 7-313 and 7-317": a room
    # by its block and number gone to, with the rooms around it in its clause (class: a dorm
    # room by number, which a classroom's "3-204" alone is not).
    KindRule(
        "dorm_visit",
        r"\b(?:went|gone|been|go|going)\s+(?:once\s+more\s+|again\s+|back\s+|over\s+)?(?:to|into)\s+"
        r"(?:room\s+)?\d{1,2}-\d{3}\b",
        need=re.compile(
            r"\b(?:neighbou?r(?:ing)?|next[- ]door|adjacent|other|both)\s+rooms?\b|\broommates?\b|\bdorm"
        ),
    ),
    # Malaysian English drops the "to" and the tense: "morning went check class", "go check
    # the class" (not the class committee).
    KindRule(
        "classroom_visit",
        r"\b(?:went|go|going|goes)\s+(?:to\s+)?check\s+(?:on\s+)?(?:the\s+|my\s+|our\s+)?class(?:es)?\b"
        r"(?!\s+(?:committee|monitors?|reps?|leaders?|officers?|cadres?|group))",
    ),
    # --- student talks.
    KindRule(
        "student_talk",
        # "聊了有半个多钟头", "谈了一个多小时", "聊了快二十分钟": the talk told by its length.
        r"(?:聊|谈)了\s?(?:有|快|近|将近|得有|差不多|大概|足足)?(?:一会儿?|会儿?|一下|几句|很久|好久|半天|好一阵|一阵|好一会儿?|好半天"
        # Spoken "谈了下" with 一 dropped (class, issue 17, round 16: "都谈了下"); not 谈了下午 /
        # 下周 / 下学期 (what was talked of).
        r"|下(?![午周月学个次步面去来半礼星一])"
        # 十几分钟: a count with 几 in it.
        r"|[\d一二两三四五六七八九十半几]+\s*多?\s*个?[半多]?\s*(?:分钟|分|小时|钟头))"
        r"|谈心|谈话|访谈|个别交流|个别谈|谈了谈|聊了聊|聊聊|聊了一下|聊天|面谈|约谈|单独交流|单独沟通|单独聊|单独谈|心理疏导"
        # The talk noun split by 了 or 过 (class: 谈了话, 谈过话, 谈了次话, 谈了个话).
        r"|谈(?:了|过)(?:一次|次|个|会儿?|一会儿?)?话(?!题|剧)"
        # "课后单独说了说": a word with the students after the class seen.
        r"|单独说了(?:说|几句|一下)",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # "和刘洋见了面，给他爸打了电话", "见了刘洋一面": a student met by name (or 他, 学生) is a
    # talk, as "和学生见面了" is (class: met with no talk word); not a teacher (见了刘老师), a
    # parent (和他爸见了面) or a 见面会.
    KindRule(
        "student_talk",
        rf"(?:和|跟|与|同)(?:{_MET_NAME_ZH}|他|她|学生|同学)(?:同学)?(?:见了?(?:个|一)?面(?!会)|碰了?(?:个|一)?面)"
        rf"|见了(?:一下)?(?:{_MET_NAME_ZH})(?:同学)?(?:一面|(?=$|[,.;!?。；\s]))",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # 一对一 alone: how a tutoring was given ("给小孙补实变 一对一 两小时", "辅导高数，一对一"),
    # not a talk of its own.
    KindRule(
        "student_talk",
        r"一对一",
        forbid_before=re.compile(
            _STAFF_BEFORE_ZH.pattern
            + r"|(?:补|辅导|答疑|讲题|讲了?[^。；;\n]{0,4}?题)[^。；;\n]{0,12}$"
        ),
    ),
    # Talks counted by the students, with no talk noun: "挂科的 谈了4个", "四个不及格的
    # 同学都谈好了", "跟他讲了半个钟头" (讲: what Wu and Hubei speakers say for a talk).
    KindRule(
        "student_talk",
        r"(?:谈|聊)了?\s*[\d一二两三四五六七八九十几]+\s*个(?![^,.;!?。；]{0,1}?(?:小时|钟头|月|星期|礼拜|周|学期|问题|方面|事|话题))"
        r"|(?:跟|和|与|同)(?:他|她|他们|她们|学生|同学|孩子|[\u4e00-\u9fff]{1,3}同学|小[\u4e00-\u9fff])"
        r"[^,.;!?。；]{0,4}?讲了(?:一会儿?|会儿?|很久|好久|半天|[\d一二两三四五六七八九十半]+\s*(?:分钟|个半?小时|小时|个半?钟头|钟头))"
        # "额给她俩说了说": a student or two told, the verb doubled (northern speech).
        r"|(?:跟|和|给|同)(?:他|她)(?:们|俩)?说了说",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # Students called in, or taken one by one, and spoken to (class: the talk told by how the
    # students were brought to it, with a doubled verb): "两个人都叫出来谈了谈", "逃课那几个明儿
    # 挨个叫来谈谈", "留下五个娃娃问择校的事，一个一个说了说".
    KindRule(
        "student_talk",
        r"(?:叫|喊)(?:了)?(?:来|过来|出来|到办公室)[^,.;!?。；]{0,4}?(?:谈|聊|说)了?(?:谈|聊|说|一?下(?![午周月学个次步面去来半礼星一]))"
        r"|(?:挨个儿?|一个一个|一个个|逐个)(?:叫来|找来|叫过来)?(?:谈|聊|说)了?(?:谈|聊|说|一下)",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # Talks told without their students, named before (class: a talk's students told
    # earlier): "302两个女生吵起来了 今晚分别谈了", "各自聊了一下".
    KindRule(
        "student_talk",
        r"(?:分别|各自|挨个)(?:找|叫)?(?:谈|聊)(?:了|过)",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # Students sought out one by one, or all of them, with no talk word (class: 找 as a
    # talk): "明天单独找他们", "个别找了两个", "那三个娃儿都找了的" (Southwest 的 for done).
    KindRule(
        "student_talk",
        r"(?:单独|个别|分别)找(?:了|过)?(?:他|她|他们|她们|[\d一二两三四五六七八九十几]+\s*个)"
        r"|(?<=学生|同学|孩子)(?:都|也|已经|已)?找(?:了|过)(?:的|了)?(?=[,.;!?。；]|$)",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # A talk told by the hour it went on to (class: talked until late): "赶过去陪她聊到一点多",
    # "跟他们谈到十点", "和小李聊到很晚".
    KindRule(
        "student_talk",
        rf"(?:陪|跟|和|与|同)(?:{_TOLD_STUDENT}|[^,.;!?。；]{{0,6}}?(?:同学|学生|孩子|室友))(?:一起)?(?:聊|谈)到"
        r"(?=(?:了|晚上|夜里|半夜|凌晨|深夜)?(?:[\d一二两三四五六七八九十]{1,3}\s*点|很晚|半夜|深夜|凌晨|天亮|熄灯))"
        # … or opening its clause, the student told in the clause before ("有个孩子晚上哭了，
        # 唠到十点多"): a chat inside a meeting or visit is still that (`find._chat_within`).
        r"|(?:(?<=[,.;!?。；])|^)(?:又|就|一直|陪(?:着)?(?:他|她)?)?(?:聊|谈)到"
        r"(?=(?:了|晚上|夜里|半夜|凌晨|深夜)?(?:[\d一二两三四五六七八九十]{1,3}\s*点|很晚|半夜|深夜|凌晨|天亮|熄灯))",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # A student followed up or visited again (跟进, 回访, 随访; "follow up 了上次那个女生" once
    # mixed.py has spelled it): "跟进了上次那个女生", "回访了两个学生"; not 跟进学生的就业.
    KindRule(
        "student_talk",
        r"(?:跟进|回访|随访)(?:了|过)?(?:一下)?[^,.;!?。；]{0,8}?"
        r"(?:女生|男生|同学|学生|孩子|女孩|男孩)(?!们?的|家长|干部|会)",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # 讲 for 谈 (Min, Wu, Yue and Xiang speakers' Mandarin): a student or one officer spoken
    # to, "跟其中四名同学个别讲过", "跟寝室长讲了", "跟团支书个别讲了一下入党材料的事",
    # "跟两名想保研的同学讲了一下绩点排名". The person is named right before the verb (or
    # before 个别, 已经 …), so "跟家长讲了", "跟他父母两个人讲了" stay the parents'.
    KindRule(
        "student_talk",
        rf"(?:跟|和|与|同)[^,.;!?。；]{{0,12}}?(?:{_TOLD_STUDENT})"
        r"(?:个别|单独|分别|都|也|已经?|已经有|有)?讲(?:了|过)(?!课|座)",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # The talks begun or gone on with, their students told before (class: 开始 / 继续 + the bare
    # verb): "每个未就业的都要谈一次，周五开始谈", "今天谈了6个，明天继续谈剩下的"; not 谈判,
    # 谈恋爱 (the verb ends its clause or takes the rest of them).
    KindRule(
        "student_talk",
        r"(?:开始|接着|继续)(?:谈|聊)(?=\s*(?:剩下|剩余|其余|其他|另外|[,.;!?。；]|$))",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # Students kept behind after a meeting or class to talk (class: 留下 before the talk's
    # verb, the students named before it): "想考研的学生8名留下小范围交流半小时", "会后几个
    # 同学留下来聊了聊"; not 留下 as leaving a thing (留下联系方式, 留下了印象).
    KindRule(
        "student_talk",
        r"留下(?:来)?\s?(?:[^,.;!?。；]{0,6}?\s)?(?:单独|一起|小范围|继续)?\s?(?:交流|沟通|聊|谈)(?![^,.;!?。；]{0,2}?会)",
        need=re.compile(
            _A_STUDENT_ZH + r"|[\d一二两三四五六七八九十几]\s?[名个位](?!小时|月|星期|钟头)"
        ),
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # "王、李、赵 都聊了", "小王和小李也谈过": students listed by name before a bare talk verb
    # with 都 or 也 (class: a terse log's talk with the students just named).
    KindRule(
        "student_talk",
        r"(?<=都|也)(?:聊|谈)(?:了|过)(?=\s*(?:[,.;!?。；\n]|$))",
        need=re.compile(
            rf"(?<![\u4e00-\u9fff])(?:小|老)?[{SURNAMES}][\u4e00-\u9fff]{{0,2}}?"
            rf"(?:\s*[、和跟与]\s*(?:小|老)?[{SURNAMES}][\u4e00-\u9fff]{{0,2}}?)+\s*(?:都|也)"
        ),
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # "四个不及格的同学都谈好了": the students' talks done. Anchored at the verb, with the
    # students anywhere in its clause (a student word would open the scan at every 小 and 室).
    KindRule(
        "student_talk",
        r"(?:谈|聊)(?:好|完|过)了",
        need=re.compile(_A_STUDENT_ZH),
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    KindRule(
        "student_talk",
        # 合同, 签约: a "with" character may end another word (WITH_CHAR_WORDS).
        # 同事 is a colleague, not "with" (与同事交流心得, the literary 与同仁交流).
        rf"(?:{_with_char('与')}|{_with_char('和')}|{_with_char('跟')}|{_with_char('同')}(?!事)|{_with_char('找')}|{_with_char('约')})"
        r"(?![^,.;!?。；]{0,4}?(?:班委|班干部)[^,.;!?。；]{0,6}?座谈)(?![^,.;!?。；]{0,12}?(?:老师|教师|任课|辅导员|同事|领导|书记|主任|学院|学工|院长|班主任|班导|同行|专家|教务|团委|学生处|保卫处|后勤|宿管|楼管|院办|教研室|用人单位|企业|单位|公司|经理|老板|厂长|hr|(?<![在到去])办公室))"
        # 唠, 掰扯: northern words for a chat; "对了一下": went over something together.
        r"[^,.;!?。；]{0,12}?(?:交流|沟通|聊|谈|了解|唠|掰扯|对了?一下|\s*\b(?:talk(?:ed)?|chat(?:ted)?)\b)",
    ),
    # "和准备考研的五位同学开了个小会": a small meeting with some students is a talk with them.
    KindRule(
        "student_talk",
        r"(?:和|跟|与|找|召集)(?!全班|班里|班上|本班)[^,.;!?。；]{0,12}?(?:同学|学生)(?!干部|会)们?[^,.;!?。；]{0,4}?开了?(?:个|一个|一次)?(?:小|短)会",
    ),
    # "周日还和班委吃了个饭 商量离校那天送行的事": a meal with the committee over the class's
    # business (商量, 讨论, 安排 right after) is a meeting with it (class: a working meal).
    KindRule(
        "cadre_meeting",
        rf"(?:和|跟|与|同|请)(?:{'|'.join(mixed.CADRE_GROUPS)})们?(?:一起)?(?:[在搁去到][^,.;!?。；]{{0,4}}?)?"
        r"吃(?:了|的)?(?:个|顿|一顿)?(?:饭|午饭|晚饭|火锅|烧烤)"
        r"(?=[\s,]{0,2}(?:顺便|一起|边吃边)?(?:商量|讨论|研究|安排|布置|策划|筹备))",
    ),
    # "去食堂和学生一起吃饭": a meal with students is a talk with them.
    KindRule(
        "student_talk",
        r"(?:和|跟|与|陪|同|请)(?:班里|班上)?的?(?:那|这)?(?:几个|两个|[\d一二两三四五六七八九十]+(?:个|位|名))?"
        r"(?:学生|同学|班长|新生|班委|孩子)们?(?:一起)?(?:[在搁去到][^,.;!?。；]{0,4}?)?吃(?:了|的)?(?:个|顿|一顿)?(?:饭|午饭|晚饭|早饭|早餐|午餐|晚餐|火锅)",
    ),
    # "还有6个同学没落实工作，今天挨个打电话问了情况": the students called one by one.
    KindRule(
        "student_talk",
        r"(?:挨个儿?|逐个|一个个|一个一个)(?:地)?(?:(?:叫|喊|拎|拉|找|请)(?:出来|过来|到[^,.;!?。；]{0,4}?))?(?:打了?电话|打电话|联系|谈|聊|找)",
        forbid_before=re.compile(r"家长|父母"),
    ),
    # A student called aside and spoken to ("下课叫住说了几句", "把他三个叫起来好好说了一顿"),
    # a student talked round (劝了劝); the students talked with, counted ("周六上午谈两位大创
    # 组长", "谈了三名同学").
    KindRule(
        "student_talk",
        # "把挂科那4个孩子叫一块儿说说复习咋安排": called together and spoken to.
        r"(?:叫|喊|拎)(?:住|起来|过来|出来|到一边|到走廊|到?一块儿?|到一起|齐)[^,.;!?。；]{0,8}?(?:说了|说说|批评|教育|训了|劝)"
        r"|劝了劝|谈了?\s*[\d一二两三四五六七八九十几]+\s*(?:位|名)",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # "两个想转专业的伢来找我，一起谈了": students who came to see the advisor, then talked with.
    KindRule(
        "student_talk",
        r"来找(?:了)?我[,\s]{0,2}(?:一起|就|跟(?:他|她)们?|和(?:他|她)们?)?(?:谈|聊)了"
        # Called in to the office, then talked with there (class: the students sent for, the
        # talk in the clause after): "找了3个挂科风险比较高的学生来办公室，一起谈".
        r"|(?:找|叫|喊|约)了?[^,.;!?。；]{0,16}?(?:学生|同学|孩子|他|她)们?(?:来|到)了?(?:我的?)?办公室"
        r"[,\s]{0,2}(?:一起|单独|挨个|分别|逐个)?(?:谈|聊|讲)",
        forbid_before=_STAFF_BEFORE_ZH,
    ),
    # "请小赵到办公室坐了坐": a student asked to the office is a talk with them.
    KindRule(
        "student_talk",
        r"(?:请|叫|喊|约)(?!家长)[^,.;!?。；]{0,6}?(?:到|来)(?:我的?)?办公室"
        # "叫他们来办公室一起报名", "喊班长来办公室拿材料": called in for paperwork, no talk.
        r"(?![^,.;!?。；]{0,10}?(?:报了?名|报完|报考|注册|缴费|填了?表|签了?字|签名|盖章|拿|领|取|搬|打印))",
    ),
    # A call or message to a student is a talk with them: "给留校学生打了电话", "电话联系了李同学"
    # (讲电话 in Min, Wu and Taiwan Mandarin: "跟小黄讲了电话").
    KindRule(
        "student_talk",
        rf"(?:给|和|跟|与|同)[^,.;!?。；]{{0,8}}?{_A_STUDENT_OR_KID_ZH}[^,.;!?。；]{{0,4}}?"
        r"(?:[打讲]了?(?:个|一个|一通|几个|[\d一二两三四五]+个)?电话|通了?(?:个|一个)?电话|视频|发了?(?:个|条)?(?:微信|消息|短信))"
        rf"|(?:电话|微信|视频|短信)(?:联系|沟通|联络|询问|慰问)了?[^,.;!?。；]{{0,10}}?{_A_STUDENT_ZH}"
        # "打电话沟通学生请假问题": the student's matter is what the call was about.
        r"(?!的|请假|问题|情况|事|学习|成绩|表现|考勤|心理|身体|安全|就业|考研)"
        # "联系了学生本人": the student, not the student cadres or the students' office.
        r"|(?:联系|联络)了?(?:一下)?(?:该|这个|那个|这位|那位|这名|那名)?(?:学生|同学)(?:本人)(?!家长|的家长)",
    ),
    KindRule(
        "student_talk",
        r"\b(?:called|phoned|rang|texted|messaged|wechatted|video[- ]called)\s+(?:up\s+)?"
        r"(?:a\s+|an\s+|the\s+|my\s+|some\s+|several\s+|\d+\s+|one\s+|two\s+|three\s+|four\s+|five\s+)?"
        r"(?:\w+\s+)?(?:students?|freshm[ae]n|classmates?|class\s+monitor|monitor)\b(?!'|\s+(?:parents?|mother|father|mom|dad)\b)",
    ),
    KindRule(
        "student_talk",
        r"\b(?:talked|talk|talks|spoke|speak|chatted|chat|chats|met|meet|caught\s+up|checked\s+in|sat\s+down"
        r"|conversations?|check-ins?|catch-ups?"
        # The noun as the verb: "Tomorrow afternoon meeting with Zhou Xin re her scholarship app"
        # (not a class's, a team's or the staff's meeting, which their own rules read, nor one
        # with people named in Chinese: "mtg w/ 班长 and 学委" is mixed.py's cadres' meeting).
        r"|(?<!class\s)(?<!league\s)(?<!homeroom\s)(?<!form\s)(?<!parent\s)(?<!parents\s)(?<!team\s)"
        r"(?<!staff\s)(?<!faculty\s)(?<!committee\s)(?<!cadre\s)(?<!theme\s)(?<!dept\s)meeting(?=\s+with\s+[a-z]))"
        r"\s+(?:individually\s+|at\s+length\s+|briefly\s+|privately\s+|separately\s+|personally\s+|again\s+)?(?:with|to)\b"
        # "spoke with the parents of 2 students": that is the parent contact.
        r"(?!\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|[\w.]+'s\s+|\d+\s+|one\s+|two\s+|three\s+|four\s+|five\s+|several\s+|some\s+)?"
        r"(?:parents?|mother|father|mom|mum|dad|guardians?|grand|famil))"
        # "met with our innovation project team": the team's project is the activity.
        # "a catch-up with the class reps" is the officers' meeting (the rule for them reads it).
        r"(?!\s+(?:the\s+|our\s+|my\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:team|group|club|committee|reps|representatives|officers|cadres)\b(?!\s+members?))",
        need=_STUDENT_OBJECT_EN,
    ),
    KindRule(
        "student_talk",
        # "met up with the students" (class: the phrasal "meet up with" for met).
        rf"\b(?:met|meet)(?:\s+up(?=\s+with\b))?\s+{_SEEN_STUDENTS}"
        rf"|\b(?:called\s+in|invited|video[- ]?(?:called|chatted)(?:\s+with)?)\s+{_SEEN_STUDENTS}",
    ),
    # "met Liu Yang and called his father", "Met Zhou Min today": a student met by name is a
    # talk, as "met with Liu Yang" is (class: "met" with no "with"); the name is one or two bare
    # words ending its phrase, not a time, a place word, "up" or "again" ("met at 8", "met up").
    KindRule(
        "student_talk",
        rf"\bmet\s+(?:up\s+with\s+(?!(?:friends?|mates|buddies|family|relatives)\b))?(?!{_NOT_A_NAME_EN}|{_MET_NOT_A_NAME_EN})[a-z]+(?:\s+(?!{_NOT_A_NAME_EN}|{_MET_NOT_A_NAME_EN}|and\b)[a-z]+)?"
        r"(?=\s*(?:[,.;!?]|$)|\s+(?:and|today|yesterday|tonight|this|last|in|at|after|before|about|for|again|briefly|individually|alone)\b)",
    ),
    # "checked in on the two sick students by phone".
    KindRule(
        "student_talk",
        r"\bcheck(?:ed|ing)?\s+in\s+on\s+(?:[\w']+\s+){0,3}?(?:students?|freshm[ae]n|classmates?|seniors?|juniors?|sophomores?|him|her|them"
        # American "my kids", "the guys in 512"; British "lads"; advisees and mentees.
        r"|kids|guys|lads|boys|girls|advisees?|mentees?|tutees?|freshers)\b"
        # Not the advisor's own children, nor a hotel or a flight checked in on.
        r"(?<!\bown\skids)"
        # "Checked in on the 5 kids staying on campus, went to their rooms": the check-in is
        # the visit told after it in its sentence.
        r"(?!(?:(?!\b(?:then|later|afterwards|by\s+phone|on\s+the\s+phone|over\s+wechat)\b)[^.!?\n]){0,80}?"
        r"\b(?:went|go|going|popped|stopped|dropped|walked)\s+(?:\w+\s+)?(?:to|round|into|by)\s+"
        r"(?:their|his|her|the)\s+(?:dorm\s+)?(?:rooms?|dorms?|dormitor(?:y|ies)|halls?)\b)",
    ),
    # "the father has come with him …, and we have spoken 2 hours, all three together": a talk
    # of three, the student there with the parent (class: the three of us, a talk with the
    # student beside the parent's contact).
    KindRule("student_talk", THREE_OF_US_EN),
    # "The project defence was this afternoon, my team did well": the class's group's defence,
    # in English (the 答辩 of a foreign lecturer's note is read with the Chinese rules).
    KindRule(
        "student_activity",
        r"\bdefen[cs]es?\b(?<!-defence)(?<!-defense)"
        r"(?=(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,60}?\b(?:our|my)\s+(?:\w+\s+)?(?:groups?|teams?|students)\b)",
    ),
    # "The class reps came to my office" (French "les délégués", spelled class reps by
    # `english.py`): the class's officers came to the advisor together, a cadre meeting.
    KindRule(
        "cadre_meeting",
        r"\b(?:the|my|our|all\s+the|\d+|two|three|four|five|several)\s+(?:class\s+reps|class\s+committee"
        r"|class\s+officers|cadres|class\s+leaders|student\s+leaders)\s+"
        r"(?:came|come|dropped\s+by|stopped\s+by|dropped\s+in|came\s+by)\s+(?:to\s+)?(?:see\s+me|my\s+office"
        r"|to\s+my\s+office|to\s+see\s+me)\b",
    ),
    # "2 students came to my office about their internships": they came to the advisor.
    KindRule(
        "student_talk",
        r"\b(?:(?:\d+|a|an|one|two|three|four|five|several|some|the)\s+)?(?:students?|freshm[ae]n|seniors?|juniors?|sophomores?|monitor|girls?|boys?|kids?)\s+"
        # Malaysian English keeps the verb bare: "one girl come my office panic abt 线代".
        r"(?:came|come|comes|dropped\s+by|stopped\s+by|dropped\s+in|came\s+by)\s+(?:to\s+)?(?:see\s+me|my\s+office|to\s+my\s+office|to\s+see\s+me)\b",
    ),
    # "Li Na came to my office crying", "she stopped by to see me": a student named came over.
    KindRule("student_talk", NAMED_STUDENT_CAME_EN, forbid_before=NOT_A_NAMED_STUDENT_BEFORE),
    # "went to watch the lads play football", "watched the class perform": the students' game
    # or show, with the advisor there.
    KindRule(
        "student_activity",
        r"\bwatch(?:ed|ing)?\s+(?:the|my|our)\s+(?:\w+\s+)?(?:lads|students|class|kids|team|girls|boys|freshmen)\s+"
        r"(?:play|playing|compete|competing|perform|performing|race|racing|debate|debating|sing|singing|dance|dancing)\b",
    ),
    # "office hours, 3 students stopped by", "two freshers dropped in for a chat": students who
    # came round, told without where (the varieties' drop-in words, see english.py).
    KindRule(
        "student_talk",
        r"\b(?:(?:\d+|a|an|one|two|three|four|five|several|some|a\s+few|a\s+couple\s+of)\s+)?(?:students?|freshm[ae]n|seniors?|juniors?|sophomores?|tutees?|advisees?)\s+"
        r"(?:stopped|dropped|popped|swung|came)\s+(?:by|in|round|over)\b"
        r"(?=\s*(?:$|[,.;!\n])|\s+(?:for\s+(?:a\s+)?(?:chat|talk|advice)|during|in\s+office\s+hours|to\s+(?:chat|talk|ask)))",
    ),
    # "counseled a student about stress", "interviewed 5 students", "mentoring session with a student".
    KindRule(
        "student_talk",
        rf"\b(?:counsell?ed|advised|interviewed|comforted|consoled|reassured)\s+{_SEEN_STUDENTS}"
        r"|\b(?:mentoring|counsell?ing|advising|tutoring|guidance)\s+(?:sessions?|meetings?|talks?|chats?)\s+with\b",
        need=_STUDENT_OBJECT_EN,
    ),
    # Indian English's counselling as the advisor's deed, its student told before it or by
    # name ("took her to my office and did counselling for an hour", "today counselled Zhou
    # Yu"); not colleagues or parents counselled, nor a student counselled by someone else.
    KindRule(
        "student_talk",
        r"\bcounsell?ed\b(?!\s+(?:the\s+|my\s+|our\s+|other\s+|new\s+)?(?:colleagues?|staff|teachers?"
        r"|advis[oe]rs?|counsell?ors?|parents?|mothers?|fathers?|guardians?|families|faculty)\b)"
        r"(?!\s+by\b)",
        forbid_before=re.compile(r"\b(?:was|were|been|being|be|is|are|get|got|gets|getting)\s+$"),
    ),
    # Paperwork done for students, in English (as 帮他填了表 below): "helped him fill in the visa
    # extension forms", "helped two students apply for the loan", "sorted out Li's paperwork";
    # not a colleague helped ("helped the counsellor with the forms").
    KindRule(
        "other",
        r"\bhelped\s+(?!(?:the\s+|my\s+)?(?:counsell?ors?|colleagues?|teachers?|dean|staff|office|my|the)\b)"
        # Indian English fills a form bare or up: "helped her fill the residence permit forms".
        r"(?:him|her|them|\w+|two\s+\w+|three\s+\w+)\s+(?:to\s+)?(?:fill(?:\s+(?:in|out|up))?|apply\s+for"
        r"|sort\s+out|complete|submit|renew|do|with)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:forms?|applications?|paperwork|documents?|visa|loan|registration|transcripts?)\b"
        r"|\bsorted\s+out\s+(?:\w+'s\s+|his\s+|her\s+|their\s+)(?:[\w-]+\s+){0,2}?(?:paperwork|forms?|visa|loan|documents?)\b",
        weak="talk",
    ),
    # "helped two students who failed midterms make a study plan".
    KindRule(
        "student_talk",
        rf"\bhelped\s+{_SEEN_STUDENTS}",
        need=re.compile(
            r"\b(?:plans?|study|studies|careers?|courses?|revision|review|exams?|grades?|cet|tests?|interviews?|prepare)\b"
        ),
        weak="clause",
    ),
    # "met 2 of them afterwards about their project".
    KindRule(
        "student_talk",
        r"\b(?:met|met\s+with|talked\s+(?:with|to)|spoke\s+(?:with|to)|chatted\s+with)\s+"
        r"(?:\d+|one|two|three|four|five|some|several|each|all|a\s+few)\s+of\s+them\b",
    ),
    # "spent an hour with a student struggling with real analysis".
    KindRule(
        "student_talk",
        r"\bspent\s+(?:an?\s+|one\s+|two\s+|half\s+an?\s+|some\s+|\d+(?:\.\d+)?\s*|the\s+)?"
        r"(?:hours?|hrs?|h|minutes?|mins?|time|while|afternoon|evening|morning)\s+with\b"
        r"(?!\s+(?:the\s+|my\s+|our\s+)?(?:class\s+)?(?:committee|cadres?|officers|monitors|leaders|parents?|reps|representatives))",
        need=_STUDENT_OBJECT_EN,
    ),
    # "bumped into two students at the library and chatted for a while".
    KindRule(
        "student_talk",
        rf"\b(?:bumped|ran)\s+into\s+{_SEEN_STUDENTS}",
        need=re.compile(r"\b(?:chat|chatted|talk|talked|spoke)\b"),
    ),
    # "went to see the students in dorm 5": seeing them where they live or study is that visit.
    KindRule("student_talk", rf"\b(?:saw|see)\s+{_SEEN_STUDENTS}", weak="clause"),
    KindRule(
        "student_talk",
        r"\bhad\s+(?:coffee|lunch|dinner|tea|breakfast|a\s+meal|a\s+walk)\s+with\b",
        need=_STUDENT_OBJECT_EN,
    ),
    # Malaysian English: "lunch makan with 3 of my girls", "makan with them": a meal with
    # students (not "lunch with other advisors").
    KindRule(
        "student_talk",
        r"\b(?:makan|lunch|dinner|ate|eat)\s+with\s+(?:(?:\d+|one|two|three|four|five|some|a\s+few|several)\s+)?"
        r"(?:of\s+)?(?:my\s+|the\s+|our\s+)?(?:students|girls|boys|kids|them|him|her)\b",
    ),
    # "had a long wechat call w/ 王浩", "a quick video call with her": a call with a student.
    KindRule(
        "student_talk",
        r"\b(?:had|did|made|a|an)\s+(?:a\s+|an\s+)?(?:(?:quick|short|long|brief|good|private|little|proper|\d+\s*-?\s*min(?:ute)?)\s+)?"
        r"(?:(?:wechat|phone|video|voice|zoom|qq|tencent\s+meeting)\s+)?(?:call|chat)s?(?=\s+with\b)"
        rf"{_NOT_A_GROUP_AFTER}",
        need=_STUDENT_OBJECT_EN,
    ),
    # "f2f w/ 王浩": face to face with a student.
    KindRule("student_talk", r"\bface-to-face\b", need=_STUDENT_OBJECT_EN),
    # "王浩 came to my office", "班长 dropped by": a student named in Chinese came over.
    KindRule("student_talk", mixed.CAME_ANCHOR, need=mixed.CAME_NEED),
    # "met 王浩 in the library", "called 刘洋 tonight": a student named in Chinese reached.
    KindRule("student_talk", mixed.REACH_ANCHOR, need=mixed.REACH_NEED),
    # "yday 30min w/ 王浩 again", "an hour with 2 freshmen": time spent with a student.
    KindRule(
        "student_talk",
        # "with" stays outside the match: "spent an hour with the class committee" is theirs.
        r"\b(?:\d+(?:\.\d+)?\s*(?:min(?:ute)?s?|h|hrs?|hours?)|half\s+an\s+hour|an\s+hour)(?=\s+with\b)"
        rf"{_NOT_A_GROUP_AFTER}",
        need=_STUDENT_OBJECT_EN,
    ),
    KindRule(
        "student_talk",
        r"\bone[- ]on[- ]ones?\b|\b1[- ]on[- ]1\b|\bheart[- ]to[- ]heart\b"
        r"|\b(?:individual|personal|private)\s+(?:talk|chat|conversation|meeting)s?\b"
        r"|\bstudent\s+(?:talk|chat|conversation|interview)s?\b"
        r"|\b(?:had|have|having)\s+(?:a\s+)?(?:quick\s+|short\s+|long\s+|brief\s+|good\s+|private\s+|little\s+)?(?:talk|chat|conversation|word)s?\s+with\b"
        # Chats counted, their students after: "a couple of chats this afternoon - Priya about
        # the stats track, Wang Lei about his midterm", "three quick chats today".
        r"|\b(?:a\s+couple\s+of|a\s+few|several|two|three|four|five|\d+)\s+(?:quick\s+|short\s+|long\s+|brief\s+)?"
        r"(?:chats|conversations|one-to-ones)\b",
    ),
    # "gave individual grad-exam advice to 5 juniors", "advised two seniors on job offers".
    KindRule(
        "student_talk",
        r"\b(?:gave|giving|offered|provided)\s+(?:\w+\s+)?(?:[\w-]+\s+){0,2}?(?:advice|guidance|counsel(?:l?ing)?)\s+to\b"
        r"|\badvised\b",
        need=_STUDENT_OBJECT_EN,
    ),
    # "a 1:1 with a freshman", "1v1 谈心"; a score ("篮球赛1:1") is the match beside it.
    # Chat's 1v1 as a verb beside Chinese (class: code-mixed talk words), "今天1v1了三个",
    # "和小周1v1聊了下": a Chinese character is a word character, so no \b there.
    KindRule("student_talk", r"(?<![\da-z])1\s*(?::|v|to)\s*1(?![\da-z:])", weak="clause"),
    # Taking a student to a doctor is care of its own beside other work, in a run-on clause
    # too ("去宿舍转了一圈 有个娃儿发烧了 送他去校医院了").
    KindRule(
        "other",
        # 载: driven there ("载他去医院挂急诊"); northern 领 (led: "领他去了趟校医院"; not 领导,
        # 领取, 领奖) taken along, and 上 for going ("我领着上校医院了").
        # The places of care are mixed.CARE_PLACES (class: a clinic by another name, 载她去校医室).
        r"(?:带|陪|送|载|领(?![导取奖钱药证队]))(?:同|着)?[^,.;!?。；]{0,10}?(?:去|到|进|上)了?趟?[^,.;!?。；]{0,4}?(?:"
        + "|".join(mixed.CARE_PLACES)
        + r"|派出所|公安局|警局"
        # The hospital by its own name, the errand saying what it is (class: a doctor seen at a
        # place named locally): "送了个娃儿去华西看病", "带她去省医挂了个急诊".
        r"|看病|看医生|就医|就诊|挂了?个?(?:急诊|号)|输液|打点滴|拍片)",
    ),
    # Duty work done for one student: reviewing their plan, explaining the curriculum to them,
    # handling their paperwork at an office. Part of a talk or an activity beside it ("和小刘
    # 谈心，帮他改了简历"), but a record of its own in a step of its own ("周五下午去就业办帮
    # 同学办违约手续") or beside other work ("给想转专业的孩子讲了讲培养方案…然后去了宿舍").
    KindRule(
        "other",
        rf"(?:给|帮|为|替|跟|向){_ONE_STUDENT}[^,.;!?。；会]{{1,12}}?(?:讲|讲解|解读|介绍|解释|说|分析)了?(?:讲|一下|说|下|分析)?"
        r"[^,.;!?。；]{0,6}?(?:培养方案|教学计划|课程体系|课程设置|转专业|专业前景|专业情况|专业方向)"
        rf"|(?:给|帮|为|替){_ONE_STUDENT}[^,.;!?。；会]{{1,8}}?(?:看|改|修改|审|过|把关)了?(?:一下|一遍|下)?"
        r"[^,.;!?。；]{0,12}?(?:计划|规划|简历|论文|申请书?|文书|自荐信|个人陈述)"
        rf"|(?:给|帮|为|替|带|陪){_ONE_STUDENT}[^,.;!?。；会]{{1,8}}?(?:办|办理|申请|开|盖章|签字)了?[^,.;!?。；]{{0,12}}?(?:手续|申请|证明|{_STUDENT_PAPERS})",
        weak="talk",
    ),
    # The papers named first, then a student taken to an office to hand them in, the object
    # left unsaid ("休学申请的材料我今天上午陪她去教务处交", class, issue 17, round 16): work of
    # its own beside a call to the parent.
    KindRule(
        "other",
        r"(?:陪|带)(?:着)?(?:他|她|学生|同学|小[\u4e00-\u9fff])(?:一起)?去[^,.;!?。；\s]{0,8}?"
        r"(?:交|递|办|盖章)(?:了|掉)?(?=[\s,.;!?。；]|$)",
        need=re.compile(r"材料|申请|手续|证明"),
    ),
    # Paperwork and errands done for students: "帮三个同学弄了团组织关系转接的材料", "帮他查了
    # 政策，把申请表打印出来给他". Part of a talk beside it,
    # as above, but a record of its own beside other work.
    KindRule(
        "other",
        rf"(?:给|帮|为|替|协助|帮助){_ONE_STUDENT}[^,.;!?。；会]{{1,8}}?(?:弄|填|准备|整理|打印|复印|交|递|查|核对|审核|签)了?"
        rf"[^,.;!?。；]{{0,10}}?(?:政策|材料|申请表?|表格?|证明|手续|{_STUDENT_PAPERS})"
        # A graduating class's papers (GRADUATION_PAPERS): "帮小陈改调剂材料", "帮两个学生弄
        # 三方网签", "下午帮办离校手续", "帮三个同学盖就业协议的章", "陪小王改答辩ppt" (sat
        # with them while they did it).
        # A report's 协助 (class: "协助三名新疆籍同学办理离校手续", helped with them).
        rf"|(?:给|帮|为|替|陪|协助|帮助){_ONE_STUDENT}[^,.;!?。；会]{{0,8}}?(?:弄|填|改|修改|看|办|办理|签|盖|核对|准备|整理|交|递|查)了?"
        rf"[^,.;!?。；]{{0,10}}?(?:{'|'.join(GRADUATION_PAPERS)})"
        r"|把[^,.;!?。；]{0,8}?(?:申请表|材料|表格|证明)[^,.;!?。；]{0,2}?(?:打印|复印|填|准备|整理|弄)(?:好|完|出来)?(?:了|给)",
        weak="talk",
    ),
    # A meal for a crowd of students ("请班上十几个伢子恰了顿饭", "请全班同学吃了火锅") is no
    # talk in a small group: other work with the class.
    KindRule(
        "other",
        r"(?:请|和|跟|与|陪)(?:全班|班上|班里|本班)?的?(?:十几|二十几|二十多|三十多|几十|[二三四]十)个?"
        r"(?:学生|同学|孩子|新生)们?(?:一起)?[^,.;!?。；]{0,4}?吃(?:了|的)?(?:个|顿|一顿)?(?:饭|火锅|烧烤|宵夜|夜宵)"
        r"|请(?:全班|班上|班里|本班)(?:的)?(?:学生|同学|孩子)?们?(?:一起)?吃(?:了|的)?(?:个|顿|一顿)?(?:饭|火锅|烧烤|宵夜|夜宵)",
        weak="clause",
    ),
    # The students' teachers met about them: "跟毕业论文指导老师碰了个头，问了选题进度",
    # "和任课老师沟通了他们的出勤". Work of its own beside a call to a parent.
    KindRule(
        "other",
        r"(?:跟|和|与|找)[^,.;!?。；]{0,8}?(?:指导老师|指导教师|导师|任课老师|任课教师)们?[^,.;!?。；]{0,4}?"
        r"(?:碰了?(?:个|一下|下)?头|碰了?一下|沟通|交流|对接|商量)",
        weak="clause",
    ),
    # The class's grades or lists sorted out: work of its own beside a talk about them.
    KindRule(
        "other",
        r"把[^,.;!?。；]{0,10}?(?:成绩|学分|名单|综测)(?:都)?(?:整理|汇总|统计|录入|核对|算)(?:好|完)了",
    ),
    # --- student activities.
    # A students' project's papers gone through with them ("帮他们看了申报书", "给大创组改了改
    # 项目书"): guiding the project, as 指导大创 is.
    KindRule(
        "student_activity",
        r"(?:帮|给|替|和|跟|陪)(?:他们|她们|学生|同学|[^,.;!?。；]{1,6}?(?:组|队|团队))?[^,.;!?。；]{0,4}?"
        r"(?:看|改|修改|审|过|把关|润色)了?(?:一下|下|一遍|改|看)?[^,.;!?。；]{0,4}?"
        r"(?:申报书|项目书|计划书|结题报告|中期报告|参赛作品)",
    ),
    KindRule(
        "student_activity",
        r"竞赛(?![^,.;!?。；]{0,2}?(?:获奖|得奖|成绩))|比赛|大创(?!的?[\d一二两三四五六七八九十几]*个?(?:队|组|团队|项目组)[^,.;!?。；]{0,8}?(?:也|还)?要)|创新创业|(?:数学)?建模(?![课》]|\s*(?:选修|必修))|(?:组织|安排|举办)[^,.;!?。；]{0,6}?(?:模拟考试|模考|模拟面试)|挑战杯|参观|讲座|报告会|宣讲会|学生活动|社团活动|志愿(?:服务|活动|者)"
        r"|社会实践|运动会|晚会|联欢(?!班会)|文艺汇演|团建|春游|秋游|(?<!考)研学|考察|参访|读书会|观影|趣味|拔河|辩论"
        r"|(?:指导|带领|带着|带|组织(?!召开)|陪同)(?![^,.;!?。；]{0,6}?(?:团日|班会|团会|班团))"
        r"(?:学生|同学)?[^,.;!?。；]{0,10}?(?:活动|训练|备赛|实践|调研|参加|观看|参观|学习|聆听|慰问|服务|劳动|植树|报告"
        r"|答辩|毕业设计|毕设|论文|宣讲|讲座|经验分享|分享会)"
        r"|敬老院|福利院|孤儿院|植树|义卖|献血|公益活动|互联网\+"
        # The school's sports meet and the students' festivals: 校运会, 数学文化节.
        r"|校运会|(?:文化|艺术|体育|科技|读书|数学)节"
        # "美赛结果出了": a contest's results out, no contest that day.
        r"|(?:美赛|国赛|数模|电赛|蓝桥杯)(?!\s*(?:的)?(?:结果|成绩|奖项|获奖名单)(?:出|公布|下来))"
        # "听课 数模选修": the course of that name (as 建模课 above), not the contest.
        r"(?!\s*(?:选修|必修|课(?!题)))"
        r"|欢送会|欢迎会|送别会|茶话会|送考|陪考|集训|校赛|省赛|义务劳动|志愿清扫"
        # Seeing the students into the exam (class: 送考 told in words): "在校门口送娃儿些进考场".
        r"|(?:送|陪)[^,.;!?。；]{0,8}?(?:进|入)考场"
        # … or at the exam site's gate: "去考点门口送孩子", "在考点陪学生" (not the parents':
        # "家长在考点门口送孩子").
        r"|(?<!家长在)(?<!家长去)(?<!家长到)考点(?:门口|外面|外头|大门口?)?(?:送|陪)(?:一下|了)?"
        r"(?:孩子|学生|同学|考生|他们|她们|娃)"
        # The students' shows and their rehearsals (军训会操, 汇报表演, 彩排), and the advisor
        # in the audience ("去台下当观众"), or an exhibition seen ("数学史展览看好了").
        r"|会操|汇报表演|汇报演出|彩排|排练|(?:当|做)了?(?:观众|啦啦队|拉拉队)"
        # The students' thesis defences sat in on, and their rehearsals ("去听了他们的论文答辩",
        # "陪他们做答辩预演"; not 答辩ppt, 答辩材料, the papers for it).
        # (去看了他们的答辩: 看 only after going, with the students named.)
        r"|(?:听(?!说)|旁听|观摩|(?<=[去到])看了?(?=他们|她们|学生|同学|孩子|我们班|班上))了?"
        r"[^,.;!?。；]{0,8}?答辩(?!\s*(?:ppt|稿|材料))"
        r"|(?:陪|帮|带)[^,.;!?。；]{0,8}?(?:做|搞|进行)?(?:答辩(?:预演|彩排|演练)|预答辩)"
        # "The 答辩 was today …, and our group has passed": a defence the class's group or
        # students went through, told with them in its sentence (class: the students' defence,
        # named in a foreign lecturer's English); not "今天下午毕业答辩，没空去宿舍了".
        r"|答辩(?!\s*(?:ppt|稿|材料))(?=(?:[^.!?。！？\n]|(?<=\d)\.(?=\d)){0,60}?(?:\b(?:our|my)\s+(?:\w+\s+)?(?:groups?|teams?|students)\b"
        r"|我们(?:班|组|队)|我的学生))"
        r"|展览(?:也|都)?(?:看|参观|逛)(?:好|完|过)(?:了|啦)"
        # "去操场看我们班训练": the class's training watched (not 看望, a visit to someone).
        # "看他们军训拉歌": the students named by a pronoun too.
        r"|看(?!望)(?:了|过)?(?:一下|下|看)?(?:(?:我们|全|本|咱)班|他们|她们|同学们|孩子们|学生们|新生们?)"
        r"[^,.;!?。；]{0,4}?(?:训练|军训|比赛|演出|表演)"
        # "去赛场看了下", "创业社团路演 去当评委": the students' contest gone to or judged.
        # "中午克军训场地看了下": the freshmen's military training gone to.
        r"|(?:去|到)了?趟?(?:赛场|比赛现场|竞赛现场|答辩现场|答辩会场|赛点|集训室|军训场)|探班|路演|(?:当|做|担任)了?(?:个|一回|一次)?评委"
        # "周一周三都在现场陪着" (the defence told before): there with the students at their
        # event (class: the students' event by its site, 现场).
        r"|(?:去|到|在)了?(?:答辩|比赛|竞赛)?现场陪(?:着|同)"
        # "随新生参加军训开营仪式": going along with the students to their event.
        rf"|(?:随同?|跟随|跟着|陪着?)(?!同?[^,.;!?。；]{{0,8}}?(?:医院|看病|就医|就诊|急诊|医务室|{_ERRANDS}))"
        r"(?:全班|班级|本班)?的?(?:学生|同学|新生|毕业生|孩子)们?[^,.;!?。；]{0,8}?(?:参加|参观|观看|出席|去)"
        r"|(?:开营|闭营|开学|毕业|颁奖|入学|结业|成人|入团|开班)(?:仪式|典礼)"
        # "带了八个同学去交大听讲座", "带二十几个找工作的同学去听了": some students taken along.
        # "带班里同学去爬了大蜀山", "带学生去逛了植物园": an outing whose verb takes 了 or a place.
        r"|带(?:了|着|领)?[^,.;!?。；]{0,12}?(?:学生|同学|孩子|新生)们?(?:一起|一块儿?|一道)?去(?:听|参观|参加|看|爬|逛|玩|登|踏青|骑|划)"
        # "带了一批伢子去省人才市场那个秋季招聘会", "陪两个同学去人才市场现场面试", "陪大创组的
        # 四个同学去中期答辩": students taken to their job fair, interview or defence.
        r"|(?:带|陪|领)(?:了|着|同)?[^,.;!?。；]{0,12}?(?:学生|同学|孩子|新生|毕业生|小[\u4e00-\u9fff])们?(?:一起|一块儿?|一道)?(?:去|到)"
        r"[^,.;!?。；]{0,12}?(?:招聘会|双选会|人才市场|招聘|面试|复试|答辩)"
        rf"|(?:去|到)了?趟?[^,.;!?。；]{{0,4}}?(?:{_OUTING_PLACES}|天文馆)"
        # "软件园去了 嗯学生反映还挺好的": the place of the outing first, then the going.
        rf"|(?:{_OUTING_PLACES})(?:也|都)?(?:去|参观|逛)(?:了|过|完)"
        # "学院有个跨年活动我要去陪伢子们": the students' event, then the advisor going with them
        # (class, issue 17, round 16).
        r"|(?:活动|晚会|联欢会?|比赛|演出)[^,.;!?。；]{0,8}?陪(?:着)?(?:学生|同学|孩子|新生)们?(?=[\s,.;!?。；]|$)"
        # "上周六跨年活动去了 搞到好晚": the students' event first, then the going (class,
        # issue 17, round 16); not the league day's or the advisors' own (团日活动, 班主任活动).
        r"|(?<!团日|党日|班团|团建)(?<!班主任|辅导员|教职工)活动(?:我)?(?:也|都)?去(?:了|过)(?!一下)"
        # "数学建模的培训 带我们班5个学生去的": the advisor took students to it.
        r"|带(?:了|着|领)?(?:我们班|班上|班里|本班)?的?[\d一二两三四五六七八九十几]+个(?:学生|同学|孩子|新生)们?(?:一起)?去的"
        r"|球赛|大赛|接力赛|越野赛|演讲赛|派对|聚会|晨跑|夜跑|带队|灯谜|猜谜|徒步|远足|骑行|露营|野炊|扫墓|祭扫|汇演|聚餐|毕业典礼|联谊|郊游|爬山|烧烤|升旗仪式|观看"
        # Not to see a doctor ("陪学生去医院看病" is care: "other").
        # "陪学生考了四级": there with the students at their exam.
        r"|陪(?:同)?着?(?:学生|同学|新生)们?(?:去)?考(?:了|完)"
        rf"|陪(?:同)?着?(?![^,.;!?。；]{{0,8}}?(?:医院|看病|就医|就诊|急诊|医务室|{_ERRANDS}))"
        # "陪学生在操场跑步": with the place where they did it.
        r"(?:留校|全班|班上|班里)?的?(?:学生|同学|大家|孩子|新生|毕业生)们?(?:在[^,.;!?。；]{1,6}?)?"
        r"(?:一起|去|参加|过|看|观看|跑步|晨跑|夜跑|锻炼|运动|打球|散步)"
        # "给学生上了一次安全培训课": training the students give is no training of the advisor's.
        r"|(?:给|为|对)(?:全班|班里|班上|本班|[^,.;!?。；]{1,6}?的)?(?:学生|同学|新生|班委|班干部?)们?[^,.;!?。；]{0,10}?"
        r"(?:培训(?:会|班|课)?|分享会|交流会|经验分享|经验交流|宣讲会?)"
        # "跟学生一起包饺子", "和班里同学一起过冬至": doing something together with the students.
        r"|(?:跟|和|与|陪|同)(?:全班|班里|班上|本班)?的?(?:学生|同学|孩子|新生)们?一起"
        r"(?=[^,.;!?。；]{0,8}?(?:包|过|做|玩|看|唱|跑|打|踢|聚|庆|参加|参观|去|爬|种|布置|吃(?:了|过)?(?:月饼|饺子|汤圆|粽子|蛋糕)))"
        # "和学生打了场篮球": a game played with the students.
        r"|(?:跟|和|与|陪)(?:全班|班里|班上|本班)?的?(?:学生|同学|孩子|新生|男生|女生)们?(?:一起)?(?:打|踢|下)了?(?:一|几|两)?(?:场|局|盘)?"
        r"(?:篮球|足球|排球|羽毛球|乒乓球|球|棋)"
        # "参加学生的政治学习活动": the students' own activity, joined.
        r"|参加了?(?:学生|班级|同学)们?的[^,.;!?。；]{0,8}?活动"
        r"|科研训练|课外活动|第二课堂|素质拓展|游园|观影|看电影|(?:看|观看)了?[^,.;!?。；]{0,6}?(?:电影|纪录片|话剧|演出|展览)",
        # "talked w/ 王老师 abt the 大创 project": what was talked about (an English "about");
        # "班主任培训听了两个钟头讲座": the talk of the advisors' own training.
        forbid_before=re.compile(
            f"{_PLANNING_OR_ABOUT_BEFORE.pattern}"
            r"|(?:班主任|班导师|辅导员)(?:工作)?(?:培训|会议|例会|研讨会)[^,.;!?。；]{0,8}$"
            # "缺4 → 其中2人在实验室做大创": what absent students were doing, on their own.
            r"|[\d一两二三四五六七八九十几]\s*(?:人|个人|名同学|个同学|位同学)在[^,.;!?。；]{0,6}?(?:做|搞|准备|忙)$"
        ),
    ),
    # Going along with the students to their event, in English: "accompany the kids at 校运会",
    # "went 军训 field this morning accompany them", "ran with them a bit", "brought a group of
    # them go visit the 数学文化馆" (not to a doctor: that is care).
    KindRule(
        "student_activity",
        r"(?:\b(?:accompan(?:y|ied|ying)|ran\s+with|jogged\s+with|walked\s+with|(?:went|go)\s+with)\s+"
        r"(?:them|the\s+(?:kids|students|class|freshm[ae]n)|my\s+(?:kids|students|class))\b"
        # "accompanied my two teams in the training session", "accompanied a group of my
        # students to the open day": the class's teams or a group of them (class: the advisor
        # with the students at their event).
        r"|\baccompan(?:y|ied|ying)\s+(?:(?:my|our|the)\s+(?:\w+\s+)?(?:teams?|groups?)"
        r"(?!\s+of\s+(?:the\s+)?(?:advis|teachers|colleagues|counsel|staff|parents))"
        r"|a\s+group\s+of\s+(?:my\s+|our\s+|the\s+)?(?:students|kids|class(?:mates)?))\b"
        r"|\b(?:brought|bring|took|take)\s+(?:a\s+group\s+of\s+|some\s+of\s+|those\s+|the\s+|my\s+|all\s+(?:the\s+)?)?"
        r"(?:them|kids|students|class|freshm[ae]n)\b[^,.;!?]{0,30}?\b(?:go|to)\s+(?:visit|see|watch|join|makan|eat)\b)"
        r"(?![^.;!?]{0,40}?(?:hospital|clinic|doctor|police))",
        forbid_before=_ABOUT_BEFORE,
    ),
    # "考研经验分享会，请了两位上岸的学长": a sharing session for the students.
    KindRule(
        "student_activity",
        rf"(?:{_STUDENTS_SHARE})[^,.;!?。；]{{0,4}}?(?:经验)?(?:分享|交流)会",
        forbid_before=_PLANNING_BEFORE_ZH,
    ),
    # "跟班里没回家的孩子在活动室一块吃的月饼": festival food with the students (一块, 一块儿:
    # northern for 一起), whoever they are ("没回家的", "留校的").
    KindRule(
        "student_activity",
        r"(?:跟|和|与|陪|同)(?:全班|班里|班上|本班)?[^,.;!?。；]{0,8}?(?:学生|同学|孩子|新生)们?[^,.;!?。；]{0,6}?"
        r"(?:一起|一块儿?|一同|一道)(?=[^,.;!?。；]{0,4}?(?:吃|包|过|做|煮)(?:了|的|过)?[^,.;!?。；]{0,2}?"
        r"(?:月饼|饺子|汤圆|粽子|蛋糕|年夜饭|元宵|团圆饭))",
        weak="clause",
    ),
    # "中秋节那天和留校新生一起吃月饼": a holiday with the students who stayed (part of a visit
    # when the clause names one: "到宿舍和留校同学一起吃月饼").
    # "跟留校的同学约好一道去草坪赏月", "跟没回家的同学在操场一起跨年": the festival night too.
    KindRule(
        "student_activity",
        r"(?:跟|和|与|陪|同)(?:留校|没回家|没有回家|不回家)的?(?:学生|同学|新生|孩子)们?[^,.;!?。；]{0,6}?"
        r"(?:一起|一块儿?|一道|一同)(?=[^,.;!?。；]{0,8}?(?:吃|过|包|看|玩|聚|庆|赏月|跨年|守岁|放烟花))",
        weak="clause",
    ),
    # "陪留校的几个娃包了粽子": the students kept company at a festival's or a pastime's
    # doing (class: 陪 with a thing done together; not 陪学生看病, 陪他去医院, which are care).
    KindRule(
        "student_activity",
        r"陪(?:着)?(?:留校|没回家|没有回家|不回家)?的?(?:几个|一些|[\d一二两三四五六七八九十]+个)?的?"
        r"(?:学生|同学|孩子|新生)们?(?:一起|一块儿?)?"
        r"(?:包了?|过了?(?=节|年|生日|中秋|端午|元旦|冬至|圣诞)|玩|唱|爬|种|踢"
        r"|做了?(?=月饼|饭|手工|游戏|汤圆|饺子)|吃了?(?=饺子|粽子|月饼|汤圆|年夜饭|团圆饭))",
        forbid_before=_PLANNING_BEFORE_ZH,
    ),
    # "团日活动定咧，本周六去碑林": a league day spent on an outing is itself the students'
    # activity (the meeting rule leaves it), unless it only labels the outing told before it.
    KindRule(
        "student_activity",
        rf"{_NOT_A_LABEL}团日(?={_LEAGUE_DAY_OUTING})",
        forbid_before=_PLANNING_OR_ABOUT_BEFORE,
    ),
    # "开了最后一次班会，拍了毕业合影": a photo taken at something else is part of it.
    KindRule("student_activity", r"毕业合影|毕业照|合影|合照", weak="message"),
    # "带学生包粽子": the students taken to do something together.
    KindRule(
        "student_activity",
        r"带(?:领|着)?(?:全班|班里|班上|本班)?的?(?:学生|同学|孩子|新生)们?(?:一起|一块儿?)?"
        # "讲座，我带班里同学去听了": the talk the students were taken to; "就业动员大会 带班上
        # 同学一起去的": the event named before, gone to with them.
        r"(?:包|做|过|玩|唱|跑|打|踢|爬|种|吃|看|去听|去(?:的|了)?(?=$|[\s,.;!?。；]))"
        # "参加了学院的毕业生座谈会 带了几个同学一起": some students taken along.
        r"|带了?(?:几个|一些|[\d一二两三四五六七八九十]+个)的?(?:学生|同学|孩子|新生)们?(?:一起|一块儿?)(?:去的?|去了)?(?=$|[\s,.;!?。；])",
        forbid_before=_PLANNING_BEFORE_ZH,
    ),
    KindRule(
        "student_activity",
        r"\b(?:competitions?|contests?|olympiad|hackathon|marathon|galas?|field\s+trips?|sports\s+(?:day|meet|meeting)"
        r"|talent\s+show|student\s+activit(?:y|ies)|club\s+activit(?:y|ies)|volunteer(?:ed|ing|s)?"
        r"|coach(?:ed|ing)?|mentor(?:ed|ing)|modell?ing\s+(?:team|contest|competition|group|club|class)|math(?:ematical)?\s+modell?ing|english\s+corner"
        # "organize students (to) attend / visit …": Chinglish for taking them.
        r"|organi[sz](?:e|ed|es|ing)\s+(?:the\s+|my\s+|our\s+|some\s+|\d+\s+)?(?:\w+\s+)?students?\s+(?:to\s+)?"
        r"(?:attend|visit|join|go|watch|take\s+part|participate|see)\b"
        # "took a few of my students to": "a few of" one word here.
        r"|(?:took|take|taking|takes|led|lead|leading|accompanied|accompanying|brought|bringing)\s+"
        r"(?:a\s+(?:few|couple)\s+of\s+|[\w']+\s+){0,3}?"
        r"(?:students|class|team|group|kids|freshmen|seniors|juniors|sophomores|graduates|(?:first|second|third|fourth)[- ]years)"
        # "took the foreign students of my class for mooncake making" (class: the class's own
        # students named with their class before where they were taken).
        r"(?:\s+(?:of|from|in)\s+(?:my|our|the|this|that)\s+(?:class|batch|section|group|year))?"
        r"(?:\s+(?:who|that)\s+[^,.;!?]{0,30}?)?\s+(?:to|on|for|out)"
        r"|(?:\w+ball|chess|badminton|tennis|ping[- ]?pong|sports?)\s+(?:match(?:es)?|games?|tournaments?)|tournaments?"
        r"|(?:costume|christmas|xmas|halloween|new\s+year'?s?|class|birthday|farewell|graduation|welcome|holiday)\s+part(?:y|ies)"
        r"|graduation\s+(?:ceremony|photos?|part(?:y|ies))|(?:thesis|proposal|graduation\s+design)\s+(?:\w+\s+)?defen[cs]es?|commencement|bowling|ice[- ]skating|skating|camping|kayaking|rafting|rock\s+climbing|go[- ]karting|escape\s+room"
        r"|end[- ]of[- ](?:the[- ])?(?:term|year|semester)\s+part(?:y|ies)|part(?:y|ies)\s+with\s+(?:the\s+|my\s+|our\s+)?(?:class|students)"
        r"|tree[- ]planting|study\s+groups?|mock\s+interviews?|mock\s+(?:\w+\s+)?(?:defen[cs]es?|vivas?)|mock\s+(?:\w+\s+)?(?:exams?|tests?)|mcm|icm|challenge\s+cup|movie\s+nights?|film\s+(?:nights?|screenings?)|picnics?|hik(?:e|es|ing)|barbecues?|bbq|karaoke"
        r"|museums?|exhibitions?|science\s+park|debates?|debating|rehearsals?|campus\s+tours?|tours?\s+of\s+the\s+campus"
        r"|career\s+talk|guest\s+lecture|(?:job|career|recruitment|club|society|societies)\s+fairs?|outing|excursion|innovation\s+project|research\s+project"
        r"|(?:student|club|campus|league)\s+(?:club\s+)?events?"
        # "organised a Youth Day activity", "hosted a games night for the class".
        r"|(?:organi[sz]ed|organi[sz]ing|organi[sz]e|hosted|hosting|held|ran|running)\s+(?:a\s+|an\s+|the\s+|our\s+|my\s+|some\s+)?"
        r"(?!them(?:e|ed|atic)\b)"
        r"(?:[\w'-]+\s+){0,3}?(?:activit(?:y|ies)|events?|outings?|trips?|games?\s+nights?|celebrations?|get-togethers?)"
        r"|(?:recruitment|company|job|career)\s+(?:talks?|sessions?|presentations?)"
        # "went to Prof Chen's lecture on exam prep with my juniors": a talk taken with the class.
        rf"|lectures?(?={_WITH_MY_CLASS})|(?:mobili[sz]ation|cet-?\d?|safety|career|employment)\s+lectures?"
        r"|(?:visited|visit\s+to)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}?(?:company|museum|factory|lab|exhibition|"
        r"science\s+park|enterprise|campus))\b",
        # "12 signed up for the maths modelling competition": the students' own sign-up (报名), no
        # outing of the advisor's.
        forbid_before=re.compile(
            _PLANNING_BEFORE_EN.pattern
            + r"|\b(?:signed|signing|sign)\s+up\s+(?:for|to)\s+(?:\S+\s+){0,5}$"
            r"|\b(?:registered|enrolled|applied)\s+(?:for|in)\s+(?:\S+\s+){0,5}$"
        ),
    ),
    # "提交了本学期工作计划", "10月份工作记录表已填好", "11月的表交了": the plan or the month's
    # form handed in is a record of its own beside anything else.
    KindRule(
        "other",
        rf"(?:(?:提交|上交|递交|交)(?:了|完)|提交|上交|递交|(?:{_FORM_FINISHED})了?)[^,.;!?。；]{{0,12}}?{_FORM_OR_PLAN}"
        rf"|{_FORM_OR_PLAN}[^,.;!?。；]{{0,8}}?"
        # "工作计划已按学院要求制定完毕": done as the college asked (class: a report's formal words).
        rf"(?:(?:已经?|都)(?:于[^,.;!?。；]{{1,6}}?|按[^,.;!?。；]{{1,8}}?(?:要求|规定|安排|通知))?(?:补交|提交|上交|报送|上传|交|{_FORM_FINISHED}|{_FORM_MAILED}|发给|发到)|(?<![忘没未])(?:提交|上交|上传|交|{_FORM_FINISHED}|交上去)(?:了|啦)"
        # "五月份工作记录表，请查收", "本学期工作计划现提交": handed over as the note is sent.
        rf"|[,:：\s]?(?:{_FORM_HANDED_OVER})"
        # A tracker's tick: "2月记录表补交 ✓", "4月记录表 交 ✓（迟了）", "6月表今天交 ✓".
        r"|(?<![忘没未])(?:补交|提交|上交|交)\s*[✓✔✅☑]"
        # In a mixed note: "Sept 工作记录表 submitted", "学期工作计划 also submitted already".
        r"|\s*(?:(?:also|all|already|done\s+(?:&|and))\s+)?(?:submitted|handed\s+in|turned\s+in|sent\s+in)\b"
        # "6月份的工作记录表交到学工办了", "10月份的表已经发给辅导员了".
        rf"|(?<![忘没未])(?:(?:提交|上交|交|发|报|上传)(?:到|给)|{_FORM_MAILED})[^,.;!?。；]{{0,6}}?了)",
        # "需要提交工作计划", "月底前提交记录表": a duty or a deadline, not the deed.
        forbid_before=re.compile(
            r"(?:(?:要|需|须|得|该|应|记得|准备|打算|计划|尽快|按时|及时|让|叫)[^,.;!?。；]{0,6}|前)\s*$"
        ),
        document=True,
    ),
    KindRule(
        "other",
        r"\b(?:wrote(?:\s+up)?|filled\s+(?:in|out)|submitted|handed\s+in|turned\s+in|sent(?:\s+(?:in|off))?|finished|completed|uploaded)\s+"
        r"(?:the\s+|my\s+|our\s+|this\s+|last\s+)?(?:[\w'-]+\s+){0,3}?(?:work\s+)?(?:record\s+forms?|monthly\s+forms?|work\s+plan|semester\s+plan"
        # "also handed in Jan form", "handed in October's form", "sent last month's form".
        rf"|(?:last|this)\s+month'?s\s+(?:record\s+)?forms?|{_MONTHS_EN}(?:'s)?\.?\s+(?:record\s+)?forms?)\b"
        # "semester work plan handed in on Monday", "Oct form handed in".
        rf"|\b(?:record\s+forms?|monthly\s+forms?|work\s+plan|semester\s+plan|{_MONTHS_EN}\.?\s+forms?"
        r"|(?:last|this)\s+month'?s\s+(?:record\s+)?forms?)\s+"
        # "The semester work plan for Class 2024-2 (Mathematics) was submitted": for whom.
        # "Monthly form for November submitted": a note's clipped passive, after a month.
        rf"(?:for\s+[^,.;!?]{{1,60}}?\s+(?:was|has\s+been|had\s+been|got)\s+|for\s+{_MONTHS_EN}[a-z]*\.?\s+|(?:was\s+|got\s+|all\s+)?)(?:submitted|handed\s+in|turned\s+in|sent\s+(?:in|off|to)|filled\s+(?:in|out)|uploaded|done)\b"
        # "form for Nov submitted", "the form for October was handed in".
        rf"|\bforms?\s+for\s+{_MONTHS_EN}\.?\s+(?:(?:was|has\s+been|got|is)\s+)?(?:submitted|handed\s+in|turned\s+in|sent\s+(?:in|off)|uploaded)\b"
        # "October's form sent to the counsellor", "the plan for this term has been submitted".
        rf"|\b(?:{_MONTHS_EN}'s\s+(?:monthly\s+|record\s+)?forms?|(?:work\s+|semester\s+|term\s+)?plan\s+for\s+(?:this|the)\s+(?:term|semester))\s+"
        r"(?:was\s+|got\s+|has\s+been\s+|is\s+)?(?:submitted|handed\s+in|turned\s+in|sent|uploaded|done)\b"
        # "the semester plan is done and sent", "November's form is submitted".
        # "last month's form is in": handed in.
        rf"|\b(?:record\s+forms?|monthly\s+forms?|(?:work|semester|term)\s+plan|(?:last|this)\s+month'?s\s+(?:record\s+)?forms?"
        rf"|{_MONTHS_EN}(?:'s)?\s+(?:monthly\s+)?forms?)\s+"
        r"(?:for\s+\w+\s+)?(?:is|was|has\s+been|got|'s)\s+(?:all\s+)?(?:done|finished|ready|written|complete)?\s*(?:and\s+)?"
        r"(?:submitted|handed\s+in|turned\s+in|sent|uploaded|done|finished|in\b(?!\s+(?:progress|the|my|a|an)\b))\b",
        # "need the monthly form for November submitted by Friday": a duty, not the deed.
        forbid_before=re.compile(
            r"\b(?:need|needs|needed|want|wants|must|should|remind\w*|get|have\s+to|has\s+to|please)"
            r"\s+(?:\w+\s+){0,3}$"
        ),
        document=True,
    ),
    # --- the regulation's duties done on their own (issue 20): "解读专业教学计划", "组织选举班委",
    # "考研辅导", "协助辅导员组织新生入学教育", "给挂科的学生辅导功课", "查看未返校学生情况".
    KindRule(
        "other",
        r"(?:解读|讲解|介绍|宣讲)了?[^,.;!?。；]{0,8}?(?:培养方案|教学计划|课程体系|专业前景|专业情况)"
        r"|(?:选举|换届|改选|竞选|选出|选了)[^,.;!?。；]{0,6}?(?:班委|团支书|班干部?|团支部|班长)"
        r"|(?:班委|班干部|团支部)(?:选举|换届|改选|竞选)"
        r"|考研(?:辅导|咨询|答疑|规划|经验)|(?:辅导|指导)[^,.;!?。；]{0,4}?考研"
        r"|考研[^,.;!?。；]{0,10}?(?:备考|复习)?(?:指导|辅导|答疑|咨询)"
        r"|(?:协助|配合|帮)辅导员|(?:入学|新生|离校|毕业|适应性?|专业思想|职业道德|诚信|就业)教育"
        # "给小王单独补了两个钟头数分": the tutoring's length between the verb and the course.
        r"|补了?(?:[^,.;!?。；]{0,2}?|[\d一二两三四五六七八九十半]+\s*个?半?(?:小时|钟头|钟)的?)(?:课|功课|"
        + _COURSES
        + r")"
        r"|辅导(?:功课|作业)"
        r"|辅导了?[^,.;!?。；]{0,8}?(?:功课|作业|数学|英语|物理|编程|课程|" + _COURSES + r")"
        r"|(?:挂科|不及格|学困|学习困难)[^,.;!?。；]{0,8}?(?:辅导|补课|补习|答疑)"
        r"|(?:查看|了解|统计|核查|排查|跟进|检查|核实)[^,.;!?。；]{0,10}?返校|返校情况"
        r"|政治学习|理论学习|学业预警|就业帮扶|动员[^,.;!?。；]{0,8}?报名"
        r"|(?:实习|就业|考研|毕业|安全|期末|考前)动员(?!大?会)"
        r"|(?:和|跟|与)[^,.;!?。；]{0,8}?(?:单位|企业|公司|hr)[^,.;!?。；]{0,8}?(?:沟通|联系|对接|交流)"
        r"|(?:走访|拜访|访问)了?[^,.;!?。；]{0,4}?(?:企业|用人单位|公司)|(?:企业|用人单位|公司)走访"
        r"|(?:入党|入团)[^,.;!?。；]{0,6}?(?:推荐|推优|考察|谈话|培养|评议)|推优|发展党员|党员发展",
        weak="message",
    ),
    # A student tutored by the advisor in person is work of its own beside the note's other
    # kinds ("礼拜天额自己给挂科的小张辅导了一个钟头高数").
    KindRule(
        "other",
        r"给[^,.;!?。；]{0,8}?(?:同学|学生|小[\u4e00-\u9fff]|他|她|他们|她们)[^,.;!?。；]{0,2}?辅导了"
        # The student first and the verb last, as a Korean lecturer orders it (class: SOV
        # tutoring): "刘同学 单独 常微分方程 补习 2小时", "小王 一对一 高数 辅导 했어요"; alone
        # or for a length, so 学生补习班 and 同学们辅导员 stay other words.
        r"|(?:同学|学生|小[\u4e00-\u9fff]|他|她)\s?(?:单独|一对一)[^,.;!?。；]{0,8}?(?:补习|补课|辅导)(?!员|班|机构)"
        r"|(?:同学|学生|小[\u4e00-\u9fff]|他|她)(?![^,.;!?。；]{0,4}?(?:自己|自习|们))[^,.;!?。；]{0,8}?(?:补习|补课|辅导)(?=了?\s?[\d一二两三四五六七八九十半]+\s*个?半?(?:小时|钟头))"
        # Problems or a course gone over with a few students (class, issue 17, round 16): "给那几个
        # 伢子讲了两个钟头极限", "给他们讲一次题"; not the advisor's own lecture to the class
        # (给全班讲了一节高数课) nor a meeting's subject (给他们讲了考试纪律).
        # "他不会高数，找他讲了讲": the course the student is stuck on named before the help.
        r"|(?:(?:不会|不懂|没学懂|没搞懂|听不懂|跟不上|挂了)(?:" + _TUTORED + r")"
        r"|(?:" + _TUTORED + r")(?:没学懂|没搞懂|不会|听不懂|跟不上|挂了))[^。；!?\n]{0,6}?"
        r"(?:找|给|叫)(?:他|她|他们|她们)(?:来)?(?:单独)?讲(?:了讲|了一下|了)"
        r"|(?:给|找)(?!全班|全体|大家)[^,.;!?。；]{0,8}?(?:同学|学生|小[\u4e00-\u9fff]|他|她|他们|她们)(?:们)?"
        r"(?:单独|再|又|先)?讲(?:了讲|了)?(?:[\d一二两三四五六七八九十半]+\s*个?半?(?:小时|钟头|钟)的?|一(?:上午|下午|晚上)的?|一次|一下|一遍|几道|两道)?"
        r"(?:" + _TUTORED + r")(?![目材]|要求|安排|规定|纪律)(?![^,.;!?。；]{0,2}课)",
    ),
    KindRule(
        "other",
        r"\b(?:explain\w*|introduc\w*|went\s+through)\s+(?:the\s+|our\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:curriculum|major)\b"
        r"|\b(?:class\s+)?committee\s+elections?\b"
        r"|\b(?:elect\w*|vote\s+for)\s+(?:the\s+|a\s+|new\s+)*(?:class\s+)?(?:committee|monitor|officers)\b"
        r"|\btutor(?:ed|ing|s)?\b(?!\s+(?:sessions?|meetings?)\s+with)"
        r"|\b(?:helped|assisted|supported|helping|assisting)\s+(?:the\s+|our\s+)?counsell?ors?\b"
        r"|\b(?:checked|checking|followed\s+up)\s+on\s+(?:the\s+)?students\s+(?:who\s+)?(?:hadn'?t|have\s+not|haven'?t|not)\s+(?:come|got(?:ten)?)\s+back\b",
        weak="message",
    ),
    # Problems or past papers gone through with a student (class: tutoring told by what was
    # gone over, the English of 给他讲题): "ran through past calc papers with Ma Lin", "went over
    # the practice problems with two of them"; not with the staff (marking, an exam's setting).
    KindRule(
        "other",
        r"\b(?:ran|run|running|went|go|going|worked|working|gone|talked|walked)\s+(?:\w+\s+)?(?:through|over)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:papers|problems|questions|exercises|proofs|homework|mocks?|derivations)\s+with\b"
        r"(?!\s+(?:the\s+|my\s+|our\s+|some\s+|other\s+)?(?:colleagues?|staff|teachers?|tutors?|markers?|examiners?"
        r"|dean|head|prof\w*|department|faculty|lecturers?|advis[oe]rs?|co-?teachers?)\b)",
        need=_STUDENT_OBJECT_EN,
    ),
    KindRule(
        "student_activity",
        r"\b(?:info(?:rmation)?|briefing|sharing|prep(?:aration)?|q&a)\s+sessions?\s+for\s+(?:the\s+|my\s+|our\s+)?"
        r"(?:students|juniors|seniors|freshm[ae]n|sophomores|class|graduates)\b"
        r"|\b(?:talk|lecture|session|workshop|briefing)s?\s+for\s+(?:the\s+|my\s+|our\s+)?(?:whole\s+)?"
        r"(?:class|students|juniors|seniors|freshm[ae]n|sophomores|graduates)\b"
        r"|\bgrad(?:uate)?\s+school\s+(?:exam\s+)?(?:info(?:rmation)?|advice|prep(?:aration)?|guidance|sessions?|talks?)\b",
        # "talked with 6 seniors about grad school exam prep": what the talk was about.
        forbid_before=_ABOUT_BEFORE,
        weak="clause",
    ),
    # Taking a sick student to the doctor is care of its own, beside a visit in the same run-on
    # clause ("去宿舍的时候发现有个同学发烧了就陪他去了校医院"); only another care word drops it.
    KindRule(
        "other",
        r"(?:就|便|又|然后|马上|赶紧|立刻)(?:陪|送)(?:同)?(?:他|她|学生|同学|该生)?(?:去|到)了?[^,.;!?。；]{0,4}?(?:医院|医务室|诊所)",
    ),
    # "走访慰问生病住院学生1名", "慰问家庭经济困难学生": a report's care for a student in need
    # (not one visited in the dorm: "去宿舍慰问留校学生" is the dorm visit; nor a student's
    # family, "慰问困难学生家庭", a home visit).
    KindRule(
        "other",
        r"(?:走访)?慰问了?[^,.;!?。；]{0,10}?(?:学生|同学|该生|留校生)(?![^,.;!?。；]{0,2}?(?:家|的家))",
        forbid_before=re.compile(r"(?:宿舍|寝室|公寓|楼)[^,.;!?。；]{0,4}$"),
    ),
    # "陪同生病学生张某前往校医院就诊": in a report, the formal verbs of going.
    KindRule(
        "other",
        r"(?:陪同|陪|送|带)[^,.;!?。；]{0,12}?(?:前往|赴|去往)[^,.;!?。；]{0,6}?(?:医院|医务室|诊所|卫生院|卫生所)",
    ),
    # "Took her to the campus clinic … and then rang her mother", "Walked Sun Lei over to
    # the hospital": in English too, care of its own beside the call.
    KindRule(
        "other",
        r"\b(?:took|take|taking|accompanied|accompany|brought|drove|walked|escorted|went\s+with)\s+"
        r"(?:[\w']+\s+){0,3}?(?:over\s+|along\s+|down\s+|round\s+|across\s+|up\s+)?to\s+(?:the\s+|a\s+)?"
        r"(?:campus\s+|school\s+|university\s+|local\s+|city\s+|nearest\s+)?"
        # The varieties' places of care: the counseling center, wellbeing centre, sick bay …
        r"(?:" + "|".join(english.CARE_PLACES) + r"|surgery)\b",
    ),
    # A student taken to a doctor, or to the police, and the advisor's own 答疑 are care and
    # work of their own beside the note's other kinds ("陪他挂的急诊 … 明天得给他家长打个
    # 电话", "帮他去派出所报案").
    KindRule(
        "other",
        # "陪着挂水到晚上", "陪小吴打点滴": an infusion sat through beside the student.
        r"陪(?:同)?[^,.;!?。；]{0,12}?(?:医院|看病|就医|就诊|急诊|医务室|手术|派出所|报案|报警|挂水|打点滴|输液|吊水|打吊针|挂吊瓶)"
        # "跑了趟一附院", "跑了一趟医院": the trip to a hospital (附院, a university's teaching
        # hospital), care of a student.
        r"|跑了?一?趟[^,.;!?。；]{0,3}?(?:医院|附院|医务室)"
        r"|送(?:他|她|学生|同学)?(?:去|到)了?[^,.;!?。；]{0,6}?(?:医院|(?<![学书法究])院|医务室|诊所)|送(?:校)?医(?:院)?"
        r"|(?:带|帮)(?:他|她|学生|同学)[^,.;!?。；]{0,6}?(?:派出所|报案|报警)"
        # "校医院 陪 去了", "医院 陪 他 去了": the place before the verb, as a Korean or Japanese
        # lecturer orders it (class: the object before 陪 … 去).
        r"|(?:校医院|医院|医务室|诊所)\s?(?:[他她]\s?)?陪(?:同|着)?\s?(?:[他她]\s?)?(?:去|到)了(?=\s*(?:$|[,.;!?。；\s]))"
        # "陪小陈去了心理咨询中心", "带她去做了心理咨询": taken to the counsellors.
        r"|(?:带|陪(?:同)?)(?:他|她|学生|同学|小[\u4e00-\u9fff])[^,.;!?。；]{0,4}?去(?:了|过)?(?:学校的?|校)?心理(?:咨询|健康)?(?:中心|室)"
        r"|(?:带|陪(?:同)?)(?:他|她|学生|同学|小[\u4e00-\u9fff])[^,.;!?。；]{0,4}?(?:做|去做)了?(?:一次|个)?心理咨询"
        r"|派出所"
        # "去医院看望了住院的张同学，并联系了他的家长": a sick student visited in hospital.
        r"|(?:去|(?<![接收找送])到)了?趟?(?:校)?(?:医院|医务室)[^,.;!?。；]{0,3}?(?:看望|探望|看了看|陪)"
        r"|(?:看望|探望)了?[^,.;!?。；]{0,8}?(?:住院|生病|病号|受伤|骨折|发烧)"
        # "接小王从医院回来", "去医院接他出院": a student fetched back from a doctor (class: care).
        r"|接[^,.;!?。；]{0,4}?从(?:校)?(?:医院|附院|医务室|诊所)(?:回|出)|(?:去|到)(?:校)?(?:医院|附院|医务室)接[^,.;!?。；]{0,4}?(?:回|出院)"
        # The advisor's own question-and-answer session for the students ("last night 答疑 2
        # hrs", "昨天的答疑还是搞起来了"); a Q&A lesson gone to and watched is a classroom visit.
        r"|(?<![看听去])答疑(?!课)",
        weak="clause",
    ),
    # "叫他明天上午去校医院看看", "让她到医务室查一下": the student sent to a doctor goes alone
    # (class: the student's own errand, no care by the advisor; "陪他去校医院" is care).
    KindRule(
        "other",
        r"(?:去|(?<![接收找送])到)了?趟?(?:校)?(?:医院|医务室)",
        weak="message",
        forbid_before=re.compile(
            r"(?:让|叫|喊|提醒|催|嘱咐|要求|建议|通知)(?:他|她|他们|她们|学生|同学|该生)们?"
            r"(?:[^,.;!?。；陪送带]{0,8}?)$"
        ),
    ),
    # --- anything else an advisor records (weak: only when nothing more specific is named).
    KindRule(
        "other",
        # Not the statistics major naming a class or an office (统计2402班, 统计专业, 统计局).
        r"整理|填写|填报|上报|审核|评定|评优|评奖|奖学金|助学金|资助|困难生|贫困生|档案|排查|摸排"
        r"|统计(?!局|\s*\d{2,4}\s*班|专业|系|学院|学专业|学\d)|核查|心理普查"
        r"|(?:处理|审批|批准?|核实)[^,.;!?。；]{0,8}?请假|请假条|假条|销假|处分|学籍|选课指导|毕业审核|就业推荐|推荐信|推荐表|考研指导|就业指导|(?:考研|就业)动员(?!会|班会)|职业规划|安全教育|检查作业"
        r"|(?:撰写|写了?|起草|修改|完成|制订|制定)[^,.;!?。；]{0,24}?(?:总结|计划|报告|方案|鉴定|评语)|工作总结|学期总结|操行评语"
        # The regulation's own duties: 帮扶, 选课指导, 推荐实习, 生涯规划, 联系用人单位.
        r"|帮扶|指导[^,.;!?。；]{0,4}?选课|推荐[^,.;!?。；]{0,6}?(?:实习|就业|工作)|生涯规划|学业规划|生涯发展规划"
        r"|联系[^,.;!?。；]{0,6}?(?:用人单位|企业|单位)|(?:向|给)用人单位推荐"
        r"|就诊|急诊|住院"
        # "联系后勤维修": the verb before the office as well as after it.
        r"|(?:联系|沟通|协调|对接|交流)了?(?:教务处?|学工办?|团委|学生处|保卫处|后勤|宿管|物业|任课(?:老师|教师))"
        r"|简历|求职|(?:教务处?|学工办?|团委|学生处|保卫处|后勤|宿管|任课(?:老师|教师))[^,.;!?。；]{0,4}?"
        r"(?:沟通|协调|对接|联系|反映|汇报|交流)|(?:沟通|协调|对接)了?[^,.;!?。；]{0,10}?(?:事宜|事项)"
        r"|调解|(?:处理|化解)[^,.;!?。；]{0,6}?(?:矛盾|纠纷|冲突|突发事件)|收集|收齐"
        # "帮学生办理缓考申请": paperwork done for a student.
        r"|(?:审批|批准|同意)了?[^,.;!?。；]{0,12}?(?:申请|请假|假)|已经?(?:批准|审批)"
        r"|缓考|(?:帮|替|为)(?:学生|同学)[^,.;!?。；]{0,6}?(?:办理|申请|开具?|盖章|签字)"
        # Not the office's name: "去就业办帮同学办手续".
        r"|(?<![业务工])办理?[^,.;!?。；]{0,8}?(?:手续|申请|证明|事宜)|(?:帮|替|为)(?:毕业生|新生)[^,.;!?。；]{0,6}?(?:办|申请|开具?|盖章|签字)"
        # "去医院看望了生病住院的学生": care for a sick student.
        r"|看望|探望|(?:去|(?<![接收找送])到)了?趟?(?:校)?(?:医院|医务室)"
        r"|批改|巡查|值班|值了?(?:[一两二三四五六七八九十几\d]+\s*(?:天|个|次|晚|夜))?的?班|迎新"
        # "同学们军训完在黑板上画了爱心": the training as the time of something else.
        r"|军训(?![完后]|结束|之后|以后|的时候|时(?!间))|体检|宿舍调整|调宿|材料|台账|会议记录|班级群"
        # "在家长群发了放假通知", "家长群里有人问放假时间，我回复了": the parents' group answered.
        r"|(?:在|往|到|给)家长群(?:里|中)?(?:发|通知|回复|提醒|转发|说明)|家长群[^,.;!?。；]{0,12}?[,\s]?\s*我(?:回复|回答|解答|发|通知)了?",
        weak="message",
    ),
    # "took 刘洋 to 校医院", "spent ~3h on the 班级学年总结 for 学院": an English verb with a
    # Chinese place of care or a piece of paperwork (see mixed.py).
    KindRule("other", mixed.CARE_ANCHOR, need=mixed.CARE_NEED),
    KindRule("other", mixed.PAPERWORK_ANCHOR, need=mixed.PAPERWORK_NEED),
    KindRule(
        "other",
        r"\b(?:paperwork|scholarships?|grants?|financial\s+aid|bursar(?:y|ies)|files|records|"
        r"recommendation\s+letters?|leave\s+requests?|mental\s+health\s+screening|duty|on\s+call|"
        r"graded|reviewed|processed|compiled|filled\s+(?:in|out)|orientation|registration|"
        r"(?:took|accompanied|brought|drove|walked)\s+(?:a\s+|the\s+|my\s+|one\s+|two\s+|\d+\s+)?(?:sick\s+|injured\s+|ill\s+)?"
        r"(?:students?|him|her)(?:\s+with\s+[^,.;!?]{0,30}?)?\s+to\s+(?:the\s+)?(?:campus\s+|school\s+|university\s+|local\s+)?"
        r"(?:hospital|clinic|doctor|infirmary|er|health\s+cent(?:er|re))|"
        # "went to see Chen Jie at the clinic", "visited the sick student at the health centre":
        # a student seen where the sick are cared for.
        r"(?:visit(?:ed|ing)?|(?:went|go|going)\s+(?:to\s+)?(?:see|visit))\s+(?:a\s+|the\s+|my\s+)?(?:sick\s+|ill\s+|injured\s+)?"
        r"(?!(?:a\s+|the\s+|my\s+)?(?:dean|doctors?|nurses?|dentist|physio|counsell?ors?|colleagues?|my\s+own)\b)"
        r"(?:students?|him|her|[a-z]+(?:\s+[a-z]+)?)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?"
        r"(?:campus\s+|school\s+|university\s+|local\s+)?(?:hospital|clinic|infirmary|health\s+cent(?:er|re)|sick\s?bay)|"
        r"military\s+training|career\s+(?:planning|guidance)|cvs?|resumes?|résumés?|cover\s+letters?"
        r"|job\s+applications?|internship\s+applications?|(?:graduation|degree)\s+audits?"
        # "sent the exam schedule to the parents' group", "Parents' WeChat group: sent …".
        r"|(?:sent|posted|shared|forwarded)\s+[^,.;!?]{0,30}?(?:to|in)\s+(?:the\s+)?parents'?\s+(?:wechat\s+|qq\s+)?group"
        r"|parents'?\s+(?:wechat\s+|qq\s+)?group\s*:\s*(?:sent|posted|shared|forwarded)"
        r"|wrote\s+(?:up\s+)?(?:the\s+|my\s+|a\s+|our\s+|this\s+|next\s+)?(?:[\w'-]+\s+){0,3}?(?:summary|plan|report|review|evaluations?|comments))\b",
        weak="message",
        # "just noting it for my own records": a note to self, no paperwork.
        forbid_before=re.compile(r"\b(?:for|in|on)\s+(?:my|our|the|your)\s+(?:own\s+)?$"),
    ),
]

# --- more words of new authors (issue 17, second round), after the rules above.
_RULES += [
    # "去教室看他们上课", "睇佢哋上堂": watching the students' lecture is a classroom visit.
    KindRule(
        "classroom_visit",
        r"看(?:了|过)?(?:一下|下|了一下|看)?(?:他们|她们|学生|同学|大家|孩子|新生)们?的?(?:上课|听课|上自习)"
        # Gone to watch them revise (class: the study hall by what they do there, "今晚去看他们
        # 复习"); not how a revision went ("看他们复习得怎么样" has no 去 before), nor the dorm
        # gone to ("去宿舍看了看大家复习情况" is its visit).
        r"|(?:去|到)(?![^,.;!?。；]{0,4}?(?:宿舍|寝室|家))[^,.;!?。；]{0,4}?看(?:了|过)?(?:一下|下)?"
        r"(?:他们|她们|学生|同学|大家|孩子)们?(?:的)?复习(?![得的])",
    ),
    # "去了趟实习基地看了看在那实习的几个同学", "去勤工俭学中心睇下同学做兼职": the students
    # visited where they work.
    KindRule(
        "other",
        r"(?:去|到|走访|看望|探望)了?(?:一)?趟?[^,.;!?。；]{0,4}?"
        r"(?:实习基地|实习单位|实习公司|实习点|见习基地|实践基地|勤工俭学|兼职的?(?:地方|单位|店))",
    ),
    # "来办公室问考研数一复习规划": a student's 考研 questions answered alone.
    KindRule(
        "other",
        r"问[^,.;!?。；]{0,3}?考研|考研[^,.;!?。；]{0,6}?(?:复习|备考|择校|选校)规划",
        weak="message",
    ),
    # British English: "a cup of tea with her", "talked it through with him", "a one-to-one",
    # "and to Chen Hao himself", "gave the class a talk", "went round Building 7".
    KindRule(
        "student_talk",
        r"\b(?:had|over)\s+(?:a\s+)?(?:quick\s+|long\s+|proper\s+)?(?:cup\s+of\s+(?:tea|coffee)|cuppa|brew|coffee|tea"
        r"|pint|drink|natter|chinwag|catch-up|heart-to-heart)\s+with\b"
        # "a catch-up with the class reps", "… with the monitor and the league sec" is the
        # officers' meeting.
        r"(?!\s+(?:the\s+|my\s+|our\s+)?(?:class\s+|student\s+|new\s+)?(?:committee|cadres|officers|monitors|reps|representatives"
        r"|monitor\s+and)\b)",
        need=_STUDENT_OBJECT_EN,
    ),
    KindRule(
        "student_talk",
        r"\b(?:talked|talk|went|go|chatted|thought)\s+(?:it|things|this|that|everything)\s+(?:through|over)\s+with\b",
        need=_STUDENT_OBJECT_EN,
    ),
    KindRule("student_talk", r"\bone[- ]to[- ]ones?\b"),
    KindRule(
        "student_talk",
        r"\b(?:to|with)\s+(?!the\s+(?:dean|head|director|teacher|professor|counsell?or))(?:[a-z]+\s+){1,2}(?:himself|herself|themselves)\b",
    ),
    KindRule(
        "student_activity",
        r"\bgave\s+(?:the\s+|my\s+|our\s+)?(?:whole\s+)?(?:class|students|freshmen|juniors|seniors|sophomores"
        r"|(?:first|second|third|fourth)[- ]years)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:talk|lecture|session|workshop|briefing|presentation)\b"
        # "gave my class a lecture on ring theory": a lecture on a course is the advisor's own
        # teaching (class: 给全班讲了一节高数课 records nothing).
        rf"(?<!lecture)(?!\s+(?:on|in|about)\s+(?:{_TAUGHT_EN}))"
        rf"|\bgave\s+(?:the\s+|my\s+|our\s+)?(?:whole\s+)?(?:class|students|freshmen|juniors|seniors|sophomores"
        r"|(?:first|second|third|fourth)[- ]years)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?lectures?\b"
        rf"(?!\s+(?:on|in|about)\s+(?:{_TAUGHT_EN}))",
    ),
    KindRule(
        "dorm_visit",
        r"\b(?:went\s+(?:round|around|through)|visited|checked|did\s+a\s+round\s+of|walked\s+round|looked\s+in\s+on)\s+"
        r"(?:the\s+)?(?:boys'?\s+|girls'?\s+)?(?:building|bldg|block|hall)\s*\d{1,2}\b",
        weak="clause",
    ),
    # "Explained the minor and double-degree rules to Xu Jing", "Wrote Gao Jie's transfer
    # recommendation", "going through her summer school application essay": work for one student.
    KindRule(
        "other",
        r"\b(?:explain\w*|went\s+through|go(?:ing)?\s+through|walked\s+\w+\s+through)\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+)?"
        r"(?:[\w'-]+\s+){0,5}?(?:rules|regulations|requirements|polic(?:y|ies)|procedures?|options|credits|minor"
        r"|double[- ]degrees?|applications?|essays?|cvs?|résumés?|resumes?|personal\s+statements?|cover\s+letters?)\b"
        r"|\b(?:wrote|writing|drafted|signed|sent)\s+(?:[\w']+\s+){0,3}?(?:recommendations?|references?|testimonials?)\b",
        weak="message",
    ),
    # "Held office hours for my kids tonight 7-9pm": hours kept for students, other work; the
    # talks with those who came are recorded instead when the note names them.
    # "Sprechstunde this afternoon 14.00-16.00. 5 students have come one by one", "had my
    # office hours, 2 students came": the hours and the students who came in them are talks
    # (class: office hours with those who came told bare, "came" with no "by" or "to me").
    KindRule("student_talk", rf"(?:{OFFICE_HOURS_EN}|\boffice\s+hours?\b){_STUDENTS_CAME_IN_THEM}"),
    KindRule("other", OFFICE_HOURS_EN, weak="message"),
    # "the kids went to the science museum and I tagged along": the students' outing, where the
    # outing itself is not named in words the rules read.
    KindRule("student_activity", TAGGED_ALONG_EN, need=_STUDENT_OBJECT_EN, weak="message"),
    # "叫他们来办公室一起在电脑上报了名": students helped to sign up for an exam or a programme.
    KindRule(
        "other",
        r"(?:帮|替|一起|一块儿?)[^,.;!?。；]{0,10}?(?:报了?名|报完|报考|注册|缴费|填了?表|签了?字)",
        weak="message",
    ),
]

# --- the passive voice of a formal report (issue 17, round 4): the deed told with its
# object as the subject ("both were spoken to individually", "Talks were conducted with 5
# students", "rooms 412 and 415 of Building 7 were visited", "A student was taken to the
# campus hospital"); the active forms are the rules above.
_DONE_ADVERB = r"(?:(?:all|both|each|also|then|later|briefly|finally|again)\s+)?"
_BE_DONE = rf"\s+(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+{_DONE_ADVERB}"
# Someone else: "the parents were spoken to", "the dean was talked with".
_NOT_A_STUDENT_BEFORE = re.compile(
    r"\b(?:parents?|mother|father|mom|mum|dad|guardians?|famil(?:y|ies)|grand\w+|dean|teachers?"
    r"|counsell?ors?|colleagues?|staff|advis[oe]rs?|prof(?:essor)?|mr|mrs|ms|dr)\b"
)
_RULES += [
    KindRule(
        "student_talk",
        rf"\b(?:was|were|been|being|got)\s+{_DONE_ADVERB}"
        r"(?:individually\s+|separately\s+|personally\s+)?(?:(?:spoken|talked|chatted)\s+(?:to|with)\b"
        # "Three students were interviewed individually", "she was comforted".
        r"|(?:interviewed|counsell?ed|comforted|consoled|reassured)\b)(?!\s+by\b)",
        forbid_before=_NOT_A_STUDENT_BEFORE,
    ),
    KindRule(
        "student_talk",
        rf"\b(?:talks?|conversations?|chats?|heart-to-hearts?|one-on-ones?|check-ins?){_BE_DONE}"
        r"(?:held|conducted|had|carried\s+out|made)\b"
        r"(?=[^,.;!?]{0,60}?\bwith\b(?!\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|\d+\s+|two\s+|three\s+)?"
        r"(?:parents?|mother|father|mom|mum|dad|guardians?|famil)))",
        need=_STUDENT_OBJECT_EN,
    ),
    # "Prof. Li's Topology class was observed": a course's class visited (not by someone else).
    KindRule(
        "classroom_visit",
        rf"\b(?:class(?:es)?|lessons?|tutorials?|lectures?){_BE_DONE}"
        r"(?:observed|attended|visited|audited|sat\s+in\s+on|looked\s+in\s+on|dropped\s+in\s+on)\b(?!\s+by\b)",
    ),
    # "A meeting was held with the class committee", "… with the whole class".
    KindRule(
        "cadre_meeting",
        rf"\bmeetings?{_BE_DONE}(?:held|convened|conducted|called)\s+with\s+(?:the\s+|my\s+|our\s+)?"
        r"(?:student\s+|class\s+)?(?:class\s+committee|committee|cadres|class\s+officers|student\s+leaders"
        r"|class\s+leaders|class\s+monitors|monitors|class\s+reps)\b",
    ),
    KindRule(
        "class_meeting",
        rf"\bmeetings?{_BE_DONE}(?:held|convened|conducted|called)\s+with\s+(?:the|my|our)\s+"
        r"(?:whole\s+|entire\s+)?class\b(?!\s+(?:committee|monitors?|leaders?|officers?|reps?|cadres?|teachers?))",
    ),
    KindRule(
        "dorm_visit",
        r"\b(?:rooms?\s+#?\d{3,4}[a-z]?(?:\s*(?:,|and|&|-|–|to)\s*#?\d{3,4}[a-z]?)*"
        r"|(?:the\s+)?(?:students'?|girls'?|boys'?|their|several|some|all|\d+|two|three|four|five|six)\s+(?:dorm\s+)?rooms)"
        r"(?:\s+(?:of|in|on)\s+(?:the\s+)?(?:(?:boys'?|girls'?)\s+)?(?:building|bldg|block|dorm(?:itory)?|hall)\s*#?\d{0,2}[a-z]?)?"
        rf"{_BE_DONE}(?:visited|inspected|checked|gone\s+round|walked\s+round|looked\s+in\s+on)\b"
        r"|\b(?:building|bldg|block)\s*#?\d{1,2}[a-z]?"
        rf"{_BE_DONE}(?:visited|inspected|checked|gone\s+round|walked\s+round)\b",
    ),
    # "was taken to the campus hospital", "Li Ming was visited in hospital"; not "… by her
    # roommates" (someone else took her).
    KindRule(
        "other",
        rf"\b(?:was|were|been|being|got)\s+{_DONE_ADVERB}"
        r"(?:(?:taken|accompanied|brought|driven|walked|escorted|sent|rushed)\s+(?:over\s+|along\s+)?to|visited\s+(?:in|at))"
        r"\s+(?:the\s+|a\s+)?(?:campus\s+|school\s+|university\s+|local\s+|city\s+|nearest\s+)?"
        r"(?:hospital|clinic|infirmary|a&e|health\s+cent(?:er|re)|medical\s+cent(?:er|re)|emergency\s+room)\b"
        r"(?![^,.;!?]{0,40}?\bby\s+(?:his|her|their|the|some)\s+(?:roommates?|classmates?|friends?|parents?|counsell?ors?))",
    ),
    # "Advice on choosing 考研 target programs was given to Liu Yang": exam or study guidance
    # (考研指导, 选课指导) is other work, part of a talk the note names beside it.
    KindRule(
        "other",
        r"\b(?:advice|guidance)\s+(?:on|about|regarding|for)\b",
        need=re.compile(
            r"考研|保研|\bgrad(?:uate)?\s+(?:school|programs?|entrance|exams?|studies)|\bpostgraduate"
            r"|\bmaster'?s\s+(?:programs?|applications?|degrees?)|\bcourse\s+(?:selection|choices?)|\belectives\b"
            r"|\bstudy\s+plans?\b"
        ),
        weak="message",
    ),
]

# --- a tracker's tags naming a kind (issue 17, round 6): "#家长 人次: 4 | 周四晚上打的",
# "给3个同学单独答疑 | 2h #other". A tag repeating a word of the note is blanked before the
# scan (`pipeline._untag`); one beside other work is the same record (weak). First: at the
# tag's position the word's own rule (家长 needing a verb) would win.
_RULES[0:0] = [
    KindRule("parent_contact", r"#(?:家长|家访|家校)(?![\u4e00-\u9fff])", weak="message"),
    KindRule("dorm_visit", r"#(?:宿舍|寝室)(?![\u4e00-\u9fff])", weak="message"),
    KindRule("student_activity", r"#(?:活动|学生活动)(?![\u4e00-\u9fff])", weak="message"),
    KindRule("other", r"#(?:其他|其它|杂事)(?![\u4e00-\u9fff])", weak="message"),
    KindRule("other", r"\b(?<=#)other\b", weak="message"),
]

# --- a Southern Min advisor's words (issue 17, round 6), after the Minnan fold (regional.py).
_RULES += [
    # "去看他们常微分的考前答疑课": a lesson gone to and watched, with no 了 after the verb
    # (有去看 is folded to 已去看; "去看了…课" is in the classroom rule above).
    KindRule(
        "classroom_visit",
        r"(?:去|到)(?:听|看)(?:了|过)?[^,.;!?。；]{0,10}?(?<![下上])课(?!表|程|件|外|间|后|前|余)",
    ),
    # "中午陪去校医院 | 已通知家长": the parents told is a contact (not the parents' group).
    KindRule(
        "parent_contact",
        r"(?:已经?|及时|马上|立即|立刻)通知了?(?:该生|其|他|她|学生|同学)?的?"
        r"(?:家长|父母|妈妈|爸爸|母亲|父亲)(?!群|会)",
    ),
    # 博饼: the Mid-Autumn dice game of Xiamen and southern Fujian, played with the students.
    KindRule("student_activity", r"博饼|博状元"),
    # "下课把其中一个叫出来讲了几句": a student called aside and spoken to is a talk.
    KindRule(
        "student_talk",
        r"(?:叫|喊|拉|拎)(?:了)?(?:出来|出去|过来|到一边|到旁边|到走廊)[^,.;!?。；]{0,4}?"
        r"(?:讲|说|聊|谈)了?(?:几句|一下|一会儿?|两句|半天)"
        # Sought out and spoken to (class: 找 + a student + 讲 / 说 a few words, 讲 Southeast
        # Asian Mandarin's 谈): "下课找那个睡觉的讲了几句", "找他说了一下"; not a teacher or a
        # parent sought out, nor notes looked for (讲义).
        r"|找(?:了)?(?![^,.;!?。；]{0,8}?(?:老师|教师|辅导员|领导|书记|院长|主任|家长|父母|爸|妈"
        r"|学院|学校|学工|教务|宿管|后勤|保卫|物业|楼管|阿姨|师傅|同事))"
        r"[^,.;!?。；]{1,8}?(?:讲|说)了?(?:几句|两句|一下)",
        forbid_before=re.compile(r"家长|父母"),
    ),
]

# --- student-affairs words of a former counselor (issue 17, round 6). They go first: at the
# same position a broader rule would win ("课堂" needing a verb of going, a bare weak "统计").
_RULES[0:0] = [
    # "observed Group Theory", "popped into Real Analysis": a course named by its English name
    # (english.COURSES) dropped in on; first, before "dropped in" and "workshop" take it.
    KindRule("classroom_visit", english.CLASS_VISIT),
    # "spoke to the whole class about plagiarism", "addressed the class": the class spoken to
    # together is its meeting (给全班讲了); first, before the talk rules take "spoke to".
    KindRule(
        "class_meeting",
        r"\b(?:spoke|talked|speak|talk)\s+to\s+(?:the|my|our)\s+(?:whole|entire)\s+class\b"
        # "spoke to the class about the exams", "gave a talk to my class about exam integrity":
        # the class told about something (not a lecture given: the advisor's own teaching).
        r"|\b(?:spoke|talked|gave\s+(?:a|an)\s+(?:short\s+|brief\s+)?(?:talk|speech|briefing))\s+to\s+"
        r"(?:the|my|our)\s+class\s+(?=about|on|regarding)"
        r"|\b(?:addressed|briefed)\s+(?:the|my|our)\s+(?:whole\s+|entire\s+)?class\b"
        # West African "addressed the students" (the class gathered).
        r"|\baddressed\s+(?:the|my|our)\s+(?:whole\s+|entire\s+)?students\b"
        r"(?!\s+(?:committee|monitors?|reps?|officers?|teachers?|leaders?))",
    ),
    # "查早操，本班缺勤3人": checking the morning exercise is duty work of its own ("other"),
    # not a classroom visit (the class's attendance at a lesson is: "课堂考勤").
    KindRule("other", r"查(?:了|过)?(?:一下|一次|下)?早操|早操(?:检查|考勤|点名|签到)"),
    KindRule(
        "classroom_visit", r"课堂(?:考勤|点名|签到)|跟了?(?:一|两|几|\d)(?:节|堂)(?!课外|课后)"
    ),
    # "心理排查…已排查完并上报", "离校去向登记表也统计完报上去了": a survey or a roll done and
    # reported up is a record of its own beside a talk or a meeting (a bare 排查, 统计 is weak).
    KindRule(
        "other",
        # A survey only named is where a talk came from ("心理普查筛出的两位同学，今天约谈"): done.
        r"心理(?:排查|普查)(?=[^,.;!?。；]{0,10}?(?:过了|做完|做了|完成了|一遍|上报))|(?:排查|统计|汇总|登记|收集|整理)(?:完|好)了?(?:并|后|也)?[^,.;!?。；]{0,4}?"
        r"(?:上报|报上去|报送|交上去|报给)",
    ),
]

# --- a graduating class's terse log (issue 17, round 9).
# Job fairs (JOB_FAIRS) the advisor went to with the students are their activity: "带学生去省人才市场春招
# 双选会", "上周六带学生去了校招专场", "学院春招双选会 带学生逛了一上午".
JOB_FAIRS: tuple[str, ...] = (
    "双选会",
    "招聘会",
    "招聘专场",
    "专场招聘",
    "校招专场",
    "校招",
    "春招",
    "秋招",
    "就业洽谈会",
)
_RULES += [
    KindRule(
        "student_activity",
        "|".join(JOB_FAIRS),
        # The advisor with them: "几个班委都跑招聘会去了" is the students' own going.
        need=re.compile(r"带|陪|领着|跟着|逛"),
        forbid_before=_PLANNING_BEFORE_ZH,
    ),
]

# --- a Henan advisor's speech (issue 17, round 9).
# An advisors' study visit to another school is their training: "学院组织班主任去新乡一个学校
# 交流学习", "新乡那个交流去了", "去郑州观摩学习了一天" (not the students': "带学生去…").
_RULES += [
    KindRule(
        "seminar",
        r"(?:交流学习|学习交流|观摩学习|跟岗学习|外出学习)(?!会)|交流(?:学习)?(?:去了|回来了?)",
        forbid_before=re.compile(
            r"(?:学生|同学|孩子|新生|毕业生)们?[^,.;!?。；]{0,12}$|交换生[^,.;!?。；]{0,8}$"
        ),
    ),
]
# The dorm room named by its number only.
_ROOM_LOOK = r"(?:看|瞅|瞧|转|查|坐)"
_RULES += [
    # "今儿清早又去313瞅了瞅", "晚上到502坐了坐": a room number gone to and looked round.
    KindRule(
        "dorm_visit",
        rf"(?:去|到|进)了?趟?\s*\d{{3,4}}(?![\d:.：])(?:室|寝室|宿舍|那间|屋)?(?=[^,.;!?。；]{{0,3}}?{_ROOM_LOOK})",
    ),
    # "额在212跟张浩他们宿舍四个人谝了好一阵": a talk held in a room named by its number (class:
    # the dorm as where the advisor was; not 在302开班会, a room booked for a meeting).
    KindRule(
        "dorm_visit",
        r"(?<![住搬调换])在\s*\d{3,4}(?![\d:.：])(?!\s*(?:教室|会议室|办公室|机房|实验室|报告厅|多媒体))"
        r"(?:室|寝室|宿舍)?(?=[^,.;!?。；]{0,14}?(?:聊|谈|坐了|坐一|看了|查))",
    ),
    # "313又不中了！黑了去一看": the room told about, then gone to in the short clause after
    # it (`find._FOLLOW_VISIT_RE`); the number opens the clause.
    KindRule(
        "dorm_visit",
        r"(?<=(?<![^\s,.;!?。；！？])\d{3})(?<!\d{4})(?:又|还|也)",
        need=re.compile(rf"(?:去|到|进)[^,.;!?。；]{{0,3}}?{_ROOM_LOOK}"),
    ),
]

RULES: tuple[KindRule, ...] = tuple(_RULES)

_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


# The rules of each language sorted by the characters they can start with
# (gates.FirstCharScan): at each position of a note only the one or two rules that can start
# with its two characters are tried (the Chinese scan 2.5, the English one 3 times as fast as
# one alternation behind a gate of first characters). Every English rule starts a word (\b).
ZH_KIND_SCAN = FirstCharScan(
    (i, rule.pattern) for i, rule in enumerate(_RULES) if _CJK_RE.search(rule.pattern)
)
EN_KIND_SCAN = FirstCharScan(
    ((i, rule.pattern) for i, rule in enumerate(_RULES) if not _CJK_RE.search(rule.pattern)),
    start="(?<![a-z0-9])[a-z0-9]",
    ascii_start=True,
)
