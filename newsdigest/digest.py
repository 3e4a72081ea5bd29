"""What analysis makes of an Article: the Digest, its actors, places, events and quotes.

``Digest.to_dict()`` *is* the output schema: every renderer (YAML, JSON, JSONL, TSV, text)
starts from it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Bump when a key is added, renamed or changes type; documented in the README.
SCHEMA_VERSION = "1.0"

Span = tuple[int, int]


@dataclass
class Actor:
    name: str
    kind: str  # person | organisation | group
    roles: list[str] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    spans: list[Span] = field(default_factory=list)

    def to_dict(self, spans: bool = False) -> dict:
        d = {
            "name": self.name,
            "kind": self.kind,
            "roles": list(self.roles),
            "honorifics": list(self.honorifics),
            "aliases": list(self.aliases),
            "mentions": self.mentions,
        }
        if spans:
            d["spans"] = [list(s) for s in self.spans]
        return d


@dataclass
class Place:
    name: str
    kind: str  # country | state | region | city | town | landmark | other
    country: str | None = None  # ISO 3166-1 alpha-2
    canonical: str | None = None  # English name, when the gazetteer knows it
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    spans: list[Span] = field(default_factory=list)

    def to_dict(self, spans: bool = False) -> dict:
        d = {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "canonical": self.canonical,
            "aliases": list(self.aliases),
            "mentions": self.mentions,
        }
        if spans:
            d["spans"] = [list(s) for s in self.spans]
        return d


@dataclass
class When:
    text: str | None = None
    date: str | None = None  # ISO date
    start: str | None = None  # ranges ("selama empat hari")
    end: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "date": self.date, "start": self.start, "end": self.end}


@dataclass
class Event:
    type: str
    trigger: str
    text: str
    sentence: int
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    when: When = field(default_factory=When)
    source: str | None = None
    status: str = "reported"  # reported | planned | negated

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "trigger": self.trigger,
            "actors": list(self.actors),
            "places": list(self.places),
            "when": self.when.to_dict(),
            "status": self.status,
            "source": self.source,
            "sentence": self.sentence,
            "text": self.text,
        }


@dataclass
class Quote:
    speaker: str | None
    text: str
    verb: str | None = None
    sentence: int | None = None

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "text": self.text, "verb": self.verb, "sentence": self.sentence}


@dataclass
class Digest:
    source: str
    language: str | None = None
    title: str | None = None
    dateline: str | None = None
    credits: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    summary: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)
    text: str | None = None  # the analysed text; output only with mentions on
    with_mentions: bool = False
    notes: list[str] = field(default_factory=list)  # warnings for the user, on stderr; never in the output

    def to_dict(self) -> dict:
        """Exactly what the JSON output holds, in its key order."""
        spans = self.with_mentions
        d = {
            "schema": SCHEMA_VERSION,
            "source": self.source,
            "language": self.language,
            "title": self.title,
            "dateline": self.dateline,
            "credits": list(self.credits),
            "published": self.published,
            "url": self.url,
            "summary": list(self.summary),
            "actors": [a.to_dict(spans) for a in self.actors],
            "places": [p.to_dict(spans) for p in self.places],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "removed": dict(self.removed),
        }
        if spans:
            d["text"] = self.text
        return d
