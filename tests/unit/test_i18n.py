"""The message catalogue: both languages complete and consistent."""

from __future__ import annotations

import string

import pytest

from bot.i18n import LANGUAGES, catalogue, normalise_language, t


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_exists_in_both_languages_with_the_same_placeholders() -> None:
    zh, en = catalogue("zh"), catalogue("en")
    assert set(zh) == set(en), sorted(set(zh) ^ set(en))
    for key in zh:
        assert placeholders(zh[key]) == placeholders(en[key]), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_state_and_kind_has_a_label(lang: str) -> None:
    from bot.parsing import KINDS
    from reminders.policy import load_policy

    for rule in load_policy(None).rules:
        assert t(lang, f"rules.rule.{rule.id}")
    for state in ("met", "on_track", "behind", "missed"):
        assert t(lang, f"rules.state.{state}")
    for kind in KINDS:
        assert t(lang, f"rules.kind.{kind}")


def test_language_choice() -> None:
    assert normalise_language("en-US") == "en"
    assert normalise_language("zh-hans") == "zh"
    assert normalise_language(None) == "zh"
    assert t("fr", "rules.state.met") == "已完成"
    with pytest.raises(KeyError):
        t("zh", "no.such.key")
