"""Checks of the hand-written held-out redaction set 255 (bench/redaction_set255.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set255 as s255
from tests import hand_set_checks as checks

NAMES, TOTAL = 502, 872
HARD = (("FROGGATT, Kayden", "name"), ("PICKERING, Jayden", "name"), ("MARRIOTT, Tyler", "name"), ("HOLLIS, Gemma", "name"),
        ("CAMPBELL, Marcus", "name"), ("Sittie Aisah DIMAKUTA", "name"), ("HARLEY WRAGG", "name"), ("TYLER MARRIOTT", "name"),
        ("Helen\nMorrissey", "name"), ("Marcus\nCampbell", "name"), ("Kirsty\nMellors", "name"), ("Har1ey", "name"),
        ("Ju1ie Wragg", "name"), ("0ldham", "name"), ("Jordan F0x", "name"), ("Lorna Bi1by", "name"), ("Sittie Lucman", "name"),
        ("Potri", "name"), ("sittie aisah", "name"), ("skinz", "name"), ("big j", "name"), ("kayd", "name"), ("ry", "name"),
        ("tanya froggatt", "name"), ("KELLY", "name"), ("MARCUS", "name"), ("PICKERING", "name"), ("Aisah", "name"),
        ("Bingham", "place"), ("bingham", "place"), ("Southwell", "place"), ("southwell", "place"), ("Tuxford", "place"),
        ("tuxford", "place"), ("Tuxf0rd", "place"), ("Ret ford", "place"), ("Gainsb0rough", "place"), ("Radcliffe on\nTrent", "place"),
        ("West\nBridgford", "place"), ("aslockton", "place"), ("east markham", "place"), ("st anns", "place"), ("Marawi", "place"),
        ("marawi", "place"), ("Saguiaran", "place"), ("Iligan", "place"), ("Edingley", "place"), ("Rainworth", "place"),
        ("14 Moorbridge Road", "address"), ("5 Newcast1e Street", "address"), ("Lower Kirklington\nRoad", "address"),
        ("fisher lane", "address"), ("tithby rd", "address"), ("no. 16", "address"), ("no 11", "address"),
        ("Flat 3, 18 Kings Road", "address"), ("NG13 8GT", "postcode"), ("NG22 OLN", "postcode"), ("Minster", "school"),
        ("Toot Hill", "school"), ("Tuxford Academy", "school"), ("l4/O9/2O26", "date"), ("2l/lO/2O26", "date"), ("3O/lO", "date"),
        ("O8/O7/2O25", "dob"), ("29/O3/2Ol6", "dob"), ("2 nov", "date"), ("21st", "date"), ("11 February 2013", "dob"),
        ("+63 917 482 6031", "phone"), ("+63 926 315 7408", "phone"), ("01949 837 216", "phone"), ("JP 73 41 28 D", "ni"),
        ("846 497 2970", "nhs"), ("8419834343", "nhs"), ("R891405616905", "upn"), ("FE18 WKJ", "vehicle"), ("YD17 HXR", "vehicle"),
        ("amer.dimakuta@gmail.com", "email"), ("p.dunstan@tuxfordacademy.org.uk", "email"))
UNMARKED = ("Bingham Medical Centre", "Tuxford Medical Centre", "Bingham Town", "HMP Lowdham Grange", "Rushcliffe neighbourhood team",
            "NOTTINGHAMSHIRE POLICE", "Lanao del Sur", "sherwood forest", "clumber park", "King's Mill", "Markham M0or Medlcal Practice",
            "Nottinghamshire County Council", "Bai ", "apo ", "kaka ", '"AMA"', "Daddy rang", "Money stopped in August")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s255)


def test_the_counts():
    checks.counts(s255, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s255, HARD, UNMARKED, split=("name", "place"))
