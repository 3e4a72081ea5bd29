"""Stage 2 — clean a text page: furniture out, article (title, dateline, credits, body) in.

Works block by block. A block is a line of the page, or, on pages whose line breaks
were lost, a stretch of a long line between runs of spaces. Every dropped block is
recorded with its reason; nothing is dropped silently.
"""
from __future__ import annotations

import gc
import html
import re
from itertools import compress, count, repeat
from operator import attrgetter

from newsdigest.clean.dates import month_number, parse_printed_date
from newsdigest.clean.furniture import Furniture, find_first, furniture, norm_key
from newsdigest.model import Article, Removed

# Runs of 2+ spaces (or tabs) separate blocks on pages whose line breaks were lost.
_BLOCK_GAP = re.compile(r"[ \t]{2,}|\t")
_WIDE_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_TAB_AND_WIDE_SPACES = "\t" + _WIDE_SPACES
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width characters and soft hyphens
_LONG_LINE = 250  # a line this long holding space runs is taken to be several blocks
_ORPHAN_FULL_SEARCHES = 100  # stray short lines looked up in the whole text before them
_ORPHAN_WINDOW = 6  # paragraphs searched after that
_CREDIT_TAIL = 160  # characters at the end of a paragraph where a writers' credit may sit
_TRAILING_CREDIT_WINDOW = 80  # "- AFP", "— The Star": a dash and up to four words
_DUPLICATE_NEAR = 1  # blocks: a paragraph printed again right after itself is a duplicate
_HEADLINE_REPEAT = 10  # blocks: the page's first line (its headline) printed again this near
_SENTENCE_END = tuple('.!?"”’\')…')
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # what opens a credit ("- AFP")

# "- AFP", "— Bernama", ".— Majoriti" at the very end of a paragraph.
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[.!?\"”’')])\s?|\s)(?:--|[-–—])\s?(?P<credit>[A-Z][\w&.'’]*(?: [A-Za-z][\w&.'’]*){0,3})\s?$"
)
# "Caption text. — Facebook/SabahFC Next sentence" at the start of a block (lost line breaks).
_LEADING_CAPTION = re.compile(
    r"(?P<caption>\S.{10,250}?)\s[-–—]\s(?P<credit>[A-Z][\w.&]*(?:/[\w.&-]+)?)\s(?=[A-Z\"“])"
)
# Datelines: "BEIJING -", "KUALA LUMPUR:", "JAKARTA, KOMPAS.com -", "Jakarta, Gatra.com -",
# "Bisnis.com, JAKARTA –", "REPUBLIKA.CO.ID, JENEWA --", "Liputan6.com, Jakarta ...".
_DATELINE_SEP = re.compile(r"\s(?:--|[-–—―])\s?|(?:--|[–—―])\s?|:\s")
_SITE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6}){1,3}$")
_CAPS_PLACE = re.compile(r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]*){0,3}$")
_BYLINE_SEGMENTS = re.compile(r"\s\|\s|\s·\s")
# What may follow a byline's name: "Oleh NAMA - 1 Disember 2024", "By NAME, Correspondent".
_BYLINE_TAIL = re.compile(r"\s[|@–—-]\s|\s?\|\s?|,\s|\s(?=\d)")
# "News / Nation", "Home > World > Asia": a short trail of section names.
_BREADCRUMB_SEP = re.compile(r"\s(?:/|>|»|›|\|)\s")
_BREADCRUMB_MARKS = "/>»›|"  # a trail holds one of them
_TITLE_PLACE = re.compile(r"[A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+){0,2}$")


# Markup left in text pages; tag names are listed so that "a < b" in prose is left alone.
_ESCAPED_ENTITY = re.compile(r"&amp;(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BREAK_TAG = re.compile(r"</?(?:br|p|div|li|h[1-6]|blockquote|tr)\b[^<>\n]{0,300}>", re.IGNORECASE)
_INLINE_TAG = re.compile(
    r"</?(?:strong|em|b|i|u|a|span|font|small|sup|sub|img|ul|ol|figure|figcaption|table|td|th"
    r"|iframe|center|embed|video|audio|source|picture|section|article|header|footer|aside|button)\b[^<>\n]{0,300}>",
    re.IGNORECASE,
)


class Block:
    """A block of the page being cleaned. (A plain class: cheaper to create at import than
    a dataclass.)"""

    __slots__ = ("text", "line", "reason")

    def __init__(self, text: str, line: int, reason: str | None = None) -> None:
        self.text = text
        self.line = line
        self.reason = reason  # furniture reason, None while it is article


def clean_text(
    text: str, source: str = "<text>", region: bool = True, dedupe: bool = True, removed: bool = True
) -> Article:
    """Clean a text page into an Article.

    region: first pick the article's stretch of the page (a whole page copied as text
    carries menus, teaser lists and footers around it); the blocks outside it are recorded
    as removed. dedupe: drop repeated blocks (captions printed twice). removed: record the
    dropped blocks in article.removed; a caller that does not show them leaves it empty
    and skips a record for most of the page's lines."""
    # The blocks and records of a page hold no reference cycles: the cyclic garbage
    # collector would only re-scan them while they are made.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _clean_text(text, source, region, dedupe, removed)
    finally:
        if collecting:
            gc.enable()


def _clean_text(text: str, source: str, region: bool, dedupe: bool, record_removed: bool) -> Article:
    article = Article(source=source)
    texts, lines = split_blocks(text)
    single_spaced = _single_spaced("\n".join(texts))
    start, end = article_region(texts, furniture(), single_spaced) if region else (0, len(texts))
    region_texts = texts[start:end]
    blocks = list(map(Block, region_texts, lines[start:end]))  # only the region's blocks are cleaned
    # Phrases found by substring scans are looked for only when the blocks they are looked
    # for in may hold them (the region is weighed without them). Each block is casefolded
    # once, for those cuts and for its key and starts phrases; a block is lower-cased (for
    # the phrase positions) only when its page's cut leaves phrases to look for.
    folds = dict(zip(region_texts, map(str.casefold, region_texts)))
    f = furniture()
    blocks = _cut_inline_furniture(blocks, f, f.tails_in("\n".join(folds.values())), single_spaced)
    for b in blocks:
        if b.text not in folds:
            folds[b.text] = b.text.casefold()  # a part of a block cut in two
    f = f.holding_short(
        "\n".join([folds[b.text] for b in blocks if len(b.text) <= _CONTAINS_MAX]),
        "\n".join([folds[b.text] for b in blocks if len(b.text) <= _SHORT_BLOCK]),
    )
    keys = _classify(blocks, f, folds, single_spaced)
    _mark_related_runs(blocks)
    if dedupe:
        _mark_duplicates(blocks, keys)
    kept = [b for b in blocks if b.reason is None]
    _take_metadata(kept, f, article)
    kept = [b for b in kept if b.reason is None]
    _mark_orphan_fragments(kept)
    if record_removed:
        removed = article.removed
        removed += map(Removed, texts[:start], repeat("outside-article"), lines[:start])
        removed += map(Removed, texts[end:], repeat("outside-article"), lines[end:])
        removed += [Removed(b.text, b.reason, b.line) for b in blocks if b.reason is not None]
        removed.sort(key=attrgetter("line"))  # every entry has its block's line number (from 1)
    else:
        article.removed = []  # (the credits cut from paragraphs were recorded on the way)
    body = [b.text for b in kept if b.reason is None]
    if body and article.title is None and _is_title(body[0], len(body)):
        article.title = body.pop(0)
    article.paragraphs = body
    article.dateline = dateline_of(body)
    return article


# The white space a block may hold besides single spaces: split_blocks breaks the page at
# its line breaks and squeezes runs of spaces, tabs and wide spaces, not these.
_RARE_WHITE_SPACE = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"


def _single_spaced(blocks_text: str) -> bool:
    """Is a single space the only white space within the blocks (split_blocks' texts, joined
    by line breaks)? Then a block's words are what its spaces separate, and no block need be
    scanned for other white space."""
    for ch in _RARE_WHITE_SPACE:  # a few C-speed scans of the page
        if ch in blocks_text:
            return False
    return True


def dateline_of(paragraphs: list[str]) -> str | None:
    """The dateline of the first paragraph, or of the second when the first is a short
    standfirst above it."""
    for i, paragraph in enumerate(paragraphs[:2]):
        place = find_dateline(paragraph)
        if place or len(paragraph) > 200:
            return place
    return None


# ---------------------------------------------------------------- blocks

def split_blocks(text: str) -> tuple[list[str], list[int]]:
    """The page's blocks: their texts and, in a list alongside, their line numbers."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in _INVISIBLE:  # str.replace runs at C speed; translate() with a dict does not
        if ch in text:
            text = text.replace(ch, "")
    if "&" in text or "<" in text:
        text = unmark(text)
    stripped = list(map(str.strip, text.split("\n")))
    texts = list(filter(None, stripped))  # the non-empty lines...
    lines = list(compress(count(1), stripped))  # ...and their numbers
    # A line without a run of spaces, a tab or a wide space is a block as it is; only the
    # lines holding one are looked at.
    odd = _holding_any(texts, ("  ", "\t") + (() if text.isascii() else tuple(_WIDE_SPACES)))
    if not odd:
        return texts, lines
    out_texts: list[str] = []
    out_lines: list[int] = []
    done = 0
    for i in odd:
        out_texts += texts[done:i]
        out_lines += lines[done:i]
        parts = _squeezed(texts[i])
        out_texts += parts
        out_lines += [lines[i]] * len(parts)
        done = i + 1
    out_texts += texts[done:]
    out_lines += lines[done:]
    return out_texts, out_lines


def _holding_any(texts: list[str], marks: tuple[str, ...]) -> list[int]:
    """The indices of the texts (none holding a line break) that hold one of the marks, in
    order. The texts are searched joined, at C speed: a mark is looked for once per text that
    holds it, plus once, not once per text."""
    joined = "\n".join(texts)
    found = set()
    for mark in marks:
        pos = joined.find(mark)
        index, counted_to = 0, 0  # index: the line breaks in joined[:counted_to]
        while pos >= 0:
            index += joined.count("\n", counted_to, pos)
            found.add(index)
            counted_to = joined.find("\n", pos)  # the end of this text: on to the next one
            if counted_to < 0:
                break
            pos = joined.find(mark, counted_to)
    return sorted(found)


def _squeezed(line: str) -> list[str]:
    """The blocks of a stripped line: runs of spaces and wide spaces squeezed to one space;
    a long line holding runs of spaces or tabs is taken to be several blocks."""
    gaps = "  " in line or "\t" in line
    if len(line) > _LONG_LINE:
        out = []
        for part in _BLOCK_GAP.split(line) if gaps else (line,):
            part = part.strip() if part.isascii() else _spaces_squeezed(part)
            if part:
                out.append(part)
        return out
    if gaps or not line.isascii():
        line = _spaces_squeezed(line)
    return [line]


def _spaces_squeezed(text: str) -> str:
    """text stripped, each run of spaces, tabs and wide spaces in it squeezed to one space:
    the tabs and wide spaces the text holds become spaces (a few C-speed replaces, cheaper
    than a pattern over every character), then the text is split at spaces and joined by one."""
    for ch in _TAB_AND_WIDE_SPACES:
        if ch in text:
            text = text.replace(ch, " ")
    return " ".join(filter(None, text.split(" "))).strip()


def unmark(text: str) -> str:
    """Text pages sometimes carry escaped or raw markup ("&lt;br /&gt;", "<strong>"):
    decode the entities, turn line-breaking tags into line breaks, drop the others."""
    if "&" in text:
        # Escaped twice ("&amp;rdquo;", "&amp;#39;"), as some sites store their text: a
        # second pass decodes what the first one uncovered.
        twice = "&amp;" in text and _ESCAPED_ENTITY.search(text) is not None
        text = html.unescape(text)
        if twice:
            text = html.unescape(text)
    if "<" in text:
        text = _BREAK_TAG.sub("\n", text)
        text = _INLINE_TAG.sub("", text)
    return text


# ---------------------------------------------------------------- the article's region

_RUNNING_WORDS = 12  # a block of this many words, or of _RUNNING_CHARS characters, is running text
_RUNNING_CHARS = 70
_SHORT_WEIGHT = -40  # a short line: a menu item, a teaser headline, a button
_FURNITURE_WEIGHT = -300  # a line the furniture lists know by its opening (cookies, copyright)
_BUTTON_WEIGHT = -45  # a known button or menu word ("Share", "Iklan"): articles carry them too

_SENTENCE_WEIGHT = -10  # a short line that ends a sentence
_HEADLINE_MAX = 150  # a line without a full stop this long is still running text
_REGION_SENTENCE_END = _SENTENCE_END + (":", ";", "。", "！", "？", "»")
# All of one character: a set look-up of the last one is cheaper than endswith() of them all.
_REGION_SENTENCE_END_CHARS = frozenset(_REGION_SENTENCE_END)
_HEAD_LINES = 4  # short lines just above the region kept with it: headline, byline, date
_END_AFTER_RUNNING = 3  # running blocks, and characters of them, before a line may end the article
_END_AFTER_CHARS = 600
_END_LINE_MAX = 80
_COUNT_CHARS = "[]() 0123456789"  # "[ 167 comments ]", "34 responses to ..."
_CUT_MIN_BLOCKS = 6  # a part outside the region is cut only when it is this large...
_CUT_MIN_CHARS = 400  # ...in blocks or in characters


def article_region(texts: list[str], f: Furniture, single_spaced: bool = False) -> tuple[int, int]:
    """(start, end): the blocks texts[start:end] are the article's region, the others are
    outside it.

    Each block is weighed: running text counts for its length, a short line against it, a
    line of known furniture strongly against it. The region is the run of consecutive
    blocks of the largest total weight (one linear pass). Above it, the short lines of the
    headline, byline and date are taken along. A part of the page before or after the region
    is cut only when it is large, so a saved article with a few lines around it keeps them
    for the cleaner's own rules."""
    n = len(texts)
    if n < _CUT_MIN_BLOCKS:
        return 0, n
    cache = _cache("weight", f)
    weights = []
    for text in texts:
        w = cache.get(text)
        if w is None:
            w = _region_weight(text, f, single_spaced)
            if len(text) <= _CACHED_MAX:
                cache[text] = w
        weights.append(w)
    best, best_start, best_end = 0, 0, 0
    run, run_start = 0, 0
    for i, w in enumerate(weights):
        if run <= 0:
            run, run_start = w, i
        else:
            run += w
        if run > best:
            best, best_start, best_end = run, run_start, i + 1
    if best <= 0:
        return 0, n
    start, end = best_start, _article_end(texts, weights, best_start, best_end, f)
    if end == best_end:
        end = _announced_list_end(texts, weights, end, f)
    head = 0
    while start > 0 and head < _HEAD_LINES and weights[start - 1] == _SHORT_WEIGHT:
        start -= 1
        head += 1
    while head and len(texts[start].split()) < 3:
        start += 1  # a menu word above the headline, not the headline
        head -= 1
    if not _large(texts[:start], weights[:start]):
        start = 0
    if not _large(texts[end:], weights[end:]):
        end = n
    return start, end


def _article_end(texts: list[str], weights: list[int], start: int, end: int, f: Furniture) -> int:
    """Where the article ends inside the region: at the first line that opens comments or a
    teaser list ("34 Comments", "You may also like") once some running text came before it."""
    running = chars = 0
    for i in range(start, end):
        if weights[i] > 0:
            running += 1
            chars += len(texts[i])
        elif running >= _END_AFTER_RUNNING and chars >= _END_AFTER_CHARS and len(texts[i]) <= _END_LINE_MAX and _ends_article(texts[i], f):
            return i
    return end


def _ends_article(text: str, f: Furniture) -> bool:
    key = norm_key(text).strip(_COUNT_CHARS)
    phrases = f.article_end_by_first.get(key[:1], ())
    if "" in f.article_end_by_first:
        phrases += f.article_end_by_first[""]  # an empty phrase opens every key
    for phrase in phrases:
        if key.startswith(phrase) and (len(key) == len(phrase) or not key[len(phrase)].isalnum()):
            return True
    return False


_LIST_MAX = 60  # lines of a list that the article announces ("Berikut senarai ...:")
_FIRST_ITEM = ("1. ", "1) ")
_LIST_FIRST_ITEM_WITHIN = 3  # lines after the announcement: a heading may come first


def _announced_list_end(texts: list[str], weights: list[int], end: int, f: Furniture) -> int:
    """Where a numbered list that the article's last paragraph announces ends ("Berikut
    jajaran kabinet:", then "1. Tun Dr Mahathir ..."): its short lines are the article's, up
    to the first line of known furniture or one that ends the article. (Lists of links after
    "Related links:" or "See more:" are not numbered.)"""
    i = end
    if i < len(texts) and weights[i] == _SENTENCE_WEIGHT and texts[i].endswith(":"):
        i += 1  # the announcing line is short itself
    elif not texts[end - 1].endswith(":"):
        return end
    if not any(t.startswith(_FIRST_ITEM) for t in texts[i : i + _LIST_FIRST_ITEM_WITHIN]):
        return end
    stop = min(len(texts), i + _LIST_MAX)
    while i < stop and weights[i] >= _SHORT_WEIGHT and not _ends_article(texts[i], f):
        i += 1
    return i


def _large(part: list[str], weights: list[int]) -> bool:
    """Is a part outside the region large: many lines not known as furniture, or much text?"""
    unknown = len(weights) - weights.count(_FURNITURE_WEIGHT) - weights.count(_BUTTON_WEIGHT)
    return unknown >= _CUT_MIN_BLOCKS or sum(map(len, part)) >= _CUT_MIN_CHARS


_CACHED_MAX = 160  # lines this short are weighed and classified once per process: menus repeat
_CACHE_SIZE = 50_000
_caches: dict[str, tuple[object, dict]] = {}


def _cache(name: str, f: Furniture) -> dict:
    """A per-process cache of per-line results, emptied when the furniture lists change
    (a new config) or when it has grown large."""
    held = _caches.get(name)
    if held is None or held[0] is not f.exact or len(held[1]) > _CACHE_SIZE:
        held = _caches[name] = (f.exact, {})
    return held[1]


_BUTTON_MAX = 100  # characters: longer lines are not looked up as buttons


def _region_weight(text: str, f: Furniture, single_spaced: bool = False) -> int:
    """A block's weight for the article's region; cheap look-ups only (a set, an anchored
    pattern), so the whole page is weighed faster than the region is cleaned."""
    n = len(text)
    # A line short enough to be a button is casefolded once, for both of its look-ups.
    folded = text.casefold() if n <= _BUTTON_MAX else None
    reason = f.starts_reason_of(text, folded)
    if reason is not None:
        # "Baca juga: ..." sits inside articles: a link, not the page's edge.
        return _BUTTON_WEIGHT if reason == "related-links" else _FURNITURE_WEIGHT
    if folded is not None and norm_key(text, folded, single_spaced) in f.exact:
        return _BUTTON_WEIGHT
    if n < _RUNNING_CHARS:
        spaces = text.count(" ")
        # A table row has three numbers, so three words: in a line whose only white space is
        # the space (a single-spaced page, or a printable line), two spaces at least.
        if (spaces >= _TABLE_ROW_NUMBERS - 1 or not (single_spaced or text.isprintable())) and _is_table_row(text):
            return n + _TABLE_ROW_BONUS  # a row of a table of figures: content, however short
        if spaces < _RUNNING_WORDS - 1:
            return _SENTENCE_WEIGHT if text[-1:] in _REGION_SENTENCE_END_CHARS else _SHORT_WEIGHT
    if _teaser_strip(text):
        return _SHORT_WEIGHT
    if text[-1:] in _REGION_SENTENCE_END_CHARS or (n >= _HEADLINE_MAX and _punctuated(text)):
        return n - 40
    return _SHORT_WEIGHT  # a teaser's headline: many words, no full stop


_TABLE_ROW_NUMBERS = 3  # a short line with this many numbers is a row of a table (results, scores)
_TABLE_ROW_BONUS = 0
_DIGIT = re.compile(r"\d")


def _is_table_row(text: str) -> bool:
    if _DIGIT.search(text) is None:
        return False
    words = text.split()
    numbers = sum(1 for w in words if w.strip(".,%()").isdigit())
    return numbers >= _TABLE_ROW_NUMBERS and 2 * numbers >= len(words)  # mostly figures


_TEASER_CUTS = 3  # summaries cut short ("... may soon...") this often in one block: a teaser strip
_TEASER_CUT_CHARS = 600  # ...at least once per this many characters


def _teaser_strip(text: str) -> bool:
    """Is a block a strip of teasers run together (headline, summary cut short with "...",
    next headline)? Prose quotes an ellipsis now and then, not every few lines."""
    cuts = text.count("...") + text.count("…")
    return cuts >= _TEASER_CUTS and cuts * _TEASER_CUT_CHARS >= len(text)


_PROSE_MARKS = (".", ",", "!", "?", ";", ":", "。", "，", "、", "،", "؟")


def _punctuated(text: str) -> bool:
    """Does a long line hold a mark of prose? A run of words without a single one is a tag
    cloud or a list of links, not running text."""
    for mark in _PROSE_MARKS:  # (a loop: any() over a generator costs more than the tests)
        if mark in text:
            return True
    return False


def _cut_inline_furniture(
    blocks: list[Block], f: Furniture, tails: tuple[str, ...], single_spaced: bool = False
) -> list[Block]:
    """Split furniture that sits inside a block (footers and captions of pages that lost
    their line breaks) into blocks of their own, so they are classified and recorded.
    single_spaced: the blocks hold no white space but single spaces."""
    out: list[Block] = []
    for b in blocks:
        text = b.text
        found = find_first(text, tails) if tails else None
        tail = None
        if found and found[0] > 0:
            tail = Block(text[found[0]:], b.line, f.inline_reason[found[1]])
            text = text[: found[0]].rstrip()
        head = text[:264]  # the caption's dash sits within the pattern's reach
        m = _LEADING_CAPTION.match(text) if _may_open_with_caption(head, single_spaced) else None
        if m and _is_credit_source(m.group("credit"), f) and not m.group("caption").rstrip().endswith(":"):
            out.append(Block(text[: m.end("credit")], b.line, "caption"))
            text = text[m.end("credit"):].lstrip()
        out.append(b if text is b.text else Block(text, b.line))
        if tail:
            out.append(tail)
    return out


_CAPTION_DASH_FIRST, _CAPTION_DASH_LAST = 11, 251  # where _LEADING_CAPTION's dash may sit


def _may_open_with_caption(head: str, single_spaced: bool = False) -> bool:
    """May head open with a caption and its credit (_LEADING_CAPTION): a dash between white
    space, in the pattern's reach, then a capital? When the only white space is the space
    itself (single_spaced, or a printable text), a few substring searches tell; else the
    pattern decides whenever head holds a dash."""
    if not single_spaced and not head.isprintable():
        return "-" in head or "–" in head or "—" in head
    for dash in (" - ", " – ", " — "):
        if dash not in head:
            continue
        at = head.find(dash, _CAPTION_DASH_FIRST)
        while 0 <= at <= _CAPTION_DASH_LAST:
            if head[at + 3 : at + 4] in _CAPITALS:
                return True
            at = head.find(dash, at + 1)
    return False


def _is_credit_source(credit: str, f: Furniture) -> bool:
    return credit.casefold() in f.credit_sources or "/" in credit or credit.split("/")[0].casefold() in f.credit_sources


# ---------------------------------------------------------------- furniture

_SHORT_BLOCK = 300  # blocks up to this long may be captions or open with a starts phrase
_CONTAINS_MAX = 160  # blocks up to this long are furniture when they hold a contains phrase


def _classify(blocks: list[Block], f: Furniture, folds: dict[str, str], single_spaced: bool = False) -> list[str]:
    """Mark the furniture among the blocks; their look-up keys (norm_key), for the
    duplicate check that follows. folds: each block's text casefolded; single_spaced: the
    blocks hold no white space but single spaces."""
    # A line's reason depends only on its text: the page's cut of the phrase lists drops
    # only phrases the page, and so the line, does not hold.
    cache = _cache("reason", f)
    keys = []
    for b in blocks:
        text = b.text
        folded = folds[text]
        key = norm_key(text, folded, single_spaced)
        keys.append(key)
        if b.reason is None:
            if len(text) > _CACHED_MAX:
                b.reason = _reason(text, key, f, folded)
            elif text in cache:
                b.reason = cache[text]
            else:
                b.reason = cache[text] = _reason(text, key, f, folded)
    return keys


def furniture_reason(text: str, f: Furniture | None = None) -> str | None:
    """Why a whole block is furniture, or None when it may be article."""
    return _reason(text, norm_key(text), f or furniture())


def _reason(text: str, key: str, f: Furniture, folded: str | None = None) -> str | None:
    """folded: text.casefold(), when the caller has it already."""
    if not key:
        return "empty"
    if key in f.exact:
        return f.exact[key]
    if _only_font_controls(key):
        return "font-controls"
    if _is_breadcrumb(text):
        return "navigation"
    if len(text) <= _SHORT_BLOCK:
        reason = f.starts_reason_of(text, folded)
        if reason is not None:
            return reason
        # Lower-cased once for both phrase look-ups, and only when there are phrases to look for.
        low = text.lower() if f.caption_words or f.contains_short else None
        if _is_caption(text, f, low):
            return "caption"
    if len(text) <= _CONTAINS_MAX:
        found = find_first(text, f.contains_short, low)
        if found:
            return f.contains_reason[found[1]]
        if _only_share_words(key, f):
            return "share"
    if len(text) <= _CREDITED_CAPTION_MAX and "/" in text[-_PHOTO_CREDIT_MAX:] and _ends_with_photo_credit(text, f):
        return "caption"
    return None


_CREDITED_CAPTION_MAX = 800  # characters: a longer block is no photo's caption
_PHOTO_CREDIT_MAX = 60  # characters of "ANTARA FOTO/Didik Suhartono" at a block's end
_PHOTO_CREDIT_NAME_WORDS = 4


def _ends_with_photo_credit(text: str, f: Furniture) -> bool:
    """Does the block end with a photo's credit, an agency and its photographer
    ("... Rp 122,3 miliar. ANTARA/Didik Suhartono", "TEMPO/Tony Hartawan")? Then it is the
    photo's caption, however long."""
    tail = text[-_PHOTO_CREDIT_MAX:]
    slash = tail.rfind("/")
    before, name = tail[:slash].split(), tail[slash + 1:].split()
    if not before or not 1 <= len(name) <= _PHOTO_CREDIT_NAME_WORDS or not all(w[:1].isupper() for w in name):
        return False
    agency = before[-2] if before[-1].casefold() in ("foto", "photo") and len(before) >= 2 else before[-1]
    return agency.casefold() in f.credit_sources


def _is_caption(text: str, f: Furniture, low: str | None = None) -> bool:
    # "Foto: ..." holds a colon; a caption phrase, one of its first characters.
    if ":" in text and f.caption_start.match(text):
        return True
    if f.may_hold_caption_phrase(text) and f.caption_phrases.search(text):
        return True
    # The marker words are rare in body text: look for them before running the pattern.
    found = find_first(text, f.caption_words, low)
    if found is None:
        return False
    # With ASCII markers and text, the pattern's marker opens no earlier than the first marker
    # word, and what comes before a marker is two characters at most: the search starts there.
    start = max(0, found[0] - 2) if text.isascii() and f.markers_are_ascii() else 0
    return f.caption_end.search(text, start) is not None


_FONT_CONTROLS = ("a", "a+", "a-", "a−", "aa", "+", "-")
_FONT_CONTROLS_MAX = 6  # words
_FONT_CONTROLS_CHARS = _FONT_CONTROLS_MAX * (max(map(len, _FONT_CONTROLS)) + 1)


def _only_font_controls(key: str) -> bool:
    if len(key) > _FONT_CONTROLS_CHARS:
        return False  # longer than six of the words, single-spaced (norm_key): no need to split it
    words = key.split()
    return bool(words) and len(words) <= _FONT_CONTROLS_MAX and all(w in _FONT_CONTROLS for w in words)


def _is_breadcrumb(text: str) -> bool:
    if len(text) > 100:
        return False
    for mark in _BREADCRUMB_MARKS:
        if mark in text:
            break
    else:
        return False  # no separator: the pattern need not run
    parts = _BREADCRUMB_SEP.split(text)
    return len(parts) >= 2 and all(
        p and len(p.split()) <= 3 and p[:1].isupper() and ":" not in p and not p.endswith(_SENTENCE_END[:3])
        for p in parts
    )


def _only_share_words(key: str, f: Furniture) -> bool:
    """A row of share buttons: "share on facebook share on x email", "bagikan: facebook twitter"."""
    pos, found, n = 0, 0, len(key)
    share_by_first = f.share_by_first
    while pos < n:
        if key[pos] in " |/·•:,":
            pos += 1
            continue
        # The longest share phrase here, a word boundary after it; only the phrases that
        # open with this character can start here.
        for p in share_by_first.get(key[pos], ()):
            end = pos + len(p)
            if key.startswith(p, pos) and (end == n or not key[end].isalnum()):
                break
        else:
            return False
        pos, found = end, found + 1
    return found >= 2


def _mark_related_runs(blocks: list[Block]) -> None:
    """A related-articles heading on its own ("Artikel Berkaitan:", "Read more") takes the
    headlines listed under it along; the run ends at the first block that reads as body."""
    heading = False
    for b in blocks:
        if b.reason == "related-links":
            heading = len(b.text.split()) <= 4
            continue
        if heading and b.reason is None and _is_headline(b.text):
            b.reason = "related-links"
            continue
        if b.reason is None:
            heading = False


def _mark_duplicates(blocks: list[Block], keys: list[str]) -> None:
    """A block printed twice (captions often are) is dropped the second time, with the
    first one's reason when that was furniture. A repeat of article text is dropped only
    when it follows closely, or when it repeats the page's headline a few lines on: a list
    or a meal plan may legitimately repeat a line further on."""
    seen: dict[str, tuple[int, str | None]] = {}
    for i, (b, key) in enumerate(zip(blocks, keys)):
        if len(key) < 12 and b.reason is None:
            continue  # short lines ("Ya", a list marker) may repeat legitimately
        last = seen.get(key)
        if last is None:
            seen[key] = (i, b.reason)
            continue
        if last[1] is not None:
            b.reason = last[1]
        elif i - last[0] <= _DUPLICATE_NEAR or (last[0] == 0 and i <= _HEADLINE_REPEAT):
            b.reason = "duplicate"  # close by, or the headline printed again above the article
        seen[key] = (i, last[1])


def _mark_orphan_fragments(kept: list[Block]) -> None:
    """A stray few-word line that repeats words of an earlier paragraph is a link's leftover
    text, not a subhead. The number of look-ups over the whole text is capped, so a page of
    thousands of short lines stays linear; past the cap only the last paragraphs are searched."""
    joined = "\n".join(b.text for b in kept)
    pos, full_searches = 0, 0
    for i, b in enumerate(kept):
        start, pos = pos, pos + len(b.text) + 1
        # Case matters: a subhead ("Tidak berpotensi tsunami") repeats words in lower case.
        if i == 0 or b.text.endswith(_SENTENCE_END) or len(b.text.split(None, 4)) > 4:
            continue  # (four words at most: a paragraph is not split to the end to tell)
        if full_searches < _ORPHAN_FULL_SEARCHES:
            full_searches += 1
            repeated = joined.find(b.text, 0, start - 1) >= 0
        else:
            repeated = any(b.text in r.text for r in kept[max(0, i - _ORPHAN_WINDOW):i])
        if repeated:
            b.reason = "duplicate"


# ---------------------------------------------------------------- metadata

def _take_metadata(kept: list[Block], f: Furniture, article: Article) -> None:
    """Bylines, printed dates and trailing credits become metadata instead of body."""
    for b in kept:
        if len(b.text) > 160:
            continue
        names = _byline_names(b.text, f)
        if names:
            article.credits.extend(names)
            article.published = article.published or parse_printed_date(b.text)
            b.reason = "byline"
        elif not b.text.endswith(_SENTENCE_END[:3]) and len(b.text.split(None, 10)) <= 10:
            date = parse_printed_date(b.text)
            if date:
                article.published = article.published or date
                b.reason = "date"
    body = [b for b in kept if b.reason is None]
    # A credit pattern whose needle is nowhere in the body need not be tried block by block.
    joined = "\n".join([b.text for b in body])
    credit_patterns = [(p, needle) for p, needle in zip(f.credit_patterns, f.credit_needles) if needle in joined]
    for b in body:
        if credit_patterns:
            _strip_pattern_credit(b, credit_patterns, article)
        start = max(0, len(b.text) - _TRAILING_CREDIT_WINDOW)
        tail = b.text[start:]
        if "-" not in tail and "–" not in tail and "—" not in tail:
            continue  # no dash: no "- AFP"
        if not _may_end_with_credit(tail):
            continue
        m = _TRAILING_CREDIT.search(b.text, start)
        if m and m.start() > 0 and _credit_is_plausible(m.group("credit"), f):
            _strip_credit(b, m, article)
        elif b is not body[0] and (credit := _credit_line(b.text)) and _credit_is_plausible(credit, f):
            article.credits.append(credit)  # "-- BERNAMA" on a line of its own, after the story
            b.reason = "credit"
    article.credits = list(dict.fromkeys(article.credits))


def _strip_pattern_credit(b: Block, credit_patterns: list[tuple[re.Pattern, str]], article: Article) -> None:
    """Strip the first listed credit pattern's credit ("..., ed: nama") from the block's end."""
    # Credits sit at the very end: search only the tail, so long blocks stay cheap.
    start = max(0, len(b.text) - _CREDIT_TAIL)
    tail = b.text[start:]
    for pattern, needle in credit_patterns:
        if needle and needle not in tail:
            continue
        m = pattern.search(b.text, start)
        if m:
            _strip_credit(b, m, article)
            return


def _may_end_with_credit(tail: str) -> bool:
    """May tail end with a dash and a credit ("- AFP", "— The Star")? A credit holds no dash,
    so its dash is the last one, and a capital follows it (after one white space at most):
    the pattern need not run on the many paragraphs with a hyphenated word near their end."""
    last = max(tail.rfind("-"), tail.rfind("–"), tail.rfind("—"))
    if last < 0:
        return False
    after = tail[last + 1 : last + 3]
    return after[:1] in _CAPITALS or (after[:1].isspace() and after[1:2] in _CAPITALS)


def _strip_credit(b: Block, m: re.Match, article: Article) -> None:
    article.credits.append(m.group("credit"))
    article.removed.append(Removed(text=b.text[m.start():].strip(), reason="credit", line=b.line))
    b.text = b.text[: m.start()].rstrip()


def _byline_names(text: str, f: Furniture) -> list[str]:
    """Writer names of a byline line ("Oleh NAMA", "Penulis: A | Editor: B"), else []."""
    if not text.lstrip().startswith(f.byline_prefixes):
        return []  # the first segment, stripped, opens with none of the prefixes: no byline
    names = []
    for i, segment in enumerate(_BYLINE_SEGMENTS.split(text)):
        m = f.byline.match(segment.strip())
        if not m:
            if i == 0:
                return []
            continue
        name = _BYLINE_TAIL.split(m.group("name"), maxsplit=1)[0].strip()
        if not name or len(name.split()) > 6 or name.endswith(_SENTENCE_END[:3]):
            return []
        names.append(name)
    return names


def _credit_line(text: str) -> str | None:
    """The credit of a line that is a dash and a credit only ("-- BERNAMA", "— AFP"), else None."""
    m = _TRAILING_CREDIT.match(" " + text)
    return m.group("credit") if m else None


def _credit_is_plausible(credit: str, f: Furniture) -> bool:
    if credit.casefold() in f.credit_sources:
        return True
    words = credit.split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words)


def _is_headline(text: str) -> bool:
    return len(text) <= 180 and 2 <= len(text.split(None, 25)) <= 25 and not text.rstrip().endswith((".", ":", ";", ","))


def _is_title(text: str, n_blocks: int) -> bool:
    return n_blocks >= 2 and _is_headline(text) and find_dateline(text) is None


def _is_day_and_month(part: str) -> bool:
    """Is part of a dateline a date: "Feb 4", "4 Feb", "4 Feb 2022", or a year alone?"""
    words = part.split()
    if len(words) == 1:
        return len(part) == 4 and part.isdigit()
    if len(words) == 3 and len(words[2]) == 4 and words[2].isdigit():
        words = words[:2]
    if len(words) != 2:
        return False
    day, month = (words[1], words[0]) if words[1].isdigit() else (words[0], words[1])
    return day.isdigit() and len(day) <= 2 and month_number(month) is not None


def find_dateline(paragraph: str) -> str | None:
    """The place of a dateline at the start of the first paragraph, as printed."""
    head = paragraph[:80]
    m = _DATELINE_SEP.search(head)
    if m and 2 <= m.start() <= 60:
        # "KUALA LUMPUR, Feb 4 —", "MUAR, 4 Feb 2022 —": the date after the place is no part of it.
        parts = [p.strip() for p in head[: m.start()].split(",")]
        while len(parts) > 1 and _is_day_and_month(parts[-1]):
            parts.pop()
        places = [p for p in parts if not _SITE.match(p)]
        has_site = len(places) < len(parts)
        if len(places) == 1 and len(parts) <= 2:
            place = places[0]
            if _CAPS_PLACE.match(place) or (has_site and _TITLE_PLACE.match(place)):
                return place
    # "Liputan6.com, Jakarta Pilihan ...": site, place, then the sentence with no separator.
    parts = head.split(", ", 1)
    if len(parts) == 2 and _SITE.match(parts[0]):
        word = parts[1].split(" ", 1)[0]
        if _TITLE_PLACE.match(word) or _CAPS_PLACE.match(word):
            return word
    return None
