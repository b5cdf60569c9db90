"""Checks of the hand-written held-out redaction set 119 (bench/redaction_set119.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set119 as s119
from tests import hand_set_checks as checks

NAMES, TOTAL = 573, 1040
# names that are words or towns; misreadings; short forms; odd formats
HARD = (("BACON, Ellie Louise", "name"), ("FORMELA, Jakub", "name"), ("MOULD, Dexter Lee", "name"), ("BAC0N, Ellie", "name"),
        ("Tegan CUTHBERT", "name"), ("Jordan K1RKBY", "name"), ("H. Bratley", "name"), ("K-A Wilmot", "name"), ("Beth\nKirkham", "name"),
        ("Gareth\nWaltham", "name"), ("Waltham", "name"), ("Gemma Louth", "name"), ("Ross Mumby", "name"), ("Ashby", "name"),
        ("Bacon", "name"), ("Jordan", "name"), ("Summer", "name"), ("Brook", "name"), ("Dawn", "name"), ("Precious Moyo", "name"),
        ("Grace Okafor", "name"), ("Mark Threlfall", "name"), ("seen", "name"), ("Sean", "name"), ("Seun", "name"), ("Ki", "name"),
        ("Grebbo", "name"), ("Nunny", "place"), ("Skeg", "place"), ("linc", "place"), ("Coates", "place"), ("clay thorpes", "place"),
        ("Hea1ing", "place"), ("Heal ing", "place"), ("healing", "place"), ("Healing", "place"), ("Waltham", "place"), ("Louth", "place"),
        ("Scartho Top", "place"), ("Pyewipe", "place"), ("Immingham", "place"), ("Kùbë", "name"), ("Òlë", "name"), ("Agnieszczi", "name"),
        ("Tomôsz", "name"), ("Łucja Labuda", "name"), ("Kartuz", "place"), ("Chmielnie", "place"), ("Chmielno", "place"),
        ("Manzini", "place"), ("Mbabane", "place"), ("Dlamini", "name"), ("cebo", "name"), ("lee sturdy", "name"), ("hardcastle", "name"),
        ("Summer Dowse", "name"), ("18 Larch C1ose", "address"), ("18 Larch\nClose", "address"), ("Freeman\nStreet", "address"),
        ("no. 39", "address"), ("no. 12", "address"), ("flat 4", "address"), ("monks rd", "address"), ("7 station road", "address"),
        ("ul. Gryfa Pomorskiego 12", "address"), ("83-333", "postcode"), ("freeman gate", "school"), ("Matthew Humberston", "school"),
        ("Healing School", "school"), ("BOULEVARD PRIMARY ACADEMY", "school"), ("Little Trawlers", "school"), ("O6/05/2007", "dob"),
        ("25.6.12", "dob"), ("28.XI.2026", "date"), ("31st", "date"), ("15th", "date"), ("YK62", "vehicle"), ("YK62 HFD", "vehicle"),
        ("+48 58 681 24 17", "phone"), ("+268 7612 4839", "phone"), ("+27 82 614 3390", "phone"), ("TH158240B", "ni"),
        ("SK 70 25 31 A", "ni"), ("757 200 9301", "nhs"), ("C812400225145", "upn"))
UNMARKED = ("Diana, Princess of Wales Hospital", "Scartho Medical Centre", "Littlecoates Surgery", "Willows Children's Centre",
            "Grimsby Town FC", "Grimsby Town railway station", "HMP Lincoln", "Young's", "Harrison House", "Freshney Place",
            "People's Park", "Sidney Park. Quiet", "Fish Docks", "Kingsway Lettings", "Coastline Home Care", "Compass Youth",
            "Humber Clee Council", "Navigo", "Humberside Police", "Catch22", "Language Empire", "Bruno", "healing bruise", "brook.w_x",
            "summerrrr.d", "ifd@humberclee.gov.uk", "RAC-2026-118804", "GY-2611-0331", "BTP/P/88213", "NG has", "KA on", "ICPC/TC/2611",
            "L.E.", "M.Z.", '"D"', "Gogo:", "Make:", "starka", "Malume", "Sisi", "Eswatini", "Poland", "Mark on")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s119)


def test_the_counts():
    checks.counts(s119, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s119, HARD, UNMARKED, split=("name", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s119)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not name.isascii() for name in names)  # Kashubian and Polish letters
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s119.RECORD_F, [("bad", "Ring [[01472 946 22|phone]] about [[Gogo Ntombi|name]], [[Malume Bongani|name]],"
                                    " [[Sisi Zanele|name]], [[starka Gertruda|name]], [[Sr Paula Gilliatt|name]] and"
                                    " [[Rev Alison|name]] on [[Monday 16 November|date]] in [[Eswatini|place]],"
                                    " [[Kashubia|place]] and [[North East Lincolnshire|place]].\n"
                                    "NHS [[530 632 1527|nhs]], NI [[TN 15 82 40 B|ni]]. [[Lwazi|name]] and Lwazi said no.")]),)
    found = s119.problems(bad, record_ids=["5306321527"], record_phones=["01472 946 22"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Gogo", "Malume", "Sisi", "starka", "Sr", "Rev"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Eswatini", "Kashubia", "North East Lincolnshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Lwazi' is marked as a name elsewhere" in p for p in found)
