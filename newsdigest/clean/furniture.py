"""The furniture knowledge of every language pack, compiled once per process.

The data lives in ``newsdigest/lang/*/furniture.yaml``; this module only turns it into
fast look-ups (sets and literal alternations, which cannot backtrack).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from newsdigest import lang


def norm_key(s: str) -> str:
    """Look-up key of a block: casefolded, single spaces, no trailing colon or bullet."""
    if "  " not in s and s.isprintable():  # the only white space is single spaces: no re-join
        return s.strip(" :|•·»>").casefold()
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
    credit_needles: tuple[str, ...]  # per pattern, a string its match must contain ("" if none)
    share_phrases: tuple[str, ...]  # casefolded, longest first
    article_end: tuple[str, ...]  # casefolded line openings that end the article (comments, teasers)
    starts_heads: frozenset[str]  # the first two characters (lower-cased) of every starts phrase

    def for_page(self, low: str) -> "Furniture":
        """The same furniture with the substring phrase lists cut to those the page holds
        (low: its lower-cased blocks): a block is then scanned only for phrases it may hold."""
        return replace(
            self,
            inline_tail=tuple(p for p in self.inline_tail if p in low),
            contains_short=tuple(p for p in self.contains_short if p in low),
            caption_words=tuple(p for p in self.caption_words if p in low),
        )


def find_first(text: str, phrases: tuple[str, ...], low: str | None = None) -> tuple[int, str] | None:
    """(position, phrase) of the earliest of the lower-cased phrases in text, ignoring case.
    A few C-speed substring scans: much faster than a case-blind regex alternation.
    low: text.lower(), when the caller has it already."""
    if not phrases:
        return None
    if low is None:
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
        credit_patterns=tuple(re.compile(_credit_entry(p)[0]) for p in lang.merged("furniture", "credit_patterns")),
        credit_needles=tuple(_credit_entry(p)[1] for p in lang.merged("furniture", "credit_patterns")),
        share_phrases=tuple(sorted((k for k, r in _reasons("exact").items() if r == "share"), key=len, reverse=True)),
        article_end=tuple(sorted({norm_key(p) for p in _listed("article_end")}, key=len, reverse=True)),
        starts_heads=frozenset(p[:2].lower() for p in starts),
    )


def may_start(text: str, f: Furniture) -> bool:
    """Can a starts phrase open text? A set look-up on its first characters; the pattern
    runs only then (and always on a text that opens with a non-ASCII character)."""
    head = text[:2]
    return not head.isascii() or head.lower() in f.starts_heads or head[:1].lower() in f.starts_heads


def _credit_entry(item) -> tuple[str, str]:
    """A credit pattern is a string, or {pattern: ..., needs: ...} where needs is a string
    every match contains, so the pattern runs only on the blocks that hold it."""
    if isinstance(item, dict):
        return str(item["pattern"]), str(item.get("needs") or "")
    return str(item), ""
