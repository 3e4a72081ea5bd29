"""Language detection: Malay, Indonesian or English, from each pack's marker words."""
from __future__ import annotations

import json

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


GERMAN = ("Die Patienten wurden nach der Operation in eine Klinik gebracht, wo die Ärzte ihre Daten "
          "auswerteten. Nach Angaben der Forscher zeigte sich, dass die neue Methode deutlich besser "
          "wirkt als die bisherige Behandlung, die seit vielen Jahren üblich ist.")


def test_a_text_in_another_language_does_not_read_as_a_supported_one():
    from newsdigest.analyse.language import reads_as_supported

    assert not reads_as_supported(GERMAN)
    assert reads_as_supported("Polis berkata suspek ditahan di rumahnya di Kajang semalam selepas "
                              "menerima maklumat orang awam mengenai kegiatan itu, dan siasatan "
                              "lanjut sedang dijalankan oleh pegawai dari ibu pejabat polis daerah.")
    assert reads_as_supported("Die Patienten.")  # too short to tell


def test_summarise_warns_on_stderr_of_a_text_in_another_language(cli, tmp_path):
    page = tmp_path / "de.txt"
    page.write_text("Klinik meldet Erfolg\n\n" + GERMAN + "\n", encoding="utf-8")
    r = cli(["summarise", "--format", "json", page])
    assert r.exit_code == 0 and json.loads(r.stdout)["source"] == str(page)
    assert r.stderr.startswith(f"newsdigest: warning: {page}: the text does not read as Malay, Indonesian or English")
    quiet = cli(["summarise", "--format", "json", "--lang", "en", page])
    assert quiet.exit_code == 0 and quiet.stderr == ""
