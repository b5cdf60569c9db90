"""Checks of the hand-written held-out redaction set 145 (bench/redaction_set145.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set145 as s145
from tests import hand_set_checks as checks

NAMES, TOTAL = 548, 922
# names that are words or towns; scripts; short forms; odd formats
HARD = (("MARSH, Skye", "name"), ("BRAY, Poppy", "name"), ("KONÉ, Ibrahim", "name"), ("KONÉ", "name"), ("KONE Ibrahim", "name"),
        ("TRAORE Mariam", "name"), ("Aminata KONÉ", "name"), ("Yao Serge KOUASSI", "name"), ("HUSSAIN, Zara", "name"),
        ("PRATT, Mason", "name"), ("COX, Lily-Mae", "name"), ("CAMPBELL, Kai Marcus", "name"), ("Sentila LONGKUMER", "name"),
        ("Pauline\nCartwright", "name"), ("Sentila L", "name"), ("J Fenwick", "name"), ("D Wray", "name"), ("K. N'Guessan", "name"),
        ("Along", "name"), ("along", "name"), ("Marsh", "name"), ("Hope", "name"), ("Dawn", "name"), ("Grace", "name"), ("grace", "name"),
        ("Rose Barnes", "name"), ("Dale", "name"), ("dale", "name"), ("Hannah Bedford", "name"), ("Ruth Wardown", "name"),
        ("Sue Harlington", "name"), ("Mina", "name"), ("Ibou", "name"), ("Senti", "name"), ("Temsu", "name"), ("Imli", "name"),
        ("Mase", "name"), ("Lil", "name"), ("Kez", "name"), ("Wes", "name"), ("Bev", "name"), ("Skeng", "name"), ("skeng", "name"),
        ("Rico", "name"), ("RICO", "name"), ("KHAN", "name"), ("Fanta", "name"), ("Serge", "name"), ("Diallo", "name"),
        ("Traoré", "name"), ("fenwick", "name"), ("amy", "name"), ("نازیہ", "name"), ("شمیم اختر", "name"), ("اشفاق", "name"),
        ("ڈڈیال", "place"), ("میرپور", "place"), ("Marsh Farm", "place"), ("Lewsey Farm", "place"), ("Lewsey", "place"),
        ("Farley Hill", "place"), ("Biscot", "place"), ("Beecroft", "place"), ("Stopsley", "place"), ("stopsley", "place"),
        ("High Town", "place"), ("HIGH TOWN", "place"), ("Sundon Park", "place"), ("sundon", "place"), ("round green", "place"),
        ("houghton regis", "place"), ("Houghton", "place"), ("mk", "place"), ("Milton Keynes", "place"), ("Bedford", "place"),
        ("bedford", "place"), ("Slough", "place"), ("Yopougon", "place"), ("Abobo", "place"), ("Abi-\ndjan", "place"),
        ("BIGGLES-\nWADE", "place"), ("Mokokchung", "place"), ("Dimapur", "place"), ("Dadyal", "place"), ("Kharak", "place"),
        ("Spanish Town", "place"), ("Portmore", "place"), ("Queens Park", "place"), ("14 Purley Centre", "address"),
        ("Purley Centre", "address"), ("the purley", "address"), ("41", "address"), ("no. 9", "address"), ("no. 21", "address"),
        ("NUMBER 7", "address"), ("whipperley", "address"), ("ashcroft", "address"), ("st thomas rd", "address"),
        ("dunstable rd", "address"), ("Blenheim Crescent", "address"), ("22 Cromwell\nRoad", "address"),
        ("J 54, Yopougon Sicogi", "address"), ("Cité Sicogi, bâtiment 14", "address"), ("Lea Manor", "school"), ("Beecroft", "school"),
        ("Cardinal Newman", "school"), ("Cardinal Newman Catholic\nSchool", "school"), ("Lewsey Farm Nursery", "school"),
        ("Avenue Centre", "school"), ("27th November\n2026", "date"), ("3 novembre 2026", "date"), ("28-Sep-2026", "dob"),
        ("03 / 05 / 1987", "dob"), ("19th", "date"), ("27th", "date"), ("24 NOV", "date"), ("09-Oct-2026", "date"),
        ("+225 07 07 41 28 63", "phone"), ("+225 27 22 48 16 90", "phone"), ("+91 98621 47305", "phone"), ("+92 5827 446 318", "phone"),
        ("+1 876 927 4410", "phone"), ("07766504183", "phone"), ("01582 493618", "phone"), ("JK 42 81 93 C", "ni"),
        ("NR 73 40 18 D", "ni"), ("KX19 BNE", "vehicle"), ("WK62 XRF", "vehicle"), ("680 705 7989", "nhs"), ("N821053151410", "upn"),
        ("donnawray87@hotmail.co.uk", "email"))
UNMARKED = ("Luton and Dunstable Hospital", "Luton Magistrates' Court", "Luton Youth Court", "Law Centre", "Bury Park Community Centre",
            "Bedfordshire Police", "CHILTERN LEA HOMES", "Wardown Park", "Dunstable Downs", "Prologis Park", "Bute House Medical Centre",
            "Lea Vale Medical Centre", "St Fremund's", "St Giles Trust", "Hat Factory", "Luton Food Bank", "Language Line",
            "Freedom Programme", "kaicxx_", "r1co_lu2", "donnaw_87", "skyeee", "Maman", "bruno", "Côte d'Ivoire", "Nagaland", "Jamaica",
            "Azad Kashmir", "District Mirpur", "M P + L-M C", "Tantie", "Mme", "Pastor", "bhabi", "sahib", "ماموں", "LB-55190", "40711",
            "40/88121/26", "BWV-1147-A", "CLINIQUE MEDICALE LES PALMIERS")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s145)


def test_the_counts():
    checks.counts(s145, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s145, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s145)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Urdu script


def test_the_checks_can_fail():
    bad = ((s145.RECORD_B, [("bad", "Ask about [[Tantie Fanta|name]], [[Mme Diallo|name]],"
                                      " [[Pastor Lanu|name]] and [[Thursday 7 January 2027|date]] in [[Nagaland|place]] and"
                                      " [[Jamaica|place]]. Fanta said no.")]),)
    found = s145.problems(bad, record_ids=[], record_phones=[])
    for word in ("Tantie", "Mme", "Pastor"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Nagaland", "Jamaica"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Fanta' is marked as a name elsewhere" in p for p in found)
