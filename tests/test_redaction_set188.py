"""Checks of the hand-written held-out redaction set 188 (bench/redaction_set188.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set188 as s188
from tests import hand_set_checks as checks

NAMES, TOTAL = 502, 911
HARD = (("TANNER, Kaden", "name"), ("YEGOROVA, Narspi", "name"), ("KUZMIN, Atner", "name"), ("COLE, Jordan Lee", "name"),
        ("CHOUDHURY, Ayaan", "name"), ("BRIGHT, Theo", "name"), ("Narspi YEGOROVA", "name"), ("Mark HARVEY", "name"),
        ("Irina\nSokolova", "name"), ("Tyler-James\nMunday", "name"), ("Safa\nChoudhury", "name"), ("Нарспи", "name"),
        ("Атнер", "name"), ("Николай", "name"), ("হাসিনা বেগম", "name"), ("আয়ান", "name"), ("Bones", "name"),
        ("bones", "name"), ("Deeks", "name"), ("Savti", "name"), ("Ayaan C.", "name"), ("ruby s", "name"),
        ("priyanka d", "name"), ("kaden tanner", "name"), ("caroI", "name"), ("AIfie", "name"), ("Lily rose", "name"),
        ("chantelle wix", "name"), ("poppy", "name"), ("Heybridge Basin", "place"),
        ("heybrige basin", "place"), ("heybrige", "place"), ("coIchester", "place"), ("Tolleshunt Knights", "place"),
        ("Goldhanger", "place"), ("goldhanger", "place"), ("Great Totham", "place"), ("Latchingdon", "place"),
        ("latchingdon", "place"), ("Мэйленд", "place"), ("Шупашкар", "place"), ("Cheboksary", "place"), ("Sylhet", "place"),
        ("Kazan", "place"), ("South Woodham", "place"), ("south woodham", "place"), ("Burnham-on-Crouch", "place"),
        ("Wickham\nBishops", "place"), ("Tiptree", "place"), ("tiptree", "place"), ("ul. Kalinina 84, kv. 12", "address"),
        ("428003", "postcode"), ("42 Holloway\nRoad", "address"), ("no. 19", "address"), ("number 40", "address"),
        ("flat 4", "address"), ("the Causeway", "address"), ("crouch st", "address"), ("Flat 3, 27 The Street", "address"),
        ("Plume", "school"), ("plume", "school"), ("Thurstable", "school"), ("Heybridge\nPrimary", "school"),
        ("l6/11/2O26", "date"), ("8 March\n2025", "date"), ("29th nov", "date"), ("12th", "date"),
        ("6 November 2026", "date"), ("11/04/2017", "dob"), ("10 May 2026", "dob"), ("+7 8352 62 14 37", "phone"),
        ("+7 917 654 32 10", "phone"), ("+880 1711 534 286", "phone"), ("EF17 KRW", "vehicle"), ("YN68 UXB", "vehicle"),
        ("EX15 MPO", "vehicle"), ("JT 48 21 90 C", "ni"), ("NZ 73 40 18 D", "ni"), ("441 108 7758", "nhs"),
        ("9441930873", "nhs"), ("Y881422045635", "upn"), ("Q881678735484", "upn"), ("chidinma.okafor2@nhs.net", "email"))
UNMARKED = ("Кукамай", "анне", "deeks_gang44", "j0rd.c", "KT\n", "Open Road", "Winston's Wish", "Eastlight", "Safespaces",
            "Broomfield", "Maldon District Council", "Dengie Health Visiting Team", "Dengie Medical Partnership",
            "Blackwater Medical Centre", "Chuvash Republic", "Russia", "Bangladesh", "spain", "March 2025", "July 2025",
            "jam factory", "sea wall", "Tesco", "bhai", "amma", "Children's Society", "biscit")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s188)


def test_the_counts():
    checks.counts(s188, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s188, HARD, UNMARKED)
