"""Set 201: a held-out hand-written set for the redaction detector, six more invented families on the Hertfordshire and Essex
border (Bishop's Stortford, Sawbridgeworth and Great Dunmow), written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set198.py to bench/redaction_set200.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: the first 30 lines of bench/redaction_set21.py (the start of its docstring; none of its documents, and not
tests/test_redaction_set21.py), whose conventions were followed as set 181 restates them; of bench/redaction_set181.py its
first 140 lines (the docstring, the first family's record, its first document and the start of its second), a list of its
top-level lines, and its NAME, _TITLES, _AFTER, _NOT_PLACES and HandSet lines; tests/test_redaction_set181.py in full; the
`_party`, `Records` and `HandSet` lines of bench/redaction_handwritten.py (a grep, which also showed the first lines of
HandSet's docstring); and, through a script printing only set numbers, the docstrings of bench/redaction_set7.py to
bench/redaction_set197.py searched for the towns, districts and communities considered here. No earlier docstring named
Thorley, St Michael's Mead, Hockerill, Bishop's Park, Sawbridgeworth, Spellbrook, High Wych, Great Dunmow, Woodlands Park,
Felsted, Little Easton, Takeley, Flitch Green, Hatfield Heath, Much Hadham or Bishop's Stortford; Stansted appears in the
docstrings of sets 44 and 182 and is no family's home here. Communities from the Americas and Oceania found in earlier
docstrings (among them Tongan, Samoan, Fijian, Tuvalu, Kiribati, Cook Islands Māori, Garifuna, Quechua, Mapuche, Tok Pisin,
Bislama, Rotuma) were not used; Tokelau, Tokelauan, Nukunonu, Fakaofo, Atafu and Porirua appear in none. Phone numbers were
checked with the phonenumbers library; NHS numbers were made with the modulus 11 check digit computed by hand (this
python-stdnum has no stdnum.gb.nhs.calc_check_digit) and checked with stdnum.gb.nhs.is_valid, and UPNs made and checked with
stdnum.gb.upn, in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, each in a town, district or village no earlier docstring showed as a family's home: a young white British
mother on Thorley Park, Bishop's Stortford, with a nan in Spellbrook (Sayer / Kemp; neglect, a partner's domestic abuse with
strangulation, a child protection plan); a Tokelauan family (from Nukunonu, Tokelau, by way of Porirua, New Zealand) in St
Michael's Mead, Bishop's Stortford (Iosefa / Perez; a mother's depression and grief after the father left on a visa, a girl of
14 caring, a family chat in Tokelauan); a white British boy of 12 in Sawbridgeworth (Marsh; a young carer for a widowed father
who drinks, an aunt in Harlow); a white British boy of 15 on Woodlands Park, Great Dunmow (Brett; missing episodes, county
lines, an older male's Audi); a white British girl of 7 in Felsted with cerebral palsy and epilepsy (Aldous; short breaks, a
broken hoist, a mother's 3 a.m. email); and a baby in High Wych with a mother on methadone (Nolan / Fairweather; an
unexplained bruise, a father's friend who supplies, a great-aunt in Much Hadham). The community, Tokelauan, did not appear in
any earlier docstring searched; its few Tokelauan phrases (and the contact names "Mama" and "Tamana") were written from memory
and may be imperfect. 24 documents, each with its own style label: a primary school safeguarding log, a nan's Facebook
messages typed up, a police domestic abuse attendance log, a social worker's summary for a review conference, a mental health
liaison referral form, a family chat in Tokelauan with translation, a school attendance officer's home visit note, a father's
email from New Zealand, a young carers assessment, a child's own writing scanned by OCR (with its misreadings), a father's
voice message transcribed, a MASH strategy discussion record, a police missing person report, a return home interview, a
mother's lower-case texts, contextual safeguarding panel minutes, a mother's email, a social worker's phone notes, a short
breaks application, an OT home visit report, a health visitor's record, initial child protection conference minutes, a GP's
safeguarding email and a mother's handwritten letter scanned by OCR. Each family's first two documents come first in the file
and its other two after the sixth family (DOCS_A += ...).

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (New Zealand mobile and landline, Tokelau); NHS numbers and UPNs (LA 919
Hertfordshire and 881 Essex) pass their check digits. The councils ("Stort Valley Children's Services", Essex and Uttlesford),
surgeries, charities (Carers in Herts, Catch22, CGL, Herts Sunflower), the Pacific Islands church, the care home, the short
breaks unit and the hospitals are unmarked organisations; towns, villages, districts and estates are real and marked as
places; streets are real or invented and marked as addresses.

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 restates them. Titles and kinship words stay
outside a name (Mr, Mrs, Ms, Miss, Dr, dr, PC, PCSO, DC, DS, Insp., SW, HV, Nurse, Nan, Nana, Mum, Aunty, Uncle, coach, and
the Tokelauan Mama, Tamana and the Samoan and Tokelauan Faifeau (pastor)); a chat contact saved as a kinship word ("Mama",
"Tamana") is a title and, alone, not a name; "SURNAME, First" and "SURNAME First" are one span ("SAYER, Mason", "KEMP
Jordan"); initials with a surname are names ("K. Lamb", "S. Okafor"); a neighbour's bare house number ("no. 29", "no. 5") and
a flat ("flat 4") are addresses; a collar number ("PC 4172 Sadler") stays outside the name; weekdays stay outside dates and a
bare weekday, month or year ("fri", "Sundays", "March 2026", "May 2021", "1984-2023") is not marked; a Tokelauan date ("Tesema
20") is a date; an OCR misreading keeps its kind ("29.11.2O26" a date, "Stortf0rd", "Spe11brook", "Gi1ston" places,
"Ti1ley" a name); a station or a lower-case shop, clinic, library or surgery named by its town marks the town ("the Dunmow
Co-op", "Stansted station", "Dunmow surgery", "Great Dunmow library"); a proper-named organisation holding a town's name
does not ("Sawbridgeworth Medical Services", "Stansted Airport", "Herts and Essex High" is a school); an airport as an
employer ("works nights at Stansted") is an organisation; counties, countries and local authority areas are not places
("Hertfordshire", "Herts", "Essex", "Uttlesford", "Tokelau", "New Zealand").

Choices this set had to make: a surname that is also a town ("Tom Basildon") is a name; a nickname in quotes inside a
full name ("Dwayne "Smurf" Amos") is marked as three names; a nursery's proper name ("Little Acorns") is a school; a
nickname for a town ("Sawbo", "Stortford") is a place; "Hayleys Manor care home" is an organisation and unmarked.

Self-check without the detector: `python -m bench.redaction_set201` (and tests/test_redaction_set201.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 924 gold spans, 502 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Sayer / Kemp family (white British), Thorley Park, Bishop's Stortford, nan in Spellbrook ---------------------------

HOME_A = d.Address("31 Thorley Park Road", "Thorley Park", "Bishop's Stortford", "CM23 3NH")
NAN_A = d.Address("2 Spellbrook Lane East", "Spellbrook", "Bishop's Stortford", "CM23 4BA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Sayer")], dt.date(2018, 3, 14), addresses=[HOME_A], ids=["5560457949", "M919588213085"],
       schools=["Thorley Hill Primary School"]),
    _p("s", "sibling", [("Ivy", "Sayer")], dt.date(2023, 8, 5), addresses=[HOME_A], ids=["4897297087"]),
    _p("m", "mother", [("Leanne", "Sayer")], dt.date(1996, 11, 2), addresses=[HOME_A], phones=["07712 405 318"]),
    _p("p", "partner", [("Jordan", "Kemp")], dt.date(1993, 5, 19), phones=["07934 226 871"]),
    _p("g", "grandparent", [("Tracey", "Sayer")], dt.date(1971, 2, 9), addresses=[NAN_A], phones=["01279 654 812"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """[[THORLEY HILL PRIMARY|school]] - SAFEGUARDING LOG (CPOMS export)
Child: [[SAYER, Mason|name]]   D.O.B. [[14/03/2018|dob]]   UPN [[M919588213085|upn]]   Y4 Otters
Mum: [[Leanne Sayer|name]] [[07712 405 318|phone]]   Mum's partner: [[Jordan Kemp|name]] [[07934 226 871|phone]]
Home: [[31 Thorley Park Road|address]], [[Thorley Park|place]], [[Bishop's Stortford|place]] [[CM23 3NH|postcode]]

[[07/09/2026|date]] [[Mason|name]] came in without a coat or lunch. Told Mrs [[Okonedo|name]] (TA) "[[Jordan|name]] ate it". Fed
in the hall.
[[11/09/2026|date]] Collected late (4.20) by nan [[Tracey Sayer|name]] from [[Spellbrook|place]]. Nan said [[Leanne|name]]
"had a bad night again". Logged by Miss [[Harriet Coe|name]].
[[18.9.26|date]] Head lice, third time. Letter home. [[Mason|name]] said baby [[Ivy|name]] "cries all night and mummy cries".
[[24/09/2026|date]] [[Mason|name]] had a red mark to the left side of his neck. Said "[[jordan|name]] grabbed me cos I
woke [[Ivy|name]] up". DSL Mr [[Gareth Pye|name]] rang MASH 10.05, spoke to [[Nadia Ferris|name]].
[[25 Sept|date]] Strategy meeting (Teams). SW [[Kirsty Lamb|name]] allocated, PC [[Obi|name]] (CAIT).
[[2nd October|date]] Mum came in with [[Ivy|name]] in the buggy and a friend, [[Stacey Wren|name]] from [[Hockerill|place]].
Mum said [[Jordan|name]] has moved back to his mum's in [[Harlow|place]].
[[09/10/2026|date]] [[Mason|name]] said [[Jordan|name]] was "in the car outside" on Sunday [[the 4th|date]] (silver Corsa,
[[EN19 KXT|vehicle]], noted by Mrs [[Okonedo|name]] at pick-up on [[8/10|date]]).
[[16/10/2026|date]] [[Mason|name]] off. Mum texted "[[mase|name]] has a temp". Home visit by Mr [[Pye|name]] and Miss
[[Coe|name]]; neighbour Mr [[Dev Sharma|name]] at [[no. 29|address]] said the family went to [[Spellbrook|place]] on
Friday [[the 9th|date]].
[[20/10/2026|date]] [[Mason|name]]'s best friends [[Archie\nLowe|name]] and [[Zara Begum|name]] told Miss [[Coe|name]] that
[[Mason|name]] "sleeps at his nan's now". Passed to [[Kirsty Lamb|name]] ([[kirsty.lamb@stortvale.gov.uk|email]]).
[[2/11/26|date]] ICPC at [[Bishop's\nStortford|place]] Register Office building. Plan: neglect.
[[05/11/2026|date]] [[Mason|name]] said nan's partner [[Dave|name]] takes him fishing at [[Spellbrook|place]] lock with [[Dave|name]]'s
grandson [[Kian Gurney|name]]. Happy.
[[12/11/2026|date]] [[Leanne|name]] rang school from a new number, [[07468 552 903|phone]]: [[Jordan|name]] had "been round the
flat on [[Thorley Park Road|address]]" at 6am. Told [[Kirsty|name]] and PC [[Rix|name]]. Mrs [[Okonedo|name]] walked [[Mason|name]]
to nan's car ([[Tracey|name]] drives a red Fiesta, [[YK17 BNO|vehicle]]).
[[19/11/2026|date]] Class assembly. [[Leanne|name]], [[Tracey|name]] and [[Stacey|name]] came. [[Mason|name]] read a poem about
[[Ivy|name]]. [[SAYER Mason|name]] - star of the week, signed [[G. Pye|name]] and [[H. Coe|name]].
"""),
    ("nan's facebook messages to the social worker, typed up", """Messenger, [[Tracey Sayer|name]] to [[Kirsty Lamb|name]] (SW),
copied by [[K. Lamb|name]] on [[27/10/26|date]]

Sat [[24 Oct|date]] 20:41  hiya its [[tracey|name]] [[masons|name]] nan. [[leanne|name]] wont pick up, i think [[jordan|name]]
is back there
Sat [[24 Oct|date]] 20:43  i seen his car on [[thorley park rd|address]] when i come out of the tesco at [[thorley|place]]
Sun [[25 Oct|date]] 09:12  [[mason|name]] and [[ivy|name]] are here at [[spellbrook|place]] with me and [[Dave|name]]. [[leanne|name]]
dropped them 11pm with nappies and nothing else
Sun [[25 Oct|date]] 09:14  she said she was going to [[stace|name]]s in [[hockerill|place]]
Mon [[26 Oct|date]] 07:50  [[jordans|name]] mum [[Bev|name]] rang me shouting from [[harlow|place]]. my landline is [[01279 654 812|phone]]
if u need it, mobile is dead
Mon [[26 Oct|date]] 16:30  [[mason|name]] says [[jordan|name]] locked him in the bathroom. please ring me
Tue [[27 Oct|date]] 08:05  [[leanne|name]] is at her mates [[stacey wren|name]] [[14 windhill|address]]. she wants the kids back by
fri
Tue [[27 Oct|date]] 08:07  also [[jordans|name]] brother [[Callum|name]] has been messaging [[leanne|name]] on fb. hes called
[[cal kemp|name]] on there
Tue [[27 Oct|date]] 12:30  [[dave|name]] took [[mason|name]] to school. [[ivy|name]] with me. mrs [[okonedo|name]] said he was fine
Wed [[28 Oct|date]] 19:02  [[leanne|name]] came for tea. she says sorry. [[kirsty|name]] can u come thurs to [[spellbrook|place]]?
"""),
]


# --- B. Iosefa / Perez family (Tokelauan, from Nukunonu by way of Porirua, New Zealand), St Michael's Mead, Bishop's Stortford

HOME_B = d.Address("8 Clarion Close", "St Michael's Mead", "Bishop's Stortford", "CM23 4GT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Salote", "Iosefa")], dt.date(2012, 7, 22), addresses=[HOME_B], ids=["6304138423", "E919556202701"],
       schools=["The Bishop's Stortford High School", "Hertfordshire and Essex High School"]),
    _p("s", "sibling", [("Mikaele", "Iosefa")], dt.date(2016, 1, 30), addresses=[HOME_B], ids=["5091688846"]),
    _p("m", "mother", [("Hina", "Iosefa")], dt.date(1988, 4, 11), addresses=[HOME_B], phones=["07855 193 640"],
       ids=["JR 63 04 91 B"]),
    _p("f", "father", [("Tinielu", "Perez")], dt.date(1985, 12, 3), phones=["+64 21 456 7832"]),
], "c")

DOCS_B = [
    ("mental health liaison referral form", """REFERRAL - PERINATAL AND ADULT MENTAL HEALTH LIAISON (Herts)
Name: [[IOSEFA, Hina|name]]   DOB: [[11/04/1988|dob]]   NI: [[JR 63 04 91 B|ni]]   NHS No: [[630 413 8423|nhs]] (child)
Address: [[8 Clarion Close|address]], [[St Michael's Mead|place]], [[Bishop's Stortford|place]] [[CM23 4GT|postcode]]
Tel: [[07855 193 640|phone]]   Language: Tokelauan and English (interpreter not needed; prefers her aunt present)
Children: [[Salote|name]] (14, [[22.07.2012|dob]]) and [[Mikaele|name]] (10, [[30.01.2016|dob]])
Referrer: Dr [[Fenella Quayle|name]], GP, Church Street Surgery

Reason: Ms [[Iosefa|name]] moved from [[Porirua|place]] in 2024 with the children to join her partner [[Tinielu Perez|name]]
(works on the flights at Stansted Airport) who returned to New Zealand in March 2026. Since then low mood, not sleeping,
has not left the house in three weeks per her aunt Mrs [[Fetu Kupa|name]] of [[Waytemore|place]] ([[07468 310 295|phone]]).
On [[19/11/2026|date]] she told me she "hears her mother calling from [[Nukunonu|place]]" and that [[Salote|name]] is "doing
everything". [[Salote|name]] attends [[Herts and Essex High|school]]; the school (Mr [[Idris Fane|name]], DSL) report she is missing
mornings to walk [[Mikaele|name]] to [[Thorley Hill|school]]. Mr [[Perez|name]] can be reached on [[+64 21 456 7832|phone]]; the
family's pastor, Faifeau [[Iosefa Lemisio|name]] of the Pacific Islands Congregational church in [[Harlow|place]], visits
on Sundays. Mum's sister [[Losa|name]] is in [[Wellington|place]] ([[+64 4 237 5619|phone]]).
Seen with her today: her friend [[Marama Hohaia|name]] (a neighbour from [[Clarion Close|address]]). Previous GP in
[[Porirua|place]]: Dr [[Aroha Wihongi|name]]. [[Salote|name]]'s school nurse is [[Gemma Ruddock|name]].
Risk: no plan to harm herself or the children stated. Dated [[20 November 2026|date]].
"""),
    ("family chat in Tokelauan with translation", """Chat 'Kaiga [[Iosefa|name]]' (WhatsApp), shown by [[Salote|name]] to
the young carers worker [[Bryony Hale|name]] on [[30/11/2026|date]]; translated by [[Salote|name]] and her aunt.

Mama [[Losa|name]]: [[Salote|name]], e ā [[Hina|name]]? (How is [[Hina|name]] [your mum]?)
[[Salote|name]]: e moe pea. ko au e tapena te meakai ma [[Mika|name]] (she's still sleeping. i'm making food for [[Mika|name]])
Mama [[Losa|name]]: fakafeiloaki ki a [[Fetu|name]] (say hi to [[Fetu|name]]) ... ka telefoni atu au i te Aho Sā (i'll ring you on
Sunday [[29th|date]])
Tamana: [[Lote|name]] ko au tenei. ka vau au i [[Tesema 20|date]] (this is dad. i'm coming on [[20 December|date]])
[[Salote|name]]: koe e fano mai ki [[Stortford|place]]? (you're coming to [[Stortford|place]]?)
Tamana: io, ma toku uso [[Pita|name]] mai [[Auckland|place]] (yes, with my brother [[Pita|name]] from [[Auckland|place]])
[[Mikaele|name]]: [[lote|name]] can u get me from [[st michaels mead|place]] park after football

Note by [[B. Hale|name]]: "Mama" and "Tamana" (father) are how the contacts are saved; [[Lote|name]] / [[Mika|name]] are the
children's pet names. Grandmother [[Sina Iosefa|name]] lives on [[Nukunonu|place]], phone [[+690 7241|phone]].
Other contacts in the chat: [[Fetu Kupa|name]] (aunt, [[Waytemore|place]]), [[Sione|name]] (her husband), cousin [[Malia Kupa|name]]
(17, at college in [[Harlow|place]]), and "Uncle [[Pita|name]]" ([[Auckland|place]]). [[Salote|name]] said cousin [[Malia|name]]
sometimes sleeps over on Fridays. [[Malia|name]] and [[Salote|name]] go to the Pacific youth night in [[Hatfield|place]]
with [[Teuila Fa'amoe|name]] and [[Kelesi Mano|name]].
"""),
]


# --- C. Marsh family (white British), Sawbridgeworth; a young carer of 12 with a father who drinks ----------------------

HOME_C = d.Address("17 Bullfields", "", "Sawbridgeworth", "CM21 9DB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Finley", "Marsh")], dt.date(2014, 9, 8), addresses=[HOME_C], ids=["5948586308", "G881350560053"],
       schools=["Leventhorpe"]),
    _p("f", "father", [("Craig", "Marsh")], dt.date(1979, 6, 27), addresses=[HOME_C], phones=["07521 884 073"]),
    _p("a", "aunt", [("Donna", "Prior")], dt.date(1982, 10, 15), phones=["07389 641 502"]),
], "c")

DOCS_C = [
    ("young carers assessment", """YOUNG CARERS NEEDS ASSESSMENT - Carers in Herts
Young carer: [[Finley Marsh|name]] ("[[Fin|name]]")  DOB [[08-09-2014|dob]]  [[Leventhorpe|school]] Y8  UPN [[G881350560053|upn]]
Cared-for: [[Craig Marsh|name]] (dad), alcohol dependency and a back injury. Mum [[Gemma|name]] died [[12 January 2023|date]].
Address: [[17 Bullfields|address]], [[Sawbridgeworth|place]], [[CM21 9DB|postcode]]   Dad's mobile: [[07521 884 073|phone]]

[[Fin|name]] told me (worker [[Priya Nandra|name]], seen at school [[23/11/2026|date]]) that he gets himself and his dad up,
does the shop at the co-op on [[London Road|address]] and "hides the cans". His aunt [[Donna Prior|name]] ([[07389 641 502|phone]])
lives in [[Harlow|place]] and comes on Saturdays. His friend [[Kai Mendes|name]]'s mum, Mrs [[Rita Mendes|name]] of
[[Knight Street|address]], gives him tea on Tuesdays. [[Fin|name]] wants to keep going to Stort Valley football on Sundays
(coach [[Lewis Abbott|name]]) and does not want "[[Craig|name]] to get in trouble".
Attendance: 81%. Head of Year Mrs [[Joanne Tilley|name]]. GP: Dr [[Adeyemi|name]] at Sawbridgeworth Medical Services.
On [[the 20th|date]] dad fell on the stairs; [[Finley|name]] rang 999 and went with him to the Princess Alexandra in
[[Harlow|place]], came home at 2am in a taxi paid by neighbour Mr [[Tom\nBasildon|name]].
Outcome: referral to Children's Services ([[24/11/26|date]]), the young carers group at [[Bishop's Stortford|place]] on
Thursdays; [[Donna|name]] to ask about [[Fin|name]] staying with her.
Signed: [[Priya Nandra|name]] ([[p.nandra@carersinherts.org.uk|email]]), [[24 Nov 2026|date]]. Copy: [[Joanne Tilley|name]];
[[Finley|name]]'s GP, Dr [[Adeyemi|name]]; [[Donna Prior|name]]. [[Fin|name]] agreed to share this; [[Craig|name]] was not asked
(see [[Fin|name]]'s wish). Next review: [[23/02/2027|date]] at [[Leventhorpe|school]], with Mr [[Ade Lawal|name]].
"""),
    ("child's own writing, scanned (OCR)", """[scan of A4 lined sheet, OCR text, spelling as written]
My week by [[Fin Marsh|name]] age 12

Monday I got dad up and made toast. We had no milk so I went to the [[sawbrigeworth|place]] co-op. [[Kai|name]] came.
Tuesday tea at [[Kais|name]]. his mum [[rita|name]] is nice and she ask about dad.
Wensday dad was sleeping on the sofa when I come home. I tidyed the cans. Aunty [[Donna|name]] rang.
thursday young carers in [[Stortf0rd|place]] with [[Priya|name]]. we did pizza. i met [[Ellie|name]] from [[Hatfield\nHeath|place]].
Friday Mrs [[Ti1ley|name]] asked me to stay behind. I said I was ok.
Satuday [[donna|name]] took me to [[harlow|place]] to get trainers. dad didnt come.
Sunday footbal with [[Lewis|name]] at [[Spe11brook|place]]. I scored. date: [[29.11.2O26|date]]
If I could change 1 thing: that dad stops and mum was here.
my best freinds are [[kai|name]] [[ellie|name]] and [[Rubn Oakes|name]] from [[Spel1brook|place]] footbal. [[Gemma Marsh|name]] 1984-2023
"""),
]


# --- D. Brett family (white British), Woodlands Park, Great Dunmow; a boy of 15 missing and exploited ---------------------

HOME_D = d.Address("44 Godfrey Way", "Woodlands Park", "Great Dunmow", "CM6 1SD")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Brett")], dt.date(2011, 2, 17), addresses=[HOME_D], ids=["6064036230", "B881770037798"],
       schools=["Helena Romanes School"]),
    _p("m", "mother", [("Kerry", "Brett")], dt.date(1984, 8, 30), addresses=[HOME_D], phones=["07400 918 356", "01371 872 406"]),
], "c")

DOCS_D = [
    ("police missing person report", """ESSEX POLICE - MISSING PERSON REPORT (COMPACT)
Missing: [[BRETT, Tyler|name]]  DOB [[17/02/2011|dob]]  Age 15  NHS [[606 403 6230|nhs]]
Home: [[44 Godfrey Way|address]], [[Woodlands Park|place]], [[Great Dunmow|place]] [[CM6 1SD|postcode]]
Reported by: mother [[Kerry Brett|name]] [[07400 918 356|phone]] / home [[01371 872 406|phone]]
Last seen: Sat [[28/11/2026|date]] 19:30 by the [[Dunmow|place]] Co-op on [[High Street|address]], with [[Reece Hollis|name]]
(17) and an older male "[[Smurf|name]]" in a black Audi A3, [[AV71 ZPL|vehicle]].

Circumstances: 4th missing episode since Sept 2026. Previous: found in [[Chelmsford|place]] ([[14/09|date]]), in
[[Braintree|place]] ([[3 Oct|date]]), at a flat in [[Harlow|place]] ([[1st November|date]]). On return [[Tyler|name]] had
£340 and two phones. Mum believes [[Reece|name]] is "running him" for a line from [[Tottenham|place]]. School ([[Helena
Romanes|school]], DSL Mr [[Colin Pettit|name]]) report [[Tyler|name]] has been excluded for 5 days from [[16.11.26|date]].
Friends: [[Mia Tarrant|name]] of [[Little Easton|place]], [[Josh Cheng|name]] of [[Takeley|place]].
Officer: PC 4172 [[Sadler|name]], OIC DS [[Hannah Lusted|name]]. Found: [[30/11/2026|date]] 02:10 at [[Stansted\nMountfitchet|place]]
station by BTP, returned home by PC [[Sadler|name]]. Return home interview requested from Essex Child Exploitation team.
Description: white male, 5'9", slim, black North Face jacket, grey joggers. Associates also named by [[Mia Tarrant|name]]:
"[[Jay|name]]" ([[Jayden Fox|name]]) and "[[Kenzo|name]]" (unknown). [[Kerry|name]]'s sister [[Leanne Brett|name]] of
[[Felsted|place]] searched [[Dunmow|place]] town park with neighbour [[Gordon Pryke|name]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Tyler Brett|name]] - [[1 Dec 2026|date]], at [[Great\nDunmow|place]] library
Worker: [[Sam Okafor|name]] (Catch22). Mum [[Kerry|name]] present for the first ten minutes.

[[Ty|name]] said he "just went to [[Stortford|place]] with mates" then to [[Stansted|place]] "to get the train to
[[London|place]]". He would not name [[Smurf|name]] but said "[[Reece|name]] is like my brother". He said he slept at a girl's
house in [[Bishop's Park|place]], [[Bishop's Stortford|place]], "[[Chloe|name]]'s", at [[12 Cavell Drive|address]]. He
has a new phone, [[07958 372 114|phone]]; mum did not know it. [[Tyler|name]] said his dad [[Wayne Brett|name]] in
[[Braintree|place]] "doesn't care". Asked about the cash, he said his nan [[Pat|name]] gave it for his birthday ([[17th Feb|date]]).
He wants to go back to [[Helena Romanes|school]] and play rugby at [[Dunmow|place]] again with coach [[Andy Marsh-Peel|name]].
Worries: older males, the Audi, [[Chelmsford|place]]. NRM to be considered. Shared with SW [[Lucy Tennant|name]]
([[lucy.tennant@essexkids.org.uk|email]]) on [[2/12/26|date]].
Addendum [[3/12/26|date]]: [[Chloe|name]] is [[Chloe Barratt|name]] (15), a Y10 at [[Bishop's Stortford High|school]]; her mum
[[Nikki Barratt|name]] rang me ([[07521 306 448|phone]]) from [[Cavell Drive|address]]. She said [[Tyler|name]] and a "[[Jayden|name]]"
came at 11pm on [[the 28th|date]] and left at 5am with [[Reece|name]]. Shared with DS [[Lusted|name]] and [[Colin Pettit|name]].
Also present at the flat per [[Nikki|name]]: [[Chloe|name]]'s brother [[Kieran Barratt|name]] (19) and his girlfriend
[[Lacey Wicks|name]]. [[Ty|name]] said "[[Kieran|name]]'s safe, he's not involved".
[[S. Okafor|name]]
"""),
]


# --- E. Aldous family (white British), Felsted; a disabled girl of 7 ---------------------------------------------------

HOME_E = d.Address("3 Chelmsford Road", "", "Felsted", "CM6 3DH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Rosie", "Aldous")], dt.date(2019, 5, 6), addresses=[HOME_E], ids=["6495145349"],
       schools=["Felsted Primary School"]),
    _p("m", "mother", [("Claire", "Aldous")], dt.date(1989, 1, 21), addresses=[HOME_E], phones=["07817 530 462"],
       emails=["claire.aldous88@gmail.com"]),
    _p("f", "father", [("Ben", "Aldous")], dt.date(1987, 3, 3), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("mother's email to the disabled children's team", """From: [[Claire Aldous|name]] <[[claire.aldous88@gmail.com|email]]>
To: [[Martin Okoro|name]] (Disabled Children's Team, Essex)
Sent: Thursday [[26 November 2026|date]] 03:12
Subject: [[Rosie|name]] - please read

[[Martin|name]], sorry it's so late. [[Rosie|name]] (born [[6 May 2019|dob]], NHS [[649 514 5349|nhs]]) has been up since 1. Her
seizures are back, three today, and the hoist in the bathroom broke on [[the 22nd|date]]. [[Ben|name]] is working nights at
the airport and I can't lift her on my own now, my back has gone. My mum [[Jean Rutter|name]] in [[Thaxted|place]] used to
help but she's had her knee done. Our neighbour [[Sue|name]] at [[no. 5|address]] sat with her while I went to the chemist
in [[Dunmow|place]]. The OT ([[Kate Ellery|name]]) said someone would come before [[1st December|date]]. Nobody has.
[[Felsted Primary|school]] have been brilliant, Mrs [[Patel|name]] and her 1:1 [[Jodie\nMills|name]]. But I need short breaks. The
last time she went to Cherry Tree in [[Braintree|place]] was [[September 12th|date]]. I am not coping. Ring me on
[[07817 530 462|phone]], not the house phone.
PS [[Rosie|name]]'s consultant is Dr [[Amara Nwosu|name]] at Addenbrooke's, and her epilepsy nurse is [[Hayley Crisp|name]].
[[Ben|name]]'s mum [[Margaret Aldous|name]] lives in [[Coggeshall|place]] but doesn't drive.
[[Claire|name]]
[[3 Chelmsford Road|address]], [[Felsted|place]] [[CM6 3DH|postcode]]
"""),
    ("social worker's phone notes", """phone notes - [[M. Okoro|name]] - [[26/11/26|date]]
09:05 rang [[claire aldous|name]] [[07817 530 462|phone]]. v tired, crying. [[rosie|name]] asleep now. agreed home visit
today 2pm. asked abt dad [[ben|name]] - home 8am, sleeping.
09:20 rang OT [[kate ellery|name]] - hoist repair booked [[27/11|date]] (Medequip). Will visit [[Felsted|place]] on mon.
09:40 rang Dr [[Hussain|name]] ([[Dunmow|place]] surgery) re seizures: [[rosie|name]]'s neurology appt at Addenbrooke's in
[[Cambridge|place]] brought fwd to [[8 Dec|date]].
10:15 rang nan [[jean rutter|name]] ([[01371 830 662|phone]]), [[thaxted|place]]: can do Sat mornings from [[5/12|date]].
14:00 HV at home. [[rosie|name]] smiling, in her chair. [[claire|name]] showed the broken hoist. Friend [[Naomi Fitch|name]] from
[[Little Dunmow|place]] there, helps with school runs. Plan: emergency short break request, carers' assessment for [[Claire|name]],
panel [[3 December|date]].
16:30 rang [[ben aldous|name]] at work (Stansted, ground ops; supervisor [[Greg Fairley|name]] answered). [[ben|name]] can
change to days from [[14/12|date]]. said his sister [[kelly|name]] in [[witham|place]] could come over xmas.
16:45 emailed [[claire|name]] ([[claire.aldous88@gmail.com|email]]) the short breaks form. cc [[kate ellery|name]] and dr [[hussain|name]].
"""),
]


# --- F. Nolan / Fairweather family (white British), High Wych; a baby and a mother using drugs ---------------------------

HOME_F = d.Address("Flat 2, 6 High Wych Road", "High Wych", "Sawbridgeworth", "CM21 0HH")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Nolan")], dt.date(2026, 6, 18), addresses=[HOME_F], ids=["4276949807"]),
    _p("m", "mother", [("Shannon", "Nolan")], dt.date(2002, 12, 1), addresses=[HOME_F], phones=["07423 518 906"]),
    _p("f", "father", [("Liam", "Fairweather")], dt.date(2000, 7, 4), phones=["01279 724 391"]),
], "c")

DOCS_F = [
    ("health visitor's record of a new birth visit", """HEALTH VISITING - NEW BIRTH / 6-8 WEEK CONTACT
Baby: [[NOLAN, Alfie|name]]   DOB [[18/06/2026|dob]]   NHS [[427 694 9807|nhs]]
Mother: [[Shannon Nolan|name]] (DOB [[01/12/2002|dob]]) [[07423 518 906|phone]]   Father: [[Liam Fairweather|name]] [[01279 724 391|phone]]
Address: [[Flat 2, 6 High Wych Road|address]], [[High Wych|place]], [[Sawbridgeworth|place]] [[CM21 0HH|postcode]]
HV: [[Rachel Dunn|name]]   GP: Dr [[Obasi|name]]

[[30/07/2026|date]] 6-8 wk visit. [[Alfie|name]] gaining weight (4.9kg). Flat cold, one bar heater. [[Shannon|name]] pale, pinned
pupils, said she was "on nothing now". Told me she used heroin from 17 in [[Harlow|place]], on methadone with CGL in
[[Bishop's Stortford|place]] (worker [[Marcus Lyle|name]]). [[Liam|name]] not living there, "comes and goes"; he lives with his
mum [[Denise Fairweather|name]] in [[Gilston|place]].
[[14.8.26|date]] No access. Neighbour upstairs, Mrs [[Ann Keeble|name]] ([[flat 4|address]]), said a man with a dog calls
late. Car seen: [[LB66 HVX|vehicle]].
[[2 Sep|date]] Seen at [[Sawbridgeworth|place]] clinic with her friend [[Ashleigh Doyle|name]]. [[Alfie|name]] clean, fed,
nappy rash. [[Shannon|name]] said [[Liam|name]] "kicked the door in" on [[the 29th|date]]. DASH done: medium.
[[9/9/26|date]] Phone call from [[Shannon|name]]'s aunt [[Brenda Nolan|name]] ([[07389 227 615|phone]]) worried: [[Shannon|name]]
"looked gouched" at [[Jade|name]]'s in [[Sawbridgeworth|place]]. [[Marcus Lyle|name]] told.
[[21/09/2026|date]] Hospital: [[Alfie|name]] seen at the Princess Alexandra, [[Harlow|place]], bruise to left ear, "caught on
the cot". Referral to MASH by [[R. Dunn|name]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[ALFIE NOLAN|name]] ([[18.06.2026|dob]])
Held [[6 October 2026|date]] at [[Hertford|place]], Farnham House. Chair: [[Gillian Roper|name]]. Minutes: [[Tash Ward|name]].
Present: [[Shannon Nolan|name]] (mother), [[Liam\nFairweather|name]] (father) for the first hour, SW [[Omar Qureshi|name]],
HV [[Rachel Dunn|name]], DC [[Priestley|name]] (CAIT), [[Marcus Lyle|name]] (CGL), maternal great-aunt [[Brenda Nolan|name]]
of [[Much Hadham|place]].
Apologies: Dr [[Obasi|name]] (report sent).

1. [[Omar|name]] said [[Alfie|name]]'s injury on [[21 Sept|date]] had no clear explanation; the skeletal survey was clear.
2. [[Shannon|name]] said she has "been clean since [[July 1st|date]]" and tests would show it. [[Marcus|name]] confirmed two
negative tests ([[10/9|date]], [[24/9|date]]).
3. DC [[Priestley|name]]: police called to the flat on [[29 August|date]] and [[3rd September|date]]; [[Liam|name]] arrested
on the second, no further action. He was with [[Kyle Mott|name]] of [[Bishop's Stortford|place]], known for supply.
4. [[Brenda|name]] offered to have [[Alfie|name]] and [[Shannon|name]] stay at [[The Bourne, 11 Tower Hill|address]],
[[Much Hadham|place]] ([[SG10 6EU|postcode]]).
5. [[Liam|name]] left after item 3, shouting at [[Omar|name]]. His mum [[Denise|name]] rang the chair from [[07423 881 207|phone]].
Decision: child protection plan, category physical abuse. Review [[5 January 2027|date]]. Core group [[20/10/26|date]] at
[[High Wych|place]] village hall.
Post-meeting note: [[Liam Fairweather|name]] (DOB [[04/07/2000|dob]], NI [[NE 48 21 73 D|ni]]) left a voicemail for [[Gillian|name]]
from [[01279 724 391|phone]]. His solicitor is [[Priya Chandran|name]] of [[Harlow|place]]. [[Kyle Mott|name]]'s car, [[LB66 HVX|vehicle]],
was the one seen at the flat on [[14 August|date]]. [[Tash Ward|name]], [[7/10/2026|date]].
"""),
]

DOCS_A += [
    ("police domestic abuse attendance log", """HERTFORDSHIRE CONSTABULARY - DA ATTENDANCE (STORM ref 261024-0412)
Date/time: [[24/10/2026|date]] 23:52   Location: [[31 Thorley Park Road|address]], [[Bishop's Stortford|place]] [[CM23 3NH|postcode]]
Victim: [[SAYER Leanne|name]] ([[02/11/1996|dob]])   Suspect: [[KEMP Jordan|name]] ([[19/05/1993|dob]]), mob [[07934 226 871|phone]]
Children: [[Mason|name]] (8), [[Ivy|name]] (3) - not present (at maternal grandmother's, [[Spellbrook|place]])
Officers: PC [[Nathan Rix|name]] 2291, PC [[Lauren Akinola|name]] 3307

Caller was neighbour Mr [[Devendra Sharma|name]] ([[29 Thorley Park Rd|address]]), reporting screaming. On arrival [[Leanne|name]]
had a cut lip and redness to the throat. She said [[Jordan|name]] "put his hands round my neck" after she said she wanted him out.
[[Kemp|name]] had left in the Corsa ([[EN19 KXT|vehicle]]); ANPR hit at [[Thorley|place]] roundabout 23:40 heading to
[[Harlow|place]]. Arrested at his mother's, [[Beverley Kemp|name]], [[27 Bushey Croft|address]], [[Harlow|place]]
[[CM18 6RQ|postcode]], at 01:30 on [[25/10|date]]. [[Leanne|name]] told PC [[Akinola|name]] there was an earlier incident on
[[the 4th|date]] that she did not report, and that [[Jordan|name]] took her phone in August and
smashed it. DASH: HIGH (strangulation). MARAC referral. Bail conditions: not to enter [[Thorley Park|place]]. IDVA: [[Chloe Marten|name]]
(Herts Sunflower).
"""),
    ("child protection plan review, social worker's summary", """Review Child Protection Conference - [[Mason|name]] and [[Ivy Sayer|name]]
Social worker's summary by [[Kirsty Lamb|name]], [[30 November 2026|date]]

Since the ICPC on [[2 November|date]]: [[Leanne|name]] has kept [[Jordan|name]] away; he is bailed to [[Harlow|place]] until
[[15/12/2026|date]]. Nan [[Tracey|name]] and her partner [[Dave Gurney|name]] have the children three nights a week at
[[Spellbrook|place]]. [[Mason|name]] (DOB [[14.03.2018|dob]], NHS [[556 045 7949|nhs]]) attendance up to 94% at [[Thorley Hill|school]];
Mr [[Pye|name]] says he is "a different boy". [[Ivy|name]] (NHS [[489 729 7087|nhs]]) started at [[Little Acorns|school]] nursery in
[[Hockerill|place]] on [[9th November|date]], key worker [[Shona Dix|name]]. [[Leanne|name]] is on the Freedom Programme
with [[Stacey Wren|name]] for company. Concern: [[Mason|name]] told me on [[the 26th|date]] that he saw "[[Jordy|name]]" at the
[[Bishop's Stortford|place]] McDonald's on [[South Street|address]] and [[Jordan|name]] said "tell your mum I miss her".
Reported to PC [[Rix|name]]. Recommendation: plan continues; core group [[14 Dec|date]] at [[Thorley Park|place]] community
centre.
[[K. Lamb|name]], Stort Valley Children's Services, [[07855 402 119|phone]]
"""),
]

DOCS_B += [
    ("school attendance officer's home visit note", """[[Herts and Essex High School|school]] - Attendance home visit
Pupil: [[Salote Iosefa|name]] Y9   UPN [[E919556202701|upn]]   DOB [[22/07/2012|dob]]
Visit: [[2 December 2026|date]], 08:40, [[8 Clarion Close|address]], [[St Michael's\nMead|place]]. Officer: [[Wendy Garrod|name]]

[[Salote|name]] answered, dressed for school, holding [[Mikaele|name]]'s book bag. Mum [[Hina|name]] in bed upstairs.
[[Salote|name]] said her aunt [[Fetu|name]] "comes at 9 on Wednesdays". Kitchen clean; fridge had milk, taro and tinned fish
from the Pacific shop in [[Tottenham|place]] that [[Fetu|name]]'s husband [[Sione Kupa|name]] drives to on Saturdays. Lounge
had photos of [[Nukunonu|place]] and a flag of Tokelau. [[Salote|name]] said "Dad is coming on the [[20th|date]]". She showed
me a text from him ([[+64 21 456 7832|phone]]). She asked me not to tell Mrs [[Quayle|name]] at the doctor's that mum
"talks to Nana [[Sina|name]]" who is not there.
Attendance: 72% this term. Lates: [[9/11|date]], [[10/11|date]], [[16/11|date]], [[23/11|date]]. Her friend [[Amelia Shaw|name]]
from [[Thorley|place]] walks with her when she can. Referred to DSL Mr [[Fane|name]] and to [[Bryony Hale|name]]
(Carers in Herts) same day. [[W. Garrod|name]]
"""),
    ("father's email from New Zealand", """From: [[Tinielu Perez|name]] <[[t.perez.nz@xtra.co.nz|email]]>
To: [[Omari Blake|name]] (social worker)
Date: [[4 Dec 2026|date]] 22:10 NZDT
Subject: [[Hina|name]] and the kids

Kia ora [[Omari|name]], thank you for the call. I fly from [[Auckland|place]] on [[19 December|date]] and land at Heathrow on
[[20/12|date]]. My brother [[Pita Perez|name]] comes with me, his number [[+64 21 903 1174|phone]]. We will stay at
[[8 Clarion Close|address]]
with [[Hina|name]] and [[Lote|name]] and [[Mika|name]]. I left in March because my visa ran out, not because we split. [[Hina|name]]'s
mum [[Sina|name]] died in October on [[Nukunonu|place]]; I think that is when [[Hina|name]] got sick. Please let
[[Fetu|name]] and [[Sione|name]] know, they have been good to us. Our church in [[Porirua|place]], Pastor [[Ioane Tuilagi|name]],
is praying. My sister-in-law [[Losa Iosefa|name]] in [[Wellington|place]] wants to speak with you too.
Ma te alofa,
[[Tini|name]]
"""),
]

DOCS_C += [
    ("father's voice message transcribed", """Voicemail left on the duty line, [[25/11/2026|date]] 23:47, transcribed by
[[Hollie Brandt|name]] (duty SW)
Caller gave name as [[Craig Marsh|name]], number shown [[07521 884 073|phone]]. Speech slurred; [inaudible] marks gaps.

"yeah it's [[Craig|name]], [[Craig Marsh|name]], [[Fin|name]]'s dad, from [[Bullfields|address]] in [[Sawbo|place]] ... you had a
woman at his school, [[Priya|name]] or whatever, asking him about me ... he's twelve, he don't need that ... his mum's gone,
[[Gemma|name]]'s gone, [inaudible] ... [[Donna|name]] put you up to this, his aunty, she's always wanted him in [[Harlow|place]]
... I'm not drinking, I had a couple at the social club in [[Sawbridgeworth|place]] with [[Mick|name]] ... [[Mick Loveday|name]], ask
him ... [[Finley|name]]'s in bed, he's fine ... I had a fall on the [[20th|date]], that's all it was, my back ... don't
you come round, [inaudible] ... ring me tomorrow, [[07521 884 073|phone]]."

Action: [[H. Brandt|name]] rang back [[26/11|date]] 09:10, no answer. Checked with school ([[Joanne Tilley|name]]): [[Fin|name]] in,
tired. Aunt [[Donna Prior|name]] rung on [[07389 641 502|phone]]: she will go to [[17 Bullfields|address]] tonight with her
husband [[Gary|name]]. Police welfare check requested (PC [[Hurst|name]], [[Bishop's Stortford|place]]).
"""),
    ("MASH strategy discussion record", """MASH STRATEGY DISCUSSION - [[MARSH, Finley|name]] (12), [[08/09/2014|dob]],
NHS [[594 858 6308|nhs]]
Date: [[27 November 2026|date]]. Chair: [[Andrea Kilby|name]] (Team Manager). Present: [[Hollie Brandt|name]] (SW), DS
[[Kemal Aydin|name]] (police), [[Joanne Tilley|name]] ([[Leventhorpe|school]]), [[Priya Nandra|name]] (Carers in Herts),
Nurse [[Lyn Okafor|name]]
(school nursing).

Police: [[Craig Marsh|name]] (DOB [[27/06/1979|dob]]) has a drink-drive conviction (May 2021) and a
call-out on [[14 Feb 2026|date]] when [[Finley|name]], then 11, rang from the house at [[Bullfields|address]] because dad
"wouldn't wake up". Welfare check on [[26/11|date]]: PC [[Hurst|name]] found [[Craig|name]] asleep, [[Finley|name]] making
tea, cupboards near empty, an empty bottle of vodka by the bed.
School: [[Fin|name]] is liked; his form tutor Mr [[Ade Lawal|name]] says he has fallen asleep twice.
Aunt: [[Donna Prior|name]], [[9 Partridge Court|address]], [[Harlow|place]] [[CM18 7EP|postcode]], offers a room.
Threshold met for s.47 (neglect). Visit today by [[Hollie|name]] and PC [[Hurst|name]]. [[Fin|name]] to be seen alone.
"""),
]

DOCS_D += [
    ("mother's texts to the social worker, lower case", """Texts from [[Kerry Brett|name]] ([[07400 918 356|phone]]) to
[[Lucy Tennant|name]], copied [[3/12/26|date]]

[[28 nov|date]] 21:02  hi [[lucy|name]] [[ty|name]] not home again. he went off with [[reece|name]] from the co op in [[dunmow|place]]
[[28 nov|date]] 21:40  ive rang 101. his phone is off. the new one is [[07958 372 114|phone]] i found the box
[[29 nov|date]] 08:15  no sleep. [[mia|name]]s mum says he might be at [[stortford|place]] with a girl called [[chloe|name]]
[[29 nov|date]] 13:30  [[wayne|name]] says not his problem. hes in [[braintree|place]] with [[sharon|name]] and her kids
[[30 nov|date]] 02:40  police found him at [[stansted|place]]!! hes home. smells of weed, new jacket, 2 phones
[[30 nov|date]] 10:05  the audi was outside [[woodlands park|place]] shop at 9. [[av71 zpl|vehicle]] i took a photo
[[1 dec|date]] 16:20  [[sam|name]] from catch 22 was good. [[ty|name]] actually talked
[[2 dec|date]] 07:55  can [[tyler|name]] go to nans in [[felsted|place]]? [[pat|name]] says yes. [[pat brett|name]] [[01371 820 518|phone]]
"""),
    ("contextual safeguarding panel minutes", """UTTLESFORD CONTEXTUAL SAFEGUARDING PANEL - [[3 December 2026|date]] - extract
Chair: Insp. [[Rob Clewes|name]]. Minutes: [[Dee Howarth|name]].

Item 4: [[Great Dunmow|place]] / [[Stansted Mountfitchet|place]] corridor.
[[Tyler Brett|name]] (15, [[17.02.2011|dob]]), [[Reece Hollis|name]] (17) and [[Jayden Fox|name]] (16, [[Takeley|place]]) seen
together at [[Dunmow|place]] skate park and the [[Stansted|place]] station underpass. The black Audi ([[AV71 ZPL|vehicle]]) is
registered to [[Kirsty Amos|name]] of [[Harlow|place]]; driven by her son [[Dwayne|name]] "[[Smurf|name]]" [[Amos|name]] (23).
Correction from DS [[Lusted|name]]: "[[Smurf|name]]" is the nickname; [[Dwayne Amos|name]] is believed to run a line from
[[Tottenham|place]] to [[Bishop's Stortford|place]] and [[Great Dunmow|place]].
[[Helena Romanes|school]] ([[Colin Pettit|name]]): [[Tyler|name]] excluded again [[the 2nd|date]]. Fine for the place of safety with nan
in [[Felsted|place]].
Actions: disruption at the skate park (PCSO [[Gail Hunt|name]]); NRM referral for [[Tyler|name]] by [[Lucy Tennant|name]] by
[[10/12/2026|date]]; a managed move? (no: [[Tyler|name]] wants to stay).
"""),
]

DOCS_E += [
    ("short breaks panel application", """SHORT BREAKS APPLICATION - Essex Disabled Children's Team
Child: [[ALDOUS, Rosie|name]]   DOB: [[06/05/2019|dob]]   NHS: [[649 514 5349|nhs]]
Diagnosis: cerebral palsy (GMFCS IV), epilepsy, CVI
Parents: [[Claire Aldous|name]] (mum, [[21/01/1989|dob]]) and [[Ben Aldous|name]] (dad, [[03/03/1987|dob]])
Address: [[3 Chelmsford Road|address]], [[Felsted|place]], [[Dunmow|place]] [[CM6 3DH|postcode]]
Contact: [[07817 530 462|phone]] / [[claire.aldous88@gmail.com|email]]
School: [[Felsted Primary School|school]] (1:1 [[Jodie Mills|name]]); from Sept 2027 hoped:
[[Columbus School|school]] in [[Chelmsford|place]].

Support now: nan [[Jean Rutter|name]] ([[Thaxted|place]]), Saturday mornings from [[5 Dec|date]]; family friend [[Naomi Fitch|name]]
([[Little Dunmow|place]]); Dad's sister [[Kelly Aldous|name]] in [[Witham|place]] once a month.
Past short breaks: Cherry Tree, [[Braintree|place]], last stay [[12/09/2026|date]] (then closed for refurbishment).
Request: 2 nights a month overnight, plus a direct payment for a PA (mum has asked [[Megan Cole|name]], a TA from
[[Flitch Green|place]], DOB [[9.4.2001|dob]]).
Note: Ms [[Cole|name]]'s date of birth is for DBS only.
Worker: [[Martin Okoro|name]]   Signed: [[M. Okoro|name]]   Date: [[1 December 2026|date]]
"""),
    ("occupational therapist's home visit report", """OT HOME VISIT - [[Rosie Aldous|name]] - [[30/11/2026|date]]
OT: [[Kate Ellery|name]] (Essex Child and Family Wellbeing Service)  Present: [[Claire|name]] and [[Ben|name]], [[Rosie|name]]

House: a semi on [[Chelmsford Road|address]], [[Felsted|place]], stairs to bathroom. Ceiling hoist (Medequip) repaired
[[27/11|date]]. [[Ben|name]] (works nights at Stansted) lifts [[Rosie|name]] on the stairs; [[Claire|name]] now cannot.
[[Rosie|name]] is 21kg. Wheelchair from the [[Broomfield|place]] clinic is too small (seen by [[Raj Mistry|name]], wheelchair
service, [[Oct 14|date]]).
Recommendations: through-floor lift (DFG via Uttlesford, grants officer [[Helen Stagg|name]]); a bath lift meanwhile; a
Tobii eye-gaze trial with SALT ([[Fiona Wray|name]]).
Neighbour [[Sue Harding|name]] ([[no. 5|address]]) came round with soup; [[Claire|name]] said she is "the only one on the
road who knows [[Rosie|name]]". [[Rosie|name]] laughed at the dog.
"""),
]

DOCS_F += [
    ("GP practice safeguarding email", """From: Dr [[Chidi Obasi|name]] <[[c.obasi@nhs.net|email]]>
To: [[Omar Qureshi|name]]; [[Rachel Dunn|name]]
Date: [[11 November 2026|date]]
Subject: RE: [[Alfie Nolan|name]] [[18/06/2026|dob]] NHS [[4276949807|nhs]]

Dear [[Omar|name]],
I saw [[Shannon|name]] and [[Alfie|name]] today. [[Alfie|name]] is well, 7.8kg, immunisations up to date. [[Shannon|name]] asked
for her methadone to move from the pharmacy in [[Sawbridgeworth|place]] to the one in [[Much Hadham|place]], as she is staying
with her aunt [[Brenda|name]] most nights now. She said [[Liam|name]] turned up at [[High Wych|place]] on Sunday [[8th|date]]
with his friend "[[Mottsy|name]]" and she did not let them in. Her new number is [[07423 518 906|phone]].
She also told me her cousin [[Jade Nolan|name]] in [[Sawbridgeworth|place]] has offered to babysit; I have no concerns about
that but I do not know her. [[Liam|name]]'s mother [[Denise|name]] has rung the surgery twice asking for [[Alfie|name]]'s
records (on [[4/11|date]] and [[9/11|date]]); reception (manager [[Tina Rolfe|name]]) refused.
Kind regards, [[Chidi|name]]
Dr [[C. Obasi|name]], Sawbridgeworth Medical Services
"""),
    ("mother's letter to the conference chair, handwritten and scanned", """[handwritten letter, scanned [[3.12.2026|date]], OCR]

To [[Gillian Roper|name]] (chair)
From [[Shannon Nolan|name]], at my aunty [[Brendas|name]] in [[Much Hadharn|place]]

Dear Mrs [[Roper|name]],
I want you to no I am doing everything on the plan. I am clean since [[1st July|date]], [[Marcus|name]] will tell you. I go to
the group in [[Stortford|place]] every tuesday and [[Ashleigh|name]] gives me a lift. [[Alfie|name]] is 5 months and he is
rolling over. I have not seen [[Liam|name]] since the [[8th|date]] of Nov. [[Denise|name]] keeps ringing me from
[[07423 881 207|phone]] and saying she will get [[Alfie|name]]. I dont want [[Alfie|name]] going to [[Gi1ston|place]].
I want to move back to [[High Wych|place]] after xmas if the flat is fixed. [[Omar|name]] said he would ask the council.
My nan [[Maureen Nolan|name]] is in [[Bishops Stortford|place]] at Hayleys Manor care home, I take
[[Alfie|name]] to see her on Sundays. Please can the next meeting not be at [[Hertford|place]] as the bus is 2 hours.
From [[Shannon|name]] x
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 201 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:47 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "coach", "mama", "tamana", "faifeau", "tinana", "tupuna"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "hertfordshire", "herts",
               "essex", "uttlesford", "new zealand", "tokelau", "pacific", "pacific islands"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Mama Losa", "Faifeau Iosefa Lemisio", "coach Lewis Abbott")
# and states, counties and countries ("Hertfordshire", "Essex", "Tokelau", "New Zealand").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
