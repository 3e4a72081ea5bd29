"""HTML main-content extraction: furniture by structure and by name, the main block chosen
by evidence, metadata, hostile markup, and text/HTML agreement."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsdigest.clean.extract import prepare
from newsdigest.clean.html import clean_html

DATA = Path(__file__).resolve().parent / "data"

BODY = [
    "Hujan lebat sejak Isnin menyebabkan Sungai Golok melimpah dan menenggelamkan lebih 300 rumah di Rantau Panjang.",
    "Pegawai Daerah berkata semua mangsa telah dipindahkan ke dua pusat pemindahan sementara sebelum tengah malam.",
    "Jabatan Meteorologi menjangka hujan berterusan hingga hujung minggu dan menasihati orang ramai supaya berwaspada.",
]
JUNK = "Teks perabot ini tidak boleh muncul dalam rencana walau bagaimana panjang sekalipun ayatnya ditulis."


def page(furniture: str = "", body_extra: str = "", head: str = "", wrap: str = "article") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<!DOCTYPE html><html lang='ms'><head><title>Banjir di Rantau Panjang</title>{head}</head><body>"
            f"{furniture}<{wrap}><h1>Banjir di Rantau Panjang</h1>{paragraphs}{body_extra}</{wrap}></body></html>")


def reasons(article) -> set[str]:
    return {r.reason for r in article.removed}


# ---------------------------------------------------------------- furniture, every kind

STRUCTURAL = {
    "script": (f"<script>document.write('{JUNK}')</script>", None),
    "style": (f"<style>.x::after {{ content: '{JUNK}' }}</style>", None),
    "noscript": (f"<noscript><p>{JUNK}</p></noscript>", None),
    "template": (f"<template><p>{JUNK}</p></template>", None),
    "svg": (f"<svg><text>{JUNK}</text></svg>", None),
    "iframe": (f"<iframe>{JUNK}</iframe>", None),
    "nav": (f"<nav><p>{JUNK}</p></nav>", "navigation"),
    "aside": (f"<aside><p>{JUNK}</p></aside>", "navigation"),
    "form": (f"<form><p>{JUNK}</p><input name=q></form>", "form"),
    "button": (f"<button>{JUNK}</button>", "form"),
    "figcaption": (f"<figure><img src=a.jpg><figcaption>{JUNK}</figcaption></figure>", "caption"),
    "photo credit": (f"<figure><img src=a.jpg><span class='photo-credit'>{JUNK}</span></figure>", "caption"),
    "hidden": (f"<div style='display: none'><p>{JUNK}</p></div>", "hidden"),
}


@pytest.mark.parametrize("kind", sorted(STRUCTURAL))
def test_structural_furniture_inside_the_article_is_dropped(kind):
    markup, reason = STRUCTURAL[kind]
    a = clean_html(page(body_extra=markup), "p.html")
    assert JUNK not in a.text
    assert a.paragraphs[-3:] == BODY
    if reason:
        assert reason in reasons(a)


def test_page_header_and_footer_are_dropped():
    html = page().replace("<body>", f"<body><header><p>{JUNK}</p></header>").replace(
        "</body>", f"<footer><p>{JUNK}</p></footer></body>")
    a = clean_html(html)
    assert JUNK not in a.text and a.paragraphs == BODY


NAMED = {
    "navigation": "<div class='main-navigation'>",
    "share": "<div class='share-tools'>",
    "social": "<div id='social-links'>",
    "related": "<section class='related-stories'>",
    "recommended": "<div class='recommended'>",
    "newsletter": "<div class='newsletter-signup'>",
    "subscribe": "<div class='subscribe_box'>",
    "comment": "<div id='comments'>",
    "cookie": "<div class='cookie-banner'>",
    "consent": "<div id='consent-dialog'>",
    "advert": "<div class='advert'>",
    "promo": "<div class='promo'>",
    "breadcrumb": "<div class='breadcrumbs'>",
    "tags": "<div class='article-tags'>",
    "author box": "<div class='author-box'>",
    "role": "<div role='navigation'>",
    "aria": "<div aria-label='related articles'>",
    "camel case": "<div class='relatedArticles'>",
}
NAMED_REASON = {"navigation": "navigation", "share": "share", "social": "share", "related": "related-links",
                "recommended": "related-links", "newsletter": "subscribe", "subscribe": "subscribe",
                "comment": "comments", "cookie": "cookie-notice", "consent": "cookie-notice", "advert": "ad",
                "promo": "ad", "breadcrumb": "navigation", "tags": "navigation", "author box": "byline",
                "role": "navigation", "aria": "related-links", "camel case": "related-links"}


@pytest.mark.parametrize("kind", sorted(NAMED))
def test_furniture_named_by_class_id_role_or_aria_is_dropped(kind):
    opening = NAMED[kind]
    close = "</section>" if opening.startswith("<section") else "</div>"
    block = f"{opening}<p>{JUNK}</p>{close}"
    for where in ("inside", "outside"):
        html = page(body_extra=block) if where == "inside" else page(furniture=block)
        a = clean_html(html, "p.html")
        assert JUNK not in a.text, where
        assert a.paragraphs == BODY, where
        assert NAMED_REASON[kind] in reasons(a), where


def test_a_furniture_name_on_the_page_wrapper_does_not_drop_the_article():
    # WordPress puts "tag-..." and "has-sidebar" words on wrappers that hold the article.
    html = page(wrap="div class='content has-sidebar'")
    assert clean_html(html).paragraphs == BODY
    html = page().replace("<article>", "<article class='post tag-banjir category-berita'>")
    assert clean_html(html).paragraphs == BODY


def test_in_body_baca_juga_and_link_lists_go_through_the_text_cleaner():
    extra = ("<p><strong>Baca juga:</strong> <a href='/a'>Hujan lebat dijangka hingga Jumaat</a></p>"
             "<ul><li><a href='/1'>Satu</a></li><li><a href='/2'>Dua</a></li><li><a href='/3'>Tiga</a></li></ul>")
    a = clean_html(page(body_extra=extra))
    assert a.paragraphs == BODY
    assert {"related-links"} <= reasons(a)


def test_subheads_lists_and_quotes_are_kept_in_reading_order():
    extra = ("<h2>Bantuan disalurkan</h2><p>Bantuan makanan disalurkan kepada semua pusat pemindahan sejak pagi tadi oleh agensi.</p>"
             "<ul><li>Pusat pertama di Sekolah Kebangsaan Rantau Panjang menempatkan 200 mangsa.</li>"
             "<li>Pusat kedua di Dewan Orang Ramai menempatkan 150 mangsa.</li></ul>"
             "<blockquote>Kami akan terus memantau keadaan sepanjang malam ini bersama pasukan keselamatan.</blockquote>")
    a = clean_html(page(body_extra=extra))
    assert a.paragraphs[3:] == [
        "Bantuan disalurkan",
        "Bantuan makanan disalurkan kepada semua pusat pemindahan sejak pagi tadi oleh agensi.",
        "Pusat pertama di Sekolah Kebangsaan Rantau Panjang menempatkan 200 mangsa.",
        "Pusat kedua di Dewan Orang Ramai menempatkan 150 mangsa.",
        "Kami akan terus memantau keadaan sepanjang malam ini bersama pasukan keselamatan.",
    ]


def test_table_rows_are_lines():
    extra = "<table><tr><th>Daerah</th><th>Mangsa</th></tr><tr><td>Pasir Mas</td><td>1,200</td></tr></table>"
    a = clean_html(page(body_extra=extra))
    assert a.paragraphs[-2:] == ["Daerah Mangsa", "Pasir Mas 1,200"]


# ---------------------------------------------------------------- choosing the main block

TEASER = "<div class='card'><h3><a href='/x{n}'>Tajuk berita lain nombor {n}</a></h3><p>{text}</p></div>"
OTHER = "Ringkasan berita lain yang panjang dan menarik tentang politik negeri yang tiada kaitan dengan banjir ini."


def test_page_without_article_tag_is_chosen_by_density():
    teasers = "".join(TEASER.format(n=n, text=OTHER) for n in range(3))
    html = ("<html><body><div id='menu'><a href='/'>Utama</a> <a href='/a'>Sukan</a></div>"
            f"<div class='wrap'><div class='left'>{''.join(f'<p>{p}</p>' for p in BODY)}</div>"
            f"<div class='right'>{teasers}</div></div></body></html>")
    a = clean_html(html)
    assert a.paragraphs == BODY


def test_two_candidate_blocks_the_article_wins_over_a_longer_listing():
    teasers = "".join(f"<article class='card'><h3><a href='/x{n}'>Tajuk {n}</a></h3><p>{OTHER}</p></article>"
                      for n in range(6))
    html = (f"<html><body><article class='story'><h1>Banjir</h1>{''.join(f'<p>{p}</p>' for p in BODY)}</article>"
            f"<section class='more'>{teasers}</section></body></html>")
    assert clean_html(html).paragraphs == BODY


def test_itemprop_article_body_is_evidence():
    long_other = " ".join([OTHER] * 3)
    html = (f"<html><body><div class='x'><p>{long_other}</p><p>{long_other}</p></div>"
            f"<div itemprop='articleBody'>{''.join(f'<p>{p}</p>' for p in BODY)}</div></body></html>")
    assert clean_html(html).paragraphs == BODY


def test_json_ld_article_body_when_the_markup_has_none():
    body = " ".join(BODY)
    html = ("<html><head><script type='application/ld+json'>"
            f'{{"@type": "NewsArticle", "headline": "Banjir", "articleBody": "{body}"}}'
            "</script></head><body><div id='app'>Loading...</div></body></html>")
    assert clean_html(html).text.endswith(body)


# ---------------------------------------------------------------- metadata

def test_metadata_from_meta_tags_without_json_ld():
    head = ("<meta property='og:title' content='Banjir di Rantau Panjang | Warta'>"
            "<meta property='og:site_name' content='Warta'>"
            "<meta property='article:published_time' content='2024-12-01T10:00:00+08:00'>"
            "<meta name='author' content='Siti Aminah'>"
            "<meta property='og:url' content='https://warta.example/banjir'>")
    a = clean_html(page(head=head))
    assert (a.title, a.published, a.authors, a.site, a.url, a.language) == (
        "Banjir di Rantau Panjang", "2024-12-01", ["Siti Aminah"], "Warta", "https://warta.example/banjir", "ms")


def test_json_ld_author_forms_and_publisher():
    for author, expected in (('"Ali Hassan"', ["Ali Hassan"]),
                             ('{"@type": "Person", "name": "Ali Hassan"}', ["Ali Hassan"]),
                             ('[{"name": "Ali Hassan"}, {"name": "Mei Ling"}]', ["Ali Hassan", "Mei Ling"])):
        head = ("<script type='application/ld+json'>{\"@type\": \"ReportageNewsArticle\", "
                f"\"author\": {author}, \"publisher\": {{\"name\": \"Warta\"}}, \"datePublished\": \"2023-05-06\"}}"
                "</script>")
        a = clean_html(page(head=head))
        assert a.authors == expected and a.site == "Warta" and a.published == "2023-05-06"


def test_bylines_without_junk():
    html = page(furniture="<div class='byline'><a href='mailto:x@y'>Email the author</a> <span>3 hours ago</span> "
                          "By <a rel='author' href='/a'>Tan Wei Ming</a></div>")
    assert clean_html(html).authors == ["Tan Wei Ming"]
    html = page(furniture="<div class='author'>Email the author</div><div class='date'>Hours ago</div>")
    assert clean_html(html).authors == []


def test_never_a_date_from_a_script():
    head = "<script>var meta = {\"datePublished\": \"2001-01-01\", \"pubdate\": \"2001-01-01\"};</script>"
    html = page(head=head, body_extra="<script>var d = '2001-02-02';</script>")
    assert clean_html(html).published is None


def test_published_from_time_element_and_visible_dateline():
    a = clean_html(page(furniture="<time datetime='2024-06-11T10:00:00+08:00'>11 Jun</time>"))
    assert a.published == "2024-06-11"
    a = clean_html(page(furniture="<span class='post-date'>12 Jun 2024</span>"))
    assert a.published == "2024-06-12"


def test_title_fallbacks():
    assert clean_html(page()).title == "Banjir di Rantau Panjang"
    html = ("<html><head><title>Gempa guncang Garut - Kabar Contoh</title>"
            "<meta property='og:site_name' content='Kabar Contoh'></head><body>"
            f"<p>{BODY[0]}</p></body></html>")
    assert clean_html(html).title == "Gempa guncang Garut"


def test_canonical_url_wins_over_og_url():
    head = ("<link rel='canonical' href='https://a.example/x'>"
            "<meta property='og:url' content='https://a.example/x?utm=1'>")
    assert clean_html(page(head=head)).url == "https://a.example/x"


# ---------------------------------------------------------------- hostile markup

def test_malformed_markup():
    html = ("<html><body><article><p>" + BODY[0] + "<p>" + BODY[1] + "<div><b><i>" + BODY[2]
            + "</b></i></span></article></div><!-- unterminated comment")
    a = clean_html(html)
    assert a.paragraphs == BODY


def test_unclosed_script_and_style_do_not_swallow_or_hang():
    html = page() + "<script>var x = 1;" + "<style>" * 1000
    a = clean_html(html)
    assert a.paragraphs == BODY


@pytest.mark.parametrize("tag", ["div", "span", "section"])
def test_ten_thousand_deep_nesting(tag):
    depth = 10_000
    inner = "".join(f"<p>{p}</p>" for p in BODY)
    html = f"<html><body><article>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth}</article></body></html>"
    a = clean_html(html)
    assert " ".join(BODY) in " ".join(a.paragraphs)


def test_deep_nesting_inside_furniture():
    depth = 10_000
    html = page(furniture=f"<div class='sidebar'>{'<div>' * depth}{JUNK}{'</div>' * depth}</div>")
    a = clean_html(html)
    assert JUNK not in a.text and a.paragraphs == BODY


def test_prepare_keeps_json_ld_and_drops_invisible_markup():
    markup, ld = prepare("<head><script type='application/ld+json'>{\"a\": 1}</script></head>"
                         "<body><!-- c --><script>x</script><img src=a.jpg><p>Teks</p>\n  <p>Lagi</p></body>")
    assert ld == ['{"a": 1}']
    assert markup == "<head></head><body><p>Teks</p><p>Lagi</p></body>"


def test_empty_and_text_only_html():
    assert clean_html("").paragraphs == []
    assert clean_html("<html><body></body></html>").paragraphs == []
    assert clean_html(f"<p>{BODY[0]}</p>").paragraphs == [BODY[0]]


# ---------------------------------------------------------------- text and HTML agree

def test_same_article_as_text_and_html_gives_the_same_digest():
    from newsdigest import summarise

    txt = summarise(DATA / "ms-jambatan.txt").to_dict()
    html = summarise(DATA / "ms-jambatan.html").to_dict()
    assert txt["actors"] and txt["places"]
    assert sorted(a["name"] for a in txt["actors"]) == sorted(a["name"] for a in html["actors"])
    assert sorted(p["name"] for p in txt["places"]) == sorted(p["name"] for p in html["places"])
    for key in ("title", "dateline", "published", "credits"):
        assert txt[key] == html[key], key
