"""Checks of the hand-written held-out redaction set 40 (bench/redaction_set40.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set40 as s40
from tests import hand_set_checks as checks

NAMES, TOTAL = 540, 991
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HAYES, Ivy", "name"), ("WICKRAMASINGHE, Kasun Chaminda", "name"), ("Lall, Priyanka", "name"), ("Pauline Joyce GRANT", "name"),
        ("Leon FRANCIS", "name"), ("P J Grant", "name"), ("W.A. Sunethra Kumari", "name"), ("Frankie B", "name"), ("Reecey", "name"),
        ("Ty", "name"), ("Deano", "name"), ("Simmy", "name"), ("Tel", "name"), ("Dre", "name"), ("Smokey", "name"), ("pinky", "name"),
        ("Summer", "name"), ("summer", "name"), ("Ivy", "name"), ("Brenda Hope", "name"), ("Providence", "name"), ("Cupid", "name"),
        ("Hayes", "name"), ("Cowley", "name"), ("Lee Cowley", "name"), ("Jamie Cross", "name"), ("Lorraine Pick", "name"),
        ("kyle", "name"), ("jodie cook", "name"), ("DiIani Wickramasinghe", "name"), ("SithmI", "name"), ("CaIlum", "name"),
        ("EIlie", "name"), ("Dhammaratana", "name"), ("ellie may", "name"), ("සිත්මි", "name"), ("සෙනුක", "name"), ("ਹਰਪ੍ਰੀਤ", "name"),
        ("ਸਿਮਰਨ", "name"), ("ਅਰਜਨ", "name"), ("ਸੁਖਵਿੰਦਰ", "name"), ("Hayes", "place"), ("Cowley", "place"), ("Booker", "place"),
        ("Rose Hill", "place"), ("rose hill", "place"), ("Barton", "place"), ("Hardwick", "place"), ("Blackbird", "place"),
        ("leys", "place"), ("wood farm", "place"), ("Nuwara", "place"), ("Hounsl0w", "place"), ("Southa11", "place"), ("කොළඹ", "place"),
        ("ਜਲੰਧਰ", "place"), ("Kingstown", "place"), ("Layou", "place"), ("Barrouallie", "place"), ("Model Town", "place"),
        ("Wycombe", "place"), ("Castlefield", "place"), ("Blackbird Leys", "place"), ("Grimsbury", "place"), ("Dormers Wells", "place"),
        ("Heston", "place"), ("Hanworth", "place"), ("hanworth", "place"), ("Cowley Road", "address"), ("Pegasus Road", "address"),
        ("Causeway", "address"), ("Fairway", "address"), ("ashhurst", "address"), ("no. 25", "address"), ("number 25", "address"),
        ("27", "address"), ("no 11", "address"), ("Rose Bank", "address"), ("42/3 Stanley Thilakaratne Mawatha", "address"),
        ("House No. 214, Model Town", "address"), ("9 Dormers\nWells Lane", "address"), ("9 dormers wells ln", "address"),
        ("Flat 14, Kennedy House,\nFarnham Road", "address"), ("Priti\nShah", "name"), ("Greater\nLeys", "place"),
        ("Cressex Vale\nAcademy", "school"), ("30th\nSeptember 2026", "date"), ("10250", "postcode"), ("144003", "postcode"),
        ("Oriel Fields", "school"), ("Cressex Vale", "school"), ("Kestrel Park", "school"), ("Featherstone Lane", "school"),
        ("Brunel", "school"), ("Kingston", "school"), ("The Cedars", "school"), ("Busy Bees", "school"), ("Heston Brook", "school"),
        ("Layou Government School", "school"), ("සැප්තැම්බර් 2", "date"), ("2", "date"), ("2nd", "date"), ("15th", "date"),
        ("12th", "date"), ("14th August", "date"), ("3rd of August", "date"), ("the 2nd", "date"), ("3 OCT", "date"),
        ("19-08-2026", "date"), ("19.8.26", "date"), ("21/08/2026", "dob"), ("19-02-2011", "dob"), ("+94 77 314 8826", "phone"),
        ("+1 784 493 2715", "phone"), ("+91 98142 36075", "phone"), ("0208 570 4418", "phone"), ("KM 43 81 27 B", "ni"),
        ("NW 38 15 72 A", "ni"), ("LR17 XVB", "vehicle"), ("005 225 8157", "nhs"), ("J313238761742", "upn"),
        ("kasun.wick81@gmail.com", "email"))
UNMARKED = ("Hanworth Health Centre", "Hounslow and Richmond Community Healthcare", "Wycombe Hospital", "Desborough\nSurgery",
            "Leys Health Centre", "Dormers Wells Medical Centre", "Ealing Young Carers", "Wycombe Youth\nAction", "Turning Point",
            "Crane\nValley Homes", "Gate Gourmet", "Horton GP", "West Middlesex University Hospital", "John Radcliffe",
            "Blackbird Leys Park", "Hatton Cross", "templars square", "the A4", "Heathrow", "St Andrew's", "the co op", "the big Tesco",
            "Poya day", "Greenacres care home", "SriLankan Airlines", "Bruno", "kyle_s_ox4", "Amma", "Achchi", "Biji", "thaththi", "akka",
            "aunty", "uncle", "Mister", "Ven.", "Bhua ji", "Mama ji", "Giani\nji", "Sri Lanka", "India", "Spain", "Middlesex",
            "St Vincent & the Grenadines", "Mar-2025", "since January", "UL 503", "PJG/1", "YP-26-0918", "1893")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s40)


def test_the_counts():
    checks.counts(s40, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s40, HARD, UNMARKED, split=("name", "address", "place", "school", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s40)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Sinhala and Gurmukhi script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in other scripts


def test_the_checks_can_fail():
    bad = ((s40.RECORD_B, [("bad", "Ring [[0208 570 441|phone]] about [[Sithmi|name]], [[Mister Thorne|name]],"
                                    " [[Ven. Dhammaratana|name]], [[Nanna Brenda|name]], [[Padma akka|name]],"
                                    " [[Bhua ji Manjit|name]] on [[Sat 17 October|date]] in [[Sri Lanka|place]],"
                                    " [[Oxfordshire|place]] and [[Middlesex|place]].\n"
                                    "NHS [[246 921 5146|nhs]], UPN [[J313238761743|upn]], NI [[DQ 12 34 56 E|ni]]. Sithmi said no.")]),)
    found = s40.problems(bad, record_ids=["2469215146"], record_phones=["0208 570 441"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0208 570 441" in p for p in found)
    for word in ("Mister", "Ven.", "Nanna", "Bhua"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "akka" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Sri Lanka", "Oxfordshire", "Middlesex"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 246 921 5146" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Sithmi' is marked as a name elsewhere" in p for p in found)
