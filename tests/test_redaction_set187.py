"""Checks of the hand-written held-out redaction set 187 (bench/redaction_set187.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set187 as s187
from tests import hand_set_checks as checks

NAMES, TOTAL = 539, 907
HARD = (("THURLOW, Kacey", "name"), ("ZANIER, Nadia", "name"), ("CANDOTTI, Daniele", "name"), ("CATCHPOLE, Riley", "name"),
        ("ALDOUS, Poppy", "name"), ("Ellie-Mae GIRLING", "name"), ("Kerry GIRLING", "name"), ("Oscar BALDRY", "name"),
        ("RILEY CATCHPOLE", "name"), ("Brenda\nThurlow", "name"),
        ("Carol\nAshford", "name"), ("Marco\nBearzi", "name"), ("Steve\nCatchpole", "name"), ("Hazel\nKerrison", "name"),
        ("C. Ashford", "name"), ("E-M Girling", "name"), ("R. Girling", "name"), ("Luigjia", "name"), ("Ane", "name"),
        ("Tite", "name"), ("Bepi", "name"), ("Gigi", "name"), ("Robbo", "name"), ("kez", "name"), ("riles", "name"),
        ("charlie jo", "name"), ("cj", "name"), ("han", "name"), ("brenda", "name"), ("jesop", "name"), ("A1fie", "name"),
        ("R0y", "name"), ("0akes", "name"), ("Kaz", "name"), ("Tom", "name"), ("Pat", "name"), ("Pipe", "name"),
        ("Holton", "place"), ("Southwold", "place"), ("southwold", "place"), ("Wrentham", "place"), ("Wrenthan", "place"),
        ("S0uthwold", "place"), ("Lowest0ft", "place"), ("Kess", "place"), ("Wangford", "place"), ("Wenhaston", "place"),
        ("wenhaston", "place"), ("Tarcento", "place"), ("Tarcint", "place"), ("Udine", "place"), ("bungay", "place"),
        ("earsham", "place"), ("Ilketshall St Margaret", "place"), ("Great Yarmouth", "place"), ("Oulton\nBroad", "place"),
        ("Flat 2, 14 Pier Avenue", "address"), ("The Bungalow, 9 Marram Way", "address"), ("vie Udin", "address"),
        ("Via Udine", "address"), ("Flat 3", "address"), ("number 20", "address"), ("no. 4", "address"),
        ("the Lindens", "address"), ("IP18 6BL", "postcode"), ("NR33 0AZ", "postcode"), ("Sir John Leman", "school"),
        ("Warren", "school"), ("Waveney Valley", "school"), ("24 di Dicembar", "date"), ("23rd N0vember", "date"),
        ("11th march", "date"), ("28th", "date"), ("2nd", "date"), ("7/11", "date"), ("11.03.2017", "dob"), ("12/9/1989", "dob"),
        ("+39 347 218 5540", "phone"),
        ("+39 0432 962 315", "phone"), ("01986 872 415", "phone"), ("AK17 XRM", "vehicle"), ("WU19 KFP", "vehicle"),
        ("JT 41 72 58 C", "ni"), ("PW 38 21 65 D", "ni"), ("932 541 0591", "nhs"), ("5792909830", "nhs"),
        ("J935161790606", "upn"), ("U935156280230", "upn"), ("nadia.zanier86@gmail.com", "email"))
UNMARKED = ("Suffolk", "Norfolk", "Friuli", "Italy", "Spain", "Halesworth Library", "Wrentham Surgery", "Bungay Town FC",
            "Cutlers Hill Surgery", "Waveney North", "Fogolâr Furlan", "Northgate", "James Paget", "Buttercross", "maltings",
            "lighthouse", "Biscuit", "Tyson", "Rex", "JD", "Christmas", "Nona", "zio", "papà", "Saturday", "Busy Bees",
            "Turning Point", "Leeway", "(4471)", "PIC")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s187)


def test_the_counts():
    checks.counts(s187, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s187, HARD, UNMARKED)
