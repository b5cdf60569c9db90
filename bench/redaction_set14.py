"""Set 14: a ninth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8
to 13 do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set15.py and its test (written at the same
time by another helper), that did not run the detector or any bench script that runs it, that ran no git command, and that
looked at no detector output. What was read: bench/redaction_set13.py and tests/test_redaction_set13.py in full (the layout
and marking conventions followed here), the docstrings of bench/redaction_set12.py to bench/redaction_set7.py and
bench/redaction_heldout.py (to see which towns and communities earlier sets used as a family's home, and which document
types), the checker functions (`problems` and their word lists) of those modules, the `_party` / `Records` / `word_problems` /
`_parse` / `_docs` helpers of bench/redaction_handwritten.py (its module docstring and first record were seen in passing),
and `gold_counts` / `report` of bench/redaction_heldout.py. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is
to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families, chosen to look like a typical caseload in the North of England, the Midlands and the Welsh border, each from a
town no earlier set (6 to 13) used as a family's home. Four of the kinds most common in children's social care: a white
British family on the Ladybrook estate in Mansfield, with a grandmother in Rainworth (Straw / Hopewell; a mother's drinking
and crack use, neglect of a toddler, a girl of 14 in a residential children's home who goes missing and is targeted by older
boys, a boy of 9 in foster care), a white British and Welsh family in Oswestry, with grandparents over the border in Chirk
(Bellis / Pryce; an autistic, non-verbal boy of 11 with epilepsy, a girl of 15 who is a young carer and self-harms, a
mother's depression, coercive control and an assault by her partner, a move across the border), a mixed White and Black
Caribbean family in Granby, Toxteth, Liverpool (Lindo / Kerr; special guardianship to a grandmother, a mother in recovery
from heroin, a father in prison, a care leaver of 17, a boy of 12 drifting towards older lads) and a British Pakistani family
in Audley, Blackburn (Iqbal / Riaz; a boy of 15 from Pakistan privately fostered by his father's cousin, on a visitor visa and
working nights in a takeaway, a mother with postnatal depression). Two from communities no earlier set used: a Yemeni family
in Eastwood, Rotherham (Al-Maqtari / Al-Sharabi; a boy of 14 criminally exploited and arrested with cannabis and a knife,
physical chastisement with a belt, a father's qat use, a girl of 10 who interprets for her mother) and a Filipino family in
Rhosddu, Wrexham (Dela Cruz / Manalo; a girl of 14 sexually extorted online, a father who slapped her and threatened to send
her to the Philippines, a child protection conference under the Wales procedures). 24 documents: a residential children's
home daily log, an emergency duty team handover note, a personal education plan, a girl's diary, a disabled children's team
assessment, voicemail transcriptions from a duty inbox, a short breaks communication book, a cross-border email chain between
an English and a Welsh council, an independent reviewing officer's notes, a special guardianship order's recitals, a
Microsoft Teams chat between professionals, a family time log pasted from a spreadsheet, a private fostering assessment, a
GP's letter to a social worker, a health visitor's contact record, an in-year school admission form scanned with OCR, an
appropriate adult's notes from police custody, a direct work session with a girl of ten, a school's suspension letter to
parents, a case transfer summary, a police witness statement (MG11) of a mother, a family Viber chat in Tagalog and English,
a bilingual Welsh and English letter inviting parents to a conference, and a girl's poem with a note to her social worker.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers; a few public buildings carry their real street). Phone
numbers are valid numbers (checked with the phonenumbers library), UK and foreign (Pakistan, Yemen, the Philippines); NHS
numbers (ordinary and 999 ranges) and UPNs (the right LA number for the area: 891, 893, 341, 889, 372; none for the Welsh
family) pass their check digits. Councils are invented (Sherwood Vale, Morda Vale, Otterbrook, Blakewater, Rotherbrook,
Clywedog / Cyngor Bwrdeistref Sirol Clywedog); towns, districts, estates, villages, real charities, housing associations,
brands, NHS bodies, police forces, courts, prisons, apps, programmes, foods and laws are real and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set13.py (which follows sets 6 to 12). [[words|kind]] is a gold span
(name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words
(Mr, Mrs, Ms, Miss, Dr, PC, PS, DC, Insp, HHJ, Nan, Nain, Taid, Mum, Mam, Dad, Dadi, Baba, Mama, Jiddah, Khalo, Ustadha, the
Urdu "chacha" and "bhabhi" and "bhai" after a name, and the Filipino Ate, Kuya, Tita, Tito, Lola, Nanay, Nay) stay outside the
name span; a possessive 's (or a bare s in texting) stays outside; every person's name is a name in every form, record or
not. "SURNAME, First" is one span; an initial with a surname ("D. Cotton") is one span, and so is a first name with an
initial after it ("Dylan P"); a name broken by a line break is one span holding the break; initials alone are not marked
(staff initials in a log, "JL", "KB", and a poem's byline, "P.J.D.C."); social media handles ("jake.wxm_07") are not marked,
but a display name that is a person's plain name or a false name an offender used ("Jake") is. A street address is one
span, its town a place, its postcode a postcode; a street named without a number is an address; a house's name used as the
address is an address ("Bryn Derw"); towns, cities, villages, districts and estates are places, at home or abroad ("Kimberworth
Park" is an estate); countries, counties, regions, provinces and their short forms ("Shropshire", "Notts", "Batangas",
"Yemen", "Jamaica") are not; organisations are not marked even when they hold a town's or a person's name ("Mansfield District
Council", "Robert Jones and Agnes Hunt Orthopaedic Hospital", "Royal Blackburn Hospital", "Barnardo's", "the Florence
Institute", "Toxteth Tigers", "L8 Boxing", "Riverside", "Pendine Park care home", "HMP Liverpool", "Rotherham Main Street"
custody suite), and nor are children's homes and short breaks units (Beech Lodge, Hawthorn House) or venues (the Florrie,
the Guildhall, Neuadd y Dref, Castle View), while the street address after them is marked; a school's or college's name is a
school, and so is its short form ("Brunts", "The Marches", "Severndale", "Clifton", "Wickersley", "Pleckgate", "Tauheed
Girls", "St Bridget"); a date of birth is dob (a birthday without the year too), any other calendar date with a day is date
(a weekday before it stays outside); months and years alone are not marked; helplines are not marked. Set 13's further
choices hold here: parks, shopping centres, stadiums and attractions are landmarks and stay unmarked (Meadowhall, Clifton
Park, Sefton Park, Berry Hill Park, Clumber Park, the One Call Stadium); football clubs are organisations ("mansfield town",
"the wrexham match"); a firm named after people marks only the names ("[[Mulligan|name]] [[Quarshie|name]] Solicitors",
"[[Jackson|name]] [[Lees|name]]", "[[Dhillon|name]] Legal"); a surname or first name that is also an English word or a town is
marked by what it refers to (Princess, Honey, Cherry, Lacey, Bright, Slack, Cotton, Moss and Senior are names when they are
people; PC Dan Mansfield is a name and Mansfield a place; "Sutton" for Sutton-in-Ashfield is a place; "Kenny" for Kensington,
Liverpool, is a place); a contact saved under a kinship word ("Nanay") is not a name; a name in another language's form
("Prinsesa") is a name. Choices this set had to make, as a careful redactor publishing a safeguarding review would: a
partial number plate ("YH17") is a vehicle; a car model that is also a name ("Seat Leon") is not marked; in an automated
voicemail transcript a misheard name ("karis", "bell is", "oh since" for "Osian's", "Eirlys Price", "Gareth Ballis") is a
name and a misheard town ("Welsh pool") a place, as are the corrections in curly brackets after them; in an OCR'd form a
garbled name, date, address, town, postcode or school ("HARNZA", "RlAZ", "M0HAMMED ASlF lQBAL", "2O / O1 / 2Oll", "53 Audiey
Range", "Blackbum", "BBl 1TF", "Pleckgate High Schoo1") is marked by what it stands for; Welsh forms of places and streets
("Y Waun", "Wrecsam", "41 Ffordd Rhosddu", "Stryt y Neuadd") are places and addresses, a date with a Welsh month ("27 Hydref
2026") is a date, and the Welsh word "mae" is not a name (the letter avoids it next to the girl Hannah Mae); a postcode
district standing for an area ("ex-L8") is a postcode; a Teams display name "Forde, Kezia (Otterbrook CC)" marks the name
only, and so does an @mention; a chat group named after a family ("Manalo Fam") marks the surname; "Bibi" as part of a
woman's name ("Nasreen Bibi") is inside the span; "honey" as an endearment and "ate" as a verb are not names; a foreign
school's name ("Govt. High School No. 2") is a school; a prison number and a custody number are not identifiers of any kind
here and stay unmarked.

Self-check without the detector: `python -m bench.redaction_set14` (and tests/test_redaction_set14.py) runs set 13's checker
(which runs sets 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's kinship words (before and after a name) and
counties, regions, provinces and countries, and prints the number of documents and gold spans per kind.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set13 import problems as set13_problems
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones
# --- A. Straw / Hopewell family (white British), Ladybrook, Mansfield -------------------------------------------------

HOME_A = d.Address("67 Brick Kiln Lane", "Ladybrook", "Mansfield", "NG18 5NQ")
NAN_A = d.Address("12 Kirklington Road", "Rainworth", "Mansfield", "NG21 0AE")
HOME_TL = d.Address("27 Portland Road", "", "Shirebrook", "NG20 8TY")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Jaycee-Lou", "Straw")], dt.date(2012, 4, 19), [HOME_A, HOME_TL], ids=["4317137550", "D891489414737"],
       phones=["07825 441 906"], schools=["The Brunts Academy"]),
    _p("s", "sibling", [("Kai", "Straw")], dt.date(2017, 1, 8), [HOME_A], ids=["6150184005", "Q891975518259"],
       schools=["Ladybrook Primary School"]),
    _p("s2", "sibling", [("Nevaeh", "Hopewell")], dt.date(2023, 6, 30), [HOME_A], ids=["9993563463"]),
    _p("m", "mother", [("Kayleigh", "Straw")], dt.date(1994, 10, 2), [HOME_A], phones=["07931 580 247"], ids=["JP 48 13 92 C"]),
    _p("f", "father", [("Dean", "Wragg")], dt.date(1990, 3, 15), phones=["07752 319 604"]),
    _p("f2", "father", [("Liam", "Hopewell")], dt.date(1997, 8, 21), phones=["07488 203 615"]),
    _p("g", "grandparent", [("Maxine", "Straw")], dt.date(1968, 12, 5), [NAN_A], phones=["01623 795 314"]),
    _p("p1", "professional", [("Hollie", "Tansley")], phones=["01623 433 582", "07584 226 913"],
       emails=["hollie.tansley@sherwoodvale.gov.uk"]),
    _p("p2", "professional", [("Gavin", "Oxby")], phones=["01623 748 209"], emails=["gavin.oxby@beechlodgecare.co.uk"]),
], "c")

DOCS_A = [
    ("residential children's home daily log", """BEECH LODGE - DAILY RECORD (YOUNG PERSON) - exported from Clearcare
[[09/11/2026|date]] 10:14
Young person: [[Jaycee-Lou STRAW|name]]    DOB: [[19/04/2012|dob]]    NHS: [[431 713 7550|nhs]]    Placing authority: Sherwood Vale
County Council
Home: Beech Lodge, [[27 Portland Road|address]], [[Shirebrook|place]] [[NG20 8TY|postcode]]    Registered Manager: [[Gavin Oxby|name]]
Social worker: [[Hollie Tansley|name]] ([[07584 226 913|phone]])    Keyworker: [[Rebecca Hallam|name]] ("[[Bex|name]]")
(Other young people are referred to by initials only, as per policy.)

Mon [[02/11/2026|date]] | Day shift 07:30-15:00 | Recorded by: [[B. Hallam|name]]
JL up at 07:10 with no prompts (!!). Toast, a brew, hair straightened. Taxi (Ashfield Cars, driver [[Shaz|name]]) to [[Brunts|school]]
at 08:05. Mood: chatty, talking about her nan's birthday on Saturday and asking if she can go to [[Rainworth|place]] for it.
Told her I'd ask [[Hollie|name]]. School rang 11:40 (Mrs [[Denise Cotton|name]], pastoral): JL walked out of Science after a row
with a girl called [[Macy|name]] about a TikTok; she went to the Hub and calmed down, no further issues.

Mon [[02/11/2026|date]] | Late shift 15:00-23:00 | Recorded by: [[Jordan Kirk|name]]
Back at 15:25. Ate two bowls of spag bol (her fave). At 17:30 she had a phone call on her mobile ([[07825 441 906|phone]]) from
Mum. Could hear Mum shouting. JL came off crying and said "she's off her face again, she wants me to go round and sort
[[Kai|name]] out". I reminded JL that [[Kai|name]] lives with [[Sue|name]] and [[Mick Brocklehurst|name]] in [[Warsop|place]] now
and is safe. JL: "she doesn't even know where he lives, does she." Played Uno with JL and RM till 20:00. Bed 22:15.

Tue [[03/11/2026|date]] | Day shift | Recorded by: [[Gavin Oxby|name]] (RM)
Refused school. "Got a migraine." Stayed in her room; ate a Pot Noodle at 13:00. At 14:10 she asked to "go to the shop" and
came back at 14:55 with a vape and a can of Monster she says "[[Leon|name]] from [[Langwith|place]]" bought her. Asked who
[[Leon|name]] is: "just a lad, he's 17, chill". Logged as an intelligence concern; emailed [[Hollie|name]] and PC [[Dan
Mansfield|name]] (Notts Police missing from care lead) at 15:10.

Tue [[03/11/2026|date]] | Late shift | Recorded by: [[Jordan Kirk|name]]
18:50 JL not in the building. Last seen 18:35 on the garden bench on her phone. Followed the missing from care protocol:
area search ([[Portland Road|address]], the Co-op, the rec). Rang her x6, straight to voicemail. Reported missing to
Derbyshire Constabulary 19:35 (log 0847 of [[03/11|date]]), then Notts EDT (spoke to [[Claire Burrows|name]]). Rang her nan,
Mrs [[Maxine Straw|name]], on [[01623 795 314|phone]] 19:50 - not there, will ring round. 21:45 JL rang the Lodge from a number
we don't know ([[07397 258 140|phone]]) and said she was "at a mate's in [[Mansfield|place]], [[Bellamy Road|address]] way" and
"getting a lift back". 22:30 dropped at the gate by a grey Corsa, partial reg [[YH17|vehicle]]..., lad driving, another in the back.
Smelled of weed. No injuries seen. Refused to talk. Police informed she was back 22:36. Return home interview requested.

Wed [[04/11/2026|date]] | Day shift | Recorded by: [[B. Hallam|name]]
Quiet but OK. Went to school with a bit of persuasion (promised a McDonald's after). Keywork session at 16:30: we did her
"safety map". She put [[Bex|name]], [[Gav|name]], Nan, [[Kai|name]] and her mate [[Ellie-Mae|name]] in the "safe" circle and put
[[Leon|name]] "in the middle, he's sound but his mate [[Rhys|name]] is weird". Mum is in the "sometimes" circle. Dad
([[Dean|name]]) isn't on it anywhere: "he's never bothered so why should I".

Thu [[05/11/2026|date]] | Late shift | Recorded by: [[Kieran Shaw|name]] (bank staff)
Bonfire night. Took JL and RM to the fireworks at Berry Hill Park. Lovely evening, JL was "proper buzzing", linked arms with
staff on the way back, had a hot dog. Said "this is the best I've felt in ages". Bed 22:45.

Sat [[07/11/2026|date]] | Day shift | Recorded by: [[B. Hallam|name]]
Family time at Nan's in [[Rainworth|place]] 12:00-16:00 (agreed by [[Hollie|name]] on Thursday). Dropped off at [[12 Kirklington
Road|address]]. [[Kai|name]] was there with [[Sue Brocklehurst|name]]. Mum did not turn up. Nan said Mum had "texted at 11 to say
her stomach's bad". JL collected at 16:05: "it was nice, Nan made a cake, [[Kai|name]]'s got massive". In the car she said
quietly "I knew she wouldn't come". Watched Strictly with staff, asked for a hug at bedtime.
"""),
    ("emergency duty team handover note to the day team", """NOTTS & SHERWOOD VALE EMERGENCY DUTY TEAM - OVERNIGHT HANDOVER
Handover for: Mansfield Children's Social Care, Duty and Assessment / Family Support Team 4 ([[Hollie Tansley|name]])
From: [[Claire Burrows|name]], EDT Social Worker    Shift: Sun [[8 Nov|date]] 17:00 to Mon [[9 Nov 2026|date]] 08:45
Sent: [[09/11/2026|date]] 08:41 to the team inbox and to [[hollie.tansley@sherwoodvale.gov.uk|email]]

*** PLEASE READ BEFORE 10AM - POLICE WANT A CALL BACK ***

Family: [[STRAW|name]] / [[HOPEWELL|name]]
[[Kayleigh STRAW|name]] (mum, [[02/10/1994|dob]]) - [[67 Brick Kiln Lane|address]], [[Ladybrook|place]], [[NG18 5NQ|postcode]]
Children: [[Jaycee-Lou|name]] (14, Beech Lodge, ICO), [[Kai|name]] (9, S20, foster carers [[Brocklehurst|name]], [[Warsop|place]]),
[[Nevaeh HOPEWELL|name]] (3, DOB [[30.06.23|dob]], NHS [[999 356 3463|nhs]], at home with mum on a CP plan, neglect)

1) 21:52 - call from Notts Police control. Neighbour at no. 69 ([[Gail|name]], surname not given) reported a toddler crying in
the front garden in a nappy, mum's door wide open. Officers (PC [[Aaron Beresford|name]], PC [[Tash Flinders|name]]) found [[Nevaeh|name]]
on the step with the neighbour, cold, bare feet. Mum asleep on the sofa, could not be roused for 4-5 mins, "heavily
intoxicated", empty bottle of Glen's and a crack pipe on the side. Mum's partner [[Liam Hopewell|name]] (dad of [[Nevaeh|name]],
[[21/08/1997|dob]]) not present; he has a non-mol from a previous ex, not re this family.

2) 22:40 - I spoke to Mum by phone ([[07931 580 247|phone]]) once she'd come round. Slurring. Said she'd "had a couple" after
a "crap week" because "nobody lets me see me own kids". Denied crack. Agreed [[Nevaeh|name]] can go to her nan's tonight.

3) 23:05 - MGM Mrs [[Maxine STRAW|name]] collected [[Nevaeh|name]] with police at 23:30 to [[12 Kirklington Rd|address]],
[[Rainworth|place]]
[[NG21 0AE|postcode]]. Nan is 57 and works early shifts at the Sherwood Forest Hospitals (catering, King's Mill). She says she can
do "tonight and tomorrow, not much more, I've got [[Kai|name]] on Saturdays as well". Home seen by police: warm, clean, food, cot.
Police did PNC on her partner [[Trevor Gascoigne|name]] (lives there): nothing.

4) 00:15 - Mum rang EDT x3 between 00:15 and 01:40 asking for [[Nevaeh|name]] back, last call abusive ("you lot are worse than
[[Dean|name]]"). No further action overnight. Worth knowing: [[Dean Wragg|name]] (dad of [[Jaycee-Lou|name]] and [[Kai|name]]) came to the
house on Saturday per Mum - "to have a go" - she said he lives in [[Sutton|place]] now with "some girl" and drives a black BMW,
[[FE18 UXR|vehicle]]. Not verified.

5) 06:30 - Beech Lodge rang: [[Jaycee-Lou|name]] has heard about it (Mum messaged her at 02:00 on Snapchat - "they've took [[Nev|name]]
now an all"). JL very upset, refusing school. Staff ([[Jordan|name]]) asking if she can see [[Nevaeh|name]] today at Nan's.
I said the day team would decide.

ACTIONS FOR DAY TEAM
- Strategy discussion today re [[Nevaeh|name]]. Police contact: PS [[Rob Whysall|name]], Mansfield PPU, via 101 ext 815 5123,
  or [[robert.whysall@notts.police.uk|email]]. Crime ref 26000811440 (child neglect).
- Confirm arrangements with Nan (her mobile: [[07803 624 781|phone]]).
- Let [[Jaycee-Lou|name]] know the plan; she wants a call from [[Hollie|name]], "not a text".
- Housing officer at Mansfield District Council ([[Paul Bramley|name]]) rang the EDT line at 08:10 about "the
[[Brick Kiln Lane|address]] flat, door
  hanging off" - he'll call you.

[[C. Burrows|name]], EDT, [[09.11.2026|date]]
"""),
]

DOCS_A += [
    ("personal education plan for a looked-after girl", """SHERWOOD VALE VIRTUAL SCHOOL - PERSONAL EDUCATION PLAN (PEP) - AUTUMN TERM 2026
Section A - about me
Name: [[Jaycee-Lou Straw|name]]    Known as: [[Jaycee|name]] (she does NOT like "[[Lou-Lou|name]]")    DOB: [[19.04.2012|dob]]    Year: 9
UPN: [[D891489414737|upn]]    School: [[The Brunts Academy|school]], [[Park Hall Road|address]], [[Mansfield|place]] [[NG19 8QA|postcode]]
Legal status: S31 interim care order    Placement: residential, Beech Lodge, [[Shirebrook|place]] (since [[14/09/2026|date]])
Previous schools: [[Ladybrook Primary School|school]] (R-Y4); [[Oak Tree Primary|school]] (Y5-Y6); [[Brunts|school]] (Y7 onwards)
Meeting date: [[12 November 2026|date]], 09:00    Venue: [[Brunts|school]], Room B12 and Teams
Present: Mrs [[Denise Cotton|name]] (Designated Teacher for LAC); [[Hollie Tansley|name]] (SW); [[Rebecca Hallam|name]]
(keyworker); Mr [[Arjun Bhatt|name]] (Virtual School Education Adviser); [[Jaycee-Lou|name]] (for part 1); Ms [[Kayleigh
Straw|name]] (Mum) - invited, did not attend.

Section B - [[Jaycee|name]]'s voice (written by [[Jaycee|name]] with [[Bex|name]])
"I like English and Drama and Food. I hate French becuase Miss [[Gaskin|name]] picks on me. I want to be a hairdresser or a
nail tech and have my own salon in [[Mansfield|place]] like [[Jade|name]]'s on [[Leeming Street|address]]. I find it hard to
concentrate when stuff is going on with my mum. I want to sit next to [[Ellie-Mae|name]] in Maths."

Section C - attainment and attendance
| Subject    | Current | Target | Comment (teacher)                                         |
|------------|---------|--------|-----------------------------------------------------------|
| English    | 4-      | 5      | Strong creative writing (Mr [[Foley|name]])                           |
| Maths      | 3       | 4      | Gaps in fractions; tutoring recommended (Mrs [[Adebayo|name]])        |
| Science    | 3+      | 4      | Walked out x3 this half-term (Mr [[Pell|name]])                       |
| Food Tech  | 5       | 5      | "A natural", helps others (Ms [[Wardle|name]])                        |
| French     | 2       | 3      | Reluctant to speak in class (Miss [[Gaskin|name]])                    |
Attendance this term: 78.4% (target 95%). 6 unauthorised absences, all on a Monday or after a missing episode
([[3/11|date]]). One suspension (1 day, [[22/09/2026|date]], swearing at a member of staff).

Section D - SMART targets
1. Attend every Maths tutoring session with [[Jess Oldknow|name]] (Pupil Premium Plus funded, 1:1, Tues and Thurs 15:10).
2. Use the time-out card to go to the Hub, not to leave the site (Mrs [[Cotton|name]] to review weekly).
3. Take part in the Year 9 Hair and Beauty taster at [[Vision West Nottinghamshire College|school]] ([[Derby Road|address]],
   [[Mansfield|place]]) on [[26 November|date]] - Mr [[Bhatt|name]] to book.

Section E - Pupil Premium Plus spend (£)
Maths tutoring (12 weeks) 780.00 | Hair and Beauty taster transport 35.00 | Drama club fees and costume 60.00

Section F - other
- [[Jaycee|name]] has asked that her mum is not told which form she is in, after Mum turned up at the gate on [[6 October|date]].
- Contact with [[Kai|name]]: [[Jaycee|name]] asked if [[Kai|name]]'s school ([[Ladybrook Primary|school]]) can send her his certificates.
  [[Hollie|name]] will ask his foster carer, Mrs [[Brocklehurst|name]].
- Her dad, Mr [[Wragg|name]], has asked for school reports by email ([[deanwragg90@gmail.com|email]]). He has PR. Reports to be sent.
Next PEP: [[4 February 2027|date]]. Signed: [[D. Cotton|name]] (DT), [[H. Tansley|name]] (SW), [[A. Bhatt|name]] (VS).
"""),
    ("a girl's diary kept in her room", """[Pages from [[Jaycee-Lou|name]]'s diary, photographed with her permission by her keyworker on
[[20 November 2026|date]] and given to [[Hollie Tansley|name]] because [[Jaycee|name]] said "I want her to read it, I can't say it out
loud". Copied as written.]

sun [[8th nov|date]]
worst nite EVER. mum snapped me at 2am saying they took [[nev|name]] off her. i rang nans (she is my nan
not my mum before anyone says) and nan said [[nev|name]] was asleep in the cot in her back room and was fine and
[[trev|name]] had give her a bottle. i cryed all nite. [[bex|name]] sat on the floor outside my door till 4 and never went
to bed. thats mad because shes not even paid for nites

mon [[9th|date]]
didnt go [[brunts|school]]. [[hollie|name]] come at 1 and we went maccies in [[mansfield|place]]. she says [[nev|name]] is going to stay at
nans for a bit and mum has to do tests. i said WHY is it always nan. she said becuase nan loves all of us and
shes the safe one. true tho

tue [[10th|date]]
[[leon|name]] keeps messaging. his mate [[rhys|name]] wants me to take a bag to [[sutton|place]] on the bus and he will
give me 50 quid. i said no. [[leon|name]] said im boring now. i blocked [[rhys|name]]. hes the one with the grey corsa that lives
off [[bellamy rd|address]]. i told [[bex|name]] and she said i
was proper brave and she rang the police lady. i didnt feel brave i felt sick

thu [[12th|date]]
PEP meeting. mr [[bhatt|name]] is ok he is funny. mum didnt come AGAIN. [[ellie-mae|name]] said i can sit with her in maths
now. miss [[gaskin|name]] was off so no french lol

sat [[14th|date]]
seen [[kai|name]] at nans!!! he has got so tall and he is obsessed with mansfield town now. he
says [[sue|name]] and [[mick|name]] take him to the one call stadium. he had a new coat. he
said do you still love me. i said your a idiot ofc i do

tues [[17th|date]]
dad rang. first time since summer. he said him and [[chantelle|name]] are having a baby. i dont care. i said have you got
[[kai|name]] anything for xmas and he went quiet. [[gav|name]] said i handled it really maturely. i just wanted to throw my
phone in the bin

wed [[18th|date]]
[[ellie-mae|name]]s mum [[dawn|name]] took us to clumber park, the massive park with the
lake, and we fed the ducks and [[ellie-mae|name]] fell in the mud haha. then we got chips in
[[ollerton|place]]. [[dawn|name]] said i can go there for tea on sundays if [[hollie|name]] checks her out. [[bex|name]] says they
do a thing called a dbs

thur [[19th|date]]
things i want:
1. mum to get better and get [[nev|name]] back
2. to live with nan when im 16 if not before
3. a nail course at college
4. [[leon|name]] to leave me alone
5. [[bex|name]] to never leave beech lodge (she said shes not going anywhere)
"""),
]

# --- B. Bellis / Pryce family (white British and Welsh), Oswestry, with a grandmother in Chirk ---------------------------

HOME_B = d.Address("31 Gittin Street", "", "Oswestry", "SY11 1DU")
NAIN_B = d.Address("Bryn Derw, 6 Colliery Road", "Chirk", "Wrexham", "LL14 5PB")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Osian", "Bellis")], dt.date(2015, 5, 22), [HOME_B], ids=["6945470733", "J893477615978"],
       schools=["Severndale Specialist Academy"]),
    _p("s", "sibling", [("Megan", "Bellis")], dt.date(2011, 9, 3), [HOME_B], ids=["7296933119", "U893046819365"],
       phones=["07597 318 420"], schools=["The Marches School"]),
    _p("m", "mother", [("Carys", "Bellis")], dt.date(1986, 7, 11), [HOME_B], phones=["07717 482 906"], ids=["SR 37 90 14 B"]),
    _p("f", "father", [("Gareth", "Bellis")], dt.date(1983, 2, 28), phones=["07891 245 730"]),
    _p("o", "other", [("Jordan", "Lloyd")], dt.date(1992, 11, 17), [HOME_B]),
    _p("g", "grandparent", [("Eirlys", "Pryce")], dt.date(1957, 3, 9), [NAIN_B], phones=["01691 773 428"]),
    _p("g2", "grandparent", [("Emlyn", "Pryce")], None, [NAIN_B]),
    _p("p1", "professional", [("Amy", "Corfield")], phones=["01691 677 504", "07468 912 307"],
       emails=["amy.corfield@mordavale.gov.uk"]),
    _p("p2", "professional", [("Lowri", "Pugh")], phones=["01743 450 916"], emails=["lowri.pugh@hawthornhouse.org.uk"]),
], "c")

DOCS_B = [
    ("disabled children's team assessment", """MORDA VALE COUNCIL - DISABLED CHILDREN'S TEAM
CHILD AND FAMILY ASSESSMENT (DISABLED CHILD) incorporating a Parent Carer's Needs Assessment and a Young Carer's Assessment
Child: [[Osian Rhys BELLIS|name]]    DOB: [[22/05/2015|dob]]    NHS: [[694 547 0733|nhs]]    UPN: [[J893477615978|upn]]
Address: [[31 Gittin Street|address]], [[Oswestry|place]] [[SY11 1DU|postcode]]
School: [[Severndale Specialist Academy|school]], [[Shrewsbury|place]] (Year 6, the Oak class)
Worker: [[Amy Corfield|name]], Social Worker, Disabled Children's Team (North)    Started: [[7 September 2026|date]]
Completed: [[19 October 2026|date]]    Manager: [[Sian Edwards-Hughes|name]]

1. Reason for assessment
A request from Mum, [[Carys Bellis|name]], on [[2 September|date]] for more short breaks, after the family's summer "fell apart", and
a referral from [[The Marches School|school]] on [[4/9/2026|date]] about [[Osian|name]]'s sister [[Megan|name]] (15), who had told her
form tutor, Mr [[Tom Ellis|name]], that she "does all the nights" and was seen with cuts to her forearm.

2. About [[Osian|name]]
[[Osian|name]] ("[[Osh|name]]") is 11. He has autism, a severe learning disability and epilepsy (tonic-clonic and absence seizures;
Epilim twice a day; Buccolam rescue medication for seizures over five minutes). He does not use words; he uses some
Makaton signs ("more", "drink", "Nain", "car") and a communication book with photos. He loves water, Thomas the Tank Engine,
the song "Calon Lân" (his Nain sings it) and swinging. He wears pads day and night. He sleeps four or five hours a night and
wakes at 2 or 3 am; when he wakes he bangs his head on the wall, so he has a padded bed from the NHS (fitted in April).
Paediatrician: Dr [[Helen Marchant|name]], Child Development Centre, [[Shrewsbury|place]]. Physiotherapy at the Robert Jones
and Agnes Hunt Orthopaedic Hospital in [[Gobowen|place]] for his feet (he walks on his toes).
Observed at home on [[15/09/2026|date]]: [[Osian|name]] took my hand and led me to the fridge for his juice; he laughed and flapped
when [[Megan|name]] sang to him. He went under the table when [[Jordan|name]] came in from work and slammed the door.

3. The family
[[Carys Bellis|name]] (40) is [[Osian|name]]'s and [[Megan|name]]'s mother and main carer. She gave up her job as a teaching assistant at
[[Woodside Primary School|school]] in 2019. She says she has "not slept a full night in eleven years". She has depression (on
sertraline) and told me: "Some days I don't get dressed. [[Meg|name]] keeps us going."
[[Gareth Bellis|name]] (43), the children's father, lives in [[Welshpool|place]] with his partner [[Nicola|name]] and her two children. He
has [[Osian|name]] alternate Saturday afternoons but "can't do nights" and has not had [[Megan|name]] to stay since 2024.
[[Jordan Lloyd|name]] (33) has lived with [[Carys|name]] since February 2025. He works as a delivery driver for Amazon out of
[[Wrexham|place]] and drives his own van ([[WR21 HXE|vehicle]]). [[Megan|name]] says [[Jordan|name]] "shouts at [[Osh|name]] when he
screams" and "calls him a retard when Mum's not there",
and that [[Jordan|name]] "decides what Mum spends". [[Carys|name]] says [[Jordan|name]] "is just stressed", but agreed that he "handles the
money" including [[Osian|name]]'s DLA and her Carer's Allowance. [[Jordan|name]] declined to meet me twice.
Nain and Taid - Mrs [[Eirlys Pryce|name]] (69) and Mr [[Emlyn Pryce|name]] (72), [[Carys|name]]'s parents - live at [[Bryn Derw|address]],
[[Colliery Road|address]], [[Chirk|place]] ([[01691 773 428|phone]]), four miles away across the border in Wales. Nain has [[Osian|name]]
every Sunday and speaks Welsh with him; Taid had a heart attack in 2025 and "can't lift him any more".

4. [[Megan|name]] - young carer's assessment (her words, with her agreement)
"I do his meds at night if Mum's asleep. I change him. I sleep in his room when he's bad. I'm tired all the time and I
can't do my homework. I'm not allowed friends round cos of [[Jordan|name]]. I cut myself sometimes because it's the only thing
that's mine. I don't want [[Osh|name]] to go away, I just want a break. I want to live at Nain's." [[Megan|name]] is in Year 11;
she is predicted good grades and wants to do childcare at [[Coleg Cambria|school]]. Her best friend is [[Seren Jarman|name]].

5. Analysis
[[Osian|name]]'s needs are high and are not being met safely at night. [[Megan|name]] is caring far beyond what is right for a
15-year-old and is self-harming. [[Carys|name]] loves both children and is exhausted and depressed. There are signs of coercive
control of [[Carys|name]] by [[Jordan Lloyd|name]] (control of the family's money, isolation from friends) and of emotional harm to
[[Osian|name]]. The grandparents are a strength but are frail.

6. Plan (Child in Need)
- Short breaks: two nights a month at Hawthorn House, [[Shrewsbury|place]], from November (manager [[Lowri Pugh|name]]); a
  direct payment for 6 hours a week of a personal assistant (Mum has asked for [[Bethan Roberts|name]], a former TA).
- A sleep referral to the Children's Sleep Service; [[Helen Marchant|name]] to review his medication.
- [[Megan|name]]: Shropshire Young Carers; an early help referral to the school's wellbeing team; a GP appointment about
  self-harm ([[Carys|name]] agreed); a safety plan. No night care by [[Megan|name]] from now on.
- [[Carys|name]]: a referral to West Mercia Women's Aid (she agreed to "just talk to them"); a benefits check with Citizens
  Advice Shropshire so that [[Osian|name]]'s DLA is paid into an account in her sole name.
- Multi-agency meeting at [[Severndale|school]] on [[10/11/2026|date]].
- [[Carys|name]]'s Carer's Allowance to be moved into her own name (NI [[SR 37 90 14 B|ni]]); [[Megan|name]]'s UPN for the young
  carers' referral: [[U893046819365|upn]]; [[Osian|name]]'s EHCP coordinator: [[Dawn Hockenhull|name]], SEN Team.
"""),
    ("voicemail transcriptions from a duty inbox", """[Duty inbox, Disabled Children's Team (North), Morda Vale Council. Voicemails
auto-transcribed by the phone
system and pasted into the case record by [[Kelly Bright|name]] (business support). Transcription errors kept; corrections in
curly brackets by [[A. Corfield|name]].]

VM 1 - Mon [[02/11/2026|date]] 07:58 - from [[07717 482 906|phone]] - 0:52 - confidence: low
"hi it's [[karis|name]] {[[Carys|name]]} [[bell is|name]] {[[Bellis|name]]} [[oh since|name]] {[[Osian|name]]'s} mum um I know it's early
sorry just I need to talk to [[amy|name]] when she's in please he didn't sleep at all he had two fits one at half one and one at
four I gave him the bucket lamb {Buccolam} and it stopped but I didn't ring the ambulance cause [[jordan|name]] said they'd just
take ages um [[megan|name]] isn't going in today she's wrecked can [[amy|name]] ring me on [[07717482906|phone]] thanks bye"

VM 2 - Mon [[02/11/2026|date]] 09:14 - from [[01691 773 428|phone]] - 1:37 - confidence: medium
"Hello this is [[Eirlys Price|name]] {[[Pryce|name]]} [[Osian|name]]'s Nain from [[Chirk|place]] I'm ringing for
[[Amy Corfield|name]] please.
Um. I don't like doing this behind [[Carys|name]]'s back but I'm worried sick. [[Megan|name]] rang me at ten to five this morning
crying, she said [[Jordan|name]] had pushed her out of the bathroom door when she was doing [[Osh|name]]'s medicine and she'd hit
her head on the bannister. She didn't want me to tell. [[Emlyn|name]] went in the car and fetched her and she's here with me now in
[[Chirk|place]]. She's got a lump on her head and she's had some toast. We can keep her here, we'd be glad to. My number is
[[01691 773428|phone]]. Diolch, thank you."

VM 3 - Mon [[02/11/2026|date]] 10:02 - from [[01691 680 219|phone]] - 0:31 - confidence: high
"Hi [[Amy|name]], it's [[Tom Ellis|name]] from [[The Marches|school]], head of year 11. [[Megan Bellis|name]]'s not in and her nan's rung
in to say she's staying with her in [[Chirk|place]] after an incident at home. I've logged it on CPOMS. Can you give me a ring
back on the safeguarding line, [[01691 680 219|phone]]? Cheers."

VM 4 - Mon [[02/11/2026|date]] 11:47 - from [[07891 245 730|phone]] - 1:05 - confidence: low
"yeah hiya it's [[gareth|name]] [[Osh|name]] and [[meg|name]]'s dad [[Gareth Ballis|name]] {[[Bellis|name]]} um [[Carys|name]]'s mum rang me
saying [[jordan|name]]'s put his hands on [[Megan|name]] I'm at work in [[Welsh pool|place]] {[[Welshpool|place]]} I can't just leave but I
want to know what's going on like I'm her dad I've got PR yeah ring us back please on this number"

VM 5 - Mon [[02/11/2026|date]] 14:20 - from [[07468 912 307|phone]] (work mobile, left for the team) - 0:44 - confidence: high
"It's [[Amy|name]]. For the record: I've seen [[Megan|name]] at her grandparents' in [[Chirk|place]] with PC [[Gwen Heath|name]] from North
Wales Police, as it happened over the border... no, sorry, the incident was in [[Oswestry|place]], so it's West Mercia, PC [[Heath|name]]
was just helping. [[Megan|name]] has a bump on her head, no concussion signs. Strategy discussion at three with [[Sian|name]]. Nain and
Taid happy for her to stay. [[Carys|name]] is on her way there."

VM 6 - Mon [[02/11/2026|date]] 16:55 - from [[07803 142 660|phone]] - 0:26 - confidence: low
"this is [[jordan lloyd|name]] I want to know who's been saying things about me to the social cause it's all lies and [[meg|name]]'s a
liar she fell right and [[carys|name]] knows it yeah so you can ring me back I'm not hiding"

VM 7 - Tue [[03/11/2026|date]] 08:30 - from [[+44 7717 482906|phone]] - 0:39 - confidence: medium
"It's [[Carys|name]]. I've told him to go. He's gone to his brother's in [[Gobowen|place]]. I'm at Mam's with the kids. I'm sorry I
didn't say before. Can you still get [[Osh|name]] into Hawthorn House next week, please, [[Amy|name]], I really need it. Ta-ra."
"""),
]

DOCS_B += [
    ("short breaks communication book", """HAWTHORN HOUSE SHORT BREAKS - HOME / HAWTHORN COMMUNICATION BOOK
[[Osian Bellis|name]] ("[[Osh|name]]")    DOB [[22.05.15|dob]]    Key worker at Hawthorn: [[Dylan Probert|name]]
Home: c/o Mrs [[E. Pryce|name]] (Nain), [[Bryn Derw|address]], [[6 Colliery Road|address]], [[Chirk|place]] [[LL14 5PB|postcode]] - from
[[3/11/2026|date]] until further notice    Emergency contacts: Mum [[07717 482 906|phone]]; Nain [[01691 773 428|phone]]
Hawthorn House: [[14 Sundorne Road|address]], [[Shrewsbury|place]] [[SY1 4RQ|postcode]] - [[01743 450 916|phone]]
(Photocopied pages for the Child in Need review. Please write in this book EVERY stay.)

Fri [[13 Nov|date]] - from home (Mum)
Hi [[Dylan|name]]! First overnight!! He's had his tea (fish fingers, smiley faces, NO peas). Epilim given 8am, next due 8pm.
Last seizure Thurs 2.40am, 2 mins, no Buccolam. New pads in the bag (size 7). He's been signing "Nain" a lot, we're stopping
at Nain's in [[Y Waun|place]] ([[Chirk|place]]) for now. Bring back his blue blanket PLEASE it's the only one he'll sleep with.
[[Carys|name]] x

Sat [[14 Nov|date]] - from Hawthorn ([[Dylan P|name]])
What a star. Arrived 4.15 with his Taid, straight to the sensory room. Ate all the fish fingers, "more" signed x3! Bath 7pm
(loved it, splashed [[Ffion|name]] our night staff). Epilim 8pm. Slept 9.20pm till 2.50am, then up singing, back off at 4.10.
No seizures. Played in the garden with [[Jack|name]] and [[Lila|name]] (other children in for the weekend - first names only,
parents have agreed). Blue blanket in the bag. Collected 5pm Sat by Mum and Mr [[Pryce|name]].

Sun [[15 Nov|date]] - from home (Nain)
Diolch yn fawr [[Dylan|name]]. He was calm all evening. Slept 8 till 1 here, then Taid sat with him. [[Megan|name]] slept right
through for the first time in months, she said to tell you that. [[Eirlys Pryce|name]] (Nain)

Fri [[27 Nov|date]] - from home (Mum)
Two fits this week (Tues 1.10am 3 mins, Buccolam given; Weds in school, see [[Severndale|school]]'s note). Paeds (Dr
[[Marchant|name]]) upped the Epilim to 300mg x2 from Wednesday. He's got a cold. [[Gareth|name]] (his dad) will pick him up
on Saturday at 12 for the afternoon, he's on the list. Mobile [[07891 245 730|phone]]. [[Carys|name]]

Sat [[28 Nov|date]] - from Hawthorn ([[Ffion Rees|name]], nights)
Unsettled night, coughing. Calpol 10ml at 23:30 (Mum's consent in book). Up 00:40-03:15. Seizure 03:05, 1 min 40 secs,
recovered, slept till 07:00. Logged and Mum texted at 07:05. Dad collected 12:10 in a silver Skoda ([[KP19 ZHW|vehicle]]), lovely with
him, said he'd take him to see the trains at [[Gobowen|place]] station. Back 16:20 happy. Dad asked for a copy of the
seizure log; I said to ask [[Amy Corfield|name]] as we're not sure about sharing, sorry.

Thurs [[26 Nov|date]] - note from [[Severndale|school]] (Mrs [[K. Dorsett|name]], Oak class), copied in
Seizure at school Weds [[25 Nov|date]] at 11.20 in the hydro pool, 2 mins, lifted out by [[Gary|name]] (TA) and [[Jo Bentley|name]]
(nurse). No Buccolam. Slept 1 hr in the medical room. Transport escort ([[Mandy|name]]) told. Mum rang at 12.

Sun [[29 Nov|date]] - from Hawthorn ([[Dylan|name]])
[[Dylan|name]] here. Re Dad - [[Lowri|name]] ([[L. Pugh|name]], manager) has checked with [[Amy|name]] and it's fine to share his
health info with Dad as he has PR. [[Osh|name]] had a good day, watched Thomas for an hour (!), did some painting for Nain
(in the bag). Note from [[Osh|name]]'s teacher, Mrs [[Kath Dorsett|name]]: his new communication book is in the front pocket.
"""),
    ("cross-border email chain between two councils", """From: [[Gwenllian Parry|name]] <[[gwenllian.parry@clywedog.gov.wales|email]]>
Sent: [[18 November 2026|date]] 11:06
To: [[Amy Corfield|name]] <[[amy.corfield@mordavale.gov.uk|email]]>
Cc: [[Sian Edwards-Hughes|name]] <[[sian.edwards-hughes@mordavale.gov.uk|email]]>
Subject: RE: [[Megan|name]] and [[Osian BELLIS|name]] - living with grandparents in [[Chirk|place]] - which authority?

Hi [[Amy|name]],

Thanks for the call. To confirm our position: as the children are now living with their grandparents at [[Bryn Derw|address]],
[[Colliery Road|address]], [[Chirk|place]] [[LL14 5PB|postcode]], which is in our area, and it looks likely to be long term, we will
take [[Megan|name]]'s case as a child in need under the Social Services and Well-being (Wales) Act 2014 once there has been a
transfer meeting. [[Osian|name]]'s short breaks can stay with Hawthorn House for now as a Morda Vale-commissioned service; we
would fund from April if the move is permanent.

Things we'll need from you:
- the assessment ([[19/10/2026|date]]) and the strategy discussion record of [[2/11/2026|date]];
- the school and health contacts ([[Megan|name]] is still at [[The Marches School|school]] - is she staying there? Nain has
  asked about [[Ysgol Rhiwabon|school]] in [[Ruabon|place]] for sixth form);
- confirmation of the position on [[Jordan Lloyd|name]] (police have told me he gave his address as his brother [[Kyle|name]]'s,
  [[22 Preesgweene Lane|address]], [[Gobowen|place]], which I think is your side).

Our duty worker for [[Chirk|place]] is [[Rhodri Vaughan|name]] ([[01978 298 514|phone]]). He's visited Mrs [[Pryce|name]] once already (she
made him Welsh cakes and he's now a fan).

Diolch / Thanks,
[[Gwen|name]]

[[Gwenllian Parry|name]] | Uwch Weithiwr Cymdeithasol / Senior Social Worker
Tîm Plant ac Anabledd / Children with Disabilities Team | Cyngor Bwrdeistref Sirol Clywedog / Clywedog County Borough Council
Neuadd y Dref, [[Stryt y Neuadd|address]], [[Wrecsam|place]] [[LL11 1AY|postcode]] | Ffôn / Tel [[01978 298 377|phone]]
Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.

-----Original Message-----
From: [[Amy Corfield|name]]
Sent: [[17 November 2026|date]] 16:40
To: [[Gwenllian Parry|name]]
Subject: [[Megan|name]] and [[Osian BELLIS|name]] - living with grandparents in [[Chirk|place]] - which authority?

Dear [[Gwenllian|name]],

As discussed, a summary. [[Megan Bellis|name]] (DOB [[03/09/2011|dob]], NHS [[729 693 3119|nhs]]) and [[Osian Bellis|name]] (DOB
[[22/05/2015|dob]]) have lived with their maternal grandparents, Mr and Mrs [[Pryce|name]], since [[2 November|date]] after [[Megan|name]]
was pushed by her mother's partner, [[Jordan Lloyd|name]] (DOB [[17/11/1992|dob]]), at the family home in [[Oswestry|place]]. West Mercia
Police (DC [[Priya Sandhar|name]]) have him under investigation for common assault; he has moved out and mum ([[Carys|name]]) has
ended the relationship. Mum is also staying at [[Bryn Derw|address]] most nights and is looking for a bigger place in [[Chirk|place]] or
[[Weston Rhyn|place]] so the family can be together and near her parents. Dad ([[Gareth Bellis|name]], [[Welshpool|place]]) supports the
move.

[[Megan|name]] is much happier: she has been to school every day since the move (her grandad drives her to [[Oswestry|place]]), is
seeing the school counsellor, and told me "I've slept more this fortnight than all year". She has not self-harmed since
[[30 October|date]], she says. [[Osian|name]] is settled and is at [[Severndale|school]] by council transport from [[Chirk|place]]
(a 40-minute
run; the escort is [[Mandy Clay|name]]).

Kind regards,
[[Amy|name]]

[[Amy Corfield|name]] | Social Worker | Disabled Children's Team (North) | Morda Vale Council
Castle View, [[Oswald Road|address]], [[Oswestry|place]] [[SY11 1RE|postcode]] | [[01691 677 504|phone]] | Mobile [[07468 912 307|phone]]
Pronouns: she/her | Working days: Mon-Thurs
"""),
]

# --- C. Lindo / Kerr family (mixed White and Black Caribbean), Granby, Toxteth, Liverpool ---------------------------------

NAN_C = d.Address("44 Ducie Street", "Granby", "Liverpool", "L8 1XF")
MUM_C = d.Address("Flat 2, 118 Boaler Street", "Kensington", "Liverpool", "L6 9DJ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tyrese", "Kerr")], dt.date(2014, 2, 11), [NAN_C], ids=["7269003254", "U341028609063"],
       phones=["07441 862 350"], schools=["Shorefields School"]),
    _p("s", "sibling", [("Amaya", "Kerr")], dt.date(2019, 10, 25), [NAN_C], ids=["7011202501", "Y341885513190"],
       schools=["Kingsley Community School"]),
    _p("s2", "sibling", [("Nia", "Lindo-Kerr")], dt.date(2009, 3, 7), [], ids=["4046331917"], phones=["07413 592 806"],
       schools=["The City of Liverpool College"]),
    _p("m", "mother", [("Jade", "Lindo")], dt.date(1991, 5, 2), [MUM_C], phones=["07949 166 307"], ids=["PC 51 26 83 A"]),
    _p("f", "father", [("Shaun", "Kerr")], dt.date(1988, 12, 30)),
    _p("g", "grandparent", [("Marcia", "Lindo")], dt.date(1965, 8, 14), [NAN_C], phones=["0151 709 4826", "07788 513 240"],
       ids=["YH 26 74 09 D"]),
    _p("p1", "professional", [("Kezia", "Forde")], phones=["0151 233 6412", "07531 486 920"],
       emails=["kezia.forde@otterbrook.gov.uk"]),
    _p("p2", "professional", [("Rosalind", "Agbaje")], phones=["0151 233 7719"], emails=["rosalind.agbaje@otterbrook.gov.uk"]),
], "c")

DOCS_C = [
    ("independent reviewing officer's notes", """OTTERBROOK CITY COUNCIL - INDEPENDENT REVIEWING SERVICE
IRO CASE RECORD: MIDWAY MONITORING AND REVIEW NOTES (IRO's own record; not the review minutes)
Children: [[Nia LINDO-KERR|name]] ([[07/03/2009|dob]], NHS [[404 633 1917|nhs]]), [[Tyrese KERR|name]] ([[11/02/2014|dob]], NHS
[[726 900 3254|nhs]], UPN [[U341028609063|upn]]), [[Amaya KERR|name]] ([[25/10/2019|dob]], NHS [[701 120 2501|nhs]], UPN
[[Y341885513190|upn]])
IRO: [[Rosalind Agbaje|name]]    SW: [[Kezia Forde|name]]    Team: Liverpool South Children in Care Team

[[05/10/2026|date]] - midway check (phone, [[Kezia|name]])
- [[Nia|name]]: still with foster carers [[Pauline|name]] and [[Desmond Okafor|name]] in [[Aigburth|place]] (placement since 2021,
very stable). 17 in
  March; Staying Put discussed in principle - the [[Okafors|name]] are "up for it". PA allocated from Leaving Care: [[Kofi Danquah|name]].
  [[Nia|name]] is in Year 2 of a Level 3 Health and Social Care course at [[City of Liverpool College|school]]
([[Duke Street|address]] campus).
  Concern from [[Pauline|name]]: [[Nia|name]] has been staying out at a boyfriend's ("[[Tayo|name]]", 20, [[Wavertree|place]]) on Saturdays.
- [[Tyrese|name]] and [[Amaya|name]]: with Nan ([[Marcia Lindo|name]]) at [[44 Ducie Street|address]] under a care order, placed with
  connected carer. SGO assessment done (positive, [[Hazel Ferreira|name]], Kinship Team). Final hearing [[16 November|date]].
- Mum ([[Jade|name]]): in recovery, day programme at the Whitechapel Centre (not residential), says she is 10 weeks clean. Family
  time every other Wednesday at the Florrie, supervised. Dad ([[Shaun Kerr|name]]) in HMP Liverpool; release date in 2027.
I asked [[Kezia|name]] to make sure [[Tyrese|name]]'s views on the SGO are in the final statement in his own words.

[[14/10/2026|date]] - visit to [[Nia|name]] at the [[Okafors|name]]' ([[Aigburth|place]]) 16:30
[[Nia|name]] met me in the kitchen; [[Des|name]] made us a brew and went out. She was warm and open. She wants to:
"stay here till I finish college, then get a flat near my nan's in [[Granby|place]] or [[Toxteth|place]], not [[Kenny|place]]."
([[Kenny|place]] = [[Kensington|place]], where her mum lives; she says "too many people I don't want to bump into".)
On [[Tayo|name]]: "he's sound, he works at the Amazon in [[Speke|place]], he's not a groomer, [[Rosalind|name]], honest." He is 20
and she is 17. I said I'd trust her judgement but the carers need to know where she is; she agreed to share her location
on Find My with [[Pauline|name]] on Saturdays. She asked me to chase her passport (application stuck since June) - she wants
to go to Jamaica with Nan next summer to meet Nan's cousins in [[Kingston|place]] and "see where Great-Grandad came from".
She said her biggest worry is "[[Ty|name]] going the wrong way like his dad".

[[21/10/2026|date]] - call from [[Ray Whitfield|name]], Head of Year 8, [[Shorefields|school]], [[0151 727 4032|phone]]
[[Tyrese|name]] excluded for 2 days for bringing a vape to school and squaring up to a teacher, Mr [[Kinsella|name]]. [[Ray|name]]
thinks he's "hanging round with older lads on [[Lodge Lane|address]] after school". Asked [[Kezia|name]] to consider an
exploitation screening. Nan very upset. [[Tyrese|name]] told [[Ray|name]]: "I'm not going to be a [[Kerr|name]], I'm a [[Lindo|name]]".

[[03/11/2026|date]] - [[Tyrese|name]]'s review (at Nan's; I chaired)
Present: Nan, [[Tyrese|name]], [[Amaya|name]] (for 10 minutes, showed me her reading book), [[Kezia|name]], Mr [[Whitfield|name]],
Ms [[Joanne Ennis|name]] ([[Amaya|name]]'s teacher, [[Kingsley Community School|school]]). [[Tyrese|name]]: "I want to stay with Nan
forever.
I don't want a social worker forever. My mum can come to my football (Toxteth Tigers)." Screening done by [[Kezia|name]]:
medium risk; referral to the Liverpool Youth Offer, mentoring at L8 Boxing (he agreed).
My view: the SGO is the right plan for [[Tyrese|name]] and [[Amaya|name]]. It ends their looked-after status; a support plan must
include help with Nan's rent arrears (£640) and funding for the boxing and the mentor.
Next review for [[Nia|name]]: [[9 March 2027|date]] (her 18th birthday is [[7 March|dob]] - pathway plan review to be brought forward).
[[R. Agbaje|name]], IRO, [[0151 233 7719|phone]]
"""),
    ("a special guardianship order's recitals", """IN THE FAMILY COURT SITTING AT LIVERPOOL
                                      Case No: LV25C00938
The Children Act 1989 (as amended)
The children: [[TYRESE KERR|name]] (a boy, born on [[11 February 2014|dob]]) and [[AMAYA KERR|name]] (a girl, born on
[[25 October 2019|dob]])

BEFORE Her Honour Judge [[Mwale-Hirst|name]] sitting at the Civil and Family Court, [[35 Vernon Street|address]], [[Liverpool|place]],
on [[16 November 2026|date]]

The parties:
The applicant:        Otterbrook City Council, represented by Ms [[Grainne O'Rourke|name]], solicitor
First respondent:     [[JADE LINDO|name]] (mother), represented by Mr [[Uchenna Eze|name]] of [[Mulligan|name]] [[Quarshie|name]] Solicitors
Second respondent:    [[SHAUN KERR|name]] (father), in person by video link from HMP Liverpool
Third and fourth respondents: the children, through their children's guardian, [[Colette Maguire|name]] (Cafcass), represented
                      by Ms [[Anjali Dhar|name]] of [[Jackson|name]] [[Lees|name]]
Intervener:           [[MARCIA ELAINE LINDO|name]] (maternal grandmother), of [[44 Ducie Street|address]], [[Liverpool|place]]
[[L8 1XF|postcode]],
                      represented by Mr [[Hamish Boyd|name]], counsel

RECITALS
UPON the court having read the bundle, including the special guardianship report of [[Hazel Ferreira|name]] dated
[[12 September 2026|date]] and the final analysis of the children's guardian dated [[2 November 2026|date]]

AND UPON hearing the advocates for the parties, Mr [[Kerr|name]] in person, and Ms [[Lindo|name]] (the mother), who
addressed the court briefly with permission

AND UPON the mother and the maternal grandmother agreeing that the mother shall spend time with the children at least
once a fortnight, supervised by Mrs [[Lindo|name]] or by a person she approves, and that the children shall not stay overnight
at the mother's home, [[Flat 2, 118 Boaler Street|address]], [[Liverpool|place]] [[L6 9DJ|postcode]], without the agreement of the special
guardian

AND UPON the father confirming that he does not oppose the order and agreeing that indirect contact (letters, and cards on
birthdays and at Christmas) will take place through the local authority while he is in custody

AND UPON the local authority confirming the special guardianship support plan dated [[9 November 2026|date]], under which it
will pay a special guardianship allowance, fund weekly mentoring and a boxing programme for [[Tyrese|name]] until
[[31 August 2027|date]], and make a one-off payment towards rent arrears; and confirming that [[Nia Lindo-Kerr|name]] (born
[[7 March 2009|dob]]), the children's half-sister, remains a looked-after child and that sibling time will be supported

AND UPON the court recording that [[Tyrese|name]] wrote to the judge ("I want my nan to be my guardian because she has always
been there and I don't want to move ever"), and that the judge replied to him in writing

IT IS ORDERED THAT:
1. [[Marcia Elaine Lindo|name]] (born [[14 August 1965|dob]]) is appointed special guardian of [[Tyrese Kerr|name]] and [[Amaya Kerr|name]].
2. The care order made on [[3 March 2025|date]] in respect of each child is discharged.
3. Leave is given to the special guardian to remove the children from the jurisdiction for a holiday of up to 28 days
   (Jamaica, summer 2027), the special guardian to give the father 14 days' notice.
4. The guardian's report and this order may be disclosed to Dr [[Femi Alabi|name]] (the children's GP) and to the designated
   teachers at [[Shorefields School|school]] and [[Kingsley Community School|school]].
5. No order as to costs.

SCHEDULE - persons served with this order
[[Marcia Elaine Lindo|name]] (special guardian); [[Jade Lindo|name]] (c/o Mr [[Eze|name]]); [[Shaun Kerr|name]] (prison number
A7741DK, HMP Liverpool,
[[68 Hornby Road|address]], [[Liverpool|place]] [[L9 3DF|postcode]]); [[Colette Maguire|name]] (Cafcass); Otterbrook City Council
(FAO [[Kezia Forde|name]], SW,
and [[Grainne O'Rourke|name]], Legal Services). Not served: [[Nia Lindo-Kerr|name]] (not a party; a copy to be given to her by her
IRO, [[Rosalind Agbaje|name]], with an explanation).

Dated [[16 November 2026|date]]                 HHJ [[Mwale-Hirst|name]]
"""),
]

DOCS_C += [
    ("a Microsoft Teams chat between professionals", """[Microsoft Teams group chat "[[Ty|name]] + [[Amaya|name]] SGO support plan"
- exported to the case record by [[Kezia
Forde|name]] on [[23/11/2026|date]]. Display names as shown by Teams. Attachments not included.]

[[Forde, Kezia|name]] (Otterbrook CC)  [[17/11/2026|date]] 09:02
Morning all 👋 SGO granted yesterday for [[Tyrese|name]] and [[Amaya|name]] - thank you everyone. Nan cried, [[Ty|name]] pretended he
didn't, HHJ [[Mwale-Hirst|name]] wrote him a lovely letter back. Setting this chat up for the support plan bits.

[[Agbaje, Rosalind|name]] (Otterbrook CC)  [[17/11/2026|date]] 09:10
Brilliant news. Can we make sure the mentoring starts before Christmas? Who's the mentor?

[[Forde, Kezia|name]] (Otterbrook CC)  [[17/11/2026|date]] 09:14
[[Jerome Bailey|name]] from the youth offer, he's ex-[[L8|postcode]] himself and [[Ty|name]] already knows him from the boxing.
First session
Thurs [[26th|date]] after school.

[[Whitfield, Ray|name]] ([[Shorefields School|school]])  [[17/11/2026|date]] 10:31
Great stuff. FYI [[Ty|name]] had a good week, no behaviour points. He did get seen (by our attendance officer, [[Bev|name]]) near
the chippy on [[Smithdown Rd|address]] at 10pm on Friday with [[Kaiden Roberts|name]] and a couple of older lads on bikes.
[[Kaiden|name]] is on our radar, I'll say no more on here 🙄

[[Forde, Kezia|name]] (Otterbrook CC)  [[17/11/2026|date]] 10:40
Thanks [[Ray|name]]. I'll pop in to Nan's tonight. @[[Danquah, Kofi|name]] can you bring [[Nia|name]] to the family time on Weds? She
wants to see [[Amaya|name]] in her nativity costume.

[[Danquah, Kofi|name]] (Otterbrook Leaving Care)  [[17/11/2026|date]] 11:02
Yes can do. I'm picking her up from college at 3. Also her passport came!! 🎉 She screamed at me in the car park on
[[Duke St|address]]. Nan's on at her to book [[Kingston|place]] already lol

[[Ennis, Joanne|name]] ([[Kingsley Community School|school]])  [[17/11/2026|date]] 11:45
Just to say [[Amaya|name]] is a sheep in the nativity (Fri [[11 Dec|date]], 2pm, the church hall next to the school on [[Upper
Parliament St|address]]). She has asked me 5 times whether her mummy will come. Can someone let Mum know? Mum's number on our
system is out of date.

[[Forde, Kezia|name]] (Otterbrook CC)  [[17/11/2026|date]] 11:51
Mum's new number is [[07949 166 307|phone]], she's happy for school to have it. She's at the Whitechapel day programme Mon-Thu
so Fri should be fine. I'll tell her.

[[Lindo, Marcia|name]] (Guest)  [[17/11/2026|date]] 18:20
Hello its [[Marcia|name]] [[Tyrese|name]]s Nan. [[Kezia|name]] added me is that right? Thank you all for everything God bless you. Can
I ask about the money for the rent its still saying £640 on the Riverside letter and they said they will take me to court

[[Forde, Kezia|name]] (Otterbrook CC)  [[17/11/2026|date]] 18:34
Hi [[Marcia|name]], yes that's right 😊 The payment is going through this week - I'll ring Riverside tomorrow and send them the
letter. Don't worry about the court letter.

[[Agbaje, Rosalind|name]] (Otterbrook CC)  [[18/11/2026|date]] 08:55
[[Kezia|name]] - slight worry re having carers/family in this chat given professional conversations (e.g. [[Kaiden|name]] above).
Suggest a separate one for [[Marcia|name]]? Happy to discuss.

[[Forde, Kezia|name]] (Otterbrook CC)  [[18/11/2026|date]] 09:01
Good point [[Ros|name]], my bad. Removing [[Marcia|name]] and will do texts with her instead. Deleting the [[Kaiden|name]] message
would lose the record so I'm exporting this chat first.

[[Forde, Kezia|name]] removed [[Lindo, Marcia|name]] (Guest) from the chat.

[[Danquah, Kofi|name]] (Otterbrook Leaving Care)  [[18/11/2026|date]] 16:20
Update: [[Nia|name]]'s boyfriend [[Tayo|name]] (who I met today, [[Tayo Adeyinka|name]]) came to pick her up from college. Seemed decent,
polite, works at Amazon [[Speke|place]]. She's asked if he can come to Weds family time - I said that's [[Kezia|name]]'s call.
Also FYI the [[Okafors|name]] have signed the Staying Put agreement in principle 🙌
"""),
    ("family time log pasted from a spreadsheet", """[Pasted from "FAMILY TIME LOG - LINDO-KERR 2026.xlsx", tab "Autumn", by
[[Kezia Forde|name]] for the SGO support plan.
Columns are tab-separated as in the sheet. Supervisors: FT = family time worker. Venue "the Florrie" = the Florence
Institute, [[Mill Street|address]], [[Dingle|place]].]

Date	Children	With	Venue	Supervised by	Attended?	Notes
[[02/09/2026|date]]	[[Tyrese|name]], [[Amaya|name]]	Mum ([[Jade Lindo|name]])	the Florrie	FT [[Lorna Duggan|name]]	Y	Mum 10 mins
late. Brought KFC. Good play with [[Amaya|name]] (Uno, hair braiding).
[[09/09/2026|date]]	[[Tyrese|name]], [[Amaya|name]], [[Nia|name]]	Dad ([[Shaun Kerr|name]])	HMP Liverpool, family visits hall	FT
[[Lorna Duggan|name]]	Y	[[Amaya|name]] shy at first; [[Ty|name]] and Dad played Connect 4. Dad cried at the end.
[[16/09/2026|date]]	[[Tyrese|name]], [[Amaya|name]]	Mum	the Florrie	FT [[Danny Oyelaran|name]]	N - Mum	Mum texted 09:40 "sick".
Children told at school pick-up by Nan. [[Ty|name]]: "knew it".
[[30/09/2026|date]]	[[Tyrese|name]], [[Amaya|name]]	Mum	the Florrie	FT [[Lorna Duggan|name]]	Y	Mum bright, looked well. Showed them
her 6-week keyring from the Whitechapel Centre.
[[07/10/2026|date]]	[[Nia|name]], [[Tyrese|name]], [[Amaya|name]]	siblings only	[[Okafor|name]] home,
[[Aigburth|place]]	[[Pauline Okafor|name]] (carer)	Y	Sibling time. Pizza and Just Dance. [[Nia|name]] did [[Amaya|name]]'s nails.
[[14/10/2026|date]]	[[Tyrese|name]], [[Amaya|name]]	Mum	the Florrie	FT [[Danny Oyelaran|name]]	Y	Mum's friend [[Toni|name]] turned
up at the door; asked to leave; left. Otherwise good.
[[21/10/2026|date]]	[[Amaya|name]] only	Mum	the Florrie	FT [[Lorna Duggan|name]]	Y	[[Tyrese|name]] excluded, Nan kept him home.
[[Amaya|name]] and Mum made a Halloween mask.
[[28/10/2026|date]]	-	-	-	-	-	Half term, no session.
[[04/11/2026|date]]	[[Tyrese|name]], [[Amaya|name]]	Mum	Sefton Park (Palm House café)	FT [[Danny Oyelaran|name]]	Y	Trial outside
venue. Fine. Ducks fed. [[Ty|name]] asked Mum "are you clean for real".
[[06/11/2026|date]]	[[Tyrese|name]]	Dad	video call (prison)	[[Kezia Forde|name]]	Y	15 mins. Dad "proud of [[Ty|name]] for the letter
to the judge".
[[11/11/2026|date]]	[[Tyrese|name]], [[Amaya|name]]	Mum	the Florrie	FT [[Lorna Duggan|name]]	Y	Mum brought [[Amaya|name]]'s birthday
present late (she was 7 on [[25th Oct|dob]]). Lots of hugs.
[[18/11/2026|date]]	[[Tyrese|name]], [[Amaya|name]], [[Nia|name]]	Mum	the Florrie	FT [[Lorna Duggan|name]]	Y	First session with all
three and Mum since 2024. [[Nia|name]] and Mum talked outside for 10 mins. [[Kofi Danquah|name]] (PA) drove [[Nia|name]].
[[25/11/2026|date]]	[[Tyrese|name]], [[Amaya|name]]	Mum	[[44 Ducie St|address]] (Nan's)	[[Marcia Lindo|name]] (SG)	Y	First session
supervised by Nan under the SGO. Nan's note: "went lovely, she stayed for tea".

Totals (Sept-Nov): offered 12, attended 10 (Mum missed 1; 1 half term). Contact numbers for the FT team: [[Lorna Duggan|name]]
[[0151 233 5806|phone]]; [[Danny Oyelaran|name]] [[0151 233 5807|phone]].
"""),
]

# --- D. Iqbal / Riaz family (British Pakistani), Audley, Blackburn ------------------------------------------------------

HOME_D = d.Address("53 Audley Range", "Audley", "Blackburn", "BB1 1TF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Hamza", "Riaz")], dt.date(2011, 1, 20), [HOME_D], ids=["7134017079", "J889526026181"],
       phones=["07459 213 806"], schools=["Pleckgate High School"]),
    _p("s", "sibling", [("Zainab", "Iqbal")], dt.date(2014, 8, 9), [HOME_D], ids=["4444548207", "Q889855316935"],
       schools=["Tauheedul Islam Girls' High School"]),
    _p("s2", "sibling", [("Ayaan", "Iqbal")], dt.date(2018, 3, 3), [HOME_D], ids=["4763907344", "W889590819301"],
       schools=["Audley Junior School"]),
    _p("s3", "sibling", [("Hoorain", "Iqbal")], dt.date(2026, 5, 30), [HOME_D], ids=["9992209410"]),
    _p("m", "mother", [("Saima", "Iqbal")], dt.date(1993, 1, 26), [HOME_D], phones=["07496 318 027"], ids=["ZA 61 40 27 C"]),
    _p("f", "father", [("Mohammed Asif", "Iqbal"), ("Asif", "Iqbal")], dt.date(1987, 6, 4), [HOME_D], phones=["07838 205 716"],
       ids=["JK 73 28 15 A"]),
    _p("f2", "father", [("Tariq", "Riaz")], phones=["+92 300 6184527"]),
    _p("g", "grandparent", [("Rashida", "Begum")], dt.date(1958, 1, 1), [HOME_D]),
    _p("p1", "professional", [("Sophie", "Entwistle")], phones=["01254 585 230", "07507 922 314"],
       emails=["sophie.entwistle@blakewater.gov.uk"]),
    _p("p2", "professional", [("Farzana", "Patel")], phones=["01254 283 617"], emails=["farzana.patel3@nhs.net"]),
], "c")

DOCS_D = [
    ("private fostering assessment", """BLAKEWATER BOROUGH COUNCIL - CHILDREN'S SERVICES
PRIVATE FOSTERING ASSESSMENT (Children Act 1989, s.66; Children (Private Arrangements for Fostering) Regulations 2005)
Child: [[Hamza RIAZ|name]]    DOB: [[20/01/2011|dob]]    NHS: [[713 401 7079|nhs]]    UPN: [[J889526026181|upn]]    Mobile:
[[07459 213 806|phone]]
Private foster carers: Mr [[Mohammed Asif IQBAL|name]] ([[04/06/1987|dob]]) and Mrs [[Saima IQBAL|name]] ([[26/01/1993|dob]])
Address: [[53 Audley Range|address]], [[Audley|place]], [[Blackburn|place]] [[BB1 1TF|postcode]]
Notified by: [[Pleckgate High School|school]] (in-year admissions), [[22/09/2026|date]]; the carers had not notified the council.
Social worker: [[Sophie Entwistle|name]]    Visits: [[24/09/2026|date]], [[1/10/2026|date]], [[15/10/2026|date]], [[29/10/2026|date]]

1. How the arrangement came about
[[Hamza|name]] (15) is the son of Mr [[Iqbal|name]]'s first cousin, Mr [[Tariq Riaz|name]], and his wife, Mrs [[Nasreen Bibi|name]],
who live in
a village near [[Kharian|place]], not far from the city of [[Gujrat|place]], in Pakistan. A first cousin's child is not a close
relative under the
Act, so this is a private fostering arrangement (intended to last more than 28 days). [[Hamza|name]] arrived at Manchester Airport
on [[9 August 2026|date]] on a six-month standard visitor visa "for a holiday and to see if he likes it". His parents want him to
study in England: "there is no future in the village, and the schools in [[Kharian|place]] are very expensive" (Mr [[Riaz|name]], by
WhatsApp video, [[+92 300 6184527|phone]], [[1/10/2026|date]], with Mr [[Iqbal|name]] translating from Punjabi and Urdu; I had an
independent Urdu interpreter, Mrs [[Shabana Hafeez|name]], join the second call on [[15/10/2026|date]]).

2. The household
Mr [[Iqbal|name]] ("[[Asif|name]]", 39) is a licensed taxi driver (Toyota Auris, [[PN68 XKT|vehicle]]); Mrs [[Iqbal|name]]
("[[Saima|name]]", 33)
was born in [[Blackburn|place]] and worked in a pharmacy until [[Hoorain|name]] was born. Their children: [[Zainab|name]] (12,
[[Tauheedul Islam Girls'|school]]), [[Ayaan|name]] (8, [[Audley Juniors|school]]) and [[Hoorain|name]] (5 months). Mr
[[Iqbal|name]]'s mother,
Mrs [[Rashida Begum|name]] (Dadi, 68), also lives with them; she has diabetes and limited mobility and sleeps downstairs.
The house is a three-bedroom terrace. [[Hamza|name]] sleeps on a sofa bed in the front room and keeps his clothes in a suitcase.
It is clean, warm and welcoming. I was given chai and samosas on every visit.

3. [[Hamza|name]]'s views (seen alone on [[1/10|date]] and [[29/10|date]], in English, which is good)
"[[Asif|name]] chacha and [[Saima|name]] bhabhi are very kind. Dadi is like my own dadi. I miss my mother and my little brother
[[Usman|name]]. I want to be an engineer. At home I finished Class 9. I don't like sleeping in the living room because the
baby cries and everyone walks past." He told me that on Friday and Saturday nights he works in the kitchen of a takeaway
on [[Whalley Range|address]] owned by a family friend, Mr [[Naveed Akhtar|name]] ("[[Naveed|name]] bhai"), from 6 pm until 1 am, for £30 a
night "in my hand", which he sends to his mother. He said he is "not forced". He has a friend from the mosque, [[Bilal|name]],
who is 17 and "shows me [[Blackburn|place]]".

4. Assessment
Strengths: a loving, respectable family, well known in the community; [[Hamza|name]] is fed, healthy and attached to them;
[[Zainab|name]] and [[Ayaan|name]] treat him like an older brother; regular contact with his parents by video.
Concerns: (a) immigration - a visitor visa does not allow study beyond the visit, nor work; the family did not know this,
and [[Hamza|name]] has been working illegally and late at night, which breaches child employment by-laws; (b) overcrowding;
(c) Mrs [[Iqbal|name]] is being treated for postnatal depression (see the GP's letter) and told me "I have a newborn, a
teenage boy and a mother-in-law, and [[Asif|name]] works nights"; (d) [[Hamza|name]] has not yet been registered with a GP or
had TB screening; (e) no school place until the admission is decided.

5. Recommendation
The arrangement can continue for now with conditions: [[Hamza|name]] stops working at the takeaway at once (Mr [[Akhtar|name]] was
told by the carers on [[30/10/2026|date]] and I have informed the council's licensing team); GP registration at the Larkhill
Health Centre (done, [[3/11/2026|date]]); a referral to an OISC immigration adviser (Lancashire Law Centre); a bed for [[Hamza|name]]
(Mr [[Iqbal|name]] is clearing the box room); a DBS check on Mr and Mrs [[Iqbal|name]] and Mrs [[Begum|name]] (done, clear; Mr
[[Iqbal|name]]'s NI number [[JK 73 28 15 A|ni]],
Mrs [[Iqbal|name]]'s [[ZA 61 40 27 C|ni]]);
monthly visits. Manager: [[Yusuf Hafejee|name]], [[06/11/2026|date]].
"""),
    ("a GP's letter to a social worker", """Larkhill Health Centre
[[Mount Pleasant|address]], [[Blackburn|place]] [[BB1 5BJ|postcode]]    Tel [[01254 617 320|phone]]
Dr [[Rehana Mirza|name]] MBBS MRCGP    Dr [[Conor Walsh|name]]    Dr [[Anita Sood|name]]

[[10 November 2026|date]]

[[Sophie Entwistle|name]]
Social Worker, Children's Services
Blakewater Borough Council
[[Town Hall Street|address]]
[[Blackburn|place]] [[BB2 1DH|postcode]]
By secure email only: [[sophie.entwistle@blakewater.gov.uk|email]]

Dear Ms [[Entwistle|name]],

Re: Mrs [[Saima IQBAL|name]], DOB [[26/01/1993|dob]], [[53 Audley Range|address]], [[BB1 1TF|postcode]]
    [[Hoorain IQBAL|name]], DOB [[30/05/2026|dob]], NHS [[999 220 9410|nhs]]
    [[Hamza RIAZ|name]], DOB [[20/01/2011|dob]], NHS [[713 401 7079|nhs]] (newly registered)

Thank you for your letter of [[4 November|date]] and for the signed consent from Mrs [[Iqbal|name]] and Mr [[Iqbal|name]] to share
information.

Mrs [[Iqbal|name]] has been under my care since [[Hoorain|name]]'s birth at the Royal Blackburn Hospital in May. At her postnatal check
on [[14/07/2026|date]] her EPDS score was 17 and she described low mood, poor sleep even when the baby slept, and "feeling like
a failure". She has no thoughts of harming herself or the baby and never has. I started sertraline 50 mg, increased to
100 mg on [[1 September|date]], and referred her to Talking Therapies (Minds Matter), who offered her a female therapist who speaks
Urdu; she has had four sessions. At her review on [[3/11/2026|date]] the EPDS score was 11 and she said she felt "more like me".
She has good support from her husband, though he works long hours, and from her sister, Mrs [[Aneesa Khan|name]], in [[Darwen|place]].
In my opinion she is able to care for her children; the extra teenager in the house has added to her load.

[[Hoorain|name]] is thriving: weight on the 50th centile, immunisations up to date, no concerns.

You also asked about the other members of the household who are registered with us. [[Zainab|name]] (NHS [[444 454 8207|nhs]]) is well.
[[Ayaan|name]] (NHS [[476 390 7344|nhs]]) has mild asthma, well controlled with a brown inhaler; he missed his asthma review in
September and has been sent another appointment with our nurse, [[Geraldine|name]]. Mr [[Iqbal|name]]'s mother, Mrs [[Rashida Begum|name]]
(DOB [[01/01/1958|dob]]), has type 2 diabetes and arthritis and is seen by Dr [[Walsh|name]]; she needs help with stairs and with
bathing, which Mrs [[Iqbal|name]] provides. I would support a carer's assessment for Mrs [[Iqbal|name]]. Mr [[Iqbal|name]] is not registered
with us (he is registered at the practice in [[Little Harwood|place]]).

[[Hamza|name]] registered with us on [[3/11/2026|date]] and was seen by the practice nurse, [[Geraldine Holt|name]], on
[[6/11/2026|date]]. He is a
healthy 15-year-old. He has been referred for TB screening (Royal Blackburn Hospital, Respiratory Dept), as is usual for new
arrivals from Pakistan, and will have catch-up immunisations (MMR and Td/IPV). His vision test was poor and he has been referred
to an optician; he said he had "headaches when reading the board".

Please contact me if I can help further. With Mrs [[Iqbal|name]]'s agreement I have copied this letter to the health visitor,
[[Farzana Patel|name]].

Yours sincerely,

Dr [[R. Mirza|name]]
GP Partner and Safeguarding Lead
cc: [[Farzana Patel|name]], Health Visitor, Blackburn with Darwen 0-19 Service
"""),
]

DOCS_D += [
    ("health visitor's contact record", """BLACKBURN WITH DARWEN 0-19 SERVICE (HEALTH VISITING) - CHILD HEALTH RECORD: CONTACTS
Child: [[IQBAL, Hoorain|name]]    DOB [[30/05/2026|dob]]    NHS [[999 220 9410|nhs]]    GP: Dr [[Mirza|name]], Larkhill HC
Mother: [[Saima Iqbal|name]] ([[07496 318 027|phone]])    Father: [[M. Asif Iqbal|name]] ([[07838 205 716|phone]])
Address: [[53 Audley Range|address]], [[Blackburn|place]] [[BB1 1TF|postcode]]    Language: English (Mum); Punjabi/Pahari (paternal GM)
Named HV: [[Farzana Patel|name]]    Flags: maternal mental health (PND); private fostering in household (see LA)

[[09/06/2026|date]] New birth visit (day 10) - [[F. Patel|name]]
Born [[30.05.26|dob]] at Royal Blackburn, 39+4, SVD, 3.21 kg. Breast and formula. Cord off. Mum tired, tearful at times,
"I didn't have this with the other two". Dad present, supportive, "whatever she needs". Dadi ([[Rashida|name]]) in the
front room, blessed the baby. Siblings [[Zainab|name]] (11) and [[Ayaan|name]] (8) "very excited"; [[Ayaan|name]] calls her
"[[Hoori|name]]". Safe sleep discussed (Moses basket in parents' room). Smoke-free home. EPDS offered at 6 weeks.

[[14/07/2026|date]] 6-8 week contact (clinic, Audley Children's Centre) - [[F. Patel|name]]
Wt 4.9 kg (50th). Feeding well (now formula only). Mum flat, little eye contact, EPDS 17; Q10 scored 0. Discussed with Mum;
she agreed to see Dr [[Mirza|name]] today - I rang the surgery and got her an appointment at 16:20. Mum: "My mother-in-law
is lovely but she thinks I should be stronger. [[Asif|name]]'s doing 12-hour shifts." Listening visits offered. Mum's sister
[[Aneesa|name]] in [[Darwen|place]] can help on Tuesdays.

[[28/07/2026|date]] Listening visit 1 (home) - [[F. Patel|name]]
Mum a bit brighter, on sertraline. Baby smiling. [[Zainab|name]] at home (summer holidays) doing most of the cooking "so Mum can
rest" - gently discussed with Mum that [[Zainab|name]] is 11 and needs to be a child too; Mum agreed, said [[Zainab|name]]
"wants to help".

[[18/08/2026|date]] Listening visit 2 (home) - [[F. Patel|name]]
New person in the household: [[Hamza|name]] (15), "[[Asif|name]]'s cousin's son from Pakistan", arrived [[09/08|date]], sleeping in the
front room. Polite, shy; held the baby. Mum said "it's another mouth but he's a good boy". Asked if the council knows - Mum
unsure. Advised Mum to tell the school when applying for a place; I will mention private fostering to my safeguarding lead
([[Michelle Catterall|name]]).

[[05/10/2026|date]] Telephone contact - [[F. Patel|name]]
Call from [[Sophie Entwistle|name]] (SW, private fostering). Shared: PND being treated, good engagement, no concerns about the
baby's care. SW reports the school notified on [[22/09|date]].

[[02/11/2026|date]] 3-4 month review (home, booked late) - [[F. Patel|name]]
Wt 6.8 kg (50th-75th). Rolling. Vaccines up to date (8, 12 and 16 weeks). Mum looks well, hair done, laughing with the baby:
"I feel like I've come out of a tunnel." EPDS 11. Talking Therapies 4 sessions, "the Urdu-speaking lady is amazing".
House busy - [[Hamza|name]]'s box room being cleared, Dad on a ladder. Dadi asked me, through [[Zainab|name]], for "a cream for
[[Hoori|name]]'s cheeks" - mild eczema, emollient advised. [[Ayaan|name]]'s asthma review due - reminded Mum.

Plan: universal plus; next contact at 9-12 months ([[25/02/2027|date]] provisional), sooner if Mum asks; Mum has the duty
line ([[01254 283 617|phone]]) and my email ([[farzana.patel3@nhs.net|email]]).
"""),
    ("an in-year school admission form scanned with OCR", """[Scanned PDF "IYA form RIAZ.pdf", run through OCR by the admissions
team and attached to the
private fostering file on [[23/09/2026|date]]. OCR errors left as they came out; the form was handwritten by Mr [[Iqbal|name]].]

BLAKEWATER BOROUGH COUNCIL - SCHOOL ADMISSIONS - IN-YEAR APPLICATION (SECONDARY)
SECTI0N 1: CHILD'S DETAlLS
Surname: [[RlAZ|name]]                    First name(s): [[HARNZA|name]]
Date of birth: [[2O / O1 / 2Oll|dob]]          Sex: M        Current year group: 10
Home address: [[53 Audiey Range|address]]
Town: [[Blackbum|place]]        Postcode: [[BBl 1TF|postcode]]
Date moved to this address: [[O9/O8/2O26|date]]
Previous school: [[Govt. High School No. 2|school]], [[Kharlan|place]], Pakistan (Class 9 completed)

SECTION 2: PARENT / CARER
Name: [[M0HAMMED ASlF lQBAL|name]]          Relationship to child: Uncle (father's cousin)
Tel: [[07838 205 716|phone]]          Email: [[asif.iqbal.taxi@gmail.com|email]]
Does the child live with you? YES    Parental responsibility? N0 - parents in Pakistan (see attached letter from father)
Father's name: [[Tariq Rlaz|name]]   Mother's name: [[Nasreen Bibl|name]]

SECTION 3: SCHOOL PREFERENCES
1st: [[Pleckgate High Schoo1|school]]    2nd: [[Witton Park Academy|school]]    3rd: [[Blackbum Central High|school]]
Reason for 1st preference: c0usin [[Bi1al|name]] goes there and it is near to house. Also good for Science.
Siblings at the preferred school? N0 (cousins [[Zainab|name]] at [[Tauheed Girls|school]] and [[Ayaan|name]] at [[Audley Juni0r|school]])

SECTION 4: ADDITIONAL INFORMATION
Does the child have an EHCP / SEN? No    Medical needs? "eyes not good, needs glasses maybe"
Languages spoken: Urdu, Punjabi, English (good)    EAL support needed? Some
Is the child looked after, or privately fostered? [ ] Yes [ ] No [ ] Don't know    (not ticked)
Immigration status of child: "Visit visa, we will apply for study"

SECTION 4a: EMERGENCY CONTACTS
1. [[Saima lqbal|name]] (aunty)     Tel [[07496 318 027|phone]]
2. [[Naveed Akhtar|name]] (family friend)     Tel [[07914 556 208|phone]]     Address: [[118 Whalley Rnage|address]], [[BB1 6LR|postcode]]
3. [[Aneesa Khan|name]] (aunty, [[Darwen|place]])     Tel [[07445 128 903|phone]]

SECTION 5: DECLARATI0N
Signed: [[M.A. lqbal|name]]         Date: [[2l/O9/2O26|date]]

--- FOR OFFICE USE ---
Received [[22/09/2026|date]] by KB. Private fostering query raised with Children's Services front
door ([[Sophie Entwistle|name]]) same day. Offer: [[Pleckgate|school]], Year 10, start [[12/10/2026|date]] subject to the PF
assessment. UPN allocated: [[J889526026181|upn]]. Letter to Mr [[Iqbal|name]] sent [[25.09.2026|date]].
"""),
]

# --- E. Al-Maqtari / Al-Sharabi family (Yemeni), Eastwood, Rotherham --------------------------------------------------

HOME_E = d.Address("72 Erskine Road", "Eastwood", "Rotherham", "S65 1RF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Nasser", "Al-Maqtari")], dt.date(2012, 5, 14), [HOME_E], ids=["7249312995", "D372374012068"],
       phones=["07464 820 153"], schools=["Clifton Community School"]),
    _p("s", "sibling", [("Amal", "Al-Maqtari")], dt.date(2016, 2, 2), [HOME_E], ids=["6573976711", "P372680415304"],
       schools=["Eastwood Village Primary School"]),
    _p("s2", "sibling", [("Saleh", "Al-Maqtari")], dt.date(2020, 9, 19), [HOME_E], ids=["6129425872", "V372891819292"],
       schools=["Eastwood Village Primary School"]),
    _p("m", "mother", [("Arwa", "Al-Sharabi")], dt.date(1989, 4, 1), [HOME_E], phones=["07488 936 420"], ids=["RN 82 64 19 C"]),
    _p("f", "father", [("Abdulkarim", "Al-Maqtari")], dt.date(1979, 11, 23), [HOME_E], phones=["07307 642 918"],
       ids=["WL 15 09 73 B"]),
    _p("u", "other", [("Khalid", "Al-Sharabi")], phones=["0114 244 1795"]),
    _p("g", "grandparent", [("Nouria", "Saif")], phones=["+967 771 284 503"]),
    _p("p1", "professional", [("Danielle", "Hague")], phones=["01709 336 214", "07523 681 409"],
       emails=["danielle.hague@rotherbrook.gov.uk"]),
    _p("p2", "professional", [("Steve", "Burgin")], phones=["01709 254 880"], emails=["steve.burgin@rotherbrook.gov.uk"]),
], "c")

DOCS_E = [
    ("an appropriate adult's notes from police custody", """ROTHERBROOK APPROPRIATE ADULT SERVICE - APPROPRIATE ADULT'S RECORD (YOUTH)
Detained person: [[Nasser AL-MAQTARI|name]]    DOB: [[14/05/2012|dob]] (14)    Custody no: 14/RO/11827/26
NHS (custody healthcare): [[724 931 2995|nhs]]
Custody suite: Rotherham Main Street    Arrested: Sat [[14 Nov 2026|date]] 19:05, [[Doncaster Road|address]], [[Eastwood|place]]
Offences: possession of cannabis with intent to supply; possession of a bladed article in a public place
Appropriate adult: [[Steve Burgin|name]] ([[01709 254 880|phone]])    Called out by custody at 20:10; arrived 20:55
Why not a parent: Dad (Mr [[Abdulkarim Al-Maqtari|name]]) attended at 20:00 but was asked to leave the front desk after
shouting; Mum (Ms [[Arwa Al-Sharabi|name]]) was at home with the younger children and speaks limited English.

20:55 - Briefed by the custody sergeant, PS [[Lindsey Froggatt|name]]. [[Nasser|name]] stopped by officers in an unmarked car after
running from a grey Seat Leon ([[YD66 OKP|vehicle]]) on [[Doncaster Rd|address]]; the driver ([[Kyle Moxon|name]], 19, of
[[Kimberworth Park|place]]) was also arrested. 11 snap bags of cannabis and £220 cash in [[Nasser|name]]'s bumbag; a lock knife in his
jacket. Rights and entitlements given at 19:40 without an AA present - I asked for them to be given again with me there.
Done at 21:02.

21:05 - Private consultation with [[Nasser|name]] (cell 6). He was cold, in a tracksuit and socks (trainers seized). Asked
for a blanket and a halal meal (both given). He was frightened but trying to look hard: "I'm not saying nothing." He asked
me not to tell his dad "anything about [[Kyle|name]]". He asked if his mum knew. Asked for a solicitor.

21:40 - Duty solicitor Ms [[Kiran Dhillon|name]] ([[Dhillon|name]] Legal) arrived; consultation 21:45-22:30 (I was not present).

22:20 - Seen by the custody nurse, [[Gemma Ibbotson|name]]: fit to be detained and interviewed; a graze on his left hand
("from the fence on [[Mowbray Street|address]]"); he has not eaten since breakfast. Review by Insp [[Carl Woodhead|name]] at 22:25:
detention authorised, and he asked me whether [[Nasser|name]]'s parents had been told - Mum was rung by PC [[Uppal|name]] with an
interpreter (Language Line) at 22:30.

22:35 - Interview (DC [[Mark Staniforth|name]], PC [[Jas Uppal|name]]). I explained my role to [[Nasser|name]] again. On advice,
[[Nasser|name]] gave a prepared statement read by Ms [[Dhillon|name]]: the knife was "for protection because lads from [[Masbrough|place]]
have been after me", the cannabis "was [[Kyle|name]]'s", and he "was told to hold the bag". Then "no comment" to all
questions. I intervened once (23:04) when DC [[Staniforth|name]] asked the same question five times and [[Nasser|name]] began
crying; a break was given.

23:30 - [[Nasser|name]] disclosed to me (off tape, and I told him I'd have to pass it on): "[[Kyle|name]] said I owe him 400 now
'cause the police took it. If I don't pay he'll do my little brother." I told the custody sergeant at once and rang
Rotherbrook EDT ([[Bev Sykes|name]]) at 23:38. A child exploitation (CCE) flag was added by PS [[Froggatt|name]].

00:15 - Outcome: released under investigation. Bail not needed. An NRM referral to be considered by police. Released to
his uncle, Mr [[Khalid Al-Sharabi|name]], Mum's brother, who came from [[Darnall|place]], [[Sheffield|place]] ([[0114 244 1795|phone]]),
because Dad had gone home and Mum could not come with the children asleep. [[Khalid|name]] drove him home to [[72 Erskine
Road|address]], [[Rotherham|place]] [[S65 1RF|postcode]]. Trainers returned. [[Nasser|name]] said "thanks for staying, [[Steve|name]]".

Concerns for Children's Services: possible CCE; the threat to his brother [[Saleh|name]] (6); Dad's anger; Mum's isolation
(an Arabic interpreter will be needed - she speaks Yemeni Arabic); the knife. Emailed to [[danielle.hague@rotherbrook.gov.uk|email]]
(allocated SW) at 00:52 on [[15/11/2026|date]].
"""),
    ("direct work session with a girl of ten", """ROTHERBROOK MBC - CHILDREN'S SOCIAL CARE - DIRECT WORK SESSION RECORD
Child: [[Amal Al-Maqtari|name]]    Age: 10    DOB: [[02/02/2016|dob]]    School: [[Eastwood Village Primary School|school]] (Year 6)
Worker: [[Danielle Hague|name]], SW    Date: [[19/11/2026|date]], 13:15-14:05, in the school's quiet room    Tool: "Three Houses"
Also present: none (Mrs [[Beverley Platts|name]], DSL, next door). Interpreter: not needed - [[Amal|name]]'s English is excellent.

Why: to hear [[Amal|name]]'s views as part of the child and family assessment after her brother [[Nasser|name]]'s arrest on
[[14 November|date]], and after Mrs [[Platts|name]] noticed [[Amal|name]] had stopped eating her lunch.

House of Good Things ([[Amal|name]] drew a green house with a palm tree)
- "My mama's cooking - saltah and bint al-sahn on Fridays."
- "[[Saleh|name]]. He's annoying but cute." (drew him with a football)
- "My best friend [[Lacey|name]] and my other best friend [[Hafsa|name]]."
- "Qur'an class at the masjid on Saturdays with Ustadha [[Samira|name]]. I finished Juz Amma!"
- "Khalo [[Khalid|name]] takes us to Meadowhall and to [[Darnall|place]] to see our cousins."
- "When Baba is in a good mood he takes us to Clifton Park and buys ice cream."

House of Worries (she drew it grey and small)
- "[[Nasser|name]] comes home late and Baba shouts and once Baba hit him with his slipper and his belt. [[Nasser|name]]
  shouted back and put a hole in the door."
- "Baba chews qat in the afternoon with his friends in the front room and then he's angry at night. Mama cries in the
  kitchen."
- "A boy in a grey car waits at the end of our road. [[Nasser|name]] said if I ever see him I have to take [[Saleh|name]] inside."
- "I worry about Jiddah [[Nouria|name]] in [[Ibb|place]] because of the war. We speak to her on WhatsApp but sometimes the
  internet is off."
- "I have to translate for Mama at the doctor's and at parents' evening and sometimes I don't know the words."

House of Dreams
- "I want to be a dentist." "I want to go to Yemen to see Jiddah but Mama says not while there is fighting."
- "I want Baba and [[Nasser|name]] to be friends again." "I want Mama to go to English class so I don't have to."
- "I want the grey car to go away."

My observations: [[Amal|name]] was articulate, thoughtful and protective of her family. She became tearful when talking about
the slipper and belt, and about Mama crying, and asked "will Baba get in trouble?" I explained that my job is to help
everyone in the family be safe, and that I would need to talk to Mama and Baba. She asked me to tell Mama first "because
Mama will know how to tell Baba". She ate half a sandwich with me at the end.

Actions: share with my manager ([[Olu Adeyemi-Brown|name]]); discuss with police (physical chastisement, and the grey car -
I have passed this to DC [[Staniforth|name]]); offer Mama ESOL at Rotherham Ethnic Minority Alliance and an interpreter for
all meetings; young carer referral (interpreting) to Barnardo's Rotherham Young Carers; Mrs [[Platts|name]] to offer
[[Amal|name]] a lunchtime club.
[[D. Hague|name]], [[19.11.2026|date]]
"""),
]

DOCS_E += [
    ("a school's suspension letter to parents", """[[Clifton Community School|school]]
[[Middle Lane South|address]], [[Rotherham|place]] [[S65 2SN|postcode]]    Tel: [[01709 828 461|phone]]    Headteacher: Mrs
[[Joanne Senior|name]]

Mr and Mrs [[Al-Maqtari|name]]
[[72 Erskine Road|address]]
[[Eastwood|place]]
[[Rotherham|place]]
[[S65 1RF|postcode]]

[[17 November 2026|date]]

(A copy of this letter in Arabic is enclosed. / مرفق نسخة من هذه الرسالة باللغة العربية)

Dear Mr [[Al-Maqtari|name]] and Ms [[Al-Sharabi|name]],

Suspension of [[Nasser Al-Maqtari|name]], Year 10, form 10CH (UPN [[D372374012068|upn]])

I am writing to tell you that I have decided to suspend [[Nasser|name]] from school for a fixed period of 3 school days, from
Wednesday [[18 November 2026|date]] to Friday [[20 November 2026|date]]. This is because on Monday [[16 November|date]]
[[Nasser|name]] was found by
a member of staff, Mr [[Callum Slack|name]], in the boys' toilets in the Humanities block with another student and a quantity
of cannabis. A search found a small amount of cannabis in [[Nasser|name]]'s blazer. Bringing drugs onto the school site is a
serious breach of our Behaviour Policy.

I know that [[Nasser|name]] was arrested at the weekend and that the family is working with Children's Services. I have spoken
to [[Danielle Hague|name]], his social worker, and our Designated Safeguarding Lead, Mr [[Imtiaz Rafiq|name]], is in touch with
South Yorkshire Police. We believe [[Nasser|name]] may be being exploited by older people outside school, and we want to work
with you to keep him safe. The suspension is not the end of the matter and we very much want him back.

During the suspension you must make sure that [[Nasser|name]] is not in a public place during school hours without good reason.
Work will be set on Google Classroom; his form tutor, Miss [[Chloe Birkinshaw|name]], will ring on Thursday to check on it.

Reintegration meeting: Monday [[23 November 2026|date]] at 08:45 with Mr [[Rafiq|name]] and Mr [[Slack|name]] (Head of Year 10). We have
booked an Arabic interpreter, Mr [[Fuad Ghaleb|name]], for the meeting. [[Nasser|name]] should come in uniform.

You have the right to make representations about this suspension to the governing board. If you wish to do so, please write
to the Chair of Governors, Mr [[Dennis Hinchcliffe|name]], c/o the school. You can get free, independent advice from the
Coram Children's Legal Centre (0300 330 5485) or from SENDIASS.

Yours sincerely,

[[J. Senior|name]]
Headteacher

P.S. [[Nasser|name]]'s friend in the toilets, who has also been suspended, is not named here for his own privacy. Mr [[Slack|name]]
has also asked me to say that [[Nasser|name]] apologised to him straight away and was "honest and polite" - and that he has been
picked for the Year 10 football team to play [[Wickersley|school]] and [[Oakwood|school]] in January if he stays out of trouble.

cc: [[Danielle Hague|name]], Rotherbrook MBC; Rotherbrook Inclusion Team; [[Amal|name]]'s and [[Saleh|name]]'s school
([[Eastwood Village|school]], FAO Mrs
[[B. Platts|name]]), with parents' consent
"""),
    ("case transfer summary", """ROTHERBROOK MBC - CHILDREN'S SOCIAL CARE
CASE TRANSFER SUMMARY: Assessment Team 2 to Child in Need / Exploitation Team (Evolve)
Date: [[7 December 2026|date]]    From: [[Danielle Hague|name]] (SW, Assessment Team 2)    To: [[Marek Nowak|name]] (SW, Evolve)
Manager sign-off: [[Olu Adeyemi-Brown|name]] (AT2) / [[Hayley Ridsdale|name]] (Evolve)

FAMILY
| Name                        | Relationship        | DOB          | Notes                                                  |
| [[Nasser AL-MAQTARI|name]]           | subject (14)        | [[14.05.2012|dob]]   | [[Clifton|school]] Y10; mobile
[[07464 820 153|phone]]; NHS [[724 931 2995|nhs]] |
| [[Amal AL-MAQTARI|name]]             | sister (10)         | [[02.02.2016|dob]]   | [[Eastwood Village|school]] Y6; NHS
[[657 397 6711|nhs]]                  |
| [[Saleh AL-MAQTARI|name]]            | brother (6)         | [[19.09.2020|dob]]   | [[Eastwood Village|school]] Y2; UPN
[[V372891819292|upn]]                 |
| [[Arwa AL-SHARABI|name]]             | mother              | [[01.04.1989|dob]]   | Yemeni Arabic; mobile [[07488 936 420|phone]];
NI [[RN 82 64 19 C|ni]]   |
| [[Abdulkarim AL-MAQTARI|name]]       | father              | [[23.11.1979|dob]]   | shop on [[Fitzwilliam Rd|address]]; mobile
[[07307 642 918|phone]]; NI [[WL 15 09 73 B|ni]] |
| [[Khalid AL-SHARABI|name]]           | maternal uncle      |              | [[Darnall|place]], [[Sheffield|place]];
[[0114 244 1795|phone]]                   |
| [[Nouria SAIF|name]]                 | maternal grandmother|              | [[Ibb|place]], Yemen; [[+967 771 284 503|phone]]
                       |
Address: [[72 Erskine Road|address]], [[Eastwood|place]], [[Rotherham|place]] [[S65 1RF|postcode]]. Interpreter: Mr
[[Fuad Ghaleb|name]] (Mum's preference).

WHY WE ARE INVOLVED
Referral from police and the Appropriate Adult Service after [[Nasser|name]]'s arrest on [[14/11/2026|date]] (cannabis with intent,
a lock knife; the adult with him, [[Kyle Moxon|name]], charged and remanded). Section 47 (physical chastisement by Dad, with a
belt and slipper, disclosed by [[Amal|name]] on [[19/11/2026|date]] and by [[Nasser|name]] on [[20/11/2026|date]]). Strategy meeting
[[20/11/2026|date]]: CCE risk HIGH for [[Nasser|name]]; outcome of the s47 - CP threshold not met; Child in Need plan for all three.

WHAT HAS HAPPENED
- Dad accepted (through Mr [[Ghaleb|name]], [[25/11|date]]) that he hit [[Nasser|name]] with a belt "once or twice" and said: "In Yemen
  this is normal; here I understand it is a crime. I was scared for my son." Police: words of advice (DC [[Staniforth|name]]).
  Dad has agreed to the Strengthening Families course in Arabic (starts January at the Unity Centre, [[Wellgate|address]]).
- Dad's qat use: he says he has cut down. Qat is illegal in the UK since 2014; I have not shared this with police and
  have told Dad the risk. Mum wants him to stop completely.
- Mum: ESOL Entry 2 from January (REMA); registered for her own GP appointment about low mood (she came to the UK in 2011,
  via [[Aden|place]] and [[Cairo|place]], and has not seen her mother since); an IDVA screening found no domestic abuse.
- [[Nasser|name]]: NRM referral made (police, [[24/11/2026|date]]); a positive reasonable grounds decision is awaited. Referred to
  Evolve; a mentor from the Clifton Learning Partnership's boxing project, [[Jamal Hussain|name]]. Suspended 3 days for
  cannabis at school; reintegrated on [[23/11|date]] with a reduced timetable. He has changed his phone number and deleted
  Snapchat (his words). On [[29/11/2026|date]] he was reported missing for 5 hours and came home at 23:10 saying he was at a
  friend's in [[Herringthorpe|place]]; return home interview by [[Chantelle Greaves|name]] (Evolve): he would not say where he was.
- The grey car (a Seat Leon, [[YD66 OKP|vehicle]]): no further sightings since [[Moxon|name]]'s remand; the family's street was
added to patrol plans.

RISKS AND STRENGTHS
Risks: CCE and debt bondage ("I owe 400"); knife carrying; going missing; conflict with Dad; [[Amal|name]] as a young carer
(interpreting). Strengths: both parents love the children and want help; Mum's openness; [[Khalid|name]]'s support; [[Amal|name]] and
[[Saleh|name]] doing well at school; [[Nasser|name]] still attending.

NEXT STEPS FOR [[MAREK|name]]
Introductory visit with me on [[10 December 2026|date]] at 16:00 (interpreter booked); CIN review due [[15 January 2027|date]]; MACE panel
on [[12/01/2027|date]]; chase the NRM decision; check [[Nasser|name]]'s new number ([[07412 583 067|phone]], from Mum).
"""),
]

# --- F. Dela Cruz / Manalo family (Filipino), Rhosddu, Wrexham -----------------------------------------------------------

HOME_F = d.Address("41 Rhosddu Road", "Rhosddu", "Wrexham", "LL11 2NS")
TITA_F = d.Address("8 Weston Grove", "Upton", "Chester", "CH2 1QJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Princess Joy", "Dela Cruz"), ("Princess", "Dela Cruz")], dt.date(2012, 7, 7), [HOME_F],
       ids=["6698713465"], phones=["07398 624 105"], schools=["St Joseph's Catholic and Anglican High School"]),
    _p("s", "sibling", [("Rodel", "Dela Cruz Jr"), ("Jun-Jun", "Dela Cruz")], dt.date(2016, 4, 12), [HOME_F], ids=["9999397875"],
       schools=["St Mary's Catholic Primary School"]),
    _p("s2", "sibling", [("Hannah Mae", "Dela Cruz"), ("Honey", "Dela Cruz")], dt.date(2019, 2, 14), [HOME_F], ids=["9990361800"],
       schools=["St Mary's Catholic Primary School"]),
    _p("m", "mother", [("Maricel", "Dela Cruz")], dt.date(1985, 3, 19), [HOME_F], phones=["07932 461 578"], ids=["SZ 73 05 16 D"]),
    _p("f", "father", [("Rodel", "Dela Cruz")], dt.date(1982, 9, 30), [HOME_F], phones=["07721 309 846"]),
    _p("g", "grandparent", [("Erlinda", "Manalo")], phones=["+63 917 845 2301"]),
    _p("a", "other", [("Cherry", "Manalo-Evans")], None, [TITA_F], phones=["07455 908 261"]),
    _p("p1", "professional", [("Sioned", "Bowen")], phones=["01978 298 102", "07384 516 209"],
       emails=["sioned.bowen@clywedog.gov.wales"]),
    _p("p2", "professional", [("Rhys", "Kendrick")], phones=["01978 294 470"]),
], "c")

DOCS_F = [
    ("police witness statement of a mother", """RESTRICTED (when complete)                                                              MG11
WITNESS STATEMENT
Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B
URN: 63/KD/4418/26
Statement of: [[Maricel DELA CRUZ|name]]
Age if under 18: Over 18        Occupation: Senior Care Assistant
This statement (consisting of 3 page(s) each signed by me) is true to the best of my knowledge and belief ...
Signature: [[M. Dela Cruz|name]]                                      Date: [[25/10/2026|date]]

I live at [[41 Rhosddu Road|address]], [[Wrexham|place]] [[LL11 2NS|postcode]] with my husband [[Rodel DELA CRUZ|name]] and our
three children,
[[Princess Joy|name]] (14), [[Rodel|name]] junior, who we call [[Jun-Jun|name]] (10), and [[Hannah Mae|name]], who we call
[[Honey|name]] (7). I was
born in [[Lipa City|place]], Batangas, in the Philippines, and I came to the UK in 2016 as a care worker. I work at Pendine Park
care home in [[Wrexham|place]], mostly on nights. My phone number is [[07932 461 578|phone]].

On Thursday [[22nd October 2026|date]] I came home from my night shift at about 08:20. [[Princess|name]] was still in her bedroom
and had not got ready for school. She was crying and shaking. She showed me her phone. There were messages on Instagram
from an account called "jake.wxm_07" with the name "[[Jake|name]]" and a photo of a boy about 16 years old. [[Princess|name]]
told me she had been talking to "[[Jake|name]]" for about two weeks and that he said he went to a school in [[Chester|place]]. She
said that on Tuesday night ([[20th October|date]]) he asked her to send a photo of herself without her top and she did, and
then he sent back a screenshot of the photo and a list of her friends and family from her Instagram, and he wrote that he
would send the photo to all of them unless she paid him £300. He wanted it by Apple gift card or into a bank account.

[[Princess|name]] told me she had already paid £150 on Wednesday with money from her savings from her Tita ([[Cherry Manalo-Evans|name]],
my sister, in [[Chester|place]]). She bought a gift card at the Tesco on [[Holt Road|address]] and sent him the code. He then
asked for more and wrote things like "ur dead if u tell" and "ur little sister is next". I saw these messages myself.

I took screenshots of everything on my own phone. I told [[Princess|name]] that she is not in trouble and that this man is a
criminal. I rang 101 at about 08:45 and then I rang the school, [[St Joseph's|school]], and spoke to Mrs [[Angharad Moss|name]].

When my husband came home at about 11:00 he saw [[Princess|name]] crying and I told him what happened. He became very angry.
He shouted at her in Tagalog that she has brought shame on the family. He took her phone and threw it against the wall
and the screen broke. He slapped her once on the side of the head with his open hand. I stood between them and [[Jun-Jun|name]]
came downstairs and saw it. My husband said he will send [[Princess|name]] to my mother, [[Erlinda Manalo|name]], in [[Lipa|place]]
"to learn
respect". I do not agree. I want [[Princess|name]] to stay with me in [[Wrexham|place]]. Afterwards my husband drove to work at the
restaurant in [[Chester|place]] in our red Toyota Yaris, [[CX17 BWN|vehicle]]. He has apologised to [[Princess|name]] since then.

Officers came to my house the same day, PC [[Owain Jenkins|name]] and later DC [[Rhys Kendrick|name]], and I gave them the broken phone
and my screenshots. I also gave them my daughter's date of birth, [[07/07/2012|dob]], and her old phone number, [[07398 624 105|phone]].

[[Princess|name]]'s friends [[Lily-Grace Hughes|name]] and [[Tegan Roberts|name]] told her that the same account sent a friend
request to them
too. [[Lily-Grace|name]]'s mum, Mrs [[Joanne Hughes|name]], told me that on [[23rd October|date]]. The school has told all the parents in
Year 9. My sister [[Cherry|name]] lives at [[8 Weston Grove|address]], [[Upton|place]], [[Chester|place]] [[CH2 1QJ|postcode]], and
her husband is
Mr [[Gareth Evans|name]]; they have offered for [[Princess|name]] to stay with them at weekends.

I am willing to attend court if needed. I do not want [[Princess|name]]'s name or photo in the newspaper.

Signature: [[M. Dela Cruz|name]]    Signature witnessed by: DC [[R. Kendrick|name]] 4471, North Wales Police, Online Child
Sexual Exploitation Team, [[Wrexham|place]] ([[01978 294 470|phone]])
"""),
    ("a family Viber chat in Tagalog and English", """[Viber group "[[Manalo|name]] Fam 🇵🇭❤️" exported from
[[Maricel Dela Cruz|name]]'s phone on [[3 November 2026|date]] and
given to [[Sioned Bowen|name]]. Tagalog translated in brackets by [[Joel Ramos|name]], interpreter. Contact names as saved by
[[Maricel|name]]: "Nanay" is her mother; "Ate" is an older sister; "Kuya" is her husband's contact name for himself.]

[[22/10/2026|date]] 12:14  Ate [[Cherry|name]]: sis nabasa ko message mo. [I read your message.] omg poor [[cess|name]] 😭 is she ok??
[[22/10/2026|date]] 12:15  [[Maricel|name]]: shes ok now. police came. [[Rodel|name]] was so galit [angry] he slapped her ate. i'm so
                         ashamed
[[22/10/2026|date]] 12:16  Ate [[Cherry|name]]: WHAT. hindi pwede yan [that's not allowed] sis. in uk they will take the kids. ill
                         talk to him
[[22/10/2026|date]] 12:40  Kuya [[Rodel|name]] 🍳: Im sorry ok. I was just so angry with that animal. Our daughter is a good girl.
[[22/10/2026|date]] 12:41  Kuya [[Rodel|name]] 🍳: but she cannot have instagram anymore. finish
[[22/10/2026|date]] 13:02  Nanay 💕 ([[+63 917 845 2301|phone]]): Anong nangyari kay [[Prinsesa|name]]?? [What happened to
[[Princess|name]]??]
                         ipadala niyo na lang dito sa [[Lipa|place]] [just send her here to [[Lipa|place]]], she can study at
[[St Bridget|school]]
                         like her Tita. mas safe dito [it's safer here]
[[22/10/2026|date]] 13:05  [[Maricel|name]]: Nay hindi [Mum, no]. she stays here. she has school here. her friends [[Lily-Grace|name]] and
                         [[Tegan|name]] came to see her today
[[22/10/2026|date]] 13:10  Ate [[Cherry|name]]: agree with [[Maricel|name]]. [[Cess|name]] can stay at mine in [[Upton|place]] some
weekends if she
                         wants a break. [[Gareth|name]] says fine
[[23/10/2026|date]] 07:50  [[Maricel|name]]: social worker coming today 3pm. [[sioned|name]] 🙏 pray for us
[[23/10/2026|date]] 07:52  Nanay 💕: praying anak [child] 🙏🙏 sana okay lang [hope it's ok]
[[23/10/2026|date]] 18:20  [[Maricel|name]]: she was nice. she spoke to [[cess|name]] alone and [[jun jun|name]] too. [[Honey|name]]
just showed
                         her the hamster lol. [[Rodel|name]] has to stay at ate [[cherry|name]]s for a few nights
[[23/10/2026|date]] 18:21  Kuya [[Rodel|name]] 🍳: ok. sorry to everyone 🙏
[[24/10/2026|date]] 09:00  Ate [[Cherry|name]]: [[Rodel|name]] is here. i made him sinigang. hes sad. [[Gareth|name]] took him to the
                         pub to watch the wrexham match 🙄
[[24/10/2026|date]] 21:45  [[Maricel|name]]: honey [[Princess|name]] ate ALL the leche flan. shes smiling a bit
[[28/10/2026|date]] 16:30  Ate [[Cherry|name]]: hi sis, the conference is the [[4th|date]]? i can come. i can bring [[Rodel|name]] from
                         mine, he is still here. address pls
[[28/10/2026|date]] 16:32  [[Maricel|name]]: Guildhall in [[Wrexham|place]] 10am. ur address is [[8 Weston Grove|address]]
                         [[CH2 1QJ|postcode]] right? [[sioned|name]] needs it for the letter
[[28/10/2026|date]] 16:33  Ate [[Cherry|name]]: yes thats it. see u there sis ❤️
[[01/11/2026|date]] 11:11  Nanay 💕: happy all saints day mga apo [grandchildren] 🕯️ [[Jun-Jun|name]] [[Honey|name]] [[Prinsesa|name]] love
                         you. call Lola later
"""),
]

DOCS_F += [
    ("a bilingual Welsh and English letter inviting parents to a conference", """Cyngor Bwrdeistref Sirol Clywedog / Clywedog County
Borough Council
Gwasanaethau Plant / Children's Services
Neuadd y Dref, [[Stryt y Neuadd|address]], [[Wrecsam|place]] [[LL11 1AY|postcode]]    Ffôn / Tel: [[01978 298 102|phone]]

PREIFAT A CHYFRINACHOL / PRIVATE AND CONFIDENTIAL
Mr [[Rodel Dela Cruz|name]] a/and Mrs [[Maricel Dela Cruz|name]]
[[41 Ffordd Rhosddu|address]] / [[41 Rhosddu Road|address]]
[[Wrecsam|place]] / [[Wrexham|place]]
[[LL11 2NS|postcode]]

Dyddiad / Date: [[27 Hydref 2026|date]] / [[27 October 2026|date]]
Ein cyf / Our ref: CP/2026/1187/SB

Annwyl Mr a Mrs [[Dela Cruz|name]],

Cynhadledd Amddiffyn Plant Gychwynnol: [[Princess Joy Dela Cruz|name]] ([[07/07/2012|dob]]), [[Rodel Dela Cruz Jr|name]]
([[12/04/2016|dob]]) a
[[Hannah Mae Dela Cruz|name]] ([[14/02/2019|dob]])

Rwy'n ysgrifennu i'ch gwahodd i Gynhadledd Amddiffyn Plant Gychwynnol ar gyfer [[Princess|name]], [[Rodel|name]] a
[[Hannah Mae|name]]. Cynhelir
y gynhadledd ddydd Mercher [[4 Tachwedd 2026|date]] am 10:00 yn Ystafell 3, Neuadd y Dref, [[Wrecsam|place]]. Croeso i chi ddod â
ffrind neu aelod o'r teulu gyda chi i'ch cefnogi. Os hoffech gael cyfieithydd Tagalog, rhowch wybod i ni.

Dear Mr and Mrs [[Dela Cruz|name]],

Initial Child Protection Conference: [[Princess Joy Dela Cruz|name]] ([[07/07/2012|dob]]), [[Rodel Dela Cruz Jr|name]]
([[12/04/2016|dob]]) and
[[Hannah Mae Dela Cruz|name]] ([[14/02/2019|dob]])

I am writing to invite you to an Initial Child Protection Conference for [[Princess|name]], [[Rodel|name]] and [[Hannah Mae|name]]. The
conference will be held on Wednesday [[4 November 2026|date]] at 10:00 in Room 3, the Guildhall, [[Wrexham|place]]. You are welcome to
bring a friend or relative to support you (Mrs [[Dela Cruz|name]] has told me that her sister, Mrs [[Cherry Manalo-Evans|name]], will
come). If you would like a Tagalog interpreter, please let us know; Mr [[Joel Ramos|name]] is available.

Why a conference is being held: on [[22 October 2026|date]] [[Princess|name]] was the victim of online sexual extortion by an unknown
adult. North Wales Police are investigating. On the same day, Mr [[Dela Cruz|name]] slapped [[Princess|name]] and broke her phone, and
[[Rodel|name]] saw this happen. Mr [[Dela Cruz|name]] has also said [[Princess|name]] could be sent to live with her grandmother in the
Philippines. Under the Wales Safeguarding Procedures, a conference must decide whether the children's names should be placed
on the Child Protection Register and whether a care and support protection plan is needed.

The chair will be [[Geraint Lloyd-Jones|name]], Independent Chair. The people invited are: [[Sioned Bowen|name]] (social worker); DC
[[Rhys Kendrick|name]] (North Wales Police); Mrs [[Angharad Moss|name]] ([[St Joseph's|school]]); Mrs [[Bernadette Quinn|name]]
([[St Mary's Catholic
Primary School|school]]); [[Gwenno Harries|name]] (school nurse); and Dr [[Kavitha
Rao|name]] (GP, Beechley Medical Centre). [[Princess|name]] has said
she would like to come for the first part, with her advocate from TGP Cymru, [[Llinos Pritchard|name]].

My report will be shared with you at least two working days before the meeting; I will bring it to you at home on
Monday [[2 November|date]] (yn Saesneg / in English; Tagalog on request).

Yn gywir / Yours sincerely,

[[Sioned Bowen|name]]
Gweithiwr Cymdeithasol / Social Worker, Tîm Diogelu a Chymorth / Safeguarding and Support Team
Ffôn symudol / Mobile [[07384 516 209|phone]] | E-bost / Email [[sioned.bowen@clywedog.gov.wales|email]]
Rydym yn croesawu gohebiaeth yn Gymraeg, Saesneg a ieithoedd eraill. We welcome correspondence in Welsh, English and
other languages.
"""),
    ("a girl's poem and a note to her social worker", """[Handwritten on lined paper and given to [[Sioned Bowen|name]] at a visit
on [[18 November 2026|date]]. Typed up
with [[Princess|name]]'s permission for her Child Protection Review. Layout and spelling hers.]

to [[sioned|name]] (dont show dad yet)

          STRANGER NAMED [[JAKE|name]]
     by P.J.D.C.  age 14  [[wrexham|place]]

he said he was from [[chester|place]]
he said he liked my hair
he said my name was pretty -
[[Princess|name]], like a joke, like a dare

two weeks of good morning
two weeks of ur so fit
then one night one photo
and one night that was it

he sent my own face back to me
and a list of everyone I know -
Lola [[Erlinda|name]] and Tita [[Cherry|name]]
and [[lily-grace|name]] and tito [[gareth|name]] and mrs [[moss|name]]
like a shopping list, like a show

mama came home from nights
and held me on the floor
papa threw my phone at the wall
and then he hit me and walked out the door

now [[jun jun|name]] wont look at papa
and [[honey|name]] draws us all in a line
and papa says sorry every day
and I say its fine its fine

but [[sioned|name]] says its not my shame
its [[JAKE|name]]'s or whoever he is
and DC [[Kendrick|name]] says they found his "school" -
it was a flat in another country. im not his.

P.S. [[sioned|name]] can I still go to tita [[cherry|name]]s in [[upton|place]] on saturdays? and can you tell papa I forgive him
but I need him to do the course. and [[lily-grace|name]] says hi. - [[cess|name]] x
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 14 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 05:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "ps", "dc", "ds", "sgt", "nurse", "sw", "hhj", "judge", "our", "me", "mi",
           "nan", "nana", "nanny", "gran", "grandma", "grandad", "great-grandad", "mam", "mum", "mummy", "dad", "daddy", "auntie",
           "aunty", "uncle", "nain", "taid", "mamgu", "mam-gu", "bampi", "anti", "yncl", "dadi", "dada", "nani", "chacha",
           "chachi", "bhabhi", "bhai", "baji", "ammi", "abbu", "khala", "khalo", "khalu", "jiddah", "jaddah", "jiddo", "sitti",
           "baba", "mama", "ustadh", "ustadha", "hajji", "hajja", "sheikh", "tita", "tito", "lola", "lolo", "ate", "kuya",
           "nanay", "nay", "tatay", "tay", "papa", "manang", "manong"}
_AFTER = {"chacha", "bhabhi", "bhai", "baji", "duck", "la", "lad", "ate", "kuya"}
_NOT_PLACES = {"england", "wales", "cymru", "britain", "great britain", "united kingdom", "uk", "nottinghamshire", "notts",
               "derbyshire", "shropshire", "salop", "powys", "wrexham county borough", "north wales", "merseyside",
               "lancashire", "lancs", "east lancashire", "south yorkshire", "yorkshire", "west mercia", "cheshire", "jamaica",
               "st elizabeth", "pakistan", "punjab", "azad kashmir", "yemen", "philippines", "the philippines", "batangas",
               "luzon", "egypt", "europe", "africa", "asia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 13's checker (which runs sets 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 13; this adds this set's kinship words (before a name: "Nain Eirlys", "Khalo
# Khalid", "Jiddah Nouria", "Ustadha Samira", "Tita Cherry", "Kuya Rodel", "Lola Erlinda"; and after one: "Asif chacha",
# "Saima bhabhi") and counties, regions and countries ("Shropshire", "Powys", "South Yorkshire", "Batangas", "Yemen").
_SET = HandSet(NAME, _PAIRS, _RECORDS, set13_problems, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
