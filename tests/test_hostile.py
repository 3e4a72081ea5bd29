"""Property tests: whatever comes in, a digest or a one-line error, never a traceback,
and output that is valid in every format.

The example budget is CI-sized; `python tools/fuzz.py` runs the same properties longer.
"""
from __future__ import annotations

import io
import json
import os

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdigest import summarise
from newsdigest.load import InputError, page_from_bytes
from newsdigest.pipeline import digest_page
from newsdigest.render import FORMATS, TSV_COLUMNS, render

BUDGET = settings(
    max_examples=int(os.environ.get("NEWSDIGEST_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüñç0123456789"
JAWI = "ابتثجحخدذرزسشصضطظعغفقكلمنهويڠڤچ"
CHINESE = "中国马来西亚新闻部长总统"
EMOJI = ["😀", "🇲🇾", "👍🏽", "🔥", "❤️"]
MARKS = ["\u0301", "\u0308", "\u200f", "\u200e", "\u202e", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"]
PUNCT = list(".,:;-–—'\"“”‘’()[]/&@#%") + ["...", " - ", " -- ", "\u00a0"]
SPACE = [" ", "  ", "\n", "\n\n", "\t", "\r\n", "\r"]
WORDS = ["Menteri", "Luar", "Datuk", "Seri", "Wang", "Yi", "Jong-un", "bin", "a/l", "Dato'", "PBB", "KCNA",
         "Presiden", "di", "ke", "Kuala", "Lumpur", "Isnin", "semalam", "kata", "berkata", "said", "the",
         "Foto:", "Baca", "juga:", "A", "Kongsi", "Iklan", "Rusia", "Korea", "Utara", "akan", "tidak",
         "(kiri)", "- AFP", "\"Ia", "adalah\"", "Kementerian", "Sdn", "Bhd", "Mr", "O'Brien", "U.S."]

chars = st.sampled_from(list(LATIN) + list(JAWI) + list(CHINESE) + EMOJI + MARKS + PUNCT + SPACE)
mixed_text = st.lists(st.one_of(chars, st.sampled_from(WORDS)), max_size=400).map("".join)
word_soup = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACE + PUNCT + [" "] * 6)),
                     max_size=300).map(lambda pairs: "".join(w + s for w, s in pairs))
TAGS = ["<p>", "</p>", "<div class='share'>", "<div>", "</div>", "<article>", "</article>", "<script>",
        "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<br>", "<h1>", "</h1>", "<ul><li><a href=x>",
        "</a></li></ul>", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "<", ">", "<meta property='og:title' content='",
        "'>", "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":", "<time datetime='",
        "<html lang='", "<figcaption>", "</figcaption>", "<nav>", "</nav>", "<table><tr><td>", "<svg>"]
html_like = st.lists(st.one_of(st.sampled_from(TAGS), word_soup, chars), max_size=200).map("".join)


def check_all_formats(d: dict) -> None:
    """Every renderer accepts the digest and gives parseable output."""
    assert json.loads(render(d, "json")) == d
    line = render(d, "jsonl")
    assert line.count("\n") == 1 and json.loads(line) == d
    assert yaml.safe_load(render(d, "yaml")) == d
    for row in render(d, "tsv").splitlines():
        assert len(row.split("\t")) == len(TSV_COLUMNS)
    assert isinstance(render(d, "text"), str)
    assert set(FORMATS) == {"yaml", "json", "jsonl", "tsv", "text"}


@BUDGET
@given(mixed_text)
def test_any_text_gives_a_valid_digest(text):
    check_all_formats(summarise(text=text).to_dict())


@BUDGET
@given(word_soup)
def test_name_like_word_soup_gives_a_valid_digest(text):
    d = summarise(text=text, mentions=True).to_dict()
    check_all_formats(d)
    for item in d["actors"] + d["places"]:
        for start, end in item["spans"]:
            assert 0 <= start < end <= len(d["text"])


@BUDGET
@given(word_soup)
def test_no_clean_offsets_point_into_the_input(text):
    d = summarise(text=text, clean=False, mentions=True).to_dict()
    assert d["text"] == text
    for item in d["actors"] + d["places"]:
        for start, end in item["spans"]:
            assert text[start:end].strip()


@BUDGET
@given(html_like)
def test_any_html_like_markup_gives_a_valid_digest(html):
    check_all_formats(summarise(html=html).to_dict())


@BUDGET
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_digest_or_an_input_error(data):
    try:
        page = page_from_bytes(data, "fuzz.bin")
    except InputError as e:
        assert str(e) and "\n" not in str(e)
        return
    check_all_formats(digest_page(page).to_dict())


@BUDGET
@given(st.one_of(mixed_text.map(lambda s: s.encode("utf-8")), st.binary(max_size=500)))
def test_cli_never_prints_a_traceback(data):
    from click.testing import CliRunner

    from newsdigest.cli import main

    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()
    for args in (["summarise", "--format", "jsonl", "-"], ["clean", "-"]):
        r = runner.invoke(main, args, input=io.BytesIO(data), catch_exceptions=False)
        assert r.exit_code in (0, 1)
        assert "Traceback" not in r.stderr
        if r.exit_code == 1:
            assert r.stderr.startswith("newsdigest: error: <stdin>: ") and r.stderr.count("\n") == 1
        elif args[0] == "summarise":
            json.loads(r.stdout)
