"""Stage 2 — clean a saved HTML page: the main article block, its page metadata, then
the text cleaner, so text and HTML pages share one definition of furniture.

The structural work (dropping furniture elements, choosing the main block) is in
``extract``; the metadata in ``meta``. This module ties them to the text cleaner.
"""
from __future__ import annotations

import gc
import re

from newsdigest.clean import extract
from newsdigest.clean.meta import json_ld_article, metadata, same
from newsdigest.clean.text import clean_text, dateline_of
from newsdigest.model import Article, Removed

_WORDS = re.compile(r"\w+")
_LD_BODY_MIN = 200  # characters: a shorter JSON-LD articleBody is a teaser, not the body


def clean_html(html: str, source: str = "<html>") -> Article:
    markup, json_ld = extract.prepare(html)
    # The parse makes one object per element and string and frees none: the cyclic
    # garbage collector would only re-scan them, at a cost that grows with the page.
    collecting = gc.isenabled()
    gc.disable()
    try:
        tree = extract.walk(extract.parse(markup))
    finally:
        if collecting:
            gc.enable()
    ld = json_ld_article(json_ld)
    ld_body = ld.get("articleBody")
    if not (isinstance(ld_body, str) and len(ld_body.strip()) >= _LD_BODY_MIN):
        ld_body = None

    dropped = extract.settle_marks(tree, set(tree.itemprop_body))
    num = extract.numbers(tree, dropped)
    ld_root = _locate(tree, num.paragraphs, ld_body) if ld_body else None
    root = extract.choose(tree, dropped, num, ld_root)
    text, inside = extract.emit(tree, root, dropped, num)
    removed = extract.outside(tree, root, dropped, inside)
    if ld_body and num.G[root] < 0.3 * len(ld_body):
        # The markup hides the body (a script-rendered page): the page's own JSON-LD copy
        # of it is the best evidence left.
        removed.append(Removed(text=" ".join(text.split())[:200], reason="outside-article"))
        text = ld_body

    article = clean_text(text, source, region=False)  # the markup already chose the article
    article.removed = removed + article.removed
    meta = metadata(tree, ld, dropped, root, lambda i: extract.snippet(tree, i, 300))
    title = meta.get("title")
    if title:
        # The text cleaner may have taken the <h1> as title; the page's own title wins,
        # and the <h1> line is not kept as body when it repeats it.
        if article.title and not same(article.title, title):
            article.paragraphs.insert(0, article.title)
        article.title = title
        head = [p for p in article.paragraphs[:3] if same(p, title)]
        for p in head:
            article.paragraphs.remove(p)
            article.removed.append(Removed(text=p, reason="duplicate"))
        article.dateline = dateline_of(article.paragraphs)
    article.published = meta.get("published") or article.published
    article.language = meta.get("language")
    article.url = meta.get("url")
    article.site = meta.get("site")
    article.authors = meta.get("authors") or []
    if not article.credits:
        # The byline sat outside the article block, or was dropped with the author box:
        # read it with the text cleaner's own byline rules, else credit the page's authors.
        article.credits = _byline_credits(tree, dropped) or list(article.authors)
    return article


def _byline_credits(tree, dropped) -> list[str]:
    for i in tree.bylines[:6]:
        text = extract.snippet(tree, i, 300)
        if text and len(text) < 300:
            credits = clean_text(text, removed=False).credits
            if credits:
                return credits
    return []


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text)).casefold()


def _locate(tree, paragraphs: list[int], ld_body: str) -> int | None:
    """The element holding the paragraphs where JSON-LD articleBody starts and ends."""
    words = _WORDS.findall(ld_body)
    if len(words) < 20:
        return None
    head = " ".join(words[:8]).casefold()
    tail = " ".join(words[-8:]).casefold()
    first = last = None
    for i in paragraphs:
        key = _key(extract.snippet(tree, i, 3000))
        if first is None and head in key:
            first = i
        if tail in key:
            last = i
    if first is None or last is None:
        return first if first is not None else last
    return extract.common_ancestor(tree, first, last)
