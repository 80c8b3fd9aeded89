"""Issue 17, round 7: the parser gaps the fixing lanes of the last session reported and left,
each as a class with sentences of its own (Chinese and English where it applies)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse_message

# A Wednesday evening: 11-16 is Monday, 11-19 tomorrow, 11-20 this Friday.
NOW = dt.datetime(2026, 11, 18, 21, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds_and_days(text: str) -> Counter[tuple[str, str]]:
    return Counter((a.kind, a.date.isoformat()) for a in parse_message(text, NOW))


def kinds(text: str) -> list[str]:
    return sorted(a.kind for a in parse_message(text, NOW))


# --- 5. a "with" character that ends a longer word is no "with" ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 合同谈好了: a contract negotiated, not a talk "with" someone.
        "合同谈好了",
        "和公司的实习合同谈妥了",
        "租房合同谈了一上午",
        # 共同, 协同, 相同: together, alike.
        "几个学院协同谈判了场地",
        "大家共同谈论了方案",
        # 参与 (take part), 寻找 (look for) end in 与 and 找.
        "他参与讨论了半天",
        "学校寻找了解决办法",
    ],
)
def test_with_char_inside_a_longer_word_is_no_talk(text: str) -> None:
    assert "student_talk" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # The "with" words themselves still open a talk.
        "同小王谈了谈考研",
        "下午和小李交流了一下",
        "合同的事办完了，晚上找小张聊了聊",
        "跟他沟通了转专业的事",
    ],
)
def test_with_words_still_open_a_talk(text: str) -> None:
    assert kinds(text) == ["student_talk"]
