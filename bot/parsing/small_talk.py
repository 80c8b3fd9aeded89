"""Small talk: a note that is only an acknowledgement, thanks or a greeting.

"收到", "好的，谢谢老师！", "ok thanks 👍" record no work, and the bot should not answer them
with the ten kinds to record them as (the buttons are for a note that may be work the parser
did not understand). A note is small talk when, once emoji, punctuation and spaces are taken
out, nothing is left but the words of `SMALL_TALK_WORDS`; any other word, a digit or a date
makes it a note worth asking about.
"""

from __future__ import annotations

import re
import unicodedata

from bot.parsing.normalise import normalise

#: The words of an acknowledgement, a thanks or a greeting, Chinese and English (lower case).
SMALL_TALK_WORDS: tuple[str, ...] = (
    # acknowledgements
    "收到了",
    "收到",
    "好的",
    "好滴",
    "好嘞",
    "好哒",
    "好吧",
    "好",
    "嗯嗯",
    "嗯",
    "哦",
    "噢",
    "明白了",
    "明白",
    "知道了",
    "知道",
    "了解",
    "懂了",
    "可以",
    "行",
    "没问题",
    "ok",
    "okay",
    "okk",
    "k",
    "got it",
    "noted",
    "sure",
    "roger",
    "fine",
    "alright",
    "all right",
    "yes",
    "yep",
    "yeah",
    # thanks
    "谢谢您",
    "谢谢你",
    "谢谢",
    "多谢",
    "感谢",
    "辛苦了",
    "辛苦",
    "麻烦了",
    "thank you",
    "thanks",
    "thank",
    "thx",
    "ty",
    "cheers",
    "much appreciated",
    "appreciated",
    # greetings and sign-offs
    "您好",
    "你好",
    "早上好",
    "上午好",
    "下午好",
    "晚上好",
    "早安",
    "午安",
    "晚安",
    "早",
    "再见",
    "拜拜",
    "hello",
    "hi",
    "hey",
    "good morning",
    "good afternoon",
    "good evening",
    "good night",
    "bye",
    # who is addressed, and softeners
    "老师们",
    "老师",
    "各位",
    "大家",
    "啦",
    "呀",
    "哈哈",
    "哈",
    "呢",
    "哒",
    "的",
    "了",
    "so much",
    "a lot",
    "very much",
    "you",
    "bot",
    "again",
)

# Longest first, so 收到了 is taken whole before 收到.
_WORD = "|".join(re.escape(w) for w in sorted(SMALL_TALK_WORDS, key=len, reverse=True))
_SMALL_TALK_RE = re.compile(rf"(?:(?:{_WORD})\s*)+")


def _kept(char: str) -> bool:
    """A letter or digit (any script) or a space: what a note says, not how it decorates it."""
    return char == " " or unicodedata.category(char)[0] in "LN"


def is_small_talk(text: str) -> bool:
    """True when the note is only an acknowledgement, thanks or greeting (or only emoji)."""
    if not text.strip():
        return False
    words = "".join(c if _kept(c) else " " for c in normalise(text)[1])
    words = " ".join(words.split())
    return not words or _SMALL_TALK_RE.fullmatch(words) is not None
