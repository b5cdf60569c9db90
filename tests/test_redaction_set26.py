"""Checks of the hand-written held-out redaction set 26 (bench/redaction_set26.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set26 as s26
from tests import hand_set_checks as checks

NAMES, TOTAL = 517, 919
# names that are words; nicknames; OCR errors; short forms; odd formats
HARD = (("CORNELL, Tyler James", "name"), ("NUNN, Poppy Rae", "name"), ("BANDA, Chisomo", "name"), ("DAY, Alfie-Jay", "name"),
        ("MARSH, Kayleigh", "name"), ("FLANAGAN, OISÍN PATRICK", "name"), ("BRIGHT, Ellie-Mae", "name"), ("I. Fairweather", "name"),
        ("D FLANAGAN", "name"), ("0isin F1anagan", "name"), ("D. F1anagan", "name"), ("0isín", "name"), ("Day", "name"),
        ("Donna BRIGHT", "name"), ("Blessings", "name"), ("Precious", "name"), ("Memory Chirwa", "name"), ("Grace", "name"),
        ("Daisy", "name"), ("Flanagans", "name"), ("ellz", "name"), ("tizzy", "name"), ("Skye", "name"), ("Soph", "name"),
        ("Reece", "name"), ("stacey", "name"), ("craig", "name"), ("lee", "name"), ("pops", "name"), ("wayne", "name"),
        ("ellie mae", "name"), ("donna bright", "name"), ("Janet cornell", "name"), ("OSH", "name"), ("ANNE", "name"), ("Zé", "name"),
        ("Aurélia", "name"), ("Siobhán", "name"), ("Lourenço Belo", "name"), ("Filomena da Costa", "name"),
        ("Joana da Costa Soares", "name"), ("Ivo\ndos Santos", "name"), ("Chalkstone Way", "address"), ("no. 18", "address"),
        ("18", "address"), ("no. 29", "address"), ("29", "address"), ("no. 31", "address"), ("number 11", "address"),
        ("rectory rd", "address"), ("52 Bedwell\nCrescent", "address"), ("Flat 6, Lionel Court", "address"),
        ("3 BIDEFORD GREEN", "address"), ("F23 X2Y7", "postcode"), ("great wratting", "place"), ("Great\nWratting", "place"),
        ("eaton socon", "place"), ("eynesbury", "place"), ("luton", "place"), ("Barnham Cross", "place"), ("Area 25", "place"),
        ("Baucau", "place"), ("Dili", "place"), ("Amadora", "place"), ("Setúbal", "place"), ("Lilongwe", "place"), ("Blantyre", "place"),
        ("Zomba", "place"), ("Ballina", "place"), ("Knockaphunta", "place"), ("Dunstab1e", "place"), ("DOWNSIDE", "place"),
        ("Bury", "place"), ("castle manor", "school"), ("samuel ward", "school"), ("Castle Manor", "school"), ("Ernulf", "school"),
        ("Redcastle", "school"), ("REDCASTLE FAMILY SCHOOL", "school"), ("WEATHERFIELD", "school"), ("ALL SAINTS", "school"),
        ("The Nobel School", "school"), ("2l st 0ctober 2026", "date"), ("l4 October", "date"), ("12th of\nDecember", "date"),
        ("04-Jul-2026", "dob"), ("17 May", "dob"), ("30 JAN 2013", "dob"), ("30.01.2013", "dob"), ("14-Sep-2026", "date"),
        ("5/11/26", "date"), ("12th", "date"), ("8", "date"), ("+670 7723 4518", "phone"), ("+265 991 234 567", "phone"),
        ("+351 912 407 338", "phone"), ("+353 87 612 4409", "phone"), ("SK 40 28 61 D", "ni"), ("EX18 KWD", "vehicle"),
        ("KP19 XLM", "vehicle"), ("KX15 HBE", "vehicle"), ("791 051 3127", "nhs"), ("J926260982280", "upn"),
        ("donnabright84@hotmail.co.uk", "email"))
UNMARKED = ("Haverhill Family\nPractice", "Haverhill Community Pantry", "Haverhill Arts Centre", "Basildon Hospital",
            "Vange Health Centre", "Luton and Dunstable Hospital", "Stevenage\nCitizens Advice", "Bedwell Medical Centre",
            "Downside Community Centre", "DOWNSIDE POOL", "Breckland Council", "Cedar House Surgery", "West\nSuffolk Hospital",
            "Kingsbury Court Surgery", "School Lane Surgery", "Heathfield", "Havebury", "Besom", "Carers in Bedfordshire",
            "North Hertfordshire College", "Living Word Ministries", "Priory Park", "Queens Park", "Recreation Ground", "Carnegie Room",
            "Tyson", "Mamãe", "Agogo", "Avó", "Tio", "Mana", "Timor-Leste", "Portugal", "Malawi", "Co. Mayo", "Central Bedfordshire",
            "Sept 2019", "9W", "10F", "8M", "MP/26/4471", "BRK/26/11482", "42/167004/26", "SB/3", "£340")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s26)


def test_the_counts():
    checks.counts(s26, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s26, HARD, UNMARKED, split=("name", "address", "place", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s26)
    names = [words for words, kind in spans if kind == "name"]
    assert any(any(c in "éíáçóÍ" for c in name) for name in names)  # Portuguese and Irish accents
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    foreign = [words for words, kind in spans if kind == "phone" and words.startswith("+")]
    for code in ("+670", "+265", "+351", "+353"):
        assert any(words.startswith(code) for words in foreign), code  # Timor-Leste, Malawi, Portugal, Ireland
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = (
        (
            s26.RECORD_C,
            [
                (
                    "bad",
                    "Ring [[01842 753 11|phone]] about [[Mateus|name]], [[Tio Zé|name]], [[Avó Filomena|name]],"
                    " [[Mana Rita|name]], [[Apostle Joseph Gondwe|name]], [[Father Aidan Rooney|name]] and"
                    " [[Mrs Bev Hart|name]] on [[Friday 6 November|date]] in [[Timor-Leste|place]], [[Malawi|place]],"
                    " [[Portugal|place]] and [[Central Bedfordshire|place]].\n"
                    "NHS [[798 556 6308|nhs]]. Mateus said no.",
                )
            ],
        ),
    )
    found = s26.problems(bad, record_ids=["7985566308"], record_phones=["01842 753 11"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Tio", "Avó", "Mana", "Apostle", "Father", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Timor-Leste", "Malawi", "Portugal", "Central Bedfordshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 798 556 6308" in p for p in found)
    assert any("'Mateus' is marked as a name elsewhere" in p for p in found)
