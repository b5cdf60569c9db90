"""Checks of the hand-written held-out redaction set 72 (bench/redaction_set72.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set72 as s72
from tests import hand_set_checks as checks

NAMES, TOTAL = 608, 1124
# names that are words or brands; scripts; short forms; odd formats
HARD = (("WARSAME, Abdirahman", "name"), ("DUNMORE, Bailey Jay", "name"), ("MARSH, Ivy Rose", "name"), ("HÜSEYIN, Derya", "name"),
        ("MUSTAFA, Kemal", "name"), ("DUNMORE", "name"), ("Bailey Jay", "name"), ("J. Frost", "name"), ("abdi W", "name"),
        ("Moussa D.", "name"), ("S Dunmore", "name"), ("Abdi", "name"), ("Sumi", "name"), ("Stace", "name"), ("Ibbe", "name"),
        ("Ibu", "name"), ("Kadi", "name"), ("Fanta", "name"), ("kully", "name"), ("Dizzy", "name"), ("Tiny", "name"), ("Hope", "name"),
        ("hope", "name"), ("Daisy Amankwah", "name"), ("daisy", "name"), ("Joanne Frost", "name"), ("Barrow", "name"), ("Ivy", "name"),
        ("ivy", "name"), ("bailey dunmore", "name"), ("sumi", "name"), ("nus", "name"), ("SUMAIYA", "name"), ("ahmed", "name"),
        ("hawwa", "name"), ("Shaheen", "name"), ("Emre", "name"), ("Aydın", "name"), ("Brennan", "name"), ("BERTRAND", "name"),
        ("N'DIAYE", "name"), ("Kemal", "name"), ("Awa DlARRA", "name"), ("Fatournata TRAORE", "name"), ("Gwen ALDERT0N", "name"),
        ("Farouk\nSiddiqui", "name"), ("সুমাইয়া আক্তার", "name"), ("জাহানারা খাতুন", "name"), ("সুমি", "name"), ("މަރިޔަމް", "name"),
        ("އައިޝަތު", "name"), ("އިބޫ", "name"), ("ފަތިމަތު މޫސާ", "name"), ("ހުޅުމާލެ", "place"), ("male", "place"), ("Malé", "place"),
        ("Hulhumalé", "place"), ("hulhumale", "place"), ("leic", "place"), ("chingford hatch", "place"), ("Forest\nGate", "place"),
        ("forest gate", "place"), ("LONDRES", "place"), ("Londra", "place"), ("Lefkoşa", "place"), ("Karaoğlanoğlu", "place"),
        ("Bush Hill Park", "place"), ("Bowes Park", "place"), ("Dagenham", "place"), ("Tottenham Hale", "place"), ("Stratford", "place"),
        ("Leytonstone", "place"), ("Eastleigh", "place"), ("Khasso", "place"), ("Bamako", "place"), ("Kayes", "place"),
        ("balaganj", "place"), ("Thinadhoo", "place"), ("Flat 12", "address"), ("flat 12", "address"), ("no. 114", "address"),
        ("114", "address"), ("no. 28", "address"), ("Rokesly", "address"), ("23 kinfauns rd", "address"), ("Larkshall Road", "address"),
        ("Gladstone\nAvenue", "address"), ("14 rue de Paris", "address"), ("l4 rue de Paris", "address"),
        ("7 allée Jean-Jaurès", "address"), ("Lot 10211, Nirolhu Magu", "address"), ("Ecevit Caddesi No. 14", "address"),
        ("225 High Road", "address"), ("Forest Road", "address"), ("93100", "postcode"), ("931OO", "postcode"), ("75010", "postcode"),
        ("23000", "postcode"), ("pole hill", "school"), ("park view", "school"), ("Sunflowers", "school"), ("CONEL", "school"),
        ("Newham Sixth Form College", "school"), ("City of Leicester College", "school"), ("Greengate\nAcademy", "school"),
        ("Little Ilford Lane\nPrimary School", "school"), ("20261121", "date"), ("21NOV26", "date"), ("13NOV", "date"),
        ("no. 11", "address"), ("Friday Hill", "place"), ("Friday Hill W.", "address"), ("Raj Patel", "name"), ("4 juillet", "date"),
        ("20 novembre 2026", "date"), ("14 Ağustos 2010", "date"), ("23\nJuly", "date"), ("21", "date"), ("22 November", "date"),
        ("13", "date"), ("16/11/2026", "date"), ("4th of July", "date"), ("Eleventh of August twenty-twenty", "dob"),
        ("twentieth of October, two thousand seventeen", "dob"), ("0l/12/2014", "dob"), ("09/O3/2020", "dob"),
        ("+252 63 4418 207", "phone"), ("+960 964 3318", "phone"), ("+223 76 48 21 93", "phone"), ("+33 648271953", "phone"),
        ("+90 533 862 14 07", "phone"), ("+90 392 815 26 40", "phone"), ("07824631907", "phone"), ("SL 41 88 20 B", "ni"),
        ("JX 27 64 05 C", "ni"), ("LR17 XUP", "vehicle"), ("FN68 OKB", "vehicle"), ("LK70 HFD", "vehicle"), ("192 589 5491", "nhs"),
        ("X320289016862", "upn"), ("N309267818730", "upn"), ("sagal.farah04@gmail.com", "email"))
UNMARKED = ("Sir Ludwig Guttmann Health Centre", "The Balaam Street Practice", "Chingford Mount Surgery", "Cathall Road Surgery",
            "Manor Park Medical Centre", "Whipps Cross University Hospital", "Newham University Hospital", "North Middlesex Hospital",
            "Tottenham Green Family Centre", "the Highfields Centre", "The Cypriot Centre", "Cathall Mothers' Group", "St Giles Trust",
            "Barreau de Paris", "Walthamstow Town Hall", "River Park House", "Northumberland Park station", "Liverpool Street",
            "st pancras", "larks wood", "Alagadi", "Paris CDG", "Galatasaray", "Arsenal", "Place2Be", "Solace", "Change Grow Live",
            "Ocakbaşı", "Rocco", "Caterpillars", "Kıbrıs", "Cyprus", "Somaliland", "R0YAUME-UNI", "England and Wales", "leics police",
            "starlight.x0", "njx.13", "020 3468 9700", "Dhaitha", "teyze", "beybe", "Hooyo", "Tanti", "Hoca", "Maître", "canım", "kuzum",
            "I hope she is right", "pls call. h", "ZE26F00812", "NRPSI 21093", "WX4471920", "HN/0417/22", "FD-26-40917")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s72)


def test_the_counts():
    checks.counts(s72, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s72, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s72)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Bengali and Thaana script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Thaana script


def test_the_checks_can_fail():
    bad = ((s72.RECORD_C, [("bad", "Ring [[020 8496 118|phone]] about [[Hooyo Hodan|name]], [[Ayla teyze|name]], [[Tomasz Bey|name]],"
                                    " [[Hawwa Dhaitha|name]], [[Tanti Sira|name]], [[Maître Sylla|name]], [[Mme Traoré|name]],"
                                    " [[Hoca Mehmet|name]], [[abti Abdikarim|name]] on [[Monday 8 February|date]] in"
                                    " [[Cyprus|place]], [[Kıbrıs|place]], [[Somaliland|place]], [[Mali|place]] and [[Maldives|place]].\n"
                                    "NHS [[192 589 5492|nhs]], UPN [[A320289016862|upn]], NI [[DQ 12 34 56 E|ni]]. Hodan said no.")]),)
    found = s72.problems(bad, record_ids=["1925895492"], record_phones=["020 8496 118"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 020 8496 118" in p for p in found)
    for word in ("Hooyo", "Tanti", "Maître", "Mme", "Hoca", "abti"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("teyze", "Bey", "Dhaitha"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Cyprus", "Kıbrıs", "Somaliland", "Mali", "Maldives"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 192 589 5492" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Hodan' is marked as a name elsewhere" in p for p in found)
