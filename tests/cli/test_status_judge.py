"""`status` on the command line: the semester's history, and bad moments refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import cli, roster  # noqa: F401  (roster is a fixture)


def test_history_and_a_moment_before_any_semester(sqlite_url: str, roster: Path) -> None:  # noqa: F811
    assert cli(sqlite_url, "roster", "import", str(roster)).returncode == 0
    assert (
        cli(sqlite_url, "semester", "add", "2026-2027-1", "2026-09-07", "2027-01-17").returncode
        == 0
    )
    result = cli(sqlite_url, "status", "数学2023-1", "--at", "2026-12-01T10:00:00+08:00", "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert {r["rule"] for r in status["rules"]} >= {"dorm_visit_monthly", "monthly_form"}
    history = {(h["rule"], h["period"]): h for h in status["history"]}
    assert history[("dorm_visit_monthly", "2026-11")] == {
        "rule": "dorm_visit_monthly",
        "period": "2026-11",
        "done": 0,
        "required": 1,
        "due": "2026-11-30",
        "state": "missed",
        "late": False,
    }
    assert ("monthly_form", "2026-10") in history
    assert ("dorm_visit_monthly", "2026-12") not in history  # still open

    text = cli(sqlite_url, "status", "数学2023-1", "--at", "2026-12-01T10:00:00+08:00")
    assert "this semester 0/3" in text.stdout

    before = cli(sqlite_url, "status", "--at", "2025-03-01")
    assert before.returncode == 2
    assert before.stderr.count("\n") == 1 and "before the first semester" in before.stderr


@pytest.mark.parametrize(
    ("rule", "named"),
    [
        ('kinds = ["karaoke"]\nmeasure = "activities"\nrequired = 1\nperiod = "month"', "karaoke"),
        ('kinds = ["seminar"]\nmeasure = "activities"\nrequired = 1\nperiod = "daily"', "daily"),
    ],
)
def test_a_policy_rule_with_an_unknown_kind_or_period_is_one_line_and_exit_2(
    sqlite_url: str, tmp_path: Path, rule: str, named: str
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(f"[rules.my_rule]\n{rule}\n", encoding="utf-8")
    env = {**os.environ, "DATABASE_URL": sqlite_url, "ADVISORBOT_CONFIG": str(policy)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "status"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and named in result.stderr
