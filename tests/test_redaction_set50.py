"""Checks of the hand-written held-out redaction set 50 (bench/redaction_set50.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set50 as s50
from tests import hand_set_checks as checks

NAMES, TOTAL = 526, 1016
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HUXTABLE, Kyle", "name"), ("ANGOVE, Terry", "name"), ("BRAUND, Darren Lee", "name"), ("ROWSE, Ch1oe", "name"),
        ("B Yeo", "name"), ("P Trebilcock", "name"), ("J. Pidler", "name"), ("Алеся Лук.", "name"), ("Dewi\nHartono", "name"),
        ("Huxtables", "name"), ("Huxy", "name"), ("Jay", "name"), ("Shell", "name"), ("Bails", "name"), ("Mase", "name"), ("Pop", "name"),
        ("Popsy", "name"), ("Iki", "name"), ("Yuni", "name"), ("Daz", "name"), ("Deano", "name"), ("ty", "name"), ("chlo", "name"),
        ("ash", "name"), ("summer", "name"), ("nevaeh-rose", "name"), ("Summer", "name"), ("Poppy", "name"), ("Grace", "name"),
        ("Dawn", "name"), ("Pat", "name"), ("Tiny", "name"), ("Masha", "name"), ("Olga Kovalenko", "name"), ("Ольга Коваленко", "name"),
        ("Яна Каваленка", "name"), ("Сярожа", "name"), ("Галі", "name"), ("Lily-Rose", "name"), ("Ruby-Mae", "name"),
        ("Mason Trebilcock-Hicks", "name"), ("Tyler Kesse11", "name"), ("Masen", "name"), ("Rina", "name"), ("Bugle", "place"),
        ("Bug1e", "place"), ("Par", "place"), ("Roche", "place"), ("Newport", "place"), ("Forches", "place"), ("Kinsman", "place"),
        ("Stoke", "place"), ("Efford", "place"), ("Westward Ho!", "place"), ("East-the-Water", "place"), ("Lost'l", "place"),
        ("Weston", "place"), ("St\nMarychurch", "place"), ("babbacombe", "place"), ("torrington", "place"), ("st austell", "place"),
        ("Гродна", "place"), ("Варшаву", "place"), ("Плімут", "place"), ("Hrodna", "place"), ("Grodno", "place"), ("Denpasar", "place"),
        ("Kuta", "place"), ("Lundy", "place"), ("Taunton", "place"), ("princes\nrd", "address"), ("flat 1", "address"),
        ("Flat 5", "address"), ("no. 10", "address"), ("no. 21", "address"), ("Jl. Teuku Umar 88", "address"),
        ("Гроецкая 112", "address"), ("Grójecka 112", "address"), ("Flat 9 Bickington Rd", "address"),
        ("F1at 6, 14 Boscoppa Rd", "address"), ("PL3O 5HT", "postcode"), ("Pilton\nCommunity College", "school"), ("Park", "school"),
        ("acorns", "school"), ("Tamerton", "school"), ("Petroc", "school"), ("Forches Cross", "school"), ("13 January\n2027", "date"),
        ("15th", "date"), ("6th", "date"), ("02.11.2026", "date"), ("O3/12/2O26", "date"), ("9th of April", "dob"),
        ("1st of Decernber", "dob"), ("1st", "dob"), ("December 21", "dob"), ("O2/O4/2OO7", "dob"), ("+375 29 614-28-57", "phone"),
        ("+48 601 284 517", "phone"), ("+62 812-3461-7729", "phone"), ("+62 361 478 215", "phone"), ("07593884126", "phone"),
        ("01208 831 296", "phone"), ("SP 71 38 45 A", "ni"), ("WF19 KZO", "vehicle"), ("WK68 HVX", "vehicle"), ("665 823 0897", "nhs"),
        ("Y879645554547", "upn"), ("s.ellis@fishermensmission.org.uk", "email"))
UNMARKED = ("Bodmin Community Hospital", "Bideford Medical Centre", "Lostwithiel Medical Practice",
            "Paignton Health and Wellbeing Centre", "Plymouth Domestic Abuse Services", "HMP Exeter", "the Family Court sitting at Truro",
            "Bideford Youth U16s", "Lanivet Inn", "Royal George", "STAGECOACH SOUTH WEST", "North Devon District Hospital",
            "Royal Cornwall Hospital", "Treliske", "treliske", "Penrice Community Hospital", "Pembroke House Surgery", "Rowcroft",
            "Mayflower Medical Group", "Coastline Lettings", "Pearl Linguistics", "Broadway Lodge", "Torbay Community Furniture",
            "Rock Park", "Meadfoot", "Grand Pier", "Temple Meads", "St Davids", "the Quay", "Wheal Rose", "M5", "Ocean Pride",
            "Morning Star", "Biscuit", "0300 123 1118", "jj.tt.blessed", "yana.kvlnk", "Мама", "Mbak", "бабуля", "цёці", "nenek", "Nanny",
            "Grandad", "- CH)", "CPOMS - GL", "Torbay", "Clay Country", "North Devon", "Cornwall", "Belarus", "Indonesia", "Java", "Bali",
            "PL26C00412")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s50)


def test_the_counts():
    checks.counts(s50, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s50, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s50)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic script


def test_the_checks_can_fail():
    bad = ((s50.RECORD_E, [("bad", "Ring [[01237 478 93|phone]] about [[Yuni|name]], [[Mbak Rina|name]], [[mas Agus|name]],"
                                    " [[bu Maureen|name]], [[бабуля Тамара|name]], [[Rev Alison Burt|name]] and"
                                    " [[Rina Bali|name]] on [[Saturday 14 November|date]] in [[Devon|place]],"
                                    " [[Torbay|place]], [[Belarus|place]] and [[Java|place]].\n"
                                    "NHS [[667 161 5005|nhs]]. Yuni said no.")]),)
    found = s50.problems(bad, record_ids=["6671615005"], record_phones=["01237 478 93"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01237 478 93" in p for p in found)
    for word in ("Mbak", "mas", "bu", "бабуля", "Rev"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "Bali" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Devon", "Torbay", "Belarus", "Java"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 667 161 5005" in p for p in found)
    assert any("'Yuni' is marked as a name elsewhere" in p for p in found)
