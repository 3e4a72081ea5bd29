"""The command line as a user drives it: formats, stdin, several files, errors, exit codes."""
from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT, SAMPLES, run_process

TXT = SAMPLES / "ms-lawatan-menteri.txt"
HTML = SAMPLES / "id-gempa.html"
EN = SAMPLES / "en-parliament.txt"
DIGEST_KEYS = ["schema", "source", "language", "title", "dateline", "credits", "published", "url", "summary",
               "actors", "places", "events", "quotes", "removed"]


def test_version_and_help(cli):
    r = cli(["--version"])
    assert r.exit_code == 0 and r.stdout.startswith("newsdigest, version ")
    r = cli(["--help"])
    assert r.exit_code == 0 and "summarise" in r.stdout and "Examples:" in r.stdout
    r = cli(["summarise", "--help"])
    assert r.exit_code == 0 and "--format" in r.stdout


def test_help_imports_no_html_parser():
    code = "import sys; from newsdigest.cli import main\ntry:\n main(['--help'])\nexcept SystemExit: pass\n" \
           "bad = [m for m in ('bs4', 'lxml', 'yaml', 'html.parser') if m in sys.modules]\nprint(bad, file=sys.stderr)"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert p.stderr.strip() == "[]"


def test_yaml_default_one_document_per_article(cli):
    r = cli(["summarise", TXT, EN])
    assert r.exit_code == 0, r.stderr
    docs = list(yaml.safe_load_all(r.stdout))
    assert len(docs) == 2 and r.stdout.startswith("---")
    assert list(docs[0]) == DIGEST_KEYS
    assert docs[0]["source"] == str(TXT)


def test_json_matches_library_to_dict(cli):
    from newsdigest import summarise

    r = cli(["summarise", "--format", "json", TXT])
    assert json.loads(r.stdout) == summarise(str(TXT)).to_dict()


def test_jsonl_three_files_three_lines(cli):
    r = cli(["summarise", "--format", "jsonl", TXT, HTML, EN])
    lines = r.stdout.splitlines()
    assert r.exit_code == 0 and len(lines) == 3
    assert [json.loads(x)["source"] for x in lines] == [str(TXT), str(HTML), str(EN)]


def test_tsv_rows_have_fixed_columns(cli):
    from newsdigest.render import TSV_COLUMNS

    r = cli(["summarise", "--format", "tsv", TXT, EN])
    rows = list(csv.reader(io.StringIO(r.stdout), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == list(TSV_COLUMNS)
    assert len(rows) > 2 and all(len(row) == len(TSV_COLUMNS) for row in rows)
    assert {row[1] for row in rows[1:]} <= {"actor", "place", "event"}
    r2 = cli(["summarise", "--format", "tsv", "--no-header", TXT])
    assert not r2.stdout.startswith("source\t")


def test_tsv_parses_with_cut(tmp_path):
    p = run_process(["summarise", "--format", "tsv", TXT])
    cut = subprocess.run(["cut", "-f3"], input=p.stdout, capture_output=True)
    names = cut.stdout.decode().splitlines()
    assert names[0] == "name" and len(names) > 1


def test_text_format_is_a_readable_report(cli):
    r = cli(["summarise", "--format", "text", TXT])
    assert r.exit_code == 0
    assert r.stdout.startswith("Malaysia, Vietnam sasar dagangan")
    assert "Removed:" in r.stdout


def test_stdin(cli):
    r = cli(["summarise", "--format", "json", "-"], input=TXT.read_text(encoding="utf-8"))
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and d["source"] == "<stdin>" and d["title"].startswith("Malaysia, Vietnam")


def test_several_files_one_bad_others_still_done(cli, tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02binary")
    r = cli(["summarise", "--format", "jsonl", TXT, bad, tmp_path / "missing.txt", EN])
    assert r.exit_code == 1
    assert len(r.stdout.splitlines()) == 2
    errors = r.stderr.strip().splitlines()
    assert errors == [
        f"newsdigest: error: {bad}: binary file (contains NUL bytes)",
        f"newsdigest: error: {tmp_path / 'missing.txt'}: no such file",
    ]


@pytest.mark.parametrize(
    "content, reason",
    [(b"", "empty input"), (b"\x00" * 10, "NUL"), (bytes(range(1, 9)) * 100, "binary"),
     (b"\x1f\x8b\x08garbage", "gzip")],
)
def test_bad_input_one_line_error_no_traceback(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    p = run_process(["summarise", f])
    err = p.stderr.decode()
    assert p.returncode == 1 and p.stdout == b""
    assert err.count("\n") == 1 and err.startswith(f"newsdigest: error: {f}: ") and reason in err
    assert "Traceback" not in err


def test_directory_is_an_input_error(cli, tmp_path):
    r = cli(["clean", tmp_path])
    assert r.exit_code == 1 and "is a directory" in r.stderr


def test_usage_errors_exit_2(cli):
    assert cli(["summarise", "--format", "xml", TXT]).exit_code == 2
    assert cli(["summarise", "--date", "18-09-2023", TXT]).exit_code == 2
    assert cli(["summarise"]).exit_code == 2
    assert cli(["nosuchcommand"]).exit_code == 2


def test_summarize_alias(cli):
    r = cli(["summarize", "--format", "json", TXT])
    assert r.exit_code == 0 and json.loads(r.stdout)["title"]


def test_date_option_fills_published(cli):
    r = cli(["summarise", "--format", "json", "--date", "2024-03-06", SAMPLES / "ms-satu-baris.txt"])
    assert json.loads(r.stdout)["published"] == "2024-03-06"


def test_lang_option_overrides_detection(cli):
    r = cli(["summarise", "--format", "json", "--lang", "en", TXT])
    assert json.loads(r.stdout)["language"] == "en"


def test_gzip_and_html_inputs(cli, tmp_path):
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(HTML.read_bytes()))
    r = cli(["summarise", "--format", "json", gz])
    d = json.loads(r.stdout)
    assert r.exit_code == 0 and d["title"].startswith("Gempa M 5,8") and d["published"] == "2024-03-05"


def test_utf16_and_crlf_input(cli, tmp_path):
    f = tmp_path / "utf16.txt"
    f.write_bytes(TXT.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-16"))
    r = cli(["clean", f])
    assert r.exit_code == 0 and "\r" not in r.stdout
    assert r.stdout == cli(["clean", TXT]).stdout


def test_jsonl_input_mode_carries_ids_and_reports_bad_lines(cli, tmp_path):
    recs = tmp_path / "recs.jsonl"
    recs.write_text(
        json.dumps({"id": "art-1", "text": TXT.read_text(encoding="utf-8"), "published": "2024-03-06"}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "art-2", "html": HTML.read_text(encoding="utf-8")}) + "\n",
        encoding="utf-8",
    )
    r = cli(["summarise", "--input", "jsonl", "--format", "jsonl", recs])
    assert r.exit_code == 1
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [d["source"] for d in out] == ["art-1", "art-2"]
    assert out[0]["published"] == "2024-03-06"
    assert r.stderr.startswith(f"newsdigest: error: {recs}: line 2: not valid JSON")


def test_no_clean_with_mentions_offsets_point_into_input(cli, tmp_path):
    text = "Perdana Menteri Anwar Ibrahim tiba di Hanoi pada Isnin.\n"
    recs = tmp_path / "r.jsonl"
    recs.write_text(json.dumps({"id": "s1", "text": text}) + "\n", encoding="utf-8")
    r = cli(["summarise", "--input", "jsonl", "--no-clean", "--mentions", "--format", "jsonl", recs])
    d = json.loads(r.stdout)
    assert d["text"] == text
    for item in d["actors"] + d["places"]:
        for start, end in item["spans"]:
            assert text[start:end]  # every span lies inside the text


def test_clean_prints_title_then_paragraphs(cli):
    r = cli(["clean", TXT])
    blocks = r.stdout.rstrip("\n").split("\n\n")
    assert blocks[0] == "Malaysia, Vietnam sasar dagangan dua hala AS$20 bilion menjelang 2027"
    assert blocks[1].startswith("PUTRAJAYA - ")
    assert cli(["clean", "--body-only", TXT]).stdout.split("\n\n")[0].startswith("PUTRAJAYA - ")


def test_clean_show_removed_on_stderr_and_in_json(cli):
    r = cli(["clean", "--show-removed", TXT])
    assert "newsdigest: removed: " in r.stderr and ": font-controls: A" in r.stderr
    assert "Foto: Bernama" not in r.stdout
    r = cli(["clean", "--show-removed", "--format", "json", TXT])
    d = json.loads(r.stdout)
    assert {"line", "reason", "text"} == set(d["removed"][0])
    assert any(x["reason"] == "app-promo" for x in d["removed"])


def test_clean_several_files_are_headed(cli):
    r = cli(["clean", TXT, EN])
    assert r.stdout.startswith(f"==> {TXT} <==\n") and f"\n==> {EN} <==\n" in r.stdout


def test_broken_pipe_is_quiet():
    files = [TXT] * 40
    p = subprocess.run(f"{sys.executable} -m newsdigest summarise --format jsonl {' '.join(map(str, files))} | head -1",
                       shell=True, capture_output=True, cwd=ROOT)
    assert p.returncode == 0
    assert len(p.stdout.splitlines()) == 1
    assert p.stderr == b""


def test_python_dash_m_runs():
    p = run_process(["--version"])
    assert p.returncode == 0 and p.stdout.startswith(b"newsdigest")


def test_jsonl_record_with_unicode_line_separators_stays_one_line(cli, tmp_path):
    text = "Menteri Luar tiba di Hanoi\u2028pada Isnin\u2029untuk lawatan\x85rasmi tiga hari ke Vietnam."
    recs = tmp_path / "r.jsonl"
    recs.write_text(json.dumps({"id": "s1", "text": text}) + "\n", encoding="utf-8")
    r = cli(["summarise", "--input", "jsonl", "--no-clean", "--mentions", "--format", "jsonl", recs])
    assert len(r.stdout.splitlines()) == 1
    assert json.loads(r.stdout)["text"] == text
