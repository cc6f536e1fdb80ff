"""Tasks in a child process (io/spawned.py): the result equals the task run in this process, progress
arrives, errors keep their kind and message, and cancel kills the child, reaps it and removes its
temp folder. The tasks below are module-level so the spawned child can import them."""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import pickle
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_crm.core.errors import UserError
from desktop_crm.core.progress import Cancelled
from desktop_crm.core.segmentation import SegmentSettings
from desktop_crm.io import duckdb_engine, spawned, store
from desktop_crm.pipeline import write_demo_files

pytest.importorskip("duckdb")


def report_then_wait(marker: str, *, progress, cancelled) -> None:
    """Leaves a spill file where DuckDB would, says where it runs, then works until it is killed."""
    (duckdb_engine.TEMP_ROOT / "spill.tmp").write_bytes(b"x" * 1024)
    progress(0.5, f"{os.getpid()} {duckdb_engine.TEMP_ROOT} {marker}")
    time.sleep(120)


def refuse(*, progress, cancelled) -> None:
    raise UserError("no transactions before that date")


def crash(*, progress, cancelled) -> None:
    raise KeyError("a bug")


def crash_free() -> int:
    return 1


def die(*, progress, cancelled) -> None:
    os._exit(3)


def niceness() -> int:
    return os.nice(0)


def digest(frame: pd.DataFrame, wide: np.ndarray) -> tuple:
    """What the child received, summed up."""
    return frame.shape, list(frame.index[:3]), float(frame["spend"].sum()), wide.shape, str(wide[-1, -1])


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DESKTOP_CRM_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    tx, _ = write_demo_files(folder / "demo", customers=300, seed=5)
    return store.import_to_store(tx, folder / "store").transactions


@pytest.mark.parametrize("raw", [True, False])  # buffers as raw bytes (POSIX) or framed messages (Windows)
def test_a_segmentation_in_a_child_equals_the_one_in_this_process(
    cache: Path, small_store: Path, raw: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spawned, "RAW_PIPE", raw)
    settings = SegmentSettings(clusters=True, clv=False)
    here = duckdb_engine.segment_store(small_store, None, settings)
    seen: list[tuple[float, str]] = []
    task = duckdb_engine.segment_store
    there = spawned.run_spawned(task, small_store, None, settings, progress=lambda *a: seen.append(a))
    pd.testing.assert_frame_equal(there.customers, here.customers)
    pd.testing.assert_frame_equal(there.cutoffs, here.cutoffs)
    assert there.thresholds == here.thresholds and there.as_of == here.as_of
    assert seen and seen[-1][0] == 1.0 and [f for f, _ in seen] == sorted(f for f, _ in seen)
    assert not list(cache.glob("task-*"))  # its temp folder went with it


def test_cancel_kills_the_child_and_removes_its_temp_folder(cache: Path) -> None:
    said: list[str] = []
    heard = lambda _f, text: said.append(text)  # noqa: E731
    with pytest.raises(Cancelled):
        spawned.run_spawned(report_then_wait, "m", progress=heard, cancelled=lambda: bool(said))
    pid, temp, _ = said[0].split()
    assert not Path(temp).exists() and not list(cache.glob("task-*"))
    assert not mp.active_children()
    with pytest.raises(ChildProcessError):  # reaped: not even a zombie is left
        os.waitpid(int(pid), os.WNOHANG)


def test_errors_come_back_with_their_kind(cache: Path) -> None:
    with pytest.raises(UserError, match="no transactions before that date"):
        spawned.run_spawned(refuse)
    with pytest.raises(KeyError) as raised:
        spawned.run_spawned(crash)
    assert any("in crash" in note for note in raised.value.__notes__)  # where it failed in the child
    with pytest.raises(RuntimeError, match="exit code 3"):
        spawned.run_spawned(die)
    assert not list(cache.glob("task-*"))


def test_object_arrays_travel_in_slices_and_come_back_equal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spawned, "SLICE_ROWS", 7)
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(
        {
            "customer_id": pd.Index([f"C{i:05d}" for i in rng.permutation(50)], dtype=object),
            "segment": pd.Categorical(rng.choice(["VIP", "Lost"], 50)),
            "spend": rng.random(50),
            "note": pd.Series([None if i % 5 else f"n{i}" for i in range(50)], dtype=object),
            "mixed": pd.Series([i if i % 2 else f"o{i}" for i in range(50)], dtype=object),
            "text": [f"t{i}" for i in range(50)],  # Arrow-backed strings: buffers, no slices
        }
    ).set_index("customer_id")
    wide = np.asfortranarray(np.array([[f"{i},{j}" for j in range(9)] for i in range(4)], dtype=object))
    buffers: list = []
    head = spawned._dumps((frame, wide), buffers)
    slices: list[int] = []
    monkeypatch.setattr(spawned, "_slice", lambda values: slices.append(len(values)) or values)
    back, wide_back = pickle.loads(head, buffers=[bytearray(b.raw()) for b in buffers])
    assert max(slices) == 7 and sum(slices) >= 3 * 50 + wide.size  # every long object array, in slices
    pd.testing.assert_frame_equal(back, frame)
    assert (wide_back == wide).all() and wide_back.shape == wide.shape
    back.loc[back.index[0], "spend"] = 2.0  # numbers arrive in writable memory


@pytest.mark.skipif(not hasattr(os, "nice"), reason="POSIX priorities")
def test_the_child_yields_the_processor_to_the_window(cache: Path) -> None:
    assert spawned.run_spawned(niceness) == min(os.nice(0) + spawned.NICER, 19)


@pytest.mark.skipif(sys.platform == "win32", reason="no resource module: the peak is not known there")
def test_the_childs_peak_memory_is_logged(cache: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="desktop_crm.io.spawned")
    frame = pd.DataFrame({"spend": np.ones(1_000)}, index=pd.Index([f"C{i}" for i in range(1_000)], dtype=object))
    spawned.run_spawned(digest, frame, np.array([["a"]], dtype=object))
    peak = re.search(r"digest: the worker process peaked at (\d+) MB", caplog.text)
    assert peak and 10 < int(peak.group(1)) < 2_000


def test_dates_travel_out_of_band_and_come_back_equal(monkeypatch: pytest.MonkeyPatch) -> None:
    """numpy pickles datetime64 and timedelta64 arrays into the pickle itself (copied and read holding
    the lock); they go as their integers, apart, and come back with their unit, NaT and layout."""
    monkeypatch.setattr(spawned, "SLICE_ROWS", 7)
    n = 2_000
    seconds = np.arange(n) * 86_400 + 1_700_000_000
    frame = pd.DataFrame(
        {
            "first": seconds.astype("datetime64[s]"),
            "last": pd.Series(seconds.astype("datetime64[s]")).where(np.arange(n) % 3 > 0),  # NaT among dates
            "stamp": pd.to_datetime(seconds, unit="s"),  # nanoseconds
            "gap": pd.to_timedelta(np.arange(n), unit="D"),
            "zoned": pd.to_datetime(seconds, unit="s", utc=True),
        }
    )
    block = np.asfortranarray(np.stack([seconds, seconds + 1]).T.astype("datetime64[ms]"))
    strided = seconds.astype("datetime64[D]")[::2]  # not contiguous
    buffers: list = []
    head = spawned._dumps((frame, block, strided), buffers)
    assert len(head) < 8 * n  # no column of dates inside the pickle (the strided one is, copied: 8 KB)
    back, block_back, strided_back = pickle.loads(head, buffers=[bytearray(b.raw()) for b in buffers])
    pd.testing.assert_frame_equal(back, frame)
    assert block_back.dtype == block.dtype and block_back.flags.f_contiguous and (block_back == block).all()
    assert strided_back.dtype == strided.dtype and (strided_back == strided).all()


@pytest.mark.parametrize("raw", [True, False])
def test_arguments_go_to_the_child_out_of_band(cache: Path, monkeypatch: pytest.MonkeyPatch, raw: bool) -> None:
    """The task's arguments are not pickled into the process start (one call holding the lock) but
    sent like results: buffers apart, object arrays in slices; the child gets them intact."""
    monkeypatch.setattr(spawned, "RAW_PIPE", raw)
    monkeypatch.setattr(spawned, "SLICE_ROWS", 1000)
    sent: list[str] = []
    send = spawned._send
    monkeypatch.setattr(spawned, "_send", lambda conn, kind, *rest: sent.append(kind) or send(conn, kind, *rest))
    rng = np.random.default_rng(4)
    frame = pd.DataFrame(
        {"spend": rng.random(200_000)}, index=pd.Index([f"C{i}" for i in range(200_000)], dtype=object)
    )
    wide = np.array([[f"{i},{j}" for j in range(3)] for i in range(2_000)], dtype=object)
    got = spawned.run_spawned(digest, frame, wide)
    assert got == ((200_000, 1), ["C0", "C1", "C2"], float(frame["spend"].sum()), (2_000, 3), "1999,2")
    assert sent == ["task"]  # and the result came back through the child's own _send


def test_cancel_while_the_child_still_starts(cache: Path) -> None:
    frame = pd.DataFrame({"spend": np.ones(2_000_000)})
    with pytest.raises(Cancelled):
        spawned.run_spawned(digest, frame, np.zeros((1, 1), dtype=object), cancelled=lambda: True)
    assert not list(cache.glob("task-*"))


PARENT = """
import sys
from desktop_crm.io.spawned import run_spawned
from tests.test_spawned import report_then_wait
if __name__ == "__main__":
    run_spawned(report_then_wait, "m", progress=lambda _f, text: print(text, flush=True))
"""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_a_child_whose_parent_is_killed_stops(cache: Path, tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env, cwd=root)
    child = int(parent.stdout.readline().split()[0])
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 30
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(child)
    assert list(cache.glob(f"task-{parent.pid}-*"))  # nobody cleaned up after the killed parent...
    spawned.run_spawned(crash_free)
    assert not list(cache.glob("task-*"))  # ...so the next task does


def _alive(pid: int) -> bool:
    """Running (a zombie whose parent is gone is reaped by init, so it does not count)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def temp_folder(*, progress, cancelled) -> str:
    return tempfile.gettempdir()


def test_the_childs_temporary_files_go_where_its_parent_removes_them(cache: Path) -> None:
    """An Excel sheet's parts (io.sheets) are temporary files: a killed child must not leave them."""
    folder = Path(spawned.run_spawned(temp_folder))
    assert folder.parent == cache and folder.name.startswith("task-") and not folder.exists()
