"""Set 81: a held-out hand-written set for the redaction detector, six more invented families in North Tyneside, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set78.py
to bench/redaction_set80.py and their tests (written by other helpers at the same time), that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py
(its docstring, records, the opening of its first document, the ends of its last document, and its _TITLES, _AFTER,
_NOT_PLACES and closing helpers; most of its documents were not read) and tests/test_redaction_set21.py and the first lines of
tests/test_redaction_set25.py (the layout and marking conventions followed here), the docstrings of bench/redaction_set7.py to
bench/redaction_set77.py (printed with ast and searched only for North Tyneside towns and communities, to pick a home no
earlier set used and communities no earlier set used), the `_party`, `Records` and `HandSet` signatures of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made with python-stdnum and a small check-digit snippet. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking
is found after scoring, correct only the marking and say so here.

Six families in North Tyneside, each from a town, district or estate no earlier set used as a family's home. Four white
British or mixed families: a young mother in Howdon, Wallsend, with a grandmother in Willington Quay and a father bailed to
Battle Hill (Robson / Charlton; a baby falling off her centile, domestic abuse, a father who takes the Universal Credit, a boy
of 7 who hides under the bed), a family in Monkseaton, Whitley Bay (Hindmarsh / Gallon; a boy of 15 in county lines into
Blyth and Ashington, missing episodes, a return home interview, an NRM referral, a mother's own letter), a white British
and Jamaican family in Killingworth (Lambert / Campbell; an autistic girl of 10 who cannot get through the school door, a
brother of 17 in debt to an older youth, a father and grandmother in Pennywell, Sunderland) and a care leaver of 19 in
Shiremoor with her mother in Backworth (Dixon / Mackay; a pre-birth referral, a newborn, a violent father, police
protection). Two from communities no earlier set used: a Lao family in Forest Hall who run a takeaway (Phommachanh /
Sisouphanh; a girl of 10 washing up past midnight and interpreting for police, a father's gambling and assault, a mother's
passport held, an aunt in Vientiane, an uncle in Harehills, Leeds) and a Norwegian and white British family in Chirton,
North Shields (Solberg / Nesbitt; a father working offshore four weeks on, a mother's drinking, a young carer of 13 who
cuts herself, a paternal grandmother from Bergen). 24 documents, 12 plain professional recording (a health visitor's
referral, a social worker's case note, strategy discussion minutes, a school attendance letter, an initial child
protection conference report, a CAMHS crisis team letter, child in need review minutes, a police missing person report, an
NRM form, an EHCP annual review extract, a midwife's pre-birth referral, a court chronology) and 12 other kinds: a mother's
texts to her own mother typed up from screenshots, a Lao Messenger chat translated by an interpreter (names and a city in
Lao script), a police STORM log, a young carers' online form export, a father's email from a supply vessel, a return home
interview typed on a tablet, a mother's own letter, a GP letter scanned and read by OCR (with its misreadings), a child's
one-page profile, a Teams chat between professionals, a duty social worker's notes typed fast on a phone, and a family
WhatsApp group export.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Laos, Norway); NHS numbers and UPNs (LA number 392) pass their check digits; NI numbers
have a valid format. The council is invented (Coble Bay), and so are the GP practices (Tyneview Medical Practice, Collingwood
Surgery, West Moor & Killingworth Medical Group), the family hub (Riverside Family Hub), the takeaway (Baan Lao Kitchen), the
vessel and its owner (MV Sea Viking) and the football club (Whitley Bay Sporting); towns, districts, estates, villages, real
schools and colleges, charities, NHS bodies, hospitals, police forces, courts, clubs, brands, apps, oil fields, temples,
landmarks and foods are real or stand for real ones and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DS, DC, Insp, HV, Nana, nana, Uncle, uncle, mam, Ajahn, and the Lao "ເອື້ອຍ" (older sister) and "ນ້ອງ" (younger sibling))
stay outside the name span, and so does "senior" after one ("Mrs Solberg senior"), a possessive 's and a bare s in texting
("gaz"s, "jordan"s); every person's name is a name in every form, record or not; "SURNAME, First" is one span ("ROBSON,
Kayden", "SISOUPHANH, Manivanh", "HINDMARSH, Tyler James") and so is the Teams form "Nair, Priya"; an initial with a surname
or a first name with an initial is one span ("K Phommachanh", "R. Olu-Adeyemi", "hayley c", "Amara L-C"), while initials
alone ("TJ") are not marked; a collar number after a name stays outside; a name, address, place, school or date broken by a
line break is one span holding the break; a contact or sender saved under a kinship word ("Mam", "Me") is not a name, but one
saved under a name or short form is ("Shan"); a family's own short form of a town is a place ("the quay" for Willington Quay,
"the bay" and "the Bay" for Whitley Bay); a street address is one span, a flat and its street one span ("Flat 3, 17
Beaconsfield Street"), a neighbour's bare number an address ("no. 16", "no.3", "no 7"), an address abroad an address
("Kalfarveien 31") with its four-digit Norwegian postcode ("5018") a postcode; countries, counties and regions are not places
("Laos", "Jamaica", "Cumbria", "Northumberland", "North Tyneside", "the midlands"); organisations are not marked even when
they hold a town's or a person's name ("North Tyneside General", "Wansbeck General", "The Killingworth Health Centre",
"Whitley Bay Sporting", "Hartley Boxing Club", "Baan Lao Kitchen", "Wat Lao Buddharam", "Recovery Partnership", "the RVI",
"the Family Court at Newcastle upon Tyne"), but a branch or service named by its town in lower-case words marks the town
("Howdon hub", "Wallsend Salvation Army", "Northumbria Police, Wallsend", "Whitley Bay library"); a firm named after people
marks only the name ("Kirkup & Co"); schools and colleges and their short forms are schools ("Norham", "Marden",
"Waterville", "Tyne Coast"); a date of birth is dob, any other calendar date with a day is date with a weekday before it
left outside, and a bare day ("8", "9", "21st", "30th", "22nd") is a date of its own; months and years alone, and
festivals ("Hallowe'en"), are not marked; pets' names (Toon, Pepper) are not names; landmarks stay unmarked (Spanish City,
the lake at Killingworth keeps only the town, the front, the Johan Sverdrup field).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a name that is also a
town is marked by what it refers to ("Kendal" the boy is a name, "Kendal" where he was born a place; "Shields" in "Anthony
Shields" and "Shields, Anthony" is a name; "Dudley" is the Northumberland village, a place; "Common" in "Hayley Common" a
name); a Metro station named by its district marks the district ("howdon"); nicknames and street names for people
("Gadge", "Wiggy", "Mac", "Sonny", "Sunny", "Mars") are names, while a drugs line's brand ("DOLLAR") is not; a contact saved
as a name and an emoji ("Reece 🚗") marks the name; in OCR text a misread place, address, date or dob is marked as it stands
("Ki1lingworth", "8 Stokes1ey Grove", "11/O2/2016", "2O/10/2026", "16 0ct 2026", "Killingw-\\north"), and a misread
organisation ("KlLLINGWORTH MEDICAL GR0UP") stays unmarked; names and places in Lao script are names and places ("ແກ້ວ",
"ມະນີວັນ", "ຄຳເພັດ", "ນ້ອຍ", "ວຽງຈັນ"); a village and a district of Vientiane ("Ban Nongduang", "Sikhottabong") are places;
"Pappa" and "farmor" (Norwegian for dad and father's mother) are kinship words, not names; an interpreter's registration, a
police reference, a case number, a collar number and a Language Line interpreter id are not marked; an expected date of
delivery is a date, not a dob; a hospital ward and cot number are not addresses.

Self-check without the detector: `python -m bench.redaction_set81` (and tests/test_redaction_set81.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 938 gold spans, 486 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Robson / Charlton family (white British), Howdon, Wallsend -------------------------------------------------------

HOME_A = d.Address("14 Churchill Street", "Howdon", "Wallsend", "NE28 0PT")
NAN_A = d.Address("6 Bewicke Road", "Willington Quay", "Wallsend", "NE28 6SG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Robson")], dt.date(2019, 6, 4), addresses=[HOME_A], ids=["875 886 7023", "J392211764128"],
       schools=["Stephenson Memorial Primary School"]),
    _p("s", "sibling", [("Ellie-Mae", "Robson")], dt.date(2025, 2, 17), addresses=[HOME_A], ids=["279 054 5340"]),
    _p("m", "mother", [("Shannon", "Robson")], dt.date(2000, 9, 12), addresses=[HOME_A], phones=["07415 228 937"],
       ids=["JT 42 81 63 B"]),
    _p("f", "father", [("Callum", "Charlton")], dt.date(1997, 1, 28), phones=["07592 604 118"]),
    _p("g", "grandparent", [("Brenda", "Robson")], dt.date(1968, 4, 2), addresses=[NAN_A], phones=["0191 266 7302"]),
    _p("p1", "professional", [("Gemma", "Forster")], phones=["0191 643 2284"], emails=["gemma.forster@coblebay.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's referral to the front door", """NORTH TYNESIDE 0-19 SERVICE - SAFEGUARDING REFERRAL TO COBLE BAY FRONT DOOR
Referrer: [[Laura Dodds|name]], Health Visitor, [[Howdon|place]] hub      Tel: [[07805 331 472|phone]]      Date: [[02/11/2026|date]]
Child 1: [[Ellie-Mae ROBSON|name]]   DOB [[17/02/2025|dob]]   NHS [[279 054 5340|nhs]]
Child 2: [[Kayden ROBSON|name]]   DOB [[04/06/2019|dob]]   NHS [[875 886 7023|nhs]]   School: [[Stephenson Memorial Primary|school]]
Address: [[14 Churchill Street|address]], [[Howdon|place]], [[Wallsend|place]] [[NE28 0PT|postcode]]
Parent: [[Shannon Robson|name]] (mother), [[07415 228 937|phone]]. Father: [[Callum Charlton|name]], lives at his mam's in
[[Battle Hill|place]], no phone given.

Reason for referral: on [[30 October|date]] I did the 18 month review late (missed twice, [[14/08|date]] and [[11/09|date]]).
[[Ellie-Mae|name]] weighed 8.9 kg, dropped from the 50th to below the 9th centile. The flat smelled of dog and smoke; there
was no food in the fridge but milk and a tub of margarine. [[Shannon|name]] said the electric key was on emergency and
that "[[Cal|name]]" takes her Universal Credit on the Tuesday. A neighbour, [[Trish|name]] from [[no. 16|address]], came in
while I was there and said "she's a good lass, it's him". [[Kayden|name]] was off school with "a cold"; he told me he had
"a Greggs" for tea. Mum has a bruise on her left cheekbone; she said the baby head-butted her.
Discussed with [[Janice Bell|name]], safeguarding nurse, on [[31.10.26|date]]. GP: Tyneview Medical Practice, Dr [[Ayesha Mir|name]].
Grandmother: Mrs [[Brenda Robson|name]], [[6 Bewicke Road|address]], [[Willington Quay|place]], [[0191 266 7302|phone]] - mum
is happy for us to talk to her.
Other children in the household: none. Other adults who visit: [[Callum|name]]'s friend "[[Gaz|name]]" ([[Gary Ferguson|name]]?) and
mum's friend [[Chelsea Pringle|name]] of [[Rochester Street|address]]. Mum's NI number (from the UC letter on the side):
[[JT 42 81 63 B|ni]]. Dad's date of birth per mum: [[28th Jan 1997|dob]]."""),
    ("typed up texts between a mother and her mother", """Screenshots given to the social worker by [[Brenda Robson|name]] on
[[9 November 2026|date]], typed up by
[[G Forster|name]]. Contact saved in nan's phone as "[[Shan|name]]".

[[Shan|name]], Sat [[31 Oct|date]] 22:14: mam can u lend us 20 till thurs the key's gone on emergency
[[Shan|name]], 22:15: dont tell [[cal|name]]
Me, 22:31: i'll come round in the morning pet. Is he there
[[Shan|name]], 22:40: he's gone to [[gaz|name]]s in [[the quay|place]]. hes took the bairns dinner money again
Me, 22:41: I'm ringing that [[laura|name]] the health visitor
[[Shan|name]], 22:41: NO mam they'll take them off us
[[Shan|name]], Sun [[1 Nov|date]] 09:02: [[kayden|name]] wants to come to yours, can u get him off the metro at [[howdon|place]]
Me, 09:05: yes. Tell him to wait inside the shop by [[Mo|name]]'s not on the road
[[Shan|name]], Tue [[3 Nov|date]] 17:12: the social rang. a woman called [[gemma|name]]. shes coming thursday
[[Shan|name]], 17:20: [[cal|name]] says if they come hes moving back to [[wallsend|place]] with [[Kirsty Ord|name]]. good riddance
Me, 17:21: come to mine pet. [[Ellie|name]] can have the cot in the back
[[Shan|name]], [[05/11/2026|date]] 21:58: hes smashed the telly. me and the bairns at [[Chelsea|name]]'s
Me, 21:58: which [[Chelsea|name]]. [[Chelsea Pringle|name]]? I'm getting a taxi
[[Shan|name]], 22:03: [[no.3|address]] [[rochester street|address]]. hurry mam"""),
    ("social worker's case note after a visit", """CASE NOTE - Home visit, Thursday [[5 November 2026|date]]   Worker:
[[Gemma Forster|name]], Coble Bay Council
Children's Services, [[gemma.forster@coblebay.gov.uk|email]], [[0191 643 2284|phone]]
Present: [[Shannon Robson|name]], [[Kayden|name]] (7), [[Ellie-Mae|name]] (20 months), Mrs [[Brenda Robson|name]] (maternal
grandmother) for part. Not present: [[Callum Charlton|name]].
Seen in the flat at [[14 Churchill Street|address]]. [[Kayden|name]] showed me his bedroom: a mattress on the floor, a
Newcastle United duvet, no curtains. He said "[[Callum|name]] shouts at mam and she cries" and that he hides under the bed with
the dog (Toon). He likes Mrs [[Hall|name]], his teacher at [[Stephenson Memorial|school]], and the breakfast club.
[[Ellie-Mae|name]] was in a vest and nappy, grizzly, eating dry Weetabix from the floor. I weighed nothing (not my role);
HV [[Laura Dodds|name]] will see her again on [[12 November|date]] at the Riverside Family Hub.
[[Shannon|name]] says [[Callum|name]] hit her on [[24th October|date]], that this is "the first time" (later: "the first time
with the bairns there"). She agreed to a DASH with IDVA [[Nicola Storey|name]] of Harbour. Plan: safety plan with nan's
address as the place to go; food bank voucher ([[Wallsend|place]] Salvation Army); referral to Early Help for [[Kayden|name]]; strategy
discussion requested with DS [[Paul Hedley|name]], Northumbria Police, [[Wallsend|place]]. Next visit [[10/11/2026|date]].
Added [[6/11|date]]: mum rang at 08:50 from [[Chelsea|name]]'s. She and the children stayed at [[no.3|address]] overnight; [[Kayden|name]]
went to [[Stephenson Memorial|school]] from there. [[Brenda|name]] collected the baby at 09:30 and took her to [[Willington
Quay|place]]. Shared with DS [[Hedley|name]] and Mrs [[Hall|name]]."""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[ROBSON, Kayden|name]] and [[ROBSON, Ellie-Mae|name]]      Held by Teams,
[[06.11.2026|date]] 10:00
Chair: [[Angela Tait|name]] (Team Manager, Coble Bay)   Social worker: [[Gemma Forster|name]]
Police: DS [[Paul Hedley|name]] (CAIT)   Health: [[Janice Bell|name]] (named nurse)   School: Mr [[Rob Gray|name]] (DSL,
[[Stephenson Memorial Primary School|school]])   Apologies: HV [[Laura Dodds|name]]
Information shared: Police hold four DA incidents at [[Churchill Street|address]] since March 2026: incidents on
[[14/03/2026|date]], [[2/6/2026|date]], [[19 August|date]] and [[5 November 2026|date]]; on the last, [[Charlton|name]] was arrested at
[[3 Rochester Street|address]], [[Wallsend|place]], the home of [[Chelsea Pringle|name]],
and bailed to live at [[41 Hotspur Road|address]], [[Battle Hill|place]] [[NE28 9HR|postcode]] with his mother, Mrs
[[Carol Charlton|name]]. School: [[Kayden|name]]'s attendance 81%; he came in on [[2 November|date]] with a mark under his
eye he said was from "[[Cal|name]]'s ring". UPN [[J392211764128|upn]].
Decision: S47 single agency (social care) for both children; ABE interview for [[Kayden|name]] not needed at this point. Actions:
[[Gemma|name]] to see the children at nan's, [[Willington Quay|place]], by [[9/11|date]]; DS [[Hedley|name]] to check bail.
Circulation: [[Angela Tait|name]], [[Gemma Forster|name]], [[Paul Hedley|name]], [[Janice Bell|name]], [[Rob Gray|name]],
[[Laura Dodds|name]].
Next review of the enquiry: [[13 November 2026|date]], 11:00."""),
]


# --- B. Phommachanh / Sisouphanh family (Lao), Forest Hall ---------------------------------------------------------------

HOME_B = d.Address("27 Rothbury Gardens", "Forest Hall", "Newcastle upon Tyne", "NE12 9LB")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Souksavanh", "Phommachanh"), ("Noy", "Phommachanh")], dt.date(2016, 10, 23), addresses=[HOME_B],
       ids=["291 384 9822", "Q392223251164"], schools=["Ivy Road Primary School"]),
    _p("s", "sibling", [("Kham", "Phommachanh")], dt.date(2024, 5, 8), addresses=[HOME_B], ids=["526 373 7084"]),
    _p("m", "mother", [("Manivanh", "Sisouphanh")], dt.date(1991, 3, 15), addresses=[HOME_B], phones=["07306 918 245"]),
    _p("f", "father", [("Khamphet", "Phommachanh")], dt.date(1986, 12, 1), addresses=[HOME_B], phones=["07950 772 613"],
       ids=["SP 70 25 19 C"]),
    _p("p1", "professional", [("Ruth", "Armstrong")], phones=["0191 643 2284"], emails=["ruth.armstrong@coblebay.gov.uk"]),
], "c")

DOCS_B = [
    ("school attendance officer's letter", """[[Ivy Road Primary School|school]]
[[Ivy Road|address]], [[Forest Hall|place]], [[Newcastle upon Tyne|place]] [[NE12 9AP|postcode]]     Tel. [[0191 200 5716|phone]]

[[16th October 2026|date]]

Mr [[K Phommachanh|name]] and Ms [[M Sisouphanh|name]]
[[27 Rothbury Gardens|address]]
[[Forest Hall|place]]
[[NE12 9LB|postcode]]

Dear Mr [[Phommachanh|name]] and Ms [[Sisouphanh|name]],
Re: [[Souksavanh|name]] ([[Noy|name]]) [[Phommachanh|name]], Year 5, date of birth [[23.10.2016|dob]], UPN [[Q392223251164|upn]]
I am writing because [[Noy|name]]'s attendance this term is 74%. She was absent on [[8|date]], [[9|date]] and [[15 September|date]],
[[1 October|date]] and every Monday since [[21/09/2026|date]]. Her teacher, Miss [[Dobson|name]], has also noticed that [[Noy|name]]
is very tired on Tuesday mornings and has fallen asleep twice. [[Noy|name]] told Miss [[Dobson|name]] she "helps at the shop"
on Sunday nights until late. The shop we understand to be the family's takeaway, Baan Lao Kitchen, at [[112 Station Road|address]],
[[Forest Hall|place]].
We would like to meet you on Wednesday [[21 October|date]] at 3.30pm. We can book a Lao interpreter; please ring the office
and ask for me or for Mrs [[Sandra Hunter|name]], our family liaison worker. Your daughter's wellbeing matters to us.
Yours sincerely
[[Mark Lowery|name]]
Attendance and Welfare Officer
cc: [[Ruth Armstrong|name]], Early Help, Coble Bay Council
Note added by the office on [[19/10/2026|date]]: Mr [[Phommachanh|name]] rang from [[07950 772 613|phone]] and said the family will come;
he asked for "a man interpreter, not [[Vilayvanh|name]], she knows my wife's family". Booked [[Somsak Chanthavong|name]] (agency) for
the [[21st|date]]."""),
    ("Lao Messenger chat translated by an interpreter", """TRANSLATION - Facebook Messenger chat, Lao to English. Shown to the interpreter
by Ms [[Sisouphanh|name]] on
[[12/11/2026|date]] with her consent. Interpreter: [[Vilayvanh Keo|name]] (registration LAO-0093). Names in Lao script kept as
written; English in square brackets is the interpreter's.

Chat: "ເອື້ອຍ [[ແກ້ວ|name]]" [older sister [[Keo|name]] - the mother's sister in [[Vientiane|place]]]
[[ແກ້ວ|name]] [[10 Nov|date]] 20:11: ນ້ອງ [[ມະນີວັນ|name]] ເປັນແນວໃດແດ່ [little sister [[Manivanh|name]], how are you]
[[Manivanh|name]] 20:30: ບໍ່ດີ. [[ຄຳເພັດ|name]] ເສຍເງິນອີກ [not good. [[Khamphet|name]] lost money again] - on the online slots
[[Manivanh|name]] 20:31: he makes [[ນ້ອຍ|name]] wash dishes at the shop till midnight. the school wrote
[[ແກ້ວ|name]] 20:40: send [[Noy|name]] and the baby to me. Mum is at [[Ban Nongduang|place]] now, [[Sikhottabong|place]] district
[[ແກ້ວ|name]] 20:41: or ring [[Bounmy|name]] in [[Leeds|place]] [our brother], [[0113 248 6391|phone]]
[[Manivanh|name]] 20:55: [[Khamphet|name]] has my passport. and [[Kham|name]]'s
[[ແກ້ວ|name]] 21:02: call me on the house number [[+856 21 412 358|phone]] or my new one [[+856 20 5581 2347|phone]]
[[Manivanh|name]] [[11 Nov|date]] 01:14: he pushed me at the shop. [[Noy|name]] saw. uncle [[Sengdao|name]] from [[Gosforth|place]]
was there [a friend of the father, who also works at the takeaway]
[[ແກ້ວ|name]] 07:20: go to the temple, ask Ajahn [[Phet|name]] [a monk at the Lao temple in [[Leeds|place]]]
[[Manivanh|name]] 07:31: ok. dont tell mum in [[ວຽງຈັນ|place]]
[[ແກ້ວ|name]] 07:33: ok. [[Noy|name]] can stay with [[Bounmy|name]] and [[Dao|name]] at [[Harehills|place]] in the holidays
Interpreter's note: "[[ນ້ອຍ|name]]" is the child's nickname [[Noy|name]]; "[[ຄຳເພັດ|name]]" is the father, [[Khamphet|name]]; the mother
writes her own name "[[ມະນີວັນ|name]]". The chat was read on the mother's phone, [[07306 918 245|phone]], at [[Forest Hall|place]]
library, [[12 Nov|date]]."""),
    ("police welfare check log", """NORTHUMBRIA POLICE - STORM LOG 0611 [[11/11/2026|date]] (extract, welfare)
01:32 Caller: [[Sengdao Inthavong|name]] (m), [[07387 552 190|phone]], ringing from Baan Lao Kitchen, [[112 Station Road|address]],
[[Forest Hall|place]] [[NE12 9BQ|postcode]]. States boss [[Khamphet PHOMMACHANH|name]] pushed wife into the fridge, she has cut to head.
Child (girl 10) present in the kitchen at this hour.
01:34 Graded immediate. Units 2NE14 (PC [[Craig Liddell|name]] 3391, PC [[Amy Turnbull|name]] 4102).
01:49 At scene. Female [[SISOUPHANH, Manivanh|name]] DOB [[15/03/1991|dob]], cut to hairline approx 2 cm, refused NEAS. Speaks
limited English; child [[Souksavanh|name]] ("[[Noy|name]]") interpreting. Officers told her to stop and used Language Line
(Lao, interpreter id 55104).
01:58 Male [[PHOMMACHANH, Khamphet|name]] DOB [[01/12/1986|dob]] of [[27 Rothbury Gardens|address]] arrested on suspicion of ABH. Vehicle
at the rear [[NK19 YFD|vehicle]] (silver Toyota Avensis, his).
02:10 Baby [[Kham|name]] (2) found asleep in a car seat in the store room. Both children taken home with mother by PC
[[Turnbull|name]]. Neighbour at [[no. 29|address]], Mrs [[Jean Watson|name]], agreed to sit with them till morning.
02:40 PPN submitted (DA, child). EDT informed: [[Lesley Cowie|name]], [[0191 200 6800|phone]].
08:10 Update: MASH [[Forest Hall|place]]/[[Killingworth|place]] desk; DS [[Hedley|name]] not on; passed to DS [[Joanne Reay|name]]."""),
    ("initial child protection conference report", """COBLE BAY COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[Souksavanh PHOMMACHANH|name]] (known as [[Noy|name]]), born [[23 October 2016|dob]], NHS [[291 384 9822|nhs]];
[[Kham PHOMMACHANH|name]], born [[8 May 2024|dob]], NHS [[526 373 7084|nhs]]
Conference date: [[3rd December 2026|date]]      Author: [[Ruth Armstrong|name]], social worker, [[ruth.armstrong@coblebay.gov.uk|email]]
Chair: [[Sarah Elliott|name]], Independent Reviewing Officer
1. Family. [[Manivanh|name]] (35) came to the UK from [[Vientiane|place]] in 2014 on a spouse visa; [[Khamphet|name]] (40) was born in
[[Pakse|place]] and came as a refugee's child to [[Leeds|place]] in 1990, then to [[Whitley Bay|place]] in 2009 and to [[Forest Hall|place]]
in 2018. Mother's brother, Mr [[Bounmy Sisouphanh|name]], lives at [[48 Bayswater Road|address]], [[Harehills|place]], [[Leeds|place]]
[[LS8 5LT|postcode]], [[0113 248 6391|phone]]. Maternal grandmother [[Bouakham|name]] lives in [[Ban Nongduang|place]], [[Vientiane|place]].
2. What we are worried about. [[Noy|name]] has worked in the takeaway until after midnight on weekends and Sunday nights since
summer 2026; she was present when her father assaulted her mother on [[11 November 2026|date]]; she has been used to interpret
for police; [[Kham|name]] sleeps in the store room; the father holds the mother's passport and money; his gambling debts.
3. What is going well. Both children are well loved; [[Noy|name]] reads well and goes to Lao dance at Wat Lao Buddharam, [[Leeds|place]],
with her cousin [[Dao|name]] in the holidays. Mrs [[Watson|name]] next door and Mrs [[Hunter|name]] at school are strong supports.
4. Views. [[Noy|name]]: "I want Dad to stop the phone games. I don't want to go to Laos." Mother: wants to stay in [[Forest Hall|place]].
Father (by phone, [[07950 772 613|phone]], on bail to [[Gosforth|place]] c/o Mr [[Inthavong|name]]): "I am a good father."
Uncle [[Sengdao|name]] ([[Sengdao Inthavong|name]], [[19 Hawthorn Terrace|address]], [[Gosforth|place]] [[NE3 1SJ|postcode]]) is a
witness and the father's bail address; he told police he has "no wish to take sides".
Recommendation: child protection plans, category emotional abuse, for both children.
Father's NI number (from the bail sheet): [[SP 70 25 19 C|ni]]. The takeaway's landlord is Mr [[Alan Robinson|name]] of [[Benton|place]].
Distribution: [[Sarah Elliott|name]]; [[Ruth Armstrong|name]]; [[Sandra Hunter|name]]; [[Mark Lowery|name]]; DS [[Joanne Reay|name]];
[[Vilayvanh Keo|name]] (to translate the plan for Ms [[Sisouphanh|name]])."""),
]


# --- C. Solberg / Nesbitt family (Norwegian and white British), Chirton, North Shields -------------------------------------

HOME_C = d.Address("9 Waterville Road", "Chirton", "North Shields", "NE29 6BA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Freya", "Solberg")], dt.date(2013, 8, 19), addresses=[HOME_C], ids=["654 549 5127", "A392224731629"],
       schools=["Norham High School"]),
    _p("s", "sibling", [("Magnus", "Solberg")], dt.date(2020, 1, 9), addresses=[HOME_C], ids=["312 946 0063"],
       schools=["Waterville Primary School"]),
    _p("m", "mother", [("Jade", "Solberg"), ("Jade", "Nesbitt")], dt.date(1990, 7, 3), addresses=[HOME_C],
       phones=["07468 205 339"], ids=["JE 31 57 82 A"]),
    _p("f", "father", [("Eirik", "Solberg")], dt.date(1984, 2, 26), addresses=[HOME_C], phones=["+47 412 83 906"]),
    _p("g", "grandparent", [("Ingrid", "Solberg")], dt.date(1956, 11, 30), phones=["+47 55 31 42 17"]),
    _p("p1", "professional", [("Owen", "Tate")], phones=["0191 643 2284"], emails=["owen.tate@coblebay.gov.uk"]),
], "c")

DOCS_C = [
    ("young carer's assessment form filled in online", """YOUNG CARERS ASSESSMENT (online form export)           Submitted:
[[2026-10-05|date]] 16:42
Section 1 - About you
First name: [[Freya|name]]          Surname: [[Solberg|name]]          Pronouns: she/her
Date of birth: [[19-08-2013|dob]]    School: [[Norham High|school]] (year 9)    Postcode: [[NE29 6BA|postcode]]
Address line 1: [[9 waterville rd|address]]    Town: [[north shields|place]]
Mobile (optional): [[07864 219 530|phone]]    Email (optional): [[freyasolberg13@gmail.com|email]]
Section 2 - Who do you help?
Person 1: my mam ([[Jade|name]]). Why do they need help: "she drinks and gets poorly, and her back"
Person 2: my little brother [[Magnus|name]] (6, goes to [[Waterville Primary|school]])
Section 3 - What do you do? (tick) [x] cooking [x] shopping [x] getting [[Magnus|name]] up and to school [x] medication [x] being
there when mam is upset [ ] personal care
Anything else: "when Pappa is away on the boat (4 weeks on 4 off) i do most things. my friend [[Lily-Rose Keenan|name]]'s mam
gives us tea on Wednesdays. i ring farmor in [[Bergen|place]] on facetime. i havent told Mr [[Nixon|name]] at school"
Section 4 - Worries: "i cut my arm in september. i dont want mam to get in trouble"
Who helped you fill this in? [[Kirsty Bewick|name]], Carers Centre, [[Wallsend|place]], [[kbewick@carerscentre-nt.org.uk|email]]
Follow up by [[Kirsty|name]] on [[7 Oct|date]]: [[Freya|name]] gave permission to tell school. Rang [[Paul Nixon|name]] ([[Norham High
School|school]], [[0191 259 6628|phone]]) and the duty team ([[Owen Tate|name]]). [[Freya|name]] asked for farmor's number to be
on file: [[+47 412 83 906|phone]] is Pappa's, farmor's house is [[+47 55 31 42 17|phone]]."""),
    ("father's email from a supply vessel", """From: [[Eirik Solberg|name]] <[[eirik.solberg@seaviking-marine.no|email]]>
Sent: Saturday, [[November 14, 2026|date]] 03:12
To: [[owen.tate@coblebay.gov.uk|email]]
Cc: [[ingrid.solberg@online.no|email]]
Subject: [[Freya|name]] and [[Magnus|name]] - from [[Eirik|name]] ([[Freya|name]]'s father)

Mr [[Tate|name]],
I write from the vessel, we are at the Johan Sverdrup field, back in port at [[Ågotnes|place]] on [[20.11.2026|date]] and home to
[[North Shields|place]] on the ferry from [[Bergen|place]] ... no, there is no ferry, I fly [[Bergen|place]] to [[Newcastle|place]] on
the [[21st|date]]. The wifi is bad, please excuse my English.
I did not know how bad it was with [[Jade|name]]. [[Freya|name]] told my mother, [[Ingrid|name]], who rang me on the satellite phone.
I knew about the wine but I thought [[Jade|name]]'s sister [[Stacey|name]] from [[Percy Main|place]] was helping. [[Stacey|name]]
says she has not been to the house since the summer.
My plan: I will take unpaid leave until [[January 4|date]]. My mother can come from [[Bergen|place]] on [[24 November|date]] and stay
until Christmas. She lives at [[Kalfarveien 31|address]], [[5018|postcode]] [[Bergen|place]] (phone [[+47 55 31 42 17|phone]]). My
mobile [[+47 412 83 906|phone]] works when I am on shore. My UK friend [[Bjørn Haugland|name]] in [[Tynemouth|place]]
([[07511 384 927|phone]])
has a key.
PS: [[Freya|name]]'s best friend's mother, [[Donna Keenan|name]] ([[Lily-Rose|name]]'s mum), [[07511 384 927|phone]]? no that is
[[Bjørn|name]]'s - [[Donna|name]]'s is [[0191 253 7781|phone]]. She lives on [[Balkwell Avenue|address]], near the school.
Please tell [[Freya|name]] she did the right thing.
Med vennlig hilsen / with best wishes
[[Eirik Solberg|name]]
Dynamic Positioning Operator, MV Sea Viking"""),
    ("CAMHS crisis team letter", """Northumberland, Tyne and Wear NHS Foundation Trust
CYPS Crisis Team, Walkergate Park, [[Newcastle upon Tyne|place]]
Date dictated [[18/11/26|date]]   Date typed [[20/11/26|date]]

Private and confidential: Dr [[Hannah Weir|name]], GP, Collingwood Surgery
Cc: [[Owen Tate|name]], social worker;  parent: Mr [[E Solberg|name]], [[9 Waterville Road|address]], [[North Shields|place]]
[[NE29 6BA|postcode]]

Re: [[SOLBERG, Freya|name]]   DOB [[19.08.2013|dob]]   NHS No [[654 549 5127|nhs]]

I saw [[Freya|name]] on [[17 November|date]] at the RVI with her grandmother, Mrs [[Ingrid Solberg|name]], after she cut her left forearm
(six superficial cuts, steri-stripped in ED). [[Freya|name]] said she did it after an argument with her mum about [[Magnus|name]]'s school
trip money, and that mum had been "on the wine since dinner". She has no plan to end her life. She talks to her friend [[Lily-Rose|name]]
and to [[Nixon|name]], her head of year ("Mr [[Nixon|name]] is sound"). She is angry that her aunty [[Stacey Nesbitt|name]] "never comes".
Mother, Mrs [[Jade Solberg|name]] (née [[Nesbitt|name]]), was not present; grandmother says she was "not able to come".
Plan: follow-up at the CYPS clinic in [[North Shields|place]] with [[Ciara Lamb|name]], CPN, on
[[1st December 2026|date]]; school counsellor; safety plan shared with [[Freya|name]], her grandmother and [[Owen Tate|name]].
Yours sincerely
Dr [[Tomasz Wilk|name]], Specialty Doctor in Child and Adolescent Psychiatry"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW - [[Freya|name]] and [[Magnus Solberg|name]]
[[10 December 2026|date]], [[Waterville Primary School|school]]
Present: [[Owen Tate|name]] (SW, chair), [[Eirik Solberg|name]] (father), [[Jade Solberg|name]] (mother), Mrs [[Ingrid Solberg|name]]
(paternal grandmother, "farmor"), [[Paul Nixon|name]] ([[Norham|school]] head of year), [[Kirsty Bewick|name]] (young carers),
Mrs [[Angela Rutter|name]] (class teacher, [[Waterville|school]]). Apologies: [[Ciara Lamb|name]] (CAMHS).
1. Since the last meeting: Mr [[Solberg|name]] has been home since [[21 Nov|date]]; Mrs [[Solberg|name]] senior has stayed at the house.
[[Jade|name]] started at Recovery Partnership, [[Wallsend|place]], on [[27/11|date]] and has had no drink for 12 days.
2. [[Freya|name]] (by her own note, read by [[Kirsty|name]]): "Its better. farmor makes waffles. I dont have to do everything."
[[Magnus|name]]'s attendance is up to 96%; Mrs [[Rutter|name]] says he talks about "farmor's boat" all the time.
3. Worries: [[Eirik|name]] must go back offshore on [[5 January 2027|date]]; [[Ingrid|name]] flies home on [[2 January|date]]. The
family asked if [[Freya|name]] and [[Magnus|name]] could spend February half term with [[Ingrid|name]] in [[Bergen|place]] - agreed
in principle. [[Jade|name]]'s friend [[Gaynor Mills|name]] from [[Preston Grange|place]] offers to stay over in January.
4. Next review: [[11 February 2027|date]].
Actions: [[Owen|name]] to send [[Ingrid|name]]'s details to [[Norham|school]]; [[Jade|name]] to give [[Freya|name]] her own key;
[[Eirik|name]] to ask MV Sea Viking's office about a rota of 2 weeks on, 2 off. Mother's NI number for the carer's
allowance form: [[JE 31 57 82 A|ni]]. Minutes by [[Chloe Heslop|name]], business support, [[15.12.2026|date]]."""),
]


# --- D. Hindmarsh / Gallon family (white British), Monkseaton, Whitley Bay -------------------------------------------------

HOME_D = d.Address("52 Cauldwell Avenue", "Monkseaton", "Whitley Bay", "NE25 9RW")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hindmarsh")], dt.date(2011, 4, 27), addresses=[HOME_D], ids=["822 166 3093", "R392225110643"],
       schools=["Monkseaton High School"]),
    _p("m", "mother", [("Lisa", "Gallon")], dt.date(1983, 10, 14), addresses=[HOME_D], phones=["07729 146 853"]),
    _p("f", "father", [("Darren", "Hindmarsh")], dt.date(1980, 6, 6), phones=["07535 880 412"]),
    _p("p1", "professional", [("Nathan", "Wake")], phones=["0191 643 2284"], emails=["nathan.wake@coblebay.gov.uk"]),
], "c")

DOCS_D = [
    ("police missing person report", """NORTHUMBRIA POLICE - MISSING PERSON REPORT (COMPACT) - MFH
Reference MP/26/118842       Risk: HIGH (raised from MEDIUM at 23:40)
Missing: [[HINDMARSH, Tyler James|name]]     DOB: [[27/04/2011|dob]] (15)     NHS: [[822 166 3093|nhs]]
Home: [[52 Cauldwell Avenue|address]], [[Monkseaton|place]], [[Whitley Bay|place]], [[NE25 9RW|postcode]]
Reported by: mother, [[Lisa GALLON|name]], [[07729 146 853|phone]], at 21:15 on Fri [[16/10/2026|date]]
Last seen: 16:20 [[16 Oct|date]], by friend [[Kaiden Reid|name]] at the Spanish City steps, getting into a grey Audi A3 [[ND71 KVW|vehicle]]
(partial: ND71) with two older males, one known as "[[Sunny|name]]" or "[[Sonny|name]]".
Phone: mother says his number changed; new one [[07903 615 227|phone]], off since 16:31.
Previous episodes: 5 this year ([[2 Feb|date]], [[19 April|date]], [[30/06|date]], [[3 September|date]], [[29.09.2026|date]]); found twice
in
[[Blyth|place]] ([[Cowpen|place]] estate) and once in [[Ashington|place]] with cash and two phones.
Associates: [[Reece Scorer|name]] (18), [[Callum Turnbull|name]] (17, [[Shiremoor|place]]), "[[Gadge|name]]".
Father: [[Darren Hindmarsh|name]], [[Seaton Sluice|place]], [[07535 880 412|phone]] - not seen him since the summer.
Found: 04:10 [[17/10/2026|date]] by PC [[Hutchinson|name]] 2276 at a flat, [[Flat 3, 17 Beaconsfield Street|address]],
[[Blyth|place]] [[NE24 2DP|postcode]]; £340 in cash, a second phone, cuts to his knuckles. Returned home 05:30. Return home interview
requested from Barnardo's (worker [[Hollie Gibson|name]]).
Reviewing officer: Insp [[Karen Wilkinson|name]] 1190. Checks: [[Tyler|name]]'s friend [[Kaiden REID|name]] DOB [[05/01/2011|dob]] of
[[Holywell|place]] also reported missing by his nan, Mrs [[Doreen Reid|name]], at 22:05 on [[16/10|date]]; found with [[Tyler|name]]."""),
    ("return home interview written on a tablet", """RETURN HOME INTERVIEW - Barnardo's - done at [[Tyler|name]]'s gran's in
[[Rosehill|place]], [[19.10.26|date]]
(gran = Mrs [[Maureen Gallon|name]], [[11 Lanercost Road|address]], [[NE28 7NJ|postcode]] - [[Tyler|name]] asked to do it there)
Young person: [[Tyler Hindmarsh|name]] 15   Worker: [[Hollie Gibson|name]]   Also present: no one (gran in the kitchen)
Why did you go: "bored. [[Sonny|name]] said there's money in it"
Where did you go: "[[blyth|place]] then [[bedlington|place]] then back to [[blyth|place]]. a lass called [[Demi|name]]'s flat"
Who were you with: won't say. Said [[Reece|name]] drove. "[[Gadge|name]] is just a lad from [[the bay|place]]"
Did anyone hurt you: "no" (knuckles - "punched a wall")
Did you have to do anything you didnt want: long silence. "had to hold stuff" (drugs? he would not say)
Food / sleep: one McDonald's, slept on a settee. Phone taken by [[Sonny|name]] "to keep it safe"
What would help: "getting back in the gym" (the boxing club at [[Whitley Bay|place]] ... he means Hartley Boxing Club,
[[Seaton Delaval|place]]),
"me dad ringing me", "not being in [[Monkseaton High|school]], they hate me"
Worries shared: his mam's new partner [[Stevie|name]] ([[Steven Coxon|name]]?) "kicks off". Said his friend [[kaiden|name]] is "getting
drawn in as well". NRM referral advised; shared with [[Nathan Wake|name]] SW.
Next: [[Hollie|name]] to see [[Tyler|name]] again at [[Whitley Bay|place]] library on Thursday [[22nd|date]] at 4."""),
    ("National Referral Mechanism form extract", """NATIONAL REFERRAL MECHANISM - REFERRAL OF A POTENTIAL VICTIM OF MODERN SLAVERY (child)
- extract
First responder organisation: Coble Bay Council        Completed by: [[Nathan Wake|name]], [[nathan.wake@coblebay.gov.uk|email]],
tel [[0191 643 2284|phone]]          Date: [[23 October 2026|date]]
Potential victim: Given name(s) [[Tyler James|name]]   Family name [[Hindmarsh|name]]   Nickname / alias: "[[Ty|name]]", "TJ"
DOB [[27.04.2011|dob]]   Nationality: British   Current address: [[52 Cauldwell Ave|address]], [[Whitley Bay|place]] [[NE25 9RW|postcode]]
Exploitation type: criminal (county lines)
Narrative: Since the summer of 2026 [[Tyler|name]] has gone missing six times, latest
[[16-17 October 2026|date]], and been found in [[Blyth|place]] and [[Ashington|place]] with cash, extra phones and injuries. A "line"
known to police as "DOLLAR" runs from [[Walker|place]], [[Newcastle|place]], into [[Blyth|place]] and [[Cramlington|place]]. [[Tyler|name]]
named an adult "[[Sonny|name]]" who took his phone. On [[18 October|date]] his mother found a message on his old phone
from a contact saved as "[[Reece|name]] 🚗": "u owe 600 now". The school ([[Monkseaton High School|school]], DSL Mrs
[[Claire Pattinson|name]]) report a fall in attendance to 58% and a fight on [[14 Oct|date]] with [[Jayden Carr|name]].
Other children at risk: [[Kaiden Reid|name]] (15), of [[Holywell|place]].
Information from [[Tyler|name]]'s older cousin [[Bradley Gallon|name]] ([[Wallsend|place]], [[07398 774 201|phone]]) on [[20/10|date]]:
[[Tyler|name]] was taken to an address on [[Cowpen Road|address]], [[Blyth|place]], and to the [[Kitty Brewster|place]] estate, and was
given a phone saved under "[[Sonny|name]] B" by a man called "[[Wiggy|name]]".
Father: [[Darren Hindmarsh|name]], now at [[Seaton Sluice|place]] with his partner [[Tina Brannigan|name]]. Grandmother: Mrs
[[Maureen Gallon|name]], [[Rosehill|place]], [[Wallsend|place]]. Mother: [[Lisa Gallon|name]], [[07729 146 853|phone]].
Consent: [[Tyler|name]] is under 18; consent not required. Referral sent to the Single Competent Authority on [[23/10/2026|date]]."""),
    ("mother's own letter to the social worker", """[[52 Cauldwell Ave|address]]
[[Monkseaton|place]]
[[4th November|date]]

Dear [[Nathan|name]]
I am writing this because I cant say it at the meetings without crying. [[Tyler|name]] was a lovely lad till year 8. He played for
Whitley Bay Sporting under 13s and his coach Mr [[Gary Moat|name]] said he could go far. Then his dad left to [[Seaton Sluice|place]]
with [[Tina|name]] and [[Ty|name]] went off the rails.
I know you think [[Stevie|name]] is the problem but he isnt, he's been here since May 2025 and he's the only one who goes out looking
for [[Tyler|name]] in the car. My mam ([[Maureen|name]]) says the same.
What I want is for [[Tyler|name]] to move schools. [[Marden|school]] have said they might take him. Also the lads who pick him up - everyone
in [[the Bay|place]] knows who they are, [[Sonny|name]] is [[Sonny Armstrong|name]]'s son from [[Walker|place]] and he parks outside
the Co-op on [[Earsdon Road|address]] every night. Why has no one arrested him.
Please ring me on [[07729 146 853|phone]] after 4 not before I am at work at Asda.
[[Lisa|name]] ([[Tyler|name]]'s mam)
P.S. [[Darren|name]]'s new number is [[07828 417 660|phone]], he will say he never got your letters.
P.P.S. the lad [[Kaiden|name]]'s nan is [[Doreen|name]] at [[Holywell|place]], her number is [[07862 590 214|phone]]. She is as
worried as me. And Mrs [[Pattinson|name]] at school knows [[Jayden Carr|name]]'s big brother [[Connor|name]] runs with them too."""),
]


# --- E. Lambert / Campbell family (white British and Jamaican), Killingworth -------------------------------------------------

HOME_E = d.Address("8 Stokesley Grove", "Killingworth", "Newcastle upon Tyne", "NE12 6QS")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Amara", "Lambert-Campbell")], dt.date(2016, 2, 11), addresses=[HOME_E],
       ids=["503 576 4168", "R392219711925"], schools=["Amberley Primary School"]),
    _p("s", "sibling", [("Kendal", "Lambert")], dt.date(2009, 9, 30), addresses=[HOME_E], ids=["499 078 6858"]),
    _p("m", "mother", [("Nicola", "Lambert")], dt.date(1985, 5, 21), addresses=[HOME_E], phones=["07961 305 774"]),
    _p("f", "father", [("Desmond", "Campbell")], dt.date(1979, 8, 8), phones=["07984 123 556"]),
    _p("p1", "professional", [("Priya", "Nair")], phones=["0191 643 2284"], emails=["priya.nair@coblebay.gov.uk"]),
], "c")

DOCS_E = [
    ("GP letter scanned and read by OCR", """Scanned document 0047 - OCR text (not checked) - [[2O/10/2026|date]]
WEST MOOR & KlLLINGWORTH MEDICAL GR0UP
The Killingworth Health Centre, [[Citadel East|address]], [[Killingw-
orth|place]] [[NE12 6UR|postcode]]   Tel [[0191 297 3348|phone]]
To whom it may concern
Re: Miss [[Amara LAMBERT-CAMPBELL|name]]   D.0.B. [[11/O2/2016|dob]]   NHS No. [[503 576 4168|nhs]]
Address: [[8 Stokes1ey Grove|address]], [[Ki1lingworth|place]]
I confirm that [[Amara|name]] is registered with this practice. She has a diagnosis of autism spectrum condition (Dr [[Fiona
Laidler|name]], paediatrician, North Tyneside General, [[14.03.2O22|date]]) and of constipation with soiling. Her mother,
Ms [[Nicola Lambert|name]], has told me that [[Amara|name]] has not attended school since [[7th September 2026|date]] because of
severe anxiety and "meltdowns" at the door. I have seen [[Amara|name]] on [[2 Oct|date]] and [[16 0ct 2026|date]]; she would not
come into the room. I would support a referral for EOTAS and an early EHCP review.
Yours faithfully
Dr [[R. Olu-Adeyemi|name]]
GP partner
cc: Ms [[N Lambert|name]]; [[Priya Nair|name]], Coble Bay Children's Services; SENDIASS
Page 1 of 1   scanned by [[K Todd|name]] [[21/10/2026|date]] 09:14"""),
    ("Amara's one-page profile", """ALL ABOUT ME - [[Amara|name]]                      made with Miss [[Hetherington|name]] on
[[05/11/2026|date]]
My name is [[Amara|name]] but at home I am "[[Mara|name]]" or "[[Mars|name]]". I am 10. I live in [[Killingworth|place]] with my mum
[[Nicola|name]], my big brother [[Kendal|name]] (he is 17 and plays Fortnite ALL night), and our cat Pepper.
My dad [[Des|name]] lives in [[Sunderland|place]] now. I see him some Saturdays at Nana [[Campbell|name]]'s in [[Pennywell|place]].
Nana [[Pearl|name]] was born in [[Spanish Town|place]] in Jamaica and she makes the best rice and peas.
Things I like: the lake at [[Killingworth|place]] (the swans), drawing, my weighted blanket, Miss [[Hetherington|name]]'s calm room,
[[Ava|name]]
and [[Ruby Scott|name]] from my old class at [[Amberley|school]].
Things that are hard: loud bells, the dinner hall, people touching my hair, when [[Kendal|name]] shouts, when mum cries in the
bathroom.
How to help me: tell me what is happening tomorrow; let me wear my ear defenders; don't make me go in the front door.
My grown ups: mum, Dad, Nana [[Pearl|name]], my aunty [[Marcia|name]] in [[Birmingham|place]] ([[Handsworth|place]]), and [[Priya|name]]
(the social worker).
Made on [[5th
November 2026|date]] in the calm room at [[Amberley Primary
School|school]]. Checked with mum on the phone, [[07961 305 774|phone]].
Mum added: "[[Kendal|name]] was born in [[Kendal|place]] when we lived in Cumbria, that's why the name." """),
    ("Teams chat between professionals copied into the file", """Teams chat "[[Amara L-C|name]] - EOTAS / CIN" copied to case notes by
[[Priya Nair|name]], [[12/11/2026|date]]

[[Nair, Priya|name]] (Coble Bay) 09:12: Morning all - mum rang at 8. [[Kendal|name]] punched the bathroom door last night,
[[Amara|name]] was under the bed till midnight. Mum says this is the 3rd time since Hallowe'en
[[Hetherington, Jo|name]] ([[Amberley Primary|school]]) 09:20: Oh no. [[Mara|name]] came to the calm room Tues for 20 mins,
first time in weeks. She mentioned [[Kendal|name]]'s "friends with the bikes"
[[Laidler, Fiona|name]] (NTW Paeds) 09:31: Is [[Kendal|name]] known to YOT? Mum told me he's not at [[Tyne Coast|school]] anymore
[[Nair, Priya|name]] (Coble Bay) 09:33: Yes - [[Kendal Lambert|name]] (17), [[Anthony Shields|name]] is his YJS worker. He's been
excluded from [[Tyne Coast College|school]] since [[16/10|date]]. Dad ([[Desmond|name]]) says [[Kendal|name]] can go to him in
[[Sunderland|place]]
- address [[27 Gilside Road|address]], [[Pennywell|place]], [[SR4 9LL|postcode]] - but [[Kendal|name]] says no
[[Shields, Anthony|name]] (YJS) 09:40: I see him Thurs. He's scared of someone from [[Longbenton|place]] called "[[Mac|name]]" re
a debt - will share via secure email. No names in Teams pls
[[Nair, Priya|name]] (Coble Bay) 09:41: Sorry - noted. Strategy meeting Fri [[13 Nov|date]] 2pm? Invite going to
[[anthony.shields@coblebay.gov.uk|email]]
and [[fiona.laidler@nhs.net|email]]
[[Laidler, Fiona|name]] (NTW Paeds) 09:44: 👍 Will dial in. FYI I'm at Wansbeck General till 1.
[[Hetherington, Jo|name]] ([[Amberley Primary|school]]) 09:50: I can come. Mrs [[Milburn|name]] says she could start tutoring Mon
[[30th|date]]
[[Rowell, Gillian|name]] (SEN) 10:02: Adding myself - [[Gillian|name]]. [[Amara|name]]'s EHCP review can be brought forward to
[[26/11|date]]"""),
    ("education, health and care plan annual review extract", """EHCP ANNUAL REVIEW (brought forward)  -  Child:
[[Amara Lambert-Campbell|name]]   DOB [[11 February 2016|dob]]
UPN [[R392219711925|upn]]    School on roll: [[Amberley Primary School|school]], [[Killingworth|place]]
Review meeting: [[26 November 2026|date]] at the family home, [[8 Stokesley Grove|address]], [[NE12 6QS|postcode]]
Attending: Ms [[Nicola Lambert|name]] (mum), Mr [[Desmond Campbell|name]] (dad, by phone [[07984 123 556|phone]]),
[[Jo Hetherington|name]] (SENCo),
[[Priya Nair|name]] (SW), [[Gillian Rowell|name]] (SEN case officer), Dr [[Fiona Laidler|name]] (sent report)
Section A (views of the child): [[Amara|name]] drew a picture of a house with a wall around it. She said: "[[Kendal|name]] is
sad not bad". She would like to try the [[Silverdale School|school]] outreach group in [[Wallsend|place]].
Section B: no change to diagnosis. New: anxiety-based school avoidance since [[07/09/2026|date]]; soiling worse.
Section F: 10 hours a week of home tuition from Monday [[30 November|date]] (tutor Mrs [[Kath Milburn|name]]); then a phased return
to the nurture base at [[Amberley|school]] from January 2027.
Parents' views: Ms [[Lambert|name]] asked that the plan say [[Amara|name]] is "clever, funny and not naughty". Mr [[Campbell|name]]
wants [[Amara|name]] to spend the Christmas holidays with him and his mother, Mrs [[Pearl Campbell|name]], in [[Sunderland|place]].
Amendments to be issued by [[Dec 18th|date]].
Contacts: mum [[07961 305 774|phone]]; dad [[07984 123 556|phone]], [[27 Gilside Road|address]], [[Sunderland|place]] [[SR4 9LL|postcode]];
Nana [[Pearl Campbell|name]], same address; aunt [[Marcia Campbell-Reid|name]], [[Handsworth|place]], [[Birmingham|place]]; NHS number
[[503 576 4168|nhs]]; brother [[Kendal Lambert|name]], NHS [[499 078 6858|nhs]], born [[30/09/2009|dob]]."""),
]


# --- F. Dixon / Mackay family (white British), Shiremoor, with grandparents in Backworth ------------------------------------

HOME_F = d.Address("Flat 2, 31 Earsdon Road", "Shiremoor", "Newcastle upon Tyne", "NE27 0HJ")
NAN_F = d.Address("5 Church Road", "Backworth", "Newcastle upon Tyne", "NE27 0JN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harper", "Dixon")], dt.date(2026, 10, 3), addresses=[HOME_F, NAN_F], ids=["346 468 9298"]),
    _p("m", "mother", [("Chantelle", "Dixon")], dt.date(2007, 1, 19), addresses=[HOME_F], phones=["07427 613 908"],
       ids=["832 721 3962", "PR 18 46 27 D"]),
    _p("f", "father", [("Jordan", "Mackay")], dt.date(2004, 12, 22), phones=["07754 092 361"]),
    _p("g", "grandparent", [("Denise", "Dixon")], dt.date(1975, 3, 9), addresses=[NAN_F], phones=["07812 446 193"]),
    _p("p1", "professional", [("Hayley", "Common")], phones=["0191 643 2284"], emails=["hayley.common@coblebay.gov.uk"]),
], "c")

DOCS_F = [
    ("midwife's pre-birth safeguarding referral", """NEWCASTLE UPON TYNE HOSPITALS - MATERNITY SAFEGUARDING - PRE-BIRTH REFERRAL
Woman: [[Chantelle DIXON|name]]     DOB: [[19/01/2007|dob]]     NHS No: [[832 721 3962|nhs]]     EDD: [[28/10/2026|date]]
Address: [[Flat 2, 31 Earsdon Road|address]], [[Shiremoor|place]] [[NE27 0HJ|postcode]]     Mobile: [[07427 613 908|phone]]
Partner / father of baby: [[Jordan MACKAY|name]], DOB [[22/12/2004|dob]], address unknown ("sofa surfing in [[Wideopen|place]]")
Referrer: [[Bethany Clough|name]], Community Midwife, [[Shiremoor|place]] team. [[07747 318 905|phone]]. Date: [[17th July 2026|date]]
Concerns: booked late (24 weeks, [[2 June|date]]); missed scans on [[23/06|date]] and [[7 July|date]]; cannabis daily (disclosed);
[[Chantelle|name]] was in care herself (looked after by Coble Bay 2019-2024, last placement with carers [[Sue|name]] and [[Ray Gibb|name]]
in [[Cullercoats|place]]). [[Jordan|name]] has a caution for assault on a previous partner, [[Kelsey Ramshaw|name]] (info from
[[Kelsey|name]]'s midwife, [[Newcastle|place]]). At the booking visit [[Jordan|name]] answered for [[Chantelle|name]] and took her phone.
Strengths: [[Chantelle|name]]'s mam, [[Denise Dixon|name]], [[5 Church Road|address]], [[Backworth|place]], [[07812 446 193|phone]], is
supportive; her personal adviser from leaving care, [[Craig Foster|name]], sees her fortnightly.
Safeguarding midwife informed: [[Joanne Hindson|name]], [[joanne.hindson@nhs.net|email]]. Mother's NI number (for the maternity
grant): [[PR 18 46 27 D|ni]]. Scans rebooked for Thurs [[23rd July|date]] at the RVI."""),
    ("duty social worker's notes typed fast on a phone", """duty notes [[hayley c|name]] [[3/10|date]] -- typed on phone in the car, tidy
up later
0940 rvi maternity rang ([[bethany|name]] mw) - baby girl born 0612 today, [[harper|name]], 3.1kg. mum [[chantelle d|name]] wants
discharge tmrw to nans in [[backworth|place]]. dad [[jordan|name]] turned up 0800 smelling of weed, shouted at mw, security called
1005 spoke [[Denise|name]] (mgm) [[07812 446 193|phone]] - happy for [[chan|name]] + baby to stay, has the cot from
her neighbour [[Shona Wake|name]] next door at [[no 7|address]]. [[denise|name]]'s partner [[Keith Hails|name]] works
nights at the Nissan in [[Washington|place]]
1030 PNC check for [[jordan mackay|name]] via DC [[Amy Pratt|name]]: 2 DA call outs w/ [[Kelsey|name]] in
[[Fenham|place]] ([[11.1.26|date]], [[14.3.26|date]])
1100 rang mum [[07427 613 908|phone]] - she says [[Jordan|name]] staying at his cousin [[Liam|name]]'s in [[Dudley|place]]
(the Northumberland one not the midlands) - address [[14 Weetslade Terrace|address]]?
1130 mgr [[Carl Oxley|name]] agreed: plan for discharge to [[backworth|place]], [[jordan|name]] supervised contact only, visit tmrw
1415 [[denise|name]] rang back. says [[jordan|name]]s mam [[Tracey Mackay|name]] lives [[Annitsford|place]] and "is worse than him".
[[chantelle|name]]s friend [[kayla gray|name]] ([[07723 661 049|phone]]) will help at nans. [[Liam|name]] = [[Liam Mackay|name]] 23
1600 visited rvi ward 35. saw [[harper|name]], [[chantelle|name]]. cot number 4. [[bethany|name]] says dad banned from ward till
[[5/10|date]]"""),
    ("family WhatsApp group typed up", """WhatsApp group "dixon fam 💕" - exported by [[Denise Dixon|name]] and given to
[[Hayley Common|name]] on [[20 October 2026|date]]

[[04/10/2026|date]], 14:02 - Mam: home!!! [[harper|name]] is asleep in the moses basket 😍
[[04/10/2026|date]], 14:05 - [[Kayla|name]]: omg shes gorgeous. what's her middle name
[[04/10/2026|date]], 14:06 - [[Chantelle|name]]: [[harper lily|name]] after nana [[lily|name]]
[[04/10/2026|date]], 14:10 - Uncle [[Shaun|name]]: welcome to the world little one ❤ ill come up from [[Seghill|place]] sat
[[09/10/2026|date]], 23:48 - [[Chantelle|name]]: mam is [[jordan|name]] allowed in if the social says supervised and ur in
[[09/10/2026|date]], 23:52 - Mam: No pet, not in the house. [[Hayley|name]] said the family centre in [[Wallsend|place]]
[[10/10/2026|date]], 08:15 - [[Kayla|name]]: he was outside Greggs on the front last night wi [[Mikey Ord|name]]
[[10/10/2026|date]], 08:17 - [[Chantelle|name]]: hes changed his number [[07455 902 318|phone]]
[[12/10/2026|date]], 19:30 - Mam: [[Harper|name]] weighed today 3.3 with the HV ([[Rachael|name]]) 👍
[[15/10/2026|date]], 02:11 - [[Chantelle|name]]: cant stop crying. [[harper|name]] wont settle
[[15/10/2026|date]], 02:13 - Mam: coming through x
[[15/10/2026|date]], 07:40 - [[Kayla|name]]: want me to come up before work? im on at 10 in [[Killingworth|place]]
[[15/10/2026|date]], 07:41 - Mam: yes pet. and text [[Hayley|name]] the social, number on the fridge [[0191 643 2284|phone]]
[[16/10/2026|date]], 18:20 - Uncle [[Shaun|name]]: ill bring [[harper|name]] the pram from [[Seghill|place]] tomoz. [[Kerry|name]] says
hi"""),
    ("court chronology for a care application", """IN THE FAMILY COURT AT NEWCASTLE UPON TYNE          Case no. NE26C00481
Re: [[Harper Lily DIXON|name]] (born [[3 October 2026|dob]])
LOCAL AUTHORITY'S CHRONOLOGY (prepared by [[Hayley Common|name]], [[hayley.common@coblebay.gov.uk|email]])
[[19.01.2007|dob]]  Mother, [[Chantelle Dixon|name]], born in [[North Shields|place]].
2019-2024  Mother looked after; placements [[Cullercoats|place]], [[Tynemouth|place]] and [[Forest Hall|place]].
[[17.07.2026|date]]  Pre-birth referral from midwife [[Bethany Clough|name]].
[[03.10.2026|date]]  [[Harper|name]] born at the RVI. Discharged on [[4 October|date]] to maternal grandmother, [[Denise Dixon|name]],
            [[5 Church Road|address]], [[Backworth|place]] [[NE27 0JN|postcode]], under a written agreement.
[[24.10.2026|date]]  Police called to [[Church Road|address]] at 01:20 after [[Jordan Mackay|name]] kicked the door. Mother let him in
            while grandmother was asleep. Vehicle [[NL69 WXB|vehicle]] seen.
[[27.10.2026|date]]  Mother and baby left [[Backworth|place]] to the father's cousin, [[Liam Mackay|name]], [[14 Weetslade
            Terrace|address]], [[Dudley|place]] [[NE23 7HA|postcode]]. Found by police at 22:10.
[[28.10.2026|date]]  Police protection. [[Harper|name]] placed with foster carers [[Alan|name]] and [[Bev Straughan|name]].
[[02/11/2026|date]]  Mother's friend [[Kayla Gray|name]] says mother has moved back to [[Shiremoor|place]].
[[03/11/2026|date]]  Interim care order hearing before District Judge [[Ahmed|name]]. Father represented by [[Hannah Kirkup|name]]
            of [[Kirkup|name]] & Co. Paternal grandmother, [[Tracey Mackay|name]] of [[Annitsford|place]], asks to be assessed.
[[05/11/2026|date]]  Viability assessment of [[Denise Dixon|name]] and [[Keith Hails|name]] started by [[Stephen
            Marr|name]]."""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 81 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:50 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "hv", "mw", "sw", "ajahn", "pappa",
           "farmor", "farfar", "mormor", "ເອື້ອຍ", "ນ້ອງ"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "north tyneside", "tyneside",
               "tyne and wear", "northumberland", "the midlands", "midlands", "county durham", "laos", "lao pdr", "jamaica",
               "norway", "cumbria", "the north sea", "north sea", "the north east", "north east", "europe", "asia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Ajahn Phet",
# "Pappa", "farmor", the Lao "ເອື້ອຍ" (older sister) and "ນ້ອງ" (younger sibling); after one: "Mrs Solberg senior") and
# counties, regions and countries ("North Tyneside", "Northumberland", "the midlands", "Laos", "Jamaica", "Norway").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
