"""Checks of the hand-written held-out redaction set 230 (bench/redaction_set230.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set230 as s230
from tests import hand_set_checks as checks

NAMES, TOTAL = 510, 894
HARD = (("NETSHITENZHE, Thendo", "name"), ("Takalani NETSHITENZHE", "name"), ("Rudzani MUDAU", "name"), ("BEALE, Amy", "name"),
        ("KOWALCZYK, Marek", "name"), ("COOMBER, Harley", "name"), ("HARLEY COOMBER", "name"), ("JORDAN TICKNER", "name"),
        ("Helen\nWickens", "name"), ("Rosa\nMcGill", "name"), ("Hannah\nKemsley", "name"), ("Amit\nLakhani", "name"),
        ("J0anne PATTENDEN", "name"), ("A1fie", "name"), ("Ha11oran", "name"), ("Thendz", "name"), ("Masindi", "name"),
        ("zosia", "name"), ("aga", "name"), ("deccy", "name"), ("shirl", "name"), ("Reece O", "name"), ("kay", "name"),
        ("Big Col", "name"), ("Callum P", "name"), ("Tix", "name"),
        ("Thohoyandou", "place"), ("Sibasa", "place"), ("Makhado", "place"), ("Gdańsk", "place"), ("Gdansk", "place"),
        ("Rolvenden\nLayne", "place"), ("Ro1venden", "place"), ("cranbrook", "place"), ("headcorn", "place"),
        ("sutton valence", "place"), ("gills green", "place"), ("Stone in Oxney", "place"), ("Stone-cum-Ebony", "place"),
        ("Smallhythe", "place"), ("Shrubcote", "place"),
        ("14 Woodchurch Rd", "address"), ("no. 29", "address"), ("ul. Grunwaldzka 84", "address"), ("Ebony Cottage", "address"),
        ("rye road", "address"), ("Flat 3, The Street", "address"), ("TNl7 4LS", "postcode"), ("TN30 7AE", "postcode"),
        ("Homewood", "school"), ("Little Acorns", "school"), ("l2 November 2O26", "date"), ("8 Decernber", "date"),
        ("February half term", "date"), ("20-29 Nov 2026", "date"), ("2019", "date"), ("l7/O5/l98O", "dob"),
        ("28 April", "dob"), ("+27 15 962 0734", "phone"), ("+48 512 874 306", "phone"), ("01797 270 448", "phone"),
        ("JK 27 41 93 B", "ni"), ("248 060 7763", "nhs"), ("E886828021347", "upn"), ("KP19 XNF", "vehicle"),
        ("rudzanim88@outlook.com", "email"))
UNMARKED = ("South Africa", "Tshivenda", "Kent Front Door", "Ivy Court Surgery", "William Harvey Hospital", "St Giles Trust",
            "Crossroads Care Kent", "HMP Elmley", "Leeds Castle", "St Mildred's", "Makhulu", "Vho-", "tata", "Nanna",
            "kaysxx12", "tix_boy", "M20")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s230)


def test_the_counts():
    checks.counts(s230, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s230, HARD, UNMARKED, split=("name", "place"))
