"""Files that belong together (a target list and its control group) are replaced together or not at all.

A rename is atomic for one file only, so a pair needs more:
- a lock file beside the pair (`.NAME.lock`, created exclusively, holding the writer's process id)
  makes a second run wait its turn: it is refused while the first one writes, so two runs can
  never leave a list from one and a control file from the other. Readers of a sent list check
  the same lock and refuse a pair that is being replaced;
- both files are written to temporary files in the destination folder first; only when both are
  complete are the old files moved aside, the new ones renamed in and the old ones deleted. Any
  failure before the end puts the old files back;
- a run killed in the middle leaves its lock; the next writer sees that the process is gone,
  puts back any old file that had been moved aside and removes the leftovers before it starts.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from desktop_crm.i18n import tr
from desktop_crm.io.errors import InputError
from desktop_crm.io.writers import check_destination, current_umask, temp_path, write_error

PLACING = "placing"


def lock_path(first: Path) -> Path:
    """The lock of the pair whose first file is `first`."""
    return first.with_name(f".{first.name}.lock")


def _aside(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.old")


@contextlib.contextmanager
def replaced_together(destinations: list[Path]) -> Iterator[list[Path]]:
    """Yield a temporary path per destination; on success all destinations are replaced at once."""
    for dest in destinations:
        check_destination(dest)
    with _locked(destinations):
        temps: list[Path] = []
        try:
            temps.extend(temp_path(dest) for dest in destinations)
            yield temps
            _swap(temps, destinations)
        except OSError as exc:
            raise write_error(destinations[0], exc) from None
        finally:
            for tmp in temps:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)


def _swap(temps: list[Path], destinations: list[Path]) -> None:
    """Move the old files aside, rename the new ones in; on any failure put the old ones back."""
    moved: list[Path] = []
    placed: list[Path] = []
    try:
        for dest in destinations:
            if dest.exists():
                os.replace(dest, _aside(dest))
                moved.append(dest)
        _mark(destinations[0], PLACING)
        for tmp, dest in zip(temps, destinations, strict=True):
            os.chmod(tmp, 0o666 & ~current_umask())
            os.replace(tmp, dest)
            placed.append(dest)
    except BaseException:
        _undo(destinations, placed)
        raise
    for dest in moved:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(_aside(dest))


def _undo(destinations: list[Path], placed: list[Path]) -> None:
    """Remove the new files already renamed in and put back every old file that was moved aside."""
    for dest in placed:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(dest)
    for dest in destinations:
        if _aside(dest).exists():
            os.replace(_aside(dest), dest)


def _mark(first: Path, phase: str) -> None:
    """Note in the lock how far the swap got, for the recovery of a killed run."""
    with lock_path(first).open("a", encoding="ascii") as fh:
        fh.write(f"\n{phase}")


@contextlib.contextmanager
def _locked(destinations: list[Path]) -> Iterator[None]:
    lock = lock_path(destinations[0])
    _take_lock(lock, destinations)
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock)


def _take_lock(lock: Path, destinations: list[Path]) -> None:
    for _attempt in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if is_locked(lock):
                raise InputError(
                    tr("{path} is being written by another run; try again when it is done", path=destinations[0])
                ) from None
            _recover(lock, destinations)
            continue
        except OSError as exc:
            raise write_error(destinations[0], exc) from None
        with os.fdopen(fd, "w") as fh:
            fh.write(str(os.getpid()))
        return
    raise InputError(tr("{path} is being written by another run; try again when it is done", path=destinations[0]))


def is_locked(lock: Path) -> bool:
    """True while the process that took `lock` is alive (a lock left by a killed run is stale)."""
    try:
        pid = int((lock.read_text(encoding="ascii").split() or ["0"])[0])
    except (OSError, ValueError):
        return lock.exists()
    if pid <= 0 or pid == os.getpid():
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _recover(lock: Path, destinations: list[Path]) -> None:
    """A run died while replacing the pair: put the old files back and remove its lock.

    Once it was placing new files, every old file had been moved aside, so a destination without
    an old file beside it is one of the new, unfinished pair.
    """
    placing = PLACING in lock.read_text(encoding="ascii", errors="replace").split()
    _undo(destinations, [d for d in destinations if placing and not _aside(d).exists()])
    with contextlib.suppress(FileNotFoundError):
        os.unlink(lock)
