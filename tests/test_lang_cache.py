"""The parsed-pack cache: a pack parsed once is read back from the cache folder, and a
changed, damaged or unwritable cache never changes what is loaded."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdigest import lang


@pytest.fixture
def pack(tmp_path, monkeypatch):
    """A language folder of one pack (xx/words.yaml) and an empty cache folder."""
    folder = tmp_path / "lang"
    (folder / "xx").mkdir(parents=True)
    path = folder / "xx" / "words.yaml"
    path.write_text("greetings: [halo, hai]\nmonths: {januari: 1}\n", encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setattr(lang, "_HERE", str(folder))
    monkeypatch.setenv(lang.CACHE_ENV, str(cache))
    lang.load.cache_clear()
    yield path, cache
    lang.load.cache_clear()


def _parses(monkeypatch) -> list:
    """Record every YAML parse from now on."""
    calls = []
    real = lang._parse

    def counting(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(lang, "_parse", counting)
    return calls


def _load_afresh() -> dict:
    lang.load.cache_clear()  # as a new process would
    return lang.load("xx", "words")


def test_a_parsed_pack_is_read_back_without_parsing(pack, monkeypatch):
    path, cache = pack
    parses = _parses(monkeypatch)
    first = _load_afresh()
    assert first == {"greetings": ["halo", "hai"], "months": {"januari": 1}}
    assert (cache / "xx-words.marshal").is_file()
    assert _load_afresh() == first
    assert len(parses) == 1


def test_a_changed_pack_is_parsed_again(pack, monkeypatch):
    path, _ = pack
    _load_afresh()
    path.write_text("greetings: [selamat pagi]\n", encoding="utf-8")
    stamp = os.stat(path)
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
    assert _load_afresh() == {"greetings": ["selamat pagi"]}


def test_a_damaged_cache_file_is_ignored_and_rewritten(pack, monkeypatch):
    _, cache = pack
    expected = _load_afresh()
    (cache / "xx-words.marshal").write_bytes(b"\x00not marshal data")
    parses = _parses(monkeypatch)
    assert _load_afresh() == expected
    assert _load_afresh() == expected
    assert len(parses) == 1  # parsed once, then read from the rewritten record


def test_a_record_of_another_file_is_not_used(pack, monkeypatch):
    path, cache = pack
    _load_afresh()
    record = (cache / "xx-words.marshal").read_bytes()
    other = path.parent / "other.yaml"
    other.write_text("greetings: [salam]\n", encoding="utf-8")
    (cache / "xx-other.marshal").write_bytes(record)  # a record made from words.yaml
    lang.load.cache_clear()
    assert lang.load("xx", "other") == {"greetings": ["salam"]}


def test_an_unwritable_cache_folder_still_loads(pack, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(lang.CACHE_ENV, str(blocker / "cache"))
    assert _load_afresh() == {"greetings": ["halo", "hai"], "months": {"januari": 1}}


@pytest.mark.parametrize("setting", ["", "off"])
def test_the_cache_can_be_turned_off(pack, monkeypatch, setting):
    _, cache = pack
    monkeypatch.setenv(lang.CACHE_ENV, setting)
    parses = _parses(monkeypatch)
    _load_afresh()
    _load_afresh()
    assert len(parses) == 2
    assert not cache.exists()


def test_the_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(lang.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert lang.cache_dir() == os.path.join(str(tmp_path), "newsdigest")


def test_a_pack_marshal_cannot_hold_is_still_loaded(pack, monkeypatch):
    path, cache = pack
    path.write_text("released: 2024-01-31\n", encoding="utf-8")  # YAML reads a date
    data = _load_afresh()
    assert str(data["released"]) == "2024-01-31"
    assert not (cache / "xx-words.marshal").exists()


def test_a_missing_pack_is_empty(pack):
    lang.load.cache_clear()
    assert lang.load("xx", "nothing") == {}


def test_the_bundled_packs_load_the_same_from_the_cache(monkeypatch, tmp_path):
    monkeypatch.setenv(lang.CACHE_ENV, str(tmp_path))
    try:
        for code in lang.LANGUAGES:
            lang.load.cache_clear()
            parsed = lang.load(code, "entities")
            lang.load.cache_clear()
            assert lang.load(code, "entities") == parsed
            assert parsed  # the pack exists and is not empty
    finally:
        lang.load.cache_clear()


def test_no_bundled_pack_holds_a_yaml_boolean():
    # YAML reads a bare on, off, yes or no as true or false: a word list must quote them.
    def booleans(value, where):
        if isinstance(value, bool):
            yield where
        elif isinstance(value, dict):
            for k, v in value.items():
                yield from booleans(v, f"{where}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from booleans(v, f"{where}[{i}]")

    lang.load.cache_clear()
    found = []
    for folder in sorted(p for p in Path(lang._HERE).iterdir() if p.is_dir() and not p.name.startswith("_")):
        for path in sorted(folder.glob("*.yaml")):
            found += booleans(lang.load(folder.name, path.stem), f"{folder.name}/{path.name}")
    assert found == []


def test_a_word_list_drops_its_header_comments_and_blank_lines(tmp_path, monkeypatch):
    from newsdigest import lang

    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "words.txt").write_text("# generated\n# do not edit\naba\nabad\n\n", encoding="utf-8")
    (tmp_path / "yy").mkdir()
    (tmp_path / "yy" / "words.txt").write_text("# head\naba\n# a note further down\nabad\n", encoding="utf-8")
    monkeypatch.setattr(lang, "_HERE", str(tmp_path))
    lang.word_list.cache_clear()
    try:
        assert lang.word_list("xx") == frozenset({"aba", "abad"})
        assert lang.word_list("yy") == frozenset({"aba", "abad"})
    finally:
        lang.word_list.cache_clear()


def test_the_english_given_names_are_read_with_their_header_dropped():
    from newsdigest import lang

    names = lang.given_names("en")
    assert {"david", "kimberly", "richard"} <= names
    assert not any(n.startswith("#") for n in names)
    assert "will" not in names and "mark" not in names  # everyday words are left out
    assert lang.given_names("ms") == frozenset()
