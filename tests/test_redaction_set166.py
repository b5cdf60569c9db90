"""Checks of the hand-written held-out redaction set 166 (bench/redaction_set166.py) that do not use the detector:
its marking checks, its size, its own hard cases and its unmarked organisations and landmarks."""

from bench import redaction_set166 as s166
from tests import hand_set_checks as checks

NAMES, TOTAL = 594, 1016
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BLOOMFIELD, Stacey", "name"), ("CATCHPOLE, Tyler", "name"), ("SPARROW, Summer", "name"), ("TAMANG, Dolma", "name"),
        ("DELGADO-PRICE, Aaliyah N.", "name"), ("DELGADO, Mateo J.", "name"), ("LINTON-HART, Robin", "name"), ("MULLEY Jade", "name"),
        ("ELLIS M", "name"), ("Aaliyah D-P", "name"), ("Lacey-Mae BLOOMFIELD", "name"), ("Chhiring\nLhamu", "name"),
        ("Lewis\nGoldsmith", "name"), ("Shell", "name"), ("Kenz", "name"), ("Tank", "name"), ("Boyds", "name"), ("Stace", "name"),
        ("Kay", "name"), ("Ty", "name"), ("Ash", "name"), ("Rob", "name"), ("Mo", "name"), ("Den", "name"), ("Clare", "name"),
        ("Robin", "name"), ("Summer", "name"), ("Last", "name"), ("Skye", "name"), ("Sudbury", "name"), ("Pam Sudbury", "name"),
        ("Tom Linton", "name"), ("Ivy Frost", "name"), ("Ang Dorje", "name"), ("Sonam", "name"), ("Sabitri", "name"), ("Tam", "name"),
        ("Kirsty", "name"), ("jordan", "name"), ("kay", "name"), ("hannah", "name"), ("craig fenn", "name"), ("summer", "name"),
        ("pat", "name"), ("aaliyah", "name"), ("whitlock", "name"), ("tam", "name"), ("teo", "name"), ("clare", "name"),
        ("sudbury", "name"), ("ruth oakley", "name"), ("bir bahadur", "name"), ("ram", "name"), ("dolma", "name"),
        ("डोल्मा तामाङ", "name"), ("सोनम", "name"), ("जोई", "name"), ("फुर्बा", "name"), ("छिरिङ ल्हामु", "name"), ("Clare", "place"),
        ("Linton", "place"), ("sudbury", "place"), ("Clements", "place"), ("Mildenhall Road estate", "place"), ("Howard estate", "place"),
        ("howard", "place"), ("howard estate", "place"), ("thetford", "place"), ("Great\nWilsey Park", "place"),
        ("Westley estate", "place"), ("Broadwater Farm", "place"), ("Gt Barton", "place"), ("cornard", "place"), ("Killeen", "place"),
        ("San Antonio", "place"), ("austin", "place"), ("Dhading Besi", "place"), ("Boudha", "place"), ("हेभरहिल", "place"),
        ("धादिङ", "place"), ("लन्डन", "place"), ("Ridley\nRoad", "address"), ("Mi1denhall Rd", "address"), ("31\nQueens Road", "address"),
        ("no. 21", "address"), ("no 9", "address"), ("Flat 6", "address"), ("helions", "address"), ("Falcon Cl", "address"),
        ("4418 Rigsby Avenue", "address"), ("Ward 4, Nilkantha", "address"), ("Unit 5185, APO AE 09464", "address"),
        ("Chalkstone Way", "address"), ("78222", "postcode"), ("KEGS", "school"), ("Westley", "school"), ("Coupals\nPrimary", "school"),
        ("Lakenheath HS", "school"), ("Tiny Acorns", "school"), ("Little Owls", "school"), ("Stowmarket High", "school"),
        ("16\nNovember", "date"), ("2l/11/26", "date"), ("11/17/2026", "date"), ("Nov 14", "date"), ("December 2, 2026", "date"),
        ("25-Nov-2026", "date"), ("17.11.26", "date"), ("२०८३ मंसिर ५", "date"), ("5 Mangsir 2083", "date"), ("12 feb", "date"),
        ("2", "date"), ("9", "date"), ("20th", "date"), ("12th", "date"), ("08/27/2012", "dob"), ("01-Oct-2025", "dob"),
        ("+1 512 394 2871", "phone"), ("+1 210 648 3390", "phone"), ("+977 984-1236587", "phone"), ("+977 1-4432156", "phone"),
        ("+44 7753 904612", "phone"), ("JT 48 21 66 B", "ni"), ("AU19 KXF", "vehicle"), ("SN66 XEW", "vehicle"), ("GX22 WLD", "vehicle"),
        ("495 946 5360", "nhs"), ("D935002980615", "upn"), ("jennifer.okafor.3@us.af.mil", "email"))
UNMARKED = ("West Suffolk Hospital", "Ipswich Hospital", "Haverhill Family Practice", "Haverhill Family Hub",
            "Moreton Hall Community Centre", "Joint Base San Antonio-Lackland", "Wilford Hall", "RAF Lakenheath", "HMP Highpoint",
            "Angel Hill Surgery", "Mount Farm Surgery", "Ipswich Town", "Greene King", "Havebury", "Addenbrooke's", "West Suffolk House",
            "West Suffolk College", "Turning Point", "Lark Vale", "Tesco", "Primark", "Lidl", "Life360", "LanguageLine", "Lhosar",
            "Nelson", "Wolf", "Bossman", "Unc T", "texas", "the States", "Cambs", "Suffolk Family Carers", "St John's", "didi", "aama",
            "आमा", "0ctober", "Crime ref", "55120", "KL/4", "48th Medical Group")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s166)


def test_the_counts():
    checks.counts(s166, NAMES, TOTAL)


def test_its_own_size_checks():
    assert all(len(docs_) == 4 for _record, docs_ in s166._PAIRS)


def test_the_hard_cases_are_there():
    checks.hard_cases(s166, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s166)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Devanagari script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Devanagari script


def test_the_checks_can_fail():
    bad = ((s166.RECORD_E, [("bad", "Ring [[0161 946 221|phone]] about [[Sonam didi|name]], [[Ang Dorje dai|name]],"
                                    " [[TSgt Marcus Delgado|name]], [[Grandma Tam|name]] and [[Ms. Dana Whitlock|name]] on"
                                    " [[Sunday 13 December|date]] in [[Nepal|place]], [[Texas|place]] and [[Suffolk|place]].\n"
                                    "NHS [[541 162 7967|nhs]], UPN [[A935002980615|upn]]. Sonam said no.")]),)
    found = s166.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("TSgt", "Grandma", "Ms."):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("didi", "dai"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Nepal", "Texas", "Suffolk"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("'Sonam' is marked as a name elsewhere" in p for p in found)
