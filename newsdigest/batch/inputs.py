"""INPUT arguments -> a lazy stream of Tasks, one per article, in a stable order.

An INPUT is a file, a directory (walked recursively, in sorted order, hidden entries
left out), a JSONL file of records, a WARC file, or ``-``: a list of such paths on
stdin, one per line. Nothing is read before it is needed: a directory is listed as it
is walked, a JSONL file is read one line at a time, a WARC file one record at a time.

Kinds are told by extension (``.jsonl``, ``.ndjson``, ``.warc``, each optionally
``.gz``) unless ``mode`` says what every file is.
"""
from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from typing import IO

from newsdigest.batch.work import Task

PAGE_PATTERNS = ("*.txt", "*.text", "*.html", "*.htm", "*.xhtml", "*.shtml")
RECORD_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc",)
MODES = ("auto", "page", "jsonl", "warc")
_GZIP_MAGIC = b"\x1f\x8b"


def default_include() -> tuple[str, ...]:
    """What a directory walk takes when no --include is given: pages, records and
    WARC files, plain or gzipped."""
    kinds = PAGE_PATTERNS + tuple("*" + s for s in RECORD_SUFFIXES + WARC_SUFFIXES)
    return kinds + tuple(p + ".gz" for p in kinds)


def kind_of(path: str, mode: str = "auto") -> str:
    """page | jsonl | warc."""
    if mode != "auto":
        return mode
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if name.endswith(RECORD_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "page"


class Inputs:
    """The INPUT arguments and how to read them; iterate for the Tasks."""

    def __init__(self, args: Iterable[str], mode: str = "auto", include: Iterable[str] = (),
                 exclude: Iterable[str] = (), max_bytes: int = 25 * 1024 * 1024,
                 stdin: IO[str] | None = None, warc_dates: bool = True, skip: Iterable[str] = (),
                 skip_dirs: Iterable[str] = ()):
        self.args = list(args)
        self.skip = {os.path.realpath(p) for p in skip}  # our own output files, never inputs
        self.skip_dirs = {os.path.realpath(p) for p in skip_dirs}  # and our output directory
        self.mode = mode
        self.include = tuple(include) or default_include()
        self._fold_case = not tuple(include)  # the default patterns also take PAGE.HTML
        self.exclude = tuple(exclude)
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.warc_dates = warc_dates  # use a WARC record's date when the page gives none

    # ------------------------------------------------------------ paths

    def paths(self) -> Iterator[tuple[str, bool]]:
        """(path, walked) for every file, lazily; walked is False for a path given
        directly (on the command line or the stdin list), which is taken whatever its name."""
        for arg in self.args:
            if arg == "-":
                stream = self.stdin
                if stream is None:
                    import sys

                    stream = sys.stdin
                for line in stream:
                    path = line.rstrip("\r\n")
                    if path.strip():
                        yield from self._expand(path)
            else:
                yield from self._expand(arg)

    def _expand(self, path: str) -> Iterator[tuple[str, bool]]:
        if not os.path.isdir(path):
            yield path, False
            return
        unreadable: list[OSError] = []
        for root, dirs, files in os.walk(path, onerror=unreadable.append):
            while unreadable:  # a directory that cannot be listed is reported, not skipped
                yield unreadable.pop(0).filename or root, False
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (
                self.skip_dirs and os.path.realpath(os.path.join(root, d)) in self.skip_dirs))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = os.path.join(root, name)
                if self.wanted(full, path) and not (self.skip and os.path.realpath(full) in self.skip):
                    yield full, True
        while unreadable:
            yield unreadable.pop(0).filename or path, False

    def wanted(self, full: str, top: str) -> bool:
        """Globs match the file name or its path below the walked directory."""
        name = os.path.basename(full)
        rel = os.path.relpath(full, top).replace(os.sep, "/")

        def hit(patterns, fold=False):
            n, r = (name.lower(), rel.lower()) if fold else (name, rel)
            return any(fnmatch.fnmatchcase(n, p) or fnmatch.fnmatchcase(r, p) for p in patterns)

        return hit(self.include, self._fold_case) and not hit(self.exclude)

    # ------------------------------------------------------------ tasks

    def __iter__(self) -> Iterator[Task]:
        for path, _ in self.paths():
            kind = kind_of(path, self.mode)
            if kind == "jsonl":
                yield from iter_records(path, self.max_bytes)
            elif kind == "warc":
                yield from iter_warc(path, self.max_bytes, self.warc_dates)
            elif not os.path.exists(path):
                yield Task(path, error="no such file")
            elif os.path.isdir(path):  # only a directory the walk could not list
                yield Task(path, error="cannot list directory")
            else:
                yield Task(path, path=path)

    def count(self) -> int | None:
        """How many tasks there will be, roughly and cheaply (for the ETA); None when it
        cannot be known without reading everything (stdin lists, WARC files)."""
        if "-" in self.args:
            return None
        n = 0
        for path, _ in self.paths():
            kind = kind_of(path, self.mode)
            if kind == "warc":
                return None
            if kind == "jsonl":
                n += _count_lines(path)
            else:
                n += 1
        return n


# ---------------------------------------------------------------- JSONL records

def _open_maybe_gzip(path: str) -> IO[bytes]:
    raw = open(path, "rb")
    try:
        magic = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
    except OSError:
        magic = b""
    if magic == _GZIP_MAGIC:
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def _read_errors():
    import zlib

    return (OSError, EOFError, zlib.error)


def iter_records(path: str, max_bytes: int) -> Iterator[Task]:
    """One Task per record {id, text|html, url?, published?}, read one line at a time.
    A bad line becomes a failed Task named ``PATH:LINE``; the others go on."""
    from newsdigest.load import InputError, decode, os_reason, page_from_json_line

    try:
        f = _open_maybe_gzip(path)
    except OSError as e:
        yield Task(path, error=os_reason(e))
        return
    with f:
        lineno = 0
        while True:
            lineno += 1
            where = f"{path}:{lineno}"
            try:
                line = f.readline(max_bytes + 1)
                if not line:
                    return
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    while True:  # skip the rest of an oversized line
                        rest = f.readline(1 << 20)
                        if not rest or rest.endswith(b"\n"):
                            break
                    yield Task(where, error=f"record larger than --max-bytes ({max_bytes} bytes)")
                    continue
            except _read_errors() as e:
                yield Task(where, error=f"cannot read further: corrupt or truncated data ({e})")
                return
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            try:
                text, _ = decode(line.rstrip(b"\r\n"))
                page = page_from_json_line(text)
            except InputError as e:
                yield Task(where, error=str(e))
                continue
            yield Task(page.source, page=page)


def _count_lines(path: str) -> int:
    n = 0
    try:
        with _open_maybe_gzip(path) as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                n += block.count(b"\n")
    except (OSError, EOFError, ValueError):
        pass
    return n


# ---------------------------------------------------------------- WARC

def iter_warc(path: str, max_bytes: int, use_dates: bool = True) -> Iterator[Task]:
    """One Task per WARC response record that holds an HTML (or plain text) page, named
    by its WARC-Target-URI. Other records (requests, metadata, images, revisits) are
    passed over. Needs the ``warc`` extra (warcio)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield Task(path, error="reading WARC files needs warcio: pip install 'newsdigest[warc]'")
        return
    from newsdigest.load import os_reason

    try:
        raw = open(path, "rb")
    except OSError as e:
        yield Task(path, error=os_reason(e))
        return
    n = 0
    with raw:
        records = iter(ArchiveIterator(raw))
        while True:
            try:
                rec = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, *_read_errors(), ValueError) as e:
                yield Task(f"{path}#{n + 1}", error=_one_line(f"corrupt WARC data after {n} records ({e})"))
                return
            n += 1
            if rec.rec_type != "response":
                continue
            ctype = ""
            if rec.http_headers is not None:
                status = rec.http_headers.get_statuscode()
                if status and not str(status).startswith("2"):
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
            mime = ctype.split(";")[0].strip()
            if mime and mime not in ("text/html", "application/xhtml+xml", "text/plain"):
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI") or f"{path}#{n}"
            try:
                data = rec.content_stream().read(max_bytes + 1)
            except (*_read_errors(), ValueError) as e:
                yield Task(uri, error=_one_line(f"cannot read WARC record ({e})"))
                continue
            if len(data) <= max_bytes and getattr(rec.raw_stream, "limit", 0) > 0:
                # read to the end, yet shorter than its Content-Length: the file was cut
                yield Task(uri, error="truncated WARC record")
                continue
            yield _warc_task(uri, data, ctype, rec.rec_headers.get_header("WARC-Date"), max_bytes, use_dates)


def _warc_task(uri: str, data: bytes, ctype: str, warc_date: str | None, max_bytes: int,
               use_dates: bool) -> Task:
    from newsdigest.load import InputError, normalise_newlines, page_from_bytes
    from newsdigest.model import Page

    if len(data) > max_bytes:
        return Task(uri, error=f"larger than --max-bytes ({max_bytes} bytes)")
    try:
        page = page_from_bytes(data, uri, max_bytes)
        charset = _charset(ctype)
        if charset and page.encoding not in (charset, "utf-8"):
            # The server named the charset and the bytes are not UTF-8: trust the server.
            import codecs

            try:
                codecs.lookup(charset)
                page = Page(source=uri, content=normalise_newlines(data.decode(charset, errors="replace")),
                            kind=page.kind, encoding=charset)
            except LookupError:
                pass
    except InputError as e:
        return Task(uri, error=str(e))
    if ctype.startswith(("text/html", "application/xhtml")):
        page.kind = "html"
    page.url = uri
    if use_dates and warc_date:
        page.published = warc_date[:10]
    return Task(uri, page=page)


def _charset(ctype: str) -> str | None:
    for part in ctype.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("'\"").lower()
    return None


def _one_line(reason: str) -> str:
    return " ".join(reason.split())
