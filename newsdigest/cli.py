"""The command line: files, stdin, formats, errors and exit codes. The work itself is
done by the pipeline (load -> clean -> analyse -> render); this module only wires it.

Exit status: 0 all inputs done; 1 some input failed (the others were still done);
2 usage error; 130 interrupted. A reader that closes the pipe early ends the run quietly.
"""
from __future__ import annotations

import itertools
import os
import signal
import sys
from collections.abc import Callable, Iterator

import click

from newsdigest import __version__
from newsdigest.cli_options import analysis_options, max_bytes_option

EXAMPLES = """
\b
Examples:
  newsdigest summarise article.txt
  newsdigest summarise --format json page.html | jq '.actors[].name'
  newsdigest summarise --format tsv *.txt | cut -f3,4 | sort | uniq -c
  newsdigest summarise --format jsonl --input jsonl crawl.jsonl > digests.jsonl
  cat article.txt | newsdigest summarise --date 2023-09-18 -
  newsdigest clean --show-removed article.txt
  newsdigest batch crawl/ -o digests.jsonl && newsdigest top digests.jsonl
"""


class AliasedGroup(click.Group):
    """A group that also answers to the American spelling of summarise."""

    aliases = {"summarize": "summarise"}

    def get_command(self, ctx, name):
        return super().get_command(ctx, self.aliases.get(name, name))

    def resolve_command(self, ctx, args):
        name, cmd, rest = super().resolve_command(ctx, args)
        return (cmd.name if cmd else name), cmd, rest


@click.group(cls=AliasedGroup, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXAMPLES)
@click.version_option(__version__, "-V", "--version", prog_name="newsdigest")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="YAML file of extra furniture phrases and places "
                   "[default: ~/.config/newsdigest/config.yaml when it exists].")
def main(config_path):
    """Turn saved news article pages (Malay, Indonesian, English; text or HTML) into a
    structured digest of actors, places and events, for people and for pipes."""
    from newsdigest.config import ConfigError, apply, default_path, load_config

    if config_path is None and not os.path.isfile(default_path()):
        return  # the common case: nothing to read
    try:
        apply(load_config(config_path))
    except ConfigError as e:
        _stderr(f"newsdigest: error: {e}")
        sys.exit(2)


def _input_options(f):
    f = click.option("--input", "input_mode", type=click.Choice(["page", "jsonl"]), default="page",
                     show_default=True,
                     help="page: each FILE is one saved page (text, HTML, gzip). jsonl: each line of "
                          "each FILE is a record {id, text|html, url?, published?}.")(f)
    f = max_bytes_option(f)
    return f


def _output_dir_options(f):
    f = click.option("--force", is_flag=True, help="With --output-dir: overwrite files that exist.")(f)
    f = click.option("--output-dir", type=click.Path(file_okay=False, dir_okay=True, writable=True),
                     default=None, metavar="DIR",
                     help="Write one file per input into DIR (NAME.EXT, NAME being the input's file name "
                          "without .gz and .html/.htm/.txt) instead of printing. Existing files are "
                          "kept unless --force.")(f)
    return f


_EXTENSIONS = {"yaml": ".yaml", "json": ".json", "jsonl": ".jsonl", "tsv": ".tsv", "text": ".txt"}


@main.command("summarise", epilog=EXAMPLES)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("-f", "--format", "fmt", type=click.Choice(["yaml", "json", "jsonl", "tsv", "text"]),
              default="yaml", show_default=True, help="Output format.")
@analysis_options
@click.option("--no-header", is_flag=True, help="TSV: leave out the header line.")
@_output_dir_options
@_input_options
def summarise_cmd(files, fmt, lang, date, no_header, no_clean, mentions, summary_sentences, events_limit,
                  output_dir, force, input_mode, max_bytes):
    """Print a digest of each FILE (- reads stdin): title, dateline, credits, summary,
    actors, places, events, quotes and what was removed. Alias: summarize."""
    from newsdigest.analyse import Options

    options = Options(lang=None if lang == "auto" else lang, date=date, mentions=mentions,
                      summary_sentences=summary_sentences, events_limit=events_limit)

    def emit(page):
        from newsdigest.pipeline import digest_page
        from newsdigest.render import render

        digest = digest_page(page, options, clean=not no_clean)
        for note in digest.notes:
            _stderr(f"newsdigest: warning: {page.source}: {note}")
        return render(digest.to_dict(), fmt)

    def header():
        from newsdigest.render import tsv_header

        return tsv_header() if fmt == "tsv" and not no_header else ""

    if output_dir is not None:
        # One file per input, each complete in itself (a TSV file has its own header).
        to_file = _writing_to(output_dir, _EXTENSIONS[fmt], force, lambda page: header() + emit(page))
        _run(files, input_mode, max_bytes, to_file, lambda: "")
        return
    _run(files, input_mode, max_bytes, emit, header)


@main.command("clean", epilog=EXAMPLES)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--show-removed", is_flag=True,
              help="Also report every removed line and why (on stderr; in the object with --format json).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the title, then the paragraphs separated by blank lines. json: one object per article.")
@click.option("--body-only", is_flag=True, help="Leave out the title line.")
@_output_dir_options
@_input_options
def clean_cmd(files, show_removed, fmt, body_only, output_dir, force, input_mode, max_bytes):
    """Print just the cleaned article of each FILE (- reads stdin)."""
    several = (len(files) > 1 or input_mode == "jsonl") and output_dir is None

    def emit(page):
        from newsdigest.pipeline import clean_page

        article = clean_page(page, removed=show_removed)  # the removed lines are only shown
        if fmt == "json":
            import json

            obj = {
                "source": article.source,
                "title": None if body_only else article.title,
                "dateline": article.dateline,
                "credits": article.credits,
                "published": article.published,
                "paragraphs": article.paragraphs,
            }
            if show_removed:
                obj["removed"] = [r.to_dict() for r in article.removed]
            return json.dumps(obj, ensure_ascii=False) + "\n"
        if show_removed:
            for r in article.removed:
                where = f"{article.source}:{r.line}" if r.line else article.source
                _stderr(f"newsdigest: removed: {where}: {r.reason}: {r.text}")
        blocks = ([] if body_only or not article.title else [article.title]) + article.paragraphs
        head = f"==> {article.source} <==\n" if several else ""
        return head + "\n\n".join(blocks) + "\n" + ("\n" if several else "")

    if output_dir is not None:
        emit = _writing_to(output_dir, ".json" if fmt == "json" else ".txt", force, emit)
    _run(files, input_mode, max_bytes, emit, lambda: "")


_DEVICE_NAMES = frozenset(["con", "prn", "aux", "nul", "clock$", "conin$", "conout$"]
                          + [f"{d}{n}" for d in ("com", "lpt") for n in "0123456789¹²³"])
_INPUT_SUFFIXES = (".html", ".htm", ".txt")


def output_name(source: str) -> str:
    """A safe file name (no extension) for an input: its base name without .gz and
    .html/.htm/.txt; no separators, no leading dots, no device names, no control characters."""
    import re

    name = re.split(r"[/\\]", source)[-1]
    if name.lower().endswith(".gz"):
        name = name[:-3]
    for suffix in _INPUT_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    name = re.sub(r"[^\w.-]+", "_", name).strip("._ ")
    name = name.encode("utf-8")[:150].decode("utf-8", "ignore") or "page"  # file systems count bytes
    if name.split(".")[0].lower() in _DEVICE_NAMES:
        name = "_" + name
    return name


def _writing_to(output_dir: str, ext: str, force: bool, emit: Callable) -> Callable:
    """An emit that writes each input's output to DIR/NAME.EXT and prints nothing. Two
    inputs with one name get -2, -3...; an existing file is an error unless force."""
    from newsdigest.load import InputError

    taken: set[str] = set()

    def write(page):
        text = emit(page)
        base = output_name(page.source)
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name.casefold())
        path = os.path.join(output_dir, name + ext)
        try:
            try:
                _write_file(path, text, force, output_dir, ext)
            except FileNotFoundError:  # the folder is made on the first write (or made again)
                os.makedirs(output_dir, exist_ok=True)
                _write_file(path, text, force, output_dir, ext)
        except FileExistsError:
            raise InputError(f"{path} exists (use --force to overwrite)") from None
        except OSError as e:
            raise InputError(f"cannot write {path}: {e.strerror or e}") from None
        return ""

    return write


_temp_names = itertools.count(1)  # this process's temporary file names in an output folder


# Output files are written through their descriptors, as UTF-8 bytes with "\n" line ends on
# every system: a text-mode file object for each small file costs more than the write.
_WRITE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
                | getattr(os, "O_BINARY", 0))


def _write_file(path: str, text: str, force: bool, output_dir: str, ext: str) -> None:
    data = text.encode("utf-8")
    if not force:
        _write_all(os.open(path, _WRITE_FLAGS, 0o666), data)
        return
    # A new file renamed over the old one: a link at path is replaced, not followed. The
    # temporary file is made as tempfile.mkstemp makes one (exclusive, no link followed,
    # owner only), under a name of this process's own; mkstemp picks one if that is taken.
    tmp = os.path.join(output_dir, f".newsdigest-{os.getpid()}-{next(_temp_names)}{ext}")
    try:
        fd = os.open(tmp, _WRITE_FLAGS | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=output_dir, prefix=".newsdigest-", suffix=ext)
    try:
        _write_all(fd, data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _write_all(fd: int, data: bytes) -> None:
    """Write data to fd (a write may take only part of it), then close fd."""
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


# ---------------------------------------------------------------- running inputs

def _pages(files, input_mode: str, max_bytes: int) -> Iterator[tuple[str, object]]:
    """(name, Page or InputError) for every input, in order; errors do not stop the run."""
    from newsdigest.load import InputError, iter_jsonl_pages, load_page

    for path in files:
        name = "<stdin>" if path == "-" else path
        try:
            if input_mode == "jsonl":
                for item in iter_jsonl_pages(path, max_bytes):
                    yield name, item
            else:
                yield name, load_page(path, max_bytes)
        except InputError as e:
            yield name, e


def _run(files, input_mode: str, max_bytes: int, emit: Callable, header: Callable[[], str]) -> None:
    from newsdigest.load import InputError

    failed = 0
    try:
        out = sys.stdout
        _write_whole(out, header())
        for name, item in _pages(files, input_mode, max_bytes):
            if isinstance(item, InputError):
                failed += 1
                _error(name, str(item))
                continue
            try:
                text = emit(item)
            except InputError as e:
                failed += 1
                _error(item.source, str(e))
                continue
            except RecursionError:
                failed += 1
                _error(item.source, "input nested too deeply to analyse")
                continue
            except Exception as e:  # a bug must not lose the other inputs
                failed += 1
                _error(item.source, f"internal error ({type(e).__name__}: {e})")
                continue
            _write_whole(out, text)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        _quiet_stdout()
        sys.exit(130)
    sys.exit(1 if failed else 0)


def _error(name: str, reason: str) -> None:
    reason = " ".join(reason.split())
    _stderr(f"newsdigest: error: {name}: {reason}")


def _stderr(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        pass


def _quiet_stdout() -> None:
    """After the reader has gone, make the interpreter's final flush a no-op."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# Ctrl-C and SIGTERM stop a run at once, except while a document is being written: a
# write blocked on a full pipe must not be cut in the middle of a line, so the run stops
# right after that document instead.
_writing = False
_stop_requested = False


def _on_stop_signal(signum, frame):
    global _stop_requested
    if _writing:
        _stop_requested = True
    else:
        raise KeyboardInterrupt


def _write_whole(out, text: str) -> None:
    """Write one document, all of it, as UTF-8. On a real file descriptor the bytes go
    straight to os.write: a buffered stream can drop the rest of a write that a signal
    interrupted, and a locale's encoding must not decide what a pipe receives."""
    global _writing
    if text:
        _writing = True
        try:
            fd = _fileno(out)
            if fd is None:
                out.write(text)
                out.flush()
            else:
                out.flush()  # whatever went through the stream before goes first
                data = memoryview(text.encode("utf-8", "surrogateescape"))
                while data:
                    data = data[os.write(fd, data):]
        finally:
            _writing = False
    if _stop_requested:
        raise KeyboardInterrupt


def _fileno(out) -> int | None:
    try:
        return out.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
        return None


def entry() -> None:
    """The console script: Ctrl-C and SIGTERM end a run between whole documents (status 130)."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(sig, _on_stop_signal)
        except (ValueError, OSError):
            pass
    main()


# Corpus commands (newsdigest.batch.commands imports only click at module level).
from newsdigest.batch.commands import batch_cmd, top_cmd  # noqa: E402

main.add_command(batch_cmd)
main.add_command(top_cmd)
