#!/usr/bin/env python3
"""Peak memory and time of one `newsdigest` process on a large input.

    python bench/memory.py [--mb 25] [--command clean|summarise]

Builds a page of real prose (the bundled text samples and ../shared's raw corpus pages,
repeated with their paragraphs numbered so nothing is dropped as a duplicate) of the given
size, runs the command on it in a child process, and prints the child's peak resident memory
(ru_maxrss) and wall time.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_page(size: int) -> str:
    pages = sorted(ROOT.glob("samples/*.txt")) + sorted(ROOT.parent.glob("shared/corpus/news-*/*.txt"))
    paragraphs = [p for page in pages for p in page.read_text(encoding="utf-8").split("\n") if len(p) > 80]
    out, n, i = ["Tajuk berita yang sangat panjang untuk ujian memori"], 0, 0
    while n < size:
        para = f"{paragraphs[i % len(paragraphs)]} ({i})"
        out.append(para)
        n += len(para.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=25)
    ap.add_argument("--command", choices=["clean", "summarise"], default="summarise")
    a = ap.parse_args()
    size = int(a.mb * 1024 * 1024) - 4096  # stay under the default --max-bytes
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "large.txt"
        page.write_text(build_page(size), encoding="utf-8")
        mb = page.stat().st_size / 2**20
        t = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "newsdigest", a.command, str(page)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    print(f"newsdigest {a.command} on {mb:.1f} MB: exit {p.returncode}, {wall:.1f} s, peak RSS {peak:.0f} MB")
    if p.returncode:
        print(p.stderr.strip(), file=sys.stderr)
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
