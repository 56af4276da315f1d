"""The event lexicon (`data/events.tsv` with the light-verb classes of `data/light_verbs.toml`) and
where its predicates occur: a noun or verb and the light verb that completes it (`मुलाकात` + `की`,
`मिले`), a verb of saying with a purpose clause (a request), and the infinitives that are no event
of their own (`हमला करने का आरोप`)."""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ghatna.events.tokens import Tok
from ghatna.grammar import GENITIVE as _GENITIVE
from ghatna.normalize import fold

_PARTICLES = {"भी", "ही", "तो", "नहीं", "न", "ना", "कड़ी", "कडी", "तीखी", "कड़े", "जमकर", "खुलकर", "फिर"}
# after the light verb की, these words show it is the verb "did" and not the genitive "of"
_VERBAL_AFTER_KI = {"है", "हैं", "था", "थी", "थीं", "थे", "गई", "गयी", "गईं", "जा", "जाएगी", "जाती", "जानी", "और",
                    "तथा", ",", "।", ".", "?", "!", "तो", "लेकिन", "जबकि", "हो", "होगी", "कि", "\"", "”"}
_QUOTES = {"'", '"', "’", "”", "‘", "“"}
_OUGHT = frozenset(fold(w) for w in ("चाहिए", "चाहिये", "जाए", "जाएं", "जायें", "जाये"))
_SAY = frozenset(fold(w) for w in ("कहा", "कहे", "कही", "कहेंगे", "कहेगा", "कहेगी", "कहते", "कहती", "कहता"))
_LIGHT_WINDOW = 3  # tokens allowed between a noun trigger and its light verb (particles, negation)
PARTICIPLE_VALA = {"वाले", "वाला", "वाली", "वालों"}
INTENT = {"चाहते", "चाहता", "चाहती", "चाहा", "योजना", "कोशिश", "प्रयास", "तैयार", "इरादा", "इच्छा", "उद्देश्य",
           "लक्ष्य", "मकसद", "मक़सद", "मंशा"}


@dataclass(frozen=True)
class Predicate:
    type: str
    mode: str | None
    cameo: str | None
    trigger: tuple[str, ...]  # folded tokens
    light: frozenset[tuple[str, ...]]  # folded forms of the completing verb (one or two words); empty: none
    nominal: bool  # a bare noun mention, without a verb (lower confidence)
    targets: tuple[tuple[str, ...], ...]  # postposition sequences marking the target, preferred first
    gloss: str


# the request a verb of saying makes with a purpose clause
ASKED_TO = Predicate(
    type="REQUEST", mode=None, cameo="10", trigger=("कहा",), light=frozenset(), nominal=False,
    targets=(("से",), ("को",)), gloss="asked",
)


@dataclass
class Lexicon:
    by_first: dict[str, list[Predicate]] = field(default_factory=dict)

    def add(self, predicate: Predicate) -> None:
        self.by_first.setdefault(predicate.trigger[0], []).append(predicate)


@cache
def load_lexicon() -> Lexicon:
    files = resources.files("ghatna.data")
    light = tomllib.loads(files.joinpath("light_verbs.toml").read_text("utf-8"))
    classes = {
        name: frozenset(tuple(fold(f).split()) for f in table["forms"])
        for name, table in light.items()
        if isinstance(table, dict) and "forms" in table
    }
    lexicon = Lexicon()
    rows = csv.DictReader(files.joinpath("events.tsv").read_text("utf-8").splitlines(), delimiter="\t")
    for row in rows:
        targets = tuple(tuple(t.split()) for t in row["target"].split("|") if t.strip() and t.strip() != "-")
        for trigger in row["trigger"].split("|"):
            words = tuple(fold(w) for w in trigger.split())
            if not words:
                continue
            for kind in row["light"].split("|"):
                kind = kind.strip()
                if kind == "verb":
                    heads = [(*words[:-1], form) for form in verb_forms(words[-1], light)]
                    forms: frozenset[tuple[str, ...]] = frozenset()
                elif kind == "noun":
                    heads, forms = [words], frozenset()
                else:
                    heads, forms = [words], classes.get(kind, frozenset())
                    if not forms:
                        continue
                for head in heads:
                    lexicon.add(Predicate(
                        type=row["type"].strip(), mode=row.get("mode") or None, cameo=row.get("cameo") or None,
                        trigger=head, light=forms, nominal=kind == "noun",
                        targets=targets, gloss=row.get("gloss_en") or row["type"].lower(),
                    ))
    return lexicon


def verb_forms(stem: str, light: dict) -> list[str]:
    """Inflected forms of a plain verb stem (मिल → मिला, मिले, मिलेंगे …; बता → बताया …)."""
    endings = light.get("verb_endings", {})
    irregular = {fold(k): v for k, v in endings.get("irregular", {}).items()}
    if stem in irregular:
        return [fold(f) for f in irregular[stem]]
    vowel_final = stem[-1] in "ाीूेैोौ" or stem[-1] in "आईऊएऐओऔ"
    suffixes = endings.get("vowel" if vowel_final else "consonant", [""])
    return sorted({fold(stem + s) for s in suffixes})


def opens_predicate(words: list[str]) -> bool:
    """Whether folded `words` open a predicate with its light verb (`मुबारकबाद दी`, `हमला किया`): the
    first word is then a noun of the predicate, not a name the NER may have taken it for."""
    toks = [Tok(0, 0, w) for w in words]
    return any(p.light and match_predicate(toks, 0, p) is not None for p in load_lexicon().by_first.get(words[0], ()))


def match_predicate(toks: list[Tok], i: int, pred: Predicate) -> int | None:
    """End token index (exclusive) of the predicate at token i, or None."""
    n = len(pred.trigger)
    if any(i + k >= len(toks) or toks[i + k].text != w for k, w in enumerate(pred.trigger)):
        return None
    j = i + n
    if not pred.light:
        return j
    for k in range(j, min(len(toks), j + _LIGHT_WINDOW + 1)):
        for size in (2, 1):
            words = tuple(t.text for t in toks[k:k + size])
            if len(words) == size and words in pred.light:
                if words == ("की",) and k + 1 < len(toks) and toks[k + 1].text not in _VERBAL_AFTER_KI:
                    return None  # `हिंसा की घटनाएं`: the genitive, not "did"
                return k + size
        if toks[k].text not in _PARTICLES and not (toks[k].text == "से" and toks[k - 1].text == "फिर"):
            break  # `निंदा से तुलना की`: a postposition marks the noun, it is no light verb's object
    return None


def is_asked_to(toks: list[Tok], i: int) -> bool:
    """`X ने Y से Z करने के लिए कहा`, `Y को लौटने को कहा`: a verb of saying with a purpose clause is a
    request to Y."""
    if toks[i].text not in _SAY:
        return False
    if _told_to(toks, i):
        return True
    k = i - 1
    while k >= 0 and toks[k].text in {"भी", "ही"}:
        k -= 1
    if k >= 1 and toks[k - 1].text == "के" and toks[k].text == "लिए":
        k -= 2
    elif k >= 0 and toks[k].text == "को":
        k -= 1
    else:
        return False
    return k >= 0 and toks[k].text.endswith("ने")


def _told_to(toks: list[Tok], i: int) -> bool:
    """`X ने Y से कहा कि … चाहिए`: saying to Y that something ought to be done (चाहिए, or a subjunctive
    passive `किया जाए`) is a request to Y."""
    told = any(toks[k].text == "से" for k in range(max(0, i - 3), i))
    k = i + 1
    while k < len(toks) and toks[k].text in {"था", "थी", "थे", "है", ",", ":"}:
        k += 1
    if not told or k >= len(toks) or toks[k].text != "कि":
        return False
    clause = [t.text for t in toks[k + 1:]]
    stop = next((n for n, w in enumerate(clause) if w in {"।", "?", "!"}), len(clause))
    return any(w in _OUGHT for w in clause[:stop])


def embedded_infinitive(toks: list[Tok], end: int) -> str | None:
    """An infinitive that is the complement of a noun (`हमला करने का आरोप`, `मिलने की इच्छा`) states no
    event of its own: "drop" it, or "intended" when the noun is an intention or a plan."""
    last = toks[end - 1].text
    while end < len(toks) and toks[end].text in _QUOTES:  # `'धमकाने' का आरोप`
        end += 1
    following = toks[end].text if end < len(toks) else ""
    if not last.endswith(("ने", "ना")):
        return None
    if following in PARTICIPLE_VALA:  # `कब्जा करने वाले बल`: an attribute, not a clause
        return "drop"
    if last.endswith("ना") and following in {"", "।", ".", ",", ";", "और", "तथा"}:
        return "drop"  # `… प्रशिक्षण और सलाह देना।`: a verbal noun naming an activity, not an event
    if following == "से" and last.endswith("ने"):
        return "drop"  # `X का समर्थन करने से इनकार`: the complement of a refusal or a stop, not an event
    if following not in _GENITIVE:
        return None
    governor = toks[end + 1].text if end + 1 < len(toks) else ""
    return "intended" if governor in INTENT else "drop"
