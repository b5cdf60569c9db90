"""Set 111: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the
`Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
the files other helpers were writing at the same time (bench/redaction_set110.py, redaction_set112.py, redaction_set113.py and
their tests), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking
conventions followed here), the module docstrings only of bench/redaction_set7.py to redaction_set109.py (printed with ast and
searched for the towns, districts and communities earlier sets used as a family's home; no earlier set's body was read or
searched), the first 150 lines of bench/redaction_handwritten.py (its `_party`, `Records`, `HandSet`, `word_problems` and
`_parse` helpers and its first record), and the ruff settings in pyproject.toml. Set 15's checker was only run, through
problems(), as set 21 does; its output (the problems of this set's own marking) was read and the marking corrected. Phone
numbers were checked with the phonenumbers library, and NHS numbers (mod 11) and UPNs (python-stdnum) made with their check
digits in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families in Southend-on-Sea and the Rochford district, each from a town, district or estate no earlier set used as a
family's home (earlier sets used Canvey Island and Shoeburyness, which appear here only as other people's places). Four of the
kinds most common in children's social care: a young white British mother in Southchurch, Southend-on-Sea, with a
grandmother in Thorpe Bay (Whitbread / Marsh; neglect and a hoarded house with mice, a boy of 2 bitten on the face by his
father's XL bully, delayed speech, a girl of 6 late to school, a neighbour who helps), a white British father on his own in
Belfairs, Leigh-on-Sea, with a grandmother in Hadleigh and a mother on Canvey Island (Hope; a boy of 14 criminally exploited
on the c2c line to Barking and Dagenham, found by British Transport Police, a girl of 11 frightened by a man on a moped), a
white British family in Downhall, Rayleigh, with an aunt in Hockley (Brook; a girl of 15 with an eating disorder who
self-harms, a father's coercive control, a boy of 9 who hides in his wardrobe) and a white British family of grandparents in
Hullbridge applying for special guardianship of two grandchildren, with a mother in Basildon using heroin (Leigh; a surname
that is also a town). Two from communities no earlier set used: a South African isiXhosa-speaking family in Rochford, with
family in Mthatha, Gqeberha and East London (Somyalo / Mabandla; a boy of 12 beaten with a belt by his father, a nurse, and
threatened with being sent to an uncle in the Eastern Cape; a family WhatsApp group in isiXhosa) and a Moroccan Amazigh
(Riffian, Tarifit-speaking) family from Al Hoceima in Prittlewell, Southend-on-Sea, with family in Imzouren, Nador and
Rotterdam (Boutaher / Akhrif; a girl of 15 at risk of forced marriage to a cousin on a trip to the Rif, a mother who speaks
Tarifit and Dutch, a grandmother's voice note and messages in Arabic script). 24 documents, half plain professional
recording (a health visitor's two-year review, core group minutes, a return home interview record, contextual safeguarding
panel minutes, an eating disorder service's letter to a GP, a section 47 outcome report, a special guardianship assessment
extract with a chronology, a family group conference plan, a school's record of a disclosure, a strategy discussion record,
an interpreter-assisted home visit record, a social worker's witness statement for a forced marriage protection order) and
half the other writing a case file holds, of types or styles no earlier set used where that could be judged from the
docstrings: a pest controller's job sheet scanned and OCR'd (with OCR errors inside names and dates) and emailed by a
letting agent, a mother's Messenger chat with a neighbour typed up, a British Transport Police pocket notebook entry, a
father's texts to a social worker, a girl's diary pages scanned and OCR'd, a school pastoral system (CPOMS) export, a
grandmother's handwritten letter to the judge, a drug and alcohol service's information-sharing email, a family WhatsApp
group in isiXhosa and English with translations, a duty social worker's notes typed fast on a phone in lower case, a Forced
Marriage Unit email exchange, and a grandmother's voice note in Tarifit transcribed and translated with messages in Arabic
script.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (South Africa, Morocco, the Netherlands, Spain); NHS numbers and UPNs (the LA numbers
for the area: 882 Southend-on-Sea, 881 Essex) pass their check digits; NI numbers have a valid format. Councils are invented
(Thamesmouth City Council for Southend, Crouch Vale County Council for the Rochford district), and so are the letting agent
(Estuary Lettings), the pest firm (Shorepest), the nurseries (Sunflowers, Little Cockles), some schools (Bournemead Primary,
Belfairs Wood Academy, Blenheim Rise Primary), the recovery service (South Essex Recovery Service), the interpreting agency
(LinguaLink), the youth service (Compass) and the butcher's (Atlas Halal Butchers); towns, districts, estates, real schools,
NHS bodies, hospitals, police forces, courts, charities, shops, brands, apps, stations, parks, woods, landmarks and laws are
real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, Rev.,
PC, DC, DS, DCI, PS, IRO, nan, nanny, Auntie, Uncle, pastor, and here the isiXhosa Tata, Mama, Makhulu, Sisi, Malume, gogo
and the Tarifit and Moroccan Arabic Baba, Jedda, Jeddi, Lalla, 3ammi) stay outside the name span, and a contact saved under a
kinship word ("Makhulu", "Jedda 🌹") is not a name, nor is a child's word for a parent ("sorry tata"); a possessive 's and a
bare s in texting ("[[Tobi]]s", "[[Roy]]s") stay outside; every person's name is a name in every form, record or not, in
lower case in messages and notes ("jade", "kem", "gary hope", "stroud", "mzwandile gcaba"), in capitals, with an initial, as
"SURNAME, First" ("MARSH, Frankie", "LEIGH, Harley", "DUNN, Abigail", "Raman, Priya", "Ashby, Jordan") or "First SURNAME"
("Reece HOPE"), as a nickname or short form ("Kaz", "Alf", "Lew", "Deano", "Smokey", "Jerm", "Zodwa"), as an alias given to
police ("Kai Smith"), broken by a line break, broken by OCR ("Jade Whitbrea d", "Lew is", "C. Sa1mon", "Caro1"), and in
Arabic script ("نور", "سعيد", "إلياس", "نعيمة"); initials alone ("OK", "L", "P's") are not marked; a pet's name (the dog Bear)
is not a name; a firm named after people marks only the names ("[[Pike]] & [[Trent]]"). isiXhosa noun-class and locative
prefixes stay outside the span ("u[[Lwazi]]", "ngu[[Oliver]]", "e[[Gqeberha]]", "Sise[[Rochford]]", "e[[Bhayi]]"). A
street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so
is a neighbour's bare house or flat number ("no. 12", "no. 61", "12" in the OCR'd sheet) and an address abroad ("Calle
Gerona 14", "03503"; "Mathenesserweg 112", "3027 HK"); towns, cities, villages, districts and estates are places, at home or
abroad, in any case and in Arabic script ("Southchurch", "Belfairs", "Old Leigh", "Leigh on Sea", "Leigh", "Canvey",
"basildon", "shoebury", "prittlewell", "Port Elizabeth", "Bhayi", "الحسيمة"); countries, counties, regions and local authority
areas are not ("Essex", "Castle Point", "the Eastern Cape", "Morocco", "Spain", "the Rif"); organisations are not marked even
when they hold a town's or a person's name ("Shoebury Health Centre", "Southchurch Medical Group", "Southchurch Family Centre",
"Southend Hospital", "Basildon Hospital", "Rochford Clinic", "Hullbridge Community Centre", "Hullbridge Yacht Club", "Church
View Surgery", "the Family Court at Chelmsford", "Atlas Halal Butchers"); a school's, college's, pre-school's or nursery's name
is a school, and so is its short form ("Bournemead Primary", "Belfairs Wood", "Blenheim Rise", "Grove Wood", "Holt Farm",
"Riverside", "Chase High", "Sunflowers", "Little Cockles"); a date of birth is dob, any other calendar date with a day is date
(a weekday before it stays outside, and so does "the" before "2nd"), and the bare day in a range or a diary line ("7" to "10
November 2026", "the 13th", "Weds 7th") is a date span of its own; months and years alone are not marked ("March 2025",
"September", "2019", "Dujanbir"); parks, woods, beaches, piers, stations, attractions and landmarks stay unmarked (Chalkwell
Park, Hockley Woods, Rayleigh Mill, the Weir, Adventure Island, Fenchurch Street, the Victoria shopping centre), but a town in
a station's or a team's name marks the town ("[[Barking]] station", "[[Southend]] Central", "[[Rochford]] team",
"[[Basildon]] hub", "the [[Rayleigh]] library"); a surname or first name that is also an English word or a town is marked by
what it refers to (Hope, Summer, June, Brook, Frost, Marsh, Bright; Leigh is a name for the family and a place for
Leigh-on-Sea; "Said" is a name for the cousin and stays unmarked where it is the verb; the month "june" and "the summer holidays"
stay unmarked though June and Summer are people here).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: the date inside a
WhatsApp export's time stamp is a date ("[[07/11/2026]], 19:02 - "); translations on their own lines are marked like
the original messages; an OCR'd date with letter O for zero ("22/O9/2O26") is a date and an OCR'd name a name; a
partial registration remembered by a child ("LB68 X..") is a vehicle; a firm's or the council's own street address is marked
as an address like any other, since a review would not print it either; the Xhosa name of a city ("Bhayi" for Port
Elizabeth, now Gqeberha) is a place; a Spanish five-digit and a Dutch "3027 HK" postcode are postcodes; a football team
named by its town in lower case ("the Hullbridge under 9s") marks the town, but a capitalised club or centre does not; a
county line named after a person ("the Jerm line") marks the name; a court case number, a crime or job sheet number, an FMU
reference, an interpreter's registration number, a police collar number and an exhibit reference (AB/1, GL/3) are not
marked; the Forced Marriage Unit's public number is not marked, like a helpline.

Self-check without the detector: `python -m bench.redaction_set111` (and tests/test_redaction_set111.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,056 gold spans, 590 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Whitbread / Marsh family (white British), Southchurch, Southend-on-Sea, with a grandmother in Thorpe Bay ---------

HOME_A = d.Address("14 Lifstan Way", "Southchurch", "Southend-on-Sea", "SS1 2XB")
NAN_A = d.Address("8 Burges Road", "Thorpe Bay", "Southend-on-Sea", "SS1 3AX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Frankie", "Marsh")], dt.date(2024, 3, 19), addresses=[HOME_A], ids=["6832766467"],
       schools=["Sunflowers Day Nursery"]),
    _p("s", "sibling", [("Dolly", "Whitbread")], dt.date(2020, 5, 2), addresses=[HOME_A], ids=["3573669239", "X882192931766"],
       schools=["Bournemead Primary School"]),
    _p("m", "mother", [("Jade", "Whitbread")], dt.date(1999, 8, 23), addresses=[HOME_A], phones=["07812 406 319"],
       ids=["JW 26 41 83 C"]),
    _p("f", "father", [("Lewis", "Marsh")], dt.date(1996, 1, 11), addresses=[HOME_A], phones=["07934 218 650"]),
    _p("g", "grandparent", [("Carol", "Whitbread")], dt.date(1971, 6, 4), addresses=[NAN_A], phones=["01702 341 286"]),
    _p("p1", "professional", [("Hannah", "Greenwood")], phones=["01702 212 634"], emails=["hannah.greenwood@thamesmouth.gov.uk"]),
    _p("p2", "professional", [("Precious", "Adebayo")]),
], "c")

DOCS_A = [
    ("health visitor's two-year review with a dog bite", """THAMESMOUTH HEALTHY CHILD PROGRAMME - 2 TO 2.5 YEAR REVIEW (home visit)
Child: [[MARSH, Frankie|name]]     DOB: [[19/03/2024|dob]]     NHS No: [[683 276 6467|nhs]]
Address: [[14 Lifstan Way|address]], [[Southchurch|place]], [[SS1 2XB|postcode]]
Seen by: [[Precious Adebayo|name]], Health Visitor (0-19 team, Shoebury Health Centre)      Date of contact: Tues [[15/9/26|date]]
Present: child, mother ([[Jade Whitbread|name]]), father ([[Lewis Marsh|name]]) for the first ten minutes, maternal
grandmother ([[Carol|name]]) arrived 11:20.

Review was overdue (DNA x2: [[21 July|date]], [[18 August|date]]). Mum said the letters go to her nan's old flat in
[[Westborough|place]].

ASQ-3: communication 25 (below cut-off), gross motor 55, fine motor 40, problem solving 35, personal-social 30. [[Frankie|name]]
has about 10 words ("Dada", "Bear", "no", "dink"). Not putting two words together. Still on a bottle at night with squash.
Hearing not checked since newborn screen; referred to audiology at Southend Hospital.

HOME: front room and kitchen seen. Strong smell of dog urine. Bags of clothes and boxes stacked to the window in the hall,
one path through. Stair gate broken. Kitchen sink full, dog food bowls on the floor next to [[Frankie|name]]'s high chair.
Mum said the landlord's pest control man ([[Craig|name]]?) is coming about mice "next week".

DOG: a large XL-type dog called Bear, kept by [[Lewis|name]]. On Sat [[12th Sept|date]] [[Frankie|name]] was bitten on the left cheek
when he went to the dog's bowl. Two puncture marks, now scabbed, and a 2cm graze under the eye. Taken to A&E by nanny
[[Carol|name]] on the [[13th|date]] (not the same day - mum "didn't think it was that bad"). Mum says Bear is now kept in the
back bedroom. [[Lewis|name]] said the dog "was provoked" and "is going nowhere"; he left for work (drives for a scaffolding
firm, van [[EF17 WDK|vehicle]] parked outside).

Sibling [[Dolly Whitbread|name]] (6, [[Bournemead Primary|school]]) - school have been told by mum she is "fine". Mum said
[[Dolly|name]] sleeps with her in the big bed because her room "is full".

Mum tearful; EPDS not done (child is 2) but PHQ-9 = 17. Says she hasn't been right since her dad died in March 2025
and she "can't throw anything of his away". GP: Southchurch Medical Group. Consented to a referral to Thamesmouth Talking
Therapies.

HOUSEHOLD: [[Jade Whitbread|name]] (mum, DOB [[23/08/1999|dob]]); [[Lewis Marsh|name]] (dad, DOB [[11.01.1996|dob]]); [[Dolly|name]]
(DOB [[02/05/2020|dob]]); [[Frankie|name]]. Often there: nanny [[Carol|name]]; [[Lewis|name]]'s brother [[Ricky|name]] (from
[[Pitsea|place]]); the
neighbour [[Kemi|name]] at [[no. 12|address]], who has [[Dolly|name]] on Thursdays; [[Lewis|name]]'s friend "[[Dean-o|name]]" (not known).

PLAN: safeguarding referral to the front door today (dog bite, home conditions, delayed speech, missed contacts). Told
mum and she agreed. Revisit [[29.09.26|date]]. Phone mum on [[07812 406 319|phone]]; nan [[Carol Whitbread|name]] on
[[01702 341 286|phone]] (lives [[Burges Rd|address]], [[Thorpe Bay|place]] - mum gave consent).
[[P. Adebayo|name]] HV
"""),
    ("pest controller's job sheet, scanned and OCR'd, emailed by the landlord", """From: Estuary Lettings (Lettings Dept)
Sent: [[23 September 2026|date]] 16:05
To: [[Hannah Greenwood|name]] <[[hannah.greenwood@thamesmouth.gov.uk|email]]>
Subject: [[14 Lifstan|address]] - PEST JOB SHEET as requested
Attachment: scan0047.pdf (OCR text below)

Hi [[Hannah|name]], as discussed on the phone. Our tenant is Miss [[J Whitbread|name]]. We have served a s8 notice for the
rent arrears separately. The dog is not on the tenancy. Regards, [[Bradley Yeo|name]], Property Manager

---- OCR text ----
SHOREPEST LTD   [[Unit 4 Towerfield Rd|address]], [[Shoeburyness|place]]   Tel 01702 ... (illegible)
JOB SHEET No. 11O42       Date [[22/O9/2O26|date]]      Technician: [[C. Sa1mon|name]]
Client: Estuary Lettings      Site: [[14 Lifstan Way|address]], [[Southchurch|place]]  [[SS1 2XB|postcode]]
Occupier present: Y   Name: [[Jade Whitbrea d|name]]   Tel: [[07812 406319|phone]]
Pest: MICE (house mouse) / poss. RAT in rear garden by shed
Areas: kitchen, under stairs, back bed room (NOT ACCESSED - dog inside, occupier's partner [[Lew is|name]] would not
remove it)
Findings: heavy droppings kitchen units & under stairs. Gnawed food pkts. Harbourage in stored clothes / bags in hall (est.
40+ bags). Nappies in bags in garden. Child's cot in front room, droppings on mattress cover - advised occupier to
wash. Two children present (baby approx 2 & girl approx 6 off school, said poorly).
Treatment: 6 x tamper resistant bait boxes placed HIGH / out of reach of children & dog. Advised NO loose bait.
Proofing: gap under kitchen back door 1O mm - landlord to fit brush strip.
Comments: Occupier says neighbour at no. [[12|address]] (Mr [[Okafor|name]]) complained re smell. Nan ([[Caro1|name]]) arrived
during visit & said she would help clear hall at w/end.
Revisit: [[6/1O/26|date]]
Signed [[C Salmon|name]]       Occupier signature: [[J Whitbread|name]]
---- end ----
"""),
    ("mother's Messenger chat with a neighbour, screenshots typed up", """Typed up by [[H. Greenwood|name]] (SW) from six screenshots
[[Jade|name]] showed me on her phone at the visit on
[[30/09/2026|date]], with her agreement. Spelling as written. Messenger, between "[[Jade Whitbread|name]]" and "[[Kemi Okafor|name]]"
(neighbour, [[no 12|address]]).

[[Kemi Okafor|name]]  Mon 21:14
hi [[jade|name]] sorry to message late. the smell is coming through the wall again & i have my mum staying. can we talk tmrw

[[Jade Whitbread|name]]  Mon 21:40
sorry [[kemi|name]] its the dog [[lew|name]] wont let me get rid. pest man coming tues

[[Kemi Okafor|name]]  Mon 21:41
ok. is [[frankie|name]] ok? i heard screaming sat

[[Jade Whitbread|name]]  Mon 21:52
that was bear he got him on the face. nan took him hospital sun. hes ok now xx

[[Kemi Okafor|name]]  Mon 21:53
omg [[jade|name]]!! u need to do something about that dog. my [[Tobi|name]] is scared to go out the back

[[Jade Whitbread|name]]  Tue 08:02
i know. i no. i cant cope [[kem|name]] honestly. [[lewis|name]] says if they take bear he will go to his brothers in [[basildon|place]] and
leave me with the rent

[[Kemi Okafor|name]]  Tue 08:05
do u want me to have [[dolly|name]] after school thurs? she can come to [[Tobi|name]]s party at adventure island sat too

[[Jade Whitbread|name]]  Tue 08:30
yes pls!! ill give her the money on friday. dont tell [[lewis|name]] about the hv woman

[[Kemi Okafor|name]]  Tue 08:31
i wont. ring [[carol|name]] if u need, or me [[07462 881 907|phone]]

[[Jade Whitbread|name]]  Thu 19:12
[[dolly|name]] loved it at urs thank u. shes askin if she can sleep there lol. [[lewis|name]] was up all night smoking with [[dean|name]]
and
that [[kyle|name]] from the [[shoebury|place]] lot

[[Kemi Okafor|name]]  Thu 19:20
babe you need to tell the social. i'll come with u to the children's centre in [[southchurch|place]] if u want
"""),
    ("core group meeting minutes", """CHILD PROTECTION CORE GROUP - MINUTES
Children: [[Frankie MARSH|name]] ([[19.03.2024|dob]]) and [[Dolly WHITBREAD|name]] ([[02.05.2020|dob]])
Category: neglect      Plan started: [[14 October 2026|date]] (ICPC)      This meeting: Wednesday [[4th November 2026|date]], 10:00,
Southchurch Family Centre
Chair: [[Hannah Greenwood|name]], social worker ([[01702 212 634|phone]])
Present: [[Jade Whitbread|name]] (mother), [[Carol Whitbread|name]] (maternal grandmother), [[Precious Adebayo|name]] (HV),
[[Sam Tiller|name]] (DSL, [[Bournemead Primary
School|school]]), [[Nadia Rahman|name]] ([[Sunflowers|school]] keyworker), [[Dev Patel|name]]
(Early Help family worker). Apologies: [[Lewis Marsh|name]] (father, at work), PC [[Amy Collier|name]] (dangerous dogs).

1. Home conditions. [[Nadia|name]]'s photographs from the family worker's visit on the [[2nd|date]] show the hall is clear
after [[Carol|name]] and [[Jade|name]]'s cousin [[Shannon Brace|name]] took 31 bags to the tip at [[Stock Road|address]]. The back
bedroom is still full. The mice are "nearly gone" (revisit [[6 Oct|date]] and [[20 Oct|date]]). Action: [[Dev|name]] to help
[[Jade|name]] make [[Dolly|name]]'s room ready by [[18/11|date]].

2. The dog. Bear was seized by Essex Police on [[22 October|date]] under the Dangerous Dogs Act as an unregistered XL Bully.
[[Lewis|name]] has said he will contest it. PC [[Collier|name]] sent word that he has made threats to the kennels. [[Jade|name]] said
[[Lewis|name]] is staying at his brother [[Ricky Marsh|name]]'s in [[Pitsea|place]] "for now".

3. [[Frankie|name]]. Audiology on [[27.10.26|date]]: glue ear, grommets to be considered. Now at [[Sunflowers|school]] 3 mornings (15
hours funded from January?? - to check). [[Precious|name]]: weight on the 25th centile, cheek scar healing.

4. [[Dolly|name]]. Attendance 82% this term; late 11 times. Mr [[Tiller|name]] said she told her teacher Miss [[Pryce|name]] "mummy cries
in the bath". She goes to [[Kemi|name]] next door on Thursdays; [[Jade|name]] agreed the school can ring [[Kemi Okafor|name]] if she is
not collected.

5. [[Carol|name]] offered to have both children - [[Dolly|name]] and [[Frankie|name]] - at [[Burges Road|address]] in
[[Thorpe Bay|place]] every Friday night.

6. Money. [[Jade|name]]'s Universal Credit was stopped on [[26 October|date]] after a missed journal appointment; [[Dev|name]]
helped her ring with her NI number ([[JW 26 41 83 C|ni]]) and it is back from [[9 Nov|date]]. Foodbank voucher given.

Next core group: [[2/12/2026|date]]. Review conference: [[13 January 2027|date]].
Copies: [[Jade Whitbread|name]]; [[Lewis Marsh|name]] (by post, [[14 Lifstan Way|address]], [[SS1 2XB|postcode]]);
[[Carol Whitbread|name]]; [[P Adebayo|name]];
[[S Tiller|name]]; [[N Rahman|name]]; [[D Patel|name]]; PC [[A Collier|name]]; IRO [[Maxine Odell|name]].
"""),
]


# --- B. Hope family (white British), Belfairs, Leigh-on-Sea, with a grandmother in Hadleigh ------------------------------

HOME_B = d.Address("9 Manchester Drive", "Belfairs", "Leigh-on-Sea", "SS9 3HP")
MUM_B = d.Address("41 Long Road", "", "Canvey Island", "SS8 0JA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Reece", "Hope")], dt.date(2012, 2, 9), addresses=[HOME_B], ids=["3570539768", "W882104239066"],
       schools=["Belfairs Wood Academy"]),
    _p("s", "sibling", [("Summer", "Hope")], dt.date(2015, 7, 28), addresses=[HOME_B], ids=["1681415739"],
       schools=["Blenheim Rise Primary School"]),
    _p("f", "father", [("Gary", "Hope")], dt.date(1980, 10, 14), addresses=[HOME_B], phones=["07723 150 468"],
       ids=["GH 73 10 58 A"]),
    _p("m", "mother", [("Leanne", "Cole")], dt.date(1985, 12, 1), addresses=[MUM_B], phones=["07588 602 134"]),
    _p("g", "grandparent", [("June", "Hope")], phones=["01702 554 176"]),
    _p("p1", "professional", [("Tom", "Barnard")], emails=["tom.barnard@thamesmouth.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview record", """RETURN HOME INTERVIEW - MISSING EPISODE
Young person: [[Reece HOPE|name]]   DOB: [[09/02/2012|dob]]   Age: 14   UPN: [[W882104239066|upn]]
Home address: [[9 Manchester Drive|address]], [[Leigh-on-Sea|place]] [[SS9 3HP|postcode]]
Missing from: home   Reported missing: Fri [[2 Oct 2026|date]] 22:40 by father   Found: Sun [[4 Oct 2026|date]] 06:15
Where found: [[Barking|place]] station, by BTP, on the first c2c train
Interview by: [[Mo Farouk|name]], independent RHI worker (Compass Young People's Service)   Date of RHI: [[06.10.2026|date]]
(within 72 hours: yes)   Where: a café on [[Broadway|address]], [[Leigh|place]], at [[Reece|name]]'s choice

What [[Reece|name]] said (his words where I could write them):
He left after a row with his dad about his phone. He met "[[Kai|name]]" (15, from [[Westcliff|place]], surname not given) at
[[Chalkwell|place]] station. They got the train to Fenchurch Street "to see some people". [[Kai|name]]'s "olders" put them
in a flat somewhere in [[Dagenham|place]] - he didn't know the road, "by a Lidl and a big roundabout". A man called "[[Smokey|name]]"
(he knows no other name) gave them food and £40 each. He was told to "hold" a bag. He said he did not know what was in it.
He slept on a sofa. On Saturday night they went to [[Romford|place]] in a grey Audi, reg he remembered as "[[LB68 X..|vehicle]]".
He said "I'm not a snitch" and "they know where I live, they know [[Summer|name]]". He asked me not to tell his dad about the
money. I explained I could not promise that.
He said he went missing once before, on the [[19th of September|date]], to his mum's on [[Canvey|place]] ([[Leanne Cole|name]],
[[41 Long Road|address]]), but his dad "never reported it". And on [[26/09/2026|date]] his nan found
him at 23:10 at the bus stop on [[London Road|address]], [[Hadleigh|place]], "with a older boy in a balaclava".

Push / pull factors: rows at home since his grandad died; his dad works nights at the Amazon site in [[Tilbury|place]]; he
has been on a part-time timetable at [[Belfairs Wood|school]] since a fight in September; he wants trainers and a phone like [[Kai|name]]'s.
Health: a cut on his left hand "from a fence". Did not want it looked at.
Feelings about being home: "fine. Nan's better". He would rather stay at his nan [[June Hope|name]]'s in [[Hadleigh|place]].

Risks identified: child criminal exploitation (county lines) - HIGH. NRM referral to be considered by the social worker.
Shared with: [[Tom Barnard|name]] (SW); PC [[Lucy Farrow|name]] (missing persons coordinator); DSL at [[Belfairs Wood Academy|school]].
Signed [[M Farouk|name]] [[07/10/26|date]]
"""),
    ("British Transport Police officer's pocket notebook entry, typed", """BTP - PNB entry, typed for the strategy meeting. PC 4471
[[Dale Hutchins|name]]
[[04/10/2026|date]]
0552 On duty [[Barking|place]], platform 7/8, c2c. Message from control: missing from home [[REECE HOPE|name]], 14, from
[[Leigh on Sea|place]], poss. with a 15 yo male, both poss. heading to [[Southend|place]] Central.
0604 Two youths on platform 8 awaiting the 0612 to [[Shoeburyness|place]]. Descr matches. I spoke to them.
Youth 1 gave name [[Reece HOPE|name]], DOB [[9.2.12|dob]]. Cold, hood up, no coat. Cut on L hand wrapped in a McDonalds napkin.
Youth 2 gave name "[[Kai Smith|name]]" then "[[Kai Riley|name]]", DOB [[12/01/11|dob]], address "[[Prittlewell|place]]". Would not say
more. Later confirmed by control as [[Kai RILEY-BENNETT|name]], [[14 Hamstel Road|address]], [[Southend-on-Sea|place]] [[SS2 4LB|postcode]]
(also missing, from a children's home in [[Westcliff|place]] - reported by staff member [[Josie|name]]).
0609 Search (s1 PACE, stolen/prohibited) of youth 2: two phones (one a "burner", Nokia), £120 cash. No drugs found.
Search of [[HOPE|name]]: phone (iPhone, cracked), £40 cash, an oyster card in the name "[[J. Mensah|name]]".
0615 Both detained under s46 Children Act (police protection). [[HOPE|name]] spoke to his father by my phone; father [[Gary HOPE|name]]
[[07723 150468|phone]] said he would drive up. [[RILEY-BENNETT|name]] walked off at 0617 and ran to platform 1; not located.
0650 Father arrived in a white Transit, [[EY15 OKN|vehicle]]. [[HOPE|name]] released to him at 0655 after checks.
0705 Intel submitted: [[Reece|name]] said "[[Jerm|name]] picks us up in [[Romford|place]]". Mentioned a flat "near [[Becontree|place]]".
[[D Hutchins|name]] 4471
"""),
    ("father's texts to the social worker, typed up", """Texts from [[Gary Hope|name]] ([[07723 150 468|phone]]) to [[Tom Barnard|name]]'s
work mobile, copied by [[Tom|name]] into the
case file on [[9 October|date]] as they came. No changes.

[[5 Oct|date]] 23:48  Hi [[tom|name]] its [[gary hope|name]]. hes gone again. took my bank card this time. ive rung 101 they said wait.
fuming
[[5 Oct|date]] 23:51  sorry for the late msg. i no your not on duty
[[6 Oct|date]] 07:02  hes back. walked in 6am bold as you like. [[summer|name]] was up crying all night. shes only 11 [[tom|name]]
[[6 Oct|date]] 07:03  im not having it any more. if i dont go to work we lose the house. [[june|name]] says she can have him
[[6 Oct|date]] 12:40  that RHI woman [[mo|name]] is with him now. he likes her
[[7 Oct|date]] 18:15  Just found out he's not been in school since weds. School never rang me. Whats the point
[[7 Oct|date]] 18:16  and a kid called [[jermaine|name]] or [[jerm|name]] keeps ringing his phone. withheld. ive told him ill smash it
[[8 Oct|date]] 08:30  Had a lad at the door 7.30 asking for [[reece|name]]. black puffer, moped. I said hes not here. [[summer|name]] saw
him
[[8 Oct|date]] 08:31  hes got our address. i want to know whats being done
[[8 Oct|date]] 20:05  Spoke to [[leanne|name]]. She says he can go to hers on [[canvey|place]] but her bloke [[Wayne|name]] wont have him
[[9 Oct|date]] 06:58  Can we meet at mums in [[hadleigh|place]]? [[Rectory Road|address]]. I can do 4 today. Cheers [[Gary|name]]
"""),
    ("contextual safeguarding panel minutes", """THAMESMOUTH EXPLOITATION AND CONTEXTUAL SAFEGUARDING PANEL - EXTRACT
Date: [[21/10/2026|date]]   Chair: DCI [[Ruth Ogunleye|name]]   Minutes: [[Chloe Anstey|name]]
Item 4: [[Reece HOPE|name]] (14), [[Belfairs|place]]; [[Kai RILEY-BENNETT|name]] (15), placed at a children's home in [[Westcliff|place]].

Social worker [[Tom Barnard|name]] summarised: three missing episodes since [[19/9|date]]; found at [[Barking|place]] on [[4 Oct|date]]
with [[Kai|name]]; an unknown male on a moped at the home address on [[8 October|date]]; NRM referral made on [[12.10.26|date]].
[[Reece|name]]
is now staying at his grandmother's in [[Hadleigh|place]] on weekdays. His sister [[Summer|name]] (11, [[Blenheim Rise|school]]) is
frightened to walk to school.

Police intelligence (PS [[Kieran Doyle|name]]): the "[[Jerm|name]]" line runs from [[Dagenham|place]] into [[Southend|place]] and
[[Leigh|place]]; a named adult, [[Jermaine ASANTE|name]] (22), is linked to the grey Audi [[LB68 XHV|vehicle]]; cuckooed address
believed to be a flat on [[Prittlewell Chase|address]]. [[Kai|name]] has been seen with a girl from [[Eastwood|place]] known as
"[[Tyla|name]]" at the Victoria shopping centre and at the skate park by the pier.

Places of concern agreed: [[Chalkwell|place]] and [[Leigh-on-Sea|place]] stations; the Victoria shopping centre; the arcades on the
seafront; the c2c line to Fenchurch St. Youth outreach (Street Team) to cover Chalkwell Park and [[Old Leigh|place]] on Friday
nights.

Actions:
- [[Tom|name]] to ask the school for a full-time timetable at [[Belfairs Wood Academy|school]] or a place at the PRU by [[30 Oct|date]].
- [[Gary Hope|name]] (NI [[GH 73 10 58 A|ni]]) to be helped by the family hub to claim for the nights he is off work.
- PC [[Farrow|name]] to flag [[9 Manchester Dr|address]] and [[June Hope|name]]'s address for patrols.
- Disruption: CAWN for [[ASANTE|name]] in respect of [[Kai|name]] and [[Reece|name]]; police to visit the flat.
- [[Mo Farouk|name]] (RHI) to keep seeing [[Reece|name]] weekly; next Thursday the [[29th|date]].
Next review: [[18 November 2026|date]].
"""),
]


# --- C. Brook family (white British), Downhall, Rayleigh, with an aunt in Hockley ---------------------------------------

HOME_C = d.Address("37 Downhall Park Way", "", "Rayleigh", "SS6 9QU")
AUNT_C = d.Address("5 Folly Chase", "", "Hockley", "SS5 4SE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Brook")], dt.date(2011, 4, 6), addresses=[HOME_C], ids=["5380068472", "C881126707058"],
       schools=["Sweyne Park School"]),
    _p("s", "sibling", [("Alfie", "Brook")], dt.date(2017, 9, 14), addresses=[HOME_C], ids=["7781920279"],
       schools=["Grove Wood Primary School"]),
    _p("m", "mother", [("Tracey", "Brook")], dt.date(1983, 3, 30), addresses=[HOME_C], phones=["01268 774 520", "07961 347 225"]),
    _p("f", "father", [("Mark", "Brook")], dt.date(1979, 8, 2), addresses=[HOME_C], phones=["07305 794 116"],
       ids=["MB 48 20 17 D"]),
    _p("a", "aunt", [("Karen", "Webb")], addresses=[AUNT_C], phones=["07846 512 703"]),
    _p("p1", "professional", [("Ella", "Frost")], emails=["ella.frost@crouchvale.gov.uk"]),
    _p("p2", "professional", [("Imogen", "Shah")]),
], "c")

DOCS_C = [
    ("community eating disorder service's assessment letter to the GP", """Community Eating Disorder Service (CEDS) - Essex children and
young people
Rochford Clinic

Dr [[R. Venkataraman|name]]
Audley Mills Surgery
[[Eastwood Road|address]]
[[Rayleigh|place]] [[SS6 7JP|postcode]]

[[12 October 2026|date]]

Dear Dr [[Venkataraman|name]],

Re: [[Poppy BROOK|name]], DOB [[06/04/2011|dob]], NHS [[538 006 8472|nhs]]
[[37 Downhall Park Way|address]], [[Rayleigh|place]], [[SS6 9QU|postcode]]

Thank you for referring [[Poppy|name]], whom I assessed with my colleague [[Gemma Lister|name]] (dietitian) on [[8th October|date]].
[[Poppy|name]] came with her mother, [[Tracey|name]]. Her father, Mr [[Mark Brook|name]], rang the clinic twice before the
appointment to ask that "nothing is said about home" and asked to be present; [[Poppy|name]] asked that he was not.

History: restriction since about Easter, after comments about her weight from her father and from a boy in Year 10
("[[Ollie|name]]"). Weight 41.2 kg, height 163 cm, BMI 15.5 (84% median BMI). Lying and standing BP 92/58 and 84/55, HR 48
lying. Bloods on [[9/10|date]]: phosphate low-normal. She runs to Hockley Woods and back before school (about 8 km) and
does sit-ups at night. She has cut her upper arms with a pencil sharpener blade since the summer; the latest on [[6.10.26|date]].

Seen alone, [[Poppy|name]] said her dad "checks everything" - her phone, her mum's bank app, what is in the fridge - and
that he "goes off" if tea is late. She said he pushed her mum into the door frame "in the summer holidays" and that her
brother [[Alfie|name]] (9) "hides in his wardrobe with his tablet". She does not want her dad to see this letter.

Plan: medical monitoring weekly; family-based treatment offered; risk assessment shared with the school nurse at
[[Sweyne Park School|school]] ([[Bev Okoro|name]]). Because of what [[Poppy|name]] told us about home, I made a safeguarding referral
to the Essex Children and Families Hub today. Please do not copy this letter to the family; a separate letter will go to
[[Poppy|name]] and her mother at her aunt's address ([[Karen Webb|name]], [[5 Folly Chase|address]], [[Hockley|place]]
[[SS5 4SE|postcode]]) at [[Tracey|name]]'s request.

Yours sincerely,
Dr [[Imogen Shah|name]], Consultant Child and Adolescent Psychiatrist
cc: [[Ella Frost|name]], social worker (by secure email only: [[ella.frost@crouchvale.gov.uk|email]])
"""),
    ("a girl's diary pages, handed in and OCR'd", """Scanned from three pages of [[Poppy|name]]'s diary, given to me by [[Poppy|name]] at
school on [[16/10/2026|date]] to "show
you what it's like". OCR text; line breaks as on the page. Returned to her the same day. - [[E Frost|name]] SW

Tues [[29th sept|date]]
Dad checked my food diary on mum's phone again. 1100 cals, he said "fat pig" like a
joke and [[Alf|name]] laughed cos he thought he had to. Ran to the woods after. [[Ollie|name]] messaged
"u look well skinny in ur insta". I deleted it.

Sat [[3rd Oct|date]]
Auntie [[Kaz|name]] took me + [[Alfie|name]] to Rayleigh Mill and then [[Southend-
on-Sea|place]] for chips. Ate 5. She says I
can stay at hers in [[Hockley|place]] anytime. Mum cried in the car park at the Weir and said don't tell
dad we went. He tracks her car on his phone. When we got in he said where've you been and mum
said [[Kaz|name]]'s and he went quiet which is worse.

Mon [[5 Oct|date]]
He threw mum's phone at the wall bc [[Kaz|name]] texted. [[Alfie|name]] was in his wardrobe
again. I went in with him. We played Roblox on mute. Dad said if anyone from school
asks it was an accident like the door. I hate him I hate him I hate
Mrs [[Okoro|name]] says I can go to her room at lunch instead of the canteen.

Weds [[7th|date]]
Did it again on my arm. Not deep. [[Lily-Mae|name]] saw in PE and told Miss [[Dunn|name]]. Got called out of
science. Mum has to come in. DADS GOING TO KNOW

Thurs [[8/10|date]]
Clinic at [[Rochford|place]]. Dr [[Shah|name]] is nice. Dad rang her. Of course he did.
"""),
    ("school pastoral system incident export", """[[Sweyne Park School|school]] - safeguarding record export (CPOMS)   Printed
[[19-Oct-2026|date]] 08:14 by [[DUNN, Abigail|name]]

Student: [[BROOK, Poppy|name]]   Year 10   Tutor: 10R (Mr [[T Hallam|name]])   UPN [[C881126707058|upn]]
Categories: Self-harm; Domestic abuse; Eating disorder; Mental health

[[07/10/2026|date]] 11:52  Self-harm  Reported by: [[Abigail Dunn|name]] (PE)
[[Lily-Mae Turner|name]] (10J) told me during PE that [[Poppy|name]] has cuts on her arms. Spoke to [[Poppy|name]] in the office.
Several fresh superficial cuts on left upper arm. Passed to DSL and the school nurse. Alerted: [[Sarah Okonedo|name]]
(DSL), [[Bev Okoro|name]] (school nurse)

[[07/10/2026|date]] 13:20  Self-harm / Domestic abuse  Reported by: [[Sarah Okonedo|name]] (DSL)
Met with [[Poppy|name]]. She says her father will "go mad" if mum is called. Rang mother on [[07961 347225|phone]] (not the
home landline - [[Poppy|name]] said dad answers [[01268 774520|phone]]). Mum came in at 15:00 with P's aunt
([[Karen Webb|name]], [[07846 512 703|phone]]). Mum disclosed her husband controls the money and tracks her car; "he
has never hit the kids". Advised about Next Chapter (domestic abuse service). Referral to CEDS already made by GP.

[[12/10/2026|date]] 09:05  Phone call  Reported by: [[Sarah Okonedo|name]] (DSL)
Mr [[Brook|name]] rang reception asking for "all records" about his daughter and saying the school is "brainwashing" her.
Said he would come in. Receptionist ([[Pam|name]]) recorded it. No information given.

[[14/10/2026|date]] 15:40  Parent contact  Reported by: [[Gary Pennock|name]] (site manager)
Black Range Rover [[EO21 BRK|vehicle]] parked across the front gate at the end of the day. Driver (father) asked two Year 9
girls if they had seen [[Poppy Brook|name]]. [[Poppy|name]] had left by the back gate with her aunt as agreed.

[[15/10/2026|date]] 10:10  External agency  Reported by: [[Sarah Okonedo|name]] (DSL)
Strategy discussion by Teams with [[Ella Frost|name]] (CFS, [[Rayleigh|place]] and [[Rochford|place]] team), DC [[Jas Kaur|name]] (Essex
Police) and Dr [[Shah|name]] (CEDS). s47 agreed for [[Poppy|name]] and her brother [[Alfie Brook|name]] ([[Grove Wood|school]],
Year 4). [[Grove Wood|school]] DSL Mrs [[H Chadwick|name]] informed.

[[21/10/2026|date]] 12:15  Welfare  Reported by: [[Bev Okoro|name]] (school nurse)
[[Poppy|name]] now living at her aunt's: address on SIMS changed to [[5 Folly Chase|address]], [[Hockley|place]]
[[SS5 4SE|postcode]]; emergency contacts now [[Tracey Brook|name]] [[07961 347 225|phone]] and [[Karen Webb|name]]
[[07846 512 703|phone]] ONLY - father removed on the social worker's advice. Lunch in room 14 with [[Lily-Mae|name]] and
[[Esme Chandler|name]]. [[Poppy|name]] comes on the 7 bus from [[Hockley|place]] with [[Esme|name]].

[[22/10/2026|date]] 16:02  Parent contact  Reported by: [[Pam Rudd|name]] (reception)
Mr [[Brook|name]] rang again from [[07305 794 116|phone]]: "tell [[Poppy|name]] her dad loves her and her cat misses her". Passed to
[[S. Okonedo|name]], who passed it to [[Ella Frost|name]]."""),
    ("section 47 enquiry outcome report", """CROUCH VALE COUNTY COUNCIL - CHILDREN AND FAMILIES
SECTION 47 ENQUIRY - OUTCOME
Children: [[Poppy BROOK|name]] ([[6.4.2011|dob]]) and [[Alfie BROOK|name]] ([[14.9.2017|dob]])
Address: [[37 Downhall Park Way|address]], [[Rayleigh|place]]
Social worker: [[Ella Frost|name]]   Team manager: [[Dominic Achterberg|name]]   Strategy discussion: [[15 October 2026|date]]
Outcome agreed: [[28 October 2026|date]]

Summary of the concerns. [[Poppy|name]] (15) has an eating disorder, self-harms and has described coercive and controlling
behaviour by her father, Mr [[Mark Brook|name]], towards her mother, Mrs [[Tracey Brook|name]], and towards the children: the
tracking of the mother's car and phone, control of money and food, comments about [[Poppy|name]]'s weight, and an incident in
August 2026 when he pushed [[Tracey|name]] into a door frame (she needed stitches at Southend Hospital; she said she fell).

Enquiries. I saw [[Poppy|name]] alone on [[16.10.26|date]] at school and on [[20.10.26|date]] at her aunt's in [[Hockley|place]];
[[Alfie|name]]
alone at [[Grove Wood Primary School|school]] on [[19.10.26|date]]. [[Alfie|name]] said "[[Poppy|name]] and me go in the wardrobe when
dad shouts" and drew the house with the car in the drive and "Dad's phone" in big letters. [[Tracey|name]] was seen alone at
the [[Rayleigh|place]] library on [[21/10|date]]: she described twelve years of control and said she had been too frightened to
leave. DC [[Kaur|name]] confirmed two earlier calls to the house (2019 and 2023), both "verbal only". Mr [[Brook|name]]
declined to meet me without his solicitor ([[Harlan Pike|name]] of [[Pike|name]] & [[Trent|name]], [[Chelmsford|place]]); in an email he
said his wife is "unstable" and his daughter "attention-seeking".

Outcome: concerns substantiated (emotional harm). ICPC to be convened. [[Tracey|name]] and the children moved to [[Karen Webb|name]]'s
at [[5 Folly Chase|address]], [[Hockley|place]], on [[26 October|date]]; MARAC referral made (DASH 16); Next Chapter IDVA
[[Noor Baig|name]] allocated. Mr [[Brook|name]] has been asked not to attend either school; Essex Police have placed a marker on
[[Folly Chase|address]]. [[Poppy|name]]'s CEDS treatment continues at [[Rochford|place]]; the family support worker [[Chantelle Ide|name]]
will see [[Alfie|name]] weekly.

[[E. Frost|name]], [[28/10/2026|date]]
"""),
]


# --- D. Leigh family (white British), Hullbridge, with a mother in Basildon ----------------------------------------------

HOME_D = d.Address("63 Ferry Road", "", "Hullbridge", "SS5 6EU")
MUM_D = d.Address("Flat 6, 19 Timberlog Close", "", "Basildon", "SS14 1PF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tiana", "Leigh")], dt.date(2022, 1, 30), addresses=[HOME_D, MUM_D], ids=["9869970990"]),
    _p("s", "sibling", [("Harley", "Leigh")], dt.date(2018, 6, 21), addresses=[HOME_D, MUM_D], ids=["7890537220", "D881121123845"],
       schools=["Riverside Primary School"]),
    _p("m", "mother", [("Stacey", "Leigh")], dt.date(1997, 4, 17), addresses=[MUM_D], phones=["07519 026 448"],
       ids=["SL 62 90 41 B"]),
    _p("g", "grandparent", [("Pauline", "Leigh")], dt.date(1962, 11, 9), addresses=[HOME_D], phones=["01702 480 315", "07400 713 592"]),
    _p("g2", "grandparent", [("Roy", "Leigh")], dt.date(1959, 2, 3), addresses=[HOME_D]),
    _p("p1", "professional", [("Jordan", "Ashby")], emails=["jordan.ashby@crouchvale.gov.uk"], phones=["0300 790 0412"]),
], "c")

DOCS_D = [
    ("special guardianship assessment extract with a chronology", """SPECIAL GUARDIANSHIP ASSESSMENT (extract: sections 1, 3 and 7)
Applicants: [[Pauline LEIGH|name]] (DOB [[09/11/1962|dob]]) and [[Roy LEIGH|name]] (DOB [[03/02/1959|dob]])
Address: [[63 Ferry Road|address]], [[Hullbridge|place]], Essex [[SS5 6EU|postcode]]
Children: [[LEIGH, Harley|name]] (DOB [[21/06/2018|dob]], NHS [[789 053 7220|nhs]]); [[LEIGH, Tiana|name]] (DOB [[30/01/2022|dob]],
NHS [[986 997 0990|nhs]])
Assessor: [[Jordan Ashby|name]], kinship team ([[0300 790 0412|phone]])   Court: Family Court at Chelmsford, case no. CM26C00418

1. THE FAMILY
The children's mother, [[Stacey Leigh|name]] (29), is the applicants' only daughter. She lives at [[Flat 6, 19 Timberlog Close|address]],
[[Basildon|place]] [[SS14 1PF|postcode]]. [[Harley|name]]'s father, [[Connor Fitch|name]], died in 2021. [[Tiana|name]]'s father is
believed to be [[Dean Cotton|name]] ("[[Deano|name]]"), who has not been assessed; his last known address is in [[Vange|place]].
[[Pauline|name]] works part-time at the Co-op in [[Hullbridge|place]]; [[Roy|name]] is retired (a Thames bargeman, then a crane
driver at [[Tilbury|place]]). [[Roy|name]]'s sister [[Sandra Leigh|name]] lives in [[Leigh-on-Sea|place]] and helps on
Wednesdays. [[Roy|name]]'s brother [[Terry Leigh|name]] lives in [[Benidorm|place]] ([[Calle Gerona 14|address]], [[03503|postcode]])
and visits at Christmas. [[Harley|name]]'s paternal aunt, [[Kirsty Fitch|name]] of [[Wickford|place]], is his godmother and sees him
monthly.

3. CHRONOLOGY (from the case file, the applicants and police disclosure)
[[21.06.2018|date]]  [[Harley|name]] born at Basildon Hospital.
[[14/03/2021|date]]  [[Connor Fitch|name]] dies (overdose) at the flat in [[Pitsea|place]].
[[30.01.2022|date]]  [[Tiana|name]] born; withdrawal symptoms, 12 days on the neonatal unit.
[[Sept 3rd 2024|date]]  [[Harley|name]] starts at [[Riverside Primary|school]] in [[Hullbridge|place]] while staying with his grandparents.
[[11 Feb 2025|date]]  Police called to [[Timberlog Close|address]]: [[Tiana|name]] (3) found alone, mother unconscious; [[Dean Cotton|name]]
                   arrested. Children placed with the applicants under s20 that night.
Feb 2025 - Jul 2025  Mother in rehab at a unit in [[Weston-super-Mare|place]]; returns to [[Basildon|place]].
[[25/07/2025|date]]  Children go home to mother under a child in need plan.
[[02/05/2026|date]]  [[Harley|name]] tells his teacher Mrs [[Oyelaran|name]] "mummy's friend [[Deano|name]] sleeps on the floor".
[[16.06.2026|date]]  Mother arrested for shoplifting at the Eastgate Centre; positive for opiates.
[[17.06.2026|date]]  Children back with the applicants. ICO granted [[3 July 2026|date]].

7. THE APPLICANTS' HOME
A three-bedroom chalet bungalow near the river, five minutes' walk from [[Riverside Primary School|school]]. The children share
the back bedroom; [[Roy|name]] is converting the loft. Their neighbour [[Marion Pettit|name]] at [[no. 61|address]] is a registered
childminder and has looked after [[Tiana|name]] twice a week. The boat is kept at the Hullbridge Yacht Club.
[[Pauline|name]] and [[Roy|name]] have DBS checks (clear) dated [[12/08/2026|date]]; their GP, Dr [[Anand|name]], reports no health
concerns beyond [[Roy|name]]'s type 2 diabetes (letter of [[29 September 2026|date]]). References: [[Marion Pettit|name]]; Rev. [[Claire
Osei|name]] (St Thomas of Canterbury church); [[Harley|name]]'s head teacher, Mr [[Dunmore|name]].
"""),
    ("grandmother's handwritten letter to the judge, typed", """Typed from [[Pauline Leigh|name]]'s handwritten letter (two sides of lined
paper) for the court bundle, [[5 November 2026|date]].
Spelling and line breaks kept.

                                                              [[63 Ferry Rd|address]]
                                                              [[Hullbridge|place]]
                                                              [[5th Nov|date]]
Dear Judge,

My name is [[Pauline Leigh|name]] and I am [[Harley|name]] and [[Tiana|name]]s Nan. Me and my husband [[Roy|name]] have had the
children since june - sorry I mean since the [[17th of
June|date]] when [[Stacey|name]] got arrested. This is the second time.
I want to say to you that we love our [[Stacey|name]] very much but she is not well and the drugs have
took her over. When she is clean she is the best mum in the world. I dont want this letter to
go against her.

[[Harley|name]] is 8 and he is doing good at [[Riverside|school]] now. His teacher Mrs
[[Oyelaran|name]] says his reading is up two levels. He has football on Saturdays with the
[[Hullbridge|place]] under 9s and [[Roy|name]] takes him. [[Tiana|name]] is 4 and she still wakes in the
night screaming for her mum. She wont let me out of her sight. [[Marion
Pettit|name]] next door helps me.

People have said we are to old. I am 64 and [[Roy|name]] is 67. My mum lived to 96
and [[Roy|name]]s dad still rows at [[Burnham|place]] at 90. We are fit and we have the money from
[[Roy|name]]s pension. Our daughter [[Stacey|name]] can see the kids here whenever she is
well enough, but not that [[Dean|name]] and not at her flat in [[Basildon|place]].

Please let the children stay with us for good.

Yours faithfully
[[Pauline Leigh|name]] (Mrs)
[[01702 480315|phone]] or my mobile [[07400 713592|phone]]
"""),
    ("drug and alcohol service's information-sharing email", """From: [[Kelechi Amadi|name]]
<[[kelechi.amadi@southessexrecovery.org.uk|email]]>
Sent: Thursday, [[22 October 2026|date]] 14:31
To: [[Ashby, Jordan|name]] <[[jordan.ashby@crouchvale.gov.uk|email]]>
Cc: Safeguarding (SERS)
Subject: RE: Info request - [[Stacey LEIGH|name]] DOB [[17/04/1997|dob]] - SGO / ICO

Hi [[Jordan|name]],

Thanks for sending [[Stacey|name]]'s signed consent (dated [[19/10/26|date]]). As requested, a summary for the assessment.

[[Stacey|name]] re-engaged with us at the [[Basildon|place]] hub on [[30 June 2026|date]] after the arrest. She is on a methadone
script, 60 ml daily supervised at the Boots on Town Square, and has attended 11 of 14 keyworker sessions with me. Her
urine screens: [[7/8|date]] positive opiates and cocaine; [[4/9|date]] positive cocaine only; [[2/10|date]] and [[16/10|date]] negative for
everything but methadone. She says she has cut contact with [[Dean|name]]; she asked me to note he still has a key to her
flat. She has been going to the Tuesday women's group at the [[Wickford|place]] site with her friend [[Jodie Marsh-Palmer|name]].

Her NI number is on our form as [[SL 62 90 41 B|ni]] (for the benefits letter she asked us to support). Mobile on our
system: [[07519 026448|phone]].

Concerns: on [[14 Oct|date]] she told me she had "a bag" in the flat "for emergencies" and she missed the [[21st|date]]. I have
asked her to bring the naloxone kit to the next session on [[28 October|date]].

Regards,
[[Kelechi|name]]
Recovery Worker, South Essex Recovery Service (SERS), [[Basildon|place]] hub
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Held: Saturday [[14 November 2026|date]], Hullbridge Community Centre, 10:30 - 15:10
Independent coordinator: [[Rukhsana Qureshi|name]]   For: [[Harley Leigh|name]] (8) and [[Tiana Leigh|name]] (4)
Who came: Nan and Grandad ([[Pauline|name]] and [[Roy Leigh|name]]); Mum ([[Stacey Leigh|name]]); great-aunt [[Sandra Leigh|name]]
(from [[Leigh|place]]); Grandad's brother [[Terry Leigh|name]] (by video from [[Benidorm|place]], [[+34 612 47 83 90|phone]]);
[[Harley|name]]'s godmother [[Kirsty Fitch|name]] (his dad's sister, from [[Wickford|place]]); [[Marion Pettit|name]] (neighbour).
Professionals for the information giving only: [[Jordan Ashby|name]] (SW), [[Kelechi Amadi|name]] (SERS).

OUR PLAN (written by the family in private time, agreed with [[Jordan|name]])

Where the children live: with Nan and Grandad at [[63 Ferry Road|address]]. Nan and Grandad are applying for an SGO.

Mum's time with the children:
- every Sunday 11-3 at Nan's, [[Sandra|name]] or [[Kirsty|name]] there. Mum gets the 9 bus from [[Wickford|place]].
- [[Tiana|name]]'s birthday on [[30 January|date]]: a party at Nan's, Mum to come.
- no overnight stays until [[Kelechi|name]] says her screens are clean for 3 months and the social worker agrees.
- Mum NOT to bring [[Dean Cotton|name]] or talk about him to the children. If he turns up, Grandad will ring 999.

Help for Nan and Grandad:
- [[Marion|name]] - [[Tiana|name]] Tues & Thurs till she starts at [[Riverside|school]] nursery in January 2027.
- [[Kirsty|name]] will take [[Harley|name]] to see his dad's grave in [[Pitsea|place]] on his birthday ([[21 June|date]]).
- [[Terry|name]] will pay for the school uniform. [[Sandra|name]] will do Wednesday tea.

If the plan isn't working: [[Pauline|name]] rings [[Jordan|name]] on [[0300 790 0412|phone]]; out of hours the emergency duty team.
Review FGC: [[13/02/2027|date]].
"""),
]


# --- E. Somyalo / Mabandla family (South African, isiXhosa-speaking), Rochford, with family in the Eastern Cape ----------

HOME_E = d.Address("28 Ironwell Lane", "", "Rochford", "SS4 1RW")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Lwazi", "Somyalo")], dt.date(2014, 5, 8), addresses=[HOME_E], ids=["3228945073", "H881193972132"],
       schools=["King Edmund School"]),
    _p("s", "sibling", [("Ayanda", "Somyalo")], dt.date(2019, 2, 19), addresses=[HOME_E], ids=["9971866315"],
       schools=["Holt Farm Junior School"]),
    _p("f", "father", [("Luvuyo", "Somyalo")], dt.date(1985, 9, 27), addresses=[HOME_E], phones=["07957 234 880"],
       ids=["LS 80 47 25 C"]),
    _p("m", "mother", [("Ntombizodwa", "Mabandla"), ("Zodwa", "Mabandla")], dt.date(1988, 12, 15), addresses=[HOME_E],
       phones=["07765 918 041"]),
    _p("g", "grandparent", [("Nomakhaya", "Mabandla")], phones=["+27 82 614 3075"]),
    _p("p1", "professional", [("Oliver", "Kemp")], emails=["oliver.kemp@crouchvale.gov.uk"], phones=["07852 640 317"]),
], "c")

DOCS_E = [
    ("secondary school DSL's record of a disclosure", """[[KING EDMUND SCHOOL|school]] - RECORD OF CONCERN / DISCLOSURE (handwritten
original scanned
to file)
Pupil: [[Lwazi SOMYALO|name]]   Year 8   DOB [[08/05/2014|dob]]   UPN [[H881193972132|upn]]
Recorded by: [[Fern Whitlock|name]] (Head of Year 8), with [[Marcus Oduya|name]] (DSL)   Date/time: Mon [[9th November 2026|date]] 09:40

What was seen: in PE, [[Harvey Cullen|name]] (8W) told Mr [[Gage|name]] that [[Lwazi|name]] "has lines on his back". Mr [[Gage|name]] did
not
look but sent [[Lwazi|name]] to me. [[Lwazi|name]] was quiet and would not sit down. With his agreement and with Mr
[[Oduya|name]] present I looked at his lower back over his PE top pulled up a little: three long red-purple marks across, about
10-15 cm each, one with a scab, and yellow bruising on the back of his left arm.

What he said (his words): "My father used the belt. Friday. Because I took twenty pounds from Mama's purse for the
[[Rayleigh|place]] trip thing and I lied." "In our culture it is discipline, Tata says. In [[Mthatha|place]] the teachers
did it too." "He said if I do it again I am going home to Uncle [[Siya|name]] in [[Gqeberha|place]] to go to a proper school
and learn respect." "Please don't tell him I told. [[Ayanda|name]] cried when he did it." "Mama was at work. She
works nights at the care home in [[Hawkwell|place]]."

Asked if it had happened before, he said "Sometimes, with the hand. The belt only two times. Once in the summer in
[[Southend|place]]." Asked where [[Ayanda|name]] (7) was: at [[Holt Farm Junior|school]].

Action: 09:55 rang the Essex Children and Families Hub; referral made, ref given. 10:30 [[Oliver Kemp|name]] (SW, [[Rochford|place]]
team) rang back on [[07852 640 317|phone]] - strategy discussion at 13:00; parents NOT to be told by school. Told [[Lwazi|name]] what
happens next. He asked if he could have lunch in the library with [[Tomasz|name]]. [[Holt Farm|school]] DSL ([[Kerry Bright|name]]) informed
at 10:40 by phone.
Signed [[F Whitlock|name]] / [[M. Oduya|name]]
"""),
    ("strategy discussion record", """CROUCH VALE COUNTY COUNCIL - STRATEGY DISCUSSION (by Teams)
Date: [[09/11/2026|date]] 13:00-13:50   Chair: [[Angela Moorcroft|name]], team manager, [[Rochford|place]] and Castle Point
Children: [[Lwazi Somyalo|name]] (12), DOB [[8.5.2014|dob]], NHS [[322 894 5073|nhs]]; [[Ayanda Somyalo|name]] (7), DOB [[19.2.2019|dob]],
NHS [[997 186 6315|nhs]]
Address: [[28 Ironwell Lane|address]], [[Rochford|place]], [[SS4 1RW|postcode]]
Parents: [[Luvuyo SOMYALO|name]] (father, 41, [[07957 234880|phone]], NI [[LS 80 47 25 C|ni]]), staff nurse at Southend Hospital;
[[Ntombizodwa MABANDLA|name]] ("[[Zodwa|name]]", mother, 37, [[07765 918041|phone]]), senior carer at a care home in [[Hawkwell|place]].
Language: both parents speak English and isiXhosa; the children speak English and understand isiXhosa. No interpreter needed.
Present: [[Oliver Kemp|name]] (SW); DC [[Ben Stroud|name]] (Essex Police CAIT); [[Marcus Oduya|name]] (DSL, [[King Edmund School|school]]);
[[Kerry Bright|name]] (DSL, [[Holt Farm Junior School|school]]); [[Hayley Gorman|name]] (school nurse). Apologies: GP (Church View
Surgery).

Information shared:
- School: the disclosure above. [[Lwazi|name]] said his father threatened to send him to his uncle [[Siyabonga Mabandla|name]] in
  [[Gqeberha|place]] ([[Port Elizabeth|place]]). The family came to the UK in 2019 on the father's health and care visa; the
  children's grandmother, [[Nomakhaya Mabandla|name]], lives in [[Mthatha|place]] (Eastern Cape) and the children spent the summer of
  2024 there.
- Police: no previous; one call in March 2025 from a neighbour at [[no. 30|address]] (Mrs [[Quinlan|name]]) about shouting, no
  further action.
- [[Holt Farm|school]]: [[Ayanda|name]] is well presented, happy, attendance 97%. Said in circle time last week that "Tata smacked
  [[Lwazi|name]] with a belt and [[Lwazi|name]] cried". Recorded on [[3/11/26|date]], not referred - Mrs [[Bright|name]] apologised.
- Health: father is a registered nurse (NMC); DC [[Stroud|name]] to consider a LADO referral as he works with adults only - [[Angela|name]]
  to check with the LADO ([[Petra Lowe|name]]).

Decision: s47 (single agency police and social care joint). [[Lwazi|name]] to have a child protection medical today at Southend
Hospital; [[Oliver|name]] and DC [[Stroud|name]] to see the parents at home at 17:30 after [[Zodwa|name]]'s shift. Passports: police to ask
the parents to hand in the children's passports voluntarily, given the threat to send [[Lwazi|name]] abroad; if not, consider a
prohibited steps order. Next review: Thursday [[12th Nov|date]] 09:30.
Distribution: [[A Moorcroft|name]]; [[O Kemp|name]]; DC [[B Stroud|name]]; [[M Oduya|name]]; [[K Bright|name]]; [[H Gorman|name]]; LADO
([[P Lowe|name]]). NOT to be shared with the parents.
"""),
    ("family WhatsApp group in isiXhosa and English, typed up and translated", """Family WhatsApp group "Ekhaya 🏡" - messages from
[[7|date]] to [[10 November 2026|date]], shown by [[Zodwa|name]] to the social
worker on [[11/11/2026|date]] and typed up with her consent. isiXhosa translated by [[Zodwa|name]] and checked by [[Lindiwe Ntshona|name]]
(a
Xhosa-speaking family support worker); the translation follows each message on a line of its own
starting ">". Saved names as in her phone.

[[07/11/2026|date]], 19:02 - [[Luvuyo|name]]: Molweni nonke. u[[Lwazi|name]] uthathe imali kaMama esipajini.
> Hello all. [[Lwazi|name]] took Mama's money from her purse.
[[07/11/2026|date]], 19:05 - Sisi [[Thandeka|name]]: Hayi bo! Uphi ngoku?
> No way! Where is he now?
[[07/11/2026|date]], 19:06 - [[Luvuyo|name]]: Usegumbini lakhe. Ndimbethile.
> He is in his room. I have beaten him.
[[07/11/2026|date]], 19:20 - [[Zodwa|name]]: [[Luvuyo|name]] ndikuxelele musa ukumbetha ngebhanti. Sise[[Rochford|place]] apha, asikho
e[[Mthatha|place]].
> [[Luvuyo|name]], I told you not to beat him with the belt. We are here in [[Rochford|place]], we are not in [[Mthatha|place]].
[[07/11/2026|date]], 19:22 - Malume [[Siya|name]] 🇿🇦: Mthumele apha e[[Gqeberha|place]]. Uya kufunda imbeko.
> Send him here to [[Gqeberha|place]]. He will learn respect.
[[07/11/2026|date]], 19:40 - Makhulu: Bantwana bam, thulani. u[[Lwazi|name]] ngumntwana. Ndiza kumfowunela ngomso. Ndiyanithanda
> My children, be quiet. [[Lwazi|name]] is a child. I will phone him tomorrow. I love you all
[[08/11/2026|date]], 08:11 - Makhulu: [[+27 82 614 3075|phone]] ndifowunele [[Lwazi|name]] mntanam
> phone me [[Lwazi|name]] my child
[[08/11/2026|date]], 10:15 - [[Luvuyo|name]]: Uyayazi ukuba u[[Ayanda|name]] uyalila ebusuku.
> You know that [[Ayanda|name]] cries at night.
[[08/11/2026|date]], 10:31 - [[Lwazi|name]] 🦁: sorry tata. sorry mama. i will pay it back from my birthday money
[[09/11/2026|date]], 15:47 - [[Zodwa|name]]: Isikolo siyafowuna. Kukho usocial worker ogama lingu[[Oliver|name]].
> The school is phoning. There is a social worker whose name is [[Oliver|name]].
[[09/11/2026|date]], 15:49 - Sisi [[Thandeka|name]]: Sisi musa ukoyika. Ndicela undifowunele: [[+27 43 722 1846|phone]]
> Sister don't be afraid. Please phone me
[[09/11/2026|date]], 16:02 - Malume [[Siya|name]] 🇿🇦: Ndizakuthengela itikiti u[[Lwazi|name]] ngoDecember, ndimse e[[Bhayi|place]]
> I will buy [[Lwazi|name]] a ticket for December, and take him to [[Port Elizabeth|place]]
[[09/11/2026|date]], 16:05 - [[Zodwa|name]]: [[Siyabonga|name]] yima!
> [[Siyabonga|name]], stop!
[[10/11/2026|date]], 21:30 - [[Zodwa|name]]: Hayi. Akukho mntu uyahamba. Abantwana bahlala apha nam. Ndiyabulela Mama
> No. Nobody is going. The children stay here with me. Thank you Mama
"""),
    ("duty social worker's notes typed fast on a phone during a visit", """notes typed on my phone in the car after the home visit
[[9/11|date]] - tidy up later - OK
[[28 ironwell ln|address]] 1735-1850 w DC [[stroud|name]]. both parents home, [[ayanda|name]] in lounge w tablet, [[lwazi|name]] still at
hosp w [[zodwa|name]]s sister? no - w mum, medical done @ 1600 (dr [[nwachukwu|name]] - marks consistent w belt, 3 linear
+ grip bruise L arm). dad [[luvuyo|name]] v upset, cried, then angry. said "i was beaten every day at school in [[mthatha|place]] and
i am a nurse, i know what is harm". accepted using belt x2 (fri [[6/11|date]] and "july"), denies other. says no plan to send
L away, "it was words". mum: wants dad to leave for now. dad agreed to stay w friend from church - pastor
[[mzwandile|name]]? [[mzwandile gcaba|name]], [[flat 2 57
east st|address]] [[prittlewell|place]] - tel [[07391 528 064|phone]]. checked w
pastor by phone 1840 - agreed.
passports: mum has all 4 (ZA x3, [[ayanda|name]] UK). handed to DC [[stroud|name]] voluntarily. ✔
safety plan written w mum. [[ayanda|name]] seen alone in bedroom - "tata is kind but shouts", sleeps w mum. no marks
seen (face, arms, legs). said gogo [[nomakhaya|name]] phones every sunday on video.
malume [[siya|name]] - mum says he is all talk, no money for tickets lol. BUT noted - threat of removal abroad.
makhulu's no in case: [[+27 82 614 3075|phone]]. mum's friend [[bongi|name]] in [[ashingdon|place]] can help w school runs
(v close by, [[canewdon rd|address]]).
next: ICPC? TM to decide. dad to ring me tmrw am on [[07852 640317|phone]]. LADO - [[angela|name]] done.
"""),
]


# --- F. Boutaher / Akhrif family (Moroccan Amazigh, Tarifit-speaking, from the Rif), Prittlewell, Southend-on-Sea --------

HOME_F = d.Address("46 Boston Avenue", "Prittlewell", "Southend-on-Sea", "SS2 6JG")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Nour", "Boutaher")], dt.date(2011, 3, 2), addresses=[HOME_F], ids=["4416231776", "U882136704562"],
       schools=["Westcliff High School for Girls"]),
    _p("s", "sibling", [("Ilyas", "Boutaher")], dt.date(2013, 10, 9), addresses=[HOME_F], ids=["4003369106"],
       schools=["Chase High School"]),
    _p("s2", "sibling", [("Rayan", "Boutaher")], dt.date(2022, 6, 15), addresses=[HOME_F], ids=["5265498265"],
       schools=["Little Cockles Nursery"]),
    _p("f", "father", [("Karim", "Boutaher")], dt.date(1977, 1, 20), addresses=[HOME_F], phones=["07830 164 592"]),
    _p("m", "mother", [("Naima", "Akhrif")], dt.date(1982, 8, 11), addresses=[HOME_F], phones=["07498 273 615"]),
    _p("u", "uncle", [("Mimoun", "Akhrif")], phones=["+31 6 41827395"]),
    _p("p1", "professional", [("Aisling", "Brennan")], phones=["01702 903 418"], emails=["aisling.brennan@thamesmouth.gov.uk"]),
], "c")

DOCS_F = [
    ("Forced Marriage Unit email exchange", """From: [[Raman, Priya|name]] <[[priya.raman@fcdo.gov.uk|email]]>
Sent: Tue [[17/11/2026|date]] 11:26
To: [[Aisling Brennan|name]] <[[aisling.brennan@thamesmouth.gov.uk|email]]>
Subject: RE: FMU advice - [[Nour BOUTAHER|name]] (15) - OFFICIAL-SENSITIVE

Dear [[Aisling|name]],

Thank you for the call this morning. Confirming our advice on [[Nour|name]] (DOB [[02/03/2011|dob]], British and Moroccan national):

1. On what you have told us (a planned trip to [[Al Hoceima|place]] on [[19 December|date]], a return ticket for [[2 January|date]] only
for the father and the younger children, photos of a cousin, [[Said Boutaher|name]] (24), sent to [[Nour|name]] by her grandmother, and
[[Nour|name]]'s words to her teacher that she will be "engaged in the holidays"), this meets our threshold. Case opened: FMU ref. kept on
our system.
2. As a dual national in Morocco [[Nour|name]] may have limited consular help. Please do not rely on getting her back once she is there.
3. We support an urgent application for a Forced Marriage Protection Order (FMPO) with a passport surrender term for both of her
passports and a port alert. Essex Police and the NCA have been told.
4. Please don't use family members, including her uncle in [[Rotterdam|place]], as interpreters.

Kind regards,
[[Priya|name]]
Caseworker, Forced Marriage Unit | Tel 020 7008 0151

-----Original Message-----
From: [[Aisling Brennan|name]]
Sent: [[16 November 2026|date]] 17:58
To: FMU
Subject: FMU advice - [[Nour BOUTAHER|name]] (15)

Hello, I am the social worker for a girl of 15 at [[Westcliff High School for Girls|school]]. Her form tutor, Ms [[Shireen Dallow|name]],
was told by [[Nour|name]] on [[13/11|date]] that "Baba has bought tickets" and "Jedda has chosen me a husband". [[Nour|name]] showed
her a WhatsApp photo of a young man in [[Imzouren|place]] and said his name is [[Said|name]], her father's brother's son. Her father,
[[Karim Boutaher|name]] ([[07830 164 592|phone]]), is a chef at a restaurant on the [[Southend|place]] seafront; her mother,
[[Naima Akhrif|name]],
speaks Tarifit and Dutch (they lived in [[Rotterdam|place]] before 2015) and little English. [[Nour|name]]'s brother [[Ilyas|name]]
(13) is at [[Chase High|school]]. The family live at [[46 Boston Avenue|address]], [[Prittlewell|place]], [[SS2 6JG|postcode]].
I would like your advice before we see the parents. My number: [[01702 903 418|phone]].
[[Aisling Brennan|name]], Senior Social Worker, Thamesmouth Children's Services ([[Victoria|place]] and [[Prittlewell|place]] team)
"""),
    ("interpreter-assisted home visit record", """HOME VISIT RECORD   Date: [[18.11.2026|date]]   Time: 16:00 - 17:40
Address: [[46 Boston Ave|address]], [[Prittlewell|place]], [[Southend-on-Sea|place]] [[SS2 6JG|postcode]]
Worker: [[Aisling Brennan|name]] (SSW), with PC [[Gareth Lomas|name]] (Essex Police, honour based abuse lead)
Interpreter: [[Hafida El Amrani|name]] (Tarifit and Moroccan Arabic), agency LinguaLink, booked by phone; checked she does not
know the family (she is from [[Nador|place]], lives in [[Luton|place]]).
Seen: father [[Karim BOUTAHER|name]]; mother [[Naima AKHRIF|name]]; [[Rayan|name]] (4); [[Ilyas|name]] came in from school at 16:30.
[[Nour|name]] had been seen alone at school at lunchtime and was at a friend's ([[Amani|name]]) at her own request.

Father (in English): the trip is a family visit for his mother's 80th and for his brother [[Amar|name]]'s daughter's wedding
in [[Imzouren|place]]. He denied any engagement for [[Nour|name]]: "she is a child, she will be a doctor". He said the ticket for
[[Nour|name]]
is "open" because she "may stay longer with her grandmother to learn the language". He became angry when I mentioned [[Said|name]]:
"that is a cousin, my mother shows everyone photos". He asked who had told us and said "it is [[Shireen|name]] the teacher, she is
against Muslims".

Mother (through Mrs [[El Amrani|name]]): she was married at 17 in [[Al Hoceima|place]] to [[Karim|name]], "it was arranged, it was good".
She
said [[Karim|name]]'s mother ("Lalla [[Fadma|name]]") "decides these things". She cried and said in Tarifit (interpreted) "I don't
want my daughter to have my life", then stopped when her husband came back into the room. She gave her brother's number in
[[Rotterdam|place]], [[Mimoun Akhrif|name]], [[+31 6 41827395|phone]], and said he "is against it".

[[Ilyas|name]] (seen alone in the kitchen, English): "[[Nour|name]]'s getting married to [[Said|name]], everyone knows, Jeddi said on
the video." He then said he was joking.

Passports: father said all five are "at my friend's". He refused to say which friend; later said "[[Mustafa|name]] at the shop"
([[Mustafa Ziani|name]], Atlas Halal Butchers, [[West Street|address]]).
Family and contacts (from the parents, [[18/11|date]]):
- paternal grandmother [[Fadma El Ouahabi|name]] ("Lalla [[Fadma|name]]"), [[Al Hoceima|place]], [[+212 539 98 41 27|phone]]
- father's brother [[Amar Boutaher|name]], [[Imzouren|place]]; his son [[Said|name]] works in [[Nador|place]] and "in Spain in the summers"
- mother's brother [[Mimoun Akhrif|name]], [[Rotterdam|place]] ([[Mathenesserweg 112|address]], [[3027 HK|postcode]]); his wife
[[Samira|name]]
- family friend [[Mustafa Ziani|name]], [[West St|address]], [[Prittlewell|place]]
- [[Ilyas|name]]'s school: [[Chase High School|school]]; [[Rayan|name]]: [[Little Cockles Nursery|school]], mornings.

Plan: emergency FMPO application tomorrow (legal planning meeting 09:00); police to visit the shop; [[Nour|name]] told at
school by me at 09:00 with the interpreter NOT present (she speaks English). [[Rayan|name]]'s nursery ([[Little Cockles|school]]) informed.
[[A. Brennan|name]]
"""),
    ("grandmother's voice note in Tarifit, transcribed and translated, with messages in Arabic script", """Transcript and translation for
the court, made on [[20/11/2026|date]] by [[Hafida El Amrani|name]] (Tarifit interpreter, NRPSI 31907), from a
voice note and messages [[Nour|name]] showed PC [[Lomas|name]] on her phone. Sender saved as "Jedda 🌹" ([[+212 539 98 41 27|phone]]).
Tarifit in Latin letters as heard; Arabic script as written on the phone.

Voice note, [[12 November|date]] 21:14, 1 min 52 s:
"A [[Nour|name]], a yelli, mlih? ... [[Said|name]] iqqar-am ssalam. Nec d baba-m nennegh: mara d-tasedd di Dujanbir
... [[Said|name]] d argaz ilaqen ... tamghart n [[Amar|name]] teqqim di [[Imzouren|place]] ... ur ttagwad, a yelli."
Translation: "[[Nour|name]], my daughter, are you well? ... [[Said|name]] sends you greetings. Your father and I have said: when
you come in December ... [[Said|name]] is a good man ... [[Amar|name]]'s wife will stay in [[Imzouren|place]] ... don't be afraid,
my daughter."
(Interpreter's note: "Dujanbir" is the local word for December; said with a day? - no day heard, so only the month.)

Messages (Arabic script, with the interpreter's translation):
[[13/11/2026|date]] 07:02  "صباح الخير يا [[نور|name]]. هذه صورة [[سعيد|name]] في [[الحسيمة|place]]"
   ("Good morning [[Nour|name]]. This is a photo of [[Said|name]] in [[Al Hoceima|place]]")
[[13/11/2026|date]] 07:05  [photo: a young man by a car on the seafront]
[[13/11/2026|date]] 18:40  from [[Nour|name]]: "jedda i dont want please tell baba"
[[14/11/2026|date]] 09:12  "[[إلياس|name]] قال لي إنك حزينة. لا تخافي. العرس في الصيف إن شاء الله"
   ("[[Ilyas|name]] told me you are sad. Don't be afraid. The wedding is in the summer, God willing")
[[15/11/2026|date]] 22:30  from [[Nour|name]]: "نعم جدتي" ("yes grandmother")
[[16/11/2026|date]] 10:01  "[[نعيمة|name]] لا تعرف شيئا. لا تقولي لها"
   ("[[Naima|name]] knows nothing. Don't tell her")

Other messages on the same phone (from contacts saved as "[[Said|name]] 🇲🇦" [[+212 670 215 846|phone]] and "3ammi [[Amar|name]]"
[[+212 6 61 48 29 30|phone]]) were photographed by PC [[Lomas|name]] and are exhibited separately (GL/3 and GL/4).
Signed [[H. El Amrani|name]]
"""),
    ("witness statement in support of a forced marriage protection order", """IN THE FAMILY COURT AT CHELMSFORD               Case no:
CM26F00977
Family Law Act 1996, Part 4A - application for a Forced Marriage Protection Order
Person to be protected: [[NOUR BOUTAHER|name]] (born [[2 March 2011|dob]])
Respondents: (1) [[KARIM BOUTAHER|name]] (2) [[FADMA EL OUAHABI|name]] (3) [[SAID BOUTAHER|name]] (4) [[AMAR BOUTAHER|name]]

WITNESS STATEMENT OF [[AISLING BRENNAN|name]]
I, [[Aisling Brennan|name]], Senior Social Worker, of Thamesmouth City Council, Civic Centre, [[Victoria Avenue|address]],
[[Southend-on-Sea|place]] [[SS2 6ER|postcode]], say as follows:

1. I am the allocated social worker for [[Nour|name]] and her brothers [[Ilyas|name]] (born [[9 October 2013|dob]]) and [[Rayan|name]] (born
[[15 June 2022|dob]]), of [[46 Boston Avenue|address]], [[Prittlewell|place]].
2. The first respondent is [[Nour|name]]'s father. The second respondent, [[Fadma El Ouahabi|name]], is her paternal grandmother,
who lives in [[Al Hoceima|place]], Morocco. The third respondent, [[Said Boutaher|name]], is [[Nour|name]]'s cousin, of
[[Imzouren|place]]. The fourth respondent, [[Amar Boutaher|name]], is the first respondent's brother, also of [[Imzouren|place]].
3. On [[13 November 2026|date]] [[Nour|name]] told her form tutor Ms [[Dallow|name]] that she was to be "engaged in the holidays". On
[[16 November|date]] I sought the advice of the Forced Marriage Unit, who opened a case on [[17 November|date]] (exhibit AB/1).
4. On [[18 November 2026|date]] I visited the family home with PC [[Gareth Lomas|name]] and an interpreter, Mrs [[Hafida El Amrani|name]].
What
was said is in my record of that visit (AB/2). The mother, [[Naima Akhrif|name]], told me she does not want her daughter "to have
my life".
5. On [[19 November|date]] I saw [[Nour|name]] alone at school. She said: "I don't want to marry [[Said|name]]. I want to finish school.
If I
go to [[Al Hoceima|place]] I won't come back. Jedda has my gold ready." She asked to stay with her friend [[Amani Yusuf|name]]'s
family in [[Westcliff|place]] ([[Flat 2, 9 Ceylon Road|address]], [[SS0 7HP|postcode]]) if she could not be safe at home.
6. [[Nour|name]]'s father told PC [[Lomas|name]] on [[19 November|date]] that the family would fly from [[Stansted|place]] to
[[Nador|place]] on
[[19 December 2026|date]] and that [[Nour|name]] would "stay with Jeddi a while". [[Ilyas|name]] and [[Rayan|name]] are booked to return on
[[2 January 2027|date]] with their father; the mother, [[Naima|name]], is not travelling.
7. The voice note and messages from [[Nour|name]]'s grandmother are transcribed at AB/3.
8. The second passport of [[Nour|name]] (a Moroccan passport) has not been found. The first respondent's friend, Mr [[Mustafa Ziani|name]],
told PC [[Lomas|name]] on [[19/11/26|date]] that he holds "only the British ones".
9. I ask the court to make an order without notice forbidding the respondents from arranging or taking part in any engagement
or marriage of [[Nour|name]], from removing her from England and Wales, and requiring the surrender of all her passports.

I believe that the facts stated in this witness statement are true.
Signed: [[A Brennan|name]]          Dated: [[20 November 2026|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F),)
NAME = "set 111 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:11 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "rev", "revd", "pc", "pcso", "dc", "ds", "di", "dci", "ps", "sgt", "insp", "cllr",
           "hhj", "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma",
           "grandad", "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "pastor", "imam", "tata",
           "tatomkhulu", "makhulu", "umakhulu", "gogo", "mama", "sisi", "usisi", "bhuti", "ubhuti", "malume", "dadobawo",
           "yemma", "baba", "jeddi", "jedda", "mima", "khali", "khalti", "3ammi", "ammi", "lalla", "sidi", "hajja", "haj",
           "عمي", "خالي", "جدتي", "يما"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "essex", "south essex",
               "east anglia", "greater london", "kent", "castle point", "south africa", "eastern cape", "western cape",
               "gauteng", "the eastern cape", "the transkei", "transkei", "morocco", "the rif", "rif", "the riff", "nador province",
               "netherlands", "the netherlands",
               "holland", "spain", "catalonia", "belgium", "europe", "africa", "المغرب", "الريف"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (isiXhosa "Tata", "Makhulu",
# "Sisi", "Bhuti", "Malume"; Tarifit and Moroccan Arabic "yemma", "Jeddi", "Khali", "Lalla", "Hajja" and in Arabic script
# "خالي", "يما") and counties, regions and countries ("Essex", "London", "the Eastern Cape", "the Transkei", "Morocco",
# "the Rif", "الريف", "Spain", "the Netherlands").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
