#!/usr/bin/env python3
"""Article-body extraction benchmark: newsdigest against the ScrapingHub set, and
trafilatura on the same pages in the same run when it is installed.

    python bench/extraction.py [--bench DIR] [--runs N] [--keep DIR] [--json]

DIR (default ../shared/bench/extraction) holds score_extraction.py and scrapinghub/
with html/*.html(.gz), text/*.txt and ground-truth.json.

What runs, each as ONE process over all pages (wall time, interpreter start and imports
included, the same for every tool):
  * html:  newsdigest clean --body-only --output-dir TMP scrapinghub/html/*
  * text:  newsdigest clean --body-only --output-dir TMP scrapinghub/text/*
  * trafilatura (only when importable; not a dependency of newsdigest): a Python process
    that reads and decompresses each page and writes trafilatura.extract(html,
    include_comments=False) to TMP/<id>.txt.
Each newsdigest command also runs on its first page alone; the pages after the first over
the time they add give the rate once started, printed beside the whole-run rate.
Every output folder is scored with score_extraction.py (precision, recall, F1 over
4-token shingles). With --runs N the tools run N times, interleaved: the speed is each
tool's median, the scores are those of the first run (outputs do not change between runs).
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "extraction"

TRAFILATURA_RUNNER = r"""
import gzip, os, sys
import trafilatura
out = sys.argv[1]
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    html = data.decode("utf-8", errors="replace")
    name = os.path.basename(path).split(".")[0]
    text = trafilatura.extract(html, include_comments=False) or ""
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
"""


def run_once(cmd: list, out: Path) -> float:
    """Wall time of one run of cmd writing into the folder out."""
    full = [str(out if c is _OUT else c) for c in cmd]
    t = time.perf_counter()
    p = subprocess.run(full, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if p.returncode not in (0, 1):
        sys.exit(f"bench: {full[:5]} failed ({p.returncode}): {p.stderr[-2000:]}")
    return elapsed


_OUT = object()  # placeholder for the output folder in a command line


def score(bench: Path, folder: Path) -> dict:
    p = subprocess.run([sys.executable, str(bench / "score_extraction.py"), str(folder), "--json"],
                       capture_output=True, text=True, check=True)
    return json.loads(p.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="folder with score_extraction.py")
    ap.add_argument("--runs", type=int, default=1, help="runs per tool; speed is the median (default 1)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the output folders under this folder")
    ap.add_argument("--no-trafilatura", action="store_true", help="do not run trafilatura even if installed")
    ap.add_argument("--json", action="store_true", help="print one line of JSON")
    args = ap.parse_args(argv)

    data = args.bench / "scrapinghub"
    html_pages = sorted(str(p) for p in (data / "html").iterdir() if ".htm" in p.name)
    text_pages = sorted(str(p) for p in (data / "text").glob("*.txt"))
    if not html_pages:
        sys.exit(f"bench: no pages under {data / 'html'}")
    keep = args.keep
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nd-bench-")) if keep is None else keep
    nd = [sys.executable, "-m", "newsdigest", "clean", "--body-only", "--output-dir", _OUT]
    results: dict = {}
    try:
        rows = [("newsdigest html", nd + html_pages, len(html_pages)),
                # the same command on the first page alone: its start-up and set-up cost
                ("newsdigest html, one page", nd + html_pages[:1], 1)]
        if text_pages:
            rows.append(("newsdigest text", nd + text_pages, len(text_pages)))
            rows.append(("newsdigest text, one page", nd + text_pages[:1], 1))
        have_trafilatura = False
        if not args.no_trafilatura:
            probe = subprocess.run([sys.executable, "-c", "import trafilatura; print(trafilatura.__version__)"],
                                   capture_output=True, text=True)
            if probe.returncode == 0:
                have_trafilatura = True
                results["trafilatura_version"] = probe.stdout.strip()
                rows.append(("trafilatura html", [sys.executable, "-c", TRAFILATURA_RUNNER, _OUT] + html_pages,
                             len(html_pages)))
        # Runs interleave the tools (A B C A B C ...), so a change in the machine's load
        # falls on all of them alike; the speed is each tool's median.
        times: dict[str, list[float]] = {label: [] for label, _, _ in rows}
        first: dict[str, Path] = {}
        for run in range(max(1, args.runs)):
            for label, cmd, _ in rows:
                out = Path(tempfile.mkdtemp(prefix="nd-bench-", dir=work))
                times[label].append(run_once(cmd, out))
                if label in first:
                    shutil.rmtree(out, ignore_errors=True)
                else:
                    first[label] = out
        for label, _, n in rows:
            wall = statistics.median(times[label])
            if label.endswith(", one page"):
                results[label] = {"pages": n, "seconds": wall}
                continue
            s = score(args.bench, first[label])
            results[label] = {"precision": s["precision"], "recall": s["recall"], "f1": s["f1"],
                              "pages": n, "seconds": wall, "pages_per_s": n / wall,
                              "missing": s["pages_missing"]}
        for kind in ("html", "text"):
            whole, one = results.get(f"newsdigest {kind}"), results.get(f"newsdigest {kind}, one page")
            if whole and one and whole["seconds"] > one["seconds"]:
                # the pages after the first, over the time they added: the rate once started
                whole["pages_per_s_after_startup"] = (whole["pages"] - 1) / (whole["seconds"] - one["seconds"])
        html = results["newsdigest html"]
        if "newsdigest text" in results:
            text = results["newsdigest text"]
            results["text_vs_html_speed"] = text["pages_per_s"] / html["pages_per_s"]
            if "pages_per_s_after_startup" in text and "pages_per_s_after_startup" in html:
                results["text_vs_html_speed_after_startup"] = (
                    text["pages_per_s_after_startup"] / html["pages_per_s_after_startup"])
        if have_trafilatura:
            results["html_speed_vs_trafilatura"] = html["pages_per_s"] / results["trafilatura html"]["pages_per_s"]
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)

    if args.json:
        print(json.dumps(results, sort_keys=True))
        return 0
    print(f"{'':18} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>8} {'seconds':>8}")
    for label in ("newsdigest html", "newsdigest text", "trafilatura html"):
        r = results.get(label)
        if r:
            print(f"{label:18} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
                  f"{r['pages_per_s']:8.1f} {r['seconds']:8.2f}")
    if "html_speed_vs_trafilatura" in results:
        print(f"HTML speed vs trafilatura {results['trafilatura_version']}: "
              f"{results['html_speed_vs_trafilatura']:.2f}x")
    elif not args.no_trafilatura:
        print("trafilatura not installed: pip install trafilatura==2.3.1 to compare (not a newsdigest dependency)")
    if "text_vs_html_speed" in results:
        print(f"text pages vs HTML pages speed: {results['text_vs_html_speed']:.1f}x "
              "(wall time of one process over all pages, start-up and imports included)")
    if "text_vs_html_speed_after_startup" in results:
        one_html = results["newsdigest html, one page"]["seconds"]
        one_text = results["newsdigest text, one page"]["seconds"]
        print(f"once started: text {results['newsdigest text']['pages_per_s_after_startup']:.0f} pages/s, "
              f"HTML {results['newsdigest html']['pages_per_s_after_startup']:.1f} pages/s: "
              f"{results['text_vs_html_speed_after_startup']:.1f}x "
              f"(a run over one page takes {one_text:.2f} s for text, {one_html:.2f} s for HTML; "
              "the pages after the first over the time they add)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
