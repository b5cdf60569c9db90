"""Checks of the hand-written held-out redaction set 198 (bench/redaction_set198.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set198 as s198
from tests import hand_set_checks as checks

NAMES, TOTAL = 505, 907
HARD = (("RIX, Tyler", "name"), ("SHIJA, Neema", "name"), ("WILDE, Rebecca", "name"), ("GRIMES, Jordan Lee", "name"),
        ("FLATMAN, Ethan James", "name"), ("HARROD, Poppy Mae", "name"), ("Isla GRIMES", "name"), ("Maisie DYE", "name"),
        ("Claire\nLarwood", "name"), ("Mel\nGreengrass", "name"), ("Shija", "name"), ("Nyanzobe", "name"), ("nyanzobe", "name"),
        ("Ngolo", "name"), ("Nyamizi", "name"), ("Kulwa", "name"), ("Doto", "name"), ("neema s", "name"), ("lol", "name"),
        ("Sc0tt", "name"), ("0llie", "name"), ("Lauren Harr0d", "name"), ("G.T.", "name"), ("Dodge", "name"), ("nat", "name"),
        ("maisie dye", "name"), ("ang", "name"), ("pete", "name"), ("joan", "name"), ("tyler b", "name"), ("Shay", "name"),
        ("Swaffham", "place"), ("swaffham", "place"), ("Watton", "place"), ("watton", "place"), ("Great Hockham", "place"),
        ("hockham", "place"), ("Mundford", "place"), ("Necton", "place"), ("Nect0n", "place"), ("N0rwich", "place"),
        ("Saham\nToney", "place"), ("Saham Toney", "place"), ("Sporle", "place"), ("Mwanza", "place"), ("mwanza", "place"),
        ("Dar es Salaam", "place"), ("Igoma", "place"), ("Buhongwa", "place"), ("Shinyanga", "place"), ("Tottenham", "place"),
        ("Thetford", "place"), ("brandon", "place"), ("5 Tun'5 Road", "address"), ("Rose Cottage, 3 Pound Hill", "address"),
        ("Old Forge", "address"), ("no 6", "address"), ("no. 20", "address"), ("brandon rd close", "address"),
        ("Flat 6, Heigham Court", "address"), ("IP25 6XT", "postcode"), ("PE37 7RJ", "postcode"),
        ("Watton\nJunior School", "school"), ("Wayland", "school"), ("wayland", "school"), ("Necton Primary", "school"),
        ("l9/11/2O26", "date"), ("l2th", "date"), ("1st", "date"), ("29th", "date"),
        ("February 24th 2027", "date"), ("30.08.22", "dob"), ("+255 754 318 620", "phone"), ("+255 689 214 773", "phone"),
        ("01760 721 384", "phone"), ("VN17 KXO", "vehicle"), ("AO15 MDY", "vehicle"), ("JT 48 27 91 C", "ni"),
        ("NH 31 64 20 B", "ni"), ("362 609 7897", "nhs"), ("9545399104", "nhs"), ("U926175053034", "upn"),
        ("nat.flatman88@gmail.com", "email"), ("scott.harrod@raf.mod.uk", "email"))
UNMARKED = ("Tanzania", "Swahili", "Kisukuma", "Shangazi", "Baba:", "Mama:", "Babu", "RAF Marham", "Swaffham Medical Centre",
            "Watton Medical Practice", "Swaffham Community Larder", "Toftwood & Hockham surgery", "Carers Matter Norfolk",
            "Leeway", "Flagship", "Catch22", "Change Grow", "dodgyboi_n17", "eth.f.11", "jordz_g96", "kaceyb_x",
            "Mr Flops", "P.H.", "A.H.", "Market Cross", "Breckland Children's Services", "Norfolk", "NORFOLK MASH", "2019-2023")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s198)


def test_the_counts():
    checks.counts(s198, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s198, HARD, UNMARKED)
