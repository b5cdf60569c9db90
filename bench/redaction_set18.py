"""Set 18: a thirteenth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8
to 17 do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set19.py and tests/test_redaction_set19.py
(written by another helper at the same time), that did not run the detector or any bench script that runs it, that ran no git
command on the repository (one `git --version`, typed by mistake, was run; it reads nothing of the repository), and that looked
at no detector output. What was read: bench/redaction_set15.py and tests/test_redaction_set15.py (the layout and marking
conventions followed here; of the module, its first 600 lines - the docstring, two families and the start of a third - and its
end, from _PAIRS to the self-check, were read, and the rest was not), tests/test_redaction_set13.py, the docstrings of
bench/redaction_set17.py, bench/redaction_set16.py and bench/redaction_set14.py, and the paragraphs naming families, towns
and document types in the docstrings of
bench/redaction_set13.py to bench/redaction_set7.py and bench/redaction_heldout.py (to see which towns and communities earlier
sets used as a family's home, and which document types), the checker of set 7 (problems, _WEEKDAYS, _NOT_PLACES, _valid_phone),
the word lists of the checkers of sets 7 to 15 (_TITLES, _AFTER, _NOT_PLACES, read by importing those modules; their
documents were not printed or read), the `_party`, `Records`, `word_problems`, `_parse` and `_docs` helpers of
bench/redaction_handwritten.py (its module docstring was seen in passing), and `problems`, `KINDS`, `_NI`, `gold_counts` and
`report` of bench/redaction_heldout.py. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records (and a self-check read back the parties' dates of birth from the
built records). Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of
changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in Greater Manchester, the West Midlands, Lancashire, Cheshire and on the
Scottish border, each from a town or district no earlier set (6 to 17) used as a family's home. Four of the kinds most common
in children's social care: a young white British mother in Bedford, Leigh, with a grandmother in Atherton (Unsworth / Rigby; a
girl of two who drank her mother's take-home methadone, police protection, a rapid review), a white British family in
Tweedmouth, Berwick-upon-Tweed, with a grandmother over the border in Coldstream and a father in Eyemouth (Redpath / Hume; a
girl of 11 who tells her grandmother that her mother's partner sexually abuses her, a mother who at first disbelieves her, a
cross-border inter-agency referral discussion, a non-molestation order), a British Pakistani family in Palfrey, Walsall, with
a mother from Jhelum on a spouse visa (Javed / Akhtar; domestic abuse by a husband and mother-in-law, a passport kept from her,
a threat to abandon her in Pakistan and keep the children, no recourse to public funds, a domestic abuse concession) and a
mixed White and Black Caribbean care leaver of 18 from Ribbleton, Preston, in a parent and child foster placement in Longridge
with her baby (Platt / Gayle; domestic abuse by the baby's father, care proceedings, a parenting assessment). Two from
communities no earlier set used: a Bulgarian Turkish family from the Kardzhali province in an overcrowded, unlicensed house in
multiple occupation in Crewe (Hasanov / Hasanova; a girl of 15 pregnant after a religious "marriage" to a man of 19 in
Bulgaria, a boy of 9 left in Bulgaria to pick tobacco, labour exploitation of the adults) and a Krio-speaking Sierra Leonean
family in Broughton, Salford (Macauley / Kamara; a boy of 10 accused of witchcraft by his stepmother and a church prophetess,
chilli in his eyes and enforced fasting, a father stopped by Border Force at Manchester Airport taking him one-way to Freetown).
24 documents, of types no earlier set used or in styles new to these sets: a children's emergency department clinical record,
a police protection record with the designated officer's review, a drug and alcohol service's key worker case notes, a rapid
review record for a safeguarding children partnership, an NSPCC Helpline referral, a school's record of a disclosure with a
body map, an email chain with a Scottish council about an inter-agency referral discussion, a mother's witness statement for a
non-molestation order, an ESOL tutor's concern email with replies, a madrasa's safeguarding record of concern, a no recourse to
public funds team's section 17 assessment, an immigration adviser's letter supporting a domestic abuse concession application,
a parent and child foster carer's daily recording, a leaving care personal adviser's contact log as a table, a young mother's
letter to the judge, a parenting assessment (PAMS) extract, a sexual health clinic's Spotting the Signs proforma, a children
missing education referral, a house in multiple occupation inspection report, text messages from a police phone download
translated from Turkish and Bulgarian (with Cyrillic), a school web-filtering safeguarding alert report, a Border Force
safeguarding and trafficking team's record of a stop, an emergency foster placement record with the carer's first night note,
and a social worker's letter to a boy explaining why he is in foster care.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers; a few public buildings carry their real street). Phone
numbers are valid numbers (checked with the phonenumbers library), UK and foreign (Pakistan, Bulgaria, Sierra Leone); NHS
numbers and UPNs (the right LA number for the area: 359, 929, 335, 888, 895, 355) pass their check digits. Councils are invented
(Astley Moss, Cheviot Vale, Lammermuir in Scotland, Tame Heath, Ribble Brook, Dane Valley, Irwell Bank), and so are most
schools (Brookfold Primary, Tweedside Middle, Spittal Links First, Hatherton Infant Academy, Ludford Park Academy, Hungerford
Brook Primary, Kersal Brook Primary, Irwell Park High, a school in Kissy and one in Dzhebel), the mosque and its madrasa, the
church (Fire of Pentecost Deliverance Ministry), the letting firm, the immigration firm, the travel agent and the GP
practices; towns, districts, villages, real colleges and schools named in passing, real charities, NHS bodies, police forces,
courts, clubs, brands, apps, programmes, foods and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set15.py (which follows sets 6 to 13), with the choices sets 16 and 17
record in their docstrings. [[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs,
upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PCs, DC, DS, Insp, HO, HHJ, DJ, Judge, Nan,
Nana, Granny, Mum, Daddy, our, Aunty, Apa, Qari, Haji, hoca, Dadi, Ammi, Abbu, Phupho, Pa, Ma, Prophetess, Prophet, the
Turkish nine, teyze, amca and abi after a name, and the Bulgarian бате) stay outside the name span, whether they come before or
after the name ("Apa Nabila", "Qari Imran", "Pa Foday", "Sadia Phupho", "Memuna Aunty", "Nazife nine", "Sezgin amca", "Orhan
abi", "Ердинч бате"); a possessive 's, and a Turkish possessive or case ending after an apostrophe or joined to the name
("Aylin'im", "Aylinim"), stays outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span;
an initial with a surname is one span; a name broken by a line break is one span holding the break; initials alone ("P-M",
"B", "T") are not marked; social media handles ("fatme.hasanova89") are not marked, but an account or contact name that is a
person's plain name is ("Kev Hume"). A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address ("Bradshawgate", "Sandgate", "Kiln Hill"); towns, cities, villages, districts and estates are
places, at home or abroad; countries, counties, regions and provinces ("Northumberland", "Cheshire", "Pakistan", "Bulgaria",
"Sierra Leone") are not. Organisations are not marked even when they hold a town's or a person's name ("Royal Albert Edward
Infirmary", "Walsall Manor Hospital", "Bedford Medical Practice", "Longridge Health Centre", "Salford CID", "Black Country
Women's Aid", "Family Court at Birmingham", "Birmingham Airport", "NHS Borders"); a school's or college's name is a school, and
so is its short form ("Preston's", "Spittal Links", "Kersal Brook"), and a college is a school even in an email's signature or a
team's name ("Safeguarding Team (Walsall College)"); a date of birth is dob (a birthday without the year too: "the 2nd of
July"), any other calendar date with a day is date (a weekday before it stays outside); months and years alone are not marked;
helplines are not marked; a firm named after people marks only the names ("[[Ord|name]] & [[Hetherington|name]] LLP",
"[[Qureshi|name]] Immigration Law", "[[Anwar|name]] & Co", "[[Kolev|name]] Lettings", "[[Bradshaw|name]]'s Pharmacy"); a family
name in the plural ("the Humes") is one name span; a nickname in brackets inside a full name ("Theophilus (Theo) MACAULEY") is its
own span, with the names either side as spans of their own; a name in another script is a name (Urdu "ہادیہ", "زیان", "مہوش
جاوید"; Cyrillic "Ердинч"); a deity (ALLAH) and a public figure named for their work (Haaland) are not people in the case; a
staff or collar number ("BF8814", "PC 14472") stays outside the name.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a pupil's school network
login made of his own name ("theo.macauley") is a name, because it is how the filtering report identifies the child, unlike a
social media handle chosen by its user; a foreign registration plate ("K 4471 AM") is a vehicle; a Bulgarian address in Latin
letters ('ul. "Treti mart" 27') is an address, a Bulgarian school named after a poet ('OU "Hristo Botev"') is a school, and a
date of birth with a Bulgarian month in Cyrillic ("24 февруари 2011") is a dob; a surname that is also a village ("Hume",
"Ord") is a name when it is a person and a place when it is the village, and a first name that is also a town (PC Leigh
Fairclough, Preston Caddick, Dom Atherton) is a name beside the town marked as a place; the documents that hold such a name do
not also name a hospital, court or club after that town, so that no occurrence of the word is left unmarked in them; a
neighbour's bare house number in the same street ("no. 19", "number 11") is an address, as set 16's "I'm at 13"; sports clubs
and a regiment named after a town (Leigh Leopards, Berwick Rangers, Preston North End, Coldstream Guards) are organisations and
a ground (Shielfield Park) a landmark; an office building's name before its street address (Turnpike House) is an
organisation, as set 15's Kestrel House, while the street address is marked; a service, branch or team named by its town in
words that are not part of a proper name ("Change Grow Live (Leigh)", "Change Grow Live - Wigan and Leigh", "Asda Berwick",
"Tesco Longridge", "the Alnwick suite", "the Ribbleton Children's Centre", "the Foundation in Preston") marks the town, as set
15's "Tesco Copdock" and set 17's "the surgery in Desborough" did; a YouTube channel named after an invented preacher ("Prophet
T. Kallon Ministries") marks only the name, like a firm named after people; Wellington and Kissy (districts of Freetown) and
Waterloo (a town in Sierra Leone) are places, and a flight's city of connection ("to Brussels") is a place, as set 16's cities
at the start or end of a journey; Scots and Krio words ("the polis", "bairn", "Ma") and a grandmother called "Nana" or "baba"
alone are not names.

Self-check without the detector: `python -m bench.redaction_set18` (and tests/test_redaction_set18.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,524 gold spans, 913 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Unsworth / Rigby family (white British), Bedford, Leigh -------------------------------------------------------

HOME_A = d.Address("17 Etherstone Street", "Bedford", "Leigh", "WN7 2QE")
NAN_A = d.Address("58 Mealhouse Lane", "", "Atherton", "M46 0EP")
DAD_A = d.Address("Flat 4, 9 Railway Road", "", "Leigh", "WN7 4AL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Paisley-Mae", "Unsworth")], dt.date(2024, 1, 17), [HOME_A, NAN_A], ids=["4414690986"]),
    _p("s", "sibling", [("Bentley", "Unsworth")], dt.date(2018, 6, 3), [HOME_A, NAN_A], ids=["6141903975", "J359685020213"],
       schools=["Brookfold Primary School"]),
    _p("m", "mother", [("Shannon", "Unsworth")], dt.date(1999, 9, 12), [HOME_A], phones=["07738 204 519"],
       ids=["6375058279", "JT 41 77 08 C"]),
    _p("f", "father", [("Connor", "Rigby")], dt.date(1996, 2, 28), [DAD_A], phones=["07946 318 772"]),
    _p("f2", "father", [("Jamie", "Fairhurst")], dt.date(1995, 11, 4)),
    _p("g", "grandparent", [("Denise", "Unsworth")], dt.date(1972, 5, 21), [NAN_A], phones=["01942 673 418", "07852 117 640"]),
    _p("p1", "professional", [("Rachael", "Tickle")], phones=["01942 264 880", "07415 902 336"],
       emails=["rachael.tickle@astleymoss.gov.uk"]),
    _p("p2", "professional", [("Aaron", "Seddon")], phones=["01942 404 300"], emails=["aaron.seddon@cgl.org.uk"]),
], "c")

DOCS_A = [
    ("children's emergency department clinical record", """WRIGHTINGTON, WIGAN AND LEIGH TEACHING HOSPITALS NHS FOUNDATION TRUST
Royal Albert Edward Infirmary - Children's Emergency Department - CLINICAL RECORD (Symphony print, pages 1-2 of 2)
Attendance [[14/09/2026|date]] 19:42   Arrived: NWAS 999 (crew [[Kirsty Lowe|name]] / [[Dom Atherton|name]])   Triage ORANGE -> RED 19:51
Patient: [[UNSWORTH, Paisley-Mae|name]]   DOB [[17/01/2024|dob]] (2y 7m)   NHS No [[441 469 0986|nhs]]   Sex F
Address: [[17 Etherstone Street|address]], [[Bedford|place]], [[Leigh|place]], [[WN7 2QE|postcode]]
GP: Dr [[N. Heskey|name]], Bedford Medical Practice     HV: [[Lisa Marsden|name]] (0-19 team)
With: mother [[Shannon Unsworth|name]] ([[07738 204 519|phone]]); MGM [[Denise Unsworth|name]] arrived 20:10 from [[Atherton|place]]
Alerts: CP-IS none. Sibling [[Bentley Unsworth|name]] (8) - previous CIN plan, closed [[11/03/2025|date]]. Mum on a methadone
script with Change Grow Live ([[Leigh|place]]).

PC: drowsy, "floppy", ?ingestion of mother's methadone.
HPC (Dr [[Amira Saleh|name]], ST6 Paeds): per Mum, P-M was napping on the settee from approx 16:30. At about 18:20 Mum found
her "floppy and snoring funny" and could not wake her properly. Mum then found her take-home methadone bottle (1 mg/ml,
picked up Sat from [[Bradshaw|name]]'s Pharmacy on [[Bradshawgate|address]]) on the front bedroom floor, lid off, "about a third
gone". Mum says the bottle "lives on top of the wardrobe" and that the lockable box from CGL "broke last month". Mum rang
her own mum first, then 999 at 18:52 (per NWAS). Dad ([[Connor Rigby|name]]) "on nights at the warehouse in [[Haydock|place]]".
Brother [[Bentley|name]] left with the next-door neighbour, [[Jackie Ollerton|name]], at [[no. 19|address]].

O/E 19:50: GCS 9 (E2 V2 M5). RR 8, shallow. SpO2 88% in air. HR 92. CRT 2 s. T 36.1. BM 4.8. Pupils pinpoint, equal.
No marks or bruises on a full skin check (nurse [[Becky Hindle|name]] chaperoning). Weight 12.6 kg (est.).
Mx: airway opened, BVM, O2. Naloxone 100 mcg/kg IV 19:58 -> GCS 14 within 2 min, crying for "Nana". Re-sedated 20:35, RR 10;
second bolus and naloxone infusion started 20:50. Bloods + urine tox sent. ECG: QTc 452 ms.
Discussed with Dr [[Gráinne Doherty|name]] (consultant on call) and with NWTS 21:05: accepted to PICU at Royal Manchester
Children's Hospital. NWTS team (Dr [[Ben Oyebode|name]], ANP [[Claire Entwistle|name]]) arrived 23:15.

Safeguarding: an accidental ingestion of a parent's opioid by a 2 y/o, with known parental substance misuse, is
significant harm until shown otherwise. Mum appeared under the influence (slurred speech, pin pupils, scratching her
arms); she said she had "only had my script and a bit of weed". Nan [[Denise|name]] to Mum in cubicle 4: "I've told you a
hundred times, [[Shannon|name]], put it in the box." Safeguarding nurse [[Paula Grundy|name]] informed 20:40. Referral made
to Astley Moss Council EDT ([[Marcus Pilkington|name]]) at 20:55. GMP informed, log 2317 of [[14/09|date]]. PC
[[Leigh Fairclough|name]] and PC [[Harpreet Sandhu|name]] attended 21:30; police protection taken 22:10 for both children
(PC [[Fairclough|name]] to collect [[Bentley|name]] and take him to MGM in [[Atherton|place]]).

Nursing notes ([[Natalie Pennington|name]], RN Child):
20:15 Dad [[Connor|name]] arrived at reception shouting "where's my daughter". Calmed by security (officer [[Gav Molyneux|name]]).
Told Mum "this is on you". Asked to wait in the relatives' room; left at 20:40 saying he was "going to sort [[Jamie|name]]"
(?[[Jamie Fairhurst|name]], [[Bentley|name]]'s dad - Mum thinks [[Jamie|name]] "sold her the gear").
21:50 MGM says she will have both kids: "they can come to mine on [[Mealhouse Lane|address]], I've got the room". MGM's
partner [[Terry|name]] collected her car keys.
22:15 Mum told about police protection in the family room. Very upset, punched the wall. PC [[Sandhu|name]] present.
23:50 Departed with NWTS. MGM travelled in the ambulance (Mum not permitted, per police). Mum left with her friend
[[Chantelle Boardman|name]] ([[07591 446 203|phone]]), who says Mum "can stop at hers in [[Tyldesley|place]] tonight".
Next of kin and contacts recorded at booking-in (receptionist [[Marie Cunliffe|name]]): MGM [[Denise Unsworth|name]],
[[07852 117 640|phone]]
(home [[01942 673 418|phone]]); father [[Connor Rigby|name]], [[07946 318 772|phone]]; school for sibling: [[Brookfold Primary|school]].
[[Paisley-Mae|name]]'s HV record checked: last contact [[22/10/2025|date]] ([[L. Marsden|name]]). Mum's NHS no. [[6375058279|nhs]] (for the
GP letter).
Signed: Dr [[A. Saleh|name]] ST6 / reviewed Dr [[G. Doherty|name]], Consultant, [[14/09/2026|date]] 23:58
"""),
    ("police protection record and designated officer's review", """GREATER MANCHESTER POLICE - POLICE PROTECTION (s46 CHILDREN ACT 1989)
RECORD OF POLICE PROTECTION AND DESIGNATED OFFICER'S REVIEW - Form PP1 (rev. 2024)     Occurrence: 14092026-2317

CHILD 1: [[Paisley-Mae UNSWORTH|name]]    DOB [[17.01.2024|dob]]    Location when PP taken: Royal Albert Edward Infirmary (CED),
         then PICU, Royal Manchester Children's Hospital
CHILD 2: [[Bentley UNSWORTH|name]]        DOB [[03.06.2018|dob]]    Location when PP taken: [[19 Etherstone St|address]],
         [[Bedford|place]], [[Leigh|place]] (neighbour's)
MOTHER:  [[Shannon UNSWORTH|name]]   DOB [[12.09.1999|dob]]   [[17 Etherstone Street|address]], [[WN7 2QE|postcode]]   Tel
         [[07738204519|phone]]
FATHER (C1): [[Connor RIGBY|name]]   DOB [[28.02.1996|dob]]   [[Flat 4, 9 Railway Road|address]], [[Leigh|place]] [[WN7 4AL|postcode]]
FATHER (C2): [[Jamie FAIRHURST|name]]   DOB [[04.11.1995|dob]]   NFA, believed [[Hindley Green|place]]. Not traced.
Officer taking PP: PC 14472 [[Leigh FAIRCLOUGH|name]] (W Division)    Designated officer: Insp 6120 [[Gareth YATES|name]]
PP taken: 22:10 hrs [[14/09/2026|date]]          PP ended: 16:30 hrs [[15/09/2026|date]]

GROUNDS: Child 1 (2 yrs) brought to ED by NWAS with opioid toxicity after drinking the mother's methadone. Mother
intoxicated at hospital. Father (C1) attended and made threats. Reasonable cause to believe both children would
otherwise be likely to suffer significant harm if returned home tonight. Child 2 alone with a neighbour at night.

ACTIONS:
22:12 EDT informed ([[M. Pilkington|name]]); agreed placement of C2 with MGM pending LA checks.
22:15 Mother informed in the presence of MGM [[Denise UNSWORTH|name]] ([[21.05.1972|dob]]) and SN [[N. Pennington|name]].
22:31 Father (C1) informed by phone, [[07946 318 772|phone]]: abusive, "you're not having my kids, I'll have you". Logged.
22:40 Father (C2) not informed - no number. His mother, Mrs [[Lorraine Fairhurst|name]] of [[Tyldesley|place]], rang: she "hasn't
      seen him since Christmas".
23:05 C2 collected by PC [[SANDHU|name]] from neighbour [[Jackie OLLERTON|name]] (age 64, [[no. 19|address]]). C2 in pyjamas, had
      eaten toast; no injuries seen. Taken to MGM, [[58 Mealhouse Lane|address]], [[Atherton|place]] [[M46 0EP|postcode]]. Checks
      on MGM's partner [[Terry HULME|name]] ([[09/02/1968|dob]]): PNC nil, PND nil. Home warm, clean, food in.
23:20 Father (C1) seen driving past MGM's address in grey Vauxhall Corsa [[YD16 FHN|vehicle]]. Words of advice given by PC
      [[Fairclough|name]] on [[Bolton Old Road|address]]. Driver sober (roadside test neg).

CHILD 2'S WORDS (in the police car, recorded verbatim by PC [[Sandhu|name]]): "Is [[Paisley|name]] gonna die? Mum said it was
[[Connor|name]]'s fault for leaving it out. I'm not allowed to touch mum's green medicine. Can I go to me nan's?"

NOTIFICATIONS: [[Bentley|name]]'s school, [[Brookfold Primary School|school]] (Head: Mr [[Colin Hesketh|name]]), by email at 08:10 on
[[15/09/2026|date]]; HV [[Lisa Marsden|name]]; CGL team leader [[Joanne Ratcliffe|name]]; GP Dr [[N. Heskey|name]]. [[Bentley|name]]'s UPN
[[J359685020213|upn]] and NHS no. [[614 190 3975|nhs]] given to EDT for the CP-IS check.

PROPERTY SEIZED: methadone bottle, label "[[S UNSWORTH|name]] 60 ml daily, [[Bradshaw|name]]'s Pharmacy" (exhibit GY/1); a
lockable medicine box with a broken hinge (GY/2); a bag of cannabis from the kitchen (GY/3).

DESIGNATED OFFICER'S REVIEW (Insp [[YATES|name]], 01:20 hrs [[15/09/2026|date]]):
I have reviewed the grounds with PC [[FAIRCLOUGH|name]]. PP is justified for both children. C1 is in PICU and may not be
moved. C2 to remain with MGM. I have spoken to the mother at her friend's in [[Tyldesley|place]] (friend: [[Chantelle
BOARDMAN|name]]). Mother agrees. I have informed the EDT manager, [[Sue Kenyon|name]]. A s47 strategy discussion is booked
with Astley Moss Council for 10:00 on [[15 September|date]].
PP ENDED (16:30): SW [[Rachael Tickle|name]] confirmed the mother has signed a s20 agreement for both children to live with
MGM (C1 on discharge from RMCH). Officer in case for the neglect investigation: DC [[Kerry Aspinall|name]], PVP Wigan.
"""),
]

DOCS_A += [
    ("drug and alcohol service key worker's case notes", """CHANGE GROW LIVE - [[Wigan|place]] and [[Leigh|place]] - CASE NOTES (printed
from Nebula)
Service user: [[Shannon UNSWORTH|name]]   DOB [[12/09/1999|dob]]   Client ID CGL-WL-071184   NHS [[637 505 8279|nhs]]
Address: [[17 Etherstone St|address]], [[Leigh|place]] [[WN7 2QE|postcode]]   Tel [[07738 204519|phone]]
Recovery worker: [[Aaron Seddon|name]]   Prescriber: Dr [[Mahesh Iyer|name]]   Pharmacy: [[Bradshaw|name]]'s, [[Bradshawgate|address]]
Children: [[Paisley-Mae|name]] (2), [[Bentley|name]] (8). Hidden Harm screen: completed, children's services involved (CIN closed).

[[03/06/2026|date]] Key work (office, 35 min). [[Shannon|name]] on methadone 60 mg daily, supervised Mon-Fri, take-homes
at weekends since [[12/05/2026|date]]. UDS: methadone +, cannabis +, opiates -. She says she is "doing really well" and has
"cut right down on the weed". Safe storage discussed: lockbox given (serial 0447) and signed for. Partner [[Connor|name]] not
in treatment; [[Shannon|name]] says he "dabbles" at weekends. Goal: start the SMART Recovery group on Thursdays.

[[17/06/2026|date]] DNA. Rang x2. Text sent. [[Bradshaw|name]]'s confirmed she collected all doses.
[[24/06/2026|date]] Key work (home visit with [[Dionne Hart|name]], Family Worker). Flat tidy. [[Paisley-Mae|name]] playing
with a toy kitchen; [[Bentley|name]] at school ([[Brookfold Primary|school]]). Lockbox seen, on top of the wardrobe, locked.
[[Shannon|name]]'s mum [[Denise|name]] was there; said "she's a different girl this year". [[Shannon|name]] tearful about
[[Jamie|name]] (B's dad) "turning up off his face" on [[21/06|date]]. Advised Clare's Law and the IDVA service.

[[15/07/2026|date]] Prescriber review, Dr [[Iyer|name]]. Stable. Take-homes extended to Sat + Sun + Mon (bank holiday
cover not needed). [[Shannon|name]] asked about a reduction in the autumn. UDS: methadone + only.

[[05/08/2026|date]] Telephone. [[Shannon|name]] says [[Connor|name]] has "moved back in for a bit" after losing his flat at
[[Railway Rd|address]]. Asked if he is using: "only a bit of coke on a Friday". Reminded about lockbox and children.
[[26/08/2026|date]] Key work. Presents low. Lockbox "broke when [[Connor|name]] was looking for something". Says she
keeps the bottle "high up". I ordered a new lockbox (delivery 5-7 days) - NOT chased, my error, see below.
UDS: methadone +, cannabis +, cocaine +.

[[09/09/2026|date]] DNA at the SMART group. Text from [[Shannon|name]]: "sorry [[aaron|name]] cant get a sitter, [[connor|name]]'s on
nights". New lockbox not yet arrived.
[[15/09/2026|date]] Call from SW [[Rachael Tickle|name]] (Astley Moss, [[07415 902 336|phone]]): P-M in PICU after
drinking methadone on [[14/09|date]]. Strategy meeting today at 10:00 - I attended on Teams with my team leader, [[Joanne
Ratcliffe|name]]. Shared: take-home arrangements, missed lockbox, the positive cocaine test. Dr [[Iyer|name]] has suspended
take-homes; daily supervised consumption from [[16/09/2026|date]]. Incident reported on Datix (ref 88214).
[[16/09/2026|date]] [[Shannon|name]] attended with her friend [[Chantelle|name]]. Distraught. "I never thought she could
climb up there, she must've used the chair." She is staying at her mum's on the sofa? - no, children are at her mum's,
so she is at [[Chantelle|name]]'s in [[Tyldesley|place]]. Agreed: drug test weekly, share results with CSC. She asked me to
tell [[Rachael|name]] she will do "whatever it takes".
[[30/09/2026|date]] Joint visit with [[Rachael Tickle|name]] at MGM's ([[Atherton|place]]). [[Paisley-Mae|name]] home from
RMCH [[19/09|date]], bright, walking. [[Bentley|name]], in his Leigh Leopards shirt, showed me his football medal from his club in
[[Hindley|place]]. UDS: methadone + only. CP plan likely; ICPC [[08/10/2026|date]].
[[07/10/2026|date]] Group. [[Shannon|name]] came to SMART Recovery for the first time (facilitators [[Aaron Seddon|name]] and
peer mentor [[Dale Prescott|name]]). Shared that her dad, [[Keith Unsworth|name]], "drank himself to death" when she was 12, and that
her nan, [[Edna|name]], brought her up in [[Leigh|place]] until she died. Others in the group not named here.
[[08/10/2026|date]] ICPC (chair [[Mandy Whittle|name]]). Both children subject to CP plans (neglect). I am on the core group.
[[Connor Rigby|name]] attended with his mum, Mrs [[Sharon Rigby|name]], and said he has "stopped the coke" and wants a test;
he is not in treatment. Referred him to our hub in [[Wigan|place]] ([[Paddy Morris|name]], duty worker).
Author: [[A. Seddon|name]], Recovery Worker, [[aaron.seddon@cgl.org.uk|email]], [[01942 404 300|phone]]
"""),
    ("rapid review record for the safeguarding children partnership", """ASTLEY MOSS SAFEGUARDING CHILDREN PARTNERSHIP
RAPID REVIEW - Serious Incident Notification 2026/09 - "Child P" (aged 2) - OFFICIAL-SENSITIVE, not for publication
Meeting held: [[28 September 2026|date]], 13:00-15:30, Microsoft Teams     Chair: Dr [[Hazel Worsley|name]] (Designated Doctor)
Notification to the National Panel: sent [[15/09/2026|date]] by [[Graham Lythgoe|name]] (Partnership Business Manager)

Present: [[Hazel Worsley|name]] (ICB, chair); [[Rachael Tickle|name]] (allocated SW) and [[Sue Kenyon|name]] (EDT manager), Astley
Moss Council; DS [[Ian Pemberton|name]] (GMP Public Protection); [[Paula Grundy|name]] (Safeguarding Nurse, WWL); [[Lisa
Marsden|name]] (HV, Bridgewater 0-19); [[Joanne Ratcliffe|name]] (Team Leader, CGL); Mrs [[Tracey Gaskell|name]] (DSL,
[[Brookfold Primary School|school]]); [[Omar Farooqi|name]] (Education Safeguarding Lead). Apologies: Dr [[N. Heskey|name]] (GP).

The child and family: [[Paisley-Mae Unsworth|name]] (born [[17 January 2024|dob]]) lives with her mother, [[Shannon
Unsworth|name]] (27), and her brother, [[Bentley|name]] (8), at [[17 Etherstone Street|address]], [[Bedford|place]], [[Leigh|place]].
Her father, [[Connor Rigby|name]], lived with them on and off. [[Bentley|name]]'s father, [[Jamie Fairhurst|name]], is not
involved. Maternal grandmother [[Denise Unsworth|name]] lives in [[Atherton|place]] and is now caring for both children.

What happened: on [[14 September 2026|date]] [[Paisley-Mae|name]] drank an unknown amount of her mother's take-home
methadone and was found unresponsive at about 18:20. She needed naloxone and two days in PICU at RMCH. She has recovered
fully. Police protection was used; both children are with their grandmother under s20.

Agency contact in the 12 months before (summary of the chronology; full chronology attached):
[[22/10/2025|date]] HV 18-month review ([[L. Marsden|name]]): development fine; Mum disclosed methadone; safe storage advice.
[[04/02/2026|date]] GP (Dr [[Heskey|name]]): Mum's depression review. No question about children asked.
[[12/05/2026|date]] CGL: take-home doses started. Hidden Harm screen recorded "CSC involved" - but CIN had closed in
  March 2025. No check made.
[[21/06/2026|date]] GMP: call from Mum - [[Jamie Fairhurst|name]] at the door, shouting. Not attended (no crime); no PPN
  to CSC because no child was recorded as present (both children were present, per Mum to CGL on [[24/06|date]]).
[[05/08/2026|date]] CGL: [[Connor Rigby|name]] moved back in, cocaine use. Not shared with HV or CSC.
[[26/08/2026|date]] CGL: lockbox broken; replacement ordered, not chased.
[[01/09/2026|date]] School ([[Brookfold Primary|school]], DSL Mrs [[Tracey Gaskell|name]]): [[Bentley|name]] late 6 times in the
  first week of term; said he "does [[Paisley|name]]'s breakfast". Logged on CPOMS; no referral.

Family's views (gathered by [[Rachael Tickle|name]]): [[Shannon|name]] said "I'll never forgive myself. I want to get clean
properly." [[Connor|name]] declined to take part. [[Denise|name]] said the family "felt judged at the hospital" but thanked
PC [[Leigh Fairclough|name]] for his kindness with [[Bentley|name]]. [[Bentley|name]] told his teacher, Miss [[Abbie Lowton|name]], that he
"doesn't have to do breakfasts at Nana's".

Learning identified:
1. Take-home doses for parents of young children: CGL's policy requires a home safe storage check before take-homes start and
   after any change in the household. Neither was done. (Owner: [[J. Ratcliffe|name]].)
2. Police attendance decisions when children are in the home (owner: DS [[Pemberton|name]]).
3. "CSC involved" recorded on the basis of an old plan (all agencies).
4. Schools: a young carer's words about a toddler's breakfast (owner: [[T. Gaskell|name]] with the Education Safeguarding
   Lead, [[Omar Farooqi|name]]).
Decision: the criteria for a local child safeguarding practice review are not met; the learning is to go to a multi-agency
learning event in January, led by [[Graham Lythgoe|name]]. The National Panel is to be told by [[5 October 2026|date]].
"""),
]


# --- B. Redpath / Hume family (white British and Scottish), Tweedmouth, Berwick-upon-Tweed ----------------------------

HOME_B = d.Address("9 Kiln Hill", "Tweedmouth", "Berwick-upon-Tweed", "TD15 2BQ")
NAN_B = d.Address("21 Lennel Road", "", "Coldstream", "TD12 4EP")
DAD_B = d.Address("7 Deanhead Drive", "", "Eyemouth", "TD14 5AZ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Isla", "Redpath")], dt.date(2015, 8, 9), [HOME_B], ids=["6799615248", "E929839718797"],
       schools=["Tweedside Middle School"]),
    _p("s", "sibling", [("Rory", "Redpath")], dt.date(2019, 3, 30), [HOME_B], ids=["7943154932", "Y929459621914"],
       schools=["Spittal Links First School"]),
    _p("m", "mother", [("Stacey", "Redpath")], dt.date(1990, 12, 2), [HOME_B], phones=["07803 551 296"], ids=["NZ 62 10 94 B"]),
    _p("o", "other", [("Kevin", "Hume")], dt.date(1984, 7, 16), [HOME_B], phones=["07927 640 158"]),
    _p("f", "father", [("Craig", "Redpath")], dt.date(1988, 4, 11), [DAD_B], phones=["018907 51 384"]),
    _p("g", "grandparent", [("Moira", "Cowe")], dt.date(1963, 10, 27), [NAN_B], phones=["01890 882 637"]),
    _p("p1", "professional", [("Fiona", "Laidlaw")], phones=["01670 623 590", "07723 845 019"],
       emails=["fiona.laidlaw@cheviotvale.gov.uk"]),
    _p("p2", "professional", [("Euan", "Tait")], phones=["01289 306 472"], emails=["e.tait@tweedside.northumberland.sch.uk"]),
], "c")

DOCS_B = [
    ("NSPCC Helpline referral to children's services", """NSPCC HELPLINE - REFERRAL TO CHILDREN'S SERVICES (sent by secure email)
To: Cheviot Vale Council, First Contact (Children)      From: NSPCC Helpline, practitioner [[Gemma Blackett|name]]
Our ref: HL/26/448102     Contact: Sunday [[4 October 2026|date]], 20:47-21:29, telephone (0808 800 5000)
Copy to: Police Scotland (caller lives in Scotland; children live in England) - see note at the end

ABOUT THE CALLER
Name: Mrs [[Moira Cowe|name]]      Relationship: maternal grandmother      Consent to share her details: YES
Address: [[21 Lennel Road|address]], [[Coldstream|place]], [[TD12 4EP|postcode]]      Tel: [[01890 882637|phone]] (landline only)

ABOUT THE CHILDREN
1. [[Isla Redpath|name]], girl, 11 (DOB given as [[9 August 2015|dob]]), Year 7 at [[Tweedside Middle School|school]]
2. [[Rory Redpath|name]], boy, 7, at "the first school in [[Spittal|place]]" ([[Spittal Links|school]])
Home: [[9 Kiln Hill|address]], [[Tweedmouth|place]], [[Berwick-upon-Tweed|place]], [[TD15 2BQ|postcode]]
Mother: [[Stacey Redpath|name]] (35), [[07803 551296|phone]]. Mother's partner: [[Kevin Hume|name]] (about 42), lives there
since early 2025, works for a haulier in [[Berwick|place]]. Father: [[Craig Redpath|name]], lives in [[Eyemouth|place]],
sees the children every other weekend.

WHAT THE CALLER TOLD US
Mrs [[Cowe|name]] had the children for the weekend. This evening, while they were getting ready for the drive home, [[Isla|name]]
asked if she could "live at Nana's forever". When asked why, [[Isla|name]] said [[Kevin|name]] "comes in the bathroom when I'm
in the bath and won't go out" and that he "does tickling that isn't tickling, under my nightie". She said it had happened
"loads" and that [[Kevin|name]] told her it was their "secret game" and that "your mam will be sad and the polis will take
[[Rory|name]] away" if she told. [[Isla|name]] then cried and asked her Nana not to tell anyone. Mrs [[Cowe|name]] said [[Isla|name]]
has been "wetting the bed again" and has "gone right quiet" since the summer.
Mrs [[Cowe|name]] does not know [[Kevin|name]] well. She said he is "from the [[Humes|name]] up by [[Greenlaw|place]]" - his family
farmed near the village of [[Hume|place]] - and that he "has a temper". She is frightened of what her daughter will say.
[[Stacey|name]] was due to collect the children at 7pm and had not come; Mrs [[Cowe|name]] believes [[Kevin|name]] was driving.
She has not told [[Stacey|name]] what [[Isla|name]] said.

OTHER PEOPLE MENTIONED BY THE CALLER
- [[Kevin|name]]'s sister, "[[Jackie|name]]" ([[Jacqueline Hume|name]]), who "babysits sometimes" and lives in [[Spittal|place]].
- The children's other grandmother, Mrs [[Agnes Redpath|name]], in [[Eyemouth|place]], who is "not well" (dementia).
- A neighbour in [[Tweedmouth|place]], Mrs [[Wilma Fortune|name]], who has told Mrs [[Cowe|name]] that she hears [[Kevin|name]] "roaring"
  at the children.

OUR ADVICE AND ACTIONS
We advised Mrs [[Cowe|name]] to keep both children with her tonight and not to ask [[Isla|name]] any more questions, to write
down [[Isla|name]]'s words exactly, and to call 999 if anyone tries to take the children. She agreed. She said the children's
dad, [[Craig|name]], would come over from [[Eyemouth|place]] if she asked; his number is [[018907 51384|phone]].
We called Police Scotland on 101 at 21:35 (incident 3391 of [[04/10/2026|date]], call taker [[Alasdair Pringle|name]]) as the
children are in [[Coldstream|place]] tonight, and Northumbria Police (log NP-20261004-1180, call handler [[Jodie Craw|name]]).
We recorded the call as a concern about possible sexual abuse of a child within the home.

Practitioner: [[G. Blackett|name]]      Supervisor: [[Rhona Dickson|name]]      Sent: [[04/10/2026|date]] 22:06
"""),
    ("school record of a disclosure with a body map", """[[TWEEDSIDE MIDDLE SCHOOL|school]] - RECORD OF CONCERN / DISCLOSURE (paper form,
typed up
by the DSL for CPOMS)
Pupil: [[REDPATH, Isla|name]]      Tutor group: 7AL      DOB: [[09/08/2015|dob]]      UPN: [[E929839718797|upn]]
Date: [[05/10/2026|date]]      Time: 10:40 (break)      Where: the Nurture Room
Member of staff: Miss [[Kirsten Ainslie|name]] (Form Tutor)      Passed to DSL: Mr [[Euan Tait|name]], 10:55

WHAT THE PUPIL SAID (her exact words; my questions in brackets)
"My nana said I had to tell someone at school. It's about [[Kevin|name]]. He's my mam's boyfriend." (OK. Can you tell me
more?) "He comes in when I'm in the bath and he sits on the toilet lid and he won't go. And at night he comes in my room
when mam's at the Co-op doing the late shift and he does tickling. It's not proper tickling. It's under my nightie." (Where
is [[Rory|name]] when that happens?) "[[Rory|name]]'s asleep. [[Rory|name]] sleeps like a log." (Is there anything else you want
to tell me?) "He said if I told, the polis would take [[Rory|name]] to a home. Am I in trouble? Don't tell [[Lexi|name]]."
[[Lexi Dodds|name]] is [[Isla|name]]'s best friend in 7AL.

WHAT I SAW
[[Isla|name]] was shaking and picking the skin round her nails. She would not sit down. No marks seen on her hands or face.
She showed me (unprompted) a bruise on her upper left arm, about the size of a 10p, yellow-green: "that's from [[Rory|name]]
hitting me with his Nerf gun". Marked on the body map below.

BODY MAP (front / back outline - see scanned page 2): 1 x bruise, left upper arm, outer side, approx 2 cm, yellow-green.
No other marks seen. No clothing removed.

OTHER INFORMATION (DSL, from the school record): NHS [[679 961 5248|nhs]]; emergency contacts on SIMS: Mum ([[07803 551 296|phone]]),
Nana [[Moira Cowe|name]] ([[01890 882 637|phone]]), Dad [[Craig Redpath|name]] ([[018907 51 384|phone]]). [[Rory|name]]'s UPN
[[Y929459621914|upn]].

WHAT I DID
Reassured her that she was right to tell, that I could not keep it a secret and would speak to Mr [[Tait|name]]. I did not ask
leading questions. She went back to class with her TA, Mrs [[Sheena Purves|name]].

DSL ACTIONS (Mr [[E. Tait|name]])
10:58 Rang First Contact, Cheviot Vale Council (spoke to [[Dawn Heslop|name]]). They had the NSPCC referral from last night.
  Strategy discussion to be held at 14:00 today. Asked not to tell Mum yet.
11:20 Rang [[Spittal Links First School|school]] (Head: Mrs [[Hilary Brack|name]]) so that [[Rory|name]]'s school is aware. She says
  [[Rory|name]] came in from his nana's today, dropped off by his dad, [[Craig Redpath|name]], in a black Ford Ranger
  ([[SN21 VOK|vehicle]]?).
11:45 Mum ([[Stacey Redpath|name]]) rang the school office asking why [[Isla|name]] was "not answering her phone". Office manager
  [[Lorraine Scott|name]] said [[Isla|name]] was in lessons. Mum said she would pick [[Isla|name]] up at 3 and "take her home, end
  of". Passed to First Contact.
14:00 Strategy discussion (Teams): [[Fiona Laidlaw|name]] (SW), DS [[Neil Straughan|name]] (Northumbria Police), Dr
  [[Rebecca Tinline|name]] (community paediatrician), myself, and by phone [[Callum Brydon|name]] (Lammermuir Council social
  work, as Nana lives in [[Coldstream|place]]). S47 agreed; ABE interview tomorrow at the [[Alnwick|place]] suite; [[Isla|name]]
  and [[Rory|name]] to go to their dad's in [[Eyemouth|place]] tonight ([[7 Deanhead Drive|address]]), agreed with him by the SW.
15:05 [[Isla|name]] and [[Rory|name]] collected by [[Craig Redpath|name]] with the SW present. Mum came to the gate with [[Kevin
  Hume|name]]; Mr [[Hume|name]] stayed in his van (white Transit, [[NK68 HJU|vehicle]]). Mum shouted "she's a liar, she
  gets it off the telly". [[Isla|name]] did not look at her.
Signed: [[Kirsten Ainslie|name]] / [[Euan Tait|name]] (DSL)      Tel [[01289 306 472|phone]]
"""),
]

DOCS_B += [
    ("cross-border email chain with a Scottish council", """From: [[Callum Brydon|name]] <[[callum.brydon@lammermuir.gov.scot|email]]>
Sent: [[07 October 2026|date]] 16:12
To: [[Fiona Laidlaw|name]] <[[fiona.laidlaw@cheviotvale.gov.uk|email]]>
Cc: DS [[Ailsa Rutherford|name]] <[[ailsa.rutherford@scotland.police.uk|email]]>; [[Neil Straughan|name]]
Subject: RE: RE: [[ISLA REDPATH|name]] ([[09.08.15|dob]]) / [[RORY REDPATH|name]] - grandmother in [[Coldstream|place]] - IRD

Hi [[Fiona|name]],

Thanks for the call. Our IRD (Inter-agency Referral Discussion) was held this morning with Police Scotland (DS
[[Rutherford|name]]) and NHS Borders (Dr [[Morven Kerr|name]]). Outcome for our side of the border:
- Mrs [[Moira Cowe|name]] ([[27/10/1963|dob]]), [[21 Lennel Road|address]], [[Coldstream|place]] [[TD12 4EP|postcode]]: no concerns
  on our systems. Her late husband, [[Wattie Cowe|name]], was known to us only as a carer. The house is clean and warm and she
  has a spare room. We have no objection to the children staying with her while your S47 goes on.
- Her son (the children's uncle), [[Darren Cowe|name]], lives with her on and off; he is on our systems (2019, a
  drink-driving matter, no child concerns). Police Scotland have done the checks.
- Police Scotland will not interview [[Isla|name]] (the alleged abuse happened in England); DS [[Rutherford|name]] will give
  Northumbria the first account written down by Mrs [[Cowe|name]] on Sunday.
If the children end up staying in [[Coldstream|place]] for more than a few weeks, we will need to talk about
which authority leads, and the children's schooling ([[Coldstream Primary|school]], or back and forth to [[Berwick|place]]).

Best wishes,
[[Callum|name]]
[[Callum Brydon|name]] | Senior Social Worker | Children and Families Social Work (East) | Lammermuir Council
Council Headquarters, [[Newtown St Boswells|place]] | Tel [[01835 826 774|phone]] | Mob [[07456 882 130|phone]]
This email and any attachments are confidential. Lammermuir Council - Caring for our communities.

P.S. For completeness, our records also show the children's uncle [[Darren|name]]'s former partner, [[Kirsty Nisbet|name]], in
[[Kelso|place]], who has two children with him ([[Caleb|name]] and [[Ruby Nisbet|name]]). No concerns; no action needed.

-----Original Message-----
From: [[Fiona Laidlaw|name]]
Sent: [[06 October 2026|date]] 18:40
To: [[Callum Brydon|name]]
Subject: RE: [[ISLA REDPATH|name]] / [[RORY REDPATH|name]] - grandmother in [[Coldstream|place]]

Dear [[Callum|name]],

Update after today's ABE at [[Alnwick|place]]. [[Isla|name]] gave a clear account (DC [[Lucy Pattinson|name]] interviewing, me
monitoring). [[Kevin Hume|name]] ([[16/07/1984|dob]]) was arrested at 16:00 at his work ([[Tweedmouth|place]] industrial estate)
and has been released on bail with conditions: not to contact [[Isla|name]] or [[Rory|name]], not to enter [[Kiln Hill|address]],
and to live at his brother's, [[Flat 2, 14 Church Street|address]], [[Berwick|place]] [[TD15 1EE|postcode]].
[[Isla|name]]'s medical with Dr [[Tinline|name]] is on [[8 October|date]]. Mum ([[Stacey|name]]) is very angry with [[Isla|name]]
and with her own mum and has said she "stands by [[Kev|name]]". The children are with their dad in [[Eyemouth|place]] but he works
away (offshore, two weeks on) from [[12 October|date]], so Nana in [[Coldstream|place]] is the plan from then. [[Craig|name]]'s
partner, [[Shona Maltman|name]], will help with the school run - she drives to [[Berwick|place]] every day for work at the
Infirmary. Could you do the checks on [[Shona|name]] too? She is at [[Craig|name]]'s address, [[7 Deanhead Drive|address]],
[[Eyemouth|place]] [[TD14 5AZ|postcode]]. DOB [[22/01/1991|dob]].

Kind regards
[[Fiona Laidlaw|name]]
Social Worker, Children's Social Care (North), Cheviot Vale Council
[[01670 623 590|phone]] | [[07723 845 019|phone]] | pronouns she/her
"""),
    ("mother's witness statement for a non-molestation order", """IN THE FAMILY COURT sitting at NEWCASTLE UPON TYNE               Case no:
NE26F01172
Family Law Act 1996, Part IV - Application for a non-molestation order (Form FL401)
Applicant: [[STACEY REDPATH|name]]        Respondent: [[KEVIN HUME|name]]
Statement of: [[Stacey Louise Redpath|name]]   Date of birth: [[2 December 1990|dob]]   Occupation: retail assistant
Address: confidential (given to the court on Form C8)      Statement no. 1      Dated [[19 November 2026|date]]

1. I am the applicant. I make this statement in support of my application for a non-molestation order against the
   respondent, [[Kevin Hume|name]], born [[16 July 1984|dob]], whose address I believe is [[Flat 2, 14 Church Street|address]],
   [[Berwick-upon-Tweed|place]].
2. I have two children, [[Isla|name]] (11) and [[Rory|name]] (7). Their father is [[Craig Redpath|name]]. The children are living
   with my mother, [[Moira Cowe|name]], in [[Coldstream|place]], while the police investigate what [[Isla|name]] said about the
   respondent.
3. I met the respondent in November 2024 at a friend's fortieth in [[Spittal|place]]. He moved in with us in February 2025.
   At first he was kind and good with the children. He said he had served in the Coldstream Guards. He took [[Rory|name]] to the Berwick
   Rangers matches at Shielfield Park and fishing off the pier, and drove [[Isla|name]] to her
   dancing in [[Alnwick|place]]. From the summer of 2025 he started checking my phone and going through my bank app, and he
   did not like me seeing my friend [[Kayleigh Wake|name]] or my sister, [[Lindsey|name]], who lives in [[Duns|place]].
4. On [[4 October 2026|date]] my mother told the NSPCC what [[Isla|name]] had said to her. At first I did not believe it,
   and I said things at the school gate on [[5 October|date]] that I regret. I want the court to know that I now believe my
   daughter. I told the respondent on [[14 October 2026|date]], by text, that our relationship was over.
5. Since then the respondent has done the following things, which I set out with the dates as best I can:
   (a) [[15 October 2026|date]]: 47 missed calls from his number, [[07927 640158|phone]], between 6am and midnight.
   (b) [[17 October 2026|date]]: he sat outside the Co-op on [[Main Street|address]], [[Tweedmouth|place]], where I work, in his van
       ([[NK68 HJU|vehicle]]) for two hours. My manager, [[Gordon Lyall|name]], asked him to leave.
   (c) [[20 October|date]]: he sent me a Facebook message from an account called "[[Kev Hume|name]]" saying "ur mams turned
       ur own bairn against me, ull pay for this". A screenshot is exhibit SR1.
   (d) [[24 October 2026|date]]: my car (a blue Kia Picanto, [[SA17 LDY|vehicle]]) was scratched down both sides outside my home.
       My neighbour, Mr [[Alan Jobson|name]] at [[number 11|address]], saw a man in a dark hoodie "the same build as
       [[Kevin|name]]". I reported this to Northumbria Police (crime ref 2610-0455-26, PC [[Beth Renwick|name]]).
   (e) [[2 November 2026|date]]: he followed me round Asda [[Berwick|place]] and said, "You'll not get the kids back
       without me, [[Stace|name]]. Who do you think the social will believe?"
   (f) [[11 November|date]]: his sister, [[Jacqueline Hume|name]], turned up at my door with a letter from him, asking me to
       "tell the police [[Isla|name]] made it up". I did not open the door. I gave the letter to DC [[Pattinson|name]].
6. The respondent is on police bail until [[6 January 2027|date]]. His conditions say he cannot contact the children, but
   they do not stop him contacting me. I am frightened of him. I have had to move out of [[9 Kiln Hill|address]] and I am
   staying with a friend. My support worker from Northumberland Domestic Abuse Services, [[Heather Younger|name]], helped me
   to make this application.
7. I ask the court to make an order, without notice, forbidding the respondent from using or threatening violence against
   me, from contacting me by any means, from coming within 100 metres of my friend's address or my work, and from asking
   anyone else to do these things. The children's social worker, [[Fiona Laidlaw|name]], knows about this application.
8. My solicitor is Ms [[Priya Dhanda|name]] of [[Ord|name]] & [[Hetherington|name]] LLP, [[Sandgate|address]], [[Berwick|place]].

Statement of truth: I believe that the facts stated in this witness statement are true. I understand that proceedings
for contempt of court may be brought against anyone who makes a false statement without an honest belief in its truth.
Signed: [[S. L. Redpath|name]]                Date: [[19/11/2026|date]]
"""),
]


# --- C. Javed family (British Pakistani, with a mother from Jhelum), Palfrey, Walsall ---------------------------------

HOME_C = d.Address("44 Dale Street", "Palfrey", "Walsall", "WS1 4AN")
COUSIN_C = d.Address("113 Highfield Road", "Saltley", "Birmingham", "B8 3QF")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Hadiya", "Javed")], dt.date(2021, 4, 14), [HOME_C, COUSIN_C], ids=["7358422325", "Z335550824434"],
       schools=["Hatherton Infant Academy"]),
    _p("s", "sibling", [("Zayan", "Javed")], dt.date(2024, 2, 8), [HOME_C, COUSIN_C], ids=["7197235375"]),
    _p("m", "mother", [("Mehwish", "Javed"), ("Mehwish", "Bibi")], dt.date(1998, 7, 1), [HOME_C, COUSIN_C],
       phones=["07466 281 905"], ids=["6696876197", "SH 22 91 40 D"]),
    _p("f", "father", [("Adeel", "Javed")], dt.date(1994, 1, 22), [HOME_C], phones=["07387 119 042"], ids=["PB 17 36 52 A"]),
    _p("g", "grandparent", [("Shamim", "Akhtar")], dt.date(1966, 3, 15), [HOME_C], phones=["01922 654 127"]),
    _p("g2", "grandparent", [("Nasreen", "Kausar")], dt.date(1975, 11, 2), phones=["+92 321 5478 309"]),
    _p("p1", "professional", [("Gurpreet", "Sahota")], phones=["01922 721 366", "07404 821 593"],
       emails=["gurpreet.sahota@tameheath.gov.uk"]),
    _p("p2", "professional", [("Lorna", "Whitehouse")], emails=["l.whitehouse@walsallcollege.ac.uk"]),
], "c")

DOCS_C = [
    ("ESOL tutor's concern email with replies", """From: [[Gurpreet Sahota|name]] <[[gurpreet.sahota@tameheath.gov.uk|email]]>
Sent: [[24 September 2026|date]] 12:31
To: [[Lorna Whitehouse|name]]; Safeguarding Team ([[Walsall College|school]])
Subject: RE: FW: Safeguarding concern - ESOL Entry 2 learner [[Mehwish JAVED|name]]

Dear [[Lorna|name]],

Thank you, this is really helpful. I am the social worker now allocated to [[Mehwish|name]]'s children, [[Hadiya|name]] (5) and
[[Zayan|name]] (2). I visited this morning with a female Urdu interpreter ([[Farzana Iqbal|name]], via Language Line). Mr
[[Adeel Javed|name]] and his mother, Mrs [[Shamim Akhtar|name]], were both at home at [[44 Dale Street|address]] and would not
leave the room, so I could not speak to [[Mehwish|name]] alone. I have arranged to see her at [[Hatherton Infant Academy|school]]
at drop-off tomorrow, where the family liaison worker, [[Noreen Bashir|name]], will find a room. Please do not contact
her mobile ([[07466 281905|phone]]); she told you her husband reads her messages.
Could you send me the dates she stopped coming, and the name of the classmate who brought her message?

Kind regards,
[[Gurpreet|name]]
[[Gurpreet Sahota|name]] (she/her) | Social Worker | Assessment Team 3 | Tame Heath Council Children's Services
Civic Centre, [[Darwall Street|address]], [[Walsall|place]] [[WS1 1TP|postcode]] | [[01922 721 366|phone]] | Mob [[07404 821 593|phone]]

-----Original Message-----
From: Safeguarding Team ([[Walsall College|school]]) <[[safeguarding@walsallcollege.ac.uk|email]]>
Sent: [[23 September 2026|date]] 16:02
To: MASH (Tame Heath) <[[mash@tameheath.gov.uk|email]]>
Cc: [[Lorna Whitehouse|name]]
Subject: FW: Safeguarding concern - ESOL Entry 2 learner [[Mehwish JAVED|name]]

Please see below from our ESOL tutor. The learner is an adult but has two young children, so we are referring to you.
Learner: [[Mehwish JAVED|name]] (also on her visa as [[Mehwish BIBI|name]]), DOB [[01/07/1998|dob]], [[44 Dale St|address]],
[[Palfrey|place]], [[WS1 4AN|postcode]]. Course: ESOL Entry 2 (Tues/Thurs am, [[Walsall College|school]], main campus).
[[Sajid Rafiq|name]], Deputy DSL, [[Walsall College|school]], [[01922 657 000|phone]]

-----Original Message-----
From: [[Lorna Whitehouse|name]]
Sent: [[23 September 2026|date]] 11:47
To: Safeguarding Team
Subject: Safeguarding concern - ESOL Entry 2 learner

Hi [[Sajid|name]],

I'm worried about one of my learners, [[Mehwish|name]]. She started with us last year and was doing really well - always
on time, brilliant at speaking, loves the library. Since the summer:
- She has missed 7 of 10 sessions this term. When she does come, her mother-in-law sits in the canteen and waits for her.
- On [[15 September|date]] she had a bruise by her left eye. She said she "fell on the stairs".
- Today her classmate [[Rukhsana Begum|name]] (also Entry 2) gave me a message from her in Urdu on a piece of paper. I
  asked our learning support assistant, [[Samina Akram|name]], to read it. It says: "Teacher please help. My husband took
  my passport and BRP. He says he will take me to Pakistan in December and leave me there with my mother in
  [[Jhelum|place]] and keep [[Hadiya|name]] and [[Zayan|name]]. His mother hits me with the slipper. I have no money. Don't
  call my phone." It is signed "M." and has a small drawing of a heart with "[[ہادیہ|name]]" and "[[زیان|name]]" in it (the
  children's names, [[Samina|name]] says).
- [[Rukhsana|name]] says [[Mehwish|name]] is "only allowed out for college and the doctor" and that her sister-in-law,
  [[Sadia|name]], drives her. [[Rukhsana|name]] lives on [[Milton Street|address]] and has offered to pass messages.
I haven't said anything to [[Mehwish|name]] yet. She is due in on Thursday.

Thanks, [[Lorna|name]]
[[Lorna Whitehouse|name]] | ESOL Lecturer | [[Walsall College|school]] | [[l.whitehouse@walsallcollege.ac.uk|email]]
"""),
    ("madrasa's safeguarding record of concern", """MASJID GHAUSIA RIZVIA - EVENING MADRASA (girls' and infants' classes)
SAFEGUARDING - RECORD OF CONCERN (handwritten form, typed by the Designated Safeguarding Lead)
Child: [[Hadiya JAVED|name]]    Age: 5    Class: Qaida 1 (Apa [[Nabila|name]])    Attends: Mon-Thu 5-6.30pm since [[01/09/2026|date]]
Parent contact on our register: father, Mr [[Adeel Javed|name]], [[07387 119042|phone]]; grandmother, Mrs [[Shamim Akhtar|name]],
[[01922 654127|phone]]. Address: [[44 Dale Street|address]], [[Walsall|place]].
Date of concern: [[29 September 2026|date]]      Recorded by: Apa [[Nabila Hussain|name]] (teacher)
Passed to DSL: Qari [[Imran Siddiqui|name]], [[29/09/2026|date]], 18:45

What the child said or did (her words, in English and Urdu as she said them):
During colouring [[Hadiya|name]] drew four people and a big shoe. She said: "This is Dadi. This is Ammi. Dadi hit Ammi with
the chappal and Ammi crying. Abbu said Ammi go to Pakistan, bye bye, and I get new Ammi." (I asked: "Who looks after you at
night?") "[[Sadia|name]] Phupho. Ammi sleeping in the little room with [[Zayan|name]]." Then she said "Apa don't tell Dadi" and
put her finger on her lips. She wrote her name on the drawing: "[[HADIYA|name]]".

What I noticed: [[Hadiya|name]] has been very quiet this month. Last week she came without a coat in the rain. No marks seen.
She is collected by her grandmother or by her aunt, [[Sadia Javed|name]] (black Honda Civic, [[FP19 XWN|vehicle]]).

Other children in the class who may have heard: [[Maryam Hussain|name]] and [[Eman Bashir|name]] (both 5). Nothing to record.
Madrasa records: [[Hadiya|name]]'s school is [[Hatherton Infant Academy|school]] (teacher Mrs [[Kirsty Jukes|name]]); her NHS number is
not held by us. Emergency contact also given: [[Sadia Javed|name]], [[07552 804 316|phone]].

DSL's action (Qari [[Imran|name]]):
- [[29/09/2026|date]] 19:10: I did not speak to the family. I telephoned Tame Heath MASH (out of hours, [[0300 555 2866|phone]])
  and spoke to [[Chloe Bevan|name]], who said a social worker, Ms [[Gurpreet Sahota|name]], is already involved and she would
  pass it on. Reference given: MASH-26-30917.
- [[30/09/2026|date]]: Ms [[Sahota|name]] rang me back on [[07404 821593|phone]]. I shared the drawing (photographed, original
  locked in the office). She asked us to carry on as normal and to ring her if the family says [[Hadiya|name]] is leaving the
  madrasa or going abroad.
- [[02/10/2026|date]]: I informed our committee's safeguarding trustee, Haji [[Mohammed Aslam|name]], without names of the
  family, as our policy says.
- [[19/10/2026|date]]: Mr [[Adeel Javed|name]] came to the madrasa office and said [[Hadiya|name]] is "finishing" as "she is going
  to Pakistan for a wedding in [[Pind Dadan Khan|place]] in December". I rang Ms [[Sahota|name]] at once (left a voicemail on
  [[01922 721366|phone]]) and emailed her from our safeguarding address, [[safeguarding.mgr@outlook.com|email]].

Signed: [[N. Hussain|name]] (teacher)      [[I. Siddiqui|name]] (DSL)      Madrasa address: [[Milton Street|address]], [[Palfrey|place]]
"""),
]

DOCS_C += [
    ("no recourse to public funds team's assessment extract", """TAME HEATH COUNCIL - NO RECOURSE TO PUBLIC FUNDS (NRPF) TEAM
SECTION 17 CHILDREN ACT 1989 - HUMAN RIGHTS AND NEEDS ASSESSMENT (extract: sections 2, 4, 6 and 9)
Family: [[JAVED|name]]     NRPF Connect ref: held on file     Assessor: [[Kamaljit Dosanjh|name]], NRPF Practitioner
Referred by: [[Gurpreet Sahota|name]] (Assessment Team 3), [[27/10/2026|date]]    Assessment completed: [[10/11/2026|date]]

2. Household
Mother: [[Mehwish JAVED|name]] (passport name [[Mehwish BIBI|name]]), born [[1 July 1998|dob]] in [[Jhelum|place]], Pakistan.
Children: [[Hadiya Javed|name]], born [[14/04/2021|dob]] (British citizen; born at Walsall Manor Hospital), and [[Zayan
Javed|name]], born [[08/02/2024|dob]] (British citizen).
Current address: staying with the mother's cousin, Mrs [[Farhat Nawaz|name]], and her husband, Mr [[Khalid Nawaz|name]], at
[[113 Highfield Road|address]], [[Saltley|place]], [[Birmingham|place]] [[B8 3QF|postcode]] (a three-bedroom terrace; the
[[Nawaz|name]] family has four children). The mother and both children share a box room.
The father, [[Adeel Javed|name]] ([[22/01/1994|dob]]), lives with his mother, Mrs [[Shamim Akhtar|name]], and his sister, [[Sadia
Javed|name]], at [[44 Dale Street|address]], [[Palfrey|place]], [[Walsall|place]] [[WS1 4AN|postcode]].

4. Immigration status
The mother came to the UK in March 2020 on a spouse visa (partner route), sponsored by Mr [[Javed|name]]. Her leave was
extended to [[18 March 2027|date]]. She says Mr [[Javed|name]] has kept her passport and her BRP since the summer of 2025
and that in September he told her he had "written to the Home Office to cancel her". She has no recourse to public funds.
She has never worked in the UK; she has a national insurance number ([[SH 22 91 40 D|ni]]) but no bank account of her own.
Her immigration adviser is Ms [[Aisha Qureshi|name]] of [[Qureshi|name]] Immigration Law, [[Lozells Road|address]],
[[Birmingham|place]], who is applying for the Migrant Victims of Domestic Abuse Concession and then for settlement as a victim
of domestic abuse (Appendix Victim of Domestic Abuse).

6. The mother's account and the evidence of domestic abuse
[[Mehwish|name]] told me (with a telephone interpreter, [[Shazia Malik|name]], Urdu) that she married [[Adeel|name]] in [[Jhelum|place]]
on [[12 December 2019|date]], that the abuse began in her first year in [[Walsall|place]] and got worse after [[Zayan|name]] was
born. Her mother-in-law hit her with a slipper and a rolling pin, took her child benefit letters, and did not let her
phone her own mother, Mrs [[Nasreen Kausar|name]] ([[+92 321 5478309|phone]]), in [[Pind Dadan Khan|place]]. Her husband slapped
her and pushed her down the stairs on [[14 September 2026|date]]. On [[20 October 2026|date]] he told her she would fly to
[[Islamabad|place]] "for a wedding" on [[9 December|date]] and would not come back. On [[23 October 2026|date]], while the
family was at a funeral in [[Bradford|place]], she took the children to her cousin [[Farhat|name]] in [[Saltley|place]] by
bus. Evidence seen: the ESOL tutor's email of [[23/09/2026|date]]; the madrasa record of [[29/09/2026|date]]; a GP letter from
Dr [[Rubina Chaudhry|name]] (Caldmore Medical Practice) of [[26/10/2026|date]] recording a healed fracture of the left fifth
finger; a West Midlands Police crime report (DC [[Tom Yardley|name]]) and a DVPN served on Mr [[Javed|name]] on [[25/10|date]].

Identifiers checked: [[Hadiya|name]] NHS [[735 842 2325|nhs]], UPN [[Z335550824434|upn]]; [[Zayan|name]] NHS [[719 723 5375|nhs]]; the
mother NHS [[669 687 6197|nhs]]. Father's NI number (for the DWP check on child benefit): [[PB 17 36 52 A|ni]]. Child benefit is
paid to Mrs [[Shamim Akhtar|name]]'s bank account, not to the mother's.

9. Analysis and decision
[[Hadiya|name]] and [[Zayan|name]] are children in need. Their mother is destitute and cannot lawfully work or claim benefits.
The cousin's home is overcrowded and Mr [[Khalid Nawaz|name]] has said the family can stay "until Christmas at most". I
recommend: subsistence under section 17 at the council's NRPF rates (£184.60 a week for a parent and two children) from
[[10 November 2026|date]]; a self-contained property through the council's NRPF accommodation scheme, out of [[Walsall|place]]
(the mother asks not to be near [[Palfrey|place]] or [[Caldmore|place]]); a nursery place for [[Zayan|name]] and a school place
for [[Hadiya|name]] near the new address; support from the Black Country Women's Aid IDVA, [[Parveen Kauser|name]]; and a
referral for legal aid for a prohibited steps order and a port alert, as the father has spoken of taking the children to
Pakistan. The case is to be reviewed every four weeks until the Home Office decides the concession application.
Signed: [[K. Dosanjh|name]], NRPF Practitioner      Countersigned: [[Helen Bayliss|name]], NRPF Team Manager, [[11/11/2026|date]]
"""),
    ("immigration adviser's letter supporting a domestic abuse concession application", """[[QURESHI|name]] IMMIGRATION LAW
[[214 Lozells Road|address]], [[Lozells|place]], [[Birmingham|place]] [[B19 1RP|postcode]]   T [[0121 523 8870|phone]]   OISC Level 3
Our ref: AQ/JAV/2611      Your ref: (to be allocated)

Home Office
Migrant Victims of Domestic Abuse Concession (MVDAC)
By email only
[[13 November 2026|date]]

Dear Sir or Madam,

Re: Ms [[Mehwish JAVED|name]] (passport name [[Mehwish BIBI|name]]), born [[01/07/1998|dob]], national of Pakistan
Dependants: [[Hadiya JAVED|name]] (born [[14/04/2021|dob]]) and [[Zayan JAVED|name]] (born [[08/02/2024|dob]]), both British citizens
Current address: c/o Tame Heath Council NRPF Team (address withheld for safety)

We act for Ms [[Javed|name]]. We apply for the Migrant Victims of Domestic Abuse Concession on her behalf, to give her leave
outside the rules for three months, with access to public funds, while she prepares an application for settlement as a
victim of domestic abuse.

1. Ms [[Javed|name]] was granted entry clearance as the spouse of Mr [[Adeel JAVED|name]] (born [[22/01/1994|dob]]), a British
   citizen, in February 2020,
   and arrived at Birmingham Airport on [[6 March 2020|date]]. Her leave as a partner runs to [[18/03/2027|date]]. The
   relationship has broken down permanently because of domestic abuse by Mr [[Javed|name]] and his mother, Mrs [[Shamim
   AKHTAR|name]].
2. The abuse is set out in Ms [[Javed|name]]'s statement (enclosed, translated from Urdu by [[Shazia Malik|name]], a registered
   interpreter) and is supported by the following evidence:
   (a) a letter from Ms [[Gurpreet Sahota|name]], social worker, Tame Heath Council, dated [[11 November 2026|date]];
   (b) a letter from Dr [[Rubina Chaudhry|name]], GP, dated [[26 October 2026|date]];
   (c) a Domestic Violence Protection Notice served by West Midlands Police on [[25 October 2026|date]] and the Domestic
       Violence Protection Order made at Walsall Magistrates' Court on [[27 October 2026|date]];
   (d) a letter from her ESOL tutor, Ms [[Lorna Whitehouse|name]], of [[Walsall College|school]];
   (e) a letter from [[Parveen Kauser|name]], IDVA, Black Country Women's Aid.
3. Ms [[Javed|name]] is destitute. Her husband kept her passport and BRP. Her only support is section 17 support from the
   council, for her children. She cannot return to Pakistan: her father, Mr [[Ghulam Rasool|name]], died in 2023, and her
   husband's family has told her mother in [[Jhelum|place]] that she "has brought shame" and that her brothers will be told
   to "deal with her". Her brother [[Usman|name]] sent her a voice message on [[2 November|date]] saying "don't come to
   [[Jhelum|place]], they will kill you". A transcript is enclosed.
4. We ask that the concession is granted quickly. The children's father has spoken of taking them to Pakistan; an
   application for a prohibited steps order is before the Family Court at Birmingham (hearing listed for
   [[4 December 2026|date]]).

In her statement Ms [[Javed|name]] writes (para. 31): "I came to this country to make a family. I want my children to grow
up here, go to school and be safe. I want to work. I want [[Hadiya|name]] to be a doctor, she says she wants to be a teacher
like Miss [[Whitehouse|name]]." She signed the Urdu original as "[[مہوش جاوید|name]]".

Please send all correspondence to this office. Ms [[Javed|name]]'s mobile number ([[07466 281 905|phone]]) should not be
used: it is known to her husband, and she has a new number that we will give on request.

Yours faithfully,

[[Aisha Qureshi|name]]
Immigration Adviser (OISC Level 3), [[Qureshi|name]] Immigration Law      [[aisha@qureshiimmigration.co.uk|email]]
cc: Ms [[Gurpreet Sahota|name]], Tame Heath Council; Ms [[Parveen Kauser|name]], IDVA; Mr [[Naveed Anwar|name]], solicitor
(family), [[Anwar|name]] & Co, [[Soho Road|address]], [[Handsworth|place]]
Enc. Statement; letters (a) to (e); transcript of a voice message; copies of birth certificates
"""),
]


# --- D. Platt / Gayle (mixed White and Black Caribbean), a care leaver and her baby, Ribbleton, Preston ----------------

HOME_D = d.Address("Flat 6, 41 Ribbleton Avenue", "Ribbleton", "Preston", "PR1 5RU")
CARERS_D = d.Address("16 Inglewhite Road", "", "Longridge", "PR3 3JR")
NAN_D = d.Address("112 Watling Street Road", "Fulwood", "Preston", "PR2 8BP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Nova", "Platt")], dt.date(2026, 7, 2), [CARERS_D, HOME_D], ids=["6527750315"]),
    _p("m", "mother", [("Tayla", "Platt")], dt.date(2008, 5, 19), [CARERS_D, HOME_D], phones=["07506 883 271"],
       emails=["taylaplatt08@gmail.com"], ids=["4016302633", "SX 48 03 27 C", "Q888828822235"], schools=["Preston's College"]),
    _p("f", "father", [("Jerome", "Gayle")], dt.date(2005, 2, 13), phones=["07961 402 775"]),
    _p("g", "grandparent", [("Joanne", "Platt")], dt.date(1985, 9, 30), [NAN_D], phones=["07413 659 028"]),
    _p("o", "other", [("Carol", "Ashworth"), ("Phil", "Ashworth")], None, [CARERS_D], phones=["01772 784 210"]),
    _p("p1", "professional", [("Kerry-Ann", "Duckworth")], phones=["01772 536 904"],
       emails=["kerryann.duckworth@ribblebrook.gov.uk"]),
    _p("p2", "professional", [("Tom", "Halliwell")], phones=["07438 926 610"], emails=["tom.halliwell@ribblebrook.gov.uk"]),
], "c")

DOCS_D = [
    ("parent and child foster carer's daily recording", """RIBBLE BROOK COUNCIL FOSTERING SERVICE - PARENT AND CHILD PLACEMENT - CARER'S
DAILY RECORDING
Carers: [[Carol Ashworth|name]] and [[Phil Ashworth|name]], [[16 Inglewhite Road|address]], [[Longridge|place]] [[PR3 3JR|postcode]]
Parent: [[Tayla Platt|name]] (18, care leaver)   Baby: [[Nova Platt|name]] (born [[02/07/2026|dob]], NHS [[652 775 0315|nhs]])
Placement start: [[14/08/2026|date]] (12-week parenting assessment, under an ICO)   SSW: [[Helen Rawcliffe|name]]
Child's SW: [[Tom Halliwell|name]]   [[Tayla|name]]'s PA: [[Kerry-Ann Duckworth|name]]   Recording is shared with [[Tayla|name]] weekly.

Mon [[7 Sept|date]]
Night: [[Nova|name]] woke 01:10 and 04:30. [[Tayla|name]] heard her at 01:10 but I had to knock at 04:30 (phone on loud
music with earphones). Bottles made up correctly (Cow & Gate 1, 5oz). Winded well.
Day: [[Tayla|name]] up 9:40. Took [[Nova|name]] to baby weigh clinic at the Longridge Health Centre - 4.9 kg. HV
([[Sinead Moorcroft|name]]) pleased. Afternoon: [[Tayla|name]] on her phone a lot; [[Nova|name]] in the bouncer for 2 hrs.
I prompted tummy time. [[Tayla|name]] said "I know, [[Carol|name]], I'm not thick". Apologised later with a brew.
Contact: [[Jerome|name]] (dad) rang 19:00 on video. [[Tayla|name]] took it in her room; I heard shouting ("you're chatting to
[[Jade|name]] again, I seen it"). [[Tayla|name]] upset after; did her own late feed and bath well.

Tue [[8 Sept|date]]
Supervised family time for [[Jerome|name]] at the Children's Centre in [[Ribbleton|place]] 10-12 (supervisor [[Aisha Bhatti|name]]).
[[Phil|name]] drove. [[Jerome|name]] brought a Preston North End babygrow and a teddy. Report to follow from the centre.
[[Tayla|name]] asked if she can go to her mum's ([[Joanne|name]]) in [[Fulwood|place]] on Saturday with [[Nova|name]]. Told her I
need to check with [[Tom|name]] as [[Joanne|name]]'s partner ([[Wayne|name]]?) has not been assessed.

Wed [[9 Sept|date]]
[[Tayla|name]] up at 7 with [[Nova|name]] - first time without a prompt! She made a list on the fridge of feeds and nappies.
Midday: [[Kerry-Ann|name]] visited re [[Tayla|name]]'s college (Level 2 Childcare at [[Preston's College|school]] - deferred to
January 2027) and her Setting Up Home Allowance. [[Tayla|name]] asked [[Kerry-Ann|name]] about her dad - she wants to
find him. Her dad, [[Delroy Mattis|name]], was last known in [[Moss Side|place]]. [[Kerry-Ann|name]] will ask the leaving care
team in Manchester.
Evening: [[Tayla|name]]'s friend [[Jade Whittle|name]] came to the door at 21:00 with a lad in a car (grey Audi A3,
[[PN67 UKR|vehicle]]). I said no visitors after 8 (house rules). [[Tayla|name]] slammed her door. [[Nova|name]] cried; [[Tayla|name]]
went to her within a minute and sang to her ("You Are My Sunshine"). Lovely.

Thu [[10 Sept|date]]
Quiet day. [[Tayla|name]] cooked spag bol for all of us. [[Nova|name]] smiled at [[Tayla|name]] for the first time (per
[[Tayla|name]] - she was so excited, rang her nan in [[Penwortham|place]], Mrs [[Irene Platt|name]]).
Night: [[Jerome|name]] messaged [[Tayla|name]] 32 times between 23:00 and 02:00 (she showed me). One said "if u dont answer
im coming to [[Longridge|place]]". I rang EDT ([[Simon Pye|name]]) and the police non-emergency line at 02:15. PC [[Laura
Cardwell|name]] rang back at 03:00 and said a marker would be put on our address.

Fri [[11 Sept|date]]
[[Tayla|name]] tired and tearful. Said she still loves [[Jerome|name]] "but he's doing my head in". We talked about her
own mum and [[Wayne|name]] shouting when she was little. She said, "I'm not having [[Nova|name]] go into care like me."
[[Tom Halliwell|name]] visited 14:00 with the parenting assessor, [[Rachel Tomlinson|name]] (PAMS). I've sent my week's log.
Sat [[12 Sept|date]]
[[Joanne|name]] came here for two hours instead (agreed by [[Tom|name]]), with [[Tayla|name]]'s little sister [[Mia|name]] (11). Lovely
afternoon: [[Joanne|name]] bathed [[Nova|name]] with [[Tayla|name]], and said "you're better at this than I ever was". [[Tayla|name]]
quiet after they left. [[Phil|name]] took her and [[Nova|name]] to Tesco [[Longridge|place]] for a walk round.

Signed [[C. Ashworth|name]], [[11/09/2026|date]]
"""),
]

DOCS_D += [
    ("leaving care personal adviser's contact log", """RIBBLE BROOK COUNCIL - LEAVING CARE SERVICE - CONTACT LOG (export from LCS, table
view)
Young person: [[PLATT, Tayla|name]]   DOB [[19/05/2008|dob]]   Status: former relevant child (s23C)   NI [[SX480327C|ni]]
PA: [[Kerry-Ann Duckworth|name]] ([[01772 536 904|phone]])   Team manager: [[Imran Patel|name]]
Last pathway plan review: [[28/07/2026|date]] (IRO [[Gillian Shorrock|name]])

| Date       | Type        | Who                                  | Summary                                                        |
|------------|-------------|--------------------------------------|----------------------------------------------------------------|
| [[02/07/2026|date]] | Hospital | [[Tayla|name]], midwife [[Bev Hodgkinson|name]] | [[Nova|name]] born at 02:14, 3.1 kg. T "buzzing".
[[Jerome|name]] present. |
| [[06/07/2026|date]] | Home visit | [[Tayla|name]], [[Nova|name]], [[Jerome|name]] | Flat at [[41 Ribbleton Ave|address]]. Cot, steriliser
OK. Damp in bathroom. |
| [[13/07/2026|date]] | Phone | HV [[Sinead Moorcroft|name]] | HV worried re [[Jerome|name]]'s temper at new birth visit. |
| [[20/07/2026|date]] | Text | [[Tayla|name]] ([[07506 883271|phone]]) | "can u bring nappies kerry im skint till weds" - took 2 packs. |
| [[28/07/2026|date]] | PP review | IRO, [[Tayla|name]], [[Tom Halliwell|name]] | Pathway plan updated. Pre-proceedings letter for
[[Nova|name]] discussed. |
| [[05/08/2026|date]] | Police | PC [[Ryan Mercer|name]] (Lancs Police) | DA call at flat 02:40. [[Jerome|name]] arrested, released.
[[Nova|name]] present. |
| [[07/08/2026|date]] | Home visit | [[Tayla|name]], her mate [[Preston Caddick|name]] | [[Preston|name]] (19) sleeping on sofa "since
[[Jerome|name]] left". Advised T. |
| [[11/08/2026|date]] | Court | [[Tayla|name]], solicitor [[Nadia Hussain|name]] | ICO made by HHJ [[Cartmell|name]]. P&C placement agreed.
|
| [[14/08/2026|date]] | Move | [[Tayla|name]], [[Nova|name]], [[Carol Ashworth|name]] | Moved to [[Longridge|place]]. Flat kept on (rent
paid by LA, 12 wks). |
| [[21/08/2026|date]] | Email | [[taylaplatt08@gmail.com|email]] | Sent her the Setting Up Home Allowance form + bursary info. |
| [[09/09/2026|date]] | Visit | [[Tayla|name]], [[Carol|name]] | College deferred. T wants to trace her dad, [[Delroy Mattis|name]]. |
| [[15/09/2026|date]] | Email | [[Mark Seddon|name]], Manchester LC team | No trace of [[Delroy Mattis|name]] ([[12/03/1986|dob]]) on their
system. |
| [[23/09/2026|date]] | Phone | [[Joanne Platt|name]] ([[07413 659 028|phone]]) | T's mum. Wants to be assessed for [[Nova|name]] "if it
goes wrong". |
| [[30/09/2026|date]] | Phone | [[Tayla|name]] | Crying. [[Jerome|name]] outside carers' house in [[Longridge|place]] last night. |
| [[01/10/2026|date]] | Strategy | [[Tom Halliwell|name]], DC [[Hollie Bamber|name]] | Safety plan. [[Jerome|name]] ([[13/02/2005|dob]]) -
DVPN considered. |
| [[08/10/2026|date]] | Visit | [[Tayla|name]], [[Nova|name]] | Great visit. [[Nova|name]] rolling. T wrote a letter to the judge. |
| [[12/10/2026|date]] | Phone | [[Preston|name]] ([[07399 574 620|phone]]) | Asked for T's new number. Refused. Said she's safe. |

Identifiers for the file: [[Tayla|name]]'s NHS [[401 630 2633|nhs]]; her school UPN (from [[Fulwood Academy|school]]) [[Q888828822235|upn]];
[[Nova|name]]'s NHS [[6527750315|nhs]].

Next pathway plan review due: [[26/01/2027|date]]. Housing: T to bid for a 1-bed in [[Ashton-on-Ribble|place]] or [[Penwortham|place]]
(away from [[Ribbleton|place]], at her request). PA: [[K. Duckworth|name]]
"""),
    ("a young mother's letter to the judge", """To the Judge

My name is [[Tayla Platt|name]] and I am [[Nova|name]]'s mum. I am 18. My PA [[Kerry-Ann|name]] is helping me with spelling but
these are my words.

I was in care from when I was 9. I lived with 5 different carers and in a childrens home in [[Chorley|place]]. My mum
[[Joanne|name]] couldnt look after me because of her boyfriend [[Wayne|name]] and the drink. I used to think my mum didnt
love me but now I know she did she just couldnt. I dont want [[Nova|name]] to think that about me.

When [[Nova|name]] was born on the [[2nd of July|dob]] I cried for about a hour. She was so small. Her nan [[Joanne|name]]
came to the hospital and my nan [[Irene|name]] from [[Penwortham|place]] knitted her a cardigan. [[Jerome|name]] was there to.
I know the social workers are worried about [[Jerome|name]] and me arguing and what happened in the flat in August. I am
not with [[Jerome|name]] now. I blocked him on everything. He can still see [[Nova|name]] at the family centre if he goes,
thats up to him.

At [[Carol|name]] and [[Phil|name]]s house I have learned how to make her bottles up right and how to tell if she is poorly
and what to do at night. [[Carol|name]] says I am a natural. Some days are hard and I do get stroppy, I am trying to
stop that. My PAMS lady [[Rachel|name]] said I have come on loads.

Please can me and [[Nova|name]] stay together. I want to go to college at [[Preston's|school]] and do childcare and get a
house near my nan. I want [[Nova|name]] to go to a good school like [[Ashton Community Science College|school]] not like me
who got kicked out of [[Fulwood Academy|school]] in year 9. I will never let anyone hurt her.

Thank you for reading my letter.

[[Tayla|name]] x

(handed to [[Kerry-Ann Duckworth|name]] on [[8 October 2026|date]]; filed with the local authority's evidence for the hearing
on [[19 October 2026|date]] before HHJ [[Cartmell|name]])
"""),
    ("parenting assessment (PAMS) extract", """PARENT ASSESSMENT MANUAL (PAMS 4.0) - PARENTING ASSESSMENT REPORT - EXTRACT (sections 1, 5
and 8)
Parent: [[Tayla PLATT|name]] (born [[19.05.2008|dob]])     Child: [[Nova PLATT|name]] (born [[02.07.2026|dob]])
Assessor: [[Rachel Tomlinson|name]], Independent Social Worker (PAMS licensed), instructed by Ribble Brook Council
Period: [[17 August 2026|date]] to [[6 November 2026|date]]    Report date: [[13 November 2026|date]]    Court: case PR26C00418

1. Sources of information
Sessions with [[Tayla|name]] (14 sessions at [[16 Inglewhite Road|address]], [[Longridge|place]], and 2 in the community); the carers'
daily recordings ([[Carol|name]] and [[Phil Ashworth|name]]); the family time records from the [[Ribbleton|place]] Children's Centre
(supervisors [[Aisha Bhatti|name]] and [[Kelvin Nuttall|name]]); discussions with [[Tom Halliwell|name]] (SW), [[Kerry-Ann Duckworth|name]]
(PA), [[Sinead Moorcroft|name]] (HV) and Dr [[Oluwaseun Adebayo|name]] (GP, Longridge Surgery); the
Leaving Care file and [[Tayla|name]]'s own care records from the age of 9 (read with her consent). I did not meet [[Jerome
Gayle|name]], who did not reply to three letters sent to his mother's address, [[27 Ribbleton Hall Drive|address]],
[[PR2 6EE|postcode]], or to texts to [[07961 402775|phone]].

5. Findings (summary of the PAMS knowledge, skills and practice scores)
Feeding, sterilising and making up formula: no concern (observed 9 times). Nappy changing, bathing, skin care: no concern.
Safe sleep: some concern at the start (bumper and a cuddly toy in the cot; [[Nova|name]] asleep on [[Tayla|name]]'s chest on the
sofa on [[2 September|date]]), now no concern. Health: [[Tayla|name]] took [[Nova|name]] to all her immunisations and acted
quickly when [[Nova|name]] had a temperature of 38.6 on [[22 October|date]] (rang 111, saw the out-of-hours GP at the
urgent care centre). Stimulation and play: improving; she talks and sings to [[Nova|name]] a lot ("[[Nova|name]] Bear").
Emotional warmth: a real strength. Routine and boundaries for herself: some concern (late nights on her phone; house rules).
Domestic abuse: high concern, reducing. [[Tayla|name]] ended her relationship with [[Jerome|name]] in September after 32
messages in one night and him coming to [[Longridge|place]]. She has done 6 of 10 sessions of the Freedom Programme with
[[Lisa Kenyon|name]] (Lancashire Women). She told me: "I used to think it was normal. Me mum's boyfriends were all like
that." Her friendships: her friend [[Jade Whittle|name]] and [[Jade|name]]'s brother [[Kyle|name]] are linked to [[Jerome|name]]; she has
stopped seeing [[Jade|name]]. Her friend [[Preston Caddick|name]] is a positive support (he works at the Amazon warehouse in
[[Haydock|place]] and has no convictions, per the police check of [[14 October 2026|date]]).
Support network: her mother, [[Joanne Platt|name]], of [[Fulwood|place]] (now separated from [[Wayne Tattersall|name]], who
has convictions for violence); her grandmother, Mrs [[Irene Platt|name]], of [[Penwortham|place]], who is 74; her PA.

Others I spoke to: the family time supervisor at the centre, [[Kelvin Nuttall|name]]; [[Jerome|name]]'s mother, Mrs [[Marcia Gayle|name]]
(by phone, briefly: "my son is not a monster, he's a good dad"); [[Tayla|name]]'s former foster carer, Mrs [[Dorothy Whiteside|name]]
of [[Leyland|place]], who looked after her from 12 to 16 and "would have her back in a heartbeat".

8. Conclusion and recommendations
[[Tayla|name]] can meet [[Nova|name]]'s day-to-day needs now, and she has shown she can learn and change in a short time. The risk
comes from domestic abuse, and from her own experience of care. I recommend that [[Nova|name]] remains in her mother's care,
that they move to a one-bedroom flat in [[Penwortham|place]] or [[Ashton-on-Ribble|place]] (not [[Ribbleton|place]]) with a
supervision order for 12 months, with [[Carol Ashworth|name]] as a "step-down" support carer twice a week for the first eight
weeks, and that [[Jerome|name]]'s family time stays supervised until he has done a perpetrator programme (Inner Strength
at the Foundation in [[Preston|place]]).
[[Rachel Tomlinson|name]], Independent Social Worker, [[13/11/2026|date]]
"""),
]


# --- E. Hasanov / Hasanova family (Bulgarian Turkish, from the Kardzhali province), Crewe -------------------------------

HOME_E = d.Address("48 Gainsborough Road", "", "Crewe", "CW2 7PL")
ROOM_E = d.Address("Room 3, 9 Stewart Street", "", "Crewe", "CW2 8LX")
GRAN_E = d.Address('ul. "Treti mart" 27', "", "Momchilgrad", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Aylin", "Hasanova")], dt.date(2011, 2, 24), [HOME_E], ids=["7240369900", "A895864713461"],
       schools=["Ludford Park Academy"]),
    _p("s", "sibling", [("Emre", "Hasanov")], dt.date(2017, 10, 5), [HOME_E], ids=["4919131496", "N895988619838"],
       schools=["Hungerford Brook Primary School"]),
    _p("m", "mother", [("Fatme", "Hasanova")], dt.date(1989, 6, 18), [HOME_E], phones=["07535 207 118"], ids=["TB 60 88 12 D"]),
    _p("f", "father", [("Ramadan", "Hasanov")], dt.date(1985, 12, 9), [HOME_E], phones=["07438 926 610"], ids=["TC 52 19 07 A"]),
    _p("o", "other", [("Erdinch", "Mustafov")], dt.date(2007, 3, 3), [ROOM_E], phones=["07456 119 283"]),
    _p("g", "grandparent", [("Nazife", "Hasanova")], dt.date(1961, 8, 14), [GRAN_E], phones=["+359 88 741 2093"]),
    _p("p1", "professional", [("Lucy", "Barlow")], phones=["01270 371 594", "07399 574 620"],
       emails=["lucy.barlow@danevalley.gov.uk"]),
    _p("p2", "professional", [("Clare", "Heald")], phones=["01270 685 221"]),
], "c")

DOCS_E = [
    ("sexual health clinic's Spotting the Signs proforma", """INTEGRATED SEXUAL HEALTH SERVICE (CHESHIRE)
Eagle Bridge Health and Wellbeing Centre
SPOTTING THE SIGNS - CSE / safeguarding proforma for under-18s (BASHH / Brook), completed on Lilie
Client: [[Aylin HASANOVA|name]]   DOB [[24/02/2011|dob]] (age 15)   NHS [[724 036 9900|nhs]]   Attended [[21/10/2026|date]] 15:50 (walk-in)
Address given: [[48 Gainsborough Rd|address]], [[Crewe|place]] [[CW2 7PL|postcode]]   Mobile: declined to give
Clinician: [[Clare Heald|name]], Senior Sexual Health Nurse   Interpreter: Turkish, in person, [[Sevgi Ali|name]] (Big Word)
Accompanied by: a young man who waited outside in a car; client says he is her "husband", [[Erdinch|name]], 19.

Reason for attending: "late period". Pregnancy test POSITIVE. LMP about [[20 August|date]] (about 9 weeks).

Q1 Age of partner: 19 ([[Erdinch Mustafov|name]], DOB given as [[03.03.2007|dob]]). Age gap 4 years. Client is under 16. -> RED
Q2 Is the partner controlling? Client: "No, he loves me. He keeps my phone so boys don't message me." -> AMBER
Q3 Where do you live? "With my mum and dad, but I go to [[Erdinch|name]]'s room in [[Stewart Street|address]] most days." He
   shares a house with other men "from the factory".
Q4 Relationship: client says they had a "nikah" with an imam in [[Momchilgrad|place]], Bulgaria, in the summer holidays, at her
   grandmother's house, and a party in [[Dzhebel|place]]. "In our village girls marry at 15, 16. My mum married at 17."
   Her parents "agreed after". Her grandmother, [[Nazife|name]] nine, "was so happy". -> RED (forced / child marriage indicators;
   a marriage, including a religious one, of a child under 18 is now an offence in England)
Q5 School: Year 11 at [[Ludford Park Academy|school]] - "I don't go since [[1 October|date]]. [[Erdinch|name]] says no need."
Q6 Gifts, money, alcohol, drugs: none. Q7 Sex against her will: "no". Looks down. Q8 Missing: "no".
Q9 Who knows about the pregnancy: "nobody. Don't tell my dad. [[Erdinch|name]] knows."
Q10 Is anyone else worried about you? "My teacher Mrs [[Okafor|name]] rang my mum." (Head of Year, not named further.)

Other people named by the client: her friend [[Deniz Aydin|name]] (Year 11), "who knows everything"; [[Erdinch|name]]'s cousin
[[Bilyal|name]], who drives her; her mother's friend "[[Sabrie|name]] teyze" who lives in the same house.
Clinician's assessment: a 15-year-old who is pregnant by a 19-year-old man, with whom she has had a religious marriage
abroad; out of school for three weeks; her phone is held by him. High risk of child sexual exploitation and of child
marriage; the sexual activity began when she was 14 (by her account, "in June, before Bulgaria").
Actions:
- Options discussed (continue / termination). Client wishes to "keep the baby". Referred to the midwives at Leighton
  Hospital for booking; given the Brook leaflet in Turkish.
- Discussed with the Named Nurse, [[Jo Fairclough|name]], 16:40. Referral to Dane Valley Council
  Children's Front Door by phone at 16:55 (spoke to [[Marek Nowicki|name]]) and in writing; police informed (Cheshire
  Constabulary, incident 0722 of [[21/10/2026|date]]).
- Client told that we had to share the information, and why. She cried and asked us to tell her mum, [[Fatme|name]], first,
  "not my dad, not [[Ramadan|name]]". Her mother's number per our records: [[07535 207118|phone]].
- The young man outside gave his name to reception ([[Kelly Whalley|name]]) as "[[Erdi|name]]" and asked "is my wife finished".
  Silver VW Passat, Bulgarian plates, [[K 4471 AM|vehicle]]. Noted for the police.
- Follow-up appointment [[28/10/2026|date]] at 16:00 with me; client agreed to a text to a new number she will give.
Signed: [[C. Heald|name]], [[21/10/2026|date]] 17:40. Reviewed: [[J. Fairclough|name]], Named Nurse Safeguarding, [[22/10/2026|date]].
"""),
    ("children missing education referral", """DANE VALLEY COUNCIL - EDUCATION ACCESS SERVICE - CHILDREN MISSING EDUCATION (CME) REFERRAL
FORM
Part A - completed by the school
Pupil: [[Emre HASANOV|name]]    DOB [[05/10/2017|dob]]    UPN [[N895988619838|upn]]    Year 5    EAL: Turkish / Bulgarian
School: [[Hungerford Brook Primary School|school]], [[Crewe|place]]    Referrer: Mrs [[Agnieszka Wood|name]], Attendance Officer
Last day attended: [[10 July 2026|date]]    Date of referral: [[28 September 2026|date]]
Parents: [[Ramadan HASANOV|name]] ([[07438 926610|phone]]) and [[Fatme HASANOVA|name]] ([[07535 207 118|phone]])
Address: [[48 Gainsborough Road|address]], [[Crewe|place]], [[CW2 7PL|postcode]]
Siblings: [[Aylin HASANOVA|name]], Year 11, [[Ludford Park Academy|school]] (also not attending since [[01/10/2026|date]] - separate
referral by that school)

Reasonable enquiries made by the school (tick and give details):
[x] Phoned all contacts: [[05/09|date]], [[08/09|date]], [[15/09|date]]. Dad's phone off. Mum answered on [[15/09|date]] and said,
    through [[Aylin|name]], that [[Emre|name]] is "with his grandmother in Bulgaria, coming back soon".
[x] Home visit [[17/09/2026|date]] by Mrs [[Wood|name]] and the family support worker, [[Dilek Arslan|name]] (who speaks Turkish).
    Seen: Mum, [[Aylin|name]], and a man who said he was the uncle, [[Sezgin|name]]. Mum said [[Emre|name]] is in [[Momchilgrad|place]]
    with his "baba" (grandmother), [[Nazife Hasanova|name]], and "goes to school there". Mum could not name the school. She gave
    the grandmother's number, [[+359 88 741 2093|phone]], and address, [[ul. "Treti mart" 27|address]], [[Momchilgrad|place]].
[x] Rang the grandmother ([[19/09|date]], with [[Dilek|name]]): she said [[Emre|name]] was "at the school in [[Dzhebel|place]]", the
    "[[OU "Hristo Botev"|school]]". She then said he was "at the neighbour's" and ended the call.
[x] Emailed the Bulgarian school ([[21/09|date]], in English): reply from the deputy head, Mrs [[Gyulten Mehmed|name]], on
    [[24/09|date]]: "No child with this name is registered at our school."
[x] Checked with the class teacher, Mr [[Dan Tomkinson|name]]: [[Emre|name]] told his friend [[Jakub|name]] on the last day of term
    that he was "going to Bulgaria in a car" and that "Daddy says I'm going to stay and work with [[Sezgin|name]] amca in the
    tobacco".
[x] Checked social media (with the DSL, Mr [[Neil Brereton|name]]): a TikTok video posted by "fatme.hasanova89" on [[2 September|date]]
    shows [[Emre|name]] in a field picking tobacco leaves with adults.
[x] Checked with the GP practice (Rope Green Medical Centre): not seen since March.

Other identifiers: [[Emre|name]]'s NHS no. [[491 913 1496|nhs]]; [[Aylin|name]]'s UPN [[A895864713461|upn]]. Parents' NI numbers from
the free school meals claim: [[TC 52 19 07 A|ni]] (father) and [[TB 60 88 12 D|ni]] (mother).

Part B - Education Access Service (CME Officer: [[Stephen Maddock|name]])
[[29/09/2026|date]] Received. Checked School2School and the CTF: no new school in England has asked for [[Emre|name]]'s file.
[[30/09/2026|date]] Because of the TikTok video and [[Emre|name]]'s words to [[Jakub|name]], this is not a simple CME case: passed to
the Children's Front Door as a concern about child labour and possible trafficking. Discussed with the Front Door
manager, [[Tariq Hanif|name]]: the family is not known; a social worker will be allocated once the school's referral about
[[Aylin|name]] is screened.
[[23/10/2026|date]] Strategy discussion ([[Lucy Barlow|name]], DS [[Gemma Platt-Jones|name]], me). Consular help via the FCDO to
be sought; the British Embassy in [[Sofia|place]] to be asked to request a welfare check by the Bulgarian child protection
department in [[Kardzhali|place]]. Mother to be seen with [[Dilek Arslan|name]].
[[06/11/2026|date]] Update from [[Lucy|name]]: [[Emre|name]] returned to the UK on [[3 November|date]] with his uncle [[Sezgin
Hasanov|name]] by coach to [[London|place]], then train to [[Crewe|place]]. Seen at home: thin, calluses on his
hands, "tired". Back at [[Hungerford Brook|school]] from [[9 November 2026|date]] with a part-time timetable for two weeks.
Case closed to CME; open to children's social care.
Officer: [[S. Maddock|name]], [[06/11/2026|date]]
"""),
]

DOCS_E += [
    ("house in multiple occupation inspection report", """DANE VALLEY COUNCIL - REGULATORY SERVICES (PRIVATE SECTOR HOUSING)
HOUSING HEALTH AND SAFETY RATING SYSTEM / HMO INSPECTION REPORT
Premises: [[48 Gainsborough Road|address]], [[Crewe|place]], [[CW2 7PL|postcode]] (two-storey mid-terrace, 3 bed + converted front room)
Also inspected: [[9 Stewart Street|address]], [[Crewe|place]], [[CW2 8LX|postcode]] (same landlord)
Date of inspection: [[27 October 2026|date]], 07:15 (joint visit with Cheshire Fire and Rescue Service, Cheshire Police
and the GLAA)     Officer: [[Ravinder Gill|name]], Senior EHO     Requested by: [[Lucy Barlow|name]], Children's Social Care
Owner / manager: Mr [[Dimitar Kolev|name]] of [[Kolev|name]] Lettings Ltd, [[Unit 3, 52 Nantwich Road|address]], [[Crewe|place]]
([[07866 305 412|phone]]). Not licensed as an HMO.

Occupation found at [[48 Gainsborough Road|address]]:
Front room (converted): Mr [[Ramadan Hasanov|name]], Mrs [[Fatme Hasanova|name]], their son [[Emre|name]] (9; away in Bulgaria, per
  Mrs [[Hasanova|name]]) and daughter [[Aylin|name]] (15). One double bed, one single mattress on the floor.
Bedroom 1: Mr [[Sezgin Hasanov|name]] (brother of [[Ramadan|name]]), his wife [[Gülten|name]] and their baby [[Mert|name]] (4 months).
Bedroom 2: Mr [[Orhan Yusein|name]], Mr [[Bilyal Shefket|name]], Mr [[Ahmed Karaahmed|name]] (bunk beds, three adults).
Bedroom 3: Mrs [[Sabrie Yusein|name]] and her two children, [[Emine|name]] (6) and [[Ridvan|name]] (11).
Total: 12 persons (13 with [[Emre|name]]), four households, one kitchen, one bathroom.

At [[9 Stewart Street|address]]: six adult men, including Mr [[Erdinch Mustafov|name]] (19) in room 3, who said he pays £90 a
week to Mr [[Kolev|name]] "out of my wages" and works at a meat processing plant in [[Sandbach|place]] through an agency.

Hazards (HHSRS): Category 1 - fire (no fire doors, a padlocked rear door, a battery smoke alarm with the battery removed);
crowding and space; damp and mould (bedroom 3, where a child has asthma). Category 2 - electrical (extension leads daisy-chained
to a fan heater in the front room); food safety; personal hygiene.

Other matters seen and referred:
- Mr [[Yusein|name]], Mr [[Shefket|name]] and Mr [[Karaahmed|name]] said their wages are paid into an account "the agency man" holds
  and that they owe him for the minibus from [[Kardzhali|place]]. Referred to the GLAA (officer [[Zoe Ansell|name]]) and to the
  police (modern slavery, DC [[Owen Prydderch|name]]).
- In the front room a wedding photo on the wall showed [[Aylin|name]] in a white dress beside a young man. Mrs [[Hasanova|name]]
  said (through [[Dilek Arslan|name]], family support worker, interpreting): "It is only engagement. In Bulgaria is normal."
  Passed to [[Lucy Barlow|name]] on site.
- The children at the address were seen by [[Lucy Barlow|name]] and the family support worker.

Action: Emergency Prohibition Order (Housing Act 2004, s43) on the front room and bedroom 2, effective [[28/10/2026|date]]; an
Improvement Notice for the rest; a civil penalty notice to Mr [[Kolev|name]] for operating an unlicensed HMO. Housing Options
([[Becky Sutton|name]]) to find emergency accommodation for the [[Hasanov|name]] family and for Mrs [[Yusein|name]] and her children.
[[R. Gill|name]], Senior Environmental Health Officer, [[ravinder.gill@danevalley.gov.uk|email]], [[01270 686 118|phone]]
"""),
    ("text messages translated from Turkish and Bulgarian", """[Cheshire Constabulary - Digital Forensics Unit - extract from a download of
the phone of [[Erdinch MUSTAFOV|name]]
(exhibit OP/4), seized on [[29/10/2026|date]]. Messages with the contact saved as "[[Aylin|name]]im 💍" ([[07412 683 509|phone]]). Sent
mostly in Turkish written in Latin letters, with some Bulgarian in Cyrillic; translated by [[Nurten Hyusein|name]] (interpreter,
NRPSI). The original is in square brackets where a word matters. Times as on the phone.]

[[12/07/2026|date]]
21:14 [[Erdinch|name]]: where are u
21:15 [[Aylin|name]]: home. mum is making borek for the journey. we leave thursday 4am
21:15 [[Erdinch|name]]: i'm coming on saturday with [[Orhan|name]] abi in the car. i told my mother about us
21:17 [[Aylin|name]]: what did she say?? 😳
21:18 [[Erdinch|name]]: she said [[Nazife|name]] teyze will talk to your dad. in the village
21:20 [[Aylin|name]]: my dad will kill me [ще ме убие]
21:21 [[Erdinch|name]]: no he won't. you are mine now [[Aylin|name]]'im. don't talk to [[Deniz|name]] anymore

[[16/08/2026|date]]
10:02 [[Aylin|name]]: [[Ердинч|name]] бате... joke 😂 my husband!!! 💍💍
10:02 [[Erdinch|name]]: 😍 my wife. the hoca [[Ismail|name]] said it is halal now
10:05 [[Aylin|name]]: [[Fatme|name]] says we do the registry when i'm 18. and the party in [[Dzhebel|place]] is saturday
10:06 [[Erdinch|name]]: your dad gave his word to my father. no one breaks this

[[01/10/2026|date]]
07:40 [[Erdinch|name]]: don't go to school today. stay with me
07:41 [[Aylin|name]]: mrs [[okafor|name]] will ring mum again
07:41 [[Erdinch|name]]: give me your phone when I come. I'll tell them you are sick
07:55 [[Aylin|name]]: ok 😔

[[20/10/2026|date]]
22:30 [[Aylin|name]]: i did a test. 2 lines 😳😳 don't tell anyone
22:31 [[Erdinch|name]]: ALLAH!!! a son for me. i'm telling my mother in [[Kirkovo|place]]
22:31 [[Aylin|name]]: NO not yet. my dad. please. tomorrow i go to the clinic near asda
22:32 [[Erdinch|name]]: i'll take you. i have the car from [[Bilyal|name]]

[[22/10/2026|date]]
18:03 [[Aylin|name]]: a social worker came to school. [[Lucy|name]]. she asked about you
18:04 [[Erdinch|name]]: what did u say
18:05 [[Aylin|name]]: that you are my husband. that i love you
18:05 [[Erdinch|name]]: tell her your 16. tell her we are engaged only. delete this
18:09 [[Aylin|name]]: she knows my birthday [[24 февруари 2011|dob]] its on everything 😭
18:10 [[Erdinch|name]]: then we go to Bulgaria. my uncle in [[Momchilgrad|place]] has a flat

[[25/10/2026|date]]
19:20 [[Erdinch|name]]: [[Sezgin|name]] amca says the school in [[Dzhebel|place]] called about [[Emre|name]] again
19:22 [[Aylin|name]]: [[Emre|name]] is still at the tobacco with the [[Yusein|name]] family. mum cries every night
19:23 [[Erdinch|name]]: he is a man now. [[Ramadan|name]] said so
19:30 [[Aylin|name]]: he is 9 [[Erdi|name]]. NINE
19:31 [[Erdinch|name]]: ok ok. my brother [[Hyusein|name]] will bring him when he comes with the van in november

[[28/10/2026|date]]
08:15 [[Erdinch|name]]: they closed the house. where are you
08:40 [[Aylin|name]]: in a hotel in [[Nantwich|place]] with mum and dad and the others. [[Lucy|name]] says they will find a house.
      she says you are not allowed to see me. the police want to talk to you
08:41 [[Erdinch|name]]: who told them. was it [[Sabrie|name]]?? that woman talks too much
08:42 [[Aylin|name]]: nobody told. i love you [обичам те]. wait for me
"""),
]


# --- F. Macauley / Kamara family (Sierra Leonean, Krio-speaking), Broughton, Salford ------------------------------------

HOME_F = d.Address("26 Great Cheetham Street East", "Broughton", "Salford", "M7 4UX")
FOSTER_F = d.Address("5 Moorside Road", "", "Swinton", "M27 0HL")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Theophilus", "Macauley"), ("Theo", "Macauley")], dt.date(2016, 5, 11), [HOME_F, FOSTER_F],
       ids=["6020262987", "H355680519150"], schools=["Kersal Brook Primary School"]),
    _p("s", "sibling", [("Fatmata", "Macauley")], dt.date(2012, 1, 29), [HOME_F], ids=["4876532583", "L355900315397"],
       schools=["Irwell Park High School"]),
    _p("s2", "sibling", [("Grace", "Kamara-Macauley")], dt.date(2025, 9, 14), [HOME_F], ids=["4198713359"]),
    _p("f", "father", [("Samuel", "Macauley")], dt.date(1982, 8, 22), [HOME_F], phones=["07912 304 688"], ids=["SM 73 20 41 B"]),
    _p("m2", "other", [("Hawa", "Kamara")], dt.date(1993, 4, 4), [HOME_F], phones=["07387 552 016"]),
    _p("g", "grandparent", [("Isatu", "Macauley")], dt.date(1950, 2, 2), phones=["+232 76 418 902"]),
    _p("o", "other", [("Olive", "Grimshaw")], None, [FOSTER_F], phones=["0161 794 2216"]),
    _p("p1", "professional", [("Olivia", "Brennan")], phones=["0161 778 3025", "07745 237 556"],
       emails=["olivia.brennan@irwellbank.gov.uk"]),
], "c")

DOCS_F = [
    ("school web-filtering safeguarding alert report", """SMOOTHWALL MONITOR - SAFEGUARDING ALERT REPORT (human-moderated) - exported PDF,
text layer
School: [[Kersal Brook Primary School|school]], [[Salford|place]]      Recipient: DSL, Mrs [[Bernadette Quinlan|name]]
Alert ID: SWM-7731904      Risk level: 4 (SERIOUS) - escalated by phone at 11:26      Moderator: [[Priyanka|name]] (ID 2217)
User: [[theo.macauley|name]] (pupil, Year 6, device: classroom Chromebook 6H-14)      Date: [[15/10/2026|date]]
Name on MIS: [[MACAULEY, Theophilus|name]]   DOB [[11/05/2016|dob]]   UPN [[H355680519150|upn]]   Class: 6H (Mr [[Hartley|name]])

Captured activity (in the order typed; spelling as typed):
11:02:14  Google search   "am i a witch"
11:02:51  Google search   "how to get the witch spirit out of a child"
11:03:30  Google search   "how many days can a child not eat"
11:05:09  Google Docs     document "My story by [[Theo|name]]" (shared to no one):
          "my step mum [[hawa|name]] says i have a witch spirit and that is why baby [[grace|name]] is sick and why daddy lost
          his job. prophetess [[adama|name]] said the same at church on sunday. they put hot pepper in my eyes to see the
          spirit and i have to fast till the spirit go. i am hungry. [[fatmata|name]] gives me bread at night when they sleep.
          daddy says we are going to [[freetown|place]] at half term to see the big pastor in [[wellington|place]] and granny
[[isatu|name]].
          i dont want to go. i am not a witch i am [[theo|name]]"
11:09:40  YouTube search  "deliverance children fire prayer"
11:10:02  Screenshot (auto) - a YouTube video title "FIRE! FIRE! DELIVERANCE FOR WITCHCRAFT CHILDREN" (channel:
          "Prophet [[T. Kallon|name]] Ministries") - not played; the device is blocked from video.

Linked records on the MIS: sister [[Fatmata MACAULEY|name]] (UPN [[L355900315397|upn]], [[Irwell Park High School|school]]); baby
[[Grace Kamara-Macauley|name]] (NHS [[419 871 3359|nhs]]). Parents on the MIS: [[Samuel Macauley|name]] (father) and [[Hawa Kamara|name]]
(stepmother, [[07387 552 016|phone]]). Previous school: [[St Edward's RC Primary|school]], [[Kissy|place]], [[Freetown|place]] (to 2022).

Moderator's note: the user typed a first-person account of ritual harm, deprivation of food and planned travel abroad.
Phoned DSL at 11:26 (spoke to Mrs [[Quinlan|name]]).

School's actions (added by the DSL to CPOMS, [[15/10/2026|date]]):
11:30 [[Theo|name]] brought to my office by the TA, Miss [[Chloe Atherton|name]]. Offered toast; ate three slices "very fast".
      Said "don't tell [[Hawa|name]] I wrote it". Small healed scratches at the corners of both eyes, red eyelids. Weight on
      the nurse's check in September was 27.1 kg; today 24.9 kg (school nurse [[Yvonne Pilling|name]], 12:00).
11:45 Rang Irwell Bank Council Bridge Partnership front door (spoke to [[Ifeanyi Obi|name]]); contact ref 26-118842. Told not to
      contact parents. Rang his sister [[Fatmata|name]]'s school, [[Irwell Park High School|school]] (DSL Mr [[Grant Fogarty|name]]),
      who will speak to her.
13:30 Strategy discussion by phone: [[Olivia Brennan|name]] (SW), DS [[Paul Cheetham|name]] (GMP, Salford CID - Public
      Protection), myself, the school nurse. S47, joint visit at school at 14:30; police protection not needed if [[Theo|name]] can
      go to a safe adult tonight.
15:10 [[Theo|name]] named "[[Memuna|name]] Aunty" in [[Oldham|place]] (his late mother's friend, [[Memuna Sesay|name]]). SW to check.
16:20 Father, Mr [[Samuel Macauley|name]] ([[07912 304 688|phone]]), came to collect [[Theo|name]] and was told by the SW and police
      that [[Theo|name]] would not go home tonight. He said "this is our culture, you people don't understand". Left at 16:45.
Signed: [[B. Quinlan|name]], DSL, [[15/10/2026|date]]
"""),
]

DOCS_F += [
    ("Border Force safeguarding and trafficking team's record of a stop", """BORDER FORCE - MANCHESTER AIRPORT - SAFEGUARDING AND
TRAFFICKING (SAT) TEAM
RECORD OF ENCOUNTER - CHILD (OFFICIAL-SENSITIVE)       SAT ref: MAN-SAT-26-1473       Terminal 1, outbound, gate area
Date: [[24/10/2026|date]]   Time of stop: 05:48   Flight: SN 2176 to [[Brussels|place]], connecting SN 209 to [[Freetown|place]]
Reason: Warnings Index / port alert placed on [[23/10/2026|date]] at 19:40 by Irwell Bank Council (SW [[Olivia Brennan|name]],
[[07745 237 556|phone]]) and GMP (DS [[Cheetham|name]]), following the father's removal of the child from a safety plan.

CHILD: [[MACAULEY, Theophilus Ebenezer|name]] ("[[Theo|name]]")   DOB [[11.05.2016|dob]]   British passport (number held on file)
ADULT: [[MACAULEY, Samuel Olufemi|name]]   DOB [[22.08.1982|dob]]   British and Sierra Leonean passports   Relationship: father
Address given: [[26 Great Cheetham St East|address]], [[Broughton|place]], [[Salford|place]] [[M7 4UX|postcode]]
Tickets: booked [[22/10/2026|date]] by a travel agent, Sahara Travel, [[Cheetham Hill Road|address]]; return tickets for
[[14/11/2026|date]] for the father only. The child's ticket is one-way.
Checked baggage: 2 suitcases. Contents seen: the child's school uniform, a bottle labelled "anointing oil", a white robe
child-size, a letter in Krio and English addressed to "Pa [[Foday|name]], [[Wellington|place]]".

ACCOUNT OF THE ADULT (Officer BF8814 [[Sana Riaz|name]], with HO [[Dean Moffatt|name]]; the adult spoke English):
Mr [[Macauley|name]] said he was taking his son "home for a holiday" to his mother, Mrs [[Isatu Macauley|name]], in [[Wellington|place]],
[[Freetown|place]], for "a few weeks of discipline and prayer" and that "his school can wait". He said the child's stepmother,
[[Hawa Kamara|name]], and their baby, [[Grace|name]], were at home. He said he "has full rights as the father" and that the
social worker "put [[Theo|name]] with a stranger" ([[Memuna Sesay|name]], of [[Oldham|place]]), so he "took him back" on
[[23 October|date]]. Asked about the one-way ticket, he said [[Theo|name]] "will come back when he is well" and that his
mother's pastor, "Pa [[Foday|name]]", will "pray for him" at a church in [[Waterloo|place]]. He gave the grandmother's number as
[[+232 76 418 902|phone]]. He gave a second UK contact, his cousin [[Abdul Kargbo|name]], [[07823 661 940|phone]], in [[Bolton|place]].

ACCOUNT OF THE CHILD (seen alone in the SAT interview room with Officer [[Riaz|name]] and a female officer, [[Kate Holden|name]]):
[[Theo|name]] was quiet and hungry (he was given a sandwich and juice). He said: "Daddy said we are going to see Granny and
the big pastor. [[Hawa|name]] said the pastor will take the witch out and then I can come back. I don't want the pepper again.
[[Fatmata|name]] cried at the door." He asked if he could "go back to Aunty [[Memuna|name]]'s". He said he had not eaten since
"yesterday dinner". No injuries seen apart from red, sore eyes.

FAMILY MEMBERS RECORDED: stepmother [[Hawa Kamara|name]] ([[04/04/1993|dob]]); sister [[Fatmata Macauley|name]] ([[29/01/2012|dob]]);
baby [[Grace Kamara-Macauley|name]] ([[14/09/2025|dob]]); the child's late mother, [[Christiana Macauley|name]] (died 2020,
[[Freetown|place]]).
Father's NI number (from his HM Passport Office record): [[SM 73 20 41 B|ni]].

ACTIONS
06:05 Referred to GMP at the airport; PCs [[Rehman|name]] and [[Doolan|name]] attended 06:20 and took [[Theo|name]] into police
      protection at 06:34 (PC 22190 [[Ashleigh Doolan|name]]).
06:40 Irwell Bank EDT informed ([[Craig Loftus|name]]). Father not arrested; advised. He left the airport at 07:15 by taxi.
07:30 Child handed to SW [[Olivia Brennan|name]] at the airport police office.
07:35 Case recorded on the NRM consideration list (possible trafficking for the purpose of "spiritual" abuse); the NRM
      decision is for the first responder (the local authority).
Signed: [[S. Riaz|name]], Border Force Officer, SAT Team, [[24/10/2026|date]] 08:10
"""),
    ("emergency foster placement information and first-night handover", """IRWELL BANK COUNCIL - PLACEMENT INFORMATION RECORD (PART 1) AND
FOSTER CARER'S FIRST NIGHT NOTE
Child: [[Theophilus|name]] ([[Theo|name]]) [[MACAULEY|name]]   DOB [[11/05/2016|dob]]   NHS [[602 026 2987|nhs]]   Legal status: EPO made
[[24/10/2026|date]]
  at 15:00 (Family Court at Manchester, DJ [[Hollinrake|name]]), 8 days
Placed with: Mrs [[Olive Grimshaw|name]] (approved foster carer, IB-FC-0418), [[5 Moorside Road|address]], [[Swinton|place]],
  [[M27 0HL|postcode]], tel [[0161 794 2216|phone]]. Her supervising SW: [[Dawn Kershaw|name]].
Placed by: [[Olivia Brennan|name]] (SW), [[0161 778 3025|phone]]; out of hours: EDT.

About [[Theo|name]]
Language: English and Krio. Religion: Christian (Pentecostal); he wants to go to church "but not that one". Please do not
take him to any church without speaking to the SW first.
Health: eyes sore (pepper/chilli), seen at Royal Manchester Children's Hospital [[24/10|date]]: saline washes 4x a day. Low
weight: small, frequent meals; he has had a "fast" imposed; dietitian referral made. No known allergies. Asthma: no.
Likes: football (Manchester City, Haaland), Minecraft, drawing maps, jollof rice and fried plantain, Horrid Henry books.
Dislikes: the dark (needs the landing light on), people shouting, pepper.
School: [[Kersal Brook Primary|school]], Year 6, teacher Mr [[Hartley|name]]. He can keep going: transport by taxi
  (Salford Taxis, escort [[Linda Bromley|name]]) from [[26/10/2026|date]].
Family time:
  - Sister [[Fatmata|name]] (14): phone or video every day before 8pm, and in person on Tuesdays at the contact centre.
  - Father, Mr [[Samuel Macauley|name]]: supervised, at the contact centre, once a week from [[29/10/2026|date]], if he agrees not
    to talk about witchcraft, spirits or deliverance. No phone contact for now.
  - Stepmother, Ms [[Hawa Kamara|name]], and baby [[Grace|name]]: to be decided after the strategy meeting.
  - "Aunty" [[Memuna Sesay|name]] ([[07840 118 527|phone]]): phone contact allowed; viability assessment started.
  - Grandmother in [[Freetown|place]], Mrs [[Isatu Macauley|name]]: no contact for now.
People who must NOT be told where he lives: his father, stepmother, Prophetess [[Adama Conteh|name]] and anyone from
Fire of Pentecost Deliverance Ministry ([[Unit 4, Cobden Street|address]], [[Pendleton|place]]), Mr [[Abdul Kargbo|name]].

Professionals: IRO [[Gwen Ashurst|name]]; school nurse [[Yvonne Pilling|name]]; GP to be registered with (Dr [[Shafiq Ahmed|name]],
Swinton Medical Centre); CAMHS (Trauma team, [[Nicola Tuohy|name]]). Fostering duty: [[Sandra Ellison|name]].

FOSTER CARER'S FIRST NIGHT NOTE (Mrs [[O. Grimshaw|name]], to SW and SSW, [[25/10/2026|date]] 09:15)
[[Theo|name]] arrived at 18:10 with [[Olivia|name]]. Very polite - called me "Ma" at first then asked if he could call me [[Olive|name]].
He had two bowls of my shepherd's pie and asked if there was "more for tomorrow". I showed him the bread bin and told him he
can always help himself, and his face! He asked three times if [[Hawa|name]] knows where he is. I said no.
Bath: he did not want his eyes wet, so we did a flannel. He prayed before bed "for [[Fatmata|name]], for [[Grace|name]], for
Daddy, for Granny [[Isatu|name]] and for [[Olive|name]]", then asked me "do you think I'm a witch?" I said no, never, that no
child is a witch, and that grown-ups who say so are wrong. He said "Aunty [[Memuna|name]] says that too".
Night: woke at 02:30 crying; said he dreamt of "the fire prayers". Sat with him, landing light on. Asleep by 03:15.
Morning: ate two Weetabix and toast. Watched Match of the Day highlights with my grandson, [[Kieran|name]] (17), who is staying
this weekend (he is on my household checks). They are now in the garden with a football.
His sister rang at 08:30 ([[Fatmata|name]], from a friend's phone, [[07518 330 694|phone]]): she said "[[Hawa|name]] is saying he ran
away". She sounded scared. I said I would tell [[Olivia|name]]. Please ring me - [[Olive|name]].
"""),
    ("social worker's letter to a boy explaining why he is in foster care", """Irwell Bank Council, Children's Services, Turnpike House,
[[631 Eccles New Road|address]], [[Salford|place]] [[M50 1SW|postcode]]

[[6 November 2026|date]]

Dear [[Theo|name]],

You asked me last week to write down why you are living with [[Olive|name]] and why you can't go home yet, so that you can
read it again when you want to. So here it is. You can show it to [[Olive|name]], to your teacher Mr [[Hartley|name]], or to
your sister [[Fatmata|name]] if you like. If there are words you don't understand, ask [[Olive|name]] or ring me.

On [[15 October|date]] you wrote a story on the school computer about what was happening at home: that your stepmum, [[Hawa|name]],
and the lady at church, Prophetess [[Adama|name]], said you had a witch spirit, that they put hot pepper in your eyes, and that
you were not allowed to eat. You were very brave to write it. The computer sent it to Mrs [[Quinlan|name]], and she told me.

I want you to know three things.
1. You are NOT a witch. No child is a witch. Nothing that happened to [[Grace|name]] or to your dad's job is your fault.
2. What happened to you was wrong. It is against the law in this country to hurt a child or to stop a child eating, whatever
   the reason, and whatever anyone believes.
3. None of the grown-ups are angry with you for telling.

Then your dad took you from Aunty [[Memuna|name]]'s and tried to take you to [[Freetown|place]] on a plane. You told me you
did not want to go. The police and the Border Force officer at the airport, [[Sana|name]], kept you safe. A judge, Judge
[[Hollinrake|name]], agreed that you should live with [[Olive|name]] for now. On [[30 October|date]] another judge, District Judge
[[Ashcroft|name]], made an order called an interim care order. It means that I and my manager, [[Femi Oladipo|name]], have to
make sure you are safe and well looked after, and we share that job with your dad.

What happens next?
- You see [[Fatmata|name]] every Tuesday, and you can ring her every day. She misses you a lot.
- You see your dad on Thursdays at the contact centre in [[Eccles|place]]. [[Joyce|name]] from the centre will be there.
- I am getting to know Aunty [[Memuna|name]] better and her husband, Mr [[Sorie Sesay|name]], because you said you'd like
  to live with them. This takes a few weeks.
- You will have your own lawyer, [[Kwame Asante-Boateng|name]], and a guardian, Ms [[Lorraine Whalley|name]], who will
  come to see you at [[Olive|name]]'s on [[12 November|date]]. You can tell her anything you want the judge to know.
- Granny [[Isatu|name]] in [[Wellington|place]] wants to speak to you. I am arranging a video call with an interpreter so that
  I can explain to her what happened here.

You told me your wish is "to stay at [[Kersal Brook|school]], play for the Year 6 team and not be scared". I will do my best
to make that happen.

From,
[[Olivia|name]] ([[Olivia Brennan|name]], your social worker)
[[olivia.brennan@irwellbank.gov.uk|email]] | [[0161 778 3025|phone]] | work mobile [[07745 237 556|phone]]
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 18 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 06:29 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcs", "dc", "ds", "insp", "ho", "hhj", "dj", "judge", "district", "nan",
           "nana", "granny", "gran", "mum", "mummy", "mam", "dad", "daddy", "our", "aunty", "auntie", "uncle", "apa", "qari",
           "haji", "hoca", "imam", "dadi", "ammi", "abbu", "phupho", "pa", "ma", "prophetess", "prophet", "pastor", "baba",
           "bate", "бате", "nine", "teyze", "amca", "abi"}
_AFTER = {"nine", "teyze", "amca", "abi", "abla", "бате", "bate", "aunty", "auntie", "phupho", "baji", "bhai", "uncle"}
_NOT_PLACES = {"england", "scotland", "northumberland", "the borders", "scottish borders", "berwickshire", "lancashire",
               "lancs", "cheshire", "cheshire east", "greater manchester", "west midlands", "the black country", "black country",
               "pakistan", "punjab", "azad kashmir", "jhelum district", "bulgaria", "kardzhali province", "the kardzhali province",
               "the rhodopes", "rhodopes", "sierra leone", "western area", "belgium", "uk"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Qari Imran",
# "Apa Nabila", "Haji Mohammed", "hoca Ismail", "Pa Foday", "Prophetess Adama", "HO Dean"; and after one: "Nazife nine",
# "Nazife teyze", "Sezgin amca", "Orhan abi", "Sadia Phupho", "Memuna Aunty", and the Bulgarian "бате") and counties,
# regions and countries ("Northumberland", "the Borders", "Cheshire", "the Black Country", "Bulgaria", "Sierra Leone").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
