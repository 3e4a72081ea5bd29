"""The summary: 1-3 sentences chosen from the article (never generated).

The lead (the first sentence of the body) comes first: news is written lead first. The
others are the body sentences that carry the most weight: each actor counts by how often
the article names it, each event by its actors and places, and a sentence that repeats
the actors already chosen counts less. The chosen sentences are given in story order,
without the dateline.
"""
from __future__ import annotations

from newsdigest.analyse.sentences import Sentence
from newsdigest.digest import Actor, Event

MIN_WORDS = 5
MAX_WORDS = 60
DASHES = ("-", "–", "—", ":")


def choose_summary(text: str, sentences: list[Sentence], actors: list[Actor], events: list[Event],
                   n: int = 3, has_title: bool = True) -> list[str]:
    """Up to ``n`` (at most 3) sentences: the lead, then the most salient ones."""
    n = max(0, min(n, 3))
    if n == 0 or not sentences:
        return []
    title_block = sentences[0].block if has_title else None
    body = [s for s in sentences if s.block != title_block and not s.dateline and MIN_WORDS <= _words(s) <= MAX_WORDS]
    if not body:
        body = [s for s in sentences if s.block != title_block and not s.dateline and _words(s) >= 3]
    if not body:
        return []
    weight = _actor_weights(actors)
    owners = _owners(sentences, actors)
    event_at: dict[int, float] = {}
    for ev in events:
        event_at[ev.sentence] = event_at.get(ev.sentence, 0.0) + 1.0 + 0.5 * len(ev.actors) + 0.3 * len(ev.places)
    lead = body[0]
    chosen = [lead]
    covered = set(owners.get(lead.index, ()))
    rest = body[1:]
    while len(chosen) < n and rest:
        def score(s: Sentence) -> float:
            names = owners.get(s.index, set())
            fresh = names - covered
            return (sum(weight.get(a, 0.0) for a in fresh) + 0.3 * sum(weight.get(a, 0.0) for a in names & covered)
                    + event_at.get(s.index, 0.0) - 0.02 * s.index - (1.0 if _quoted(s) else 0.0))

        best = max(rest, key=lambda s: (score(s), -s.index))
        if score(best) <= 0:
            break
        chosen.append(best)
        covered |= owners.get(best.index, set())
        rest = [s for s in rest if s is not best]
    chosen.sort(key=lambda s: s.index)
    return [s.text for s in chosen]


def _words(s: Sentence) -> int:
    return sum(1 for t in s.tokens if t.is_word)


def _quoted(s: Sentence) -> bool:
    return s.text[:1] in "\"“'‘"


def _actor_weights(actors: list[Actor]) -> dict[str, float]:
    total = sum(max(a.mentions, len(a.spans or [])) for a in actors) or 1
    return {a.name: max(a.mentions, len(a.spans or [])) / total * 10 for a in actors}


def _owners(sentences: list[Sentence], actors: list[Actor]) -> dict[int, set[str]]:
    """Sentence index -> names of the actors mentioned in it."""
    starts = [s.start for s in sentences]
    out: dict[int, set[str]] = {}
    import bisect

    for a in actors:
        for s, _ in a.spans or []:
            i = bisect.bisect_right(starts, s) - 1
            if i >= 0:
                out.setdefault(sentences[i].index, set()).add(a.name)
    return out
