"""The pipeline in one place: Page -> Article -> Digest. The CLI and the library API
both go through here, so one article takes exactly one code path."""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsdigest.model import Article, Page

if TYPE_CHECKING:  # the analysis is imported only by what analyses: `clean` does not need it
    from newsdigest.analyse import Options
    from newsdigest.digest import Digest


def clean_page(page: Page, clean: bool = True, removed: bool = True) -> Article:
    """Stage 2. With clean=False the text is analysed exactly as given (offsets point into it).
    With removed=False article.removed is left empty, for a caller that does not show it."""
    if not clean:
        article = Article(source=page.source, paragraphs=[page.content] if page.content else [])
    elif page.kind == "html":
        from newsdigest.clean.html import clean_html

        article = clean_html(page.content, page.source)
        if not removed:
            article.removed = []
    else:
        from newsdigest.clean.text import clean_text

        article = clean_text(page.content, page.source, removed=removed)
    article.url = article.url or page.url
    if page.published and not article.published:
        from newsdigest.clean.dates import parse_printed_date

        article.published = parse_printed_date(page.published) or article.published
    return article


def digest_page(page: Page, options: Options | None = None, clean: bool = True) -> Digest:
    """Stages 2 and 3."""
    from newsdigest.analyse import analyse

    return analyse(clean_page(page, clean), options)
