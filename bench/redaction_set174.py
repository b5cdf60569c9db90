"""Set 174: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set175.py
to redaction_set177.py and their tests (written by other helpers at the same time), that did not run the detector or any bench
script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py (the layout and marking conventions followed here), the docstrings of bench/redaction_set7.py to
redaction_set173.py (printed alone and searched for the towns and communities earlier sets used), the function definitions of
bench/redaction_set15.py's checker, the helpers of bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`,
`word_problems`, `_parse`, `_docs`, `sets`) and the ruff settings in pyproject.toml. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may
tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families in Heanor and Alfreton, in the Amber Valley of Derbyshire, each from a town, district or estate no earlier set
used as a family's home. Four white British or mixed families: a young mother on an estate in Loscoe, Heanor, with a
grandmother in Marlpool (Bestwick / Fretwell; a girl of 3 bitten on the face by a partner's dog, an earlier burn, cannabis,
a boy of 9 making tea), a father on nights and a boy of 14 in Somercotes, with a grandmother in Leabrooks (Wragg / Marriott;
missing episodes, county lines into Mansfield, a cuckooed flat, a lock knife), a girl of 16 pregnant by a man of 22 in
Heanor, with a Black Caribbean British father in St Ann's, Nottingham (Plant / Campbell / Slack; grooming on Snapchat, a
pre-birth assessment, a family group conference), and grandparents in Ironville caring for two grandchildren after their
mother was remanded (Hardstaff / Beardsley; a kinship viability assessment, a father abroad, a mother's friend pushing for
contact). Two from communities no earlier set used: a Lipovan Russian Old Believer family from the Danube Delta of Romania in
Alfreton (Ivanov / Ivanova; a father's belt, a girl of 12 minding a baby and spoken of for marriage in Sarichioi, a lay
elder's letter; names in Cyrillic script) and an Avar family from Dagestan seeking asylum in Langley Mill (Gadzhiev /
Magomedova; a girl of 15 at risk of forced marriage to a cousin, a forced marriage protection order, a car outside the
flat; names in Cyrillic script). 24 documents, of types and styles new to these sets where possible: a minor injury unit
triage card scanned with OCR errors, a health visitor's targeted contact, a grandmother's handwritten letter typed up with
its spelling, a primary school's CPOMS export, a commissioned return home interview, a Snapchat extract from a police
download, a child exploitation strategy meeting's minutes, a bus driver's incident report, a school's referral form to the
front door, a Viber family group translated from Russian and Romanian, a child and family assessment with an interpreter, a
lay elder's letter, an asylum accommodation provider's visit notes, a Telegram chat typed up, a Forced Marriage Unit email
thread, an initial child protection conference report, a midwife's booking printout, a pre-birth assessment, a teenager's
voice notes transcribed by her mother, a family group conference plan in the family's words, a kinship viability
assessment, Email a Prisoner messages with a scanned handwritten reply sheet, Facebook Messenger screenshots typed up, and a
kinship support plan review's minutes.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Romania, Russia, Germany); NHS numbers and UPNs (LA number 830, Derbyshire) pass their
check digits; NI numbers have a valid format. The council (Amber Dales), the charity Safe Steps Derbyshire, the interpreting
agency LinguaMid and the schools Loscoe Hill Primary, Somercotes Brook Academy, Alfreton Croft Primary, Langley Mill Juniors
and Infants are invented; towns, districts, estates, villages, real schools, NHS bodies, hospitals, prisons, courts,
companies, brands, apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Ms, Dr, DS,
DC, PC, nana, nanna, Nan, Grandma, Great-grandma, Auntie, Mum, Dad, Papa, Baba and Баба, otets, father before a priest's
name) stay outside the name span; a possessive 's and a bare s in texting ("[[Kayden|name]]s", "[[callum|name]]s mums") stay
outside; every person's name is a name in every form. "SURNAME, First" is one span ("BESTWICK, Kayden", "IVANOV, Ilarion",
"MAGOMEDOVA, Patimat"), and so is "SURNAME First" ("GADZHIEVA Khadizhat"), an initial with a surname ("K Denby", "HARDSTAFF G")
and a first name with an initial ("Oliver W"); initials alone ("OS", "K" for a child) are not marked; handles and usernames
("dr33no_mfd", "tyw_12", "dina.gdz", "kaimartin2011") are not marked, but a display name that is a person's name is ("Зарема",
"Баба Дуня" marks "Дуня"); a contact saved under a kinship word ("nan x", "Mum x") is not a name; a family name in a group
chat's title ("Семья Ивановых") is a name. A street address is one span (a flat with its street too), its town a place,
its postcode a postcode; a neighbour's bare flat or house number ("no. 27", "Flat 2", "no. 9") is an address, and so is a
street named without a number; towns, villages, districts and estates are places at home and abroad; countries, counties,
regions and boroughs are not ("Derbyshire", "Notts", "Dagestan", "Romania", "Germany", "Spain", "East Midlands", "Amber
Valley", "Tulcea county"); organisations are not marked even when they hold a town's or a person's name ("Heanor Health
Centre", "Ripley Hospital", "Alfreton Leisure Centre", "Somercotes Medical Centre", "Jacksdale Medical Centre", "HMP Foston
Hall", "Derby Crown Court", "Derby Family Court", "Alfreton Council House", "Ironville Community Association"), but a
service, team, depot, library or police station named by its town in lower-case words or as a team's label ("Heanor Team",
"Ripley MIU", "Heanor library", "Depot: Langley Mill", "Alfreton locality", "Ripley police station", "Eastwood Morrisons")
marks the town; a school's, college's or nursery's name and its short form is a school ("Loscoe Hill", "Heanor Gate",
"Somercotes Brook", "David Nieper", "Kimberley", "Little Acorns", "Busy Bees\nAlfreton"); a date of birth is dob, any other
calendar date with a day is date (a weekday before it stays outside), a bare day ("the 19th", "24th") is a date; months,
years, seasons, half terms and festivals ("Easter", "Bonfire Night", "Christmas") are not marked; pets ("Bruno") are not
names; landmarks, attractions and shopping outlets stay unmarked ("Crich Tramway Village", "Aldercar Flash", "Pye Hill
colliery", "mcarthurglen"); a surname or first name that is also a town is marked by what it refers to ("Ripley", "Crich",
"Denby", "Sutton", "Pinxton", "Shirland", "Alfreton", "Swanwick", "Codnor", "Bramley", "Langley", "Ashbourne", "Kilburn",
"Aldercar", "Chelsea" are names when they are people).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR'd digits in a
scanned card ("14/O6/2O23", "20/1O/2026") keep the span as printed; a nickname built from a name ("Larik", "Larion", "Гаша",
"Марфуша", "Динуля", "Dinulya", "Maga", "Gem", "Lace", "Mase", "Cal", "Ty", "Deano", "jordo", "Smithy") is a name; an
adult's street name ("Trace") is a name; "Christ" and "Христос воскресе" are not names; a nursery chain's branch named with its
town ("Busy Bees Alfreton") is one school span; a prisoner number, a Home Office reference, a hospital number, an interpreter ID
and a control log, crime or FMU reference are not marked; the two Romanian-born children's grandmother's Romanian postal
address is in the record only; a church hall named by its town ("Heanor Methodist church hall") marks the town.

Self-check without the detector: `python -m bench.redaction_set174` (and tests/test_redaction_set174.py) runs set 15's checker
(which runs the earlier sets' checks) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents, 1,000 gold spans, 577 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Bestwick / Fretwell family (white British), Loscoe, Heanor ---------------------------------------------------------

HOME_A = d.Address("31 Stanier Way", "Loscoe", "Heanor", "DE75 7RG")
NAN_A = d.Address("6 Thorpes Road", "Marlpool", "Heanor", "DE75 7BQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Poppy-Mae", "Bestwick")], dt.date(2023, 6, 14), addresses=[HOME_A], ids=["734 417 8001"]),
    _p("s", "sibling", [("Kayden", "Bestwick")], dt.date(2017, 2, 3), addresses=[HOME_A],
       ids=["537 140 9998", "L830239276374"], schools=["Loscoe Hill Primary School"]),
    _p("m", "mother", [("Shannon", "Bestwick")], dt.date(1997, 10, 9), addresses=[HOME_A], phones=["07723 481 906"],
       ids=["JB 46 81 20 C"]),
    _p("f", "partner", [("Liam", "Fretwell")], dt.date(1995, 4, 22), addresses=[HOME_A], phones=["07958 316 204"]),
    _p("g", "grandparent", [("Carol", "Bestwick")], dt.date(1968, 12, 1), addresses=[NAN_A], phones=["01773 713 426"]),
    _p("p1", "professional", [("Jade", "Ripley")], phones=["0300 456 4300"], emails=["jade.ripley@amberdales.gov.uk"]),
], "c")

DOCS_A = [
    ("minor injuries unit triage card, scanned and OCR'd", """DERBYSHIRE COMMUNITY HEALTH SERVICES - MINOR INJURY UNIT, RIPLEY HOSPITAL
URGENT CARE RECORD / TRIAGE CARD                                  Attendance no. MIU-26-118402
Surname: [[BESTWICK|name]]             Forename(s): [[POPPY-MAE|name]]          D.O.B. [[14/O6/2O23|dob]]
Address: [[31 Stanier Way|address]], [[Loscoe|place]], [[Heanor|place]]      Postcode: [[DE75 7RG|postcode]]
NHS No: [[734 417 8001|nhs]]       GP: Heanor Park Surgery
Accompanied by: mother ([[Shannon|name]]) + mat. grandmother ([[Carol Bestwick|name]])   Tel: [[07723 481906|phone]]
NOK: nan [[Carol Bestwick|name]], [[6 Thorpes Road|address]], [[Marlpool|place]] [[DE75 7BQ|postcode]] - [[01773 713 426|phone]] /
[[07835 129 648|phone]]
Arrival: [[19.10.26|date]] 18:52      Triage: 19:01  Cat: 3 (yellow)     Triage nurse: [[K. Denby|name]] RN
Presenting complaint: dog bite L forearm + L cheek ~17:30 today at home. Dog = family's Staffy x "Bruno", reportedly
belongs to mum's partner ([[Liam|name]]). Child "was feeding it crisps".
Obs: HR 128, RR 28, T 36.9, SpO2 99%. Pain 6/10 (faces). Alert, crying, consolable by nan not mum.
Wounds: L forearm 2 x puncture ~4mm + 3cm superficial lac.; L cheek 1.5cm lac below orbit - eye spared.
Safeguarding screen: dog bite <5 yrs = AUTO REFER (trust policy). Any previous attendance? YES - [[02/08/26|date]] burn
L hand (hair straighteners) seen at Royal Derby. Other children at home: brother [[Kayden|name]] 9 ([[Loscoe Hill|school]]).
Who was supervising? mum says partner; nan says "nobody, she were on her own in the
kitchen". Conflicting accounts documented.
Plan: irrigate, steristrips cheek (no suture), co-amoxiclav, tetanus up to date per red book. Photos taken w/ consent.
Referral made to Starting Point 20:15 ref SP/114839 by [[K Denby|name]]. Spoke to duty SW ([[Jade Ripley|name]],
[[0300 456 4300|phone]]) - agreed child to go home with nan to [[6 Thorpes Road|address]], [[Marlpool|place]] tonight.
Discharged 20:40 with nan. Mum left earlier in a taxi "to sort the dog out". Partner not seen.
Scanned [[20/1O/2026|date]] MR-SCAN-04 p1 of 1
"""),
    ("health visitor's targeted contact after a dog bite", """0-19 Public Health Nursing - [[Heanor|place]] Team, Heanor Health Centre
Contact type: Targeted home visit (post-MIU safeguarding notification)
Child: [[Poppy-Mae Bestwick|name]]  DOB [[14 June 2023|dob]]  NHS [[734 417 8001|nhs]]
Date of visit: Thursday [[22nd October 2026|date]], 10:00-11:15. Seen at: [[31 Stanier Way|address]], [[Loscoe|place]].
Present: [[Shannon Bestwick|name]] (mother), [[Poppy-Mae|name]], and briefly [[Liam Fretwell|name]] (mother's partner), who left
for work at 10:20 in a white van (reg. [[YN19 KXD|vehicle]]). Author: [[Beth Hollingworth|name]], Specialist Community Public Health
Nurse, [[07412 770 395|phone]].

Background: [[Poppy-Mae|name]] was bitten on the face and arm by the family dog on [[19/10/2026|date]] and attended [[Ripley|place]] MIU.
This is the second injury in three months (burn [[2 August|date]]). [[Kayden|name]] (9) attends [[Loscoe Hill Primary School|school]].

Observations: [[Poppy|name]] was in a vest and nappy, cheek healing, steristrips still on. The dog was not in the house;
[[Shannon|name]] said [[Liam|name]] has taken it to his brother [[Craig|name]]'s in [[Codnor|place]] "until it's sorted" and that
Derbyshire dog warden has been. Kitchen: sink full, dog faeces on the back step, a baby gate lying in the hall, not fitted.
Smell of cannabis in the front room; [[Shannon|name]] said it was [[Liam|name]]'s "from last night" and that he smokes outside.
Ages and stages (ASQ-3) at 28 months: communication in the grey zone; [[Poppy-Mae|name]] said about ten words ("nana", "bruno",
"dink"). Weight 12.1 kg (25th centile, down from 50th in March).

Mother's view: [[Shannon|name]] said she "only went for a wee" and that nan is "making it out worse than it is". She said her
mum, [[Carol|name]], has never liked [[Liam|name]]. She asked if [[Poppy-Mae|name]] could start at [[Little Acorns|school]] nursery in
[[Heanor|place]] early with 2-year funding. She is on the waiting list for Derbyshire Recovery Partnership? - "no, that's not
for me". Her friend [[Tasha Mellors|name]] from over the road (no. [[27|address]]) pops in most days.

Plan: referral to [[Little Acorns|school]] for 2-year funded place (done); ASQ review in 8 weeks; share this note with [[Jade Ripley|name]],
social worker; advise on safe sleeping ([[Poppy|name]] sleeps in mum's bed since the bite); home safety equipment scheme referral
(stair gate, fireguard). [[Poppy|name]]'s Healthy Start application needs mum's NI number, [[JB 46 81 20 C|ni]] - given.
Next visit planned for [[5/11/26|date]].
[[B. Hollingworth|name]] SCPHN  [[22.10.2026|date]] 12:05
"""),
    ("nan's handwritten letter to the social worker, typed up", """Typed up from a handwritten letter (blue biro, 3 sides of lined paper)
handed in at [[Heanor|place]] library drop-in on
[[27/10/2026|date]]. Spelling kept.

                                                      [[6 Thorpes rd|address]]
                                                      [[Marlpool|place]]
                                                      [[DE75 7BQ|postcode]]
Dear Miss [[Ripley|name]]
I am [[Poppy|name]] and [[Kayden|name]]s nan and I am writing as you said to put it down so its in black and white.
I have had [[Poppy|name]] since the Sunday night after the dog and she has not wet the bed once and she is eating me out of
house and home, she had two weetabix this morning. [[Kayden|name]] is coming to me after school as well because he dont
want to be at [[stanier way|address]] with [[Liam|name]] there. He told me [[Liam|name]] shouts at his mum and called him a
"little [[Crich|name]]" which is his real dads name (his dad is [[Ryan Crich|name]], he lives up [[Crich|place]] by the tramway
museum and has not bothered with him since he was 3).
Our [[Shannon|name]] is not a bad mum, she was a good mum before. Since [[Liam|name]] moved in at Easter time she has
gone down hill. He has the dog and he smokes weed all day and there is never no food. [[Kayden|name]] told me on Sat [[24th|date]]
he had to make [[Poppy|name]] jam sandwich for tea because mum was "asleep". He is only 9.
My neighbour [[Mavis|name]] at no [[8|address]] will tell you the same, she has seen [[Liam|name]] drive off with the kids
in the front of the van.
I can have them both. I have a spare room, my sister [[Jean Tomlinson|name]] ([[Langley Mill|place]]) will help with school
runs. My number is [[01773 713426|phone]] or my mobile [[07835 129 648|phone]] (its my sons old phone).
Please do not tell [[Shannon|name]] I wrote this, she will go mad.
Yours sincerly
[[Carol Bestwick|name]] (Mrs)
PS [[Poppy|name]] calls me "nana [[Cal|name]]" if she asks for that its me.
"""),
    ("primary school safeguarding log export", """CPOMS - [[Loscoe Hill Primary School|school]] - Incident export   Student:
[[BESTWICK, Kayden|name]]   Year 5 (Mrs [[Goodall|name]]'s
class)   DOB [[03/02/2017|dob]]   UPN [[L830239276374|upn]]
Exported [[28/10/2026|date]] 08:14 by [[A Shipley|name]] (DSL) for social care request

[[07/09/2026|date]] 08:55 | Attendance | [[Kayden|name]] brought in at 9:25 by [[Liam Fretwell|name]] (mum's partner - not on
contact list). Office asked who he was; he said "the stepdad". Added to contact list after mum rang ([[Shannon|name]],
[[07723 481 906|phone]]). - [[J Parkin|name]] (office)
[[15/09/2026|date]] 12:40 | Wellbeing | Hungry at lunch, asked [[Oliver W|name]] for his crusts. No snack. Given toast at
breakfast club going forward (free). - [[T. Goodall|name]]
[[23/09/2026|date]] 15:20 | Disclosure (low level) | K said "[[Liam|name]] kicked Bruno and Bruno bit the door". Asked open
questions; said nothing else. Passed to DSL. - [[T. Goodall|name]]
[[08/10/2026|date]] 10:05 | Physical | Small bruise on left upper arm, yellowish. K: "[[Poppy|name]] bit me
playing dogs". Body map done. - [[Sam Ellis|name]] (TA)
[[20/10/2026|date]] 08:40 | External | Nan ([[Carol Bestwick|name]]) rang: [[Poppy|name]] bitten by dog last night, at hospital,
[[Kayden|name]] with nan in [[Marlpool|place]]. Nan will bring him in. Nan's number [[01773 713 426|phone]]. - [[A Shipley|name]]
[[20/10/2026|date]] 14:00 | Disclosure | In nurture room K told Mr [[Evans|name]] "I was doing tea. [[Poppy|name]] went in the
kitchen to give Bruno her crisps. [[Liam|name]] was in bed and Mum was on her phone in the bath." Logged verbatim, DSL
informed, Starting Point already aware (ref SP/114839). SW [[Jade Ripley|name]] emailed
([[jade.ripley@amberdales.gov.uk|email]]). - [[D. Evans|name]] (ELSA)
[[21/10/2026|date]] | Action | Strategy discussion attended by [[A Shipley|name]] via Teams. Outcome: s47 joint (police +
CSC). - [[A Shipley|name]]
[[27/10/2026|date]] 09:10 | Wellbeing | K happier, staying at nan's. Brought a packed lunch "nana [[Cal|name]] made". Wants to go
to [[Harvey|name]]'s party on [[7th Nov|date]] at the [[Heanor|place]] leisure centre - Mrs [[Goodall|name]] to check with SW. - [[T.
Goodall|name]]
"""),
]


# --- B. Wragg family (white British), Somercotes, with a grandmother in Leabrooks -----------------------------------------

HOME_B = d.Address("48 Nottingham Road", "Somercotes", "Alfreton", "DE55 4JQ")
NAN_B = d.Address("2 Greenhill Lane", "Leabrooks", "Alfreton", "DE55 1LT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Wragg")], dt.date(2012, 5, 17), addresses=[HOME_B], ids=["798 243 8598", "T830276709572"],
       schools=["Somercotes Brook Academy"]),
    _p("f", "father", [("Darren", "Wragg")], dt.date(1984, 8, 30), addresses=[HOME_B], phones=["07591 604 283"],
       ids=["PW 71 33 05 B"]),
    _p("m", "mother", [("Kelly", "Marriott")], dt.date(1988, 3, 2), phones=["07462 938 157"]),
    _p("g", "grandparent", [("Sandra", "Wragg")], dt.date(1962, 7, 7), addresses=[NAN_B], phones=["01773 530 918"]),
    _p("p1", "professional", [("Owen", "Shirland")], phones=["07807 215 469"], emails=["owen.shirland@amberdales.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview by a commissioned charity worker", """RETURN HOME INTERVIEW (RHI) - Missing from home/care       Provider:
Safe Steps Derbyshire (commissioned)
Young person: [[Tyler Wragg|name]]       DOB: [[17-05-2012|dob]]      Age 14      Episode no. 4 this year
Home address: [[48 Nottingham Road|address]], [[Somercotes|place]], [[DE55 4JQ|postcode]]
Missing from: 19:30 Fri [[13 Nov 2026|date]]    Found: 02:10 Sun [[15 Nov 2026|date]]    Found at: a flat on [[Stoneleigh
Street|address]], [[Mansfield|place]] (police warrant, Notts)    RHI done: Tue [[17/11/2026|date]], 16:00, at [[Somercotes|place]] library
(his choice)    Worker: [[Georgia Pinxton|name]], [[07754 692 130|phone]]

Push / pull factors: [[Tyler|name]] said home is "boring" and his dad "just works and sleeps" ([[Darren|name]] does nights at
a warehouse in [[South Normanton|place]]). He misses his mum ([[Kelly Marriott|name]], lives in [[Kirkby|place]] with a new
partner; he sees her "when she's not got him round"). He was excluded from [[Somercotes Brook|school]] for five days in
October and "that's when it all started".
Who he was with: he named "[[Deano|name]]" (older, "about 19, got a black Golf") and "[[kai|name]]" from [[Ironville|place]],
who he knows from the skate park. He would not give surnames. He said he went "[[mansfield|place]] and then [[Sutton|place]]" in
the Golf and slept on a sofa. He said a woman called "[[Trace|name]]" made them noodles. He said he "did a few drops" and
then said "joking".
Harm: a cut across his right palm, he said from "a fence". He had a new phone (not his own) and £60 in cash. He had
not eaten since Saturday dinner. He said nobody hurt him. When asked about the flat he looked at the door.
Who he trusts: his nan, [[Sandra Wragg|name]] in [[Leabrooks|place]] ("she does proper teas"); Mr [[Oakes|name]] the
PE teacher; his cousin [[Brandon|name]] ([[Riddings|place]]).
Worker's view: strong indicators of criminal exploitation (CCE) - older males, cash, phone, travel out of county,
missing overnight, evasive. [[Tyler|name]] agreed to me sharing this with his social worker, [[Owen Shirland|name]], and PC
[[Nadia Beresford|name]] (MET / Missing team, [[Alfreton|place]]).
Actions: CE screening tool sent to MACE; next contact [[24/11|date]] at school; [[Tyler|name]] to think about the Empowerment
Programme (boxing at Alfreton Leisure Centre).
"""),
    ("Snapchat messages typed up from a police download", """DERBYSHIRE CONSTABULARY - DIGITAL MEDIA EXTRACT (summary, typed for CSC)
Exhibit GRP/3   Device: Samsung
A14 (black) seized from [[WRAGG, Tyler|name]] on [[15/11/2026|date]]    Extracted [[16.11.2026|date]] by DC [[Lee Tansley|name]] 4471
App: Snapchat. Saved chats only. Times UTC. Usernames kept as shown; display names in brackets.

Chat with dr33no_mfd ([[Deano|name]])
[[12/11/2026|date]] 16:02  dr33no_mfd: u comin out or wat
16:03  tyw_12: cant dads on a rest day
16:10  dr33no_mfd: tell him ur at ur nans in [[leabrooks|place]] lol
16:11  tyw_12: he rings her tho
16:40  dr33no_mfd: fri then. ill grab u from the co op on [[birchwood ln|address]] 7
[[13/11/2026|date]] 19:12  tyw_12: here
19:14  dr33no_mfd: 2 mins. dont bring ur own phone
[[14/11/2026|date]] 11:31  dr33no_mfd: go wiv [[kai|name]] to the one on [[ladybrook|place]] then back to [[trace|name]]s
11:32  tyw_12: how much
11:32  dr33no_mfd: u owe me for the phone remember
22:48  tyw_12: my nan is goin mad on fb
22:49  dr33no_mfd: ignore

Chat with nan x ([[Sandra Wragg|name]])
[[13/11/2026|date]] 23:58  nan x: [[tyler|name]] where are u darling your dad is out looking
[[14/11/2026|date]] 07:05  nan x: please just tell me your ok. [[Brandon|name]] said you was at [[somercotes|place]] rec
07:06  nan x: I wont be cross
(no reply)

Chat with Mum x ([[Kelly Marriott|name]], mother)
[[14/11/2026|date]] 13:20  Mum x: [[Ty|name]] ur dad rang me. ring me on [[07462938157|phone]] im at [[Kirkby|place]]
13:21  Mum x: or come to nanna [[sandra|name]]s x
13:22  tyw_12: im fine stop stressin

Chat with [[kai|name]] (kaimartin2011)
[[14/11/2026|date]] 12:05  kaimartin2011: hes got a flat on [[stoneleigh st|address]] brov
12:05  tyw_12: where
12:06  kaimartin2011: behind the [[mansfield|place]] bus station. [[trace|name]] lets us kip
"""),
    ("child exploitation strategy meeting minutes", """Amber Dales Children's Services - Strategy Meeting (Child Exploitation)
Child: [[Tyler WRAGG|name]] (DOB [[17.05.2012|dob]]), [[48 Nottingham Road|address]], [[Somercotes|place]]. NHS [[798 243 8598|nhs]].
UPN [[T830276709572|upn]].
Date: Wednesday [[18 November 2026|date]] 10:00, Microsoft Teams. Chair: [[Helen Ashbourne|name]], Team Manager, [[Alfreton|place]]
locality.
Present: [[Owen Shirland|name]] (SW); PC [[Nadia Beresford|name]] (Missing Team); DC [[Lee Tansley|name]] (CID); [[Georgia Pinxton|name]]
(Safe Steps); [[Paul Oakes|name]] (DSL, [[Somercotes Brook Academy|school]]); [[Ruth Saxby|name]] (school nurse); [[Imran Hussain|name]]
(Youth Justice); PC [[Chris Whitt|name]] (Notts Police, [[Mansfield|place]] West SNT) for item 3. Minutes: [[Lauren Hough|name]].
Apologies: Dr [[Kaur|name]] (GP, Somercotes Medical Centre) - report sent.

1. Information shared. OS summarised four missing episodes since [[3 October|date]], the last from [[13/11|date]] to [[15/11|date]],
found at an address on [[Stoneleigh Street|address]], [[Mansfield|place]]. DC [[Tansley|name]]: the phone extract shows a male
"[[Deano|name]]"
directing drops; believed to be [[Dean Holbrook|name]] (19), of [[Pinxton|place]], known to Notts for supply. The flat is
the tenancy of [[Tracey Pearson|name]] (45), known to Notts as a cuckooed address.
2. School. Mr [[Oakes|name]]: attendance 71%; fixed-term exclusion [[12-16 October|date]] for bringing a lock knife;
he says it was for "protection". [[Tyler|name]] is on the Year 10 football team and wants to stay on it.
3. Notts. PC [[Whitt|name]]: a closure order will be sought on [[Stoneleigh Street|address]]. A second boy, [[Kai Martin|name]] (14,
[[Ironville|place]]), was also found there and is open to the same locality team.
4. Father. [[Darren Wragg|name]] ([[07591 604 283|phone]], NI [[PW 71 33 05 B|ni]] for the shift-change letter) works 10pm-6am at a
distribution centre at [[South Normanton|place]]
and asked for help; he is willing to change shifts. Nan ([[Sandra Wragg|name]], [[2 Greenhill Lane|address]], [[Leabrooks|place]])
offers weekends. Mother ([[Kelly Marriott|name]], [[Kirkby-in-Ashfield|place]]) not present; OS to visit.
Decision: threshold met for s47 (CCE). NRM referral by OS by [[20/11/26|date]]. MACE panel [[3 December|date]].
Disruption: PC [[Beresford|name]] to serve CAWN on [[Dean Holbrook|name]]. Review strategy meeting [[2 December 2026|date]].
ACTIONS
| Who | What | By |
| [[Owen Shirland|name]] | Visit mother at [[Kirkby|place]]; NRM referral; safety plan with [[Darren|name]] and [[Sandra|name]] |
[[20/11/26|date]] |
| PC [[Nadia Beresford|name]] | CAWN for [[Holbrook|name]]; flag [[48 Nottingham Road|address]] and [[2 Greenhill Lane|address]] |
[[23/11/26|date]] |
| DC [[Lee Tansley|name]] | Intelligence to Notts re [[Tracey Pearson|name]]'s flat | [[19/11/26|date]] |
| [[Paul Oakes|name]] | Reduced timetable review; mentor (Mr [[Hibbert|name]], learning mentor) | [[25/11/26|date]] |
| [[Imran Hussain|name]] | Offer boxing place at [[Alfreton|place]] with [[Jason Limb|name]] | [[27/11/26|date]] |
| [[Georgia Pinxton|name]] | Weekly sessions with [[Tyler|name]], Tuesdays at [[Somercotes|place]] library | from [[24/11/26|date]] |
Distribution: all present; [[Kelly Marriott|name]] (mother) by post to her address in [[Kirkby-in-Ashfield|place]], redacted.
"""),
    ("bus driver's incident report form", """trentbarton - DRIVER INCIDENT REPORT (complete before end of duty)       Depot:
[[Langley Mill|place]]
Driver name: [[Mick Ollerenshaw|name]]   Staff no: 20816   Service: 9.3 / the nine   Bus fleet no: 731
Date: [[14 Nov 26|date]]   Time: approx 21:40   Location: outbound, stop at [[Somercotes|place]], outside the Co-op, towards
[[Alfreton|place]]
Type: passenger welfare / possible vulnerable child
Details: Lad about 13/14 got on at [[Mansfield|place]] bus stn with no money and no mTicket, said he needed to get to
"his nan's at [[Leabrooks|place]]". I let him on. He had blood on his hand wrapped in a sock. Another lad (older, skinny,
grey trackie, I heard him called "[[Kai|name]]") got on with him then got off at [[Pinxton|place]] saying "you're on your own
then [[Ty|name]]". The lad stayed on and was crying quietly at the back.
At [[Somercotes|place]] a woman waiting at the stop shouted "[[TYLER|name]]!" and banged on the doors - she said she was his nan and
gave her name as [[Sandra|name]]. He ran off the back doors before she got on, up towards [[Birchwood Lane|address]]. She asked me to
ring police, I radioed control. Control log ref CTL-141126-0093.
Passenger Mrs [[Jan Fox|name]] (regular, lives [[Riddings|place]]) said she had seen the lad get in a black Golf at the
Co-op earlier in the week. She gave her number if needed: [[07866 350 921|phone]].
CCTV: cameras 1-4 working. Downloaded [[15/11/2026|date]] by [[Steve Bexon|name]] (depot controller).
Signed: [[M Ollerenshaw|name]]
"""),
]


# --- C. Ivanov family (Lipovan Russian Old Believers from the Danube Delta, Romania), Alfreton -----------------------------

HOME_C = d.Address("23 Prospect Street", "", "Alfreton", "DE55 7GQ")
BABA_C = d.Address("Strada Principală 118", "Sarichioi", "Tulcea", "827195")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ilarion", "Ivanov")], dt.date(2019, 1, 28), addresses=[HOME_C], ids=["592 487 2874", "M830233276453"],
       schools=["Alfreton Croft Primary School"]),
    _p("s", "sibling", [("Marfa", "Ivanova")], dt.date(2014, 9, 4), addresses=[HOME_C], ids=["770 680 8270", "N830232502519"],
       schools=["Alfreton Croft Primary School"]),
    _p("m", "mother", [("Agafia", "Ivanova")], dt.date(1992, 2, 11), addresses=[HOME_C], phones=["07539 881 476"],
       ids=["SK 20 64 91 A"]),
    _p("f", "father", [("Fedot", "Ivanov")], dt.date(1987, 6, 19), addresses=[HOME_C], phones=["07393 117 584"],
       ids=["NE 83 52 17 D"]),
    _p("g", "grandparent", [("Evdokia", "Ivanova")], dt.date(1960, 3, 3), addresses=[BABA_C], phones=["+40 240 513 742"]),
    _p("p1", "professional", [("Rebecca", "Swanwick")], phones=["07309 562 871"],
       emails=["rebecca.swanwick@amberdales.gov.uk"]),
], "c")

DOCS_C = [
    ("school's referral form to the front door", """STARTING POINT - REQUEST FOR SUPPORT / REFERRAL FORM (professional)
Section 1 - Referrer
Name: [[Martin Tibshelf|name]]        Role: Headteacher and DSL        Agency: [[Alfreton Croft Primary School|school]]
Tel: [[01773 602 247|phone]]          Email: [[m.tibshelf@alfretoncroft.derbyshire.sch.uk|email]]
Date of referral: [[03/11/2026|date]]   Parents aware: YES (mother, by phone, through the school's Romanian-speaking TA)
Section 2 - Child(ren)
1. [[IVANOV, Ilarion|name]]   DOB [[28/01/2019|dob]]   Y2   UPN [[M830233276453|upn]]   Known as "[[Larion|name]]" / "[[Larik|name]]"
2. [[IVANOVA, Marfa|name]]    DOB [[04/09/2014|dob]]   Y6 (on roll here until she moves up)   UPN [[N830232502519|upn]]
Address: [[23 Prospect Street|address]], [[Alfreton|place]], [[DE55 7GQ|postcode]]
Parents: [[Agafia Ivanova|name]] (mum, [[07539 881 476|phone]]); [[Fedot Ivanov|name]] (dad, [[07393 117 584|phone]])
Language: Russian (Lipovan dialect) at home; Romanian; some English ([[Marfa|name]] fluent). Religion: Russian Old Believer.
Section 3 - Concerns
On Monday [[2 November|date]] at PE, Mrs [[Watchorn|name]] (TA) saw three parallel red-purple marks across the backs of
[[Ilarion|name]]'s thighs, each about 10 cm long. Asked what happened he said (in English) "Papa belt. I was bad in church. I
laughed." Photographs not taken; body map attached. He said it happened "on Sunday at the night". In the afternoon he wet
himself, which is new.
[[Marfa|name]] has missed 14 sessions since half term. Mum says she is needed at home because mum works 6am-2pm at
the chicken factory in [[Ilkeston|place]] and the baby ([[Avdotya|name]], 10 months) is with [[Marfa|name]]. [[Marfa|name]] told
her teacher, Miss [[Sleath|name]], that "after Christmas I go to [[Sarichioi|place]] to live with Baba [[Dunya|name]] and
learn to be a good wife". She is 12.
Section 4 - What has been done: DSL spoke to mum on [[2/11|date]] with [[Ioana Chiriac|name]] (TA) interpreting in Romanian.
Mum said "in our faith we punish with the belt, it is normal, it is not to hurt" and that father is "very strict since
Romania". She asked school not to tell the priest.
Section 5 - Consent / outcome sought: child protection enquiry for [[Ilarion|name]]; early help for attendance and
caring role for [[Marfa|name]]; check on the plan to send [[Marfa|name]] abroad.
"""),
    ("Viber family group messages translated from Russian and Romanian", """Translated for Amber Dales Children's Services by
[[Natalia Rusu|name]] (interpreter, LinguaMid Ltd),
from screenshots [[Agafia Ivanova|name]] showed the social worker on [[10 November 2026|date]] and agreed to share.
Original in Russian (Cyrillic and Latin letters mixed) and Romanian. Translation in [square brackets]; names as written.

Group: "Семья [[Ивановых|name]] 🕯" (the [[Ivanov|name]] family)
Members shown: [[Агафья|name]], [[Федот|name]], Баба [[Дуня|name]] (Baba [[Dunya|name]]), [[Никифор|name]], [[Marfa|name]]
---
[[08.11.2026|date]] 07:14  Баба [[Дуня|name]]: Христос воскресе. [Christ is risen. (a greeting)] How is
[[Ларион|name]]? [[Марфуша|name]] said he cried at church.
07:20  [[Агафья|name]]: he is fine mama. school saw. they rang.
07:21  Баба [[Дуня|name]]: what did they see
07:30  [[Федот|name]]: nothing. [[Гаша|name]] do not write this here.
[[08.11.2026|date]] 09:02  [[Никифор|name]] (uncle, [[Jurilovca|place]], [[+40 740 512 386|phone]]): [[Fedot|name]], in England they take
children for
this. [[Vasile|name]] from [[Slava Rusă|place]] lost his two in [[Leicester|place]]. Be careful brother.
09:05  [[Федот|name]]: my house my rules
[[09.11.2026|date]] 21:40  Баба [[Дуня|name]]: [[Марфа|name]] comes at Christmas, [[Ефим|name]]'s family from [[Sarichioi|place]] will
meet her
at the station in [[Tulcea|place]]. Their boy [[Efim|name]] is 17, good boy, he works on the boats.
21:42  [[Marfa|name]]: baba i dont want to get married
21:42  [[Marfa|name]]: i want to go to big school in [[alfreton|place]]
21:50  Баба [[Дуня|name]]: nobody says married, only to meet. I am old, I need you here. Send me the number of the father
[[Kirill|name]] in England.
22:01  [[Агафья|name]]: [[07928 604 115|phone]] otets [[Kirill|name]]. Mama please we talk tomorrow
[[10.11.2026|date]] 06:12  Баба [[Дуня|name]]: call me [[+40 240 513 742|phone]] the house, the mobile is broken

Interpreter's note: "[[Гаша|name]]" and "[[Марфуша|name]]" are ordinary pet forms of [[Агафья|name]] and [[Марфа|name]]. "Баба" means
grandmother.
"Христос воскресе" is a greeting, not a name.
"""),
    ("child and family assessment with an interpreter", """AMBER DALES CHILDREN'S SERVICES - CHILD AND FAMILY ASSESSMENT (extract:
sections 2-5)
Children: [[Ilarion Ivanov|name]] ([[28 January 2019|dob]]), [[Marfa Ivanova|name]] ([[4 September 2014|dob]]), [[Avdotya
Ivanova|name]] ([[7 January 2026|dob]], NHS [[750 056 8517|nhs]])
Address: [[23 Prospect Street|address]], [[Alfreton|place]] [[DE55 7GQ|postcode]]. Social worker: [[Rebecca Swanwick|name]]
([[07309 562 871|phone]], [[rebecca.swanwick@amberdales.gov.uk|email]]). Started [[3/11/2026|date]]; completed [[1/12/2026|date]].
Interpreter: [[Natalia Rusu|name]] (Russian), face to face, all four visits.

2. Family history. [[Fedot|name]] and [[Agafia|name]] are Lipovans (Russian Old Believers) from the Danube Delta: he from
[[Jurilovca|place]], she from [[Sarichioi|place]], both in Tulcea county. They married at 20 and 25 in the
Old Believer church in [[Sarichioi|place]]. They came to England in 2017, first to [[Boston|place]], Lincolnshire (fields),
then to [[Alfreton|place]] in 2021. [[Fedot|name]] is a forklift driver at a warehouse at [[Pinxton|place]]; [[Agafia|name]] works in
poultry. They rent privately from Mr [[Sutton|name]], who lives in [[Ripley|place]]. The family pray at home and go monthly
to the Old Believer community in [[Nottingham|place]], where the nastavnik (lay elder), [[Kirill Sidorov|name]], leads the services.

3. The children. [[Ilarion|name]] ("[[Larik|name]]") is a lively boy of 7 who likes trains and the Crich Tramway Village trip. He
told me, with his mother out of the room, that "Papa uses the belt when I laugh at prayers or at the table" and that
"[[Marfa|name]] cries when Papa is angry". [[Marfa|name]] is a thoughtful girl of 12 who translates for her parents at the
GP and at the letting agent. She wants to go to [[David Nieper Academy|school]] with her friend [[Amelia Riley|name]] and to
be a vet. She told me her grandmother "wants me to meet [[Efim|name]]" and that in [[Sarichioi|place]] "girls marry at 16 or 17
sometimes". She does not want to go.
4. Analysis. Physical chastisement with an implement causing marks is significant harm; [[Fedot|name]] accepts he did it and
says he will stop "because it is the law here". Risk to [[Marfa|name]] of being taken abroad and of early marriage is
real but not yet a plan; mother said she will not let her go without her. Passports: both children hold Romanian passports,
kept by father. Parents' NI numbers (for the Early Help benefits check): [[Agafia|name]] [[SK 20 64 91 A|ni]],
[[Fedot|name]] [[NE 83 52 17 D|ni]].
5. Plan. Child protection conference for [[Ilarion|name]] and [[Marfa|name]]; FMU advice sought ([[24.11.26|date]]); school
place for [[Marfa|name]] at [[David Nieper|school]] applied for; [[Avdotya|name]] to a nursery place 2 mornings at [[Busy Bees
Alfreton|school]] from [[January 4th|date]] so that [[Marfa|name]] can attend school; [[Fedot|name]] to a parenting course
(Triple P) in Russian via Zoom; nastavnik [[Kirill Sidorov|name]] ([[07928 604 115|phone]]) has offered to speak with the family.
"""),
    ("letter from the community's lay elder", """Старообрядческая община, [[Nottingham|place]] / Old Believer community,
[[Nottingham|place]]
(written in English by the elder's son [[Pavel Sidorov|name]] and signed by the elder)

[[15 November 2026|date]]

To Mrs [[R. Swanwick|name]], social worker, [[Alfreton|place]]

Dear Madam,
I am [[Kirill Ivanovich Sidorov|name]], nastavnik of our small community of Old Believers of the Lipovan tradition in the
East Midlands. The family of [[Fedot|name]] and [[Agafia|name]] [[Ivanov|name]] from [[Alfreton|place]] asked me to write.
Our faith does not command that a father beat his child. It commands that he teach his child. [[Fedot|name]] knows this now
and he has promised before the icons. I have told him that in this country the law is the law, and that the apostle says
"fathers, provoke not your children to wrath".
About the girl [[Marfa|name]]: in our communities in Romania some families still speak of marriage early, but this is
not the teaching of the Church, and here our girls finish school. I spoke to her grandmother [[Evdokia|name]] on the telephone
in [[Sarichioi|place]]. She is a widow and lonely and wanted her granddaughter near her. She understands now.
If you need a person to sit with the family, my wife [[Ustinia|name]] or my daughter-in-law [[Olga|name]] can come on Saturday.
You may call me on [[07928 604115|phone]] or [[Pavel|name]] on [[07977 043 812|phone]].
With respect,
[[K. I. Sidorov|name]]
[[Кирилл Сидоров|name]]
"""),
]


# --- D. Gadzhiev / Magomedova family (Avars from Dagestan, asylum seekers), Langley Mill ------------------------------------

HOME_D = d.Address("Flat 3, 14 Station Road", "Langley Mill", "Nottingham", "NG16 4BQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Khadizhat", "Gadzhieva")], dt.date(2011, 4, 9), addresses=[HOME_D], ids=["684 562 9803", "N830295224074"],
       schools=["Aldercar High School"]),
    _p("s", "sibling", [("Magomed", "Gadzhiev")], dt.date(2015, 7, 21), addresses=[HOME_D], ids=["415 572 0612"]),
    _p("s2", "sibling", [("Aminat", "Gadzhieva")], dt.date(2020, 11, 30), addresses=[HOME_D], ids=["649 979 2594"]),
    _p("m", "mother", [("Patimat", "Magomedova")], dt.date(1986, 1, 15), addresses=[HOME_D], phones=["07977 043 812"]),
    _p("f", "father", [("Shamil", "Gadzhiev")], dt.date(1981, 9, 2), phones=["+49 1521 4738 216"]),
    _p("p1", "professional", [("Hannah", "Kilburn")], phones=["07723 481 906"], emails=["hannah.kilburn@amberdales.gov.uk"]),
], "c")

DOCS_D = [
    ("asylum accommodation housing officer's visit notes", """Serco Asylum Accommodation - Property Inspection & Welfare Visit (Midlands &
East)
Service user (MA): [[MAGOMEDOVA, Patimat|name]]   HO ref: M2718834   Port ref: none (in-country claim)
Dependants: [[GADZHIEVA Khadizhat|name]] (F, [[09/04/2011|dob]]); [[GADZHIEV Magomed|name]] (M, [[21/07/2015|dob]]);
[[GADZHIEVA Aminat|name]] (F, [[30/11/2020|dob]])
Property: [[Flat 3, 14 Station Road|address]], [[Langley Mill|place]], [[NG16 4BQ|postcode]] (moved from the contingency hotel
in [[Derby|place]] on [[27/07/2026|date]])
Visit date: [[12-11-2026|date]] 14:30     Housing officer: [[Gary Aldercar|name]]  ([[07393 117 584|phone]])
Interpreter: telephone, Russian, The Big Word ID 44817 (service user's first language is Avar; she prefers Russian)

Property: damp in back bedroom (mould behind wardrobe) - job raised. Smoke alarm tested OK. Window restrictor in
kitchen broken - job raised (URGENT, child under 8 in property).
Welfare: MA says the family are managing on ASPEN card. Eldest daughter ([[Khadizhat|name]] / "[[Dina|name]]") interprets
for her at appointments; today she was at school at [[Aldercar High|school]]. MA was upset. She said her brother-in-law
[[Rasul|name]] has been calling from [[Makhachkala|place]] "every day" saying the girl must be sent home to be married to his son
[[Arsen|name]], and that her husband [[Shamil|name]] (in Germany? - she said "in [[Bielefeld|place]], with his other family")
has agreed. MA says she does not agree. She showed me a call log from +7 numbers. She asked "can England stop it".
Neighbour in Flat [[2|address]] (Mrs [[Dot Fletcher|name]], not a service user) knocked during visit and said she has seen a man
"not from round here" waiting outside in a silver car, reg [[FD68 WKT|vehicle]], twice this week.
Action: Safeguarding referral to Amber Dales Starting Point (phoned 15:20, spoke to [[Hannah Kilburn|name]], duty SW);
Migrant Help informed; reported car to police 101 (ref 0931-121126). Follow-up visit [[19/11/2026|date]].
"""),
    ("Telegram chat between a girl and her friend, typed up", """Typed from a Telegram chat on [[Khadizhat|name]]'s phone, which she
showed her social worker on [[18/11/2026|date]] and
asked to be copied. She chose what to show. Russian parts translated by [[Hannah Kilburn|name]] using the council's
interpreter on the phone; emojis described. [[Khadizhat|name]] is "dina.gdz"; her friend [[Zarema|name]] (in [[Makhachkala|place]],
16) is "[[Зарема|name]] 🌙".

[[14 November|date]]
[[Зарема|name]] 🌙: [[Динуля|name]] ты тут? ([[Dinulya|name]], are you there?)
dina.gdz: ya tut. [I'm here.]
[[Зарема|name]] 🌙: your uncle [[Rasul|name]] told my mama the wedding is in summer in [[Khunzakh|place]]
dina.gdz: what wedding. no
[[Зарема|name]] 🌙: with [[Arsen|name]]. he showed everyone ur photo from [[Derby|place]]
dina.gdz: im 15 [[zarema|name]]. im in school. i have exams
[[Зарема|name]] 🌙: they say ur papa said yes from germany
dina.gdz: papa didnt ring us for 1 year
dina.gdz: my teacher miss [[kilburn|name]] no its my social worker. my teacher is miss [[holmes|name]]
[[Зарема|name]] 🌙: dont tell them, they will take you from ur mum
[[15 November|date]]
dina.gdz: [[Магомед|name]] heard mama crying on the phone with [[Расул|name]] again
[[Зарема|name]] 🌙: my cousin [[Patya|name]] went to [[Kizlyar|place]] for her wedding at 16 and now she has baby. its normal here
dina.gdz: its not normal here. here i am going to be a nurse
dina.gdz: [[Aminat|name]] thinks we are going home to see babushka. she is 6 she doesnt understand
[[Зарема|name]] 🌙: i miss u. come in summer just for holiday
dina.gdz: if i come i dont come back

[[16 November|date]]
dina.gdz: [[zarema|name]] do u know [[Timur|name]]? he is in the car outside our flat in [[langley mill|place]]
[[Зарема|name]] 🌙: [[Тимур Алиев|name]]?? he is friend of ur uncle from [[sheffield|place]]. he was at [[Arsen|name]]s birthday
dina.gdz: i will tell miss [[holmes|name]]
[[Зарема|name]] 🌙: delete this chat [[Дина|name]] pls

(The social worker's note: "[[Dina|name]]" and "[[Динуля|name]]" are short forms [[Khadizhat|name]] uses; "[[Patya|name]]" is a
short form of [[Patimat|name]] but here means [[Zarema|name]]'s cousin, not the mother. "babushka" means grandmother.)
"""),
    ("Forced Marriage Unit email thread", """From: [[Hannah Kilburn|name]] <[[hannah.kilburn@amberdales.gov.uk|email]]>
Sent: [[19 November 2026|date]] 09:47
To: fmu@fcdo.gov.uk
Cc: [[Lucy Holmes|name]] <[[l.holmes@aldercarhigh.org.uk|email]]>; DS [[Pete Codnor|name]] (Derbyshire Police PVP)
Subject: Advice please - risk of forced marriage - girl 15 - Dagestan (Russian Federation) - OFFICIAL-SENSITIVE

Dear FMU,
I am the social worker for [[Khadizhat GADZHIEVA|name]] (DOB [[9.4.2011|dob]]), who lives with her mother, [[Patimat
Magomedova|name]], and two younger siblings in asylum accommodation in [[Langley Mill|place]], Derbyshire. The family are
Avar and came from [[Makhachkala|place]] in 2024 via [[Istanbul|place]]; their asylum claim is pending.
[[Khadizhat|name]] has told me and her Head of Year (Ms [[Holmes|name]]) that her paternal uncle, [[Rasul Gadzhiev|name]]
([[Makhachkala|place]], [[+7 928 547 31 62|phone]]), is arranging her marriage to his son, [[Arsen Gadzhiev|name]] (about 22), in
[[Khunzakh|place]] next summer. Her father, [[Shamil Gadzhiev|name]], lives in [[Bielefeld|place]] ([[+49 1521 4738216|phone]]) and
is said to have agreed. A man in a car ([[FD68 WKT|vehicle]]) has been seen outside the flat.
The family have no travel documents at present (held by the Home Office), but [[Khadizhat|name]] says her uncle has talked of
"papers from the embassy". Could you advise on a Forced Marriage Protection Order and whether a port alert is
possible for the three children ([[Magomed|name]], 11, and [[Aminat|name]], 6, too)?
Kind regards, [[Hannah Kilburn|name]], Social Worker, [[Alfreton|place]] & [[Heanor|place]] Locality, [[07723 481906|phone]]

From: FMU Casework <fmu@fcdo.gov.uk>
Sent: [[19 November 2026|date]] 14:12
Subject: RE: Advice please - FMU ref 2026/4418
Hi [[Hannah|name]], thank you. This is a case for a FMPO. We have passed it to caseworker [[Amira Chowdhury|name]] who will call
you today. Please also tell [[Khadizhat|name]] about the "one chance" rule: do not confront the uncle. Regards, FMU.

From: [[Lucy Holmes|name]]
Sent: [[20 November 2026|date]] 08:05
[[Hannah|name]] - [[Dina|name]] (as she likes to be called) was in early today and asked whether she can stay at her friend
[[Maisie Lowe|name]]'s in [[Heanor|place]] at the weekend. Mum ok'd it. [[Maisie|name]]'s mum is [[Karen Lowe|name]],
[[07958 316 204|phone]]. I've said I'd check with you. [[Lucy|name]]
"""),
    ("initial child protection conference report", """AMBER DALES SAFEGUARDING CHILDREN PARTNERSHIP - INITIAL CHILD PROTECTION CONFERENCE
Social work report. Children: [[Khadizhat Gadzhieva|name]] (15), [[Magomed Gadzhiev|name]] (11), [[Aminat Gadzhieva|name]] (6)
Conference: Thursday [[3 December 2026|date]], 13:30, Alfreton Council House (hybrid). Chair: Dr [[Siobhan Mellor|name]], IRO.
Author: [[Hannah Kilburn|name]], SW.   Address: [[Flat 3, 14 Station Road|address]], [[Langley Mill|place]] [[NG16 4BQ|postcode]]
NHS nos: [[684 562 9803|nhs]], [[415 572 0612|nhs]], [[649 979 2594|nhs]]. UPN ([[Khadizhat|name]]): [[N830295224074|upn]]

Reason: risk of forced marriage and of removal abroad for [[Khadizhat|name]]; emotional harm to all three.
Family: mother [[Patimat Magomedova|name]] (40), Avar, speaks Avar and Russian; father [[Shamil Gadzhiev|name]] (45) in Germany,
no contact for a year. Paternal uncle [[Rasul Gadzhiev|name]] in [[Makhachkala|place]], Dagestan. Maternal aunt [[Zaira
Magomedova|name]] lives in [[Nottingham|place]] ([[Sneinton|place]]) and visits on Sundays; she is supportive and speaks
English ([[07462 938 157|phone]]).
Voice of the children: [[Khadizhat|name]] ("[[Dina|name]]"): "I want to stay in England and be a nurse. I am not going to
[[Khunzakh|place]]. Please don't make it worse for Mama." [[Magomed|name]] ("[[Maga|name]]") drew the flat, his school
([[Langley Mill Juniors|school]]) and the football pitch at Aldercar Flash; he said he is scared of "the car man".
[[Aminat|name]] talked about her friend [[Poppy|name]] and her teacher Mrs [[Dakin|name]] at [[Langley Mill Infants|school]].
Since the referral: FMPO granted ex parte on [[25/11/2026|date]] at Derby Family Court (return date [[9 Dec|date]]);
port alerts in place; the car ([[FD68 WKT|vehicle]]) traced to [[Timur Aliev|name]] of [[Sheffield|place]], a family friend of
the uncle - warned by DS [[Codnor|name]] on [[27/11|date]]. [[Khadizhat|name]] has a safe phone and a code word with Ms
[[Holmes|name]].
Key dates: [[02.03.2024|date]] family left [[Makhachkala|place]]; [[19.03.2024|date]] arrived via [[Istanbul|place]] and claimed asylum at
[[Croydon|place]]; [[14/05/2024|date]]-[[27/07/2026|date]] hotel in [[Derby|place]]; [[12/11/2026|date]] the housing officer's
referral; [[18/11/2026|date]] [[Khadizhat|name]]'s disclosure to [[Hannah Kilburn|name]] and Ms [[Holmes|name]]; [[19/11/2026|date]] FMU
advice; [[21/11/2026|date]] [[Magomed|name]] told his teacher, Mr [[Straw|name]], that "uncle [[Rasul|name]] says we will all go home";
[[25/11/2026|date]] FMPO.
Recommendation: child protection plans under emotional harm for all three; safety plan; support to mother through
the Refugee Council and Women's Aid (Amber Valley outreach).
"""),
]


# --- E. Plant / Campbell family (white British and Black Caribbean British), Heanor ----------------------------------------

HOME_E = d.Address("Flat 7, Kirkland Court", "", "Heanor", "DE75 7QA")
DAD_E = d.Address("41 Blue Bell Hill Road", "St Ann's", "Nottingham", "NG3 3HZ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Amelia", "Plant")], dt.date(2010, 8, 12), addresses=[HOME_E], ids=["533 709 1263", "G830276901888"],
       schools=["Heanor Gate Science College"]),
    _p("s", "sibling", [("Jayden-Lee", "Campbell")], dt.date(2020, 3, 5), addresses=[HOME_E], ids=["748 415 5624"]),
    _p("m", "mother", [("Kirsty", "Plant")], dt.date(1991, 5, 27), addresses=[HOME_E], phones=["07754 692 130"],
       ids=["HT 52 09 74 B"]),
    _p("f", "father", [("Delroy", "Campbell")], dt.date(1985, 10, 10), addresses=[DAD_E], phones=["07866 350 921"]),
    _p("p1", "professional", [("Nia", "Mapperley")], phones=["07412 770 395"], emails=["nia.mapperley@amberdales.gov.uk"]),
], "c")

DOCS_E = [
    ("midwife's booking appointment record", """UNIVERSITY HOSPITALS OF DERBY AND BURTON - COMMUNITY MIDWIFERY - BOOKING HISTORY
(printout, page 1 of 3)
Woman: [[PLANT, Amelia Rose|name]]     DOB: [[12-Aug-2010|dob]] (16y)     NHS: [[533 709 1263|nhs]]     Hospital no. RTG 8830417
Address: [[Flat 7, Kirkland Court|address]], [[Heanor|place]], [[DE75 7QA|postcode]]     Mobile: [[07309 562871|phone]]
Booking: [[23-Oct-2026|date]] at Heanor Health Centre, midwife [[Sophie Turton|name]] (Amber Team)
LMP: [[08-Aug-2026|date]] (certain)   EDD by dates: [[15-May-2027|date]]   Dating scan booked: [[04-Nov-2026|date]]
G1 P0. Planned pregnancy: "no but I'm keeping it".
Accompanied by: mother ([[Kirsty Plant|name]]) for first part only.
Partner / father of baby: "[[Callum|name]]", age given as 19 (see below). Address not known to woman. Not present.
ROUTINE ENQUIRY (asked alone): DA - "sometimes he gets jealous, he checks my phone" / "he's never hit me".
Age of partner asked again alone: she said "he's 22 actually, he's [[Callum Slack|name]], he lives at his mum's in
[[Eastwood|place]]". Met on Snapchat at 14 ("he added me"), relationship since summer 2025? - she said "since I was 15".
Safeguarding: < 18 with partner 6 yrs older, sexual activity from age 15 = MANDATORY safeguarding referral + CSE
screening. Referral to Starting Point made [[23/10/26|date]] 16:40 by [[S. Turton|name]].
Social history: lives with mum, mum's partner [[Wayne|name]] (surname not given) and brother [[Jayden-Lee|name]] (6). Year 12 at
[[Heanor Gate|school]] (A-level bio, child care). Smokes 5/day, vapes; alcohol none since positive test. Cannabis:
"not any more". Mental health: anxiety, seen by CAMHS 2024. Father: [[Delroy Campbell|name]], [[Nottingham|place]], in touch.
Plan: Young Parents' midwifery team ([[Jo Brailsford|name]]); FNP referral (Family Nurse Partnership) - eligible; stop
smoking ([[Lisa|name]] at the Breathe service); folic acid; bloods taken.
"""),
    ("pre-birth assessment", """AMBER DALES CHILDREN'S SERVICES - PRE-BIRTH ASSESSMENT (single assessment, section 5 analysis and plan)
Expectant mother: [[Amelia Plant|name]] (16), DOB [[12/08/2010|dob]], UPN [[G830276901888|upn]]. Unborn baby due [[15 May 2027|date]].
Home: [[Flat 7, Kirkland Court|address]], [[Heanor|place]] [[DE75 7QA|postcode]], with mother [[Kirsty Plant|name]]
([[07754 692 130|phone]]),
brother [[Jayden-Lee Campbell|name]] (6, NHS [[748 415 5624|nhs]]; DOB [[05/03/2020|dob]]) and mother's partner [[Wayne Beighton|name]].
Mother's NI: [[HT 52 09 74 B|ni]] (Best Start Grant). Social worker: [[Nia Mapperley|name]]; assessment dates [[27 Oct|date]] -
[[8 December 2026|date]].

[[Amelia|name]]'s own account. "[[Millie|name]]" (her chosen name; she dislikes "[[Amelia|name]]") met [[Callum Slack|name]] (DOB
[[3.2.2004|dob]])
on Snapchat when she was 14 and he was 20. They first met in person at the [[Eastwood|place]] Morrisons car park. She says
their sexual relationship began "just after my 15th" (August 2025? - she was unsure; "around Bonfire Night").
She sees him at his mother's house, [[16 Walker Street|address]], [[Eastwood|place]] (Notts), and in his car, a blue Corsa
([[RV17 HPX|vehicle]]). She says he "looks after me", pays for her nails and her phone, and wants the baby. She has
stopped seeing her friends [[Libby|name]] and [[Grace Fryer|name]] because he "doesn't like them".
Mother's account. [[Kirsty|name]] says she "didn't know he was that old" and that [[Millie|name]] said [[Callum|name]] was in Year
11 at [[Kimberley|school]]. She is angry with herself. She wants to support [[Millie|name]] to keep the baby at home.
Father's view. [[Delroy|name]] (by phone from [[St Ann's|place]]) wants [[Callum|name]] "locked up"; he offers his flat at
weekends for [[Millie|name]] and his sister [[Marcia Campbell|name]] ([[Bulwell|place]]) for babysitting.
Police. Notts Police (PC [[Oliver Gedling|name]]) confirm [[Callum Slack|name]] has a caution for a sexual image of a child
(2023) and is subject to a CAWN obtained by Derbyshire on [[11 November 2026|date]].
Analysis: [[Millie|name]] is a child who has been groomed and sexually exploited; she is also a young woman who is
bonding with her baby and has strengths (attends all appointments; a good relationship with her mum and brother).
Risk to the unborn baby comes from [[Callum|name]]'s presence, not from [[Millie|name]]'s care.
Plan: child in need plan for [[Millie|name]]; pre-birth child protection conference not needed at this point; review
at 28 weeks ([[20 February 2027|date]]); FNP nurse [[Anya Sawley|name]]; ISVA referral; [[Callum|name]] not to be at the
flat.
"""),
    ("teenager's voice notes to her mum, transcribed by the family", """(Voice notes [[Millie|name]] sent her mum on WhatsApp on the night
of [[22 November|date]]. Her mum, [[Kirsty|name]], typed them
out on her phone and emailed them to the social worker the next morning. Sent from [[kirstyplant91@gmail.com|email]].)

voice note 1, 23:04 (0:41)
mum its me. im at [[callum|name]]s mums. no dont ring me just listen. he took my phone off me when i was in the bath and hes seen
my messages with [[libby|name]] and hes proper kicking off. hes saying the baby isnt his. im on [[cal|name]]s mums phone she
said i can use it. can you or [[wayne|name]] come get me. im on [[walker st|address]], the one with the trampoline in the
garden

voice note 2, 23:07 (0:22)
dont send [[delroy|name]] hell kill him honest. just come. [[jayden|name]] can stay with mrs [[yates|name]] next door she
wont mind

voice note 3, 23:19 (0:55)
ok he's gone out in the car. his mum [[Tina|name]] is being nice. she says hes always been like this since his dad.
mum im so sorry. i know you said. tell [[nia|name]] tomorrow, shes my social worker, i dont care anymore. [[tina|name]]
says her number is [[07591 604283|phone]] if you cant find it. its like the third house past the chip shop, [[16|address]] i
think. hurry up

(typed by [[Kirsty|name]]:) [[Wayne|name]] got her at 23:40. [[Callum|name]] came back as they were leaving and punched the car
window. [[Wayne|name]] rang 999. [[Jayden|name]] was with [[Pat Yates|name]] at no. [[9|address]]. [[Millie|name]] is asleep in my bed
now. I rang [[Callum|name]]'s
mum [[Tina Slack|name]] to say thank you. [[Kirsty|name]]
"""),
    ("family group conference family plan written by the family", """OUR FAMILY PLAN - for [[Millie|name]] and baby  (Family Group
Conference, [[Heanor|place]] Methodist church hall,
Sat [[28th Nov 2026|date]])
Coordinator: [[Bev Langley|name]] (independent FGC coordinator) - family time was private, this is OUR plan in our words.
Who came: [[Millie|name]]; Mum ([[Kirsty|name]]); [[Wayne|name]]; Dad ([[Delroy|name]]); Auntie [[Marcia|name]]; Grandma
[[Jean Plant|name]] (from
[[Codnor|place]]); Great-grandma [[Hyacinth Campbell|name]] (came up from [[Handsworth|place]] with [[Marcia|name]]); [[Millie|name]]'s best
friend [[Libby Straw|name]] and her mum [[Nicola|name]]; [[Millie|name]]'s nurse [[Anya|name]] (for the start only).

1. Keeping [[Millie|name]] safe from him.
 - [[Millie|name]] has a new phone and number. Only family + [[Libby|name]] + school + [[Nia|name]] have it.
 - If [[Callum|name]] turns up at [[Kirkland Ct|address]] we ring 999 straight away, no arguing with him.
 - [[Wayne|name]] or Dad picks [[Millie|name]] up from [[Heanor Gate|school]] on Tue & Thu (late finish). Grandma [[Jean|name]] does Wed.
2. Baby things.
 - Great-grandma [[Hyacinth|name]] is giving the cot and the pram. [[Marcia|name]] is knitting.
 - [[Millie|name]] wants to go to the young mums' group at [[Langley Mill|place]] children's centre on Mondays.
3. School.
 - [[Millie|name]] stays at school till baby is due. Mrs [[Atkin|name]] (head of sixth form) says she can come back in September.
4. [[Jayden-Lee|name]].
 - He gets a day out every month with Dad, just them two. He's worried "the baby will take my room".
5. If something goes wrong: ring [[Nia|name]] ([[07412 770395|phone]]) or the out of hours team.
Signed: [[M. Plant|name]]   [[K Plant|name]]   [[D. Campbell|name]]   [[H. Campbell|name]]   [[Jean Plant|name]]
Next family meeting: Sunday [[7th February|date]] at Grandma [[Hyacinth|name]]'s in [[Birmingham|place]].
"""),
]


# --- F. Hardstaff family (white British), grandparents' kinship care in Ironville, mother in prison -------------------------

HOME_F = d.Address("17 Victoria Street", "Ironville", "Nottingham", "NG16 5NB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lacey", "Hardstaff")], dt.date(2016, 4, 2), addresses=[HOME_F], ids=["460 776 9908", "Z830297776080"],
       schools=["Ironville and Codnor Park Primary School"]),
    _p("s", "sibling", [("Mason", "Hardstaff")], dt.date(2019, 12, 19), addresses=[HOME_F], ids=["599 605 0390", "A830249745201"],
       schools=["Ironville and Codnor Park Primary School"]),
    _p("m", "mother", [("Gemma", "Hardstaff")], dt.date(1994, 9, 13), ids=["ZE 38 61 45 C"]),
    _p("g", "grandparent", [("Pauline", "Hardstaff")], dt.date(1963, 1, 20), addresses=[HOME_F], phones=["01773 748 215"]),
    _p("g2", "grandparent", [("Brian", "Hardstaff")], dt.date(1960, 6, 8), addresses=[HOME_F], phones=["07835 129 648"]),
    _p("p1", "professional", [("Tom", "Alfreton")], phones=["07539 881 476"], emails=["tom.alfreton@amberdales.gov.uk"]),
], "c")

DOCS_F = [
    ("kinship carer viability assessment", """AMBER DALES - FAMILY AND FRIENDS (KINSHIP) CARER VIABILITY ASSESSMENT
Proposed carers: [[Pauline Hardstaff|name]] (DOB [[20/01/1963|dob]]) and [[Brian Hardstaff|name]] (DOB [[08/06/1960|dob]]), maternal
grandparents.  Address: [[17 Victoria Street|address]], [[Ironville|place]], [[NG16 5NB|postcode]].  Tel [[01773 748215|phone]] /
[[07835 129648|phone]] ([[Brian|name]]).
Children: [[Lacey Hardstaff|name]] (DOB [[02/04/2016|dob]], NHS [[460 776 9908|nhs]]) and [[Mason Hardstaff|name]] (DOB
[[19/12/2019|dob]], NHS [[599 605 0390|nhs]]), both at [[Ironville and Codnor Park Primary|school]].
Assessor: [[Tom Alfreton|name]], Kinship Team, [[Ripley|place]] office. Visits: [[6 October|date]], [[13 October|date]] and [[20 October
2026|date]].

Why: The children's mother, [[Gemma Hardstaff|name]] (32), was remanded on [[2nd October 2026|date]] and is at HMP Foston Hall
(prisoner no. A7731EL) charged with supply of class A. She was living with the children at a flat on [[Clover Way|address]],
[[Riddings|place]]. The children came to the grandparents that night under a s20 agreement signed by [[Gemma|name]] at
[[Ripley|place]] police station. [[Mason|name]]'s father, [[Jordan Beardsley|name]], is in Spain ("somewhere near [[Benidorm|place]]") and
has not seen [[Mason|name]] since 2021. [[Lacey|name]]'s father is not named on her birth certificate; [[Gemma|name]] says he is
"[[Smithy|name]] from [[Selston|place]]" and [[Pauline|name]] says he is "[[Dale Smith|name]]".
The carers. [[Pauline|name]] (63) was a dinner lady at the school for 20 years and knows everyone in [[Ironville|place]].
[[Brian|name]] (66) is a retired miner (Pye Hill colliery) with COPD on home oxygen at night. Two-bedroom terrace; [[Lacey|name]]
shares with nan, [[Mason|name]] has the box room, [[Brian|name]] sleeps downstairs in his chair. [[Pauline|name]]'s sister
[[Sheila Hopkinson|name]] ([[Jacksdale|place]]) helps; their son [[Darren Hardstaff|name]] ([[Gemma|name]]'s brother) lives in
[[Alfreton|place]] and has a caution for ABH (2015) - to be checked, he is a regular visitor.
Checks: DBS enhanced (both) clear (NI [[PH 27 40 93 B|ni]], [[Pauline|name]]; NI [[BT 60 18 52 A|ni]], [[Brian|name]]); local authority
checks: [[Pauline|name]] and [[Brian|name]] known in 2009 (anonymous
referral, no further action); GP medicals requested from Jacksdale Medical Centre (Dr [[Oyelaran|name]]).
Children's wishes: [[Lacey|name]]: "I want to stay with nanna and grandad and see mum on the visits." [[Mason|name]]: "grandad
lets me do the oxygen machine button."
Recommendation: viable. Progress to full assessment (Form C) with a view to a special guardianship order if [[Gemma|name]] is
sentenced. Arrange a family-friendly visit at Foston Hall (family days via PACT).
"""),
    ("Email a Prisoner messages and a handwritten reply sheet", """emailaprisoner.com - message printed at HMP Foston Hall and handed to
prisoner A7731EL [[HARDSTAFF G|name]]
Sent [[11 Nov 2026|date]] 18:22 by: [[Pauline Hardstaff|name]] ([[17 Victoria St|address]], [[Ironville|place]])  Reply sheet: YES

Hiya [[Gem|name]] its mum. [[Lacey|name]] wants to write her own bit so here she is
---
hi mummy its [[lacey|name]]. I got star of the week at school for my volcano. Mrs [[Bramley|name]] said it was the best one. [[mason|name]]
lost his tooth and the tooth fairy came to nannas house she knew where we live now. grandad is ok he coughs at night. we
went to [[Matlock Bath|place]] for the lights on saturday and had chips. when are you coming home. I miss you. lots of
love [[lacey|name]] xxxxxxx
---
[[Mason|name]] says hi and dont forget his birthday its the [[19th|date]] (like you would). Your solicitor Mr [[Kaur|name]] rang, court
date is [[8th January|date]] at [[Derby|place]]. [[Tom|name]] the social worker is coming Tues [[17th|date]]. Love mum xx

REPLY SHEET (handwritten, scanned by the prison mail room [[13/11/26|date]], passed to family by post)
To [[Lacey|name]] and [[Mason|name]] and mum and dad
Hiya my babies. [[Lace|name]] well done on your volcano im so proud. [[Mase|name]] where is your tooth? You better of put it
in a tissue. Mummy is ok, im doing maths and hair and beauty here and I have a friend called [[Shaz|name]] from [[Chesterfield|place]]
who plaits my hair. Be good for nanna and grandad. Tell [[Kyle|name]] next door I said thanks for doing the grass.
Mum dont let [[Jordan|name]]'s mum [[Lorraine|name]] ([[Pinxton|place]]) have [[Mason|name]] on her own, she will take him to Spain.
Love you to the moon [[Gemma|name]] / Mummy xxx
"""),
    ("Facebook Messenger between a grandmother and her daughter's friend", """Screenshots sent by [[Pauline Hardstaff|name]] to the social
worker on [[26 November 2026|date]] ("so you can see what
I'm dealing with"). Typed up by [[T Alfreton|name]]. Times as shown.

[[Pauline Hardstaff|name]] ↔ [[Chelsea Raynor|name]]
TUE 17:41
[[Chelsea Raynor|name]]: hiya [[pauline|name]] its [[chelsea|name]], [[gem|name]]s mate from [[riddings|place]]. is it ok if i take the
kids to see santa at
mcarthurglen sat? [[gem|name]] asked me to
[[Pauline Hardstaff|name]]: Hello [[Chelsea|name]]. I would have to ask the social worker love. They are settled
[[Chelsea Raynor|name]]: they dont need a social worker to see santa lol
[[Chelsea Raynor|name]]: also [[jordo|name]] wants to see [[mason|name]] hes back from spain. hes at his mums in [[pinxton|place]]
[[Pauline Hardstaff|name]]: No. Absolutely not. [[Jordan|name]] has not seen him in 5 years
WED 09:12
[[Chelsea Raynor|name]]: wow ok. [[gem|name]] will be fuming. she said u were on her side
[[Chelsea Raynor|name]]: also she needs £40 putting on her phone credit at foston can u do it. her prison number is on her
letters
[[Pauline Hardstaff|name]]: [[Brian|name]] does that [[Chelsea|name]]. Please dont message me again.
THU 22:03
[[Chelsea Raynor|name]]: [[jordan|name]]s mum said she is going to court for [[mason|name]] so. just saying. [[lorraine|name]] knows
people
[[Chelsea Raynor|name]]: and [[tyrone|name]] at the chippy in [[ironville|place]] says u were shouting at [[lacey|name]] in the street
(Unanswered. [[Pauline|name]] blocked her on [[27/11|date]].)

Note by SW: [[Chelsea Raynor|name]] (about 30, [[Riddings|place]]) is not known to us. [[Lorraine Beardsley|name]] (paternal grandmother,
[[Pinxton|place]]) - no application seen. [[Jordan Beardsley|name]] back in UK? - checking with police.
"""),
    ("special guardianship support plan review minutes", """SPECIAL GUARDIANSHIP / KINSHIP SUPPORT PLAN - REVIEW MEETING MINUTES
Children: [[Lacey Hardstaff|name]] (10) and [[Mason Hardstaff|name]] (6) - placed with grandparents under s20 (reg. 24 temporary
approval), [[17 Victoria Street|address]], [[Ironville|place]] [[NG16 5NB|postcode]]. UPNs: [[Z830297776080|upn]] / [[A830249745201|upn]]
Date: Mon [[30/11/2026|date]] 15:45, [[Ironville and Codnor Park Primary|school]] (staff room). Chair: [[Maxine Oldknow|name]], Kinship
Team Manager.   Present: [[Pauline Hardstaff|name]]; [[Brian Hardstaff|name]]; [[Tom Alfreton|name]] (SW); [[Jess Bramley|name]] (class
teacher, Y5, for [[Lacey|name]]); [[Karl Beresford|name]] (SENCO); [[Dawn Unwin|name]] (Kinship Connected, Grandparents Plus).
Apologies: [[Gemma Hardstaff|name]] (mother) - views sent by letter via the prison.
1. How the children are. [[Lacey|name]]: attendance 97%, star of the week; tearful on Mondays after the weekend phone call from
mum. [[Mason|name]]: toileting accidents at school since October half term; Mr [[Beresford|name]] to refer to school nurse.
2. Contact. Prison visits fortnightly; next on Saturday [[12 December|date]] (family day). [[Tom|name]] raised the messages from
[[Chelsea Raynor|name]]. Agreed: no contact with [[Jordan Beardsley|name]] or paternal grandmother [[Lorraine Beardsley|name]]
without a plan; [[Pauline|name]] to ring 999 if [[Jordan|name]] turns up. School have his photo. [[Mason|name]]'s passport:
[[Gemma|name]] says it is at [[Chelsea|name]]'s flat on [[Greenhill Lane|address]], [[Riddings|place]]; [[Tom|name]] to ask.
3. Money. Fostering allowance at kinship rate in payment from [[5 October|date]]; [[Brian|name]]'s PIP review due [[14 January
2027|date]]. Council tax reduction applied for.
4. Help. [[Dawn|name]] to link [[Pauline|name]] with the grandparents' group at [[Swanwick|place]] (Thursdays). Respite: [[Sheila
Hopkinson|name]] ([[Jacksdale|place]]) 1 weekend a month. Bunk beds donated by Ironville Community Association.
5. Plan. Form C by [[31 January 2027|date]]; SGO application depends on [[Gemma|name]]'s sentence ([[8 January|date]], Derby
Crown Court). Next review [[1 March 2027|date]].
Distribution: [[Pauline Hardstaff|name]] and [[Brian Hardstaff|name]]; [[Gemma Hardstaff|name]] (via the OMU at Foston Hall, for
the attention of her offender manager [[Rachel Wheatcroft|name]]); [[Jess Bramley|name]]; [[Karl Beresford|name]]; [[Dawn Unwin|name]];
[[Sheila Hopkinson|name]] (respite carer, [[4 Main Road|address]], [[Jacksdale|place]], [[NG16 5JU|postcode]], [[07928 604 115|phone]]).
Minutes: [[Ellie Saxton|name]] (business support), [[1/12/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 174 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:15 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "great-grandma", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa",
           "madam", "baba", "баба", "babushka", "бабушка", "otets", "отец", "batyushka", "father"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "derbyshire", "notts",
               "nottinghamshire", "lincolnshire", "amber valley", "erewash", "ashfield", "east midlands", "the midlands",
               "midlands", "romania", "russia", "russian federation", "dagestan", "germany", "spain", "turkey", "tulcea county",
               "danube delta", "the danube delta"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs the earlier sets' checks) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's
# titles and kinship words ("Baba", "Баба", "otets", "nana", "Great-grandma") and counties, regions and countries
# ("Derbyshire", "Notts", "Amber Valley", "Dagestan", "Romania", "Germany", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
