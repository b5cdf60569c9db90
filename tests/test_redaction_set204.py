"""Checks of the hand-written held-out redaction set 204 (bench/redaction_set204.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set204 as s204
from tests import hand_set_checks as checks

NAMES, TOTAL = 524, 908
HARD = (("SLACK, Mason", "name"), ("LOBANOS, Rimma", "name"), ("LOBANOS, Tomas", "name"), ("MARSDEN, Kai", "name"),
        ("GRATTON, Oliver", "name"), ("Ruby EYRE", "name"), ("Lacey SLACK", "name"), ("Shona\nTwigg", "name"),
        ("Bev\nMarsh", "name"), ("Sofija Firkovič", "name"), ("Galina Zajončkovska", "name"), ("Vytautas Žukas", "name"),
        ("Ananijus", "name"), ("Eyam", "name"), ("Hallam", "name"), ("Kevin Buxton", "name"), ("Slack", "name"),
        ("masons", "name"), ("Fins", "name"), ("kirsty", "name"), ("soph", "name"), ("ruby e", "name"), ("Jadey", "name"),
        ("Olly", "name"), ("Big Mo", "name"), ("dawn siddall", "name"), ("niamhs", "name"),
        ("Burton Edge", "place"), ("burton edge", "place"), ("Yokecliffe", "place"), ("Over Haddon", "place"),
        ("Bolehill", "place"), ("Grindleford", "place"), ("Grindlef0rd", "place"), ("Dronfie1d", "place"),
        ("Ashford in the\nWater", "place"), ("Trakai", "place"), ("Trakuose", "place"), ("Derbyje", "place"),
        ("Kromforde", "place"), ("Virksvortas", "place"), ("Hope", "place"), ("hope", "place"), ("sheff", "place"),
        ("youlgreave", "place"), ("nether padley", "place"), ("Page Hall", "place"),
        ("The Dale", "address"), ("no. 25", "address"), ("no 4", "address"), ("monyash rd", "address"),
        ("Flat 2, 14 Normanton Road", "address"), ("DE45 1BJ", "postcode"), ("S32 2JN", "postcode"),
        ("Gell", "school"), ("Hope VaIley College", "school"), ("hope valley college", "school"), ("Little Acorns", "school"),
        ("3rd March 2O24", "date"), ("l7/ll/2026", "date"), ("l2 June", "date"), ("2026-11-02", "date"),
        ("gruodžio 20", "date"), ("the 19th", "date"), ("21st", "date"), ("10th", "date"),
        ("14/03/2017", "dob"), ("30.08.26", "dob"), ("+370 612 48391", "phone"), ("+370 5 285 1173", "phone"),
        ("01433 650 218", "phone"), ("YD15 KXR", "vehicle"), ("FD19 XBN", "vehicle"), ("ST 48 22 61 C", "ni"),
        ("JT 62 93 05 A", "ni"), ("925 617 1783", "nhs"), ("8278 665 605", "nhs"), ("Z830079985546", "upn"),
        ("J830367734549", "upn"), ("o.pickford@hvc.derbyshire.sch.uk", "email"))
UNMARKED = ("Lithuania,", "Derbyshire Constabulary", "Bakewell Medical Centre", "The Wirksworth Surgery",
            "Hathersage Medical Centre", "Hathersage Pharmacy", "Bakewell midwives hub", "Chesterfield College",
            "Chesterfield Magistrates", "Sheffield Children's", "South Yorkshire Police", "t_boy0114", "kai.mars10",
            "emi_lob14", '"T"', "kenesa", "August 2026", "November 2027", "July 2023", "Kingfisher", "Bramble",
            "Spring Lodge", "Memorial Hall")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s204)


def test_the_counts():
    checks.counts(s204, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s204, HARD, UNMARKED)
