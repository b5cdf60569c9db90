"""Checks of the hand-written held-out redaction set 134 (bench/redaction_set134.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set134 as s134
from tests import hand_set_checks as checks

NAMES, TOTAL = 546, 976
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BRAYFORD, Mas0n", "name"), ("SUMRA, Ayaan", "name"), ("SUMRA, Mariyam", "name"), ("CARTWRIGHT-BELL, Jason", "name"),
        ("ALAM, Tanvir", "name"), ("ALAM, Sumaiya", "name"), ("FAIRWEATHER, Jade", "name"), ("Summer DORRICOTT", "name"),
        ("Craig Madeley", "name"), ("Madeley", "place"), ("Dawn Kettle", "name"), ("Summer", "name"), ("Jade", "name"), ("Fern", "name"),
        ("Pam", "name"), ("Tamsin Gr eenhalgh", "name"), ("Beth an Lloyd-Price", "name"), ("Pops", "name"), ("pops", "name"),
        ("mase", "name"), ("kay", "name"), ("Os", "name"), ("Nic", "name"), ("Sum", "name"), ("Summs", "name"), ("Aga", "name"),
        ("Mo", "name"), ("Lew", "name"), ("Jace", "name"), ("Ayaan S", "name"), ("jade f", "name"), ("lily-mae", "name"),
        ("ryan", "name"), ("dwayne", "name"), ("rhiannon", "name"), ("pam jukes", "name"), ("ઝુબેદા", "name"), ("મરિયમ", "name"),
        ("અનવર", "name"), ("রোকেয়া", "name"), ("সুমাইয়া", "name"), ("ભુજ", "place"), ("Tanvir", "name"), ("eileen", "name"),
        ("jahangir", "name"), ("Chloe\nEastham", "name"), ("Zara\nMahmood", "name"), ("Wrockwardine\n       Wood", "place"),
        ("Flat 11, Dale\nAcre Court", "address"), ("9\nNovember 2026", "date"), ("Donnington\nBrook", "school"),
        ("donnington brook", "school"), ("Charlton", "school"), ("Haughton", "school"), ("Thomas Telford", "school"),
        ("Stepping Stones", "school"), ("trench", "place"), ("muxton", "place"), ("penn", "place"), ("randlay", "place"),
        ("telford", "place"), ("chattogram", "place"), ("brookside", "place"), ("Chattogram", "place"), ("Chittagong", "place"),
        ("Patiya", "place"), ("Hathazari", "place"), ("Hortonwood", "place"), ("Hartshill", "place"), ("Wrocław", "place"),
        ("Oleśnica", "place"), ("Telford", "place"), ("Randlay", "place"), ("Hollinswood", "place"), ("turreff", "address"),
        ("Turreff Avenue", "address"), ("downemead", "address"), ("Limes Walk", "address"), ("Wolverhampton Road", "address"),
        ("no. 12", "address"), ("no. 20", "address"), ("no. 39", "address"), ("no. 16", "address"), ("18", "address"),
        ("Flat 9", "address"), ("Flat 6", "address"), ("ul. Kasprowicza 112/4", "address"), ("51-137", "postcode"),
        ("TF3  2EW", "postcode"), ("Flat 7, Brindley Court", "address"), ("Flat 7 Brindley Court", "address"),
        ("9 Gresham Dr", "address"), ("Flat 11 Dale Acre Ct", "address"), ("1 1 / 0 2 / 2 0 0 7", "dob"), ("18 / 06 / 2015", "dob"),
        ("29-Apr-2014", "dob"), ("7th May 2011", "dob"), ("22-23 Nov 2026", "date"), ("22-23 November", "date"),
        ("14 / 01 / 2027", "date"), ("8th Dec 2026", "date"), ("8th jan", "date"), ("12th", "date"), ("26th", "date"),
        ("the 3rd", "date"), ("7 Dec", "date"), ("23/11", "date"), ("30th November 2026", "date"), ("30/11", "date"),
        ("+91 98250 41736", "phone"), ("+880 1712-458390", "phone"), ("+880 1819-327540", "phone"), ("+48 512 384 671", "phone"),
        ("07519604882", "phone"), ("PE174293B", "ni"), ("SZ 40 71 83 C", "ni"), ("JK 62 19 47 B", "ni"), ("FX67 KRW", "vehicle"),
        ("MA19 ZPT", "vehicle"), ("Q894201379021", "upn"), ("783 820 7169", "nhs"), ("idrispatel.oic@gmail.com", "email"),
        ("mo.tonks1955@btinternet.com", "email"), ("aga.wrona87@wp.pl", "email"), ("jadefairweather07@icloud.com", "email"))
UNMARKED = ("Tank", "Princess Royal Hospital", "Wrekin Freight", "southwater", "Telford Forge Retail Park", "Wrekin Retail Park",
            "Telford Central", "Oakengates Islamic Centre", "Oakengates Theatre", "Oakengates Medical Practice",
            "Stirchley Medical Practice", "Donnington Medical Practice", "Leegomery Co-op", "Wellington Clinic", "Walsall Manor Hospital",
            "Birmingham Children's Hospital", "Hub on the Hill", "Madeley Centre", "Addenbrooke House", "Telford Homes", "Ercall Council",
            "NorthLingo", "West Mercia Police", "Denso", "Holy Trinity", "Monzo", "halifax", "Evisense", "Children in Need",
            "Family Fund", "Barnardo's", "Staffs/West Mids", "Kutch", "Gujarat", "Bangladesh", "Poland", "poland", "KM", "RP", "S.D.",
            "PRH 4410723", "TH/88214", "NRPSI 20417", "MPR/22-0911/26", "June 2026", "March 2025", "Abbu", "Ammu", "Ammi", "Abba",
            "Babcia", "Nanu", "Maulana", "Kingfisher", "Kestrels", "M54")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s134)


def test_the_counts():
    checks.counts(s134, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s134, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s134)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Gujarati and Bengali script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Gujarati script


def test_the_checks_can_fail():
    bad = ((s134.RECORD_B, [("bad", "Ring [[01952 12 345|phone]] about [[Ayaan|name]], [[Maulana Idris|name]], [[Nanu Eileen|name]],"
                                    " [[Babcia Halina|name]], [[Cllr Graham Yeomans|name]], [[RM Ola Adeyemi|name]],"
                                    " [[Jahangir bhai|name]], [[Tanvir Abbu|name]] on [[Wednesday 18 November|date]]"
                                    " in [[Shropshire|place]], [[Kutch|place]],"
                                    " [[Bangladesh|place]] and [[Poland|place]].\n"
                                    "NHS [[153 456 3424|nhs]], UPN [[A894204836978|upn]], NI [[SZ 40 71 83 E|ni]]. Ayaan said no.")]),)
    found = s134.problems(bad, record_ids=["1534563424"], record_phones=["01952 12 345"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01952 12 345" in p for p in found)
    for word in ("Maulana", "Nanu", "Babcia", "Cllr", "RM"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("bhai", "Abbu"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Shropshire", "Kutch", "Bangladesh", "Poland"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 153 456 3424" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Ayaan' is marked as a name elsewhere" in p for p in found)
