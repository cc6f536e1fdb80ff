"""`python -m desktop_crm` starts the desktop app; with arguments it is the `desktop-crm` command."""

import sys

from desktop_crm.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))
