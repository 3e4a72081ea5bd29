"""Corpus scale: digest thousands of pages in one run, on one machine or a Dask cluster.

    inputs   -- turn INPUT arguments (files, directories, JSONL, WARC, a list on stdin)
                into a lazy stream of tasks, one per article
    work     -- the per-article function every engine runs (load, clean, analyse, render)
    runner   -- the local engine (a process pool), ordering, resume, errors, progress
    dask_engine -- the same per-article function on a Dask distributed cluster
    top      -- counts across a file of digests
    commands -- the click commands ``batch`` and ``top``

Nothing here holds the whole corpus in memory: inputs are read as they are needed and
only a bounded window of articles is in flight at any time.
"""
