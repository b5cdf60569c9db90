"""Checks of the hand-written held-out redaction set 147 (bench/redaction_set147.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set147 as s147
from tests import hand_set_checks as checks

NAMES, TOTAL = 570, 1004
# names that are words; scripts; short forms; OCR; odd formats
HARD = (("MARTINA, Jurdely", "name"), ("ISENIA, Kenrick", "name"), ("HADLEY, Sam", "name"), ("MAHMUD, Rosli", "name"),
        ("Rocco BARNES", "name"), ("S. Kettle", "name"), ("O Pritchard", "name"), ("E-M Rudd", "name"), ("Kobi A", "name"),
        ("Giovanni\nCijntje", "name"), ("Rosli bin Mahmud", "name"), ("Nur Aisyah binti Abdullah", "name"),
        ("NURUL IMAN BINTI ROSLI", "name"), ("نور عائشة", "name"), ("রায়হান", "name"), ("ELL1E-MAE", "name"), ("Graham Pett1t", "name"),
        ("Chalk", "name"), ("Wood", "name"), ("Gray", "name"), ("Willow", "name"), ("Lucia", "name"), ("lucia", "name"),
        ("Krysia", "name"), ("Lin", "name"), ("Rokiah", "name"), ("Pat", "name"), ("Jalal", "name"), ("Martina", "name"),
        ("Jurdy", "name"), ("Milo", "name"), ("Tee", "name"), ("TEE", "name"), ("den", "name"), ("jas", "name"), ("poppy", "name"),
        ("carol", "name"), ("liam barnes", "name"), ("hale", "name"), ("dean", "name"), ("Zuzanny", "name"), ("Kacpra", "name"),
        ("Piotra", "name"), ("Kacperek", "name"), ("Tomek", "name"), ("Aga", "name"), ("Hayati", "name"), ("beach", "place"),
        ("histon", "place"), ("ipswich", "place"), ("R'dam", "place"), ("BSB", "place"), ("Hunts", "place"), ("Carnbridge", "place"),
        ("Otrobanda", "place"), ("Kampong Ayer", "place"), ("Bandar Seri Begawan", "place"), ("Beanibazar", "place"), ("Sylhet", "place"),
        ("Krakowa", "place"), ("Krakowie", "place"), ("Balice", "place"), ("Balic", "place"), ("Great Kneighton", "place"),
        ("East Chesterton", "place"), ("Ipswich", "place"), ("no. 43", "address"), ("no. 11", "address"), ("Flat 1", "address"),
        ("Nuffield Road", "address"), ("Ditton Walk", "address"), ("Kaya Flamboyan 12", "address"), ("ulica Kasprowicza 14", "address"),
        ("os. Kalinowe 6/21", "address"), ("12 Hobs0n Avenue", "address"), ("mill rd", "address"), ("coldhams", "address"),
        ("Ditchburn\nPlace", "address"), ("CB2 OBL", "postcode"), ("31-812", "postcode"), ("CB1\n3AR", "postcode"),
        ("st philips", "school"), ("Coleridge", "school"), ("Parkside", "school"), ("Abbey Meadows", "school"),
        ("Trumpington Pk", "school"), ("Little Acorns", "school"), ("Fawcett Prirnary", "school"), ("O3/O8/2O2O", "dob"),
        ("O2.O9.2O25", "date"), ("20 listopada 2026", "date"), ("3 grudnia", "date"), ("23 nov", "date"), ("21", "date"), ("22", "date"),
        ("4", "date"), ("21st", "date"), ("+599 9 563 1247", "phone"), ("+31 6 41275390", "phone"), ("+673 872 4419", "phone"),
        ("+48 601 427 385", "phone"), ("01223 235619", "phone"), ("KN21", "vehicle"), ("KN21 XFD", "vehicle"), ("VN19 KPZ", "vehicle"),
        ("SK 48 20 71 B", "ni"), ("N873267324198", "upn"), ("933 307 2810", "nhs"), ("halina.nowak58@wp.pl", "email"))
UNMARKED = ("East Barnwell Health Centre", "Eddington Medical Practice", "Mill Road Surgery", "Romsey Mill",
            "CAMBRIDGE UNIVERSITY HOSPITALS", "Addenbrooke's", "the Rosie", "Hinchingbrooke", "Cambridge Women's Aid", "Cambridge United",
            "Churchill", "Abbey People", "Clay Farm Centre", "Storey's Field", "Mandela House", "Tony Carter Bridge", "guided busway",
            "Biscuit", "Pudding", "Cambridgeshire Constabulary", "Kòrsou", "Curaçao", "Brunei", "Bangladesh", "Suffolk", "Famia", "Amma",
            "Abba", "Tata", "babcia", "bhaiya", "tee.bando.cb", "r1.rayy", "kaiii_0x", "November 2027", "Easter 2026", "LJ", "R1",
            "CB25P00417", "TO/1147/3", "F7734102", "Granta Children's Services", "Waitrose", "Co-op")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s147)


def test_the_counts():
    checks.counts(s147, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s147, HARD, UNMARKED, split=("name", "address", "postcode", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s147)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Jawi and Bengali script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s147.RECORD_C, [("bad", "Ring [[01223 70 65|phone]] about [[Kak Lin|name]], [[Mak Rokiah|name]], [[Pani Krysia|name]],"
                                     " [[Mama Lucia|name]] and [[Mrs Kettle senior|name]] on [[Fri 13 Nov|date]] in"
                                     " [[Brunei|place]], [[Curaçao|place]] and [[Cambridgeshire|place]].\n"
                                     "NHS [[381 396 3137|nhs]], UPN [[A873266573283|upn]]. Lin said no.")]),)
    found = s147.problems(bad, record_ids=["3813963137"], record_phones=["01223 70 65"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Kak", "Mak", "Pani", "Mama"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Brunei", "Curaçao", "Cambridgeshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 381 396 3137" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("'Lin' is marked as a name elsewhere" in p for p in found)
