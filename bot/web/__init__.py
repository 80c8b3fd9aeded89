"""The web port: the college's dashboard (bot/web/app.py, served by `advisorbot run` and
`advisorbot web`) and the health routes (bot/web/health.py)."""
