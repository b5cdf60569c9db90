"""Checks of the hand-written held-out redaction set 57 (bench/redaction_set57.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set57 as s57
from tests import hand_set_checks as checks

NAMES, TOTAL = 543, 1010
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HOLT, Kacie-Leigh", "name"), ("BENALI, Nassima", "name"), ("HADDAD, Karim", "name"), ("ASHWORTH, Callum", "name"),
        ("HARTLEY, Gemma Louise", "name"), ("BROOK, Lewis James", "name"), ("MOORHOUSE, Kyle", "name"), ("DEWHURST, Oscar", "name"),
        ("Becky\nSutcliffe", "name"), ("M. Whal1ey", "name"), ("Bai1ey", "name"), ("Whalley", "name"), ("Read", "name"),
        ("Tracy Read", "name"), ("Dennis Colne", "name"), ("Jordan Nelson", "name"), ("Lord", "name"), ("Louise Lord", "name"),
        ("Brook", "name"), ("Hope Pilling", "name"), ("Summer", "name"), ("summer", "name"), ("Rose", "name"), ("JACKSON M", "name"),
        ("M JACKSON", "name"), ("Kai", "name"), ("Tiny", "name"), ("Bugsy", "name"), ("Jacko", "name"), ("Zizou", "name"),
        ("Yan", "name"), ("Bay", "name"), ("bay", "name"), ("jaybird", "name"), ("Ozzy", "name"), ("oz", "name"), ("pops", "name"),
        ("hayls", "name"), ("Tills", "name"), ("Lew", "name"), ("Gem", "name"), ("ALF", "name"), ("ALFIE", "name"), ("Ryan", "name"),
        ("ryan", "name"), ("mark", "name"), ("maz", "name"), ("mare", "name"), ("Mare", "name"), ("Маре", "name"), ("Марија", "name"),
        ("Верица", "name"), ("Драган", "name"), ("Горан", "name"), ("Снежана", "name"), ("Snežana Ristova", "name"), ("snezana", "name"),
        ("نسيمة", "name"), ("لينا", "name"), ("يانيس", "name"), ("Maria Stojanovski", "name"), ("Saleem", "name"), ("Rachid", "name"),
        ("Fatiha", "name"), ("Ilyes HADDAD", "name"), ("G. Stojanovski", "name"), ("Read", "place"), ("Church", "place"),
        ("Waterside", "place"), ("Woodnook", "place"), ("Whalley Range", "place"), ("Nelson", "place"), ("NELSON", "place"),
        ("Low\nMoor", "place"), ("burnley wood", "place"), ("barlick", "place"), ("Seddikia", "place"), ("Tizi Ouzou", "place"),
        ("Mostaganem", "place"), ("Oran", "place"), ("Битола", "place"), ("Скопје", "place"), ("Бери", "place"), ("Bury", "place"),
        ("Rawtenstall", "place"), ("Padiham", "place"), ("Hapton", "place"), ("Burnley", "place"), ("Steeton", "place"),
        ("felixstowe", "place"), ("COLNE", "place"), ("Number l6", "address"), ("no. 24", "address"), ("number 39", "address"),
        ("no 29", "address"), ("Flat 7,\n33 Deane Road", "address"), ("Cité Seddikia, Bloc 14 n° 6", "address"),
        ("ул. Партизанска бр. 12", "address"), ("Регент стрит 18", "address"), ("18 regent st", "address"), ("14 Pendle View", "address"),
        ("Guy St", "address"), ("Fishergate", "address"), ("31000", "postcode"), ("7000", "postcode"), ("BB45HQ", "postcode"),
        ("bb4 5hq", "postcode"), ("Calder Brook", "school"), ("calder brook", "school"), ("hill primary", "school"),
        ("grane valley", "school"), ("ARC", "school"), ("Nelson and Colne College", "school"),
        ("Accrington and Rossendale College", "school"), ("Haslingden\nHill", "school"), ("PARK HIGH", "school"),
        ("St James's", "school"), ("15\nOctober", "date"), ("11 octobre 2026", "date"), ("14 NOV", "date"), ("18TH OCT", "date"),
        ("Mar 14 2015", "date"), ("2019-06-03", "date"), ("20-22/11/2026", "date"), ("21-Sep-2026", "date"), ("20", "date"),
        ("16th", "date"), ("3rd", "date"), ("7 Nov 2026", "date"), ("11-05-92", "dob"), ("21-Mar-2013", "dob"),
        ("+213 551 23 47 89", "phone"), ("+33 6 12 48 73 95", "phone"), ("+389 70 318 442", "phone"), ("+389 75 604 219", "phone"),
        ("07813 402667", "phone"), ("01282 771934", "phone"), ("JT 62 18 40 B", "ni"), ("PX 18 64 02 A", "ni"), ("PK19 XHD", "vehicle"),
        ("YJ17 0WR", "vehicle"), ("MA66 KZT", "vehicle"), ("BF70 RXK", "vehicle"), ("466 028 9567", "nhs"), ("R888232621996", "upn"),
        ("gemlou92@hotmail.co.uk", "email"), ("marija.stoj11@gmail.com", "email"))
UNMARKED = ("Padiham Medical Centre", "Royal Blackburn", "Airedale General Hospital", "Barlick Medical Centre",
            "Burnley Magistrates' Court", "Accrington Police Station", "Burnley Town Hall", "Burnley Mechanics", "Burnley Police Station",
            "Castle Cars", "Calico Homes", "Bridge Lettings", "LinguaNorth", "Primrose House", "Haslingden St Mary's",
            "Peel House Medical Practice", "Craven\n   Herald", "HMP Kirkham", "Brungerley", "Mitchell's Wood", "Blackburn Rail Stn",
            "Lancaster Stn", "Towneley Arms", "the Crown", "the Interchange", "a6068", "Tyson", "Bella", "MAX", "Clare's Law", "l'Aïd",
            "Семејство", "Тато", "Мама", "Вујко", "Mamie", "ammi", "wlidi", "kk", "J.T.", "ACE", "ending 7741", "Rossendale hub",
            "Ribble Valley team", "Hyndburn East team", "macedonia", "SPAIN", "Algeria", "Lancashire", "PPN/E/2026/88142",
            "DVDS/E/26/0519", "A0447129", "LL-58812", "4471")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s57)


def test_the_counts():
    checks.counts(s57, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s57, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s57)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic and Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic script


def test_the_checks_can_fail():
    bad = ((s57.RECORD_E, [("bad", "Ring [[01706 214 55|phone]] about [[Marija|name]], [[Баба Верица|name]], [[Mamie Fatiha|name]],"
                                    " [[Madame Kenyon|name]], [[ammi Rachid|name]], [[Nana Brenda|name]] on [[Tues 3rd November|date]]"
                                    " in [[Algeria|place]], [[Rossendale|place]], [[Pendle|place]] and [[macedonia|place]].\n"
                                    "NHS [[160 148 0017|nhs]], UPN [[A888232621996|upn]], NI [[PX 18 64 02 Z|ni]]. Marija said no.")]),)
    found = s57.problems(bad, record_ids=["1601480017"], record_phones=["01706 214 55"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01706 214 55" in p for p in found)
    for word in ("Баба", "Mamie", "Madame", "ammi", "Nana"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Algeria", "Rossendale", "Pendle", "macedonia"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 160 148 0017" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Marija' is marked as a name elsewhere" in p for p in found)
