"""Checks of the hand-written held-out redaction set 75 (bench/redaction_set75.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set75 as s75
from tests import hand_set_checks as checks

NAMES, TOTAL = 568, 1006
# names that are words or towns; scripts; short forms; odd formats
HARD = (("MAYHEW, Taylor-Jay", "name"), ("PETTIT, Brooke", "name"), ("PETTIT-SANDS, Reggie", "name"), ("OKONKWO-REEVES, Kayden", "name"),
        ("REEVES, Stacey Anne", "name"), ("REEVES, Valerie", "name"), ("JEAN-BAPTISTE Marie-Lourdes", "name"), ("REEVES Ruby", "name"),
        ("Ananya GOWDA", "name"), ("Graça COSSA", "name"), ("0KONKWO-REEVES Kayden", "name"), ("0yelaran", "name"), ("P. Mayhew", "name"),
        ("N. BHATT", "name"), ("S. Lennon", "name"), ("M-L Jean-Baptiste", "name"), ("Kabir V", "name"), ("Grace W", "name"),
        ("Anu", "name"), ("anu", "name"), ("Zé", "name"), ("Jonathan\nBaptiste", "name"), ("Brenda Wool-\nlett", "name"),
        ("P-E-T-T-I-T", "name"), ("Summer", "name"), ("Brooke", "name"), ("Jade", "name"), ("Ruby", "name"), ("Grace Whitby", "name"),
        ("Will Hadlow", "name"), ("Iris Marden", "name"), ("Penny Lingfield", "name"), ("Lingfield", "name"), ("Tess Goudhurst", "name"),
        ("Paisley", "name"), ("Stanley", "name"), ("Tye", "name"), ("Thackray", "name"), ("Pope", "name"), ("TJ", "name"), ("tj", "name"),
        ("T J", "name"), ("Reg", "name"), ("reg", "name"), ("kd", "name"), ("KD", "name"), ("Wad", "name"), ("Wadi", "name"),
        ("Yarinha", "name"), ("Bené", "name"), ("Del", "name"), ("nanya", "name"), ("varsha", "name"), ("terry", "name"),
        ("kemsley", "name"), ("graça cossa", "name"), ("Skeng", "name"), ("ಅನನ್ಯ", "name"), ("Marden", "place"), ("Lingfield", "place"),
        ("Paddock", "place"), ("TW", "place"), ("Paddock Wood", "place"), ("paddock wood", "place"), ("Kings Hill", "place"),
        ("kings hill", "place"), ("west malling", "place"), ("Sherwood", "place"), ("Trench Wood", "place"), ("Snodland", "place"),
        ("Swanscombe", "place"), ("SWANLEY", "place"), ("HEXTABLE", "place"), ("Edenbridge", "place"), ("Matola", "place"),
        ("Machava", "place"), ("Maputo", "place"), ("Xai-Xai", "place"), ("Mysuru", "place"), ("Bengaluru", "place"), ("Jacmel", "place"),
        ("Saint-Denis", "place"), ("Margate", "place"), ("Maidstone", "place"), ("tonbridge", "place"), ("Thornton Heath", "place"),
        ("The Green", "address"), ("Brook Lane", "address"), ("Hever Road", "address"), ("no. 10", "address"), ("no. 14", "address"),
        ("Flat 6", "address"), ("Bevan", "address"), ("31 bevan", "address"), ("egerton ave", "address"), ("Greggs Wood Rd", "address"),
        ("31 Bevan P1ace", "address"), ("2 Egert0n\nAvenue", "address"), ("flat above 16 keary rd", "address"),
        ("Rua da Resistência 318", "address"), ("No. 214, 4th Cross, Kuvempunagar", "address"), ("14 rue Gabriel Péri", "address"),
        ("Liberty Square", "address"), ("570023", "postcode"), ("93200", "postcode"), ("TN2", "postcode"), ("ME2O 6QJ", "postcode"),
        ("St Kath-\nerines", "school"), ("st barnabas", "school"), ("hextable primary", "school"), ("Little Acorns", "school"),
        ("Ladds Lane", "school"), ("Leybourne Grange", "school"), ("Eden Valley", "school"), ("Orchards", "school"),
        ("Knockhall", "school"), ("Marimallappa's", "school"), ("North West Kent Alternative Provision Service", "school"),
        ("nine one ninety-two", "dob"), ("26.O4.2010", "dob"), ("09-03-2014", "dob"), ("19.10.2020", "dob"), ("2026-10-12", "date"),
        ("19 déc", "date"), ("3 janvier", "date"), ("5", "date"), ("9 November 2026", "date"), ("4th", "date"), ("21/10/26", "date"),
        ("27th Nov", "date"), ("26th December", "date"), ("21 Sep 2026", "date"), ("+258 84 316 2207", "phone"),
        ("+258 21 492 318", "phone"), ("+91 821 241 6503", "phone"), ("+33 6 48 21 97 35", "phone"), ("+509 3741 2286", "phone"),
        ("07588302914", "phone"), ("Golf Kilo Seven Zero Tango Foxtrot X-ray", "vehicle"), ("LD2l HZK", "vehicle"),
        ("GK70 TFX", "vehicle"), ("JK 40 61 27 B", "ni"), ("WX 66 20 94 B", "ni"), ("514 475 9742", "nhs"), ("Y886166124944", "upn"),
        ("gracacossa88@gmail.com", "email"))
UNMARKED = ("Snodland Medical Centre", "Wateringbury & Kings Hill Surgery", "Swanscombe Health Centre", "Swanley Medical Practice",
            "Tunbridge Wells Hospital", "Maidstone Hospital", "Larkfield Leisure Centre", "Edenbridge Leisure Centre",
            "Edenbridge Library", "Sevenoaks Children's Centre", "Citizens Advice Sevenoaks", "SWANSCOMBE & GREENHITHE HOMES",
            "HMP Elmley", "elmley", "pembury", "Pembury", "Ebbsfleet International", "Bluewater", "Stangrove Park", "Igreja Universal",
            "Asda", "Co-op", "Oakwood", "Medway Vale", "Kent Police", "Hampshire", "Karnataka", "Mozambique", "Moçambique", "India",
            "France", "Haiti", "Bruno", "Mãe", "akka", "appa shouted", "ajji says", "Tatie", "Tonton", "Grann", "Mme", "Tio", "avó",
            "Dona", "Pastor", "Jan-Mar 2025", "1967", "summ.erxx", "lew.h90", "kabir.ldn.v", "ananya.g.11", "the reg", "T.",
            "GMC 7312904", "R-2210458", "EV-26-1184", "88410327", "15402", "Clare's Law")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s75)


def test_the_counts():
    checks.counts(s75, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s75, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s75)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in Kannada script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s75.RECORD_B, [("bad", "Ring [[01322 384 91|phone]] about [[Tio Bené|name]], [[Tatie Guerline|name]],"
                                    " [[Tonton Fritz|name]], [[Mme Alcindor|name]], [[Grann Anise|name]], [[Dona Filomena|name]],"
                                    " [[grandad terry|name]], [[varsha akka|name]] and [[Mrs Ogunleye|name]] on"
                                    " [[Tues 21/10/26|date]] in [[Mozambique|place]], [[Karnataka|place]], [[Kent|place]],"
                                    " [[Hampshire|place]], [[Haiti|place]] and [[France|place]].\n"
                                    "NHS [[606 897 3238|nhs]], UPN [[A886191431230|upn]], NI [[DQ 12 34 56 E|ni]]. Bené said no.")]),)
    found = s75.problems(bad, record_ids=["6068973238"], record_phones=["01322 384 91"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01322 384 91" in p for p in found)
    for word in ("Tio", "Tatie", "Tonton", "Mme", "Grann", "Dona", "grandad", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "akka" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Mozambique", "Karnataka", "Kent", "Hampshire", "Haiti", "France"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 606 897 3238" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Bené' is marked as a name elsewhere" in p for p in found)
