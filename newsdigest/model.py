"""The values of the first two stages: load -> Page, clean -> Article.

What analysis makes from an Article (the Digest and its parts) is in ``newsdigest.digest``,
so a run that only cleans does not build those classes.
"""
from __future__ import annotations


class _Plain:
    """Plain values compared and printed field by field, as dataclasses are. (Written out:
    making dataclasses costs milliseconds of every run's import.)"""

    _fields: tuple[str, ...] = ()
    __hash__ = None  # mutable values: not hashable, as an eq dataclass

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(getattr(self, name) for name in self._fields) == tuple(getattr(other, name) for name in self._fields)

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{self.__class__.__qualname__}({values})"


class Page(_Plain):
    """A loaded input: decoded text or HTML, before any cleaning."""

    _fields = ("source", "content", "kind", "encoding", "url", "published")

    def __init__(self, source: str, content: str, kind: str, encoding: str = "utf-8",
                 url: str | None = None, published: str | None = None) -> None:
        self.source = source
        self.content = content
        self.kind = kind  # "text" or "html"
        self.encoding = encoding
        self.url = url
        self.published = published  # from the record (JSONL input), if given


class Removed(_Plain):
    """One line (or block) the cleaner dropped, and why."""

    _fields = ("text", "reason", "line")

    def __init__(self, text: str, reason: str, line: int | None = None) -> None:
        self.text = text
        self.reason = reason
        self.line = line  # 1-based line number in the input text, when known

    def to_dict(self) -> dict:
        return {"line": self.line, "reason": self.reason, "text": self.text}


class Article(_Plain):
    """The cleaned article: what is left of a page once its furniture is gone."""

    _fields = ("source", "title", "paragraphs", "dateline", "credits", "published", "language", "url",
               "authors", "site", "removed")

    def __init__(self, source: str, title: str | None = None, paragraphs: list[str] | None = None,
                 dateline: str | None = None, credits: list[str] | None = None, published: str | None = None,
                 language: str | None = None, url: str | None = None, authors: list[str] | None = None,
                 site: str | None = None, removed: list[Removed] | None = None) -> None:
        self.source = source
        self.title = title
        self.paragraphs = [] if paragraphs is None else paragraphs
        self.dateline = dateline
        self.credits = [] if credits is None else credits
        self.published = published  # ISO date (YYYY-MM-DD) or datetime, when the page says
        self.language = language  # from the page itself (HTML lang), if any
        self.url = url
        self.authors = [] if authors is None else authors
        self.site = site
        self.removed: list[Removed] = [] if removed is None else removed

    @property
    def text(self) -> str:
        """The cleaned text that analysis reads and `--mentions` offsets point into:
        the title, then the paragraphs, separated by blank lines."""
        blocks = ([self.title] if self.title else []) + self.paragraphs
        return "\n\n".join(blocks)

    def removed_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self.removed:
            counts[r.reason] = counts.get(r.reason, 0) + 1
        return dict(sorted(counts.items()))
