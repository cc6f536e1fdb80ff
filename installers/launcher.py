"""The bundle's entry point: the window without arguments, the `desktop-crm` commands with them.

`DesktopCRM` opens the app; `DesktopCRM segment sales.csv -o out.xlsx` or `DesktopCRM smoke-test`
run the command line of the same build.
"""

import sys

from desktop_crm.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))
