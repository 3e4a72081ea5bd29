"""Reading a saved page: kinds, encodings, compression and refusals."""
from __future__ import annotations

import codecs
import gzip

import pytest

from newsdigest.load import InputError, iter_jsonl_pages, load_page, page_from_bytes

TEXT = "Tajuk berita\n\nKUALA LUMPUR: Perenggan pertama berita ini.\n"


def test_plain_utf8_text():
    page = page_from_bytes(TEXT.encode(), "a.txt")
    assert page.kind == "text" and page.content == TEXT and page.encoding == "utf-8"


def test_utf8_bom_is_dropped():
    page = page_from_bytes(codecs.BOM_UTF8 + TEXT.encode(), "a.txt")
    assert page.content == TEXT


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(enc):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(enc, b"")
    data = bom + TEXT.encode(enc)
    assert page_from_bytes(data, "a.txt").content == TEXT


def test_windows_1252_fallback_keeps_every_byte():
    data = "Caf\u00e9 \u201cquoted\u201d \u2013 done".encode("cp1252") + b" \x81"
    page = page_from_bytes(data, "a.txt")
    assert page.encoding == "windows-1252"
    assert page.content.startswith("Caf\u00e9 \u201cquoted\u201d \u2013 done")
    assert page.content.endswith("\x81")


def test_crlf_and_cr_line_ends_become_lf():
    assert page_from_bytes(b"a\r\nb\rc\n", "a.txt").content == "a\nb\nc\n"


def test_html_detected_by_content_not_extension():
    page = page_from_bytes(b"  <!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt")
    assert page.kind == "html"


@pytest.mark.parametrize("name", ["a.html", "a.htm", "a.xhtml", "a.HTML"])
def test_html_detected_by_extension(name):
    assert page_from_bytes(b"<p>Hi there</p>", name).kind == "html"


def test_text_starting_with_angle_bracket_is_not_html():
    assert page_from_bytes(b"<<< breaking >>> news text here", "a.txt").kind == "text"


def test_gzip_input_is_inflated():
    page = page_from_bytes(gzip.compress(TEXT.encode()), "a.txt.gz")
    assert page.content == TEXT and page.kind == "text"


def test_gzip_html_keeps_html_kind_from_inner_name():
    page = page_from_bytes(gzip.compress(b"<p>Hello</p>"), "a.html.gz")
    assert page.kind == "html"


def test_gzip_bomb_is_refused_not_inflated():
    bomb = gzip.compress(b"a" * 5_000_000)
    with pytest.raises(InputError, match="max-bytes"):
        page_from_bytes(bomb, "bomb.gz", max_bytes=100_000)


def test_truncated_gzip_is_refused():
    data = gzip.compress(TEXT.encode() * 50)
    with pytest.raises(InputError, match="gzip"):
        page_from_bytes(data[: len(data) // 2], "a.gz")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"abc\x00def", "NUL"),
        (bytes(range(1, 9)) * 200, "binary"),
        (b"", "empty"),
        (b"   \n\n ", "empty"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        page_from_bytes(data, "bad.bin")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_page(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="directory"):
        load_page(str(tmp_path))


def test_max_bytes_refuses_large_file(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("x" * 1000)
    with pytest.raises(InputError, match="max-bytes"):
        load_page(str(p), max_bytes=999)


def test_jsonl_records_and_bad_lines(tmp_path):
    p = tmp_path / "recs.jsonl"
    p.write_text(
        '{"id": "a", "text": "Hello there.", "url": "http://x/a", "published": "2024-01-02"}\n'
        "not json\n"
        "\n"
        '{"id": "b", "html": "<p>Hi</p>"}\n'
        '{"text": "no id"}\n'
        '{"id": 7, "text": 5}\n'
        "[1, 2]\n",
        encoding="utf-8",
    )
    items = list(iter_jsonl_pages(str(p)))
    assert [getattr(i, "source", None) for i in items] == ["a", None, "b", None, None, None]
    assert items[0].url == "http://x/a" and items[0].published == "2024-01-02"
    assert items[2].kind == "html"
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors[0].startswith("line 2:") and errors[1].startswith("line 5:")
    assert errors[2].startswith("line 6:") and errors[3].startswith("line 7:")


def test_jsonl_record_nested_too_deeply_is_an_input_error(tmp_path):
    p = tmp_path / "deep.jsonl"
    p.write_text("[" * 100_000 + "\n" + '{"id": "ok", "text": "Teks berita."}\n', encoding="utf-8")
    items = list(iter_jsonl_pages(str(p)))
    assert isinstance(items[0], InputError) and str(items[0]) == "line 1: record nested too deeply"
    assert items[1].source == "ok"
