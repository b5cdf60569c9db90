"""Checks of the hand-written held-out redaction set 137 (bench/redaction_set137.py) that do not use the detector:
its marking passes its own checker, its size, its own hard cases and failing checks (the checks every set shares are in
test_redaction_hand_sets.py)."""

from bench import redaction_set137 as s137
from tests import hand_set_checks as checks

NAMES, TOTAL = 504, 996
# names that are words or towns; scripts; short forms; odd formats
HARD = (("GORST, Kayden", "name"), ("HOLDEN, Kirsty", "name"), ("DOBSON, Darren Paul", "name"), ("Brayshaw, Helen", "name"),
        ("Nuttall, Kath", "name"), ("TAFIICHUK Marichka", "name"), ("Тафійчук Марічка", "name"), ("Sebastiano (Bustianu) MURA", "name"),
        ("Yurii (Yurko)", "name"), ('Michael "Mikey" Kendall', "name"), ("Amber Tomlin son", "name"), ("Callum Jfferson", "name"),
        ("Chelsea\nProcter", "name"), ("Reecey", "name"), ("Daz", "name"), ("Amb", "name"), ("Ty", "name"), ("Ky", "name"),
        ("Kai", "name"), ("dani", "name"), ("Jamie Dent", "name"), ("Richka", "name"), ("Chiaredda", "name"), ("Gavineddu", "name"),
        ("Efisiu", "name"), ("Юрчику", "name"), ("Юрко", "name"), ("Марічку", "name"), ("Генті", "name"), ("Ганну", "name"),
        ("Rachel Marsh", "name"), ("Marsh", "place"), ("Debbie Lamb", "name"), ("Peter Lamb", "name"), ("heap", "name"),
        ("Grace Kendal", "name"), ("Kendal", "name"), ("Kendal", "place"), ("Ellen Preston", "name"), ("Preston", "name"),
        ("Preston", "place"), ("Grace", "name"), ("Rose Gardner", "name"), ("Dawn Cowperthwaite", "name"), ("Gary Kellet", "name"),
        ("Halton", "place"), ("Halt on", "place"), ("Bower ham", "place"), ("reece", "name"), ("kayden", "name"), ("kayd", "name"),
        ("lee whiteside", "name"), ("dobson", "name"), ("Sarah-Jane", "name"), ("Ruby-Mae", "name"), ("Kerry-Ann Whalley", "name"),
        ("Shannon", "name"), ("Hannah", "name"), ("Bare", "place"), ("bare", "place"), ("ridge", "place"), ("overton", "place"),
        ("bowerham", "place"), ("morecambe", "place"), ("Westgate", "place"), ("Vale", "place"), ("Hest\nBank", "place"),
        ("Bolton le Sands", "place"), ("Orgòsolo", "place"), ("Verkhovyna", "place"), ("Верховина", "place"), ("Ворохти", "place"),
        ("Галгейті", "place"), ("Vorokhta", "place"), ("Lviv", "place"), ("Olbia", "place"), ("Manchester", "place"),
        ("Corso Repubblica 112", "address"), ("вул. Франка 14", "address"), ("вул. Мейн Роуд 12, кв. 3", "address"),
        ("14 Franka Street", "address"), ("Brookside Barn", "address"), ("no. 19", "address"), ("21", "address"), ("no. 43", "address"),
        ("23 Rothesay\nRoad", "address"), ("41 lancaster rd", "address"), ("Lancaster rd", "address"), ("marine rd", "address"),
        ("Heysham Road", "address"), ("Hatlex Lane", "address"), ("08027", "postcode"), ("78701", "postcode"), ("Trumacar", "school"),
        ("Ripley", "school"), ("CLHS", "school"), ("Carnforth High", "school"), ("North Road", "school"), ("Our Lady's", "school"),
        ("Ellel St John's", "school"), ("torrisholme primary", "school"), ("Torisholme primary", "school"),
        ("Bowerham\nPrimary", "school"), ("Верховинський ліцей No. 1", "school"), ("1O/11/2026", "date"), ("5 de nadale", "date"),
        ("20 dicembre", "date"), ("06", "date"), ("08 Nov 2026", "date"), ("1 December\n2026", "date"), ("9/10 September", "date"),
        ("Christmas Day 2025", "date"), ("28.10.2026", "date"), ("19th of March", "dob"), ("12/03/2009", "dob"),
        ("28 / 01 / 2011", "dob"), ("+39 0784 203 117", "phone"), ("+39 347 812 4406", "phone"), ("+380 50 736 1184", "phone"),
        ("+380 3432 2 14 07", "phone"), ("PT 36 81 52 A", "ni"), ("TH 58 20 71 D", "ni"), ("PN19 KXT", "vehicle"),
        ("KX21 FHD", "vehicle"), ("639 104 8274", "nhs"), ("V888336021188", "upn"), ("s.mura@lancaster.ac.uk", "email"))
UNMARKED = ("Heysham Surgery", "Bowerham Medical Practice", "Royal Lancaster Infirmary", "Lancaster Police Station",
            "Lancaster Town Hall", "Marsh Community Centre", "Morecambe Bay Foodbank", "Lancashire Talking Therapies",
            "Lancashire Constabulary", "Happy Mount Park", "half moon bay", "Morecambe bus station", "Carnforth station",
            "Barrow-in-Furness station", "A683", "St Peter's Cathedral", "Safenet", "Inspire", "Lingua North", "Loki", "Bane", "Biscuit",
            "called Bolt", "amberrr.t11", "kai_lanc_x", "Бабуся", "Sardinia", "Barbagia", "Italy", "Ukraine", "March 2023", "T.D.",
            "LO'D", "RM", "LC-20261003-1187", "nonna", "babbu", "currìa", "resolza")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s137)


def test_the_counts():
    checks.counts(s137, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s137, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s137)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Ukrainian Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled first names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic


def test_the_checks_can_fail():
    bad = ((s137.RECORD_F, [("bad", "Ring [[01524 11|phone]] about [[Marichka|name]], [[nonna Tonina|name]], [[baba Paraska|name]],"
                                    " [[бабуся Параска|name]], [[Signora Palmas|name]] and [[Dr Naylor|name]] on"
                                    " [[Tue 10 Nov|date]] in [[Sardinia|place]], [[Lancashire|place]] and [[Україна|place]].\n"
                                    "NHS [[639 104 8275|nhs]], NI [[TH 58 20 71|ni]]. Marichka said no.")]),)
    found = s137.problems(bad, record_ids=["6391048275"], record_phones=["01524 11"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("nonna", "baba", "бабуся", "Signora", "Dr"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Sardinia", "Lancashire", "Україна"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Marichka' is marked as a name elsewhere" in p for p in found)
