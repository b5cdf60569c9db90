"""Checks of the hand-written held-out redaction set 109 (bench/redaction_set109.py) that do not use the detector:
its marking passes its own checker, its size, its hard cases, the organisations and landmarks it
leaves unmarked, and that its checks can fail."""

from bench import redaction_set109 as s109
from tests import hand_set_checks as checks

NAMES, TOTAL = 515, 904
HARD = (("ABAKAR, Mariam", "name"), ("RALTE, Lalthansangi", "name"), ("WILKINSON, Jaxon", "name"), ("TATE, Harley", "name"),
        ("Kaiden ARMSTRONG", "name"), ("RALTE Lalthansangi", "name"), ("L Pinkney", "name"), ("Mary L", "name"), ("Jaxon W", "name"),
        ("Owen H", "name"), ("حواء هارون", "name"), ("مريم", "name"), ("خديجة أبكر", "name"), ("Ca1lum", "name"), ("Peter1ee", "place"),
        ("l5th", "date"), ("20th Novemher 2026", "date"), ("Biscuit", "name"), ("Tazz", "name"), ("Remi", "name"), ("Sangi", "name"),
        ("Danielle Hope", "name"), ("Kerry\nTate", "name"), ("Kyle\nSummerson", "name"), ("Hart", "place"), ("Easington Lane", "place"),
        ("Pelton Fell", "place"), ("Ladycroft, Front Street", "address"), ("Busy Bees Peterlee", "school"), ("no. 16", "address"),
        ("27", "address"), ("Flat 3", "address"), ("number 8", "address"), ("+235 66 24 81 37", "phone"), ("+91 98621 45037", "phone"),
        ("+249 912 345 678", "phone"), ("NK19 OVX", "vehicle"), ("A840231122305", "upn"), ("482 193 7654", "nhs"),
        ("TJ 71 30 52 C", "ni"), ("Wheatley Hill\nCommunity Primary", "school"), ("Tanfield Lea\nPrimary", "school"),
        ("44 Wordsworth\nAvenue", "address"), ("Durham\nStreet", "address"), ("annfield\nplain", "place"), ("wheatley hill", "place"),
        ("N'Djamena", "place"), ("Abéché", "place"), ("abeche", "place"), ("Aizawl", "place"), ("Chester le Street", "place"),
        ("Chester-le-Street", "place"), ("Zoremi", "name"), ("Ruata", "name"), ("Kai", "name"), ("kai", "name"), ("Ellie-Mae", "name"),
        ("St Joseph's, Blackhall", "school"), ("Little Acorns", "school"), ("25th", "date"), ("16th", "date"), ("12.11.26", "date"),
        ("4.6.19", "dob"), ("19-Nov-2026", "date"), ("Big Mo", "name"), ("Brookie", "name"), ("Den", "name"), ("Al", "name"),
        ("den", "name"), ("harls", "name"), ("chels", "name"), ("Wellfield", "school"), ("Bede", "school"), ("Tiné", "place"),
        ("Lunglei", "place"), ("Seaburn", "place"), ("Sunderland", "place"), ("Quaking Houses", "place"),
        ("nicoladunn87@hotmail.co.uk", "email"))
UNMARKED = ("Tyson", "Bella", "Wingate Medical Centre", "Shotton Colliery Surgery", "Oxhill Medical Group", "Durham Constabulary",
            "Consett AFC", "Castle Taxis", "Hartlepool Hospital", "Harbour", "Word360", "Welfare Hall", "Belle Vue", "Beamish",
            "Derwent Walk", "Stadium of Light", "Ramadan", "Blackhall and Peterlee Practice", "YF6", "Darfur", "Mizoram", "Chad", "Sudan",
            "India", "Mizo Nu-te NE", "03000 267 979", "Sheikh", "ERASE", "University Hospital of North Durham", "Sunderland Royal",
            "LCC/CP/2026/0917", "Family Court sitting at Newcastle", "Um", "Nana", "PC 3390", "Lidl", "Tesco", "Co-op", "Spar", "Pokémon",
            "Clare's Law")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s109)


def test_the_counts():
    checks.counts(s109, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s109, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s109)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names


def test_the_checks_can_fail():
    bad = ((s109.RECORD_C, [("bad", "Ring [[0191 586 441|phone]] about [[Pi Zoremi|name]], [[Pu Ruata|name]],"
                                     " [[Sheikh Abdelrahim|name]] and [[Um Ibrahim|name]] on [[Sunday 6 December|date]] in"
                                     " [[Darfur|place]], [[Mizoram|place]] and [[Chad|place]]. NHS [[482 193 7655|nhs]].")]),)
    found = s109.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number: 0191 586 441" in p for p in found)
    for word in ("Pi", "Pu", "Sheikh", "Um"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Darfur", "Mizoram", "Chad"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 482 193 7655" in p for p in found)
