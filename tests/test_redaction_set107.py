"""Checks of the hand-written held-out redaction set 107 (bench/redaction_set107.py) that do not use the detector:
its size, its own hard cases and its unmarked organisations and landmarks (the checks every set shares are in
test_redaction_hand_sets.py)."""

from bench import redaction_set107 as s107
from tests import hand_set_checks as checks

NAMES, TOTAL = 487, 909
# names that are words; OCR errors; short forms; foreign forms
HARD = (("DUNFORD, Tyler", "name"), ("LUSH, Poppy-Mae", "name"), ("ST ROSE, Jaden", "name"), ("HARTLEY, Jordan", "name"),
        ("Brewer, Ellie", "name"), ("WHlTLOCK, Har1ey", "name"), ("T1na Moss", "name"), ("El1ie", "name"), ("Sa1lis", "name"),
        ("Pikes", "name"), ("Greenings", "name"), ("Connor\nLush", "name"), ("Siobhan\nKavanagh", "name"), ("Kieron", "name"),
        ("Chloe Moss", "name"), ("Kelvin St Rose", "name"), ("Jaden St Rose", "name"), ("Reece Whitlock", "name"), ("Liam Hale", "name"),
        ("Iñaki", "name"), ("Iñakiri", "name"), ("Oisín HALE", "name"), ("Ossie", "name"), ("Bríd", "name"), ("brid", "name"),
        ("Pádraig", "name"), ("Esmé", "name"), ("Lester", "name"), ("Aldridge", "name"), ("K", "name"), ("Ella", "name"),
        ("Bugsy", "name"), ("Skinny", "name"), ("con", "name"), ("kayleigh", "name"), ("mark", "name"), ("Con", "name"), ("Al", "name"),
        ("Jay", "name"), ("K-A Mudge", "name"), ("J. Ballam", "name"), ("K Vine", "name"), ("Ane ETXEBERRIA GOIKOETXEA", "name"),
        ("Goikoetxea", "name"), ("Gernika", "place"), ("Gernika-Lumo", "place"), ("Gernikara", "place"), ("Bournemouthen", "place"),
        ("Donostia", "place"), ("Basauri", "place"), ("Bayonne", "place"), ("Castries", "place"), ("Gros Islet", "place"),
        ("La Clery", "place"), ("Soufrière", "place"), ("Vieux Fort", "place"), ("Entrepot", "place"), ("Cobh", "place"),
        ("cork", "place"), ("bearwood", "place"), ("poole", "place"), ("pokesdown", "place"), ("West Howe", "place"),
        ("Townsend", "place"), ("Burton", "place"), ("Kale Nagusia 31", "address"), ("Calle Juan Calzada 12", "address"),
        ("Morne Du Don Road", "address"), ("14 O'Connell Avenue", "address"), ("no 11 Nea Rd", "address"), ("no. 7", "address"),
        ("no. 16", "address"), ("number 29", "address"), ("Flat 4", "address"), ("stanpit", "address"),
        ("flat 2, 91 seabourne rd", "address"), ("48300", "postcode"), ("48970", "postcode"), ("V94 K2X8", "postcode"),
        ("Heathlands", "school"), ("Hinton\nAdmiral Juniors", "school"), ("St Mary's College", "school"),
        ("Highcliffe\nSchool", "school"), ("l3th Oct", "date"), ("l8/10", "date"), ("29/ll/2026", "date"), ("2l/09/2026", "dob"),
        ("l4/02/2005", "dob"), ("14th", "date"), ("26th", "date"), ("27th", "date"), ("4", "date"), ("29.10.26", "date"),
        ("+1 758 452 7716", "phone"), ("+34 944 27 61 85", "phone"), ("+353 87 214 6632", "phone"), ("+33 5 59 24 71 38", "phone"),
        ("HF16 2PW", "vehicle"), ("HF16 ZPW", "vehicle"), ("WU17 RXF", "vehicle"), ("JK 48 21 77 B", "ni"), ("185 403 6890", "nhs"),
        ("Z837262320262", "upn"), ("shemar.joseph758@gmail.com", "email"))
UNMARKED = ("Royal Bournemouth Hospital", "Poole Hospital", "West Howe Community Pantry", "Kinson Family Hub",
            "Kinson Road Medical Centre", "Kinson Methodist Church", "Christchurch Medical Centre", "Christchurch Library",
            "Christchurch Priory", "Highcliffe Castle", "Mudeford Quay", "hengistbury head", "Kings Park", "Moordown Medical Centre",
            "Shelley Manor and Beaufort Road Surgery", "Fisherman's Walk Surgery", "Tregonwell Academy", "The Y Bournemouth",
            "BH Live Pelhams", "HMP Guys Marsh", "Dorset Police", "Stour Haven Council", "Family Time", "We Are With You", "Ertzaintza",
            "Forest Ward", "Pintxo", "Bondyé", "Aita", "Amama", "Mammy", "St Lucia", "Saint Lucia", "Ireland", "tyz_bmth_09",
            "WHP-2026-3318", "55261008-0144", "Mudeford Dental", "Family Rights Group", "St Aldhelm's")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s107)


def test_the_counts():
    checks.counts(s107, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s107, HARD, UNMARKED, split=("name", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s107)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
