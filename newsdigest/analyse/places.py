"""Place look-ups for the recogniser: a thin, cached layer over ``newsdigest.gazetteer``.

The gazetteer knows names; this module decides which capitalised word runs may be
looked up (never lower-case words, never runs longer than the longest known name) and
turns a hit into the fields a ``Place`` needs.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Kinds a gazetteer hit must have to stop a person's name ("Menteri Luar China, ...").
MAJOR_KINDS = frozenset({"country", "state", "region"})
MAJOR_POPULATION = 1_000_000


@dataclass(frozen=True)
class PlaceInfo:
    kind: str
    country: str | None
    canonical: str | None
    population: int = 0

    @property
    def is_major(self) -> bool:
        return self.kind in MAJOR_KINDS or self.population >= MAJOR_POPULATION


def _gazetteer():
    from newsdigest import gazetteer  # late: tests may replace it

    return gazetteer


@lru_cache(maxsize=1)
def max_words() -> int:
    try:
        return max(1, int(_gazetteer().max_name_words()))
    except Exception:  # a missing or broken gazetteer must not stop the analysis
        return 4


def _entry(name: str):
    """The gazetteer's own entry for ``name`` (any case), or None; a broken gazetteer finds none."""
    name = name.strip()
    if not name:
        return None
    try:
        return _gazetteer().lookup(name)
    except Exception:  # a missing or broken gazetteer must not stop the analysis
        return None


@lru_cache(maxsize=65536)
def lookup(name: str) -> PlaceInfo | None:
    """The gazetteer's entry for ``name`` (any case), or None."""
    entry = _entry(name)
    if entry is None:
        return None
    pop = getattr(entry, "population", 0) or 0
    try:
        pop = int(pop)
    except (TypeError, ValueError):
        pop = 0
    return PlaceInfo(
        kind=str(getattr(entry, "kind", "") or "other"),
        country=getattr(entry, "country", None) or None,
        canonical=getattr(entry, "canonical", None) or None,
        population=pop,
    )


def listed_spelling(name: str) -> str | None:
    """The gazetteer's own spelling of ``name`` ("Petaling Jaya" for "PETALING JAYA"), or None."""
    listed = getattr(_entry(name), "name", None)
    return listed if isinstance(listed, str) and listed.casefold() == name.strip().casefold() else None


@lru_cache(maxsize=65536)
def may_open_longer_name(word: str) -> bool:
    """Whether a name of two words or more may start with the word ``word`` (a word
    followed by a space in the text). True when the gazetteer cannot say."""
    try:
        gazetteer = _gazetteer()
        return gazetteer.opens_longer_name(word)
    except Exception:
        return True


def clear_cache() -> None:
    lookup.cache_clear()
    max_words.cache_clear()
    may_open_longer_name.cache_clear()
