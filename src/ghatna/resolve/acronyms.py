"""Acronyms written in Devanagari: a word spelled out letter by letter (जेयूआई = JUI, एएफ़पी = AFP).

Such words name organizations far more often than people, and the model often types them wrongly.
"""

from __future__ import annotations

import re

from ghatna.kb.keys import key

# Devanagari spellings of the names of the Latin letters, as Hindi news writes them
_LETTERS = [
    "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू", "आर",
    "एस", "टी", "यू", "वी", "डब्ल्यू", "डबल्यू", "एक्स", "वाई", "जेड", "ज़ेड", "जैड",
]
_ACRONYM = re.compile("(?:" + "|".join(sorted({key(x) for x in _LETTERS}, key=len, reverse=True)) + "){2,}")


def is_acronym(word: str) -> bool:
    """True for a single word made entirely of two or more spelled-out Latin letters."""
    return bool(_ACRONYM.fullmatch(key(word)))
