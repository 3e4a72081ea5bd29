"""A user's config file: extra furniture and places, validated with file, line and key."""
from __future__ import annotations

import json

import pytest

from newsdigest.config import ConfigError, load_config

PAGE = ("Tajuk berita contoh hari ini\n\nKongsi ke Facebook\n\n"
        "Penduduk di Kampung Contoh Jaya berpindah selepas banjir melanda pada Isnin.\n\n"
        "Bacaan lanjut: Banjir di Johor\n")
GOOD = """furniture:
  exact: {share: ["Kongsi ke Facebook"]}
  starts:
    related-links: ["Bacaan lanjut"]
places:
  - {name: "Kampung Contoh Jaya", kind: town, country: MY}
"""


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    """Each test starts from the bundled data only, and no default config is read."""
    from newsdigest import gazetteer, lang
    from newsdigest.analyse import places
    from newsdigest.clean.furniture import furniture

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    yield
    lang._user_packs.clear()
    lang.load.cache_clear()
    furniture.cache_clear()
    gazetteer._user.clear()
    gazetteer._parsed.clear()
    places.clear_cache()


def test_config_adds_furniture_and_places(cli, tmp_path):
    cfg, page = tmp_path / "c.yaml", tmp_path / "p.txt"
    cfg.write_text(GOOD, encoding="utf-8")
    page.write_text(PAGE, encoding="utf-8")
    before = json.loads(cli(["summarise", "--format", "json", page]).stdout)
    assert "Kongsi ke Facebook" in before["summary"] or before["removed"].get("share") is None
    r = cli(["--config", cfg, "summarise", "--format", "json", page])
    d = json.loads(r.stdout)
    assert r.exit_code == 0
    assert d["removed"] == {"related-links": 1, "share": 1}
    assert ("Kampung Contoh Jaya", "town", "MY") in [(p["name"], p["kind"], p["country"]) for p in d["places"]]


def test_default_config_location_is_read(cli, tmp_path, monkeypatch):
    (tmp_path / "xdg" / "newsdigest").mkdir(parents=True)
    (tmp_path / "xdg" / "newsdigest" / "config.yaml").write_text(GOOD, encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    d = json.loads(cli(["summarise", "--format", "json", page]).stdout)
    assert d["removed"].get("share") == 1


@pytest.mark.parametrize(
    "text, message",
    [
        ("furniture:\n  exact:\n    share: notalist\n", "line 3: furniture.exact.share: expected a list of strings"),
        ("furniture:\n  colour: [x]\n", "line 2: furniture.colour: unknown key"),
        ("furniture:\n  exact:\n    Share: [x]\n", "line 3: furniture.exact.Share: a reason is a lower-case word"),
        ("places:\n  - {name: X, kind: village}\n", "line 2: places[0].kind: expected one of"),
        ("places:\n  - {name: X, kind: town, country: Malaysia}\n", "line 2: places[0].country: expected an ISO"),
        ("places:\n  - {kind: town}\n", "line 2: places[0]: missing name"),
        ("plugins: [evil]\n", "line 1: plugins: unknown key"),
        ("furniture: [\n", "not valid YAML"),
        ("!!python/object/apply:os.system ['echo hi']\n", "line 1: (document): tag tag:yaml.org,2002:python/object/apply:os.system is not allowed"),
    ],
)
def test_bad_config_names_file_line_and_key(tmp_path, text, message):
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(cfg)
    assert str(e.value).startswith(f"{cfg}: ") and message in str(e.value)


def test_bad_config_is_a_usage_error(cli, tmp_path):
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("places: 5\n", encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    r = cli(["--config", cfg, "summarise", page])
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.strip() == f"newsdigest: error: {cfg}: line 1: places: expected a list of places"


def test_missing_explicit_config(cli, tmp_path):
    r = cli(["--config", tmp_path / "none.yaml", "clean", tmp_path])
    assert r.exit_code == 2 and "no such file" in r.stderr
