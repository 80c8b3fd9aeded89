"""Students' opinion of their advisor (管理与考核 2: 注意听取学生意见): the policy's questions
and threshold, and the arithmetic of the answers.

Pure: imports nothing from `bot/` or `storage/`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SCALE = range(1, 6)  # every question is answered on 1-5
_LANGUAGES = ("zh", "en")
_KEYS = frozenset({"questions", "min_answers", "open_days"})
# Telegram's callback data is at most 64 bytes; "sv:<id>:" plus one digit per question.
MAX_QUESTIONS = 20


class SurveyPolicyError(ValueError):
    """The policy's [survey] table is not usable; the message names the key."""


@dataclass(frozen=True, slots=True)
class Question:
    """One question in both languages; "{title}" stands for 班主任 or 班导师 by the class."""

    zh: str
    en: str

    def text(self, lang: str, title: str) -> str:
        return (self.en if lang == "en" else self.zh).replace("{title}", title)

    def to_json(self) -> dict[str, str]:
        return {"zh": self.zh, "en": self.en}


@dataclass(frozen=True, slots=True)
class SurveySettings:
    """[survey] in the policy file."""

    questions: tuple[Question, ...]
    min_answers: int  # results are shown only from this many answers on
    open_days: int  # how long a survey opened without "until DATE" stays open


def survey_settings(table: Mapping[str, Any]) -> SurveySettings:
    """Build the settings from the (merged) [survey] table; SurveyPolicyError names the key."""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise SurveyPolicyError(
            f"unknown key 'survey.{unknown[0]}'; known: {', '.join(sorted(_KEYS))}"
        )
    raw = table.get("questions")
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_QUESTIONS:
        raise SurveyPolicyError(
            f"'survey.questions' must be a list of 1 to {MAX_QUESTIONS} questions"
        )
    questions = []
    for i, entry in enumerate(raw):
        if not isinstance(entry, Mapping) or set(entry) != set(_LANGUAGES):
            raise SurveyPolicyError(
                f"'survey.questions[{i}]' must be a table with exactly the keys zh and en"
            )
        if not all(isinstance(entry[k], str) and entry[k].strip() for k in _LANGUAGES):
            raise SurveyPolicyError(f"'survey.questions[{i}]' has an empty text")
        questions.append(Question(zh=entry["zh"].strip(), en=entry["en"].strip()))
    return SurveySettings(
        questions=tuple(questions),
        min_answers=_positive(table, "min_answers"),
        open_days=_positive(table, "open_days"),
    )


def _positive(table: Mapping[str, Any], key: str) -> int:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SurveyPolicyError(f"'survey.{key}' must be a whole number of at least 1")
    return value


def questions_from_json(data: Sequence[Mapping[str, str]]) -> tuple[Question, ...]:
    """The questions a stored survey was opened with."""
    return tuple(Question(zh=q["zh"], en=q["en"]) for q in data)


def valid_scores(scores: Sequence[int], questions: int) -> bool:
    """One score on the scale for each question."""
    return len(scores) == questions and all(s in SCALE for s in scores)


def averages(answers: Sequence[Sequence[int]]) -> tuple[float, ...]:
    """Each question's mean over the answers, to two decimals (empty for no answers)."""
    if not answers:
        return ()
    count = len(answers)
    return tuple(round(sum(column) / count, 2) for column in zip(*answers, strict=True))
