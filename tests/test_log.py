"""Unexpected errors are logged with their traceback in the user's log folder; the CLI prints one line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_crm import cli, log


def test_configure_once_writes_to_the_log_folder(isolated_settings: Path) -> None:
    path = log.configure()
    assert path == log.log_path() and path.parent == isolated_settings / "logs"
    assert log.configure() == path
    handlers = [h for h in logging.getLogger("desktop_crm").handlers if h.get_name() == "desktop_crm_file"]
    assert len(handlers) == 1
    logging.getLogger("desktop_crm.test").error("something odd")
    handlers[0].flush()
    assert "something odd" in path.read_text(encoding="utf-8")


def test_a_cli_bug_is_one_line_and_its_traceback_goes_to_the_log(monkeypatch, capsys) -> None:
    def broken(args) -> int:
        raise KeyError("a bug")

    monkeypatch.setattr(cli, "cmd_demo", broken)
    monkeypatch.delenv("DESKTOP_CRM_DEBUG", raising=False)
    assert cli.main(["demo", "-o", "x.xlsx"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "internal error: KeyError" in err and str(log.log_path()) in err
    for handler in logging.getLogger("desktop_crm").handlers:
        handler.flush()
    text = log.log_path().read_text(encoding="utf-8")
    assert "Traceback" in text and "KeyError: 'a bug'" in text


@pytest.fixture(autouse=True)
def _fresh_handler() -> None:
    """Each test's log folder is its own (configure() follows DESKTOP_CRM_LOG_DIR)."""
    yield
    logger = logging.getLogger("desktop_crm")
    for handler in list(logger.handlers):
        if handler.get_name() == "desktop_crm_file":
            logger.removeHandler(handler)
            handler.close()
