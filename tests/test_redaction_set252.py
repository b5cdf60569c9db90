"""Checks of the hand-written held-out redaction set 252 (bench/redaction_set252.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set252 as s252
from tests import hand_set_checks as checks

NAMES, TOTAL = 523, 900
HARD = (("BRINDLEY, Kayden", "name"), ("MIRZAYEVA, Sevinc", "name"), ("RZAYEV, Rauf", "name"), ("Rauf RZAYEV", "name"),
        ("CAMPBELL, Tyrese", "name"), ("HOLLIS, Ruby", "name"), ("KANE, Mia", "name"), ("Ruby HOLLIS", "name"),
        ("Esmae TALBOT", "name"), ("Karen\nWhitworth", "name"), ("MICHAEL DEVLIN", "name"), ("LEE KANE", "name"),
        ("JAYLEN", "name"), ("Elnur R.", "name"), ("Nərgiz Quliyeva", "name"), ("Gülnar", "name"), ("gülnar", "name"),
        ("Zəhra", "name"), ("Elçin", "name"), ("Ramil Əsgərov", "name"), ("Şahin", "name"), ("A1fie Brennan", "name"),
        ("8rennan", "name"), ("0llie Vance", "name"), ("Ke1ly", "name"), ("J. Ha1lam", "name"), ("jordz", "name"),
        ("Jordz", "name"), ("mimi", "name"), ("keels", "name"), ("gaz", "name"), ("Mikey D", "name"), ("Little T", "name"),
        ("Rubes", "name"), ("ruby hollis", "name"), ("tayla greaves", "name"), ("stacey price", "name"), ("shan", "name"),
        ("ty", "name"), ("Mancetter", "place"), ("mancetter", "place"), ("Baddesley Ensor", "place"), ("baddesley", "place"),
        ("Grendon", "place"), ("Dordon", "place"), ("dordon", "place"), ("Polesworth", "place"), ("polesworth", "place"),
        ("Coleshill", "place"), ("coleshill", "place"), ("Water\nOrton", "place"), ("Chelmsley\nWood", "place"),
        ("water orton", "place"), ("Water 0rton", "place"), ("Birchmoor", "place"), ("Hams Hall", "place"),
        ("Lənkəran", "place"), ("lənkəran", "place"), ("Lerik", "place"), ("Astara", "place"), ("Bakı", "place"),
        ("Tullamore", "place"), ("Kingshurst", "place"), ("Glascote", "place"), ("Flat 3, 41 Coleshill Road", "address"),
        ("Coleshill Road", "address"), ("Cooks Lane", "address"), ("Long Street", "address"), ("no. 8", "address"),
        ("no 14", "address"), ("Flat 4", "address"), ("CV9 1NL", "postcode"), ("B46 1AX", "postcode"),
        ("C0LESHILL PRIMARY", "school"), ("Polesworth School", "school"), ("3O November 2O26", "date"),
        ("l5/0l/20l7", "dob"), ("2Oth", "date"), ("8 Decernber", "date"), ("30th November", "date"), ("27/11", "date"),
        ("14th", "date"), ("21.11.2013", "dob"), ("+994 50 347 21 86", "phone"), ("+994 25 252 37 14", "phone"),
        ("01827 718 452", "phone"), ("PW 62 18 43 B", "ni"), ("JK 51 73 28 A", "ni"), ("904 823 5472", "nhs"),
        ("6528427208", "nhs"), ("A937290095112", "upn"), ("FY18 WKD", "vehicle"), ("AO67 LZM", "vehicle"),
        ("gary.price86@outlook.com", "email"), ("niall.whelan@nhs.net", "email"))
UNMARKED = ("Biscuit", "Tyson", "Pickle", "Rusty", "WARWICKSHIRE POLICE", "North Warwickshire", "Azerbaijani", "Talysh",
            "xanım", "nənə", "dədə", "dayı", "St Mary's", "the castle", "the A5", "75 bus", "Sister", "Monday", "23:40")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s252)


def test_the_counts():
    checks.counts(s252, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s252, HARD, UNMARKED, split=("name", "place"))
