"""Set 96: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
94, 95 and 97 (bench/redaction_set94.py, redaction_set95.py, redaction_set97.py and their tests, written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking
conventions followed here), the docstrings (only) of bench/redaction_set7.py to redaction_set93.py, printed with ast and
searched for town, district and community words (to see which towns and communities earlier sets used as a family's home),
the opening of bench/redaction_handwritten.py (its docstring, `_party`, `Records`, `HandSet`, `word_problems`), and the ruff
settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and
checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here. The set is smaller than set 21 (shorter documents) because it was written against a hard deadline.

Six families in Great Yarmouth and Lowestoft, each from a town, village or district no earlier set (7 to 93) used as a
family's home. Four white British families: a mother and her partner in Caister-on-Sea, with a grandmother in Ormesby St
Margaret (Gedge / Thurston; a girl of 10 missing school to mind a toddler, a partner's drug use, a friend's chat that shows
it), a family on Beccles Road in Bradwell (Sillis / Belton; a boy of 12 self-harming after bullying online, a father in
Gorleston who drinks, a grandmother whose surname is a village's), a mother and son in Oulton Broad (Brame; a boy of 15
criminally exploited on a county line to Ipswich and found in a flat in Kirkley, a missing episode, a mother's own letter),
and a grandmother caring for her granddaughter in Hopton-on-Sea (Duffield; a special guardianship assessment, supervised
contact with a mother who lives in Norwich, a grandmother's diary, an ex-partner at the door). Two from communities no
earlier set used: a Santomean family (from São Tomé and Príncipe, by way of Portugal) in Southtown, Great Yarmouth (Neto /
Boa Morte / Trindade; a mother who speaks Portuguese and Forro, a girl of 15 with a much older "boyfriend", a boy of 9 with
a burn, a father in Almada, a grandmother in São Tomé) and a Czech Roma family in Carlton Colville, Lowestoft (Horváth /
Horváthová / Dužda; a boy of 13 out of school, a girl of 7, a family in Ostrava, a landlord's notice, a neighbours' Facebook
group). 24 documents, of types and styles new to these sets where possible: a school attendance officer's doorstep visit
note, a friend's Messenger chat screenshotted, a child protection conference decision sheet, a school-run taxi driver's
email, a GP's referral letter, a youth club's handwritten session sheet read by OCR, core group minutes, a boy's Snapchat
messages typed up by a teacher, an interpreter-assisted assessment, WhatsApp voice notes transcribed and translated, a police
public protection notice, a paediatric discharge summary, a National Referral Mechanism form extract, a return home
interview, a mother's handwritten letter, exploitation panel minutes, an EAL coordinator's meeting note, a neighbours'
Facebook group thread, a letter before proceedings, a social worker's fast phone notes, a special guardianship assessment
extract, a supervised contact record, a grandmother's diary photographed, and a witness statement (MG11) about doorbell
footage.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (São Tomé and Príncipe, Portugal, the Czech Republic); NHS numbers and UPNs (LA numbers
926 for Norfolk and 935 for Suffolk) pass their check digits; NI numbers have a valid format. Councils are invented (Yare
Sands, Waveney Ness), and so are the schools (Caister Dunes Primary, Bradwell Marsh Academy, Southtown Quay Primary, Broadside
High, Carlton Meadows Primary, Hopton Cliff Infants), the youth club (The Hatch), the taxi firm (Seagull Cars), the GP
practices (Burgh Lane Surgery, Shrublands Medical Centre); towns, districts, villages, real hospitals, police forces, parks,
piers, courts, charities, apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, Nan, Nanny, Mum, Dad, Uncle, tia, avó, babička, strejda, teta) stay outside the name span; a possessive 's stays
outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span; an initial with a surname
is one span; initials alone are not marked; a collar number after a name stays outside; a name, address or date broken by a
line break is one span holding the break; usernames and handles ("oultonboi15", "mase_x") are not marked, but a display name
that is a plain name is; a contact saved under a kinship word ("Nanny", "Mamã") is not a name. A street address is one span,
its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare
house or flat number; addresses abroad are addresses; towns, villages, districts and estates are places at home or abroad;
countries, counties and regions are not ("Norfolk", "Suffolk", "East Anglia", "São Tomé and Príncipe", "Portugal", "Czech
Republic", "Moravia"); organisations are not marked even when they hold a town's or a person's name ("James Paget University
Hospital", "Norfolk and Norwich", "Burgh Lane Surgery", "Lowestoft Magistrates"); a school's name and its short form is a
school; a date of birth is dob, any other calendar date with a day is date (a weekday outside); months and years alone are not
marked; helplines are not marked; pets' names are not names; parks, piers, beaches and attractions are landmarks and stay
unmarked ("Nicholas Everitt Park", "Britannia Pier", "the Scores", "Ness Point", "Gorleston beach" marks only the town); a
surname or first name that is also a word or a town is marked by what it refers to.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a grandmother's surname
that is also a village ("Belton") is a name when it is the person and a place when it is the village; the island city of São
Tomé is a place though the country is not; a district or town in São Tomé ("Trindade") is a place, and the same word as a
mother's second surname ("Edna Trindade Neto") is part of her name; Czech names with diacritics and without them ("Horváth",
"Horvath") are names in both forms; a Facebook group's name that holds a district's name ("Carlton Colville Community
Noticeboard") is an organisation and is not marked; a county line's name ("the Ipswich line") marks the town; an NRM or
crime reference is not marked; a Czech school named by its district ("ZŠ Přívoz") is a school; a firm of solicitors named
after people marks only the names ("[[Norton|name]] & Co", "Hatch Brenner" as two surnames in one span); an OCR'd name, place,
date or address with digits for letters ("Mas0n S", "Bradwe11", "14.1O.2O26") is marked as what it stands for.

Self-check without the detector: `python -m bench.redaction_set96` (and tests/test_redaction_set96.py) runs set 15's checker
on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of
documents and gold spans per kind: 24 documents,
907 gold spans, 461 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Gedge / Thurston family (white British), Caister-on-Sea -------------------------------------------------------------

HOME_A = d.Address("9 Kingston Avenue", "Caister-on-Sea", "Great Yarmouth", "NR30 5ET")
NAN_A = d.Address("4 Station Road", "Ormesby St Margaret", "Great Yarmouth", "NR29 3PZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Gedge")], dt.date(2016, 8, 19), addresses=[HOME_A], ids=["6514554288", "K926214587127"],
       schools=["Caister Dunes Primary School"]),
    _p("s", "sibling", [("Alfie", "Thurston")], dt.date(2024, 2, 10), addresses=[HOME_A], ids=["8850201788"]),
    _p("m", "mother", [("Shannon", "Gedge")], dt.date(1997, 5, 2), addresses=[HOME_A], phones=["07842 615 093"],
       ids=["JR 52 84 19 A"]),
    _p("o", "other", [("Ryan", "Thurston")], dt.date(1993, 10, 28), addresses=[HOME_A], phones=["07519 384 206"]),
    _p("g", "grandparent", [("Sue", "Gedge")], dt.date(1968, 1, 7), addresses=[NAN_A], phones=["01493 728 416"]),
    _p("p1", "professional", [("Hannah", "Bunn")], phones=["0300 123 6942"], emails=["hannah.bunn@yaresands.gov.uk"]),
], "c")

DOCS_A = [
    ("school attendance officer's doorstep visit note", """[[CAISTER DUNES PRIMARY SCHOOL|school]] - ATTENDANCE DOORSTEP VISIT
Pupil: [[GEDGE, Tayla|name]]   Year 6   DOB [[19/08/2016|dob]]   UPN [[K926214587127|upn]]
Attendance this term: 71.4% (persistent absence). Visit by: [[Lorraine Crisp|name]] (attendance officer) with Mr [[Dack|name]]
Date: Thursday [[5 November 2026|date]], 09:40
Address: [[9 Kingston Avenue|address]], [[Caister-on-Sea|place]] [[NR30 5ET|postcode]]

Knocked three times. [[Tayla|name]] opened the door in pyjamas holding her brother [[Alfie|name]] (2). She said Mum
"went to [[Yarmouth|place]] for the doctor" and [[Ryan|name]] was "asleep upstairs". Strong smell of cannabis in the hall.
We did not go in. I rang Mum on [[07842 615 093|phone]] - she came back at 10:05 on the bus from [[Great Yarmouth|place]]
and said she had a blood test at the James Paget. She said [[Tayla|name]] "wanted to stay and help". Neighbour at
[[no. 11|address]], Mrs [[Val Gotts|name]], came out and said the girl "is always minding that baby".
Reported to DSL [[Kerry Pestell|name]] 10:30. Referral to Yare Sands front door: yes (see MASH ref 26-88312).
Previous visits: [[22/09/2026|date]] (no answer), [[6 October|date]] (Mum at home, [[Tayla|name]] "poorly"), [[20.10.26|date]]
(Nan [[Sue Gedge|name]] answered, said she would take [[Tay|name]] in; she did, arrived 10:15).
Absence codes since [[3 September 2026|date]]: 14 x N, 3 x I, 2 x M ([[Alfie|name]]'s hospital appointments at the James Paget,
[[15/09|date]] and [[29/09|date]]). Friends in class: [[Ellie-Rose Tungate|name]], [[Maisie Goffin|name]] (who lives in
[[Scratby|place]]). Class teacher Mrs [[Sharman|name]] worried she is "falling asleep at her desk".
Follow-up: letter to [[Shannon Gedge|name]] posted [[6/11/2026|date]]; copy to [[Hannah Bunn|name]]
([[hannah.bunn@yaresands.gov.uk|email]]). Next visit Tuesday [[10 November|date]] with Mr [[Dack|name]].
Emergency contacts on the school system: [[Sue Gedge|name]] ([[01493 728 416|phone]]); [[Brenda Thurston|name]]
([[Martham|place]]); [[Jodie Bales|name]] ([[Caister-on-Sea|place]]).
"""),
    ("friend's Messenger chat screenshotted and sent to the school", """[screenshots sent by [[Jodie Bales|name]] to the school
office, [[9 Nov|date]], typed up by [[K Pestell|name]]]

[[shannon gedge|name]]
   u around hun? [[ryan|name]] kicked off again last nite
[[Jodie Bales|name]]
   omg babe r u ok?? where r the kids
[[shannon gedge|name]]
   [[tay|name]] had [[alfie|name]] in her room, she put the telly on loud bless her
   he was off his head on the bag again, smashed the tele remote
[[Jodie Bales|name]]
   come to mine, im at [[17 Beach rd|address]] now not [[hemsby|place]] no more
[[shannon gedge|name]]
   cant hes got my bank card. my mum [[sue|name]] says come to [[ormesby|place]] but she cant have [[ryan|name]] there
[[Jodie Bales|name]]
   u need to tell someone [[shan|name]]. tell that [[hannah|name]] from the social
[[shannon gedge|name]]
   dont u dare. theyll take [[tay|name]] n [[alfie|name]]. he sed hes going to his brother [[dean|name]] in [[bradwell|place]]
   on sat [[14th|date]]
[[Jodie Bales|name]]
   ok but im telling [[kerry|name]] at school if [[tay|name]] misses again. [[tayla|name]] told my [[ruby|name]] shes not had tea
[[shannon gedge|name]]
   fine. [[ryan|name]]s mum [[brenda|name]] in [[martham|place]] said she will have [[alfie|name]] [[thurs|date]]
[[shannon gedge|name]]
   [[jodie|name]] pls dont. [[sue|name]] is coming monday
[[Jodie Bales|name]]
   ok. love u. [[17 beach road|address]] if u need me, ill leave the back gate open. [[ruby|name]] n [[kai|name]] say hi to [[tay|name]]
"""),
    ("child protection conference decision sheet", """YARE SANDS COUNCIL - INITIAL CHILD PROTECTION CONFERENCE - DECISION
SHEET
Date: [[24/11/2026|date]]   Venue: Greyfriars House, [[Great Yarmouth|place]] (hybrid)   Chair: [[Philippa Knights|name]] (IRO)
Children: [[Tayla GEDGE|name]] (DOB [[19/08/2016|dob]], NHS [[651 455 4288|nhs]]);
[[Alfie THURSTON|name]] (DOB [[10/02/2024|dob]], NHS [[885 020 1788|nhs]])
Address: [[9 Kingston Avenue|address]], [[Caister-on-Sea|place]], [[Great Yarmouth|place]] [[NR30 5ET|postcode]]
Present: [[Shannon Gedge|name]] (mother); [[Sue Gedge|name]] (maternal grandmother, [[Ormesby St Margaret|place]]); [[Hannah
Bunn|name]] (social worker, [[0300 123 6942|phone]]); [[Kerry Pestell|name]] (DSL); HV [[Amrit Sohal|name]]; PC [[Luke Frary|name]]
2190 (Norfolk Constabulary). Apologies: [[Ryan Thurston|name]] (partner), Dr [[Okafor|name]] (Burgh Lane Surgery).
Decision: both children subject to child protection plans, category NEGLECT. Dissent: none.
Outline plan: [[Ryan|name]] to leave the home until a drug test ([[7 December|date]]) and agree a safety plan; [[Tayla|name]]
back at [[Caister Dunes|school]] full time; Nan [[Sue|name]] ([[01493 728 416|phone]]) to do the school run Mon-Wed.
First core group: [[2 December 2026|date]]. Review conference: [[16 February 2027|date]].
Reports received: school ([[K Pestell|name]]), health ([[A Sohal|name]]), police
(PC [[Frary|name]]), social work ([[H Bunn|name]]). GP report not received. Paternal grandmother [[Brenda Thurston|name]]
([[Martham|place]], [[01493 752 904|phone]]) to be assessed as a support. Minutes to: [[Shannon Gedge|name]],
[[Ryan Thurston|name]] ([[07519 384 206|phone]]), [[Sue Gedge|name]], [[4 Station Road|address]], [[Ormesby St
Margaret|place]] [[NR29 3PZ|postcode]]. Minute taker: [[Wendy Hewitt|name]].
Independent advocate for [[Tayla|name]]: [[Noor Rahman|name]]. [[Tayla|name]]'s wishes (read out by
[[Noor|name]]): "I want [[Alfie|name]] to be safe and I want to go to [[Caister Dunes|school]] and see [[Ellie-Rose|name]]."
Also invited, not attending: [[Kelly Pitchers|name]] (Early Help, [[Caister|place]] family hub); Dr [[Joy
Okafor|name]] (GP). Conference ref CP/26/1144. Date of next review confirmed with the chair [[24/11/2026|date]].
"""),
    ("school-run taxi driver's email to the council's transport team", """From: [[Gary Thrower|name]] <[[gary@seagullcars.co.uk|email]]>
Sent: [[12 November 2026|date]] 08:31
To: Passenger Transport
Subject: no show again - [[Kingston Ave|address]] pick up

Morning [[Tracy|name]],
Another no show at [[9 Kingston Avenue|address]] today, third time this week. Waited 8 mins. A bloke (tall, grey
trackies, I think the girl calls him [[Ry|name]]) came to the window and waved me off. The little girl [[Tayla|name]] was
crying in the front room. I carry on to [[Martham|place]] and [[Rollesby|place]] after so I cant wait longer.
Also his car, a silver Astra [[AK19 XRT|vehicle]], was parked on the pavement so I couldnt pull in.
[[Gary|name]] (Seagull Cars, car 14)
Re: no show again
From: [[Tracy Yallop|name]] <[[tracy.yallop@yaresands.gov.uk|email]]>, [[12 Nov 2026|date]] 09:12
Thanks [[Gary|name]], passing to the school ([[Kerry Pestell|name]]) and the social worker ([[Hannah Bunn|name]]). Please log
times on the app. [[Tracy|name]]

Re: Re: no show again
From: [[Gary Thrower|name]], [[13 November 2026|date]] 08:05
Picked up today, all fine. [[Tayla|name]] said Nan got her ready. Going via [[Scratby|place]] and [[California|place]] now.
Escort on the route: [[Pam Utting|name]] ([[Rollesby|place]]). Route 14:
[[Caister|place]] - [[Kingston Ave|address]] - [[Ormesby|place]] - [[Martham|place]] - [[Rollesby|place]].
"""),
]

# --- B. Sillis / Belton family (white British), Bradwell --------------------------------------------------------------------

HOME_B = d.Address("27 Beccles Road", "Bradwell", "Great Yarmouth", "NR31 8DG")
DAD_B = d.Address("Flat 3, 88 High Street", "Gorleston", "Great Yarmouth", "NR31 6RQ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Sillis")], dt.date(2014, 6, 3), addresses=[HOME_B], ids=["3512918492", "W926216127321"],
       schools=["Bradwell Marsh Academy"]),
    _p("m", "mother", [("Lacey", "Sillis")], dt.date(1991, 3, 22), addresses=[HOME_B], phones=["07761 029 457"]),
    _p("f", "father", [("Kyle", "Sillis")], dt.date(1989, 9, 9), addresses=[DAD_B], phones=["07398 512 664"],
       ids=["NE 27 63 40 C"]),
    _p("g", "grandparent", [("June", "Belton")], dt.date(1961, 4, 30), addresses=[HOME_B]),
    _p("p1", "professional", [("Omar", "Haddad")], phones=["01493 661 287"]),
], "c")

DOCS_B = [
    ("GP's referral letter to children's services", """Burgh Lane Surgery, [[Burgh Lane|address]], [[Bradwell|place]], [[Great
Yarmouth|place]] [[NR31 8PH|postcode]]   Tel [[01493 661 287|phone]]

[[9 October 2026|date]]
Children's Advice and Duty Service, Yare Sands Council

Dear colleague,
Re: [[Mason SILLIS|name]], DOB [[03.06.2014|dob]], NHS no [[351 291 8492|nhs]], [[27 Beccles Road|address]], [[Bradwell|place]],
[[NR31 8DG|postcode]]

I saw [[Mason|name]] today with his mother, Mrs [[Lacey Sillis|name]], and his grandmother, Mrs [[June Belton|name]], who lives with
them. He has superficial cuts to both forearms, some healed, some about three days old. He told me he began cutting in the
summer after boys at [[Bradwell Marsh|school]] posted a video of him crying. He said his dad, [[Kyle|name]], who lives in
[[Gorleston|place]], "gets drunk and says I'm soft". He denied any plan to end his life. I have referred him to the CAMHS
Point 1 service and am writing to you because of the father's drinking and the boy's comments about home.
Yours sincerely,
Dr [[Omar Haddad|name]], GP partner (safeguarding lead)
cc [[Priti Shah|name]], CAMHS, Northgate Hospital, [[Great Yarmouth|place]];
[[Anna Goffin|name]], DSL, [[Bradwell Marsh Academy|school]], [[Crab Lane|address]], [[Bradwell|place]].
Father's details (from the mother): [[Kyle SILLIS|name]], DOB [[09/09/1989|dob]], [[Flat 3, 88 High Street|address]],
[[Gorleston|place]], [[NR31 6RQ|postcode]], mobile [[07398 512 664|phone]], NI [[NE 27 63 40 C|ni]].
Previous: seen [[14 July 2026|date]] by Dr [[Lucy Ward|name]] (anxiety); and on
[[2 September 2026|date]] by nurse [[Kath Beales|name]] (a cut "from a can").
Household (from the registration records): [[Lacey SILLIS|name]] ([[22/03/1991|dob]]),
[[June BELTON|name]] ([[30/04/1961|dob]]), [[Mason SILLIS|name]].
"""),
    ("youth club session sheet, handwritten and read by OCR", """THE HATCH YOUTH CLUB - [[Bradwe11|place]] - SESSION SHEET
(scanned [[15/10/26|date]], OCR text, not corrected)
Date: [[14.1O.2O26|date]]   Workers: [[Dean Nudd|name]], [[Steph Qvinton|name]]
Young people in: 23 (names on sign in sheet)
Concerns:
- [[Mas0n S|name]] (12) quiet all night, sleeves down. Said "me nan [[June|name]] is the only one who gets it". Said his
  dad [[Ky1e|name]] turned up drunk at the [[Beccles Rd|address]] house on Sat and "my mum had to ring the police".
- [[Mason|name]] + [[Riley Ca11ow|name]] - pool table, fine.
- [[Steph|name]] told DSL line by phone [[21.10|date]]. Passed to [[Omar|name]]?? no - passed to school (Mrs [[Goffin|name]]).
Next session [[21.10.26|date]].
Sign in (extract): [[Mas0n Si11is|name]], [[Riley Callow|name]],
[[Tyler Bi11ham|name]], [[Harvey P|name]], [[Logan Mobbs|name]] - all [[Bradwe1l|place]] / [[Gor1eston|place]].
Parent call-back: Mum ([[Lacey|name]]) [[07761 029 457|phone]] - spoke [[15.10|date]].
Worker reflection ([[D Nudd|name]]): [[Mason|name]] mentioned "[[Tay1or|name]]"
and "[[Harv|name]]" from the video. Next worker on: [[Steph Quinton|name]], [[Jade Lark|name]].
Lift home: [[Mason|name]] walked with [[Riley|name]] to [[Magda1en Way|address]], [[Gorleston|place]].
"""),
    ("core group meeting minutes", """Core group meeting - [[Mason Sillis|name]] ([[27 Beccles Road|address]], [[Bradwell|place]])
Held: Tuesday [[3 November 2026|date]], 15:30, at [[Bradwell Marsh Academy|school]]
Present: [[Chloe Harrod|name]] (SW, Yare Sands), [[Lacey Sillis|name]] (mum), [[June Belton|name]] (nan), [[Anna Goffin|name]]
(DSL), [[Priti Shah|name]] (CAMHS). Not present: [[Kyle Sillis|name]] (dad) - texted [[Chloe|name]] at 14:58 from
[[07398 512 664|phone]] "cant make it at work in [[Lowestoft|place]]".
1. [[Mason|name]]'s views ([[Chloe|name]] saw him on [[30 Oct|date]]): wants to stay at school, wants the video down, does not
   want to go to Dad's flat in [[Gorleston|place]] at weekends "when he's drinking".
2. Online bullying: school has spoken to the families of two boys; one lives in [[Belton|place]], one in [[Hopton|place]].
   Police (PC [[Ellis|name]]) advised Report Remove.
3. Dad: [[Lacey|name]] says [[Kyle|name]] came to the house on [[10 October|date]] drunk; police attended. Contact to be at
   [[June|name]]'s sister's in [[Burgh Castle|place]] ([[2 Butt Lane|address]]) only, daytime.
Next core group: [[1 December 2026|date]].
4. [[June|name]]'s health: knee operation at the James Paget on [[19 November|date]]; [[Lacey|name]]'s friend
[[Gemma Carver|name]] ([[7 Lords Lane|address]]) will do mornings. 5. Contact with paternal nan [[Irene Sillis|name]] in
[[Cobholm|place]] - [[Mason|name]] would like it; [[Chloe|name]] to ring her.
Attendance at [[Bradwell Marsh|school]] since [[3 September|date]]: 88%. Next CAMHS appointment: [[12 November|date]] with
[[Priti|name]] at Northgate. Minutes by [[Dee Brundish|name]], sent [[4/11/2026|date]].
Actions: [[Chloe Harrod|name]] to see [[Mason|name]] at home by [[17/11/2026|date]]; [[Anna Goffin|name]] to meet
[[Tyler Bilham|name]]'s and [[Harvey Pegg|name]]'s parents; [[Lacey|name]] to tell [[Chloe|name]] if [[Kyle|name]] comes to
[[Beccles Road|address]].
"""),
    ("boy's Snapchat messages to a friend, typed up by a teacher", """Typed by [[A. Goffin|name]] from [[Riley|name]]'s phone (he showed
me, [[5/11/26|date]]). Usernames kept as shown.

mase_x: they posted it again on the group
rileyc_07: who did
mase_x: [[tyler|name]] n that kid from [[belton|place]] [[harvey|name]]
mase_x: i cant go in 2moro
rileyc_07: come to mine after, my mum [[kelly|name]] dont mind. [[magdalen way|address]] by the shop
mase_x: cant my dad is coming round again he messaged nan
mase_x: [[june|name]] says shes calling [[chloe|name]] if he turns up
rileyc_07: u ok tho. u aint doing the arms thing again
mase_x: bit
rileyc_07: [[tyler bilham|name]] lives by the [[Green Lane|address]] shop
in [[belton|place]] innit
mase_x: ye his mum is [[shaz|name]] she works at the chippy in [[gorleston|place]]
mase_x: nan [[june|name]] is taking me to the pier on sat [[7th|date]] if im good lol
rileyc_07: [[harvey|name]] sed hes sorry. [[logan|name]] made him
mase_x: tell [[logan|name]] ty
rileyc_07: [[mason|name]] come saturday [[kelly|name]] is doing pizza
"""),
]

# --- C. Neto / Boa Morte family (Santomean), Southtown, Great Yarmouth --------------------------------------------------------

HOME_C = d.Address("Flat 2, 41 Southtown Road", "Southtown", "Great Yarmouth", "NR31 0JJ")
DAD_C = d.Address("Rua Dom Pedro V 18", "Cacilhas", "Almada", "2800-128")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ariana", "Neto")], dt.date(2011, 4, 14), addresses=[HOME_C], ids=["5309423923"]),
    _p("s", "sibling", [("Kelvin", "Neto")], dt.date(2017, 7, 1), addresses=[HOME_C], ids=["4436690482", "Z926215746238"],
       schools=["Southtown Quay Primary School"]),
    _p("m", "mother", [("Edna", "Trindade Neto")], dt.date(1989, 12, 5), addresses=[HOME_C], phones=["07920 447 138"],
       ids=["PH 64 18 03 D"]),
    _p("f", "father", [("Lúcio", "Boa Morte")], dt.date(1985, 2, 17), addresses=[DAD_C], phones=["+351 912 384 561"]),
    _p("g", "grandparent", [("Filomena", "Trindade")], addresses=[], phones=["+239 991 2458"]),
], "c")

DOCS_C = [
    ("child and family assessment with a Portuguese interpreter", """CHILD AND FAMILY ASSESSMENT (extract: family history)
Children: [[Ariana NETO|name]] (15, DOB [[14/04/2011|dob]]) and [[Kelvin NETO|name]] (9, DOB [[01/07/2017|dob]])
Address: [[Flat 2, 41 Southtown Road|address]], [[Southtown|place]], [[Great Yarmouth|place]] [[NR31 0JJ|postcode]]
Interpreter: [[Sandra Pires|name]] (Portuguese), in person, [[19 October 2026|date]] and [[26 October 2026|date]]

[[Edna Trindade Neto|name]] was born in [[São Tomé|place]] and grew up in the [[Riboque|place]] district with her mother,
[[Filomena Trindade|name]], who still lives there ([[+239 991 2458|phone]]) on [[Rua de Angola|address]]. She speaks Forro
with her mother and Portuguese with the children. She moved to [[Lisbon|place]] at 19 and lived in [[Almada|place]] with the
children's father, [[Lúcio Boa Morte|name]], who stayed there when she came to [[Yarmouth|place]] in 2019 for work at the
turkey factory. [[Lúcio|name]] lives at [[Rua Dom Pedro V 18|address]], [[Cacilhas|place]], [[2800-128|postcode]]
[[Almada|place]]; he rings [[Kelvin|name]] on Sundays. [[Edna|name]]'s cousin [[Nilton Carvalho|name]] lives in
[[Thetford|place]] and is the only family in England.
[[Ariana|name]] has been going to "[[Pedro|name]]'s" flat near the [[Market Place|address]] after school; [[Pedro|name]] is said to be 23
and to drive a black Golf ([[EY68 KWV|vehicle]]). [[Ariana|name]] says he is her boyfriend. [[Edna|name]] did not know his surname.
[[Kelvin|name]] goes to [[Southtown Quay Primary|school]] (UPN
[[Z926215746238|upn]], NHS [[443 669 0482|nhs]]); his teacher Mr [[Gosling|name]] says he is "a joy". [[Ariana|name]] ([[Ari|name]])
left [[Broadside|school]] in Year 9 when the family moved and now attends college in [[Lowestoft|place]] two days a week.
[[Edna|name]]'s phone: [[07920 447 138|phone]]; [[Lúcio|name]]'s: [[+351 912 384 561|phone]]. [[Edna|name]] works for an agency
in [[Great Yarmouth|place]] whose supervisor is [[Fátima Lopes|name]].
Visits: [[19/10/2026|date]] (home), [[22/10/2026|date]] ([[Ariana|name]]
alone, at the library), [[26/10/2026|date]] (home). [[Ariana|name]]'s friend [[Leticia Varela|name]]
(from [[Lowestoft|place]]) was present for part of the second visit.
Genogram (people named by the family): [[Filomena Trindade|name]] (grandmother,
[[São Tomé|place]]); [[Graça Boa Morte|name]] (paternal grandmother, [[Almada|place]]); [[Nela|name]] (aunt, [[Neves|place]]);
[[Nilton Carvalho|name]] (cousin, [[Thetford|place]]); [[Célia Mendes|name]] (neighbour, [[flat 1|address]]).
"""),
    ("WhatsApp voice notes transcribed and translated from Portuguese and Forro", """Voice notes from [[Edna|name]]'s phone, played
with her consent on [[2 November 2026|date]]; transcribed and translated by [[S. Pires|name]]. Contact names as saved.

[Mamã, [[31/10|date]], 21:14, Forro] "[[Edna|name]], my daughter, the little one [[Kelvin|name]], how is his hand? Put the aloe, like
I did for you in [[Trindade|place]]. Don't let [[Ariana|name]] go out with that man."
[[Lúcio|name]], [[31/10|date]], 22:02, Portuguese: "[[Edna|name]], [[Ari|name]] sent me a photo with a guy in a car. Who is he? I will
send her money for the ticket to [[Almada|place]] for Christmas, she can stay with me and my mother Dona [[Graça|name]] ."
[[Ari|name]] (daughter), [[01/11|date]], 00:47, English: "mum im at [[pedro|name]]s dont wait up, hes taking me to
[[norwich|place]] tomoz"
[Mamã, [[1/11|date]], 09:30, Forro] "Pray to Santo António and ring tia [[Nela|name]] in [[Neves|place]]."
[[Nilton|name]], [[2/11|date]], 08:15, Portuguese:
"Prima, I'm coming from [[Thetford|place]] on Saturday. Leave [[Kelvin|name]] with Dona [[Célia|name]] downstairs at
[[flat 1|address]] if you work."
[[Ari|name]], [[2/11|date]], 19:02, English: "mum
sorry. [[pedro|name]] left me at [[gorleston|place]] station thing. [[bruno|name]] drove me home"
[Mamã, [[3/11|date]], 07:40, Forro] "I spoke to
[[Lúcio|name]]. He says send [[Ari|name]] to [[Almada|place]]. His mother [[Graça|name]] has room at [[Cacilhas|place]]."
"""),
    ("police public protection notice (child)", """NORFOLK CONSTABULARY - PUBLIC PROTECTION NOTICE (CHILD)  PPN ref 36/77120/26
Date/time: [[01/11/2026|date]] 03:20   Officer: PC [[Jake Larter|name]] 1847   Location: [[Regent Road|address]], [[Great
Yarmouth|place]] (outside the amusements)
Subject: [[NETO, Ariana|name]]  DOB [[14/04/2011|dob]]  Home: [[41 Southtown Rd|address]] (flat 2)
Circumstances: found in the rear of a black VW Golf [[EY68 KWV|vehicle]] with the driver, [[PEDRO MIGUEL SANTOS|name]] (DOB
[[22/03/2003|dob]], of [[Row 111|address]], [[Great Yarmouth|place]]), and a second male, [[Bruno|name]] (no surname given).
Child intoxicated; said she had been in [[Norwich|place]]. Mother ([[Edna NETO|name]], [[07920 447 138|phone]]) attended 03:55.
Risk: HIGH (CSE indicators). Referred to MASH and the Missing and Exploitation hub.
Previous: PPN [[12/10/2026|date]] (missing from [[Southtown|place]], found at [[Caister|place]]
beach by PCSO [[Amy Bird|name]]). Mother's NI: [[PH 64 18 03 D|ni]]. Other children at the address: [[Kelvin NETO|name]]
([[01/07/2017|dob]]).
Officer's note: [[SANTOS|name]] stated he believed [[Ariana|name]] was 18. Driver's licence
address: [[Row 111|address]], [[NR30 2BH|postcode]]. Supervisor: Sgt [[Kim Ogden|name]] 981, [[01/11/2026|date]] 05:10.
Other adult present at the scene: [[Bruno TAVARES|name]] (DOB [[30/08/2001|dob]]), of
[[Nelson Road Central|address]], [[Great Yarmouth|place]].
"""),
    ("paediatric discharge summary", """James Paget University Hospital - Paediatric Assessment Unit - DISCHARGE SUMMARY
Patient: [[Kelvin NETO|name]]   DOB [[01-07-2017|dob]]   NHS [[443 669 0482|nhs]]   Hospital no. J2281994
Address: [[Flat 2, 41 Southtown Road|address]], [[Great Yarmouth|place]] [[NR31 0JJ|postcode]]
Admitted [[28/10/2026|date]] 19:10; discharged [[30/10/2026|date]]. Consultant: Dr [[Ifeoma Adeyemi|name]]
Presenting: partial thickness scald, right hand and wrist (2%), said by mother to be from a pan of boiling water on
[[27 October|date]] while she was at work and [[Ariana|name]] (sister, 15) was cooking. Delay in presentation of about 24 h.
Mechanism consistent with a spill (splash pattern, no glove or tide line). Skeletal survey not indicated.
Social: seen by hospital social worker [[Ruth Vincent|name]]; allocated SW is [[Marta Kowal|name]]. School: [[Southtown Quay
Primary|school]]. GP: Shrublands Medical Centre, [[Gorleston|place]].
Follow-up: burns dressing clinic [[3 November 2026|date]].
Next of kin: [[Edna TRINDADE NETO|name]] (mother), [[07920 447 138|phone]]. Interpreter used:
[[Sandra Pires|name]] (Portuguese), [[29/10|date]]. Copy: GP; HV [[Jess Howlett|name]]; school nurse [[Becca Dunn|name]].
Discharge letter to: [[Edna Trindade Neto|name]], [[Flat 2, 41 Southtown Road|address]], [[NR31 0JJ|postcode]].
Dictated [[30/10/2026|date]] by Dr [[I. Adeyemi|name]]; typed [[31/10/2026|date]] by [[Carol Youngs|name]].
Safeguarding discussion: Dr [[Adeyemi|name]] with [[Ruth Vincent|name]] and [[Marta Kowal|name]],
[[29/10/2026|date]] 14:00. Sister [[Ariana|name]] seen with mother on the ward.
"""),
]

# --- D. Brame family (white British), Oulton Broad, Lowestoft ---------------------------------------------------------------

HOME_D = d.Address("16 Bridge Road", "Oulton Broad", "Lowestoft", "NR33 9JX")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Jack", "Brame")], dt.date(2011, 1, 29), addresses=[HOME_D], phones=["07463 118 529"],
       ids=["4607221074", "J935218124493"], schools=["Broadside High School"]),
    _p("m", "mother", [("Kirsty", "Brame")], dt.date(1985, 8, 16), addresses=[HOME_D], phones=["07584 903 271"]),
    _p("p1", "professional", [("Naomi", "Kerrison")], phones=["01502 563 918"], emails=["naomi.kerrison@waveneyness.gov.uk"]),
], "c")

DOCS_D = [
    ("National Referral Mechanism referral form extract", """NRM REFERRAL (child) - extract, submitted [[20/11/2026|date]]
First responder: Waveney Ness Council - [[Naomi Kerrison|name]], [[naomi.kerrison@waveneyness.gov.uk|email]],
[[01502 563 918|phone]]
Potential victim: Surname [[BRAME|name]]  Forename(s) [[Jack|name]] (known as [[Jacko|name]])  DOB [[29/01/2011|dob]]
Address: [[16 Bridge Road|address]], [[Oulton Broad|place]], [[Lowestoft|place]], [[NR33 9JX|postcode]]
Mobile: [[07463 118 529|phone]] (also a "work phone", number unknown)
Type of exploitation: criminal - county lines ("the [[Ipswich|place]] line": [[Ipswich|place]] to [[Lowestoft|place]])
Account: [[Jack|name]] was found on [[14 November 2026|date]] by Suffolk Police in a flat at [[Kirkley|place]] ([[Flat 6,
Belvedere Court|address]], [[London Road South|address]]) with 11 wraps and £340. An older male known as "[[Tiny|name]]"
([[Marcus Feakes|name]], 19) recruited him at [[Oulton Broad North|place]] station in August.
Parent/carer: [[Kirsty BRAME|name]], mother, [[07584 903 271|phone]],
same address. School: [[Broadside High School|school]], UPN [[J935218124493|upn]]. NHS [[460 722 1074|nhs]].
Other people: "[[Kayleigh|name]]" (16?, [[Ipswich|place]]); [[Reece LOCKWOOD|name]] (DOB [[03/05/2004|dob]]); [[Harley Sturman|name]]
([[Pakefield|place]]).
Date of first concern: [[21 August 2026|date]] (mother's call to [[Naomi|name]]).
Countersigned: [[Gemma Tooley|name]], Service Manager, [[24/11/2026|date]].
Locations: [[Ipswich|place]] ([[Chantry|place]] estate); [[Felixstowe|place]];
[[Kirkley|place]] ([[Belvedere Court|address]]); [[Oulton Broad North|place]] station.
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Jack Brame|name]] (15)
Missing: [[16/11/2026|date]] 18:00 to [[18/11/2026|date]] 07:40
Interviewer: [[Leon Aldred|name]] (Missing and Exploitation hub)   Held: [[19 Nov 2026|date]] at [[Broadside High|school]]
Where were you? "[[Ipswich|place]], then [[Felixstowe|place]]. Stayed at a girl's, [[Kayleigh|name]]'s, on the [[Chantry|place]]
estate." Said he got the train from [[Oulton Broad South|place]] with "[[Tiny|name]]".
Who knew? "Mum didn't. My mate [[Harley|name]] from [[Pakefield|place]] did." Phone: he lost it; a new one, handle oultonboi15.
Harm: a cut to his left palm he says was "from a fence". Asked about debt: "I owe T nothing."
Slept one night in Nicholas Everitt Park "by the boats".
What would help: "Get me off this estate. Go to my uncle [[Carl|name]]'s in [[Beccles|place]]."
Shared with SW [[N. Kerrison|name]] and PC [[Jo Aldis|name]] (Suffolk Police, [[Lowestoft|place]] CID) the same day.
Previous episodes: [[2 October 2026|date]] (found in [[Carlton Colville|place]] by his uncle
[[Carl|name]]); [[14 November 2026|date]] (found at [[Belvedere Court|address]]).
Mum ([[Kirsty|name]], [[07584 903 271|phone]]) told afterwards by [[Leon|name]], [[19/11/2026|date]] 16:40.
Friends named: [[Harley|name]] ([[Pakefield|place]]), [[Josh|name]] ([[Kessingland|place]]), [[Kayleigh|name]]
([[Ipswich|place]]).
"""),
    ("mother's handwritten letter to the team manager", """[[16 Bridge Rd|address]]
[[Oulton Broad|place]]
[[23rd Nov|date]]

Dear Mrs [[Ashby|name]],
I am writing because nobody listens on the phone. My son [[Jack|name]] ([[Jacko|name]]) is 15 and he is being used by men
from [[Ipswich|place]]. I told [[Naomi|name]] in August and I told the school. On the [[16th|date]] he went and I rang the
police at 9pm and they said he is "streetwise". He was in a flat in [[Kirkley|place]] with drugs. I want him moved, my
brother [[Carl Brame|name]] in [[Beccles|place]] will have him. I am on [[07584 903 271|phone]].
I am not a bad mum I work at the Co-op on [[Bridge Road|address]] and I cant watch him 24/7.
[[Kirsty Brame|name]]
PS his dad [[Steve Brame|name]] is in [[Norwich|place]] prison and is no help.
[[Jacko|name]]s girlfriend [[Kayleigh|name]] rings the house from [[Ipswich|place]] at 2am.
cc my MP and [[Naomi Kerrison|name]]. My address is on top ([[NR33 9JX|postcode]]).
I have rang [[Leon|name]] and Mrs [[Ashby|name]]s secretary [[Dawn|name]] and nobody rings back.
"""),
    ("multi-agency child exploitation panel minutes", """MACE PANEL ([[Lowestoft|place]]) - [[2 December 2026|date]] - item 4: JB
Young person: [[Jack BRAME|name]], 15, [[Oulton Broad|place]]. Lead: [[Naomi Kerrison|name]]. Police: DS [[Mark Catchpole|name]].
Update: second missing episode ([[16|date]]-[[18 Nov|date]]). Linked nominals: [[Marcus FEAKES|name]] ("[[Tiny|name]]"), [[Reece
Lockwood|name]] ([[Ipswich|place]]). Address of concern: [[Belvedere Court|address]], [[Kirkley|place]] - closure order sought.
School: [[Broadside|school]] has him on a part-time timetable. NRM referral made [[20/11/2026|date]]; reasonable grounds awaited.
Actions: disruption at [[Oulton Broad North|place]] and [[Lowestoft|place]] stations (BTP); explore placement with uncle in
[[Beccles|place]]; [[Leon|name]] to keep weekly contact.
Present: [[Naomi Kerrison|name]], DS [[Catchpole|name]], [[Leon Aldred|name]],
[[Sian Baldry|name]] ([[Broadside|school]]), [[Gill Kett|name]] (YOT). Next review [[6 January 2027|date]].
Other young people from [[Oulton Broad|place]] linked to [[FEAKES|name]]: [[Harley
STURMAN|name]] (16), [[Josh Cutting|name]] (14, [[Kessingland|place]]). Vehicle of interest: grey Corsa [[EU20 PFX|vehicle]].
Minutes: [[Rachel Bird|name]]. Circulated [[3/12/2026|date]].
"""),
]

# --- E. Horváth / Horváthová / Dužda family (Czech Roma), Carlton Colville, Lowestoft ------------------------------------------

HOME_E = d.Address("31 Hollow Grove Way", "Carlton Colville", "Lowestoft", "NR33 8RD")
NAN_E = d.Address("Božkova 12", "Přívoz", "Ostrava", "702 00")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Denis", "Horváth")], dt.date(2013, 9, 2), addresses=[HOME_E], ids=["4020521840", "U935213223464"]),
    _p("s", "sibling", [("Nikola", "Horváthová")], dt.date(2019, 5, 12), addresses=[HOME_E], ids=["3220135412", "M935212678416"],
       schools=["Carlton Meadows Primary School"]),
    _p("m", "mother", [("Renata", "Horváthová")], dt.date(1992, 11, 18), addresses=[HOME_E], phones=["07833 640 195"]),
    _p("f", "father", [("Milan", "Horváth")], dt.date(1988, 7, 4), addresses=[HOME_E], phones=["07701 392 846"],
       ids=["ST 38 52 17 B"]),
    _p("g", "grandparent", [("Marie", "Dužda")], addresses=[NAN_E], phones=["+420 603 418 275"]),
], "c")

DOCS_E = [
    ("EAL coordinator's note of a meeting with the family", """[[Carlton Meadows Primary|school]] - EAL note - meeting with the
[[Horváth|name]] family, Wednesday [[4 November 2026|date]]
Present: [[Renata Horváthová|name]] (mum), [[Milan Horváth|name]] (dad), [[Nikola|name]] (Year 2), Mrs [[Jana Smith|name]]
(EAL coordinator, speaks Czech and Slovak). [[Denis|name]] (13) came too; he has had no school place since moving from
[[Ostrava|place]] in June.
Mum says the family lived in [[Přívoz|place]] and her mother, [[Marie Dužda|name]], is still at [[Božkova 12|address]],
[[702 00|postcode]] [[Ostrava|place]] ([[+420 603 418 275|phone]]). Dad works nights at a fish processor in [[Lowestoft|place]].
[[Denis|name]] is minding [[Nikola|name]] before school. I explained the in-year admission form for [[Denis|name]] and gave
the number for the county admissions team. Mum said the landlord, "pan [[Kemp|name]]", has given a notice to leave
[[31 Hollow Grove Way|address]].
[[Nikola|name]]'s UPN [[M935212678416|upn]]; NHS [[322 013 5412|nhs]].
[[Denis|name]]'s UPN [[U935213223464|upn]]; NHS [[402 052 1840|nhs]]. Dad's phone [[07701 392 846|phone]], Mum's
[[07833 640 195|phone]]. Uncle [[Ladislav Dužda|name]] ("[[Laco|name]]") lives in [[Karviná|place]].
Family phone in [[Ostrava|place]]: [[+420 603 418 275|phone]] (babička [[Marie|name]]).
Next meeting: [[25 November 2026|date]] with [[Tomasz Wicks|name]] (SW).
[[Nikola|name]]'s class teacher: Miss [[Hannah Reeve|name]]. [[Denis|name]]'s
last school in [[Ostrava|place]]: [[ZŠ Přívoz|school]] (closed to him in May).
"""),
    ("neighbours' Facebook group thread, screenshotted", """[screenshot from Carlton Colville Community Noticeboard, sent
to the social worker by [[Renata|name]] on [[10/11/2026|date]]]

[[Tracey Blowers|name]]: Anyone else fed up of the kids from [[31|address]] on [[Hollow Grove|address]]? Big lad on a bike
at 11am every day, should be in school
  [[Paul Aldous|name]]: ring the council hun
  [[Renata Horvathova|name]]: He is my son [[Denis|name]]. No school give him place yet. We wait. Please not write this
  [[Kev Durrant|name]]: go back to [[ostrava|place]] then
  [[Shelley Mobbs|name]]: Thats out of order [[Kev|name]]. @[[Renata|name]] msg me, my [[Logan|name]] is in yr 9 at
  [[Pakefield High|school]] he can walk with him when he gets in
  [[Tracey Blowers|name]]: wasnt being funny just saying
  [[Renata Horvathova|name]]: thank you [[Shelley|name]]. [[Denis|name]] will come
  to your house Monday [[16th|date]]? we are by the [[Rhodes Avenue|address]] end
  [[Shelley Mobbs|name]]: yes hun [[no. 4|address]] [[Hollow Grove|address]] x
  [[Paul Aldous|name]]: [[Kev|name]] mate thats not on. [[Renata|name]] welcome to
  [[Carlton Colville|place]]
  [[Tracey Blowers|name]]: ok [[Paul|name]] calm down
"""),
    ("letter before proceedings", """Waveney Ness Council, Children and Young People's Services

Mr [[Milan Horváth|name]] and Ms [[Renata Horváthová|name]]
[[31 Hollow Grove Way|address]]
[[Carlton Colville|place]]
[[Lowestoft|place]] [[NR33 8RD|postcode]]
[[27 November 2026|date]]

IMPORTANT: LETTER BEFORE PROCEEDINGS - [[Denis|name]] ([[02/09/2013|dob]]) and [[Nikola|name]] ([[12/05/2019|dob]])

Dear Mr [[Horváth|name]] and Ms [[Horváthová|name]],
We are worried that [[Denis|name]] has not been in education since June and that [[Nikola|name]] has been left at home with
him without an adult. A pre-proceedings meeting will be held on [[8 December 2026|date]] at 10:00 at Riverside, [[Lowestoft|place]].
A Czech interpreter will be there. Please bring a solicitor; a list is enclosed. Your social worker is [[Tomasz Wicks|name]].
Yours sincerely, [[Gemma Tooley|name]], Service Manager
cc Mrs [[Jana Smith|name]], [[Carlton Meadows Primary School|school]]; [[Tomasz Wicks|name]], social
worker, [[01502 716 430|phone]].
Copy: [[Marie Dužda|name]] is not sent a copy. Interpreter booked: [[Pavel Novák|name]], [[8/12/2026|date]].
Solicitors near you: [[Norton|name]] & Co, [[Lowestoft|place]]; [[Hatch Brenner|name]], [[Norwich|place]].
"""),
    ("social worker's notes typed fast on a phone", """[[tomasz|name]] notes [[12/11|date]] hv [[horvath|name]]
- seen [[renata|name]], [[milan|name]] asleep (nights), [[nikola|name]] at [[carlton meadows|school]], [[denis|name]] home playing fifa
- [[denis|name]] says misses [[ostrava|place]], cousin [[david|name]] + strejda [[laco|name]] ([[+420 737 204 619|phone]]) there
- landlord [[kemp|name]] notice [[31/12|date]], mum scared of going to [[kirkley|place]] hostel
- babicka [[marie|name]] rang during visit on speaker
- [[nikola|name]] nhs [[322 013 5412|nhs]] - gp reg not done, gave form for Rosedale surgery
- TO DO: admissions chase, [[jana smith|name]] re interp, housing [[lindsey|name]]
- [[milan|name]] ni [[ST 38 52 17 B|ni]]?? check w/ dwp
- next hv [[19/11|date]] 4pm w [[jana|name]]
- [[renata|name]] says [[milan|name]] brother [[josef|name]] in [[peterborough|place]] could help
- ring [[gemma|name]] re lbp [[27/11|date]]; [[pavel|name]] interp [[8/12|date]]
"""),
]

# --- F. Duffield family (white British), Hopton-on-Sea ----------------------------------------------------------------------

HOME_F = d.Address("5 Coast Road", "Hopton-on-Sea", "Great Yarmouth", "NR31 9BT")
MUM_F = d.Address("Flat 12, Kensington Court", "Heartsease", "Norwich", "NR7 9AB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Tia-Mae", "Duffield")], dt.date(2020, 3, 6), addresses=[HOME_F], ids=["8541399273", "U926219978928"],
       schools=["Hopton Cliff Infants"]),
    _p("g", "grandparent", [("Pauline", "Duffield")], dt.date(1963, 10, 1), addresses=[HOME_F], phones=["07946 215 387"]),
    _p("m", "mother", [("Chelsea", "Duffield")], dt.date(2001, 6, 25), addresses=[MUM_F], phones=["07852 306 714"]),
    _p("o", "other", [("Jordan", "Mayes")], dt.date(1999, 1, 13), phones=["07415 628 930"]),
], "c")

DOCS_F = [
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Schedule, Reg 21) - extract
Child: [[Tia-Mae DUFFIELD|name]], DOB [[06/03/2020|dob]], NHS [[854 139 9273|nhs]], UPN [[U926219978928|upn]]
Proposed special guardian: [[Pauline DUFFIELD|name]] (maternal grandmother), [[5 Coast Road|address]], [[Hopton-on-Sea|place]],
[[NR31 9BT|postcode]], tel [[07946 215 387|phone]]. Assessor: [[Bryony Cullum|name]], Yare Sands kinship team.
[[Pauline|name]] has cared for [[Tia-Mae|name]] since [[15 January 2026|date]], when [[Chelsea|name]] ([[Tia-Mae|name]]'s mother) was
arrested at [[Flat 12, Kensington Court|address]], [[Heartsease|place]], [[Norwich|place]]. [[Pauline|name]] was widowed in 2019
(husband [[Roy|name]]); her son [[Darren Duffield|name]] lives in [[Corton|place]] and helps on Saturdays. Her health: type 2
diabetes, well managed (GP letter [[3 Oct 2026|date]]). [[Tia-Mae|name]] is settled at [[Hopton Cliff|school]] and goes to Rainbows
at the church hall. Risk: [[Jordan Mayes|name]], [[Chelsea|name]]'s ex-partner, knows the address.
References: [[Sheila Bensly|name]] (friend, [[Hopton|place]]); Rev [[Alan Crowe|name]]
([[Gorleston|place]]). [[Chelsea|name]]'s mobile: [[07852 306 714|phone]]. [[Jordan|name]]'s: [[07415 628 930|phone]]
(DOB [[13/01/1999|dob]]).
[[Tia-Mae|name]]'s father: [[Liam Warnes|name]] (not named on the birth certificate; lives
in [[Sprowston|place]]). Panel date: [[11 February 2027|date]].
[[Pauline|name]]'s support: [[Darren Duffield|name]] ([[Corton|place]], [[07415 628 930|phone]]? - no, that is
[[Jordan|name]]'s; [[Darren|name]]'s number to follow).
"""),
    ("supervised contact session record", """CONTACT SESSION RECORD - Family Time, [[Great Yarmouth|place]] contact centre
Date: Saturday [[7 November 2026|date]], 10:00-11:30   Supervisor: [[Ellie Gray|name]]
Child: [[Tia-Mae|name]] (6)   Adult: [[Chelsea Duffield|name]] (mother) - arrived 10:22 by train from [[Norwich|place]]
10:25 [[Tee|name]] ran to Mum, hugged. Mum brought a doll and a card "from Nanny [[Lyn|name]]" (Mum's friend in
[[Thorpe St Andrew|place]]).
10:50 Mum on phone for 4 min despite the agreement; she said it was "[[Jordan|name]], about money". Redirected.
11:05 [[Tee|name]] asked "are you coming to [[Hopton|place]]?" Mum said "soon, when the judge says". Told her about the beach
at [[Gorleston|place]] and the Pleasure Beach. We walked past Britannia Pier on the way in.
11:30 handed back to [[Pauline|name]] in reception.
Next: [[21 November 2026|date]] (to be confirmed by [[Bryony|name]]).
Mum's new address given: [[Flat 12, Kensington Court|address]], [[Norwich|place]]
[[NR7 9AB|postcode]]. Grandmother's phone for the day: [[07946 215 387|phone]].
Summary to [[Bryony Cullum|name]] and [[Pauline Duffield|name]], [[7/11/2026|date]]. [[E. Gray|name]]
Travel: Mum's train [[Norwich|place]] - [[Great Yarmouth|place]]; return 12:05.
"""),
    ("grandmother's diary pages, photographed", """(photos of [[Pauline|name]]'s diary, given to [[Bryony|name]], typed as written)

Mon [[2nd|date]] - T good at school, Miss [[Bensly|name]] says reading is come on.
Tues [[3rd|date]] - [[Chels|name]] rang 10pm crying from [[norwich|place]], [[jordan|name]] back on the scene I think. Didnt tell T.
Weds [[4th|date]] - [[Darren|name]] came round fixed the gate. The car that sat outside on Sunday is [[jordan|name]]s mates, a
white van, [[Darren|name]] says.
Thurs [[5th|date]] - [[Tee|name]] wet the bed again. Washed everything. Tired.
Sat [[7th|date]] - contact. [[Tee|name]] quiet in the car home, said Mummy was on her phone. Fish and chips at [[Caister|place]].
Sun [[8th|date]] - church at [[Gorleston|place]] with [[Sheila|name]]. [[Tee|name]] played with
[[Sheila|name]]s grandson [[Archie|name]].
Mon [[9th|date]] - [[Bryony|name]] came 2pm. Told her about [[Jordan|name]] and the van.
Tue [[10th|date]] - [[Chels|name]] text - sorry mum. Told [[Darren|name]].
"""),
    ("witness statement (MG11) about doorbell footage", """WITNESS STATEMENT (CJ Act 1967, s.9; MCR, r.16.2) - MG11
Statement of: [[Pauline Ann DUFFIELD|name]]   Age: over 18   Occupation: retired school cook
I live at [[5 Coast Road|address]], [[Hopton|place]], with my granddaughter. On Sunday [[15th November 2026|date]] at about
21:40 my Ring doorbell alerted me. The footage shows a man I know as [[Jordan MAYES|name]] at my door. He rang five times and
shouted "[[Chels|name]] can't keep her from me". I did not open the door. My neighbour [[Keith Coleby|name]] from
[[no. 7|address]] came out and [[Jordan|name]] left in a white van. I have given the footage to PC [[Sam Bullen|name]]
(Norfolk Constabulary). I have phoned [[Chelsea|name]] on [[07852 306 714|phone]] and she told me she gave him my address.
Signed: [[P. A. Duffield|name]]   Witnessed: PC [[S. Bullen|name]] 2204   Date: [[16/11/2026|date]]
Van registration seen on footage: [[VN17 OHJ|vehicle]]. The second man in the van
I think is [[Dale Mayes|name]], his brother, from [[Lowestoft|place]]. Further contact: [[07817 493 025|phone]] (my landline is
broken).
Exhibit: PD/1 (footage of [[15/11/2026|date]]). Statement taken at [[5 Coast Road|address]],
[[Hopton-on-Sea|place]] [[NR31 9BT|postcode]].
I know [[Jordan|name]] because he lived with [[Chelsea|name]] at [[Kensington Court|address]],
[[Heartsease|place]], in 2025.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 96 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 06:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "nurse", "our", "me", "nan", "nana", "nanna",
           "nanny", "gran", "granny", "grandad", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle",
           "avó", "avo", "avô", "mamã", "mama", "papa", "dona", "senhora", "babička", "babicka", "strejda", "teta", "pan", "paní",
           "pani", "hv", "sw"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "norfolk", "suffolk",
               "east anglia", "the broads", "são tomé and príncipe", "sao tome and principe", "são tomé e príncipe",
               "portugal", "czech republic", "czechia", "moravia", "slovakia", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it) with this set's titles and kinship words and counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
