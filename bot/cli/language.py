"""The one language of a command-line run: `--lang`, else ADVISORBOT_LANGUAGE, else Chinese."""

from __future__ import annotations

import os
from pathlib import Path

from bot.i18n import LANGUAGES, normalise_language

_chosen: str | None = None


def choose(lang: str | None) -> None:
    """Fix the run's language (from `--lang`), for every message after this."""
    global _chosen
    _chosen = normalise_language(lang) if lang else None


def cli_language() -> str:
    """The run's language; read without the full settings, so it works when they are broken."""
    if _chosen is not None:
        return _chosen
    value = os.environ.get("ADVISORBOT_LANGUAGE")
    if value is None:
        value = _dotenv_language()
    return value if value in LANGUAGES else normalise_language(value)


def _dotenv_language() -> str | None:
    try:
        lines = Path(".env").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for line in lines:
        key, sep, value = line.partition("=")
        if sep and key.strip() in ("ADVISORBOT_LANGUAGE", "export ADVISORBOT_LANGUAGE"):
            return value.strip().strip("'\"")
    return None
