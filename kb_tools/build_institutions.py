"""Generate data/institutions.tsv, named the way Hindi news names them, from the demonym ("रूसी सेना",
"पाकिस्तानी सरकार"), with the genitive ("रूस की सेना", "भारत का विदेश मंत्रालय") and in the oblique plural:

- for every sovereign country of data/countries.tsv: its government, armed forces, foreign, defence
  and interior ministries and police, with ids `gov:ISO3`, `mil:ISO3`, `mfa:ISO3`, `mod:ISO3`,
  `moi:ISO3`, `cop:ISO3`, so that a coder can always find a country's government or army; names of
  particular institutions (the IDF, the US Department of Defense …) come from EXTRA;
- for every state of India and province of Pakistan in data/subdivisions.tsv: its government and
  police (`gov:in-up`, `cop:pk-pb`).

Run: python kb_tools/build_institutions.py
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
    # an embassy speaks for its foreign ministry: "अमेरिकी दूतावास ने कहा" is the US government speaking
    "mfa": ("GOV", "Ministry of Foreign Affairs of {}", [("विदेश मंत्रालय", "का"), ("दूतावास", "का")]),
    "mod": ("GOV", "Ministry of Defence of {}", [("रक्षा मंत्रालय", "का")]),
    "moi": ("GOV", "Ministry of the Interior of {}", [("गृह मंत्रालय", "का"), ("आंतरिक मंत्रालय", "का")]),
    "cop": ("COP", "Police of {}", [("पुलिस", "की"), ("पुलिसकर्मियों", "के")]),
}
# Nouns also written right after the country's name, without a genitive: भारत सरकार, पाकिस्तान सेना.
BARE = {"सरकार", "सेना", "विदेश मंत्रालय", "रक्षा मंत्रालय", "गृह मंत्रालय", "पुलिस"}
COUNTRY_NAMES = 4  # genitive forms for the first few Hindi names of a country (अमेरिका, अमरीका …)
STATE_COUNTRIES = {"IND", "PAK"}
STATE_KINDS = [
    ("gov", "GOV", "Government of {}", [("सरकार", "की"), ("राज्य सरकार", "की"), ("प्रशासन", "का")]),
    ("cop", "COP", "{} Police", [("पुलिस", "की"), ("पुलिसकर्मियों", "के")]),
]
ENGLISH_NOUNS = {"gov": "government", "mil": "military", "cop": "police"}
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
    ("mfa", "IND"): ("Ministry of External Affairs", "एमईए|MEA"),
    ("mfa", "GBR"): ("Foreign, Commonwealth and Development Office", "ब्रिटिश विदेश कार्यालय|Foreign Office|FCDO"),
    ("mod", "GBR"): ("Ministry of Defence (UK)", "ब्रिटिश रक्षा मंत्रालय|MoD"),
    ("moi", "IND"): ("Ministry of Home Affairs", "केंद्रीय गृह मंत्रालय|एमएचए|MHA"),
    ("moi", "GBR"): ("Home Office", "ब्रिटिश गृह मंत्रालय|होम ऑफ़िस"),
    ("moi", "USA"): ("United States Department of Homeland Security", "होमलैंड सिक्योरिटी विभाग|डीएचएस|DHS"),
    ("cop", "ISR"): ("Israel Police", "इसराइली पुलिस"),
    ("gov", "USA"): ("United States federal government",
                     "ट्रंप प्रशासन|अमेरिकी प्रशासन|वॉशिंगटन प्रशासन|Trump administration|US administration"),
    ("gov", "IND"): ("Government of India", "केंद्र सरकार|मोदी सरकार|Union government"),
    ("gov", "AFG"): ("Taliban government", "तालिबान सरकार|तालिबान प्रशासन|Taliban administration"),
    ("gov", "GBR"): ("His Majesty's Government", "ब्रितानी सरकार|UK government"),
}


def genitive(country: str, noun: str, postposition: str) -> str:
    return f"{country} {postposition} {noun}"


def read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def state_institutions() -> list[dict[str, str]]:
    """The government and police of each state of India and province of Pakistan (उत्तर प्रदेश सरकार,
    बिहार पुलिस, पंजाब की सरकार): subdivisions.tsv's states, union territories and provinces."""
    rows = []
    for state in read("subdivisions.tsv"):
        if state["country"] not in STATE_COUNTRIES or state["subtype"] not in {"state", "union-territory", "province"}:
            continue
        names_hi = [n for n in (state["name_hi"], *state["aliases"].split("|")) if n and not n.isascii()]
        names_hi = [n.partition(" (")[0] for n in names_hi]  # पंजाब (पाकिस्तान) → पंजाब
        code = state["id"].partition(":")[2]
        for kind, sector, english, nouns in STATE_KINDS:
            if state["country"] == "PAK":  # a province's government is प्रांतीय, not राज्य
                nouns = [(n.replace("राज्य", "प्रांतीय"), p) for n, p in nouns]
            names = [f"{n} {noun}" for noun, _ in nouns for n in names_hi]
            names += [genitive(n, noun, p) for noun, p in nouns for n in names_hi]
            rows.append({
                "id": f"{kind}:{code}", "type": "ORG", "subtype": "state-institution", "country": state["country"],
                "sector": sector, "name_hi": names[0], "name_en": english.format(state["name_en"].partition(" (")[0]),
                "aliases": "|".join(unique(names[1:], exclude=[names[0]])),
            })
    return rows


def main() -> None:
    countries = [r for r in read("countries.tsv") if r["subtype"] == "country"]
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
            if english_demonyms and kind in ENGLISH_NOUNS:
                names.append(f"{english_demonyms[0]} {ENGLISH_NOUNS[kind]}")
            names += extra_aliases.split("|") if extra_aliases else []
            primary_en = extra_en or english
            rows.append({
                "id": f"{kind}:{iso3}", "type": "ORG", "subtype": "state-institution", "country": iso3,
                "sector": sector, "name_hi": first, "name_en": primary_en,
                "aliases": "|".join(unique([*names, english], exclude=[first, primary_en])),
            })
    rows += state_institutions()
    header = ("generated by kb_tools/build_institutions.py from data/countries.tsv and data/subdivisions.tsv; "
              "edit those or the script, not this file")
    count = write_tsv(DATA / "institutions.tsv",
                      ("id", "type", "subtype", "country", "sector", "name_hi", "name_en", "aliases"), rows, header)
    print(f"institutions.tsv: {count}")


if __name__ == "__main__":
    main()
