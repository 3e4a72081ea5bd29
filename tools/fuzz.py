#!/usr/bin/env python3
"""Run the property tests of tests/test_hostile.py with a large example budget.

    python tools/fuzz.py [--examples 5000] [-- extra pytest args]

The same properties run in CI with a small budget; this is the long run by hand.
Hypothesis keeps the failing examples it finds in .hypothesis/ and replays them first.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=5000, help="examples per property")
    ap.add_argument("pytest_args", nargs="*")
    a = ap.parse_args()
    env = dict(os.environ, NEWSDIGEST_FUZZ_EXAMPLES=str(a.examples))
    t = time.time()
    rc = subprocess.call([sys.executable, "-m", "pytest", "-q", "tests/test_hostile.py", *a.pytest_args],
                         cwd=ROOT, env=env)
    print(f"fuzz: {a.examples} examples per property, {time.time() - t:.0f} s, exit {rc}", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
