"""Checks of the hand-written held-out redaction set 59 (bench/redaction_set59.py) that do not use the detector:
its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

import re

from bench import redaction_set59 as s59
from tests import hand_set_checks as checks

NAMES, TOTAL = 537, 952
# names that are words; scripts and letters; short forms; odd formats
HARD = (("TIDY, Ivy", "name"), ("STRINGER, Mason", "name"), ("PULLEN, Ellie", "name"), ("VAN DER MERWE", "name"), ("Deniz DOGAN", "name"),
        ("Huseyin DOGAN", "name"), ("Deniz DOĞAN", "name"), ("Serpil Aydın", "name"), ("Gülşen", "name"), ("Charné du Plessis", "name"),
        ("Mason S", "name"), ("Jodie P", "name"), ("S Cheesman", "name"), ("L. Tidy", "name"), ("G. Penfold", "name"),
        ("Poppy-Mae", "name"), ("Jordan\nMarchant", "name"), ("Merwes", "name"), ("Mari", "name"), ("Mase", "name"), ("El", "name"),
        ("Daz", "name"), ("chlo", "name"), ("reg", "name"), ("lvy", "name"), ("kayleigh", "name"), ("hunt", "name"), ("maisie", "name"),
        ("Heaven", "name"), ("Lock", "name"), ("Lauren Speed", "name"), ("Rosie Knight", "name"), ("Lorraine Tidy", "name"),
        ("Haydar", "name"), ("Qureshi", "name"), ("Lunn", "name"), ("Hannes", "name"), ("Kobus", "name"), ("Pazarcık", "place"),
        ("Köln", "place"), ("Cumhuriyet Mahallesi", "place"), ("Lyttelton Manor", "place"), ("Garsfontein", "place"), ("chi", "place"),
        ("bognor", "place"), ("felpham", "place"), ("littlehampton", "place"), ("Burgess Hlll", "place"), ("Haywards\nHeath", "place"),
        ("Fishbourne", "place"), ("Worthing", "place"), ("Chichester", "place"), ("Bognor Regis", "place"), ("Horsham", "place"),
        ("Collington", "place"), ("Shripney Road", "address"), ("Belmont\nStreet", "address"), ("No. 39", "address"),
        ("no 21", "address"), ("Plot 7", "address"), ("plot 7 warner lane", "address"), ("Atatürk Caddesi No: 41", "address"),
        ("14 Jasmyn Street", "address"), ("Imberhorne Lane", "address"), ("46700", "postcode"), ("0157", "postcode"),
        ("LITTLE PUFFINS", "school"), ("Little Puffins", "school"), ("sheddingdean", "school"), ("selsey academy", "school"),
        ("Pebsham\nPrimary", "school"), ("Tanbridge", "school"), ("Millais", "school"), ("12\nJanuary 2027", "date"),
        ("22 Ekim 2026", "date"), ("twintigste Desember", "date"), ("l0th", "date"), ("3rd", "date"), ("12th", "date"),
        ("11 OCT", "date"), ("30/11/26", "date"), ("6th November 2026", "date"), ("Jun 20, 2025", "date"), ("19-May-2026", "dob"),
        ("28.10.2013", "dob"), ("+90 344 212 4417", "phone"), ("+49 176 2294 6813", "phone"), ("+27 82 614 3307", "phone"),
        ("+27 12 346 1187", "phone"), ("KT 52 83 17 B", "ni"), ("WU7O KPN", "vehicle"), ("WU70 KPN", "vehicle"), ("HN21 OXU", "vehicle"),
        ("911 272 4092", "nhs"), ("R845286221875", "upn"), ("daz.whiting66@gmail.com", "email"))
UNMARKED = ()


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s59)


def test_the_counts():
    checks.counts(s59, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s59, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s59)
    names = [words for words, kind in spans if kind == "name"]
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def _spans():
    return [(doc.text[start:end], kind) for doc in s59.sets()[s59.NAME] for start, end, kind in doc.gold]


def test_organisations_landmarks_and_kinship_words_stay_unmarked():
    spans = _spans()
    texts = "\n".join(doc.text for doc in s59.sets()[s59.NAME])
    for unmarked in ("Bognor Regis Food Bank", "Hothamton Hall", "Bersted Green Surgery", "Worthing Hospital", "Worthing Town Juniors",
                     "Worthing Town Hall", "Worthing Homes", "Burgess Hill Clinic", "Brow Medical Centre", "Princess Royal Hospital",
                     "Conquest Hospital", "St Richard's Hospital", "Strand Medical Group", "Sidley Cuts", "Mardin Market", "Red Lion",
                     "Brooklands Park", "East Beach", "Whyke roundabout", "Steyning", "Sussex Young Voices", "YMCA Dialogue",
                     "Bruno", "Babam", "Annem", "Büyük Nene", "Ouma", "Oupa", "Tannie", "Oom", "Hanım", "Bey", "Dede", "abla",
                     "kaii.h_21", "AR", "West Sussex", "South Africa", "Northern Ireland", "Germany", "Kahramanmaraş", "Mid Sussex",
                     "Arun", "since March", "ITI 40917", "MASH-26-118204", "47260198511", "26-11-3390"):
        assert unmarked in texts, unmarked
        pattern = re.compile(rf"(?<!\w){re.escape(unmarked)}(?!\w)")
        assert not any(pattern.search(words) for words, _kind in spans), unmarked
