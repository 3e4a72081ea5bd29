"""Stage 3 — analyse: Article -> Digest (language, actors, places, events, quotes, summary)."""
from __future__ import annotations

from dataclasses import dataclass

from newsdigest.digest import Digest
from newsdigest.model import Article


@dataclass
class Options:
    lang: str | None = None  # ms | id | en; None detects
    date: str | None = None  # publication date to fall back on (YYYY-MM-DD)
    mentions: bool = False  # keep the analysed text and every mention's spans
    summary_sentences: int = 3
    events_limit: int | None = None  # keep only the N most salient events


def analyse(article: Article, options: Options | None = None) -> Digest:
    from newsdigest.analyse.entities import recognise
    from newsdigest.analyse.events import find_events
    from newsdigest.analyse.language import detect_language, reads_as_supported
    from newsdigest.analyse.quotes import find_attributions
    from newsdigest.analyse.sentences import split_sentences
    from newsdigest.analyse.summary import choose_summary

    options = options or Options()
    text = article.text
    language = options.lang or _page_language(article) or detect_language(text)
    published = article.published or options.date
    actors, places = recognise(text, language)
    sentences = split_sentences(text)
    # Quotes and their speakers are read once: events take their sources and times from them.
    quotes, attributions = find_attributions(text, sentences, actors, language)
    events = find_events(text, sentences, actors, places, language, published, options.events_limit,
                         title=True if article.title else None, attributions=attributions)
    notes = []
    if options.lang is None and not reads_as_supported(text):
        notes.append("the text does not read as Malay, Indonesian or English; its names may be missed or mistaken"
                     " (--lang sets the language)")
    return Digest(
        notes=notes,
        source=article.source,
        language=language,
        title=article.title,
        dateline=article.dateline,
        credits=list(article.credits),
        published=published,
        url=article.url,
        summary=choose_summary(text, sentences, actors, events, options.summary_sentences,
                               has_title=bool(article.title)),
        actors=actors,
        places=places,
        events=events,
        quotes=quotes,
        removed=article.removed_counts(),
        text=text if options.mentions else None,
        with_mentions=options.mentions,
    )


def _page_language(article: Article) -> str | None:
    return article.language if article.language in ("ms", "id", "en") else None
