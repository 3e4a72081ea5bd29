#!/usr/bin/env python3
"""Throughput of `newsdigest batch` over a built corpus: one worker, two workers, Dask.

    python bench/batch.py [--count 2000] [--no-dask] [--keep DIR]

Builds a corpus of --count articles from samples/ and ../shared (raw news pages, the
seed page, the MEN articles), text and HTML mixed: half as files in a directory tree
(text pages as .txt, and every other one wrapped in an HTML page with site furniture),
half as JSONL records (plain and gzipped, `text` and `html` records). Pages are repeated
with a varying furniture line to reach the count.

Then runs, each as a fresh process and each to its own output:

    newsdigest batch CORPUS -o OUT -q --jobs 1
    newsdigest batch CORPUS -o OUT -q --jobs 2
    newsdigest batch CORPUS -o OUT -q --jobs 2 --engine dask     (a local Dask cluster)

and reports articles/s (wall time of the whole process, start-up included), the
speed-up of two workers over one, the peak memory of the largest process of each run
(getrusage of the children), CPU time used, and the load average around each run: other
work on the machine slows the parallel runs more than the single one. The outputs of the
three runs are compared: they must be the same bytes. The runs use a copy of the package
taken at the start, so edits made to the tree during the benchmark do not change them.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSDIGEST_SHARED", ROOT.parent / "shared"))

_MEASURE = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": p.returncode, "wall": wall, "maxrss_kb": r.ru_maxrss, "cpu": r.ru_utime + r.ru_stime,
                  "stderr": p.stderr}))
"""


def base_pages() -> list[tuple[str, str, str]]:
    """(name, kind, content) of every page we can use."""
    pages = []
    for p in sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "samples").glob("*.html")):
        pages.append((p.stem, "html" if p.suffix == ".html" else "text", p.read_text(encoding="utf-8")))
    for p in sorted(SHARED.glob("corpus/news-*/*.txt")) + sorted(SHARED.glob("seed/*.txt")):
        pages.append((p.stem, "text", p.read_text(encoding="utf-8", errors="replace")))
    men = SHARED / "corpus" / "men" / "men.jsonl"
    if men.is_file():
        with men.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                pages.append((str(rec["id"]), "text", rec["text"]))
    return pages


def as_html(name: str, text: str, copy: int) -> str:
    """A text page dressed as a site's HTML page, furniture and all."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    title = html.escape(lines[0]) if lines else name
    body = "".join(f"<p>{html.escape(x)}</p>\n" for x in lines[1:])
    return (f"<!doctype html><html lang=\"ms\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"<nav><a href=\"/\">Utama</a> <a href=\"/berita\">Berita</a> <a href=\"/sukan\">Sukan</a></nav>"
            f"<article><h1>{title}</h1>\n{body}</article>"
            f"<aside>Baca juga: artikel berkaitan {copy}</aside>"
            f"<footer>Hak cipta terpelihara {copy}. Ikuti kami di media sosial.</footer></body></html>")


def build(corpus: Path, count: int) -> dict:
    pages = base_pages()
    if not pages:
        raise SystemExit("no pages found in samples/ or ../shared")
    files_n = count // 2
    recs_n = count - files_n
    kinds = {"text": 0, "html": 0}
    for i in range(files_n):
        name, kind, content = pages[i % len(pages)]
        copy = i // len(pages)
        folder = corpus / "pages" / f"d{i // 200:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        if kind == "text" and i % 2:
            kind, content = "html", as_html(name, content, copy)
        elif kind == "text":
            content = content.rstrip("\n") + f"\n\nBaca juga: berita lain {copy}\n"
        (folder / f"{i:05d}-{name}.{'html' if kind == 'html' else 'txt'}").write_text(content, encoding="utf-8")
        kinds[kind] += 1
    halves = [(corpus / "records-a.jsonl", open), (corpus / "records-b.jsonl.gz", gzip.open)]
    per_file = (recs_n + 1) // 2
    j = 0
    for path, opener in halves:
        with opener(path, "wt", encoding="utf-8") as f:
            for _ in range(min(per_file, recs_n - j)):
                name, kind, content = pages[(j * 7) % len(pages)]
                copy = j // len(pages)
                if kind == "text" and j % 2:
                    kind, content = "html", as_html(name, content, copy)
                rec = {"id": f"rec-{j:05d}-{name}", kind: content, "url": f"https://news.example/{j}"}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                kinds[kind] += 1
                j += 1
    return kinds


def measure(cmd: list[str], cwd: Path) -> dict:
    before = os.getloadavg()[0]
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, check=True,
                         cwd=cwd)
    res = json.loads(out.stdout)
    res["load_before"], res["load_after"] = before, os.getloadavg()[0]
    if res["rc"] != 0:
        raise SystemExit(f"failed ({res['rc']}): {' '.join(cmd)}\n{res['stderr']}")
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=2000, help="articles in the corpus (default 2000)")
    ap.add_argument("--no-dask", action="store_true", help="leave out the Dask run")
    ap.add_argument("--keep", metavar="DIR", help="build the corpus and outputs in DIR and keep them")
    a = ap.parse_args()

    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="newsdigest-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    t = time.perf_counter()
    kinds = build(corpus, a.count)
    print(f"corpus: {a.count} articles ({kinds['text']} text, {kinds['html']} HTML; half files, half JSONL "
          f"records) built in {time.perf_counter() - t:.1f} s in {corpus}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before the runs")

    # Run a snapshot of the package, so that edits made to the tree meanwhile cannot make
    # the runs differ.
    import shutil

    snap = work / "src"
    shutil.rmtree(snap, ignore_errors=True)
    shutil.copytree(ROOT / "newsdigest", snap / "newsdigest", ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["PYTHONPATH"] = str(snap) + os.pathsep + os.environ.get("PYTHONPATH", "")
    exe = [sys.executable, "-m", "newsdigest", "batch", str(corpus), "-q"]
    runs = [("local --jobs 1", ["--jobs", "1"]), ("local --jobs 2", ["--jobs", "2"])]
    try:
        import distributed  # noqa: F401

        if not a.no_dask:
            runs.append(("dask local cluster, 2 workers", ["--jobs", "2", "--engine", "dask"]))
    except ImportError:
        print("dask: not installed (pip install 'newsdigest[dask]'); Dask run left out")

    results = {}
    for label, extra in runs:
        out = work / f"out-{len(results)}.jsonl"
        cmd = exe + ["-o", str(out)] + extra
        print(f"$ newsdigest batch {corpus} -q -o {out.name} {' '.join(extra)}", flush=True)
        r = measure(cmd, work)  # not in the source tree: the snapshot must come first
        r["out"] = out
        r["summary"] = r["stderr"].strip().splitlines()[-1] if r["stderr"].strip() else ""
        results[label] = r
        print(f"  {a.count / r['wall']:7.1f} articles/s  wall {r['wall']:6.1f} s  cpu {r['cpu']:6.1f} s  "
              f"peak RSS {r['maxrss_kb'] / 1024:6.1f} MiB  load {r['load_before']:.2f} -> {r['load_after']:.2f}")
        print(f"  {r['summary']}", flush=True)

    one = results["local --jobs 1"]
    two = results["local --jobs 2"]
    print(f"speed-up, 2 workers over 1: {one['wall'] / two['wall']:.2f}x (target >= 1.7x on 2 idle cores)")
    # Wall time depends on what else runs; CPU time much less so. With the work split
    # evenly over two idle cores, the wall time of --jobs 2 would be its CPU time / 2.
    print(f"CPU time, 2 workers over 1: {two['cpu'] / one['cpu']:.2f}x; speed-up on 2 idle cores, if the "
          f"work splits evenly: {2 * one['cpu'] / two['cpu']:.2f}x")
    if "dask local cluster, 2 workers" in results:
        d = results["dask local cluster, 2 workers"]
        print(f"dask vs local, 2 workers each: {a.count / d['wall']:.1f} vs {a.count / two['wall']:.1f} articles/s "
              f"(dask includes starting its cluster)")
    ref = one["out"].read_bytes()
    same = all(r["out"].read_bytes() == ref for r in results.values())
    # (a difference can also come from the package's code being edited between two runs)
    lines = ref.count(b"\n")
    print(f"outputs identical across runs: {'yes' if same else 'NO'} ({lines} digests)")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
