"""Closed classes of Hindi function words that several stages read the grammar by."""

GENITIVE = frozenset({"का", "की", "के"})
POSTPOSITIONS = frozenset({"ने", "को", "से", "पर", "में", "का", "की", "के", "तक", "द्वारा", "लिए", "साथ", "बाद", "पास"})
COORDINATORS = frozenset({"और", "तथा", "एवं", ","})
NEGATORS = frozenset({"नहीं", "न", "ना", "नही", "कभी"})
# auxiliaries and particles that may follow a main verb before what it governs (कहा था कि, बताया गया कि)
AUXILIARIES = frozenset({
    "है", "हैं", "था", "थे", "थी", "थीं", "गया", "गई", "गए", "रहा", "रही", "रहे", "हुए", "हुआ", "हुई", "चुके",
    "चुका", "चुकी", "हो", "जा", "सकता", "सकते", "सकती", "भी", "ही", "तो", "कर",
})
