"""Chat flows: one module per flow, each exporting `handlers()` for `bot.app`."""
