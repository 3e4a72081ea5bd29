"""Ctrl-C or SIGTERM during a multi-file run: every output line already written is whole."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SAMPLES


@pytest.mark.parametrize("sig, status", [(signal.SIGINT, 130), (signal.SIGTERM, 130)])
def test_interrupted_run_leaves_whole_lines(sig, status):
    files = [str(SAMPLES / "ms-lawatan-menteri.txt"), str(SAMPLES / "id-gempa.html")] * 200
    p = subprocess.Popen([sys.executable, "-m", "newsdigest", "summarise", "--format", "jsonl", *files],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    first = p.stdout.readline()  # the run is under way
    assert json.loads(first)["source"]
    time.sleep(1.0)  # long enough for the pipe to fill, so the signal may land inside a write
    p.send_signal(sig)
    rest, err = p.communicate(timeout=60)
    assert p.returncode == status
    lines = (first + rest).decode("utf-8").splitlines()
    assert 1 <= len(lines) < len(files)
    for line in lines:
        json.loads(line)  # every line written is a whole digest
    assert b"Traceback" not in err
