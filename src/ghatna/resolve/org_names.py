"""Organization names the model splits or mistypes, found by how they are built.

- A run of name words closed by an organization noun is one organization: `अराकान रोहिंग्या रक्षा
  सेना`, `अमेरिकन सिविल लिबर्टीज यूनियन` (the model tags pieces of such names as a person, a place
  and an organization).
- English "of" written in Devanagari joins a name to the place it belongs to: `चर्च ऑफ़ इंग्लैंड`,
  `बैंक ऑफ़ जापान`.

A country with one of its organs (`भारतीय सेना`, `पाकिस्तानी सेना`) is no organization of its own
(ghatna.institutions), and a known organization followed by its kind (`कांग्रेस पार्टी`) stays the
known one: `entities` checks both before it takes what is found here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ghatna.kb.keys import key

# nouns that close the name of an organization (not a state's organs: सरकार, मंत्रालय, पुलिस)
ORG_HEADS = frozenset(key(w) for w in (
    "सेना", "आर्मी", "यूनियन", "संगठन", "पार्टी", "मोर्चा", "फ्रंट", "फ़्रंट", "लीग", "ब्रिगेड", "काउंसिल",
    "कमेटी", "एसोसिएशन", "फ़ाउंडेशन", "फाउंडेशन", "ट्रस्ट", "इंस्टीट्यूट", "यूनिवर्सिटी", "कॉर्पोरेशन",
    "कंपनी", "बैंक", "एजेंसी", "ग्रुप", "सोसाइटी", "फ़ेडरेशन", "फेडरेशन", "मूवमेंट", "आंदोलन",
    "नेटवर्क", "कॉलेज", "टाइम्स", "पोस्ट", "न्यूज़", "न्यूज",
))
_OF = frozenset(key(w) for w in ("ऑफ़", "ऑफ", "आफ़", "आफ"))
# `रिपब्लिक ऑफ़ X`, `डिस्ट्रिक्ट ऑफ़ X`: a state or a territory, not an organization
_STATES = frozenset(key(w) for w in ("रिपब्लिक", "डिस्ट्रिक्ट", "किंगडम", "स्टेट", "स्टेट्स", "कॉमनवेल्थ", "प्रिंसिपैलिटी"))
# words that describe an organization of a kind without naming one (`खुफिया एजेंसी`, `विद्रोही सेना`)
_GENERIC = frozenset(key(w) for w in (
    "खुफिया", "ख़ुफ़िया", "सुरक्षा", "रक्षा", "विशेष", "राष्ट्रीय", "अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "विद्रोही",
    "चरमपंथी", "आतंकवादी", "आतंकी", "उग्रवादी", "माओवादी", "नक्सली", "जिहादी", "इस्लामी", "सरकारी", "निजी",
    "स्थानीय", "क्षेत्रीय", "विदेशी", "सैन्य", "नई", "नया", "पुरानी", "बड़ी", "प्रमुख", "मुख्य", "समाचार",
    "जांच", "जाँच",
))
_MAX_BEFORE = 5  # name words before the organization noun
_MAX_AFTER = 3  # name words after `ऑफ़`


def org_runs(
    words: Sequence[str], named: Sequence[bool], country: Callable[[int], bool]
) -> list[tuple[int, int]]:
    """Token ranges (first, last) of organization names. `words` are keyed tokens, `named[i]` says token
    i is in a span of the model or tagged a proper noun, `country(i)` that it names a country (or its
    people: `अमेरिकन`); it is asked only about the words before an organization noun."""
    found: list[tuple[int, int]] = []
    for h, w in enumerate(words):
        if w in ORG_HEADS:
            first = h
            while first > 0 and h - first < _MAX_BEFORE and named[first - 1]:
                first -= 1
            # a name needs a word of its own, not only its country's (`अमेरिकी सेना` is an organ) or its kind's
            if first < h and any(words[k] not in _GENERIC and not country(k) for k in range(first, h)):
                found.append((first, h))
        elif w in _OF and 0 < h < len(words) - 1:
            first, last = h, h
            while first > 0 and h - first < _MAX_BEFORE and (named[first - 1] or words[first - 1] in ORG_HEADS):
                first -= 1
            while last + 1 < len(words) and last - h < _MAX_AFTER and named[last + 1]:
                last += 1
            if first < h < last and words[first] not in _STATES:
                found.append((first, last))
    merged: list[tuple[int, int]] = []
    for first, last in sorted(found):
        if merged and first <= merged[-1][1]:  # `बैंक ऑफ़ इंग्लैंड`: found by its head and by ऑफ़
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged
