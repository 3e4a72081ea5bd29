"""Counts across a file of digests (``batch`` or ``summarise --format jsonl`` output):
who, where and what was in the news.

    actors  -- merged by name (case and spacing aside): articles naming them, mentions
    places  -- merged by canonical name (else name) and country
    events  -- by event type: events, articles
    types   -- by record and kind (actor/person, place/city, event/flood, ...)

Rows are sorted by the number of articles, then mentions (or events), then name.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

BY = ("actors", "places", "events", "types")
COLUMNS = {
    "actors": ("name", "kind", "articles", "mentions"),
    "places": ("name", "country", "kind", "articles", "mentions"),
    "events": ("type", "events", "articles"),
    "types": ("record", "kind", "count", "articles"),
}


@dataclass
class _Tally:
    articles: int = 0
    count: int = 0  # mentions, events or items
    names: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    last_article: int = -1

    def add(self, article: int, count: int, name: str | None = None, kind: str | None = None) -> None:
        if article != self.last_article:
            self.articles += 1
            self.last_article = article
        self.count += count
        if name:
            self.names[name] += 1
        if kind:
            self.kinds[kind] += 1


def read_digests(streams: Iterable[IO[str]], bad: list | None = None) -> Iterator[dict]:
    """Every digest object in the streams; lines that are not one (a truncated last line,
    a header) are passed over and, when ``bad`` is given, counted in it."""
    for stream in streams:
        for line in stream:
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                d = None
            if not isinstance(d, dict) or not isinstance(d.get("actors"), list):
                if bad is not None:
                    bad.append(line[:80])
                continue
            yield d


def _key(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _within(d: dict, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    day = (d.get("published") or "")[:10]
    if not day:
        return False
    return (not since or day >= since) and (not until or day <= until)


def count(digests: Iterable[dict], by: str = "actors", since: str | None = None,
          until: str | None = None) -> list[dict]:
    """The rows for ``by``, most frequent first."""
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}")
    tallies: dict = {}

    def tally(key) -> _Tally:
        t = tallies.get(key)
        if t is None:
            t = tallies[key] = _Tally()
        return t

    for n, d in enumerate(digests):
        if not _within(d, since, until):
            continue
        if by == "actors":
            for a in d.get("actors") or []:
                if isinstance(a, dict) and a.get("name"):
                    tally(_key(a["name"])).add(n, int(a.get("mentions") or 1), a["name"], a.get("kind"))
        elif by == "places":
            for p in d.get("places") or []:
                if isinstance(p, dict) and (p.get("canonical") or p.get("name")):
                    label = p.get("canonical") or p["name"]
                    tally((_key(label), p.get("country"))).add(n, int(p.get("mentions") or 1), label, p.get("kind"))
        elif by == "events":
            for e in d.get("events") or []:
                if isinstance(e, dict) and e.get("type"):
                    tally(e["type"]).add(n, 1)
        else:
            for record, items in (("actor", d.get("actors")), ("place", d.get("places")),
                                  ("event", d.get("events"))):
                for item in items or []:
                    if isinstance(item, dict):
                        kind = item.get("type") if record == "event" else item.get("kind")
                        tally((record, kind or "")).add(n, 1)

    rows = []
    for key, t in tallies.items():
        if by == "actors":
            rows.append({"name": _common(t.names), "kind": _common(t.kinds), "articles": t.articles,
                         "mentions": t.count})
        elif by == "places":
            rows.append({"name": _common(t.names), "country": key[1], "kind": _common(t.kinds),
                         "articles": t.articles, "mentions": t.count})
        elif by == "events":
            rows.append({"type": key, "events": t.count, "articles": t.articles})
        else:
            rows.append({"record": key[0], "kind": key[1], "count": t.count, "articles": t.articles})
    second = {"actors": "mentions", "places": "mentions", "events": "events", "types": "count"}[by]
    first_col = COLUMNS[by][0]
    rows.sort(key=lambda r: (-r["articles"], -r[second], str(r[first_col]).casefold(), str(r.get("kind") or "")))
    return rows


def _common(counter: Counter) -> str | None:
    """The most frequent value; ties go to the first in sorted order (stable output)."""
    if not counter:
        return None
    best = max(counter.values())
    return sorted(v for v, c in counter.items() if c == best)[0]


def render(rows: list[dict], by: str, fmt: str = "tsv", header: bool = True) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    cols = COLUMNS[by]
    out = ["\t".join(cols) + "\n"] if header else []
    for r in rows:
        out.append("\t".join("" if r[c] is None else " ".join(str(r[c]).split()) for c in cols) + "\n")
    return "".join(out)
