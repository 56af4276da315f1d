"""The records of the knowledge base and the closed vocabularies their columns use."""

from __future__ import annotations

from dataclasses import dataclass, field

# Entity types of ghatna, plus TITLE: an office or role word ("राष्ट्रपति") that people hold.
TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "TITLE"})

# Sector codes in the CAMEO/PLOVER actor style (docs/knowledge-base.md explains each).
SECTORS: dict[str, str] = {
    "GOV": "government, executive, head of state, ministries, diplomats",
    "MIL": "armed forces of a state",
    "LEG": "legislature, parliament, legislators",
    "JUD": "judiciary, courts, prosecutors",
    "COP": "police, border guards, internal security forces",
    "SPY": "intelligence services",
    "PTY": "political party",
    "OPP": "political opposition to the government, exiled opposition",
    "REB": "rebels: armed groups fighting a government to take power or territory",
    "INS": "insurgents: armed groups waging an insurgency or terror campaign",
    "SEP": "separatists",
    "UAF": "unidentified or irregular armed forces, militias",
    "IGO": "intergovernmental organization",
    "NGO": "non-governmental organization",
    "BUS": "business, companies",
    "MED": "media",
    "EDU": "education, universities, research",
    "HLH": "health",
    "REL": "religious organization or leader",
    "LAB": "trade unions, labour",
    "CVL": "civilians, civil society",
    "REF": "refugees, displaced people",
    "ELI": "elites, royalty",
    "CRM": "criminal organizations",
    "HRI": "human-rights bodies",
    "ENV": "environmental bodies",
    "SPT": "sports bodies and teams",
}


@dataclass(frozen=True, slots=True)
class Record:
    """One actor or place. Empty strings mean "unknown" or "not applicable".

    `office` is the id of a TITLE record and `org` the id of the organization it belongs to, if not a
    country's government (a party, the UN …); `start`/`end` are ISO dates (YYYY, YYYY-MM or YYYY-MM-DD)
    of that office, an empty `end` meaning "still in office". `capital` is the id of a city record.
    """

    id: str
    type: str
    name_en: str = ""
    name_hi: str = ""
    aliases: tuple[str, ...] = ()
    qid: str = ""
    country: str = ""
    sector: str = ""
    subtype: str = ""
    office: str = ""
    org: str = ""
    start: str = ""
    end: str = ""
    iso2: str = ""
    iso3: str = ""
    capital: str = ""
    demonyms: tuple[str, ...] = ()
    source: str = field(default="", compare=False)  # FILE:LINE it was read from

    @property
    def names(self) -> tuple[str, ...]:
        """Every written form that refers to this record (demonyms included)."""
        return tuple(n for n in (self.name_hi, self.name_en, *self.aliases, *self.demonyms) if n)

    @property
    def current(self) -> bool:
        """An office-holder with no end date."""
        return bool(self.office) and not self.end

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict without empty fields."""
        out: dict[str, object] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if value:
                out[name] = list(value) if isinstance(value, tuple) else value
        return out
