"""Telegram through the Bot API (python-telegram-bot): long polling or webhook."""
