"""Quotes and attributions: who said what.

* Direct quotes: words between double quotation marks ("...", “...”) that read as speech
  (a clause ending in punctuation, or a long run of words), with the speaker named around
  them: '"...," kata X', '"...," jelas kementerian itu', 'X berkata: "..."', '"...," he
  said', or in the next sentence. A quote left open at the end of a paragraph is carried by
  the next one (multi-paragraph quotes): it takes that quote's speaker.
* Attributed statements: 'X berkata, ...', 'Menurut X, ...', 'Katanya, ...', 'X said ...'.

The speaker is an actor name (via the actors' spans), or, for words that point back
("katanya", "beliau", "he", "jurucakapnya", "kementerian itu"), the actor they point to.
Words come from ``lang/<lang>/events.yaml`` (``speech``, ``pronouns``).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from newsdigest.analyse.sentences import Sentence, Token
from newsdigest.analyse.spans import SpanIndex
from newsdigest.digest import Actor, Quote

OPEN_QUOTES = frozenset("“«„")
CLOSE_QUOTES = frozenset("”»")
STRAIGHT = '"'
END_PUNCT = frozenset(",.!?…;:")
MIN_WORDS = 3
LONG_QUOTE = 6


@dataclass
class Attribution:
    """A speaker named for the words of one sentence."""

    sentence: int
    verb: str
    speaker: str | None  # actor name
    start: int  # span of the attribution as written ("kata jurucakapnya")
    end: int
    text: str
    position: str  # "tail" (after the words) or "lead" (before them)


@dataclass
class _Speech:
    after: frozenset
    after_phrases: dict  # first word -> list of tuples
    before: frozenset
    according: frozenset
    stops: frozenset
    pronouns: frozenset
    plural: frozenset
    spokesman: frozenset
    pointers: frozenset
    lead_ins: frozenset
    person_pronouns: frozenset
    group_pronouns: frozenset


def _words(items) -> frozenset:
    """Casefolded words; a phrase ("according to") is listed by its first word."""
    return frozenset(str(x).casefold().split()[0] for x in items or [] if str(x).strip())


@lru_cache(maxsize=None)
def speech_words(lang: str) -> _Speech:
    from newsdigest.lang import load

    data = load(lang, "events") if lang in ("ms", "id", "en") else {}
    sp = data.get("speech") or {}
    pr = data.get("pronouns") or {}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for item in list(sp.get("after") or []) + list(sp.get("according") or []):
        parts = tuple(str(item).casefold().split())
        if len(parts) > 1:
            phrases.setdefault(parts[0], []).append(parts)
    return _Speech(
        after=_words(sp.get("after")), after_phrases=phrases, before=_words(sp.get("before")),
        according=_words(sp.get("according")), stops=_words(sp.get("stops")),
        pronouns=_words(sp.get("pronouns")), plural=_words(sp.get("plural_pronouns")),
        spokesman=_words(sp.get("spokesman")), pointers=_words(sp.get("pointers")),
        lead_ins=_words(sp.get("lead_ins")),
        person_pronouns=_words(pr.get("person")), group_pronouns=_words(pr.get("group")),
    )


# ---------------------------------------------------------------------------------------
# Mentions: every actor span, in text order, to point back to.

class Mentions(SpanIndex):
    """Actor mentions sorted by offset, with look-ups for "the last X before here"."""

    def __init__(self, actors: list[Actor]):
        super().__init__(actors)
        self.counts: dict[str, int] = {}
        for _, _, a in self.items:
            self.counts[a.name] = self.counts.get(a.name, 0) + 1

    def last_before(self, pos: int, want=None, limit: int = 4000) -> Actor | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and pos - self.items[i][0] <= limit:
            a = self.items[i][2]
            if self.items[i][1] <= pos and (want is None or want(a)):
                return a
            i -= 1
        return None


def _is_org(a: Actor) -> bool:
    return a.kind in ("organisation", "organization", "group")


def _is_person(a: Actor) -> bool:
    return a.kind == "person"


def _name_has(word: str):
    def test(a: Actor) -> bool:
        names = [a.name] + list(a.aliases or [])
        return any(word in n.casefold().split() for n in names)

    return test


def resolve_speaker(tokens: list[Token], verb: Token | None, mentions: Mentions, lang: str,
                    last_speaker: Actor | None, at: int) -> Actor | None:
    """The actor a speaker phrase names or points to (``at``: where the phrase is)."""
    sw = speech_words(lang)
    if tokens:
        inside = mentions.inside(tokens[0].start, tokens[-1].end)
        if inside:
            return inside[0][2]
    words = [t.lower for t in tokens]
    if any(w in sw.spokesman for w in words):
        return mentions.last_before(at, _is_org) or last_speaker
    for k, w in enumerate(words):
        if w in sw.pointers and k > 0:
            head = words[k - 1]
            return mentions.last_before(at, _name_has(head)) or mentions.last_before(at, _is_org)
    if lang == "en" and len(words) >= 2 and words[0] == "the":
        head = words[-1]
        return mentions.last_before(at, _name_has(head)) or mentions.last_before(at, _is_org)
    pointing = not words or any(w in sw.pronouns or w in sw.person_pronouns for w in words)
    if verb is not None and verb.lower.endswith("nya") and verb.lower not in sw.before:
        pointing = True
    if pointing and not any(w in sw.plural for w in words):
        if last_speaker is not None:
            return last_speaker
        return mentions.last_before(at, _is_person) or mentions.last_before(at)
    return None


# ---------------------------------------------------------------------------------------
# Finding quotes

@dataclass
class _Span:
    start: int  # of the words inside the marks
    end: int
    open_at: int  # of the opening mark
    close_at: int | None  # of the closing mark, None when the paragraph ends first
    block_end: int


def _quote_spans(text: str, blocks: list[tuple[int, int]]) -> list[_Span]:
    out: list[_Span] = []
    for bs, be in blocks:
        i = bs
        open_at = None
        while i < be:
            c = text[i]
            if open_at is None:
                if c in OPEN_QUOTES or (c == STRAIGHT and (i == bs or not text[i - 1].isalnum())):
                    open_at = i
            elif c in CLOSE_QUOTES or (c == STRAIGHT and (i + 1 >= be or not text[i + 1].isalnum())):
                out.append(_Span(open_at + 1, i, open_at, i, be))
                open_at = None
            elif c in OPEN_QUOTES and text[open_at] in OPEN_QUOTES:
                open_at = i  # a stray opening mark: start again
            i += 1
        if open_at is not None:
            out.append(_Span(open_at + 1, be, open_at, None, be))
    return out


def _reads_as_speech(words: str) -> bool:
    stripped = words.strip()
    n = len(stripped.split())
    if n >= LONG_QUOTE:
        return True
    return n >= MIN_WORDS and stripped[-1:] in END_PUNCT


def _sentence_at(sentences: list[Sentence], pos: int, starts: list[int]) -> Sentence | None:
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return sentences[0] if sentences else None
    return sentences[i]


def _phrase_after(tokens: list[Token], k: int, sw: _Speech, max_len: int = 8, named: bool = False) -> list[Token]:
    """The speaker phrase starting at token k: up to punctuation or a stop word. ``named``:
    the verb phrase already holds the speaker ("kata dia"), so a stop word ends it at once."""
    out: list[Token] = []
    while k < len(tokens) and len(out) < max_len:
        t = tokens[k]
        if not t.is_word and t.text not in "-'’":
            break
        if t.lower in sw.stops and (out or named):
            break
        out.append(t)
        k += 1
    return out


def _named_after(tokens: list[Token], k: int, sw: _Speech) -> list[Token]:
    """A speaker described and then named in a relative clause: "pria yang akrab disapa Budi",
    "the man who calls himself John": the capitalised words before the next punctuation."""
    if k >= len(tokens) or tokens[k].lower not in _RELATIVES:
        return []
    out: list[Token] = []
    for t in tokens[k + 1:k + 9]:
        if not t.is_word:
            break
        if t.is_capitalised:
            out.append(t)
        elif out:
            break
    return out


_RELATIVES = frozenset({"yang", "who"})


def _tail_attribution(tokens: list[Token], k: int, lang: str):
    """An attribution starting at token k (after the words): (verb token, phrase tokens, last index)."""
    sw = speech_words(lang)
    while k < len(tokens) and (tokens[k].text in ",.;:—–-" + "”\"" or tokens[k].lower in sw.lead_ins):
        k += 1
    if k >= len(tokens):
        return None
    first = tokens[k]
    if first.lower in sw.after or first.lower in sw.according or first.lower in sw.before:
        verb_end = k + 1
        for parts in sw.after_phrases.get(first.lower, []):
            if tuple(t.lower for t in tokens[k:k + len(parts)]) == parts:
                verb_end = k + len(parts)
        named = verb_end > k + 1 or first.lower.endswith("nya")  # "kata dia", "katanya"
        phrase = _phrase_after(tokens, verb_end, sw, named=named)
        if verb_end > k + 1 and not phrase:
            phrase = list(tokens[k + 1:verb_end])  # "kata dia": the speaker is "dia"
        elif phrase and not any(t.is_capitalised for t in phrase):
            phrase = phrase + _named_after(tokens, verb_end + len(phrase), sw)
        # "kata jurucakapnya" / "lapor KCNA" / "said John Smith"
        return first, phrase, (phrase[-1] if phrase else tokens[verb_end - 1])
    if lang == "en":
        # '"...," the minister said.' / 'John Smith told reporters'
        for j in range(k, min(len(tokens), k + 8)):
            if tokens[j].lower in sw.after:
                phrase = [t for t in tokens[k:j] if t.is_word]
                if phrase:
                    return tokens[j], phrase, tokens[j]
                break
            if not tokens[j].is_word:
                break
    return None


def _lead_attribution(tokens: list[Token], upto: int, lang: str):
    """'X berkata: "..."', 'Menurut X, ...', 'X said ...' before token index ``upto``."""
    sw = speech_words(lang)
    for j in range(min(upto, len(tokens)) - 1, -1, -1):
        t = tokens[j]
        if t.lower in sw.according:
            phrase = _phrase_after(tokens, j + 1, sw)
            return t, phrase, (phrase[-1] if phrase else t)
        if t.lower in sw.before or (lang == "en" and t.lower in sw.after):
            k = j - 1
            phrase: list[Token] = []
            while k >= 0 and len(phrase) < 8 and (tokens[k].is_word or tokens[k].text in "-'’"):
                if tokens[k].lower in sw.stops and phrase:
                    break
                phrase.insert(0, tokens[k])
                k -= 1
            return t, phrase, t
    return None


def _lead_statement(tokens: list[Token], lang: str):
    """An attributed statement without quotation marks: (verb, phrase, index where the words start)."""
    sw = speech_words(lang)
    if not tokens:
        return None
    first = tokens[0]
    # "Katanya, ..." "Kata beliau, ..." "Menurut X, ..." "According to X, ..."
    if first.lower in sw.according or first.lower in sw.after:
        k = 1
        for parts in sw.after_phrases.get(first.lower, []):
            if tuple(t.lower for t in tokens[:len(parts)]) == parts:
                k = len(parts)
        phrase = _phrase_after(tokens, k, sw, max_len=6)
        j = k + len(phrase)
        if j < len(tokens) and tokens[j].text in ",:":
            return first, phrase, j + 1
        return None
    limit = min(len(tokens) - 1, 25)
    for j in range(1, limit):
        t = tokens[j]
        if t.lower in sw.before or (lang == "en" and t.lower in sw.after):
            nxt = tokens[j + 1]
            if nxt.text in ",:" or nxt.lower in ("bahawa", "bahwa", "that") or lang == "en":
                k = j - 1
                phrase: list[Token] = []
                while k >= 0 and len(phrase) < 8 and (tokens[k].is_word or tokens[k].text in "-'’"):
                    phrase.insert(0, tokens[k])
                    k -= 1
                if k >= 0 and tokens[k].text not in ",":
                    return None  # the verb sits inside a longer clause
                start = j + 2 if nxt.text in ",:" or nxt.lower in ("bahawa", "bahwa", "that") else j + 1
                return t, phrase, start
            return None
    return None


def find_attributions(text: str, sentences: list[Sentence], actors: list[Actor], lang: str):
    """(quotes, attributions by sentence index)."""
    from newsdigest.analyse.sentences import blocks as text_blocks

    mentions = Mentions(actors)
    sw = speech_words(lang)
    spans = [s for s in _quote_spans(text, text_blocks(text)) if _reads_as_speech(text[s.start:s.end])]
    quotes: list[tuple[int, Quote, _Span | None]] = []  # (position, quote, span)
    attributions: dict[int, Attribution] = {}
    last_speaker: Actor | None = None
    last_speaker_sentence = -10
    span_idx = 0
    quoted_sentences: set[int] = set()
    pending: list[int] = []  # quotes left open, waiting for the next quote's speaker
    starts = [s.start for s in sentences]

    def remember(actor: Actor | None, sent: int):
        nonlocal last_speaker, last_speaker_sentence
        if actor is not None:
            last_speaker, last_speaker_sentence = actor, sent

    for sent in sentences:
        if sent.index - last_speaker_sentence > 3:
            last_speaker = None
        # The quotes opening in this sentence.
        mine = []
        while span_idx < len(spans) and spans[span_idx].open_at < sent.end:
            if spans[span_idx].open_at >= sent.start:
                mine.append(spans[span_idx])
            span_idx += 1
        for sp in mine:
            quoted_sentences.add(sent.index)
            close_sent = _sentence_at(sentences, sp.close_at, starts) if sp.close_at is not None else None
            verb = phrase = None
            attr_sent = sent
            if close_sent is not None:
                toks = close_sent.tokens
                k = next((i for i, t in enumerate(toks) if t.start > sp.close_at), len(toks))
                got = _tail_attribution(toks, k, lang)
                if got is not None:
                    verb, phrase, last = got
                    attr_sent = close_sent
                    a_start, a_end = verb.start, last.end
                    pos = "tail"
            if verb is None:
                k = next((i for i, t in enumerate(sent.tokens) if t.start >= sp.open_at), len(sent.tokens))
                got = _lead_attribution(sent.tokens, k, lang)
                if got is not None:
                    verb, phrase, last = got
                    a_start = phrase[0].start if phrase and phrase[0].start < verb.start else verb.start
                    a_end = last.end
                    pos = "lead"
            if verb is None and sp.close_at is not None and close_sent is not None:
                nxt = sentences[close_sent.index + 1] if close_sent.index + 1 < len(sentences) else None
                if nxt is not None and nxt.block == close_sent.block + 1 or (nxt is not None and nxt.block == close_sent.block):
                    first = nxt.tokens[0].lower if nxt.tokens else ""
                    got = _tail_attribution(nxt.tokens, 0, lang) if (
                        first in sw.after or first in sw.according or first in sw.lead_ins) else None
                    if got is not None:
                        verb, phrase, last = got
                        attr_sent = nxt
                        a_start, a_end = verb.start, last.end
                        pos = "tail"
            words = text[sp.start:sp.end].strip()
            speaker = None
            if verb is not None:
                speaker = resolve_speaker(phrase or [], verb, mentions, lang, last_speaker, sp.open_at)
                remember(speaker, sent.index)
                attributions.setdefault(attr_sent.index, Attribution(
                    attr_sent.index, verb.text, speaker.name if speaker else None, a_start, a_end,
                    text[a_start:a_end], pos))
                for idx in pending:
                    if quotes[idx][1].speaker is None and speaker is not None:
                        quotes[idx][1].speaker = speaker.name
                        quotes[idx][1].verb = verb.text
                pending.clear()
            q = Quote(speaker.name if speaker else None, _trim(words), verb.text if verb is not None else None,
                      sent.index)
            quotes.append((sp.open_at, q, sp))
            if verb is None and sp.close_at is None:
                pending.append(len(quotes) - 1)
            elif verb is None:
                pending.clear()
        if sent.index in attributions:
            continue
        # Attributed statements without quotation marks (before a quote that opens at the
        # sentence's end: 'X berkata, kemalangan berlaku semasa ... "').
        stmt_tokens = sent.tokens
        if mine:
            first_open = next((i for i, t in enumerate(sent.tokens) if t.start >= mine[0].open_at), len(sent.tokens))
            if any(t.is_word for t in sent.tokens[first_open:]):
                continue
            stmt_tokens = sent.tokens[:first_open]
        got = _lead_statement(stmt_tokens, lang)
        if got is None:
            continue
        verb, phrase, k = got
        if k >= len(stmt_tokens):
            continue
        speaker = resolve_speaker(phrase, verb, mentions, lang, last_speaker, verb.start)
        remember(speaker, sent.index)
        words = text[stmt_tokens[k].start:stmt_tokens[-1].end].strip()
        a_start = phrase[0].start if phrase and phrase[0].start < verb.start else verb.start
        a_end = max(verb.end, phrase[-1].end if phrase else verb.end)
        attributions[sent.index] = Attribution(sent.index, verb.text, speaker.name if speaker else None,
                                               a_start, a_end, text[a_start:a_end], "lead")
        if len(words.split()) >= MIN_WORDS:
            quotes.append((verb.start, Quote(speaker.name if speaker else None, _trim(words), verb.text,
                                             sent.index), None))
    quotes.sort(key=lambda t: t[0])
    return [q for _, q, _ in quotes], attributions


def _trim(words: str) -> str:
    words = words.strip()
    while words and words[-1] in ",;:":
        words = words[:-1].rstrip()
    return words


def find_quotes(text: str, sentences: list[Sentence], actors: list[Actor], lang: str) -> list[Quote]:
    """Direct quotes and attributed statements, in story order."""
    return find_attributions(text, sentences, actors, lang)[0]
