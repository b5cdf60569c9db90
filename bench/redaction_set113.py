"""Set 113: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set110.py to redaction_set112.py and their tests (written by other helpers at the same time), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; of set 21's
documents only the first family's first document and part of its second, the end of the last one and a few lines listed with its
definitions were seen), the docstrings of bench/redaction_set7.py to redaction_set109.py, printed into a scratch file and
searched there only for the names of towns, districts and communities (to pick a home and two communities no earlier set used;
only the matching lines were read), the `_party`, `Records`, `HandSet`, `word_problems` and `_parse` helpers of
bench/redaction_handwritten.py and its first record, and the ruff settings in pyproject.toml. Set 15's checker is called through
`problems_15` as set 21 does, and its messages were read only when it reported a problem in this set's marking. Phone numbers
were checked with the phonenumbers library, UPNs made and checked with python-stdnum and NHS numbers made with their check
digit, in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's
current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Barnsley and the Dearne valley, each from a town, district or estate no earlier set used as a family's home.
Four white British families of kinds common in children's social care: in Wombwell, with a grandmother in Darfield and a father
in Mexborough (Kilner / Ellis; neglect, a boy of 9 out of school with head lice, cannabis, a girl of 4 bitten in the face by a
friend's dog while her brother minded her, an education welfare officer, a child protection plan); on the Athersley estate, with
a father in Cudworth (Hirst / Bell / Jagger; a girl of 14 going missing with a friend, groomed by two adult men with a car and a
hotel room, a stepfather's temper, a child exploitation panel); in Royston, with a grandmother in Carlton and a mother in
Bolton-upon-Dearne (Marsh / Rose; a father of 22 caring alone for a baby after the mother's post-natal depression, bruising to a
baby's ear judged inflicted, the mother's new partner, a family group conference); and on a hill farm near Penistone, with an
uncle in Thurlstone and an aunt in Oxspring (Crossland; a girl of 15's overdose and self-harm after the herd was culled for TB,
a father's depression and shotguns at home). Two from communities no earlier set used: a Nuba family from the Nuba Mountains of
Sudan (speaking Moro and Sudanese Arabic) in asylum dispersal housing in Hoyland, with an uncle in Page Hall, Sheffield, and a
grandmother in Giza (Tutu / Kafi / Kuku; a father taken in Kadugli, a boy of 13 shoplifting with older boys and beaten with a
belt by his uncle, a girl of 9 interpreting for her mother, damp), and a Xhosa family from the Eastern Cape of South Africa in
Mapplewell, with a grandmother in Mthatha, an aunt in East London and a cousin in Leeds (Ngcukana / Wray; an NHS nurse working
nights, a boy of 15 robbed and racially abused who then carried a knife to school, a girl of 10 and her father in Darton). 24
documents, each with its own style: an education welfare officer's home visit note, an emergency department safeguarding liaison
form, a Facebook Messenger thread between a mother and a grandmother typed up, core group minutes, an independent return home
interview, Snapchat messages typed up from a police phone download, a hotel night manager's email to a police exploitation team,
child exploitation (MACE) panel minutes, a health visitor's new birth visit record, a paediatric child protection medical
report, a father's handwritten statement read by OCR (with its errors), a family group conference plan, a CAMHS crisis
assessment, a Google Forms self-referral exported, a father's voice note transcribed by a phone (with its mis-hearings and a
social worker's corrections), a child in need review report, an asylum accommodation provider's welfare concern form, a single
assessment with an interpreter, WhatsApp voice messages translated from Sudanese Arabic (contacts and names in Arabic script), a
secondary school EAL lead's letter, an academy's suspension letter, a mother's own letter, a social worker's notes typed fast on
a phone, and family network meeting minutes with a grandmother on a video call from South Africa.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Norway, Spain, Egypt, South Africa); NHS numbers and UPNs (Barnsley's LA number, 370) pass their check
digits; NI numbers have a valid format. The council (Pennine Dearne) is invented; towns, districts, estates, villages, real
schools and colleges, NHS bodies, hospitals and surgeries, police forces, hotels, firms, charities, the asylum housing provider,
apps, parks and places of interest are real or stand for real ones and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
DI, Sister, Pastor, Nana, Aunt, Uncle, Gogo, uMama, Mama) stay outside the name span; a possessive 's and a bare s in texting
("[[paige|name]]s", "[[kyle|name]]s", "[[Hollie|name]]s") stay outside; every person's name is a name in every form, record or
not. "SURNAME, First" is one span ("ELLIS, Mason", "HIRST, Keeley", "KAFI, Amna Ismail", "CLEGG, Desmond Paul"), and so is
"SURNAME First" and "First SURNAME"; an initial with a surname is one span ("D. Stenton", "N Akhtar", "S. Ngcukana"); a name
broken by a line break is one span holding the break, and so is an address, a place, a school or a date; social media usernames
and email-like handles are not marked, but a display name that is a person's plain name or short name is ("Shelby", "Dez",
"kee"); a contact saved under a kinship word ("Dad 💙", "Me", the Arabic "أمي", my mother) is not a name. A street address is one
span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare
house number ("no. 16", "no. 25", "18a"), a farm's name and an address abroad ("14 Shari al-Nasr", "17 Sisson Street"); towns,
cities, villages, districts and estates are places, at home or abroad and in any script ("East London", "Fort Gale",
"Ngangelizwe", "الخرطوم"); countries, counties and regions are not ("South Yorkshire", "Sudan", "Libya", "Spain", "the Nuba
Mountains", "the Eastern Cape", "South Africa"); organisations are not marked even when they hold a town's or a person's name
("Barnsley Hospital", "Hill Brow Surgery", "Lundwood Medical Centre", "Penistone Group Practice", "Ardsley House Hotel",
"Wombwell Family Centre", "Cudworth Village Hall", "Barnsley Recovery Steps", "KB ROOFING"); a school's, college's or nursery's
name is a school, and so is its short form ("Park Street", "Horizon", "Kirk Balk", "pgs", "darton acad", "Little Acorns",
"Askham Bryan" as the college); a date of birth is dob, any other calendar date with a day is date (a weekday before it and a
time after it stay outside), and the bare day in a diary line or a list ("the 29th", "the 5th") is a date span of its own;
months and years alone are not marked; pets' names (Bruno, Tank) are not names; parks, stations and places of interest (Locke
Park, Barnsley Interchange, the rec) are landmarks and stay unmarked; a surname or first name that is also a word or a town is
marked by what it refers to (Royston, Carlton, Hoyland, Paris, Rose, Senior, Platts, Denby, Guest and Lodge are names when they
are people: the social worker Helen Carlton and DC Hannah Royston; Royston and Carlton are places when they are the towns); a
name in another script (Arabic "يوسف", "آمنة", "كوّة", "حواء") is a name; a panel or service named by its town in separate words
("MACE PANEL - BARNSLEY", "0-19 SERVICE (BARNSLEY)") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a town split by OCR or by a
phone's transcription ("Roys ton", "Thurl stone", "Pennis tone", "Holm firth") is still a place, and a mis-heard name ("Kay" for
Kaye, "Holly" for Hollie) still a name; the social worker's bracketed corrections of a transcription ("SW: Penistone") are
marked like any other text; a name that is also a town's name (Royston Pryce, DC Royston, Helen Carlton, Mrs Hoyland) is a name,
so the organisations named after those towns were kept out of the text (the set 15 checker treats an unmarked word marked
elsewhere as a name as a missed name); a surname that is also a kinship word ("Beverley Senior", "Mrs A. Senior") is a name, so
"senior" is not among this set's words after a name; a firm's van lettering of initials ("KB ROOFING") is not marked; a South
African four-digit postal code ("5100") is a postcode; a Home Office, CAD, crime, job and form reference, an exhibit number and
a police collar number are not marked.

Self-check without the detector: `python -m bench.redaction_set113` (and tests/test_redaction_set113.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,005 gold spans, 559 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Kilner / Ellis family (white British), Wombwell, with a grandmother in Darfield and a father in Mexborough -------------

HOME_A = d.Address("14 Hough Lane", "", "Wombwell", "S73 0DJ")
NAN_A = d.Address("22 Snape Hill Road", "", "Darfield", "S73 9JU")
DAD_A = d.Address("41 Adwick Road", "", "Mexborough", "S64 0DB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Ellis")], dt.date(2017, 5, 14), addresses=[HOME_A], ids=["1429474467", "V370408115801"],
       schools=["Wombwell Park Street Primary School"]),
    _p("s", "sibling", [("Lacey-Mae", "Kilner")], dt.date(2021, 10, 2), addresses=[HOME_A], ids=["5637640858"]),
    _p("m", "mother", [("Shelby", "Kilner")], dt.date(1995, 8, 23), addresses=[HOME_A], phones=["07496 198 574"],
       ids=["NR 41 62 07 B"]),
    _p("f", "father", [("Jordan", "Ellis")], dt.date(1993, 2, 11), addresses=[DAD_A], phones=["07865 203 227"]),
    _p("g", "grandparent", [("Sandra", "Kilner")], dt.date(1971, 6, 30), addresses=[NAN_A], phones=["01226 752 418"]),
    _p("p1", "professional", [("Fiona", "Gledhill")], phones=["01226 773 508"], emails=["fiona.gledhill@penninedearne.gov.uk"]),
    _p("p2", "professional", [("Dale", "Stenton")], phones=["07931 290 084"]),
], "c")

DOCS_A = [
    ("education welfare officer's home visit note", """PENNINE DEARNE COUNCIL - EDUCATION WELFARE SERVICE - HOME VISIT NOTE
Pupil: [[ELLIS, Mason|name]]      DOB: [[14.05.2017|dob]]      UPN: [[V370408115801|upn]]      Year 4
School: [[Wombwell Park Street Primary School|school]]      Attendance this term: 61.2% (29 sessions unauthorised)
Officer: [[Dale Stenton|name]], EWO ([[07931 290 084|phone]])      Visit: Thursday [[8 October 2026|date]], 09:40

Address visited: [[14 Hough Lane|address]], [[Wombwell|place]], [[S73 0DJ|postcode]]

Knocked at 09:40, no answer, TV on. A neighbour at [[no. 16|address]], Mr [[Len Bagshaw|name]], came out and said "they'll be in,
she don't get up while dinner". He said [[Mason|name]] is "out on his bike all hours" and was on the rec by the Fitzwilliam
at half ten the night before. I knocked again at 09:55 and Ms [[Kilner|name]] opened the door in a dressing gown with
[[Lacey-Mae|name]] (4) on her hip. She let me in.

The front room smelt strongly of dog and cannabis. Two Staffies (Bruno and Tank) were shut in the kitchen. Black bags of
rubbish stacked by the back door; a plate of dried food on the floor. [[Mason|name]] was asleep on the settee in his uniform
from yesterday. He woke and said he "had a bad belly". He was pale, with lice visible at his hairline, and said he had not had
breakfast. Mum gave him a bag of crisps.

[[Shelby|name]] said the mornings are "a nightmare" since [[Jordan|name]] moved back to his mam's in [[Mexborough|place]] in
September and she has nobody to help with the school run now her mum, [[Sandra|name]], works early shifts at the Asda
depot. She said [[Mason|name]] "won't go" because a lad in his class, [[Tyler-Jay|name]], calls him "nitty" and the teaching
assistant, Mrs [[Hoyland|name]], "has it in for him". She agreed she had not rung in on the [[29th|date]], the [[30th|date]] or
[[1 October|date]].

I explained a Notice to Improve can follow if attendance does not improve by half term. [[Shelby|name]] got upset and said
"ring social then, they already think I'm a crap mum". I asked what she meant; she said a health visitor, "[[Chrissy|name]]
something", had been about [[Lacey|name]]'s teeth and had "said stuff". She gave her mobile as [[07496 198 574|phone]].

Actions:
1. Walking bus offered from the corner of [[Hough Lane|address]] and [[Station Road|address]] (Mr [[Wragg|name]], Mon-Fri 08:25).
2. School nurse referral for head lice and breakfast club place (free) - ask Mrs [[Denton|name]] (SENCo/DSL).
3. Because of the home conditions and a child of 9 out late, I have rung the front door and sent this note to [[Fiona
Gledhill|name]] (social worker, [[01226 773 508|phone]]) the same day.

[[D. Stenton|name]]   [[08/10/26|date]]
"""),
    ("emergency department safeguarding liaison form", """BARNSLEY HOSPITAL NHS FT - EMERGENCY DEPARTMENT
PAEDIATRIC LIAISON / SAFEGUARDING NOTIFICATION (completed by the ED nurse on the shift, emailed to the liaison health visitor)

Child's name: [[Lacey-Mae KILNER|name]]            D.O.B.: [[02/10/2021|dob]]            NHS no.: [[563 764 0858|nhs]]
Home address: [[14 Hough Ln|address]], [[Wombwell|place]]  [[S73 0DJ|postcode]]
Accompanied by: maternal grandmother [[Sandra Kilner|name]] ([[01226 752 418|phone]]); mother arrived 20 min later
GP: Lundwood Medical Centre? - grandma unsure. Checked Spine: Hill Brow Surgery, [[Wombwell|place]].
School/nursery: [[Little Acorns Nursery|school]], [[Wombwell|place]]
Date/time of arrival: [[17/10/2026|date]] 18:52          Seen by: Dr [[Abimbola Fashola|name]] (ST4)

Presenting complaint: dog bite to the left cheek and left forearm. Grandma says it happened about 18:20 at the mother's
house. [[Lacey|name]] was feeding the dog a crisp and "Tank", a Staffordshire bull terrier cross belonging to a friend of mum's
([[Kyle Brammer|name]]), went for her. Grandma had come round because [[Lacey|name]] was screaming and was heard by
the neighbour, [[Len|name]], over the fence; mum was "upstairs" at the time. [[Mason|name]] (9) had been in charge.

Injuries: two puncture wounds left cheek (5 mm, 3 mm) and a 2 cm laceration left forearm. Washed out, steri-strips, co-amoxiclav.
Plastics review in clinic Monday [[19 October|date]]. No other injuries seen; nappy area sore and red; hair matted and lice
seen. Weight 15.1 kg (9th centile).

Behaviour/presentation: very clingy to grandma, called her "nana" and called mum "[[Shelby|name]]". Mother ([[Shelby Kilner|name]],
mob [[07496 198 574|phone]]) smelt of cannabis and was angry with the grandma for "grassing". She said the dog has gone
back to [[Kyle|name]]'s in [[Brampton|place]] and "it's not even my dog".

Safeguarding concerns (tick): [x] injury while supervised by a child [x] dog in the home [x] presentation/neglect
[x] known to children's social care (open CIN, social worker [[Fiona Gledhill|name]])
Action: referral to the Children's Front Door by phone 19:40 (spoke to [[Hannah|name]]); paediatric liaison HV ([[Christine
Moxon|name]]) to follow up; discharged home with grandma to her address at [[22 Snape Hill Road|address]], [[Darfield|place]]
([[S73 9JU|postcode]]) for tonight, as agreed by mum.

Completed by: [[Gemma Oxley|name]], Band 6, [[17.10.26|date]] 21:15
"""),
    ("Facebook Messenger thread between mother and grandmother, typed up", """Screenshots given to the social worker by the
grandmother on [[21/10/2026|date]] and typed up as they are (spelling as sent). Sender names as saved on [[Sandra|name]]'s phone.

[[Shelby|name]] 💕  Sat 12:14
mam can u have [[mase|name]] and [[lace|name]] tonight me and [[kyle|name]] r going [[ward green|place]] for his mates 30th x

Me  Sat 12:20
no [[shelby|name]] not after last wk. [[lacey|name]] still has them strips on her face. and i told the social worker id keep her
here till the meeting

[[Shelby|name]] 💕  Sat 12:21
fuckin hell its ONE night. [[jordan|name]]s mam had them at his age all the time 🙄

Me  Sat 12:26
[[jordan|name]]s mam lives in [[mexbro|place]] and shes 70. where is [[mason|name]] now??

[[Shelby|name]] 💕  Sat 12:40
hes at [[paige|name]]s with her lad. dont start

Me  Sat 12:41
[[paige|name]] who? [[paige|name]] on [[hough lane|address]]? with the big lad thats always on that quad bike

[[Shelby|name]] 💕  Sat 12:58
[[paige lockwood|name]]. hes fine he plays out on the rec with [[jayden|name]] and them

Me  Sat 13:10
ill fetch him at 4. and ill have [[lacey|name]] but shes staying here till tuesday. [[fiona|name]] said

[[Shelby|name]] 💕  Sat 13:11
[[FIONA|name]] SAID [[FIONA|name]] SAID. shes not ur daughter am i

[[Shelby|name]] 💕  Sat 23:47
mam im sorry. [[kyle|name]]s gone off with the car and im stood at [[darfield|place]] bus stop on me own

Me  Sat 23:49
stay there im coming for you. ive got both kids here asleep

[[Shelby|name]] 💕  Sun 10:02
thank u mam. i mean it about the dog i told [[kyle|name]] its not coming back. ill ring mr [[stenton|name]] monday about school 💕
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - MINUTES
Children: [[Mason Ellis|name]] ([[14/05/2017|dob]]) and [[Lacey-Mae Kilner|name]] ([[02/10/2021|dob]]) - Child in Need, stepped up to
a child protection plan (neglect) at the initial conference on [[3 November 2026|date]]
Meeting: Wombwell Family Centre, Wednesday [[11 November 2026|date]], 10:00-11:15

Present: [[Fiona Gledhill|name]] (social worker, chair); [[Shelby Kilner|name]] (mother); [[Sandra Kilner|name]] (maternal
grandmother); Mrs [[Karen Denton|name]] (DSL, [[Park Street|school]]); [[Christine Moxon|name]] (health visitor); [[Dale
Stenton|name]] (EWO); [[Amy Whitlam|name]] (Family Support Worker)
Apologies: [[Jordan Ellis|name]] (father) - rang at 09:50 to say no bus from [[Mexborough|place]]; he will join the next one.

1. Since conference
[[Fiona|name]] has visited twice ([[5th|date]] and [[9th|date]]). The house has been cleared with help from [[Amy|name]] and
[[Sandra|name]]'s partner, [[Pete Ashworth|name]], who took two van loads to the tip at [[Smithies|place]]. The dog has gone.
[[Shelby|name]] said [[Kyle Brammer|name]] "is finished with" and she has blocked him, though a neighbour told [[Amy|name]] his white
Astra ([[YD68 WKN|vehicle]]) was outside on [[7 November|date]]. [[Shelby|name]] said he came for his PlayStation.

2. School
Mrs [[Denton|name]]: [[Mason|name]]'s attendance since conference is 88%, up from 61%. He has come on the walking bus every day
but one and eats at breakfast club. Lice treated by the school nurse ([[Rachel Cawthorne|name]]). He said in class that "nana
[[San|name]]'s is my favourite house" and asked if he can live there. [[Tyler-Jay|name]] has been moved to another table.

3. Health
[[Christine|name]]: [[Lacey|name]]'s cheek has healed with a small scar; plastics discharged her. Dental appointment booked for
[[24.11.2026|date]] at [[Wombwell|place]] ([[Lacey|name]] has six decayed teeth). She has started at [[Little Acorns|school]] three
mornings a week. [[Shelby|name]] has self-referred to the drug and alcohol service and has a first appointment on
[[16th November|date]] with [[Nadia Rahman|name]] at the Barnsley Recovery Steps office.
[[Amy|name]] has helped her claim the child element of Universal Credit for [[Lacey|name]] again (NI [[NR 41 62 07 B|ni]]).

4. Father
[[Jordan|name]] wants [[Mason|name]] every other weekend at his mother's in [[Mexborough|place]] ([[41 Adwick Road|address]]).
[[Fiona|name]] to visit there before agreeing overnight stays; the paternal grandmother, Mrs [[Valerie Ellis|name]], is said to
be willing.

Actions: [[Fiona|name]] to visit [[Adwick Road|address]] by [[20/11|date]]; [[Amy|name]] weekly routines work Tuesdays; [[Dale|name]] to
keep weekly attendance; [[Sandra|name]] ([[01226 752 418|phone]]) to do Monday and Wednesday school runs.
Next core group: [[2 December 2026|date]]. Review conference: [[26 January 2027|date]].
"""),
]


# --- B. Hirst / Bell family (white British), Athersley, Barnsley, with a father in Cudworth -------------------------------------

HOME_B = d.Address("31 Laithes Crescent", "Athersley", "Barnsley", "S71 3AF")
DAD_B = d.Address("5 Pontefract Road", "", "Cudworth", "S72 8AY")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Keeley", "Hirst")], dt.date(2012, 3, 19), addresses=[HOME_B], ids=["2939477248", "J370432816413"],
       schools=["Horizon Community College"]),
    _p("s", "sibling", [("Tommy", "Bell")], dt.date(2019, 7, 4), addresses=[HOME_B]),
    _p("m", "mother", [("Tracey", "Hirst")], dt.date(1987, 12, 1), addresses=[HOME_B], phones=["07920 718 315"],
       ids=["PK 73 18 52 C"]),
    _p("sf", "stepfather", [("Craig", "Bell")], dt.date(1984, 4, 9), addresses=[HOME_B], phones=["07463 267 877"]),
    _p("f", "father", [("Lee", "Jagger")], dt.date(1985, 9, 27), addresses=[DAD_B], phones=["07760 455 381"]),
    _p("p1", "professional", [("Joel", "Ackroyd")], phones=["01226 292 714"], emails=["joel.ackroyd@penninedearne.gov.uk"]),
    _p("p2", "professional", [("Hannah", "Royston")], emails=["hannah.royston@southyorks.pnn.police.uk"]),
], "c")

DOCS_B = [
    ("independent return home interview after a missing episode", """RETURN HOME INTERVIEW (independent) - CONFIDENTIAL
Young person: [[Keeley HIRST|name]]     DOB: [[19-03-2012|dob]]     Age: 14     NHS: [[293 947 7248|nhs]]
Address: [[31 Laithes Crescent|address]], [[Athersley|place]], [[Barnsley|place]] [[S71 3AF|postcode]]
Missing from: home, 22:30 Friday [[6 November 2026|date]]; found 04:10 Saturday [[7th Nov|date]] (police log 148)
Found: in a car park off [[Wakefield Road|address]], [[Ardsley|place]], by PC [[Connor Platts|name]], with two adult males
Interview: Tuesday [[10/11/2026|date]] at [[Horizon|school]] (her choice, in the library office), by [[Bex Hallam|name]],
return interview worker

[[Keeley|name]] agreed to talk if her mum wasn't told "everything". I explained what I would have to share.

Where she went: she walked to [[Kes|name]]'s ([[Kesha Brook|name]], 15) on [[Athersley Road|address]], then they were picked up at
about 23:00 by "[[Dezzy|name]]" and "his mate [[Jonno|name]]" in a grey Audi. She did not know [[Dezzy|name]]'s real name at
first but later said "[[Des|name]], [[Des Clegg|name]], he's from [[Monk
Bretton|place]]". He is 24 she thinks. They drove to
[[Wombwell|place]] for vodka and then to "a hotel near the motorway" where [[Jonno|name]] had a room. She said nothing happened
but then said "[[Kes|name]] went in the other room with [[Jonno|name]] and I stayed with [[Dez|name]] in the car". She became
quiet and asked to stop.

Why she went: rows at home with her stepdad, [[Craig|name]], "since he lost his job". He took her phone on Friday after a letter
from school. She said [[Craig|name]] "doesn't hit me, he hits the wall". Her little brother [[Tommy|name]] (7) "hides in my room".
She misses her dad, [[Lee|name]], who lives in [[Cudworth|place]] with his new partner [[Stacey|name]] and a baby; she
has not seen him since the summer.

Risk indicators: older males, car, alcohol, a hotel, new phone she would not explain (an iPhone "from [[Dez|name]]"),
going missing with a friend who is also missing often, late nights in [[Barnsley|place]] town centre by the interchange.

Her words at the end: "I'm not a kid, I know what I'm doing. [[Dezzy|name]] looks after me, he's not like them off the telly."

Shared with: her social worker [[Joel Ackroyd|name]] ([[01226 292 714|phone]]); DC [[Hannah Royston|name]] (exploitation team);
the school DSL, Mr [[Dean Horbury|name]]. Mother told the outline by phone ([[07920 718 315|phone]]) on [[10.11.26|date]].
"""),
    ("Snapchat messages from a phone download, typed up by police", """SOUTH YORKSHIRE POLICE - DIGITAL MEDIA INVESTIGATION
EXHIBIT HR/14 - extract typed up from the download of an Apple iPhone 12 (white) seized from [[KEELEY HIRST|name]] on
[[12/11/2026|date]]. Officer: DC [[H. Royston|name]] 4471. Usernames as on the device; display names as saved.

Conversation: "[[Dez|name]] 🔥" (username d.c_2002_x) with "[[kee|name]]" (username keeleyyx.h)

[[06/11/2026|date]] 21:48  [[Dez|name]] 🔥: u still on for 2nite babe
[[06/11/2026|date]] 21:50  [[kee|name]]: yh if i can get out. [[craig|name]]s on one again took my phone im on [[kes|name]]'s old one
[[06/11/2026|date]] 21:51  [[Dez|name]] 🔥: tell him nowt. wait at the shop on [[laithes lane|address]] 11 n bring ur mate
[[06/11/2026|date]] 21:53  [[kee|name]]: [[kesha|name]] is coming. is [[jonno|name]] coming i dont like him
[[06/11/2026|date]] 21:54  [[Dez|name]] 🔥: hes sound. ur wiv me anyway 😘
[[06/11/2026|date]] 22:40  [[kee|name]]: climbed out back. [[tommy|name]] seen me but he wont say
[[07/11/2026|date]] 11:20  [[kee|name]]: did u get home. my mum knows. police r at mine
[[07/11/2026|date]] 11:26  [[Dez|name]] 🔥: delete this chat. dont say my name or [[jonno|name]]s or the car. say u was at [[kes|name]]s
[[07/11/2026|date]] 11:27  [[kee|name]]: i wont say nothing
[[09/11/2026|date]] 16:02  [[Dez|name]] 🔥: u owe me for the phone btw 😂 jk. [[jonno|name]] says ur mate owes him tho
[[09/11/2026|date]] 16:03  [[kee|name]]: wdym owes
[[09/11/2026|date]] 16:10  [[Dez|name]] 🔥: ill explain fri. come to [[mapplewell|place]] park 8 ill pick u up

Conversation: "Dad 💙" ([[07760 455 381|phone]]) with "[[kee|name]]"
[[08/11/2026|date]] 19:12  Dad 💙: [[kee|name]] its dad. [[tracey|name]] rang me. are you ok love. come to mine in
[[cuddy|place]] any time
[[08/11/2026|date]] 19:40  [[kee|name]]: im fine dad. [[stacey|name]] dont want me there
[[08/11/2026|date]] 19:41  Dad 💙: yes she does. ill pick you up sat from ur nan [[pat|name]]s

Notes: "[[pat|name]]s" refers to the paternal grandmother, [[Pat Jagger|name]], of [[Lundwood|place]]. A further 312 messages
are in the full extract (exhibit HR/14A).
"""),
    ("hotel night manager's email to the police exploitation team", """From: Night Manager - Ardsley House Hotel
<nightdesk@ardsleyhousehotel.co.uk>
Sent: Sat [[14 Nov 2026|date]] 05:37
To: [[Hannah Royston|name]] <[[hannah.royston@southyorks.pnn.police.uk|email]]>
Subject: Re: Operation Makesafe - the young girls you asked us to look out for

Hi [[Hannah|name]],

You asked us after the training on the [[4th|date]] to let you know straight away if we saw the grey Audi or the names on your
list. Tonight (Fri into Sat) on my shift:

- 00:50 a man booked in at the desk as "[[J Johnson|name]]" and paid cash for room 118, one night. Gave a phone number
  [[07482 136 307|phone]] and an address of "[[12 High Street|address]], [[Royston|place]]" which my colleague
  [[Marek|name]] says is the Co-op. He had a [[Hull|place]] accent and a tattoo of a swallow on his neck. I think this
  is your [[Jonno|name]].
- 01:15 a grey Audi A3 reg [[FY20 HHL|vehicle]] parked by the bins at the back (on our CCTV, cameras 3 and 4, kept).
  Driver went to room 118 with two girls who looked 14-15 to me, one in a [[Horizon|school]] PE hoodie, blonde, very
  drunk, the other dark hair in a bun. The blonde one was called "[[Kee|name]]" by the driver on the stairs.
- 01:40 our porter [[Danny Swift|name]] knocked on 118 as we agreed (noise complaint); a girl answered and said she was 18.
  [[Danny|name]] said she was "clearly a kid".
- 01:44 I rang 999 - ref 0062 of [[14/11|date]]. Officers arrived 02:05 (PC [[Platts|name]] and a female PC). Both girls left with
  the officers. The men had gone down the back stairs to the car before the police came in.

Our guest in room 116, Mrs [[Ingrid Halvorsen|name]] (a Norwegian lady here for the week, [[+47 913 48 226|phone]]), told
[[Marek|name]] she heard a girl crying "I want to go home" through the wall at about 01:30. She is happy to talk to you
before she checks out on Monday [[16 November|date]].

I have saved the booking card, the cash receipt and the CCTV from 00:30 to 02:30. My manager, [[Sue Fenton|name]], knows.

Regards,
[[Tomasz Wieczorek|name]]
Night Manager, Ardsley House Hotel, [[Doncaster Road|address]], [[Ardsley|place]], [[Barnsley|place]] [[S71 5EH|postcode]]
"""),
    ("child exploitation panel minutes", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - [[BARNSLEY|place]] - MINUTES (extract
for one young person)
Date: Thursday [[19th November 2026|date]]     Chair: DI [[Rob Haigh|name]]     Minutes: [[Leanne Fox|name]]

Young person: [[HIRST, Keeley|name]] ([[19/03/2012|dob]]), [[31 Laithes Cres.|address]], [[S71 3AF|postcode]]
Linked young person: [[BROOK, Kesha|name]] ([[02/08/2011|dob]]) - discussed separately
Linked adults (nominals): [[CLEGG, Desmond Paul|name]] ([[11.01.2002|dob]]) of [[Monk Bretton|place]];
[[JOHNSON, Jonathan|name]] ("[[Jonno|name]]", [[23.06.1998|dob]]) of no fixed abode, previously [[Hull|place]]

Present: DI [[Haigh|name]]; DC [[Royston|name]]; [[Joel Ackroyd|name]] (SW); [[Dean Horbury|name]] (DSL, [[Horizon Community
College|school]]); [[Bex Hallam|name]] (return interviews); [[Priti Sharma|name]] (school nurse); [[Ellie Sutcliffe|name]]
(licensing, on hotels and taxis)

Summary: three missing episodes since [[17 October|date]], the last two with [[Kesha|name]]. On [[14/11|date]] the girls
were found in room 118 at the Ardsley House Hotel with the two men; the hotel reported at once. [[Keeley|name]] has disclosed
nothing about sexual activity. [[Clegg|name]]'s Audi ([[FY20 HHL|vehicle]]) has been seen by ANPR in [[Athersley|place]],
[[Mapplewell|place]] and [[Stairfoot|place]] on school nights. He has been arrested on suspicion of child abduction offences and
bailed with conditions not to contact either girl. [[Johnson|name]] is wanted on a recall to prison.

Home: mother [[Tracey Hirst|name]] is working with [[Joel|name]]; stepfather [[Craig Bell|name]] has agreed to a Family
Intervention worker. Birth father [[Lee Jagger|name]] ([[5 Pontefract Road|address]], [[Cudworth|place]]) has offered weekends;
[[Keeley|name]] stayed there on [[15th|date]] and [[16th|date]] and asked to go again.

Risk rating: HIGH (was MEDIUM). Actions: DC [[Royston|name]] - Child Abduction Warning Notices to both men by [[26/11|date]];
[[Ellie|name]] - alert to all [[Barnsley|place]] hotels and the taxi firms; [[Joel|name]] - strategy discussion and Section 47 today;
Mr [[Horbury|name]] - safe adult at school and lunch-time pass; next review [[17 December 2026|date]].
"""),
]


# --- C. Marsh / Rose family (white British), Royston, Barnsley, with a grandmother in Carlton -----------------------------------

HOME_C = d.Address("18 Midland Road", "", "Royston", "S71 4QP")
NAN_C = d.Address("6 Fish Dam Lane", "", "Carlton", "S71 3HQ")
MUM_C = d.Address("Flat 2, 9 Furlong Road", "", "Bolton-upon-Dearne", "S63 8HX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Archie", "Marsh")], dt.date(2026, 6, 20), addresses=[HOME_C], ids=["6433007201"]),
    _p("f", "father", [("Ryan", "Marsh")], dt.date(2004, 1, 15), addresses=[HOME_C], phones=["07840 319 709"],
       ids=["JT 58 20 61 A"]),
    _p("m", "mother", [("Chloe", "Rose")], dt.date(2005, 11, 8), addresses=[MUM_C], phones=["07961 805 914"]),
    _p("g", "grandparent", [("Julie", "Marsh")], dt.date(1978, 2, 22), addresses=[NAN_C], phones=["01226 380 127"]),
    _p("p1", "professional", [("Helen", "Carlton")], phones=["01226 764 309"], emails=["helen.carlton@penninedearne.gov.uk"]),
    _p("p2", "professional", [("Nasreen", "Akhtar")], phones=["07743 788 706"]),
], "c")

DOCS_C = [
    ("health visitor's new birth visit record", """0-19 SERVICE ([[BARNSLEY|place]]) - NEW BIRTH VISIT - SystmOne template, printed
Baby: [[Archie MARSH|name]]   DOB: [[20/06/2026|dob]]   NHS No: [[643 300 7201|nhs]]   Birth weight: 3.02 kg, 38+2, SVD
Visit date: [[01/07/2026|date]] 10:30   Place: home, [[18 Midland Road|address]], [[Royston|place]], [[S71 4QP|postcode]]
Health visitor: [[Nasreen Akhtar|name]] (mob [[07743 788 706|phone]])
Present: [[Archie|name]]; mother [[Chloe Rose|name]] (20); father [[Ryan Marsh|name]] (22); paternal grandmother [[Julie
Marsh|name]], who "pops in most days" from [[Carlton|place]]

Feeding: bottle, 4 oz 3-hourly, made up correctly when watched. Weight today 3.18 kg. Cord off. Mild jaundice resolved.
Sleep: Moses basket in parents' room. Safe sleep talked through; [[Ryan|name]] admitted [[Archie|name]] "fell asleep on me on the
sofa" after the night feed. ICON (crying is normal, cope, never shake) given and discussed with both parents.

Mother's health: EPDS 16. [[Chloe|name]] was tearful, said she "doesn't feel like his mum", has stopped her sertraline because
of the pregnancy, and her own mum is in Spain... corrected by [[Chloe|name]]: "[[Benidorm|place]], she's not coming back".
Her grandma, "Nana [[Jean|name]]" (Mrs [[Jean Rose|name]]), lives in [[Goldthorpe|place]] but is not well.
Father: works agency nights at a warehouse at [[Grange Lane|address]]; says he "gets by" on four hours. Smokes (outside).
His friend [[Royston Pryce|name]] stays over some weekends. The flat upstairs ([[18a|address]]) is noisy.

Home: clean, warm, cot and pram, formula stocked. Dog: none. Two cats.
Plan: GP for [[Chloe|name]] (PND; Dr [[Whitworth|name]] at the group practice); perinatal mental health referral
with consent; 6-8 week contact [[12/08/2026|date]]; weigh at the Family Hub clinic Thursdays.
[[N Akhtar|name]] HV
"""),
    ("paediatric child protection medical report", """SHEFFIELD CHILDREN'S NHS FT - CHILD PROTECTION MEDICAL ASSESSMENT (summary
for the strategy meeting)
Child: [[Archie Marsh|name]]     DOB: [[20.06.2026|dob]]     Age: 4 months     NHS: [[643 300 7201|nhs]]
Seen: [[23 October 2026|date]], 14:00, on the paediatric assessment unit at Barnsley Hospital, requested by [[Helen
Carlton|name]], social worker, after a bruise was seen by the health visitor on [[22.10.2026|date]]
Examining doctor: Dr [[Olusegun Adeyemi|name]], consultant paediatrician. Chaperone: [[Lyndsey Hardcastle|name]], staff nurse.
With the child: father [[Ryan Marsh|name]] and paternal grandmother [[Julie Marsh|name]]

History from the father: [[Archie|name]] lives with him at [[18 Midland Rd|address]]; his mother, [[Chloe Rose|name]], moved out to
her own flat in [[Bolton-upon-Dearne|place]] on [[29 September|date]] "because she couldn't cope". [[Ryan|name]] has given up
night work and has [[Archie|name]] full time, with help from his mother. On the evening of Tuesday [[20 October|date]] he
was bathing [[Archie|name]] and the bath seat tipped; he caught him by the head. He did not notice a mark until the health visitor
pointed it out. [[Chloe|name]] last had [[Archie|name]] on Sunday [[18 October|date]] for four hours, at her flat, with her new
partner, a man called [[Kai|name]] or "[[Kaiden|name]]", there.

Findings: well-grown (weight 6.9 kg, 50th), well cared for. Left ear: bruising of the upper helix, front and back, 1.5 x 1 cm,
purple, with petechiae on the back of the ear. No bruising elsewhere. Frenulum intact. Fontanelle normal. Eyes normal.

Opinion: bruising to the ear in a non-mobile baby of 4 months, front and back with petechiae, is typical of a pinch or a
squeeze and is not explained by the history of a bath seat tipping. I consider it likely to be an inflicted injury. I cannot
say who caused it or when, beyond it being within the last 2-5 days (so [[18th|date]] to [[21st|date]] October).

Plan: skeletal survey [[24/10/2026|date]] and repeat at 11 days; CT head; bloods; ophthalmology; checks on siblings (none).
[[Archie|name]] to stay on the ward tonight. Police (DC [[Mark Tingle|name]]) informed at 16:10.
Signed [[O. Adeyemi|name]]  [[23/10/2026|date]]
"""),
    ("father's handwritten statement, scanned and read by OCR", """[scanned PDF, 2 pages, text layer by OCR; errors left as read]

Statment of [[RYAN MARSH|name]]  ( dad of [[Archie|name]] )    date [[26 / 10 / 2026|date]]

My name is [[Ryan Marsh|name]] I am 22 and I live at [[18 Midland Rd|address]] [[Roys ton|place]] with my son [[Archie|name]]
who was born on the [[20th June 2026|dob]]. I am writing this becuase [[Helen|name]] the social worker said I could put it in
my own words for the meeting.

I did not hurt [[Archie|name]]. I love him more than anything. When [[Chloe|name]] left on the [[29th Sept|date]] I gave up my
nights at the warehouse so I could have him, me mam [[Julie|name]] helps me every day and she would tell you.

The bath seat thing is true it tipped and I grabbed him by his head. But I have been thinking and when I got him back
off [[Chloe|name]] on the Sunday night ([[18th|date]]) he was screaming in the car seat and would not settle. [[Chloe|name]]
said [[Kai|name]]
had been "winding him up" to make him laugh. I did not think about it then. [[Kai|name]]s full name is [[Kaiden
Bramall|name]] he is 27 and he has a van with KB ROOFING on it and a dog. [[Chloe|name]]s mate [[Amber|name]] told me
he has been in trouble for hitting his ex in [[Thurnscoe|place]].

I have not got anything against [[Chloe|name]] she is not well since she had him. Her mum is in [[Benidorm|place]] and her nan
[[Jean|name]] is poorly. I think she needs help not getting wronged for this.

I will do whatever you want. I will stay at me mams at [[6 Fish Dam Lane|address]] [[Carlton|place]] [[S71 3HQ|postcode]] with
[[Archie|name]] if that is what you need. My mate [[Royston|name]] said he will be a witness that I am a good dad he has seen me
with him every weekend.

Signed   [[R Marsh|name]]         phone [[07840 319 709|phone]]      NI no [[JT582061A|ni]]
"""),
    ("family group conference family plan", """FAMILY GROUP CONFERENCE - THE FAMILY'S PLAN FOR [[ARCHIE|name]]
Held at Cudworth Village Hall (moved from the community centre), Saturday [[7th November 2026|date]], 11am-3pm
Co-ordinator: [[Gail Featherstone|name]] (independent FGC service)   Social worker: [[Helen Carlton|name]] ([[01226 764 309|phone]])

Who came: [[Ryan|name]] (dad); [[Julie Marsh|name]] (paternal nan); [[Gary Marsh|name]] (grandad, from [[Shafton|place]]);
[[Leah Marsh|name]] (auntie, [[Ryan|name]]'s sister, from [[Mapplewell|place]]); [[Chloe|name]] (mum) for the first hour with her
support worker [[Tasha|name]] from the perinatal team; Nana [[Jean Rose|name]] by phone from [[Goldthorpe|place]];
[[Royston Pryce|name]]
(family friend). [[Chloe|name]]'s mother, [[Donna Rose|name]], sent a message from [[Benidorm|place]] ([[+34 611 284 903|phone]]).

What the professionals need to be sure of (from [[Helen|name]]'s bottom lines): [[Archie|name]] is never left alone with anyone who
has not been agreed by children's social care; no contact between [[Archie|name]] and [[Kaiden Bramall|name]]; [[Chloe|name]]'s
time with [[Archie|name]] is supervised until the police enquiry is finished.

OUR PLAN
Where [[Archie|name]] lives: with his dad at nan [[Julie|name]]'s, [[6 Fish Dam Lane|address]], [[Carlton|place]], from
[[9 November|date]] until the review. The house at [[Midland Road|address]] is kept on; [[Ryan|name]] will go back there with
[[Archie|name]] only when [[Helen|name]] agrees.
Nights: [[Ryan|name]] does nights. [[Julie|name]] covers if he is ill. Grandad [[Gary|name]] has [[Archie|name]] Tuesdays 9-1 at
[[Shafton|place]] so [[Ryan|name]] can go to the [[Barnsley|place]] dads' group.
Time with mum: Mondays and Thursdays 2-4 at [[Leah|name]]'s in [[Mapplewell|place]] ([[leah|name]] supervises - she's a
childminder and knows what to look for). [[Chloe|name]] to come on her own. If [[Kaiden|name]] turns up, [[Leah|name]] ends the
visit and rings [[Helen|name]].
Help for [[Chloe|name]]: [[Tasha|name]] will take her to her GP appointments. [[Jean|name]] asked that [[Chloe|name]] stays at
hers in [[Goldthorpe|place]] at weekends "so she's not on her own with him".
If something goes wrong: ring [[Julie|name]] on [[01226 380 127|phone]] or [[Ryan|name]] on [[07840 319 709|phone]]; out of
hours, the emergency duty team.
Review of the plan: [[5 December 2026|date]], same place.

Agreed by the social worker: [[H Carlton|name]], [[09/11/2026|date]], subject to the police and the medical follow-up.
"""),
]


# --- D. Crossland family (white British, farming), near Penistone, with an uncle at Thurlstone ----------------------------------

HOME_D = d.Address("Upper Hartcliff Farm, Hartcliff Road", "", "Penistone", "S36 9FJ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Hollie", "Crossland")], dt.date(2011, 9, 5), addresses=[HOME_D], ids=["9489220272", "E370449621020"],
       schools=["Penistone Grammar School"]),
    _p("s", "sibling", [("Sam", "Crossland")], dt.date(2008, 4, 17), addresses=[HOME_D]),
    _p("m", "mother", [("Joanne", "Crossland")], dt.date(1976, 10, 12), addresses=[HOME_D], phones=["07955 802 275"],
       ids=["SW 24 91 37 D"]),
    _p("f", "father", [("Mark", "Crossland")], dt.date(1972, 5, 3), addresses=[HOME_D],
       phones=["01226 713 564", "07753 611 185"]),
    _p("p1", "professional", [("Callum", "Beever")], phones=["01226 206 419"], emails=["callum.beever@penninedearne.gov.uk"]),
    _p("p2", "professional", [("Ruth", "Kaye")]),
], "c")

DOCS_D = [
    ("CAMHS crisis team assessment", """CAMHS CRISIS AND HOME TREATMENT TEAM - ASSESSMENT
Name: [[Hollie CROSSLAND|name]]   DOB: [[05/09/2011|dob]] (15y)   NHS: [[948 922 0272|nhs]]
Address: [[Upper Hartcliff Farm|address]], [[Hartcliff Road|address]], [[Penistone|place]], [[S36 9FJ|postcode]]
School: [[Penistone Grammar|school]] (Year 11)   GP: Penistone Group Practice
Assessed: Sun [[15 Nov 2026|date]] 19:30 on the children's ward, Barnsley Hospital, after an overdose
Assessors: Dr [[Ruth Kaye|name]] (specialty doctor) and [[Gideon Asante|name]] (CAMHS nurse)

Presenting: [[Hollie|name]] took about 16 paracetamol and 10 of her mother's sertraline at about 13:00 on [[15/11/2026|date]] in
the hay barn, then texted her friend [[Paris Wainwright|name]] "sorry for everything". [[Paris|name]] rang her own mum, who rang
[[Hollie|name]]'s mum, [[Joanne|name]], at work at the Co-op in [[Penistone|place]]. Ambulance to the farm 13:55. Paracetamol level
below the line; no treatment needed beyond observation.

History: cutting to the thighs since about March, hidden under PE leggings. Lower mood since the summer, when the farm's
herd went down with TB and 60 cattle were taken ([[12 July|date]]). Her father, [[Mark|name]], "hasn't been right since". He has
told [[Hollie|name]] the farm "is finished" and has said in front of her "you'd all be better off with the insurance". Mum
works extra shifts. Older brother [[Sam|name]] (18) is at agricultural college at [[Askham Bryan|school]] in the week.
Her boyfriend, [[Jude|name]] ([[Jude Haigh|name]], 16, from [[Stocksbridge|place]]), ended things on [[13 November|date]] on Snapchat.

Risk: she says she wanted to "not be here" and regrets only that [[Paris|name]] found out. She will not promise safety. Means
at home: father holds a shotgun certificate; two shotguns kept in a cabinet in the farm office. Mother's medication in the
kitchen drawer. Uncle [[Stephen Crossland|name]] at [[Thurlstone|place]] has a key to the cabinet.

Plan: admit overnight; safety plan with [[Hollie|name]] and [[Joanne|name]] before discharge; medicines locked; guns to be
removed to the uncle's at [[Thurlstone|place]] or to the police today - father ([[07753 611 185|phone]]) agreed by phone;
daily contact by the home treatment team for 7 days; referral to the social worker on duty ([[Callum Beever|name]]) because of
the father's own risk and what [[Hollie|name]] has heard. GP to be asked to see Mr [[Crossland|name]].
"""),
    ("online self-referral form to a young people's wellbeing service, exported", """Export of form responses (Google Forms) -
"Talk to us: self-referral for 11-18s" - one response, exported [[20/11/2026|date]] 08:14 by the service admin

Timestamp: [[19/11/2026|date]] 22:41:07
1. Your first name: [[hollie|name]]
2. Your surname (optional): [[crossland|name]]
3. Your date of birth: [[5/9/2011|dob]]
4. Your postcode (so we know which team covers you): [[S36 9FJ|postcode]]
5. Your school or college: [[pgs|school]] sixth form... no year 11
6. How can we contact you? (tick all that apply): Text
7. Mobile number: [[07538 768 027|phone]]
8. Is it safe to text you? Yes. dont ring the house phone my dad answers
9. Email (optional): [[holliecrossland11@gmail.com|email]]
10. Do you have a worker already? yes camhs crisis ([[gideon|name]]) and a social worker called [[callum|name]] who came to the
farm. and school nurse mrs [[Hinchcliffe|name]]
11. What would you like help with? (your own words)
everything feels heavy since the cows went. dad sits in the land rover in the yard for hours. mum says its not my job to
worry but its my farm too. i want to talk to someone who isnt going to tell my mum every word. also i want to do something on
saturdays that isnt here. my mate [[paris|name]] goes to a drama thing in [[holmfirth|place]] and her mum ([[Kerry|name]]) could
take me.
12. Is there an adult who knows you are filling this in? my auntie [[Bev|name]] (dads sister in [[oxspring|place]]). she helped me
find the form
13. Emergency contact name and number: [[Beverley Senior|name]] [[07719 816 855|phone]]
14. Anything else? my brother [[sam|name]] is home weekends. he knows about the guns going to uncle [[steve|name]]s. he is
being amazing tbh. please dont put me with someone from school. sorry this is long
15. Consent: I agree to the service storing my answers [x]

ADMIN USE: matched to [[Hollie Crossland|name]] ([[05.09.2011|dob]]), open to CAMHS CHTT and children's social care; passed to
[[Mia Grayson|name]] (Wellbeing Practitioner) [[20/11/2026|date]]; social worker [[Callum Beever|name]] emailed
([[callum.beever@penninedearne.gov.uk|email]]).
"""),
    ("father's voice note transcribed by a phone app", """Voice note received on the social worker's work mobile from Mr
[[Mark Crossland|name]] ([[07753 611 185|phone]]) on Monday [[23 November 2026|date]] at 05:52, 3 min 41 s. Transcript as made by the
phone's own transcription, not corrected; the social worker's corrections of names and places are in square brackets.

"Aye morning [[Callum|name]] it's [[Mark Crossland|name]] up at [[Hart cliff|address]] (SW: [[Hartcliff|address]]) sorry it's early I've
been up with the ewes anyway I just wanted to say I got the letter about Thursday's meeting and I'll be there I'm not dodging
you I know [[Jo|name]] thinks I will but I won't. The guns went down to our [[Steve|name]]'s at [[Thurl stone|place]] (SW:
[[Thurlstone|place]]) on the Monday like you said and he's signed for them and the firearms fella from [[Sheffield|place]] rang me so
that's done. I've been to see doctor [[Kay|name]] no it was doctor [[Ahmed|name]] at the surgery on Friday he's put me on some
tablets and he said there's a farming help line the RABI or something and a lass called [[Marian|name]] from the farming
network in [[Pennis tone|place]] (SW: [[Penistone|place]]) who's going to come out. Look I know I said some daft things in front of
[[Holly|name]] I can't take them back. It's been the worst year we've had since my dad died and [[Sam|name]]'s off at college
and I've been on my own up here. Anyway [[Hollie|name]]s been smiling a bit more since she went to that drama with
[[Paris|name]] at [[Holm firth|place]] (SW: [[Holmfirth|place]]) on Saturday and [[Kerry Wainwright|name]] brought her back so thank her
if you see her. Right I'll let you go. If you need me ring the house [[01226 713 564|phone]] not this I've no signal in the top
field. Cheers [[Callum|name]]."

[Note by [[C Beever|name]]: voice note saved to the file; no new risk; discussed with my manager, [[Anita Shaw|name]], same day.]
"""),
    ("child in need review report", """CHILD IN NEED REVIEW - REPORT TO THE MEETING
Child: [[Hollie Crossland|name]], born [[5th September 2011|dob]]      UPN [[E370449621020|upn]]
Home: [[Upper Hartcliff Farm, Hartcliff Road|address]], [[Penistone|place]] [[S36 9FJ|postcode]]
Review: Thursday [[26 November 2026|date]], 16:00, at the farm (kitchen), and by Teams for school
Social worker: [[Callum Beever|name]] ([[01226 206 419|phone]])      Manager: [[Anita Shaw|name]]

Attending: [[Hollie|name]]; [[Joanne Crossland|name]] (mum, [[07955 802 275|phone]]); [[Mark Crossland|name]] (dad); [[Sam|name]]
(brother, 18, at [[Hollie|name]]'s request); [[Gideon Asante|name]] (CAMHS); Mrs [[Lorraine Hinchcliffe|name]] (school nurse,
[[Penistone Grammar School|school]]); Mr [[Ben Gartside|name]] (Head of Year 11, by Teams); [[Mia Grayson|name]] (wellbeing)

The last four weeks
- No further overdose. Two new cuts seen by [[Gideon|name]] on [[17/11|date]], cleaned, none since. [[Hollie|name]] now rings
  the crisis line herself; she did twice.
- Both shotguns are held by her uncle, [[Stephen Crossland|name]], at [[4 Towngate|address]],
  [[Thurlstone|place]] ([[S36 9RH|postcode]]); checked by PC [[Vicky Norcliffe|name]] (firearms licensing) on
  [[18 November|date]]. Mum's tablets are in a locked box.
- Mr [[Crossland|name]] sees his GP, Dr [[Imran Ahmed|name]], fortnightly and has had a visit from [[Marian Dyson|name]] of the
  farming support network. He said today: "I'd not got out of the Land Rover for a month. I'm out of it now."
- School: 94% attendance; [[Hollie|name]] has a pass to the school nurse's room and has chosen her mentor, Miss [[Nancy
Kaye|name]] (no relation to Dr [[Kaye|name]]). Mocks start [[30 November|date]]; she wants to go to [[Barnsley College|school]]
  for animal care, or to [[Askham Bryan|school]] like [[Sam|name]].
- Saturday drama in [[Holmfirth|place]] with [[Paris|name]], driven by [[Paris|name]]'s mum ([[Kerry|name]]). The family's
  neighbour at [[Lower Hartcliff|address]], Mr [[Walter Denby|name]], has offered [[Hollie|name]] paid work with his calves at
  lambing... "calving", he corrected me.

[[Hollie|name]]'s view (her words): "It's better. I still have bad days. I want the meeting to stop being about me and start
being about Dad as well."

Recommendation: continue as a child in need for three months; [[Sam|name]] and Aunt [[Bev|name]] ([[Beverley Senior|name]],
[[Oxspring|place]]) added to the safety plan; next review [[25 February 2027|date]].
"""),
]


# --- E. Tutu / Kafi family (Nuba, from the Nuba Mountains of Sudan), Hoyland, with an uncle in Sheffield and a grandmother in Cairo

HOME_E = d.Address("23 Tinker Lane", "", "Hoyland", "S74 9DX")
UNCLE_E = d.Address("61 Popple Street", "Page Hall", "Sheffield", "S4 8JX")
GRAN_E = d.Address("14 Shari al-Nasr", "Ard al-Liwa", "Giza", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kuwa", "Tutu"), ("Kuwa Tutu", "Kodi")], dt.date(2013, 2, 1), addresses=[HOME_E],
       ids=["1818913585", "B370385821380"], schools=["Kirk Balk Academy"]),
    _p("s", "sibling", [("Nada", "Tutu")], dt.date(2017, 8, 14), addresses=[HOME_E], ids=["9942071938"],
       schools=["Hoyland Common Primary School"]),
    _p("s2", "sibling", [("Jibril", "Tutu")], dt.date(2020, 1, 9), addresses=[HOME_E], ids=["9373124943"]),
    _p("m", "mother", [("Amna", "Kafi"), ("Amna Ismail", "Kafi")], dt.date(1989, 3, 3), addresses=[HOME_E],
       phones=["07870 096 105"]),
    _p("u", "uncle", [("Yousif", "Kafi")], dt.date(1984, 11, 20), addresses=[UNCLE_E], phones=["07924 522 922"]),
    _p("g", "grandparent", [("Hawa", "Kuku")], addresses=[GRAN_E], phones=["+20 10 2284 6731"]),
    _p("p1", "professional", [("Katie", "Moorhouse")], phones=["0300 123 5812"], emails=["katie.moorhouse@penninedearne.gov.uk"]),
], "c")

DOCS_E = [
    ("asylum accommodation provider's welfare concern form", """ASYLUM ACCOMMODATION - SAFEGUARDING / WELFARE CONCERN FORM (AASC)
Provider: Mears Group, Yorkshire and Humber      Form no. WC-26-4471      Home Office ref: K1288463

SECTION 1 - SERVICE USER
Main applicant: [[KAFI, Amna Ismail|name]]      DOB: [[03/03/1989|dob]]      Nationality: Sudanese      Language: Arabic (Sudanese);
Moro (Nuba) at home      Interpreter needed: YES
Dependants: [[TUTU KODI, Kuwa|name]] (M, [[01/02/2013|dob]]); [[TUTU, Nada|name]] (F, [[14/08/2017|dob]]); [[TUTU,
Jibril|name]] (M, [[09/01/2020|dob]])
Property: [[23 Tinker Lane|address]], [[Hoyland|place]], [[Barnsley|place]], [[S74 9DX|postcode]] (dispersal house since
[[2 June 2026|date]]; previously the contingency hotel in [[Rotherham|place]])
Mobile: [[07870 096 105|phone]]

SECTION 2 - CONCERN (Housing Officer, visit of [[10/11/2026|date]])
Routine property inspection. Damp and black mould in the back bedroom where the three children sleep; repair raised
(job 88213). During the visit the eldest boy, [[Kuwa|name]], came in from school with a swollen left eye. He said he "fell at
football". Ms [[Kafi|name]] became very upset and spoke at length to her daughter [[Nada|name]] (9), who said to me in English,
"Uncle [[Yousif|name]] was angry with [[Kuwa|name]] because of the police". I asked what police; [[Nada|name]] said [[Kuwa|name]] "took
things from the shop in [[Barnsley|place]] with the big boys" and the police brought him home on Saturday.
The mother's brother, [[Yousif Kafi|name]] ([[07924 522 922|phone]]), lives at [[61 Popple Street|address]], [[Page Hall|place]],
[[Sheffield|place]], and stays at the property at weekends. He is not on the occupancy agreement.
Ms [[Kafi|name]] pointed to the picture of her husband on the wall and said, through [[Nada|name]], that he "is lost" - he was
taken in [[Kadugli|place]] in 2023 and she does not know if he is alive. I did not ask more.

SECTION 3 - ACTION
Rang the Children's Front Door 14:30 (spoke to [[Marcus|name]]). Told Migrant Help. Emailed the Home Office safeguarding hub.
Next door neighbour Mrs [[Glenys Parkin|name]] at [[no. 25|address]] has been helping with the school run.
Completed by: [[Darren Lindley|name]], Housing Officer, mob [[07956 589 359|phone]]     Date: [[10/11/2026|date]]
"""),
    ("single assessment with an interpreter, analysis section", """SINGLE ASSESSMENT (extract: family history, the child's
lived experience and analysis)      Child: [[Kuwa Tutu Kodi|name]] ([[1 February 2013|dob]])      NHS [[181 891 3585|nhs]]
Siblings: [[Nada Tutu|name]] ([[14.08.2017|dob]], NHS [[994 207 1938|nhs]]);
[[Jibril Tutu|name]] ([[09.01.2020|dob]], NHS [[937 312 4943|nhs]])
Social worker: [[Katie Moorhouse|name]]     Interpreter (Sudanese Arabic): [[Hajir Osman|name]], by phone and in person
Visits: [[12 November|date]], [[16 November|date]] and [[19 November 2026|date]] at [[23 Tinker Lane|address]], [[Hoyland|place]]

Family history. [[Amna|name]] is Nuba, from [[Heiban|place]] in the Nuba Mountains, and grew up between [[Heiban|place]] and
[[Kadugli|place]], where she married [[Tutu Kodi Angelo|name]], a teacher, in 2011. The family speak Moro at home and Arabic
outside. In 2023 soldiers came to the school where [[Tutu|name]] worked; he has not been heard of since. [[Amna|name]] walked with the
three children to [[El Obeid|place]] and then travelled through [[Khartoum|place]] to her mother, [[Hawa Kuku|name]], in [[Giza|place]]
([[14 Shari al-Nasr|address]], [[Ard al-Liwa|place]]). From [[Cairo|place]] she came alone with the children by a route she does
not want to describe, through Libya. She arrived in [[Dover|place]] on [[4 March 2025|date]] and claimed asylum. Her brother
[[Yousif|name]] came to the UK in 2016, has refugee status, works as a bus driver in [[Sheffield|place]] and is the family's
only adult relative here. His wife [[Samira|name]] and their four children live in [[Page Hall|place]].

[[Kuwa|name]]'s lived experience. [[Kuwa|name]] is 13, in Year 9 at [[Kirk Balk|school]]. He says that in [[Kadugli|place]] he was
"the man of the house" after his father was taken, and that in [[Hoyland|place]] "nobody knows who I am". He plays football
for a junior team on Saturdays and says his best friend is [[Kacper|name]], whose family is Polish. He was arrested with two
older boys, [[Reece|name]] and "[[Mo|name]]", on [[7 November|date]] for taking vapes and energy drinks from a shop in
[[Barnsley|place]]; a community resolution. He told me, with the interpreter out of the room at his wish, that his uncle hit
him with a belt across the back and once in the face that night, "because I shamed my mother". He said it had happened "one
time before", in June or July, "in the summer". Marks seen by the school nurse on [[9 November|date]].

[[Nada|name]] interprets for her mother at the GP, the chemist and the housing office; she told me she "hates it when it is
about Baba". [[Jibril|name]] is in the nursery class at [[Hoyland Common
Primary|school]] in the mornings.

Analysis. [[Kuwa|name]] has suffered physical harm from his uncle, whom the family depend on. [[Yousif|name]] accepted the
belt ("in Sudan a father does this; I am his father now") and agreed to stay away from the house while we work with him.
[[Amna|name]] shows signs of trauma (not sleeping, flashbacks of the day at the school). The risk is reduced by her clear wish
to protect her son. Outcome: child protection enquiry (s47) completed, no plan; Child in Need plan; GP referral for [[Amna|name]]
to the refugee mental health service; damp to be fixed by Mears by [[18/12/2026|date]].
"""),
    ("WhatsApp voice messages in Sudanese Arabic, translated", """Translation of WhatsApp voice messages shown to the social
worker by Ms [[Amna Kafi|name]] on [[19/11/2026|date]], with her consent. Translated from Sudanese Arabic by [[Hajir Osman|name]]
(interpreter), who kept the names as said and wrote the contacts' names as saved on the phone, in Arabic script with a
reading. Times as on the phone.

Chat: "[[يوسف|name]] أخوي" ([[Yousif|name]], "my brother"), [[07924 522 922|phone]]

[[08/11/2026|date]] 00:14 [[يوسف|name]] (voice, 1:52): "[[Amna|name]], I am coming back to [[Hoyland|place]] tomorrow. Your son brought
the police to your door. In [[Kadugli|place]] a boy who did this, his father would break his back. I am his father now. Tell him to
wait for me."
[[08/11/2026|date]] 07:30 [[آمنة|name]] (voice, 0:48): "[[Yousif|name]], please. He is a child. He is crying all night. Do not touch
him. I will talk with him. Our mother would not want this."
[[08/11/2026|date]] 21:02 [[آمنة|name]] (voice, 1:10): "Why did you hit his face? The school will see. [[Nada|name]] saw everything.
Go back to [[Sheffield|place]] to [[Samira|name]]."
[[09/11/2026|date]] 06:55 [[يوسف|name]] (voice, 0:31): "I did what [[Tutu|name]] would do. God forgive me if it was too much."

Chat: "أمي" ("my mother"), [[+20 10 2284 6731|phone]] ([[Cairo|place]])
[[10/11/2026|date]] 19:40 أمي (voice, 2:30): "My daughter, I heard from [[Yousif|name]]. Don't let him do it again. And bring the
children to video call on Friday, I have not seen [[Jibril|name]] since the Eid. [[كوّة|name]] ([[Kuwa|name]]) must pray and go
to school, tell him his grandmother [[حواء|name]] ([[Hawa|name]]) says so. [[Angelo|name]]'s cousin in [[الخرطوم|place]]
([[Khartoum|place]]) says there is no news."
[[10/11/2026|date]] 19:52 [[آمنة|name]]: "I will, Mama. The social worker is called [[Katie|name]]. She is kind. She said the
council will fix the black wall in the children's room."

Chat: "[[Glenys|name]] neighbour" ([[07483 234 011|phone]])
[[12/11/2026|date]] 08:20 [[Glenys|name]]: "Morning love, I'll take [[Nada|name]] and the little one at half 8 x"
[[12/11/2026|date]] 08:21 [[آمنة|name]]: "thank you [[glenys|name]] 🙏🏾"

Interpreter's note: "أمي" (my mother) and "أخوي" (my brother) are kinship words, not names; the mother says the grandmother
lives at [[Ard al-Liwa|place]], near the market in [[Giza|place]].
"""),
    ("letter from a secondary school's EAL and inclusion lead", """[[Kirk Balk Academy|school]]
[[West Street|address]], [[Hoyland|place]], [[Barnsley|place]] [[S74 9HX|postcode]]

[[24th November 2026|date]]

Dear Ms [[Moorhouse|name]],

Re: [[Kuwa TUTU KODI|name]] (Year 9), DOB [[01/02/2013|dob]], UPN [[B370385821380|upn]]

Thank you for inviting us to the Child in Need meeting on the [[1st December|date]]. I cannot attend in person, so I am writing
with what we know, as the school's EAL and inclusion lead, with help from Mr [[Samuel Hoyle|name]], [[Kuwa|name]]'s form tutor.

[[Kuwa|name]] joined us on [[8 September 2025|date]], two months after arriving in [[Hoyland|place]] from the contingency hotel in
[[Rotherham|place]]. He had not been in school since 2023. His spoken English is now good (he is proud of his [[Barnsley|place]]
accent) but his reading is at about a Year 4 level. He is a gifted runner: the PE department have entered him for the cross
country at Locke Park in [[Barnsley|place]] on the [[5th|date]].

Since [[9 November|date]], when our school nurse, [[Hannah Beevers|name]], saw the marks on his back and his eye, [[Kuwa|name]] has
been quieter. He has told Mr [[Hoyle|name]] that he "made the family ashamed" and that his uncle "was right". We have kept him
away from the two Year 11 boys he was with on the [[7th|date]]. One of them, [[Reece Gill|name]], no longer attends here.

Things that help him: the morning check-in with Mr [[Hoyle|name]]; Arabic-speaking lunch club run by our teaching assistant,
Mrs [[Maha Elamin|name]], who is herself from [[Omdurman|place]]; and football. A boy in Year 10, [[Ahmed Hamid|name]], from a
Sudanese family in [[Wombwell|place]], has become a friend and invited [[Kuwa|name]] to their mosque's youth club.

His sister [[Nada|name]] is at [[Hoyland Common Primary School|school]]; I have spoken to Mrs [[Orla Keaney|name]] there, who tells
me [[Nada|name]] is often tired and has missed mornings to go with her mother to appointments in [[Barnsley|place]]. I hope the
interpreting can be booked so [[Nada|name]] does not have to do it.

Please ring me on [[01226 742 190|phone]] or email [[h.fernley@kirkbalk.org.uk|email]].

Yours sincerely,

[[Helen Fernley|name]]
EAL and Inclusion Lead
"""),
]


# --- F. Ngcukana / Wray family (Xhosa, from the Eastern Cape of South Africa), Mapplewell, with a grandmother in Mthatha ---------

HOME_F = d.Address("8 Spark Lane", "", "Mapplewell", "S75 6AB")
DAD_F = d.Address("29 Church Street", "", "Darton", "S75 5HG")
GOGO_F = d.Address("17 Sisson Street, Fort Gale", "", "Mthatha", "5100")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lwazi", "Ngcukana")], dt.date(2011, 6, 28), addresses=[HOME_F], ids=["5312237299", "D370432120086"],
       schools=["Darton Academy"]),
    _p("s", "sibling", [("Anathi", "Wray")], dt.date(2016, 2, 10), addresses=[HOME_F], ids=["3445300631"],
       schools=["Mapplewell Primary School"]),
    _p("m", "mother", [("Siphokazi", "Ngcukana")], dt.date(1984, 9, 16), addresses=[HOME_F], phones=["07873 885 831"],
       ids=["TM 64 29 08 B"]),
    _p("f", "father", [("Daniel", "Wray")], dt.date(1982, 12, 5), addresses=[DAD_F], phones=["07451 640 374"]),
    _p("g", "grandparent", [("Nobuhle", "Ngcukana")], addresses=[GOGO_F], phones=["+27 47 531 2260"]),
    _p("p1", "professional", [("Josh", "Ibbotson")], phones=["01226 787 146"], emails=["josh.ibbotson@penninedearne.gov.uk"]),
], "c")

DOCS_F = [
    ("suspension letter from a secondary academy", """[[DARTON ACADEMY|school]]
[[Station Road|address]], [[Darton|place]], [[Barnsley|place]]  [[S75 5QN|postcode]]   Tel [[01226 382 519|phone]]

Private and confidential
Ms [[S. Ngcukana|name]]
[[8 Spark Lane|address]]
[[Mapplewell|place]]
[[S75 6AB|postcode]]

Tuesday [[13th October 2026|date]]

Dear Ms [[Ngcukana|name]],

Suspension of [[Lwazi Ngcukana|name]] (Year 11, tutor group 11RH), date of birth [[28/06/2011|dob]]

I am writing to confirm what I told you by phone ([[07873 885 831|phone]]) this afternoon. I have decided to suspend
[[Lwazi|name]] for five school days, from [[14 October|date]] to [[20 October 2026|date]] inclusive, because on Monday [[12
October|date]] a kitchen knife (blade about 10 cm) was found in his bag after a search by Mr [[Rhys Hallam|name]], Assistant
Principal, following information from another student. [[Lwazi|name]] did not threaten anyone with it.

[[Lwazi|name]] told us he has carried the knife since [[3 October|date]], when three older youths "jumped" him at Barnsley
Interchange, took his phone and called him racist names. He said he was scared it would happen again on his way home to
[[Mapplewell|place]]. We have passed this to South Yorkshire Police (ref 14/176032/26) and to our safer schools officer, PC
[[Andrea Cusworth|name]]. We have also recorded two earlier racist incidents at school involving a Year 11 student,
[[Kieran Lodge|name]], on [[18/09/2026|date]] and [[29/09/2026|date]]; these are being dealt with separately.

Because of the circumstances, and because [[Lwazi|name]] has had no previous sanctions, I have not excluded him permanently.
During the suspension he must not be in a public place in school hours without good reason; work will be set on Teams.
You may make representations to the governing board (clerk: Mrs [[A. Senior|name]]).

A reintegration meeting will take place on Wednesday [[21st October|date]] at 8.45am with you, [[Lwazi|name]], Mr [[Hallam|name]] and
our DSL, Ms [[Priya Lal|name]]. I have, with your agreement, told [[Lwazi|name]]'s social worker, [[Josh Ibbotson|name]].

Yours sincerely

[[Graham Tattersall|name]]
Principal
"""),
    ("a mother's own letter to the child in need meeting", """To [[Josh|name]] and everyone at the meeting for my children,

My name is [[Siphokazi Ngcukana|name]]. People here call me "[[Sipho|name]]" or "[[Kazi|name]]" because they cannot say it, but my
mother calls me [[Kazi|name]] too so that is fine. I am a staff nurse on the acute medical unit at Barnsley Hospital. I came to
England in 2019 from [[Mthatha|place]] in the Eastern Cape with [[Lwazi|name]] when he was eight, through the NHS overseas nurse
programme. [[Anathi|name]] was born in [[East London|place]], South Africa, on [[10 February 2016|dob]], and came with us
when she was three. Her father is [[Daniel Wray|name]]. We met when he was working in [[Gqeberha|place]]. We are separated
since 2024 and he lives in [[Darton|place]].

I want to say first that I am ashamed that my son took a knife to school. In our home there is respect. My mother, uMama
[[Nobuhle|name]], raised four children in [[Ngangelizwe|place]] and none of them carried a knife. But I also want you to
understand why. [[Lwazi|name]] has been called the N word at the bus station, on the bus and at school since he was in Year 8. He
has been told to "go back to Africa" by a man in the Co-op on [[Towngate|address]]. He stopped telling me because I was always
working. When they took his phone on [[3 October|date]] he was alone.

I work nights, three or four a week. I know [[Lwazi|name]] has been looking after [[Anathi|name]] those nights and getting her to
[[Mapplewell Primary|school]] in the morning. He is a good brother. I know now it is too much for him. I have asked the ward
manager, Sister [[Joy Mabena|name]], for days only, and she has said yes from January. My Universal Credit
childcare claim (NI [[TM 64 29 08 B|ni]]) is waiting for the council's letter.

[[Daniel|name]] says I am a bad mother and that [[Anathi|name]] should live with him. He says this in front of the children and he
tells [[Lwazi|name]] he is "not his problem". [[Anathi|name]] comes back from his house upset. I do not stop her seeing her
father, but I do not want him to decide everything.

What would help us: a mentor for [[Lwazi|name]], a Black man if possible, maybe from the boxing club; my cousin [[Xolani
Mgudlwa|name]] in [[Leeds|place]] ([[07566 644 653|phone]]) has said he will come on Saturdays. The church in [[Barnsley|place]]
(Pastor [[Emmanuel Boateng|name]]) has a youth group on Friday nights. And for someone to hear my son when he says what
happened at the bus station, because nobody was arrested.

Enkosi kakhulu (thank you very much).

[[Siphokazi|name]] ([[Kazi|name]])
[[8 Spark Lane|address]], [[Mapplewell|place]]        [[12/11/2026|date]]
"""),
    ("social worker's notes typed fast on a phone between visits", """[notes app, [[Josh Ibbotson|name]]'s work phone, copied into
the file unedited on [[17/11/2026|date]]]

17/11 0815 rang mum [[07873 885 831|phone]] - [[kazi|name]] off nights this wk. ok for HV thurs 4pm
0840 [[darton acad|school]] - spoke [[priya lal|name]] DSL. [[lwazi|name]] back since [[21/10|date]], no incidents, 3 lates. [[kieran
lodge|name]] now on a managed move to [[penistone|place]]? ([[priya|name]] not sure) - chase
0910 PC [[cusworth|name]] re bus stn robbery - CCTV got, 2 suspects named (not to us yet), 1 is 19 from [[kendray|place]]. will
update [[lwazi|name]] + mum herself
1000 HV [[daniel wray|name]] at [[29 church st|address]], [[darton|place]] - dad says [[anathi|name]] "begs" to live w him. new
partner [[gemma|name]] + her 2 boys there (ages 6 & 9? [[gemma rhodes|name]]?). house ok. dad v angry re "that boy" ([[lwazi|name]]).
said [[kazi|name]] "brought trouble from africa". challenged. he calmed. agreed no talk abt mum in front of kids
1130 [[mapplewell primary|school]] - mrs [[fenwick|name]] (yr6). [[anathi|name]] tired mon + fri (after dads). told her
friend [[ruby-mae|name]] "daddy says mummy will go back to south africa and leave us"
1215 [[barnsley|place]] boxing club - coach [[tony|name]] ([[tony guest|name]]?) happy to take [[lwazi|name]] tues/thurs 6-8, no
fee. [[xolani|name]] (cousin) can drive him from [[leeds|place]]
1300 lunch in car at [[staincross|place]] ASDA lol
1340 gogo in [[mthatha|place]] wants a video call w us - mum to set up whatsapp [[+27 47 531 2260|phone]] sat [[21st|date]]
3pm UK = 5pm SA. auntie [[zintle|name]] in [[east london|place]] may join ([[+27 73 561 2290|phone]])
1420 TODO: family network mtg [[24/11|date]] 5pm at [[8 spark ln|address]]. invite dad separately? ask [[carol|name]] (TM)
1500 back to office [[westgate|address]]
"""),
    ("family network meeting minutes with a grandmother on a video call from South Africa", """FAMILY NETWORK MEETING -
[[NGCUKANA|name]] / [[WRAY|name]]
Date: [[24 November 2026|date]], 17:00-18:30      Place: the family home, [[8 Spark Lane|address]], [[Mapplewell|place]]
Chair and notes: [[Josh Ibbotson|name]], social worker ([[01226 787 146|phone]], [[josh.ibbotson@penninedearne.gov.uk|email]])

Present in the room: [[Siphokazi Ngcukana|name]] (mum); [[Lwazi Ngcukana|name]] (15); [[Anathi Wray|name]] (10, for the first half
hour); [[Xolani Mgudlwa|name]] (mum's cousin, from [[Leeds|place]]); Pastor [[Emmanuel Boateng|name]] (family friend)
By WhatsApp video: Gogo [[Nobuhle Ngcukana|name]] (maternal grandmother) from [[Mthatha|place]], [[+27 47 531 2260|phone]], with
Aunt [[Zintle Ngcukana|name]] joining from [[East London|place]]; [[Lwazi|name]] interpreted isiXhosa for his grandmother at her wish
Not present: [[Daniel Wray|name]] (dad) - met separately on [[23/11|date]]; his views are read out below

1. Why we are here. [[Josh|name]] explained the worries: [[Lwazi|name]] carrying a knife after being robbed and racially abused;
[[Lwazi|name]] caring for [[Anathi|name]] overnight while mum works; the arguments between the parents in front of the children.

2. What is going well. [[Lwazi|name]] has no incidents since [[21 October|date]] and started boxing at the club with coach [[Tony
Guest|name]] on [[10 November|date]]. Mum is on days from [[4 January 2027|date]]. Gogo said (interpreted): "[[Lwazi|name]] is the
light of this family. Tell him his grandfather [[Mzwandile|name]] was a boxer in [[Ngangelizwe|place]]."

3. Nights until January. [[Xolani|name]] will stay at [[Spark Lane|address]] on mum's night shifts (Mon and Wed) until
[[31/12/2026|date]]. Pastor [[Boateng|name]]'s wife, Mrs [[Abena Boateng|name]], will have [[Anathi|name]] on Thursday nights at
their house on [[Greenside|address]], [[Staincross|place]]. [[Lwazi|name]] is not to be left in charge overnight.

4. [[Anathi|name]] and her father. Mr [[Wray|name]]'s view (from [[23/11|date]]): he wants [[Anathi|name]] every weekend and would
like her to live with him and his partner, [[Gemma Rhodes|name]]. [[Anathi|name]] said she loves "both houses" but does not want
to hear "the mean things". Agreed: contact stays alternate weekends; [[Josh|name]] to offer both parents a parenting-after-
separation course; mediation at [[Barnsley|place]] suggested.

5. Gogo asked whether the children could visit [[Mthatha|place]] in the summer. Mum said yes if the money allows; [[Lwazi|name]]
said he wants to see his cousins [[Qhama|name]] and [[Luthando|name]] and his grandmother's house at [[17 Sisson Street|address]],
[[Fort Gale|place]] ([[5100|postcode]]).

Next meeting: [[15 December 2026|date]], same time. Minutes to all, and to Mr [[Wray|name]] ([[29 Church
Street|address]], [[Darton|place]], [[S75 5HG|postcode]]).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E),
          (RECORD_F, DOCS_F))
NAME = "set 113 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:11 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "cllr", "nurse", "coach", "our", "me",
           "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "aunt", "sister", "uncle", "gogo", "makhulu", "tata", "tatomkhulu", "mama", "sisi",
           "bhuti", "usisi", "ubhuti", "umama", "habooba", "haboba", "jiddo", "khalti", "khali", "ammo", "amm", "ustaz", "ustaza", "sheikh",
           "pastor", "rev", "fr", "father"}
_AFTER = {"bhuti", "sisi", "khalti", "habooba"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "yorkshire",
               "south yorkshire", "west yorkshire", "the north", "the dearne", "dearne valley", "the dearne valley",
               "sudan", "south sudan", "the nuba mountains", "nuba mountains", "south kordofan", "kordofan", "darfur", "egypt",
               "south africa", "libya", "spain", "norway",
               "poland", "eastern cape", "the eastern cape", "the transkei", "transkei", "gauteng", "africa", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
