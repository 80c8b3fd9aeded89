"""The bot's configuration: one frozen object built from the environment (and `.env`) in main()."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///advisorbot.sqlite3"
_SURVEY_KEY_LABEL = b"advisorbot survey respondent key v1"


class Settings(BaseSettings):
    """Everything the contract lets a deployment configure (see README, "Configuration")."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
        populate_by_name=True,
    )

    telegram_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN", "telegram_bot_token")
    )
    telegram_api_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("TELEGRAM_API_BASE_URL", "telegram_api_base_url"),
    )
    database_url: str = Field(
        default=DEFAULT_DATABASE_URL, validation_alias=AliasChoices("DATABASE_URL", "database_url")
    )
    timezone: str = Field(
        default="Asia/Shanghai", validation_alias=AliasChoices("ADVISORBOT_TIMEZONE", "timezone")
    )
    admins: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), validation_alias=AliasChoices("ADVISORBOT_ADMINS", "admins")
    )
    config_path: Path | None = Field(
        default=None, validation_alias=AliasChoices("ADVISORBOT_CONFIG", "config_path")
    )
    # Language of the command line's own output: "zh" (default) or "en".
    language: str = Field(
        default="zh", validation_alias=AliasChoices("ADVISORBOT_LANGUAGE", "language")
    )
    # The bot's @username, for deep links printed by `advisorbot invite` (optional).
    bot_username: str | None = Field(
        default=None, validation_alias=AliasChoices("ADVISORBOT_BOT_USERNAME", "bot_username")
    )
    # Telegram allows about 30 messages a second overall; the rate limiter keeps under it.
    rate_limit_per_second: float = Field(
        default=30,
        validation_alias=AliasChoices("ADVISORBOT_RATE_LIMIT", "rate_limit_per_second"),
    )
    # Updates handled at once (one at a time per chat, in order); 1 handles strictly serially.
    # Four replies in flight at 100-200 ms each make 20-40 a second, about Telegram's limit of
    # 30; more only grow httpx's connection pool, whose bookkeeping on every request grows
    # with its size (measured: 8 cost ~15% more CPU per update than 1-4; bench/README.md).
    concurrent_updates: int = Field(
        default=4,
        ge=1,
        validation_alias=AliasChoices("ADVISORBOT_CONCURRENT_UPDATES", "concurrent_updates"),
    )
    # Webhook mode (an addition to the contract, documented in the README): when a public
    # URL is set the bot serves a webhook instead of long polling.
    webhook_url: str | None = Field(
        default=None, validation_alias=AliasChoices("ADVISORBOT_WEBHOOK_URL", "webhook_url")
    )
    webhook_secret: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("ADVISORBOT_WEBHOOK_SECRET", "webhook_secret"),
    )
    webhook_listen: str = Field(
        default="127.0.0.1",
        validation_alias=AliasChoices("ADVISORBOT_WEBHOOK_LISTEN", "webhook_listen"),
    )
    webhook_port: int = Field(
        default=8443, validation_alias=AliasChoices("ADVISORBOT_WEBHOOK_PORT", "webhook_port")
    )

    # Key of the keyed hash that stands for a student in the survey tables. When unset it is
    # derived from the bot token (HMAC-SHA256 with a fixed label), so changing the token
    # then also changes the hashes: set it to keep "answering again replaces" across that.
    secret_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("ADVISORBOT_SECRET_KEY", "secret_key")
    )

    # Logging (issue 19): level name and "text" or "json" (one JSON object per line).
    log_level: str = Field(
        default="INFO", validation_alias=AliasChoices("ADVISORBOT_LOG_LEVEL", "log_level")
    )
    log_format: str = Field(
        default="text", validation_alias=AliasChoices("ADVISORBOT_LOG_FORMAT", "log_format")
    )

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError("ADVISORBOT_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value.upper()

    @field_validator("log_format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        if value.lower() not in ("text", "json"):
            raise ValueError("ADVISORBOT_LOG_FORMAT must be text or json")
        return value.lower()

    # The dashboard's web server (also /healthz and /readyz); port 0 turns it off.
    web_listen: str = Field(
        default="127.0.0.1", validation_alias=AliasChoices("ADVISORBOT_WEB_LISTEN", "web_listen")
    )
    web_port: int = Field(
        default=8080,
        ge=0,
        le=65535,
        validation_alias=AliasChoices("ADVISORBOT_WEB_PORT", "web_port"),
    )
    # The dashboard's public base URL (for the links `/web` and `web-link` give out).
    web_url: str | None = Field(
        default=None, validation_alias=AliasChoices("ADVISORBOT_WEB_URL", "web_url")
    )

    @field_validator("admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            try:
                return frozenset(int(p) for p in parts if p)
            except ValueError as exc:
                raise ValueError(
                    "ADVISORBOT_ADMINS must be comma-separated numeric Telegram user ids"
                ) from exc
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:  # a KeyError pydantic would not catch
            raise ValueError(f"unknown time zone {value!r}; use a name like Asia/Shanghai") from exc
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def survey_key(self) -> bytes:
        """The HMAC key for survey respondents: ADVISORBOT_SECRET_KEY, else derived from the
        bot token with a fixed label (never the token itself)."""
        if self.secret_key is not None and self.secret_key.get_secret_value():
            return self.secret_key.get_secret_value().encode()
        token = self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else ""
        return hmac.new(token.encode(), _SURVEY_KEY_LABEL, hashlib.sha256).digest()

    @property
    def web_base_url(self) -> str:
        """The dashboard's public base URL, without a trailing slash."""
        if self.web_url:
            return self.web_url.rstrip("/")
        host = f"[{self.web_listen}]" if ":" in self.web_listen else self.web_listen
        return f"http://{host}:{self.web_port}"


def load_settings(**overrides: Any) -> Settings:
    """Build the settings from the environment and `.env`, with explicit overrides on top."""
    return Settings(**overrides)
