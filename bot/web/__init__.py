"""The college's dashboard: a Starlette app served by `advisorbot run` and `advisorbot web`."""
