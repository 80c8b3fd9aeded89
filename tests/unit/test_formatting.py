"""The activity line the bot shows after recording (bot.formatting.activity_line)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.formatting import activity_line
from bot.parsing import ParsedActivity

DAY = dt.date(2026, 12, 8)


def _contact(count: int) -> ParsedActivity:
    return ParsedActivity(kind="parent_contact", date=DAY, count=count)


@pytest.mark.parametrize(
    ("lang", "count", "shown"),
    [
        ("en", 1, "· 1 parent contact"),
        ("en", 3, "· 3 parent contacts"),
        ("zh", 1, "· 1人次"),
        ("zh", 3, "· 3人次"),
    ],
)
def test_parent_contacts_counted_in_the_users_language(lang: str, count: int, shown: str) -> None:
    assert activity_line(lang, DAY, _contact(count)).endswith(shown)


def test_one_parent_contact_is_singular() -> None:
    assert not activity_line("en", DAY, _contact(1)).endswith("contacts")
