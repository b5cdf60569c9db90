"""Checks of the hand-written held-out redaction set 77 (bench/redaction_set77.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set77 as s77
from tests import hand_set_checks as checks

NAMES, TOTAL = 569, 1011
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HUSEYNOVA, Leyla", "name"), ("MƏMMƏDOVA, Aysel", "name"), ("CROSBY, Storm", "name"), ("McGOVERN, Reggie", "name"),
        ("Paula Jean CROSBY", "name"), ("L. Formby", "name"), ("C Maudsley", "name"), ("M. Bickerstaffe", "name"),
        ("Jade\nFormby-Kane", "name"), ("Lacey-Mae", "name"), ("Ellie-Rose", "name"), ("Kieran ASHTON-BYRNE", "name"),
        ("Gary Sefton", "name"), ("Gill Prescott", "name"), ("Jenny Halewood", "name"), ("Amelia Roby", "name"), ("Beth Kirkby", "name"),
        ("Paul\nMaghull", "name"), ("Ryan LYDIATE", "name"), ("Fazakerley", "name"), ("Joan Ince", "name"), ("Ryan Birkdale", "name"),
        ("Ollie Crosby", "name"), ("Mason Halsall", "name"), ("Summer", "name"), ("Storm", "name"), ("Hope", "name"), ("Dawn", "name"),
        ("Rose", "name"), ("mark", "name"), ("jordan", "name"), ("Jay", "name"), ("Fin", "name"), ("Kez", "name"), ("Gaz", "name"),
        ("gaz", "name"), ("Pat", "name"), ("Peggy", "name"), ("Mo", "name"), ("Sallouma", "name"), ("Ayselim", "name"),
        ("Leylacan", "name"), ("Muradik", "name"), ("Jana", "name"), ("lee", "name"), ("summer", "name"), ("deano", "name"),
        ("ellie rose bicker staff", "name"), ("dean oh", "name"), ("E11ie", "name"), ("JASON M0LYNEUX", "name"), ("جنى", "name"),
        ("محمود الزعبي", "name"), ("سلمى", "name"), ("عمر", "name"), ("Севда Мамедова", "name"), ("Айсель", "name"), ("Nərmin", "name"),
        ("İlham", "name"), ("Kaur", "name"), ("Whitby", "name"), ("Formby", "place"), ("formby", "place"), ("Lydiate", "place"),
        ("Maghull", "place"), ("maghull", "place"), ("Crosby", "place"), ("Roby", "place"), ("Birkdale", "place"), ("Halewood", "place"),
        ("Kirkby", "place"), ("kirkby", "place"), ("netherton", "place"), ("southport", "place"), ("hill side", "place"),
        ("kew", "place"), ("Churchtovvn", "place"), ("Bakı", "place"), ("Baku", "place"), ("Sumqayıt", "place"), ("Sumgait", "place"),
        ("Xırdalan", "place"), ("Irbid", "place"), ("Zarqa", "place"), ("Finglas", "place"), ("Dublin", "place"), ("Old Roan", "place"),
        ("Town Green", "place"), ("Stockbridge Village", "place"), ("Knowsley Industrial\nPark", "place"), ("Sülh küçəsi 14", "address"),
        ("Nizami küçəsi", "address"), ("Hay Ma'soum,\nStreet 36, Building 7", "address"), ("14 Cappagh Avenue", "address"),
        ("22 Botan1c Road", "address"), ("hatton hill", "address"), ("east bank street", "address"), ("lord street", "address"),
        ("Lord Street", "address"), ("no. 12", "address"), ("no 14", "address"), ("16", "address"), ("Rimrose Court", "address"),
        ("Flat 3, 9 Carr Lane East", "address"), ("Linacre Brook", "school"), ("Deyes\nBrook", "school"), ("Arncliffe", "school"),
        ("finch lane", "school"), ("lark hill", "school"), ("KGV", "school"), ("K.G.V.", "school"), ("Sunflower", "school"),
        ("Bootle High", "school"), ("25th Nov 2O26", "date"), ("July 4th", "date"), ("27\nNovember 2026", "date"), ("18th", "date"),
        ("2026-10-22", "date"), ("22-11-2026", "date"), ("31.10.26", "date"), ("9.2.2017", "dob"), ("18.11.11", "dob"),
        ("+994 50 412 37 86", "phone"), ("+994 12 493 58 21", "phone"), ("+962 79 512 3846", "phone"), ("+962 77 914 2206", "phone"),
        ("+353 87 614 2290", "phone"), ("+353 1 834 7725", "phone"), ("01704 876214", "phone"), ("KX19", "vehicle"),
        ("CV68 0HN", "vehicle"), ("CV68 OHN", "vehicle"), ("4533314783", "nhs"), ("R340141225039", "upn"), ("SH 47 90 16 A", "ni"),
        ("khaled.alzoubi83@gmail.com", "email"))
UNMARKED = ("Sefton and Knowsley", "NORTH SEFTON", "KNOWSLEY MARAC", "Merseyside", "Azerbaijan", "Tyson", "Bootle Health Centre",
            "Southport Town Hall", "Southport Centre for Health", "Stockbridge Village Medical Centre", "Hatton Hill Surgery",
            "Strand Medical Centre", "HMP Altcourse", "Alder Hey", "Liverpool Arabic Centre", "Knowsley Domestic Abuse Service",
            "Change Grow Live", "Pleasureland", "marine lake", "Botanic Gardens", "Kirkdale cemetery", "pinewoods", "Wayfarers Arcade",
            "Bootle Strand", "Girobank", "Salvation Army", "St Cuthberts", "Mecca", "Ditton Brook Council", "LinguaMersey", "fin.m11",
            "k3z.lfc_17", "ellis.byrne08", "sparkle.h.x", "brook nurse", "DY", "EW", "LT aware", "Jiddo", "Khalto", "xala", "Papa",
            "March 2023", "spring 2027", "LV26C00871", "MFH/26/4471", "MASH-26-118204", "LM-2290", "KM/2")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s77)


def test_the_counts():
    checks.counts(s77, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s77, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s77)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic and Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s77.RECORD_C, [("bad", "Ring [[0151 443 519|phone]] about [[Leyla|name]], [[Khalto Dima|name]], [[Nərmin xala|name]],"
                                    " [[TSO Kyle Mawdsley|name]] and [[Jiddo Mahmoud|name]] on [[Sunday 8 November|date]] in"
                                    " [[Sefton|place]], [[Knowsley|place]], [[Merseyside|place]] and [[Azerbaijan|place]].\n"
                                    "NHS [[453 331 4784|nhs]]. Leyla said no.")]),)
    found = s77.problems(bad, record_ids=["4533314784"], record_phones=["0151 443 519"])
    assert any("phone is not a valid number: 0151 443 519" in p for p in found)
    for word in ("Khalto", "TSO", "Jiddo"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "xala" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Sefton", "Knowsley", "Merseyside", "Azerbaijan"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 453 331 4784" in p for p in found)
    assert any("'Leyla' is marked as a name elsewhere" in p for p in found)
