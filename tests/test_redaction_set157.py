"""Checks of the hand-written held-out redaction set 157 (bench/redaction_set157.py) that do not use the detector: its
marking is clean, its size, its own hard cases and the organisation and landmark strings left unmarked."""

from bench import redaction_set157 as s157
from tests import hand_set_checks as checks

NAMES, TOTAL = 190, 368
# names that are words; scripts; short forms; odd formats
HARD = (("TUNNARD, Kyle", "name"), ("EPWORTH, Jade", "name"), ("MAWER Kacey", "name"), ("HUDAK", "name"), ("K. Halgarth", "name"),
        ("Anita\nGosling", "name"), ("Maria\nFedorova", "name"), ("Ksenia\nSafonova", "name"), ("Lacey-Mae", "name"), ("Rose", "name"),
        ("Dawn Cammack", "name"), ("Hardy", "name"), ("Jordan", "name"), ("Deano", "name"), ("mols", "name"), ("varya", "name"),
        ("anfisa", "name"), ("tayla", "name"), ("hollie", "name"), ("kai", "name"), ("maria", "name"), ("Тихон", "name"),
        ("Анфиса Кузьмина", "name"), ("Зуевых", "name"), ("Холли", "name"), ("Николай Трофимов", "name"), ("Анна", "name"),
        ("Zuyevs", "name"), ("Maty", "name"), ("Fenside", "place"), ("Fishtoft", "place"), ("kirton", "place"), ("Kirton", "place"),
        ("Кёртон", "place"), ("Daugavpils", "place"), ("Даугавпилс", "place"), ("Свидник", "place"), ("Svidník", "place"),
        ("svidnik", "place"), ("Prešov", "place"), ("Skeggy", "place"), ("skeg", "place"), ("Wainfleet All\nSaints", "place"),
        ("Frampton", "place"), ("Sutterton", "place"), ("sutterton", "place"), ("frampton", "place"), ("alf", "name"),
        ("spilsby", "place"), ("silver st", "address"), ("Burgh le\nMarsh", "place"), ("5th Jan 2021", "dob"),
        ("gemma.ostler@nhs.net", "email"), ("Mychajlo Vasiľ", "name"), ("Анна Федорова", "name"), ("FY17 HXO", "vehicle"),
        ("Haven High", "school"), ("3 Dec", "date"), ("Zuyeva, Varvara", "name"), ("Tisha", "name"), ("Shannon SKEELS", "name"),
        ("07842611309", "phone"), ("02-12-2026", "date"), ("SENTANCE, Maureen", "name"), ("Alfie CROWDER", "name"), ("L Crowder", "name"),
        ("Kai\nLoveday", "name"), ("Shirley\nPinder", "name"), ("Mo", "name"), ("Wainfleet St Mary", "place"),
        ("grand parade", "address"), ("craig", "name"), ("7 Willington\nRoad", "address"), ("Lumley\nRoad", "address"),
        ("Wyberton Low Road", "address"), ("12", "address"), ("31", "address"), ("33", "address"), ("Chalet 31", "address"),
        ("ch31", "address"), ("SEA LANE CHALETS", "address"), ("sea lane chalets", "address"), ("Sea Lane", "address"),
        ("ул. Гимназияс 14-3", "address"), ("Grand Parade", "address"), ("LV-5401", "postcode"), ("burgh fields", "school"),
        ("ingoldmells sands", "school"), ("Fenside Primary", "school"), ("Wyberton Fen", "school"), ("12 декабря 2026", "date"),
        ("29th Nov 2026", "date"), ("30/11", "date"), ("6th", "date"), ("1/12", "date"), ("14/3/20", "dob"), ("22.04.2017", "dob"),
        ("+371 2648 3157", "phone"), ("+421 948 225 107", "phone"), ("4623187640", "nhs"), ("K925214521187", "upn"),
        ("YR68 KZV", "vehicle"), ("mo.sentance62@gmail.com", "email"))
UNMARKED = ("Pilgrim Hospital", "Fenland Fresh Produce", "Marsh Larder", "Marisco Medical Practice", "Haven Marsh", "Lincolnshire Police",
            "Lincolnshire Community Health Services", "Tyson", "Latvia", "Co-op", "otec", "Greek Catholic", "ML-26-4471",
            "St Thomas' Church", "HMP Lincoln", "kc.mawerxx", "jord_skeg", "N4", "0917", "баба", "бабушка", "отец", "mamka", "Father",
            "2l:15")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s157)


def test_the_counts():
    checks.counts(s157, NAMES, TOTAL, docs=18)


def test_the_hard_cases_are_there():
    checks.hard_cases(s157, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s157)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # a hyphenated first name
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic script
