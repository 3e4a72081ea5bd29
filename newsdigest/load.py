"""Stage 1 — load: bytes of a saved page -> Page (decoded text or HTML).

Detects by content, not only by extension: gzip, HTML, plain text. Decodes UTF-8
(with or without BOM), UTF-16/32 with BOM, and falls back to Windows-1252/Latin-1.
Anything that cannot be a page (NUL bytes, binary data) is refused with a reason.
"""
from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator

from newsdigest.model import Page

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
_GZIP_MAGIC = b"\x1f\x8b"
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<meta ", "<article", "<div", "<p>", "<p ", "<title")
# Control characters that never appear in a text page (tab, LF, CR and FF are fine), as
# bytes: they are their own UTF-8 encoding, and no other character's holds them.
_BINARY_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _latin1(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start:err.end].decode("latin-1"), err.end


_LATIN1_FALLBACK = "newsdigest-latin1"
codecs.register_error(_LATIN1_FALLBACK, _latin1)


class InputError(Exception):
    """A user-facing problem with one input: the message is the reason, in one line."""


def os_reason(e: OSError) -> str:
    """The one-line reason for a file that cannot be opened or read."""
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    return e.strerror or str(e)


def read_source(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of a file path, or of stdin for ``-``; refuses inputs over max_bytes."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if os.path.isdir(path):  # (a Path object per input costs more than the check)
                raise InputError("is a directory")
            with open(path, "rb") as f:
                # One read of the file's size: asking for max_bytes + 1 would allocate that much
                # for every file. A file that grew meanwhile (or reports no size) reads on.
                size = os.fstat(f.fileno()).st_size
                data = f.read(min(size, max_bytes) + 1)
                if len(data) > size:
                    data += f.read(max_bytes + 1 - len(data))
    except OSError as e:
        raise InputError(os_reason(e)) from None
    if len(data) > max_bytes:
        raise InputError(f"larger than --max-bytes ({max_bytes} bytes)")
    return data


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Inflate gzip data, refusing to grow past max_bytes (a gzip bomb is not inflated)."""
    import zlib

    out = bytearray()
    while data[:2] == _GZIP_MAGIC:  # concatenated members are allowed by the format
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = inflater.decompress(data, max_bytes + 1 - len(out))
            out += chunk
            while inflater.unconsumed_tail and len(out) <= max_bytes:
                out += inflater.decompress(inflater.unconsumed_tail, max_bytes + 1 - len(out))
        except zlib.error as e:
            raise InputError(f"corrupt gzip data ({e})") from None
        if len(out) > max_bytes:
            raise InputError(f"decompresses to more than --max-bytes ({max_bytes} bytes)")
        if not inflater.eof:
            raise InputError("truncated gzip data")
        data = inflater.unused_data
    return bytes(out)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises InputError for binary data."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"invalid {enc.upper()} data after its byte-order mark") from None
            _refuse_binary(text)
            return text, enc
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Windows-1252 is what browsers assume for unlabelled Western text; its five
        # undefined bytes fall back to Latin-1 so nothing is lost.
        text = data.decode("cp1252", errors=_LATIN1_FALLBACK)
        enc = "windows-1252"
        data = None
    _refuse_binary(text, data)
    return text, enc


_SAMPLE = 8192  # characters looked at for control characters


def _refuse_binary(text: str, utf8: bytes | None = None) -> None:
    """utf8: text's UTF-8 encoding, when the caller has it (the bytes it was decoded from)."""
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters)")
    sample = text[:_SAMPLE]
    if sample:
        short = utf8 is not None and len(text) <= _SAMPLE  # the sample is the whole text
        encoded = utf8 if short else sample.encode("utf-8", "surrogatepass")
        controls = len(encoded) - len(encoded.translate(None, _BINARY_CONTROLS))  # a C-speed count
        if controls > max(8, len(sample) // 100):
            raise InputError("binary file (not text or HTML)")


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(text: str, name: str = "") -> bool:
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = text[:4096].lstrip()
    if not head.startswith("<"):
        return False
    head = head.lower()
    return any(marker in head for marker in _HTML_MARKERS)


def page_from_bytes(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Decode one input's bytes into a Page (text or HTML)."""
    name = source[:-3] if source.lower().endswith(".gz") else source
    if data[:2] == _GZIP_MAGIC:
        data = gunzip(data, max_bytes)
    if not data.strip():
        raise InputError("empty input")
    text, enc = decode(data)
    text = normalise_newlines(text)
    kind = "html" if looks_like_html(text, name) else "text"
    return Page(source=source, content=text, kind=kind, encoding=enc)


def load_page(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Read and decode one file (``-`` is stdin)."""
    source = "<stdin>" if path == "-" else path
    return page_from_bytes(read_source(path, max_bytes), source, max_bytes)


def iter_jsonl_pages(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Page | InputError]:
    """One Page per JSONL record {id, text|html, url?, published?}; a bad record yields an
    InputError naming its line, and the others go on."""
    data = read_source(path, max_bytes)
    if data[:2] == _GZIP_MAGIC:
        data = gunzip(data, max_bytes)
    text, _ = decode(data)
    for lineno, line in enumerate(normalise_newlines(text).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield page_from_json_line(line)
        except InputError as e:
            yield InputError(f"line {lineno}: {e}")


def page_from_json_line(line: str) -> Page:
    """The Page of one JSONL line; InputError says why a line is not a usable record."""
    import json  # lazy: only JSONL input needs it

    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON ({e.msg})") from None
    except RecursionError:
        raise InputError("record nested too deeply") from None
    return page_from_record(rec)


def page_from_record(rec: object) -> Page:
    if not isinstance(rec, dict):
        raise InputError("record is not a JSON object")
    rid = rec.get("id")
    if rid is None or isinstance(rid, (dict, list)):
        raise InputError("record has no usable 'id'")
    source = str(rid)
    body, kind = rec.get("text"), "text"
    if body is None:
        body, kind = rec.get("html"), "html"
    if not isinstance(body, str):
        raise InputError(f"record {source!r} has no 'text' or 'html' string")
    if "\x00" in body:
        raise InputError(f"record {source!r}: text contains NUL characters")
    url, published = rec.get("url"), rec.get("published")
    return Page(
        source=source,
        content=body,  # as given: --no-clean offsets must point into the record's own text
        kind=kind,
        url=url if isinstance(url, str) else None,
        published=published if isinstance(published, str) else None,
    )
