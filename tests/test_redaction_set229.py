"""Checks of the hand-written held-out redaction set 229 (bench/redaction_set229.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set229 as s229
from tests import hand_set_checks as checks

NAMES, TOTAL = 505, 899
HARD = (("PAKARATI, Hinariru", "name"), ("HAOA, Vai", "name"), ("PAKARATI, Dean", "name"), ("DUNDERDALE, Tyler", "name"),
        ("BRUMBY, Oliwia", "name"), ("KITCHING, Macy", "name"), ("Macy KITCHING", "name"), ("Arlo SARGENT", "name"),
        ("ARLO SARGENT", "name"), ("VARLEY, Bailey", "name"), ("Lauren\nCoggon", "name"), ("Dawn\nKilby", "name"),
        ("Amy\nBurkitt", "name"), ("Karen\nTwigg", "name"), ("Steven\nPudsey", "name"), ("Hina", "name"), ("Deano", "name"),
        ("jordy", "name"), ("kayleigh dunderdale", "name"), ("dex", "name"), ("D3x", "name"), ("Bigs", "name"), ("oli", "name"),
        ("aga", "name"), ("Shann0n VarIey", "name"), ("BaiIey", "name"), ("L0rna Pask", "name"), ("N. Gregson", "name"),
        ("Moai", "name"), ("mimi", "name"), ("craigs", "name"), ("ryans", "name"),
        ("Hanga Roa", "place"), ("hanga roa", "place"), ("Anakena", "place"), ("Valparaíso", "place"), ("Poznań", "place"),
        ("Epworth Turbary", "place"), ("Westwoods", "place"), ("Graizelound", "place"), ("Owston Ferry", "place"),
        ("owston", "place"), ("EaIand", "place"), ("Cr0wle", "place"), ("scunny", "place"), ("gainsboro", "place"),
        ("Westgate", "place"), ("14 Chapel Street", "address"), ("Flat 4, 62 Frodingham Road", "address"),
        ("l7 Queen Street", "address"), ("3 MiII Road", "address"), ("godnow rd", "address"), ("no. 16", "address"),
        ("Avenida Atamu Tekena 212", "address"), ("DNl7 4JD", "postcode"), ("DN9 1HQ", "postcode"),
        ("Epworth Primary Academy", "school"), ("Haxey CE Primary", "school"), ("l4 November 2O26", "date"),
        ("l8 January 2O27", "date"), ("boxing day", "date"), ("last Christmas", "date"), ("25/0l/20l6", "dob"),
        ("30.07.26", "dob"), ("+56 9 6184 3527", "phone"), ("+56 32 210 0473", "phone"), ("+48 601 234 567", "phone"),
        ("01427 890 253", "phone"), ("NH 52 71 38 B", "ni"), ("SP 24 81 06 A", "ni"), ("667 801 1945", "nhs"),
        ("240 978 3619", "nhs"), ("M813453389609", "upn"), ("FY19 ZLT", "vehicle"), ("YB22 CXU", "vehicle"),
        ("vai.haoa88@gmail.com", "email"), ("shannonvarley94@hotmail.co.uk", "email"))
UNMARKED = ("Easter Island", "Poland", "HUMBERSIDE POLICE", "N0RTH LINC0LNSHIRE C0UNCIL", "Scunthorpe General",
            "Crowle Surgery", "Haxey Medical Centre", "Axholme Group Practice", "WithYou", "Haxey Hood", "Sure Start",
            "Nando's", "tía", "Babcia", "papá", "Sgt")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s229)


def test_the_counts():
    checks.counts(s229, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s229, HARD, UNMARKED, split=('name',))
