"""Set 162: a held-out hand-written set for the redaction detector, six more invented families in west Cumbria, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, the sets being written
by other helpers at the same time (bench/redaction_set163.py to redaction_set165.py and their tests) or the held-out sets 158 to
161 and their tests (not even their docstrings); that did not run the detector or any bench script that runs it, ran no git
command, and looked at no detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout,
markup and conventions followed here), the module docstrings only of bench/redaction_set7.py to redaction_set157.py (printed with
ast.get_docstring, to see which towns, estates and communities earlier sets used as a family's home, and which document types;
their bodies were not read or searched), bench/redaction_handwritten.py, the checker part of bench/redaction_heldout.py
(KINDS, _NI, sets, problems, gold_counts, report, counts; not its records or documents), an attempt to print set 15's module-level
function definitions (which printed none), and the ruff settings in pyproject.toml. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made with python-stdnum in small snippets. The record constructors (d.Party through
`_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on
this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Six families, chosen to look like a caseload in west Cumbria (Allerdale and Copeland), each from a town, district, estate or
village no earlier set used as a family's home. Four of the kinds most common in children's social care: a white British family
on the Northside estate in Workington, with a nan in Flimby (Dixon / Fisher; a girl of 13 named after the town of Kendal who
cooks and minds her brother of 7, a stepfather's drinking and a smashed television, a key meter run dry, a mother's low mood,
a nan who writes in), a young white British mother of 19 in Glasson, Maryport, with a baby of three months, a father from
Dearham and an aunt in Aspatria (Nicholson / Ritson; a door kicked in, non-fatal strangulation, a remand, a baby's weight
dropping two centiles, a paternal grandmother who turns up and leaves voicemails, an initial child protection conference), a
white British kinship family in Kells, Whitehaven, with a mother in Frizington (Routledge / Armstrong; a mother found
unresponsive after heroin by her son of 11, a grandmother of 61 assessed as a connected person, a grandfather on home oxygen, a
girl of 6 called Storm, bedwetting, supervised contact, a GP called Fell) and a Malayali Catholic family from Kerala in
Harrington, Workington, with a grandmother in Kumaranalloor, Kottayam, and an uncle in Leeds (Jibin / Mathew / Thomas; a
nurse's dependant husband who canes his son of 14 over grades, a slipper used on a girl of 8, a grandmother's pressure for a
doctor son, names and a town in Malayalam script, children who carry their father's first name as their surname). Two from
communities no earlier set's docstring names: an American family from Richland, Washington, in Hensingham, Whitehaven, the
father a contractor's engineer at Sellafield (Hollis; a boy of 15 whipped with a belt for vaping, "how I was raised in Pasco",
a mother on a dependant visa who knows nobody, a grandmother in Kennewick, US dates month first, US phone numbers, a US
school counsellor's records) and a Christadelphian family in Seaton, near Workington (Marsden; a girl of 15 missing overnight
to the flat of a man of 19 in Maryport, a father's slap and a locked room, the ecclesia's arranging brethren writing to the
council, a sister in Adelaide, a girl's diary, a child abduction warning notice). 24 documents, four per family, each with a
style no other document of the set has. Twelve plain professional recording: a social worker's home visit case note, a
primary school DSL chronology, a section 47 enquiry outcome report, a police command and control log extract, an initial
child protection conference report, a connected person viability assessment, core group minutes, a GP letter, strategy
meeting minutes, a child and family assessment's analysis and plan, a return home interview and a section 47 outcome letter
to parents. Twelve other kinds of writing: Snapchat messages typed up from screenshots, a grandmother's handwritten letter
(scanned and OCR'd), a US high school counsellor's email with a records transfer, a family iMessage group chat, a PE
teacher's handwritten cause for concern form (scanned), a health visitor's notes typed fast on a phone, voicemails
transcribed by business support, a grandmother's contact diary (scanned, with OCR misreads), a MASH referral form from a
school, a family WhatsApp group in Malayalam and English with an interpreter's translation, a letter from a church's
arranging brethren, and a girl's diary pages typed up.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (United States, India, Australia); NHS numbers and UPNs (LA number 909, Cumbria) pass
their check digits; NI numbers have a valid format. The council (Derwent Solway), the primary school on Northside, the
ecclesia's officers and the solicitors' firm (Bell Park) are invented; towns, districts, estates, villages, real schools,
hospitals, GP practices, prisons, courts, police, employers (Sellafield, Hanford, Carr's, Marchon, Haig Pit), charities,
churches, brands, apps, programmes and laws are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, DC, DS,
PC, Fr, Pastor, Coach, Nan, Nana, Nanna, Grandma, Grandpa, Mum, Mom, Dad, Pappa, Ammachi, Brother, Bro., Sister, Sis., sis)
stay outside the name span, and so does a Malayalam kinship word after a name ("Jibin chetta", "Alan chettan", "Anju chechi",
"ജിബിൻ ചേട്ടാ"); a possessive 's and a bare s ("Shelleys", "Darrens") stay outside; every person's name is a name in every
form, record or not. "SURNAME, First" is one span ("FISHER, Riley", "NICHOLSON, Skye") and so is "SURNAME First" ("RITSON
Jordan Lee"); an initial with a surname is one span ("J. Ponsonby", "G Wren", "L Fearon", "D. Lowther"), and so is a first name
with an initial ("Hannah L") and a US middle initial ("Tucker J. Hollis"); initials alone ("JR", "J's", "10LF", "K", "TK", "MH",
"CW", "KH", "SI") are not marked; a name broken by a line break is one span holding the break; social media handles
("kendal.dx_13", "taylarose.h") are not marked but a display name that is a person's name or nickname is ("Kenny", "Tay"); a
chat sender saved under a kinship word ("Mom", "Dad", "Pappa", "Ammachi") is not a name, but "Grandma Dee" marks "Dee"; an
OCR misread of a name, place or school is marked as what it stands for ("Rilev", "Harlev", "Sewe11", "Wh1tehaven"). A street
address is one span, its town a place, its postcode a postcode; a street named without a number is an address ("Main Street",
"Crosby Street", "Harrington Road", "Church Road"), and so is a neighbour's bare house number ("no. 24", "no.7", "no. 10") and
an address abroad ("2214 Davison Ave", Richland); a US state before a ZIP code stays outside ("WA") and the ZIP code is a
postcode; an organisation's street address and postcode (the GP practice's, the council's office, the ecclesia's hall) are
marked as any address is; towns, cities, villages, districts and estates are places, at home or abroad and in any script
("Kendal", "Siddick", "Ewanrigg", "Netherhall", "Kumaranalloor", "കോട്ടയം", "Kennewick"), in lower case in messages
("flimby", "seaton", "kennewick", "camerton", "adelaide"); countries, counties, states and regions are not ("Cumbria", "West
Cumbria", "Kerala", "India", "Washington State", "England", "australia"); organisations are not marked even when they hold a
town's or a person's name ("Workington Town Hall", "Whitehaven Family Hub", "Flatt Walks Health Centre", "Harrington
Surgery", "Maryport Health Services", "Richland School District", "West Cumberland Hospital", "Carlisle Crown Court", "HMP
Haverigg", "Beech House practice", "Workington Christadelphian Ecclesia", "Bell Park Solicitors", "Kadlec"); a school's name
is a school, and so is its short form ("St Bens", "St Benedict's", "Hanford High", "Harrington Junior", "Seaton St Paul's"); a
date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside, and a US month-first date
is a date), the bare day in a diary line or a "the 27th" is a date span of its own; months and years alone are not marked;
pets' names ("Bruno") are not names; parks, beaches, harbours, pits and plants are landmarks and stay unmarked; a surname or
first name that is also a word or a town is marked by what it refers to ("Kendal", "Keswick", "Storm", "Fell", "Steel",
"Heather", "Wren", "Skye" are names when they are people, and Kendal and Keswick are places when they are places); a service
or branch named by its town marks the town ("Workington Locality Team", "Whitehaven CID", "WORKINGTON CUSTODY", "CGL
Whitehaven", "the Maryport team", "the Workington bus station").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a child's nickname for a
person ("Stitchy", the lad next door) is a name; a girl's nickname in another gender ("Kenny", "Ken" for Kendal) is a name; a
city named for its airport ("Landing Manchester") is a place; a church's own name with a town in it ("Workington
Christadelphian Ecclesia") is an organisation, while "the ecclesia's hall in Workington" marks the town; the children's
surname that is their father's first name ("JIBIN", "Alan Jibin") is a name wherever it appears; a name in Malayalam script
("അലൻ", "അലീന", "ജിബിൻ") is a name and a town in Malayalam script ("കോട്ടയം") a place; the group chat's title in Malayalam
("കുടുംബം", family) is not a name; a "Recording Brother" and the "arranging brethren" are roles; the CMA, DCYF, LanguageLine,
Triple P, Caring Dads, CGL and Women's Aid are organisations or programmes; a GMC number, a log reference and a council
reference are not marked.

Self-check without the detector: `python -m bench.redaction_set162` (and tests/test_redaction_set162.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
923 gold spans, 527 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dixon / Fisher family (white British), Northside, Workington, with a nan in Flimby --------------------------------

HOME_A = d.Address("22 Derwent Drive", "Northside", "Workington", "CA14 1NH")
NAN_A = d.Address("5 Risehow Terrace", "Flimby", "Maryport", "CA15 8PT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kendal", "Dixon")], dt.date(2013, 5, 2), addresses=[HOME_A], ids=["7021658176", "R909220780292"],
       schools=["Workington Academy"]),
    _p("s", "sibling", [("Riley", "Fisher")], dt.date(2019, 2, 11), addresses=[HOME_A], ids=["3280917840"],
       schools=["Northside Community Primary School"]),
    _p("m", "mother", [("Shelley", "Dixon")], dt.date(1991, 8, 23), addresses=[HOME_A], phones=["07812 446 290"],
       ids=["JX 31 62 07 B"]),
    _p("f", "father", [("Darren", "Fisher")], dt.date(1988, 12, 9), addresses=[HOME_A], phones=["07745 318 062"]),
    _p("g", "grandparent", [("Pat", "Dixon")], dt.date(1962, 3, 30), addresses=[NAN_A], phones=["01900 812 064"]),
    _p("p1", "professional", [("Hollie", "Brannan")], phones=["01900 603 418"], emails=["hollie.brannan@derwentsolway.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """DERWENT SOLWAY COUNCIL - CHILDREN'S SERVICES - CASE NOTE
Child: [[Kendal DIXON|name]] (DOB [[02/05/2013|dob]])   Sibling: [[Riley FISHER|name]] (DOB [[11/02/2019|dob]])
Type: unannounced home visit (Child in Need)    Date of visit: Thursday [[19 November 2026|date]]
Recorded by: [[Hollie Brannan|name]], Social Worker, [[Workington|place]] Locality Team    Recorded on: [[20.11.26|date]]

Visited [[22 Derwent Drive|address]], [[Northside|place]], [[Workington|place]] [[CA14 1NH|postcode]] at 16:10. Mum [[Shelley|name]]
answered after a few minutes; she said she had been "having a lie down". [[Darren|name]] (dad to [[Riley|name]], stepdad to
[[Kendal|name]]) was not in - [[Shelley|name]] said he was "down the club" with his brother [[Wayne|name]] and would be back for tea.

Home conditions: the front room was tidy but the kitchen had a week's pots, two full bin bags by the back door and the
fridge held milk, a block of cheese and cans of Carling. No bread. Dog (Bruno, Staffie cross) shut in the yard. [[Riley|name]]'s
bedroom has a bare mattress with no cover; mum says the cover is "in the wash". The boiler has been off since
[[9 November|date]] because the key meter ran out; the family are using an oil heater in the front room.

[[Riley|name]] (7) was in his school uniform from the day, which was grubby at the cuffs. He showed me his Pokémon cards and told
me "[[Kenny|name]] made me chips" last night. He calls his sister [[Kenny|name]] or [[Ken|name]]. He said dad "shouts when he's had
his cans" and that he hides under the bunk "with [[Stitchy|name]]" - I thought this was a toy, but mum said [[Stitchy|name]] is
[[Riley|name]]'s name for the lad next door, [[Mason Keswick|name]] (9), at [[no. 24|address]], who comes round to play on the Xbox.

[[Kendal|name]] (13) came in at 16:40 from [[Workington Academy|school]] with a friend, [[Tayla-Rose Hinde|name]]. She would not sit with
me but said from the doorway: "We're fine, you can go now." Later, in the yard, she told me she did the tea most nights and
took [[Riley|name]] to school when mum "can't get up". She said she goes to nan [[Pat|name]]'s in [[Flimby|place]] at weekends and
"wishes she could live there". She wants to go to [[Kendal|place]] for the college open day next year (she likes that she
has "a town named after me").

Mum spoke about her low mood; she was prescribed sertraline by Dr [[Aitken|name]] at the Beech House practice in [[Seaton|place]]
but stopped taking it. I gave her the number for Mind in West Cumbria and the West Cumbria Foodbank voucher line.

Analysis: the concerns about neglect, about [[Kendal|name]] caring for her brother and about [[Darren|name]]'s drinking are
current. Discussed with my manager [[Phil Osborne|name]] on [[20/11|date]]: a strategy discussion is not needed today, but
we will bring forward the CIN review to [[1 December 2026|date]] and I will ring nan ([[01900 812 064|phone]]) and dad
([[07745 318 062|phone]]). Next visit by [[27.11.2026|date]].

Contacts after the visit: rang nan [[Pat Dixon|name]] at 17:30 - she can have both children on Friday the [[27th|date]]. Left a
message for [[Darren|name]]. Emailed [[Andrea Cairns|name]] (DSL, [[Northside Community Primary School|school]]) and [[Ruth
Iredale|name]] (pastoral lead, [[Workington Academy|school]]) with the date of the CIN review. The neighbour, [[Carol Keswick|name]]
([[Mason|name]]'s mum), stopped me on the path to say she hears shouting "through the wall" late at night and that she gave
[[Riley|name]] his tea twice last week.
"""),
    ("Snapchat messages between a girl and her friend, typed up from screenshots", """[Screenshots handed to the school by
[[Tayla-Rose Hinde|name]]'s mother on [[24/11/2026|date]]; typed up by Mrs [[Cairns|name]], DSL. Spelling as in the original.
Display names in brackets.]

kendal.dx_13 ([[Kenny|name]]): u up
taylarose.h ([[Tay|name]]): ye wats up
kendal.dx_13 ([[Kenny|name]]): [[daz|name]] is kickin off again. mam is crying in the bath room
kendal.dx_13 ([[Kenny|name]]): hes smashed the telly cos [[riley|name]] had it on 2 loud
taylarose.h ([[Tay|name]]): omg r u ok?? is [[ri|name]] ok
kendal.dx_13 ([[Kenny|name]]): ye hes in with me under the covers. i put cocomelon on my phone 4 him
taylarose.h ([[Tay|name]]): come to mine. my mam will get u in the car
kendal.dx_13 ([[Kenny|name]]): cant leave [[ri|name]]. [[daz|name]] wud go mental
taylarose.h ([[Tay|name]]): ring ur nan
kendal.dx_13 ([[Kenny|name]]): nan has no credit and she dont drive. shes in [[flimby|place]] anyway
taylarose.h ([[Tay|name]]): wat about [[wayne|name]]
kendal.dx_13 ([[Kenny|name]]): lol no hes worse. hes the one who brings the cans
taylarose.h ([[Tay|name]]): [[ellis|name]] sed his brother saw [[daz|name]] at the [[seaton|place]] garage buying vodka at 5
kendal.dx_13 ([[Kenny|name]]): dont tell [[ellis|name]] nothing hes got a big gob
taylarose.h ([[Tay|name]]): i wont. but tell miss [[cairns|name]] tmrw?
kendal.dx_13 ([[Kenny|name]]): no cos then [[hollie|name]] comes round again and mam gets a shock
kendal.dx_13 ([[Kenny|name]]): he's gone out now. door slammed. mams ok she says
taylarose.h ([[Tay|name]]): ok. snap me in the morning. love u x
kendal.dx_13 ([[Kenny|name]]): love u 2. dont screenshot this
[Time stamps on the screenshots run from 23:41 to 00:17, night of [[22nd|date]] into [[23rd November|date]].]
"""),
    ("primary school DSL chronology", """[[NORTHSIDE COMMUNITY PRIMARY SCHOOL|school]] - DSL CHRONOLOGY (extract)
Pupil: [[FISHER, Riley|name]]    Year 2    Sister's UPN (at
[[Workington Academy|school]]): [[R909220780292|upn]]    Class teacher: Mr [[Lister|name]]

[[04.09.26|date]]  First day back. Came in without a coat or bag. Mum said bag "lost". Spare from lost property. (TA [[J. Ponsonby|name]])
[[15.09.26|date]]  Head lice, third time since Easter. Letter home. (Office, [[Bev|name]])
[[2/10/26|date]]   Fell asleep on the carpet at story time. Said he "was up late with the shouting". Logged by Mr [[Lister|name]].
[[9 Oct|date]]     Collected at 15:50 (50 mins late) by his sister [[Kendal|name]] (13) in her [[Workington Academy|school]] uniform.
              Mum not answering [[07812 446 290|phone]]. Dad's number ([[07745 318 062|phone]]) went to voicemail.
[[16-10-2026|date]] Bruise on left upper arm, about 3 cm, yellowing. [[Riley|name]]: "I banged it on the bunk." Body map done.
[[21 Oct|date]]    Attendance 88.4%. EWO (Mrs [[Dalzell|name]]) informed.
[[3/11|date]]      [[Riley|name]] told Mrs [[Hodgson|name]] (lunchtime) that "[[Daz|name]] threw the remote at mam". DSL rang
              the front door; advice: pass to the allocated SW, [[Hollie Brannan|name]], [[01900 603 418|phone]] - done 14:05.
[[12/11/2026|date]] Free school meal not taken - said he wasn't hungry; ate two pieces of toast at breakfast club.
[[18/11/2026|date]] Nan, Mrs [[Pat Dixon|name]], came in to say she will pick [[Riley|name]] up on Fridays from now. Added to
              his collection list (password "Bruno").
[[25/11/26|date]]  Strategy call with [[Workington|place]] police (DC [[Lewthwaite|name]]) after the weekend; see MARAC flag.
[[30/11/26|date]]  [[Riley|name]] brought a letter from nan; staying at [[5 Risehow Terrace|address]], [[Flimby|place]] this week.
              Nan's neighbour [[Irene Tyson|name]] drives him in. [[Irene|name]] added to the collection list after a call
              to mum ([[07812 446 290|phone]]).
DSL: [[Andrea Cairns|name]]  (deputy: [[Sam Tweddle|name]])
"""),
    ("grandmother's handwritten letter, scanned and OCR'd", """[Scanned from a handwritten letter, 2 pages, received at
Workington Town Hall on [[26 Nov 2026|date]]. OCR text, not corrected.]

[[5 Risehow Terr|address]].
[[Flimby|place]]
[[23/11/26|date]]

Dear Miss [[Brannan|name]] (the social worker for my grandchildren)

I am [[Patricia Dixon|name]] but every one calls me [[Pat|name]], I am [[Shelley|name]]s mam. I do not like to go behind my
daughters back but I am that worried I cant sleep. Our [[Kendal|name]] rang me Sunday night from under her quilt
whispering. She said [[Darren|name]] had broke the tele and that [[Rilev|name]] was shaking. I have told [[Shelley|name]] before
he is no good when he has had a drink and his brother [[Wayne Fisher|name]] is worse, he was in Haverigg for the fighting
in [[Maryport|place]].

I could have the bairns here. I have two bedrooms and the little one can go in with me. The school bus goes from the
[[Flimby|place]] shop and I have spoke to Mrs [[Cairns|name]] at the school. I am 64 and I have my sugar but I am fit. My
neighbour [[Irene Tyson|name]] would help, she lives at [[no.7|address]] and used to foster for Cumbria County Council
years ago.

[[Kendal|name]] is a good lass but she is mothering that little lad and she is only a bairn herself. She got her
name from the town where I was born, [[Kendal|place]], and she is that proud of it. She should be doing her home work
and going to the dancing in [[Cockermouth|place]], not making chips at 9 o clock at night.

My phone is [[01900 812 064|phone]] (house) I do not have a mobile. Please do not tell [[Shelley|name]] I wrote. Or tell her
if you have to, I will stand by it.

Yours faithfully
[[P. Dixon|name]] (Mrs)

P.S. [[Darren|name]]s mother is [[Brenda Fisher|name]] in [[Siddick|place]], she would say the same as me.
"""),
]


# --- B. Hollis family (American, from Richland, Washington), Hensingham, Whitehaven ----------------------------------------

HOME_B = d.Address("11 Fell View Avenue", "Hensingham", "Whitehaven", "CA28 8TQ")
US_B = d.Address("2214 Davison Avenue", "", "Richland", "WA 99354")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tucker", "Hollis")], dt.date(2011, 3, 14), addresses=[HOME_B, US_B], ids=["3843634637"],
       schools=["Whitehaven Academy"]),
    _p("s", "sibling", [("Brynlee", "Hollis")], dt.date(2017, 7, 28), addresses=[HOME_B], ids=["9593040935"],
       schools=["Hensingham Primary School"]),
    _p("m", "mother", [("Jolene", "Hollis")], dt.date(1986, 10, 5), addresses=[HOME_B], phones=["07926 551 847"]),
    _p("f", "father", [("Clayton", "Hollis")], dt.date(1983, 1, 19), addresses=[HOME_B], phones=["07588 204 613", "+1 509 946 2178"]),
    _p("g", "grandparent", [("Darlene", "Hollis")], phones=["+1 509 371 0482"]),
    _p("p1", "professional", [("Ciaran", "Moffat")], emails=["ciaran.moffat@derwentsolway.gov.uk"]),
], "c")

DOCS_B = [
    ("US high school counselor's email with a records transfer", """From: [[Kristen Abernathy|name]] <[[kabernathy@rsd.edu|email]]>
Sent: Monday, [[November 9, 2026|date]] 4:52 PM (PST)
To: [[Ciaran Moffat|name]] <[[ciaran.moffat@derwentsolway.gov.uk|email]]>
Cc: [[lfearon@whitehaven-academy.org.uk|email]]
Subject: RE: Records request - [[Tucker J. Hollis|name]] (DOB [[03/14/2011|dob]])

Hi [[Ciaran|name]],

Thanks for your call this morning (well, my morning!). As requested, here is what I can share under our district's
policy. I have attached [[Tucker|name]]'s cumulative file from [[Hanford High School|school]] and, before that,
[[Chief Joseph Middle School|school]].

- Enrolled [[08/28/2024|date]] to [[06/13/2025|date]] (9th grade). Withdrew [[07/02/2025|date]], family relocating to the UK.
- GPA 3.1. Varsity wrestling (JV as a freshman). No discipline referrals.
- One counseling note, [[02/11/2025|date]]: [[Tucker|name]] came in after a wrestling meet upset that his dad "went off on
  him" in the truck for losing. He had a mark on his neck he said was from the match. Coach [[Dale Petrakis|name]] said the
  match was clean. I made a report to DCYF (Washington's CPS) that day, intake screened out. I can't send the DCYF record,
  but the family's address then was [[2214 Davison Ave|address]], [[Richland|place]], WA [[99354|postcode]] and
  [[Tucker|name]]'s mom, [[Jolene|name]], was great to work with - cell [[+1 (509) 946-2178|phone]] is the dad's, I think.
- Sibling [[Brynlee|name]] was at [[Jefferson Elementary|school]] in 2nd grade.

[[Tucker|name]] is a sweet kid who kept a lot in. I was sorry to hear he's struggling over there. If you need
anything else, my direct line is [[+1 509 967 6015|phone]]. Grandma [[Darlene|name]] lives in [[Kennewick|place]] and
called us once about him too.

Take care,
[[Kristen Abernathy|name]], M.Ed.
School Counselor, [[Hanford High|school]] | Richland School District
P.S. Coach [[Petrakis|name]] asked me to pass on his email, [[dpetrakis@rsd.edu|email]], if [[Tucker|name]] ever wants to write.

-----Original Message-----
From: [[Ciaran Moffat|name]]   Sent: [[09 November 2026|date]] 10:14
Re: [[Tucker Hollis|name]], now at [[Whitehaven Academy|school]], [[Whitehaven|place]], England. We are making enquiries under
section 47 of the Children Act 1989 after a bruise was seen on [[Tucker|name]]'s back on [[6/11/2026|date]].
"""),
    ("section 47 enquiry outcome report", """DERWENT SOLWAY COUNCIL - SECTION 47 ENQUIRY: OUTCOME
Children: [[Tucker HOLLIS|name]] ([[14.03.2011|dob]]), [[Brynlee HOLLIS|name]] ([[28.07.2017|dob]])
Address: [[11 Fell View Avenue|address]], [[Hensingham|place]], [[Whitehaven|place]] [[CA28 8TQ|postcode]]
Start: [[6 November 2026|date]]    Completed: [[20 November 2026|date]]    Social worker: [[Ciaran Moffat|name]]
Team manager: [[Nadia Kerr|name]]    Police: DC [[Steph Grainger|name]] ([[Whitehaven|place]] CID)

1. Reason for the enquiry. On Friday [[6 November|date]] [[Tucker|name]] (15) got changed for PE at [[Whitehaven Academy|school]].
Mr [[Lewis Fearon|name]] (PE) saw two long purple marks across his lower back. [[Tucker|name]] said his dad "whipped" him with
a belt on Wednesday the [[4th|date]] because he was caught vaping on the bus and had lied about it. The DSL, Mrs [[Gosling|name]],
referred to the front door at 11:20.

2. What the family said. Father, [[Clayton Hollis|name]] (43), a project engineer for a US contractor at Sellafield since
July 2025. He said a whipping "is how I was raised in [[Pasco|place]]" and "what you'd get
in Washington State". He was told clearly that it is an assault in England. Mother, [[Jolene Hollis|name]] (40), is on a
dependant visa, does not drive on the left yet, and knows nobody here except [[Megan Tolson|name]] from the church at
[[Hensingham|place]] (Pastor [[Mike Dunnage|name]]) and her neighbour [[Gail|name]] at [[no. 9|address]]. [[Jolene|name]] said
[[Clay|name]] has a temper "since Hanford
laid him off" and that she has been "walking on eggshells".

3. The children. [[Tucker|name]] was seen alone twice. He misses wrestling and his friends [[Brody|name]] and [[Jayden Ruiz|name]]
back home, and says he vapes because "everyone here does". He does not want his dad arrested. [[Brynlee|name]] (9), at
[[Hensingham Primary School|school]], said her dad is "super strict" and "spanks" her "only for sass". Her class teacher,
Miss [[Nicholson|name]], has no concerns about her.

4. Medical. Child protection medical at the West Cumberland Hospital on [[7/11/2026|date]] (Dr [[Anjali Rao|name]]): injuries
consistent with [[Tucker|name]]'s account.

5. Outcome. Concerns substantiated (physical abuse). Police: [[Clayton|name]] voluntarily interviewed [[13 Nov 2026|date]];
community resolution considered. Decision: Child in Need plan with a parenting programme (Triple P Teen), not an initial
conference, agreed with [[Nadia Kerr|name]] on [[20/11/26|date]]. Grandmother [[Darlene Hollis|name]] (in [[Kennewick|place]],
[[+1 509 371 0482|phone]]) was spoken to with parents' consent and will visit at Christmas.
"""),
    ("family iMessage group chat, typed up", """[Group "HOLLIS CREW 🇺🇸🇬🇧" - screenshots shown to the social worker by
[[Jolene Hollis|name]] on [[18/11/2026|date]] and typed up with her consent. Times are UK.]

Mom: dinner at 6. [[tuck|name]] pls be home, dad is making his chili
Grandma [[Dee|name]]: Hi babies!!! Miss you all. Its 20 degrees here in [[kennewick|place]] 🥶 how is England
[[Brynlee|name]]: hi grandma!!!! we went to [[St Bees|place]] beach and i found a crab. [[tuck|name]] got a detention lol
[[Tucker|name]]: shut up [[bryn|name]]
Dad: Watch your mouth son.
[[Tucker|name]]: sorry
Mom: [[clay|name]] can you grab milk from the Co-op on [[Main Street|address]] on your way
Dad: Yep. Out of the plant at 5:15
Grandma [[Dee|name]]: [[clayton|name]] honey you call me Sunday ok. Your uncle [[Rusty|name]] is in Kadlec again with his heart
Mom: oh no. tell him we love him
[[Tucker|name]]: can [[Ollie|name]] come over after school, hes the one from [[Mirehouse|place]]
Dad: Not this week. You know why.
[[Tucker|name]]: ok
[[Brynlee|name]]: can [[Poppy|name]] come then
Mom: [[Poppy|name]] can come Saturday if her mom says yes, ask Mrs [[Heslop|name]]
Grandma [[Dee|name]]: Love you all. Thanksgiving pics please!! Tell [[Jolie|name]] the recipe is in the blue book
Mom: I have it mom ❤️
[[Brynlee|name]]: grandma are you coming for christmas
Grandma [[Dee|name]]: Flights booked!! Landing [[Manchester|place]] [[Dec 20|date]] baby girl. Grandpa [[Earl|name]] says hi
[[Tucker|name]]: is grandpa coming
Grandma [[Dee|name]]: No honey, [[Earl|name]]'s knees. Just me
Mom: we'll get you from [[Carlisle|place]] station mom, the train from [[Manchester|place]] is easier than driving
"""),
    ("PE teacher's handwritten concern form, scanned", """[[WHITEHAVEN ACADEMY|school]] - CAUSE FOR CONCERN (blue form) - scanned
Name of pupil: [[Tucker Hollis|name]]       Form: 10LF (Mr [[L. Fearon|name]])
Date: [[06 / 11 / 26|date]]     Time: 09.40       Where: boys' changing room, sports hall
What did you see or hear? (exact words)
Two marks, long + thin, purple/red, across lower back above waistband, approx 15-20cm each. One has a small cut at the
end like a buckle. T. said "My dad whipped me with his belt Wed night. It's fine, it's normal back home."
Asked him (open q) what happened before. He said he got caught vaping on the bus from [[Cleator Moor|place]] by a
teacher off the bus + his dad found out "from Mrs [[Gosling|name]]'s email".
Anyone else present? [[Callum Edgar|name]] (pupil) saw the marks + said "mate thats bad".
Action taken: Passed to DSL in person 09.55. Did not photograph.
Signed: [[L Fearon|name]]      Print: [[LEWIS FEARON|name]]       Received by DSL: [[R. Gosling|name]]  [[06/11|date]]  10:02
DSL action: referral to Front Door ([[01946 692 375|phone]]) 11:20; [[Tucker|name]] to stay in school; mum ([[07926 551 847|phone]])
not told on police advice.
Follow-up (DSL, [[9/11/26|date]]): [[Tucker|name]] seen by DC [[Grainger|name]] and [[Ciaran Moffat|name]] (SW) in the library.
[[Callum Edgar|name]]'s mum, Mrs [[Edgar|name]], rang to say [[Callum|name]] was upset by what he saw.
"""),
]


# --- C. Nicholson / Ritson family (white British), Glasson, Maryport, with a father in Dearham and an aunt in Aspatria ------

HOME_C = d.Address("8 Solway Crescent", "Glasson", "Maryport", "CA15 7HL")
DAD_C = d.Address("3 Row Brow", "Dearham", "Maryport", "CA15 7JP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ava-Lily", "Nicholson")], dt.date(2026, 7, 22), addresses=[HOME_C], ids=["7946645953"]),
    _p("m", "mother", [("Skye", "Nicholson")], dt.date(2007, 6, 17), addresses=[HOME_C], phones=["07305 772 419"],
       ids=["7216221907"]),
    _p("f", "father", [("Jordan", "Ritson")], dt.date(2004, 2, 3), addresses=[DAD_C], phones=["07967 130 584"],
       ids=["PB 62 48 15 D"]),
    _p("a", "other", [("Kayleigh", "Nicholson")], dt.date(2001, 4, 12), phones=["07462 908 351"]),
    _p("p1", "professional", [("Bethan", "Irving")], phones=["01900 815 993"], emails=["bethan.irving@derwentsolway.gov.uk"]),
    _p("p2", "professional", [("Gillian", "Wren")], phones=["07834 617 220"]),
], "c")

DOCS_C = [
    ("police command and control log extract", """CUMBRIA CONSTABULARY - COMMAND AND CONTROL - INCIDENT LOG (extract for partner agencies)
Log ref: CC-20261031-0722     Opened: [[31/10/2026|date]] 23:48     Area: West - [[Maryport|place]]
Location: [[8 SOLWAY CRESCENT|address]], [[GLASSON|place]], [[MARYPORT|place]] [[CA15 7HL|postcode]]
Caller: [[NICHOLSON, Skye|name]] (19) on [[07305 772 419|phone]] - 999, crying, male voice shouting in background

23:48 CALLER STATES EX PARTNER [[JORDAN RITSON|name]] HAS KICKED THE DOOR IN AND IS IN THE HOUSE. BABY (3 MONTHS) IN THE
      HOUSE. LINE OPEN, SHOUTING HEARD "GIVE US THE PHONE". LINE LOST.
23:49 CALL BACK - NO ANSWER. GRADE 1. Units 4C11, 4C14 from [[Workington|place]].
23:51 PNC/PND: [[RITSON Jordan Lee|name]] DOB [[03/02/2004|dob]], [[3 ROW BROW|address]], [[DEARHAM|place]]. Warning markers: violence,
      weapons (knife, 2023). Prev DA with same victim x3 (Mar, Jun, Aug 2026). Bail cond not to contact victim - EXPIRED
      [[28/10/26|date]].
23:55 2ND CALLER: neighbour Mr [[Eric Blamire|name]], [[no. 10|address]], on [[07719 385 046|phone]]: male "ran off towards the
[[Netherhall|place]]
      end" in a grey hoodie. Neighbour has the baby's mother in his house. Baby still inside [[no. 8|address]].
23:58 4C11 ON SCENE. PC 1904 [[Lauren Ashbridge|name]]. BABY [[AVA-LILY NICHOLSON|name]] ([[22.07.2026|dob]]) FOUND IN COT, SAFE,
      CRYING, NO VISIBLE INJURY. FRONT DOOR FRAME SPLIT. PHONE SMASHED ON KITCHEN FLOOR.
00:06 VICTIM STATES SUSP GRABBED HER THROAT IN THE HALL ("STRANGULATION - NON FATAL"), PUSHED HER INTO THE RADIATOR.
      REDNESS TO NECK. NWAS REQUESTED.
00:20 SUSP SIGHTED BY 4C14 ON [[CROSBY STREET|address]] NEAR THE HARBOUR. DETAINED. VEHICLE NEARBY [[PN19 XKE|vehicle]]
      (SUSP'S SILVER CORSA) - KEYS ON HIM.
00:31 ARRESTED: ASSAULT OCC ABH, CRIM DAMAGE, NFS. CONVEYED TO [[WORKINGTON|place]] CUSTODY.
00:40 VICTIM TO STAY WITH SISTER [[KAYLEIGH NICHOLSON|name]] IN [[ASPATRIA|place]] ([[07462 908 351|phone]]).
      DASH: HIGH. MARAC REFERRAL. CHILD NOTIFICATION TO CHILDREN'S SERVICES [[01/11/2026|date]] 00:52.
      OIC: DC [[Pearson|name]]. Log closed 02:14 [[1 Nov|date]].
"""),
    ("health visitor's notes typed fast on a phone between visits", """HV notes - typed on work phone in car, to transfer to
SystmOne later. [[G Wren|name]] HV

[[2/11|date]] 10.15 - [[Skye|name]] + [[Ava-Lily|name]] at sisters in [[Aspatria|place]] ([[Kayleigh|name]]'s, flat above the
chippy on the main st). [[Skye|name]] v tired, bruise L neck like fingers + scratch. says JR (= [[Jordan|name]]) "lost it" cos she
wouldnt give him the pin for her phone.
baby 5.41kg (25th centile, was 50th at 6wk) - drop. on Aptamil 1st, 5 x 5oz. nappy rash. no thrush.
bonding ok, lots of eye contact, [[Skye|name]] sings to her. smokes outside.
mum says [[jordan|name]] been messaging from a new no off his cousin [[Dean|name]]s phone -> tell SW
[[kayleigh|name]] works nights at the Carr's factory in [[carlisle|place]] so cant be here every night

[[5/11|date]] 14.40 - phone call w [[Bethan|name]] SW. strategy tmrw 10am. gave weights + bruise.

[[9.11|date]] 11.00 - back at [[Glasson|place]], door boarded still. [[Skye|name]] says landlord (Mr [[Ostle|name]]) won't fix til police
say. Nanna [[Sandra|name]] there ([[Skye|name]]'s mam, from [[Flimby|place]]?? no -
from [[Ewanrigg|place]]), lovely with baby. baby 5.62kg. v happy w gain. told [[Skye|name]] about Women's Aid drop in at the
library. [[12/11|date]] 16.20 txt from [[Kayleigh|name]] ([[07462 908 351|phone]]): [[Tracey|name]] (J's mam) been round again ->
[[Bethan|name]]. [[Skye|name]]: "I'm not going back to him [[Gill|name]], honest". ASQ due 4 mths.
"""),
    ("initial child protection conference report", """DERWENT SOLWAY SAFEGUARDING CHILDREN PARTNERSHIP
REPORT TO THE INITIAL CHILD PROTECTION CONFERENCE
Child: [[Ava-Lily NICHOLSON|name]]   DOB: [[22 July 2026|dob]]   NHS no: [[794 664 5953|nhs]]
Address: [[8 Solway Crescent|address]], [[Glasson|place]], [[Maryport|place]] [[CA15 7HL|postcode]] (at present staying with her
maternal aunt in [[Aspatria|place]])
Conference: Tuesday, [[24 November 2026|date]], 10:00, the Wordsworth Room, Workington Town Hall (and by Teams)
Chair: [[Moira Bragg|name]], Independent Reviewing Officer    Author: [[Bethan Irving|name]], Social Worker, [[Maryport|place]] team

1. Family. Mother: [[Skye Nicholson|name]], 19, DOB [[17/06/2007|dob]]. Father: [[Jordan Ritson|name]], 22, DOB [[03/02/2004|dob]],
of [[Dearham|place]], remanded to HMP Durham on [[2 November 2026|date]]; trial listed at Carlisle Crown Court in March 2027.
Maternal aunt: [[Kayleigh Nicholson|name]], 25. Maternal grandmother: [[Sandra Nicholson|name]], [[Ewanrigg|place]]. Paternal
family: grandmother [[Tracey Ritson|name]] in [[Dearham|place]], who says her son is "being set up".

2. Incidents. Four police call-outs since [[14 March 2026|date]], when [[Skye|name]] was 32 weeks pregnant (pushed into a door
frame). On [[31 October 2026|date]] [[Jordan|name]] forced the door, took [[Skye|name]] by the throat and smashed her phone
while [[Ava-Lily|name]] was asleep upstairs. Non-fatal strangulation is a strong predictor of future serious harm.

3. Health. HV [[Gillian Wren|name]] reports a fall from the 50th to the 25th centile between 6 weeks and 14 weeks, now recovering.
GP: Dr [[Okwu|name]], Maryport Health Services. Mother has low mood (PHQ-9: 14) and was referred to the perinatal mental
health team on [[10/11/26|date]].

4. Mother's view. [[Skye|name]] says she has ended the relationship and wants a non-molestation order; Cumbria Law Centre are
helping. She asked for [[Jordan|name]]'s mother not to be told where she is. She has been getting messages through [[Dean
Ritson|name]] (the father's cousin) on Facebook.

5. Recommendation. That [[Ava-Lily|name]] be made the subject of a child protection plan under the category of emotional
abuse (exposure to domestic abuse). Core group to meet within 10 working days, by [[8 December|date]].

6. Invited: [[Skye Nicholson|name]]; [[Kayleigh Nicholson|name]] (supporter); HV [[Gillian Wren|name]]; PC [[Lauren Ashbridge|name]];
[[Jo Birkett|name]] (IDVA, Victim Support); Dr [[Okwu|name]]. Not invited: [[Jordan Ritson|name]] (remand); his view to be sought
through his solicitor.
"""),
    ("voicemails left for the social worker, transcribed", """Voicemails on [[Bethan Irving|name]]'s work mobile, transcribed by
[[Jade|name]] (business support), Monday [[16/11/2026|date]]

1) Fri [[13/11|date]] 17:52, from [[07462 908 351|phone]]:
"Hiya [[Bethan|name]], it's [[Kayleigh|name]], [[Skye|name]]'s sister. Just to say [[Jordan|name]]'s mam, [[Tracey|name]], turned up at
mine in [[Aspatria|place]] today banging on the window wanting to see the baby. I didn't let her in. She said she'll go to
the papers. Can you ring us back? Ta."

2) Sat [[14/11|date]] 09:03, withheld number:
"Aye, this is [[Tracey Ritson|name]]. You lot have got no right keeping me from my granddaughter. I've done nowt wrong. My
number's [[07852 049 318|phone]]. I want contact, I'll get a solicitor, I know [[Gary|name]] at Bell Park Solicitors in
[[Workington|place]]."

3) Sun [[15/11|date]] 22:41, from [[07305 772 419|phone]]:
"It's [[Skye|name]]. Sorry it's late. [[Ava|name]]'s fine, she's asleep. I got a letter from the prison, it's from
[[Jordan|name]], it came to [[Kayleigh|name]]'s so how does he know where I am? It's got a drawing in. Do I have to give it
to the police? Ring us tomorrow, not before ten 'cos the bairn's up in the night."

4) Mon [[16/11|date]] 08:15, from [[01900 812 064|phone]] - wrong number, an older lady asking for "[[Hollie|name]]", passed to
the [[Workington|place]] team.

5) Mon [[16/11|date]] 12:30, from [[01900 812 440|phone]]:
"Hello, it's [[Wendy|name]], Dr [[Okwu|name]]'s secretary, about [[Ava-Lily Nicholson|name]]. Mum missed the 16-week check on
[[12 November|date]]; can [[Skye|name]] ring us to rebook? Thank you."
"""),
]


# --- D. Routledge / Armstrong family (white British, kinship care), Kells, Whitehaven, a mother in Frizington -------------

HOME_D = d.Address("6 Meadow Road", "Kells", "Whitehaven", "CA28 9HX")
MUM_D = d.Address("Flat 2, 41 Main Street", "", "Frizington", "CA26 3PW")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Storm", "Armstrong")], dt.date(2020, 4, 19), addresses=[HOME_D], ids=["2947660676"],
       schools=["Kells Infant School"]),
    _p("s", "sibling", [("Harley", "Routledge")], dt.date(2015, 1, 8), addresses=[HOME_D], ids=["8543572894", "N909210889232"],
       schools=["St Benedict's Catholic High School"]),
    _p("m", "mother", [("Carly", "Routledge")], dt.date(1993, 9, 2), addresses=[MUM_D], phones=["07751 830 294"]),
    _p("f", "father", [("Lee", "Armstrong")], dt.date(1990, 6, 27)),
    _p("g", "carer", [("Jean", "Routledge")], dt.date(1965, 11, 15), addresses=[HOME_D], phones=["07398 556 127", "01946 694 210"],
       ids=["SK 27 90 41 A"]),
    _p("p1", "professional", [("Rachael", "Steel")], emails=["rachael.steel@derwentsolway.gov.uk"]),
], "c")

DOCS_D = [
    ("connected person viability assessment", """DERWENT SOLWAY COUNCIL - CONNECTED PERSON VIABILITY ASSESSMENT (Regulation 24)
Prospective carer: [[Jean ROUTLEDGE|name]], DOB [[15/11/1965|dob]], NI [[SK 27 90 41 A|ni]]
Address: [[6 Meadow Road|address]], [[Kells|place]], [[Whitehaven|place]] [[CA28 9HX|postcode]]   Tel: [[01946 694 210|phone]] /
[[07398 556 127|phone]]
Children: [[Harley ROUTLEDGE|name]] (DOB [[08/01/2015|dob]]) and [[Storm ARMSTRONG|name]] (DOB [[19/04/2020|dob]])
Assessor: [[Rachael Steel|name]], Social Worker, Fostering (Kinship) Team    Visits: [[3 Nov|date]], [[10 Nov|date]] and
[[17 Nov 2026|date]]

Background. [[Jean|name]] is the children's maternal grandmother. The children's mother, [[Carly Routledge|name]] (33), has used
heroin and crack cocaine on and off since 2017 and lives alone at [[Flat 2, 41 Main Street|address]], [[Frizington|place]]. On
[[27 October 2026|date]] [[Carly|name]] was found unresponsive by [[Harley|name]] (11) in the bathroom at [[Frizington|place]]; he rang
999 and a neighbour, [[Shaun McGlasson|name]], gave naloxone. The children have lived with [[Jean|name]] under section 20 since
that night. [[Storm|name]]'s father, [[Lee Armstrong|name]], is at HMP Haverigg (release date [[14/05/2027|date]]); [[Harley|name]]'s
father, [[Jamie Pears|name]], died in 2019.

The household. [[Jean|name]] (61) is a retired dinner lady at [[Kells Infant School|school]], where [[Storm|name]] is in Year 2. Her
husband, [[Brian Routledge|name]] (64), a former miner at Haig Pit and later at Marchon, has COPD and uses oxygen at night. Their
son [[Robbie|name]] (29) lives with them at weekends when he is off shift at Sellafield. The house is a three-bedroomed
Home Group semi, warm and clean; the children share the box room. [[Jean|name]] has a car (Ford Focus, [[PK17 UHT|vehicle]]).

Strengths. Strong attachment: [[Storm|name]] calls her "Nana [[Jean|name]]" and [[Harley|name]] calls her "Nan". [[Jean|name]] knows the
children's routines, takes [[Harley|name]] to football at [[Cleator Moor|place]] on Saturdays and has already met his Head of
Year at [[St Benedict's|school]], Mr [[Sewell|name]]. She understands the need to keep [[Carly|name]]'s contact supervised.

Concerns. [[Jean|name]] has in the past let [[Carly|name]] stay over when using, and once lent her money. [[Brian|name]]'s health.
DBS checks: no trace for [[Jean|name]] or [[Brian|name]]; [[Robbie Routledge|name]] has a 2015 caution (possession of cannabis).
The GP, Dr [[Fell|name]] at Flatt Walks Health Centre, supports the placement (letter on file).

Recommendation. Viable. Proceed to a full connected person assessment (Form C) and to Panel in February 2027.
Manager's agreement: [[Lorna Gaitskell|name]], Team Manager, [[18.11.2026|date]].
"""),
    ("grandmother's contact diary, handwritten and scanned", """[Scanned diary, 4 pages, handed in by [[Jean Routledge|name]] at the
core group. OCR, some misreads left as they came out.]

Tues [[3rd Nov|date]]  [[Carly|name]] rang 4.30 from the hospital in [[Wh1tehaven|place]] (West Cumberland) wanting to speak to
[[Storm|name]]. [[Storm|name]] was in the bath so I said ring back. She never. [[Harlev|name]] wouldnt come to the phone.
Thurs [[5th|date]]  Contact at the family centre, [[Cleator Moor|place]]. [[Carly|name]] 20 mins late. Brought [[Storm|name]] a
Frozen doll + sweets. Cried a lot. [[Harley|name]] sat on his phone. Supervisor was [[Dionne|name]].
Sat [[7/11|date]]  [[Lee|name]]'s mam ([[Pauline Armstrong|name]]) rang asking can she see [[Storm|name]] at Christmas. said ask
[[Rachael|name]].
Sun [[8-11|date]]  [[Carly|name]] text from a new number [[07590 221 764|phone]] "mam pls can i come for dinner". Said no.
Felt terrible. [[Brian|name]] said I did right.
Wed [[11th Nov|date]]  [[Harley|name]] in trouble at [[St Bens|school]] for fighting with a lad called [[Kian Doran|name]]
over something [[Kian|name]] said about his mam on Snapchat. Mr [[Sewe11|name]] rang.
Fri [[13/11|date]]  Seen [[Carly|name]] outside the Co-op at [[Kells|place]] with [[Mikey Tubman|name]] who she used to be with.
She looked terrible. [[Storm|name]] didnt see. THANK GOD.
Mon [[16th|date]]  [[Storm|name]] wet the bed again, 3rd time. Told Mrs [[Quirk|name]] at school.
Thurs [[19th|date]]  Contact. [[Carly|name]] on time! Clean? She said 3 wks on the script from the [[Whitehaven|place]] CGL. Played
shops with [[Storm|name]] for an hour. [[Harley|name]] gave her a hug at the end. First time.
Sat [[21st|date]]  Took both to [[Seascale|place]] beach with [[Robbie|name]]. [[Harley|name]] skimmed stones. [[Storm|name]] asked if
Mammy can come next time.
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - MINUTES
Children: [[Harley Routledge|name]] and [[Storm Armstrong|name]]    Date: [[24/11/2026|date]]    Venue: Whitehaven Family Hub,
[[Cleator Moor Road|address]]
Present: [[Rachael Steel|name]] (SW, chair); [[Jean Routledge|name]] (grandmother/carer); [[Carly Routledge|name]] (mother, part);
Mrs [[Bernadette Quirk|name]] ([[Kells Infant School|school]]); Mr [[Owen Sewell|name]] ([[St Benedict's Catholic High School|school]]);
[[Priya Dasgupta|name]] (CGL recovery worker); [[Dionne Cowan|name]] (contact supervisor)
Apologies: Dr [[Fell|name]] (GP); HV not needed (no under 5s... [[Storm|name]] is 6 - school nurse [[Anne-Marie Holliday|name]] sent report)
Minutes: [[Jade Musgrave|name]]

1. [[Storm|name]]. Settled at Nan's. Bedwetting since the move; school nurse to send the enuresis leaflet and see her
on [[2 December|date]]. Mrs [[Quirk|name]]: "a little ray of sunshine, but she asks every day if Mummy is poorly".
2. [[Harley|name]]. Two fixed-term suspensions since half term (fighting). Mr [[Sewell|name]] has referred him to the
school's counsellor and to the Young Carers service at Carers Support Cumbria (he has looked after his mother and sister
for years). [[Harley|name]] told [[Rachael|name]] he wants "Nan and Grandad for good".
3. Mother. [[Carly|name]] is on a methadone script through CGL [[Whitehaven|place]] since [[30/10/26|date]]; two clear tests.
[[Priya|name]] has concerns about [[Mikey Tubman|name]] ([[Carly|name]]'s ex-partner) being back around the flat in [[Frizington|place]].
4. Contact. To stay at twice a week, supervised, at the family hub in [[Cleator Moor|place]]. Paternal grandmother
[[Pauline Armstrong|name]] (of [[Egremont|place]]) to be assessed for contact with [[Storm|name]]. Her daughter [[Nicole|name]] (paternal
aunt) has offered to take [[Storm|name]] to Rainbows in [[Hensingham|place]].
Actions: [[Rachael|name]] - Form C to start by [[1/12/2026|date]]; [[Jean|name]] - keep the diary going; Mr [[Sewell|name]] - update by
[[the 8th|date]]. Next core group: [[15 December 2026|date]], 2pm.
"""),
    ("GP letter to children's services", """Flatt Walks Health Centre
[[3 Castle Meadows|address]], [[Whitehaven|place]], [[CA28 7RG|postcode]]

[[12 November 2026|date]]

Ms [[Rachael Steel|name]], Social Worker
Fostering (Kinship) Team, Derwent Solway Council, [[Workington|place]]

Dear Ms [[Steel|name]]

Re: Mrs [[Jean Routledge|name]], DOB [[15.11.1965|dob]], of [[6 Meadow Road|address]], [[Kells|place]]
and her grandchildren [[Harley Routledge|name]] ([[08.01.2015|dob]], NHS [[854 357 2894|nhs]]) and [[Storm Armstrong|name]]
([[19.04.2020|dob]], NHS [[294 766 0676|nhs]])

Thank you for your letter of [[4th November|date]]. I have known Mrs [[Routledge|name]] for over twenty years. She has well
controlled hypertension and osteoarthritis of the left knee; she walks on the fells with her husband's walking group and I
see no reason why her health would stop her caring for two children. Her husband, Mr [[Brian Routledge|name]], has COPD
(FEV1 48%) and is on home oxygen at night; there must be no smoking in the house, and Mrs [[Routledge|name]] tells me
nobody smokes there.

[[Storm|name]] was last seen here on [[20/10/2026|date]] with an ear infection, brought by her grandmother. [[Harley|name]] is
up to date with his immunisations. I have added a "looked after / kinship" alert to both records. Their mother,
Ms [[Carly Routledge|name]], is registered with the [[Frizington|place]] surgery, not with us.

Yours sincerely

Dr [[Alasdair Fell|name]] MRCGP
(GMC 7041236)
"""),
]


# --- E. Jibin / Mathew / Thomas family (Malayali, from Kerala), Harrington, Workington -----------------------------------

HOME_E = d.Address("27 Rose Hill", "Harrington", "Workington", "CA14 5QG")
GRAN_E = d.Address("Puthenpurackal House, Kumaranalloor", "", "Kottayam", "686016")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alan", "Jibin")], dt.date(2012, 9, 21), addresses=[HOME_E], ids=["1382605277", "E909224045977"],
       schools=["St Joseph's Catholic High School"]),
    _p("s", "sibling", [("Aleena", "Jibin")], dt.date(2018, 5, 3), addresses=[HOME_E], ids=["2955569429"],
       schools=["Harrington Junior School"]),
    _p("m", "mother", [("Anju", "Mathew")], dt.date(1987, 2, 14), addresses=[HOME_E], phones=["07471 386 259"]),
    _p("f", "father", [("Jibin", "Thomas")], dt.date(1984, 12, 1), addresses=[HOME_E], phones=["07418 902 735"]),
    _p("g", "grandparent", [("Mariamma", "Thomas")], addresses=[GRAN_E], phones=["+91 94471 28356"]),
    _p("p1", "professional", [("Fiona", "Lightfoot")], emails=["fiona.lightfoot@derwentsolway.gov.uk"]),
], "c")

DOCS_E = [
    ("MASH referral form from a secondary school", """DERWENT SOLWAY MULTI-AGENCY SAFEGUARDING HUB - REFERRAL FORM (MARF v3)
Section 1 - child
Surname: [[JIBIN|name]]            Forename(s): [[Alan|name]]            Known as: [[Alan|name]]
DOB: [[21-09-2012|dob]]    Gender: M    Ethnicity: Asian - Indian (Kerala)    Language: Malayalam / English    Religion:
Syro-Malabar Catholic
Address: [[27 Rose Hill|address]], [[Harrington|place]], [[Workington|place]]    Postcode: [[CA14 5QG|postcode]]
School: [[St Joseph's Catholic High School|school]], [[Workington|place]]    Year: 9    UPN: [[E909224045977|upn]]
Section 2 - household
Mother: [[Anju MATHEW|name]] (staff nurse, West Cumberland Hospital)    Tel: [[07471 386 259|phone]]
Father: [[Jibin THOMAS|name]] (senior carer, a nursing home in [[Cockermouth|place]])    Tel: [[07418 902 735|phone]]
Sibling: [[Aleena JIBIN|name]], [[03/05/2018|dob]], [[Harrington Junior School|school]]
Section 3 - concern (use the child's words)
On Wednesday [[28/10/2026|date]] [[Alan|name]] stayed behind after maths with Mrs [[Kavanagh|name]] and asked if
she could "change the grade" on his report before it went home. When asked why, he said: "Pappa will use the cane. He
did it when I got 6 in science." He showed three thin healed marks on the backs of both legs. He said his father makes
him study from 5 pm to 10 pm every night, takes his phone away, and that his mother "tries to stop it but then he shouts
at her too". He said his sister [[Aleena|name]] "only gets the slipper". He asked us not to tell his mother's friend
[[Sini|name]] from church because "everyone will know".
Section 4 - referrer
Name: [[Cathy Kavanagh|name]]    Role: Maths teacher / deputy DSL    Date: [[28/10/26|date]]    Tel: [[01900 61 72 40|phone]]
DSL: [[Mark Heaslip|name]]  Parents informed?  NO - police advice (possible s47)
Section 5 - other agencies: GP Harrington Surgery; church: St Mary's, [[Workington|place]] (Fr [[Jose Kallarackal|name]]).
"""),
    ("family WhatsApp group in Malayalam and English, translated", """[WhatsApp group "കുടുംബം ❤️ Family" - exported chat
handed over by [[Anju Mathew|name]] on [[9/11/2026|date]]. Malayalam translated by [[Reshma Nair|name]] (interpreter, LanguageLine)
in square brackets. Dates as the phone shows them.]

[[04/11/2026|date]], 06:12 - Ammachi: മോനേ [[അലൻ|name]], പഠിക്കണം. പപ്പ പറയുന്നത് കേൾക്കണം. [Son [[Alan|name]], you must study.
  Listen to what Pappa says.]
[[04/11/2026|date]], 07:40 - [[Alan|name]]: ok Ammachi
[[04/11/2026|date]], 07:41 - Pappa: He is not listening. GCSE next year. Science 6 is not acceptable for a nurse's son.
[[04/11/2026|date]], 07:58 - [[Anju|name]]: [[Jibin|name]], not in the group please
[[04/11/2026|date]], 08:15 - [[Sojan Thomas|name]]: Brother, UK is not Kerala. Teachers there will call police for small
  things. Be careful [[ജിബിൻ|name]] ചേട്ടാ [be careful, [[Jibin|name]] chetta]
[[04/11/2026|date]], 08:16 - Pappa: Mind your business [[Sojan|name]].
[[05/11/2026|date]], 19:30 - Ammachi: [[അലീന|name]] മോൾക്ക് സുഖമാണോ? [Is little [[Aleena|name]] well?]
[[05/11/2026|date]], 19:45 - [[Aleena|name]] (on Mummy's phone): hi ammachi i got a star for reading!!! 🌟
[[05/11/2026|date]], 20:02 - Ammachi: മിടുക്കി 😘 [Clever girl]
[[06/11/2026|date]], 22:10 - [[Anju|name]]: Everyone please pray. Social worker came today to [[Alan|name]]'s school.
[[06/11/2026|date]], 22:14 - [[Sojan Thomas|name]]: I told you.
[[06/11/2026|date]], 22:30 - Ammachi: [[കോട്ടയം|place]] പള്ളിയിൽ കുർബാന ചൊല്ലിക്കാം. [We will have a Mass said at the church in
  [[Kottayam|place]].]
[[07/11/2026|date]], 09:05 - [[Alan|name]]: sorry amma
[[07/11/2026|date]], 09:06 - [[Anju|name]]: Not your fault mone. Never your fault.
[[08/11/2026|date]], 10:12 - [[Sojan Thomas|name]]: [[Anju|name]] chechi, I can come from [[Leeds|place]] on Saturday and take [[Alan|name]]
  and [[Aleena|name]] to the Trafford Centre.
[[08/11/2026|date]], 10:20 - [[Anju|name]]: Thank you [[Sojan|name]]. Ask [[Jibin|name]] first.
[[08/11/2026|date]], 10:21 - Pappa: ok
[Ammachi = [[Mariamma Thomas|name]], the paternal grandmother, in [[Kumaranalloor|place]], [[Kottayam|place]]; "Pappa" =
[[Jibin Thomas|name]];
[[Sojan Thomas|name]] = the father's younger brother, in [[Leeds|place]], [[+44 113 496 0715|phone]]. "Mone", "mol" = son, daughter.]
"""),
    ("strategy meeting minutes", """STRATEGY MEETING (s47) - MINUTES - CONFIDENTIAL
Child(ren): [[Alan JIBIN|name]] (14) and [[Aleena JIBIN|name]] (8), [[27 Rose Hill|address]], [[Harrington|place]]
Date/time: [[29 October 2026|date]], 11:30 (Teams)   Chair: [[Elaine Tyson|name]], Team Manager, [[Workington|place]] Locality
Attendees: [[Fiona Lightfoot|name]] (SW); DS [[Karl Holliday|name]] (Cumbria Police, CSU [[Workington|place]]); [[Mark Heaslip|name]] (DSL,
[[St Joseph's|school]]); [[Claire Weir|name]] (Head, [[Harrington Junior|school]]); Dr [[Sahana Iyer|name]] (named doctor for
safeguarding, North Cumbria Integrated Care); Minutes: [[Leanne Mossop|name]]

Information shared.
- School (MH): referral of [[28/10|date]] read out. [[Alan|name]] is a high achiever (predicted 8s); no previous concerns.
  Attendance 98%. He is quiet, helps at the parish's Malayalam Saturday school.
- [[Harrington Junior|school]] (CW): [[Aleena|name]] happy, well cared for. Once said "Pappa hits [[Alan|name]] chettan with the stick"
  ([[12/06/2026|date]]), recorded as a one-off and not referred - school accept this should have been passed on.
- Police (KH): no trace of the family on PNC/PND. Father's employer is a care home; a LADO consultation is needed.
- Health (SI): mother is a band 5 nurse at the West Cumberland Hospital; [[Anju|name]]'s nursing registration depends on her
  Skilled Worker visa, father is her dependant. Both children registered at Harrington Surgery, no concerns.
Decision: threshold for s47 met (both children). Joint visit by [[Fiona|name]] and DS [[Holliday|name]] at [[Alan|name]]'s school
today, then at home at 17:30 when father is back from [[Cockermouth|place]]. [[Alan|name]] to be seen alone; medical if marks
are current. Interpreter not needed for parents, but offer one for the grandmother, [[Mariamma|name]], who is staying
until [[20 November|date]] (Malayalam). LADO to be consulted by [[30.10.26|date]].
Post-meeting note ([[29/10/26|date]], 19:10): joint visit done. [[Alan|name]] seen alone at home; marks healed. [[Jibin Thomas|name]]
co-operative. Grandmother [[Mariamma Thomas|name]] present; interpreter [[Reshma Nair|name]] by phone.
"""),
    ("child and family assessment, analysis and plan", """CHILD AND FAMILY ASSESSMENT - ANALYSIS AND PLAN (extract)
[[Alan Jibin|name]] ([[21/09/2012|dob]]) and [[Aleena Jibin|name]] ([[03/05/2018|dob]])   Social worker: [[Fiona Lightfoot|name]]
Completed [[26.11.2026|date]]

[[Alan|name]] and [[Aleena|name]] came to [[Harrington|place]] in August 2024 from [[Changanassery|place]] in Kerala, when their
mother took a nursing post in [[Whitehaven|place]]. The family are Syro-Malabar Catholics and part of a close Malayali
community at the church in [[Workington|place]]; their friends [[Sini Varghese|name]] and [[Biju Varghese|name]] live nearby on
[[Church Road|address]]. Mr [[Thomas|name]] was a teacher in Kerala and took work as a carer here; he spoke of
"losing everything" and of pressure from his own mother for [[Alan|name]] to become a doctor. In our sessions [[Alan|name]]
wrote his name for me in Malayalam, "[[അലൻ|name]]", and drew his "two houses": [[27 Rose Hill|address]] and his grandmother's
house at [[Kumaranalloor|place]], where he was "never bored".

Mr [[Thomas|name]] admitted hitting [[Alan|name]] with a cane three times this year and [[Aleena|name]] with a slipper, and said
this is normal discipline "back home". He has completed two of six sessions with the Caring Dads programme in
[[Carlisle|place]]. Mrs [[Mathew|name]] says he has not hit the children since [[6 November|date]] and that the study rule
has been cut to an hour. [[Alan|name]] says this is true "so far". [[Mariamma Thomas|name]] returned to India on
[[20/11/2026|date]]; she can be reached at [[+91 94471 28356|phone]].

[[Alan|name]] says his best friends are [[Oliver Brough|name]] and [[Sahil|name]], and that Mrs [[Kavanagh|name]] "saved" him.

Plan: Child in Need for both children for six months. Review: [[8 January 2027|date]].
"""),
]


# --- F. Marsden family (Christadelphian), Seaton, near Workington; a girl's boyfriend in Maryport ---------------------------

HOME_F = d.Address("4 Camerton Road", "Seaton", "Workington", "CA14 1LB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Abigail", "Marsden")], dt.date(2011, 8, 30), addresses=[HOME_F], ids=["8296666871", "W909216729555"],
       phones=["07393 640 158"], schools=["Cockermouth School"]),
    _p("s", "sibling", [("Joel", "Marsden")], dt.date(2014, 4, 7), addresses=[HOME_F], schools=["Stainburn School"]),
    _p("s2", "sibling", [("Caleb", "Marsden")], dt.date(2018, 10, 15), addresses=[HOME_F]),
    _p("f", "father", [("Stephen", "Marsden")], dt.date(1978, 3, 6), addresses=[HOME_F], phones=["07484 221 690"]),
    _p("m", "mother", [("Esther", "Marsden")], dt.date(1980, 7, 21), addresses=[HOME_F], phones=["07528 317 446"]),
    _p("o", "other", [("Kyle", "Bowes")], dt.date(2007, 1, 25), phones=["07466 802 913"]),
    _p("p1", "professional", [("Tom", "Kirkbride")], phones=["01900 706 218"], emails=["tom.kirkbride@derwentsolway.gov.uk"]),
], "c")

DOCS_F = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - Missing from home
Young person: [[Abigail MARSDEN|name]] ("[[Abbie|name]]"), 15, DOB [[30.08.2011|dob]]
Home: [[4 Camerton Road|address]], [[Seaton|place]], [[Workington|place]] [[CA14 1LB|postcode]]
Missing: 19:10 Fri [[13 Nov|date]] to 11:25 Sat [[14 Nov 2026|date]] (16 hrs 15 mins). Reported by father, [[Stephen Marsden|name]].
Found: by police at [[Flat 6, Senhouse Court|address]], [[Maryport|place]], the flat of [[Kyle BOWES|name]] (19), DOB [[25/01/2007|dob]].
Interview: [[16/11/2026|date]], 15:30, at [[Cockermouth School|school]] (her choice, not at home). Interviewer: [[Tom Kirkbride|name]]

Why did you go? [[Abbie|name]] said she left after an argument about her phone. Her dad had found messages from [[Kyle|name]] and
"went through everything". She said he slapped her across the face and locked her in her room, and took the handle off
the window. She climbed out through [[Joel|name]]'s room (her brother, 12) and walked to the bus stop on [[Main Road|address]].
Where were you / who with? She got the 30 bus to [[Maryport|place]]. [[Kyle|name]] met her at the harbour and they went to his
flat. His friend [[Connor Pitt|name]] was there with a girl called [[Shannon|name]]; they had vodka and "a bit of weed". She
says she slept on the sofa and nothing sexual happened; she would not say more. [[Kyle|name]] picked her up in his car, a
black Fiesta ([[PE22 KZV|vehicle]]).
How did you meet [[Kyle|name]]? At the [[Workington|place]] bus station in the summer, through [[Heather Dowie|name]], a friend from
[[Cockermouth|place]]. They message on Snapchat and he "gets her". She says he knows she is 15.
Church and home. The family are Christadelphians and go to the ecclesia's hall in [[Workington|place]] twice on Sundays
and to Bible Class on Wednesdays. [[Abbie|name]] says she is "not allowed anything" - no TikTok, no films, no boyfriends
"outside the Truth" - and that her parents say she will be "disfellowshipped" if she is not baptised. She misses her
sister [[Naomi|name]], who married and moved to [[Adelaide|place]].
Risks: child sexual exploitation (age gap, alcohol, drugs, a car, secrecy). CSE screening tool: HIGH. Physical
chastisement by father (slap): referred to the MASH. Police: DC [[Gemma Ritchie|name]] ([[Workington|place]] CID) aware.
Others spoken to: [[Esther Marsden|name]] (mother) on [[07528 317 446|phone]]; [[Heather Dowie|name]]'s mother, [[Lynn Dowie|name]], of
[[Cockermouth|place]]; Sister [[Ruth Lowther|name]] of the ecclesia, whom [[Abbie|name]] named as a safe adult.
[[Abbie|name]]'s voice: "I just want to be normal. I'm not going back if he's going to lock me in."
"""),
    ("letter from a church's arranging brethren", """WORKINGTON CHRISTADELPHIAN ECCLESIA
Meeting at the Christadelphian Hall, [[Harrington Road|address]], [[Workington|place]]
Recording Brother: Bro. [[David Lowther|name]], [[12 Ashfield Road|address]], [[Seaton|place]] [[CA14 1JD|postcode]]
Tel [[01900 62 81 37|phone]]

[[20th November 2026|date]]

Dear Mr [[Kirkbride|name]]

Re: [[Abigail|name]], daughter of our Brother [[Stephen|name]] and Sister [[Esther Marsden|name]]

The arranging brethren have asked me to write, with Brother and Sister [[Marsden|name]]'s agreement, following your
meeting with them on [[17th November|date]]. We wish to assure you that we take the safety of all our young people very
seriously. Our ecclesia has a safeguarding policy and two designated persons, Sister [[Ruth Lowther|name]] and Brother
[[Andrew Pattinson|name]], who have completed training with the CMA and with the county's safeguarding partnership.

We would like to correct one thing. [[Abigail|name]] is not under any threat of being "disfellowshipped". She is not
baptised and so is not a member of the ecclesia; she is always welcome at our meetings and at the youth weekend at
[[Keswick|place]]. No one in our community will shun her. We have, however, counselled Brother [[Marsden|name]] that physical
discipline of a girl of fifteen is not right in law or in conscience, and he has accepted this.

Sister [[Ruth|name]] is willing to be a safe adult for [[Abigail|name]] and to give her lifts to [[Cockermouth|place]] for her
after-school art club. [[Abigail|name]]'s sister [[Naomi Crofts|name]] may be contacted in [[Adelaide|place]] on [[+61 412 538 907|phone]].

Yours sincerely in the Lord Jesus Christ,
[[D. Lowther|name]] (Recording Brother)
cc. Bro. [[A. Pattinson|name]], Sis. [[R. Lowther|name]]
"""),
    ("a girl's diary pages, handed in and typed up", """[Pages from [[Abigail Marsden|name]]'s diary (a green notebook), handed
to [[Tom Kirkbride|name]] by [[Abbie|name]] on [[23/11/2026|date]], typed up with her agreement. Her spelling and drawings left out.]

[[2nd Oct|date]] - Meeting at the hall. sat next to [[Hannah L|name]] who asked why i look so sad all the time. cant tell her.
she tells her mum everything and her mum tells sis [[lowther|name]] and sis [[lowther|name]] tells everyone

[[9 oct|date]] - K messaged 74 times today lol. he says im the only one who gets him. [[heather|name]] says hes 19 not 17 like
he told me but i dont care

[[18/10|date]] - Dad read bible at me for an hour cos of my skirt. Mum just stood there. [[Caleb|name]] was crying cos he
thought i was going to hell. i told him i wont, im not going anywhere, i promised

[[31st October|date]] - everyone at school went trick or treating in [[seaton|place]] and [[camerton|place]]. i watched from
the window. [[kyle|name]] sent me a pic of him dressed as the joker. made me laugh.

[[7.11|date]] - [[Naomi|name]] videocalled from australia!!! she says come and live with her in [[adelaide|place]] when im 16.
she got out. shes happy. her husband [[Josh|name]] is nice.

[[13th|date]] - dad found the phone. i cant write what happened. [[Joel|name]] let me out his window.

[[15 Nov|date]] - Im home. [[Tom|name]] the social worker is coming monday. [[kyle|name]] says dont tell them nothing about the
weed or about [[Connor|name]]. i dont know what to do. [[Heather|name]] is the only one i can talk to.

[[20.11|date]] - [[Caleb|name]] made me a card that says sorry for crying. [[Joel|name]] gave me his chocolate. [[Tom|name]] says i can
ring him on [[01900 706 218|phone]] any time in work hours.
"""),
    ("section 47 outcome letter to parents", """Derwent Solway Council - Children's Services
[[Workington|place]] Locality Team, Workington Town Hall, [[Oxford Street|address]], [[Workington|place]] [[CA14 2RS|postcode]]

Mr [[Stephen Marsden|name]] and Mrs [[Esther Marsden|name]]
[[4 Camerton Road|address]]
[[Seaton|place]]
[[Workington|place]]
[[CA14 1LB|postcode]]

Date: [[27 November 2026|date]]    Our ref: CS/208814/TK

Dear Mr and Mrs [[Marsden|name]]

Outcome of the enquiry about [[Abigail|name]], [[Joel|name]] and [[Caleb|name]]

Thank you for meeting me on [[17 November|date]] and on [[24 November|date]]. I am writing to tell you the outcome of the
enquiry we made under section 47 of the Children Act 1989 after [[Abigail|name]] went missing on [[13 November 2026|date]].

We found that [[Abigail|name]] suffered significant harm when she was slapped and locked in her room, and that she is at
risk of sexual exploitation from [[Kyle Bowes|name]], an adult. Cumbria Police have served Mr [[Bowes|name]] with a Child
Abduction Warning Notice. We did not find that [[Joel|name]] (12, at [[Stainburn School|school]]) or [[Caleb|name]] (8, at
[[Seaton St Paul's|school]]) have been harmed, and we are pleased that you have agreed to stop all physical punishment.

We will hold a child protection conference for [[Abigail|name]] on [[10 December 2026|date]] at 14:00. You may bring a friend
or supporter; you asked that Brother [[David Lowther|name]] come with you, and that is fine. [[Abigail|name]] has asked that her
sister [[Naomi|name]] join by video from [[Adelaide|place]].

If you have any questions please ring me on [[01900 706 218|phone]] or email [[tom.kirkbride@derwentsolway.gov.uk|email]].

Yours sincerely

[[Tom Kirkbride|name]]
Social Worker
cc. Ms [[Gail Ostick|name]], Designated Safeguarding Lead, [[Cockermouth School|school]]; Mr [[Nigel Ferguson|name]], Head of Year 8,
[[Stainburn School|school]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 162 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:27 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister", "sis",
           "brother", "bro", "bro.", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "mom", "dad", "daddy", "pappa", "papa", "amma", "ammachi", "appachan", "chachan",
           "aunty", "auntie", "uncle", "fr", "father", "pastor", "rev", "mone", "mol", "അമ്മച്ചി", "പപ്പ"}
_AFTER = {"chettan", "chetta", "chechi", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cumbria", "west cumbria",
               "cumberland", "the lakes", "lake district", "the north west", "north west", "kerala", "india", "washington",
               "washington state", "wa", "usa", "us", "united states", "america", "australia", "south australia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Grandma Dee",
# "Nana Jean", "Bro. David Lowther", "Sister Ruth Lowther", "sis lowther", "Pappa", "Ammachi"; and after one: "Jibin
# chetta", "Alan chettan") and counties, regions and countries ("Cumbria", "Kerala", "Washington State", "Australia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
