"""Set 214: a held-out hand-written set for the redaction detector, six invented families in Ryedale, North Yorkshire (Malton,
Norton-on-Derwent, Kirkbymoorside, Pickering, Helmsley and villages around them), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set215.py to bench/redaction_set217.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, first two documents and its end), tests/test_redaction_set213.py and
tests/hand_set_checks.py in full, and the first lines of bench/redaction_handwritten.py (and one grep of it for `def party`);
set 181 was not opened (set 213
follows its conventions and was copied). The docstrings of the earlier sets were searched by script for African communities
and for the Ryedale towns and villages: "Herero" and "Ovambo" appear in none; Namibia appears once (set 99); Malton,
Kirkbymoorside and Ryedale in none; Norton appears only as Norton in Stourbridge and as a surname; Pickering and Helmsley
appear in a few (not claimed as new). Phones were checked with the phonenumbers library; NHS numbers and UPNs (LA 815) made
and checked with python-stdnum. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Shorter than asked: the sitting was about thirty minutes, so this set has 24 short documents and fewer gold spans than the
900 (about 500 names) asked for: 808 gold spans, 451 of them names. The documents were written short and lengthened in four
rounds while time allowed.

Six families: a Herero family from Okahandja, Namibia (Otjiherero, English and Afrikaans speakers) in Norton-on-Derwent
(Kavezeri / Tjiramba; a girl of 11 beaten with a belt, a father's shame, a grandmother in Namibia); a young white British mother
in Malton (Dowson; a toddler's neglect, a nan in Old Malton); a boy of 15 in Kirkbymoorside (Harland; county lines to
Scarborough and York); a farm family at Slingsby (Ridsdale / Pybus; a girl of 14 self-harming, a father drinking); a Polish
family in Pickering (Nowicki / Nowicka; domestic abuse, a boy of 8); and a mother in Helmsley with perinatal depression
(Coverdale / Storr; a baby of 5 months, a grandmother in Ampleforth). The community named here, Herero (Namibia), did not
appear in any earlier docstring searched (Polish is not claimed as new). 24 documents, each with its own style label: a
school safeguarding log, strategy discussion minutes, a mother's voice note in Otjiherero translated, a child's own words, a
health visitor's note, a mother's Facebook messages typed up, a MASH referral, a parent's complaint email, a police missing
person log, a return home interview, Snapchat messages typed up, a social work chronology, a GP letter, an OCR'd CAMHS letter
(with its misreadings), a home visit case note, conference minutes, a police domestic abuse log, an interpreter-assisted
assessment extract, a mother's texts typed up, an early help worker's email, a perinatal referral, a grandmother's voice
note transcribed, core group minutes and a duty social worker's phone note.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Towns, villages and districts are real and marked as places; "Namibia", "North Yorkshire" and "Ryedale" (the district) are
regions and not marked; organisations stay unmarked ("North Yorkshire Police", "Derwent Practice", "Compass", "IDAS").

Markup and conventions: those of sets 181 and 213. Titles and kinship words stay outside a name (Mr, Mrs, Dr, PC, DC, Nan,
Meme, Tate, Kuku, Babcia); "SURNAME, First" is one span; initials alone are not marked; usernames are not marked; an OCR
misreading keeps its kind. Choices this set had to make: chat speaker labels are names, usernames are not; "Meme" (mother),
"Tate" (father), "Kuku" (grandmother) and "Babcia" are kinship words; a farm's name ("Low Ings Farm") is an address; a pub
(the "BIacksmiths", as OCR'd) is not marked; a school is marked as a school, also when short ("ryedale"); "Castle Howard"
(a stately home) is a landmark and not marked, but "Castle Howard Road" is an
address; "Norton Grove" (an industrial estate), "Sutton Bank" and "Eastfield" (a Scarborough estate) are places; a hospital or
office named in lower-case words by its town ("[Malton] hospital", "[Malton] police office") marks the town; a pastor is a
title; "tata" and "mama" are kinship words left outside names; a pet's or pony's name is a name (also a dog a child
invents); a police reference number is not an identifier and is not marked; an OCR split name ("Pyb us") is one span.

Self-check without the detector: `python -m bench.redaction_set214` (and tests/test_redaction_set214.py) runs set 15's checker
on this set and prints the counts: 24 documents, 808 gold spans, 451 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Kavezeri / Tjiramba family (Herero, from Okahandja, Namibia), Norton-on-Derwent --------------------------------------

HOME_A = d.Address("27 Westfield Way", "", "Norton-on-Derwent", "YO17 9HG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Uaundja", "Kavezeri")], dt.date(2015, 6, 18), addresses=[HOME_A], ids=["6238691050", "R815454817594"],
       schools=["Norton Community Primary School"]),
    _p("s", "sibling", [("Tjinaani", "Kavezeri")], dt.date(2021, 1, 9), addresses=[HOME_A], ids=["4491840008"]),
    _p("m", "mother", [("Vezemba", "Tjiramba")], dt.date(1988, 2, 3), addresses=[HOME_A], phones=["07824 516 309"]),
    _p("f", "father", [("Kaera", "Kavezeri")], dt.date(1984, 10, 11), addresses=[HOME_A], phones=["07961 238 447"]),
], "c")

DOCS_A = [
    ("school safeguarding log", """NORTON COMMUNITY PRIMARY - SAFEGUARDING LOG (CPOMS print)
Pupil: [[KAVEZERI, Uaundja|name]]  DOB [[18/06/2015|dob]]  UPN [[R815454817594|upn]]  NHS [[623 869 1050|nhs]]
Parents: [[Vezemba Tjiramba|name]] ([[07824 516 309|phone]]), [[Kaera Kavezeri|name]] ([[07961 238 447|phone]])
Address: [[27 Westfield Way|address]], [[Norton|place]], [[YO17 9HG|postcode]]

[[13/11/2026|date]] 10.20 [[Uaundja|name]] ("[[Undi|name]]") flinched when Mr [[Pickersgill|name]] raised his arm in PE. Red
lines on the back of her legs. She said "Tate used the belt because I lied about homework". Logged by TA [[Shona\nBirkett|name]].
[[13/11/2026|date]] 11.05 DSL [[Helen Atkinson|name]] spoke to [[Uaundja|name]] with her friend [[Ruby Thackray|name]] nearby. Body map
done.
[[13.11.26|date]] 11.40 Referral to the MASH in [[Northallerton|place]]; spoke to [[Sam Gledhill|name]] (MASH SW).
[[16 Nov|date]] Mum came in with little brother [[Tjinaani|name]] ([[Tjina|name]]). Said her husband is ashamed and sorry; the family
"do it this way in [[Okahandja|place]]". Mum's friend Mrs [[Kambanda|name]] from [[Malton|place]] translated a little.
[[20/11/2026|date]] [[Undi|name]] said her kuku [[Katjiuongua|name]] rang from Namibia on [[+264 81 273 4419|phone]] and cried.
[[27th November|date]] [[Uaundja|name]] asked to sit with [[Ruby|name]] and [[Amelia Wray|name]] at lunch. Happier.
[[30/11/2026|date]] Mum rang from [[07824 516 309|phone]]: [[Kaera|name]] is at cousin [[Kavetuna|name]]'s. [[Uaundja|name]] told
[[Ruby|name]]'s mum [[Gemma Thackray|name]] at the gate that she misses tate. Mrs [[Thackray|name]] lives on [[Langton Road|address]],
[[Norton|place]].
[[2/12/26|date]] [[Uaundja|name]] and [[Amelia|name]] fell out over a drawing; Mr [[Pickersgill|name]] sorted it.
[[4th December|date]] Aunt [[Uezuva Hoveka|name]] collected [[Undi|name]] (on the list). Car [[YC21 FHD|vehicle]]. Going to
[[Pickering|place]]
for the weekend, back Monday. [[Helen Atkinson|name]] informed [[Sam|name]] by email ([[sam.gledhill@northyorks.gov.uk|email]]).
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[16 November 2026|date]] 14:00 (Teams)
Child: [[Uaundja KAVEZERI|name]] ([[18.06.2015|dob]]), sibling [[Tjinaani KAVEZERI|name]] ([[09/01/2021|dob]], NHS
[[4491840008|nhs]]).
Present: [[Sam Gledhill|name]] (SW, chair), DC [[Leanne Firth|name]] (North Yorkshire Police), [[Helen Atkinson|name]] (DSL),
Dr [[Oduya|name]] (paediatrician, [[Scarborough|place]]), HV [[Carol Nettleton|name]].
Information: father [[Kaera Kavezeri|name]] came from [[Windhoek|place]] in 2019 on a skilled worker visa; works nights at the
food factory on [[Norton Grove|place]] industrial estate. Mother [[Vezemba|name]] came 2020. No police history. Mother's cousin
[[Kavetuna Hoveka|name]] lives at [[Flat 3, 14 Commercial Street|address]], [[Norton|place]] [[YO17 9ES|postcode]].
Decision: s47 joint. Dr [[Oduya|name]] to see [[Uaundja|name]] at [[Malton|place]] hospital on [[17/11|date]]. DC [[Firth|name]] to speak to
father; interpreter (Otjiherero) Mr [[Uatjiua|name]] booked. [[Kaera|name]] to stay with [[Kavetuna|name]] for now.
Actions: [[Helen Atkinson|name]] to keep [[Uaundja|name]] with [[Ruby Thackray|name]] in class; HV [[Carol Nettleton|name]] to see
[[Tjinaani|name]] at home on [[18 November|date]]; [[Sam|name]] to ring the grandmother [[Katjiuongua Tjiramba|name]] in
[[Okahandja|place]] ([[+264 81 273 4419|phone]]) with the interpreter; DC [[Firth|name]] to check [[Kaera|name]]'s old address at
[[Flat 9, 2 Castlegate|address]], [[Malton|place]] [[YO17 7DP|postcode]]. Father's NI [[SN 63 18 42 D|ni]]. Next: [[23/11/2026|date]].
Attendance note: [[Leanne Firth|name]] spoke to [[Kaera Kavezeri|name]] at [[Malton|place]] police office on [[17/11/2026|date]] 15:30 with
Mr [[Uatjiua|name]]. He said his own father [[Kazondu Kavezeri|name]] in [[Otjinene|place]] "beat us with the sjambok". He gave his
employer's manager [[Neil Robson|name]] as a referee and his pastor [[Jeremia Kambazembi|name]] of [[Acomb|place]], [[York|place]].
"""),
    ("mother's voice note in Otjiherero translated", """Voice note from [[Vezemba|name]] to SW [[Sam Gledhill|name]], [[19/11/26|date]]
21:12,
translated by [[Jeremia Uatjiua|name]]

"[[Sam|name]], it is [[Vezemba|name]], mother of [[Uaundja|name]]. [[Kaera|name]] is sleeping at [[Kavetuna|name]]'s in [[Commercial
Street|address]]. He cries. In [[Okahandja|place]] his father beat him also, and his kuku in [[Otjinene|place]]. He says he will do the
parenting course. My mother [[Katjiuongua Tjiramba|name]] says to come home to [[Katutura|place]] but we stay in [[Norton|place]].
[[Tjinaani|name]] asks for his tate every night. Please ring me on [[07824516309|phone]] after six, not the house."
[[Kavetuna|name]]'s wife [[Uezuva|name]] takes [[Tjinaani|name]] to nursery in [[Old Malton|place]]. The church
people, Pastor [[Kambazembi|name]] and his wife [[Ruth Kambazembi|name]] from [[York|place]], came on Sunday. Tell Mrs [[Atkinson|name]]
thank you."
[Translator's note: "[[Undi|name]]" is [[Uaundja|name]]; "[[Kave|name]]" is [[Kavetuna Hoveka|name]]; the "uncle in [[Walvis Bay|place]]"
is [[Tjikuua Tjiramba|name]], [[+264 85 612 0387|phone]].]
"""),
    ("uaundja's own words", """my words - [[uaundja|name]] age 11 - with [[Sam|name]] [[25/11/2026|date]]

i was born in [[windhoek|place]]. i like [[norton|place]] and the river and my friend [[ruby|name]] and [[amelia|name]].
tate hit me with the belt 2 times. he said sorry. i want him to come back to [[westfield way|address]] but no belt.
[[tjina|name]] is annoying but i love him. my kuku is in [[okahandja|place]] and she has goats.
mrs [[atkinson|name]] is kind. i want to go to [[malton school|school]] when i am big.
on saturday we went to [[malton|place]] market with meme and [[uezuva|name]]. [[ruby|name]]s mum [[gemma|name]] bought me a hot chocolate.
i want kuku [[katjiuongua|name]] to come to [[norton|place]] for christmas but the ticket from [[windhoek|place]] is a lot.
[[sam|name]] wrote: [[Uaundja|name]] drew her house on [[Westfield Way|address]] with [[Tjina|name]], meme, tate and a dog called
[[Bongo|name]] that they do not have. She says [[Ruby|name]]'s nana [[Pat Thackray|name]] in [[Rillington|place]] has a real dog.
"""),
]


# --- B. Dowson family (white British), Malton ---------------------------------------------------------------------------------

HOME_B = d.Address("Flat 6, 3 Wentworth Street", "", "Malton", "YO17 7BN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tayla-Mae", "Dowson")], dt.date(2023, 4, 22), addresses=[HOME_B], ids=["7739523259"]),
    _p("m", "mother", [("Kirsty", "Dowson")], dt.date(2003, 7, 30), addresses=[HOME_B], phones=["07583 902 164"]),
], "c")

DOCS_B = [
    ("health visitor's home visit note", """HEALTH VISITING - home visit [[02/12/2026|date]]
Child: [[Tayla-Mae DOWSON|name]] DOB [[22/04/2023|dob]] NHS [[773 952 3259|nhs]]. Mother: [[Kirsty Dowson|name]] [[07583 902 164|phone]]
[[Flat 6, 3 Wentworth Street|address]], [[Malton|place]] [[YO17 7BN|postcode]]. HV: [[Carol Nettleton|name]].
[[Tayla|name]] in a vest only, room cold, no food in the fridge but Monster cans. [[Kirsty|name]]'s boyfriend [[Reece Halliday|name]]
("[[Reecey|name]]") asleep. Dog [[Tyson|name]] loose. [[Kirsty|name]] said her mum [[Lorraine Dowson|name]] in [[Old Malton|place]] helps
"when she's not at work". Foodbank voucher given. Missed the 2 year review ([[14 Aug|date]]) and the dentist. Plan: revisit
[[9/12|date]] with SW; ring [[Lorraine|name]] on [[01653 692 418|phone]].
[[Reece|name]]'s friend [[Connor Bentley|name]] ("[[Bents|name]]") was at the door on leaving, asked who I was. Mum's friend
[[Chloe Rushworth|name]] from [[Norton|place]] babysits; she lives on [[Welham Road|address]]. [[Tayla-Mae|name]] is not at nursery: place
at
[[Little Acorns|school]] offered [[1 Sept|date]], never started. [[Lorraine|name]] rang back at 16:10 from [[07825 114 382|phone]]
(her mobile); she will have [[Tayla|name]] at [[19 Church Hill|address]], [[Old Malton|place]] [[YO17 7EP|postcode]] on Fridays.
"""),
    ("mother's facebook messages typed up", """Facebook messages, [[Kirsty Dowson|name]] to [[Carol Nettleton|name]], copied
[[4/12/26|date]]

[[kirsty|name]]: hiya [[carol|name]] its [[kirsty|name]] sorry bout the mess wednesday
[[kirsty|name]]: [[reece|name]] says ur social services now is that rite
[[kirsty|name]]: me mam [[lorraine|name]] is takin [[tayla|name]] to [[pickering|place]] to see me nan [[joan|name]] on sat
[[kirsty|name]]: ive got a appt at derwent practice no its the doctors lol
[[kirsty|name]]: [[reece|name]] is movin back to his mams in [[rillington|place]] anyways
[[kirsty|name]]: [[chloe|name]] from [[norton|place]] can have [[tayla|name]] tues
[[kirsty|name]]: can u ring me on [[07583902164|phone]] not [[reece|name]]s fone
[[carol|name]]: Hi [[Kirsty|name]], I'll ring at 2. [[Carol|name]] (HV)
[[kirsty|name]]: [[dennis|name]] next door is a grass
[[kirsty|name]]: me and [[tayla|name]] at me mams in [[old malton|place]] til sunday. [[reece|name]] aint allowed
[[carol|name]]: Thanks [[Kirsty|name]]. I'll see you at [[Lorraine|name]]'s on Friday.
"""),
    ("MASH referral from a neighbour", """MASH REFERRAL - North Yorkshire - received [[5 December 2026|date]]
Referrer: [[Dennis Wharram|name]], [[Flat 5, 3 Wentworth Street|address]], [[Malton|place]]; [[07446 815 270|phone]].
Concern: toddler [[Tayla|name]] ([[Tayla-Mae Dowson|name]], about 3) at [[Flat 6|address]] crying 2 hours last night, shouting from a man
he knows as "[[Reece|name]]". Says mum [[Kirsty|name]] goes to the [[Norton|place]] side at night; a lad in a grey Corsa
[[YJ17 HWX|vehicle]]
comes. Referrer's daughter [[Stacey Wharram|name]] went to school with [[Kirsty|name]] at [[Malton School|school]].
MASH check: [[Reece HALLIDAY|name]] ([[14/02/2001|date]]) known to NYP (drugs, [[Scarborough|place]] 2024). [[Kirsty DOWSON|name]]
([[30.07.2003|date]]) was a child in need in 2018 at [[Castle Howard Road|address]], [[Malton|place]]. Outcome: to the [[Malton|place]]
team, SW
[[Jo Ashby|name]]; HV [[Carol Nettleton|name]] told on [[5/12|date]].
Checks: HV record (HV [[Nettleton|name]]); GP Derwent Practice, Dr [[Bashir|name]]; [[Lorraine DOWSON|name]] ([[11/03/1979|date]]),
[[19 Church Hill|address]], [[Old Malton|place]]; [[Reece|name]]'s mother [[Denise Halliday|name]], [[Rillington|place]], phone not known
(the referrer's is [[07446 815 270|phone]]).
"""),
    ("parent's complaint email", """From: [[kirstydowson03@hotmail.co.uk|email]]
To: complaints, [[9 December 2026|date]]

I want to complain about the social worker [[Jo Ashby|name]] and health visitor [[Carol|name]]. They came to [[Wentworth St|address]] and
said my flat was dirty in front of my neighbour [[Dennis|name]]. My mam [[Lorraine Dowson|name]] ([[01653 692 418|phone]]) can tell you
[[Tayla-Mae|name]] is fed. I done everything, [[Reece|name]] has gone to [[Rillington|place]]. [[Kirsty Dowson|name]]
Also [[Jo|name]] spoke to [[Chloe Rushworth|name]] in [[Norton|place]] without asking me. [[Chloe|name]] is my mate not a social
worker. Ring me [[07583 902 164|phone]] or my mam. Sent from my iPhone
PS: the social worker before, [[Gail Hepworth|name]], never came once. My nan [[Joan Dowson|name]] in [[Pickering|place]] says I
should go to my MP. [[Kirsty|name]] ([[30/07/2003|date]]), [[Flat 6|address]], [[Wentworth Street|address]], [[Malton|place]]
[[YO17 7BN|postcode]].
"""),
]


# --- C. Harland family (white British), Kirkbymoorside -----------------------------------------------------------------------

HOME_C = d.Address("8 Howe End", "", "Kirkbymoorside", "YO62 6BD")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Callum", "Harland")], dt.date(2011, 9, 5), addresses=[HOME_C], ids=["6754708220", "J815311716438"],
       schools=["Ryedale School"]),
    _p("m", "mother", [("Joanne", "Harland")], dt.date(1981, 3, 12), addresses=[HOME_C], phones=["07415 667 820", "01751 431 926"]),
], "c")

DOCS_C = [
    ("police missing person log", """NORTH YORKSHIRE POLICE - MISPER LOG NY-20261128-0412
Missing: [[HARLAND, Callum|name]] DOB [[05/09/2011|dob]], [[8 Howe End|address]], [[Kirkbymoorside|place]] [[YO62 6BD|postcode]]
Reported by mother [[Joanne Harland|name]] [[01751 431 926|phone]] at 22:10 on [[28/11/2026|date]].
Last seen at the bus stop on [[Market Place|address]] with [[Kieran Featherstone|name]] ("[[Feathers|name]]"). Believed gone to
[[Scarborough|place]] on the 128. PC [[Danny Ellerby|name]] attended. 02:40 [[29/11|date]]: found by PCSO [[Kate Moon|name]] in
[[Eastfield|place]], [[Scarborough|place]], with an adult male [[Jordan Ramsden|name]] (dob [[3/2/2001|date]]), car [[YB68 TLU|vehicle]].
03:15 [[Callum|name]] taken home by PC [[Ellerby|name]]; mum [[Jo|name]] and her partner [[Mick|name]] there. [[Ramsden|name]] NFA;
address given [[Flat 11, 40 Falsgrave Road|address]], [[Scarborough|place]] [[YO12 5AT|postcode]]; phone [[07712 640 385|phone]] (from
[[Kieran|name]]'s contacts). Intel to DS [[Mark Lazenby|name]] (CCE).
Associates: [[Kieran FEATHERSTONE|name]] ([[22/08/2010|date]]), [[Castlegate|address]], [[Kirkbymoorside|place]]; [[Paige Wilkinson|name]]
([[6.1.2003|date]]), [[Eastfield|place]]; "[[Jordz|name]]" = [[RAMSDEN, Jordan|name]]. Mum [[Joanne|name]]'s mobile [[07415 667 820|phone]].
"""),
]

DOCS_C += [
    ("return home interview", """RETURN HOME INTERVIEW - [[Callum Harland|name]] (15) - [[1 December 2026|date]] at
[[Ryedale School|school]], [[Nawton|place]]
Worker: [[Priya Sandhu|name]] (Compass). [[Callum|name]] ("[[Cal|name]]") said he went with [[Feathers|name]] to see "[[J|name]]" in
[[Scarborough|place]]. [[Jordan|name]] gave him a phone and £40 and asked him to take a bag to [[York|place]] ([[Tang Hall|place]]). Says
his mum [[Jo|name]] and her partner [[Mick Rivis|name]] argue. His dad [[Steven Harland|name]] lives in [[Thirsk|place]]; no contact
since [[Easter 2025|date]]. Safe adult: his uncle [[Darren\nHarland|name]] at [[Gillamoor|place]]. Next session [[8/12/2026|date]].
[[Callum|name]] gave the names of two other boys, [[Ellis Garbutt|name]] and "[[Deggsy|name]]" ([[Declan Hodgson|name]]) from
[[Pickering|place]]. He says [[Jordan|name]]'s girlfriend [[Paige|name]] drives a white Fiesta [[YB70 WKA|vehicle]]. [[Cal|name]] wants to
go back to
football at [[Kirkbymoorside|place]] on Saturdays with coach [[Phil Dale|name]].
Follow-up [[8/12/2026|date]]: [[Callum|name]] seen at home, [[Howe End|address]]. Mum [[Joanne|name]] and nan [[Marjorie Harland|name]]
present. Nan lives at [[2 Piercy End|address]], [[Kirkbymoorside|place]] [[YO62 6DQ|postcode]], and will have [[Cal|name]] after school.
"""),
    ("snapchat messages typed up", """Snapchat screenshots shown by mum [[Joanne|name]], typed up by SW [[Tom Brennan|name]]
[[2/12/26|date]]

[[feathers|name]]: u comin to [[scarbs|place]] 2moz
[[cal|name]]: cant mams on one
[[feathers|name]]: [[jordz|name]] sed ur sound tho he'll pick u up at the [[kirkby|place]] coop 6
[[cal|name]]: wat about [[ellis|name]]
[[feathers|name]]: [[ellis|name]] is mugged off hes in [[pickering|place]] w [[tegan|name]]
[[cal|name]]: ok
[[feathers|name]]: [[jordz|name]] sez bring ur charger ur stayin at [[paige|name]]s in [[eastfield|place]]
[[cal|name]]: wat about school
[[feathers|name]]: lol [[ryedale|school]] dont care
[[cal|name]]: [[mick|name]] will go mad
[[feathers|name]]: [[deggsy|name]] got took in [[york|place]] last nite
[[cal|name]]: wer
[[feathers|name]]: [[tang hall|place]] by the shop. [[jordz|name]] fumin
"""),
    ("social work chronology", """CHRONOLOGY - [[HARLAND, Callum|name]] ([[5.9.2011|dob]]) NHS [[6754708220|nhs]] UPN [[J815311716438|upn]]
[[12/05/2026|date]]  First exclusion from [[Ryedale School|school]] (vape, fight with [[Ellis Garbutt|name]]).
[[30/09/2026|date]]  Mum [[Joanne Harland|name]] ([[07415 667 820|phone]]) asks for help; early help worker [[Sue Teasdale|name]].
[[28/11/2026|date]]  Missing to [[Scarborough|place]]; found in [[Eastfield|place]] with [[Jordan Ramsden|name]].
[[1 Dec 2026|date]]  RHI. Names [[Kieran Featherstone|name]], [[Jordan Ramsden|name]], "[[Jordz|name]]".
[[3rd December|date]]  NRM referral. [[Mick Rivis|name]] (mum's partner) moved out to [[Helmsley|place]].
[[5/12/2026|date]]  Strategy meeting with DS [[Mark Lazenby|name]], [[Priya Sandhu|name]], [[Sue Teasdale|name]]. Uncle
[[Darren Harland|name]]
([[07825 114 382|phone]]) offers [[Callum|name]] weekends at [[Gillamoor|place]].
[[9 Dec|date]]  [[Jordan Ramsden|name]] charged; [[Kieran Featherstone|name]] moved to his gran's in [[Whitby|place]].
"""),
]


# --- D. Ridsdale / Pybus family (white British), Slingsby --------------------------------------------------------------------

HOME_D = d.Address("Low Ings Farm Cottage", "", "Slingsby", "YO62 4AL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Holly", "Ridsdale")], dt.date(2012, 1, 27), addresses=[HOME_D], ids=["6428216817", "V815356618976"],
       schools=["Malton School"]),
    _p("f", "father", [("Gary", "Ridsdale")], dt.date(1976, 8, 19), addresses=[HOME_D], phones=["07791 420 653"]),
    _p("m", "mother", [("Dawn", "Pybus")], dt.date(1979, 5, 4), addresses=[HOME_D], phones=["07532 609 118"]),
], "c")

DOCS_D = [
    ("GP letter", """Derwent Practice, [[Malton|place]]
[[24 November 2026|date]]
Dear Dr [[Ahmed|name]],
Re: [[Holly RIDSDALE|name]], DOB [[27/01/2012|dob]], NHS [[642 821 6817|nhs]], [[Low Ings Farm Cottage|address]], [[Slingsby|place]],
[[YO62 4AL|postcode]]
[[Holly|name]] came with her mother [[Dawn Pybus|name]]. Cuts to both forearms, two weeks old. She says her father [[Gary|name]] drinks
and shouts. Her friend [[Maisie Lumley|name]] from [[Hovingham|place]] told the school. Referred to CAMHS ([[Scarborough|place]]).
Yours, Dr [[Fiona\nMetcalfe|name]]
Also registered: mother [[Dawn Pybus|name]] ([[04/05/1979|date]]), father [[Gary Ridsdale|name]] ([[19.08.1976|date]]), who has
missed three alcohol clinic appointments. Her grandmother [[Edna Ridsdale|name]] lives at [[3 The Green|address]], [[Hovingham|place]].
cc: [[Jo Ashby|name]], Children and Families, [[Malton|place]]; Mrs [[Lund|name]], DSL, [[Malton School|school]].
"""),
]
DOCS_D += [
    ("OCR'd CAMHS letter", """CAMHS N0RTH YORKSHIRE C0AST - [[l December 2O26|date]]
Re: [[H0lly Ridsdale|name]] ([[27/0l/2Ol2|dob]]) of [[L0w Ings Farm C0ttage|address]], [[SIingsby|place]]
Seen by Dr [[R. 0wusu|name]] with mother [[Dawn Pybus|name]]. [[Ho11y|name]] says dad [[Gary RidsdaIe|name]] drinks at the
BIacksmiths and drives hom e. She stays with her aunt [[Tracey Pybus|name]] in [[Amotherby|place]] at weekends.
Next appointment [[l5/l2/2O26|date]] at [[Mait0n|place]].
cc: Dr [[F. Metca1fe|name]], Derwent Practice; [[J0 Ashby|name]], SW, [[Norton|place]] office ([[j0.ashby@n0rthyorks.gov.uk|email]]).
[[HoIly|name]]'s friend [[Maisie LumIey|name]] ([[Hovingharn|place]]) is also known to us.
Ris k: [[HoIIy|name]] says she cuts "when [[Gary|name]] is mad at mum". Safety plan agreed with [[Dawn Pybus|name]] and aunt
[[Tracey Pyb us|name]] ([[Arnotherby|place]]). Signed [[R. 0wusu|name]], 1st [[Dec 2O26|date]].
"""),
    ("home visit case note", """CASE NOTE - home visit, [[Low Ings Farm|address]], [[Slingsby|place]] - [[3/12/2026|date]] - SW
[[Jo Ashby|name]]
Seen: [[Holly|name]], mum [[Dawn|name]] ([[07532 609 118|phone]]). Dad [[Gary Ridsdale|name]] out on the tractor, then came in; smelt
of drink at 11am. Farm owner Mr [[Charles Fairfax-Brown|name]] lives at the big house in [[Coneysthorpe|place]]. [[Holly|name]] showed me
her room and her pony [[Bramble|name]]. She wants to stay with aunt [[Tracey|name]] in [[Amotherby|place]] more. Land Rover
[[YG15 RNE|vehicle]].
[[Dawn|name]] said [[Gary|name]] drinks with [[Kev Lumley|name]] (Maisie's dad) in [[Malton|place]] on market day. [[Holly|name]]'s
brother [[Sam Ridsdale|name]] (19) works at Castle Howard? No, at the garden centre in [[Malton|place]]; lives in [[Norton|place]] with
his girlfriend [[Jess Pickering|name]]. [[Holly|name]]'s new phone is [[07907 553 261|phone]]; her old one was [[Bramble|name]]-themed,
lol, says mum.
Aunt [[Tracey Pybus|name]] rang after, from her partner [[Wayne Leckenby|name]]'s phone.
[[Tracey|name]] and [[Wayne|name]] live at [[12 Main Street|address]], [[Amotherby|place]] [[YO17 6TL|postcode]]; [[Holly|name]] would
have the box room.
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[10/12/2026|date]] - [[Malton|place]]
Child: [[RIDSDALE, Holly|name]] ([[27.01.2012|dob]]). Chair: [[Andrew Sowerby|name]]. Present: [[Dawn Pybus|name]], [[Gary Ridsdale|name]]
([[07791 420 653|phone]]), [[Jo Ashby|name]] (SW), Dr [[Owusu|name]] (CAMHS), Mrs [[Lund|name]] ([[Malton School|school]] DSL).
[[Gary|name]] agreed alcohol support; [[Holly|name]] to stay with [[Tracey Pybus|name]] ([[12 Main Street|address]], [[Amotherby|place]])
at weekends. Plan: emotional harm. Review [[10 March 2027|date]].
Views: [[Holly|name]] wrote that she wants "dad sober and [[Bramble|name]] to stay". [[Maisie Lumley|name]]'s mum [[Claire Lumley|name]]
offers lifts from [[Hovingham|place]]. Core group: [[Jo Ashby|name]], [[Dawn Pybus|name]], [[Tracey Pybus|name]], Mrs [[Lund|name]], on
[[7 January 2027|date]] at [[Slingsby|place]] village hall.
"""),
]


# --- E. Nowicki / Nowicka family (Polish), Pickering ---------------------------------------------------------------------------

HOME_E = d.Address("12 Ruffa Lane", "", "Pickering", "YO18 7HN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kacper", "Nowicki")], dt.date(2018, 11, 3), addresses=[HOME_E], ids=["1454606592", "M815467618965"],
       schools=["Pickering Community Junior School"]),
    _p("m", "mother", [("Agnieszka", "Nowicka")], dt.date(1990, 9, 21), addresses=[HOME_E], phones=["07939 184 552"]),
    _p("f", "father", [("Tomasz", "Nowicki")], dt.date(1987, 4, 2), addresses=[HOME_E], phones=["07854 377 021"]),
], "c")

DOCS_E = [
    ("police domestic abuse log", """NYP DOMESTIC ABUSE - [[06/12/2026|date]] 23:48 - [[12 Ruffa Lane|address]], [[Pickering|place]]
[[YO18 7HN|postcode]]
Victim: [[NOWICKA, Agnieszka|name]] ([[21/09/1990|date]]) [[07939 184 552|phone]]. Suspect: [[Tomasz NOWICKI|name]] ([[02/04/1987|date]]),
NI [[JK 48 27 91 B|ni]], van [[YK19 OPV|vehicle]]. Child [[Kacper|name]] (8) present, hid with neighbour Mrs [[Gill|name]] at
[[no. 14|address]].
PC [[Aaron Leng|name]] and PC [[Beth Kaye|name]]. Suspect arrested, taken to [[Scarborough|place]]. DASH high. MARAC.
Previous: [[14/07/2026|date]] verbal at [[Eastgate|address]] car park, [[Pickering|place]]; [[Agnieszka|name]] said [[Tomek|name]]
pushed her. Witness [[Janet Hebden|name]] ([[07480 316 729|phone]]). Brother [[Paweł Nowicki|name]] attended and took [[Tomasz|name]] to
[[Malton|place]]. Referral to IDAS by PC [[Kaye|name]] on [[7/12/2026|date]].
Children at address: [[NOWICKI, Kacper|name]] ([[3/11/2018|dob]]). School: [[Pickering Community Junior|school]]. Notified DSL
[[Gemma Hird|name]] on [[7 Dec|date]]. [[Agnieszka|name]]'s sister [[Joanna Nowak|name]] in [[Leeds|place]] ([[0113 496 0518|phone]]).
"""),
]
DOCS_E += [
    ("interpreter-assisted assessment extract", """CHILD AND FAMILY ASSESSMENT (extract) - [[Kacper Nowicki|name]] ([[03/11/2018|dob]])
NHS [[145 460 6592|nhs]]
UPN [[M815467618965|upn]]. Interpreter: [[Ewa Zielinska|name]]. SW: [[Ruth Cammish|name]].
[[Agnieszka|name]] says [[Tomek|name]] drinks after work at the meat plant in [[Malton|place]]. Her mother, Babcia [[Halina|name]], in
[[Gdańsk|place]] ([[+48 512 684 230|phone]]) wants them to come home. [[Kacper|name]]'s friend [[Oliver Boyes|name]]; teacher Mr
[[Wood|name]]
at [[Pickering Community Junior School|school]]. [[Kacper|name]] likes the steam trains to [[Goathland|place]].
[[Agnieszka|name]]'s friend [[Magda Kowalczyk|name]] lives at [[7 Westgate|address]], [[Pickering|place]] [[YO18 8BA|postcode]] and works
with her at the hotel in [[Thornton-le-Dale|place]]. [[Kacper|name]] says tata [[Tomek|name]] "shouted at mama in the kitchen". He
wants to see his cousin [[Zuzia|name]] in [[Malton|place]]. Mother's NI [[PZ 71 45 20 A|ni]].
"""),
    ("mother's texts typed up", """Texts from [[Agnieszka|name]] to [[Ruth Cammish|name]], copied [[8/12/26|date]]
08:02 [[ruth|name]] [[tomek|name]] is at his brother [[pawel|name]] in [[malton|place]] ([[Pawel Nowicki|name]], [[07368 244 190|phone]])
08:05 he send message to [[kacper|name]] on the tablet. i block him
09:40 [[kacper|name]] ok in school. mrs [[gill|name]] take him
10:12 [[pawel|name]] wife [[kasia|name]] say [[tomek|name]] is sorry. i dont want sorry
10:15 can i come to [[malton|place]] office thursday with [[ewa|name]]
11:30 [[ruth|name]] please tell mr [[wood|name]] [[kacper|name]] go to dentist thursday [[10th|date]] in [[pickering|place]]
11:31 my babcia in [[gdynia|place]] send money for christmas ok
"""),
    ("early help worker's email", """From: [[Laura Skelton|name]] <[[laura.skelton@northyorks.gov.uk|email]]>
Sent: [[9 December 2026|date]]
Hi [[Ruth|name]], [[Kacper|name]]'s mum came to the [[Pickering|place]] family hub. She has a place at [[Foundation House|address]] refuge
in
[[York|place]] if needed. [[Tomasz|name]] has bail to [[Pawel|name]]'s at [[4 Yorkersgate|address]], [[Malton|place]] [[YO17 7AB|postcode]].
[[Laura|name]]
PS [[Kacper|name]]'s teacher Mr [[Wood|name]] says he is tired. The school nurse [[Gill Harrison|name]] will see him on [[11/12|date]].
[[Laura Skelton|name]] | Family Hub, [[Pickering|place]] | [[01751 472 318|phone]]
"""),
]


# --- F. Coverdale / Storr family (white British), Helmsley --------------------------------------------------------------------

HOME_F = d.Address("5 Carlton Road", "", "Helmsley", "YO62 5HD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Storr")], dt.date(2026, 6, 14), addresses=[HOME_F], ids=["5873128928"]),
    _p("m", "mother", [("Megan", "Coverdale")], dt.date(1998, 12, 2), addresses=[HOME_F], phones=["07867 301 925"]),
], "c")

DOCS_F = [
    ("perinatal mental health referral", """PERINATAL REFERRAL - [[20/11/2026|date]]
Mother: [[Megan COVERDALE|name]] ([[02/12/1998|date]]), [[5 Carlton Road|address]], [[Helmsley|place]] [[YO62 5HD|postcode]],
[[07867 301 925|phone]]
Baby: [[Alfie Storr|name]] ([[14/06/2026|dob]]), NHS [[587 312 8928|nhs]]. Partner: [[Josh Storr|name]] ([[07402 993 516|phone]]).
[[Megan|name]] told HV [[Anna Kirk|name]] she has thoughts of leaving. Her mum [[Sandra Coverdale|name]] in [[Ampleforth|place]] helps.
Background: [[Megan|name]] worked at the café on [[Market Place|address]], [[Helmsley|place]] until [[May 2026|date]].
Her friend [[Holly Thirkell|name]] and her sister [[Becky Coverdale|name]] ([[Harome|place]]) visit. GP: Dr [[Patel|name]],
[[Kirkbymoorside|place]]. Midwife [[Janine Dunn|name]] says [[Megan|name]] cried at the [[15 June|date]] visit and at the [[6 week|date]]
check.
Referrer: HV [[Anna KIRK|name]], [[anna.kirk1@nhs.net|email]]; seen [[18th November|date]] at [[5 Carlton Rd|address]],
[[Helmsley|place]]. [[Josh|name]] works at the garage in [[Kirkbymoorside|place]] with [[Dale Boyes|name]]. Ex-partner of [[Megan|name]],
[[Liam
Stead|name]], lives in [[Nawton|place]]; no contact.
"""),
    ("grandmother's voice note transcribed", """Voice note, [[Sandra Coverdale|name]] to SW [[Tom Brennan|name]], [[25/11/26|date]]
"Hi [[Tom|name]], it's [[Sandra|name]], [[Meg|name]]'s mum. I've got [[Alfie|name]] here in [[Ampleforth|place]] tonight. [[Josh|name]]'s
at his
mate [[Lewis|name]]'s in [[Nawton|place]]. [[Megan|name]] says she's fine but she isn't. Ring me on [[01439 771 652|phone]]. Thanks, love."
Oh and [[Josh|name]]'s mum [[Karen|name]] rang from [[Beadlam|place]], she's worried too. Their car's [[YO20 KMB|vehicle]] if the police
need it. [[Meg|name]]'s sister [[Becky|name]] is coming over from [[Harome|place]] in the morning."
"""),
    ("core group minutes", """CORE GROUP - [[4 December 2026|date]] - [[Helmsley|place]] library
[[Alfie STORR|name]] ([[14.6.26|dob]]). Present: [[Megan Coverdale|name]], [[Josh Storr|name]], [[Sandra Coverdale|name]], HV
[[Anna Kirk|name]],
SW [[Tom Brennan|name]], Dr [[Patel|name]] (GP, [[Kirkbymoorside|place]]).
[[Megan|name]] started sertraline. [[Josh|name]] back from [[Nawton|place]]. Next [[18/12/2026|date]].
[[Sandra|name]] says [[Alfie|name]] stays with her in [[Ampleforth|place]] ([[2 West End|address]], [[YO62 4DX|postcode]]) two
nights a week. [[Josh|name]]'s mum [[Karen Storr|name]] in [[Beadlam|place]] offers Tuesdays. [[Anna Kirk|name]]: [[Alfie|name]] is gaining
weight. [[Megan|name]] asked for [[Tom|name]]'s email: [[tom.brennan@northyorks.gov.uk|email]].
Actions: [[Tom Brennan|name]] to ask [[Karen Storr|name]] ([[07907 553 261|phone]]) about Tuesdays; [[Megan|name]] and [[Becky|name]]
to go to the baby group at [[Helmsley|place]] with [[Holly Thirkell|name]]. [[Josh|name]] to see his GP Dr [[Patel|name]] on
[[11 December|date]].
"""),
    ("duty social worker's phone note", """DUTY - [[7/12/2026|date]] 16:20 - [[Jo Ashby|name]]
Call from [[Josh Storr|name]]: [[Megan|name]] went out in the car [[YO20 KMB|vehicle]] to [[Sutton Bank|place]] and isn't answering
[[07867 301 925|phone]]. [[Alfie|name]] with [[Sandra|name]]. Police informed. 17:05 [[Megan|name]] home, at [[Sandra|name]]'s in
[[Ampleforth|place]].
Next day: [[Anna Kirk|name]] to visit [[Carlton Road|address]] [[8/12|date]]; crisis team (Dr [[Nadeem|name]]) rang [[Megan|name]] at 18:30.
[[Josh|name]] says [[Megan|name]] had messaged her old friend [[Kayleigh Frank|name]] in [[Thirsk|place]] saying sorry.
[[Kayleigh|name]] rang the police; PC [[Leng|name]] took the call.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 214 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 22:48 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv",
           "nurse", "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "aunt",
           "uncle", "meme", "tate", "kuku", "babcia"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "north yorkshire", "ryedale", "namibia", "poland"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Meme", "Tate", "Kuku", "Babcia") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
