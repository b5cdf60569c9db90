"""Checks of the hand-written held-out redaction set 153 (bench/redaction_set153.py) that do not use the detector:
its own hard cases, its size and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set153 as s153
from tests import hand_set_checks as checks

NAMES, TOTAL = 509, 932
# names that are words or towns; scripts; short forms; odd formats
HARD = (("NUÑEZ, Dario", "name"), ("CASTILLO, Yolanda", "name"), ("WENHAM, Gemma Louise", "name"), ("BRAZIER, Alfie", "name"),
        ("COUSSENS, Ryan", "name"), ("CHAKMA, Sneha", "name"), ("J B Chakma", "name"), ("S. Dengate", "name"), ("G. Thwaites", "name"),
        ("Ellis B", "name"), ("nita b", "name"), ("carly d", "name"), ("Car1y", "name"), ("Mark Hy1and", "name"),
        ("Rachel Winter", "name"), ("Winter", "name"), ("Sunny Hope", "name"), ("Grant Field", "name"), ("Faith Doherty", "name"),
        ("Adele Brook", "name"), ("Stacey Wood", "name"), ("June", "name"), ("Pen", "name"), ("Daisy Vine", "name"),
        ("Joan Battle", "name"), ("Ryans", "name"), ("tegans", "name"), ("kyle", "name"), ("alf", "name"), ("pops", "name"),
        ("shan", "name"), ("jakey", "name"), ("Lily-Mae", "name"), ("Osei-Bonsu", "name"), ("Pendleton \"Pen\" Castillo", "name"),
        ("Ellis\nBowler", "name"), ("রূপালী", "name"), ("আনন্দ", "name"), ("স্নেহা", "name"), ("জ্যোতি", "name"), ("শোভা", "name"),
        ("হেস্টিংস", "place"), ("রাঙ্গামাটি", "place"), ("বেক্সহিল", "place"), ("Battle", "place"), ("Rye", "place"), ("Ore", "place"),
        ("ore", "place"), ("Baird", "place"), ("Cooden", "place"), ("cooden", "place"), ("sidley", "place"), ("pebsham", "place"),
        ("little common", "place"), ("Bexhi11-on-Sea", "place"), ("Litt1e Common", "place"), ("Tunbridge We11s", "place"),
        ("tunbridge wells", "place"), ("Dangriga Town", "place"), ("Belize City", "place"), ("Punta Gorda", "place"),
        ("Los Angeles", "place"), ("Khagrachari", "place"), ("Rangamati", "place"), ("Wishing Tree", "place"), ("Clive Vale", "place"),
        ("Bulverhythe", "place"), ("Silverhill", "place"), ("Tilekiln", "place"), ("St Leonards-on-Sea", "place"),
        ("Mal\nvern way", "address"), ("the ridge", "address"), ("Robsack", "address"), ("no. 16", "address"), ("No. 9", "address"),
        ("No. 25", "address"), ("Flat 2", "address"), ("no 16", "address"), ("18 Commerce Street", "address"),
        ("4418 Crenshaw Boulevard", "address"), ("11 cooden dr", "address"), ("3 meads rd", "address"), ("Warrior Square", "address"),
        ("Mount\nPleasant Road", "address"), ("SILVERHILL GREEN PRIMARY SCHOOL", "school"), ("Silverhill Green", "school"),
        ("West St Leonards", "school"), ("Ore Village", "school"), ("Hillcrest", "school"), ("Little Rainbows", "school"),
        ("Sussex Coast College", "school"), ("Little Acorns", "school"), ("fourteenth of January two thousand", "dob"),
        ("October 5th 2026", "date"), ("16th Nov. 2026", "date"), ("10-Oct-2026", "date"), ("8th", "date"), ("15th", "date"),
        ("2nd", "date"), ("16", "date"), ("+501 622 4518", "phone"), ("+1 213 847 2290", "phone"), ("+880 1819 442310", "phone"),
        ("PW 38 71 22 D", "ni"), ("GU19 KZT", "vehicle"), ("HJ71 WXO", "vehicle"), ("777 736 4200", "nhs"), ("L845486609086", "upn"),
        ("gemmaw02@icloud.com", "email"))
UNMARKED = ("Conquest Hospital", "Harold Road Surgery", "Little Common Surgery", "Hastings Borough Council", "Bulverhythe Community Hall",
            "Muriel Matters House", "De La Warr", "McDonald's", "Orbit", "CGL", "Language Line", "Rother", "Stann Creek", "Belize Kriol",
            "Bangladesh", "Chittagong Hill Tracts", "Garifuna", "Garinagu", "Changma Kodha", "Buiti binafi", "Seremein", "Mum 💛",
            "Triple P", "Freedom Programme", "Brede Valley", "Sussex Police", "47260188431", "KC", "H.G.", "2214", "1887")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s153)


def test_the_counts():
    checks.counts(s153, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s153, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s153)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Bengali script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Bengali script


def test_the_checks_can_fail():
    bad = ((s153.RECORD_C, [("bad", "Ring [[01424 111 22|phone]] about [[Pastor Wilf|name]], [[Brother Elvis|name]] and"
                                    " [[Mama Shanti|name]] on [[Sunday 8 November|date]] in [[Belize|place]] and"
                                    " [[East Sussex|place]].\nNHS [[777 736 4201|nhs]]. Dario said no, [[Dario|name]] said yes.")]),)
    found = s153.problems(bad, record_ids=["7777364201"], record_phones=["01424 111 22"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Pastor", "Brother", "Mama"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Belize", "East Sussex"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Dario' is marked as a name elsewhere" in p for p in found)
