"""The message catalogue: user-facing text in Chinese and English, looked up by key.

Each language has TOML files under `bot/locales/<lang>/`; every file holds one area's
messages (cli, chat, reminders, forms) and keys are `file.key`. Placeholders use
str.format syntax. A test checks that both languages have the same keys and placeholders.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All messages of a language, flattened to `area.key` (loaded once, on first use)."""
    root = Path(__file__).resolve().parent / "locales" / lang
    messages: dict[str, str] = {}
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            area = entry.name.removesuffix(".toml")
            _flatten(area, tomllib.loads(entry.read_text(encoding="utf-8")), messages)
    return messages


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, str]) -> None:
    for key, value in table.items():
        name = f"{prefix}.{key}"
        if isinstance(value, dict):
            _flatten(name, value, out)
        else:
            out[name] = str(value)


def normalise_language(code: str | None) -> str:
    """Map a stored choice or a Telegram language_code ("en-US", "zh-hans") to zh or en."""
    if code and code.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def t(lang: str | None, key: str, /, **params: object) -> str:
    """The message `key` in `lang` (Chinese when unknown), with placeholders filled in."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    template = catalogue(lang).get(key)
    if template is None:
        template = catalogue(DEFAULT_LANGUAGE).get(key)
    if template is None:
        raise KeyError(f"message {key!r} is not in the catalogue")
    return template.format(**params) if params else template
