"""Checks of the hand-written held-out redaction set 53 (bench/redaction_set53.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set53 as s53
from tests import hand_set_checks as checks

NAMES, TOTAL = 611, 1091
# names that are words or towns; scripts; short forms; odd formats
HARD = (("DUNN, Tyler-Jay", "name"), ("MARR, Alfie", "name"), ("BAKER, Summer Louise", "name"), ("GLOVER, Kyle James", "name"),
        ("HEWSON, Mason", "name"), ("Anna GUNNARSDÓTTIR", "name"), ("Kári GUNNARSSON", "name"), ("Ellie-May STORR", "name"),
        ("Ashur KHOSHABA", "name"), ("SHAMIRAM ODISHO", "name"), ("KYLE JAMES GLOVER", "name"), ("KYLE", "name"),
        ("Tyler-Jav Dunn", "name"), ("tj", "name"), ("tyler jay", "name"), ("poppy", "name"), ("jord", "name"), ("Pops", "name"),
        ("Jay", "name"), ("Kez", "name"), ("Mace", "name"), ("Sky", "name"), ("Skye", "name"), ("Summer", "name"), ("summer", "name"),
        ("SUMMER", "name"), ("Brook", "name"), ("Oliver Brook", "name"), ("Brooke", "name"), ("Dawn Mewburn", "name"), ("Kirton", "name"),
        ("Lisa Kirton", "name"), ("Sigga", "name"), ("Siggi", "name"), ("Kari Gunnarsson", "name"), ("Önnu", "name"), ("Annas", "name"),
        ("Anna G", "name"), ("Guðrún", "name"), ("Hrafnhildur Sveinsdóttir", "name"), ("sigga jónsdóttir", "name"), ("ܐܫܘܪ", "name"),
        ("ܢܗܪܝܢ", "name"), ("ܣܪܓܘܢ", "name"), ("ܫܡܝܪܡ", "name"), ("ܢܝܢܘܣ", "name"), ("ܟܘܫܒܐ", "name"), ("Shami", "name"),
        ("Khoshaba", "name"), ("FENWICK", "name"), ("MARSDEN", "name"), ("Bilal", "name"), ("Lace", "name"), ("mase", "name"),
        ("shell", "name"), ("sam p", "name"), ("jean", "name"), ("Linda\nPickering", "name"), ("Darren\nKitching", "name"),
        ("B. Pexton", "name"), ("Mo", "name"), ("Jordan", "name"), ("kyle", "name"), ("Kirton in Lindsey", "place"),
        ("Kirton in\nLindsey", "place"), ("kirton", "place"), ("Brid", "place"), ("Driff", "place"), ("orchard park", "place"),
        ("bottesford", "place"), ("barton", "place"), ("Barton-upon-Humber", "place"), ("Hafnarfjarðar", "place"),
        ("Hafnarfjörður", "place"), ("Ísafjörður", "place"), ("Reykjavík", "place"), ("Södertälje", "place"), ("سودرتاليه", "place"),
        ("ܥܢܟܒܐ", "place"), ("Ankawa", "place"), ("Baghdeda", "place"), ("Qaraqosh", "place"), ("Gipsyville", "place"),
        ("Bransholme", "place"), ("Grimsby", "place"), ("Immingham", "place"), ("Hornsea", "place"), ("Fenby Grove 23", "address"),
        ("Hraunbrún 14", "address"), ("Ronnvägen 12", "address"), ("220", "postcode"), ("151 38", "postcode"), ("31", "address"),
        ("no. 38", "address"), ("No.41", "address"), ("no 43", "address"), ("no. 24", "address"), ("moorwell", "address"),
        ("Ellerburn", "address"), ("South Marine Drive", "address"), ("Bessingby Road", "address"), ("Flat 6, Regent House", "address"),
        ("17 Scarborough Road", "address"), ("Bridge\nStreet", "address"), ("humber docks", "school"), ("Thrunscoe", "school"),
        ("Kingsway Lakes\nPrimary", "school"), ("Wybers Wood Centre", "school"), ("Tiny Steps Nursery", "school"),
        ("4 February\n2027", "date"), ("2026-11-03T14:52:18", "date"), ("29. nóvember 2026", "date"), ("31. október", "date"),
        ("19 / 12 / 2026", "date"), ("15th oct", "date"), ("19th", "date"), ("17", "date"), ("23rd November 2026", "date"),
        ("2nd Jan 2027", "date"), ("14.3.2013", "dob"), ("2014-06-25", "dob"), ("+46 70 412 88 56", "phone"),
        ("+964 750 418 2296", "phone"), ("+354 862 4417", "phone"), ("+354 565 2081", "phone"), ("3608642366", "nhs"),
        ("286 437 1979", "nhs"), ("Q810242047862", "upn"), ("JR 55 09 21 A", "ni"), ("YR19 KZT", "vehicle"), ("KX70 BRV", "vehicle"),
        ("YF21 OBW", "vehicle"), ("siggajons84@gmail.com", "email"), ("t.bainton@chalklandbuses.co.uk", "email"))
UNMARKED = ("Bransholme Health Centre", "Hull Royal Infirmary", "Renew Hull", "Cleethorpes Family Hub", "Immingham Civic Centre",
            "Grimsby Youth Court", "FAMILY COURT SITTING AT GRIMSBY", "Scunthorpe United", "Diana, Princess of Wales Hospital",
            "Winston's Wish", "Springhead Medical Centre", "Roval Drive Medical Practice", "Chalkland Buses", "Mar\nZaia Assyrian Church",
            "Mar Giwargis", "ܡܪܝ ܓܝܘܪܓܝܣ", "Abouna", "Baba", "Yimma", "Dodi", "Amma", "Afi", "Pabbi", "Northpoint", "St Andrew's Quay",
            "East Riding College", "Tank", "Roxy", "bella", "the summer", "Iceland", "Ísland", "Sweden", "Iraq", "North Lincolnshire",
            "RG", "TF", "E-M", "E.M.S", "GR26P00418", "26-0925-0611", "ID 40917", "WEB-812-77310", "7741206", "Apr 2024", "Jun-Jul 2026",
            "Easter", "senior")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s53)


def test_the_counts():
    checks.counts(s53, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s53, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s53)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Syriac script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Syriac and Arabic script


def test_the_checks_can_fail():
    bad = ((s53.RECORD_D, [("bad", "Ring [[0147 269 152|phone]] about [[Sigga|name]], [[Amma Guðrún|name]], [[Dodi Aprim|name]],"
                                    " [[Fr Gewargis|name]], [[Nana Warda|name]] and [[Mrs Glover senior|name]] on"
                                    " [[Saturday 17 October|date]] in [[Iceland|place]], [[Iraq|place]] and [[North Lincolnshire|place]].\n"
                                    "NHS [[434 997 5927|nhs]], UPN [[A812237956560|upn]]. Sigga said no.")]),)
    found = s53.problems(bad, record_ids=["4349975927"], record_phones=["0147 269 152"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0147 269 152" in p for p in found)
    for word in ("Amma", "Dodi", "Fr", "Nana", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Iceland", "Iraq", "North Lincolnshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 434 997 5927" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("'Sigga' is marked as a name elsewhere" in p for p in found)
