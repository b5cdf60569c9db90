"""Checks of the hand-written held-out redaction set 80 (bench/redaction_set80.py) that do not use the detector:
its marking is clean, its size, its own hard cases and the strings it leaves unmarked."""

from bench import redaction_set80 as s80
from tests import hand_set_checks as checks

NAMES, TOTAL = 561, 1015
# names that are words; scripts; short forms; odd formats
HARD = (("BRADY, Summer", "name"), ("JOSEPH, Kiara Lorna", "name"), ("ZAHRONI, Adam", "name"), ("D'CRUZ, Brandon Anthony", "name"),
        ("Summer BRADY", "name"), ("Paweł WÓJCIK", "name"), ("Summer", "name"), ("River", "name"), ("river", "name"), ("Sky", "name"),
        ("Willow", "name"), ("Brandon", "name"), ("Precious", "name"), ("Joy Aldous", "name"), ("Sum-Sum", "name"), ("Ti-Jay", "name"),
        ("Kiki", "name"), ("Brandy", "name"), ("Chanty", "name"), ("Macca", "name"), ("Tallis G", "name"), ("Zak", "name"),
        ("dilly", "name"), ("Rysiek", "name"), ("Zuzi", "name"), ("Mariusza", "name"), ("Orlo", "name"), ("Wójcikowie", "name"),
        ("YASMIN ZAHR0NI", "name"), ("Adarn", "name"), ("Szyrnanski", "name"), ("craig", "name"), ("gavin", "name"),
        ("Rachel\nObi", "name"), ("Jasbir\nKaur", "name"), ("Kervin\nJoseph", "name"), ("ياسمين", "name"), ("سهاد", "name"),
        ("رافد", "name"), ("Rafid", "name"), ("Yasi", "name"), ("Gemma St Rose", "name"), ("Lapwing", "address"), ("lapwing", "address"),
        ("Otter", "address"), ("Mistle", "address"), ("mistle", "address"), ("cally", "address"), ("exmouth", "address"),
        ("Broadway Market", "address"), ("no. 20", "address"), ("Flat 4", "address"), ("ul. Narutowicza 14/3", "address"),
        ("flat 31 godwin house", "address"), ("Hatton Garden", "place"), ("Hatton\nGarden", "place"), ("angel", "place"),
        ("hackney wick", "place"), ("Lonnon", "place"), ("Monchy", "place"), ("Gros\nIslet", "place"), ("Babonneau", "place"),
        ("سدني", "place"), ("بغداد", "place"), ("Dalst0n", "place"), ("Kentish\nTown", "place"), ("Zamość", "place"),
        ("Cooke Town", "place"), ("Camden", "place"), ("Islington", "place"), ("Hackney", "place"), ("20-016", "postcode"),
        ("2170", "postcode"), ("560084", "postcode"), ("NW5", "postcode"), ("wc1x 0hp", "postcode"),
        ("Fernbank Children's Centre", "school"), ("Fernbank", "school"), ("Regent's Park Children's Centre", "school"),
        ("EDITH NEVILLE PRIMARY SCHOOL", "school"), ("Edith Neville", "school"), ("gainsborough", "school"), ("Torriano", "school"),
        ("22 تشرين الثاني", "date"), ("10 paź 2026", "date"), ("02-Nov-2026", "date"), ("twentieth", "date"), ("2026-10-17", "date"),
        ("O3/1O/2026", "date"), ("4/1O/26", "date"), ("12th", "date"), ("23rd of\nSeptember", "date"), ("27/O5/2018", "dob"),
        ("28/10/86", "dob"), ("03/03/2007", "dob"), ("+1 758 452 7318", "phone"), ("+61 2 9731 4482", "phone"),
        ("+964 771 248 3906", "phone"), ("+91 98450 12345", "phone"), ("+353 87 123 4567", "phone"), ("+48 81 532 44 66", "phone"),
        ("+46 70 123 45 67", "phone"), ("07868213544", "phone"), ("+44 7456 913028", "phone"), ("LK19", "vehicle"),
        ("SB 62 41 07 D", "ni"), ("545 755 6832", "nhs"), ("B202757426483", "upn"), ("gav.hollis82@hotmail.co.uk", "email"))
UNMARKED = ("Coram's Fields", "Canal and Waterways Trust", "Old Ford Lock", "Victoria Park", "White Building", "Olympic Park",
            "Hertford Union Canal", "Queen's Yard", "Spa Fields", "Moorfields Eye Hospital", "Royal Free", "Homerton Healthcare",
            "Lower Clapton Group Practice", "Well Street Surgery", "Somers Town Medical Centre", "Sandringham Practice",
            "Crowndale Centre", "Brandon Centre", "Queen's Crescent Community Centre", "Kentish Town Sports Centre",
            "Finsbury Leisure Centre", "Hamptons", "the lord napier", "the Whittington", "St Francis Xavier's", "St Dominic's",
            "John the Baptist", "Hackney Young Carers", "Hackney Women's Aid", "Camden Alcohol and Drug", "the childrens centre",
            "b.dcruz_11", "zakk.ec1_", "nanna_yvonne_blr", "t.g_n17x", "Babcia", "Pani", "Manman", "Tonton", "nennen", "Tarmida", "Umm",
            "Baba", "Nanna", "KJ", "St Lucia", "Haringey", "Iraq", "New South Wales", "Poland", "Filemon", "528817", "CC-88214-26",
            "H4419720", "26MER0917734", "CCC-2026-11842")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s80)


def test_the_counts():
    checks.counts(s80, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s80, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s80)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names and pet names
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script
