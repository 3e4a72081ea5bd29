"""Quotes: direct and attributed, with the speaker named or pointed to."""
from __future__ import annotations

import re

from newsdigest.analyse.quotes import find_quotes
from newsdigest.analyse.sentences import split_sentences
from newsdigest.digest import Actor


def actor(text, name, kind="person", aliases=()):
    sp = sorted((m.start(), m.end()) for n in (name, *aliases)
                for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text))
    return Actor(name, kind, aliases=list(aliases), mentions=len(sp), spans=sp)


def quotes(text, lang, actors):
    return find_quotes(text, split_sentences(text), actors, lang)


def test_speaker_after_the_quote_ms():
    text = '"Kami akan terus membantu mangsa banjir," kata Ahmad Zahid di Bagan Datuk.'
    (q,) = quotes(text, "ms", [actor(text, "Ahmad Zahid")])
    assert (q.speaker, q.verb, q.text) == ("Ahmad Zahid", "kata", "Kami akan terus membantu mangsa banjir")


def test_report_by_an_agency():
    text = 'Pemimpin itu pulang ke Pyongyang.\n\n"Beliau mendoakan kesejahteraan rakyat," lapor KCNA.'
    qs = quotes(text, "ms", [actor(text, "KCNA", "organisation")])
    assert [(q.speaker, q.verb) for q in qs] == [("KCNA", "lapor")]


def test_spokesman_is_the_organisation():
    text = ('Kremlin memaklumkan menteri itu akan bertemu rakan sejawatannya.\n\n'
            '"Mereka akan bertukar pendapat tentang keselamatan serantau," kata jurucakapnya.')
    (q,) = quotes(text, "ms", [actor(text, "Kremlin", "organisation")])
    assert q.speaker == "Kremlin" and q.sentence == 1


def test_the_noun_points_back():
    text = ('Kementerian Luar mengesahkan lawatan itu.\n\n'
            '"Ia adalah acara rutin untuk hubungan dua hala," jelas kementerian itu lagi.')
    (q,) = quotes(text, "ms", [actor(text, "Kementerian Luar", "organisation")])
    assert (q.speaker, q.verb) == ("Kementerian Luar", "jelas")


def test_pronoun_speaker():
    text = ('Ketua Polis Johor, Roslan Idris berkata, lima suspek telah ditahan.\n\n'
            '"Siasatan masih diteruskan dengan teliti," katanya.')
    qs = quotes(text, "ms", [actor(text, "Roslan Idris"), actor(text, "Polis Johor", "organisation")])
    assert [q.speaker for q in qs] == ["Roslan Idris", "Roslan Idris"]
    assert qs[0].text == "lima suspek telah ditahan." and qs[0].verb == "berkata"


def test_speaker_in_the_next_sentence():
    text = '"Kami tidak akan berundur walau apa pun berlaku." Demikian kata Ali Ahmad kepada pemberita.'
    (q,) = quotes(text, "ms", [actor(text, "Ali Ahmad")])
    assert q.speaker == "Ali Ahmad"


def test_speaker_before_the_quote():
    text = 'Ali Ahmad berkata: "Kami akan membina sekolah baharu tahun depan."'
    (q,) = quotes(text, "ms", [actor(text, "Ali Ahmad")])
    assert q.speaker == "Ali Ahmad" and q.text.startswith("Kami akan membina")


def test_paragraphs_of_one_quote():
    text = ('Mohamad Nizam berkata, eksport bunga orkid meningkat tahun ini.\n\n'
            '“Malaysia merupakan pengeksport kesembilan dunia bagi bunga orkid.\n\n'
            '“Nilai eksport hampir mencecah RM500 juta setahun,” katanya.')
    qs = quotes(text, "ms", [actor(text, "Mohamad Nizam")])
    assert [q.speaker for q in qs] == ["Mohamad Nizam"] * 3


def test_indonesian_quotes():
    text = ('Kepala Polres Hadi Santoso mengatakan, ada tujuh saksi yang diperiksa.\n\n'
            '"Yang lainnya masih berhalangan," ujar Hadi dalam konferensi pers.\n\n'
            'Menurut Hadi, para artis itu digunakan tersangka.')
    qs = quotes(text, "id", [actor(text, "Hadi Santoso", aliases=("Hadi",))])
    assert [(q.speaker, q.verb) for q in qs] == [("Hadi Santoso", "mengatakan"), ("Hadi Santoso", "ujar"),
                                                  ("Hadi Santoso", "Menurut")]


def test_english_quotes():
    text = ('"We will rebuild the bridge within a year," said John Smith.\n\n'
            '"The work starts next month," he said.\n\n'
            'According to Reuters, the bridge collapsed on Monday.')
    qs = quotes(text, "en", [actor(text, "John Smith"), actor(text, "Reuters", "organisation")])
    assert [q.speaker for q in qs] == ["John Smith", "John Smith", "Reuters"]
    assert qs[0].text == "We will rebuild the bridge within a year"


def test_titles_and_scare_quotes_are_not_quotes():
    text = "Sinetron \"Cahaya Kasih\" tidak tayang. Wang Yi 'menyambut baton' dari Korea."
    assert quotes(text, "id", []) == []


def attributions(text, lang, actors):
    from newsdigest.analyse.quotes import find_attributions

    return find_attributions(text, split_sentences(text), actors, lang)[1]


def test_the_speaker_phrase_stops_where_the_setting_starts():
    text = ('Li Ming menyambut baik surat tersebut.\n\n'
            '"Kami meminta negara-negara terkait menahan diri," kata dia dalam konferensi pers kemarin.')
    att = attributions(text, "id", [actor(text, "Li Ming")])[1]
    assert (att.text, att.speaker) == ("kata dia", "Li Ming")


def test_the_place_told_to_is_not_the_speaker():
    text = ('Ali Ahmad hadir di majlis itu.\n\n'
            '"Kami akan membantu semua mangsa banjir," katanya kepada Bernama di Kuantan.')
    (q,) = quotes(text, "ms", [actor(text, "Ali Ahmad"), actor(text, "Bernama", "organisation")])
    assert q.speaker == "Ali Ahmad"


def test_a_speaker_named_in_a_relative_clause():
    text = ('Mohamad Reza memuji program itu.\n\n'
            '"Ini awal yang luar biasa bagus," demikian dikatakan pria yang akrab disapa Reza di Jakarta, '
            'Selasa (9/7/2019).')
    atts = attributions(text, "id", [actor(text, "Mohamad Reza", aliases=("Reza",))])
    assert atts[1].speaker == "Mohamad Reza" and atts[1].verb == "dikatakan"


def test_a_statement_before_a_quote_that_opens_at_the_end():
    text = ('Nanda Maarof berkata, kemalangan berlaku semasa mangsa memandu ke Seremban. "\n'
            'Mangsa mengabaikan lampu isyarat merah," katanya dalam satu kenyataan.')
    nanda = actor(text, "Nanda Maarof")
    atts = attributions(text, "ms", [nanda])
    assert atts[0].position == "lead" and atts[0].speaker == "Nanda Maarof"
    qs = quotes(text, "ms", [nanda])
    assert qs[0].text == "kemalangan berlaku semasa mangsa memandu ke Seremban."
    assert all(q.speaker == "Nanda Maarof" for q in qs)
