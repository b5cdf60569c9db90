"""Checks of the hand-written held-out redaction set 78 (bench/redaction_set78.py) that do not use the detector:
its size, its own hard cases and the strings it leaves unmarked (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set78 as s78
from tests import hand_set_checks as checks

NAMES, TOTAL = 527, 967
# names that are words; scripts; short forms; odd formats
HARD = (("MARSH, Poppy", "name"), ("JOSEPH, Kervin", "name"), ("ST ROSE, Shanice", "name"), ("BANEGAS, Ashley Nicole", "name"),
        ("ZELAYA BANEGAS, Josué", "name"), ("TESFAMARIAM, Yonas", "name"), ("AGBEKO Elom", "name"), ("B. Iles", "name"),
        ("S. Dunmore", "name"), ("Tyler - Jay", "name"), ("Mensah - Hart", "name"), ("Dwayne St\nRose", "name"), ("TJ", "name"),
        ("tj", "name"), ("dean", "name"), ("callum", "name"), ("komlan agbeko", "name"), ("elom", "name"), ("lil remz", "name"),
        ("dee", "name"), ("Skinny", "name"), ("Tiny", "name"), ("Kev", "name"), ("Shan-Shan", "name"), ("Hope", "name"),
        ("Hopey", "name"), ("Summer", "name"), ("Blessing", "name"), ("Bright", "name"), ("Bella", "name"), ("Tanya", "name"),
        ("Jean", "name"), ("Fanny", "name"), ("Alfred", "name"), ("Duncan Lewis", "name"), ("Gloria", "name"), ("ሰላም", "name"),
        ("ዮናስ", "name"), ("ኪዳነ", "name"), ("ሰላም ገብረመድህን", "name"), ("Nine Elms", "place"), ("Southfie1ds", "place"),
        ("Wands worth", "place"), ("southfields", "place"), ("Vieux Fort", "place"), ("Vieux\nFort", "place"), ("Vieux", "place"),
        ("Lomé", "place"), ("lome", "place"), ("Bè-Kpota", "place"), ("vénissieux", "place"), ("Chamelecón", "place"),
        ("san pedro sula", "place"), ("Alton Estate", "place"), ("Ethelred", "place"), ("Lambeth", "place"), ("Brixton", "place"),
        ("Wandsworth", "place"), ("Canary Wharf", "place"), ("Marsh\nFarm", "place"), ("loughborough", "place"), ("Openview", "address"),
        ("31 Openview", "address"), ("Flat 22, Fenwick House, Marcus Garvey Way", "address"), ("Flat 16", "address"),
        ("no. 9", "address"), ("no. 11", "address"), ("29", "address"), ("number 29", "address"), ("room 1", "address"),
        ("coldharbour", "address"), ("37 stockwell pk cres", "address"), ("22 Pirbnght Road", "address"),
        ("Lot 14, La Tourney Road", "address"), ("12 rue Paul Bert", "address"), ("Calle Ricardo Soriano 12, 3ºB", "address"),
        ("Room 3, 88 Evelina Road", "address"), ("61 Lyndhurst\nGrove", "address"), ("69200", "postcode"), ("29601", "postcode"),
        ("SW18", "postcode"), ("SW15", "postcode"), ("Falconbrook", "school"), ("Beatrix Potter", "school"), ("Ivydale", "school"),
        ("harris", "school"), ("sudbourne", "school"), ("south thames", "school"), ("Vieux Fort Comprehensive", "school"),
        ("20261103", "date"), ("24th 0ctober 2026", "date"), ("26 de noviembre de 2026", "date"), ("3 de marzo de 2023", "date"),
        ("15 novanm", "date"), ("22 octobre", "date"), ("November 15, 2026", "date"), ("26", "date"), ("30 October", "date"),
        ("28th", "date"), ("08.10.26", "date"), ("27 September\n2018", "dob"), ("+1 758 454 6180", "phone"),
        ("+228 90 41 27 63", "phone"), ("+33 4 78 62 19 37", "phone"), ("+291 7 123 456", "phone"), ("+504 3312-7745", "phone"),
        ("+34 612 48 73 90", "phone"), ("JK 48 21 90 C", "ni"), ("LK17 XWD", "vehicle"), ("WN19 KXE", "vehicle"), ("884 188 0368", "nhs"),
        ("X212441719305", "upn"), ("komlan.agbeko80@yahoo.fr", "email"))
UNMARKED = ("Kennington Park", "the Oval", "Victoria station", "the Ritzy", "Bluey", "Kent Police", "Nunhead Surgery",
            "Earlsfield Library", "Southwark Women's Aid", "Minet Green Health Practice", "Falcon Grove Surgery", "St Lucia", "Togo",
            "Sudan", "Eritrea", "Honduras", "Texas", "Spain", "Dad KA at work", "yonii.sw9", "nahom_2x", "Wandle Vale", "Effra Borough",
            "Neckinger", "Safer Futures", "Ewe Link Interpreting", "Habesha Women's", "Redthread", "Grief Encounter", "Praxis",
            "King's College Hospital", "St George's", "Medhane Alem", "BIGZ", "Merlin", "Brocklebank", "Manman", "Tonton", "gwanmanman",
            "Pasteur", "ኣባ", "Doña", "Hna.", "Nanny", "Bonfire Night", "K4417802", "SK/3", "CSC/4471/ZB", "HS/26/09182",
            "Église Évangélique")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s78)


def test_the_counts():
    checks.counts(s78, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s78, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s78)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Ge'ez script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = ((s78.RECORD_E, [("bad", "Ring [[0207 525 331|phone]] about [[Ashley|name]], [[Doña Marta|name]], [[Hna. Glenda|name]],"
                                    " [[Pasteur Edem|name]], [[ኣባ ኪዳነ|name]] and [[gwanmanman Cecilia|name]] on"
                                    " [[Wednesday 25 November|date]] in [[Honduras|place]], [[Togo|place]] and [[Texas|place]].\n"
                                    "NHS [[563 606 1723|nhs]]. Ashley said no.")]),)
    found = s78.problems(bad, record_ids=["5636061723"], record_phones=["0207 525 331"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Doña", "Pasteur", "ኣባ", "gwanmanman"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Honduras", "Togo", "Texas"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Ashley' is marked as a name elsewhere" in p for p in found)
