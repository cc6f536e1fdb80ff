"""Where unexpected errors go: a log file in the user's log folder, with the traceback.

Every module logs through `logging.getLogger(__name__)`; the app and the CLI call `configure()` once
at start, which sends the package's records to a small rotating file. The user sees one line; the
file keeps the details a bug report needs. DESKTOP_CRM_LOG_DIR overrides the folder (tests, portable
installs).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "desktop_crm.log"
_HANDLER_NAME = "desktop_crm_file"


def log_dir() -> Path:
    """The user's log folder for the app (platformdirs), or DESKTOP_CRM_LOG_DIR."""
    from platformdirs import user_log_dir

    return Path(os.environ.get("DESKTOP_CRM_LOG_DIR") or user_log_dir("desktop-crm", appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_NAME


def configure(level: int = logging.INFO) -> Path | None:
    """Send the package's log records to the log file, once; None when the folder cannot be written
    (a read-only profile must not stop the app)."""
    logger = logging.getLogger("desktop_crm")
    path = log_path()
    for handler in logger.handlers:
        if handler.get_name() == _HANDLER_NAME:
            if Path(getattr(handler, "baseFilename", "")) == path.resolve():
                return path
            logger.removeHandler(handler)  # the folder changed (a test, a portable install)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path
