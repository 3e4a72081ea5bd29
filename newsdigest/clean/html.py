"""Stage 2 — clean a saved HTML page: visible text in reading order plus page metadata,
then the text cleaner, so text and HTML pages share one definition of furniture."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from newsdigest import lang

from newsdigest.clean.dates import parse_printed_date
from newsdigest.clean.text import clean_text, dateline_of
from newsdigest.model import Article, Removed

# Elements whose content is never visible article text.
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "canvas",
                   "button", "select", "input", "textarea", "form", "nav", "aside", "head")
_BLOCK_TAGS = frozenset(
    "address article blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr "
    "li main ol p pre section table tbody td tfoot th thead time tr ul caption summary details".split()
)
_TITLE_SEPARATORS = re.compile(r"\s(?:[|–—-]|::|»)\s")


def clean_html(html: str, source: str = "<html>") -> Article:
    from bs4 import BeautifulSoup  # lazy: only HTML inputs pay for the parser

    soup = BeautifulSoup(html, _parser())
    meta = _metadata(soup)
    removed: list[Removed] = []
    for tag in soup.find_all(_INVISIBLE_TAGS):
        if tag.name in ("nav", "aside", "form", "button"):
            text = " ".join(tag.get_text(" ").split())
            if text:
                removed.append(Removed(text=text[:200], reason="navigation" if tag.name == "nav" else tag.name))
        tag.decompose()
    # The page's own header and footer (masthead, menus, copyright), not an article's.
    for tag in soup.find_all(("header", "footer")):
        if tag.find_parent(("article", "main")) is None:
            text = " ".join(tag.get_text(" ").split())
            if text:
                removed.append(Removed(text=text[:200], reason="navigation"))
            tag.decompose()
    for tag in soup.find_all("figcaption"):
        text = " ".join(tag.get_text(" ").split())
        if text:
            removed.append(Removed(text=text[:200], reason="caption"))
        tag.decompose()
    _drop_by_name(soup, removed)
    for tag in soup.find_all(("ul", "ol")):
        if _is_link_list(tag):
            text = " ".join(tag.get_text(" ").split())
            inside = tag.find_parent(("article", "main")) is not None
            removed.append(Removed(text=text[:200], reason="related-links" if inside else "navigation"))
            tag.decompose()
    body = soup.body or soup
    article = clean_text(visible_text(body), source)
    article.removed = removed + article.removed
    title = meta.get("title")
    if title:
        # The text cleaner may have taken the <h1> as title; the page's own title wins,
        # and the <h1> line is not kept as body when it repeats it.
        if article.title and not _same(article.title, title):
            article.paragraphs.insert(0, article.title)
        article.title = title
        head = [p for p in article.paragraphs[:3] if _same(p, title)]
        for p in head:
            article.paragraphs.remove(p)
            article.removed.append(Removed(text=p, reason="duplicate"))
        article.dateline = dateline_of(article.paragraphs)
    article.published = meta.get("published") or article.published
    article.language = meta.get("language")
    article.url = meta.get("url")
    article.site = meta.get("site")
    article.authors = meta.get("authors") or []
    return article


def _parser() -> str:
    try:
        import lxml  # noqa: F401
    except ImportError:
        return "html.parser"
    return "lxml"


@lru_cache(maxsize=1)
def _furniture_names() -> dict[str, str]:
    """name part (casefolded) -> reason, from lang/common/html.yaml."""
    out: dict[str, str] = {}
    for reason, names in (lang.load("common", "html").get("drop_by_name") or {}).items():
        for name in names or []:
            out[str(name).casefold()] = reason
    return out


_NAME_PARTS = re.compile(r"[\s_-]+")
_ARTICLE_TAGS = ("article", "main", "h1")


def _name_reason(tag, names: dict[str, str]) -> str | None:
    for attr in ("class", "id", "role", "aria-label"):
        value = tag.get(attr)
        if not value:
            continue
        for token in (value if isinstance(value, list) else [value]):
            token = str(token).casefold()
            if token in names:
                return names[token]
            for part in _NAME_PARTS.split(token):
                if part in names:
                    return names[part]
    return None


def _drop_by_name(soup, removed: list[Removed]) -> None:
    """Drop elements named as furniture (class/id/role/aria-label), never one that holds
    the article itself. One walk with its own stack; a dropped element's subtree is not
    visited, and the tree is changed only after the walk."""
    from bs4 import Tag

    names = _furniture_names()
    drop = []
    stack = [soup]
    while stack:
        tag = stack.pop()
        if tag.name not in ("[document]", "html", "body", "article", "main"):
            reason = _name_reason(tag, names)
            if reason is not None and tag.find(_ARTICLE_TAGS) is None and len(tag.find_all("p", limit=5)) < 5:
                drop.append((tag, reason))
                continue
        stack.extend(child for child in reversed(tag.contents) if isinstance(child, Tag))
    for tag, reason in drop:
        text = " ".join(tag.get_text(" ").split())
        if text:
            removed.append(Removed(text=text[:200], reason=reason))
        tag.decompose()


def _is_link_list(tag) -> bool:
    """A list whose every item is just a link: a menu or a list of related headlines."""
    items = tag.find_all("li", recursive=False)
    if not items:
        return False
    for li in items:
        text = " ".join(li.get_text(" ").split())
        links = " ".join(" ".join(a.get_text(" ").split()) for a in li.find_all("a"))
        if not text or links != text:
            return False
    return True


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def visible_text(root) -> str:
    """The text under root with a line break around every block element. The walk uses
    its own stack: deeply nested markup must not exhaust the recursion limit."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    skip = (Comment, Declaration, Doctype, ProcessingInstruction)
    out: list[str] = []
    stack: list = [root]
    while stack:
        node = stack.pop()
        if node is None:  # the end of a block element
            out.append("\n")
        elif isinstance(node, NavigableString):
            if not isinstance(node, skip):
                out.append(str(node).replace("\n", " "))
        elif isinstance(node, Tag):
            if node.name in _BLOCK_TAGS:
                out.append("\n")
                stack.append(None)
            stack.extend(reversed(node.contents))
    return "".join(out)


def _metadata(soup) -> dict:
    meta: dict = {}

    def content(**attrs) -> str | None:
        tag = soup.find("meta", attrs=attrs)
        value = tag.get("content") if tag else None
        return " ".join(value.split()) if isinstance(value, str) and value.strip() else None

    ld = _json_ld(soup)
    html_tag = soup.find("html")
    lang = html_tag.get("lang") if html_tag else None
    if isinstance(lang, str) and lang.strip():
        meta["language"] = lang.strip().split("-")[0].lower()
    site = content(property="og:site_name")
    title = content(property="og:title") or ld.get("headline")
    if not title:
        h1 = soup.find("h1")
        title = " ".join(h1.get_text(" ").split()) if h1 else None
    if not title and soup.title and soup.title.string:
        title = _strip_site_name(" ".join(soup.title.string.split()), site)
    meta["title"] = title or None
    meta["site"] = site
    published = (
        ld.get("datePublished")
        or content(property="article:published_time")
        or content(name="pubdate")
        or content(name="date")
        or content(itemprop="datePublished")
    )
    if not published:
        t = soup.find("time", attrs={"datetime": True})
        published = t.get("datetime") if t else None
    meta["published"] = parse_printed_date(published) if isinstance(published, str) else None
    authors = ld.get("author")
    if isinstance(authors, dict):
        authors = [authors]
    names = [a.get("name") for a in authors if isinstance(a, dict)] if isinstance(authors, list) else []
    if not names and content(name="author"):
        names = [content(name="author")]
    meta["authors"] = [n for n in names if isinstance(n, str) and n.strip()]
    canonical = soup.find("link", rel="canonical")
    meta["url"] = (canonical.get("href") if canonical else None) or content(property="og:url")
    return meta


def _strip_site_name(title: str, site: str | None) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        if site and _same(parts[-1], site):
            return title[: title.rfind(parts[-1])].rstrip(" |–—-:»")
        return max(parts, key=len)
    return title


def _json_ld(soup) -> dict:
    """The first NewsArticle-like object of the page's JSON-LD, or {}."""
    for tag in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(tag.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                    return item
                if "@graph" in item:
                    stack.append(item["@graph"])
    return {}
