"""Checks of the hand-written held-out redaction set 28 (bench/redaction_set28.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set28 as s28
from tests import hand_set_checks as checks

NAMES, TOTAL = 555, 986
# names that are words or towns; scripts; short forms; odd formats
HARD = (("CAMMISH, Tegan", "name"), ("GOWLAND, Stacey", "name"), ("DINSDALE, Craig", "name"), ("GOWLAND-DINSDALE, Hallie", "name"),
        ("WIŚNIEWSKA, Oliwia", "name"), ("NGUYỄN Thị Lan", "name"), ("TRẦN Gia Bảo", "name"), ("Gia Bảo TRẦN", "name"),
        ("Thị Lan Nguyễn", "name"), ("Nguyen Thi Lan", "name"), ("Gia Bao Tran", "name"), ("McDONAGH  Mary-EIlen", "name"),
        ("Bridg\net", "name"), ("Pat-\nrick", "name"), ("Mustafa AL-JUBOURI", "name"), ("Hallie Gowland-Dinsdale", "name"),
        ("Mary-Ellen", "name"), ("Kerry-Ann", "name"), ("J. Ventress", "name"), ("C.Drabble", "name"), ("K. Wiśniewski", "name"),
        ("G Storr", "name"), ("Teg", "name"), ("teg", "name"), ("summer", "name"), ("Summer Jenkinson", "name"), ("Brodie", "name"),
        ("brodie", "name"), ("Debs", "name"), ("debs", "name"), ("shauns", "name"), ("mus", "name"), ("stace", "name"), ("cryst", "name"),
        ("Biddy", "name"), ("Paddy", "name"), ("Johnny", "name"), ("Connors", "name"), ("Jimmy Connors", "name"), ("Crystal", "name"),
        ("Bell", "name"), ("Pauline Bell", "name"), ("Jess Lamb", "name"), ("Jackie Ward", "name"), ("Dawn Fisher", "name"),
        ("Joyce", "name"), ("Kai", "name"), ("Ali", "name"), ("Kim", "name"), ("Tuấn", "name"), ("Hằng", "name"), ("Bao", "name"),
        ("Oliwka", "name"), ("Oliwką", "name"), ("Winnie", "name"), ("Hussein", "name"), ("Jaafar", "name"), ("مصطفى", "name"),
        ("فاطمة", "name"), ("كالم", "name"), ("حيدر الجبوري", "name"), ("Barrowcliff", "place"), ("Eastfield", "place"),
        ("seamer", "place"), ("filey", "place"), ("Fi-\n   ley", "place"), ("Orchard Park", "place"), ("Brid", "place"),
        ("brid", "place"), ("withernsea", "place"), ("البصرة", "place"), ("هال", "place"), ("Donny", "place"), ("Thorne", "place"),
        ("Tuam", "place"), ("Rathkeale", "place"), ("Easington\n  Village", "place"), ("shotton", "place"), ("Peterlee", "place"),
        ("Horden", "place"), ("North Ormesby", "place"), ("Thornaby-on-Tees", "place"), ("Stockton-on-Tees", "place"), ("Vinh", "place"),
        ("Cửa Lò", "place"), ("Goole", "place"), ("Gdańsku", "place"), ("Dearborn", "place"), ("Plot 6", "address"),
        ("Moor Edge Travellers' Site", "address"), ("Moor  Edge Site", "address"), ("Eleventh Street", "address"),
        ("22 Eleventh St", "address"), ("7 West-\n   way", "address"), ("Flat 3,\n  17 Yoden Way", "address"), ("no. 16", "address"),
        ("number 4", "address"), ("88 bev rd", "address"), ("blackhills rd", "address"), ("Castle Road", "address"),
        ("Spring Bank", "address"), ("Exeter Grove", "address"), ("ul. Grunwaldzka 112/5", "address"), ("4 Bishop Street", "address"),
        ("80-244", "postcode"), ("DN8 5RJ", "postcode"), ("Cayton\n   Carr Academy", "school"), ("Cayton Carr", "school"),
        ("Northstead Brook", "school"), ("St Oswin's", "school"), ("horden dene", "school"), ("Hall Road Fields", "school"),
        ("10 listopada 2026", "date"), ("6 listopada", "date"), ("21 SEP", "date"), ("26 Nov-\n   ember 2026", "date"),
        ("2nd October 2026", "date"), ("09/10/26", "date"), ("12th", "date"), ("the 12th", "date"), ("5th", "date"),
        ("29 / 09 / 22", "dob"), ("22-04-2013", "dob"), ("22.01.1997", "dob"), ("+964 770 412 8836", "phone"),
        ("+353 87 614 2290", "phone"), ("+353 69 64 218", "phone"), ("+84 912 345 678", "phone"), ("+48 601 372 845", "phone"),
        ("+1 313 555 0147", "phone"), ("٠٧٤٥٩٣٨١٢٢٦", "phone"), ("128 923 2768", "nhs"), ("1646721632", "nhs"), ("D815678235694", "upn"),
        ("SK 30 71 45 C", "ni"), ("PH 62 19 03 A", "ni"), ("YJ19 KXO", "vehicle"), ("YC68 WPN", "vehicle"),
        ("natalie.brough3@nhs.net", "email"))
UNMARKED = ("Scarborough Town Hall", "Scarborough Hospital", "Falsgrave Surgery", "Sea Life", "Rainbow Centre",
            "North Point Shopping Centre", "Humberside Police", "Cleveland Police", "DURHAM CONSTABULARY", "Thorne Moor Medical Practice",
            "Irish Traveller Movement in Britain", "An Garda Síochána", "Tusla", "Horden Health Centre", "Horden Family Hub",
            "HMP Durham", "HMP Holme House", "THE FAMILY COURT SITTING AT MIDDLESBROUGH", "Hestia", "Hull Royal Infirmary",
            "Goole and Howden Medical Practice", "Goole Civic Centre", "Family Rights Group", "Tank", "k.ai_hu6", "HP", "M-E", "Mẹ",
            "Mama", "Jiddo", "ơi", "يمه", "ابو", "Umm", "chị", "anh", "Sheikh", "Sister", "senior", "Nghệ An", "Việt Nam", "Galway",
            "Limerick", "Michigan", "Polsce", "Ireland", "North Yorkshire", "MB26C00417", "CF/0092713", "DJF/3", "GMC 7140238", "1472")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s28)


def test_the_counts():
    checks.counts(s28, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s28, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s28)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled and hyphenated names
    assert any(not words.isascii() for words, kind in spans if kind == "phone")  # Arabic-Indic digits
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script


def test_the_checks_can_fail():
    bad = (
        (
            s28.RECORD_E,
            [
                (
                    "bad",
                    "Ring [[01642 247 83|phone]] about [[Teg|name]], [[chị Hằng|name]], [[anh Tuấn|name]], [[bé Vy|name]],"
                    " [[Umm Hussein|name]], [[Sheikh Jaafar|name]], [[Mammy Kathleen|name]], [[DS Mark Fielden|name]] and"
                    " [[Mrs Cammish senior|name]] on [[Sunday 8 November|date]] in [[Việt Nam|place]], [[Nghệ An|place]],"
                    " [[Galway|place]], [[County Durham|place]], [[Michigan|place]] and [[Poland|place]].\n"
                    "NHS [[128 923 2769|nhs]], UPN [[E815678235694|upn]], NI [[DQ 12 34 56 E|ni]]. Teg said no.",
                )
            ],
        ),
    )
    found = s28.problems(bad, record_ids=["1289232769"], record_phones=["01642 247 83"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01642 247 83" in p for p in found)
    for word in ("chị", "anh", "bé", "Umm", "Sheikh", "Mammy", "DS", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Việt Nam", "Nghệ An", "Galway", "County Durham", "Michigan", "Poland"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 128 923 2769" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Teg' is marked as a name elsewhere" in p for p in found)
