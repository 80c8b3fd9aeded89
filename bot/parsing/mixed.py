"""Code-mixed notes: an English verb whose object is a Chinese noun ("went to 宿舍", "talked w/ 王浩").

An English-trained advisor writes the frame of a sentence in English and the things of the
work in Chinese, the words the college uses: the place (宿舍, 8号楼 girls 宿舍), the people
(王浩, 班委, 班长 and 学委), the office (校医院) and the paperwork (班级学年总结). The Chinese
rules of `kinds.py` want a Chinese verb beside such a noun and the English rules an English
object, so neither read these notes.

The tables below name, for each kind, the English verbs that take such an object and the
Chinese nouns of the kind (after `normalise`: "w/" is "with", "mtg" "meeting", "ppl"
"people"). `kinds.py` anchors a rule on the Chinese noun and builds its `need` from them
(`VISIT_NEED`, `CLASSROOM_NEED`, `CADRE_NEED`, `SEMINAR_NEED`, `CARE_NEED`, `PAPERWORK_NEED`):
the rule must come where no earlier rule matches the same noun, since the first rule that
matches at a position wins even when its need then fails. Where the Chinese word is a name
the rule anchors on the English verb instead (`REACH_ANCHOR`, `CAME_ANCHOR`), and the English
talk rules take a Chinese name as their object (`STUDENT_OBJECT`). A new verb or noun is one
entry here; `tests/parsing/test_mixed.py` has a case per class.
"""

from __future__ import annotations

import re

from bot.parsing.details import SURNAMES

# --- the Chinese nouns, by what they name ---------------------------------------------------

#: Where the students live.
DORM_NOUNS: tuple[str, ...] = ("宿舍", "寝室", "公寓")
#: Where they study: "went to 教室", "popped into the 课堂".
CLASSROOM_NOUNS: tuple[str, ...] = ("教室", "课堂")
#: The class committee as a body: a meeting with it is a cadre meeting.
CADRE_GROUPS: tuple[str, ...] = ("班委", "班干部", "班干", "学生干部", "团支部", "支委", "班团干部")
#: One officer of the class: a meeting with two of them is a cadre meeting, a talk with one
#: is a talk with a student.
CADRE_ROLES: tuple[str, ...] = (
    "班长",
    "团支书",
    "支书",
    "学委",
    "学习委员",
    "生活委员",
    "文艺委员",
    "体育委员",
    "心理委员",
    "宣传委员",
    "组织委员",
    "纪律委员",
    "寝室长",
    "宿舍长",
    "舍长",
)
#: The advisors themselves: "班主任 mtg", "辅导员 training" are for them.
ADVISOR_NOUNS: tuple[str, ...] = ("班主任", "班导师", "辅导员")
#: Where a sick student is taken: a clinic by any of its names (校医室 in Malaysia's and
#: many a college's speech, 卫生室, 卫生所, 医务所).
CARE_PLACES: tuple[str, ...] = (
    "校医院", "校医室", "医院", "医务室", "医务所", "卫生室", "卫生所", "诊所", "急诊",
)  # fmt: skip
#: Paperwork written for the college (the month's form and the semester plan are documents,
#: `kinds._FORM_OR_PLAN`, not here).
PAPERWORK_NOUNS: tuple[str, ...] = ("总结", "报告", "鉴定", "评语")

# --- the English verbs, by kind ---------------------------------------------------------------

#: Going round a place: "went to 宿舍", "went round the 宿舍", "popped into 7号楼 宿舍".
VISIT_VERBS: tuple[str, ...] = (
    r"went\s+(?:over\s+)?(?:to|round|around|through|into)",
    r"(?:go|goes|going)\s+(?:to|round|around|through|into)",
    r"been\s+(?:to|round|around)",
    r"visit(?:ed|ing|s)?",
    r"check(?:ed|ing)?(?:\s+on)?",
    r"inspect(?:ed|ing)?",
    r"(?:popped|dropped|stopped|swung)\s+(?:in(?:to)?|by|round)",
    r"walked\s+(?:round|around|through)",
    r"toured",
    r"did\s+(?:a\s+|the\s+)?rounds?\s+(?:of|in)",
    r"looked\s+(?:in(?:to)?|round|around)",
    r"head(?:ed)?\s+(?:over\s+)?to",
)
#: Meeting a body of people: "mtg w/ 班委", "sat down with 班长 and 学委", "30min w/ 班委".
MEET_VERBS: tuple[str, ...] = (
    r"meetings?",
    r"met",
    r"meet",
    r"sat\s+down",
    r"catch-?ups?",
    r"caught\s+up",
    r"huddled?",
    r"call",
    r"session",
    r"gathered",
    r"convened",
    r"briefed",
    r"\d+(?:\.\d+)?\s*(?:min(?:ute)?s?|h|hrs?|hours?)",
)
#: A visit named by a noun after the place: "宿舍 check", "寝室 visits".
VISIT_NOUNS: tuple[str, ...] = (
    r"checks?",
    r"visits?",
    r"rounds?",
    r"inspections?",
    r"walk-?throughs?",
    r"tours?",
)
#: A student coming to the advisor: "王浩 came to my office", "班长 dropped by".
CAME_VERBS: tuple[str, ...] = (
    r"came",
    r"came\s+by",
    r"dropped\s+(?:by|in)",
    r"stopped\s+by",
    r"popped\s+in",
)
#: Meetings and training for the advisors: "学院 班主任 mtg", "班主任 training".
ADVISOR_EVENTS: tuple[str, ...] = (
    r"meetings?",
    r"training",
    r"workshops?",
    r"seminars?",
    r"sessions?",
    r"conferences?",
    r"briefings?",
    r"forums?",
    r"salons?",
)
#: What a body does when it meets: "班委 stayed after for 15min".
MET_AS_SUBJECT: tuple[str, ...] = (
    r"stayed(?:\s+(?:after|behind|back|on))?",
    r"gathered",
    r"met",
    r"came\s+(?:to\s+my\s+office|over|by)",
    r"dropped\s+by",
)
#: Reaching a student named in Chinese: "met 王浩 in the library", "called 刘洋".
REACH_VERBS: tuple[str, ...] = (
    r"met",
    r"meet",
    r"called",
    r"rang",
    r"phoned",
    r"texted",
    r"messaged",
    r"wechatt?ed",
    r"video[- ]?called",
    r"caught\s+up\s+with",
    r"checked\s+in\s+(?:on|with)",
    r"saw",
)
#: Taking someone to a doctor: "took 刘洋 to 校医院".
CARE_VERBS: tuple[str, ...] = (
    r"took",
    r"take",
    r"taking",
    r"accompanied",
    r"brought",
    r"drove",
    r"walked",
    r"sent",
    r"rushed",
    r"went\s+with\s+\S+",
)
#: Writing paperwork: "spent ~3h on the 班级学年总结", "wrote the 学期总结".
PAPERWORK_VERBS: tuple[str, ...] = (
    r"spent\s+[^,.;!?]{0,16}?\s+on",
    r"(?:worked|working|work)\s+on",
    r"wr[oi]te|writing|written",
    r"draft(?:ed|ing)?",
    r"finish(?:ed|ing)?",
    r"compil(?:ed|ing)",
    r"revis(?:ed|ing)",
    r"did",
    r"prepar(?:ed|ing)",
    r"put\s+together",
)

#: An English verb used as a Chinese one, with a Chinese aspect after it ("follow up 了上次那个
#: 女生", "明天再 meeting 一下", "check 了一下宿舍", "1 on 1 了两个"): the Chinese verb it stands
#: for, which the Chinese rules read with its Chinese object.
ZH_GRAMMAR_VERBS: dict[str, str] = {
    "follow up": "跟进",
    "follow-up": "跟进",
    "followup": "跟进",
    "meeting": "谈",
    "meet": "谈",
    "1 on 1": "单独谈",
    "one on one": "单独谈",
    "1v1": "单独谈",
    "talk": "谈",
    "chat": "聊",
    "catch up": "聊",
    "check": "检查",
    "check in": "问候",
    "call": "联系",
    # Hong Kong: messaged on WhatsApp ("whatsapp咗佢阿妈", "wts咗家长"), in a DM ("inbox咗佢",
    # "pm咗佢", "msg咗佢阿妈").
    "whatsapp": "联系",
    "wts": "联系",
    "whatsapped": "联系",
    "inbox": "联系",
    "msg": "联系",
    "pm": "联系",
    "sync": "沟通",
    "visit": "走访",
    "submit": "提交",
    "hand in": "交",
}
_ZH_ASPECT = r"\s*(?=了|啦|一下|过(?![来去])|下(?![午周个次月面])|一次)"
ZH_GRAMMAR_VERB_RE = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(
        re.escape(w).replace("\\ ", r"\s*") for w in sorted(ZH_GRAMMAR_VERBS, key=lambda w: -len(w))
    )
    + r")(?![a-z0-9])"
    + _ZH_ASPECT,
    re.IGNORECASE,
)


# "班委留下来又 meeting 了半小时": a body of cadres meeting is a meeting (开会), not a talk.
_MEETING_BODY_BEFORE_RE = re.compile(
    "(?:" + "|".join(CADRE_GROUPS + CADRE_ROLES) + ")[^,.;!?，。；！？]{0,10}$"
)


def _zh_grammar_verb(m: re.Match[str]) -> str:
    verb = ZH_GRAMMAR_VERBS[re.sub(r"\s+", " ", m.group().strip().lower())]
    if verb == "谈" and m.group().lower().startswith("meet"):
        if _MEETING_BODY_BEFORE_RE.search(m.string, max(0, m.start() - 24), m.start()):
            return "开会"
    return verb


def fold_zh_grammar_verbs(norm: str) -> str:
    """`norm` with each English verb used as a Chinese one spelled as that Chinese verb."""
    return ZH_GRAMMAR_VERB_RE.sub(_zh_grammar_verb, norm)


def _either(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(words) + ")"


# An article or a possessive between the verb and its noun.
_DETERMINER = (
    r"(?:the\s+|a\s+|an\s+|some\s+|all\s+(?:the\s+)?|our\s+|their\s+|my\s+|his\s+|her\s+)?"
)

#: A student named in Chinese: a surname and one or two characters (王浩, 陈思雨), 小王, or 李同学;
#: not their family ("王浩's mum", "王浩家长").
ZH_STUDENT = (
    # Not a colleague or staff: 王老师, 李书记, 张阿姨.
    r"(?![\u4e00-\u9fff](?:老师|教授|书记|主任|院长|校长|导员|阿姨|叔叔|师傅|总|处长|科长))"
    rf"(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}}|小[{SURNAMES}]|[\u4e00-\u9fff]{{1,3}}同学)(?![\u4e00-\u9fff])"
    r"(?!'?s?\s+(?:mom|mum|mother|dad|father|parents?|family|grand))"
)
#: The object of an English talk verb may be a student named in Chinese, one officer of the
#: class, or a number of people ("talked w/ 王浩", "with the 生活委员", "w/ 4 ppl").
STUDENT_OBJECT = (
    rf"\b(?:with|to)\s+{_DETERMINER}(?:{ZH_STUDENT}|{_either(CADRE_ROLES)}(?![\u4e00-\u9fff]))"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few)\s+people\b"
)

VISIT_NEED = re.compile(
    rf"\b{_either(VISIT_VERBS)}\s+{_DETERMINER}[^,.;!?]{{0,16}}?{_either(DORM_NOUNS)}"
    rf"|{_either(DORM_NOUNS)}\s*{_either(VISIT_NOUNS)}\b"
)
CLASSROOM_NEED = re.compile(
    rf"\b{_either(VISIT_VERBS)}\s+{_DETERMINER}[^,.;!?]{{0,12}}?{_either(CLASSROOM_NOUNS)}"
)
#: "王浩 came to my office": the student came to the advisor.
CAME_NEED = re.compile(
    rf"(?:{ZH_STUDENT}|{_either(CADRE_ROLES)})\s+{_either(CAME_VERBS)}\s+(?:to\s+|into\s+)?(?:see\s+me|my\s+office)"
)
SEMINAR_NEED = re.compile(
    rf"{_either(ADVISOR_NOUNS)}(?:'s)?\s*(?:(?:work|training|experience|sharing|exchange|monthly|weekly|annual)\s+)?"
    rf"{_either(ADVISOR_EVENTS)}\b"
)
#: "met 王浩 in the library": the English talk rule's verb, right before the name.
REACH_NEED = re.compile(rf"\b{_either(REACH_VERBS)}\s+{ZH_STUDENT}")
_ROLE_PAIR = rf"{_either(CADRE_ROLES)}\s*(?:and|和|、|/)\s*(?:the\s+)?{_either(CADRE_ROLES)}"
CADRE_NEED = re.compile(
    rf"\b{_either(MEET_VERBS)}\s*(?:with\s*|跟|和|与)?{_DETERMINER}(?:{_either(CADRE_GROUPS)}|{_ROLE_PAIR})"
    rf"|{_either(CADRE_GROUPS)}\s+{_either(MET_AS_SUBJECT)}\b"
)
CARE_NEED = re.compile(
    rf"\b{_either(CARE_VERBS)}\s+[^,.;!?]{{1,20}}?\s*\b(?:to|into)\s+{_DETERMINER}{_either(CARE_PLACES)}"
    # "visited 张婷 in 医院".
    rf"|\bvisit(?:ed|ing)?\s+[^,.;!?]{{1,20}}?\s+(?:in|at)\s+{_DETERMINER}{_either(CARE_PLACES)}"
)
PAPERWORK_NEED = re.compile(
    rf"\b{_either(PAPERWORK_VERBS)}\s+{_DETERMINER}[^,.;!?]{{0,12}}?{_either(PAPERWORK_NOUNS)}"
)

#: The anchors of the rules in `kinds.py`: the Chinese noun.
CADRE_ANCHOR = f"{_either(CADRE_GROUPS)}|{_either(CADRE_ROLES)}"
CARE_ANCHOR = _either(CARE_PLACES)
#: The English rules whose object or subject is a Chinese name: the verb, before a character
#: that is not ASCII (the rule stays in the English scan; REACH_NEED / CAME_NEED check the name).
REACH_ANCHOR = rf"\b{_either(REACH_VERBS)}(?=\s+[^\x00-\x7f])"
CAME_ANCHOR = rf"\b{_either(CAME_VERBS)}\s+(?:to\s+|into\s+)?(?:see\s+me|my\s+office)\b"
ADVISOR_ANCHOR = _either(ADVISOR_NOUNS)
CLASSROOM_ANCHOR = _either(CLASSROOM_NOUNS)
PAPERWORK_ANCHOR = _either(PAPERWORK_NOUNS)
