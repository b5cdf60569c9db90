"""Set 175: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set174.py,
bench/redaction_set176.py, bench/redaction_set177.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here), the
docstrings only of bench/redaction_set7.py to bench/redaction_set173.py (searched for town, district and community names, to
pick a home town and communities no earlier set used), a few lines of bench/redaction_handwritten.py (the HandSet
helpers' signatures and the Doc fields), and the ruff settings in pyproject.toml. Phone numbers were checked
with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Chippenham and Melksham in Wiltshire, each from a district or estate no earlier set used as a family's home
(no earlier docstring names Chippenham, Melksham, Pewsham, Bowerhill, Hardenhuish, the Forest estate, Monkton Park or Cepen
Park). A white British family in Pewsham, Chippenham, with a grandmother in Calne (Hiscock / Gale; a boy of 7 locked out in
the garden at night while his mother smoked cannabis at a friend's, a baby alone upstairs, a neighbour who called the
police); a white British family in Bowerhill, Melksham, with a grandmother in Atworth (Pocock / Mizen; a girl of 10 who rang
999 from an airing cupboard while her father strangled her mother, a brother of 14 pushed into the television, an IDVA's
safety plan, a strategy meeting, the girl's three houses); a British Gujarati family in Cepen Park, Chippenham, with
grandparents in Leicester (Patel / Mistry; bruising to a baby of 6 months, a sister of 4 who "sits on him", a child protection
medical, a family group conference; a blessing in Gujarati script) and a white British family in Monkton Park, Chippenham, with
a father in Lowden (Sheppard / Tucker; a boy of 16 missing to Bristol, Weston and Swindon, county lines, a drug debt, a girl of
15 from Calne, a boxing coach in Box). Two from communities no earlier set used (no earlier docstring names a Buryat or a
Guadeloupean family): a Buryat family from Ulan-Ude in Hardenhuish, Chippenham (Dorzhiev / Tsyrenova; a father drinking
after losing his job and his father, controlling money, a girl of 15 who will not come home, a Telegram family chat in
Russian in Cyrillic script, with a Buryat kinship word) and a Guadeloupean family who speak French and Creole on the Forest
estate, Melksham (Bellance / Jean-Louis; a father gone back to France, a mother's depression, a girl of 12 caring for her
mother and a brother of 5 found walking alone, a grandmother in Pointe-à-Pitre who writes in French). 24 documents, each
with its own style label: a PCSO's pocket notebook typed up, a primary school's cause for concern slip, a child and family
assessment, a mother's notes-app plan shared as a screenshot, a police 999 call transcript, an IDVA's safety plan form, strategy
meeting minutes, a child's three houses worksheet, a Telegram family chat in Russian typed up and translated, a secondary school's
safeguarding log export, a home visit case note with an interpreter, a child in need plan pasted as a table into an email, a
grandmother's scanned and OCR'd letter in French with its translation, a family support worker's text messages exported from a
work phone, a young carers referral form, an initial child protection conference report, a return home interview, MACE panel
minutes, a father's handwritten letter scanned in, a boy's WhatsApp voice note transcribed, a paediatric child protection
medical report, a father's own letter to conference with a Gujarati blessing, health visiting record entries, and a family
group conference plan in the family's own words.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Russia, Guadeloupe, France); NHS numbers and UPNs (LA number 865 for Wiltshire) pass
their check digits; NI numbers have a valid format. The council is invented (Marden Vale), and so are the nurseries (Little
Acorns, Busy Bees as used here), the distribution centre and the café; towns, districts, estates, villages, real schools and
colleges, charities, NHS bodies, hospitals, GP surgeries, police forces, clubs, brands, apps and laws are real or real-sounding
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, DS, DI, Sgt, Nan, nanny, Nani, Dada, masi, Manman, mme, "my mum", uncle; and after a name the Gujarati "ben" and
"બા") stay outside the name span; a possessive 's and a bare s in texting stay outside; every person's name is a name in
every form, record or not. "SURNAME, First" is one span ("DORZHIEVA, Saryuna", "MIZEN, Darren Paul", "BELLANCE, Maëva"), and
so is "SURNAME First" ("PATEL Aarav") and "First SURNAME" ("Tyler HISCOCK"); an initial with a surname is one span; initials
alone ("AV") are not marked; a collar or call-handler number after a name stays outside; a name broken by a line break is one
span holding the break ("Matilda\\nRowe"), and so is a date ("27\\nOctober"); a contact saved under a kinship word ("Бабушка",
Grandma) is not a name, but a contact saved as a name with an initial form ("Ketty JL") is one; a family name used for the
family ("the Patel family") is a name. A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address, and so is a neighbour's bare house or flat number ("no. 16", "Flat 3") and an address abroad
("12 rue Frébault", Pointe-à-Pitre; "ul. Babushkina 14, kv. 56", Ulan-Ude) with its postcode ("97110", "670000"); towns,
cities, villages, districts and estates are places at home or abroad and in any script ("Улан-Удэ", "Мелкшеме", in a Russian
case ending, which is kept inside the span); countries, counties, regions and overseas regions are not ("Wiltshire",
"Guadeloupe", "France"); organisations are not marked even when they hold a town's or a person's name ("Spa Medical Centre",
"Rowden Surgery", "Hathaway Surgery", "RUH Bath", "Wiltshire Police", "Turning Point", "Melksham Oak" is a school and so marked);
a school's, college's or nursery's name is a school, and so is its short form in any case ("oak", "Frogwell", "Sheldon",
"forest and sandridge", "Busy Bees", "Little Acorns"); a service or team named by its town ("Chippenham Locality Team",
"the Calne team", "a Bristol line") marks the town; a date of birth is dob, any other calendar date with a day is date (a
weekday before it stays outside), in French too ("14 novembre 2026", "3 janvier"); months and years alone are not marked;
helplines are not marked; pets' names (Pickle, Nugget) are not names; parks, stations, retail parks' shops and landmarks stay
unmarked, except that a retail park or business park used as a street address is an address ("Hathaway Retail Park",
"Langley Park"); a surname or first name that is also a word or a town is marked by what it refers to ("Strange", "Pike",
"Box", "Lacock", "Sandy", "Dean", "Rowe", "Hathaway" are names when people; "Box" is a place when the village).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a nickname or short form
is a name ("Daz", "Gem", "Wazza", "Ty", "Sara", "Tills", "Aaru", "Manman Jojo" marks "Jojo" only, as "Manman" is the Creole for
mum); a misspelt name written by a receptionist ("Sarjuna") is a name; a partial vehicle registration ("WU09") is a vehicle; a
Russian name in a Russian case ending ("Оюны", "Баиру") is a name with its ending inside the span; a Buryat kinship phrase
("Ехэ эжы") is not a name; a referral reference, an incident number, a PNB number and a MASH reference are not marked.

Self-check without the detector: `python -m bench.redaction_set175` (and tests/test_redaction_set175.py) runs set 15's checker
(which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents, 965 gold spans, 557 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hiscock / Gale family (white British), Pewsham, Chippenham ----------------------------------------------------

HOME_A = d.Address("14 Avenue La Fleche", "Pewsham", "Chippenham", "SN15 3UZ")
NAN_A = d.Address("6 Station Road", "", "Calne", "SN11 0JR")
DAD_A = d.Address("Flat 3, 22 Market Place", "", "Chippenham", "SN15 3HD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hiscock")], dt.date(2019, 4, 2), addresses=[HOME_A], ids=["630 983 4916", "R865257567707"],
       schools=["Redland Primary School"]),
    _p("s", "sibling", [("Poppy", "Gale")], dt.date(2024, 8, 19), addresses=[HOME_A], ids=["477 049 2847"]),
    _p("m", "mother", [("Shannon", "Hiscock")], dt.date(1999, 10, 6), addresses=[HOME_A], phones=["07912 457 325"],
       ids=["JH 42 81 57 B"]),
    _p("f", "father", [("Callum", "Gale")], dt.date(1997, 2, 11), addresses=[DAD_A], phones=["07912 839 082"]),
    _p("g", "grandparent", [("Bev", "Hiscock")], dt.date(1972, 6, 30), addresses=[NAN_A], phones=["01249 663 845"]),
    _p("p1", "professional", [("Imogen", "Whatley")], phones=["01225 955 861"], emails=["imogen.whatley@mardenvale.gov.uk"]),
], "c")

DOCS_A = [
    ("neighbourhood police officer's pocket notebook entry typed up", """PNB 0417 - PCSO [[Hannah Ricketts|name]] 7731 - typed from
pocket notebook for the MASH, [[28/10/2026|date]]

[[27/10|date]] 19:40 Attended [[14 Avenue La Fleche|address]], [[Pewsham|place]], re call from neighbour at [[no. 16|address]] (Mrs
[[Pat Ody|name]] - not Mrs, she says "just [[Pat|name]]") - child crying in garden, no coat, door locked.
19:46 Child in back garden = [[Tyler HISCOCK|name]] ([[02/04/2019|dob]]) aged 7. Barefoot. Said "mummy is at [[Kayleigh|name]]'s".
19:52 Rang mother [[Shannon HISCOCK|name]] on [[07912 457 325|phone]]. No ans x3. Left VM.
19:58 [[Pat ODY|name]] says mother often goes to "the [[Hathaway|name]] girl" on [[Pewsham Way|address]] and leaves boy with
baby. Baby = [[Poppy GALE|name]], 2, found asleep in cot upstairs once door opened by
[[Bev Hiscock|name]] (maternal nan) who arrived from [[Calne|place]] 20:11 with key.
20:24 Mother returned with [[Kayleigh Hathaway|name]]. Smelled of cannabis. Says she popped out "ten minutes". Neighbour
says two hours. Mother says [[Pat|name]] "has it in for her" since the bins.
20:40 Children left in care of nan overnight at [[6 Station Road|address]], [[Calne|place]] [[SN11 0JR|postcode]] by agreement.
Father [[Callum GALE|name]] rung [[07912 839 082|phone]] - lives [[Flat 3|address]] over the bookies on [[Market Place|address]], says he
"can't have them, no room", will ring [[Shannon|name]] tmrw.
21:05 Cleared. PPN submitted. Informed Sgt [[Mo Akhtar|name]].
"""),
    ("school's record of a child's disclosure on a pre-printed cause for concern slip", """[[REDLAND PRIMARY SCHOOL|school]] - CAUSE FOR
CONCERN  (please use blue pen, pass to DSL same day)

Child: [[Tyler Hiscock|name]]     Class: Kingfishers (Y3)      DOB: [[2.4.19|dob]]     UPN: [[R865257567707|upn]]
Date/time: [[Thurs 29th Oct|date]] 10.15       Staff: Mrs [[J. Tanner|name]] (TA)

What did you see / hear? (child's words exactly)
In phonics [[Tyler|name]] put his head on the table & said "i was in the dark garden and [[Pat|name]] gave me a blanket.
Mummy said dont tell Miss [[Vowles|name]] or [[Callum|name]] will go mad". Asked if he was OK, he said "[[Poppy|name]] cried all
the time and i sung to her through the window". He said nanny [[Bev|name]] took him to [[Calne|place]] in her car and he had
chips at the Cod Father. He had no lunch box today.

Action taken: told parent? NO - told DSL Mr [[Rhys Pinnell|name]] at 10.30.
Signed: [[J Tanner|name]]      Received by DSL: [[R. Pinnell|name]]  [[29/10/26|date]]

DSL ACTIONS: Rang MASH 11.05, spoke to [[Imogen Whatley|name]] (SW), already aware via police. Rang mum [[07912 457 325|phone]] - she
came in at 3.15, upset, says [[Tyler|name]] "makes stuff up" but agreed nan collects him Fri [[30th|date]]. Nan's
landline [[01249 663 845|phone]]. Breakfast club place offered from [[2nd November|date]] (Mrs [[Kath Sealy|name]] runs it).
Note: class teacher is Miss [[Beth Vowles|name]]; [[Tyler|name]]'s friend [[Alfie Brewer|name]] (Kingfishers) also said [[Ty|name]]
"sleeps at school". Referred to [[Alfie|name]]'s mum? NO.
"""),
    ("child and family assessment summary with the analysis section", """MARDEN VALE COUNCIL - CHILDREN'S SERVICES
CHILD AND FAMILY ASSESSMENT (summary and analysis)

Children: [[Tyler HISCOCK|name]] (DOB [[2 April 2019|dob]], NHS [[630 983 4916|nhs]]); [[Poppy GALE|name]] (DOB [[19 August 2024|dob]],
NHS [[477 049 2847|nhs]])
Address: [[14 Avenue La Fleche|address]], [[Pewsham|place]], [[Chippenham|place]] [[SN15 3UZ|postcode]]
Social worker: [[Imogen Whatley|name]], [[Chippenham|place]] Locality Team, [[01225 955 861|phone]],
[[imogen.whatley@mardenvale.gov.uk|email]]
Team manager: [[Gareth Pound|name]]      Started: [[28 October 2026|date]]     Completed: [[25 November 2026|date]]

Who was seen: [[Tyler|name]] (alone at school [[3 November|date]] and at home [[10 November|date]]); [[Poppy|name]] (home, twice);
[[Shannon Hiscock|name]], mother; [[Callum Gale|name]], [[Poppy|name]]'s father (at the Family Hub, [[Bath Road|address]]);
[[Beverley Hiscock|name]],
maternal grandmother, at her home in [[Calne|place]]. [[Tyler|name]]'s father, [[Jordan Keen|name]], has not been seen since 2021 and is
thought to be in [[Swindon|place]] or [[Trowbridge|place]]; [[Shannon|name]] says his mother [[Lorraine Keen|name]] in [[Lyneham|place]]
may know.

Analysis. [[Shannon|name]] is 27 and loves her children; she is warm with [[Poppy|name]] and proud of [[Tyler|name]]'s reading. Since
she and [[Callum|name]] split in June she has been smoking cannabis most evenings with [[Kayleigh Hathaway|name]], and the incident on [[27
October|date]] was not the first: [[Pat Ody|name]] next door has seen [[Tyler|name]] out alone "three or four times", and
[[Tyler|name]] told me he "minds [[Poppy|name]]" when mummy goes to [[Kayleigh|name]]'s.
[[Bev|name]] is a real strength but works shifts at the
Dyson-owned farm shop near [[Malmesbury|place]] and cannot be
the plan on her own. [[Callum|name]] wants more time with [[Poppy|name]] and has asked
about [[Tyler|name]] too ("he's mine in all but name").

Recommendation: child in need plan; Family Hub worker [[Leanne Crook|name]]; drug and alcohol support via Turning Point
([[Shannon|name]] agreed); nan to have the children two nights a week; review [[14 January 2027|date]].

Chronology (key events)
[[12/06/2024|date]]  [[Tyler|name]] to ED at the RUH with a cut lip ("fell off the sofa"); no follow-up. GP Dr [[Okafor|name]].
[[19/08/2024|date]]  [[Poppy|name]] born, RUH. HV [[Nicola Ashman|name]] allocated.
[[03/03/2025|date]]  Anonymous call to Wiltshire Police: children "screaming" at [[14 Avenue La Fleche|address]]. No further action.
[[14/06/2026|date]]  [[Callum|name]] leaves; moves to [[Flat 3, 22 Market Place|address]], [[SN15 3HD|postcode]].
[[27/10/2026|date]]  PCSO [[Ricketts|name]]: [[Tyler|name]] in garden, [[Poppy|name]] alone (above).
[[29/10/2026|date]]  [[Tyler|name]]'s words to Mrs [[Tanner|name]] at school.
[[10/11/2026|date]]  Home visit. [[Shannon|name]], [[Bev|name]] and [[Kayleigh|name]] present; [[Kayleigh|name]] left when I arrived.
[[17/11/2026|date]]  [[Callum|name]] seen at the hub; his mother [[Denise Gale|name]] ([[41 The Crescent|address]],
[[Hardenhuish|place]]) came too.
"""),
    ("mother's notes-app list shared to the social worker as a screenshot", """[screenshot, iPhone Notes, shared by [[Shannon|name]] by
text [[01/12/2026|date]] 23:17]

my plan (for [[imogen|name]])

- no smoking when kids up. [[kayleigh|name]] not coming round til sat nights only
- [[ty|name]] breakfast club mon wed fri ([[kath|name]] said ok)
- nan [[bev|name]] has them tues + thurs nights, I do the school run friday from [[calne|place]]
- ring turning point bk. [[Dean|name]] is my worker now, [[07977 204 618|phone]], thurs 2pm at the hub
- sort poppys 2 yr check - hv is [[Nicola|name]]? [[nicola ashman|name]]. rang [[3/12|date]]
- [[callum|name]] has poppy sundays 10-4 at his mums in [[hardenhuish|place]] ([[41 The Crescent|address]]) NOT at the flat
- ask [[pat|name]] sorry about the bins and everything
- appt [[8th dec|date]] 11:30 dr [[Okafor|name]] at Hathaway Surgery (NOT about [[kayleigh|name]] lol the surgery)
- [[ty|name]] bday party [[2nd april|date]] - laser quest at the olympiad??

things i want [[imogen|name]] to know: im trying. [[ty|name]] said he likes miss [[vowles|name]]. [[callum|name]] was good today.
"""),
]


# --- B. Pocock / Mizen family (white British), Bowerhill, Melksham ----------------------------------------------------

HOME_B = d.Address("9 Halifax Road", "Bowerhill", "Melksham", "SN12 6YH")
NAN_B = d.Address("2 Bradford Road", "Atworth", "Melksham", "SN12 8HY")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Lacey", "Pocock")], dt.date(2015, 12, 9), addresses=[HOME_B], ids=["787 759 3759", "W865247854585"],
       schools=["Bowerhill Primary School"]),
    _p("s", "sibling", [("Mason", "Pocock")], dt.date(2012, 5, 23), addresses=[HOME_B], ids=["471 890 0530"],
       schools=["Melksham Oak Community School"]),
    _p("m", "mother", [("Gemma", "Pocock")], dt.date(1988, 3, 14), addresses=[HOME_B], phones=["07833 151 541"]),
    _p("f", "father", [("Darren", "Mizen")], dt.date(1985, 9, 1), addresses=[HOME_B], phones=["07833 543 386"],
       ids=["NW 23 61 88 D"]),
    _p("g", "grandparent", [("Sandra", "Pocock")], dt.date(1963, 1, 20), addresses=[NAN_B], phones=["01225 862 163"]),
], "c")

DOCS_B = [
    ("police 999 call transcript from the control room's audio", """WILTSHIRE POLICE - CONTACT MANAGEMENT - CALL TRANSCRIPT (audio, 999)
Incident 0211 of [[15/11/2026|date]]   Call start 22:48:07   Operator: [[Tasha Merritt|name]] (CH 4419)

OP:  Police, what's the address of your emergency?
C:   (whispering) [[nine Halifax Road|address]]. [[Bowerhill|place]]. please
OP:  [[Nine Halifax Road|address]], [[Melksham|place]]? What's your name, my love?
C:   [[Lacey|name]]. [[Lacey Pocock|name]]. I'm ten
OP:  OK [[Lacey|name]], you're doing really well. What's happening?
C:   dad's hurting mum. he's got her on the floor in the kitchen. [[Mason|name]] tried to pull him off and he
     pushed [[Mason|name]] into the telly
OP:  Is your dad's name-
C:   [[Darren|name]]. [[Darren Mizen|name]]. he's drunk. his van's outside, the white one [[WV18 KZP|vehicle]]
OP:  Where are you now, [[Lacey|name]]?
C:   in the airing cupboard upstairs. [[Mason|name]]'s phone, mine's got no credit
OP:  Stay there. Is there anyone else in the house?
C:   no. nanny [[Sandra|name]] is in [[Atworth|place]]. can you ring her, it's [[01225 862 163|phone]]
(background: shouting, a woman's voice "[[Daz|name]] stop, the kids" - door banging)
C:   he's coming up the stairs
OP:  Keep the phone on, don't speak. Officers are two minutes away.
... 22:53:40 sirens on line. Male voice: "[[Gem|name]], what have you done". PC [[Olly Strange|name]] on scene 22:54.
Call ends 22:55:02. Caller's number: [[07458 296 462|phone]] (registered to [[Mason Pocock|name]]).
"""),
    ("independent domestic violence adviser's safety plan form", """SAFETY PLAN - Independent Domestic Violence Advocacy Service
(Wiltshire)
Client: [[Gemma POCOCK|name]]        DOB: [[14/03/1988|dob]]        IDVA: [[Ruth Ellery|name]]   Date: [[17 Nov 2026|date]]
Safe number: [[07833 151 541|phone]] (text first - he checks the phone)   Safe word: "daffodils"
Perpetrator: [[MIZEN, Darren Paul|name]]  DOB [[01/09/1985|dob]]  NI [[NW 23 61 88 D|ni]]  Veh: [[WV18 KZP|vehicle]] (white Transit,
"[[D. MIZEN|name]] ROOFING" on side)
Bail conditions: not to enter [[Bowerhill|place]] or contact [[Gemma|name]], [[Mason|name]] or [[Lacey|name]], until [[8 December|date]].

1. If he comes: ring 999, go to [[Mo|name]] and [[Steve Rudman|name]] at [[no. 11|address]] (they know). Back door key on the hook.
2. Children's plan: [[Lacey|name]] knows to ring 999 (she did it). [[Mason|name]] (14) to go to his mate [[Kacper|name]]'s on
   [[Lancaster Road|address]] - mum [[Agnieszka Nowicka|name]] is aware.
3. School: [[Bowerhill Primary|school]] (DSL Mrs [[Wendy Pike|name]]) and [[Melksham Oak|school]] (Head of Y10 Mr [[Toby Rumming|name]])
have photo of [[Darren|name]] and van.
4. Nan [[Sandra Pocock|name]], [[2 Bradford Road|address]], [[Atworth|place]] [[SN12 8HY|postcode]] - emergency place to stay.
5. MARAC: referred, heard [[3 December 2026|date]]. Sanctuary scheme: locks fitted [[20/11|date]].
6. [[Darren|name]]'s brother [[Wayne Mizen|name]] ("[[Wazza|name]]") drives past - log every time, reg [[HN15 ODX|vehicle]].
7. Log (client's own): [[19/11|date]] 21:10 [[Wayne|name]] past twice; [[21/11|date]] 07:55 van outside school; [[25/11|date]] text from
unknown number (screenshot kept); [[27/11|date]] [[Maureen Mizen|name]] rang [[Gemma|name]] "begging".
Signed: [[R Ellery|name]]      Client signature: [[G Pocock|name]]
"""),
    ("strategy meeting minutes", """STRATEGY MEETING - [[Lacey POCOCK|name]] ([[09/12/2015|dob]]) and [[Mason POCOCK|name]]
([[23/05/2012|dob]])
Held: Teams, [[16 November 2026|date]], 10:00.  Chair: [[Gareth Pound|name]] (TM, Marden Vale)

Present: [[Ffion Reece|name]] (SW, MASH); DS [[Alun Cheeseman|name]] (Wiltshire Police, Public Protection); [[Wendy Pike|name]] (DSL,
[[Bowerhill Primary|school]]); [[Toby Rumming|name]] ([[Melksham Oak|school]]); [[Claire Pike|name]] (school nurse - no relation);
[[Ruth Ellery|name]] (IDVA).
Apologies: Dr [[Sunil Kapadia|name]] (GP, Spa Medical Centre).

Information shared:
Police: [[Darren MIZEN|name]] arrested [[15/11|date]], charged s.47 ABH and non-fatal strangulation, bailed to
[[23 Church Street|address]],
[[Bradford-on-Avon|place]] (his mother's, [[Maureen Mizen|name]]). Three previous DA callouts: [[2 February 2024|date]],
[[31/08/2025|date]], [[11 Jan 2026|date]]. [[Mason|name]] has a cut to the back of his head; photographs taken by PC [[Strange|name]].
School: [[Lacey|name]] told Mrs [[Pike|name]] "I was brave like in the film". Attendance 91%. [[Mason|name]] has had four late marks and
an isolation for fighting with [[Riley Tarrant|name]] ("he said my mum's a grass").
Health: [[Claire|name]] reports [[Gemma|name]] seen at RUH Bath ED [[16/11|date]] 01:20 - petechiae, sore throat.

Decision: s.47 enquiry, both children. ABE interview of [[Lacey|name]] at the [[Devizes|place]] suite [[18 November|date]].
[[Mason|name]] does
not want to talk to police ("not snitching on me dad"). Joint visit [[Ffion|name]] / DS [[Cheeseman|name]] today 4pm.

Other children at the address or known to the family: none. [[Darren|name]] has a daughter, [[Kelsey Mizen|name]] (19), in
[[Westbury|place]];
her mother [[Joanne Hiscox|name]] made a DA report against him in [[Warminster|place]] on [[22 July 2014|date]]. [[Gemma|name]]'s friend
[[Nat Blake|name]] ([[07496 552 817|phone]]) took [[Lacey|name]] to school on [[16 November|date]].
Next meeting: [[7 December 2026|date]], 14:00. Distribution: all present, and [[Imogen Whatley|name]] ([[Chippenham|place]] team) for
information.
"""),
    ("child's own three houses worksheet written up from her drawing", """Three Houses - [[Lacey|name]], age 10 - done with
[[Ffion|name]] at school, [[24.11.26|date]] (her spelling kept)

HOUSE OF WORRIES
dad coming back. dad's van. uncle [[wazza|name]] driving past our house. [[mason|name]] getting in trubble at [[oak|school]].
that mum will get hurt agen. that [[Pat|name]] from nannys road will tell everyone

HOUSE OF GOOD THINGS
nanny [[Sandra|name]] and her dog Pickle. mrs [[pike|name]]. my friend [[Evie-Mai|name]] and [[Hollie|name]]. going to [[Bath|place]] for
the christmas market on sat [[12th|date]]. the new locks. [[Kacper|name]] who is [[mason|name]]s best friend
he is funny. swimming at the blue pool.

HOUSE OF DREAMS
dad says sorry and stops drinking. we go to [[Weymouth|place]] again like when I was 6. I get a hamster called Nugget.
[[mason|name]] is kind to me. mum is not crying. I want to live with mum and [[mason|name]] at [[bowerhill|place]] for ever.
"""),
]


# --- C. Dorzhiev / Tsyrenova family (Buryat, Russian- and Buryat-speaking), Hardenhuish, Chippenham --------------------

HOME_C = d.Address("27 Hardenhuish Avenue", "Hardenhuish", "Chippenham", "SN15 1NG")
GRAN_C = d.Address("ul. Babushkina 14, kv. 56", "", "Ulan-Ude", "670000")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Bair", "Dorzhiev")], dt.date(2017, 7, 30), addresses=[HOME_C], ids=["458 664 5873", "M865255938009"],
       schools=["Frogwell Primary School"]),
    _p("s", "sibling", [("Saryuna", "Dorzhieva")], dt.date(2011, 3, 8), addresses=[HOME_C], ids=["717 402 3533"],
       schools=["Hardenhuish School"]),
    _p("m", "mother", [("Dulma", "Tsyrenova")], dt.date(1986, 11, 21), addresses=[HOME_C], phones=["07458 410 525"]),
    _p("f", "father", [("Aldar", "Dorzhiev")], dt.date(1983, 4, 17), addresses=[HOME_C], phones=["07458 831 886", "+7 914 632 18 45"]),
    _p("g", "grandparent", [("Tuyana", "Tsyrenova")], dt.date(1960, 5, 2), addresses=[GRAN_C], phones=["+7 3012 44 18 27"]),
], "c")

DOCS_C = [
    ("Telegram family chat in Russian typed up and translated for a strategy discussion", """TELEGRAM - chat "Семья 🏠" - exported by
[[Saryuna|name]] on her own phone at school, [[9 Nov 2026|date]], translated by
[[Irina Vasko|name]] (Russian interpreter, LanguageLine). Russian as typed, English underneath.

[[Алдар|name]] [[06.11.2026|date]] 21:14: [[Дульма|name]] где ты. Почему [[Сарюна|name]] не дома
  [[Aldar|name]]: [[Dulma|name]] where are you. Why is [[Saryuna|name]] not home
  (interpreter: in the Russian the names are [[Дульма|name]] and [[Сарюна|name]])
[[Дульма|name]] 21:20: мы у [[Оюны|name]] в [[Мелкшеме|place]]. [[Баир|name]] спит
  [[Dulma|name]]: we are at [[Oyuna|name]]'s in [[Melksham|place]]. [[Bair|name]] is asleep
  ([[Баир|name]] in the Russian)
[[Алдар|name]] 21:22: Если не вернёшься, я позвоню маме в [[Улан-Удэ|place]] и скажу что ты плохая мать
  [[Aldar|name]]: If you don't come back I will ring mama in [[Ulan-Ude|place]] and tell her you are a bad mother
Бабушка 21:40: [[Альдар|name]], хватит. Дети всё видят
  Grandma: [[Aldar|name]], enough. The children see everything  (sender saved as "Бабушка" = Grandma; she is [[Туяна|name]]
  [[Цыренова|name]], mother's mother, [[+7 3012 44 18 27|phone]])
[[Сарюна|name]] [[07.11.2026|date]] 07:02: папа я не пойду домой пока ты пьёшь
  [[Saryuna|name]]: dad I won't come home while you are drinking
[[Алдар|name]] 07:05: 😡 позвони [[Баиру|name]] в школу
  [[Aldar|name]]: 😡 ring [[Bair|name]] at school
"""),
    ("secondary school safeguarding log exported from the school's recording system", """[[HARDENHUISH SCHOOL|school]] - safeguarding
chronology export - [[DORZHIEVA, Saryuna|name]] (Y11)  DOB [[08/03/2011|dob]]  UPN [[J865266134786|upn]]

[[04/11/2026|date]] 08:41  [[K. Lusty|name]] (tutor)  [[Saryuna|name]] in early, no coat, said she slept at [[Oyuna|name]]'s (family
friend, [[Melksham|place]]). Passed to DSL.
[[04/11/2026|date]] 12:15  [[M. Gingell|name]] (DSL)  Spoke to [[Sara|name]] (her preferred name). Dad drinks at weekends since his
  contract at the Westinghouse site ended. Shouts at mum in Buryat and Russian. No physical. Brother [[Bair|name]] (8, Y4 at
  [[Frogwell|school]]) "hides under the bed with his headphones".
[[06/11/2026|date]] 15:30  [[M. Gingell|name]]  Mum ([[Dulma Tsyrenova|name]]) rang from [[07458 410 525|phone]]; English limited; asked
for a woman from "the council" who speaks Russian. Gave her the Wiltshire FIS number.
[[09/11/2026|date]] 09:10  [[M. Gingell|name]]  [[Sara|name]] showed Telegram chat (see attached). MASH referral, ref 26/11887.
[[09/11/2026|date]] 14:02  [[Anya Bright|name]] (SW, MASH) rang back. Strategy discussion booked [[10th|date]].
[[12/11/2026|date]] 10:20  [[P. Hiscox|name]] (Head of Y11)  [[Sara|name]]'s mock results strong - predicted 8s in maths; wants
  A levels at [[Wiltshire College|school]] in [[Chippenham|place]]? Clarify.
[[18/11/2026|date]] 11:45  [[M. Gingell|name]]  Dad ([[Aldar Dorzhiev|name]]) came to reception, asked for "[[Sarjuna|name]]", was calm,
  sober. Left a letter for her (in Russian, handed to SW unopened).
[[23/11/2026|date]] 08:30  [[K. Lusty|name]]  [[Sara|name]] said grandma [[Tuyana|name]] rang from [[Ulan-Ude|place]]; she may come at
New Year.
[[25/11/2026|date]] 13:05  [[M. Gingell|name]]  [[Sara|name]]'s friend [[Freya Sealy|name]] (Y11) worried [[Sara|name]] is "not eating
at [[Oyuna|name]]'s".
  Spoke to [[Oyuna Badmaeva|name]] ([[07852 409 731|phone]]) - says [[Sara|name]] eats, just "is sad". [[Oyuna|name]]'s husband
[[Bato|name]] drives her in.
[[30/11/2026|date]] 16:20  [[P. Hiscox|name]]  [[Sara|name]] asked for time off on [[14 December|date]] for a Buryat New Year? No -
Sagaalgan is in February. She wants to visit her cousin [[Erzhena|name]] in [[London|place]] ([[Hackney|place]]). Declined - mocks.
"""),
    ("social worker's home visit case note with an interpreter", """CASE NOTE - Home visit - [[27 Hardenhuish Avenue|address]],
[[SN15 1NG|postcode]] - [[20 November 2026|date]], 16:00-17:40
Worker: [[Anya Bright|name]]. Interpreter: [[Irina Vasko|name]] (Russian). Present: [[Dulma|name]], [[Aldar|name]], [[Bair|name]];
[[Saryuna|name]] came in at 16:30 from [[Chippenham|place]] library.

[[Aldar|name]] (43) came from [[Ulan-Ude|place]] in 2019 on a skilled worker visa as an engineer; [[Dulma|name]] (40) was a music
teacher there and plays the morin khuur. [[Aldar|name]] said the drinking started when his job ended in September and his
father [[Dorzho|name]] died in [[Kizhinga|place]] and he could not go to the funeral. He agreed to see Dr [[Helen Marsh|name]] at
Rowden Surgery and to go to the [[Chippenham|place]] men's group at the Olympiad. He said "in our family we do not tell strangers"
and then cried. [[Bair|name]] showed me his Lego Buryat yurt and a photo of grandma [[Tuyana|name]] with a horse; he calls her
"Ехэ эжы" (great mother), which [[Irina|name]] says is Buryat. [[Saryuna|name]] said she will come home if dad stops drinking
and if she can stay at [[Oyuna Badmaeva|name]]'s ([[Flat 6, Cedar Court|address]], [[Melksham|place]]) when she needs to.
[[Dulma|name]] alone: no violence, but he takes her bank card. She would like ESOL at [[Wiltshire College|school]].
Next: CIN meeting [[3 December|date]]; [[Dulma|name]]'s mobile [[07458 410 525|phone]]; [[Aldar|name]]'s Russian number
[[+7 914 632 18 45|phone]] (still used for WhatsApp).
People named during the visit: [[Aldar|name]]'s cousin [[Chingis Dorzhiev|name]] in [[Reading|place]]; [[Dulma|name]]'s friends
[[Oyuna|name]] and [[Bato
Badmaev|name]] in [[Melksham|place]]; the children's godmother [[Sesegma|name]] in [[Irkutsk|place]]; neighbour Mrs [[Jill
Alder|name]] at [[no. 29|address]], who
"hears everything through the wall". [[Bair|name]]'s teacher at [[Frogwell|school]] is Mr [[Ewan Lock|name]].
"""),
    ("child in need plan as a table pasted into an email", """From: [[Anya Bright|name]] <[[anya.bright@mardenvale.gov.uk|email]]>
To: [[mgingell@hardenhuish.wilts.sch.uk|email]]; [[Frogwell Primary|school]] office; [[Oyuna Badmaeva|name]]
Date: [[4 Dec 2026|date]] 09:12
Subject: CIN plan - [[Bair|name]] and [[Saryuna|name]] - agreed [[3/12/26|date]]

| Who | What | By when |
| [[Aldar|name]] | GP (Dr [[Marsh|name]]) and Turning Point, first appt | [[10/12/2026|date]] |
| [[Aldar|name]] / [[Dulma|name]] | joint bank account back to [[Dulma|name]]'s name | [[18/12/2026|date]] |
| [[Saryuna|name]] | may stay with [[Oyuna|name]] up to 2 nights/wk, text mum | ongoing |
| Mr [[Gingell|name]] | weekly check-in with [[Sara|name]] | Mondays |
| [[Frogwell|school]] (Mrs [[Ngozi Alabi|name]], DSL) | ELSA sessions for [[Bair|name]] | from [[7 Dec|date]] |
| [[Anya|name]] | Russian-speaking family support via Bridges ([[Olga Petrenko|name]]) | [[11 December|date]] |
| All | review | [[21 January 2027|date]] |

Grandma [[Tuyana Tsyrenova|name]] ([[ul. Babushkina 14, kv. 56|address]], [[Ulan-Ude|place]] [[670000|postcode]]) is coming for New Year;
[[Aldar|name]] says she will "keep him straight".
"""),
]


# --- D. Bellance / Jean-Louis family (Guadeloupean, French- and Creole-speaking), Forest estate, Melksham ---------------

HOME_D = d.Address("31 Savernake Avenue", "Forest", "Melksham", "SN12 7HF")
GRAN_D = d.Address("12 rue Frébault", "", "Pointe-à-Pitre", "97110")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Noah", "Bellance")], dt.date(2021, 6, 12), addresses=[HOME_D], ids=["696 301 2997"],
       schools=["Little Acorns Nursery"]),
    _p("s", "sibling", [("Maëva", "Bellance")], dt.date(2014, 9, 28), addresses=[HOME_D], ids=["641 598 0009", "R865268314883"],
       schools=["Forest and Sandridge Primary School"]),
    _p("m", "mother", [("Ketty", "Jean-Louis")], dt.date(1990, 1, 5), addresses=[HOME_D], phones=["07519 187 284"],
       ids=["SP 73 04 19 A"]),
    _p("f", "father", [("Ludovic", "Bellance")], dt.date(1987, 8, 24), phones=["+33 6 12 48 73 91"]),
    _p("g", "grandparent", [("Josette", "Jean-Louis")], dt.date(1962, 12, 3), addresses=[GRAN_D], phones=["+590 690 41 27 83"]),
], "c")

DOCS_D = [
    ("scanned and OCR'd letter in French from a grandmother, with the council's translation", """[scan, 2 pages, OCR by the council's
document system; errors kept; translation by [[Agnès Moreau|name]], [[25/11/2026|date]]]

[[Josette JEAN-LOUIS|name]]
[[12 rue Frébault|address]]
[[97110|postcode]] [[Pointe-à-Pitre|place]]
Guadeloupe                                           [[Pointe-a-Pitre|place]], le [[14 novembre 2026|date]]

Madame l'assistante sociale,
Je suis la grand-mère de [[Maëva|name]] et de [[Noah|name]]. Ma fille [[Ketty|name]] m'appelle tous les soirs en pleurant. Depuis que
[[Ludovic|name]] est reparti à [[Paris|place]] ell e ne mange plus, e11e reste au lit et c'est [[Maëva|name]] (12 ans!) qui fait tout.
Je peux venir à [[Melksham|place]] le [[3 janvier|date]] si quelqu'un m'aide pour le billet. Mon fils [[Jimmy|name]] à
[[Sainte-Anne|place]]
peut garder ma boutique. Vous pouvez m'appeler au [[+590 690 41 27 83|phone]] ou écrire à [[josette.jeanlouis971@orange.fr|email]].
Avec mon respect,   [[J. Jean-Louis|name]]  (Manman [[Jojo|name]] pour les enfants)

TRANSLATION: Dear social worker, I am the grandmother of [[Maëva|name]] and [[Noah|name]]. My daughter [[Ketty|name]] rings me every
evening crying. Since [[Ludovic|name]] went back to [[Paris|place]] she doesn't eat, she stays in bed and it's [[Maëva|name]] (12!) who
does everything. I can come to [[Melksham|place]] on [[3 January|date]] if someone helps with the ticket. My son [[Jimmy|name]] in
[[Sainte-Anne|place]] can mind my shop. ... ("Manman [[Jojo|name]]" - what the children call her.)
"""),
    ("family support worker's text messages with a mother exported from a work phone", """Work mobile export - FSW
[[Kerry Fairbairn|name]] - contact "[[Ketty JL|name]]" [[07519 187 284|phone]] - [[16/11/26|date]] to [[25/11/26|date]]

[[16/11|date]] 08:02 [[Kerry|name]]: Morning [[Ketty|name]], it's [[Kerry|name]] from the Family Hub. Still ok for 10am? I'll bring the
food bank parcel x
[[16/11|date]] 08:40 [[Ketty JL|name]]: yes ok. sorry the house is bad. [[maeva|name]] is at school. [[noah|name]] is here no nursery
[[16/11|date]] 08:41 [[Ketty JL|name]]: he dont want to go since [[ludo|name]] left
[[18/11|date]] 22:56 [[Ketty JL|name]]: i cant do this [[kerry|name]]. everything is grey. i want to go home to guadeloupe
[[18/11|date]] 22:58 [[Kerry|name]]: (out of hours - auto reply: if you are in crisis ring 111 option 2 or the Samaritans 116 123)
[[19/11|date]] 07:30 [[Kerry|name]]: [[Ketty|name]] I've just seen this. Are you safe? I'm ringing you now
[[19/11|date]] 07:44 [[Kerry|name]]: Thank you for talking. Dr [[Beaumont|name]] at Spa Medical will see you at 11:20 today.
[[Marie-Line|name]] from church is taking [[Noah|name]] to [[Little Acorns|school]] and I'll pick you up
[[20/11|date]] 15:10 [[Ketty JL|name]]: [[maeva|name]] got a star at [[forest and sandridge|school]] for her french 😊 mme [[roux|name]]
says shes a natural
[[23/11|date]] 19:03 [[Ketty JL|name]]: [[ludovic|name]] called from [[paris|place]]. he wants [[noah|name]] for christmas in
[[Créteil|place]]. NO
[[24/11|date]] 08:20 [[Ketty JL|name]]: [[kerry|name]] [[noah|name]] got out this morning. [[gary|name]] from no 40 brought him back. im
so ashamed
[[24/11|date]] 08:22 [[Kerry|name]]: Is he ok? Is [[Maëva|name]] at school? I'm coming now, 10 mins. Ringing [[Dominic|name]] (SW)
[[24/11|date]] 08:31 [[Ketty JL|name]]: hes ok. [[maeva|name]] missed the bus bc of me. [[marie line|name]] taking her
[[25/11|date]] 12:12 [[Ketty JL|name]]: manman says she come [[3 january|date]]. flight from [[pointe a pitre|place]] to [[paris|place]]
then [[bristol|place]]
[[25/11|date]] 12:15 [[Kerry|name]]: That's brilliant news. I'll ask [[Dominic|name]] about help with the fare x
"""),
    ("young carers service referral form", """WILTSHIRE YOUNG CARERS - REFERRAL
Young person: [[BELLANCE, Maëva|name]]   DOB: [[28 Sept 2014|dob]]   Age: 12   School: [[Melksham Oak|school]] (Y8; until July 2025
  [[Forest & Sandridge C of E Primary|school]])
Address: [[31 Savernake Avenue|address]], [[Melksham|place]] [[SN12 7HF|postcode]]      UPN: [[R865268314883|upn]]
Who does she care for? Mother, [[Ketty Jean-Louis|name]] (depression, postnatal then ongoing), and brother [[Noah|name]] (5, speech
delay).
What does she do? Gets [[Noah|name]] up, dressed, breakfast; walks him to [[Little Acorns|school]] on [[Spa Road|address]]; shopping at
the Co-op on [[Forest Road|address]]; translates at the GP and at the Job Centre; cooks "colombo" on Sundays like Manman [[Jojo|name]].
Anyone else? Father [[Ludovic Bellance|name]] in [[Créteil|place]], France, [[+33 6 12 48 73 91|phone]] - "not involved". Church friend
  [[Marie-Line Célestin|name]] ([[07519 187 850|phone]]) helps some Saturdays.
Referrer: [[Lucy Haddrell|name]], Head of Year 8, [[Melksham Oak|school]], [[lhaddrell@melkshamoak.org.uk|email]]   Date:
[[26.11.2026|date]]
Young person's own words: "I don't mind. [[Noah|name]] is my baby too. I just want one day where I can go to [[Sophie|name]]'s house."
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Children: [[Maëva BELLANCE|name]] ([[28/09/2014|dob]]); [[Noah BELLANCE|name]] ([[12/06/2021|dob]], NHS [[696 301 2997|nhs]])
Conference: [[7 December 2026|date]], County Hall, [[Trowbridge|place]]. Chair: [[Rosalind Fry|name]]. Author: [[Dominic Abara|name]], SW.

1. Family. [[Ketty Jean-Louis|name]] (36) grew up in [[Les Abymes|place]], Guadeloupe, and moved to [[Paris|place]] at 19, then to
[[Melksham|place]] in 2022 when [[Ludovic|name]] got work at the tyre factory. [[Ludovic Bellance|name]] (39) left on
[[2 November|date]] for
[[Créteil|place]] and has a new partner, [[Sandrine|name]]. [[Ketty|name]]'s mother [[Josette Jean-Louis|name]] lives in
[[Pointe-à-Pitre|place]];
her brother [[Jimmy Jean-Louis|name]] in [[Sainte-Anne|place]]; a cousin, [[Ginette Bellance|name]], in [[Bristol|place]]
([[Easton|place]]).

2. Concerns. Since [[2 November|date]]: [[Noah|name]] out of nursery 11 of 18 sessions; the home without food on [[16 November|date]];
[[Ketty|name]]'s message of [[18 November|date]] about wanting to "go home"; [[Maëva|name]] late 9 times and caring for her brother
and her mother. On [[24 November|date]] [[Noah|name]] (5) was found by a neighbour, Mr [[Gary Bolwell|name]], walking alone on
[[Lowbourne|address]] towards the river at 8.15am looking for "[[Maëva|name]]".

3. Strengths. [[Ketty|name]] is honest and asked for help; [[Maëva|name]] is loved and doing well; [[Marie-Line|name]] and the Baptist
church help; [[Josette|name]] can come from [[3 January|date]].

4. Those invited: [[Ketty Jean-Louis|name]]; [[Ludovic Bellance|name]] (by video from [[Créteil|place]]); [[Maëva|name]]'s views via
[[Lucy Haddrell|name]]
([[Melksham Oak|school]]); [[Kerry Fairbairn|name]] (Family Hub); Dr [[Claire Beaumont|name]] (GP); [[Hannah Gerrish|name]]
([[Little Acorns|school]] manager); [[Bridget Coles|name]] (health visitor); [[Agnès Moreau|name]] (French interpreter).
Dates of visits: [[17 November|date]], [[19 November|date]], [[24 November|date]], [[27 November|date]], [[1 December|date]],
[[4 December|date]].

Recommendation: child protection plan for [[Noah|name]] (neglect); child in need plan for [[Maëva|name]] as a young carer.
"""),
]


# --- E. Sheppard / Tucker family (white British), Monkton Park, Chippenham --------------------------------------------

HOME_E = d.Address("5 Sadlers Mead", "Monkton Park", "Chippenham", "SN15 3PL")
DAD_E = d.Address("44 Seymour Road", "Lowden", "Chippenham", "SN15 1DX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kai", "Sheppard")], dt.date(2010, 10, 14), addresses=[HOME_E], ids=["602 439 9863", "D865266146026"],
       schools=["Sheldon School"], phones=["07365 361 209"]),
    _p("m", "mother", [("Donna", "Tucker")], dt.date(1982, 7, 7), addresses=[HOME_E], phones=["07365 294 455"]),
    _p("f", "father", [("Lee", "Sheppard")], dt.date(1980, 3, 29), addresses=[DAD_E], phones=["07365 653 748"],
       ids=["JT 55 19 30 C"]),
], "c")

DOCS_E = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - Missing Children Service (Marden Vale)
Young person: [[Kai SHEPPARD|name]]  DOB [[14.10.2010|dob]]  Missing from: [[5 Sadlers Mead|address]], [[Monkton Park|place]]
Missing: [[20 Nov|date]] 18:00 to [[22 Nov|date]] 13:30. Found by British Transport Police at Temple Meads station, [[Bristol|place]].
Interviewer: [[Jade Ferris|name]]   Date: [[24/11/2026|date]], at the Cold Harbour café in [[Chippenham|place]] (his choice)

Where were you? "A flat in [[Barton Hill|place]]. Then [[Weston|place]]. Then [[Swindon|place]] for one night, [[Penhill|place]] I think."
Who with? "[[Tilly|name]] - she's from [[Calne|place]]. And a lad called [[Rico|name]], and his cousin. I don't know their
  real names." Later he
said [[Rico|name]]'s name is "[[Enrico|name]] or something, [[Rico Bassett|name]]?" and that [[Tilly|name]] is [[Matilda
Rowe|name]], 15, who goes to [[Kingsbury Green|school]].
Money/phones: a new phone, number [[07519 098 921|phone]] ("[[Rico|name]] gave it me"); his own phone [[07365 361 209|phone]] was off.
Harm: says no. Had a cut on his knuckle ("fell over in [[Weston|place]]"). Has not eaten since Saturday.
Home: mum [[Donna|name]] "does my head in" since her new partner [[Craig Lucas|name]] moved in; dad [[Lee|name]] lives in [[Lowden|place]]
  ([[44 Seymour Road|address]]) and "lets me do what I want". Wants to live with dad.
School: [[Sheldon|school]] - on a part-time timetable since [[5 October|date]]; "Mr [[Haines|name]] is the only one who's sound".
Actions: NRM? discuss at MACE [[2 Dec|date]]. Share [[Rico|name]] / [[Tilly|name]] with police intel (DC [[Neil Sandy|name]]).
Timeline he gave: left school at 14:50 on the [[20th|date]]; bus to [[Bath|place]] with [[Tilly|name]]; train to [[Bristol|place]];
picked up at
  [[Lawrence Hill|place]] by [[Rico|name]] in a grey Golf; [[21st|date]] "ran some bits" to [[Weston|place]]; [[21st|date]] night
[[Swindon|place]]; [[22nd|date]] back to [[Bristol|place]], stopped by police at the station.
Mum's view ([[Donna Tucker|name]], by phone [[07365 294 455|phone]]): "he's not a bad lad, it's them". Dad's view
([[Lee Sheppard|name]], [[07365 653 748|phone]]):
  "he can stop with me".
"""),
    ("multi-agency child exploitation panel minutes", """MACE PANEL - MINUTES - [[2 December 2026|date]] - [[Monkton Park|place]]
offices, [[Chippenham|place]]
Chair: DI [[Claire Hazell|name]]. Minutes: [[Rob Escott|name]].
Present: [[Jade Ferris|name]] (missing service); [[Paul Haines|name]] (DSL, [[Sheldon School|school]]); [[Priya Sohal|name]] (YOS);
[[Nick Spackman|name]] (SW); DC [[Neil Sandy|name]]; [[Emma Box|name]] (Barnardo's).

Item 3 - [[SHEPPARD, Kai|name]] (16) and linked young people.
DC [[Sandy|name]]: phone [[07519 098 921|phone]] attributed to a [[Bristol|place]] line ("[[Rico|name]]" line) run from
[[Knowle West|place]]; [[Enrico BASSETT|name]]
  ([[19/06/2007|dob]]) known; vehicle seen at [[Sadlers Mead|address]] [[26 November|date]] - grey Golf [[WU09 HZT|vehicle]].
[[Matilda ROWE|name]] ([[Tilly|name]], 15, [[Calne|place]]) also linked - [[Calne|place]] team aware.
[[Paul|name]]: [[Kai|name]] attends 3 mornings; [[Kai|name]]'s friend [[Harvey Box|name]] (no relation to [[Emma|name]]) says
[[Kai|name]] has "a tick" to pay
  off, about £400.
[[Priya|name]]: no offences; [[Kai|name]] attended first session at the boxing gym in [[Box|place]] ("[[Kai|name]] liked the coach
[[Dale Lacock|name]]").
[[Nick|name]]: parents [[Donna Tucker|name]] and [[Lee Sheppard|name]] both at the meeting on [[30/11|date]]; agreed [[Kai|name]] stays
with [[Lee|name]] in [[Lowden|place]] for now; [[Craig Lucas|name]] not to be at home when [[Kai|name]] visits.
Actions: NRM referral ([[Nick|name]], by [[9/12|date]]); disruption notice to [[Bassett|name]] ([[Neil|name]]); safety plan with
[[Kai|name]] ([[Jade|name]]).

Item 4 - [[ROWE, Matilda|name]] (15, [[Calne|place]]; DOB [[02/02/2011|dob]]) - lives with mum [[Stacey Rowe|name]] on
[[Abberd Way|address]]; missing
  [[20-22 November|date]] with [[Kai|name]]; now with her nan in [[Derry Hill|place]]. [[Kingsbury Green|school]] DSL
[[Helen Mundy|name]] to lead.
Item 5 - [[Tyrese Palmer|name]] (14, [[Corsham|place]]) - seen with [[Bassett|name]] in [[Chippenham|place]] on [[28 November|date]]
outside the Emery Gate shopping centre; [[Corsham School|school]] to be told. Next panel: [[6 January 2027|date]].
"""),
    ("father's handwritten letter to the social worker scanned in", """[handwritten, blue biro, lined paper, scanned [[3 Dec 2026|date]]]

[[Nick|name]],

Thanks for yesterday. I dont write letters much so bear with me. [[Kai|name]] has been good at mine, hes eaten, hes
been down the gym with [[Dale|name]] twice and he come with me to [[Corsham|place]] on friday to help on a
job. He still gets messages at night, I can hear it buzzing. I took the phone like you said and
give it to PC [[Sandy|name]] - he's DC? sorry. There was a car outside [[Seymour Rd|address]] sunday night
about 11 for 20 mins, dark Golf, I got some of the reg [[WU09|vehicle]] something.

[[Donna|name]] and me dont get on but we both want him safe. His nan (my mum, [[Jean|name]]) says he can go to hers
in [[Sutton Benger|place]] at christmas, shes on [[01249 302 729|phone]]. She's 79 so not every night!

One more thing, [[Kai|name]] told me [[Tilly|name]] is scared and her mum dont know nothing. Can someone
check on her.

[[Lee|name]] ([[Kai|name]]s dad)   [[07365 653 748|phone]]
"""),
    ("WhatsApp voice note from a boy transcribed by his worker", """Voice note from [[Kai|name]] to [[Jade|name]] (WhatsApp,
[[6/12/2026|date]] 23:41, 1m 52s) - typed by [[Jade Ferris|name]] [[7/12|date]]

"yo [[jade|name]] its [[kai|name]]. sorry its late innit. just wanted to say, um, i'm at me dad's still, [[lowden|place]], it's
calm. [[rico|name]] messaged on insta, different account, saying i owe him, i didn't answer, i blocked it like you said.
[[tills|name]] is at her nan's in [[derry hill|place]] now i think, she's alright. i went with [[dale|name]] to a fight night in
[[trowbridge|place]] on saturday, proper good. oh and mr [[haines|name]] said i can do the motor vehicle course at
[[wiltshire college|school]] after christmas if i go in every day till then. so. yeah.
mum said come for dinner sunday but not if [[craig|name]]'s there. ok bye. oh and tell [[nick|name]] thanks for the
vape thing, i'm trying. bye"
"""),
]


# --- F. Patel / Mistry family (British Gujarati), Cepen Park, Chippenham ----------------------------------------------

HOME_F = d.Address("18 Brook Street", "Cepen Park", "Chippenham", "SN14 0GY")
NANI_F = d.Address("73 Belgrave Road", "Belgrave", "Leicester", "LE4 6AS")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Aarav", "Patel")], dt.date(2026, 5, 18), addresses=[HOME_F], ids=["789 319 9369"]),
    _p("s", "sibling", [("Diya", "Patel")], dt.date(2022, 2, 2), addresses=[HOME_F], ids=["404 534 5647"],
       schools=["Busy Bees Chippenham"]),
    _p("m", "mother", [("Hetal", "Patel")], dt.date(1994, 12, 12), addresses=[HOME_F], phones=["07912 509 016"]),
    _p("f", "father", [("Nikhil", "Patel")], dt.date(1992, 6, 6), addresses=[HOME_F], phones=["07833 668 197"]),
    _p("g", "grandparent", [("Kokila", "Mistry")], dt.date(1966, 9, 9), addresses=[NANI_F], phones=["0116 266 3410"]),
], "c")

DOCS_F = [
    ("paediatric child protection medical report", """ROYAL UNITED HOSPITALS BATH - CHILD PROTECTION MEDICAL ASSESSMENT
Child: [[PATEL, Aarav|name]]   DOB [[18/05/2026|dob]] (6 months)   NHS [[789 319 9369|nhs]]
Address: [[18 Brook Street|address]], [[Cepen Park|place]], [[Chippenham|place]] [[SN14 0GY|postcode]]
Examined: [[27/11/2026|date]] 14:30, Children's Ward. Examining doctor: Dr [[Fiona McCrae|name]], consultant paediatrician.
Present: mother [[Hetal Patel|name]]; father [[Nikhil Patel|name]]; SW [[Tom Yeates|name]]; nurse [[Akosua Owusu|name]].

History (from mother, in English; maternal grandmother [[Kokila Mistry|name]] on speaker from [[Leicester|place]], in Gujarati, at
mother's request): bruise noticed by [[Diya|name]]'s key person at [[Busy Bees|school]] when [[Hetal|name]] collected [[Diya|name]] with
[[Aarav|name]]
in the sling on [[26 November|date]]; the key person, [[Megan Hulbert|name]], told the manager [[Sue Quarrier|name]], who rang MASH.
Mother says [[Diya|name]] (4) "sits on him" and once hit him with a toy phone. Father works nights at the Cocoon distribution centre at
[[Langley Park|address]]. Not yet rolling.

Findings: 2 x 1 cm bruise left cheek, faint three-point pattern; 4 mm bruise right pinna. No other injury. Skeletal survey and
bloods booked [[28/11|date]]; CT head [[27/11|date]] 17:10 normal. [[Aarav|name]]'s red book shows immunisations up to date and a HV
visit ([[Anjali Varsani|name]]) on [[4 November|date]] with no concern.

Opinion: bruising in a non-mobile infant is a concern; the explanation is possible but not enough on its own. Results of skeletal
survey and bloods to [[Tom Yeates|name]] by [[2 December|date]].    Signed: [[F. McCrae|name]], [[27/11/2026|date]]

Copies: GP Dr [[Raj Bhogal|name]], Hathaway Medical Partnership; HV [[Anjali Varsani|name]]; [[Busy Bees|school]] ([[Sue Quarrier|name]]);
Named Nurse [[Gill Pavey|name]]; DS [[Alun Cheeseman|name]] (for information only). Next of kin on ward form: [[Pooja Mistry|name]],
[[14 Ashford Road|address]], [[Swindon|place]] [[SN1 3NS|postcode]], [[01793 512 844|phone]].
"""),
    ("father's own letter to the conference with a Gujarati blessing", """To the chairperson,

My name is [[Nikhil Patel|name]] and I am [[Aarav|name]] and [[Diya|name]]'s father. My wife [[Hetal|name]] and I have lived in
[[Chippenham|place]]
since 2020; before that [[Leicester|place]] ([[Belgrave|place]]) where our parents still live - her mum [[Kokila|name]] ben and my
father [[Harshad Patel|name]] in [[Rushey Mead|place]]. My brother [[Ketan|name]] is in [[Nairobi|place]] and rang every day this week.

We did not hurt our son. [[Diya|name]] is jealous of the baby - she told [[Tom|name]] she "squashed him like a cushion". The
bones were clear ([[1 December|date]]). We know the doctors had to ask. What hurt was the neighbours seeing the police at
[[no. 20|address]]
and Mrs [[Sadie Pullen|name]] asking [[Hetal|name]] in the Sainsbury's at [[Hathaway Retail Park|address]] if it was true.

My mother-in-law wrote this for the baby, please let it stay in his file:
"[[આરવ|name]] ને આશીર્વાદ - [[કોકિલા|name]] બા"  (Blessings to [[Aarav|name]] - grandmother [[Kokila|name]])

Thank you to [[Tom|name]] and [[Megan|name]] at nursery. We will do the safe sleeping and baby and toddler course.
[[Nikhil|name]]    [[07833 668 197|phone]]    [[nikhil.patel92@gmail.com|email]]
"""),
    ("health visiting electronic record entries copied into the chronology", """HEALTH VISITING - EPR extract (read codes removed) -
[[PATEL Aarav|name]] - printed [[3.12.26|date]] by [[A Varsani|name]]

[[20.05.2026|date]] New birth visit, [[18 Brook St|address]]. Mum [[Hetal|name]], dad [[Nikhil|name]], sister [[Diya|name]] (4). Nani
[[Kokila|name]] staying from [[Leicester|place]] for 6 wks (chhatti ceremony on [[24/05|date]]). EPDS 4. Breastfeeding well. AV
[[01.07.2026|date]] 6-8 wk review at the clinic. Wt 9th centile. Mum tired; dad on nights. [[Diya|name]] hitting baby "gently". AV
[[04.11.2026|date]] Home. [[Aarav|name]] well, 50th centile. Sleeping in cot in parents' room. Discussed [[Diya|name]]'s jealousy; advised
  [[Busy Bees|school]] SENCo [[Jo Mascall|name]]. Mum's mobile [[07912 509 016|phone]]. AV
[[27.11.2026|date]] Informed by MASH ([[Tom Yeates|name]]) of bruising; CP medical at RUH. Flagged. [[Anjali Varsani|name]], HV
[[02.12.2026|date]] Joint visit with [[Tom|name]]. Skeletal survey clear. [[Diya|name]] said "[[Aaru|name]] cried when I sat". Safety
plan:
  [[Diya|name]] not left alone with baby; [[Hetal|name]]'s sister [[Pooja Mistry|name]] from [[Swindon|place]] to help weekdays till
[[18/12|date]]. AV
"""),
    ("family group conference plan in the family's own words", """FAMILY GROUP CONFERENCE - FAMILY PLAN - [[Patel|name]] family -
[[5 December 2026|date]], the library, [[Chippenham|place]]
Coordinator: [[Rachel Ponting|name]] (independent). Interpreter for Nani: [[Bhavna Lad|name]] (Gujarati).

Who came: [[Hetal|name]], [[Nikhil|name]], Nani [[Kokila Mistry|name]] (from [[Leicester|place]]), Dada [[Harshad Patel|name]], masi
[[Pooja|name]] ([[Swindon|place]]), [[Nikhil|name]]'s friend [[Sonny|name]] ([[Sanjay Chauhan|name]]) and his wife [[Reena|name]] from
[[Cepen Park|place]].
Uncle [[Ketan|name]] joined on WhatsApp video from [[Nairobi|place]].

OUR PLAN
1. [[Diya|name]] is never alone with [[Aarav|name]] - a grown-up in the room or [[Aaru|name]] in the bouncer up high. Everyone.
2. Weekdays: [[Pooja|name]] Mon-Wed till [[18 December|date]]; Nani from [[19 Dec|date]] to [[10 January|date]]; [[Reena|name]] Thursdays.
3. [[Nikhil|name]] asks his manager for days not nights from January. Written to Mr [[Graham Tidball|name]] [[4/12|date]].
4. [[Diya|name]] gets special time with Dada every Sunday - temple at [[Swindon|place]] and the park.
5. If [[Hetal|name]] feels low she rings [[Pooja|name]] ([[07824 316 905|phone]]) or Nani.
Agreed by all. Reviewed by [[Tom Yeates|name]] (SW): plan accepted, [[Tom|name]] to visit weekly.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 175 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:15 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "nurse", "coach", "our", "me",
           "my", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad", "daddy", "aunty",
           "auntie", "uncle", "nani", "dada", "masi", "ba", "ben", "bhai", "manman", "mme", "madame", "tonton", "tatie", "mama",
           "papa", "бабушка", "мама", "папа"}
_AFTER = {"ben", "bhai", "ba", "બા", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "wiltshire", "wilts",
               "north wiltshire", "somerset", "gloucestershire", "the south west", "south west", "guadeloupe", "france",
               "russia", "buryatia", "siberia", "india", "gujarat", "kenya", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs the earlier sets' checkers) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's
# titles and kinship words (before a name: "Manman Jojo", "masi Pooja", "Nani Kokila"; after one: "Kokila ben") and
# counties, regions and countries ("Wiltshire", "Guadeloupe", "France", "Buryatia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
