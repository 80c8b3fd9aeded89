"""Fixtures: the default policy and a calendar of the 2026–2027 academic year."""

from __future__ import annotations

import pytest

from reminders.policy import Policy, load_policy
from reminders.semester_calendar import SemesterCalendar
from tests.reminders.factories import AUTUMN, SPRING


@pytest.fixture
def policy() -> Policy:
    return load_policy(None)


@pytest.fixture
def calendar(policy: Policy) -> SemesterCalendar:
    return SemesterCalendar.from_policy(policy, [AUTUMN, SPRING])
