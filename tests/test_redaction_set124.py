"""Checks of the hand-written held-out redaction set 124 (bench/redaction_set124.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set124 as s124
from tests import hand_set_checks as checks

NAMES, TOTAL = 540, 977
# names that are words or towns; scripts; short forms; odd formats
HARD = (("FENWICK, Lea", "name"), ("BRIGG, Tyler", "name"), ("MOSS, Donna", "name"), ("KETTLEBOROUGH, Gary", "name"),
        ("TAN, Ethan (Wei Jie)", "name"), ("MBA NDONG", "name"), ("Lea", "name"), ("lea", "name"), ("Lea", "place"), ("lea", "place"),
        ("Craigy B", "name"), ("jase", "name"), ("T", "name"), ("Ty", "name"), ("ty", "name"), ("Oliver Rasen", "name"),
        ("Rasen", "place"), ("Faye Lincoln", "name"), ("Rachel Hemswell", "name"), ("Lee Binbrook", "name"), ("Craig Brigg", "name"),
        ("Connor Haxey", "name"), ("Gainsbrough", "place"), ("Kirton Lindsey", "place"), ("Northolme", "place"),
        ("Hemswell Cliff", "place"), ("HEMSWELL CLIFF", "place"), ("Singapore", "place"), ("新加坡", "place"), ("Tampines", "place"),
        ("Nzeng-Ayong", "place"), ("Akébé", "place"), ("Immingham", "place"), ("Caistor", "place"), ("陈伟杰", "name"), ("伟杰", "name"),
        ("美玲", "name"), ("陈", "name"), ("Tan", "name"), ("Grâce", "name"), ("Clarisse", "name"), ("Hervé", "name"),
        ("R0bert Sheard", "name"), ("Pryce", "name"), ("Oates", "name"), ("Niamh\nBurton-Waters", "name"),
        ("Blk 231 Tampines Street 21, #08-112", "address"), ("520231", "postcode"), ("14 rue des Poissonniers", "address"),
        ("75018", "postcode"), ("Carrefour Rio", "address"), ("Cité Damas", "address"), ("acland st no 14", "address"),
        ("trent ln", "address"), ("no. 16", "address"), ("Lincoln Road", "address"), ("Flat 6,\n2 Ashby Road", "address"),
        ("Sturton\nby Stow", "place"), ("10th\nNovember 2026", "date"), ("Morton Church of\nEngland Primary", "school"),
        ("ashcroft", "school"), ("LYCÉE LÉON MBA", "school"), ("Tampines Meridian", "school"), ("4 JUIN 2011", "dob"),
        ("16-11-2026", "date"), ("2.8.25", "date"), ("5th nov", "date"), ("+241 77 12 34 56", "phone"), ("+65 9123 4576", "phone"),
        ("+33 6 12 48 77 30", "phone"), ("NP 27 41 83 B", "ni"), ("YR68 KTU", "vehicle"), ("550 034 1677", "nhs"),
        ("F925288546246", "upn"))
UNMARKED = ("Trinity Arts Centre", "Lincoln County Hospital", "Scunthorpe General", "University of Lincoln", "Nettleham Medical Practice",
            "Wolds Edge Medical Practice", "Marshall's Yard", "Sincil Bank", "Heathrow", "Lingua East", "TRENT VALE H0MES", "Trent Wold",
            "Ash Villa", "Willingham Woods", "Pelham's Pillar", "Bramble", "Valorant", "Lincolnshire Police", "the Trinity match",
            "Ah Ma", "Ah Kong", "Maman", "Mamie", "Tata", "Tonton", "Gramps", "NBW", "tee.money.44", "skyee.k_x", "jpask_07",
            "GMC 7712409", "ADP/4471/RS", "26/118842", "A57", "Gabon", "Lincs", "Singaporean passport")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s124)


def test_the_counts():
    checks.counts(s124, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s124, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s124)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Chinese script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Chinese script


def test_the_checks_can_fail():
    bad = ((s124.RECORD_F, [("bad", "Ring [[01427 612 88|phone]] about [[Tata Clarisse|name]], [[Tonton Hervé|name]],"
                                    " [[Mme Ekomi|name]], [[Mrs Adeyemi|name]] on [[Sat 7 Nov 2026|date]] in [[Gabon|place]]"
                                    " and [[Lincolnshire|place]].\nNHS [[541 162 7967|nhs]]. Clarisse said no.")]),)
    found = s124.problems(bad, record_ids=["5411627967"], record_phones=["01427 612 88"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Tata", "Tonton", "Mme", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Gabon", "Lincolnshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Clarisse' is marked as a name elsewhere" in p for p in found)
