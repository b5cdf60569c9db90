"""Checks of the hand-written held-out redaction set 84 (bench/redaction_set84.py) that do not use the detector:
its marking, its size, its own hard cases and failing checks."""

from bench import redaction_set84 as s84
from tests import hand_set_checks as checks

NAMES, TOTAL = 530, 973
# names that are words or towns; short forms; OCR; odd formats
HARD = (("LANG, Bailey", "name"), ("WIDDICOMBE, Summer", "name"), ("OTERO LEMA, Xosé Manuel", "name"), ("OTERO CASTRO, Noa", "name"),
        ("VENNING, Kacie-Leigh", "name"), ("CROOK, Danielle", "name"), ("Fran\nHooper", "name"), ("Summer", "name"), ("summer", "name"),
        ("tam", "name"), ("val chudleigh", "name"), ("kai rendle", "name"), ("noa otero castro", "name"), ("carme", "name"),
        ("gill", "name"), ("K.Bovey", "name"), ("J Hext", "name"), ("D. Pillar", "name"), ("Mason Snel1", "name"), ("Tr1ckey", "name"),
        ("JANE HEXT", "name"), ("Deano", "name"), ("Kay", "name"), ("Bia", "name"), ("Zé", "name"), ("Matildezinha", "name"),
        ("iaguiño", "name"), ("Rubes", "name"), ("Kace", "name"), ("Kezza", "name"), ("Dean Friend", "name"), ("Shannon Newton", "name"),
        ("Val Chudleigh", "name"), ("Priya Kenton", "name"), ("Ana Paula", "name"), ("Maria de Lurdes Freitas", "name"),
        ("Sónia Freitas Gouveia", "name"), ("Uxía Castro Pazos", "name"), ("Lewis", "name"), ("lew", "name"), ("pat", "name"),
        ("Widger", "name"), ("Tozer", "name"), ("Hext", "name"), ("Newton", "place"), ("Bovey Tracey", "place"),
        ("Câmara de\nLobos", "place"), ("Câmara de Lobos", "place"), ("St Helier", "place"), ("Funchal", "place"), ("Burela", "place"),
        ("burela", "place"), ("Celeiro", "place"), ("Vigo", "place"), ("Preston", "place"), ("galmpton", "place"), ("churston", "place"),
        ("brixham", "place"), ("dawlish", "place"), ("highweek", "place"), ("littleham", "place"), ("Budleigh", "place"),
        ("Wonford", "place"), ("EXETER", "place"), ("Furzeham", "place"), ("Whipton", "place"), ("Watcombe", "place"),
        ("Goodrington", "place"), ("Milber", "place"), ("Withycombe Raleigh", "place"), ("Newlyn", "place"), ("no. 25", "address"),
        ("43", "address"), ("number 31", "address"), ("2", "address"), ("Pinhoe Rd", "address"), ("Sidwell Street", "address"),
        ("The Strand", "address"), ("Rua São João de Deus 12", "address"), ("Rúa do Porto 3", "address"),
        ("Rúa Rosalía de Castro 14, 2ºB", "address"), ("9300-150", "postcode"), ("27880", "postcode"), ("Eden Park", "school"),
        ("roselands", "school"), ("paignton acad", "school"), ("withycombe", "school"), ("WHIPTON BARTON JUNIOR SCH00L", "school"),
        ("Little\nAcorns", "school"), ("Little Puffins", "school"), ("7 Nov", "date"), ("16.1l.26", "date"), ("12 set.", "date"),
        ("25 de outubro de 2026", "date"), ("2026-10-13", "date"), ("12-13/09/2026", "date"), ("30/11-1/12", "date"), ("26th", "date"),
        ("26", "date"), ("7th", "date"), ("4th", "date"), ("14 / 2 / 17", "dob"), ("2015-05-09", "dob"), ("BM 212", "vehicle"),
        ("BM 37", "vehicle"), ("WK17 HXP", "vehicle"), ("YK19 RWN", "vehicle"), ("+351 291 942 318", "phone"),
        ("+351 912 604 337", "phone"), ("+34 982 55 12 34", "phone"), ("+34 654 21 87 30", "phone"), ("+34 986 70 33 18", "phone"),
        ("0300 456 2187", "phone"), ("WK 30 57 84 D", "ni"), ("792 848 7659", "nhs"), ("Q880260919987", "upn"),
        ("lrivas@atlanticcrewservices.es", "email"))
UNMARKED = ("Torbay Hospital", "Pinhoe and Broadclyst Medical Practice", "South Devon College", "Devon Young Carers", "HMP Eastwood Park",
            "Bay Crest Hotel", "Harbourside Lodge", "Girl Rhianna", "Morning Star", "Goodrington Sands", "Sandy Bay", "Sandy Park",
            "Exeter Chiefs", "Language Line", "Corner Place Surgery", "Forde House", "Oldway", "Kingsteignton Medical Practice",
            "Torbay Drug and Alcohol Service", "Devon Home Choice", "Teignbridge", "TALKWORKS", "Triple P", "Tesco express",
            "the fish quay", "the breakwater", "Pickle", "Biscuit", "A7731EP", "MIS-0931", "FD-26-07719",
            "crewing@atlanticcrewservices.es", "seaglass.n13", "brais.celeiro", "Mum 🏠", "first bit YK19", "D.P.", "Madeira", "Portugal",
            "Galicia", "Jersey", "Devon", "Lancashire", "Avó", "avoa", "Dona", "Tio", "Auntie", "senior", "Exe and Teign Council",
            "Tor Coast Council", "Beamers Ltd")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s84)


def test_the_counts():
    checks.counts(s84, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s84, HARD, UNMARKED, split=("name", "place", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s84)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s84.RECORD_C, [("bad", "Ring [[01803 20 811|phone]] about [[Avó Lurdes|name]], [[Dona Fátima|name]], [[Tio Abel|name]],"
                                    " [[Sra Filipa|name]] and [[Mrs Widdicombe senior|name]] on [[Monday 7 December|date]] in"
                                    " [[Madeira|place]], [[Portugal|place]], [[Galicia|place]], [[Torbay|place]] and [[Devon|place]].\n"
                                    "NHS [[610 739 4126|nhs]], UPN [[A880260919987|upn]]. Bia said no.")]),)
    found = s84.problems(bad, record_ids=["6107394126"], record_phones=["01803 20 811"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Avó", "Dona", "Tio", "Sra", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Madeira", "Portugal", "Galicia", "Torbay", "Devon"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("UPN fails its check letter" in p for p in found)
