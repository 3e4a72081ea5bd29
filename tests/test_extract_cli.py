"""`clean`/`summarise --output-dir`: one file per input, safe names, no silent overwrite."""
from __future__ import annotations

import gzip
import json
import os

import pytest

from conftest import SAMPLES
from newsdigest.cli import output_name

HTML = SAMPLES / "id-gempa.html"
TXT = SAMPLES / "ms-lawatan-menteri.txt"


@pytest.mark.parametrize("source, name", [
    ("page.html", "page"),
    ("dir/page.htm", "page"),
    ("page.html.gz", "page"),
    ("page.txt.gz", "page"),
    ("page.TXT", "page"),
    ("archive.tar.gz", "archive.tar"),
    ("../../etc/passwd", "passwd"),
    ("/abs/path/x.html", "x"),
    ("C:\\Users\\a\\b.html", "b"),
    ("..", "page"),
    (".hidden.html", "hidden"),
    ("a b;c|d.html", "a_b_c_d"),
    ("CON.html", "_CON"),
    ("nul.txt", "_nul"),
    ("com1.html", "_com1"),
    ("lpt9.tar.gz", "_lpt9.tar"),
    ("<stdin>", "stdin"),
    ("line\nbreak.html", "line_break"),
    ("artikel-jakarta_2024.html", "artikel-jakarta_2024"),
])
def test_output_names_are_sanitised(source, name):
    assert output_name(source) == name


def test_long_names_are_cut_to_a_file_system_limit():
    assert len(output_name("é" * 300 + ".html").encode("utf-8")) <= 150


def test_clean_output_dir_writes_one_file_per_input(cli, tmp_path):
    gz = tmp_path / "in" / "berita.html.gz"
    gz.parent.mkdir()
    gz.write_bytes(gzip.compress(HTML.read_bytes()))
    out = tmp_path / "out"
    r = cli(["clean", "--body-only", "--output-dir", out, HTML, TXT, gz])
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    assert sorted(os.listdir(out)) == ["berita.txt", "id-gempa.txt", "ms-lawatan-menteri.txt"]
    alone = cli(["clean", "--body-only", HTML]).stdout
    assert (out / "id-gempa.txt").read_text(encoding="utf-8") == alone
    assert (out / "berita.txt").read_text(encoding="utf-8") == alone
    assert "==>" not in (out / "ms-lawatan-menteri.txt").read_text(encoding="utf-8")


def test_name_clashes_get_a_suffix(cli, tmp_path):
    other = tmp_path / "x" / "id-gempa.htm"
    other.parent.mkdir()
    other.write_bytes(HTML.read_bytes())
    out = tmp_path / "out"
    r = cli(["clean", "--output-dir", out, HTML, other, HTML])
    assert r.exit_code == 0, r.stderr
    assert sorted(os.listdir(out)) == ["id-gempa-2.txt", "id-gempa-3.txt", "id-gempa.txt"]


def test_existing_files_are_kept_unless_force(cli, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "id-gempa.txt").write_text("mine\n", encoding="utf-8")
    r = cli(["clean", "--output-dir", out, HTML, TXT])
    assert r.exit_code == 1
    assert (out / "id-gempa.txt").read_text(encoding="utf-8") == "mine\n"
    assert r.stderr.startswith(f"newsdigest: error: {HTML}: ") and "exists" in r.stderr and "--force" in r.stderr
    assert (out / "ms-lawatan-menteri.txt").exists()  # the other input was still done
    r = cli(["clean", "--force", "--output-dir", out, HTML])
    assert r.exit_code == 0
    assert (out / "id-gempa.txt").read_text(encoding="utf-8") != "mine\n"
    assert sorted(os.listdir(out)) == ["id-gempa.txt", "ms-lawatan-menteri.txt"]  # no temporary left


def test_force_replaces_a_link_instead_of_writing_through_it(cli, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep\n", encoding="utf-8")
    (out / "id-gempa.txt").symlink_to(victim)
    r = cli(["clean", "--output-dir", out, HTML])
    assert r.exit_code == 1 and victim.read_text(encoding="utf-8") == "keep\n"
    r = cli(["clean", "--force", "--output-dir", out, HTML])
    assert r.exit_code == 0 and victim.read_text(encoding="utf-8") == "keep\n"
    assert not (out / "id-gempa.txt").is_symlink()


@pytest.mark.parametrize("fmt, ext", [("yaml", ".yaml"), ("json", ".json"), ("jsonl", ".jsonl"),
                                      ("tsv", ".tsv"), ("text", ".txt")])
def test_summarise_output_dir_uses_the_format_extension(cli, tmp_path, fmt, ext):
    out = tmp_path / "out"
    r = cli(["summarise", "--format", fmt, "--output-dir", out, HTML, TXT])
    assert r.exit_code == 0, r.stderr
    assert sorted(os.listdir(out)) == sorted(["id-gempa" + ext, "ms-lawatan-menteri" + ext])
    text = (out / ("id-gempa" + ext)).read_text(encoding="utf-8")
    alone = cli(["summarise", "--format", fmt, HTML]).stdout
    assert text == alone
    if fmt == "json":
        assert json.loads(text)["source"] == str(HTML)


def test_stdin_gets_a_name(cli, tmp_path):
    out = tmp_path / "out"
    r = cli(["clean", "--output-dir", out, "-"], input=TXT.read_text(encoding="utf-8"))
    assert r.exit_code == 0, r.stderr
    assert os.listdir(out) == ["stdin.txt"]


def test_output_dir_that_is_a_file_is_a_usage_error(cli, tmp_path):
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    r = cli(["clean", "--output-dir", f, HTML])
    assert r.exit_code == 2
