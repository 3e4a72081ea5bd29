"""Language packs: the words that carry knowledge, kept as YAML data per language.

Each language has a folder (``ms``, ``id``, ``en``) of small YAML files named by what
they feed: ``furniture.yaml`` (page furniture for the cleaner), ``entities.yaml``
(titles, honorifics, organisation heads, stop words for the recogniser), and so on.
Adding a site's furniture or a new title is one data line, not code.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANGUAGES = ("ms", "id", "en")
USER = "user"  # the pack a user's config file adds (see newsdigest.config)
_HERE = Path(__file__).resolve().parent
_user_packs: dict[str, dict] = {}


def set_user_pack(name: str, data: dict) -> None:
    """Add a user's data for ``name`` (e.g. extra furniture phrases); it is read as the
    pack of the pseudo-language ``user`` after the bundled ones."""
    _user_packs[name] = data
    load.cache_clear()


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> dict:
    """The mapping in ``lang/<lang>/<name>.yaml`` ({} when the file does not exist)."""
    if lang == USER:
        return _user_packs.get(name, {})
    import yaml  # lazy: keeps `newsdigest --help` light

    path = _HERE / lang / f"{name}.yaml"
    if not path.is_file():
        return {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
    with path.open(encoding="utf-8") as f:
        data = yaml.load(f, Loader=loader) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def merged(name: str, key: str, langs: tuple[str, ...] = LANGUAGES + (USER,)) -> list:
    """``key`` from ``name.yaml`` of several languages, as one list (duplicates dropped, order kept)."""
    seen: dict = {}
    for lang in langs:
        for item in load(lang, name).get(key) or []:
            seen.setdefault(item if not isinstance(item, (dict, list)) else repr(item), item)
    return list(seen.values())
