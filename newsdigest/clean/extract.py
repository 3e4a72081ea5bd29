"""Main-content extraction for saved HTML pages.

One pass over the markup string drops what is never visible (scripts, styles, SVG,
comments, images) and keeps the JSON-LD blocks; the rest is parsed once with
BeautifulSoup + lxml and walked once, with an explicit stack, into a flat list of
events (element opened, text, element closed) in reading order. Every later step
works on that list and on per-element numbers computed from it in linear time:

* furniture is marked by tag (nav, aside, form, figcaption, the page's header and
  footer), by class/id/role/aria-label words (``lang/common/html.yaml``) and by being
  hidden; a mark on an element that holds most of the page's article text is a page
  wrapper, not furniture, and is lifted;
* the main block is chosen by evidence: the text of good paragraphs (long enough,
  few links) scored into their parents, link density, and the page's own claims
  (``<article>``, ``itemprop=articleBody``, body class names, JSON-LD ``articleBody``);
* the text of the chosen block is emitted with a line break around every block
  element, furniture and link lists inside it left out and recorded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsdigest import lang
from newsdigest.model import Removed

# ---------------------------------------------------------------- the markup pass

# Elements whose content is never article text: cut from the string before parsing.
_RAW = ("script", "style", "svg", "noscript", "template", "select", "textarea", "iframe", "object",
        "canvas", "video", "audio")
_VOID = ("img", "input", "source", "wbr", "embed", "area", "track", "param", "col")
_OPEN = re.compile(
    r"<(?:(%s)|(?:%s))(?=[\s/>])[^>]{0,4000}>|<!--" % ("|".join(_RAW), "|".join(_VOID)), re.IGNORECASE
)
_CLOSE = {name: re.compile(r"</%s\s*>" % name, re.IGNORECASE) for name in _RAW}
_GAP = re.compile(r">\s+<(/?)([A-Za-z][A-Za-z0-9]*)")
_TAG_NAME = re.compile(r"/?([A-Za-z][A-Za-z0-9]*)")

# Block elements: a line break before and after. Everything else (span, a, b, ...) is inline.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body br center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary "
    "table tbody td tfoot th thead tr ul caption title head meta link option legend iframe button label "
    "picture noscript".split()
)
_INLINE = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q s samp small span strike "
    "strong sub sup time tt u var br".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_PARA_MIN = 60  # characters of running text for a block to count as a paragraph
_CLAIM_MIN = 400  # paragraph characters for a claimed article block to outweigh furniture names
_LISTS = frozenset(("ul", "ol", "dl"))
_CELLS = frozenset(("td", "th"))
_LINK_LISTS = frozenset(("ul", "ol", "dl", "table"))
# Page-level elements whose class names describe the page ("has-sidebar"), never furniture.
_NEVER_FURNITURE = frozenset(("html", "body", "main", "[document]"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def prepare(html: str) -> tuple[str, list[str]]:
    """(markup without invisible elements, comments and images, JSON-LD block texts).

    Linear: every match is consumed once, and a tag whose closing tag is missing is
    not looked for again."""
    out: list[str] = []
    json_ld: list[str] = []
    unclosed: set[str] = set()
    comments = True
    pos = 0
    search = _OPEN.search
    while True:
        m = search(html, pos)
        if m is None:
            break
        start, end = m.span()
        raw = m.group(1)
        if raw is not None:
            name = raw.lower()
            if name in unclosed:
                out.append(html[pos:end])
                pos = end
                continue
            close = _CLOSE[name].search(html, end)
            if close is None:
                unclosed.add(name)
                out.append(html[pos:end])
                pos = end
                continue
            if name == "script" and "ld+json" in m.group(0).lower():
                json_ld.append(html[end:close.start()])
            end = close.end()
        elif m.group(0) == "<!--":
            close_at = html.find("-->", end) if comments else -1
            if close_at < 0:
                comments = False
                out.append(html[pos:end])
                pos = end
                continue
            end = close_at + 3
        out.append(html[pos:start])
        pos = end
    out.append(html[pos:])
    text = "".join(out)

    def gap(m: re.Match) -> str:
        # Whitespace next to a block tag is never visible: dropping it spares the parser
        # thousands of empty text nodes.
        if m.group(2).lower() in BLOCK_TAGS:
            return "><" + m.group(1) + m.group(2)
        before = text.rfind("<", 0, m.start())
        if before >= 0:
            name = _TAG_NAME.match(text, before + 1)
            if name and name.group(1).lower() in BLOCK_TAGS:
                return "><" + m.group(1) + m.group(2)
        return m.group(0)

    return _GAP.sub(gap, text), json_ld


def parse(markup: str):
    from bs4 import BeautifulSoup

    try:
        return BeautifulSoup(markup, "lxml", multi_valued_attributes=None)
    except Exception:  # lxml missing or refusing the markup
        return BeautifulSoup(markup, "html.parser", multi_valued_attributes=None)


# ---------------------------------------------------------------- furniture data


@dataclass(frozen=True)
class _Names:
    pattern: re.Pattern  # over "class id aria-label", casefolded
    reasons: dict[str, str]
    roles: dict[str, str]
    tags: dict[str, str]
    frame: frozenset[str]
    body: re.Pattern


def _word_alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def names() -> _Names:
    data = lang.load("common", "html")
    reasons: dict[str, str] = {}
    whole, anywhere = [], []
    for key, bucket in (("drop_by_name", whole), ("drop_by_substring", anywhere)):
        for reason, words in (data.get(key) or {}).items():
            for w in words or []:
                w = str(w).casefold()
                reasons.setdefault(w, reason)
                bucket.append(w)
    parts = []
    if whole:
        parts.append(r"(?<![a-z0-9])(?:%s)(?![a-z0-9])" % _word_alternation(whole))
    if anywhere:
        parts.append(r"(?:%s)" % _word_alternation(anywhere))
    roles = {str(r).casefold(): reason for reason, rs in (data.get("drop_by_role") or {}).items() for r in rs or []}
    tags = {str(t): reason for reason, ts in (data.get("drop_tags") or {}).items() for t in ts or []}
    body = [str(w).casefold() for w in data.get("body_names") or []]
    return _Names(
        pattern=re.compile("|".join(parts) or r"(?!)"),
        reasons=reasons,
        roles=roles,
        tags=tags,
        frame=frozenset(str(t) for t in data.get("page_frame_tags") or []),
        body=re.compile(r"(?<![a-z0-9])(?:%s)(?![a-z0-9])" % _word_alternation(body)) if body else re.compile(r"(?!)"),
    )


# ---------------------------------------------------------------- the walk


@dataclass
class PageTree:
    """The parsed page as a flat event list plus per-element facts, indexed by element."""

    events: list  # int i >= 0: element i opens; ~i: element i closes; str: text
    tags: list  # element i -> bs4 Tag
    names: list[str]
    parent: list[int]
    start: list[int]  # index of the open event
    end: list[int]  # index of the close event
    direct: list[int]  # characters of text directly inside
    direct_link: list[int]  # ... of which inside a link
    mark: list  # furniture reason, or None
    article_tags: list[int] = field(default_factory=list)
    body_named: list[int] = field(default_factory=list)
    itemprop_body: list[int] = field(default_factory=list)
    itemtype_article: list[int] = field(default_factory=list)  # itemtype=schema.org/NewsArticle...
    metas: list = field(default_factory=list)  # (attrs) of <meta>
    links: list = field(default_factory=list)  # attrs of <link>
    times: list[int] = field(default_factory=list)
    h1: list[int] = field(default_factory=list)
    bylines: list[int] = field(default_factory=list)  # author/byline-ish elements
    dated: list[int] = field(default_factory=list)  # date-ish elements (class/id/itemprop)
    title: str | None = None
    html_lang: str | None = None

    def claims(self) -> set[int]:
        """Elements the page itself marks as its article."""
        return set(self.article_tags) | set(self.itemprop_body) | set(self.body_named) | set(self.itemtype_article)


_BYLINE_ATTR = re.compile(r"(?<![a-z])(?:author|byline|writer|reporter|penulis)", re.IGNORECASE)
_ARTICLE_TYPE = re.compile(r"Article|BlogPosting|Report\b")
_DATE_ATTR = re.compile(r"date|time|publish|tanggal|tarikh", re.IGNORECASE)


def walk(soup) -> PageTree:
    from bs4 import NavigableString, Tag

    nm = names()
    pattern_search = nm.pattern.search
    reasons = nm.reasons
    roles = nm.roles
    drop_tags = nm.tags
    frame = nm.frame
    body_search = nm.body.search

    events: list = []
    tags: list = []
    tnames: list[str] = []
    parent: list[int] = []
    start: list[int] = []
    end: list[int] = []
    direct: list[int] = []
    direct_link: list[int] = []
    mark: list = []
    t = PageTree(events, tags, tnames, parent, start, end, direct, direct_link, mark)

    # Stack items: (node, parent index, inside a link, inside an article) or (None, i) to close i.
    stack: list = [(soup, -1, False, False)]
    pop = stack.pop
    push = stack.append
    while stack:
        item = pop()
        node = item[0]
        if node is None:
            i = item[1]
            end[i] = len(events)
            events.append(~i)
            continue
        kind = type(node)
        if kind is NavigableString:
            p = item[1]
            if p >= 0:
                n = len(node.strip())
                if n:
                    direct[p] += n
                    if item[2]:
                        direct_link[p] += n
                    events.append(node)
                elif node:
                    events.append(" ")
            continue
        if kind is not Tag and not isinstance(node, Tag):
            continue  # comments, doctypes, processing instructions
        i = len(tags)
        name = node.name
        tags.append(node)
        tnames.append(name)
        parent.append(item[1])
        start.append(len(events))
        end.append(0)
        direct.append(0)
        direct_link.append(0)
        events.append(i)
        in_link = item[2] or name == "a"
        in_article = item[3]
        attrs = node.attrs
        reason = None
        if attrs and name not in _NEVER_FURNITURE:
            cls = attrs.get("class")
            ident = attrs.get("id")
            label = attrs.get("aria-label")
            key = " ".join(v for v in (cls, ident, label) if isinstance(v, str))
            if key:
                key = key.casefold()
                m = pattern_search(key)
                if m:
                    reason = reasons.get(m.group(0), "navigation")
                if body_search(key):
                    t.body_named.append(i)
                if reason in (None, "navigation", "byline", "date"):
                    if _BYLINE_ATTR.search(key):
                        t.bylines.append(i)
                    elif _DATE_ATTR.search(key):
                        t.dated.append(i)
            role = attrs.get("role")
            if isinstance(role, str) and role.casefold() in roles:
                reason = reason or roles[role.casefold()]
            prop = attrs.get("itemprop")
            if isinstance(prop, str):
                if prop == "articleBody":
                    t.itemprop_body.append(i)
                    reason = None
                elif prop == "author":
                    t.bylines.append(i)
                    reason = reason or "byline"
                elif prop in ("datePublished", "dateModified", "dateCreated"):
                    t.dated.insert(0, i)
                    reason = reason or "date"
            kind = attrs.get("itemtype")
            if isinstance(kind, str) and _ARTICLE_TYPE.search(kind):
                t.itemtype_article.append(i)
            rel = attrs.get("rel")
            if isinstance(rel, str) and "author" in rel.split():
                t.bylines.append(i)
            if "hidden" in attrs or ("style" in attrs and _HIDDEN_STYLE.search(str(attrs["style"]))):
                reason = reason or "hidden"
        if name in drop_tags:
            reason = drop_tags[name] if name == "figcaption" or reason is None else reason
        elif name in frame:
            reason = "navigation"
        elif name == "article":
            t.article_tags.append(i)
            in_article = True
        elif name == "meta":
            t.metas.append(attrs)
        elif name == "link":
            t.links.append(attrs)
        elif name == "time":
            t.times.append(i)
        elif name == "h1":
            t.h1.append(i)
        elif name == "title":
            if t.title is None:
                t.title = node.get_text(" ")
            reason = ""
        elif name == "head":
            reason = ""
        elif name == "html" and t.html_lang is None:
            value = attrs.get("lang") or attrs.get("xml:lang")
            t.html_lang = value if isinstance(value, str) else None
        mark.append(reason)
        push((None, i))
        contents = node.contents
        if contents:
            stack.extend([(c, i, in_link, in_article) for c in reversed(contents)])
    return t


# ---------------------------------------------------------------- scoring and choice


def numbers(t: PageTree, dropped: list[bool]):
    """Per element: text, link text, paragraph text and local paragraph score, counting
    only what is not under a dropped element; and the paragraph elements in page order."""
    n = len(t.tags)
    parent, names_ = t.parent, t.names
    T = t.direct[:]
    L = t.direct_link[:]
    I = t.direct[:]
    IL = t.direct_link[:]
    G = [0] * n
    G2 = [0] * n  # paragraph text outside list items
    A = [0] * n  # <article> elements inside
    for a in t.article_tags:
        A[a] = 1
    R = [0.0] * n
    paragraphs: list[int] = []
    inline = _INLINE
    for i in range(n - 1, 0, -1):
        if dropped[i]:
            continue
        p = parent[i]
        name = names_[i]
        if name in inline:
            I[p] += I[i]
            IL[p] += IL[i]
        else:
            text = I[i] - IL[i]
            if I[i] >= _PARA_MIN and IL[i] * 3 <= I[i] or (name == "p" and text >= 25 and IL[i] * 2 <= I[i]):
                G[i] += text
                paragraphs.append(i)
                if name == "li":  # list items: teaser lists score less than running text
                    text /= 2
                else:
                    G2[i] += text
                R[p] += text
                gp = parent[p]
                if gp >= 0:
                    R[gp] += text / 2
        T[p] += T[i]
        L[p] += L[i]
        G[p] += G[i]
        G2[p] += G2[i]
        A[p] += A[i]
    paragraphs.reverse()
    return Numbers(T, L, G, G2, R, paragraphs, A)


@dataclass
class Numbers:
    T: list[int]  # visible text characters
    L: list[int]  # ... of which link text
    G: list[int]  # paragraph text (blocks of running text with few links)
    G2: list[int]  # ... outside list items
    R: list[float]  # paragraph text scored into parents (full) and grandparents (half)
    paragraphs: list[int]  # the paragraph elements, in page order
    A: list[int]  # <article> elements inside, self included (outside dropped furniture)


def _raw_good(t: PageTree) -> list[int]:
    """Paragraph text per element, furniture marks ignored: what a mark would take away."""
    n = len(t.tags)
    parent, names_ = t.parent, t.names
    I = t.direct[:]
    IL = t.direct_link[:]
    G = [0] * n
    inline = _INLINE
    for i in range(n - 1, 0, -1):
        p = parent[i]
        if names_[i] in inline:
            I[p] += I[i]
            IL[p] += IL[i]
        elif I[i] >= _PARA_MIN and IL[i] * 3 <= I[i]:
            G[i] += I[i] - IL[i]
        G[p] += G[i]
    return G


def settle_marks(t: PageTree, protect: set[int]) -> list[bool]:
    """dropped[i]: element i is furniture, or lies inside furniture.

    A furniture mark is lifted from an element that is mostly the article: one whose
    paragraph text is mostly that of a claimed article block inside it (``<article>``,
    ``itemprop=articleBody``, a body class name, or ``protect``) -- a page wrapper named
    "has-sidebar", an ``<article class="tag-news">``. With no such claim on the page, an
    element holding most of the page's paragraph text is taken to be a wrapper."""
    n = len(t.tags)
    if n == 0:
        return []
    raw = _raw_good(t)
    total = raw[0]
    claimed = [0] * n  # the largest claimed block's paragraph text inside each element
    for e in t.claims():
        if raw[e] >= _CLAIM_MIN:
            claimed[e] = raw[e]
    for e in protect:
        claimed[e] = max(raw[e], 1)
    parent = t.parent
    for i in range(n - 1, 0, -1):
        if claimed[i] > claimed[parent[i]]:
            claimed[parent[i]] = claimed[i]
    any_claim = claimed[0] > 0
    claims = t.claims() | protect
    above = [0] * n  # paragraph text of the nearest claimed block around each element
    dropped = [False] * n
    mark = t.mark
    for i in range(1, n):
        if dropped[parent[i]]:
            dropped[i] = True
            continue
        above[i] = raw[i] if i in claims and raw[i] >= _CLAIM_MIN else above[parent[i]]
        reason = mark[i]
        if reason is None:
            continue
        if reason == "":  # head, title: never text, never reported
            dropped[i] = True
            continue
        if claimed[i] and claimed[i] * 5 >= raw[i] * 2:
            mark[i] = None
            continue
        if above[i] and raw[i] * 5 >= above[i] * 3 and reason not in ("comments", "hidden"):
            mark[i] = None  # most of a claimed block: a wrapper inside it
            continue
        if not any_claim and total and raw[i] * 5 >= total * 3 and reason not in ("comments", "hidden"):
            mark[i] = None
            continue
        dropped[i] = True
    return dropped


def choose(t: PageTree, dropped: list[bool], num: Numbers, ld_root: int | None) -> int:
    """The main block: the best paragraph container by local score and link density,
    weighted by the page's own claims; then a claimed block around it or inside it."""
    n = len(t.tags)
    if n == 0:
        return 0
    T, L, G, R = num.T, num.L, num.G, num.R
    body = next((i for i in range(n) if t.names[i] == "body"), 0)
    bonus: dict[int, float] = {}
    for group, weight in ((t.article_tags, 1.3), (t.body_named, 1.5), (t.itemtype_article, 2.0), (t.itemprop_body, 2.0),
                          ([ld_root] if ld_root is not None else [], 3.0)):
        for e in group:
            bonus[e] = max(bonus.get(e, 1.0), weight)
    best, best_score = body, 0.0
    names_ = t.names
    for i in range(n):
        if R[i] <= 0 or dropped[i]:
            continue
        name = names_[i]
        if name in _INLINE:
            continue
        density = L[i] / T[i] if T[i] else 0.0
        score = R[i] * (1.0 - density) * bonus.get(i, 1.0)
        if name in _LISTS:
            score *= 0.5
        if num.A[i] > 1:  # several <article>s inside: a listing
            score *= 0.5
        if score > best_score:
            best, best_score = i, score
    if best_score <= 0:
        return body

    def inside(a: int, b: int) -> bool:  # a is b or lies inside b
        return t.start[b] <= t.start[a] <= t.end[b]

    def sane(e: int) -> bool:
        return not dropped[e] and T[e] > 0 and L[e] <= 0.4 * T[e]

    # The page's own claims, strongest first.
    evidence = [ld_root] if ld_root is not None else []
    evidence += t.itemprop_body + t.itemtype_article + t.body_named + t.article_tags
    for e in evidence:
        if not sane(e):
            continue
        if inside(best, e):
            # The claimed block holds the best one: take it unless it is far bigger
            # (a wrapper of the whole page column).
            if G[e] <= 1.6 * G[best] + 200:
                return _expand(t, e, num, ld_root)
        elif inside(e, best):
            if G[e] >= 0.7 * G[best]:
                return _expand(t, e, num, ld_root)
    return _expand(t, best, num, ld_root)


def _expand(t: PageTree, i: int, num: Numbers, ld_root: int | None) -> int:
    """Go up while the parent adds running text at low link density: the article split
    into sibling blocks (a lead paragraph apart from the rest). Never past a block the
    page claims as the article, nor into a parent holding another <article>."""
    T, L, G, G2 = num.T, num.L, num.G, num.G2
    names_, parent = t.names, t.parent
    stops = set(t.itemprop_body) | set(t.article_tags) | set(t.itemtype_article)
    if ld_root is not None:
        stops.add(ld_root)
    while i not in stops:
        p = parent[i]
        if p <= 0 or names_[p] in _NEVER_FURNITURE:
            return i
        if num.A[p] > num.A[i] and names_[i] != "article" or num.A[p] > num.A[i] + 1:
            return i  # the parent holds another <article>
        extra_t = T[p] - T[i]
        if extra_t <= 0:
            i = p  # a thin wrapper
            continue
        extra_g = G2[p] - G2[i]
        extra_l = L[p] - L[i]
        if extra_g >= 0.6 * (extra_t - extra_l) and extra_l <= 0.1 * extra_t and extra_g >= 0.1 * G[i]:
            i = p
            continue
        return i
    return i


# ---------------------------------------------------------------- emitting text


def snippet(t: PageTree, i: int, limit: int = 200) -> str:
    """The first ``limit`` characters of element i's text, blocks apart by spaces."""
    out, size = [], 0
    events, names_ = t.events, t.names
    block = BLOCK_TAGS
    for k in range(t.start[i] + 1, t.end[i]):
        e = events[k]
        if type(e) is int:
            if names_[e if e >= 0 else ~e] in block:
                out.append(" ")
        else:
            out.append(e)
            size += len(e)
            if size > limit * 2:
                break
    return " ".join("".join(out).split())[:limit]


def common_ancestor(t: PageTree, a: int, b: int) -> int:
    start, end, parent = t.start, t.end, t.parent
    while not (start[a] <= start[b] <= end[a]):
        a = parent[a]
    return a


def emit(t: PageTree, root: int, dropped: list[bool], num: Numbers) -> tuple[str, list[Removed]]:
    """The text of element root, one block per line (a table row is one line, its cells
    apart by spaces); and the blocks left out: furniture, link lists, rows of links."""
    events, names_, start, end, mark = t.events, t.names, t.start, t.end, t.mark
    T, L, G = num.T, num.L, num.G
    removed: list[Removed] = []
    lines: list[str] = []
    line: list[str] = []
    size = link_size = links = in_link = 0

    def flush() -> None:
        nonlocal size, link_size, links
        if line:
            text = " ".join("".join(line).split())
            if text:
                if links >= 3 and link_size * 10 >= size * 7:
                    removed.append(Removed(text=text[:200], reason="related-links"))
                else:
                    lines.append(text)
            line.clear()
        size = link_size = links = 0

    def boundary(name: str) -> None:
        """A block element opens or closes: a table cell only puts a space between cells."""
        if name in _CELLS:
            line.append(" ")
        else:
            flush()

    k, stop = start[root] + 1, end[root]
    block = BLOCK_TAGS
    while k < stop:
        e = events[k]
        if type(e) is int:
            if e >= 0:
                name = names_[e]
                reason = None
                if dropped[e]:
                    reason = mark[e] if mark[e] else None
                    if reason is None:
                        k = end[e] + 1
                        continue
                elif T[e] and G[e] == 0 and name not in _INLINE and name not in _HEADINGS:
                    if L[e] * 2 > T[e] and (name in _LINK_LISTS or L[e] * 10 >= T[e] * 9 or T[e] > 80):
                        reason = "related-links"
                if reason is not None:
                    text = snippet(t, e)
                    if text:
                        removed.append(Removed(text=text, reason=reason))
                    k = end[e] + 1
                    if name not in _INLINE:
                        flush()
                    continue
                if name == "a":
                    in_link += 1
                    links += 1
                elif name in block:
                    boundary(name)
            else:
                name = names_[~e]
                if name == "a":
                    in_link -= 1
                elif name in block:
                    boundary(name)
        else:
            line.append(e)
            size += len(e)
            if in_link:
                link_size += len(e)
        k += 1
    flush()
    return "\n".join(lines), removed


def outside(t: PageTree, root: int, dropped: list[bool], inside: list[Removed]) -> list[Removed]:
    """Everything left out, in page order: furniture outside the chosen block (one entry
    per marked element), the rest of the page outside it (one entry per line), and the
    entries of ``inside`` where the block sat."""
    removed: list[Removed] = []
    events, start, end, mark, names_ = t.events, t.start, t.end, t.mark, t.names
    k, n_events = 0, len(events)
    r0, r1 = start[root], end[root]
    chunk: list[str] = []

    def flush() -> None:
        text = " ".join("".join(chunk).split())
        if text:
            removed.append(Removed(text=text[:200], reason="outside-article"))
        chunk.clear()

    while k < n_events:
        if k == r0:
            flush()
            removed.extend(inside)
            k = r1 + 1
            continue
        e = events[k]
        if type(e) is int:
            if e >= 0 and mark[e] is not None and dropped[e]:
                if mark[e]:
                    flush()
                    text = snippet(t, e)
                    if text:
                        removed.append(Removed(text=text, reason=mark[e]))
                k = end[e] + 1  # never the chosen block's ancestor: that one is not dropped
                continue
            if names_[e if e >= 0 else ~e] in BLOCK_TAGS:
                if sum(len(c) for c in chunk) > 0:
                    flush()
        else:
            chunk.append(e)
        k += 1
    flush()
    return removed
