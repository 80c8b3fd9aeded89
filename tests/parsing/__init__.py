"""Tests of the message-understanding module (bot.parsing)."""
