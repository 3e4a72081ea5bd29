"""`newsdigest batch --engine dask` on a small in-process cluster: the same records as the
local engine. Skipped when the ``dask`` extra is not installed."""
from __future__ import annotations

import json

import pytest

from conftest import SAMPLES

distributed = pytest.importorskip("distributed")

PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))


@pytest.fixture(scope="module")
def cluster():
    import logging

    logging.getLogger("distributed").setLevel(logging.ERROR)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as c:
        yield c


def _corpus(tmp_path):
    recs = tmp_path / "recs.jsonl"
    lines = []
    for i in range(12):
        page = PAGES[i % len(PAGES)]
        key = "html" if page.suffix == ".html" else "text"
        lines.append(json.dumps({"id": f"r{i}", key: page.read_text(encoding="utf-8")}))
    lines.insert(4, "{not json")
    recs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [SAMPLES, recs, tmp_path / "missing.txt"]


def test_dask_engine_gives_the_local_records(cli, cluster, tmp_path):
    inputs = _corpus(tmp_path)
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    le, de = tmp_path / "le.jsonl", tmp_path / "de.jsonl"
    r = cli(["batch", *inputs, "-o", local, "--errors", le, "-j", "1"])
    assert r.exit_code == 1
    r = cli(["batch", *inputs, "-o", remote, "--errors", de, "--engine", "dask",
             "--scheduler", cluster.scheduler_address, "--partition-size", "5"])
    assert r.exit_code == 1, r.stderr
    assert remote.read_bytes() == local.read_bytes()  # ordered: the very same bytes
    assert de.read_text() == le.read_text()
    assert "20 done, 2 failed, 0 skipped" in r.stderr.splitlines()[-1]


def test_dask_part_files_and_resume(cli, cluster, tmp_path):
    inputs = _corpus(tmp_path)
    local = tmp_path / "local.jsonl"
    cli(["batch", *inputs, "-o", local, "-j", "1", "-q"])
    parts = tmp_path / "parts"
    args = ["batch", *inputs, "--output-dir", parts, "--engine", "dask", "--scheduler",
            cluster.scheduler_address, "--partition-size", "6", "--unordered"]
    r = cli(args)
    assert r.exit_code == 1, r.stderr
    files = sorted(parts.glob("part-*.jsonl"))
    assert len(files) == 4  # 22 tasks (20 articles, 2 unreadable), 6 per partition
    assert "".join(f.read_text(encoding="utf-8") for f in files) == local.read_text(encoding="utf-8")
    files[1].unlink()
    r = cli(args + ["--resume"])
    assert "6 done, 0 failed, 16 skipped" in r.stderr.splitlines()[-1]
    assert "".join(f.read_text(encoding="utf-8") for f in sorted(parts.glob("part-*.jsonl"))) == \
        local.read_text(encoding="utf-8")
