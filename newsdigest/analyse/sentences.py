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

from dataclasses import dataclass, field
from functools import lru_cache

JOINERS = frozenset("-'’./")  # inside a word only when a letter or digit follows
APOSTROPHES = frozenset("'’")
CLOSERS = frozenset("\"'’”)]»")
OPENERS = frozenset("\"'‘“([«")
DASHES = frozenset("-–—")
ENDERS = frozenset(".!?…")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        """Starts with a capital letter (``Wang``, ``KCNA``, ``McDonald``)."""
        return self.text[0].isupper()

    @property
    def is_all_caps(self) -> bool:
        """Two or more letters, all capitals (``PBB``, ``K-KOMM``, ``PRU15``)."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def lower(self) -> str:
        return self.text.casefold()


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    block: int = 0  # which "\n\n"-separated block of the text it lies in


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "\u00ad"  # soft hyphen sits inside words in some pages


def _word_end(text: str, i: int) -> int:
    """End of the word that starts at ``i``."""
    n = len(text)
    j = i
    while j < n:
        c = text[j]
        if _is_word_char(c):
            j += 1
        elif c in JOINERS and j + 1 < n and _is_word_char(text[j + 1]):
            j += 1
        else:
            break
    # An initialism keeps its final dot: "U.S." ("U.S" so far, a dot next).
    if j < n and text[j] == "." and _is_initialism(text[i:j]):
        j += 1
    return j


def _is_initialism(word: str) -> bool:
    """``U.S``, ``S.A``: single letters separated by dots."""
    parts = word.split(".")
    return len(parts) >= 2 and all(len(p) == 1 and p.isalpha() for p in parts)


def tokenise(text: str, offset: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[offset:end]``, offsets into ``text``."""
    stop = len(text) if end is None else end
    out: list[Token] = []
    i = offset
    while i < stop:
        c = text[i]
        if c.isspace():
            i += 1
        elif _is_word_char(c):
            j = min(_word_end(text, i), stop)
            out.append(Token(text[i:j], i, j))
            i = j
        else:
            out.append(Token(c, i, i + 1))
            i += 1
    return out


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    """Words after which a period does not end a sentence (all languages: YAML data)."""
    from newsdigest.lang import merged

    return frozenset(a.casefold().rstrip(".") for a in merged("entities", "abbreviations"))


def _closes_abbreviation(prev: Token | None, abbreviations: frozenset[str]) -> bool:
    if prev is None or not prev.is_word:
        return False
    if prev.text.endswith("."):  # "U.S." already holds its dot
        return True
    if len(prev.text) == 1 and prev.text.isupper():  # an initial: "J. Smith"
        return True
    return prev.lower in abbreviations


def _starts_sentence(tok: Token) -> bool:
    c = tok.text[0]
    return c.isupper() or c.isdigit() or c in OPENERS or c in DASHES or c in "•*"


def split_sentences(text: str, abbreviations: frozenset[str] | None = None) -> list[Sentence]:
    """Sentences of ``text`` with offsets and tokens. Blocks are split at blank lines."""
    abbrs = _abbreviations() if abbreviations is None else abbreviations
    sentences: list[Sentence] = []
    block = 0
    for line_start, line_end, blank_before in _lines(text):
        if blank_before and sentences:
            block += 1
        tokens = tokenise(text, line_start, line_end)
        current: list[Token] = []
        k = _dateline_end(tokens)
        if k:
            _emit(sentences, text, tokens[:k], block)  # "KUALA LUMPUR:", "BEIJING -"
        while k < len(tokens):
            tok = tokens[k]
            current.append(tok)
            k += 1
            if tok.text not in ENDERS:
                continue
            if tok.text == "." and _closes_abbreviation(current[-2] if len(current) > 1 else None, abbrs):
                continue
            while k < len(tokens) and (tokens[k].text in ENDERS or tokens[k].text in CLOSERS):
                current.append(tokens[k])  # "?!", closing quotes and brackets stay with it
                k += 1
            if k < len(tokens) and not _starts_sentence(tokens[k]):
                continue
            _emit(sentences, text, current, block)
            current = []
        _emit(sentences, text, current, block)
    return sentences


MAX_DATELINE = 6


def _dateline_end(tokens: list[Token]) -> int:
    """Tokens of a dateline that opens a line ("PETALING JAYA:", "KEDIRI, KOMPAS.com -"):
    capitalised place or site names, commas, then a colon or a dash. 0 when there is none."""
    for k, tok in enumerate(tokens[: MAX_DATELINE + 1]):
        if tok.text == ":" or tok.text in DASHES:
            words = [t for t in tokens[:k] if t.is_word]
            site = any("." in t.text for t in words)  # "TEMPO.CO, Jakarta -"
            if words and k + 1 < len(tokens) and (site or all(_dateline_word(t) for t in words)):
                while k + 1 < len(tokens) and tokens[k + 1].text in DASHES:
                    k += 1  # "--"
                return k + 1
            return 0
        if not (tok.text == "," or (tok.is_word and tok.is_capitalised)):
            return 0
    return 0


def _dateline_word(tok: Token) -> bool:
    return tok.is_all_caps or "." in tok.text


def _emit(sentences: list[Sentence], text: str, tokens: list[Token], block: int) -> None:
    if not tokens:
        return
    start, end = tokens[0].start, tokens[-1].end
    sentences.append(Sentence(len(sentences), start, end, text[start:end], list(tokens), block))


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
