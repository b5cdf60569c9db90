"""Set 199: a held-out hand-written set for the redaction detector, six more invented families in Bude, Holsworthy and Okehampton (the
north Cornwall and west Devon border), written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set198.py, bench/redaction_set200.py, bench/redaction_set201.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set181.py (its first 200 lines, which hold its docstring, imports, first
family's record and first documents, and its last 60 lines, which hold its _TITLES, _AFTER, _NOT_PLACES and HandSet lines)
and tests/test_redaction_set181.py (whole), whose shape this set copies. bench/redaction_set21.py and its test were NOT read
(for lack of time); set 21's conventions were followed as set 181's docstring restates them. No part of
bench/redaction_handwritten.py or bench/redaction_set15.py was read (they are only imported, as set 181 imports them). The
docstrings of bench/redaction_set7.py to bench/redaction_set197.py were searched by a script (ast.get_docstring) for the
towns, villages and communities used here; the script printed the set numbers that matched, and for a few words a short
context around each match (Bude: only "St Budeaux" in set 21; Stratton: Stratton St Margaret in set 106 and Stratton,
Cirencester in set 176, other places than Stratton by Bude, which here is only a grandmother's home; Launceston in set 173;
Tavistock in set 23; Meghalaya in set 184, a Khasi family; "Tura" only inside other words in sets 99 and 156). Bude,
Flexbury, Holsworthy, Okehampton, Sticklepath, Hatherleigh and Kilkhampton were not found. Garo (and A·chik) was found in
no earlier docstring. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked
with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored
once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, each in a town, district or village the earlier docstrings did not show as a family's home: a young white
British couple in Flexbury, Bude, with a nan in Bude and the father's mother in Kilkhampton (Jewell / Penhale; domestic
abuse, neglect of a boy of 8 and a girl of 3, a strategy discussion, bail conditions); a Garo (A·chik) family from Tura,
West Garo Hills, Meghalaya, north-east India (a matrilineal people whose children carry their mother's clan name) in
Holsworthy (Marak / Sangma; a father's drinking and a push on the stairs, a mother's stillbirth, a girl of 13 interpreting
for her mother, a family chat in Garo, a grandmother in Tura); a white British girl of 15 in Okehampton (Knapman; missing
to Plymouth and Exeter, county lines exploitation, a father in Tavistock); a white British young carer of 12 in Sticklepath
(Cann; a mother with bipolar disorder, a neighbour's help, a GP letter); a white British disabled boy of 8 in Hatherleigh
(Heywood; cerebral palsy and epilepsy, short breaks, a mother alone, housing); and a white British baby of 6 months in
Kilkhampton (Hooper / Sleeman; a mother's partner on methadone, neglect, the baby placed with her nan in Stratton). The
Garo community did not appear in any earlier docstring searched. 24 documents, each with its own style label: a primary
school safeguarding log, a nan's Facebook messages, a strategy discussion record, a child's letter typed from his
handwriting, a family group chat in Garo with a translation, a school nurse's referral, a police DASH form, a girl's own
writing, a return home interview, Snapchat screenshots typed up, exploitation panel minutes, a mother's voicemail
transcribed, a young carers' assessment, a worker's texts with a young carer, an ecomap key, a GP letter scanned by OCR
(with its misreadings), a short breaks application, an OT home visit record, a mother's email, short breaks panel minutes,
a health visitor's phone notes, a joint home visit record, a pharmacist's call on the duty log and a family safety plan.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (India, Bangladesh); NHS numbers and UPNs (LA 908 Cornwall, 878 Devon)
pass their check digits. The Garo sentences are short and simple, with an interpreter's English under each; they are
invented and may not be idiomatic. Surgeries, wards, the pharmacies, the councils, the police force, the young carers'
service and the Garo church fellowship are organisations and stay unmarked; towns, villages, districts and estates are
real and marked as places.

Markup and conventions: those of bench/redaction_set21.py as set 181 restates them. Titles and kinship words stay outside a
name (Mr, Mrs, Miss, Dr, PC, PCSO, DS, DI, Sgt, TM, HV, SW, Pastor, nan, nanny, grampy, grandad, auntie, aunty, uncle, and the
Garo Ambi (grandmother), Ama (mother) and Apa (father), which are not names even in a chat); "SURNAME, First" and
"SURNAME First" are one span ("JEWELL, Mason", "MARAK Bidanchi"); a Garo middle initial stays inside the name ("Wilson Ch.
Sangma"); a family's clan name in a chat's title ("Marak nok") is a name; a neighbour's bare house number ("no. 24",
"no 7") is an address; a pet's name (Bramble) is not a name; states, counties and countries stay unmarked ("Meghalaya",
"West Garo Hills", "Cornwall", "Devon"); a railway station or bus station named by its town marks the town ("Exeter St
Davids"); a shop named by its town in lower-case words marks the town ("okehampton tesco", "the bude tesco",
"Okehampton Tesco"), as set 21's "Totnes market" does; a school's name in a heading is a school; landmarks ("the moor",
Dartmoor) stay unmarked; an OCR misreading keeps its kind
("O9/03/l979" a date of birth, "Stick1epath", "Exeler" and "Credlton" places, "2l June 2O26" a date).

Choices this set had to make: "christmas" and "sundays" in a boy's ecomap are left unmarked (a festival and a weekday
without a day), while "Christmas Day", "xmas" as a deadline and "october half term" are marked as dates; a nickname in a
chat ("tiny", "bish", "kez", "little t") is a name; "Tavi" (for Tavistock) is a place; hamlets and beach villages of Bude
("lynstone", "widemouth") are places.

Time: the whole set was written in one sitting under a deadline; the documents are shorter than set 181's and some were
lengthened after first writing with extra entries (log lines, chat lines, contact lists).

Self-check without the detector: `python -m bench.redaction_set199` (and tests/test_redaction_set199.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 908 gold spans, 518 of them names (31 addresses, 13 postcodes, 152 places, 15 schools, 31 phones, 6
emails, 17 dates of birth, 105 dates, 6 NHS numbers, 4 UPNs, 4 NI numbers, 6 vehicles)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Jewell / Penhale family (white British), Flexbury, Bude -----------------------------------------------------------

HOME_A = d.Address("22 Killerton Road", "Flexbury", "Bude", "EX23 8EN")
NAN_A = d.Address("5 Lynstone Close", "", "Bude", "EX23 8LR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Jewell")], dt.date(2018, 4, 11), addresses=[HOME_A], ids=["5848155461", "Y908341021502"],
       schools=["Bude Junior School"]),
    _p("s", "sibling", [("Isla", "Jewell")], dt.date(2022, 10, 3), addresses=[HOME_A], ids=["7995827199"]),
    _p("m", "mother", [("Chelsea", "Penhale")], dt.date(1996, 12, 5), addresses=[HOME_A], phones=["07712 455 019"]),
    _p("f", "father", [("Lee", "Jewell")], dt.date(1993, 3, 27), addresses=[HOME_A], phones=["07834 602 917"]),
    _p("g", "grandparent", [("Lorraine", "Penhale")], dt.date(1971, 8, 19), addresses=[NAN_A], phones=["01288 352 406"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """[[BUDE JUNIOR SCHOOL|school]] - SAFEGUARDING LOG (CPOMS export)
Child: [[JEWELL, Mason|name]]   DOB [[11/04/2018|dob]]   UPN [[Y908341021502|upn]]   Year 3, Puffins
Mum [[Chelsea Penhale|name]] [[07712 455 019|phone]] / Dad [[Lee Jewell|name]] [[07834 602 917|phone]]
Home: [[22 Killerton Road|address]], [[Flexbury|place]], [[Bude|place]] [[EX23 8EN|postcode]]

[[07/09/2026|date]] [[Mason|name]] hungry at breakfast club, ate three toast. Mrs [[Trebilcock|name]] (teacher) informed.
[[14/09/2026|date]] Same jumper all week, smells of smoke. Nan [[Lorraine|name]] collected - said "[[Chels|name]] is in bed
again". Logged by TA [[Gemma Shute|name]].
[[21.9.26|date]] [[Mason|name]] said dad "threw the hoover at mummy". DSL [[Rob Cobbledick|name]] spoke to him with
[[G. Shute|name]]. Referral to Cornwall MARU at 11:40.
[[24 Sept|date]] SW [[Hannah Treloar|name]] rang back, visit booked.
[[1st October|date]] [[Isla|name]] (3) brought to gate in a nappy only under her coat. Mum with her friend [[Stacey Bray|name]] from
[[Poughill|place]].
[[8/10/2026|date]] [[Mason|name]]: "I sleep at nanny [[Lorraine|name]]'s on [[Lynstone Close|address]] when [[Lee|name]] is shouting".
[[12/10|date]] Dad came to the office shouting about "social"; PCSO [[Dunstan|name]] attended. [[Lee|name]] left in a blue
Transit [[WK17 RFO|vehicle]].
[[19/10/26|date]] Absent, no call. Home visit by [[Rob|name]] and Mrs [[Trebilcock|name]]: neighbour Mr [[Colin Yeo|name]] at
[[no. 24|address]]
said the family "went to [[Lee|name]]'s brother [[Jason|name]] in [[Holsworthy|place]]".
[[20 Oct|date]] Back. [[Mason|name]] says they slept on [[Jase|name]]'s sofa in [[Holsworthy|place]] with "[[Tiny|name]]" (unknown).
[[2/11/2026|date]] [[Mason|name]] told Mrs [[Trebilcock|name]] his best friends are [[Alfie Hocking|name]] and [[Poppy
Rowe|name]]. Emailed [[hannah.treloar@cornwall.gov.uk|email]].
[[9 Nov|date]] Core group at school, Mr [[Cobbledick|name]] chairing in the SW's absence.
[[16/11/2026|date]] [[Mason|name]] upset: [[Alfie|name]]'s mum ([[Jo Hocking|name]]) said he can't come for tea "because of
[[Lee|name]]". Mrs [[Trebilcock|name]] spoke to [[Mason|name]]; [[Rob|name]] rang [[Hannah|name]].
[[23/11/26|date]] Nan [[Lorraine|name]] and grampy [[Dave Penhale|name]] at parents' evening with [[Chelsea|name]]. [[Chelsea|name]]
said [[Lee|name]] texted her from [[Kilkhampton|place]] and his mum [[Carol|name]] "turned up at [[Flexbury|place]] shouting".
[[30/11|date]] [[Isla|name]] started at [[Little Stars|school]] nursery, [[Stratton|place]]. Key worker [[Becca Sluggett|name]].
"""),
    ("nan's facebook messages copied into the record", """Messenger messages, [[Lorraine Penhale|name]] -> [[Hannah Treloar|name]] (SW)
copied [[15/10/2026|date]]

[[13 Oct|date]] 22:06 evening maid its [[lorraine|name]], [[masons|name]] nan. [[chelsea|name]] not answering, [[lee|name]] got her phone
[[13 Oct|date]] 22:09 i can have both kids at mine [[5 lynstone cl|address]] but my [[dave|name]] is on nights
[[14 Oct|date]] 07:50 [[mason|name]] stayed here. [[isla|name]] still up [[flexbury|place]] with them
[[14 Oct|date]] 08:15 [[lee|name]] and his mate [[tiny|name]] ([[kyle|name]] i think) went [[launceston|place]] in the van early
[[14 Oct|date]] 08:31 ring the house [[01288 352 406|phone]] mobile is cracked. [[sandra|name]] at [[no 7|address]] heard it all last night
[[14 Oct|date]] 12:02 [[chels|name]] rang me crying from [[stacey|name]]s at [[poughill|place]]. [[isla|name]] with her. hes smashed the
door
[[14 Oct|date]] 12:04 please dont say i said. his mum [[carol|name]] in [[kilkhampton|place]] will kick off x
[[15 Oct|date]] 19:20 [[hannah|name]] can u tell [[chels|name]] i got [[masons|name]] uniform from the [[bude|place]] tesco
[[15 Oct|date]] 19:22 and [[dave|name]] says thank u to the police lady, [[tamsin|name]]? no that was the HV. the police one was
[[paula|name]]
[[16 Oct|date]] 06:55 [[lee|name]] went by in the van at 6 with [[tiny|name]], past [[lynstone|place]] towards [[widemouth|place]]
"""),
    ("strategy discussion record", """CORNWALL COUNCIL CHILDREN'S SERVICES - STRATEGY DISCUSSION (s47)
Children: [[Mason Jewell|name]] ([[11 April 2018|dob]]), [[Isla Jewell|name]] ([[3 October 2022|dob]], NHS [[799 582 7199|nhs]])
Held: [[16 October 2026|date]], 10:00, Teams   Chair: TM [[Sian Pascoe|name]]
Attendees: [[Hannah Treloar|name]] SW; [[Rob Cobbledick|name]] DSL, [[Bude Junior|school]]; DS [[Paul Rundle|name]], Devon
and Cornwall Police; HV [[Tamsin Uglow|name]]; Dr [[Menheniott|name]], Neetside Surgery (by email).
Information: police attended [[22 Killerton Rd|address]] on [[13/10|date]] at 23:10 after a call from a neighbour ([[Sandra
Hicks|name]], [[7 Killerton Road|address]]). Mother had a red mark to neck. Father arrested, released on bail to his mother's,
Mrs [[Carol Jewell|name]], [[3 Penstowe Road|address]], [[Kilkhampton|place]] [[EX23 9QT|postcode]].
[[Lee|name]] has previous with an ex-partner ([[Kerry Bassett|name]], [[Camelford|place]], 2019).
HV: [[Isla|name]] missed her 2-year check twice ([[4/3/25|date]], [[6 May 2025|date]]).
Outcome: s47 joint; [[Hannah|name]] and DS [[Rundle|name]] to see [[Chelsea|name]] at [[Stacey Bray|name]]'s in [[Poughill|place]] today.
Bail conditions: not to enter [[Flexbury|place]] or contact [[Chelsea Penhale|name]]. Next meeting [[30/10/2026|date]].
Actions: [[Hannah Treloar|name]] to visit nan [[Lorraine Penhale|name]] at [[5 Lynstone Close|address]], [[Bude|place]]
[[EX23 8LR|postcode]];
[[Tamsin Uglow|name]] to rebook [[Isla|name]]'s check; [[Rob Cobbledick|name]] to tell [[Mason|name]]'s class teacher Mrs [[Ann
Trebilcock|name]]; DS [[Rundle|name]] to trace "[[Tiny|name]]" ([[Kyle Tape|name]]?) and [[Jason Jewell|name]], [[Holsworthy|place]].
Mother's NI [[PK 61 30 88 D|ni]]. Minutes: [[Lauren Hawke|name]].
"""),
    ("child's letter typed from his handwriting", """typed from [[Mason|name]]'s writing, [[5.11.26|date]]
(spelling kept)

my name is [[mason|name]] i am 8. i live in [[bude|place]] by the beach. i like the sea pool and crabbing with nanny
[[lorraine|name]] and grampy [[dave|name]]. my sister is [[isla|name]] she is anoying but i love her.
dad [[lee|name]] is shouty when he drinks. one time he broke the door. i hid in my room with [[isla|name]] and my teddy.
i want to live with mummy and [[isla|name]] and see dad at the family centre with [[hannah|name]].
my best frends are [[alfie|name]] and [[poppy|name]]. mrs [[trebilcock|name]] is kind. on my birthday [[11th april|date]] i want
to go to the [[wadebridge|place]] cinima.
i do not like [[tiny|name]] he smels. uncle [[jason|name]] is ok he has a dog. mummy and [[stacey|name]] are frends and
[[stacey|name]]s boy [[tyler|name]] plays lego with me in [[poughill|place]].
from [[Mason J|name]]
"""),
]


# --- B. Sangma / Marak family (Garo, A·chik, from Meghalaya), Holsworthy --------------------------------------------------

HOME_B = d.Address("9 Trewyn Park", "", "Holsworthy", "EX22 6DG")
GRAN_B = d.Address("Rongkhon Songgital", "", "Tura", "794001")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Silchi", "Marak")], dt.date(2013, 7, 22), addresses=[HOME_B], ids=["6111076922", "Q878313320829"],
       schools=["Holsworthy Community College"]),
    _p("s", "sibling", [("Rikseng", "Marak")], dt.date(2019, 1, 30), addresses=[HOME_B], ids=["5486105983"]),
    _p("m", "mother", [("Bidanchi", "Marak")], dt.date(1988, 5, 14), addresses=[HOME_B], phones=["07925 318 744"]),
    _p("f", "father", [("Jengchang", "Sangma")], dt.date(1985, 9, 2), addresses=[HOME_B], phones=["07466 209 381"]),
    _p("g", "grandparent", [("Nokme", "Marak")], addresses=[GRAN_B], phones=["+91 94361 28457"]),
], "c")

DOCS_B = [
    ("family group chat in Garo with a translation", """Chat "[[Marak|name]] nok" (WhatsApp), shown by [[Silchi|name]] to SW
[[Becky Heard|name]] on
[[18/11/2026|date]]; Garo translated by interpreter [[Pritam Momin|name]] (phone, [[+880 1712 345678|phone]])

Ambi [[Nokme|name]] ([[+91 94361 28457|phone]]) [[14/11|date]] 06:12: [[Silchi|name]] namengama? Ama namengama?
  [[Silchi|name]] are you well? Is your mother well?
[[Silchi|name]] [[14/11|date]] 06:40: Ama jumang ka·ja. Apa chu ringaha
  Mum is not sleeping. Dad drank (rice beer/alcohol)
Ambi [[Nokme|name]] [[14/11|date]] 06:44: [[Rikseng|name]]-ko nang·a ring·bo. [[Tura|place]]-o re·bapbo
  Look after [[Rikseng|name]]. Come to [[Tura|place]]
[[Bidanchi|name]] [[15/11|date]] 23:58: Anga namja
  I am not well
Uncle [[Tengrak|name]] ([[Shillong|place]]) [[16/11|date]] 08:20: [[Jengchang|name]] re·bae, ka·sabo
  [[Jengchang|name]], please (be kind)
Interpreter's note: "Ambi" = grandmother, "Ama" = mother, "Apa" = father; these are not names.
[[Jinjia|name]] ([[Luton|place]]) [[16/11|date]] 09:02: [[Bidanchi|name]], ring me. [[Rakkam|name]] and [[Jinme|name]] ask for
[[Silchi|name]]
  (English in the chat)
[[Silchi|name]] [[16/11|date]] 09:30: [[Ruth|name]] aunty came. she took ama to church in [[bradworthy|place]]
"""),
    ("school nurse's referral for a girl acting as her mother's interpreter", """[[HOLSWORTHY COMMUNITY COLLEGE|school]] / SCHOOL NURSING
- REFERRAL
Pupil: [[MARAK, Silchi|name]]   DOB [[22.07.2013|dob]]   NHS [[611 107 6922|nhs]]   UPN [[Q878313320829|upn]]   Y8
Address: [[9 Trewyn Park|address]], [[Holsworthy|place]], [[EX22 6DG|postcode]]. Family speak Garo (A·chik) and
Bengali; from [[Tura|place]], West Garo Hills, Meghalaya. Father works at the meat plant in [[Hatherleigh|place]].
Concern: [[Silchi|name]] (13) translating at her mother's GP and midwife appointments, absent [[3 Nov|date]], [[10 Nov|date]],
[[11/11|date]]. Mum [[Bidanchi Marak|name]] ([[07925 318 744|phone]]) lost a baby at 30 weeks in September (RD&E, [[Exeter|place]]).
[[Silchi|name]] says Apa ([[Jengchang Sangma|name]], [[07466 209 381|phone]]) "drinks and shouts"; he pushed mum on the stairs on
Sunday [[15th|date]]. Brother [[Rikseng|name]] (7) at [[Holsworthy C of E Primary|school]] wet the bed since.
Friend of the family Mrs [[Ruth Momin|name]] (church, [[Bradworthy|place]]) has been helping; her number [[07583 116 240|phone]].
Pastor [[Wilson Ch. Sangma|name]] of the Garo Baptist fellowship (online, [[Luton|place]]) also knows them.
Class teacher Mr [[Kivell|name]] and head of year Mrs [[Abbott|name]] spoke to [[Silchi|name]] on [[16/11|date]]. Her friend
[[Evie Bale|name]] told Mrs [[Abbott|name]] that [[Silchi|name]] "cries in the toilets at lunch". [[Rikseng|name]]'s teacher, Miss
[[Dymond|name]], says he is "very quiet since half term".
Referrer: [[Karen Ley|name]], school nurse, [[karen.ley@nhs.net|email]], [[01409 253 817|phone]], [[19/11/2026|date]].
Mum's NI number [[JT 48 19 62 C|ni]]. Interpreter needed: Garo; mum does not want a Bengali interpreter from [[Exeter|place]].
"""),
]


# --- C. Knapman family (white British), Okehampton ------------------------------------------------------------------------

HOME_C = d.Address("41 Kempley Road", "", "Okehampton", "EX20 1AL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Knapman")], dt.date(2011, 2, 8), addresses=[HOME_C], ids=["7582005406", "F878326510588"],
       schools=["Okehampton College"]),
    _p("m", "mother", [("Donna", "Knapman")], dt.date(1982, 6, 30), addresses=[HOME_C], phones=["07791 450 623"]),
    _p("f", "father", [("Shaun", "Knapman")], dt.date(1980, 11, 17), phones=["07415 336 902"]),
], "c")

DOCS_C = [
    ("return home interview", """RETURN HOME INTERVIEW - [[Kacey Knapman|name]] ([[08/02/2011|dob]]) - NHS [[7582005406|nhs]]
Missing from [[41 Kempley Road|address]], [[Okehampton|place]] [[EX20 1AL|postcode]] on [[21/11/2026|date]] 17:00, found
[[23/11/2026|date]] 02:15 in [[Plymouth|place]] ([[Devonport|place]]) by PC [[Jago|name]].
Interview [[24/11/2026|date]] at [[Okehampton College|school]] by [[Zoe Furse|name]] (RHI worker).
[[Kacey|name]] said she got the train from [[Okehampton|place]] station to [[Exeter|place]] with [[Tayla Maddaford|name]] and met
"[[Deano|name]]"
([[Dean|name]], 19, from [[Crownhill|place]]) who drove them in a black Golf [[WF66 KZX|vehicle]] to a flat at [[Flat 4, 18 Raglan
Road|address]]. She held "a bag" for him. His number is [[07538 241 609|phone]]. She met "[[Kez|name]]" and "[[Little T|name]]".
She does not want mum ([[Donna|name]], [[07791 450 623|phone]]) told about [[Tayla|name]]. Dad [[Shaun Knapman|name]] lives in
[[Tavistock|place]] ([[07415 336 902|phone]]) and she wants to stay with him. Her trusted adult: Miss [[Coombe|name]] (head of Y10).
Next: NRM referral; [[Tayla|name]]'s mum Mrs [[Angela Maddaford|name]] ([[Sticklepath|place]]) to be called. Copy DS [[Vosper|name]].
[[Kacey|name]] named other friends: [[Lexi Ware|name]] ([[Okehampton|place]]), [[Ryan Cornelius|name]] (16, [[Hatherleigh|place]]) and a
girl "[[Shan|name]]" from [[Holsworthy|place]]. She said [[Dean|name]] has a brother "[[Bish|name]]" in [[Exeter|place]] ([[Exwick|place]]).
She agreed a plan with [[Zoe|name]]: ring [[Zoe|name]] or Miss [[Coombe|name]] before going anywhere with [[Dean|name]].
"""),
    ("snapchat messages screenshotted by a mother", """screenshots [[Donna|name]] sent SW [[Amy Gilbert|name]] [[25/11|date]], typed up

[[kez|name]]: u comin down [[plymouth|place]] sat
[[kacey|name]]: cant mums on one
[[kez|name]]: [[deano|name]] sed he'll pick u up [[okehampton|place]] tesco 7
[[kacey|name]]: ok bring [[tayla|name]]?
[[kez|name]]: ye. [[little t|name]] comin from [[torpoint|place]]
[[kacey|name]]: tell [[dean|name]] i got the thing at [[taylas|name]] in [[sticklepath|place]]
[[kez|name]]: dont tell ur dad in [[tavi|place]] lol
[[kacey|name]]: [[shaun|name]] dont care anyway
[[kez|name]]: [[bish|name]] says ur his fave
[[kacey|name]]: lol tell [[bish|name]] i said hi. is [[lexi|name]] comin
[[kez|name]]: nah [[lexi|name]]s mum took her phone. [[ryan c|name]] might
[[kacey|name]]: ok see u at [[whiddon down|place]] then not tesco, [[donna|name]] works there
"""),
]


# --- D. Cann family (white British), Sticklepath --------------------------------------------------------------------------

HOME_D = d.Address("2 Skaigh Lane", "Sticklepath", "Okehampton", "EX20 2NU")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Oliver", "Cann")], dt.date(2014, 9, 25), addresses=[HOME_D], ids=["7827083315", "M878484418458"],
       schools=["Okehampton College"]),
    _p("m", "mother", [("Michelle", "Cann")], dt.date(1979, 3, 9), addresses=[HOME_D], phones=["07962 813 075"]),
], "c")

DOCS_D = [
    ("young carers' assessment", """DEVON YOUNG CARERS - ASSESSMENT
Young carer: [[Oliver Cann|name]] ("[[Ollie|name]]")  DOB [[25 September 2014|dob]]  UPN [[M878484418458|upn]]
Address: [[2 Skaigh Lane|address]], [[Sticklepath|place]], [[Okehampton|place]] [[EX20 2NU|postcode]]
Cared for: mum, [[Michelle Cann|name]] ([[07962 813 075|phone]]), bipolar disorder, a fall in June, now on crutches.
[[Ollie|name]] (12) does the shopping at the Spar in [[Okehampton|place]], collects mum's tablets from the chemist, cooks
tea most nights. Late to [[Okehampton College|school]] 14 times since [[2 Sept|date]]. Dad [[Gary Cann|name]] left in 2023, lives in
[[South Zeal|place]]; rarely sees [[Ollie|name]]. Older sister [[Jade|name]] (19) at uni in [[Bristol|place]].
Support: neighbour Mrs [[Pam Northcott|name]] ([[no. 4|address]] [[Skaigh Lane|address]]) drives them to [[Exeter|place]] for clinic.
Mum's CPN: [[Steve Ellacott|name]], [[01837 529184|phone]]. Worker: [[Lucy Passmore|name]], [[13/11/2026|date]].
[[Ollie|name]]'s words: "I'm ok. I just don't want mum to go back in hospital like on [[the 3rd|date]]."
"""),
]


DOCS_B += [
    ("police domestic abuse DASH form typed from an officer's notebook", """DEVON AND CORNWALL POLICE - DASH RISK ASSESSMENT
Victim: [[MARAK Bidanchi|name]]   DOB [[14/05/1988|dob]]   Tel [[07925 318 744|phone]]   NI [[JT 48 19 62 C|ni]]
Address: [[9 Trewyn Pk|address]], [[Holsworthy|place]] [[EX22 6DG|postcode]]
Suspect: [[SANGMA Jengchang|name]]   DOB [[02/09/1985|dob]]   Tel [[07466 209 381|phone]]   Vehicle silver Astra [[WA63 PLU|vehicle]]
Date/time: [[15/11/2026|date]] 21:40. OIC PC [[Isaac Burrow|name]] 4471, with PC [[Heather Moyle|name]].
Account (through daughter at scene until Garo interpreter [[P. Momin|name]] on phone at 22:30): suspect came back from the
pub in [[Bradworthy|place]] with work friend [[Marek|name]] ("[[Marek Nowicki|name]]", [[Holsworthy|place]] meat plant). Pushed
victim on stairs. Children [[Silchi|name]] (13) and [[Rikseng|name]] (7) present. Neighbour Mr [[Ivor Heard|name]] at [[no. 11|address]]
rang 999.
Previous: [[2 August 2026|date]] verbal only. Victim's sister [[Jinjia Marak|name]] lives in [[Luton|place]], [[07415 336 903|phone]].
Victim asked that her mother [[Nokme Marak|name]] in [[Tura|place]] not be told.
Risk: MEDIUM (pregnancy loss in Sept, isolation, language). Referral to the IDVA ([[Emma Parnell|name]]) [[16/11|date]].
Children's school: [[Holsworthy Community College|school]] (DSL Mrs [[Abbott|name]]) and [[Holsworthy C of E Primary|school]]
(DSL Mr [[Yeo|name]]). Supervisor: Sgt [[Andy Cleave|name]]. Reviewed by DS [[Nina Lyne|name]] [[16/11/2026|date]].
Suspect arrested, bailed to [[Flat 2, 30 Fore Street|address]], [[Holsworthy|place]] (friend [[Marek|name]]'s), [[EX22 6ED|postcode]].
"""),
    ("a girl's own writing for her social worker", """written by [[Silchi|name]] for [[Becky|name]], [[25/11/26|date]], given in at school

my name is [[silchi marak|name]]. at home my family calls me [[Silchi|name]] and my ambi in [[tura|place]] calls me [[Chi|name]].
I am 13. we came from [[Tura|place]] to [[Luton|place]] in 2021 and then to [[holsworthy|place]] because apa got work.
in Garo we take our mother's name so I am [[Marak|name]] like ama, apa is [[Sangma|name]].
at school my friends are [[Evie Bale|name]] and [[Maisie|name]] from [[Pyworthy|place]]. I like art with Mr [[Kivell|name]].
I do not like going to the doctor with ama because I have to say the sad words about the baby.
the baby was called [[Sengchi|name]]. she was born on [[9 september|date]] and she was asleep.
when apa drinks [[Rikseng|name]] comes in my bed. I want apa to stop. I want to go to [[Tura|place]] for christmas to see ambi
[[Nokme|name]] and my cousin [[Saljagring|name]].
my cousins in [[Luton|place]] are [[Rakkam|name]] and [[Jinme|name]], and aunty [[Jinjia|name]] is nice. at church online uncle
[[Wilson|name]] prays for us. [[Evie|name]]s mum [[Claire|name]] takes me to [[Bude|place]] swimming on saturdays.
- [[silchi m|name]]
"""),
]


DOCS_C += [
    ("exploitation panel minutes", """DEVON MACE PANEL - MINUTES - [[3 December 2026|date]]
Present: DI [[Rachel Stapleton|name]] (chair); [[Amy Gilbert|name]] SW; [[Zoe Furse|name]] (missing service); Miss [[Lucy Coombe|name]],
[[Okehampton College|school]]; PC [[Jago|name]]; [[Owen Petherick|name]], youth worker ([[Okehampton|place]] youth club).
Case: [[Kacey Knapman|name]] ([[8 Feb 2011|dob]]), [[41 Kempley Rd|address]], [[Okehampton|place]].
Second missing episode [[29/11|date]]-[[30/11|date]]; found at [[Exeter|place]] St Davids station by BTP.
Linked: [[Tayla Maddaford|name]] (15, [[Sticklepath|place]]); "[[Deano|name]]" = [[Dean Kitto|name]] (19), [[Crownhill|place]],
[[Plymouth|place]]; "[[Kez|name]]" believed [[Kerys Luscombe|name]] (17), [[Torpoint|place]]. Car [[WF66 KZX|vehicle]] seen at
[[Okehampton|place]] Tesco on [[28/11|date]] and [[Whiddon Down|place]] services on [[29/11|date]].
Address of concern: [[Flat 4, 18 Raglan Road|address]], [[Devonport|place]] [[PL1 4NG|postcode]].
Actions: disruption notice to [[Kitto|name]] (DS [[Vosper|name]]); [[Amy|name]] to visit dad [[Shaun|name]] in [[Tavistock|place]] re
[[Kacey|name]] staying there; [[Owen|name]] to offer [[Kacey|name]] and [[Tayla|name]] Tuesday group; school to keep [[Kacey|name]] on a
reduced timetable until [[18 Dec|date]]. Next panel [[7/1/2027|date]].
Apologies: [[Donna Knapman|name]] (mother, invited for the first item); [[Shaun Knapman|name]]. Minutes: [[Kelly Ware|name]].
Info from [[Tayla|name]]'s mum [[Angela Maddaford|name]]: [[Tayla|name]] and [[Kacey|name]] were driven by "[[Kez|name]]"'s boyfriend
"[[Mikey|name]]" ([[Michael Doidge|name]], 21, [[Saltash|place]]) on [[29/11|date]].
"""),
    ("mother's voicemail transcribed", """Voicemail from [[Donna Knapman|name]] ([[07791 450 623|phone]]) to SW [[Amy Gilbert|name]],
[[30/11/2026|date]] 01:12
transcribed by business support ([[Jess|name]])

"[[Amy|name]] it's [[Donna|name]], [[Kacey|name]]'s mum, she's gone again, she went out about eight saying she was at
[[Tayla|name]]'s in [[Sticklepath|place]] and [[Angela|name]] says she never come. I've rang [[Shaun|name]] in [[Tavi|place]] and he's
useless as usual. Her phone's off. The last thing on her snap was [[Exeter|place]], the bus station I think. Police have
got it, it's PC [[Jago|name]] again, log two-three-nine. Please ring me first thing, I'm at my sister [[Nicola|name]]'s at
[[North
Tawton|place]] on [[01837 840 517|phone]] cos I can't sit in that house. Sorry. Bye."
Second message, 01:20: "It's [[Donna|name]] again. [[Nicola|name]]'s husband [[Phil|name]] is driving round [[Okehampton|place]] looking.
[[Tayla|name]]'s mum thinks they might be at [[Lexi|name]]'s nan's on [[Mill Road|address]]. Ring me."
"""),
]


DOCS_D += [
    ("social worker's text messages with a young carer", """texts between [[Ollie Cann|name]] ([[07880 612 454|phone]]) and
worker [[Lucy Passmore|name]], copied [[2/12/26|date]]

[[ollie|name]] [[28/11|date]] 16:02: hi [[lucy|name]] mum is bad again she wont get up
[[lucy|name]] 16:05: thanks [[ollie|name]]. is [[pam|name]] next door in?
[[ollie|name]] 16:06: yes. [[pam|name]] says she will ring [[steve|name]] the cpn
[[ollie|name]] 16:40: [[steve|name]] coming tmrw. i made beans
[[lucy|name]] 16:42: well done. is [[jade|name]] coming home from [[bristol|place]] this weekend?
[[ollie|name]] 16:43: on sat. dad [[gary|name]] said he might come from [[south zeal|place]] but he always says that
[[ollie|name]] [[29/11|date]] 09:15: mum up now. going [[okehampton|place]] for her tablets on the bus with [[alfie w|name]] from
[[belstone|place]]
[[lucy|name]] 09:20: ok. group on thurs with [[maisie|name]] and [[noah|name]]? [[jill|name]] is driving
[[ollie|name]] 09:21: yes. can [[alfie|name]] come his nan [[rose|name]] is poorly
[[lucy|name]] 09:25: ask [[jill|name]]. see u thurs [[ollie|name]]
"""),
]


DOCS_D += [
    ("ecomap key drawn with a young carer", """ECOMAP - [[Oliver|name]] ([[Ollie|name]]) [[Cann|name]] - drawn with [[Lucy P|name]] at
[[Sticklepath|place]], [[9/12/2026|date]]
(the key [[Ollie|name]] wrote, then typed; his words in quotes)

STRONG LINES
  mum - [[Michelle|name]] - "my best person, when shes well"
  [[Jade|name]] - sister, [[Bristol|place]] - "facetimes every night"
  [[Pam|name]] next door ([[Pam Northcott|name]]) - "drives us, gives me pasties"
  [[Alfie Westaway|name]] - friend, [[Belstone|place]] - "we go on the moor"
  Bramble - the dog - "always"
  Mr [[Endacott|name]] - form tutor, [[Okehampton College|school]] - "lets me charge my phone for mum"
MIDDLE LINES
  [[Steve|name]] the CPN - "ok"
  grandad [[Roy Cann|name]] - [[Chagford|place]] - "sees us at christmas"
  auntie [[Wendy Hext|name]] - [[Crediton|place]] - "mums sister, she phones sundays"
  [[Maisie Friend|name]] and [[Noah Ash|name]] - young carers group, [[Okehampton|place]], every other Thursday
WEAK / STRESSY LINES
  dad - [[Gary|name]] - [[South Zeal|place]] - "he has a new girlfriend [[Kerry|name]]"
  "the bus" - [[Sticklepath|place]] to [[okehampton|place]], 8.05, "if I miss it I'm late"
  [[Jill Hannaford|name]] - young carers driver - "funny"
  [[Rose Westaway|name]] - [[Alfie|name]]'s nan, [[Belstone|place]] - "makes flapjack"
Worker note: "the moor" is Dartmoor (landmark, unmarked). Phone for [[Ollie|name]]: [[07880 612 454|phone]]. [[Pam|name]]'s landline
[[01837 840 518|phone]]. Next session [[16th Dec|date]].
"""),
]


# --- E. Heywood family (white British), Hatherleigh -----------------------------------------------------------------------

HOME_E = d.Address("16 Market Street", "", "Hatherleigh", "EX20 3JP")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Archie", "Heywood")], dt.date(2017, 12, 1), addresses=[HOME_E], ids=["5658707021", "P878304513884"],
       schools=["Hatherleigh Community Primary School"]),
    _p("m", "mother", [("Kirsty", "Heywood")], dt.date(1990, 7, 4), addresses=[HOME_E], phones=["07880 612 453"]),
], "c")

DOCS_E = [
    ("short breaks application", """SHORT BREAKS APPLICATION - [[HEYWOOD, Archie|name]] - DOB [[01/12/2017|dob]] - NHS [[565 870 7021|nhs]]
Address: [[16 Market Street|address]], [[Hatherleigh|place]], [[Okehampton|place]] [[EX20 3JP|postcode]]
School: [[Hatherleigh Community Primary|school]] (1:1 TA Mrs [[Wonnacott|name]])
Parent: [[Kirsty Heywood|name]], [[07880 612 453|phone]], [[kirsty.heywood90@gmail.com|email]]
[[Archie|name]] (8) has cerebral palsy and epilepsy, uses a wheelchair, PEG fed. Last big seizure [[9 October|date]], ambulance
to [[Barnstaple|place]]. Mum alone since his dad [[Ryan|name]] moved to [[Bideford|place]]; nan [[Sue Heywood|name]] in
[[Northlew|place]] helps on Saturdays. OT: [[Claire Bowden|name]]. Paediatrician: Dr [[Okafor|name]].
Mum's words: "I haven't slept a night through since [[Christmas Day|date]]."
Other children in the house: [[Lewis Heywood|name]] (11), [[Hatherleigh Community Primary|school]]. Dad: [[Ryan Heywood|name]],
[[Bideford|place]], [[07962 813 077|phone]]. Nan: [[Sue Heywood|name]], [[Northlew|place]], [[01409 259 360|phone]].
Who helps now: nan [[Sue|name]]; friend [[Kate Parsons|name]] ([[Hatherleigh|place]]); [[Archie|name]]'s respite carer [[Beverley
Hole|name]] (ended [[31 August 2026|date]]).
Signed [[K Heywood|name]] [[20/11/2026|date]].
"""),
]


# --- F. Hooper family (white British), Kilkhampton ------------------------------------------------------------------------

HOME_F = d.Address("7 East Road", "", "Kilkhampton", "EX23 9QS")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Bonnie", "Hooper")], dt.date(2026, 5, 19), addresses=[HOME_F], ids=["4062888904"]),
    _p("m", "mother", [("Shannon", "Hooper")], dt.date(2002, 1, 23), addresses=[HOME_F], phones=["07583 116 241"]),
], "c")

DOCS_F = [
    ("health visitor's phone notes", """HV phone notes - [[Bonnie HOOPER|name]] - NHS [[4062888904|nhs]] - [[26/11/2026|date]]
rang mum [[Shannon|name]] on [[07583 116 241|phone]] re missed 6-8 wk check ([[7/7|date]]) and imms. Answered by her
partner [[Jordan|name]] ([[Jordan Sleeman|name]]?) - slurred. Said [[shannon|name]] "at her mum's in [[stratton|place]]".
Rang [[Shannon|name]]'s mum Mrs [[Tracey Hooper|name]], [[01288 331 962|phone]]: not seen them since [[the 14th|date]].
[[Jordan|name]]'s mum [[Sharon Sleeman|name]] ([[Bude|place]]) rang back [[26/11|date]] 15:10, no news.
GP Dr [[Hambly|name]] says methadone script collected by [[Jordan|name]] at [[Bude|place]] pharmacy [[24/11|date]].
Plan: joint visit to [[7 East Road|address]], [[Kilkhampton|place]] [[EX23 9QS|postcode]] with SW [[Nick Pearce|name]] [[27/11|date]].
[[J. Sleeman|name]] DOB [[3.3.1999|dob]], car [[WP19 HTV|vehicle]].
"""),
]


DOCS_D += [
    ("GP letter scanned into the record by OCR, with its misreadings", """Fountain Surgery [scanned]
[[4 December 2026|date]]
Dear Ms [[Passmore|name]],
Re: Mrs [[Michelle Cann|name]], DOB [[O9/03/l979|dob]], NHS [[656 365 4290|nhs]], [[2 Skaigh Lane|address]], [[Stick1epath|place]]
[[EX20 2NU|postcode]]
Thank you for your letter of [[26th November|date]] about her son [[Oliver|name]]. Mrs [[Cann|name]] was admitted to Cedars ward,
[[Exeler|place]], from [[3 June|date]] to [[2l June 2O26|date]], and again briefly on [[3 November|date]]. Her lithium is now
collected by [[Oliver|name]], which I agree is not right for a boy of 12. I have asked the pharmacy ([[Okehampton|place]]) to
deliver from [[7/12|date]]. Her CPN Mr [[Ellacott|name]] and I will meet on [[the 10th|date]].
Mrs [[Cann|name]] has named her neighbour [[Pamela Northcott|name]] and her daughter [[Jade Cann|name]] ([[07962 813 076|phone]]) and her
sister [[Wendy Hext|name]] of [[Credlton|place]] as
contacts, and asked that [[Oliver|name]]'s father, Mr [[G. Cann|name]], not be given information.
Yours sincerely,
Dr [[Hannah Friend|name]]
cc [[Steve Ellacott|name]], CPN; [[Lucy Passmore|name]], Devon Young Carers; Mr [[Endacott|name]], [[Okehampton College|school]]
"""),
]


DOCS_E += [
    ("occupational therapist's home visit record", """OT HOME VISIT - [[Archie Heywood|name]] ([[1.12.2017|dob]]) - [[25/11/2026|date]]
Visit to [[16 Market St|address]], [[Hatherleigh|place]] with mum [[Kirsty|name]] and nan [[Sue|name]]. OT [[C. Bowden|name]].
Terraced house, steps up from street, bathroom upstairs. [[Kirsty|name]] carries [[Archie|name]] (22kg) up stairs - not safe.
Neighbour at [[no. 18|address]], Mr [[Bert Vanstone|name]], helps lift the chair. Landlord: Mr [[Tremlett|name]]?
Recommend: through-floor lift or move to a bungalow; mum has asked West Devon homes about [[Okehampton|place]] or
[[Winkleigh|place]]. Ceiling track hoist. Sleep system review with [[Jenny Rowden|name]] (physio, [[Tavistock|place]]).
[[Archie|name]]'s school bus driver [[Mick|name]] says the ramp at school is fine.
Next visit [[8/1/27|date]]. Copy: Dr [[Okafor|name]]; SW [[Nick Pearce|name]]; [[kirsty.heywood90@gmail.com|email]].
Present also: [[Archie|name]]'s brother [[Lewis|name]], and mum's friend [[Kate Parsons|name]]. [[Sue Heywood|name]] (nan,
[[Northlew|place]])
said she can no longer lift him. Equipment order to [[Lisa Gribble|name]], stores, [[Tavistock|place]].
"""),
    ("mother's email to the disabled children's team", """From: [[Kirsty Heywood|name]] <[[kirsty.heywood90@gmail.com|email]]>
To: [[rachel.bickle@devon.gov.uk|email]]
Date: Tue [[1 Dec 2026|date]] 23:47
Subject: [[archie|name]] - respite

hi [[rachel|name]], sorry its late. [[archie|name]] had 3 seizures today, rescue med at 6, ambulance came from [[okehampton|place]]
but we stayed home. i am on my knees. [[ryan|name]] hasnt had him since [[october half term|date]], says his new partner
[[Jade|name]] in [[bideford|place]] cant cope with the chair. my mum [[sue|name]] is 68 and has her hip op on [[15th jan|date]] in
[[Exeter|place]].
please can we go to panel for the overnight at Little Bridge House or the unit in [[Barnstaple|place]]?
his brother [[Lewis|name]] (11) at [[Hatherleigh primary|school]] is missing out on everything.
[[kirsty|name]]
[[07880 612 453|phone]]
ps [[kate|name]] from [[hatherleigh|place]] said she can do wednesdays till [[xmas|date]] but then she moves to [[holsworthy|place]]
"""),
    ("short breaks panel minutes", """DEVON DISABLED CHILDREN - SHORT BREAKS PANEL - [[10 December 2026|date]]
Chair: [[Rachel Bickle|name]]. Members: [[Nick Pearce|name]] (SW), [[Claire Bowden|name]] (OT), Dr [[Okafor|name]] (by letter),
[[Kev Lerwill|name]] (commissioning). Minute taker [[Sharon Tucker|name]].
Child: [[HEYWOOD, Archie|name]], [[01/12/2017|dob]], UPN [[P878304513884|upn]], [[Hatherleigh|place]].
Decision: 24 nights a year overnight short breaks; a sitting service on Saturdays so nan [[Sue Heywood|name]] ([[Northlew|place]])
can rest after surgery on [[15 January|date]]. Sibling [[Lewis Heywood|name]] referred to young carers ([[Lucy Passmore|name]]).
Housing: support letter for a bungalow in [[Hatherleigh|place]] or [[Okehampton|place]].
Father [[Ryan Heywood|name]], [[Bideford|place]], to be invited to the review on [[11 March 2027|date]].
Views: [[Kirsty Heywood|name]] (mother) read by [[Nick|name]]; [[Lewis|name]] (11) told [[Lucy Passmore|name]] "I want mum to
sleep"; [[Archie|name]] (through his TA Mrs [[Wonnacott|name]]) smiles at music and at [[Lewis|name]].
"""),
]


DOCS_F += [
    ("joint home visit record", """JOINT VISIT - [[7 East Rd|address]], [[Kilkhampton|place]] - [[27.11.2026|date]] 10:30
SW [[Nick Pearce|name]], HV [[Tamsin Uglow|name]]. Present: [[Shannon Hooper|name]] (24), baby [[Bonnie|name]] (6 months),
[[Jordan Sleeman|name]] (partner, not the father).
House cold, no gas on the meter, dog mess in the kitchen. Foil and a lighter on the window sill; [[Jordan|name]] said they are
"[[Kyle|name]]'s". [[Bonnie|name]] in a damp sleepsuit, nappy rash, weight down from the 50th to the 9th centile.
[[Shannon|name]] says [[Bonnie|name]]'s dad is [[Callum Prout|name]] of [[Launceston|place]], no contact.
[[Shannon|name]]'s NI no. [[NH 20 73 41 A|ni]].
[[Shannon|name]]'s mum Mrs [[Tracey Hooper|name]] ([[Stratton|place]], [[01288 331 962|phone]]) came at 11:15 and offered to have
[[Bonnie|name]] at hers, [[12 Diddies Road|address]], [[Stratton|place]] [[EX23 9DW|postcode]].
[[Tracey|name]]'s partner [[Martin Boundy|name]] (DOB [[12/6/1970|dob]]) lives there too; checks to be done. [[Tracey|name]]'s other
daughter [[Kelsey Hooper|name]] (17) also at home.
Agreed: [[Bonnie|name]] to stay with nan [[Tracey|name]] tonight; strategy discussion [[30/11|date]]; [[Jordan|name]]'s probation
officer [[Gareth Wills|name]] to be told.
"""),
    ("pharmacist's phone call logged by the duty desk", """DUTY LOG - [[28/11/2026|date]] 14:05 - call from [[Priya Nair|name]],
pharmacist, [[Bude|place]]
re [[Jordan SLEEMAN|name]] ([[03/03/1999|dob]]), [[7 East Road|address]], [[Kilkhampton|place]]
[[Jordan|name]] came in at 13:30 for his supervised methadone with a baby in a car seat. [[Priya|name]] thought it was [[Bonnie
Hooper|name]] ([[Shannon|name]]'s baby). He was with a man called "[[Tiny|name]]" who drove a blue van ([[WK17 RFO|vehicle]]).
[[Priya|name]] says he smelt of cannabis and nodded off at the counter. Baby looked well.
Passed to [[Nick Pearce|name]] 14:20; he rang [[Tracey Hooper|name]] who said [[Shannon|name]] took [[Bonnie|name]] back at 9am.
Police informed: PC [[Dunstan|name]], [[Bude|place]].
Note by [[N. Pearce|name]] [[28/11|date]] 16:00: visited [[East Road|address]]; [[Jordan|name]] not in; [[Shannon|name]] and [[Bonnie|name]]
there with [[Shannon|name]]'s friend [[Mollie Cloke|name]] of [[Kilkhampton|place]]. [[Bonnie|name]] fed and clean.
"""),
    ("family safety plan for a baby", """SAFETY PLAN - [[Bonnie Hooper|name]] ([[19/05/2026|dob]]) - agreed [[1 December 2026|date]]
With: [[Shannon Hooper|name]], nan [[Tracey Hooper|name]], great-aunt [[Linda Jeffery|name]] ([[Marhamchurch|place]]), SW
[[Nick Pearce|name]].
1. [[Bonnie|name]] lives with nan [[Tracey|name]] at [[12 Diddies Rd|address]], [[Stratton|place]] until the review on [[5/1/2027|date]].
2. [[Shannon|name]] visits every day 9 till 5; [[Jordan|name]] does not come to the house.
3. [[Linda|name]] covers Wednesdays when [[Tracey|name]] works at the Co-op in [[Bude|place]].
4. HV [[Tamsin|name]] weighs [[Bonnie|name]] every week at the children's centre in [[Bude|place]].
5. If worried ring [[Nick|name]] [[07538 241 610|phone]] or the out of hours team.
Signed [[S Hooper|name]], [[T. Hooper|name]], [[L Jeffery|name]].
Copies: [[Martin Boundy|name]]; [[Tamsin Uglow|name]] (HV); Dr [[Hambly|name]]; [[Gareth Wills|name]] (probation); [[Priya Nair|name]]
(pharmacy, [[Bude|place]]). Not to: [[Jordan Sleeman|name]], [[Callum Prout|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 199 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:47 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "tm", "ta", "nurse", "our", "me", "my", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "grampy",
           "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "pastor", "ambi", "ama", "apa", "atchu"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "united kingdom", "cornwall", "devon", "north cornwall",
               "west devon", "india", "meghalaya", "west garo hills", "garo hills", "bangladesh"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words (including the Garo Ambi, Ama and Apa) and counties, states and
# countries ("Cornwall", "Devon", "Meghalaya").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
