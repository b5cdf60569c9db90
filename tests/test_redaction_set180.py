"""Checks of the hand-written held-out redaction set 180 (bench/redaction_set180.py) that do not use the detector:
its marking, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set180 as s180
from tests import hand_set_checks as checks

NAMES, TOTAL = 506, 901
# names that are words or towns; scripts; short forms; odd formats
HARD = (("KALSAKAU, Natasha", "name"), ("GOODYEAR, Summer", "name"), ("PENNELL, Gemma Louise", "name"), ("BAXTER, Lewis", "name"),
        ("LUSHER, Danielle Marie", "name"), ("Yasin AL-KUWARI", "name"), ("Kai TANNER", "name"), ("Megan\nFoyle", "name"),
        ("Lacey-Mae", "name"), ("S Tanner", "name"), ("J. Vira", "name"), ("J Kalsakau", "name"), ("N Lusher", "name"),
        ("Helen Stroud", "name"), ("Denmead", "name"), ("Summer", "name"), ("Jan", "name"), ("Tasha", "name"), ("Trace", "name"),
        ("Ty", "name"), ("Nic", "name"), ("lew", "name"), ("shan", "name"), ("lacy", "name"), ("okoro", "name"), ("jaziri", "name"),
        ("maisie", "name"), ("jean", "name"), ("ريم السليطي", "name"), ("ياسين", "name"), ("Al-Sulaiti", "name"), ("لوسي", "name"),
        ("Sheet", "place"), ("sheet", "place"), ("Reading", "place"), ("Liss", "place"), ("Rowlands\nCastle", "place"),
        ("wecock", "place"), ("purbrook", "place"), ("doha", "place"), ("haslemere", "place"), ("الدوحة", "place"),
        ("واترلوفيل", "place"), ("Freswota", "place"), ("Luganville", "place"), ("Port Vila", "place"), ("Leeds", "place"),
        ("Basingstoke", "place"), ("Havant", "place"), ("Al Khor", "place"), ("Al Wakrah", "place"), ("ياسبن", "name"),
        ("Building 14, Street 920, Zone 90", "address"), ("45 Whitley Wood Lane", "address"), ("no 25", "address"), ("no 29", "address"),
        ("no. 12", "address"), ("eagle ave", "address"), ("milton rd", "address"), ("The Square", "address"), ("Heath Road", "address"),
        ("HPJ", "school"), ("Hazelbrook", "school"), ("little acorns", "school"), ("Little Owls", "school"), ("2 ديسمبر 2026", "date"),
        ("27/11", "date"), ("25th", "date"), ("9th", "date"), ("5 DEC", "date"), ("15th", "date"), ("14.05.2019", "dob"),
        ("26-02-2011", "dob"), ("9 Aug 2021", "dob"), ("GK19 WZT", "vehicle"), ("HV68 KXA", "vehicle"), ("948 203 6174", "nhs"),
        ("9482036174", "nhs"), ("X850211455108", "upn"), ("JT 62 81 45 C", "ni"), ("+678 775 4182", "phone"), ("+974 5512 6630", "phone"),
        ("pastorjvira@outlook.com", "email"))
UNMARKED = ("Queen Alexandra Hospital", "QAH", "Queen Elizabeth Country Park", "Hart Plain Medical Centre", "Cowplain Evangelical Church",
            "Wecock Community Centre", "Dunsbury Park", "Festival Hall", "Aldershot Magistrates' Court", "Hampshire Constabulary",
            "Inclusion Hampshire", "Stop Domestic Abuse", "Catch22", "Co-op", "Bruno", "TY 🔥", "sumz", "Papa", "Baba", "Vanuatu",
            "Qatar", "Hampshire", "Downland Vale", "Licensing Act 1902", "44/18822/26", "RC-2026-11873", "Rev", "Brother", "السيدة",
            "Waterlooville Children's Centre", "EAST HAMPSHIRE DISTRICT COUNCIL", "Sundays", "Tuesdays", "January 2025", "jump in",
            "Love Lane", "Jadda")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s180)


def test_the_counts():
    checks.counts(s180, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s180, HARD, UNMARKED)


def test_its_own_hard_cases():
    spans = checks.spans(s180)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script
