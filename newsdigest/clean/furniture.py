"""The furniture knowledge of every language pack, compiled once per process.

The data lives in ``newsdigest/lang/*/furniture.yaml``; this module only turns it into
fast look-ups (sets, phrases by their first characters, and literal alternations, which
cannot backtrack), most of them built on first use.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsdigest import lang


_KEY_STRIP = " :|•·»>"


def norm_key(s: str, folded: str | None = None, single_spaced: bool = False) -> str:
    """Look-up key of a block: casefolded, single spaces, no trailing colon or bullet.
    folded: s.casefold(), when the caller has it (casefolding leaves the stripped
    characters as they are and makes none of them). single_spaced: the caller knows that
    s holds no white space but single spaces."""
    # The only white space is single spaces (a printable text holds no other): no re-join.
    if single_spaced or ("  " not in s and s.isprintable()):
        return folded.strip(_KEY_STRIP) if folded is not None else s.strip(_KEY_STRIP).casefold()
    return " ".join(s.split()).strip(_KEY_STRIP).casefold()


def _alternation(phrases: list[str]) -> str:
    # Longest first, so "Baca juga" wins over "Baca".
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


# Starts phrases are looked up by this many first characters: enough to tell most lines
# apart from every phrase ("the " from "this site uses cookies") without comparing them.
_STARTS_HEAD = 4


class Furniture:
    """The furniture lists as look-ups; made once per process by furniture(), never changed.
    (A plain class: a dataclass of this many fields takes milliseconds to create at import.)"""

    exact: dict[str, str]  # normalised block -> reason
    starts_reason: dict[str, str]  # casefolded phrase that may open a block -> reason
    inline_tail: tuple[str, ...]  # lower-cased phrases, found with str.find (no regex pass)
    inline_reason: dict[str, str]
    contains_short: tuple[str, ...]  # lower-cased phrases, found with str.find
    contains_reason: dict[str, str]
    credit_sources: frozenset[str]  # casefolded
    caption_markers: tuple[str, ...]  # as listed
    caption_words: tuple[str, ...]  # the caption markers, lower-cased
    caption_phrase_list: tuple[str, ...]  # as listed
    # The caption phrases' first characters when none of them has a case (a phrase is then
    # found only where one of them is), else None.
    caption_phrase_firsts: frozenset[str] | None
    byline_prefixes: tuple[str, ...]  # as listed
    credit_patterns: tuple[re.Pattern, ...]
    credit_needles: tuple[str, ...]  # per pattern, a string its match must contain ("" if none)
    share_by_first: dict[str, tuple[str, ...]]  # the share phrases (casefolded, longest first) by their first character
    # Casefolded line openings that end the article (comments, teasers), longest first, by
    # their first character.
    article_end_by_first: dict[str, tuple[str, ...]]
    # The starts phrases (casefolded, longest first) by their first _STARTS_HEAD characters
    # (a shorter phrase: by itself); the lengths of those keys, longest first; and the
    # longest phrase's length.
    starts_by_head: dict[str, tuple[str, ...]]
    starts_head_lengths: tuple[int, ...]
    starts_longest: int
    # Built on first use and shared by the page copies of holding_short(): a run that never
    # reaches a pattern does not pay for compiling it.
    lazy: dict

    def __init__(self, **lists) -> None:
        """lists: every field above but lazy, by name."""
        self.__dict__.update(lists)
        self.lazy = {}

    def _with(self, **lists) -> "Furniture":
        """A copy with some lists replaced; it shares the other lists and lazy."""
        copy = object.__new__(Furniture)
        copy.__dict__.update(self.__dict__, **lists)
        return copy

    def tails_in(self, folded: str) -> tuple[str, ...]:
        """The inline tail phrases that folded (the casefolded blocks to be cut) may hold: a
        block is then scanned only for phrases it may hold."""
        return phrases_in(folded, self.inline_tail)

    def holding_short(self, contains_folded: str, captions_folded: str) -> "Furniture":
        """This furniture with the phrases looked for in short blocks cut to those the blocks
        may hold: contains_short to those in contains_folded (the casefolded blocks of up to
        160 characters), caption words to those in captions_folded (of up to 300)."""
        cut = (phrases_in(contains_folded, self.contains_short), phrases_in(captions_folded, self.caption_words))
        # Most pages make one of a few cuts (often the one to nothing): each copy is made once.
        cuts = self._built("cuts", dict)
        if cut not in cuts:
            cuts[cut] = self._with(contains_short=cut[0], caption_words=cut[1])
        return cuts[cut]

    def may_hold_caption_phrase(self, text: str) -> bool:
        """False when text cannot hold a caption phrase (so the pattern need not run)."""
        firsts = self.caption_phrase_firsts
        if firsts is None:
            return True
        for c in firsts:
            if c in text:
                return True
        return False

    def markers_are_ascii(self) -> bool:
        """Are the caption markers all ASCII? (In an ASCII text, a case-blind pattern then
        finds a marker only where the lower-cased text holds it.)"""
        return self._built("markers_ascii", lambda: all(m.isascii() for m in self.caption_markers))

    def _built(self, name: str, build):
        value = self.lazy.get(name)
        if value is None:
            value = self.lazy[name] = build()
        return value

    @property
    def caption_end(self) -> re.Pattern:
        """"... - Foto: Agensi", "... (Photo: Reuters)"."""
        return self._built("caption_end", lambda: re.compile(
            rf"(?:[-–—|/]\s?|\(\s?|\[\s?|\s)(?:{_alternation(self.caption_markers)})\s?(?:[:/]|oleh\b|by\b|ihsan\b|credit\b)",
            re.IGNORECASE,
        ))

    @property
    def caption_start(self) -> re.Pattern:
        """"Foto: ...", "PHOTO: ..."."""
        return self._built("caption_start", lambda: re.compile(
            rf"(?:{_alternation(self.caption_markers)})\s?:", re.IGNORECASE))

    @property
    def caption_phrases(self) -> re.Pattern:
        return self._built("caption_phrases", lambda: re.compile(
            _alternation(self.caption_phrase_list), re.IGNORECASE))

    @property
    def byline(self) -> re.Pattern:
        return self._built("byline", lambda: re.compile(
            rf"(?:{_alternation(self.byline_prefixes)})\s?:?\s(?P<name>\S.{{0,80}})$"))

    def starts_reason_of(self, text: str, folded: str | None = None) -> str | None:
        """The reason of the longest starts phrase that opens text (ignoring case, a word
        boundary after it), or None. Only the few phrases that open with the text's first
        four characters (a shorter phrase: that is their start) are compared.
        folded: text.casefold(), when the caller has it."""
        # Casefolding a prefix gives a prefix of the casefolded text: head[:4] is its start.
        head = text[:_STARTS_HEAD].casefold() if folded is None else folded
        by_head = self.starts_by_head
        lengths = self.starts_head_lengths
        for n in lengths:
            if head[:n] in by_head:
                break
        else:
            return None  # most blocks: no phrase opens this way
        if folded is None:
            folded = text[: self.starts_longest + 1].casefold()
        for n in lengths:
            for phrase in by_head.get(folded[:n], ()):
                end = len(phrase)
                if folded.startswith(phrase) and (len(folded) == end or not folded[end].isalnum()):
                    return self.starts_reason[phrase]
        return None


def phrases_in(folded: str, phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The lower-cased phrases, in order, that the text whose casefolding is folded may hold
    lower-cased: each one found in folded, and each one with a cased letter outside ASCII.

    A phrase of ASCII and caseless characters found in a lower-cased text is found in the
    casefolded one too: every character whose lower case holds one of them casefolds to
    its lower case. So a text casefolded for its key needs no lower-casing to tell which
    phrases it cannot hold."""
    return tuple(p for p in phrases if p in folded or not (p.isascii() or _ascii_or_caseless(p)))


def _ascii_or_caseless(phrase: str) -> bool:
    return all(c.isascii() or c.upper() == c == c.lower() for c in phrase)


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
    exact = _reasons("exact")
    markers = tuple(_listed("caption_markers"))
    credit_entries = [_credit_entry(p) for p in lang.merged("furniture", "credit_patterns")]
    share = tuple(sorted((k for k, r in exact.items() if r == "share"), key=len, reverse=True))
    article_end = tuple(sorted({norm_key(p) for p in _listed("article_end")}, key=len, reverse=True))
    caption_phrases = tuple(_listed("caption_phrases"))
    caption_firsts = frozenset(p[:1] for p in caption_phrases)
    bylines = tuple(_listed("byline_prefixes"))
    starts_by_head = _by_first(tuple(sorted(starts, key=len, reverse=True)), _STARTS_HEAD)
    return Furniture(
        exact=exact,
        starts_reason=starts,
        inline_tail=tuple(p.lower() for p in inline),
        inline_reason=inline,
        contains_short=tuple(p.lower() for p in contains),
        contains_reason=contains,
        credit_sources=frozenset(s.casefold() for s in _listed("credit_sources")),
        caption_markers=markers,
        caption_words=tuple(sorted({m.lower() for m in markers})),
        caption_phrase_list=caption_phrases,
        caption_phrase_firsts=caption_firsts if all(_caseless(c) for c in caption_firsts) else None,
        byline_prefixes=bylines,
        credit_patterns=tuple(re.compile(pattern) for pattern, _ in credit_entries),
        credit_needles=tuple(needle for _, needle in credit_entries),
        share_by_first=_by_first(share),
        article_end_by_first=_by_first(article_end),
        starts_by_head=starts_by_head,
        # An empty phrase would open every text: none is looked for (no block is empty).
        starts_head_lengths=tuple(sorted({len(k) for k in starts_by_head if k}, reverse=True)),
        starts_longest=max(map(len, starts), default=0),
    )


def _by_first(phrases: tuple[str, ...], chars: int = 1) -> dict[str, tuple[str, ...]]:
    """The phrases by their first character (or characters), in their order: only those can
    open a text that opens with it."""
    out: dict[str, tuple[str, ...]] = {}
    for p in phrases:
        out[p[:chars]] = out.get(p[:chars], ()) + (p,)
    return out


def _caseless(c: str) -> bool:
    """A character with no upper or lower case: a pattern ignoring case matches only itself."""
    return c.lower() == c == c.upper()


def _credit_entry(item) -> tuple[str, str]:
    """A credit pattern is a string, or {pattern: ..., needs: ...} where needs is a string
    every match contains, so the pattern runs only on the blocks that hold it."""
    if isinstance(item, dict):
        return str(item["pattern"]), str(item.get("needs") or "")
    return str(item), ""
