"""Hindi → English names: romanization and cross-script matching.

`romanize` spells a Devanagari name the way English news would (व्लादिमीर पुतिन → "Vladimir Putin"):
schwa deletion on Devanagari aksharas, ISO 15919 via indic-transliteration, then ISO → ASCII by the
conventions in data/translit.toml. `match_key` reduces a Hindi or an English spelling to a phonetic
key that ignores what the two scripts spell differently (vowel length, aspiration, doubled letters,
w/v, z/j …); `name_similarity` compares two names token by token (surname, given names, initials)
and `best_match` / `NameIndex` pick the best English name among many. See docs/transliteration.md.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations

import jellyfish
from indic_transliteration import sanscript
from rapidfuzz import fuzz, process

__all__ = ["NameIndex", "best_match", "match_key", "name_similarity", "romanize"]

VIRAMA = "\u094d"
NUKTA = "\u093c"
ANUSVARA, CHANDRABINDU, VISARGA = "\u0902", "\u0901", "\u0903"
CODAS = frozenset((ANUSVARA, CHANDRABINDU, VISARGA))
DEVANAGARI = re.compile(r"[\u0900-\u097f]")
# Dependent vowel signs (matras), ा … ौ plus ॉ/ॅ/ॆ/ॊ and ृ.
MATRAS = frozenset(chr(c) for c in range(0x093E, 0x094D)) | {"\u0962", "\u0963"}
INDEPENDENT_VOWELS = frozenset(chr(c) for c in range(0x0904, 0x0915)) | {"\u0960", "\u0961", "\u0972"}
# Consonants, including the precomposed nukta forms क़ … य़.
CONSONANTS = frozenset(chr(c) for c in range(0x0915, 0x093A)) | frozenset(chr(c) for c in range(0x0958, 0x0960))
LABIALS = "pbm"
# Lower-case particles kept in lower case inside a Title-Cased name ("Ahmad al-Shara").
LOWER_PARTICLES = frozenset({"al"})


@cache
def _tables() -> dict:
    raw = resources.files("ghatna.data").joinpath("translit.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    iso = {unicodedata.normalize("NFC", k): v for k, v in data["iso_to_ascii"].items()}
    data["iso_pattern"] = re.compile("|".join(re.escape(k) for k in sorted(iso, key=len, reverse=True)))
    data["iso_to_ascii"] = iso
    data["ascii_rewrites"] = [(re.compile(p), r) for p, r in data["ascii_rewrites"]]
    return data


# --------------------------------------------------------------------------------------------------
# Romanization


@dataclass
class _Akshara:
    """One written syllable: a consonant cluster (or an independent vowel) and what follows it."""

    text: str  # the Devanagari characters, vowel sign included
    consonants: int  # consonants in the cluster (0 for an independent vowel)
    schwa: bool  # ends in the inherent vowel (no matra, no virama)
    coda: bool = False  # followed by anusvara/chandrabindu/visarga: a closed syllable
    deleted: bool = False


def _aksharas(word: str) -> list[_Akshara]:
    """Split a Devanagari word into aksharas (a cluster is consonants joined by virama)."""
    out: list[_Akshara] = []
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        if ch in INDEPENDENT_VOWELS:
            out.append(_Akshara(ch, 0, False))
            i += 1
        elif ch in CONSONANTS:
            j, count = i, 0
            while j < n and word[j] in CONSONANTS:
                count, j = count + 1, j + 1
                if j < n and word[j] == NUKTA:
                    j += 1
                if j + 1 < n and word[j] == VIRAMA and word[j + 1] in CONSONANTS:
                    j += 1
                    continue
                break
            schwa = True
            if j < n and (word[j] in MATRAS or word[j] == VIRAMA):
                schwa, j = False, j + 1
            out.append(_Akshara(word[i:j], count, schwa))
            i = j
        elif ch in CODAS and out:
            out[-1].text += ch
            out[-1].coda = True
            i += 1
        else:  # anything else (digits, stray marks) passes through as its own piece
            out.append(_Akshara(ch, 0, False))
            i += 1
    return out


def _has_vowel(a: _Akshara) -> bool:
    if a.consonants == 0:
        return True
    return not a.deleted if a.schwa else not a.text.endswith(VIRAMA)


def _last_consonant(a: _Akshara) -> str:
    consonants = [c for c in a.text if c in CONSONANTS]
    return consonants[-1] if consonants else ""


def _can_follow_deletion(nxt: _Akshara) -> bool:
    """Whether `nxt` can open the syllable after a deleted schwa: a consonant, or a consonant + glide
    cluster (`onset_glides`: र, as in जसप्रीत), that keeps its vowel."""
    if nxt.consonants == 0 or not _has_vowel(nxt):
        return False
    return nxt.consonants == 1 or (nxt.consonants == 2 and _last_consonant(nxt) in _tables()["onset_glides"])


def _delete_schwas(units: list[_Akshara]) -> None:
    """Mark the inherent vowels Hindi does not pronounce (Choudhury-style, right to left).

    Word-final: dropped unless the last akshara is a conjunct ending in a sonorant (मिश्र → mishra,
    but अहमद → ahmad, डोनाल्ड → donald). Medial: dropped in V C a C V (a single consonant between
    an open vowel and a consonant that keeps its vowel), never in two adjacent aksharas (रहमान →
    rahman, चंदन → chandan, जसप्रीत → jasprit).
    """
    tables = _tables()
    last = len(units) - 1
    if last < 0:
        return
    final = units[last]
    if last > 0 and final.schwa and not final.coda and final.consonants >= 1:
        final.deleted = final.consonants == 1 or _last_consonant(final) not in tables["final_schwa_keepers"]
    for k in range(last - 1, 0, -1):
        cur, prev, nxt = units[k], units[k - 1], units[k + 1]
        if not cur.schwa or cur.coda or cur.consonants != 1 or nxt.deleted:
            continue
        if nxt.consonants == 0 and nxt.text[0] in tables["schwa_absorbing_vowels"]:
            cur.deleted = True  # रहमानउल्लाह → rahmanullah
        elif _has_vowel(prev) and not prev.coda and _can_follow_deletion(nxt):
            cur.deleted = True


def _iso_to_ascii(iso: str) -> str:
    iso = unicodedata.normalize("NFC", iso)
    iso = re.sub(rf"ṁ(?=[{LABIALS}])", "m", iso).replace("ṁ", "n")  # anusvara: m before a labial
    table = _tables()
    ascii_ = table["iso_pattern"].sub(lambda m: table["iso_to_ascii"][m.group(0)], iso)
    # Any diacritic the table does not name: drop it, keep the base letter.
    ascii_ = "".join(c for c in unicodedata.normalize("NFD", ascii_) if not unicodedata.combining(c))
    for pattern, repl in table["ascii_rewrites"]:
        ascii_ = pattern.sub(repl, ascii_)
    return ascii_


def _romanize_word(word: str) -> str:
    exceptions = _tables()["exceptions"]
    if word in exceptions:
        return exceptions[word]
    units = _aksharas(word)
    _delete_schwas(units)
    devanagari = "".join(u.text + (VIRAMA if u.deleted else "") for u in units)
    return _iso_to_ascii(sanscript.transliterate(devanagari, sanscript.DEVANAGARI, sanscript.ISO))


def _title(word: str) -> str:
    """Title Case per hyphen-separated part; an article before a hyphen stays lower case."""
    parts = word.split("-")
    return "-".join(
        p if i < len(parts) - 1 and p in LOWER_PARTICLES else p[:1].upper() + p[1:] for i, p in enumerate(parts)
    )


def _spell_initials(text: str) -> str:
    """Letter names used as initials become the letters, when the name has other words too:
    "एस जयशंकर" → "S जयशंकर", "एचएच पंड्या" → "HH पंड्या"."""
    words = text.split()
    initials = [_hindi_initials(w) for w in words]
    if len(words) > 1 and words[-1] in _tables()["honorifics"]:
        initials[-1] = None
    if all(initials):
        return text
    return " ".join(letters.upper() if letters else w for w, letters in zip(words, initials, strict=True))


def romanize(hindi: str) -> str:
    """A readable English spelling of a Devanagari name ("मोहम्मद रिज़वान" → "Mohammad Rizwan").

    Letter names used as initials become letters ("एस जयशंकर" → "S Jayshankar"). Latin text
    passes through unchanged; the Arabic article अल- becomes "al-" ("अहमद अल-शारा" →
    "Ahmad al-Shara"), while a free-standing अल stays a name word ("Shakib Al Hasan").
    """
    text = unicodedata.normalize("NFC", hindi).replace("।", ".")
    text = _spell_initials(text)
    out = re.sub(r"[\u0900-\u0963\u0970-\u097f]+", lambda m: _romanize_word(m.group(0)), text)
    return " ".join(_title(w) for w in out.split(" "))


# --------------------------------------------------------------------------------------------------
# Phonetic key

# Ordered rewrites of a lower-case ASCII spelling; each erases a difference between how Hindi and
# English write the same name. Chosen by measurement (docs/transliteration.md).
KEY_RULES: tuple[tuple[str, str], ...] = (
    (r"ey$", "i"),  # final ey sounds i: Carey/कैरी, Crawley/क्रॉली
    (r"a(?=[^aeiouy]e$)", "e"),  # magic e: Wade/वेड, Shane/शेन, Blake/ब्लेक
    (r"(?<=[^aeiou])e$", ""),  # silent final e: Hope, Shane (before y/ai are merged into e)
    (r"ph", "f"),
    (r"qu", "kv"),  # Quinton/क्विंटन
    (r"ck", "k"),
    (r"x", "ks"),
    (r"q", "k"),
    (r"c(?=[eiy])", "s"),  # English soft c: Vincent, Lucy
    (r"ch(?=r)", "k"),  # Chris/क्रिस
    (r"ch", "C"),  # च / English ch, one symbol so that the aspirate rule below keeps it
    (r"c", "k"),  # English hard c: Cook, Marcus
    (r"sh", "s"),  # श/ष/स are spelled s or sh in English both ways: Sasi/शशि, Shashi/सशी
    (r"([tdC])h", r"\1"),  # th/dh: English writes the dental t/d as th/dh (Vinoth/विनोद, Prasath)
    (r"aw(?![aeiou])", "o"),  # Shaw/शॉ, Crawley/क्रॉली
    (r"w", "v"),
    (r"z", "j"),  # ज़ is often written ज: Zaidur/जैदुर, Zelensky/जेलेंस्की
    (r"j(?=[rlmnbdgvh])", "s"),  # s/z before a voiced consonant: Israel/इज़राइल/इसराइल, Rizwan/रिजवान
    (r"y(?=[^aeiou]|$)", "i"),  # vowel y: Riley/रायली
    (r"ee|ie|ea", "i"),
    (r"oo|ou", "u"),
    (r"ai|ay|ei|ey|ae", "e"),
    (r"au", "o"),
    (r"(?<=[aeiou])h$", ""),  # final h after a vowel: Bumrah/Bumra, Shah/Sha
    (r"(.)\1+", r"\1"),  # doubled letters, last so that ee/oo above are read first: Mohammad/Mohamad
)
_KEY_RULES = tuple((re.compile(p), r) for p, r in KEY_RULES)


def _latin_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    """Key of one lower-case ASCII word."""
    for pattern, repl in _KEY_RULES:
        word = pattern.sub(repl, word)
    return word


def match_key(name: str) -> str:
    """A script-independent phonetic key: Devanagari is romanized first, then both scripts go
    through the same folding (`KEY_RULES`). Words are kept apart by single spaces."""
    if DEVANAGARI.search(name):
        name = romanize(name)
    words = re.findall(r"[a-z]+", _latin_fold(name))
    return " ".join(_word_key(w) for w in words)


# --------------------------------------------------------------------------------------------------
# Names as tokens


@dataclass(frozen=True)
class _Token:
    key: str  # phonetic key ("" for an initial)
    initial: str  # the letter, for an initial; else the first letter of the spelling
    sound: str = ""  # metaphone of the key: a consonant skeleton that forgives vowel spellings


def _word(spelling: str) -> _Token:
    key = _word_key(spelling)
    return _Token(key, spelling[0], jellyfish.metaphone(key.replace("C", "ch")))


@dataclass(frozen=True)
class _Name:
    given: tuple[_Token, ...]
    surname: _Token | None
    key: str  # the whole key, initials included, for prefiltering
    joined: str  # the words' keys run together, for names split differently (de Kock / डिकॉक)
    words: int  # how many tokens are words (not initials)


def _hindi_initials(token: str) -> str | None:
    """Letters of a run of initials: "एस" → "s", "एचएच" → "hh"; None when the token is not made only of letter names."""
    letters = _tables()["letter_names"]
    out, i = [], 0
    while i < len(token):
        for size in range(min(7, len(token) - i), 0, -1):
            if token[i : i + size] in letters:
                out.append(letters[token[i : i + size]])
                i += size
                break
        else:
            return None
    return "".join(out) or None


def _latin_tokens(name: str) -> list[_Token]:
    """Tokens of a Latin name; "Narine, SP" and "TAMILALAGAN, P." are inverted (surname last)."""
    # A parenthesized part is a disambiguator or a nickname: "Harbhajan Singh (Punjab)".
    name = re.sub(r"\([^)]*\)", " ", unicodedata.normalize("NFC", name)).strip()
    if "," in name:
        surname, _, given = name.partition(",")
        given = given.strip()
        # "SP", "KNA" after a comma in a mixed-case name are initials, not a word.
        if re.fullmatch(r"[A-Z]{1,4}\.?", given) and not surname.isupper():
            given = " ".join(given.rstrip("."))
        name = f"{given} {surname}"
    tokens = []
    for raw in re.split(r"[\s.@()]+", name):
        word = re.sub(r"[^a-z]", "", _latin_fold(raw))
        if not word:
            continue
        if len(word) == 1:
            tokens.append(_Token("", word))
        else:
            tokens.append(_word(word))
    return tokens


def _devanagari_tokens(name: str) -> list[_Token]:
    raw = [t for t in re.split(r"[\s.,।@()]+", unicodedata.normalize("NFC", name)) if t]
    while len(raw) > 1 and raw[-1] in _tables()["honorifics"]:
        raw.pop()
    tokens: list[_Token] = []
    words = [t for t in raw if _hindi_initials(t) is None]
    for t in raw:
        letters = _hindi_initials(t) if words else None  # a name made only of "letters" is words
        if letters:
            tokens.extend(_Token("", c) for c in letters)
        elif len(t) == 1 and DEVANAGARI.match(t) and len(raw) > 1:
            tokens.append(_Token("", romanize(t)[:1].lower()))  # "र.सुन्दरम": a bare letter is an initial
        else:
            spelling = "".join(re.findall(r"[a-z]+", _latin_fold(romanize(t))))
            if len(spelling) == 1:
                tokens.append(_Token("", spelling))  # a Latin initial: "R. शन्मुगम"
            elif spelling:
                tokens.append(_word(spelling))
    return tokens


@lru_cache(maxsize=65536)
def _parse(name: str) -> _Name:
    tokens = _devanagari_tokens(name) if DEVANAGARI.search(name) else _latin_tokens(name)
    words = [i for i, t in enumerate(tokens) if t.key]
    if not words:
        initials = " ".join(t.initial for t in tokens)
        return _Name(tuple(tokens), None, initials, initials, 0)
    last = words[-1]
    given = tuple(t for i, t in enumerate(tokens) if i != last)
    key = " ".join(t.key or t.initial for t in tokens)
    return _Name(given, tokens[last], key, "".join(t.key for t in tokens), len(words))


# --------------------------------------------------------------------------------------------------
# Similarity

# First letters that the two scripts confuse: an initial "C" may be a क or a स, "Z" a ज, and an
# English A- is often ए/ऐ in Hindi (Ashton/एश्टन, Adam/ऐडम).
_LETTER_CLASSES = ({"c", "k", "q"}, {"c", "s"}, {"j", "z", "g"}, {"v", "w"}, {"f", "p"}, {"y", "i", "e"}, {"a", "e"})
SOUND_WEIGHT = 0.3  # share of the metaphone comparison in a word's score (+1.5 points, see the docs)
INITIAL_FOR_WORD = 0.9  # score of an initial that agrees with a word's first letter
SURNAME_WEIGHT = 0.65  # the surname decides most: news often gives "एस जयशंकर" for S Jaishankar
WHOLE_WEIGHT = 0.4  # share of the whole-key comparison in a name's score
JOINED_WEIGHT = 0.9  # the run-together comparison is a fallback: it ignores which word is the surname
MISSING_GIVEN = 0.7  # value of a given-name slot that only one side has (an omitted middle name)
SKIPPED_FIRST = 0.05  # penalty per given name skipped before the first aligned one


def _letters_agree(a: str, b: str) -> bool:
    return a == b or any(a in c and b in c for c in _LETTER_CLASSES)


def _token_score(a: _Token, b: _Token) -> float:
    if a.key and b.key:
        return (1 - SOUND_WEIGHT) * fuzz.ratio(a.key, b.key) / 100 + SOUND_WEIGHT * fuzz.ratio(a.sound, b.sound) / 100
    if not _letters_agree(a.initial, b.initial):
        return 0.0
    # An initial against a whole word agrees less surely than two initials or two equal words do.
    return 1.0 if not a.key and not b.key else INITIAL_FOR_WORD


def _given_score(a: tuple[_Token, ...], b: tuple[_Token, ...]) -> float:
    """Best in-order alignment of the shorter list of given names into the longer one."""
    if not a and not b:
        return 1.0
    if len(a) > len(b):
        a, b = b, a
    if not a:
        return MISSING_GIVEN
    best = 0.0
    for slots in combinations(range(len(b)), len(a)):
        matched = sum(_token_score(x, b[j]) for x, j in zip(a, slots, strict=True))
        # The name a person goes by is usually the first given name: Hardik → HH rather than KH.
        skipped = SKIPPED_FIRST * slots[0]
        best = max(best, (matched + MISSING_GIVEN * (len(b) - len(a))) / len(b) - skipped)
    return best


def _structured(a: _Name, b: _Name) -> float:
    """Surname against surname, given names (and initials) against given names."""
    surname = _token_score(a.surname, b.surname)
    structured = SURNAME_WEIGHT * surname + (1 - SURNAME_WEIGHT) * _given_score(a.given, b.given)
    if a.words == b.words:
        return structured
    # Fallback for names whose words are split differently (de Kock / डिकॉक, Al Hasan / अलहसन).
    return max(structured, JOINED_WEIGHT * fuzz.ratio(a.joined, b.joined) / 100)


def _similarity(a: _Name, b: _Name) -> float:
    whole = fuzz.ratio(a.key, b.key) / 100
    if a.surname is None or b.surname is None:
        return whole
    # The token view knows surnames and initials; the whole key forgives names whose structure it
    # misreads (no surname, initials after the name, a trailing "S/o" …).
    structured = _structured(a, b)
    blended = (1 - WHOLE_WEIGHT) * structured + WHOLE_WEIGHT * whole
    if not a.given or not b.given:
        # A surname-only mention ("ज़ेलेंस्की ने कहा") is not a worse match for the missing given
        # names, which the whole key would count against it.
        return max(structured, blended)
    return blended


def name_similarity(hindi: str, english: str) -> float:
    """Similarity in [0, 1] of two names in any script (typically a Hindi and an English one)."""
    return _similarity(_parse(hindi), _parse(english))


class NameIndex:
    """English (or any-script) names prepared once for many `best` look-ups."""

    PREFILTER = 40  # candidates kept by the fast whole-key and surname passes before re-scoring

    def __init__(self, candidates: Sequence[str]) -> None:
        self.names = list(candidates)
        self._parsed = [_parse(c) for c in self.names]
        self._keys = [p.key for p in self._parsed]
        self._surnames = [p.surname.key if p.surname else p.key for p in self._parsed]

    def _shortlist(self, query: _Name) -> set[int]:
        found = {i for _, _, i in process.extract(query.key, self._keys, scorer=fuzz.ratio, limit=self.PREFILTER)}
        surname = query.surname.key if query.surname else query.key
        found |= {i for _, _, i in process.extract(surname, self._surnames, scorer=fuzz.ratio, limit=self.PREFILTER)}
        return found

    def ranked(self, name: str, limit: int = 5) -> list[tuple[str, float]]:
        query = _parse(name)
        scored = sorted(((_similarity(query, self._parsed[i]), i) for i in self._shortlist(query)), reverse=True)
        return [(self.names[i], score) for score, i in scored[:limit]]

    def best(self, name: str, threshold: float = 0.0) -> tuple[str, float] | None:
        ranked = self.ranked(name, limit=1)
        if not ranked or ranked[0][1] < threshold:
            return None
        return ranked[0]


@lru_cache(maxsize=8)
def _index(candidates: tuple[str, ...]) -> NameIndex:
    return NameIndex(candidates)


def best_match(hindi: str, candidates: Sequence[str], threshold: float = 0.8) -> tuple[str, float] | None:
    """The candidate most similar to `hindi` and its score, or None below `threshold`.

    The candidates' keys are computed once per distinct candidate list (cached); for a list that
    changes often, build a `NameIndex` and reuse it.
    """
    return _index(tuple(candidates)).best(hindi, threshold)
