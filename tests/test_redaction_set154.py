"""Checks of the hand-written held-out redaction set 154 (bench/redaction_set154.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set154 as s154
from tests import hand_set_checks as checks

NAMES, TOTAL = 483, 901
HARD = (("WRAY, Kenzie", "name"), ("HARLAND, Tyler", "name"), ("THEAKER, Alfie-Jay", "name"), ("ISBISTER Magnus", "name"),
        ("JAM\nIESON Kirsty", "name"), ("R0NAN", "name"), ("J Wray", "name"), ("M Isbister", "name"), ("Summer-Rae", "name"),
        ("summer", "name"), ("bethany", "name"), ("kenzie", "name"), ("jodie", "name"), ("dale", "name"), ("ricky", "name"),
        ("kyle", "name"), ("shannon", "name"), ("sandra boyes", "name"), ("Pops", "name"), ("Deeno", "name"), ("Jonno", "name"),
        ("Macy Storm", "name"), ("Bell", "name"), ("Lund", "name"), ("Hebden", "name"), ("Peart", "name"), ("Gaskin", "name"),
        ("Chloe Raw", "name"), ("Carly", "name"), ("Isla Rose Dunning", "name"), ("نیکا", "name"), ("شیرین", "name"), ("ثابتی", "name"),
        ("آرمان", "name"), ("مهین روحانی", "name"), ("sabeti", "name"), ("Boro", "place"), ("boro", "place"), ("whitby", "place"),
        ("glaisdale", "place"), ("york", "place"), ("شیراز", "place"), ("Burra", "place"), ("Trondra", "place"), ("Hamnavoe", "place"),
        ("Scalloway", "place"), ("Harwood\nDale", "place"), ("Saltburn-by-the-Sea", "place"), ("Gallows Close", "place"),
        ("Boulby", "place"), ("Nortoun", "address"), ("Port Arthur", "address"), ("no 11", "address"), ("no. 9", "address"),
        ("No 9", "address"), ("no 7", "address"), ("esk terrace", "address"), ("scalby road", "address"), ("spital bridge", "address"),
        ("Kucheh 12, Khiaban-e\nEram", "address"), ("Flat 3, 41 Waterloo Road", "address"), ("Scarborough Sixth Form", "school"),
        ("Scalby", "school"), ("Burniston", "school"), ("Gladstone Road", "school"), ("Caedmon", "school"), ("2", "date"), ("9", "date"),
        ("21st", "date"), ("3rd", "date"), ("28th", "date"), ("16/11", "date"), ("2026-11-30", "date"), ("24.11.26", "date"),
        ("9-Apr-2017", "dob"), ("28 Jul 2015", "dob"), ("+98 71 3623 4415", "phone"), ("01595 412083", "phone"), ("NX19 KHU", "vehicle"),
        ("YX16 RBO", "vehicle"), ("YB63 OXT", "vehicle"), ("687 818 9446", "nhs"), ("F815480134163", "upn"),
        ("sandraboyes65@btinternet.com", "email"))
UNMARKED = ("Esk Lane Children's Services", "SCARBOROUGH HOSPITAL", "Falsgrave Surgery", "Whitby Group Practice", "Whitby Library",
            "Cleveland Police", "Police Scotland", "Filey Surgery", "Scarborough Town Hall", "Friarage", "James Cook University Hospital",
            "Fisherman's Arms", "Cod and Lobster", "Rainbow Centre", "Peasholm Park", "the Spa", "Flamingo Land", "Riverside",
            "Scalby Surgery", "Staithes Surgery", "Ayton and Snainton Medical Practice", "Horizons", "BookLingo",
            "Family Court at Teesside", "Shetland", "Iran", "Spain", "North Yorkshire", "Bruno", "Nala", "Biscuit", "Dolly", "Mam",
            "Bampy", "مامان‌بزرگ", "maman bozorg", "joon", "@deeno.x7", "@nicolaH84", "@macy.stormzz", "T H", "NYP-2026-1205-0733",
            "30918", "Nowruz", "Baha'i")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s154)


def test_the_counts():
    checks.counts(s154, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s154, HARD, UNMARKED, split=("name", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s154)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Persian script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated first names
    assert any(words.startswith("+98") for words, kind in spans if kind == "phone")  # a foreign phone
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Persian script


def test_the_checks_can_fail():
    bad = ((s154.RECORD_D, [("bad", "Ring [[0161 946 221|phone]] about [[Nika|name]], [[Mam Jodie|name]], [[خانم ثابتی|name]],"
                                     " [[Bampy Brian|name]] and [[Arman joon|name]] on [[Sunday 8 November|date]] in [[Iran|place]],"
                                     " [[Shetland|place]] and [[North Yorkshire|place]].\nNHS [[541 162 7967|nhs]]. Nika said no.")]),)
    found = s154.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Mam", "خانم", "Bampy"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "joon" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Iran", "Shetland", "North Yorkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("'Nika' is marked as a name elsewhere" in p for p in found)
