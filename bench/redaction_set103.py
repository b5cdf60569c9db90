"""Set 103: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files other
helpers were writing at the same time (bench/redaction_set102.py, redaction_set104.py, redaction_set105.py and their tests),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking
conventions followed here), the docstrings of bench/redaction_set7.py to redaction_set101.py (printed alone, and searched
for the towns and communities of the area and for community names, to see which earlier sets used them as a family's
home; no earlier set's documents were read), the module docstring and the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Scunthorpe and North Lincolnshire, each from a town, district or estate no earlier set used as a family's
home. Four white British or mixed families: a mother and her violent partner in Westcliff, Scunthorpe, with a grandmother in
Ashby (Brumby / Hibbert; neglect, poor attendance, domestic abuse, a neighbour's anonymous report, a boy of 9's "three
houses"), a father who drinks in Brigg with a boy of 14 criminally exploited in a county line to Grimsby and a girl of 11
who makes the tea (Kettleborough / Wressle / Dowse; a missing episode, an NRM referral, a youth justice panel, the father's
own letter), a pregnant care leaver of 19 in Crowle whose first child was adopted, with a controlling partner from Thorne
and a grandmother in Ealand (Rayner / Stather / Beal; a pre-birth assessment), and grandparents in Messingham caring for two
grandchildren under a kinship placement after their mother's heroin use in Lincoln (Odling / Pashley / Maw; a special
guardianship assessment, supervised contact, a looked-after review). Two from communities no earlier set used as a family:
a Thai mother from Udon Thani in Barton-upon-Humber, coercively controlled by her English husband who holds her passport
(Ainsworth / Chaiyasit; names in Thai script, the Thai nickname "Nok", a LINE chat with Thai Buddhist-era dates), and a
Kenyan Kikuyu family in Frodingham, Scunthorpe (Mwangi / Wairimu / Kamau; a boy of 15 belted by his father, a threat to send
him to boarding school in Kenya, a grandmother in Thika, voice notes in Kikuyu, Swahili and Sheng, a pastor who houses the
father; the teknonym "Mama Baraka"). 24 documents, in types and styles new to these sets where possible: an education welfare
officer's doorstep visit form, a neighbour's online concern form with a MASH screening note, strategy discussion minutes, a
child's "three houses" sheet, a return home interview by a commissioned charity, a chronology table, a father's handwritten
letter (scanned), a youth justice out-of-court disposal referral, an IDVA referral, a LINE chat translated from Thai, an
initial child protection conference report, a class teacher's email to the DSL, a midwife's unborn safeguarding referral, a
pre-birth assessment, a health visitor's notes typed on a phone, a duty line's automatic voicemail transcripts, a school
safeguarding log export, a section 47 outcome, WhatsApp voice notes transcribed and translated, a pastor's email, a special
guardianship assessment, Facebook Messenger messages typed up by an aunt, a supervised contact record and looked-after
review minutes.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Thailand, Kenya); NHS numbers and UPNs (LA number 813) pass their check digits; NI
numbers have a valid format. The council is invented (Ancholme Vale Council), and so are Riddings Vale Primary, Tiny Acorns
and Little Owls (pre-schools), Humber Youth Routes, the Humber Domestic Abuse Partnership, the Thai Orchid restaurant, the
Ashby Turn and Trent View practices, Jesus Celebration Centre and the African Families Network; towns, districts, estates,
villages, real schools and colleges, NHS bodies, hospitals, police forces, prisons, courts, clubs, brands, apps, programmes
and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Dr, PC, DC,
DS, Nan, nana, Mum, Mama, Baba, Cucu, Shemeji, Pastor, Brother, Coach, mister, the Thai Khun and แม่) stay outside the name span;
a possessive 's and a bare s in texting ("carol"s, "jamie"s) stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("BRUMBY, Mason", "MWANGI, Baraka", "ODLING, Libby"), and so is "First SURNAME"
("Ellis KETTLEBOROUGH"); an initial with a surname is one span, and so is a first name with an initial after it ("Lily A",
"Olivia D"); initials alone ("J", "C") are not marked; a collar number after a name stays outside; a name broken by a line
break is one span holding the break, and so is an address or a school; a display name that is a person's plain name is a
name ("Ploy", "Stace Marie", "Sandra Odling"), but a contact saved under a kinship word ("Cucu", "Mam", "แม่") is not; a family
name in the plural ("the Sowerbys", "the Ndungus") is a name. A street address is one span, its town a place, its postcode a
postcode; a street named without a number is an address, and so is a neighbour's bare house number ("no. 9", "no 43") and an
address abroad ("Plot 114, Kenyatta Road", Juja); towns, cities, villages, districts and estates are places, at home or
abroad and in any script ("Westcliff", "Frodingham", "Ermine", "Ban Dung", "อุดร"); countries, counties and regions are not
("North Lincolnshire", "Kenya", "Thailand", "Isan", "the Isle of Axholme"); organisations are not marked even when they hold a
town's name ("Scunthorpe General Hospital", "Grimsby Combined Court", "HMP Humber", "Appleby-Frodingham works"); a school's,
college's or pre-school's name is a school, and so is its short form ("Riddings Vale", "Sir John Nelthorpe", "DN Colleges",
"Mang'u"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and a bare
day ("the 10th", "the 4th") is a date; months and years alone are not marked; pets' names (Roxy, Pickle, Biscuit) are not
names; a firm named after people marks only the names ("Tinsley and Crook"); parks, stadiums and landmarks stay unmarked
(Glanford Park, Church Square House); a service named by its town marks the town ("the Epworth clinic", "the Scunthorpe family
centre", "Isle and Brigg").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Thai nickname ("Nok",
"bird") is a name wherever it refers to the mother, in English or Thai script; Thai names written without spaces are marked
only where the writing gives them a space on each side, and the Thai documents were written so that every name does; a Thai
date in the Buddhist era with a day ("19 พ.ย. 2569") is a date, with the Thai weekday abbreviation outside it; "Mama Baraka"
(the mother named by her son) marks the son's name and leaves "Mama" outside; Uingereza (Swahili for England) is a country and
is not marked; in an automatic voicemail transcript a mis-heard place ("e land", "ealing" for Ealand) is a place, a mis-heard
house number stays inside the address ("to Stonegate cottages"), and a police reference read out in digits is not a phone;
a place changed by autocorrect ("Crawl" for Crowle) is a place; a partial vehicle registration is not marked, the full one
is; a local short form of a town ("scunny") is a place; a street named in a district's name ("Ashby High Street") is an
address; a church (St Oswald's) and a restaurant (the Thai Orchid) are organisations; a hospital number, a police or MISPER
reference, a web form reference and a Youth Justice panel reference are not marked.

Self-check without the detector: `python -m bench.redaction_set103` (and tests/test_redaction_set103.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and
counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 918 gold spans,
512 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Brumby / Hibbert family (white British), Westcliff, Scunthorpe --------------------------------------------------

HOME_A = d.Address("41 Enderby Road", "Westcliff", "Scunthorpe", "DN17 1QT")
NAN_A = d.Address("9 Collum Gardens", "Ashby", "Scunthorpe", "DN16 2SY")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Brumby")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["731 916 7514", "V813268793515"],
       schools=["Riddings Vale Primary School"]),
    _p("s", "sibling", [("Lacey-Mae", "Brumby")], dt.date(2020, 9, 3), addresses=[HOME_A], ids=["712 390 0316"],
       schools=["Riddings Vale Primary School"]),
    _p("m", "mother", [("Kayleigh", "Brumby")], dt.date(1996, 12, 8), addresses=[HOME_A], phones=["07712 408 356"],
       ids=["PH 48 19 63 C"]),
    _p("f", "partner", [("Reece", "Hibbert")], dt.date(1993, 6, 17), addresses=[HOME_A], phones=["07935 221 604"]),
    _p("g", "grandparent", [("Carol", "Brumby")], dt.date(1968, 2, 27), addresses=[NAN_A], phones=["01724 861 233"]),
    _p("p1", "professional", [("Nadine", "Cawkwell")], phones=["01724 296 514"], emails=["nadine.cawkwell@ancholmevale.gov.uk"]),
], "c")

DOCS_A = [
    ("education welfare officer's doorstep visit record on a printed form", """ANCHOLME VALE COUNCIL - SCHOOL ATTENDANCE SUPPORT TEAM
DOORSTEP VISIT RECORD (form AT3)
Pupil: [[BRUMBY, Mason|name]]        DOB: [[22/04/2017|dob]]        UPN: [[V813268793515|upn]]        Year: 4
School: [[Riddings Vale Primary School|school]]      Attendance this term: 61.4% (to [[27 Nov|date]])
Address visited: [[41 Enderby Road|address]], [[Westcliff|place]], [[Scunthorpe|place]] [[DN17 1QT|postcode]]
Date/time of visit: Tues [[1/12/26|date]] 08:50        Officer: [[Darren Skelton|name]] (EWO)
Other children at address: [[Lacey-Mae Brumby|name]] (Reception, also at [[Riddings Vale|school]])

Who answered: Mum ([[Kayleigh Brumby|name]], DOB [[08/12/1996|dob]], NI [[PH 48 19 63 C|ni]]) after 5 mins knocking. Partner
[[Reece|name]] heard upstairs, did not come down.
Reason given for absence: "[[Mason|name]]'s got belly ache again". [[Mason|name]] seen in the front room in pyjamas, playing on the
Xbox, bright and chatty, said "I'm not poorly I just didn't want to go cos of [[Tyler|name]]". [[Lacey-Mae|name]] was dressed
but no breakfast given yet (box of cereal on the floor, dog bowl empty). Dog (Staffie, "Roxy") shut in kitchen, barking.
House: strong smell of dog urine, kitchen floor covered, 2 bags of rubbish in the hall, no bulb on the landing.
Mum said the washer broke 3 weeks ago and "the landlord won't do nowt". Landlord given as Mr [[Pridmore|name]].
Advice given: leaflet on attendance; told Mum I would ask the school nurse ([[Beverley Oates|name]]) to see [[Mason|name]]
about the tummy aches; offered the Early Help worker. Mum said "yeah go on then but not [[Nadine|name]] again, she's
alright but she talks to me like I'm thick".
Outcome: [[Lacey-Mae|name]] walked to school by me with Mum at 09:20 (arrived 09:31, late mark). [[Mason|name]] refused.
Next visit: Mon [[7th Dec|date]]. Copy to DSL Mrs [[Pilkington|name]] and to [[N Cawkwell|name]] (Early Help, [[01724 296 514|phone]]).
Signed [[D. Skelton|name]]    [[01/12/2026|date]]
"""),
    ("neighbour's report made through the council's online concern form", """Online form: Report a concern about a child
Submitted: [[03-12-2026|date]] 23:14   Reference: WEB-CC-2026-118734   Channel: website (mobile)

About the child or children
Child's name (if known): [[mason|name]] and [[lacey|name]] i think there surname is [[brumby|name]]
Child's age (if known): about 9 and 6
Where does the child live: [[41 enderby rd|address]] [[westcliff|place]] next door to me
Are they in danger right now: No

What is your concern? (please tell us as much as you can)
i live at [[no 43|address]] and i dont want to cause trouble but im worried. the little girl [[lacey|name]] was sat on the step
at 10 oclock tonight in her nightie in the cold crying for her mum. i took her in mine and gave her a biscuit. the
mum [[kayleigh|name]] came back about half 10 with her fella [[reece|name]] in a taxi both drunk. he shouted at me to "keep my f***ing
nose out". last week i heard him shouting and banging and the lad [[mason|name]] screaming "leave her alone". there dog is
always howling and they dont let it out. the nan [[carol|name]] from [[ashby|place]] comes sometimes and cleans up. my daughter
[[Shelley|name]] said [[mason|name]] told her son at school he has to get his own tea.

Your details (you can stay anonymous)
Name: [[Pauline Waddingham|name]]        Phone: [[07468 319 572|phone]]         Email: [[pauline.wadd61@hotmail.co.uk|email]]
Address: [[43 Enderby Road|address]], [[Scunthorpe|place]] [[DN17 1QT|postcode]]
Can we tell the family you contacted us: NO PLEASE DONT

[MASH screening note added [[04/12/2026|date]] by [[Farida Siddique|name]], MASH social worker: form linked to the case of
[[Mason Brumby|name]] and [[Lacey-Mae Brumby|name]]. Checked with Humberside Police: call-out to the address on [[28/11|date]]
(verbal argument, no arrest; officer PC [[Hollingworth|name]] 2764 noted the children were in bed). Open to Early Help
([[Nadine Cawkwell|name]]). Decision: strategy discussion today; RAG red.]
"""),
    ("strategy discussion minutes typed from the chair's notes", """STRATEGY DISCUSSION - MINUTES
Children: [[Mason BRUMBY|name]] (d.o.b. [[22.04.2017|dob]]), [[Lacey-Mae BRUMBY|name]] (d.o.b. [[03.09.2020|dob]])
Address: [[41 Enderby Road|address]], [[Westcliff|place]], [[Scunthorpe|place]] [[DN17 1QT|postcode]]
Date: Friday [[4 December 2026|date]], 13:30, by Teams        Chair: [[Sarah Ellerby|name]], team manager, MASH

Attendees: [[Farida Siddique|name]] (MASH SW); DS [[Andy Coultish|name]] (Humberside Police, PVP); [[Jo Pilkington|name]] (DSL,
[[Riddings Vale Primary|school]]); [[Beverley Oates|name]] (school nurse); [[Nadine Cawkwell|name]] (Early Help); [[Darren Skelton|name]]
(EWO). Apologies: Dr [[Okafor|name]] (GP, Ashby Turn Practice).

1. Information shared
Police: three domestic incidents at the address since [[14 August 2026|date]]; [[Reece Hibbert|name]] (d.o.b. [[17/06/1993|dob]]) has a
conviction for assault of a previous partner ([[Gemma Lound|name]], then of [[Bottesford|place]], in 2021). A DASH on [[28 November|date]]
was standard risk because [[Kayleigh|name]] "wouldn't answer the questions". Car: a grey Vauxhall Corsa [[FY68 KZT|vehicle]], seen
parked on [[Collum Gardens|address]] in [[Ashby|place]], the grandmother's street.
School: [[Mason|name]]'s attendance is 61%; he told his teacher, Mr [[Fenwick|name]], on [[2 December|date]] that "[[Reece|name]] hurt
Mummy's neck". [[Lacey-Mae|name]] arrives hungry most days and eats two breakfasts at the club. Head lice untreated since
September.
Early Help: plan since July 2026. Home conditions worse since [[Carol Brumby|name]] (maternal grandmother, [[9 Collum
Gardens|address]], [[DN16 2SY|postcode]], tel [[01724 861 233|phone]]) had her hip operation.
2. Decision: threshold met for a section 47 enquiry (both children; emotional harm, neglect). Joint visit today at 15:30
after school ([[Farida|name]] and DS [[Coultish|name]]). Children to be seen alone. [[Pauline Waddingham|name]]'s identity not to be
shared with the family.
3. Actions: police to check [[Reece|name]]'s bail address ([[16 Normanby Road|address]], [[Scunthorpe|place]] - his brother
[[Jake Hibbert|name]]'s); school to keep the children in breakfast club; [[Beverley|name]] to see [[Mason|name]] on Mon [[7 Dec|date]].
Minutes: [[S. Ellerby|name]].
"""),
    ("a nine-year-old's words and drawings noted by the social worker on a 'three houses' sheet", """THREE HOUSES - [[Mason|name]], age 9
Done at school, quiet room by the library, [[7/12/26|date]], with [[Farida|name]] (SW). [[Mason|name]] wrote some of it himself;
his spelling is kept. My notes in [square brackets].

HOUSE OF WORRIES
- [[reece|name]] shouting at mum and she cries in the bath room
- wen mum and [[reece|name]] go pub and me and [[lacey|name]] on are own [he said "[[lacey|name]] gets scared of the dark"]
- Roxy is hungry [the dog]
- [[Tyler|name]] at school sez my clothes smell [this is [[Tyler Dent|name]], Year 4 - told Mrs [[Pilkington|name]]]

HOUSE OF GOOD THINGS
- nana [[carol|name]]s house in [[ashby|place]] she makes beans on toast and we watch the chase
- my mate [[alfie|name]] and his dad takes us to the Iron (football) [Glanford Park]
- uncle [[jake|name]] has a ps5
- Mr [[Fenwick|name]] lets me do the register

HOUSE OF DREAMS
- mum and me and [[lacey|name]] and nana live at nana [[carol|name]]s
- [[reece|name]] goes to live in [[grimsby|place]]
- i get a bike for xmas
[Asked who he would tell if someone hurt him: "Nana, or Mr [[Fenwick|name]], or you". He asked me not to tell [[Reece|name]] what he
had said. I said I would have to tell Mum something but would be careful. He drew the three houses with the dog in the good
house. Ended 11:10; back to class with Mrs [[Pilkington|name]].]
"""),
]


# --- B. Kettleborough family (white British), Brigg ---------------------------------------------------------------------

HOME_B = d.Address("7 Wrawby Street", "", "Brigg", "DN20 8JH")
MUM_B = d.Address("Flat 2, 31 Bridge Street", "", "Gainsborough", "DN21 1LT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ellis", "Kettleborough")], dt.date(2012, 5, 30), addresses=[HOME_B], ids=["298 426 9632", "R813264984177"],
       schools=["Sir John Nelthorpe School"]),
    _p("s", "sibling", [("Skye", "Kettleborough")], dt.date(2015, 1, 12), addresses=[HOME_B], ids=["993 153 9399"]),
    _p("f", "father", [("Gary", "Kettleborough")], dt.date(1981, 10, 4), addresses=[HOME_B], phones=["07840 551 297"],
       ids=["WK 27 55 10 A"]),
    _p("m", "mother", [("Natasha", "Wressle")], dt.date(1986, 7, 21), addresses=[MUM_B], phones=["07595 104 862"]),
    _p("p1", "professional", [("Imogen", "Staniland")], phones=["01652 633 418"], emails=["imogen.staniland@ancholmevale.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode, recorded by a commissioned charity worker", """RETURN HOME INTERVIEW
(completed for Ancholme Vale Council by Humber Youth Routes - commissioned service)
Young person: [[Ellis KETTLEBOROUGH|name]]   Age 14   DOB [[30/05/2012|dob]]   NHS no. [[298 426 9632|nhs]]
Missing from: home, [[7 Wrawby Street|address]], [[Brigg|place]] [[DN20 8JH|postcode]]
Missing: 18:40 [[28.11.2026|date]] to 02:15 [[30.11.2026|date]] (found by police on [[Freeman Street|address]], [[Grimsby|place]])
Police ref: Humberside MISPER 26-4471 (officer in case PC [[Lorna Threlfall|name]])
Interview: [[2nd December 2026|date]], 16:00, at the Angel (café) in [[Brigg|place]] - [[Ellis|name]]'s choice. By [[Kyle Marris|name]].

Where were you? "Just with mates." Later: "[[Grimsby|place]]. A lad's flat." Wouldn't give the lad's name at first, then called him
"[[Deano|name]]" and "[[D|name]]". Said he got a lift there "in a white Golf" (he gave part of the reg; the police matched it to
[[YK21 OWB|vehicle]], a car seen on the night).
How did you get money/food? "[[Deano|name]] sorts it." Had a new phone (iPhone) and new trainers; said his cousin
[[Connor|name]] in [[Barnetby|place]] gave them him.
Anyone ask you to do anything? Long silence. "Just drop stuff off. It's not a big deal." Said he "took a bag" to a
house near [[Nunsthorpe|place]] and to "a woman's in [[Immingham|place]]".
Home: "Dad's alright when he's not drinking." Said [[Gary|name]] (dad) "sleeps on the settee with cans", and that he does the
tea for [[Skye|name]] (11) "most days". Mum ([[Natasha Wressle|name]]) lives in [[Gainsborough|place]] with her new partner
([[Lee|name]]); [[Ellis|name]] goes "when she's got money for the bus".
School: [[Sir John Nelthorpe|school]] - "I've been excluded twice, I don't care". Likes the mechanics course at [[DN Colleges|school]]
taster days.
What would help: "a job", "my dad to stop", "nobody grassing me up to [[Deano|name]]".
Risk indicators: CCE - high (new items, unexplained travel, reluctance to name adults, drug running). Shared with MASH
and the Humber complex safeguarding team same day ([[02/12/2026|date]] 18:05).
Worker: [[K. Marris|name]], [[07387 249 911|phone]]   Manager: [[Amrit Sangha|name]]
"""),
    ("chronology of significant events, table pasted into the case file", """CHRONOLOGY OF SIGNIFICANT EVENTS -
[[Ellis Kettleborough|name]] ([[30.05.2012|dob]]) and [[Skye Kettleborough|name]] ([[12.01.2015|dob]])
Compiled by [[Imogen Staniland|name]] (SW), [[04/12/2026|date]]. Sources in brackets.

Date | Event | Source | Impact on the children
[[21/07/2019|date]] | Parents separate; mother [[Natasha Wressle|name]] moves to [[Gainsborough|place]]; children stay with father at
[[7 Wrawby
Street|address]], [[Brigg|place]] | Early Help | Loss of daily contact with Mum.
[[3 March 2022|date]] | Father [[Gary Kettleborough|name]] cautioned, drink driving ([[Kirton Lindsey|place]]) | police | Lost his job
as an HGV driver.
[[16/09/2024|date]] | [[Ellis|name]] starts at [[Sir John Nelthorpe School|school]]; first fixed-term exclusion [[11/11/2024|date]] |
school |
[[14 Feb 2025|date]] | [[Skye|name]] tells her teacher at [[Brigg Primary|school]] (Mrs [[Tomlinson|name]]) that she made tea "every night
this
week" | school (DSL referral) | Young carer role.
[[02/06/2025|date]] | Neighbour Mrs [[Jean Epton|name]] ([[no. 9|address]]) finds [[Skye|name]] locked out at 8pm; father asleep | police |
[[Aug 14 2026|date]] | [[Ellis|name]] stopped with two older youths in [[Scunthorpe|place]] ([[Ashby High Street|address]]) with £340 in
cash | police
(PCSO [[Nick Bramhill|name]]) | First CCE flag.
[[9/10/2026|date]] | Missing 1 night; returned himself | police MISPER | -
[[28/11/2026|date]]-[[30/11/2026|date]] | Missing, found in [[Grimsby|place]] at 02:15 with an adult male (named as "[[Deano|name]]",
believed
[[Dean Atkinson|name]], 24, of [[Cleethorpes|place]]) | police; RHI | High risk, CCE
[[03/12/2026|date]] | Strategy discussion; s47 (both children); NRM referral for [[Ellis|name]] | MASH |
[[04/12/2026|date]] | Father's sister, [[Michelle Dowse|name]] of [[Bigby High Road|address]], [[Brigg|place]], offers to have
[[Skye|name]] after school;
checks on her and her husband [[Wayne Dowse|name]] started | SW | Protective family member.
[[05/12/2026|date]] | Letter from [[Gary|name]]: has seen his GP and booked with the alcohol service for the [[10th|date]] | father | -
[[06/12/2026|date]] | [[Ellis|name]] seen by the CCE worker, [[Kyle Marris|name]], at [[Brigg|place]] library; agrees to meet weekly | RHI
service |
"""),
    ("a father's own handwritten letter to the social worker, scanned", """[scanned, handwritten on lined paper, blue biro, 2 pages]

                                                           [[7 Wrawby St|address]]
                                                           [[Brigg|place]]
                                                           [[5-12-26|date]]
To [[Imogen|name]] the social worker

I am writing this because I cant say it right when you come, I just get angry and you think I dont care. I do care about
my kids more than anything. I know I have been drinking to much since I lost my job and there mum went. I have been to
the doctors today (Dr [[Hardcastle|name]] at the Ancholme surgery) and he has give me the number for the drink people
(Change Grow Live) and I have rang them and I have a apointment on the [[10th|date]].

About [[Ellis|name]]. He is not a bad lad. He has been got at by them lot from [[Grimsby|place]] who give him trainers and a phone
and then say he owes them. I found £200 in his sock drawer and a second phone. I am frightened of them. A car was
outside on Wednesday night at 11 and he went out to it. I have wrote the number down, it was [[YK21 OWB|vehicle]] white.

[[Skye|name]] should not be making the tea. My sister [[Michelle|name]] ([[Michelle Dowse|name]], [[07823 667 140|phone]]) lives
on [[Bigby High Road|address]] and she said [[Skye|name]] can go to hers after school till I am sorted, I hope thats ok.
Her husband [[Wayne|name]] is a good bloke.

Please can you not send [[Ellis|name]] to foster, he will just run. I will do what you ask. Please ring me on [[07840 551 297|phone]]
not the house phone.

From [[Gary Kettleborough|name]]
([[Gary|name]])
"""),
    ("Youth Justice Service out-of-court disposal panel referral form", """HUMBER YOUTH JUSTICE SERVICE - OUT OF COURT DISPOSAL PANEL -
REFERRAL
Section 1 - Child
Surname: [[KETTLEBOROUGH|name]]            Forename(s): [[Ellis James|name]]          Known as: "[[Kett|name]]"
D.O.B.: [[30 May 2012|dob]]        Gender: M        Ethnicity: White British
Address: [[7 Wrawby Street|address]], [[BRIGG|place]], [[DN20 8JH|postcode]]     Tel: via father [[07840 551 297|phone]]
School: [[Sir John Nelthorpe School|school]], [[Brigg|place]]     UPN: [[R813264984177|upn]]
Parent/carer: [[Gary Kettleborough|name]] (father, [[04/10/1981|dob]], NI [[WK 27 55 10 A|ni]]); [[Natasha Wressle|name]] (mother,
[[Flat 2, 31 Bridge
Street|address]], [[Gainsborough|place]] [[DN21 1LT|postcode]], [[07595 104 862|phone]])
Section 2 - Offence
Possession of cannabis (class B) with intent to supply (8 wraps) and possession of a bladed article (lock knife). Arrested
[[30/11/2026|date]] 02:15, [[Freeman Street|address]], [[Grimsby|place]], with [[Dean ATKINSON|name]] ([[12/03/2002|dob]]), who was charged.
Arresting officer: PC [[Lorna Threlfall|name]] 3391. Custody: [[Grimsby|place]] PIC.
Section 3 - Context (safeguarding)
NRM referral made [[03/12/2026|date]] by [[Imogen Staniland|name]] (SW); reasonable grounds decision awaited. [[Ellis|name]] is
a child at risk of criminal exploitation; the panel is asked to consider a Youth Caution with an intervention, not a charge.
Previous: none. Victim: none.
Section 4 - Referrer
[[Imogen Staniland|name]], Social Worker, Children's Assessment Team, [[01652 633 418|phone]],
[[imogen.staniland@ancholmevale.gov.uk|email]]      Date: [[07/12/2026|date]]
Panel date: Wednesday [[16 December 2026|date]]. YJS case manager: [[Tomasz Wiśniewski|name]].
"""),
]


# --- C. Ainsworth family (Thai mother, white British father), Barton-upon-Humber ----------------------------------------

HOME_C = d.Address("22 Caistor Road", "", "Barton-upon-Humber", "DN18 6AH")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Lily", "Ainsworth")], dt.date(2019, 6, 14), addresses=[HOME_C], ids=["874 438 7830", "Z813266047022"],
       schools=["Castledyke Primary School"]),
    _p("s", "sibling", [("Noah", "Ainsworth")], dt.date(2023, 2, 2), addresses=[HOME_C], ids=["175 114 7193"]),
    _p("m", "mother", [("Siriporn", "Ainsworth"), ("Siriporn", "Chaiyasit")], dt.date(1991, 8, 19), addresses=[HOME_C],
       phones=["07746 905 183"]),
    _p("f", "father", [("Martin", "Ainsworth")], dt.date(1972, 3, 9), addresses=[HOME_C], phones=["01652 788 205"],
       ids=["JX 73 18 42 B"]),
    _p("p1", "professional", [("Hannah", "Rylatt")], phones=["01724 298 000"], emails=["hannah.rylatt@ancholmevale.gov.uk"]),
], "c")

DOCS_C = [
    ("independent domestic violence adviser's referral form", """HUMBER DOMESTIC ABUSE PARTNERSHIP - IDVA REFERRAL
Referrer: [[Hannah Rylatt|name]], Social Worker, Ancholme Vale Council, [[01724 298 000|phone]], [[hannah.rylatt@ancholmevale.gov.uk|email]]
Date of referral: [[25/11/2026|date]]      Consent: yes (given through a Thai interpreter, [[Ratana Pugh|name]], by phone)

Victim: [[Siriporn AINSWORTH|name]] (née [[CHAIYASIT|name]]), known as "[[Nok|name]]"     DOB: [[19/08/1991|dob]]
Address: [[22 Caistor Road|address]], [[Barton-upon-Humber|place]] [[DN18 6AH|postcode]]
Safe contact: mobile [[07746 905 183|phone]] - ONLY text in Thai, ONLY on weekdays 09:30-14:30 when the husband is at work;
or through her friend [[Ploy|name]] ([[Ploy Hardy|name]], [[07477 330 628|phone]], works at the Thai Orchid restaurant,
[[Hull|place]]). Do NOT ring the landline ([[01652 788 205|phone]]).
Language: Thai (Isan dialect at home). Reads English a little. Immigration: spouse visa, depends on the husband.
Perpetrator: [[Martin AINSWORTH|name]], DOB [[09/03/1972|dob]], NI [[JX 73 18 42 B|ni]], same address. Works at the Humber Bridge Board
(maintenance).
Children: [[Lily Ainsworth|name]] ([[14/06/2019|dob]], [[Castledyke Primary|school]]), [[Noah Ainsworth|name]] ([[02/02/2023|dob]]).
DASH score: 16 (high). MARAC referral: yes, for the meeting on [[10 December|date]].

Summary: coercive and controlling behaviour for about 5 years. He holds her passport and her BRP in a locked drawer, gives her
£20 a week, checks her phone and has deleted her Facebook. She is not allowed to go to the Thai temple in [[Sheffield|place]] or to
visit [[Ploy|name]]. On [[21 November 2026|date]] he pushed her into the kitchen door when she asked for money to send to her
mother in [[Udon Thani|place]] (Mrs [[Mali Chaiyasit|name]], who is ill); a bruise to the upper arm was seen by the school
(teacher Miss [[Fowler|name]]). [[Lily|name]] told her teacher "Daddy says Mummy will go back to Thailand and me and [[Noah|name]]
stay". Threats to have her deported. No weapons known; he has a shotgun licence (clay pigeon shooting at [[Elsham|place]]).
"""),
    ("LINE messages between a mother and her friend, translated from Thai and typed up", """[LINE chat between [[Siriporn Ainsworth|name]]
and [[Ploy Hardy|name]], shown by [[Nok|name]] to the IDVA on [[1 December 2026|date]] and
typed up with her agreement. Thai translated by [[Ratana Pugh|name]] (interpreter); English and the Thai names kept as written.
Her phone shows the friend as "[[Ploy|name]] 🌸" and her mother as "แม่" (Mum); stickers left out. Dates are LINE's, in the Thai way.]

พฤ. [[19 พ.ย. 2569|date]] (Thu [[19 Nov 2026|date]])
[[Ploy|name]] 🌸: [[นก|name]] เป็นไงบ้าง วันนี้ว่างไหม
         ([[Nok|name]], how are you, are you free today?)
[[ศิริพร|name]]: ไม่ได้ [[มาร์ติน|name]] อยู่บ้าน
         (No, [[Martin|name]] is at home.)
[[Ploy|name]] 🌸: ok. call me when he go work. i will come [[barton|place]] with [[somchai|name]] we take you to temple [[sheffield|place]]
sunday
[[ศิริพร|name]]: he check my phone every night. I delete everything after

ส. [[21 พ.ย. 2569|date]] (Sat [[21 Nov 2026|date]])
[[ศิริพร|name]]: เขาผลักฉันชนประตู แขนเขียวหมดเลย [[ลิลี่|name]] เห็น
         (He pushed me into the door, my arm is all bruised. [[Lily|name]] saw.)
[[Ploy|name]] 🌸: OMG [[nok|name]]!!! you need to tell someone. tell [[lily|name]] school teacher. or i call police for you
[[ศิริพร|name]]: no no he say if police come i go back to [[udon|place]] and no see [[ลิลี่|name]] and [[โนอาห์|name]] again
[[Ploy|name]] 🌸: that is not true. Khun [[Dara|name]] at the temple say the social service help thai lady in [[grimsby|place]] last year
         she keep her kids

จ. [[23 พ.ย. 2569|date]] (Mon [[23 Nov 2026|date]])
แม่: ลูก ส่งเงินได้ไหม แม่ต้องไปโรงพยาบาลที่ [[อุดร|place]]
     (Child, can you send money? I have to go to the hospital in [[Udon|place]].)
[[ศิริพร|name]]: แม่ หนูไม่มีเงินเลย ขอโทษนะ
     (Mum, I have no money at all, I'm sorry.)
[[ศิริพร|name]]: [[Ploy|name]] can you send 3000 baht to my mum? I pay you back. her number [[+66 81 462 7315|phone]]
[[Ploy|name]] 🌸: yes of course. dont worry. i send tonight

อ. [[24 พ.ย. 2569|date]] (Tue [[24 Nov 2026|date]])
[[ศิริพร|name]]: the teacher miss [[fowler|name]] ask about my arm. i tell her. now social worker come tomorrow 😢
[[Ploy|name]] 🌸: good!!! I am proud of you [[นก|name]] ❤️ I come with you if you want. [[Somchai|name]] can have [[Noah|name]]
"""),
    ("initial child protection conference social work report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Lily AINSWORTH|name]] (DOB [[14.06.2019|dob]], NHS [[874 438 7830|nhs]], UPN [[Z813266047022|upn]]); [[Noah AINSWORTH|name]]
(DOB [[02.02.2023|dob]], NHS [[175 114 7193|nhs]])
Address: [[22 Caistor Road|address]], [[Barton-upon-Humber|place]], [[DN18 6AH|postcode]]
Conference: Tuesday [[8 December 2026|date]], 10:00, Church Square House, [[Scunthorpe|place]]     Chair: [[Paul Maddison|name]] (IRO)
Author: [[Hannah Rylatt|name]], Social Worker                      Interpreter booked: Thai, [[Ratana Pugh|name]]

1. Reason for the conference
A section 47 enquiry began on [[25 November 2026|date]] after [[Lily|name]] told her class teacher, Miss [[Fowler|name]], that
"Daddy pushed Mummy and Mummy's arm is purple" and that "Daddy says Mummy will go back to Thailand". Mrs [[Ainsworth|name]] told me
through the interpreter that her husband, [[Martin Ainsworth|name]], has controlled her money, passport and phone for five years.

2. The family
[[Siriporn|name]] ("[[Nok|name]]", 35) grew up in a village near [[Udon Thani|place]] in the north-east of Thailand (Isan). She met
[[Martin|name]]
(54) in [[Pattaya|place]] in 2017 and came to England on a spouse visa in 2018. Her mother, [[Mali Chaiyasit|name]] (in Thai
[[มะลิ ไชยสิทธิ์|name]]), lives in [[Ban Dung|place]] and is ill; her only friend here is [[Ploy Hardy|name]], who is married to a man
from [[Hessle|place]]. [[Martin|name]] has two adult sons from his first marriage, [[Craig Ainsworth|name]] ([[Goxhill|place]]) and
[[Liam Ainsworth|name]] ([[New Holland|place]]).

3. The children
[[Lily|name]] (7) is in Year 3 at [[Castledyke Primary|school]]; she is doing well, speaks English and some Thai, and is described as
"watchful". She told me: "I look after Mummy when Daddy is cross. I put [[Noah|name]] in my room." [[Noah|name]] (3) attends
[[Tiny Acorns|school]] nursery on [[Brigg Road|address]] two mornings a week; his key person, [[Chloe Dent|name]], has no concerns.
The health visitor, [[Gail Brocklesby|name]], notes that [[Noah|name]]'s speech is delayed.

4. The father's view
Mr [[Ainsworth|name]] (seen [[30/11/2026|date]], at home) denies pushing his wife: "She fell. She's clumsy." He said he keeps the
passport "safe because she'd lose it" and that he "won't have her sending my money to Thailand". He refused to leave the home.

5. Analysis and recommendation
The children are at risk of emotional harm from living with coercive control and physical abuse of their mother. A place at
the refuge in [[Grimsby|place]] has been offered. I recommend child protection plans under the category of emotional abuse.
Signed [[H. Rylatt|name]]   [[04/12/2026|date]]
"""),
    ("class teacher's email to the designated safeguarding lead", """From: [[Becky Fowler|name]]
<[[b.fowler@castledyke.nlincs.sch.uk|email]]>
Sent: [[24 November 2026|date]] 15:52
To: [[Graham Storr|name]] (DSL) <[[g.storr@castledyke.nlincs.sch.uk|email]]>
Subject: [[Lily A|name]] Y3 - disclosure today - CPOMS done too

Hi [[Graham|name]],

Logged on CPOMS but wanted you to have it straight away. At morning break [[Lily|name]] ([[Lily Ainsworth|name]], 3F) came to
me and asked if I could "help Mummy". She said Daddy ([[Martin|name]]) pushed Mummy into a door on Saturday and "her arm is
purple". She said Mummy cried on the phone to Grandma in Thailand because there's no money. When Mum (she's [[Nok|name]] to
everyone on the yard, her proper name is [[Siriporn|name]]) collected at 3.15, I asked if she was ok and she showed me
her arm - large bruise above the left elbow, yellow-purple. She said "please no tell him". Dad usually collects on
Fridays in a black Land Rover ([[FN19 XEP|vehicle]]).
[[Lily|name]]'s friend [[Amelia Sowerby|name]]'s mum ([[Kirsty|name]]) also said to me at the gate that she has "heard things" from
next door (the [[Sowerbys|name]] live at [[no. 24|address]]).

I've told [[Lily|name]] I'd talk to someone who helps families. She asked me not to tell Daddy.

[[Becky|name]]
Miss [[B Fowler|name]] | Class 3F | [[Castledyke Primary School|school]] | [[01652 659 114|phone]]
"""),
]


# --- D. Rayner / Stather family (white British), Crowle, Isle of Axholme -------------------------------------------------

HOME_D = d.Address("5 Godnow Road", "", "Crowle", "DN17 4EE")
NAN_D = d.Address("2 Stonegate Cottages", "Ealand", "Scunthorpe", "DN17 4JB")
RECORD_D = d.CaseRecord([
    _p("c", "unborn", [("Baby", "Rayner")], addresses=[HOME_D]),
    _p("m", "mother", [("Jade", "Rayner")], dt.date(2007, 4, 2), addresses=[HOME_D], phones=["07922 183 446"],
       ids=["291 607 7510"]),
    _p("f", "father", [("Callum", "Stather")], dt.date(2003, 11, 25), addresses=[HOME_D], phones=["07508 412 736"]),
    _p("g", "grandparent", [("Tracey", "Rayner")], dt.date(1980, 9, 30), addresses=[NAN_D], phones=["01724 762 803"]),
    _p("p1", "professional", [("Olivia", "Dunderdale")], phones=["01724 276 431"],
       emails=["olivia.dunderdale@ancholmevale.gov.uk"]),
], "m")

DOCS_D = [
    ("community midwife's safeguarding referral to children's social care", """NORTHERN LINCOLNSHIRE AND GOOLE NHS FOUNDATION TRUST -
MATERNITY SERVICES
SAFEGUARDING REFERRAL (UNBORN)                                              Date: [[16/09/2026|date]]
Mother: [[Jade RAYNER|name]]   DOB: [[02/04/2007|dob]] (19)   NHS: [[291 607 7510|nhs]]   Hosp no: K448120
Address: [[5 Godnow Road|address]], [[Crowle|place]], [[DN17 4EE|postcode]]   Mobile: [[07922 183 446|phone]]
EDD: [[20/01/2027|date]]   Gestation at booking: 14+3   Booked at: Scunthorpe General Hospital (delivery), community clinic at
[[Epworth|place]]
Father of baby: [[Callum STATHER|name]], DOB [[25.11.2003|dob]], same address (moved in July).
GP: Dr [[Sanderson|name]], Trent View Medical Practice

Reasons for referral:
1. At booking ([[9 Sept|date]]) [[Jade|name]] disclosed that [[Callum|name]] "gets jealous" and once "held me down on the bed" in
   June. She said it was "one time". He was in the waiting room and asked twice to come in.
2. [[Jade|name]] was in care herself (Ancholme Vale care leaver, PA [[Sophie Brewster|name]]); her first child,
   [[Alfie-Jay|name]], born [[03.03.2025|dob]], was adopted in 2026 after care proceedings (neglect, her then partner's drug use).
3. Cannabis use daily until 10 weeks ("stopped now").
4. Her mother, [[Tracey Rayner|name]], of [[2 Stonegate Cottages|address]], [[Ealand|place]] [[DN17 4JB|postcode]]
([[01724 762 803|phone]]), is supportive but "has her own stuff" (she said).
Mother aware of and agrees to the referral: YES (discussed [[15/09|date]]).
Referrer: [[Rachel Spavin|name]], community midwife, Isle team, [[07704 150 692|phone]],
[[rachel.spavin1@nhs.net|email]]
"""),
    ("pre-birth assessment, analysis section", """PRE-BIRTH ASSESSMENT (extract: family history, analysis and plan)
Unborn baby of [[Jade Rayner|name]] ([[2.4.2007|dob]]) and [[Callum Stather|name]] ([[25.11.2003|dob]])
[[5 Godnow Road|address]], [[Crowle|place]], [[DN17 4EE|postcode]]          EDD [[20 January 2027|date]]
Social worker: [[Olivia Dunderdale|name]]        Completed: [[2 December 2026|date]]        Sessions: 6 (2 with [[Callum|name]])

Family history. [[Jade|name]] was born in [[Doncaster|place]] and moved to [[Crowle|place]] at 6 with her mother, [[Tracey|name]], and her
mother's then partner, [[Shaun Ledger|name]], who was violent to both. She was accommodated at 13 and lived in a children's home in
[[Bottesford|place]] and then with foster carers, Mr and Mrs [[Beal|name]], in [[Winterton|place]], whom she still visits ("[[Mags|name]]
is like a nan to me"). [[Callum|name]] grew up in [[Thorne|place]]; his father, [[Darren Stather|name]], lives in [[Moorends|place]] and
they do not speak. [[Callum|name]] works nights at a distribution warehouse near [[Goole|place]] and drives a blue Ford Focus
([[YC16 HWN|vehicle]]). He has one caution (2022, criminal damage at an ex-partner's house in [[Hatfield|place]] - [[Kelsey Pryor|name]]).

What is going well. [[Jade|name]] has not missed an antenatal appointment. She has a cot, pram and clothes (from [[Mags|name]] and the
baby bank at St Oswald's church) and has kept the flat clean at every visit. She can name what went wrong for [[Alfie-Jay|name]]
and cries when she talks about him. She has stopped cannabis (tests negative [[12 Oct|date]] and [[20 Nov|date]]).

What we are worried about. [[Callum|name]]'s jealousy and control: [[Jade|name]] has stopped seeing her friend [[Paige|name]] ([[Paige
Torn|name]]) and now has her location shared with him. In session 4 [[Jade|name]] said "he's changed since the baby". [[Callum|name]]
minimises the June incident ("we were messing about"). [[Tracey|name]] told me she "wouldn't trust him with a goldfish".

Analysis. The risks of domestic abuse and of repeating the neglect [[Alfie-Jay|name]] suffered are real but [[Jade|name]] is not the
young woman she was in 2025. Recommendation: child in need plan now; a pre-birth child protection conference if [[Callum|name]] does
not engage with the Caring Dads programme by [[8 January|date]]; a mother and baby placement with [[Mags|name]] and [[Peter Beal|name]]
(if approved) as the fall-back. Birth plan agreed with midwife [[Rachel Spavin|name]].
"""),
    ("health visitor's antenatal visit notes typed quickly on a phone", """HV antenatal contact - typed on phone in car after visit, tidy
later!!
[[jade rayner|name]] / unborn. [[5 godnow rd|address]] [[crowle|place]]. [[3/12|date]] 14.10-15.05. [[callum|name]] present 1st 20 mins
then left for work
(said "gotta go to [[thorne|place]]"?? - he works nr [[goole|place]]). HV [[G Brocklesby|name]] (covering for [[Dawn|name]] on leave)

- 33/40. J well, tired, back ache. bump measured ok per m/w.
- home: tidy, warm. cot up in small bed room. dog?? no dog. cat "Pickle".
- J v quiet when C there. C answered questions for her x3. when he left J said "dont write that down" re him
  checking her phone, then "ok write it but dont tell him it was me".
- Safe contact: J says text ok, but he reads them. agreed to use nan [[tracey|name]]s landline in [[ealand|place]] [[01724 762 803|phone]]
  if needed. or see J at the [[epworth|place]] clinic alone.
- feeding: wants to breast feed. Infant feeding peer supporter [[Shannon|name]] to ring.
- ICON discussed (crying plan) - J said [[alfie jay|name]] "never cried" - poss v sad. cried.
- Mood: EPDS 11. referred to perinatal MH? J says wait till after.
- next: [[17th dec|date]] at clinic, J to come on her own. Told [[Olivia D|name]] SW by text 15.20.
- autocorrect changed [[Crowle|place]] to [[Crawl|place]] twice - fix when typing up
"""),
    ("duty team's voicemail transcripts from the telephone system", """DUTY LINE - VOICEMAIL TRANSCRIPTS (automatic; the system's
transcription, not checked)
Mailbox: Children's Assessment Team (Isle and [[Brigg|place]])           Exported [[07/12/2026|date]] 08:31 by [[Olivia Dunderdale|name]]

[1] Received Fri [[04/12/2026|date]] 17:46 from [[07922 183 446|phone]] (0:48)
"hi it's [[jade rayner|name]] ring me back please it's about [[Callum|name]] he's took my phone charger and my bank card and I've gone to me
mums in [[e land|place]] I'm alright I'm alright the baby's moving I just want to talk to [[Olivia|name]] thank you bye"

[2] Received Fri [[04/12/2026|date]] 21:12 from [[07508 412 736|phone]] (1:31)
"yeah this is [[Callum stather|name]] I know [[Jade|name]]'s been ringing you lot she's making it up she's at her mums cos her mum's
poisoning her
against me I've done nothing I want to see my kid when it's born you can't stop that my solicitor's mister [[Hartley|name]] at
[[Tinsley|name]]
and [[Crook|name]] in [[Goole|place]] ring me back on this number"

[3] Received Sat [[05/12/2026|date]] 10:03 from [[01724 762 803|phone]] (1:02)
"morning it's [[Tracy Rayner|name]], [[Jade|name]]'s mum, from [[ealing|place]] it's to say she's stopping here with me for now at
[[to Stonegate
cottages|address]] she's fine she's got her bag he came round at midnight banging on the door I rang the police they've give me a
number 1 3 7... sorry I haven't got it... the officer was PC [[Meadows|name]] bye"

[4] Received Mon [[07/12/2026|date]] 07:55 from Withheld (0:22)
"message for [[Olivia|name]] from [[Rachel spavin|name]] midwife I've seen [[Jade|name]] on the Saturday at the [[Epworth|place]] clinic
she's well baby's fine I'll
email you ta"
"""),
]


# --- E. Mwangi family (Kenyan, Kikuyu), Frodingham, Scunthorpe ----------------------------------------------------------

HOME_E = d.Address("63 Frodingham Road", "Frodingham", "Scunthorpe", "DN15 7NA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Baraka", "Mwangi")], dt.date(2011, 3, 18), addresses=[HOME_E], ids=["975 251 0965", "G813268193545"],
       schools=["Frederick Gough School"]),
    _p("s", "sibling", [("Amani", "Wairimu")], dt.date(2014, 8, 7), addresses=[HOME_E], ids=["266 449 8568", "J813266531115"]),
    _p("s2", "sibling", [("Zawadi", "Mwangi")], dt.date(2021, 5, 26), addresses=[HOME_E], ids=["227 798 9010"]),
    _p("m", "mother", [("Grace Wanjiru", "Mwangi")], dt.date(1985, 1, 15), addresses=[HOME_E], phones=["07961 552 014"]),
    _p("f", "father", [("Peter Kamau", "Mwangi")], dt.date(1979, 10, 2), addresses=[HOME_E], phones=["07449 826 317"]),
    _p("p1", "professional", [("Rhys", "Blanchard")], phones=["01724 298 000"], emails=["rhys.blanchard@ancholmevale.gov.uk"]),
], "c")

DOCS_E = [
    ("a secondary school's safeguarding log export (CPOMS-style) for one pupil", """SAFEGUARDING LOG - EXPORT FOR SOCIAL CARE
Exported by [[Lauren Cressey|name]] (DSL) on [[30/11/2026|date]]
Student: [[MWANGI, Baraka|name]]   Year 11   DOB [[18/03/2011|dob]]   UPN [[G813268193545|upn]]   Tutor: 11KN (Mr [[Naylor|name]])
Siblings in school: [[WAIRIMU, Amani|name]] (Y8)
Parents: [[Peter Kamau MWANGI|name]] (father, [[07449 826 317|phone]]); [[Grace Wanjiru MWANGI|name]] (mother, [[07961 552 014|phone]])
Address: [[63 Frodingham Road|address]], [[Scunthorpe|place]] [[DN15 7NA|postcode]]   Previous school: [[Kahawa Garrison Primary|school]],
[[Nairobi|place]] (to 2020)

[[12/10/2026|date]] 08:47 | Attendance | [[Baraka|name]] late 4th time; said he walks [[Zawadi|name]] to nursery first. | [[K. Naylor|name]]
[[06/11/2026|date]] 12:30 | Behaviour | Fight on the field with [[Jayden Rudd|name]] (Y11) after [[Jayden|name]] made "monkey" noises.
  [[Baraka|name]] put in isolation; [[Jayden|name]] suspended 2 days (racist abuse). | [[S. Whitehead|name]]
[[24/11/2026|date]] 10:15 | Safeguarding - physical | In PE (Mr [[Bains|name]]) [[Baraka|name]] reluctant to change. Seen: 3 raised
  linear marks on the back of his left thigh, about 10 cm, one broken. [[Baraka|name]] said "my dad used the belt because of the
  suspension letter. It's normal in Kenya. Don't call anyone, he will send me to [[Thika|place]]". Body map done. | [[R. Bains|name]]
[[24/11/2026|date]] 11:02 | DSL action | Spoke to [[Baraka|name]] with Mrs [[Odeyemi|name]] (LSA, he asked for her). He said his father
  [[Peter|name]] hit him 5 times with a belt on Sunday night; mum ([[Grace|name]]) tried to stop it. He is scared of being sent to
  boarding school in Kenya "like my cousin [[Kioko|name]]". Referral to MASH 11:20 (spoke to [[Farida Siddique|name]]). |
[[L. Cressey|name]]
[[24/11/2026|date]] 15:40 | Update | Police (DC [[Harriet Lumb|name]]) and SW ([[Rhys Blanchard|name]]) saw [[Baraka|name]] and
[[Amani|name]] in school. | [[L. Cressey|name]]
[[25/11/2026|date]] 09:00 | Sibling | [[Amani|name]] (Y8) told her form tutor Miss [[Kowalczyk|name]] "Baba didn't mean it, don't break our
  family". Upset; her friend [[Chidera|name]] stayed with her. | [[M. Kowalczyk|name]]
"""),
    ("section 47 enquiry outcome and single assessment summary", """SECTION 47 ENQUIRY - OUTCOME, WITH SINGLE ASSESSMENT SUMMARY
Children: [[Baraka Mwangi|name]] (15, [[18.03.2011|dob]], NHS [[975 251 0965|nhs]]); [[Amani Wairimu|name]] (12, [[07.08.2014|dob]], NHS
[[266 449 8568|nhs]], UPN [[J813266531115|upn]]); [[Zawadi Mwangi|name]] (5, [[26.05.2021|dob]], NHS [[227 798 9010|nhs]])
Home: [[63 Frodingham Road|address]], [[Frodingham|place]], [[Scunthorpe|place]] [[DN15 7NA|postcode]]
Parents: [[Peter Kamau Mwangi|name]] ([[02/10/1979|dob]], [[07449 826 317|phone]]); [[Grace Wanjiru Mwangi|name]] ([[15/01/1985|dob]],
[[07961 552 014|phone]]) - both speak English well; Kikuyu and Swahili at home.
Social worker: [[Rhys Blanchard|name]]     Enquiry started [[24 November 2026|date]]; completed [[4 December 2026|date]]

Background. Mr [[Mwangi|name]] came to the UK in 2019 on a health and care worker visa; he is a senior carer at a nursing home in
[[Bottesford|place]]. Mrs [[Mwangi|name]] (known at church as "Mama [[Baraka|name]]") joined him with the children in 2020, and
[[Zawadi|name]] was born at Scunthorpe General. The family came from [[Ruiru|place]], near [[Nairobi|place]]; the paternal grandmother
("Cucu", Mrs [[Esther Njeri Kamau|name]]) lives in [[Thika|place]] ([[+254 722 418 306|phone]]) and an uncle, [[Joseph Mwangi|name]], at
[[Plot 114, Kenyatta Road|address]], [[Juja|place]]. The family attend Jesus Celebration Centre in [[Scunthorpe|place]] (pastor [[Samuel
Otieno|name]]) and have close friends, the [[Ndungus|name]], in [[Lincoln|place]].

Findings. [[Baraka|name]]'s account of being hit with a belt was consistent to the teacher, police and me, and the marks (seen by the
paediatrician, Dr [[Yewande Adebayo|name]], on [[25/11/2026|date]]) fit it. Mr [[Mwangi|name]] accepts he hit [[Baraka|name]] "as I was
disciplined by my own father" and says he did not know it is a crime to leave marks in England. [[Amani|name]] and [[Zawadi|name]] say
they have been smacked "on the hand" but not with anything. The parents have talked about sending [[Baraka|name]] to a boarding
school near [[Nyeri|place]]; Mrs [[Mwangi|name]] now says they will not. A neighbour, Mr [[Derek Foulstone|name]] ([[no. 61|address]]),
says the family are "lovely" and the children always polite.

Outcome. Concerns substantiated (physical abuse, [[Baraka|name]]). Police: Mr [[Mwangi|name]] voluntarily interviewed [[1/12/2026|date]];
an out-of-court outcome with a parenting course is likely. The father agreed to stay with Pastor [[Otieno|name]]'s family on
[[Doncaster Road|address]] until [[7 December|date]]. Decision: no conference; a child in need plan with a written agreement, a
culturally matched parenting programme (the African families' programme run by Sure Start in [[Grimsby|place]]), and
Forced Marriage Unit / abduction-risk advice considered and not needed (passports kept by the parents; no plans to travel).
"""),
    ("voice notes sent on WhatsApp, transcribed and translated from Kikuyu, Swahili and English", """[Voice notes sent to
[[Grace Mwangi|name]]'s phone and played by her to [[Rhys Blanchard|name]] (SW) on [[3 December 2026|date]], transcribed
with her agreement by a Swahili and Kikuyu interpreter, [[Wambui Hollis|name]]. Kikuyu and Swahili translated in brackets; English
and Sheng kept as spoken. Sender names as saved in her phone.]

Cucu ([[+254 722 418 306|phone]]), [[29/11/2026|date]], 1:12
"[[Wanjiru|name]], mwarĩ wakwa... (My daughter...) nĩ ndaigua ũhoro wa [[Kamau|name]] na kamwana (I have heard about [[Kamau|name]] and
the boy).
Mtoto akikosea unamchapa, ni kawaida (when a child misbehaves you beat him, it is normal)... but they tell me in Uingereza
(in England) the police come. Send [[Baraka|name]] here to [[Thika|place]], to me, I will
straighten him. [[Njeri|name]] will take him to [[Mang'u|school]]."

[[Joseph Mwangi|name]], [[30/11/2026|date]], 0:41
"Shemeji, sasa (Sister-in-law, hello). I talked to [[Kamau|name]] on phone. He is very ashamed. Tell the social worker the family here
will not take the boy, we are not crazy... and [[mwangi|name]] is not a bad man. Call me on the other line, [[+254 20 271 4480|phone]],
the office one."

[[Faith Ndungu|name]], [[01/12/2026|date]], 1:05
"Mama [[Baraka|name]]! Pole sana (so sorry). Me and [[Kevo|name]] will come from [[Lincoln|place]] on Saturday. Don't fear these people,
my cousin in [[Leicester|place]], [[Wairimu|name]], they helped her with the housing. Tell [[Amani|name]] auntie [[Faith|name]] is bringing
mandazi. And tell Pastor [[Sam|name]] we are praying. Sawa? (OK?)"

[[Baraka|name]], [[02/12/2026|date]], 0:19
"Mum, it's me. I'm at [[Kai|name]]'s after football. Is Dad back? Tell [[Zawadi|name]] I'll read her the story. Love you."
"""),
    ("church pastor's email to the social worker", """From: Pastor [[Samuel Otieno|name]] <[[sam.otieno@jcc-scunthorpe.org.uk|email]]>
Sent: Saturday, [[5 December 2026|date]] 19:20
To: [[rhys.blanchard@ancholmevale.gov.uk|email]]
Cc: [[Grace Mwangi|name]] <[[gracewanjiru85@gmail.com|email]]>
Subject: [[Peter Mwangi|name]] - staying with us

Dear Mr [[Blanchard|name]],

Thank you for meeting me and my wife [[Ruth|name]] on Thursday. As agreed, Brother [[Peter|name]] has been staying in our home at
[[88 Doncaster Road|address]], [[Scunthorpe|place]] [[DN15 7DT|postcode]] since the [[25th|date]] and will remain until you say so. He
has seen the children only at church with [[Grace|name]] present, and at [[Baraka|name]]'s football match in [[Bottesford|place]] on
Sunday where Coach [[Dale Harrison|name]] was present throughout.

I want to say, with respect, that many African parents in our congregation were raised as [[Peter|name]] was, and that the
parenting course you suggested would help them too. I have spoken to Mrs [[Adaeze Okonkwo|name]] from the African Families
Network in [[Hull|place]] about running it at our church hall on [[Cottage Beck Road|address]]. Please let me know if the council
could fund it.

[[Baraka|name]] has asked to speak to his father "properly, without everyone". I think this would be good for them both. I can
arrange it at my house with my wife present, if you agree.

Yours in Christ,
Pastor [[Sam Otieno|name]]
Jesus Celebration Centre, [[Scunthorpe|place]]   [[07852 631 904|phone]]
"""),
]


# --- F. Odling / Pashley family (white British), kinship care in Messingham ---------------------------------------------

HOME_F = d.Address("14 Holme Lane", "Messingham", "Scunthorpe", "DN17 3SG")
MUM_F = d.Address("Room 6, 40 Monks Road", "", "Lincoln", "LN2 5HT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Libby", "Odling")], dt.date(2018, 7, 9), addresses=[HOME_F], ids=["705 239 7617", "Z813267427554"],
       schools=["Messingham Primary School"]),
    _p("s", "sibling", [("Jaxon", "Pashley")], dt.date(2022, 10, 31), addresses=[HOME_F], ids=["409 881 9023"]),
    _p("m", "mother", [("Stacey", "Odling")], dt.date(1997, 5, 5), addresses=[MUM_F], phones=["07418 552 960"]),
    _p("f", "father", [("Jamie", "Pashley")], dt.date(1995, 2, 19)),
    _p("g", "grandparent", [("Sandra", "Odling")], dt.date(1963, 12, 1), addresses=[HOME_F], phones=["01724 855 217"]),
    _p("g2", "grandparent", [("Derek", "Odling")], dt.date(1960, 4, 14), addresses=[HOME_F], phones=["07932 470 118"]),
    _p("p1", "professional", [("Joanne", "Ingamells")], phones=["01724 296 514"],
       emails=["joanne.ingamells@ancholmevale.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship assessment, extract on the grandparents", """SPECIAL GUARDIANSHIP ASSESSMENT (extract: sections 3, 5 and 9)
Applicants: [[Derek Odling|name]] ([[14/04/1960|dob]]) and [[Sandra Odling|name]] ([[01/12/1963|dob]]), maternal grandparents
Address: [[14 Holme Lane|address]], [[Messingham|place]], [[DN17 3SG|postcode]]       Tel: [[01724 855 217|phone]]
Children: [[Libby ODLING|name]] ([[9.7.2018|dob]]) and [[Jaxon PASHLEY|name]] ([[31.10.2022|dob]])
Assessor: [[Joanne Ingamells|name]], kinship assessing social worker     Report date: [[1 December 2026|date]]

3. The applicants' history
[[Derek|name]] was born in [[Scotter|place]] and worked 31 years at the steelworks in [[Scunthorpe|place]] (the Appleby-Frodingham
works) until he retired in 2022. [[Sandra|name]] grew up in [[Kirton in Lindsey|place]] and was a dinner lady at [[Messingham
Primary|school]] for 20 years, so knows [[Libby|name]]'s school well. They married in 1984 and have three children: [[Stacey|name]]
(the children's mother, 29), [[Darren Odling|name]] (40, in [[Scawby|place]]) and [[Kerry Maw|name]] (37, married to [[Andy Maw|name]], in
[[Yaddlethorpe|place]]). [[Sandra|name]] had breast cancer in 2019 and is in remission (letter from Mr [[Raghunathan|name]], consultant,
[[16/10/2026|date]]). [[Derek|name]] has type 2 diabetes.

5. The children in their care
The children came to live with their grandparents on [[18 March 2026|date]], when [[Stacey|name]] was arrested at her flat in
[[Lincoln|place]]
([[Room 6, 40 Monks Road|address]], [[LN2 5HT|postcode]]) and the children were found alone. [[Libby|name]] was 7 and had missed 40 days
of school;
[[Jaxon|name]] (3) was not toilet trained, had no words and had nappy rash so bad it bled. Nine months on, [[Libby|name]] is in Year 4 at
[[Messingham Primary|school]] (class teacher Mrs [[Holgate|name]]) and reading at her age; [[Jaxon|name]] goes to [[Little Owls|school]]
pre-school and has about 50 words. [[Sandra|name]] says "[[Libby|name]] still hides food under her pillow". The children's father, [[Jamie
Pashley|name]] (31), is in HMP Humber (release date [[2 August 2027|date]]) and has sent two letters, which [[Derek|name]] keeps.

9. Recommendation
Mr and Mrs [[Odling|name]] can meet the children's needs to adulthood. Their support network is strong: [[Kerry|name]] and [[Andy|name]]
will have the children one weekend a month; the neighbour, Mrs [[Pat Cocking|name]] of [[no. 16|address]], does the school run on
Thursdays. I recommend a special guardianship order for both children, with supervised contact with [[Stacey|name]] once a
month at the [[Scunthorpe|place]] family centre and letter contact with Mr [[Pashley|name]].
"""),
    ("Facebook Messenger messages from a mother to the grandmother, typed up by the grandmother's daughter", """[Messenger messages from
[[Stacey Odling|name]] ("[[Stace Marie|name]]") to [[Sandra Odling|name]] ("[[Sandra Odling|name]]" / "Mam" in the
thread), screenshots typed up by [[Kerry Maw|name]] for the social worker, [[29/11/2026|date]]. Spelling kept. [[Kerry|name]]'s notes in
[brackets].]

[[22 Nov 2026|date]], 01:14
[[Stace Marie|name]]: mam are you up
[[Stace Marie|name]]: i need to see my babys. its been 5 weeks. ur keeping them from me. [[joanne|name]] said once a month i no that but
  you could bring them to [[lincoln|place]] yourself no one has to no
[[Stace Marie|name]]: tell [[libby|name]] mammy loves her and [[jaxy|name]]. i got her the frozen doll from b&m
[[23 Nov 2026|date]], 09:40
[[Sandra Odling|name]]: [[Stacey|name]] you know I cant do that love. Its at the family centre on the [[4th|date]] with [[Joanne|name]].
Please
  be there this time, [[Libby|name]] cried all night last time.
[[Stace Marie|name]]: whatever. [[jamie|name]]s mam [[Lorraine|name]] says shes going to get them off you anyway
  [note of [[Kerry|name]]: [[Lorraine Pashley|name]], [[Jamie|name]]'s mum, lives in [[Gainsborough|place]]. She has never seen the kids.]
[[26 Nov 2026|date]], 23:52
[[Stace Marie|name]]: im stoping at [[shaz|name]]s in [[ermine|place]] now, not [[monks rd|address]]. moved out. her number is
[[07418 552 960|phone]] if mine is off
  [note of [[Kerry|name]]: [[Ermine|place]] is an estate in [[Lincoln|place]]. That number is [[Stacey|name]]'s own, I think, not
[[Shaz|name]]'s.]
[[Stace Marie|name]]: send me £20 for the bus to [[scunny|place]] and i will come
[[Stace Marie|name]]: [[derek|name]] blocked me again didnt he
[[27 Nov 2026|date]], 07:15
[[Sandra Odling|name]]: I will buy your ticket at the station myself. See you on the [[4th|date]] [[Stace|name]]. xx
"""),
    ("family centre supervised contact record", """[[SCUNTHORPE|place]] FAMILY CENTRE - SUPERVISED CONTACT RECORD
Children: [[Libby Odling|name]] (8), [[Jaxon Pashley|name]] (4)          Visiting: [[Stacey Odling|name]] (mother)
Date: Friday [[4th December 2026|date]]   Booked 10:00-11:30   Room: Blue Room   Supervisor: [[Mandy Leggott|name]] (contact worker)
Brought by: maternal grandmother, Mrs [[Sandra Odling|name]], who waited in the café.

09:58 Children arrived with Nan. [[Libby|name]] asked "is Mammy definitely coming this time?"
10:06 No sign of [[Stacey|name]]. Rang her on [[07418 552 960|phone]] - no answer. [[Libby|name]] drawing, [[Jaxon|name]] on the garage.
10:19 [[Stacey|name]] arrived with a friend, [[Sharon|name]] "[[Shaz|name]]" [[Bracegirdle|name]], who was asked to wait outside and did.
[[Stacey|name]]
      apologised - bus from [[Lincoln|place]] to [[Brigg|place]] late, then the 4 to [[Scunthorpe|place]]. Appeared tired, thin, pupils
small,
      scratching her arms. Clear speech. No smell of alcohol.
10:22 [[Libby|name]] ran to her and hugged her for a long time. [[Jaxon|name]] hung back, held my hand; went to her after 10 mins when
      she got out crisps. [[Stacey|name]] gave [[Libby|name]] a Frozen doll and [[Jaxon|name]] a toy digger.
10:35 [[Stacey|name]] asked [[Libby|name]] "does Nanna say bad things about me". Redirected (first time). [[Libby|name]] said "no, she says
      you're poorly".
10:50 Played shops together; warm, funny, [[Stacey|name]] used the children's names and praised [[Libby|name]]'s reading. Said to
      [[Jaxon|name]] "you're a big boy now, you've got loads of words, [[Jax|name]]".
11:05 [[Stacey|name]] on her phone for 6 minutes (texting). Reminded; put it away.
11:10 [[Stacey|name]] told [[Libby|name]] "I'll have a new flat soon and you can come and live with me". Redirected (second time) - I said
      that is for the grown-ups to talk about. [[Libby|name]] went quiet.
11:30 Goodbyes. [[Libby|name]] cried; [[Stacey|name]] cried and said "I'll see you at Christmas". [[Jaxon|name]] waved.
11:35 Handed back to Mrs [[Odling|name]]. [[Stacey|name]] left with [[Shaz|name]] towards the bus station on [[Holme Hall Avenue|address]].

Worker's view: a warm contact; the children love their mother and she them. Two redirections. Signs that may mean drug use.
[[Libby|name]] was sad and unsettled at the end. Next contact: [[8 January 2027|date]]. Sent to [[Joanne Ingamells|name]] (SW)
[[04/12/2026|date]].
[[M. Leggott|name]]
"""),
    ("looked-after child review minutes", """REVIEW OF ARRANGEMENTS FOR A CHILD LOOKED AFTER - MINUTES (second review)
Child: [[ODLING, Libby|name]]   DOB: [[09/07/2018|dob]]   NHS: [[705 239 7617|nhs]]   UPN: [[Z813267427554|upn]]
Placement: connected persons foster care (regulation 24, then full approval) with maternal grandparents, [[Derek|name]] and [[Sandra
Odling|name]], [[14 Holme Lane|address]], [[Messingham|place]]
Date of review: Monday [[7 December 2026|date]] 15:45, at the grandparents' home     IRO: [[Priya Chauhan|name]]
Present: [[Libby|name]] (for part); Mr and Mrs [[Odling|name]]; [[Joanne Ingamells|name]] (SW); Mrs [[Holgate|name]] (teacher);
[[Pete Sargent|name]]
(supervising social worker, fostering). [[Jaxon|name]]'s review held separately the same day.
Not present: [[Stacey Odling|name]] (invited, sent views by text); [[Jamie Pashley|name]] (HMP Humber; letter of invitation sent
[[20/11/2026|date]], no reply).

1. [[Libby|name]]'s views (seen alone first, with her rabbit, Biscuit): "I like living at Nanna and Grandad's. I want to stay here
   forever and see Mammy sometimes when she's better." She wants to join Brownies in [[Messingham|place]] and go to [[Lincoln|place]]
Christmas
   market "with Mammy".
2. Health: annual health assessment done [[12/11/2026|date]] by the LAC nurse, [[Karen Foster|name]]: well; dentist (Dr [[Ghosh|name]]) has
   treated two cavities; CAMHS referral for nightmares (first appointment [[6 January 2027|date]]).
3. Education: PEP [[20 October 2026|date]]; attendance 99%; [[Libby|name]] has a friendship group ([[Isla|name]], [[Poppy|name]] and [[Grace
   Wetherill|name]]). Pupil premium plus to fund a reading tutor.
4. Contact: monthly with the mother - 3 of 8 sessions missed; the [[4 December|date]] session late but warm (record by
[[Mandy Leggott|name]]).
   [[Stacey|name]]'s text to the review: "i want my kids back when i get clean, i love them". Letterbox contact with the father.
5. Permanence: special guardianship application to be filed at Grimsby Combined Court by [[18 December 2026|date]]; the local
   authority supports it.
Decisions: the plan meets [[Libby|name]]'s needs. Next review: [[7 June 2027|date]] (or earlier if the SGO is made). [[P. Chauhan|name]],
IRO
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 103 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 07:00 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy",
           "mam", "mammy", "dad", "daddy", "aunty", "auntie", "uncle", "mister", "pastor", "brother", "khun", "cucu", "shosho",
           "shemeji", "mama", "baba", "mwarĩ", "แม่"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "lincolnshire",
               "north lincolnshire", "north east lincolnshire", "yorkshire", "south yorkshire", "east riding", "the humber", "humber",
               "humberside", "isle of axholme", "the isle", "isle", "thailand", "isan", "kenya", "kiambu", "uingereza", "africa",
               "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mama Baraka",
# "Pastor Otieno", "Brother Peter", "Khun Dara", "mister Hartley", "Coach Dale Harrison"; after one: "senior", "junior") and
# counties, regions and countries ("North Lincolnshire", "the Humber", "Isle of Axholme", "Thailand", "Isan", "Kenya",
# "Uingereza").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
