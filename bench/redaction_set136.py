"""Set 136: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the
`Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
the files other helpers were writing at the same time (bench/redaction_set134.py, redaction_set135.py, redaction_set137.py and
their tests), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: tests/test_redaction_set21.py in full; of bench/redaction_set21.py its module docstring, its
imports and first record and document, its list of top-level names, and its end (its last document, _PAIRS, NAME, word lists and
HandSet wiring), whose layout and marking conventions are followed here; the docstrings (only) of bench/redaction_set7.py to
redaction_set133.py, printed to a scratch file and searched for the towns, districts and communities of Bury, Radcliffe and
Prestwich and for the communities earlier sets used; the module docstring, `_party`, `Records`, `HandSet` and the opening of
`word_problems` in bench/redaction_handwritten.py; and the ruff and pytest settings in pyproject.toml. Set 15's checker and
bench/redaction_heldout.py were not read (they are only run, through HandSet, on this set's own marking). NHS numbers and UPNs
were made and checked with python-stdnum and phone numbers checked with the phonenumbers library in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake
in the gold marking is found after scoring, correct only the marking and say so here.

Six families in the borough of Bury, each from a town, district or village no earlier set (7 to 133) used as a family's home
(earlier sets used Stubbins in Ramsbottom, Sedgley Park in Prestwich and, for relatives, Summerseat, Tottington, Whitefield
and Radcliffe). Four white British families: a mother with untreated low mood and her partner on the Brandlesholme side of
Bury, with a grandmother in Walmersley (Holden / Birch; a boy of 9 shut in a bolted cupboard under the stairs, a bruise, late
collections, a strategy discussion), a family in Radcliffe with a father in Middleton and a grandmother in Stand (Whittle /
Ashton; a boy of 14 missing three times and criminally exploited by older males with a car and a man known as "Big T", a
mother's partner's threats, a neighbour's letter, an initial conference), a professional family in Holcombe Brook
(Farrington; a girl of 15 with restrictive eating, cutting and a paracetamol overdose, groomed on Discord by a man posing as
a boy of 17 from Drogheda, a father who weighed her every Sunday and complains by email) and grandparents in Unsworth who are
kinship carers (Royle / Bolton; a girl of 3 found in the street in a nappy, a mother using heroin and crack, a special
guardianship assessment, supervised family time, a grandmother's own letter to the judge, voicemails). Two from communities
no earlier set used: an Iraqi Jewish (Sephardi, Baghdadi) family in Whitefield, with a grandmother in Ramat Gan and an aunt in
Kfar Saba (Dellal / Shamash; a boy of 9 with a wrist fracture and belt marks from his father, a mother controlled financially
and without her passport, a family WhatsApp group in Hebrew, Judeo-Arabic in Hebrew letters and English, a rabbi's letter with
a Hebrew date) and a Saraiki-speaking British Pakistani family from Multan in Fishpool, Bury, with a grandmother in Qasimpur
Colony, Multan, and an uncle in Dera Ghazi Khan (Khosa / Bibi; a boy of 13 kept in Pakistan for a term before a cousin's
wedding, a girl of 10 interpreting for her mother, a Forced Marriage Protection Order; names in Urdu (Shahmukhi) script).
24 documents, four a family, each with a style label of its own, half plain professional recording and half the other
writing a case file holds: a school safeguarding log exported from a CPOMS-style system, a social worker's home visit case
note, a mother's and grandmother's Facebook Messenger chat typed up from screenshots, strategy discussion minutes, a return
home interview after a missing episode, a youth worker's notes typed fast on a phone, a neighbour's handwritten letter
scanned and OCR'd (with OCR errors: "Radc1iffe", "Pi1kington"), an initial child protection conference report, a CAMHS
crisis team letter to the GP, a father's email of complaint, a school nurse's online referral form printed to PDF (a form of
dotted leaders), a Discord direct-message extract from a police download, a special guardianship assessment extract, a
supervised family time record, a grandmother's handwritten letter to the judge typed by the court, voicemails on a social
worker's mobile transcribed by admin, an emergency department safeguarding liaison note, a family WhatsApp group in Hebrew,
Judeo-Arabic and English typed up and translated, a child and family assessment's analysis, a rabbi's letter of support, a
children missing education referral form, a home visit note through a Saraiki interpreter, a girl's own words on a "three
houses" worksheet (with her name in Urdu script) and a multi-agency chronology in a pipe table.

Invented: every person, address (house numbers on real or invented streets), phone number, NHS number, UPN, NI number, email
address and vehicle registration. Phone numbers are valid numbers (checked with the phonenumbers library), UK and foreign
(Ireland, Spain, Israel, Pakistan); NHS numbers and UPNs (LA number 351, Bury) pass their check digits; NI numbers have a valid
format. The council (Irwell Moss Council), the schools Woolfold Brook Primary, Fishpool Brook Primary, Sunnybank Fold
Primary, Peel Brow Primary and Tiferet Day School and High School for Girls, the nurseries (Tiny Toes, Little Acorns, Rainbow
Tots), the congregation (Kehal Sephardi Whitefield), the firm (Farrington Surveyors) and the interpreting agency (Pennine
Language Services) are invented; towns, districts, villages, real schools and colleges (Derby High School, Tottington High
School, Radcliffe Riverside School, Bury College), NHS bodies, hospitals, police forces, courts, clubs, brands, apps, games,
parks, trails and festivals are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, Rabbi, Rabbanit, the Hebrew הרב, Nan, Nana, nanna, Nanny, uncle, chacha, Dadi, bhai after a name) stay outside the name
span; a possessive 's and a bare s in texting ("maisie"s, "kerry"s) stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("HOLDEN, Tyler-Jay", "DELLAL, Eli", "Cropper, Ben"), and so is "First SURNAME"
("Tyler-Jay HOLDEN") and an initial with a surname ("K. Fairhurst", "L Openshaw", "D. Kenyon"); initials alone ("HG", "LO",
"PH", "NB" as action owners in minutes) are not marked; a name broken by a line break is one span holding the break, and so is
an address, a place, a school or a date; social media handles and account names ("grace.xo11", "fionn_dda",
"m.whittle_rdc") are not marked, but a display name that is a person's plain name is ("izzy", "Fionn"); a sender saved under a
kinship word ("Nana") is not a name. A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address, and so is a neighbour's bare house number ("no. 25", "no. 43", "no 14"), in words too in a
voicemail ("twenty-two", "forty-three"), and an address abroad ("Calle Bélgica 12", Los Cristianos; "Block 14", Dera Ghazi
Khan); towns, cities, villages, districts and estates are places at home or abroad, in any script and in short forms
("Besses", "Stand", "DG Khan", "D.G. Khan", "רמת גן", "Bombay"); countries, counties and regions are not ("Israel",
"pakistan", "Lancashire"); organisations are not marked even when they hold a town's or a person's name (Tottington Medical
Practice, Ramsbottom Health Centre, Royal Bolton Hospital, North Manchester General Hospital, Whitefield Medical Practice,
Fishpool Children's Centre, Irwell Moss Council, the Family Court at Manchester, Manchester Airport, Tottington St John's); a
school's, college's or nursery's name is a school, and so is its short form and a child's lower-case form ("Tottington High",
"Sunnybank Fold", "fishpool brook", "derby high"); a date of birth is dob, any other calendar date with a day is date (a
weekday before it stays outside), and the bare day in a range or a letter ("13"-"15 November 2026", "7"-"8 November", "the
14th") is a date span of its own; months and years alone are not marked ("Feb 2023", "Jan 2024", "June"); pets' names
("Bramble") are not names; a firm named after people marks only the name ("[[Farrington|name]] Surveyors"); parks, trails,
stations and landmarks stay unmarked (Close Park, Philips Park, the Kirklees Valley trail, Victoria station, Bury Town Hall,
Radcliffe Market, Radcliffe Library); a surname or first name that is also a word or a town is marked by what it refers to
(Summer, Hope, Bolton, Heywood, Lord and Sunderland are names when they are people, and Bolton and Heywood are places when
they are places); a name in another script (Hebrew "רחל", "נונה", "יהודה מועלם"; Urdu "عائشہ", "حمزہ شہباز") is a name; a
team, service or branch named by its town marks the town ("[[Bury|place]] North Team", "GMP [[Bury|place]] PVP", "the
[[Bury|place]] Integrated Front Door", "CAMHS ... ([[Bury|place]])").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: text read wrongly by OCR
is marked as it reads ("[[Radc1iffe|place]]", "[[16 Mi1ltown St|address]]", "[[Gemma Pi1kington|name]]"); an alias or street
name used by an exploiter ("Big T", "big t") and a false name used online ("Fionn") are names; a child's nickname ("TJ",
"Izzy", "Sabi", "Mase", "Kai") and a teacher's nickname ("Miss Sunshine") are names, while "Abba" and the Hebrew "אבא"
(father), "ami"/"ammi" (mother), "Dadi" and "chacha" are kinship words and not names; a grandmother's pet name for a girl
("Nona", "נונה") is a name; in a WhatsApp group's title the family name in Hebrew letters ("שמש", also the word for "sun") is
a name; an island that is a destination ("Tenerife") is a place, as set 21's Peros Banhos was; a mohalla or colony given as a
grandmother's address ("Qasimpur Colony", Multan) is an address; a Hebrew calendar date with a day ('כ"א כסלו תשפ"ז') is a
date; a group on a social network named after a village ("the Holcombe Brook community Facebook page") marks the village; a
girl writing "the Bury college" means the college and marks a school; a name printed on a football shirt ("KAIDEN 7") marks
the name; airport codes (MAN-ISB-MUX), hospital numbers, case, exhibit, missing-person and court references, an
interpreter's registration number and flight numbers are not marked; festivals and the Sabbath (Chanukah, Shabbos) are not
dates.

Self-check without the detector: `python -m bench.redaction_set136` (and tests/test_redaction_set136.py) runs set 15's
checker (which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
912 gold spans, 480 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Holden / Birch family (white British), Brandlesholme, Bury -------------------------------------------------------

HOME_A = d.Address("27 Brandlesholme Road", "Brandlesholme", "Bury", "BL8 1DL")
NAN_A = d.Address("6 Dunster Road", "Walmersley", "Bury", "BL9 6JQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Holden")], dt.date(2017, 4, 2), addresses=[HOME_A], ids=["9680673626", "L351258430021"],
       schools=["Woolfold Brook Primary School"]),
    _p("s", "sibling", [("Poppy", "Birch")], dt.date(2023, 1, 19), addresses=[HOME_A], ids=["2702090338"]),
    _p("m", "mother", [("Jade", "Holden")], dt.date(1997, 8, 30), addresses=[HOME_A], phones=["07712 488 301"]),
    _p("f", "partner", [("Callum", "Birch")], dt.date(1995, 2, 11), addresses=[HOME_A], phones=["07845 112 960"]),
    _p("g", "grandparent", [("Sandra", "Holden")], dt.date(1970, 6, 5), addresses=[NAN_A], phones=["0161 764 2298"]),
    _p("p1", "professional", [("Hayley", "Greenhalgh")], phones=["0161 253 6190"], emails=["h.greenhalgh@irwellmoss.gov.uk"]),
], "c")

DOCS_A = [
    ("school safeguarding log exported from a CPOMS-style system", """[[Woolfold Brook Primary School|school]] - safeguarding
incidents export
Student: [[HOLDEN, Tyler-Jay|name]]   Year 4   DOB [[02/04/2017|dob]]   UPN [[L351258430021|upn]]
Filter: all categories, [[01/09/2026|date]] to [[20/11/2026|date]]

[[09/10/2026|date]] 08:52  Category: Physical injury   Recorded by: [[K. Fairhurst|name]] (class teacher)
[[TJ|name]] came in with a purple mark on his left cheek, about 3cm. Said "[[Poppy|name]] hit me with her beaker". Mum ([[Jade|name]]) at
the gate said the same. Body map done. Alerted: Mrs [[Openshaw|name]] (DSL).
  Action ([[09/10|date]]) [[Lorna Openshaw|name]]: spoke to [[TJ|name]] in the nurture room, account consistent, no further action, monitor.

[[23/10/2026|date]] 15:20  Category: Collection   Recorded by: [[Wes Barlow|name]] (TA)
Not collected at 3.15. Tried [[07712 488 301|phone]] x3 (no answer) and nan [[0161 764 2298|phone]]. Nan ([[Sandra|name]]) came at
4.05 from [[Walmersley|place]] on the bus, said mum was "in bed poorly". [[TJ|name]] asked "can I come to yours nanna".

[[03/11/2026|date]] 10:40  Category: Disclosure   Recorded by: [[Wes Barlow|name]]
In the reading group [[TJ|name]] said "[[Callum|name]] put me in the cupboard under the stairs cos I was
cheeky and turned the light off". Said it was "Saturday night" and he "wet himself a bit". Said [[Cal|name]]
throws the Xbox controller. I did not ask anything else. Passed straight to [[Lorna|name]].
  Action ([[03/11|date]] 11:15) [[L Openshaw|name]]: referral to the [[Bury|place]] Integrated Front Door, spoke with SW
  [[Hayley Greenhalgh|name]], [[0161 253 6190|phone]]. Strategy discussion set for [[4 Nov|date]].
  Action ([[04/11/2026|date]]) [[Lorna Openshaw|name]]: attended strategy (Teams). S47 agreed. ICPC to follow.

[[12/11/2026|date]] 09:05  Category: Attendance   Recorded by: office ([[Bev Crompton|name]])
Absent, no call. Mum texted at 9.40 "hes got a temp". Third Monday absence this term.

[[19/11/2026|date]] 14:30  Category: Other   Recorded by: [[K Fairhurst|name]]
[[TJ|name]] drew his house for "my safe places" with nan's house as the "safe" one. Said he likes it at "nannas in
[[walmersley|place]]" because
"nobody shouts and theres a dog called Bramble". Drawing scanned to file.
"""),
    ("social worker's case note of a home visit", """CASE NOTE   Irwell Moss Council Children's Social Care
Child: [[Tyler-Jay Holden|name]] ([[02.04.2017|dob]]); sibling [[Poppy Birch|name]] ([[19.01.2023|dob]])
Address: [[27 Brandlesholme Road|address]], [[Brandlesholme|place]], [[Bury|place]] [[BL8 1DL|postcode]]
Type: Unannounced home visit, S47 enquiry   Date: Thursday [[5th November 2026|date]], 16:10-17:25
Worker: [[Hayley Greenhalgh|name]], Social Worker, [[Bury|place]] North Team; with [[Imran Siddique|name]] (Student SW)

Present: [[Jade Holden|name]] (mum), [[Tyler-Jay|name]], [[Poppy|name]]. [[Callum Birch|name]] arrived at 16:50 from work (he
fits kitchens for a firm in [[Ramsbottom|place]]). A neighbour, [[Trish|name]] from [[no. 25|address]], was in the kitchen
when we came and left straight away.

The home: warm, cluttered but acceptable. There is a cupboard under the stairs with a bolt on the outside at adult
height; [[Jade|name]] said it is "for the hoover, so [[Poppy|name]] can't get the bleach". No bulb in the cupboard. I asked
[[Callum|name]] to take the bolt off and he did it while we were there, saying "[[Jade|name]]'s mum has been stirring".

[[Tyler-Jay|name]] (he likes "[[TJ|name]]") showed me his room. Seen alone for ten minutes. He said the same as at school: "[[Callum|name]]
shut me in cos I was being cheeky to mum". He said it happened "two times". He said he likes it best at "Nanna
[[Sandra|name]]'s". He worries about [[Poppy|name]] "because she's only little".

[[Jade|name]] said she has been low since [[Poppy|name]]'s birth and stopped her sertraline in summer. She is registered at
Tottington Medical Practice. She agreed to see her GP and to the children staying at her mum's in [[Walmersley|place]] this
weekend ([[7|date]]-[[8 November|date]]). [[Callum|name]] said he "never locked anybody in" and that [[TJ|name]] "tells stories like
his dad" ([[Ricky Tomlinson|name]], last known in [[Farnworth|place]], no contact since 2021).

Plan: ICPC being arranged; safety plan (no physical chastisement, no use of the cupboard, [[Sandra Holden|name]] as
safe adult, [[6 Dunster Road|address]], [[Walmersley|place]], [[BL9 6JQ|postcode]]); check with the GP and Fairfield
General Hospital ED for any attendances; speak to [[Ricky|name]] if he can be found.
[[H. Greenhalgh|name]]  [[05/11/26|date]]
"""),
    ("mother's and grandmother's Facebook Messenger chat typed up from screenshots", """Screenshots given by [[Sandra Holden|name]] to SW
on [[10/11/2026|date]], typed up exactly as written (spelling kept). Names on screen: "[[Jade Holden|name]]" and "[[Sandra Holden|name]]".

[[Sandra Holden|name]]  Sat 19:02
is [[tj|name]] ok he sounded upset on the phone love

[[Jade Holden|name]]  Sat 19:15
hes fine mum stop it. [[cal|name]] just shouted at him for the xbox

[[Sandra Holden|name]]  Sat 19:16
i heard him crying [[jade|name]]. bring him and the baby up here tonight ill pay the taxi

[[Jade Holden|name]]  Sat 19:40
no. [[cal|name]] says if u ring social again we r done with u. u no what hes like

[[Sandra Holden|name]]  Sat 19:41
i havent rang anyone!! it was school. auntie [[bev|name]] says the same, he needs to go

[[Jade Holden|name]]  Sun 10:12
sorry mum. can u have them next wkend. im going to see dr [[patel|name]] on monday [[16th|date]]

[[Sandra Holden|name]]  Sun 10:14
course i can. ill get [[kerry|name]] next door to drop me down in her car. love u x

[[Jade Holden|name]]  Sun 10:20
dont tell [[cal|name]]. hes at his brother [[daz|name]]s in [[radcliffe|place]] till tea. x

[[Sandra Holden|name]]  Wed 21:55
[[tj|name]] says u went to [[prestwich|place]] today to see [[callum|name]]s mam, is he ok with her?

[[Jade Holden|name]]  Wed 22:03
yeh shes nice, [[Maureen|name]]. she lives on [[butterstile lane|address]] by the park
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (s47 Children Act 1989)
Date: [[4 November 2026|date]], 14:00, MS Teams     Chair: [[Donna Whitworth|name]], Team Manager, [[Bury|place]] North
Children: [[Tyler-Jay HOLDEN|name]] (DOB [[2 April 2017|dob]], NHS [[968 067 3626|nhs]]) and [[Poppy BIRCH|name]] (DOB
[[19 January 2023|dob]], NHS [[270 209 0338|nhs]]), both of [[27 Brandlesholme Road|address]], [[Bury|place]] [[BL8 1DL|postcode]]

Present: [[Donna Whitworth|name]] (Chair); [[Hayley Greenhalgh|name]] (SW); DC [[Paul Hesketh|name]] (GMP [[Bury|place]] PVP);
[[Lorna Openshaw|name]] (DSL, [[Woolfold Brook Primary|school]]); [[Nicola Brierley|name]] (Health Visitor, 0-19 service);
Dr [[Amir Rashid|name]] was sent the invitation but could not attend (GP, Tottington Medical Practice).

1. Information shared
School: [[TJ|name]]'s disclosure of [[3 November|date]] (shut in the cupboard under the stairs, light off, wet himself). A mark on
his cheek on [[9 October|date]] (explained). Late collections ([[23/10|date]]). Attendance 88%.
Police: [[Callum Birch|name]] (DOB [[11/02/1995|dob]]) - two call-outs to a previous address on
[[Hornby Street|address]], [[Bury|place]] (verbal argument with an ex-partner, [[Shannon Kelsall|name]], 2022); no
convictions. A vehicle [[MA68 KZT|vehicle]] is registered to him.
Health: [[Poppy|name]] is up to date with checks; mum scored high on the postnatal mood screen in Feb 2023 - wait,
corrected by [[Nicola|name]]: the screen was on [[14 March 2023|date]]. Not followed up as family moved from
[[Elton|place]].

2. Decision: threshold for s47 met for [[Tyler-Jay|name]]; single-agency (SW) visit today or tomorrow; police will not
joint-visit unless further disclosure. [[Poppy|name]] to be seen.

3. Actions: SW visit by [[5/11|date]] (HG); school to keep log (LO); police to check PNC for
[[Ricky Tomlinson|name]] (birth father, last at [[Highfield Road|address]], [[Farnworth|place]]) (PH); HV visit
within a week (NB). Next review [[18.11.26|date]].
"""),
]

# --- B. Whittle / Ashton family (white British), Radcliffe --------------------------------------------------------------

HOME_B = d.Address("14 Milltown Street", "", "Radcliffe", "M26 1WE")
DAD_B = d.Address("Flat 9, Kershaw House, Green Street", "", "Middleton", "M24 2AD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Whittle")], dt.date(2012, 7, 21), addresses=[HOME_B], ids=["9495670144", "B351943058953"],
       phones=["07939 605 114"], schools=["Radcliffe Riverside School"]),
    _p("s", "sibling", [("Lacey-Mae", "Ashton")], dt.date(2020, 3, 8), addresses=[HOME_B], ids=["8002584341"]),
    _p("m", "mother", [("Kerry", "Whittle")], dt.date(1990, 12, 1), addresses=[HOME_B], phones=["07805 331 742"],
       ids=["JH 42 18 77 B"]),
    _p("f", "partner", [("Jordan", "Ashton")], dt.date(1989, 5, 14), addresses=[HOME_B]),
    _p("f2", "father", [("Gary", "Whittle")], dt.date(1986, 9, 23), addresses=[DAD_B], phones=["07984 220 651"]),
    _p("p1", "professional", [("Aisha", "Mahmood")], phones=["0161 253 7744"], emails=["a.mahmood@irwellmoss.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (Missing from Home)     Irwell Moss Council -
Complex Safeguarding Hub
Young person: [[Mason WHITTLE|name]]   DOB: [[21/07/2012|dob]]   Age 14
Address: [[14 Milltown Street|address]], [[Radcliffe|place]], [[M26 1WE|postcode]]    Mob: [[07939 605 114|phone]]
Missing from: 19:30 Fri [[13/11/2026|date]]     Found: 04:10 Sun [[15/11/2026|date]] by BTP at Victoria station,
[[Manchester|place]] city centre     GMP ref: MFH/26/118402
RHI by: [[Aisha Mahmood|name]] (Return Home Worker)   Held: [[17/11/2026|date]] at Radcliffe Library (his choice)
Was the RHI offered within 72 hrs: yes

Where were you? [[Mason|name]] said he "went with [[Kai|name]] and [[Deano|name]]" to a flat in [[Cheetham Hill|place]] ("near the big
Tesco, a block with a blue door") then to "some lad's house in [[Oldham|place]], [[Hollinwood|place]] way". He would not
give surnames. He said [[Kai|name]] is 17 and "from [[Besses|place]]" and drives a white Golf ([[YC19 HWL|vehicle]] was
the reg on a ticket in his coat pocket - handed to police).

What happened? He said he "just chilled" and played FIFA. He had £140 and a new phone (a second number,
[[07508 942 317|phone]]) when found. He said "a man called [[Big T|name]]" gave him the phone. He said he "owes nobody".
He had a cut on his left hand ("a door").

Who knew where you were? His sister's dad [[Jordan|name]] rang him 20 times. Mum ([[Kerry|name]]) reported him missing at 23:15.
His real dad [[Gary Whittle|name]] lives in [[Middleton|place]] and "didn't even know".

School: Year 10, [[Radcliffe Riverside School|school]], on a part-time timetable since [[2 October|date]]. He said Mr [[Heywood|name]] (his
head of year) is "the only one who's sound".

What would help? Boxing at the gym on [[Spring Lane|address]] again. "Not being in the house with [[Jordan|name]]."

Worker's analysis: pattern of 3 missing episodes since [[30 September 2026|date]] ([[30/09|date]], [[24/10|date]],
[[13/11|date]]); new phone, money, older males, a car, travel to [[Cheetham Hill|place]] and [[Oldham|place]]; this points to
criminal exploitation. Complex Safeguarding referral made [[17/11/26|date]]; NRM to be considered at the CE panel on
[[25 Nov|date]]. Shared with PC [[Ellie Crossley|name]] (missing person coordinator).
"""),
    ("youth worker's notes typed fast on a phone", """notes - [[mason w|name]] - [[18/11|date]]
met him outside the co-op on [[water st|address]] 4.15. he was with [[lacey|name]] (little sis) walking her back from
nursery cos mum on shift at asda. said [[jordan|name]] kicked off last nite about the phone. [[jord|name]] took it off him and
threw it in the canal by close park?? [[mason|name]] laughing about it but eyes red
he said [[kai|name]] messaged on snap asking where he is. his snap is m.whittle_rdc (not a name just noting). didnt reply he said
asked abt [[big t|name]] - clammed up. said "hes from [[salford|place]] thats all i know"
said his mate [[reece|name]] ([[reece bradshaw|name]]?? think thats the surname, lives on [[coronation rd|address]]) got
"took to [[blackpool|place]]" last summer
plan - boxing fri at 6. ill pick him up from his nan [[bev|name]]s?? no - he said its his dads mum, nana [[pat|name]], in
[[stand|place]], [[whitefield|place]] side.
he gave me a new number [[07488 301 526|phone]]. old one gone
[[18.11.26|date]] - sent to [[aisha|name]] + duty
[[20/11|date]] - saw him at the skate park in [[radcliffe|place]] with [[reece|name]] and a lad called [[tyrone|name]]. going to
nana [[pat|name]]s in [[stand|place]] for the wkend. [[jordan|name]] picking [[lacey|name]] up from [[kerry|name]]s sister
[[gemma|name]]s in
[[whitefield|place]] at 5
"""),
    ("neighbour's handwritten letter scanned and OCR'd", """[scanned 20/11/2026, OCR text, errors left as read by the scanner]

To the Social Servises, Bury Town Hall
from Mrs [[D. Kenyon|name]], [[16 Mi1ltown St|address]]. [[Radc1iffe|place]]
                                                                     [[18th Nov.|date]]

Dear Sir or Madam,
I am writing about the fami1y next door at no [[14|address]], [[Kerry|name]] and her boy [[Mason|name]] and the little one
[[Lacey|name]]. I have lived here 31 years and I do not interfere but I must say something now.
On Saturday night ([[14th|date]]) at about 2 in the morning a white car stopped outside and two lads banged on the door
shouting for "[[Mase|name]]" and one of them kicked the bin over. One had a ba1aclava. My grandson [[Dylan|name]] took a photo
of the car on his phone, the reg is [[YC19 HWL|vehicle]] I think. The lit tle girl was crying upstairs for a long time.
The man [[Jordan|name]] shouts a lot. On the [[2nd of November|date]] I heard him say to the lad "you'll end up in the
canal like your phone".
I have given the photo to the PCSO, [[Gemma Pi1kington|name]], who comes to the Radcliffe Market coffee morning.
Mrs [[Whittle|name]] is a good mum in her way and she works hard. I just worry for the children.
I do not want them to know it was me. You can ring me on [[0161 723 4458|phone]] but not after 8pm.

Yours faithfu1ly
[[Doreen Kenyon|name]] (Mrs)
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Conference date: [[3 December 2026|date]]      Venue: Bury Town Hall, Committee Room 2 (hybrid)
Children: [[Mason Whittle|name]] (born [[21.07.2012|dob]]; NHS [[949 567 0144|nhs]]; UPN [[B351943058953|upn]]) and
[[Lacey-Mae Ashton|name]] (born [[08.03.2020|dob]]; NHS [[800 258 4341|nhs]])
Home: [[14 Milltown Street|address]], [[Radcliffe|place]], [[Bury|place]] [[M26 1WE|postcode]]
Author: [[Aisha Mahmood|name]], Social Worker, Complex Safeguarding Hub, [[0161 253 7744|phone]],
[[a.mahmood@irwellmoss.gov.uk|email]]

Family: Mother [[Kerry Whittle|name]] (born [[1 December 1990|dob]], [[07805 331 742|phone]], NI [[JH 42 18 77 B|ni]]) works
shifts at a supermarket. Her partner [[Jordan Ashton|name]] (born [[14 May 1989|dob]]) is [[Lacey-Mae|name]]'s father.
[[Mason|name]]'s father [[Gary Whittle|name]] lives at [[Flat 9, Kershaw House, Green Street|address]], [[Middleton|place]]
[[M24 2AD|postcode]] ([[07984 220 651|phone]]); his mother, [[Patricia Whittle|name]], lives in [[Stand|place]] and
[[Mason|name]] stays there at weekends.

Reasons for conference: three missing episodes ([[30 September|date]], [[24 October|date]], [[13|date]]-[[15
November 2026|date]]); signs of criminal exploitation (money, a phone, older males, a car); a reported threat by
Mr [[Ashton|name]] to [[Mason|name]]; night-time callers at the house, reported by a neighbour on [[18 November|date]];
[[Lacey-Mae|name]] (6) distressed at night.

[[Mason|name]]'s views (seen [[26.11.26|date]] at his nan's): "I'm not a grass." He wants to live with Nan [[Pat|name]] "till
[[Jordan|name]]'s gone". He would go to the boxing club and to a college taster at [[Bury College|school]].

[[Lacey-Mae|name]]'s views: she drew her family: mum, "[[Mase|name]]", "Daddy [[Jord|name]]" and her friend [[Ava-Rose|name]] from
nursery ([[Little Acorns|school]], [[Ainsworth Road|address]]).

Recommendation: both children subject to a child protection plan ([[Mason|name]]: neglect and exploitation; [[Lacey-Mae|name]]:
emotional harm); the CE panel's NRM referral (sent [[25.11.2026|date]]); a disruption notice for the man known as
"[[Big T|name]]", thought to be [[Tariq Osei|name]] of [[Pendleton|place]], [[Salford|place]].
"""),
]

# --- C. Farrington family (white British), Holcombe Brook --------------------------------------------------------------

HOME_C = d.Address("3 Redisher Close", "Holcombe Brook", "Bury", "BL0 9RT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Isla", "Farrington")], dt.date(2011, 10, 17), addresses=[HOME_C], ids=["4614961886", "J351363509266"],
       phones=["07402 618 355"], schools=["Tottington High School"]),
    _p("s", "sibling", [("Hugo", "Farrington")], dt.date(2015, 6, 4), addresses=[HOME_C], ids=["2807712533"]),
    _p("m", "mother", [("Claire", "Farrington")], dt.date(1982, 1, 26), addresses=[HOME_C], phones=["07866 453 019"],
       emails=["claire.farrington@outlook.com"]),
    _p("f", "father", [("Richard", "Farrington")], dt.date(1979, 11, 9), addresses=[HOME_C], phones=["07771 902 634"],
       emails=["r.farrington@farringtonsurveyors.co.uk"]),
    _p("p1", "professional", [("Ben", "Cropper")], phones=["0161 253 5532"], emails=["b.cropper@irwellmoss.gov.uk"]),
], "c")

DOCS_C = [
    ("CAMHS crisis team assessment letter to the GP", """Pennine Care NHS Foundation Trust - CAMHS Crisis and Home Treatment Team
([[Bury|place]])
Private and confidential
Dr [[Sarah Entwistle|name]], Ramsbottom Health Centre
                                                                          Date dictated: [[2nd December 2026|date]]
                                                                          Date typed: [[04/12/2026|date]]
Dear Dr [[Entwistle|name]],
Re: [[Isla FARRINGTON|name]], DOB [[17.10.2011|dob]], NHS No [[461 496 1886|nhs]]
[[3 Redisher Close|address]], [[Holcombe Brook|place]], [[Bury|place]] [[BL0 9RT|postcode]]

I assessed [[Isla|name]] in the paediatric ED at Royal Bolton Hospital on the evening of [[30/11/2026|date]] with my colleague
[[Femi Adeyemi|name]] (CAMHS nurse), after she took about 16 paracetamol at home in the late afternoon. She was found by her
brother [[Hugo|name]] (11) who rang their mother. Her parents [[Claire|name]] and [[Richard Farrington|name]] were present for part of
the assessment.

[[Isla|name]] told me on her own that things have been building since the summer. She has been restricting food since about
June - sorry, since early June - and running on the Kirklees Valley trail most evenings; weight 45.2 kg (BMI 16.9).
She described cutting her thighs since Year 9. She said a boy she met on Discord, "[[Fionn|name]]", who says he is 17 and from
[[Drogheda|place]], told her she "would look better thinner", and that she sent him photos. She has his number,
[[+353 87 614 2095|phone]], and said he had asked her to come to [[Dublin|place]] at half term.

She was clear that home "is fine but Dad is a lot", and that her dad checks her weight on the bathroom scales every Sunday.
Mr [[Farrington|name]] said he did this "out of worry". Mrs [[Farrington|name]] cried and said she had "no idea about the cutting".

Plan: admitted overnight for the paracetamol level (safe) and bloods; the CAMHS eating disorder team to see her this week;
safeguarding referral to Irwell Moss Children's Social Care (done [[1 Dec|date]], duty SW [[Ben Cropper|name]]); the photos
reported to police (CEOP). School: [[Tottington High|school]] (head of year Mrs [[Lynn Tootill|name]]).

Yours sincerely
Dr [[Rohan Mehta|name]], Consultant Child and Adolescent Psychiatrist
cc [[Claire Farrington|name]]; [[Ben Cropper|name]], Social Worker
"""),
    ("a father's email of complaint to the social worker", """From: [[Richard Farrington|name]]
<[[r.farrington@farringtonsurveyors.co.uk|email]]>
Sent: [[05 December 2026|date]] 23:41
To: [[Cropper, Ben|name]] <[[b.cropper@irwellmoss.gov.uk|email]]>
Cc: [[claire.farrington@outlook.com|email]]
Subject: RE: [[Isla|name]] - your visit on Thursday

[[Ben|name]],
I will be frank. My wife and I did not appreciate you asking [[Hugo|name]] "what happens when Daddy is cross". He is eleven. We are
not that sort of family. We have lived in [[Holcombe Brook|place]] for fourteen years, I coach the under-12s at Tottington St
John's, and my wife volunteers at the hospice shop in [[Ramsbottom|place]].
The weighing was done on the advice of a nutritionist we paid privately ([[Gemma Rawsthorne|name]], [[Edenfield|place]]) and was
stopped the moment [[Isla|name]]'s doctor raised it.
The real danger is this man "[[Fionn|name]]" and I want to know what the police are doing. My brother-in-law, [[Declan Moran|name]], lives
outside [[Navan|place]] and has offered to go to the Garda. His number is [[+353 46 902 7718|phone]].
I would also like it noted that [[Isla|name]]'s friend [[Maisie Howarth|name]] (from [[Greenmount|place]]) knew about the cutting
for months and told nobody, and that her mother, [[Jo Howarth|name]], has been posting about us on the [[Holcombe Brook|place]]
community Facebook page.
Regards
[[Richard|name]]
[[Richard Farrington|name]] MRICS | [[07771 902 634|phone]]
[[Farrington|name]] Surveyors, [[1 Bolton Road West|address]], [[Holcombe Brook|place]] [[BL0 9PX|postcode]]
"""),
]
DOCS_C += [
    ("school nurse's online referral form printed to PDF", """0-19 SERVICE / SCHOOL NURSING - REQUEST FOR SERVICE (online form
v3.2)          Printed [[07-Dec-2026|date]] 08:14
Referrer name ......................... [[Amy Whewell|name]]
Referrer role ......................... Pastoral Lead, [[Tottington High School|school]]
Referrer phone ........................ [[0161 761 4412|phone]]
Child surname ......................... [[FARRINGTON|name]]
Child forename(s) ..................... [[Isla Grace|name]]
Known as .............................. [[Izzy|name]]
DOB ................................... [[17-Oct-2011|dob]]
NHS number ............................ [[4614961886|nhs]]
Address line 1 ........................ [[3 Redisher Close|address]]
Address line 2 ........................ [[Holcombe Brook|place]]
Town .................................. [[BURY|place]]
Postcode .............................. [[BL0 9RT|postcode]]
Parent/carer 1 ........................ [[Claire Farrington|name]] (mother) [[07866 453 019|phone]]
Parent/carer 2 ........................ [[Richard Farrington|name]] (father) [[07771 902 634|phone]]
Other children in household ........... [[Hugo Farrington|name]], [[04-Jun-2015|dob]], [[Peel Brow Primary|school]]
GP .................................... Ramsbottom Health Centre
Reason for request (free text):
Back in school from Mon [[07/12|date]] after an overdose on [[30th Nov|date]]. Needs a health care plan for lunch (eating
disorder team, [[Ella|name]] at the Fairfield clinic, asks for supervised lunch) and PE. [[Isla|name]] has asked that only Ms
[[Whewell|name]] and Mr [[Pilling|name]] (form tutor) know. Her friend [[Maisie|name]] has been moved out of her form at
her own request. Her nan ([[Margaret Moran|name]], [[Whalley Range|place]]) rings school most days.
Consent from parent ................... Yes - mother, verbal, [[04/12/2026|date]]
Consent from young person ............. Yes
Signed ................................ [[A. Whewell|name]]
"""),
    ("a girl's Discord messages from a police download, typed up", """Extract from download of handset (exhibit RW/3), Discord
direct messages, account "grace.xo11" with
account "fionn_dda". Display names: "[[izzy|name]]" and "[[Fionn|name]]". Times in UTC.

[[14/11/2026|date]] 21:03 [[Fionn|name]]: u up
[[14/11/2026|date]] 21:04 [[izzy|name]]: ye cant sleep
[[14/11/2026|date]] 21:06 [[Fionn|name]]: told u, skip tea. ur dad wont notice if u say ur at [[maisie|name]]s
[[14/11/2026|date]] 21:09 [[izzy|name]]: he weighs me sunday remember
[[14/11/2026|date]] 21:10 [[Fionn|name]]: ffs. send me one more then ill stop askin
[[14/11/2026|date]] 21:30 [[izzy|name]]: [image withheld by investigator]
[[15/11/2026|date]] 07:40 [[Fionn|name]]: good girl. ur better than [[aoife|name]] in [[dundalk|place]] lol
[[15/11/2026|date]] 07:52 [[izzy|name]]: whos [[aoife|name]]
[[20/11/2026|date]] 23:15 [[Fionn|name]]: half term come to [[dublin|place]]. get the boat from [[holyhead|place]], ill meet u at the port.
my cousin [[ciaran|name]] has a flat in [[finglas|place]]
[[20/11/2026|date]] 23:17 [[izzy|name]]: my mum would go mad
[[20/11/2026|date]] 23:18 [[Fionn|name]]: tell her ur at [[maisie|name]]s in [[greenmount|place]] for the wkend. text me on
[[+353 87 614 2095|phone]]
[[29/11/2026|date]] 19:02 [[izzy|name]]: i dont want to do this any more
[[29/11/2026|date]] 19:40 [[Fionn|name]]: do what u want then
Investigator's note (DC [[Sam Ogden|name]], GMP): the number is being checked through the NCA; "[[Fionn|name]]" may be an
adult male; [[Holyhead|place]] port alerted through the NPCC.
"""),
]

# --- D. Royle / Bolton family (white British), Unsworth, kinship care -------------------------------------------------

NAN_D = d.Address("41 Hollins Lane", "Unsworth", "Bury", "BL9 8AT")
MUM_D = d.Address("Room 6, 118 Manchester Old Road", "", "Middleton", "M24 4DZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Royle")], dt.date(2019, 2, 28), addresses=[NAN_D], ids=["6367736743", "E351079952881"],
       schools=["Sunnybank Fold Primary School"]),
    _p("s", "sibling", [("Summer", "Royle")], dt.date(2022, 9, 12), addresses=[NAN_D], ids=["5057394916"]),
    _p("m", "mother", [("Chelsea", "Royle")], dt.date(1999, 4, 18), addresses=[MUM_D], phones=["07961 337 580"]),
    _p("f", "father", [("Ryan", "Heap")], dt.date(1996, 7, 7), phones=["07539 804 126"]),
    _p("g", "grandparent", [("Brenda", "Bolton")], dt.date(1964, 3, 3), addresses=[NAN_D], phones=["0161 766 3051", "07712 904 288"],
       ids=["WK 30 44 61 C"]),
    _p("g2", "grandparent", [("Keith", "Bolton")], dt.date(1961, 12, 20), addresses=[NAN_D]),
    _p("p1", "professional", [("Natalie", "Shaw")], phones=["0161 253 6802"], emails=["n.shaw@irwellmoss.gov.uk"]),
], "c")

DOCS_D = [
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Annex A extract) - Irwell Moss Council
Fostering and Kinship Service
Applicants: [[Brenda Ann BOLTON|name]] (born [[03/03/1964|dob]], NI [[WK 30 44 61 C|ni]]) and [[Keith BOLTON|name]] (born
[[20/12/1961|dob]]), maternal grandparents, of [[41 Hollins Lane|address]], [[Unsworth|place]], [[Bury|place]] [[BL9 8AT|postcode]]
Children: [[Kaiden ROYLE|name]] (born [[28/02/2019|dob]]) and [[Summer ROYLE|name]] (born [[12/09/2022|dob]])
Assessor: [[Natalie Shaw|name]], Kinship Social Worker      Court: Family Court at Manchester, case MA26C00914
Report date: [[27 November 2026|date]]

1. Background. The children have lived with Mr and Mrs [[Bolton|name]] since [[19 April 2026|date]], when their mother,
[[Chelsea Royle|name]], was arrested at her flat on [[Bolton Road|address]], [[Bury|place]], after [[Summer|name]] (then 3)
was found by a neighbour, Mr [[Gorton|name]], wandering on the pavement in a nappy at 6am. [[Chelsea|name]] has used heroin and
crack on and off since 2020 and now lives in a shared house in [[Middleton|place]] ([[Room 6, 118 Manchester Old
Road|address]], [[M24 4DZ|postcode]]). [[Kaiden|name]]'s father, [[Ryan Heap|name]], is in [[Blackburn|place]] and has seen him
twice; [[Summer|name]]'s father is not known (the mother has named "a lad called [[Dom|name]] from [[Bolton|place]]").

2. The applicants. [[Brenda|name]] (62) was a dinner lady at [[Sunnybank Fold Primary|school]] for 20 years; [[Keith|name]]
(64) is a retired HGV driver with type 2 diabetes and a stent (2023). Their other daughter, [[Leanne Bolton|name]], lives
in [[Heywood|place]] with her partner [[Mark Lord|name]] and is the back-up carer. [[Keith|name]]'s brother [[Alan|name]]
lives in [[Tenerife|place]] ([[Calle Bélgica 12|address]], [[Los Cristianos|place]]; [[+34 622 418 907|phone]]) and the family goes
out each spring.

3. Parenting capacity. Strong. [[Kaiden|name]] (7) is now in Year 2 at [[Sunnybank Fold|school]] and his attendance has
gone from 71% to 96%. [[Summer|name]] is at [[Tiny Toes Nursery|school]] on [[Parr Lane|address]] three mornings a week.
A dog bite to [[Summer|name]] on [[2 August 2026|date]] by the neighbour's dog at [[no. 43|address]] (A&E, two stitches)
was managed well and reported.

4. Risks. [[Chelsea|name]] turned up drunk on [[14 September|date]] and on [[31 October 2026|date]] and [[Keith|name]] had
to call police. The applicants must manage contact firmly; they have agreed a written plan (see Annex C).

Recommendation: a special guardianship order to both applicants, with a support plan.
[[N. Shaw|name]]
"""),
    ("supervised contact record", """SUPERVISED FAMILY TIME - RECORD        Venue: Family Time Centre,
[[Knowsley Street|address]], [[Bury|place]]
Date: Weds [[25.11.26|date]]   Time booked: 15:30-17:00   Supervisor: [[Jodie Pickup|name]] (Family Time Worker)
Children: [[Kaiden|name]] and [[Summer|name]] [[Royle|name]]   Attending: mum [[Chelsea|name]]
Transport: Nan ([[Brenda|name]]) dropped off 15:25, collected 17:05.

15:41 Mum arrived 11 mins late. Said the 135 bus from [[Middleton|place]] was late. Looked tired, pupils OK, no smell of
alcohol. Brought [[Kaiden|name]] a Man City shirt with "[[KAIDEN|name]] 7" on the back and a Bluey toy for [[Summer|name]].
15:50 [[Summer|name]] sat on mum's knee, called her "[[Chelsea|name]]" then "mummy". Mum cried.
16:05 [[Kaiden|name]] asked "are you coming back to live at nan's". Mum said "when I'm better, [[Kai|name]]". I redirected.
16:20 Mum took a call on her phone, stepped out 4 mins. On return said it was "[[Dom|name]]" and "nothing". [[Summer|name]] asked
"is that my daddy".
16:30 Snack. Mum asked [[Kaiden|name]] who his teacher is - "Miss [[Hope|name]]". Mum said "[[Hope|name]]? like hope and
glory?" and laughed. Warm.
16:55 Goodbyes OK. Mum said to the children "Nanna [[Bren|name]] is the boss now".
Mum asked me for the address of the new contact centre in [[Whitefield|place]] for next month; I told her the office
would send it.
Concerns: none today. Mum's mobile now [[07961 337 580|phone]] (new).
[[J. Pickup|name]] [[25/11/2026|date]]
"""),
]
DOCS_D += [
    ("a grandmother's handwritten letter to the judge, typed by the court", """[Typed from the handwritten original, lodged
[[1 December 2026|date]]. Spelling as written.]

To the Judge,
My name is [[Brenda Bolton|name]] and I am [[Kaiden|name]] and [[Summer|name]]'s Nan. I am writing this myself at my kitchen table
in [[Unsworth|place]] because [[Natalie|name]] said you would want to hear from me in my own words.
We never wanted this. [[Chelsea|name]] is our daughter and we love her. She was a lovely girl till she met [[Ryan|name]] when
she was 17 and went to live in [[Rams-
bottom|place]] with him. After that it was one thing after another.
On the [[19th April|date]] I got a call from a man called [[Terry Gorton|name]] who lives next door to [[Chelsea|name]]'s flat
saying he had our [[Summer|name]] in his front room in just a nappy. I will never forget it. [[Keith|name]] drove us there in
ten minutes.
Since then the children have been with us. [[Kaiden|name]] used to wet the bed every night and now it is hardly ever. He
goes to Beavers at St George's - no, I am wrong, it is at the Scout hut on [[Sunnybank Road|address]]. [[Summer|name]]
loves the nursery and her key worker [[Shannon|name]]. My other daughter [[Leanne|name]] helps on a Tuesday.
[[Keith|name]] had his heart done in 2023 but he walks the dog to Philips Park every morning and the doctor
says he is fine.
I know [[Chelsea|name]] will be upset about this order. I will always let her see them if she is clean. I just want them
to be safe and to know where they will be living when they are grown up.
Yours faithfully,
[[Brenda Bolton|name]] (Mrs)
[[41 Hollins Lane|address]], [[Unsworth|place]]. Tel [[0161 766 3051|phone]] or my mobile [[07712 904 288|phone]]
"""),
    ("voicemails left on a social worker's work mobile, transcribed", """Voicemails on [[07398 511 204|phone]]
([[Natalie Shaw|name]], work mobile), transcribed by team admin
[[Carol Kenworthy|name]] on [[30/11/2026|date]] for the file.

1. Fri [[27 Nov|date]], 23:48, from [[07961 337 580|phone]]:
"[[Natalie|name]] it's [[Chelsea|name]]. You can't take my kids off me for good, my mam's poisoned you. Ring me. I'm at
[[Dom|name]]'s in [[Heywood|place]], it's, erm, [[Rochdale Road East|address]], number [[twenty-two|address]]. Ring me."

2. Sat [[28 Nov|date]], 09:12, from [[0161 766 3051|phone]]:
"Hello love it's [[Brenda|name]], [[Brenda Bolton|name]], [[Kaiden|name]]'s nan. Sorry to ring at the weekend. [[Chelsea|name]] came
to the door last night about midnight and [[Keith|name]] wouldn't let her in. She was shouting in the street and the
lady at [[forty-three|address]], Mrs [[Nuttall|name]], came out. The police came, a PC [[Ashworth|name]]. The kids slept
through. Ring me Monday."

3. Sun [[29 Nov|date]], 14:30, from [[+44 7539 804126|phone]]:
"Yeah it's [[Ryan Heap|name]], [[Kaiden|name]]'s dad. Got your letter. I'm in [[Darwen|place]] now not [[Blackburn|place]]. I want
to see me lad. I've got a job at a warehouse in [[Blackrod|place]]. Don't want any trouble with [[Brenda|name]]. Ta."

4. Mon [[30 Nov|date]], 07:55, withheld number:
"Hiya it's [[Shannon|name]] from [[Tiny Toes|school]]. [[Summer|name]]'s mum rang nursery asking what time she's picked up.
We didn't tell her. [[Sharon Whitehead|name]], the manager, said to let you know. Bye."

5. Mon [[30 Nov|date]], 12:10, from [[07712 904 288|phone]]:
"It's [[Brenda|name]] again. [[Keith|name]] says to tell you [[Chelsea|name]] was seen at the bus station in [[Bury|place]] with
that [[Dom|name]]. He drives a black Corsa, [[MW17 ZPD|vehicle]], our [[Leanne|name]] took the number. And [[Kaiden|name]]'s
teacher Miss [[Hope|name]] says he's been a star. Ta love."
"""),
]

# --- E. Dellal / Shamash family (Iraqi Jewish, Sephardi), Whitefield -------------------------------------------------

HOME_E = d.Address("52 Thatch Leach Lane", "Whitefield", "Manchester", "M45 6EN")
NANA_E = d.Address("Rehov Bialik 31", "", "Ramat Gan", "5245117")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Eli", "Dellal")], dt.date(2017, 5, 9), addresses=[HOME_E], ids=["1709972696", "Y351432832984"],
       schools=["Tiferet Day School"]),
    _p("s", "sibling", [("Hannah", "Dellal")], dt.date(2013, 8, 22), addresses=[HOME_E], ids=["5638088717", "D351487024055"],
       schools=["Tiferet High School for Girls"]),
    _p("s2", "sibling", [("Sabiha", "Dellal")], dt.date(2021, 2, 14), addresses=[HOME_E], ids=["1748963554"]),
    _p("m", "mother", [("Rachel", "Dellal")], dt.date(1986, 10, 3), addresses=[HOME_E], phones=["07455 208 713"]),
    _p("f", "father", [("Naim", "Dellal")], dt.date(1979, 1, 28), addresses=[HOME_E], phones=["07790 661 245"],
       ids=["SK 71 20 93 A"]),
    _p("g", "grandparent", [("Farha", "Shamash")], dt.date(1958, 7, 1), addresses=[NANA_E], phones=["+972 52-834-1167"]),
    _p("p1", "professional", [("Joanne", "Kershaw")], phones=["0161 253 6418"], emails=["j.kershaw@irwellmoss.gov.uk"]),
], "c")

DOCS_E = [
    ("emergency department safeguarding liaison note", """North Manchester General Hospital - Paediatric ED - Safeguarding Liaison Note
Patient: [[DELLAL, Eli|name]]   DOB [[09/05/2017|dob]]   NHS [[170 997 2696|nhs]]   Hosp no. K4471309
Address: [[52 Thatch Leach Lane|address]], [[Whitefield|place]], [[M45 6EN|postcode]]   GP: Whitefield Medical Practice
Attended: [[21/11/2026|date]] 21:52 (Saturday night, after Shabbat), brought by mother [[Rachel Dellal|name]] by taxi
Written by: [[Siobhan Nolan|name]], Paediatric Safeguarding Nurse, [[23/11/2026|date]]

Presenting: [[Eli|name]] (9) with a swollen left wrist, "fell off the bunk bed". X-ray: buckle fracture distal radius.
ED doctor (Dr [[Oren Katz|name]], ST4) noted three linear red marks on the back of the left thigh, about 8 cm, parallel,
and asked [[Eli|name]] about them on his own (mother waiting outside the cubicle). [[Eli|name]] said in English "Abba did it with
his belt because I touched his phone on Shabbos". He then asked "is Abba going to know I said?".
Note: the family calls the father "Abba"; the father is [[Naim Dellal|name]]. Mother was tearful, said her husband "has a
temper since the business went" and that she "cannot go to [[Ramat Gan|place]] to her mother, he keeps the passports".
Sister [[Hannah|name]] (13) was at home with the baby, [[Sabiha|name]] ("[[Sabi|name]]").
Mother's friend [[Dalia Sassoon|name]] came to ED at 23:10 and took mother's phone number: [[07455 208 713|phone]].

Actions: referral to Irwell Moss Front Door (phoned 23:40, EDT worker [[Paul Stott|name]]); skeletal survey not needed (age);
photos taken with consent; discharged 01:20 on [[22/11/2026|date]] to mother, to stay that night at [[Dalia|name]]'s on
[[Bury Old Road|address]], [[Prestwich|place]]; follow-up fracture clinic [[30 November|date]].
"""),
]
DOCS_E += [
    ("family WhatsApp group in Hebrew, Judeo-Arabic and English, typed up and translated", """WhatsApp group "משפחת [[שמש|name]] 🌸
[[Shamash|name]] family", exported by [[Rachel Dellal|name]] and given to SW [[Joanne Kershaw|name]]
on [[26/11/2026|date]]. Hebrew and Judeo-Arabic (written in Hebrew letters) translated by [[Ruth Abadi|name]] (Pennine Language Services,
reg. 30411); English left as written. Translation in (round brackets).

[[22/11/2026|date]], 07:14 - Nana: [[רחל|name]] חביבתי, שלונך? (tr. [[Rachel|name]] my dear, how are you? - Judeo-Arabic)
[[22/11/2026|date]], 07:20 - [[Rachel|name]]: Nana I'm at [[Dalia|name]]'s. [[Eli|name]] broke his wrist. Don't tell [[Salim|name]]
[[22/11/2026|date]], 07:21 - Nana: אללה יסתר (tr. God protect us)
[[22/11/2026|date]], 07:25 - [[Salim Dellal|name]]: What is going on? [[Naim|name]] called me at 2am crying
[[22/11/2026|date]], 07:31 - [[Rachel|name]]: ask your brother what he did
[[22/11/2026|date]], 07:40 - [[Salim Dellal|name]]: [[Rachel|name]] please. think of the kids. think of the community. Come to
[[Hendon|place]] and we talk
[[22/11/2026|date]], 08:02 - [[Hannah|name]]: nana can we come to [[רמת גן|place]] for chanukah. me and [[eli|name]] and [[sabi|name]]
[[22/11/2026|date]], 08:05 - Nana: בוודאי [[נונה|name]] שלי (tr. Of course, my [[Nona|name]]) - she calls [[Hannah|name]] "[[Nona|name]]"
[[22/11/2026|date]], 08:06 - Nana: [[+972 52-834-1167|phone]] call me on this not the landline, [[Yossi|name]] listens
[[22/11/2026|date]], 08:30 - [[Aviva Shamash|name]]: [[Rachel|name]] I land [[Manchester|place]] Tuesday [[24th|date]] on the
[[Tel Aviv|place]] flight. I come
to you. staying with [[Dalia|name]]?
[[22/11/2026|date]], 08:31 - [[Rachel|name]]: yes, [[Bury Old Road|address]]. [[Aviva|name]] bring my mother's ketubah copy
[[24/11/2026|date]], 21:15 - [[Aviva Shamash|name]]: landed. [[Hannah|name]] looks so grown. the lady from the council comes tomorrow?
"""),
]
DOCS_E += [
    ("child and family assessment, analysis section", """CHILD AND FAMILY ASSESSMENT - extract (sections 4 to 6)
Children: [[Hannah Dellal|name]] ([[22.08.2013|dob]]), [[Eli Dellal|name]] ([[09.05.2017|dob]]), [[Sabiha Dellal|name]]
([[14.02.2021|dob]]); UPNs [[D351487024055|upn]] ([[Hannah|name]]), [[Y351432832984|upn]] ([[Eli|name]])
Assessment started [[23 November 2026|date]]; completed [[4 December 2026|date]]. Social worker: [[Joanne Kershaw|name]]
([[j.kershaw@irwellmoss.gov.uk|email]], [[0161 253 6418|phone]])

4. The family. [[Rachel|name]] (40) grew up in [[Ramat Gan|place]], the daughter of an Iraqi Jewish family that left
[[Baghdad|place]] in 1951; she came to [[Manchester|place]] in 2011 to marry [[Naim Dellal|name]] (47, NI
[[SK 71 20 93 A|ni]]), whose family came by way of [[Bombay|place]] and [[Golders Green|place]]. They are Sephardi and traditional; the
children go to [[Tiferet Day School|school]] and [[Tiferet High School
for Girls|school]]. The family prays at the
Sephardi synagogue on [[Old Hall Road|address]]. [[Naim|name]]'s textile import business in [[Cheetham Hill|place]] failed
in 2025 and he owes money to, among others, his cousin [[Ezra Nahum|name]] of [[Salford|place]].

5. What the children said. [[Hannah|name]] (seen at school with Mrs [[Levy|name]], the pastoral lead, [[25.11.26|date]]):
"Abba gets angry about money and then it's the belt. Not me, the boys. [[Eli|name]] mostly." She said she takes
[[Sabi|name]] upstairs when it starts. She wants to go to her nana in Israel - corrected: in [[Ramat Gan|place]] -
for Chanukah. [[Eli|name]] (seen at home, [[27.11.26|date]], father absent): drew the belt, and wrote "אבא"
next to it.

6. Analysis. [[Eli|name]] has suffered significant harm (a fracture and belt marks on [[21 November|date]]). Mr [[Dellal|name]]
accepts "a smack" only. [[Rachel|name]] has been controlled financially (no bank card, passports held); she now holds her
own passport again after PC [[Farah Iqbal|name]] retrieved it on [[28.11.2026|date]]. Her sister [[Aviva Shamash|name]]
(of [[Kfar Saba|place]]) is staying until [[15 December|date]].
"""),
    ("a rabbi's letter of support for the mother", """Rabbi [[Yehuda Moallem|name]]
Kehal Sephardi Whitefield
[[Old Hall Road|address]], [[Whitefield|place]]                                                      [[2 December 2026|date]]
                                                                                     [[כ"א כסלו תשפ"ז|date]]
To: Ms [[Joanne Kershaw|name]], Social Worker

Dear Ms [[Kershaw|name]],
I write, at the request and with the consent of Mrs [[Rachel Dellal|name]], about her and her children [[Hannah|name]],
[[Eli|name]] and [[Sabiha|name]].
I have known the [[Dellal|name]] family for twelve years. I married [[Rachel|name]] and [[Naim|name]] in 2011 and I gave
[[Eli|name]] his name at his brit milah. I have seen [[Rachel|name]] become more isolated over the past two years. She has
stopped coming to the ladies' shiur that my wife, Rabbanit [[Tova|name]], gives on a Tuesday.
I want it to be clear that our community does not expect a wife to stay in a home where children are harmed. If [[Rachel|name]]
and the children need to stay with Mrs [[Sassoon|name]] or elsewhere, our welfare fund will help with rent. Mr [[Albert Zilkha|name]],
our treasurer ([[07903 225 871|phone]]), holds that fund.
I have spoken to [[Naim|name]]. He has agreed to see Mr [[Dan Haroun|name]], a counsellor in [[Broughton Park|place]], and not to go to
the house unless you agree it.
With blessings,
Rabbi [[Yehuda Moallem|name]]
הרב [[יהודה מועלם|name]]
"""),
]

# --- F. Khosa family (Saraiki-speaking British Pakistani), Fishpool, Bury --------------------------------------------

HOME_F = d.Address("23 Parker Street", "Fishpool", "Bury", "BL9 0RJ")
DADI_F = d.Address("Mohallah Qasimpur Colony", "", "Multan", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Hamza", "Khosa")], dt.date(2013, 1, 5), addresses=[HOME_F], ids=["8297393860", "R351500315274"],
       schools=["Derby High School"]),
    _p("s", "sibling", [("Ayesha", "Khosa")], dt.date(2016, 6, 30), addresses=[HOME_F], ids=["F351441779856"],
       schools=["Fishpool Brook Primary School"]),
    _p("s2", "sibling", [("Zainab", "Khosa")], dt.date(2022, 4, 11), addresses=[HOME_F]),
    _p("m", "mother", [("Nasreen", "Bibi")], dt.date(1991, 3, 15), addresses=[HOME_F], phones=["07438 926 105"]),
    _p("f", "father", [("Shahbaz", "Khosa")], dt.date(1984, 8, 2), addresses=[HOME_F], phones=["07956 713 402"]),
    _p("g", "grandparent", [("Rasoolan", "Bibi")], addresses=[DADI_F], phones=["+92 300 6418257"]),
    _p("p1", "professional", [("Kirsty", "Ormerod")], phones=["0161 253 5870"], emails=["k.ormerod@irwellmoss.gov.uk"]),
], "c")

DOCS_F = [
    ("children missing education referral form", """CHILDREN MISSING EDUCATION (CME) - REFERRAL TO THE LOCAL AUTHORITY
Ref: CME/26/0388
Section A - Child
Surname: [[KHOSA|name]]          Forename: [[Hamza|name]]          DOB: [[05/01/2013|dob]]          Year group: 9
UPN: [[R351500315274|upn]]     Gender: M     First language: Saraiki (also Urdu, English)
Home address: [[23 Parker Street|address]], [[Fishpool|place]], [[Bury|place]]  [[BL9 0RJ|postcode]]
Section B - School
Referring school: [[Derby High School|school]]      Referrer: Mr [[Tom Fletcher|name]], Attendance Officer, [[0161 797 6236|phone]]
Last date attended: [[10/07/2026|date]] (end of summer term).   Expected back: [[02/09/2026|date]]. Has not returned.
Section C - What the school knows
[[Hamza|name]]'s sister [[Ayesha|name]] (Y6, [[Fishpool Brook Primary|school]]) came back on [[28/10/2026|date]] and told her teacher
that "[[Hamza|name]] bhai stayed with Dadi in [[Multan|place]]" and is "learning Quran in [[Shujabad|place]]". Father
([[Shahbaz Khosa|name]], [[07956 713 402|phone]]) told us on [[3 Nov|date]] that [[Hamza|name]] would be back "after the
wedding" of his cousin in [[Dera Ghazi Khan|place]]. No date given. Mother ([[Nasreen Bibi|name]], [[07438 926 105|phone]])
speaks little English; [[Ayesha|name]] interprets on the phone, which we have stopped.
Home visit [[12/11/2026|date]] by our EWO [[Sadia Hussain|name]]: father said [[Hamza|name]] is at the home of his uncle, [[Ghulam
Farid Khosa|name]], in [[Block 14|address]], [[Dera Ghazi Khan|place]], phone [[+92 333 7425160|phone]].
Section D - Concerns
Missing education for a full term; a boy of 13 kept abroad; a wedding in the family (is it his?); [[Hamza|name]] told his
friend [[Bilal Qureshi|name]] in July he "didn't want to go".
Signed [[T. Fletcher|name]]   [[13/11/2026|date]]
"""),
]
DOCS_F += [
    ("home visit note through a Saraiki interpreter", """HOME VISIT - with interpreter            Date: Tuesday
[[17th Nov 2026|date]]     Time: 10.00-11.40
Worker: [[Kirsty Ormerod|name]], SW, Early Help and Safeguarding Hub      Interpreter: Mr [[Khadim Laghari|name]] (Saraiki /
Urdu), by phone from [[Blackburn|place]] for the first 20 minutes, then in person
Present: [[Nasreen Bibi|name]] (mother), [[Zainab|name]] (4). Father at work (taxi, [[Bury|place]] to Manchester Airport runs).

[[Nasreen|name]] asked through Mr [[Laghari|name]] that her husband is not told what she said. She said [[Hamza|name]] was taken
"for the summer" by her husband's brother [[Ghulam Farid|name]] on [[22 July|date]] from Manchester Airport, and that she was
told he would be back for school. She speaks to him on WhatsApp video most nights on her sister-in-law's phone
([[+92 345 8102374|phone]]); the last time was on [[15/11|date]]. She said [[Hamza|name]] cries and says he wants to come home to
"[[Bury|place]] not [[DG Khan|place]]". The wedding is of [[Ghulam Farid|name]]'s daughter [[Sumaira|name]] to a man from
[[Rajanpur|place]] on [[12 December|date]]. [[Nasreen|name]] does not know of any plan for [[Hamza|name]] to marry; she said
"he is a child".
She showed me her phone: a photo of [[Hamza|name]] at a madrasa with his name on a board as "[[حمزہ شہباز|name]]".
She named her mother-in-law, [[Rasoolan Bibi|name]], as the one who "decides everything", in [[Qasimpur Colony|address]],
[[Multan|place]].
[[Zainab|name]] was clean and happy, playing with a toy kitchen. Her nursery, [[Rainbow Tots|school]] on [[Manchester Road|address]],
says she is thriving.
Plan: strategy discussion today with police (possible FM / abduction concern); Forced Marriage Unit to be contacted;
[[Nasreen|name]] given the number of the local women's group at Fishpool Children's Centre and a
Saraiki-speaking worker there, [[Shamim|name]].
"""),
    ("a girl's own words on a 'my three houses' worksheet", """[Worksheet done with [[Ayesha|name]] at school on [[20.11.26|date]]
by SW [[Kirsty|name]]. Her spelling and her own
Urdu writing kept. "House of worries / House of good things / House of dreams".]

My name is [[Ayesha Khosa|name]] / [[عائشہ|name]] I am 10

HOUSE OF WORRIES
- [[hamza|name]] is in pakistan and he didnt come back. I miss him he is my big brother
- Dadi is very strict she shouts at ami in saraiki
- when I do talking for ammi on the phone to school and the doctor I get scared I say it wrong
- chacha [[farid|name]] in [[D.G. Khan|place]] has a big gun for the crows

HOUSE OF GOOD THINGS
- my best friend [[Lily-Grace|name]] and [[Maryam|name]] at [[fishpool brook|school]]
- Miss [[Sunshine|name]] (her real name is Miss [[Sunderland|name]] we call her [[sunshine|name]])
- [[zainab|name]] makes me laugh
- going to [[blackpool|place]] with uncle [[Imran|name]] from [[bolton|place]] in the summer holidays

HOUSE OF DREAMS
- [[hamza|name]] comes back for my birthday on [[30th june|date]] (its in summer)
- I go to [[derby high|school]] with him and my cousin [[Hafsa|name]]
- ammi learns english at the [[Bury college|school]] so I dont have to do it

(SW note: "ami"/"ammi" is mum; "Dadi" is her father's mother; "chacha" is her father's brother.)
"""),
]
DOCS_F += [
    ("multi-agency chronology", """MULTI-AGENCY CHRONOLOGY - [[Hamza KHOSA|name]] (DOB [[05.01.2013|dob]], NHS
[[829 739 3860|nhs]]) and siblings
Compiled by [[K. Ormerod|name]], SW, from agency returns, [[04/12/2026|date]]

Date        | Source            | Event
[[05/01/2013|date]]  | Health            | [[Hamza|name]] born at Fairfield General Hospital to [[Nasreen Bibi|name]] and
[[Shahbaz Khosa|name]].
[[30/06/2016|date]]  | Health            | [[Ayesha|name]] born.
[[11/04/2022|date]]  | Health            | [[Zainab|name]] born; HV [[Julie Hampson|name]] notes mother "isolated, no English".
[[19/09/2023|date]]  | School            | [[Hamza|name]] starts at [[Derby High|school]].
Jan 2024            | Police            | Call from neighbour Mrs [[Winnie Ashworth|name]], [[21 Parker St|address]]: shouting. No offences.
[[14/03/2025|date]]  | School            | [[Hamza|name]] tells form tutor Ms [[Rebecca Nolan|name]] his dad "slapped me for
                    |                   | missing mosque". Referral; NFA after single-agency visit.
[[10/07/2026|date]]  | School            | Last day [[Hamza|name]] attended.
[[22/07/2026|date]]  | Border (via GMP)  | [[Hamza|name]] flies MAN-ISB-MUX with uncle [[Ghulam Farid Khosa|name]] (Pakistani
                    |                   | passport) - return booked [[28/08/2026|date]], not used.
[[02/09/2026|date]]  | School            | Not back. First-day call to father; "in [[Multan|place]], back soon".
[[28/10/2026|date]]  | Primary school    | [[Ayesha|name]] back after 3 weeks' absence in [[Multan|place]]; says [[Hamza|name]] "staying".
[[13/11/2026|date]]  | School            | CME referral by [[Tom Fletcher|name]].
[[17/11/2026|date]]  | CSC               | Home visit with interpreter; mother's account (see note).
[[17/11/2026|date]]  | Strategy          | S47 agreed; FMU and British High Commission in [[Islamabad|place]] contacted.
[[20/11/2026|date]]  | CSC               | [[Ayesha|name]]'s "three houses" (see file).
[[26/11/2026|date]]  | FMU               | Consular staff (Ms [[Nadia Rehman|name]]) speak to [[Hamza|name]] by video call at his
                    |                   | uncle's house in [[Dera
Ghazi Khan|place]]; he says he wants to come home.
[[01/12/2026|date]]  | Court             | Forced Marriage Protection Order (without notice) made, Family Court at Manchester.
[[03/12/2026|date]]  | FMU               | Uncle agrees to bring [[Hamza|name]] to the High Commission on [[8 December|date]]; flight
                    |                   | booked [[10/12/2026|date]] ISB-MAN. Aunt [[Shazia Khosa|name]]
([[+92 345 8102374|phone]]) to travel with him.
[[06/12/2026|date]]  | CSC               | Legal planning meeting; [[Nasreen|name]] to attend with IDVA [[Hina Sheikh|name]].
Late returns (added [[07/12|date]]):
[[21/10/2024|date]]  | Health            | [[Zainab|name]] seen by Dr [[Imtiaz Chaudhry|name]] for a burn to her hand (kettle); account
                    |                   | consistent; [[Ayesha|name]] interpreted.
[[05/06/2025|date]]  | Police            | [[Shahbaz Khosa|name]]'s taxi ([[BF21 XRK|vehicle]]) stopped in [[Rochdale|place]];
licence in order.
[[24/11/2026|date]]  | CSC               | [[Nasreen|name]] goes with [[Ayesha|name]] and [[Zainab|name]] to her cousin
[[Rubina Akhtar|name]]'s
                    |                   | house on [[Walmersley Road|address]] for a week; back on [[1 Dec|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 136 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 14:50 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "dadi", "nani", "chacha", "khala",
           "phuppo", "baji", "apa", "bhai", "ami", "ammi", "abbu", "abba", "ima", "savta", "saba", "rabbi",
           "rabbanit", "rebbetzin", "hacham", "הרב", "אבא", "אמא", "סבתא"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "chacha", "khala", "phuppo", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "greater manchester",
               "lancashire", "the north west", "north west", "ireland", "republic of ireland", "spain", "canary islands",
               "the canaries", "israel", "iraq", "india", "pakistan", "punjab", "south punjab", "the punjab", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Rabbi
# Moallem", "הרב יהודה", "Miss Hope", "Nanna Bren"; and after one: "Hamza bhai") and counties, regions and countries
# ("Israel", "Pakistan", "Ireland", "Lancashire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
