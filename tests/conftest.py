"""Shared fixtures. Tests that read ../shared skip cleanly when it is not there."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("NEWSDIGEST_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_eb46123a1c9d1ceb.txt"


def pytest_configure(config):
    # The parsed language packs are cached in a folder of the test run's own, not in the
    # user's cache: child processes (run_process) inherit the setting.
    import tempfile

    os.environ["NEWSDIGEST_CACHE_DIR"] = tempfile.mkdtemp(prefix="newsdigest-test-cache-")


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/seed is not available")
    return SEED


@pytest.fixture
def cli():
    """Run the CLI in-process: cli(args, input=None) -> Result (stdout, stderr apart)."""
    from newsdigest.cli import main

    def run(args, input=None):
        try:
            runner = CliRunner(mix_stderr=False)
        except TypeError:  # click >= 8.2 always keeps stderr apart
            runner = CliRunner()
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return run


def run_process(args, input: bytes | None = None, **kw) -> subprocess.CompletedProcess:
    """Run ``python -m newsdigest`` as a user would, in a separate process."""
    return subprocess.run([sys.executable, "-m", "newsdigest", *map(str, args)], input=input,
                          capture_output=True, cwd=ROOT, **kw)


@pytest.fixture
def no_gc():
    """Timing tests measure the algorithm: the cyclic collector's pauses grow with every
    object the rest of the test run keeps alive, so it is paused while they time."""
    import gc

    gc.collect()
    gc.disable()
    yield
    gc.enable()
