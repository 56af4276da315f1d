"""Generate data/countries.tsv, data/cities.tsv and data/world-regions.tsv.

Sources: the ISO 3166 gazetteer (../shared/datasets/gazetteers: ISO2, English and Hindi names), CLDR via
Babel (ISO alpha-3 codes, Hindi territory names, the Hindi names of the time-zone exemplar cities and
of the world regions), and the hand-written facts in country_facts.py (capitals, Wikidata ids, Hindi
news spellings, demonyms). Run: python kb_tools/build_countries.py
"""

from __future__ import annotations

import csv

import babel
from babel import Locale
from babel.core import get_cldr_version, get_global
from common import DATA, GAZETTEER, key, slug, unique, write_tsv
from country_facts import FACTS, TERRITORIES

# CLDR lists several alpha-3 aliases for these; the current ISO code is the one we want. Kosovo has no ISO
# code: XKX is the user-assigned code the EU, IMF and World Bank use.
ISO3 = {"MM": "MMR", "CD": "COD", "DE": "DEU", "FR": "FRA", "TL": "TLS", "YE": "YEM", "XK": "XKX"}
# The names Hindi news uses most, where the gazetteer's and CLDR's differ from them.
PRIMARY = {
    "US": ("अमेरिका", "United States"), "GB": ("ब्रिटेन", "United Kingdom"),
    "CD": ("कांगो लोकतांत्रिक गणराज्य", "Democratic Republic of the Congo"),
    "CG": ("कांगो गणराज्य", "Republic of the Congo"), "PS": ("फ़लस्तीन", "Palestine"),
    "HK": ("हांगकांग", "Hong Kong"), "MO": ("मकाउ", "Macau"), "SZ": ("एस्वातिनी", "Eswatini"),
}
CAPITAL_QIDS = {
    "Moscow": "Q649", "London": "Q84", "Paris": "Q90", "Berlin": "Q64", "Beijing": "Q956", "Tokyo": "Q1490",
    "New Delhi": "Q987", "Washington, D.C.": "Q61", "Rome": "Q220", "Madrid": "Q2807", "Kyiv": "Q1899",
    "Tehran": "Q3616", "Cairo": "Q85", "Jerusalem": "Q1218", "Seoul": "Q8684", "Bangkok": "Q1861",
    "Jakarta": "Q3630", "Mexico City": "Q1489", "Buenos Aires": "Q1486", "Warsaw": "Q270", "Vienna": "Q1741",
    "Prague": "Q1085", "Budapest": "Q1781", "Athens": "Q1524", "Stockholm": "Q1754", "Oslo": "Q585",
    "Helsinki": "Q1757", "Copenhagen": "Q1748", "Amsterdam": "Q727", "Lisbon": "Q597", "Dublin": "Q1761",
    "Brussels": "Q239", "Ankara": "Q3640", "Islamabad": "Q1362", "Kabul": "Q5838", "Dhaka": "Q1354",
    "Damascus": "Q3766", "Baghdad": "Q1530", "Riyadh": "Q3692", "Beirut": "Q3820", "Kathmandu": "Q3037",
    "Ottawa": "Q1930", "Canberra": "Q3114", "Brasília": "Q2844", "Pretoria": "Q3926", "Nairobi": "Q3870",
    "Havana": "Q1563", "Manila": "Q1461", "Hanoi": "Q1858", "Taipei": "Q1867", "Minsk": "Q2280",
    "Tbilisi": "Q994", "Yerevan": "Q1953",
}
# Time zones whose exemplar "city" is an island, an island group, a territory or a base, not a city.
NOT_CITIES = {"Canary", "Galapagos", "Faroe", "Azores", "Madeira", "Bermuda", "Easter", "Reunion", "Cape_Verde",
              "Chagos", "Christmas", "Cocos", "Kerguelen", "Norfolk", "Marquesas", "Gambier", "Guam", "Saipan",
              "Chatham", "Chuuk", "Pohnpei", "Kosrae", "Kiritimati", "Enderbury", "Kanton", "Wake", "Midway",
              "Johnston", "Pitcairn", "Mahe", "South_Georgia", "Stanley", "St_Helena", "Mayotte", "Comoro",
              "Maldives", "Mauritius", "Antigua", "Cayman", "Curacao", "Guadeloupe", "Martinique", "St_Kitts",
              "St_Thomas", "St_Vincent", "Tortola", "Nauru", "Tarawa", "Efate", "Guadalcanal", "Tahiti", "Tongatapu",
              "Wallis", "Fakaofo", "Rarotonga", "Kwajalein", "Bougainville", "Thule", "St_Barthelemy", "Montserrat",
              "Anguilla", "Aruba", "Dominica", "Grenada", "St_Lucia", "Barbados"}
# The names Hindi news gives the CLDR world regions besides CLDR's own.
REGION_ALIASES = {
    "034": "दक्षिण एशिया|दक्षिण एशियाई क्षेत्र|South Asia", "145": "पश्चिम एशिया|पश्चिमी एशियाई क्षेत्र|West Asia",
    "035": "दक्षिण पूर्व एशिया|दक्षिणपूर्व एशिया|Southeast Asia", "030": "पूर्व एशिया|East Asia",
    "143": "मध्य एशियाई क्षेत्र", "150": "योरप|यूरोप महाद्वीप", "002": "अफ्रीका|अफ़्रीका महाद्वीप|अफ़्रीकी महाद्वीप",
    "151": "पूर्व यूरोप|East Europe", "155": "पश्चिम यूरोप", "015": "उत्तर अफ़्रीका", "014": "पूर्व अफ़्रीका",
    "011": "पश्चिम अफ़्रीका", "419": "लातिन अमेरिका|लातीनी अमेरिका", "202": "सब-सहारा अफ़्रीका",
}
# Spellings Hindi news uses for CLDR exemplar cities besides CLDR's own.
CITY_ALIASES = {
    "Kolkata": "कलकत्ता|Calcutta", "New York": "न्यूयार्क|न्यूयॉर्क सिटी|न्यूयॉर्क शहर|NYC|New York City",
    "Istanbul": "इस्तानबुल|इस्तांबूल", "Aden": "अदन", "Los Angeles": "लॉस एंजेलिस|एलए", "Urumqi": "उरुमची",
    "Volgograd": "स्टालिनग्राद|Stalingrad", "Simferopol": "सिमफ़रोपोल", "Karachi": "करांची",
    "Gaza": "ग़ज़ा शहर|ग़ज़ा सिटी|गाजा सिटी|Gaza City", "Yangon": "यंगून|Rangoon", "Hebron": "अल-ख़लील|हेबरोन",
    "Zurich": "ज्यूरिख|Zürich",
}
COUNTRY_COLUMNS = ("id", "type", "subtype", "qid", "iso2", "iso3", "name_hi", "name_en", "aliases", "capital",
                   "demonyms")
CITY_COLUMNS = ("id", "type", "subtype", "qid", "country", "name_hi", "name_en", "aliases")


def parse_facts() -> dict[str, list[str]]:
    facts = {}
    for line in FACTS.strip().splitlines():
        fields = [f.strip() for f in line.split(";")]
        assert len(fields) == 7, line
        facts[fields[0]] = fields[1:]
    return facts


def split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def plain(name: str) -> list[str]:
    """CLDR-style names made plain: "Myanmar (Burma)" → Myanmar, Burma; "Bosnia & Herzegovina" → "… and …"."""
    name = name.replace("&", "and").replace("’", "'")
    if " (" in name:
        head, _, rest = name.partition(" (")
        rest = rest.rstrip(")")
        return [head] if any(w in rest for w in ("SAR", "China", "चीन", "क्षेत्र")) else [head, rest]
    return [name]


def oblique_plurals(demonyms: list[str]) -> list[str]:
    """रूसी → रूसियों: Hindi demonym nouns ending in ी are very often written in the oblique plural."""
    return [d[:-1] + "ियों" for d in demonyms if d.endswith("ी") and "\u0900" <= d[0] <= "\u097f"]


def main() -> None:
    hi, en = Locale("hi"), Locale("en")
    alpha3: dict[str, str] = {}
    for code, targets in get_global("territory_aliases").items():
        if len(code) == 3 and code.isalpha() and len(targets) == 1:
            alpha3.setdefault(targets[0], code)
    alpha3.update(ISO3)
    facts = parse_facts()
    with GAZETTEER.open(encoding="utf-8") as f:
        gazetteer = list(csv.DictReader(f, delimiter="\t"))
    # Places that have facts but are not ISO 3166 entries (Kosovo): named from CLDR.
    known = {row["iso2"] for row in gazetteer}
    gazetteer += [{"iso2": c, "name_en": en.territories[c], "name_hi": hi.territories[c]}
                  for c in facts if c not in known]

    countries, cities, capital_keys = [], [], set()
    for row in gazetteer:
        iso2 = row["iso2"]
        iso3 = alpha3[iso2]
        qid, cap_en, cap_hi, hi_variants, demonyms, en_aliases = facts.get(iso2, [""] * 6)
        primary_hi, primary_en = PRIMARY.get(iso2, ("", ""))
        names_hi = [primary_hi, *plain(row["name_hi"]), *plain(hi.territories.get(iso2, "")), *split(hi_variants)]
        names_en = [primary_en, *plain(row["name_en"]), *plain(en.territories.get(iso2, "")), *split(en_aliases)]
        demonym_list = split(demonyms)
        demonym_list = unique([*demonym_list, *oblique_plurals(demonym_list)], exclude=[*names_hi, *names_en])
        capital = ""
        if cap_en:
            capital = f"city:{slug(cap_en)}"
            cap_names = split(cap_hi)
            cities.append({
                "id": capital, "type": "GPE", "subtype": "capital", "qid": CAPITAL_QIDS.get(cap_en, ""),
                "country": iso3, "name_hi": cap_names[0], "name_en": cap_en,
                "aliases": "|".join(unique(cap_names[1:], exclude=[cap_names[0], cap_en])),
            })
            capital_keys.update(key(n) for n in (cap_en, *cap_names))
        names_hi, names_en = unique(names_hi), unique(names_en)
        countries.append({
            "id": iso3, "type": "GPE",
            "subtype": "territory" if iso2 in TERRITORIES or iso2 not in facts else "country",
            "qid": qid, "iso2": iso2, "iso3": iso3, "name_hi": names_hi[0], "name_en": names_en[0],
            "aliases": "|".join(unique([*names_hi[1:], *names_en[1:]], exclude=[names_hi[0], names_en[0]])),
            "capital": capital, "demonyms": "|".join(demonym_list),
        })

    country_keys = {key(n) for c in countries for n in (c["name_hi"], c["name_en"], *split(c["aliases"]))}
    zone_territory = get_global("zone_territories")
    en_zones = en.time_zones
    ids = {c["id"] for c in cities}
    for zone, info in sorted(hi.time_zones.items()):
        area, _, place = zone.rpartition("/")
        city_hi = info.get("city")
        if not city_hi or area.startswith(("Antarctica", "Etc")) or place in NOT_CITIES:
            continue
        city_en = en_zones.get(zone, {}).get("city") or place.replace("_", " ")
        iso2 = zone_territory.get(zone, "")
        if iso2 not in alpha3 or key(city_hi) in country_keys or key(city_hi) in capital_keys:
            continue
        city_id = f"city:{slug(city_en)}"
        same = next((c for c in cities if c["id"] == city_id or (
            c["country"] == alpha3[iso2] and key(c["name_en"]) == key(city_en))), None)
        if same and same["country"] == alpha3[iso2]:  # a capital CLDR spells differently: one more alias
            same["aliases"] = "|".join(unique([*split(same["aliases"]), city_hi], exclude=[same["name_hi"]]))
            continue
        if same:
            city_id = f"{city_id}-{alpha3[iso2].lower()}"
        ids.add(city_id)
        cities.append({"id": city_id, "type": "GPE", "subtype": "city", "country": alpha3[iso2],
                       "name_hi": city_hi, "name_en": city_en,
                       "aliases": "|".join(unique(split(CITY_ALIASES.get(city_en, "")), exclude=[city_hi, city_en]))})

    regions = []
    for code, name_hi in sorted(hi.territories.items()):
        if code.isdigit() and code != "001":
            regions.append({"id": f"region:{slug(en.territories[code])}", "type": "LOC", "subtype": "world-region",
                            "name_hi": name_hi, "name_en": en.territories[code],
                            "aliases": "|".join(unique(REGION_ALIASES.get(code, "").split("|"),
                                                       exclude=[name_hi, en.territories[code]]))})

    header = (f"generated by kb_tools/build_countries.py from the ISO 3166 gazetteer, CLDR {get_cldr_version()} "
              f"(Babel {babel.__version__}) and kb_tools/country_facts.py; edit those, not this file")
    n1 = write_tsv(DATA / "countries.tsv", COUNTRY_COLUMNS, countries, header)
    n2 = write_tsv(DATA / "cities.tsv", CITY_COLUMNS, cities, header)
    n3 = write_tsv(DATA / "world-regions.tsv", ("id", "type", "subtype", "name_hi", "name_en", "aliases"),
                   regions, header)
    print(f"countries.tsv: {n1}, cities.tsv: {n2}, world-regions.tsv: {n3}")


if __name__ == "__main__":
    main()
