"""Checks of the hand-written held-out redaction set 90 (bench/redaction_set90.py) that do not use the detector:
its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set90 as s90
from tests import hand_set_checks as checks

NAMES, TOTAL = 512, 921
# names that are words, seasons or counties; scripts; odd formats
HARD = (("MEDEIROS REGO, Tiago", "name"), ("DA SILVA, Nuno", "name"), ("CARUANA-FERRO, Dylan", "name"), ("PENFOLD, Reece James", "name"),
        ("Pat Bri\nght", "name"), ("Lee Gran\nger", "name"), ("Pauline\nGosling", "name"), ("Summer", "name"), ("SUMMER ROSE", "name"),
        ("BRIGHT", "name"), ("Devon", "name"), ("Devon Lord", "name"), ("Lord", "name"), ("Kelly Winter", "name"), ("Rainbow", "name"),
        ("Patience Adeyemi", "name"), ("Filó", "name"), ("Zé", "name"), ("Conceição", "name"), ("Mari Carmen", "name"), ("Bugsy", "name"),
        ("bugsy", "name"), ("T-Bone", "name"), ("Tiny", "name"), ("Scouse Dave", "name"), ("Gibbo", "name"), ("shaz", "name"),
        ("keels", "name"), ("jordan M", "name"), ("Sum", "name"), ("Gav", "name"), ("Jay", "name"), ("marcia lord", "name"),
        ("C Bright", "name"), ("Gib", "place"), ("Gibraltar", "place"), ("Glacis", "place"), ("Glacis Estate", "place"),
        ("Humphreys", "place"), ("Catalan Bay", "place"), ("La Línea", "place"), ("São Miguel", "place"), ("Ponta Delgada", "place"),
        ("Rabo de Peixe", "place"), ("Ribeira Grande", "place"), ("Kingston", "place"), ("Spanish Town", "place"),
        ("S0UTHAMPT0N", "place"), ("West End", "place"), ("Hedge End", "place"), ("st denys", "place"), ("bitterne park", "place"),
        ("Coxford", "place"), ("Sholing", "place"), ("Lordshill", "place"), ("Maybush", "place"), ("Peartree", "place"),
        ("Swaythling", "place"), ("Rua de Lisboa 27", "address"), ("Rua de Lisboa", "address"), ("no. 16", "address"),
        ("no 11", "address"), ("Flat 14", "address"), ("12", "address"), ("portsmouth rd", "address"), ("22b Kent road", "address"),
        ("9500-216", "postcode"), ("9600-512", "postcode"), ("Woolston", "school"), ("woolston", "school"), ("Testwood", "school"),
        ("Antero de Quental", "school"), ("Little Oaks", "school"), ("Oasis Academy Lord's\nHill", "school"), ("25 Dec\n2022", "date"),
        ("26/1O/2026", "date"), ("dezanove de março de dois mil e vinte", "date"),
        ("nineteenth of March two thousand and twenty", "date"), ("dezassete de fevereiro", "dob"),
        ("Ten of the April, eighty-six", "dob"), ("12 / 06 / 2O20", "dob"), ("2026-11-26", "date"), ("9", "date"), ("10", "date"),
        ("12 November", "date"), ("+351 913 472 806", "phone"), ("+350 200 47381", "phone"), ("+1 876 555 0142", "phone"),
        ("+1 508 555 0176", "phone"), ("X852231467135", "upn"), ("817 559 4292", "nhs"), ("TM 83 27 55 A", "ni"), ("KN68 ZTU", "vehicle"),
        ("SN17 OWK", "vehicle"), ("marycarmen.caruana61@gibtelecom.net", "email"))
UNMARKED = ("Lordshill Health Centre", "Lordshill\nDistrict Centre", "Southampton Children's Hospital", "Southampton General",
            "Princess Anne Hospital", "HMP Eastwood Park", "CPCJ Ribeira Grande", "Stoneham Lane Surgery", "Swaythling Housing Society",
            "Harbour Lights Family Contact Centre", "Peartree Family Hub", "New Testament Church of God", "Solent Water Council",
            "LinguaSol", "Cafcass", "Mayfield Park", "Testwood Lakes", "Itchen Bridge", "Civic Centre", "Shirley Health Partnership",
            "Family Court at Southampton", "Benfica", "the Azores", "Portugal", "Jamaica", "Gibraltarian", "DJ", "ambs 💕", "Mummy",
            "avó", "aunty", "Dona", "Senhor", "44260391177", "LS-20448", "SO26P00418", "S4471209", "until at least March 2027",
            "August 2023")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s90)


def test_the_counts():
    checks.counts(s90, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s90, HARD, UNMARKED, split=("name", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s90)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
