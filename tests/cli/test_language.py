"""One language per command-line run: help, messages and errors, from --lang or the setting."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import cli


def test_help_is_in_the_chosen_language(sqlite_url: str) -> None:
    chinese = cli(sqlite_url, "--help", env={"ADVISORBOT_LANGUAGE": "zh"})
    assert chinese.returncode == 0
    assert "用法：" in chinese.stdout and "选项" in chinese.stdout and "命令" in chinese.stdout
    assert "检查配置" in chinese.stdout and "显示本帮助并退出" in chinese.stdout
    assert "Show this message" not in chinese.stdout and "Usage:" not in chinese.stdout
    english = cli(sqlite_url, "--lang", "en", "export", "activities", "--help")
    assert "Usage:" in english.stdout and "jsonl, csv or xlsx" in english.stdout


def test_lang_option_wins_over_the_setting(sqlite_url: str) -> None:
    result = cli(sqlite_url, "--lang", "zh", "status", "--help", env={"ADVISORBOT_LANGUAGE": "en"})
    assert "评判时刻" in result.stdout and "judge at" not in result.stdout
    result = cli(
        sqlite_url, "--lang=en", "status", "no-such-class", env={"ADVISORBOT_LANGUAGE": "zh"}
    )
    assert result.returncode == 2 and "No class called" in result.stderr


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (("status", "--bogus"), "没有选项 --bogus", "there is no option --bogus"),
        (("semester", "add", "2026-2027-1"), "缺少 'START'", "'START' is missing"),
        (("nonsense",), "没有命令", "there is no command"),
        (
            ("export", "activities", "--format", "pdf"),
            "不是 jsonl、csv、xlsx 之一",
            "is not one of",
        ),
        (
            ("export", "activities", "--since", "soon"),
            "不是 2026-11-01 这样的日期",
            "is not a date",
        ),
    ],
)
def test_usage_errors_are_one_line_exit_2_in_the_chosen_language(
    sqlite_url: str, args: tuple[str, ...], zh: str, en: str
) -> None:
    for lang, expected in (("zh", zh), ("en", en)):
        result = cli(sqlite_url, "--lang", lang, *args)
        assert result.returncode == 2, result.stderr
        assert expected in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_every_command_has_its_help_in_both_languages() -> None:
    import typer

    from bot.cli import _register_all, app
    from bot.i18n import catalogue

    _register_all()
    missing = []

    def walk(command: object, path: list[str]) -> None:
        name = "_".join(path) or "root"
        for lang in ("zh", "en"):
            if f"clihelp.command.{name}" not in catalogue(lang):
                missing.append(f"{lang}: [command] {name}")
        for sub_name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, sub_name])

    walk(typer.main.get_command(app), [])
    assert not missing, "add to bot/locales/*/clihelp.toml: " + ", ".join(missing)


def test_every_bad_input_line_follows_the_runs_language(sqlite_url: str) -> None:
    """The other lanes' error lines too: nobody in the roster, a bad date, a bad moment."""
    from tests.cli.test_cli import cli

    for lang, expected in (("zh", "名册里没有叫“Nobody”的人"), ("en", "nobody called Nobody")):
        result = cli(sqlite_url, "invite", "Nobody", env={"ADVISORBOT_LANGUAGE": lang})
        assert result.returncode == 2 and expected in result.stderr, result.stderr
    zh = cli(
        sqlite_url,
        "semester",
        "add",
        "s",
        "2026-13-01",
        "2027-01-17",
        env={"ADVISORBOT_LANGUAGE": "zh"},
    )
    assert zh.returncode == 2 and "不是 2026-09-07 这样的日期" in zh.stderr
    moment = cli(sqlite_url, "status", "--at", "yesterday", env={"ADVISORBOT_LANGUAGE": "zh"})
    assert moment.returncode == 2 and "不是 ISO 日期或时间" in moment.stderr
