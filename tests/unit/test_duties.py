"""The year of a class across 1 September, and the duties of each year."""

from datetime import date

import pytest

from reminders.duties import DUTY_CODES, advisor_title_key, duties_for_year, year_of_study


@pytest.mark.parametrize(
    ("cohort", "on", "year"),
    [
        (2026, date(2026, 8, 31), 0),
        (2026, date(2026, 9, 1), 1),
        (2025, date(2026, 8, 31), 1),
        (2025, date(2026, 9, 1), 2),
        (2023, date(2026, 12, 6), 4),
        (2023, date(2027, 6, 30), 4),
    ],
)
def test_year_of_study_turns_on_1_september(cohort: int, on: date, year: int) -> None:
    assert year_of_study(cohort, on) == year


def test_title_is_banzhuren_for_years_1_2_and_bandaoshi_after() -> None:
    assert [advisor_title_key(y) for y in (1, 2, 3, 4)] == [
        "advisor_title.banzhuren",
        "advisor_title.banzhuren",
        "advisor_title.bandaoshi",
        "advisor_title.bandaoshi",
    ]


def test_each_year_has_its_three_duties_and_the_counselor_one() -> None:
    seen: set[str] = set()
    for year in (1, 2, 3, 4):
        codes = [d.code for d in duties_for_year(year)]
        assert len(codes) == 4 and codes[-1] == "counselor_assist"
        seen.update(codes)
    assert seen == DUTY_CODES
    assert [d.code for d in duties_for_year(3)][:3] == [
        "innovation_guidance",
        "kaoyan_guidance",
        "career_awareness",
    ]
