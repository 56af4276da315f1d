"""The knowledge base: packaged data, lookup of Hindi news spellings, validation of user files, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ghatna.kb import DATA_DIR, KBError, KnowledgeBase
from ghatna.kb.base import _load, _read
from ghatna.kb.cli import kb_app
from ghatna.kb.keys import _word_key, key

HEADER = "id\ttype\tname_hi\tname_en\tcountry\tsector\n"


@pytest.fixture(autouse=True)
def user_kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own, empty user KB directory and its own cache of compiled KBs."""
    directory = tmp_path / "user-kb"
    monkeypatch.setenv("GHATNA_KB_DIR", str(directory))
    monkeypatch.setenv("GHATNA_CACHE_DIR", str(tmp_path / "cache"))
    return directory


def forget() -> None:
    """Drop the in-memory caches, as a new process starts."""
    _load.cache_clear()
    _read.cache_clear()
    key.cache_clear()
    _word_key.cache_clear()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(user=Path("/nonexistent"))


def ids(records) -> list[str]:
    return [r.id for r in records]


def test_packaged_kb_is_large_and_cached(tmp_path: Path) -> None:
    # load time is a benchmark (benchmarks/bench_kb.py), not a timed test
    forget()
    kb = KnowledgeBase.load()  # parses, checks and indexes, then writes the compiled KB
    assert len(kb) > 3000
    assert len(kb.countries) >= 249
    assert KnowledgeBase.load() is kb  # loaded once per process
    forget()
    warm = KnowledgeBase.load()  # a new process: the compiled KB from disk
    assert len(warm) == len(kb) and warm.lookup("रूसी")[0].id == "RUS"
    assert len(list((tmp_path / "cache").glob("kb-*.pickle"))) == 1


def test_compiled_kb_follows_edits_and_survives_damage(tmp_path: Path, user_kb: Path) -> None:
    user_kb.mkdir()
    mine = write(user_kb / "mine.tsv", "org:x-one\tORG\tएक्स वन\tX One\tIND\tGOV\n")
    assert ids(KnowledgeBase.load().lookup("एक्स वन")) == ["org:x-one"]
    write(mine, "org:x-one\tORG\tएक्स वन\tX One\tIND\tGOV\norg:x-two\tORG\tएक्स टू\tX Two\tIND\tGOV\n")
    forget()
    assert ids(KnowledgeBase.load().lookup("एक्स टू")) == ["org:x-two"]
    for compiled in (tmp_path / "cache").glob("kb-*.pickle"):
        compiled.write_bytes(b"not a pickle")
    forget()
    assert ids(KnowledgeBase.load().lookup("एक्स टू")) == ["org:x-two"]


def test_packaged_files_are_nfc() -> None:
    for path in DATA_DIR.glob("*.tsv"):
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), path.name


@pytest.mark.parametrize(("a", "b"), [
    ("ट्रम्प", "ट्रंप"), ("मॉस्को", "मास्को"), ("फ्रान्स", "फ्रांस"), ("इज़राइल", "इजराइल"), ("अल-असद", "अल असद"),
    ("यू.एन.", "यूएन"), ("सीपीआई (एम)", "सीपीआई-एम"), ("Putin", "putin"), ("जी२०", "जी20"),
])
def test_key_folds_spelling_variants(a: str, b: str) -> None:
    assert key(a) == key(b)


@pytest.mark.parametrize(("a", "b"), [("अन्य", "अंय"), ("उम्र", "उंर"), ("इराक", "ईरान")])
def test_key_keeps_real_differences(a: str, b: str) -> None:
    assert key(a) != key(b)


def test_key_is_the_key_of_the_whole_name() -> None:
    """`key` keys word by word; that must equal keying the whole string at once."""
    from ghatna.kb import keys
    from ghatna.normalize import fold

    def whole(name: str) -> str:
        folded = fold(keys._DASH.sub(" ", keys._DOTS.sub("", name)))
        return keys._NASAL.sub("ं", folded.translate(keys._VOWELS))

    names = [n for r in KnowledgeBase.load() for n in r.names]
    names += ["यू. एस.", "  a  b ", "...", "x\u200by", "a\u00a0b", "ट्रम्प-ट्रंप", "Straße", "İstanbul", "जी२०"]
    assert [n for n in names if key(n) != whole(n)] == []


@pytest.mark.parametrize(("name", "expected"), [
    ("अमरीका", "USA"), ("अमेरिका", "USA"), ("संयुक्त राज्य", "USA"), ("अमरीकी", "USA"), ("अमेरिकियों", "USA"),
    ("United States", "USA"), ("u.s.", "USA"), ("रूसी", "RUS"), ("रूस", "RUS"), ("Russia", "RUS"),
    ("इसराइल", "ISR"), ("इज़राइल", "ISR"), ("इजरायल", "ISR"), ("इसराइली", "ISR"), ("सीरियाई", "SYR"),
    ("पाकिस्तानी", "PAK"), ("फ्रान्स", "FRA"), ("आस्ट्रेलिया", "AUS"), ("ब्रितानी", "GBR"),
])
def test_country_names_variants_and_demonyms(kb: KnowledgeBase, name: str, expected: str) -> None:
    assert ids(kb.lookup(name))[0] == expected


def test_cities_with_spelling_variants(kb: KnowledgeBase) -> None:
    assert ids(kb.lookup("मॉस्को"))[0] == ids(kb.lookup("मास्को"))[0] == "city:moscow"
    assert kb.get("RUS").capital == "city:moscow"
    assert kb.lookup("दमिश्क़")[0].country == "SYR"


@pytest.mark.parametrize(("name", "record_id", "country", "sector"), [
    ("क्रेमलिन", "org:kremlin", "RUS", "GOV"),
    ("व्हाइट हाउस", "org:white-house", "USA", "GOV"),
    ("पेंटागन", "org:pentagon", "USA", "MIL"),
    ("डाउनिंग स्ट्रीट", "org:downing-street", "GBR", "GOV"),
    ("साउथ ब्लॉक", "org:south-block", "IND", "GOV"),
])
def test_metonyms_are_government_orgs(kb: KnowledgeBase, name: str, record_id: str, country: str, sector: str) -> None:
    record = kb.lookup(name)[0]
    assert (record.id, record.type, record.country, record.sector) == (record_id, "ORG", country, sector)


def test_people_with_offices(kb: KnowledgeBase) -> None:
    putin = kb.lookup("व्लादिमीर पुतिन")[0]
    assert putin.id == "person:vladimir-putin" and putin.type == "PERSON" and putin.country == "RUS"
    assert putin.office == "title:president" and putin.start and not putin.end
    assert kb.lookup("पुतिन")[0] is putin and kb.lookup("Vladimir Putin")[0] is putin
    assert ids(kb.lookup("ट्रंप"))[0] == ids(kb.lookup("ट्रम्प"))[0] == "person:donald-trump"
    assert ids(kb.lookup("नेतन्याहू"))[0] == "person:benjamin-netanyahu"
    assert kb.lookup("बशर अल-असद")[0].end  # a past office-holder who still appears in the news


def test_titles_and_office_holders(kb: KnowledgeBase) -> None:
    assert ids(kb.title("राष्ट्रपति")) == ["title:president"]
    assert ids(kb.title("विदेश मंत्री")) == ["title:foreign-minister"]
    assert kb.holders("title:president", "RUS")[0].id == "person:vladimir-putin"
    assert kb.holders("title:president", "SYR", on="2026-01-28")[0].id == "person:ahmed-al-sharaa"
    assert kb.holders("title:president", "SYR", on="2020-06-01")[0].id == "person:bashar-al-assad"
    assert kb.holders("title:secretary-general", org="org:un")[0].id == "person:antonio-guterres"
    assert kb.holders("title:secretary-general", org="org:nato", on="2020")[0].id == "person:jens-stoltenberg"


def test_organizations_and_armed_groups(kb: KnowledgeBase) -> None:
    assert ids(kb.lookup("नाटो"))[0] == "org:nato"
    assert ids(kb.lookup("संयुक्त राष्ट्र"))[0] == "org:un"
    assert kb.lookup("हमास")[0].sector in {"INS", "REB"}


def test_search_is_fuzzy_and_ranked(kb: KnowledgeBase) -> None:
    hits = kb.search("पुतीन", 5)
    assert hits[0][0].id == "person:vladimir-putin"
    assert kb.search("putin", 3)[0][0].id == "person:vladimir-putin"
    exact = kb.search("मास्को", 3)[0]
    assert exact[0].id == "city:moscow" and exact[1] == 100


# ---- user files ------------------------------------------------------------------------------


def write(path: Path, body: str, header: str = HEADER) -> Path:
    path.write_text(header + body, encoding="utf-8")
    return path


def test_user_files_extend_the_kb(tmp_path: Path, user_kb: Path) -> None:
    user_kb.mkdir()
    write(user_kb / "mine.tsv", "org:gram-sabha-x\tORG\tग्राम सभा एक्स\tGram Sabha X\tIND\tGOV\n")
    extra = write(tmp_path / "extra.tsv", "person:ramesh-x\tPERSON\tरमेश एक्स\tRamesh X\tIND\t\n")
    windows = tmp_path / "windows.tsv"  # a byte-order mark and CRLF line ends, as Windows editors write
    text = "\ufeff" + HEADER + "org:x-win\tORG\tविन एक्स\tWin X\tIND\tGOV\n"
    windows.write_bytes(text.replace("\n", "\r\n").encode())
    kb = KnowledgeBase.load([extra, windows])
    assert ids(kb.lookup("ग्राम सभा एक्स")) == ["org:gram-sabha-x"]
    assert ids(kb.lookup("रमेश एक्स")) == ["person:ramesh-x"]
    assert kb.get("org:x-win").sector == "GOV"


@pytest.mark.parametrize(("line", "message"), [
    ("org:a\tORG\tए\n", "3 tab-separated columns, the header has 6"),
    ("org:a\tTHING\tए\tA\tIND\tGOV\n", "unknown type 'THING'"),
    ("org:a\tORG\tए\tA\tIN\tGOV\n", "bad country code 'IN'"),
    ("org:a\tORG\tए\tA\tXYZ\tGOV\n", "unknown country 'XYZ'"),
    ("org:a\tORG\tए\tA\tIND\tGOVT\n", "unknown sector 'GOVT'"),
    ("org:a\tORG\tA\tए\tIND\tGOV\n", "has no Devanagari letters"),
    ("org a\tORG\tए\tA\tIND\tGOV\n", "bad id 'org a'"),
    ("org:a ORG ए A IND GOV\n", "cells are separated by tabs, not spaces"),
    ("org:a\tORG\t\t\tIND\tGOV\n", "no name"),
])
def test_malformed_file_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path / "bad.tsv", "# a comment\n" + line)
    with pytest.raises(KBError) as error:
        KnowledgeBase.load([path])
    assert f"{path}:3: " in str(error.value) and message in str(error.value)


def test_bad_dates_and_offices(tmp_path: Path) -> None:
    header = "id\ttype\tname_hi\toffice\tstart\tend\n"
    cases = {
        "person:a\tPERSON\tए\ttitle:president\t2020-13-01\t\n": "bad start date '2020-13-01'",
        "person:a\tPERSON\tए\ttitle:president\t2020\t2019\n": "end 2019 is before start 2020",
        "person:a\tPERSON\tए\ttitle:emperor\t2020\t\n": "unknown office 'title:emperor'",
    }
    for line, message in cases.items():
        path = write(tmp_path / "dates.tsv", line, header)
        with pytest.raises(KBError, match=message):
            KnowledgeBase.load([path])


def test_unknown_header_column(tmp_path: Path) -> None:
    path = write(tmp_path / "h.tsv", "", "id\ttype\tname_hi\tcolour\n")
    with pytest.raises(KBError, match=rf"{path}:1: unknown column 'colour'"):
        KnowledgeBase.load([path])


def test_duplicate_ids_are_refused_naming_both_places(tmp_path: Path) -> None:
    first = write(tmp_path / "a.tsv", "org:x\tORG\tएक्स\tX\tIND\tGOV\n")
    second = write(tmp_path / "b.tsv", "\norg:x\tORG\tएक्स दो\tX two\tIND\tGOV\n")
    with pytest.raises(KBError) as error:
        KnowledgeBase.load([first, second])
    assert f"{second}:3: duplicate id 'org:x', already defined at {first}:2" in str(error.value)
    clash = write(tmp_path / "c.tsv", "RUS\tGPE\tरूस\tRussia\t\t\n")
    with pytest.raises(KBError, match=r"duplicate id 'RUS', already defined at .*countries\.tsv:"):
        KnowledgeBase.load([clash])


# ---- command line (kb_app through CliRunner until `ghatna kb` is registered in ghatna.cli) -----------


def kb_cli(*args: str):
    return CliRunner().invoke(kb_app, list(args), env={"COLUMNS": "200"})


def test_cli_search_table_and_json() -> None:
    result = kb_cli("search", "पुतिन", "--limit", "3")
    assert result.exit_code == 0, result.output
    assert "person:vladimir-putin" in result.stdout and "President" in result.stdout
    result = kb_cli("search", "अमरीका", "--json", "-n", "2")
    assert result.exit_code == 0
    first = json.loads(result.stdout.splitlines()[0])
    assert first["id"] == "USA" and first["score"] == 100 and first["iso2"] == "US"
    result = kb_cli("search", "रक्षा मंत्री", "--json", "-n", "1")
    assert json.loads(result.stdout)["id"] == "title:defence-minister"  # titles are searchable too


def test_cli_add_validates_and_copies(tmp_path: Path, user_kb: Path) -> None:
    good = write(tmp_path / "local.tsv", "org:zila-parishad-y\tORG\tज़िला परिषद वाई\tZila Parishad Y\tIND\tGOV\n")
    result = kb_cli("add", str(good))
    assert result.exit_code == 0, result.output
    assert "added 1 record(s)" in result.stdout and (user_kb / "local.tsv").is_file()
    assert ids(KnowledgeBase.load().lookup("जिला परिषद वाई")) == ["org:zila-parishad-y"]
    assert kb_cli("add", str(good)).exit_code == 0  # adding a new version of the same file replaces it

    bad = write(tmp_path / "broken.tsv", "org:q\tORG\tक्यू\tQ\tIND\n")
    result = kb_cli("add", str(bad))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"ghatna: error: {bad}:2: 5 tab-separated columns, the header has 6")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output and not (user_kb / "broken.tsv").exists()

    clash = write(tmp_path / "clash.tsv", "org:zila-parishad-y\tORG\tदूसरा\tOther\tIND\tGOV\n")
    result = kb_cli("add", str(clash))
    assert result.exit_code == 1 and "duplicate id 'org:zila-parishad-y'" in result.stderr
    assert kb_cli("add", str(tmp_path / "missing.tsv")).exit_code == 1


# ---- generated files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("script", ["build_countries.py", "build_institutions.py"])
def test_generated_files_are_up_to_date(datasets: Path, script: str) -> None:
    """The generated data files are what their scripts make of their inputs (nobody edited them by hand)."""
    babel = pytest.importorskip("babel")
    if f"(Babel {babel.__version__})" not in (DATA_DIR / "countries.tsv").read_text(encoding="utf-8"):
        pytest.skip("another Babel version (another CLDR) than the one the files were generated with")
    tool = Path(__file__).resolve().parents[1] / "kb_tools" / script
    result = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_cli_as_a_real_process(tmp_path: Path, user_kb: Path) -> None:
    """`ghatna kb …` as users run it (skipped until `kb_app` is registered in ghatna.cli)."""
    from conftest import run_cli

    probe = run_cli("kb", "--help")
    if probe.returncode != 0:
        pytest.skip("`ghatna kb` is not registered in ghatna.cli yet")
    good = write(tmp_path / "process.tsv", "org:panchayat-z\tORG\tपंचायत ज़ेड\tPanchayat Z\tIND\tGOV\n")
    result = run_cli("kb", "add", str(good))
    assert result.returncode == 0, result.stderr.decode()
    result = run_cli("kb", "search", "पंचायत जेड", "--json", "-n", "1")
    assert json.loads(result.stdout)["id"] == "org:panchayat-z"
    bad = write(tmp_path / "bad.tsv", "org:q\tORG\tक्यू\tQ\tIN\tGOV\n")
    result = run_cli("kb", "add", str(bad))
    assert result.returncode == 1
    assert result.stderr.decode().strip() == (
        f"ghatna: error: {bad}:2: bad country code 'IN': expected ISO 3166-1 alpha-3 such as IND"
    )
