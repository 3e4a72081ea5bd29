"""Tokeniser and sentence splitter: offsets, abbreviations, quotes, datelines, credits."""
from __future__ import annotations

import time

import pytest

from newsdigest.analyse.sentences import blocks, split_sentences, tokenise


def texts(s: str) -> list[str]:
    return [x.text for x in split_sentences(s)]


def test_tokens_carry_offsets_into_the_text():
    text = "Datuk Seri Anwar’s plan, said Mr. Lee."
    for tok in tokenise(text):
        assert text[tok.start : tok.end] == tok.text


@pytest.mark.parametrize(
    "word",
    ["Jong-un", "Bangsa-Bangsa", "O'Brien", "3.5", "RM2.37", "KOMPAS.com", "a/l", "U.S.", "Trans7", "K-KOMM"],
)
def test_words_hold_inner_joiners(word):
    assert [t.text for t in tokenise(f"kata {word} semalam")] == ["kata", word, "semalam"]


def test_quotes_and_apostrophes_split_from_words():
    assert [t.text for t in tokenise("'acara rutin' Dato' Sri")] == ["'", "acara", "rutin", "'", "Dato", "'", "Sri"]


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Mahathir tiba di sini.",
        "Syarikat Maju Sdn. Bhd. menafikan dakwaan itu.",
        "Bilik No. 5 dibuka semula.",
        "Nilai saham naik 2.5 peratus hari ini.",
        "The U.S. envoy met Prof. Tan in Kuala Lumpur.",
        "Bapak H. Rahmat hadir di acara itu.",
    ],
)
def test_abbreviations_and_decimals_do_not_end_a_sentence(text):
    assert texts(text) == [text]


def test_sentences_split_at_final_punctuation():
    assert texts("Dia tiba. Mereka pulang! Siapa datang? Tiada.") == [
        "Dia tiba.", "Mereka pulang!", "Siapa datang?", "Tiada.",
    ]


def test_lowercase_after_a_period_does_not_split():
    assert texts("Harga naik kira-kira 3 peratus. dan terus naik.") == ["Harga naik kira-kira 3 peratus. dan terus naik."]


def test_closing_quote_stays_with_its_sentence():
    assert texts('"Kami setuju." Menteri itu pulang.') == ['"Kami setuju."', "Menteri itu pulang."]
    assert texts('Dia berkata: "Kami setuju," kata beliau. Esok cuti.') == [
        'Dia berkata: "Kami setuju," kata beliau.', "Esok cuti.",
    ]


def test_wire_credit_is_its_own_sentence():
    assert texts("Pemimpin itu tiba di ibu negara, lapor agensi berita. - AFP") == [
        "Pemimpin itu tiba di ibu negara, lapor agensi berita.", "- AFP",
    ]


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("KUALA LUMPUR: Polis menahan dua lelaki.", "KUALA LUMPUR:"),
        ("JAKARTA - Hujan turun sejak pagi.", "JAKARTA -"),
        ("BANDUNG, DETIK.com -- Warga berkumpul.", "BANDUNG, DETIK.com --"),
        ("SITE.CO, Medan - Banjir surut.", "SITE.CO, Medan -"),
        ("KUALA LUMPUR, Feb 4 — The ministry said so.", "KUALA LUMPUR, Feb 4 —"),
        ("MUAR, 4 Feb 2022 ― Angkatan Bersatu proposed it.", "MUAR, 4 Feb 2022 ―"),
    ],
)
def test_dateline_is_cut_from_the_first_sentence(text, dateline):
    out = texts(text)
    assert out[0] == dateline and len(out) == 2


def test_a_colon_inside_a_sentence_is_not_a_dateline():
    assert texts("Katanya: dia tidak hadir.") == ["Katanya: dia tidak hadir."]


def test_lines_and_blocks():
    text = "Tajuk Berita\n\nPerenggan satu. Ayat dua.\n\nPerenggan dua"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Tajuk Berita", "Perenggan satu.", "Ayat dua.", "Perenggan dua"]
    assert [s.block for s in sents] == [0, 1, 1, 2]
    assert [text[a:b] for a, b in blocks(text)] == ["Tajuk Berita", "Perenggan satu. Ayat dua.", "Perenggan dua"]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_splitting_is_linear(no_gc):
    unit = "Menteri Luar, Datuk Ali bin Abu berkata 3.5 peratus di Kg. Baru. "
    small, big = unit * 200, unit * 2000
    t0 = time.process_time()
    split_sentences(small)
    t1 = time.process_time()
    split_sentences(big)
    t2 = time.process_time()
    assert (t2 - t1) < 40 * max(t1 - t0, 1e-2)


def test_a_long_run_of_initials_ends_its_sentence():
    out = texts("A. A. A. A. A. A. A. A.")
    assert len(out) > 1 and all(len(s) <= 12 for s in out)
    assert texts("Pengarang J. K. Rowling tiba.") == ["Pengarang J. K. Rowling tiba."]


def test_a_sentence_is_cut_at_its_token_limit():
    from newsdigest.analyse.sentences import MAX_SENTENCE_TOKENS

    sents = split_sentences("ABC DEF " * MAX_SENTENCE_TOKENS)
    assert len(sents) == 2 and all(len(s.tokens) <= MAX_SENTENCE_TOKENS for s in sents)


def test_a_giant_hyphenated_word_is_one_token():
    word = "a-" * 20000 + "a"
    assert [t.text for t in tokenise(word + " b")] == [word, "b"]


@pytest.mark.parametrize("unit", ["A. ", "ABC ", "a-", "O'", '"a '])
def test_hostile_splitting_is_linear(unit, no_gc):
    small, big = unit * 2000, unit * 20000
    t0 = time.process_time()  # CPU time: a busy machine does not distort the ratio
    split_sentences(small)
    t1 = time.process_time()
    split_sentences(big)
    t2 = time.process_time()
    assert (t2 - t1) < 40 * max(t1 - t0, 1e-2)


@pytest.mark.parametrize("text, n", [
    ("Parti itu tidak pernah menyertai PN. Malah mereka kekal sebagai pembangkang.", 2),  # an acronym ends it
    ("Surat itu ditandatangani Pn. Aminah semalam.", 1),  # "Pn." (Puan) does not
    ("Saham PT. Maju Jaya naik semalam.", 1),  # "PT." is listed in capitals
])
def test_a_period_after_an_acronym_ends_the_sentence(text, n):
    assert len(split_sentences(text)) == n


def test_two_sentences_run_together_at_a_dot_are_cut_apart():
    text = "said the minister, Nancy Shukri.Satisfied with the result, she left."
    assert [t.text for t in tokenise(text)][5:8] == ["Shukri", ".", "Satisfied"]
    assert all(text[t.start:t.end] == t.text for t in tokenise(text))
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("word", ["Kompas.com", "Detik.Com", "U.S.", "Sinarharian.com.my", "a.b.Cde"])
def test_web_names_and_initialisms_keep_their_dots(word):
    assert [t.text for t in tokenise(word)] == [word]


def test_a_date_opening_a_sentence_after_a_comma_is_no_dateline():
    assert texts("Ahmad, 45, said — nothing more.") == ["Ahmad, 45, said — nothing more."]
