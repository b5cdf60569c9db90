"""Checks of the hand-written held-out redaction set 16 (bench/redaction_set16.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set16 as s16
from tests import hand_set_checks as checks

# names that are words or towns, spelt-out forms, scripts, odd formats
HARD = (("number eleven, Longway", "address"), ("L A 14, 4 L P", "postcode"), ("13", "address"), ("Longway", "address"),
        ("11 Longway", "address"), ("HAWORTH", "name"), ("BIRKETT", "name"), ("Michael", "name"), ("Mick", "name"), ("DOBSON", "name"),
        ("Gary\nNelson", "name"), ("Nelson", "place"), ("Walney", "place"), ("Vickerstown", "place"), ("Dalton", "place"),
        ("Dalton Road", "address"), ("Barrow", "place"), ("Lancaster", "place"), ("Kendal", "place"), ("Ormsgill", "school"),
        ("Ormsgill", "place"), ("Shan", "name"), ("Dor", "name"), ("PN14 WXC", "vehicle"), ("Kai B", "name"), ("Daz T", "name"),
        ("Paul Tees", "name"), ("TEASDALE, Darren Paul", "name"), ("Shane\nPurvis", "name"), ("Rossmere\nPrimary", "school"),
        ("high tunstall", "school"), ("Tunstall", "school"), ("Portrack", "place"), ("Mia rose", "name"), ("kerry ann", "name"),
        ("catcote rd", "address"), ("owton manor", "place"), ("stace.m1990@icloud.com", "email"), ("Macca", "name"), ("8th feb", "dob"),
        ("31st jan", "date"), ("zuri gloria liburd-walsh", "name"), ("sandy point", "place"), ("Sandy Point Town", "place"),
        ("city college", "school"), ("Glo-Glo", "name"), ("Winston A. Hanley", "name"), ("W. A. Hanley", "name"),
        ("LIBURD-WALSH, Jayda", "name"), ("DACOSTA, Kyrese Jamal", "name"), ("Flat 8, Foundry Mill Drive", "address"), ("Eshu", "name"),
        ("ہیرا", "name"), ("سدرہ", "name"), ("Dina", "place"), ("Aisha\nWhittaker", "name"), ("WHITTAKER", "name"), ("HOYLE", "name"),
        ("Forbes", "name"), ("Pilling", "name"), ("Farooq", "name"), ("Siddiqui", "name"), ("Moradi", "name"), ("Razia\nBegum", "name"),
        ("Margaret Lord", "name"), ("Burnley College", "school"), ("ઝૈનબ", "name"), ("સઈદ", "name"), ("hawa lunat", "name"),
        ("5th of Rajab", "date"), ("Batley", "place"), ("greenhead", "school"), ("Headfield Junior", "school"), ("Headfield", "school"),
        ("Zee", "name"), ("Manchester", "place"), ("Doha", "place"), ("Bharuch", "place"), ("fmu.referrals@fcdo.gov.uk", "email"),
        ("پریسا", "name"), ("آرش", "name"), ("۱۴۰۵/۰۷/۲۰", "date"), ("Van", "place"), ("Elsa", "name"), ("mo", "name"),
        ("ian ramsey", "school"), ("Ian Ramsey", "school"), ("Stockton Riverside College", "school"), ("AHMADI, Behrouz", "name"),
        ("NA66 KZP", "vehicle"), ("+98 71 3623 4418", "phone"), ("+90 432 215 66 08", "phone"), ("+46 70 412 86 93", "phone"),
        ("+91 98250 47316", "phone"), ("+92 321 5408816", "phone"), ("+44 7870 433 218", "phone"), ("07838 416552", "phone"),
        ("999 657 7775", "nhs"), ("T808253914524", "upn"), ("SJ 40 19 75 B", "ni"))
UNMARKED = ("Barrow police", "Barrow Neighbourhood Policing Team", "Peppa Pig World", "Devonshire Dock Hall", "Jubilee Bridge",
            "Westmorland and Furness", "Walney practice", "BAE Systems", "HMP Holme House", "Frankland", "Andrew Tate", "Pools",
            "the Vic", "Boro", "Lucy Faithfull Foundation", "Hartlepool United", "Teesside Crown Court", "Thirteen Group", "kyreseDC",
            "Roundhay Park", "potternewton park", "st kitts", "St Kitts", "Marley", "Leeds West Indian Carnival", "Mount Zion",
            "St James's", "Royal Blackburn Hospital", "Solihull Approach", "St John's Buildings", "Family Court sitting at Preston",
            "Phupho", "chacha", "abba", "Markazi Masjid", "Noorani hall", "manchester airport", "Bharuch district", "01924...",
            "020 7008 0151", "Azar", "Barcelona shirt", "Maman-joon", "بابا", "Bluey", "My Sister's Place",
            "Teesside International Airport", "A1184226/3", "Ropner Park", "Gujarat", "Iran", "Sweden", "Turkey", "Pakistan", "Cumbria",
            "Allah Hafiz", "FAMILY COURT AT LEEDS", "Owton Manor Community Centre", "Almighty Cod", "Dewsbury Police Station",
            "Church Mother")


def test_the_hard_cases_are_there():
    checks.hard_cases(s16, HARD, UNMARKED, split=("name", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s16)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu, Gujarati and Persian script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+44") for words, kind in spans if kind == "phone")  # a UK phone in international form
    for kind in ("place", "address", "school"):
        assert any(words.islower() for words, k in spans if k == kind), kind  # lower case in messages and notes


def test_the_checks_can_fail():
    bad = ((s16.RECORD_F, [("bad", "Ring [[01642 52|phone]] about [[Arash|name]], [[Khaleh Parisa|name]], [[Ba Hawa|name]],"
                                    " [[Bishop Hanley|name]], [[Mother Gloria|name]], [[Zainab ben|name]], [[Nasrin khanom|name]] and"
                                    " [[Arash jan|name]] on [[Tue 13 October|date]] in [[Gujarat|place]], [[Cumbria|place]],"
                                    " [[St Kitts|place]] and [[Teesside|place]].\n"
                                    "NHS [[999 657 7776|nhs]], UPN [[A808253914524|upn]], NI [[DQ 12 34 56 E|ni]]. Arash said no.")]),)
    found = s16.problems(bad, record_ids=["9996577776"], record_phones=["01642 52"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01642 52" in p for p in found)
    for word in ("Khaleh", "Ba", "Bishop", "Mother"):
        assert any("title or kinship word" in p and word in p for p in found), word
    for word in ("ben", "khanom", "jan"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Gujarat", "Cumbria", "St Kitts", "Teesside"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 999 657 7776" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Arash' is marked as a name elsewhere" in p for p in found)
