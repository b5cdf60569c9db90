"""Checks of the hand-written held-out redaction set 42 (bench/redaction_set42.py) that do not use the detector:
its own hard cases, its counts and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set42 as s42
from tests import hand_set_checks as checks

NAMES, TOTAL = 513, 1008
# names that are words or towns; scripts; short forms; odd formats
HARD = (("TSERING,\nPema", "name"), ("TSERING, Dawa", "name"), ("Lee Fish-\ner", "name"), ("Pema Yangchen TSERING", "name"),
        ("Harley James WINDER", "name"), ("R Dixon", "name"), ("Tayler R", "name"), ("lee f", "name"), ("rhiannon d", "name"),
        ("ellis c", "name"), ("stacy hall", "name"), ("Stacey Hall", "name"), ("Hall", "name"), ("Fell", "name"), ("Hope", "name"),
        ("Callum Little", "name"), ("Jordan Bell", "name"), ("Lamb", "name"), ("Marian Lord", "name"), ("HARGREAVES", "name"),
        ("LORD", "name"), ("Becker", "name"), ("Yıldız", "name"), ("Bishop", "name"), ("Bish", "name"), ("bishop", "name"),
        ("Karma", "name"), ("karma", "name"), ("Grace", "name"), ("Ben Tyson", "name"), ("Paul Tyson", "name"), ("Dale", "name"),
        ("Mounseys", "name"), ("Pema", "name"), ("Tenzin Dolma", "name"), ("Sonam Tsering", "name"), ("Lhakpa Dolkar", "name"),
        ("Leefy", "name"), ("arley", "name"), ("Channy", "name"), ("Dez", "name"), ("Peems", "name"), ("MEGAN ROBIN5ON", "name"),
        ("Jordan Be11", "name"), ("Jelena PETROVIĆ", "name"), ("Petrović", "name"), ("Dragan Petrović", "name"),
        ("Milica Jovanović", "name"), ("པདྨ", "name"), ("ཟླ་བ", "name"), ("ལྷག་པ་སྒྲོལ་དཀར", "name"), ("པདྨ་དབྱངས་ཅན", "name"),
        ("Лука", "name"), ("Крег", "name"), ("Милу", "name"), ("Милица", "name"), ("alfie", "name"), ("craig", "name"), ("mila", "name"),
        ("jess", "name"), ("Нови Сад", "place"), ("Новог Сада", "place"), ("Штутгарт", "place"), ("Novi Sad", "place"),
        ("Stuttgart", "place"), ("Toronto", "place"), ("toronto", "place"), ("McLeod Ganj", "place"), ("Dharamshala", "place"),
        ("DHARAMSALA", "place"), ("Bylakuppe", "place"), ("Lhasa", "place"), ("Marsh", "place"), ("Scale Hall", "place"),
        ("Halton", "place"), ("halton", "place"), ("Grange", "place"), ("South Shore", "place"), ("Kenda1", "place"),
        ("Mirehouse", "place"), ("mirehouse", "place"), ("kells", "place"), ("egremont", "place"), ("Harraby", "place"),
        ("Poulton", "place"), ("Skerton", "place"), ("Croftlands", "place"), ("Sandylands", "place"), ("Carlisle", "place"),
        ("Fellview", "address"), ("Bulevar oslobođenja 27", "address"), ("Jogiwara Road", "address"), ("Königstraße 9", "address"),
        ("Botchergate", "address"), ("lytham rd", "address"), ("lund park", "address"), ("seathwaite", "address"),
        ("27 meadow rd", "address"), ("29", "address"), ("36", "address"), ("Flat 3, 18 Windermere Rd", "address"), ("21000", "postcode"),
        ("70173", "postcode"), ("176219", "postcode"), ("Jovan\nJovanović Zmaj", "school"), ("Јован Јовановић Змај", "school"),
        ("Richard Rose", "school"), ("Our Lady's", "school"), ("Little Acorns", "school"), ("ULVERSTON VICTORIA HIGH SCHOOL", "school"),
        ("Croftlands Junior", "school"), ("28.08.2026.", "date"), ("11 / 02 / 2009", "dob"), ("12th", "date"), ("8th", "date"),
        ("22", "date"), ("23 January", "date"), ("11th of December", "date"), ("27th Oct 2026", "date"), ("24-11-26", "date"),
        ("+91 98160 47213", "phone"), ("+1 416 555 0199", "phone"), ("+49 1512 3456789", "phone"), ("+381 64 218 3347", "phone"),
        ("+381 21 452 118", "phone"), ("01946 820553", "phone"), ("07480 315726", "phone"), ("SN 41 87 22 C", "ni"),
        ("JR 62 40 18 B", "ni"), ("S-DP 4481", "vehicle"), ("PN19 KXV", "vehicle"), ("KN17 WZD", "vehicle"), ("870 722 9712", "nhs"),
        ("F888717625112", "upn"), ("K909072463823", "upn"), ("ellisc2014@icloud.com", "email"), ("lsc.ulverstonhc@nhs.net", "email"))
UNMARKED = ("Royal Lancaster Infirmary", "University Hospitals of Morecambe Bay", "Kendal Foyer", "Mirehouse Children's Centre",
            "Whitehaven Civic Hall", "Ulverston Community Health Centre", "furness general", "Westmorland General Hospital",
            "Ashton House", "Brunswick House Medical Group", "Flatt Walks HC", "the Family Court sitting at Lancaster", "Carleton Clinic",
            "Castle Chambers", "Ryelands Park", "Millennium Bridge", "Greyhound", "Coronation Hall", "clock tower", "The Lanes",
            "Storey Creative Industries Centre", "Nelson", "Easter", "Christmas Eve", "Losar", "Sept 2021", "Jun-25",
            "Westmorland and Furness", "Cumbria", "Lancashire", "Tibet", "Nepal", "India", "Serbia", "Germany", "Canada", "bish.l4l",
            "harls_w11", "jodie.winder92", "tay.r_x", "harley.w.11", "Mam 💕", "Тата", "Баба", "Amala", "Pala", "Mola", "Geshe", "-la",
            "KL", "BP", 'tattoo "P"', "W0418862", "TL-4471", "AX-2207", "26/LA/118420", "ML/PET/0912-3", "Unity", "Bay Care",
            "Furness Young Carers")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s42)


def test_the_counts():
    checks.counts(s42, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s42, HARD, UNMARKED, split=("name", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s42)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Tibetan and Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic script


def test_the_checks_can_fail():
    bad = ((s42.RECORD_C, [("bad", "Ring [[01524 41 823|phone]] about [[Luka|name]], [[Баба Милица|name]], [[Mola Lhakpa|name]],"
                                    " [[Geshe Thupten|name]], [[DS Kerry Whiteside|name]] and [[Ms Dolma|name]] on"
                                    " [[Saturday 21 November|date]] in [[Tibet|place]], [[Serbia|place]], [[Cumbria|place]] and"
                                    " [[Westmorland and Furness|place]].\n"
                                    "NHS [[870 722 9713|nhs]], UPN [[A888717625112|upn]], NI [[DQ 12 34 56 E|ni]]. Luka said no.")]),)
    found = s42.problems(bad, record_ids=["8707229713"], record_phones=["01524 41 823"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01524 41 823" in p for p in found)
    for word in ("Баба", "Mola", "Geshe", "DS", "Ms"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Tibet", "Serbia", "Cumbria", "Westmorland and Furness"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 870 722 9713" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Luka' is marked as a name elsewhere" in p for p in found)
