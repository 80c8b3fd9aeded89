"""The glue around the pure rules: read the database, call the judge, send and record.

Unlike the core modules of ``reminders`` these import ``storage`` (and the sweep ``telegram``).
"""
