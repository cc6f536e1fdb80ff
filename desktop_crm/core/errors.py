"""The one exception type for input the user has to fix, shared by core and io.

`UserError` is a `ValueError`, so code that already guards a parse with `except ValueError` keeps
working; the GUI's worker and the CLI turn it into a message in one place each. Any other exception
is a bug: it is logged with its traceback and the user sees one line.
"""

from __future__ import annotations


class UserError(ValueError):
    """A file, option or value the user gave cannot be used; the message says why and what to do.

    The CLI prints it as one line and exits 2; the GUI shows it in a dialog. The message never names a
    command-line option: `fix` says, in a structured way, which choice would fix it (e.g.
    ("map", "date") for a column the user has to point at), and the CLI turns that into its own hint.
    """

    def __init__(self, message: object = "", fix: tuple[str, str] | None = None) -> None:
        super().__init__(message)
        self.fix = fix

    def located(self, where: str) -> UserError:
        """The same error, prefixed with the file (and sheet) it is about."""
        return UserError(f"{where}: {self}", self.fix)
