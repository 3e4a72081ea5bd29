"""Which language a text is in: ms, id or en, from the marker words of each language pack."""
from __future__ import annotations

import re
from functools import lru_cache

from newsdigest import lang

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20000  # characters: enough to decide, cheap on very long pages
# A text in one of the three languages holds their marker words by the dozen: 12% of its
# words and more on real pages. One in another language (German, Portuguese, Japanese)
# holds a few by chance, 3% at most.
SUPPORTED_SHARE = 0.06
SUPPORTED_MIN_WORDS = 30  # shorter texts are too short to tell


@lru_cache(maxsize=1)
def _markers() -> dict[str, frozenset[str]]:
    return {code: frozenset(str(w).casefold() for w in lang.load(code, "detect").get("markers") or [])
            for code in lang.LANGUAGES}


@lru_cache(maxsize=1)
def _shared_words() -> frozenset[str]:
    """The words Malay and Indonesian share: evidence against English, not between the two."""
    return frozenset(str(w).casefold() for w in lang.load("common", "detect").get("shared_words") or [])


@lru_cache(maxsize=1)
def _sample_words(text: str) -> list[str]:
    """The casefolded words of the text's first _SAMPLE characters (read once for both the
    language and the warning that the text reads as none of the three)."""
    return [w.casefold() for w in _WORD.findall(text[:_SAMPLE])]


def detect_language(text: str, default: str = "ms") -> str:
    words = _sample_words(text)
    if not words:
        return default
    markers = _markers()
    scores = {code: sum(1 for w in words if w in m) for code, m in markers.items()}
    # English function words are so frequent that a Malay or Indonesian text with a
    # quoted English phrase still scores far higher on its own markers. A short English
    # sentence ("The talks resumed on Monday.") has few markers, and none of the others.
    local = max(scores["ms"], scores["id"], sum(1 for w in words if w in _shared_words()))
    if scores["en"] > 2 * local and (scores["en"] >= 3 or (local == 0 and scores["en"] >= 2)):
        return "en"
    if scores["ms"] == scores["id"]:
        return default if default in ("ms", "id") else "ms"
    return "ms" if scores["ms"] > scores["id"] else "id"


def reads_as_supported(text: str) -> bool:
    """Does the text read as Malay, Indonesian or English? False only for a text long
    enough to tell in which few words are any of their marker words."""
    words = _sample_words(text)
    if len(words) < SUPPORTED_MIN_WORDS:
        return True
    known = _shared_words().union(*_markers().values())
    return sum(1 for w in words if w in known) >= SUPPORTED_SHARE * len(words)
