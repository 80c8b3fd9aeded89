"""What a counselor or admin asks in their own words, mapped to the view that answers it.

Pure: a small table of patterns, tried in order; no telegram, no database. "数学2023-1怎么样"
and "status of 统计" carry the class the question is about, which the caller looks up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

BEHIND: Final = "behind"  # the /status overview, most behind first
FORMS: Final = "forms"  # /forms for the month due
CLASS_STATUS: Final = "class_status"  # /status CLASS


@dataclass(frozen=True, slots=True)
class Question:
    view: str
    class_hint: str | None = None


# (view, pattern); the first match wins, so the narrower questions come first. A pattern with
# a group named "cls" names the class asked about.
_TABLE: Final = (
    # 谁还没交表 / 哪些班没交工作记录表 / 谁没交计划 / who hasn't handed in the form
    (
        FORMS,
        r"(没|未|还没|沒)(有)?(交|提交|上交|填)|缺(表|计划)|催(交|表|办)"
        r"|(表|计划)(交|提交)了(吗|没|么)|(表|计划)[^，。？?]{0,6}(情况|进度)"
        r"|\b(forms?|plans?)\b.*\b(missing|outstanding|not (in|submitted|handed in))\b"
        r"|\b(missing|outstanding)\b.*\b(forms?|plans?)\b"
        r"|\bwho\b.*\b(hasn'?t|have ?n[o']t|did ?n'?t|not)\b.*\b(submit|hand|turn|sen[dt])"
        r"|\b(forms?|plans?)\b\s*\??$",
    ),
    # 哪些班级落后了？/ 谁落后了 / 哪些班没达标 / who is behind? / which classes are behind
    (
        BEHIND,
        r"落后|掉队|拖后腿|没(有)?达标|不达标|未达标|跟不上|(总体|整体|全部|所有|各班|各个班)(的)?(情况|进度)"
        r"|(大家|班级|各班)(都)?(怎么样|情况如何|如何)"
        r"|\bbehind\b|\blagging\b|\bfalling short\b|\bovervie?w\b|\bhow are (we|they|my classes|the classes)\b",
    ),
    # 数学2023-1怎么样 / 统计学2022-1班的情况 / status of 统计 / how is 数学2023-1 doing
    (
        CLASS_STATUS,
        r"^(?P<cls>[^\s，。？?]{2,40}?)(班)?(的)?(情况|进度|现在|最近|目前)?"
        r"(怎么样|怎样|如何|咋样|怎么样了|好不好|情况如何|什么情况)[？?。!！]*$"
        r"|^(?P<cls2>[^\s，。？?]{2,40}?班)(的)?(情况|进度)[？?。!！]*$"
        r"|\bstatus (of|for) (?P<cls3>.+?)[?.!]*$"
        r"|\bhow(?:'s| is| are)? (?P<cls4>.+?) doing[?.!]*$"
        r"|^how(?:'s| is) (?P<cls5>\S+?)[?.!]*$",
    ),
)
_COMPILED: Final = tuple((view, re.compile(pattern, re.IGNORECASE)) for view, pattern in _TABLE)
_CLASS_GROUPS: Final = ("cls", "cls2", "cls3", "cls4", "cls5")


def recognise(text: str) -> Question | None:
    """The view that answers `text`, or None when it is not a question we know."""
    text = text.strip()
    for view, pattern in _COMPILED:
        match = pattern.search(text)
        if match is None:
            continue
        if view != CLASS_STATUS:
            return Question(view)
        hint = next((match.group(g) for g in _CLASS_GROUPS if match.group(g)), None)
        if hint:
            return Question(CLASS_STATUS, hint.strip())
    return None
