"""Small talk (acknowledgements, thanks, greetings) is told apart from work the parser missed."""

from __future__ import annotations

import pytest

from bot.parsing.small_talk import is_small_talk


@pytest.mark.parametrize(
    "text",
    [
        "收到",
        "收到了，谢谢老师",
        "好的，谢谢老师！",
        "嗯嗯 收到了 辛苦老师",
        "謝謝老師",  # traditional characters
        "ok thanks 👍",
        "Thank you so much!",
        "Good morning!",
        "🙏🙏",
    ],
)
def test_small_talk(text: str) -> None:
    assert is_small_talk(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "查寝",
        "收到，今天去查寝了",
        "老师好，请问这个月的记录表什么时候交？",
        "好的，明天去",
        "thanks, the June form is submitted",
        "3",
        "11.20",
        "和小李一起吃了顿午饭",
    ],
)
def test_not_small_talk(text: str) -> None:
    assert not is_small_talk(text)
