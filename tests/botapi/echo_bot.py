"""The smallest python-telegram-bot 22 bot: replies to every text message with its text.

A baseline for the benchmarks (how fast can PTB itself answer through `FakeBotApi`?) and
a known-good client for the server's own tests. Long polling; configured by environment:

    TELEGRAM_BOT_TOKEN=...  TELEGRAM_API_BASE_URL=http://127.0.0.1:PORT/bot \
        python -m tests.botapi.echo_bot

Without TELEGRAM_API_BASE_URL it would talk to the real api.telegram.org.
"""

from __future__ import annotations

import logging
import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sends the message's text back to its chat."""
    message = update.message
    if message is not None and message.text:
        await message.reply_text(message.text, do_quote=False)


def build_application(token: str, base_url: str | None = None) -> Application:  # type: ignore[type-arg]
    """The echo bot, pointed at `base_url` (``…/bot``) when given."""
    builder = Application.builder().token(token)
    if base_url:
        base = base_url.rstrip("/")
        # Files live beside the methods: …/bot<token>/… and …/file/bot<token>/…
        file_base = base[: -len("/bot")] + "/file/bot" if base.endswith("/bot") else base + "/file"
        builder = builder.base_url(base).base_file_url(file_base)
    application = builder.build()
    # New messages only: echoing edits would answer one user message twice.
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, echo))
    return application


def main() -> None:
    """Runs until SIGINT/SIGTERM; on the way out PTB confirms the last update it handled."""
    logging.basicConfig(
        level=os.environ.get("ECHO_BOT_LOG_LEVEL", "WARNING"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    application = build_application(token, os.environ.get("TELEGRAM_API_BASE_URL"))
    # poll_interval 0: ask again at once, so a benchmark measures handling, not our pauses.
    application.run_polling(poll_interval=0.0, timeout=10, allowed_updates=[Update.MESSAGE])


if __name__ == "__main__":
    main()
