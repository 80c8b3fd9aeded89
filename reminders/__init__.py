"""The college's rules: policy, semester calendar, holidays, the judge and reminder decisions.

The core modules here (``policy``, ``semester_calendar``, ``holidays``, ``compliance``,
``judge``, ``decisions``, ``duties``) are pure: they import nothing from ``bot``, ``storage``,
``telegram`` or ``sqlalchemy`` (tests/reminders/test_layout.py checks it). The glue that reads
the database or sends lives in ``reminders.jobs``; the reminder texts in ``bot.reminder_texts``.
"""
