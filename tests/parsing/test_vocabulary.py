"""Issue 17: a college's own words for kinds and places, from the policy file, without code."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.parsing import Vocabulary, VocabularyError, parse_message, vocabulary_from_policy
from reminders.policy import load_policy, vocabulary_table

NOW = dt.datetime(2026, 12, 4, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))

POLICY = """
[rules.parent_contact_semester]
required = 8

[vocabulary]
places = ["翡翠湖校区", "南区7栋"]

[vocabulary.kinds]
dorm_visit = ["走楼", "翡翠湖查寝"]
classroom_visit = ["swept the lecture halls"]
"""


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "college.toml"
    path.write_text(POLICY, encoding="utf-8")
    return path


def test_the_policy_file_may_carry_a_vocabulary(policy_file: Path) -> None:
    assert load_policy(policy_file).rule("parent_contact_semester").required == 8
    vocabulary = vocabulary_from_policy(vocabulary_table(policy_file))
    assert vocabulary.kinds == {
        "dorm_visit": ("走楼", "翡翠湖查寝"),
        "classroom_visit": ("swept the lecture halls",),
    }
    assert vocabulary.places == ("翡翠湖校区", "南区7栋")


def test_a_colleges_word_for_a_kind_is_read_as_that_kind(policy_file: Path) -> None:
    vocabulary = vocabulary_from_policy(vocabulary_table(policy_file))
    assert parse_message("昨晚走楼", NOW) == []  # unknown without the college's words
    (visit,) = parse_message("昨晚走楼", NOW, vocabulary)
    assert (visit.kind, visit.date) == ("dorm_visit", dt.date(2026, 12, 3))
    (lecture,) = parse_message("Swept the lecture halls on Monday", NOW, vocabulary)
    assert (lecture.kind, lecture.date) == ("classroom_visit", dt.date(2026, 11, 30))
    # Every rule of the standard word holds for the college's: 没 negates it.
    assert parse_message("今天没走楼", NOW, vocabulary) == []


def test_a_colleges_place_is_the_location() -> None:
    vocabulary = Vocabulary(places=["翡翠湖校区"])
    (visit,) = parse_message("今天去翡翠湖校区宿舍看了看", NOW, vocabulary)
    assert visit.location == "翡翠湖校区"


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ({"kinds": {"nap": ["午睡"]}}, "nap"),
        ({"kinds": {"dorm_visit": "走楼"}}, "vocabulary.kinds.dorm_visit"),
        ({"places": [1]}, "vocabulary.places"),
        ({"buildings": []}, "buildings"),
    ],
)
def test_a_bad_vocabulary_is_refused_with_the_key_named(
    table: dict[str, object], named: str
) -> None:
    with pytest.raises(VocabularyError, match=named):
        vocabulary_from_policy(table)


def test_no_vocabulary_changes_nothing() -> None:
    assert vocabulary_from_policy(None).rewrite("昨晚查寝") == "昨晚查寝"
    assert vocabulary_table(None) == {}


def test_the_parse_command_uses_the_policy_files_words(
    policy_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADVISORBOT_CONFIG", str(policy_file))
    from bot.cli import _register_all

    if not any(c.name == "parse" for c in app.registered_commands):
        _register_all()
    result = CliRunner().invoke(app, ["parse", "--now", NOW.isoformat(), "昨晚去南区7栋走楼"])
    assert result.exit_code == 0, result.output
    (activity,) = json.loads(result.output)["activities"]
    assert (activity["kind"], activity["location"]) == ("dorm_visit", "南区7栋")


def test_the_parse_command_refuses_a_bad_vocabulary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[vocabulary.kinds]\nnap = ["午睡"]\n', encoding="utf-8")
    monkeypatch.setenv("ADVISORBOT_CONFIG", str(bad))
    from bot.cli import _register_all

    if not any(c.name == "parse" for c in app.registered_commands):
        _register_all()
    result = CliRunner().invoke(app, ["parse", "今天查寝"])
    assert result.exit_code == 2
