"""Dates printed on a page ("Isnin, 18 September 2023 10:12 AM", "Sep 18, 2023",
"18/09/2023", "2023-09-18T08:15:00+08:00") read into ISO dates."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from newsdigest import lang

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_YEAR = re.compile(r"\d{4}")  # every form below holds a four-digit year
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")  # day first: MY/ID/UK usage


# A day, a word and a year ("18 September 2023"), or a word, a day and a year ("Sep 18, 2023"):
# the word is a date's only when it names a month. One short pattern and a dict look-up
# cost far less to build than an alternation of every month name in every language.
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2})\s([^\W\d_]+)\.?,?\s(\d{4})(?!\d)")
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d_]+)\.?\s(\d{1,2}),?\s(\d{4})(?!\d)")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Casefolded month name or abbreviation -> month number, over every language."""
    months: dict[str, int] = {}
    for code in lang.LANGUAGES:
        for name, num in (lang.load(code, "time").get("months") or {}).items():
            months.setdefault(str(name).casefold(), int(num))
    return months


def month_number(word: str) -> int | None:
    """The month a word names ("Feb", "Februari", "February"), in any language, or None."""
    return _months().get(word.rstrip(".").casefold())


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_printed_date(text: str) -> str | None:
    """The first calendar date written in text, as YYYY-MM-DD, or None."""
    if _YEAR.search(text) is None:
        return None
    m = _ISO.search(text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    months = _months()
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = months.get(m.group(2).casefold())
        if month:
            return _iso(int(m.group(3)), month, int(m.group(1)))
    for m in _MONTH_DAY_YEAR.finditer(text):
        month = months.get(m.group(1).casefold())
        if month:
            return _iso(int(m.group(3)), month, int(m.group(2)))
    m = _NUMERIC.search(text)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None
