"""Checks of the hand-written held-out redaction set 25 (bench/redaction_set25.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set25 as s25
from tests import hand_set_checks as checks

NAMES, TOTAL = 651, 1095
# names that are words or towns; scripts; short forms; odd formats
HARD = (("KIRK", "name"), ("THOMAS, Aleena", "name"), ("VARGA, Bence", "name"), ("VARGA Zsófia", "name"), ("COOPER-LYLE, Kaiden", "name"),
        ("Hesketh-Mulenga, Maisie", "name"), ("HESKETH-MULENGA Maisie", "name"), ("Varga Ilona", "name"), ("Balogh Tamás", "name"),
        ("Gábor\nVarga", "name"), ("Tiffany\nRimmer", "name"), ("Aleena T", "name"), ("N. Pillai", "name"),
        ("I. Faulkner-Hughes", "name"), ("Tia-Mae", "name"), ("tia-mae", "name"), ("jade", "name"), ("deano", "name"), ("kacey", "name"),
        ("reuben", "name"), ("mason", "name"), ("gaz", "name"), ("Deano", "name"), ("KJ", "name"), ("Smithy", "name"), ("Bash", "name"),
        ("Zsófi", "name"), ("Bren", "name"), ("Ty", "name"), ("Dawn Skerritt", "name"), ("Kate Swift", "name"),
        ("Darren Mablethorpe", "name"), ("Owen Maltby", "name"), ("Gareth Prescott", "name"), ("Jibin", "name"), ("Reece", "name"),
        ("Babu", "name"), ("Puthenpurackal", "name"), ("Hind", "name"), ("Oxspring", "name"), ("Mercer", "name"), ("അലീന", "name"),
        ("ജിബിൻ", "name"), ("എബിൻ", "name"), ("കോട്ടയം", "place"), ("Crank", "place"), ("Up Holland", "place"), ("Diósgyőr", "place"),
        ("Thatto\nHeath", "place"), ("retford", "place"), ("ditton", "place"), ("windmill hill", "place"),
        ("Carlton-in-Lindrick", "place"), ("Prescot", "place"), ("Chesterfield", "place"), ("Runcorn", "place"),
        ("Skelmersdale", "place"), ("St Helens", "place"), ("Kitwe", "place"), ("Miskolc", "place"), ("Moorgate", "address"),
        ("ennerdale", "address"), ("Kingsway", "address"), ("Saltergate", "address"), ("harrowby lane", "address"), ("no. 64", "address"),
        ("Flat 5", "address"), ("Flat 6,\nCavendish Court", "address"), ("Kossuth utca 12", "address"), ("Brookfield", "school"),
        ("Brookfield\nCommunity School", "school"), ("Rainford", "school"), ("Manton Brook", "school"), ("Lathom High", "school"),
        ("Parklands", "school"), ("09.08.2016", "dob"), ("28-01-2013", "dob"), ("29.02.2012", "dob"), ("2026-09-03", "date"),
        ("22-Sep-2026", "date"), ("13 Oct 2026", "date"), ("2026. november 25.", "date"), ("26 November\n2026", "date"), ("20th", "date"),
        ("22nd", "date"), ("26", "date"), ("+36 30 415 2798", "phone"), ("+91 94470 28316", "phone"), ("+91 484 240 3719", "phone"),
        ("+260 97 741 2853", "phone"), ("638 854 4002", "nhs"), ("K891193530829", "upn"), ("TZ 40 18 63 A", "ni"),
        ("YR68 KTE", "vehicle"), ("LK19 OWT", "vehicle"), ("mwape.mulenga80@outlook.com", "email"))
UNMARKED = ("Whiston Hospital", "Chesterfield College", "Nottingham Forest", "Grantham Town", "Skegness Town", "Sankey Vale Council",
            "HMP Ranby", "Bassetlaw", "Halton Housing", "Isaac Newton Centre", "Concourse", "Holy Cross", "Hungary", "India", "Kerala",
            "Nottinghamshire", "WEST LANCASHIRE", "maisie.hb_x", "smithy_wn5", "kj.ldn_11", "Mum x", "Anyós", "Chettan", "Ammachi", "Apa",
            "Anya", "DPSI 30917", "W2219403", "MFH 26/30418", "GMC 7144902")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s25)


def test_the_counts():
    checks.counts(s25, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s25, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s25)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Malayalam script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Malayalam script


def test_the_checks_can_fail():
    bad = ((s25.RECORD_D, [("bad", "Ring [[01744 612 83|phone]] about [[Aleena|name]], [[Fr Sebastian|name]], [[Babu Chettan|name]],"
                                    " [[Ebin mon|name]], [[Nan Bren|name]] and [[Anya Zsófia|name]] on [[Tuesday 20 October|date]]"
                                    " in [[Kerala|place]], [[Hungary|place]], [[Halton|place]] and [[Nottinghamshire|place]].\n"
                                    "NHS [[784 702 9635|nhs]], UPN [[A342228122250|upn]], NI [[DQ 12 34 56 E|ni]]. Aleena said no.")]),)
    found = s25.problems(bad, record_ids=["7847029635"], record_phones=["01744 612 83"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01744 612 83" in p for p in found)
    for word in ("Fr", "Nan", "Anya"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("Chettan", "mon"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kerala", "Hungary", "Halton", "Nottinghamshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 784 702 9635" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Aleena' is marked as a name elsewhere" in p for p in found)
