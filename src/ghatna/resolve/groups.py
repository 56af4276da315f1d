"""Unnamed groups as actors: "विद्रोहियों से अपील की", "प्रदर्शनकारियों ने", "गैर-मुसलमानों ने निशाना बनाया".

The forms are data (`data/actor_groups.tsv`). A group's mentions in one article are one entity, kept
in the article only where an event or a quote gives it a role (see `pipeline`): rebels mentioned in
passing are no entity an analyst wants listed.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ghatna.kb.keys import key

KB_PREFIX = "group:"
_MAX_WORDS = 3


@dataclass(frozen=True)
class Group:
    id: str  # group:<id>, the entity's kb_id
    name_en: str
    sector: str


@cache
def groups() -> dict[str, Group]:
    """Keyed form (words joined by spaces) → group."""
    lines = resources.files("ghatna.data").joinpath("actor_groups.tsv").read_text("utf-8").splitlines()
    rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
    table: dict[str, Group] = {}
    for row in rows:
        group = Group(KB_PREFIX + row["id"], row["name_en"], row["sector"])
        for form in row["forms"].split("|"):
            table[key(form)] = group
    return table


def find_groups(words: list[str], taken: set[int]) -> list[tuple[int, int, Group]]:
    """(first, last, group) for the longest group forms among keyed tokens `words` outside `taken`."""
    table = groups()
    found: list[tuple[int, int, Group]] = []
    k = 0
    while k < len(words):
        for size in range(min(_MAX_WORDS, len(words) - k), 0, -1):
            span = range(k, k + size)
            group = table.get(" ".join(words[k:k + size]))
            if group is not None and not taken.intersection(span):
                found.append((k, k + size - 1, group))
                k += size
                break
        else:
            k += 1
    return found
