"""Language packs: the words that carry knowledge, kept as YAML data per language.

Each language has a folder (``ms``, ``id``, ``en``) of small YAML files named by what
they feed: ``furniture.yaml`` (page furniture for the cleaner), ``entities.yaml``
(titles, honorifics, organisation heads, stop words for the recogniser), and so on.
Adding a site's furniture or a new title is one data line, not code.
"""
from __future__ import annotations

import os
from functools import lru_cache

LANGUAGES = ("ms", "id", "en")
USER = "user"  # the pack a user's config file adds (see newsdigest.config)
_HERE = os.path.dirname(os.path.realpath(__file__))  # os.path, not pathlib: its import costs a run milliseconds
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
    path = os.path.join(_HERE, lang, f"{name}.yaml")
    try:
        stamp = os.stat(path)
    except OSError:
        return {}
    key = (path, stamp.st_size, stamp.st_mtime_ns)
    cache_file = _cache_file(lang, name)
    data = _read_cache(cache_file, key) if cache_file else None
    if data is None:
        data = _parse(path)
        if cache_file:
            _write_cache(cache_file, key, data)
    return data


@lru_cache(maxsize=None)
def word_list(lang: str) -> frozenset[str]:
    """The language's dictionary of ordinary words, lower-cased (``lang/<lang>/words.txt``,
    one per line, ``#`` for comments); empty when the language has none. Read on first
    use: only the recogniser's judgement of names that nothing else tells about needs it."""
    return _listed(lang, "words.txt")


@lru_cache(maxsize=None)
def given_names(lang: str) -> frozenset[str]:
    """The language's common given names, lower-cased (``lang/<lang>/given_names.txt``, in
    the same form); empty when the language has none."""
    return _listed(lang, "given_names.txt")


def _listed(lang: str, name: str) -> frozenset[str]:
    try:
        with open(os.path.join(_HERE, lang, name), encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return frozenset()
    lines = text.split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1  # the header
    if text.count("\n#") > max(0, start - 1):
        return frozenset(w for w in lines if w and not w.startswith("#"))  # comments further down
    # (a set of the lines as they are, at C speed: the filter above costs twice as much)
    return frozenset(lines[start:]) - {""}


def _parse(path: str) -> dict:
    import yaml  # lazy: a run that finds every pack in the cache never imports it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
    with open(path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=loader) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


# ---------------------------------------------------------------- the parsed-pack cache
# Parsing the YAML (and importing the parser) costs more than cleaning a page, and every
# run would pay it again. So each pack, once parsed, is kept in the user's cache folder
# in marshal form (plain data only, read at C speed), stamped with the YAML file's path,
# size and modification time: a pack whose file changed is parsed again. The cache is
# only a speed-up: a folder that cannot be read or written means parsing every time.

CACHE_ENV = "NEWSDIGEST_CACHE_DIR"  # a folder for the cache; empty or "off": no cache
_CACHE_FORMAT = 1  # bumped when the record's layout changes


def cache_dir() -> str | None:
    """The folder of the parsed-pack cache, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip() in ("", "off") else chosen
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "newsdigest")


def _cache_file(lang: str, name: str) -> str | None:
    folder = cache_dir()
    return os.path.join(folder, f"{lang}-{name}.marshal") if folder else None


def _read_cache(cache_file: str, key: tuple) -> dict | None:
    """The pack held in cache_file when it was made from the file key names, else None."""
    import marshal

    try:
        with open(cache_file, "rb") as f:
            record = marshal.loads(f.read())
    except Exception:  # missing, unreadable or damaged (a cache never stops a run): parse again
        return None
    if (isinstance(record, tuple) and len(record) == 3 and record[0] == _CACHE_FORMAT
            and record[1] == key and isinstance(record[2], dict)):
        return record[2]
    return None


def _write_cache(cache_file: str, key: tuple, data: dict) -> None:
    import marshal

    try:
        blob = marshal.dumps((_CACHE_FORMAT, key, data))
    except ValueError:
        return  # a value marshal cannot hold (a YAML date): such a pack is parsed each time
    # Written to a file of this process's own, then renamed over the record: a reader
    # never sees half a record, and two runs writing at once both leave a whole one.
    tmp = f"{cache_file}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(cache_file), exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(blob)
        os.replace(tmp, cache_file)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def merged(name: str, key: str, langs: tuple[str, ...] = LANGUAGES + (USER,)) -> list:
    """``key`` from ``name.yaml`` of several languages, as one list (duplicates dropped, order kept)."""
    seen: dict = {}
    for lang in langs:
        for item in load(lang, name).get(key) or []:
            seen.setdefault(item if not isinstance(item, (dict, list)) else repr(item), item)
    return list(seen.values())
