"""The values of the first two stages: load -> Page, clean -> Article.

What analysis makes from an Article (the Digest and its parts) is in ``newsdigest.digest``,
so a run that only cleans does not build those classes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

@dataclass
class Page:
    """A loaded input: decoded text or HTML, before any cleaning."""

    source: str
    content: str
    kind: str  # "text" or "html"
    encoding: str = "utf-8"
    url: str | None = None
    published: str | None = None  # from the record (JSONL input), if given


@dataclass
class Removed:
    """One line (or block) the cleaner dropped, and why."""

    text: str
    reason: str
    line: int | None = None  # 1-based line number in the input text, when known

    def to_dict(self) -> dict:
        return {"line": self.line, "reason": self.reason, "text": self.text}


@dataclass
class Article:
    """The cleaned article: what is left of a page once its furniture is gone."""

    source: str
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    dateline: str | None = None
    credits: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime, when the page says
    language: str | None = None  # from the page itself (HTML lang), if any
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    removed: list[Removed] = field(default_factory=list)

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
