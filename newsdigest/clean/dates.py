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


@lru_cache(maxsize=1)
def _month_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    months: dict[str, int] = {}
    for code in lang.LANGUAGES:
        for name, num in (lang.load(code, "time").get("months") or {}).items():
            months.setdefault(str(name).casefold(), int(num))
    alt = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    day_month_year = re.compile(rf"(?<!\d)(\d{{1,2}})\s(?:{alt})\.?,?\s(\d{{4}})(?!\d)", re.IGNORECASE)
    month_day_year = re.compile(rf"\b(?:{alt})\.?\s(\d{{1,2}}),?\s(\d{{4}})(?!\d)", re.IGNORECASE)
    return day_month_year, month_day_year, months


def _month_of(matched: str, months: dict[str, int]) -> int | None:
    for word in re.findall(r"[^\W\d_]+", matched):
        if word.casefold() in months:
            return months[word.casefold()]
    return None


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
    dmy, mdy, months = _month_patterns()
    m = dmy.search(text)
    if m:
        month = _month_of(m.group(0), months)
        return _iso(int(m.group(2)), month, int(m.group(1))) if month else None
    m = mdy.search(text)
    if m:
        month = _month_of(m.group(0), months)
        return _iso(int(m.group(2)), month, int(m.group(1))) if month else None
    m = _NUMERIC.search(text)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None
