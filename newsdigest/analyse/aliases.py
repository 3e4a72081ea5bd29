"""One referent per real-world thing: merge the mentions that name it.

In order:
1. same name (case-insensitively; places by gazetteer entry; organisations without a
   web-domain tail: "REPUBLIKA.CO.ID" = "Republika"; people without "bin" or "a/l":
   "Mahathir bin Mohamad" = "Mahathir Mohamad"),
2. bracketed acronyms and "alias" names ("Pakatan Harapan (PH)", "Rudi alias Pak Gendut"),
3. short forms into the one fuller name that holds them ("Yi" -> "Wang Yi",
   "Polres Blitar" -> "Polres Blitar Kota"); a short form that fits two names stays apart;
   then a shortened given name into the one name it opens ("Enggar" -> "Enggartiasto Lukita");
   a small place's name written with nothing that places it is such a short form too
   ("Luki" -> "Luki Hermawan"),
4. a bare acronym into the one organisation whose initials it spells ("KKDW"); in Malay and
   Indonesian news, else into the one person's ("ED" -> "Eka Deli"),
5. a place named with a head word that may be left out into the same place without it
   ("Pulau Langkawi" and "Langkawi"),
6. an organisation's long name written once with one word misspelt ("Kerjaminan" for
   "Keterjaminan", as subheads often are).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

PERSONISH = ("person", "name")
DOMAIN_TAILS = (".co.id", ".com.my", ".com", ".co", ".id", ".my", ".net", ".org")
QUOTES = dict.fromkeys(map(ord, "'\"`‘’“”"), None)


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@lru_cache(maxsize=65536)
def surface_key(name: str) -> str:
    """Case, quotes, dots and web-domain tails do not make a different name."""
    s = unicodedata.normalize("NFKC", name).translate(QUOTES).casefold()
    for tail in DOMAIN_TAILS:
        if s.endswith(tail) and len(s) > len(tail) + 2:
            s = s[: -len(tail)]
            break
    s = s.replace(".", " ")
    return " ".join(s.split())


def mention_key(m) -> str:
    if m.kind == "place" and m.place is not None and m.place.canonical:
        return f"place:{m.place.canonical.casefold()}:{m.place.country or ''}"
    if m.known_name:
        return "known:" + surface_key(m.known_name)
    return surface_key(m.text)


def group_mentions(mentions: list, lang: str, connectors: frozenset[str],
                   droppable_heads: frozenset[str] = frozenset(), ordinary=None,
                   company_marks: frozenset[str] = frozenset(), patronymics: frozenset[str] = frozenset()) -> list[list]:
    """Mentions grouped by referent, each group in text order. droppable_heads: the
    lower-cased place heads a place's name may be written without. ordinary(word): is
    the word one of the language's ordinary words (then it shortens no name).
    company_marks: the lower-cased words of a company's legal form or group ("sdn", "bhd",
    "kumpulan") that its name may be written without. patronymics: the lower-cased "son of"
    words ("bin", "a/l") that a person's name may be written without."""
    n = len(mentions)
    uf = _Union(n)
    index = {id(m): k for k, m in enumerate(mentions)}
    first_by_key: dict[str, int] = {}
    for k, m in enumerate(mentions):
        for key in _keys(m, patronymics):
            if key in first_by_key:
                uf.join(first_by_key[key], k)
            else:
                first_by_key[key] = k
    for k, m in enumerate(mentions):
        if m.link is not None and id(m.link) in index:
            uf.join(index[id(m.link)], k)
    _merge_short_forms(mentions, uf, lang, company_marks)
    _merge_truncated_names(mentions, uf, ordinary)
    _merge_initials(mentions, uf, connectors, lang, ordinary)
    _merge_place_heads(mentions, uf, droppable_heads)
    _merge_misspellings(mentions, uf)
    _merge_swapped_letters(mentions, uf)
    groups: dict[int, list] = {}
    for k, m in enumerate(mentions):
        groups.setdefault(uf.find(k), []).append(m)
    return [sorted(g, key=lambda x: x.start) for g in groups.values()]


def _keys(m, patronymics: frozenset[str] = frozenset()) -> list[str]:
    keys = [mention_key(m)]
    if m.kind != "place" or m.place is None:
        keys.append(surface_key(m.text))
    if m.kind in PERSONISH and patronymics:
        words = surface_key(m.text).split()
        plain = [w for w in words if w not in patronymics]
        if 2 <= len(plain) < len(words):
            keys.append(" ".join(plain))  # "Mahathir bin Mohamad" is "Mahathir Mohamad"
    for text, _s, _e in m.aliases:
        keys.append(surface_key(text))
    return list(dict.fromkeys(keys))


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(w.strip(".,") for w in text.split() if w.strip(".,"))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> int:
    """Position of ``shorter`` as a contiguous run inside ``longer``, else -1."""
    n = len(shorter)
    for i in range(len(longer) - n + 1):
        if longer[i : i + n] == shorter:
            return i
    return -1


def _merge_short_forms(mentions: list, uf: _Union, lang: str, company_marks: frozenset[str] = frozenset()) -> None:
    """Join a short form to the single fuller name of the same sort that contains it; a name
    not known as a body's to the one company's that is that name with its marks ("Jakel" of
    "Kumpulan Jakel", "Tuna" of "Tuna Sdn Bhd")."""
    # One representative name per current group: its longest person-like or org surface.
    reps: dict[int, tuple[tuple[str, ...], str]] = {}
    placed = {uf.find(k) for k, m in enumerate(mentions) if m.kind == "place" and not _loose_place_word(m)}
    people = {uf.find(k) for k, m in enumerate(mentions) if m.kind == "person"}
    # (a small place's name that speaks or holds a post is a person's: "Lani said")
    people |= {uf.find(k) for k, m in enumerate(mentions) if m.kind == "place" and m.evidence & PERSON_SIGNS}
    for k, m in enumerate(mentions):
        if m.kind not in PERSONISH + ("organisation",) and not (_loose_place_word(m) and uf.find(k) not in placed) \
                and not (m.kind == "place" and m.place is None and company_marks):
            continue  # (a place found by its head only may be a company's short name: "Gunung Impian")
        root = uf.find(k)
        toks = _tokens(m.text)
        sort = ("org" if m.kind == "organisation" else "person" if m.kind != "place"
                else "place" if m.place is not None else "headed place")
        # (most words, then most letters: "Mahathir Mohamad" over "Tun M")
        if root not in reps or (len(toks), len("".join(toks))) > (len(reps[root][0]), len("".join(reps[root][0]))):
            reps[root] = (toks, sort)
    order = sorted(reps, key=lambda r: -len(reps[r][0]))  # longer short forms first: "Ahmad Fauzi" before "Fauzi"
    # Which representatives hold a word: a host holds every word of the short form, so
    # only the holders of its rarest word need a look.
    holders: dict[str, list[int]] = {}
    for root, (toks, _sort) in reps.items():
        for w in set(toks):
            holders.setdefault(w, []).append(root)
    for root in order:
        toks, sort = reps[root]
        if not toks:
            continue
        hosts = []
        mine = uf.find(root)
        rarest = min(toks, key=lambda w: len(holders[w]))
        for other in holders[rarest]:
            otoks, osort = reps[other]
            if len(otoks) <= len(toks) or uf.find(other) == mine:
                continue
            at = _contains(otoks, toks)
            if at < 0:
                continue
            if osort == "org" and _without_marks(otoks, company_marks) == toks:
                hosts.append((other, at))
            elif sort == "headed place":
                continue  # such a place is only ever a company's short name
            elif sort == "org" or osort == "org":
                # organisations only shorten from the end: "Polres Blitar" of "Polres Blitar Kota"
                if sort == osort == "org" and at == 0:
                    hosts.append((other, at))
            elif osort in ("place", "headed place") or (sort == "place" and uf.find(other) not in people
                                                           and mine not in people):
                continue  # a small place's name shortens only a name known to be a person's
            elif _fits_person(toks, otoks):
                hosts.append((other, at))
        roots = {uf.find(h) for h, _at in hosts}
        if len(roots) > 1 and sort == "person":
            # A person's short form that opens one name and ends another is the first one's: a
            # given name ("Mahathir" of "Mahathir Mohamad", not of "Mukhriz Mahathir", his son's)
            roots = {uf.find(h) for h, at in hosts if at == 0 and uf.find(h) in people}
        if len(roots) == 1:
            uf.join(roots.pop(), root)


def _without_marks(toks: tuple[str, ...], marks: frozenset[str]) -> tuple[str, ...]:
    """A company's name without the marks of its legal form or group before and after it."""
    a, b = 0, len(toks)
    while a < b and toks[a].casefold() in marks:
        a += 1
    while b > a and toks[b - 1].casefold() in marks:
        b -= 1
    return toks[a:b]


PERSON_SIGNS = frozenset({"speech", "role", "title", "hon", "age"})
FIRM_PLACE_EVIDENCE = frozenset({"place_head", "place_prep", "direction", "place_list"})


def _loose_place_word(m) -> bool:
    """A small place's one-word name, written with nothing that places it ("Menurut Luki"):
    in a text that names a person with that word, the person's short form. (A mention of the
    same place with such a word, "di Luki", keeps the whole group a place.)"""
    return (m.kind == "place" and m.place is not None and not m.place.is_major and " " not in m.text
            and not m.evidence & FIRM_PLACE_EVIDENCE)


TRUNCATED_MIN = 4  # letters a shortened given name keeps at least ("Enggar" of "Enggartiasto")
TRUNCATED_CUT = 3  # letters it leaves out at least: "Ahmad" is not short for "Ahmadi"
TRUNCATED_KEY = 4  # fuller names are found by this many first letters...
TRUNCATED_HOSTS = 8  # ...and a short name that starts that many of them is left alone


def _merge_truncated_names(mentions: list, uf: _Union, ordinary=None) -> None:
    """A person named by one word that opens the first word of exactly one fuller person's
    name, and is much shorter: "Enggar" for "Enggartiasto Lukita". Long given names are
    often shortened this way after the first mention; an ordinary word ("Hilang" before
    "Hilangkah ...") is not such a name."""
    longest: dict[int, tuple[str, ...]] = {}  # each person's group: its longest name, in words
    for k, m in enumerate(mentions):
        if m.kind in PERSONISH:
            root, toks = uf.find(k), _tokens(m.text)
            if len(toks) > len(longest.get(root, ())):
                longest[root] = toks
    by_start: dict[str, list[int]] = {}  # fuller names, by the first letters of their first word
    for root, toks in longest.items():
        if len(toks) >= 2 and len(toks[0]) >= TRUNCATED_MIN + TRUNCATED_CUT:
            by_start.setdefault(toks[0][:TRUNCATED_KEY], []).append(root)
    for root, toks in longest.items():
        if len(toks) != 1 or len(toks[0]) < TRUNCATED_MIN or not toks[0][:1].isupper():
            continue
        short = toks[0]
        candidates = by_start.get(short[:TRUNCATED_KEY], ())
        if len(candidates) > TRUNCATED_HOSTS:
            continue
        hosts = {uf.find(r) for r in candidates
                 if longest[r][0].startswith(short) and len(longest[r][0]) - len(short) >= TRUNCATED_CUT}
        if len(hosts) == 1 and not (ordinary and ordinary(short)):
            uf.join(hosts.pop(), root)


def _fits_person(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A person's short form: whole capitalised words of the full name ("Yi", "Jong-un")."""
    return all(w[:1].isupper() for w in short)


def _initials(text: str, connectors: frozenset[str]) -> str:
    return "".join(w[0] for w in text.split() if w and w.casefold() not in connectors and w[0].isalpha()).upper()


INITIALLED_LANGS = ("ms", "id")  # press that names people by their initials ("tersangka ED")


def _merge_initials(mentions: list, uf: _Union, connectors: frozenset[str], lang: str = "",
                    ordinary=None) -> None:
    """A bare acronym spelled by the initials of exactly one organisation's name; else, one
    that is not a known body's, by those of exactly one person's name ("ED" for "Eka Deli",
    as Malay and Indonesian news name people after their first mention). A name not yet
    known as a person's counts when none of its words is an ordinary word ("Bantuan Khas
    Sarawakku Sayang (BKSS)" is an aid scheme)."""
    acronyms = [k for k, m in enumerate(mentions) if m.kind in ("organisation", "person")
                and " " not in m.text and m.text.isupper() and len(m.text) >= 2]
    if not acronyms:
        return
    spelled: dict[str, list[int]] = {}  # initials -> organisations of two words or more
    for j, o in enumerate(mentions):
        if o.kind == "organisation" and len(o.text.split()) >= 2:
            spelled.setdefault(_initials(o.text, connectors), []).append(j)
    people: dict[str, list[int]] | None = None  # initials -> people's names of two to four words, when needed
    initials: set[str] = set()  # acronyms found to be people's initials
    for k in acronyms:
        m = mentions[k]
        word = m.text
        mine = uf.find(k)
        matches = {uf.find(j) for j in spelled.get(word, ())} if m.kind == "organisation" else set()
        matches.discard(mine)
        if not matches and not m.known_name and lang in INITIALLED_LANGS:
            if people is None:
                people = _people_by_initials(mentions, connectors, ordinary)
            matches = {uf.find(j) for j in people.get(word, ())}
            matches.discard(mine)
            if len(matches) == 1:
                initials.add(word)
        if len(matches) == 1:
            uf.join(matches.pop(), k)
    if initials:
        for m in mentions:  # every mention of such initials: a person's, not a body's acronym
            if m.kind == "organisation" and m.text in initials:
                m.kind = "person"


def _people_by_initials(mentions: list, connectors: frozenset[str], ordinary) -> dict[str, list[int]]:
    """Initials -> the people's names of two to four words that they spell (built only when a
    bare acronym spells no organisation: it may read the language's word list)."""
    people: dict[str, list[int]] = {}
    for j, o in enumerate(mentions):
        words = o.text.split()
        if 2 <= len(words) <= 4 and (o.kind == "person" or (
                o.kind == "name" and ordinary is not None and not any(ordinary(w) for w in words))):
            people.setdefault(_initials(o.text, connectors), []).append(j)
    return people


def _merge_place_heads(mentions: list, uf: _Union, heads: frozenset[str]) -> None:
    """"Pulau Langkawi" and "Langkawi" in one story are one place."""
    if not heads:
        return
    bare: dict[str, int] = {}  # a place's name, or a name not yet sorted ("di Tenerife")
    for k, m in enumerate(mentions):
        if m.kind in ("place", "name"):
            bare.setdefault(surface_key(m.text), k)
    for k, m in enumerate(mentions):
        if m.kind != "place":
            continue
        head, _, rest = surface_key(m.text).partition(" ")
        if rest and head in heads and rest in bare:
            uf.join(bare[rest], k)


MISSPELT_MIN_WORDS = 3  # names this long: one differing word is a slip, not another body
MISSPELT_MIN_LETTERS = 8  # ...when that word is this long in both spellings
MISSPELT_MAX_LETTERS = 30  # and no longer: words are compared letter by letter with each other
MISSPELT_MAX_WORDS = 12  # a longer run of capitals is no body's name to compare
MISSPELT_MAX_EDITS = 2


def _merge_misspellings(mentions: list, uf: _Union) -> None:
    """Two organisation names of three words or more, equal but for one long word spelt two
    ways a letter or two apart ("Kementerian Pertanian dan Kerjaminan Makanan")."""
    by_frame: dict[tuple, list[tuple[int, str]]] = {}  # the name with one word blanked
    for k, m in enumerate(mentions):
        if m.kind != "organisation":
            continue
        words = surface_key(m.text).split()
        if not MISSPELT_MIN_WORDS <= len(words) <= MISSPELT_MAX_WORDS:
            continue
        for i, w in enumerate(words):
            if MISSPELT_MIN_LETTERS <= len(w) <= MISSPELT_MAX_LETTERS:
                by_frame.setdefault((len(words), i, *words[:i], *words[i + 1:]), []).append((k, w))
    for found in by_frame.values():
        if len(found) < 2:
            continue
        first_k, first_w = found[0]
        for k, w in found[1:]:
            if w != first_w and _edits_within(first_w, w, MISSPELT_MAX_EDITS):
                uf.join(first_k, k)


SWAPPED_MIN_LETTERS = 6  # a shorter word with two letters swapped is as likely another name
SWAPPED_MAX_LETTERS = 30  # a longer run of letters is no place's name: not tried swap by swap


def _merge_swapped_letters(mentions: list, uf: _Union) -> None:
    """A one-word name that is a place's name in the same text with two letters next to each
    other swapped is that place, mistyped ("Xinjinag" for "Xinjiang")."""
    places: dict[str, int] = {}
    for k, m in enumerate(mentions):
        key = surface_key(m.text)
        if m.kind == "place" and " " not in key and SWAPPED_MIN_LETTERS <= len(key) <= SWAPPED_MAX_LETTERS:
            places.setdefault(key, k)
    if not places:
        return
    for k, m in enumerate(mentions):
        key = surface_key(m.text)
        if m.kind == "place" or " " in key or not SWAPPED_MIN_LETTERS <= len(key) <= SWAPPED_MAX_LETTERS or key in places:
            continue
        for i in range(len(key) - 1):  # each swap of neighbours
            swapped = key[:i] + key[i + 1] + key[i] + key[i + 2:]
            if swapped in places:
                uf.join(places[swapped], k)
                break


def _edits_within(a: str, b: str, limit: int) -> bool:
    """Is the edit distance of a and b at most limit? (Row by row, stopping once a whole row
    is past the limit: the words are short.)"""
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit
