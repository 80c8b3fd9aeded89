"""Small talk (acknowledgements, thanks, greetings) is told apart from work the parser missed."""

from __future__ import annotations

import pytest

from bot.parsing.pipeline import kinds_named
from bot.parsing.small_talk import is_question, is_small_talk


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
        "新年快乐🎉",
        "谢谢王老师！",
        "收到，谢谢提醒",
        "好的，我知道了，谢谢",
        "祝大家假期愉快！",
        "周末愉快～",
        "ok thanks, will do",
        "Merry Christmas! 🎄",
        "Happy New Year to all the advisors!",
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
        "students were happy",
        "今天天气真好☀️",
    ],
)
def test_not_small_talk(text: str) -> None:
    assert not is_small_talk(text)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("请问本学期工作计划什么时候交？", True),
        ("请问本学期工作计划什么时候交", True),
        ("how do I edit a record I already submitted", True),
        ("Does a phone call count as a parent contact?", True),
        ("这个算不算谈心？", True),
        ("麻烦问下寒假期间还要交记录表吗", True),
        ("十月的记录表我忘交了，现在还能补吗", True),
        ("班会取消了", False),
        ("听课？上周三听过了", False),  # answered in the same note
        ("today's dorm check is done.", False),
    ],
)
def test_questions(text: str, question: bool) -> None:
    assert is_question(text) is question


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("班会取消了", ("class_meeting",)),
        ("今天没去查寝，下雨了", ("dorm_visit",)),
        ("辅导员今天去我们班宿舍检查了卫生", ("dorm_visit",)),  # someone else's
        ("the dorm check scheduled for today was cancelled", ("dorm_visit",)),
        ("原定的班委会和家访都推到下周了", ("cadre_meeting", "parent_contact")),
        ("今天降温，大家注意保暖", ()),
        ("学院通知各班上报就业去向统计表", ()),  # a bare word needing a verb names no kind
    ],
)
def test_kinds_named_before_they_are_ruled_out(text: str, kinds: tuple[str, ...]) -> None:
    assert kinds_named(text) == kinds
