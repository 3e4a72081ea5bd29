"""Roles: the titles and descriptions a text attaches to a person, kept as written.

    "Menteri Luar China, Wang Yi"       title before the name (across a comma)
    "Presiden Vladimir Putin"           title right before the name
    "penyandang kerusi Parlimen Ampang, Datuk Zuraida ..."   a description before it
    "Wang Yi, Menteri Luar China"       an apposition after the name
    "Datuk Rahman Yusof (Presiden MAKSA)" a title in brackets after it
    "Anwar sebagai Menteri Kewangan", "Anwar, who is also Finance Minister"

The word lists (titles, role nouns, stops, copulas) come from the language's lexicon,
passed in; nothing here is language-specific. Every scan is bounded, so a sentence costs
time linear in its length.
"""
from __future__ import annotations

MAX_BACK = 14  # words a role may reach back from a name
MAX_AFTER = 10  # words an apposition may run after a name
KIN_REACH = 4  # words before a name where a kin word makes the name another's: "Istri pejuang reformasi | Anwar"
COPULA_TITLE_WORDS = 3  # titles in small letters read on after the first: "former | chief | minister"
COPULA_FIELD_MAX = 3  # capitalised words of a body before its title: "as the | SDMC | chairman"
MAX_COPULA_GAP = 5  # "Tan Wei Ming untuk menjawat jawatan sebagai Menteri ..."


def attach_roles(view, mentions: list, lex, text: str, person_kinds: tuple[str, ...]) -> None:
    """Fill ``roles`` of every person-like mention in one sentence."""
    taken = _taken_tokens(view, mentions, person_kinds)
    # A title inside a body's name names no one: "Prime Minister's Department Azalina Othman".
    in_bodies = {k for m in mentions if m.kind == "organisation" for k in range(m.lo, m.hi)}
    for m in mentions:
        if m.kind not in person_kinds:
            continue
        lo = _skip_honorifics(view, m.lo, lex)
        if lex.org_context.ends_at(view.words, lo, view.toks) is not None:
            continue  # "penyokong skuad The Rhinos", "skuad Harimau Muda B, pemain ...": a team's name
        if _office_of(view, lo, lex):
            m.evidence.add("org_context")  # "chairman of SilTerra": the body the office is in
            continue
        # "Menurut Budi, tersangka sudah ditahan": after the words' source, the comma opens
        # what was said, and a role there is only one that runs to the clause's end.
        attributed = lex.attribution_leads.ends_at(view.words, lo) is not None
        # "Istri pejuang reformasi Anwar Ibrahim itu ... menjadi wakil PM": the kin word makes
        # someone else the sentence's subject, and what the subject becomes is not the name's.
        kin_before = any(view.words[k] in lex.kin_nouns and (k == view.first_word or not view.toks[k].is_capitalised)
                         for k in range(max(0, lo - KIN_REACH), lo))
        # "Loke menggantikan Lim sebagai Setiausaha Agung": the post is the one who replaces Lim
        replaced = lex.replace_verbs.ends_at(view.words, lo) is not None
        found = roles_before(view, m.lo, lex, text, taken, in_bodies) + roles_after(
            view, m.hi, lex, text, taken, whole_clause=attributed, copula=not (kin_before or replaced))
        for role in found:
            if role not in m.roles:
                m.roles.append(role)
        if found:
            m.evidence.add("role")


def _office_of(view, lo: int, lex) -> bool:
    """Is the name at ``lo`` written after an office in a body and "of" ("chief executive
    officer (CEO) of X")? Then X is the body."""
    words = view.words
    p = lo - 1
    if p < 1 or words[p] != "of":
        return False
    if view.toks[p - 1].text == ")":  # a bracketed short form of the office: "(CEO)"
        k = p - 2
        while k > 0 and p - k <= 4 and view.toks[k].text != "(":
            k -= 1
        p = k if view.toks[k].text == "(" else p
    return lex.body_offices.ends_at(words, p) is not None


def _taken_tokens(view, mentions: list, person_kinds: tuple[str, ...]) -> dict[int, str]:
    """Token index -> kind, for tokens inside person-like mentions; not a seat's, nor a body's
    named after its word before a comma: the roles "Kempas assemblyman" and "Basis band
    Boomerang, Hubert ..." read across them."""
    taken: dict[int, str] = {}
    for m in mentions:
        if m.kind not in person_kinds or "seat" in m.evidence:
            continue
        if "org_context" in m.evidence and m.hi < len(view.toks) and view.toks[m.hi].text == ",":
            continue
        for k in range(m.lo, m.hi):
            taken[k] = m.kind
    return taken


def _skip_honorifics(view, lo: int, lex) -> int:
    """Move ``lo`` back over the honorifics that stand before a name ("Datuk Seri Dr.")."""
    words = view.words
    moved = True
    while moved and lo > 0:
        moved = False
        end = lo - 1 if words[lo - 1] in (".", "'", "’") else lo
        for start in range(max(0, end - 4), end):
            n, _ = lex.honorifics.match(words, start, end)
            if n and start + n == end:
                lo, moved = start, True
                break
    return lo


def _is_stop(view, k: int, lex) -> bool:
    """A word no role runs across: a listed stop, a speech verb, or an adverb that opens
    a clause ("jawatan menteri sebaliknya kini digalas Ketua Pengarah, X")."""
    w = view.words[k]
    return (w in lex.role_stops or lex.speech_verbs.match(view.words, k, k + 1)[0] == 1
            or lex.sentence_adverbs.match(view.words, k, k + 1)[0] == 1)


def roles_before(view, name_lo: int, lex, text: str, taken: dict[int, str],
                 in_bodies: frozenset[int] | set[int] = frozenset()) -> list[str]:
    """Roles written before the name: one per comma-separated title segment."""
    toks = view.toks
    lo = _skip_honorifics(view, name_lo, lex)
    end = lo  # a role ends (exclusive) here
    p = lo - 1
    if p >= 0 and (toks[p].text in (",", "(", ":") or lex.copulas.match(view.words, p, p + 1)[0]):
        # the role ends before the comma, the colon of a list ("Menteri Kewangan: Lim Guan
        # Eng"), or the copula ("... iaitu Maszlee")
        end, p = p, p - 1
    elif lex.clause_joiners.ends_at(view.words, lo) is not None:
        return []  # "menukar Perdana Menteri sekiranya Anwar gagal": the title is not Anwar's
    roles: list[str] = []
    for _segment in range(3):
        title, p = _scan_back(view, p, end, lex, taken, in_bodies)
        if title is None:
            break
        left = _extend_left(view, title, lex, taken)
        if (left >= 2 and view.words[left - 1] in lex.role_joiners and left - 2 not in taken
                and lex.role_nouns.match(view.words, left - 2, left - 1, lex.clitics, view.raw)[0]):
            left -= 2  # "Penyanyi dan pelakon Siti Nordiana": two words for what she is
            for start in range(max(0, left - 3), left):
                n, _ = lex.titles.match(view.words, start, left + 1, lex.clitics, view.raw)
                if n and start + n == left + 1 and not any(x in taken for x in range(start, left)):
                    # the first word closes a title of its own: "Group managing director and
                    # chief executive officer Rosland Othman"
                    left = _extend_left(view, start, lex, taken)
                    break
        if end == lo and view.words[left] in lex.kin_nouns:
            if left + 1 == end:
                break  # "isteri Ahmad Zaki": Ahmad's wife, someone else
            if view.toks[left + 1].is_word:
                left += 1  # "Istri | pejuang reformasi Anwar Ibrahim": the wife is someone else
        if left < title and lex.office_heads.ends_at(view.words, title) is not None:
            # The title names an office: "di Pejabat Perdana Menteri di Putrajaya, X" says
            # where, not who X is; "Kantor Presiden Joko Widodo" is the office of a
            # president, X.
            if end < lo:
                break
            left = title
        roles.insert(0, _slice(text, toks, left, end))
        # "Ketua Polis Daerah Seremban, Asisten Komisioner Nanda": a rank segment may
        # follow another role across a comma.
        if p >= 1 and toks[p].text == "," and left == p + 1 and _all_title(view, left, end, lex):
            end, p = p, p - 1
            continue
        break
    return roles


def _scan_back(view, p: int, end: int, lex, taken: dict[int, str],
               in_bodies: frozenset[int] | set[int] = frozenset()) -> tuple[int | None, int]:
    """Leftmost title start found scanning back from ``p``; and where the scan stopped."""
    toks, words = view.toks, view.words
    leftmost = None
    commas = 0
    steps = 0
    brackets = 0
    while p >= 0 and steps < MAX_BACK:
        t = toks[p]
        if (t.text == "." and (p + 1 == end or toks[p + 1].is_capitalised)
                and (start := _abbreviated_title_start(view, p, lex)) is not None):
            if start not in in_bodies:
                leftmost = start  # "Sen. | John McCain", "Lt. Col. | Alexander Vindman"
            p = start - 1
            steps += 1
            continue
        if not t.is_word:
            if t.text in ("(", ")") and brackets < MAX_BACK:
                brackets += 1
                p -= 1
                continue
            # "Ketua Unit X, Jabatan Y, Name": an organisation segment belongs to the role
            if t.text == "," and leftmost is None and commas == 0 and p + 1 < end and lex.org_heads.match(words, p + 1)[0]:
                commas += 1
                p -= 1
                continue
            if _in_portfolio(view, p):
                p -= 1  # "Menteri Sumber Asli, | Alam Sekitar dan Perubahan Iklim": one portfolio
                continue
            break
        if p in taken or _link_after_name(view, p, lex):
            break
        n, _ = lex.role_nouns.match(words, p, end, lex.clitics, view.raw)
        # (a stop opens no role, but a title of several words may open with one: "Yang
        # di-Pertuan Agong")
        if n < 2 and _is_stop(view, p, lex) and not _joins_capitals(view, p):
            break
        if words[p] in lex.demonstratives and p < end - 1:
            break  # "pemain itu akan berada dalam ... X": the role of another clause's subject
        if n and p not in in_bodies:
            leftmost = p
        elif not n and not t.is_capitalised and _active_verb(words[p], lex):
            break  # "Ketum Hanura memiliki | Otoritas": the name is the verb's object
        p -= 1
        steps += 1
    return leftmost, p


def _link_after_name(view, p: int, lex) -> bool:
    """Is toks[p] a link word ("on", "of") after a capitalised word that is neither a title's
    nor a body's? The words before it are another name's: "Vice President Pence | on Trump's
    call" (but "Minister of ...", "Council on Foreign Relations President ...")."""
    k = p - 1
    if k < 0 or view.words[p] not in lex.title_links or not view.toks[k].is_capitalised:
        return False
    return not (lex.role_nouns.ends_at(view.words, p) is not None or lex.org_heads.ends_at(view.words, p) is not None)


ABBREVIATED_TITLE_TOKENS = 4  # "Lt . Col .": the most tokens of a title written with dots


def _abbreviated_title_start(view, dot: int, lex) -> int | None:
    """Where a title written with a dot, whose dot is toks[dot], starts ("Sen.", "Lt. Col."),
    or None."""
    for start in range(max(0, dot - ABBREVIATED_TITLE_TOKENS + 1), dot):
        n, _ = lex.role_nouns.match(view.words, start, dot + 1, lex.clitics, view.raw)
        if start + n == dot + 1 and view.toks[start].is_capitalised:  # (not "16.26 sen.")
            return start
    return None


def _joins_capitals(view, k: int) -> bool:
    """A lower-case word between two capitalised ones joins a name: "Sejarah dan Politik"."""
    toks = view.toks
    return (
        0 < k < len(toks) - 1 and not toks[k].is_capitalised
        and toks[k - 1].is_capitalised and toks[k + 1].is_capitalised
    )


def _extend_left(view, left: int, lex, taken: dict[int, str]) -> int:
    """Take capitalised words glued before a title: "Transport Minister", "Health director-general"."""
    toks, words = view.toks, view.words
    while left > 0:
        k = left - 1
        t = toks[k]
        if k in view.head_lists:
            left = k  # "Tourism, Arts and | Culture Minister": the listed portfolio is the title's
            continue
        if _bracketed_short_form_closes(view, k):
            left = k - 2  # "Election Commission (EC) | secretary": the body's short form is the role's
            continue
        if not (t.is_word and t.is_capitalised) or k in taken or _is_stop(view, k, lex):
            break
        if k == view.first_word and (lex.function.match(words, k)[0] or (
                not lex.field_before_title and lex.ordinary(t.text))):
            # "Tindakan | Menteri Alam Sekitar": the sentence's first word is an ordinary one (a
            # title's own words were found by the scan already, so this one is no part of it);
            # English names a title's field before it ("Election Commission (EC) secretary")
            break
        left = k
    return left


def _bracketed_short_form_closes(view, k: int) -> bool:
    """Is toks[k] the ")" of a one-word short form in brackets after a capitalised word
    ("Commission (EC)", "Malaysia (Bersatu)")?"""
    toks = view.toks
    return (toks[k].text == ")" and k >= 3 and toks[k - 2].text == "(" and toks[k - 1].is_word
            and toks[k - 1].is_capitalised and toks[k - 3].is_word and toks[k - 3].is_capitalised)


def _all_title(view, lo: int, hi: int, lex) -> bool:
    """Are toks[lo:hi] titles only, or titles and then the acronym of the service they rank
    in ("Letnan Jenderal TNI")?"""
    k = lo
    while k < hi:
        n, _ = lex.titles.match(view.words, k, hi, (), view.raw)
        if not n:
            return k > lo and all(view.toks[x].is_all_caps for x in range(k, hi))
        k += n
    return True


def roles_after(view, name_hi: int, lex, text: str, taken: dict[int, str], whole_clause: bool = False,
                copula: bool = True) -> list[str]:
    """Roles written after the name: "(Presiden ASTAF)", ", Menteri Luar China", "sebagai ...".
    whole_clause: a role after a comma must end where the clause does, not before a verb.
    copula: a role after a copula ("sebagai ...") may be the name's."""
    toks, words = view.toks, view.words
    n = len(toks)
    j = name_hi
    if j >= n:
        return []
    if toks[j].text == "(":
        close = next((k for k in range(j + 1, min(n, j + MAX_AFTER)) if toks[k].text == ")"), None)
        if close and close > j + 1 and lex.role_nouns.match(words, j + 1, close, (), view.raw)[0]:
            return [_slice(text, toks, j + 1, close)]
        return []
    if toks[j].text == ",":
        p = j + 1
        if p + 1 < n and toks[p].text.isdigit() and toks[p + 1].text == ",":
            p += 2  # an age: "Rosli Hamid, 56, ..."
        if p < n:
            led = lex.apposition_leads.match(words, p)[0]
            p += led
            while led and p < n and words[p] in lex.copula_fillers and not toks[p].is_capitalised:
                p += 1  # ", who was the | former chief minister"
            if lex.field_before_title and _role_noun_after_modifiers(view, p, lex):
                # ", the team spokesman,", ", a data scientist": English puts the role's words
                # in small letters before its noun; the role is all of them
                if p < n and toks[p].is_word and not toks[p].is_capitalised:
                    e = _role_end(view, p, lex, taken)
                    while e > p + 1 and lex.function.match(words, e - 1, e)[0]:
                        e -= 1  # "committee member of | the board": not its dangling "of"
                    if not _names_next(view, e, lex, taken) and not (whole_clause and e < n and toks[e].is_word):
                        return [_slice(text, toks, p, e)]
        if p < n and toks[p].is_word and lex.role_nouns.match(words, p, None, lex.clitics, view.raw)[0]:
            e = _role_end(view, p, lex, taken)
            if e < n and e in taken:
                return []  # "X, Wakil Gubernur Jawa Tengah Rustriningsih, ...": the next person's title
            if _names_next(view, e, lex, taken):
                return []  # "A, Menteri Ekonomi, Rafizi Ramli", "A, Leftenan Muda (PA) B": the next one's
            if whole_clause and e < n and toks[e].is_word:
                return []  # "Menurut Budi, tersangka sudah ditahan": the subject of what was said
            return [_slice(text, toks, p, e)]
        return []
    return _copula_role(view, j, lex, text, taken) if copula else []


ROLE_MODIFIERS_MAX = 2  # small-letter words before an English role's noun: "the | team | spokesman"


def _role_noun_after_modifiers(view, p: int, lex) -> bool:
    """Is the word at p the first of one or two small-letter words before a role's noun, and
    none of them a role noun itself or a verb's form ("a data | scientist")?"""
    toks, words = view.toks, view.words
    if p >= len(toks) or lex.role_nouns.match(words, p, None, lex.clitics, view.raw)[0]:
        return False  # the sentence's end, or the noun itself: read as before
    for k in range(p, min(len(toks), p + ROLE_MODIFIERS_MAX)):
        t = toks[k]
        if (not (t.is_word and t.text.islower() and t.text.isalpha()) or words[k] in lex.role_stops
                or lex.function.match(words, k, k + 1)[0] or words[k] in lex.copula_fillers or words[k].endswith("ly")):
            return False  # ("his former subordinate", "both a former ...", "previously chief ...")
        if k + 1 < len(toks) and lex.role_nouns.match(words, k + 1, None, lex.clitics, view.raw)[0]:
            return True
    return False


def _names_next(view, e: int, lex, taken: dict[int, str]) -> bool:
    """Does a person's name follow the role that ends at e, after a comma or a bracket and
    honorifics? Then the role is that person's, written before the name."""
    toks = view.toks
    k = e
    if k < len(toks) and toks[k].text == ",":
        k += 1
    elif k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
        k += 3  # "Leftenan Muda (PA) Mohammad Amin"
    else:
        return False
    k = skip_honorifics_forward(view, k, lex)
    return k < len(toks) and k in taken


def skip_honorifics_forward(view, k: int, lex) -> int:
    """Move k on over the honorifics that open a name ("Tan Sri Dr")."""
    while k < len(view.toks):
        n, _ = lex.honorifics.match(view.words, k)
        if not n:
            break
        k += n
        if k < len(view.toks) and view.toks[k].text == ".":
            k += 1
    return k


def _role_end(view, p: int, lex, taken: dict[int, str]) -> int:
    """End of a role written after the name: a role is a noun phrase, so it ends with a
    demonstrative that closes it ("Setiausaha Agung persatuan itu") or before a verb
    ("X, pemain kebangsaan itu memberikan ...", "X, mangsa berjaya menyelamatkan ...")."""
    toks, words = view.toks, view.words
    e = p + 1
    while e < len(toks) and e - p < MAX_AFTER:
        if _in_portfolio(view, e):
            e += 1  # "X, Menteri Sumber Asli, Alam Sekitar dan Perubahan Iklim": one portfolio
            continue
        if not toks[e].is_word or e in taken or _is_stop(view, e, lex):
            break
        if not toks[e].is_capitalised and verb_shaped(words[e], lex):
            break
        e += 1
        if words[e - 1] in lex.demonstratives:
            break
    return e


def _in_portfolio(view, k: int) -> bool:
    """Is token k a listed portfolio item's, or the comma before one?"""
    return k in view.portfolio or (view.toks[k].text == "," and k + 1 in view.portfolio)


VERB_MIN = 7  # letters: a shorter word with a verb's prefix is often a noun ("menara", "berat")


def _active_verb(word: str, lex) -> bool:
    return bool(lex.active_verb_prefixes) and word.startswith(lex.active_verb_prefixes) and verb_shaped(word, lex)


def verb_shaped(word: str, lex) -> bool:
    """A lower-case word with a verb's prefix ("mendukung", "berjaya"), not a listed common word."""
    return len(word) >= VERB_MIN and word.startswith(lex.verb_prefixes) and word not in lex.common_words


def _copula_role(view, j: int, lex, text: str, taken: dict[int, str]) -> list[str]:
    """"X sebagai Menteri Kewangan", "X ketika itu merupakan Ahli Parlimen ...", and after a
    relative clause any role noun: "Bang Jay yang juga selaku sutradara"."""
    toks, words = view.toks, view.words
    a, _v = lex.apposition_leads.match(words, j) if j < len(toks) else (0, None)
    if a and j + a < len(toks) and not lex.copulas.match(words, j + a)[0]:
        n, _v = lex.titles.match(words, j + a, None, lex.clitics, view.raw)
        if n and toks[j + a].is_capitalised:  # "Hajiji yang juga Ketua Menteri Sabah"
            return [_slice(text, toks, j + a, _capitalised_end(view, j + a + n, taken))]
    p = j
    for _ in range(MAX_COPULA_GAP):
        if p >= len(toks) or not toks[p].is_word or p in taken:
            return []
        c, _v = lex.copulas.match(words, p)
        if c:
            q = p + c
            while q < len(toks) and words[q] in lex.copula_fillers and not toks[q].is_capitalised:
                q += 1  # "as its new | chairman"
            # "sebagai" alone says what someone acts as ("sebagai saksi"); after "yang juga"
            # it says what the person is
            nouns = lex.role_nouns if lex.apposition_leads.match(words, j, p)[0] else lex.titles
            if q < len(toks) and nouns.match(words, q, None, lex.clitics, view.raw)[0]:
                n, _v = nouns.match(words, q, None, lex.clitics, view.raw)
                e = q + n
                for _ in range(COPULA_TITLE_WORDS):  # "the former | chief minister"
                    more, _v = lex.titles.match(words, e, None, lex.clitics, view.raw) if e < len(toks) else (0, None)
                    if not more or toks[e].is_capitalised:
                        break
                    e += more
                return [_slice(text, toks, q, _capitalised_end(view, e, taken))]
            if lex.field_before_title and q > p + c:
                # "as the SDMC chairman": the body's name, then its title in small letters
                b = q
                while b < len(toks) and b - q < COPULA_FIELD_MAX and toks[b].is_word and toks[b].is_capitalised:
                    b += 1
                n, _v = nouns.match(words, b, None, lex.clitics, view.raw) if q < b < len(toks) else (0, None)
                if n and not toks[b].is_capitalised:
                    return [_slice(text, toks, q, b + n)]
            return []
        p += 1
    return []


def _capitalised_end(view, e: int, taken: dict[int, str]) -> int:
    """End of the capitalised words (and listed portfolio) that carry a title on from e."""
    toks = view.toks
    while e < len(toks) and e not in taken and (
            (toks[e].is_word and toks[e].is_capitalised) or _in_portfolio(view, e)):
        e += 1
    return e


def _slice(text: str, toks, lo: int, hi: int) -> str:
    return text[toks[lo].start : toks[hi - 1].end].strip(" ,(")


def demonstrative_roles(view, lex, text: str) -> list[str]:
    """"Tambah Ahli Parlimen Puchong itu, ...", "Menteri Dalam Negeri itu berkata ...": a role
    with a demonstrative, as the sentence's subject or after the word that gives who spoke,
    stands for the person named last; the caller gives it to that person."""
    toks, words = view.toks, view.words
    p = view.first_word
    if p >= len(toks) or not lex.demonstratives:
        return []
    n, _ = lex.attribution_leads.match(words, p)
    p += n
    if p >= len(toks) or not lex.role_nouns.match(words, p, None, lex.clitics, view.raw)[0]:
        return []
    e = _role_end(view, p, lex, {})
    if not (e - 1 > p and words[e - 1] in lex.demonstratives and e < len(toks)
            and (toks[e].text == "," or (toks[e].is_word and not toks[e].is_capitalised))):
        return []
    return [_slice(text, toks, p, e - 1)]


def subject_pronoun_roles(view, lex, text: str) -> list[str]:
    """"Beliau yang juga strategis Pakatan Harapan (PH) dan Timbalan Presiden PKR, ...": the
    roles a sentence gives its subject when the subject is a person's pronoun. The caller
    gives them to the person the pronoun stands for."""
    toks, words = view.toks, view.words
    p = view.first_word
    n, _ = lex.person_pronouns.match(words, p) if p < len(toks) else (0, None)
    a, _ = lex.apposition_leads.match(words, p + n) if n and p + n < len(toks) else (0, None)
    if not a:
        return []
    p += n + a
    roles: list[str] = []
    while p < len(toks) and toks[p].is_word and lex.role_nouns.match(words, p, None, lex.clitics, view.raw)[0]:
        e = _role_end(view, p, lex, {})
        # the sentence's verb follows the subject: a small word after the name in the role
        e = next((x for x in range(p + 1, e) if not toks[x].is_capitalised and toks[x - 1].is_capitalised), e)
        roles.append(_slice(text, toks, p, e))
        if e + 2 < len(toks) and toks[e].text == "(" and toks[e + 2].text == ")":
            e += 3  # the bracketed acronym of the body in the role
        if not (e < len(toks) and words[e] in lex.role_joiners):
            break
        p = e + 1  # "... dan Timbalan Presiden ...": a second role
    return roles
