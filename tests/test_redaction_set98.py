"""Checks of the hand-written held-out redaction set 98 (bench/redaction_set98.py) that do not use the detector:
its own hard cases and its marking checks."""

from bench import redaction_set98 as s98
from tests import hand_set_checks as checks

NAMES, TOTAL = 486, 907
# names that are words or towns; OCR faults; short forms; odd formats
HARD = (("PUGH, Ava-Rose", "name"), ("JORGENSEN, Eliza", "name"), ("RODRIGUEZ SOSA, Mateo", "name"), ("MARSH, Jessica", "name"),
        ("Mateo RODRÍGUEZ SOSA", "name"), ("Valentina Sosa Ferreira", "name"), ("Janet\nBright", "name"), ("Tāne", "name"),
        ("Mateíto", "name"), ("Avs", "name"), ("avs", "name"), ("ty", "name"), ("dazza", "name"), ("shannon pugh", "name"),
        ("craig", "name"), ("bev", "name"), ("manaia", "name"), ("kiri", "name"), ("jayden", "name"), ("kai", "name"), ("Tank", "name"),
        ("J-Dog", "name"), ("Scouse Mike", "name"), ("Corbz", "name"), ("C0RBETT", "name"), ("Dawn C0RBETT", "name"),
        ("H. BR0MLEY", "name"), ("JORGENSEN N", "name"), ("Tyler P", "name"), ("N. Adeyemi", "name"), ("Nathan J. Jorgensen", "name"),
        ("Dawn", "name"), ("dawn", "name"), ("Price", "name"), ("Dean Marsh", "name"), ("Ryan Hill", "name"), ("Dean Clee", "name"),
        ("Holly Wren", "name"), ("Jade", "name"), ("Summers", "name"), ("Pountney", "name"), ("Bradley", "name"), ("Rowley", "name"),
        ("Jorgensen", "name"), ("Te Rangi", "name"), ("Hemi Walker-Ngata", "name"), ("Tyler-Jay Hill", "name"), ("Clee Hill", "place"),
        ("Tern Hill", "place"), ("bromfield", "place"), ("rotorua", "place"), ("Ngongotaha", "place"), ("Te\nPuke", "place"),
        ("Nuku'alofa", "place"), ("Pocitos", "place"), ("Las Piedras", "place"), ("Montevideo", "place"), ("Provo", "place"),
        ("Ogden", "place"), ("Harlesc0tt", "place"), ("SUND0RNE", "place"), ("Wellingt0n", "place"), ("MKT DRAYTON", "place"),
        ("Kiddy", "place"), ("Low Town", "place"), ("High Town", "place"), ("Battlefield", "place"), ("castlefields", "place"),
        ("Castlefields", "place"), ("monkmoor", "place"), ("crewe", "place"), ("no. 12", "address"), ("no. 16", "address"),
        ("no. 29", "address"), ("no 11", "address"), ("flat 5", "address"), ("no. 9", "address"), ("dodmore lane", "address"),
        ("corndon", "address"), ("county rd", "address"), ("C0RND0N CRES", "address"), ("31 SUND0RNE AVENUE", "address"),
        ("Flat 3, 22 Whitchurch R0ad", "address"), ("Flat 6, 40\nBlackwell Street", "address"),
        ("Bulevar Artigas 1547, apto 302", "address"), ("14 Ngongotaha Road", "address"), ("Abbey Foregate", "address"),
        ("The Mount", "address"), ("11300", "postcode"), ("3010", "postcode"), ("sandpits nursery", "school"),
        ("SANDPITS NURSERY", "school"), ("The Grove", "school"), ("Longlands", "school"), ("The Marches", "school"),
        ("Castlefields", "school"), ("Meole Brace School", "school"), ("1l/11/2026", "date"), ("07/1l/2026", "date"),
        ("27/O4/2O1O", "dob"), ("14 may", "dob"), ("2 November\n2026", "date"), ("8th", "date"), ("13th", "date"), ("15", "date"),
        ("30th", "date"), ("9/3", "date"), ("8/2/27", "date"), ("09.02.26", "dob"), ("+64 7 348 2916", "phone"),
        ("+64 21 483 927", "phone"), ("+598 2 409 3316", "phone"), ("+598 99 482 317", "phone"), ("WK 63 18 40 A", "ni"),
        ("KX19 HPU", "vehicle"), ("MF70 XRK", "vehicle"), ("WU17 KZP", "vehicle"), ("YX16 BNU", "vehicle"), ("590 560 7486", "nhs"),
        ("K893267560645", "upn"), ("mere.terangi64@xtra.co.nz", "email"))
UNMARKED = ("Royal Shrewsbury", "Portcullis Surgery", "Market Drayton Ward", "Market Drayton Medical Practice", "Craven Arms Surgery",
            "Whittington Road Surgery", "Robert Jones and Agnes Hunt", "Worcestershire Royal", "Severn Marches Council", "West Mercia",
            "Merseyside Police", "Gobowen Juniors", "St Leonard's", "Church of Jesus Christ of Latter-day Saints", "Relief Society",
            "Ngati Whakaue", "Connexus", "HMP Hewell", "Home-Start", "All Blacks", "Chiefs", "Kuri", "Mami", "abuela", "koro", "corbz_10",
            "tankk.x", "MP/26/08812", "GMC 7012345", "PNB 0419", "(l5)", "b. 1988", "Shropshire", "Powys", "Herefordshire", "Uruguay",
            "Utah", "Cumbria", "KF")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s98)


def test_the_counts():
    checks.counts(s98, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s98, HARD, UNMARKED, split=("name", "address", "place", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s98)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() for name in names)  # accented Spanish and Maori names
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s98.RECORD_A, [("bad", "Ring [[01584 872 31|phone]] about [[Bishop Price|name]], [[Sister Jorgensen|name]],"
                                    " [[Nan Mere|name]], [[abuela Graciela|name]], [[Sra Valentina|name]] on"
                                    " [[Friday 5 March 2027|date]] in [[Shropshire|place]], [[New Zealand|place]] and"
                                    " [[Uruguay|place]].\nNHS [[590 560 7487|nhs]]. Shannon said no, [[Shannon|name]] said yes.")]),)
    found = s98.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number: 01584 872 31" in p for p in found)
    for word in ("Bishop", "Sister", "Nan", "abuela", "Sra"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Shropshire", "New Zealand", "Uruguay"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 590 560 7487" in p for p in found)
    assert any("'Shannon' is marked as a name elsewhere" in p for p in found)
