"""The college's policy: rules, default hours, calendar and reminder settings as frozen values.

Built-in defaults live in ``default_policy.toml`` (from the regulation); a college's own TOML
file (the ``ADVISORBOT_CONFIG`` setting, passed in by the caller) is merged over them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, Literal, get_args

from reminders.semester_calendar import PERIOD_TYPES, CalendarError, Semester, SemesterCalendar
from reminders.surveys import SurveyPolicyError, SurveySettings, survey_settings

Measure = Literal["activities", "people", "hours", "submission"]
MEASURES: Final[tuple[str, ...]] = get_args(Measure)

WEEKDAYS: Final[tuple[str, ...]] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

_RULE_KEYS: Final = frozenset(
    {
        "kinds",
        "measure",
        "required",
        "period",
        "submission",
        "grace_days",
        "behind_days",
        "enabled",
        "scope",
    }
)
# Whose work a rule judges: each class's own, or the advisor's in all their classes (once).
SCOPES: Final[tuple[str, ...]] = ("class", "advisor")
# The regulation says "occurrences" (次) where the code says "activities".
_MEASURE_ALIASES: Final = {"occurrences": "activities"}


class PolicyError(ValueError):
    """The policy file cannot be used; the message names the offending key and file."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One requirement, e.g. ``dorm_visit_monthly``: ≥ 1 dorm visit per month in session."""

    id: str
    kinds: frozenset[str]
    measure: str
    required: float
    period: str
    submission: str | None = None
    # The rule is due this many days after its period ends (the monthly form's grace).
    grace_days: int = 0
    # Overrides the [behind] window of the rule's period type when set.
    behind_days: int | None = None
    # "class": each class on its own; "advisor": the advisor's work in all their classes.
    scope: str = "class"


@dataclass(frozen=True, slots=True)
class KindHours:
    """Hours an activity of ``kind`` counts for when no duration is stated."""

    kind: str
    hours: float
    per_person: bool

    def effective(self, count: int, stated: float | None) -> float:
        """The hours one record counts: the stated duration (the whole activity's, never per
        person), else this default, times the people counted where it is per person.

        The one hours rule: the judge, the form, the workbook and the exports all use it."""
        if stated is not None:
            return float(stated)
        return self.hours * count if self.per_person else self.hours


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    in_session_min_fraction: float = 0.5
    fortnight_weeks: int = 2
    plan_lead_days: int = 7
    # A due date on a public holiday moves to the next working day.
    move_due_off_holidays: bool = True
    # A week or fortnight window whose weekdays are more than this fraction public holidays
    # merges into the next window (1 turns merging off).
    holiday_merge_fraction: float = 0.5


@dataclass(frozen=True, slots=True)
class BehindWindows:
    """When an unmet rule turns from ``on_track`` to ``behind``."""

    month_last_days: int = 7
    fortnight_last_days: int = 4
    week_last_days: int = 2
    semester_last_days: int = 14
    before_semester_last_days: int = 7
    semester_pace_after_fraction: float = 1 / 3

    def last_days(self, period_type: str) -> int:
        """Days before the due date in which an unmet rule of ``period_type`` is behind."""
        return {
            "month": self.month_last_days,
            "fortnight": self.fortnight_last_days,
            "week": self.week_last_days,
            "semester": self.semester_last_days,
            "before_semester": self.before_semester_last_days,
        }[period_type]


@dataclass(frozen=True, slots=True)
class RetentionSettings:
    """How long personal data is kept (个人信息保护法): the raw words of notes, in days."""

    source_text_days: int = 400


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """Settings for the reminder sweep; local times in the college's time zone."""

    send_time: time = time(9, 30)
    quiet_until: time = time(8, 0)
    quiet_after: time = time(21, 0)
    due_soon_lead_days_fortnight: int = 4
    due_soon_lead_days_month: int = 7
    due_soon_lead_days_week: int = 2
    due_soon_lead_days_semester: int = 21
    semester_nudge_interval_days: int = 7
    monthly_form_nudge_interval_days: int = 3
    monthly_form_nudge_max: int = 3
    digest_weekday: int = 0  # date.weekday(): Monday is 0

    def due_soon_lead_days(self, period_type: str) -> int:
        """How many days before a period of ``period_type`` is due to send ``due_soon``."""
        # The semester plan has its own window: CalendarSettings.plan_lead_days.
        return {
            "fortnight": self.due_soon_lead_days_fortnight,
            "week": self.due_soon_lead_days_week,
            "month": self.due_soon_lead_days_month,
            "semester": self.due_soon_lead_days_semester,
        }[period_type]

    def is_quiet(self, t: time) -> bool:
        """True when ``t`` (local) falls in the quiet hours."""
        return t >= self.quiet_after or t < self.quiet_until


@dataclass(frozen=True, slots=True)
class AssessmentRubric:
    """How the assessment suggests a grade from the year's record (the college decides).

    The score is the share of the year's judged periods that were met, a late document
    counting ``late_weight`` of a period met on time; at or above ``excellent`` the
    suggestion is 优秀, ``competent`` 称职, ``basic`` 基本称职, else 不称职.
    """

    excellent: float = 0.95
    competent: float = 0.8
    basic: float = 0.6
    late_weight: float = 0.5

    def grade(self, score: float) -> str:
        """The suggested grade's key: excellent, competent, basic or failing."""
        if score >= self.excellent:
            return "excellent"
        if score >= self.competent:
            return "competent"
        if score >= self.basic:
            return "basic"
        return "failing"


@dataclass(frozen=True, slots=True)
class Policy:
    """The whole policy; hashable, so results derived from it can be cached."""

    rules: tuple[Rule, ...]
    kind_hours: tuple[KindHours, ...]
    calendar: CalendarSettings
    behind: BehindWindows
    reminders: ReminderSettings
    semesters: tuple[Semester, ...] = ()
    assessment: AssessmentRubric = AssessmentRubric()
    survey: SurveySettings | None = None  # [survey]; always set by the loader
    retention: RetentionSettings = RetentionSettings()

    @property
    def kinds(self) -> frozenset[str]:
        """Every activity kind the policy knows."""
        return frozenset(k.kind for k in self.kind_hours)

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def hours_for(self, kind: str) -> KindHours:
        for entry in self.kind_hours:
            if entry.kind == kind:
                return entry
        raise KeyError(kind)

    def effective_hours(self, kind: str, count: int, stated: float | None) -> float:
        """The hours a record counts (:meth:`KindHours.effective`); a kind the policy does
        not know counts its stated hours, else nothing."""
        try:
            default = self.hours_for(kind)
        except KeyError:  # a kind the college's policy dropped still shows, counting nothing
            return 0.0 if stated is None else float(stated)
        return default.effective(count, stated)


# ---------------------------------------------------------------------------------------------
# Loading


@lru_cache(maxsize=1)
def _default_text() -> str:
    # Beside this module (importlib.resources trips over some editable installs).
    return (Path(__file__).resolve().parent / "default_policy.toml").read_text("utf-8")


def _default_data() -> dict[str, Any]:
    # Parsed afresh each time: the merge below builds new dicts, but a caller of
    # default_policy_data() may mutate what it gets.
    return tomllib.loads(_default_text())


def default_policy_data() -> dict[str, Any]:
    """The built-in defaults as parsed TOML (a fresh copy)."""
    return _default_data()


def load_policy(path: Path | None) -> Policy:
    """The default policy, with the TOML file at ``path`` merged over it when given."""
    if path is None:
        return _default_policy()
    try:
        text = Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise PolicyError(
            f"policy file {path} not found; point ADVISORBOT_CONFIG at an existing TOML file "
            "or unset it to use the built-in rules"
        ) from None
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from exc
    try:
        overrides = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"policy file {path} is not valid TOML: {exc}") from exc
    return policy_from_overrides(overrides, source=str(path))


@lru_cache(maxsize=1)
def _default_policy() -> Policy:
    return _build(_default_data())


def policy_from_overrides(overrides: Mapping[str, Any], *, source: str = "overrides") -> Policy:
    """The default policy with ``overrides`` (parsed TOML) deep-merged over it."""
    defaults = _default_data()
    try:
        _check_known_keys(overrides, defaults)
        merged = _deep_merge(defaults, overrides)
        return _build(merged)
    except PolicyError as exc:
        raise PolicyError(f"{source}: {exc}") from None


def _check_known_keys(overrides: Mapping[str, Any], defaults: Mapping[str, Any]) -> None:
    """Refuse keys the defaults do not have (rule fields are checked when the rule is built)."""
    for key, value in overrides.items():
        if key == "vocabulary":
            continue  # the parser's words: vocabulary_table() reads it, the parser checks it
        if key not in defaults:
            raise PolicyError(f"unknown key '{key}'; known: {', '.join(sorted(defaults))}")
        if key == "rules":
            rules = _table(value, "rules")
            for rule_id, table in rules.items():
                # A college's own rule is a whole rule (it says what it measures, per which
                # period); a bare override of an id we do not know is a typo.
                whole = isinstance(table, Mapping) and {"measure", "period"} <= set(table)
                if rule_id not in defaults["rules"] and not whole:
                    raise PolicyError(
                        f"unknown rule 'rules.{rule_id}' (a new rule needs 'measure' and "
                        f"'period'); known rules: {', '.join(defaults['rules'])}"
                    )
        elif key == "default_hours":
            for kind in _table(value, "default_hours"):
                if kind not in defaults["default_hours"]:
                    raise PolicyError(
                        f"unknown activity kind 'default_hours.{kind}'; known kinds: "
                        f"{', '.join(defaults['default_hours'])}"
                    )
        elif key in ("calendar", "behind", "reminders", "survey", "retention"):
            for sub in _table(value, key):
                if sub not in defaults[key]:
                    raise PolicyError(
                        f"unknown key '{key}.{sub}'; known: {', '.join(defaults[key])}"
                    )


def _deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), Mapping):
            merged[key] = _deep_merge(base[key], value)
        else:
            # Lists (kinds, semesters) and scalars replace the default wholesale.
            merged[key] = value
    return merged


def _table(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise PolicyError(f"'{where}' must be a table")
    return value


def _int(table: Mapping[str, Any], key: str, where: str, *, minimum: int = 0) -> int:
    value = table[key]
    # bool is an int in Python; `true` is never a sensible count of days.
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyError(f"'{where}.{key}' must be a whole number, not {value!r}")
    if value < minimum:
        raise PolicyError(f"'{where}.{key}' must be at least {minimum}, not {value}")
    return value


def _bool(table: Mapping[str, Any], key: str, where: str) -> bool:
    value = table[key]
    if not isinstance(value, bool):
        raise PolicyError(f"'{where}.{key}' must be true or false, not {value!r}")
    return value


def _number(table: Mapping[str, Any], key: str, where: str, *, positive: bool = False) -> float:
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PolicyError(f"'{where}.{key}' must be a number, not {value!r}")
    if value < 0 or (positive and value == 0):
        bound = "greater than 0" if positive else "0 or more"
        raise PolicyError(f"'{where}.{key}' must be {bound}, not {value}")
    return float(value)


def _fraction(table: Mapping[str, Any], key: str, where: str) -> float:
    value = _number(table, key, where)
    if value > 1:
        raise PolicyError(f"'{where}.{key}' must be a fraction between 0 and 1, not {value}")
    return value


def _time(table: Mapping[str, Any], key: str, where: str) -> time:
    value = table[key]
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise PolicyError(f"'{where}.{key}' must be a time like 09:30, not {value!r}")


def _date(value: Any, where: str) -> date:
    # tomllib gives a datetime for `2026-09-07T00:00`; a semester boundary is a day.
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise PolicyError(f"'{where}' must be a date like 2026-09-07, not {value!r}")


def _rule(rule_id: str, table: Mapping[str, Any], known_kinds: frozenset[str]) -> Rule:
    where = f"rules.{rule_id}"
    table = _table(table, where)
    unknown = sorted(set(table) - _RULE_KEYS)
    if unknown:
        raise PolicyError(
            f"unknown key '{where}.{unknown[0]}'; rule keys: {', '.join(sorted(_RULE_KEYS))}"
        )
    for needed in ("measure", "period"):
        if needed not in table:
            raise PolicyError(f"'{where}' needs '{needed}'")
    measure = _MEASURE_ALIASES.get(table["measure"], table["measure"])
    if measure not in MEASURES:
        raise PolicyError(
            f"'{where}.measure' must be one of {', '.join(MEASURES)}, not {measure!r}"
        )
    period = table["period"]
    if period not in PERIOD_TYPES:
        raise PolicyError(
            f"'{where}.period' must be one of {', '.join(PERIOD_TYPES)}, not {period!r}"
        )
    grace_days = _int(table, "grace_days", where) if "grace_days" in table else 0
    behind_days = _int(table, "behind_days", where) if "behind_days" in table else None
    scope = table.get("scope", "class")
    if scope not in SCOPES:
        raise PolicyError(f"'{where}.scope' must be one of {', '.join(SCOPES)}, not {scope!r}")

    if measure == "submission":
        submission = table.get("submission")
        if not isinstance(submission, str) or not submission:
            raise PolicyError(f"'{where}.submission' must name the document, e.g. monthly_form")
        if table.get("kinds"):
            raise PolicyError(f"'{where}.kinds' makes no sense for a submission rule")
        if "required" in table and table["required"] != 1:
            raise PolicyError(f"'{where}.required' must be 1 for a submission rule")
        return Rule(
            rule_id, frozenset(), measure, 1.0, period, submission, grace_days, behind_days, scope
        )

    if "submission" in table:
        raise PolicyError(f"'{where}.submission' is only for measure = \"submission\"")
    if period == "before_semester":
        # Activities outside the semester are not counted, so nothing could ever meet it.
        raise PolicyError(f"'{where}.period' before_semester is only for submission rules")
    kinds = table.get("kinds")
    if not isinstance(kinds, list) or not kinds or not all(isinstance(k, str) for k in kinds):
        raise PolicyError(f"'{where}.kinds' must be a non-empty list of activity kinds")
    unknown_kinds = sorted(set(kinds) - known_kinds)
    if unknown_kinds:
        raise PolicyError(
            f"'{where}.kinds' has unknown activity kind {unknown_kinds[0]!r}; known kinds: "
            f"{', '.join(sorted(known_kinds))}"
        )
    if "required" not in table:
        raise PolicyError(f"'{where}' needs 'required'")
    required = _number(table, "required", where, positive=True)
    return Rule(
        rule_id, frozenset(kinds), measure, required, period, None, grace_days, behind_days, scope
    )


def _kind_hours(kind: str, value: Any) -> KindHours:
    where = f"default_hours.{kind}"
    table = _table(value, where)
    unknown = sorted(set(table) - {"hours", "per_person"})
    if unknown:
        raise PolicyError(f"unknown key '{where}.{unknown[0]}'; keys: hours, per_person")
    if "hours" not in table:
        raise PolicyError(f"'{where}' needs 'hours'")
    per_person = table.get("per_person", False)
    if not isinstance(per_person, bool):
        raise PolicyError(f"'{where}.per_person' must be true or false, not {per_person!r}")
    return KindHours(kind, _number(table, "hours", where), per_person)


def _semesters(value: Any) -> tuple[Semester, ...]:
    if not isinstance(value, list):
        raise PolicyError("'semesters' must be a list of [[semesters]] tables")
    semesters: list[Semester] = []
    for i, entry in enumerate(value):
        where = f"semesters[{i}]"
        entry = _table(entry, where)
        unknown = sorted(set(entry) - {"name", "start", "end"})
        if unknown:
            raise PolicyError(f"unknown key '{where}.{unknown[0]}'; keys: name, start, end")
        missing = [k for k in ("name", "start", "end") if k not in entry]
        if missing:
            raise PolicyError(f"'{where}' needs '{missing[0]}'")
        name = entry["name"]
        if not isinstance(name, str) or not name:
            raise PolicyError(f"'{where}.name' must be a name like \"2026-2027-1\"")
        try:
            semesters.append(
                Semester(
                    name,
                    _date(entry["start"], f"{where}.start"),
                    _date(entry["end"], f"{where}.end"),
                )
            )
        except CalendarError as exc:
            raise PolicyError(f"'{where}': {exc}") from None
    try:
        # The calendar refuses overlaps and duplicate names; say so in policy terms.
        return SemesterCalendar(semesters).semesters
    except CalendarError as exc:
        raise PolicyError(f"'semesters': {exc}") from None


def _build(data: Mapping[str, Any]) -> Policy:
    kind_hours = tuple(
        _kind_hours(kind, value)
        for kind, value in _table(data["default_hours"], "default_hours").items()
    )
    known_kinds = frozenset(k.kind for k in kind_hours)
    rules_table = _table(data["rules"], "rules")
    rules = []
    for rule_id, table in rules_table.items():
        enabled = _table(table, f"rules.{rule_id}").get("enabled", True)
        if not isinstance(enabled, bool):
            raise PolicyError(f"'rules.{rule_id}.enabled' must be true or false")
        # A rule switched off is still checked: a typo must not wait until it is switched on.
        rule = _rule(rule_id, table, known_kinds)
        if enabled:
            rules.append(rule)

    cal = _table(data["calendar"], "calendar")
    fraction = _fraction(cal, "in_session_min_fraction", "calendar")
    if fraction == 0:
        raise PolicyError("'calendar.in_session_min_fraction' must be greater than 0")
    calendar = CalendarSettings(
        in_session_min_fraction=fraction,
        fortnight_weeks=_int(cal, "fortnight_weeks", "calendar", minimum=1),
        plan_lead_days=_int(cal, "plan_lead_days", "calendar"),
        move_due_off_holidays=_bool(cal, "move_due_off_holidays", "calendar"),
        holiday_merge_fraction=_fraction(cal, "holiday_merge_fraction", "calendar"),
    )

    beh = _table(data["behind"], "behind")
    behind = BehindWindows(
        month_last_days=_int(beh, "month_last_days", "behind"),
        fortnight_last_days=_int(beh, "fortnight_last_days", "behind"),
        week_last_days=_int(beh, "week_last_days", "behind"),
        semester_last_days=_int(beh, "semester_last_days", "behind"),
        before_semester_last_days=_int(beh, "before_semester_last_days", "behind"),
        semester_pace_after_fraction=_fraction(beh, "semester_pace_after_fraction", "behind"),
    )

    rem = _table(data["reminders"], "reminders")
    weekday = rem["digest_weekday"]
    if not isinstance(weekday, str) or weekday.lower() not in WEEKDAYS:
        raise PolicyError(
            f"'reminders.digest_weekday' must be a weekday name like \"monday\", not {weekday!r}"
        )
    reminders = ReminderSettings(
        send_time=_time(rem, "send_time", "reminders"),
        quiet_until=_time(rem, "quiet_until", "reminders"),
        quiet_after=_time(rem, "quiet_after", "reminders"),
        due_soon_lead_days_fortnight=_int(rem, "due_soon_lead_days_fortnight", "reminders"),
        due_soon_lead_days_month=_int(rem, "due_soon_lead_days_month", "reminders"),
        due_soon_lead_days_week=_int(rem, "due_soon_lead_days_week", "reminders"),
        due_soon_lead_days_semester=_int(rem, "due_soon_lead_days_semester", "reminders"),
        semester_nudge_interval_days=_int(
            rem, "semester_nudge_interval_days", "reminders", minimum=1
        ),
        monthly_form_nudge_interval_days=_int(
            rem, "monthly_form_nudge_interval_days", "reminders", minimum=1
        ),
        monthly_form_nudge_max=_int(rem, "monthly_form_nudge_max", "reminders"),
        digest_weekday=WEEKDAYS.index(weekday.lower()),
    )
    if reminders.is_quiet(reminders.send_time):
        raise PolicyError(
            f"'reminders.send_time' {reminders.send_time:%H:%M} falls in the quiet hours "
            f"({reminders.quiet_after:%H:%M}–{reminders.quiet_until:%H:%M})"
        )

    rub = _table(data["assessment"], "assessment")
    assessment = AssessmentRubric(
        excellent=_fraction(rub, "excellent", "assessment"),
        competent=_fraction(rub, "competent", "assessment"),
        basic=_fraction(rub, "basic", "assessment"),
        late_weight=_fraction(rub, "late_weight", "assessment"),
    )
    if not assessment.excellent >= assessment.competent >= assessment.basic:
        raise PolicyError(
            "'assessment': excellent ≥ competent ≥ basic, as fractions of periods met"
        )

    return Policy(
        rules=tuple(rules),
        kind_hours=kind_hours,
        calendar=calendar,
        behind=behind,
        reminders=reminders,
        semesters=_semesters(data["semesters"]),
        survey=_survey(data.get("survey", {})),
        retention=RetentionSettings(
            source_text_days=_int(
                _table(data["retention"], "retention"), "source_text_days", "retention", minimum=1
            )
        ),
    )


def _survey(value: Any) -> SurveySettings:
    try:
        return survey_settings(_table(value, "survey"))
    except SurveyPolicyError as exc:
        raise PolicyError(str(exc)) from None


def vocabulary_table(path: Path | None) -> Mapping[str, Any]:
    """The policy file's `[vocabulary]` table (a college's own words for kinds and places), or
    an empty one. The parser checks it (`bot.parsing.vocabulary_from_policy`)."""
    if path is None:
        return {}
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"cannot read the vocabulary of policy file {path}: {exc}") from exc
    return _table(data.get("vocabulary", {}), "vocabulary")
