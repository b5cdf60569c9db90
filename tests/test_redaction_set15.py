"""Checks of the hand-written held-out redaction set 15 (bench/redaction_set15.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set15 as s15
from tests import hand_set_checks as checks

# names that are words, towns or counties; OCR; scripts; odd formats
HARD = (("M A Y H E W", "name"), ("C H A R L I E - R A Y", "name"), ("1 4 / 0 3 / 2 0 1 5", "dob"), ("CLACT0N-0N-SEA", "place"),
        ("C0LCHESTER", "place"), ("7 BR00KLANDS", "address"), ("SH0REFIELDS", "school"), ("C015 2JJ", "postcode"),
        ("1[?]/11/2026", "date"), ("jay\nwick", "place"), ("shore fields", "school"), ("casey", "name"), ("sky", "name"),
        ("charlie ray", "name"), ("brooklands", "address"), ("7 Brooklands", "address"), ("Hillside", "address"),
        ("Flat 27, Kelly Court, Hillside", "address"), ("High Street", "address"), ("Jaywick Lane", "address"),
        ("No. 14, Temple Road", "address"), ("Harlow", "name"), ("Chelsea", "name"), ("Devon F", "name"), ("Tiny", "name"),
        ("Big Dee", "name"), ("Lisa Honour", "name"), ("Nicola Page", "name"), ("Rachel Bishop", "name"), ("Claire Moth", "name"),
        ("Leanne Ashford", "name"), ("Ash M", "name"), ("Thusyanth J.", "name"), ("JEYAKUMAR Thusyanth", "name"),
        ("T. Jeyakumar", "name"), ("Tussy-anth", "name"), ("Harry\nKwan", "name"), ("Saimu", "name"), ("Enzinho", "name"),
        ("صائمہ", "name"), ("صائمہ رحمان", "name"), ("துஷி", "name"), ("Vitória Mendes", "name"), ("Rosângela", "name"),
        ("Isabelly SOUZA LIMA", "name"), ("Luana Souza Lima", "name"), ("Enzo Gabriel", "name"), ("Tharsika", "name"), ("Kopay", "place"),
        ("Balasubramaniam", "name"), ("Ranjan", "name"), ("Jaque", "name"), ("Cida", "name"), ("Brannon", "name"), ("Lusby", "name"),
        ("Oakes", "name"), ("Siva", "name"), ("Alexis", "name"), ("Walton", "place"), ("Wycombe", "place"), ("Shepherd's Bush", "place"),
        ("Lee-on-the-Solent", "place"), ("Aparecida de Goiânia", "place"), ("Scarborough", "place"), ("Spanish Town", "place"),
        ("May Pen", "place"), ("Copdock", "place"), ("Canary Wharf", "place"), ("SNC", "school"), ("chantry academy", "school"),
        ("Ernest Bevin", "school"), ("Clacton Coastal", "school"), ("11-Mar-2026", "dob"), ("7", "date"), ("+92 300 5417726", "phone"),
        ("+55 62 99184-3027", "phone"), ("+94 77 418 2963", "phone"), ("07445 870126", "phone"), ("LB19 FKE", "vehicle"),
        ("HX68 LPD", "vehicle"), ("SZ 90 27 45 D", "ni"), ("interpreting@jubileevale.gov.uk", "email"), ("999 337 8488", "nhs"),
        ("D212666655439", "upn"))
UNMARKED = ("Seat Leon", "Headie One", "Bob Marley", "Babar Azam", "Murugan", "Allah", "Nallur temple", "Tooting Common lido",
            "Wembley Stadium", "Westfield", "Roundwood Park", "Kestrel House", "Harlesden Police Station", "colchester general",
            "Queen Alexandra Hospital", "Stoke Mandeville", "Wexham Park", "Tooting Bec Surgery", "FAMILY COURT sitting at PORTSMOUTH",
            "Essex", "Azad Kashmir", "Northern\nProvince", "Goiás", "Canada", "Brazil", "Jamaica", "அம்மா", "Appa", "Ammamma", "Tia",
            "Vó", "Kurukkal", "@isa.lima.x", "isalima13", "RG", "C-R", "Elsa glove", "Casa do Brasil em Londres",
            "Portsmouth\n  Abuse and Rape Counselling Service", "Tendring Lettings", "Ipswich Caribbean Association",
            "Bildeston Health Centre", "Chalvey Medical Centre", "Harness Harlesden practice", "Food & Wine", "Lyca Mobile",
            "Amazon\nFlex", "Flamengo", "Nando's", "Stonebridge Adventure Playground", "Essex Young Carers", "The Willows", "Tharsikaku",
            "Kopayla", "Stanley cup")


def test_the_hard_cases_are_there():
    checks.hard_cases(s15, HARD, UNMARKED)


def test_its_own_hard_cases():
    spans = checks.spans(s15)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() and any(c.isascii() for c in name) for name in names)  # diacritics the record spells plainly
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu and Tamil script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+44") for words, kind in spans if kind == "phone")  # UK phones in international form
    for kind in ("place", "address", "school"):
        assert any(words.islower() for words, k in spans if k == kind), kind  # lower case in messages


def test_the_checks_can_fail():
    bad = ((s15.RECORD_E, [("bad", "Ring [[020 8672 000|phone]] about [[Thusyanth|name]], [[Siva anna|name]],"
                                    " [[Vasuki akka|name]], [[Tia Jaque|name]],"
                                    " [[Vó Cida|name]], [[Ammamma Pushpam|name]] and [[Kurukkal Bala|name]] on [[Wed 7 October|date]] in"
                                    " [[Goiás|place]], [[Canada|place]], [[Essex|place]] and [[Azad Kashmir|place]].\n"
                                    "NHS [[999 337 8489|nhs]], UPN [[A212666655439|upn]], NI [[DQ 12 34 56 E|ni]]. Thusyanth said no.")]),)
    found = s15.problems(bad, record_ids=["9993378489"], record_phones=["020 8672 00"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 020 8672 000" in p for p in found)
    assert any("kinship word after a name" in p and "anna" in p for p in found)
    assert any("kinship word after a name" in p and "akka" in p for p in found)
    assert any("title or kinship word" in p and "Tia" in p for p in found)
    assert any("title or kinship word" in p and "Vó" in p for p in found)
    assert any("title or kinship word" in p and "Ammamma" in p for p in found)
    assert any("title or kinship word" in p and "Kurukkal" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Goiás", "Canada", "Essex", "Azad Kashmir"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 999 337 8489" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Thusyanth' is marked as a name elsewhere" in p for p in found)
