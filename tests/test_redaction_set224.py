"""Checks of the hand-written held-out redaction set 224 (bench/redaction_set224.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set224 as s224
from tests import hand_set_checks as checks

NAMES, TOTAL = 523, 912
HARD = (("DIXON, Tyler", "name"), ("BIRKETT, Kirsty", "name"), ("DIXON, Wayne", "name"), ("MUSHI, Neema", "name"),
        ("Neema MUSHI", "name"), ("TYSON, Harry", "name"), ("HARTLEY, Kacey", "name"), ("NOWAK, Zofia", "name"),
        ("ASKEW, Callum", "name"), ("Callum ASKEW", "name"), ("Maureen\nBirkett", "name"), ("Amy\nMossop", "name"),
        ("Alison\nKirkbride", "name"), ("Liam\nPrickett", "name"), ("Nora\nBarrow", "name"), ("GiIIian TYS0N", "name"),
        ("A. Kirkbrlde", "name"), ("JuIie Rowe", "name"), ("Gi11ian Tyson", "name"), ("Kasiu", "name"), ("Oskarem", "name"),
        ("Ryanem", "name"), ("Zosia", "name"), ("Aga", "name"), ("Agniesca", "name"), ("Godlisten Kimaro", "name"),
        ("Elibariki Mushi", "name"), ("amz", "name"), ("shan", "name"), ("kace", "name"), ("ty", "name"), ("chloe b", "name"),
        ("maureens", "name"), ("Biff", "name"), ("Moss", "name"), ("Kace", "name"), ("Harry T", "name"),
        ("Heathwaite", "place"), ("heathwaite", "place"), ("Bowness-on-Windermere", "place"), ("bownes", "place"),
        ("Troutbeck\nBridge", "place"), ("Skelwith\nBridge", "place"), ("Chapel Stile", "place"), ("Little Langdale", "place"),
        ("AmbIeside", "place"), ("Grasrnere", "place"), ("KendaI", "place"), ("Moshi", "place"), ("Kibosho", "place"),
        ("Marangu", "place"), ("Dar es Salaam", "place"), ("Gdańsk", "place"), ("Town End", "place"),
        ("Thrang End Farm", "address"), ("Flat 3, 9 Lake Road", "address"), ("no. 16", "address"), ("Wainwrights' Inn", "address"),
        ("lickle road", "address"), ("Crag Brow", "address"), ("LA22 9RP", "postcode"), ("LA23 1HP", "postcode"),
        ("Ambleside St Martin's", "school"), ("Newton Rigg", "school"), ("Kendal College", "school"),
        ("28/O5/l976", "dob"), ("l4 Dec 2O26", "date"), ("1 grudnia", "date"), ("18-19 Nov 2026", "date"), ("summer 2024", "date"),
        ("+255 754 318 902", "phone"), ("+48 512 384 906", "phone"), ("015394 37126", "phone"), ("434 243 4954", "nhs"),
        ("5220751301", "nhs"), ("G909293326234", "upn"), ("NZ 36 71 04 B", "ni"), ("SK 72 40 18 D", "ni"), ("PN70 WKD", "vehicle"),
        ("SF19 XKE", "vehicle"), ("aga.nowak94@wp.pl", "email"))
UNMARKED = ("Westmorland and Furness Council", "CUMBRIA CONSTABULARY", "Fairfield Surgery", "Westmorland General",
            "R0YAL PRESTON H0SPITAL", "HMP Haverigg", "Lakeland Care", "Carers Support Westmorland", "Barnardo's", "Kilimanjaro",
            "Tanzania", "the Glebe", "A591", "Bibi", "Mama", "tata", "tiz_mcr4", "kh_2011", "Swahili")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s224)


def test_the_counts():
    checks.counts(s224, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s224, HARD, UNMARKED, split=('name', 'place'))
