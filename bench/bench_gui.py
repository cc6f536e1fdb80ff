"""Desktop app benchmarks: GUI responsiveness under load, and cold start (`make bench`).

Responsiveness: a 10 ms QTimer heartbeat on the GUI thread while the app imports and segments a
2 M-row export in its worker; every gap between beats is the time the GUI thread could not react.
Goal: no gap over 100 ms. `--responsiveness ROWS --store` measures the same with the export kept on
disk (the store threshold lowered to 0: streamed import, segmentation in DuckDB), then the Journeys
view's 12 monthly snapshots and the Transitions view's task between the first and last of them;
`--file PATH` uses that export instead of a generated one, `--baseline TREE` another source tree;
`--idle SECONDS` measures the same heartbeat with nothing running (the machine's own gaps), and
HB_TRACE=1 prints each stage with the window process's memory, each worker process's peak as it ends,
and for every gap over 90 ms what the window's threads were doing (`_StallWatch`).
Cold start: from launching the process to the first window showing the demo data (goal 3 s), in a fresh process.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time

from bench_import import peak_rss_mb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def responsiveness(rows: int = 2_000_000, on_disk: bool = False, path: str | None = None) -> dict:
    import tempfile

    import numpy as np

    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    os.environ["DESKTOP_CRM_CACHE_DIR"] = tempfile.mkdtemp()
    if on_disk:
        from desktop_crm.io import store

        store.STORE_THRESHOLD_BYTES = 0
    from datagen import make_csv
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.gui.main_window import MainWindow

    path = path or make_csv(rows, rows // 10, promo=True)
    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.show()
    beats: list[float] = []
    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    window.session.segments_ready.connect(lambda _: loop.quit())
    window.session.failed.connect(lambda *_: loop.quit())
    stages: list[tuple[float, str]] = []  # what the worker said last: where a long gap happened
    marks: dict[str, float] = {}  # when each stage ended, from the start
    window.session.data_loaded.connect(lambda _: marks.update(import_s=time.perf_counter() - start))
    window.session.progress.connect(lambda _f, text: stages.append((time.perf_counter(), text)))
    _trace(window.session.progress)
    workers = _watch_stalls(beats)
    heartbeat.start()
    start = time.perf_counter()
    window.session.open_files(path)
    loop.exec()
    seconds = time.perf_counter() - start
    if on_disk and window.session.segmentation is not None:
        marks |= _dynamics(window.session, stages)
    total = time.perf_counter() - start
    heartbeat.stop()
    gaps = np.diff(np.asarray(beats)) * 1000
    worst = [(float(gaps[i]), _stage_at(stages, beats[i])) for i in np.argsort(gaps)[::-1][:5]]
    app.processEvents()
    window.session.close()
    return {
        "rows": rows,
        "store": window.session.dataset is not None and window.session.dataset.store is not None,
        "seconds": seconds,
        "total_seconds": total,
        "beats": len(beats),
        "max_gap_ms": float(gaps.max()),
        "worst": worst,
        "p99_gap_ms": float(np.percentile(gaps, 99)),
        "stages_s": marks | {"segment_s": seconds - marks.get("import_s", 0.0)},
        "peak_rss_mb": peak_rss_mb(),
        "workers_mb": workers.peaks,
    }


def idle_gaps(seconds: float) -> dict:
    """The heartbeat's gaps with no work at all: on a shared machine, the floor under any result."""
    import numpy as np
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    heartbeat.start()
    loop.exec()
    heartbeat.stop()
    del app
    gaps = np.diff(np.asarray(beats)) * 1000
    return {"max_gap_ms": float(gaps.max()), "p99_gap_ms": float(np.percentile(gaps, 99)), "beats": len(beats)}


def _dynamics(session: object, stages: list[tuple[float, str]]) -> dict[str, float]:
    """What the Journeys and Transitions views run on a store: 12 monthly snapshots, then a transition;
    the seconds each took."""
    import pandas as pd

    from desktop_crm.gui.worker import TaskRunner
    from desktop_crm.io.duckdb_engine import journey_store, transition_store
    from desktop_crm.pipeline import engine_task

    runner = TaskRunner()
    runner.progress.connect(lambda _f, text: stages.append((time.perf_counter(), text)))
    _trace(runner.progress)
    got: list = []
    seconds = {}
    for name, fn, args in (("journey_s", journey_store, ("1M", 12, "rfm")), ("transition_s", transition_store, None)):
        if args is None:  # the transition between the journey's first and last dates
            dates = got[-1].snapshots.dates
            args = (pd.Timestamp(dates[0]), pd.Timestamp(dates[-1]), "rfm")
        task, store = engine_task(session.dataset, None, fn)
        start = time.perf_counter()
        _run(runner, task, store, *args, session.settings, got=got)
        seconds[name] = time.perf_counter() - start
    return seconds


def _run(runner: object, *args: object, got: list) -> None:
    """Start a task and wait for it in a local event loop (the heartbeat keeps beating)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    done = lambda result: (got.append(result), loop.quit())  # noqa: E731
    failed = lambda message: (print("failed:", message), loop.quit())  # noqa: E731
    runner.start(*args, done=done, failed=failed)
    loop.exec()


def _trace(progress: object) -> None:
    """With HB_TRACE=1, print each stage as it starts, with the GUI process's memory."""
    if os.environ.get("HB_TRACE"):
        progress.connect(lambda _f, text: print(f"{time.strftime('%X')} {_rss_mb()} MB {text}", flush=True))


def _watch_stalls(beats: list[float]) -> _WorkerPeaks:
    """Collect each worker process's peak; with HB_TRACE=1 also print it as it comes, and say what
    the threads were doing when a heartbeat gap grew past 90 ms."""
    if os.environ.get("HB_TRACE"):
        import threading

        threading.Thread(target=_StallWatch(beats).run, name="stall-watch", daemon=True).start()
        said = logging.StreamHandler(sys.stdout)  # each worker process's peak memory, as it ends
        said.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        logging.getLogger("desktop_crm.io.spawned").addHandler(said)
        logging.getLogger("desktop_crm.io.spawned").setLevel(logging.INFO)
    return _WorkerPeaks.attach()


class _StallWatch:
    """Looks every 5 ms. While no beat came for 50 ms it samples every thread's stack (the GUI thread
    running Python itself, a worker's long Python work); when it wakes late itself (a thread held
    Python's lock in one C call) it notes every stack at that moment: the holder is just past its call."""

    def __init__(self, beats: list[float], over_s: float = 0.05, report_s: float = 0.09) -> None:
        import collections
        import threading

        self.beats, self.over_s, self.report_s = beats, over_s, report_s
        self.samples: collections.Counter = collections.Counter()
        self.late: list[str] = []
        self.gui = threading.main_thread().ident

    def run(self) -> None:
        last = time.perf_counter()
        while True:
            time.sleep(0.005)
            now = time.perf_counter()
            if now - last > self.over_s:
                self.late += self._stacks()
            last = now
            if self.beats and now - self.beats[-1] > self.over_s:
                self.samples.update(self._stacks())
            elif self.samples or self.late:
                self._report()

    def _stacks(self) -> list[str]:
        import threading
        import traceback

        frames = sys._current_frames()
        lines = []
        for thread in threading.enumerate():
            if thread.ident in frames and thread is not threading.current_thread():
                stack = traceback.extract_stack(frames[thread.ident])[-14:]
                lines.append(f"[{thread.name}] " + " < ".join(f"{f.name}:{f.lineno}" for f in reversed(stack)))
        return lines

    def _report(self) -> None:
        gap = (self.beats[-1] - self.beats[-2]) * 1000 if len(self.beats) > 1 else 0.0
        if gap > self.report_s * 1000:
            print(f"{time.strftime('%X')} STALL {gap:.0f} ms; threads meanwhile:", flush=True)
            for line, n in self.samples.most_common(8):
                print(f"   {n:3d} x {line}", flush=True)
            for line in self.late[:8]:
                print("   late:", line, flush=True)
        self.samples.clear()
        self.late = []


class _WorkerPeaks(logging.Handler):
    """Each worker process's own peak, as io.spawned logs it when the worker ends. (RUSAGE_CHILDREN
    is no measure of them: a spawned child's ru_maxrss starts at the window's size when it forked.)"""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.peaks: list[tuple[str, float]] = []

    @classmethod
    def attach(cls) -> _WorkerPeaks:
        handler = cls()
        log = logging.getLogger("desktop_crm.io.spawned")
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        return handler

    def emit(self, record: logging.LogRecord) -> None:
        if "peaked" in record.msg and isinstance(record.args, tuple):
            task, megabytes = record.args
            self.peaks.append((str(task), float(megabytes)))


def _rss_mb() -> int:
    with open("/proc/self/status") as status:
        return int(status.read().split("VmRSS:")[1].split()[0]) // 1024


def _stage_at(stages: list[tuple[float, str]], moment: float) -> str:
    said = [text for when, text in stages if when <= moment]
    return said[-1] if said else "(before the first progress)"


def cold_start() -> dict:
    """Launch a fresh interpreter that opens the window on the demo data; time it from outside."""
    code = (
        "import os, sys, time, tempfile\n"
        "os.environ['XDG_CONFIG_HOME'] = tempfile.mkdtemp()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QEventLoop\n"
        "app = QApplication([])\n"
        "from desktop_crm.gui.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); w.start()\n"
        "loop = QEventLoop(); w.session.data_loaded.connect(lambda _: loop.quit()); loop.exec()\n"
        "print('DATA', flush=True)\n"
        "loop2 = QEventLoop(); w.session.segments_ready.connect(lambda _: loop2.quit()); loop2.exec()\n"
        "print('SEGMENTS', flush=True)\n"
    )
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    marks = {}
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    proc.wait()
    return {"window_with_data_s": marks.get("DATA"), "segments_s": marks.get("SEGMENTS")}


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--idle":
        r = idle_gaps(float(sys.argv[2]))
        gaps = f"max gap {r['max_gap_ms']:.0f} ms, p99 {r['p99_gap_ms']:.0f} ms ({r['beats']:,} beats)"
        print(f"idle {sys.argv[2]} s: {gaps}")
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--responsiveness":
        rows = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000_000
        path = sys.argv[sys.argv.index("--file") + 1] if "--file" in sys.argv else None
        if "--baseline" in sys.argv:  # the app as it was (bench/baseline.py), to compare in one run
            from baseline import use_source_tree

            use_source_tree(sys.argv[sys.argv.index("--baseline") + 1])
        r = responsiveness(rows, on_disk="--store" in sys.argv, path=path)
        gaps = f"max {r['max_gap_ms']:.0f} ms, p99 {r['p99_gap_ms']:.0f} ms ({r['beats']:,} beats)"
        engine = "store (DuckDB)" if r["store"] else "memory"
        print(f"import + segment {r['rows']:,} rows, {engine}: {r['seconds']:.1f} s; GUI heartbeat gaps: {gaps}")
        if r["store"]:
            print(f"with 12 snapshots and a transition: {r['total_seconds']:.1f} s")
        print("longest gaps after:", "; ".join(f"{ms:.0f} ms {stage}" for ms, stage in r["worst"]))
        print("stages:", ", ".join(f"{name} {s:.0f}" for name, s in r["stages_s"].items()))
        said = ", ".join(f"{task} {mb:,.0f} MB" for task, mb in r["workers_mb"])
        print(f"peak RSS: window {r['peak_rss_mb']:,.0f} MB; each worker process (VmHWM): {said}")
        return 0
    starts = [cold_start() for _ in range(3)]
    best = min(starts, key=lambda s: s["window_with_data_s"] or 1e9)
    shown, segmented = best["window_with_data_s"], best["segments_s"]
    print(f"cold start: window with demo data {shown:.2f} s, segmented {segmented:.2f} s (best of 3)")
    out = subprocess.run([sys.executable, __file__, "--responsiveness"], capture_output=True, text=True, check=True)
    print(out.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
