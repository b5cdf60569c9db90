"""Checks of the hand-written held-out redaction set 60 (bench/redaction_set60.py) that do not use the detector:
its marking passes its own checker, its size, and its hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set60 as s60
from tests import hand_set_checks as checks

NAMES, TOTAL = 485, 1010  # gold name spans and all gold spans
# names that are words or towns; scripts; short forms; odd formats
HARD = (("LISTER, Ellie-Mae", "name"), ("DIALLO, Mariama", "name"), ("BARRY, Alpha Oumar", "name"), ("BRACK, Shannon", "name"),
        ("Hebron, Rachael", "name"), ("Callum STONEHOUSE", "name"), ("Becky W", "name"), ("Dawn P", "name"), ("Gemma H", "name"),
        ("Jayden C", "name"), ("Ellie M", "name"), ("C Dent", "name"), ("L Lancaster", "name"), ("Maureen\nCrossling", "name"),
        ("tayla mae", "name"), ("kobi", "name"), ("deano", "name"), ("kyle cowell", "name"), ("helen errington", "name"),
        ("Tisdale", "name"), ("Alfa", "name"), ("Deano", "name"), ("Rez", "name"), ("Kez", "name"), ("Stoney", "name"), ("Temka", "name"),
        ("Oyuna", "name"), ("Binta", "name"), ("Kadi", "name"), ("Els", "name"), ("Kadiatou", "name"), ("Lisa Stockton", "name"),
        ("Ian Skelton", "name"), ("Summer", "name"), ("Ivy", "name"), ("Guy", "name"), ("Lancaster", "name"), ("Mistry", "name"),
        ("Ganzorig", "name"), ("Тэмүүлэн", "name"), ("Ганзориг", "name"), ("Оюунчимэг", "name"), ("Нарантуяа", "name"), ("Батаа", "name"),
        ("Цэцэгмаа", "name"), ("Munkh-Erdene", "name"), ("Aïssatou Bah", "name"), ("Thierno Baldé", "name"), ("Cheikh Souaré", "name"),
        ("Pat", "name"), ("Stockton", "place"), ("Skelton", "place"), ("Stockton-on-Tees", "place"), ("Skelton-in-Cleveland", "place"),
        ("Boro", "place"), ("Darlo", "place"), ("darlo", "place"), ("roseworth", "place"), ("Lakes", "place"), ("Lakes Estate", "place"),
        ("Dormanstown", "place"), ("Low Grange", "place"), ("Galley Hill", "place"), ("Seaton\nCarew", "place"), ("Улаанбаатар", "place"),
        ("Дархан", "place"), ("Bayanzürkh", "place"), ("Labé", "place"), ("Ratoma", "place"), ("Kaloum", "place"),
        ("Saint-Denis", "place"), ("Saint Denis", "place"), ("Torrevieja", "place"), ("Lackenby", "place"), ("Wilton", "place"),
        ("skelton", "place"), ("Westfield Way", "address"), ("Westfield Way", "school"), ("29 westfield way", "address"),
        ("kemplah cl", "address"), ("union st", "address"), ("no. 27", "address"), ("no. 20", "address"), ("no. 7", "address"),
        ("The Front", "address"), ("Kingsway", "address"), ("12 rue Gabriel Péri", "address"), ("Calle Sol 9", "address"),
        ("Flat 3, 41 Elwick\nRoad", "address"), ("Corporation\nRoad", "address"), ("93200", "postcode"), ("TSIO 4HP", "postcode"),
        ("galley hill", "school"), ("westfield way primary", "school"), ("Northfield", "school"), ("Billingham South", "school"),
        ("Billingham South\nAcademy", "school"), ("Hemlington Hall", "school"), ("8 novembre 2026", "date"), ("9 novembre", "date"),
        ("2026-11-06", "date"), ("4th\nMarch 2021", "date"), ("7 May\n2037", "date"), ("21", "date"), ("22 Nov", "date"),
        ("12th", "date"), ("1st", "date"), ("November 30, 2026", "date"), ("11-Nov-2026", "date"), ("30-11-26", "date"),
        ("27-Apr-2011", "dob"), ("9th Feb 2012", "dob"), ("08.09.2001", "dob"), ("+976 9911 4827", "phone"), ("+976 8806 3152", "phone"),
        ("+224 622 41 87 09", "phone"), ("+224 664 03 55 21", "phone"), ("JT 48 22 61 B", "ni"), ("SK 62 91 37 A", "ni"),
        ("NR 73 05 14 C", "ni"), ("NV68 KXE", "vehicle"), ("NA20 BZT", "vehicle"), ("YF19 WKU", "vehicle"), ("YG17 OPA", "vehicle"),
        ("686 441 9002", "nhs"), ("M807275835452", "upn"), ("Y806211115716", "upn"), ("shazzapinkney68@hotmail.co.uk", "email"))
UNMARKED = ("Rocky", "Coatham Surgery", "Hemlington Health Centre", "Skelton Medical Centre", "Eston Grange Medical Centre", "Parkway",
            "Redcar and Cleveland House", "James Cook University Hospital", "Billingham Cabs", "IN THE FAMILY COURT AT MIDDLESBROUGH",
            "Cleveland Police", "Tees Exploitation hub", "Operation Sentinel", "Harbour", "Foundations", "Costcutter", "Coral",
            "the Pavilion", "Jobcentre", "Tsagaan Sar", "Easter", "Halloween", "Teesside", "South Tees", "Guinea", "Mongolia", "Spain",
            "rezz.x0", "callz_ts19", "maisie_mam", "g.stonehouse82", "jaydenc_07", "elliemae.x12", "NA20 ...", '(display name "Mam")',
            "Эмээ:", "Neene", "Tuubaakuyanke", "- LS", "- BW", "T-M", '"K B"', "Reception (KB)", "Mama ", "Tonton ", "Nana ", "madam",
            "senior", "эмээ", "MP-26-04719", "WEB-26-88412", "J2291447", "MJL/4", "LW/2", "1842")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s60)


def test_the_counts():
    checks.counts(s60, NAMES, TOTAL)


def test_its_own_size_checks():
    n_docs, per_kind = s60.counts()
    assert sum(per_kind.values()) >= 900


def test_the_hard_cases_are_there():
    checks.hard_cases(s60, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s60)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Mongolian Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic
