"""Outputs under faults: folders, read-only files and mounts, full disks, size limits, paired files."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.core.targets import TargetList, TargetSpec
from desktop_crm.io import pairs, writers
from desktop_crm.io.errors import InputError
from desktop_crm.io.targets_export import control_path, read_sent_list, write_target_list
from tests.test_hostile_inputs import GOOD, fails


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_output_to_a_folder(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out.csv").mkdir()
    fails(capsys, ["import", good, "-o", tmp_path / "out.csv"], "is a folder")


def test_a_read_only_output_is_not_replaced(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    out.write_text("keep me", encoding="utf-8")
    out.chmod(0o444)
    fails(capsys, ["import", good, "-o", out], "read-only; it was not replaced")
    assert out.read_text(encoding="utf-8") == "keep me" and not _leftovers(tmp_path)


@pytest.mark.parametrize(
    ("error", "message"),
    [(errno.EROFS, "Read-only file system"), (errno.EACCES, "permission denied")],
)
def test_a_read_only_folder_or_mount(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, error: int,
    message: str,
) -> None:  # fmt: skip
    def refuse(*args: object, **kwargs: object) -> None:
        raise (PermissionError if error == errno.EACCES else OSError)(error, os.strerror(error))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    fails(capsys, ["import", good, "-o", tmp_path / "out.csv"], message)


def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")

    def full(frame: pd.DataFrame, path: Path) -> None:
        path.write_text("half", encoding="utf-8")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writers, "write_csv", full)
    fails(capsys, ["import", good, "-o", out], "No space left on device")
    assert out.read_text(encoding="utf-8") == "old" and not _leftovers(tmp_path)


def test_a_file_size_limit_is_one_line_not_a_killed_process(tmp_path: Path, good: Path) -> None:
    """RLIMIT_FSIZE sends SIGXFSZ, which kills a process unless it is ignored; then writes fail with EFBIG."""
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (300, 300))\n"
        "from desktop_crm.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    out = tmp_path / "out.xlsx"
    done = subprocess.run(
        [sys.executable, "-c", code, "import", str(good), "-o", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [f"desktop-crm: error: {out}: cannot be written (File too large)"]
    assert not out.exists() and not _leftovers(tmp_path)


# --------------------------------------------------------------------------- a list and its control file


def _list(ids: list[str]) -> TargetList:
    customers = pd.DataFrame({"customer_id": ids, "group": ["target"] * (len(ids) - 1) + ["control"]})
    empty = pd.DataFrame({"customer_id": [], "reason": []})
    return TargetList(TargetSpec(name="t"), pd.Timestamp("2024-06-01"), customers, empty, empty)


def _ids(path: Path) -> list[str]:
    return read_sent_list(path)["customer_id"].tolist()


@pytest.fixture
def old_pair(tmp_path: Path) -> Path:
    out = tmp_path / "list.csv"
    write_target_list(_list(["a1", "a2", "a3"]), out)
    assert _ids(out) == ["a1", "a2"] and _ids(control_path(out)) == ["a3"]
    return out


def test_a_failure_writing_the_control_file_keeps_the_old_pair(old_pair: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = writers.write_csv
    calls: list[Path] = []

    def second_fails(frame: pd.DataFrame, path: Path, *args: object) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(frame, path, *args)

    monkeypatch.setattr("desktop_crm.io.targets_export.write_csv", second_fails)
    with pytest.raises(InputError, match="No space left"):
        write_target_list(_list(["b1", "b2", "b3"]), old_pair, overwrite=True)
    assert _ids(old_pair) == ["a1", "a2"] and _ids(control_path(old_pair)) == ["a3"]
    assert not _leftovers(old_pair.parent)


def test_a_failure_between_the_two_renames_puts_the_old_pair_back(
    old_pair: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.replace
    placed: list[str] = []

    def fail_on_second_placement(src: str | Path, dst: str | Path) -> None:
        if str(src).endswith(".tmp"):
            placed.append(str(dst))
            if len(placed) == 2:
                raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(src, dst)

    monkeypatch.setattr(os, "replace", fail_on_second_placement)
    with pytest.raises(InputError, match="Input/output error"):
        write_target_list(_list(["b1", "b2", "b3"]), old_pair, overwrite=True)
    monkeypatch.undo()
    assert _ids(old_pair) == ["a1", "a2"] and _ids(control_path(old_pair)) == ["a3"]
    assert not _leftovers(old_pair.parent)


def test_a_second_run_while_the_pair_is_written_is_refused(old_pair: Path) -> None:
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        pairs.lock_path(old_pair).write_text(str(writer.pid), encoding="ascii")
        with pytest.raises(InputError, match="being written by another run"):
            write_target_list(_list(["b1", "b2", "b3"]), old_pair, overwrite=True)
        with pytest.raises(InputError, match="is being written, or its writing was interrupted"):
            read_sent_list(control_path(old_pair))
    finally:
        writer.kill()
        writer.wait()
    write_target_list(_list(["b1", "b2", "b3"]), old_pair, overwrite=True)
    assert _ids(old_pair) == ["b1", "b2"] and _ids(control_path(old_pair)) == ["b3"]


def test_a_run_killed_between_the_renames_is_undone_by_the_next_one(old_pair: Path) -> None:
    """The dead run had moved the old pair aside and placed only its new list."""
    control = control_path(old_pair)
    for dest in (old_pair, control):
        os.replace(dest, dest.with_name(f".{dest.name}.old"))
    old_pair.write_text("customer_id\nhalf-written-run\n", encoding="utf-8")
    pairs.lock_path(old_pair).write_text(f"{2**22 + 12345}\n{pairs.PLACING}", encoding="ascii")  # no such pid
    with pytest.raises(InputError, match="its writing was interrupted"):
        read_sent_list(old_pair)
    with pytest.raises(InputError, match="already exists"):  # recovery happens under the writer's lock only
        write_target_list(_list(["b1", "b2", "b3"]), old_pair)
    write_target_list(_list(["b1", "b2", "b3"]), old_pair, overwrite=True)
    assert _ids(old_pair) == ["b1", "b2"] and _ids(control) == ["b3"]
    assert not _leftovers(old_pair.parent)


def test_an_interrupted_write_leaves_no_temporary_file(old_pair: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("desktop_crm.io.targets_export.write_csv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_target_list(_list(["b1", "b2", "b3"]), old_pair, overwrite=True)
    assert _ids(old_pair) == ["a1", "a2"] and not _leftovers(old_pair.parent)


def test_sigterm_while_writing_removes_the_temporary_file(tmp_path: Path) -> None:
    """SIGTERM becomes an interruption, so the partly written output is removed on the way out."""
    rows = "\n".join(f"{i % 5000},2024-0{i % 9 + 1}-1{i % 9},{i % 1000}.5" for i in range(300_000))
    (tmp_path / "big.csv").write_text("card,date,amount\n" + rows + "\n", encoding="utf-8")
    out = tmp_path / "out.xlsx"
    cli = [sys.executable, "-m", "desktop_crm", "import", str(tmp_path / "big.csv"), "-o", str(out), "-q"]
    writer = subprocess.Popen(cli, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not _leftovers(tmp_path) and writer.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if writer.poll() is not None:
        pytest.skip("the export finished before it could be interrupted")
    writer.send_signal(signal.SIGTERM)
    _, err = writer.communicate(timeout=60)
    assert writer.returncode == 130 and err.strip() == "desktop-crm: interrupted"
    assert not out.exists() and not _leftovers(tmp_path)
