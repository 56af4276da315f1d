"""The matching key of the knowledge base: `normalize.fold` plus spelling variation of Hindi news.

Both the names in the KB and the queries go through `key`, so variants that differ only in these
respects meet without being listed: nukta and chandrabindu (fold), ऑ/आ and ॉ/ा (मॉस्को/मास्को),
a nasal consonant + virama before a consonant of its class vs anusvara (ट्रम्प/ट्रंप, फ्रान्स/फ्रांस),
candra ॅ/े, dashes and brackets (अल-असद/अल असद, सीपीआई (एम)/सीपीआई-एम), and dots and apostrophes
(यू.एन./यूएन, O'Brien/OBrien).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ghatna.normalize import fold

_VOWELS = str.maketrans({"ऑ": "आ", "ॉ": "ा", "ॅ": "े", "ऍ": "ए"})
# न्/ण्/ङ्/ञ् before a stop or a sibilant and म् before a labial are written as anusvara too.
_NASAL = re.compile("[ङञणन]\u094d(?=[क-भसशष])|म\u094d(?=[प-भ])")
_DASH = re.compile("[-‐‑–—()\\[\\]]+")
_DOTS = re.compile("[.'’‘`]")


@lru_cache(maxsize=1 << 16)  # the KB's own names are keyed at every build, and the resolver keys each token
def key(name: str) -> str:
    """The lookup key of a name or a query."""
    # Every step works within a word, so a name's key is its words' keys: the words of 25,000 names
    # repeat (सरकार, सेना, की …), and keying each once makes building the KB several times faster.
    return " ".join(k for word in name.split() if (k := _word_key(word)))


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    folded = fold(_DASH.sub(" ", _DOTS.sub("", word)))
    return _NASAL.sub("ं", folded.translate(_VOWELS))
