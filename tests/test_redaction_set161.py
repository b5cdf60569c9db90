"""Checks of the hand-written held-out redaction set 161 (bench/redaction_set161.py) that do not use the detector:
its marking is clean, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set161 as s161
from tests import hand_set_checks as checks

NAMES, TOTAL = 536, 1002
# names that are words or towns; short forms; OCR; odd formats
HARD = (("DARLING, Poppy", "name"), ("BASSEY, Ekemini", "name"), ("WICKHAM, Maisie", "name"), ("Kai MERCER", "name"),
        ("Shelby DARLING", "name"), ("H. Oyelaran", "name"), ("K A Lusted", "name"), ("R. Thorne", "name"), ("Alfie-Ray", "name"),
        ("alfie ray", "name"), ("bev", "name"), ("deano", "name"), ("Jo-Jo", "name"), ("Eke", "name"), ("Mini", "name"), ("Dee", "name"),
        ("Kiki", "name"), ("Clo", "name"), ("Smurf", "name"), ("Rico", "name"), ("kaiii", "name"), ("Okon", "name"), ("Blessing", "name"),
        ("Arit", "name"), ("Asuquo", "name"), ("Udeme", "name"), ("Okon Etim", "name"), ("Cedric Moss", "name"), ("Sands", "name"),
        ("Precious", "name"), ("Comfort Archibong", "name"), ("Grace Ofem", "name"), ("Beverley Darling", "name"), ("Lee Brook", "name"),
        ("Olivia Hope", "name"), ("Hope", "name"), ("Priya Moss", "name"), ("Moss", "name"), ("Callum Friday", "name"), ("Page", "name"),
        ("page", "name"), ("Zoe Castle", "name"), ("Ellie Rochester", "name"), ("Lydia Halling", "name"), ("Bain", "name"),
        ("Hugh Bain", "name"), ("Deangelo Ro11e", "name"), ("Maisle", "name"), ("Tlmms", "name"), ("Jose", "name"),
        ("Jose Ibáñez", "name"), ("lisa wickham", "name"), ("kerry goodhew", "name"), ("DEANGELO ROLLE", "name"),
        ("Yasmin\nPatel", "name"), ("Rochester", "place"), ("Halling", "place"), ("Bain Town", "place"), ("Luton", "place"),
        ("Brompton", "place"), ("BROMPTON", "place"), ("Twydall", "place"), ("Frindsbury", "place"), ("Hoo St Werburgh", "place"),
        ("hoo", "place"), ("Hoo", "place"), ("Wainscott", "place"), ("Cuxton", "place"), ("Allhallows", "place"), ("A1lhallows", "place"),
        ("allhallows", "place"), ("strood", "place"), ("sheppey", "place"), ("Margate", "place"), ("State Housing", "place"),
        ("Ikot Ansa", "place"), ("Calabar", "place"), ("Uyo", "place"), ("Fox Hill", "place"), ("Nassau", "place"),
        ("Carmichael", "place"), ("Freeport", "place"), ("Grand Bahama", "place"), ("Eleuthera", "place"),
        ("Governor's Harbour", "place"), ("Eight Mile Rock", "place"), ("Torrevieja", "place"), ("torrevieja", "place"),
        ("Orihuela", "place"), ("luton arches", "address"), ("luton rd", "address"), ("Magpie hall rd", "address"),
        ("magpie hall rd", "address"), ("flat three, forty-one Frindsbury Road", "address"), ("Flat 1", "address"), ("11", "address"),
        ("21", "address"), ("17 Atekong Drive", "address"), ("Lot 12, Cowpen Road", "address"), ("#9 Coral Road", "address"),
        ("Calle Caballero de Rodas 44, 3B", "address"), ("calle caballero de rodas 44", "address"), ("14 PROSPECT ROW", "address"),
        ("Flat 2, 188 Northdown\nRoad", "address"), ("M E 2 4 J B", "postcode"), ("me3 9qr", "postcode"), ("03181", "postcode"),
        ("Twydall", "school"), ("Hoo", "school"), ("hundred of hoo", "school"), ("St Werburgh", "school"), ("Fort Pitt", "school"),
        ("Holcombe", "school"), ("Hope Waddell", "school"), ("BUSY BEES DEN NURSERY & PRE-SCHOOL", "school"), ("30th Novemder", "date"),
        ("l5/9", "date"), ("3O/9", "date"), ("20", "date"), ("21/11/2026", "date"), ("16", "date"), ("17 Oct", "date"),
        ("Sept 14th", "date"), ("November 8, 2026", "date"), ("23rd November, 2026", "date"), ("06-05-2014", "dob"), ("6/5/14", "dob"),
        ("28.07.26", "dob"), ("+234 803 412 7765", "phone"), ("+1 (242) 357-4418", "phone"), ("+1-242-422-8816", "phone"),
        ("+34 622 418 907", "phone"), ("0783 866 9667", "phone"), ("07517 251897", "phone"), ("07794945668", "phone"),
        ("idaknowles62@batelnet.bs", "email"), ("JT 48 19 27 B", "ni"), ("GF14 WZK", "vehicle"), ("LD66 XRT", "vehicle"),
        ("727 149 2763", "nhs"), ("T887207214073", "upn"))
UNMARKED = ("Medway Maritime", "Strood Health Centre", "Twydall Green clinic", "Gillingham North team", "HMP Elmley",
            "Fountain of Grace Ministries", "FOUNTAIN OF GRACE", "Hoo youth hub", "Medway Youth Service, Chatham team", "Pentagon Centre",
            "Hempstead Valley", "Deangate ridge", "Gatwick", "Careline Medway", "LinguaKent", "Pro Church", "Medway Riverside Medical",
            "Sunlight Centre", "Gun Wharf", "gun wharf", "Medway City Estate", "Dolphin Ward", "Strood hub", "Lower Medway Family Centre",
            "Kent Police", "Tank", "Misty", "Conch", "k.merc_07", "rico.ldn.x", "Mma:", "ifot", "Abasi odu", "Akwa Ibom", "the Bahamas",
            "Spain", "Kent", "I hope", "precious name", "friday 4 oclock", "a red mark", "HB", "D.R.", "46-MISS-2611-0881", "FD/26/40317",
            "GMC 7723190", "88213")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s161)


def test_the_counts():
    checks.counts(s161, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s161, HARD, UNMARKED, split=("name", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s161)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = ((s161.RECORD_C, [("bad", "Ring [[0163 432 671|phone]] about [[Mma Arit|name]], [[Pastor Udeme|name]],"
                                     " [[Aunty Blessing|name]] and [[Sunday 1 November|date]] in [[Nigeria|place]],"
                                     " [[Akwa Ibom|place]], [[Kent|place]] and [[the Bahamas|place]]. Arit said no.")]),)
    found = s161.problems(bad, record_ids=["5411627967"], record_phones=["0163 432 671"])
    assert any("phone is not a valid number" in p for p in found)
    for word in ("Mma", "Pastor", "Aunty"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Nigeria", "Akwa Ibom", "Kent", "the Bahamas"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Arit' is marked as a name elsewhere" in p for p in found)
