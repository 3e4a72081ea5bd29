"""newsdigest: a saved news article page in, a structured digest out.

    >>> from newsdigest import summarise
    >>> digest = summarise("article.txt")          # or summarise(text="...") / summarise(html="...")
    >>> digest.to_dict()["actors"]

The pipeline is load -> clean -> analyse -> render; see README.md.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["summarise", "summarize", "clean_article", "__version__"]

if TYPE_CHECKING:
    from newsdigest.digest import Digest
    from newsdigest.model import Article, Page


def _page(path, text, html, source) -> Page:
    from newsdigest.load import load_page
    from newsdigest.model import Page

    given = [x is not None for x in (path, text, html)]
    if sum(given) != 1:
        raise TypeError("give exactly one of path, text= or html=")
    if path is not None:
        page = load_page(os.fspath(path))
        if source:
            page.source = source
        return page
    if text is not None:
        return Page(source=source or "<text>", content=text, kind="text")
    return Page(source=source or "<html>", content=html, kind="html")


def summarise(
    path: str | os.PathLike | None = None,
    *,
    text: str | None = None,
    html: str | None = None,
    source: str | None = None,
    lang: str | None = None,
    date: str | None = None,
    clean: bool = True,
    mentions: bool = False,
    summary_sentences: int = 3,
) -> Digest:
    """The digest of one article: a file path, or its text or HTML given directly.

    Raises newsdigest.load.InputError for input that cannot be read as a page."""
    from newsdigest.analyse import Options
    from newsdigest.pipeline import digest_page

    options = Options(lang=lang, date=date, mentions=mentions, summary_sentences=summary_sentences)
    return digest_page(_page(path, text, html, source), options, clean=clean)


summarize = summarise


def clean_article(
    path: str | os.PathLike | None = None,
    *,
    text: str | None = None,
    html: str | None = None,
    source: str | None = None,
) -> Article:
    """The cleaned article (title, dateline, credits, paragraphs, removed lines)."""
    from newsdigest.pipeline import clean_page

    return clean_page(_page(path, text, html, source))
