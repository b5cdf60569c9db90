"""Set 84: a held-out hand-written set for the redaction detector, six more invented families in Torbay and Exeter and the
Teign and Exe estuaries, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set82.py, redaction_set83.py and redaction_set85.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its docstring, records and first document, its last document and
its checker section) and tests/test_redaction_set21.py in full, as the model for layout and markup; the docstrings of
bench/redaction_set7.py to redaction_set81.py, printed with ast and searched only for town, district and community words (to
pick homes and communities no earlier set used); the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py; and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library, UPNs made and checked with python-stdnum, NHS numbers made with their check digit in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families, each from a town or district no earlier set used as a family's home. Four white British families: a fishing
family in Furzeham, Brixham, with a grandmother in Galmpton (Widdicombe / Lang; a boy of 13 found at midnight on the fish
quay with older boys and cannabis, a trawlerman father hurt at sea and drinking ashore, domestic abuse, a neighbour who never
reported); a family in Whipton, Exeter, with grandmothers in Heavitree and Crediton (Snell / Parkhouse; a mother's
depression, a boy of 9 burnt cooking the tea, a short-term partner known by a nickname); a teenage mother in Milber, Newton
Abbot, with her mother in Kingsteignton and the father in Highweek (Coaker / Stentiford; a spiral fracture in a baby of 6
months, a delay in seeking help, a letter before proceedings); and a father on nights in Withycombe Raleigh, Exmouth, with
the mother in prison and an aunt in Brixington (Venning / Crook; a girl of 14 going missing to Exeter, an older "boyfriend",
a cuckooed flat). Two from communities no earlier set used: a Madeiran Portuguese family in Watcombe, Torquay, with a
grandmother in Câmara de Lobos and an uncle in St Helier (Gouveia / Freitas; a girl of 11 hit with a belt, a boy of 15
working nights in a hotel kitchen for cash, a girl interpreting for her mother), and a Galician family in Goodrington,
Paignton, with a grandmother in Burela and a crew agency in Vigo (Otero / Castro; a girl of 13 caring for her brother,
self-harm, a mother's drinking, a father at sea on a beam trawler, an adult grooming her on Instagram). 24 documents:
professional recording (a home visit case note, an initial child protection conference report, strategy discussion
minutes, a child and family assessment, a s47 visit note with a telephone interpreter, child in need review minutes, a
hospital safeguarding referral, a letter before proceedings, a chronology for a legal gateway meeting, a return home
interview, MACE minutes) and other writing, of types no earlier set used where possible: a harbour office's occurrence log
emailed on by the deputy harbour master, a mother's texts with her own mother typed from screenshots, a primary school's
paper welfare concern form run through OCR (with its misreadings), a father's voicemail transcribed, a front-door online
referral form as exported, a grandmother's handwritten letter from Madeira in Portuguese with its translation, a school
nurse's drop-in notes typed fast on a phone, Instagram messages in Galician and English with a translation, an email chain
with a beam-trawler owner and a Spanish crew agency, a WhatsApp export between separated parents, a mother's handwritten
statement typed as written, messages on a school's parent app, and a mother's letter from prison.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address, vessel number and vehicle
registration (street names may be real or invented and carry invented house numbers). Phone numbers are valid numbers
(checked with the phonenumbers library), UK and foreign (Portugal, Spain); NHS numbers and UPNs (LA numbers 880 and 878) pass
their check digits; the NI numbers have a valid format. Councils are invented (Tor Coast, Exe and Teign), and so are the
hotels (Bay Crest, Harbourside Lodge), the trawler firm (Widger Beamers), the crew agency, the boats (Girl Rhianna, Morning
Star) and the nursery (Little Puffins); towns, districts, estates, real schools and colleges, NHS bodies, hospitals, police,
prisons, shops, services, beaches and landmarks are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, DC,
DS, DI, PC, PCs, Sr, Sra, Dona, D., Tio, Avó, avoa, Auntie, Aunt, Nanny, nanny, mr, ms) stay outside the name span, before or
after the name ("Mrs Widdicombe senior"); a possessive 's and a texting s ("tegans" as "[[tegan|name]]s") stay outside;
"SURNAME, First" is one span ("LANG, Bailey", "OTERO LEMA, Xosé Manuel", "CROOK, Danielle"), and so is "First SURNAME"; an
initial with a surname is one span ("J Hext", "K.Bovey", "D. Pillar"), but initials alone ("HB", "KB", "SG", "D.P.") are not
marked; a name broken by a line break is one span; a display name or sender that is a person's plain name is a name
("Lewis" in "Lewis 💙", "Jade", "Brais"), but social media handles ("seaglass.n13", "brais.celeiro") are not, and a contact
saved under a kinship word ("Mum 🏠") is not a name; the names of a school and its short forms are a school ("Eden Park",
"roselands", "paignton acad", "withycombe", the OCR'd "WHIPTON BARTON JUNIOR SCH00L"), and so is a nursery's name ("Little
Acorns", "Little Puffins"); a street address is one span, its town a place, its postcode a postcode; a street named without
a number and a neighbour's bare house or flat number ("no. 25", "43", "number 31") are addresses, and so is an address abroad
("Rua São João de Deus 12", "Rúa do Porto 3") with its foreign postcode ("9300-150", "27880"); towns, villages, districts and
estates are places at home or abroad, in any case; countries, counties, regions and council districts are not ("Devon",
"Torbay", "Teignbridge", "Madeira", "Portugal", "Jersey", "Galicia", "Spain", "Lancashire"); organisations stay unmarked even
when they hold a town's name ("Torbay Hospital", "Pinhoe and Broadclyst Medical Practice", "South Devon College", "Devon Young
Carers", "Torquay Magistrates", "HMP Eastwood Park"), but a team, branch, station or site named by its town marks the town
("[[Brixham|place]] and [[Paignton|place]] Team", "[[Exeter|place]] CAIT", "the Asda in [[Newton|place]]", "[[Exeter|place]] St Davids",
"[[Wonford|place]] site"); a firm named after people marks only the names ("[[Widger|name]] Beamers", "[[Tozer|name]] &
[[Hext|name]]"); a date of birth is dob, any other date with a day is date (a weekday before it stays outside), a bare day
("the [[26th|date]]", "[[7th|date]]") is a date, and months and years alone are not marked; beaches, landmarks and
attractions (the fish quay, the breakwater, Goodrington Sands, Sandy Bay, Sandy Park) are unmarked;
pets (Pickle, Biscuit) are not names; a name that is also a word or a town is marked by what it refers to ("Summer" and
"summer" the girl, "Friend", "Newton" in "Shannon Newton", "Bovey" in "K.Bovey", "Hext", "Kenton", "Chudleigh" are names,
"Newton" for Newton Abbot and "Bovey Tracey" are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a fishing vessel's port
letters and number ("BM 212", "BM 37") are a vehicle, since they identify a family's boat as a number plate identifies a car,
while the boat's own name (the Girl Rhianna, the Morning Star) is not marked, like a pet's or a business's; a partial number
plate ("first bit YK19") is not marked; an organisation's role mailbox ("crewing@atlanticcrewservices.es") is not marked,
while a person's email is; OCR misreadings inside a span are kept as read ("Mason Snel1", "Tr1ckey", "16.1l.26"); a Galician
or Portuguese date with a month word ("12 set.", "25 de outubro de 2026") is a date; a diminutive ("Matildezinha",
"iaguiño", "Rubes", "Kace", "Kezza") is a name; "Avó", "avoa", "Dona", "D.", "Tio" and "Tia" are kinship words or titles;
the invented councils are organisations and unmarked; the
town in a multi-agency meeting's area ("EAST DEVON AND EXETER") is a place, East Devon a region; a prisoner number
("A7731EP"), police and referral references and an interpreter's ID are not marked; the Language Line
interpreter's first names ("Ana Paula") and a chef known only by a first name ("Marco") are names.

Self-check without the detector: `python -m bench.redaction_set84` (and tests/test_redaction_set84.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words and counties, regions and countries, and
prints the number of documents and gold spans per kind: 24 documents,
973 gold spans, 530 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Widdicombe / Lang family (white British), Furzeham, Brixham ----------------------------------------------------------

HOME_A = d.Address("27 Higher Furzeham Road", "Furzeham", "Brixham", "TQ5 8QR")
NAN_A = d.Address("6 Stoke Gabriel Road", "Galmpton", "Brixham", "TQ5 0NQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Bailey", "Lang")], dt.date(2013, 6, 21), addresses=[HOME_A], ids=["7928487659", "H880236019123"],
       schools=["Brixham College"]),
    _p("s", "sibling", [("Summer", "Widdicombe")], dt.date(2019, 11, 30), addresses=[HOME_A], ids=["7270802076"],
       schools=["Eden Park Primary"]),
    _p("m", "mother", [("Tamsin", "Widdicombe")], dt.date(1995, 4, 18), addresses=[HOME_A], phones=["07969 954 355"],
       ids=["7070853777", "JT 62 48 19 B"]),
    _p("f", "father", [("Craig", "Lang")], dt.date(1990, 9, 2), addresses=[HOME_A], phones=["07447 714 492"]),
    _p("g", "grandparent", [("Jean", "Widdicombe")], dt.date(1966, 1, 9), addresses=[NAN_A], phones=["01803 853 417"]),
    _p("p1", "professional", [("Hollie", "Brimacombe")], phones=["0300 456 2187"],
       emails=["hollie.brimacombe@torcoast.gov.uk"]),
], "c")

DOCS_A = [
    ("harbour office incident log entry emailed on by the deputy harbour master", """From: [[Steve Coysh|name]]
<[[s.coysh@brixhamharbourops.co.uk|email]]>
Sent: [[03 November 2026|date]] 07:12
To: MASH Tor Coast
Cc: [[Hollie Brimacombe|name]]
Subject: FW: Occurrence 26/311 - juveniles on the breakwater / fish quay overnight

Morning, passing this on as the police asked us to. Our log entry is below as typed by the night watchman. We have
CCTV if anyone needs it (keep 28 days). Regards, [[Steve|name]] (Deputy Harbour Master), [[01803 882 604|phone]]

---- OCCURRENCE 26/311 ----
Date: [[02/11/26|date]]  Watch: nights  Officer: [[D. Pillar|name]]
23:40 Three lads seen on the fish quay by the ice plant, climbing over the barrier onto the pontoon. One smoking, smell
of cannabis. Told them to move on. Two ran off towards the inner harbour. One stayed, sat on a fish box, very cold, no coat.
He gave his name as "[[Bailey|name]]" then "[[Bailey Lang|name]]", age 13, lives "up [[Furzeham|place]]", said his dad is
on the Girl Rhianna... (NB the Girl Rhianna is [[BM 212|vehicle]] - not his dad's boat, he said after, his
dad crews on the Morning Star [[BM 37|vehicle]])
23:55 He did not want me to ring home. He said his mum "kicks off" and his dad was "off his face". I rang 999.
00:20 PCs [[Ellis|name]] and [[Kate Mudge|name]] attended. Boy taken home to [[27 Higher Furzeham Road|address]] by police.
The two who ran were known to me - one is [[Kai Rendle|name]] (17ish, from [[Bolton Cross|place]]) and one I think is
a [[Hine|name]] boy, [[Tyler|name]] or [[Tyrone|name]].
00:30 Checked pontoon, one vape and a grinder left, bagged for police.
D.P.
----
"""),
]

DOCS_A += [
    ("social worker's home visit case note", """Tor Coast Council - Children's Services - Case Note
Child: [[Bailey LANG|name]]  DOB [[21.06.2013|dob]]  NHS [[792 848 7659|nhs]]
Sibling: [[Summer WIDDICOMBE|name]]  DOB [[30.11.2019|dob]]
Type: Home visit (announced), [[27 Higher Furzeham Road|address]], [[Brixham|place]] [[TQ5 8QR|postcode]]
Date of visit: [[4 November 2026|date]]   Worker: [[Hollie Brimacombe|name]] (SW), with [[Jess Narracott|name]] (family support)

Present: [[Tamsin Widdicombe|name]] (mother), [[Summer|name]]. [[Bailey|name]] was upstairs and came down after twenty minutes.
[[Craig Lang|name]] (father) was at sea - the Morning Star went out from [[Brixham|place]] on Sunday night and is due back
Friday [[6th|date]].

The house: terraced, three bedrooms, steep steps up from the road. Kitchen clean; the front room had washing on every
radiator and a strong smell of damp. [[Summer|name]]'s room was fine, lots of toys, a bed guard. [[Bailey|name]]'s room had no
bulb in the light and a mattress on the floor; [[Tamsin|name]] said he "smashed the bed" in September... (correction: she
said he smashed it "at the end of the holidays", no date).

[[Tamsin|name]] told me about Sunday night. She had gone to bed at ten thinking [[Bailey|name]] was in his room. The police
knocked at half twelve. She said she was "mortified". She said since [[Craig|name]] hurt his hand on the boat in July
(a winch, [[12 July|date]], two fingers broken, seen at Torbay Hospital) he has been drinking more when he is home, and that
there were arguments. On [[25 October|date]] he punched the kitchen door; [[Summer|name]] saw it. She denied he has hit her, then
said he "pushed me into the fridge once, ages ago". She has talked about it with her mum, [[Jean|name]], in [[Galmpton|place]], who
wants her and the children to go there.

[[Bailey|name]] (alone, in the car outside, his choice): he said the lads on the quay are "just [[Kai|name]] and that". He
would not say where the cannabis came from. He said he goes out because "it's loud in the house when Dad's back", and
that he goes to the shop at [[Bolton Cross|place]] because [[Raj|name]] lets him sit in the back and charge his phone. He
said he likes school "a bit", mainly the fishing club with Mr [[Pengelly|name]] at [[Brixham College|school]]. He wants his dad "to
stop drinking, not to go".

Neighbour: as I left, the lady next door, Mrs [[Val Chudleigh|name]] at [[no. 25|address]], stopped me. She said she hears
shouting "most times he's home" and that [[Summer|name]] came round to hers on her own in her pyjamas "about three weeks back",
saying Daddy was cross. She did not report it. She gave me her number, [[07560 708 733|phone]].

Plan: strategy discussion ([[Hollie|name]] to request today); school to be told; [[Tamsin|name]] agreed to a referral to the
domestic abuse service and to [[Summer|name]]'s health visitor... (she is 6, so school nurse) - [[Summer|name]] at
[[Eden Park|school]]; visit [[Craig|name]] when he is back, Friday [[6/11|date]] or Saturday [[7/11|date]].
HB [[04/11/2026|date]] 16:40
"""),
]

DOCS_A += [
    ("mother's texts with her own mother, photographed and typed up for the file", """Screenshots sent by [[Tamsin|name]] to
[[Hollie|name]] on [[9/11|date]] (she wanted us to see "what Mum says"). Typed up
exactly, spelling kept. Contact saved in her phone as "Mum 🏠" ([[01803 853 417|phone]] landline, texts from her mobile
[[07537 045 964|phone]]).

Mum 🏠  Sat [[7 Nov|date]] 08:02
  has he come in yet. [[tam|name]] ring me

Me  08:15
  docked at 6 went straight to the rising sun with [[nathan|name]]. not answering

Mum 🏠  08:16
  right im coming for [[summer|name]]. you and [[bailey|name]] can come to [[galmpton|place]] to, the back room is made up

Me  08:20
  mum i cant just leave hes not done nothing this time. the social are coming to see him today

Mum 🏠  08:31
  [[tamsin|name]] he put your head in the fridge door. [[val|name]] told me. i know about it.

Me  08:33
  its [[val|name]] needs to mind her own

Mum 🏠  08:40
  [[val chudleigh|name]] has more sense than the lot of you. ill be there 10. get [[summer|name]]s school bag

Me  09:52
  [[bailey|name]] gone again. last seen on his bike going down to the breakwater with [[kai rendle|name]]. its freezing

Mum 🏠  09:53
  ring [[hollie|name]] now. or i will. whats her number

Me  09:55
  [[0300 456 2187|phone]] but its saturday so you get the out of hours

Mum 🏠  11:10
  got [[summer|name]]. shes had beans on toast. [[bailey|name]] came here!! cycled all the way round by [[churston|place]]. says can he
stop the
  night. i said yes.

Me  11:12
  thank god. tell him im not cross x
"""),
    ("initial child protection conference report, social worker's summary section", """TOR COAST SAFEGUARDING CHILDREN PARTNERSHIP
INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER (extract: summary and analysis)

Children:        [[LANG, Bailey|name]] (13) DOB [[21/06/2013|dob]]  UPN [[H880236019123|upn]]
                 [[WIDDICOMBE, Summer|name]] (6) DOB [[30/11/2019|dob]]  NHS [[727 080 2076|nhs]]
Address:         [[27 Higher Furzeham Road|address]], [[Furzeham|place]], [[Brixham|place]], [[TQ5 8QR|postcode]]
Conference date: Thursday [[26 November 2026|date]], 10:00, Oldway (hybrid)
Chair:           [[Angela Tozer|name]], Safeguarding Review Manager
Author:          [[Hollie Brimacombe|name]], Social Worker, [[Brixham|place]] and [[Paignton|place]] Team
([[hollie.brimacombe@torcoast.gov.uk|email]])

1. Reason for conference
On [[2 November|date]] [[Bailey|name]] was found at midnight on the fish quay, cold and with older young people using
cannabis. Enquiries under section 47 found domestic abuse by [[Craig Lang|name]] towards [[Tamsin Widdicombe|name]] when he is
ashore, seen and heard by both children, and drinking since an injury at sea on [[12/07/2026|date]].

2. Chronology of key events (since [[1 July 2026|date]])
[[12.07.26|date]]  [[Craig|name]] injured on board, treated at Torbay Hospital, off work 9 weeks.
[[24.08.26|date]]  Police called by a neighbour ([[no. 25|address]]): shouting; no offences; DASH standard.
[[14.09.26|date]]  [[Bailey|name]] excluded for one day from [[Brixham College|school]] (vape, abuse to staff).
[[25.10.26|date]]  Door punched; [[Summer|name]] present ([[Tamsin|name]]'s account, [[4/11|date]]).
[[02.11.26|date]]  Found on the quay (harbour occurrence 26/311).
[[07.11.26|date]]  [[Bailey|name]] missing 90 minutes; found at his grandmother's in [[Galmpton|place]].
[[10.11.26|date]]  Strategy discussion; s47 agreed.
[[16.11.26|date]]  Joint visit with PC [[Sam Kerswell|name]] (DA officer); [[Craig|name]] seen on the [[16th|date]] and again
                   on the [[19th|date]].

3. The children's views
[[Bailey|name]]: "I want Dad to be Dad on the boat, not Dad in the house." He is proud of his father and worried about
money. He named Mr [[Pengelly|name]], [[Raj|name]] at the shop and his nan as people he trusts.
[[Summer|name]] drew her house with "Daddy shouting" in a cloud and Nanny [[Jean|name]]'s house with a dog (Pickle).

4. Analysis
[[Tamsin|name]] loves her children and has acted to protect them since the conference was called, letting [[Summer|name]] stay
with Mrs [[Widdicombe|name]] senior on three nights. [[Craig|name]] accepts "a problem with the drink" but not the abuse. The
risk is highest in the days after a trip. Recommendation: both children to be subject to a child protection plan
under the category of emotional abuse; [[Craig|name]] to be referred to a perpetrator programme ("Choices", Torbay).
"""),
]


# --- B. Snell / Parkhouse family (white British), Whipton, Exeter -------------------------------------------------------------

HOME_B = d.Address("41 Pinhoe Road", "Whipton", "Exeter", "EX4 8AD")
DAD_B = d.Address("Flat 9, 3 Sidwell Street", "", "Exeter", "EX4 6NN")
NAN_B = d.Address("18 Ladysmith Road", "Heavitree", "Exeter", "EX1 2PP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Snell")], dt.date(2017, 2, 14), addresses=[HOME_B], ids=["4411817802", "H878281017541"],
       schools=["Whipton Barton Junior School"]),
    _p("s", "sibling", [("Lacey-Mai", "Snell")], dt.date(2022, 8, 5), addresses=[HOME_B], ids=["6092899329"]),
    _p("m", "mother", [("Kayleigh", "Snell")], dt.date(1992, 12, 3), addresses=[HOME_B], phones=["07797 000 088"],
       ids=["7558427622", "WK 30 57 84 D"]),
    _p("f", "father", [("Jordan", "Parkhouse")], dt.date(1991, 3, 27), addresses=[DAD_B], phones=["07789 099 660"]),
    _p("g", "grandparent", [("Carol", "Snell")], dt.date(1968, 6, 30), addresses=[NAN_B], phones=["01392 467 213"]),
    _p("p1", "professional", [("Priya", "Kenton")], phones=["01392 254 880"], emails=["priya.kenton@exeandteign.gov.uk"]),
], "c")

DOCS_B = [
    ("strategy discussion minutes", """EXE AND TEIGN COUNCIL - CHILDREN'S SOCIAL CARE
STRATEGY DISCUSSION - MINUTES
Children: [[Mason SNELL|name]] (DOB [[14/02/2017|dob]]), [[Lacey-Mai SNELL|name]] (DOB [[05/08/2022|dob]])
Home: [[41 Pinhoe Road|address]], [[Whipton|place]], [[Exeter|place]] [[EX4 8AD|postcode]]
Held: Wednesday [[18th November 2026|date]], 14:00-14:50, Teams
Chair: [[Rob Heard|name]], Team Manager, [[Exeter|place]] East Team
Present: [[Priya Kenton|name]] (social worker); DS [[Lisa Gorman|name]] (Devon and Cornwall Police, [[Exeter|place]] CAIT);
[[Nicola Venn|name]] (DSL, [[Whipton Barton Junior School|school]]); [[Maggie Coombes|name]] (health visitor, for
[[Lacey-Mai|name]]); Dr [[Aaron Blight|name]] apologies, GP information sent by email.
Minutes: [[Ellie Pym|name]] (business support)

1. Information shared
School ([[Nicola|name]]): [[Mason|name]] (9) came into school on Monday [[16 November|date]] with a burn on the back of his right
hand, about 3 cm, blistered, not dressed. He said he "did the tea" - beans on the hob - because Mum was "in bed with her head".
He has been late 14 times this half-term and missed 11 sessions. He was seen eating from the bin at lunch on [[11/11|date]]. He
talks about "doing [[Lacey|name]]'s bath". Teacher Mrs [[Hext|name]] says he falls asleep in class.
Police ([[Lisa|name]]): two calls to the address this year. [[3 April 2026|date]]: [[Jordan Parkhouse|name]] (father, lives
[[Flat 9, 3 Sidwell Street|address]]) reported he could not get an answer about handover; welfare check, mother asleep at
15:00, children in the flat (house) with the TV on; no further action. [[27 September|date]]: a neighbour, [[Terry Ley|name]] at
[[43|address]], rang about a smell of burning; fire service attended, a pan on the hob, nobody hurt.
Health ([[Maggie|name]]): [[Lacey-Mai|name]] missed her 2-year review (three letters), seen at home on [[9 November|date]]: nappy
rash, weight dropped from the 50th to the 25th centile; home cluttered, bags of rubbish in the kitchen. Mother low, said
she has not been out of the house "for weeks apart from the Co-op".
GP (email from Dr [[Blight|name]], Pinhoe and Broadclyst Medical Practice, [[17/11/26|date]]): [[Kayleigh Snell|name]] has
recurrent depression, not collected her sertraline since August. Last seen [[22/07/2026|date]].

2. Decision
Threshold for s47 enquiries met (neglect; the burn). Single agency ([[Priya|name]]) with police informed. [[Mason|name]] to be
seen at school first thing tomorrow, [[19/11|date]], and the burn seen by the school nurse and then the GP the same day. Maternal
grandmother, [[Carol Snell|name]] in [[Heavitree|place]] ([[01392 467 213|phone]]), to be asked about support.
Actions: PK - visit [[19.11.26|date]]; LG - PNC checks on [[Jordan|name]] and on the mother's new partner, known
only as "[[Deano|name]]" (possibly [[Dean Loram|name]], [[Exwick|place]]).
"""),
]

DOCS_B += [
    ("primary school's handwritten welfare concern form, scanned and run through OCR", """[[WHIPTON BARTON JUNIOR SCH00L|school]] - RECORD
OF WELFARE CONCERN (paper form, scanned [[16/11/2026|date]], OCR text below)
Pupil name: [[Mason Snel1|name]]      Class: Y4 Ashcombe      D.O.B. [[14 / 2 / 17|dob]]
Date & time of concern: [[16.1l.26|date]]  8.50am     Where: classroom, morning register
Concern noticed by: [[J. Hext|name]] (class teacher)

What did you see / hear? (the child's own words if possible)
[[Mason|name]] had his hand in his sleeve. When I asked he showed me a big blister on back of R hand. He said "I done the
beans cos Mum was in bed with her head and [[Lacey|name]] was crying. The pan tipped." I asked when, he said "Saturday
night". I asked who put cream on it he said nobody. He said "dont tell Mum's friend [[Deano|name]] he'll be mad I
touched the cooker".
He asked if he can have breakfast club every day "even if Mum hasnt paid".
Body map: see over (burn approx 3cm x 2cm, back of right hand, blistered, some weeping)

Action taken: Passed to DSL at 9.05am. Hand cleaned by Mrs [[Tr1ckey|name]] (first aider) & dressed.
Signed: [[J Hext|name]]   Print name: [[JANE HEXT|name]]

--- DSL section ---
Received by: [[N Venn|name]]   Date: [[16/11|date]]   Time: 9.10
Action: Rang mother ([[07797 000 088|phone]]) x2 no answer 9.15, 9.40. Rang grandmother [[Carol Snell|name]] ([[01392 467 213|phone]]) -
she said she would go round to [[Pinhoe Rd|address]] this morning and she rang back 11.20: "house is a tip, [[Kay|name]]
is in bed, baby in a dirty nappy, no food". Referral to MASH 11.35 (ref MASH/26/88412). Emailed Mrs [[P Kenton|name]] SW.
Dad ([[Jordan|name]] [[07789 099 660|phone]]) rang school himself 14.00 - [[Carol|name]] had told him. He says he wants
[[Mason|name]] to come and live with him but he is in a one-bed flat in town. Told him social care will contact him.
Signed [[N. Venn|name]] DSL    [[16 Nov 26|date]]
"""),
]

DOCS_B += [
    ("father's voicemail to the social worker, transcribed by business support", """VOICEMAIL TRANSCRIPT - for [[Priya Kenton|name]] -
left [[20/11/2026|date]] 23:47 - from [[07789 099 660|phone]] - 2 min 51 s
(typed by [[Ellie Pym|name]], [[23.11.26|date]]; [inaudible] where I could not make it out; swearing kept as said)

"Yeah hi, it's [[Jordan|name]], [[Jordan Parkhouse|name]], [[Mason|name]]'s dad. Sorry it's late. I've just come off shift at the
warehouse out at [[Sowton|place]]. Um. I went past [[Kay|name]]'s tonight, about half ten, cos [[Mason|name]] messaged me on his tablet,
he said [[Deano|name]] was there and they were shouting. The car was outside, his white Corsa, [[WK17 HXP|vehicle]], I took a
photo of it. I knocked and [[Deano|name]] come to the door and told me to f*** off back to [[Sidwell Street|address]]. I could hear
[[Lacey|name]] screaming. I didn't go in cos last time I got arrested, not my fault but whatever. [[Mason|name]] waved at me
out the window upstairs.

So I want to know what you're doing, cos I told the school and I told you, he's nine and he's cooking the tea. His nan,
[[Carol|name]], she's doing her best but she's got her hip, she's at [[Ladysmith Road|address]] and she can't get up that hill every
day. My mum, my mum's in [[Crediton|place]], she'd have him, she's got a spare room, [[Sandra Parkhouse|name]], her number's
[[07464 329 089|phone]], she's [[Sandra|name]], ring her. Or I'll get a two-bed, I've been on Devon Home Choice since
2023...

[inaudible] ... and the other thing is [[Deano|name]] isn't called [[Deano|name]], he's [[Dean Loram|name]], from [[Exwick|place]], he
was with [[Kerry Shapland|name]] in [[Exmouth|place]] and there was stuff with her kids, everyone knows. Just look him up.
Right. My number's this one. [[07789 099 660|phone]]. I'm off Sunday and Monday. Cheers. Bye."
"""),
]

DOCS_B += [
    ("child and family assessment, analysis and plan sections", """CHILD AND FAMILY ASSESSMENT (single assessment) - sections 6 to 8
Children: [[Mason Snell|name]] (9), [[Lacey-Mai Snell|name]] (4)          Assessment started [[16 November 2026|date]], completed
[[4 December 2026|date]] (day 18)
Social worker: [[Priya Kenton|name]], [[priya.kenton@exeandteign.gov.uk|email]], [[01392 254 880|phone]]
Mother: [[Kayleigh Snell|name]] (known as [[Kay|name]]), DOB [[03/12/1992|dob]], NHS [[755 842 7622|nhs]], NI [[WK 30 57 84 D|ni]]
Father: [[Jordan Parkhouse|name]], DOB [[27/03/1991|dob]], [[Flat 9, 3 Sidwell Street|address]], [[Exeter|place]] [[EX4 6NN|postcode]]
[[Mason|name]]: NHS [[441 181 7802|nhs]], UPN [[H878281017541|upn]]; [[Lacey-Mai|name]]: NHS [[609 289 9329|nhs]]

6. What the children told me
[[Mason|name]] was seen alone three times (school [[19/11|date]] and [[26/11|date]]; a walk to the Whipton Barton playing
fields on [[1/12|date]]). He drew his "jobs": getting [[Lacey|name]] up, her nappy, cereal, walking to nursery ([[Little
Acorns|school]], on [[Hill Barton Road|address]]), school, tea, bath. He said Mum "is sad, not bad". He is frightened of
[[Dean Loram|name]] ("he punches the wall by my head, not me"). He wants to stay at home but "have Nan every day", and to see
his dad more - "[[Jordan|name]] takes me to the Chiefs" (Exeter Chiefs rugby, Sandy Park).
[[Lacey-Mai|name]] is a bright, chatty girl who called me "the lady with the lanyard". At nursery her key person,
[[Sophie Lear|name]], says she arrives hungry and in yesterday's clothes on most Mondays.

7. Parents
[[Kay|name]] has been open with me. She was sectioned in 2019... (correction: she was an informal patient at the
Cedars, [[Wonford|place]], for three weeks in [[March 2019|date]]). She has gone back to her GP (seen [[24/11/26|date]]) and started
talking therapy with TALKWORKS. She ended the relationship with [[Dean Loram|name]] on [[28 November|date]] after police were
called by [[Terry Ley|name]] next door; [[Dean|name]] was arrested for criminal damage and is bailed not to come to
[[Pinhoe Road|address]]. [[Jordan|name]] wants more time with [[Mason|name]]; his mother, Mrs [[Sandra Parkhouse|name]] of
[[Crediton|place]], has offered every other weekend. Maternal nan [[Carol|name]] now does the school run on Mondays and Thursdays.

8. Analysis and plan
Neglect arising from maternal depression, a young carer's role for [[Mason|name]], domestic abuse by a short-term partner.
Strengths: a loving mother who asks for help, two involved grandmothers, a father who keeps ringing. Recommendation: child
in need plan (not a conference), young carers assessment via Devon Young Carers, family group conference with [[Carol|name]],
[[Sandra|name]] and [[Jordan|name]] to agree a weekly rota, review in six weeks ([[15 January 2027|date]]).
"""),
]


# --- C. Gouveia / Freitas family (Madeiran Portuguese), Watcombe, Torquay ------------------------------------------------------

HOME_C = d.Address("Flat 3, 58 Teignmouth Road", "Watcombe", "Torquay", "TQ1 4ER")
AVO_C = d.Address("Rua São João de Deus 12", "", "Câmara de Lobos", "9300-150")
TIO_C = d.Address("7 Clarendon Road", "", "St Helier", "JE2 3YS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Beatriz", "Gouveia")], dt.date(2015, 5, 9), addresses=[HOME_C], ids=["6107394125", "Q880260919987"],
       schools=["Watcombe Primary School"]),
    _p("s", "sibling", [("Tiago", "Gouveia")], dt.date(2011, 10, 2), addresses=[HOME_C], ids=["4669455419", "F880287415465"],
       schools=["Torquay Academy"]),
    _p("s2", "sibling", [("Matilde", "Gouveia")], dt.date(2024, 1, 17), addresses=[HOME_C], ids=["4994548471"]),
    _p("m", "mother", [("Sónia", "Freitas Gouveia")], dt.date(1988, 7, 22), addresses=[HOME_C], phones=["07545 468 034"],
       ids=["PR 71 06 33 A"]),
    _p("f", "father", [("Rui", "Gouveia")], dt.date(1985, 3, 4), addresses=[HOME_C], phones=["07468 245 399"]),
    _p("g", "grandparent", [("Lurdes", "Freitas")], dt.date(1960, 12, 8), addresses=[AVO_C], phones=["+351 291 942 318"]),
    _p("p1", "professional", [("Megan", "Luscombe")], phones=["01803 208 115"], emails=["megan.luscombe@torcoast.gov.uk"]),
], "c")

DOCS_C = [
    ("school's online referral form to the front door, as exported", """TOR COAST FRONT DOOR - MULTI-AGENCY REFERRAL FORM (online) -
export [[2026-10-13|date]] 12:41
Ref: FD-26-07719
--- 1. Referrer ---
Name: [[Chloe Bastin|name]]
Role: Designated Safeguarding Lead
Organisation: [[Watcombe Primary School|school]], [[Torquay|place]]
Phone: [[01803 208 115|phone]] (school office)   Email: [[c.bastin@watcombe-pri.torbay.sch.uk|email]]
--- 2. Child(ren) ---
Child 1  Surname: [[GOUVEIA|name]]  Forename(s): [[Beatriz|name]] (known as [[Bia|name]])  DOB: [[2015-05-09|dob]]  Gender: F
         UPN: [[Q880260919987|upn]]  Ethnicity: White - Other (Portuguese, from Madeira)  First language: Portuguese
Child 2  Surname: [[GOUVEIA|name]]  Forename(s): [[Tiago|name]]  DOB: [[2011-10-02|dob]]  School: [[Torquay Academy|school]]
Child 3  Surname: [[GOUVEIA|name]]  Forename(s): [[Matilde|name]]  DOB: [[2024-01-17|dob]]  Nursery: none
--- 3. Address ---
[[Flat 3, 58 Teignmouth Road|address]], [[Watcombe|place]], [[Torquay|place]], [[TQ1 4ER|postcode]]
--- 4. Parents / carers ---
Mother: [[Sónia Freitas Gouveia|name]]  Tel: [[07545 468 034|phone]]  Interpreter needed: YES (European Portuguese)
Father: [[Rui Gouveia|name]]  Tel: [[07468 245 399|phone]]  Interpreter needed: no
Are parents aware of referral: YES - father told by phone 12.20, he said "ok ok" and put the phone down.
--- 5. Concern ---
This morning at 8.45 [[Bia|name]] was upset in the line. In the library with me and her teacher Miss [[Rosário Pinto|name]] (who
speaks Portuguese) she said her dad hit her with his belt on Sunday night ([[11/10|date]]) because she "answered back" in
English and he does not understand English. She showed red marks on the backs of both thighs, three lines, with a small
broken area. She said "in Madeira it is normal, my avó did it to my mum". She said her brother [[Tiago|name]] (15) works in the
kitchen at the hotel where Dad works "every night till late" and sleeps in the day, so he does not go to school, and that she
looks after [[Matilde|name]] when Mum works the early shift (6-2) cleaning at a hotel on the harbour... (NB Dad and [[Tiago|name]] work at
the Bay Crest Hotel on the seafront; Mum cleans at the Harbourside Lodge.)
Child's wishes: "Don't tell Dad I told. I want my avó." (Avó [[Lurdes|name]] lives in [[Câmara de Lobos|place]].)
--- 6. Consent --- Not sought (risk of significant harm).
--- 7. Submitted by --- [[C Bastin|name]], [[13/10/2026|date]]
"""),
]

DOCS_C += [
    ("section 47 home visit note with a telephone interpreter", """Case note - s47 joint visit - [[Flat 3, 58 Teignmouth Road|address]],
[[TQ1 4ER|postcode]]
Date: Wednesday [[14 October 2026|date]], 17:30-19:10     Recorded by: [[Megan Luscombe|name]], social worker
With: DC [[Owen Petherick|name]] ([[Torquay|place]] CID)   Interpreter: [[Ana Paula|name]] (Language Line, by phone, ID 40721), European
Portuguese, for the mother. Father declined an interpreter.

Present: [[Sónia|name]], [[Rui|name]], [[Matilde|name]] (asleep), [[Tiago|name]] (arrived 18:05 from work). [[Bia|name]] was staying
the night with a family friend, Dona [[Fátima Santos|name]], in [[Barton|place]], as agreed at the strategy
meeting.

[[Rui|name]]: accepted straight away that he "gave her the belt, two, three times, not hard". He said in [[Câmara de Lobos|place]]
his father did the same and he "turned out fine". He said [[Bia|name]] shouts at her mother in English "so Mum cannot
understand" and laughs at her. He was told clearly, by me and by DC [[Petherick|name]], that it is an assault in England. He
said "so what do I do, nothing?" and we talked about other ways. He signed the safety agreement (no physical punishment;
[[Bia|name]] home tomorrow if he agrees to leave the flat if he gets angry and go to his friend [[Zé|name]]'s - [[José Abreu|name]],
[[Ellacombe Road|address]]).

[[Sónia|name]] (via [[Ana Paula|name]]): she cried. She said she asked [[Rui|name]] to stop. She has been in [[Torquay|place]] since
2019... (correction: since [[2 March 2019|date]]; the family came from [[Funchal|place]] through Jersey, where
[[Rui|name]]'s brother, Tio [[Abel|name]], lives at [[7 Clarendon Road|address]], [[St Helier|place]]). She works 6-2 and
[[Rui|name]] works 4 till midnight, so the children are often with [[Tiago|name]] or [[Bia|name]]. She wants to go to English
classes at South Devon College but "when?".

[[Tiago|name]] (15, spoke English to me alone on the stairs): he works "washing pots and prep" at the Bay Crest Hotel five
nights, 5pm to 1am, cash, £40 a night, for the head chef, "[[Marco|name]]". He has not been to [[Torquay Academy|school]] since
about [[21 September|date]]. He said "Dad said it is for the family, for the deposit". He wants to be a chef. He said he is
tired all the time and that [[Marco|name]] gives the lads energy drinks and "sometimes other stuff" - he would not say more.

Actions: [[Tiago|name]] - exploitation screening tool, and child employment (no permit; night work unlawful at 15)
to be raised with the hotel by the education welfare officer, [[Dean Friend|name]]. Police intelligence report on the
head chef. [[Bia|name]] to be seen again at school on [[16/10|date]].
"""),
]

DOCS_C += [
    ("grandmother's handwritten letter from Madeira in Portuguese, with the council's translation", """[Scanned letter, two sides, blue
biro, received by post [[2 November 2026|date]]; envelope postmarked [[Câmara de
Lobos|place]] [[27.10.2026|date]]. Sender on the back: [[Lurdes Freitas|name]], [[Rua São João de Deus 12|address]], [[9300-150|postcode]]
[[Câmara de Lobos|place]], Madeira, Portugal. Translation by [[Inês Carvalho|name]], Tor Coast translation service, [[3/11/2026|date]].]

ORIGINAL
[[Câmara de Lobos|place]], [[25 de outubro de 2026|date]]
Exma. Senhora Assistente Social [[Megan|name]],
Sou a avó da [[Beatriz|name]], do [[Tiago|name]] e da [[Matildezinha|name]]. A minha filha [[Sónia|name]] deu-me a sua morada. Peço
desculpa pela minha letra, só fiz a quarta classe. O meu genro [[Rui|name]] não é um homem mau, mas tem a mão pesada como o
pai dele, o falecido [[João Gouveia|name]]. A [[Bia|name]] é esperta e responde, sempre foi assim, desde pequenina.
Se for preciso eu vou aí. Tenho passaporte. A minha vizinha, a D. [[Conceição|name]], diz que a filha dela em [[Torquay|place]]
(a [[Filipa Jardim|name]], telefone [[07541 818 991|phone]]) me pode receber. O meu telefone de casa é [[+351 291 942 318|phone]]
e o telemóvel da minha neta [[Carla|name]] é [[+351 912 604 337|phone]] (ela fala inglês).
Não deixem o [[Tiago|name]] trabalhar de noite. Ele tem de estudar. Beijinhos aos meninos.
[[Maria de Lurdes Freitas|name]]

TRANSLATION
[[Câmara de Lobos|place]], [[25 October 2026|date]]
Dear Social Worker Mrs [[Megan|name]],
I am the grandmother of [[Beatriz|name]], [[Tiago|name]] and little [[Matilde|name]] ("[[Matildezinha|name]]"). My daughter
[[Sónia|name]] gave me your address. I am sorry for my handwriting, I only went to school to the fourth year. My
son-in-law [[Rui|name]] is not a bad man, but he has a heavy hand like his father, the late [[João Gouveia|name]]. [[Bia|name]] is
clever and answers back, she has always been like that, since she was tiny.
If necessary I will come there. I have a passport. My neighbour, Dona [[Conceição|name]], says her daughter in
[[Torquay|place]] ([[Filipa Jardim|name]], telephone [[07541 818 991|phone]]) can put me up. My home phone is
[[+351 291 942 318|phone]] and my granddaughter [[Carla|name]]'s mobile is [[+351 912 604 337|phone]] (she speaks English).
Do not let [[Tiago|name]] work at night. He has to study. Kisses to the children.
[[Maria de Lurdes Freitas|name]]
[Translator's note: "D." is short for Dona, a title; "Exma." is a formal form of address.]
"""),
]

DOCS_C += [
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Family: [[GOUVEIA|name]] / [[FREITAS|name]]     Children: [[Beatriz|name]] ([[Bia|name]]) 11, [[Tiago|name]] 15, [[Matilde|name]] 2
Date: [[7th December 2026|date]], 16:00, [[Watcombe Primary School|school]] (staff room), interpreter in person
Chair/minutes: [[Megan Luscombe|name]] (SW)
Attending: [[Sónia Freitas Gouveia|name]]; [[Rui Gouveia|name]]; [[Chloe Bastin|name]] (DSL); [[Dean Friend|name]] (EWO);
[[Kelly Yeo|name]] ([[Torquay Academy|school]], pastoral); [[Nuno Baptista|name]] (interpreter, in person); Sra [[Filipa Jardim|name]]
(family friend, at [[Sónia|name]]'s request)
Apologies: DC [[Petherick|name]]; health visitor [[Amy Harvey|name]] (report sent)

1. Progress since the strategy meeting on [[13 October|date]]
- No further physical punishment reported by [[Bia|name]] (seen at school [[16/10|date]], [[6/11|date]], [[27/11|date]]) or seen.
[[Rui|name]] went on the Triple P course at the family hub on [[Hele Road|address]] (4 of 5 sessions).
- [[Tiago|name]] stopped working at the Bay Crest on [[19 October|date]]; the hotel was visited by [[Dean|name]] and the police on
the [[22nd|date]]. The head chef ([[Marco Teles|name]]) has left. [[Tiago|name]] back at school from [[2 November|date]], attendance
since 91%. He has a Saturday job (legal, with a permit) at [[Lopes|name]]'s bakery on [[Union Street|address]] and wants to do
the catering course at South Devon College in [[Paignton|place]].
- [[Matilde|name]] has a place at [[Little Puffins|school]] nursery from January (two-year-old funding).
- Avó [[Lurdes|name]] arrives on [[18 December|date]] for three months (flying [[Funchal|place]] to [[Bristol|place]]) and will stay
with the family. [[Filipa|name]] will be a back-up.

2. Views
[[Bia|name]] (through Miss [[Pinto|name]] before the meeting): "Dad is trying. I don't have to be Mum's English all the time now
because [[Nuno|name]] comes." [[Sónia|name]]: starts ESOL at the library on Tuesdays from [[12 January 2027|date]].
[[Rui|name]]: "In Madeira we do not have this meeting. But ok, it is better."

3. Decision: continue child in need plan to next review on [[8 March 2027|date]]; then consider closure.
"""),
]


# --- D. Otero / Castro family (Galician), Goodrington, Paignton ----------------------------------------------------------------

HOME_D = d.Address("12 Cliff Park Avenue", "Goodrington", "Paignton", "TQ4 6LP")
AVOA_D = d.Address("Rúa Rosalía de Castro 14, 2ºB", "", "Burela", "27880")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Noa", "Otero Castro")], dt.date(2013, 4, 3), addresses=[HOME_D], ids=["6041234729", "D880297917456"],
       schools=["Paignton Academy"]),
    _p("s", "sibling", [("Iago", "Otero Castro")], dt.date(2018, 9, 14), addresses=[HOME_D], ids=["4794111827"],
       schools=["Roselands Primary School"]),
    _p("m", "mother", [("Uxía", "Castro Pazos")], dt.date(1987, 2, 11), addresses=[HOME_D], phones=["07945 579 377"],
       ids=["6562590094"]),
    _p("f", "father", [("Xosé Manuel", "Otero Lema")], dt.date(1983, 8, 29), addresses=[HOME_D], phones=["+34 654 21 87 30"]),
    _p("g", "grandparent", [("Carme", "Pazos")], dt.date(1958, 5, 1), addresses=[AVOA_D], phones=["+34 982 55 12 34"]),
    _p("p1", "professional", [("Rhys", "Penwarden")], phones=["01803 882 604"], emails=["rhys.penwarden@torcoast.gov.uk"]),
], "c")

DOCS_D = [
    ("school nurse's drop-in notes typed fast on a phone and pasted into the record", """school nurse drop in [[paignton acad|school]]
[[10/9|date]] - typed on phone, pasted [[10/09/2026|date]] 15:02 - [[K.Bovey|name]] SN
[[noa otero castro|name]] yr9 dob [[3/4/13|dob]]. came w friend ([[Evie|name]]?? [[evie tapper|name]]) who waited outside
- says cutting since the hols, L forearm, superficial x8 ish, healing, 2 fresh from last night, cleaned, steristrips
not needed. no intent to die she says "its just to get to sleep"
- dad away at sea ([[brixham|place]] boat, 3 wks on 1 off, "[[xosé|name]]" - she calls him "papá"), back [[26th|date]]
- mum ([[uxia|name]]) drinking "every night, wine, then the vodka", falls asleep on sofa. [[noa|name]] puts [[iago|name]] (8) to bed,
gets him to [[roselands|school]] in morn. [[iago|name]] wets the bed "nearly every night", [[noa|name]] washes sheets b4 school
- no food shop since weds, [[noa|name]] used her own £ from avoa [[carme|name]] (bizum?? some spanish app) to buy bread + ham at the
Tesco express
- wants: "dont want mum in trouble. want papá home. want avoa". avoa lives in [[burela|place]], galicia, [[noa|name]] says "a village by the
sea like here but better"
- phone: her [[07918 952 036|phone]]. mum [[07945 579 377|phone]]. dad whatsapp only [[+34 654 21 87 30|phone]]
- told her i need to share w DSL (mr [[gill|name]]) + MASH. she cried then said ok. gave kooth + childline
- DSL [[Darren Gill|name]] told 14:40, he is ringing MASH. KB
"""),
]

DOCS_D += [
    ("a girl's Instagram messages with a friend in Galicia, in Galician and English, typed up with a translation", """Instagram direct
messages, [[Noa|name]]'s phone, shown to [[Rhys Penwarden|name]] (SW) by [[Noa|name]] on [[15/09/2026|date]] and typed up
with her agreement (she chose which to show). Her account: seaglass.n13. Friend's account: brais.celeiro (display name
"[[Brais|name]]", a boy of 13 she was at school with in [[Burela|place]]: [[Brais Fernández|name]]). Translation from Galician by
[[Rhys|name]] with Google and checked by [[Marta Souto|name]] (EAL, [[Paignton Academy|school]]).

[[Brais|name]]   [[12 set.|date]] 22:14   ola [[noa|name]]!! cando vés no nadal? a túa avoa di que si
                            (hi [[noa|name]]!! when are you coming at christmas? your gran says yes)
[[Noa|name]]     22:20   non sei. mamá non está ben. papá está no mar ata o [[26|date]]
                            (don't know. mum isn't well. dad is at sea till the [[26th|date]])
[[Brais|name]]   22:21   e [[iaguiño|name]]?
                            (and little [[iago|name]]?)
[[Noa|name]]     22:25   mollou a cama outra vez. lavei todo. estou cansa
                            (he wet the bed again. i washed everything. i'm tired)
[[Brais|name]]   22:26   fala coa túa avoa [[Carme|name]]. chámaa. [[+34 982 55 12 34|phone]] ese é o da casa non?
                            (talk to your gran [[Carme|name]]. call her. that's the house one isn't it?)
[[Noa|name]]     22:30   si pero se lle digo vai chamar a papá e el vai berrar a mamá
                            (yes but if i tell her she'll ring dad and he'll shout at mum)
[[Brais|name]]   [[13 set.|date]] 08:02  a miña nai di que podes vir a [[Celeiro|place]] a nosa casa. [[Rúa do Porto 3|address]] lembras?
                            (my mum says you can come to [[Celeiro|place]] to our house. [[Rúa do Porto 3|address]] remember?)
[[Noa|name]]     08:10   jajaja si lembro. tes que vir ti a [[Paignton|place]], hai praia e un zoo
                            (hahaha yes i remember. you have to come to [[Paignton|place]], there's a beach and a zoo)
[[Brais|name]]   08:11   e o teu amigo ingles? o [[jack|name]]?
                            (and your english friend? [[jack|name]]?)
[[Noa|name]]     08:15   non é o meu amigo. é de [[Preston|place]]. di que ten 16 pero creo que ten mais
                            (he's not my friend. he's from [[Preston|place]]. he says he's 16 but i think he's older)

[SW note: "[[Preston|place]]" here is the [[Preston|place]] in [[Paignton|place]], not Lancashire. "[[jack|name]]" is being followed up with
[[Noa|name]] and the police separately: he asked her to meet at Goodrington Sands "after dark". Handle not recorded here.]
"""),
]

DOCS_D += [
    ("email chain with the fishing crew agency about bringing the father ashore", """From: [[Rhys Penwarden|name]]
<[[rhys.penwarden@torcoast.gov.uk|email]]>
Sent: [[16 September 2026|date]] 09:48
To: crewing@atlanticcrewservices.es; [[Tom Widger|name]] <[[tom@widgerbeamers.co.uk|email]]>
Subject: RE: [[OTERO LEMA, Xosé Manuel|name]] - urgent family matter - ship to shore

Dear Mr [[Widger|name]], dear [[Lucía|name]],
Thank you both. To confirm what we discussed: I am the social worker for [[Xosé Manuel|name]]'s children in [[Paignton|place]]. There
is no emergency to life, but his daughter, 13, needs her father, and his wife is unwell. I cannot say more by email. Can he
be landed at the next port of call rather than on the [[26th|date]]?
[[Rhys Penwarden|name]], Social Worker, [[Paignton|place]] Family Safeguarding Team, [[01803 882 604|phone]]

> From: [[Tom Widger|name]] <[[tom@widgerbeamers.co.uk|email]]>
> Sent: [[15 September 2026|date]] 18:20
> The vessel is fishing the Western Channel. She lands in [[Newlyn|place]] Thursday [[17th|date]] 0600 to land catch and can put
> him ashore there. I will pay his train [[Penzance|place]] to [[Paignton|place]]. Skipper [[Dave Hingston|name]] has told him
> there is a family matter, nothing else. Mobile at sea: [[07412 849 546|phone]] (skipper's, ship's phone is sat only).
> [[Tom Widger|name]], owner, [[Widger|name]] Beamers Ltd, The Fish Quay, [[Brixham|place]] [[TQ5 8AW|postcode]]

>> From: [[Lucía Rivas Doval|name]] <[[lrivas@atlanticcrewservices.es|email]]>
>> Sent: [[15 sept 2026|date]] 16:02
>> Buenas tardes. We are the agency in [[Vigo|place]] who place the Galician crew. Sr [[Otero|name]] is on contract until
>> [[30/09/2026|date]]. His wife is listed as next of kin: Sra [[Uxía Castro Pazos|name]], [[12 Cliff Park Avenue|address]],
>> [[Paignton|place]]. Second contact: his mother-in-law, Sra [[Carme Pazos|name]], [[Rúa Rosalía de Castro 14, 2ºB|address]],
[[27880|postcode]]
>> [[Burela|place]], tel. [[+34 982 55 12 34|phone]]. Our office: [[+34 986 70 33 18|phone]]. Un saludo, [[Lucía Rivas|name]]
"""),
]

DOCS_D += [
    ("chronology of significant events prepared for a legal planning meeting", """CHRONOLOGY OF SIGNIFICANT EVENTS -
[[OTERO CASTRO, Noa|name]] ([[03.04.2013|dob]]) and [[OTERO CASTRO, Iago|name]] ([[14.09.2018|dob]])
Prepared by [[R. Penwarden|name]] for the legal gateway meeting on [[2 December 2026|date]]. Sources in brackets.

Date          | Event                                                                               | Source
Aug 2022      | Family arrive from [[Burela|place]]; rent [[12 Cliff Park Avenue|address]], [[Goodrington|place]]. Father crews  | mother
              | on [[Brixham|place]] beam trawlers through a [[Vigo|place]] agency.                                          |
[[05/09/2022|date]]    | [[Noa|name]] starts Year 7 at [[Paignton Academy|school]] (UPN [[D880297917456|upn]]); [[Iago|name]] Reception at
     | school
              | [[Roselands Primary School|school]].                                                             |
[[11/01/2024|date]]    | GP (Dr [[Sarah Churchward|name]], Corner Place Surgery): mother, low mood, alcohol 40 units/week.         | GP
[[19/06/2025|date]]    | Police: mother found asleep in car, engine running, at Goodrington Sands car park, [[Iago|name]] in  | police
              | the back. Car [[WF14 UXK|vehicle]]. Drink-drive, 12-month ban (Torquay Magistrates, [[08/08/2025|date]]).    |
[[10/09/2026|date]]    | [[Noa|name]] discloses self-harm and caring to school nurse [[Kirsty Bovey|name]] (drop-in).        | SN
[[12-13/09/2026|date]] | Instagram messages about "[[jack|name]]" from [[Preston|place]] who says he is 16.                 | [[Noa|name]]
[[15/09/2026|date]]    | Strategy discussion. Section 47. [[Noa|name]] and [[Iago|name]] to maternal friend [[Helena|name]]   | SW
              | [[Bouzas|name]] at [[Flat 1, 9 Hayes Road|address]], [[Paignton|place]], for three nights (s20, mother agreed).     |
[[17/09/2026|date]]    | Father landed at [[Newlyn|place]], home that evening.                                             | SW
[[22/09/2026|date]]    | "[[Jack|name]]" identified as [[Jake Meardon|name]], 22, of [[Preston|place]]; arrested, RUI.        | DC
[[Ruth Lamble|name]]
[[30/09/2026|date]]    | Father's contract ends; he says he will not go back to sea "until [[Uxía|name]] is well".     | father
October 2026  | Mother at Torbay Drug and Alcohol Service; relapse on [[24th|date]] and [[31st|date]].         | TDAS
[[3 Nov 26|date]]      | [[Iago|name]] seen with a bruise to his ear; says [[Noa|name]] "pulled me" when he would not get up.    | school
[[20.11.2026|date]]    | Father tells SW he has been offered a trip from [[28/11|date]]; he has no childcare. Avoa    | SW
              | [[Carme|name]] cannot travel (hip). Plan discussed: the children go to [[Burela|place]] for Christmas?      |
"""),
]


# --- E. Coaker / Stentiford family (white British), Milber, Newton Abbot ------------------------------------------------------

HOME_E = d.Address("33 Moorland Way", "Milber", "Newton Abbot", "TQ12 4EU")
DAD_E = d.Address("5 Ringslade Close", "Highweek", "Newton Abbot", "TQ12 1PU")
NAN_E = d.Address("21 Sandygate Mill", "", "Kingsteignton", "TQ12 3PR")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oakley", "Coaker-Stentiford")], dt.date(2026, 4, 28), addresses=[HOME_E], ids=["7653355072"]),
    _p("m", "mother", [("Jade", "Coaker")], dt.date(2007, 1, 6), addresses=[HOME_E], phones=["07842 159 672"],
       ids=["7415109597", "JX 14 92 05 C"]),
    _p("f", "father", [("Lewis", "Stentiford")], dt.date(2005, 10, 19), addresses=[DAD_E], phones=["07594 297 892"]),
    _p("g", "grandparent", [("Michelle", "Coaker")], dt.date(1984, 3, 15), addresses=[NAN_E], phones=["01626 365 104"]),
    _p("p1", "professional", [("Gemma", "Ferris")], phones=["01626 772 319"], emails=["gemma.ferris@exeandteign.gov.uk"]),
], "c")

DOCS_E = [
    ("hospital safeguarding team's referral after an X-ray", """Royal Devon University Healthcare NHS Foundation Trust - Safeguarding
Children Team
REFERRAL TO CHILDREN'S SOCIAL CARE (health professional)
Date/time: [[21/11/2026|date]] 13:05       Referrer: [[Jo Bickham|name]], Named Nurse ([[jo.bickham@nhs.net|email]], bleep 4410)
Child: [[Oakley COAKER-STENTIFORD|name]]   DOB: [[28/04/2026|dob]] (6 months)   NHS No: [[765 335 5072|nhs]]
Address: [[33 Moorland Way|address]], [[Milber|place]], [[Newton Abbot|place]], [[TQ12 4EU|postcode]]
GP: Kingsteignton Medical Practice   Health visitor: [[Lauren Whiteway|name]] (Teign team)
Mother: [[Jade Coaker|name]] (19), DOB [[06/01/2007|dob]], mob [[07842 159 672|phone]]
Father: [[Lewis Stentiford|name]] (21), lives with his parents at [[5 Ringslade Close|address]], [[Highweek|place]]
Ward: Bramble (paediatrics), [[Wonford|place]] site

Presentation: brought to ED on [[20/11|date]] at 19:40 by mother and maternal grandmother, [[Michelle Coaker|name]], with a
swollen left thigh and crying on nappy change since "yesterday teatime". X-ray: a spiral fracture of the left femur. Baby
not yet crawling or pulling to stand. No history of a fall or injury was given at first. At 23:00 the father arrived
and said [[Oakley|name]]'s leg "got caught in the cot bars" on Wednesday night ([[18th|date]]) when he was looking after him
at [[Jade|name]]'s while she was at work at the Asda in [[Newton|place]]. Mother said she was not told of this.
A skeletal survey and bloods are planned for [[23/11|date]]. Ophthalmology review (retinas) requested.

Other information: the couple separated in October; the father has the baby at the mother's flat on Wednesdays
and Saturdays. Mother was a looked-after child herself (placed with Teignbridge foster carers [[Pam|name]] and [[Roger Vosper|name]]
from 2019 to 2023, says [[Michelle|name]]). A neighbour at the flat, "[[Shannon|name]]" ([[Shannon Newton|name]], [[no. 31|address]]),
came to ED with them and drove. Police informed (DC on call, [[Newton Abbot|place]] CID).

Baby is safe on the ward; mother staying. Father asked to leave the ward at 01:10 after shouting at [[Jade|name]] ("you'll get
him took off us"). Security log 26/1107.
"""),
]

DOCS_E += [
    ("parents' WhatsApp messages, exported by the mother and given to police, copy to the social worker", """WhatsApp Chat with
[[Lewis|name]] 💙.txt  (export from [[Jade|name]]'s phone, given to DC [[Hayley Luxton|name]] [[24/11/2026|date]]; copy to SW)

[[18/11/2026|date]], 17:52 - [[Jade|name]]: im on till 10 tonight. bottles in fridge. he had calpol at 4
[[18/11/2026|date]], 17:53 - [[Lewis|name]] 💙: ye ye i know how to do it
[[18/11/2026|date]], 21:14 - [[Lewis|name]] 💙: he wont stop screaming
[[18/11/2026|date]], 21:15 - [[Lewis|name]] 💙: is there more calpol
[[18/11/2026|date]], 21:31 - [[Jade|name]]: cupboard over kettle. is he ok?? ring me
[[18/11/2026|date]], 21:32 - [[Lewis|name]] 💙: hes fine hes just mardy
[[18/11/2026|date]], 22:40 - [[Jade|name]]: leaving now. [[shan|name]] is giving me a lift
[[19/11/2026|date]], 08:03 - [[Jade|name]]: his leg is really puffy [[lew|name]]. he screams when i change him. did something happen
[[19/11/2026|date]], 08:30 - [[Jade|name]]: ???
[[19/11/2026|date]], 09:12 - [[Lewis|name]] 💙: no. maybe its his jabs. he had them tuesday dint he
[[19/11/2026|date]], 09:13 - [[Jade|name]]: that was the other leg and it was a week ago
[[19/11/2026|date]], 12:47 - [[Jade|name]]: mum says take him to the doctors. [[oakley|name]] wont feed
[[19/11/2026|date]], 12:48 - [[Lewis|name]] 💙: dont take him to doctors theyll ring the social. your mum hates me anyway
[[19/11/2026|date]], 12:49 - [[Lewis|name]] 💙: hes probs teething
[[20/11/2026|date]], 18:55 - [[Jade|name]]: were at A&E. mum and [[shannon|name]] brought us. they x rayed it. its broken [[lewis|name]].
his leg is BROKEN
[[20/11/2026|date]], 19:02 - [[Lewis|name]] 💙: wtf. on my way
[[20/11/2026|date]], 19:03 - [[Lewis|name]] 💙: it was the cot. his leg went through the bars when i put him down i didnt think it was bad
[[20/11/2026|date]], 19:04 - [[Jade|name]]: why didnt you SAY
[[20/11/2026|date]], 19:10 - [[Lewis|name]] 💙: cos of this. my nan is coming to pick me up from [[highweek|place]]
[[21/11/2026|date]], 02:22 - [[Lewis|name]] 💙: sorry [[jade|name]]. i love u both. dont let them take him
[[21/11/2026|date]], 02:23 - [[Lewis|name]] 💙: tell the social i can go to nanny [[pat|name]] in [[dawlish|place]] if they want.
[[22 Brunswick Place|address]]

(Note by SW [[Gemma Ferris|name]]: the contact is saved as "[[Lewis|name]] 💙"; the sender names above are as exported. "nanny [[pat|name]]"
is [[Patricia Stentiford|name]], the paternal great-grandmother.)
"""),
]

DOCS_E += [
    ("mother's own handwritten account for her solicitor and the social worker, typed as written", """My statment - [[Jade Coaker|name]] -
wrote on the ward [[22nd Nov|date]]

My name is [[Jade Louise Coaker|name]] I am 19 and I live at [[33 Moorland Way|address]] [[Milber|place]] with my son [[Oakley|name]] who
is 6 and a
half months old. I want to say what happend in my own words because the doctors keep asking me the same things.

[[Oakley|name]]s dad is [[Lewis|name]], [[Lewis Stentiford|name]]. We was together 2 year. We split up in october because he was
smoking weed round the baby and he put his fist through my bathroom door. I never rang the police. He still has [[Oakley|name]]
weds and sats at mine cos his mum and dad ([[Karen|name]] and [[Mark|name]]) wont have the baby at theirs in [[Highweek|place]].

On weds [[18/11|date]] I went to work at Asda at 5. [[Oakley|name]] was fine, I bathed him, he was kicking his legs, my mum seen
him on facetime at half 4. [[Shannon|name]] from [[number 31|address]] give me a lift home at 10.15 and [[Lewis|name]] was on the
settee on his phone and [[Oakley|name]] was asleep. [[Lewis|name]] went straight away. In the morning his leg was fat and he
screamed when I done his nappy. I messaged [[Lewis|name]] (the police have got them). I thought it was his jabs. I know now
I should of took him straight away. My mum said take him on thursday and I didnt want to, I was scared he would get took
like I did when I was 12. I went to foster carers in [[Bovey Tracey|place]], [[Pam|name]] and [[Roger|name]], they were
good to me but I never want that for [[Oakley|name]].

I have never hurt [[Oakley|name]]. I want him home with me. My mum [[Michelle|name]] says we can both stay at hers in
[[Kingsteignton|place]] ([[21 Sandygate Mill|address]]) for as long as it takes and she has took time off from the
care home. I will not let [[Lewis|name]] see him on his own.

Signed [[J Coaker|name]]      [[22-11-26|date]]
Witnessed: [[Gemma Ferris|name]] (social worker)
"""),
    ("letter before proceedings under the Public Law Outline", """Exe and Teign Council, Children's Services, Forde House,
[[Newton Abbot|place]]
Our ref: GF/[[COAKER|name]]/PLO         Date: [[2 December 2026|date]]

PRIVATE AND CONFIDENTIAL - BY HAND
Ms [[Jade Coaker|name]], c/o [[21 Sandygate Mill|address]], [[Kingsteignton|place]], [[TQ12 3PR|postcode]]
Mr [[Lewis Stentiford|name]], [[5 Ringslade Close|address]], [[Highweek|place]], [[Newton Abbot|place]] [[TQ12 1PU|postcode]]

Dear [[Jade|name]] and [[Lewis|name]],
LETTER BEFORE PROCEEDINGS: [[Oakley Coaker-Stentiford|name]] (born [[28 April 2026|dob]])

I am writing because the local authority is very worried about [[Oakley|name]]'s safety and is thinking about asking the
Family Court to make decisions about him. Please take this letter to a solicitor straight away: you are both entitled to
free legal advice. A list of local family solicitors is enclosed (for example [[Tozer|name]] & [[Hext|name]] Family Law,
[[Newton Abbot|place]],
and [[Kitson|name]] LLP, [[Torquay|place]]).

Why we are worried:
1. On [[20 November 2026|date]] [[Oakley|name]] was found to have a spiral fracture of his left thigh bone. The doctors' opinion
(Dr [[Imogen Reddaway|name]], consultant paediatrician, report of [[27/11/2026|date]]) is that the explanation given, a leg
caught in the cot bars, is "possible but unlikely" to cause this injury in a baby of this age, and that there was a delay
of over 24 hours in getting him seen.
2. [[Lewis|name]], you did not tell [[Jade|name]] what happened and you told her not to take [[Oakley|name]] to a doctor.
3. There has been domestic abuse between you (the bathroom door in October; the shouting on the ward on [[21 November|date]]).
4. [[Jade|name]], you waited a day before taking [[Oakley|name]] to hospital, though your mother told you to.

What we need you to do: stay at [[Michelle|name]]'s with [[Oakley|name]] (the safety plan of [[24/11/2026|date]]); [[Lewis|name]] to have
contact only at the family centre in [[Newton Abbot|place]], supervised; both to attend the meeting below with your solicitors.

The meeting: Wednesday [[16 December 2026|date]] at 10:00 at Forde House, [[Newton Abbot|place]] [[TQ12 4XX|postcode]].

Yours sincerely,
[[Gemma Ferris|name]], Social Worker ([[gemma.ferris@exeandteign.gov.uk|email]], [[01626 772 319|phone]])
[[Anthony Widdon|name]], Team Manager, [[Newton Abbot|place]] and [[Teignmouth|place]] Team
"""),
]


# --- F. Venning / Crook family (white British), Withycombe Raleigh, Exmouth ---------------------------------------------------

HOME_F = d.Address("19 Moorfield Road", "Withycombe Raleigh", "Exmouth", "EX8 3QG")
MUM_F = d.Address("HMP Eastwood Park", "Falfield", "Wotton-under-Edge", "GL12 8DB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kacie-Leigh", "Venning")], dt.date(2012, 7, 30), addresses=[HOME_F], ids=["6521517872", "L878298417116"],
       schools=["Exmouth Community College"]),
    _p("s", "sibling", [("Ruby", "Venning")], dt.date(2016, 3, 8), addresses=[HOME_F], ids=["4597857907", "V878234817249"],
       schools=["Withycombe Raleigh Primary School"]),
    _p("f", "father", [("Ashley", "Venning")], dt.date(1986, 11, 24), addresses=[HOME_F], phones=["07895 251 582"]),
    _p("m", "mother", [("Danielle", "Crook")], dt.date(1989, 6, 2), addresses=[MUM_F], ids=["4535788863"]),
    _p("p1", "professional", [("Sadie", "Gollop")], phones=["01395 263 918"], emails=["sadie.gollop@exeandteign.gov.uk"]),
], "c")

DOCS_F = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (independent) - Exe and Teign Missing Service
Young person: [[Kacie-Leigh VENNING|name]]   DOB: [[30 July 2012|dob]]   Age 14   NHS: [[652 151 7872|nhs]]
Address: [[19 Moorfield Road|address]], [[Withycombe Raleigh|place]], [[Exmouth|place]] [[EX8 3QG|postcode]]
Missing from: Friday [[4 December 2026|date]] 16:00 to Saturday [[5 December|date]] 11:20 (found by police at [[Exeter|place]] St Davids
station)   Police ref: [[Exmouth|place]] missing log MIS-0931
Interview: [[6/12/2026|date]], 13:00, at McDonald's on [[The Strand|address]], [[Exmouth|place]] (her choice)   Worker:
[[Callum Yendell|name]]

Where she went and who with: [[Kacie|name]] got the train from [[Exmouth|place]] to [[Exeter|place]] with a friend, "[[Tegan|name]]"
([[Tegan Mills|name]], 15, [[Littleham|place]]), then went to a flat "near the bus station" with two older lads, "[[Jayden|name]]"
and "[[Kez|name]]". She did not know the address: "off [[Sidwell Street|address]], above a vape shop, flat [[2|address]]". She said
[[Kez|name]] is 19 and "my boyfriend kind of" and drives a black Golf (first bit YK19). She slept on the sofa. She
was given vodka and "a pill that was meant to make you happy". [[Tegan|name]] went home at 9pm; [[Kacie|name]] stayed.

Why she went: "Dad was on nights and [[Ruby|name]] was at Auntie [[Lou|name]]'s. I was bored. [[Kez|name]] said he'd pay for
the train." She said she misses her mum, [[Danielle|name]], who is in prison "in [[Gloucester|place]] somewhere" until the summer.

Risks: older males, alcohol and drugs, a car, possible sexual exploitation. She said nothing sexual happened "this time".
She showed me [[Kez|name]]'s Snapchat; his name on it is "[[Kezza|name]]" and his number [[07577 637 418|phone]].
Wishes: "Not to have a social worker. To see Mum. For Dad to not work nights."
Shared with: social worker [[Sadie Gollop|name]], PC [[Liam Dart|name]] ([[Exmouth|place]] neighbourhood team), DSL at
[[Exmouth Community College|school]] (Mrs [[Hooper|name]]).
"""),
]

DOCS_F += [
    ("messages on the school's parent app between the father and the attendance officer, exported", """Parent app - conversation export -
[[Exmouth Community College|school]] - student: [[Kacie-Leigh Venning|name]] (10KH)
Participants: [[Ashley Venning|name]] (parent) · [[Bev Cockram|name]] (Attendance Officer)

Mon [[30 Nov|date]] 08:47  [[Bev Cockram|name]]: Good morning Mr [[Venning|name]], [[Kacie-Leigh|name]] is not in registration today. Can
you let us
                   know why please? Thank you, [[Bev|name]]
Mon [[30 Nov|date]] 10:02  [[Ashley Venning|name]]: shes not well sorry
Tue [[1 Dec|date]] 08:50  [[Bev Cockram|name]]: Hi, [[Kacie-Leigh|name]] is absent again, is she still poorly?
Tue [[1 Dec|date]] 13:15  [[Ashley Venning|name]]: to be honest [[bev|name]] i dont know where she is. she went out last nite said she was
at
                   [[tegan|name]]s. im on nights at the depot in [[Sowton|place]] and get back at 7. [[ruby|name]] got herself to
                   [[withycombe|school]]
Tue [[1 Dec|date]] 13:20  [[Bev Cockram|name]]: Thank you for telling me. Have you reported her missing to police? I am passing this to Mrs
                   [[Hooper|name]] (DSL) now. Please ring the college on [[01395 264 761|phone]].
Tue [[1 Dec|date]] 13:41  [[Ashley Venning|name]]: she just came in. shes fine. shes asleep. she was at [[tegan mills|name]] mums in
                   [[littleham|place]] the mum messaged me. sorry for the trouble
Thu [[3 Dec|date]] 09:05  [[Bev Cockram|name]]: Morning, [[Kacie-Leigh|name]] is in today, thank you. Mrs [[Hooper|name]] would like to
meet you and
                   [[Kacie|name]] on Monday [[7th|date]] at 3.30pm, is that ok?
Thu [[3 Dec|date]] 11:30  [[Ashley Venning|name]]: cant do 3.30 im asleep then. can do 2. also can u tell ms [[hooper|name]] her mum is
                   ringing from prison on friday [[4th|date]] at 6 so she has to be home
"""),
]

DOCS_F += [
    ("multi-agency child exploitation meeting minutes", """MULTI-AGENCY CHILD EXPLOITATION (MACE) MEETING - EAST DEVON AND
[[EXETER|place]] - MINUTES (restricted)
Date: Thursday [[10 December 2026|date]]     Venue: [[Exmouth|place]] police station and Teams
Chair: DI [[Naomi Trott|name]]      Minutes: [[Sadie Gollop|name]] (SW, [[01395 263 918|phone]])

Item 3: [[VENNING, Kacie-Leigh|name]] (14), [[19 Moorfield Road|address]], [[Exmouth|place]]; UPN [[L878298417116|upn]]
Present for this item: [[Sadie Gollop|name]]; PC [[Liam Dart|name]]; [[Callum Yendell|name]] (missing service); [[Fran
Hooper|name]] (DSL); [[Gus Pidgeon|name]] (youth worker, [[Exmouth|place]] Youth Hub); [[Naz Rahman|name]] (school nurse)

Summary: three missing episodes since [[19 November|date]] ([[19-20/11|date]], [[30/11-1/12|date]], [[4-5/12|date]]), each to
[[Exeter|place]]. Associates: "[[Kez|name]]" now identified by police as [[Kieran Ezekiel Tapp|name]], 19, of no fixed address,
previously of [[Cowick|place]], and "[[Jayden|name]]" as [[Jayden Sully|name]], 17. A black VW Golf [[YK19 RWN|vehicle]] is linked
to [[Tapp|name]] (registered to his mother, [[Donna Tapp|name]], [[Exwick|place]]). The flat is [[Flat 2, 118 Sidwell Street|address]],
[[EX4 6RD|postcode]] (a known cuckooed address; tenant [[Malcolm Rowe|name]], 61). [[Tegan Mills|name]] (15) is a friend, not
an associate; she is being seen by her own school.

Discussion: [[Kacie-Leigh|name]] says [[Tapp|name]] is her boyfriend. She has a new phone she will not explain (an iPhone;
father says "she had a cracked Samsung"). [[Ashley|name]] works nights and is on his own since [[Danielle|name]]'s sentence in
June; the maternal aunt, [[Louise Crook|name]] (Auntie [[Lou|name]], [[Brixington|place]], [[07976 013 500|phone]]), has [[Ruby|name]]
three nights a week and could have [[Kacie-Leigh|name]].

Actions: (1) Child abduction warning notice to [[Tapp|name]] - PC [[Dart|name]], by [[17/12|date]]. (2) Disruption visits to the
flat - [[Exeter|place]] city centre team. (3) [[Ashley|name]] to be supported to move to day shifts (letter to employer,
with his consent) - SG. (4) Strategy discussion for sexual exploitation - [[14/12/2026|date]].
"""),
    ("mother's letter from prison to her daughters, handed in by the father", """HMP Eastwood Park
[[CROOK, Danielle|name]]  A7731EP   Houseblock 3
[[Wotton-under-Edge|place]]
Saturday [[28th November|date]]

To my beautiful girls [[Kacie|name]] and [[Rubes|name]],
I got your drawing [[Ruby|name]]!! Its on my wall next to the photo of us at Sandy Bay. Miss [[Oliver|name]] the officer said
its the best one on the landing. Im doing good, im doing my maths level 1 and im working in the gardens. 19 weeks to go
then im home. Thats before your birthday [[Kace|name]] I promise.
[[Kacie|name]] I know your angry with me and your dad. I was angry at 14 to. But please baby dont go off to [[Exeter|place]]
with them lads. Your dad told me. A lad who is 19 dont want a girl of 14 for nothing good. I know, I had [[Dale|name]] at
your age and look how that went. Go to your Auntie [[Lou|name]] in [[Brixington|place]] if your dad is on nights, she has said
you can. Or ring Nanny [[Sue|name]] in [[Budleigh|place]] ([[01395 222 476|phone]]).
I can ring Fridays at 6. Please be in. If you want to write my address is on the top, you have to put my number on
(A7731EP) or it comes back.
[[Rubes|name]], be good for Daddy and Aunt [[Lou|name]]. Give Biscuit a cuddle from me.
All my love for ever and ever
Mum xxxxxxxxx
"""),
]




_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F), )
NAME = "set 84 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:59 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcs", "pcso", "dc", "ds", "di", "sgt", "cllr", "nurse", "sister", "coach",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad",
           "daddy", "aunty", "auntie", "uncle", "skipper", "avó", "avo", "avô", "tia", "tio", "dona", "sr", "sra", "senhor",
           "senhora", "avoa", "aunt", "tía", "tío", "mamá", "papá", "don", "doña", "padre", "mãe", "pai"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "devon", "south devon",
               "east devon", "torbay", "dartmoor", "the moor", "cornwall", "portugal", "madeira", "the madeira islands",
               "jersey", "spain", "galicia", "galiza", "españa", "the channel islands", "channel islands", "europe",
               "venezuela", "lancashire", "teignbridge", "the south west", "south west"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Avó Lurdes",
# "Tia Graça", "Dona Fátima", "Sr Abel", "avoa Carme", "Skipper Nathan"; and after one: "Mrs Widdicombe senior") and counties,
# regions and countries ("Devon", "Torbay", "Madeira", "Portugal", "Jersey", "Galicia", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
