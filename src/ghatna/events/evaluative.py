"""Quotes that praise, criticize or threaten are events of their speaker's (PLOVER: praise is
SUPPORT, criticism ACCUSE, a warning of harm THREATEN) against the actor the quote's clause names:
`X ने कहा, "रूस की भूमिका सराहनीय रही है"` is X's SUPPORT of Russia. The cue words are data
(`data/evaluative.toml`); a cue negated right after it (`अवैध नहीं`) says the opposite and is skipped.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from ghatna.events.phrases import clause_span
from ghatna.events.tokens import Mention, Quoted, Tok
from ghatna.grammar import GENITIVE, NEGATORS
from ghatna.normalize import fold
from ghatna.schema import Event, Sentence, Span

# a quote that ends in what someone ought to do (`Y को … छोड़ देना चाहिए`, `Y … बंद करे`) asks it of them
_OUGHT = frozenset(fold(w) for w in ("चाहिए", "चाहिये"))
_SUBJUNCTIVE = frozenset(fold(w) for w in (
    "करे", "करें", "दे", "दें", "ले", "लें", "जाए", "जाएं", "जाएँ", "जायें", "जाये", "छोड़े", "छोड़ें", "रोके", "रोकें",
    "हटाए", "हटाएं", "लौटाए", "लौटाएं", "माने", "मानें", "खोले", "खोलें",
))
# `X का आरोप है कि …`: what follows is an accusation by X (a noun cue, which no verb of the lexicon codes)
_ACCUSATION_CUE = re.compile(r"(?:आरोप|इल्ज़ाम|इल्जाम)\s+(?:है|हैं|था|थे|रहा\s+है)\s*,?\s*कि\s*$")
_CONDITIONS = frozenset({"अगर", "यदि"})
_CLAIMS = tuple(fold(w) for w in ("आरोप", "दावा", "दावे", "दावों", "खबर", "ख़बर", "रिपोर्ट"))
_OBLIQUE = frozenset({"में", "से", "पर", "तक"})  # a place or an instrument, not the one accused
_MOOD_REACH = 3  # the obligation or subjunctive verb stands among the last words of the quote
_CONFIDENCE = 0.5  # a cue word is weaker evidence than a predicate with its case frame
GLOSS = {"SUPPORT": "praised", "ACCUSE": "criticized", "THREATEN": "threatened", "REQUEST": "asked"}


@cache
def cues() -> dict[tuple[str, ...], str]:
    """Folded cue words → PLOVER type."""
    table = tomllib.loads(resources.files("ghatna.data").joinpath("evaluative.toml").read_text("utf-8"))
    return {tuple(fold(c).split()): kind for kind, words in table.items() for c in words}


def evaluative_events(
    text: str, sentences: list[Sentence], mentions: list[Mention], quoted: list[Quoted]
) -> list[Event]:
    """One event per cue in an attributed quote whose clause names an actor other than the speaker."""
    table = cues()
    longest = max((len(c) for c in table), default=0)
    found: list[Event] = []
    for start, end, speaker, direct in quoted:
        if speaker is None:
            continue
        if not direct and (cue := _ACCUSATION_CUE.search(text, max(0, start - 30), start)):
            found.extend(_accused(text, sentences, mentions, (start, end), cue.start(), speaker))
        for n, sentence in enumerate(sentences):
            if sentence.end <= start or sentence.start >= end:
                continue
            toks = [Tok(s, e, fold(text[s:e])) for s, e in sentence.tokens if start <= s < end]
            words = [t.text for t in toks]
            for i in range(len(toks)):
                for size in range(min(longest, len(toks) - i), 0, -1):
                    kind = table.get(tuple(words[i:i + size]))
                    if kind is None:
                        continue
                    after = {t.text for t in toks[i + size:i + size + 2]}
                    if not (after & NEGATORS and not set(words[i:i + size]) & NEGATORS) and not _unasserted(
                        toks, i, i + size
                    ):
                        target = _about(toks, i, i + size, mentions, speaker)
                        if target is not None:
                            found.append(_event(text, toks, i, i + size, kind, speaker, target, n))
                    break
            if sentence.end >= end and (request := _asked(text, toks, mentions, speaker, n)):
                found.append(request)
    return found


def _asked(text: str, toks: list[Tok], mentions: list[Mention], speaker: str, n: int) -> Event | None:
    """REQUEST of the speaker's when the quote ends in an obligation or a subjunctive: of the actor
    marked by को before it (`Y को … चाहिए`), else of the first actor the quote names."""
    words = [t.text for t in toks]
    if words[:1] == ["क्या"] or words[-1:] == ["?"]:
        return None  # a question (`पूछा कि क्या …`) asks whether, not that
    while words and not words[-1][:1].isalnum():
        words.pop()
    k = next((k for k in range(len(words) - 1, max(-1, len(words) - 1 - _MOOD_REACH), -1)
              if words[k] in _OUGHT or (k == len(words) - 1 and words[k] in _SUBJUNCTIVE)), None)
    if k is None:
        return None
    inside = [m for m in mentions if toks[0].start <= m[0] and m[1] <= toks[k].start and m[2] != speaker]
    dative = [m for m in inside if any(t.start >= m[1] and t.text == "को" and t.start - m[1] <= 1 for t in toks)]
    # not a place or an instrument (`वो भारत में आतंकवाद भेजना बंद करें`: not India)
    direct = [m for m in inside if _word_after(toks, m[1]) not in _OBLIQUE]
    chosen = (dative or direct)[:1]
    if not chosen:
        return None
    return _event(text, toks, k, k + 1, "REQUEST", speaker, chosen[0][2], n)


def _accused(
    text: str, sentences: list[Sentence], mentions: list[Mention], quote: tuple[int, int], cue: int, speaker: str
) -> list[Event]:
    """ACCUSE of the speaker's against the agent or subject of the accusation's clause (`X का आरोप है कि Y
    ने …`)."""
    n = next((k for k, s in enumerate(sentences) if s.start <= cue < s.end), None)
    toks = [Tok(s, e, fold(text[s:e])) for s, e in sentences[n].tokens] if n is not None else []
    at = next((k for k, t in enumerate(toks) if t.start == cue), None)
    inside = [k for k, t in enumerate(toks) if quote[0] <= t.start < quote[1]]
    if at is None or not inside:
        return []
    _, hi = clause_span(toks, inside[0], inside[0] + 1)
    # the accused is the clause's agent (`Y ने`) or its subject, which opens it; a possessor
    # (`सुप्रीम कोर्ट के नामिती`) or a place (`येल में`) is not
    first = toks[inside[0]].start
    named = [m for m in mentions if first <= m[0] and m[1] <= toks[hi - 1].end and m[2] != speaker]
    marked = next((m for m in named if _word_after(toks, m[1]) == "ने"), None)
    subject = next((m for m in named if m[0] == first and _word_after(toks, m[1]) not in GENITIVE | _OBLIQUE), None)
    accused = marked or subject
    return [_event(text, toks, at, at + 1, "ACCUSE", speaker, accused[2], n)] if accused else []


def _word_after(toks: list[Tok], end: int) -> str | None:
    return next((t.text for t in toks if t.start >= end), None)


def _unasserted(toks: list[Tok], i: int, end: int) -> bool:
    """A cue that judges no actor: in a condition (`अगर ऐसा किया जाता है तो यह ग़ैरज़िम्मेदाराना होगा`), or
    calling claims baseless (`ये आरोप निराधार हैं`: a denial, not an accusation)."""
    lo, _ = clause_span(toks, i, end)
    before = {t.text for t in toks[:i]}
    return bool(before & _CONDITIONS) or any(t.text.startswith(_CLAIMS) for t in toks[lo:i])


def _about(toks: list[Tok], i: int, end: int, mentions: list[Mention], speaker: str) -> str | None:
    """The actor the cue's clause names, nearest before the cue, else after it; not the speaker."""
    lo, hi = clause_span(toks, i, end)
    inside = [m for m in mentions if toks[lo].start <= m[0] and m[1] <= toks[hi - 1].end and m[2] != speaker]
    before = [m for m in inside if m[1] <= toks[i].start]
    after = [m for m in inside if m[0] >= toks[end - 1].end]
    chosen = before[-1] if before else (after[0] if after else None)
    return chosen[2] if chosen else None


def _event(text: str, toks: list[Tok], i: int, end: int, kind: str, source: str, target: str, n: int) -> Event:
    start, stop = toks[i].start, toks[end - 1].end
    return Event(
        id="", type=kind, source=source, target=target, trigger=Span(start=start, end=stop, text=text[start:stop]),
        sentence=n, modality="reported", confidence=_CONFIDENCE, evidence=f"quote:{text[start:stop]}",
        cameo={"SUPPORT": "051", "ACCUSE": "112", "THREATEN": "130", "REQUEST": "10"}[kind],
    )
