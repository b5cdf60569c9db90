"""Checks of the hand-written held-out redaction set 94 (bench/redaction_set94.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set94 as s94
from tests import hand_set_checks as checks

NAMES, TOTAL = 527, 975
# names that are words or towns; scripts; short forms; odd formats
HARD = (("PLANT, Kaydan", "name"), ("PLANT, Shannon", "name"), ("SALEK, Salka", "name"), ("BACHIR, Mohamed Lamin", "name"),
        ("BOSSONS, Ruby-Leigh", "name"), ("Malik, Zara", "name"), ("MOHAMED LAMIN", "name"), ("G Kinsey", "name"), ("P. Chauhan", "name"),
        ("Tyler S", "name"), ("Emine M", "name"), ("Nevaeh W", "name"), ("Tom Ryder", "name"), ("Paula Hollins", "name"),
        ("Ayshe\nMehmedova", "name"), ("Plant", "name"), ("Kev Plant", "name"), ("Lee Stone", "name"), ("Heath", "name"),
        ("Martin Heath", "name"), ("Fenton", "name"), ("Tunstall", "name"), ("Ashleigh Dale", "name"), ("Hannah Wood", "name"),
        ("Summer", "name"), ("Grace Adjei", "name"), ("Millie", "name"), ("Johnson", "name"), ("Zeds", "name"), ("Deggsy", "name"),
        ("Wuby", "name"), ("Kay", "name"), ("Mase", "name"), ("Jord", "name"), ("kaydan", "name"), ("summer", "name"), ("lyn", "name"),
        ("tyler", "name"), ("craig bennett", "name"), ("ellie mae", "name"), ("A1fie Boss0ns", "name"), ("Hannah W00d", "name"),
        ("Caro1 Mitche11", "name"), ("Сабрие", "name"), ("Айше", "name"), ("Емине", "name"), ("Хасан", "name"), ("سالكة سالك", "name"),
        ("الغالية", "name"), ("Lucía Fernández Ortega", "name"), ("Stone", "place"), ("Fenton", "place"), ("fenton", "place"),
        ("Dresden", "place"), ("Milton", "place"), ("Smara", "place"), ("Tindouf", "place"), ("Vitoria-Gasteiz", "place"),
        ("Vitoria", "place"), ("Смолян", "place"), ("Могилица", "place"), ("Лонгтън", "place"), ("Mogilitsa", "place"),
        ("trent\nvale", "place"), ("butt ln", "place"), ("Abbey Hu1ton", "place"), ("Talke Pits", "place"), ("Cross Heath", "place"),
        ("Normacot", "place"), ("Birches Head", "place"), ("Blurton", "place"), ("no. 27", "address"), ("Church\nStreet", "address"),
        ("ул. Христо Ботев 12", "address"), ("Calle Cuchillería 14, 2º", "address"), ("calle Zabalbide 40", "address"),
        ("6 Greas1ey Road", "address"), ("high st", "address"), ("4736", "postcode"), ("01012", "postcode"), ("01001", "postcode"),
        ("kidsgrove sec", "school"), ("Kidsgrove\nSecondary", "school"), ("Blurton Priory", "school"), ("Sandon", "school"),
        ("Little Acorns", "school"), ("Instituto Ekialde", "school"), ("CEIP Aranbizkarra", "school"), ("13\nNovember 2026", "date"),
        ("15-ти", "date"), ("15th", "date"), ("3rd", "date"), ("2 de agosto de 2023", "date"), ("O1/O3/2O26", "date"),
        ("O8/O8/2O21", "dob"), ("fourth of October twenty thirteen", "dob"), ("9.2.12", "dob"), ("+359 87 954 2216", "phone"),
        ("+34 612 48 73 05", "phone"), ("+34 945 16 27 48", "phone"), ("07958 632104", "phone"), ("NE 47 19 62 B", "ni"),
        ("SZ 30 77 14 A", "ni"), ("WU19 KDX", "vehicle"), ("FN17 WXY", "vehicle"), ("821 446 0751", "nhs"), ("T861389316998", "upn"),
        ("C860660721368", "upn"), ("igoikoetxea@araba.eus", "email"))
UNMARKED = ("Royal Stoke", "Stoke City", "Blurton Methodist Church", "Blurton Hub", "Stoke Family Hub", "Longton Hall Surgery",
            "Meir Primary Care", "Longton Clinic", "Bentilee\nNeighbourhood Centre", "Stoke Recovery Service", "Stoke Young Carers",
            "Kidsgrove Youth Project", "Abbey Hulton Medical Centre", "Silverdale and Knutton Health Partnership", "Newcastle Town",
            "Castle House", "Vapour Lounge", "HMP Dovegate", "Stoke Crown Court", "Florence Colliery", "Alton Towers", "Normacot mosque",
            "Trent Potteries", "Lyme Brook", "Staffordshire", "Bulgaria", "Inglaterra", "Western Sahara", "Algeria", "Álava", "Bruno",
            "Roxy", "Grandad Bus", "Баба", "baba", '"Z"', "senior", "Jan 2023", "SP-20261120-0419", "SE26C00512", "2026/INF/3381",
            "ID 40419", "4471")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s94)


def test_the_counts():
    checks.counts(s94, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s94, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s94)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic


def test_the_checks_can_fail():
    bad = ((s94.RECORD_C, [("bad", "Ring [[01782 000 00|phone]] about [[Emine|name]], [[Баба Сабрие|name]], [[Rev. Paula Hollins|name]],"
                                    " [[Sr. Capewell|name]] and [[Mrs Plant senior|name]] on [[Friday 11 December|date]] in"
                                    " [[Bulgaria|place]], [[Staffordshire|place]] and [[Inglaterra|place]].\n"
                                    "NHS [[541 162 7967|nhs]], UPN [[A861438623207|upn]], NI [[DQ 12 34 56 E|ni]]. Emine said no.")]),)
    found = s94.problems(bad, record_ids=["5411627967"], record_phones=["01782 000 00"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Баба", "Rev.", "Sr.", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Bulgaria", "Staffordshire", "Inglaterra"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Emine' is marked as a name elsewhere" in p for p in found)
