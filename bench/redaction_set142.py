"""Set 142: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set143.py to bench/redaction_set145.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here), the
docstrings of bench/redaction_set7.py to bench/redaction_set141.py (printed into a scratch file and searched there for the
towns, districts, estates and communities earlier sets used), the function definitions of bench/redaction_set15.py (it has
none of its own; its checker is built by HandSet) and the checkers of bench/redaction_heldout.py (problems, KINDS, _NI,
gold_counts, report) and of set 7 (problems, _valid_phone), bench/redaction_handwritten.py (its helpers and its module
docstring; its first record was seen in passing), and the ruff settings in pyproject.toml. Phone numbers were checked with
the phonenumbers library and NHS numbers and UPNs made with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a caseload in Darlington and Newton Aycliffe, each from a town, district or estate no
earlier set used as a family's home (the earlier docstrings name Cockerton and Firthmoor in Darlington as homes, and Skerne
Park only as a school). Four white British: a young mother in Branksome, Darlington, with a grandmother in Hurworth and a
father last known in Middleton St George (Raine / Hutchinson; neglect, a boy of 9 at breakfast club taking toast home for his
sister, a baby's nappy rash and speech delay, a push into a door in August, an initial child protection conference); a family
in Woodham, Newton Aycliffe, with a grandfather in Heighington and a paternal grandmother in Shildon (Lowery / Stanley;
non-fatal strangulation seen by a boy of 10 who rang 999, an IDVA referral, the father's own letter to the court, a core
group); a girl of 14 in Harrowgate Hill, Darlington (Metcalfe / Pearson; criminal and sexual exploitation by a man of 21 with
a silver Golf, a debt for vapes and a phone, a trip to Middlesbrough station, a strategy meeting) and a baby of 9 weeks in
Agnew, Newton Aycliffe, with an aunt in Shildon (Pallister / Bell; bruises on a non-mobile baby, differing accounts, a kinship
safety plan). Two from communities no earlier set used: a Sherpa family from Khumjung in the Solukhumbu district of Nepal in
Bank Top, Darlington (Sherpa; a father on a Skilled Worker visa injured falling from scaffolding and losing his sponsor, a
girl of 7 with a late-treated scald, a boy of 11 as young carer and interpreter, a family Viber group in Nepali in
Devanagari, an uncle in Boudha, Kathmandu) and an Anuak family from Gambella, Ethiopia, resettled from Kakuma camp in Kenya to
Albert Hill, Darlington (Ojulu / Omot / Ochan; a father's trauma and drinking, a girl of 15 and a boy of 12 hit with a stick
and a belt, a name in Ge'ez (Amharic) script, a mother's own letter asking for an Anywaa interpreter). 24 documents, of types
and styles new to these sets where possible, about half plain professional recording: a social worker's home visit case
note, a breakfast club register with a teaching assistant's notes, a grandmother's Facebook Messenger chat typed up, ICPC
minutes, an IDVA referral form, a police officer's attendance summary, a father's handwritten letter to the court scanned
with OCR errors ("Har1ey", "Shi1don", "O7519"), a core group record, a detached youth worker's street log typed fast on a
phone, Instagram DMs typed up from screenshots, a chronology, strategy meeting minutes, a health visitor's new birth visit,
a paediatrician's child protection medical report, texts between sisters, a section 47 outcome letter, a GP's referral
letter, a child and family assessment with a Nepali interpreter, a family Viber group in Nepali and English translated, a
school EAL coordinator's email, a resettlement caseworker's handover email, a school's handwritten record of a disclosure,
a joint police and social work visit record and a mother's letter written for her by a friend.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Nepal, Kenya, Ethiopia, the US); NHS numbers and UPNs (LA 841 for Darlington, 840 for County
Durham) pass their check digits; NI numbers have a valid format. Councils are invented (Brinkburn for Darlington, Gaunless
Durham), and so are the schools and nurseries Branksome Brook Primary School, Woodham Burn Academy and Aycliffe Moor Nursery
(Dodmire, Longfield, Haughton, Eastbourne Academy and St Mark's stand for real schools), the GP practices (Parkgate Family
Practice, Greenfield Way Medical Centre, Denmark Street Surgery), the resettlement charity (Tees Refugee Link), the interpreting
agency (LinguaLink), the restaurant (Himalayan Kitchen) and the firm (Dobbing & Sons); towns, districts, estates, villages,
real schools, hospitals, police forces, clubs, pubs, parks, brands, apps and programmes are real or stand for real
ones and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Dr, PC, DC,
DS, Pastor, nana, Nanna, aunty, baby, Ama, Aba, ama-la, dai, the Nepali आमा and दाइ) stay outside the name span before or after
the name ("nana [[Tina]]", "[[chhiring]] aunty", "[[लाक्पा]] दाइ", "Pastor [[Okwier]]"); a possessive 's and a bare s in texting
("[[craig]]s", "[[kev]]s", "[[brooke]]s") stay outside, and so does a Nepali case ending written on to a word ("[[खुम्जुङ]]मा");
every person's name is a name in every form, record or not. "SURNAME, First" is one span ("HUTCHINSON, Kai", "GRAINGER,
Alfie"), and so is "First SURNAME" ("Kai HUTCHINSON"); an initial with a surname is one span ("R. Bell", "D. Stan1ey"), and so
is a first name with an initial after it ("summer m", "tyler g"); initials alone ("DW", "OC", "JT") are not marked; a collar
number after a name stays outside; a name broken by a line break is one span holding the break ("Carol\nBell"), and so is a
school ("Haughton\nAcademy") or a place ("Sedge-\nfield"); usernames and handles ("deano_dl1", "summ3r.x", "lazenbabe_07") are
not marked, but a display name that is a person's plain name is ("Dean", "Brooke"); a contact saved under a kinship word
("आमा") is not a name. A street address is one span, its town a place, its postcode a postcode; a street named without a
number is an address, and so is a neighbour's bare flat or house number ("no. 25", "no. 11", "Flat 1", "57"); towns, villages,
districts, estates and refugee camps are places at home or abroad and in any script ("Darlo", "Bishop" for Bishop Auckland,
"the boro", "Kakuma", "Pinyudo", "Abobo", "बौद्ध", "ጋምቤላ"); countries, counties and regions are not ("County Durham", "Nepal",
"Ethiopia", "Kenya"); organisations are not marked even when they hold a town's or a person's name ("Darlington Memorial
Hospital", "Darlington Assist", "Durham Constabulary", "James Cook University Hospital", "Denmark Street Surgery", "Aycliffe
Juniors", "Firthmoor Dental"); a school's name is a school, and so is its short form ("Dodmire", "Longfield", "Woodham Burn",
"Haughton"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and the
bare day in a diary line ("2nd", "the 10th") is a date of its own; months and years alone are not marked; pets' names
(Bruno, Kevin the pup, "Tyson") are not names; a firm named after people marks only the names ("[[Dobbing]] & Sons"); parks,
playing fields, rivers, retail and business parks are landmarks and stay unmarked (Hardwick Park, Moore Lane park, the Skerne,
Simpasture playing fields, the north rd retail park, Aycliffe Business Park, the dolphin centre,
Teesside airport, Lhotse); a name that is also a word or a town is marked by
what it refers to (Summer, Hope, Bell, Close, Hall, Dent, Stanley, Kirk, Lamb, Spark, Raw and Sherpa are names when they are
people, and Stanley is not used as a place here; Reading is a place when it is the town); a name in another
script (Devanagari "तेन्जिङ", "पेम्बा", Ge'ez "ኣሪየት") is a
name; a service, team or branch named by its town or district in lower-case words or as a police team ("the [[Bank Top]]
food bank", "[[Firthmoor]] family hub", "the [[Aycliffe]] family hub", "[[Newton Aycliffe]] NPT", "[[Aycliffe]] Locality Team",
"[[Bank Top]] station", "[[Middlesbrough]] station") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR misreadings of a
name, place, address or phone ("Har1ey", "Newton Ayc1iffe", "Nevi11e Parade", "O7519 264 830") are marked by what they read
as, the phone included, and a place split by the scanner's hyphen ("Sedge-\nfield") is one span; a partly seen registration
("NA61 ..") is a vehicle; a false name a girl gave police ("Chloe Smith") is a name, like an alias; a street that names a
clinic in lower-case words ("the [[Denmark Street]] clinic") is an address, but the surgery's own name ("Denmark Street
Surgery") is an organisation; a surname spoken of a whole people ("half of Khumjung is [[Sherpa]]") is a name, as set 21 marked
"the Harveys", so the documents that use Sherpa names avoid the word for the people and language (they call the language
Sherwi Tamgo); the Solukhumbu district of Nepal is a region, like a county, and is not marked, while Khumjung (a village),
Boudha (a district of Kathmandu) and Gambella (the town) are places; Kakuma and Pinyudo camps are places, as an estate is; a
Nepali kinship word used as a form of address ("Ama", "Aba", "ama-la") is not a name; a date of birth given as 1 January on
refugee papers ("[[01/01/1979]]") is a dob; a hospital's local short form ("darlo memorial") is an organisation and is not
marked; a hospital number, a GMC number, a case reference, a collar number
and a police log number are not marked.

Self-check without the detector: `python -m bench.redaction_set142` (and tests/test_redaction_set142.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,010 gold spans, 575 of them names."""


from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Raine / Hutchinson family (white British), Branksome, Darlington ------------------------------------------------------

HOME_A = d.Address("23 Hardwick Road", "Branksome", "Darlington", "DL3 0QR")
NAN_A = d.Address("6 Roundhill Road", "Hurworth", "Darlington", "DL2 2DU")
DAD_A = d.Address("41 Neasham Lane", "Middleton St George", "Darlington", "DL2 1AT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kai", "Hutchinson")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["7720922530", "N841237774928"],
       schools=["Branksome Brook Primary School"]),
    _p("s", "sibling", [("Mia-Rose", "Raine")], dt.date(2023, 1, 30), addresses=[HOME_A], ids=["7651742966"]),
    _p("m", "mother", [("Shelby", "Raine")], dt.date(1997, 8, 2), addresses=[HOME_A], phones=["07841 226 509"],
       ids=["7127747865", "JT 46 19 82 B"]),
    _p("f", "father", [("Craig", "Hutchinson")], dt.date(1993, 12, 14), addresses=[DAD_A], phones=["07912 348 716"]),
    _p("g", "grandparent", [("Tina", "Raine")], dt.date(1971, 6, 22), addresses=[NAN_A], phones=["01325 462 718"]),
    _p("p1", "professional", [("Rachael", "Bell")], phones=["01325 743 219"], emails=["rachael.bell@brinkburn.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - Home visit (unannounced)      Worker: [[Rachael Bell|name]], Social Worker,
Brinkburn Children's Services
Child: [[Kai HUTCHINSON|name]] (DOB [[09/04/2017|dob]])   Sibling: [[Mia-Rose RAINE|name]] (DOB [[30/01/2023|dob]])
Address: [[23 Hardwick Road|address]], [[Branksome|place]], [[Darlington|place]] [[DL3 0QR|postcode]]
Date of visit: Wednesday [[4 November 2026|date]], 16:10-17:05

Present: [[Shelby Raine|name]] (mother), [[Kai|name]], [[Mia-Rose|name]], and a neighbour, [[Janine|name]] from [[no. 25|address]], who
left when I arrived.

Purpose: to follow up the referral from [[Branksome Brook Primary|school]] of [[2 November|date]] ([[Kai|name]] arriving at breakfast club
hungry, in the same uniform all week, asking staff for food to take home for "the baby").

Observations: The front room was cold; [[Shelby|name]] said the electric meter had been on emergency credit since the
weekend and she was waiting for her Universal Credit on the [[10th|date]]. Fridge held a pint of milk and a tub of margarine.
[[Mia-Rose|name]] was in a vest and nappy that was heavy and had not been changed for some time; a red nappy rash. There were
two dogs (Bruno and a pup called Kevin) and dog faeces in the kitchen and on the back yard.

[[Kai|name]] showed me his room. His mattress is on the floor; no bedding apart from a sleeping bag. He told me "me dad
[[Craig|name]] was meant to bring a bed from [[Middleton|place]] but he never". He said he makes toast for [[Mia|name]] when mam is "still
asleep".

Mother's account: [[Shelby|name]] said she is "not coping" since [[Craig Hutchinson|name]] left in August and has not had
help from her mam, [[Tina Raine|name]] in [[Hurworth|place]], since they fell out over money. She agreed I could ring [[Tina|name]]
([[01325 462 718|phone]]). [[Shelby|name]]'s mobile is now [[07841 226 509|phone]] (old number no longer works).

Actions: food parcel from the [[Bank Top|place]] food bank arranged for [[5 November|date]]; fuel voucher via Darlington Assist
requested; health visitor ([[Gillian Ord|name]], [[Denmark Street|address]] clinic) to visit re [[Mia-Rose|name]]'s rash and
development; speak to [[Craig|name]] on [[07912 348 716|phone]]; strategy discussion to be considered with my manager
[[Phil Scaife|name]] tomorrow.
[[R. Bell|name]]  [[04.11.26|date]]
"""),
    ("breakfast club register with a teaching assistant's notes", """BRANKSOME BROOK PRIMARY SCHOOL - BREAKFAST CLUB REGISTER  w/c
[[2/11/26|date]]
Staff on: Mrs [[D. Wearmouth|name]] (TA), Miss [[Lucy Pounder|name]] (lunchtime supervisor)

Name            | Yr | Mon | Tue | Wed | Thu | Fri | Paid? | Notes
[[HUTCHINSON, Kai|name]] | 4 | 7.52 | 7.49 | 7.45 | 7.50 | 7.58 | free place | see below
[[GRAINGER, Alfie|name]] | 4 | 8.05 | 8.01 | - | 8.02 | 8.10 | paid |
[[ROBSON, Tayla-Mae|name]] | 3 | 7.55 | 7.55 | 7.56 | 8.00 | - | free place | mam [[Kerry|name]] on nights
[[DOBSON-WARD, Riley|name]] | 5 | - | 8.12 | 8.09 | 8.10 | 8.12 | paid | dropped by grandad [[Alan Ward|name]]
[[TODD, Esmae|name]] | 2 | 8.10 | 8.11 | 8.06 | - | 8.15 | paid | collected by Nanna [[Todd|name]]
[[HUTCHINSON, Kai|name]] (2nd helping list) | | yes | yes x2 | yes | yes x2 | yes |

TA notes (Mrs [[Wearmouth|name]]):
Mon [[2nd|date]]. [[Kai|name]] had 3 slices toast & asked to take 2 home "for [[mia|name]]". Said mam was in bed. Same jumper as last
week, smells of dogs. Told Mrs [[Ahmed|name]] (DSL) at 8.40.
Tue [[3rd|date]]. Came on his own again along [[Cleveland Avenue|address]]; crossed [[Woodland Road|address]] by himself ([[Alfie|name]]'s
dad saw him). Ate 2 bowls cereal + toast. Pocket full of crackers.
Wed [[4th|date]]. Asked if breakfast club is open at Christmas. Said "dad's not at [[middleton|place]] anymore, he's at [[Kev|name]]'s in
[[Eaglescliffe|place]]".
Thu [[5th|date]]. Brighter. Said a lady ([[Rachael|name]]) came and brought shopping. New pumps.
Fri [[6th|date]]. Late (7.58) - walked with nanna [[Tina|name]] who said she is "back on the scene".
Passed to DSL each day. DW initials only on the CPOMS entries - full notes here.
"""),
    ("grandmother's Facebook Messenger chat with the social worker's permission, typed up", """Messenger - conversation between
[[Tina Raine|name]] and [[Shelby|name]] (typed up by [[R Bell|name]] from screenshots [[Tina|name]] sent on
[[9 Nov 2026|date]]; spelling as written)

[[Tina Raine|name]]  Sat 18:02
[[shelb|name]] pick up ur phone. the school rang me. whys our [[kai|name]] walking himself down [[cleveland ave|address]] at 7 in the
morning
[[Shelby|name]]  18:40
dont start mam. hes 9 not 4
[[Tina Raine|name]]  18:41
and where was [[mia rose|name]] while u were in bed. i no [[craig|name]]s gone but thats not the bairns fault
[[Shelby|name]]  18:55
u no nothing. u wernt there in august when he put me head thru the door at [[hardwick rd|address]]
[[Tina Raine|name]]  18:57
i didnt no that pet. why didnt u say. is he still at [[kev|name]]s in [[eaglescliffe|place]]
[[Shelby|name]]  19:03
think so. or his new lass [[Kayleigh|name]] in [[Stockton|place]]. [[kayleigh dent|name]] off facebook
[[Tina Raine|name]]  19:04
ill come sun. bring a bed from ours, [[Ray|name]] next door will drive it over in his van
[[Tina Raine|name]]  19:05
[[6 roundhill rd|address]] is always open u no that [[shelb|name]]
[[Shelby|name]]  19:30
ok. dont tell the social about [[craig|name]] and the door
[[Tina Raine|name]]  Sun 10:12
on way. [[Ray|name]] bringing the bed. got nappies from asda [[darlo|place]]
[[Shelby|name]]  Sun 10:20
can u get calpol. and tell [[ray|name]] not to park on the grass [[janine|name]] at [[25|address]] will go mad
[[Tina Raine|name]]  10:21
[[janine|name]] can wind her neck in. is [[kai|name]] at [[alfie|name]]s?
[[Shelby|name]]  10:24
no hes here. [[alfie|name]]s dad took him to the dolphin centre
"""),
    ("initial child protection conference minutes", """BRINKBURN SAFEGUARDING CHILDREN PARTNERSHIP
INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Kai Hutchinson|name]] (born [[9 April 2017|dob]]), [[Mia-Rose Raine|name]] (born [[30 January 2023|dob]])
Date: [[26 November 2026|date]], 10:00, Town Hall, Feethams, [[Darlington|place]]
Chair: [[Hazel Wetherell|name]], Independent Reviewing Officer.  Minutes: [[Amy Longstaff|name]]

Attendees: [[Shelby Raine|name]] (mother); [[Tina Raine|name]] (maternal grandmother, with [[Shelby|name]]'s agreement);
[[Rachael Bell|name]] (social worker); [[Sakina Ahmed|name]] (DSL, [[Branksome Brook Primary School|school]]); [[Gillian Ord|name]]
(health visitor); PC [[Mark Raw|name]] (Durham Constabulary, Harm Reduction Unit).
Apologies: [[Craig Hutchinson|name]] (father) - invited by letter to [[41 Neasham Lane|address]], [[Middleton St George|place]],
[[DL2 1AT|postcode]] and by text to [[07912 348 716|phone]]; no reply. Dr [[Nwosu|name]], GP, report received.

1. Social worker's report. [[Rachael|name]] summarised her assessment of [[4 November|date]] onwards: a cold home, very little
food, [[Kai|name]] walking alone to school along [[Cleveland Avenue|address]] and across [[Woodland Road|address]], [[Mia-Rose|name]]'s
severe nappy rash and a delay in her speech. Since [[9 November|date]] the grandmother has visited daily.

2. Domestic abuse. [[Shelby|name]] told the police on [[12 November 2026|date]] that [[Craig|name]] pushed her head into the
kitchen door at the family home in August while [[Kai|name]] watched. PC [[Raw|name]] said [[Craig|name]] has not been
found at [[Neasham Lane|address]]; he is thought to be living with a partner, [[Kayleigh Dent|name]], in [[Stockton|place]],
or with a friend in [[Eaglescliffe|place]]. A DVPN is not possible now; a Clare's Law disclosure to Ms [[Dent|name]] is being
considered.

3. School. Mrs [[Ahmed|name]] said [[Kai|name]]'s attendance is 97% but he is hungry; breakfast club every day. He told his class
teacher, Mr [[Hope|name]], that "nana [[Tina|name]] is the best cook in [[Hurworth|place]]".

4. Health. [[Gillian|name]] saw [[Mia-Rose|name]] at the [[Denmark Street|address]] clinic on [[17.11.26|date]]: weight on the 9th
centile, rash treated, referral to speech and language therapy at Darlington Memorial Hospital.

Decision: both children to be subject to child protection plans under the category of neglect. First core group
[[7 December 2026|date]]; review conference [[25 February 2027|date]].

Core group: [[Shelby Raine|name]], [[Tina Raine|name]], [[Craig Hutchinson|name]] (if he engages), [[Rachael Bell|name]],
[[Sakina Ahmed|name]],
[[Gillian Ord|name]], [[Lucy Pounder|name]] (breakfast club), [[Nicola Brass|name]] (family support, [[Firthmoor|place]] family hub).
Distribution: [[shelby.raine97@gmail.com|email]]; [[tina.raine@btinternet.com|email]]; [[c.hutchinson1993@outlook.com|email]];
GP (Dr [[Nwosu|name]], Denmark Street Surgery); Durham Constabulary HRU; [[Branksome Brook|school]] DSL.
"""),
]


# --- B. Lowery / Stanley family (white British), Woodham, Newton Aycliffe ------------------------------------------------------

HOME_B = d.Address("9 Bluebell Close", "Woodham", "Newton Aycliffe", "DL5 4TJ")
DAD_B = d.Address("Flat 2, 30 Neville Parade", "", "Newton Aycliffe", "DL5 5DH")
GRAN_B = d.Address("4 Hopelands", "Heighington", "Newton Aycliffe", "DL5 6PT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Harley", "Stanley")], dt.date(2015, 10, 21), addresses=[HOME_B], ids=["7434856955", "V840252253525"],
       schools=["Woodham Burn Academy"]),
    _p("s", "sibling", [("Ivy", "Lowery")], dt.date(2020, 3, 3), addresses=[HOME_B], ids=["6614850970", "U840279898463"]),
    _p("m", "mother", [("Jodie", "Lowery")], dt.date(1992, 5, 11), addresses=[HOME_B], phones=["07738 590 214"],
       ids=["NH 27 55 31 C"]),
    _p("f", "father", [("Dale", "Stanley")], dt.date(1989, 2, 7), addresses=[DAD_B], phones=["07519 264 830"],
       ids=["SK 80 42 19 A"]),
    _p("g", "grandparent", [("Brian", "Lowery")], dt.date(1960, 9, 1), addresses=[GRAN_B], phones=["01325 318 604"]),
    _p("p1", "professional", [("Nadia", "Kirk")], phones=["0300 129 4406"], emails=["nadia.kirk@gaunlessdurham.gov.uk"]),
], "c")

DOCS_B = [
    ("independent domestic violence adviser referral form", """IDVA SERVICE - REFERRAL FORM (please complete all boxes)
Referrer name: PC [[Liam Swainston|name]] 3318      Agency: Durham Constabulary, [[Newton Aycliffe|place]] NPT
Date of referral: [[14/10/2026|date]]      MARAC referral also made: YES (DASH score 17)

VICTIM
Surname: [[LOWERY|name]]          Forename(s): [[Jodie Marie|name]]          DOB: [[11/05/1992|dob]]
Address: [[9 Bluebell Close|address]]
Town: [[Woodham|place]], [[Newton Aycliffe|place]]     Postcode: [[DL5 4TJ|postcode]]
Safe phone: [[07738 590 214|phone]] (text first - he checks her phone)     Safe to leave voicemail: NO
NI no: [[NH 27 55 31 C|ni]]
Children in household: [[Harley STANLEY|name]] ([[21.10.2015|dob]]), [[Woodham Burn Academy|school]];
[[Ivy LOWERY|name]] ([[03.03.2020|dob]]), nursery class at [[Woodham Burn|school]]

PERPETRATOR
Surname: [[STANLEY|name]]   Forename: [[Dale|name]]   AKA: "[[Stan|name]]"   DOB: [[07/02/1989|dob]]
Address: [[Flat 2, 30 Neville Parade|address]], [[Newton Aycliffe|place]] [[DL5 5DH|postcode]] (says he lives there; stays at
victim's address most nights)
Vehicle: grey Ford Transit Custom [[NK19 WVD|vehicle]]; also drives his brother [[Lee|name]]'s Audi A3 [[YH67 OTP|vehicle]]
Phone: [[07519 264 830|phone]]

INCIDENT SUMMARY
[[13/10/26|date]] approx 23:40. [[Dale|name]] returned from the Iron Horse pub and accused [[Jodie|name]] of messaging a man from
work ("[[Gaz|name]]" at the Aycliffe Business Park warehouse). He took her phone, grabbed her by the throat against the
fridge and said he would "torch the house with the kids in it". [[Harley|name]] (10) rang 999 from the landline. [[Ivy|name]]
was asleep. Officers attended 23:52. [[Dale|name]] had left in the van towards [[Heighington|place]]; arrested [[14/10|date]] 02:15
on [[Heighington Lane|address]]. Released on bail, conditions not to enter [[Bluebell Close|address]] or contact [[Jodie|name]].

Victim's dad [[Brian Lowery|name]], [[4 Hopelands|address]], [[Heighington|place]] ([[01325 318 604|phone]]) is supportive but
"has a temper and wants to sort [[Stan|name]] out himself".
Consent to referral: YES (verbal, witnessed by PC [[Swainston|name]] and PC [[Ria Close|name]])
"""),
    ("police officer's attendance statement summary", """OCCURRENCE SUMMARY - DA ATTENDANCE        Durham Constabulary
Reporting officer: PC [[Ria Close|name]] 2764      Attended: [[13 October 2026|date]] 23:52
Location: [[9 Bluebell Close|address]], [[Woodham|place]], [[Newton Aycliffe|place]]

On arrival I was met at the door by a boy I now know as [[Harley Stanley|name]], aged 10, who was holding a cordless phone and
crying. He said "he's gone, me dad's gone in the van". Inside, in the kitchen, was [[Jodie Lowery|name]], who had red marks
on both sides of her neck and a cut to her lower lip. The fridge door was dented. A mobile phone, which [[Jodie|name]] said was
hers, was in the sink full of water.

[[Jodie|name]] said her partner [[Dale Stanley|name]] had "lost it" over messages from a colleague, [[Gary Hebbron|name]]. She
said [[Dale|name]] has hit her before, in June 2026 at a barbecue at her dad's in [[Heighington|place]] and
on [[31/08/26|date]] at the Simpasture playing fields, and that he watches her phone through a Life360 app.

Body-worn video was running. [[Harley|name]] told me, on BWV, that he went on the landing and saw "dad squeezing mam's
neck" and that [[Ivy|name]] "never woke up thank god". He said they sometimes go to nanna [[Pat|name]]'s in [[Shildon|place]] (paternal
grandmother, [[Pat Stanley|name]], [[12 Redwell Court|address]]) when it's bad.

Neighbour Mrs [[Lorraine Kell|name]] at [[no. 11|address]] said she heard banging and a woman shout "[[Dale|name]] stop" at
about 23:35 and that his van, a grey Transit [[NK19 WVD|vehicle]], left at speed towards [[Aycliffe Village|place]].

Vehicle check: [[NK19 WVD|vehicle]] registered to [[Dale Stanley|name]] at [[30 Neville Parade|address]]; [[YH67 OTP|vehicle]] to
[[Lee Stanley|name]], [[7 Finchale Avenue|address]], [[Newton Aycliffe|place]] [[DL5 7DQ|postcode]]. Previous DA logs at the address:
[[02/06/2026|date]], [[31/08/2026|date]]. [[Jodie|name]]'s NI number for the DASH form: [[NH 27 55 31 C|ni]].
Children's Services out of hours informed 00:30 ([[14/10|date]]), social worker on duty [[Callum Reay|name]].
"""),
    ("father's handwritten letter to the family court, scanned with OCR errors", """[scanned 3 pages, OCR - text as read by the scanner,
page breaks marked]

To the Judge.                                    From [[Dale Stanley|name]]
                                                 [[Flat 2 30 Nevi11e Parade|address]]
                                                 [[Newton Ayc1iffe|place]] [[DL5 5DH|postcode]]
                                                 [[O7519 264 830|phone]]
[[2nd Novembr 2026|date]]

Dear Sir or Madam,

I am writeing about my son [[Har1ey|name]] and my daughter [[Ivy|name]] who I have not seen since [[13th 0ctober|date]]. I am not
a bad dad. I no I done wrong that night with [[Jodie|name]] but the police have made it out worse. I have been going to the
Change programe at the Rise Carr centre every Tuesday... I mean every week, and my key worker [[Donna|name]] will say.

[[Harley|name]] plays for Aycliffe Juniors under 11s and I took him every Sunday to Moore Lane park for 3 year. Now [[Jodie|name]]s
dad [[Brian|name]] takes him and tells him lies about me. [[Brian Lowery|name]] came to my flat on [[20th Oct|date]] and said he
would "put me in the Skerne". I have a witness, [[Mick Tarren|name]] who lives under me at [[Flat 1|address]].

-- page 2 --

My mam [[Pat Stanley|name]] of [[12 Redwe11 Court|address]], [[Shi1don|place]] is willing to supervise contact at hers. She
has [[Ivy|name]]s bed still there from the summer. She is 64 and fit and she was a dinner lady at Timothy Hackworth school
for 20 year. Her number is [[07884 612 057|phone]].

I would like contact every Saturday and a phone call on a Wed... I am also asking for my son to go to his cousin [[Tyler|name]]s
10th birthday party on [[28/11/2026|date]] at Hardwick Park [[Sedge-
field|place]].

-- page 3 --

Yours faithfully
[[D. Stan1ey|name]] (signed)
"""),
    ("core group meeting record", """CORE GROUP MEETING - RECORD            Gaunless Durham Council, Children and Young People's Services
Children: [[Harley Stanley|name]] ([[21/10/2015|dob]]), [[Ivy Lowery|name]] ([[3/3/2020|dob]])       Plan category: emotional abuse
Held: Thursday [[19th November 2026|date]] at [[Woodham Burn Academy|school]], [[Washington Crescent|address]]
Lead social worker: [[Nadia Kirk|name]] ([[0300 129 4406|phone]], [[nadia.kirk@gaunlessdurham.gov.uk|email]])

Present: [[Jodie Lowery|name]]; [[Brian Lowery|name]] (maternal grandfather); [[Nadia Kirk|name]]; Mrs [[Karen Stoddart|name]] (DSL,
[[Woodham Burn|school]]); [[Beth Ainsley|name]] (IDVA, Harbour); [[Sam Oyelaran|name]] (school nurse).
Not present: [[Dale Stanley|name]] - bail conditions; [[Nadia|name]] will see him separately at [[Neville Parade|address]] on
[[24/11|date]].

Progress since the conference on [[29 October|date]]:
- [[Jodie|name]] has a new phone and number ([[07956 130 472|phone]]); Life360 removed by Harbour. Locks changed by Karbon
  Homes; a Ring doorbell fitted. [[Beth|name]] is working through the Freedom Programme with her at the [[Aycliffe|place]] family hub.
- [[Harley|name]] is wetting the bed again and has told Mrs [[Stoddart|name]] that he "should have stopped dad". He has been
  referred to the Rollercoaster group and sees [[Sam|name]] weekly. He wants to see his dad "but not at our house".
- [[Ivy|name]] is settled in nursery; she calls the keyworker "Miss [[Jess|name]]" ... (note: [[Jess Tunstall|name]]).
- [[Brian|name]] collects the children Tuesday and Thursday and takes [[Harley|name]] to football on the Juniors' pitches in
  [[Newton Aycliffe|place]]. He agreed not to approach [[Dale|name]] after the incident on [[20 October|date]] at
[[Neville Parade|address]].
- Paternal grandmother [[Pat Stanley|name]] ([[Shildon|place]]) has asked to supervise contact. Viability assessment to be
  done by [[Nadia|name]] - home visit [[1 December 2026|date]].

Next core group: [[17 December 2026|date]], 9.30am, same venue.
Actions: [[Nadia|name]] - viability visit to [[Pat Stanley|name]], [[12 Redwell Court|address]], [[Shildon|place]] [[DL4 2JB|postcode]], on
[[1/12|date]]; [[Beth|name]] - MARAC update to PC [[Liam Swainston|name]]; Mrs [[Stoddart|name]] - a place on the [[Woodham Burn|school]]
Saturday club for [[Harley|name]]; [[Brian|name]] - no contact with [[Dale|name]]; [[Jodie|name]] - keep Harbour's number and tell
[[Nadia|name]] if [[Dale|name]] is seen near [[Bluebell Close|address]] or [[Woodham Way|address]].
Circulated to: [[jodie.lowery92@icloud.com|email]], [[karen.stoddart@woodhamburn.org.uk|email]], [[beth.ainsley@harbourdv.org|email]].
"""),
]


# --- C. Metcalfe / Pearson family (white British), Harrowgate Hill, Darlington ---------------------------------------------------

HOME_C = d.Address("57 Thompson Street East", "Harrowgate Hill", "Darlington", "DL1 3EX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Summer", "Metcalfe")], dt.date(2012, 7, 16), addresses=[HOME_C], ids=["4887688083", "Y841282093219"],
       schools=["Haughton Academy"]),
    _p("m", "mother", [("Lisa", "Metcalfe")], dt.date(1984, 3, 28), addresses=[HOME_C], phones=["07825 417 396"]),
    _p("f", "stepfather", [("Wayne", "Pearson")], dt.date(1980, 1, 5), addresses=[HOME_C], phones=["07413 952 681"]),
    _p("p1", "professional", [("Owen", "Carling")], phones=["01325 406 522"], emails=["owen.carling@brinkburn.gov.uk"]),
], "c")

DOCS_C = [
    ("detached youth worker's street log typed fast on a phone", """detached sesh log - [[harrowgate hill|place]] / [[north rd|address]] -
fri [[20/11|date]] - [[jo|name]] + [[mikey|name]] - 6-9.30pm

18.20 north rd retail park, outside maccies. grp of 6, ages approx 13-16. knew 3: [[summer m|name]] (14), [[Brooke|name]] (her mate,
[[Brooke Lazenby|name]]?) and [[tyler g|name]] - [[tyler|name]] said "this is me last night out, me mam's sending us to me dads in
[[Bishop|place]]"
18.35 silver golf pulled up, 2 lads early 20s, one called "[[Deano|name]]" by the girls. reg part [[NA61 ..|vehicle]]? [[mikey|name]] got
[[NA61 KZP|vehicle]] (pretty sure). [[summer|name]] + [[brooke|name]] got in back. we spoke to them before - [[summer|name]] said "its
only [[deano|name]] he's me mates cousin, hes taking us to [[eldon|place]]" (poss [[Eldon Lane|place]], nr [[Bishop Auckland|place]])
18.40 rang [[Owen|name]] at EDT / CE team - vm. rang 101, log 0441 of [[20/11/2026|date]].
19.15 back at rec ground ([[Harrowgate Hill|place]]). [[tyler|name]] said [[deano|name]] "gives out vapes n that" and has a flat on
[[Greenbank Rd|address]] "above the barbers". said [[summer|name]] has "a tab" with him for vapes + a phone.
20.50 [[summer|name]] walked back up [[thompson st east|address]] on her own, crying. no coat. said shes "fine" and her stepdad
[[wayne|name]] will "go mental". offered to walk her - she said no. watched her go in no. [[57|address]].
21.05 rang her mam [[Lisa|name]] [[07825 417 396|phone]] - no ans. text sent.
21.30 end. CE screening tool to [[Owen|name]] mon?? - [[jo|name]]
"""),
    ("Instagram direct messages typed up from a mother's screenshots", """Typed up by [[O. Carling|name]] (CE social worker) from 14
screenshots [[Lisa Metcalfe|name]] brought in on [[23/11/2026|date]].
Instagram DMs on [[Summer|name]]'s phone. Account handles are left as shown; display names in brackets.

deano_dl1 ([[Dean|name]])            sat 00:14
u home safe princess. tell ur mam u was at [[brooke|name]]s
summ3r.x ([[summer|name]] 🦋)           00:16
yeh. thanks for the vape n the chippy x
deano_dl1 ([[Dean|name]])            00:17
no bother. remember ur on 40 now wiv the phone. can sort it if u do a drop for [[kaz|name]] in [[middlesbrough|place]] sunday
summ3r.x ([[summer|name]] 🦋)           00:20
idk. me stepdad checks where i am
deano_dl1 ([[Dean|name]])            00:21
tell him ur at ur nans in [[cockerton|place]]. [[Kaz|name]] will pick u up at [[Bank Top|place]] station 11, [[ash|name]] will be there
summ3r.x ([[summer|name]] 🦋)           00:25
is [[brooke|name]] coming
deano_dl1 ([[Dean|name]])            00:25
not this time. just u. dont tell [[tyler|name]] hes a grass
--
lazenbabe_07 ([[Brooke|name]] 💅)        sun 09:02
[[summ|name]] dont go with [[kaz|name]]. she took [[Ellie|name]] to that house on [[Parliament Rd|address]] in the [[boro|place]] and she
was there 2 days
summ3r.x ([[summer|name]] 🦋)           09:05
its fine hes sound. im back for tea
lazenbabe_07 ([[Brooke|name]] 💅)        09:06
ill ring ur mam

[Note by OC: "[[Dean|name]]" is believed to be [[Dean Hodgson|name]], 21, of [[Greenbank Road|address]], [[Darlington|place]].
"[[Kaz|name]]" not yet known. [[Brooke|name]]'s mother [[Sharon Lazenby|name]] rang [[Lisa|name]] at 09:15 on [[22/11|date]].]
"""),
    ("chronology of significant events", """CHRONOLOGY - [[Summer METCALFE|name]] (DOB [[16.07.2012|dob]])   NHS No. [[488 768 8083|nhs]]
  UPN [[Y841282093219|upn]]
Address: [[57 Thompson Street East|address]], [[Harrowgate Hill|place]], [[Darlington|place]] [[DL1 3EX|postcode]]
School: [[Haughton Academy|school]], Year 10         Compiled by: [[Owen Carling|name]], [[01325 406 522|phone]]

Date        | Event | Source | Impact on child
[[03.02.2019|date]] | Mother [[Lisa Metcalfe|name]] and birth father [[Stephen Varey|name]] separate after DA incident at
[[Yarm Road|address]]; [[Summer|name]] (6) present | police | moderate
Sept 2023 | Stepfather [[Wayne Pearson|name]] moves in | mother | unknown
[[14.06.2025|date]] | [[Summer|name]] missing overnight; found at [[Seaton Carew|place]] beach with [[Brooke Lazenby|name]] | police MFH |
high
[[22.09.2025|date]] | Fixed term suspension from [[Haughton|school]] (vape and fight) | school | moderate
[[09.01.2026|date]] | Dental nurse at Firthmoor Dental concerned re new iPhone, "a man bought it" | health | high
[[20.11.2026|date]] | Seen by youth workers getting in silver VW Golf [[NA61 KZP|vehicle]] on [[North Road|address]] | youth service | high
[[22.11.2026|date]] | Missing 14 hrs; returned by BTP from [[Middlesbrough|place]] station; £200 and 2 phones found | BTP | high
[[23.11.2026|date]] | Mother brings Instagram screenshots: "[[Dean|name]]", "[[Kaz|name]]", a debt of £40 | mother | high
[[24.11.2026|date]] | Strategy meeting; s.47 started | CSC | -
[[25.11.2026|date]] | Home visit; [[Wayne Pearson|name]] admits going to [[Greenbank Road|address]] to "have a word" with
[[Dean Hodgson|name]] | SW | moderate
[[26.11.2026|date]] | [[Summer|name]] missing 6 hrs; found by PC [[Nadine Howe|name]] at [[Cockerton|place]] with nan [[Jean Metcalfe|name]]
| police | moderate
[[27.11.2026|date]] | Return home interview by [[Jo Rutter|name]]; names "[[Kaz|name]]" and "[[Ash|name]]", a house on
[[Parliament Road|address]] | youth service | high
[[28.11.2026|date]] | CAWN served on [[Dean Hodgson|name]] at [[112 Greenbank Road|address]] by DC [[Peter Hutton|name]] | police | -
[[01.12.2026|date]] | [[Brooke Lazenby|name]] tells Mrs [[Spark|name]] that [[Summer|name]] has a new phone ([[07519 264 832|phone]]) |
school | high

Other people: birth father [[Stephen Varey|name]], [[Redcar|place]], no contact since 2021 (phone [[07967 204 583|phone]]); maternal nan
[[Jean Metcalfe|name]], [[Cockerton|place]] ("nana [[Jean|name]]"); friend [[Tyler Gowland|name]], moved to [[Bishop Auckland|place]].
"""),
    ("strategy meeting minutes for child exploitation", """STRATEGY MEETING (s.47) - CHILD EXPLOITATION      Brinkburn Children's Services,
[[24/11/2026|date]], 14:00, Teams
Child: [[Summer Metcalfe|name]], 14 ([[16/07/2012|dob]])

Chair: [[Gail Robinson|name]], Team Manager.  Present: [[Owen Carling|name]] (social worker); DC [[Peter Hutton|name]] (Durham
Constabulary, Operation Endeavour); [[Jo Rutter|name]] (youth worker, detached team); Mrs [[Fiona Spark|name]] (DSL, [[Haughton
Academy|school]]); [[Nick Brunskill|name]] (BTP); [[Amrit Gill|name]] (school nurse).

Information shared:
- DC [[Hutton|name]]: [[Dean Hodgson|name]] (DOB [[02/03/2005|dob]]), of [[Flat 3, 112 Greenbank Road|address]], is known for
  supplying in [[Darlington|place]] and [[Middlesbrough|place]]. Golf [[NA61 KZP|vehicle]] is registered to his mother in
  [[Newton Hall|place]], [[Durham|place]]. "[[Kaz|name]]" may be [[Karen Dobson|name]], 19, of [[Parliament Road|address]],
  [[Middlesbrough|place]] ([[TS1 4JL|postcode]]).
- [[Nick|name]] (BTP): [[Summer|name]] was found on [[22 November|date]] at 01:40 at [[Middlesbrough|place]] station with two phones
  and £200. She said she had been "at a mate's". She gave the name "[[Chloe Smith|name]]" at first.
- [[Jo|name]]: saw [[Summer|name]] get into the Golf on [[20th November|date]] on [[North Road|address]]; a friend, [[Brooke|name]],
  also got in. [[Brooke|name]]'s mother has been told.
- Mrs [[Spark|name]]: attendance 71%; the girls wait at the gates of [[St Mark's|school]] primary to meet older lads.
- [[Lisa Metcalfe|name]] ([[07825 417 396|phone]]) and [[Wayne Pearson|name]] ([[07413 952 681|phone]]) support a plan; [[Wayne|name]]
  has "gone round to [[Greenbank Road|address]]", which police have warned him against.

Decisions: s.47 enquiry (both [[Summer|name]] and [[Brooke|name]]); Child Abduction Warning Notice to [[Dean Hodgson|name]];
NRM referral; return home interviews by [[Jo|name]]; next meeting [[8 December 2026|date]].
Distribution: [[Gail Robinson|name]]; [[Owen Carling|name]]; DC [[Hutton|name]] ([[peter.hutton@durham.police.uk|email]]);
[[Jo Rutter|name]];
Mrs [[Spark|name]] ([[f.spark@haughtonacademy.org.uk|email]]); [[Nick Brunskill|name]]; [[Amrit Gill|name]]; [[Sharon Lazenby|name]]'s
social
worker for [[Brooke|name]], [[Ellen Pybus|name]] ([[01325 406 529|phone]]).
"""),
]


# --- D. Pallister / Bell family (white British), Agnew, Newton Aycliffe ------------------------------------------------------------

HOME_D = d.Address("18 Grindon Court", "Agnew", "Newton Aycliffe", "DL5 7JN")
SIS_D = d.Address("72 Byerley Road", "", "Shildon", "DL4 1HP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Hope", "Bell")], dt.date(2026, 8, 19), addresses=[HOME_D], ids=["6609374120"]),
    _p("s", "sibling", [("Lexi", "Pallister")], dt.date(2021, 11, 2), addresses=[HOME_D], ids=["5532922861", "R840254157141"],
       schools=["Aycliffe Moor Nursery"]),
    _p("m", "mother", [("Chantelle", "Pallister")], dt.date(2002, 4, 6), addresses=[HOME_D], phones=["07580 331 946"],
       ids=["5853974793"]),
    _p("f", "father", [("Ryan", "Bell")], dt.date(2000, 10, 30), addresses=[HOME_D], phones=["07462 815 093"]),
    _p("a", "aunt", [("Demi", "Pallister")], dt.date(1999, 1, 17), addresses=[SIS_D]),
    _p("p1", "professional", [("Joanne", "Tweddle")], phones=["0300 129 4406"], emails=["joanne.tweddle@gaunlessdurham.gov.uk"]),
], "c")

DOCS_D = [
    ("health visitor's new birth visit record", """HEALTH VISITING SERVICE - NEW BIRTH VISIT (NBV)       Record entered by:
[[Helen Craggs|name]], Health Visitor
Baby: [[Hope BELL|name]]   DOB: [[19/08/2026|dob]]   NHS: [[660 937 4120|nhs]]   Sex: F   Birth weight 3.12 kg, term, UHND
Mother: [[Chantelle PALLISTER|name]], 24, DOB [[06/04/2002|dob]], NHS [[585 397 4793|nhs]], mob [[07580 331 946|phone]]
Father: [[Ryan BELL|name]], 25, [[07462 815 093|phone]] - present for part of visit
Sibling: [[Lexi PALLISTER|name]], 4, [[Aycliffe Moor Nursery|school]] (different father, [[Jordan Hird|name]], no contact)
Address: [[18 Grindon Court|address]], [[Agnew|place]], [[Newton Aycliffe|place]] [[DL5 7JN|postcode]]
GP: Greenfield Way Medical Centre       Visit date: [[01/09/2026|date]] (day 13)

Feeding: bottle, 4 oz 3-hourly. Cord off. Weight 3.30 kg. Skin: no marks seen; Mongolian blue spot absent; checked whole body
with mother's consent. Jaundice resolved.
Sleep: Moses basket in parents' room. Safer sleep discussed - [[Ryan|name]] said he sometimes falls asleep on the sofa with
[[Hope|name]] on his chest after night shift at Hitachi.
Mood: EPDS 14 - [[Chantelle|name]] tearful, says she "can't bond" and that [[Ryan|name]] "goes off it" when the baby cries. She
denied any violence. Her sister [[Demi|name]] ([[Demi Pallister|name]], [[Shildon|place]]) is her main support; her mam lives in
[[Ferryhill|place]].
Home: clean, a lot of smoke - [[Ryan|name]] smokes in kitchen; dog (staffy, "Tyson") shut in yard.
[[Lexi|name]]: chatty, toilet trained, said "baby [[Hopey|name]] cries and daddy shouts".
Plan: review [[15/09/2026|date]]; GP re EPDS; ICON leaflet given ("babies cry, you can cope"); perinatal MH referral.
"""),
    ("paediatrician's child protection medical report", """CHILD PROTECTION MEDICAL ASSESSMENT - REPORT
Department of Paediatrics, Darlington Memorial Hospital, Hollyhurst Road
Child: [[Hope Bell|name]]    DOB: [[19.08.2026|dob]] (age 9 weeks)    Hospital no. D2261409    NHS [[660 937 4120|nhs]]
Examined: [[23.10.2026|date]] at 15:20 by Dr [[Aisha Malik|name]], Consultant Paediatrician, with Staff Nurse [[Kerry Gibbon|name]]
Referred by: [[Joanne Tweddle|name]], social worker, Gaunless Durham Council (s.47 strategy discussion [[23/10/26|date]])
Present: mother [[Chantelle Pallister|name]]; maternal aunt [[Demi Pallister|name]]; father [[Ryan Bell|name]] joined at 15:45.

History: On [[22 October|date]] [[Lexi|name]]'s nursery keyworker, [[Sophie Allison|name]], saw a bruise on the baby's cheek when
mother brought the baby in the pram to collect [[Lexi|name]]. Mother's account: [[Lexi|name]] "hugged her too hard" on the evening
of [[21.10.26|date]]. Father's account (separately): the baby "rolled off the settee" on to the laminate while he was in the
kitchen; he said this happened on the Tuesday, at his mother's house, Mrs [[Bell|name]]'s at [[Simpasture|place]].

Findings: 1. A 2 x 1.5 cm purple-blue bruise over the left cheek. 2. Two 0.5 cm round bruises on the right upper arm,
consistent with fingertip pressure. 3. Frenulum intact. No other marks. Weight 4.6 kg (25th centile).

Opinion: [[Hope|name]] is a non-mobile baby. Bruising in a baby who cannot roll is rare without an explanation; the accounts
differ from each other and from the pattern seen. The arm bruises are in my opinion likely to have been caused by
gripping. Skeletal survey and CT head arranged for [[24/10/2026|date]] at the James Cook University Hospital, [[Middlesbrough|place]];
bloods (clotting, FBC) taken. Ophthalmology review [[25.10.2026|date]].
[[Hope|name]] should not be discharged home until the results are known; the social worker agreed she may stay with her
aunt at [[72 Byerley Road|address]], [[Shildon|place]], [[DL4 1HP|postcode]] on discharge if the plan allows.

Copies: [[Joanne Tweddle|name]] (SW); Dr [[Paul Hetherington|name]] (GP, Greenfield Way Medical Centre); [[Helen Craggs|name]]
(HV); DC [[Gareth Liddle|name]] (CAIU); named nurse [[Wendy Sowerby|name]].

Dr [[A. Malik|name]] MBBS FRCPCH, GMC 7145526         [[23 Oct 2026|date]], 19:10
"""),
    ("text messages between a mother and her sister read out and typed up", """Texts from [[Chantelle|name]]'s phone (shown by [[Demi|name]]
to the social worker [[J Tweddle|name]] on [[27/10/26|date]], typed word for word)

[[Chan|name]] 💕  [[21 Oct|date]] 22:48
hes ragin again bc she wont settle. took her upstairs n shut the door. i can hear her screamin
[[Demi|name]]  22:50
want me to come? ill get [[Kyle|name]] to drive us from [[shildon|place]] now
[[Chan|name]] 💕  22:51
no hell go mad. hes calm now. [[lexi|name]] is asleep
[[Chan|name]] 💕  [[22 Oct|date]] 08:02
[[dem|name]] theres a bruise on her face. hes sayin [[lex|name]] did it. [[lex|name]] was in bed
[[Demi|name]]  08:03
take a pic. do NOT let [[ryan|name]] take her to his mams in [[simpasture|place]]
[[Chan|name]] 💕  08:05
his mam [[Carol|name]] already rang sayin bring [[hope|name]] round. i told her shes got a cold
[[Demi|name]]  08:40
[[chan|name]] u have to tell the nursery when u pick [[lexi|name]] up. or ill ring the social myself. [[hope|name]] is 9 weeks old
[[Chan|name]] 💕  Tue [[22nd|date]] 12:16
the nursery seen it. they rang [[Joanne|name]] from the social. im scared [[dem|name]]
[[Demi|name]]  12:17
im coming. meet us at [[grindon ct|address]]. [[kyle|name]] is bringing the car seat
[[Chan|name]] 💕  12:40
[[joanne|name]] says the baby has to go to darlo memorial for a check. [[ryan|name]] is at work at hitachi. his mam keeps ringin
[[Demi|name]]  12:41
dont answer [[carol|name]]. ill ring mam in [[ferryhill|place]] and tell her. [[kyle|name]] can have [[lexi|name]] at ours on
[[byerley rd|address]]
[[Chan|name]] 💕  [[23 Oct|date]] 07:15
they kept her in. [[ryan|name]] slept at his mates in [[middridge|place]]. i cant stop cryin [[dem|name]]
"""),
    ("section 47 outcome letter to the parents", """Gaunless Durham Council - Children and Young People's Services
[[Aycliffe|place]] Locality Team, Council Offices, [[Newton Aycliffe|place]]

Miss [[C. Pallister|name]] and Mr [[R. Bell|name]]
[[18 Grindon Court|address]]
[[Agnew|place]]
[[Newton Aycliffe|place]]
[[DL5 7JN|postcode]]
                                                                            [[12 November 2026|date]]
Our ref: JT/CP/26/1187

Dear [[Chantelle|name]] and [[Ryan|name]],

Re: [[Hope Bell|name]] (born [[19 August 2026|dob]]) and [[Lexi Pallister|name]] (born [[2 November 2021|dob]])

I am writing to tell you the outcome of the child protection enquiry (section 47, Children Act 1989) that began on
[[23 October 2026|date]], after [[Hope|name]]'s bruises were seen at [[Aycliffe Moor Nursery|school]].

The skeletal survey on [[24 October|date]] and the repeat on [[7 November|date]] showed no fractures, and the CT scan and eye
examination were normal. Dr [[Malik|name]]'s opinion is still that the bruises on [[Hope|name]]'s arm were probably caused by
someone gripping her. Neither of you has been able to explain them, and [[Ryan|name]]'s account has changed.

We have decided to hold an initial child protection conference on [[26 November 2026|date]] at 1.30pm at the Council
Offices. You will both be invited, with a solicitor or supporter if you wish. Until then [[Hope|name]] and [[Lexi|name]] will stay
with their aunt, [[Demi Pallister|name]], at [[72 Byerley Road|address]], [[Shildon|place]], under the safety plan you both signed on
[[25/10/2026|date]]. [[Ryan|name]] may see the children at [[Demi|name]]'s home, supervised by her or by his mother, Mrs
[[Carol
Bell|name]], on Tuesdays and Saturdays.

If you do not agree with anything in this letter please ring me on [[0300 129 4406|phone]] or email
[[joanne.tweddle@gaunlessdurham.gov.uk|email]]. You can also contact my team manager, [[Stuart Pinkney|name]].

Yours sincerely

[[Joanne Tweddle|name]]
Social Worker
"""),
]


# --- E. Sherpa family (from Solukhumbu, Nepal), Bank Top, Darlington ----------------------------------------------------------------

HOME_E = d.Address("31 Clifton Road", "Bank Top", "Darlington", "DL1 5DS")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Pasang Lhamu", "Sherpa")], dt.date(2019, 6, 12), addresses=[HOME_E], ids=["4207601740", "N841215226063"],
       schools=["Dodmire Junior School"]),
    _p("s", "sibling", [("Tenzing Norbu", "Sherpa")], dt.date(2015, 2, 27), addresses=[HOME_E], ids=["5921260827", "T841291171906"],
       schools=["Dodmire Junior School"]),
    _p("m", "mother", [("Dawa Futi", "Sherpa")], dt.date(1990, 12, 1), addresses=[HOME_E], phones=["07519 264 831"]),
    _p("f", "father", [("Pemba Nuru", "Sherpa")], dt.date(1986, 5, 15), addresses=[HOME_E], phones=["07956 130 473"],
       ids=["SP 61 07 44 D"]),
    _p("p1", "professional", [("Laura", "Snowdon")], phones=["01325 406 538"], emails=["laura.snowdon@brinkburn.gov.uk"]),
], "c")

DOCS_E = [
    ("GP safeguarding referral letter", """Parkgate Family Practice
                                                                              Date: [[6th October 2026|date]]
To: Children's Access Point, Brinkburn Children's Services

Dear colleague,

Re: [[Pasang Lhamu SHERPA|name]], DOB [[12/06/2019|dob]], NHS No [[420 760 1740|nhs]]
    [[31 Clifton Road|address]], [[Bank Top|place]], [[Darlington|place]] [[DL1 5DS|postcode]]

I saw [[Pasang|name]] (7) today with her brother [[Tenzing|name]] (11), who interpreted for their mother, [[Dawa Futi Sherpa|name]]. The
family speak Sherwi Tamgo (their own language) and Nepali; mother has little English. I am sorry to say I used [[Tenzing|name]] because the
telephone
interpreter line could not find an interpreter for it at short notice - I know this is not good practice.

[[Pasang|name]] has a healing partial thickness scald, about 6 x 4 cm, on the back of her left hand and wrist, which the family
say happened "last week" when she reached for the rice cooker while [[Tenzing|name]] was making dinner. It has been dressed
with toothpaste and a cloth. It is infected and I have started flucloxacillin and referred her to the minor injuries unit.
I am concerned that (1) treatment was delayed by at least five days, (2) an 11 year old was cooking for the family, and
(3) mother seemed low and withdrawn; she said through [[Tenzing|name]] that her husband, [[Pemba Nuru Sherpa|name]], has been in
the Royal Victoria Infirmary in [[Newcastle|place]] since he fell from scaffolding on [[18 September|date]], and she does not
know how to get there or how they will pay the rent.

[[Tenzing|name]] also told me that his grandmother in [[Khumjung|place]] rings every night and that "Ama cries after". Mother's
mobile is [[07519 264 831|phone]]; the family friend who brought them, [[Mingma Gelu|name]] of the Himalayan Kitchen on
[[Victoria Road|address]], can be reached on [[07884 612 058|phone]].

Yours sincerely,
Dr [[Rebecca Allan|name]]
GP Partner, Safeguarding Lead
"""),
    ("child and family assessment with a Nepali interpreter", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS          Brinkburn
Children's Services
Children: [[Pasang Lhamu Sherpa|name]] ([[12.06.2019|dob]]), [[Tenzing Norbu Sherpa|name]] ([[27.02.2015|dob]], UPN [[T841291171906|upn]])
Social worker: [[Laura Snowdon|name]] ([[01325 406 538|phone]])      Started [[7 October 2026|date]]; completed [[18 November 2026|date]]
Interpreter: Nepali, by telephone and in person ([[Sarita Gurung|name]], LinguaLink); the family's first language is Sherwi
Tamgo, for which no interpreter was found. Mother chose Nepali.

Family and network. [[Dawa Futi|name]] and [[Pemba Nuru|name]] came from [[Khumjung|place]] in the Solukhumbu district of Nepal in 2022 on
a Skilled Worker visa sponsored by a restaurant in [[Stockton|place]]; they moved to [[Bank Top|place]] in 2024 when [[Pemba|name]] began
work with a roofing firm, [[Dobbing|name]] & Sons. [[Pemba|name]]'s mother, [[Ang Diki|name]], lives in [[Khumjung|place]] (phone
[[+977 985 1028 447|phone]]); his brother [[Lhakpa Tenji|name]] runs a trekking lodge and lives at [[Boudha|place]], [[Kathmandu|place]]
([[+977 1 4372 915|phone]]). In [[Darlington|place]] the family's friends are [[Mingma Gelu|name]] and his wife [[Chhiring|name]]; the
mothers of the Kyidug (the community association) in [[Middlesbrough|place]] have brought food since [[Pemba|name]]'s fall.

The children. [[Pasang|name]] is a bright, shy girl in Year 3 at [[Dodmire|school]]. Her scald has healed with a scar. She told me
(in English) that she misses "Aba" and that her brother "does the cooking and the letters". [[Tenzing|name]] is 11, in Year 6,
and has been the family's interpreter at the GP, the job centre and the hospital. He has been late to school eleven
times since [[18 September|date]] because he takes his sister first. He said: "If I don't do it, Ama just sits."

Father. [[Pemba|name]] was discharged from the RVI on [[2 November 2026|date]] with a fractured pelvis and is using crutches; his
sponsor ended his job on [[30/10/2026|date]] and his visa leave depends on a new sponsor within 60 days.

Analysis. This is a loving family under great strain, without the language or the network to get help. [[Tenzing|name]] is a
young carer. [[Pasang|name]]'s burn was an accident, but treatment was late for want of someone to take her.
Genogram (as given by [[Pemba|name]], spellings his): father's father [[Nima Tenzing|name]] (died on Lhotse, 1998); father's
mother [[Ang Diki|name]] ([[Khumjung|place]]); his sisters [[Lhamu Doma|name]] ([[Namche Bazaar|place]]) and [[Pasang Futi|name]] (in
[[Queens|place]], [[New York|place]], [[+1 718 205 4416|phone]]); mother's parents [[Mingma Tshering|name]] and [[Yangji|name]] in
[[Phortse|place]];
mother's brother [[Dawa Gyalje|name]], a cook in [[Reading|place]] ([[07413 952 682|phone]]).
Plan (child in need): young carers' service for [[Tenzing|name]]; immigration advice via the North East law centre;
Nepali-speaking family support worker; a school-run rota with [[Chhiring|name]]; review [[20 January 2027|date]].
"""),
    ("family Viber group in Nepali and English typed up and translated", """Viber group "परिवार 🏔" (Family) - messages [[Tenzing|name]]
showed the social worker on his mother's phone, [[16/11/2026|date]].
Typed up by [[L. Snowdon|name]]; Nepali translated by [[Sarita Gurung|name]] (interpreter). Contacts saved as shown.

आमा (Grandmother, [[Khumjung|place]])   [[15/11/2026|date]] 04:10
बाबु [[तेन्जिङ|name]], बुवाको खुट्टा कस्तो छ? [[खुम्जुङ|place]]मा हिउँ पर्‍यो।
[Little [[Tenzing|name]], how is your father's leg? Snow has fallen in [[Khumjung|place]].]
[[Tenzing|name]]   04:32
Aba is better ama-la. walking with sticks. [[pasang|name]] hand is ok now
[[लाक्पा|name]] दाइ ([[Kathmandu|place]])   05:02
[[पेम्बा|name]], भिसाको कुरा के भयो? [[बौद्ध|place]]मा [[निमा|name]]को साथी वकिल छ।
[Tr.: [[Pemba|name]], what happened about the visa? [[Nima|name]]'s friend in [[Boudha|place]] is a lawyer.]
[[Pemba|name]]   05:40
not yet dai. sponsor finished. [[Mingma|name]] say maybe restaurant in [[Yarm|place]] want chef
[[Dawa Futi|name]]   06:15
[[तेन्जिङ|name]] स्कुल ढिलो भयो भनेर शिक्षकले चिठी पठाए।
[The teacher sent a letter that [[Tenzing|name]] is late for school.]
[[Tenzing|name]]   06:16
mum its fine i told mrs [[o'brien|name]]. [[lhamu|name]] and me go 8.15 now with [[chhiring|name]] aunty
आमा (Grandmother, [[Khumjung|place]])   07:30
[[दावा|name]], नरोऊ। [[पासाङ|name]]लाई माया। 🙏
[Tr.: [[Dawa|name]], don't cry. Love to [[Pasang|name]].]
"""),
    ("school EAL coordinator's email to the social worker", """From: [[Siobhan O'Brien|name]] <[[s.obrien@dodmire.darlington.sch.uk|email]]>
Sent: Thursday, [[26 November 2026|date]] 15:47
To: [[Laura Snowdon|name]] <[[laura.snowdon@brinkburn.gov.uk|email]]>
Cc: [[Mark Teasdale|name]] (DSL)
Subject: RE: [[Pasang|name]] and [[Tenzing|name]] - lateness, coats, FSM

Hi [[Laura|name]],

Thanks for ringing. Update from us at [[Dodmire|school]]:

- Since [[Chhiring Sherpa|name]] (she's no relation, she says, just the same surname - "half of [[Khumjung|place]] is
  [[Sherpa|name]]"!) started walking them in on [[17th Nov|date]], both have been on time every day.
- [[Tenzing|name]] asked if he can still go to the transition day at [[Eastbourne Academy|school]] on [[3rd December|date]] - yes, I've
  put him on the list. He wants to do the football taster with Mr [[Pinder|name]].
- [[Pasang|name]] (the class call her [[Lhamu|name]], which she prefers) has no winter coat. We have one from the uniform bank.
- Free school meals: the form is done, but [[Pemba|name]]'s NI number is needed ([[SP 61 07 44 D|ni]] - is this right? it was on an
  old letter in her book bag).
- Mum came to the Nepali parents' coffee morning that Mrs [[Rai|name]] ([[Bishnu Rai|name]], our TA) runs on Wednesdays. She
  laughed for the first time. [[Bishnu|name]] can interpret in Nepali if you need her (school phone [[01325 462 719|phone]]).

[[Siobhan|name]]
EAL Coordinator
"""),
]


# --- F. Ojulu / Omot family (Anuak, from Gambella, Ethiopia, resettled from Kakuma), Albert Hill, Darlington -------------------------

HOME_F = d.Address("8 Hercules Street", "Albert Hill", "Darlington", "DL1 2JU")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Agwa", "Ojulu")], dt.date(2011, 3, 14), addresses=[HOME_F], ids=["7075019171", "F841243515029"],
       schools=["Longfield Academy"]),
    _p("s", "sibling", [("Okello", "Ojulu")], dt.date(2014, 9, 9), addresses=[HOME_F], ids=["6993120119", "E841223357795"],
       schools=["Longfield Academy"]),
    _p("m", "mother", [("Ariet", "Omot")], dt.date(1988, 1, 1), addresses=[HOME_F], phones=["07580 331 947"]),
    _p("f", "father", [("Ojulu Obang", "Ochan")], dt.date(1979, 1, 1), addresses=[HOME_F], phones=["07738 590 215"],
       ids=["PB 39 14 70 C"]),
    _p("p1", "professional", [("Harriet", "Coates")], phones=["01325 406 547"], emails=["harriet.coates@brinkburn.gov.uk"]),
], "c")

DOCS_F = [
    ("resettlement caseworker's handover email", """From: [[Tom Ingledew|name]] <[[t.ingledew@teesrefugeelink.org.uk|email]]>
To: [[Harriet Coates|name]] <[[harriet.coates@brinkburn.gov.uk|email]]>
Date: Mon [[30 Nov 2026|date]] 09:12
Subject: [[Ojulu|name]]/[[Omot|name]] family - handover as I leave the resettlement team

Hi [[Harriet|name]],

As promised, a handover on the family at [[8 Hercules Street|address]], [[Albert Hill|place]] ([[DL1 2JU|postcode]]), before I go on
[[4th Dec|date]].

Who's who: dad [[Ojulu Obang Ochan|name]] (goes by [[Ojulu|name]]; in the Anuak way the children carry his first name as
their surname), mum [[Ariet Omot|name]], [[Agwa|name]] (15, girl) and [[Okello|name]] (12, boy). Both children are at
[[Longfield|school]]. They came on the UK Resettlement Scheme from [[Kakuma|place]] camp in Kenya in March 2024; before that
they fled [[Gambella|place]] town after the 2016 killings. [[Ojulu|name]]'s brother [[Ochalla Obang|name]] is still in [[Kakuma|place]]
([[+254 712 408 395|phone]]), and [[Ariet|name]]'s mother [[Abang Ochudho|name]] is in [[Gambella|place]] ([[+251 91 138 4702|phone]]).

Languages: Anywaa at home; [[Ariet|name]] also has Amharic and some Arabic; [[Ojulu|name]] has good English (he was a teacher in
[[Pinyudo|place]] camp). [[Agwa|name]] is fluent and often interprets for her mum - please don't rely on her.

Worries: [[Ojulu|name]] has nightmares and drinks at weekends with men from the Anuak community in [[Middlesbrough|place]] and
[[Leeds|place]]. [[Ariet|name]] told our female worker, [[Ruth Kamara|name]], in September that he "beats the children with a
stick when they shame him" - she would not say more. [[Agwa|name]] has a boyfriend at school, [[Jayden|name]], which dad
doesn't know about.

Numbers: [[Ojulu|name]] [[07738 590 215|phone]], [[Ariet|name]] [[07580 331 947|phone]]. Their pastor at the Anuak fellowship
that meets at St Cuthbert's church hall is Pastor [[Okwier|name]].

Household on our system: [[OJULU OBANG OCHAN|name]] DOB [[01/01/1979|dob]]; [[OMOT, Ariet|name]] DOB [[01/01/1988|dob]];
[[OJULU, Agwa|name]] DOB [[14/03/2011|dob]]; [[OJULU, Okello|name]] DOB [[09/09/2014|dob]]. Arrival at Teesside airport
[[12/03/2024|date]]; first address [[Flat 6, 19 Eastbourne Road|address]], [[Darlington|place]] [[DL1 4ER|postcode]], moved to
[[Hercules Street|address]] [[02/09/2024|date]]. Home Office ref and UNHCR case no. on file.

Good luck - they're a lovely family.
[[Tom|name]]
"""),
    ("school safeguarding disclosure form handwritten and scanned", """LONGFIELD ACADEMY - RECORD OF CONCERN / DISCLOSURE   (handwritten,
scanned [[01/12/2026|date]])
Pupil: [[Agwa OJULU|name]]         Form: 10RM         DOB: [[14 / 03 / 2011|dob]]
Person recording: [[Rhiannon Metcalf|name]] (form tutor)     Date & time of concern: [[1st Dec|date]] 08:35

What did you see / hear? (child's own words where possible)
[[Agwa|name]] came to registration with a long mark on the back of her left arm (approx 10cm, red, raised, straight). I asked
what happened. She said "my father hit me with the stick last night because [[Okello|name]] told him about [[Jayden|name]]". She
said he found messages on her phone from [[Jay|name]] ([[Jayden Hall|name]], 10KP). She said "in our culture a girl
who has a boyfriend shames the family". She said her dad also hit [[Okello|name]] "for telling lies" with a belt on his
legs. She said this happens "when dad is drunk from [[Boro|place]]" (he visits friends in [[Middlesbrough|place]] at weekends).
She asked me not to tell her mum because "mum will be blamed". She said she could stay with her friend [[Nyakwoth|name]]'s
family on [[Barnard St|address]] "if I can't go home". She said "please don't send me to [[Gambella|place]]".

Any other information: [[Agwa|name]] wrote her mum's name for me on the back of the form as "[[ኣሪየት|name]]" (Amharic letters) and
"[[Ariet|name]]". Mum does not read English.

Passed to DSL: Mr [[Ravi Chandra|name]]  at 08:50          Signed: [[R. Metcalf|name]]

DSL actions: rang Brinkburn Children's Access Point 09:05 (spoke to [[Becky|name]]); [[Okello|name]] seen by Mrs [[Harrison|name]]
in Year 8 office - red lines on back of both thighs; police informed; strategy discussion at 11:00.
"""),
    ("joint police and social work visit record", """JOINT VISIT RECORD (s.47)        Brinkburn Children's Services / Durham Constabulary
Date: [[1 December 2026|date]]   Time: 15:30-17:10   Location: [[8 Hercules Street|address]], [[Albert Hill|place]], [[Darlington|place]]
Workers: [[Harriet Coates|name]] (SW), DC [[Simon Lamb|name]] (CAIU)
Interpreter: Anywaa was not available; Amharic interpreter [[Meron Tesfaye|name]] by phone for mother; father in English

Children: [[Agwa Ojulu|name]] ([[14/03/2011|dob]]) and [[Okello Ojulu|name]] ([[09/09/2014|dob]], NHS [[699 312 0119|nhs]]) had already been
spoken to at school and were at the home of a family friend, Mrs [[Akwata Ojwato|name]], on [[Barnard Street|address]] during the
visit, by agreement.

Father ([[Ojulu Obang Ochan|name]]) said he "disciplined" [[Agwa|name]] with a thin stick on [[30 November|date]] and [[Okello|name]] with
a belt "a few times" for lying. He said that in [[Gambella|place]] and in the camp at [[Kakuma|place]] this is how fathers teach. He had
not known it was a crime in the UK. He was very distressed and said he was beaten by soldiers in [[Abobo|place]] in 2003.
DC [[Lamb|name]] explained the law. [[Ojulu|name]] agreed to stay with a friend, [[Obang Ojwato|name]], at [[22 Barnard Street|address]]
while enquiries continue, and to have no unsupervised contact.

Mother ([[Ariet Omot|name]]) cried throughout. She said her husband "is a good man with a sick heart" and that she was
frightened of him only when he drinks. She wants to ring her mother in [[Gambella|place]] ([[+251 47 551 0284|phone]], the
neighbour's landline). She agreed the children can come home tonight with her.

Plan: [[Agwa|name]] and [[Okello|name]] home with mother from 17:30; [[Ojulu|name]] at [[Barnard Street|address]]; ABE interviews on
[[3 December|date]]; referral to the Freedom from Torture service for [[Ojulu|name]]; [[Harriet|name]] to visit [[2/12/26|date]].
Informed: [[Ravi Chandra|name]] (DSL, [[Longfield Academy|school]]); [[Tom Ingledew|name]]'s successor at the resettlement team,
[[Grace Oduya|name]] ([[g.oduya@teesrefugeelink.org.uk|email]]); team manager [[Paul Kitching|name]]; DS [[Alison Wears|name]] (CAIU).
Children's details: [[Agwa|name]] - UPN [[F841243515029|upn]], NHS [[707 501 9171|nhs]]; [[Okello|name]] - UPN [[E841223357795|upn]].
Father's NI number (for the benefits check): [[PB 39 14 70 C|ni]]. Father's DOB on the Home Office papers: [[01/01/1979|dob]].
"""),
    ("mother's own letter to the social worker written for her by a friend", """[[8 Hercules St|address]]
[[Darlington|place]]
[[5/12/2026|date]]

To Miss [[Harriet|name]] the social worker,

My name is [[Ariet Omot|name]] I am the mother of [[Agwa|name]] and [[Okello|name]]. My friend [[Akwata|name]] is writing this
for me because my English is not good. I say it in Anuak and she writes.

First I want to say thank you for the lady on the phone who speak Amharic, [[Meron|name]], she was kind. But Amharic is not
my heart language. Next time please find Anywaa person. There is one man in [[Sheffield|place]], Mr [[Ochan Omod|name]], who does
interpreting for the council there, his phone is [[07825 417 397|phone]].

My husband [[Ojulu|name]] is staying with [[Obang|name]] on [[Barnard Street|address]]. He does not drink now. He is going to the
church every day and Pastor [[Okwier|name]] is talking with him. He cry for the children. In [[Gambella|place]] his father
was killed in front of him and in [[Pinyudo|place]] he saw many bad things. He is not a bad man.

[[Agwa|name]] is angry with me. She says I must leave him. [[Okello|name]] wants his father home. He stopped eating and he
sleeps in my bed. My mother [[Abang|name]] say on the phone from [[ጋምቤላ|place]] that we must all be patient.

Please can the children see their father at the church on Sunday with the pastor there. Please can I have a Anywaa
interpreter at the meeting on [[14 December|date]].

Thank you.
[[Ariet|name]]   ([[ኣሪየት ኦሞት|name]])
written by [[Akwata Ojwato|name]], [[07462 815 094|phone]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 142 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:26 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum",
           "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "stepdad", "pastor", "baby", "ama", "ama-la", "aba",
           "dai", "didi", "bhai", "आमा", "दाइ"}
_AFTER = {"senior", "junior", "aunty", "dai", "didi", "दाइ"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "county durham", "durham county", "north yorkshire", "teesside",
               "the north east", "north east", "nepal", "solukhumbu", "the solukhumbu district", "ethiopia", "kenya",
               "south sudan", "sudan", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Pastor
# Okwier", "nana Jean", "baby Hopey", "mrs o'brien"; after one: "Chhiring aunty", "लाक्पा दाइ") and counties, regions and
# countries ("County Durham", "Nepal", "the Solukhumbu district", "Ethiopia", "Kenya").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
