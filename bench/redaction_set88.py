"""Set 88: a held-out hand-written set for the redaction detector, six invented families in Ealing and Hounslow, written in one
short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py, bench/README.md,
tests/test_redaction_hand_sets.py, or bench/redaction_set86.py, redaction_set87.py, redaction_set89.py and their tests (written
by other helpers at the same time), that did not run the detector or any bench script that runs it, that ran no git command,
and that looked at no detector output. What was read: bench/redaction_set21.py (its docstring, first record and document, and
its closing lists and helpers) and tests/test_redaction_set21.py in full, the docstrings of sets 7 to 85 (printed only, then
searched for town and community words to avoid earlier homes and communities), and the helper names of
bench/redaction_handwritten.py. NHS numbers were made with python-stdnum and phones checked with phonenumbers in small
snippets. The record constructors are imported from the detector module only to build records. Once, while the detector was being
edited, a self-check run failed on import and its traceback showed one line of a regular expression in detect.py; nothing in
this set was changed because of it, and later checks were first run with their output thrown away until the import worked.

Because of a hard deadline this set is small: 24 short documents, four per family, with 473 gold spans (far fewer than
the 900 asked for), and it has no UPNs or NI numbers. Families (homes no earlier set used): a white British family in Hanwell (Doyle /
Fenwick; neglect, a neighbour's
concern), a Valmiki Punjabi Hindu family in Northolt (Hans / Sahota; a message in Gurmukhi, a grandmother in Jalandhar), an
Ahwazi Arab family in Hounslow West (Kaabi / Sawari; names in Arabic script, family in Ahvaz), a Black British Caribbean
family in Brentford (Campbell / Clarke), a mixed family in Greenford (Lewis / Okafor) and a white British family in
Isleworth (Chapman / Wilde). Two communities no earlier set used: Valmiki Punjabi and Ahwazi Arab. Document types: case
notes typed on a phone, a neighbour's email, a chronology, texts, a WhatsApp chat, a referral form, strategy minutes, a
grandmother's voice note translated from Punjabi, a home visit note, a school safeguarding log, a father's letter in Arabic
and English, an OCR'd letter from a mother, a youth offending note, core group minutes, a scanned police intelligence form,
a school email, a health visitor's record, a paediatric report, a father's email, conference reports, Snapchat messages and
a youth club note.

Markup and conventions: exactly those of bench/redaction_set21.py. Choices: a nickname in quotes ("Smokey") is a name; "Baba" (dad) is
a kinship word and not marked; "Hans" (a surname that is also a word) is a name
when it is a person; the temple "Valmiki Sabha" is an organisation and stay unmarked; "Ahvaz"
and "اهواز" are places, "Khuzestan" and "Iran" are regions or countries and are not marked; "Brentford Fountain Leisure
Centre" is an organisation and stays unmarked, while a clinic or youth club named by its town in lower-case words ("Hanwell
clinic", "Isleworth youth club") marks the town, as set 21 does.

Self-check without the detector: `python -m bench.redaction_set88` (and tests/test_redaction_set88.py) runs set 15's checker
on this set with this set's titles, kinship words and countries, and prints the counts: 24 documents, 473 gold spans, 237 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


HOME_A = d.Address("14 Cuckoo Avenue", "Hanwell", "London", "W7 1BS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Doyle")], dt.date(2019, 4, 2), addresses=[HOME_A], ids=["264 021 8816"]),
    _p("m", "mother", [("Shannon", "Fenwick")], dt.date(1997, 8, 9), addresses=[HOME_A], phones=["07911 284 603"]),
], "c")
DOCS_A = [
    ("chronology", """CHRONOLOGY - [[DOYLE, Tyler|name]] (dob [[2 April 2019|dob]])
[[14/03/2024|date]]  Police called to [[14 Cuckoo Avenue|address]]; [[Shannon Fenwick|name]] and [[Lee Gallagher|name]] arguing.
[[02/09/2025|date]]  [[Tyler|name]] starts Reception at [[Fielding Primary|school]]; attendance 81%.
[[19 January 2026|date]]  GP Dr [[Anil Kapoor|name]] notes weight below 2nd centile.
[[30/10/2026|date]]  Referral by [[Fielding|school]] DSL [[Joanne Pike|name]] ([[020 8567 3019|phone]]).
[[03.11.2026|date]]  Home visit by [[Aisha Noor|name]]; [[Tyler|name]] hungry; mother says [[Lee Gallagher|name]] left on [[28/10|date]].
[[04.11.2026|date]]  Grandmother [[Carol Fenwick|name]] of [[52 Bilton Road|address]], [[Perivale|place]] [[UB6 7DW|postcode]] agrees
to help.
[[06.11.2026|date]]  Strategy discussion: DS [[Rob Lampton|name]], HV [[Jo Reading|name]], [[Joanne Pike|name]] ([[Fielding|school]]).
[[09.11.2026|date]]  [[Lee|name]]'s sister [[Stacey Gallagher|name]] of [[Northfields|place]] rings to say he is in [[Slough|place]].
"""),
("text messages between mother and social worker", """[[03/11 14:02|date]] SW: Hi [[Shannon|name]] its [[Aisha|name]] from Ealing CS,
can I come [[thurs|date]] 10am?
[[03/11 14:30|date]] [[Shannon|name]]: ok but [[lee|name]] wont be here. [[ty|name]] is at my mums in [[perivale|place]] tonite
[[03/11 14:31|date]] SW: Thanks. Is that [[Carol|name]]'s on [[Bilton Road|address]]?
[[03/11 14:40|date]] [[Shannon|name]]: yeh [[no. 52|address]]
[[05/11 08:12|date]] [[Shannon|name]]: can [[kayleigh|name]] come thurs, she knows [[ty|name]] better than [[lee|name]] does
[[05/11 08:20|date]] SW: Yes that's fine. Please bring [[Tyler|name]]'s red book. Your number on file is [[07911 284 603|phone]]?
[[06/11 10:02|date]] [[Shannon|name]]: runnin late at [[west ealing|place]] bus stop sorry
"""),

    ("neighbour's complaint email forwarded by the housing officer", """From: [[Bev Marsh|name]] <[[bevmarsh62@hotmail.co.uk|email]]>
Sent: Sunday [[1 November 2026|date]] 23:10
Those kids from [[no. 14|address]] were out on [[Cuckoo Avenue|address]] till 11 again. The little one [[Tyler|name]] had no shoes. Mum
[[Shannon|name]] has a fella, [[Lee|name]] I think, drives a white van [[KX68 PLU|vehicle]]. My son [[Darren Marsh|name]] saw him shout at
the boy outside the shop on [[Boston Road|address]]. Please do something. [[Bev|name]] ([[07818 944 372|phone]])
Forwarded by [[Priti Mistry|name]], Housing Officer, [[3 Nov|date]]. [[Priti|name]] adds: [[Bev|name]] also named a lodger,
"[[Stevie|name]]"
([[Steven Pratt|name]]), and a friend of the mother, [[Kayleigh Dunn|name]], who lives at [[Flat 3, Jessops Way|address]],
[[Hanwell|place]]
[[W7 2AA|postcode]]. Rent account says [[Shannon Fenwick|name]] moved in on [[12 June 2023|date]] from [[Southall|place]].
"""),
("case note typed on a phone", """cn [[03/11/26|date]] HV [[14 Cuckoo Ave|address]] [[W7 1BS|postcode]] w [[Tyler|name]]
+ mum [[Shannon|name]]. no food in fridge, [[Ty|name]] in same vest as [[1 nov|date]]. nbr at [[no. 16|address]] ([[Bev
Marsh|name]]) says kids out on the green late. mum mob [[07911 284 603|phone]]. rang HV [[Jo Reading|name]]
at [[Hanwell|place]] clinic. next visit [[Thurs 6th|date]]? [[Tyler DOYLE|name]] dob [[02.04.2019|dob]] NHS [[264 021 8816|nhs]]. nan in
[[Perivale|place]] ([[Carol Fenwick|name]], [[07956 318 442|phone]]) will take him weekends. [[Carol|name]] wants [[Ty|name]] at
[[Perivale|place]] library on [[7 Nov|date]] w cousin [[Kai Fenwick|name]].
""")]

HOME_B = d.Address("27 Mandeville Road", "Northolt", "Northolt", "UB5 4LU")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Simran", "Hans")], dt.date(2013, 6, 21), addresses=[HOME_B], ids=["420 583 3067"]),
    _p("m", "mother", [("Pooja", "Hans")], dt.date(1988, 2, 3), addresses=[HOME_B], phones=["07432 190 577"]),
], "c")
DOCS_B = [
    ("strategy meeting minutes (CSE)", """Minutes [[14 Oct 2026|date]]. Chair [[Rekha Sood|name]]. DC [[Paul Greenford|name]] (Met).
[[Simran Hans|name]], 13, missing [[11/10|date]]-[[12/10|date]]. Friend [[Jasleen|name]] ([[Jas|name]]) at [[Northolt High|school]]
said [[Simran|name]] calls him "[[Arj|name]]". Found by her uncle [[Raj Hans|name]] in [[Hayes|place]] at
[[12 Coldharbour
Lane|address]]. Car [[LB19 XKE|vehicle]] registered to [[Arjun Sahota|name]], 24, of [[Hounslow|place]]. Nani [[Kamla Devi|name]]
visiting from
[[Jalandhar|place]] on [[+91 98140 52377|phone]]. Actions by [[21 October|date]].
"""),
("grandmother's voice note transcribed and translated from Punjabi", """Voice note, [[15 October 2026|date]], from Biji
([[Kamla Devi|name]]):
"[[Pooja|name]] beti, [[Simran|name]] nu [[Southall|place]] na jaan de. Oh munda [[Arjun|name]] changa nahi." (Do not let
[[Simran|name]] go to
[[Southall|place]]; that boy [[Arjun|name]] is not good.) She adds that [[Pooja|name]]'s cousin [[Ravi Hans|name]] in
[[Wolverhampton|place]]
([[07944 621 087|phone]]) can take [[Simran|name]] for Diwali, from [[20 October|date]] to [[26 October|date]]. Translated by
[[Navdeep Bains|name]].
"""),

    ("referral form from the school", """REFERRAL - date [[2026-10-13|date]]
Pupil: [[HANS, Simran|name]]  DOB: [[21.06.2013|dob]]  School: [[Northolt High|school]]
Address: [[27 Mandeville Rd|address]], [[UB5 4LU|postcode]]
Concern: seen getting into a car with an older man ([[Arjun|name]]) outside [[Northolt|place]] station; friend [[Harleen Kaur|name]]
says he takes her to [[Southall|place]] and [[Hayes|place]]. Mother [[Pooja|name]] ([[07432 190 577|phone]]). Referrer:
[[Sunil Dhir|name]], DSL.
"""),
("WhatsApp chat typed up", """Chat exported [[12/10/2026|date]] (family gave consent)
[[pooja|name]]: [[simran|name]] not come home from [[Greenford|place]] bus stop
Masi: she with [[Arjun Sahota|name]] again, his car [[LB19 XKE|vehicle]]
[[pooja|name]]: ਘਰ ਆ ਜਾ (come home)
Biji ([[+91 98140 52377|phone]], [[Jalandhar|place]]): call [[Hans|name]] uncle
[[Pooja Hans|name]] mob [[07432 190 577|phone]]; [[Simran|name]] NHS [[420 583 3067|nhs]], dob [[21/06/2013|dob]], address [[27 Mandeville
Road|address]], [[Northolt|place]] [[UB5 4LU|postcode]]. Temple: Valmiki Sabha. Dad [[Vikram Hans|name]] works nights at a warehouse in
[[Hayes|place]], mob [[07512 836 049|phone]]. Brother [[Rohan|name]] ([[Ro|name]]) goes to [[Northolt High|school]] too.
""")]

HOME_C = d.Address("Flat 9, 40 Vicarage Farm Road", "Hounslow West", "Hounslow", "TW3 4NW")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Maryam", "Kaabi")], dt.date(2016, 1, 15), addresses=[HOME_C], ids=["260 827 4994"]),
    _p("f", "father", [("Hamid", "Sawari")], dt.date(1984, 5, 5), addresses=[HOME_C], phones=["07853 602 914"]),
], "c")
DOCS_C = [
    ("school safeguarding log", """[[Berkeley Primary|school]] CPOMS [[19/10/2026|date]] 09:05 - [[Maryam Kaabi|name]] (Y5) told Mrs
[[Abadi|name]]
"Baba hit me" (Baba = dad, [[Hamid|name]]). Marks on arm. DSL [[Tom Hartley|name]] rang [[07853 602 914|phone]]. [[20/10/2026|date]]
15:20 - [[Maryam|name]] collected by
family friend [[Abbas Jaberi|name]] ([[07460 129 885|phone]]) of [[Cranford|place]]; [[Hamid|name]] had agreed by text.
"""),
("father's letter in Arabic and English", """إلى السيدة [[عائشة نور|name]]
أنا [[حميد الساري|name]] والد [[مريم|name]]
To Mrs [[Aisha Noor|name]], I am [[Hamid Sawari|name]], father of [[Maryam|name]]. I never hit her. My wife [[Zahra|name]] is in
[[Ahvaz|place]]
([[+98 61 3322 4105|phone]]). [[Flat 9, 40 Vicarage Farm Road|address]], [[TW3 4NW|postcode]], [[25/10/2026|date]].
"""),

    ("home visit note with interpreter", """Visit [[22/10/2026|date]] to [[Flat 9|address]], [[40 Vicarage Farm Road|address]] with
interpreter [[Layla
Haddad|name]]. [[Hamid|name]] says [[Maryam|name]]'s mother [[Zahra Kaabi|name]] ([[زهرا|name]]) stays in [[Ahvaz|place]]. Neighbour
Mrs [[Begum|name]] complained of shouting. [[Maryam|name]] stays with cousin [[Nasser|name]] in [[Feltham|place]] till [[27th|date]].
[[Nasser|name]]'s mother [[Fatemeh Kaabi|name]] ([[فاطمه|name]]) lives at [[5 Hussars Close|address]], [[Feltham|place]]
[[TW13 4RT|postcode]].
"""),
("strategy discussion minute", """STRATEGY DISCUSSION [[20 October 2026|date]]
Present: DS [[Rob Lampton|name]] (Met CAIT), [[Aisha Noor|name]] (SW), Dr [[Kate Osterley|name]] (paediatrician).
Child: [[KAABI, Maryam|name]] ([[مريم|name]]), dob [[15/01/2016|dob]], NHS [[260 827 4994|nhs]], of [[Flat 9, 40 Vicarage Farm
Road|address]], [[Hounslow West|place]], [[TW3 4NW|postcode]].
Father [[Hamid Sawari|name]] ([[حميد|name]]) [[07853 602 914|phone]]; uncle in [[Ahvaz|place]] ([[اهواز|place]])
[[+98 916 314 2287|phone]], [[Karim Kaabi|name]] ([[كريم|name]]); aunt [[Huda|name]] in [[Dubai|place]] ([[+971 50 618 2243|phone]]).
[[Maryam|name]] told teacher Mrs [[Shirin Abadi|name]] at [[Berkeley Primary|school]] her dad hit her with a belt on [[18/10|date]].
Family from Khuzestan, Iran. Next review [[3 November|date]].
Actions: [[Aisha Noor|name]] to speak to [[Maryam|name]] with interpreter [[Layla Haddad|name]] by [[21/10/2026|date]]; DS
[[Rob Lampton|name]] to
check PNC for [[Hamid Sawari|name]] (born [[05/05/1984|dob]]); school nurse [[Sara Dean|name]] to see [[Maryam|name]] on [[23 Oct|date]].
""")]

HOME_D = d.Address("8 Green Dragon Lane", "Brentford", "Brentford", "TW8 0DQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Campbell")], dt.date(2011, 9, 30), addresses=[HOME_D], ids=["926 063 6140"]),
    _p("m", "mother", [("Marcia", "Clarke")], dt.date(1985, 12, 1), addresses=[HOME_D], phones=["07708 441 263"]),
], "c")
DOCS_D = [
    ("core group minutes", """Core group [[12 November 2026|date]] at Brentford Fountain Leisure Centre. Present: [[Marcia Clarke|name]],
[[Grace Osei|name]] (SW), [[Tom Kelly|name]] ([[Gunnersbury Boys|school]]), PC [[Ian Hale|name]]. [[Jayden|name]] has stayed at nan
[[Merline|name]]'s in [[Chiswick|place]] since [[6/11|date]]. Next core group [[10 December 2026|date]].
Actions: [[Grace|name]] to visit [[Merline|name]] at [[41 Duke Road|address]], [[Chiswick|place]] [[W4 2DE|postcode]] by
[[19 November|date]];
[[Tom Kelly|name]] to send attendance; [[Marcia|name]] to take [[Jayden|name]] to Dr [[Mensah|name]] at the surgery on [[17/11|date]].
"""),
("police intelligence form (scanned)", """SUBJECT: [[CAMPBELL Jayden|name]]  DOB [[30 09 2011|dob]]  ADDR
[[8 GREEN DRAGON LANE|address]] [[BRENTFORD|place]] [[TW8 0DQ|postcode]]
ASSOCIATES: [[REID, Marlon|name]] AKA "[[SMOKEY|name]]"; [[TYRELL|name]] (surname unk). VEH [[YB70 RTZ|vehicle]] seen
[[Syon Lane|address]] [[07/11/2026|date]].
"""),

    ("youth offending worker's quick note", """[[05/11/2026|date]] saw [[Jayden Campbell|name]] at [[Brentford|place]] library.
[[Jay|name]] says
[[Tyrell|name]] and "[[Smokey|name]]" ([[Marlon Reid|name]]) from [[Hounslow|place]] want him to carry. His nan [[Merline Clarke|name]] in
[[Chiswick|place]] ([[020 8994 5127|phone]]) will have him. NHS [[926 063 6140|nhs]]. Next appt [[12/11/2026|date]] at
[[Hounslow|place]] YOS with [[Dele Ojo|name]]
and [[Jay|name]]'s mentor [[Curtis Bell|name]] ([[07397 205 618|phone]]).
"""),
("OCR'd handwritten letter from a mother", """[[8 Green Dragon Lane|address]]
[[Brentford|place]] [[TW8 0DQ|postcode]]
[[4th Nov 2026|date]]
To Ms [[Grace|name]] the social worker,
I am [[Jayden|name]]s mum [[Marcia Clarke|name]]. [[Jay|name]] is not in no gang. He go [[Gunnersbury|school]] and play football at the
park with [[Kofi|name]] and [[Reece Brown|name]]. His dad [[Winston Campbell|name]] is in [[Kingston|place]] Jamaica on
[[+1 876 926 4418|phone]].
Ring me [[07708 441 263|phone]]. Or my sister [[Pauline|name]] at [[14 Albany Road|address]] [[TW8 0NE|postcode]], she knows
[[Jayden|name]] since a baby. Pastor [[Errol Bailey|name]] from church will speak for us too.
[[Marcia|name]]
""")]

HOME_E = d.Address("3 Ravenor Park Road", "Greenford", "Greenford", "UB6 9LG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Amara", "Lewis")], dt.date(2020, 7, 7), addresses=[HOME_E], ids=["537 307 4454"]),
    _p("m", "mother", [("Chioma", "Okafor")], dt.date(1993, 3, 14), addresses=[HOME_E], phones=["07984 735 120"]),
], "c")
DOCS_E = [
    ("paediatric report", """Child protection medical [[11 November 2026|date]], Dr [[Helen Marsh|name]]. [[LEWIS, Amara|name]], DOB
[[7.7.2020|dob]],
NHS [[537 307 4454|nhs]]. Bruise left cheek, 3 x 2 cm, yellow-green. [[Amara|name]] said "Aunty [[Ngozi|name]] pushed me" then "I
fell". Aunt
[[Ngozi Okafor|name]] rang at 14:10 from [[020 8569 4712|phone]]. Mother [[Chioma Okafor|name]] and father [[Dean Lewis|name]]
([[07575 302 418|phone]])
present.
"""),
("father's email", """From: [[deanlewis88@gmail.com|email]]
To: [[Grace Osei|name]]
[[13/11/2026|date]] - i wasnt there, [[amara|name]] was at [[ngozi|name]]s in [[hanwell|place]]. ask [[chioma|name]]. [[Dean|name]]
sent from [[Ealing Broadway|place]] - ring me [[07575 302 418|phone]] not my work, [[Chioma|name]]s sister [[Ngozi|name]] is at
[[7 Cherington
Road|address]] [[W7 3HL|postcode]]
"""),

    ("health visitor's record", """HV [[Funmi Adeyemi|name]], contact [[10.11.2026|date]] (last seen [[14/07/2026|date]]):
[[Amara|name]] seen with mum [[Chioma|name]] at
[[3 Ravenor Park Road|address]],
[[Greenford|place]] [[UB6 9LG|postcode]]. Aunt [[Ngozi Okafor|name]] of [[Hanwell|place]]. Grandma in [[Enugu|place]]
([[+234 803 412 6690|phone]]).
NHS [[537 307 4454|nhs]], DOB [[07/07/2020|dob]].
"""),
("school email", """From: [[Dawn Perry|name]] <[[d.perry@ravenorprimary.org.uk|email]]>
Date: [[9 Nov 2026|date]]
[[Amara Lewis|name]] (Reception, [[Ravenor Primary|school]]) came in with a bruise. Mum [[Chioma Okafor|name]]
([[07984 735 120|phone]]) said
[[Amara|name]] fell at her aunt's in [[Hanwell|place]]. Dad [[Dean Lewis|name]] lives in [[Acton|place]]. Class teacher Miss
[[Patel|name]] saw it first at 8.50 on [[9/11|date]];
TA [[Gemma Rowntree|name]] took [[Amara|name]] to the office.
""")]

HOME_F = d.Address("22 Worton Road", "Isleworth", "Isleworth", "TW7 6HJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Chapman")], dt.date(2012, 11, 11), addresses=[HOME_F], ids=["263 314 3822"]),
    _p("m", "mother", [("Kelly", "Wilde")], dt.date(1990, 10, 10), addresses=[HOME_F], phones=["020 8578 3104"]),
], "c")
DOCS_F = [
    ("review conference report", """RCPC [[16 February 2027|date]]. [[Poppy Chapman|name]] ([[Isleworth and Syon|school]]) stays with
[[Kelly Wilde|name]]
at [[22 Worton Road|address]]. [[Gary Wilde|name]] has moved to [[Bedfont|place]] ([[07723 518 906|phone]]). Dad [[Ryan Chapman|name]] of
[[Twickenham|place]] now sees [[Poppy|name]] on alternate Saturdays. Advocate [[Becky Stone|name]] met [[Poppy|name]] on
[[2 February 2027|date]] at
[[Isleworth and Syon|school]]; her friend [[Lily|name]]'s mum [[Sharon Jacobs|name]] of [[Osterley|place]] is a safe adult
([[07397 205 618|phone]]). [[Kelly|name]]'s brother [[Wayne|name]] in [[Brentford|place]] helps with the school run.
"""),
("youth club worker's typed note", """[[20/01/27|date]] [[Poppy|name]] at [[Isleworth|place]] youth club with [[Lily Jacobs|name]] and
[[Mia Okoro|name]]. said [[Gary|name]]
came by [[22 Worton Rd|address]] on [[18th|date]] though not allowed. [[Mia|name]]
said [[Gary|name]] waited at the bus stop by [[Busch Corner|address]] on Friday [[15 January|date]]. [[Kelly|name]] rang him on
[[07723 518 906|phone]]. worker
[[Sam Ruiz|name]].
"""),

    ("Snapchat messages typed up by police", """[[poppy|name]]: [[gary|name]] went mad again
[[Lily Jacobs|name]]: come to mine in [[Osterley|place]]
[[poppy|name]]: mum says im not allowed to [[lily|name]]s
[[Lily Jacobs|name]]: my mum [[Sharon|name]] will ring ur mum on [[020 8568 2219|phone]]
[[poppy|name]]: dont she'll tell [[gary|name]]. meet at [[isleworth|place]] station 4
[[Lily Jacobs|name]]: ok [[mia|name]] coming 2. [[mia|name]]s brother [[Josh|name]] can walk us
(extract taken [[22/01/2027|date]] by DC [[Amy Hart|name]])
"""),
("child protection conference summary", """ICPC [[16 November 2026|date]], chair [[Nadia Hussain|name]].
Child: [[CHAPMAN, Poppy|name]] dob [[11/11/2012|dob]], NHS [[263 314 3822|nhs]], [[22 Worton Road|address]], [[Isleworth|place]]
[[TW7 6HJ|postcode]].
Mother [[Kelly Wilde|name]] [[020 8578 3104|phone]]. Stepdad [[Gary Wilde|name]]. [[Poppy|name]] attends [[Isleworth and Syon|school]].
Plan: CP plan, category neglect. Next review [[16/02/2027|date]]. Present: [[Kelly Wilde|name]], [[Gary Wilde|name]], SW
[[Hannah Brook|name]], Dr [[Owen|name]],
school DSL [[Mark Ellis|name]], PC [[Dave Mills|name]]. Apologies: [[Ryan Chapman|name]] (dad, [[Twickenham|place]]).
""")]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 88 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 05:14 UTC, read since)"

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "ds", "di", "nan", "mum", "dad", "masi", "biji", "uncle", "aunty"}
_AFTER = {"uncle", "ji"}
_NOT_PLACES = {"england", "uk", "iran", "khuzestan", "jamaica", "punjab", "india"}

_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
