"""Tests for ghatna.translit: romanization, phonetic keys, name similarity and the names benchmark."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from ghatna.translit import NameIndex, best_match, match_key, name_similarity, romanize

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_names.py"


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        # world leaders and officials
        ("व्लादिमीर पुतिन", "Vladimir Putin"),
        ("दिमित्री पेस्कोव", "Dimitri Peskov"),
        ("बेंजामिन नेतन्याहू", "Benjamin Netanyahu"),
        ("शी जिनपिंग", "Shi Jinping"),
        ("ऋषि सुनक", "Rishi Sunak"),
        ("डोनाल्ड", "Donald"),  # a final cluster not ending in a sonorant loses its schwa
        # Indian names
        ("शर्मा", "Sharma"),
        ("नरेंद्र मोदी", "Narendra Modi"),
        ("राहुल गांधी", "Rahul Gandhi"),
        ("अरविंद केजरीवाल", "Arvind Kejriwal"),  # व after a consonant is w
        ("जसप्रीत बुमराह", "Jasprit Bumrah"),
        ("चंदन मिश्र", "Chandan Mishra"),  # no deletion after a closed syllable; final श्र keeps a
        ("लक्ष्मी", "Lakshmi"),
        ("संजय अंबानी", "Sanjay Ambani"),  # anusvara: n, m before a labial
        ("महेंद्र सिंह धोनी", "Mahendra Singh Dhoni"),
        ("एस जयशंकर", "S Jayshankar"),  # letter names as initials
        ("मोदी जी", "Modi Ji"),  # a trailing honorific is not an initial
        # Arabic and Urdu names: nukta consonants, the article अल-
        ("अहमद अल-शारा", "Ahmad al-Shara"),
        ("बशर अल-असद", "Bashar al-Asad"),
        ("हमैमिम", "Hamaimim"),
        ("मोहम्मद रिज़वान", "Mohammad Rizwan"),
        ("बेनज़ीर भुट्टो", "Benazir Bhutto"),
        ("शहबाज़ शरीफ़", "Shahbaz Sharif"),
        ("अयातुल्लाह अली ख़ामेनेई", "Ayatullah Ali Khamenei"),
        ("मिर्ज़ा ग़ालिब", "Mirza Ghalib"),
        ("रहमानउल्लाह गुरबाज़", "Rahmanullah Gurbaz"),
        ("शकिब अल हसन", "Shakib Al Hasan"),  # a free-standing अल is a name word
        ("क्विंटन डिकॉक", "Kwintan Dikok"),  # ऑ → o
    ],
)
def test_romanize(hindi: str, english: str) -> None:
    assert romanize(hindi) == english


def test_romanize_passes_latin_through() -> None:
    assert romanize("Joe Biden") == "Joe Biden"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ट्रंप", "ट्रम्प"),
        ("इसराइल", "इज़राइल"),
        ("मोहम्मद", "Mohammad"),
        ("मोहम्मद", "Mohamad"),
        ("रिज़वान", "Rizwan"),
        ("भुवनेश्वर", "Bhuvneshwar"),
        ("बुमराह", "Bumrah"),
        ("शाह", "Shah"),
        ("क्रॉली", "Crawley"),
        ("फ़ारूक़", "Farooq"),
        ("थॉमस", "Thomas"),
        ("इजराइल", "Israel"),
        ("जैदुर", "Zaidur"),
        ("Pooran", "पूरन"),
    ],
)
def test_key_equal_for_spelling_variants(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_key_keeps_different_names_apart() -> None:
    assert match_key("रहमान") != match_key("रमन")
    assert match_key("Khan") != match_key("Kahn")


@pytest.mark.parametrize(
    ("hindi", "right", "wrong"),
    [
        ("व्लादिमीर पुतिन", "Vladimir Putin", "Vladimir Zelensky"),
        ("आर गुरबाज़", "Rahmanullah Gurbaz", "Rahmat Shah"),  # initial vs full given name
        ("सुनील नारायण", "Narine, SP", "Narayan Jagadeesan"),  # "Surname, Initials" form
        ("हार्दिक पंड्या", "Pandya, HH", "Pandya, KH"),  # the first given name is the one used
        ("जसप्रीत बुमराह", "Bumrah, JJ", "Jasprit Singh"),  # the surname decides most
        ("एम रिज़वान", "Mohammad Rizwan", "Mohammad Nabi"),
    ],
)
def test_similarity_ordering(hindi: str, right: str, wrong: str) -> None:
    assert name_similarity(hindi, right) > name_similarity(hindi, wrong)


def test_similarity_range() -> None:
    assert name_similarity("व्लादिमीर पुतिन", "Vladimir Putin") == pytest.approx(1.0)
    assert 0.0 <= name_similarity("हमास", "Benjamin Netanyahu") < 0.5


def test_best_match() -> None:
    candidates = ["Vladimir Putin", "Volodymyr Zelenskyy", "Donald Trump", "Benjamin Netanyahu", "Narendra Modi"]
    assert best_match("ज़ेलेंस्की", candidates, threshold=0.5) == ("Volodymyr Zelenskyy", pytest.approx(0.9, abs=0.1))
    assert best_match("डोनाल्ड ट्रंप", candidates, threshold=0.8)[0] == "Donald Trump"
    assert best_match("मोदी जी", candidates, threshold=0.8)[0] == "Narendra Modi"
    assert best_match("अहमद अल-शारा", candidates, threshold=0.8) is None


def test_name_index_ranked() -> None:
    index = NameIndex(["Mohammad Rizwan", "Mohammad Nabi", "Mohammad Hafeez", "Rizwan Ahmed"])
    ranked = index.ranked("मोहम्मद रिज़वान", limit=2)
    assert ranked[0][0] == "Mohammad Rizwan"
    assert ranked[0][1] > ranked[1][1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_names", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_names"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (DATASETS / "names").is_dir(), reason="shared datasets not present")
@pytest.mark.parametrize("column", ["hindi_name", "hindi_long_name"])
def test_cricketers_benchmark(column: str) -> None:
    bench = _bench()
    result = bench.score(column, bench.cricketer_pairs(DATASETS)[column])
    assert result.total > 350
    assert result.accuracy >= 0.90, f"{column}: {result.accuracy:.3f}"
