"""Checks of the hand-written held-out redaction set 121 (bench/redaction_set121.py) that do not use the detector:
its size, a clean self-check, its own hard cases and failing checks."""

from bench import redaction_set121 as s121
from tests import hand_set_checks as checks

NAMES, TOTAL = 542, 1006
# names that are words or towns; short forms; odd formats
HARD = (("COULSON, Tyler-Jay", "name"), ("AGAR, Lorraine", "name"), ("AGAR, Shannon Louise", "name"), ("METCALFE, Kai", "name"),
        ("RIGG, Hope", "name"), ("Barker, Tom", "name"), ("Lord, Angela", "name"), ("Hope RIGG", "name"), ("Marley AGAR", "name"),
        ("Issouf OUÉDRAOGO", "name"), ("Dayana CASTILLO LÓPEZ", "name"), ("Yessenia LÓPEZ RIVAS", "name"), ("Salif Ouedraogo", "name"),
        ("K Metcalfe", "name"), ("H. Rigg", "name"), ("A. Lord", "name"), ("Kayleigh Hin", "name"), ("Kier-\nan", "name"),
        ("A1fie", "name"), ("Brookie", "name"), ("tj", "name"), ("sand", "name"), ("dazza", "name"), ("Dazza", "name"),
        ("Smithy", "name"), ("jack oh", "name"), ("jacko", "name"), ("Sali", "name"), ("Salifou", "name"), ("neto", "name"),
        ("yessi", "name"), ("Coco", "name"), ("Rudds", "name"), ("Loftus", "name"), ("Fiona Loftus", "name"), ("Kirby", "name"),
        ("Whitby", "name"), ("Lord", "name"), ("Hope", "name"), ("Precious", "name"), ("Ruby", "name"), ("Dawn Trenholme", "name"),
        ("pat", "name"), ("Tracy Ward", "name"), ("Boukary", "name"), ("Rasmata", "name"), ("Iveson", "name"), ("Loftus", "place"),
        ("LOFTUS", "place"), ("Whitby", "place"), ("California", "place"), ("Newcomen", "place"), ("South Bank", "place"),
        ("south bank", "place"), ("Carlin How", "place"), ("Carlin\nHow", "place"), ("Skinny", "place"), ("dormo", "place"),
        ("lazy be", "place"), ("Dormans town", "place"), ("Grange town", "place"), ("New Marsk e", "place"), ("Guisb0rough", "place"),
        ("Wilton", "place"), ("Lackenby", "place"), ("Boulby", "place"), ("boulby", "place"), ("Coatham", "place"),
        ("Ouagadougou", "place"), ("Ouaga", "place"), ("Bobo", "place"), ("Dassasgho", "place"), ("Vénissieux", "place"),
        ("León", "place"), ("Leon", "place"), ("managua", "place"), ("Reparto Fundeci", "place"), ("Ciudad Sandino", "place"),
        ("Middlesbrough", "place"), ("Darlington", "place"), ("27 Lord\nStreet", "address"), ("Amber\nStreet", "address"),
        ("sixteen Deepdale Avenue", "address"), ("no. 39", "address"), ("39", "address"), ("37", "address"),
        ("flat 2, 9 tod point rd", "address"), ("9 flatts lane", "address"), ("Secteur 30, rue 30.217, porte 14", "address"),
        ("Sector 30, street 30.217, door 14", "address"), ("Del Colegio Rubén Darío,\n2 cuadras al lago, casa 41", "address"),
        ("del colegio ruben dario 2 c al lago", "address"), ("HUNTC1IFF SCH00L", "school"), ("huntcliff", "school"),
        ("Wilton\nLane", "school"), ("Boosbeck Bumblebees", "school"), ("Freebrough Academy", "school"),
        ("Lawson Street Primary", "school"), ("29/1O/26", "date"), ("3rd oct", "date"), ("7th nov", "date"), ("22 novembre 2026", "date"),
        ("7 January\n2027", "date"), ("11th", "date"), ("22nd September 2026", "date"), ("17 de febrero", "dob"),
        ("17th of February", "dob"), ("Fourteenth of July two thousand and three", "dob"), ("02.06.2017", "dob"),
        ("+226 70 84 84 00", "phone"), ("+226 76 04 31 80", "phone"), ("+33 6 26 51 62 73", "phone"), ("+505 8571 3224", "phone"),
        ("+505 8340 0678", "phone"), ("JB 52 88 41 C", "ni"), ("NK19 XRW", "vehicle"), ("YT68 KPN", "vehicle"), ("NV20 KHE", "vehicle"),
        ("657 932 5267", "nhs"), ("Z807237457163", "upn"), ("issouf.ouedraogo86@gmail.com", "email"))
UNMARKED = ("Eston Grange Medical Centre", "Loftus Health Centre", "Saltburn Health Centre", "Redcar and Cleveland House",
            "Redcar and Cleveland College", "James Cook University Hospital", "HMP Low Newton", "Teesside Youth Court", "Mimosas",
            "Teesworks", "Greystone Medical Centre", "Valley Gardens", "Cliff Lift", "the Stray", "Esplanade", "Eston Nab", "Heathrow",
            "Seat Leon", "Bruno", "Abuelita ❤️", "Teesmouth Council", "North Yorkshire", "Nicaragua", "costa rica", "Burkina",
            "Angleterre", "Yaaba", "Tantie", "Tonton", "Doña", "Monsieur", "Madame", "BACP reg. 00418821", "interpreter no. 40911",
            "staff no. 4471", "the Ship")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s121)


def test_the_counts():
    checks.counts(s121, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s121, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s121)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() for name in names)  # accented names (Ouédraogo, López, Jirón)
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = ((s121.RECORD_E, [("bad", "Ring [[0164 255 306|phone]] about [[Salif|name]], [[Tonton Boukary|name]], [[Yaaba Mariam|name]],"
                                    " [[Doña Socorro|name]], [[Abuela Coco|name]], [[Tantie Rasmata|name]], [[Mr Moussa Traoré|name]]"
                                    " on [[Friday 6 November|date]] in [[Burkina Faso|place]], [[Nicaragua|place]],"
                                    " [[Costa Rica|place]], [[Cleveland|place]] and [[North Yorkshire|place]].\n"
                                    "NHS [[549 466 6701|nhs]], UPN [[A807258764919|upn]], NI [[DQ 12 34 56 E|ni]]. Salif said no.")]),)
    found = s121.problems(bad, record_ids=["5494666701"], record_phones=["0164 255 306"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 0164 255 306" in p for p in found)
    for word in ("Tonton", "Yaaba", "Doña", "Abuela", "Tantie", "Mr"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Burkina Faso", "Nicaragua", "Costa Rica", "Cleveland", "North Yorkshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 549 466 6701" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Salif' is marked as a name elsewhere" in p for p in found)
