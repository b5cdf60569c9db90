"""Checks of the hand-written held-out redaction set 19 (bench/redaction_set19.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set19 as s19
from tests import hand_set_checks as checks

# names that are words or towns; scripts; short forms; odd formats
HARD = (("DADD, Maisie", "name"), ("PETROVA, Nikol Stoyanova", "name"), ("KAMARA Mariatu", "name"), ("Farah\nSiddiqui", "name"),
        ("Kai V", "name"), ("Tyler O", "name"), ("Ibrahim K", "name"), ("Ray M", "name"), ("Niki P.", "name"), ("T. Jalloh", "name"),
        ("Ruby Winter", "name"), ("Callum Winter", "name"), ("Marcus Winchester", "name"), ("Ellie Ashdown", "name"),
        ("Lee-Anne Friend", "name"), ("Coker", "name"), ("Tee", "name"), ("Zhoro", "name"), ("Жоро", "name"), ("Десе", "name"),
        ("Деси Иванова", "name"), ("Ан", "name"), ("রায়হান", "name"), ("রোকেয়া খাতুন", "name"), ("Kolyo", "name"), ("Santigie", "name"),
        ("Kadi", "name"), ("Emmanuel KOROMA", "name"), ("Daniel Whitfield", "name"), ("Jeneba Kamara-Bangura", "name"),
        ("veness", "name"), ("harvey", "name"), ("keisha b", "name"), ("mason", "name"), ("Marley", "name"), ("Joy", "name"),
        ("Ajayi", "name"), ("Battle", "place"), ("Bo", "place"), ("Waterloo", "place"), ("Kissy", "place"), ("Sheppey", "place"),
        ("Minster", "place"), ("Halfway", "place"), ("Ore", "place"), ("rye", "place"), ("Manston", "place"), ("Манстън", "place"),
        ("Рамсгейт", "place"), ("Loxford", "place"), ("Hollington", "place"), ("Southend", "place"), ("Sheerness", "place"),
        ("Hastings", "place"), ("88 Seaside", "address"), ("Tackleway", "address"), ("Priestley House", "address"),
        ("Room 4, 19 Harold Road", "address"), ("Flat 11, Priestley House, Higham Hill Road", "address"), ("Norfolk Road", "address"),
        ("Beaconsfield\nRoad", "address"), ("27 Circular Road", "address"), ("Unit 3, Crabtree Manorway North", "address"),
        ("Northumberland Heath", "school"), ("Хартсдаун", "school"), ('СУ "Сава Доброплодни"', "school"), ("Vasil Levski", "school"),
        ("Little Acorns", "school"), ("St Joe's", "school"), ("St Joseph's\nConvent", "school"), ("Hartsdown", "school"),
        ("SCCH", "school"), ("sandown", "school"), ("Trinity", "school"), ("henry maynard", "school"), ("29.09.2026", "date"),
        ("3 November\n2026", "date"), ("21st", "date"), ("20th", "date"), ("23rd", "date"), ("16 Nov", "date"), ("19/11", "date"),
        ("30-12-1987", "dob"), ("+232 30 554 019", "phone"), ("+880 1711-458203", "phone"), ("JB 17 40 92 C", "ni"),
        ("GK19 XFW", "vehicle"), ("referrals.team@cfab.org.uk", "email"), ("21tbrissett@willowfield.waltham.sch.uk", "email"),
        ("771 839 1744", "nhs"), ("G303700122860", "upn"))
UNMARKED = ("Barton's Point", "Colchester Zoo", "walthamstow central", "Hastings Bonfire", "Hastings Library", "Salone", "Mama Salone",
            "Baba Marta", "Мама ❤️", "Mum 🏠", "#Freetown", "#ProphetEmmanuel", "@alimamy_kbt", "@metpoliceuk",
            "Glorious Light Deliverance TV", "Muriel Matters House", "Thorpe Coombe Hospital", "Higham Hill Medical Centre",
            "Seven Kings Health Centre", "Sheppey Healthy Living Centre", "William Harvey Hospital", "Medway Maritime Hospital",
            "Queen Elizabeth The Queen Mother Hospital", "Barking, Havering and Redbridge", "G v Southwark", "Swale House",
            "Pebble House", "Sparkle Valet", "Ludogorets", "Supermalt", "Bruno", "Bashy", "Kent", "East Sussex", "Sierra Leone",
            "Bulgaria", "Western Area Rural District", "Swale", "Redbridge", "Hastings and Rother", "Stratford Magistrates' Court",
            "the Stade", "Bell Foundation", "Station Plaza", "Exodus 22:18", "Prophet", "Alhaji", "Mista", "Баба", "мисис", "bay Kolyo",
            "Thamesteel")


def test_the_hard_cases_are_there():
    checks.hard_cases(s19, HARD, UNMARKED, split=("name", "address", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s19)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic and Bengali script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    for kind in ("place", "school"):
        assert any(words.islower() for words, k in spans if k == kind), kind  # lower case in messages
        assert any(not any(c.isascii() for c in words) for words, k in spans if k == kind), kind  # Cyrillic


def test_the_checks_can_fail():
    bad = ((s19.RECORD_F, [("bad", "Ring [[01322 334 81|phone]] about [[Mariatu|name]], [[Prophet Emmanuel|name]], [[Pa Santigie|name]],"
                                    " [[Sis Isatu|name]], [[Alhaji Jalloh|name]], [[Mista Ajayi|name]], [[Rev. Daniel Whitfield|name]],"
                                    " [[Баба Милка|name]], [[bay Kolyo|name]], [[Shahid chacha|name]] and [[Jamal bhai|name]] on"
                                    " [[Fri 30 October|date]] in [[Salone|place]], [[Bulgaria|place]], [[Kent|place]],"
                                    " [[East Sussex|place]],"
                                    " [[Swale|place]] and [[Western Area Rural District|place]].\n"
                                    "NHS [[771 839 1745|nhs]], UPN [[A303700122860|upn]], NI [[DQ 12 34 56 E|ni]]. Mariatu said no.")]),)
    found = s19.problems(bad, record_ids=["7718391745"], record_phones=["01322 334 81"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01322 334 81" in p for p in found)
    for word in ("Prophet", "Pa", "Sis", "Alhaji", "Mista", "Rev.", "Баба", "bay"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("chacha", "bhai"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Salone", "Bulgaria", "Kent", "East Sussex", "Swale", "Western Area Rural District"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 771 839 1745" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Mariatu' is marked as a name elsewhere" in p for p in found)
