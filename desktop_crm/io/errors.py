"""The one exception type for input the user has to fix."""


class InputError(Exception):
    """A file or option the user gave cannot be used; the message says why and what to do.

    The CLI prints it as one line and exits 2; the GUI shows it in a dialog.
    """
