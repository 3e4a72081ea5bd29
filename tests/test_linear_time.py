"""Time grows linearly with the input: for every hostile kind of input, the large one
(100x the small) must take at most ~150x as long. A ratio of CPU times within one run, not
an absolute time, so a busy machine does not make it flaky.

In CI the sizes are 20 KB and 2 MB (a few minutes on 2 cores);
`NEWSDIGEST_LINEAR_SMALL=50000 NEWSDIGEST_LINEAR_LARGE=5000000 python -m pytest tests/test_linear_time.py`
runs the full 50 KB / 5 MB check, and `python bench/linearity.py` prints the table.
"""
from __future__ import annotations

import importlib.util
import os

import pytest

from conftest import ROOT

SMALL = int(os.environ.get("NEWSDIGEST_LINEAR_SMALL", 20_000))
LARGE = int(os.environ.get("NEWSDIGEST_LINEAR_LARGE", 2_000_000))
MAX_RATIO = 1.5 * LARGE / SMALL
FLOOR = 0.01  # seconds: below this, timer noise is larger than the work


def _kinds():
    spec = importlib.util.spec_from_file_location("linearity", ROOT / "bench" / "linearity.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LINEARITY = _kinds()


@pytest.fixture(scope="module", autouse=True)
def warm():
    """Language data and the gazetteer load once, before anything is timed."""
    LINEARITY.summarise(text=LINEARITY.ARTICLE)


@pytest.mark.parametrize("kind", list(LINEARITY.KINDS))
def test_time_grows_linearly(kind, no_gc):
    # One run of each size: a repeated run of the same text would be answered partly from
    # the analysis's memoised look-ups and look faster than it is.
    small = max(LINEARITY.seconds(kind, SMALL), FLOOR)
    large = LINEARITY.seconds(kind, LARGE)
    assert large <= MAX_RATIO * small, f"{kind}: {SMALL} chars {small:.3f}s, {LARGE} chars {large:.3f}s"
