"""The web port: dashboard (bot/web/app.py) and health routes (bot/web/health.py)."""
