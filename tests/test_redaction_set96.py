"""Checks of the hand-written held-out redaction set 96 (bench/redaction_set96.py) that do not use the detector:
its marking checks, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set96 as s96
from tests import hand_set_checks as checks

NAMES, TOTAL = 461, 907  # the self-check's counts: gold name spans and all gold spans
# names that are words or towns; short forms; OCR; odd formats
HARD = (("GEDGE, Tayla", "name"), ("NETO, Ariana", "name"), ("shannon gedge", "name"), ("Jodie Bales", "name"), ("Hannah\nBunn", "name"),
        ("Mas0n S", "name"), ("Ky1e", "name"), ("Riley Ca11ow", "name"), ("Tia-Mae", "name"), ("Tee", "name"), ("Jacko", "name"),
        ("Tiny", "name"), ("Ry", "name"), ("tay", "name"), ("shan", "name"), ("kemp", "name"), ("horvath", "name"),
        ("Renata Horvathova", "name"), ("Renata Horváthová", "name"), ("Horváth", "name"), ("Marie Dužda", "name"),
        ("Lúcio Boa Morte", "name"), ("Edna Trindade Neto", "name"), ("Graça", "name"), ("Nela", "name"), ("June Belton", "name"),
        ("PEDRO MIGUEL SANTOS", "name"), ("Pauline Ann DUFFIELD", "name"), ("P. A. Duffield", "name"), ("Reece\nLockwood", "name"),
        ("BRAME", "name"), ("jordan", "name"), ("Chels", "name"), ("Belton", "place"), ("belton", "place"), ("Trindade", "place"),
        ("São Tomé", "place"), ("Riboque", "place"), ("Neves", "place"), ("Cacilhas", "place"), ("Přívoz", "place"), ("ostrava", "place"),
        ("Bradwe11", "place"), ("hemsby", "place"), ("ormesby", "place"), ("Caister-on-Sea", "place"), ("Hopton-on-Sea", "place"),
        ("Oulton Broad North", "place"), ("Ormesby St Margaret", "place"), ("Great\nYarmouth", "place"), ("Yarmouth", "place"),
        ("Lowestoft", "place"), ("Kirkley", "place"), ("Chantry", "place"), ("Burgh Castle", "place"),
        ("Flat 6,\nBelvedere Court", "address"), ("Rua de Angola", "address"), ("Rua Dom Pedro V 18", "address"),
        ("Božkova 12", "address"), ("702 00", "postcode"), ("2800-128", "postcode"), ("no. 11", "address"), ("no. 7", "address"),
        ("31", "address"), ("Row 111", "address"), ("Market Place", "address"), ("magdalen way", "address"), ("17 Beach rd", "address"),
        ("Southtown Quay\nPrimary", "school"), ("carlton meadows", "school"), ("Pakefield High", "school"),
        ("CAISTER DUNES PRIMARY SCHOOL", "school"), ("14.1O.2O26", "date"), ("21.10", "date"), ("16", "date"), ("18 Nov", "date"),
        ("14th", "date"), ("23rd Nov", "date"), ("31/10", "date"), ("03.06.2014", "dob"), ("01-07-2017", "dob"),
        ("+239 991 2458", "phone"), ("+351 912 384 561", "phone"), ("+420 603 418 275", "phone"), ("+420 737 204 619", "phone"),
        ("AK19 XRT", "vehicle"), ("EY68 KWV", "vehicle"), ("322 013 5412", "nhs"), ("K926214587127", "upn"),
        ("gary@seagullcars.co.uk", "email"), ("ZŠ Přívoz", "school"), ("Norton", "name"), ("Hatch Brenner", "name"))
UNMARKED = ("James Paget", "Nicholas Everitt Park", "Britannia Pier", "Pleasure Beach", "Burgh Lane Surgery", "Shrublands Medical Centre",
            "Seagull Cars", "THE HATCH YOUTH CLUB", "Carlton Colville Community Noticeboard", "Yare Sands", "Waveney Ness",
            "Norfolk Constabulary", "Suffolk Police", "Santo António", "Mamã", "mase_x", "rileyc_07", "oultonboi15", "JB",
            "I owe T nothing", "Greyfriars House", "Rosedale surgery", "Co-op", "Riverside", "Point 1 service", "MASH ref 26-88312",
            "PPN ref 36/77120/26", "J2281994", "Rainbows", "Dad's flat", "Sat and", "fifa")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s96)


def test_the_counts():
    checks.counts(s96, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s96, HARD, UNMARKED, split=("name", "address", "place", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s96)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not name.isascii() for name in names)  # Czech and Portuguese names with diacritics
    assert any(words.islower() for words, k in spans if k == "school")
