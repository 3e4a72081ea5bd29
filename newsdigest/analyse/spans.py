"""Mentions of actors or places, sorted by offset, for "which lie inside this stretch"."""
from __future__ import annotations

import bisect


COVER_LOOKBACK = 4  # mentions opening before a stretch that covers() looks at


class SpanIndex:
    """Every span of every entity as (start, end, entity), in text order (longer first on a tie)."""

    def __init__(self, entities: list):
        self.items = sorted(((s, e, x) for x in entities for s, e in x.spans or []), key=lambda t: (t[0], -t[1]))
        self.starts = [t[0] for t in self.items]

    def covers(self, start: int, end: int) -> bool:
        """Does a mention hold all of [start, end)? (Mentions barely overlap: the few that
        open nearest before start are the only ones that may.)"""
        i = bisect.bisect_right(self.starts, start) - 1
        for k in range(i, max(-1, i - COVER_LOOKBACK), -1):
            if self.items[k][1] >= end:
                return True
        return False

    def inside(self, start: int, end: int) -> list:
        """The mentions that lie wholly within [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i][0] < end:
            if self.items[i][1] <= end:
                out.append(self.items[i])
            i += 1
        return out
