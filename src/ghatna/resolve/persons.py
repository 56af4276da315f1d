"""People the model missed, found by how Hindi news names them.

- A role or title is followed by the name of its holder: `प्रमुख वार्ताकार तबन डेंग ने`, `मौलवी फ़क़ीर
  मोहम्मद ने`. Words after a role, up to a function word, whose last word the tagger calls a proper
  noun, are a person's name.
- After a person's full name, the full name again and the surname alone name them: `रिएक मचार … मचार
  ने`.
- A foreign given name the model does not know opens a name with the words after it: `लिंडसे ग्राहम
  ने`, `कैथरीन मेयोर्गा नामक` (`data/given_names.tsv`).

Both work on one sentence's tokens; `entities.resolve` turns what they find into PERSON mentions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection

from rapidfuzz.distance import Levenshtein

from ghatna.grammar import COORDINATORS, POSTPOSITIONS

_MAX_NAME_WORDS = 4
_GIVEN_NAME_WORDS = 3  # a given name and at most two more words (`क्रिस्टीन ब्लेसी फ़ोर्ड`)
_FUZZY_MIN = 4  # characters a surname needs before a one-letter variant of it counts
# what may end a name: a postposition, a conjunction, a quote or punctuation, the end of the sentence
_NAME_ENDS = POSTPOSITIONS | COORDINATORS | {"भी", "ही", "जो", "जिन्होंने", "द्वारा"}


def role_names(
    words: list[str], proper: list[bool], roles: Collection[int], taken: Collection[int], common: Collection[str]
) -> list[tuple[int, int]]:
    """Token ranges (first, last) of names right after a role word (token indexes in `roles`).

    `words` are keyed tokens, `proper[i]` says the tagger tagged token i PROPN, `taken` are tokens
    already in a mention, `common` are words never a name on their own."""
    found: list[tuple[int, int]] = []
    for k in sorted(roles):
        last = k
        while (
            last + 1 < len(words)
            and last - k < _MAX_NAME_WORDS
            and last + 1 not in taken
            and words[last + 1] not in _NAME_ENDS
            and words[last + 1] not in common
            and is_word(words[last + 1])
        ):
            last += 1
        if last == k or not proper[last]:
            continue
        if last + 1 < len(words) and words[last + 1] not in _NAME_ENDS and is_word(words[last + 1]):
            continue  # the run stopped at a common word: a noun phrase, not a name
        found.append((k + 1, last))
    return found


def given_name_runs(
    words: list[str], given: Collection[int], taken: Collection[int], common: Collection[str]
) -> list[tuple[int, int]]:
    """Token ranges (first, last) of names opened by a known given name (token indexes in `given`) and
    going on for one or two more words, up to a function word (`मैक्सिन वाटर्स ने`). A given name alone
    is too weak a sign."""
    found: list[tuple[int, int]] = []
    for k in sorted(given):
        if k in taken or (found and k <= found[-1][1]):
            continue
        last = k
        while (
            last + 1 < len(words)
            and last - k + 1 < _GIVEN_NAME_WORDS
            and last + 1 not in taken
            and words[last + 1] not in _NAME_ENDS
            and words[last + 1] not in common
            and is_word(words[last + 1])
        ):
            last += 1
        if last > k:
            found.append((k, last))
    return found


def name_echoes(words: list[str], names: Collection[str], taken: set[int]) -> list[tuple[int, int]]:
    """Token ranges (first, last) where a person's full name (`names`: keyed, words joined by spaces)
    occurs again outside any mention: the model finds a name in one sentence and misses it in another.
    `taken` grows by what is found."""
    found = []
    for i in range(len(words)):
        for size in range(_MAX_NAME_WORDS, 1, -1):
            span = range(i, i + size)
            if i + size <= len(words) and not taken.intersection(span) and " ".join(words[i:i + size]) in names:
                found.append((i, i + size - 1))
                taken.update(span)
                break
    return found


def surname_echoes(
    words: list[str],
    proper: list[bool],
    surnames: Collection[str],
    taken: Collection[int],
    common: Collection[str],
    given: Collection[str] = (),
) -> list[int]:
    """Indexes of tokens that are the surname of a person named in full elsewhere in the article, or,
    for a word the tagger calls a proper noun, a spelling of it one letter away (मचार, मशार): foreign
    names are often spelt two ways in one article. A `given` name (the first word of one person's
    full name only) counts too: Korean and Chinese news names put the family name first (`री योंग-हो …
    री ने`), and Hindi news calls people by their first name as well."""
    found = []
    for i, w in enumerate(words):
        if i in taken or w in common or len(w) < 2:
            continue
        if i > 0 and proper[i - 1] and i - 1 not in taken:
            continue  # `उजागर सिंह`: the surname of someone else, whose given name the model missed
        alone = w in given and not (i + 1 < len(words) and proper[i + 1] and i + 1 not in taken)
        named = proper[i] or (i + 1 < len(words) and words[i + 1] in POSTPOSITIONS)  # a name's slot
        spelt = named and len(w) >= _FUZZY_MIN and any(variant(w, s) for s in surnames)
        if alone or w in surnames or spelt:
            found.append(i)
    return found


def variant(a: str, b: str) -> bool:
    """Two spellings of one foreign name: same length and first letter, one letter apart."""
    return len(a) >= _FUZZY_MIN and len(a) == len(b) and a[0] == b[0] and Levenshtein.distance(a, b) == 1


def is_word(w: str) -> bool:
    """Letters and marks only (a keyed name may hold spaces where the text had dashes)."""
    return bool(w) and all(unicodedata.category(c)[0] in "LM" or c == " " for c in w)
