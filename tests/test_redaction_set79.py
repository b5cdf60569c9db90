"""Checks of the hand-written held-out redaction set 79 (bench/redaction_set79.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set79 as s79
from tests import hand_set_checks as checks

NAMES, TOTAL = 544, 1035
# names that are words or towns; scripts; short forms; odd formats
HARD = (("SHARP, Finley", "name"), ("ASHBY-GORE, Ottilie", "name"), ("BROOK, Chantelle", "name"), ("Daylín CASTILLO PÉREZ", "name"),
        ("Tegan THOMAS", "name"), ("C Brook", "name"), ("Daylin C", "name"), ("A. Ware", "name"), ("Ware", "name"), ("Ruth Ware", "name"),
        ("Chesham", "name"), ("Chesham", "place"), ("Hugo Tring", "name"), ("Tring", "place"), ("Ian Sandy", "name"),
        ("Sandy Bay", "place"), ("Hope", "name"), ("Hope Adewale", "name"), ("Grace Holt", "name"), ("Ash", "name"),
        ("Tyler Ash", "name"), ("Day", "name"), ("dawn", "name"), ("Willow", "name"), ("Reggie", "name"), ("Kay", "name"),
        ("finn", "name"), ("jordy", "name"), ("kelsey", "name"), ("hamza rafiq", "name"), ("dre", "name"), ("Dre", "name"),
        ("Migda", "name"), ("Odalys", "name"), ("Yeison", "name"), ("yeison", "name"), ("Barney", "name"), ("Tilly", "name"),
        ("Hamzi", "name"), ("حمزہ", "name"), ("علینا", "name"), ("صائمہ رفیق", "name"), ("BR00K", "name"), ("0dalys", "name"),
        ("Yeis0n", "name"), ("G. Ashw0rth", "name"), ("Ashby-Gore", "name"), ("Pryce", "name"), ("Thorne", "name"), ("Whitlam", "name"),
        ("THOMAS", "name"), ("YON", "name"), ("Hemel", "place"), ("Berko", "place"), ("Ricky", "place"), ("Jo'burg", "place"),
        ("elstree", "place"), ("luton", "place"), ("harrow", "place"), ("Grovehill", "place"), ("Half Tree Hollow", "place"),
        ("Jamestown", "place"), ("Georgetown", "place"), ("Centro Habana", "place"), ("La Habana", "place"), ("Holguín", "place"),
        ("Hialeah", "place"), ("Money Hill", "place"), ("Maple Cross", "place"), ("Islamabad", "place"), ("Hemel Hempstead", "place"),
        ("South Oxhey", "place"), ("Abbots Langley", "place"), ("Neptuno 412, apto 3, entre Escobar y Gervasio", "address"),
        ("Reina", "address"), ("House 112, Street 7, F-10/2", "address"), ("Cleughs Plain", "address"), ("no. 24", "address"),
        ("21", "address"), ("number 11", "address"), ("Flat 5", "address"), ("no. 5", "address"), ("no. 1", "address"),
        ("number 60", "address"), ("Manor Street", "address"), ("washington ave", "address"), ("cecil st", "address"),
        ("10200", "postcode"), ("28020", "postcode"), ("WD19 7AX", "postcode"), ("Westfield", "school"), ("Field Junior", "school"),
        ("Greenfields", "school"), ("Little Acorns", "school"), ("West Herts College", "school"),
        ("NORTHCHURCH ST MARY'S CofE SCHOOL", "school"), ("08/18/2026", "date"), ("12/01/2026", "date"), ("28th", "date"),
        ("31st", "date"), ("l0th", "date"), ("13/08/2O26", "date"), ("14", "date"), ("16 October", "date"), ("5", "date"),
        ("6 Dec", "date"), ("2nd Nov", "date"), ("18/9/26", "date"), ("O2/O3/2OO9", "dob"), ("23.06.2OO7", "dob"),
        ("+53 5 281 4437", "phone"), ("+34 612 483 907", "phone"), ("+1 305 418 2276", "phone"), ("+92 51 2874412", "phone"),
        ("+290 22417", "phone"), ("+290 64209", "phone"), ("+44 7723 418560", "phone"), ("07845219604", "phone"), ("TB 09 03 02 A", "ni"),
        ("JW 81 02 17 D", "ni"), ("YR67 KDZ", "vehicle"), ("LT19 XPW", "vehicle"), ("GU17 HRF", "vehicle"), ("FD62 YBN", "vehicle"),
        ("455 684 4843", "nhs"), ("Z919147592337", "upn"), ("L919131326453", "upn"), ("ivybenjamin.sthelena@gmail.com", "email"))
UNMARKED = ("Watford General", "Hemel Hempstead Hospital", "Oxhey Village Surgery", "Abbots Langley Surgery",
            "Rickmansworth Health Centre", "Vicarage Road Surgery", "FAMILY COURT AT WATFORD", "HEMEL FOOD BANK", "Leavesden Lions",
            "Meriden Court", "Sherrards", "Western Union", "Willow Team", "Three Rivers", "Jarman Park", "Aquadrome", "Harlequin",
            "Ashridge", "Berkhamsted Civic Centre", "Bailey", "pudding", "yei.sntg_07", "WD26P00417", "HFB-26-3317", "HF/7",
            "Hertfordshire", "Cuba", "Florida", "St Helena", "Ascension", "Saints", "England", "امی", "Abuela", "mamu", "T.T.",
            "Gade Carers Hub", "Colne Chess Council", "Gade Valley", "Canada Goose", "Greggs", "Co-op", "Tesco")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s79)


def test_the_counts():
    checks.counts(s79, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s79, HARD, UNMARKED, split=("name", "address", "place", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s79)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = ((s79.RECORD_C, [("bad", "Ring [[01923 241 88|phone]] about [[Kay|name]], [[Abuela Migda|name]], [[tía Odalys|name]],"
                                    " [[Nanny Tina|name]] and [[Tariq mamu|name]] on [[Sunday 8 November|date]] in [[Cuba|place]],"
                                    " [[Hertfordshire|place]], [[St Helena|place]] and [[Ascension Island|place]].\n"
                                    "NHS [[455 684 4844|nhs]], NI [[DQ 12 34 56 E|ni]]. Kay said no.")]),)
    found = s79.problems(bad, record_ids=["4556844844"], record_phones=["01923 241 88"])
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01923 241 88" in p for p in found)
    for word in ("Abuela", "tía", "Nanny"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "mamu" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Cuba", "Hertfordshire", "St Helena", "Ascension Island"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 455 684 4844" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Kay' is marked as a name elsewhere" in p for p in found)
