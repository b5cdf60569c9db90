"""Checks of the hand-written held-out redaction set 29 (bench/redaction_set29.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set29 as s29
from tests import hand_set_checks as checks

NAMES, TOTAL = 551, 1006
# names that are words or towns; short forms; odd formats
HARD = (("HUNTER, Mason", "name"), ("MARSH, Ruby-Mae", "name"), ("RICH, Connor James", "name"), ("LOVELL, Lacey-Rae", "name"),
        ("RESTREPO CÁRDENAS, Yuliana", "name"), ("OSPINA RESTREPO, Valentina", "name"), ("OSPINA RESTREPO", "name"),
        ("Tyler-Jay DUNK", "name"), ("Santiago OSPINA RESTREPO", "name"), ("Vikram\nNair", "name"), ("Kayden M", "name"),
        ("Harvey W", "name"), ("Valentina O-R", "name"), ("S. Hollebone", "name"), ("G Marsh", "name"), ("A. Tester", "name"),
        ("Ty", "name"), ("Ash", "name"), ("Santi", "name"), ("Vale", "name"), ("Luz", "name"), ("Tiz", "name"), ("Bigz", "name"),
        ("Dawn", "name"), ("Poppy", "name"), ("Grace", "name"), ("Skye", "name"), ("Kyle Dance", "name"), ("Kayleigh Hunter", "name"),
        ("Marsh", "name"), ("Lovell", "name"), ("Beard", "name"), ("Connor Rich", "name"), ("Wintle", "name"), ("Cumberbatch", "name"),
        ("ash", "name"), ("ty", "name"), ("chelsea", "name"), ("kai", "name"), ("gaz", "name"), ("kirst", "name"), ("stace", "name"),
        ("rubes", "name"), ("mase", "name"), ("lace", "name"), ("jadey", "name"), ("vale", "name"), ("kane", "name"),
        ("Tomasz Wiśniewski", "name"), ("Luz Marina Cárdenas", "name"), ("Hastings", "place"), ("Oistins", "place"),
        ("Bridgetown", "place"), ("Medellín", "place"), ("Envigado", "place"), ("Bogotá", "place"), ("Studley Green", "place"),
        ("Denton", "place"), ("denton", "place"), ("Barton", "place"), ("Reading", "place"), ("Lawrence Hill", "place"),
        ("Lawrence Hill", "address"), ("Weston-super-Mare", "place"), ("knowle west", "place"), ("melksham", "place"),
        ("Calle 32 # 81-46", "address"), ("Calle 32 # 81-46, Barrio Belén", "address"), ("Lot 17, Welches Terrace", "address"),
        ("Unit 4, Canal Road Industrial Estate", "address"), ("Telscombe\nCliffs Way", "address"), ("Studley Green\nPrimary", "school"),
        ("Bradford on\nAvon", "place"), ("6 January\n2027", "date"), ("no. 16", "address"), ("no 24", "address"), ("no 21", "address"),
        ("roderick ave", "address"), ("fulford rd", "address"), ("Hengrove Way", "address"), ("Portland Drive", "address"),
        ("BA14 OQT", "postcode"), ("BB17154", "postcode"), ("bridge", "school"), ("hareclive", "school"), ("kennet", "school"),
        ("Little Acorns", "school"), ("TELSCOMBE CLIFFS PRIMARY SCHOOL", "school"), ("Reigate Grammar", "school"),
        ("Telscombe Cliffs", "school"), ("29 / 10 / 26", "date"), ("12th", "date"), ("19th", "date"), ("15", "date"), ("20", "date"),
        ("3rd of March", "date"), ("19th November", "dob"), ("27th of May 2012", "dob"), ("2nd of August 1988", "dob"), ("9.4.17", "dob"),
        ("+57 310 482 7716", "phone"), ("+57 601 347 2285", "phone"), ("+1 246 428 3391", "phone"), ("+1 246 253 4417", "phone"),
        ("JB 27 63 81 A", "ni"), ("NH 36 71 29 D", "ni"), ("YK19 RWF", "vehicle"), ("WR17 OYC", "vehicle"), ("GN70 TXU", "vehicle"),
        ("F845204995699", "upn"), ("564 483 6789", "nhs"), ("senco@furzefield.surrey.sch.uk", "email"))
UNMARKED = ("Gatwick", "the Oracle", "Merstham\nrec", "A40", "Bim", "Crop Over", "Bosun", "Tyson", "Merstham Family Centre",
            "Hartcliffe Community Hub", "Hartcliffe Youth Club", "Trowbridge Community Area Future", "Reading Children's Services",
            "Severn Vale Council", "Lovemead Group Practice", "Meridian Surgery", "Gloucestershire Royal", "Royal Berkshire Hospital",
            "SELWOOD LETTINGS", "Next\nLink", "Language Line", "Surrey and Borders", "Christ Church", "Barbados", "Colombia",
            "Wiltshire Council", "alfie.l_bs13", "hartcliffe.youthclub", "Papá", "Abuelita", "Pastor", "Great-aunt", "Señora", "PC 4417",
            "5226-0911840", "ID 40712", "LR/0417/MAR")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s29)


def test_the_counts():
    checks.counts(s29, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s29, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s29)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = (
        (
            s29.RECORD_B,
            [
                (
                    "bad",
                    "Ring [[01737 642 31|phone]] about [[Santi|name]], [[Pastor Cumberbatch|name]], [[Abuelita Luz|name]],"
                    " [[Señora Cárdenas|name]] and [[Great-aunt Hyacinth|name]] on [[Sunday 8 November|date]] in [[Colombia|place]],"
                    " [[Barbados|place]], [[Surrey|place]] and [[Wiltshire|place]].\n"
                    "NHS [[564 483 6788|nhs]]. Santi said no.",
                )
            ],
        ),
    )
    found = s29.problems(bad, record_ids=["5644836788"], record_phones=["01737 642 31"])
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01737 642 31" in p for p in found)
    for word in ("Pastor", "Abuelita", "Señora", "Great-aunt"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Colombia", "Barbados", "Surrey", "Wiltshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 564 483 6788" in p for p in found)
    assert any("'Santi' is marked as a name elsewhere" in p for p in found)
