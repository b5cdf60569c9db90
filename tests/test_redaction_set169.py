"""Checks of the hand-written held-out redaction set 169 (bench/redaction_set169.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set169 as s169
from tests import hand_set_checks as checks

NAMES, TOTAL = 559, 1005
# names that are words; scripts; short forms; odd formats
HARD = (("THOUDAM, Bembem", "name"), ("THOUDAM, Ibomcha", "name"), ("DOYLE, Niamh", "name"), ("PRYOR, Jordan", "name"),
        ("MIAH Rayhan", "name"), ("Ningthoujam Memcha Devi", "name"), ("Ningthoujam Ibohal Singh", "name"),
        ("Rajen\nNingthoujam", "name"), ("Leona\nParris", "name"), ("Lorraine\nPryor", "name"), ("Precious\nAdeyemi", "name"),
        ("O. N. Raina", "name"), ("K-A Shaw", "name"), ("Rayhan M", "name"), ("Ruby-Mae", "name"), ("Ruby Mae", "name"),
        ("Kerry-Anne Shaw", "name"), ("Evie-Rose", "name"), ("Rubes", "name"), ("rubes", "name"), ("Ishu", "name"), ("Thoi", "name"),
        ("sersh", "name"), ("Daz", "name"), ("R-Dog", "name"), ("Tiny", "name"), ("tiny", "name"), ("Jay", "name"), ("Kane", "name"),
        ("Neeve", "name"), ("Jordon", "name"), ("Popy", "name"), ("thoudams", "name"), ("Moss", "name"), ("Fern", "name"),
        ("Grace", "name"), ("Precious", "name"), ("Costa", "name"), ("Partridge", "name"), ("Cole", "name"), ("Finch", "name"),
        ("liam", "name"), ("kai", "name"), ("nasreen", "name"), ("nas", "name"), ("bembem", "name"), ("ibomcha", "name"),
        ("marcus", "name"), ("saoirse", "name"), ("Chian", "name"), ("Niamh Ní Dhubhghaill", "name"), ("Máire", "name"),
        ("Dónall",
"name"), ("hollie-jo", "name"), ("deano", "name"), ("rayhan", "name"), ("मीनाक्षी", "name"), ("संजय", "name"),
        ("अर्णव", "name"), ("ꯊꯣꯏꯕꯤ", "name"), ("রায়হান", "name"), ("Panshanger", "place"), ("Haldens", "address"), ("Oxlease", "place"),
        ("South Hatfield", "place"), ("Handside", "place"), ("Ellenbrook", "place"), ("Welwyn", "place"), ("welwyn", "place"),
        ("hatfield", "place"), ("welham green", "place"), ("welham", "place"), ("Hatf ield", "place"),
        ("Hatfield Garden Village", "place"), ("Roe Green", "place"), ("Jammu", "place"), ("Habba Kadal", "place"), ("Srinagar", "place"),
        ("Imphal", "place"), ("imphal", "place"), ("Thangal Bazar", "place"), ("thangal bazar", "place"), ("lamphel", "place"),
        ("Moirang", "place"), ("Beanibazar", "place"), ("Port d'Alcúdia", "place"), ("Gaoth Dobhair", "place"),
        ("nGaoth Dobhair", "place"), ("Gweedore", "place"), ("benidorm", "place"), ("House 112, Lane 4, Durga Nagar", "address"),
        ("Singjamei Wangma Kshetri Leikai", "address"), ("Bun an Inbhir", "address"), ("Carrer del Sol 7, 2n", "address"),
        ("52 Bishops R ise", "address"), ("11 kingsmead cl", "address"), ("de Havilland", "address"), ("de havilland", "address"),
        ("no. 25", "address"), ("no. 20", "address"), ("Flat 12, Hockliffe House", "address"), ("180013", "postcode"),
        ("795008", "postcode"), ("F92 KX63", "postcode"), ("07400", "postcode"), ("Herns Wood", "school"), ("herns wood", "school"),
        ("beaumont heath", "school"), ("Beaumont\nHeath", "school"), ("Applecroft", "school"), ("Ellenbrook Fields", "school"),
        ("Handside Green", "school"), ("Nirmalabas High School", "school"), ("+91 94191 56302", "phone"), ("+91 98620 41178", "phone"),
        ("+353 87 214 5530", "phone"), ("+34 971 72 4418", "phone"), ("+880 1711 245896", "phone"), ("2.10.26", "date"),
        ("8th Nov 2026", "date"), ("1st", "date"), ("20th dec", "date"), ("3rd jan", "date"), ("2", "date"), ("4/10/2026", "date"),
        ("12", "date"), ("14 Sept", "date"), ("11th Oct", "date"), ("22 / 06 / 2013", "dob"), ("22nd June 2013", "dob"),
        ("11/03/1984", "dob"), ("25th July 1979", "dob"), ("30/10/2026", "dob"), ("NR 62 71 35 B", "ni"), ("PH 51 88 20 D", "ni"),
        ("LD21 XKP", "vehicle"), ("LD21XKP", "vehicle"), ("KX19 TVE", "vehicle"), ("674 117 0499", "nhs"), ("U919233417244", "upn"),
        ("J919231115408", "upn"), ("dazpike90@hotmail.co.uk", "email"))
UNMARKED = ("Welwyn Hatfield Foodbank", "Peartree Spring Children's Centre", "Bridge Cottage Surgery", "Wrafton House",
            "Watford Family Court", "Manipuri Association UK", "HERTFORDSHIRE CONSTABULARY", "Bedfordshire Police", "Herts Sunflower",
            "Stanborough", "the Galleria", "Campus West", "Campus East", "College Lane campus", "the Lister", "QEII Hospital",
            "Howard Centre", "Heathrow", "Howe Dell Housing", "Woodside", "Nova House", "Mimram Vale Council",
            "Panshanger Community Church", "Ludwick Family Club", "Welwyn Hatfield 0-19 team", "St Giles SOS+", "North Face", "Nala",
            "Bruno", "Biscuit", "Mallorca", "Manipur", "Co. Donegal", "a stór", "lreland", "jp_22", "nee.dee06", "prexy.a", "Mammy",
            "Herath", "Diwali", "Dyed", "Mouji", "Abok", "ibok", "Uncle", "Sister", "chacha", "23018844", "41/98213/26", "WD26C00318",
            "WH-26-08817", "26/44718", "Kashmiri Pandits", "Meiteilon")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s169)


def test_the_counts():
    checks.counts(s169, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s169, HARD, UNMARKED, split=("name", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s169)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Devanagari, Meetei Mayek and Bengali script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s169.RECORD_C, [("bad", "Ring [[01707 111 22|phone]] about [[Thoibi|name]], [[Ima Memcha|name]], [[Uncle Jay|name]],"
                                    " [[Dyed Shanta|name]], [[Shanta ji|name]] and [[Jamal bhai|name]] on [[Sunday 8 November|date]]"
                                    " in [[Manipur|place]], [[Mallorca|place]] and [[Co. Donegal|place]].\n"
                                    "NHS [[698 121 2359|nhs]], UPN [[A919231115408|upn]], NI [[DQ 12 34 56 E|ni]]. Thoibi said no.")]),)
    found = s169.problems(bad, record_ids=["6981212359"], record_phones=["01707 111 22"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01707 111 22" in p for p in found)
    for word in ("Ima", "Uncle", "Dyed"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("ji", "bhai"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Manipur", "Mallorca", "Co. Donegal"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 698 121 2359" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Thoibi' is marked as a name elsewhere" in p for p in found)
