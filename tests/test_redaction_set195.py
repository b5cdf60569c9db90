"""Checks of the hand-written held-out redaction set 195 (bench/redaction_set195.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set195 as s195
from tests import hand_set_checks as checks

NAMES, TOTAL = 544, 916
HARD = (("METCALFE, Kaiden", "name"), ("NG Siu-ling", "name"), ("CHUA Wing-kit", "name"), ("Wing-kit CHUA", "name"),
        ("LAMBERT, Jake", "name"), ("HARKER, Freya", "name"), ("BRENNAN Oscar", "name"), ("Megan\nThrelfall", "name"),
        ("Priya\nShah", "name"), ("吳小玲", "name"), ("蔡永傑", "name"), ("海欣", "name"), ("嘉豪", "name"), ("Ho Ho", "name"),
        ("Hoi-yan", "name"), ("Ka-ho", "name"), ("Kit", "name"), ("Oz", "name"), ("Deano", "name"), ("lily-mae", "name"),
        ("liam capstick", "name"), ("niamh b", "name"), ("carol", "name"), ("Lily-Mae DlNSDALE", "name"),
        ("E11ie Thwaite", "name"), ("Kirkbrides", "name"), ("Chloe", "name"), ("Jade", "name"),
        ("Giggleswick", "place"), ("giggleswick", "place"), ("Gigg1eswick", "place"), ("Langc1iffe", "place"),
        ("Askrlgg", "place"), ("Gayle", "place"), ("gayle", "place"), ("霍斯", "place"), ("汕頭", "place"), ("利本", "place"),
        ("Shantou", "place"), ("Kowloon", "place"), ("Dublin", "place"), ("Horton in\nRibblesdale", "place"),
        ("long preston", "place"), ("high bentham", "place"), ("Burton-in-Lonsdale", "place"), ("Stainforth", "place"),
        ("Austwick", "place"), ("Ingleton", "place"), ("ingleton", "place"), ("Hawes", "place"),
        ("Fell View, 4 Townhead Lane", "address"), ("Garth End, Moor Rd", "address"), ("7 Bankwel1 Close", "address"),
        ("Flat 2, 6 Railway Street", "address"), ("no. 9", "address"), ("no. 4", "address"), ("Low Mill House", "address"),
        ("BD24 OBX", "postcode"), ("DL8 3RZ", "postcode"), ("LA2 7LF", "postcode"), ("Wensleydale", "school"),
        ("settle college", "school"), ("Hawes Community Primary", "school"), ("Wens1eydale Schoo1", "school"),
        ("十月十四日", "date"), ("26/11/2O26", "date"), ("l2 January 2O27", "date"), ("Christmas Eve", "date"),
        ("29th", "date"), ("14th", "date"), ("5 Oct", "date"), ("2/11", "date"),
        ("O2/O8/2O23", "dob"), ("14/03/2018", "dob"), ("+86 138 2543 9071", "phone"), ("+852 9183 4726", "phone"),
        ("O7712 384951", "phone"), ("01969 667281", "phone"), ("SN 73 41 28 D", "ni"), ("JW 28 64 91 B", "ni"),
        ("YG18 HNP", "vehicle"), ("PE17 WZK", "vehicle"), ("YK15 OTA", "vehicle"), ("960 336 1496", "nhs"),
        ("1539639991", "nhs"), ("B815335236375", "upn"), ("Y815507561596", "upn"), ("lingng.hk@gmail.com", "email"),
        ("megan.threlfall@dalesvale.gov.uk", "email"))
UNMARKED = ("North Yorkshire", "Lancashire", "Hong Kong", "香港", "Settle Children and Families Hub", "Central Dales Practice",
            "Townhead Surgery", "Wensleydale young carers", "Ingleton Waterfalls Trail", "falls walk car park", "Golden Lion",
            "King's Arms", "deano_lx", "jakey.l11", "cal_bibbs", "lancs", "阿伯", "A-pak", "a-ma", "August 2025", "February",
            "March", "Saturday", "PE17 ...", "the 581 bus", "Ingleborough class", "Horizons", "Carers' Resource", "IDAS")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s195)


def test_the_counts():
    checks.counts(s195, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s195, HARD, UNMARKED)
