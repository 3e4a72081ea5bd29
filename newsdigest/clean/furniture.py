"""The furniture knowledge of every language pack, compiled once per process.

The data lives in ``newsdigest/lang/*/furniture.yaml``; this module only turns it into
fast look-ups (sets and literal alternations, which cannot backtrack).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsdigest import lang


def norm_key(s: str) -> str:
    """Look-up key of a block: casefolded, single spaces, no trailing colon or bullet."""
    return " ".join(s.split()).strip(" :|•·»>").casefold()


def _alternation(phrases: list[str]) -> str:
    # Longest first, so "Baca juga" wins over "Baca".
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@dataclass(frozen=True)
class Furniture:
    exact: dict[str, str]  # normalised block -> reason
    starts: re.Pattern  # matches at a block's start; the phrase's reason via starts_reason
    starts_reason: dict[str, str]
    inline_tail: tuple[str, ...]  # lower-cased phrases, found with str.find (no regex pass)
    inline_reason: dict[str, str]
    contains_short: tuple[str, ...]  # lower-cased phrases, found with str.find
    contains_reason: dict[str, str]
    credit_sources: frozenset[str]  # casefolded
    caption_end: re.Pattern  # "... - Foto: Agensi", "... (Photo: Reuters)"
    caption_start: re.Pattern  # "Foto: ...", "PHOTO: ..."
    caption_words: tuple[str, ...]  # the caption markers, lower-cased
    caption_phrases: re.Pattern
    byline: re.Pattern
    credit_patterns: tuple[re.Pattern, ...]
    share_phrases: tuple[str, ...]  # casefolded, longest first
    article_end: tuple[str, ...]  # casefolded line openings that end the article (comments, teasers)


def find_first(text: str, phrases: tuple[str, ...]) -> tuple[int, str] | None:
    """(position, phrase) of the earliest of the lower-cased phrases in text, ignoring case.
    A few C-speed substring scans: much faster than a case-blind regex alternation."""
    low = text.lower()
    if len(low) != len(text):  # rare characters whose lower case is longer: no positions
        return None
    best = None
    for phrase in phrases:
        pos = low.find(phrase)
        if pos >= 0 and (best is None or pos < best[0]):
            best = (pos, phrase)
    return best


def _reasons(key: str) -> dict[str, str]:
    """phrase (casefolded) -> reason, over every language's ``key`` section."""
    out: dict[str, str] = {}
    for code in lang.LANGUAGES + (lang.USER,):
        for reason, phrases in (lang.load(code, "furniture").get(key) or {}).items():
            for p in phrases or []:
                out.setdefault(str(p).casefold() if key != "exact" else norm_key(str(p)), reason)
    return out


def _listed(key: str) -> list[str]:
    return [str(x) for x in lang.merged("furniture", key)]


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    starts = _reasons("starts")
    inline = _reasons("inline_tail")
    contains = _reasons("contains_short")
    markers = _alternation(_listed("caption_markers"))
    bylines = _alternation(_listed("byline_prefixes"))
    return Furniture(
        exact=_reasons("exact"),
        # A phrase counts at the start when a word boundary follows it.
        starts=re.compile(rf"(?:{_alternation(list(starts))})(?![^\W_])", re.IGNORECASE),
        starts_reason=starts,
        inline_tail=tuple(p.lower() for p in inline),
        inline_reason=inline,
        contains_short=tuple(p.lower() for p in contains),
        contains_reason=contains,
        credit_sources=frozenset(s.casefold() for s in _listed("credit_sources")),
        caption_end=re.compile(
            rf"(?:[-–—|/]\s?|\(\s?|\[\s?|\s)(?:{markers})\s?(?:[:/]|oleh\b|by\b|ihsan\b|credit\b)",
            re.IGNORECASE,
        ),
        caption_start=re.compile(rf"(?:{markers})\s?:", re.IGNORECASE),
        caption_words=tuple(sorted({m.lower() for m in _listed("caption_markers")})),
        caption_phrases=re.compile(_alternation(_listed("caption_phrases")), re.IGNORECASE),
        byline=re.compile(rf"(?:{bylines})\s?:?\s(?P<name>\S.{{0,80}})$"),
        credit_patterns=tuple(re.compile(p) for p in _listed("credit_patterns")),
        share_phrases=tuple(sorted((k for k, r in _reasons("exact").items() if r == "share"), key=len, reverse=True)),
        article_end=tuple(sorted({norm_key(p) for p in _listed("article_end")}, key=len, reverse=True)),
    )
