"""Stage: which of the regulation's duties an activity serves (issue 20, "duties as codes").

The regulation gives each year of study its duties (二、工作职责) and every advisor the duty of
helping the counselor (三、3). An activity is tagged with a duty when its stretch of the note
names that duty's work: "带大三同学做考研经验分享" serves `kaoyan_guidance`, "组织选举班委"
serves `counselor_assist`. The parser does not know the class's year, so it tags by the words
alone; `/me` and the assessment compare the tags with the year's duties.

The vocabulary is the table `DUTY_WORDS` below: one entry per duty code, each a tuple of
regular-expression fragments (Chinese and English) run on the normalised, lower-case note.
To teach the parser a new word for a duty, add a fragment to its tuple; a test checks every
code is known to `reminders/duties.py` and is found in a Chinese and an English note.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.parsing.gates import auto_gated

#: Duty code → the words that name its work (regex fragments on lower-case text).
DUTY_WORDS: Mapping[str, tuple[str, ...]] = {
    # 年级一: 专业思想教育 (the major and its prospects).
    "major_orientation": (
        r"专业思想",
        r"专业(?:教育|介绍|认知|前景|发展|概况)|专业的?(?:发展)?(?:前景|方向|概况)",
        r"(?:解读|讲解|介绍|讲了?|学习)[^,.;!?。；]{0,6}?(?:培养方案|教学计划|课程体系|课程设置)",
        r"培养方案|教学计划|课程体系",
        r"\b(?:major\s+orientation|(?:degree\s+)?(?:programme|program)(?:'s)?\s+(?:curriculum|plan|structure)"
        r"|curriculum(?:\s+plan)?|prospects\s+of\s+(?:the|our|their)\s+major|(?:introduc\w*|explain\w*)\s+(?:the|our)\s+major)\b",
    ),
    # 适应性教育 (adjusting to college).
    "adjustment": (
        r"(?<!不)适应",
        r"入学教育|新生教育|融入大学|大学生活",
        r"\b(?:adjust\w*|settl(?:e|ing)\s+in|transition\s+to\s+(?:college|university|campus)"
        r"|homesick\w*|college\s+life|university\s+life|freshman\s+orientation)\b",
    ),
    # 学业生涯教育 (course choice, study planning).
    "study_planning": (
        r"学业规划|学业生涯|学习规划|大学规划|选课",
        r"(?:制定|制订|做)[^,.;!?。；]{0,4}?学习计划",
        r"\b(?:study\s+plan\w*|academic\s+plan\w*|course\s+(?:selection|choice|registration)"
        r"|choos\w+\s+(?:their\s+|the\s+)?courses)\b",
    ),
    # 年级二: 学习困难学生帮扶 (students in academic difficulty).
    "struggling_students": (
        r"学困生|学习困难|学业困难|学业预警|挂科|补考|重修|不及格|帮扶",
        r"补了?[^,.;!?。；]{0,2}?(?:课|高数|数分|线代|功课)|辅导(?:功课|作业)",
        r"\b(?:failed|failing|struggling\s+(?:with\s+)?(?:\w+\s+)?(?:courses?|classes|grades|studies|math\w*|exams?|calculus)|struggling\s+students?"
        r"|academically\s+struggling|academic\s+warnings?|resits?|retakes?|at[- ]risk|tutor\w*|extra\s+lessons?)\b",
    ),
    # 创新创业意识 (innovation clubs, company visits).
    "innovation_awareness": (
        r"创新(?:创业)?意识|创业意识|创新社团|科技社团|双创",
        r"参观[^,.;!?。；]{0,8}?(?:企业|公司|工厂|科技园|产业园)|(?:企业|公司)参观",
        r"\b(?:innovation\s+(?:awareness|clubs?)|entrepreneurship|company\s+visits?"
        r"|visit\w*\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:company|firm|enterprise|start-?up|factory|science\s+park))\b",
    ),
    # 第二课堂 (exams such as CET, competitions).
    "second_classroom": (
        r"第二课堂|四六级|(?<![\d一二三四五六七八九十])[四六]级|英语(?:竞赛|考试)|计算机等级|竞赛|比赛",
        r"\b(?:second\s+classroom|cet-?[46]?|band\s+[46]|english\s+(?:test|exam)|competitions?|contests?|olympiad)\b",
    ),
    # 年级三: 创新创业活动指导 (competitions, research projects).
    "innovation_guidance": (
        r"大创|挑战杯|互联网\+|创新创业(?:项目|大赛|训练|竞赛|活动)|科研(?:项目|训练)|建模|美赛|数模",
        r"\b(?:innovation\s+projects?|research\s+projects?|challenge\s+cup|startup\s+competitions?"
        r"|entrepreneurship\s+competitions?|modell?ing\s+(?:contest|competition|team))\b",
    ),
    # 考研指导 (the graduate-entrance exam).
    "kaoyan_guidance": (
        r"考研|研究生(?:入学)?考试|保研|推免|复试|调剂|读研|上岸",
        r"\b(?:kaoyan|grad(?:uate)?\s+school|postgraduate|master'?s\s+(?:entrance|admission|programme|program)"
        r"|graduate\s+(?:entrance\s+)?exams?|grad\s+exams?)\b",
    ),
    # 就业创业意识 (career planning, internships).
    "career_awareness": (
        r"职业规划|职业生涯|生涯规划|实习|就业意识|职业认知|职业体验",
        r"\b(?:career\s+(?:planning|awareness|plans?)|internships?)\b",
    ),
    # 年级四: 就业创业指导 (jobs, students struggling to find one).
    "career_guidance": (
        r"就业(?!意识)|求职|简历|面试|招聘|签约|三方协议|用人单位|找工作|宣讲会|创业指导",
        r"\b(?:jobs?|job[- ]hunting|cvs?|resumes?|interviews?|recruitment|(?:job|career)\s+fairs?"
        r"|employment|job\s+offers?|career\s+guidance)\b",
    ),
    # 职业道德教育 (professional ethics).
    "professional_ethics": (
        r"职业道德|职业操守|职业素养|诚信就业|就业诚信|违约|爱岗敬业",
        r"\b(?:professional\s+ethics|work\s+ethics?|integrity\s+(?:at|in)\s+work|workplace\s+ethics)\b",
    ),
    # 毕业离校教育 (graduation and leaving).
    "graduation": (
        r"毕业(?!班|生)|离校|档案转递|派遣",
        r"\b(?:graduation|graduated|thesis|dissertation|leaving[\s-]+(?:school|campus|university)|commencement)\b",
    ),
    # 三、3: helping the counselor (orientation, electing the class committee, political study).
    "counselor_assist": (
        r"(?:协助|配合|帮)辅导员|入学教育|军训|迎新|政治学习|理论学习|思政学习|推优|入党|发展党员",
        r"(?:选举|换届|改选|竞选|选出|选了)[^,.;!?。；]{0,6}?(?:班委|团支书|班干部?|团支部|班长)|(?:班委|班干部|团支部)(?:选举|换届|改选|竞选)",
        r"\b(?:(?:help\w*|assist\w*|support\w*)\s+(?:the\s+|our\s+)?counsell?ors?"
        r"|(?:class\s+)?committee\s+elections?|elect\w*\s+(?:the\s+|a\s+|new\s+)*(?:class\s+)?(?:committee|monitor|officers)"
        r"|vote\s+for\s+(?:the\s+|a\s+)?(?:new\s+)?(?:class\s+)?(?:committee|monitor|officers)"
        r"|political\s+study|orientation|military\s+training)\b",
    ),
}

DUTY_CODES: tuple[str, ...] = tuple(DUTY_WORDS)

# One pattern per duty: a word may serve two duties (入学教育 is adjustment and helping the
# counselor), which one alternation would not report.
_DUTY_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, auto_gated("|".join(words))) for code, words in DUTY_WORDS.items()
)


# Every character a Chinese duty word can start with (tests/parsing/test_scan_gates.py checks
# it covers the table): the gate below rejects most positions with one set test.
DUTY_ZH_FIRST = (
    "三上不专互介企保做入公六军创制协参双发四团培复大学实宣就帮建思找招挂挑换推改政教数新档比毕求"
    "派爱班理生用研离科竞第签简美考职英融补解计讲诚读课调辅迎违适选配重面"
)
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# Any duty word at all: most activities name none, and one search then settles it. English
# words all start a word, with a Latin letter: a segment without one is spared their scan.
_ANY_DUTY_ZH_RE = re.compile(
    f"(?=[{DUTY_ZH_FIRST}])(?:"
    + "|".join(w for words in DUTY_WORDS.values() for w in words if _CJK_RE.search(w))
    + ")"
)
_ANY_DUTY_EN_RE = re.compile(
    "\\b(?=[a-z])(?:"
    + "|".join(w for words in DUTY_WORDS.values() for w in words if not _CJK_RE.search(w))
    + ")"
)
_LATIN_RE = re.compile("[a-z]")


def _names_a_duty(segment: str) -> bool:
    """Whether `segment` (lower-case) holds any duty word of the table."""
    if _ANY_DUTY_ZH_RE.search(segment) is not None:
        return True
    return _LATIN_RE.search(segment) is not None and _ANY_DUTY_EN_RE.search(segment) is not None


def duties_in(segment: str) -> tuple[str, ...]:
    """The duty codes whose words `segment` (lower-case) names, in the table's order."""
    if not _names_a_duty(segment):
        return ()
    return tuple(code for code, pattern in _DUTY_RES if pattern.search(segment))
