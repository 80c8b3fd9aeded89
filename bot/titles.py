"""The advisor's title by the class's year: 班主任 (years 1-2) or 班导师 (years 3-4);
class advisor or mentor in English. Texts about no class in particular say both."""

from __future__ import annotations

from datetime import date

from bot.i18n import t
from reminders.duties import advisor_title_key, year_of_study


def advisor_title(lang: str, cohort: int | None, on: date) -> str:
    """The title of the advisor of a class of `cohort` on a day; both when it is unknown."""
    if cohort is None:
        return t(lang, "forms.advisor_title_both")
    return t(lang, f"duties.{advisor_title_key(year_of_study(cohort, on))}")
