"""People the model missed, found by how Hindi news names them.

- A role or title is followed by the name of its holder: `प्रमुख वार्ताकार तबन डेंग ने`, `मौलवी फ़क़ीर
  मोहम्मद ने`. Words after a role, up to a function word, whose last word the tagger calls a proper
  noun, are a person's name.
- After a person's full name, the surname alone names them: `रिएक मचार … मचार ने`.

Both work on one sentence's tokens; `entities.resolve` turns what they find into PERSON mentions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection

from ghatna.grammar import COORDINATORS, POSTPOSITIONS

_MAX_NAME_WORDS = 4
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
            and _is_word(words[last + 1])
        ):
            last += 1
        if last == k or not proper[last]:
            continue
        if last + 1 < len(words) and words[last + 1] not in _NAME_ENDS and _is_word(words[last + 1]):
            continue  # the run stopped at a common word: a noun phrase, not a name
        found.append((k + 1, last))
    return found


def surname_echoes(
    words: list[str], surnames: Collection[str], taken: Collection[int], common: Collection[str]
) -> list[int]:
    """Indexes of tokens that are the surname of a person named in full elsewhere in the article."""
    return [
        i for i, w in enumerate(words)
        if w in surnames and i not in taken and w not in common and len(w) > 1
    ]


def _is_word(w: str) -> bool:
    """Letters and marks only (a keyed name may hold spaces where the text had dashes)."""
    return bool(w) and all(unicodedata.category(c)[0] in "LM" or c == " " for c in w)
