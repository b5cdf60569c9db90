"""Checks of the hand-written held-out redaction set 89 (bench/redaction_set89.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set89 as s89
from tests import hand_set_checks as checks

NAMES, TOTAL = 485, 913
# names that are words or towns; scripts; short forms; odd formats
HARD = (("ROBSON, Kayden", "name"), ("OULD SIDI, Aichetou", "name"), ("MADI, Youssouf", "name"), ("BELL, Michelle", "name"),
        ("Kayden ROBSON", "name"), ("Zaharia AHAMADA", "name"), ("Mint Ahmed Salem", "name"), ("Mariem Mint\nAhmed Salem", "name"),
        ("Kyle\nWhitby", "name"), ("R Summerbell", "name"), ("S Chaudhry", "name"), ("Summer", "name"), ("summer", "name"),
        ("Hope", "name"), ("Rose Bainbridge", "name"), ("Dawn Whitfield", "name"), ("dawn", "name"), ("Hall", "name"), ("Whitby", "name"),
        ("Shields", "name"), ("Connor", "name"), ("Ty", "name"), ("Gem", "name"), ("Zara", "name"), ("Mo", "name"), ("Youssouf", "name"),
        ("kyle", "name"), ("jordans", "name"), ("chelsea dodds", "name"), ("عيشة", "name"), ("مريم", "name"), ("سيدي", "name"),
        ("Faïza", "name"), ("Maureen PURVlS", "name"), ("Talt", "name"), ("Alfle", "name"), ("ZAHARIA AHAMADA", "name"),
        ("Whitby", "place"), ("Walker", "place"), ("Boro", "place"), ("lemmington", "place"), ("Lemlngton", "place"), ("heaton", "place"),
        ("nouakchott", "place"), ("روبيه", "place"), ("Newcastle upon\nTyne", "place"), ("Tevragh Zeina", "place"),
        ("Mutsamudu", "place"), ("Marseille", "place"), ("Roubaix", "place"), ("ROUBAIX", "place"), ("Arthur's Hill", "place"),
        ("Flat 3,\n86 Elswick Road", "address"), ("12 Rue de Lyon", "address"), ("14 Rue Pierre de Roubaix", "address"),
        ("appartement 4", "address"), ("flat 4", "address"), ("no. 44", "address"), ("binswood", "address"),
        ("chillingham rd", "address"), ("5 Tyne Vlew Gardens", "address"), ("13015", "postcode"), ("59100", "postcode"),
        ("Westgate Hill\nPrimary", "school"), ("westgate hill", "school"), ("Excelsior", "school"), ("Atkinson Road", "school"),
        ("28/O7/196O", "dob"), ("24th Novernber", "date"), ("18 novembre 2026", "date"), ("24 November\n2026", "date"),
        ("5th of november", "date"), ("20", "date"), ("8th", "date"), ("+33 6 14 52 78 93", "phone"), ("+269 332 41 57", "phone"),
        ("+222 46 21 38 74", "phone"), ("+34 612 48 39 20", "phone"), ("07711904582", "phone"), ("V391211026014", "upn"),
        ("NE 37 19 52 C", "ni"), ("NK14 RZD", "vehicle"), ("939 956 4282", "nhs"))
UNMARKED = ("Byker Community Trust", "Walker Medical Group", "Elswick Family Practice", "Benwell Lane surgery", "Cowgate Surgery",
            "Family Court at Newcastle", "Newcastle United", "Search Newcastle", "West End Foodbank", "Great North Children's Hospital",
            "the RVI", "the rvi", "Northumbria Police", "Cleveland Police", "HMP Durham", "Swan Hunter", "Vickers", "St James' Park",
            "Central Station", "Coast Road", "Blue Line Taxis", "the Spar", "greggs", "Rocky", "Fundi", "Baba", "mama", "Mayotte",
            "Anjouan", "Comoros", "Mauritania", "Spain", "Sheikh", "Mme", "Madame", "FD/26/88214", "bleep 4471", "PC 4417", "plate 1184")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s89)


def test_the_counts():
    checks.counts(s89, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s89, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s89)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Arabic script


def test_the_checks_can_fail():
    bad = ((s89.RECORD_C, [("bad", "Ring [[0191 278 331|phone]] about [[Mme Bacar|name]], [[Ba Youssouf|name]],"
                                    " [[Sheikh Abdou|name]], [[nana Maureen|name]] on [[Friday 6 November|date]] in"
                                    " [[Comoros|place]], [[Mayotte|place]] and [[Mauritania|place]].\n"
                                    "NHS [[541 162 7967|nhs]]. Aichetou said no, [[Aichetou|name]] yes.")]),)
    found = s89.problems(bad, record_ids=["5411627967"], record_phones=["0191 278 331"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Mme", "Ba", "Sheikh", "nana"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Comoros", "Mayotte", "Mauritania"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("'Aichetou' is marked as a name elsewhere" in p for p in found)
