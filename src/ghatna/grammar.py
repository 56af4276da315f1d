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
# people named by their kinship to someone, or their lawyers (`X के पिता`, `X के वकील`), who act and speak
# on their own account, not their relation's
RELATIONS = frozenset({
    "पिता", "पिताजी", "माता", "मां", "माँ", "पत्नी", "पति", "बेटा", "बेटे", "बेटी", "बेटों", "बेटियों", "भाई", "भाइयों",
    "बहन", "बहनों", "परिवार", "परिवारवालों", "परिजन", "परिजनों", "रिश्तेदार", "रिश्तेदारों", "वकील", "वकीलों",
    "चाचा", "चाची", "मामा", "मामी", "ताऊ", "ताई", "दादा", "दादी", "नाना", "नानी", "ससुर", "सास", "बहनोई", "जीजा",
    "भतीजा", "भतीजे", "भतीजी", "भांजा", "भांजे", "भांजी", "पोता", "पोते", "पोती", "भाभी", "बहू", "दामाद",
})
