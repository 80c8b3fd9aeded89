"""The shipped deployment files are valid as shipped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "advisorbot.service"


def test_systemd_unit_runs_as_its_own_user_and_restarts_on_failure() -> None:
    lines = {
        line.split("=", 1)[0]: line.split("=", 1)[1]
        for line in UNIT.read_text().splitlines()
        if "=" in line and not line.startswith("#")
    }
    assert lines["User"] == "advisorbot" and lines["Restart"] == "on-failure"
    assert lines["EnvironmentFile"] == "/etc/advisorbot/advisorbot.env"
    assert lines["ExecStart"].endswith("advisorbot run")
    assert lines["ExecStartPre"].endswith("advisorbot db upgrade")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_unit_verifies(tmp_path: Path) -> None:
    # Point the unit at this checkout's virtualenv so systemd can check the executables.
    venv_bin = Path(sys.executable).parent
    unit = tmp_path / "advisorbot.service"
    unit.write_text(UNIT.read_text().replace("/opt/advisorbot/.venv/bin", str(venv_bin)))
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr


def test_no_container_files_without_a_container_engine() -> None:
    # deploy/README.md explains: no engine could build and run images on the CI machine.
    shipped = {p.name for p in ROOT.iterdir()} | {p.name for p in (ROOT / "deploy").iterdir()}
    assert not shipped & {"Dockerfile", "Containerfile", "compose.yaml", "docker-compose.yml"}


def test_env_example_parses_and_names_every_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.settings import Settings

    for name in list(os.environ):
        if name.startswith(("ADVISORBOT_", "TELEGRAM_", "DATABASE_URL")):
            monkeypatch.delenv(name)
    example = ROOT / ".env.example"
    settings = Settings(_env_file=example)  # type: ignore[call-arg]
    assert settings.database_url.startswith("postgresql://") and settings.log_format == "text"
    text = example.read_text()
    for field in Settings.model_fields.values():
        names = [n for n in field.validation_alias.choices if isinstance(n, str) and n.isupper()]  # type: ignore[union-attr]
        assert any(n in text for n in names), names
