"""Checks of the hand-written held-out redaction set 159 (bench/redaction_set159.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set159 as s159
from tests import hand_set_checks as checks

NAMES, TOTAL = 555, 1021  # name spans and all gold spans (24 documents)
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BEBB, Mason", "name"), ("MOHAPATRA, Ananya", "name"), ("DE SMET, Wout", "name"), ("EVANS-JONES, Alfie", "name"),
        ("WHITTAKER Callum James", "name"), ("Kayleigh\nLloyd", "name"), ("Ll-\newellyn", "name"), ("Jean\nPugh", "name"),
        ("Reece\nHalloran", "name"), ("Carl\nAldridge", "name"), ("G. Ashby", "name"), ("S Hughes", "name"), ("Mase", "name"),
        ("Shaney", "name"), ("Bromley", "name"), ("Heath", "name"), ("Breeze", "name"), ("Lea", "name"), ("Amelia Salt", "name"),
        ("Vermeulen-Baert", "name"), ("Godelieve Vermeulen-Baert", "name"), ("Lieve", "name"), ("C-Dog", "name"), ("Deano", "name"),
        ("Kez", "name"), ("Debu", "name"), ("Anu", "name"), ("Aaru", "name"), ("ଅନନ୍ୟା", "name"), ("ସ୍ମିତା", "name"), ("jord", "name"),
        ("mason", "name"), ("kay", "name"), ("cal", "name"), ("tyler amos", "name"), ("deano", "name"), ("Osian", "name"),
        ("Peg", "name"), ("Peggy", "name"), ("Daz", "name"), ("ALDRIDGE", "name"), ("HOLT", "name"), ("Wyle", "name"),
        ("Humphreys", "name"), ("Gittins", "name"), ("Sunita", "name"), ("Sunil", "name"), ("Smita", "name"), ("Gita", "name"),
        ("Hughes", "name"), ("An", "name"), ("Jeroen", "name"), ("Jamie W", "name"), ("Pryce", "name"), ("Kyle Evans-Jones", "name"),
        ("Castlefields", "place"), ("Coton Hill", "place"), ("harlescott", "place"), ("mount pleasant", "place"), ("wellington", "place"),
        ("Telford", "place"), ("Rhos", "place"), ("Chirk", "place"), ("Gobowen", "place"), ("Stoke Heath", "place"),
        ("Harlescott", "place"), ("Monkmoor", "place"), ("Longden\n     Coleham", "place"), ("କଟକ", "place"), ("ଭୁବନେଶ୍ୱର", "place"),
        ("Cuttack", "place"), ("Sint-Amandsberg", "place"), ("Gent", "place"), ("Ghent", "place"), ("Wetteren", "place"),
        ("Brugge", "place"), ("bayston hill", "place"), ("meole", "place"), ("shrewsbury", "place"), ("Cabin Lane", "place"),
        ("Kirkby", "place"), ("Battlefield", "place"), ("Pentre farm", "address"), ("Pentre Farm", "address"), ("Bryn Awel", "address"),
        ("Ty Gwyn", "address"), ("no. 11", "address"), ("number 6", "address"), ("Station\nRoad", "address"),
        ("Dendermondsesteenweg 214", "address"), ("Plot 214, Saheed Nagar", "address"), ("pulley lane", "address"),
        ("23 PULLEY LANE", "address"), ("Flat 14, Oak House", "address"), ("Sydney Avenue", "address"), ("9040", "postcode"),
        ("751007", "postcode"), ("rhyn valley", "school"), ("trefonen school", "school"), ("shrewsbury colleges", "school"),
        ("Corbet", "school"), ("Marches", "school"), ("Severnbank", "school"), ("severnbank", "school"), ("Sharpstone", "school"),
        ("Stewart School", "school"), ("Ysgol Morgan Llwyd", "school"), ("16th nov", "date"), ("2nd dec", "date"), ("18th", "date"),
        ("24th", "date"), ("26th", "date"), ("5th", "date"), ("15 november 2026", "date"), ("22/11/26", "date"),
        ("20th of October", "date"), ("19th", "date"), ("27 Nov", "date"), ("3rd December 2026", "date"), ("30/11", "date"),
        ("05/07/2002", "dob"), ("14-03-2013", "dob"), ("22.05.13", "dob"), ("+91 94370 52816", "phone"), ("+91 674 259 3381", "phone"),
        ("+32 9 225 41 87", "phone"), ("+32 475 62 18 93", "phone"), ("01691 671 430", "phone"), ("SZ 41 88 20 B", "ni"),
        ("YF68", "vehicle"), ("YF68 HLO", "vehicle"), ("MJ19 ZKC", "vehicle"), ("godelieve.vermeulen@telenet.be", "email"),
        ("B893197670471", "upn"), ("832 844 9013", "nhs"))
UNMARKED = ("Tyson", "Brutus", "Nala", "Gavin and Stacey", "the Quarry", "English Bridge", "Gay Meadow", "the Column", "Offa's Dyke",
            "Guildhall", "Royal Shrewsbury Hospital", "Shrewsbury Youth Court", "Oswestry Leisure Centre", "Cabin Lane Surgery",
            "Castle Fields surgery", "Marches Youth Trust", "Walton Centre", "West Mercia Police", "Marysville Medical Practice",
            "Severn Homes", "Severn Marches Council", "Wynnstay", "Shirehall", "Castle View", "The Nest", "Morrisons", "Jupiler",
            "Merseyside", "Belgium", "Odisha", "India", "Bapa", "Nain", "Taid", "Oma", "Nani", "mausi", "meneer", "nonkel", "HC", "NG",
            "LK", "SCG", "RSH4471209", "22/112466/26", "SH/26/4471", "GMC 4411207", "HCPC OT71234", "2104", "1877", "Fearless",
            "Childline", "Language Line", "Caring Dads", "We Are With You", "Triple P Teen", "the Severn", "Careline", "Staff Nurse",
            "Ward Sister", "MYC-26-311")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s159)


def test_the_counts():
    checks.counts(s159, NAMES, TOTAL)


def test_its_own_size_checks():
    spans = checks.spans(s159)
    assert len(spans) >= 900


def test_the_hard_cases_are_there():
    checks.hard_cases(s159, HARD, UNMARKED, split=("name", "address", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s159)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Odia script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Odia script


def test_the_checks_can_fail():
    bad = ((s159.RECORD_C, [("bad", "Ring [[01743 258 94|phone]] about [[Ananya|name]], [[Nain Glenys|name]], [[Oma Lieve|name]],"
                                     " [[Bou Lipsa|name]], [[meneer Jarvis|name]], [[Staff Nurse Bould|name]],"
                                     " [[Sunita aunty|name]] and [[Gita mausi|name]] on [[Sunday 8 November|date]] in"
                                     " [[Shropshire|place]], [[Odisha|place]], [[Flanders|place]] and [[Merseyside|place]].\n"
                                     "NHS [[832 844 9014|nhs]], UPN [[A893203876534|upn]], NI [[DQ 12 34 56 E|ni]]. Ananya said no.")]),)
    found = s159.problems(bad, record_ids=["8328449014"], record_phones=["01743 258 94"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01743 258 94" in p for p in found)
    for word in ("Nain", "Oma", "Bou", "meneer", "Staff"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("aunty", "mausi"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Shropshire", "Odisha", "Flanders", "Merseyside"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 832 844 9014" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Ananya' is marked as a name elsewhere" in p for p in found)
