"""Checks of the hand-written held-out redaction set 86 (bench/redaction_set86.py) that do not use the detector:
its size, its own hard cases and the strings it leaves unmarked (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set86 as s86
from tests import hand_set_checks as checks

NAMES, TOTAL = 552, 939
# names that are words or towns; scripts; short forms; odd formats
HARD = (("RAMSEY, Brooke", "name"), ("RAMSEY, Tilly-Mae", "name"), ("WONG, Jayden", "name"), ("WONG, Chloe", "name"),
        ("Brooke RAMSEY", "name"), ("Aissatu EMBALÓ", "name"), ("Fatumata BALDÉ", "name"), ("Br ooke Ramsey", "name"), ("Bishop", "name"),
        ("brooke", "name"), ("tills", "name"), ("Tan", "name"), ("pell", "name"), ("Wong Jia Hao", "name"), ("Mei Ling Lim", "name"),
        ("家豪", "name"), ("美玲", "name"), ("小美", "name"), ("黄", "name"), ("Jia Hao", "name"), ("jayden wong", "name"),
        ("Alisha\nGrant", "name"), ("Fatu", "name"), ("Aissa", "name"), ("Madu", "name"), ("Fanta", "name"), ("Yusuf", "name"),
        ("Binta", "name"), ("Shell", "name"), ("Skinny", "name"), ("Reecey", "name"), ("Gemma Crowland", "name"), ("Ruby", "name"),
        ("Rubes", "name"), ("DRING", "name"), ("OLLETT", "name"), ("KAYLEIGH", "name"), ("ruby lou sharpe", "name"), ("Ty", "name"),
        ("Hols", "name"), ("Shan", "name"), ("Kai", "name"), ("Malachi Gayle-Reid", "name"), ("Dex", "name"), ("Cal", "name"),
        ("H. Whittle", "name"), ("Crowland", "place"), ("Eye", "place"), ("March", "place"), ("march", "place"), ("Eye Green", "place"),
        ("怡保", "place"), ("Ipoh", "place"), ("ipoh", "place"), ("Lisboa", "place"), ("Bandim", "place"), ("Gabú", "place"),
        ("Amadora", "place"), ("Pas-\nton", "place"), ("gunthorpe", "place"), ("werrington", "place"), ("Hampton", "place"),
        ("Orton", "place"), ("Kingston", "place"), ("Handsworth Wood", "place"), ("5 Crowland Road", "address"),
        ("Flat 3, 41 Whittlesey Road", "address"), ("Whittlesey Road", "address"), ("Rua Elias Garcia 44, 3.º Esq.", "address"),
        ("Abbotsbury", "address"), ("16", "address"), ("no. 16", "address"), ("flat 4", "address"), ("47 elwyn road", "address"),
        ("chadburn", "address"), ("31 Oundle\nRoad", "address"), ("2700-327", "postcode"), ("dogsthorpe brook", "school"),
        ("Doddington\nFields Primary School", "school"), ("Eye C of E", "school"), ("gunthorpe", "school"), ("Little Acorns", "school"),
        ("10/28/26", "date"), ("5 de dezembro de 2026", "date"), ("3 de março de 1990", "dob"),
        ("Thirtieth of the eleventh, ninety-five", "dob"), ("Twelfth of March twenty-one", "dob"), ("19th\nDecember", "date"),
        ("14th nov", "date"), ("20th", "date"), ("+245 95 552 3871", "phone"), ("+351 912 407 386", "phone"),
        ("+60 12-384 7716", "phone"), ("727 566 6332", "nhs"), ("N874088462339", "upn"), ("JK 42 81 06 B", "ni"), ("KX19 HBF", "vehicle"),
        ("jwong2012@werringtonvale.org.uk", "email"))
UNMARKED = ("Peterborough City Hospital", "City Care Centre", "Sand Martin House", "Hampton Health Partnership", "BABY BANK PETERBOROUGH",
            "HMP Peterborough", "Doddington Dynamos", "Fenland District Council", "LinguaFen", "Hinchingbrooke ED",
            "North Cambs Hospital", "Produce World", "Queensgate", "Kingston Park", "the Cresset", "St Matthew's", "Little\nMiracles",
            "Perkins", "Diesel", "Biscuit", "Bramble", "Bingo", "Kingfishers", "Mamé", "爸爸", "妈妈", "阿嬷", "Avó", "Nha", "Imam",
            "Tia", "Auntie", "k4ne.pbo", "Christmas Day", "April 2025", "August 2025", "about May 2027", "Oct 2026", "Malaysia",
            "Portugal", "Guinea-Bissau", "Jamaica", "the fens", "LF-224918", "NRPTI 31877", "BB-2612-0087", "AX-0419")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s86)


def test_the_counts():
    checks.counts(s86, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s86, HARD, UNMARKED, split=("name", "address", "date", "school", "place"))


def test_its_own_hard_cases():
    spans = checks.spans(s86)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Chinese script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a town in Chinese script
