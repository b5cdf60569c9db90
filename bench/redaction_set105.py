"""Set 105: a held-out hand-written set for the redaction detector, six more invented families in Harlow and west Essex,
written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set102.py to redaction_set104.py and their tests (written by other helpers at the same time), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first family's record and first two documents, and its last document, word
lists and tail) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the docstrings
of bench/redaction_set7.py to redaction_set101.py (printed only, and searched only for the towns, districts and communities
earlier sets used), the module docstring and the `_party`, `Records`, `HandSet`, `word_problems`, `_parse`, `_docs` and
`sets` helpers of bench/redaction_handwritten.py (its first record was seen in passing), and the ruff settings in
pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families in Harlow and the Epping Forest district, each from a town, district or estate no earlier set used as a
family's home. Four white British families: the Ninefields estate in Waltham Abbey, with a grandmother in Nazeing and a
father in Cheshunt (Mercer / Tanner; a father's drunken damage on Halloween night, a boy of 9 messaged on Snapchat to meet
his father secretly, a father at the school gate in a friend's van), Chipping Ongar, with a grandmother in High Ongar (Pryor /
Dawes; a baby of 6 months with a spiral fracture and older rib fractures, a mother's low mood, an uncle who stayed), Sumners,
Harlow, with a father in Epping (Kelly / Brewer; a girl of 16 exploited by a man of 23 with a car, a flat in Hoddesdon, a
mother's partner) and North Weald Bassett (Webb / Lowe; a widowed grandmother applying for special guardianship, a mother in
recovery housing in Southend, a father in prison, a boy's suspensions). Two from communities no earlier set used: a Lebanese
Druze family on the Debden estate, Loughton, with family in Aley and Baakline (Halabi / Abou Chakra; a boy of 13 beaten with
a belt, a maternal uncle who wants him sent to Lebanon, a cancelled flight, a girl of 7 with dental neglect) and a Zimbabwean
Ndebele family in Bush Fair, Harlow, with a grandmother in Nkulumane, Bulawayo, and an uncle in Gwanda (Ncube / Moyo; a boy
of 15 going missing to Stevenage in county lines, a mother working nights on a tied visa, a girl of 11 left alone, a
fellowship's offer of help). 24 documents, in types and styles new to these sets where possible: a social worker's case
note of an unannounced visit, Snapchat messages typed up by a mother (lower case), a police public protection notification,
a primary school's CPOMS chronology export, strategy discussion minutes, an Arabic interpreter's own note, a family WhatsApp
group in Arabic script and English translated, a dental practice's safeguarding referral, a return home interview, a
mother's own letter to a conference chair, a church pastor's email, an initial child protection conference report, a
paediatric consultant's letter, a health visitor's notes typed fast on a phone, a grandmother's letter scanned and run
through OCR (with its errors: "High 0ngar", "2 MiIl Lane", "2O26"), a section 47 outcome letter, a child exploitation risk
assessment form, Instagram messages from a police phone download, a youth worker's detached session log, core group minutes,
a special guardianship assessment extract, a contact supervisor's family time record, a grandmother's diary and a virtual
school's email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Lebanon, Zimbabwe); NHS numbers and UPNs (LA 881 for Essex) pass their check digits;
NI numbers have a valid format. Councils are invented (Roding Forest, Stort Vale), and so are the interpreting agency
(LinguaEast), the dental practice (Forest Smiles), the fellowship (New Life Ndebele Fellowship), the football club (Sumners
Saints), the nursery (Little Acorns Day Nursery) and the roofing firm; towns, districts, estates, villages, real schools,
real charities (Changing Pathways, Open Road, the Children's Society), NHS bodies, hospitals (the Princess Alexandra Hospital,
St Margaret's Hospital), police forces, prisons, shops, parks and shopping centres (Water Gardens, Harlow Town Park, Town
Mead Leisure Centre), airports and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, TM, Nanny, nan, Mama, Sister, Pastor, Sheikh, Khalo, Teta, Gogo) stay outside the name span; every person's name is a
name in every form, record or not; "SURNAME, First" is one span ("MERCER, Shannon Louise", "MOYO, Thabo"), and so is "First
SURNAME" ("Karim ABOU CHAKRA", "Skye KELLY"); an initial with a surname is one span, and so is a first name with an initial
after it ("H. Oduya", "Skye K", "Maisie H"); initials alone ("JH") are not marked; a collar number ("71204") stays outside;
social media handles ("alfie_t17", "reece.g_03", "skye.k.x") are not marked, but a display name that is a person's plain
name is ("Reece"); a contact saved under a kinship word or a label ("DAD 🍺", "Teta", "Khalo") is not a name, though the
name after "Khalo" is; a street address is one span, its town a place, its postcode a postcode; a street named without a
number is an address, and so is a neighbour's bare house or flat number ("no. 24", "no. 31", "Flat 6") and an address abroad
("Rue Al Jabal, Bldg Haidar"); towns, districts, estates and villages are places, at home or abroad and in any script
("Ninefields", "Bush Fair", "Nkulumane", "عاليه", "بعقلين"); countries, counties and regions are not ("Essex", "West Essex",
"Lebanon", "the Chouf", "Zimbabwe"); organisations are not marked even when they hold a town's name ("Ongar Health Centre",
"The Loughton Surgery", "EPPING FAMILY CENTRE", "HMP Chelmsford", "Harlow Cabs"); a school's name, short form and a nursery's
name are a school ("Levertons", "burnt mill", "Little Acorns"); a date of birth is dob, any other calendar date with a day is
date (a weekday before it stays outside), and a bare day ("the 20th", "22nd Nov", "26th") is a date; months and years alone
are not marked; pets are not names; a service or branch named by its town ("Harlow Youth Service", "the Co-op in Ongar",
"Sainsbury's in Epping", "Stevenage bus station") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR errors are marked
as what they stand for ("High 0ngar" a place, "2 MiIl Lane" an address, "29-11-2O26" a date); in a kunya ("Abu Karim", "father of
Karim") the child's name is marked and "Abu" stays outside, like a kinship word; a street-gang nickname ("Smokes", "T-Bone",
"Kez") is a name, like an alias; a partial phone number ("07984", "ending 6520") is not a phone; a shop or takeaway named
after a person ("Mr Yusuf's shop", "Harry's") marks the name; a railway station is avoided in favour of its town; a
company named after a town ("Harlow Cabs") and a park named after one ("Harlow Town Park") stay unmarked while a council
service named by its town ("Harlow Youth Service") marks the town, as set 21's "Plymouth PDU" did; a shopping parade named
by its district ("Sumners parade") marks the district; "Teta", "Gogo", "Khalo" and "el-sheikh" used alone are kinship words
or roles, not names; a police exhibit reference ("OM/2", "JH/4"), an occurrence, a job number and an interpreter's NRPSI
number are not marked.

Self-check without the detector: `python -m bench.redaction_set105` (and tests/test_redaction_set105.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
977 gold spans, 504 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Mercer / Tanner family (white British), Ninefields, Waltham Abbey ------------------------------------------------

HOME_A = d.Address("22 Shernbroke Road", "Ninefields", "Waltham Abbey", "EN9 3JF")
NAN_A = d.Address("7 Middle Street", "Nazeing", "Waltham Abbey", "EN9 2LQ")
DAD_A = d.Address("31 Turners Hill", "", "Cheshunt", "EN8 8NW")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Tanner")], dt.date(2017, 6, 14), addresses=[HOME_A], ids=["6591048952", "Y881205019764"],
       schools=["Leverton Primary Academy"]),
    _p("s", "sibling", [("Poppy", "Mercer")], dt.date(2021, 1, 20), addresses=[HOME_A], ids=["7522165261"],
       schools=["Little Acorns Day Nursery"]),
    _p("m", "mother", [("Shannon", "Mercer")], dt.date(1995, 4, 2), addresses=[HOME_A], phones=["07967 828277"],
       ids=["JK 40 21 95 B"]),
    _p("f", "father", [("Lee", "Tanner")], dt.date(1992, 9, 8), addresses=[DAD_A], phones=["07400 677076"]),
    _p("g", "grandparent", [("Tracey", "Mercer")], dt.date(1971, 12, 1), addresses=[NAN_A], phones=["01992 541060"]),
    _p("p1", "professional", [("Hannah", "Oduya")], phones=["07935 143190"], emails=["hannah.oduya@rodingforest.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of an unannounced home visit", """RODING FOREST COUNCIL - CHILDREN AND FAMILIES - CASE NOTE
Child: [[Alfie Tanner|name]] (DOB [[14.06.2017|dob]])    Sibling: [[Poppy Mercer|name]] (DOB [[20.01.2021|dob]])
Type: Home visit, unannounced    Date: Tuesday [[3 November 2026|date]] 16:10-17:05    Worker: [[Hannah Oduya|name]], SW
Address: [[22 Shernbroke Road|address]], [[Ninefields|place]], [[Waltham Abbey|place]] [[EN9 3JF|postcode]]

Purpose: follow-up to the police notification of [[31/10/2026|date]] (Halloween night) and the school's concern of [[2 Nov|date]].

[[Shannon|name]] answered the door with [[Poppy|name]] on her hip. She was tearful but let me in straight away. A new panel was in
the kitchen door where the glass had been broken. [[Alfie|name]] was on the PlayStation upstairs and came down when called. He
said "hi [[Hannah|name]]" and went back up; I saw him alone in his room later (below).

[[Shannon|name]] said [[Lee|name]] came round at about 11pm on Saturday "off his face" after a party in [[Cheshunt|place]], wanting to see
[[Alfie|name]]. She would not let him in; he put his fist through the kitchen door glass. Her neighbour [[Bev Ware|name]] at
[[no. 24|address]] rang 999. [[Shannon|name]] said [[Lee|name]] has not been back and she has blocked him on everything, but she
accepted he messages [[Alfie|name]] on Snapchat. She will screenshot the messages and send them.
She said her mum, [[Tracey|name]], in [[Nazeing|place]], has had the children two nights and "would have them full time if it
came to it". Nan's number [[01992 541060|phone]].

[[Alfie|name]], seen alone in his bedroom: he heard "the big smash" and hid under the duvet with [[Poppy|name]], who had got into
his bed. He said "Dad's not bad, he's just bad when he drinks". He wants to see his dad "at Nanny [[Trace|name]]'s, not here".
He told me [[Mason|name]] from school ([[Mason Pike|name]]) said his dad "is going to jail"; this upset him.

[[Poppy|name]] (5): seen playing, chatty, clean; a plaster on her knee from the play area at Town Mead Leisure Centre.

Plan: strategy discussion not needed today (agreed with TM [[Gary Nolan|name]] by phone at 17:20). Child in need plan to
continue; I will speak to [[Lee Tanner|name]] ([[07400 677076|phone]]) about drinking and contact; referral to
Changing Pathways for [[Shannon|name]]; review on Thursday [[19 November|date]] at 10:00.
[[H. Oduya|name]] [[03/11/26|date]]

Household and network (updated on this visit):
- [[Shannon Mercer|name]], mum, [[02/04/1995|dob]], [[07967 828277|phone]]
- [[Alfie Tanner|name]], [[14/06/2017|dob]], [[Leverton Primary Academy|school]], Yr 5 (teacher Mrs [[Lane|name]], DSL Miss [[Hughes|name]])
- [[Poppy Mercer|name]], [[20/01/2021|dob]], [[Little Acorns|school]] (key person [[Stacey Bright|name]])
- [[Lee Tanner|name]], dad, [[31 Turners Hill|address]], [[Cheshunt|place]] [[EN8 8NW|postcode]] - new partner [[Kerry Lomax|name]]
- [[Tracey Mercer|name]], maternal nan, [[7 Middle Street|address]], [[Nazeing|place]] [[EN9 2LQ|postcode]], [[01992 541060|phone]]
- [[Bev Ware|name]], neighbour ([[no. 24|address]]), has a key; her son [[Dylan Ware|name]] walks [[Alfie|name]] to school some days
- Health visitor: [[Priya Nandra|name]]; GP: Maynard Court Surgery ([[Waltham Abbey|place]])
"""),
    ("Snapchat messages between a boy and his father, typed up by the mother", """typed up by [[shannon|name]] from screenshots of
[[alfie|name]]'s snapchat, sent to [[Hannah|name]] [[4/11|date]]. (his dad is saved as "DAD 🍺" on [[alfie|name]]'s phone, im not
changing it)

DAD 🍺: [[alf|name]] u awake
DAD 🍺: tell ur mum im sorry about the door
alfie_t17: im at nannys
DAD 🍺: which nanny
alfie_t17: nan [[trace|name]] in [[nazeing|place]]
DAD 🍺: tell [[tracey|name]] i said hello lol. is [[pops|name]] there
alfie_t17: yeh shes asleep
DAD 🍺: wanna come to mine sat? [[kerry|name]]'s doing a bbq at the flat in [[cheshunt|place]] [[31 turners hill|address]]
alfie_t17: mum says no
DAD 🍺: mum says no to everything. dont tell her ok. ill pick u up from [[levertons|school]] friday at 3
alfie_t17: i cant
DAD 🍺: ur my boy [[alf|name]]. come on. [[mason|name]] can come to
alfie_t17: ok
[the next screenshot, Friday [[6 Nov|date]]]
DAD 🍺: outside the school in [[gazza|name]]s van
DAD 🍺: the white one reg [[EY17 KTD|vehicle]]
alfie_t17: miss [[hughes|name]] wont let me go
DAD 🍺: tell her im ur dad
alfie_t17: she said shes ringing mum

[[Shannon|name]]'s note at the bottom: Miss [[Hughes|name]] from [[Leverton|school]] rang me at 3.05 and kept him in the office. I got
there at 3.20 and [[Lee|name]] had gone. [[Gazza|name]] is [[Gary Pratt|name]] his mate from [[Cheshunt|place]] and [[Kerry|name]] is
his new girlfriend [[Kerry Lomax|name]]. The flat is [[31 Turners Hill|address]].
"""),
    ("police domestic abuse notification to children's services", """ESSEX POLICE - PUBLIC PROTECTION NOTIFICATION - CHILD(REN) PRESENT
Occurrence: 42/198733/26        Reported: [[31/10/2026|date]] 23:14        Risk (DASH): MEDIUM
Location: [[22 Shernbroke Road|address]], [[WALTHAM ABBEY|place]], [[EN9 3JF|postcode]]
Reporting officer: PC 71204 [[Ryan Bishop|name]], Community Policing Team

VICTIM:   [[MERCER, Shannon Louise|name]]   DOB [[02/04/1995|dob]]   Tel [[07967 828277|phone]]   NI [[JK 40 21 95 B|ni]]
SUSPECT:  [[TANNER, Lee James|name]]        DOB [[08/09/1992|dob]]   Tel [[07400 677076|phone]]
          Address given: [[31 Turners Hill|address]], [[Cheshunt|place]] [[EN8 8NW|postcode]]
CHILDREN: [[TANNER, Alfie|name]] (9) and [[MERCER, Poppy|name]] (5), both present, in bed upstairs.
CALLER:   [[WARE, Beverley|name]], neighbour, [[24 Shernbroke Road|address]]

Summary: Caller heard shouting and glass breaking. On arrival suspect had left on foot towards [[Sewardstone Road|address]]. Victim
shaken, small cut to left hand from glass, declined ambulance. She stated suspect had been drinking at a party and wanted
to see his son. Previous: one occurrence [[14/02/2025|date]] (verbal, no offences) and a Clare's Law disclosure on
[[09 May 2025|date]] re a previous partner ([[Danielle Cook|name]]).
Suspect located 00:40 at the [[Sun Street|address]] kebab shop, [[Waltham Abbey|place]], arrested for criminal damage, interviewed by
DC [[Ellie Fairweather|name]], released under investigation [[01/11/2026|date]]. Victim's mother [[Tracey Mercer|name]] attended to
support and took the children to [[7 Middle Street|address]], [[Nazeing|place]] for the night.
Children seen by PC [[Bishop|name]]: [[Alfie|name]] awake, said "Dad punched the door". [[Poppy|name]] asleep. No injuries seen.
Shared with: MASH, [[Leverton Primary Academy|school]] (Operation Encompass), health visiting.
Witnesses: [[Beverley Ware|name]] ([[24 Shernbroke Road|address]], [[07984 316521|phone]]); [[Dylan Ware|name]] (17, same address);
[[Mohammed Rafiq|name]], night manager at the kebab shop, who saw [[Tanner|name]] arrive at about 00:20 "bleeding from the hand".
Officer's note: [[Tanner|name]]'s friend [[Gary Pratt|name]] (DOB [[12/12/1990|dob]]) rang the custody desk at 02:15 asking for him.
Supervisor: Sgt [[Amrit Gill|name]]. Entered [[01/11/2026|date]] 03:40.
"""),
    ("primary school's safeguarding log exported as a chronology", """[[LEVERTON PRIMARY ACADEMY|school]] - CPOMS export - pupil:
[[Alfie Tanner|name]]   Year 5   UPN [[Y881205019764|upn]]
Printed [[11-11-2026|date]] by [[S. Hughes|name]] (DSL)

[[08-09-2026|date]] 08:50  Attendance  - late 3rd time this week. Mum says car broke. [[K Doyle|name]]
[[22-09-2026|date]] 12:30  Wellbeing   - [[Alfie|name]] said he was hungry and had no lunch; fed in the hall. Mum phoned. [[Kim Doyle|name]]
[[05-10-2026|date]] 10:15  Behaviour   - pushed [[Harry Sharpe|name]] in PE after [[Harry|name]] said his dad was "a nutter".
[[J. Aziz|name]]
[[14-10-2026|date]] 15:10  Family      - Dad at the gate, not on the contact list; Mum says ok this time. [[S Hughes|name]]
[[01-11-2026|date]] 08:05  Op Encompass - Essex Police: DA incident at home Saturday night, [[31-10|date]]. Both children present.
[[02-11-2026|date]] 09:00  Disclosure  - [[Alfie|name]] told TA Mrs [[Lane|name]] "Dad smashed the door and [[Poppy|name]] was crying".
                           Referral to the Children and Families Hub. [[Sarah Hughes|name]]
[[06-11-2026|date]] 15:05  Collection  - Father outside in a white van with another man ([[EY17 KTD|vehicle]]). [[Alfie|name]] said Dad
                           told him to come. Kept in office; Mum rang; father left. Police informed (non-emergency).
[[09-11-2026|date]] 09:30  Agency      - SW [[Hannah Oduya|name]] ([[07935 143190|phone]]) asked for attendance figures. Sent.
[[10-11-2026|date]] 14:00  Sibling     - [[Little Acorns|school]] nursery (sister [[Poppy Mercer|name]]) say she is wetting again.
Contacts on file: Mum [[07967 828277|phone]]; Nan [[Tracey Mercer|name]] [[01992 541060|phone]]; Dad - NOT TO COLLECT.
"""),
]


# --- B. Halabi / Abou Chakra family (Lebanese Druze), Debden, Loughton -----------------------------------------------------

HOME_B = d.Address("41 Burney Drive", "Debden", "Loughton", "IG10 3QF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Karim", "Abou Chakra")], dt.date(2013, 2, 27), addresses=[HOME_B], ids=["4773294841", "G881245116768"],
       schools=["Debden Park High School"]),
    _p("s", "sibling", [("Lara", "Abou Chakra")], dt.date(2019, 8, 5), addresses=[HOME_B], ids=["7915268899"],
       schools=["Thomas Willingale School"]),
    _p("m", "mother", [("Rima", "Halabi")], dt.date(1988, 3, 17), addresses=[HOME_B], phones=["07808 880585"]),
    _p("f", "father", [("Wissam", "Abou Chakra")], dt.date(1984, 10, 9), addresses=[HOME_B], phones=["07985 856937"],
       ids=["NP 62 11 84 C"]),
    _p("p1", "professional", [("Owen", "Marsh")], phones=["07330 461483"], emails=["owen.marsh@rodingforest.gov.uk"]),
], "c")

DOCS_B = [
    ("strategy discussion minutes after a child's disclosure of a belt", """STRATEGY DISCUSSION - MINUTES (Section 47, Children Act 1989)
Child: [[Karim ABOU CHAKRA|name]]  DOB [[27/02/2013|dob]]  Sibling: [[Lara ABOU CHAKRA|name]]  DOB [[05/08/2019|dob]]
Address: [[41 Burney Drive|address]], [[Debden|place]], [[Loughton|place]], Essex [[IG10 3QF|postcode]]
Date/time: [[12 October 2026|date]], 14:00, Teams     Chair: [[Pauline Weston|name]], Team Manager, West Assessment Team

Present: [[Owen Marsh|name]] (SW, minutes); DS [[Kam
Sahota|name]] (Child Abuse Investigation Team); [[Nadia Farouk|name]] (DSL, [[Debden Park
High School|school]]); [[Liz Carver|name]] (school nurse); Dr [[Ruth Ellison|name]] (named GP, The Loughton Surgery)
Apologies: [[Thomas Willingale|school]] (DSL [[Chloe Burgess|name]], report sent)

1. Information. On Monday [[12 October|date]] at 09:20 [[Karim|name]] (13) told his form tutor, Mr [[Dean Halliwell|name]], that his
father hit him "with the belt" on Saturday night ([[10/10|date]]) after a letter came home about his fixed-term suspension.
Ms [[Farouk|name]] saw three linear red marks on the back of his left thigh, photographed by the school nurse. [[Karim|name]] said
his mother [[Rima|name]] tried to stop it and "got pushed into the door". He said his uncle in [[Aley|place]] ("Khalo
[[Nizar|name]]") had said on the phone he should be sent to Lebanon "to learn respect". He said [[Lara|name]] (7) saw it.
2. History. Family came from Lebanon in 2015; father a chef at a restaurant in [[Buckhurst Hill|place]]; mother not working,
limited English, speaks Arabic. No previous referrals. One police contact [[3 Jan 2024|date]] (noise complaint from neighbour
Mrs [[Joan Pyrle|name]], [[no. 43|address]]).
3. Decision: s47 enquiry, single agency (police and SW joint visit today after school). Achieving Best Evidence interview if
[[Karim|name]] agrees. Interpreter: Lebanese Arabic, female (the mother asked). Travel risk: ask for passports; consider a
prohibited steps order if any plan to take the children to Lebanon. [[Lara|name]] to be seen at [[Thomas Willingale School|school]].
Father ([[Wissam Abou Chakra|name]], DOB [[09/10/1984|dob]], NI [[NP 62 11 84 C|ni]], mobile [[07985 856937|phone]]) not to be told
before the visit. Family friend Sheikh [[Fadi Zeineddine|name]] not to be used to interpret.
Actions:
 a) Joint visit today - [[O. Marsh|name]] / DC [[Leigh Forde|name]] - [[12/10/2026|date]]
 b) Book Arabic interpreter (female, Lebanese) - business support ([[Sue Glover|name]]) - [[12/10/2026|date]]
 c) Passports: ask mother for all four (hers, [[Wissam|name]]'s, [[Karim|name]]'s, [[Lara|name]]'s) - [[Owen Marsh|name]] -
[[13/10/2026|date]]
 d) Speak to [[Lara|name]] at school with DSL [[Chloe Burgess|name]] - [[Owen|name]] - [[13/10/2026|date]]
 e) Check the father's employer (Cedars Grill, [[Queens Road|address]], [[Buckhurst Hill|place]]) - DS [[Sahota|name]] - [[14/10/2026|date]]
 f) School nurse [[Liz Carver|name]] to send the photos to DS [[Sahota|name]] - [[12/10/2026|date]]
 g) GP (Dr [[Ellison|name]]) to check records for [[Rima|name]], [[Karim|name]] and [[Lara|name]] - [[16/10/2026|date]]
Next: outcome strategy on [[19/10/2026|date]] 10:00. Minutes by [[O. Marsh|name]], [[owen.marsh@rodingforest.gov.uk|email]],
[[07330 461483|phone]].
"""),
    ("interpreter's own note of a joint home visit in Arabic", """LinguaEast Interpreting - interpreter's note for the client (not a
transcript)
Job 26-55190 | Roding Forest Council | Date: [[12.10.2026|date]] | Lang: Arabic (Levantine / Lebanese) | Interpreter: [[Maha Saab|name]]
Place: [[41 Burney Drive|address]], [[Loughton|place]]
Present: SW [[Owen Marsh|name]]; DC [[Leigh Forde|name]] (Essex Police); Mrs [[Rima Halabi|name]] ([[ريما حلبي|name]]); the child
[[Karim|name]] ([[كريم|name]])
at first, then alone with the social worker (in English, no interpreting needed).

Mrs [[Halabi|name]] used the Lebanese dialect and some French ("c'est la honte"). Points where the meaning may be missed:
- she called her husband "Abu [[Karim|name]]" (father of [[Karim|name]]) and once "[[Wissam|name]]" ([[وسام|name]]); both are him.
- "Teta" is her mother, [[Samira|name]] ([[سميرة|name]]), who lives in [[Aley|place]] ([[عاليه|place]]); "Khalo [[Nizar|name]]" (خالو
[[نزار|name]] is how she wrote it)
  is her brother, in [[Baakline|place]] ([[بعقلين|place]]) in the Chouf.
- "el-sheikh" is not a name but a religious elder (Druze); she named him as [[Fadi|name]] and asked that he not be told.
- she said "we are Druze, we do not send children away, it is my brother who talks" - she was clear she does not want
  [[Karim|name]] sent to Lebanon.
- she asked if the police would "take [[Wissam|name]]"; she was worried about his visa and her own, and about the rent.
- Her phone [[07808 880585|phone]]; her mother's number she gave as [[+961 5 593360|phone]] and her brother's [[+961 3 566526|phone]].
She wrote her mother's address in [[Aley|place]] on a paper for the social worker: [[Rue Al Jabal, Bldg Haidar|address]], 3rd floor.
I was not asked to translate any documents. I did not stay alone with the family. [[M. Saab|name]], NRPSI 30417.
"""),
    ("family WhatsApp group in Arabic and English, typed up and translated", """Exhibit OM/2 - WhatsApp group "عيلة [[حلبي|name]] 🇱🇧"
("[[Halabi|name]] family"),
shown by Mrs [[Halabi|name]] on [[15/10/2026|date]], typed up and translated by [[Maha Saab|name]] (Arabic in brackets kept where names)

[[13/10/2026|date]], 21:02 - Teta: [[ريما|name]] حبيبتي شو صار؟ ([[Rima|name]] my love what happened?)
[[13/10/2026|date]], 21:05 - [[Rima|name]]: the school called police, they came to the house. [[Karim|name]] is ok
[[13/10/2026|date]], 21:06 - Khalo [[نزار|name]]: قلتلك ابعتيه ع [[بعقلين|place]] (I told you send him to [[Baakline|place]])
[[13/10/2026|date]], 21:06 - [[Rima|name]]: no [[Nizar|name]]. stop
[[13/10/2026|date]], 21:09 - [[Rania|name]] 🌸: habibti I'm in [[Beirut|place]] till the [[20th|date]], call me. my uk number is off
[[13/10/2026|date]], 21:11 - Teta: و [[لارا|name]]؟ (and [[Lara|name]]?)
[[13/10/2026|date]], 21:12 - [[Rima|name]]: [[lara|name]] sleeping at [[Hiba|name]]'s ([[Hiba Khoury|name]], my friend in
[[Chigwell|place]])
[[13/10/2026|date]], 21:20 - Khalo [[نزار|name]]: where is [[وسام|name]]
[[13/10/2026|date]], 21:21 - [[Rima|name]]: at his cousin [[Ramzi|name]] in [[Ilford|place]]. police said he cant come home
[[13/10/2026|date]], 21:30 - Teta: 🤲 الله يحميكم
[[14/10/2026|date]], 07:45 - [[Rania|name]] 🌸: [[rima|name]] the flight on the [[24th|date]] - cancel it? [[Karim|name]] doesn't have to
come
[[14/10/2026|date]], 07:50 - [[Rima|name]]: yes cancel. nobody is going

Translator's notes: "Teta" (grandmother) and "Khalo" (maternal uncle) are how the family saved the contacts; [[Rania|name]] is the
mother's cousin, [[Rania Halabi|name]], [[+961 3 566526|phone]] was not hers (that is the uncle's). The flight on the [[24th|date]]
([[24 October|date]]) was booked from Luton Airport to [[Beirut|place]] in August, before any of this.
"""),
    ("dental practice's safeguarding referral", """Referral to the Children and Families Hub - from Forest Smiles Dental Practice,
[[Rectory Lane|address]] (NHS)
Referrer: Dr [[Sanjay Rao|name]] BDS, safeguarding lead    Tel [[020 8508 7250|phone]]    Date: [[2 November 2026|date]]

Child: [[Lara Abou Chakra|name]]    DOB: [[5 August 2019|dob]]    NHS no: [[791 526 8899|nhs]]
Address: [[41 Burney Drive|address]], [[Loughton|place]] [[IG10 3QF|postcode]]
Parent attending: mother, Mrs [[Rima Halabi|name]], [[07808 880585|phone]]. Other children: [[Karim|name]] (13), not a patient here.
School: [[Thomas Willingale|school]] (Year 3)

Concern: dental neglect. [[Lara|name]] attended in pain (lower left). Six carious teeth, two abscessed, needing extraction under
general anaesthetic at Princess Alexandra Hospital. Three missed appointments ([[09/01/2026|date]], [[13/03/2026|date]],
[[30/06/2026|date]]). Mother said the family was in [[Aley|place]], Lebanon, for the summer, and "the father has the car and the
money". She said a social worker, Mr [[Owen|name]], is involved. [[Lara|name]] said she brushes "sometimes" and eats "kaak" and
sweets from the shop on [[The Broadway|address]] ("Mr [[Yusuf|name]]'s shop", the newsagent).
We have booked her in for [[16.11.2026|date]] and referred to the community dental service. We would ask the social worker
to support attendance. Consent to refer: yes, given by mother through her neighbour's daughter [[Ayesha|name]] (16),
who came to help with English - we know that is not ideal.
"""),
]


# --- C. Ncube / Moyo family (Zimbabwean Ndebele), Bush Fair, Harlow --------------------------------------------------------

HOME_C = d.Address("Flat 6, 27 Tawneys Road", "Bush Fair", "Harlow", "CM18 6QR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Thabo", "Moyo")], dt.date(2011, 4, 19), addresses=[HOME_C], ids=["6528394415", "D881224019793"],
       schools=["Passmores Academy"]),
    _p("s", "sibling", [("Nomvula", "Ncube")], dt.date(2015, 11, 2), addresses=[HOME_C], ids=["6449218762"],
       schools=["Jerounds Primary School"]),
    _p("m", "mother", [("Sibusisiwe", "Ncube")], dt.date(1986, 7, 23), addresses=[HOME_C], phones=["07835 718141"]),
    _p("p1", "professional", [("Grace", "Adeyemi")], phones=["07703 972386"], emails=["grace.adeyemi@stortvale.gov.uk"]),
], "c")

DOCS_C = [
    ("missing episode return home interview record", """RETURN HOME INTERVIEW (RHI) - Children's Society / Stort Vale Council
Young person: [[Thabo MOYO|name]]    DOB: [[19-04-2011|dob]]    Age 15    Episode no. 4 this year
Missing from: [[Flat 6, 27 Tawneys Road|address]], [[Bush Fair|place]], [[Harlow|place]] [[CM18 6QR|postcode]]
Reported missing: Fri [[20/11/26|date]] 23:30 by mum     Found: Sun [[22/11/26|date]] 14:10, [[Stevenage|place]] bus station (BTP)
Interview: [[24/11/2026|date]], at school ([[Passmores|school]]), 13:00-13:50, by [[Jordan Pryce|name]] (RHI worker)

Where were you? "At my boy's." Would not give a name, then said "[[Tino|name]]" - later "[[Tinashe|name]], he's from [[Old Harlow|place]]".
Said he stayed one night at a flat in [[Stevenage|place]] "near the Asda" with "[[Kez|name]]" and "[[Smokes|name]]" (older, 19-20).
Who did you go with? Went on the train from the station in [[Harlow|place]] with [[Tino|name]]. Someone paid the fares on an app.
Phone: his own phone was taken by "[[Smokes|name]]"; he was given a black Nokia. He would not give its number. Mum has since
found it: [[07475 367424|phone]] (passed to police, not rung).
Harm: a cut on his right palm ("from a fence"). Had not eaten since Saturday. Said "nobody hurt me".
What would help? "Football again" (he played for the Sumners Saints under-16s until the summer). He asked that
"Gogo" (grandmother, in [[Bulawayo|place]]) is not told.
Push/pull: mum works nights as a carer in [[Epping|place]]; [[Thabo|name]] minds [[Nomvula|name]] (11) - resentful. Excluded
from football after a fight with [[Liam Dowsett|name]].
Exploitation screening: high. NRM referral to be discussed. Shared with SW [[Grace Adeyemi|name]] and PC [[Hollie Brand|name]] (missing
person coordinator). Next: follow-up [[1 December|date]].
Copies: SW [[Grace Adeyemi|name]] [[grace.adeyemi@stortvale.gov.uk|email]]; DSL [[Marcus Achterberg|name]] ([[Passmores Academy|school]]);
PC [[Hollie Brand|name]]; mum [[Busi Ncube|name]] (summary only, by phone [[07835 718141|phone]]).
"""),
    ("the mother's own letter to the child protection conference chair", """[[Flat 6|address]]
[[27 Tawneys Road|address]]
[[Harlow|place]] [[CM18 6QR|postcode]]
[[30th November 2026|date]]

To the Chair of the Conference, Stort Vale Council, [[Harlow|place]]

Dear Madam,

My name is [[Sibusisiwe Ncube|name]], I am the mother of [[Thabo|name]] and [[Nomvula|name]]. People call me [[Busi|name]]. I cannot come
to the meeting on Thursday the [[3rd|date]] because I will be at work in [[Epping|place]], I have asked for the day but the agency
said no. So I am writing.

I know I have let my son go too far. I came to this country in 2018 with [[Nomvula|name]] and [[Thabo|name]] came after, from his
grandmother in [[Nkulumane|place]], [[Bulawayo|place]], in 2020. He was 9. He is a good boy. In [[Bulawayo|place]] he had his
grandmother and his uncle, my brother [[Mandla|name]] in [[Gwanda|place]], to shout at him. Here there is only me and I work nights
because the money is better and the visa is tied to my job.

The boys he is with are not from here. [[Tinashe|name]] is from our church and I have spoken to his mother, Mrs [[Chipo Mutasa|name]].
She is ashamed too. Pastor [[Sipho|name]] (Pastor [[Sipho Dube|name]], New Life Ndebele Fellowship, that meets at the community hall
in [[Latton Bush|place]]) said [[Thabo|name]] can help him with the sound desk on Sundays.

I ask you please not to take my children. I ask for help with [[Nomvula|name]] in the evenings so [[Thabo|name]] is not the father
of the house. My number is [[07835 718141|phone]]. My mother is [[+263 29 8970781|phone]] (house) if you need her, but she
does not know everything, please do not frighten her.

Yours faithfully,
[[S. Ncube|name]] ([[Busi|name]])
"""),
    ("church pastor's email to the social worker", """From: [[Sipho Dube|name]] <[[pastor.sipho.dube@gmail.com|email]]>
To: [[grace.adeyemi@stortvale.gov.uk|email]]
Date: Mon, [[30 Nov 2026|date]] 22:17
Subject: [[Thabo|name]] - from the fellowship

Dear Ms [[Adeyemi|name]],

Sister [[Busi|name]] asked me to write. I am the pastor of a small Ndebele and Shona fellowship (about 40 families) in [[Harlow|place]].
I have known [[Thabo|name]] since he came from [[Bulawayo|place]]. Until this year he was at service every week with his
sister; [[Nomvula|name]] still comes, with Mama [[Ruth|name]] ([[Ruth Sibanda|name]], our deacon, who lives on [[Hobtoe Road|address]]).

I need to tell you one thing I did not tell Sister [[Busi|name]]: on [[15 November|date]] I saw [[Thabo|name]] in a grey car
outside the shops at [[Staple Tye|place]] with two young men I did not know. The car was [[BD68 YPX|vehicle]] (my wife wrote it down).
One of
the men called him "[[T-Bone|name]]".

Our members who can help in the evenings: Mama [[Ruth|name]] ([[07194 449810|phone]]), and Mr and Mrs [[Ndlovu|name]] at
[[no. 31|address]], who are his neighbours. I am also happy to come to a meeting. My number is [[07134 884873|phone]].

Ngiyabonga (thank you),
Pastor [[S. Dube|name]]
"""),
    ("initial child protection conference report", """STORT VALE COUNCIL - INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Conference: [[03/12/2026|date]] 10:00, Civic Centre, [[Harlow|place]]     Chair: [[Beverley Quinn|name]] (IRO)
Author: [[Grace Adeyemi|name]], Social Worker, [[Harlow|place]] Family Safeguarding Team  [[07703 972386|phone]]

1. THE CHILDREN
 [[MOYO, Thabo|name]]       [[19.04.2011|dob]]  15  [[Passmores Academy|school]], Yr 11    NHS [[652 839 4415|nhs]]  UPN
[[D881224019793|upn]]
 [[NCUBE, Nomvula|name]]    [[02.11.2015|dob]]  11  [[Jerounds Primary School|school]], Yr 6   NHS [[644 921 8762|nhs]]
 Mother: [[NCUBE, Sibusisiwe|name]] ("[[Busi|name]]")  [[23.07.1986|dob]]  [[07835 718141|phone]]
 Fathers: [[Thabo|name]]'s father [[Themba Moyo|name]] died in [[Bulawayo|place]] in 2016; [[Nomvula|name]]'s father
 [[Lwazi Khumalo|name]] lives in [[Johannesburg|place]] ([[+263 71 3895325|phone]] - Zimbabwe number, WhatsApp only) and has no contact.
 Language: isiNdebele and English. No interpreter needed. Faith: Christian (New Life Ndebele Fellowship).

2. WHY WE ARE HERE
 Four missing episodes since [[12 July|date]] ([[12/07|date]], [[29/08|date]], [[06/10|date]] and [[20/11|date]]-[[22/11|date]]), the last
 in [[Stevenage|place]]; a second phone; a car ([[BD68 YPX|vehicle]]) linked by police to a line run out of [[Enfield|place]];
 [[Nomvula|name]] alone at night five nights a week while her mother works.

3. WHAT IS WORKING WELL
 [[Busi|name]] works hard, is honest and asked for help. The fellowship (Pastor [[Sipho Dube|name]]; Mama [[Ruth Sibanda|name]]) offers
 evenings. [[Nomvula|name]] is doing well at [[Jerounds|school]]; her teacher Mr [[Frankie Hatfield|name]] calls her "a star".
 [[Thabo|name]] trusts his RHI worker [[Jordan|name]] and his coach [[Dele|name]].

3a. CHRONOLOGY (key events)
 [[02/03/2018|date]]  [[Busi|name]] and [[Nomvula|name]] arrive (health and care worker visa, sponsor Sunrise Homecare Ltd).
 [[17/08/2020|date]]  [[Thabo|name]] arrives from [[Bulawayo|place]] with his uncle [[Mandla Ncube|name]], who returned on
[[01/09/2020|date]].
 [[04/09/2023|date]]  [[Thabo|name]] starts at [[Passmores|school]]; football with the Sumners Saints (coach [[Dele Adebayo|name]]).
 [[12/07/2026|date]]  First missing episode; found next day at [[Tinashe Mutasa|name]]'s in [[Old Harlow|place]].
 [[29/08/2026|date]]  Missing overnight; returned himself with new trainers.
 [[06/10/2026|date]]  Missing; stopped by BTP at [[Cheshunt|place]] with £340 and two phones.
 [[20/11/2026|date]]  Missing to [[Stevenage|place]]; found [[22/11/2026|date]]. RHI by [[Jordan Pryce|name]] [[24/11/2026|date]].
 [[30/11/2026|date]]  Letter from [[Busi|name]]; email from Pastor [[Sipho Dube|name]] (car [[BD68 YPX|vehicle]] seen [[15/11|date]]).

4. RECOMMENDATION
 Child protection plans for both children (neglect; for [[Thabo|name]] also criminal exploitation). Referral to the
 National Referral Mechanism. Childminding for [[Nomvula|name]] four evenings a week. Ask Gogo [[Thandiwe|name]]'s views by
 phone from [[Nkulumane|place]]: [[+263 77 9000872|phone]].
"""),
]


# --- D. Pryor / Dawes family (white British), Chipping Ongar, with a grandmother in High Ongar ------------------------------

HOME_D = d.Address("5 Bansons Way", "", "Ongar", "CM5 9AS")
NAN_D = d.Address("2 Mill Lane", "High Ongar", "Ongar", "CM5 9RQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Freddie", "Dawes")], dt.date(2026, 5, 9), addresses=[HOME_D], ids=["7083309256"]),
    _p("m", "mother", [("Gemma", "Pryor")], dt.date(1999, 2, 11), addresses=[HOME_D], phones=["07191 986454"]),
    _p("f", "father", [("Craig", "Dawes")], dt.date(1997, 8, 30), addresses=[HOME_D], phones=["07170 625633"],
       ids=["PW 33 80 97 A"]),
    _p("g", "grandparent", [("Sandra", "Pryor")], dt.date(1968, 6, 6), addresses=[NAN_D], phones=["01279 447993"]),
    _p("p1", "professional", [("Nicola", "Fenn")], phones=["01279 788570"], emails=["nicola.fenn@nhs.net"]),
], "c")

DOCS_D = [
    ("paediatric consultant's letter after a skeletal survey", """The Princess Alexandra Hospital NHS Trust - Department of Paediatrics
[[Hamstel Road|address]], [[Harlow|place]]                                                 Our ref: PAED/SG/2611-204
Date: [[27 November 2026|date]]

To: Children and Families Hub, Roding Forest Council; cc GP (Dr [[Anjali Menon|name]], Ongar Health Centre); health visitor
[[Nicola Fenn|name]]

Re: [[Freddie DAWES|name]]   DOB [[09/05/2026|dob]]   NHS [[708 330 9256|nhs]]
    [[5 Bansons Way|address]], [[Ongar|place]], Essex [[CM5 9AS|postcode]]

I saw [[Freddie|name]], aged 6 months, on the children's ward on [[24/11/2026|date]] with his mother, Miss [[Gemma Pryor|name]], and
his father, Mr [[Craig Dawes|name]]. He was brought by ambulance after his mother noticed he would not move his left arm.
X-ray showed a spiral fracture of the left humerus. The skeletal survey on [[25/11|date]] showed, in addition, two healing
posterior rib fractures (left 7th and 8th) estimated at 2-4 weeks old. Bloods and bone profile normal; no sign of a bone
disease. Eyes examined by Mr [[Pillai|name]] (ophthalmology): no retinal haemorrhages. CT head normal.

Account: Mother said [[Freddie|name]] "got his arm stuck in the cot bars" at about 06:00 on [[23 November|date]] while she was in
the shower and [[Craig|name]] was downstairs. Father said he heard him cry but did not see. No account for the rib fractures.
Both parents were calm and co-operative. Paternal grandmother [[Linda Dawes|name]] (of [[Blackmore|place]], [[07446 209387|phone]]) visited
on [[24/11|date]] and [[25/11|date]] with [[Craig|name]]'s brother [[Jason|name]]. Maternal grandmother, Mrs [[Sandra Pryor|name]] of
[[High Ongar|place]], has cared for
[[Freddie|name]] one day a week; she was not present.

Opinion: the humeral fracture is not consistent with the account given, and the rib fractures have no explanation. In my
opinion these are likely inflicted injuries. [[Freddie|name]] is medically fit for discharge but should not go home until
safeguarding arrangements are agreed.
Dr [[Rebecca Sowerby|name]], Consultant Paediatrician and Named Doctor for Safeguarding
"""),
    ("health visitor's notes typed fast on a phone between calls", """HV notes - [[N Fenn|name]] - fam: [[pryor|name]]/[[dawes|name]]
[[ongar|place]]
[[28/11|date]] 0915 rang mum [[07191 986454|phone]] no ans. vm left
0920 rang nan [[sandra|name]] [[01279 447993|phone]] - v upset, says "[[craig|name]] wd never". says [[gem|name]] struggled since birth,
  low mood, GP gave sertraline jul. nan had [[fred|name]] weds most wks at hers [[2 mill lane|address]] [[high ongar|place]]. says
[[fred|name]] "cried
  when u picked him up" 2-3 wks ago, she thought teeth
0940 rang SW [[Owen|name]]?? no - SW is [[Tamsin Reeve|name]] (not [[owen|name]], he's the other fam). [[tamsin|name]] on 07984 see below
0945 [[tamsin|name]] - ICPC likely. frm at PAH. asked for my records of 6-8 wk check ([[03/07|date]]) n the [[14.10|date]] visit
1010 checked records: [[14.10.26|date]] home visit - [[fred|name]] 6kg, well, mum flat. dad [[craig|name]] in & out, works for
  his uncle [[Ray Dawes|name]] ([[Dawes|name]] Roofing, [[Fyfield|place]]). van [[WU66 LKB|vehicle]] outside. nothing on rib areas noted
1030 [[gemma|name]] rang back - crying. asked me "will they take him". told her SW will explain. she said [[craig|name]] "does
  nights wi him sometimes when im bad"
1040 emailed all to [[tamsin.reeve@rodingforest.gov.uk|email]] n the named nurse [[Jo Akintola|name]]
the number [[tamsin|name]] gave: [[07137 758602|phone]]
"""),
    ("grandmother's handwritten letter, scanned and run through text recognition", """[scanned letter, OCR text, errors kept; received
[[1 Dec 2026|date]]]

[[2 MiIl Lane|address]]
[[High 0ngar|place]]
[[CM5 9RQ|postcode]]
[[29-11-2O26|date]]

Dear Mrs [[Reeve|name]],
I am [[Gemma|name]]'s mum, [[Freddie|name]]'s nan. I am writing because I do not do well on the phone. I
have looked after [[Freddie|name]] every Wednesday since [[Gemma|name]] went back to work at the Co-op in [[Ongar|place]]
in September. I never saw any bruise on him. Three weeks ago he cried when I lifted him under
the arms and I told [[Gemma|name]] and she said it was his teeth.
[[Craig|name]] has a temper but I have never seen him rough with the baby. His brother [[Jason|name]]
([[Jason Dawes|name]]) stayed with them in October for two weeks after his girlfriend threw
him out, and he had [[Freddie|name]] on his own a few times. I do not know if anyone has asked
about that. He is back at his mum's in [[Blackmore|place]] now.
I can have [[Freddie|name]] here full time. I have a spare room and my husband [[Keith|name]] is retired.
My number is [[01279 447993|phone]] or my mobile [[07985 123604|phone]]? (that is my husband's, mine is broken)
Yours sincerely,
[[Sandra Pryor|name]] (Mrs)
"""),
    ("section 47 outcome letter to both parents", """Roding Forest Council, Children and Families, Civic Offices,
[[High Street|address]], [[Epping|place]] [[CM16 4BZ|postcode]]

Miss [[Gemma Pryor|name]] and Mr [[Craig Dawes|name]]
[[5 Bansons Way|address]]
[[Ongar|place]]
[[CM5 9AS|postcode]]
[[4 December 2026|date]]

Dear [[Gemma|name]] and [[Craig|name]],

Outcome of the enquiry about [[Freddie|name]] (born [[9 May 2026|dob]])

Thank you for meeting me on [[30 November|date]] and [[2 December|date]]. I am writing, as I said I would, to tell you the
outcome. The doctors at the Princess Alexandra Hospital found that [[Freddie|name]] has a broken arm and two broken ribs that
are older, and they have not found a medical reason. The police (DC [[Marcus Lindo|name]], Child Abuse Investigation Team)
are investigating.

We have decided to hold an initial child protection conference on [[15/12/2026|date]] at 10:00 at the Civic Offices. You
will both be invited, and you may bring a friend or a solicitor. [[Freddie|name]] will stay with his nan, Mrs [[Sandra Pryor|name]],
at [[2 Mill Lane|address]], [[High Ongar|place]], under the safety plan you both signed on [[26 November 2026|date]]. You may see him there
every day, supervised by [[Sandra|name]] or [[Keith Pryor|name]]. [[Jason Dawes|name]] must not have contact until the police
have spoken to him.

Copies: DC [[Marcus Lindo|name]]; health visitor [[Nicola Fenn|name]] ([[01279 788570|phone]]); Dr [[Anjali Menon|name]];
Dr [[Rebecca Sowerby|name]]; Mrs [[Sandra Pryor|name]] and Mr [[Keith Pryor|name]], [[2 Mill Lane|address]], [[High Ongar|place]]
[[CM5 9RQ|postcode]];
Mr [[Jason Dawes|name]] (by hand, at his mother's, [[Hay Green Lane|address]], [[Blackmore|place]]).

If you would like to talk, please ring me on [[07137 758602|phone]] or email [[tamsin.reeve@rodingforest.gov.uk|email]].
Yours sincerely,
[[Tamsin Reeve|name]], Social Worker
"""),
]


# --- E. Kelly / Brewer family (white British), Sumners, Harlow, with a father in Epping ------------------------------------

HOME_E = d.Address("18 Upper Park", "Sumners", "Harlow", "CM19 5NA")
DAD_E = d.Address("9 Ivy Chimneys Road", "", "Epping", "CM16 4EN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Skye", "Kelly")], dt.date(2010, 9, 30), addresses=[HOME_E], ids=["7798201157", "E881235716370"],
       schools=["Burnt Mill Academy"], phones=["07725 448913"]),
    _p("m", "mother", [("Donna", "Brewer")], dt.date(1984, 1, 15), addresses=[HOME_E], phones=["07562 903118"]),
    _p("f", "father", [("Paul", "Kelly")], dt.date(1981, 5, 4), addresses=[DAD_E], phones=["07852 611407"]),
    _p("p1", "professional", [("Rhiannon", "Lake")], phones=["07446 209385"], emails=["rhiannon.lake@stortvale.gov.uk"]),
], "c")

DOCS_E = [
    ("child exploitation risk assessment form", """CHILD EXPLOITATION SCREENING AND RISK ASSESSMENT (SET procedures) - Stort Vale Council
Name: [[Skye KELLY|name]]                      DOB: [[30/09/2010|dob]]          Gender: F     Ethnicity: White British
Address: [[18 Upper Park|address]], [[Sumners|place]], [[Harlow|place]] [[CM19 5NA|postcode]]
School: [[Burnt Mill Academy|school]] (Yr 11)    UPN: [[E881235716370|upn]]    Mobile: [[07725 448913|phone]]
Parents: [[Donna Brewer|name]] (mother, [[07562 903118|phone]]); [[Paul Kelly|name]] (father, [[9 Ivy Chimneys Road|address]],
[[Epping|place]])
Completed by: [[Rhiannon Lake|name]], SW                                            Date: [[17-Nov-2026|date]]

Indicators (tick; evidence)
[x] Older "boyfriend": [[Reece|name]], says he is 19; police know him as [[Reece Garland|name]], DOB [[03/03/2003|dob]] (23).
[x] Car: picked up from school in a black Audi A3, [[LN20 WFA|vehicle]], seen by the school on [[04/11|date]], [[06/11|date]],
[[10/11|date]].
[x] Gifts: new iPhone, Nike Tech, nails done at "Nails by [[Chantelle|name]]" on Water Gardens.
[x] Missing overnight: [[07/11/2026|date]] (found at a flat in [[Hoddesdon|place]], [[Flat 3, 44
Amwell Street|address]], by police).
[x] Alcohol / cannabis: yes, reported by her friend [[Maisie|name]] ([[Maisie Holt|name]], same year).
[x] Older friends: "[[Jodie|name]]" (adult, 20s) who brings her to parties in [[Cheshunt|place]] and [[Broxbourne|place]].
[ ] Self-harm: none known.  [x] Sexual health: attended the sexual health clinic in [[Harlow|place]] [[12/11|date]] (emergency
contraception).
[[Skye|name]]'s own view: "[[Reece|name]] looks after me. Mum's boyfriend is the problem, not him." (Mother's partner
[[Darren Sykes|name]].)
Level of risk: SIGNIFICANT. Refer to the MACE panel for [[26 November 2026|date]]. Disruption: police to consider a Child
Abduction Warning Notice for [[Reece Garland|name]]; licensing team re the flat on [[Amwell Street|address]].
"""),
    ("Instagram direct messages from a police phone download", """ESSEX POLICE DIGITAL FORENSICS - EXTRACT (Cellebrite) - Exhibit JH/4 -
device: iPhone 14 ([[Skye Kelly|name]])
App: Instagram DM   Thread with: "reece.g_03" (display name "[[Reece|name]] 🖤")   Times UTC
(exported [[19/11/2026|date]] by DC [[Josh Hurrell|name]]; 14 of 212 messages shown)

[[2026-11-04|date]] 15:02  reece.g_03: outside
[[2026-11-04|date]] 15:02  skye.k.x: omw babe
[[2026-11-06|date]] 21:40  reece.g_03: u still at ur mums
[[2026-11-06|date]] 21:41  skye.k.x: yh [[darren|name]]s being a prick again
[[2026-11-06|date]] 21:41  reece.g_03: come mine. [[jodie|name]] will get u from the [[sumners|place]] shops
[[2026-11-06|date]] 21:45  skye.k.x: mum will go mad
[[2026-11-06|date]] 21:45  reece.g_03: tell her ur at [[maisie|name]]s
[[2026-11-07|date]] 00:12  reece.g_03: my boy [[kyle|name]] is coming over he wants to meet u
[[2026-11-07|date]] 00:13  skye.k.x: who
[[2026-11-07|date]] 00:13  reece.g_03: [[kyle|name]] from [[hoddesdon|place]] hes safe. be nice to him yeh
[[2026-11-07|date]] 08:55  skye.k.x: my dad keeps ringing, hes gonna come from [[epping|place]]
[[2026-11-07|date]] 08:56  reece.g_03: dont answer. [[jodie|name]] will drop u at [[burnt mill|school]] monday
[[2026-11-10|date]] 16:20  reece.g_03: new number [[07984 316520|phone]] delete this convo
[[2026-11-10|date]] 16:21  skye.k.x: ok x
[[2026-11-10|date]] 16:25  reece.g_03: [[jodie|name]] says [[maisie|name]] talks too much. tell her
[[2026-11-10|date]] 16:26  skye.k.x: shes my best mate wtf
[[2026-11-10|date]] 16:30  reece.g_03: party at [[kyles|name]] sat, [[broxbourne|place]]. [[jodie|name]] picks u up 8 from
[[upper park|address]]
Analyst note: "[[Kyle|name]]" is not identified. The number ending 6520 is attributed to [[Reece Garland|name]] (subscriber
check pending). Handle "skye.k.x" is the victim's account.
"""),
    ("youth worker's detached session log", """[[Harlow|place]] Youth Service - DETACHED TEAM - session log (shared with SW under the
information sharing agreement)
Evening: Thursday [[12 Nov 2026|date]], 18:30-21:30    Workers: [[Connor Bass|name]], [[Precious Okafor|name]]    Area: [[Sumners|place]] /
[[Katherines|place]] / Harlow Town Park skate park

18:45 [[Sumners|place]] parade: group of 7 (13-16). Known: [[Skye K|name]], [[Maisie H|name]], [[Tyler-Jay|name]], [[Ollie Dunn|name]].
[[Skye|name]] in a new coat,
 on her phone the whole time, said "got to go at 8". [[Maisie|name]] quietly told [[Precious|name]] she is "worried about
 [[Skye|name]]'s boyfriend, he's well old".
19:20 Shopkeeper at the Londis (Mr [[Dhillon|name]]) said a black Audi waits outside most nights after 8 and "the girls get in".
 He did not have the plate; said he'd note it.
19:55 Black Audi pulled up, [[LN20 WFA|vehicle]]. Driver male, 20s, passenger female, 20s, blonde. [[Skye|name]] got in the back.
 [[Connor|name]] called the police non-emergency line (ref 1466 of [[12/11|date]]) and texted SW [[Rhiannon Lake|name]]
 ([[07446 209385|phone]]) as agreed.
20:30 Harlow Town Park: 3 boys, one ([[Ollie|name]]) said [[Skye|name]] "goes to [[Hoddesdon|place]] every weekend with them".
21:15 Left the area. [[Maisie|name]] given the "Know the Signs" card and our Insta. [[C. Bass|name]]
"""),
    ("core group meeting minutes", """Core group meeting - [[Skye Kelly|name]] (CP plan, category: sexual abuse - exploitation)
Date: [[1 December 2026|date]], 16:00    Venue: [[Burnt Mill Academy|school]]    Chair/minutes: [[Rhiannon Lake|name]] (SW)
Present: [[Donna Brewer|name]] (mum); [[Paul Kelly|name]] (dad); [[Skye|name]] (for item 1); [[Alison Peart|name]] (DSL,
[[Burnt Mill|school]]);
[[Precious Okafor|name]] (youth worker); PC [[Sian Mottram|name]] (Missing and Child Exploitation team); [[Bernie Flood|name]] (CAMHS)

1. [[Skye|name]]'s views: she is "sick of meetings" but agreed to stay at her dad's in [[Epping|place]] weekends. She said
 [[Reece|name]] has "gone quiet" since the warning notice was served on [[20/11/2026|date]].
2. Mum: [[Darren Sykes|name]] has moved out (now in [[Old Harlow|place]], she thinks [[Fore Street|address]]). Mum wants
 [[Skye|name]] home in the week. She has changed the Wi-Fi password and is going to keep [[Skye|name]]'s phone at night.
3. Dad: [[Paul|name]] works shifts at Sainsbury's in [[Epping|place]]; [[Skye|name]] can stay Fri-Sun. His partner [[Jo|name]]
([[Joanne Rudd|name]]) agreed.
4. School: attendance 78% (up from 64%). Taxi to school Mon-Fri from [[Upper Park|address]] (driver: [[Mick|name]], Harlow Cabs,
 enhanced DBS).
5. Police: [[Reece Garland|name]] charged [[27/11/2026|date]]; bail conditions: not to contact [[Skye|name]] or enter [[Sumners|place]].
 "[[Jodie|name]]" now identified ([[Jodie
Marsh-Bell|name]], 24); "[[Kyle|name]]" not yet.
Actions
 - Mum to keep [[Skye|name]]'s phone 10pm-7am; [[Donna|name]]; from [[1/12|date]]
 - Safety plan for weekends at dad's; [[Paul Kelly|name]] and [[Joanne Rudd|name]]; by [[4/12|date]]
 - Disruption: licensing visit to [[Flat 3, 44 Amwell Street|address]], [[Hoddesdon|place]]; PC [[Mottram|name]]; by [[8/12|date]]
 - Sessions with [[Skye|name]] on healthy relationships; [[Precious Okafor|name]]; weekly Weds from [[2/12|date]]
 - CAMHS assessment appointment; [[Bernie Flood|name]]; [[10/12/2026|date]] 15:30
 - Speak to [[Maisie Holt|name]]'s mum ([[Kayleigh Holt|name]], [[07852 611408|phone]]) about the sleepovers; SW [[Rhiannon Lake|name]];
by [[11/12|date]]
Next core group: Tuesday [[22 December|date]] 16:00, school.
"""),
]


# --- F. Webb / Lowe family (white British, kinship care), North Weald Bassett, with a mother in Southend ----------------

HOME_F = d.Address("Hillcrest, 12 Vicarage Lane", "North Weald Bassett", "Epping", "CM16 6AP")
MUM_F = d.Address("Room 4, 60 Hamlet Road", "", "Southend-on-Sea", "SS1 1HH")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kai", "Lowe")], dt.date(2016, 3, 8), addresses=[HOME_F], ids=["6435641110", "V881201515335"],
       schools=["North Weald Bassett Primary School"]),
    _p("s", "sibling", [("Jasmine", "Webb-Lowe")], dt.date(2019, 12, 24), addresses=[HOME_F], ids=["4695130432"],
       schools=["North Weald Bassett Primary School"]),
    _p("g", "grandparent", [("Marjorie", "Webb")], dt.date(1959, 10, 17), addresses=[HOME_F], phones=["01992 541061"]),
    _p("m", "mother", [("Kirsty", "Webb")], dt.date(1989, 7, 7), addresses=[MUM_F], phones=["07446 209386"]),
    _p("p1", "professional", [("Femi", "Adeleke")], phones=["01279 630214"], emails=["femi.adeleke@rodingforest.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship assessment extract on the grandmother", """SPECIAL GUARDIANSHIP ASSESSMENT (Regulation 21 report) - EXTRACT,
sections 3 and 7
Prospective special guardian: Mrs [[Marjorie Ann WEBB|name]] ("[[Margie|name]]"), born [[17 October 1959|dob]]
Address: [[Hillcrest|address]], [[12 Vicarage Lane|address]], [[North Weald
Bassett|place]], [[Epping|place]] [[CM16 6AP|postcode]]
Children: [[Kai LOWE|name]] ([[08/03/2016|dob]]) and [[Jasmine WEBB-LOWE|name]] ([[24/12/2019|dob]])
Assessor: [[Femi Adeleke|name]], Fostering and Kinship Team        Report date: [[20 November
2026|date]]

3. The applicant's history
[[Margie|name]] was born in [[Walthamstow|place]] and moved to [[Loughton|place]] at 6. She left school at 16 and worked for 31 years at
the Bank of England printing works in [[Debden|place]]. She married [[Ron Webb|name]] in 1981 (he died in 2019 at St Margaret's
Hospital, [[Epping|place]]). Her daughters are [[Kirsty|name]] (the children's mother) and [[Lisa|name]] ([[Lisa Chandler|name]], in
[[Theydon Bois|place]], two boys). [[Lisa|name]] has offered respite one weekend a month; her husband [[Gareth Chandler|name]] has
agreed to a DBS check.

7. Contact
With their mother [[Kirsty Webb|name]]: [[Kirsty|name]] has been in recovery housing in [[Southend|place]]
([[Room 4, 60 Hamlet Road|address]],
[[Southend-on-Sea|place]] [[SS1 1HH|postcode]]) since [[3 August 2026|date]] and has been drug free for 4 months (tests by
Open Road). Contact is monthly at the family centre in [[Epping|place]], supervised, and a video call each Sunday.
With [[Kai|name]]'s father [[Dean Lowe|name]]: in HMP Chelmsford until at least 2028; [[Kai|name]] writes to him through the
prison's letter scheme ([[Dean Lowe|name]], born [[11/11/1987|dob]]). [[Jasmine|name]]'s father is not known ([[Kirsty|name]] named
"[[Jay|name]] from [[Basildon|place]]").

Household and references
 [[Marjorie Webb|name]], applicant, [[17/10/1959|dob]], [[01992 541061|phone]]
 [[Kai Lowe|name]], [[08/03/2016|dob]], NHS [[643 564 1110|nhs]], UPN [[V881201515335|upn]], [[North Weald Bassett Primary School|school]]
 [[Jasmine Webb-Lowe|name]], [[24/12/2019|dob]], NHS [[469 513 0432|nhs]], same school (Reception, Mrs [[Bright|name]])
 Referee 1: [[Pat Dunmow|name]], friend of 40 years, [[Coopersale|place]], [[07446 209385|phone]]? - no, that was wrong:
[[07725 448914|phone]]
 Referee 2: Revd [[Alan Fairley|name]], St Andrew's, [[North Weald|place]]
 Referee 3: [[Lisa Chandler|name]], daughter, [[Theydon Bois|place]]
 Medical: Dr [[Okonjo|name]], [[Epping|place]] surgery, [[05/11/2026|date]] - fit, osteoarthritis (left knee).
"""),
    ("contact supervisor's record of a family time session", """EPPING FAMILY CENTRE - FAMILY TIME RECORD
Children: [[Kai|name]] (10), [[Jasmine|name]] (6)     Adult: mum, [[Kirsty Webb|name]]     Date: Saturday [[28/11/2026|date]] 10:30-12:30
Supervisor: [[Aoife Brennan|name]]    Transport: children brought by Nanny [[Margie|name]]; mum by train from [[Southend|place]] via
[[Stratford|place]]

10:28 Mum arrived early, with a bag of presents (an early Christmas), asked if that was ok. Agreed.
10:35 Children arrived. [[Jasmine|name]] ran to mum: "Mummy!" [[Kai|name]] hung back, then hugged her.
10:50 Lego. Mum helped [[Kai|name]] build a police car; [[Kai|name]] said "Dad's in prison, not in a police car". Mum said "I know
 babe". [[Kai|name]] asked when she is coming home. Mum said "when I'm well, and when Nanny and the judge say".
11:20 [[Jasmine|name]] asked why mum "smells of smoke". Mum laughed, said cigarettes only now.
11:40 Mum took a phone call (her sponsor, "[[Carol|name]]"), 3 minutes, I reminded her of the agreement.
12:00 Snack. Mum asked [[Jasmine|name]] about school; [[Jasmine|name]] said her teacher Mrs [[Bright|name]] "is the best". Talked about
 [[Jasmine|name]]'s birthday on the [[24th|date]] (Christmas Eve).
12:25 Goodbyes: [[Jasmine|name]] cried. [[Kai|name]] said "see you on the [[26th|date]]?" - mum said she'd ring on Sunday.
Overall: warm, child-focused, mum sober and on time. No concerns. [[A. Brennan|name]]
Next sessions: [[12/12/2026|date]], [[26/12/2026|date]] (Boxing Day - agreed by [[Femi Adeleke|name]] on [[27/11|date]]) and
[[09/01/2027|date]].
Transport for mum paid by the council: [[Southend|place]] Victoria to [[Epping|place]], return.
"""),
    ("grandmother's diary pages, handed to the social worker", """[[Margie|name]]'s diary - copied by [[F Adeleke|name]] with her
permission, [[02/12/26|date]]

Sun [[22nd Nov|date]] - Video call with [[Kirsty|name]] at 6. [[Kai|name]] wouldn't come to the phone. [[Jas|name]] showed her the tooth.
Mon [[23rd|date]] - [[Kai|name]] in trouble at school again, pushed [[Archie|name]] off the climbing frame. Mrs [[Bright|name]] rang.
Tue [[24th|date]] - my knee bad. [[Lisa|name]] did the school run. [[Gareth|name]] fixed the boiler!!
Wed [[25th|date]] - Letter from the prison - [[Dean|name]] wants [[Kai|name]] to visit. NOT YET. Ring [[Femi|name]].
Thurs [[26th|date]] - Rang [[Femi|name]] [[01279 630214|phone]] - says it's my decision for now. [[Kai|name]] had a nightmare again, in
my bed 2am.
Fri [[27th|date]] - [[Jas|name]] asked if mummy is coming for Christmas. I said Boxing Day maybe.
Sat [[28th|date]] - Family time. [[Jas|name]] cried after. [[Kirsty|name]] looked well, put weight on. Got the 13:05 back from
 [[Epping|place]] with her as far as [[Stratford|place]]? no - she went on her own. Bought fish and chips at [[Harry|name]]'s in the
village.
Sun [[29th|date]] - church at St Andrew's, then Sunday lunch at [[Lisa|name]]'s in [[Theydon|place]]. The boys and [[Kai|name]] played
 football till dark. First good day in weeks.
"""),
    ("email from the virtual school about a boy's exclusion", """From: [[Bryony Tate|name]]
<[[bryony.tate@essexvirtualschool.org.uk|email]]>
Sent: [[03 December 2026|date]] 11:42
To: [[Femi Adeleke|name]] <[[femi.adeleke@rodingforest.gov.uk|email]]>
Cc: [[Helen Moss|name]] (HT, [[North Weald Bassett Primary|school]]); Mrs [[Marjorie Webb|name]]
Subject: RE: [[Kai Lowe|name]] ([[08.03.2016|dob]]) - suspension [[1 Dec|date]]

Hi [[Femi|name]],

Thanks for the call. [[Helen|name]] confirms [[Kai|name]] was suspended for one day on [[1 December|date]] after he threw a chair
in class (no one hurt). That is his second this term (the first was [[6 October|date]]). [[Kai|name]] is previously looked after
and eligible for pupil premium plus; the school has agreed to use it for a play therapist, [[Ruby Okoro|name]], weekly from
[[7 January|date]], and to ask the Educational Psychology service to see him in the spring.

[[Marjorie|name]] - I know you were worried this would affect the special guardianship order. It should not: what the court will
want to see is that you and the school are working together, and you are. Please ring me on [[07562 903119|phone]] if
you want to talk.

Kind regards,
[[Bryony|name]]
[[Bryony Tate|name]] | Virtual School Head's Team (Previously Looked After Children) | West Essex
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 105 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 07:00 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "tm", "sw", "hv", "nan", "nana", "nanny",
           "gran", "grandma", "mum", "mummy", "dad", "daddy", "aunty", "uncle", "mama", "sister", "pastor", "sheikh", "khalo",
           "teta", "gogo", "خالو", "malume", "ta", "dsl", "coach"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "britain", "uk", "essex", "west essex", "hertfordshire", "herts", "lebanon", "the chouf", "chouf",
               "mount lebanon", "zimbabwe", "matabeleland", "matabeleland south", "south africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds
# this set's titles and kinship words ("Khalo Nizar", "Teta", "Gogo Thandiwe", "Mama Ruth", "Pastor Sipho Dube", "Sister Busi",
# "Sheikh Fadi Zeineddine", "Nanny Trace") and counties, regions and countries ("Essex", "West Essex", "Lebanon", "Zimbabwe").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
