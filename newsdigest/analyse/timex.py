"""Time expressions: find them in a sentence and resolve them against the publication date.

Two passes over a sentence's tokens, both left to right with a bounded look-ahead, so the
work is linear in the text:

1. *Lexemes*: each token (or a phrase of a few tokens: "hari ini", "yang lalu", "last
   night") becomes a lexeme with the categories the language pack gives it (``day``,
   ``month``, ``unit``, ``past``...). Numbers and numeric dates ("29/7/2019") are
   recognised by their shape.
2. *Grammar*: a handful of patterns over lexemes build a ``Timex`` — what was written
   (offsets and text) and what it means (a small dict). ``resolve`` turns the meaning
   into a ``When`` with ISO dates, given the publication date. Two times joined by a
   range word ("hingga") or of one kind joined by "dan" make one range. A period named by
   what happened in it ("ketika tempoh pandemik Covid-19") and a time counted from an
   earlier happening ("selepas setahun") place a happening but have no date.

Every word comes from ``lang/<lang>/time.yaml``.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from newsdigest.analyse.sentences import Token, tokenise
from newsdigest.digest import When

MAX_PHRASE = 4  # longest phrase (in tokens) a lexicon entry may have

# Lexicon keys read from time.yaml, each a category of lexeme.
_LIST_KEYS = ("day_parts", "past", "future", "current", "year_words", "duration_words", "range_words",
              "some", "vague", "clock", "after_words", "later", "period_words", "periods", "and_words",
              "near")
_MAP_KEYS = ("days", "months", "relative_days", "units", "single_units", "numbers", "part_of")


@dataclass
class Timex:
    """One time expression: where it is, what it says, and what it means."""

    start: int
    end: int
    text: str
    kind: str  # date | weekday | relday | unit | ago | month | year | duration | vague | near | range | after
    #            | period
    value: dict = field(default_factory=dict)

    @property
    def is_duration(self) -> bool:
        return self.kind == "duration"

    @property
    def specificity(self) -> int:
        """How precisely it places a happening (to choose between several in one clause)."""
        return {"date": 6, "weekday": 6, "relday": 6, "range": 5, "ago": 5, "month": 4, "unit": 4,
                "year": 3, "period": 3, "after": 2, "near": 1, "duration": 1, "vague": 0}.get(self.kind, 0)


@dataclass
class _Lexeme:
    start: int
    end: int
    text: str  # as written
    cats: dict  # category -> value
    capitalised: bool = False

    def has(self, cat: str) -> bool:
        return cat in self.cats


# ---------------------------------------------------------------------------------------
# Language data

@dataclass
class _Pack:
    phrases: dict  # tuple of casefolded words -> {category: value}
    longest: int


@lru_cache(maxsize=None)
def _pack(lang: str) -> _Pack:
    from newsdigest.lang import load

    data = load(lang, "time") if lang in ("ms", "id", "en") else {}
    phrases: dict[tuple[str, ...], dict] = {}

    def add(phrase: str, cat: str, value) -> None:
        key = tuple(t.lower for t in tokenise(str(phrase)))
        if key:
            phrases.setdefault(key, {})[cat] = value

    for key in _MAP_KEYS:
        for name, value in (data.get(key) or {}).items():
            add(name, key, value)
    for key in _LIST_KEYS:
        for name in data.get(key) or []:
            add(name, key, True)
    longest = max((len(k) for k in phrases), default=1)
    return _Pack(phrases, min(longest, MAX_PHRASE))


def _lexemes(text: str, tokens: list[Token], lang: str) -> list[_Lexeme]:
    pack = _pack(lang)
    out: list[_Lexeme] = []
    k = 0
    n = len(tokens)
    while k < n:
        best = None
        for size in range(min(pack.longest, n - k), 0, -1):
            key = tuple(t.lower for t in tokens[k:k + size])
            cats = pack.phrases.get(key)
            if cats is not None:
                best = (size, dict(cats))
                break
        tok = tokens[k]
        if best is None:
            size, cats = 1, _shape(tok.text)
        else:
            size, cats = best
            if size == 1:
                cats.update(_shape(tok.text))
        end_tok = tokens[k + size - 1]
        out.append(_Lexeme(tok.start, end_tok.end, text[tok.start:end_tok.end], cats, tok.text[:1].isupper()))
        k += size
    return out


def _shape(word: str) -> dict:
    """Categories a token has by its shape: a number, a year, a numeric date, a decade."""
    if word.isascii() and word.isdigit():
        v = int(word)
        cats: dict = {"num": v}
        if len(word) == 4 and 1900 <= v <= 2100:
            cats["year"] = v
        return cats
    if "/" in word:
        parts = word.split("/")
        if 2 <= len(parts) <= 3 and all(p.isascii() and p.isdigit() and len(p) <= 4 for p in parts):
            d, m = int(parts[0]), int(parts[1])
            y = int(parts[2]) if len(parts) == 3 else None
            if y is not None and len(parts[2]) == 2:
                y += 2000
            elif y is not None and y < 1000:
                return {}
            if 1 <= d <= 31 and 1 <= m <= 12:
                return {"numdate": (y, m, d)}
        return {}
    if word.casefold().endswith("-an") and word[:4].isascii() and word[:4].isdigit() and len(word) == 7:
        return {"decade": int(word[:4])}
    return {}


# ---------------------------------------------------------------------------------------
# Grammar

def find_times(text: str, tokens: list[Token], lang: str) -> list[Timex]:
    """Every time expression among ``tokens`` (offsets into ``text``), in order."""
    lex = _lexemes(text, tokens, lang)
    out: list[Timex] = []
    k = 0
    while k < len(lex):
        got = _parse_one(lex, k, lang)
        if got is None:
            k += 1
            continue
        end, kind, value = got
        # A part of the day after a day: "kemarin sore", "Sabtu pagi", "Monday night".
        if kind in ("relday", "weekday", "date") and end < len(lex) and lex[end].has("day_parts") \
                and not lex[end].has("relative_days"):
            end += 1
        # A range: "Ahad hingga Sabtu ini", "2017 hingga 2021"; two times of one kind joined:
        # "1980-an dan 1990-an" (from the first to the second).
        if end < len(lex) and (lex[end].has("range_words") or lex[end].has("and_words")) \
                and kind not in ("duration", "period", "after", "vague", "near"):
            nxt = _parse_one(lex, end + 1, lang)
            if nxt is not None and nxt[1] not in ("duration", "vague", "near", "period", "after") and (
                    lex[end].has("range_words") or nxt[1] == kind):
                first = _make(text, lex, k, end, kind, value)
                second = _make(text, lex, end + 1, nxt[0], nxt[1], nxt[2])
                value = {"from": first, "to": second}
                kind, end = "range", nxt[0]
        out.append(_make(text, lex, k, end, kind, value))
        k = end
    return out


def _make(text: str, lex: list[_Lexeme], k: int, end: int, kind: str, value: dict) -> Timex:
    s, e = lex[k].start, lex[end - 1].end
    return Timex(s, e, text[s:e], kind, value)


def _rel(lx: _Lexeme | None) -> str | None:
    if lx is None:
        return None
    for cat in ("past", "future", "current"):
        if lx.has(cat):
            return cat
    return None


def _parse_one(lex: list[_Lexeme], k: int, lang: str):
    """(end index, kind, value) of the expression starting at lexeme k, or None."""
    n = len(lex)
    if k >= n:
        return None

    def at(i: int) -> _Lexeme | None:
        return lex[i] if 0 <= i < n else None

    cur = lex[k]
    prefix_rel = None
    i = k
    # English puts the relation first: "last week", "next Monday", "this month".
    if lang == "en" and _rel(cur) and at(k + 1) is not None:
        prefix_rel = _rel(cur)
        i = k + 1
    part = None
    if at(i) is not None and at(i).has("part_of") and at(i + 1) is not None:
        part = at(i).cats["part_of"]
        i += 1
        if lang == "en" and _rel(at(i)) and at(i + 1) is not None:
            prefix_rel = _rel(at(i))
            i += 1
    lx = at(i)
    if lx is None:
        return None

    # A period named by what happened in it: "ketika tempoh pandemik Covid-19", "semasa PKP 1.0",
    # "during the pandemic". It places a happening, but has no date of its own.
    if lx.has("period_words") and not prefix_rel and not part:
        got = _period(lex, i)
        if got is not None:
            return got, "period", {}
    # After an amount of time, counted from an earlier happening: "selepas setahun", "after a year".
    if lx.has("after_words") and not prefix_rel and not part:
        amount = _amount(lex, i + 1)
        if amount is not None:
            end, unit, count = amount
            return end, "after", {"unit": unit, "n": count}

    # Parts of a day: "pagi Sabtu", "petang kelmarin", "malam ini", "pukul 5 petang tadi".
    if not prefix_rel and not part:
        if lx.has("clock") and at(i + 1) is not None and "num" in at(i + 1).cats:
            j = i + 2
            if at(j) is not None and at(j).text == "." and at(j + 1) is not None and "num" in at(j + 1).cats:
                j += 2
            if at(j) is not None and at(j).has("day_parts"):
                j += 1
            tail = _parse_one(lex, j, lang) if j < n else None
            if tail is not None and tail[1] in ("relday", "weekday", "date"):
                return tail[0], tail[1], tail[2]
            if at(j) is not None and at(j).has("current"):
                return j + 1, "relday", {"offset": 0}
            return None
        if lx.has("day_parts") and not lx.has("relative_days") and at(i + 1) is not None:
            nxt = at(i + 1)
            if nxt.has("current"):
                return i + 2, "relday", {"offset": 0}
            if nxt.has("relative_days") or (nxt.has("days") and nxt.capitalised):
                tail = _parse_one(lex, i + 1, lang)
                if tail is not None:
                    return tail
            return None

    if lx.has("vague") and not lx.has("units") and not prefix_rel and not part:
        return i + 1, "vague", {}
    if lx.has("near") and not lx.has("units") and not prefix_rel and not part:
        return i + 1, "near", {}

    if lx.has("relative_days") and not prefix_rel and not part:
        return i + 1, "relday", {"offset": int(lx.cats["relative_days"])}

    # A day name: "Isnin", "Senin (29/7/2019)", "Kamis, 13 Juni 2019", "Rabu lalu", "last Monday".
    if lx.has("days") and lx.capitalised and not (lx.has("units") and _rel(at(i + 1))) and not part:
        if len(lx.text) <= 3 and not (at(i + 1) is not None and at(i + 1).text in ",("):
            return None  # "Sun", "Sat": only as part of a printed date
        weekday = int(lx.cats["days"])
        j = i + 1
        if at(j) is not None and at(j).text == "(" and at(j + 1) is not None and at(j + 1).has("numdate") \
                and at(j + 2) is not None and at(j + 2).text == ")":
            y, m, d = at(j + 1).cats["numdate"]
            return j + 3, "date", {"y": y, "m": m, "d": d, "weekday": weekday}
        if at(j) is not None and at(j).text == "(":
            inner = _parse_calendar_date(lex, j + 1, lang)
            if inner is not None and inner[1] == "date" and at(inner[0]) is not None and at(inner[0]).text == ")":
                return inner[0] + 1, "date", dict(inner[2], weekday=weekday)
        # "Jumaat minggu lalu", "Isnin minggu depan": a day of another week.
        if at(j) is not None and at(j).has("units") and at(j).cats["units"] == "week" and _rel(at(j + 1)):
            n = {"past": -1, "future": 1, "current": 0}[_rel(at(j + 1))]
            return j + 2, "weekday", {"weekday": weekday, "week": n}
        jj = j + 1 if at(j) is not None and at(j).text == "," else j
        full = _parse_calendar_date(lex, jj, lang)
        if full is not None:
            end, kind, value = full
            value = dict(value, weekday=weekday)
            return end, kind, value
        rel = prefix_rel or _rel(at(j))
        if rel and not prefix_rel:
            j += 1
        return j, "weekday", {"weekday": weekday, "rel": rel}

    got = _parse_calendar_date(lex, i, lang)
    if got is not None and not part and not prefix_rel:
        return got

    # A month on its own, placed by what follows: "Maret lalu", "Oktober tahun lalu", "Mei ini".
    if lx.has("months") and lx.capitalised:
        month = int(lx.cats["months"])
        j = i + 1
        nxt = at(j)
        if nxt is not None and nxt.has("units") and nxt.cats["units"] == "year":
            rel = _rel(at(j + 1))
            if rel:
                return j + 2, "month", {"m": month, "year_rel": rel, "part": part}
            if at(j + 1) is not None and "year" in at(j + 1).cats:
                return j + 2, "month", {"m": month, "y": at(j + 1).cats["year"], "part": part}
        rel = prefix_rel or _rel(nxt)
        if rel or part or (at(i - 1) is not None and at(i - 1).has("units") and at(i - 1).cats["units"] == "month"):
            end = j + 1 if rel and not prefix_rel else j
            return end, "month", {"m": month, "rel": rel, "part": part}
        return None

    # Units: "minggu lalu", "awal bulan ini", "last week", "tahun 2018".
    if lx.has("units"):
        unit = lx.cats["units"]
        nxt = at(i + 1)
        if unit == "year" and nxt is not None and "year" in nxt.cats and not prefix_rel:
            return i + 2, "year", {"y": nxt.cats["year"], "part": part}
        rel = prefix_rel or _rel(nxt)
        if rel:
            end = i + 1 if prefix_rel else i + 2
            return end, "unit", {"unit": unit, "n": {"past": -1, "future": 1, "current": 0}[rel], "part": part}
        if part and unit in ("week", "month", "year"):  # "awal tahun", "akhir bulan": the current one
            return i + 1, "unit", {"unit": unit, "n": 0, "part": part}
        return None
    if lx.has("single_units") and _rel(at(i + 1)) == "past" and not prefix_rel:
        return i + 2, "ago", {"unit": lx.cats["single_units"], "n": 1}

    if prefix_rel or part:
        return None

    # Amounts of time: "dua hari lepas", "two days ago", "selama empat hari", "for three days".
    if lx.has("duration_words"):
        amount = _amount(lex, i + 1)
        if amount is not None:
            end, unit, count = amount
            return end, "duration", {"unit": unit, "n": count}
        return None
    amount = _amount(lex, i)
    if amount is not None:
        end, unit, count = amount
        if _rel(at(end)) == "past":
            return end + 1, "ago", {"unit": unit, "n": count}
        if at(end) is not None and at(end).has("later"):  # "setahun kemudian", "a year later"
            return end + 1, "after", {"unit": unit, "n": count}
        if _rel(at(end)) == "future" or (at(end) is not None and at(end).text.casefold() == "lagi"):
            return end + 1, "ago", {"unit": unit, "n": -count if count else count}
        return None

    # Years: "pada 2012", "sejak 2016", "1980-an".
    if "year" in lx.cats and at(i - 1) is not None and (at(i - 1).has("year_words") or at(i - 1).has("range_words")):
        return i + 1, "year", {"y": lx.cats["year"], "part": part}
    if lx.has("decade"):
        return i + 1, "year", {"y": lx.cats["decade"], "decade": True}
    return None


_ARTICLES = frozenset({"the", "a", "an"})
_PERIOD_TAIL = 4  # name-like words a period may carry: "Covid-19", "(PKP) 1.0"


def _period(lex: list[_Lexeme], i: int) -> int | None:
    """End of "<period words> <period noun> <its name>" starting at lexeme i, or None."""
    n = len(lex)
    j = i
    while j < n and (lex[j].has("period_words") or lex[j].text.casefold() in _ARTICLES) and not lex[j].has("periods"):
        j += 1
    if j >= n or j == i or not lex[j].has("periods"):
        return None
    end = j + 1
    taken = 0
    while end < n and taken < _PERIOD_TAIL:
        lx = lex[end]
        word = lx.text
        if word == "(" and end + 2 < n and lex[end + 2].text == ")":
            end += 3
        elif lx.has("current") or lx.has("past"):
            end += 1
            break
        elif word[:1].isupper() or any(c.isdigit() for c in word):
            if lx.cats and not lx.has("periods"):  # a day, a month, a year: a time of its own
                break
            end += 1
        else:
            break
        taken += 1
    return end


def _parse_calendar_date(lex: list[_Lexeme], i: int, lang: str):
    """"12 Mac", "17 Juli 2019", "March 12, 2019", "12 Mac lalu", "Julai 2019", "29/7/2019"."""
    n = len(lex)

    def at(j: int) -> _Lexeme | None:
        return lex[j] if 0 <= j < n else None

    lx = at(i)
    if lx is None:
        return None
    if lx.has("numdate") and lx.cats["numdate"][0] is not None:
        y, m, d = lx.cats["numdate"]
        return i + 1, "date", {"y": y, "m": m, "d": d}
    if "num" in lx.cats and 1 <= lx.cats["num"] <= 31 and at(i + 1) is not None and at(i + 1).has("months") \
            and at(i + 1).capitalised:
        d, m = lx.cats["num"], int(at(i + 1).cats["months"])
        j = i + 2
        y = None
        if at(j) is not None and "year" in at(j).cats:
            y = at(j).cats["year"]
            j += 1
        rel = None
        if y is None:
            nxt = at(j)
            # "6 Jun yang lalu" is one phrase in the pack; "12 Mac lalu"; "15 Mei ini".
            rel = _rel(nxt)
            if rel:
                j += 1
        return j, "date", {"y": y, "m": m, "d": d, "rel": rel}
    if lx.has("months") and lx.capitalised and at(i + 1) is not None:
        nxt = at(i + 1)
        m = int(lx.cats["months"])
        if "num" in nxt.cats and 1 <= nxt.cats["num"] <= 31 and "year" not in nxt.cats:
            j = i + 2
            y = None
            if at(j) is not None and at(j).text == "," and at(j + 1) is not None and "year" in at(j + 1).cats:
                y = at(j + 1).cats["year"]
                j += 2
            elif at(j) is not None and "year" in at(j).cats:
                y = at(j).cats["year"]
                j += 1
            return j, "date", {"y": y, "m": m, "d": nxt.cats["num"], "rel": None}
        if "year" in nxt.cats:
            return i + 2, "month", {"m": m, "y": nxt.cats["year"]}
    return None


def _amount(lex: list[_Lexeme], i: int):
    """(end, unit, count) for "empat hari", "3 minggu", "setahun", "beberapa tahun"."""
    n = len(lex)
    if i >= n:
        return None
    lx = lex[i]
    if lx.has("single_units"):
        return i + 1, lx.cats["single_units"], 1
    count = None
    if "num" in lx.cats and "year" not in lx.cats:
        count = lx.cats["num"]
    elif lx.has("numbers"):
        count = int(lx.cats["numbers"])
    elif lx.has("some"):
        count = 0  # an amount the text does not give
    if count is None or i + 1 >= n or not lex[i + 1].has("units"):
        return None
    return i + 2, lex[i + 1].cats["units"], count


# ---------------------------------------------------------------------------------------
# Resolution

def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def resolve(tx: Timex | None, published: str | date | None, future: bool = False,
            duration: Timex | None = None) -> When:
    """The ``When`` of a happening placed by ``tx`` (and lasting ``duration``, if given).

    ``future`` says the verb looks ahead ("akan", "will"): a bare day name is then the
    next such day instead of the last one.
    """
    pub = published if isinstance(published, date) else parse_published(published)
    if tx is None and duration is None:
        return When()
    if tx is None:
        when = When(text=duration.text)
        return when
    when = When(text=tx.text)
    try:
        point, start, end = _value(tx.kind, tx.value, pub, future)
    except (ValueError, OverflowError):
        point = start = end = None
    when.date = point.isoformat() if point else None
    when.start = start.isoformat() if start else None
    when.end = end.isoformat() if end else None
    if duration is not None and point is not None and duration.value.get("n"):
        try:
            last = _add(point, duration.value["unit"], duration.value["n"]) - timedelta(days=1)
        except (ValueError, OverflowError):
            last = None
        if last is not None:
            when.start, when.end = point.isoformat(), last.isoformat()
    return when


def _value(kind: str, v: dict, pub: date | None, future: bool):
    """(date, start, end) for one meaning; any may be None."""
    if kind == "date":
        y = v.get("y")
        if y is None:
            if pub is None:
                return None, None, None
            y = pub.year
            d = _safe_date(y, v["m"], v["d"])
            rel = v.get("rel")
            if rel == "past" or (rel is None and not future):
                if d > pub + timedelta(days=7):
                    d = _safe_date(y - 1, v["m"], v["d"])
            elif rel == "future" or (rel is None and future):
                if d < pub - timedelta(days=7):
                    d = _safe_date(y + 1, v["m"], v["d"])
            return d, None, None
        return _safe_date(y, v["m"], v["d"]), None, None
    if kind == "weekday":
        if pub is None:
            return None, None, None
        if v.get("week") is not None:  # "Jumaat minggu lalu": that day of the week before
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=v["week"])
            return monday + timedelta(days=v["weekday"]), None, None
        rel = v.get("rel")
        diff = (pub.weekday() - v["weekday"]) % 7
        if rel == "past":
            back = diff or 7
            return pub - timedelta(days=back), None, None
        if rel == "future":
            ahead = (v["weekday"] - pub.weekday()) % 7 or 7
            return pub + timedelta(days=ahead), None, None
        if rel == "current" or future:
            return pub + timedelta(days=(v["weekday"] - pub.weekday()) % 7), None, None
        return pub - timedelta(days=diff), None, None
    if kind == "relday":
        if pub is None:
            return None, None, None
        return pub + timedelta(days=v["offset"]), None, None
    if kind == "ago":
        if pub is None or not v.get("n"):
            return None, None, None
        return _add(pub, v["unit"], -v["n"]), None, None
    if kind == "unit":
        if pub is None:
            return None, None, None
        start, end = _unit_range(pub, v["unit"], v["n"])
        start, end = _part(start, end, v.get("part"))
        return None, start, end
    if kind == "month":
        y = v.get("y")
        m = v["m"]
        if y is None:
            if pub is None:
                return None, None, None
            rel = v.get("rel")
            year_rel = v.get("year_rel")
            if year_rel:
                y = pub.year + {"past": -1, "future": 1, "current": 0}[year_rel]
            elif rel == "past":
                y = pub.year if m < pub.month else pub.year - 1
            elif rel == "future":
                y = pub.year if m > pub.month else pub.year + 1
            elif future:
                y = pub.year if m >= pub.month else pub.year + 1
            else:
                y = pub.year if m <= pub.month else pub.year - 1
        start, end = date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        start, end = _part(start, end, v.get("part"))
        return None, start, end
    if kind == "year":
        y = v["y"]
        if v.get("decade"):
            return None, date(y, 1, 1), date(y + 9, 12, 31)
        start, end = _part(date(y, 1, 1), date(y, 12, 31), v.get("part"))
        return None, start, end
    if kind == "range":
        a, b = v["from"], v["to"]
        pa = _value(a.kind, a.value, pub, future)
        pb = _value(b.kind, b.value, pub, future)
        start = pa[0] or pa[1]
        end = pb[0] or pb[2]
        if start and end and end < start and b.kind == "weekday":
            end = end + timedelta(days=7)
        return None, start, end
    return None, None, None


def _safe_date(y: int, m: int, d: int) -> date:
    return date(y, m, min(d, calendar.monthrange(y, m)[1]))


def _add(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit in ("month", "year", "decade"):
        months = n * {"month": 1, "year": 12, "decade": 120}[unit]
        total = d.year * 12 + (d.month - 1) + months
        y, m = divmod(total, 12)
        return _safe_date(y, m + 1, d.day)
    return d


def _unit_range(pub: date, unit: str, n: int) -> tuple[date, date]:
    """The calendar week / month / year ``n`` units from the one holding ``pub``."""
    if unit == "day":
        d = pub + timedelta(days=n)
        return d, d
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=n)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        first = _add(pub.replace(day=1), "month", n)
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if unit == "decade":
        y = (pub.year // 10 + n) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    y = pub.year + n
    return date(y, 1, 1), date(y, 12, 31)


def _part(start: date, end: date, part: str | None) -> tuple[date, date]:
    """The early, middle or late third of a range."""
    if not part:
        return start, end
    span = (end - start).days + 1
    third = max(1, span // 3)
    if part == "early":
        return start, start + timedelta(days=third - 1)
    if part == "late":
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)
