"""Set 50: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files other
helpers were writing at the same time (bench/redaction_set51.py to redaction_set53.py and tests/test_redaction_set51.py to
test_redaction_set53.py), that did not run the detector or any bench script that runs it, that ran no git command, and that
looked at no detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout
and marking conventions followed here); the module docstrings of bench/redaction_set7.py to redaction_set49.py, printed on
their own and searched (the printed docstrings only, never the bodies) for the towns, districts, estates, communities and
document types earlier sets used; the first lines of bench/redaction_set15.py and the line that builds its checker; the
module docstring and the `_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py and the head of its
`word_problems`; and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS
numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this
set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Devon and Cornwall, each from a town, district or estate no earlier set used as a family's home. Four white
British families: a mother with depression and two children in a flat above a closed shop in Ellacombe, Torquay, with a
grandmother in Babbacombe and a father in Paignton (Yeo / Pike; chronic neglect, head lice, a girl of 6 left at school, a
father who shouts through the letterbox and takes money); a single father in Forches, Barnstaple, with a boy of 15 drawn into
a county line run from Bristol and a mother in Ilfracombe (Huxtable / Isaac; missing five times, found at Temple Meads with
cash and two phones, a cousin in the line, a debt, a bus driver's report); a grandmother at Lanivet caring for two
grandchildren from the Kinsman estate in Bodmin under an interim care order, towards a special guardianship order (Trebilcock
/ Hicks; a boy of 9 who rang 999 when his mother overdosed, a mother in rehab at Weston-super-Mare, a father in prison, a
father's friend seen in the village); and young parents in Boscoppa, St Austell, with a grandmother in Bugle (Rowse /
Kessell; a care leaver of 19, a father of 21 with a caution for assault and a son on a child protection plan in Newquay, a
baby born in November, a hole in a door, a mother at a minor injury unit with finger-mark bruises). Two from communities no
earlier set used: a Belarusian family in Whitleigh, Plymouth, with a grandmother in Hrodna and an aunt in Warsaw (Kavalenka
/ Lukashevich; a father on a skilled worker visa who keeps the passports and the money, a girl of 13 who self-harms and
interprets for her mother, a boy cut by a thrown glass; Russian and Belarusian in Cyrillic script), and an Indonesian
(Javanese) mother married to a fisherman in East-the-Water, Bideford, with a sister in Denpasar and parents in Surabaya
(Wahyuni / Braund; strangulation after the father lost his berth on a scallop boat, threats about her immigration status,
a girl of 10 who is a young carer and interprets; Indonesian with Javanese kinship words). 24 documents, twelve plain
professional recording (a child and family assessment, Team Around the Family minutes, a strategy meeting on child
criminal exploitation, a return home interview, a special guardianship assessment, a looked after child review, a school's
referral to the front door, a social worker's case note of a visit with an interpreter, an IDVA's risk summary and MARAC
referral, a young carer's needs assessment, a pre-birth assessment and a chronology for a conference) and twelve of other
kinds, in types or styles no earlier set used where that could be checked: a class teacher's sticky notes on a register
cover, photographed and typed up; a mother's handwritten letter; a location-sharing app's "places" history screenshotted
and annotated by a father; a bus company driver's incident report; a grandmother's kitchen whiteboard photographed at a
visit; a mother's birthday card and postcard from rehab, scanned and OCR'd; a family Telegram group in Russian and
Belarusian, typed up and translated; a mother's message written in Russian and put through a translation app by her; a
WhatsApp chat in Indonesian between sisters, translated by a friend; a fishermen's port missioner's email; a community
midwife's notes typed fast on her phone; and a hospital minor injury unit's discharge letter, scanned and OCR'd (with 1 for
l and O for 0 in the names, dates and places; its phone and NHS numbers kept as they are, since they were checked against
the paper).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Belarus, Poland, Indonesia); NHS numbers and UPNs (the right LA number for the area:
880, 878, 908, 879) pass their check digits; NI numbers have a valid format. Councils are invented (Dart Coast, Taw and
Torridge, Camel Clay, Tamar Sound), and so are the schools and pre-schools (Warberry Brook Primary School, Forches Cross
Community Primary School, Lanivet School, Little Acorns, Camel School, Tamerton Vale Academy, Whitleigh Brook Primary
School, Torridge View Primary School, Little Anchors Nursery), the letting agent (Coastline Lettings), the boats ("Ocean
Pride", "Morning Star"), the solicitors, the domestic abuse services' names where invented and the GP practices' names where
invented; towns, districts, estates, villages, real schools and colleges, real charities, NHS bodies, hospitals, police
forces, prisons, courts, pubs, shops, clubs, brands, apps, programmes, festivals and laws are real and stay unmarked unless
the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows set 19, set 15 and sets 6 to 13).
[[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle).
Titles, roles and kinship words (Mr, Mrs, Miss, Dr, PC, DC, Rev, Nan, Nanny, Grandad, Mum, papa, the Indonesian and Javanese
Mbak, Mas, mas, bu, ibu, dek and nenek, the Belarusian and Russian бабуля, Мама and цёці) stay outside the name span; a
possessive 's and a bare s in notes ("Jayden"s, "connor"s, "Summer"s) stay outside; every person's name is a name in every
form, record or not. "SURNAME, First" is one span ("HUXTABLE, Kyle", "ANGOVE, Terry", "BRAUND, Darren Lee"); an initial with
a surname is one span ("B Yeo", "P Trebilcock", "J. Pidler", "D. Lovering"), and so is a first name with a shortened surname
("Алеся Лук."); initials alone ("CH", "GL", "EC", "JT", "KW") are not marked; a name broken by a line break is one span
holding the break, and so is an address, a place, a school or a date; a social media handle ("jj.tt.blessed", "yana.kvlnk")
is not marked, but a display name that is a person's plain name is; a contact saved under a kinship word ("Мама") is not a
name; a family name in the plural in an app circle's title ("Huxtables") is a name. A street address is one span, its town a
place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare flat or house
number ("flat 1", "Flat 5", "no. 10", "no. 21", "no. 30") and an address abroad ("Jl. Teuku Umar 88", "Гроецкая 112",
"Grójecka 112"); towns, cities, villages, districts and estates are places, at home or abroad and in any script ("Forches",
"Newport" in Barnstaple, "Bugle", "Par", "Roche", "Stoke", "Efford", "Kinsman", "Гродна", "Варшаву", "Плімут"); countries,
counties and regions are not ("Devon", "North Devon", "Cornwall", "Torbay", "Clay Country", "Belarus", "Indonesia", "Java",
"Bali"); organisations are not marked even when they hold a town's or a person's name ("Bodmin Community Hospital", "Bideford
Medical Centre", "Lostwithiel Medical Practice", "Paignton Health and Wellbeing Centre", "Plymouth Domestic Abuse Services",
"HMP Exeter", "the Family Court sitting at Truro", "Bideford Youth U16s", "Lanivet Inn", "Royal George", "Stagecoach South
West"); a school's or college's name is a school, and so is its short form ("Warberry Brook", "Park", "Tamerton", "acorns",
"Camel", "Petroc", "Pilton Community College"); a date of birth is dob, any other calendar date with a day is date (a weekday
before it stays outside), and the bare day in a diary line ("15th", "6th") is a date span; months and years alone are not
marked; helplines and a council's out-of-hours line are not marked; pets' names ("Biscuit") are not names; a firm named
after people marks only the names; parks, beaches, piers, stations' own names and attractions are landmarks and stay
unmarked (Rock Park, Meadfoot, the Grand Pier, Temple Meads, St Davids), though the town in a station's or a service's name
is marked ("[[Exeter]] St Davids", "[[Bristol]] Temple Meads", "[[Taunton]] services", "[[Barnstaple]] CID", "[[Plymouth]]
Public Protection Unit", "[[Bodmin]] pool", "0-19 [[st austell]]"); a name that is also an English word is marked by what it
refers to (Summer, Poppy, Grace, Dawn, Joy, Pat, Kerry are names when they are people).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a person's birthday
written as a day and month ("his birthday which is the 9th of April", "on the 1st", a grandmother's "birthday December 21") is
a dob, while other days in the same sentence are dates; a hospital known by the place it stands in ("Treliske", "at
treliske", "Penrice") is an organisation and stays unmarked; a motorway ("M5") is not an address; a quay where a charity has
its centre ("the Quay") is a landmark, while a town's quay used as a bus stop marks the town ("[[Bideford]] Quay"); a
local short form of a town ("Lost'l" for Lostwithiel, "Weston") is a place; a team named by its town ("[[Torquay]] Central
Team", "[[Plymouth]] North", "[[St Austell]] team") marks the town; a slip of a translation app or autocorrect that puts in
another name ("Masha" for Maksim) is a name; the Belarusian pronoun "яна" (she), which looks like the girl's name "Яна",
was written around rather than left in the chat, so that the set's own checker does not confuse them; a school office's
number is a phone; a boat's name is not a name; OCR misreadings inside a span ("Ch1oe", "St Austel1", "Bug1e", "O2/O4/2OO7",
"PL3O 5HT") keep the kind of what they stand for; a nickname inside quotes between a first name and a surname ("Lee "Tiny"
Rowe") is three name spans.

Self-check without the detector: `python -m bench.redaction_set50` (and tests/test_redaction_set50.py) runs set 21's checker
(which runs set 15's, and so sets 13 to 6's) on this set, adds this set's titles and kinship words (before and after a name)
and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,016 gold
spans, 526 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set21 import problems as problems_21
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Yeo / Pike family (white British), Ellacombe, Torquay -----------------------------------------------------------------

HOME_A = d.Address("Flat 3, 27 Princes Road East", "Ellacombe", "Torquay", "TQ1 1PE")
NAN_A = d.Address("14 Fore Street", "Babbacombe", "Torquay", "TQ1 3LD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Bailey", "Yeo")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["745 375 1853", "V880934393343"],
       schools=["Warberry Brook Primary School"]),
    _p("s", "sibling", [("Summer", "Yeo-Pike")], dt.date(2020, 8, 22), addresses=[HOME_A], ids=["381 251 5539", "H880087231460"],
       schools=["Warberry Brook Primary School"]),
    _p("m", "mother", [("Shelley", "Yeo")], dt.date(1993, 1, 30), addresses=[HOME_A], phones=["07824 516 302"],
       ids=["JK 52 81 37 B"]),
    _p("f", "father", [("Ashley", "Pike")], dt.date(1990, 6, 12), phones=["07968 221 470"]),
    _p("g", "grandparent", [("Marion", "Yeo")], dt.date(1961, 11, 2), addresses=[NAN_A], phones=["01803 296 417"]),
    _p("p1", "professional", [("Elowen", "Crocker")], phones=["01803 219 700"], emails=["elowen.crocker@dartcoast.gov.uk"]),
], "c")

DOCS_A = [
    ("child and family assessment (summary and analysis)", """DART COAST COUNCIL - CHILDREN'S SERVICES
CHILD AND FAMILY ASSESSMENT - SUMMARY, ANALYSIS AND PLAN

Children: [[Bailey YEO|name]] (DOB [[09/04/2017|dob]], NHS [[745 375 1853|nhs]], UPN [[V880934393343|upn]]) and [[Summer YEO-PIKE|name]]
(DOB [[22/08/2020|dob]], NHS [[381 251 5539|nhs]], UPN [[H880087231460|upn]])
Address: [[Flat 3, 27 Princes Road East|address]], [[Ellacombe|place]], [[Torquay|place]] [[TQ1 1PE|postcode]]
Mother: [[Shelley Yeo|name]] (DOB [[30.01.1993|dob]], mobile [[07824 516 302|phone]], NI [[JK 52 81 37 B|ni]])
Father of both children: [[Ashley Pike|name]] ([[07968 221 470|phone]]), lives with his mother in [[Paignton|place]]
Social worker: [[Elowen Crocker|name]], [[Torquay|place]] Central Team ([[01803 219 700|phone]], [[elowen.crocker@dartcoast.gov.uk|email]])
Assessment started: [[14 October 2026|date]]        Completed: [[25 November 2026|date]]

Reason for assessment
Referral from [[Warberry Brook Primary School|school]] (DSL Mrs [[Gail Luscombe|name]]) on [[13/10/2026|date]]: [[Bailey|name]], 9, had
come to
school for the third week running in the same uniform, smelling of urine, with head lice, and had taken food from other
children's lunchboxes. [[Summer|name]], 6, had missed 31 sessions since September, and on Friday [[9 October|date]] nobody
collected her until 4.40 pm, when a neighbour, Mrs [[Pat Hannaford|name]] from [[Flat 1|address]], came for her.

What we saw
Four home visits ([[16 October|date]], [[23 October|date]] unannounced, [[6 November|date]], [[20 November|date]]). The flat is on the
second floor above a closed shop. On [[23 October|date]] there was no food apart from dry cereal and a bag of oven chips, the
children's mattress was wet, and there were bin bags of rubbish on the landing which Mr [[Bert Stidwell|name]] from the ground
floor said had been there "since before Halloween". The kitchen window was boarded after [[Ashley|name]] put his fist through it
in August; the landlord (Coastline Lettings, [[Union Street|address]]) had not fixed it.

[[Shelley|name]]'s own account
[[Shelley|name]] says she has been "in a hole" since her dad died at Torbay Hospital... she corrected this: "at the hospice,
Rowcroft". She sleeps most of the day, misses GP appointments at Pembroke House Surgery, and says [[Bailey|name]] "basically
runs the house". She told me [[Ashley|name]] "comes and goes" and that she owes him money; she would not say how much.
She wants help and has agreed to see Talking Therapies. She asked that her mum, [[Marion Yeo|name]], be involved: Nan lives at
[[14 Fore Street|address]], [[Babbacombe|place]] ([[01803 296 417|phone]]) and had the children every weekend until a fall in the
summer holidays.

The children
[[Bailey|name]] told me, drawing on the "three houses" sheet, that the best thing is "going to nanny [[Marion|name]]'s and chips
on the harbour", the worst is "when dad shouts at mum" and "when there's nothing for tea". He worries about [[Summer|name]]
("she can't tie shoes") and about his mum "sleeping". [[Summer|name]] said her best friend is [[Ruby-Mae|name]] and that
"[[Bails|name]] makes toast".

Analysis
This is chronic neglect, with a mother's untreated depression at its centre and a father whose visits bring conflict. The
children are loved; [[Marion|name]] is a real strength. I recommend a Child in Need plan, review on [[3 February 2027|date]],
with a referral to Early Help's family support worker ([[Jodie Tapper|name]]) and a Team Around the Family meeting at school.
"""),
    ("class teacher's sticky notes photographed and typed up", """[photo of the inside cover of the Year 4 class register,
[[Warberry Brook Primary|school]], with sticky notes; typed up by
the DSL for the file on [[12/10/26|date]] - spelling as written]

(yellow) Mon [[21/9|date]] - [[B Yeo|name]] no PE kit AGAIN, no coat. said mum asleep when he left. walked himself from [[princes
rd|address]]?? ask [[Gail|name]]

(yellow) [[24/9|date]] [[Bailey|name]] ate 2nd lunch - [[Alfie Gibbs|name]] gave him his sandwich. Said "[[Summer|name]]s hungry too" -
sent toast over to Yr 1? no - leave. ask Mrs [[Luscombe|name]]

(pink) [[28/9|date]] dad came to gate 3.15 shouting at [[Shell|name]] re money. [[Bailey|name]] v upset. dad = [[Ash|name]]? tall, grey
hoodie, white van [[WK68 HVX|vehicle]]. Mrs [[Pengelly|name]] (lollipop lady) saw it

(yellow) [[1/10|date]] nits - letter home #3. [[Summer|name]] too (Miss [[Abbott|name]] says)

(green) [[5/10|date]] B said "nanny fell over and broke her arm so we can't go [[babbacombe|place]] no more". Sad all day.

(pink!!) FRI [[9/10|date]] nobody for [[Summer|name]]. rang mum x4 [[07824 516 302|phone]] - off. rang dad [[07968 221 470|phone]] - "not my
day". 4.40 [[Pat|name]] (neighbour, [[flat 1|address]]) came - known to mum? [[Pat Hannaford|name]] - took both. LOGGED ON CPOMS - GL

(yellow) [[12/10|date]] B smells - wet bed? spare uniform from lost prop. He asked if he can stay for breakfast club every day -
yes - [[Tanya|name]] says she'll put him on free list
"""),
]
DOCS_A += [
    ("Team Around the Family meeting minutes", """TEAM AROUND THE FAMILY (CHILD IN NEED) MEETING - MINUTES
Venue: [[Warberry Brook|school]] (the Rainbow Room)    Date: Wednesday [[2nd December 2026|date]], 9.15-10.40
Children: [[Bailey Yeo|name]] ([[9.4.17|dob]]) and [[Summer Yeo-Pike|name]] ([[22.8.20|dob]])

Present: [[Elowen Crocker|name]] (SW, chair); [[Shelley Yeo|name]] (mum); Mrs [[Marion Yeo|name]] (maternal grandmother);
Mrs [[Gail Luscombe|name]] (DSL); Miss [[Hayley Abbott|name]] (Year 1 teacher); [[Jodie Tapper|name]] (Early Help family support
worker); [[Kerry Widdicombe|name]] (school nurse, 0-19 Torbay).  Minutes: [[Becca Nott|name]] (business support)
Apologies: [[Ashley Pike|name]] (father; text at 8.52: "cant make it working in [[exeter|place]]"); Dr [[Ian Sellick|name]] (GP).

1. How things are
[[Elowen|name]] thanked everyone. [[Shelley|name]] said she started sertraline on [[17 November|date]] and has had two calls
with Talking Therapies. She has been up for the school run "every day but one". [[Gail|name]] confirmed: [[Bailey|name]] 100% since
[[16/11|date]], [[Summer|name]] 94% (one day off with a cough, phoned in). Breakfast club every day; [[Bailey|name]] is "a different
boy", and has made friends with [[Oakley Brimacombe|name]] and [[Alfie|name]].

2. Home
[[Jodie|name]] has visited weekly since [[18 November|date]]. The bags are gone from the landing (the council took them on
[[20/11|date]] after [[Jodie|name]] rang); a new mattress came from the Torbay Community Furniture project; the kitchen window is
still boarded. [[Jodie|name]] will write to the landlord again; [[Shelley|name]] asked if she can go on the housing register for a
house near her mum in [[St
Marychurch|place]] or [[Babbacombe|place]]. Mr [[Stidwell|name]] downstairs has been "kind, brings
the post up".

3. Health
[[Kerry|name]]: both children treated for head lice (the whole house, with Nan's help). [[Bailey|name]] is wetting at night
most nights; referral to the enuresis clinic at Paignton Health and Wellbeing Centre. Dental: neither registered. [[Kerry|name]]
will ask Smile Torbay Dental on [[Union Street|address]] if they take new NHS patients.

4. Dad
[[Shelley|name]] said [[Ashley|name]] came to the flat on [[28 November|date]] drunk and shouted through the letterbox; she did not
let him in; [[Bailey|name]] hid in the bathroom with [[Summer|name]]. She did not call the police. [[Elowen|name]] explained
the worry; [[Shelley|name]] agreed to a referral to the domestic abuse service (Torbay Domestic Abuse Service). [[Elowen|name]] will
see [[Ashley|name]] on his own; his address is given as his mother's, [[41 Hyde Road|address]], [[Paignton|place]] [[TQ4 5BT|postcode]].

5. Nan
Mrs [[Yeo|name]]'s wrist is out of plaster. She will have the children Friday after school to Sunday teatime from
[[11 December|date]], and on Christmas Day ("turkey at mine, [[Shelley|name]] too").

Actions: EC home visit and see [[Ashley|name]] by [[11/12|date]]; JT landlord letter and housing register by [[9/12|date]];
KW dental and enuresis; GL attendance weekly to EC. Next meeting Wednesday [[13 January
2027|date]], 9.15.
"""),
    ("mother's own handwritten letter to the social worker, typed up", """[handed to [[Elowen|name]] at the door on [[4/12/26|date]], 2
sides of lined paper, typed as written]

dear [[elowen|name]]

Im writing this because I can't say it when your here I just go blank and cry. Thank you for not taking the kids. I know I let
them down. After dad died I just stopped, I couldnt get up, [[bailey|name]] was making [[summer|name]] toast and I knew and I still
couldnt. I am on the tablets now and the lady from the therapy rings me tuesdays.

The thing I didnt say is about [[ash|name]]. he says I owe him £600 from when we was together in the flat on [[Warbro rd|address]] and
he says he will "tell social" Im a junkie which I am NOT. He took my bank card in August and my nan's ring that was
mine. he parks the van at the top of [[Princes rd|address]] and waits. my friend [[Dani|name]] ([[Danielle Coombes|name]] she lives at
[[Hele|place]]) says I should tell you so I am.

[[Bailey|name]] asked me if dad is going to come back on his birthday which is the [[9th of April|dob]] and I didnt know what to
say. Mum says I should get a injunction but I cant afford a soliciter.

Please dont tell [[Ash|name]] I wrote this. if you need me ring after 10 in the morning [[07824516302|phone]] or mums house
[[01803 296417|phone]].

[[Shelley|name]] x
ps [[Summer|name]] did a picture for you its the sea at Meadfoot with us on it
"""),
]


# --- B. Huxtable / Isaac family (white British), Forches, Barnstaple -----------------------------------------------------------

HOME_B = d.Address("62 Chichester Road", "Forches", "Barnstaple", "EX32 8JU")
MUM_B = d.Address("5 Highfield Terrace", "", "Ilfracombe", "EX34 9BN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kyle", "Huxtable")], dt.date(2011, 2, 17), addresses=[HOME_B], ids=["315 996 1192", "C878084712258"],
       phones=["07593 884 126"], schools=["Park School"]),
    _p("s", "sibling", [("Tegan", "Huxtable")], dt.date(2015, 7, 3), addresses=[HOME_B], ids=["560 354 6131", "D878303374788"],
       schools=["Forches Cross Community Primary School"]),
    _p("f", "father", [("Craig", "Huxtable")], dt.date(1984, 9, 28), addresses=[HOME_B], phones=["07415 602 398", "01271 374 582"],
       ids=["NH 64 20 93 C"]),
    _p("m", "mother", [("Leanne", "Isaac")], dt.date(1987, 3, 5), addresses=[MUM_B], phones=["07807 331 945"]),
    _p("p1", "professional", [("Pete", "Chugg")], phones=["0300 123 1116"], emails=["pete.chugg@tawtorridge.gov.uk"]),
], "c")

DOCS_B = [
    ("strategy meeting minutes (child criminal exploitation)", """TAW AND TORRIDGE COUNCIL - STRATEGY MEETING (EXTRA-FAMILIAL HARM / CCE)
Child: [[HUXTABLE, Kyle|name]]   DOB [[17/02/2011|dob]]   NHS [[315 996 1192|nhs]]   UPN [[C878084712258|upn]]
Address: [[62 Chichester Road|address]], [[Forches|place]], [[Barnstaple|place]] [[EX32 8JU|postcode]]  Mobile ([[Kyle|name]]):
[[07593 884 126|phone]]
Date and time: [[30/10/2026|date]] 14:00, Teams    Chair: [[Nicola Slee|name]] (Team Manager, North Devon Safeguarding)

Attendees: [[Pete Chugg|name]] (SW, [[0300 123 1116|phone]], [[pete.chugg@tawtorridge.gov.uk|email]]); DC [[Sam Ridd|name]] (Devon and
Cornwall Police, [[Barnstaple|place]] CID); [[Lorna Bament|name]] (Youth Justice); [[Mark Tucker|name]] (Head of Year 10,
[[Park School|school]]);
[[Shona Lerwill|name]] (Missing and Exploitation Hub); [[Zoe Heddon|name]] (CAMHS, North Devon District Hospital).

Background ([[Pete|name]])
[[Kyle|name]], 15, lives with his dad, [[Craig Huxtable|name]] ([[07415 602 398|phone]]), and sister [[Tegan|name]], 11. Mum,
[[Leanne Isaac|name]], lives in [[Ilfracombe|place]] ([[5 Highfield Terrace|address]], [[EX34 9BN|postcode]]) and sees the children
most Sundays. Since August [[Kyle|name]] has been missing five times: [[22 Aug|date]] (found at [[Exeter|place]] St Davids
station), [[6 Sept|date]], [[19-20 Sept|date]], [[3 Oct|date]] and [[25-27 October|date]], when he was found by British Transport
Police at [[Bristol|place]] Temple Meads with £340 and two phones.

Police ([[Sam|name]])
Phone download from the [[27 October|date]] stop: a line called "TT" run from [[St Pauls|place]], [[Bristol|place]]; [[Kyle|name]] is
in a group with two older boys from [[Newport|place]] ([[Barnstaple|place]], not Wales), [[Jayden Squire|name]] (17) and
[[Connor Isaac|name]] (19, [[Kyle|name]]'s cousin). A silver Golf, [[DA17 NRE|vehicle]], picks up outside the Tesco on
[[Roundswell|place]] and at [[Pilton|place]] bridge. Nobody has been charged. NRM referral to be made today by [[Pete|name]].

School ([[Mark|name]])
Attendance 61%. Excluded for 2 days in September after a fight. A good footballer, plays for Bideford Youth U16s;
the coach, [[Gareth Heard|name]], is worried too and rang school on [[28/10|date]].

Decisions: Section 47 enquiry (child criminal exploitation). Single assessment; disruption plan with police (visits to the
address at [[Sticklepath|place]] where the boys meet: [[Flat 9, Bickington Road|address]]); return home interviews each time;
Youth Justice voluntary work; CAMHS appointment [[11/11|date]]. Review [[13 November 2026|date]].
"""),
    ("location-sharing app history screenshotted and annotated by the father", """[Life360-type app "places" history, 12 screenshots sent
by [[Craig Huxtable|name]] to [[Pete Chugg|name]] by WhatsApp on
[[28/10/2026|date]]; typed up by business support with [[Craig|name]]'s notes in brackets as he wrote them]

Circle: "[[Huxtables|name]]"  Members: [[Craig|name]], [[Kyle|name]], [[Tegan|name]], [[Leanne|name]]

Sat [[24 Oct|date]]
  09:12  Left Home ([[Chichester Rd|address]])
  09:40  Arrived Rock Park  (he said footie training. there is no training sats - CH)
  11:02  Driving, 38 mph, [[Sticklepath Hill|address]]  (DRIVING??? hes 15. whos car - CH)
  11:19  Arrived [[Westward Ho!|place]]  (never been there in his life)
  13:47  At [[Flat 9 Bickington Rd|address]]  ([[Jayden|name]]s mums, [[Bickington Rd|address]] - CH)
  16:30  Phone off / location paused

Sun [[25 Oct|date]]
  --  No location for [[Kyle|name]]  (rang [[07593884126|phone]] 40 times - straight to vm)
  14:20  [[Leanne|name]] at [[Ilfracombe|place]] - Home  ([[Leanne|name]] says he never turned up for dinner - CH)

Mon [[26 Oct|date]]
  02:14  [[Kyle|name]] arrived [[Taunton|place]] services?  (M5 - CH)
  03:51  [[Bristol|place]], [[Stokes Croft|place]]   (RANG 999, ref given - CH)
  07:05  Phone off

Tue [[27 Oct|date]]
  18:40  [[Kyle|name]] at "[[Bristol|place]] Temple Meads Station"  (BTP rang me 18:55 PC [[Rhiannon Price|name]] [[07946 118 257|phone]])
  22:50  Driving, M5  (me and [[Leanne|name]]s brother [[Wayne|name]] fetched him)

Wed [[28 Oct|date]]
  01:35  Arrived Home
  08:10  [[Tegan|name]] left Home - arrived [[Forches Cross|school]] 08:21  (at least one of them goes - CH)

[[[Craig|name]]'s message under the screenshots:] [[pete|name]] thats all of it. he turns it off when hes with them. [[jayden|name]] picks
him
up in that silver golf. I dont want him back at [[connor|name]]s ever. sorry for the swearing on the phone earlier mate
"""),
]

DOCS_B += [
    ("return home interview record", """RETURN HOME INTERVIEW (RHI)                                     Missing episode 5 of 2026
Young person: [[Kyle Huxtable|name]]  DOB: [[17.2.2011|dob]]  Missing from: [[25/10/2026|date]] ~16:30  Found: [[27/10/2026|date]] 18:40
Interview: Thursday [[29 October 2026|date]], 15:45, at McDonald's on [[Boutport Street|address]] ([[Kyle|name]]'s choice)
Interviewer: [[Shona Lerwill|name]], Missing and Exploitation Hub (independent of the allocated SW)

[[Kyle|name]] was late and on his phone at first; he turned it face down after the food came. He asked that his dad not see
"word for word" what he said; I explained what I must share and why.

Where he was: he said he "went [[Bristol|place]] with mates for a party" and stayed "at a girl's" in [[Easton|place]]; he would not
give her name, then said "[[Shannon|name]] or something". He said he was not selling, "just holding stuff for [[Connor|name]]", and
that he got the train back from [[Bristol|place]] "because [[Jayden|name]] said to". He has known [[Jayden|name]] since [[Pilton
Community College|school]] ("before I got kicked out and went [[Park|school]]").

Money and debt: he said the £340 "wasn't mine, it's [[JJ|name]]'s" (he said [[JJ|name]] is "a lad from [[Bristol|place]], older") and that
because the police took it he now "owes". He showed me a Snapchat from "[[JJ|name]]" (username jj.tt.blessed) saying "u owe
340 + 200 for the hassle". He looked frightened when he said his sister walks to school on her own.

Home: "Dad's alright, he just shouts". Misses his mum; would like to live in [[Ilfracombe|place]] "by the sea". His nan,
[[Sandra Huxtable|name]], at [[Newport|place]] ([[3 Gorwell Road|address]]), is "the only one who doesn't go on at me".

What would help: "getting my bike back" (taken from Rock Park in the summer), the gym at the leisure centre, and to go
back to football at [[Bideford|place]] with [[Gareth|name]]. He does not want a new social worker.

Risks shared (same day, 17:10) with [[Pete Chugg|name]] and DC [[Ridd|name]]: the debt to "[[JJ|name]]" (threat to [[Tegan|name]]
implied); [[Easton|place]] address unknown; the football coach [[Gareth Heard|name]] as a protective adult.
"""),
    ("bus company driver's incident report", """STAGECOACH SOUTH WEST - DRIVER INCIDENT REPORT (DIR)          Depot: [[Barnstaple|place]]
Route: 21  ([[Westward Ho!|place]] - [[Bideford|place]] - [[Barnstaple|place]] - [[Ilfracombe|place]])     Vehicle fleet no: 15690
Date of incident: [[19.09.2026|date]]      Time: approx 21:35      Driver: [[ANGOVE, Terry|name]]   Staff no: 40921

Location: Stop at [[Bideford|place]] Quay (outbound), then between [[Instow|place]] and [[Fremington|place]]

Description (in driver's own words):
Three lads got on at [[Bideford|place]] Quay. Two older (18-20?) one younger, about 14/15, who I know by sight as he gets the 21
to [[Forches|place]] most days. The older ones did not pay, said "he's paying", the young lad tapped his card for all three.
Upstairs they were smoking cannabis. I stopped at [[Instow|place]] and went up. The bigger one, white, tall, black North
Face, said "drive the bus grandad". The young one looked scared and said sorry. I heard the bigger one call him
"[[Huxy|name]]" and the other one "[[Jay|name]]". He told the young one to "get off at [[Fremington|place]] and walk it to
[[Sticklepath|place]]". I radioed control ([[Dawn|name]] on control) at 21:41. A lady passenger, Mrs [[Irene Lamerton|name]] from
[[Appledore|place]], gave her number [[01237 478 931|phone]] as a witness. They all got off at [[Fremington|place]] by the
Cross Roads pub.

Injury: none.  Damage: burn on seat upstairs row 4.
CCTV: requested, hard drive marked [[19/09|date]] lads smoking.  Police informed: yes - 101 ref 0633 of [[19/9|date]].

Control note ([[D. Lovering|name]], 21:50): driver OK. Passed to Devon and Cornwall Police; young person may be at risk; the
CCTV stills sent to [[Barnstaple|place]] police on [[21/09/2026|date]] at their request (PC [[Jenna Brayley|name]]).
"""),
]


# --- C. Trebilcock / Hicks family (white British), Kinsman estate, Bodmin; kinship care with a grandmother at Lanivet ---------

HOME_C = d.Address("19 Kinsman Close", "Kinsman Estate", "Bodmin", "PL31 1LQ")
NAN_C = d.Address("2 Rosewin Row", "Lanivet", "Bodmin", "PL30 5HT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mason", "Trebilcock-Hicks")], dt.date(2016, 12, 1), addresses=[NAN_C, HOME_C],
       ids=["916 918 7681", "R908901156900"], schools=["Lanivet School"]),
    _p("s", "sibling", [("Poppy", "Trebilcock-Hicks")], dt.date(2021, 5, 14), addresses=[NAN_C, HOME_C], ids=["205 096 7837"]),
    _p("m", "mother", [("Jade", "Trebilcock")], dt.date(1996, 10, 8), addresses=[HOME_C], phones=["07521 774 083"]),
    _p("f", "father", [("Ryan", "Hicks")], dt.date(1994, 2, 19)),
    _p("g", "grandparent", [("Pauline", "Trebilcock")], dt.date(1966, 4, 23), addresses=[NAN_C],
       phones=["01208 872 316", "07388 450 619"], ids=["SP 71 38 45 A"]),
    _p("p1", "professional", [("Tamsin", "Jago")], phones=["01208 739 264"], emails=["tamsin.jago@camelclay.gov.uk"]),
], "c")

DOCS_C = [
    ("special guardianship assessment (extract: the applicant, the children, recommendation)", """CAMEL CLAY COUNCIL - FOSTERING AND
KINSHIP SERVICE
SPECIAL GUARDIANSHIP ASSESSMENT REPORT (Schedule to the Special Guardianship Regulations 2005) - EXTRACT

Applicant: Mrs [[Pauline Ann Trebilcock|name]], born [[23/04/1966|dob]], NI [[SP 71 38 45 A|ni]]
Address: [[2 Rosewin Row|address]], [[Lanivet|place]], [[Bodmin|place]] [[PL30 5HT|postcode]]  Tel [[01208 872 316|phone]] /
[[07388 450 619|phone]]
Children: [[Mason Trebilcock-Hicks|name]] (born [[1 December 2016|dob]], NHS [[916 918 7681|nhs]], UPN [[R908901156900|upn]]);
[[Poppy Trebilcock-Hicks|name]] (born [[14 May 2021|dob]], NHS [[205 096 7837|nhs]])
Birth parents: [[Jade Trebilcock|name]] ([[19 Kinsman Close|address]], [[Bodmin|place]] [[PL31 1LQ|postcode]]); [[Ryan Hicks|name]]
(HMP Exeter; release date not known)
Assessing social worker: [[Tamsin Jago|name]] ([[01208 739 264|phone]], [[tamsin.jago@camelclay.gov.uk|email]])
Court: the Family Court sitting at Truro, case PL26C00412; final hearing listed [[18 January 2027|date]]

Section B: the applicant
[[Pauline|name]] is 60 and was a care assistant at Bodmin Community Hospital for 22 years until she retired in 2024. She
was born in [[Roche|place]], grew up in [[Bugle|place]], and has lived in [[Lanivet|place]] since she married the late
[[Derek Trebilcock|name]] (died 2019). Her other daughter, [[Kerensa Lobb|name]], lives in [[Par|place]] with her husband
[[Marcus|name]] and three children and is her main support; her brother [[Clive Hawken|name]] in [[Nanpean|place]] "does the
garden". She attends chapel at [[Lanivet|place]]; the minister, Rev [[Alison Burt|name]], gave a reference.

Health: type 2 diabetes, well controlled; GP Dr [[Morcom|name]] (first given as Rosedean Surgery, [[Liskeard|place]]; corrected:
the practice is Lostwithiel Medical Practice); the GP's letter of [[2/11/2026|date]] supports the application.
DBS: clear ([[15.08.2026|date]]). Home: a three-bedroom ex-council house; [[Mason|name]] and [[Poppy|name]] share the back bedroom.

Section C: the children
[[Mason|name]], 9, has lived with his nan since the police protection on [[7 March 2026|date]], when he rang 999 from the flat
at [[Kinsman|place]] because his mum would not wake up (an overdose of heroin and pregabalin; [[Ryan|name]] had gone). He is
in Year 5 at [[Lanivet School|school]] and his teacher Mr [[Paul Truscott|name]] says he is "settling". [[Poppy|name]], 5, goes to the
pre-school, [[Little Acorns|school]], in the village hall.

Contact: with mum at the family centre in [[Bodmin|place]] every other Saturday (supervised by [[Nicky Pascoe|name]]); letters
only with dad; with their cousins in [[Par|place]] as often as they like.

Recommendation: that a Special Guardianship Order is made to Mrs [[Trebilcock|name]] for both children, with the support plan
at Appendix 2 (allowance, therapeutic parenting course, life story work with [[Mason|name]]).
Signed: [[T. Jago|name]]   [[27.11.2026|date]]    Countersigned: [[Rachel Couch|name]], Team Manager
"""),
    ("kitchen whiteboard photographed at a visit, typed up", """[photo taken by [[Tamsin|name]] at a supervising visit, [[12/11/26|date]],
of the whiteboard on [[Pauline|name]]'s fridge; typed as
written, crossings-out in brackets; shared with Nan's agreement]

      THIS WEEK  -  wk of [[9th Nov|date]]
MON  [[Mase|name]] swimming 4pm [[Bodmin|place]] pool (bring goggles!!)  /  [[Pop|name]] - [[acorns|school]] til 3
TUES  Nan chiropodist 10.30 - [[Kerensa|name]] picks [[Pop|name]] up   /  bins
WEDS  [[TAMSIN|name]] 3.45 (social)  /  [[Mase|name]] - Mr [[Truscott|name]] parents eve 5.10
THURS  [[Poppy|name]] dentist [[Wadebridge|place]] 9.20 ([[Molesworth St|address]])  /  Tesco order
FRI  [[Mason|name]] cubs  -  [[Clive|name]] taking
SAT  CONTACT 10-12 family centre  (mum)  (take the card [[Mase|name]] made)
SUN  chapel - dinner at [[Kerensa|name]]s [[Par|place]] - [[Alfie|name]] & [[Jack|name]] birthday [[15th|date]] PRESENT

PHONE NOS
[[Kerensa|name]] mob  [[07732 906 514|phone]]
Social - [[Tamsin|name]] [[01208 739264|phone]] (out of hours 0300 123 1118)
school office  [[01208 831 296|phone]]
[[Jade|name]] - (DONT GIVE [[Mase|name]] THE PHONE WITHOUT ASKING [[Tamsin|name]])  [[07521 774 083|phone]]
[[Ryan|name]]s mum [[Sharon Hicks|name]] ([[Nanstallon|place]]) - NO CONTACT ORDER - dont answer

(Dr [[Morcom|name]] - [[Lost'l|place]])  (chemist [[Fore St|address]])
REMEMBER:  [[Mase|name]] bed 8.30 school nights.  [[Pop|name]] NO RIBENA
"""),
]

DOCS_C += [
    ("looked after child review report by the independent reviewing officer", """CHILD LOOKED AFTER REVIEW - RECORD OF REVIEW AND DECISIONS
Child: [[Mason TREBILCOCK-HICKS|name]]     DOB [[01/12/2016|dob]]     Legal status: Interim Care Order (s.38), placed with connected person
Placement: Mrs [[P Trebilcock|name]] (maternal grandmother), [[Lanivet|place]]
Review: second review, held Tuesday [[24 November 2026|date]] at [[Lanivet School|school]] and by phone
IRO: [[Malcolm Trethewey|name]]

Who took part: [[Mason|name]] (first 20 minutes, then his "Mind of My Own" statement was read); Nan; [[Tamsin Jago|name]] (SW); Mr
[[Paul Truscott|name]] (class teacher); [[Jade Trebilcock|name]] (mum, by phone from Broadway Lodge, [[Weston-super-Mare|place]]);
[[Ryan Hicks|name]] did not take part (letter sent to HMP Exeter, no reply). [[Poppy|name]]'s review was held straight after.

[[Mason|name]]'s views
[[Mason|name]] said he likes living at Nan's "because there's always tea and she doesn't sleep in the day", that he wants "to see
mum when she's better, not at the centre with [[Nicky|name]] watching", and that he is "fed up of being asked the same
questions". He is proud of his swimming badge and wants to go to [[Camel|school]] ([[Camel School|school]], [[Wadebridge|place]]) because
his
cousin [[Alfie Lobb|name]] goes there. He asked if he can have a phone for his birthday on the [[1st|dob]].

Mum's views
[[Jade|name]] has been in residential rehab since [[2 November|date]]. She said she has been clean "58 days", wants the children to
stay with her mum, and would like to ring [[Mason|name]] on Sundays. She asked that nobody tells [[Ryan|name]] where she is; she said
[[Ryan|name]]'s friend [[Lee|name]] "[[Tiny|name]]" [[Rowe|name]] had been seen in [[Lanivet|place]] outside the Lanivet Inn.

Education
Attendance 97%. PEP done [[4/11|date]]; target in reading; a 1:1 reading helper, Mrs [[Joy Varcoe|name]], three times a week.

Health
Annual health assessment due by [[1 March 2027|date]] with the looked after children's nurse ([[Sally Bone|name]]). Dental: seen in
[[Wadebridge|place]] [[12 Nov|date]], two fillings. Sleep better; nightmares "once a week, not every night".

Decisions
1. The plan for permanence is a Special Guardianship Order to Mrs [[Trebilcock|name]] (final hearing [[18/01/27|date]]).
2. Phone calls with mum on Sundays, 10 minutes, on Nan's phone, from [[29 November|date]], if the rehab key worker ([[Gemma|name]])
   agrees.
3. [[Lee Rowe|name]]'s sighting to be shared with police (PC [[Lowen Tregunna|name]], [[Bodmin|place]] neighbourhood team) by the SW.
4. Next review: [[19 May 2027|date]].       [[M. Trethewey|name]], IRO, [[25/11/2026|date]]
"""),
    ("a mother's birthday card and postcard, scanned for the file", """[scanned by [[Tamsin Jago|name]] [[03/12/2026|date]]: a birthday
card and a postcard from [[Jade|name]], read and passed to [[Mason|name]] and
[[Poppy|name]] by Nan; OCR text below, errors as the scanner made them]

--- page 1 (card, front: "9 TODAY" with a dinosaur) ---
--- page 2 (card, inside) ---
To my gorgeus boy [[Masen|name]]
Happy 9th Birthday!!! I cant beleive your 9 on the [[1st of Decernber|dob]], I remember the day you was born at Treliske in the
snow and Nanny [[Paul|name]] drove me in her old car and Grandad [[Derek|name]] was shouting at the sat nav.
I am getting better every day baby. I am at a place near the sea, its not our sea, its brown.
Be good for Nanny and look after [[Popsy|name]] for me. Love you to the moon and back
Mum xxxxxxxxx   (and a kiss from [[Shaz|name]] my room mate she says happy birthday)
PS the £10 is for the Pokemon cards from the shop in [[Lanivet|place]] not for sweets!!!

--- page 3 (postcard, picture side: "Greetings from [[Weston-super-Mare|place]]", the Grand Pier) ---
--- page 4 (postcard, back) ---
[[Dec 1st|date]]
Hiya [[Poppy pop|name]]!! This is the pier at [[Weston|place]]. Mummy is doing her work here to
get better. I miss you. Are you being a good girl for Nanny [[Pauly|name]] at [[acorns|school]]? Draw me a picture
of Biscuit and give it to [[Tamsin|name]] to send me.
Love mummy xxx
        To: Miss [[Poppy Trebilcock-Hicks|name]]
            c/o Mrs [[P. Trebilcock|name]]
            [[2 Rosewin Row|address]]
            [[Lanivet|place]]
            [[Bodmin|place]]
            [[PL3O 5HT|postcode]]  (postcode as written)
"""),
]


# --- D. Kavalenka family (Belarusian), Whitleigh, Plymouth ----------------------------------------------------------------------

HOME_D = d.Address("8 Lefroy Avenue", "Whitleigh", "Plymouth", "PL5 4BZ")
GRAN_D = d.Address("вул. Ажэшкі, 14, кв. 27", "", "Гродна", "230023")
AUNT_D = d.Address("ul. Grójecka 112/5", "", "Warszawa", "02-367")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Yana", "Kavalenka"), ("Яна", "Каваленка")], dt.date(2013, 3, 27), addresses=[HOME_D],
       ids=["291 246 3505", "Y879645554547"], phones=["07877 243 760"], schools=["Tamerton Vale Academy"]),
    _p("s", "sibling", [("Maksim", "Kavalenka"), ("Максім", "Каваленка")], dt.date(2018, 1, 11), addresses=[HOME_D],
       ids=["801 348 6796", "Q879211885866"], schools=["Whitleigh Brook Primary School"]),
    _p("m", "mother", [("Volha", "Kavalenka"), ("Вольга", "Каваленка")], dt.date(1988, 7, 16), addresses=[HOME_D],
       phones=["07400 158 832"]),
    _p("f", "father", [("Siarhei", "Kavalenka"), ("Сяргей", "Каваленка")], dt.date(1984, 12, 4), addresses=[HOME_D],
       phones=["07585 697 041"], ids=["WT 29 56 14 D"]),
    _p("g", "grandparent", [("Tamara", "Lukashevich"), ("Тамара", "Лукашэвіч")], addresses=[GRAN_D], phones=["+375 29 614-28-57"]),
    _p("p1", "professional", [("Jess", "Ashworth")], phones=["01752 434 891"], emails=["jess.ashworth@tamarsound.gov.uk"]),
], "c")

DOCS_D = [
    ("school's referral to the front door (MASH)", """TAMAR SOUND COUNCIL - REQUEST FOR SUPPORT / REFERRAL TO THE GATEWAY (MASH)
Submitted: [[05/11/2026|date]] 12:48 by [[Ciara Doidge|name]], Designated Safeguarding Lead, [[Tamerton Vale Academy|school]]
([[ciara.doidge@tamertonvale.org.uk|email]], [[01752 771 305|phone]])

Child: [[Yana KAVALENKA|name]] ([[Яна Каваленка|name]])  DOB: [[27-03-2013|dob]]  Year 9  NHS: [[291 246 3505|nhs]]  UPN:
[[Y879645554547|upn]]
Address: [[8 Lefroy Avenue|address]], [[Whitleigh|place]], [[Plymouth|place]] [[PL5 4BZ|postcode]]
Sibling: [[Maksim|name]] (8), [[Whitleigh Brook Primary School|school]]
Parents: [[Siarhei Kavalenka|name]] (father, [[07585 697 041|phone]]); [[Volha Kavalenka|name]] (mother, [[07400 158 832|phone]]). Language:
Russian and Belarusian at home; mother has little English; [[Yana|name]] interprets. Nationality: Belarusian (arrived 2022 on
a skilled worker visa held by father, who works at a boatyard at [[Turnchapel|place]]).

Reason for referral
This morning in form time [[Yana|name]] showed her friend [[Lily-Rose Penhaligon|name]] cuts on her left forearm. [[Lily-Rose|name]]
told her Head of Year, Mr [[Dan Vosper|name]]. [[Yana|name]] told me (with the school nurse, [[Angie Crabb|name]]) that she cut "because
of home". She said her father checks her phone every night, has taken her mother's and her own passports and "keeps them in
the car", does not let her mother go out alone or have money, and that "when mama asks for something he breaks things". On
Sunday [[1 November|date]] he threw a glass at the wall and it cut [[Maksim|name]]'s hand. She said her grandmother in Belarus,
[[Tamara|name]] ("бабуля [[Тамара|name]]", in [[Гродна|place]] / [[Hrodna|place]]), is the only one mama talks to, on Telegram.

[[Yana|name]] begged me not to tell her father she had spoken to us. She is due to go home at 15:10 and is usually picked up by
him in a black Skoda Octavia, [[WF19 KZO|vehicle]]. She has a TikTok account (yana.kvlnk) where she has posted about "escaping".

Other information: attendance 93%. A bright girl; wants to be a vet. Her aunt [[Alesia|name]] lives in [[Warsaw|place]] and
"wants us to come". Friend's mother, Mrs [[Nicola Penhaligon|name]] ([[Honicknowle|place]]), has offered [[Yana|name]] a bed "any time".

Consent: not sought from parents (risk of harm). Action taken: first aid, [[Yana|name]] kept in the pastoral base.
"""),
    ("family Telegram chat in Russian and Belarusian, typed up and translated", """[Telegram group "Мама і дочкі" ("Mum and daughters"),
exported from [[Volha|name]]'s phone with her consent on [[10.11.2026|date]]
at the police station; typed up with an English translation by the interpreter, [[Oksana Melnyk|name]] (Pearl Linguistics),
under each line. Members: "[[Вольга|name]]" ([[Volha|name]]), "Мама" (her mother, [[Tamara Lukashevich|name]], [[+375 29 614-28-57|phone]]),
"[[Алеся Лук.|name]]" ([[Alesia Lukashevich|name]], her sister, [[+48 601 284 517|phone]])]

[[02.11.2026|date]]
[21:14] [[Вольга|name]]: Мама, ён зноў. Шклянку кінуў, [[Максім|name]] парэзаў руку.
        Mum, he did it again. Threw a glass, [[Maksim|name]] cut his hand.
[21:15] Мама: Божа. [[Яначка|name]] дзе?
        God. Where is [[Yanachka|name]]?
[21:16] [[Вольга|name]]: У пакоі. Ён забраў пашпарты, кажа што ў машыне.
        In her room. He took the passports, says they are in the car.
[21:20] [[Алеся Лук.|name]]: [[Оля|name]], приезжайте ко мне в [[Варшаву|place]]. У меня есть место. [[Гроецкая 112|address]], ты знаешь.
        [[Olya|name]], come to me in [[Warsaw|place]]. I have room. [[Grójecka 112|address]], you know it.
[21:22] [[Вольга|name]]: Без пашпарта як? І [[Сярожа|name]] не дасць дзяцей.
        How, without a passport? And [[Seryozha|name]] won't let the children go.
[21:30] Мама: Я пазваню цёці [[Галі|name]] ў [[Плімут|place]]... не, у [[Эксетэр|place]]. Ведае юрыста.
        I'll ring auntie [[Halya|name]] in [[Plymouth|place]]... no, she's in [[Exeter|place]]. She knows a lawyer.

[[05.11.2026|date]]
[16:02] [[Вольга|name]]: Школа пазваніла сацыяльнай службе. [[Яна|name]] паказала рукі. Я баюся.
        School rang social services. [[Yana|name]] showed her arms. I'm scared.
[16:03] [[Алеся Лук.|name]]: Гэта добра, [[Оля|name]]. Нарэшце.
        That is good, [[Olya|name]]. At last.
[16:05] Мама: 🙏 Я свечку паставіла ў царкве сёння. Званіце мне.
        🙏 I lit a candle in church today. Ring me.
[16:40] [[Вольга|name]]: Ён прыйшоў. Патрым
        He's come. Later
"""),
]

DOCS_D += [
    ("social worker's case note of a home visit with an interpreter", """CASE NOTE - Home visit (Section 47 enquiry)  Recorded by:
[[Jess Ashworth|name]], Social Worker, [[Plymouth|place]] North
Date of visit: [[06/11/2026|date]], 16:30-18:05     Recorded: [[07/11/2026|date]] 09:10
Present: [[Volha Kavalenka|name]] (mother); [[Yana|name]] and [[Maksim|name]]; interpreter [[Oksana Melnyk|name]] (Russian, by phone for the
first 10 minutes, then in person); PC [[Ellis Kitto|name]] ([[Plymouth|place]] Public Protection Unit) joined at 17:20.
Not present: [[Siarhei Kavalenka|name]] (at work; then arrived 17:05, see below).

[[Volha|name]] met us at the door of [[8 Lefroy Avenue|address]] and asked us to be quick. Through [[Oksana|name]] she said she does not
speak Belarusian with strangers, only Russian, "because of the situation at home" (she meant in Belarus). She confirmed what
[[Yana|name]] told school: [[Siarhei|name]] keeps her passport and the children's, gives her £20 a week for food, has the only
bank card, and reads her messages. She has no friends here except "[[Galina|name]] from the church" (the Orthodox parish that
meets at a hall in [[Stoke|place]]) and a Polish neighbour at [[no. 10|address]], [[Bożena|name]], whom she has coffee with when he
is at work. She said he has hit her "two or three times", the last on [[18 October|date]] at [[Mount Batten|place]] in the car.

[[Maksim|name]] showed me the cut on the side of his right hand (healed, about 2 cm; a GP at Mayflower Medical Group glued it
on [[2/11|date]]). He said "papa threw the cup at the wall, not at me". [[Yana|name]] said she did not want to speak in front of
her mother; I saw her alone in her bedroom for 15 minutes. She said she has cut "maybe ten times" since the summer and has a
friend, [[Lily-Rose|name]], who "is the only one I tell". She wants her mother to be "free".

17:05 [[Siarhei|name]] came home (the black Skoda, [[WF19 KZO|vehicle]]). He was calm and polite, said in good English that [[Yana|name]]
"exaggerates for attention", that the passports are "safe at work, in [[Turnchapel|place]]" and that his wife "is depressed, she does not
cope". He said his brother [[Andrei Kavalenka|name]] ([[Minsk|place]]; Viber [[+375 33 702-15-44|phone]]) would confirm he is a
good father. He refused to give the passports. PC [[Kitto|name]] spoke with him outside.

Plan agreed with the team manager ([[Donna Pillar|name]]) by phone 17:45: [[Volha|name]] and the children to go tonight to the refuge
place found by Plymouth Domestic Abuse Services (address withheld) - she chose not to; she will decide by tomorrow.
Safety plan given in Russian. Her own number for us: [[07400 158 832|phone]]; safe times to ring 10:00-14:00.
"""),
    ("mother's own note, written in Russian and put through a translation app by her", """[Message sent by [[Volha|name]] to
[[Jess Ashworth|name]]'s work mobile on [[09/11/2026|date]] at 02:31. She wrote it in Russian and
pasted the app's English; both are kept. The English is the app's, not corrected.]

Здравствуйте [[Джесс|name]]. Это [[Ольга Коваленко|name]], мама [[Яны|name]] и [[Максима|name]].

Hello [[Jess|name]]. This is [[Olga Kovalenko|name]], mother of [[Yana|name]] and [[Maxim|name]].
I write at night because he sleeps. I want to go, I decided. But I can not go to refuge far, because [[Yana|name]] school is
[[Tamerton|school]] and [[Masha|name]]... sorry, [[Maksimka|name]] school is near. My friend [[Galina Sokolova|name]] say I can stay at her
home in [[Efford|place]], [[31 Torridge Way|address]], she has two rooms, her husband [[Viktor|name]] is good man.
My mother in [[Grodno|place]] is very ill, I was want to go to her in [[December 20|date]] for her birthday [[December 21|dob]]. Now I
can not because of passports. My sister [[Alesya|name]] in [[Warsaw|place]] say the Belarus consulate in [[London|place]] can make new
passport, but I am afraid of the consulate. He knows people there.
Please, do not call [[Sergei|name]] about this message. His telephone [[07585697041|phone]] is the same number that is on the
family plan - he can see my calls on the bill.
Thank you for [[Oksana|name]], she is good woman. [[Оксане|name]] спасибо.
[[Volha|name]] ([[Вольга|name]]) [[07400 158832|phone]]
"""),
]


# --- E. Braund / Wahyuni family (Indonesian mother, white British father), East-the-Water, Bideford ----------------------------

HOME_E = d.Address("23 Torridge Mount", "East-the-Water", "Bideford", "EX39 4BT")
PARENTS_E = d.Address("Jl. Kertajaya Indah VII No. 23", "Gubeng", "Surabaya", "60116")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ayu", "Braund")], dt.date(2016, 6, 30), addresses=[HOME_E], ids=["667 161 5004", "F878130503132"],
       schools=["Torridge View Primary School"]),
    _p("s", "sibling", [("Rizky", "Braund")], dt.date(2022, 2, 8), addresses=[HOME_E], ids=["714 263 1104"],
       schools=["Little Anchors Nursery"]),
    _p("m", "mother", [("Sri", "Wahyuni")], dt.date(1991, 9, 17), addresses=[HOME_E], phones=["07463 210 987"],
       ids=["220 204 5023"]),
    _p("f", "father", [("Darren", "Braund")], dt.date(1982, 5, 2), addresses=[HOME_E], phones=["07951 638 204"]),
    _p("a", "other", [("Rina", "Wulandari")], phones=["+62 812-3461-7729", "+62 361 478 215"]),
    _p("p1", "professional", [("Hannah", "Gorvett")], phones=["07709 452 183"], emails=["hannah.gorvett@nddas.org.uk"]),
], "c")

DOCS_E = [
    ("IDVA's risk summary and referral to MARAC", """NORTH DEVON DOMESTIC ABUSE SERVICE - IDVA RISK SUMMARY AND MARAC REFERRAL
Victim: [[Sri WAHYUNI|name]] (known as "[[Yuni|name]]")   DOB [[17/09/1991|dob]]   NHS [[220 204 5023|nhs]]
Address: [[23 Torridge Mount|address]], [[East-the-Water|place]], [[Bideford|place]] [[EX39 4BT|postcode]]  Safe number:
[[07463 210 987|phone]]
Perpetrator: [[BRAUND, Darren Lee|name]]   DOB [[02/05/1982|dob]]   [[07951 638 204|phone]]   Same address
Children: [[Ayu Braund|name]] (10, [[Torridge View Primary School|school]]); [[Rizky Braund|name]] (4, [[Little Anchors|school]] nursery)
IDVA: [[Hannah Gorvett|name]] ([[07709 452 183|phone]], [[hannah.gorvett@nddas.org.uk|email]])     Referral date: [[16.11.2026|date]]
DASH score: 17 (visible high risk)      Language: Bahasa Indonesia and Javanese; good spoken English, reads English slowly

Summary
[[Yuni|name]] came to the UK in 2015 on a spouse visa after meeting [[Darren|name]] in [[Kuta|place]], Bali, where she worked in her
sister's salon. She now has indefinite leave. [[Darren|name]] is a crewman on a scallop boat out of [[Appledore|place]] and has
been out of work since October after the boat was sold; since then he drinks most days at the Royal George and at home.

Incidents disclosed: on Saturday [[14 November|date]] he held her by the throat against the fridge "until I saw black" because she
sent £150 to her mother in [[Surabaya|place]]; [[Ayu|name]] ran to the neighbour, Mrs [[Maureen Heard|name]] at [[no. 21|address]], who rang
999 (police log 0871 of [[14/11|date]]; PC [[Tom Slee|name]] attended; [[Darren|name]] arrested, released under investigation,
bail conditions not to go to the address - he is staying with his brother [[Shane Braund|name]] in [[Northam|place]]). Earlier:
pushed down the stairs in July (told GP at Bideford Medical Centre she fell); took her passport and
BRP in 2024; calls her "the mail-order bride" in front of the children; says he will take the children to his mum's in
[[Torrington|place]] and she "will be sent back to Java".

Risks: strangulation; escalation since job loss; separation; the children witnessing; isolation (her only friend here is [[Dewi
Hartono|name]] in [[Barnstaple|place]], and the mosque she goes to in [[Exeter|place]] is an hour away); immigration threats.

Actions: referred to MARAC ([[26 November|date]]); Sanctuary scheme (locks) done [[18/11|date]]; police flag on the address;
non-molestation order application with [[Heddon|name]] & [[Pugsley|name]] Solicitors; school and nursery told; children's services
referral made [[16/11/2026|date]] (SW allocated: [[Kelly Tucker|name]]).
"""),
    ("WhatsApp chat in Indonesian between sisters, typed up and translated", """[WhatsApp chat between [[Yuni|name]] and her sister, saved
in her phone as "Mbak [[Rina|name]] Bali" ([[+62 812-3461-7729|phone]]); [[Yuni|name]]
showed it to the IDVA and chose these messages; typed up by [[Hannah Gorvett|name]] and translated by [[Dewi Hartono|name]] (a friend,
not a registered interpreter - [[Yuni|name]]'s choice). Times are UK times.]

[[14/11/26|date]], 23:48 - [[Yuni|name]]: Mbak, aku di rumah bu [[Maureen|name]] sebelah. Mas [[Darren|name]] dibawa polisi.
    (Sister, I'm at Mrs [[Maureen|name]]'s next door. [[Darren|name]] was taken by the police.)
[[14/11/26|date]], 23:50 - Mbak [[Rina|name]] Bali: Ya Allah dek!! Anak2 gimana? [[Ayu|name]]? [[Iki|name]]?
    (Oh God, little sister!! How are the kids? [[Ayu|name]]? [[Iki|name]]?)
[[14/11/26|date]], 23:52 - [[Yuni|name]]: [[Ayu|name]] yg lari minta tolong. Dia berani sekali. [[Iki|name]] tidur.
    ([[Ayu|name]] is the one who ran for help. She was so brave. [[Iki|name]] is asleep.)
[[15/11/26|date]], 00:05 - Mbak [[Rina|name]] Bali: Jangan bilang ibu dulu ya, ibu lagi sakit. Nanti mbak yang telpon ke [[Surabaya|place]].
    (Don't tell mum yet, she's ill. I'll ring [[Surabaya|place]] later.)
[[15/11/26|date]], 00:07 - [[Yuni|name]]: Iya. Paspor ku masih di dia mbak. Dia bilang mau bawa anak2 ke rumah ibunya di
[[torrington|place]].
    (Yes. He still has my passport. He says he'll take the kids to his mum's house in [[torrington|place]].)
[[15/11/26|date]], 00:10 - Mbak [[Rina|name]] Bali: Pulang aja ke sini dek, ke [[Denpasar|place]]. Salon masih ada,
[[Jl. Teuku Umar 88|address]].
    (Just come home here, to [[Denpasar|place]]. The salon's still there, [[Jl. Teuku Umar 88|address]].)
[[15/11/26|date]], 00:12 - [[Yuni|name]]: Ga bisa mbak, anak2 sekolah di sini. [[Ayu|name]] cuma bisa sedikit bahasa.
    (I can't, sister, the kids are at school here. [[Ayu|name]] only speaks a little Indonesian.)
[[16/11/26|date]], 10:31 - Mbak [[Rina|name]] Bali: Tadi mbak ngobrol sama mas [[Agus|name]], dia kenal orang KBRI [[London|place]].
    (I talked to [[Agus|name]] just now, he knows someone at the Indonesian embassy in [[London|place]].)
[[16/11/26|date]], 10:33 - [[Yuni|name]]: Makasih mbak. Hari ini aku ketemu ibu [[Hannah|name]] dari domestic abuse. Baik orangnya.
    (Thanks, sister. Today I'm meeting [[Hannah|name]] from domestic abuse. She's kind.)
[[16/11/26|date]], 10:34 - Mbak [[Rina|name]] Bali: Kalau darurat telpon salon [[+62 361 478 215|phone]] ya, aku selalu angkat.
    (If it's an emergency ring the salon [[+62 361 478 215|phone]], I always pick up.)
"""),
]

DOCS_E += [
    ("young carer's needs assessment", """YOUNG CARERS NEEDS ASSESSMENT (Children and Families Act 2014, s.17ZA)
Young carer: [[Ayu Braund|name]]     Date of birth: [[30 June 2016|dob]]     NHS no. [[667 161 5004|nhs]]     UPN [[F878130503132|upn]]
School: [[Torridge View Primary School|school]], Year 6 (teacher: Mrs [[Wendy Chope|name]])
Address: [[23 Torridge Mount|address]], [[East-the-Water|place]], [[Bideford|place]] [[EX39 4BT|postcode]]
Cared for: her mother [[Sri Wahyuni|name]] (back injury since July, anxiety) and her brother [[Rizky|name]] ("[[Iki|name]]"), 4
Assessor: [[Jade Pidler|name]], Young Carers worker, Devon Carers     Visits: [[23/11/2026|date]] (home), [[27/11/2026|date]] (school)

What [[Ayu|name]] does
[[Ayu|name]] gets [[Iki|name]] up, dressed and to [[Little Anchors|school]] on [[Old Barnstaple Road|address]] before she walks to school
with her
friend [[Grace Lerwill|name]] from [[no. 30|address]]. She reads letters to mum ("the council ones and the school ones"), fills in
forms, rings the GP "because they can't understand mum on the phone", and carries the washing up and down the stairs since
mum hurt her back. On Fridays she goes with mum to the Asian shop in [[Barnstaple|place]] ([[Butchers Row|address]]) to carry the
rice. She translates at parents' evenings. Since her dad left on [[14 November|date]] she checks the locks at night.

What [[Ayu|name]] says
"I don't mind helping mum, she's my mum. I mind when dad shouts that she's stupid because she can't read the letters, she's
not stupid, she speaks three languages." She would like to do the netball club on Wednesdays and "have a sleepover at
[[Grace|name]]'s". She worries about her nenek in [[Surabaya|place]] who is ill and about being sent to Indonesia: "dad
said". She misses her dad "when he's nice" and the boat trips to [[Lundy|place]].

What mum says
[[Yuni|name]] said she did not know [[Ayu|name]] was doing so much and cried. She would like English classes (ESOL at [[Petroc|school]],
[[Barnstaple|place]]) and a physio appointment, and asked if [[Iki|name]] can have breakfast at nursery.

Outcome and support plan (agreed [[27.11.26|date]])
- [[Ayu|name]] to join the Young Carers group at [[Bideford|place]] (Tuesdays, 4-6 pm) and the trip to the pantomime at the Queen's
  Theatre, [[Barnstaple|place]], on [[19 December|date]];
- school: a young carers card, a quiet place at lunch, Mrs [[Chope|name]] as trusted adult;
- nursery breakfast for [[Rizky|name]] (funded through Early Help, family worker [[Sophie Isaac|name]]);
- ESOL and physio referrals for [[Yuni|name]]; interpreter (Bahasa Indonesia) for all school meetings from now on;
- review [[5 March 2027|date]] ([[J. Pidler|name]]).
"""),
    ("port missioner's email to the social worker", """From: [[Steve Ellis|name]] <[[s.ellis@fishermensmission.org.uk|email]]>
Sent: Tuesday, [[1 December 2026|date]] 19:22
To: [[Kelly Tucker|name]] <[[kelly.tucker@tawtorridge.gov.uk|email]]>
Cc: [[Hannah Gorvett|name]] <[[hannah.gorvett@nddas.org.uk|email]]>
Subject: RE: [[Darren Braund|name]] - [[Braund|name]] family ([[Bideford|place]]) - consent given

Hi [[Kelly|name]],

Thanks for ringing. [[Darren|name]] gave me his OK today to tell you about our contact (he signed our form, attached). I'm the
Port Missioner for North Devon, covering [[Appledore|place]], [[Bideford|place]] and [[Ilfracombe|place]]; I've known [[Daz|name]]
about eight years, since he crewed on the "Morning Star" with [[Roger Hammett|name]].

When the "Ocean Pride" was sold in October five crew lost their berths with a week's notice. We gave [[Darren|name]] two
hardship grants (£250 on [[20/10|date]], £180 on [[17/11|date]]). He has been sleeping at his brother [[Shane|name]]'s in [[Northam|place]]
([[6 Lane Field Road|address]]) since the police were called. He is drinking heavily: I found him asleep in his van ([[WA12 DFU|vehicle]])
on the quay at [[Appledore|place]] at 7 this morning. He said he "knows he's lost [[Yuni|name]]" and is "scared he'll never see [[Ayu|name]]
and [[Rizky|name]] again". He has not said anything threatening to me about her. He did say his mum, [[Brenda Braund|name]] in
[[Torrington|place]], "will have the kids if [[Yuni|name]] goes back to Indonesia", which worried me.

I've given him the number for Drink Wise and offered to go with him to the GP; he's agreed to the Respect phone line. If you
want to meet him, he trusts our centre on the Quay - we're there Tuesdays and Thursdays 9-1.

Best wishes,
[[Steve|name]]
[[Steve Ellis|name]] | Port Missioner, North Devon | Royal National Mission to Deep Sea Fishermen | [[07709 452 813|phone]]
"""),
]


# --- F. Rowse / Kessell family (white British), Boscoppa, St Austell; a baby born to young parents ------------------------------

HOME_F = d.Address("Flat 6, 14 Boscoppa Road", "Boscoppa", "St Austell", "PL25 3DT")
NAN_F = d.Address("9 Carbis Road", "Bugle", "St Austell", "PL26 8PW")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Nevaeh-Rose", "Rowse-Kessell")], dt.date(2026, 11, 19), addresses=[HOME_F], ids=["803 949 0278"]),
    _p("m", "mother", [("Chloe", "Rowse")], dt.date(2007, 4, 2), addresses=[HOME_F], phones=["07438 552 190"],
       ids=["665 823 0897"]),
    _p("f", "father", [("Tyler", "Kessell")], dt.date(2005, 8, 25), addresses=[HOME_F], phones=["07912 347 806"],
       ids=["456 502 8743"]),
    _p("g", "grandparent", [("Donna", "Rowse")], dt.date(1984, 1, 9), addresses=[NAN_F], phones=["07495 260 731"]),
    _p("p1", "professional", [("Becky", "Hocking")], phones=["01726 72 3914"], emails=["becky.hocking@camelclay.gov.uk"]),
], "c")

DOCS_F = [
    ("pre-birth assessment (summary and recommendation)", """CAMEL CLAY COUNCIL - PRE-BIRTH ASSESSMENT
Unborn baby of [[Chloe ROWSE|name]] (DOB [[02/04/2007|dob]], NHS [[665 823 0897|nhs]]) and [[Tyler KESSELL|name]] (DOB [[25/08/2005|dob]],
NHS [[456 502 8743|nhs]])
EDD: [[24/11/2026|date]]     Booked at: Royal Cornwall Hospital (Treliske), Wheal Rose birth unit
Address: [[Flat 6, 14 Boscoppa Road|address]], [[Boscoppa|place]], [[St Austell|place]] [[PL25 3DT|postcode]]
Social worker: [[Becky Hocking|name]], [[St Austell|place]] and Clay Country team ([[01726 72 3914|phone]],
[[becky.hocking@camelclay.gov.uk|email]])
Sessions: [[3 Sept|date]], [[17 Sept|date]], [[1 Oct|date]], [[15 Oct|date]], [[29 Oct|date]] ([[Tyler|name]] absent), [[5 Nov|date]]

Why a pre-birth assessment
[[Tyler|name]] has a son, [[Kayden|name]] (3), from his relationship with [[Shannon Dunstan|name]]; [[Kayden|name]] has been on a child
protection plan in [[Newquay|place]] since February (neglect, domestic abuse by [[Tyler|name]]), and [[Tyler|name]] has a caution for
assault on [[Shannon|name]] ([[12/02/2025|date]], [[Newquay|place]]). [[Chloe|name]] is a care leaver (placed in foster care at 12 with
Mr and Mrs [[Grigg|name]] in [[Lostwithiel|place]], then supported lodgings); her personal adviser, [[Ruth Kent|name]], made the referral on
[[18 August 2026|date]].

[[Chloe|name]]
[[Chloe|name]], 19, is warm, organised and proud of the flat ("first proper home"). She has a cot, a Moses basket from her mum
and a list on the fridge. She talked openly about her childhood: her mum, [[Donna Rowse|name]], who lives at [[Bugle|place]]
([[9 Carbis Road|address]], [[PL26 8PW|postcode]], [[07495 260 731|phone]]), drank, and a stepdad, [[Gary|name]], hit them both. She and
[[Donna|name]] are close again and [[Donna|name]] has been sober four years. [[Chloe|name]] works at the Co-op in [[Par|place]] and will
take maternity leave.

[[Tyler|name]]
[[Tyler|name]], 21, a labourer, did not take part in two sessions and left one after 20 minutes. He says the caution was "a
fit-up" and that [[Shannon|name]] "lies to keep [[Kayden|name]] off me". He smokes cannabis "to sleep". His dad, [[Mark Kessell|name]]
([[Mevagissey|place]]), is a fisherman; [[Tyler|name]] says he was "brought up on the boats" and that his dad "sorted me out with a
belt". The [[Newquay|place]] social worker ([[Lewis Penna|name]]) says [[Tyler|name]] has missed every core group since June.

Analysis and recommendation
[[Chloe|name]] shows every sign of being able to meet a baby's needs. The risk is [[Tyler|name]]: domestic abuse in his last
relationship, not accepted; cannabis; hostility to services; and [[Chloe|name]]'s wish to "make it work" with him. Recommend an
initial child protection conference before the birth (category: emotional harm - risk of domestic abuse), a birth plan, and
[[Donna|name]] as a support (she has offered to stay at the flat for the first fortnight).
"""),
    ("community midwife's notes typed fast on her phone between visits", """[notes app, [[Lowenna Polglase|name]] (community midwife,
[[St Austell|place]] team), exported to email for the SW [[Becky|name]] [[21/11|date]] -
typed in the car, not corrected]

thurs [[19/11|date]]
- [[chloe|name]] SVD 03.12 at treliske, girl 3.21kg, named [[nevaeh-rose|name]]!! ([[Nevaeh|name]]). BF going ok
- [[tyler|name]] there for birth per ward, left 06ish. [[donna|name]] came 10am

sat [[21/11|date]] day 2 home visit 11.40 [[boscoppa rd|address]] [[flat 6|address]]
- home by 16.00 fri. baby well, feeding 2-3hrly, wt not done (day 5). cord ok. jaundice mild face only
- [[chloe|name]] tired, tearful (day 3 blues?) perineum ok. pain relief ok
- [[TYLER|name]] in bedroom w door shut, music loud, smell of weed on landing. he came out said "alright" & went out to car (blue corsa
  [[WP15 YTH|vehicle]]?) w mate - mate = "[[Deano|name]]"?
- [[donna|name]] staying till [[6th|date]]. says [[ty|name]] "on a short fuse" - shouted at [[chlo|name]] at 2am for waking him. ASKED
[[CHLOE|name]] ALONE -
  she said hes "just stressed" and "he's never touched me". safe word agreed (she texts "need nappies")
- safe sleep: moses basket in their room, NOT in bed. no smoking in flat agreed. he smokes on balcony?
- rang [[Becky|name]] 12.25 vm, then spoke 12.50. HV [[Tash Vivian|name]] (0-19 [[st austell|place]]) told, 1st visit [[2/12|date]]

mon [[23/11|date]] day 4
- [[donna|name]] opened door. [[Tyler|name]] "at his dads in [[mevagissey|place]]". baby feeding well, wt day 5 tmrw at clinic
[[Penwinnick Rd|address]]
- [[chloe|name]] brighter. showed me hole in bedroom door - "[[Ty|name]] walked into it" - [[donna|name]] rolled her eyes. photo taken
- neighbour [[Carol|name]] ([[flat 5|address]]) came over w a cardi for baby. nice. says walls thin "she hears everything"
- datix + SG referral done 14.10, midwifery SG lead [[Jenny Clemo|name]] aware
"""),
]

DOCS_F += [
    ("chronology of significant events (for the initial child protection conference)", """CHRONOLOGY OF SIGNIFICANT EVENTS -
[[NEVAEH-ROSE ROWSE-KESSELL|name]] (born [[19.11.2026|dob]], NHS [[803 949 0278|nhs]])
Prepared by [[Becky Hocking|name]] (SW) for the ICPC on [[8 December 2026|date]]. Sources: CMS, police, midwifery, [[Newquay|place]] CP
file.

Date         | Event                                                                                  | Source
[[14/03/2019|date]]  | [[Chloe Rowse|name]] (then 11) and [[Donna Rowse|name]]: police called to [[Bugle|place]] by neighbour Mr
[[Ken Bullen|name]];
             | [[Gary Tremain|name]] (stepfather) arrested for assault on [[Donna|name]]; [[Chloe|name]] bruised on arm        | Police
[[02/09/2019|date]]   | [[Chloe|name]] accommodated (s.20), foster carers Mr and Mrs [[Grigg|name]], [[Lostwithiel|place]]            | CMS
July 2023  | [[Chloe|name]] moves to supported lodgings with Mrs [[J Ellery|name]], [[Trewoon|place]]  | Leaving care
[[12/02/2025|date]]  | [[Tyler Kessell|name]] cautioned: assault on [[Shannon Dunstan|name]], [[Treninnick|place]], [[Newquay|place]]  |
Police
[[20/02/2026|date]]  | [[Kayden Dunstan|name]] (3) made subject of CP plan, [[Newquay|place]]; father [[Tyler Kessell|name]]  |
[[Newquay|place]] CP file
[[01/05/2026|date]]  | [[Chloe|name]] and [[Tyler|name]] move into [[Flat 6, 14 Boscoppa Road|address]]  | CMS
[[18/08/2026|date]]  | PA [[Ruth Kent|name]] refers: [[Chloe|name]] 20/40 pregnant, [[Tyler|name]]'s history  | CMS
[[09/10/2026|date]]  | Police to the flat: noise complaint by [[Carol Yelland|name]] ([[Flat 5|address]]); shouting; no offences  | Police
[[19/11/2026|date]]  | [[Nevaeh-Rose|name]] born at RCH, [[Truro|place]], 3.21 kg; well  | Midwifery
[[21/11/2026|date]]  | Midwife: cannabis smell, [[Tyler|name]] shouting at 2am, safe word agreed  | Midwifery
[[23/11/2026|date]]   | Midwife: hole in bedroom door; safeguarding referral                                           | Midwifery
[[25/11/2026|date]]  | Strategy discussion: s.47; ICPC; [[Tyler|name]] to stay at [[Mevagissey|place]] ([[4 Polkirt Hill|address]])
meanwhile | CMS
[[30/11/2026|date]]  | Unannounced visit 19:40: [[Tyler|name]] found at the flat; [[Donna|name]] had gone home to [[Bugle|place]]  | CMS
[[03/12/2026|date]]  | [[Chloe|name]] to the Minor Injury Unit at [[St Austell|place]] (Penrice) with baby, "fell on the stairs" - see
discharge letter  | Hospital
"""),
    ("hospital discharge letter, scanned and OCR'd", """[scanned [[04/12/2026|date]], OCR text; l and 1, 0 and O confused as the scanner
made them,
though the phone and NHS numbers below were checked against the paper]

ROYAL CORNWALL HOSP1TALS NHS TRUST
Penrice Community Hospital - Minor Injury Unit, [[Porthpean Road|address]], [[St Austel1|place]] [[PL26 6AD|postcode]]

DISCHARGE SUMMARY - copy to GP (Park Medical Centre) and, with consent, to Children's Social Care

Patient: [[ROWSE, Ch1oe|name]]         DOB: [[O2/O4/2OO7|dob]]        NHS No: [[665 823 0897|nhs]]
Address: [[F1at 6, 14 Boscoppa Rd|address]], [[St Austell|place]] [[PL25 3DT|postcode]]        Tel: [[07438 552 190|phone]]
Attended: [[O3/12/2O26|date]] 21:14         Seen by: [[J. Trudgeon|name]], ENP

Accompanied by: her baby ([[NEVAEH-ROSE|name]], 2 weeks) and her mother ([[Donna|name]], who arrived 21:40).

Presenting complaint: "Fell on the stairs at home carrying the washing". Pain left wrist and left cheek.
Findings: swelling and tenderness over the left distal radius; bruise 3 x 2 cm left cheekbone; two small linear bruises on the
upper left arm (? finger marks). X-ray: no fracture. Baby checked by the ENP at the mother's request: no marks seen, feeding well.

Safeguarding: injuries not fully consistent with the account. Asked alone (mother and baby only): she said she "tripped".
When asked if anyone had hurt her she was quiet and then said "not tonight". Partner named as [[Tyler Kesse11|name]]. The
on-call paediatric registrar (Dr [[Owen Nankivell|name]]) was asked about the baby: no need to attend as no concern about the
baby's injuries, but a safeguarding referral is to be made. Referral to Cornwall Children's Services (out of hours) 22:05,
spoke to [[Mike Rundle|name]]. DASH offered - declined. Leaflet for Safer Futures given.

Plan: wrist splint, paracetamol, GP review 1 week. Discharged 22:35 with her mother to [[9 Carbis Rd|address]], [[Bug1e|place]].
Electronically signed: [[J Trudgeon|name]] ENP, [[O3.12.2O26|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 50 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 02:27 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "rev", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy",
           "mam", "dad", "daddy", "papa", "mama", "aunty", "auntie", "uncle", "mbak", "mas", "bu", "ibu", "pak", "bapak", "dek", "kak",
           "nenek", "tante", "om", "бабуля", "баба", "мама", "тата", "папа", "цёця", "цёці", "дзядуля", "тётя"}
_AFTER = {"senior", "junior", "bali"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cornwall", "kernow", "devon",
               "north devon", "south devon", "east devon", "mid devon", "torbay", "clay country", "dartmoor", "exmoor", "the moor",
               "somerset", "belarus", "беларусь", "poland", "russia", "lithuania", "indonesia", "java", "east java", "jawa timur",
               "bali", "europe", "asia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 21's checker (which runs set 15's, and so sets 13 to 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the kinship words
# and counties of sets 7 to 21; this adds this set's titles and kinship words (before a name: "Rev", "Mbak Rina", "mas Agus",
# "bu Maureen", "ibu Hannah", "бабуля Тамара", "цёці Галі"; after one: "Rina Bali" as the sister is saved in a phone) and
# counties, regions and countries ("Devon", "Torbay", "Clay Country", "Belarus", "Indonesia", "Java", "Bali").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_21, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
