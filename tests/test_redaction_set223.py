"""Checks of the hand-written held-out redaction set 223 (bench/redaction_set223.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set223 as s223
from tests import hand_set_checks as checks

NAMES, TOTAL = 500, 897
HARD = (("JIMBAI, Melati", "name"), ("Melati JIMBAI", "name"), ("Jimbai anak Nyandang", "name"), ("PYBUS, Keeley", "name"),
        ("ATKINSON, Claire", "name"), ("WILSTROP, Robert John", "name"), ("HARLEY DIXON", "name"), ("Tayla-Mae HARKER", "name"),
        ("Aled\nPryce", "name"), ("Joanne\nHarrison-Cole", "name"), ("Reece\nAgar", "name"), ("Trevor\nAinsley", "name"),
        ("Leanne\nStoddart", "name"), ("Kay1a Sowerby", "name"), ("Har1ey", "name"), ("Shann0n Harker", "name"),
        ("kiearn", "name"), ("debbie harker", "name"), ("lacey c", "name"), ("tyyy", "name"), ("Empeni", "name"),
        ("Mags", "name"), ("H. Sedgewick", "name"), ("Hodgsons", "name"), ("Sumbang", "name"),
        ("Great\nAyton", "place"), ("Ingleby\nGreenhow", "place"), ("Carlton in\nCleveland", "place"), ("Stokes1ey", "place"),
        ("kapit", "place"), ("Sibu", "place"), ("Kuching", "place"), ("boro", "place"), ("rudby", "place"), ("Gt Broughton", "place"),
        ("Teesside Park", "place"), ("Swainby", "place"),
        ("Jalan Kampung Nyabor", "address"), ("22 R0seberry Cres", "address"), ("roseberry cres", "address"), ("Low Bank Farm", "address"),
        ("Parly Road", "address"), ("no. 19", "address"), ("levenside", "address"),
        ("TS9 5BH", "postcode"), ("DL6 3DG", "postcode"), ("Roseberry Va1e", "school"), ("Swainby and Potto", "school"),
        ("O7/O7/2O26", "date"), ("3rd 0f July", "date"), ("30-31 October", "date"), ("Easter", "date"), ("the 14th", "date"),
        ("3/4/71", "dob"), ("28.11.79", "dob"), ("+60 19-857 3402", "phone"), ("+60 84-321 457", "phone"),
        ("+34 612 48 39 57", "phone"), ("NZ 36 71 48 B", "ni"), ("SK 52 68 03 D", "ni"), ("102 742 9033", "nhs"),
        ("T815389624317", "upn"), ("YB70 OZK", "vehicle"), ("nickysowerby88@hotmail.co.uk", "email"))
UNMARKED = ("Sarawak", "Benidorm", "up Roseberry", "Dudley Arms", "Moorside Care", "Home-Start", "North Yorkshire Council",
            "NORTH YORKSHIRE POLICE", "Cleveland Police", "Gawai", "rotan", "Apai", "Aki", "Ini", "Nana", "jd hoodie", "Y6")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s223)


def test_the_counts():
    checks.counts(s223, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s223, HARD, UNMARKED, split=('name', 'place'))
