"""Quotes: direct speech in quotation marks and reported speech, with the phrase that names the speaker.

Finding a quote is a matter of the text's grammar: a speech predicate (`data/speech.toml`) with its
speaker marked by ने, by a genitive (X का कहना है कि …) or by के मुताबिक/अनुसार, and the quoted words
either in quotation marks or after the complementizer कि. This module finds the quote, its cue and the
speaker *phrase*; `attribute` then picks the entity that phrase names (or, for a pronoun, the person
last spoken of).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ghatna.grammar import AUXILIARIES as _AUX
from ghatna.grammar import COORDINATORS, GENITIVE, RELATIONS
from ghatna.normalize import fold
from ghatna.salience import antecedent
from ghatna.schema import Quote, Sentence, Span

_OPEN = "“„«"
_CLOSE = "”»"
_STRAIGHT = "\"″"
# through whom or what an organization or a state speaks: its spokespeople and statements (a paper's
# report is no quote of the paper's)
_VOICES = frozenset({"प्रवक्ता", "प्रवक्ताओं", "बयान", "विज्ञप्ति"})
_PLAIN_MARKS = {'"', "″", "''"}  # undirected marks, which a curly closing mark may end
_PAIRS = {"“": ("”",), "„": ("“", "”"), "«": ("»",), "‘": ("’",)}  # opening mark → the marks closing it
_FINAL_PUNCT = re.compile(r"[\s।॥.?!,:;\-–—]+$")
# words that may open a sentence whose subject is dropped (`लेकिन साथ ही कहा था कि`)
_CONNECTIVES = {"लेकिन", "और", "साथ", "ही", "भी", "फिर", "तब", "हालांकि", "हालाँकि", "पर", "मगर", "बाद", "में", ","}
_ACCORDING_HEADS = frozenset({"मुताबिक", "मुताबिक़", "अनुसार"})  # the last word of `X के मुताबिक/अनुसार`
_GENITIVE_PRONOUNS = frozenset({"उनके", "उसके", "इनके", "इसके"})  # `उनके अनुसार`: the source is a pronoun
_MIN_QUOTE_WORDS = 4  # shorter quoted phrases on their own are scare quotes or titles, not speech
_MIN_FRAGMENT_WORDS = 2  # inside reported speech, even a short quoted phrase is the speaker's wording


@dataclass(frozen=True)
class SpeechCues:
    verbs: tuple[tuple[str, ...], ...]  # token sequences, longest first
    genitive: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    boundaries: frozenset[str]


@cache
def load_cues() -> SpeechCues:
    data = tomllib.loads(resources.files("ghatna.data").joinpath("speech.toml").read_text("utf-8"))

    def seqs(items: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(i.replace(",", "").split()) for i in items}, key=len, reverse=True))

    return SpeechCues(
        verbs=seqs(data["verbs"]),
        genitive=frozenset(data["genitive"]),
        according=seqs(data["according"]),
        pronouns=frozenset(data["pronouns"]),
        boundaries=frozenset(data["boundaries"]),
    )


@dataclass(frozen=True)
class QuoteCandidate:
    """A quote before attribution: its words, how it is marked, and the phrase naming the speaker."""

    start: int
    end: int
    direct: bool
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None  # span of the speaker phrase
    pronoun: bool  # the speaker phrase is a pronoun: refer back


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str


def find_quotes(text: str, sentences: list[Sentence]) -> list[QuoteCandidate]:
    """Direct and reported quotes of the text, in order, not overlapping."""
    cues = load_cues()
    found: list[QuoteCandidate] = []
    marked = _quoted_spans(text)
    for sentence in sentences:
        toks = [_Tok(s, e, text[s:e]) for s, e in sentence.tokens]
        found.extend(_reported(text, toks, cues, marked))
    found.extend(_direct(text, sentences, marked, cues, found))
    found.extend(_fragments(text, marked, found))
    found.sort(key=lambda q: (q.start, -q.end))
    out: list[QuoteCandidate] = []
    for q in found:
        # overlapping readings keep the first (outer) one, except quoted words inside reported speech
        if out and q.start < out[-1].end and not (q.direct and not out[-1].direct and q.end <= out[-1].end):
            continue
        out.append(q)
    return out


def _fragments(text: str, marked: list[tuple[int, int]], found: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Quoted words inside reported speech are the speaker's own words: direct quotes of their own."""
    out = []
    for cand in found:
        if cand.direct:
            continue
        for start, end in marked:
            s, e = _strip(text, start, end)
            inside = cand.start <= s and e <= cand.end and (s, e) != (cand.start, cand.end)
            if inside and len(text[s:e].split()) >= _MIN_FRAGMENT_WORDS:
                out.append(QuoteCandidate(s, e, True, cand.cue, cand.speaker, cand.pronoun))
    return out


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside paired quotation marks, paired per line (quotes do not cross paragraphs). Besides
    “ ” „ « » and straight ", Hindi text uses ‘ ’ and two apostrophes ('') as quotation marks."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        closer: tuple[str, ...] | None = None  # the marks that end the open quote
        opener = 0
        i = 0
        while i < len(line):
            mark = "''" if line.startswith("''", i) else line[i]
            if closer is None and (mark in _PAIRS or (mark in _STRAIGHT + "''" and _opens(line, i))):
                closer, opener = _PAIRS.get(mark, (mark,)), i + len(mark)
            elif closer is not None and (mark in closer or (closer[-1] in _CLOSE and mark in _STRAIGHT)
                                         or (closer[0] in _PLAIN_MARKS and mark in _CLOSE)):
                # news mixes styles: “…" and ''…” are quotes too
                spans.append((pos + opener, pos + i))
                closer = None
            i += len(mark)
        pos += len(line) + 1
    return spans


def _opens(line: str, i: int) -> bool:
    before = line[i - 1] if i else " "
    return before.isspace() or before in "(,:।.—–-"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, final punctuation and stray quotation marks from a quote span."""
    chunk = text[start:end]
    trimmed = _FINAL_PUNCT.sub("", chunk.rstrip(_CLOSE + _STRAIGHT + "’' "))
    trimmed = trimmed.rstrip(_CLOSE + _STRAIGHT + "’' ")
    lead = len(trimmed) - len(trimmed.lstrip(_OPEN + _STRAIGHT + "‘' "))
    return start + lead, start + len(trimmed)


def _match_seq(toks: list[_Tok], i: int, seqs: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first sequence matching at token i (as whole words), or 0."""
    for seq in _by_first(seqs).get(toks[i].text, ()):
        if i + len(seq) <= len(toks) and all(toks[i + k].text == w for k, w in enumerate(seq)):
            return len(seq)
    return 0


@cache
def _by_first(seqs: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The sequences by their first word, in their order (longest first)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        table.setdefault(seq[0], []).append(seq)
    return table


def _reported(text: str, toks: list[_Tok], cues: SpeechCues, marked: list[tuple[int, int]]) -> list[QuoteCandidate]:
    """`X ने कहा कि …`, `X का कहना है कि …`, `X के मुताबिक, …` within one sentence.

    A clause runs to the end of the sentence, or to the conjunction before the next speech cue
    (`… और आशा व्यक्त की कि …` starts a second quote).
    """
    found = []  # (cue start token, cue end token, clause start token, speaker phrase)
    for i in range(len(toks)):
        if any(s <= toks[i].start < e for s, e in marked):  # a cue inside quoted words is not ours
            continue
        n = _match_seq(toks, i, cues.verbs)
        if n:
            k = i + n
            while k < len(toks) and (toks[k].text in _AUX or toks[k].text == ","):
                k += 1
            if k < len(toks) and toks[k].text == "कि":
                speaker = (
                    _speaker_before(toks, i, cues, marker="ने")
                    or _genitive_speaker(toks, i, cues)
                    or _phrase_back(toks, i, cues)
                    or (found[-1][3] if found else None)  # `X ने कहा कि … और आशा जताई कि …`: same speaker
                    or _dropped_subject(toks, i)
                )
                found.append((i, i + n, k + 1, speaker))
            continue
        n = _match_seq(toks, i, cues.according)
        if n and i > 0 and not _speaks_after(toks, i + n, cues):
            found.append((i, i + n, i + n, _phrase_back(toks, i, cues)))
        elif toks[i].text in _GENITIVE_PRONOUNS and i + 1 < len(toks) and toks[i + 1].text in _ACCORDING_HEADS:
            found.append((i + 1, i + 2, i + 2, (toks[i].start, toks[i].end)))  # `उनके अनुसार …`
    out = []
    for (i, cue_end, k, speaker), nxt in zip(found, [*found[1:], None], strict=False):
        stop = len(toks) if nxt is None else _clause_stop(toks, k, nxt[0], cues)
        if k == cue_end and nxt is not None and stop == nxt[0] and nxt[3] and nxt[3][0] >= toks[k].start:
            continue  # `X के मुताबिक Y ने कहा कि …`: X only reports Y's words; the quote is Y's
        clause = _clause_after(text, toks, k, stop)
        if speaker and clause:
            out.append(_candidate(text, clause, (toks[i].start, toks[cue_end - 1].end), speaker, cues, marked))
    return out


def _speaks_after(toks: list[_Tok], k: int, cues: SpeechCues) -> bool:
    """`X के अनुसार Y ने कहा, “…”`: a speaker of their own after the source that reports them."""
    for j in range(k + 1, len(toks)):
        if toks[j].text[0] in _OPEN + _STRAIGHT:
            return False  # the quoted words begin: no speech verb of the narration before them
        if _match_seq(toks, j, cues.verbs):
            speaker = _speaker_before(toks, j, cues, marker="ने")
            return speaker is not None and speaker[0] >= toks[k].start
    return False


def _dropped_subject(toks: list[_Tok], verb: int) -> tuple[int, int] | None:
    """`… पेशकश की थी. लेकिन साथ ही कहा था कि …`: a sentence that opens with its speech verb carries
    the subject over from the sentence before; an empty speaker span stands for it (like a pronoun)."""
    if all(t.text in _CONNECTIVES for t in toks[:verb]):
        return toks[verb].start, toks[verb].start
    return None


def _clause_stop(toks: list[_Tok], start: int, next_cue: int, cues: SpeechCues) -> int:
    """Where a clause ends before the next speech cue: at the last conjunction or comma before it."""
    for j in range(next_cue - 1, start, -1):
        if toks[j].text in {"और", "लेकिन", "तथा", ",", "जबकि"}:
            return j
    return next_cue


def _candidate(
    text: str, clause: tuple[int, int], cue: tuple[int, int], speaker: tuple[int, int], cues: SpeechCues,
    marked: list[tuple[int, int]],
) -> QuoteCandidate:
    start, end = clause
    inner = next(((s, e) for s, e in marked if s <= start + 1 and e >= end - 1 and e - s >= (end - start) // 2), None)
    direct = inner is not None
    if inner:
        start, end = inner
    start, end = _strip(text, start, end)
    dropped = speaker[0] == speaker[1]
    return QuoteCandidate(start, end, direct, cue, speaker, dropped or text[speaker[0]:speaker[1]] in cues.pronouns)


def _clause_after(text: str, toks: list[_Tok], k: int, stop: int) -> tuple[int, int] | None:
    while k < stop and toks[k].text in {",", ":"}:
        k += 1
    if k >= stop:
        return None
    start, end = _strip(text, toks[k].start, toks[stop - 1].end)
    return (start, end) if end - start > 0 and len(text[start:end].split()) >= 2 else None


def _speaker_before(toks: list[_Tok], verb: int, cues: SpeechCues, marker: str) -> tuple[int, int] | None:
    """The phrase before the nearest ने (or other marker) left of the verb, within the clause."""
    for j in range(verb - 1, -1, -1):
        if toks[j].text == "कि" or toks[j].text in _CLOSE:
            return None
        if fold(toks[j].text) == marker:  # `नें`: a common misspelling of ने
            return _phrase_back(toks, j, cues)
        if toks[j].text in cues.pronouns and toks[j].text.endswith("ने"):  # उन्होंने carries its own ने
            return toks[j].start, toks[j].end
    return None


def _genitive_speaker(toks: list[_Tok], verb: int, cues: SpeechCues) -> tuple[int, int] | None:
    """`X का कहना है कि`: the phrase before का/की/के that governs the speech noun."""
    if toks[verb].text not in cues.genitive or verb == 0:
        return None
    j = verb - 1
    if toks[j].text in {"का", "की", "के"}:
        return _phrase_back(toks, j, cues)
    if toks[j].text in cues.pronouns:
        return toks[j].start, toks[j].end
    return None


def _phrase_back(toks: list[_Tok], end: int, cues: SpeechCues) -> tuple[int, int] | None:
    """Tokens before `end` back to a boundary word or punctuation: the speaker phrase."""
    j = end - 1
    if j < 0:
        return None
    if toks[j].text in cues.pronouns:
        return toks[j].start, toks[j].end
    start = end
    while j >= 0 and toks[j].text not in cues.boundaries and toks[j].text[0].isalnum() and end - j <= 10:
        start = j
        j -= 1
    return (toks[start].start, toks[end - 1].end) if start < end else None


def _direct(
    text: str, sentences: list[Sentence], marked: list[tuple[int, int]], cues: SpeechCues,
    reported: list[QuoteCandidate],
) -> list[QuoteCandidate]:
    """Quoted words with a speech predicate beside them (before or after), or continuing a speaker."""
    out: list[QuoteCandidate] = []
    last: QuoteCandidate | None = None
    covered = [(q.start, q.end) for q in reported]
    for start, end in marked:
        words = text[start:end].split()
        s, e = _strip(text, start, end)
        if len(words) < _MIN_QUOTE_WORDS or e <= s or any(a <= s and e <= b for a, b in covered):
            continue
        toks = _context_tokens(text, sentences, start - 1, end + 1)
        cue, speaker = _nearby_speech(toks, start, end, cues)
        if speaker is None:
            if last is None or not _continues(text, last.end, start):
                continue
            cue, speaker = last.cue, last.speaker
        quote = QuoteCandidate(s, e, True, cue, speaker, text[speaker[0]:speaker[1]] in cues.pronouns)
        out.append(quote)
        last = quote
    return out


def _context_tokens(text: str, sentences: list[Sentence], start: int, end: int) -> list[_Tok]:
    """Tokens of the sentences that the quote touches."""
    return [
        _Tok(s, e, text[s:e]) for sent in sentences if sent.end >= start and sent.start <= end for s, e in sent.tokens
    ]


def _nearby_speech(
    toks: list[_Tok], start: int, end: int, cues: SpeechCues
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A speech verb outside the quote in the same sentences, and the speaker phrase it takes."""
    outside = [i for i, t in enumerate(toks) if t.end <= start - 1 or t.start >= end + 1]
    for i in outside:
        n = _match_seq(toks, i, cues.verbs)
        if not n:
            continue
        # `X ने कहा, “…”`; or, imperfective, `X कहते हैं, “…”` with X right before the verb
        speaker = _speaker_before(toks, i, cues, marker="ने") or _phrase_back(toks, i, cues)
        if speaker and (speaker[1] <= start or speaker[0] >= end):
            return (toks[i].start, toks[i + n - 1].end), speaker
    return None, None


def _continues(text: str, previous_end: int, start: int) -> bool:
    """A quote right after the previous one (next sentence or paragraph) continues the same speaker."""
    between = text[previous_end:start]
    return len(between.split()) <= 3 and between.count("\n") <= 1


def attribute(
    candidates: list[QuoteCandidate],
    text: str,
    mentions: list[tuple[int, int, str, str]],
) -> list[Quote]:
    """Quotes with speakers: `mentions` are (start, end, entity id, entity type) in text order.

    The speaker is the last person in the speaker phrase (the head of `X के प्रवक्ता Y`), else its last
    organization or state; coordinated speakers (`अमेरिका और यूरोपीय संघ ने कहा कि …`) each get the
    quote. A phrase whose head is no entity (`चीन के अमेरिकी राजदूत`, `चीनी विशेषज्ञों`) names an
    unnamed speaker, never the state that modifies it. A pronoun refers back
    (`ghatna.salience`).
    """
    quotes: list[Quote] = []
    previous: str | None = None
    # people named inside someone's quoted words are not who the narration goes on about
    quoted = [(c.start, c.end) for c in candidates if c.direct]
    narrated = [m for m in mentions if not any(s <= m[0] < e for s, e in quoted)]
    for cand in candidates:
        speakers: list[str] = []
        if cand.speaker and not cand.pronoun:
            speakers = _phrase_speakers(text, cand.speaker, mentions)
        elif cand.pronoun:
            ref = antecedent(text, narrated, cand.speaker[0], previous)
            speakers = [ref] if ref else []
        if not speakers:
            continue
        previous = speakers[-1]
        cue = Span(start=cand.cue[0], end=cand.cue[1], text=text[cand.cue[0]:cand.cue[1]]) if cand.cue else None
        for speaker in speakers:
            quotes.append(Quote(
                id=f"q{len(quotes)}", start=cand.start, end=cand.end, text=text[cand.start:cand.end],
                speaker=speaker, direct=cand.direct, cue=cue,
            ))
    return quotes


def without_reports(quotes: list[Quote], media: set[str]) -> list[Quote]:
    """The quotes less those whose "speaker" is a news agency or paper cited as the source of the story
    (`पीटीआई के मुताबिक़ …`, `एएफ़पी के अनुसार …`): that is the article's sourcing, not the agency's
    speech. What a medium is said to have said (`रॉयटर्स ने कहा कि …`) stays. `media`: entity ids."""
    return [q for q in quotes if not (q.speaker in media and q.cue and q.cue.text.split()[-1] in _ACCORDING_HEADS)]


def _phrase_speakers(
    text: str, phrase: tuple[int, int], mentions: list[tuple[int, int, str, str]]
) -> list[str]:
    inside = [m for m in mentions if m[0] >= phrase[0] and m[1] <= phrase[1] and m[3] != "LOC"]
    if not inside:
        return []
    head = text[inside[-1][1]:phrase[1]].split()
    if head and head[-1] in RELATIONS:
        return []  # `X के पिता ने कहा`: someone unnamed, speaking for themselves
    persons = [m for m in inside if m[3] == "PERSON"]
    if persons:
        return [persons[-1][2]]
    if head and head[0] in GENITIVE and head[-1] in _VOICES:
        return [inside[-1][2]]  # `X के (एक) प्रवक्ता`, `X के बयान`: X speaks through them
    if head and not (len(head) == 1 and head[0] in GENITIVE):  # a phrase `X का` (`X का कहना है`) is X
        # `चीनी विशेषज्ञों`, `नेपाल की विदेश मंत्री`: the state only modifies the head, an unnamed speaker
        return []
    # the last mention, and those coordinated with it (the phrase stopped at the coordinator)
    chosen = [inside[-1]]
    for m in reversed([m for m in mentions if m[1] <= inside[-1][0]]):
        if text[m[1]:chosen[0][0]].strip() not in COORDINATORS:
            break
        chosen.insert(0, m)
    return list(dict.fromkeys(m[2] for m in chosen))
