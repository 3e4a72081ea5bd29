"""Actor and place recogniser: rule-based, offline, linear in the text.

    recognise(text, lang) -> (actors, places)

How it reads a text:

1. Sentences and tokens come from ``sentences``.
2. A *chunk* is a run of capitalised words, held together by name particles ("bin"),
   abbreviation dots ("Md."), "Dato'" and, inside organisation or role phrases,
   connectors ("dan", "of").
3. Each chunk is labelled word by word from the language's YAML lexicon and the
   gazetteer (longest match first: honorific, title, organisation head, place head,
   known organisation, function word, place name ...), then cut into pieces:
   organisations, places, groups, people and still-unknown names.
4. The words around a piece are its evidence: a speech verb makes a person ("kata
   Hadi"), "di" a place, "pihak" an organisation, "rakyat" a demonym.
5. ``roles`` finds the titles and descriptions attached to each person; ``aliases``
   merges short forms, acronyms and "alias" names into one referent; the referent's
   evidence decides its kind. Every occurrence of a known name is then counted.
"""
from __future__ import annotations

import re
from bisect import insort
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from newsdigest.lang import LANGUAGES, given_names, load, word_list
from newsdigest.digest import Actor, Place

from . import places as gaz
from .aliases import group_mentions, surface_key
from .roles import attach_roles, demonstrative_roles, skip_honorifics_forward, subject_pronoun_roles, verb_shaped
from .sentences import Sentence, Token, blocks, split_sentences, tokenise

# --- the lexicon ----------------------------------------------------------------------

# Pooled across languages.
SHARED = (
    "honorifics", "titles", "ranks", "title_modifiers", "known_orgs", "known_people", "abbreviations",
    "non_entities", "name_particles", "given_names", "event_heads", "post_nominals", "company_marks",
    "family_names", "common_given_names", "patronymics", "hereditary_honorifics",
)


def words_of(phrase: str) -> tuple[str, ...]:
    """A phrase as the lower-cased words a sentence's view gives (possessives stripped as
    there: "Prime Minister's Department")."""
    if phrase.replace(" ", "").isalpha():
        # Words of letters alone are a token each, with nothing to strip: the lists are
        # built at every start, and most of their entries take this way.
        return tuple(phrase.casefold().split())
    return tuple(_without_possessive(t).lower for t in tokenise(phrase))


def _without_possessive(t: Token) -> Token:
    """"Putin's" -> "Putin" (a capitalised word of three letters or more)."""
    if t.text.endswith(POSSESSIVES) and len(t.text) > 2 and t.text[0].isupper():
        return Token(t.text[:-2], t.start, t.end - 2)
    return t


class Phrases:
    """Multiword entries matched longest-first against lower-cased token texts."""

    def __init__(self, entries=(), values: dict | None = None, abbreviations_as_written: bool = False):
        """abbreviations_as_written: a short entry with small letters ("Pj", "Plt") matches no
        word in capitals (the Indonesian acting title "Pj" is not the Malaysian city's "PJ");
        for titles, not for function words ("The" opens headlines in capitals too)."""
        self._first: dict[str, list[tuple[tuple[str, ...], object, bool | None]]] = {}
        self._last: set[str] = set()  # last words of the entries: a quick "no" for ends_at
        self._keys: set[tuple[str, ...]] = set()
        self._as_written = abbreviations_as_written
        for entry in entries:
            self.add(entry, (values or {}).get(entry, True))

    def add(self, entry: str, value=True) -> None:
        entry = str(entry)
        key = words_of(entry)
        if not key:
            return
        # exact: True, an all-capital entry ("MA", "HAM") matches only words written in
        # capitals; False, a short one with small letters matches none (see __init__).
        compact = entry.replace(" ", "")
        short = (len(compact) if compact.isalpha() else sum(map(str.isalpha, entry))) <= 3
        exact = True if short and _is_caps(entry) else None
        if short and self._as_written and entry[:1].isupper() and any(c.islower() for c in entry):
            exact = False
        if key in self._keys:
            # the first entry of a phrase wins; written in two cases ("PAS", "Pas"), it matches both
            bucket = self._first[key[0]]
            for x, (k, v, e) in enumerate(bucket):
                if k == key and e is not None and e != exact:
                    bucket[x] = (k, v, None)
            return
        self._keys.add(key)
        # Longest first; among entries of one length, the first added first.
        insort(self._first.setdefault(key[0], []), (key, value, exact), key=_longest_first)
        self._last.add(key[-1])

    def match(self, words: list[str], i: int, limit: int | None = None, clitics: tuple[str, ...] = (),
              raw: list[str] | None = None):
        """(length, value) of the longest entry at ``words[i]``, or (0, None).
        With ``clitics``, a single word may carry one ("menterinya"); with ``raw`` (the
        words as written), all-capital entries match only capitals."""
        w = words[i]
        bucket = self._first.get(w)
        if bucket is not None:
            stop = len(words) if limit is None else min(limit, len(words))
            for key, value, exact in bucket:
                n = len(key)
                if i + n <= stop and (n == 1 or tuple(words[i : i + n]) == key):
                    if exact is not None and raw is not None and not all(
                            _is_caps(x) == exact for x in raw[i : i + n] if x[:1].isalpha()):
                        continue
                    return n, value
        for c in clitics:
            if len(w) > len(c) + 2 and w.endswith(c):
                for key, value, _exact in self._first.get(w[: -len(c)], ()):
                    if len(key) == 1:
                        return 1, value
        return 0, None

    def ends_at(self, words: list[str], end: int, lowercase_only: list | None = None):
        """Value of the longest entry that ends right before ``end``, else None (entries
        of up to four words; with ``lowercase_only``, none may start at a capital)."""
        if end <= 0 or words[end - 1] not in self._last:
            return None
        for start in range(max(0, end - 4), end):
            if lowercase_only is not None and lowercase_only[start].is_capitalised:
                continue
            n, value = self.match(words, start, end)
            if n and start + n == end:
                return value
        return None

    def first_words(self):
        return self._first.keys()

    def __contains__(self, phrase: str) -> bool:
        return words_of(phrase) in self._keys


def _longest_first(entry: tuple) -> int:
    return -len(entry[0])


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass
class Lexicon:
    lang: str
    function: Phrases = field(default_factory=Phrases)
    sentence_adverbs: Phrases = field(default_factory=Phrases)
    days_months: frozenset = frozenset()
    name_months: frozenset = frozenset()  # "May": a month only beside a number
    number_marks: frozenset = frozenset()  # "No. 1": a word before a number, no name
    post_nominals: frozenset = frozenset()  # "M.Si", "PhD": degrees after a name
    attribution_leads: Phrases = field(default_factory=Phrases)  # "Menurut Budi, ...": the source
    source_prepositions: Phrases = field(default_factory=Phrases)  # "dari": from a place or a person
    currencies_after: frozenset = frozenset()  # "US dollar": a currency's word after its country
    currencies_before: frozenset = frozenset()  # "dolar Singapura": ...or before it
    seat_words: Phrases = field(default_factory=Phrases)  # "Gambir seat": a constituency
    measure_tails: frozenset = frozenset()  # "... Index": a measure's name
    honorifics: Phrases = field(default_factory=Phrases)
    titles: Phrases = field(default_factory=Phrases)  # titles, ranks and modifiers
    # The one-word titles of the language and its sibling: a title of another language's list
    # between two words of a name is a word of the name ("Tiong King Sing").
    own_title_words: frozenset = frozenset()
    ranks: Phrases = field(default_factory=Phrases)
    role_nouns: Phrases = field(default_factory=Phrases)  # any case: "penduduk", "pakar"
    org_heads: Phrases = field(default_factory=Phrases)
    org_suffixes: Phrases = field(default_factory=Phrases)
    org_connectors: frozenset = frozenset()
    org_inner_lower: frozenset = frozenset()
    org_context: Phrases = field(default_factory=Phrases)
    title_links: frozenset = frozenset()  # words that end a titled name: "King Abdullah | of | Jordan"
    acronym_ors: frozenset = frozenset()  # "the infectivity rate, or Rt": an acronym given after it
    relatives: frozenset = frozenset()  # "X yang berkata", "X, who said": the name's own clause
    sex_words: frozenset = frozenset()  # "(lelaki, 43)": a person's sex before the age
    office_heads: Phrases = field(default_factory=Phrases)
    body_offices: Phrases = field(default_factory=Phrases)
    initials_markers: frozenset = frozenset()
    known_orgs: Phrases = field(default_factory=Phrases)  # value: canonical name
    known_people: Phrases = field(default_factory=Phrases)  # value: full name ("SBY", "Jokowi")
    collectives: Phrases = field(default_factory=Phrases)
    non_entities: Phrases = field(default_factory=Phrases)
    event_heads: Phrases = field(default_factory=Phrases)  # events, laws, programmes: not actors
    law_heads: Phrases = field(default_factory=Phrases)  # event heads naming a law ("Akta", "UU")
    place_heads: Phrases = field(default_factory=Phrases)  # value: kind; part of the name
    place_descriptors: Phrases = field(default_factory=Phrases)  # value: kind; not part of it
    place_suffixes: Phrases = field(default_factory=Phrases)  # value: kind
    place_prepositions: Phrases = field(default_factory=Phrases)
    directions: dict = field(default_factory=dict)  # lower word -> English
    speech_verbs: Phrases = field(default_factory=Phrases)
    person_verbs: Phrases = field(default_factory=Phrases)
    person_companions: Phrases = field(default_factory=Phrases)
    copulas: Phrases = field(default_factory=Phrases)
    copula_fillers: frozenset = frozenset()  # "as | its new | chairman"
    replace_verbs: Phrases = field(default_factory=Phrases)  # "menggantikan X sebagai ...": not X's post
    role_stops: frozenset = frozenset()
    clause_joiners: Phrases = field(default_factory=Phrases)  # "Perdana Menteri sekiranya Anwar": not his title
    role_joiners: frozenset = frozenset()  # "X dan Y": two roles of one person
    person_pronouns: Phrases = field(default_factory=Phrases)  # from the events pack
    number_words: frozenset = frozenset()  # from the time pack: "five", "lima"
    rise_verbs: frozenset = frozenset()  # speech verbs that also tell a rise: "added five sen"
    demonstratives: frozenset = frozenset()
    verb_prefixes: tuple[str, ...] = ()  # a lower-case word opening with one is a verb
    active_verb_prefixes: tuple[str, ...] = ()  # ...an active one, whose object follows it
    derivation_prefixes: tuple[str, ...] = ()  # the affixes that make words from the dictionary's
    derivation_suffixes: tuple[str, ...] = ()
    apposition_leads: Phrases = field(default_factory=Phrases)
    alias_markers: Phrases = field(default_factory=Phrases)
    rename_markers: Phrases = field(default_factory=Phrases)  # a body's old and new names
    branch_words: frozenset = frozenset()  # a body's name ending in one goes on with a place
    sibling_words: frozenset = frozenset()  # "X Bersaudara": the X brothers, a group
    language_leads: frozenset = frozenset()  # "bahasa Inggeris": the word after one names a language
    group_heads: Phrases = field(default_factory=Phrases)
    ethnic_heads: Phrases = field(default_factory=Phrases)  # of the group heads, those naming a people
    droppable_place_heads: frozenset = frozenset()  # "Pulau Langkawi" is also written "Langkawi"
    company_marks: frozenset = frozenset()  # "Kumpulan Jakel" is also written "Jakel"
    patronymics: frozenset = frozenset()  # "Mahathir bin Mohamad" is also written "Mahathir Mohamad"
    hereditary: dict = field(default_factory=dict)  # "syed" -> its family's forms: {"syed", "sharifah", ...}
    kind_nouns: frozenset = frozenset()  # "jenis", "varietas": the names listed after are kinds
    long_title_openers: frozenset = frozenset()  # first words of titles holding a word in small letters
    kin_nouns: frozenset = frozenset()  # "istri", "wife": kin, someone else's before another role
    kind_list_leads: Phrases = field(default_factory=Phrases)  # "antara lain", "such as"
    # A quoted title after a word for a work ("filem \"Mat Kilau\"") and any title after a
    # word that introduces one ("novel berjudul Laskar Pelangi") names the work, not an actor.
    work_heads: Phrases = field(default_factory=Phrases)
    bare_work_heads: Phrases = field(default_factory=Phrases)  # a title follows them unquoted too
    title_leads: Phrases = field(default_factory=Phrases)
    # A name after a word for a kind or a breed ("kereta jenis Toyota Vellfire") is a product's.
    product_heads: Phrases = field(default_factory=Phrases)
    # English words that join the capitalised words of an English title quoted in Malay or
    # Indonesian text ("Bill of Rights", "Four Weddings and a Funeral").
    english_title_links: frozenset = frozenset()
    # The second halves of English compound adjectives: "Singapore-based" speaks of Singapore.
    compound_suffixes: tuple = ()
    ministry_words: frozenset = frozenset()  # a portfolio list may end in one ("... Culture Ministry")
    portfolio_words: frozenset = frozenset()  # "Housing and Local Government Minister": one portfolio
    field_before_title: bool = False  # "Health director-general": English word order
    nationality_endings: tuple = ()  # "Haitian striker": the holder's country, not a body
    demonym_endings: dict = field(default_factory=dict)  # "ian" -> ["", "a", "e"]: Syrian, Ukrainian
    opener_endings: tuple = ()  # "Questioning Vindman": the endings of verb forms that open a line
    clitics: tuple = ()
    common_prefixes: tuple = ()
    common_suffixes: tuple = ()
    common_words: frozenset = frozenset()
    common_endings: tuple = ()
    abbreviations: frozenset = frozenset()
    particles: frozenset = frozenset()
    given_names: frozenset = frozenset()
    family_names: frozenset = frozenset()  # "Goh Jin Wei", "Wendy Lee": a person's name's shape
    common_given_names: frozenset = frozenset()  # "Amran Hassan": a person's name's shape too
    first_names: frozenset = frozenset()  # all the given names above and the language's generated list ("David")
    other_first_names: frozenset = frozenset()  # the other languages' generated lists ("Chris" in Indonesian)
    day_followers: frozenset = frozenset()  # "Khamis lalu": words of time after a day's name
    day_surnames: frozenset = frozenset()  # "Rosli Jumaat": days' names that are fathers' names too
    apostrophe_words: frozenset = frozenset()  # words an apostrophe closes: "Dato'"
    team_verbs: frozenset = frozenset()  # plural verbs after a place that name its side
    label_index: dict | None = field(default=None, repr=False, compare=False)  # see _label_tables

    def ordinary(self, word: str) -> bool:
        """Is the word one of the language's ordinary words (see _in_dictionary)?"""
        return _in_dictionary(word, self)


# Malay and Indonesian share most of their grammar words, and a short text is easily
# taken for the other one: each reads the other's lists after its own.
SIBLINGS = {"ms": ("id",), "id": ("ms",)}


def _items(data: dict, key: str) -> list:
    return list(data.get(key) or [])


def _pooled(lang: str, key: str) -> list:
    out = _items(load(lang, "entities"), key)
    for other in LANGUAGES:
        if other != lang:
            out += _items(load(other, "entities"), key)
    return out


def _mapping(data: dict, key: str) -> dict:
    value = data.get(key) or {}
    return dict(value) if isinstance(value, dict) else {}


def _lower_set(items) -> frozenset:
    return frozenset(str(x).casefold() for x in items)


def _known_names(items) -> Phrases:
    """Each name and its aliases, each with the name as value."""
    table = Phrases()
    for item in items:
        if isinstance(item, dict):
            name = str(item.get("name", ""))
            for form in [name] + [str(a) for a in item.get("aliases") or []]:
                table.add(form, name)
        else:
            table.add(str(item), str(item))
    return table


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The word lists for ``lang`` (ms, id, en; anything else reads as ms)."""
    lang = lang if lang in LANGUAGES else "ms"
    data = load(lang, "entities")
    # Where a word sits in the language's own lists: a sibling's entry for the same word
    # under another list is not taken ("Kerajaan" heads a government in Malay, a
    # kingdom in Indonesian).
    own: dict[str, set[str]] = {}
    for key, value in data.items():
        for item in (value.keys() if isinstance(value, dict) else value if isinstance(value, list) else ()):
            if isinstance(item, str):
                own.setdefault(item.casefold(), set()).add(key)

    def foreign(key, items):
        return [x for x in items if not isinstance(x, str) or own.get(x.casefold(), {key}) <= {key}]

    def pick(key):
        if key in SHARED:
            return _pooled(lang, key)
        out = _items(data, key)
        for other in SIBLINGS.get(lang, ()):
            out += foreign(key, _items(load(other, "entities"), key))
        return out

    lex = Lexicon(lang=lang)
    lex.function = Phrases(pick("function_words") + pick("sentence_adverbs") + pick("days") + pick("months"))
    lex.sentence_adverbs = Phrases(pick("sentence_adverbs"))
    lex.days_months = _lower_set(pick("days") + pick("months"))
    lex.name_months = _lower_set(pick("name_months"))
    lex.number_marks = _lower_set(pick("number_marks"))
    # (one token each, as a sentence's view holds them: "M.Si", "S.H.")
    lex.post_nominals = frozenset(key[0] for key in map(words_of, map(str, pick("post_nominals"))) if len(key) == 1)
    lex.currencies_after = _lower_set(pick("currencies_after"))
    lex.currencies_before = _lower_set(pick("currencies_before"))
    lex.seat_words = Phrases(pick("seat_words"))
    lex.measure_tails = _lower_set(pick("measure_tails"))
    lex.honorifics = Phrases(pick("honorifics"))
    lex.ranks = Phrases(pick("ranks"))
    lex.titles = Phrases(pick("titles") + pick("ranks") + pick("title_modifiers"), abbreviations_as_written=True)
    lex.own_title_words = _lower_set(
        w for other in (lang,) + SIBLINGS.get(lang, ()) for key in ("titles", "ranks", "title_modifiers")
        for w in _items(load(other, "entities"), key) if " " not in str(w))
    lex.role_nouns = Phrases(pick("role_nouns") + pick("titles") + pick("ranks") + pick("title_modifiers"), abbreviations_as_written=True)
    lex.org_heads = Phrases(pick("org_heads"))
    lex.org_suffixes = Phrases(pick("org_suffixes"))
    lex.org_connectors = _lower_set(pick("org_connectors"))
    lex.org_inner_lower = _lower_set(pick("org_inner_lower"))
    lex.org_context = Phrases(pick("org_context"))
    lex.title_links = _lower_set(pick("title_links"))
    lex.acronym_ors = _lower_set(pick("acronym_ors"))
    lex.relatives = _lower_set(pick("relatives"))
    lex.sex_words = _lower_set(pick("sex_words"))
    lex.office_heads = Phrases(pick("office_heads"))
    lex.body_offices = Phrases(pick("body_offices"))
    lex.initials_markers = _lower_set(pick("initials_markers"))
    lex.known_orgs = _known_names(pick("known_orgs"))
    lex.known_people = _known_names(pick("known_people"))
    lex.collectives = Phrases(pick("collectives"))
    lex.non_entities = Phrases(pick("non_entities"))
    lex.event_heads = Phrases(pick("event_heads"))
    lex.law_heads = Phrases(pick("law_heads"))
    def mapping(key):
        out = {}
        for other in reversed(SIBLINGS.get(lang, ())):
            theirs = _mapping(load(other, "entities"), key)
            out.update({k: theirs[k] for k in foreign(key, list(theirs))})
        out.update(_mapping(data, key))  # the language's own values win
        return out

    heads = mapping("place_heads")
    lex.place_heads = Phrases(heads, heads)
    descriptors = mapping("place_descriptors")
    lex.place_descriptors = Phrases(descriptors, descriptors)
    suffixes = mapping("place_suffixes")
    lex.place_suffixes = Phrases(suffixes, suffixes)
    lex.place_prepositions = Phrases(pick("place_prepositions"))
    lex.source_prepositions = Phrases(pick("source_prepositions"))
    lex.directions = {str(k).casefold(): str(v) for k, v in mapping("directions").items()}
    lex.speech_verbs = Phrases(pick("speech_verbs"))
    lex.attribution_leads = Phrases(pick("attribution_leads"))
    lex.person_verbs = Phrases(pick("person_verbs"))
    lex.person_companions = Phrases(pick("person_companions"))
    lex.copulas = Phrases(pick("copulas"))
    lex.copula_fillers = _lower_set(pick("copula_fillers"))
    lex.replace_verbs = Phrases(pick("replace_verbs"))
    lex.role_stops = _lower_set(pick("role_stops"))
    lex.clause_joiners = Phrases(pick("clause_joiners"))
    lex.role_joiners = _lower_set(pick("role_joiners"))
    lex.person_pronouns = Phrases((load(lang, "events").get("pronouns") or {}).get("person") or [])
    lex.number_words = _lower_set(w for w in (load(lang, "time").get("numbers") or {}) if " " not in str(w))
    lex.rise_verbs = _lower_set(pick("rise_verbs"))
    lex.demonstratives = _lower_set(pick("demonstratives"))
    lex.verb_prefixes = tuple(sorted(_lower_set(pick("verb_prefixes")), key=len, reverse=True))
    lex.active_verb_prefixes = tuple(sorted(_lower_set(pick("active_verb_prefixes")), key=len, reverse=True))
    lex.derivation_prefixes = tuple(_lower_set(pick("derivation_prefixes")))
    lex.derivation_suffixes = tuple(_lower_set(pick("derivation_suffixes")))
    lex.apposition_leads = Phrases(pick("apposition_leads"))
    lex.alias_markers = Phrases(pick("alias_markers"))
    renames = mapping("rename_markers")  # phrase -> "old" or "new": which the name after it is
    lex.rename_markers = Phrases(renames, renames)
    lex.branch_words = _lower_set(pick("branch_words"))
    lex.sibling_words = _lower_set(pick("sibling_words"))
    lex.language_leads = _lower_set(pick("language_leads"))
    lex.group_heads = Phrases(pick("group_heads"))
    lex.ethnic_heads = Phrases(pick("ethnic_heads"))
    lex.droppable_place_heads = _lower_set(pick("droppable_place_heads"))
    lex.company_marks = _lower_set(pick("company_marks"))
    lex.patronymics = _lower_set(pick("patronymics"))
    lex.hereditary = {w: forms for forms in map(_lower_set, pick("hereditary_honorifics")) for w in forms}
    lex.kind_nouns = _lower_set(pick("kind_nouns"))
    lex.long_title_openers = frozenset(
        words_of(entry)[0] for entry in map(str, pick("titles") + pick("honorifics"))
        if any(w[:1].islower() for w in entry.split()[1:]))
    lex.kin_nouns = _lower_set(pick("kin_nouns"))
    lex.kind_list_leads = Phrases(pick("kind_list_leads"))
    lex.work_heads = Phrases(pick("work_heads"))
    lex.bare_work_heads = Phrases(pick("bare_work_heads"))
    lex.title_leads = Phrases(pick("title_leads"))
    lex.product_heads = Phrases(pick("product_heads"))
    lex.english_title_links = _lower_set(pick("english_title_links"))
    lex.compound_suffixes = tuple("-" + str(x).casefold() for x in pick("compound_suffixes"))
    lex.ministry_words = _lower_set(pick("ministry_words"))
    lex.portfolio_words = _lower_set(pick("portfolio_words"))
    lex.field_before_title = data.get("title_field_side") == "before"
    lex.nationality_endings = tuple(str(x) for x in _items(data, "nationality_endings"))
    lex.opener_endings = tuple(str(x) for x in _items(data, "opener_endings"))
    lex.demonym_endings = {str(k): [str(v) for v in vs] for k, vs in (data.get("demonym_endings") or {}).items()}
    lex.clitics = tuple(str(c).casefold() for c in pick("clitics"))
    lex.common_prefixes = tuple(str(c).casefold() for c in pick("common_word_prefixes"))
    lex.common_suffixes = tuple(str(c).casefold() for c in pick("common_word_suffixes"))
    # The words for a work or a kind of thing are ordinary words too ("Filem ...", "Rudal ..."),
    # in a language that lists its ordinary words (English lists none, and is read so).
    common = pick("common_words")
    if common:
        common += [w for w in pick("work_heads") + pick("bare_work_heads") + pick("product_heads") if " " not in str(w)]
    lex.common_words = _lower_set(common)
    lex.common_endings = tuple(str(c).casefold() for c in pick("common_word_endings"))
    lex.abbreviations = frozenset(a.casefold().rstrip(".") for a in map(str, pick("abbreviations")))
    lex.particles = _lower_set(pick("name_particles"))
    lex.given_names = _lower_set(pick("given_names"))
    lex.family_names = _lower_set(pick("family_names"))
    lex.common_given_names = _lower_set(pick("common_given_names"))
    lex.first_names = lex.given_names | lex.common_given_names | given_names(lang)
    # English given names serve the others too ("Chris Pratt" in Indonesian news), but for
    # those that are words of the language ("Dan", "Ada"): see _is_first_name
    lex.other_first_names = frozenset().union(*(given_names(other) for other in LANGUAGES if other != lang))
    lex.day_followers = _lower_set(pick("day_followers"))
    lex.day_surnames = _lower_set(_items(data, "day_surnames"))
    lex.team_verbs = _lower_set(_items(data, "team_verbs"))
    lex.apostrophe_words = frozenset(
        w[:-1].casefold() for w in map(str, pick("honorifics")) if w.endswith("'") and " " not in w
    )
    return lex

# --- mentions -------------------------------------------------------------------------

PERSON, ORG, GROUP, PLACE, NAME = "person", "organisation", "group", "place", "name"
DEMONYM = "demonym"  # a place named only to say whose people: dropped

# Word labels inside a chunk.
KPERSON = "kperson"  # a known person's name or short name ("SBY", "Jokowi")
FUNC, NONE, EVENT, KNOWN, HON, TITLE, ORGHEAD, ORGSUF, PHEAD, PDESC, PSUF, COLL, GHEAD, GAZ, CAPS, WORD, JOIN = (
    "func", "none", "event", "known", "hon", "title", "orghead", "orgsuf", "phead", "pdesc", "psuf",
    "coll", "ghead", "gaz", "caps", "word", "join",
)
POSSESSIVES = ("'s", "’s")
MAX_ACRONYM = 8


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # person | organisation | group | place | name (not yet known)
    sentence: int
    lo: int  # token range in the sentence
    hi: int
    block: int = 0
    honorifics: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: list[tuple[str, int, int]] = field(default_factory=list)  # (text, start, end)
    place: gaz.PlaceInfo | None = None
    place_kind: str | None = None
    known_name: str | None = None  # canonical name of a known organisation or person
    evidence: set[str] = field(default_factory=set)
    link: Mention | None = None  # a mention named as the same referent ("X alias Y")

    @property
    def words(self) -> list[str]:
        return self.text.split()


@dataclass
class Seg:
    label: str
    lo: int
    hi: int
    value: object = None


@dataclass
class SentenceView:
    """A sentence's tokens prepared for chunking (possessives cut off)."""

    sentence: Sentence
    toks: list[Token]
    words: list[str]  # lower-cased token texts
    raw: list[str]  # token texts as written
    first_word: int  # index of the first word token
    # Tokens of the portfolio items listed after a title's own ("Menteri Sumber Asli, | Alam
    # Sekitar dan Perubahan Iklim"): the roles read across their commas.
    portfolio: frozenset = frozenset()
    # Tokens of the names listed after a word for a kind ("varietas | Pelangi", "jenis durian
    # antara lain | Bido, Matahari dan Pelangi"): kinds of a thing, not actors.
    kinds_listed: frozenset = frozenset()
    # Tokens of a portfolio listed before the head or title that closes it, with their commas
    # and "and" ("Tourism, Arts and Culture | Ministry"): one name, one role.
    head_lists: frozenset = frozenset()


@dataclass
class TextFacts:
    """Facts about the whole text that single chunks are judged by."""

    text: str
    lower_words: frozenset[str]  # words seen in lower case
    mid_capitals: frozenset[str]  # capitalised words seen away from a sentence start
    lone: bool = False  # one or two sentences: no document to gather evidence from
    capital_counts: dict = field(default_factory=dict)  # capitalised word -> times seen
    # capitalised words written after another capitalised word away from a sentence's start
    # ("Vindman" of "Alexander Vindman"): names whose first word the text shows
    named_after: frozenset[str] = frozenset()
    common_acronyms: frozenset[str] = frozenset()  # spelt out in lower case: "crude palm oil (CPO)"


def _place_pair_cut(word: str) -> int:
    """Where a hyphen joins two places' names in one word ("US-China", "Indonesia-Cina"), or
    0. Both sides must be known places and the whole must not be one ("Timor-Leste")."""
    if word.count("-") != 1 or not word[:1].isupper():
        return 0
    cut = word.index("-")
    left, right = word[:cut], word[cut + 1:]
    if not (len(left) >= 2 and len(right) >= 2 and right[0].isupper()):
        return 0
    if gaz.lookup(word) is not None or gaz.lookup(left) is None or gaz.lookup(right) is None:
        return 0
    return cut


def _pair_of_people_cut(word: str, lex: Lexicon) -> int:
    """Where a hyphen joins two people's names in one word, a ticket or a pair ("Jokowi-JK",
    "SBY-Boediono"), or 0: both sides capitalised, one of them a public figure's known name."""
    if word.count("-") != 1:
        return 0
    cut = word.index("-")
    left, right = word[:cut], word[cut + 1:]
    if not (len(left) >= 2 and len(right) >= 2 and left[0].isupper() and right[0].isupper()):
        return 0
    known = lex.known_people
    return cut if known.match([left.casefold()], 0)[0] or known.match([right.casefold()], 0)[0] else 0


def _pair_of_full_names_cut(tokens: list, k: int, lex: Lexicon) -> int:
    """Where a hyphen joins two full names, a doubles pair ("Aaron Chia-Soh Wooi Yik", "Ong
    Yew Sin-Teo Ee Yi"), or 0: the hyphen's word has a name's word before it and after it, so
    each side is a name of two words or more. Not an article's prefix ("Al-Amin"), nor one
    name of two parts written after another word ("The Coca-Cola Company": the word before is
    a function word, the one after a body's)."""
    text = tokens[k].text
    if text.count("-") != 1 or not 0 < k < len(tokens) - 1:
        return 0
    cut = text.index("-")
    left, right = text[:cut], text[cut + 1:]
    if not (left.isalpha() and right.isalpha() and left[0].isupper() and right[0].isupper()
            and left[1:].islower() and right[1:].islower() and len(right) >= 2):
        return 0
    before, after = tokens[k - 1], tokens[k + 1]
    if not (before.is_word and after.is_word and before.is_capitalised and after.is_capitalised):
        return 0
    words = [before.lower, left.casefold(), after.lower]
    if (lex.function.match(words, 0)[0] or lex.titles.match(words, 0)[0] or lex.honorifics.match(words, 0)[0]
            or words[1] in lex.particles or lex.org_suffixes.match(words, 2)[0] or lex.org_heads.match(words, 2)[0]):
        return 0
    return cut


def _slash_cut(word: str, lex: Lexicon) -> int:
    """Where a slash parts two capitalised names written alike as one ("UMNO/BN",
    "Instagram/Saddil"): each is read on its own. Not numbers ("24/7"), single letters ("A/L"),
    two posts one person holds ("Menteri PPN/Kepala Bappenas") nor a credit ("ANTARA/Didik")."""
    if word.count("/") != 1:
        return 0
    cut = word.index("/")
    left, right = word[:cut], word[cut + 1:]
    if not (len(left) >= 2 and len(right) >= 2 and left[0].isupper() and right[0].isupper()
            and left.isalpha() and right.isalpha()):
        return 0
    if left.isupper() != right.isupper():
        return 0  # "TEMPO/Tony Hartawan": a photo's credit, an agency and its photographer
    return 0 if lex.titles.match([right.casefold()], 0)[0] else cut


def _prepare(sentence: Sentence, lex: Lexicon) -> SentenceView:
    toks = []
    tokens = sentence.tokens
    for k, t in enumerate(tokens):
        t = _without_possessive(t)
        text = t.text
        cut = 0
        if "-" in text:
            # "US-China trade", "Malaysia-Singapura": two places, not one name (but "Asia-Oceania
            # Regional Headquarters" is one name: a capitalised word follows)
            cut = 0 if k + 1 < len(tokens) and tokens[k + 1].is_capitalised else _place_pair_cut(text)
            cut = cut or _pair_of_people_cut(text, lex) or _pair_of_full_names_cut(tokens, k, lex)
            if not cut and lex.compound_suffixes and t.lower.endswith(lex.compound_suffixes) and text[:1].isupper():
                cut = text.rindex("-")  # "Singapore-based": the place, then an adjective's half
        elif "/" in text:
            cut = _slash_cut(text, lex)
        if cut:
            toks += [Token(t.text[:cut], t.start, t.start + cut), Token(t.text[cut], t.start + cut, t.start + cut + 1),
                     Token(t.text[cut + 1:], t.start + cut + 1, t.end)]
            continue
        toks.append(t)
    first = next((k for k, t in enumerate(toks) if t.is_word), len(toks))
    return SentenceView(sentence, toks, [t.lower for t in toks], [t.text for t in toks], first)


MAX_NAME_WORD = 64  # characters: a longer "word" is no part of a name


# A name in capitals that holds a figure: one figure before three capitals or more ("1MDB"),
# or inside a word of capitals ("PR1MA"). Figures at the end ("PRU15", "MH370") or between
# single letters ("B2B") make a code, not a name.
_NUMBERED_NAME = re.compile(r"\d[A-Z]{3,}|[A-Z]{2,}\d[A-Z]{2,}")


def _is_name_start(tok: Token) -> bool:
    if not tok.is_word or len(tok.text) > MAX_NAME_WORD:
        return False
    if tok.is_capitalised and tok.text[0].isalpha():
        return True
    if tok.text[0].isdigit() and _NUMBERED_NAME.fullmatch(tok.text):
        return True  # "1MDB"
    low = tok.text[:3].casefold()  # "al-Assad"
    return low in ("al-", "el-") and len(tok.text) > 3 and tok.text[3].isupper()


def _chunk_end(view: SentenceView, i: int, lex: Lexicon) -> int:
    """End (exclusive) of the capitalised run that starts at ``i``."""
    toks, words = view.toks, view.words
    n = len(toks)
    k = i + 1
    heads = _has_head(view, i, k, lex)
    while k < n:
        t, prev = toks[k], toks[k - 1]
        glued = t.start == prev.end
        nxt = toks[k + 1] if k + 1 < n else None
        if _is_name_start(t):
            k += 1
        elif t.text in ("'", "’") and glued and words[k - 1] in lex.apostrophe_words:
            k += 1  # Dato'
        elif (span := _title_through(words, k, lex)) > k:
            k = span  # "Yang di-Pertuan Agong": a title that holds a word in small letters
        elif t.text == "." and glued and words[k - 1] in lex.abbreviations and prev.is_word:
            if nxt is not None and _is_name_start(nxt) and not (
                    k - 1 > i and lex.function.match(words, k + 1)[0] == 1
                    and not (k + 2 < n and _is_name_start(toks[k + 2]))):
                k += 1  # "Md. Nor", "Sdn. Bhd" (but "Chong Chien Jen. | He said": a name's last word)
            elif lex.org_suffixes.match(words, k - 1)[0] == 1 and k + 1 < n:
                k += 1  # the dot of a closing "Bhd." (at the sentence's end, its full stop)
                break
            else:
                break
        elif (t.text == "." and glued and len(prev.text) == 1 and prev.text.isupper() and nxt is not None
              and _is_name_start(nxt) and not lex.function.match(words, k + 1)[0]
              and not _has_body_or_place_head(words, i, k, lex)):
            k += 1  # a person's initial: "John F. Kennedy", "Ade Jeanne L. Tobing" (not "Blok A.")
        elif words[k] in lex.particles and nxt is not None and _is_name_start(nxt):
            k += 1
        elif t.text == "&" and nxt is not None and _is_name_start(nxt):
            k += 1  # "Kopetro Travel & Tours Sdn Bhd", "Procter & Gamble": one name
        elif heads and nxt is not None and _is_name_start(nxt) and (
            words[k] in lex.org_inner_lower
            or (words[k] in lex.org_connectors and not lex.org_heads.match(words, k + 1)[0]
                and not lex.titles.match(words, k + 1)[0])
            or (words[k] in lex.org_connectors and _spelt_after(view, i, k + 1))
        ):
            k += 1  # "Kementerian Pertanian dan Keterjaminan Makanan", "Ministry of Health"
        elif k in view.head_lists and nxt is not None and _is_name_start(nxt):
            k += 1  # "Housing and | Local Government Ministry": the portfolio in one body's name
        elif heads and t.text.isdigit() and len(t.text) <= 3 and (nxt is None or not nxt.text[0].isdigit()):
            k += 1  # "Ibu Pejabat Polis Daerah Seremban 2"
            break
        else:
            break
        heads = heads or _has_head(view, k - 1, k, lex)
    return k


def _title_through(words: list[str], k: int, lex: Lexicon) -> int:
    """The end of a title or honorific of several words that opens at k - 1 and runs on
    through the word at k, or 0."""
    if words[k - 1] not in lex.long_title_openers:
        return 0
    n = max(lex.titles.match(words, k - 1)[0], lex.honorifics.match(words, k - 1)[0])
    return k - 1 + n if n >= 2 else 0


def _spelt_after(view: SentenceView, i: int, k: int) -> bool:
    """Does the capitalised run from k end at a bracketed acronym of the initials of every
    capitalised word from i on ("Kementerian Perumahan dan | Kerajaan Tempatan (KPKT)")? Then
    the joiner before k joins one name, though a body's head follows it."""
    toks = view.toks
    q = k
    while q < len(toks) and toks[q].is_word and toks[q].is_capitalised:
        q += 1
    if not (q + 2 < len(toks) and toks[q].text == "(" and toks[q + 2].text == ")" and _is_acronym(toks[q + 1])):
        return False
    initials = "".join(t.text[0] for t in toks[i:q] if t.is_word and t.is_capitalised)
    return initials.casefold() == toks[q + 1].lower


def _holds(words: list[str], lo: int, hi: int, *tables: Phrases) -> bool:
    """Whether an entry of one of the tables starts in words[lo:hi]."""
    return any(table.match(words, p)[0] for p in range(lo, hi) for table in tables)


def _has_body_or_place_head(words: list[str], lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether words[lo:hi] hold an organisation head or a place head ("Kumpulan", "Blok")."""
    return _holds(words, lo, hi, lex.org_heads, lex.place_heads)


def _has_head(view: SentenceView, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether words[lo:hi] hold an organisation head or a title (connectors may follow)."""
    return _holds(view.words, lo, hi, lex.org_heads, lex.titles)


def _label(view: SentenceView, i: int, j: int, lex: Lexicon, facts: TextFacts) -> list[Seg]:
    """Label the chunk's words, longest lexicon or gazetteer match first (ties: table order)."""
    toks, words, raw = view.toks, view.words, view.raw
    by_first = _label_tables(lex)
    segs: list[Seg] = []
    p = i
    leading = True
    maxw = gaz.max_words()
    while p < j:
        t = toks[p]
        if not _is_name_start(t):
            segs.append(Seg(JOIN, p, p + 1))
            p += 1
            continue
        w = words[p]
        if _names_a_currency(view, p, lex):
            segs.append(Seg(NONE, p, p + 1))  # "US$600 million", "the US dollar": money, not the place
            p += 1
            continue
        if w in lex.number_marks and _number_follows(view, p):
            segs.append(Seg(FUNC, p, p + 1))  # "pemain No. 1 dunia": a rank, no name
            p += 1
            continue
        if "-" in w and all(part in lex.days_months for part in w.split("-")):
            segs.append(Seg(FUNC, p, p + 1))  # "Januari-April", "Senin-Jumat": a span of time
            p += 1
            continue
        if w in lex.post_nominals and _after_a_name(view, p, lex):
            segs.append(Seg(NONE, p, p + 1))  # "Ace Hasan Syadzily, M.Si", "Andi Rahman SH MH": a degree
            p += 1
            continue
        if (len(t.text) == 1 and t.text.isupper() and p + 2 < j and toks[p + 1].text == "."
                and toks[p + 1].start == t.end and _is_name_start(toks[p + 2])
                and not lex.honorifics.match(words, p)[0]):  # ("H." is Haji)
            segs.append(Seg(WORD, p, p + 1))  # "A. Rajendran", "S. Kisona": an initial, not the word "a"
            p += 1
            continue
        if w in lex.name_months and _beside_a_number(view, p):
            segs.append(Seg(FUNC, p, p + 1))  # "May 21, 2021", "1 May": a date
            p += 1
            continue
        if (w in lex.days_months and segs and segs[-1].label == WORD and not _beside_a_number(view, p)
                and (p + 1 < j and _is_name_start(toks[p + 1]) or _surname_before_speech(view, i, p, j, lex))):
            segs.append(Seg(WORD, p, p + 1))  # "Hong Mei Jing", "Datuk Norazam Khamis berkata": a name's word
            p += 1
            continue
        if (not segs or segs[-1].label in (FUNC, JOIN, NONE)) and _names_a_language(view, p, j, lex):
            segs.append(Seg(NONE, p, p + 1))  # "berbahasa Mandarin", "Bahasa | Melayu"
            leading = False
            p += 1
            continue
        best_n, best_label, best_value = 0, None, None
        tables = by_first.get(w, ())
        if lex.clitics and TITLE not in (label for label, _t in tables) and w.endswith(lex.clitics):
            tables = tuple(sorted(tables + ((TITLE, lex.titles),), key=lambda lt: _LABEL_ORDER[lt[0]]))
        for label, table in tables:
            n, value = table.match(words, p, j, lex.clitics if label == TITLE else (), raw)
            if n > best_n:
                best_n, best_label, best_value = n, label, value
        if (leading or words[p] in lex.days_months) and not _capitals_of_a_name(view, p, best_n):
            n, _ = lex.function.match(words, p, j, (), raw)
            if p == view.first_word and not n:
                # A phrase opening the sentence that runs on past the capitals: "Akhir kata, ..."
                n = min(lex.function.match(words, p, None, (), raw)[0], j - p)
            if p == view.first_word and not n:
                n, _ = lex.speech_verbs.match(words, p, j)  # "Kata Osman, ..."
            if (p == view.first_word and not n and best_n == 0 and lex.opener_endings and p + 1 < j
                    and len(t.text) >= OPENER_MIN and words[p].endswith(lex.opener_endings)
                    and toks[p + 1].text in facts.named_after):
                n = 1  # "Questioning | Vindman's judgment": a verb opens the line; the name is written whole elsewhere
            if n >= best_n and n:
                best_n, best_label, best_value = n, FUNC, None
        longest = min(maxw, j - p)
        if longest > 1 and toks[p + 1].start > t.end and not gaz.may_open_longer_name(t.text):
            longest = 1  # no name of two words or more starts with this word
        for n in range(longest, best_n, -1):
            last = toks[p + n - 1]
            if not last.is_word:
                continue
            info = gaz.lookup(facts.text[t.start : last.end])
            if info is not None:
                best_n, best_label, best_value = n, GAZ, info
                break
        if (best_label == KNOWN and best_n == 1 and segs and segs[-1].label == GAZ
                and not t.text.isupper() and lex.ordinary(t.text)):
            best_label = WORD  # "Afrika Bersatu": a word of the name before it, not the party "Bersatu"
        if (best_n == 0 or (best_label == GAZ and best_n == 1)) and (
                t.text in facts.common_acronyms or _plural_acronym(t.text)):
            # "CPO" spelt out as "crude palm oil", "SPS" as "sanitary and phytosanitary" (not
            # the district the gazetteer abbreviates so); "MPs", "NGOs"
            best_n, best_label, best_value = 1, NONE, None
        if (best_n == 0 and _is_acronym(t) and len(t.text) >= CAPITALISED_WORD_MIN and lex.ordinary(t.text)
                and not (p + 1 < len(toks) and toks[p + 1].text == "(")):
            # "calon BEBAS", "(AKHIR)": a word in capitals, not an acronym (one that spells a
            # word is spelt out after it: "PETA ( Pembela Tanah Air )")
            best_n, best_label = 1, FUNC
        if best_n == 0:
            best_n, best_label = 1, CAPS if _is_acronym(t) else WORD
        segs.append(Seg(best_label, p, p + best_n, best_value))
        leading = leading and best_label == FUNC
        p += best_n
    return segs


OPENER_MIN = 8  # letters of a verb form opening a line before a name ("Questioning"); "Fleming" is a name
CAPITALISED_WORD_MIN = 4  # letters: shorter words in capitals are as often acronyms ("PAS", "DAP")


def _capitals_of_a_name(view: SentenceView, p: int, known: int) -> bool:
    """Is the word at p in capitals among words that are not ("the US", "said WHO"), and a
    name the tables or the gazetteer know? Then it is that name, not the function word
    its letters spell ("us", "who")."""
    toks = view.toks
    t = toks[p]
    if not (t.is_all_caps and len(t.text) >= 2):
        return False
    for k in (p - 1, p + 1):
        if 0 <= k < len(toks) and toks[k].is_word and toks[k].is_all_caps:
            return False  # a headline in capitals
    return known > 0 or gaz.lookup(t.text) is not None


def _names_a_currency(view: SentenceView, p: int, lex: Lexicon) -> bool:
    """Is the word at p the country part of a currency's sign or name ("US$", "S$", "US
    dollar", "dolar Singapura")?"""
    toks, words = view.toks, view.words
    nxt = toks[p + 1] if p + 1 < len(toks) else None
    if nxt is not None and nxt.text == "$" and nxt.start == toks[p].end:
        return True
    if nxt is not None and not nxt.is_capitalised and words[p + 1] in lex.currencies_after:
        return True
    return p > 0 and not toks[p - 1].is_capitalised and words[p - 1] in lex.currencies_before


def _number_follows(view: SentenceView, p: int) -> bool:
    """A number right after the word at p, or after its dot: "No 1", "No. 1"."""
    toks = view.toks
    k = p + 1
    if k < len(toks) and toks[k].text == "." and toks[k].start == toks[p].end:
        k += 1
    return k < len(toks) and toks[k].text[:1].isdigit()


def _after_a_name(view: SentenceView, p: int, lex: Lexicon) -> bool:
    """Does the word at p follow a name's last word, or another degree after one, across a
    comma and a dot at most? (Not an acronym: "KPK, SE dan BPK" lists bodies.)"""
    toks = view.toks
    k = p - 1
    while k >= 0 and k >= p - 2 and toks[k].text in (",", "."):
        k -= 1
    return k >= 0 and toks[k].is_word and toks[k].is_capitalised and (
        not toks[k].is_all_caps or view.words[k] in lex.post_nominals)


def _surname_before_speech(view: SentenceView, i: int, p: int, j: int, lex: Lexicon) -> bool:
    """Is the day's or month's name at p, the chunk's last word, the surname of a person
    that an honorific, a title or a common given name marks ("Datuk Norazam Khamis berkata",
    "Superintendan Ahmad Khamis", "Rosli Jumaat, 50")? The day someone did something is
    written with "pada", after the verb, or with a word of time after it ("Khamis lalu"),
    and the name before it would then need no such mark."""
    words, toks = view.words, view.toks
    if p + 1 != j or p == i:
        return False
    if (lex.honorifics.match(words, i)[0] > 0 and j < len(toks) and not toks[j].is_capitalised
            and lex.speech_verbs.match(words, j)[0] > 0):
        return True  # "Datuk Norazam Khamis berkata": the day a person spoke is written otherwise
    if words[p] not in lex.day_surnames:
        return False  # (Indonesian news writes the day right after the name: "X Selasa mengatakan")
    marked = (lex.honorifics.match(words, i)[0] > 0 or lex.titles.match(words, i)[0] > 0
              or lex.role_nouns.match(words, i)[0] > 0 or any(w in lex.common_given_names for w in words[i:p]))
    if not marked:
        return False
    if j < len(toks) and (words[j] in lex.day_followers or toks[j].text[:1].isdigit() or toks[j].text == "("):
        return False  # "Ahmad Khamis lalu", "Ali Isnin (12 Jun)": a day
    return j >= len(toks) or not toks[j].is_capitalised


def _beside_a_number(view: SentenceView, p: int) -> bool:
    """A number right before or after the word at p: "May 21", "1 May"."""
    toks = view.toks
    return (p + 1 < len(toks) and toks[p + 1].text.isdigit()) or (p > 0 and toks[p - 1].text.isdigit())


def _names_a_language(view: SentenceView, p: int, j: int, lex: Lexicon) -> bool:
    """Is the word at p a language's lead before its name ("Bahasa Melayu"), or the name
    after the lead ("berbahasa Mandarin")? Neither is a place nor anyone's name. A name
    that is a place's stays one, as annotators mark it ("bahasa Indonesia"). (The caller
    asks only where no name runs on into p: "Dewan Bahasa dan Pustaka" is a body's.)"""
    toks, words = view.toks, view.words
    if words[p] in lex.language_leads:
        return p + 1 < j and toks[p + 1].is_word and toks[p + 1].start > toks[p].end
    return (p > 0 and words[p - 1] in lex.language_leads and toks[p - 1].is_word
            and gaz.lookup(toks[p].text) is None)


_LABEL_ORDER = {label: k for k, label in enumerate(
    (NONE, EVENT, PHEAD, PDESC, KNOWN, KPERSON, HON, TITLE, ORGHEAD, COLL, GHEAD, ORGSUF, PSUF))}


def _label_tables(lex: Lexicon) -> dict[str, tuple[tuple[str, Phrases], ...]]:
    """For each word that opens an entry: the (label, table) pairs to try, in the order
    that breaks ties between matches of the same length (built once per lexicon)."""
    if lex.label_index is not None:
        return lex.label_index
    tables = (
        (NONE, lex.non_entities), (EVENT, lex.event_heads), (PHEAD, lex.place_heads),
        (PDESC, lex.place_descriptors), (KNOWN, lex.known_orgs), (KPERSON, lex.known_people), (HON, lex.honorifics),
        (TITLE, lex.titles), (ORGHEAD, lex.org_heads), (COLL, lex.collectives),
        (GHEAD, lex.group_heads), (ORGSUF, lex.org_suffixes), (PSUF, lex.place_suffixes),
    )
    out: dict[str, list] = {}
    for label, table in tables:
        for first in table.first_words():
            out.setdefault(first, []).append((label, table))
    lex.label_index = {w: tuple(v) for w, v in out.items()}
    return lex.label_index


def _is_acronym(tok: Token) -> bool:
    return tok.is_all_caps and sum(c.isalpha() for c in tok.text[: 4 * MAX_ACRONYM + 1]) <= MAX_ACRONYM


def _plural_acronym(word: str) -> bool:
    """"MPs", "NGOs", "SMEs": an acronym used as a common noun."""
    return len(word) >= 3 and word[-1] == "s" and _is_caps(word[:-1]) and word[:-1].isalpha()


DERIVED_MIN = 7  # letters: a shorter word with an affix's shape is often a name ("Dian", "Dimas")


def _is_common_shape(word: str, lex: Lexicon) -> bool:
    """Malay/Indonesian derived or doubled words: "Kesihatan", "Dikutip", "Beribu-ribu"."""
    w = word.casefold()
    if "-" in w:
        parts = w.split("-")
        return len(parts) == 2 and (parts[1] == parts[0] or parts[1].startswith(parts[0][:3]))
    if len(w) < DERIVED_MIN:
        return False
    if lex.common_endings and w.endswith(lex.common_endings):
        return True  # "Alasannya", "Pasukannya": a word with its clitic, never a name
    if w.endswith(lex.common_suffixes) and w.startswith(lex.common_prefixes):
        return True
    return bool(lex.common_prefixes) and w.endswith("an") and w.startswith(("ke", "pe", "per")) and len(w) >= 8


def _looks_common(tok: Token, lex: Lexicon, facts: TextFacts) -> bool:
    """A capitalised word that the text, or the language, uses as an ordinary word."""
    if tok.lower in facts.lower_words or tok.lower in lex.common_words:
        return True
    return tok.text not in facts.mid_capitals and _is_common_shape(tok.text, lex)


def _never_a_name(tok: Token, lex: Lexicon) -> bool:
    """One of the language's ordinary words, or a word with its clitic ("Pihaknya"): not a
    name even when a speech verb follows it."""
    w = tok.lower
    return w in lex.common_words or (len(w) >= DERIVED_MIN and bool(lex.common_endings) and w.endswith(lex.common_endings))


def _has_derived_shape(word: str, lex: Lexicon) -> bool:
    """A lower-cased word long enough, and opening with one of the language's verb prefixes."""
    return len(word) >= DERIVED_MIN and word.startswith(lex.common_prefixes)


def _a_word_of(tok: Token, lex: Lexicon) -> bool:
    """Is the word one of the language's, in its dictionary or in one of its lists of
    common words, of words before a body's name, or of roles ("skuad", "pengerusi")?"""
    words = [tok.lower]
    return (lex.ordinary(tok.text) or tok.lower in lex.common_words or lex.org_context.match(words, 0)[0] == 1
            or lex.role_nouns.match(words, 0)[0] == 1)


def _opens_like_verb(tok: Token, lex: Lexicon, facts: TextFacts) -> bool:
    """A sentence-opening derived word ("Bermula", "Dikutip") seen nowhere else capitalised."""
    return _has_derived_shape(tok.lower, lex) and tok.text not in facts.mid_capitals


def _mention(view: SentenceView, facts: TextFacts, kind: str, lo: int, hi: int, **kw) -> Mention:
    toks = view.toks
    start, end = toks[lo].start, toks[hi - 1].end
    return Mention(start, end, facts.text[start:end], kind, view.sentence.index, lo, hi,
                   block=view.sentence.block, **kw)


def _relabel(view: SentenceView, segs: list[Seg], lex: Lexicon, facts: TextFacts) -> list[Seg]:
    """Second look at the labels with their neighbours in view."""
    toks = view.toks
    out = list(segs)
    caps = [s for s in out if s.label != JOIN and toks[s.lo].is_all_caps]
    if len(caps) >= 2 and all(toks[s.lo].is_all_caps or s.label == JOIN for s in out):
        # a headline or subhead in capitals: keep only what the lexicons know, and not a
        # function word that spells a name ("LET US GO")
        return [Seg(FUNC, s.lo, s.hi) if s.label in (CAPS, WORD) or (
                    s.hi - s.lo == 1 and lex.function.match(view.words, s.lo, s.hi)[0]) else s
                for s in out]
    for k in range(len(out) - 1):
        if (out[k].label in (WORD, GAZ) and out[k].hi - out[k].lo == 1 and out[k + 1].label == GAZ
                and out[k + 1].hi - out[k + 1].lo == 1 and (k == 0 or out[k - 1].label not in (WORD, GAZ))
                and (k + 2 == len(out) or out[k + 2].label not in (WORD, GAZ, PHEAD, PDESC))
                and _is_first_name(toks[out[k].lo], lex)):
            # "David Cameron", "Chris Holland": a given name, then a surname that is a place's name
            out[k] = Seg(WORD, out[k].lo, out[k].hi)
            out[k + 1] = Seg(WORD, out[k + 1].lo, out[k + 1].hi)
    if out and out[0].lo == view.first_word and out[0].label == WORD and _never_a_name(toks[out[0].lo], lex):
        out[0] = Seg(FUNC, out[0].lo, out[0].hi)  # "Dirinya mengakui ...", "Pihaknya mengatakan ..."
    elif out and out[0].lo == view.first_word and not _speech_follows(view, out[-1].hi, lex):
        first = out[0]
        tok = toks[first.lo]
        nxt = toks[first.hi] if first.hi < len(toks) else None
        # "PENGERUSI syarikat itu ...", "SKUAD Harimau Malaya ...": a lede's first word in capitals
        lede = first.label == CAPS and len(tok.text) >= 5 and (nxt is None or not nxt.is_capitalised or _a_word_of(tok, lex))
        common = first.label == WORD and (_looks_common(tok, lex, facts) or _opens_like_verb(tok, lex, facts)
                                          or _hyphenated_words(tok.text, lex))
        minor_place = _opening_place_is_a_word(out, tok, lex, facts)
        if first.label == WORD and first.hi - first.lo == 1 and len(out) > 1 and out[1].label == WORD \
                and lex.role_nouns.match(view.words, first.lo, first.hi)[0]:
            out[0] = Seg(TITLE, first.lo, first.hi)  # "Artis Angel Lelga ...": a description, then the name
        elif lede or common or minor_place:
            out[0] = Seg(FUNC, first.lo, first.hi)
    for k in range(1, len(out) - 1):
        if (out[k].label == TITLE and out[k].hi - out[k].lo == 1 and out[k - 1].label == WORD
                and out[k - 1].hi - out[k - 1].lo == 1 and view.words[out[k - 1].lo] in lex.family_names
                and out[k + 1].label == WORD):
            out[k] = Seg(WORD, out[k].lo, out[k].hi)  # "Wong King Wei", "Tiong King Sing": a given name's word
    surname_day = bool(out) and view.words[out[-1].lo] in lex.days_months  # _label kept it a name's word
    if (len(out) >= 3 and out[-1].label == WORD and out[-2].label == WORD and not surname_day
            and _run_in_word(toks[out[-1].lo], lex, facts)):
        out[-1] = Seg(FUNC, out[-1].lo, out[-1].hi)  # "Kamal Adli Terkenal dengan ...": a run-in subhead's word
    elif (len(out) >= 2 and out[-1].label == WORD and out[-2].label != JOIN and not surname_day
          and _opens_run_on(view, out[-1], lex, out[0].lo == view.first_word,
                            any(x.label == ORGHEAD for x in out))):
        out[-1] = Seg(FUNC, out[-1].lo, out[-1].hi)  # "Jabatan Wilayah Persekutuan Agak mengejutkan ..."
    if view.head_lists:
        # "Local Government | Minister": inside a listed portfolio, "Government" heads no body
        out = [Seg(WORD, s.lo, s.hi) if s.label == ORGHEAD and all(x in view.head_lists for x in range(s.lo, s.hi))
               else s for s in out]
    for k, s in enumerate(out):
        prev = out[k - 1].label if k > 0 else None
        nxt = out[k + 1].label if k + 1 < len(out) else None
        if (s.label == TITLE and len(out) == 3 and k == 1 and prev == WORD and nxt == WORD
                and s.hi - s.lo == 1 and view.words[s.lo] not in lex.own_title_words):
            # "Tiong King Sing": another language's title inside a name of three words (not
            # "Communication Director IndoSterling Group")
            out[k] = Seg(WORD, s.lo, s.hi)
        elif (s.label == TITLE and prev == WORD and nxt == WORD and s.hi - s.lo == 1
              and view.words[s.lo] in lex.common_given_names):
            out[k] = Seg(WORD, s.lo, s.hi)  # "Fiqri Hakim Zamri": a title that is also a given name
        elif (s.label == HON and nxt == WORD and s.hi - s.lo == 1 and view.words[s.lo] in lex.hereditary
              and any(view.words[x.lo] in lex.hereditary[view.words[s.lo]] for x in out[k + 2:])):
            out[k] = Seg(WORD, s.lo, s.hi)  # "Syed Saddiq Syed Abdul Rahman": his name's own first word
        elif (s.label == CAPS and nxt is None and toks[s.lo].text in REGNAL_NUMBERS and (prev == WORD or (
                prev == GAZ and out[k - 1].hi - out[k - 1].lo == 1 and out[k - 1].value.kind in ("city", "town")))
              and not any(x.label in (ORGHEAD, ORGSUF, KNOWN, PHEAD) for x in out)):
            # "Elizabeth II", "Benedict XVI": a monarch's or a pope's number (not a body's or a
            # district's: "Kabinet Indonesia Bersatu II", "Jawa Tengah VIII")
            out[k] = Seg(WORD, s.lo, s.hi)
            if prev == GAZ:
                out[k - 1] = Seg(WORD, out[k - 1].lo, out[k - 1].hi)
        elif (s.label == HON and s.hi - s.lo == 1 and nxt in (WORD, GAZ) and k >= 2 and prev == JOIN
              and toks[out[k - 1].lo].text == "." and out[k - 2].label == WORD and len(toks[out[k - 2].lo].text) == 1):
            out[k] = Seg(WORD, s.lo, s.hi)  # "M. Habib Abiyan Dzakwan": after an initial, a name's word
            if nxt == GAZ and out[k + 1].value.kind in ("city", "town"):
                out[k + 1] = Seg(WORD, out[k + 1].lo, out[k + 1].hi)  # ...and so is a town's name after it
        elif s.label == HON and prev == WORD and nxt in (WORD, None) and s.hi - s.lo == 1:
            # "Awang Tengah Tun Ali", "Syarif Hidayat"; an honorific of two words or more
            # opens the next name ("Ismail Sabri Datuk Seri Ismail Sabri Yaakob")
            out[k] = Seg(WORD, s.lo, s.hi)
        elif s.label == NONE and prev in (WORD, ORGHEAD, CAPS, GAZ) and nxt in (WORD, ORGSUF, GAZ, CAPS, KNOWN):
            out[k] = Seg(WORD, s.lo, s.hi)  # "Dewan HAM PBB", "Program Imunisasi Covid-19 Kebangsaan"
        elif s.label == NONE and prev in (ORGHEAD, PHEAD) and nxt is None and not toks[s.lo].is_all_caps:
            out[k] = Seg(WORD, s.lo, s.hi)  # "Tanah Perkuburan Islam", "Bank Islam": the name's last word
        elif (s.label == ORGHEAD and prev == TITLE and nxt == WORD and s.hi - s.lo == 1
              and view.words[out[k + 1].lo] in lex.given_names):
            out[k] = Seg(TITLE, s.lo, s.hi)  # "Peguam Kanan Persekutuan Mohd Azhar": the title's word, then a name
        elif (s.label == ORGHEAD and prev == GAZ and s.hi - s.lo == 1 and view.words[s.lo] in lex.directions
              and nxt is None):
            out[k] = Seg(WORD, s.lo, s.hi)  # "Jakarta Pusat": a compass word, not "Pusat ..."
        elif (s.label == ORGHEAD and prev == CAPS and s.hi - s.lo == 1 and view.words[s.lo] in lex.directions
              and nxt == WORD):
            out[k] = Seg(ORGSUF, s.lo, s.hi)  # "KPI Pusat | Mulyo Hadi Purnomo": the body's central office
        elif (s.label == WORD and k > 0 and s.hi - s.lo == 1 and lex.function.match(view.words, s.lo, s.hi)[0]
              and _date_follows(view, s.hi, lex)):
            out[k] = Seg(FUNC, s.lo, s.hi)  # "CEO Cradle Fund Pada 14 Jun 2018 ...": the next sentence's date
        elif (s.label == GAZ and s.hi - s.lo == 1 and not s.value.is_major
              and toks[s.lo].lower in facts.lower_words):
            out[k] = Seg(WORD, s.lo, s.hi)  # a small town's name that the text uses as a word
        elif s.label == GAZ and prev == HON and nxt == WORD and s.value.kind in ("city", "town"):
            out[k] = Seg(WORD, s.lo, s.hi)  # "Datuk Sydney Quays": after an honorific, a person's name
        elif (s.label == GAZ and k == 1 and nxt is None and s.value.kind == "country"
              and _a_companys_name(view, out[0], lex)):
            # "Starbucks Malaysia", "Honda Malaysia": a company's arm in the country
            out[k] = Seg(ORGSUF, s.lo, s.hi, COUNTRY_ARM)
    return out


COUNTRY_ARM = "country"  # the value of a country's name read as a company's suffix


def _roman(n: int) -> str:
    tens, ones = divmod(n, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[ones]


# Numbers of two letters or more after a name (a lone "V" or "X" is as often a letter)
REGNAL_NUMBERS = frozenset(r for r in map(_roman, range(1, 40)) if len(r) >= 2)


def _a_companys_name(view: SentenceView, seg: Seg, lex: Lexicon) -> bool:
    """Is the seg one word that may name a company before its country's name: a known body,
    an acronym, or a name that is no word of the language and no given name?"""
    if seg.hi - seg.lo != 1 or seg.label not in (KNOWN, CAPS, WORD):
        return False
    if seg.lo > 0 and view.words[seg.lo - 1] in LIST_JOINERS:
        return False  # "Pameran Pertanian, Hortikultur dan Agropelancongan Malaysia": a list's last item
    word = view.words[seg.lo]
    return seg.label != WORD or not (lex.ordinary(view.raw[seg.lo]) or word in lex.given_names
                                     or lex.function.match(view.words, seg.lo, seg.hi)[0])


def _date_follows(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """A date at token k: a day and a month ("14 Jun"), or a year ("2018")."""
    toks = view.toks
    if k >= len(toks) or not toks[k].text.isdigit():
        return False
    return len(toks[k].text) == 4 or (k + 1 < len(toks) and view.words[k + 1] in lex.days_months)


def _opening_place_is_a_word(out: list[Seg], tok: Token, lex: Lexicon, facts: TextFacts) -> bool:
    """Is the one-word place opening the sentence (out[0], token tok) a word of the language
    there? A country, state or region only when the text writes it in lower case and never
    capitalised mid-sentence ("Cuba kalian ...": "try"); a smaller place also when it is a
    small town not seen mid-sentence, or an ordinary word before another name ("Gaya | Jokowi")."""
    first = out[0]
    if first.label != GAZ or tok.is_all_caps or first.hi - first.lo != 1:
        return False
    if len(out) > 1 and out[1].label == WORD and _is_first_name(tok, lex):
        return False  # "David Smith spent ...": a given name before a name's next word
    used_as_word = tok.lower in facts.lower_words
    if first.value.kind in ("country", "state", "region"):
        return used_as_word and tok.text not in facts.mid_capitals
    return (used_as_word
            or (first.value.kind == "town" and not first.value.is_major and tok.text not in facts.mid_capitals)
            or (len(out) > 1 and out[1].label != JOIN and lex.ordinary(tok.text)))


def _hyphenated_words(word: str, lex: Lexicon) -> bool:
    """"Day-by-day", "Long-time": ordinary words joined by hyphens, the ones after the first in
    small letters; opening a sentence, such a word is no part of the name after it."""
    parts = word.split("-")
    words = word_list(lex.lang)  # (with its short words: "by", "on")
    return (len(parts) >= 2 and all(p[:1].islower() for p in parts[1:])
            and all(p and (p.casefold() in words or lex.ordinary(p)) for p in parts))


def _run_in_word(tok: Token, lex: Lexicon, facts: TextFacts) -> bool:
    """A derived word ("Terkenal", "Bermula") that the text also writes in lower case: after a
    name, it opens the next sentence of a page whose subheads lost their line breaks."""
    return _has_derived_shape(tok.lower, lex) and tok.lower in facts.lower_words


def _opens_run_on(view: SentenceView, s: Seg, lex: Lexicon, line_opening: bool, headed: bool) -> bool:
    """A word that opens sentences after a name, the sentence going on in lower case: a
    subhead or a caption lost its line break, and the word is the next sentence's first.
    An adverb that opens clauses ("Agak", "Namun") always reads so; another function word
    ("Difahamkan", "Mengulas", "Yang") only after a name that opens the line, as captions
    do ("ke Kompleks Pertama di Kuala Lumpur": the name's own word), and after a body's
    name (``headed``) only before a comma ("Kementerian Hal Ehwal Dalam menafikan")."""
    hi = s.hi
    if hi >= len(view.toks):
        return False
    nxt = view.toks[hi]
    if not (nxt.text == "," or (nxt.is_word and not nxt.is_capitalised)):
        return False
    n = s.hi - s.lo
    if lex.sentence_adverbs.match(view.words, s.lo, s.hi)[0] == n:
        return nxt.text != ","
    return (line_opening and (nxt.text == "," or not headed)
            and lex.function.match(view.words, s.lo, s.hi)[0] == n)


def _speech_follows(view: SentenceView, hi: int, lex: Lexicon) -> bool:
    """"Nancy said", "Zulkifli berkata": a name opening the sentence, then a speech verb
    (a short bracket between them is passed over: "Joko Widodo (Jokowi) berkata")."""
    hi = _after_bracket(view, hi)
    if hi >= len(view.toks) or view.toks[hi].is_capitalised:
        return False
    n, _ = lex.speech_verbs.match(view.words, hi)
    return n > 0 and not _rise_told(view, hi, n, lex)


def _rise_told(view: SentenceView, k: int, n: int, lex: Lexicon) -> bool:
    """The speech verb of n words at k tells a rise: "Maybank added 5.0 sen", "added five sen"."""
    e = k + n
    return (n == 1 and view.words[k] in lex.rise_verbs and e < len(view.toks)
            and (view.toks[e].text[:1].isdigit() or view.words[e] in lex.number_words))


MAX_BRACKET = 4  # tokens inside a bracket that a look to the right passes over


def _after_bracket(view: SentenceView, k: int) -> int:
    """Index after a short bracketed aside that opens at ``k``, else ``k``."""
    toks = view.toks
    if k < len(toks) and toks[k].text == "(":
        for e in range(k + 2, min(len(toks), k + MAX_BRACKET + 2)):
            if toks[e].text == ")":
                return e + 1
    return k


def _split_groups(segs: list[Seg], year_after: bool = False, laws: frozenset[int] = frozenset()) -> list[list[Seg]]:
    """Cut a chunk at function words, non-entities and event names; trim joiners.
    year_after: a year follows the chunk, so an event name opening it names a dated law or
    programme, whatever bodies its name holds ("Akta Polis 1967").
    laws: the indices of the event names that are words for a law ("Akta", "UU"): one opens
    a law's name after ordinary words too ("Sesuai UU Pemilu"), and whatever bodies follow
    it ("UU Kepolisian")."""
    groups, cur = [], []
    skipping = False
    org_after = [False] * (len(segs) + 1)  # an organisation head or suffix follows segs[k]
    for k in range(len(segs) - 1, -1, -1):
        org_after[k] = org_after[k + 1] or (k + 1 < len(segs) and segs[k + 1].label in (ORGSUF, ORGHEAD))
    for k, s in enumerate(segs):
        if s.label == EVENT:
            if _event_tail(segs, k, cur) and not org_after[k]:
                cur, skipping = [], True  # "Malaysia Cup", "12th Malaysia Plan": an event, no place
            elif k in laws and all(x.label in (WORD, JOIN) for x in cur):
                groups.append(cur)
                cur, skipping = [], True
            elif any(x.label != JOIN for x in cur) or (org_after[k] and not (year_after and not cur)):
                s = Seg(WORD, s.lo, s.hi)  # inside a name: "Kementerian Belia dan Sukan"
            else:
                skipping = True  # "Majlis Pelancaran ...", "Akta Imigresen 1959": drop the rest
        if skipping:
            if s.label == KNOWN:
                groups += [cur, [s]]  # "Muktamar PPP", "Keputusan DPP Hanura": the body holding it acts
                cur = []
            continue
        if s.label == NONE and _suffix_closes(segs, k + 1):
            s = Seg(WORD, s.lo, s.hi)  # "Umrah Travel Agencies Association": a word of the body's name
        if s.label in (FUNC, NONE):
            groups.append(cur)
            cur = []
        else:
            cur.append(s)
    groups.append(cur)
    out = []
    for g in groups:
        a, b = 0, len(g)
        while a < b and g[a].label == JOIN:
            a += 1
        while b > a and g[b - 1].label == JOIN and not (b - a >= 2 and _closing_dot(g, b)):
            b -= 1
        if b > a:
            out.append(g[a:b])
    return out


_BODY_PARTS = frozenset({ORGHEAD, ORGSUF, KNOWN, EVENT, PHEAD, PDESC})


def _cut_groups(groups: list[list[Seg]], where) -> list[list[Seg]]:
    """Each group cut in two where ``where(group)`` says: (end of the first part, start of the
    second), or None to keep it whole."""
    out = []
    for g in groups:
        cut = where(g)
        if cut is None:
            out.append(g)
        else:
            out += [g[:cut[0]], g[cut[1]:]]
    return out


def _at_title_links(groups: list[list[Seg]], view: SentenceView, lex: Lexicon) -> list[list[Seg]]:
    """A titled name runs to a link word ("of", "on"), not over it, unless the run names a
    body: "King Abdullah | of | Jordan", "Vice President Pence | on | Trump's call"; but
    "Council on Foreign Relations"."""
    def where(g):
        if g[0].label not in (TITLE, HON) or any(s.label in _BODY_PARTS for s in g):
            return None
        x = next((x for x in range(2, len(g) - 1)
                  if g[x].label == JOIN and view.words[g[x].lo] in lex.title_links and g[x - 1].label != TITLE), None)
        return None if x is None else (x, x + 1)  # (the link word belongs to neither)

    return _cut_groups(groups, where)


def _at_repeated_name(groups: list[list[Seg]], view: SentenceView, lex: Lexicon) -> list[list[Seg]]:
    """A name that opens a sentence and whose first word comes again further on is a subhead
    that lost its line break, then the paragraph's own first name: "Tan Sri Muhyiddin Yassin |
    Muhyiddin yang juga ...". (Not a given name, a patronymic's or a hereditary title's word,
    which names repeat: "Wan Ahmad Fayhsal Wan Ahmad Kamal", "Tuan Ibrahim Tuan Man".)"""
    def where(g):
        k = 0
        while k < len(g) and g[k].label == HON:
            k += 1
        if not (g and g[0].lo == view.first_word and k < len(g) and g[k].label == WORD):
            return None
        first = view.words[g[k].lo]
        if (first in lex.given_names or first in lex.common_given_names or first in lex.patronymics
                or first in lex.particles or first in lex.hereditary):
            return None
        x = next((x for x in range(k + 2, len(g)) if g[x].label == WORD and view.words[g[x].lo] == first), None)
        return None if x is None else (x, x)

    return _cut_groups(groups, where)


def _suffix_closes(segs: list[Seg], k: int) -> bool:
    """Do the name words from segs[k] on run to a word that closes an organisation's name:
    a suffix, or a head that ends the chunk ("Umrah Travel Agencies | Association")?"""
    start = k
    while k < len(segs) and segs[k].label in (WORD, CAPS, GAZ, KNOWN):
        k += 1
    if k == start or k == len(segs):
        return False
    return segs[k].label == ORGSUF or (segs[k].label == ORGHEAD and k + 1 == len(segs))


ACTOR_PARTS = frozenset({"orghead", "orgsuf", "known", "title", "hon", "phead", "pdesc"})


def _event_tail(segs: list[Seg], k: int, cur: list[Seg]) -> bool:
    """An event word closes the name ("Malaysia Cup", "Sarawak Election"): the whole name
    is the event's, unless an organisation, title or place head is part of it."""
    if not any(x.label != JOIN for x in cur) or any(x.label in ACTOR_PARTS for x in cur):
        return False
    return all(x.label == JOIN for x in segs[k + 1 :])


def _closing_dot(g: list[Seg], end: int | None = None) -> bool:
    """g[:end] ends in an organisation suffix and its one-character joiner ("Bhd" ".")."""
    end = len(g) if end is None else end
    return end >= 2 and g[end - 1].hi - g[end - 1].lo == 1 and g[end - 2].label == ORGSUF


NAMEISH = (WORD, JOIN, CAPS, GAZ)
ORG_INNER = NAMEISH + (ORGHEAD, ORGSUF, PHEAD, PDESC, KNOWN, TITLE, HON, GHEAD, COLL, PSUF)


def _org_extent(view: SentenceView, g: list[Seg], k: int, titled: bool, lex: Lexicon) -> int:
    """Segment index where the organisation whose head is g[k] ends (exclusive);
    ``titled``: a title comes before the head."""
    n = len(g)
    end = n
    # A bracketed acronym of the whole run's initials makes it one name, whatever titles
    # or plain names it holds: "Universiti Pendidikan Sultan Idris (UPSI)".
    spelt = _spelt_by_bracket(view, g, k, n, g[-1].hi)
    for m in range(k + 1, n):
        if g[m].label not in ORG_INNER:
            end = m
            break
        if ((m >= k + 2 or lex.field_before_title) and g[m].label in (HON, TITLE) and _is_name_tail(g, m + 1)
                and not spelt):
            end = m  # "Polres Blitar Kota | Ajun Komisaris Besar Hadi Santoso", "City Council | Mayor Adam Yii"
            break
        if m >= k + 2 and g[m].label == ORGHEAD and g[m].hi - g[m].lo == 1 and g[m - 1].label != JOIN:
            end = m  # two names in a row: "Kementerian X Kementerian Y"
            break
    # (When the acronym spells it all, no holder's name is inside it.)
    if titled and end == n and not spelt:
        tail = _tail_start(g, n)
        if k + 2 <= tail < n and g[tail - 1].label in (CAPS, GAZ, KNOWN) and _word_count(g[tail:]) >= 2:
            end = tail  # "Kementerian Luar Negeri RRC | Li Ming"
        elif lex.common_words:
            end = _holder_start(view, g, k, lex)
    elif end == n and lex.common_words and not spelt:
        tail = _tail_start(g, n)
        if (k + 2 <= tail < n and g[tail - 1].label in (GAZ, KNOWN) and _word_count(g[tail:]) >= 2
                and not any(_is_portfolio_word(view.toks[s.lo].text, lex) for s in g[tail:])):
            end = tail  # "Universitas Indonesia | Arbi Sanit": the body's name ends in a known one
        elif _speech_follows(view, g[-1].hi, lex) or _person_verb_follows(view, g[-1].hi, lex):
            # "Kementerian Perdagangan | Donna Gultom berharap ...": the one who speaks is the
            # holder named after the head's own words, not the body
            end = _holder_start(view, g, k, lex)
    while end > k + 1 and g[end - 1].label == JOIN and not _closing_dot(g, end):
        end -= 1
    return end


def _holder_start(view: SentenceView, g: list[Seg], k: int, lex: Lexicon) -> int:
    """Where the name of the titled person who holds the post starts, after the head of an
    organisation at g[k] (len(g) when no such name is seen):
        "Kepala | Dinas Pertanian dan Peternakan | Diah Ningrum"   (the head's ordinary words)
        "Ketua | Dewan Pembina Gerindra | Martin Hutabarat"        (and one name of its own)"""
    n = len(g)
    p = k + 1
    while p < n and (g[p].label in (JOIN, PDESC) or (g[p].label == WORD and _is_portfolio_word(view.toks[g[p].lo].text, lex))):
        p += 1
    while p > k + 1 and g[p - 1].label == JOIN:
        p -= 1

    def name_word(s: Seg) -> bool:
        if s.label == GAZ:
            return not s.value.is_major  # "Martin", a small place's name inside a person's
        return s.label == WORD and not _is_portfolio_word(view.toks[s.lo].text, lex)

    rest = g[p:]
    if len(rest) >= 3 and rest[0].label in (KNOWN, CAPS, GAZ) and all(name_word(s) for s in rest[1:]):
        return p + 1  # the body's known one-word name ("Partai Golkar"), then the holder's
    if p > k + 1 and len(rest) >= 2 and all(name_word(s) for s in rest):
        return p  # the head's own words, then a name of two words or more
    if len(rest) >= 3 and all(name_word(s) for s in rest):
        return p + 1  # the body's one-word name, then the holder's
    return n


def _word_count(segs: list[Seg]) -> int:
    return sum(1 for s in segs if s.label == WORD)


def _is_name_tail(g: list[Seg], m: int) -> bool:
    """g[m:] (after more honorifics or titles) is a plain name."""
    while m < len(g) and g[m].label in (HON, TITLE):
        m += 1
    return m < len(g) and all(s.label in (WORD, JOIN) for s in g[m:]) and g[-1].label == WORD


def _tail_start(g: list[Seg], end: int) -> int:
    """Start of the run of plain words that ends at ``end``."""
    m = end
    while m > 0 and g[m - 1].label in (WORD, JOIN):
        m -= 1
    while m < end and g[m].label == JOIN:
        m += 1
    return m


def _followed_by_name(view: SentenceView, j: int, lex: Lexicon) -> bool:
    """The chunk ending at j is followed by ", Name" or "(": it was a title's portfolio.
    A day or another function word after the comma is no name ("..., Rabu (4/2)")."""
    toks = view.toks
    if j + 1 < len(toks) and _party_seat_tag(view, j + 1, lex):
        return False  # "Senator Ben Sasse, R-Neb.": the name's own tag
    if j < len(toks) and toks[j].text == "(":
        return True
    if not (j + 1 < len(toks) and toks[j].text == "," and _is_name_start(toks[j + 1])):
        return False
    if lex.function.match(view.words, j + 1)[0]:
        return False
    # "Ketua Aziz, Wakil Ketua Benny": another titled person, so the name was the first one's
    # (a rank after the comma goes with the office before it: "Ketua Polis Daerah X, Asisten Komisioner Y")
    return not (lex.titles.match(view.words, j + 1)[0] and not lex.ranks.match(view.words, j + 1)[0])


def _organisations(view: SentenceView, g: list[Seg], used: list[bool], lex: Lexicon, make) -> list[Mention]:
    """Known organisations, "<head> ..." and "... <suffix>" names."""
    out = []
    n = len(g)
    inner_after = [False] * (n + 1)  # a name word other than a joiner follows g[k]
    for k in range(n - 2, -1, -1):
        inner_after[k] = inner_after[k + 1] or (g[k + 1].label in ORG_INNER and g[k + 1].label != JOIN)
    titled_before = [False] * (n + 1)  # a title comes before g[k]
    for k in range(1, n + 1):
        titled_before[k] = titled_before[k - 1] or g[k - 1].label == TITLE
    for k, s in enumerate(g):
        if used[k]:
            continue
        if s.label == KNOWN:
            if k > 0 and g[k - 1].label == PHEAD and g[k - 1].value == "landmark":
                continue  # "Gedung DPR": the body's building, a place
            # The name runs on to a suffix or another known name after it: "AirAsia Aviation",
            # "AirAsia X Bhd", "Celcom Axiata Bhd", and over a country to a suffix ("Nestle
            # Malaysia Bhd", "Bank Islam Malaysia Berhad").
            end = e = k + 1
            while e < n and not used[e] and g[e].label in (WORD, CAPS, ORGSUF, ORGHEAD, KNOWN, GAZ):
                e += 1
                if g[e - 1].label in (ORGSUF, KNOWN) or (g[e - 1].label == ORGHEAD and e == n):
                    end = e  # (a head that ends the name closes it as a suffix does: "Top Glove Corporation")
            if (end == k + 1 == n - 1 and g[end].label in (CAPS, WORD) and len(view.toks[g[end].lo].text) == 1
                    and view.toks[g[end].lo].text.isupper() and not view.toks[g[k].lo].text.isupper()):
                # "Harimau Muda B", "AirAsia X": a letter closing a known name is part of it (after
                # an acronym it is a level's numeral: "DPD I")
                end += 1
            if (end == k + 1 < n and g[end].label == GAZ and g[end].hi - g[end].lo == 1
                    and view.toks[g[k].lo].is_all_caps and view.toks[g[end].lo].is_all_caps
                    and len(view.toks[g[end].lo].text) <= 3 and g[end].value.kind == "country"):
                end += 1  # "DPR RI", "KPU RI": a body's acronym and its country's, one name
            if end > k + 1 and end < n and g[end].label == JOIN and _closing_dot(g, end + 1):
                end += 1  # "Top Glove Corp."
            out.append(make(ORG, k, end, known_name=s.value))
            for x in range(k, end):
                used[x] = True
            continue
        if s.label not in (ORGHEAD, ORGSUF):
            continue
        if s.label == ORGSUF and k + 1 < n and g[k + 1].label == ORGSUF:
            continue  # "Trading | LLC": the last suffix closes the name
        if s.label == ORGSUF and k + 2 < n and g[k + 1].label in (GAZ, ORGHEAD) and g[k + 2].label == ORGSUF:
            continue  # "MPV Realty | Malaysia Sdn Bhd", "Southern Cable | Group Bhd": so does one after a country or a head
        start = k
        while start > 0 and not used[start - 1] and g[start - 1].label in NAMEISH + (ORGHEAD, ORGSUF, PHEAD, PDESC, NONE):
            start -= 1
        while start < k and g[start].label == JOIN:
            start += 1
        rest = inner_after[k]
        if start < k and s.label == ORGHEAD and rest and all(x.label in (ORGSUF, JOIN) for x in g[k + 1:]):
            continue  # "Goldman Sachs Group | Inc": the suffix after the head closes the whole name
        if start < k and (s.label == ORGSUF or not rest):
            end = k + 1  # "EXIM Bank", "Pharmaniaga Berhad"
            if end < n and g[end].label == JOIN and _closing_dot(g, end + 1):
                end += 1
        elif s.label == ORGHEAD and rest:
            end = _org_extent(view, g, k, titled_before[k], lex)
            if not ((start < k and end == n and _spelt_by_bracket(view, g, start, n, g[-1].hi))
                    or (lex.field_before_title and end == k + 1)):
                start = k  # (the words before the head are its own when the acronym spells them:
                #           "International Islamic University Malaysia (IIUM)"; and in English
                #           when it ends the name: "Miri City Council | Mayor Adam Yii")
        elif s.label == ORGHEAD and s.hi - s.lo >= 2:
            start, end = k, k + 1  # a whole name on the head list: "Ibu Pejabat Polis"
        else:
            continue
        if start == k and end == k + 2 and g[k + 1].hi - g[k + 1].lo == 1 and len(view.toks[g[k + 1].lo].text) == 1:
            continue  # "Group N", "Unit B": a pool or a wing named by a letter, not a body
        body = make(ORG, start, end)
        if end - start == 2 and g[end - 1].label == ORGSUF and g[end - 1].value == COUNTRY_ARM:
            name = g[start]
            body.aliases.append((view.toks[name.lo].text, -1, -1))  # another name, not another mention
        out.append(body)  # ("Starbucks Malaysia" is also written "Starbucks")
        for x in range(start, end):
            used[x] = True
    return out


def _pieces(view: SentenceView, g: list[Seg], chunk_end: int, lex: Lexicon, facts: TextFacts) -> list[Mention]:
    """Organisations, places, groups, people and unknown names of one chunk group."""
    n = len(g)
    used = [False] * n
    make = lambda kind, a, b, **kw: _mention(view, facts, kind, g[a].lo, g[b - 1].hi, **kw)  # noqa: E731
    out = _organisations(view, g, used, lex, make)  # first: they may hold places, titles and honorifics
    pending_hon: list[Seg] = []
    titled = False
    k = 0
    while k < n:
        s = g[k]
        if used[k] or s.label in (JOIN, NONE):
            k += 1
            continue
        if s.label == HON:
            pending_hon.append(s)
            k += 1
        elif s.label == TITLE:
            titled, pending_hon = True, []
            k += 1
        elif titled and s.label == CAPS and s.hi - s.lo == 1 and _is_roman(view.toks[s.lo].text):
            k += 1  # the title's number: "Anggota II", "Wakil Ketua III"
        elif s.label == COLL:
            out.append(make(GROUP, k, k + 1))
            k += 1
        elif s.label == KPERSON:
            honorifics = [_seg_text(view, facts, h) for h in pending_hon]
            out.append(make(PERSON, k, k + 1, known_name=s.value, honorifics=honorifics, evidence={"known"}))
            pending_hon, titled = [], False
            k += 1
        elif s.label == GHEAD:
            k = _demonym(g, k, used, out, make)
        elif s.label in (PHEAD, PDESC):
            m = k + 1
            while m < n and not used[m] and g[m].label in (WORD, GAZ, CAPS, JOIN, PHEAD, PDESC, KNOWN, HON):
                m += 1
            while m > k + 1 and g[m - 1].label == JOIN:
                m -= 1
            if m > k + 1:
                out.append(_headed_place(view, facts, g, k, m, s, make, lex))
            k = max(m, k + 1)
        elif s.label == GAZ and not _absorbed(g, k, used):
            m = k + 1
            if m < n and g[m].label == WORD and view.words[g[m].lo] in lex.directions:
                out.append(make(PLACE, k, m + 1, place=s.value, place_kind="region", evidence={"direction"}))
                m += 1
            elif m < n and g[m].label == PSUF and not used[m] and g[m].value == "landmark":
                # "Penang Bridge", "Kuala Lumpur Convention Centre": a landmark named after the place
                out.append(make(PLACE, k, m + 1, place_kind="landmark", evidence={"place_head"}))
                m += 1
            elif m < n and g[m].label == PSUF and not used[m]:
                out.append(make(PLACE, k, m + 1, place=s.value))  # "Langkawi Island": the place itself
                m += 1
            else:
                out.append(make(PLACE, k, m, place=s.value))
            k = m
        else:
            m = _name_run(g, k, used, (view, lex) if titled else None)
            if m == k:
                k += 1
                continue
            if titled and _body_acronym_before_name(view, g, k, m):
                out.append(make(ORG, k, k + 1, evidence={"acronym"}))  # "Anggota BPK | Agus Joko Pramono"
                k += 1
            honorifics = [_seg_text(view, facts, h) for h in pending_hon]
            piece = _name_piece(view, g, k, m, chunk_end, titled, honorifics, lex, facts, make)
            if piece is not None:
                if (piece.kind == NAME and m == k + 1 and k and g[k - 1].label == KNOWN and g[k - 1].hi == g[k].lo
                        and not view.toks[g[k - 1].lo].text.isupper()):
                    # "Toyota | Vios": a maker, then a word (after an acronym, a branch or a
                    # holder may follow: "CIMB Niaga", "UMNO Akmal")
                    piece.evidence.add("after_known")
                out.append(piece)
            pending_hon, titled = [], False
            k = m
    return out


def _headed_place(view, facts, g, k, m, head: Seg, make, lex: Lexicon) -> Mention:
    """"Kampung Sungai Limau" is one name; "Wilayah Kamchatka" names Kamchatka. A named
    remainder the gazetteer knows is that place either way."""
    rest = _mention(view, facts, PLACE, g[k + 1].lo, g[m - 1].hi)
    info = gaz.lookup(rest.text)
    if head.label == PHEAD:
        full = make(PLACE, k, m, place_kind=head.value, evidence={"place_head"})
        if info is not None and head.value != "landmark":
            # "Pulau Tenerife" is also "Tenerife"; "Stadium Shah Alam" is not the city
            full.aliases.append((rest.text, -1, -1))
        return full
    if head.label == PDESC and info is None and view.toks[head.lo].is_capitalised:
        # "Kota Anggerik", "Pelabuhan Utara": a capitalised descriptor before a name the
        # gazetteer does not know is a word of that name (a compass word alone is no name)
        full = make(PLACE, k, m, place_kind=head.value, evidence={"place_head"})
        if not (m == k + 2 and view.words[g[k + 1].lo] in lex.directions):
            full.aliases.append((rest.text, -1, -1))
        return full
    if head.label == PDESC:
        rest.place, rest.place_kind = info, head.value
        rest.evidence.add("place_head")
        full = make(PLACE, k, m)
        rest.aliases.append((full.text, -1, -1))  # another name, not another mention
        return rest
    return make(PLACE, k, m, place_kind=head.value, evidence={"place_head"})


def _seg_text(view: SentenceView, facts: TextFacts, s: Seg) -> str:
    return facts.text[view.toks[s.lo].start : view.toks[s.hi - 1].end]


def _absorbed(g: list[Seg], k: int, used: list[bool]) -> bool:
    """A minor place name right beside a plain word or another minor place name belongs to
    a person's name ("Vladimir Putin", "Nelson Mandela"); countries and states never do."""
    info = g[k].value
    if info is None or info.is_major:
        return False

    def name_word(x: int) -> bool:  # a plain word, or another small place's name ("Nelson Mandela")
        return not used[x] and (g[x].label == WORD or (g[x].label == GAZ and not g[x].value.is_major))

    return (k > 0 and name_word(k - 1)) or (k + 1 < len(g) and name_word(k + 1))


def _name_run(g: list[Seg], k: int, used: list[bool], titled: tuple | None = None) -> int:
    """End of the name that starts at g[k]: plain words, joiners, initials and minor places.
    titled: (view, lex) when a title comes before the name; a list's joiner after a person's
    full name then ends it ("Timbalan Pendakwa Raya Muhammad Nazrin | dan Fiqri Zamri")."""
    n = len(g)
    m = k
    words_only = titled is not None  # (only the first joiner after plain words may part two holders)
    while m < n and not used[m]:
        label = g[m].label
        if label == JOIN and words_only and _holders_joined(g, k, m, *titled):
            break
        words_only = words_only and label == WORD
        if label in (WORD, JOIN):
            m += 1
        elif label == GAZ and _absorbed(g, m, used):
            m += 1
        elif label == CAPS and m == k:
            m += 1  # initials before a name ("KS Nathan"), or an acronym alone
            if not (m < n and g[m].label == WORD):
                break
        elif label in (PSUF, ORGSUF) and m > k:
            m += 1
            break
        else:
            break
    while m > k and g[m - 1].label == JOIN:
        m -= 1
    return m


def _holders_joined(g: list[Seg], k: int, m: int, view: SentenceView, lex: Lexicon) -> bool:
    """Is the joiner g[m] a list's, after a person's full name g[k:m]: two words or more, the
    first a given name or no word of the language (not a portfolio: "Menteri Kewangan dan
    Ekonomi", "Menteri Perdagangan Antarabangsa dan Industri")?"""
    if view.words[g[m].lo] not in LIST_JOINERS or m - k < 2 or any(g[x].label != WORD for x in range(k, m)):
        return False
    first = view.words[g[k].lo]
    return first in lex.given_names or first in lex.common_given_names or not (
        lex.ordinary(view.raw[g[k].lo]) or _is_portfolio_word(first, lex))


BODY_ACRONYM_MIN = 3  # letters: a shorter acronym before a name is more often its initials ("KS Nathan")


def _body_acronym_before_name(view: SentenceView, g: list[Seg], k: int, m: int) -> bool:
    """After a title, the name run g[k:m] opens with the acronym of the body the title is of,
    then the holder's name: "Anggota BPK Agus Joko Pramono", "Ketua MPR Zulkifli Hasan"."""
    if g[k].label != CAPS or m - k < 2 or m < len(g) or g[k].hi - g[k].lo != 1:
        return False  # (a name that does not end the chunk is a portfolio's: "Inspektor KOR Sukarelawan Polis")
    word = view.toks[g[k].lo].text
    return len(word) >= BODY_ACRONYM_MIN and word.isalpha() and not _is_roman(word) and all(
        s.label in (WORD, JOIN) for s in g[k + 1 : m])


INITIALS_LOOKBACK = 12  # tokens: a list of initials after its marker ("inisial MT, J dan AN")


def _after_initials_marker(view: SentenceView, lo: int, lex: Lexicon) -> bool:
    """Is the acronym at token lo a person's initials, written after "berinisial" or in
    the list that follows it (other initials, ages in brackets, commas and "dan")?"""
    toks, words = view.toks, view.words
    p = lo - 1
    while p >= 0 and lo - p <= INITIALS_LOOKBACK:
        if words[p] in lex.initials_markers:
            return True
        t = toks[p].text
        if not (t in ("(", ")") or t.isdigit() or words[p] in LIST_JOINERS or t.isupper()):
            return False
        p -= 1
    return False


def _is_amount(tok: Token, lex: Lexicon) -> bool:
    """A currency's sign glued to a number: "Rp10", "Rp1,5", "RM50", "US$3" (the signs are
    among the language's non-entities; "G20" and "MH370" are names)."""
    text = tok.text
    head = text.rstrip("0123456789.,")
    if not (0 < len(head) < len(text) and text[len(head)].isdigit()):
        return False
    return head.endswith("$") or lex.non_entities.match([head.casefold()], 0, None, (), [head])[0] == 1


def _is_reference_number(text: str) -> bool:
    """"167/59", "12/2020": the number of a notice or a file."""
    parts = text.split("/")
    return len(parts) >= 2 and all(p.isdigit() for p in parts)


def _name_piece(view, g, k, m, chunk_end, titled, honorifics, lex, facts, make) -> Mention | None:
    """Decide what the name run g[k:m] is."""
    last = g[m - 1]
    if last.label == PSUF:
        return make(PLACE, k, m, place_kind=last.value, evidence={"place_head"})
    if last.label == ORGSUF:
        return make(ORG, k, m)
    if m < len(g) and g[m].label == TITLE and not honorifics:
        return None  # "Transport | Minister": part of the role
    single = m - k == 1
    first_tok = view.toks[g[k].lo]
    if single and _is_amount(first_tok, lex):
        return None  # "Rp10 juta", "Rp1,5 miliar": a sum of money
    if single and g[k].label == CAPS:
        if (any(c.isdigit() for c in first_tok.text) and not _NUMBERED_NAME.fullmatch(first_tok.text)
                or _is_roman(first_tok.text)):
            return None  # "PRU15", "B2B", "III": codes and numbers, not organisations
        nxt = g[k].hi
        if nxt < len(view.toks) and _is_reference_number(view.toks[nxt].text):
            return None  # "LN 167/59", "PU 12/2020": a reference to a numbered notice
        if (titled or honorifics) and m == len(g) and not _followed_by_name(view, chunk_end, lex):
            if honorifics:
                return make(PERSON, k, m, honorifics=honorifics, evidence={"hon"})  # "Pak SBY", "Dr M"
            return make(PERSON, k, m, evidence={"title"})  # "Presiden SBY"
        if _after_initials_marker(view, g[k].lo, lex):
            return make(PERSON, k, m, evidence={"initials"})  # "tersangka berinisial KTM (47) dan FS (52)"
        return make(ORG, k, m, evidence={"acronym"})
    if honorifics:
        return make(PERSON, k, m, honorifics=honorifics, evidence={"hon"})
    if single and len(first_tok.text) == 1:
        return None  # a lone letter ("M." of a name the honorific after it cut): no name
    if (single and g[k].label == WORD and not titled and k and g[k - 1].label == GAZ
            and g[k - 1].hi == g[k].lo and lex.ordinary(first_tok.text)):
        return None  # "Afrika Bersatu", "Indonesia Raya": a word of the place's longer name
    if titled and chunk_end + 1 in view.portfolio:
        return None  # "Menteri Sumber Asli, | Alam Sekitar ...": the portfolio goes on after the comma
    if titled:
        p = _past_portfolio(view, g, k, m, lex)
        if k < p < m and not _looks_common(view.toks[g[p].lo], lex, facts):
            return make(PERSON, p, m, evidence={"title"})  # "Menteri Perhubungan | Ignasius Jonan"
        if (m == len(g) and _spelt_by_bracket(view, g, k, m, chunk_end)
                and not _name_after_bracket(view, chunk_end, lex)):
            return make(PERSON, k, m, evidence={"title"})  # "Presiden Susilo Bambang Yudhoyono (SBY)"
        if m < len(g) and g[m].label == JOIN and _holders_joined(g, k, m, view, lex):
            return make(PERSON, k, m, evidence={"title"})  # the first of the title's holders
        if p == k and m == len(g) and m - k >= 2 and _is_first_name(first_tok, lex):
            return make(PERSON, k, m, evidence={"title"})  # "Lt. Matt Harris, Columbus Police ...": a given name opens it
        if m < len(g) or _followed_by_name(view, chunk_end, lex):
            return None  # the title's portfolio: "Menteri Kesihatan, Zulkifli ..."
        if _looks_common(first_tok, lex, facts) or _is_common_shape(first_tok.text, lex):
            return None  # "Menteri Ekonomi", "Menteri Pendidikan"
        if single and not facts.lone and facts.capital_counts.get(first_tok.text, 0) < 2 and not (
                lex.field_before_title and not _a_word_in_malaysian_english(first_tok.text, lex)):
            # "Menteri Belia": a one-word portfolio, unless the word recurs as a name; English
            # names the field before the title ("President Pence"), but not "Annual General | Meeting"
            return None
        return make(PERSON, k, m, evidence={"title"})
    if single and g[k].label == GAZ:
        return make(PLACE, k, m, place=g[k].value)
    if any(g[x].label == JOIN and view.toks[g[x].lo].text == "&" for x in range(k, m)):
        if all(len(view.toks[x].text) == 1 for x in range(g[k].lo, g[m - 1].hi)):
            return None  # "R&D", "E&E", "F&B": a field of work, no body's name
        if any(lex.function.match(view.words, x, x + 1)[0] for x in range(g[k].lo, g[m - 1].hi)):
            return None  # "Mampukah Kita Semakin Sigap & Siap Agar ...": a headline in title case
        return make(ORG, k, m)  # "Procter & Gamble": a firm, never one person's name
    if (single and g[k].label == WORD and len(g) == 1 and lex.role_nouns.match(view.words, g[k].lo, g[k].hi)[0] == 1
            and first_tok.lower not in lex.given_names):
        return None  # "ujar Psikiater yang juga ...": a role's word, written with a capital, no name
    if m - k >= WORKS_TITLE_WORDS and all(
            g[x].label == WORD and view.words[g[x].lo] not in lex.given_names and lex.ordinary(view.toks[g[x].lo].text)
            for x in range(k, m)):
        return None  # "Patah Sayap Bertongkat Paruh": ordinary words in title case name a work, no one
    return make(NAME, k, m)


# A run of this many capitalised words, every one an ordinary word of the language, is the
# title of a work or a slogan: annotated corpora hold no person named so.
WORKS_TITLE_WORDS = 3


def _spelt_by_bracket(view: SentenceView, g: list[Seg], k: int, m: int, j: int) -> bool:
    """The run g[k:m] is followed by "(" and an acronym of its own initials: a person's
    short name ("Susilo Bambang Yudhoyono (SBY)"), not a portfolio's ("Menteri Kesihatan (KKM)")."""
    toks = view.toks
    if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and _is_acronym(toks[j + 1])):
        return False
    initials = "".join(toks[x].text[0] for s in g[k:m] if s.label != JOIN for x in range(s.lo, s.hi))
    return initials.casefold() == toks[j + 1].lower


def _name_after_bracket(view: SentenceView, j: int, lex: Lexicon) -> bool:
    """A name follows the bracket at j: the run before it was a portfolio spelt by its
    acronym, and the name its holder's ("Menteri Energi dan Sumber Daya Mineral (ESDM) Jero Wacik")."""
    after = _after_bracket(view, j)
    return (after < len(view.toks) and _is_name_start(view.toks[after])
            and not lex.function.match(view.words, after)[0] and view.words[after] not in lex.days_months)


def _past_portfolio(view: SentenceView, g: list[Seg], k: int, m: int, lex: Lexicon) -> int:
    """Index of the first word of g[k:m] after the ordinary words of a title's portfolio
    ("Menteri | Luar Negeri | Retno Marsudi"); k when the run opens with a name."""
    p = k
    while p < m and (g[p].label == JOIN or _is_portfolio_word(view.toks[g[p].lo].text, lex)):
        p += 1
    while p > k and g[p - 1].label == JOIN:
        p -= 1  # a joiner before the name ("dan") stays out of both
    if p < m and g[p].label == JOIN:
        return k
    return p


def _is_portfolio_word(word: str, lex: Lexicon) -> bool:
    return word.casefold() in lex.common_words or _is_common_shape(word, lex)


def _is_roman(word: str) -> bool:
    return all(c in "IVXLC" for c in word)


def _demonym(g, k, used, out, make) -> int:
    """"rakyat Malaysia": no place; "etnis Rohingya": a group. Returns the next index."""
    m = k + 1
    while m < len(g) and not used[m] and g[m].label in (WORD, JOIN, CAPS):
        m += 1
    if m > k + 1:
        out.append(make(GROUP, k + 1, m, evidence={"group_head"}))
        return m
    if m < len(g) and g[m].label == GAZ:
        if g[m].value.kind == "country":
            return m + 1  # a demonym: neither a place nor an actor
        out.append(make(GROUP, m, m + 1, evidence={"group_head"}))
        return m + 1
    return m


def _ends_at(table: Phrases, words: list[str], end: int, lowercase_only: list[Token] | None = None):
    """Value of the longest entry of ``table`` that ends right before ``end``, else None."""
    return table.ends_at(words, end, lowercase_only)


_QUOTE_MARKS = frozenset("\"'“”‘’«»„")


def _names_a_work(view: SentenceView, lo: int, lex: Lexicon) -> bool:
    """Is the name at toks[lo] a title: in quotes after a word for a work ("sinetron
    "Sajadah Cinta""), or after a word that introduces a title ("bertajuk Gemuruh")? Without
    the quotes, "lagu Siti Nurhaliza" is Siti Nurhaliza's song, and she is an actor."""
    toks, words = view.toks, view.words
    quoted = lo > 0 and toks[lo - 1].text in _QUOTE_MARKS
    end = lo - 1 if quoted else lo
    if _ends_at(lex.title_leads, words, end, toks) is not None:
        return True
    if not quoted:
        return False
    if _ends_at(lex.work_heads, words, end, toks) is not None:
        return True
    # "Filem "Mat Kilau" meraih ...": the word for the work opens the sentence, capitalised.
    n, _ = lex.work_heads.match(words, view.first_word) if view.first_word < end else (0, None)
    return n > 0 and view.first_word + n == end


AGE_ALONE_MIN = 10  # a bare "(9)" after a name is as often a score or a count as an age
AGE_MAX = 120


def _age_bracket(view: SentenceView, hi: int, lex: Lexicon) -> bool:
    """Is the name ending at toks[hi] followed by its age in brackets, with its sex or without
    ("(lelaki, 43)", "(perempuan, 9)", "(75)")?"""
    toks, words = view.toks, view.words
    if hi >= len(toks) or toks[hi].text != "(":
        return False
    k = hi + 1
    sexed = k + 1 < len(toks) and words[k] in lex.sex_words and toks[k + 1].text == ","
    k += 2 if sexed else 0
    if not (k + 1 < len(toks) and toks[k + 1].text == ")" and toks[k].text.isdigit() and len(toks[k].text) <= 3):
        return False
    return sexed or AGE_ALONE_MIN <= int(toks[k].text) <= AGE_MAX


def _has_a_middle_initial(toks: list[Token], lex: Lexicon) -> bool:
    """A given name, one capital letter (with its dot or without), then a family name, neither
    a word of the language: "Sonya A. Zoghlin", "James P. Kennedy", "Benny K Harman" (not
    "Hanwha Q Cells")."""
    words = [t.text for t in toks if t.text != "."]
    return (len(words) == 3 and len(words[1]) == 1 and words[1].isupper()
            and all(w.isalpha() and w[0].isupper() and not w.isupper() and len(w) > 1 and not lex.ordinary(w)
                    for w in (words[0], words[2])))


NAME_SHAPE_WORD_MAX = 7  # letters: the words of a Chinese name ("Goh Jin Wei") are short


def _has_a_persons_name_shape(toks: list[Token], words: list[str], lex: Lexicon) -> bool:
    """A person's name by its words: a common Malay given name in it ("Amran Hassan",
    "Sulaiman Bakar"), or a Chinese name, family name first ("Goh Jin Wei", "Lim Chong King")
    or last after a given name ("Wendy Lee")? Two or three words written as a name; a Chinese
    name's words are short."""
    if not 2 <= len(toks) <= 3 or not all(
            t.text.isalpha() and t.text[0].isupper() and not t.text.isupper() for t in toks):
        return False
    if any(w in lex.common_given_names for w in words) or _is_first_name(toks[0], lex):
        # "Amran Hassan", "Osman Bakar", "David Rowley"; not "Emas Anuar", a sponsor's word before a name
        return _is_first_name(toks[0], lex) or not lex.ordinary(toks[0].text)
    if any(len(t.text) > NAME_SHAPE_WORD_MAX for t in toks):
        return False
    if len(toks) == 3:
        return words[0] in lex.family_names
    return words[1] in lex.family_names


def _is_first_name(tok: Token, lex: Lexicon) -> bool:
    """A given name: of the language's lists, or of another language's that is no word of
    this one ("Chris"; not "Dan", Malay's "and")."""
    return tok.lower in lex.first_names or (tok.lower in lex.other_first_names and not lex.ordinary(tok.text))


def _add_context(view: SentenceView, m: Mention, lex: Lexicon, facts: TextFacts) -> None:
    """Evidence from the words around a mention."""
    words, toks = view.words, view.toks
    lo, hi = m.lo, m.hi
    _strip_clitic(m, lex, facts)
    if _ends_at(lex.speech_verbs, words, lo):
        m.evidence |= {"speech", "said_by"}  # "kata Hadi", "Menurut Siti"

    after = _after_bracket(view, hi)
    after = after + 1 if after < len(toks) and toks[after].text == "," else after
    if after + 1 < len(toks) and words[after] in lex.relatives:
        after += 1  # "Asmawiyah Baton yang berkata", "Tan, who said": the name's own clause
    if after < len(toks) and not toks[after].is_capitalised:
        n, _ = lex.speech_verbs.match(words, after)
        if n and not _rise_told(view, after, n, lex):
            m.evidence.add("speech")  # ("Maybank added 5.0 sen": a share's price, not words)
    if _person_verb_follows(view, hi, lex):
        m.evidence.add("agent")
    if hi + 1 < len(toks) and words[hi] in LIST_JOINERS and lex.person_companions.match(words, hi + 1)[0]:
        m.evidence.add("kin")  # "Parker dan rekan-rekannya", "Tan and his wife": only a person has them
    if lo in view.kinds_listed:
        m.evidence.add("kind_item")
    if _ends_at(lex.place_prepositions, words, lo, toks) and not (
            hi - lo >= 2 and _ends_at(lex.source_prepositions, words, lo, toks)):
        m.evidence.add("place_prep")  # ("restu dari Surya Paloh": from whom, as often as from where)
    kind = _ends_at(lex.place_descriptors, words, lo, toks) or _ends_at(lex.place_heads, words, lo, toks)
    if kind:
        m.evidence.add("place_head")
        m.place_kind = m.place_kind or kind
    if _ends_at(lex.org_context, words, lo, toks):
        m.evidence.add("org_context")
    if hi < len(toks) and not toks[hi].is_capitalised and lex.seat_words.match(words, hi)[0]:
        m.evidence |= {"place_head", "seat"}  # "the Gambir seat", "Benut state seat": a constituency
        m.place_kind = m.place_kind or "region"
    if _names_a_work(view, lo, lex):
        m.evidence.add("work")
    elif _after_word_for(lex.bare_work_heads, view, lo):
        m.evidence.add("work_head")  # "filem Mantera"; but "lagu Siti Nurhaliza" is hers
    if _after_word_for(lex.product_heads, view, lo):
        m.evidence.add("product")
    if lex.english_title_links and _in_english_title(view, lo, hi, lex):
        m.evidence.add("english_title")
    if _ends_at(lex.group_heads, words, lo, toks):
        m.evidence.add("group_head")
        if m.kind == NAME or (m.kind == PLACE and _ends_at(lex.ethnic_heads, words, lo, toks)):
            m.kind = GROUP  # "etnis Rohingya"; "suku Minahasa", a people named like its land
        elif m.kind == PLACE:
            m.kind = DEMONYM  # "rakyat Malaysia": people, not the place
    if hi + 2 < len(toks) and toks[hi].text == "," and toks[hi + 1].text.isdigit() and toks[hi + 2].text in (",", ")"):
        m.evidence.add("age")  # "Rosli Hamid, 56, berkata"
    elif _age_bracket(view, hi, lex):
        m.evidence.add("age")  # "Ka Kok Bun (lelaki, 43)", "Anwar Ibrahim (75)"
    if any(w in lex.given_names for w in words[lo:hi]) or any(w in lex.particles for w in words[lo + 1 : hi - 1]):
        m.evidence.add("particle")
    elif m.kind == NAME and (_has_a_persons_name_shape(toks[lo:hi], words[lo:hi], lex)
                             or _has_a_middle_initial(toks[lo:hi], lex)):
        m.evidence.add("name_shape")  # "Goh Jin Wei", "Wendy Lee", "Amran Hassan", "Sonya A. Zoghlin"
    if lo == view.first_word:
        m.evidence.add("initial")
        if _verb_follows(view, hi, lex):
            m.evidence.add("verb_next")
    if (m.kind == PLACE and hi < len(toks) and words[hi] in lex.team_verbs
            and not (lo > 0 and words[lo - 1] in LIST_JOINERS)):
        m.evidence.add("team")  # "Kedah were held to a draw", "Malaysia are second": a side
    if m.kind == PLACE and hi < len(toks) and not toks[hi].is_capitalised and words[hi] in lex.directions:
        _extend(m, toks[hi], view)  # "Asia tengah"
        m.place_kind = "region"
        m.evidence.add("direction")


def _after_word_for(table: Phrases, view: SentenceView, lo: int) -> bool:
    """Does an entry of the table (a word for a work, a kind of thing) end right before the
    name at lo, in small letters or opening the sentence ("Filem Debu-Debu Kasih ...")?"""
    if _ends_at(table, view.words, lo, view.toks) is not None:
        return True
    n, _ = table.match(view.words, view.first_word) if view.first_word < lo else (0, None)
    return n > 0 and view.first_word + n == lo


_ENGLISH_ARTICLES = frozenset({"a", "an", "the"})


def _in_english_title(view: SentenceView, lo: int, hi: int, lex: Lexicon) -> bool:
    """Is the name (toks[lo:hi]) one capitalised part of an English title or term quoted in
    Malay or Indonesian text, the parts joined by English words in small letters ("Four
    Weddings and a Funeral", "Bill of Rights", "Return on Equity")?"""
    toks, words = view.toks, view.words

    def link(k: int) -> bool:
        return words[k] in lex.english_title_links and not toks[k].is_capitalised

    def article(k: int) -> bool:
        return words[k] in _ENGLISH_ARTICLES and not toks[k].is_capitalised

    k = hi
    if k + 1 < len(toks) and link(k):
        k += 1
        if k + 1 < len(toks) and article(k):
            k += 1
        if toks[k].is_word and toks[k].is_capitalised:
            return True
    k = lo - 1
    if k >= 2 and article(k):
        k -= 1
    return k >= 1 and link(k) and toks[k - 1].is_word and toks[k - 1].is_capitalised


def _word_follows(view: SentenceView, hi: int, accepts) -> bool:
    """Does a word that ``accepts(k)`` stand right after the name (ending at ``hi``), or after
    one lower-case word?"""
    toks = view.toks
    for k in (hi, hi + 1):
        if k >= len(toks) or not toks[k].is_word or toks[k].is_capitalised:
            return False
        if accepts(k):
            return True
    return False


def _verb_follows(view: SentenceView, hi: int, lex: Lexicon) -> bool:
    """"Siswono mendukung ...", "Hanung juga menjamin ...": a word with a verb's prefix."""
    return _word_follows(view, hi, lambda k: verb_shaped(view.words[k], lex))


def _in_dictionary(word: str, lex: Lexicon) -> bool:
    """Is the word one of the language's (or its sibling's) ordinary words, or one made from
    such a word with a prefix, a suffix or both ("Serangan", "Ketujuh", "Siapapun")?"""
    low = word.casefold()
    lists = [word_list(lang) for lang in (lex.lang,) + SIBLINGS.get(lex.lang, ())]
    stems = {low}
    stems |= {low[len(p):] for p in lex.derivation_prefixes if low.startswith(p)}
    stems |= {s[: -len(x)] for s in tuple(stems) for x in lex.derivation_suffixes if s.endswith(x)}
    return any(s in words for s in stems if len(s) >= 3 for words in lists)


def _person_verb_follows(view: SentenceView, hi: int, lex: Lexicon) -> bool:
    """"Beshir bersikukuh", "Haswandi kemudian menanyakan": a verb only a person does."""
    return _word_follows(view, hi, lambda k: lex.person_verbs.match(view.words, k)[0] > 0)


def _strip_clitic(m: Mention, lex: Lexicon, facts: TextFacts) -> None:
    """"Rohingyanya" names Rohingya when the text writes "Rohingya" elsewhere;
    "Facebooknya" ("its/his Facebook") names the known body Facebook."""
    if m.kind != NAME or " " in m.text:
        return
    for c in lex.clitics:
        base = m.text[: -len(c)]
        if not m.text.endswith(c) or len(base) < 3:
            continue
        n, known = lex.known_orgs.match([base.casefold()], 0)
        if base in facts.mid_capitals or n:
            m.text, m.end = base, m.end - len(c)
            if n:
                m.kind, m.known_name = ORG, known
            return


def _extend(m: Mention, tok: Token, view: SentenceView) -> None:
    full = view.sentence.text  # offsets are absolute: rebuild the text from the sentence
    base = view.sentence.start
    m.end, m.hi = tok.end, m.hi + 1
    m.text = full[m.start - base : m.end - base]


def _paren_alias(view: SentenceView, m: Mention, j: int, lex: Lexicon) -> int:
    """"Pakatan Harapan (PH)": the acronym is another name of the same referent.
    Returns the index after the brackets when taken, else ``j``."""
    toks, words = view.toks, view.words
    if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"):
        return j
    inner = toks[j + 1]
    if m.hi != j or not _is_name_start(inner) or len(m.words) < 2:
        return j
    if m.kind in (PERSON, NAME) and not _shortens(inner.text, m.words):
        return j  # "Anwar Ibrahim (PKR)": the party, not another name
    if lex.known_orgs.match(words, j + 1, None, (), view.raw)[0] and m.kind != ORG:
        return j
    if gaz.lookup(inner.text) is not None and m.kind != PLACE:
        return j
    m.aliases.append((inner.text, inner.start, inner.end))
    return j + 3


def _branch_place(view: SentenceView, m: Mention, k: int, lex: Lexicon) -> int:
    """"Ibu Pejabat Polis Daerah (IPD) Kajang": a branch's name ends in a word that asks for
    a place ("Daerah", "Negeri"), and the place comes after the bracketed acronym. The place
    belongs to the name. Returns the index after the place when taken, else ``k``."""
    toks = view.toks
    if m.kind != ORG or m.words[-1].casefold() not in lex.branch_words:
        return k
    end = k
    while end < len(toks) and end - k < gaz.max_words() and toks[end].is_word and toks[end].is_capitalised:
        end += 1
    text, base = view.sentence.text, view.sentence.start
    for e in range(end, k, -1):  # the longest run of capitalised words that names a place
        place = text[toks[k].start - base : toks[e - 1].end - base]
        if gaz.lookup(place) is not None:
            m.text = f"{m.text} {place}"
            m.end, m.hi = toks[e - 1].end, e
            # the acronym stays a name of the body; its span is now inside the whole one's
            m.aliases = [(t, -1, -1) if m.start <= a and b <= m.end else (t, a, b) for t, a, b in m.aliases]
            return e
    return k


def _spells_a_non_entity(view: SentenceView, j: int, lex: Lexicon) -> bool:
    """Is the name ending at toks[j] followed by a bracketed acronym of something that is
    no actor or place ("Covid-19", "MIS-C", "KDNK")? The name is then its spelt-out form."""
    toks = view.toks
    if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"):
        return False
    n, _ = lex.non_entities.match(view.words, j + 1, j + 2)
    return n == 1


def _shortens(short: str, words: list[str]) -> bool:
    """A person's short name: the initials of the name ("SBY" for "Susilo Bambang
    Yudhoyono") or a form of one of its words ("Jokowi" for "Joko Widodo")."""
    names = [w for w in words if w[:1].isupper()]
    if short.isupper() and 2 <= len(short) <= len(names):
        return short == "".join(w[0] for w in names).upper()
    low = short.casefold()
    return len(low) >= 3 and any(len(w) >= 3 and low.startswith(w[:3].casefold()) for w in names)


# A member's party and seat or state after the name: "R-Texas", "D-N.Y", "PH-Pulai"
_PARTY_SEAT_TAG = re.compile(r"[A-Z]{1,3}-[A-Z][A-Za-z.]*")


def _party_seat_tag(view: SentenceView, i: int, lex: Lexicon) -> bool:
    """Is toks[i] a party's letters and a seat's or a state's name, joined by a hyphen, after
    a name's comma or bracket? It says whom the name before it sits for: no actor. The party
    is a known body ("PH-Pulai"), or one letter before a state's name, its abbreviation or its
    capitals ("R-Texas", "D-Minn.", "D-NY"; not "T-Mobile")."""
    toks = view.toks
    text = toks[i].text
    if not (i > 0 and toks[i - 1].text in (",", "(") and _PARTY_SEAT_TAG.fullmatch(text) and gaz.lookup(text) is None):
        return False
    party, seat = text.split("-", 1)
    if len(party) > 1:
        return lex.known_orgs.match([party.casefold()], 0, None, (), [party])[0] == 1
    if "." in seat or (len(seat) == 2 and seat.isupper()) or (
            i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == toks[i].end):
        return True
    state = gaz.lookup(seat)
    return state is not None and state.kind == "state"


def _sentence_mentions(view: SentenceView, lex: Lexicon, facts: TextFacts) -> list[Mention]:
    toks, words = view.toks, view.words
    out: list[Mention] = []
    i = 0
    # (mention, token where its other name starts, the sort that name must be: None for any,
    # and for a rename which name is the old one: "old" the one after, "new" the one before)
    link_from: tuple[Mention, int, str | None, str | None] | None = None
    while i < len(toks):
        if not _is_name_start(toks[i]):
            i += 1
            continue
        j = _chunk_end(view, i, lex)
        if j == i + 1 and len(toks[i].text) == 1:
            i += 1  # a lone letter ("Plan B", "A. A."): not a name
            continue
        if _party_seat_tag(view, i, lex):
            i = j  # "Sen. Ben Sasse, R-Neb.,", "Nga Kor Ming (PH-Teluk Intan)": a member's tag
            continue
        if (i > 0 and toks[i - 1].text in ("#", "@") and toks[i - 1].end == toks[i].start
                and (i == 1 or toks[i - 2].end < toks[i - 1].start)):
            # "#TangkapAzamBaki", "@AmyKup": a hashtag or an account's handle, no name (but
            # "Haniff@Ghazali": a Malaysian name's other name)
            i += 1
            continue
        law_end = _brackets_end(view, j)
        if law_end > j and law_end < len(toks) and toks[law_end].is_capitalised and lex.event_heads.match(words, law_end)[0]:
            i = law_end  # "Public Officers (Conduct and Discipline) Regulations": all one law's name
            continue
        segs = _relabel(view, _label(view, i, j, lex, facts), lex, facts)
        # "... Penyakit Berjangkit (Langkah-Langkah di Dalam Kawasan Tempatan Jangkitan) 2021": a
        # bracket of capitalised words between a name and its year is part of a law's title
        dated = law_end > j and law_end < len(toks) and toks[law_end].text.isdigit() and len(toks[law_end].text) == 4
        found: list[Mention] = []
        year_after = j < len(toks) and len(toks[j].text) == 4 and toks[j].text.isdigit()
        segs = _without_measures(view, segs, lex)
        laws = frozenset(k for k, s in enumerate(segs)
                         if s.label == EVENT and lex.law_heads.match(words, s.lo)[0] == s.hi - s.lo)
        for g in _at_repeated_name(_at_title_links(_split_groups(segs, year_after, laws), view, lex), view, lex):
            found += _pieces(view, g, j, lex, facts)
        found.sort(key=lambda x: x.start)
        if (link_from is not None and link_from[1] == i and link_from[2] is None
                and not (len(found) == 1 and found[0].lo == i and found[0].hi == j)):
            # "atau lebih dikenali sebagai Along Cham", "... sebagai Tok Mat": the name the
            # person goes by is written whole, whatever its words would be alone
            nick = _mention(view, facts, NAME, i, j)
            h = min(skip_honorifics_forward(view, i, lex), j)
            if i < h < j:  # "Tok Mat" is written "Tok Mat" again later, read as "Mat" with its honorific
                nick.aliases.append((facts.text[toks[h].start : toks[j - 1].end], -1, -1))
            found = [nick]
        for m in found:
            _add_context(view, m, lex, facts)
        found = [m for m in found if m.kind != DEMONYM]
        if found and found[-1].hi == j and found[-1].kind != ORG and _spells_a_non_entity(view, j, lex):
            # "... Syndrome in Children (MIS-C)": the name of a known non-entity. A body named
            # by its head keeps its acronym, whatever else it spells ("Serikat Pengadilan Islam (ICU)").
            found.pop()
        if link_from is not None and link_from[1] == i and found and link_from[2] in (None, found[0].kind):
            found[0].link = link_from[0]
            if link_from[3] is not None:
                (found[0] if link_from[3] == "old" else link_from[0]).evidence.add("old_name")
        link_from = None
        out += found
        nxt = j
        if not found and j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
            nxt = j + 3  # the acronym of something that is not an actor: "Sijil Fitosanitasi (PC)"
        if found:
            last = found[-1]
            nxt = _paren_alias(view, last, j, lex)
            if nxt > j:
                nxt = _branch_place(view, last, nxt, lex)
            at = nxt
            if at + 2 < len(toks) and toks[at].text == "," and toks[at + 1].text.isdigit() and toks[at + 2].text == ",":
                at += 3  # the age between: "Mohd Faizal Abdullah, 40, atau lebih dikenali sebagai ..."
            n, _ = lex.alias_markers.match(words, at) if at < len(toks) else (0, None)
            if n and last.kind in (PERSON, NAME, ORG):
                link_from = (last, at + n, None, None)
            n, after = lex.rename_markers.match(words, nxt) if nxt < len(toks) else (0, None)
            if (not n and last.kind == ORG and nxt + 1 < len(toks) and not toks[nxt].is_capitalised
                    and lex.function.match(words, nxt, nxt + 1)[0]):
                n, after = lex.rename_markers.match(words, nxt + 1)  # "K-KOMM juga ditukar kepada KKD"
                n = n + 1 if n else 0
            if n and last.kind == ORG:
                link_from = (last, nxt + n, ORG, after)  # "X (KPLB) sebelum ini dijenamakan semula dengan nama Y"
            elif n and out and out[0].kind == ORG and out[0].lo == view.first_word:
                # "X yang diterajui menterinya, Fahmi sebelum ini dikenali sebagai Y": the
                # clause between tells of X, the sentence's subject, and so does the rename
                link_from = (out[0], nxt + n, ORG, after)
        i = max(nxt, law_end) if dated else nxt
    _coordinate(view, out)
    if view.portfolio:
        out = [m for m in out if not all(x in view.portfolio for x in range(m.lo, m.hi))]
        aliased: set[int] = set()  # tokens of acronyms now another name of a ministry
        for m in out:
            if m.kind == ORG and m.known_name is None and _in_portfolio_list(view, m.hi):
                _extend_over_portfolio(view, m, facts)
                if _paren_alias(view, m, m.hi, lex) > m.hi:  # "... dan Budaya (MOTAC)"
                    aliased.add(m.hi + 1)
        out = [m for m in out if not (m.lo in aliased and m.hi == m.lo + 1)]
    return _without_portfolio_lists(view, out, lex)


def _without_measures(view: SentenceView, segs: list[Seg], lex: Lexicon) -> list[Seg]:
    """The segments with the names of measures made non-entities: the words before a
    measure's word ("FBM Emas | Index", "Financial Services | Index") name no actor."""
    if not lex.measure_tails:
        return segs
    out = list(segs)
    for k, s in enumerate(segs):
        if s.label == NONE and view.words[s.hi - 1] in lex.measure_tails:
            m = k
            while m > 0 and out[m - 1].label not in (FUNC, NONE):
                m -= 1
                out[m] = Seg(NONE, out[m].lo, out[m].hi)
    return out


PORTFOLIO_MAX = 5  # words of a title's own portfolio before the listed items ("Tenaga Teknologi Sains")
PORTFOLIO_ITEM_MAX = 3  # words of each listed item ("Alam Sekitar", "Perubahan Iklim")


LAW_BRACKET_MAX = 12  # tokens inside a bracket of a law's name: "(Conduct and Discipline)"


def _brackets_end(view: SentenceView, j: int) -> int:
    """Index after the brackets of words that follow j one after another ("(Amendment)",
    "(Conduct of Elections)"), each of capitalised words and joiners; j when none does."""
    toks = view.toks
    k = j
    while k < len(toks) and toks[k].text == "(":
        e = k + 1
        while e < len(toks) and e - k <= LAW_BRACKET_MAX and toks[e].is_word:
            e += 1
        if e == k + 1 or e >= len(toks) or toks[e].text != ")" or not toks[k + 1].is_capitalised:
            break
        k = e + 1
    return k


KIND_LEAD_GAP = 6  # words between a word for a kind and the lead of its list, at most
KIND_LIST_TOKENS = 40  # tokens of a listed run of kinds, at most


def _kinds_listed(view: SentenceView, lex: Lexicon) -> frozenset[int]:
    """Tokens of the names listed after a word for a kind: right after it ("varietas
    Pelangi"), or after a list's lead a few words on ("jenis durian unggul di Indonesia antara
    lain Bido, Bawor, Matahari")."""
    toks, words = view.toks, view.words
    if lex.kind_nouns.isdisjoint(words):
        return frozenset()  # most sentences: a look-up at C speed
    n = len(toks)
    out: set[int] = set()
    for k in range(n - 1):
        if words[k] not in lex.kind_nouns or toks[k].is_capitalised:
            continue
        start = k + 1
        for q in range(k + 1, min(n, k + 2 + KIND_LEAD_GAP)):
            lead = lex.kind_list_leads.match(words, q)[0]
            if lead:
                start = q + lead
                break
            if not toks[q].is_word:
                break
        p = start
        while p < n and p - start < KIND_LIST_TOKENS and (
                (toks[p].is_word and (toks[p].is_capitalised or not toks[p].text.isalpha()))
                or words[p] in LIST_JOINERS):
            out.add(p)
            p += 1
    return frozenset(out)


def _capitalised_run_end(toks: list[Token], p: int) -> int:
    """End (exclusive) of the run of capitalised words that starts at p."""
    while p < len(toks) and toks[p].is_word and toks[p].is_capitalised:
        p += 1
    return p


def _portfolio_tails(view: SentenceView, lex: Lexicon) -> frozenset[int]:
    """Malay and Indonesian: the tokens of the portfolio items listed after a title or a
    ministry and its own portfolio, "A, B dan C" ("Menteri Sumber Asli, Alam Sekitar dan
    Perubahan Iklim", "Kementerian Pelancongan, Seni dan Budaya"), or "dan B" before the
    holder ("Menteri Perumahan dan Kerajaan Tempatan, Zuraida"). Every word of every item is
    a word of the language: names of people ("Menteri Kewangan, Anwar dan Rafizi") are not."""
    toks, words = view.toks, view.words
    n = len(toks)
    if not lex.derivation_prefixes:  # no dictionary to tell the words from names
        return frozenset()

    def ordinary_run(a: int, b: int, most: int = PORTFOLIO_ITEM_MAX) -> bool:
        return 0 < b - a <= most and all(lex.ordinary(toks[x].text) for x in range(a, b))

    listed: set[int] = set()
    k = 0
    while k < n:
        head = k
        while head < n and toks[head].is_capitalised:  # "Bekas Menteri", "Kementerian"
            step = lex.titles.match(words, head)[0] or (1 if words[head] in lex.ministry_words else 0)
            if not step:
                break
            head += step
        if head == k:
            k += 1
            continue
        own = _capitalised_run_end(toks, head)
        # "Menteri Perumahan dan Kerajaan Tempatan, Zuraida": one item after "dan", then the
        # holder across a comma or a list's colon (the title may hold its own portfolio)
        joined = own + 1 < n and words[own] in LIST_JOINERS and words[own] != ","
        last = _capitalised_run_end(toks, own + 1) if joined else own
        if ((own == head or ordinary_run(head, own, PORTFOLIO_MAX)) and last > own + 1 and ordinary_run(own + 1, last)
                and last + 1 < n and toks[last].text in (",", ":") and toks[last + 1].is_capitalised
                and not lex.titles.match(words, own + 1)[0]  # "Presiden X dan Pengerusi Y": a second post
                and not any(lex.known_orgs.match(words, x, last)[0] for x in range(own + 1, last))):
            listed.update(range(own + 1, last))
            k = last
            continue
        if not ordinary_run(head, own, PORTFOLIO_MAX):
            k = max(own, k + 1)
            continue
        items, end = [], own
        while end + 1 < n and toks[end].text == ",":
            a = end + 1
            b = _capitalised_run_end(toks, a)
            if not ordinary_run(a, b):
                break
            items.append((a, b))
            end = b
            last = _capitalised_run_end(toks, b + 1) if b + 1 < n and words[b] in LIST_JOINERS and words[b] != "," else b
            if last > b and ordinary_run(b + 1, last):
                items.append((b, last))  # the last item, after "dan"
                for lo, hi in items:
                    listed.update(range(lo, hi))
                end = last
                break
        k = max(end, k + 1)
    return frozenset(listed)


def _in_portfolio_list(view: SentenceView, k: int) -> bool:
    """Does a listed portfolio item go on at token k ("," or "dan" before an item)?"""
    return k + 1 < len(view.toks) and k not in view.portfolio and k + 1 in view.portfolio


def _extend_over_portfolio(view: SentenceView, m: Mention, facts: TextFacts) -> None:
    """A ministry's name runs on over the portfolio listed after its own ("Kementerian Sumber
    Asli, | Alam Sekitar dan Perubahan Iklim")."""
    hi = m.hi
    while _in_portfolio_list(view, hi) or hi in view.portfolio:
        hi += 1
    m.hi, m.end = hi, view.toks[hi - 1].end
    m.text = facts.text[m.start : m.end]


def _without_portfolio_lists(view: SentenceView, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Drop the names that are items of a portfolio listed before a title: "Tourism, Arts and
    Culture Minister", "Women, Family and Community Development Minister". The items are
    capitalised runs joined by commas and a last "and"; after "and", a portfolio word and then
    a title ("and Minister Ali" is a list of people, not of portfolios)."""
    toks, words = view.toks, view.words
    n = len(toks)

    listed: set[int] = set()  # token indices of the portfolio items
    k = 0
    while k < n:
        if not (toks[k].is_word and toks[k].is_capitalised):
            k += 1
            continue
        items, p = [], k
        while True:
            end = _capitalised_run_end(toks, p)
            items.append((p, end))
            if end < n and toks[end].text == "," and end + 1 < n and toks[end + 1].is_capitalised:
                p = end + 1
                continue
            if (len(items) >= 2 and end < n and words[end] in LIST_JOINERS
                    and all(_portfolio_item(view, a, b, lex) for a, b in items)):
                last = end + 1
                if _title_after_a_portfolio_word(words, last, _capitalised_run_end(toks, last), lex):
                    for a, b in items:
                        listed.update(range(a, b))
            break
        k = max(end, k + 1)
    if not listed:
        return mentions
    return [m for m in mentions if not all(x in listed for x in range(m.lo, m.hi))]


HEAD_LIST_JOINERS = frozenset({",", "and", "&"})


def _head_final_lists(view: SentenceView, lex: Lexicon) -> frozenset[int]:
    """English: the tokens of the portfolio items, and the commas and "and" between them,
    that a ministry's word or a title closes: "Housing and Local Government | Ministry",
    "Tourism, Arts and Culture | Minister". Every item is made of the language's portfolio
    words, so "Maybank and CIMB Group" is two bodies and "Khairy and Finance Minister Zafrul"
    two people."""
    if not lex.portfolio_words:
        return frozenset()  # Malay and Indonesian put the head first (see _portfolio_tails)
    toks, words = view.toks, view.words
    n = len(toks)

    def portfolio(a: int, b: int) -> bool:
        return 0 < b - a <= PORTFOLIO_ITEM_MAX and all(words[x] in lex.portfolio_words for x in range(a, b))

    def head_at(a: int, b: int) -> int:  # where a ministry's word or a title follows the item, else 0
        x = a
        while x < b and words[x] in lex.portfolio_words:
            x += 1
        return x if x > a and x < b and (words[x] in lex.ministry_words or lex.titles.match(words, x, b)[0]) else 0

    listed: set[int] = set()
    k = 0
    while k < n:
        if not (toks[k].is_word and toks[k].is_capitalised):
            k += 1
            continue
        end = p = _capitalised_run_end(toks, k)
        first = k
        while first < end and words[first] not in lex.portfolio_words:
            first += 1  # "The | Housing and ...": the list opens at its first portfolio word
        x = head_at(first, end)
        if x:
            listed.update(range(first, x))  # one portfolio: "Local Government | Ministry"
            k = end
            continue
        while portfolio(first, end) and p + 1 < n and words[p] in HEAD_LIST_JOINERS:
            q = p + 1
            e = _capitalised_run_end(toks, q)
            x = head_at(q, e)
            if words[p] != "," and x:
                listed.update(range(first, x))  # the items, their joiners and the last item's words
                break
            if words[p] != "," or not portfolio(q, e):
                break
            p = e  # "Tourism, | Arts ...": another item
        # (a list read from a later item would end where this one did: each token is read once)
        k = max(end, p, k + 1)
    return frozenset(listed)


def _portfolio_item(view: SentenceView, lo: int, hi: int, lex: Lexicon) -> bool:
    """Can toks[lo:hi] be an item of a portfolio ("Tourism", "Community Development")? A
    short run of plain words: no title, honorific or place head, and not a known place."""
    words = view.words
    if not 0 < hi - lo <= 3:
        return False
    for x in range(lo, hi):
        if (lex.titles.match(words, x, hi)[0] or lex.honorifics.match(words, x, hi)[0]
                or lex.place_heads.match(words, x, hi)[0]):
            return False
    return gaz.lookup(" ".join(view.raw[lo:hi])) is None


def _title_after_a_portfolio_word(words: list[str], lo: int, hi: int, lex: Lexicon) -> bool:
    """Does the run words[lo:hi] hold a title after its first word ("Culture Minister ...",
    "Community Development Ministry")?"""
    for x in range(lo + 1, hi):
        if words[x] in lex.ministry_words:
            return True
        if lex.titles.match(words, x, hi)[0]:
            return x + 1 < hi  # a name follows the title ("... Minister Rina Harun"), not "Lim Chong King"
    return False


LIST_JOINERS = frozenset({"dan", "and", ",", "serta", "&", "atau", "or"})


def _coordinate(view: SentenceView, mentions: list[Mention]) -> None:
    """Names in a list share their neighbours' sort: "etnis Kazakh dan Kirgis" (groups),
    "Kuwait, Qatar, Belarusia dan Bahrain" (places)."""
    for a, b in zip(mentions, mentions[1:]):
        between = view.words[a.hi : b.lo]
        if not between or not all(w in LIST_JOINERS for w in between):
            continue
        for x, y in ((a, b), (b, a)):
            if y.kind != NAME:
                continue
            if x.kind == GROUP:
                y.kind = GROUP
            elif x.kind == PLACE and x.place is not None and x.place.kind == "country":
                y.evidence.add("place_list")
            elif (x is b and between == [","] and x.kind == PLACE and (x.place is not None or x.place_kind)
                  and not y.text.isupper() and not _web_name(y.text)):
                y.evidence.add("place_list")  # an address, smaller before larger: "Menteng, Jakarta Pusat"
            elif x.kind == ORG and " " in x.text:
                y.evidence.add("org_context")  # "Jeffreys Henry Chartered, Petronas dan ..."


# --- referents and output ---------------------------------------------------------------

PERSON_EVIDENCE = frozenset({"hon", "title", "role", "speech", "age", "particle", "name_shape", "agent", "kin"})
NAME_SHAPE_EVIDENCE = frozenset({"particle", "name_shape", "hon"})  # the name's own words, not its context
HEADLINE_WEIGHT = 3
LONE_SENTENCES = 2
LEAD_WEIGHT = 1


def recognise(text: str, lang: str) -> tuple[list[Actor], list[Place]]:
    """Actors and places of a cleaned article (or of one plain sentence), most salient first."""
    if not text or not text.strip():
        return [], []
    lex = lexicon(lang)
    sentences = split_sentences(text, lex.abbreviations | _sentence_abbreviations())
    views = [_prepare(s, lex) for s in sentences]
    facts = _facts(text, views, lex)
    mentions: list[Mention] = []
    last_named: Mention | None = None  # the person (or unsorted name) named last so far
    last_person: Mention | None = None  # the last name known so far to be a person's
    for view in views:
        view.portfolio = _portfolio_tails(view, lex)
        view.kinds_listed = _kinds_listed(view, lex)
        view.head_lists = _head_final_lists(view, lex)
        found = _without_role_modifiers(view, _sentence_mentions(view, lex, facts), lex)
        attach_roles(view, found, lex, text, (PERSON, NAME))
        roles = subject_pronoun_roles(view, lex, text) if last_named is not None else []
        if roles:
            _give_roles(last_named, roles)
        elif last_person is not None and not any(m.kind in (PERSON, NAME) for m in found):
            roles = demonstrative_roles(view, lex, text)  # (no one named here it could be)
            if roles:
                _give_roles(last_person, roles)
        last_named = next((m for m in reversed(found) if m.kind in (PERSON, NAME)), last_named)
        last_person = next((m for m in reversed(found)
                            if m.kind == PERSON or (m.kind == NAME and m.evidence & PERSON_EVIDENCE)), last_person)
        mentions += found
    groups = group_mentions(mentions, lex.lang, lex.org_connectors, lex.droppable_place_heads,
                            ordinary=lex.ordinary, company_marks=lex.company_marks, patronymics=lex.patronymics)
    weights = _salience_weights(text, sentences)
    actors: list[tuple[float, int, Actor]] = []
    places: list[tuple[float, int, Place]] = []
    for group in groups:
        kind = _referent_kind(group, lex, facts)
        if kind is None:
            continue
        spans = _spans(group)
        score = sum(weights(s) for s in spans)
        first = spans[0][0]
        if kind == PLACE:
            place = _place(group, spans)
            place.name = _unshouted_place(place.name)
            places.append((-score, first, place))
        else:
            actor = _actor(group, kind, spans)
            actor.name = _unshouted_opening(actor.name, lex)
            actors.append((-score, first, actor))
    actors.sort(key=lambda x: (x[0], x[1]))
    places.sort(key=lambda x: (x[0], x[1]))
    return [a for _, _, a in actors], [p for _, _, p in places]


def _without_role_modifiers(view: SentenceView, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """English: an unsorted name that modifies a title in small letters before the title's
    holder is the role's word, not someone: a field or a nationality is dropped ("Health |
    director-general Noor Hisham", "Haitian | striker"), any other name is the body the
    title is of ("ActivTrades | trader Diniz", "Muda | president Syed Saddiq")."""
    if not lex.field_before_title:
        return found
    toks, words = view.toks, view.words
    n = len(toks)

    def modifies_a_title(m: Mention) -> bool:
        k = m.hi
        person = m.evidence & PERSON_EVIDENCE
        if "said_by" in m.evidence and person == {"speech"}:
            person = set()  # "said Health director-general Noor Hisham": the words are the holder's
        if (m.kind != NAME or m.known_name or person or m.hi - m.lo > 2
                or k >= n or toks[k].is_capitalised):
            return False
        t, _v = lex.role_nouns.match(words, k, None, lex.clitics, view.raw)
        if not t:
            t, _v = lex.titles.match(words, k, None, lex.clitics, view.raw)
        return bool(t) and k + t < n and toks[k + t].is_word and toks[k + t].is_capitalised

    out = []
    for m in found:
        if modifies_a_title(m):
            if lex.titles.match(words, m.lo, None, lex.clitics, view.raw)[0] > m.hi - m.lo:
                continue  # the title's own first word: "Executive | vice chairman Kuna"
            if all(words[x] in lex.portfolio_words for x in range(m.lo, m.hi)) or (
                    m.hi - m.lo == 1 and words[m.lo].endswith(lex.nationality_endings)):
                continue  # a field ("Health") or a nationality ("Haitian striker")
            if lex.seat_words.match(words, m.hi)[0]:
                out.append(m)  # a seat ("Kempas assemblyman"): the place it stands for
                continue
            m.kind = ORG  # (a body's name is no holder's: the role reads across it)
            m.evidence.add("org_context")
        out.append(m)
    return out


def _give_roles(last: Mention, roles: list[str]) -> None:
    """Roles a sentence gives its pronoun subject ("Beliau yang juga ..."): they are the person's
    named last before it (a person's pronoun makes that name a person's)."""
    last.roles += [r for r in roles if r not in last.roles]
    last.evidence.add("role")


@lru_cache(maxsize=1)
def _sentence_abbreviations() -> frozenset[str]:
    from .sentences import _abbreviations

    return _abbreviations()


def _facts(text: str, views: list[SentenceView], lex: Lexicon) -> TextFacts:
    lower, mid, after = set(), set(), set()
    counts: dict[str, int] = {}
    for v in views:
        for k, t in enumerate(v.toks):
            if not t.is_word:
                continue
            if t.is_capitalised:
                counts[t.text] = counts.get(t.text, 0) + 1
            if t.text.islower():
                lower.add(t.text)
            elif k != v.first_word and t.is_capitalised:
                mid.add(t.text)
                if k - 1 > v.first_word and v.toks[k - 1].is_word and v.toks[k - 1].is_capitalised:
                    after.add(t.text)
    return TextFacts(text, frozenset(lower), frozenset(mid), lone=len(views) <= LONE_SENTENCES, capital_counts=counts,
                     common_acronyms=frozenset(_common_acronyms(views, lex)), named_after=frozenset(after))


def _common_acronyms(views: list[SentenceView], lex: Lexicon) -> set[str]:
    """Acronyms that the text gives for a term written in small letters, or for a measure's,
    a levy's or a pact's name, so names of no one: "crude palm oil (CPO)", "kartu tanda
    penduduk ( KTP )", "month-on-month (MoM)", "Overnight Policy Rate (OPR)". A term
    whose initials differ (a translation: "poverty line income (PGK)") gives a common acronym
    too, unless it names a body or a facility ("local authorities (PBT)", "evacuation
    centres (PPS)") or the acronym is a known name."""
    out = set()
    for v in views:
        toks = v.toks
        for k in range(2, len(toks) - 1):
            bracketed = toks[k - 1].text == "(" and toks[k + 1].text == ")"
            # "the infectivity rate, or Rt,": an acronym given after "or" is the term's too
            # (a comma or a full stop closes it: "NFL football or NBA basketball" names a league)
            after_or = (not bracketed and toks[k - 1].lower in lex.acronym_ors and not toks[k - 2].is_capitalised
                        and toks[k + 1].text in (",", ".", ")"))
            if not (bracketed or after_or) or not _abbreviation_shaped(toks[k]):
                continue
            letters = toks[k].lower
            if bracketed and ((toks[k - 2].is_word and toks[k - 2].lower in lex.measure_tails)
                              or _after_event_name(v, k - 1, lex)):
                out.add(toks[k].text)  # "Nature Conservation Agreement (NCA)", "Cukai Jualan (SST)"
                continue
            words: list[str] = []
            p = k - 3 if after_or and toks[k - 2].text == "," else k - 2
            joiners = 0  # (the words looked at leave out the joiners: "kecil dan sederhana")
            while p >= 0 and len(words) - joiners < max(len(letters), TERM_WORDS) and toks[p].is_word and (
                    toks[p].text.islower() or (p == v.first_word and toks[p].text[1:].islower())):
                words[:0] = [w for w in toks[p].lower.split("-") if w]  # (a sentence's first word, lower-cased)
                joiners += toks[p].lower in lex.org_connectors
                p -= 1
            # (its initials leave out the joiners: "perusahaan kecil dan sederhana (PKS)")
            spelt = [w for w in words if w not in lex.org_connectors]
            if len(spelt) >= len(letters) and "".join(w[0] for w in spelt[-len(letters):]) == letters:
                out.add(toks[k].text)
            elif words and not (lex.function.match([words[-1]], 0)[0] or lex.known_orgs.match([letters], 0)[0]
                                or lex.known_people.match([letters], 0)[0] or any(_names_a_body(w, lex) for w in words)):
                out.add(toks[k].text)
    return out


TERM_WORDS = 3  # small-letter words before a bracketed acronym looked at for a body's noun
EVENT_NAME_WORDS = 8  # words of an event's, a law's or a levy's name before its bracketed acronym


def _after_event_name(view: SentenceView, bracket: int, lex: Lexicon) -> bool:
    """Does the capitalised run that ends before toks[bracket] open with an event's, a law's
    or a measure's head ("Kadar Dasar Semalaman (OPR)", "Pajak Pertambahan Nilai (PPN)")?"""
    toks, words = view.toks, view.words
    start = bracket
    while start > 0 and bracket - start < EVENT_NAME_WORDS:
        if toks[start - 1].text == ")":
            # a law's bracketed words: "Akta Kesalahan Keselamatan (Langkah-Langkah Khas) 2012 (SOSMA)"
            opening = next((x for x in range(start - 2, max(-1, start - 2 - EVENT_NAME_WORDS), -1)
                            if toks[x].text == "("), None)
            if opening is None:
                break
            start = opening
        elif ((toks[start - 1].is_word and (toks[start - 1].is_capitalised or toks[start - 1].text.isdigit()))
              or words[start - 1] in lex.org_connectors):
            start -= 1
        else:
            break
    while start < bracket and not toks[start].is_capitalised:
        start += 1
    return start < bracket and lex.event_heads.match(words, start)[0] > 0


def _abbreviation_shaped(tok: Token) -> bool:
    """An acronym ("CPO"), a short form with capitals inside ("MoM", "PdPR"), or two letters
    ("Rt"): not a given name in brackets ("( Ical )")."""
    text = tok.text
    return _is_acronym(tok) or (text.isalpha() and text[:1].isupper() and (
        len(text) == 2 or (len(text) <= 6 and any(c.isupper() for c in text[1:]))))


def _names_a_body(word: str, lex: Lexicon) -> bool:
    """Is a small-letter word a body's or a facility's noun ("authorities", "centres",
    "pihak", "pusat")? Plurals are looked up by their singular."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("s"):
        forms.add(word[:-1])
    return any(lex.org_heads.match([f], 0)[0] or lex.org_context.match([f], 0)[0]
               or lex.place_descriptors.match([f], 0)[0] for f in forms)


def _referent_kind(group: list[Mention], lex: Lexicon, facts: TextFacts) -> str | None:
    kinds = {m.kind for m in group}
    evidence = set().union(*(m.evidence for m in group))
    if kinds <= {NAME, PERSON} and any(len(m.words) >= 2 and m.words[-1].casefold() in lex.sibling_words for m in group):
        return GROUP  # "Mendur Bersaudara": the Mendur brothers, two people or more
    if "work" in evidence and not evidence & PERSON_EVIDENCE:
        return None  # a film's, a song's or a book's title, given once in quotes
    if (all(m.evidence & {"work", "work_head"} for m in group) and not evidence & PERSON_EVIDENCE
            and not any(m.known_name for m in group)):
        return None  # "filem Mantera", "siri Kampung People": named only as a work, no one's name
    if (all("kind_item" in m.evidence for m in group) and not evidence & PERSON_EVIDENCE
            and not any(m.known_name for m in group)):
        return None  # "varietas Pelangi", "jenis durian antara lain Bido, Matahari": kinds of a thing
    if all("product" in m.evidence for m in group) and not evidence & PERSON_EVIDENCE and PLACE not in kinds:
        return None  # "kereta jenis BMW 320i": the car, not the maker ("tanaman Hawaii": the place's)
    if (kinds == {NAME} and all("english_title" in m.evidence for m in group)
            and not evidence & PERSON_EVIDENCE and not any(m.known_name for m in group)):
        return None  # "Bill of Rights", "Music and Lyrics": the words of an English title
    if any("after_known" in m.evidence for m in group) and kinds == {NAME} and not evidence & PERSON_EVIDENCE:
        return None  # "Toyota Vios", "Samsung Galaxy": the maker's model, no one's name
    if any("initials" in m.evidence for m in group):
        return PERSON  # "terdakwa SM", "berinisial KTM": a person's initials, however else written
    if ORG in kinds and any(m.kind == PERSON and m.text.isupper() for m in group):
        return ORG  # "Presiden ASTAF" names the body's acronym, not a person
    if ORG in kinds and any(m.kind == ORG and _company_marked(m.text, lex) for m in group):
        return ORG  # "Kumpulan Jakel" ... "Wakil Jakel": the company, written without its mark
    if PERSON in kinds:
        return PERSON
    if PLACE in kinds and evidence & {"speech", "role", "age", "hon", "kin"} and not _firmly_placed(group):
        return PERSON  # "Nancy said": a person who shares a small town's name
    if PLACE in kinds and "said_by" in evidence and lex.lang != "en" and _only_named_town(group):
        return PERSON  # "kata Vena": Malay and Indonesian never attribute words to a city
    if PLACE in kinds and "team" in evidence and _plays(group):
        return ORG
    if PLACE in kinds:
        return PLACE
    if ORG in kinds:
        return ORG
    if GROUP in kinds or "group_head" in evidence:
        return GROUP
    # Only unknown names: judge by the words around them.
    if lex.demonym_endings and all(len(m.words) == 1 for m in group) and not evidence & (PERSON_EVIDENCE - {"speech"}):
        people = _country_of_demonym(group[0].text, lex)
        if people is not None:
            return GROUP if people else None  # "Ukrainians fled": a people; "Russian officials": an adjective
    if all(_web_name(m.text) for m in group):
        return ORG  # "Kompas.com", "TEMPO.CO": a news site
    if "place_head" in evidence and not evidence & PERSON_EVIDENCE - NAME_SHAPE_EVIDENCE:
        return PLACE  # "Bangunan Sultan Ismail": a place named after someone, the name's shape aside
    if evidence & PERSON_EVIDENCE:
        if _unnamed_speaker(group, evidence, lex, facts):
            return ORG  # "Frontken said": a firm that speaks, never named as a person
        return PERSON
    if "org_context" in evidence:
        return ORG
    if "place_head" in evidence or "place_list" in evidence:
        return PLACE
    longest = max(group, key=lambda m: len(m.words))
    word = longest.text
    if len(longest.words) == 1 and _brand_shaped(word):
        return ORG  # "WebMD", "Trans7", "iPhone"
    if all("initial" in m.evidence for m in group) and len(longest.words) == 1:
        if (facts.lone and all("verb_next" in m.evidence for m in group)
                and not _looks_common(Token(word, 0, len(word)), lex, facts) and not _in_dictionary(word, lex)):
            return PERSON  # "Siswono mendukung ...": a lone sentence's subject, no word of the language
        return None  # a capitalised sentence opener and nothing else
    placed = sum(1 for m in group if "place_prep" in m.evidence)
    if placed * 2 >= len(group):
        return PLACE
    if facts.lone and (len(longest.words) >= 2 or not any("initial" in m.evidence for m in group)):
        if _roman_or_common(longest, lex) or any(_looks_common(Token(w, 0, len(w)), lex, facts) for w in longest.words):
            return None  # "Jawa Tengah V", "Pengawasan dan Pengendalian", "Bahan Bakar Minyak": no one's name
        if (len(longest.words) >= 2 and all(lex.ordinary(w) for w in longest.words)
                and not _is_first_name(Token(longest.words[0], 0, len(longest.words[0])), lex)):
            return None  # "Transaksi Elektronik": words of the language, capitalised as a term's
        if len(longest.words) >= 2 and any(len(w) >= 3 and w.isupper() and w.isalpha() for w in longest.words):
            return ORG  # "BPH Migas": an acronym is a body's, no part of a person's name
        return PERSON  # a lone sentence: a capitalised unknown name is most often a person's
    if len(longest.words) == 1:
        # named twice, with nothing else to tell: a body's one-word name, unless it is one of
        # the language's ordinary words ("Misi Perdagangan dan Pelaburan")
        if len(group) >= 2 and (not lex.ordinary(word) or _team_name(word, lex, facts)):
            return ORG
        return None
    if any(_looks_common(Token(w, 0, len(w)), lex, facts) for w in longest.words):
        return None
    if len(group) >= 2 or _english_full_name(group, lex):
        return PERSON
    return None  # a name used once, with no evidence: unsure


def _team_name(word: str, lex: Lexicon, facts: TextFacts) -> bool:
    """English: a plural of an ordinary word, capitalised wherever the text writes it and
    written away from a sentence's start, names a team or a body ("the Bruins", "Spurs")."""
    return (lex.lang == "en" and word.endswith("s") and not word.endswith("ss")
            and word in facts.mid_capitals and word.casefold() not in facts.lower_words)


def _english_full_name(group: list[Mention], lex: Lexicon) -> bool:
    """English: a name of two or three words, each a capital and small letters, written once,
    away from a sentence's start, none of them an English, Malay or Indonesian word ("Denis
    Shapovalov", "Mitch McConnell"), is a person's: bodies and places are named with their
    heads ("Tennis Federation") or with words ("Treatment Centres", "Kempas Baru")."""
    if lex.lang != "en" or len(group) != 1:
        return False
    m = group[0]
    if not ("initial" not in m.evidence and 2 <= len(m.words) <= 3
            and all(w[:1].isupper() and w[1:].isalpha() and not w[1:].isupper() for w in m.words)):
        return False  # (an apostrophe's possessive, "NASA's Cassini", is no full name)
    return not any(_a_word_in_malaysian_english(w, lex) for w in m.words)


def _a_word_in_malaysian_english(word: str, lex: Lexicon) -> bool:
    """An ordinary English word, or a Malay or Indonesian one (Malaysian English news keeps
    Malay words: "Kempas Baru", "Dewan Serbaguna")."""
    return lex.ordinary(word) or lexicon("ms").ordinary(word)


def _country_of_demonym(word: str, lex: Lexicon) -> bool | None:
    """Is the word a country's adjective or its people's name, made from the country's name
    by the language's endings ("Syrian", "Ukrainians", "Israeli")? True for a people (a
    plural), False for an adjective, None when it is neither."""
    plural = word.endswith("s") and not word.endswith("ss")
    stem = word[:-1] if plural else word
    for ending, replacements in lex.demonym_endings.items():
        if not stem.endswith(ending) or len(stem) <= len(ending) + 2:
            continue
        base = stem[: -len(ending)]
        for tail in replacements:
            info = gaz.lookup(base + tail)
            if info is not None and info.kind == "country":
                return plural
    return None


def _company_marked(name: str, lex: Lexicon) -> bool:
    """Does the name hold a mark of a company's legal form or group ("Sdn. Bhd", "Kumpulan")?"""
    return not lex.company_marks.isdisjoint(name.casefold().replace(".", " ").split())


def _unnamed_speaker(group: list[Mention], evidence: set[str], lex: Lexicon, facts: TextFacts) -> bool:
    """In English news a person is introduced by a full name; a one-word name that only
    ever speaks, and that no title, honorific or age marks, is a company's or a body's."""
    if lex.lang != "en" or facts.lone or evidence & PERSON_EVIDENCE != {"speech"}:
        return False
    if "org_context" in evidence:
        return True
    return all(len(m.words) == 1 for m in group) and (len(group) >= 2 or _brand_shaped(group[0].text))


def _only_named_town(group: list[Mention]) -> bool:
    """Every mention is a one-word city or town name that no place word stands beside."""
    return all(
        m.place is not None and m.place.kind in ("city", "town") and len(m.words) == 1
        and not m.evidence & {"place_head", "place_prep", "direction", "place_list"}
        for m in group
    )


def _plays(group: list[Mention]) -> bool:
    """A place's name used more often for its side than as a place."""
    teams = sum(1 for m in group if "team" in m.evidence)
    placed = sum(1 for m in group if m.evidence & {"place_head", "place_prep", "direction", "place_list"})
    return teams > placed


def _roman_or_common(m: Mention, lex: Lexicon) -> bool:
    return any(_is_roman(w) or _is_common_shape(w, lex) for w in m.words)


def _firmly_placed(group: list[Mention]) -> bool:
    return any(
        (m.place is not None and m.place.is_major) or m.evidence & {"place_head", "place_prep", "direction", "place_list"}
        for m in group
    )


WEB_TAILS = (".com", ".co", ".co.id", ".com.my", ".my", ".id", ".net", ".org", ".tv")


def _web_name(word: str) -> bool:
    """A site named by its address: "Kompas.com", "Tribunnews.com"."""
    low = word.casefold()
    return " " not in low and low.endswith(WEB_TAILS) and low.find(".") >= 2


def _brand_shaped(word: str) -> bool:
    """Inner capitals or digits: "WebMD", "Trans7", "AirAsia"."""
    inner = word[1:]
    if len(word) < 4:
        return False  # "Q3"
    return any(c.isdigit() for c in inner) or (any(c.isupper() for c in inner) and any(c.islower() for c in inner))


def _spans(group: list[Mention]) -> list[tuple[int, int]]:
    spans = {(m.start, m.end) for m in group}
    for m in group:
        spans |= {(s, e) for _t, s, e in m.aliases if s >= 0}
    return sorted(spans)


def _salience_weights(text: str, sentences: list[Sentence]):
    """Weight of a mention at a position: 1, plus more in the headline and the lead."""
    parts = blocks(text)
    headline = parts[0] if len(parts) >= 2 else None
    lead = parts[1] if len(parts) >= 2 else (sentences[0].start, sentences[0].end) if sentences else None

    def weight(span: tuple[int, int]) -> float:
        w = 1.0
        if headline and headline[0] <= span[0] < headline[1]:
            w += HEADLINE_WEIGHT
        elif lead and lead[0] <= span[0] < lead[1]:
            w += LEAD_WEIGHT
        return w

    return weight


def _distinct(forms: list[str], exclude: str) -> list[str]:
    seen = {surface_key(exclude)}
    out = []
    for f in forms:
        k = surface_key(f)
        if k and k not in seen:
            seen.add(k)
            out.append(f)
    return out


SHOUTED_MIN = 4  # letters of a first word in capitals that may be a word, not an acronym


def _unshouted_opening(name: str, lex: Lexicon) -> str:
    """"MAHKAMAH Tinggi", "POLIS Diraja Malaysia": a page that prints an article's first word
    in capitals names the body by a word of the language. (An acronym stays: "UMNO Johor".)"""
    first, _, rest = name.partition(" ")
    if not (rest and first.isalpha() and first.isupper() and len(first) >= SHOUTED_MIN) or rest.isupper():
        return name
    word = [first.casefold()]
    if lex.ordinary(first) or any(t.match(word, 0)[0] for t in (lex.org_heads, lex.place_heads, lex.titles)):
        return f"{first.capitalize()} {rest}"
    return name


def _unshouted_place(name: str) -> str:
    """"PETALING JAYA" of a dateline, when no other form is written: the gazetteer's own
    spelling of that name ("Petaling Jaya"), if it has one. (Acronyms stay: "KL".)"""
    if not name.isupper():
        return name
    listed = gaz.listed_spelling(name)
    return listed if listed is not None and not listed.isupper() else name


def _actor(group: list[Mention], kind: str, spans: list[tuple[int, int]]) -> Actor:
    forms = [m.text for m in group] + [t for m in group for t, _s, _e in m.aliases]
    if kind == PERSON:
        # (the most words; of as many, one not opening in capitals: "Ahmad Zahid" over "AHMAD Zahid")
        name = max((m.text for m in group), key=lambda t: (len(t.split()), not t.split()[0].isupper()))
        known = next((m.known_name for m in group if m.known_name), None)
        if known and any(surface_key(m.text) == surface_key(known) for m in group):
            name = known  # "KJ ... Khairy Jamaluddin": the full name, when it is written
    elif len({m.text.casefold() for m in group}) == 1:
        spellings = Counter(m.text for m in group)
        name = max(spellings, key=spellings.get)  # "DAP" 17 times and "Dap" once: as mostly written
    else:
        named = [m for m in group if not m.text.isupper() or len(m.text) > MAX_ACRONYM] or group
        old = {surface_key(m.text) for m in group if "old_name" in m.evidence}  # a renamed body goes by its new name
        named = [m for m in named if surface_key(m.text) not in old] or named
        name = max((m.text for m in named), key=lambda t: (len(t.split()), len(t)))
        known = next((m.known_name for m in group if m.known_name), None)
        if known and len(group) and all(m.text.isupper() for m in group):
            name = group[0].text  # only the acronym is written: report it as written
    roles: list[str] = []
    honorifics: list[str] = []
    for m in group:
        roles += [r for r in m.roles if r not in roles]
        honorifics += [h for h in m.honorifics if h not in honorifics]
    return Actor(
        name=name, kind=kind, roles=roles if kind == PERSON else [], honorifics=honorifics,
        aliases=_distinct(forms, name), mentions=len(spans), spans=spans,
    )


def _place(group: list[Mention], spans: list[tuple[int, int]]) -> Place:
    counts: dict[str, int] = {}
    for m in group:
        counts[m.text] = counts.get(m.text, 0) + 1
    # The name is the form used most often, but a form in capitals ("RI", "KL", a dateline's
    # "BEIJING") only when the place is written no other way: "Indonesia", "Kuala Lumpur".
    name = max(counts, key=lambda t: (not t.isupper(), counts[t]))
    info = next((m.place for m in group if m.place is not None), None)
    head_kind = next((m.place_kind for m in group if m.place_kind), None)
    forms = [m.text for m in group] + [t for m in group for t, _s, _e in m.aliases]
    return Place(
        name=name,
        kind=(head_kind if info is None or any("direction" in m.evidence for m in group) else info.kind) or "other",
        country=info.country if info else None,
        canonical=info.canonical if info else None,
        aliases=_distinct(forms, name),
        mentions=len(spans),
        spans=spans,
    )
