"""PLOVER event coding from Hindi grammar.

A predicate from the event lexicon (`data/events.tsv`: a noun or verb with the light verb that
completes it, the PLOVER type, the postpositions that mark its target) is found in a sentence; its
roles come from Hindi case marking around it:

- source: the phrase marked by ने (perfective agent), by द्वारा / की ओर से (passive agent), or else the
  unmarked subject of the clause;
- target: the phrase marked by the predicate's own postpositions (X से मुलाकात, X की प्रशंसा, X पर
  हमला, X को धमकी, X के खिलाफ प्रदर्शन);
- location: a place marked by में in the sentence; date: a date expression of the sentence.

Roles resolve to entities through their mentions; coordinated phrases (X और Y ने …) give one event per
conjunct. Negation (नहीं, न) and modality (future or intended, hypothetical, reported) are read from
the predicate's surroundings. One real-world event stated twice (same type, source and target) is
one event.

Modules: `lexicon` (predicates and where they occur), `phrases` (the clause and its case-marked
phrases), `discourse` (roles from quotes and earlier sentences), `coder` (one article's events).
"""

from ghatna.events.coder import code_events

__all__ = ["code_events"]
