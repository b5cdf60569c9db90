"""Checks of the hand-written held-out redaction set 69 (bench/redaction_set69.py) that do not use the detector:
its marking is clean, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set69 as s69
from tests import hand_set_checks as checks

NAMES, TOTAL = 581, 1010
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HADLEY, Tayler-Jay", "name"), ("BEN SALAH, Nour", "name"), ("JASSAL, Simran", "name"), ("LAVILLE, Jaden Marcus", "name"),
        ("HADLEY Kelly-Marie", "name"), ("PARKES Lee", "name"), ("Kai Whitehouse-Grant", "name"), ("Zainab\nHussain", "name"),
        ("Lynn W", "name"), ("A. Begum", "name"), ("TJ", "name"), ("tj", "name"), ("JJ", "name"), ("Jay-Lav", "name"), ("Hopey", "name"),
        ("hope", "name"), ("Hope", "name"), ("Summer", "name"), ("Dudley", "name"), ("Craig DUDLEY", "name"), ("Wayne Dudley", "name"),
        ("Destiny", "name"), ("Bigz", "name"), ("JAYDEN", "name"), ("lloyd", "name"), ("jasleen", "name"), ("jas", "name"),
        ("darren", "name"), ("gaz", "name"), ("Mase", "name"), ("Sukhi", "name"), ("Kelly", "name"), ("Singh", "name"),
        ("Parkes", "name"), ("Sahota", "name"), ("ਸਿਮਰਨ", "name"), ("ਗੁਰਮੀਤ ਕੌਰ", "name"), ("أمل", "name"), ("ياسين", "name"),
        ("سلوى", "name"), ("Dudley", "place"), ("Darlo", "place"), ("K'Swinford", "place"), ("Brierley\nHill", "place"),
        ("Etts-\nhall", "place"), ("Portsmouth", "place"), ("Roseau", "place"), ("Sakiet Ezzit", "place"), ("Jalandhar", "place"),
        ("Nakodar", "place"), ("ستوربريدج", "place"), ("برمنغهام", "place"), ("Moxley", "place"), ("Willenhall", "place"),
        ("Stourbridge", "place"), ("Flat 12\nSpring Vale House\nMillfields Road", "address"), ("l4 Walton Cres", "address"),
        ("14 Bay Street", "address"), ("no. 9", "address"), ("no. 21", "address"), ("Flat 4", "address"), ("Lucknow Court", "address"),
        ("Pinfold Street", "address"), ("Spring Vale", "address"), ("Moat", "school"), ("Wednesfield Moat", "school"),
        ("ROWLEY VIEW PRIMARY SCHOOL", "school"), ("LITTLE OWLS DAY NURSERY", "school"), ("City of Wolverhampton College", "school"),
        ("O2/O6/1996", "dob"), ("17/0l/1993", "dob"), ("3l/l0/26", "date"), ("0l/ll/26", "date"), ("18th", "date"),
        ("20-21 October 2026", "date"), ("12-13 September", "date"), ("+91 98154 27360", "phone"), ("+1 767 275 4418", "phone"),
        ("+216 98 472 315", "phone"), ("+33 6 12 84 57 90", "phone"), ("ZN 48 21 73 C", "ni"), ("KX19 HWD", "vehicle"),
        ("FP21 ZKJ", "vehicle"), ("Y335223243831", "upn"), ("769 785 8878", "nhs"), ("office@gigmill.dudley.sch.uk", "email"))
UNMARKED = ("Walsall Council", "Walsall Children's Services", "Walsall MASH", "Dudley MASH", "Wolverhampton Leaving Care Service",
            "Wednesfield Family Hub", "Mary Stevens Hospice", "Russells Hall", "NEW CROSS HOSPITAL", "Merry Hill",
            "Douglas-Charles airport", "Shri Guru Ravidass Bhawan", "Kingswinford Medical Practice", "Wednesfield Health Centre",
            "Darlaston Health Centre", "Brinsford", "Ettingshall Medical Centre", "The Dudley Group NHS FT", "DMBC", "The Haven", "whg",
            "Civic Centre", "Kooth", "Papyrus", "Tank", "simmy_j11", "jazzy_jx07", "mehak_k07", "jjlav_13", "Dominica", "RL4421973",
            "GMC 7042117", "MPR/2026/W/11873", "Bibi", "Tonton", "Sheikh", "Pastor", "Sister", "Granny", "desanm")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s69)


def test_the_counts():
    checks.counts(s69, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    spans = checks.spans(s69)
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in messages
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Gurmukhi and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script
    for kind in ("name", "address", "place"):
        assert any("\n" in words for words, k in spans if k == kind), kind  # split across a line break
    for words, kind in HARD:
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s69.sets()[s69.NAME])
    for word in UNMARKED:
        assert word in texts, word
        assert all(word not in words for words, _kind in spans), word
