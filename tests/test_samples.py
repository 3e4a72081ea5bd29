"""Every bundled sample page gives the cleaned text and digest fields its expectation file lists."""
from __future__ import annotations

import pytest
import yaml

from conftest import SAMPLES
from newsdigest import clean_article, summarise

EXPECTED = sorted(SAMPLES.glob("*.expected.yaml"))


def load(path):
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def test_there_are_enough_samples():
    langs = {load(p)["lang"] for p in EXPECTED}
    kinds = {load(p)["page"].rsplit(".", 1)[1] for p in EXPECTED}
    assert len(EXPECTED) >= 6 and langs == {"ms", "id", "en"} and kinds == {"txt", "html"}


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_sample_cleans_as_expected(path):
    exp = load(path)
    a = clean_article(SAMPLES / exp["page"])
    assert a.title == exp["title"]
    assert a.dateline == exp["dateline"]
    assert str(a.published) == str(exp["published"])
    assert set(exp["credits"] or []) <= set(a.credits)
    assert a.paragraphs == exp["body"]
    lines = set(a.text.split("\n"))
    for r in exp["removed"]:
        text = r["text"]
        if text == a.title:  # the headline repeated as a line: the repeat is what was removed
            continue
        leaked = text in lines if len(text) < 25 else text in a.text
        assert not leaked, f"{r['reason']} kept: {text!r}"


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_sample_digest_fields(path):
    exp = load(path)
    d = summarise(SAMPLES / exp["page"]).to_dict()
    assert d["language"] == exp["lang"]
    assert d["title"] == exp["title"]
    assert d["dateline"] == exp["dateline"]
    if exp["page"].endswith(".txt"):  # one removed line per furniture line
        assert sum(d["removed"].values()) >= len(exp["removed"])
    else:  # HTML furniture is removed element by element, several lines at a time
        assert sum(d["removed"].values()) >= 3
    assert d["summary"] and d["summary"][0] in " ".join(exp["body"])
