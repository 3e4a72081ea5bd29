"""`newsdigest batch`: inputs of every kind, order, failures, resume, the process pool."""
from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SAMPLES

PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))


def _summarise_jsonl(cli, paths) -> str:
    out = []
    for p in paths:
        r = cli(["summarise", "--format", "jsonl", p])
        assert r.exit_code == 0, r.stderr
        out.append(r.stdout)
    return "".join(out)


def _records(n: int) -> list[dict]:
    """n JSONL records made from the samples, each with its own id."""
    recs = []
    for i in range(n):
        page = PAGES[i % len(PAGES)]
        key = "html" if page.suffix == ".html" else "text"
        recs.append({"id": f"rec-{i:03d}", key: page.read_text(encoding="utf-8"),
                     "url": f"https://example.test/{i}"})
    return recs


def _write_jsonl(path, recs, bad_lines=()) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    for at, text in bad_lines:
        lines.insert(at, text)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _lines(path) -> list[str]:
    # split on LF only: a digest may hold U+2028 and the like, which splitlines() breaks on
    return path.read_text(encoding="utf-8").split("\n")[:-1]


# ---------------------------------------------------------------- directories and order

def test_directory_in_order_equals_summarise_file_by_file(cli, tmp_path):
    out1, out2 = tmp_path / "j1.jsonl", tmp_path / "j2.jsonl"
    r = cli(["batch", SAMPLES, "-o", out1, "--jobs", "1"])
    assert r.exit_code == 0, r.stderr
    expected = _summarise_jsonl(cli, PAGES)  # sorted walk: the same order
    assert out1.read_text(encoding="utf-8") == expected
    assert [json.loads(x)["source"] for x in _lines(out1)] == [str(p) for p in PAGES]
    # the process pool gives the very same bytes
    r = cli(["batch", SAMPLES, "-o", out2, "--jobs", "2"])
    assert r.exit_code == 0, r.stderr
    assert out2.read_bytes() == out1.read_bytes()
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith(f"newsdigest: batch: {len(PAGES)} done, 0 failed, 0 skipped in ") and "articles/s" in last


def test_walk_is_recursive_with_include_exclude_and_gzip(cli, tmp_path):
    tree = tmp_path / "crawl"
    (tree / "a" / "b").mkdir(parents=True)
    (tree / ".git").mkdir()
    shutil.copy(PAGES[0], tree / "one.txt")
    shutil.copy(PAGES[1], tree / "a" / "two.html")
    (tree / "a" / "b" / "three.txt.gz").write_bytes(gzip.compress(PAGES[2].read_bytes()))
    (tree / "a" / "notes.yaml").write_text("x: 1\n")
    (tree / ".git" / "hidden.txt").write_text("not a page")
    out = tmp_path / "out.jsonl"
    r = cli(["batch", tree, "-o", out, "-j", "1"])
    assert r.exit_code == 0, r.stderr
    got = [json.loads(x)["source"] for x in _lines(out)]
    assert got == [str(tree / "one.txt"), str(tree / "a" / "two.html"), str(tree / "a" / "b" / "three.txt.gz")]
    r = cli(["batch", tree, "-o", out, "-j", "1", "--include", "*.html", "--include", "a/b/*"])
    assert [json.loads(x)["source"] for x in _lines(out)] == [got[1], got[2]]
    r = cli(["batch", tree, "-o", out, "-j", "1", "--exclude", "a/*"])
    assert [json.loads(x)["source"] for x in _lines(out)] == [got[0]]


def test_stdin_list_of_paths(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    listing = "".join(f"{p}\n" for p in PAGES[:3]) + "\n"
    r = cli(["batch", "-", "-o", out, "-j", "1"], input=listing)
    assert r.exit_code == 0, r.stderr
    assert out.read_text(encoding="utf-8") == _summarise_jsonl(cli, PAGES[:3])


def test_stdout_and_tsv_header_once(cli, tmp_path):
    from newsdigest.render import tsv_header

    r = cli(["batch", PAGES[0], PAGES[3], "-o", "-", "-f", "tsv", "-j", "1"])
    assert r.exit_code == 0
    expected = tsv_header() + "".join(cli(["summarise", "-f", "tsv", "--no-header", p]).stdout
                                      for p in (PAGES[0], PAGES[3]))
    assert r.stdout == expected and r.stdout.count("source\trecord") == 1


# ---------------------------------------------------------------- JSONL records and failures

def test_jsonl_records_corrupt_record_in_the_middle(cli, tmp_path):
    recs = _records(6)
    src = tmp_path / "recs.jsonl.gz"
    plain = tmp_path / "plain.jsonl"
    _write_jsonl(plain, recs, bad_lines=[(3, '{"id": "broken", "text": "unterminated'),
                                         (5, '{"id": "no-body"}')])
    src.write_bytes(gzip.compress(plain.read_bytes()))
    binary = tmp_path / "dir"
    binary.mkdir()
    (binary / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    r = cli(["batch", src, binary, tmp_path / "missing.txt", "-o", out, "--errors", errors, "-j", "2"])
    assert r.exit_code == 1
    assert [json.loads(x)["source"] for x in _lines(out)] == [rec["id"] for rec in recs]
    failed = [json.loads(x) for x in _lines(errors)]
    assert [f["source"] for f in failed] == [f"{src}:4", f"{src}:6", str(binary / "bad.txt"),
                                             str(tmp_path / "missing.txt")]
    assert "not valid JSON" in failed[0]["reason"] and "no 'text' or 'html'" in failed[1]["reason"]
    assert "binary" in failed[2]["reason"] and failed[3]["reason"] == "no such file"
    assert "6 done, 4 failed, 0 skipped" in r.stderr
    # records equal summarise --input jsonl of the same file
    same = cli(["summarise", "--input", "jsonl", "--format", "jsonl", src])
    assert out.read_text(encoding="utf-8") == same.stdout


def test_errors_go_to_stderr_without_errors_file(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    r = cli(["batch", PAGES[0], tmp_path / "nope.txt", "-o", out, "-j", "1"])
    assert r.exit_code == 1 and len(_lines(out)) == 1
    assert f"newsdigest: error: {tmp_path / 'nope.txt'}: no such file" in r.stderr.splitlines()


def test_oversized_record_is_refused_and_the_next_one_read(tmp_path):
    from newsdigest.batch.inputs import iter_records

    path = tmp_path / "r.jsonl"
    _write_jsonl(path, [{"id": "big", "text": "x" * 5000}, {"id": "small", "text": "Satu ayat."}])
    tasks = list(iter_records(str(path), max_bytes=1000))
    assert tasks[0].source == f"{path}:1" and "max-bytes" in tasks[0].error
    assert tasks[1].source == "small" and tasks[1].page.content == "Satu ayat."


def test_usage_errors_exit_2(cli, tmp_path):
    assert cli(["batch", PAGES[0]]).exit_code == 2  # no -o
    assert cli(["batch", PAGES[0], "-o", "-", "--resume"]).exit_code == 2
    assert cli(["batch", PAGES[0], "-o", "-", "--scheduler", "tcp://x:1"]).exit_code == 2
    assert cli(["batch", PAGES[0], "-o", "-", "--date", "yesterday"]).exit_code == 2


def test_options_are_passed_to_every_article(cli, tmp_path):
    out = tmp_path / "o.jsonl"
    r = cli(["batch", PAGES[0], "-o", out, "-j", "1", "--summary-sentences", "1", "--events-limit", "1",
             "--lang", "en"])
    assert r.exit_code == 0
    expected = cli(["summarise", "-f", "jsonl", "--summary-sentences", "1", "--events-limit", "1",
                    "--lang", "en", PAGES[0]]).stdout
    assert out.read_text(encoding="utf-8") == expected


# ---------------------------------------------------------------- WARC

def _warc(path, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (SAMPLES / "id-gempa.html").read_bytes()
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record("t.warc", {"software": "test"}))

        def response(uri, body, ctype, status="200 OK", date="2024-03-05T10:00:00Z"):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
            w.write_record(rec)

        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.test")], is_http_request=True)
        w.write_record(w.create_warc_record("https://news.test/gempa", "request", http_headers=req))
        response("https://news.test/gempa", html, "text/html; charset=utf-8")
        response("https://news.test/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        response("https://news.test/gone", b"<html><body>Not found</body></html>", "text/html", "404 Not Found")
        latin = ("<html><head><title>Banjir di Johor</title></head><body><h1>Banjir di Johor</h1>"
                 "<p>Menteri Besar Johor berkata mangsa banjir di Kota Tinggi meningkat kepada 2,000 orang "
                 "semalam, caf\u00e9 ditutup.</p></body></html>").encode("latin-1")
        response("https://news.test/banjir", latin, "text/html; charset=ISO-8859-1")
    return html


def test_warc_response_records(cli, tmp_path):
    pytest.importorskip("warcio")
    warc = tmp_path / "crawl.warc.gz"
    html = _warc(warc)
    out = tmp_path / "out.jsonl"
    r = cli(["batch", warc, "-o", out, "-j", "1"])
    assert r.exit_code == 0, r.stderr
    got = [json.loads(x) for x in _lines(out)]
    assert [d["source"] for d in got] == ["https://news.test/gempa", "https://news.test/banjir"]
    assert got[0]["language"] == "id" and got[1]["url"] == "https://news.test/banjir"
    assert got[1]["title"] == "Banjir di Johor" and "café" in " ".join(got[1]["summary"])  # ISO-8859-1 honoured
    # the same page as a file gives the same actors, places and events
    page = tmp_path / "gempa.html"
    page.write_bytes(html)
    alone = json.loads(cli(["summarise", "-f", "json", page]).stdout)
    for key in ("title", "actors", "places", "events", "summary"):
        assert got[0][key] == alone[key]
    # the capture date stands in for a page that gives no date, unless --date is given
    assert got[1]["published"] == "2024-03-05"
    r = cli(["batch", warc, "-o", out, "-j", "1", "--date", "2020-01-01"])
    assert json.loads(_lines(out)[1])["published"] == "2020-01-01"


def test_cut_or_corrupt_warc_keeps_the_records_before(cli, tmp_path):
    pytest.importorskip("warcio")
    warc = tmp_path / "crawl.warc"
    _warc(warc, gz=False)
    data = warc.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[:data.index(b"https://news.test/banjir") + 400])
    junk = tmp_path / "junk.warc"
    at = data.index(b"WARC/1.0", data.index(b"https://news.test/logo.png") - 200)
    junk.write_bytes(data[:at] + b"this is not a WARC header\r\n\r\n" + data[at:])
    out, errors = tmp_path / "out.jsonl", tmp_path / "e.jsonl"
    r = cli(["batch", cut, junk, "-o", out, "--errors", errors, "-j", "1"])
    assert r.exit_code == 1
    assert [json.loads(x)["source"] for x in _lines(out)] == ["https://news.test/gempa"] * 2
    failed = [json.loads(x) for x in _lines(errors)]
    assert failed[0] == {"source": "https://news.test/banjir", "reason": "truncated WARC record"}
    assert failed[1]["source"].startswith(f"{junk}#") and "corrupt WARC data" in failed[1]["reason"]
    assert len(failed) == 2


# ---------------------------------------------------------------- resume

def test_resume_after_a_run_killed_half_way(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(40):
        shutil.copy(PAGES[i % len(PAGES)], pages / f"{i:02d}{PAGES[i % len(PAGES)].suffix}")
    listing = "".join(f"{p}\n" for p in sorted(pages.iterdir())).encode()
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    cmd = [sys.executable, "-m", "newsdigest", "batch", "-", "--jobs", "2", "-q"]
    subprocess.run(cmd + ["-o", str(full)], input=listing, cwd=ROOT, check=True, capture_output=True)
    # The list on stdin is left open, so the run cannot end before it is killed.
    p = subprocess.Popen(cmd + ["-o", str(part)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    p.stdin.write(listing)
    p.stdin.flush()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (part.exists() and part.read_bytes().count(b"\n") >= 3):
        time.sleep(0.02)
    os.killpg(p.pid, signal.SIGKILL)  # the run and its workers, as a crash would
    p.wait()
    p.stdin.close()
    written = part.read_bytes()
    done = written.count(b"\n")
    assert 3 <= done < 40
    with open(part, "ab") as f:  # a line cut short by the crash
        f.write(b'{"schema":"1.0","source":"' + str(pages).encode())
    r = subprocess.run(cmd + ["-o", str(part), "--resume"], input=listing, cwd=ROOT, capture_output=True)
    err = r.stderr.decode()
    assert r.returncode == 0, err
    assert part.read_bytes() == full.read_bytes(), err
    assert f"{40 - done} done, 0 failed, {done} skipped" in err, (done, err)
    sources = [json.loads(x)["source"] for x in _lines(part)]
    assert len(sources) == len(set(sources)) == 40


def test_resume_tsv_redoes_the_last_source(tmp_path):
    from newsdigest.batch.runner import prepare_resume
    from newsdigest.render import tsv_header

    out = tmp_path / "o.tsv"
    out.write_text(tsv_header() + "a\tactor\tX\n" + "a\tplace\tY\n" + "b\tactor\tZ\n" + "b\tplace\tW", encoding="utf-8")
    assert prepare_resume(str(out), "tsv") == {"a"}
    assert out.read_text(encoding="utf-8") == tsv_header() + "a\tactor\tX\na\tplace\tY\n"
    j = tmp_path / "o.jsonl"
    j.write_text('{"source":"x","actors":[]}\n{"source":"y","act', encoding="utf-8")
    assert prepare_resume(str(j), "jsonl") == {"x"}
    assert j.read_text(encoding="utf-8") == '{"source":"x","actors":[]}\n'


# ---------------------------------------------------------------- the pool itself

def test_unordered_gives_the_same_records(tmp_path):
    from newsdigest.analyse import Options
    from newsdigest.batch.inputs import Inputs
    from newsdigest.batch.runner import local_results
    from newsdigest.batch.work import Settings

    settings = Settings(Options())
    tasks = Inputs([str(p) for p in PAGES] * 2)
    ordered = [r for rs in local_results(tasks, settings, 1) for r in rs]
    unordered = [r for rs in local_results(tasks, settings, 2, ordered=False, chunk=1) for r in rs]
    assert sorted(unordered) == sorted(ordered) and len(ordered) == 2 * len(PAGES)


def _crash_on_boom(task, settings):
    if task.source == "boom":
        os._exit(3)
    return _REAL_RUN_ONE(task, settings)


_REAL_RUN_ONE = None


@pytest.mark.skipif(multiprocessing.get_start_method(allow_none=False) != "fork",
                    reason="the crash is injected into forked workers")
def test_a_worker_that_dies_loses_only_its_article(monkeypatch):
    global _REAL_RUN_ONE
    from newsdigest.analyse import Options
    from newsdigest.batch import runner, work
    from newsdigest.batch.work import Settings, Task
    from newsdigest.model import Page

    _REAL_RUN_ONE = work.run_one
    monkeypatch.setattr(work, "run_one", _crash_on_boom)
    monkeypatch.setattr(runner, "run_one", _crash_on_boom)
    tasks = [Task(f"t{i}", page=Page(f"t{i}", "Menteri itu melawat Johor semalam.", "text")) for i in range(10)]
    tasks.insert(5, Task("boom", page=Page("boom", "x", "text")))
    results = [r for rs in runner.local_results(tasks, Settings(Options()), 2, chunk=2) for r in rs]
    assert [r.source for r in results] == [t.source for t in tasks]
    assert [r.source for r in results if r.reason] == ["boom"]
    assert "worker process died" in results[5].reason


def test_progress_line(tmp_path):
    from newsdigest.batch.runner import Progress

    buf = io.StringIO()
    p = Progress(buf)
    p.total = 10
    p.update(4, 1, 0, force=True)
    text = buf.getvalue()
    assert "5/10" in text and "articles/s" in text and "ETA" in text and "1 failed" in text
    p.clear()
    assert buf.getvalue().endswith("\r\x1b[K")


def test_count_for_eta(tmp_path):
    from newsdigest.batch.inputs import Inputs

    src = tmp_path / "r.jsonl"
    _write_jsonl(src, _records(5))
    assert Inputs([str(SAMPLES), str(src)]).count() == len(PAGES) + 5
    assert Inputs(["-"]).count() is None


def test_output_inside_the_walked_directory_is_not_read_back(cli, tmp_path):
    shutil.copy(PAGES[0], tmp_path / "a.txt")
    out = tmp_path / "digests.jsonl"
    for _ in range(2):  # the second run finds the first run's OUT in the directory
        r = cli(["batch", tmp_path, "-o", out, "--errors", tmp_path / "errors.jsonl", "-j", "1"])
        assert r.exit_code == 0, r.stderr
        assert [json.loads(x)["source"] for x in _lines(out)] == [str(tmp_path / "a.txt")]


def test_inputs_are_read_lazily_and_the_window_is_bounded():
    import itertools

    from newsdigest.analyse import Options
    from newsdigest.batch.inputs import Inputs
    from newsdigest.batch.runner import CHUNK, WINDOW_PER_JOB, local_results
    from newsdigest.batch.work import Settings, Task
    from newsdigest.model import Page

    endless_list = (f"{PAGES[i % len(PAGES)]}\n" for i in itertools.count())
    first = list(itertools.islice(iter(Inputs(["-"], stdin=endless_list)), 3))
    assert [t.path for t in first] == [str(p) for p in PAGES[:3]]

    pulled = 0

    def endless_tasks():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield Task(f"t{i}", page=Page(f"t{i}", "Menteri itu melawat Johor semalam.", "text"))

    results = local_results(endless_tasks(), Settings(Options()), 2)
    got = [r for rs in itertools.islice(results, 10) for r in rs]
    results.close()
    assert [r.source for r in got[:5]] == ["t0", "t1", "t2", "t3", "t4"]
    assert pulled <= len(got) + 2 * WINDOW_PER_JOB * CHUNK + CHUNK
