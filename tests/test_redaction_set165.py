"""Checks of the hand-written held-out redaction set 165 (bench/redaction_set165.py) that do not use the detector:
its name, its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set165 as s165
from tests import hand_set_checks as checks

NAMES, TOTAL = 567, 1007
# names that are words or towns; scripts; short forms; OCR; odd formats
HARD = (("HENDY, Shannon", "name"), ("VICKERY, Ryan", "name"), ("AMINOVA, Margarita", "name"), ("Reinhardt, Gitta", "name"),
        ("Margarita\nAminova", "name"), ("Jean\nPardoe", "name"), ("K. Sch\nröder", "name"), ("Okafor-Lane", "name"), ("JJ", "name"),
        ("jj", "name"), ("ty", "name"), ("Millie", "name"), ("Mason T", "name"), ("Tyler M", "name"), ("helen s", "name"),
        ("claire h", "name"), ("shannon hendy", "name"), ("paige", "name"), ("chelsea", "name"), ("kev moorcroft", "name"),
        ("chubb", "name"), ("dawn", "name"), ("Chelsea Dunn", "name"), ("Kingston", "name"), ("Kingston Ashby", "name"),
        ("Brent", "name"), ("Sparrow", "name"), ("Orchard", "name"), ("Rose", "name"), ("Pearl", "name"), ("Joy", "name"),
        ("Jade", "name"), ("Brooke", "name"), ("Mason", "name"), ("Precious Nwosu", "name"), ("Lolo", "name"), ("Rosi", "name"),
        ("Tschabo", "name"), ("Beni", "name"), ("Rita", "name"), ("Co1e", "name"), ("Li0ra", "name"), ("E1iyahu", "name"),
        ("Ty1er M", "name"), ("Риточка", "name"), ("Даниэль", "name"), ("Йосеф Юсупов", "name"), ("Зоя Аминова", "name"),
        ("Гарриет", "name"), ("בני", "name"), ("Kingston", "place"), ("Stoke", "place"), ("Stoke sub\nHamdon", "place"),
        ("Stoke-sub-Hamdon", "place"), ("Lawrence\nHill", "place"), ("brizzle", "place"), ("weston", "place"), ("crewk", "place"),
        ("yeovilton", "place"), ("south petherton", "place"), ("martock", "place"), ("Yeovilton", "place"), ("Westfield", "place"),
        ("Milford", "place"), ("Avishayes", "place"), ("South Chard", "place"), ("Kie1", "place"), ("Samarcand", "place"),
        ("Kiel-Gaarden", "place"), ("Hamburg-Wilhelmsburg", "place"), ("Самарканд", "place"), ("Бристоль", "place"),
        ("אור יהודה", "place"), ("Or Yehuda", "place"), ("Mandeville", "place"), ("Bristol", "place"), ("Лайд Роуд", "address"),
        ("Lyde Road", "address"), ("Elisabethstraße 27", "address"), ("Elisabethstr. 27", "address"), ("Rehov Bialik 41", "address"),
        ("winterhay green", "address"), ("3 church cottages", "address"), ("no. 27", "address"), ("no 9", "address"),
        ("Flat 7, Campbell\n   Court", "address"), ("Perry Street", "address"), ("24143", "postcode"), ("24l43", "postcode"),
        ("22.0l.2014", "dob"), ("28 March\n2015", "dob"), ("27.0l.2023", "date"), ("15 December\n2026", "date"), ("22 декабря", "date"),
        ("26", "date"), ("7th", "date"), ("23rd", "date"), ("1st", "date"), ("10 Nov", "date"), ("14.11.26", "date"),
        ("16-Feb-1989", "dob"), ("19-Nov-2026", "date"), ("Westfield\nAcademy", "school"), ("Ilminster\nAvenue", "school"),
        ("greenfylde", "school"), ("avenue", "school"), ("Holyrood", "school"), ("Buckler's Mead", "school"),
        ("Gemeinschaftsschule am Brook", "school"), ("Milford Infants", "school"), ("+972 3-675-4410", "phone"),
        ("+998 90 314 22 57", "phone"), ("+49 431 554 2718", "phone"), ("+1 876 962 4417", "phone"), ("JK482173B", "ni"),
        ("WG21 OXK", "vehicle"), ("433 168 5039", "nhs"), ("A933265678951", "upn"), ("lisagould88@hotmail.co.uk", "email"))
UNMARKED = ("Yeovil District Hospital", "YEOVIL FOOD BANK", "Yeovil Community Church", "Preston Grove Medical Centre",
            "Church Street Surgery", "Musgrove Park Hospital", "Leonardo Helicopters", "Numatic", "RNAS YEOVILTON", "RNAS Culdrose",
            "847 Naval Air Squadron", "Chard Guildhall", "Ilminster Town Hall", "Quedam Centre", "the quedam", "card factory",
            "Winston's Wish", "Citizens Advice South Somerset", "Avon and Somerset Police", "Somerset NHS Foundation Trust", "Auschwitz",
            "Temple Meads", "Operation Remedy", "Bruno", "jj.bank44", "tygould.11", "mills.xo", "Семья", "Мама", "Oma", "Tante", "Onkel",
            "Tata", "Gadsche", "G.R.", "Jamaica", "Israel", "Uzbekistan", "Somerset", "England", "March 2025", "June 2026", "03/2019",
            "5226/0291345", "YFB-26-11873", "10K", "the Jonno line")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s165)


def test_the_counts():
    checks.counts(s165, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s165, HARD, UNMARKED, split=("name", "address", "place", "date", "school", "dob"))


def test_its_own_hard_cases():
    spans = checks.spans(s165)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic and Hebrew script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(any(c.isdigit() for c in name) for name in names)  # OCR'd names with a digit for a letter
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic and Hebrew
    assert any(any("\u0400" <= c <= "\u04ff" for c in words) for words, k in spans if k == "address")  # Cyrillic


def test_the_checks_can_fail():
    bad = ((s165.RECORD_D, [("bad", "Ring [[01460 62 41|phone]] about [[Gitta|name]], [[Oma Maria|name]], [[Tante Rosi|name]],"
                                    " [[Onkel Tschabo|name]], [[Herr Rose|name]], [[Granny Pearl|name]], [[CPO Ryan Vickery|name]]"
                                    " on [[Tuesday 10 November|date]] in [[Jamaica|place]], [[Israel|place]], [[Uzbekistan|place]]"
                                    " and [[Somerset|place]].\n"
                                    "NHS [[630 440 8499|nhs]]. Gitta said no.")]),)
    found = s165.problems(bad, record_ids=["6304408499"], record_phones=["01460 62 41"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Oma", "Tante", "Onkel", "Herr", "Granny", "CPO"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Jamaica", "Israel", "Uzbekistan", "Somerset"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Gitta' is marked as a name elsewhere" in p for p in found)
