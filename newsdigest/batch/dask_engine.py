"""The same per-article function on a Dask distributed cluster (the ``dask`` extra).

The coordinator reads the inputs (so workers need no access to its files), cuts the
task stream into partitions and keeps a bounded number of them on the cluster at once.
Each worker runs ``work.run_one`` over its partition. Results stream back and are
written to OUT in input order (or as they come, unordered); with an output directory
each worker writes its partition as one part file there instead (the directory must be
reachable from the workers at the same path), and only counts and failures come back.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from newsdigest.batch.runner import chunked
from newsdigest.batch.work import Result, Settings, Task, run_one


def _loaded(task: Task, max_bytes: int) -> Task:
    """Read a path task on the coordinator: the cluster gets the page, not the path."""
    if task.path is None:
        return task
    from newsdigest.load import InputError, load_page

    try:
        return Task(task.source, page=load_page(task.path, max_bytes))
    except InputError as e:
        return Task(task.source, error=" ".join(str(e).split()))


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:06d}.{'tsv' if fmt == 'tsv' else 'jsonl'}"


def run_partition(tasks: list[Task], settings: Settings, part_path: str | None = None,
                  header: bool = True) -> list[Result]:
    """On a worker: digest a partition. With part_path, write the outputs there (whole
    file, renamed into place when complete) and return results without their text."""
    results = [run_one(t, settings) for t in tasks]
    if part_path is None:
        return results
    tmp = f"{part_path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        if settings.fmt == "tsv" and header:
            from newsdigest.render import tsv_header

            f.write(tsv_header())
        for r in results:
            if r.text:
                f.write(r.text)
    os.replace(tmp, part_path)
    return [Result(r.source, None, r.reason) for r in results]


def connect(scheduler: str | None, jobs: int):
    """(client, cluster or None). Without an address, a local cluster of `jobs` worker
    processes on this machine."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def dask_results(tasks: Iterable[Task], settings: Settings, client, *, partition_size: int = 64,
                 ordered: bool = True, output_dir: str | None = None, resume: bool = False,
                 header: bool = True, on_skip=None) -> Iterator[list[Result]]:
    """Results, a list per partition, from the cluster the client is connected to.

    With output_dir and resume, a partition whose part file exists is not sent again
    (``on_skip(n)`` is told how many articles that skipped); partitions are numbered in
    input order, so the same inputs and partition size give the same part files."""
    from distributed import as_completed

    nthreads = sum(client.nthreads().values()) or 1
    window = 2 * nthreads + 1
    parts = enumerate(chunked(tasks, partition_size))
    inflight: dict = {}  # future -> (index, sources)
    pending: dict[int, list[Result]] = {}
    next_out = 0
    exhausted = False
    ac = as_completed()

    def fill():
        nonlocal exhausted
        while not exhausted and len(inflight) + len(pending) < window:
            item = next(parts, None)
            if item is None:
                exhausted = True
                return
            index, part = item
            part_path = None
            if output_dir is not None:
                part_path = os.path.join(output_dir, part_name(index, settings.fmt))
                if resume and os.path.exists(part_path):
                    if on_skip is not None:
                        on_skip(len(part))
                    pending[index] = []
                    continue
            part = [_loaded(t, settings.max_bytes) for t in part]
            fut = client.submit(run_partition, part, settings, part_path, header, pure=False, retries=1)
            inflight[fut] = (index, [t.source for t in part])
            ac.add(fut)

    def flush():
        nonlocal next_out
        if ordered:
            while next_out in pending:
                yield pending.pop(next_out)
                next_out += 1
        else:
            for index in list(pending):
                yield pending.pop(index)

    try:
        while True:
            yield from flush()
            fill()
            if not inflight:
                yield from flush()
                if exhausted:
                    for index in sorted(pending):
                        yield pending.pop(index)
                    break
                continue
            fut = next(ac)
            index, sources = inflight.pop(fut)
            try:
                res = fut.result()
            except Exception as e:  # the partition could not be run (workers lost, ...)
                reason = " ".join(f"partition failed on the cluster ({type(e).__name__}: {e})".split())
                res = [Result(s, None, reason) for s in sources]
            fut.release()
            pending[index] = res
    finally:
        for fut in list(inflight):
            fut.cancel()


