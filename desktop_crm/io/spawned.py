"""Run a task in a spawned child process, so that the GUI thread never waits for Python's lock.

DuckDB releases the GIL while a query runs, but everything around it (results becoming Python
objects, pandas aligning them, scoring, clustering) holds it in long C calls, and a worker thread
holding it froze the window for 0.3–1 s at a time on a 2 M-row store. A child process has its own
lock: the parent only waits on a pipe. The task's arguments go to the child, and its result comes
back, pickled with protocol 5: numpy and Arrow buffers (pandas' strings) travel out of band and
are written and read with the lock released; arrays of Python objects go in slices
(`_SlicingPickler`), so that no single pickling call holds the lock for long. (Handed to
`Process` as arguments, a 5 M-customer segmentation was pickled in one call: 86 ms of held lock.) Cancel kills the
child; the temp folder it was given (DuckDB's spill files) is removed whatever the outcome.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import pickle
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from desktop_crm.core.errors import UserError
from desktop_crm.core.progress import Cancelled, CancelledFn, ProgressFn, accepted_hooks
from desktop_crm.i18n import language, set_language

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.05  # how often the parent looks at the cancel flag while the child works
RAW_PIPE = os.name == "posix"  # a pipe end is a file descriptor there (a Windows pipe is a handle)
NICER = 5  # how much lower a child's priority is than the window's (POSIX niceness)
BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # the same on Windows
SLICE_ROWS = 50_000  # object values unpickled per call in the parent (~5 ms of held lock)


def run_spawned(
    fn: Callable[..., Any],
    *args: Any,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    **kwargs: Any,
) -> Any:
    """`fn(*args, progress=..., cancelled=..., **kwargs)` in a fresh process: its result, or its
    exception raised here. `fn` must be a module-level function and its arguments picklable."""
    from desktop_crm.io.store import cache_dir

    context = mp.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    task_in, task_out = context.Pipe(duplex=False)
    root = cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    _remove_orphans(root)
    temp = Path(tempfile.mkdtemp(prefix=f"task-{os.getpid()}-", dir=root))
    setup = (language(), temp, RAW_PIPE)
    child = context.Process(target=_child, args=(sender, task_in, fn, setup), daemon=True)
    feeding = threading.Thread(target=_feed, args=(task_out, (args, kwargs), RAW_PIPE), daemon=True)
    try:
        child.start()
        sender.close()
        task_in.close()
        feeding.start()  # the child reads its arguments once it has started; meanwhile cancel is heard
        said = _Said(getattr(fn, "__name__", "task"), progress)
        return _wait(child, receiver, said, cancelled or (lambda: False), RAW_PIPE)
    finally:
        _stop(child)
        if feeding.ident is not None:
            feeding.join()  # done, or stopped by the child's end (a broken pipe)
        for end in (sender, task_in, task_out, receiver):  # the first two are closed unless the start failed
            end.close()
        shutil.rmtree(temp, ignore_errors=True)


def leave_a_core_for_the_window() -> None:
    """Let pyarrow's readers and the BLAS/OpenMP pools use all cores but one, so that the GUI thread
    always has a core to draw and respond on (on a 2-core laptop the difference is visible). The
    window's process and the child it starts both keep to this."""
    import pyarrow as pa
    from threadpoolctl import threadpool_limits

    cores = max(1, (os.cpu_count() or 2) - 1)
    pa.set_cpu_count(cores)
    pa.set_io_thread_count(max(2, cores))
    threadpool_limits(limits=cores)


def _remove_orphans(root: Path) -> None:
    """Temp folders left by a window process that was killed (its cleanup never ran): DuckDB's
    spills in them can be gigabytes. A folder is named after the process that made it."""
    if os.name != "posix":  # os.kill(pid, 0) only asks on POSIX
        return
    for folder in root.glob("task-*-*"):
        owner = folder.name.split("-")[1]
        if owner.isdigit() and not _running(int(owner)):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


class _Said:
    """What the child says besides its outcome: progress, forwarded; its peak memory, logged."""

    def __init__(self, task: str, progress: ProgressFn | None) -> None:
        self.task, self.forward = task, progress

    def progress(self, fraction: float, text: str) -> None:
        if self.forward is not None:
            self.forward(fraction, text)

    def peak(self, megabytes: float) -> None:
        logger.info("%s: the worker process peaked at %.0f MB", self.task, megabytes)


def _wait(child: Any, receiver: Any, said: _Said, cancelled: CancelledFn, raw: bool) -> Any:
    """Forward the child's progress until it sends its outcome; raise Cancelled when asked to stop."""
    while True:
        if cancelled():
            raise Cancelled
        if not receiver.poll(POLL_SECONDS):
            continue
        try:
            kind, *payload = receiver.recv()
        except EOFError:  # the child ended without a word
            raise _died(child) from None
        if kind == "progress":
            said.progress(*payload)
        elif kind == "peak":
            said.peak(*payload)
        elif kind == "result":
            try:
                return _receive(receiver, *payload, raw=raw)
            except EOFError:  # the child ended half-way through
                raise _died(child) from None
        else:  # "raised"
            raise _rebuilt(*payload)


def _receive(receiver: Any, sizes: list[int], raw: bool) -> Any:
    """What was sent (`_send`): its out-of-band buffers read straight into writable memory with the lock released
    (`Connection.recv_bytes_into` would copy each one again, holding it), then the pickle itself.

    The memory comes from `np.empty`, which leaves it untouched: `bytearray(size)` zeroes it holding the
    lock, 177 ms for a 400 MB block (a frame's float columns, in one 2-D block), a stall of the window."""
    buffers = [np.empty(size, dtype=np.uint8) for size in sizes]
    for buffer in buffers:
        if raw:
            _read_into(receiver.fileno(), buffer)
        elif buffer.size:
            receiver.recv_bytes_into(buffer)
    return pickle.loads(receiver.recv_bytes(), buffers=buffers)


def _read_into(fd: int, buffer: np.ndarray) -> None:
    with open(fd, "rb", buffering=0, closefd=False) as pipe:
        view = memoryview(buffer)
        while view.nbytes:
            got = pipe.readinto(view)
            if not got:
                raise EOFError
            view = view[got:]


def _stop(child: Any) -> None:
    """End the child if it still runs (cancelled, or the parent failed), and reap it: no zombie."""
    if child.pid is None:
        return
    if child.is_alive():
        child.terminate()
        child.join(2)
        if child.is_alive():
            child.kill()
    child.join()
    child.close()


def _died(child: Any) -> Exception:
    """Why the child ended without an outcome: killed by the system (most often out of memory), or a crash."""
    child.join(5)
    if child.exitcode == -getattr(signal, "SIGKILL", 9):
        return MemoryError()
    return RuntimeError(f"the worker process stopped unexpectedly (exit code {child.exitcode})")


def _rebuilt(exc: BaseException, details: str) -> BaseException:
    """The child's exception, with its traceback as a note (the log shows where it really failed)."""
    if not isinstance(exc, (UserError, OSError, MemoryError, Cancelled)):
        exc.add_note(details)
    return exc


# ---------------------------------------------------------------------------------------- the child


def _feed(task_out: Any, task: tuple[tuple, dict], raw: bool) -> None:
    """Send the task's arguments; a child that ended first (killed, crashed) is reported by `_wait`."""
    with contextlib.suppress(OSError, EOFError):
        _send(task_out, "task", task, raw)


def _child(sender: Any, task_in: Any, fn: Callable, setup: tuple[str, Path, bool]) -> None:
    """The child's whole life: read the arguments, run the task with hooks that talk to the pipe,
    send the outcome."""
    from desktop_crm.io import duckdb_engine

    lang, temp, raw = setup
    leave_a_core_for_the_window()  # as in the window's own process: its GUI thread needs a core
    _behind_the_window()
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    set_language(lang)
    duckdb_engine.TEMP_ROOT = temp  # spills where the parent cleans up, even after a kill
    tempfile.tempdir = str(temp)  # so are its other temporary files (an Excel sheet's parts, io.sheets)
    hooks = {"progress": lambda fraction, text: sender.send(("progress", float(fraction), str(text)))}
    hooks["cancelled"] = lambda: False  # the parent kills this process instead
    try:
        _, sizes = task_in.recv()
        args, kwargs = _receive(task_in, sizes, raw)
        task_in.close()
        result = fn(*args, **accepted_hooks(fn, hooks), **kwargs)
    except BaseException as exc:  # every failure goes back to the parent as it is
        _send_failure(sender, exc)
    else:
        if (peak := _peak_mb()) is not None:
            sender.send(("peak", peak))
        _send(sender, "result", result, raw)
    finally:
        sender.close()


def _peak_mb() -> float | None:
    """This process's high-water mark (resident memory), where the system tells it. On Linux from
    /proc (VmHWM): ru_maxrss keeps the parent's across the exec of a spawned child (the window's peak)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes there, KB on Linux


def _behind_the_window() -> None:
    """This process yields the processor to the window's when both want it (a lower priority costs
    nothing on an idle machine): with two of these busy on a 2-core laptop the window still gets its turn."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICER)
    elif os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)


def _exit_with_parent(parent: int) -> None:
    """A child whose window was killed (no Cancel, no cleanup) stops too, instead of working for nobody."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _send(sender: Any, kind: str, value: Any, raw: bool) -> None:
    """`kind` with the sizes of the out-of-band buffers, the buffers as raw bytes, then the pickle."""
    buffers: list[pickle.PickleBuffer] = []
    head = _dumps(value, buffers)
    views = [b.raw() for b in buffers]
    sender.send((kind, [v.nbytes for v in views]))
    for view in views:
        if not raw:
            if view.nbytes:
                sender.send_bytes(view)
            continue
        while view.nbytes:
            view = view[os.write(sender.fileno(), view) :]
    sender.send_bytes(head)


def _send_failure(sender: Any, exc: BaseException) -> None:
    details = "".join(traceback.format_exception(exc))
    try:
        pickle.dumps(exc)
    except Exception:  # an exception that cannot travel: its text does
        exc = RuntimeError(f"{type(exc).__name__}: {exc}")
    with contextlib.suppress(Exception):
        sender.send(("raised", exc, details))


# ---------------------------------------------------------------- arrays of many Python objects


class _SlicingPickler(pickle.Pickler):
    """Pickles a date array as its integers (out of band), and an object array (frame columns and
    indexes of strings) as slices, each rebuilt by its own Python call: the unpickler runs Python code
    between slices, where the parent's worker thread lets the GUI thread have the lock. In one call,
    5 M customer ids held it for about a second."""

    def reducer_override(self, obj: Any) -> Any:
        if not (isinstance(obj, np.ndarray) and obj.size > SLICE_ROWS):
            return NotImplemented
        if obj.dtype.kind in "mM":  # numpy pickles dates in band (their dtype has a unit): 34 MB copied and
            return (_dated, (obj.view(np.int64), obj.dtype.str))  # read holding the lock per 4 M dates
        if obj.dtype != object:
            return NotImplemented
        order = "F" if obj.flags.f_contiguous and not obj.flags.c_contiguous else "C"
        flat = obj.ravel(order=order)
        parts = tuple(_Slice(flat[i : i + SLICE_ROWS].tolist()) for i in range(0, flat.size, SLICE_ROWS))
        return (_joined, (obj.shape, order, *parts))


class _Slice:
    """One slice of values; rebuilding it calls Python code (`_slice`), a point where the lock can pass."""

    def __init__(self, values: list) -> None:
        self.values = values

    def __reduce__(self) -> tuple:
        return (_slice, (self.values,))


def _slice(values: list) -> list:
    return values


def _dated(values: np.ndarray, dtype: str) -> np.ndarray:
    return values.view(dtype)


def _joined(shape: tuple[int, ...], order: str, *parts: list) -> np.ndarray:
    array = np.empty(sum(len(p) for p in parts), dtype=object)
    start = 0
    for part in parts:
        array[start : start + len(part)] = part
        start += len(part)
    return array.reshape(shape, order=order)


def _dumps(result: Any, buffers: list) -> bytes:
    import io

    out = io.BytesIO()
    _SlicingPickler(out, protocol=5, buffer_callback=buffers.append).dump(result)
    return out.getvalue()
