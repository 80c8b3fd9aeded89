"""advisorbot: the Telegram side (handlers, application, message understanding, CLI)."""
