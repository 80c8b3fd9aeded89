"""`advisorbot doctor`: can the bot run as configured? One checked line per concern.

Each check returns a :class:`Check` (ok, warn or fail, a detail, and for anything not ok the
fix). A warning is something the bot runs with but an operator should know (a holiday
calendar that ends this year, pictures without Chinese labels); a failure means `run` would
not work as configured, and the command exits 1.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final, Literal

from bot.i18n import t

State = Literal["ok", "warn", "fail"]
MARKS: Final = {"ok": "[ok]  ", "warn": "[warn]", "fail": "[FAIL]"}
# A network call of the doctor must answer within this many seconds.
TIMEOUT_SECONDS: Final = 5.0


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report: `topic` and the texts are already in the chosen language."""

    topic: str
    state: State
    detail: str
    fix: str | None = None

    def line(self) -> str:
        text = f"{MARKS[self.state]} {self.topic}: {self.detail}"
        return f"{text} → {self.fix}" if self.fix else text


@dataclass(slots=True)
class Findings:
    """What the checks learnt that later checks use (the token's bot, the settings)."""

    lang: str
    settings: Any = None
    bot_username: str | None = None
    webhook_url: str | None = None
    checks: list[Check] = field(default_factory=list)

    def add(
        self, key: str, state: State, detail_key: str, fix_key: str | None = None, **params: object
    ) -> None:
        lang = self.lang
        self.checks.append(
            Check(
                t(lang, f"doctor.topic.{key}"),
                state,
                t(lang, f"doctor.{detail_key}", **params),
                t(lang, f"doctor.{fix_key}", **params) if fix_key else None,
            )
        )

    @property
    def ok(self) -> bool:
        return all(c.state != "fail" for c in self.checks)


def diagnose(lang: str, *, today: date | None = None) -> Findings:
    """Run every check in order; later ones are skipped when what they need failed."""
    findings = Findings(lang)
    if not _check_configuration(findings):
        return findings
    settings = findings.settings
    _check_database(findings)
    _check_telegram(findings)
    _check_webhook_secret(findings)
    _check_username(findings)
    findings.add(
        "timezone",
        "ok",
        "timezone_ok",
        zone=settings.timezone,
        now=datetime.now(settings.tz).strftime("%Y-%m-%d %H:%M %z"),
    )
    _check_holidays(findings, today or datetime.now(settings.tz).date())
    _check_cjk_font(findings)
    return findings


def _check_configuration(findings: Findings) -> bool:
    from pydantic import ValidationError

    from bot.settings import load_settings
    from reminders.policy import PolicyError, load_policy

    try:
        settings = load_settings()
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error.get("loc", ())) or "?"
        findings.add(
            "config", "fail", "config_bad", "config_fix", where=where, error=error.get("msg", "")
        )
        return False
    findings.settings = settings
    try:
        load_policy(settings.config_path)
    except (PolicyError, OSError) as exc:
        findings.add("config", "fail", "policy_bad", "policy_fix", error=str(exc))
        return False
    policy = (
        str(settings.config_path)
        if settings.config_path
        else t(findings.lang, "doctor.builtin_policy")
    )
    findings.add("config", "ok", "config_ok", policy=policy)
    return True


def _check_database(findings: Findings) -> None:
    from alembic.script import ScriptDirectory
    from sqlalchemy import text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import alembic_config, current_revision, make_engine

    url = make_url(findings.settings.database_url)
    shown = url.render_as_string(hide_password=True)
    kwargs: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": int(TIMEOUT_SECONDS)}
    elif url.database and url.database != ":memory:":
        from pathlib import Path

        # Connecting would create an empty file; say what is missing instead.
        if not Path(url.database).exists():
            findings.add("database", "fail", "db_missing", "db_upgrade_fix", url=shown)
            return
    engine = make_engine(findings.settings.database_url, **kwargs)
    try:
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        revision = current_revision(engine)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        findings.add(
            "database", "fail", "db_unreachable", "db_unreachable_fix", url=shown, error=reason
        )
        return
    finally:
        engine.dispose()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if revision != head:
        findings.add(
            "database",
            "fail",
            "db_behind",
            "db_upgrade_fix",
            url=shown,
            revision=revision or "-",
            head=head,
        )
        return
    findings.add("database", "ok", "db_ok", url=shown, revision=revision)


def _check_telegram(findings: Findings) -> None:
    from telegram.error import InvalidToken, TelegramError

    settings = findings.settings
    secret = settings.telegram_bot_token
    if secret is None or not secret.get_secret_value():
        findings.add("token", "fail", "token_missing", "token_missing_fix")
        return
    try:
        me, webhook = asyncio.run(_get_me_and_webhook(settings))
    except InvalidToken:
        findings.add("token", "fail", "token_rejected", "token_rejected_fix")
        return
    except TelegramError as exc:
        findings.add(
            "token",
            "fail",
            "api_unreachable",
            "api_unreachable_fix",
            error=str(exc) or type(exc).__name__,
        )
        return
    findings.bot_username = me.username
    findings.add("token", "ok", "token_ok", username=me.username, id=me.id)
    findings.webhook_url = webhook.url or None
    if settings.webhook_url:
        if webhook.url == settings.webhook_url:
            findings.add("webhook", "ok", "webhook_set", url=webhook.url)
        else:
            findings.add(
                "webhook",
                "warn",
                "webhook_differs",
                "webhook_differs_fix",
                url=webhook.url or "-",
                wanted=settings.webhook_url,
            )
    elif webhook.url:
        findings.add(
            "webhook", "warn", "webhook_in_polling", "webhook_in_polling_fix", url=webhook.url
        )
    else:
        findings.add("webhook", "ok", "polling_ok")


async def _get_me_and_webhook(settings: Any) -> tuple[Any, Any]:
    from telegram import Bot
    from telegram.request import HTTPXRequest

    kwargs: dict[str, Any] = {}
    if settings.telegram_api_base_url:
        kwargs["base_url"] = settings.telegram_api_base_url.rstrip("/")
    request = HTTPXRequest(
        connect_timeout=TIMEOUT_SECONDS, read_timeout=TIMEOUT_SECONDS, write_timeout=TIMEOUT_SECONDS
    )
    token = settings.telegram_bot_token.get_secret_value()
    async with Bot(token, request=request, **kwargs) as bot:
        # `async with` already called getMe (and raised InvalidToken on 401/404).
        return bot.bot, await bot.get_webhook_info()


def _check_webhook_secret(findings: Findings) -> None:
    settings = findings.settings
    if not settings.webhook_url:
        return
    secret = settings.webhook_secret
    if secret is None or not secret.get_secret_value():
        findings.add("webhook_secret", "fail", "secret_missing", "secret_missing_fix")
    else:
        findings.add("webhook_secret", "ok", "secret_ok")


def _check_username(findings: Findings) -> None:
    configured = findings.settings.bot_username
    configured = configured.lstrip("@") if configured else None
    actual = findings.bot_username
    if configured and actual and configured.lower() != actual.lower():
        findings.add(
            "username",
            "fail",
            "username_differs",
            "username_differs_fix",
            configured=configured,
            actual=actual,
        )
    elif configured:
        findings.add("username", "ok", "username_configured", username=configured)
    elif actual:
        findings.add("username", "ok", "username_from_getme", username=actual)
    else:
        findings.add("username", "warn", "username_unknown", "username_unknown_fix")


def _check_holidays(findings: Findings, today: date) -> None:
    import chinese_calendar

    years = (today.year, today.year + 1)
    unknown = [y for y in years if not _calendar_knows(chinese_calendar.is_holiday, y)]
    version = getattr(chinese_calendar, "__version__", "?")
    listed = ", ".join(str(y) for y in unknown)
    if unknown and all(_holidays_knows(y) for y in unknown):
        findings.add(
            "holidays", "warn", "holidays_partial", "holidays_fix", years=listed, version=version
        )
    elif unknown:
        findings.add(
            "holidays", "warn", "holidays_missing", "holidays_fix", years=listed, version=version
        )
    else:
        findings.add(
            "holidays", "ok", "holidays_ok", years=f"{years[0]}–{years[1]}", version=version
        )


def _holidays_knows(year: int) -> bool:
    """Whether the `holidays` package lists China's public holidays for `year` (the fallback
    reminders/holidays.py uses after chinese-calendar's last year)."""
    from reminders.holidays import _holidays_package_year

    return bool(_holidays_package_year(year)[0])


def _calendar_knows(is_holiday: Callable[[date], bool], year: int) -> bool:
    try:
        is_holiday(date(year, 10, 1))
    except NotImplementedError:
        return False
    return True


def _check_cjk_font(findings: Findings) -> None:
    from bot.documents import status_grid

    font = status_grid.cjk_font()
    if font is not None:
        findings.add("font", "ok", "font_ok", font=font)
        return
    if _system_has_cjk_font():
        # Installed after matplotlib's first run: its cached font list does not have it yet.
        rebuild_font_cache()
        status_grid.cjk_font.cache_clear()
        font = status_grid.cjk_font()
        if font is not None:
            findings.add("font", "ok", "font_rebuilt", font=font)
            return
    findings.add("font", "warn", "font_missing", "font_fix")


def _system_has_cjk_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    result = subprocess.run(
        [fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=30, check=False
    )
    return bool(result.stdout.strip())


def rebuild_font_cache() -> None:
    """Rescan the fonts and rewrite matplotlib's cache file, for this and later processes."""
    from matplotlib import font_manager

    # matplotlib's own (private) cache rebuild; its stubs do not declare it.
    manager = font_manager._load_fontmanager(try_read_cache=False)  # type: ignore[attr-defined]
    font_manager.fontManager = manager
    font_manager.findfont = manager.findfont
