"""A local Telegram Bot API server (our own) for end-to-end tests and benchmarks.

`FakeBotApi` listens on 127.0.0.1 and speaks enough of the Bot API over real HTTP that an
unmodified python-telegram-bot process can long-poll it, send to it and be tested against it.
"""

from tests.botapi.server import ApiError, Call, FakeBotApi, UpdateTiming, UploadedFile

__all__ = ["ApiError", "Call", "FakeBotApi", "UpdateTiming", "UploadedFile"]
