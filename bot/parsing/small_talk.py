"""Small talk and questions: notes that are not work the parser missed.

"收到", "好的，谢谢老师！", "ok thanks 👍", "新年快乐🎉" record no work, and the bot should not
answer them with the ten kinds to record them as (those buttons are for a note that may be
work the parser did not understand). A note is small talk when, once emoji, punctuation and
spaces are taken out, nothing is left but the words of `SMALL_TALK_WORDS` and wishes
(`_WISH`: "…快乐", "happy …", "merry christmas"); any other word, a digit or a date makes it a
note worth asking about.

A question ("请问这个月的记录表什么时候交？", "how do I edit a record?") asks the bot something:
it is answered with where to look, not with the kinds, unless it names a kind of work (then
the bot says what it understood and still offers the kinds, in case the work was done).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal, NamedTuple

from bot.parsing.normalise import normalise
from bot.parsing.pipeline import kinds_named

# fmt: off
#: The words of an acknowledgement, a thanks or a greeting, Chinese and English (lower case).
SMALL_TALK_WORDS: tuple[str, ...] = (
    # acknowledgements
    "收到了", "收到", "好的", "好滴", "好嘞", "好哒", "好吧", "好", "嗯嗯", "嗯", "哦", "噢",
    "明白了", "明白", "知道了", "知道", "了解", "懂了", "可以", "行", "没问题", "ok", "okay",
    "okk", "k", "got it", "noted", "sure", "roger", "fine", "alright", "all right", "yes",
    "yep", "yeah",
    # thanks
    "谢谢您", "谢谢你", "谢谢", "多谢", "感谢", "辛苦了", "辛苦", "麻烦了", "thank you",
    "thanks", "thank", "thx", "ty", "cheers", "much appreciated", "appreciated",
    # greetings and sign-offs
    "您好", "你好", "早上好", "上午好", "下午好", "晚上好", "早安", "午安", "晚安", "早",
    "再见", "拜拜", "新年好", "过年好", "节日好", "hello", "hi", "hey", "good morning",
    "good afternoon", "good evening", "good night", "bye", "祝", "提醒", "我知道了", "我",
    "will do", "sorry", "busy today", "nothing to report today", "nothing to report",
    # who is addressed, and softeners
    "老师们", "老师", "各位", "大家", "啦", "呀", "哈哈", "哈", "呢", "哒", "的", "了", "so much",
    "a lot", "very much", "you", "bot", "again", "to all the", "to all", "to everyone",
    "everyone", "all", "advisors", "colleagues",
    # the chat register of young teachers (netslang.py): 1 (扣1, seen), 886 and 88 (bye),
    # 栓q and 3q (thank you), 蟹蟹, 阔以 and 彳亍 (can do), ojbk, and tone (yyds, awsl, xswl,
    # hhh, 555, orz, 绝绝子, 冲鸭, 已阅)
    "1", "886", "88", "栓q", "3q", "蟹蟹", "谢啦", "阔以", "彳亍", "ojbk", "已阅", "yyds",
    "awsl", "xswl", "hhh", "hh", "555", "orz", "绝绝子", "冲鸭", "冲",
)
# fmt: on

#: Wishes and who they are for: "新年快乐", "周末愉快", "Happy Teachers' Day", "Merry Christmas",
#: "谢谢王老师" (a surname and 老师).
_WISH = (
    r"[\u4e00-\u9fff\d]{0,4}(?:快乐|愉快)|happy(?: [a-z']+){1,2}|merry christmas"
    r"|season's greetings|[\u4e00-\u9fff]{1,2}老师"
)

# Longest first, so 收到了 is taken whole before 收到.
_WORD = "|".join(re.escape(w) for w in sorted(SMALL_TALK_WORDS, key=len, reverse=True))
_SMALL_TALK_RE = re.compile(rf"(?:(?:{_WISH}|{_WORD})\s*)+")

#: A question to the bot: it ends with a question mark, or opens by asking.
_QUESTION_RE = re.compile(
    r"^\s*(?:请问|问一下|想问|我想问|咨询一下|how\b|what\b|when\b|where\b|which\b|who\b"
    r"|why\b|can\b|could\b|should\b|does\b|do\b|is\b|are\b|麻烦问|有没有人)|[?吗]\s*$"
)


def _kept(char: str) -> bool:
    """A letter or digit (any script) or a space: what a note says, not how it decorates it."""
    return char == " " or unicodedata.category(char)[0] in "LN"


def is_small_talk(text: str) -> bool:
    """True when the note is only an acknowledgement, thanks, greeting or wish (or emoji)."""
    if not text.strip():
        return False
    words = "".join(c if _kept(c) else " " for c in normalise(text)[1])
    words = " ".join(words.split())
    return not words or _SMALL_TALK_RE.fullmatch(words) is not None


def is_question(text: str) -> bool:
    """True when the note asks the bot something ("请问…？", "how do I …")."""
    return _QUESTION_RE.search(normalise(text)[1].rstrip(" \u3002.!~")) is not None


class Unrecorded(NamedTuple):
    """What a note the parser found no work in is, and so how the bot answers it."""

    #: "small_talk" and "question" get a hint; "kinds" gets the kinds as buttons.
    answer: Literal["small_talk", "question", "kinds"]
    #: The kinds the note names that the parser ruled out (cancelled, put off, asked about,
    #: someone else's), for the bot to say it saw them.
    named: tuple[str, ...] = ()


def unrecorded(text: str) -> Unrecorded:
    """How to answer a note the parser found no work in: small talk and a question that
    names no kind get a hint, anything else the kinds to record it as."""
    if is_small_talk(text):
        return Unrecorded("small_talk")
    named = kinds_named(text)
    if not named and is_question(text):
        return Unrecorded("question")
    return Unrecorded("kinds", named)
