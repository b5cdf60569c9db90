"""Checks of the hand-written held-out redaction set 51 (bench/redaction_set51.py) that do not use the detector:
its marking passes its own checker, its size, its own hard cases and the strings it leaves unmarked (the checks every set
shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set51 as s51
from tests import hand_set_checks as checks

NAMES, TOTAL = 601, 1068
# names that are words; scripts; short forms; odd formats
HARD = (("MEMET, Ablikim", "name"), ("TURSUN, Gulnar", "name"), ("ABDUKERIM, Memet", "name"), ("BRADING, Harley", "name"),
        ("Brading J", "name"), ("Harley B.", "name"), ("Yusmary R", "name"), ("Memet", "name"), ("Ab", "name"), ("Adil", "name"),
        ("Nurgul", "name"), ("Nurgül", "name"), ("گۈلنار", "name"), ("دىلنۇر", "name"), ("ئەركىن", "name"), ("Vale", "name"),
        ("Santi", "name"), ("Kersey", "name"), ("TJ", "name"), ("tj", "name"), ("kay", "name"), ("bev", "name"), ("ivy", "name"),
        ("Summer", "name"), ("summer", "name"), ("Amber", "name"), ("amber", "name"), ("Ivy", "name"), ("Pink", "name"),
        ("Gareth Pink", "name"), ("Hannah Fairweather", "name"), ("Liam Fry", "name"), ("Owen Haddock", "name"), ("Hatch", "name"),
        ("Tiny", "name"), ("tiny", "name"), ("TINY", "name"), ("Kaiiii", "name"), ("reeceys", "name"), ("Reecey", "name"),
        ("shel", "name"), ("cal", "name"), ("stace", "name"), ("jade", "name"), ("Lacey\nSperring", "name"), ("NEWNHAM", "name"),
        ("Ghulja", "place"), ("Yining", "place"), ("غۇلجا", "place"), ("Zeytinburnu", "place"), ("Istanbul", "place"),
        ("Almaty", "place"), ("Maracaibo", "place"), ("Tierra Negra", "place"), ("Madrid", "place"), ("Paderborn", "place"),
        ("Tapa", "place"), ("sornerford", "place"), ("bournmouth", "place"), ("pokesdown", "place"), ("turlin moor", "place"),
        ("portland", "place"), ("weymouth", "place"), ("calmore", "place"), ("Boyatt\nWood", "place"), ("Canford\nHeath", "place"),
        ("Picket Twenty", "place"), ("Leigh Park", "place"), ("Bishopstoke", "place"), ("Hamworthy", "place"), ("East Cowes", "place"),
        ("E. Cowes", "place"), ("Somerford", "place"), ("Tidworth", "place"), ("Havant", "place"), ("Andover", "place"),
        ("Cobbs Quay", "address"), ("cobbs quay", "address"), ("58. Sokak", "address"), ("Calle\nde Toledo", "address"),
        ("Am Rosenhang 7", "address"), ("33104", "postcode"), ("twenty-seven Tilbury Walk", "address"), ("52 Furr-", "address"),
        ("longs", "address"), ("33 blandford rd n", "address"), ("no. 16", "address"), ("Flat 2", "address"), ("no. 8", "address"),
        ("Barrack Road", "address"), ("Broadway", "address"), ("Chickerell Road", "address"), ("Havant Downs", "school"),
        ("harbourside", "school"), ("Lansdowne", "school"), ("Bournemouth and Poole College", "school"),
        ("PICKET TWENTY PRIMARY SCHOOL", "school"), ("18 de octubre de 2026", "date"), ("5 de octubre", "date"), ("8", "date"),
        ("12", "date"), ("19 October", "date"), ("12th of october", "date"), ("08-Jul-2026", "dob"), ("5.3.2010", "dob"),
        ("19/2/03", "dob"), ("31\nOctober", "date"), ("31 OCT", "date"), ("+90 532 418 27 63", "phone"), ("+58 412 537 2910", "phone"),
        ("+34 612 448 935", "phone"), ("+49 151 2384 7716", "phone"), ("410 423 5881", "nhs"), ("H835271640388", "upn"),
        ("TH 27 59 13 B", "ni"), ("HF68 OWR", "vehicle"), ("HW17 DZK", "vehicle"), ("yusmary.rondon90@gmail.com", "email"))
UNMARKED = ("Hengistbury Head", "Andover Guildhall", "Tidworth Garrison", "Royal Bournemouth", "Southampton General", "Princess Anne",
            "St Mary's Hospital", "Queen\nAlexandra Hospital", "Staunton Surgery", "Grove Surgery", "Stokewood Surgery",
            "East Cowes Medical Centre", "Hamworthy Boxing Club", "Hampshire Young Carers Alliance", "Southcoast Language Services",
            "Red Funnel", "Coram Voice", "Emmaus", "Swan Centre", "Meon Water Council", "Stour Bay Council", "Kleen", "Peggy", "Bisket",
            "Hazel", "Kingfishers", "Treetops", "Xinjiang", "Turkey", "Estonia", "Germany", "Afghanistan", "Ucrania", "Hampshire",
            "Dorset", "Isle of Wight", "Mami", "Mama", "Ella", "bk.detailing_bmth", "vale.src_", "kaichubbz_11", '"B"', "Mar-Sep 2026",
            "March-April", "Jun 2015", "0300 555 1373", "SLS-4471", "MASH/26/99120", "DP-26-118840", "30144872", "GMC 7033412",
            "K1177420", "5512", "in the summer")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s51)


def test_the_counts():
    checks.counts(s51, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s51, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s51)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Uyghur (Arabic) script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Uyghur script
