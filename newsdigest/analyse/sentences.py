"""Tokens and sentences with character offsets: the ground every analysis stands on.

One left-to-right scan over the characters, no backtracking: linear in the text.

* A token is a word (letters and digits, joined inside by ``-``, ``'``, ``.``, ``/``
  when a letter or digit follows: ``Jong-un``, ``O'Brien``, ``3.5``, ``KOMPAS.com``,
  ``a/l``), an initialism with its dots (``U.S.``), or one punctuation character.
* A sentence ends at ``.``, ``!``, ``?`` (plus closing quotes and brackets) when what
  follows starts a new sentence, unless the period closes an abbreviation (``Dr.``,
  ``Sdn.``, ``No.``, a single capital initial). A line break always ends a sentence.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache

from newsdigest.clean.dates import month_number

JOINERS = frozenset("-'’./")  # inside a word only when a letter or digit follows
APOSTROPHES = frozenset("'’")
CLOSERS = frozenset("\"'’”)]»")
OPENERS = frozenset("\"'‘“([«")
DASHES = frozenset("-–—―")
ENDERS = frozenset(".!?…")

# A word character is a letter or digit (``str.isalnum``; the regex class excludes the
# underscore ``\w`` adds) or a soft hyphen, which some pages leave inside words. A joiner
# never is one, so each repetition below starts with a joiner: no backtracking.
# Nothing follows the repetitions, so they never give anything back: where Python
# knows possessive quantifiers (3.11), saying so spares the engine its backtracking
# records (a 5 MB "a-a-a-..." word is then read several times faster). Text without a
# soft hyphen takes the plainer pattern, which the engine also runs faster.
_ONCE = "+" if sys.version_info >= (3, 11) else ""


def _token_pattern(w: str) -> re.Pattern:
    return re.compile(f"({w}+{_ONCE}(?:[-'’./]{w}+)*{_ONCE})|(\\S)")


_TOKEN = _token_pattern("(?:[^\\W_]|\u00ad)")
_TOKEN_PLAIN = _token_pattern("[^\\W_]")

# A sentence is cut once it reaches this many tokens, whatever follows: real sentences
# stay far below it, and it bounds what any per-sentence step may cost on hostile input.
MAX_SENTENCE_TOKENS = 200
# "J. K. Rowling" is one name; a longer run of single-letter initials is not.
MAX_INITIALS = 3


class Token:
    """One token: its text and its [start, end) offsets in the text."""

    __slots__ = ("text", "start", "end", "lower", "is_word")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        lower = text.casefold()
        if "’" in lower:
            lower = lower.replace("’", "'")  # "I’m" is "I'm" to the word lists
        self.lower = text if lower == text else lower  # one string, not two equal ones
        self.is_word = text[0].isalnum() if text else False

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return self.text == other.text and self.start == other.start and self.end == other.end

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    @property
    def is_capitalised(self) -> bool:
        """Starts with a capital letter (``Wang``, ``KCNA``, ``McDonald``)."""
        return self.text[:1].isupper()

    @property
    def is_all_caps(self) -> bool:
        """Two or more letters, all capitals (``PBB``, ``K-KOMM``, ``PRU15``)."""
        return self.text.isupper() and _all_caps(self.text)  # isupper: no small letter, one capital


@lru_cache(maxsize=4096)
def _all_caps(text: str) -> bool:
    """Called when ``text.isupper()``: two letters or more, none of them uncased."""
    if text.isascii():  # every ASCII letter is cased, so upper here: count two
        count = 0
        for c in text:
            if c.isalpha():
                count += 1
                if count == 2:
                    return True
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    block: int = 0  # which "\n\n"-separated block of the text it lies in
    dateline: bool = False  # a line-opening dateline ("KUALA LUMPUR:"), split off as its own sentence


def _is_initialism(word: str) -> bool:
    """``U.S``, ``S.A``: single letters separated by dots."""
    parts = word.split(".")
    return len(parts) >= 2 and all(len(p) == 1 and p.isalpha() for p in parts)


def tokenise(text: str, offset: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[offset:end]``, offsets into ``text``."""
    stop = len(text) if end is None else end
    out: list[Token] = []
    append = out.append
    taken = offset  # a final dot taken into an initialism is not a token of its own
    pattern = _TOKEN if text.find("\u00ad", offset, stop) >= 0 else _TOKEN_PLAIN
    for m in pattern.finditer(text, offset, stop):
        i, j = m.span()
        if i < taken:
            continue
        word = m.group(1)
        if word is not None and j < stop and text[j] == "." and "." in word and _is_initialism(word):
            j += 1  # "U.S." keeps its final dot
            taken = j
        if word is not None and "." in word:
            for k in _joined_sentence_dots(word):  # "Shukri.Satisfied": two sentences run together
                append(Token(text[i : i + k], i, i + k))
                append(Token(".", i + k, i + k + 1))
                i += k + 1
        append(Token(text[i:j], i, j))
    return out


_DOMAIN_WORDS = frozenset(["com", "net", "org", "co", "id", "my", "gov", "edu", "info", "tv", "news"])


def _joined_sentence_dots(word: str) -> list[int]:
    """Where a word's dots join two sentences that lost the space between them: a small
    letter, the dot, then a capitalised word ("Shukri.Satisfied", "Omicron.She"); not a web
    name ("Kompas.com", "Detik.Com"). Positions relative to the rest of the word after each cut."""
    cuts: list[int] = []
    start = 0
    parts = word.split(".")
    for a, b in zip(parts, parts[1:]):
        start += len(a)
        if (len(a) >= 2 and a[-1].islower() and len(b) >= 2 and b[0].isupper() and b[1].islower()
                and b.casefold() not in _DOMAIN_WORDS):
            cuts.append(start)
            start = 0  # the next position counts from after this dot
        else:
            start += 1
    return cuts


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    """Words after which a period does not end a sentence (all languages: YAML data)."""
    from newsdigest.lang import merged

    return frozenset(a.casefold().rstrip(".") for a in merged("entities", "abbreviations"))


@lru_cache(maxsize=None)
def _capital_abbreviations() -> frozenset[str]:
    """The abbreviations written in capitals ("PT.", "CV."), casefolded."""
    from newsdigest.lang import merged

    return frozenset(str(a).rstrip(".").casefold() for a in merged("entities", "abbreviations")
                     if str(a).rstrip(".").isupper())


def _closes_abbreviation(current: list[Token], abbreviations: frozenset[str]) -> bool:
    """Whether the period that ends ``current`` closes an abbreviation or an initial."""
    prev = current[-2] if len(current) > 1 else None
    if prev is None or not prev.is_word:
        return False
    if prev.text.endswith("."):  # "U.S." already holds its dot
        return True
    if len(prev.text) == 1 and prev.text.isupper():  # an initial: "J. Smith"
        return _initials_before(current) < MAX_INITIALS
    if prev.text.isupper() and prev.lower not in _capital_abbreviations():
        return False  # an acronym ("... menyertai PN. Malah ..."), not "Pn." written in capitals
    return prev.lower in abbreviations


def _initials_before(current: list[Token]) -> int:
    """How many "X." initials come right before the one that ends ``current`` (at most
    MAX_INITIALS: the count stops there)."""
    count = 0
    k = len(current) - 3
    while count < MAX_INITIALS and k >= 1 and current[k].text == "." and len(current[k - 1].text) == 1 \
            and current[k - 1].text.isupper() and current[k].start == current[k - 1].end:
        count += 1
        k -= 2
    return count


def _starts_sentence(tok: Token) -> bool:
    c = tok.text[0]
    return c.isupper() or c.isdigit() or c in OPENERS or c in DASHES or c in "•*"


_last_split: tuple = (None, None, None)  # text, abbreviations and sentences of the last call


def split_sentences(text: str, abbreviations: frozenset[str] | None = None) -> list[Sentence]:
    """Sentences of ``text`` with offsets and tokens. Blocks are split at blank lines.

    The recogniser and the later stages split the same text: the last result is kept
    and handed out again (as a new list; callers only read the sentences)."""
    abbrs = _abbreviations() if abbreviations is None else abbreviations
    global _last_split
    last_text, last_abbrs, last = _last_split
    if last is not None and (last_abbrs is abbrs or last_abbrs == abbrs) and (last_text is text or last_text == text):
        return list(last)
    sentences = _split(text, abbrs)
    _last_split = (text, abbrs, sentences)
    return list(sentences)


def _split(text: str, abbrs: frozenset[str]) -> list[Sentence]:
    sentences: list[Sentence] = []
    block = 0
    for line_start, line_end, blank_before in _lines(text):
        if blank_before and sentences:
            block += 1
        tokens = tokenise(text, line_start, line_end)
        current: list[Token] = []
        k = _dateline_end(tokens)
        if k:
            _emit(sentences, text, tokens[:k], block, dateline=True)  # "KUALA LUMPUR:", "BEIJING -"
        while k < len(tokens):
            if len(current) >= MAX_SENTENCE_TOKENS:
                _emit(sentences, text, current, block)
                current = []
            tok = tokens[k]
            current.append(tok)
            k += 1
            if tok.text not in ENDERS:
                continue
            if tok.text == "." and _closes_abbreviation(current, abbrs):
                continue
            while k < len(tokens) and (tokens[k].text in ENDERS or tokens[k].text in CLOSERS) \
                    and len(current) < MAX_SENTENCE_TOKENS:
                current.append(tokens[k])  # "?!", closing quotes and brackets stay with it
                k += 1
            if k < len(tokens) and not _starts_sentence(tokens[k]):
                continue
            _emit(sentences, text, current, block)
            current = []
        _emit(sentences, text, current, block)
    return sentences


MAX_DATELINE = 6
MAX_DATE_WORDS = 3  # "Feb 4 2022" after a dateline's place


def _dateline_end(tokens: list[Token]) -> int:
    """Tokens of a dateline that opens a line ("PETALING JAYA:", "KEDIRI, KOMPAS.com -"):
    capitalised place or site names, commas, then a colon or a dash. 0 when there is none."""
    comma = False
    for k, tok in enumerate(tokens[: MAX_DATELINE + MAX_DATE_WORDS + 1]):
        if tok.text == ":" or tok.text in DASHES:
            words = [t for t in tokens[:k] if t.is_word and not (comma and _date_word(t))]
            site = any("." in t.text for t in words)  # "TEMPO.CO, Jakarta -"
            if words and k + 1 < len(tokens) and (site or all(_dateline_word(t) for t in words)):
                while k + 1 < len(tokens) and tokens[k + 1].text in DASHES:
                    k += 1  # "--"
                return k + 1
            return 0
        comma = comma or tok.text == ","
        if comma and _date_word(tok):
            continue  # the date after the place: "KUALA LUMPUR, Feb 4 —", "MUAR, 4 Feb 2022 —"
        if not (tok.text == "," or (tok.is_word and tok.is_capitalised)) or k > MAX_DATELINE:
            return 0
    return 0


def _date_word(tok: Token) -> bool:
    """A day, a year or a month's name: "Feb", "4", "2022"."""
    return (tok.text.isdigit() and len(tok.text) in (1, 2, 4)) or month_number(tok.text) is not None


def _dateline_word(tok: Token) -> bool:
    return tok.is_all_caps or "." in tok.text


def _emit(sentences: list[Sentence], text: str, tokens: list[Token], block: int, dateline: bool = False) -> None:
    if not tokens:
        return
    start, end = tokens[0].start, tokens[-1].end
    sentences.append(Sentence(len(sentences), start, end, text[start:end], list(tokens), block, dateline))


def _lines(text: str):
    """(start, end, blank line before it) of every non-empty line."""
    blank = False
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        if text[pos:end].strip():
            yield pos, end, blank
            blank = False
        else:
            blank = True
        if nl < 0:
            break
        pos = nl + 1


def blocks(text: str) -> list[tuple[int, int]]:
    """[start, end) of every "\\n\\n"-separated block (the headline is the first)."""
    out = []
    pos = 0
    while pos <= len(text):
        nxt = text.find("\n\n", pos)
        end = len(text) if nxt < 0 else nxt
        if text[pos:end].strip():
            out.append((pos, end))
        if nxt < 0:
            break
        pos = nxt + 2
    return out
