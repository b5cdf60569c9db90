"""Checks of the hand-written held-out redaction set 97 (bench/redaction_set97.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set97 as s97
from tests import hand_set_checks as checks

NAMES, TOTAL = 444, 949
# names that are words or towns; short forms; odd formats
HARD = (("POULSEN, Rókur", "name"), ("POULSEN, Sunnva", "name"), ("OPIE, Kayden Craig", "name"), ("CHEGWIDDEN, Alfie", "name"),
        ("LE GOFF  Maiwenn", "name"), ("Maïwenn LE GOFF", "name"), ("Róki", "name"), ("rókur", "name"), ("rokur", "name"),
        ("bjorg", "name"), ("Turið Joensen", "name"), ("Jógvan", "name"), ("Gwenaëlle", "name"), ("Maï", "name"), ("Mai-Mai", "name"),
        ("Erwann", "name"), ("Loïc", "name"), ("Hervé Guillou", "name"), ("Rocky Poulsen", "name"), ("Gwen", "name"), ("wendy t", "name"),
        ("Gaz T", "name"), ("Smiley", "name"), ("Benny", "name"), ("Tiny", "name"), ("K-Dog", "name"), ("Kay", "name"),
        ("kaykay", "name"), ("lace", "name"), ("shaz", "name"), ("kels", "name"), ("MORGAN", "name"), ("Summer", "name"),
        ("Sunny", "name"), ("Brooke", "name"), ("Pearl", "name"), ("Ives", "name"), ("Mark Ives", "name"), ("Dale Ives", "name"),
        ("Wayne Penrose", "name"), ("PENROSE", "name"), ("Penrose", "name"), ("Jago", "name"), ("Oliver Jago", "name"), ("Becca", "name"),
        ("Lew", "name"), ("Tyler-Jay", "name"), ("Benjamin Okafor-Reid", "name"), ("Pearl\nTrebilcock", "name"), ("Freya\nLugg", "name"),
        ("Stephanie\nNankervis", "name"), ("OPIE", "name"), ("HOCKING", "name"), ("J Hocking", "name"), ("Tórshavn", "place"),
        ("torshavn", "place"), ("Havnar", "place"), ("Klaksvík", "place"), ("Douarnenez", "place"), ("Tréboul", "place"),
        ("Quimper", "place"), ("Concarneau", "place"), ("Penwerris", "place"), ("Plain-an-Gwarry", "place"), ("plain an gwarry", "place"),
        ("Hellesveor", "place"), ("Ayr", "place"), ("ayr", "place"), ("Copperhouse", "place"), ("cambo", "place"), ("plym", "place"),
        ("fal", "place"), ("Pool", "place"), ("pool", "place"), ("St Ives", "place"), ("ST IVES", "place"), ("Exeter", "place"),
        ("Connor Downs", "place"), ("Tolgus Mount", "place"), ("Heamoor", "place"), ("Ruan Minor", "place"), ("Gwavas", "place"),
        ("Eighteen Parc Eglos", "address"), ("18 Parc Eglos", "address"), ("Niels Finsens gøtu 22", "address"),
        ("Niels Finsens gøta 22", "address"), ("12 rue Anatole France", "address"), ("7 Trewarveneth\nStreet", "address"),
        ("Seaview\nCrescent", "address"), ("no. 16", "address"), ("no 4", "address"), ("29", "address"), ("20", "address"),
        ("Flat 12", "address"), ("the Strand", "address"), ("The Coombe", "address"), ("killigrew st", "address"),
        ("chapel st", "address"), ("Tregenna Hill", "address"), ("29100", "postcode"), ("FO-100", "postcode"), ("29000", "postcode"),
        ("Parc Eglos", "school"), ("penwerris", "school"), ("mounts bay", "school"), ("MOUNTS BAY ACADEMY", "school"),
        ("Penwerris\nAcademy", "school"), ("Trewirgie", "school"), ("Penpol", "school"), ("21st August 2012", "dob"),
        ("08-May-2023", "dob"), ("19 / 01 / 2010", "dob"), ("02/11/83", "dob"), ("21.08.2012", "dob"), ("09-Nov-2026", "date"),
        ("12-10-2026", "date"), ("16.11", "date"), ("20th", "date"), ("15th", "date"), ("24-26 October", "date"),
        ("1st November 2026", "date"), ("+298 21 45 67", "phone"), ("+298 55 83 12", "phone"), ("+33 2 98 44 17 63", "phone"),
        ("+33 6 71 28 54 09", "phone"), ("07921604385", "phone"), ("7083506345", "nhs"), ("K908185080664", "upn"),
        ("NE 44 18 62 B", "ni"), ("WU19 KFD", "vehicle"), ("WF63 TYK", "vehicle"), ("roypenb58@gmail.com", "email"))
UNMARKED = ("Edward Hain", "Trescobeas Surgery", "Helston Medical Centre", "Culdrose", "RAF Brize Norton", "Royal Cornwall Hospital",
            "Falmouth Health Centre", "FISHERMEN'S MISSION", "Nine Maidens centre", "Truro Combined Court", "Kernow Youth Link",
            "Polwhele Ward", "St Elwyn's", "Victoria Park", "Morvoren", "the Sloop", "Wales Pier", "the Faroes", "faroe islands",
            "Finistère", "over from France", "Cornwall", "Amma", "amma", "Mamm-gozh", "maman", "Onkel", "pabbi", "Mme", "Lt Cdr",
            "AB(WS)", "Daddy", "Auntie", "26 NL", "TG to visit", "from LR", "(RC)", "Resumed. JH", "(EWO): JQ", "(M.N.)", "T.R.", "L.C.",
            "RCH4471902", "26/1109/0388", "DR/4", "0048211", "4172")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s97)


def test_the_counts():
    checks.counts(s97, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s97, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s97)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() for name in names)  # Faroese, Breton and French letters
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names and nicknames
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s97.RECORD_B, [("bad", "Ring [[01736 36 281|phone]] about [[Erwan|name]], [[Mme Soazig Kerbrat|name]],"
                                    " [[Mamm-gozh Soazig|name]], [[Lt Cdr Ross Jameson|name]], [[AB Chegwidden|name]]"
                                    " on [[Monday 5 October|date]] in [[the Faroes|place]], [[France|place]] and"
                                    " [[Finistère|place]].\nNHS [[599 748 1094|nhs]], UPN [[A908103569115|upn]],"
                                    " NI [[DQ 12 34 56 E|ni]]. Erwan said no.")]),)
    found = s97.problems(bad, record_ids=["5997481094"], record_phones=["01736 36 281"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01736 36 281" in p for p in found)
    for word in ("Mme", "Mamm-gozh", "Lt", "AB"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("the Faroes", "France", "Finistère"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 599 748 1094" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Erwan' is marked as a name elsewhere" in p for p in found)
