"""Checks of the hand-written held-out redaction set 173 (bench/redaction_set173.py) that do not use the detector:
its size, its own hard cases and its failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set173 as s173
from tests import hand_set_checks as checks

NAMES, TOTAL = 527, 928
# names that are words; scripts; short forms; odd formats
HARD = (("GAGNON, Élodie", "name"), ("HOLLOWAY, Gareth", "name"), ("HICKS, Kelly", "name"), ("SYMONS, Keira", "name"),
        ("STRIBLEY, Liam", "name"), ("RICKARD, Jade", "name"), ("Giusepp\nina", "name"), ("Rosa1ia", "name"), ("Ca1ogero", "name"),
        ("Totò", "name"), ("Pinuzza", "name"), ("Turi", "name"), ("Lillo", "name"), ("Élo", "name"), ("JP", "name"), ("TJ", "name"),
        ("Marie-Ève Tremblay", "name"), ("Marie-Eve Tremblay", "name"), ("Jean Philippe Gagnon", "name"), ("Tyler-Jay", "name"),
        ("Riley D", "name"), ("Kenzie C", "name"), ("Cal", "name"), ("Summer", "name"), ("Hope", "name"), ("Dan Sleep", "name"),
        ("Sleep", "name"), ("Ellis Gay", "name"), ("Ollie Jago", "name"), ("Stretch", "name"), ("Aaron Jolly", "name"), ("hawke", "name"),
        ("ro", "name"), ("dee", "name"), ("Stephens", "name"), ("Polglaze", "name"), ("tregadillett", "place"), ("st dennis", "place"),
        ("plymouth", "place"), ("Palermu", "place"), ("Pa1ermo", "place"), ("Cefa1ù", "place"), ("Chicoutimi", "place"),
        ("Montréal", "place"), ("Siracusa", "place"), ("Newport", "place"), ("Porth", "place"), ("Treloggan", "place"),
        ("Pentire", "place"), ("Westheath", "place"), ("NEWQUAY", "place"), ("4521 rue Fabre", "address"), ("Via Maqueda 214", "address"),
        ("no. 16", "address"), ("no 28", "address"), ("no. 10", "address"), ("henver rd", "address"), ("launceston rd", "address"),
        ("Chalet 6, Watergate Road", "address"), ("90134", "postcode"), ("st marys", "school"), ("St Mary's", "school"),
        ("Trenance", "school"), ("Callywith", "school"), ("23 0ttobre 2026", "date"), ("20 octobre 2026", "date"), ("O1/11/2026", "date"),
        ("3O/1O/2O21", "dob"), ("15th September", "dob"), ("16/2/90", "dob"), ("28-Oct-2026", "date"), ("18 AUG 2026", "date"),
        ("15th", "date"), ("11th", "date"), ("5/11", "date"), ("+1 418 649 2207", "phone"), ("+1 514 872 3391", "phone"),
        ("+39 091 611 4528", "phone"), ("+39 347 218 9064", "phone"), ("+39 0931 46 7712", "phone"), ("wp22 kzc", "vehicle"),
        ("WF17 OXR", "vehicle"), ("JT 48 21 70 B", "ni"), ("F908572317209", "upn"), ("376 323 4640", "nhs"),
        ("mevetremblay88@gmail.com", "email"))
UNMARKED = ("Fistral", "Lusty Glaze", "Great Western", "poldark mine", "tesco", "Tamar Homecare", "Addaction", "St Petroc's",
            "Launceston Medical Centre", "Bodmin Health Centre", "Narrowcliff Surgery", "Rosedean House Surgery", "Newquay One Stop Shop",
            "BODMIN FOOD BANK", "Bell Inn", "Bar Sicilia", "Gannel Surf School", "Coastline Housing", "Cornwall Young Carers",
            "FAMILY COURT SITTING AT TRURO", "Treliske", "Derriford", "Scown", "Nonna", "Mamma", "Mamie", "Zio", "signora", "Madame",
            "Mme", "Cornwall", "Québec", "PL26C00418", "CR/114572/26", "BFB-26-2291")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s173)


def test_the_counts():
    checks.counts(s173, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s173, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s173)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s173.RECORD_D, [("bad", "Ring [[01208 263 59|phone]] about [[Zio Turi|name]], [[Nonna Concetta|name]],"
                                     " [[Mamie Ginette|name]], [[signora Ferrante|name]], [[Mme Tremblay|name]] on"
                                     " [[Sunday 8 November|date]] in [[Sicily|place]], [[Québec|place]] and [[Cornwall|place]].")]),)
    found = s173.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number" in p for p in found)
    for word in ("Zio", "Nonna", "Mamie", "signora", "Mme"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Sicily", "Québec", "Cornwall"):
        assert any("country, county or region" in p and region in p for p in found), region
