"""Checks of the hand-written held-out redaction set 73 (bench/redaction_set73.py) that do not use the detector: its marking
checks, its size, its own hard cases, strings that stay unmarked, and failing checks (the checks every set shares are in
test_redaction_hand_sets.py)."""

from bench import redaction_set73 as s73
from tests import hand_set_checks as checks

NAMES, TOTAL = 608, 1012
# names that are words or towns; short forms; odd formats
HARD = (("STORR, Kai", "name"), ("MUTASA, Tanaka", "name"), ("RIPLEY, Thomas James", "name"), ("SOWERBY, Mark Andrew", "name"),
        ("GOTT, H0lly-Mae", "name"), ("Sandra\nWray", "name"), ("Selby", "name"), ("Selby", "place"), ("Sowerby", "name"),
        ("Sowerby", "place"), ("Ripley", "name"), ("Ripley", "place"), ("Summer", "name"), ("summer", "name"), ("Memory", "name"),
        ("Robin", "name"), ("robin", "name"), ("Dale Wilko", "name"), ("dale", "name"), ("Keith Dale", "name"), ("Jade Leadley", "name"),
        ("jade", "name"), ("Poppy", "name"), ("Holly", "name"), ("holly", "name"), ("Jordan Ibbo", "name"), ("Maru", "name"),
        ("Lupe", "name"), ("Xime", "name"), ("Chayo", "name"), ("Tonderai", "name"), ("Tino", "name"), ("Rumbi", "name"),
        ("Taki", "name"), ("Rufa", "name"), ("S. Wray", "name"), ("H Catterall", "name"), ("Becky Thirkell", "name"),
        ("Thirsk School", "school"), ("María Eugenia Hernández Ruiz", "name"), ("Guadalupe Hernández Ruiz", "name"),
        ("Inés Castaño", "name"), ("Tomás", "name"), ("steven pounder", "name"), ("Boro", "place"), ("boro", "place"),
        ("Robin Hood's\nBay", "place"), ("Robin Hood's Bay", "place"), ("Chitungwiza", "place"), ("Zapopan", "place"),
        ("Americana", "place"), ("Sherburn in\nElmet", "place"), ("brayton", "place"), ("drax", "place"),
        ("ruswarp c of e\nprimary", "school"), ("south milford", "place"), ("embsay", "place"), ("BRAYTON", "place"),
        ("Calle Pedro Moreno 1187", "address"), ("44160", "postcode"), ("no. 29", "address"), ("no 7", "address"),
        ("number 10", "address"), ("flat 4", "address"), ("Flat 2, 19 Greatwood Avenue", "address"), ("hurrs rd", "address"),
        ("helredale gdns", "address"), ("2 coach rd", "address"), ("16 leeds rd", "address"), ("flaxley", "school"),
        ("little acorns", "school"), ("caedmon", "school"), ("LITTLE ACORNS NURSERY", "school"),
        ("Thirsk School and Sixth Form\nCollege", "school"), ("Askham Bryan", "school"), ("King James's", "school"),
        ("Aspin Park", "school"), ("Greatwood", "school"), ("Greatwood", "place"), ("O9/O2/2O24", "dob"), ("2O.11.26", "date"),
        ("2O/11/2O26", "date"), ("16th", "date"), ("16", "date"), ("18th", "date"), ("21/10", "date"), ("7 Nov", "date"),
        ("+263 77 502 3631", "phone"), ("+263 71 516 3237", "phone"), ("+52 33 9083 0166", "phone"), ("+52 33 5260 1815", "phone"),
        ("+44 7505 499896", "phone"), ("JK 48 21 93 B", "ni"), ("NW 62 17 40 C", "ni"), ("YJ68 KDV", "vehicle"), ("NK70 HXB", "vehicle"),
        ("FY19 XMO", "vehicle"), ("YB21 OXH", "vehicle"), ("A815211876543", "upn"), ("P815185671234", "upn"), ("114 878 1358", "nhs"),
        ("f.dinsdale@allertonshire.example.org", "email"))
UNMARKED = ("Dales and Vale Council", "Citizens Advice", "the Civic Centre", "Drax power station", "North Yorkshire Police",
            "TransVoice NY", "the Friarage", "The Friarage", "Mayford House Surgery", "Old Swan", "IDAS", "Home Office",
            "James Cook University Hospital", "Middlesbrough station", "Whitby bus station", "Whitby Library", "whitby CID",
            "AIREDALE NHS FOUNDATION TRUST", "Airedale", "Fisher Medical Centre", "Lambert Medical Centre", "Cruse", "Ted", "Nane",
            "Gogo", "Mam 💕", "Amai", "Baba", "Sekuru", "Abuelita", "Zimbabwe", "Jalisco", "Mexico", "North Yorkshire", "KD/3",
            "AR4471902", "GMC 7281044", "12260198544", "FLU/26/0877", "Aldi", "Mwari", "North Face", "Air Max", "CPOMS", "in the summer",
            "the abbey steps", "the Abbey", "Vana vaGogo", "Universal Credit", "ELSA")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s73)


def test_the_counts():
    checks.counts(s73, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s73, HARD, UNMARKED, split=("name", "place", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s73)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() for name in names)  # Spanish names with accents
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s73.RECORD_B, [("bad", "Ring [[01609 12|phone]] about [[Taki|name]], [[Gogo Rudo|name]], [[Sekuru Tonderai|name]],"
                                    " [[Tete Memory|name]], [[Mai Tino|name]], [[Abuelita Chayo|name]], [[Mr Sowerby senior|name]]"
                                    " on [[Monday 9 November|date]] in [[Zimbabwe|place]], [[Jalisco|place]] and"
                                    " [[North Yorkshire|place]]. Taki said no.")]),)
    found = s73.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number" in p for p in found)
    for word in ("Gogo", "Sekuru", "Tete", "Mai", "Abuelita", "Mr"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Zimbabwe", "Jalisco", "North Yorkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Taki' is marked as a name elsewhere" in p for p in found)
