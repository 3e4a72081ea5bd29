"""The text cleaner: each kind of furniture out, every body paragraph in, metadata kept."""
from __future__ import annotations

from newsdigest.clean.dates import parse_printed_date
from newsdigest.clean.text import clean_text, find_dateline, furniture_reason

PAGE = """Menteri tiba di Hanoi untuk lawatan tiga hari

Menteri bersalaman dengan rakan sejawatnya di Hanoi. - Foto: Bernama
Menteri bersalaman dengan rakan sejawatnya di Hanoi. - Foto: Bernama
A
A
A

PUTRAJAYA - Menteri Luar, Datuk Seri Ahmad Faizal Hamdan memulakan lawatan rasmi ke Vietnam pada Isnin.

Kongsi
Tweet

Artikel Berkaitan:
Wisma Putra pantau keadaan rakyat Malaysia di luar negara
PKS digesa rebut peluang eksport

Beliau berkata kedua-dua negara akan memeterai tiga memorandum persefahaman.

Iklan

"Kita mahu hubungan ini membawa hasil," katanya kepada pemberita. - Bernama

Muat turun aplikasi Suara Semasa. Klik di sini!
Ikuti kami di Telegram
"""


def reasons(article):
    return {r.text: r.reason for r in article.removed}


def test_furniture_removed_with_reasons():
    a = clean_text(PAGE, "p.txt")
    r = reasons(a)
    assert r["Menteri bersalaman dengan rakan sejawatnya di Hanoi. - Foto: Bernama"] == "caption"
    assert r["A"] == "font-controls"
    assert r["Kongsi"] == "share" and r["Tweet"] == "share"
    assert r["Artikel Berkaitan:"] == "related-links"
    assert r["Wisma Putra pantau keadaan rakyat Malaysia di luar negara"] == "related-links"
    assert r["PKS digesa rebut peluang eksport"] == "related-links"
    assert r["Iklan"] == "ad"
    assert r["Muat turun aplikasi Suara Semasa. Klik di sini!"] == "app-promo"
    assert r["Ikuti kami di Telegram"] == "follow-prompt"
    assert r["- Bernama"] == "credit"
    # The caption printed twice is recorded twice, with its line numbers.
    assert [x.line for x in a.removed if x.reason == "caption"] == [3, 4]


def test_body_title_dateline_credit_kept():
    a = clean_text(PAGE, "p.txt")
    assert a.title == "Menteri tiba di Hanoi untuk lawatan tiga hari"
    assert a.dateline == "PUTRAJAYA"
    assert a.credits == ["Bernama"]
    assert a.paragraphs == [
        "PUTRAJAYA - Menteri Luar, Datuk Seri Ahmad Faizal Hamdan memulakan lawatan rasmi ke Vietnam pada Isnin.",
        "Beliau berkata kedua-dua negara akan memeterai tiga memorandum persefahaman.",
        '"Kita mahu hubungan ini membawa hasil," katanya kepada pemberita.',
    ]
    assert a.removed_counts()["font-controls"] == 3


def test_related_run_stops_at_body_paragraph():
    page = "Tajuk berita hari ini\n\nArtikel Berkaitan:\n\nPada Ahad, menteri itu pulang ke tanah air dengan kapal terbang.\n"
    a = clean_text(page)
    assert a.paragraphs == ["Pada Ahad, menteri itu pulang ke tanah air dengan kapal terbang."]


def test_lost_line_breaks_split_into_blocks_and_inline_furniture_cut():
    body1 = "KUALA LUMPUR: Polis menahan seorang lelaki berusia 34 tahun selepas video tular memaparkan kereta dipandu melawan arus di lebuh raya pada malam Sabtu."
    body2 = "Ketua Polis Daerah berkata suspek direman selama empat hari bermula hari ini bagi membantu siasatan lanjut mengikut akta berkaitan."
    caption = "Kereta dipandu melawan arus di lebuh raya. — Facebook/PDRM"
    page = f"{body1}  {caption} {body2} — Semasa Boleh follow media sosial Semasa di Twitter, Facebook, Instagram dan Telegram   "
    a = clean_text(page)
    assert a.paragraphs == [body1, body2]
    r = reasons(a)
    assert r[caption] == "caption"
    assert r["Boleh follow media sosial Semasa di Twitter, Facebook, Instagram dan Telegram"] == "follow-prompt"
    assert a.credits == ["Semasa"]


def test_english_furniture():
    page = """Storm batters coast

By Jane Doe
Tuesday, 12 Mar 2024 6:45 PM MYT
News / Nation
Share
Advertisement
LONDON: Thousands of homes were left without power after the storm brought strong winds overnight.
Read more: Council opens shelters for families
© 2024 The Daily Example. All rights reserved.
We use cookies to improve your experience. By continuing you agree.
Subscribe to our newsletter
"""
    a = clean_text(page)
    assert a.title == "Storm batters coast"
    assert a.credits == ["Jane Doe"]
    assert a.published == "2024-03-12"
    assert a.dateline == "LONDON"
    assert len(a.paragraphs) == 1
    r = reasons(a)
    assert r["News / Nation"] == "navigation"
    assert r["Read more: Council opens shelters for families"] == "related-links"
    assert r["© 2024 The Daily Example. All rights reserved."] == "copyright"
    assert r["We use cookies to improve your experience. By continuing you agree."] == "cookie-notice"
    assert r["Subscribe to our newsletter"] == "subscribe"
    assert r["Advertisement"] == "ad" and r["Share"] == "share"


def test_indonesian_furniture_and_bylines():
    page = """JAKARTA, WARTAKINI.com - Polisi menangkap dua tersangka penipuan di Jakarta Selatan pada Senin (12/2/2024) malam.

Baca juga: Polisi Buru Pelaku Lain Kasus Penipuan Online

Kapolres mengatakan kedua tersangka kini ditahan untuk pemeriksaan lebih lanjut oleh penyidik.

Simak berita dan artikel lainnya di Google News

Penulis: Rina Oktaviani | Editor: Dimas Prasetyo
"""
    a = clean_text(page)
    assert a.title is None
    assert a.dateline == "JAKARTA"
    assert a.credits == ["Rina Oktaviani", "Dimas Prasetyo"]
    assert len(a.paragraphs) == 2
    r = reasons(a)
    assert r["Baca juga: Polisi Buru Pelaku Lain Kasus Penipuan Online"] == "related-links"
    assert r["Simak berita dan artikel lainnya di Google News"] == "follow-prompt"


def test_escaped_markup_in_text_pages_is_decoded():
    page = "&lt;strong&gt;KUALA LUMPUR:&lt;/strong&gt; Mahkamah menolak permohonan itu hari ini.&lt;br /&gt;\n&lt;br /&gt;\nPeguam berkata anak guamnya akan merayu.&lt;br /&gt;"
    a = clean_text(page)
    assert a.paragraphs == ["KUALA LUMPUR: Mahkamah menolak permohonan itu hari ini.", "Peguam berkata anak guamnya akan merayu."]
    assert a.dateline == "KUALA LUMPUR"


def test_escaped_embeds_and_banners_leave_no_tags():
    page = ("&lt;strong&gt;KUALA LUMPUR:&lt;/strong&gt; Mahkamah menolak permohonan itu hari ini.&lt;br /&gt;\n"
            "&lt;iframe scrolling=&quot;no&quot; src=&quot;https://embed.example.com/x&quot;&gt;&lt;/iframe&gt;\n"
            "&lt;center id=&quot;banner&quot;&gt;&lt;/center&gt;&lt;br /&gt;\n"
            "Peguam berkata anak guamnya akan merayu.&lt;br /&gt;")
    a = clean_text(page)
    assert a.paragraphs == ["KUALA LUMPUR: Mahkamah menolak permohonan itu hari ini.", "Peguam berkata anak guamnya akan merayu."]


def test_a_credit_on_a_line_of_its_own_after_the_story_is_a_credit():
    page = ("Tajuk berita\n\nKUALA LUMPUR: Polis menahan dua lelaki semalam kerana disyaki terlibat dalam kes samun.\n\n"
            "Kedua-dua suspek direman selama tujuh hari bagi membantu siasatan polis.\n\n-- BERNAMA\n")
    a = clean_text(page)
    assert a.credits == ["BERNAMA"] and a.paragraphs[-1].startswith("Kedua-dua suspek")


def test_entities_escaped_twice_are_decoded_and_a_literal_ampersand_stays():
    page = ("Tajuk berita\n\n&amp;ldquo;Kami akan merayu,&amp;rdquo; kata peguam itu di mahkamah hari ini.\n\n"
            "Syarikat AT&amp;T dan Q&amp;A kekal, kata jurucakap parti &amp;#39;Melayu&amp;#39; itu.")
    a = clean_text(page)
    assert a.paragraphs == ["“Kami akan merayu,” kata peguam itu di mahkamah hari ini.",
                            "Syarikat AT&T dan Q&A kekal, kata jurucakap parti 'Melayu' itu."]


def test_body_sentence_with_a_date_is_not_a_date_line():
    a = clean_text("Tajuk berita mahkamah\n\nPlaintif memfailkan saman itu pada 20 November 2020.\n\nKes ditangguhkan.")
    assert "Plaintif memfailkan saman itu pada 20 November 2020." in a.paragraphs
    assert a.published is None


def test_repeated_paragraph_dropped_once():
    para = "Kerajaan akan mengumumkan keputusan itu minggu depan selepas mesyuarat kabinet."
    a = clean_text(f"Tajuk berita kabinet\n\n{para}\n\n{para}\n")
    assert a.paragraphs == [para]
    assert reasons(a)[para] == "duplicate"


def test_orphan_link_text_dropped_but_subhead_kept():
    first = "Kumpulan hak asasi mengecam layanan terhadap Muslim Uighur di wilayah itu minggu lalu."
    a = clean_text(f"{first}\n\nMuslim Uighur\n\nTidak berpotensi tsunami\n\nBMKG memastikan gempa itu tidak berpotensi tsunami.\n")
    assert "Muslim Uighur" not in a.paragraphs
    assert "Tidak berpotensi tsunami" in a.paragraphs


def test_furniture_reason_single_lines():
    assert furniture_reason("A A A") == "font-controls"
    assert furniture_reason("A+ A-") == "font-controls"
    assert furniture_reason("Share on Facebook Share on X Email") == "share"
    assert furniture_reason("FOTO: BERNAMA") == "caption"
    assert furniture_reason("Anak-anak bermain di taman (Gambar kecil)") == "caption"
    assert furniture_reason("Menteri Luar berkata kerjasama itu penting untuk kedua-dua negara.") is None


def test_datelines():
    assert find_dateline("BEIJING - Menteri Luar China tiba.") == "BEIJING"
    assert find_dateline("KUALA LUMPUR: Polis menahan.") == "KUALA LUMPUR"
    assert find_dateline("JAKARTA, KOMPAS.com - Polisi terus.") == "JAKARTA"
    assert find_dateline("Jakarta, Gatra.com - Neraca perdagangan.") == "Jakarta"
    assert find_dateline("Bisnis.com, JAKARTA – Perdagangan saham.") == "JAKARTA"
    assert find_dateline("REPUBLIKA.CO.ID, JENEWA -- Duta besar.") == "JENEWA"
    assert find_dateline("KUALA LUMPUR, Feb 4 — The ministry said.") == "KUALA LUMPUR"
    assert find_dateline("MUAR, 4 Feb 2022 ― Angkatan Bersatu said.") == "MUAR"
    assert find_dateline("Ahmad, 45, said — nothing.") is None
    assert find_dateline("TEKA-teki mengenai barisan kabinet terjawab.") is None
    assert find_dateline("Menurutnya: tiada masalah.") is None


def test_printed_dates():
    assert parse_printed_date("Isnin, 18 September 2023 10:12 AM") == "2023-09-18"
    assert parse_printed_date("Sep 18, 2023") == "2023-09-18"
    assert parse_printed_date("Selasa, 13 Februari 2024 | 10:25 WIB") == "2024-02-13"
    assert parse_printed_date("18/09/2023") == "2023-09-18"
    assert parse_printed_date("2024-03-05T08:15:00+07:00") == "2024-03-05"
    assert parse_printed_date("31 Februari 2024") is None
    assert parse_printed_date("no date here") is None


_PARA = ("The council said on Monday that the new bus routes would start next month and that fares "
         "would stay the same for students and pensioners until the end of the year.")


def test_region_cuts_large_menu_and_comments_and_records_them():
    menu = "\n".join(f"Section {i}" for i in range(30))
    body = "\n\n".join(f"{_PARA} Point {i}." for i in range(5))
    comments = "\n".join(f"Reader {i} wrote a long reply about the buses and the fares, and about the city council too."
                         for i in range(20))
    page = f"{menu}\n\nNew bus routes next month\n\n{body}\n\n[ 12 comments ]\n{comments}\n"
    a = clean_text(page)
    assert a.title == "New bus routes next month"
    assert a.paragraphs == [f"{_PARA} Point {i}." for i in range(5)]
    r = reasons(a)
    assert r["Section 3"] == "outside-article"
    assert r["Reader 4 wrote a long reply about the buses and the fares, and about the city council too."] == "outside-article"
    # Nothing is dropped silently: every line of the page is kept or recorded.
    assert len(a.removed) + len(a.paragraphs) + 1 == 30 + 1 + 5 + 1 + 20


def test_region_leaves_an_ordinary_page_alone():
    page = f"Bus routes change\n\nShare\nTweet\n\n{_PARA}\n\nIklan\n\nFares stay the same.\n\nFollow us on X\n"
    a = clean_text(page)
    assert "outside-article" not in a.removed_counts()
    assert a.paragraphs == [_PARA, "Fares stay the same."]


def test_region_keeps_a_numbered_list_the_article_announces():
    body = "\n\n".join(f"{_PARA} Point {i}." for i in range(3))
    items = "\n\n".join(f"{i}. Menteri Portfolio {i}: Datuk Nama Menteri {i}" for i in range(1, 13))
    page = f"{body}\n\nBerikut senarai penuh barisan menteri kabinet:\n\nPerdana Menteri\n\n{items}\n"
    a = clean_text(page)
    assert "1. Menteri Portfolio 1: Datuk Nama Menteri 1" in a.paragraphs
    assert "12. Menteri Portfolio 12: Datuk Nama Menteri 12" in a.paragraphs
    # A list of links after a heading with a colon is not announced by the article: no numbers.
    links = "\n".join(f"Another story about buses number {i}" for i in range(12))
    a = clean_text(f"{body}\n\nRelated coverage:\n{links}\n")
    assert not any("Another story" in p for p in a.paragraphs)


def test_repeated_lines_far_apart_are_kept():
    day = "Breakfast: oats with berries and a spoon of nut butter\nLunch: grilled chicken salad with lemon"
    page = "\n\n".join(f"Day {i}\n{day}" for i in range(1, 5))
    a = clean_text(page, region=False)
    assert sum(p.startswith("Breakfast") for p in a.paragraphs) == 4


def test_repeated_paragraph_next_to_itself_is_a_duplicate():
    a = clean_text(f"{_PARA}\n{_PARA}\nFares stay the same for now.\n")
    assert a.paragraphs == [_PARA, "Fares stay the same for now."]
    assert a.removed_counts()["duplicate"] == 1


def test_region_keeps_a_table_of_figures_with_its_article():
    menu = "\n".join(f"Section {i}" for i in range(30))
    rows = "\n".join(f"{i} Team{i} {100 - i} {i % 3} {i % 5}" for i in range(1, 31))
    links = "\n".join(f"Link {i}" for i in range(12))
    side = "\n".join(f"Sidebar {i}\n{_PARA} Teaser {i}." for i in range(3))
    page = f"{menu}\n\nLeague table\n\n{_PARA}\n\n{rows}\n\n{links}\n\n{side}\n"
    a = clean_text(page)
    assert _PARA in a.paragraphs
    assert "1 Team1 99 1 1" in a.paragraphs and "30 Team30 70 0 0" in a.paragraphs
    assert not any("Teaser" in p for p in a.paragraphs)


def test_region_weighs_tag_clouds_and_teaser_strips_as_furniture():
    menu = "\n".join(f"Section {i}" for i in range(12))
    tags = " ".join(f"tag{i} topic{i}" for i in range(40))  # a long line of words, no punctuation
    strip = " ".join(f"Headline {i} CITY: A summary of the story that is cut short..." for i in range(8))
    body = "\n\n".join(f"{_PARA} Point {i}." for i in range(3))
    page = f"{strip}\n{menu}\n\n{body}\n\n{menu}\n{tags}\n{menu}\n"
    a = clean_text(page)
    assert a.paragraphs == [f"{_PARA} Point {i}." for i in range(3)]


def test_speed_ups_keep_results():
    # Cached per-line results and the per-page cut of phrase lists give the same answers.
    for _ in range(2):
        a = clean_text(PAGE)
        assert furniture_reason("Muat turun aplikasi Suara Semasa. Klik di sini!") is not None
    assert parse_printed_date("no year here, 12 Mac") is None
    assert parse_printed_date("Isnin, 18 September 2023 10:12 AM") == "2023-09-18"
    assert a.paragraphs == clean_text(PAGE).paragraphs


def test_without_removed_records_the_article_is_the_same():
    a, b = clean_text(PAGE, "p.txt"), clean_text(PAGE, "p.txt", removed=False)
    assert a.removed and b.removed == []
    a.removed = []
    assert a == b


def test_a_starts_phrase_needs_a_word_boundary_and_ignores_case():
    assert furniture_reason("BACA JUGA: Harga minyak naik lagi") == "related-links"
    assert furniture_reason("Muat turun aplikasi kami sekarang") == "app-promo"
    assert furniture_reason("Hak ciptaan lagu itu dijual kepada syarikat rakaman di Jepun") is None  # "Hak cipta" + letters
    assert furniture_reason("Baca jugaan ialah perkataan yang tidak wujud") is None


def test_unusual_letters_at_a_block_start_do_not_break_the_look_up():
    # a dotless i, a Kelvin sign and a long s: letters outside ASCII that fold in unusual ways
    for line in ("Muat turun aplıkasi kami", "\u212aini berita terkini", "\u017fubscribe now", "İstanbul hari ini"):
        furniture_reason(line)  # must not raise
    article = clean_text("Muat turun aplıkasi kami sekarang\n\nIni perenggan pertama yang panjang tentang sesuatu.\n")
    assert "Ini perenggan pertama yang panjang tentang sesuatu." in article.paragraphs


# ---------------------------------------------------------------- helpers of the faster cleaner

def test_holding_any_finds_each_text_holding_a_mark_once_in_order():
    from newsdigest.clean.text import _holding_any

    texts = ["a  b", "plain", "tab\there", "x\u00a0y", "both  \u00a0", "end  "]
    assert _holding_any(texts, ("  ", "\t", "\u00a0")) == [0, 2, 3, 4, 5]
    assert _holding_any(texts, ("\u3000",)) == []
    assert _holding_any(["a  b  c  d"], ("  ",)) == [0]
    assert _holding_any([], ("  ",)) == []


def test_spaces_are_squeezed_as_one_pattern_would():
    import re

    from newsdigest.clean.text import _WIDE_SPACES, _spaces_squeezed

    pattern = re.compile(f"[ \t{_WIDE_SPACES}]{{2,}}|[\t{_WIDE_SPACES}]")  # runs, and lone tabs or wide spaces
    pieces = ["a", " ", "  ", "\t", "\u00a0", "\u3000 ", "\u2009\u2009", "\x0b", "\u2028", "ß", "\n"]
    texts = [x + y + z for x in pieces for y in pieces for z in pieces] + ["Kata  demi\u00a0kata \t dan\u3000lagi  "]
    for text in texts:
        assert _spaces_squeezed(text) == pattern.sub(" ", text).strip(), repr(text)


def test_blocks_of_a_page_without_rare_white_space_are_single_spaced():
    import sys

    from newsdigest.clean.furniture import norm_key
    from newsdigest.clean.text import _RARE_WHITE_SPACE, _WIDE_SPACES, _single_spaced, split_blocks

    white = {chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()}
    assert white == set(" \t\n\r" + _WIDE_SPACES + _RARE_WHITE_SPACE)  # every white space is accounted for
    page = "  Tajuk\u00a0\u00a0berita \t\n\nKata  demi\u3000kata\u200e dan\u2009lagi \n" + "x" * 300 + "   y\t z\u00a0\u00a0w"
    texts, _ = split_blocks(page)
    assert _single_spaced("\n".join(texts))
    for text in texts:
        assert text.split() == text.split(" ") and text == text.strip(), repr(text)
        assert norm_key(text, single_spaced=True) == norm_key(text)
    assert not _single_spaced("a\u2028b")


def test_a_leading_caption_is_looked_for_only_where_the_pattern_may_match():
    from newsdigest.clean.text import _LEADING_CAPTION, _may_open_with_caption

    captions = ["Gambar hiasan", "Tangkap layar video tular di lebuh raya. ", "x" * 9, "x" * 10, "y" * 249, "y" * 250, "y" * 251]
    dashes = [" - ", " – ", " — ", " -- ", "\u2028-\u2028", " -", "-"]
    credits = ["Foto: Agensi Berita", "Facebook/SabahFC Next", "agensi Berita", "AFP “Kata", "X Y", "É Z"]
    for caption in captions:
        for dash in dashes:
            for credit in credits:
                text = f"{caption}{dash}{credit} Lagi ayat seterusnya."
                if _LEADING_CAPTION.match(text):
                    assert _may_open_with_caption(text[:264]), text
    assert not _may_open_with_caption("Harga minyak naik - kata menteri hari ini dalam kenyataan")


def test_a_caption_ending_is_searched_from_the_first_marker_word():
    from newsdigest.clean.furniture import find_first, furniture
    from newsdigest.clean.text import _is_caption

    f = furniture()
    texts = ["Menteri melawat tapak projek. - Foto: Bernama", "Pic of the day (Photo: Reuters)", "topic pic [Foto/AFP]",
             "Image source, gambar oleh Ali | PHOTO BY Ahmad", "Sumber: foto|Kredit foto: X", "dokumen - dok: istimewa",
             "Tiada penanda di sini", "PHOTO:AFP", "x-Foto oleh Ali", "“Foto: Bernama”"]
    for text in texts:
        expected = find_first(text, f.caption_words) is not None and f.caption_end.search(text) is not None
        assert _is_caption(text, f) == (expected or bool(":" in text and f.caption_start.match(text))
                                        or bool(f.caption_phrases.search(text))), text


def _longest_opening_phrase(f, text):
    """What starts_reason_of answers, by its definition: the reason of the longest phrase
    that opens the casefolded text with a word boundary after it (every phrase tried)."""
    folded = text.casefold()
    best = None
    for phrase in f.starts_reason:
        n = len(phrase)
        if folded.startswith(phrase) and (len(folded) == n or not folded[n].isalnum()):
            if best is None or n > len(best):
                best = phrase
    return None if best is None else f.starts_reason[best]


def test_starts_look_up_finds_the_longest_opening_phrase():
    from newsdigest.clean.furniture import furniture

    f = furniture()
    lines = ["", "t", "©", "© 2024", "©2024", "©ß", "ß", "ﬁled under news", "Filed under news", "ﬀollow us",
             "İkuti kami di X", "Tags:", "tags: a, b", "tagsx", "The storm", "Baca Juga: x", "BACA", "ŉ"]
    for phrase in f.starts_reason:
        for text in (phrase, phrase.upper(), phrase.title(), phrase + " x", phrase + "x", phrase[:-1], phrase + ":"):
            lines.append(text)
    for text in lines:
        assert f.starts_reason_of(text) == _longest_opening_phrase(f, text), text
        assert f.starts_reason_of(text, text.casefold()) == _longest_opening_phrase(f, text), text


def test_a_key_from_the_casefolded_text_is_the_key():
    from newsdigest.clean.furniture import norm_key

    for text in ("» Baca Juga:", "STRASSE ß", "ﬁled  under", "Tags:\u2028x", ": Kongsi :", "İkuti •", "ΣΑΣ ·"):
        assert norm_key(text, text.casefold()) == norm_key(text), text


def test_a_trailing_credit_is_looked_for_only_after_a_last_dash_and_a_capital():
    from newsdigest.clean.text import _TRAILING_CREDIT, _may_end_with_credit

    ends = ["- AFP", "-AFP", "– The Star", "— Bernama", "-- Reuters", ".— Majoriti", "- anak-anak", "- AFP-",
            "-\u2028AFP", "-  AFP", "- 1MDB", "— Semasa Online.", "- A", "-", "–\tX", "- Ali - bin", "- É"]
    for end in ends:
        for text in (f"Ayat terakhir{end}", f"Ayat terakhir {end}", f"Ayat terakhir. {end}", end):
            if _TRAILING_CREDIT.search(text):
                assert _may_end_with_credit(text), text
    assert not _may_end_with_credit("kanak-kanak bermain di taman")


def test_holding_short_cuts_each_list_by_its_own_blocks_and_reuses_the_copy():
    from newsdigest.clean.furniture import furniture

    f = furniture()
    contains, caption = f.contains_short[0], f.caption_words[0]
    cut = f.holding_short(f"x {contains} y", f"x {caption} y")
    assert cut.contains_short == (contains,) and cut.caption_words == (caption,)
    assert f.holding_short("", f"{contains} {caption}").contains_short == ()
    assert f.holding_short(f"x {contains} y", f"x {caption} y") is cut
    assert cut.exact is f.exact  # the per-line caches are kept by the lists' identity


def test_the_casefolded_text_keeps_every_phrase_its_lower_case_holds():
    from newsdigest.clean.furniture import furniture, phrases_in

    f = furniture()
    phrases = f.contains_short + f.caption_words + f.inline_tail + ("é-foto", "ⓐ", "straße")
    texts = ["KLIK DI SINI", "Klik dİ sini", "\u212alik di sini", "\u212aREDIT foto", "© 2024", "Ⓐ É-FOTO",
             "Ikuti Kami Di X", "ıkuti kami di", "Foto: ß", "STRASSE", "Straße", "plain words"]
    for text in texts + ["\n".join(texts)]:
        held = phrases_in(text.casefold(), phrases)
        assert list(held) == [p for p in phrases if p in held], text  # in the lists' order
        assert {p for p in phrases if p in text.lower()} <= set(held), text
    assert phrases_in("plain words", phrases) == ("é-foto", "ⓐ", "straße")  # cased letters outside ASCII: kept


def test_sentence_ends_are_single_characters():
    from newsdigest.clean.text import _REGION_SENTENCE_END, _REGION_SENTENCE_END_CHARS

    # The region weigh looks the last character up in a set: every end must be one character.
    assert all(len(end) == 1 for end in _REGION_SENTENCE_END)
    assert _REGION_SENTENCE_END_CHARS == frozenset(_REGION_SENTENCE_END)


def test_table_rows_are_found_whatever_white_space_separates_their_numbers():
    from newsdigest.clean.furniture import furniture
    from newsdigest.clean.text import _SHORT_WEIGHT, _region_weight

    f = furniture()
    assert _region_weight("1 Team 99 1 1", f) == len("1 Team 99 1 1")
    assert _region_weight("1\u20282\u20283", f) == 5  # no space, yet three numbers
    assert _region_weight("12 34", f) == _SHORT_WEIGHT  # two numbers: not a row


def test_byline_prefix_is_looked_for_after_leading_white_space():
    from newsdigest.clean.furniture import furniture
    from newsdigest.clean.text import _byline_names

    f = furniture()
    assert _byline_names("Oleh Ahmad Faizal", f) == ["Ahmad Faizal"]
    assert _byline_names(" Oleh Ahmad Faizal", f) == ["Ahmad Faizal"]
    assert _byline_names("Olehan lama", f) == []
    assert _byline_names("Prime Minister speaks", f) == []


def test_a_long_caption_ending_in_a_photos_credit_is_removed():
    caption = ("Kapolda Jawa Timur (tengah) menunjukkan barang bukti uang saat rilis kasus investasi ilegal di "
               "Surabaya, Jumat, 10 Januari 2020. Polisi menyita sejumlah barang bukti dalam kasus itu, "
               "termasuk uang sekitar Rp 122,3 miliar. ANTARA FOTO/Didik Suhartono")
    body = ("TEMPO.CO, Jakarta - Kapolda Jawa Timur menyatakan figur publik yang saat ini diperiksa "
            "merupakan koordinator artis pada kasus investasi bodong itu.")
    article = clean_text(caption + "\n\n" + body)
    assert article.paragraphs == [body]
    assert furniture_reason("Gedung baru itu dibuka kemarin di Jakarta. TEMPO/Tony Hartawan") == "caption"


def test_a_paragraph_ending_with_a_slash_and_no_agency_is_kept():
    text = "Harga minyak naik 2 persen menurut data harian dari bursa di London dan New York/Nymex"
    assert furniture_reason(text) is None


def test_a_baca_line_with_its_colon_is_a_related_link_but_a_sentence_opening_with_baca_is_not():
    text = ("Judul berita\n\nMenteri itu berkata begitu semalam di Putrajaya kepada pemberita yang hadir.\n\n"
            "Baca al-Quran setiap hari membantu minda, katanya lagi kepada pemberita di situ.\n\n"
            "BACA: Menteri fokus isu banjir\n\nIa disambut baik oleh semua pihak yang hadir pada majlis itu semalam.\n")
    body = "\n".join(clean_text(text, "x").paragraphs)
    assert "BACA:" not in body and "Baca al-Quran" in body
