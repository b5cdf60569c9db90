"""Checks of the hand-written held-out redaction set 235 (bench/redaction_set235.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set235 as s235
from tests import hand_set_checks as checks

NAMES, TOTAL = 521, 893
HARD = (("MULLENDER, Tayla", "name"), ("COCKSEDGE, Wayne", "name"), ("MULLENDER Kirsty", "name"), ("FOTSO, Rosine", "name"),
        ("Rosine FOTSO", "name"), ("KOWALCZYK, Oliwia", "name"), ("Filip KOWALCZYK", "name"), ("CATCHPOLE, Kaiden", "name"),
        ("RIX, Macy", "name"), ("WOOLNOUGH, Ivy", "name"), ("Ivy WOOLNOUGH", "name"), ("Kasia WREN", "name"),
        ("Darren\nCocksedge", "name"), ("Niamh\nCattermole", "name"), ("0liwia K0walczyk", "name"), ("Fi1ip", "name"),
        ("T0masz Kowalczyk", "name"), ("Agnieszka Zielińska", "name"), ("Grzegorz Bąk", "name"), ("Hervé", "name"),
        ("Béatrice Nana", "name"), ("Rosi", "name"), ("Ros", "name"), ("Shaz", "name"), ("skinz", "name"), ("kaido", "name"),
        ("jordo", "name"), ("sharons", "name"), ("Ivys", "name"), ("poppy-maes", "name"), ("Pat", "name"), ("Ngassa", "name"),
        ("Pyza", "name"), ("Bruno", "name"), ("TAYLA", "name"), ("KAIDEN", "name"),
        ("Dlss", "place"), ("Sco1e", "place"), ("Pulham\nMarket", "place"), ("pulham market", "place"), ("roydon", "place"),
        ("Bafoussam", "place"), ("Dschang", "place"), ("Douala", "place"), ("Poznań", "place"), ("Gdańsk", "place"),
        ("Hoxne", "place"), ("Heigham", "place"), ("Outney Common", "place"), ("DISS", "place"),
        ("Flat 6, 2 Victoria\nRoad", "address"), ("5 Bungay R0ad", "address"), ("no. 29", "address"), ("dereham rd", "address"),
        ("Maltings Meadow", "address"), ("IP2l 4DX", "postcode"), ("IP20 9EN", "postcode"), ("Sancroft", "school"),
        ("O2/ll/2Ol5", "dob"), ("l8 N0vember 2O26", "date"), ("Christmas Eve", "date"), ("spring 2025", "date"),
        ("+237 677 41 28 93", "phone"), ("+48 512 384 927", "phone"), ("01379 852 611", "phone"), ("PR 63 19 04 B", "ni"),
        ("580 311 0426", "nhs"), ("Y926707617834", "upn"), ("KV70 0JX", "vehicle"), ("AY16 WDF", "vehicle"),
        ("tomek.kowalczyk86@gmail.com", "email"))
UNMARKED = ("Cameroon", "Poland", "Leeway", "A1066", "Wymondham PIC", "Fairstead Partnership", "Grain Co", "Matthew Project",
            "Eye Health Centre", "Holy Trinity churchyard", "Carers Matter Norfolk", "NORFOLK CONSTABULARY", "Tonton", "Babcia",
            "Tata", "Mami", "bluey", "0CR", "KC")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s235)


def test_the_counts():
    checks.counts(s235, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s235, HARD, UNMARKED)
