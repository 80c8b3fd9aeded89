"""The learned guess that orders the kinds the bot offers (bot.parsing.guess)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.parsing import KINDS
from bot.parsing.guess import (
    MODEL_FILE,
    Guesser,
    corpus_notes,
    features,
    likely_first,
    model_json,
    train,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "parse_corpus.jsonl"
MODEL = ROOT / "bot" / "data" / MODEL_FILE


def test_the_shipped_model_is_built_from_the_corpus_as_it_is() -> None:
    built = model_json(train(corpus_notes(CORPUS.read_text(encoding="utf-8").splitlines())))
    assert built == MODEL.read_text(encoding="utf-8"), (
        "the corpus or normalise() changed: rebuild the model with "
        "`.venv/bin/python -m bot.parsing.guess tests/data/parse_corpus.jsonl`"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # shorthand, slang and words the rules do not read
        ("宿 502 ×2 ✓", "dorm_visit"),
        ("家 ×3 ✓", "parent_contact"),
        ("委 ✓ 30min", "cadre_meeting"),
        ("and then got call the mummy lah", "parent_contact"),
        ("陪娃们去参加数模比赛", "student_activity"),
        ("和小李一起吃了顿午饭 聊了聊", "student_talk"),
        ("去听了节高数", "classroom_visit"),
        ("參加了班主任培訓", "seminar"),  # traditional characters, folded first
    ],
)
def test_the_likeliest_kind_comes_first(text: str, kind: str) -> None:
    assert likely_first(text, KINDS)[0] == kind


def test_the_order_is_the_kinds_given_each_once() -> None:
    offered = ["other", "dorm_visit", "seminar"]
    ordered = likely_first("晚上去宿舍转了一圈", offered)
    assert sorted(ordered) == sorted(offered) and ordered[0] == "dorm_visit"


def test_a_note_it_knows_nothing_of_keeps_the_given_order() -> None:
    assert likely_first("", KINDS) == list(KINDS)
    assert likely_first("🙂 ✓", list(reversed(KINDS))) == list(reversed(KINDS))


def test_features_read_the_normalised_note() -> None:
    assert features("查寢") == features("查寝")  # traditional folded
    assert "w:meetings" in features("Two Meetings") and "p:meet" in features("meetings")
    assert features("5") == []  # digits are not features (dates and counts vary)


def test_training_counts_a_note_once_for_each_of_its_kinds() -> None:
    model = train(
        [("查寝 谈心", ["dorm_visit", "student_talk", "student_talk"]), ("查寝", ["dorm_visit"])]
    )
    row = model["features"]["查寝"]
    assert row[KINDS.index("dorm_visit")] == 2 and row[KINDS.index("student_talk")] == 1
    assert model["notes"][KINDS.index("student_talk")] == 1
    # a feature seen once in all is dropped; one counted for two kinds is kept
    assert "听课" not in model["features"] and "谈心" in model["features"]


def test_a_model_learns_from_its_notes() -> None:
    notes = [("甲乙", ["dorm_visit"])] * 3 + [("丙丁", ["seminar"])] * 3
    guesser = Guesser(train(notes))
    assert guesser.order("乙甲乙", ["seminar", "dorm_visit"]) == ["dorm_visit", "seminar"]
    assert guesser.order("丁丙", ["dorm_visit", "seminar"]) == ["seminar", "dorm_visit"]
