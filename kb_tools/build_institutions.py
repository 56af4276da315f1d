"""Generate data/institutions.tsv: the government, armed forces, foreign ministry and defence ministry of
every sovereign country in data/countries.tsv, named the way Hindi news names them: from the demonym
("रूसी सेना", "पाकिस्तानी सरकार") and with the genitive ("रूस की सेना", "भारत का विदेश मंत्रालय").

Ids are `gov:ISO3`, `mil:ISO3`, `mfa:ISO3`, `mod:ISO3`, so that a coder can always find a country's
government or army. Names of particular institutions (the IDF, the Pentagon as the US defence
department …) are added from EXTRA. Run: python kb_tools/build_institutions.py
"""

from __future__ import annotations

import csv

from common import DATA, unique, write_tsv

# kind: (sector, English pattern, Hindi nouns with the genitive postposition they take). The nouns after
# the first also appear in the oblique plural that news writes after a demonym ("इसराइली सैनिकों ने").
KINDS = {
    "gov": ("GOV", "Government of {}", [("सरकार", "की"), ("प्रशासन", "का"), ("हुकूमत", "की")]),
    "mil": ("MIL", "Armed Forces of {}", [
        ("सेना", "की"), ("फ़ौज", "की"), ("सशस्त्र बल", "के"), ("सैनिक", "के"), ("सेनाओं", "की"), ("सैनिकों", "के"),
        ("बलों", "के"), ("सुरक्षा बल", "के"), ("सुरक्षा बलों", "के"), ("सैन्य बल", "के"), ("फ़ौजों", "की"),
    ]),
    "mfa": ("GOV", "Ministry of Foreign Affairs of {}", [("विदेश मंत्रालय", "का")]),
    "mod": ("GOV", "Ministry of Defence of {}", [("रक्षा मंत्रालय", "का")]),
}
# Nouns also written right after the country's name, without a genitive: भारत सरकार, पाकिस्तान सेना.
BARE = {"सरकार", "सेना", "विदेश मंत्रालय", "रक्षा मंत्रालय"}
COUNTRY_NAMES = 4  # genitive forms for the first few Hindi names of a country (अमेरिका, अमरीका …)
THE = {"United States", "United Kingdom", "Netherlands", "Philippines", "Bahamas", "Gambia", "Czech Republic",
       "Dominican Republic", "Central African Republic", "United Arab Emirates", "Maldives", "Marshall Islands",
       "Solomon Islands", "Comoros", "Seychelles", "Democratic Republic of the Congo", "Republic of the Congo"}
# Particular names of some of these institutions (English name, more aliases).
EXTRA = {
    ("mil", "ISR"): ("Israel Defense Forces", "आईडीएफ़|इसराइली डिफ़ेंस फ़ोर्सेज़|इसराइली रक्षा बल|IDF|Tsahal"),
    ("mil", "USA"): ("United States Armed Forces", "यूएस आर्मी|अमेरिकी फ़ौज|US military|U.S. military"),
    ("mil", "RUS"): ("Armed Forces of the Russian Federation", "रूसी फ़ौज|Russian military|Russian army"),
    ("mil", "IND"): ("Indian Armed Forces", "भारतीय थल सेना|इंडियन आर्मी|Indian Army"),
    ("mil", "PAK"): ("Pakistan Armed Forces", "पाक सेना|पाक फ़ौज|Pakistan Army"),
    ("mil", "CHN"): ("People's Liberation Army", "पीएलए|पीपल्स लिबरेशन आर्मी|चीनी जनमुक्ति सेना|PLA"),
    ("mil", "UKR"): ("Armed Forces of Ukraine", "यूक्रेनी फ़ौज|Ukrainian army"),
    ("mil", "IRN"): ("Islamic Republic of Iran Armed Forces", "ईरानी फ़ौज|Iranian military"),
    ("mil", "SYR"): ("Syrian Armed Forces", "सीरियाई फ़ौज|Syrian army"),
    ("mil", "SSD"): ("South Sudan People's Defence Forces", "एसपीएलए|सूडान पीपल्स लिबरेशन आर्मी|SSPDF|SPLA"),
    ("mil", "MMR"): ("Tatmadaw", "तातमादॉ|म्यांमार की सैन्य सरकार|जुंटा|Myanmar military"),
    ("mod", "USA"): ("United States Department of Defense",
                     "अमेरिकी रक्षा विभाग|युद्ध विभाग|Department of Defense|Department of War|DoD"),
    ("mfa", "USA"): ("United States Department of State", "अमेरिकी विदेश विभाग|स्टेट डिपार्टमेंट|State Department"),
    ("mfa", "IND"): ("Ministry of External Affairs", "विदेश मंत्रालय (भारत)|एमईए|MEA"),
    ("mfa", "GBR"): ("Foreign, Commonwealth and Development Office", "ब्रिटिश विदेश कार्यालय|Foreign Office|FCDO"),
    ("mod", "GBR"): ("Ministry of Defence (UK)", "ब्रिटिश रक्षा मंत्रालय|MoD"),
    ("gov", "USA"): ("United States federal government",
                     "ट्रंप प्रशासन|अमेरिकी प्रशासन|वॉशिंगटन प्रशासन|Trump administration|US administration"),
    ("gov", "IND"): ("Government of India", "केंद्र सरकार|मोदी सरकार|Union government"),
    ("gov", "AFG"): ("Taliban government", "तालिबान सरकार|तालिबान प्रशासन|Taliban administration"),
    ("gov", "GBR"): ("His Majesty's Government", "ब्रितानी सरकार|UK government"),
}


def genitive(country: str, noun: str, postposition: str) -> str:
    return f"{country} {postposition} {noun}"


def main() -> None:
    with (DATA / "countries.tsv").open(encoding="utf-8") as f:
        lines = (line for line in f if not line.startswith("#"))
        countries = [r for r in csv.DictReader(lines, delimiter="\t") if r["subtype"] == "country"]
    rows = []
    for country in countries:
        iso3, name_hi, name_en = country["iso3"], country["name_hi"], country["name_en"]
        hindi_demonyms = [d for d in country["demonyms"].split("|") if d and "\u0900" <= d[0] <= "\u097f"]
        hindi_demonyms = [d for d in hindi_demonyms if not d.endswith("ियों")]
        english_demonyms = [d for d in country["demonyms"].split("|") if d and d.isascii()]
        hindi_names = [name_hi, *(a for a in country["aliases"].split("|") if a and not a.isascii())]
        hindi_names = [n for n in hindi_names if " " not in n or len(n.split()) <= 3][:COUNTRY_NAMES]
        for kind, (sector, pattern, nouns) in KINDS.items():
            noun, postposition = nouns[0]
            first = f"{hindi_demonyms[0]} {noun}" if hindi_demonyms else genitive(name_hi, noun, postposition)
            names = [f"{d} {n}" for n, _ in nouns for d in hindi_demonyms]
            names += [genitive(c, n, p) for n, p in nouns for c in hindi_names]
            names += [f"{c} {n}" for n, _ in nouns if n in BARE for c in hindi_names]
            english = pattern.format(f"the {name_en}" if name_en in THE else name_en)
            extra_en, extra_aliases = EXTRA.get((kind, iso3), ("", ""))
            if english_demonyms and kind in ("gov", "mil"):
                names.append(f"{english_demonyms[0]} {'government' if kind == 'gov' else 'military'}")
            names += extra_aliases.split("|") if extra_aliases else []
            primary_en = extra_en or english
            rows.append({
                "id": f"{kind}:{iso3}", "type": "ORG", "subtype": "state-institution", "country": iso3,
                "sector": sector, "name_hi": first, "name_en": primary_en,
                "aliases": "|".join(unique([*names, english], exclude=[first, primary_en])),
            })
    header = "generated by kb_tools/build_institutions.py from data/countries.tsv; edit that script, not this file"
    count = write_tsv(DATA / "institutions.tsv",
                      ("id", "type", "subtype", "country", "sector", "name_hi", "name_en", "aliases"), rows, header)
    print(f"institutions.tsv: {count}")


if __name__ == "__main__":
    main()
