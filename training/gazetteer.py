"""GPE gazetteer used to split the corpora's single location label into GPE and LOC.

IL-NER (NEL) and HiNER (LOCATION) do not separate political entities from other
places. Training spans whose text is a country (shared MIT gazetteer), an Indian
state/UT or a well-known city (the hand-written list below) become GPE, every
other location stays LOC; the NER then learns the split from context.
"""

from __future__ import annotations

import csv
from pathlib import Path

from spacy.tokens import Doc, Span

from training.corpora import norm_text

# Common spellings missing from the country gazetteer, Indian states/UTs and
# large cities, written for this project (Hindi spelling variants included).
EXTRA_GPE = """
अमेरिका अमरीका अमरिका संयुक्त_राज्य_अमेरिका यूएस यूएसए ब्रिटेन इंग्लैंड इंगलैंड स्कॉटलैंड वेल्स रूस
चीन पाकिस्तान नेपाल बांग्लादेश श्रीलंका अफ़ग़ानिस्तान अफगानिस्तान ईरान इराक़ इराक सीरिया इसराइल इज़रायल
इस्राइल फ़लस्तीन फलस्तीन फ़िलिस्तीन फिलिस्तीन सऊदी_अरब तुर्की यूक्रेन जर्मनी फ्रांस फ़्रांस इटली स्पेन जापान
कोरिया उत्तर_कोरिया दक्षिण_कोरिया म्यांमार बर्मा भूटान मालदीव कनाडा मैक्सिको मेक्सिको ब्राज़ील ब्राजील
ऑस्ट्रेलिया आस्ट्रेलिया न्यूज़ीलैंड न्यूजीलैंड दक्षिण_अफ़्रीका दक्षिण_अफ्रीका मिस्र लीबिया यमन क़तर कतर
जॉर्डन लेबनान हिंदुस्तान हिन्दुस्तान भारत
उत्तर_प्रदेश मध्य_प्रदेश हिमाचल_प्रदेश आंध्र_प्रदेश अरुणाचल_प्रदेश बिहार झारखंड झारखण्ड छत्तीसगढ़ उत्तराखंड
उत्तराखण्ड राजस्थान गुजरात महाराष्ट्र गोवा कर्नाटक केरल तमिलनाडु तमिल_नाडु तेलंगाना ओडिशा उड़ीसा पश्चिम_बंगाल
बंगाल असम मेघालय मणिपुर मिज़ोरम मिजोरम नगालैंड नागालैंड त्रिपुरा सिक्किम पंजाब हरियाणा जम्मू_कश्मीर
जम्मू-कश्मीर जम्मू कश्मीर लद्दाख दिल्ली नई_दिल्ली पुडुचेरी चंडीगढ़ अंडमान_निकोबार लक्षद्वीप
मुंबई बंबई कोलकाता कलकत्ता चेन्नई मद्रास बेंगलुरु बंगलौर बैंगलोर हैदराबाद अहमदाबाद पुणे सूरत जयपुर लखनऊ कानपुर
नागपुर इंदौर भोपाल पटना वडोदरा लुधियाना आगरा नासिक मेरठ वाराणसी बनारस प्रयागराज इलाहाबाद अमृतसर रांची
रायपुर श्रीनगर देहरादून शिमला गुवाहाटी भुवनेश्वर तिरुवनंतपुरम कोच्चि मैसूर गोरखपुर अयोध्या मथुरा गया नोएडा
गुड़गांव गुरुग्राम गाज़ियाबाद गाजियाबाद फ़रीदाबाद फरीदाबाद जोधपुर उदयपुर कोटा अजमेर बीकानेर ग्वालियर जबलपुर
इस्लामाबाद कराची लाहौर ढाका काठमांडू कोलंबो काबुल तेहरान बग़दाद बगदाद दमिश्क़ दमिश्क बीजिंग शंघाई मॉस्को
मास्को लंदन पेरिस बर्लिन रोम वॉशिंगटन वाशिंगटन न्यूयॉर्क टोक्यो सोल दुबई रियाद यरूशलम येरुशलम काहिरा
अंकारा इस्तांबुल कीव सिडनी मेलबर्न टोरंटो
"""


def key(text: str) -> str:
    """Spelling-insensitive key: no nukta, chandrabindu as anusvara, no spaces/hyphens."""
    text = norm_text(text).replace("\u093c", "").replace("\u0901", "\u0902")
    return "".join(ch for ch in text if ch not in " -_")


def load_gpe(data: Path) -> set[str]:
    names = {key(w) for w in EXTRA_GPE.split()}
    tsv = data / "gazetteers" / "country-names-hi-en.tsv"
    if tsv.exists():
        with tsv.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                names.add(key(row["name_hi"]))
    return names


def relabel_gpe(doc: Doc, gpe: set[str]) -> Doc:
    """LOC spans that are gazetteer GPEs become GPE (in place)."""
    ents = []
    for ent in doc.ents:
        if ent.label_ == "LOC" and key(ent.text.strip(",.;:()'\"")) in gpe:
            ent = Span(doc, ent.start, ent.end, label="GPE")
        ents.append(ent)
    doc.ents = ents
    return doc
