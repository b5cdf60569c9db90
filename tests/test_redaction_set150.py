"""Checks of the hand-written held-out redaction set 150 (bench/redaction_set150.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set150 as s150
from tests import hand_set_checks as checks

NAMES, TOTAL = 477, 917
# names that are words or towns; scripts; short forms; odd formats
HARD = (("KOTECHA, Riya", "name"), ("MIRZA, Aqsa", "name"), ("DONOGHUE, Shannon", "name"), ("MIRZA Aqsa", "name"),
        ("BIBI, Rubina", "name"), ("Amara O", "name"), ("Marcus B", "name"), ("Hope", "name"), ("Jo Hope", "name"), ("Sunita", "name"),
        ("Dread", "name"), ("Rico", "name"), ("Tee", "name"), ("tee", "name"), ("Marcus Thomas", "name"), ("JJ", "name"), ("jj", "name"),
        ("Keish", "name"), ("Shan", "name"), ("shan", "name"), ("Tomek", "name"), ("Glorii", "name"), ("Kacprowi", "name"),
        ("Zosia", "name"), ("Aga", "name"), ("રિયા", "name"), ("નિશા", "name"), ("Agnieszka N0WAK", "name"), ("Kowa1czyk", "name"),
        ("Rebecca Fenw ick", "name"), ("Kacper\nKowalczyk", "name"), ("Poppy-Mae", "name"), ("poppy", "name"), ("o'neill", "name"),
        ("Kamlesh", "name"), ("Jaya", "name"), ("Shamim", "name"), ("Tiggy", "name"), ("Scarborough", "place"), ("Plymouth", "place"),
        ("Roxborough", "place"), ("Bon Accord", "place"), ("Crown Point", "place"), ("Jinja", "place"), ("Kololo", "place"),
        ("Kampala", "place"), ("Dadyal", "place"), ("dadyal", "place"), ("mirpur", "place"), ("Rzeszów", "place"), ("Moate", "place"),
        ("athlone", "place"), ("harold hill", "place"), ("wood st", "place"), ("markhouse", "place"), ("Beaumont estate", "place"),
        ("Chingford", "place"), ("Enfield", "place"), ("Islamabad", "place"), ("Luton", "place"), ("Plot 14, Kira Road", "address"),
        ("ul. Lwowska 19/4", "address"), ("35-301", "postcode"), ("House\n> 112, Sector B/3", "address"),
        ("41\nBrookscroft Road", "address"), ("18", "address"), ("hatch ln", "address"), ("lea bridge rd", "address"),
        ("st james st", "address"), ("F1at 2, 88 Markhouse Rd", "address"), ("E10", "postcode"),
        ("WALTHAMSTOW SCHOOL FOR GIRLS", "school"), ("Walthamstow School for\nGirls", "school"), ("greenleaf", "school"),
        ("chase lane", "school"), ("heathcote", "school"), ("Little Acorns", "school"), ("O8/12/2O26", "date"), ("29/O1/1987", "dob"),
        ("20 grudnia", "date"), ("5", "date"), ("6/12", "date"), ("2nd December 2026", "date"), ("8th Dec", "date"),
        ("14-07-2011", "dob"), ("+256 772 418 305", "phone"), ("+1 868 639 4172", "phone"), ("+48 512 604 327", "phone"),
        ("+353 87 426 1190", "phone"), ("575 216 5024", "nhs"), ("B320295918152", "upn"), ("NA 47 20 15 C", "ni"),
        ("LR17 WDK", "vehicle"), ("FN19 KXA", "vehicle"), ("bevclough61@btinternet.com", "email"))
UNMARKED = ("Wood Street Health Centre", "Chingford Police Station", "Whipps Cross", "Walthamstow Avenue & Pennant", "Lea Forest CSC",
            "The Hub E4", "Larkshall Medical Centre", "Larkswood Surgery", "LinguaLondon", "Safe Journeys", "Drink Wise", "Solace",
            "Lloyd Park", "Ridgeway Park", "Larks Wood", "Heathrow", "Bruno", "lil.dread.e10", "YK20", "020 8529 ...", "Mama:", "Tobago",
            "Trinidad and Tobago", "Uganda", "Westmeath", "AJK", "Ireland", "phuppo", "masi", "bhai", "Mammy", "Babcia", "FMU/26/3391",
            "GMC 7O41822", "MPS/NE/26/11873")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s150)


def test_the_counts():
    checks.counts(s150, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s150, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s150)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Gujarati script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
