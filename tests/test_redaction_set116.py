"""Checks of the hand-written held-out redaction set 116 (bench/redaction_set116.py) that do not use the detector:
its marking, its size, its own hard cases and failing checks."""

from bench import redaction_set116 as s116
from tests import hand_set_checks as checks

NAMES, TOTAL = 509, 947
# names that are words or towns; scripts; short forms; odd formats
HARD = (("SACKETT, Poppy Jade", "name"), ("TAPP, Alfie", "name"), ("PUIG FERRER, Pau", "name"), ("Alfie TAPP", "name"),
        ("Jordan PILCHER", "name"), ("PILCHER jordan", "name"), ("Daisy MARSH", "name"), ("Claire HOLNESS", "name"),
        ("Pau PUIG FERRER", "name"), ("Núria Ferrer Vidal", "name"), ("Jordi Puig Casals", "name"), ("ELLIE-MAE STOKES", "name"),
        ("Tilly-Mae Cornford", "name"), ("Jo Holness-Pike", "name"), ("tilly-mae", "name"), ("Wayne\nSackett", "name"),
        ("kai\ndaniels", "name"), ("Danni\nHolness", "name"), ("Farhad\nMissaghi", "name"), ("J Pettman", "name"), ("K Minster", "name"),
        ("B. Wraight", "name"), ("H. Tapsell", "name"), ("Kerry Minster", "name"), ("Minster", "name"), ("Minster", "place"),
        ("minster", "place"), ("Margaret Spain", "name"), ("Dawn Hatcher", "name"), ("Derek Castle", "name"), ("Ishbel Pond", "name"),
        ("Owen Friend", "name"), ("Friend", "name"), ("friend", "name"), ("Becky Chalk", "name"), ("Stevie Rook", "name"),
        ("Amelia Fright", "name"), ("Sage", "name"), ("lavender", "name"), ("Daisy", "name"), ("Sunny", "name"), ("Dale", "name"),
        ("dale", "name"), ("Bugsy", "name"), ("bugsy", "name"), ("Ty", "name"), ("Reub", "name"), ("Tam", "name"), ("Nuri", "name"),
        ("montse", "name"), ("ruhi", "name"), ("Mo", "name"), ("Terence", "name"), ("Terry", "name"), ("hollie", "name"),
        ("jason", "name"), ("okafor", "name"), ("Ovenden", "name"), ("Kourosh", "name"), ("Bethan", "name"), ("Nava", "name"),
        ("Pau", "name"), ("Martina", "name"), ("Mercè", "name"), ("نوا", "name"), ("روحیه", "name"), ("پروین", "name"), ("آرمان", "name"),
        ("مهسا ثابت", "name"), ("شیراز", "place"), ("تهران", "place"), ("Shiraz", "place"), ("Isfahan", "place"), ("Yazd", "place"),
        ("Londres", "place"), ("Girona", "place"), ("Badalona", "place"), ("Olot", "place"), ("Figueres", "place"), ("Sabadell", "place"),
        ("Tarragona", "place"), ("Ballincollig", "place"), ("Cork", "place"), ("Toronto", "place"), ("Lanzarote", "place"),
        ("Luton", "place"), ("Sandwich", "place"), ("Garlinge", "place"), ("garlinge", "place"), ("Westbrook", "place"),
        ("westbrook", "place"), ("westwood", "place"), ("Nethercourt", "place"), ("Monkton", "place"), ("St Lawrence", "place"),
        ("Westgate-on-Sea", "place"), ("Westgate", "place"), ("Birchington", "place"), ("Cliff's End", "place"), ("Acol", "place"),
        ("Manston", "place"), ("Strood", "place"), ("sittingbourne", "place"), ("ramsgate", "place"), ("Luton Road", "address"),
        ("luton rd", "address"), ("Luton Arches", "address"), ("21", "address"), ("24", "address"), ("50", "address"),
        ("Flat 4", "address"), ("flat 6", "address"), ("6 Minnis", "address"), ("37 tothill st", "address"),
        ("Carrer de la Força 12, 2n 1a", "address"), ("carrer de la Força", "address"), ("Força street", "address"),
        ("17004", "postcode"), ("RHA", "school"), ("Royal Harbour", "school"), ("Charles\nDickens", "school"),
        ("St Saviour's\nJunior School", "school"), ("st gregorys", "school"), ("Vedruna", "school"), ("Little Acorns", "school"),
        ("Birchington CE", "school"), ("8 de desembre", "date"), ("12th", "date"), ("27th", "date"), ("28th", "date"), ("20th", "date"),
        ("28", "date"), ("9th", "date"), ("29th Nov", "date"), ("Christmas Eve 2024", "date"), ("01/11/20", "dob"), ("23/4/16", "dob"),
        ("+98 912 463 1859", "phone"), ("+34 972 188 185", "phone"), ("+353 87 214 6650", "phone"), ("+1 416 555 0199", "phone"),
        ("NB 63 19 04 C", "ni"), ("GU16 XPL", "vehicle"), ("KP19 WZD", "vehicle"), ("GN68 VRF", "vehicle"), ("573 856 3913", "nhs"),
        ("X886075006691", "upn"), ("gazmarsh80@hotmail.co.uk", "email"))
UNMARKED = ("Westwood Cross", "the Lido", "Isle Coast Council", "Isle Coast Homes", "Northdown\nSurgery", "Quex Medical Group",
            "Westgate Medical Centre", "Thanet Gateway", "Margate Gateway", "Thanet team", "QEQM", "Queen Victoria Hospital",
            "Queen Elizabeth The Queen Mother Hospital", "HMP Elmley", "Evin", "اوین", "Forward Trust", "Dover Cabs", "Westgate Fish Bar",
            "Kent Young Carers", "Kent Refugee Action Network", "IN THE FAMILY COURT AT CANTERBURY", "Tesco", "Morrisons", "Greggs",
            "Naw-Rúz", "Maman Joon", "Mare", "Tieta", "Dayi", "jp_2011x", "isle_youth_danni", "JP", "Kent", "Iran", "Ireland",
            "Bedfordshire", "plus three five three", "ME26C01177", "QM4481920", "46-88213-26", "sat n sun", "relapse in April")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s116)


def test_the_counts():
    checks.counts(s116, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s116, HARD, UNMARKED, split=("name", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s116)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Persian script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Persian script


def test_the_checks_can_fail():
    bad = ((s116.RECORD_E, [("bad", "Ring [[0184 384 624|phone]] about [[Nava|name]], [[Dayi Kourosh|name]],"
                                    " [[Tieta Mercè|name]], [[el Pau|name]], [[Sra. Ovenden|name]], [[Nava jan|name]],"
                                    " [[Bethan khanum|name]] on [[Sunday 6 December|date]] in [[Iran|place]], [[Kent|place]]"
                                    " and [[Thanet|place]].\n"
                                    "NHS [[450 535 6826|nhs]], UPN [[A886063469421|upn]], NI [[DQ 12 34 56 E|ni]]. Nava said no.")]),)
    found = s116.problems(bad, record_ids=["4505356826"], record_phones=["0184 384 624"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0184 384 624" in p for p in found)
    for word in ("Dayi", "Tieta", "el", "Sra."):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("jan", "khanum"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Iran", "Kent", "Thanet"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 450 535 6826" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Nava' is marked as a name elsewhere" in p for p in found)
