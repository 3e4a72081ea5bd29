"""Language detection: Malay, Indonesian or English, from each pack's marker words."""
from __future__ import annotations

import pytest

from newsdigest.analyse.language import detect_language


@pytest.mark.parametrize("text, lang", [
    ("The talks resumed on Monday.", "en"),
    ("Police said the suspect was arrested at his home in Kajang.", "en"),
    ("Polis berkata suspek ditahan di rumahnya di Kajang semalam.", "ms"),
    ("Polisi mengatakan tersangka ditangkap di rumahnya kemarin.", "id"),
    # Indonesian quoting English titles: the words the two languages share outweigh "the".
    ('Mason hanya bermain drum pada lagu " The Grand Vizier\'s Garden Party " dan " Outside the Wall " .', "ms or id"),
])
def test_detects_the_language_of_short_texts(text, lang):
    detected = detect_language(text)
    assert detected in lang.split(" or ")  # a text with only the shared words is either
