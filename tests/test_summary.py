"""The summary: sentences chosen from the article, the lead first."""
from __future__ import annotations

import re

from newsdigest.analyse.sentences import split_sentences
from newsdigest.analyse.summary import choose_summary
from newsdigest.digest import Actor, Event

TEXT = ("Banjir di Kelantan\n\n"
        "KOTA BHARU - Lebih 5,000 mangsa banjir dipindahkan di Kelantan sejak semalam.\n\n"
        "Cuaca hari ini dijangka mendung di beberapa daerah.\n\n"
        "Menteri Besar, Ahmad Yakob melawat pusat pemindahan dan menyerahkan bantuan kepada mangsa.\n\n"
        "Ahmad Yakob berkata, kerajaan negeri menyediakan 200 pusat pemindahan.\n\n"
        "Orang ramai dinasihatkan berhati-hati.")


def actor(name):
    sp = [(m.start(), m.end()) for m in re.finditer(re.escape(name), TEXT)]
    return Actor(name, "person", mentions=len(sp), spans=sp)


def test_lead_first_then_salient_sentences():
    sentences = split_sentences(TEXT)
    ahmad = actor("Ahmad Yakob")
    visit = next(s for s in sentences if "melawat" in s.text)
    events = [Event("visit", "melawat", visit.text, visit.index, ["Ahmad Yakob"], ["Kelantan"])]
    out = choose_summary(TEXT, sentences, [ahmad], events, 3)
    assert 1 <= len(out) <= 3
    assert out[0].startswith("Lebih 5,000 mangsa banjir dipindahkan")  # the lead, without the dateline
    assert any("melawat pusat pemindahan" in s for s in out)
    assert "Orang ramai dinasihatkan berhati-hati." not in out
    for s in out:  # chosen, never written
        assert s in TEXT


def test_story_order_and_limits():
    sentences = split_sentences(TEXT)
    out = choose_summary(TEXT, sentences, [actor("Ahmad Yakob")], [], 2)
    assert len(out) == 2
    positions = [TEXT.find(s) for s in out]
    assert positions == sorted(positions)
    assert choose_summary(TEXT, sentences, [], [], 0) == []
    assert len(choose_summary(TEXT, sentences, [], [], 9)) <= 3
    assert choose_summary("", [], [], [], 3) == []


def test_title_is_not_summary():
    sentences = split_sentences(TEXT)
    out = choose_summary(TEXT, sentences, [], [], 3)
    assert "Banjir di Kelantan" not in out
