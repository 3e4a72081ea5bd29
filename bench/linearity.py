#!/usr/bin/env python3
"""Does the pipeline's time grow linearly with its input? Builds inputs of each hostile kind
at two sizes and prints the time ratio (linear: about the size ratio).

    python bench/linearity.py [KIND...] [--small 50000] [--large 5000000]

Times are CPU seconds of this process (a busy machine does not distort the ratio).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdigest import summarise  # noqa: E402

ARTICLE = (ROOT / "samples" / "ms-lawatan-menteri.txt").read_text(encoding="utf-8")
# Real, varied prose: every bundled text sample, and ../shared's raw corpus pages when present.
PROSE = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("samples/*.txt"))
                     + sorted(ROOT.parent.glob("shared/corpus/news-*/*.txt")))


def repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


KINDS = {
    "article": ("text", lambda n: repeat(PROSE + "\n\n", n)),
    "one-line": ("text", lambda n: repeat(PROSE.replace("\n", "  ") + "  ", n)),
    "capitals": ("text", lambda n: repeat("ABC DEF GHI ", n)),
    "cap-words": ("text", lambda n: repeat("Wang Yi Kim Jong Datuk Seri ", n)),
    "hyphens": ("text", lambda n: repeat("a-", n)),
    "apostrophes": ("text", lambda n: repeat("O'", n)),
    "dots": ("text", lambda n: repeat("A. ", n)),
    "spaces": ("text", lambda n: repeat("x" + " " * 50, n)),
    "parentheses": ("text", lambda n: "(" * (n // 2) + ")" * (n // 2)),
    "quotes": ("text", lambda n: repeat('"a ', n)),
    "nested-tags": ("html", lambda n: "<html><body>" + "<div>" * (n // 11) + "x" + "</div>" * (n // 11) + "</body></html>"),
    "tiny-elements": ("html", lambda n: "<html><body>" + repeat("<p>a</p>", n) + "</body></html>"),
}


def seconds(kind: str, n: int) -> float:
    """CPU seconds of the whole pipeline on an input of this kind and size."""
    mode, make = KINDS[kind]
    data = make(n)
    t = time.process_time()
    summarise(text=data) if mode == "text" else summarise(html=data)
    return time.process_time() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kinds", nargs="*", choices=[[]] + list(KINDS), default=[])
    ap.add_argument("--small", type=int, default=50_000)
    ap.add_argument("--large", type=int, default=5_000_000)
    a = ap.parse_args()
    summarise(text=ARTICLE)  # load language data before timing
    ratio = a.large / a.small
    print(f"{'kind':<14}{'small s':>9}{'large s':>9}{'ratio':>8}   (linear: {ratio:.0f})")
    for kind in a.kinds or KINDS:
        small, large = seconds(kind, a.small), seconds(kind, a.large)
        print(f"{kind:<14}{small:>9.3f}{large:>9.3f}{large / max(small, 1e-6):>8.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
