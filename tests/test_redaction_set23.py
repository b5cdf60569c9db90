"""Checks of the hand-written held-out redaction set 23 (bench/redaction_set23.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set23 as s23
from tests import hand_set_checks as checks

# names that are words or towns; scripts; short forms; odd formats
HARD = (("PHARAOH, Jordan Lee", "name"), ("NAIVALU, Isikeli Tuiloma", "name"), ("WONG, Hok-yin (Ethan)", "name"),
        ("Hok-yin (Ethan) WONG", "name"), ("Bernadette (Bernie) Gorman", "name"), ("Kayleigh SAMWAYS", "name"),
        ("WONG Chi-keung", "name"), ("LAM Wing-sze", "name"), ("Summer Hindmarsh-Reay", "name"), ("SUMMER HINDMARSH-REAY", "name"),
        ("Ruby-Mae", "name"), ("ruby-mae", "name"), ("Poppy-Jo", "name"), ("K Samways", "name"), ("A Braithwaite", "name"),
        ("Tegan S", "name"), ("Keli", "name"), ("Big Kel", "name"), ("big dan", "name"), ("Teg", "name"), ("Ah Yin", "name"),
        ("Ah Keung", "name"), ("阿賢", "name"), ("黃凱晴", "name"), ("陳美華", "name"), ("志強", "name"), ("黃", "name"),
        ("Wong", "name"), ("Tatty", "name"), ("Deggsy", "name"), ("deggsy", "name"), ("Jayden", "name"), ("summer", "name"),
        ("Summer", "name"), ("Liberty", "name"), ("liberty", "name"), ("Sonny", "name"), ("dampiers", "name"), ("Craig Penrith", "name"),
        ("Keswick", "name"), ("Lindsey Appleby", "name"), ("Mick Carlisle", "name"), ("Siobhan Tyson", "name"), ("Hayley Brook", "name"),
        ("Kirkbride", "name"), ("KAl", "name"), ("PHAR0AH", "name"), ("K Graharn", "name"), ("Pat\nWardle", "name"),
        ("Tom\nHarcourt", "name"), ("Appleby", "place"), ("Appleby-in-Westmorland", "place"), ("Preston", "place"), ("Weston", "place"),
        ("Sunderland", "place"), ("Wyke", "place"), ("Easton", "place"), ("Portland", "place"), ("portland", "place"),
        ("Littlemoor", "place"), ("littlemoor", "place"), ("Votualevu", "place"), ("Nadi", "place"), ("Nadroga", "place"),
        ("沙田", "place"), ("大圍", "place"), ("Sha Tin", "place"), ("Tuen Mun", "place"), ("W0rkingt0n", "place"),
        ("M00rclose", "place"), ("Catterick Garrison", "place"), ("Shotley\n   Bridge", "place"), ("burnham-on-sea", "place"),
        ("Ballinasloe", "place"), ("Aliwal Barracks", "address"), ("Kohima Close", "address"), ("Lot 12", "address"),
        ("Votualevu Road", "address"), ("no. 25", "address"), ("Flat 3", "address"), ("watling st", "address"),
        ("mudford road", "address"), ("14 mudford road", "address"), ("Hebborn's Yard", "address"), ("Budmouth\n  Avenue", "address"),
        ("36 Peart Rd", "address"), ("CAl4 3NB", "postcode"), ("dt3 6sb", "postcode"), ("Chesil Vale", "school"),
        ("Radipole Lakes", "school"), ("Wellington", "school"), ("westfield", "school"), ("Le Cateau", "school"),
        ("Tiny Tides", "school"), ("Ratu Navula", "school"), ("Nadi Muslim", "school"), ("M00rcl0se Cornmunity", "school"),
        ("Moorclose\nCommunity School", "school"), ("HAUGHTON GRANGE ACADEMY", "school"), ("2015年3月4日", "dob"),
        ("twenty-second of the third ninety-one", "dob"), ("22nd of March 91", "dob"), ("3O/Ol/2Ol2", "dob"), ("19-07-2011", "dob"),
        ("11月14日", "date"), ("2026-11-08", "date"), ("l4/ll/2O26", "date"), ("l4/ll", "date"), ("13\nNovember", "date"),
        ("3rd Oct", "date"), ("9th sept", "date"), ("10th", "date"), ("3rd", "date"), ("+679 927 4418", "phone"),
        ("+852 9462 3018", "phone"), ("+353 87 412 6603", "phone"), ("+44 7487 221659", "phone"), ("07884 216509", "phone"),
        ("Hotel Yankee one eight Kilo Zulu Tango", "vehicle"), ("HY18 KZT", "vehicle"), ("NK19 OYF", "vehicle"), ("SC 47 20 19 D", "ni"),
        ("582 916 2709", "nhs"), ("Q841056214415", "upn"), ("P909040518086", "upn"), ("H865003314245", "upn"),
        ("welfare.moorclosemagpiesjfc@gmail.com", "email"))
UNMARKED = ("Carlisle Crown Court", "Carlisle\nUnited", "Cockerton Green Surgery", "Prince of Wales Hospital", "Magna Housing",
            "St Patrick's", "St Mary's hall", "Moorclose Magpies JFC", "Awaab's Law", "Monkey World", "Pickle", "Kingfisher", "Oak",
            "Ah Ma", "爸爸", "媽咪", "嫲嫲", "老師", "星期六", "Talatala", "\"Bu\" (grandmother)", "Nau", "Hong Kong", "HK", "Fiji",
            "Kenya", "China", "Lancashire", "kent", "Devon", "ireland", "March 2024", "03/2025", "l2O4", "jaydz_sndlnd", "summz.x",
            "AV/26/44871", "HL/26/0883172", "FAN 381046672", "25219937", "NRPSI", "Shout", "Childline", "Kooth")


def test_the_hard_cases_are_there():
    checks.hard_cases(s23, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s23)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Chinese characters
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled and hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Chinese characters


def test_the_checks_can_fail():
    bad = ((s23.RECORD_B, [("bad", "Ring [[01980 615 20|phone]] about [[Seru|name]], [[Cpl Isikeli Naivalu|name]],"
                                    " [[WO2 Darren Kettle|name]], [[Revd Alan Sowerby|name]], [[Bu Salote|name]], [[Nau Losa|name]],"
                                    " [[Fr Anthony Kerrigan|name]], [[mrs gulliver|name]], [[Jo 老師|name]] and"
                                    " [[Mrs Samways senior|name]] on [[Tue 24 Nov 2026|date]] in [[Fiji|place]], [[Hong Kong|place]],"
                                    " [[Dorset|place]], [[Wiltshire|place]], [[County Durham|place]] and [[Kenya|place]].\n"
                                    "NHS [[582 916 2708|nhs]], UPN [[A841056214415|upn]], NI [[DQ 12 34 56 E|ni]]. Seru said no.")]),)
    found = s23.problems(bad, record_ids=["5829162708"], record_phones=["01980 615 20"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01980 615 20" in p for p in found)
    for word in ("Cpl", "WO2", "Revd", "Bu", "Nau", "Fr", "mrs", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("老師", "senior"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Fiji", "Hong Kong", "Dorset", "Wiltshire", "County Durham", "Kenya"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 582 916 2708" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Seru' is marked as a name elsewhere" in p for p in found)
