"""Checks of the hand-written held-out redaction set 203 (bench/redaction_set203.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set203 as s203
from tests import hand_set_checks as checks

NAMES, TOTAL = 514, 902
HARD = (("PLATTEN, Brooke", "name"), ("COX Dean", "name"), ("PLATTEN Stacey", "name"), ("KUTTETIRA, Kaveri", "name"),
        ("BUNTING, Ellie-May", "name"), ("BRETT, Zofia", "name"), ("Jade SOUTHGATE", "name"), ("Lee MALLETT", "name"),
        ("ಕಾವೇರಿ", "name"), ("ದೇಚಮ್ಮ", "name"), ("ನಾಚು", "name"), ("Poovamma", "name"), ("Nachu", "name"),
        ("Machamada", "name"), ("Fi5her", "name"), ("Claire\nBonham", "name"), ("Karen\nSwann", "name"),
        ("Kayden R1x", "name"), ("Zof1a Brett", "name"),
        ("0scar", "name"), ("Tlna", "name"), ("C. Bonharn", "name"), ("big k", "name"), ("Big K", "name"), ("Jojo", "name"),
        ("stace", "name"), ("lorraine", "name"), ("zosia", "name"), ("Zosia", "name"), ("Ellie-May", "name"), ("shan", "name"),
        ("Old\nHunstanton", "place"), ("Old Hunstanton", "place"), ("Great\nBircham", "place"), ("Hunstanton\nPrimary", "school"),
        ("hunstanton", "place"), ("heacham", "place"), ("snet", "place"), ("borough", "place"), ("lynn", "place"),
        ("Heacharn", "place"), ("Hunstanlon", "place"), ("lngoldisthorpe", "place"), ("Walpoie", "place"), ("March", "place"),
        ("Madikeri", "place"), ("Virajpet", "place"), ("Gonikoppal", "place"), ("Gdynia", "place"), ("South Beach", "place"),
        ("Snettisham Beach", "place"), ("Sandringham", "place"), ("Millfield", "place"), ("Docking", "place"),
        ("Plot 41", "address"), ("Plot 17", "address"), ("no. 11", "address"), ("47", "address"), ("l2 Hill Road", "address"),
        ("south beach rd", "address"), ("common rd", "address"), ("cliff parade", "address"), ("Flat 2, 18 Westgate", "address"),
        ("PE36 6EJ", "postcode"), ("PE31 7BD", "postcode"), ("Smithdon", "school"), ("Churchill Park School", "school"),
        ("Heacham Infant", "school"), ("Springwood", "school"), ("Little Lighthouse", "school"),
        ("20.11.2O26", "date"), ("24/11/2O26", "date"), ("20 grudnia", "date"), ("the 29th", "date"), ("6 Nov", "date"),
        ("2nd", "date"), ("O5/O4/2016", "dob"), ("14/03/2020", "dob"), ("13/02/2007", "dob"),
        ("+91 94481 27365", "phone"), ("+91 8272 228 451", "phone"), ("+48 601 472 839", "phone"), ("01485 571 246", "phone"),
        ("O7930 461 285", "phone"), ("KY19 HPN", "vehicle"), ("KV20 XOF", "vehicle"), ("JT 48 19 62 C", "ni"),
        ("NE 73 28 41 A", "ni"), ("107 930 9497", "nhs"), ("3035121184", "nhs"), ("H926561143321", "upn"),
        ("aga.brett86@gmail.com", "email"), ("karen.swann3@nhs.net", "email"))
UNMARKED = ("Kodagu", "Karnataka", "Norfolk", "Grange & Wells", "Sunflower House", "Leeway", "Change Grow Live",
            "CARERS MATTER NORFOLK", "Chatterton House", "Addenbrooke's", "jojo_kl7", "tyler.r11", "cal_sharpe", "footy_ob13",
            "Biscuit", "Pickle", "Ajji:", "appa says", "amma nange", "Puthari", "the A149", "Sea Life", "ring 111", "August 2025",
            "Kutumba", "QEH", "Trapz", "Kodava takk")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s203)


def test_the_counts():
    checks.counts(s203, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s203, HARD, UNMARKED)
