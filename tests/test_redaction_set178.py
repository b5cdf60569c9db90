"""Checks of the hand-written held-out redaction set 178 (bench/redaction_set178.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set178 as s178
from tests import hand_set_checks as checks

NAMES, TOTAL = 506, 906
HARD = (("TUPPEN, Kai", "name"), ("CASANOVA, Laetitia", "name"), ("SANTONI, Ghjuvan Petru", "name"), ("STAPLEY, Tyler", "name"),
        ("LACOSTE Mirèia", "name"), ("Brooke VERRALL", "name"), ("J. Lusted", "name"), ("T. Tuppen", "name"), ("O. Hollobone", "name"),
        ("Chelsea T", "name"), ("Laetitia C", "name"), ("Ollie P", "name"), ("chels", "name"), ("kai", "name"), ("summer", "name"),
        ("Summer", "name"), ("tracy", "name"), ("lil", "name"), ("ty", "name"), ("Casanova", "name"), ("Dean", "name"),
        ("Marisà", "name"), ("Brookie", "name"), ("Kirst", "name"), ("Stace", "name"), ("Jonesy", "name"), ("Pelling", "name"),
        ("Lily-Mae", "name"), ("Ange-Marie Santoni", "name"), ("Ringmer", "place"), ("ringmer", "place"), ("Landport", "place"),
        ("South Heighton", "place"), ("Chyngton", "place"), ("Malling", "place"), ("Meeching", "place"), ("East Blatchington", "place"),
        ("Denton", "place"), ("Mezzavia", "place"), ("Gan", "place"), ("lagos", "place"), ("exceat", "place"), ("seaford", "place"),
        ("Victoria Island", "place"), ("Tenerife", "place"), ("London", "place"), ("Eastbourne", "place"), ("Ashford", "place"),
        ("Lotissement U Castellu, 12 chemin de Saint-Antoine", "address"), ("4 carrèra de la Hont", "address"),
        ("14 Adeola Odeku Street", "address"), ("Brooks Road", "address"), ("Chyngton Way", "address"), ("no. 12", "address"),
        ("Flat 2", "address"), ("20167", "postcode"), ("64290", "postcode"), ("SOUTHOVER ACORN PRIMARY SCHOOL", "school"),
        ("Seaford Head", "school"), ("Seahaven", "school"), ("27th", "date"), ("1st", "date"), ("2nd", "date"),
        ("8th/9th August", "date"), ("21 septembre 2026", "date"), ("04.06.2019", "dob"), ("14-03-2011", "dob"),
        ("+33 6 12 48 93 07", "phone"), ("+33 495 213 864", "phone"), ("+234 803 412 7759", "phone"), ("GH-418-KT", "vehicle"),
        ("GK19 XWP", "vehicle"), ("640 912 3582", "nhs"), ("K845201611012", "upn"), ("JK 44 81 20 B", "ni"),
        ("école\n  Mezzavia 2", "school"), ("joshP", "name"), ("NEWHAVEN", "place"), ("New Year's Eve 2023", "date"),
        ("HV17 KXR", "vehicle"), ("laeti.casanova20@orange.fr", "email"))
UNMARKED = ("Ouse Weald Children's Services", "Lewes District Food Partnership", "Seaford Medical Practice", "Newhaven Fort",
            "HMP Bronzefield", "Royal Sussex County Hospital", "Royal Alexandra Children's Hospital", "Ouseside Law LLP", "Sussex Police",
            "Gendarmerie", "Change Grow Live", "Hillcrest", "Pudding", "A8812CF", "OW/FD/26/7741", "East Sussex", "Surrey", "Corsica",
            "Mamà", "Babbu", "pèire", "Pops", "Maître", "Great-gran")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s178)


def test_the_counts():
    checks.counts(s178, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s178, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s178)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
