"""Checks of the hand-written held-out redaction set 232 (bench/redaction_set232.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set232 as s232
from tests import hand_set_checks as checks

NAMES, TOTAL = 507, 892
HARD = (("HARKER, Ruby", "name"), ("THEDY, Monica", "name"), ("LINTY, Ivo", "name"), ("PICKERSGILL, Jessica", "name"),
        ("KOWALCZYK, Oskar", "name"), ("ELLWOOD, Callum", "name"), ("Callum ELLWOOD", "name"), ("Steph\nCalvert", "name"),
        ("Hannah\nLeeming", "name"), ("Gemma\nTodd", "name"), ("Kay1eigh Harker", "name"), ("Ty1er Metcalfe", "name"),
        ("0ldroyd", "name"), ("Shane Dinsda1e", "name"), ("GiIlian Swale", "name"), ("Fotherglll", "name"), ("A. Raine", "name"),
        ("O. Kenny", "name"), ("Tyler B", "name"), ("Oskarek", "name"), ("zosia", "name"), ("kayleighs", "name"), ("chlo", "name"),
        ("Emi", "name"), ("Bärli", "name"), ("Agata Wróbel", "name"),
        ("Leybum", "place"), ("Ley\nburn", "place"), ("Bishop\nMonkton", "place"), ("Midd1eham", "place"),
        ("Gressoney-Saint-Jean", "place"), ("Gressoney-La-Trinité", "place"), ("Kraków", "place"), ("krakow", "place"),
        ("dacre banks", "place"), ("pateley", "place"), ("Catterick Garrison", "place"), ("west witton", "place"),
        ("Northallerton", "place"), ("l2 Thornborough CIose", "address"), ("Flat 3, 22 Silver Street", "address"),
        ("Flat 6, 40 Dragon Parade", "address"), ("thornborough close", "address"),
        ("Low Green Cottages", "address"), ("DL8 5QR", "postcode"), ("LS8 5HR", "postcode"),
        ("l9 November 2O26", "date"), ("O3/O9/2O25", "dob"), ("ll/O6/2Ol9", "dob"), ("l8.ll.26", "date"),
        ("29 ottobre 2026", "date"), ("24th", "date"), ("January", "date"), ("25.07.2012", "dob"),
        ("+39 0125 355 218", "phone"), ("+39 347 281 6093", "phone"), ("+48 601 234 567", "phone"), ("01969 624 815", "phone"),
        ("PR 63 18 47 B", "ni"), ("PR631847B", "ni"), ("NX 27 54 81 D", "ni"), ("281 545 5137", "nhs"), ("005 531 3043", "nhs"),
        ("E815495894634", "upn"), ("YJ18 KWT", "vehicle"), ("YB70 HZN", "vehicle"), ("monica.thedy88@libero.it", "email"),
        ("t.kowalczyk1984@wp.pl", "email"), ("Masham Church of England Primary School", "school"),
        ("The Wensleydale School", "school"))
UNMARKED = ("Estonia", "Italy", "Harrogate District Hospital", "North Yorkshire Horizons", "Carers' Resource", "IDAS", "Titsch",
            "Walser German", "Grossmama", "babcia", "HMP Durham", "CENTRAL WENSLEYDALE SURGERY", "NORTH YORKSHIRE POLICE",
            "Language Line", "Nidderdale Plus", "Operation Encompass", "Shout")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s232)


def test_the_counts():
    checks.counts(s232, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s232, HARD, UNMARKED, split=('name', 'place'))
