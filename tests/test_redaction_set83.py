"""Checks of the hand-written held-out redaction set 83 (bench/redaction_set83.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set83 as s83
from tests import hand_set_checks as checks

NAMES, TOTAL = 494, 916
# names that are words or towns; scripts; short forms; odd formats
HARD = (("COLE, Kaiden", "name"), ("BRANNIGAN, Summer", "name"), ("Summer", "name"), ("summer", "name"), ("Lee", "name"), ("lee", "name"),
        ("Sandy", "name"), ("Kels", "name"), ("kev", "name"), ("darren", "name"), ("Darren\nFairweather", "name"), ("H. Moody", "name"),
        ("D Doherty", "name"), ("T Ashworth", "name"), ("Tom Ashvorth", "name"), ("Fan ilo", "name"), ("H. Rakotomala1a", "name"),
        ("Haja R", "name"), ("Mamy", "name"), ("Vola", "name"), ("Sènami\nHoungbédji", "name"), ("Rodrigue\nAgossa", "name"),
        ("JE", "name"), ("Jean-Eudes", "name"), ("precious", "name"), ("precious akande", "name"), ("Grace Oyelaran", "name"),
        ("Dawn", "name"), ("Derek Stone", "name"), ("Amy Clay", "name"), ("Clay", "name"), ("Lacey-Mae", "name"), ("lacey", "name"),
        ("Tee", "name"), ("tee", "name"), ("kyle", "name"), ("Oisín", "name"), ("Bobi", "name"), ("kali", "name"),
        ("Пенка Петрова", "name"), ("Клей", "name"), ("Никол", "name"), ("Деси", "name"), ("Стоян", "name"), ("Gurpreet BAINS", "name"),
        ("Borislav YANKOV", "name"), ("Chadwell St Mary", "place"), ("Orsett", "place"), ("Pitsea", "place"), ("Grays", "place"),
        ("grays", "place"), ("tilbury", "place"), ("aveley", "place"), ("Purfleet-on-Thames", "place"), ("PURFLEET", "place"),
        ("Tana", "place"), ("67 Ha", "place"), ("Ambohipo", "place"), ("Antananarivo", "place"), ("Antsirabe", "place"),
        ("Abomey-Calavi", "place"), ("Cotonou", "place"), ("ouidah", "place"), ("chafford", "place"), ("Chafford Hundred", "place"),
        ("SLH", "place"), ("S-l-H", "place"), ("Letterkenny", "place"), ("Fobbing", "place"), ("fobbing", "place"),
        ("South\nOckendon", "place"), ("Harold Hill", "place"), ("Пловдив", "place"), ("Plovdiv", "place"), ("basildon", "place"),
        ("30", "address"), ("14", "address"), ("38", "address"), ("7", "address"), ("clifton rd", "address"),
        ("12 southend rd", "address"), ("36 daiglen drive", "address"), ("lampits", "address"), ("FLAT 14 Centurlon Court", "address"),
        ("LONDON R0AD", "address"), ("Lot 1142,\nFidjrossè", "address"), ("3 Ard Colmcille", "address"),
        ("ул. „Капитан Райчо“ 41", "address"), ("Flat 22,\nHadleigh Court", "address"), ("RM19 lQS", "postcode"),
        ("rm15 5bx", "postcode"), ("F92 K2X3", "postcode"), ("4000", "postcode"), ("LINFORD FIELDS PRIMARY SCHOOL", "school"),
        ("st cleres", "school"), ("Gable Hall", "school"), ("Corringham\nPrimary", "school"), ("Tiny Steps Nursery", "school"),
        ("Errigal College", "school"), ("Boxing Day 2025", "date"), ("14-May-2016", "dob"), ("1st Oct 2010", "dob"),
        ("28 of\nseptember", "date"), ("18 0ctober", "date"), ("27th november", "date"), ("1 март 2024", "date"), ("25", "date"),
        ("4", "date"), ("20th", "date"), ("07 511 306 472", "phone"), ("07511839260", "phone"), ("+261 34 12 345 67", "phone"),
        ("+229 01 97 45 62 18", "phone"), ("+353 87 214 6630", "phone"), ("+359 88 741 2639", "phone"), ("373 720 0076", "nhs"),
        ("V883219480219", "upn"), ("JA 71 40 56 C", "ni"), ("PW 19 73 52 B", "ni"), ("YK20", "vehicle"), ("EY19 KXO", "vehicle"),
        ("BG22 YNK", "vehicle"), ("chanty.p93@hotmail.co.uk", "email"))
UNMARKED = ("Grays Beach", "Lakeside", "Port of Tilbury", "Orsett Hospital", "Basildon University Hospital", "Thurrock FC",
            "Purfleet Care Centre", "Flame of Glory Ministries", "Stifford Clays Community Hall", "Thameside Complex",
            "Orsett Cock roundabout", "A13", "Belhus Children's Centre", "Corringham Library building", "Queen's Hospital",
            "Aveley Medical Centre", "Hathaway Family Centre", "THAMES GATEWAY HOMES", "THURROCK YOUTH MATTERS",
            "Thurrock Talking Therapies", "Western Union", "Befelatanana hospital", "the co-op", "Bailey", "nikki.d.12", "bobi_ess3x",
            "kb.slh", "KB", "Neny", "Bebe", "Maman", "Tonton", "баба", "госпожо", "Madagascar", "Benin", "Bulgaria", "Ireland",
            "Co. Donegal", "Essex", "the summer", "TGH/55120/A", "DM/8831/26", "RC-2026-118342")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s83)


def test_the_counts():
    checks.counts(s83, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s83, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s83)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic


def test_the_checks_can_fail():
    bad = ((s83.RECORD_F, [("bad", "Ring [[0161 946 221|phone]] about [[Nikol|name]], [[Pastor Rivo|name]], [[Brother Aristide|name]],"
                                    " [[баба Пенка|name]], [[Mme Fara|name]] on [[Sunday 8 November|date]] in [[Madagascar|place]],"
                                    " [[Benin|place]], [[Thurrock|place]] and [[Co. Donegal|place]].\n"
                                    "NHS [[541 162 7967|nhs]], UPN [[A883438623207|upn]], NI [[DQ 12 34 56 E|ni]]. Nikol said no.")]),)
    found = s83.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Pastor", "Brother", "баба", "Mme"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Madagascar", "Benin", "Thurrock", "Co. Donegal"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Nikol' is marked as a name elsewhere" in p for p in found)
