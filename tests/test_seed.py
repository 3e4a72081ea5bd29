"""The user's own sample page (../shared/seed), when it is there."""
from __future__ import annotations

import json

import yaml

from newsdigest import clean_article

SEED_BODY_STARTS = [
    "BEIJING - Menteri Luar China, Wang Yi 'menyambut baton'",
    "Kementerian Luar mengesahkan Yi mengadakan kunjungan",
    "\"Ia adalah 'acara rutin'",
    "Kremlin memaklumkan Yi akan turut bertemu",
    "\"Mereka akan saling bertukar pendapat",
    "Sementara itu, pemimpin Korea Utara, Kim Jong-un",
    "Kedua-dua negara berkuasa nuklear itu",
    "Tidak hanya itu, Jong-un juga menerima",
    "Pada Ahad, Jong-un menamatkan kunjungan rasmi itu",
    "\"Beliau mendoakan kemakmuran dan kesejahteraan rakyat Rusia,\" lapor KCNA.",
]


def test_clean_seed_keeps_body_drops_furniture(cli, seed_path):
    r = cli(["clean", seed_path])
    assert r.exit_code == 0
    out = r.stdout
    lines = out.splitlines()
    assert lines[0] == "China pula 'lawat' Rusia"
    assert "Foto: Agensi" not in out and "Pertemuan Jong-un (kiri)" not in out
    assert "A" not in lines and "Artikel Berkaitan:" not in out
    assert "Muat turun aplikasi" not in out and "Klik di sini" not in out
    paragraphs = out.strip().split("\n\n")[1:]
    assert len(paragraphs) == len(SEED_BODY_STARTS)
    for para, start in zip(paragraphs, SEED_BODY_STARTS):
        assert para.startswith(start)
    assert not paragraphs[-1].endswith("AFP")


def test_seed_metadata(seed_path):
    a = clean_article(seed_path)
    assert a.title == "China pula 'lawat' Rusia"
    assert a.dateline == "BEIJING"
    assert a.credits == ["AFP"]
    assert a.removed_counts() == {"app-promo": 1, "caption": 2, "credit": 1, "font-controls": 3, "related-links": 1}


def test_seed_yaml_and_json_are_valid(cli, seed_path):
    r = cli(["summarise", seed_path])
    doc = yaml.safe_load(r.stdout)
    assert doc["title"] == "China pula 'lawat' Rusia" and doc["language"] == "ms"
    assert doc["removed"]["font-controls"] == 3
    d = json.loads(cli(["summarise", "--format", "json", seed_path]).stdout)
    assert d == doc
