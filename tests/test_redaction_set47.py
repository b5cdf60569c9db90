"""Checks of the hand-written held-out redaction set 47 (bench/redaction_set47.py) that do not use the detector:
its marking, its size and its hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set47 as s47


def test_the_marking_is_clean_and_the_size_is_known():
    assert "without reading the detector" in s47.NAME
    assert s47.problems() == []
    docs = s47.sets()[s47.NAME]
    assert len(docs) == 10
    spans = [kind for doc in docs for _start, _end, kind in doc.gold]
    assert spans.count("name") == 131
    assert len(spans) == 277


def test_the_hard_cases_are_there():
    spans = [(doc.text[start:end], kind) for doc in s47.sets()[s47.NAME] for start, end, kind in doc.gold]
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in messages
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    for kind in ("name", "address", "date"):
        assert any("\n" in words for words, k in spans if k == kind), kind  # split across a line break
    for words, kind in (("HOLMES, Callum", "name"), ("DIOP, Moussa", "name"), ("PRIESTLEY, Kayla", "name"),
                        ("claudine", "name"), ("B. Holmes", "name"),
                        ("Nadia\nBegum", "name"), ("IRAKOZE, Ange", "name"), ("Harper RHODES", "name"),
                        ("Claudine NDAYISHIMIYE", "name"), ("Cal", "name"), ("Pat Rose", "name"), ("Liam Green", "name"),
                        ("Tony Lockwood", "name"), ("Amber\nHey", "name"), ("Sharon\nMoss", "name"), ("Skinny", "name"),
                        ("tyler", "name"), ("moussa", "name"), ("jo", "name"), ("ruth", "name"), ("Béatrice Ndayishimiye", "name"),
                        ("knotty", "place"), ("Swarcliffe", "place"), ("0ak Tree Drive", "address"),
                        ("41 Belle Isle\nRoad", "address"), ("ponte", "place"), ("bierley", "place"), ("beeston", "place"),
                        ("Rohero", "place"), ("Bujumbura", "place"), ("Dakar", "place"), ("Brussels", "place"),
                        ("no. 16", "address"), ("no. 31", "address"), ("Flat 6", "address"), ("broadstone way", "address"),
                        ("Avenue de la Mission 14", "address"), ("Harrogate\nRoad", "address"), ("Gipton Brook", "school"),
                        ("Thorpe Edge", "school"), ("8th\nNovember", "date"), ("10/11", "date"), ("02-10-2026", "date"),
                        ("9 Nov 2026", "date"), ("11 Feb 2019", "dob"), ("+257 79 45 12 38", "phone"),
                        ("+221 77 645 32 19", "phone"), ("+32 2 512 45 67", "phone"), ("YK69 HXD", "vehicle"),
                        ("leesykes85@gmail.com", "email"), ("669 060 1048", "nhs"), ("V380051847156", "upn")):
        assert (words, kind) in spans, (words, kind)
    texts = "\n".join(doc.text for doc in s47.sets()[s47.NAME])
    for unmarked in ("Aire Vale Children's Services", "Bradford Dale Youth", "Calder Wake", "Pinderfields", "Greggs",
                     "PlayStation", "dave's kebabs", "Burundi", "Kirundi", "senegal", "Mon ", "Thursday", "reg started", "101",
                     "MASH", "Bradford Royal Infirmary", "Audi", "Middleton Park Surgery",
                     "West Yorkshire Police", "NRM", "Teams", "(Mrs)", "Maman", "Mme", "madame"):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
