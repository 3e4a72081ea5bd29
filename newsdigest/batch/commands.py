"""The click commands ``batch`` and ``top``. Only click is imported here at module
level: everything heavy is imported when a command runs, so ``newsdigest --help``
stays light.

Exit status, as for ``summarise``: 0 all done; 1 some input failed (the others were
still done); 2 usage error; 130 interrupted.
"""
from __future__ import annotations

import sys

import click

from newsdigest.cli_options import analysis_options, max_bytes_option, validate_date

BATCH_EXAMPLES = """
\b
Examples:
  newsdigest batch crawl/ -o digests.jsonl
  newsdigest batch --include '*.html' --errors failed.jsonl site/ -o digests.jsonl
  newsdigest batch records.jsonl.gz pages.warc.gz -o digests.jsonl --jobs 8
  find crawl -name '*.txt' -mtime -7 | newsdigest batch - -o week.jsonl
  newsdigest batch --resume crawl/ -o digests.jsonl
  newsdigest batch --format tsv crawl/ -o - | cut -f2-4 | sort | uniq -c
  newsdigest batch --engine dask --scheduler tcp://10.0.0.5:8786 crawl/ -o digests.jsonl
"""

TOP_EXAMPLES = """
\b
Examples:
  newsdigest top digests.jsonl
  newsdigest top --by places --limit 10 digests.jsonl
  newsdigest batch crawl/ -o - -q | newsdigest top --by events -
  newsdigest top --since 2024-05-01 --format json digests.jsonl
"""


@click.command("batch", epilog=BATCH_EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "out", metavar="OUT",
              help="Write one digest per line here (- is stdout).")
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl", "tsv"]), default="jsonl", show_default=True,
              help="jsonl: one digest per line. tsv: one row per actor, place and event, header once.")
@click.option("--input", "input_mode", type=click.Choice(["auto", "page", "jsonl", "warc"]), default="auto",
              show_default=True,
              help="What each file is. auto: by extension (.jsonl/.ndjson records, .warc; "
                   "optionally .gz), else one saved page.")
@click.option("--include", multiple=True, metavar="GLOB",
              help="In directories, take only files matching GLOB (name or path below the directory; "
                   "repeatable). Default: pages (.txt .html .htm ...), records and WARC files, plain or .gz.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="In directories, leave out files matching GLOB.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, metavar="N", show_default=True,
              help="Worker processes (0: one per core).")
@click.option("--unordered", is_flag=True, help="Write digests as they are done, not in input order.")
@click.option("--errors", "errors_path", metavar="FILE",
              help="Write failures here as JSONL {source, reason} (default: on stderr).")
@click.option("--resume", is_flag=True,
              help="Skip sources already in OUT and append the rest (a truncated last line is redone).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar (it is shown only on a terminal anyway).")
@analysis_options
@max_bytes_option
@click.option("--no-header", is_flag=True, help="TSV: leave out the header line.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool on this machine. dask: a Dask cluster (pip install 'newsdigest[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (default: a local cluster of --jobs workers).")
@click.option("--output-dir", metavar="DIR",
              help="Dask: each worker writes its partition to DIR/part-NNNNNN.jsonl (DIR must be "
                   "reachable from the workers) instead of sending results back to OUT.")
@click.option("--partition-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Dask: articles per partition.")
def batch_cmd(inputs, out, fmt, input_mode, include, exclude, jobs, unordered, errors_path, resume, quiet,
              lang, date, no_clean, mentions, summary_sentences, events_limit, max_bytes, no_header,
              engine, scheduler, output_dir, partition_size):
    """Digest every article of a corpus: files, directories (recursive), JSONL records,
    WARC files, or - for a list of paths on stdin. Writes one digest per line to OUT,
    each with its source (path, record id or WARC target URI), in input order.

    A page or record that cannot be read or analysed is reported (see --errors) and the
    run goes on; a summary line with the counts and the rate ends the run on stderr."""
    if engine != "dask" and (scheduler or output_dir):
        raise click.UsageError("--scheduler and --output-dir need --engine dask")
    if output_dir and out:
        raise click.UsageError("give -o OUT or --output-dir DIR, not both")
    if not out and not output_dir:
        raise click.UsageError("missing -o OUT (- for stdout)")
    if resume and out == "-":
        raise click.UsageError("--resume needs -o OUT to be a file")
    if inputs.count("-") > 1:
        raise click.UsageError("- (a list of paths on stdin) can be given once")

    from newsdigest.analyse import Options
    from newsdigest.batch.inputs import Inputs
    from newsdigest.batch.runner import Progress, Run, default_jobs, local_results
    from newsdigest.batch.work import Settings

    jobs = jobs or default_jobs()
    options = Options(lang=None if lang == "auto" else lang, date=date, mentions=mentions,
                      summary_sentences=summary_sentences, events_limit=events_limit)
    settings = Settings(options, clean=not no_clean, max_bytes=max_bytes, fmt=fmt)
    own = [p for p in (out, errors_path) if p and p != "-"]
    source = Inputs(inputs, input_mode, include, exclude, max_bytes, stdin=sys.stdin, warc_dates=date is None,
                    skip=own, skip_dirs=[output_dir] if output_dir else [])

    client = cluster = None
    if engine == "dask":
        client, cluster = _dask_connect(scheduler, jobs)
        if output_dir:
            import os

            os.makedirs(output_dir, exist_ok=True)

    progress = None
    if not quiet and _isatty(sys.stderr):
        progress = Progress(sys.stderr, source.count if "-" not in inputs else None)
    try:
        run = Run(out, fmt, errors_path, resume=resume, header=not no_header, progress=progress)
    except OSError as e:
        _close_dask(client, cluster)
        raise click.UsageError(f"cannot open output: {e.strerror or e}") from None

    interrupted = False
    results = None
    try:
        tasks = run.pending(source)
        if engine == "dask":
            from newsdigest.batch.dask_engine import dask_results

            results = dask_results(tasks, settings, client, partition_size=partition_size,
                                   ordered=not unordered, output_dir=output_dir, resume=resume,
                                   header=not no_header, on_skip=run.skip)
        else:
            results = local_results(tasks, settings, jobs, ordered=not unordered)
        for res in results:
            run.take(res)
    except BrokenPipeError:
        from newsdigest.cli import _quiet_stdout

        _quiet_stdout()
        _close_dask(client, cluster)
        sys.exit(0)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if results is not None:
            results.close()  # stops the worker pool or cancels what is left on the cluster
        try:
            run.close(interrupted)
        except BrokenPipeError:
            pass
        _close_dask(client, cluster)
    if interrupted:
        sys.exit(130)
    sys.exit(1 if run.failed else 0)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _dask_connect(scheduler, jobs):
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise click.UsageError("--engine dask needs dask: pip install 'newsdigest[dask]'") from None
    import logging

    from newsdigest.batch.dask_engine import connect

    logging.getLogger("distributed").setLevel(logging.ERROR)
    try:
        return connect(scheduler, jobs)
    except (OSError, TimeoutError) as e:
        raise click.UsageError(f"cannot reach the Dask scheduler {scheduler}: {e}") from None


def _close_dask(client, cluster) -> None:
    for thing in (client, cluster):
        if thing is not None:
            try:
                thing.close()
            except Exception:
                pass


@click.command("top", epilog=TOP_EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("files", nargs=-1, required=True, metavar="DIGESTS.jsonl...")
@click.option("--by", type=click.Choice(["actors", "places", "events", "types"]), default="actors",
              show_default=True, help="What to count.")
@click.option("-n", "--limit", type=click.IntRange(min=0), default=20, show_default=True,
              help="Rows to print (0: all).")
@click.option("-f", "--format", "fmt", type=click.Choice(["tsv", "json"]), default="tsv", show_default=True,
              help="tsv: a header and one row per item. json: a list of objects.")
@click.option("--since", callback=validate_date, metavar="YYYY-MM-DD", help="Only articles published on or after.")
@click.option("--until", callback=validate_date, metavar="YYYY-MM-DD", help="Only articles published on or before.")
@click.option("--no-header", is_flag=True, help="TSV: leave out the header line.")
def top_cmd(files, by, limit, fmt, since, until, no_header):
    """Count actors, places, events or types across files of digests (the output of
    batch, or of summarise --format jsonl; - reads stdin): who was in the news.
    Actors are merged by name, places by canonical name and country, events by type."""
    from newsdigest.batch.top import count, read_digests, render

    failed = []

    def streams():
        for path in files:
            if path == "-":
                yield sys.stdin
                continue
            try:
                f = _open_text(path)
            except OSError as e:
                failed.append(path)
                click.echo(f"newsdigest: error: {path}: {e.strerror or e}", err=True)
                continue
            with f:
                yield f

    bad: list = []
    try:
        rows = count(read_digests(streams(), bad), by, since, until)
        if limit:
            rows = rows[:limit]
        sys.stdout.write(render(rows, by, fmt, header=not no_header))
        sys.stdout.flush()
    except BrokenPipeError:
        from newsdigest.cli import _quiet_stdout

        _quiet_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    if bad:
        click.echo(f"newsdigest: top: passed over {len(bad)} line(s) that are not digests "
                   f"(first: {bad[0].strip()[:60]!r})", err=True)
    sys.exit(1 if failed else 0)


def _open_text(path: str):
    raw = open(path, "rb")
    if raw.peek(2)[:2] == b"\x1f\x8b":
        import gzip

        return gzip.open(raw, "rt", encoding="utf-8", errors="replace")
    import io

    return io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
