"""The unit of work and the per-article function that every engine runs.

A Task is small and picklable: a path for the worker to read, a Page already read by
the coordinator (JSONL records, WARC responses), or a reason it could not be read. The
worker turns it into a Result: the rendered output (one JSONL line, or TSV rows), or the
reason it failed. One article goes through exactly ``pipeline.digest_page``.
"""
from __future__ import annotations

from typing import NamedTuple

from newsdigest.model import Page


class Task(NamedTuple):
    source: str
    path: str | None = None  # a file to read and load in the worker
    page: Page | None = None  # a page read already (record, WARC response)
    error: str | None = None  # could not be read: the reason


class Settings(NamedTuple):
    options: object  # newsdigest.analyse.Options
    clean: bool = True
    max_bytes: int = 25 * 1024 * 1024
    fmt: str = "jsonl"  # jsonl | tsv


class Result(NamedTuple):
    source: str
    text: str | None  # rendered output; None when failed (or written elsewhere)
    reason: str | None = None  # why it failed


def run_one(task: Task, settings: Settings) -> Result:
    """Digest one task; every failure becomes a Result with a one-line reason."""
    from newsdigest.load import InputError, load_page
    from newsdigest.pipeline import digest_page
    from newsdigest.render import to_jsonl, to_tsv

    if task.error is not None:
        return Result(task.source, None, task.error)
    try:
        page = task.page if task.page is not None else load_page(task.path, settings.max_bytes)
        d = digest_page(page, settings.options, clean=settings.clean).to_dict()
        text = to_tsv(d) if settings.fmt == "tsv" else to_jsonl(d)
    except InputError as e:
        return Result(task.source, None, _one_line(str(e)))
    except RecursionError:
        return Result(task.source, None, "input nested too deeply to analyse")
    except MemoryError:
        return Result(task.source, None, "out of memory while analysing")
    except Exception as e:  # a bug must not lose the other articles
        return Result(task.source, None, _one_line(f"internal error ({type(e).__name__}: {e})"))
    return Result(task.source, text)


def run_chunk(tasks: list[Task], settings: Settings | None = None) -> list[Result]:
    """A list of tasks in one call (fewer round trips to the workers)."""
    settings = settings if settings is not None else _WORKER_SETTINGS
    return [run_one(t, settings) for t in tasks]


def warm_up() -> None:
    """Load the language data and gazetteer now, so the first article does not pay for it."""
    from newsdigest.analyse import Options
    from newsdigest.pipeline import digest_page

    for text in ("Menteri Besar Johor berkata banjir di Kota Tinggi semalam.",
                 "Presiden Joko Widodo meninjau gempa di Cianjur, Jawa Barat.",
                 "The Prime Minister visited Kuala Lumpur on Monday."):
        try:
            digest_page(Page(source="<warm-up>", content=text, kind="text"), Options())
        except Exception:  # warming is an optimisation only
            pass


_WORKER_SETTINGS: Settings | None = None


def init_worker(settings: Settings) -> None:
    """Process-pool initializer: keep the settings, ignore Ctrl-C (the coordinator
    handles it and stops the pool), load the language data once."""
    import signal

    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except (ValueError, OSError):
        pass
    warm_up()


def _one_line(reason: str) -> str:
    return " ".join(reason.split())
