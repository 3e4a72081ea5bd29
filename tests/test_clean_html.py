"""Saved HTML pages: visible text in reading order, furniture out, page metadata in."""
from __future__ import annotations

from newsdigest.clean.html import clean_html

PAGE = """<!DOCTYPE html>
<html lang="ms-MY">
<head>
<title>Banjir: 5,000 dipindahkan di Kelantan | Akhbar Contoh</title>
<meta property="og:site_name" content="Akhbar Contoh">
<link rel="canonical" href="https://contoh.example/berita/banjir">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebPage", "name": "x"},
 {"@type": "NewsArticle", "headline": "Banjir: 5,000 dipindahkan di Kelantan", "datePublished": "2024-12-02T09:00:00+08:00",
  "author": [{"@type": "Person", "name": "Aminah Yusof"}]}]}</script>
<style>.x { color: red }</style>
</head>
<body>
<header><a class="brand" href="/">Akhbar Contoh</a></header>
<nav><ul><li><a href="/">Utama</a></li><li><a href="/semasa">Semasa</a></li></ul></nav>
<div class="cookie-consent">Laman web ini menggunakan kuki. <button>Setuju</button></div>
<article>
  <h1>Banjir: 5,000 dipindahkan di Kelantan</h1>
  <figure><img src="a.jpg"><figcaption>Penduduk meredah banjir di Kota Bharu. - Foto: Bernama</figcaption></figure>
  <p>KOTA BHARU: Lebih 5,000 penduduk dipindahkan ke pusat pemindahan sementara di <b>Kelantan</b> setakat pagi ini.</p>
  <div class="share-bar"><a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
  <p>Jabatan Kebajikan Masyarakat berkata jumlah itu dijangka meningkat jika hujan berterusan.</p>
  <div class="related-articles"><h3>Artikel Berkaitan</h3><ul><li><a href="/a">Hujan lebat dijangka hingga Jumaat</a></li></ul></div>
  <h2>Sekolah ditutup</h2>
  <p>Sebanyak 40 sekolah di negeri itu ditutup sementara bagi memberi laluan kepada mangsa banjir.</p>
  <script>document.write("JANGAN PAPAR INI");</script>
</article>
<aside><h3>Popular</h3><p>Berita lain yang tidak berkaitan dengan banjir.</p></aside>
<footer><p>© 2024 Akhbar Contoh. Hak cipta terpelihara.</p></footer>
</body></html>
"""


def test_body_in_reading_order_without_furniture():
    a = clean_html(PAGE, "p.html")
    assert a.paragraphs == [
        "KOTA BHARU: Lebih 5,000 penduduk dipindahkan ke pusat pemindahan sementara di Kelantan setakat pagi ini.",
        "Jabatan Kebajikan Masyarakat berkata jumlah itu dijangka meningkat jika hujan berterusan.",
        "Sekolah ditutup",
        "Sebanyak 40 sekolah di negeri itu ditutup sementara bagi memberi laluan kepada mangsa banjir.",
    ]
    text = a.text
    for junk in ("JANGAN PAPAR", "color: red", "Utama", "kuki", "Foto: Bernama", "Hujan lebat dijangka",
                 "Berita lain", "©", "Facebook", "Akhbar Contoh."):
        assert junk not in text


def test_metadata_from_json_ld_and_head():
    a = clean_html(PAGE, "p.html")
    assert a.title == "Banjir: 5,000 dipindahkan di Kelantan"
    assert a.published == "2024-12-02"
    assert a.language == "ms"
    assert a.authors == ["Aminah Yusof"]
    assert a.site == "Akhbar Contoh"
    assert a.url == "https://contoh.example/berita/banjir"
    assert a.dateline == "KOTA BHARU"


def test_removed_blocks_have_reasons():
    reasons = {r.reason for r in clean_html(PAGE, "p.html").removed}
    assert {"caption", "navigation", "share", "related-links", "cookie-notice"} <= reasons


def test_title_from_title_tag_without_site_name():
    html = ("<html><head><title>Gempa guncang Garut - Kabar Contoh</title>"
            "<meta property='og:site_name' content='Kabar Contoh'></head>"
            "<body><p>Gempa bermagnitudo 5,8 mengguncang Garut pada Selasa pagi dan merusak rumah warga.</p></body></html>")
    assert clean_html(html).title == "Gempa guncang Garut"


def test_time_element_gives_published():
    html = ('<html><body><time datetime="2024-06-11T10:00:00+08:00">11 Jun</time>'
            "<p>Mahkamah menjatuhkan hukuman penjara lapan tahun terhadap bekas pengurus itu.</p></body></html>")
    assert clean_html(html).published == "2024-06-11"


def test_deep_nesting_does_not_exhaust_recursion():
    depth = 10_000
    html = "<html><body>" + "<div>" * depth + "<p>Teks berita di dalam sarang yang sangat dalam.</p>" + "</div>" * depth + "</body></html>"
    a = clean_html(html)
    assert a.paragraphs == ["Teks berita di dalam sarang yang sangat dalam."]


def test_malformed_html_still_gives_text():
    html = "<html><body><p>Perenggan pertama tanpa penutup<p>Perenggan kedua <b>tebal</i> di sini</div></body>"
    a = clean_html(html)
    assert "Perenggan pertama tanpa penutup" in a.text and "Perenggan kedua tebal di sini" in a.text
