"""The local engine and everything a batch run shares whatever the engine: the output
file (whole lines, flushed; resume), the error file, the counts, the progress bar.

Engines are generators of result lists: ``local_results`` runs the per-article function
in a process pool, ``dask_engine.dask_results`` on a Dask cluster. Both keep a bounded
window of work in flight and, unless told otherwise, give results in input order.
"""
from __future__ import annotations

import itertools
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO

from newsdigest.batch.work import Result, Settings, Task, init_worker, run_chunk, run_one

CHUNK = 4  # articles per round trip to a worker
WINDOW_PER_JOB = 4  # chunks in flight (or waiting to be written in order) per worker
DIED = "worker process died (crashed or was killed) while analysing this article"


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def chunked(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    it = iter(tasks)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


# ---------------------------------------------------------------- local engine

def local_results(tasks: Iterable[Task], settings: Settings, jobs: int, ordered: bool = True,
                  chunk: int = CHUNK) -> Iterator[list[Result]]:
    """Results, a list per chunk. jobs=1 runs in this process; more runs a process pool
    whose workers load the language data once each."""
    if jobs <= 1:
        for c in chunked(tasks, 1):
            yield run_chunk(c, settings)
        return
    yield from _PoolRun(tasks, settings, jobs, ordered, chunk).results()


class _PoolRun:
    def __init__(self, tasks, settings, jobs, ordered, chunk):
        self.chunks = chunked(tasks, chunk)
        self.settings = settings
        self.jobs = jobs
        self.ordered = ordered
        self.window = jobs * WINDOW_PER_JOB
        self.pool = None

    def _new_pool(self):
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(self.jobs, initializer=init_worker, initargs=(self.settings,))

    def _stop_pool(self):
        pool, self.pool = self.pool, None
        if pool is None:
            return
        procs = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            try:
                if p.is_alive():
                    p.terminate()
            except (OSError, ValueError, AttributeError):
                pass
        for p in procs:
            try:
                p.join(timeout=5)
            except (OSError, ValueError, AssertionError):
                pass

    def results(self) -> Iterator[list[Result]]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        self._new_pool()
        inflight: dict = {}  # future -> (seq, chunk)
        pending: dict[int, list[Result]] = {}  # ordered mode: done, waiting for their turn
        seq = next_out = 0
        exhausted = False
        try:
            while True:
                while not exhausted and len(inflight) + len(pending) < self.window:
                    c = next(self.chunks, None)
                    if c is None:
                        exhausted = True
                        break
                    inflight[self.pool.submit(run_chunk, c)] = (seq, c)
                    seq += 1
                if not inflight:
                    break
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                broken = False
                for f in done:
                    n, c = inflight.pop(f)
                    try:
                        res = f.result()
                    except BrokenProcessPool:
                        broken = True
                        inflight[f] = (n, c)  # re-done below with the others
                        continue
                    except Exception as e:  # e.g. a result that cannot be pickled
                        res = [Result(t.source, None, f"internal error ({type(e).__name__}: {e})") for t in c]
                    if self.ordered:
                        pending[n] = res
                    else:
                        yield res
                if broken:
                    redo = sorted(inflight.values(), key=lambda x: x[0])
                    inflight.clear()
                    for n, res in self._isolate(redo):
                        if self.ordered:
                            pending[n] = res
                        else:
                            yield res
                while next_out in pending:
                    yield pending.pop(next_out)
                    next_out += 1
            while next_out in pending:
                yield pending.pop(next_out)
                next_out += 1
        finally:
            self._stop_pool()

    def _isolate(self, chunks: list[tuple[int, list[Task]]]) -> Iterator[tuple[int, list[Result]]]:
        """A worker died: run the chunks that were in flight again, one article at a
        time in a fresh pool, so only the article that kills a worker is lost."""
        from concurrent.futures.process import BrokenProcessPool

        self._stop_pool()
        self._new_pool()
        for n, c in chunks:
            out = []
            for t in c:
                try:
                    out.append(self.pool.submit(run_one, t, self.settings).result())
                except BrokenProcessPool:
                    out.append(Result(t.source, None, DIED))
                    self._stop_pool()
                    self._new_pool()
            yield n, out


# ---------------------------------------------------------------- resume

def prepare_resume(path: str, fmt: str) -> set[str]:
    """The sources already in OUT. Cuts OUT back to its last whole record: a truncated
    last line (a crash mid-write) is dropped; in TSV the last source's rows are dropped
    too, as they may be incomplete. Those sources are then done again."""
    from newsdigest.render import tsv_header

    if not os.path.exists(path):
        return set()
    done: set[str] = set()
    keep = 0  # bytes of OUT to keep
    header = tsv_header().encode()
    last_source, last_start = None, 0
    with open(path, "rb") as f:
        pos = 0
        for line in f:
            start, pos = pos, pos + len(line)
            if not line.endswith(b"\n"):
                break  # truncated last line
            if fmt == "tsv":
                if start == 0 and line == header:
                    keep = pos
                    continue
                source = line.split(b"\t", 1)[0].decode("utf-8", "replace")
                if source != last_source:
                    if last_source is not None:
                        done.add(last_source)
                    last_source, last_start = source, start
                keep = pos
                continue
            try:
                source = json.loads(line).get("source")
            except (ValueError, AttributeError):
                continue  # not a digest: leave it, it names nothing
            if isinstance(source, str):
                done.add(source)
            keep = pos
    if fmt == "tsv" and last_source is not None:
        keep = last_start
    if keep != os.path.getsize(path):
        with open(path, "r+b") as f:
            f.truncate(keep)
    return done


# ---------------------------------------------------------------- progress

class Progress:
    """One line on stderr, redrawn at most a few times a second: count, rate, ETA."""

    def __init__(self, stream: IO[str], total_fn=None):
        self.stream = stream
        self.total: int | None = None
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False
        if total_fn is not None:
            import threading

            def count():
                try:
                    self.total = total_fn()
                except Exception:
                    self.total = None

            threading.Thread(target=count, name="newsdigest-count", daemon=True).start()

    def update(self, done: int, failed: int, skipped: int, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        seen = done + failed
        elapsed = max(now - self.start, 1e-9)
        rate = seen / elapsed
        parts = []
        total = self.total
        if total:
            frac = min(1.0, (seen + skipped) / total)
            width = 24
            fill = int(frac * width)
            parts.append(f"[{'#' * fill}{'.' * (width - fill)}] {seen + skipped:,}/{total:,}")
        else:
            parts.append(f"{seen + skipped:,}")
        parts.append(f"{rate:.1f} articles/s")
        if total and rate > 0:
            left = max(0, total - seen - skipped)
            parts.append(f"ETA {_clock(left / rate)}")
        if failed:
            parts.append(f"{failed:,} failed")
        if skipped:
            parts.append(f"{skipped:,} skipped")
        self._write("\r" + "  ".join(parts) + "\x1b[K")
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self._write("\r\x1b[K")
            self.shown = False

    def _write(self, s: str) -> None:
        try:
            self.stream.write(s)
            self.stream.flush()
        except (OSError, ValueError):
            pass


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


# ---------------------------------------------------------------- one run

class Run:
    """Where results go: OUT (or nowhere, when an engine writes part files), the error
    file (or stderr), the counts and the progress bar."""

    def __init__(self, out_path: str | None, fmt: str = "jsonl", errors_path: str | None = None,
                 resume: bool = False, header: bool = True, progress: Progress | None = None,
                 stderr: IO[str] | None = None, stdout: IO[str] | None = None):
        from newsdigest.render import tsv_header

        self.stderr = stderr or sys.stderr
        self.progress = progress
        self.done = self.failed = self.skipped = 0
        self.start = time.monotonic()
        self.seen: set[str] = set()
        self.out: IO[str] | None = None
        self._own_out = False
        if out_path == "-":
            self.out = stdout or sys.stdout
        elif out_path is not None:
            if resume:
                self.seen = prepare_resume(out_path, fmt)
            self.out = open(out_path, "a" if resume else "w", encoding="utf-8", newline="")
            self._own_out = True
        if self.out is not None and fmt == "tsv" and header and (not self._own_out or self.out.tell() == 0):
            self._write_out(tsv_header())
        self.errors: IO[str] | None = None
        if errors_path is not None:
            self.errors = open(errors_path, "a" if resume else "w", encoding="utf-8", newline="")

    # -- the stream of tasks, less those OUT has already
    def pending(self, tasks: Iterable[Task]) -> Iterator[Task]:
        seen = self.seen
        for t in tasks:
            if seen and t.error is None and t.source in seen:
                self.skipped += 1
                self._tick()
                continue
            yield t

    def take(self, results: list[Result]) -> None:
        text = "".join(r.text for r in results if r.text)
        if text and self.out is not None:
            self._write_out(text)
        for r in results:
            if r.reason is not None:
                self.failed += 1
                self._error(r.source, r.reason)
            else:
                self.done += 1
        self._tick()

    def skip(self, n: int) -> None:
        self.skipped += n
        self._tick()

    def _write_out(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()

    def _error(self, source: str, reason: str) -> None:
        if self.errors is not None:
            self.errors.write(json.dumps({"source": source, "reason": reason}, ensure_ascii=False) + "\n")
            self.errors.flush()
        else:
            if self.progress:
                self.progress.clear()
            self._say(f"newsdigest: error: {source}: {reason}")

    def _tick(self) -> None:
        if self.progress:
            self.progress.update(self.done, self.failed, self.skipped)

    def _say(self, line: str) -> None:
        try:
            self.stderr.write(line + "\n")
            self.stderr.flush()
        except (OSError, ValueError):
            pass

    def summary(self, interrupted: bool = False) -> str:
        elapsed = time.monotonic() - self.start
        rate = (self.done + self.failed) / elapsed if elapsed > 0 else 0.0
        end = " (interrupted)" if interrupted else ""
        return (f"newsdigest: batch: {self.done:,} done, {self.failed:,} failed, {self.skipped:,} skipped "
                f"in {elapsed:.1f} s ({rate:.1f} articles/s){end}")

    def close(self, interrupted: bool = False) -> None:
        if self.progress:
            self.progress.clear()
        self._say(self.summary(interrupted))
        if self.errors is not None:
            self.errors.close()
        if self._own_out and self.out is not None:
            self.out.close()
