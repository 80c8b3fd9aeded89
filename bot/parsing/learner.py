"""Chinese written as a second language: a foreign lecturer's note spelled as a native's.

Foreign lecturers who teach in China and serve as class advisors (native speakers of Russian,
English, Korean, Japanese, German, Arabic, Spanish …) write their notes in the Chinese they
learnt, with a learner's grammar (HSK levels 3 to 5): the time word at the end ("我去宿舍昨天",
read already), the place after the verb, 见面 with an object ("见面了王明"), the verb before
the 和 phrase ("开会和全班"), 是 for a deed ("昨天是开会"), measure words doubled ("两个次"),
and for the words of the work the general words a textbook teaches (说话 and 讲话 for a talk,
叫 for a phone call, 参观 for a visit, 坐在课 for sitting in on a class, 班领导 for the class
officers, 家人 for a student's family), or an English word where the Chinese is not known
("和class monitors开会"). The rules of `kinds.py` read a native's words; the tables below name
what a learner writes instead and spell it as those words, inside `normalise` after the slips
and the varieties of English (pinyin words a learner types alone, jiazhang, fumu, banwei, are
normalise's `_IME_SLIPS`; European dates, 7.11 for 7 November, are `date_forms._h_md_sep`
and `_h_md_dash`, and the dates offered as a button, 10.11 both ways, 上星期二 told after the
deed, 后天 told as done, `bot.parsing._learners_other_day`).

- `ORDER`: word order (the verb before its 和 phrase, 是 before a deed's verb).
- `MEASURES`: measure words and numbers (两个次, 三个学生们 is read already).
- `VERBS`: the verbs of the work as learners use them (说话, 讲话, 见面, 见, 有会议, 叫, 参观,
  坐在课, 参加 a teacher's class, 访问 a class or a home), and the object before 给 and 和 as
  Korean and Japanese order it.
- `PEOPLE`: the people and places of the work (所有的学生, 班领导, 班的干部, 学生领导, 班委们,
  学生的房间, 家人).
- `LOANWORDS`: English words for them inside a Chinese note (class monitors, class committee).
- `DATES`: an English month and day glued to the Chinese ("Nov 7我去了宿舍").

Each entry is a regex over the note (the two characters it can start with, worked out from
it, are its key in the scan, the first three the note's gate: an entry starts at its rarest
words, with the common ones before it as a lookbehind), its standard spelling (a template: ``\\1`` keeps a group), the learners who
write it, and where the words are ordinary Chinese elsewhere the `before` / `after`
lookarounds, or a `clause` pattern that must be found in the clause before the word (说话 is
a talk after 和 or 跟 and a person, not in "他说话很快"), that keep them.
`tests/parsing/test_l2zh.py` reads every entry in a note and keeps the ordinary senses.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.parsing.gates import FirstCharScan, prefixes, trie


class LearnerForm(NamedTuple):
    """A learner's word or phrase and the standard Chinese the rules read."""

    word: str  # a regex over the note (not starting with a wide class: its start is its key)
    standard: str  # a re template (\\1 for a group of `word`)
    learners: str  # who writes it: "all" learners, or the first languages it comes from
    before: str = ""
    after: str = ""
    #: Must be found in the clause before the word (since its last break).
    clause: str = ""


# --- shared context -------------------------------------------------------------------------

# A person talked with, after 和 / 跟 / 同 / 与 earlier in the clause: "我和学生说话", "跟王明的
# 妈妈说了话" (not "他说话很快", "在班会上讲话", "不想说话").
_WITH_SOMEONE = r"[和跟同与][^和跟同与]{1,12}$"
# The whole class or its students, with whom a class meeting is held.
_THE_CLASS = r"(?:全班(?:同学|学生)?|全体(?:同学|学生)|班级|班里的?(?:同学|学生)|同学们|学生们)们?"
# The class officers, as natives and learners name them (班委们, 班的干部 are folded after).
_OFFICERS = r"(?:班委|班干部|学生干部|班长|学委|班的干部|班领导|班级领导|学生领导)们?"
# Someone's: 他 / 她 / 他们, or a name and 的 (王明的, 李华的): 叫他的妈妈, 叫了王明的父母.
_WHOSE = r"(?:[他她]们?的?|[\u4e00-\u9fff]{2,3}的)?"
# A student's family.
_PARENTS = r"(?:父母|爸爸|妈妈|爸妈|家长|家人|父亲|母亲)"
# A student or students, counted or not: 学生, 两个学生, 三位同学们.
_STUDENTS = r"(?:[一两二三四五六七八九十几\d]+\s*[个位名])?(?:学生|同学|男生|女生|新生)"
# A day or a part of the day just before: the time a learner puts 是 after.
_TIME_BEFORE = (
    r"(?:(?<=[昨今明前后]天)|(?<=[上下中]午)|(?<=晚上)|(?<=早上)|(?<=[周期拜][一二三四五六日天]))"
)


# --- tables ---------------------------------------------------------------------------------

ORDER: tuple[LearnerForm, ...] = (
    # The verb before its 和 phrase, as English, Russian and German order it ("met with the
    # class"): 开会和全班 is 和全班开会, 开了会和全班同学 is 和全班同学开了会, 开会和班委 is
    # 和班委开会.
    LearnerForm(
        rf"开(了)?会(了)?\s*[和跟与同]\s*({_THE_CLASS}|{_OFFICERS})",
        r"和\3开\1会\2",
        "English, Russian, German",
    ),
    # …and without 和: 开会了全班 ("had a meeting, the whole class").
    LearnerForm(rf"开会(了)?\s*({_THE_CLASS})", r"和\2开会\1", "English, Russian"),
    # 和班开会 (with the class): 和全班开会; not 和班委, 和班长 (班 is then a part of a word).
    LearnerForm("班开(了)?会", r"全班开\1会", "all", before="(?<=[和跟与同])"),
    # 开了班的会 (the class's meeting): 开了班会.
    LearnerForm("班的会", "班会", "English, Russian, Korean", before="(?<=[开了个])"),
    # 是 for a deed done, after its time ("昨天是开会", "上午是去宿舍"): the deed (Korean,
    # Japanese and Russian learners copy 'it was … that'); not 是开学, 是开始, 是去年.
    LearnerForm(
        "是(?=开|去|和|跟|给|查|听)",
        "",
        "Korean, Japanese, Russian",
        before=_TIME_BEFORE,
        after="(?!开学|开始|开心|去年|和平|给予)",
    ),
)

_NUMBER = "[一两二三四五六七八九十0-9]"
_A_NUMBER = f"(?<={_NUMBER})"

MEASURES: tuple[LearnerForm, ...] = (
    # 一个次, 两个次: 个 before a verbal measure (times are not people: 谈话两个次 is twice).
    LearnerForm("个次", "次", "all", before="(?<=[一两二三四五六七八九十几0-9])"),
    # Hours and a half as English and Russian order them: 一个小时半, 一小时半 (an hour and a
    # half) is 一个半小时; 一个半个小时 (a measure word twice) too; 一点半小时 (one point five
    # hours, 一点半 being half past one) as well.
    LearnerForm("小时半", "半小时", "English, Russian, German", before=f"(?<={_NUMBER}个)"),
    LearnerForm("小时半", "个半小时", "English, Russian, German", before=f"(?<={_NUMBER})"),
    LearnerForm("半个小时", "半小时", "all", before=f"(?<={_NUMBER}个)"),
    LearnerForm("点半个?小时", "个半小时", "English, Russian", before=_A_NUMBER),
    # A count of students in English beside the Chinese ("和5 students谈话了"): 5个学生.
    LearnerForm(
        "students?(?![a-z])",
        "个学生",
        "all (English inside Chinese)",
        before=r"(?:(?<=\d)|(?<=\d\s))",
        after=r"(?=\s?[\u4e00-\u9fff])",
    ),
    # 一次在星期一和一次在星期三 ('once on Monday and once on Wednesday'): the days.
    LearnerForm("一次在", "", "English, Spanish", after="(?=星期|周[一二三四五六日天]|礼拜)"),
)

VERBS: tuple[LearnerForm, ...] = (
    # A talk: 说话 / 讲话 (the textbook's 'to speak') with the 和 phrase after it ("我说话了和
    # 两个学生", "讲话和学生").
    LearnerForm(r"(?:说|讲)话(了)?(?=\s*[和跟同与])", r"谈话\1", "English, Russian, German"),
    # … and after it: 说话 / 讲话 / 说了话 with a student or a parent ("我和学生说话了", "跟王明的妈妈
    # 讲了话"), the textbook's 'to speak' for 谈话.
    LearnerForm(r"(?:说|讲)(了)?(?:一会儿?)?话", r"谈\1话", "all", clause=_WITH_SOMEONE),
    # 和 / 跟 a student 见面 (met a student): a talk; with the class officers a meeting.
    LearnerForm(
        "见面",
        "开会",
        "all",
        before="(?:(?<=班委)|(?<=干部)|(?<=班长)|(?<=学委)|(?<=委们)|(?<=部们)|(?<=长们))",
        after="(?!会)",
    ),
    LearnerForm(
        "见面",
        "面谈",
        "all",
        before="(?:(?<=学生)|(?<=同学)|(?<=男生)|(?<=女生)|(?<=新生)|(?<=生们)|(?<=学们))",
        after="(?!会)",
        clause=r"[和跟同与]",
    ),
    # 见面 with an object, as 'to meet' takes one ("见面了王明", "见面两个学生"): a talk;
    # not 见面会 (the freshmen's first class meeting).
    LearnerForm(
        r"见面(了?)\s*(?![了会])(?=[\u4e00-\u9fff\d])",
        r"面谈\1",
        "English, Russian, Spanish, Arabic",
        # Not a time or a place told after it ("见面了星期一", "见面在办公室").
        after="(?!班会|班级会|地点|时间|的|仪式|礼|星期|礼拜|周|[昨今明前后]天|[上下中]午|晚上|早上|在|以后|之后|后)",
    ),
    # 见 a student (met a student): "见了两个学生", "我昨天见学生了"; not 看见, 听见, 遇见, 意见,
    # 再见, 见习.
    LearnerForm(
        rf"见(了)?(?=\s*{_STUDENTS}(?!的|家))",
        r"面谈\1",
        "all",
        before="(?<![看听遇碰意再会接召所可常少罕])",
    ),
    # 见 / 遇见 / 碰见 a parent (met them, 'to meet' takes an object): 和 … 见面, as a native
    # says it; not 看见, 听见, 意见.
    LearnerForm(
        rf"(?:遇见|碰见|遇到)(了)?\s*({_WHOSE}{_PARENTS})",
        r"和\2见面\1",
        "English, Russian, Spanish",
    ),
    LearnerForm(
        rf"见(了)?\s*({_WHOSE}{_PARENTS})",
        r"和\2见面\1",
        "English, Russian, Spanish",
        before="(?<![看听遇碰意再会接召所可常少罕])",
    ),
    # 访问 / 拜访 a student's home (a home visit): 去; not 访问学校网站.
    LearnerForm(
        r"(?:访问|拜访)(了)?(?=\s*(?:[^\s,，。;；]{1,4}的)?(?:学生的?)?家(?![长里人]))",
        r"去\1",
        "English, German, Spanish",
    ),
    # 有 (一个) 会议 with the 和 phrase after it ("我有一个会议和全班", "有会和班委"): 和 … 开了会;
    # the 和 phrase before it, next.
    LearnerForm(
        rf"有(?:一个|个|一次)?会议?\s*[和跟与同]\s*({_THE_CLASS}|{_OFFICERS})",
        r"和\1开了会",
        "English, Russian, German, Spanish",
        before="(?<![没还再要会])",
    ),
    # 有 (一个) 会议 with the class or its officers ('had a meeting with'): 开了会.
    LearnerForm(
        r"有(?:一个|个|一次)?会议?(?![长员场])",
        "开了会",
        "English, Russian, German, Spanish",
        before="(?<![没还再要会])",
        clause=r"[和跟与同]\s*(?:全班|全体|班级|班里|同学们|学生们|班委|班干部|干部|班长|学委)",
    ),
    # 我们班开了一个会议 (our class had a meeting): a class meeting.
    LearnerForm(
        r"班开(了)?(?:一个|个|一次)?会议",
        r"班开\1班会",
        "English, Russian, Korean",
        before="(?<=[我们的])",
    ),
    # The object before 给 and 和 as Korean and Japanese order it (the particle after the noun):
    # "我家长给打电话了" is 给家长打电话, "我王明和见面了" 和王明见面 (a talk).
    LearnerForm(rf"({_PARENTS})给(?=打了?个?电话|电话|打了一个电话)", r"给\1", "Korean, Japanese"),
    LearnerForm(
        r"和见面(了)?(?!会)", r"面谈\1", "Korean, Japanese", before=r"(?<=[\u4e00-\u9fff])"
    ),
    # … and 和 before 说话 / 讲话 ("学生们和说话了", 和 after the noun as a particle): a talk.
    LearnerForm(
        r"和(?:说|讲)话(了)?", r"面谈\1", "Korean, Japanese", before=r"(?<=[\u4e00-\u9fff])"
    ),
    # 叫 a parent for calling them ("我叫了他的爸爸妈妈", "叫王明的父母"): a call; not 叫妈妈
    # (to address), 叫学生给妈妈打电话 (someone else calls), 叫家长来 (read already).
    LearnerForm(
        rf"叫(了)?(?={_WHOSE}{_PARENTS}(?!来|过来|到))",
        r"联系\1",
        "English, Russian, Spanish",
        before="(?<![他她])",
    ),
    # 参观 the dorm (a dorm visit, 'to visit'): 查看; not 带新生参观宿舍 (a tour for freshmen).
    LearnerForm(
        r"参观(了)?(?=\s*(?:[^\s,，。;；]{1,4}的)?(?:学生)?(?:宿舍|寝室))",
        r"查看\1",
        "all",
        before="(?<![带陪领])(?<!带新生)(?<!带学生)",
    ),
    # 参观 / 访问 a class (a classroom visit): 听; not 参观课堂 of a tour, 参观了科技馆.
    LearnerForm(
        r"(?:参观|访问)(了)?(?=\s*(?:一[个节堂门]|[^\s,，。;；]{1,6}的)?课)",
        r"听\1",
        "all",
        before="(?<![带陪领])",
    ),
    # 参加 a teacher's class (attended it): 听; not 参加课外活动 (a student's activity).
    LearnerForm(
        r"参加(了)?(?=\s*[^\s,，。;；]{1,4}老师的[^\s,，。;；]{0,6}?课)",
        r"听\1",
        "English, Spanish, German",
    ),
    # 坐在课 / 坐在王老师的课 (to sit in on a class): 听课; not 坐在课桌上, 坐在课堂后面听课
    # (read already by its 听课).
    LearnerForm(
        r"坐(?:在|进)(了)?\s*([^\s,，。;；]{0,8}的)?课(?:上|里|堂上)?(?!桌|本|室|外|间|表)",
        r"听\1\2课",
        "English, German",
    ),
)

PEOPLE: tuple[LearnerForm, ...] = (
    # The whole class met: 所有的学生, 全部学生 (all the students), 我的班 (my class) after 和:
    # 全班同学; 我的学生们 (my students) before a meeting too.
    LearnerForm(
        r"(?:所有的?|全部的?)(?:学生|同学)们?", "全班同学", "all", before="(?<=[和跟与同])"
    ),
    LearnerForm(
        r"我的班(?:级)?(?:的(?:学生|同学)们?)?",
        "全班同学",
        "English, Russian",
        before="(?<=[和跟与同])",
    ),
    LearnerForm(
        r"我的(?:学生|同学)们",
        "全班同学",
        "English, Russian",
        before="(?<=[和跟与同])",
        after="(?=开(?:了)?(?:一个|个|一次)?会)",
    ),
    # The class officers: 班领导 (class leaders), 班的干部, 学生领导 (student leaders): 班干部;
    # not 学院领导, 学校领导 (the school's leaders).
    LearnerForm("班领导(?:们)?", "班干部", "English, Russian, German", before="(?<![学])"),
    LearnerForm("班的(?:干部|领导)(?:们)?", "班干部", "English, Russian, Korean"),
    LearnerForm("班级领导(?:们)?", "班干部", "English, Russian"),
    LearnerForm("学生领导(?:们)?", "学生干部", "English, Russian, German"),
    # 们 after the officers' names (班委们, 班干部们, 班长们): the group, as the rules read it.
    LearnerForm("委们", "委", "all", before="(?<=班)"),
    LearnerForm("部们", "部", "all", before="(?<=干)"),
    LearnerForm("长们", "长", "all", before="(?<=班)"),
    # A student's room (房间) or where students live: the dorm; not 我的房间, 酒店房间.
    LearnerForm(
        "房间",
        "宿舍",
        "all",
        before="(?:(?<=学生的)|(?<=学生们的)|(?<=他们的)|(?<=男生的)|(?<=女生的)|(?<=学生))",
        after="(?!号)",
    ),
    LearnerForm("学生住的地方", "学生宿舍", "all"),
    # A student's family: 家人 (family) for 家长; not 我的家人, 自己的家人, 一家人, 家人们 (folks).
    LearnerForm(
        "家人",
        "家长",
        "all",
        before="(?<![我己一全大本])(?<!我的)(?<!自己的)(?<=[\u4e00-\u9fff])",
        after="(?!们好)",
    ),
)

LOANWORDS: tuple[LearnerForm, ...] = (
    # The class officers in English inside a Chinese note ("和class monitors开会了").
    LearnerForm(
        r"class\s+(?:monitors|committee|officers?|leaders?|cadres?|reps?|representatives?)"
        r"(?![a-z])",
        "班委",
        "all (English inside Chinese)",
    ),
    LearnerForm(r"class\s+monitor(?![a-z])", "班长", "all (English inside Chinese)"),
    LearnerForm(r"monitors(?![a-z])", "班委", "all (English inside Chinese)"),
    LearnerForm(r"monitor(?![a-z])", "班长", "all (English inside Chinese)"),
    # Students in English ("我和my students说话了").
    LearnerForm(r"(?:my\s+|the\s+)?students(?![a-z])", "学生们", "all (English inside Chinese)"),
    # A parent in English beside a Chinese verb ("和王明的father说话了").
    LearnerForm(r"(?:father|mother|dad|mum|mom)(?![a-z])", "家长", "all (English inside Chinese)"),
)

# An English word is folded only between Chinese: "和class monitors开会", not an English note.
_CJK_NEAR = r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]\s))"
_CJK_AFTER = r"(?=\s?[\u4e00-\u9fff])"

_MONTHS = (
    "jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?",
    "aug(?:ust)?", "sep(?:t|tember)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?",
)  # fmt: skip

DATES: tuple[LearnerForm, ...] = (
    # An English month and day glued to the Chinese after it ("Nov 7我去了宿舍"): the month and
    # day in Chinese, as the date forms read them (with a space they read it already).
    *(
        LearnerForm(
            rf"{name}\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?(?=[\u4e00-\u9fff])",
            rf"{number}月\1日",
            "all (English inside Chinese)",
            before="(?<![a-z])",
        )
        for number, name in enumerate(_MONTHS, 1)
    ),
)

TABLES: tuple[tuple[LearnerForm, ...], ...] = (
    ORDER,
    MEASURES,
    VERBS,
    PEOPLE,
    LOANWORDS,
    DATES,
)
_ENTRIES: tuple[LearnerForm, ...] = tuple(e for table in TABLES for e in table)


def _pattern(entry: LearnerForm) -> str:
    if entry in LOANWORDS:
        return f"{_CJK_NEAR}{entry.word}{_CJK_AFTER}"
    return f"{entry.before}(?:{entry.word}){entry.after}"


def _starts_latin(entry: LearnerForm) -> bool:
    return all(p[:1].isascii() for p in prefixes(entry.word, 1))


# Two scans: the Chinese entries, and the English words (LOANWORDS, DATES, a count of students),
# scanned only in a note that writes English beside Chinese. Each behind a gate: the first three
# characters an entry can start with, one alternation (most notes hold none of them).
_ZH = tuple(i for i, e in enumerate(_ENTRIES) if not _starts_latin(e))
_LATIN = tuple(i for i, e in enumerate(_ENTRIES) if _starts_latin(e))


def _gate(indices: tuple[int, ...]) -> re.Pattern[str]:
    keys = sorted({p for i in indices for p in prefixes(_ENTRIES[i].word, 3)})
    return re.compile(trie(keys))


_ZH_GATE_RE = _gate(_ZH)
_LATIN_GATE_RE = _gate(_LATIN)
_ZH_SCAN = FirstCharScan((i, _pattern(_ENTRIES[i])) for i in _ZH)
_LATIN_SCAN = FirstCharScan((i, _pattern(_ENTRIES[i])) for i in _LATIN)
# English written beside Chinese, either side: "和class monitors开会", "Nov 7我去了宿舍".
_LATIN_RE = re.compile("[a-z]")
_MIXED_RE = re.compile(r"[\u4e00-\u9fff]\s?[a-z0-9]|[a-z0-9]\s?[\u4e00-\u9fff]")
_CLAUSES = {i: re.compile(e.clause) for i, e in enumerate(_ENTRIES) if e.clause}
_BREAKS = ",，。;；!！?？\n"


def _fold(index: int, m: re.Match[str]) -> str:
    clause = _CLAUSES.get(index)
    if clause is not None:
        start = max(m.string.rfind(c, 0, m.start()) for c in _BREAKS) + 1
        if clause.search(m.string, start, m.start()) is None:
            return m.group()
    return m.expand(_ENTRIES[index].standard)


def fold_learner(norm: str, again: bool = True) -> str:
    """`norm` with a learner's words and word order spelled as the standard Chinese."""
    low = norm.lower()
    if len(low) != len(norm):
        return norm
    hits = _ZH_SCAN.finditer(low) if _ZH_GATE_RE.search(low) else []
    if _LATIN_RE.search(low) and _LATIN_GATE_RE.search(low) and _MIXED_RE.search(low):
        hits = sorted(hits + _LATIN_SCAN.finditer(low), key=lambda hit: hit[1].start())
    if not hits:
        return norm
    # Matched on the lower-cased note (an English word may be capitalised), spliced into the
    # note's own spelling.
    out: list[str] = []
    at = 0
    for index, m in hits:
        if m.start() < at:
            continue
        folded = _fold(index, m)
        if folded != m.group():
            out.append(norm[at : m.start()])
            out.append(folded)
            at = m.end()
    if not out:
        return norm
    out.append(norm[at:])
    # Once more for the words a change of order moved ("开会和班的干部们": 和班的干部们开会,
    # then 和班干部开会); a note with nothing to fold is scanned once.
    return fold_learner("".join(out), again=False) if again else "".join(out)
