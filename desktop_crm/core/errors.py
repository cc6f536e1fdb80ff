"""The one exception type for input the user has to fix, shared by core and io.

`UserError` is a `ValueError`, so code that already guards a parse with `except ValueError` keeps
working; the GUI's worker and the CLI turn it into a message in one place each. Any other exception
is a bug: it is logged with its traceback and the user sees one line.
"""


class UserError(ValueError):
    """A file, option or value the user gave cannot be used; the message says why and what to do."""
