"""Page metadata of a saved HTML page: title, publication date, authors, site, language
and canonical address, from JSON-LD, <meta>/<link> tags and the visible page.

Everything here reads what the walk of ``extract`` collected; nothing walks the tree
again. Dates never come from script code: only from JSON-LD, meta tags, <time> and
visible text.
"""
from __future__ import annotations

import json
import re

from newsdigest.clean.dates import parse_printed_date

_TITLE_SEPARATORS = re.compile(r"\s(?:[|–—-]|::|»|·)\s")
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|LiveBlogPosting|Report|NewsArticle")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def json_ld_article(blocks: list[str]) -> dict:
    """The first article-like object in the page's JSON-LD blocks, or {}."""
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        if block.startswith("<!--"):
            block = block[4:].rsplit("-->", 1)[0]
        try:
            data = json.loads(_CONTROL.sub(" ", block), strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
                    return item
                for key in ("@graph", "mainEntity", "itemListElement"):
                    if key in item:
                        stack.append(item[key])
    return {}


def _clean(value) -> str | None:
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return None


def _metas(metas: list[dict]) -> dict[str, str]:
    """First content of each meta key (property, name or itemprop), keys casefolded."""
    out: dict[str, str] = {}
    for attrs in metas:
        content = _clean(attrs.get("content"))
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = attrs.get(attr)
            if isinstance(key, str):
                out.setdefault(key.strip().casefold(), content)
    return out


def strip_site_name(title: str, site: str | None) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site:
        s = _fold(site)
        if _fold(parts[-1]) == s or s in _fold(parts[-1]):
            return title[: title.rfind(parts[-1])].rstrip(" |–—-:»·")
        if _fold(parts[0]) == s:
            return title[len(parts[0]):].lstrip(" |–—-:»·")
    return max(parts, key=len)


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def same(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


# ---------------------------------------------------------------- authors

_BY = re.compile(r"^(?:by|oleh|penulis|reporter|wartawan|written by|posted by|words by|laporan)\s*:?\s+", re.IGNORECASE)
_AUTHOR_JUNK = re.compile(
    r"\b(?:email|e-mail|follow|ago|hours?|minutes?|updated|published|posted|share|twitter|facebook|"
    r"contact|view all|more from|read more|articles?|staff writer|author|profile|subscribe|"
    r"jam|menit|lalu|yang lalu)\b|@|https?:|www\.|\d",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bdan\b|&|\|)\s*", re.IGNORECASE)
_NOT_AUTHOR = re.compile(r"(?:editor|penyunting|editing|photos?|foto|gambar|pictures?|video|graphics?|grafis)\b",
                         re.IGNORECASE)


def clean_author(raw) -> list[str]:
    """Names in an author string ("By Jane Roe and John Doe"), without junk."""
    text = _clean(raw)
    if not text or len(text) > 120:
        return []
    out = []
    for part in _AUTHOR_SPLIT.split(text):
        part = _BY.sub("", part.strip(" .:-–—")).strip(" .:-–—")
        if not part or _AUTHOR_JUNK.search(part) or _NOT_AUTHOR.match(part):
            continue
        words = part.split()
        if not 1 <= len(words) <= 5 or not any(w[:1].isupper() for w in words):
            continue
        out.append(part)
    return out


def _ld_names(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str):
            names.extend(clean_author(item))
    return names


# ---------------------------------------------------------------- the record


def metadata(tree, ld: dict, dropped: list[bool], root: int, text_of) -> dict:
    """title, published, authors, site, language, url. text_of(i) is the visible text
    of element i (short elements only are asked for)."""
    m = _metas(tree.metas)
    meta: dict = {}

    lang = _clean(tree.html_lang) or m.get("content-language") or m.get("og:locale") or _clean(ld.get("inLanguage"))
    if lang:
        meta["language"] = re.split(r"[-_]", lang.strip())[0].lower() or None

    publisher = ld.get("publisher")
    site = (
        m.get("og:site_name")
        or (_clean(publisher.get("name")) if isinstance(publisher, dict) else None)
        or m.get("application-name")
    )
    meta["site"] = site

    title = m.get("og:title") or _clean(ld.get("headline")) or m.get("twitter:title")
    if title:
        title = strip_site_name(title, site) if site and site.casefold() in title.casefold() else title
    if not title and tree.h1:
        title = _clean(text_of(tree.h1[0]))
    if not title and tree.title:
        title = strip_site_name(" ".join(tree.title.split()), site) or None
    meta["title"] = title or None

    published = None
    for value in (
        ld.get("datePublished"),
        m.get("article:published_time"),
        m.get("og:published_time"),
        m.get("datepublished"),
        m.get("pubdate"),
        m.get("publishdate"),
        m.get("publish-date"),
        m.get("publish_date"),
        m.get("dc.date.issued"),
        m.get("dcterms.created"),
        m.get("parsely-pub-date"),
        m.get("sailthru.date"),
        m.get("date"),
        ld.get("dateCreated"),
    ):
        published = parse_printed_date(value) if isinstance(value, str) else None
        if published:
            break
    if not published:
        published = _time_element(tree, dropped)
    if not published:
        for i in tree.dated[:8]:
            if not _in_dropped_related(tree, dropped, i):
                value = tree.tags[i].get("datetime") or tree.tags[i].get("content")
                published = parse_printed_date(value) if isinstance(value, str) else None
                if not published:
                    text = text_of(i)
                    published = parse_printed_date(text) if text and len(text) <= 120 else None
                if published:
                    break
    meta["published"] = published

    authors = _ld_names(ld.get("author"))
    if not authors:
        for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"):
            value = m.get(key)
            if value and not value.startswith("http"):
                authors = clean_author(value)
                if authors:
                    break
    if not authors:
        for i in tree.bylines[:6]:
            if _in_dropped_related(tree, dropped, i):
                continue
            text = text_of(i)
            if text and len(text) <= 120:
                authors = clean_author(text)
                if authors:
                    break
    meta["authors"] = list(dict.fromkeys(authors))

    url = None
    for attrs in tree.links:
        rel = attrs.get("rel")
        rels = rel.split() if isinstance(rel, str) else rel or []
        if "canonical" in rels and _clean(attrs.get("href")):
            url = _clean(attrs.get("href"))
            break
    meta["url"] = url or m.get("og:url") or _clean(ld.get("url"))
    return meta


def _in_dropped_related(tree, dropped: list[bool], i: int) -> bool:
    """Inside a related-articles list or comments: its dates and names are not the article's."""
    while i > 0 and dropped[i]:  # dropped is inherited: only climb while inside furniture
        if dropped[i] and tree.mark[i] in ("related-links", "comments", "ad"):
            return True
        i = tree.parent[i]
    return False


def _time_element(tree, dropped: list[bool]) -> str | None:
    best = None
    for i in tree.times[:30]:
        tag = tree.tags[i]
        value = tag.get("datetime")
        if not isinstance(value, str):
            continue
        date = parse_printed_date(value)
        if not date or _in_dropped_related(tree, dropped, i):
            continue
        prop = tag.get("itemprop")
        if prop == "datePublished" or "publish" in str(tag.get("class") or "").casefold():
            return date
        best = best or date
    return best
