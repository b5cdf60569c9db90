"""Set 36: a thirty-first held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set34.py,
redaction_set35.py and redaction_set37.py and their tests (written by other helpers at the same time), that did not run the detector or
any bench script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py
(the opening docstring, the first family's records and its first document and a half, and the end of the module: its word
lists and the HandSet line) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the parts of the
docstrings of sets 7 to 33 that name towns, districts, communities and document types (found by searching them for the towns of
Tyneside, Wearside and Northumberland and for the names of communities), the module docstring and the `_party`, `Records`, `HandSet`,
`word_problems`, `_parse`, `_docs` and `sets` helpers of bench/redaction_handwritten.py (its first record was seen in passing), and the
ruff settings in pyproject.toml. Set 15's checker is imported and run, not read. Phone numbers were made and checked with the
phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum, in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector
on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in Tyneside, Wearside and Northumberland, each from a town, district or estate
no earlier set (7 to 33) used as a family's home. Four of the kinds most common in children's social care: a white British family in
Hirst, Ashington, with a nan in Newbiggin-by-the-Sea and an aunt in Cramlington (Common / Hedley; a girl of 9 with poor attendance
minding her brother of 3, a mother's partner's drinking and violence, a bruise from a push into a door, a nan with a broken hip who
wants the children), a white British family in Biddick Hall, South Shields, with a father in Jarrow (Rowntree / Marley; a boy of 15
missing four times and criminally exploited on a line from Felling into Jesmond, an older man who messages his sister of 11), a young
mother who was in care, in a one-bedroom flat in Town End Farm, Sunderland, with a nan in Southwick and the baby's father in Concord,
Washington (Scott / Washington; a new baby, strangulation in pregnancy and again after the birth, low mood, a family group
conference), and a grandmother's kinship care in Cowpen, Blyth, with the mother in Bebside and the father in Bedlington (Blyth /
Rutherford; a mother using heroin and crack who comes to the house and the school with a dealer, a special guardianship assessment,
supervised family time). Two from communities no earlier set used: a Palestinian family from Gaza in Arthur's Hill, Newcastle, on a
family visa sponsored by an uncle in Fenham, with a grandmother in a tent in al-Mawasi, an uncle in Amman and a cousin in Cairo
(Al-Najjar / Al-Shamali; a father killed in Khan Younis, a boy of 14 who self-harms and walks the streets at night, an uncle who
hits him, a landlord's notice, a mother who speaks only Arabic), and a family of Travelling Showpeople on a showmen's yard in
Dunston, Gateshead (Marshall / Hoadley; a girl of 12 educated by distance learning in the travelling season, a boy of 15 working
nights on the family's waltzer who crushed his fingers, a father's drinking after a bad season, a fight on the yard). 24 documents,
of types no earlier set used or in styles new to these sets: an education welfare officer's home visit note, a Facebook Messenger
chat between a mother and a nan photographed and typed up, an initial child protection conference report, a nan's handwritten letter
scanned with OCR (a name split by a hyphen at a line break), a Barnardo's return home interview, a police digital extract of Snapchat,
SMS and WhatsApp messages, exploitation strategy meeting minutes, a youth worker's notes typed fast in a phone's notes app, a health
visitor's new birth visit, a social worker's work phone SMS export, a family group conference family plan, a police body-worn video
transcript, a special guardianship assessment, a grandmother's own late-night email, a family time record, an email chain between a
head teacher, the virtual school and the social worker, a resettlement caseworker's referral, a family WhatsApp group in Arabic typed
up with a translation, a GP's urgent CAMHS referral, a mother's voice notes transcribed and translated, a Traveller education service
pupil record with the family's travelling itinerary, a fairground ride accident report filled in by hand in capitals, a child in need
review held in a living wagon, and posts and comments from a private Facebook group of showpeople.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names may
be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library), UK and
foreign (Palestine, Jordan, Egypt); NHS numbers and UPNs (the right LA number for the area: 929, 393, 391, 390) pass their check
digits; NI numbers have a valid format. Councils are invented (Wansbeck and Coquet, Tynemouth and Shields, Wearmouth City,
Newcastle-Tyne, Gateshead River), and so are the showmen's yard (Riverside Showmen's Yard), the schools and nurseries (Wansbeck Fields
Primary School, Little Acorns Nursery, Newbiggin Sea View First, Harton Moor Academy, Bede Burn Primary, Boldon Lane Centre, Cowpen
Burn Primary School, Westgate Hill Academy, Canning Street Primary, Cruddas Park Nursery, Dunston Riverside Academy), the refugee
charity (North of England Refugee Service), the barber's (Sultan Cutz) and the Facebook group; towns, districts, estates, villages,
real schools and colleges (Horton Grange, Gateshead College), real charities, NHS bodies, hospitals, police forces, courts, clubs,
firms, brands, apps, games, fairs, foods and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows set 19, set 15 and sets 6 to 13). [[words|kind]] is
a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words
(Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, Sister, Father, Nan, Nanna, Nana, Mam, Mammy, Mama, Dad, Daddy, Uncle, Ammo, Teta, and the Arabic
ماما, عمه) stay outside the name span; a possessive 's and a bare s in texting ("kayleigh"s, "kyle"s) stay outside; every person's
name is a name in every form, record or not. "SURNAME, First" is one span ("COMMON, Brooke", "ROWNTREE, Mason", "MARSHALL,
Tiffany-Rose"); a first name with an initial after it ("Connor H", "Amber S") is one span; initials alone (MRW, HS, CR, JR, AR) are not
marked; a collar number beside a name stays outside; a name broken by a line break is one span holding the break, and so is an address;
social media handles ("deano.ss") are not marked, but a display name or a saved contact that is a person's plain name is ("Jade",
"mase", "LEWIS"); a contact saved under a kinship word ("Mam", "Dad", "ماما") is not a name; a family name in a group chat's title is a
name. A street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so
is a neighbour's bare flat or house number ("no. 39", "no. 61"); towns, cities, villages, districts and estates are places, at home or
abroad and in any script ("Hirst", "Biddick Hall", "القاهرة", "خان يونس"); countries, counties and regions are not (Northumberland,
Palestine, Jordan, Egypt); organisations are not marked even when they hold a town's or a person's name ("Blyth Spartans", "Blyth
Offshore", "Sunderland Royal Hospital", "Castletown Medical Centre", "Grainger Medical Group", "Red House Family Hub", "Hylton Castle
Children's Centre", "Ashington Family Centre", "the Family Court at Newcastle upon Tyne", "Gateshead River"); a school's, college's or
nursery's name is a school, and so is its short form ("Harton Moor", "Westgate Hill", "Cowpen Burn", "Bede Burn"); a date of birth is
dob, any other calendar date with a day is date (a weekday before it stays outside), and the bare day in a range or a diary line ("14"-
"18 September", "the 22nd", "26th") is a date span of its own; months and years alone are not marked; helplines and a council's
out-of-hours number are not marked; pets' names (Tyson, Lola, Storm, Biscuit, the pony Bramble) are not names; a firm named after
people marks only the names ("[[Hay|name]] and [[Kilner|name]]", "[[L. MARSHALL|name]] & SONS"); parks, stations, bridges, stadiums and
landmarks stay unmarked (Central Station, Haymarket, the Groyne, the Big Lamp, Leazes Park, the Tyne
Bridge, Croft Park, the Pastures, the Town Moor); a surname or first name that is also an English word or a town is marked by what it
refers to (Common, Brooke, Daisy, Blyth, Washington, Marshall and Spider are names when they are people, and Blyth and Washington are
places when they are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a showmen's yard's name and a plot
number on it are addresses wherever they appear ("Riverside Showmen's Yard", "Plot 6", "Plot 4", "Plot 9"), since they locate a home as
set 21's holiday park did; a fair named by its town ("Morpeth Fair", "Hull Fair", "Alnwick Fair") marks the town, while the Hoppings,
an event with no town in its name, stays unmarked; "the toon" (Newcastle) and "washi" (Washington), "Darlo" (Darlington) and "Biddy Hall"
(Biddick Hall, in a group's title) are local short forms of places and are places; a nickname that is a word ("Spider", "Big Len") is
a name; the surname on the back of a football shirt ("BLYTH 10") is a name; in Arabic a kunya ("Umm Khaled", "Abu Tariq", "Umm Sami")
keeps "Umm"/"Abu"/"أم" outside and marks the child's name inside it, while a family name that begins with Al- is one span; an Arabic
prefix joined to a place or a name ("ب" in "بنيوكاسل", "و" in "ولينا") stays outside the span; Gaza, the Gaza Strip and the West Bank
are a territory and not marked, while Gaza City, Khan Younis, Deir al-Balah, Nuseirat, Rafah and al-Mawasi are places; a date said in
English inside a translated voice note ("the 31st of January") is a date; an interpreter's registration number, a CAD number, a police
log number, an exhibit number and a court case number are not marked; a number attributed to a person in a police extract is a phone.

Self-check without the detector: `python -m bench.redaction_set36` (and tests/test_redaction_set36.py) runs set 15's checker (which
runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a name) and
counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,192 gold spans, 684 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Common / Hedley family (white British), Hirst, Ashington, with a nan in Newbiggin-by-the-Sea ------------------------

HOME_A = d.Address("41 Sixth Avenue", "Hirst", "Ashington", "NE63 9JE")
NAN_A = d.Address("6 Gibson Street", "", "Newbiggin-by-the-Sea", "NE64 6LX")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Brooke", "Common")],
            dt.date(2017, 4, 22),
            addresses=[HOME_A],
            ids=["500 410 8234", "B929222330097"],
            schools=["Wansbeck Fields Primary School"],
        ),
        _p("s", "sibling", [("Alfie", "Hedley")], dt.date(2023, 2, 9), addresses=[HOME_A], ids=["465 848 1960"]),
        _p("m", "mother", [("Jade", "Common")], dt.date(1995, 8, 3), addresses=[HOME_A], phones=["07860 302 267"], ids=["JC 38 19 52 B"]),
        _p("f", "father", [("Lee", "Hedley")], dt.date(1991, 12, 14), addresses=[HOME_A], phones=["07983 171 631"]),
        _p("g", "grandparent", [("Pauline", "Common")], dt.date(1968, 6, 30), addresses=[NAN_A], phones=["01670 531507"]),
        _p("p1", "professional", [("Fiona", "Charlton")], phones=["01670 556486"], emails=["fiona.charlton@wansbeckcoquet.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "education welfare officer's home visit note",
        """WANSBECK AND COQUET COUNCIL - EDUCATION WELFARE SERVICE - HOME VISIT RECORD
Pupil: [[COMMON, Brooke|name]]   DOB: [[22.04.2017|dob]]   UPN: [[B929222330097|upn]]   Year 4
School: [[Wansbeck Fields Primary School|school]], [[Ashington|place]]   Attendance this term: 71.4% (to [[27/11/2026|date]])
Address: [[41 Sixth Avenue|address]], [[Hirst|place]], [[Ashington|place]] [[NE63 9JE|postcode]]
Officer: [[Gary Straughan|name]] (EWO)   Visit: Monday [[30 November 2026|date]], 08:40   Announced: no

Knocked at 08:40. No answer at the front so went round the back lane. [[Brooke|name]] opened the back door in her
pyjamas and said "Mam's in bed" and that her little brother [[Alfie|name]] was "still asleep on the settee". Mother,
[[Jade Common|name]], came down about five minutes later. She said she had a migraine and [[Brooke|name]] "had a
tummy ache". Kitchen: dishes piled, bin overflowing, a smell of dog (two Staffies, Tyson and Lola, in the yard), no
milk in the fridge, a loaf and some cereal. [[Brooke|name]] said she has "cheese strings" for breakfast.

Mother said her partner [[Lee Hedley|name]] ([[Alfie|name]]'s dad) works away on the wind farms at Blyth Offshore and is
back Friday. She said her own mam, [[Pauline Common|name]], who lives at [[Newbiggin|place]] ([[6 Gibson Street|address]]), usually takes
[[Brooke|name]] to school but has had a fall and "can't do the bus". The neighbour at [[no. 39|address]], Mrs [[Irene Brotherton|name]],
came out while I was leaving and said "that bairn's on her own a lot", that she had given [[Brooke|name]] her tea twice last
week, and that there had been shouting on Saturday [[28th|date]] "at all hours".

Absences this term: [[14|date]]-[[18 September|date]] (mother said chickenpox, no GP note), [[5 October|date]], [[12|date]] and
[[13 October|date]], the
week of [[2 November|date]] (mother said "family trip to [[Berwick|place]]"), [[23 November|date]], [[27 November|date]]. Late 19 times.

Agreed: [[Brooke|name]] to school today (I drove her with mother's consent, arrived 09:25, handed to Mrs [[Dawn Tait|name]],
the school's family liaison worker). Mother to ring me on [[01670 556486|phone]] by Wednesday. I will ask [[Fiona Charlton|name]],
the school's DSL, to put in an early help assessment and will speak to the health visitor about [[Alfie|name]]
(aged 3, not at nursery; his funded place at [[Little Acorns Nursery|school]] in [[North Seaton|place]] lapsed after half term).

Next visit booked for Thursday [[3 December|date]] at 08:30. [[G. Straughan|name]], EWO, [[30/11/26|date]]
""",
    ),
    (
        "Facebook Messenger chat between mother and nan, photographed and typed up",
        """Typed up by [[F. Charlton|name]] (DSL) from photos [[Pauline|name]] showed me on her phone at school,
[[2 December 2026|date]]. Spelling as written.
Chat: "[[Jade|name]] 💕" and "Mam" (the nan's phone, saved by [[Jade|name]] as "Mam")

Sat [[28 Nov|date]]
Mam 07:58  u up pet. can u get [[brooke|name]] the morra am not fit for the bus me hip is killin
[[Jade|name]] 💕 08:14  cant mam [[lee|name]] back tonite
Mam 08:15  he said friday
[[Jade|name]] 💕 08:15  well hes back early innit. dont start
Mam 08:20  is he drinkin again. i herd from [[sandra|name]] at the club hes been in the portland all week not on no wind farm
[[Jade|name]] 💕 08:31  [[sandra|name]] wants to mind her own. shes a gob on her
Mam 08:33  just tell us the truth [[jade|name]]. [[brooke|name]] says he shouts at u
[[Jade|name]] 💕 08:40  [[brooke|name]]s 9 she says all sorts
Mam 08:41  she's not daft. she told [[irene|name]] next door she hides under the bed wi [[alfie|name]] when he's "like that"
[[Jade|name]] 💕 08:52  [[irene brotherton|name]] can f off an all. ill bring them to urs sunday if u want them that bad
Mam 08:53  yes please pet. ill do a dinner. our [[karen|name]]'s comin from [[cramlington|place]] wi the twins
Sun [[29 Nov|date]]
Mam 18:02  where are u. dinners ruined
Mam 19:47  [[jade|name]] answer ur phone
Mam 21:30  ive rang [[lee|name]] [[07983 171 631|phone]] and he just laughed. am ringin the police if u dont answer
[[Jade|name]] 💕 21:41  dont u dare. were fine. [[alfie|name]] was bad wi his chest thats all
Mam 21:42  send us a pic of the bairns then
[[Jade|name]] 💕 21:55  [photo]
Mam 21:56  whys [[brooke|name]] got a mark on her cheek
[[Jade|name]] 💕 21:58  she fell off the trampoline at [[kayleigh|name]]s. ask [[kayleigh|name]]'s mam if u dont believe us
Mam 22:01  [[kayleigh|name]] who
[[Jade|name]] 💕 22:03  [[kayleigh robson|name]]. lives up [[hirst|place]]. mam stop man
Mon [[30 Nov|date]]
Mam 09:40  the school man come to urs?? mrs [[tait|name]] rang me. good. someone needs to
[[Jade|name]] 💕 09:58  thanks a lot mam ur the one who grassed
""",
    ),
    (
        "initial child protection conference report, social worker's analysis",
        """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Children: [[Brooke Common|name]] (dob [[22/04/2017|dob]], NHS [[500 410 8234|nhs]]) and [[Alfie Hedley|name]] (dob [[09/02/2023|dob]],
NHS [[465 848 1960|nhs]]), both of [[41 Sixth Avenue|address]], [[Ashington|place]] [[NE63 9JE|postcode]]
Conference: Tuesday [[22 December 2026|date]], 10:00, County Hall, [[Morpeth|place]] (and on Teams)   Chair: [[Yvonne Hindmarsh|name]], IRO
Author: [[Carl Armstrong|name]], Social Worker, North East Locality Team, [[0191 506 5063|phone]]

1. Why we are here
On [[1 December 2026|date]] [[Brooke|name]] told her class teacher, Mr [[Owen Cairns|name]], that "[[Lee|name]] pushed me into the door"
on the
Sunday night, and that her nan "was going to get us but we never went". She had a yellowing bruise about 3 cm on her
left cheekbone. A strategy discussion on [[2 December|date]] (police: DC [[Rachael Ord|name]], Northumbria Police; health: Sister
[[Linda Pringle|name]], named nurse, Wansbeck General Hospital; school: [[Fiona Charlton|name]]) agreed a joint section 47 enquiry.
[[Brooke|name]] was seen by the community paediatrician, Dr [[Anjali Mehta|name]], at the child development centre in
[[Cramlington|place]] on [[3 December|date]]; Dr [[Mehta|name]] found the bruise consistent with a push against a door frame and not with
a fall from a trampoline, and two older bruises on the upper arm "in a grip pattern".

2. The family
[[Jade Common|name]] (31, dob [[03/08/1995|dob]], NI [[JC 38 19 52 B|ni]]) is [[Brooke|name]]'s mother and [[Alfie|name]]'s.
[[Brooke|name]]'s father, [[Ryan Bell|name]], has
had no contact since 2019 and is thought to be living in [[Peterborough|place]]. [[Alfie|name]]'s father is [[Lee Hedley|name]] (34), who
lives at the house most of the time and gives his address to the DWP as his mother's, [[Margaret Hedley|name]], of
[[Milburn Road|address]], [[Ashington|place]]. Maternal grandmother [[Pauline Common|name]] lives in [[Newbiggin-by-the-Sea|place]]; she
cared for [[Brooke|name]] for eight months in 2020 and has asked to be considered again. A maternal aunt, [[Karen Elliott|name]],
lives in [[Cramlington|place]] with twin boys and her partner [[Stuart|name]].

3. What we know (chronology, short)
[[12/06/2024|date]]  Police called by a neighbour to shouting; [[Lee|name]] left before officers arrived. No further action.
[[04/01/2025|date]]  [[Jade|name]] to A&E at Northumbria Specialist Emergency Care Hospital, [[Cramlington|place]], with a cut lip; said
she fell.
[[19.08.2025|date]]  Health visitor [[Kathryn Bolam|name]]: [[Alfie|name]] not brought to his 2-year review; seen at home in
            the October half term instead; weight on the 9th centile, speech delayed.
[[30/11/2026|date]]  EWO home visit (see [[Gary Straughan|name]]'s note); [[Brooke|name]]'s attendance 71%.
[[01/12/2026|date]]  [[Brooke|name]]'s disclosure at school.

4. Analysis
The worry is not one bruise. [[Brooke|name]] is nine and is doing the jobs of an adult: getting [[Alfie|name]] up, feeding him,
hiding with him when [[Lee|name]] is drunk. [[Jade|name]] loves her children and was open with me about her low mood since
[[Alfie|name]]'s birth, but she minimises [[Lee|name]]'s violence and told me "it's only when he's had a drink". [[Lee|name]] declined
to meet me; he rang me from [[07983 171 631|phone]] and said the family "don't need the social". [[Pauline|name]] is a protective
factor, but she is 58, recovering from a hip fracture, and lives in a one-bedroom flat.

5. Recommendation
Child protection plans for both children under the category of physical abuse for [[Brooke|name]] and neglect for [[Alfie|name]].
[[C. Armstrong|name]], [[15.12.2026|date]]
""",
    ),
    (
        "grandmother's handwritten letter to the conference, scanned with OCR",
        """[scanned 3 pages, handwritten on lined paper, OCR text below, checked against the image by admin [[T. Mavin|name]]
[[17/12/26|date]]]

                                                         [[6 Gibson St|address]]
                                                         [[Newbiggin by the Sea|place]]
                                                         [[NE64 6LX|postcode]]
                                                         [[16th Decmber 2026|date]]
To the Chair of the meeting about my grandbairns [[Brooke|name]] and [[Alfie|name]]

Dear Mrs [[Hindmarsh|name]],
My name is [[Pauline Common|name]] and I am [[Jade|name]]'s mam. I cannot come to the meeting on the [[22nd|date]] because I am still
on crutches and there is no bus from [[Newbiggin|place]] that gets to [[Morpeth|place]] for 10 o clock, so Mr [[Arm-
strong|name]] said to write it down.

I have had [[Brooke|name]] before. When she was 3 [[Jade|name]] was poorly after she split from [[Ryan|name]] and [[Brooke|name]] lived
with me from Febuary 2020 till the Autumn. She went to nursery at [[Newbiggin Sea View First|school]] and she was a diffrent
bairn, happy. I would have her again tomorrow and [[Alfie|name]] as well. I know my flat is small but the council
(Mr [[Dodds|name]] at housing) said they would look at a two bed on [[Woodhorn Road|address]] if the social backed it.

I want to say about [[Lee|name]]. He is not a bad lad when hes sober but he is never sober. He hit [[Jade|name]] in 2024 and
I saw the mark. My neighbour [[Mavis Hall|name]] saw him drag her out the car outside the Spar on [[Front St|address]]. He
says things to [[Brooke|name]] like shes thick and shes a [[Common|name]] not a [[Hedley|name]]. She told me she wishes she lived at the
seaside with Nanna. I am not making it up to get [[Jade|name]] in bother I love my daughter.

My other daughter [[Karen|name]] in [[Cramlington|place]] will help with the school run when I cant. Her number is
[[07842 032 545|phone]]. Mine is [[01670 531507|phone]] or my mobile [[07711 397 755|phone]].

Yours sincerly
[[P. Common|name]] ([[Pauline|name]])
""",
    ),
]


# --- B. Rowntree / Marley family (white British), Biddick Hall, South Shields, with a father in Jarrow ----------------------

HOME_B = d.Address("17 Cheviot Road", "Biddick Hall", "South Shields", "NE34 9PF")
DAD_B = d.Address("Flat 3, 28 Ellison Street", "", "Jarrow", "NE32 3JU")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Mason", "Rowntree")],
            dt.date(2011, 10, 5),
            addresses=[HOME_B],
            ids=["765 636 2185", "A393176986406"],
            schools=["Harton Moor Academy"],
        ),
        _p("s", "sibling", [("Lacey", "Marley")], dt.date(2015, 7, 19), addresses=[HOME_B], ids=["738 427 9585"]),
        _p("m", "mother", [("Kirsty", "Marley")], dt.date(1990, 1, 28), addresses=[HOME_B], phones=["07427 739 528"]),
        _p(
            "f", "father", [("Darren", "Rowntree")], dt.date(1987, 3, 2), addresses=[DAD_B], phones=["07816 526 481"], ids=["RK 47 22 81 A"]
        ),
        _p("p1", "professional", [("Hannah", "Scorer")], phones=["0191 377 7681"], emails=["hannah.scorer@tynemouthshields.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "return home interview after a missing episode",
        """RETURN HOME INTERVIEW (RHI) - MISSING FROM HOME
Young person: [[ROWNTREE, Mason|name]]   DOB: [[05/10/2011|dob]]   Age: 15   UPN: [[A393176986406|upn]]
Home: [[17 Cheviot Road|address]], [[Biddick Hall|place]], [[South Shields|place]], [[NE34 9PF|postcode]] (mother
[[Kirsty Marley|name]], [[07427 739 528|phone]])
Missing: 19:30 Friday [[6 November 2026|date]] to 02:15 Sunday [[8 November 2026|date]] (found by police at Central Station,
[[Newcastle|place]])
Police ref: Northumbria Police missing person report (COMPACT)   Episode no. 4 this year ([[14/03|date]], [[02/07|date]],
[[19/09|date]], [[06/11|date]])
Interviewer: [[Jordan Ridley|name]], missing children worker, Barnardo's   RHI done: Wednesday [[11 November 2026|date]], 16:00,
at the Hub on [[Fowler Street|address]] (his choice, not at home)

Where he went and who with (his words as near as I could get them)
"Went to [[Jarrow|place]] first to me dad's but he wasn't in." (His father, [[Darren Rowntree|name]], [[Flat 3, 28 Ellison
Street|address]], [[Jarrow|place]].) "Then I got the Metro to [[Heworth|place]] with [[Tyler|name]] and that. Stopped at
[[Tyler|name]]'s cousin's in
[[Felling|place]], I divvent know the street, it's near the Asda. Just chilled. Played the Xbox." [[Tyler|name]] is [[Tyler Wake|name]], 17,
known to the exploitation team. The cousin was called "[[Deano|name]]" or "[[Dean-o|name]]", older, "about 20", with a black
Audi. [[Mason|name]] later said the reg "had JLS in it" and then said he was joking. He would not say why they went to
[[Newcastle|place]] at 1 in the morning.

He had £160 and a new phone when found. He said [[Deano|name]] gave him £60 "for helping" and that the phone was "off
[[Lacey|name]]'s birthday money". His sister [[Lacey|name]] is 11. He said he "just carried a bag from one car to another"
outside the Lidl at [[Pelaw|place]].

Push and pull factors
Home: he says he and his mam "argue all the time"; her partner [[Gavin|name]] "doesn't like" him. He misses his dad and
his grandad, [[Tommy Rowntree|name]], who died this spring ("he used to take us fishing off the Groyne"). School: he was excluded for
five days from
[[Harton Moor Academy|school]] after half term for swearing at Mr [[Pattinson|name]], and "everyone knows" he is on a reduced
timetable. Friends: [[Tyler|name]]; a girl called [[Skye|name]] from [[Whiteleas|place]] he says is his girlfriend.

Risks seen: criminal exploitation (county lines pattern: cash, a new phone, older males, a car, a bag, late travel to
[[Newcastle|place]]); possible drug use (he said "only a bit of weed"). He said nobody hurt him. He had a graze on his knuckles.

What he wants: "to live at me dad's". To go back to boxing at the club in [[Hebburn|place]] with his coach, [[Micky Fenwick|name]].

Shared with: [[Hannah Scorer|name]] (social worker, [[0191 377 7681|phone]]); PC [[Shaun Heslop|name]] (missing from home coordinator);
school DSL Mrs [[Angela Routledge|name]]. Flagged to the exploitation panel on [[18 November|date]].
[[J. Ridley|name]], [[11/11/2026|date]]
""",
    ),
    (
        "messages from a phone download (Snapchat and SMS), police extract summary",
        """NORTHUMBRIA POLICE - DIGITAL MEDIA INVESTIGATION - EXTRACT SUMMARY (selected messages, relevant to safeguarding)
Exhibit: JR/4 - Samsung A15 seized from [[Mason ROWNTREE|name]] on [[08/11/2026|date]]   Examiner: [[P. Younger|name]] (DMI)
Owner's saved name in the phone: "[[mase|name]]"   Times UTC.   Handles are shown as in the app; the examiner has added real names where
known.

Snapchat - chat with "deano.ss" (real name: [[Dean Oliver Purvis|name]], dob [[14/02/2006|dob]])
[[2026-11-06|date]] 19:41  deano.ss: u still about wi [[tyler|name]]
[[2026-11-06|date]] 19:42  [[mase|name]]: ye at [[heworth|place]]
[[2026-11-06|date]] 19:44  deano.ss: come to mine. [[ashley rd|address]]. knock twice
[[2026-11-06|date]] 22:58  deano.ss: need u n [[ty|name]] to take summat up [[toon|place]] later. 60 each
[[2026-11-06|date]] 22:59  [[mase|name]]: wat is it
[[2026-11-06|date]] 23:00  deano.ss: dont ask wat is it lol. its a bag. [[lewis|name]] will drive
[[2026-11-07|date]] 00:37  deano.ss: [[jesmond|place]] first then back to the multi storey at [[gateshead|place]]
[[2026-11-07|date]] 00:38  [[mase|name]]: me mam keeps ringin
[[2026-11-07|date]] 00:38  deano.ss: block her then
[[2026-11-07|date]] 15:12  deano.ss: ur sister's on insta. [[lacey marley|name]] ye. cute
[[2026-11-07|date]] 15:13  [[mase|name]]: leave her out of it man shes 11
[[2026-11-07|date]] 15:14  deano.ss: calm down. just sayin i know where [[cheviot rd|address]] is

SMS - with "Mam" ([[07427 739 528|phone]])
[[07/11/2026|date]] 01:02  Mam: [[MASON|name]] WHERE ARE YOU. Ive rang the police
[[07/11/2026|date]] 01:15  Mam: [[Gavin|name]] is out in the car looking. Ring me
[[07/11/2026|date]] 09:30  Mam: [[Lacey|name]] is crying her eyes out. Please son
[[07/11/2026|date]] 14:48  [[mase|name]]: im fine stop ringin the police

SMS - with "Dad" ([[07816 526 481|phone]])
[[07/11/2026|date]] 20:03  [[mase|name]]: can i stop at urs
[[07/11/2026|date]] 20:40  Dad: not the night son im at [[Mandy|name]]s in [[Boldon|place]]. sunday ye
[[07/11/2026|date]] 20:41  [[mase|name]]: forget it

WhatsApp - group "[[BIDDY HALL|place]] LADS" (11 members; messages from [[Tyler Wake|name]], [[Skye Ferry|name]] and a "[[Connor H|name]]")
[[2026-11-08|date]] 01:10  [[Tyler|name]]: they've got [[mase|name]] at central
[[2026-11-08|date]] 01:11  [[Connor H|name]]: is he grassin
[[2026-11-08|date]] 01:12  [[Skye|name]]: hes not a grass. leave him

Examiner's note: "deano.ss" is attributed to [[Purvis|name]] from subscriber checks on [[07549 753 735|phone]]. A second number
in the address book, saved as "[[LEWIS|name]] TAXI" ([[07451 255 591|phone]]), is attributed to [[Lewis Carr|name]], 22, of
[[Leam Lane|place]].
""",
    ),
    (
        "exploitation strategy meeting minutes",
        """SOUTH TYNESIDE - CHILD EXPLOITATION STRATEGY MEETING - MINUTES
Re: [[Mason Rowntree|name]] (15), [[Biddick Hall|place]]   Date: Thursday [[19 November 2026|date]], 14:00, Town Hall,
[[South Shields|place]] and Teams
Chair: [[Nicola Gibbon|name]] (Team Manager, Adolescent Service)   Minutes: [[Sophie Usher|name]]

Present: [[Hannah Scorer|name]] (SW); DS [[Craig Robson|name]] and PC [[Shaun Heslop|name]] (Northumbria Police, Operation Sentinel);
Mrs [[Angela Routledge|name]] (DSL, [[Harton Moor|school]]); [[Jordan Ridley|name]] (Barnardo's); [[Zoe Mallaburn|name]] (school nurse);
[[Ian Swinburne|name]] (YOT). Apologies: Dr [[Kwame Mensah|name]] (GP, Flagg Court Health Centre).

1. Update since the RHI ([[Jordan|name]]). [[Mason|name]] went missing again on [[14 November|date]] for six hours and came home with
   a black eye. He told his mother he fell off a scooter on [[Prince Edward Road|address]]. His sister [[Lacey|name]] (11, at
   [[Bede Burn Primary|school]] in [[Jarrow|place]]) told her teacher that "a man called [[Deano|name]]" had messaged her on Instagram.

2. Police (DS [[Robson|name]]). [[Dean Purvis|name]] ("[[Deano|name]]", 20, of [[Ashley Road|address]], [[Felling|place]]) and
[[Lewis Carr|name]]
   (22, [[Leam Lane|place]]) are linked to a line running from [[Gateshead|place]] into [[Jesmond|place]] and [[Heaton|place]]. A black
   Audi A3, [[NL71 XKD|vehicle]], registered to [[Carr|name]]'s mother, was stopped on the A184 on [[15/11/2026|date]] with
[[Tyler Wake|name]]
   in the back. A Child Abduction Warning Notice will be served on [[Purvis|name]] for [[Mason|name]] and [[Lacey|name]].

3. School (Mrs [[Routledge|name]]). Attendance 58%. On a reduced timetable until [[4 December|date]]. A referral to the
   alternative provision at [[Boldon Lane Centre|school]] has been made. [[Mason|name]] is good at art; Mr [[Pattinson|name]] has
   apologised to him for the way the exclusion was handled.

4. Family. Mother [[Kirsty|name]] is exhausted and frightened for [[Lacey|name]]. Her partner, [[Gavin Tweddle|name]], has agreed to
   stay at his own flat in [[Simonside|place]] for now. Father [[Darren|name]] wants [[Mason|name]] to live with him in [[Jarrow|place]];
   he has a one-bedroom flat and a new partner, [[Mandy Coxon|name]], who lives in [[East Boldon|place]].

Actions
- HS: joint visit to dad's flat with [[Darren|name]] before Friday [[27 November|date]]; talk to [[Mandy Coxon|name]].
- CR: serve the warning notice; check the Audi [[NL71 XKD|vehicle]] against ANPR for [[6|date]]-[[8 November|date]].
- JR: weekly sessions with [[Mason|name]] on Tuesdays at the Hub; boxing taster with [[Micky Fenwick|name]] in [[Hebburn|place]].
- AR: safety plan for [[Lacey|name]] with [[Bede Burn|school]] staff; Instagram account to be made private.
Next meeting: [[10 December 2026|date]].
""",
    ),
    (
        "youth worker's notes typed fast on a phone, pasted into the record",
        """pasted from Notes app - [[jordan ridley|name]] - barnardos - [[24/11|date]] and [[25/11|date]]

tues [[24/11|date]] 4pm hub. [[mase|name]] came 20 mins late w/ [[skye ferry|name]] (she waited outside). quiet. hood up.
said [[deano|name]] "not bothered about me now" since police took his phone. asked abt the black eye - "leave it".
said [[lewis carr|name]] came past the house twice sat night in a white corsa. didnt get reg. told him tell [[hannah|name]]/[[shaun|name]].
he wants to go to his dads in [[jarrow|place]] for xmas. says [[gav|name]] is "alright really" but mam "picks him over us".
boxing - he'll go thurs if i pick him up. [[micky|name]] says he can train free till the new year.
[[lacey|name]] rang him while we were there, he was nice to her, called her "[[lace|name]]". said shes scared to walk
past the shops on [[hedworth lane|address]] on her own.
[[skye|name]] said her nana lives on [[galsworthy rd|address]] and [[mase|name]] stops there sometimes. nana = [[brenda ferry|name]]? check.
wed [[25/11|date]] rang mam [[07427 739 528|phone]] 9.10am - no ans. txt sent. [[kirsty|name]] rang back 12.30:
[[mason|name]] home last night by 9. [[gavin|name]] back at his flat in [[simonside|place]] since sunday.
- rang [[hannah scorer|name]] 1pm, passed on corsa + [[lewis|name]]. she'll tell DS [[robson|name]].
- next sesh tues [[1st|date]] 4pm. taster at [[hebburn|place]] boxing club thurs [[26th|date]] 6pm, pick up from [[cheviot rd|address]] 5.30
""",
    ),
]


# --- C. Scott / Washington family (white British), Town End Farm, Sunderland, with a father in Washington --------------------

HOME_C = d.Address("22 Tunstall Grove", "Town End Farm", "Sunderland", "SR5 4LW")
DAD_C = d.Address("9 Hodgson Avenue", "Concord", "Washington", "NE37 2PT")
NAN_C = d.Address("31 Rhodes Street", "Southwick", "Sunderland", "SR5 2HR")
RECORD_C = d.CaseRecord(
    [
        _p("c", "subject", [("Maisie-Rae", "Washington")], dt.date(2026, 8, 17), addresses=[HOME_C], ids=["209 672 3655"]),
        _p("m", "mother", [("Amber", "Scott")], dt.date(2006, 5, 11), addresses=[HOME_C], phones=["07377 288 940"], ids=["374 903 8783"]),
        _p(
            "f",
            "father",
            [("Kyle", "Washington")],
            dt.date(2003, 9, 27),
            addresses=[DAD_C],
            phones=["07930 540 936"],
            ids=["JW 12 64 90 C"],
        ),
        _p("g", "grandparent", [("Tracey", "Scott")], dt.date(1981, 2, 4), addresses=[NAN_C], phones=["0191 445 8033"]),
        _p("p1", "professional", [("Becky", "Laidler")], phones=["0191 307 6996"], emails=["becky.laidler@wearmouthcity.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "health visitor's new birth visit record",
        """HEALTH VISITING SERVICE - NEW BIRTH VISIT (NBV) - SystmOne entry, printed [[08/09/2026|date]]
Child: [[Maisie-Rae WASHINGTON|name]]   NHS No: [[209 672 3655|nhs]]   DOB: [[17-Aug-2026|dob]]   Born: Sunderland Royal Hospital, 38+2
Mother: [[Amber SCOTT|name]] (20)   NHS No: [[374 903 8783|nhs]]   Mobile: [[07377 288 940|phone]]
Address: [[22 Tunstall Grove|address]], [[Town End Farm|place]], [[Sunderland|place]] [[SR5 4LW|postcode]]
GP: Castletown Medical Centre   HV: [[Lindsey Errington|name]], 0-19 Team North   Visit: Thursday [[27 August 2026|date]], 11:15

Present: [[Amber|name]], baby, maternal grandmother [[Tracey Scott|name]] (lives [[Southwick|place]], came over for the visit), and for
the first 10 minutes the father [[Kyle Washington|name]] (23), who lives with his mother in [[Concord|place]], [[Washington|place]], and
left for work ("on the line at Nissan").

Feeding: bottle (SMA), 90 ml 3-hourly, made up correctly when observed. Weight 3.21 kg (birth 3.34 kg). Cord off.
Sleep: Moses basket in [[Amber|name]]'s room; the flat has one bedroom. Safe sleep discussed: [[Amber|name]] said she sometimes
falls asleep on the settee with [[Maisie|name]] on her chest "when she won't settle". Lullaby Trust leaflet given.
Home: clean, warm; smoke alarm fitted; two dogs in the kitchen behind a gate (a husky called Storm and a Frenchie).
Mood: EPDS 14 (raised). [[Amber|name]] cried when talking about her own childhood (she was in care from 13 to 16, placed
in [[Hetton-le-Hole|place]] and then with foster carers, Mr and Mrs [[Tindle|name]], in [[Seaburn|place]]). She has no contact with her
father, [[Paul Scott|name]]. She said [[Kyle|name]] "gets jealous" and checks her phone.
Routine enquiry (asked when [[Kyle|name]] and [[Tracey|name]] had gone into the kitchen): [[Amber|name]] said [[Kyle|name]] had "grabbed
her by the neck once" when she was seven months pregnant, at his mam's house, and that his mam, [[Denise Washington|name]],
pulled him off. No police involvement. She does not want him to leave the baby's life.

Plan: referral to Together for Childhood / early help with [[Amber|name]]'s consent; DA disclosure shared with the GP (Dr
[[Hussain|name]]) and, as it involves an unborn child and strangulation, with children's social care ([[Becky Laidler|name]],
front door, [[0191 307 6996|phone]]) on [[27/08/2026|date]]. Perinatal mental health referral. Next contact: 6-8 week review on
[[06/10/2026|date]] at the Red House Family Hub, [[Red House|place]].
[[L. Errington|name]] HV, [[27/08/2026|date]] 14:30
""",
    ),
    (
        "text messages between the social worker and the mother, exported from a work phone",
        """Work mobile SMS export, [[Becky Laidler|name]] (SW), thread with "[[Amber S|name]] mam of baby MRW" ([[07377 288 940|phone]])
Exported [[04/11/2026|date]] for the case file. B = [[Becky|name]]; A = [[Amber|name]].

[[02/09/2026|date]] 10:02 B: Hi [[Amber|name]], it's [[Becky|name]] from children's services, [[Lindsey|name]] the HV said she'd told
you I'd
ring. Are you ok to talk today or tomorrow? No one is in trouble x
[[02/09/2026|date]] 13:47 A: ye ok. tmrw after 1. [[kyle|name]] is in work then
[[02/09/2026|date]] 13:48 A: dont come to the door when hes in pls
[[03/09/2026|date]] 13:10 B: Outside now, grey Fiesta
[[15/09/2026|date]] 08:55 A: [[maisie|name]] has a rash on her neck and my mam says its the washing powder. the dr cant see her till wed
[[15/09/2026|date]] 09:03 B: Ring 111 or take her to the urgent care at [[Pallion|place]], I can meet you there if you want?
[[15/09/2026|date]] 09:40 A: my nan [[sylvia|name]] is taking us in her car its fine
[[29/09/2026|date]] 22:14 A: hes been in the house. [[kyle|name]]. he said hes takin [[maisie-rae|name]] to his mams in [[washi|place]]
and i cant stop him
[[29/09/2026|date]] 22:15 A: hes not drunk just high
[[29/09/2026|date]] 22:31 B: [[Amber|name]] I'm not on duty but I've seen this. If you are scared or he takes her please ring 999 now.
Out of hours
is 0191 520 5560. I'll ring you at 9 tomorrow.
[[29/09/2026|date]] 22:50 A: he left. she's here. [[jodie|name]] from upstairs come down and he went
[[30/09/2026|date]] 09:00 B: Morning. Ringing you now
[[12/10/2026|date]] 16:20 A: can u ring [[kayla|name]] at the family hub she says u need to sign the form for the baby group
[[12/10/2026|date]] 16:22 B: Will do. Is that [[Kayla Dunn|name]]?
[[12/10/2026|date]] 16:40 A: ye. and my mam wants to come to the meeting on the [[21st|date]] is that ok. she lives in
[[southwick|place]] now not
[[hylton castle|place]]
[[12/10/2026|date]] 16:41 B: Of course, [[Tracey|name]] is welcome. It's at [[Hylton Castle|place]] children's centre though so close to
her old house!
[[03/11/2026|date]] 19:05 A: [[kyle|name]]s mam [[denise|name]] keeps messaging me on fb sayin il never see her grandbairn again if i keep
talkin to u. shes at [[hodgson ave|address]]
[[03/11/2026|date]] 19:06 A: screenshot ⬇
[[03/11/2026|date]] 19:06 A: [image: Facebook message from "[[Denise Washington|name]]": "u think ur clever wi ur social worker.
[[kyle|name]]s
solicitor mr [[braithwaite|name]] says he'll get 50/50 and then well see"]
""",
    ),
    (
        "family group conference family plan",
        """FAMILY GROUP CONFERENCE - THE FAMILY'S PLAN FOR [[MAISIE-RAE|name]]
Held: Saturday [[21 November 2026|date]], 10:30-15:00, Hylton Castle Children's Centre, [[Sunderland|place]]
Coordinator: [[Wendy Kirtley|name]] (independent FGC coordinator)   Social worker (information giving only): [[Becky Laidler|name]]

Who came: [[Amber Scott|name]] (mam); [[Tracey Scott|name]] (nana, [[31 Rhodes Street|address]], [[Southwick|place]]); great-nana
[[Sylvia Lumsden|name]]
([[Grindon|place]]); [[Amber|name]]'s friend [[Jodie Kell|name]] (lives in the flat above, [[no. 24|address]]); [[Amber|name]]'s former
foster
carer [[Carol Tindle|name]] ([[Seaburn|place]]); paternal grandmother [[Denise Washington|name]] ([[Concord|place]]) for the morning only.
[[Kyle Washington|name]] was invited and did not come; he sent a text saying he was at work in [[Boldon|place]].
Private family time: 12:10-13:40.

Our plan (written by [[Jodie|name]] in the family's words)
1. Nights. [[Amber|name]] and [[Maisie|name]] will stay at Nana [[Tracey|name]]'s on Friday and Saturday nights until the new year,
   because that is when [[Kyle|name]] comes round after the pub. [[Tracey|name]]'s number [[0191 445 8033|phone]].
2. If [[Kyle|name]] turns up. [[Amber|name]] won't open the door. [[Jodie|name]] ([[07545 515 209|phone]]) will come down. Anyone will
ring 999.
3. Sleep. [[Maisie|name]] always goes in her cot. Great-nana [[Sylvia|name]] has given the cot that was at her old house on [[Ryhope
   Road|address]], before she moved to [[Grindon|place]].
4. [[Amber|name]]'s low mood. [[Carol|name]] will take her to her appointment with the perinatal team at Monkwearmouth Hospital
   on [[3 December|date]] and [[17 December|date]]. [[Carol|name]] says "[[Amber|name]] was the best kid we had, she just needs someone
in her corner."
5. Contact with [[Kyle|name]]'s side. [[Denise|name]] wants to see [[Maisie|name]]. The family agrees she can visit at [[Tracey|name]]'s on
   Sunday afternoons if she does not bring [[Kyle|name]] or talk about court. [[Denise|name]] agreed before she left at 12:00.
6. Money. [[Amber|name]]'s Universal Credit was stopped after a missed appointment at the jobcentre on [[High Street West|address]].
   [[Tracey|name]] will go with her on Tuesday [[24 November|date]].
Review: family to meet again with [[Wendy|name]] on [[16/01/2027|date]]. Signed by everyone present.
""",
    ),
    (
        "police body-worn video transcript of a domestic abuse call",
        """NORTHUMBRIA POLICE - BODY WORN VIDEO - TRANSCRIPT (typed by the case file admin, [[Leanne Gray|name]], from BWV clip 2 of 3)
Incident: CAD 1719 [[12/12/2026|date]]   Location: [[22 Tunstall Grove|address]], [[SR5 4LW|postcode]]   Officers: PC 4410
[[Callum Nesbitt|name]] (camera),
PC 2863 [[Priya Shah|name]]   Time on clip: 23:52:10 to 23:58:44

23:52 PC [[NESBITT|name]]: Police, open the door please. ... Hiya, what's your name?
      FEMALE: [[Amber|name]]. [[Amber Scott|name]].
      PC [[NESBITT|name]]: Your neighbour upstairs rang us. Who else is in the flat, [[Amber|name]]?
      FEMALE: Just the baby. He's gone. He went out the back.
      PC [[SHAH|name]]: Who's he?
      FEMALE: [[Kyle|name]]. [[Kyle Washington|name]]. Her dad.
23:53 PC [[NESBITT|name]]: Is the baby OK? Can I see her? [camera shows a baby in a cot, crying]
      FEMALE: [[Maisie|name]]. She's fine, she's just scared. He never touched her.
      PC [[SHAH|name]]: What's happened to your neck, pet?
      FEMALE: ... He had us against the fridge. I couldn't breathe for a bit.
23:54 PC [[SHAH|name]]: Where would he go? Do you know his date of birth?
      FEMALE: His mam's. [[Hodgson Avenue|address]]. In [[Washington|place]], [[Concord|place]]. [[27th of September 2003|dob]].
      PC [[NESBITT|name]]: (radio) Control from 4410, male suspect [[Kyle WASHINGTON|name]], two-seven, zero-nine, zero-three, believed
      making his way to [[Concord|place]], [[Washington|place]], on foot or by taxi, white male, grey trackie, black North Face.
23:55 UPSTAIRS NEIGHBOUR (from the stairs): I'm the one who rang. [[Jodie|name]]. [[Jodie Kell|name]], flat upstairs. He was screaming
at her
      for ages, I heard her shout "get off" and the bang.
      PC [[SHAH|name]]: Thanks [[Jodie|name]], can you stay there, my colleague will take your details.
23:56 FEMALE: My mam's [[Tracey|name]]. Can someone ring her? [[0191 445 8033|phone]]. She's in [[Southwick|place]].
      PC [[SHAH|name]]: We'll get the ambulance to look at your neck, [[Amber|name]]. Any marks on his hands?
      FEMALE: He's got a tattoo that says "[[Maisie-Rae|name]] [[17.08.26|dob]]" on his hand.
23:57 PC [[NESBITT|name]]: Is there a social worker?
      FEMALE: [[Becky|name]]. [[Becky Laidler|name]]. Don't ring her now, it's midnight.
23:58 (radio) CONTROL: 4410, suspect detained by [[Washington|place]] patrol on [[Front Street|address]], [[Concord|place]], near the
Galleries.
      [end of clip 2]
Transcriber's note: the baby's date of birth on the tattoo is written as above; DASH completed separately (high risk, MARAC).
""",
    ),
]


# --- D. Blyth / Rutherford family (white British), kinship care in Cowpen, Blyth, with a mother in Bebside -----------------

HOME_D = d.Address("14 Durham Road", "Cowpen", "Blyth", "NE24 5LR")
MUM_D = d.Address("Flat 7, Elm Court", "Bebside", "Blyth", "NE24 4QL")
DAD_D = d.Address("52 Front Street West", "", "Bedlington", "NE22 5UB")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Harley", "Blyth")],
            dt.date(2016, 1, 8),
            addresses=[HOME_D],
            ids=["471 343 9223", "U929116481818"],
            schools=["Cowpen Burn Primary School"],
        ),
        _p(
            "s",
            "sibling",
            [("Ivy-Mae", "Blyth")],
            dt.date(2020, 6, 24),
            addresses=[HOME_D],
            ids=["135 680 9650", "F929179322388"],
            schools=["Cowpen Burn Primary School"],
        ),
        _p("m", "mother", [("Stacey", "Blyth")], dt.date(1994, 10, 12), addresses=[MUM_D], phones=["07719 207 699"]),
        _p("f", "father", [("Dale", "Rutherford")], dt.date(1989, 4, 1), addresses=[DAD_D], phones=["07793 034 869"]),
        _p(
            "g",
            "grandparent",
            [("Lorraine", "Blyth")],
            dt.date(1966, 11, 20),
            addresses=[HOME_D],
            phones=["01670 466365", "07775 565 188"],
            emails=["lorraineblyth66@hotmail.co.uk"],
        ),
        _p("p1", "professional", [("Helen", "Dunn")], phones=["01670 903695"], emails=["helen.dunn@wansbeckcoquet.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "special guardianship assessment report, summary and analysis",
        """SPECIAL GUARDIANSHIP ASSESSMENT (Regulation 21 report) - SUMMARY
Proposed special guardian: Mrs [[Lorraine BLYTH|name]], dob [[20/11/1966|dob]], of [[14 Durham Road|address]], [[Cowpen|place]],
[[Blyth|place]], [[NE24 5LR|postcode]]
Children: [[Harley Blyth|name]] (10, dob [[08/01/2016|dob]], NHS [[471 343 9223|nhs]]) and [[Ivy-Mae Blyth|name]] (6, dob
[[24/06/2020|dob]],
NHS [[135 680 9650|nhs]]), both living with her since [[3 March 2025|date]] under an interim care order
Court: Family Court at Newcastle upon Tyne, case NE25C00418   Assessor: [[Helen Dunn|name]], Kinship Team, [[01670 903695|phone]]

1. Mrs [[Blyth|name]] and her history
[[Lorraine|name]] was born and raised in [[Blyth|place]], the daughter of a miner at Bates pit, and has lived on [[Durham Road|address]]
for 31 years. She worked at the Asda in [[Cramlington|place]] until 2024 and now cares full time. She was married to
[[Billy Blyth|name]], the children's grandfather, who died in 2019; she describes him as "a grafter but handy with his fists
when he'd had a drink". [[Lorraine|name]] has two daughters: [[Stacey|name]] (32), the children's mother, and [[Nicola Anderson|name]]
(36), who lives in [[Seaton Delaval|place]] with her husband [[Gary|name]] and three children and is the main support.

2. The children
[[Harley|name]] is in Year 6 at [[Cowpen Burn Primary School|school]]; [[Ivy-Mae|name]] is in Year 2 there. Their head teacher, Mr
[[Adrian Scorer|name]], says both are settled and [[Harley|name]]'s attendance has gone from 62% (at [[Horton Grange|school]] while
living with [[Stacey|name]] in [[Bebside|place]]) to 97%. [[Harley|name]] has a diagnosis of ADHD and sees Dr [[Okafor|name]] at the
child development centre at North Tyneside General Hospital. [[Ivy-Mae|name]] ("[[Ivy|name]]") wet the bed nightly when she arrived;
this is now once or twice a month.

3. Parents
[[Stacey Blyth|name]] (dob [[12/10/1994|dob]]) lives at [[Flat 7, Elm Court|address]], [[Bebside|place]]. She has used heroin and
crack cocaine since 2021 and is on a methadone script with Humankind in [[Blyth|place]]. Her last positive test was on
[[19.11.2026|date]]. [[Dale Rutherford|name]] (dob [[01/04/1989|dob]]), [[Harley|name]]'s and [[Ivy-Mae|name]]'s father, lives at [[52 Front
Street West|address]], [[Bedlington|place]] with his partner [[Shannon Leck|name]] and her son. He sees the children every other
Saturday at the Family Centre in [[Ashington|place]], supervised by [[Marie Chapman|name]].

4. Analysis
Strengths: [[Lorraine|name]]'s love for the children is plain; she is consistent, firm and warm; [[Nicola|name]] and [[Gary|name]] are a
strong backup. Vulnerabilities: [[Lorraine|name]] is 60 with type 2 diabetes and a bad knee; [[Stacey|name]] turns up at the house
unannounced, and on [[4 August 2026|date]] arrived under the influence with a man known as "[[Spider|name]]" ([[Jamie Stoker|name]]),
who has convictions for supplying class A drugs. [[Lorraine|name]] rang the police herself; PC [[Joanne Gibb|name]] attended.

5. Recommendation
A special guardianship order to Mrs [[Blyth|name]] for both children, with a support plan (respite with [[Nicola Anderson|name]],
financial support, therapeutic parenting course at [[Hexham|place]]). [[H. Dunn|name]], [[30 November 2026|date]]
""",
    ),
    (
        "grandmother's own email to the social worker",
        """From: [[lorraine blyth|name]] <[[lorraineblyth66@hotmail.co.uk|email]]>
Sent: [[07 December 2026|date]] 23:14
To: [[Helen Dunn|name]] <[[helen.dunn@wansbeckcoquet.gov.uk|email]]>
Subject: our [[stacey|name]] AGAIN

[[Helen|name]] pet sorry its late but i need to tell you before i forget. [[Stacey|name]] come to the door tonight at 8 oclock
banging and shouting for the bairns. [[Harley|name]] was in the bath and [[Ivy|name]] was asleep. She was with that [[Spider|name]]
again and another lad i dont know, he had a van, white, i got some of the reg it was NK something. [[Harley|name]] heard her
and was shouting down the stairs "go away mam" and crying. I didnt open the door i spoke through the letterbox.
I rang 101 and they said they would send someone. Nobody come. [[Margaret Tait|name]] from [[no. 16|address]] come round and
sat with me. She says she has seen [[Stacey|name]] sitting on the wall at the end of [[Durham Rd|address]] twice this week.

I know shes my daughter and I love her but I cant have this. Can the judge put something in so she cant come to
the house. Our [[Nicola|name]] says the solicitor, Mr [[Robertson|name]] at [[Hay|name]] and [[Kilner|name]], can do a non molestation
but i dont want to hurt her. I just want
her to get clean and see them proper at the centre with [[Marie|name]] like [[Dale|name]] does.

Also [[Ivy|name]] has nits again from school and [[Harley|name]] has his review with Dr [[Okafor|name]] on the [[15th|date]] at 2.30 and i
cant get there with my knee, can [[Nicola|name]] take him instead, she will have to take her youngest [[Oakley|name]] with her.
Her number is [[07868 359 439|phone]].

[[Harley|name]] says to tell you he got star of the week for his Blyth Spartans poster. Hes made up.

thanks pet
[[Lorraine|name]] x
(sent from my phone, my landline is [[01670 466365|phone]] if you ring in the day)
""",
    ),
    (
        "family time supervisor's record of a contact session",
        """FAMILY TIME RECORD - Ashington Family Centre, [[Station Road|address]], [[Ashington|place]]
Children: [[Harley BLYTH|name]], [[Ivy-Mae BLYTH|name]]   With: father [[Dale RUTHERFORD|name]]   Date: Saturday [[12/12/2026|date]],
10:00-12:00
Supervisor: [[Marie Chapman|name]] (family time worker)   Transport: [[Lorraine|name]] dropped off 09:55, collected 12:05

09:58 [[Dale|name]] arrived with his partner [[Shannon Leck|name]]. [[Shannon|name]] is not on the approved list, so I asked her to wait in
      the café; she was fine about it and went to the Wetherspoons on the corner instead.
10:02 [[Ivy|name]] ran to [[Dale|name]] and jumped up; he swung her round. [[Harley|name]] hung back by the door, hood up, and said "I'm
      not stopping long". [[Dale|name]] said "suit yourself, son" and started a game of Uno with [[Ivy|name]].
10:20 [[Harley|name]] joined in after [[Dale|name]] asked about Blyth Spartans. They talked about the match at Croft Park and about
      [[Harley|name]]'s friend [[Reece|name]] whose dad takes them. [[Dale|name]] said he might get tickets for the [[26th|date]].
10:45 Snack. [[Dale|name]] brought crisps and Fruit Shoots and a card for [[Harley|name]] from his "Nana [[Jean|name]]" (paternal
      grandmother, [[Jean Rutherford|name]], who lives in [[Guide Post|place]] and has not seen the children since 2024).
11:05 [[Ivy|name]] asked her dad whether Mammy is coming for Christmas at Nanna's. [[Dale|name]] said "ask your nanna, pet".
      [[Harley|name]] said "she won't, she's with [[Spider|name]]". [[Dale|name]] went quiet, then asked me in the corridor whether
      [[Stacey|name]] is "still using". I said I could not discuss that and he should speak to [[Helen Dunn|name]].
11:30 Drawing. [[Ivy|name]] drew her family with the dog Biscuit in the middle; she left her mam out. [[Harley|name]] drew a
      football strip with "[[BLYTH|name]] 10" on the back and said it was his own name "and the team's".
11:55 Goodbyes. [[Ivy|name]] cried; [[Dale|name]] promised to see her on the [[26th|date]]. [[Harley|name]] fist-bumped him.

Observations: warm, playful, safe. [[Dale|name]] was sober and on time. He asked if [[Shannon|name]] could join next time; I said
this is for the social worker. Next session: [[26/12/2026|date]] is a bank holiday, so moved to Monday [[28/12/2026|date]].
[[M. Chapman|name]]
""",
    ),
    (
        "email chain between the school, the social worker and the virtual school",
        """From: [[Adrian Scorer|name]] <[[head@cowpenburn.northumberland.sch.uk|email]]>
Sent: Friday, [[18 December 2026|date]] 15:32
To: [[Helen Dunn|name]]; [[Sam Oyelaran|name]] (Virtual School)
Cc: [[Joanne Purdy|name]] (DSL)
Subject: RE: [[Harley|name]] and [[Ivy-Mae|name]] [[Blyth|name]] - today at pick-up

[[Helen|name]], [[Sam|name]] - further to [[Jo|name]]'s phone call at 15:10. At 15:05 the children's mother, [[Stacey Blyth|name]], came
into the playground at [[Cowpen Burn|school]] with a man we believe is [[Jamie Stoker|name]]. She went to [[Ivy|name]]'s class line and
tried to take her hand. Mrs [[Lumsden|name]] (Y2 teacher) kept [[Ivy|name]] with her and [[Jo|name]] asked [[Stacey|name]] to leave, which
she did after shouting. [[Lorraine|name]] was at the gate and took both children home. [[Harley|name]] was very upset and said to
Mr [[Ahmed|name]] (his 1:1) "she'll take [[Ivy|name]] to [[Newcastle|place]] like last time". We have called 101 (log 0612 of
[[18/12|date]]) and recorded it on CPOMS. [[Stacey|name]] is not on the collection list.
Regards, [[Adrian|name]]

From: [[Sam Oyelaran|name]] <[[sam.oyelaran@wansbeckcoquet.gov.uk|email]]>
Sent: Friday, [[18 December 2026|date]] 15:51
To: [[Adrian Scorer|name]]; [[Helen Dunn|name]]
Subject: RE: [[Harley|name]] and [[Ivy-Mae|name]] [[Blyth|name]] - today at pick-up

Thanks [[Adrian|name]]. [[Helen|name]], "like last time" - was there an earlier incident? I can't see one on [[Harley|name]]'s PEP
(last PEP [[02/10/2026|date]]). His PEP targets are reading and the 1:1 with Mr [[Ahmed|name]]; we agreed PP+ for the Lego
therapy group with [[Kirsty Wake|name]] at [[Morpeth|place]].
[[Sam|name]]

From: [[Helen Dunn|name]]
Sent: Friday, [[18 December 2026|date]] 16:40
Subject: RE: [[Harley|name]] and [[Ivy-Mae|name]] [[Blyth|name]] - today at pick-up

Yes. Before the children came to [[Lorraine|name]], [[Stacey|name]] took [[Ivy|name]], then 4, on the bus from [[Bebside|place]] to
[[Newcastle|place]] and
was found with her at 1am at Haymarket bus station by British Transport Police ([[Ivy|name]] was in her pyjamas). That was on
Saturday [[14 September 2024|date]]; it is in the chronology. I will speak to [[Lorraine|name]] tonight about the court order and ring
[[Stacey|name]] on [[07719 207 699|phone]]. [[Adrian|name]], please ask staff to ring 999 if she comes again.
[[Helen Dunn|name]], Kinship Team, [[01670 903695|phone]]
""",
    ),
]


# --- E. Al-Najjar family (Palestinian, from Gaza), Arthur's Hill, Newcastle, with an uncle in Fenham ------------------------

HOME_E = d.Address("63 Stanhope Street", "Arthur's Hill", "Newcastle upon Tyne", "NE4 5JE")
UNCLE_E = d.Address("18 Studley Gardens", "Fenham", "Newcastle upon Tyne", "NE4 9QS")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Yousef", "Al-Najjar")],
            dt.date(2012, 3, 21),
            addresses=[HOME_E],
            ids=["728 941 1730", "L391238020093"],
            schools=["Westgate Hill Academy"],
        ),
        _p("s", "sibling", [("Lina", "Al-Najjar")], dt.date(2017, 9, 2), addresses=[HOME_E], ids=["352 228 1748", "Y391222524075"]),
        _p("s2", "sibling", [("Adam", "Al-Najjar")], dt.date(2023, 5, 15), addresses=[HOME_E], ids=["440 848 0401"]),
        _p(
            "m",
            "mother",
            [("Rana", "Al-Shamali"), ("Rana", "Al-Najjar")],
            dt.date(1988, 12, 9),
            addresses=[HOME_E],
            phones=["07812 817 556"],
        ),
        _p("u", "uncle", [("Samir", "Al-Najjar")], dt.date(1980, 7, 7), addresses=[UNCLE_E], phones=["07973 171 084"]),
        _p("p1", "professional", [("Niamh", "Carragher")], phones=["0191 208 6392"], emails=["niamh.carragher@newcastle-tyne.gov.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "resettlement caseworker's referral to children's social care",
        """REFERRAL TO CHILDREN'S SOCIAL CARE - from the Refugee Resettlement Team (family arrived on a family visa, [[11 June 2025|date]])
Referrer: [[Omar Haddad|name]], caseworker, North of England Refugee Service, [[0191 236 7007|phone]], [[o.haddad@nerefugee.org.uk|email]]
Date: Monday [[9 November 2026|date]]   Interpreter used: Arabic (Levantine), [[Mariam Saleh|name]], LanguageLine, by phone

Family at [[63 Stanhope Street|address]], [[Arthur's Hill|place]], [[Newcastle upon Tyne|place]] [[NE4 5JE|postcode]] (two-bed flat
above a barber's):
Mother: [[Rana AL-SHAMALI|name]] (uses [[Rana Al-Najjar|name]] in the UK), dob [[09/12/1988|dob]], [[07812 817 556|phone]]. Arabic only.
[[Yousef AL-NAJJAR|name]], 14 ([[21/03/2012|dob]]), Year 9 at [[Westgate Hill Academy|school]]
[[Lina AL-NAJJAR|name]], 9 ([[02/09/2017|dob]]), Year 5 at [[Canning Street Primary|school]]
[[Adam AL-NAJJAR|name]], 3 ([[15/05/2023|dob]]), no nursery place yet
Father: [[Khaled Al-Najjar|name]], killed in [[Khan Younis|place]] on [[3 December 2023|date]] (death certificate seen, in Arabic).
Sponsor: paternal uncle [[Samir Al-Najjar|name]], a pharmacist, British citizen since 2014, [[18 Studley Gardens|address]],
[[Fenham|place]],
[[07973 171 084|phone]]; his wife [[Nour|name]] and their four children.

Reason for referral
1. [[Yousef|name]]. On [[5 November|date]] his form tutor, Ms [[Gemma Bainbridge|name]], saw cuts on his forearm in PE; he said a cat
   scratched him. He has told [[Lina|name]] (she told me) that he "should have died with Baba". He does not sleep, walks the
   streets at night around [[Elswick|place]] and the Big Lamp, and was brought home by police at 02:00 on [[31/10|date]] from Leazes
   Park. Bonfire night fireworks on [[5 November|date]] terrified him ("like the tanks at [[Deir al-Balah|place]]").
2. Physical chastisement. [[Lina|name]] told her teacher, Mr [[Toby Renwick|name]], that her uncle (Ammo [[Samir|name]])
   hit [[Yousef|name]] with a slipper and a belt at the uncle's house on Sunday [[8 November|date]] "because [[Yousef|name]] shouted at
   Mama". [[Samir|name]] told me on the phone it was "discipline, like my father did", and that the boy "needs a man".
3. Mother. [[Rana|name]] cries most days; her mother (Umm [[Khaled|name]], [[Fatima Al-Shamali|name]]) and two sisters are in a
   tent in [[al-Mawasi|place]]. She speaks to them when there is signal, on [[+970 594 831 691|phone]]. She has not registered with a
   GP; the family are on the list at the Grainger Medical Group but she has not gone. She is afraid that if she complains
   about [[Samir|name]] the family will lose the sponsor and be sent back.
4. Housing. Five people would be over the limit; the landlord, Mr [[Tariq Mahmood|name]], wants them out by [[31 January 2027|date]].
   The flat below, at [[no. 61|address]], is a barber's ("Sultan Cutz"); the barber, [[Ziad|name]], brings them bread.
5. Other family: [[Rana|name]]'s brother [[Hatem Al-Shamali|name]] is in [[Amman|place]] ([[+962 79 474 1098|phone]]) and a cousin,
   [[Dalia Qudaih|name]], in [[Nasr City|place]], [[Cairo|place]] ([[+20 10 9731 4745|phone]]) who got out through [[Rafah|place]] in 2024.

The mother consents to this referral. I am worried about [[Yousef|name]] most. [[Omar Haddad|name]], [[09/11/2026|date]]
""",
    ),
    (
        "family WhatsApp group in Arabic, typed up with a translation",
        """WhatsApp group "عائلة [[الشمالي|name]] 🤍" ("The [[Al-Shamali|name]] family"), 9 members. Screenshots given by [[Rana|name]]
on [[16/11/2026|date]];
typed up and translated by [[Mariam Saleh|name]] (interpreter). Arabic as written, then English. Contacts as saved in [[Rana|name]]'s phone.

[[14/11/2026|date]], 06:12 - ماما ("Mama" = [[Fatima|name]], in [[al-Mawasi|place]], number [[+970 594 831 691|phone]]):
  صباح الخير يا حبايبي. الحمد لله نحنا بخير. القصف كان قريب الليلة. بوسوا [[يوسف|name]] و[[لينا|name]] و[[آدم|name]]
  (Good morning my loves. Thank God we are well. The bombing was close last night. Kiss [[Yousef|name]], [[Lina|name]] and [[Adam|name]]
for me.)
[[14/11/2026|date]], 07:40 - [[Rana|name]]:
  الحمد لله على سلامتكم يا ماما. [[يوسف|name]] تعبان كثير، ما بنام. عمه [[سمير|name]] ضربه
  (Thank God you are safe Mama. [[Yousef|name]] is very tired, he doesn't sleep. His uncle [[Samir|name]] hit him.)
[[14/11/2026|date]], 07:52 - [[Hatem|name]] 🇯🇴 ([[Rana|name]]'s brother in [[Amman|place]]):
  لا تسكتي يا [[رنا|name]]. احكي للمدرسة. هاي بريطانيا مش غزة
  (Don't stay quiet, [[Rana|name]]. Tell the school. This is Britain, not Gaza.)
[[14/11/2026|date]], 08:03 - [[Dalia|name]] [[القاهرة|place]] ("[[Dalia|name]] [[Cairo|place]]", the cousin in [[Cairo|place]],
[[+20 10 9731 4745|phone]]):
  [[رنا|name]] حبيبتي، في جمعية فلسطينية ب[[نيوكاسل|place]]، اسألي عن أم [[سامي|name]]
  ([[Rana|name]] my dear, there is a Palestinian association in [[Newcastle|place]], ask for Umm [[Sami|name]].)
[[14/11/2026|date]], 08:10 - [[Samir|name]] ([[Rana|name]]'s brother-in-law, [[07973 171 084|phone]]):
  يا جماعة هاي أمور عائلية. أنا مسؤول عن الولد
  (Everyone, these are family matters. I am responsible for the boy.)
[[14/11/2026|date]], 08:11 - [[Hatem|name]] 🇯🇴:
  مسؤول يعني تضربه؟ أخوك [[خالد|name]] الله يرحمه ما كان يمد إيده على ولاده
  (Responsible means you hit him? Your brother [[Khaled|name]], God rest him, never raised a hand to his children.)
[[14/11/2026|date]], 08:30 - [[Samir|name]] left the group.
[[15/11/2026|date]], 21:05 - [[Yousef|name]] (from his own number, [[07425 700 639|phone]]):
  تيتا بدي أرجع على [[خان يونس|place]]. بدي أكون معكم
  (Teta, I want to go back to [[Khan Younis|place]]. I want to be with you.)
[[15/11/2026|date]], 21:40 - ماما:
  لا يا حبيبي. خليك مع أمك. انت رجل البيت بس انت كمان ولد صغير
  (No, my darling. Stay with your mother. You are the man of the house but you are also a small boy.)

Interpreter's note: "Teta" and "Mama" are what the children and [[Rana|name]] call the grandmother; "Ammo" is uncle. The group
title is the grandmother's family name. [[M. Saleh|name]], [[17/11/2026|date]]
""",
    ),
    (
        "GP's urgent referral letter to CAMHS",
        """Grainger Medical Group, [[Westgate Road|address]], [[Newcastle upon Tyne|place]]
[[23 November 2026|date]]

Children and Young People's Service (CYPS), Benton House, [[Newcastle|place]]
URGENT REFERRAL

Re: [[Yousef AL-NAJJAR|name]]  DOB [[21.03.2012|dob]]  NHS [[728 941 1730|nhs]]
[[63 Stanhope St|address]], [[Newcastle upon Tyne|place]], [[NE4 5JE|postcode]]   Contact: mother, [[Rana Al-Najjar|name]],
[[07812 817 556|phone]] (Arabic interpreter needed)

Dear colleague,
I saw this 14-year-old Palestinian boy today with his mother, his social worker ([[Niamh Carragher|name]]) and an interpreter
([[Youssef Darwish|name]] - no relation). He came to the UK from [[Gaza City|place]] via [[Cairo|place]] in the summer of 2025, after
his father was killed and the family were displaced five times ([[Gaza City|place]], [[Nuseirat|place]], [[Deir al-Balah|place]],
[[Khan Younis|place]], [[Rafah|place]]). Since [[5 November|date]] he has cut his forearms with a pencil sharpener blade (six
superficial cuts, healing, no infection). He told me through the interpreter that he thinks about dying "every night" and
has looked at the Tyne Bridge "to see how high". He has no plan he would share. He sleeps 3-4 hours, has nightmares of his
father's body, startles at loud noise (fireworks, the Metro), and has stopped going to the mosque on [[Elswick Road|address]]
with his uncle, [[Samir Al-Najjar|name]], since being hit by him. PHQ-A 21.

His sister [[Lina|name]] (9) and brother [[Adam|name]] (3) are also registered with us; I have asked the health visitor, [[Claire
Fairless|name]], to see [[Adam|name]], who is not speaking in sentences.

Safety plan agreed today: sharps at home locked away; the mother has the crisis number; school ([[Westgate Hill|school]], DSL
Mr [[Liam Dobson|name]]) informed; social worker to visit [[24/11|date]]. I would be grateful for an urgent assessment, ideally
with a clinician experienced in war trauma, and an Arabic interpreter in person (not by phone; the family prefer a woman).

Yours sincerely
Dr [[Aisha Rahman|name]], GP
cc [[Niamh Carragher|name]], Children's Social Care, [[0191 208 6392|phone]], [[niamh.carragher@newcastle-tyne.gov.uk|email]]
""",
    ),
    (
        "mother's WhatsApp voice notes to the social worker, transcribed and translated",
        """Voice notes sent by [[Rana Al-Najjar|name]] to [[Niamh Carragher|name]]'s work phone on [[2 December 2026|date]] (3 notes, 4
min 12 s in all).
Transcribed and translated from Levantine Arabic by [[Lubna Khoury|name]] (interpreter, reg. 30417). Words in English in the
original are in italics in the printed copy and marked (Eng) here. [inaudible] where the audio could not be made out.

Note 1 (21:48)
Hello (Eng) [[Niamh|name]], sorry, it's [[Rana|name]], [[Yousef|name]]'s mum. Sorry for the late hour. I want to tell you that today
[[Yousef|name]] went with the lady from CAMHS (Eng), Dr [[Helen|name]], I don't know her family name, [[Helen
Oduya|name]]? She was kind. She spoke to him alone and then with me. He came out and he ate, for the first time he ate
a whole plate, maqluba that [[Nour|name]] sent. [[Nour|name]] is [[Samir|name]]'s wife, she is good with us, she is not like him.

Note 2 (21:51)
The second thing. The landlord, Abu [[Tariq|name]]... no, his name is Mr [[Mahmood|name]], he came to the door tonight and
said the [[31st of January|date]] (Eng), we must go. He said the council told him. Is it true? Where will we go? [[Samir|name]] says we
can go to [[Studley Gardens|address]] but I will not take [[Yousef|name]] to that house. My friend [[Amal|name]] from the English class at
the library in [[Benwell|place]] says there is a house on [[Tamworth Road|address]], near her, three bedrooms, a Palestinian man
owns it, Abu [[Fadi|name]]. I have his number, [[07436 487 488|phone]]. Can you speak to him? I don't have English enough.

Note 3 (21:53)
And [[Lina|name]], her teacher Mr [[Renwick|name]] said she got a certificate for reading. She wants you to see it. [[Adam|name]] has
a place at the nursery at [[Cruddas Park Nursery|school]] from [[4 January|date]], thank you, thank you. My mother is alive, she called
today from [[al-Mawasi|place]]. [inaudible] God keep you. Bye (Eng).

Interpreter's note: "Abu [[Tariq|name]]" (father of [[Tariq|name]]) is how the mother first named the landlord; she then corrected
herself. "The [[31st of January|date]]" was said in English and is left as said. [[L. Khoury|name]], [[3/12/2026|date]]
""",
    ),
]


# --- F. Marshall / Hoadley family (Travelling Showpeople), a showmen's yard in Dunston, Gateshead --------------------------

HOME_F = d.Address("Plot 6, Riverside Showmen's Yard, Railway Street", "Dunston", "Gateshead", "NE11 9EB")
NAN_F = d.Address("Plot 2, Riverside Showmen's Yard, Railway Street", "Dunston", "Gateshead", "NE11 9EB")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Levi", "Marshall")],
            dt.date(2011, 6, 13),
            addresses=[HOME_F],
            ids=["716 146 6245", "X390266959598"],
            schools=["Dunston Riverside Academy"],
        ),
        _p(
            "s",
            "sibling",
            [("Tiffany-Rose", "Marshall")],
            dt.date(2014, 2, 27),
            addresses=[HOME_F],
            ids=["532 476 1214", "H390151517465"],
            schools=["Dunston Riverside Academy"],
        ),
        _p("m", "mother", [("Daisy", "Marshall"), ("Daisy", "Hoadley")], dt.date(1986, 5, 5), addresses=[HOME_F], phones=["07728 637 997"]),
        _p(
            "f",
            "father",
            [("Bobby", "Marshall")],
            dt.date(1983, 8, 19),
            addresses=[HOME_F],
            phones=["07545 515 209"],
            ids=["JH 55 01 73 D"],
        ),
        _p("g", "grandparent", [("Lenny", "Marshall")], dt.date(1954, 3, 3), addresses=[NAN_F]),
        _p("p1", "professional", [("Rachel", "Embleton")], phones=["0191 458 8314"], emails=["rachel.embleton@gatesheadriver.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "Traveller education service record of a travelling pupil (distance learning and dual registration)",
        """GATESHEAD RIVER COUNCIL - EDUCATION SERVICE FOR TRAVELLING COMMUNITIES - PUPIL RECORD (season 2026)
Pupil: [[MARSHALL, Tiffany-Rose|name]] ("[[Tiff|name]]")   DOB: [[27/02/2014|dob]]   UPN: [[H390151517465|upn]]   Year 7
Base school: [[Dunston Riverside Academy|school]] (code T)   Winter quarters: [[Plot 6, Riverside Showmen's Yard|address]],
[[Railway Street|address]],
[[Dunston|place]], [[Gateshead|place]] [[NE11 9EB|postcode]]
Parents: [[Daisy Marshall|name]] (née [[Hoadley|name]]) [[07728 637 997|phone]]; [[Bobby Marshall|name]] [[07545 515 209|phone]]
Brother: [[Levi Marshall|name]] (15), Year 11 at the same academy. Teacher for the service: [[Pam Heron|name]]

Travelling itinerary given by mother (the family run a waltzer, a juvenile ride and a hook-a-duck):
  Easter fair, [[Whitley Bay|place]] ([[3|date]]-[[12 April|date]]); [[South Shields|place]] sea front (May, most weekends); the
Hoppings on the Town
  Moor, [[Newcastle|place]] ([[19|date]]-[[27 June|date]]); [[Morpeth|place]] Fair ([[4|date]]-[[6 July|date]]); [[Seahouses|place]]
(summer holidays);
  [[Alnwick|place]] Fair ([[24 August|date]]); [[Redcar|place]] (September); [[Hull|place]] Fair ([[9|date]]-[[17 October|date]]); back
on the yard
  for the winter from [[1 November|date]].

Contacts with the pupil
[[14/04/2026|date]]  Distance learning pack (maths, English, science) given to mother on the fairground at [[Whitley Bay|place]];
[[Tiff|name]]
            working well, reads to her nan, Mrs [[Violet Marshall|name]], every night in the living wagon.
[[23/06/2026|date]]  Visit at the Hoppings. [[Tiff|name]] not in the wagon; found helping on the hook-a-duck at 14:00 on a school day,
            with her cousin [[Sonny Hoadley|name]] (11). Mother said "she's learning the business, same as I did".
[[05.07.26|date]]  Visited at [[Morpeth|place]]. Work pack half done. [[Tiff|name]] asked for more books about horses. She told me
[[Levi|name]]
            "isn't going back to school, he's on the waltzer full time now" and that Dad "went mad" at [[Levi|name]] for
            "touching the money".
[[28/08/2026|date]]  Phone call with [[Daisy|name]] ([[Alnwick|place]]). She said [[Levi|name]] had "hurt his hand on the ride" on the
[[24th|date]]
            and been to A&E at Wansbeck; she did not want to say more on the phone.
[[03/11/2026|date]]  Back at [[Dunston Riverside|school]]. Reading age 10.2. Attendance for the year 49% (travelling code T
            used for 91 sessions). [[Tiff|name]] is quiet, kind, tired; form tutor Miss [[Kate Lisle|name]] says she falls asleep in
            lessons, and on [[10 November|date]] she said she was "up all night" because "Dad and Uncle [[Ray|name]] were fighting on
the yard".
            Uncle = [[Ray Hoadley|name]], mother's brother, [[Plot 9|address]]. Passed to the DSL, Mr [[Dean Charlton|name]], the same day.

Note for the base school: the family are members of the Showmen's Guild (Northern Section); the Guild's chaplain, Father
[[Peter Kenny|name]], is known to the family and has offered to help with any meeting. [[P. Heron|name]], [[12/11/2026|date]]
""",
    ),
    (
        "fairground ride accident and incident report form, filled in by hand and scanned",
        """[form, scanned; boxes filled in by hand in capitals; typed up by [[R. Embleton|name]] for the case file [[20/11/2026|date]]]

AMUSEMENT DEVICE - ACCIDENT / INCIDENT REPORT           Device: WALTZER (12 car), owner [[L. MARSHALL|name]] & SONS
1. Date of incident: [[24-08-2026|date]]          Time: 21.40          Fair: [[ALNWICK|place]] FAIR, THE PASTURES
2. Controller / operator on duty: [[BOBBY MARSHALL|name]]        Operator's mobile: [[07545 515 209|phone]]   NI: [[JH 55 01 73 D|ni]]
3. Injured person: Name [[LEVI MARSHALL|name]]    Age 15    Address [[PLOT 6 RIVERSIDE SHOWMENS YARD|address]], [[DUNSTON|place]]
   Employee? [X] yes / family  [ ] member of public
4. What happened: LAD WAS COLLECTING FARES ON THE PLATFORM (SPINNING) AND TRIED TO STOP A CAR BY HAND, RIGHT HAND
   CAUGHT BETWEEN CAR AND CENTRE. RIDE STOPPED BY [[RAYMOND HOADLEY|name]] AT THE BOX.
5. Injury: CRUSHED FINGERS R HAND, CUT. TAKEN TO WANSBECK GENERAL BY HIS MOTHER [[DAISY|name]] IN HER CAR ([[YN19 KFA|vehicle]]).
6. Witnesses: 1) [[KERRY-ANN PICKERING|name]], [[14 Bondgate Without|address]], [[Alnwick|place]], tel [[07541 141 674|phone]]  2)
[[J. SMITH|name]]
   (gaff lad, no address, "from [[Darlo|place]]")
7. Ride inspected after? YES by [[M. LOWTHER|name]] (ADIPS inspector) on [[25/8/26|date]], passed, no fault with the ride.
8. Reported to HSE (RIDDOR)? NO - "family member"
9. Signed: [[B Marshall|name]]          Date: [[26/08/26|date]]

[Added at the foot in a different hand:] A&E letter - fracture of 2 fingers, R hand, seen by Mr [[Singh|name]], follow-up
fracture clinic [[1 Sept|date]] - did not attend. [[Levi|name]] back on the ride [[28th|date]] with strapping on.

SW note ([[R. Embleton|name]]): form given to me by [[Daisy|name]] on [[19/11/2026|date]]. A 15-year-old working nights on a moving ride in
term time; no RIDDOR report; the A&E discharge summary records "works on family fairground, says he does 6 nights a week".
Child employment: Gateshead River's child employment officer ([[Tom Ellwood|name]]) informed; the Guild's welfare officer, Mrs
[[Lorraine Codona|name]], informed with the family's consent.
""",
    ),
    (
        "child in need review meeting minutes",
        """CHILD IN NEED REVIEW - MINUTES
Children: [[Levi Marshall|name]] (dob [[13.06.2011|dob]]) and [[Tiffany-Rose Marshall|name]] (dob [[27.02.2014|dob]])
Held: Wednesday [[2 December 2026|date]], 15:30, in the family's living wagon on [[Plot 6|address]],
[[Riverside Showmen's Yard|address]], [[Dunston|place]]
Chair and minutes: [[Rachel Embleton|name]], social worker, [[0191 458 8314|phone]]

Present: [[Daisy Marshall|name]] (mother); [[Bobby Marshall|name]] (father, for the first half hour); [[Levi|name]]; [[Tiff|name]] (for her
part); Mr [[Dean Charlton|name]] (DSL, [[Dunston Riverside Academy|school]]); [[Pam Heron|name]] (Education Service for Travelling
Communities); Mrs [[Lorraine Codona|name]] (Showmen's Guild welfare, [[07470 942 138|phone]]). Grandfather Mr [[Lenny Marshall|name]]
("[[Big Len|name]]") came in at the end and was welcomed by the family.

1. [[Levi|name]]. His hand has healed but two fingers will not straighten; he has now been seen at the RVI hand clinic
   (Miss [[Fenwick|name]]) on [[27/11|date]] and will have physiotherapy at the Queen Elizabeth in [[Gateshead|place]]. He has attended
   school 41% this term. He told the meeting "I'm a showman, I don't need GCSEs, me grandad can't read and he's got four
   rides". [[Lenny|name]] laughed and then said "he's right I can't, but I want better for him". [[Levi|name]] agreed to try the
   engineering course at [[Gateshead College|school]] two days a week from [[11 January 2027|date]], which Mr [[Charlton|name]] will arrange
   as alternative provision.
2. [[Tiff|name]]. Tired in school. She said the shouting on the yard on [[9 November|date]] was her dad and her uncle [[Ray|name]]
   "about money and the ride", that Uncle [[Ray|name]] "had a bottle" and that her mam got between them. [[Daisy|name]] confirmed
   this and said [[Ray|name]] has now moved his wagon to his own plot at [[Swalwell|place]]. [[Bobby|name]] had left the meeting by then.
3. Drinking. [[Daisy|name]] said [[Bobby|name]] drinks "at the end of a season, every year" and it is worse this year after a bad
   summer; the police were called on [[9/11/2026|date]] by a neighbour on the yard, Mr [[Alfie Lowther|name]] ([[Plot 4|address]]).
4. Next season. The family intend to open at [[Whitley Bay|place]] at Easter. Plan: [[Tiff|name]] to be dual registered with a
   school near each long ground; distance learning online through the service; [[Levi|name]] not to operate rides on school
   nights.
Next review: [[3 March 2027|date]], before the family travel.
""",
    ),
    (
        "posts and comments from a private Facebook group, screenshotted and typed up",
        """Typed up from screenshots handed in by Mrs [[Codona|name]] (Guild welfare) on [[8 December 2026|date]], with the family's
agreement.
Group: "Northern Showland Chat (private)", 2.3k members. Names as shown on Facebook. Emojis kept where they carry meaning.

POST - [[Daisy Hoadley Marshall|name]] - [[5 December|date]] at 22:17
does anyone know a good solicitor for family stuff not crime. asking for a friend 🙏 not being funny but the social
have been on our yard 3 times now over our [[levi|name]]'s fingers and our [[tiff|name]] falling asleep in school. we're not flatties
we travel its how we live. [[bobby|name]] says ignore them but im worried they'll stop us opening at easter

  COMMENT - [[Violet Marshall|name]]: ring [[sheila|name]] at the guild pet she'll know someone. dont put it on here ❤
  COMMENT - [[Shannon Pinder|name]]: my cousin had this in [[hull|place]] last year they were ok in the end, the traveller ed lady was
lovely
  COMMENT - [[Ray Hoadley|name]]: tell them its [[bobby|name]] with the drink not the kids fault
    REPLY - [[Daisy Hoadley Marshall|name]]: [[ray|name]] not on here. i mean it
    REPLY - [[Ray Hoadley|name]]: im only sayin. im at [[swalwell|place]] if u need me sis
  COMMENT - [[Kelly Silcock|name]]: [[daisy|name]] inbox me. my uncle [[tommy|name]] used [[Hay|name]] & [[Kilner|name]] in
[[newcastle|place]] for his lads they were good.
    ask for [[fiona|name]] there xx
  COMMENT - [[Lenny Marshall|name]]: Our [[levi|name]] will be alright hes a [[Marshall|name]]. Leave the bairns out of facebook
[[daisy|name]]

POST - [[Tiff Marshall|name]] 🎠 - [[6 December|date]] at 16:02
selling my pony Bramble 😢 12.2hh, good with kids, lives on the yard at [[dunston|place]], message me or my mam

  COMMENT - [[Sonny Hoadley|name]]: nooo [[tiff|name]] why
  REPLY - [[Tiff Marshall|name]] 🎠: dad says we cant afford her feed this winter
  COMMENT - [[Violet Marshall|name]]: Nanna will pay for her hay darling take this down x

Note by [[R. Embleton|name]]: [[Tiff|name]]'s account is under her own name though she is 12; the Guild's welfare officer has spoken to
[[Daisy|name]] about it. The mention of a solicitor is about the child in need plan, not proceedings; none are planned.
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 36 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:45 UTC, read since)"


# fmt: off
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy",
           "mam", "mammy", "dad", "daddy", "da", "aunty", "auntie", "uncle", "sheikh", "hajja", "hajj", "haji", "teta", "sitto",
           "jiddo", "jaddah", "ammo", "amto", "khalo", "khalto", "umm", "ustadh", "ustaza", "imam", "father", "fr",
           "عمو", "خالتو", "ستي", "جدي", "تيتا", "الحاجة", "الشيخ", "أم"}
_AFTER = {"senior", "junior", "snr", "jnr"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "northumberland", "tyne and wear",
               "county durham", "durham county", "the north east", "north east", "tyneside", "wearside", "north tyneside",
               "south tyneside", "palestine", "gaza", "the gaza strip", "gaza strip", "west bank", "the west bank", "jordan", "egypt",
               "israel", "ireland", "fife", "yorkshire", "europe", "the middle east", "فلسطين", "غزة", "مصر", "الأردن"}
# fmt: on


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mam", "Da",
# "Sister", "Teta", "Abu", "Umm", "خالتو", "أم"; and after one: "senior", "junior") and counties, regions and countries
# ("Northumberland", "Tyne and Wear", "County Durham", "Palestine", "Gaza", "the Gaza Strip", "Jordan", "Egypt", "Ireland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
