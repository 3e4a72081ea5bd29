#!/usr/bin/env python3
"""Wall time of whole `newsdigest` processes, and in-process throughput.

    python bench/cli_speed.py [FILE] [--runs 10]

Prints the median (and min/max) wall time of `newsdigest --help` and of
`newsdigest summarise FILE` (default: the user's seed page in ../shared, else a
bundled sample), each a fresh process, then articles per second when the pipeline
runs in one process over the samples and ../shared's raw corpus pages.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def wall(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return times


def show(label: str, times: list[float]) -> None:
    print(f"{label:<40} median {statistics.median(times) * 1000:7.1f} ms"
          f"   (min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, {len(times)} runs)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?")
    ap.add_argument("--runs", type=int, default=10)
    a = ap.parse_args()
    seed = SHARED / "seed" / "000_eb46123a1c9d1ceb.txt"
    target = a.file or (str(seed) if seed.is_file() else str(ROOT / "samples" / "ms-lawatan-menteri.txt"))
    exe = [sys.executable, "-m", "newsdigest"]
    wall(exe + ["summarise", target], 1)  # warm the file cache and bytecode
    show("newsdigest --help", wall(exe + ["--help"], a.runs))
    show(f"newsdigest summarise {Path(target).name}", wall(exe + ["summarise", target], a.runs))

    from newsdigest import summarise

    pages = sorted(ROOT.glob("samples/*.txt")) + sorted(ROOT.glob("samples/*.html"))
    pages += sorted(SHARED.glob("corpus/news-*/*.txt")) + sorted(SHARED.glob("seed/*.txt"))
    summarise(pages[0])  # first call loads the language data
    t = time.perf_counter()
    for p in pages:
        summarise(p)
    dt = time.perf_counter() - t
    print(f"in-process: {len(pages)} pages in {dt:.2f} s = {len(pages) / dt:.1f} pages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
