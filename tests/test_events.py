"""Events: triggers per type and language, arguments, time, status, merging."""
from __future__ import annotations

import re

import pytest

from newsdigest.analyse.events import analyses, find_events, find_triggers, lexicon
from newsdigest.analyse.sentences import split_sentences
from newsdigest.model import Actor, Place


def spans(text, names):
    out = []
    for n in names:
        out += [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text)]
    return sorted(out)


def actor(text, name, kind="person", aliases=()):
    sp = spans(text, [name, *aliases])
    return Actor(name, kind, aliases=list(aliases), mentions=len(sp), spans=sp)


def place(text, name, aliases=()):
    sp = spans(text, [name, *aliases])
    return Place(name, "country", aliases=list(aliases), mentions=len(sp), spans=sp)


def events(text, lang, actors=(), places=(), published=None, limit=None, title=False):
    return find_events(text, split_sentences(text), list(actors), list(places), lang, published, limit,
                       title=title)


def types_in(sentence, lang):
    sent = split_sentences(sentence)[0]
    return [t.type for t in find_triggers(sent, lexicon(lang), set())]


# One sentence per type and language (written for these tests).
TYPES = {
    "ms": {
        "visit": "Perdana menteri itu melawat kilang tersebut.",
        "meeting": "Kedua-dua pemimpin bertemu di ibu negara.",
        "negotiation": "Kedua-dua pihak meneruskan rundingan damai.",
        "agreement": "Syarikat itu menandatangani perjanjian baharu.",
        "appeal": "Persatuan itu menggesa kerajaan bertindak segera.",
        "accusation": "Pembangkang menuduh menteri itu menyeleweng.",
        "threat": "Kumpulan itu mengancam pekerja kilang.",
        "protest": "Ribuan orang menyertai tunjuk perasaan di bandar itu.",
        "arrest": "Lelaki itu ditahan polis semalam.",
        "legal": "Bekas pengurus itu dijatuhi hukuman penjara.",
        "attack": "Militan menyerang sebuah balai polis.",
        "military": "Tentera itu mengerahkan kapal perang ke selat tersebut.",
        "disaster": "Banjir melanda beberapa kampung.",
        "accident": "Sebuah lori terbabit dalam kemalangan jalan raya.",
        "death": "Pelakon itu meninggal dunia di hospital.",
        "aid": "Mangsa banjir menerima sumbangan makanan.",
        "economy": "Syarikat itu melabur dalam projek baharu.",
        "election": "Rakyat mengundi dalam pilihan raya kecil.",
        "appointment": "Beliau dilantik sebagai pengerusi lembaga.",
        "sport": "Pasukan itu menjuarai kejohanan serantau.",
        "statement": "Kementerian mengumumkan dasar baharu.",
    },
    "id": {
        "visit": "Presiden mengunjungi lokasi bencana.",
        "meeting": "Kedua menteri bertemu di Jakarta.",
        "negotiation": "Kedua pihak melanjutkan perundingan damai.",
        "agreement": "Perusahaan itu menandatangani kesepakatan baru.",
        "appeal": "Warga mendesak pemerintah bertindak.",
        "accusation": "Aktivis mengecam kebijakan itu.",
        "threat": "Kelompok itu mengancam warga desa.",
        "protest": "Ribuan buruh menggelar unjuk rasa.",
        "arrest": "Polisi menangkap tersangka penipuan.",
        "legal": "Terdakwa divonis lima tahun penjara.",
        "attack": "Orang tak dikenal menyerang pos polisi.",
        "military": "Negara itu mengerahkan pasukan ke perbatasan.",
        "disaster": "Banjir melanda tiga kecamatan.",
        "accident": "Bus itu mengalami kecelakaan di tol.",
        "death": "Aktor senior itu meninggal dunia di rumah sakit.",
        "aid": "Pemerintah menyalurkan bantuan kepada korban.",
        "economy": "Nilai ekspor durian meningkat.",
        "election": "Warga mencoblos dalam pemilu.",
        "appointment": "Dia dilantik menjadi gubernur.",
        "sport": "Tim itu menjuarai turnamen.",
        "statement": "Kementerian mengumumkan aturan baru.",
    },
    "en": {
        "visit": "The minister visited the factory.",
        "meeting": "The two leaders met in the capital.",
        "negotiation": "Both sides resumed negotiations.",
        "agreement": "The firms signed an agreement.",
        "appeal": "The union urged the government to act.",
        "accusation": "The opposition accused the minister of fraud.",
        "threat": "The group threatened the workers.",
        "protest": "Thousands protested in the city.",
        "arrest": "The man was arrested on Monday.",
        "legal": "The former manager was convicted of bribery.",
        "attack": "Militants attacked a police post.",
        "military": "The country deployed troops to the border.",
        "disaster": "Floods devastated three villages.",
        "accident": "A bus crashed on the highway.",
        "death": "The actor died in hospital.",
        "aid": "Victims received food donations.",
        "economy": "Exports rose sharply.",
        "election": "Voters cast ballots in the election.",
        "appointment": "She was appointed chairwoman.",
        "sport": "The team won the tournament.",
        "statement": "The ministry announced a new policy.",
    },
}


@pytest.mark.parametrize("lang,typ", [(lang, typ) for lang, d in TYPES.items() for typ in d])
def test_each_type_in_each_language(lang, typ):
    assert typ in types_in(TYPES[lang][typ], lang)


@pytest.mark.parametrize("word,root", [
    ("lawatan", "lawat"), ("melawat", "lawat"), ("dilawati", "lawat"), ("kunjungan", "kunjung"),
    ("mengunjungi", "kunjung"), ("bertemu", "temu"), ("pertemuan", "temu"), ("ditahan", "tahan"),
    ("menahan", "tahan"), ("didakwa", "dakwa"), ("menerima", "terima"), ("kemalangan", "malang"),
    ("penahanan", "tahan"), ("menyerang", "serang"), ("pembunuhan", "bunuh"), ("mengesahkan", "sah"),
])
def test_affixed_forms_reach_their_root(word, root):
    assert root in [r for _, r in analyses(word, "ms")]


def test_prefix_limits_keep_other_senses_out():
    # "bertahan" (hold out) and "ketahanan" (resilience) are not arrests.
    assert "arrest" not in types_in("Pasukan itu bertahan hingga akhir perlawanan.", "ms")
    assert "arrest" not in types_in("Ketahanan makanan negara terjamin.", "ms")
    # "terima kasih" is thanks, not a gift.
    assert types_in("Dia mengucapkan terima kasih kepada penganjur.", "ms")[0] == "statement"


def test_names_are_not_triggers():
    text = "Menteri Luar China, Wang Yi memulakan lawatan ke Rusia."
    evs = events(text, "ms", [actor(text, "Wang Yi")], [place(text, "Rusia"), place(text, "China")])
    assert [e.trigger for e in evs] == ["memulakan lawatan"]


def test_visit_with_agent_place_date_and_range():
    text = ("China lawat Rusia\n\nBEIJING - Menteri Luar China, Wang Yi memulakan lawatan selama empat hari "
            "ke Rusia pada Isnin untuk rundingan keselamatan.")
    evs = events(text, "ms", [actor(text, "Wang Yi")], [place(text, "Rusia"), place(text, "China"),
                                                        place(text, "Beijing", ("BEIJING",))], "2023-09-18",
                 title=True)
    assert len(evs) == 1  # the headline tells the same visit
    ev = evs[0]
    assert (ev.type, ev.trigger, ev.actors, ev.places) == ("visit", "memulakan lawatan", ["Wang Yi"], ["Rusia"])
    assert ev.when.text == "Isnin" and ev.when.date == "2023-09-18"
    assert (ev.when.start, ev.when.end) == ("2023-09-18", "2023-09-21")
    assert ev.status == "reported" and "memulakan lawatan" in ev.text and ev.sentence > 0


def test_past_and_future_day_names():
    text = "Ali Ahmad bertemu Perdana Menteri pada Ahad. Ali Ahmad akan melawat Jepun pada Isnin."
    evs = events(text, "ms", [actor(text, "Ali Ahmad"), actor(text, "Perdana Menteri")],
                 [place(text, "Jepun")], "2023-09-19")
    assert [(e.type, e.status, e.when.date) for e in evs] == [
        ("meeting", "reported", "2023-09-17"), ("visit", "planned", "2023-09-25")]


@pytest.mark.parametrize("lang,text,name,status", [
    ("ms", "Ali Ahmad tidak menghadiri mesyuarat itu.", "Ali Ahmad", "negated"),
    ("ms", "Ali Ahmad menafikan beliau ditahan polis.", "Ali Ahmad", "negated"),
    ("ms", "Ali Ahmad akan melawat kilang itu.", "Ali Ahmad", "planned"),
    ("ms", "Ali Ahmad dijadual bertemu pelabur.", "Ali Ahmad", "planned"),
    ("id", "Budi Santoso tidak menghadiri rapat itu.", "Budi Santoso", "negated"),
    ("id", "Budi Santoso akan mengunjungi pabrik itu.", "Budi Santoso", "planned"),
    ("en", "John Smith did not attend the meeting.", "John Smith", "negated"),
    ("en", "John Smith denied he was arrested.", "John Smith", "negated"),
    ("en", "John Smith will visit the plant.", "John Smith", "planned"),
    ("en", "John Smith visited the plant.", "John Smith", "reported"),
])
def test_status(lang, text, name, status):
    (ev,) = events(text, lang, [actor(text, name)])
    assert ev.status == status and ev.actors == [name]


def test_passive_agent_comes_first():
    text = "Seorang lelaki ditahan Polis Johor di Batu Pahat."
    (ev,) = events(text, "ms", [actor(text, "Polis Johor", "organisation")], [place(text, "Batu Pahat")])
    assert ev.type == "arrest" and ev.trigger == "ditahan"
    assert ev.actors == ["Polis Johor"] and ev.places == ["Batu Pahat"]


def test_restated_event_is_merged():
    text = ("Ali Ahmad ditahan polis di Ipoh pada Isnin.\n\n"
            "Ali Ahmad ditahan selepas disyaki terlibat dalam kes itu.")
    evs = events(text, "ms", [actor(text, "Ali Ahmad")], [place(text, "Ipoh")], "2023-09-20")
    assert len(evs) == 1 and evs[0].when.date == "2023-09-18"


def test_distinct_events_are_kept_in_story_order():
    text = ("Ali Ahmad tiba di Tokyo pada Isnin.\n\nAli Ahmad bertemu Perdana Menteri Jepun.\n\n"
            "Ali Ahmad menandatangani perjanjian perdagangan.")
    evs = events(text, "ms", [actor(text, "Ali Ahmad"), actor(text, "Perdana Menteri Jepun")],
                 [place(text, "Tokyo")], "2023-09-20")
    assert [e.type for e in evs] == ["visit", "meeting", "agreement"]
    assert [e.sentence for e in evs] == [0, 1, 2]
    assert len(events(text, "ms", [actor(text, "Ali Ahmad"), actor(text, "Perdana Menteri Jepun")],
                      [place(text, "Tokyo")], "2023-09-20", limit=2)) == 2


def test_pronoun_carries_the_actors():
    text = ("Ali Ahmad akan bertemu Budi Santoso di Jakarta.\n\n"
            "\"Mereka akan berbincang tentang perdagangan,\" kata jurucakapnya.")
    evs = events(text, "ms", [actor(text, "Ali Ahmad"), actor(text, "Budi Santoso")], [place(text, "Jakarta")])
    assert len(evs) == 2
    assert evs[1].actors[:2] == ["Ali Ahmad", "Budi Santoso"]
    assert evs[1].source == "kata jurucakapnya"


def test_source_of_a_report():
    text = "\"Tentera itu menyerang kampung di Gaza,\" lapor Reuters."
    (ev,) = events(text, "ms", [actor(text, "Reuters", "organisation")], [place(text, "Gaza")])
    assert ev.type == "attack" and ev.source == "lapor Reuters" and ev.places == ["Gaza"]
    assert "Reuters" not in ev.actors


def test_english_event():
    text = "John Smith was arrested in London on Monday."
    (ev,) = events(text, "en", [actor(text, "John Smith")], [place(text, "London")], "2023-09-20")
    assert (ev.type, ev.trigger, ev.when.text, ev.when.date) == ("arrest", "was arrested", "Monday", "2023-09-18")


def test_indonesian_event_with_printed_date():
    text = "Polres Kediri menangkap seorang tersangka di Kediri, Senin (29/7/2019)."
    (ev,) = events(text, "id", [actor(text, "Polres Kediri", "organisation")], [place(text, "Kediri")])
    assert ev.type == "arrest" and ev.when.text == "Senin (29/7/2019)" and ev.when.date == "2019-07-29"


def test_nothing_named_nothing_reported():
    assert events("Banjir itu besar.", "ms") == []
    assert events("", "ms") == []
