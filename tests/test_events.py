"""Events: triggers per type and language, arguments, time, status, merging."""
from __future__ import annotations

import re

import pytest

from newsdigest.analyse.events import analyses, find_events, find_triggers, lexicon
from newsdigest.analyse.sentences import split_sentences
from newsdigest.digest import Actor, Place


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
    text = "Polres Blitar menangkap seorang tersangka di Blitar, Senin (12/8/2019)."
    (ev,) = events(text, "id", [actor(text, "Polres Blitar", "organisation")], [place(text, "Blitar")])
    assert ev.type == "arrest" and ev.when.text == "Senin (12/8/2019)" and ev.when.date == "2019-08-12"


def test_nothing_named_nothing_reported():
    assert events("Banjir itu besar.", "ms") == []
    assert events("", "ms") == []


# --- Where the time and the actors come from (sentences written for these tests) ---------

def test_where_a_quoted_speaker_spoke_is_an_event():
    text = ('Polis menahan dua suspek di Ipoh.\n\n'
            '"Kami akan terus menyiasat kes ini," kata Ali Ahmad dalam sidang akhbar di Ipoh, Isnin.')
    evs = events(text, "ms", [actor(text, "Ali Ahmad")], [place(text, "Ipoh")], "2023-09-20")
    press = [e for e in evs if e.trigger == "sidang akhbar"]
    assert len(press) == 1
    assert press[0].actors[0] == "Ali Ahmad" and press[0].when.text == "Isnin"
    assert press[0].when.date == "2023-09-18"


def test_indonesian_press_conference_with_printed_date_and_later_mentions():
    text = ('Polisi memeriksa lima saksi di Blitar.\n\n'
            '"Sisanya belum bisa hadir," ujar Hadi dalam konferensi pers di Blitar, Senin (12/8/2019).\n\n'
            '"Saya terkejut," ujar Budi saat hadir dalam konpers itu.')
    evs = events(text, "id", [actor(text, "Hadi"), actor(text, "Budi")], [place(text, "Blitar")])
    (press,) = [e for e in evs if e.type == "meeting"]
    assert press.trigger == "konferensi pers" and press.when.text == "Senin (12/8/2019)"
    assert press.when.date == "2019-08-12"
    assert press.actors[:2] == ["Hadi", "Budi"]  # "konpers itu" points back and adds who was there


def test_statement_timed_by_the_speakers_next_words():
    text = ('Ali Ahmad menyambut baik keputusan mahkamah itu.\n\n'
            '"Ia satu langkah yang tepat," kata dia kepada pemberita semalam.')
    evs = events(text, "ms", [actor(text, "Ali Ahmad")], [], "2023-03-01")
    assert evs[0].trigger == "menyambut baik"
    assert evs[0].when.text == "semalam" and evs[0].when.date == "2023-02-28"


def test_main_clause_before_a_purpose_clause():
    text = ("Ali Ahmad tiba di Kuching pada Isnin.\n\nAli Ahmad bertemu Budi Santoso.\n\n"
            "Pada 2020, Chong Wei dihalang memasuki Sarawak untuk menghadiri mesyuarat.")
    evs = events(text, "ms", [actor(text, "Ali Ahmad"), actor(text, "Budi Santoso"), actor(text, "Chong Wei")],
                 [place(text, "Kuching"), place(text, "Sarawak")], "2023-09-20")
    last = evs[-1]
    assert last.trigger == "dihalang" and last.actors == ["Chong Wei"] and last.when.text == "2020"
    assert not any(e.trigger == "menghadiri" for e in evs)


def test_a_noun_pointing_back_gives_way_to_the_new_happening():
    text = ("Seorang budak meninggal dunia di Batu Pahat.\n\n"
            "Punca kematian itu diketahui daripada bedah siasat di Hospital Sultan Ismail pada Rabu.")
    evs = events(text, "ms", [actor(text, "Hospital Sultan Ismail", "organisation")], [place(text, "Batu Pahat")],
                 "2023-09-22")
    assert [e.type for e in evs] == ["death", "legal"]
    assert evs[1].trigger == "bedah siasat" and evs[1].when.text == "Rabu"


def test_a_negation_belongs_to_the_verb_after_it():
    text = "Ali Ahmad tidak memberitahu sebab dihalang memasuki negeri itu."
    (ev,) = events(text, "ms", [actor(text, "Ali Ahmad")])
    assert ev.trigger == "dihalang" and ev.status == "reported"
    text = "Ali Ahmad tidak dihalang memasuki negeri itu."
    (ev,) = events(text, "ms", [actor(text, "Ali Ahmad")])
    assert ev.status == "negated"


@pytest.mark.parametrize("lang,text,names", [
    ("ms", "Jika projek itu dilaksanakan, Ali Ahmad akan melawat Tokyo.", ["Ali Ahmad"]),
    ("id", "Kalau enggak dibayar, Budi Santoso akan melapor ke polisi.", ["Budi Santoso"]),
    ("en", "If the deal is signed, John Smith will visit Tokyo.", ["John Smith"]),
])
def test_what_may_happen_is_not_an_event(lang, text, names):
    assert events(text, lang, [actor(text, n) for n in names], [place(text, "Tokyo")]) == []


def test_never_aired_times_the_promised_airing():
    text = ("Sinetron itu dijanjikan akan tayang di Trans7.\n\n"
            "Namun hingga 17 Juli 2019, sinetron itu tidak kunjung tayang.")
    evs = events(text, "id", [actor(text, "Trans7", "organisation")])
    assert [(e.type, e.trigger) for e in evs] == [("other", "tayang")]  # "kunjung" is no visit
    assert evs[0].when.text == "17 Juli 2019" and evs[0].status == "planned"


def test_a_place_of_the_attribution_is_not_where_it_happened():
    text = ("Ribuan penduduk dipindahkan dari kediaman mereka di Tenerife.\n\n"
            "Menurut perkhidmatan kecemasan Kepulauan Canary, 26,000 penduduk dipindahkan pada petang kelmarin.")
    evs = events(text, "ms", [], [place(text, "Tenerife"), place(text, "Kepulauan Canary")], "2023-08-20")
    assert len(evs) == 1
    assert evs[0].places == ["Tenerife"] and evs[0].when.text == "petang kelmarin"
    assert evs[0].when.date == "2023-08-18"


def test_a_second_happening_of_a_body_sentence_times_the_first_telling():
    text = ("Seorang budak meninggal dunia di Parit Jawa.\n\n"
            "Polis Johor menahan lima suspek.\n\n"
            "Budak itu dimasukkan ke hospital sejak 23 Disember selepas pengsan di Parit Jawa "
            "sebelum meninggal dunia Isnin lepas.")
    evs = events(text, "ms", [actor(text, "Polis Johor", "organisation")], [place(text, "Parit Jawa")],
                 "2024-01-03")
    deaths = [e for e in evs if e.type == "death"]
    assert len(deaths) == 1 and deaths[0].sentence == 0
    assert deaths[0].when.text == "Isnin lepas" and deaths[0].when.date == "2024-01-01"
    (faint,) = [e for e in evs if e.trigger.endswith("pengsan")]
    assert faint.when.text == "23 Disember" and faint.when.date == "2023-12-23"


def test_retold_with_the_same_word_joins_the_first_telling_but_not_another_time():
    text = ("Ali Ahmad dihalang memasuki Sarawak pada pukul 5 petang tadi.\n\n"
            "Budi Santoso tiba di Kuching.\n\n"
            "Beliau tidak memberitahu sebab Ali Ahmad dihalang memasuki negeri itu.\n\n"
            "Pada 2015, Chong Wei dihalang memasuki Sarawak.\n\n"
            "Chong Wei dihalang kerana kenyataannya.")
    names = ["Ali Ahmad", "Budi Santoso", "Chong Wei"]
    evs = events(text, "ms", [actor(text, n) for n in names], [place(text, "Sarawak"), place(text, "Kuching")],
                 "2023-11-02")
    barred = [e for e in evs if e.trigger.startswith("dihalang")]
    assert [(e.actors[0], e.when.text) for e in barred] == [("Ali Ahmad", "pukul 5 petang tadi"),
                                                            ("Chong Wei", "2015")]


def test_a_noun_of_the_first_sentence_retells_it():
    text = ("Sebuah kereta terbakar selepas merempuh tiang lampu akibat kemalangan di Seremban pada Ahad.\n\n"
            "Polis Seremban menerima laporan.\n\n"
            "Polis berkata, kemalangan berlaku semasa mangsa memandu ke Seremban.")
    evs = events(text, "ms", [actor(text, "Polis Seremban", "organisation")], [place(text, "Seremban")],
                 "2023-09-19")
    accidents = [e for e in evs if e.type == "accident"]
    assert len(accidents) == 1 and accidents[0].when.text == "Ahad"


def test_what_a_speaker_tells_is_not_done_by_the_speaker():
    text = "Ali Ahmad berkata, kemalangan berlaku di Seremban pada Ahad."
    (ev,) = events(text, "ms", [actor(text, "Ali Ahmad")], [place(text, "Seremban")], "2023-09-19")
    assert ev.type == "accident" and ev.actors == [] and ev.places == ["Seremban"]
    assert ev.source == "Ali Ahmad berkata"


def test_a_pronoun_in_what_a_speaker_tells_is_the_speaker():
    text = "Ali Ahmad berkata, pihaknya melancarkan projek eksport itu di Dubai."
    (ev,) = events(text, "ms", [actor(text, "Ali Ahmad")], [place(text, "Dubai")])
    assert ev.actors == ["Ali Ahmad"] and ev.places == ["Dubai"]


def test_merging_restated_events_is_linear(monkeypatch):
    import newsdigest.analyse.events as ev_mod

    calls = 0
    restates = ev_mod._restates

    def counting(later, first):
        nonlocal calls
        calls += 1
        return restates(later, first)

    monkeypatch.setattr(ev_mod, "_restates", counting)
    months = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober"]
    days = [f"{d} {m} 2020" for m in months for d in range(1, 29)]  # 280 visits, each on its own day
    text = "\n\n".join(f"Ali Ahmad melawat Tokyo pada {d}." for d in days)
    evs = events(text, "ms", [actor(text, "Ali Ahmad")], [place(text, "Tokyo")])
    assert len(evs) == len(days)
    assert calls <= 2 * ev_mod.MERGE_LOOK * len(days)  # comparing with all earlier ones: ~40,000


def test_a_time_near_publication_may_come_from_another_clause():
    text = ("Pembentukan kabinet oleh Ali Ahmad yang dijangka diumumkan dalam tempoh terdekat menjadi "
            "tumpuan ramai.")
    evs = events(text, "ms", [actor(text, "Ali Ahmad")])
    assert evs[0].when.text == "dalam tempoh terdekat"
    text = "Harga kini lebih tinggi selepas Ali Ahmad menaikkan cukai."
    assert all(e.when.text != "kini" for e in events(text, "ms", [actor(text, "Ali Ahmad")]))


@pytest.mark.parametrize("text, force, lang", [
    ("Polis menahan dua lelaki di Kajang semalam. Kenyataan itu dikeluarkan oleh IPD Kajang petang tadi.",
     "IPD Kajang", "ms"),
    ("Sejauh ini, polisi baru menangkap satu tersangka. Polres Kediri Kota memeriksa tujuh saksi.",
     "Polres Kediri Kota", "id"),
    ("Police arrested two men in Kajang on Monday. The Kajang Police said the men were 30.",
     "Kajang Police", "en"),
])
def test_a_word_for_the_police_stands_for_the_storys_police_body(text, force, lang):
    found = events(text, lang, actors=[actor(text, force, kind="organisation")])
    first = [e for e in found if e.sentence == 0]
    assert first and first[0].actors[:1] == [force]


def test_two_police_bodies_leave_the_word_unresolved():
    text = ("Polis menahan dua lelaki di Kajang semalam. IPD Kajang dan IPD Sepang mengesahkan perkara itu "
            "petang tadi.")
    found = events(text, "ms", actors=[actor(text, "IPD Kajang", kind="organisation"),
                                       actor(text, "IPD Sepang", kind="organisation")])
    assert not any(e.sentence == 0 and e.actors for e in found)
