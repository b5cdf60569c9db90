"""Checks of the hand-written held-out redaction set 132 (bench/redaction_set132.py) that do not use the detector:
its marking, its size, its own hard cases and failing checks."""

from bench import redaction_set132 as s132
from tests import hand_set_checks as checks

NAMES, TOTAL = 505, 925
# names that are words or towns; scripts; short forms; odd formats
HARD = (("PASK, Alfie-Ray", "name"), ("BRACKENBURY, Kian", "name"), ("THOROLD, Ellis", "name"), ("DEAKIN, Reece Anthony", "name"),
        ("Fazakas Zoltán", "name"), ("Fazakasné Bíró Ildikó", "name"), ("FAZAKAS Levente", "name"), ("Bíró Margit", "name"),
        ("THOROLD G", "name"), ("Kian B", "name"), ("M Bellamy", "name"), ("Oliver M", "name"), ("Summer", "name"), ("Rose", "name"),
        ("Ivy", "name"), ("Stacey Boston", "name"), ("Pat Grantham", "name"), ("Kirton", "name"), ("Pinchbeck", "name"),
        ("Connor\nPinchbeck", "name"), ("Tee", "name"), ("Deeks", "name"), ("Rékuci", "name"), ("Mitu", "name"), ("Babu", "name"),
        ("Pri", "name"), ("Hawy", "name"), ("Zoli", "name"), ("Levi", "name"), ("Bev", "name"), ("Margit", "name"), ("Kati", "name"),
        ("Dhruba", "name"), ("Jade Louise", "name"), ("EIlis", "name"), ("EIIis", "name"), ("J0 Stainsby", "name"), ("Alfie-Ray", "name"),
        ("Ruby-Mae", "name"), ("Kelly-Marie Fenwick", "name"), ("Efua Mensah-Asante", "name"), ("Maisie-Jo Elvidge", "name"),
        ("summer", "name"), ("lee", "name"), ("kirton", "name"), ("danny", "name"), ("jade", "name"), ("harley", "name"),
        ("rose", "name"), ("মিতালী", "name"), ("অনুৰাগ", "name"), ("প্ৰিয়াংকা", "name"), ("হিৰণ্য", "name"), ("Gogoi", "name"),
        ("Saikia", "name"), ("Boston", "place"), ("Kirton", "place"), ("skelly", "place"), ("bostin", "place"), ("ermine", "place"),
        ("anwick", "place"), ("heckington", "place"), ("doddington", "place"), ("Udvarhely", "place"), ("Hykeham", "place"),
        ("HuII", "place"), ("0rchard Park", "place"), ("Market\nRasen", "place"), ("Székelyudvarhely", "place"),
        ("Odorheiu Secuiesc", "place"), ("Lueta", "place"), ("Lövéte", "place"), ("যোৰহাট", "place"), ("Jorhat", "place"),
        ("Guwahati", "place"), ("Coningsby", "place"), ("Sleaford", "place"), ("Branston", "place"), ("Doddington Park", "place"),
        ("Bracebridge Heath", "place"), ("no. 8", "address"), ("no. 19", "address"), ("Jasmin", "address"), ("Bridge\nHouse", "address"),
        ("Flat 2, 5\n  Church Street", "address"), ("Flat 11,\nBrayford Wharf East", "address"),
        ("Strada Bethlen Gábor nr. 12", "address"), ("Str. Bethlen Gábor nr. 12", "address"), ("House No. 14, Rajgarh Road", "address"),
        ("Boultham Park Road", "address"), ("535600", "postcode"), ("781003", "postcode"), ("leslie manser", "school"),
        ("Leslie\n  Manser Primary", "school"), ("Redwood", "school"), ("Priory", "school"), ("Chestnut Street", "school"),
        ("Little Owls", "school"), ("Little\nHercules Nursery", "school"), ("Branston Junior", "school"),
        ("Lincoln\nChrist's Hospital School", "school"), ("2026. november 11.", "date"), ("2026.11.22.", "date"),
        ("2026. nov. 14.", "date"), ("28 NOV AT 21:14", "date"), ("3rd 0ct", "date"), ("25th oct", "date"), ("22nd\nOctober", "date"),
        ("4th", "date"), ("31st", "date"), ("8th of August", "date"), ("14-07-2019", "dob"), ("4.10.2018", "dob"),
        ("+40 266 218 447", "phone"), ("+40 745 218 903", "phone"), ("+91 98640 27315", "phone"), ("+91 361 254 7810", "phone"),
        ("JR 27 61 40 B", "ni"), ("WP 50 83 17 D", "ni"), ("LK68 XZF", "vehicle"), ("BV19 HNO", "vehicle"), ("FL14 KXW", "vehicle"),
        ("YR17 OBN", "vehicle"), ("626 020 4183", "nhs"), ("Z925260171419", "upn"), ("A925298538127", "upn"),
        ("hiranya.gogoi87@gmail.com", "email"))
UNMARKED = ("Lincolnshire Police", "RAF Waddington", "Lincoln County Hospital", "Branston Surgery", "Sleaford Family Hub",
            "Ruskington Village", "Hartsholme Park", "Boultham Park gates", "Whisby", "Navigation Yard", "HMP Lincoln",
            "Lincoln Assamese Society", "Hykeham Town U14s", "Birchwood Leisure Centre", "the Birchwood Centre", "Pilgrim Hospital",
            "DGASPC Harghita", "Harghita", "Romania", "Lincolnshire", "Assam", "alfie.r.2017", "k1an_bx", "Anyu", "Aita", "Maa", "Apa",
            "Padre", "mama", "néni", "Da (", "Steps2Change", "EDAN Lincs", "Witham Vale", "LanguageLine", "Tesco", "Akrotiri", "VFS",
            "Addaction", "Op Encompass", "26000418872", "LC2610-44817", "RO-2214", "Kingfishers", "Barnardo's", "Co-op",
            "St John the Baptist", "Station Medical Centre", '"LN6" line', "H.C.", "P.G.", "Sgts mess", "Nanna", "Grandad", "Sister",
            "Sqn Ldr", "Cpl", "Insp", "pálinka", "Unitarian", "Young Minds Matter")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s132)


def test_the_counts():
    checks.counts(s132, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s132, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s132)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Assamese script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Assamese script


def test_the_checks_can_fail():
    bad = ((s132.RECORD_E, [("bad", "Ring [[0266 218 447|phone]] about [[Réka|name]], [[Cpl Gareth Thorold|name]],"
                                    " [[Margit mama|name]], [[Kati néni|name]], [[Aita Nirmala|name]], [[Dhruba Da|name]] on"
                                    " [[Sunday 8 November|date]] in [[Romania|place]], [[Harghita|place]], [[Assam|place]] and"
                                    " [[Lincolnshire|place]].\n"
                                    "NHS [[541 162 7967|nhs]], UPN [[A925298538128|upn]], NI [[DQ 12 34 56 E|ni]]. Réka said no.")]),)
    found = s132.problems(bad, record_ids=["5411627967"], record_phones=["0266 218 447"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0266 218 447" in p for p in found)
    for word in ("Cpl", "Aita"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("mama", "néni", "Da"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Romania", "Harghita", "Assam", "Lincolnshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Réka' is marked as a name elsewhere" in p for p in found)
