"""Events: who did what, where and when, one per distinct happening.

For each sentence, in story order:

1. *Triggers*: words of the event taxonomy (``lang/<lang>/events.yaml``). Malay and
   Indonesian words are matched on their roots, affixes stripped ("dilawati", "lawatan",
   "melawat" -> lawat); a root may be limited to some prefixes ("ditahan", but not
   "bertahan"). Words inside actor or place names and inside time expressions are not
   triggers. A noun trigger takes the verb before it ("memulakan lawatan"); an English
   verb its auxiliary ("was arrested").
2. *The sentence's event*: a trigger of the main clause before one of a dependent clause
   ("untuk menghadiri", "yang diterima"); a specific type before a general one; a noun
   pointing back to a happening already told ("kematian itu") after those; else, when a
   named actor speaks, a statement. Where a quoted speaker spoke ('"...," kata X dalam
   sidang akhbar, Isnin') comes first: the writer tells it. Nothing after "jika" / "if"
   is an event: it may not have happened.
3. *Arguments*: the actors mentioned in the sentence (the agent first: the nearest actor
   before the trigger, or after it for a passive verb), or those a pronoun points back to;
   the places in it, except a place that only describes an actor ("Menteri Luar China,
   Wang Yi"), the dateline, or one inside the attribution ("Menurut ... Kepulauan Canary").
   What a speaker tells ("X berkata, kemalangan berlaku ...") is not done by the speaker,
   unless a pronoun points to them ("X berkata, pihaknya ..."). The time expression of the
   trigger's clause (else the nearest one) gives ``when``; a statement takes the time its
   speaker's next words give ('"...," kata dia semalam').
4. *Status*: negated (a negation just before the trigger, with no other verb between, or a
   denial verb), planned (a modal just before it: "akan", "will"), else reported.
   ``source`` is the attribution ("kata jurucakapnya", "lapor KCNA").
5. *Merging*: an event of the headline joins the body event that tells it again. A later
   event joins an earlier one of its type when it adds no actor or place, or names it again
   (the same trigger word, or a noun its first sentence used) with an actor in common (a
   place, when one side names no actor), at no other time. A noun pointing back ("konpers
   itu") joins the last event of its type and adds who it names. A second happening of a
   body sentence ("... sebelum meninggal dunia Isnin lepas") only adds its time to an
   earlier telling. Earlier events are indexed by type and argument, and only the first
   few of each are compared: linear in the number of events.

Each step is one pass with bounded look-ahead: linear in the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from newsdigest.analyse.quotes import Mentions, find_attributions, speech_words
from newsdigest.analyse.sentences import Sentence, Token
from newsdigest.analyse.spans import SpanIndex
from newsdigest.analyse.timex import Timex, find_times, resolve
from newsdigest.digest import Actor, Event, Place, When

# Prefixes (Malay / Indonesian): surface form, class, letters a nasal prefix may have eaten.
_PREFIXES = (
    ("memper", "memper", ("",)), ("diper", "diper", ("",)),
    ("menge", "meN", ("",)), ("penge", "peN", ("",)),
    ("meny", "meN", ("s",)), ("peny", "peN", ("s",)),
    ("meng", "meN", ("", "k")), ("peng", "peN", ("", "k")),
    ("mem", "meN", ("", "p")), ("pem", "peN", ("", "p")),
    ("men", "meN", ("", "t")), ("pen", "peN", ("", "t")),
    ("me", "meN", ("",)), ("pe", "peN", ("",)),
    ("ber", "ber", ("",)), ("bel", "ber", ("",)), ("be", "ber", ("",)),
    ("ter", "ter", ("",)), ("per", "per", ("",)), ("di", "di", ("",)), ("ke", "ke", ("",)), ("se", "se", ("",)),
)
_SUFFIXES = ("kannya", "annya", "inya", "kan", "an", "i", "nya", "lah", "kah", "pun")
_VERB_CLASSES = frozenset({"meN", "di", "ber", "ter", "memper", "diper"})
_EN_AUX = frozenset({"was", "were", "is", "are", "been", "be", "has", "have", "had", "being", "got", "get"})
_MIN_ROOT = 3
LEAD_SENTENCES = 2
SUBORDINATE_REACH = 30  # tokens looked back for the word that opens a trigger's clause
CARRY_AGENT = True  # body sentences that may tell two happenings
# Prefix classes as the language packs write them (casefolded) -> as analyses() names them.
_CLASSES = {"0": "", "men": "meN", "pen": "peN", "di": "di", "ber": "ber", "ter": "ter", "per": "per", "ke": "ke",
            "se": "se", "memper": "memper", "diper": "diper"}

# Types in order of how much they tell: specific happenings, then general ones, then speech.
_GENERAL = "other"
# Purpose words ("bagi", "untuk") open a clause that still tells the same happening.
_JOINS = frozenset({"dan", "serta", "lalu", "kemudian", "and", "then"})
_PURPOSE = frozenset({"bagi", "untuk", "supaya", "agar", "to"})
_SPEECH = "statement"


@dataclass
class _Lexicon:
    lang: str
    types: list[str]
    roots: dict  # root -> list of (type, allowed prefix classes or None)
    phrases: dict  # first word -> list of (tuple of words, type)
    words: dict  # exact form -> type
    light_verbs: frozenset
    negation: frozenset
    denial: frozenset
    future: dict  # first word -> list of tuples
    neg_window: int
    mod_window: int
    clause_breaks: frozenset
    person_pronouns: frozenset
    group_pronouns: frozenset
    # A word for a force ("polis", "police") -> the heads its bodies' names open with
    # ("Polis Diraja Malaysia", "Polres Kediri Kota").
    forces: dict
    subordinators: frozenset  # open a clause that is not the sentence's main one ("untuk", "yang")
    clause_openers: frozenset  # open a new main clause ("namun", "malah")
    demonstratives: frozenset  # after a noun ("kematian itu"), or before it in English ("the fire")
    not_triggers: frozenset  # forms that never name a happening ("kunjung" of "tak kunjung")
    conditionals: frozenset  # a sentence with one of these tells what may happen ("jika", "if")


def _cf(x) -> str:
    return str(x).casefold().strip()


@lru_cache(maxsize=None)
def lexicon(lang: str) -> _Lexicon:
    from newsdigest.lang import load

    data = load(lang, "events") if lang in ("ms", "id", "en") else {}
    roots: dict[str, list] = {}
    phrases: dict[str, list] = {}
    words: dict[str, str] = {}
    types = list((data.get("types") or {}).keys())
    for typ, spec in (data.get("types") or {}).items():
        spec = spec or {}
        for item in spec.get("roots") or []:
            item = _cf(item)
            root, _, allowed = item.partition("/")
            allow = frozenset(_CLASSES.get(a.strip(), a.strip()) for a in allowed.split("|")) if allowed else None
            if " " in root:
                phrases.setdefault(root.split()[0], []).append((tuple(root.split()), typ))
            else:
                roots.setdefault(root, []).append((typ, allow))
        for item in spec.get("phrases") or []:
            parts = tuple(_cf(item).split())
            if parts:
                phrases.setdefault(parts[0], []).append((parts, typ))
        for item in spec.get("words") or []:
            if " " in _cf(item):  # several words: a phrase
                phrases.setdefault(_cf(item).split()[0], []).append((tuple(_cf(item).split()), typ))
            else:
                words.setdefault(_cf(item), typ)
    for first in phrases:
        phrases[first].sort(key=lambda p: -len(p[0]))
    neg = data.get("negation") or {}
    mod = data.get("modality") or {}
    future: dict[str, list] = {}
    for item in mod.get("future") or []:
        parts = tuple(_cf(item).split())
        if parts:
            future.setdefault(parts[0], []).append(parts)
    pr = data.get("pronouns") or {}
    return _Lexicon(
        lang=lang, types=types, roots=roots, phrases=phrases, words=words,
        light_verbs=frozenset(_cf(x) for x in data.get("light_verbs") or []),
        negation=frozenset(_cf(x) for x in neg.get("words") or []),
        denial=frozenset(_cf(x) for x in neg.get("verbs") or []),
        future=future, neg_window=int(neg.get("window", 3)), mod_window=int(mod.get("window", 4)),
        clause_breaks=frozenset(_cf(x) for x in data.get("clause_breaks") or []),
        person_pronouns=frozenset(_cf(x) for x in pr.get("person") or []),
        group_pronouns=frozenset(_cf(x) for x in pr.get("group") or []),
        forces={_cf(word): tuple(_cf(h) for h in heads or []) for word, heads in (data.get("forces") or {}).items()},
        subordinators=frozenset(_cf(x) for x in data.get("subordinators") or []),
        clause_openers=frozenset(_cf(x) for x in data.get("clause_openers") or []),
        demonstratives=frozenset(_cf(x) for x in data.get("demonstratives") or []),
        not_triggers=frozenset(_cf(x) for x in data.get("not_triggers") or []),
        conditionals=frozenset(_cf(x) for x in data.get("conditionals") or []),
    )


# ---------------------------------------------------------------------------------------
# Morphology

@lru_cache(maxsize=65536)
def analyses(word: str, lang: str) -> tuple[tuple[str, str], ...]:
    """(prefix class, root) readings of a word: "" is no prefix. Malay/Indonesian strip
    affixes; English strips inflections."""
    w = word.casefold()
    if lang == "en":
        return tuple(("", r) for r in _english_roots(w))
    out: list[tuple[str, str]] = [("", w)]
    stems = [w] + [w[: -len(s)] for s in _SUFFIXES if w.endswith(s) and len(w) - len(s) >= _MIN_ROOT]
    # Two suffixes: "-kan" + "-nya" is listed whole; "ke-...-an" comes from prefix + suffix.
    for stem in stems:
        if stem != w:
            out.append(("", stem))
        for surface, cls, restore in _PREFIXES:
            if not stem.startswith(surface) or len(stem) - len(surface) < 2:
                continue
            rest = stem[len(surface):]
            for r in restore:
                if r and rest[:1] not in "aeiou":
                    continue
                root = r + rest
                if len(root) >= _MIN_ROOT:
                    out.append((cls, root))
            # "memper-" / "diper-" / "ber-" may stand before "-kan" forms of a prefixed root
            if cls in ("di", "meN") and rest.startswith("per") and len(rest) > 5:
                out.append((cls, rest[3:]))
    seen: dict = {}
    for item in out:
        seen.setdefault(item, None)
    return tuple(seen)


def _english_roots(w: str) -> list[str]:
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("ied") and len(w) > 4:
        out.append(w[:-3] + "y")
    for suf in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suf) and len(w) - len(suf) >= _MIN_ROOT:
            stem = w[: -len(suf)]
            out.append(stem)
            if suf in ("ing", "ed"):
                out.append(stem + "e")
                if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
                    out.append(stem[:-1])
    return out


# ---------------------------------------------------------------------------------------
# Triggers

@dataclass
class Trigger:
    type: str
    start: int  # token indices [start, end) within the sentence
    end: int
    head: int  # the token index naming the happening
    root: str
    verbal: bool  # a verb form (prefix me-/di-/ber-/ter- or an English verb)
    passive: bool


def _root_hit(tok: Token, lex: _Lexicon):
    """(type, root, prefix class) of the token's first reading that is in the lexicon."""
    exact = lex.words.get(tok.lower)
    if exact:
        return exact, tok.lower, ""
    for cls, root in analyses(tok.lower, lex.lang):
        for typ, allow in lex.roots.get(root, ()):
            if allow is None or cls in allow:
                return typ, root, cls
    return None


def _name_like(toks: list[Token], k: int) -> bool:
    """A capitalised word inside a sentence ("Menteri", "Majlis"): part of a name or title.
    The first word, and a word after an opening quote or a colon, may be capitalised."""
    tok = toks[k]
    if not tok.is_capitalised or tok.is_all_caps:
        return False
    j = k - 1
    while j >= 0 and not toks[j].is_word and toks[j].text in "\"“‘'(«":
        j -= 1
    return j >= 0 and toks[j].text not in (":", ".", "!", "?", "-", "–", "—")


def _word_matches(tok: Token, word: str, lang: str) -> bool:
    if tok.lower == word:
        return True
    return any(root == word for _, root in analyses(tok.lower, lang))


def find_triggers(sent: Sentence, lex: _Lexicon, blocked: set[int]) -> list[Trigger]:
    """Triggers among a sentence's tokens; ``blocked`` token indices (names, times) are skipped."""
    toks = sent.tokens
    out: list[Trigger] = []
    k = 0
    n = len(toks)
    while k < n:
        tok = toks[k]
        if k in blocked or not tok.is_word or tok.text[:1].isdigit() or _name_like(toks, k) \
                or tok.lower in lex.not_triggers:
            k += 1
            continue
        hit = None
        # Phrases first (longest first): "meninggal dunia", "terima kasih", "dijatuhi hukuman".
        for first, _cls in [(r, c) for c, r in analyses(tok.lower, lex.lang)] + [(tok.lower, "")]:
            for parts, typ in lex.phrases.get(first, ()):
                m = len(parts)
                if k + m > n or any(j in blocked for j in range(k + 1, k + m)):
                    continue
                if all(_word_matches(toks[k + j], parts[j], lex.lang) for j in range(1, m)):
                    hit = (typ, k, k + m, " ".join(parts), _cls)
                    break
            if hit:
                break
        if hit:
            typ, s, e, root, cls = hit
            out.append(_trigger(toks, typ, s, e, k, root, lex, cls))
            k = e
            continue
        got = _root_hit(tok, lex)
        if got is not None:
            typ, root, cls = got
            out.append(_trigger(toks, typ, k, k + 1, k, root, lex, cls))
        k += 1
    return out


def _trigger(toks: list[Token], typ: str, s: int, e: int, head: int, root: str, lex: _Lexicon,
             cls: str | None) -> Trigger:
    first = toks[s].lower
    if lex.lang == "en":
        verbal = first.endswith("ed") or first.endswith("s") and not first.endswith("ss")
        passive = False
        if s > 0 and toks[s - 1].lower in _EN_AUX:
            passive = toks[s - 1].lower in ("was", "were", "been", "be", "being", "is", "are", "got") and \
                first.endswith("ed")
            s -= 1
            verbal = True
        elif s > 0 and toks[s - 1].lower in lex.light_verbs:
            s -= 1
            if s > 0 and toks[s - 1].lower in ("a", "an", "the"):
                pass
        elif s > 1 and toks[s - 1].lower in ("a", "an", "the") and toks[s - 2].lower in lex.light_verbs:
            s -= 2
        return Trigger(typ, s, e, head, root, verbal, passive)
    if not cls:  # an exact form ("meninggal"): its prefix, if plainly one (not "ter-": "terima")
        cls = _verb_class(first, lex.lang)
        cls = "" if cls == "ter" else cls
    verbal = cls in _VERB_CLASSES
    passive = cls in ("di", "diper")
    if not verbal and s > 0:
        prev = toks[s - 1]
        if prev.is_word and not prev.is_capitalised and (_verb_class(prev.lower, lex.lang) in _VERB_CLASSES
                                                         or any(r in lex.light_verbs for _, r in
                                                                analyses(prev.lower, lex.lang))):
            if prev.lower not in lex.negation and prev.lower not in lex.clause_breaks:
                s -= 1
    return Trigger(typ, s, e, head, root, verbal, passive)


def _verb_class(word: str, lang: str) -> str:
    w = word.casefold()
    if len(w) < 5:
        return ""
    for surface in ("memper", "diper", "meny", "meng", "mem", "men", "ber", "ter", "di", "me"):
        if w.startswith(surface):
            if surface == "me" and w[2:3] not in "lmnrwy":
                continue
            return {"memper": "meN", "diper": "di", "meny": "meN", "meng": "meN", "mem": "meN", "men": "meN",
                    "me": "meN", "ber": "ber", "ter": "ter", "di": "di"}[surface]
    return ""


# ---------------------------------------------------------------------------------------
# Events

@dataclass
class _Draft:
    event: Event
    trigger: Trigger
    sentence: Sentence
    title: bool
    roots: set = field(default_factory=set)
    bare: bool = False
    score: float = 0.0
    supplement: bool = False  # a second happening of a body sentence: only adds to an earlier telling
    back: bool = False  # the trigger is a noun pointing back ("kematian itu")
    told: set = field(default_factory=set)  # trigger roots of this telling and of those merged into it
    time_kind: str | None = None  # kind of the time expression that gave ``when``


def find_events(text: str, sentences: list[Sentence], actors: list[Actor], places: list[Place], lang: str,
                published: str | None, limit: int | None = None, title: bool | None = None,
                attributions: dict | None = None) -> list[Event]:
    """One event per distinct happening, in story order (``limit``: keep the most salient).

    ``title``: whether the text opens with a headline block (None: guess from its shape).
    ``attributions``: from ``quotes.find_attributions``, when the caller has them already."""
    if lang not in ("ms", "id", "en") or not sentences:
        return []
    lex = lexicon(lang)
    sw = speech_words(lang)
    mentions = Mentions(actors)
    place_mentions = SpanIndex(places)
    forces = _story_forces(actors, lex)
    if attributions is None:
        _, attributions = find_attributions(text, sentences, actors, lang)
    has_title = _has_title(sentences) if title is None else title
    title_block = sentences[0].block if has_title else None
    dateline_end = _dateline_end(sentences, title_block)
    drafts: list[_Draft] = []
    previous: _Draft | None = None
    times_at: dict[int, list[Timex]] = {}

    def times_of(sent: Sentence) -> list[Timex]:
        if sent.index not in times_at:
            # a day's or a month's name inside a person's name is no time: "Norazam Khamis"
            times_at[sent.index] = [t for t in find_times(text, sent.tokens, lang)
                                    if not mentions.covers(t.start, t.end)]
        return times_at[sent.index]

    lead_left = LEAD_SENTENCES
    for sent in sentences:
        toks = sent.tokens
        if len(toks) < 3:
            continue
        is_title = title_block is not None and sent.block == title_block
        attribution = attributions.get(sent.index)
        # Time expressions are read only where something may have happened (they keep their
        # words from being triggers): most sentences of a hostile input cost no more.
        if attribution is None and not find_triggers(sent, lex, _blocked(sent, (), mentions, place_mentions,
                                                                          dateline_end)):
            continue
        times = times_of(sent)
        blocked = _blocked(sent, times, mentions, place_mentions, dateline_end)
        triggers = [t for t in find_triggers(sent, lex, blocked) if not _in_attribution(t, toks, attribution)]
        # Where a quoted speaker spoke ("kata X dalam sidang akhbar") is told by the writer:
        # it comes before what the quote itself tells.
        setting = [t for t in triggers if _in_setting(toks[t.head].start, attribution)]
        # After "jika", "if": what may happen, not what did ("jika berjaya dilaksanakan, ...").
        cond = next((k for k, t in enumerate(toks) if t.lower in lex.conditionals), None)
        if cond is not None:
            triggers = [t for t in triggers if t.start < cond or t in setting]
        trig = _choose(setting or triggers, sent.tokens, sw, lex)
        if trig is None:
            trig = _statement_trigger(sent, attribution, mentions, sw)
        if trig is None:
            continue
        chosen = [trig]
        seconds = _second(triggers, trig, toks, lex, sw)
        lead = lead_left > 0 and not is_title
        if lead:  # a lead packs more than one happening into a sentence
            chosen = sorted(chosen + seconds, key=lambda t: t.start)
            lead_left -= 1
        elif not is_title:  # later, a second happening only adds to an earlier telling of it
            chosen = sorted(chosen + seconds, key=lambda t: t.start)
        for t in chosen:
            draft = _build(text, sent, t, times, mentions, place_mentions, attribution, lex, published,
                           previous, dateline_end, is_title, forces)
            if draft is None:
                continue
            draft.roots |= {x.root for x in triggers}
            draft.supplement = t is not trig and not lead
            drafts.append(draft)
            if not is_title and not draft.bare and not draft.supplement:
                previous = draft
    events = _merge(drafts)
    by_index = {s.index: s for s in sentences}
    _speech_times(events, attributions, lambda k: times_of(by_index[k]) if k in by_index else [], published)
    if limit is not None and limit >= 0 and len(events) > limit:
        keep = sorted(events, key=lambda d: -d.score)[:limit]
        events = sorted(keep, key=lambda d: d.event.sentence)
    return [d.event for d in events]


def _has_title(sentences: list[Sentence]) -> bool:
    """The first block is a headline when it is one short sentence followed by more blocks."""
    first = [s for s in sentences if s.block == sentences[0].block]
    return len(first) == 1 and any(s.block != sentences[0].block for s in sentences) and len(first[0].tokens) <= 20


def _dateline_end(sentences: list[Sentence], title_block: int | None) -> int:
    """Offset where the dateline ("BEIJING -", "KEDIRI, KOMPAS.com -", "PUTRAJAYA:") ends, or -1.
    The sentence splitter sets a line-opening dateline apart as its own sentence."""
    body = next((s for s in sentences if s.block != title_block), None)
    return body.end if body is not None and body.dateline else -1


def _blocked(sent: Sentence, times: list[Timex], mentions: Mentions, place_mentions, dateline_end: int) -> set[int]:
    """Token indices that cannot be triggers: inside names, time expressions, the dateline."""
    spans = [(t.start, t.end) for t in times]
    spans += [(s, e) for s, e, _ in mentions.inside(sent.start, sent.end)]
    spans += [(s, e) for s, e, _ in place_mentions.inside(sent.start, sent.end)]
    if dateline_end > sent.start:
        spans.append((sent.start, dateline_end))
    out = set()
    for k, t in enumerate(sent.tokens):
        for s, e in spans:
            if t.start < e and s < t.end:
                out.add(k)
                break
    return out


def _in_attribution(t: Trigger, toks: list[Token], attribution) -> bool:
    if attribution is None:
        return False
    return attribution.start <= toks[t.head].start < attribution.end


def _choose(triggers: list[Trigger], toks: list[Token], sw, lex: _Lexicon | None = None) -> Trigger | None:
    """The sentence's main happening: a trigger of the main clause before one of a clause
    that depends on it ("untuk menghadiri", "yang diterima"); a specific trigger before a
    general one; a noun pointing back to a happening already told ("kematian itu") after
    both; speech last."""
    def speech(t: Trigger) -> bool:
        w = toks[t.head].lower
        return t.type == _SPEECH and (w in sw.before or w in sw.after or w in sw.according)

    def rank(t: Trigger) -> tuple:
        if speech(t):
            return (9,)
        general = 1 if t.type == _GENERAL else 0
        if lex is None:
            return (general,)
        back = 4 if _points_back(t, toks, lex) else 0
        sub = 2 if _subordinate(t, toks, lex) else 0
        return (back + sub + general,)

    best = None
    for t in triggers:
        if best is None or rank(t) < rank(best):
            best = t
    return best


def _subordinate(t: Trigger, toks: list[Token], lex: _Lexicon) -> bool:
    """Whether the trigger stands in a dependent clause: a subordinating word ("untuk",
    "yang", "selepas", "which") comes before it with no comma or new main clause between."""
    for k in range(t.start - 1, max(-1, t.start - 1 - SUBORDINATE_REACH), -1):
        tok = toks[k]
        if tok.text in (",", ";", ":") or tok.lower in lex.clause_openers:
            return False
        if tok.lower in lex.subordinators:
            return True
    return False


def _points_back(t: Trigger, toks: list[Token], lex: _Lexicon) -> bool:
    """A bare noun naming a happening already told: "kematian itu", "the fire"."""
    if t.verbal or t.start != t.head:
        return False
    if lex.lang == "en":
        return t.start > 0 and toks[t.start - 1].lower in lex.demonstratives
    return t.end < len(toks) and toks[t.end].lower in lex.demonstratives


def _speech_times(drafts: list[_Draft], attributions: dict, times_at, published: str | None) -> None:
    """A speaker's words timed in the next sentences ('"...," kata dia kemarin') time the
    statement that introduced them ("X menyambut baik surat itu.")."""
    for d in drafts:
        ev = d.event
        if ev.when.text and d.time_kind not in ("vague", "near", None) or ev.type != _SPEECH and \
                d.sentence.index not in attributions:
            continue
        speaker = ev.actors[0] if ev.actors else None
        if speaker is None:
            continue
        for k in range(d.sentence.index, d.sentence.index + 4):
            att = attributions.get(k)
            if att is None or att.speaker != speaker:
                continue
            tail = [t for t in times_at(k) if t.start >= att.start and t.kind not in ("vague", "near")
                    and not t.is_duration]
            if tail:
                ev.when = resolve(tail[0], published, future=ev.status == "planned")
                d.time_kind = tail[0].kind
                break


def _second(triggers: list[Trigger], main: Trigger, toks: list[Token], lex: _Lexicon, sw) -> list[Trigger]:
    """A second happening in the same sentence: a trigger of another type, set apart from the
    main one by a comma, a conjunction or a clause break ("ditahan ... dan dihalang ...")."""
    if main.type == _SPEECH:
        return []
    for t in triggers:
        if t is main or t.type == main.type or t.type == _SPEECH or not t.verbal:
            continue
        lo, hi = sorted((t.head, main.head))
        if any(toks[k].text in (",", ";") or toks[k].lower in _JOINS or toks[k].lower in lex.clause_breaks
               for k in range(lo + 1, hi)):
            return [t]
    return []


def _statement_trigger(sent: Sentence, attribution, mentions: Mentions, sw) -> Trigger | None:
    """A named actor speaking in indirect speech ("X berkata, ..."): a statement."""
    if attribution is None or attribution.position != "lead" or not attribution.speaker:
        return None
    named = mentions.inside(attribution.start, attribution.end)
    if not named:
        return None
    for k, t in enumerate(sent.tokens):
        if attribution.start <= t.start < attribution.end and (t.lower in sw.before or t.lower in sw.after):
            return Trigger(_SPEECH, k, k + 1, k, t.lower, True, False)
    return None


def _clause(toks: list[Token], trig: Trigger, lex: _Lexicon, times: list[Timex] = ()) -> tuple[int, int]:
    """Token range of the trigger's clause: from the break before it to the break after it
    (a break word inside a time expression, "sebelum ini", does not count)."""
    def breaks(k: int) -> bool:
        t = toks[k]
        if t.text == ";":
            return True
        if t.lower not in lex.clause_breaks:
            return False
        return not any(x.start <= t.start < x.end for x in times)

    lo = 0
    for k in range(trig.start - 1, -1, -1):
        if breaks(k):
            lo = k
            break
    hi = len(toks)
    for k in range(trig.end, len(toks)):
        if breaks(k) and toks[k].lower not in _PURPOSE:
            hi = k
            break
    return lo, hi


def _status(toks: list[Token], trig: Trigger, lex: _Lexicon) -> str:
    lo = max(0, trig.start - lex.neg_window)
    for k in range(lo, trig.start):
        if toks[k].lower in lex.negation:
            # "tidak hanya itu", "bukan sahaja": a discourse phrase, not a negation of the verb
            if k + 1 < len(toks) and toks[k + 1].lower in ("hanya", "sahaja", "saja", "only", "just"):
                continue
            # "tidak memberitahu sebab dihalang": the negation belongs to the verb between
            if lex.lang != "en" and any(_verb_class(toks[j].lower, lex.lang) in _VERB_CLASSES
                                        for j in range(k + 1, trig.start)):
                continue
            return "negated"
    for k in range(max(0, trig.start - 8), trig.start):
        if toks[k].lower in lex.denial:
            return "negated"
    if lex.lang == "en" and trig.start < len(toks) and toks[trig.start].lower in ("not",):
        return "negated"
    lo = max(0, trig.start - lex.mod_window)
    for k in range(lo, trig.start):
        for parts in lex.future.get(toks[k].lower, ()):
            if tuple(t.lower for t in toks[k:k + len(parts)]) == parts:
                return "planned"
    return "reported"


_FORCE_WINDOW = 5  # words before a trigger where a word for a force is its agent


def _story_forces(actors: list[Actor], lex: _Lexicon) -> dict[str, str]:
    """word for a force -> the one organisation of the story whose name opens or ends with
    one of its heads ("IPD Kajang", "Kajang Police"). With two such bodies (two police
    districts) the word stays unresolved."""
    out: dict[str, str] = {}
    for word, heads in lex.forces.items():
        bodies = [a.name for a in actors if a.kind == "organisation" and any(
            (name := a.name.casefold()) == h or name.startswith(h + " ") or name.endswith(" " + h) for h in heads)]
        if len(bodies) == 1:
            out[word] = bodies[0]
    return out


def _build(text: str, sent: Sentence, trig: Trigger, times: list[Timex], mentions: Mentions, place_mentions,
           attribution, lex: _Lexicon, published: str | None, previous: _Draft | None, dateline_end: int,
           is_title: bool, forces: dict[str, str]) -> _Draft | None:
    toks = sent.tokens
    trig_start, trig_end = toks[trig.start].start, toks[trig.end - 1].end
    status = _status(toks, trig, lex)
    setting = _in_setting(trig_start, attribution)
    # Actors: mentioned in the sentence, outside the attribution ("kata X", "lapor KCNA",
    # "X berkata, ..."): the speaker tells of the happening, unless the happening is where
    # the speaker spoke ("kata X dalam sidang akhbar"): then the speaker is its agent.
    found = []
    for s, e, a in mentions.inside(sent.start, sent.end):
        if setting:
            if s < attribution.start:
                continue
        elif attribution is not None and attribution.position == "tail" and attribution.start <= s < attribution.end:
            continue
        elif attribution is not None and attribution.position == "lead" and attribution.end <= trig_start \
                and s < attribution.end:  # "X berkata, ...": what X tells follows
            continue
        if dateline_end > s:
            continue
        found.append((s, e, a))
    names: list[str] = []
    agent = _agent(found, trig_start, trig_end, trig.passive)
    if setting:
        names.append(attribution.speaker)
    if agent is not None and agent.name not in names:
        names.append(agent.name)
    for _, _, a in found:
        if a.name not in names:
            names.append(a.name)
    told = attribution is not None and attribution.position == "lead" and attribution.end <= trig_start
    first = next((k for k, t in enumerate(toks) if t.start >= attribution.end), 0) if told else 0
    before = [t.lower for t in toks[first:trig.start]]
    no_agent = agent is None or all(s > trig_start for s, _, _ in found)
    if told and attribution.speaker and no_agent and any(
            w in lex.group_pronouns or w in lex.person_pronouns for w in before):
        # "X berkata, pihaknya melancarkan ...": the pronoun points to the speaker
        if attribution.speaker not in names:
            names.insert(0, attribution.speaker)
    elif previous is not None and no_agent:
        if any(w in lex.group_pronouns for w in before) or any(
                " ".join(before[k:k + 2]) in lex.group_pronouns for k in range(len(before))):
            carried = [n for n in previous.event.actors]
            names = carried + [n for n in names if n not in carried]
        elif any(w in lex.person_pronouns for w in before):
            person = mentions.last_before(sent.start, lambda a: a.kind == "person")
            if person is not None and person.name not in names:
                names.insert(0, person.name)
    if no_agent and forces:
        # "polis menahan dua lelaki": the force is the story's own, named somewhere in it.
        force = next((forces[w] for w in before[-_FORCE_WINDOW:] if w in forces), None)
        if force is not None and force not in names:
            names.insert(0, force)
    # Places: in the sentence, except one that only describes an actor, or the dateline.
    actor_starts = {s for s, _, _ in found}
    candidates = [(s, p) for s, e, p in place_mentions.inside(sent.start, sent.end)
                  if s >= dateline_end and not _describes_actor(text, e, actor_starts)
                  and not (attribution is not None and attribution.start <= s < attribution.end)]
    lo, hi = _clause(toks, trig, lex, times)
    lo_off = toks[lo].start
    hi_off = toks[hi - 1].end if hi > 0 else sent.end
    chosen = [(s, p) for s, p in candidates if lo_off <= s < hi_off]
    if not chosen:  # the clause names no place: the nearest one after it, else before it
        after = [(s, p) for s, p in candidates if s >= hi_off]
        earlier = [(s, p) for s, p in candidates if s < lo_off]
        chosen = after[:1] or earlier[-1:]
    plc: list[str] = []
    for _, p in chosen:
        if p.name not in plc:
            plc.append(p.name)
    # No one and nowhere named, or no one said not to have done it ("tidak ada serangan di X"):
    # kept only to add a time to an earlier telling.
    if not names and not plc and told and attribution.speaker:  # "X berkata, harga merosot": X tells it
        names = [attribution.speaker]
    bare = not names and (not plc or status == "negated")
    if bare and CARRY_AGENT and previous is not None and previous.event.actors and status != "negated" \
            and trig.type not in (_GENERAL, _SPEECH) and previous.sentence.block >= sent.block - 1:
        names = [previous.event.actors[0]]  # told without a subject: the story's last agent goes on
        bare = False
    if setting:  # the time of the speaking: after the attribution
        times = [t for t in times if t.start >= attribution.end] or times
    when, time_kind = _when(text, toks, trig, times, published, status, lex)
    source = None
    if attribution is not None and not (attribution.start <= trig_start < attribution.end):
        source = attribution.text
    trigger_text = text[trig_start:trig_end]
    clause_text = sent.text
    ev = Event(type=trig.type, trigger=trigger_text, text=clause_text, sentence=sent.index, actors=names,
               places=plc, when=when, source=source, status=status)
    d = _Draft(ev, trig, sent, is_title, {trig.root}, bare=bare, time_kind=time_kind, told={trig.root},
               back=_points_back(trig, toks, lex))
    d.score = _salience(ev, mentions)
    return d


def _in_setting(trig_start: int, attribution) -> bool:
    """Whether the trigger names where a quoted speaker spoke: after a trailing attribution
    ('"...," kata X dalam sidang akhbar', '"...," ujar Hadi dalam konferensi pers')."""
    return attribution is not None and attribution.position == "tail" and attribution.speaker is not None \
        and trig_start >= attribution.end


def _agent(found, trig_start: int, trig_end: int, passive: bool) -> Actor | None:
    if passive:
        after = [(s, a) for s, e, a in found if s >= trig_end and s - trig_end <= 40]
        if after:
            return min(after, key=lambda t: t[0])[1]
    before = [(s, a) for s, e, a in found if e <= trig_start]
    if before:
        return max(before, key=lambda t: t[0])[1]
    return None


def _describes_actor(text: str, place_end: int, actor_starts: set[int]) -> bool:
    """"Menteri Luar China, Wang Yi": a place right before ", <actor>" is part of a title."""
    k = place_end
    while k < len(text) and text[k] == " ":
        k += 1
    if k < len(text) and text[k] == ",":
        k += 1
        while k < len(text) and text[k] == " ":
            k += 1
        return k in actor_starts
    return False


def _when(text: str, toks: list[Token], trig: Trigger, times: list[Timex], published: str | None, status: str,
          lex: _Lexicon) -> tuple[When, str | None]:
    """The happening's time, and the kind of expression that gave it."""
    if not times:
        return When(), None
    lo, hi = _clause(toks, trig, lex, times)
    lo_off = toks[lo].start if lo < len(toks) else 0
    hi_off = toks[hi - 1].end if 0 < hi <= len(toks) else toks[-1].end
    t_off = toks[trig.head].start
    points = [t for t in times if not t.is_duration]
    durations = [t for t in times if t.is_duration and lo_off <= t.start < hi_off]

    def distance(t: Timex) -> int:
        inside = lo_off <= t.start < hi_off
        return (0 if inside else 1, -t.specificity if inside else 0, abs(t.start - t_off))

    point = min(points, key=distance) if points else None
    if point is not None and point.kind == "vague" and not (lo_off <= point.start < hi_off):
        point = None
    duration = min(durations, key=lambda t: abs(t.start - t_off)) if durations else None
    if point is None and duration is None:
        return When(), None
    kind = point.kind if point is not None else duration.kind
    return resolve(point, published, future=status == "planned", duration=duration), kind


def _salience(ev: Event, mentions: Mentions) -> float:
    counts = mentions.counts
    score = sum(min(counts.get(n, 0), 10) for n in ev.actors) + 2 * len(ev.actors) + len(ev.places)
    if ev.when.text:
        score += 2
    if ev.type not in (_GENERAL, _SPEECH):
        score += 3
    return score - 0.1 * ev.sentence


MERGE_LOOK = 8  # earlier tellings kept per (type, argument) to compare with: merging stays linear


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Headline events join the body event telling them; restated events join the first telling.

    Earlier events are indexed by type and argument (and by trigger root), and a later
    event is compared only with the first few sharing its type and an argument: linear in
    the number of events."""
    body = [d for d in drafts if not d.title]
    titles = [d for d in drafts if d.title and not d.bare]
    out: list[_Draft] = []
    by_arg: dict[tuple[str, str], list[_Draft]] = {}
    last_by_root: dict[str, _Draft] = {}
    last_by_type: dict[str, _Draft] = {}
    for d in body:
        if d.bare:  # "sinetron itu tidak kunjung tayang" adds a time to the earlier telling
            known = [last_by_root[r] for r in d.roots if r in last_by_root]
            twin = max(known, key=lambda o: o.event.sentence) if known else None
            if twin is not None and not twin.event.when.text and d.event.when.text:
                twin.event.when = d.event.when
                twin.time_kind = d.time_kind
            continue
        if d.back:  # "konpers itu": the last happening of its type, told again
            twin = last_by_type.get(d.event.type)
            if twin is not None and _times_agree(d, twin) and twin.event.status == d.event.status:
                _absorb(twin, d, widen=True)
                continue
        candidates: dict[int, _Draft] = {}
        for arg in _args(d):
            for o in by_arg.get((d.event.type, arg), ()):
                candidates[id(o)] = o
        ranked = sorted(candidates.values(), key=lambda o: (-_overlap(d, o), o.event.sentence))
        twin = next((o for o in ranked if _restates(d, o) or _retells(d, o, loose=d.supplement)), None)
        if twin is not None:
            _absorb(twin, d)
            continue
        if d.supplement:  # a second happening of a body sentence that tells nothing new
            continue
        out.append(d)
        last_by_root[d.trigger.root] = d
        last_by_type[d.event.type] = d
        for arg in _args(d):
            bucket = by_arg.setdefault((d.event.type, arg), [])
            if len(bucket) < MERGE_LOOK:
                bucket.append(d)
    for t in titles:
        twin = next((o for o in out[:4] if o.event.type == t.event.type and _shares(o, t)), None)
        if twin is None:
            twin = next((o for o in out[:3] if o.event.type == t.event.type), None)
        if twin is not None:
            twin.score += 3
            continue
        if not out:  # a headline tells nothing the body does not, unless there is no body
            out.append(t)
    return out


def _args(d: _Draft) -> list[str]:
    return [("a", n) for n in d.event.actors] + [("p", n) for n in d.event.places]


def _overlap(a: _Draft, b: _Draft) -> int:
    return len(set(a.event.actors) & set(b.event.actors)) + len(set(a.event.places) & set(b.event.places))


def _shares(a: _Draft, b: _Draft) -> bool:
    return bool(set(a.event.actors) & set(b.event.actors) or set(a.event.places) & set(b.event.places))


def _times_agree(a: _Draft, b: _Draft) -> bool:
    """Two tellings of one happening do not place it at two different times."""
    wa, wb = a.event.when, b.event.when
    if wa.date and wb.date:
        return wa.date == wb.date
    if wa.text and wb.text and a.time_kind not in _LOOSE_TIMES and b.time_kind not in _LOOSE_TIMES:
        return wa.text.casefold() == wb.text.casefold()
    return True


_LOOSE_TIMES = (None, "vague", "near", "duration", "period", "after")


def _restates(later: _Draft, first: _Draft) -> bool:
    """Same type, no new actor or place, same status: the same happening told again."""
    a, b = later.event, first.event
    if a.type != b.type or a.type == _GENERAL:
        return False
    if not set(a.actors) <= set(b.actors) or not set(a.places) <= set(b.places):
        return False
    if not (a.actors or a.places):
        return False
    if not _times_agree(later, first):
        return False
    return a.status == b.status


def _retells(later: _Draft, first: _Draft, loose: bool = False) -> bool:
    """The same happening named again: by the word of its first telling ("dihalang" after
    "dihalang memasuki"), or by a noun its first sentence used ("kemalangan" after "merempuh
    ... akibat kemalangan"), with an actor in common (or a place, when one side names no actor),
    at no other time. ``loose``: any word of the same type will do (a second happening of a
    body sentence, which only adds to what is already told)."""
    a, b = later.event, first.event
    if a.type != b.type or not _times_agree(later, first):
        return False
    named_before = (later.back or not later.trigger.verbal) and later.trigger.root in first.roots
    if not loose and later.trigger.root not in first.told and not named_before:
        return False
    if a.actors and b.actors:
        if not set(a.actors) & set(b.actors):
            return False
    elif not set(a.places) & set(b.places):
        return False
    return a.status == b.status or {a.status, b.status} == {"reported", "planned"}


def _absorb(into: _Draft, other: _Draft, widen: bool = False) -> None:
    """``other`` tells ``into`` again: it may add a time and a source (and, ``widen``, the
    actors and places it names: "Dewi hadir dalam konpers itu")."""
    ev, o = into.event, other.event
    if widen:
        ev.actors += [n for n in o.actors if n not in ev.actors]
        ev.places += [n for n in o.places if n not in ev.places]
    into.told |= other.told
    if o.when.text and (not ev.when.text or into.time_kind in ("vague", "near")
                        and other.time_kind not in _LOOSE_TIMES):
        ev.when = o.when
        into.time_kind = other.time_kind
    if not ev.source and o.source:
        ev.source = o.source
    into.score += 1
