"""The summary: sentences chosen from the article (never generated), the lead first."""
from __future__ import annotations

import re

from newsdigest.model import Article

# A sentence ends at . ! ? (and a closing quote) followed by a space and a capital or quote.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])")


def summarise_lead(article: Article, n: int = 3) -> list[str]:
    """The first n sentences of the body: news is written lead first."""
    out: list[str] = []
    for paragraph in article.paragraphs:
        for sentence in _SENTENCE_BREAK.split(paragraph):
            sentence = sentence.strip()
            if len(sentence.split()) >= 4:
                out.append(sentence)
                if len(out) >= n:
                    return out
    return out
