"""Checks of the hand-written held-out redaction set 167 (bench/redaction_set167.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set167 as s167
from tests import hand_set_checks as checks

NAMES, TOTAL = 550, 983
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BROCKLEHURST, Kayden", "name"), ("PLANT, Kerry Louise", "name"), ("DALE, Shaun Anthony", "name"), ("RIDGWAY, Marcus", "name"),
        ("DEVI, Bidyarani", "name"), ("BRUNNER Gian-Luca", "name"), ("WHITEHURST Chloe", "name"), ("LAISHRAM Linthoi", "name"),
        ("Thoudam Bidyarani Devi", "name"), ("Laishram Romesh Singh", "name"), ("Brian\nOldfield", "name"), ("Jake\nHolland", "name"),
        ("Paisley", "name"), ("Dale", "name"), ("Bowie", "name"), ("Gigi", "name"), ("Ursi", "name"), ("Thoi", "name"), ("Tomba", "name"),
        ("Mook", "name"), ("mook", "name"), ("keish", "name"), ("kayd", "name"), ("bri", "name"), ("ty", "name"), ("evie p", "name"),
        ("tina", "name"), ("Ursina C", "name"), ("Dawn Sheldon", "name"), ("Nadia Heath", "name"), ("Siobhan Birch", "name"),
        ("Jade Sutton", "name"), ("Oldfield", "name"), ("Hancock", "name"), ("লিনথোই", "name"), ("নিংথেম", "name"), ("সনাতোম্বি", "name"),
        ("Meier", "name"), ("Hofstetter", "name"), ("Sutton", "place"), ("Sutton Lane\nEnds", "place"), ("Weston", "place"),
        ("Upton", "place"), ("Macc", "place"), ("macc", "place"), ("Manc", "place"), ("Moss Rose", "place"), ("Bromley Farm", "place"),
        ("Lower Heath", "place"), ("Buglawton", "place"), ("radway green", "place"), ("Grand Turk", "place"), ("Cockburn Town", "place"),
        ("Winterthur", "place"), ("Zürich", "place"), ("St. Moritz", "place"), ("Al Qusais", "place"), ("Dubai", "place"),
        ("ইম্ফাল", "place"), ("Technikumstrasse\n12", "address"), ("Via dal Bagn 7", "address"), ("Keishamthong Top Leirak", "address"),
        ("no. 20", "address"), ("no 22", "address"), ("park lane", "address"), ("co-op beam st", "address"),
        ("Flat 8, Dane Mill Court", "address"), ("Moss Lane", "address"), ("8400", "postcode"), ("7500", "postcode"),
        ("795001", "postcode"), ("BOLLIN VALE ACADEMY", "school"), ("Bollin Vale", "school"), ("Ivy Bank", "school"),
        ("Little Acorns", "school"), ("Congleton\nHigh School", "school"), ("Macclesfield College", "school"),
        ("15th Novem\nber", "date"), ("19.12.", "date"), ("20261129", "date"), ("16th", "date"), ("10th", "date"), ("26 Feb 2016", "dob"),
        ("2.4.17", "dob"), ("+41 79 412 58 36", "phone"), ("+91 385 241 7736", "phone"), ("+971 50 318 4627", "phone"),
        ("+1 649 231 4578", "phone"), ("07458 930 612", "phone"), ("JK 36 41 90 B", "ni"), ("DE17 KWO", "vehicle"),
        ("MF19 YXH", "vehicle"), ("646 277 0481", "nhs"), ("U895577859273", "upn"), ("ursi.caflisch85@bluewin.ch", "email"))
UNMARKED = ("Macclesfield District General Hospital", "Congleton War Memorial", "Royal Stoke", "Leighton Hospital",
            "Macclesfield Town Hall", "Macclesfield FC", "Bollin Dane Council", "Bradshaw House Surgery", "Waters Green Medical Centre",
            "AstraZeneca", "the Silk Museum", "Astbury Mere", "the Cloud", "Congleton Park", "Ima Keithel", "Home Bargains",
            "HMP Altcourse", "Switzerland", "Manipur", "Staffordshire", "Turks and Caicos", "Oldfield Plastering", "Hancock and Sons",
            "Mami", "Papi", "Grosi", "Ipa ✈️", "Ibok 🙏", "Grandad 🧔", "prod.m10x", "zero seven four five eight", "Sept 2023",
            "Language Line ID 208417", "PPN/CW/26/114762", "Westfields", "Youth Zone")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s167)


def test_the_counts():
    checks.counts(s167, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s167, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s167)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Bengali script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Bengali script


def test_the_checks_can_fail():
    bad = ((s167.RECORD_B, [("bad", "Ring [[01625 42 837|phone]] about [[Gian-Luca|name]], [[Grosi Anne|name]], [[Ibok Ibemhal|name]],"
                                    " [[Mister Hofstetter|name]], [[Frau Meier|name]], [[Bikram uncle|name]] on"
                                    " [[Tuesday 1 December|date]] in [[Switzerland|place]], [[Manipur|place]], [[Staffordshire|place]]"
                                    " and [[the Turks and Caicos|place]].\nNHS [[610 575 2556|nhs]]. Gian-Luca said no.")]),)
    found = s167.problems(bad, record_ids=["6105752556"], record_phones=["01625 42 837"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Grosi", "Ibok", "Mister", "Frau"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "uncle" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Switzerland", "Manipur", "Staffordshire", "the Turks and Caicos"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 610 575 2556" in p for p in found)
    assert any("'Gian-Luca' is marked as a name elsewhere" in p for p in found)
