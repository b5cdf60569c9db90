"""Checks of the hand-written held-out redaction set 58 (bench/redaction_set58.py) that do not use the detector:
its own size, hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set58 as s58
from tests import hand_set_checks as checks

NAMES, TOTAL = 621, 1101
# names that are words or towns; scripts; short forms; odd formats
HARD = (("TEBBUTT, Kayden", "name"), ("MARRIOTT, Ivy-Rose", "name"), ("BAPTISTE, Jaden Akeem", "name"),
        ("BAPTISTE, Keisha Antoinette", "name"), ("LEWIS, Marlon", "name"), ("DESBOROUGH, Arlo", "name"), ("Haftom, Selam", "name"),
        ("Kayden TEBBUTT", "name"), ("Connor BYWATER", "name"), ("Amber A", "name"), ("Archie W", "name"), ("H. Dunkley", "name"),
        ("C. Tebbutt", "name"), ("Kieron\nBrudenell", "name"), ("Gary\nTear", "name"), ("Kyle\nKnighton", "name"), ("Ivy-Rose", "name"),
        ("ivy rose", "name"), ("lvy", "name"), ("Carol teb but", "name"), ("karashi", "name"), ("Jordan pel", "name"),
        ("tie-rone", "name"), ("hyacinth clark", "name"), ("Shan", "name"), ("shan", "name"), ("Kay", "name"), ("keish", "name"),
        ("chlo", "name"), ("trace", "name"), ("jan", "name"), ("bev", "name"), ("Skeng", "name"), ("C-Dog", "name"), ("J-Bap", "name"),
        ("Jayds", "name"), ("Ricky", "name"), ("Marj", "name"), ("Gail", "name"), ("Dexter", "name"), ("Gebremichael", "name"),
        ("Oakleys", "name"), ("Hope", "name"), ("Summer", "name"), ("Summer Wills", "name"), ("Faith Bennett", "name"), ("Joy", "name"),
        ("Amber", "name"), ("Skye", "name"), ("Chelsea", "name"), ("Ryan Desborough", "name"), ("Janice Desborough", "name"),
        ("Dale Desborough", "name"), ("Rio", "name"), ("Nightingale", "name"), ("Stacey", "name"), ("Lacey", "name"), ("ሰላም", "name"),
        ("ዮናስ", "name"), ("ለተብርሃን ገብረመድህን", "name"), ("ሓፍቶም", "name"), ("ኪዳነ", "name"), ("ኣቢጋይል", "name"), ("ዮኒ", "name"),
        ("Yoni", "name"), ("መቐለ", "place"), ("ዱባይ", "place"), ("ኖርዝሃምፕተን", "place"), ("Desborough", "place"), ("Brooklyn", "place"),
        ("brooklyn", "place"), ("N0rthampton", "place"), ("toaster", "place"), ("lings", "place"), ("crick", "place"),
        ("burton", "place"), ("raunds", "place"), ("kettering", "place"), ("Weston\nFavell", "place"), ("Higham\nFerrers", "place"),
        ("Blackthorn", "place"), ("Hemmingwell", "place"), ("Semilong", "place"), ("Ise Lodge", "place"), ("Kingsley", "place"),
        ("San Fernando", "place"), ("Cedros", "place"), ("Marabella", "place"), ("Arima", "place"), ("Mekelle", "place"),
        ("Adigrat", "place"), ("Wukro", "place"), ("Dubai", "place"), ("highfields", "place"), ("Hunter\nStreet", "address"),
        ("5 Stamford Road", "address"), ("Flat 6, Kettering Road", "address"), ("Flat 12, Eden Court,\n88 Lordship Lane", "address"),
        ("14 Coffee Street", "address"), ("no. 31", "address"), ("number 16", "address"), ("no 7", "address"), ("number 31", "address"),
        ("goodwood road", "address"), ("9 watling street east", "address"), ("St Andrew's Road", "address"),
        ("Hall Meadow\nPrimary", "school"), ("KBA", "school"), ("goldings park", "school"), ("hall meadow", "school"),
        ("Nene Meadows", "school"), ("Croyland Brook", "school"), ("Little Acorns", "school"), ("Weston Favell Academy", "school"),
        ("1 ታሕሳስ 2019", "date"), ("1 Tahsas 2019", "date"), ("11/8/26", "date"), ("14 August\n2023", "date"), ("3rd", "date"),
        ("18th", "date"), ("20th Nov 2026", "date"), ("15-Jul-2026", "dob"), ("14.3.2011", "dob"), ("+1 868 657 4412", "phone"),
        ("+1 718 495 2036", "phone"), ("+251 914 412 837", "phone"), ("+971 55 762 3109", "phone"), ("07946118305", "phone"),
        ("+44 7588 203614", "phone"), ("SK 41 88 26 B", "ni"), ("KX19 FNO", "vehicle"), ("LR 17 ZXD", "vehicle"), ("737 178 6505", "nhs"),
        ("E928803216093", "upn"), ("ruth.adebayo-hale@isevalley.gov.uk", "email"))
UNMARKED = ("Racecourse", "Swanspool", "Rushden Lakes", "the lakes", "Tank", "Honey", "Mammy", "Baba", "Mama", "Tanty", "Granny", "Abba",
            "ወ/ሮ", "A.T.", "jbap_11", "Greenview Surgery", "Northampton General Hospital", "Kettering General", "KGH",
            "Leicester Royal Infirmary", "John Radcliffe", "St Mary's", "Welland Centre", "Rushden Fire Station",
            "Rushden Medical Centre", "Brackley Medical Centre", "Brackley Town Juniors", "Abington Park Surgery", "Magistrates' Court",
            "Albany House", "Linden Medical Group", "HMP Onley", "the Guildhall", "Medhane Alem", "Service Six", "Aquarius",
            "Prestige Care", "Northamptonshire Carers", "LanguageLine", "Nene Vale Council", "Ise Valley Council",
            "Northamptonshire Police", "Northants Police", "Trinidad", "Tobago", "Tigray", "Ethiopia", "Sudan", "Libya", "March 2021",
            "June 2026", "spring 2027", "MIS-26-118842", "26-HI-2213", "#YC-26-03318", "PF/26/0142", "KN/07", "Sainsburys", "Co-op",
            "Nando's")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s58)


def test_the_counts():
    checks.counts(s58, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s58, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s58)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Tigrinya (Ge'ez script)
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Ge'ez script


def test_the_checks_can_fail():
    bad = ((s58.RECORD_B, [("bad", "Ring [[01536 534 90|phone]] about [[Jaden|name]], [[Tanty Gail|name]], [[Granny Marj|name]],"
                                    " [[Uncle Dexter|name]], [[Abba Gebremichael|name]], [[ወ/ሮ ኣቢጋይል|name]], [[Mammy Marjorie|name]]"
                                    " and [[DC Liam Tarry|name]] on [[Friday 20 November|date]] in [[Trinidad|place]],"
                                    " [[Tigray|place]], [[Ethiopia|place]] and [[Northamptonshire|place]].\n"
                                    "NHS [[737 178 6504|nhs]], UPN [[A928803216093|upn]], NI [[DQ 12 34 56 E|ni]]. Jaden said no.")]),)
    found = s58.problems(bad, record_ids=["7371786504"], record_phones=["01536 534 90"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01536 534 90" in p for p in found)
    for word in ("Tanty", "Granny", "Uncle", "Abba", "ወ/ሮ", "Mammy", "DC"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Trinidad", "Tigray", "Ethiopia", "Northamptonshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 737 178 6504" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Jaden' is marked as a name elsewhere" in p for p in found)
