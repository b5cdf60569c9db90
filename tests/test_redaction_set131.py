"""Checks of the hand-written held-out redaction set 131 (bench/redaction_set131.py) that do not use the detector:
its marking is clean, its size, its own hard cases and the organisations and landmarks left unmarked."""

from bench import redaction_set131 as s131
from tests import hand_set_checks as checks

NAMES, TOTAL = 590, 1036
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HARTLEY, Kaylan", "name"), ("RADCLIFFE, Tyler-Jay", "name"), ("DIALLO, Fatoumata", "name"), ("FLETCHER, Chantelle", "name"),
        ("Dilan KARIMI", "name"), ("N. Ormerod", "name"), ("C Radcliffe", "name"), ("Rhys\nPendlebury", "name"),
        ("Precious\nMoyo", "name"), ("C.\nFletcher", "name"), ("Fatty\nMartha", "name"), ("I shah to", "name"), ("ricoo", "name"),
        ("Kieran", "name"), ("Kez", "name"), ("Dee", "name"), ("Kay", "name"), ("kay", "name"), ("tegz", "name"), ("ellie mae", "name"),
        ("jordan", "name"), ("jordan h", "name"), ("TJ", "name"), ("tj", "name"), ("Kel", "name"), ("Chan", "name"), ("Shaggy", "name"),
        ("shaggy", "name"), ("Papis", "name"), ("Fanta", "name"), ("Gem", "name"), ("Mo", "name"), ("Bev", "name"), ("Pat", "name"),
        ("Tony", "name"), ("Kawa", "name"), ("kawa", "name"), ("zahra", "name"), ("Fatma", "name"), ("Hawa", "name"), ("Thierno", "name"),
        ("Binta", "name"), ("Karimi", "name"), ("Hussain", "name"), ("Radcliffe", "name"), ("Ainsworth", "name"), ("Chorley", "name"),
        ("Leigh", "name"), ("Lauren Bury", "name"), ("Sam Lever", "name"), ("Jade Hulton", "name"), ("Ian Kay", "name"),
        ("Hannah Lord", "name"), ("Summer Hope", "name"), ("Sky", "name"), ("sky", "name"), ("Dawn Kenyon", "name"), ("Grace", "name"),
        ("زەهرا", "name"), ("دیلان", "name"), ("ديلان", "name"), ("ئارام", "name"), ("زهرا", "name"), ("Radcliffe", "place"),
        ("Ainsworth", "place"), ("ainsworth", "place"), ("Chorley", "place"), ("Leigh", "place"), ("Little Lever", "place"),
        ("Leyland", "place"), ("leyland", "place"), ("farny", "place"), ("breightmet", "place"), ("horwich", "place"),
        ("blackrod", "place"), ("La bay", "place"), ("Labé", "place"), ("Kadhimiya", "place"), ("Slemani", "place"),
        ("Sulaymaniyah", "place"), ("Ratoma", "place"), ("Saint-Denis", "place"), ("Tenerife", "place"), ("Little Hulton", "place"),
        ("BOLTON", "place"), ("Bolton", "place"), ("Chorley Old Road", "address"), ("Flat 9, 414 Chorley Old Road", "address"),
        ("roscow", "address"), ("plodder lane", "address"), ("hacken lane", "address"), ("mytham rd", "address"), ("lee lane", "address"),
        ("Dobb Brow", "address"), ("65", "address"), ("12", "address"), ("7", "address"), ("63", "address"),
        ("14 rue Gabriel Péri", "address"), ("93200", "postcode"), ("Smithills", "school"), ("Masefield", "school"),
        ("Harper Green", "school"), ("Bolton College", "school"), ("Little Acorns Day Nursery", "school"),
        ("Tiny Steps Nursery", "school"), ("Westhoughton High", "school"), ("Rivington and Blackrod", "school"),
        ("second of September twenty thirteen", "dob"), ("1er décembre 2026", "date"), ("19-Mar-2024", "dob"), ("27-Nov-2026", "date"),
        ("21st", "date"), ("18th", "date"), ("19th", "date"), ("15th", "date"), ("2-3 October", "date"), ("28/11", "date"),
        ("+964 770 418 2936", "phone"), ("+224 622 48 17 35", "phone"), ("+33 6 12 47 83 90", "phone"), ("+34 622 418 097", "phone"),
        ("07458 213 967", "phone"), ("RX21 PLV", "vehicle"), ("BD67 RWN", "vehicle"), ("YF18 MZU", "vehicle"), ("WL 51 38 22 D", "ni"),
        ("703 357 1046", "nhs"), ("K350208942732", "upn"), ("gemmamakin87@hotmail.co.uk", "email"))
UNMARKED = ("Royal Bolton Hospital", "Bolton Wanderers", "Bolton at Home", "Bolton Crown Court", "HMP Styal",
            "Westhoughton Health Centre", "Kearsley Medical Centre", "Mandalay Medical Centre", "Brazley Medical Practice", "Early Break",
            "Castle Hill Centre", "Moss Bank Park", "Moss Bank", "Rivington Pike", "Toughsheet Community Stadium", "the Interchange",
            "Bolton Town Hall", "Horwich Clinic", "Kooth", "Papyrus HOPELINE", "Sign Lingo Northern", "Achieve", "CROAL IRWELL", "Fouta",
            "Guinea", "Iraq", "Iran", "ricoo_bl1", "skyyy_m", "k.zz.x", "nan 💜", "Dapir 🌹", "Kak", "dapir", "daya", "Tanti", "Hadja",
            "Elhadj", "Baaba", "Madame", "Nanny", "Grandad", "A8842CK", "88-441302", "AH/1", "21877", "19044", "Feyli", "Pulaar",
            "Guinean", "Styal monthly", "granny")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s131)


def test_the_counts():
    checks.counts(s131, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s131, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s131)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Kurdish and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "address")
