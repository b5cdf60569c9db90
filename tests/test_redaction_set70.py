"""Checks of the hand-written held-out redaction set 70 (bench/redaction_set70.py) that do not use the detector:
its marking is clean, its size, its own hard cases and failing checks."""

from bench import redaction_set70 as s70
from tests import hand_set_checks as checks

NAMES, TOTAL = 544, 984  # gold name spans and all gold spans
# names that are words or towns; scripts; short forms; odd formats
HARD = (("IBBOTSON, Brooklyn", "name"), ("RAMÍREZ ORTEGA, Guadalupe", "name"), ("CHARLES-MITCHELL Jaden", "name"),
        ("PICKLES Lily-Mae", "name"), ("RAMIREZ ORTEGA", "name"), ("C. Batley", "name"), ("Claire Batley", "name"), ("Brighouse", "name"),
        ("Brooklyn", "name"), ("Brook", "name"), ("Hannah Brook", "name"), ("Dave\nSenior", "name"), ("D. Senior", "name"),
        ("Jordan", "name"), ("Dawn Lumb", "name"), ("Greenwood", "name"), ("Kyle W", "name"), ("Jake H", "name"), ("A J Wormald", "name"),
        ("K Crowther", "name"), ("Shaz", "name"), ("Crabby", "name"), ("Tiny", "name"), ("Chlo", "name"), ("chlo", "name"),
        ("Dani", "name"), ("Aaron", "name"), ("reece dawson", "name"), ("gary", "name"), ("skye lumb", "name"), ("Xime", "name"),
        ("Mateíto", "name"), ("Lupita", "name"), ("نصرت", "name"), ("Sheard", "name"), ("Francis", "name"), ("Lucille", "name"),
        ("Sugden", "name"), ("Brooklyn", "place"), ("Batley", "place"), ("Brighouse", "place"), ("brighouse", "place"),
        ("Triangle", "place"), ("clifton", "place"), ("Clifton", "place"), ("Heck-\nmondwike", "place"), ("Hebden", "place"),
        ("Gouyave", "place"), ("Sauteurs", "place"), ("Grenville", "place"), ("San Pedro Cholula", "place"), ("Cholula", "place"),
        ("Ciudad de México", "place"), ("New York", "place"), ("London", "place"), ("HUDDERSFIELD", "place"), ("Thornhill Lees", "place"),
        ("Luddenden Foot", "place"), ("Roberttown", "place"), ("King Cross", "place"), ("Salterhebble", "place"), ("no. 38", "address"),
        ("number 5", "address"), ("Flat 6", "address"), ("36 Netherfield", "address"), ("Lower Depradine Street", "address"),
        ("Calle 5 de Mayo 214, Col. Centro", "address"), ("5 de Mayo", "address"), ("Station Road", "address"), ("Station Rd", "address"),
        ("Cross Bank", "address"), ("63 Halifax Road", "address"), ("Huddersfield Road", "address"), ("72760", "postcode"),
        ("RVHS", "school"), ("Netherhall", "school"), ("Ethos", "school"), ("bolton brow", "school"), ("Calder Tots", "school"),
        ("Roberttown CE", "school"), ("Joseph Norton\nAcademy", "school"), ("24th Sept", "date"), ("12 sep", "date"),
        ("8th\nDecember", "date"), ("6", "date"), ("10 October", "date"), ("25th", "date"), ("6th", "date"), ("17.09.26", "date"),
        ("12-10-2026", "date"), ("04/04/1979", "dob"), ("02.07.2011", "dob"), ("+1 473 440 2816", "phone"), ("+52 55 4139 8820", "phone"),
        ("+52 222 419 3856", "phone"), ("YJ19 DXE", "vehicle"), ("YF68 KWN", "vehicle"), ("JX 38 51 72 A", "ni"),
        ("H382791117582", "upn"), ("582 948 0808", "nhs"))
UNMARKED = ("Dewsbury Town Hall", "Ravensthorpe Health Centre", "Mytholmroyd Community", "Huddersfield Youth Hub",
            "Sowerby Bridge Library", "Leeds General Infirmary", "Calderdale Royal Hospital", "Dewsbury and District Hospital",
            "Heckmondwike Family Practice", "Valley Medical Centre", "Rydings Hall Surgery", "Rosegrove Medical Practice",
            "Wharf Street Pharmacy", "Pinderfields", "Havertop", "HMP Leeds", "Hudawi Centre", "Square Chapel", "Greenhead Park",
            "Stoodley Pike", "Shoulder of Mutton", "Migrant Help Yorkshire", "Change Grow Live", "Calder Valley Domestic Abuse Service",
            "Calder Homecare", "West Yorkshire Police", "the A644", "mash@ryburncalder.gov.uk", "r.d.leeds_97", "maccies", "Mammy", "Mam",
            "Bane", "Mitten", "Grenada", "St John's", "Pue.", "Kirklees", "Easter", "Carnival", "DA/26/1187", "URN 13/XK/4471/26",
            "AA-219", "4417")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s70)


def test_the_counts():
    checks.counts(s70, NAMES, TOTAL)


def test_its_own_size_checks():
    n_docs, per_kind = s70.counts()
    assert sum(per_kind.values()) >= 900
    assert all(per_kind[kind] > 0 for kind in per_kind), per_kind


def test_the_hard_cases_are_there():
    checks.hard_cases(s70, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s70)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names


def test_the_checks_can_fail():
    bad = ((s70.RECORD_B, [("bad", "Ring [[01484 221 39|phone]] about [[Mister Francis|name]], [[tía Chelo|name]],"
                                    " [[señora Jess|name]], [[little Mateo|name]], [[nana Shaz|name]] and [[Mrs Hirst|name]]"
                                    " on [[Sunday 8 November|date]] in [[Grenada|place]], [[St John's|place]], [[Pue.|place]],"
                                    " [[Kirklees|place]] and [[West Yorkshire|place]].\n"
                                    "NHS [[582 948 0809|nhs]], UPN [[A382791117582|upn]], NI [[DQ 12 34 56 E|ni]]. Jaden said no,"
                                    " [[Jaden|name]] said.")]),)
    found = s70.problems(bad, record_ids=["5829480809"], record_phones=["01484 221 39"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01484 221 39" in p for p in found)
    for word in ("Mister", "tía", "señora", "little", "nana", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Grenada", "St John's", "Pue.", "Kirklees", "West Yorkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 582 948 0809" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Jaden' is marked as a name elsewhere" in p for p in found)
