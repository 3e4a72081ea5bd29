"""Stage 3 — analyse: Article -> Digest (language, actors, places, events, quotes, summary)."""
from __future__ import annotations

from dataclasses import dataclass

from newsdigest.model import Article, Digest


@dataclass
class Options:
    lang: str | None = None  # ms | id | en; None detects
    date: str | None = None  # publication date to fall back on (YYYY-MM-DD)
    mentions: bool = False  # keep the analysed text and every mention's spans
    summary_sentences: int = 3


def analyse(article: Article, options: Options | None = None) -> Digest:
    from newsdigest.analyse.entities import recognise
    from newsdigest.analyse.language import detect_language
    from newsdigest.analyse.summary import summarise_lead

    options = options or Options()
    text = article.text
    language = options.lang or _page_language(article) or detect_language(text)
    actors, places = recognise(text, language)
    return Digest(
        source=article.source,
        language=language,
        title=article.title,
        dateline=article.dateline,
        credits=list(article.credits),
        published=article.published or options.date,
        url=article.url,
        summary=summarise_lead(article, options.summary_sentences),
        actors=actors,
        places=places,
        removed=article.removed_counts(),
        text=text if options.mentions else None,
        with_mentions=options.mentions,
    )


def _page_language(article: Article) -> str | None:
    return article.language if article.language in ("ms", "id", "en") else None
