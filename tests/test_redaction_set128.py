"""Checks of the hand-written held-out redaction set 128 (bench/redaction_set128.py) that do not use the detector:
its marking passes the shared checker, its counts, and its own hard cases."""

from bench import redaction_set128 as s128
from tests import hand_set_checks as checks

NAMES, TOTAL = 455, 915
HARD = (("DOYLE, Tayla", "name"), ("KENNEDY, Shannon", "name"), ("GILL, Harnoor", "name"), ("WARSAME, Abdirahman", "name"),
        ("Zainab JAFFER", "name"), ("Nigina SHODMONOVA", "name"), ("Musa JADOON", "name"), ("S Kennedy", "name"), ("K-A Kennedy", "name"),
        ("Z. Jaffer", "name"), ("K.Malik", "name"), ("H Gill", "name"), ("Deano", "name"), ("mase", "name"), ("tayla", "name"),
        ("Saks", "name"), ("Ghost", "name"), ("T-Bone", "name"), ("Precious", "name"), ("Murtu", "name"), ("murtu", "name"),
        ("Dawn Lawson", "name"), ("Rukhsana Bibi", "name"), ("Ruby-Mae Shaw", "name"), ("ਗੁਰਮੀਤ ਕੌਰ ਸੰਧੂ", "name"), ("ફાતેમા", "name"),
        ("Фарҳод", "name"), ("ثنا اعوان", "name"), ("Cabdiraxmaan", "name"), ("Siobhan\nCarty", "name"), ("Langley", "place"),
        ("Burnham", "place"), ("Wexham", "place"), ("Britwell", "place"), ("cipenham", "place"), ("khorog", "place"), ("Хорога", "place"),
        ("Душанбе", "place"), ("ਜਲੰਧਰ", "place"), ("મોમ્બાસા", "place"), ("سلاؤ", "place"), ("حویلیاں", "place"), ("Dar", "place"),
        ("Heathrow", "place"), ("Flat 9", "address"), ("no. 24", "address"), ("no. 14", "address"), ("britwell road", "address"),
        ("montem lane", "address"), ("House 112, Model Town", "address"), ("144401", "postcode"), ("Westgate", "school"),
        ("Our Lady of Peace", "school"), ("08/1O/26", "date"), ("22/1O/26", "date"), ("24 ਦਸੰਬਰ", "date"), ("2 જૂન", "date"),
        ("3", "date"), ("5 October 2026", "date"), ("5th", "date"), ("21st", "date"), ("3 march", "dob"), ("+992 99 407 6017", "phone"),
        ("+255 714 865 355", "phone"), ("+91 99851 72364", "phone"), ("+252 63 4412278", "phone"), ("+7 956 432-61-57", "phone"),
        ("+92 333 5077235", "phone"), ("JK 41 22 86 B", "ni"), ("KV18 ZPW", "vehicle"), ("764 830 5186", "nhs"), ("H871286770932", "upn"))
UNMARKED = ("Britwell Health Centre", "Britwell Community Centre", "Colnbrook Village Surgery", "Salt Hill Medical Centre",
            "Salt Hill Family Centre", "Wexham Park Hospital", "Slough Children First", "the Family Court at Reading", "Turning Point",
            "Barnardo's", "Slough\nWomen's Aid", "Ramgarhia Sabha", "Surjit Language Services", "Loddon Valley police station",
            "Foxborough Rangers", "Hyderi", "St Anthony's", "HMP Bullingdon", "Costcutter", "Language Line", "Punjab",
            "England and Wales", "Masi", "bibi", "Bhabhi", "opa", "LHR-ATQ")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s128)


def test_the_counts():
    checks.counts(s128, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s128, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s128)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Gurmukhi, Gujarati, Cyrillic, Urdu
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")
