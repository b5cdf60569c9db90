"""Checks of the hand-written held-out redaction set 144 (bench/redaction_set144.py) that do not use the detector:
its marking passes the shared checker, its counts, its own hard cases, and strings that are in the text but not marked."""

from bench import redaction_set144 as s144
from tests import hand_set_checks as checks

NAMES, TOTAL = 532, 973
# names that are words or towns; scripts; short forms; odd formats
HARD = (("PROSSER, Kayden", "name"), ("ROSÁRIO, Sónia Maria", "name"), ("PUGH, Efa Haf", "name"), ("C Llewellyn", "name"),
        ("L. Bowen", "name"), ("R Watkins", "name"), ("Lacey-Mai", "name"), ("Dawn", "name"), ("Crystal", "name"), ("Barry", "name"),
        ("Baz", "name"), ("Jace", "name"), ("Jonesy", "name"), ("deano Price", "name"), ("kayden", "name"), ("jace", "name"),
        ("dale", "name"), ("sonia rosario", "name"), ("bia", "name"), ("0sian", "name"), ("E-F-A", "name"), ("Ava", "name"),
        ("Lune", "name"), ("Tomi", "name"), ("Joaco", "name"), ("HOPKINS", "name"), ("Tudor", "name"),
        ("Tomás Iwan GRIFFITHS FERNÁNDEZ", "name"), ("María Luned Fernández Roberts", "name"), ("羅雪玲", "name"), ("梁立昂", "name"),
        ("林嘉怡", "name"), ("Leong Lap Ong", "name"), ("Gurnos", "place"), ("Pant", "place"), ("Porth", "place"), ("porth", "place"),
        ("aberfan", "place"), ("troedy", "place"), ("Pandy", "place"), ("Fern Dale", "place"), ("Ton\nPentre", "place"),
        ("Gaiman", "place"), ("Trelew", "place"), ("Dolavon", "place"), ("Buenos Aires", "place"), ("Londres", "place"),
        ("Macau", "place"), ("Taipa", "place"), ("Hong Kong", "place"), ("Lisboa", "place"), ("Dowlais Top", "place"),
        ("Tonypandy", "place"), ("Pontypridd", "place"), ("no. 41", "address"), ("no 41", "address"), ("pant road", "address"),
        ("hannah st", "address"), ("Tello", "address"), ("Calle 25 de Mayo 734", "address"), ("Rua do Campo 45, 3.º andar", "address"),
        ("Rua de Bragança 18", "address"), ("U9100", "postcode"), ("CF40 2UH", "postcode"), ("Haulwen", "school"), ("Afon Taf", "school"),
        ("Treorchy Comp", "school"), ("cyfarthfa high", "school"), ("gellifaelog", "school"), ("Llwyn yr Eos", "school"),
        ("12 Tachwedd 2026", "date"), ("28 Mehefin", "date"), ("4 de diciembre", "date"), ("12 de Novembro de 2026", "date"),
        ("20 November 2O26", "date"), ("19/11/2O26", "date"), ("20261124", "date"), ("19th", "date"), ("6th", "date"), ("21", "date"),
        ("4.9.26", "date"), ("09 / 06 / 2017", "dob"), ("03-09-1985", "dob"), ("+54 9 280 456-7812", "phone"),
        ("+853 2835 6194", "phone"), ("+351 912 345 678", "phone"), ("cn19 wke", "vehicle"), ("WU17 HFD", "vehicle"),
        ("NE 21 64 38 A", "ni"), ("760 544 8538", "nhs"), ("baz.rees81@gmail.com", "email"))
UNMARKED = ("Keir Hardie Health Park", "Prince Charles Hospital", "Royal Glamorgan", "Royal Glam", "Ysbyty Cwm Rhondda",
            "Dowlais Medical Practice", "Ynyshir Surgery", "Porth Smile Centre", "Tonypandy Police Station",
            "Dowlais Ex-Servicemen's Club", "Cyfarthfa Park", "Parc and Dare Hall", "Capel Bethel", "Trivallis", "Barod",
            "Welsh Refugee Council", "Forest View", "the Lion", "Zion chapel", "Bane", "Mamá", "mali.xo_dowlais", "rhys_gsx", "Chubut",
            "Madeira", "Argentina", "GANG", "Nain", "Taid", "Mam-gu", "abuela", "avó", "PPU/CAWN/26/0481", "7731", "4417")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s144)


def test_the_counts():
    checks.counts(s144, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    spans = checks.spans(s144)
    names = [words for words, kind in spans if kind == "name"]
    assert any(name.islower() for name in names)  # lower-case names in texts, chats and fast notes
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Chinese script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any("\n" in words for words, k in spans if k == "place")  # split across a line break
    for words, kind in HARD:
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s144.sets()[s144.NAME])
    for word in UNMARKED:
        assert word in texts, word
        assert all(word not in words for words, _kind in spans), word
