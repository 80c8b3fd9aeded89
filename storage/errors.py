"""Errors the storage services raise for expected situations; callers turn them into replies."""


class InputError(ValueError):
    """Input that cannot be accepted as given (bad file, bad date, duplicate, …).

    The message is one line that says what is wrong and how to fix it.
    """


class NotFound(LookupError):
    """A class, person or semester named by the user does not exist."""


class Ambiguous(LookupError):
    """A short name matches several classes; the message lists them."""
