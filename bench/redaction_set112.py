"""Set 112: a held-out hand-written set for the redaction detector, six more invented families in the Wakefield district, written in
one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the
`Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
the files other helpers were writing at the same time (bench/redaction_set110.py, redaction_set111.py, redaction_set113.py and
their tests), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking
conventions followed here); the docstrings only of bench/redaction_set7.py to redaction_set109.py, printed with ast into a
scratch file and searched there for the towns, districts, estates and communities earlier sets used (no set's body was read or
searched); the first part of bench/redaction_handwritten.py (its module docstring, `_party`, `Records`, `HandSet` and
`word_problems`); an attempt to print set 15's checker functions with ast (it printed none, so nothing of set 15 was read); and
the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and
checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once.
If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, each from a town, district or estate no earlier set (7 to 109) used as a family's home. Four of the kinds most
common in children's social care: a white British mother on the Eastmoor estate in Wakefield with three children, a baby among
them, a grandmother in Wrenthorpe and a father in a room in Belle Vue (Dawson / Gill; neglect, a mother's drug use, a man
dealing from the house, a boy of 10 caring for his sisters, a neighbour's call, child protection plans); a white British family
in Glasshoughton, Castleford, with a father in Knottingley and a grandmother in Pontefract (Whitaker / Shaw; a boy of 16
criminally exploited in county lines, missing to Goole and Scunthorpe, a debt, threats to his sister); a grandmother in South
Elmsall raising two grandchildren while their mother is in prison, with a father in Balby, Doncaster (Hirst / Rook / Lumley;
special guardianship, supervised family time, a food bank); and a Polish family on the Chequerfield estate in Pontefract, with
a grandmother in Sosnowiec and an uncle in Będzin (Nowak / Wiśniewski; a father's drinking and domestic abuse, a girl of 12 who
translates and minds her brother, a trip to Poland during an enquiry). Two from communities no earlier set used: a Fuzhounese
Chinese family running a takeaway in Hemsworth, with a grandmother in Changle, Fuzhou (Lin / Chen / Zheng; a girl of 15 working
till past midnight, a father's gambling and an illegal lender, a mother's low mood, a wish to send a boy of 9 to China, names
in Chinese characters), and a Hausa family from Kano in Nigeria in Agbrigg, Wakefield, with the father and a grandmother in Kano
(Abubakar / Bashir / Bello; a student mother with sickle cell disease in hospital, three children privately fostered by a
friend in Flanshaw, no recourse to public funds, names written in Ajami). 24 documents, each with its own style label: twelve
of plain professional recording (a health visitor's contact record, a front door contact record, initial child protection
conference minutes, a return home interview, a school's CPOMS log export, a section 47 outcome, a letter confirming a child in
need plan, a special guardianship assessment extract, a supervised family time record, an attendance officer's home visit note,
an early help assessment, a private fostering visit record) and twelve of the other writing a file holds (a mother's texts to
her social worker, a police body-worn video transcript, a National Referral Mechanism form, a mother's voice notes as the phone
transcribed them, a Messenger chat in Polish translated, a grandmother's handwritten letter to the court scanned with OCR (with
its misreadings: "Pau1ine", "A1fie", "South Elmsa11"), a food bank e-referral, WeChat messages in Chinese and English, a girl's
online GP consultation form, a private fostering notification form, a night nurse's notes typed fast on a phone, a
grandmother's WhatsApp voice notes in Hausa translated).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Poland, China, Nigeria); NHS numbers and UPNs (LA number 384, Wakefield) pass their check
digits; NI numbers have a valid format. The council is invented (Went Valley Council), and so are the schools (Eastmoor Rise
Primary Academy, Glasshoughton Park Academy, Chequerfield Academy, Elmsall Beck Primary School, Hemsworth Grange Academy, Kinsley
Fields Primary School, Portobello Vale Primary School, Little Acorns nursery), the takeaway (the Golden Bay), the GP practices
named after streets or towns, the food bank and the family centre; towns, districts, estates, villages, real schools and
colleges, real charities and services (Turning Point, Foundation, Catch22, GamCare, Language Line), NHS bodies, hospitals,
police forces, prisons, courts, shops, brands, apps, games, venues (the Xscape) and laws are real and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words stay outside a name span, here also Polish "Babcia", "Wujek", "Tata" and "Mama", Chinese "老师" (after the name, "张老师"),
"阿姨", "奶奶", "Jie Jie" and "Nainai", and Hausa "Hajiya", "Malam", "Kaka" ("Hajiya Binta", "Malam Bello", "Babcia Halinka",
"Wujek Paweł", "Auntie Kelly", "Nana Joan", "mrs bello"); a kinship word used alone ("Tata", "Mama", "Mummy", "Kaka", "Jie Jie")
is not a name, and neither is a contact saved as "Mama Kano", though its town is a place; every person's name is a name in every
form, record or not, in any script ("晓雨", "陈美玲", "林建国", "郑秀英", "浩然", the surname "张" before "老师", Ajami "عائشة",
"عثمان", "فاطمة"), in lower case in messages and transcriptions ("tj", "fozzy", "kai", "tina", "ming", "yvonne"), inflected in
Polish ("Staszka", "Sosnowca" and "Katowic" as places) and as an OCR misreading ("Pau1ine Hirst", "A1fie", "Ke11y"). "SURNAME,
First", "SURNAME First" and "First SURNAME" are one span ("GILL, Ember", "LIN, Xiaoyu", "LIN Jianguo", "CHEN Meiling", "Shannon
DAWSON"); Chinese names keep their order, surname first ("Lin Xiaoyu", "Zheng Xiuying"); an initial with a surname is one span
("G. Lumb", "L Beevers"); initials alone ("HH", "OP", a contact saved as "T") are not marked; a possessive 's or a texting s
("carl"s, "brandon"s, "Poppy"s) stays outside; a name or address broken by a line break is one span holding the break, and so
is a place, a school or a date. A street address is one span, its town a place, its postcode a postcode; a street without a
number is an address, and so is a neighbour's bare house number ("no. 9", "no. 10", "Number 46"'s "46") and an address abroad
("ul. Mickiewicza 12/4", "41-200" Sosnowiec; "No. 14 Zoo Road", Gyadi-Gyadi, Kano; "首占镇新亭村32号", 长乐区, 福州, "350212");
towns, districts, estates and villages are places in any script and form ("Glassy", "Cas", "Ponte", "pomfret", "福州", "长乐");
countries, counties, provinces and regions are not ("Poland", "China", "Fujian", "Nigeria", "West Yorkshire"); organisations
are not marked even when they hold a town's or a person's name; a school's name is a school, and so is its short form ("Elmsall
Beck", "Portobello Vale", "Minsthorpe", "Little Acorns"); a date of birth is dob, any other calendar date with a day is date (a
weekday before it stays outside), and a bare day in a range or a diary line is a date of its own; months, seasons and years
alone are not marked; a service, team or branch named by its town marks the town ("Pontefract Area Team", "Wakefield's adult
drug and alcohol service", "the South Elmsall centre", "the alcohol service at Castleford").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a nickname made of a
child's initials that the family uses as his name ("TJ", "tj") is a name, unlike initials used by a writer for herself; a
street gang's or dealer's street name ("Fozzy", "Big Tone", "Morley" for a man from Morley, "K-Dog" as a display name) is a
name, like an alias, and "Morley" the town is a place; a surname that is a word ("Rook", "Pickles") or a first name that is a
word ("Skye", "Poppy", "Jade", "Ember") is a name; a date of birth spoken in a transcript ("Third of the ninth") is dob, and a
registration spoken in the phonetic alphabet is a vehicle; a phone number read out digit by digit in a transcription is a
phone; a Chinese date ("10月4日") is a date; a named day with its year ("Christmas Eve 2024") or a named day in a family's
letter ("Boxing Day") is a date, since it fixes one calendar day; "Ah Keung", the name a takeaway driver goes by, is one name
span with its familiar prefix; a
hospital referred to by its town ("a transfusion at Leeds") marks the town; the Xscape at Glasshoughton, Wakefield Kirkgate
station, Frickley Colliery, Pinderfields (the hospital) and "the Judge at Wakefield" (the court) are landmarks or organisations
and stay unmarked; a case, voucher, crime or missing-person reference, a collar number and an interpreter's registration
number are not marked.

Self-check without the detector: `python -m bench.redaction_set112` (and tests/test_redaction_set112.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and countries and
regions, and prints the number of documents and gold spans per kind: 24 documents, 1,015 gold spans, 548 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dawson / Gill family (white British), the Eastmoor estate, Wakefield -----------------------------------------------

HOME_A = d.Address("31 Park Lodge Lane", "Eastmoor", "Wakefield", "WF1 4HX")
NAN_A = d.Address("6 Bragg Lane End", "Wrenthorpe", "Wakefield", "WF2 0LB")
DAD_A = d.Address("Room 3, 112 Doncaster Road", "Belle Vue", "Wakefield", "WF1 5DU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Ember", "Gill")], dt.date(2026, 6, 21), addresses=[HOME_A], ids=["7994762530"]),
    _p("s", "sibling", [("Tyler-Jay", "Dawson")], dt.date(2016, 8, 14), addresses=[HOME_A],
       ids=["8706937748", "X384218412177"], schools=["Eastmoor Rise Primary Academy"]),
    _p("s2", "sibling", [("Skye", "Gill")], dt.date(2020, 11, 30), addresses=[HOME_A], ids=["5339278565"],
       schools=["Little Acorns Nursery"]),
    _p("m", "mother", [("Shannon", "Dawson")], dt.date(1997, 4, 2), addresses=[HOME_A], phones=["07824 613 905"],
       ids=["9640113468", "PK 36 51 92 C"]),
    _p("f", "father", [("Carl", "Gill")], dt.date(1993, 1, 17), addresses=[DAD_A], phones=["07912 448 261"]),
    _p("g", "grandparent", [("Beverley", "Dawson")], dt.date(1972, 9, 8), addresses=[NAN_A], phones=["01924 372 118"]),
    _p("p1", "professional", [("Hannah", "Holroyd")], phones=["01924 303 644"], emails=["hannah.holroyd@wentvalley.gov.uk"]),
    _p("p2", "professional", [("Gemma", "Lumb")], phones=["07535 207 118"], emails=["gemma.lumb@nhs.net"]),
], "c")

DOCS_A = [
    ("health visitor new birth and follow-up visit record", """0-19 SERVICE (HEALTH VISITING) - CONTACT RECORD           SystmOne print,
page 1 of 2
Child: [[GILL, Ember|name]]   DOB [[21/06/2026|dob]]   NHS No [[799 476 2530|nhs]]   Sex F
Address: [[31 Park Lodge Lane|address]], [[Eastmoor|place]], [[Wakefield|place]] [[WF1 4HX|postcode]]
Mother: [[Shannon DAWSON|name]] (DOB [[02/04/1997|dob]], NHS [[964 011 3468|nhs]])   Tel [[07824 613 905|phone]]
Father: [[Carl Gill|name]] (not living at the address; PR - on the birth certificate)
Siblings: [[Tyler-Jay|name]] (10), [[Skye|name]] (5). GP: Park Lodge Surgery (Dr [[Ramsden|name]]).

[[08/07/2026|date]] 10:15 New birth visit (day 17). HV [[Gemma Lumb|name]].
Seen: mother, baby, [[Skye|name]] (home from nursery with a cold). Baby feeding well on formula, 5 oz 3-hourly, weight 3.41 kg
(birth 3.28). Cord off. Safe sleep discussed: baby sleeping in a Moses basket in the lounge "because the stairs are hard with
the pram"; mother says she sleeps on the sofa next to her. Advised against sofa sleeping; mother agreed to move the basket
upstairs. Smoke-free home - mother smokes in the back garden. Previous history: children's social care involvement in 2021
(closed). Maternal grandmother, [[Bev|name]], "pops in every day" from [[Wrenthorpe|place]]. Mood: EPDS 9. Plan: 6-8 week review.

[[21/08/2026|date]] 14:00 6-8 week review. HV [[Gemma Lumb|name]] with student HV [[Aleesha Mirza|name]].
No answer first knock. Mother answered on second attempt after 6 minutes, looked just woken. Strong smell of cannabis in the
hallway. Baby in the Moses basket on the sofa, nappy heavy and soaked through to the vest; nappy rash. Formula made up in
bottles at 08:00 standing on the side. [[Skye|name]] (5) still in pyjamas at 2pm eating dry cereal from the box; not at nursery
since "the summer holidays" ([[Little Acorns|school]] is open all year - to check). A man asleep upstairs; mother said it was "just
[[Reece|name]], me mate's brother" - surname not given. Weight 4.38 kg (9th centile, dropped from 25th). EPDS 16.
Mother tearful: [[Carl|name]] "comes and goes", she has £6 on the gas. She agreed to a referral to the perinatal team and to
the Children's Services front door. Discussed with safeguarding nurse [[Lindsey Auty|name]] [[21.08.26|date]] 16:40 - agreed referral.

[[26/08/2026|date]] Telephone. Rang mother on [[07824 613 905|phone]] - no answer, text sent. Rang maternal grandmother Mrs
[[Beverley Dawson|name]] on [[01924 372 118|phone]] with consent: she will take [[Skye|name]] to nursery from [[1st September|date]].
She said "[[Shan|name]]'s not coping since [[Carl|name]] went and that [[Reece Fozzard|name]] is bad news."

[[04/09/2026|date]] Joint visit with SW [[Hannah Holroyd|name]] (Went Valley Council). Home tidier; basket upstairs. Weight 4.61 kg.
[[G Lumb|name]] HV, [[07535 207 118|phone]]
"""),
]

DOCS_A += [
    ("front door contact record from a neighbour's call", """WENT VALLEY COUNCIL - CHILDREN'S FRONT DOOR (MASH) - CONTACT RECORD
Contact ID: 2026-0918-4471        Received: [[18 September 2026|date]], 19:52 (Emergency Duty Team), passed to MASH
[[19/09/2026|date]] 08:30
Referrer: member of the public - wishes to stay anonymous to the family. Name given to us: Mrs [[Maureen Tolson|name]], neighbour,
[[33 Park Lodge Lane|address]]. Tel [[07402 771 390|phone]] (withheld from the family).
Child(ren): [[Tyler-Jay DAWSON|name]] (10), [[Skye GILL|name]] (5), [[Ember GILL|name]] (12 weeks)
Address: [[31 Park Lodge Lane|address]], [[Eastmoor|place]], [[WF1 4HX|postcode]]

What the caller said (recorded by EDT worker [[Paul Kitching|name]]):
"The little lad from next door, [[Tyler|name]], knocked on at half six asking if he could borrow some milk for the baby. He
says his mum's asleep and he can't wake her. I went round. Front door wide open, music on. [[Shannon|name]] was on the settee,
she came round when I shouted but she was all over the place, slurring. The baby was screaming in that basket thing. There's
a lad who stays there, they call him [[Fozzy|name]], he drives a black Audi, I've seen him hand stuff over at the back of the
[[Chald Lane|address]] shops. It's been going on since the summer. I didn't want to ring but I can't not." The caller said she
stayed until [[Shannon|name]]'s mother arrived at about 19:40. She knows the grandmother as "[[Bev|name]] from [[Wrenthorpe|place]]".

EDT action: rang the grandmother, Mrs [[Dawson|name]], on [[01924 372 118|phone]] at 20:05. She was at the house and said she would
stay the night; mother "had taken something for her back". PC [[Ashfaq Hussain|name]] (collar 3317) did a welfare check at
21:10: children asleep, grandmother present, no arrests. Police log 1166 of [[18/09|date]].

MASH checks ([[19/09/2026|date]]): health - HV [[Gemma Lumb|name]] referral of [[21 August|date]] (poor home conditions, weight drop,
EPDS 16); school - [[Eastmoor Rise|school]] (DSL Mr [[Darren Crowther|name]]): [[Tyler-Jay|name]] late 9 times this term,
"often hungry", says he gets [[Skye|name]] ready; police - [[Reece FOZZARD|name]] (DOB [[11/02/1999|dob]]), known for supply of
class A, vehicle [[YG71 KXO|vehicle]]; father [[Carl GILL|name]] - no current concerns, lives in [[Belle Vue|place]].
Decision (Team Manager [[Rachel Oldroyd|name]], [[19.9.26|date]] 11:20): threshold met for a strategy discussion; s47 likely. Allocated
to [[Hannah Holroyd|name]]. Inform the father.
"""),
]

DOCS_A += [
    ("a mother's text messages to her social worker, typed up for the file", """[Texts between [[Shannon Dawson|name]]
([[07824 613 905|phone]]) and SW [[Hannah Holroyd|name]] (work mobile), copied
into the record by [[H Holroyd|name]] on [[02/10/2026|date]]. Spelling as sent. HH = me.]

[[23/09/2026|date]] 08:14 [[Shannon|name]]: is this [[hannah|name]] from social. [[bev|name]] gave me ur number. i dont want them kids taken
[[23/09|date]] 08:20 HH: Hi [[Shannon|name]], yes it's [[Hannah|name]]. Nobody is talking about taking the children. Can I come
today at 2?
08:41 [[Shannon|name]]: ok but not 2 i have to get [[skye|name]] from nursery at 3. 1?
08:42 HH: 1 is fine. See you then.
[[25/09|date]] 22:57 [[Shannon|name]]: [[fozzy|name]] come round again i told him to go. he said i owe him. im scared for [[tj|name]]
22:58 [[Shannon|name]]: sorry [[tyler|name]] i mean. i call him [[tj|name]]
[[26/09|date]] 07:31 HH: Thank you for telling me. If he comes back and won't go, ring 999. I'll ring you at 9.
09:02 [[Shannon|name]]: ok. my mums having the kids tonight at hers
[[28/09|date]] 18:40 [[Shannon|name]]: [[carl|name]]s said he will have em weekends if i go rehab is that allowed
18:41 [[Shannon|name]]: he lives in a room at [[belle vue|place]] tho its not big enough
[[29/09|date]] 09:10 HH: That is a good idea to talk about. Can [[Carl|name]] ring me? [[01924 303 644|phone]]
[[30/09|date]] 15:22 [[Shannon|name]]: went to turning point on [[westgate|address]] today. got a worker called [[jodie|name]]. first appt
is the [[12th|date]]
15:23 [[Shannon|name]]: [[ember|name]] has her jabs on tues i no
[[01/10|date]] 20:16 [[Shannon|name]]: [[tj|name]] sez his teacher mr [[crowther|name]] give him breakfast again. im not proud of that
20:30 [[Shannon|name]]: can u not put that in ur report
[[02/10|date]] 08:05 HH: I have to write what happens, but I will also write that you told me and that you are going to
Turning Point. Conference is Thursday [[15th|date]] at Castleford Civic Centre, 10am. You can bring [[Bev|name]].
"""),
]

DOCS_A += [
    ("initial child protection conference minutes", """WENT VALLEY COUNCIL - INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Tyler-Jay DAWSON|name]] (DOB [[14.08.2016|dob]], UPN [[X384218412177|upn]]); [[Skye GILL|name]] (DOB [[30.11.2020|dob]]);
[[Ember GILL|name]] (DOB [[21.06.2026|dob]])      Date: [[15 October 2026|date]], Castleford Civic Centre
Chair: [[Diane Whiteley|name]] (Independent Reviewing Officer). Minutes: [[Kirsty Sykes|name]].
Present: [[Shannon Dawson|name]] (mother); Mrs [[Beverley Dawson|name]] (maternal grandmother, support); [[Carl Gill|name]]
(father of [[Skye|name]] and [[Ember|name]]); [[Hannah Holroyd|name]] (SW); [[Gemma Lumb|name]] (HV); [[Darren Crowther|name]] (DSL,
[[Eastmoor Rise Primary Academy|school]]); [[Nadine Ward|name]] (manager, [[Little Acorns|school]]); DC [[Lee Farrar|name]] (West
Yorkshire Police); [[Jodie Marsden|name]] (Turning Point). Apologies: Dr [[Ramsden|name]] (GP, report received).
[[Tyler-Jay|name]]'s father, [[Wayne Heald|name]], of [[Airedale|place]], [[Castleford|place]]: invited, did not attend.

1. Reports. [[Hannah|name]] summarised the single assessment: neglect of basic care and supervision since June, linked
to the mother's use of cocaine and prescribed codeine; a man, [[Reece Fozzard|name]], supplying and staying at the house; a 10
year old caring for his sisters. Strengths: the grandmother, a warm relationship with all three children, the mother's honesty
since [[23 September|date]].
2. School. [[TJ|name]] "is a lovely, kind lad who worries". Attendance 88%. He told Mr [[Crowther|name]] he "has to listen for
[[Ember|name]] in the night".
3. Police. [[Reece Fozzard|name]] was arrested on [[6 October|date]] on [[Eastmoor Road|address]]; on bail not to enter
[[Park Lodge Lane|address]]. DC [[Farrar|name]]: two other young people on the estate are known to have run for him.
4. Mother's view. "I let it get bad. I'm doing the groups. Don't take them off me." Mr [[Gill|name]] offered weekends for the
girls at his new flat in [[Normanton|place]] (moving [[1 November|date]]; [[Flat 2, 9 Market Street|address]], [[WF6 2AR|postcode]]).
Decision: all three children subject to child protection plans, category NEGLECT. Core group: [[29/10/2026|date]] at the
school, 1.30pm. Review conference: [[14 January 2027|date]].
Key worker: [[Hannah Holroyd|name]], [[hannah.holroyd@wentvalley.gov.uk|email]], [[01924 303 644|phone]].
Core group: mother; Mrs [[B. Dawson|name]] ([[6 Bragg Lane End|address]], [[Wrenthorpe|place]], [[WF2 0LB|postcode]]); Mr [[C. Gill|name]]
([[07912 448 261|phone]]); HV [[G. Lumb|name]]; Mr [[D. Crowther|name]]; Ms [[N. Ward|name]]; [[J. Marsden|name]]. Minutes to be sent to
the parents by post (mother) and to Mr [[Gill|name]] at [[Room 3, 112 Doncaster Road|address]], [[Belle Vue|place]], [[WF1 5DU|postcode]]
until he moves. Chair's note: [[Skye|name]]'s and [[Ember|name]]'s paternal aunt, [[Leanne Gill|name]] of [[Ossett|place]], has offered
respite at weekends ([[07845 290 316|phone]]).
"""),
]


# --- B. Whitaker / Shaw family (white British), Glasshoughton, Castleford ---------------------------------------------------

HOME_B = d.Address("14 Colliery Rise", "Glasshoughton", "Castleford", "WF10 4TQ")
DAD_B = d.Address("27 Ferrybridge Road", "", "Knottingley", "WF11 8JA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kai", "Whitaker")], dt.date(2010, 9, 3), addresses=[HOME_B], ids=["1901348709", "K384220618839"],
       phones=["07761 339 082"], schools=["Glasshoughton Park Academy"]),
    _p("s", "sibling", [("Lacey", "Whitaker")], dt.date(2013, 5, 19), addresses=[HOME_B], ids=["4682486284"],
       schools=["Glasshoughton Park Academy"]),
    _p("m", "mother", [("Nicola", "Whitaker")], dt.date(1986, 12, 1), addresses=[HOME_B], phones=["07930 518 447"],
       ids=["NE 47 20 83 B"]),
    _p("sf", "other", [("Darren", "Shaw")], dt.date(1984, 3, 25), addresses=[HOME_B], phones=["07583 664 210"]),
    _p("f", "father", [("Stuart", "Whitaker")], dt.date(1985, 7, 9), addresses=[DAD_B]),
    _p("p1", "professional", [("Owen", "Pickersgill")], phones=["01977 722 319"], emails=["owen.pickersgill@wentvalley.gov.uk"]),
], "c")

DOCS_B = [
    ("missing episode return home interview", """RETURN HOME INTERVIEW (RHI) - MISSING FROM HOME          Went Valley Council, Adolescent
Support Team
Young person: [[Kai WHITAKER|name]]   DOB [[03/09/2010|dob]]   Age 16   NHS [[190 134 8709|nhs]]
Home: [[14 Colliery Rise|address]], [[Glasshoughton|place]], [[Castleford|place]], [[WF10 4TQ|postcode]]
Episode: reported missing Friday [[6 November 2026|date]] 23:40 by mother; found Sunday [[8 November|date]] 16:05 by British Transport
Police at [[Wakefield|place]] Kirkgate station. Missing episode no. 5 this year. Police ref MFH/26/17702.
RHI by: [[Owen Pickersgill|name]], worker (independent of the allocated SW)  Date: [[10/11/2026|date]], 15:30, at the Xscape
Costa ([[Kai|name]]'s choice; "not at home, not at school").

Where were you? [[Kai|name]] said he got a lift from "a lad called [[Morley|name]]" (not his real name - "he's from
[[Morley|place]], innit") in a grey Golf, [[WU19 HNP|vehicle]], from outside the Co-op on [[Redhill Avenue|address]] at about 22:00. They
went to a flat in [[Goole|place]], then on Saturday to "a trap house in [[Scunthorpe|place]]" where he stayed "to help out".
He would not give the address; he said "near the big Asda on [[Ashby Road|address]]". He slept on a settee. Food: "Greggs and
energy drinks". He was given a phone (not his own, [[07761 339 082|phone]], which he says "got took").
Who was with you? [[Morley|name]]; an older man called "[[Big Tone|name]]"; a girl of "about 14" called [[Kayleigh|name]] or
[[Kayla|name]]; a lad from school, [[Brandon Ashworth|name]] (Year 11). He said [[Brandon|name]] "got him in".
Harm: bruise on left cheekbone (yellowing). Said he "fell off a wall in [[Glassy|place]]". He then said [[Morley|name]] slapped him for
"losing a bag". He was shaking.
Why? "I owe them 300 quid now cos the bag went. If I don't work it off they'll come to my mam's." He has been told they know
where his sister [[Lacey|name]] goes to school ([[Glasshoughton Park|school]]).
Home: He gets on "all right" with his mum, [[Nicola|name]]; rows with his stepdad, [[Darren Shaw|name]], who "calls me a
smackhead". He wants to live with his dad, [[Stuart Whitaker|name]], in [[Knottingley|place]] (on [[Ferrybridge Road|address]]).
What would help: "Get me out of [[Cas|place]] for a bit." Boxing at the club in [[Airedale|place]] again (coach [[Mick Heptonstall|name]]).
Other people named: [[Brandon|name]]'s mum, [[Tina Ashworth|name]] ([[46 Smawthorne Lane|address]]); [[Kai|name]]'s girlfriend
"[[Mya|name]]"
from [[Ackworth|place]], who "doesn't know nothing"; the boxing coach above; his nan, Mrs [[Joan Whitaker|name]] ("Nana [[Joan|name]]") in
[[Pontefract|place]].
Actions: info to police (CCE intelligence form); NRM referral by the SW; urgent strategy discussion requested; safety plan with
mum; [[Kai|name]] given my number, [[01977 722 319|phone]]. [[O. Pickersgill|name]]
"""),
]

DOCS_B += [
    ("police body-worn video transcript of a stop", """WEST YORKSHIRE POLICE - BODY WORN VIDEO - TRANSCRIPT (prepared for the strategy
meeting)
Device 40219 / Officer: PC 5512 [[Ellie BRAITHWAITE|name]]   Date: [[14.11.2026|date]]   Start 21:16:04   End 21:24:51
Location: car park behind Glasshoughton Xscape, [[Colorado Way|address]], [[Castleford|place]]. Also present: PC 4420 [[Sam Ogunleye|name]].
[Transcript by [[Tracy Lodge|name]], civilian investigator. Inaudible parts marked (...). Names as spoken.]

21:16:10 PC B: Hiya mate, police, body cam's on. What's your name?
21:16:14 YP1: [[Kai|name]].
21:16:15 PC B: [[Kai|name]] what?
21:16:17 YP1: [[Kai Whit|name]]... [[Whitaker|name]].
21:16:20 PC B: Date of birth?
21:16:22 YP1: [[Third of the ninth|dob]]... [[third of September|dob]], two thousand and ten.
21:16:30 PC O: And you, mate?
21:16:31 YP2: [[Bran|name]] - [[Brandon|name]]. [[Brandon Ashworth|name]]. I'm fifteen.
21:16:40 PC B: Whose is the Golf, lads? [[Whiskey Uniform one nine Hotel November Papa|vehicle]].
21:16:47 YP2: Dunno. Never seen it.
21:17:02 PC O: Your mate's just run off from it. Who was that?
21:17:05 YP1: (...) just a lad.
21:17:10 PC B: Is that [[Morley|name]]? We know him, [[Kai|name]].
21:17:14 YP1: I'm not saying nowt.
21:18:30 PC B: [control] Can you do a PNC on [[Whitaker|name]], [[Kai|name]], [[03/09/2010|dob]], [[14 Colliery Rise|address]],
[[Glasshoughton|place]]. Showing as missing? ... Received, missing from home since 19:00 today, mum's [[Nicola|name]].
21:19:55 PC O: Two phones in his pocket. Cheap Nokia's ringing - contact says "T".
21:20:12 YP1: That's not mine.
21:21:40 PC B: Right, [[Kai|name]], we're taking you home to your mum's. [[Brandon|name]], where do you live?
21:21:44 YP2: [[Smawthorne|place]]. [[Smawthorne Lane|address]]. Number [[46|address]].
21:22:05 PC O: Whose is the cash, fella? That's about two hundred quid.
21:22:08 YP1: Me nan's. For her birthday. (...) Nan [[Whitaker|name]] in [[Ponte|place]].
21:24:40 PC B: Stopping recording, en route to [[Colliery Rise|address]].
[Note by [[T Lodge|name]]: "Nan [[Whitaker|name]]" - the young person's paternal grandmother is Mrs [[Joan Whitaker|name]] of
[[Pontefract|place]]; enquiries found no birthday that week.]
"""),
]

DOCS_B += [
    ("National Referral Mechanism referral form", """NATIONAL REFERRAL MECHANISM - REFERRAL OF A POTENTIAL VICTIM OF MODERN SLAVERY
(CHILD)   [online form, PDF copy]
Section A - First responder
Organisation: Went Valley Council (local authority)      Name: [[Owen PICKERSGILL|name]]      Role: Adolescent Support Worker
Phone: [[01977 722 319|phone]]      Email: [[owen.pickersgill@wentvalley.gov.uk|email]]      Date of referral: [[17/11/2026|date]]
Section B - Potential victim
Surname: [[WHITAKER|name]]      Forename(s): [[Kai|name]]      Also known as: "[[K-Dog|name]]" (Snapchat display name)
Date of birth: [[03/09/2010|dob]]      Nationality: British      Gender: Male      Interpreter: No
Current address: [[14 Colliery Rise|address]], [[Glasshoughton|place]], [[Castleford|place]], West Yorkshire, [[WF10 4TQ|postcode]]
Is the potential victim in local authority care? No - living with mother ([[Nicola WHITAKER|name]], [[07930 518 447|phone]]).
Consent: not needed for a child. Mother informed on [[16.11.26|date]].
Section C - Exploitation type: Criminal exploitation (county lines, drugs). Location(s) of exploitation: [[Castleford|place]];
[[Goole|place]]; [[Scunthorpe|place]] (an address off [[Ashby Road|address]]); [[Doncaster|place]] (a hotel near the station,
[[21|date]]-[[22 October|date]], per police). Dates: from about May 2026 to date.
Section D - Account
[[Kai|name]] was first given cannabis "on tick" by a man known as "[[Big Tone|name]]" ([[Anthony DRAKE|name]], DOB [[02/02/1991|dob]], of
[[Hightown|place]], [[Castleford|place]]) in the spring, then told to "hold" packages to pay it off. He was recruited through a school
friend, [[Brandon ASHWORTH|name]] (15). He has been missing five times since [[12 June|date]], found in [[Goole|place]] and
[[Wakefield|place]]. On [[14/11/2026|date]] he was stopped with £210 cash and two phones by PC [[Braithwaite|name]]. He says
he owes a "debt" of £300 after a bag was "taxed" and has been slapped by a man called "[[Morley|name]]" ([[Jordan MORLEY|name]], 19,
of [[Glasshoughton|place]] - real surname). Threats to his sister, [[Lacey|name]] (13). A shopkeeper at the Co-op on
[[Redhill Avenue|address]], Mr [[Harjit Sandhu|name]], told police that [[Kai|name]] and other boys wait outside at night to be
picked up. Indicators: debt bondage, threats, physical harm, travel, going missing, unexplained cash and phones.
Section E - Other agencies: West Yorkshire Police (DC [[Priya Lund|name]], Programme Precision); [[Glasshoughton Park Academy|school]]
(DSL Mrs [[Joanne Tate|name]]); Catch22 county lines service.
Section F - Declaration: I believe this person may be a victim of modern slavery. Signed [[O Pickersgill|name]] [[17/11/2026|date]]
"""),
]

DOCS_B += [
    ("a mother's voice notes to the social worker, auto-transcribed on the phone", """[Voice notes from [[Nicola Whitaker|name]] to SW
[[Owen Pickersgill|name]]'s work phone, [[19|date]]-[[20 November 2026|date]]. Text is the
phone's automatic transcription, pasted as it came out (no corrections), times from WhatsApp. Copied by OP.]

[[19/11/2026|date]] 23:02 (1:12)
[[owen|name]] its [[nicola|name]] [[kai|name]]s mum sorry its late he's not come in again he went out about 8 said he was going to
[[brandon|name]]s
I rang [[brandon|name]]'s mum [[tina|name]] she said he's not there he's not been there all week I've rang 101 they said
to ring back at midnight if he's not back [[darren|name]]'s gone out in the car to look round [[glassy|place]] and [[hightown|place]]
I'm going out of my mind

[[19/11/2026|date]] 23:48 (0:41)
it's me again he's rung from a number I don't know [[0 7 4 4 6 9 2 0 1 3 5|phone]] he said he's in [[pomfret|place]] at a
mates and he'll come home in the morning but he sounded scared he said tell [[lacey|name]] not to walk home on her own

[[20/11/2026|date]] 07:15 (1:30)
he's home he walked in at half six [[darren|name]] picked him up from the bus station in [[pontefract|place]] he's got a cut on his hand
he won't say what it is I'm taking him to the walking centre at pinder fields if I can get him to go his dad [[stu|name]]
said he'll have him for a bit in [[knottingley|place]] if you say it's OK is that OK can you ring me please

[[20/11/2026|date]] 12:40 (0:55)
we're at pinderfields they've glued it they asked who done it he said a wall again I don't believe him and
mr [[sandhu|name]] from the shop rang me he said there was a man in a grey car asking for [[kai|name]] by name this morning
outside the shop on [[red hill avenue|address]] I've told [[lacey|name]]s school Mrs [[tate|name]] she's going to keep her in
at dinner
"""),
]


# --- C. Nowak / Wiśniewski family (Polish), the Chequerfield estate, Pontefract --------------------------------------------

HOME_C = d.Address("18 Chequerfield Drive", "Chequerfield", "Pontefract", "WF8 2TQ")
BABCIA_C = d.Address("ul. Mickiewicza 12/4", "", "Sosnowiec", "41-200")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Zofia", "Wiśniewska")], dt.date(2014, 3, 8), addresses=[HOME_C], ids=["9139439925", "B384230216992"],
       schools=["Chequerfield Academy"]),
    _p("s", "sibling", [("Jakub", "Wiśniewski")], dt.date(2018, 10, 22), addresses=[HOME_C], ids=["6639215918"],
       schools=["Chequerfield Academy"]),
    _p("m", "mother", [("Agnieszka", "Nowak")], dt.date(1990, 2, 11), addresses=[HOME_C], phones=["07859 402 713"],
       ids=["SH 19 64 07 A"]),
    _p("f", "father", [("Tomasz", "Wiśniewski")], dt.date(1987, 6, 30), addresses=[HOME_C], phones=["07446 920 135"]),
    _p("g", "grandparent", [("Halina", "Nowak")], None, addresses=[BABCIA_C], phones=["+48 32 254 71 90"]),
    _p("p1", "professional", [("Laura", "Beevers")], phones=["01977 645 107"], emails=["laura.beevers@wentvalley.gov.uk"]),
], "c")

DOCS_C = [
    ("school safeguarding log export", """CPOMS - INCIDENT REPORT EXPORT - [[Chequerfield Academy|school]] - printed [[05/10/2026|date]] by
[[J. Fairburn|name]] (DSL)
Student: [[Zofia Wiśniewska|name]] (Year 8; Year 6 at the first entry)
UPN [[B384230216992|upn]]   DOB [[08/03/2014|dob]]   EAL (Polish)   Sibling: [[Jakub Wiśniewski|name]] (Year 3)
-------------------------------------------------------------------------------------------------------------
[[14/06/2024|date]] 09:05  Category: Home life  Reported by: [[Karen Ibbotson|name]] (class teacher)
[[Zosia|name]] told me her dad "shouts when he drinks" and she sleeps with [[Kuba|name]] "so he is not scared". Mum collects daily.
Action: DSL informed. Spoke to mum ([[Agnieszka|name]]) with [[Marta|name]] (TA, Polish speaker). Mum said it was "one time".
-------------------------------------------------------------------------------------------------------------
[[02/02/2026|date]] 08:40  Category: Domestic abuse  Reported by: PC [[Gareth Noble|name]] (Operation Encompass notification)
Police attended [[18 Chequerfield Drive|address]] at 23:15 on [[01/02/2026|date]]. Verbal argument; father ([[Tomasz WIŚNIEWSKI|name]])
intoxicated, left voluntarily to stay with a friend on [[Baghill Lane|address]]. Children present, asleep upstairs. DASH: standard.
Action: key adult check-in (Mrs [[Ibbotson|name]] is not her teacher now - passed to Mr [[Adam Shillito|name]], Head of Year 8).
-------------------------------------------------------------------------------------------------------------
[[22/09/2026|date]] 11:20  Category: Physical injury / disclosure  Reported by: Mr [[A Shillito|name]]
In PE [[Zofia|name]] had a fingertip bruise pattern on her upper left arm (4 small round marks). She said "Tata grabbed me
because I would not translate for him at the bank". She said he was "drunk since Friday". She asked "please do not call
Mama, she will be in trouble for not leaving him". Photo not taken (policy). Body map completed.
Action: DSL [[Jo Fairburn|name]] rang the front door 11:45 (spoke to [[Laura Beevers|name]]); [[Zofia|name]] kept in school.
-------------------------------------------------------------------------------------------------------------
[[22/09/2026|date]] 15:10  Category: Actions  Reported by: DSL
Strategy discussion at 14:00 (SW [[Laura Beevers|name]], DS [[Mark Haigh|name]], me). [[Zofia|name]] and [[Jakub|name]] collected by
mum and taken to a friend's, Mrs [[Ewelina Kowalczyk|name]], [[5 Tanshelf Drive|address]], [[WF8 4AD|postcode]], for the night. Father
arrested at home 17:30 (per police update at 19:02). [[Jakub|name]]'s class teacher (Miss [[Patel|name]]) informed.
-------------------------------------------------------------------------------------------------------------
[[29/09/2026|date]] 08:50  Category: Attendance  Reported by: Office ([[Bernadette Lyons|name]])
[[Zofia|name]] absent - mum rang: "gone to [[Sosnowiec|place]] for the funeral of my uncle, back on Monday". Not authorised. DSL
informed because of the open s47. Mum's mobile [[07859 402 713|phone]] not answering from [[1 October|date]].
-------------------------------------------------------------------------------------------------------------
[[05/10/2026|date]] 08:35  Category: Attendance / welfare  Reported by: DSL
[[Zofia|name]] and [[Jakub|name]] back in school. [[Zosia|name]] said they flew [[Katowice|place]] to [[Leeds|place]] on Saturday (mum says
Sunday the [[4th|date]]). She stayed with "Babcia" on [[Mickiewicza|address]] street and saw her cousins [[Oliwia|name]]
and [[Filip|name]]. She said Tata did not come. [[Jakub|name]] drew a plane and "Wujek [[Paweł|name]]'s big dog". Informed SW
[[L Beevers|name]] at 09:10.
"""),
]

DOCS_C += [
    ("section 47 enquiry outcome and single assessment summary", """WENT VALLEY COUNCIL - CHILDREN AND FAMILIES - SECTION 47 ENQUIRY:
OUTCOME
Children: [[Zofia WIŚNIEWSKA|name]] (12), DOB [[8 March 2014|dob]], NHS [[913 943 9925|nhs]]; [[Jakub WIŚNIEWSKI|name]] (7), DOB
[[22 October 2018|dob]], NHS [[663 921 5918|nhs]]
Address: [[18 Chequerfield Drive|address]], [[Pontefract|place]], [[WF8 2TQ|postcode]]     Social worker: [[Laura Beevers|name]]
Enquiry started: [[22/09/2026|date]]     Completed: [[06/10/2026|date]]     Interpreter: [[Bożena Zając|name]] (Polish), by phone and
in person

Family and background. Mother, [[Agnieszka Nowak|name]] (36), works nights at a distribution warehouse at [[Ferrybridge|place]].
Father, [[Tomasz Wiśniewski|name]] (39), a forklift driver until March, now out of work. The family came from [[Sosnowiec|place]],
near [[Katowice|place]], in 2016; [[Jakub|name]] was born at Pinderfields. The maternal grandmother, Mrs [[Halina Nowak|name]], lives
in [[Sosnowiec|place]] ([[ul. Mickiewicza 12/4|address]], [[41-200|postcode]]; [[+48 32 254 71 90|phone]]) and the mother's brother,
[[Paweł Nowak|name]], in [[Będzin|place]] ([[+48 601 472 389|phone]]). The children call their grandmother "Babcia
[[Halinka|name]]".

What [[Zofia|name]] said (seen alone at school on [[22 September|date]] and on [[1 October|date]] with the interpreter; she
chose to speak English): her father "drinks vodka from Friday to Sunday" and "grabs". He grabbed her arm when she would not
translate at the bank on Friday [[18th|date]]. She looks after [[Kuba|name]] when her mother is at work and her father is "asleep
on the sofa". She worries about money and that "Mama will be sent back to Poland". She would like her father to
"stop drinking, not go away".
What [[Jakub|name]] said: "Tata is loud. [[Zosia|name]] puts headphones on me."
Father: admitted grabbing [[Zofia|name]]; said his drinking is "normal in Poland", then agreed it has got worse since losing his
job. Police: released under investigation, bail not to return to the address until [[20 October|date]] - staying at [[Andrzej
Mazur|name]]'s flat, [[Flat 7, 33 Horsefair|address]], [[Pontefract|place]]. Mother: frightened, but protective; she has not
told her family in Poland.
Outcome: concerns substantiated (physical harm, emotional harm through domestic abuse, a young carer). Not to conference:
a Child in Need plan with mother's agreement: [[Wakefield|place]]'s adult drug and alcohol service for the father,
DA support for the mother (Foundation), young carers' service for [[Zofia|name]], Polish-speaking family support through the
church on [[Southgate|address]] (Fr [[Krzysztof|name]]). Review: [[3 November 2026|date]]. [[L. Beevers|name]], SW
"""),
]

DOCS_C += [
    ("a mother's Messenger chat in Polish with a friend, typed up and translated", """[Facebook Messenger chat between
[[Agnieszka Nowak|name]] and her friend [[Ewelina Kowalczyk|name]] ("[[Ewelina K|name]]"),
[[23|date]] to [[30 September 2026|date]], shown to SW [[Laura Beevers|name]] by the mother on [[30.09.2026|date]] from her phone and
typed up with her consent; translated from Polish by [[Bożena Zając|name]] (interpreter). Polish as written, without all the
accents; the translation follows each message in brackets.]

[[23.09|date]] 07:12 [[Ewelina K|name]]: [[Aga|name]] jak dzieci? [[Zosia|name]] spala dobrze?
   ([[Aga|name]], how are the kids? Did [[Zosia|name]] sleep well?)
[[23.09|date]] 07:30 [[Agnieszka|name]]: spala z [[Kuba|name]] na materacu. [[Tomek|name]] dzwonil 14 razy z komisariatu
   (She slept with [[Kuba|name]] on the mattress. [[Tomek|name]] rang 14 times from the police station.)
[[23.09|date]] 07:31 [[Ewelina K|name]]: Nie odbieraj. Ta pani z socjalu, [[Laura|name]], jest ok?
   (Don't answer. The lady from social services, [[Laura|name]], is she OK?)
[[24.09|date]] 21:40 [[Agnieszka|name]]: Mama mowi zebym wrocila do [[Sosnowca|place]] z dziecmi. [[Pawel|name]] moze nas odebrac z
[[Katowic|place]]
   (Mum says I should go back to [[Sosnowiec|place]] with the children. [[Paweł|name]] can pick us up from [[Katowice|place]].)
[[25.09|date]] 06:55 [[Ewelina K|name]]: A szkola? [[Zosia|name]] ma egzaminy w maju
   (And school? [[Zosia|name]] has exams in May.)
[[27.09|date]] 23:58 [[Agnieszka|name]]: [[Tomek|name]] stal pod domem o 23. Pijany. Mowil ze kupil bilety Ryanair z [[Leeds|place]] na
[[29|date]]
   ([[Tomek|name]] was standing outside the house at 11pm. Drunk. He said he bought Ryanair tickets from [[Leeds|place]] for the
   [[29th|date]].)
[[28.09|date]] 00:03 [[Ewelina K|name]]: DZWON 999!!! nie wolno mu tu byc
   (CALL 999!!! He is not allowed to be here.)
[[28.09|date]] 00:20 [[Agnieszka|name]]: poszedl. Jutro jedziemy do babci na pogrzeb wujka [[Staszka|name]]. Tylko 4 dni
   (He went. Tomorrow we go to Granny's for uncle [[Staszek|name]]'s funeral. Only 4 days.)
[[28.09|date]] 00:21 [[Agnieszka|name]]: adres mamy gdyby cos: [[Mickiewicza 12/4|address]], [[41-200|postcode]] [[Sosnowiec|place]]
   (Mum's address in case of anything: [[Mickiewicza 12/4|address]], [[41-200|postcode]] [[Sosnowiec|place]].)
[[30.09|date]] 10:15 [[Agnieszka|name]]: Wrocilysmy wczesniej. [[Laura|name]] przyjdzie o 12
   (We came back early. [[Laura|name]] is coming at 12.)
"""),
]

DOCS_C += [
    ("letter to a mother confirming a child in need plan", """Went Valley Council
Children and Families, [[Pontefract|place]] Area Team
Private and confidential
Ms [[A. Nowak|name]]
[[18 Chequerfield Drive|address]]
[[Pontefract|place]]
[[WF8 2TQ|postcode]]
                                                                          [[9 November 2026|date]]
                                                                          Our ref: CIN/26/30912
Dear [[Agnieszka|name]],

Child in Need review for [[Zofia|name]] and [[Jakub|name]] - [[3 November 2026|date]]

Thank you for meeting with me, [[Bożena|name]] (interpreter), Mr [[Shillito|name]] from [[Chequerfield Academy|school]] and [[Claire
Pogson|name]] from the young carers' service at the school on Tuesday [[3 November|date]]. This letter is a short record of what we
agreed. A copy in Polish will follow.

1. [[Tomasz|name]] is not living at home. His bail ended on [[20 October|date]] and he has agreed in writing not to come to the
house while he is drinking. He is staying with Mr [[Mazur|name]] in [[Pontefract|place]] and is going to the alcohol service at
[[Castleford|place]] (his worker is [[Dean Speight|name]]). He will see the children on Saturdays at the family centre on
[[Northgate|address]], supervised by [[Shabana Akhtar|name]], from [[14 November|date]].
2. [[Zofia|name]] has started at the young carers' group on Wednesdays. She told us she is "less tired" and does not want to
be "the translator for everything". Please use the interpreter (Language Line) for letters and calls, not [[Zofia|name]].
3. You have an appointment with the Foundation domestic abuse service on [[12 November|date]] ([[Hayley|name]], [[01977 611 482|phone]]).
4. You asked about going back to Poland. We talked about this: it is your choice as a parent, and we would ask you to tell
us first so that we can share information with the social services in [[Sosnowiec|place]] (MOPS) if you want that.
5. Next review: [[8 December 2026|date]] at 4pm, at the school.

If you are worried about your safety or the children's, call 999. You can reach me on [[01977 645 107|phone]] or
[[laura.beevers@wentvalley.gov.uk|email]].

Yours sincerely,

[[Laura Beevers|name]]
Social Worker
cc: [[Tomasz Wiśniewski|name]] (by post, [[Flat 7, 33 Horsefair|address]], [[Pontefract|place]], [[WF8 1PH|postcode]])
"""),
]


# --- D. Hirst / Rook family (white British, kinship care), South Elmsall -------------------------------------------------

HOME_D = d.Address("22 Ash Grove", "", "South Elmsall", "WF9 2NR")
DAD_D = d.Address("Flat 11, Beechfield House, Balby Road", "Balby", "Doncaster", "DN4 0RE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Hirst")], dt.date(2017, 2, 4), addresses=[HOME_D], ids=["9185171786", "U384218710616"],
       schools=["Elmsall Beck Primary School"]),
    _p("s", "sibling", [("Poppy", "Hirst")], dt.date(2019, 7, 12), addresses=[HOME_D], ids=["8241080557"],
       schools=["Elmsall Beck Primary School"]),
    _p("m", "mother", [("Jade", "Hirst")], dt.date(1998, 5, 25), ids=["4675834116", "TW 83 25 61 D"]),
    _p("f", "father", [("Liam", "Rook")], dt.date(1995, 12, 6), addresses=[DAD_D], phones=["07715 283 904"]),
    _p("g", "grandparent", [("Pauline", "Hirst")], dt.date(1966, 10, 30), addresses=[HOME_D], phones=["07969 071 628"],
       ids=["RB 52 08 94 C"]),
    _p("p1", "professional", [("Rebecca", "Moxon")], phones=["01924 224 580"], emails=["rebecca.moxon@wentvalley.gov.uk"]),
], "c")

DOCS_D = [
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Schedule to the SG Regulations 2005) - EXTRACT:
SECTIONS 1, 4, 7 AND 11
Applicant: Mrs [[Pauline HIRST|name]]   DOB [[30/10/1966|dob]]   NI [[RB 52 08 94 C|ni]]
Address: [[22 Ash Grove|address]], [[South Elmsall|place]], [[Pontefract|place]], [[WF9 2NR|postcode]]   Tel [[07969 071 628|phone]]
Children: [[Alfie HIRST|name]] (DOB [[04/02/2017|dob]], UPN [[U384218710616|upn]]); [[Poppy HIRST|name]] (DOB [[12/07/2019|dob]])
Assessor: [[Rebecca Moxon|name]], kinship assessing social worker, Went Valley Council     Completed: [[27 November 2026|date]]

1. The children. [[Alfie|name]] (9) and [[Poppy|name]] (7) have lived with their maternal grandmother since [[13 March 2025|date]],
first under a child arrangements order and, since the care proceedings, as connected carers. Their mother, [[Jade Hirst|name]],
is serving a sentence at HMP New Hall; her expected release is spring 2027. [[Alfie|name]]'s and [[Poppy|name]]'s father,
[[Liam Rook|name]], lives in [[Balby|place]], [[Doncaster|place]], and has had no direct contact since [[Christmas Eve 2024|date]].
Both children attend [[Elmsall Beck Primary School|school]] ("[[Elmsall Beck|school]]"); [[Alfie|name]] has an EHCP (autism), and the
school's SENCo, Mrs [[Jane Rook|name]] (no relation to the father), describes him as "transformed since he moved to Nana's".

4. The applicant. [[Pauline|name]] is 60, a retired school cook at [[Minsthorpe|school]], who lives with her partner of 12 years,
Mr [[Keith Lumley|name]] (DOB [[19.04.1961|dob]]), a former miner at Frickley Colliery. She has raised three children of her own;
her son [[Craig Hirst|name]] lives in [[Upton|place]] and her younger daughter, [[Kelly Whyke|name]], in [[South
Kirkby|place]]. Both
help with school runs. Health: type 2 diabetes, controlled; her GP, Dr [[Obi|name]] at Moorthorpe Surgery, supports the
application. DBS checks on [[Pauline|name]] and [[Keith|name]] clear; [[Keith|name]] has a 1984 conviction (public order,
during the miners' strike) which is not relevant to the care of children.

7. Relationship with the parents. [[Pauline|name]] is clear that [[Jade|name]] "is my daughter and I love her, but she can't
put them through it again". She takes the children to visit at New Hall monthly (visits [[5 October|date]], [[2 November|date]],
[[30 November|date]]). She is frightened of [[Liam|name]], who threatened her on [[Barnsley Road|address]] in [[Moorthorpe|place]]
in 2024 after a court hearing; she would like any contact with him to be supervised at a centre.

Appendix (section 4): key dates, from the chronology
[[04/02/2017|date]] [[Alfie|name]] born, Pinderfields; [[12/07/2019|date]] [[Poppy|name]] born. [[Jade|name]] and [[Liam|name]] at
[[3 Cherry Tree
Walk|address]], [[Upton|place]], [[WF9
1HU|postcode]] until [[31/10/2021|date]]. [[14/05/2022|date]] police called to a fight at the [[Doncaster Road|address]] flat
in [[South Elmsall|place]]; [[Liam|name]] cautioned. [[13/03/2025|date]] [[Jade|name]] arrested; the children to [[Pauline|name]] that
night.
[[20/03/2025|date]] child arrangements order (interim). [[02/09/2025|date]] [[Alfie|name]] diagnosed (Dr [[Ruth Oyelaran|name]], CDC).
[[11/06/2026|date]] [[Jade|name]] sentenced at Leeds Crown Court. [[07/09/2026|date]] care proceedings issued.

11. Recommendation. Special guardianship order for [[Pauline Hirst|name]], with a support plan (financial allowance, life
story work, post-order support, help with [[Alfie|name]]'s EHCP review). [[R. Moxon|name]], SW, [[01924 224 580|phone]]
"""),
]

DOCS_D += [
    ("a grandmother's handwritten letter to the court, scanned with OCR", """[Scanned from a handwritten letter (2 pages, blue biro)
attached to the special guardianship application; the text is
the scanner's OCR, not corrected, so line breaks fall where the writing did. Filed by the court's admin on [[01/12/2026|date]].]

To the Judge at Wakefield
                                                           [[22 Ash Grove|address]]
                                                           [[South Elmsa11|place]]
                                                           [[WF9 2NR|postcode]]
                                                           [[25th Nov 2026|date]]
Dear Sir or Madam,
My name is [[Pau1ine Hirst|name]] I am [[A1fie|name]] and [[Poppy|name]]s
Nana. I have had them since [[13th March|date]] last year when the police
came for our [[Jade|name]]. I am writing because the social worker [[Rebecca
Moxon|name]] said I could tell you myself in my own words.
[[A1fie|name]] was not talking to nobody when he came to me, he used to
hide under the table at [[E1msall Beck|school]]. Now he is in the school
play. [[Poppy|name]] still wets the bed some nights but she is happy and
she has a best friend called [[Daisy-Mae|name]] who lives at [[no. 9|address]].
Me and [[Keith|name]] are not young but we are fit and my son [[Craig|name]] and
my [[Ke11y|name]] help out. I want to be there Nana and there Mum until
[[Jade|name]] is well, and if she never is then for always.
I do not want them going to there Dad [[Liam|name]] unless some body is watching
him. He came to the house on [[Boxing Day|date]] 2024 drunk and kicked the door
in and [[Poppy|name]] saw it. He has a new girlfriend in [[Ba1by|place]] called
[[Shanice|name]] I don't know her second name.
Please let me keep them. I have put there school reports in.
Yours faithfully
[[P. Hirst|name]] (Mrs)
([[07969 071 628|phone]])
"""),
]

DOCS_D += [
    ("supervised family time record at a contact centre", """FAMILY TIME (CONTACT) - SESSION RECORD          Went Valley Council, Family
Time Service
Children: [[Alfie Hirst|name]] and [[Poppy Hirst|name]]     Adult: [[Liam ROOK|name]] (father)     Supervisor: [[Nasreen Bibi|name]]
Venue: Hemsworth Family Centre, room 2        Date: Saturday [[10 October 2026|date]]        Planned: 10:00-11:30
Transport: children brought by Mr [[Keith Lumley|name]] (grandmother's partner), who waited in the car park.

09:50 Father arrived early, sober (no smell of alcohol, clear speech). Brought a bag of sweets and a Lego set for [[Alfie|name]] and
a unicorn soft toy for [[Poppy|name]]. Reminded of the agreement: no talk about the court case or about [[Jade|name]]'s sentence.
10:02 Children brought in. [[Poppy|name]] hid behind Mr [[Lumley|name]]'s legs, then went to her dad after a minute. [[Alfie|name]]
went straight to the Lego and did not look at his father for 10 minutes. Father sat on the floor and helped; good patience.
10:25 Father asked [[Alfie|name]] "Does Nana still make you go to bed at seven?" - redirected. [[Alfie|name]] said "[[Pauline|name]]
says you kicked the door." Father said "I was poorly then, mate. I'm better now." I moved the talk on to the model.
10:40 Snack. [[Poppy|name]] talked about her friend [[Daisy-Mae|name]] and about "Auntie [[Kelly|name]]'s new puppy".
10:55 Father took a call on his phone ([[07715 283 904|phone]] - his own) and went out for 3 minutes; said after it was "my
girlfriend, [[Shanice|name]]". He asked if she could come next time. I said this would need to be agreed by the SW.
11:10 Father asked [[Poppy|name]] where she goes to school now; she said "[[Elmsall Beck|school]], in Mrs [[Rook|name]]'s
group" and laughed that "she has the same name as you". Father did not ask more.
11:25 Goodbyes: [[Poppy|name]] hugged him; [[Alfie|name]] said "bye" without looking. Father tearful. Children handed to Mr
[[Lumley|name]] at 11:31.
Next session: [[24 October|date]] (same time).     Signed: [[N Bibi|name]], Family Time Worker
"""),
]

DOCS_D += [
    ("food bank voucher referral form", """WAKEFIELD DISTRICT FOOD BANK - E-REFERRAL (voucher) - submitted by a registered referral agent
Voucher no. WDF-88417     Date issued: [[16/11/2026|date]]     Collect at: [[South Elmsall|place]] centre (Tues/Fri 10-12),
[[Westfield Lane|address]]
Referral agent: [[Rebecca Moxon|name]] (Went Valley Council, kinship team)     Agent ID: 7712     Tel [[01924 224 580|phone]]
Client name: [[Pauline HIRST|name]]          Postcode: [[WF9 2NR|postcode]]     Phone: [[07969 071 628|phone]]
Household: adults 2 (ages 60, 65); children 2 (ages 9, 7)     Dietary: diabetic (adult); no pork requested: no
Reason for referral (tick one): [x] Benefit delays   [ ] Benefit changes   [ ] Low income   [ ] Debt   [ ] Sickness
Notes (max 300 characters): Kinship carer for two grandchildren. Child benefit for [[Alfie|name]] and [[Poppy|name]] still in the
mother's name; transfer claim sent [[3 November|date]]. Partner ([[Keith|name]]) pension only. Can collect Friday [[20th|date]].
Consent to share with the Citizens Advice energy project: YES
Vouchers issued to this client in the last 6 months: 1 ([[22/06/2026|date]]). Signposting: Citizens Advice; Kinship charity;
household support fund.
"""),
]


# --- E. Lin / Chen family (Fuzhounese Chinese), Hemsworth ---------------------------------------------------------------

HOME_E = d.Address("Flat 1, 41 Barnsley Road", "", "Hemsworth", "WF9 4PD")
NAINAI_E = d.Address("首占镇新亭村32号", "长乐区", "福州", "350212")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Xiaoyu", "Lin"), ("Yvonne", "Lin"), ("晓雨", "林")], dt.date(2011, 4, 27), addresses=[HOME_E],
       ids=["8365652064", "A384289218682"], phones=["07307 845 562"], schools=["Hemsworth Grange Academy"]),
    _p("s", "sibling", [("Haoran", "Lin"), ("Harry", "Lin")], dt.date(2017, 1, 9), addresses=[HOME_E], ids=["8570844093"],
       schools=["Kinsley Fields Primary School"]),
    _p("m", "mother", [("Meiling", "Chen"), ("美玲", "陈")], dt.date(1984, 8, 15), addresses=[HOME_E], phones=["07498 126 554"]),
    _p("f", "father", [("Jianguo", "Lin"), ("建国", "林")], dt.date(1980, 3, 3), addresses=[HOME_E], phones=["07471 355 026"]),
    _p("g", "grandparent", [("Xiuying", "Zheng")], None, addresses=[NAINAI_E], phones=["+86 591 8762 3345"]),
    _p("p1", "professional", [("Stacey", "Firth")], phones=["07880 512 937"],
       emails=["stacey.firth@wentvalley.gov.uk"]),
], "c")

DOCS_E = [
    ("attendance officer's home visit note", """EDUCATION WELFARE / ATTENDANCE SUPPORT - HOME VISIT NOTE
Pupil: [[LIN, Xiaoyu|name]] (known in school as "[[Yvonne|name]]")   DOB [[27-04-2011|dob]]   Year 10   UPN [[A384289218682|upn]]
School: [[Hemsworth Grange Academy|school]]   Attendance: 71.4% this term (unauthorised 38 sessions since [[3 Sept|date]])
Visit: Thu [[1 Oct 2026|date]], 16:20, [[Flat 1, 41 Barnsley Road|address]], [[Hemsworth|place]] [[WF9 4PD|postcode]] (the flat above the
family's takeaway, the Golden Bay)    Officer: [[Gary Womersley|name]]. With [[Wei Zhang|name]] (Mandarin-speaking TA from the school).

No answer at the flat door (side entrance on [[Cross Hill|address]]). Went into the shop. [[Yvonne|name]] was behind the counter in a
school jumper taking phone orders and bagging food. Her father, Mr [[LIN Jianguo|name]], was cooking; her mother, Mrs [[CHEN
Meiling|name]], was at the fryer. A younger boy (her brother, [[Harry|name]], 9) was doing homework on a stool in the back by the
woks. Mr [[Lin|name]] speaks some English; Mrs [[Chen|name]] speaks Fuzhounese and Mandarin - [[Wei|name]] interpreted.

[[Yvonne|name]] said she works "5 till close" (about 00:30) Thursday to Sunday and "helps" on Mondays when the delivery driver,
[[Ah Keung|name]], is off. She gets up at 7 and walks [[Harry|name]] to [[Kinsley Fields|school]]. She has fallen asleep in lessons
(reports from her tutor Mr [[Hargreaves|name]]). Mr [[Lin|name]] said the shop is "family business, she learns"; he said they
cannot pay staff since a loan. He said "I pay back a man in [[Leeds|place]]" and would not say more.
[[Wei|name]] spoke with Mrs [[Chen|name]] alone in the yard: she cried, said she is "very tired, no sleep", that her husband
"plays on the phone casino every night" and that the man from [[Leeds|place]] came on Sunday [[27th|date]] and "shouted at
[[Xiaoyu|name]]". She said her mother in [[Changle|place]] ([[福州|place]]) wants them to send [[Harry|name]] "home" to live with her.

Advice given: child employment law (a child of 15 may not work after 7pm, nor more than 12 hours in a school week); parents
told the local authority licenses child workers. Referral: to the Early Help hub today and a call to the front door
(duty SW [[Stacey Firth|name]]) at 17:40 because of the lender. Home phone: none. Father [[07471 355 026|phone]].
[[G. Womersley|name]], Attendance Officer
"""),
]

DOCS_E += [
    ("WeChat messages between a girl and a school teaching assistant, in Chinese and English, typed up and translated", """[WeChat
messages between [[Lin Xiaoyu|name]] ("[[晓雨|name]] 🌧️") and [[Wei Zhang|name]] (TA, [[Hemsworth Grange|school]]), [[4|date]]-[[11
October 2026|date]]. Shown by [[Wei|name]] to the DSL, Ms [[Farah Iqbal|name]], on [[12/10/2026|date]] and copied with [[Xiaoyu|name]]'s
agreement. Chinese translated by [[Wei|name]]; English as written. Times left out.]

[[10月4日|date]]
[[晓雨|name]] 🌧️: [[张|name]]老师 今天那个人又来了 他说下个星期再不还钱就找我
   (Miss [[Zhang|name]], that man came again today. He said if we don't pay back next week he'll come for me)
[[Wei Zhang|name]]: Are you safe now? Where is your dad?
[[晓雨|name]] 🌧️: dad went to casino in [[leeds|place]] with uncle [[ming|name]]. mum crying. [[harry|name]] is asleep
[[Wei Zhang|name]]: Lock the door. If he comes back ring 999. I will tell Ms [[Iqbal|name]] tomorrow.
[[10月6日|date]]
[[晓雨|name]] 🌧️: 奶奶说让[[浩然|name]]回[[长乐|place]] 我不想他走
   (Granny says [[Haoran|name]] should go back to [[Changle|place]]. I don't want him to go)
[[晓雨|name]] 🌧️: she says he can go to school in [[fuzhou|place]] and she will look after him. mum says maybe in the summer
[[Wei Zhang|name]]: That is a big decision for your parents. The social worker [[Stacey|name]] can help them think about it.
[[10月8日|date]]
[[晓雨|name]] 🌧️: can I not come tmr I have to do the lunch shift, [[ah keung|name]] quit
[[Wei Zhang|name]]: Please come to school. I will ask [[Stacey|name]] to ring your mum with an interpreter.
[[10月11日|date]]
[[晓雨|name]] 🌧️: 阿姨 谢谢你 社工今天来了 爸爸说他不去赌了
   (Auntie, thank you. The social worker came today. Dad says he won't gamble any more.)
[[晓雨|name]] 🌧️: my nainai number is [[+86 591 8762 3345|phone]] if social worker needs it. she only speak our dialect
"""),
]

DOCS_E += [
    ("early help assessment", """EARLY HELP ASSESSMENT (EHA) - Went Valley Council Early Help Hub, [[Hemsworth|place]] and
[[South Kirkby|place]] locality
Family: [[LIN|name]] / [[CHEN|name]]     Address: [[Flat 1, 41 Barnsley Road|address]], [[Hemsworth|place]], [[WF9 4PD|postcode]]
Lead professional: [[Wei Zhang|name]], TA and family link, [[Hemsworth Grange Academy|school]] (with [[Stacey Firth|name]], SW, for
the first month: [[stacey.firth@wentvalley.gov.uk|email]], [[07880 512 937|phone]])     Assessment date: [[19 October 2026|date]]
Interpreter: Mandarin, [[Li Na Howarth|name]] (Language Line), in person; mother's Fuzhounese (a Fujian dialect) partly through
[[Xiaoyu|name]] -
agreed afterwards that this should not happen again.

Family members
- [[Lin Xiaoyu|name]] ([[Yvonne|name]]), 15, DOB [[27/04/2011|dob]], NHS [[836 565 2064|nhs]], Year 10; mobile [[07307 845 562|phone]]
- [[Lin Haoran|name]] ([[Harry|name]]), 9, DOB [[09/01/2017|dob]], NHS [[857 084 4093|nhs]], Year 5, [[Kinsley Fields
Primary School|school]]
- [[Chen Meiling|name]] ([[陈美玲|name]]), mother, 42, DOB [[15/08/1984|dob]], [[07498 126 554|phone]]
- [[Lin Jianguo|name]] ([[林建国|name]]), father, 46, DOB [[03/03/1980|dob]], [[07471 355 026|phone]]
- Paternal grandmother: [[Zheng Xiuying|name]] ([[郑秀英|name]]), [[首占镇新亭村32号|address]],
  [[长乐区|place]], [[福州|place]] [[350212|postcode]];
  [[+86 591 8762 3345|phone]]. Father's brother, [[Lin Jianming|name]] ("Uncle [[Ming|name]]"), [[Leeds|place]] ([[Harehills|place]]),
  [[0113 496 0712|phone]]; father's cousin in [[Fuqing|place]], [[+86 159 6024 8817|phone]].

Child's voice. [[Yvonne|name]]: "I am not a slave, I like helping, but I want to do my GCSEs. I want Dad to stop and the man to
go away. I don't want [[Harry|name]] to go to China - he doesn't even speak our dialect." [[Harry|name]]: likes Minecraft and
football at the Hemsworth Miners Welfare; "the man shouted at Jie Jie" (Jie Jie, "big sister", is what he calls [[Yvonne|name]]).

Strengths: a hard-working family, close; the parents love the children; both children are bright; the mother wants help.
Needs: (1) [[Yvonne|name]]'s hours in the shop - agreed: no work on school nights, home by 9pm at weekends; a licence to be
applied for if she works at all; (2) the father's gambling and a debt of about £14,000 to an unlicensed lender - referral to
GamCare and the Illegal Money Lending Team; police told (crime ref 13260198722); (3) the mother's low mood - GP (Dr [[Tan|name]],
Hemsworth Medical Centre); (4) [[Harry|name]]'s possible move to [[Changle|place]] - the parents agreed not to decide until the
Team Around the Family review on [[16 November|date]].
Signed: [[W. Zhang|name]]; [[S. Firth|name]]. Parents' consent: signed by [[Lin Jianguo|name]] and [[陈美玲|name]].
"""),
]

DOCS_E += [
    ("a girl's online GP consultation form", """[GP online consultation request, submitted through the practice's web form; printed into
the safeguarding record
with the patient's consent by the practice safeguarding lead on [[23/11/2026|date]]. The patient's own words as typed.]

Practice: Hemsworth Medical Centre     Submitted: [[22/11/2026|date]] 01:47
About you
First name: [[Xiaoyu|name]]        Last name: [[Lin|name]]        Preferred name: [[yvonne|name]]
Date of birth: [[27 / 04 / 2011|dob]]        Postcode: [[WF9 4PD|postcode]]        Mobile: [[07307845562|phone]]
Email: [[yvonne.lin2011@icloud.com|email]]
Are you filling this in for yourself? Yes
What is your problem? (in your own words)
i cant sleep, i been awake till 3 or 4 most nights since september. i finish in the shop at 12 then i do homework. i
get really bad headaches and my heart goes fast sometimes. my mum has same problem she is very sad all the time. my
teacher mr [[hargreaves|name]] said i should ask the doctor. i dont want my parents to know i filled this in
How long have you had it? more than 1 month
Have you had thoughts of harming yourself? sometimes i think it would be easier if i wasnt here but i wouldnt do anything
because of [[harry|name]]
Who can we contact? Ms [[Wei Zhang|name]] at school or my auntie [[Lily|name]] [[07508 233 716|phone]]
How would you like us to contact you? Text after 3.30pm, please not in the morning
[Practice response, Dr [[Amanda Tan|name]], [[22/11/2026|date]] 08:15: rang at 15:35, appointment the same day, seen alone; PHQ-A 17;
no plan or intent; safety plan; CAMHS and school nurse referral; safeguarding lead informed; SW [[Stacey Firth|name]] told with
[[Xiaoyu|name]]'s agreement.]
"""),
]


# --- F. Abubakar / Bashir family (Hausa, from Kano in Nigeria), Agbrigg, Wakefield ------------------------------------------

HOME_F = d.Address("8 Cleveland Grove", "Agbrigg", "Wakefield", "WF1 5NG")
FRIEND_F = d.Address("27 Flanshaw Crescent", "Flanshaw", "Wakefield", "WF2 9JE")
KANO_F = d.Address("No. 14 Zoo Road", "Gyadi-Gyadi", "Kano", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Fatima", "Bashir")], dt.date(2025, 3, 14), addresses=[HOME_F, FRIEND_F], ids=["9728444338"]),
    _p("s", "sibling", [("Aisha", "Bashir")], dt.date(2015, 6, 2), addresses=[HOME_F, FRIEND_F], ids=["2735519732", "Q384272516301"],
       schools=["Portobello Vale Primary School"]),
    _p("s2", "sibling", [("Usman", "Bashir")], dt.date(2019, 9, 28), addresses=[HOME_F, FRIEND_F], ids=["6480401301"],
       schools=["Portobello Vale Primary School"]),
    _p("m", "mother", [("Hauwa", "Abubakar")], dt.date(1992, 1, 19), addresses=[HOME_F], phones=["07852 196 340"],
       ids=["8359236690"]),
    _p("f", "father", [("Bashir", "Musa")], None, addresses=[KANO_F], phones=["+234 806 712 4455"]),
    _p("g", "grandparent", [("Binta", "Abubakar")], None, addresses=[KANO_F], phones=["+234 803 614 2290"]),
    _p("pf", "other", [("Maryam", "Bello")], dt.date(1988, 11, 2), addresses=[FRIEND_F], phones=["07958 604 183"]),
    _p("p1", "professional", [("Joel", "Armitage")], phones=["07722 519 064"], emails=["joel.armitage@wentvalley.gov.uk"]),
], "c")

DOCS_F = [
    ("private fostering notification form", """NOTIFICATION OF A PRIVATE FOSTERING ARRANGEMENT (Children Act 1989, s.66) - Went Valley
Council
Completed by: Mrs [[Maryam Bello|name]] (proposed private foster carer), with help from [[Zainab Yusuf|name]] (hospital chaplaincy
volunteer) on [[13/10/2026|date]]. Received by the front door [[14/10/2026|date]].

PART 1 - THE CHILD(REN)
1. Full name: [[Aisha BASHIR|name]]        Date of birth: [[02/06/2015|dob]]       School: [[Portobello Vale Primary School|school]]
2. Full name: [[Usman BASHIR|name]] ("[[Usy|name]]")  Date of birth: [[28/09/2019|dob]]  School: [[Portobello Vale|school]] (Reception)
3. Full name: [[Fatima BASHIR|name]] ("[[Fati|name]]")  Date of birth: [[14/03/2025|dob]]  NHS no. (from the red book): [[972 844 4338|nhs]]
Religion: Muslim     Languages: Hausa, English     Ethnicity: Black African (Nigerian, Hausa)
Home address before the arrangement: [[8 Cleveland Grove|address]], [[Agbrigg|place]], [[Wakefield|place]] [[WF1 5NG|postcode]]

PART 2 - THE PARENTS
Mother: [[Hauwa ABUBAKAR|name]], DOB [[19/01/1992|dob]], tel [[07852 196 340|phone]]. Now in Pinderfields Hospital (Ward 12),
sickle cell crisis, admitted [[10th October 2026|date]]. Student (MSc Public Health) at the University of Huddersfield.
Father: [[Bashir MUSA|name]], lives in [[Kano|place]], Nigeria, [[No. 14 Zoo Road|address]], [[Gyadi-Gyadi|place]]. Tel
[[+234 806 712 4455|phone]]. He knows about the arrangement and agrees (by phone).
Does anyone have a court order for the child? No

PART 3 - THE PROPOSED CARER
Name: [[Maryam BELLO|name]]        DOB: [[02/11/1988|dob]]        Address: [[27 Flanshaw Crescent|address]], [[Flanshaw|place]],
[[Wakefield|place]] [[WF2 9JE|postcode]]        Tel: [[07958 604 183|phone]]
Relationship to the children: family friend (from the same area of [[Kano|place]]; we know each other from the mosque on
[[Agbrigg Road|address]]). Not a relative.
Others in the household: husband [[Yusuf Bello|name]] (DOB [[07/07/1984|dob]]), bus driver; our sons [[Abdullahi|name]] (12) and
[[Ibrahim Bello|name]] (8).
How long will the children stay? "Until [[Hauwa|name]] is well, maybe 6 weeks, maybe more if she has to go back to Nigeria
for treatment."
Signed: [[M. Bello|name]]
"""),
]

DOCS_F += [
    ("a ward nurse's quick notes typed on a phone and emailed to the hospital social worker", """From: [[Chloe Pell|name]]
<[[chloe.pell1@nhs.net|email]]>
Sent: [[12 October 2026|date]] 03:26
To: Hospital Social Work Team, Pinderfields
Subject: ward 12 bed 4 - [[ABUBAKAR|name]] - kids??

sorry typed on my phone on a break, pls pick up in the morning

- pt [[Hauwa Abubakar|name]] 34yo, SCD crisis, adm [[10/10|date]] via ED. on PCA. v anxious re her 3 kids
- says kids are "with [[maryam|name]]" - a friend, [[Maryam Bello|name]], lives [[flanshaw|place]] somewhere? pt gave number
[[07958 604 183|phone]]
- 3 kids: [[aisha|name]] 11, [[usman|name]] 7, baby [[fatima|name]] 19 mo. no family in UK. dad in nigeria ([[kano|place]])
- pt says she will be here "2 wks min", might need exchange transfusion at [[Leeds|place]] (SJUH haem) - prob private fostering?? not sure
  how long counts
- 23:40 friend (mrs [[bello|name]]) rang ward asking for the baby's red book + inhaler for [[aisha|name]] (asthma) + "the
  letter for school"
- 01:10 pt's mum rang from nigeria on pt's mobile, very upset, v loud, wanted to speak to the doctor. I said pt asleep.
  number on pt's phone shows as "Mama [[Kano|place]]" [[+234 803 614 2290|phone]] - pt says thats her mum, Hajiya [[Binta|name]]
- pt asks that NO ONE tells her ex, [[bashir|name]], about hospital - then said "actually he knows, it's fine"? confusing, on
  morphine
- baby not breastfed so no issue there
- pt's student adviser at uni is Dr [[Kemi Adeyemi|name]] (she says)
- pt's neighbour at [[no. 10|address]] (Mrs [[Pickles|name]]) has her key + is feeding the fish

thanks, [[Chloe|name]] (N/C, nights) ext 54412
"""),
]

DOCS_F += [
    ("a grandmother's WhatsApp voice notes in Hausa, transcribed and translated", """[Three WhatsApp voice notes and one typed message
from the children's maternal grandmother, Hajiya [[Binta Abubakar|name]]
([[+234 803 614 2290|phone]], [[Kano|place]]), sent to the mother's phone and, with the mother's agreement, forwarded to SW [[Joel
Armitage|name]] on [[20/10/2026|date]]. Transcribed and translated from Hausa by [[Halima Garba|name]] (interpreter, Hausa/English,
NRPSI 30217). Her notes are in square brackets. The typed message has a line in Ajami (Hausa in Arabic script).]

Voice note 1 - [[16/10/2026|date]] 21:14 (2:03)
Hausa: [[Hauwa|name]], ina kwana? Na ji kin shiga asibiti. Ina [[Aisha|name]] da [[Usman|name]] da [[Fati|name]]? Suna wurin
[[Maryam|name]]?
[[Maryam|name]] 'yar Malam [[Bello|name]] ce ta unguwar [[Gyadi-Gyadi|place]], na san iyayenta. To, Allah ya sa lafiya.
English: [[Hauwa|name]], how are you? I heard you went into hospital. Where are [[Aisha|name]], [[Usman|name]] and [[Fati|name]]?
Are they with [[Maryam|name]]? [[Maryam|name]] is the daughter of Malam [[Bello|name]] from [[Gyadi-Gyadi|place]], I know her
parents. Well, may God make it well.

Voice note 2 - [[17/10/2026|date]] 06:40 (1:37)
English: I have spoken to [[Bashir|name]]. He says he will send money on Monday. He wants the children to come home to [[Kano|place]]
for the long holiday, they can stay with me at [[Zoo Road|address]]. [[Aisha|name]] must keep up her Qur'an, tell [[Maryam|name]] to
take her to the madrasa on Sunday. Your brother [[Nura|name]] in [[Abuja|place]] says he can send the ticket.

Voice note 3 - [[18/10/2026|date]] 22:02 (0:52)
English: Why don't you answer? The lady from the council called me. [[Joel|name]]? Is that a woman or a man? She - he - asked about
the children. I told him they are safe with [[Maryam|name]] and her husband [[Yusuf|name]]. Is that true? Call me, [[Hauwa|name]].

Typed message - [[19/10/2026|date]] 07:12
Ina kaunar jikokina [[عائشة|name]] [[عثمان|name]] [[فاطمة|name]] ❤️ Allah ya kiyaye
[Translation: "I love my grandchildren [[Aisha|name]], [[Usman|name]], [[Fatima|name]] ❤️ May God protect (them)." The names are written in
Ajami.]
"""),
]

DOCS_F += [
    ("private fostering assessment visit record", """PRIVATE FOSTERING - INITIAL VISIT AND ASSESSMENT RECORD (Reg 4 visit within 7 days)
 Went Valley Council
Children: [[Aisha Bashir|name]] (11), [[Usman Bashir|name]] (7), [[Fatima Bashir|name]] (19 months)
Private foster carers: Mr [[Yusuf Bello|name]] and Mrs [[Maryam Bello|name]], [[27 Flanshaw Crescent|address]], [[Flanshaw|place]],
[[Wakefield|place]], [[WF2 9JE|postcode]]     SW: [[Joel Armitage|name]], [[07722 519 064|phone]], [[joel.armitage@wentvalley.gov.uk|email]]
Visit: Tuesday [[20 October 2026|date]], 16:00-17:45, at the carers' home; the children seen; [[Aisha|name]] seen alone in her room.
Interpreter: not needed (carers and children speak English); Hausa interpreter [[Halima Garba|name]] for the call to the
grandmother.

The home: a 3-bedroom terrace near the [[Flanshaw Lane|address]] shops. [[Aisha|name]] shares with the baby (travel cot); [[Usman|name]]
sleeps
with the carers' younger son, [[Ibrahim|name]]. Clean, warm, food in. Smoke alarm works. The baby's red book and [[Aisha|name]]'s
inhaler were brought from [[Cleveland Grove|address]] by the neighbour, Mrs [[Pat Pickles|name]], on [[13 October|date]].
School: [[Aisha|name]] and [[Usman|name]] still at [[Portobello Vale|school]]; Mr [[Bello|name]] drives them (15 minutes). The head,
Mrs [[Sarah Greenwood|name]], says both "are coping, [[Aisha|name]] is very grown up about it - too grown up".
[[Aisha|name]] on her own: "Auntie [[Maryam|name]] is kind but it's not home. I ring Mummy every night at 7. I worry she
will die because of the sickle cell. Kaka wants us to go to [[Kano|place]]. I don't want to go, I was born in
[[Huddersfield|place]]." She asked if she can visit her mum at the hospital at the weekend.
Checks: police and DBS for Mr and Mrs [[Bello|name]] requested; health visitor for the baby ([[Fiona Cass|name]]) informed;
mother's consent (seen on the ward, [[19/10|date]]) and father's consent by phone ([[+234 806 712 4455|phone]], [[21/10|date]] - he
agrees, and says he is "not able to come to England").
Issues: the mother's student visa and no recourse to public funds - the carers receive nothing for the children; the
grandmother's wish that the children go to [[Kano|place]] for the holidays (the parents have not agreed; passports are with the
mother). Next visit: [[3 November 2026|date]]. Carer's number: [[07958 604 183|phone]]. [[J. Armitage|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 112 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:11 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "fr", "nurse",
           "sister", "coach", "our", "me", "my", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
           "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "tata", "tato", "mama", "babcia", "babci", "dziadek",
           "wujek", "wujka", "ciocia", "pan", "pani", "jie", "jiejie", "nainai", "yeye", "ayi", "laoshi", "老师", "阿姨", "奶奶",
           "hajiya", "alhaji", "malam", "mallam", "kaka", "inna", "baba", "yaya"}
_AFTER = {"senior", "junior", "老师", "jie"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "yorkshire", "west yorkshire",
               "south yorkshire", "north yorkshire", "the north", "poland", "polska", "silesia", "śląsk", "china", "fujian",
               "nigeria", "kano state", "northern nigeria", "africa", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (Polish "Tata", "Mama", "Babcia",
# Chinese "Jie Jie", "Nainai", "老师", "阿姨", Hausa "Hajiya", "Malam", "Kaka") and countries and regions ("Poland", "China",
# "Fujian", "Nigeria", "West Yorkshire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
