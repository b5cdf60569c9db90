"""Checks of the hand-written held-out redaction set 24 (bench/redaction_set24.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set24 as s24
from tests import hand_set_checks as checks

# names that are words or towns; scripts; short forms; odd formats
HARD = (("DUNN, Kai", "name"), ("KEEBLE, Poppy", "name"), ("DUNN, Stacey Louise", "name"), ("LOVEDAY, Kayleigh Marie", "name"),
        ("BRENNAN-HUGHES, Kyle", "name"), ("POCOCK, Daisy-Mae", "name"), ("HOLLIS-BAPTISTE, Ezra Tyrone", "name"),
        ("Chandarana, Priya", "name"), ("Wendover, Lucy", "name"), ("LOVEDAY", "name"), ("EL AMRANI", "name"),
        ("RAYAN EL AMRANI", "name"), ("R Osei-Bonsu", "name"), ("G R Yousafzai", "name"), ("Hira M", "name"), ("Harley J", "name"),
        ("Kerry-Ann\nStebbings", "name"), ("Freddie\nBliss", "name"), ("Marsh", "name"), ("Dawn Pickles", "name"),
        ("Lucy Wendover", "name"), ("Lisa Wendover", "name"), ("Wendover", "name"), ("Holloway", "name"), ("HANIF", "name"),
        ("Bizzy", "name"), ("Harley Lovell", "name"), ("Deano", "name"), ("Malo", "name"), ("malo", "name"), ("Mo", "name"),
        ("mo", "name"), ("Teg", "name"), ("Harls", "name"), ("kai kai", "name"), ("stace", "name"), ("ez", "name"), ("ty", "name"),
        ("jade", "name"), ("sher afzal", "name"), ("latifa", "name"), ("zahra", "name"), ("Zahra", "name"), ("mustapha", "name"),
        ("nasreen", "name"), ("patel", "name"), ("ملالۍ", "name"), ("زرمینه", "name"), ("شیر افضل", "name"), ("وحید", "name"),
        ("إيمان", "name"), ("أيوب", "name"), ("نعيمة", "name"), ("لطيفة", "name"), ("Yeading", "place"), ("Popley", "place"),
        ("POPLEY", "place"), ("Hayatabad", "place"), ("hayatabad", "place"), ("Marshan", "place"), ("marshan", "place"),
        ("طنجة", "place"), ("میوند", "place"), ("Maiwand", "place"), ("Tanger", "place"), ("Tangier", "place"), ("Wendover", "place"),
        ("Wing", "place"), ("Langley", "place"), ("South\nHam", "place"), ("southall", "place"), ("west drayton", "place"),
        ("thornton heath", "place"), ("WOOLWICH", "place"), ("BANBURY", "place"), ("Sutton", "place"), ("Bexley", "place"),
        ("Hayes", "place"), ("London", "place"), ("Flat 9", "address"), ("no. 31", "address"), ("no. 29", "address"),
        ("flat 6", "address"), ("padcroft", "address"), ("brookside", "address"), ("118", "address"), ("Kale House", "address"),
        ("Middleton\nCircle", "address"), ("Flat 11, Kale House, 3 Yarnton Way", "address"), ("Walton Street", "address"),
        ("Kingsbury", "address"), ("The Vyne", "school"), ("VYNE COMMUNITY SCHOOL", "school"), ("Haydon", "school"), ("AVA", "school"),
        ("TRA", "school"), ("Bexley College", "school"), ("Hardwick", "school"), ("langley academy", "school"),
        ("Lesnes Brook\nPrimary", "school"), ("Minet Brook", "school"), ("2026-12-01", "date"), ("November 30, 2026", "date"),
        ("28th November 2026", "date"), ("16th", "date"), ("17th\nDec", "date"), ("3rd", "date"), ("9th", "date"),
        ("16th November", "date"), ("19 dec", "date"), ("10-11-2026", "date"), ("19.11.26", "date"), ("28-Feb-2012", "dob"),
        ("27 Oct 2024", "dob"), ("08-05-2013", "dob"), ("+92 300 591 4372", "phone"), ("+92 91 5843217", "phone"),
        ("+212 6 61 48 27 35", "phone"), ("+34 612 48 93 07", "phone"), ("JL 33 82 15 A", "ni"), ("TY 61 04 82 C", "ni"),
        ("WC 70 41 96 B", "ni"), ("YK17 HNU", "vehicle"), ("LK18 WXB", "vehicle"), ("LD68 KFE", "vehicle"), ("KX16 BVO", "vehicle"),
        ("929 273 4857", "nhs"), ("F931916528607", "upn"), ("Y850620398715", "upn"), ("ryanmarsh89@outlook.com", "email"))
UNMARKED = ("Bexley Women's Aid", "Safer\nBasingstoke Partnership", "HMP Winchester", "St Helier Hospital", "Woolwich Crown Court",
            "the Family Court sitting at Oxford", "Family Court sitting at Milton Keynes", "LinguaBridge Oxford",
            "SUTTON HEALTH AND CARE", "Stoke Mandeville", "the Horton hospital", "Whipsnade", "Festival Place", "Basing View", "Rolo",
            "rolo", "0188/28NOV", "HL - ", "IH/YOU", "EHB", "shan.eke.x", "jadeyh_07", "Mum 💕", "Mama ❤️", "Khyber Pakhtunkhwa",
            "Pakistan", "Morocco", "NORTH HAMPSHIRE", "Thames Valley", "Aba's cupboard", '"Aba,\nMor,', " jaan\")", "benti,",
            "dont tell khala", "this is tio", "Maulana", "Supt", "Auntie")


def test_the_hard_cases_are_there():
    checks.hard_cases(s24, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s24)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Pashto and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script


def test_the_checks_can_fail():
    bad = ((s24.RECORD_C, [("bad", "Ring [[0161 946 221|phone]] about [[Naima|name]], [[Mi Zahra|name]], [[tio Mustapha|name]],"
                                    " [[khali Hicham|name]], [[Aba Gul|name]], [[PS Danielle Kerr|name]] and"
                                    " [[malo jaan|name]] on [[Sunday 8 November|date]] in [[Morocco|place]],"
                                    " [[Khyber Pakhtunkhwa|place]], [[Hampshire|place]] and [[Buckinghamshire|place]].\n"
                                    "NHS [[541 162 7967|nhs]], UPN [[A303473905369|upn]], NI [[DQ 12 34 56 E|ni]]. Naima said no.")]),)
    found = s24.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Mi", "tio", "khali", "Aba", "PS"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "jaan" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Morocco", "Khyber Pakhtunkhwa", "Hampshire", "Buckinghamshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Naima' is marked as a name elsewhere" in p for p in found)
