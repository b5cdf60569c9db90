"""Set 170: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets 171
to 173 (written by other helpers at the same time), that did not run the detector or any bench script that runs it, that ran no
git command, and that looked at no detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py
(the layout and marking conventions followed here), the module docstrings only of bench/redaction_set7.py to
bench/redaction_set169.py (printed with ast.get_docstring and searched for town, district and community names, to see which
towns, districts and communities earlier sets used as a family's home), bench/redaction_handwritten.py, and the ruff settings in
pyproject.toml; no function of bench/redaction_set15.py was read (its checker is only called). Phone numbers were checked with
the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake
in the gold marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a caseload in south-west County Durham around Spennymoor, Ferryhill and Bishop Auckland, each
from a town, village, district or estate no earlier set used as a family's home (the earlier docstrings name Dean Bank in
Ferryhill, Woodhouse Close in Bishop Auckland and Shildon as homes, and Chilton and Henknowle otherwise). Four white British: a
young mother on the Attlee Estate in Tudhoe, Spennymoor, with a grandmother in Byers Green and a father in Page Bank (Teasdale /
Hope; a boy of 5 bitten on the face by his father's XL-type dog, a baby's weight dropping, a girl of 9 doing the bottles, a
mother off her medication, the dog brought back and seized); a girl of 15 in Middlestone Moor, Spennymoor, with a grandfather in
Coundon (Sowerby / Dent; missing overnight, found in a man's car near Ferryhill Station, child sexual and criminal exploitation
by a man of 19 and his friends, a flat in Ferryhill, a second girl from Newton Aycliffe, a strategy meeting); a father bringing up
two boys alone in Cockton Hill, Bishop Auckland, with a grandmother in Escomb and a mother in the village of Toronto (Lowes /
Kipling; a father's drinking after losing his job, a boy of 11 caring for his brother of 7, a worry-box note, a child in need
plan); and a young carer of 12 in Kirk Merrington with a mother with multiple sclerosis, an aunt in Ferryhill and a brother's
father in Pelton Fell (Gargett / Wardle; lateness and detentions, a mother's fall, a father who wants the boy to live with him).
Two from communities no earlier set used: a Tuareg family from Agadez in Niger seeking asylum in dispersal housing in Henknowle,
Bishop Auckland, with a grandmother in Agadez, an uncle in Tamanrasset and a cousin in Marseille (Ag Alhassane / Walet Ibrahim;
Tamasheq, French and Arabic, names in Tifinagh and Arabic script, a damp house, a burn, a girl of 14 kept off school to
interpret and afraid of an engagement to a cousin in Agadez, a family WhatsApp group, the girl's own letter); and an Ogoni family
from Bori in Khana, Rivers State, Nigeria, in West Cornforth near Ferryhill (Deebom / Nwiido; a father on a care worker visa who
hit a boy of 11 with a belt, parents on long shifts, a boy of 15 left in charge at night, a pastor, a family group conference,
a teknonym "Mama Nubari"). 24 documents, of types and styles new to these sets where possible, about half plain professional
recording: a health visitor's home visit record, a member of the public's online concern form with the front door's triage note,
a mother and grandmother's Facebook Messenger chat typed up, a chronology, a police missing person handover sheet, a return home
interview, Snapchat screenshots read by OCR (with OCR splits such as "k y l e"), strategy meeting minutes, a primary school's
safeguarding log export, a father's handwritten letter scanned with OCR errors ("lveson", "Masen", "l9th", "Tor onto"), a GP
safeguarding lead's letter, a child in need review, a young carer's needs assessment, a phone's visual voicemail
auto-transcriptions (with mis-hearings: "Pelaw", "Chester lee street", "chapel road"), an email chain between a school and early
help, a social worker's notes typed fast on a phone, an asylum housing officer's inspection report, a home visit with a telephone
interpreter, a family WhatsApp group's voice notes and messages translated from Tamasheq and French, a girl's own letter to her
teacher, a pastor's reference letter, a child and family assessment's analysis, a family group conference plan and a school
nurse's drop-in log.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Niger, Algeria, France, Nigeria); NHS numbers and UPNs (LA number 840, County Durham) pass their check
digits; the NI number has a valid format. The council is invented (Gaunless Vale), and so are the schools (Whitworth Moor
Primary School, Spennymoor Fields Academy, Cockton Vale Primary School, Merrington Lane Primary School, Henknowle Beck Primary
School, Cornforth Ridge Primary School, Sedgefield Vale Academy; Ferryhill Moor Academy as in set 48; King James I Academy is
real) and the church (Living Waters Redemption Assembly); towns, villages, districts, estates, real schools, NHS bodies,
hospitals, surgeries, police forces, charities, clubs, brands, apps, landmarks and laws are real or invented and stay unmarked
unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Dr, DC, PC,
Sgt, Nana, Mam, Dad, Aunty, auntie, Uncle, Grandma, Coach, Pastor, Elder, Deaconess, Brother, Sister, the French tata, and
"Mama" in the teknonym "Mama Nubari", "Mama Kabari") stay outside the name span; a possessive 's and a bare s in texting
("summers", "jade"s, "Skye"s) stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one
span ("SOWERBY, Ellie-Mae", "AG ALHASSANE, Moussa", "WALET IBRAHIM, Fatimata", "DEEBOM, Nubari", "ASHBY, Dean"), and so is
"First SURNAME" ("Craig DENT"); a first name with an initial after it is one span ("Kayleigh T", "Poppy G", "jack L", "Kpobari D",
"Blessing D."), and so is an initial with a surname ("H Tweddle", "G. Snowdon", "P. Nair"); initials alone ("FC", "N.D.") are
not marked; a name broken by a line break is one span holding the break, and so is an address or a place; chat display names
that are a person's plain name are names ("deano", "ellie", "Tracey", "Kayleigh T", and a display name in Tifinagh), but a
contact saved under a kinship word ("Mam") is not, and the emoji and flags after a display name stay outside; a name in another
script (Tifinagh "ⵜⵉⵏⵀⵉⵏⴰⵏ", "ⵎⵓⵙⴰ"; Arabic "موسى") is a name; names that are words or days are names when they are people ("Hope",
"Summer", "Brooke", "Skye", "Sunday", "Friday", "Comfort", "Blessing", "Joy", "Dawson", "Raine"), and weekdays ("on Friday", "most
Sundays") stay unmarked. A street address is one span, its town or district a place, its postcode a postcode (a French postcode "13003"
included); a street named without a number is an address ("Rock Road", "Chapel Row", "Main Street", "Cornforth Lane"), and so
is a neighbour's bare house or flat number ("no. 16", "no. 9", "flat 2"); towns, villages, districts, estates and quarters are
places at home or abroad ("Toronto" the Durham village, "Dagmanet" a quarter of Agadez), and so are local short forms
("Spenny", "Bishop" for Bishop Auckland, "Darlo", "Ferry", "Naija" for Nigeria is the exception - see below); countries,
counties and regions are not ("County Durham", "Niger", "Libya", "Italy", "Khana", "Ogoniland", "Naija", "the Aïr"); organisations
are not marked even when they hold a town's or a person's name ("Darlington Memorial Hospital", "Bishop Auckland Hospital",
"Escomb Road Surgery", "Cornforth Surgery", "Tudhoe Community Centre", "Spennymoor Family Hub", "Ferryhill Athletic", "Bishop
Auckland FC", "Durham Constabulary", "Jubilee Medical Group", "Living Waters Redemption Assembly"); a school's name is a school
in any form and case ("whitworth moor", "King James", "Cockton Vale", "Merrington Lane", "merrington lane"); a date of birth is
dob, any other calendar date with a day is date (a weekday before it stays outside), a bare day ("the 16th", "12th", "l9th")
is a date; months and years alone are not marked; pets' names (the dog "Bane", "bane") are not names; parks and landmarks
("Woodhouses Park", "the Rec", "Cornforth Beacon", "the Grand Marché") stay unmarked.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a teknonym ("Mama Nubari",
"Mama Kabari") marks only the name inside it, with "Mama" as a kinship word outside; the Tuareg particles "Ag" and "Walet" are
part of the surname span ("Moussa Ag Alhassane", "Tinhinan Walet Moussa", Mrs "Walet Ibrahim"); a family nickname that holds an
initial ("Baby D") is a name; names typed in lower case in a form ("alfie", "brooke", "summer", "teasdale" or "hope") are names,
and the lower-case estate and a bare house number there ("attlee estate", "14") are addresses; a short form of a street
("Attlee", "9 colingwood", "whitworth rd", "Merrington rd") is an address; OCR- and voicemail-garbled names, places and numbers
are marked by what they are ("k y l e", "crai g", "Elllie", "lveson", "Masen", "Tor onto", "Cockton HiII", "Pelaw" as heard,
"Chester lee street", "Ferry Hill"), while a partial phone number spoken and given up ("oh seven eight six five") is not marked;
a town used for its hospital ("admitted to Darlington", "home from Darlo") marks the town, and so does a church's branch
("Durham branch"), but a hospital's full name does not; "Naija" (Nigeria) is a country and is not marked; a chat group's title
("Kel Agadez UK") is an organisation-like name and is not marked; a Home Office or housing reference, a CAD or occurrence
number, an interpreter's ID and a repair job number are not marked; a vehicle registration is marked wherever it appears.

Self-check without the detector: `python -m bench.redaction_set170` (and tests/test_redaction_set170.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,001 gold spans, 584 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Teasdale / Hope family (white British), Tudhoe, Spennymoor ----------------------------------------------------------

HOME_A = d.Address("14 Attlee Estate", "Tudhoe", "Spennymoor", "DL16 6NL")
NAN_A = d.Address("6 Hunwick Road", "Byers Green", "Spennymoor", "DL16 7QF")
DAD_A = d.Address("2 Wear View", "Page Bank", "Spennymoor", "DL16 7RA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Hope")], dt.date(2021, 6, 18), addresses=[HOME_A], ids=["595 513 5499"],
       schools=["Whitworth Moor Primary School"]),
    _p("s", "sibling", [("Brooke", "Teasdale")], dt.date(2017, 2, 9), addresses=[HOME_A], ids=["130 684 9713", "W840259077727"],
       schools=["Whitworth Moor Primary School"]),
    _p("s2", "sibling", [("Summer", "Hope")], dt.date(2025, 8, 30), addresses=[HOME_A], ids=["859 302 7520"]),
    _p("m", "mother", [("Kayleigh", "Teasdale")], dt.date(1998, 4, 3), addresses=[HOME_A], phones=["07812 446 093"],
       ids=["JR 44 19 83 B"]),
    _p("f", "father", [("Jordan", "Hope")], dt.date(1996, 10, 21), addresses=[DAD_A], phones=["07946 318 502"]),
    _p("g", "grandparent", [("Lorraine", "Teasdale")], dt.date(1971, 12, 1), addresses=[NAN_A], phones=["01388 814 276"]),
    _p("p1", "professional", [("Hannah", "Tweddle")], phones=["0300 026 0154"], emails=["hannah.tweddle@gaunlessvale.gov.uk"]),
    _p("p2", "professional", [("Gill", "Snowdon")], phones=["07723 580 164"], emails=["gill.snowdon@nhs.net"]),
], "c")

DOCS_A = [
    ("health visitor's dog-bite follow-up home visit", """0-19 SERVICE - HEALTH VISITING - CONTACT RECORD (SystmOne, free text)
Visit: home, [[14 Attlee Estate|address]], [[Tudhoe|place]], [[Spennymoor|place]] [[DL16 6NL|postcode]]     Date: [[03/11/2026|date]]
10:15-11:20
Practitioner: [[Gill Snowdon|name]], Specialist Community Public Health Nurse (HV), [[07723 580 164|phone]]
Child: [[Summer HOPE|name]]   DOB [[30/08/2025|dob]]   NHS [[859 302 7520|nhs]]
Others present: mother [[Kayleigh Teasdale|name]]; [[Alfie|name]] (5, not at school - "poorly"); maternal grandmother
[[Lorraine Teasdale|name]] arrived 10:40 from [[Byers Green|place]].

Reason for visit: follow-up after ED attendance at Darlington Memorial Hospital on [[31 October|date]] - [[Alfie|name]] bitten on
the left cheek and ear by the family's dog (a large XL-type cross called Bane) while [[Summer|name]] was asleep upstairs. ED
notes say 5 steri-strips, seen by plastics, safeguarding flag raised by the ED nurse [[Becca Lamb|name]].

Seen: the dog is still in the house, shut in the back kitchen behind a stair gate and a chair; it barked throughout. Mum said
"[[Jordan|name]] is taking it to his mate's at [[Page Bank|place]] on Friday" - this was also said at the ED. Mum said the dog
belongs to [[Jordan Hope|name]] (father of [[Alfie|name]] and [[Summer|name]]), who lives at [[2 Wear View|address]], [[Page
Bank|place]], and that he "brings it round when he stops over". XL bully type dogs must be registered and muzzled; no
certificate was shown.
Home conditions: smell of dog urine in the hallway, dog faeces on the back yard and on the kitchen lino. Sink full. Fridge: milk,
one yoghurt, takeaway boxes. [[Summer|name]]'s cot has a bare mattress and a bottle of cold formula from the night.
[[Brooke|name]] (9) at school ([[Whitworth Moor Primary|school]]). Mum said [[Brooke|name]] "does the bottles in the morning".
[[Summer|name]]: weight 8.12 kg (9th-25th centile, dropped from 50th at the 9-month review on [[12/06/2026|date]]). Nappy rash.
Alert, smiling, pulled to stand at the settee. No marks seen.
Mum: tearful, says she is "not sleeping", says she stopped her sertraline in September. Agreed to see GP at Jubilee Medical
Group. Nan [[Lorraine|name]] said she will have [[Summer|name]] two nights a week "till the dog's gone". Nan's landline
[[01388 814 276|phone]].
Plan: referral to Children's Services front door today (spoke to [[Hannah Tweddle|name]], duty SW, [[0300 026 0154|phone]]);
letter to GP; revisit [[10/11/2026|date]] with [[Hannah|name]]. Police dog legislation officer to be told by CSC.
Signed [[G. Snowdon|name]] 11:55"""),
    ("neighbour's anonymous online concern form", """GAUNLESS VALE COUNCIL - REPORT A CONCERN ABOUT A CHILD (online form)      Ref:
WEB-2026-118403
Submitted: [[4 Nov 2026|date]] 23:48

1. Are you: [ ] a professional  [x] a member of the public  [ ] a family member
2. Your name (optional): would rather not say, I live on the estate
3. Your phone/email (optional): [blank]
4. The child or children's names (if known): [[alfie|name]], [[brooke|name]] and the baby ([[summer|name]]?) [[teasdale|name]] or
[[hope|name]]
5. Where do they live: [[attlee estate|address]] [[tudhoe|place]] , the house with the blue door at the end near the garages, number
[[14|address]] i think
6. What is worrying you:
the dog has gone for the little lad again before (it bit him last week he had a big dressing on his face). tonight the big lass
[[brooke|name]] was out till gone ten trying to find the dog which had got out, she was shouting bane up and down
[[Attlee|address]] in her nightie and bare feet. mam was not about. the dads car (a black corsa [[NK17 VXW|vehicle]]) was outside
till about 9 then went. there is shouting most nights and the bairns are always hungry they come to ours asking for biscuits.
my neighbour at [[no. 16|address]] [[Pauline|name]] said she has rang before.
7. Is the child in danger now? not sure. the lass went in about 10.15
8. Anything else: the nana lives at [[byers green|place]] she is good with them. the lad goes to [[whitworth moor|school]]
-----------------------------------------------------------------------------------------------------------------------
Front door triage note ([[05/11/2026|date]] 08:20, [[Nadia Coxon|name]], Team Manager): known - open to [[H Tweddle|name]] (C&F
assessment from [[03/11|date]]). "bane" is the dog (see HV record). Forward to allocated worker. Check vehicle with police:
[[NK17 VXW|vehicle]] believed to be
[[Jordan Hope|name]]'s."""),
]
DOCS_A += [
    ("mother and grandmother's Facebook Messenger chat typed up", """Messenger chat between [[Kayleigh Teasdale|name]] and her mother,
typed up by [[H Tweddle|name]] from [[Kayleigh|name]]'s phone with
her consent on [[9 November 2026|date]] (spelling as sent; [[Kayleigh|name]] is "[[Kayleigh T|name]]", her mother is saved as "Mam")

Fri [[6 Nov|date]]
Mam 07:02: is [[brooke|name]] up for school x
[[Kayleigh T|name]] 07:40: ye she done [[summer|name]]s bottle
Mam 07:41: shes 9 [[kay|name]] she shouldnt be doing bottles. il come get the bairns after dinner
[[Kayleigh T|name]] 07:45: dont start mam. [[jord|name]] took the dog to [[daz|name]]s at [[page bank|place]] last nite its gone
Mam 07:46: good. did the social ring u
[[Kayleigh T|name]] 07:52: [[hannah|name]] is coming tues. shes alright actually
Mam 08:10: auntie [[Bev|name]] said she seen [[jordan|name]] in [[spenny|place]] with the dog this morning outside greggs so its not gone
[[Kayleigh T|name]] 08:11: ffs
[[Kayleigh T|name]] 08:11: hes a liar
Mam 08:14: i told u. u need to tell him he cant come round with that thing. ring me
[[Kayleigh T|name]] 08:30: ive rang [[Jordan|name]] he says its at his mates in [[Willington|place]] now not [[page bank|place]]
Mam 08:31: so hes moved it again
Sat [[7 Nov|date]]
[[Kayleigh T|name]] 13:05: can u have [[alfie|name]] tonite his face is sore and im shattered
Mam 13:06: ye bring him to [[byers green|place]] ill do his cream. bring [[summer|name]] too
[[Kayleigh T|name]] 13:20: [[brooke|name]] wants to stay at [[Skye|name]]s at [[Middlestone|place]] for her party
Mam 13:21: whos [[skye|name]]
[[Kayleigh T|name]] 13:21: [[skye Maddison|name]] from school her mam is [[Leanne|name]] she works at the coop
Mam 13:22: ok as long as u know the mam
Sun [[8 Nov|date]]
Mam 11:15: [[alfie|name]] told me the dog was at urs on wed. [[kayleigh|name]] dont lie to me
[[Kayleigh T|name]] 11:40: it was only for an hour mam [[jordan|name]] came to get his stuff
Mam 11:41: hes 5 and hes frightened of it. if u dont tell [[hannah|name]] i will
[[Kayleigh T|name]] 11:55: ok ok ill tell her tues"""),
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Alfie HOPE|name]] ([[18.06.2021|dob]]),
[[Brooke TEASDALE|name]] ([[09.02.2017|dob]]),
[[Summer HOPE|name]] ([[30.08.2025|dob]])
Address: [[14 Attlee Estate|address]], [[Tudhoe|place]], [[Spennymoor|place]]    Compiled by: [[Hannah Tweddle|name]], Social Worker
Sources: CSC records, HV record, [[Whitworth Moor Primary School|school]], police (PNC/Niche summary), ED notes

Date        | Event                                                                                        | Source
[[17/04/2019|date]]  | Contact: police at [[Front Street|address]], [[Tudhoe|place]] - verbal argument, [[Kayleigh|name]] and a previous
partner ([[Ryan
Bell|name]]); [[Brooke|name]] (2) present. No further action.                                             | Police
[[18/06/2021|dob]]  | [[Alfie|name]] born at University Hospital of North Durham; HV new birth visit [[02/07/2021|date]] - no concerns. | HV
Nov 2023 | School: [[Brooke|name]]'s attendance 84%; late most Mondays.                                | School
[[30/08/2025|dob]]  | [[Summer|name]] born; [[Jordan Hope|name]] named on the birth certificate.                          | HV
[[12/06/2026|date]]  | 9-month review: weight on 50th centile, home "cluttered", dog in house.                   | HV
[[31/10/2026|date]]  | [[Alfie|name]] bitten by the family dog; ED attendance; safeguarding flag.                  | ED
[[03/11/2026|date]]  | HV home visit; weight dropped; mother off her medication; referral to front door.          | HV
[[04/11/2026|date]]  | Anonymous online concern: [[Brooke|name]] out at night looking for the dog.                  | Public
[[06/11/2026|date]]  | Grandmother [[Lorraine Teasdale|name]] reports the dog seen in [[Spennymoor|place]] with [[Jordan|name]].    | Family
[[10/11/2026|date]]  | Joint visit SW/HV. Dog not in the house. [[Kayleigh|name]] agrees it will not return. Mr [[Hope|name]]
not present, phoned [[07946 318 502|phone]] - says the dog is "with a mate at [[Willington|place]]", would not give
the mate's name.                                                                                        | CSC
[[12/11/2026|date]]  | Strategy discussion (police DC [[Amy Marley|name]], HV, school DSL Mr [[Ostle|name]]): s47 not met; C&F
assessment to continue; police to check dog registration.                                              | CSC
[[16/11/2026|date]]  | School: [[Brooke|name]] told her teacher Miss [[Summerson|name]] that "Bane came back last night". | School
[[17/11/2026|date]]  | Unannounced visit: dog present in the back kitchen. Police seized the dog the same evening.   | CSC/Police
"""),
]


# --- B. Sowerby / Dent family (white British), Middlestone Moor, Spennymoor -------------------------------------------------

HOME_B = d.Address("31 Rock Road", "Middlestone Moor", "Spennymoor", "DL16 7DG")
GRANDAD_B = d.Address("9 Collingwood Street", "Coundon", "Bishop Auckland", "DL14 8LG")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Sowerby")], dt.date(2011, 7, 14), addresses=[HOME_B], ids=["792 250 7801", "J840923982239"],
       schools=["Spennymoor Fields Academy"], phones=["07588 219 637"]),
    _p("m", "mother", [("Tracey", "Sowerby")], dt.date(1987, 1, 26), addresses=[HOME_B], phones=["07403 962 715"],
       ids=["SK 62 07 15 C"]),
    _p("sf", "stepfather", [("Craig", "Dent")], dt.date(1984, 9, 9), addresses=[HOME_B]),
    _p("g", "grandparent", [("Ken", "Sowerby")], dt.date(1958, 3, 30), addresses=[GRANDAD_B], phones=["01388 603 519"]),
    _p("p1", "professional", [("Owen", "Pybus")], phones=["07865 137 249"], emails=["owen.pybus@gaunlessvale.gov.uk"]),
], "c")

DOCS_B = [
    ("police missing person handover form", """DURHAM CONSTABULARY - MISSING PERSON - HANDOVER / DEBRIEF SHEET          Occ ref:
DUR-26-1119-0432
MISSING: [[SOWERBY, Ellie-Mae|name]]     DOB: [[14/07/2011|dob]] (15)     Risk: HIGH (raised from MEDIUM at 02:10)
Home address: [[31 Rock Road|address]], [[Middlestone Moor|place]], [[Spennymoor|place]], [[DL16 7DG|postcode]]
Reported by: mother, [[Tracey SOWERBY|name]], [[07403 962 715|phone]], at 23:05 on [[18/11/2026|date]]
Last seen: 18:30 [[18/11/2026|date]] leaving home "to [[Jade|name]]'s". Own mobile [[07588 219 637|phone]] - off since 19:12.
Description: white female, 5'4", slim, long dyed red hair, black North Face puffer, grey joggers, white Air Force trainers.

Enquiries:
- [[Jade Wilkinson|name]] (friend, 15, [[Weardale Street|address]], [[Spennymoor|place]]) - says [[Ellie|name]] never came; she thinks
[[Ellie|name]]
is "with [[Deano|name]] from [[Ferryhill|place]]". [[Jade|name]]'s mother [[Sharon Wilkinson|name]] present.
- Stepfather [[Craig DENT|name]] says [[Ellie-Mae|name]] and her mam had a row about her phone at tea time. He went out at 19:00 to the
Working Men's Club and came back 22:40.
- Grandfather [[Ken SOWERBY|name]], [[9 Collingwood St|address]], [[Coundon|place]] ([[01388 603 519|phone]]) - not there; he drove to
[[Bishop|place]] bus station to look.
- "[[Deano|name]]": believed to be [[Dean Ashby|name]] (19), [[Ferryhill|place]] - intelligence of drug supply; uses a grey Audi A3,
[[ND69 KHE|vehicle]]. Cell site requested on her phone.
- Snapchat map (shown by [[Jade|name]]) last put [[Ellie|name]] near [[Chilton|place]] at 20:50.

FOUND: 04:25 [[19/11/2026|date]] by PC 1487 [[Lucy Carr|name]] and PC 2209 [[Mohammed Iqbal|name]] in the back of the Audi
([[ND69 KHE|vehicle]]) in a lay-by off the A167 near [[Ferryhill Station|place]]. Driver [[ASHBY, Dean|name]] and a second male,
[[Kyle Brannigan|name]] (22, of [[Chilton|place]]), arrested (possession with intent; child abduction warning notice considered).
[[Ellie-Mae|name]] intoxicated, no injuries seen, said "[[Deano|name]]'s my boyfriend". Taken home to mother 05:10.
Prevention interview to be done by the local authority (return home interview) within 72 hrs - emailed [[Owen Pybus|name]],
Missing from Home worker, [[owen.pybus@gaunlessvale.gov.uk|email]]. Next of kin informed. Sgt [[Hall|name]] 2150 reviewed 05:40."""),
    ("return home interview record", """RETURN HOME INTERVIEW (RHI) - GAUNLESS VALE COUNCIL MISSING AND EXPLOITATION TEAM
Young person: [[Ellie-Mae Sowerby|name]] (prefers "[[Ellie|name]]")   DOB [[14 July 2011|dob]]   UPN [[J840923982239|upn]]
School: [[Spennymoor Fields Academy|school]] (Year 11)   Episode: missing [[18/11/2026|date]] 18:30 - found [[19/11/2026|date]] 04:25
Interview: [[20 November 2026|date]], 15:30, at the Tudhoe Community Centre (her choice, not at home)   Worker: [[Owen Pybus|name]]

Why she left: row with her mam ([[Tracey|name]]) about her phone; [[Craig|name]] (stepdad) "took mam's side like always". She
said she had planned to go to [[Jade|name]]'s but "[[Dean|name]] messaged and said he'd pick us up at the Co-op on [[Whitworth
Road|address]]".
Where she went: with [[Dean|name]] and "his mate [[Kyle|name]]" in the car, first to a flat in [[Ferryhill|place]] ("above the
bookies, near the market place"), then to [[Chilton|place]] to "drop stuff off", then "just driving about" to [[Sedgefield|place]]
and back. There was a girl called [[Tegan|name]] at the flat, "about 16, from [[Newton Aycliffe|place]]" and an older man called
[[Gaz|name]] or [[Gary|name]] who owns the flat.
What happened: she was given vodka and "a few blues". She said nobody touched her but she did not want to talk about the flat.
She said [[Dean|name]] is 19 and "looks after her", buys her vapes and paid for her nails at the shop in [[Spenny|place]].
She has known him "since the summer", met at [[Jade|name]]'s cousin's ([[Courtney|name]]) birthday at [[Kirk Merrington|place]].
Feelings: she said home is "alright when [[Craig|name]]'s not there". She misses her grandad [[Ken|name]] and would like to stay
at [[Coundon|place]] some weekends. She said her real dad ([[Paul Sowerby|name]], in [[Leeds|place]]) does not ring.
Risk: HIGH - CSE/CCE screening tool completed (score 14). Older male, gifts, drugs, transported, unknown adults, second
child ([[Tegan|name]]) at the address. Shared with police (DC [[Marley|name]]) and the MACE coordinator the same day.
Actions: strategy discussion requested; referral to the Durham Youth Justice? (no - not offending); school DSL Mrs
[[Raine|name]] informed; [[Ellie|name]] given my number [[07865 137 249|phone]] and the NSPCC line."""),
]
DOCS_B += [
    ("Snapchat screenshots read by OCR", """[OCR of 6 screenshots sent by [[Tracey Sowerby|name]] to [[O Pybus|name]] on
[[21/11/2026|date]] - text as recognised, not corrected;
"[?]" = unreadable]

-- screenshot 1 --
[[deano|name]] 🥷🏻 💸
Sat [[14 Nov|date]]
[[deano|name]]: u cumin [[ferry|place]] 2nite or wat
[[ellie|name]] 🍒: cant mam watchin me
[[deano|name]]: tell her ur at [[jade|name]]s lol
[[deano|name]]: [[kyle|name]] wil get u at the coop on [[whitworth rd|address]] 8
-- screenshot 2 --
[[ellie|name]] 🍒: [[k y l e|name]] scares me tbh
[[deano|name]]: hes sound hes my boy. [[gaz|name]] sed u can stop at his
[[deano|name]]: wear the nails i got u x
-- screenshot 3 --
Tue [[17 Nov|date]]
[[deano|name]]: u owe me 4 them blues remember 😂
[[deano|name]]: [[teg|name]] dun it 4 [[gaz|name]] no bother
[[ellie|name]] 🍒: done wat
[[deano|name]]: just a drop to [[Chiltn|place]]. easy
-- screenshot 4 --
[[ellie|name]] 🍒: my mam sed [[Craig|name]] is gunna ring the police on u
[[deano|name]]: [[crai g|name]] can do one
[[deano|name]]: wats ur grandas adress in [[Coundon|place]] ill come get u there
[[ellie|name]] 🍒: [[9 colingwood|address]] why
-- screenshot 5 --
Wed [[18 Nov|date]]
[[deano|name]]: 6.30 [[Merrington rd|address]] end
[[deano|name]]: bring ur charger
-- screenshot 6 --
[[Tracey|name]]: [[Elllie|name]] wer r u ring me NOW
[[Tracey|name]]: ive rang ur grandad [[ken|name]] and [[paul|name]]
[[Tracey|name]]: PLEASE [[ellie mae|name]]"""),
]
DOCS_B += [
    ("strategy meeting minutes", """STRATEGY MEETING (s47 / exploitation) - MINUTES
Date: Monday [[23rd November 2026|date]], 10:00, MS Teams      Chair: [[Nadia Coxon|name]], Team Manager, Gaunless Vale CSC
Child: [[Ellie-Mae SOWERBY|name]] ([[14.07.2011|dob]]), [[31 Rock Road|address]], [[Middlestone Moor|place]], [[DL16 7DG|postcode]]
NHS no. [[792 250 7801|nhs]]
Attendees: [[Owen Pybus|name]] (Missing and Exploitation worker); DC [[Amy Marley|name]] (Durham Constabulary, Child Exploitation
Team); [[Lisa Raine|name]] (DSL, [[Spennymoor Fields Academy|school]]); [[Carol Heslop|name]] (school nurse); [[Hannah Tweddle|name]] (SW,
for [[Nadia|name]]'s cover); apologies: Dr [[Fenwick|name]] (GP).

1. Police: [[Dean ASHBY|name]] ([[02/05/2007|dob]]) and [[Kyle BRANNIGAN|name]] ([[11/01/2004|dob]]) charged with possession with intent
to supply (class B), bailed to [[Ferryhill|place]] and [[Chilton|place]] addresses with conditions not to contact [[Ellie-Mae|name]].
The flat on [[Main Street|address]], [[Ferryhill|place]] is rented by [[Gary Tinkler|name]] (41); a cannabis grow was found there on
[[20/11|date]]. A second girl, "[[Tegan|name]]", is now known to be [[Tegan Pickering|name]] (16) of [[Newton Aycliffe|place]]; a referral
is going to the locality team there.
2. School: [[Ellie|name]]'s attendance 71% this term; seen getting into a grey car outside the gates on [[12 Nov|date]] and [[16 Nov|date]];
new nails, a new phone. Mrs [[Raine|name]] says [[Ellie|name]] is close to her form tutor Mr [[Cheung|name]].
3. Family: mother [[Tracey Sowerby|name]] is "at the end of her tether"; stepfather [[Craig Dent|name]] wants [[Ellie|name]] "sent
somewhere". Grandfather [[Ken Sowerby|name]] in [[Coundon|place]] offers weekends. [[Ellie|name]]'s birth father [[Paul Sowerby|name]]
lives in
[[Leeds|place]] ([[Seacroft|place]]); no contact for two years.
4. Decision: threshold for s47 met (CSE and CCE). Child protection medical not needed. [[Ellie|name]] to be asked about a
disclosure interview (ABE) - she has said no so far. Safety plan: [[Ellie|name]] not to be collected by anyone but [[Tracey|name]],
[[Ken|name]] or the school; a trusted adult - [[Owen|name]]; phone checks agreed with [[Ellie|name]]; the Co-op on [[Whitworth
Road|address]] and the [[Merrington Road|address]] end added to the police patrol plan.
5. Next: ICPC within 15 working days - by [[14/12/2026|date]]. MACE on [[2 December|date]] to hear [[Ferryhill|place]] / [[Chilton|place]]
links.
Minutes by [[Jo Parkin|name]] (business support)."""),
]


# --- C. Lowes / Kipling family (white British), Cockton Hill, Bishop Auckland ------------------------------------------------

HOME_C = d.Address("52 Woodhouses Road", "Cockton Hill", "Bishop Auckland", "DL14 6HT")
MUM_C = d.Address("3 Bracks Road", "Toronto", "Bishop Auckland", "DL14 7SA")
NAN_C = d.Address("17 Saxon Green", "Escomb", "Bishop Auckland", "DL14 7SX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jack", "Lowes")], dt.date(2019, 5, 2), addresses=[HOME_C], ids=["789 159 0389", "A840815092326"],
       schools=["Cockton Vale Primary School"]),
    _p("s", "sibling", [("Mason", "Lowes")], dt.date(2015, 9, 27), addresses=[HOME_C], ids=["502 858 8821"],
       schools=["King James I Academy"]),
    _p("f", "father", [("Shaun", "Lowes")], dt.date(1983, 8, 15), addresses=[HOME_C], phones=["07931 704 826"],
       ids=["PW 81 33 40 A"]),
    _p("m", "mother", [("Gemma", "Kipling")], dt.date(1990, 2, 4), addresses=[MUM_C], phones=["07756 492 318"]),
    _p("g", "grandparent", [("Irene", "Lowes")], dt.date(1950, 6, 11), addresses=[NAN_C], phones=["01388 452 730"]),
    _p("p1", "professional", [("Priya", "Nair")], phones=["01388 762 041"], emails=["priya.nair2@nhs.net"]),
], "c")

DOCS_C = [
    ("primary school safeguarding log export", """CPOMS export - [[Cockton Vale Primary School|school]] - student: [[Jack Lowes|name]]
(Y3, Miss [[Dawson|name]]'s class) - printed [[25/11/2026|date]]
UPN [[A840815092326|upn]]   DOB [[02/05/2019|dob]]   Contacts: 1) Dad [[Shaun Lowes|name]] [[07931 704 826|phone]]; 2) Nana
[[Irene Lowes|name]]
[[01388 452 730|phone]]; 3) Mam [[Gemma Kipling|name]] [[07756 492 318|phone]] (NOT to collect without dad's say-so - old note)

[[08/09/2026|date]] 08:55 | [[K. Dawson|name]] | Attendance/Hungry | [[Jack|name]] came in with no coat and said he had no breakfast.
Given toast
at Magic Breakfast. Said "dad was asleep on the settee". Alerted: [[Sue Gibbon|name]] (DSL)
[[15/09/2026|date]] 15:20 | [[S. Gibbon|name]] | Parental concern | Dad came to collect at 15:20, smelt strongly of alcohol, unsteady.
Walked
home with [[Jack|name]] and big brother [[Mason|name]] (Y7 at [[King James|school]]) - [[Mason|name]] took [[Jack|name]]'s hand and the bag.
DSL rang dad at 17:00 - slurred. Rang nana [[Irene|name]] who went round from [[Escomb|place]].
[[16/09/2026|date]] 09:10 | [[S. Gibbon|name]] | Referral | Referral to Gaunless Vale front door. Spoke to [[Ruth Dobson|name]] (duty).
[[02/10/2026|date]] 11:30 | [[J. Proud|name]] (TA) | Disclosure | In nurture group [[Jack|name]] drew his house with "dad's cans" and said
"[[Mase|name]] does the tea, noodles". Said mam lives "at [[Toronto|place]] with [[Lee|name]] and the new baby".
[[14/10/2026|date]] 08:40 | [[K. Dawson|name]] | Uniform/hygiene | Same shirt all week, head lice. Nana [[Irene|name]] treated it.
[[04/11/2026|date]] 12:10 | [[S. Gibbon|name]] | Injury | Bruise on [[Jack|name]]'s left forearm, 3 cm, yellow. Said he fell off the wall
at the
Rec (Woodhouses Park). Body map done. Consistent - no referral, logged, SW [[Ben Iveson|name]] informed.
[[19/11/2026|date]] 15:30 | [[S. Gibbon|name]] | CIN review | Attended CIN review - see SW minutes.
[[24/11/2026|date]] 08:50 | [[K. Dawson|name]] | Worry box | Note in the worry box: "my dad shouts at [[mason|name]] when he drinks the
voddka. [[jack L|name]]" - shared with [[Ben Iveson|name]] same day."""),
    ("father's handwritten letter scanned with OCR errors", """[Scanned letter, OCR text, received by post at Gaunless Vale Council
[[27 NOV 2026|date]]; hand-written on lined paper]

To Mr [[lveson|name]] socal worker

I am [[Shaun Lowes|name]] the dad of [[Jack|name]] and [[Masen|name]] from [[52 Woodhouses Rd|address]], [[Cockton HiII|place]]. I am
writting
becuase at the meeting on the [[l9th|date]] I did not say things right and [[Gemma|name]] was sat there saying I am a drunk
infront of everyone and the teacher.
I will be honest I was drinking to much after my job went at the factory at [[Shildon|place]] in june. I am now going to
the Recovery Centre on Tues and thurs and my key worker is [[Dale|name]] he will tell you. I have not had a
drink since the [[2nd of november|date]]. My mam [[Irene|name]] comes every day from [[Escomb|place]] she does the boys tea
and there washing.
[[Mason|name]] is a good lad he should not have to look after his brother that was wrong and I know it. He wants to go on
the football at Bishop Auckland FC on a saturday can you help with the subs.
[[Gemma|name]] left us in 2022 for [[Lee Ward|name]] and went to [[Tor onto|place]]. She never had the boys more
than a weekend. She can not now say she wants them to live there with a baby and [[Lee|name]] who I know has been in
trouble. Ask the police about him.
Please ring me on [[07931 704 826|phone]] or my mam on [[01388 452 730|phone]].

[[Shaun Lowes|name]]
[[25/11/26|date]]"""),
]
DOCS_C += [
    ("GP safeguarding letter to the social worker", """Jubilee Medical Group
Dr [[Priya Nair|name]], GP Safeguarding Lead                                          Tel [[01388 762 041|phone]] |
[[priya.nair2@nhs.net|email]]

[[26 November 2026|date]]
Mr [[Ben Iveson|name]], Social Worker, Children and Families (South Durham), Gaunless Vale Council

Dear Mr [[Iveson|name]],
Re: [[Jack LOWES|name]], DOB [[2.5.2019|dob]], NHS [[789 159 0389|nhs]]; [[Mason LOWES|name]], DOB [[27.9.2015|dob]], NHS
[[502 858 8821|nhs]];
father [[Shaun LOWES|name]], DOB [[15.8.1983|dob]]; all of [[52 Woodhouses Road|address]], [[Bishop Auckland|place]] [[DL14 6HT|postcode]]

Thank you for your request of [[20/11/2026|date]] for information for the child in need plan. With Mr [[Lowes|name]]'s written consent
(dated [[24/11/2026|date]]) I can share the following.
Mr [[Lowes|name]]: seen by my colleague Dr [[Okafor|name]] on [[3 November|date]] asking for help with alcohol. AUDIT score 27 (possible
dependence). Referred to the community alcohol service; prescribed thiamine; declined detox in the community as "no one to
watch the boys". LFTs: GGT raised. He has a history of low mood since the end of his marriage. No prescription of
benzodiazepines. He attended again on [[17 November|date]] and reported "16 days dry" - breath not tested.
[[Jack|name]]: up to date with immunisations; no A&E attendance in 2026; one missed dental appointment on [[8 Sept|date]]; head lice
treated Oct 2026. Weight 9th centile (was 25th in Reception).
[[Mason|name]]: asthma, inhaler requests irregular - last issued July; did not attend his asthma review in October; self-
referred himself at 11 by ringing the surgery in September asking "if you can get tablets for someone who drinks".
Mother [[Gemma Kipling|name]] is registered at a different practice (Escomb Road Surgery?) - I hold no information about her.
Paternal grandmother Mrs [[Irene Lowes|name]] is our patient and has given permission for me to say that she has had two falls
this year, which may limit how much care she can give.
I would be grateful to be invited to the next review. Please use my direct line rather than the surgery's main number.
Yours sincerely,
[[Priya Nair|name]]
Dr [[P. Nair|name]] MBBS MRCGP
cc: [[Sue Gibbon|name]], DSL, [[Cockton Vale Primary School|school]]; [[Dale Gowland|name]], recovery service"""),
]
DOCS_C += [
    ("child in need review record", """CHILD IN NEED REVIEW - RECORD AND PLAN
Children: [[Jack Lowes|name]] (7) and [[Mason Lowes|name]] (11)      Review no. 2      Date: [[19.11.2026|date]]      Venue:
[[Cockton Vale|school]]
Social worker: [[Ben Iveson|name]]       Chair: [[Ruth Dobson|name]] (Practice Lead)
Present: [[Shaun Lowes|name]] (father); [[Gemma Kipling|name]] (mother, for the first 40 min); [[Irene Lowes|name]] (paternal grandmother);
[[Sue Gibbon|name]] (DSL, [[Cockton Vale Primary|school]]); [[Martin Kell|name]] (pastoral, [[King James I Academy|school]]);
[[Dale Gowland|name]] (recovery worker, by phone). Not present: GP (report to follow).

Views of the children (gathered by [[Ben|name]] on [[12/11|date]] and [[17/11|date]]):
[[Jack|name]]: "I like it when nana does sausages. Dad sleeps a lot. I want [[Mase|name]] to play out with me not do the washing."
[[Mason|name]]: wants to stay with his dad "if he stops", would "hate" to move to [[Toronto|place]] - "it's a village with nothing,
and [[Lee|name]]'s there". Wants football at weekends and for his mates not to find out.

Progress since review 1 ([[24/09/2026|date]]): Mr [[Lowes|name]] engaging with the recovery service since [[2 November|date]] ([[Dale|name]]
confirms 6 of 7 sessions). School: [[Jack|name]]'s attendance up to 93%; still hungry some mornings. [[Mason|name]] late 9 times.
Nana [[Irene|name]] visits daily but had a fall on [[10 November|date]] and is waiting for a hip appointment at Bishop Auckland Hospital.
Ms [[Kipling|name]] says she wants the boys to live with her, [[Lee Ward|name]] and the baby ([[Ava-Rose|name]], 4 months) at [[3
Bracks Road|address]], [[Toronto|place]]. Police checks on Mr [[Ward|name]] requested: one conviction for assault (2019). Ms
[[Kipling|name]]
left after a disagreement with Mr [[Lowes|name]].

Plan (to next review [[28 January 2027|date]]):
1. Mr [[Lowes|name]] to keep attending the recovery service; consent to share updates with [[Ben|name]]. Random breath tests offered.
2. Young carers assessment for [[Mason|name]] - referral today to Durham Young Carers.
3. Breakfast and after-school club for [[Jack|name]] paid from the CIN budget (from [[30/11/2026|date]]).
4. Family network meeting on [[8 December|date]] with nana, aunt [[Sandra Peart|name]] (from [[Etherley|place]]) and Mr [[Lowes|name]]'s
friend [[Nicky Brunskill|name]], for back-up at weekends.
5. Football: Mr [[Kell|name]] to find a club - the Auckland Juniors train at [[West Auckland|place]] on Saturdays.
6. [[Ben|name]] to complete a risk assessment of contact at the mother's home."""),
]


# --- D. Gargett / Wardle family (white British), Kirk Merrington, between Spennymoor and Ferryhill ---------------------------

HOME_D = d.Address("8 Chapel Row", "Kirk Merrington", "Spennymoor", "DL16 7JB")
AUNT_D = d.Address("21 Darlington Road", "", "Ferryhill", "DL17 8JD")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Gargett")], dt.date(2013, 12, 5), addresses=[HOME_D], ids=["256 323 2414", "H840514684248"],
       schools=["Ferryhill Moor Academy"], phones=["07484 663 051"]),
    _p("s", "sibling", [("Riley", "Wardle")], dt.date(2020, 4, 22), addresses=[HOME_D], ids=["188 191 8491"],
       schools=["Merrington Lane Primary School"]),
    _p("m", "mother", [("Nicola", "Gargett")], dt.date(1985, 11, 12), addresses=[HOME_D], phones=["01740 651 284"],
       ids=["JT 27 65 18 D"]),
    _p("f", "father", [("Stuart", "Wardle")], dt.date(1982, 7, 7), phones=["07309 815 472"]),
    _p("a", "aunt", [("Karen", "Gargett")], addresses=[AUNT_D]),
    _p("p1", "professional", [("Fiona", "Carrick")], phones=["0191 383 4627"], emails=["fiona.carrick@gaunlessvale.gov.uk"]),
], "c")

DOCS_D = [
    ("young carers needs assessment", """YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s.17ZA)
Name: [[Poppy Gargett|name]]      DOB: [[05/12/2013|dob]] (12)      Address: [[8 Chapel Row|address]], [[Kirk Merrington|place]],
[[DL16 7JB|postcode]]
School: [[Ferryhill Moor Academy|school]] (Year 8)     UPN: [[H840514684248|upn]]     Assessor: [[Fiona Carrick|name]], Early Help
Date of assessment visit(s): [[2 Oct 2026|date]]; [[9 Oct 2026|date]] (in school); [[16 Oct 2026|date]]

Who [[Poppy|name]] cares for: her mother, [[Nicola Gargett|name]] (41), who has relapsing-remitting multiple sclerosis diagnosed
in 2019 and has had three relapses this year; and her brother [[Riley Wardle|name]] (6, [[Merrington Lane Primary|school]]), who has
global developmental delay. [[Riley|name]]'s father [[Stuart Wardle|name]] moved out in March and lives "somewhere in
[[Chester-le-Street|place]]"; he sees [[Riley|name]] most Saturdays and pays for [[Poppy|name]]'s phone. [[Poppy|name]]'s own father is
not involved (not named by mum).

What [[Poppy|name]] does: gets [[Riley|name]] up, dressed and to the bus for [[Merrington Lane|school]] (7.20-8.05); helps mum to
the toilet in the night "two or three times a week"; cooks tea on weekdays; does mum's injections reminder and orders her
prescriptions on the app; takes [[Riley|name]] to the park at [[Whitworth|place]] at weekends. Aunt [[Karen Gargett|name]] in
[[Ferryhill|place]] ([[21 Darlington Rd|address]]) helps with the big shop on Fridays.
Impact: [[Poppy|name]] has been late 22 times this term and has a detention record for "lateness and no homework". She falls
asleep in form. Her friend [[Maisie Lumley|name]] told the form tutor Mr [[Hutchinson|name]] that [[Poppy|name]] "can't ever come
out". [[Poppy|name]] said: "It's my mam, I'd rather do it than someone we don't know. I just want school to know."
Strengths: a close bond with mum; a grandmother's neighbour, Mrs [[Dorothy Lax|name]] ([[no. 10|address]]), who sits with
[[Nicola|name]] if [[Poppy|name]] is out; a good pastoral lead Mrs [[Sanderson|name]].
Outcome: eligible for support. Referrals: Durham Young Carers (groups at Spennymoor Leisure Centre on Tuesdays); adult
social care carer's assessment for mum and a needs assessment for care at home (ref ASC/26/77410); letter to school about
lateness. Review [[15/01/2027|date]]. Mum's contact: landline [[01740 651 284|phone]]. [[Poppy|name]]'s mobile [[07484 663 051|phone]]."""),
]
DOCS_D += [
    ("visual voicemail auto-transcriptions", """Visual voicemail transcriptions saved from the Early Help work mobile
([[Fiona Carrick|name]]) - pasted into the case file
[[30/10/2026|date]]. The phone's own transcription, not corrected; listen to the audio for accuracy.

1) From: [[01740 651 284|phone]]   Tue [[27 Oct|date]] 07:48   (0:41)
"Hiya [[Fiona|name]] it's [[Nicola|name]] [[Gargett|name]] [[poppy|name]]'s mum um I've had a bad night I've been on the floor in the
bathroom from about three and [[poppy|name]] got us up so she's gonna be late again can you tell the school please I don't
want her getting another detention thanks bye"
2) From: [[07309 815 472|phone]]   Tue [[27 Oct|date]] 12:15   (1:02)
"Yeah this is [[Stuart|name]] [[wardle|name]] [[riley|name]]'s dad you left us a message um I can have him Saturday and Sunday this week
I'm at me mam's in [[Pelaw|place]] well not [[pelaw|place]] [[pelton|place]] [[Pelton Fell|place]] near [[Chester lee street|place]] so
I'll pick
him up from [[Merrington|place]] at ten I can't do the weekdays cause of work ring us back on this number"
3) From: Unknown   Wed [[28 Oct|date]] 16:30   (0:22)
"Hello it's [[Dorothy|name]] from next door to [[Nicola|name]] at [[number 10 chapel road|address]] sorry [[chapel row|address]] she's
asked me to ring you she's had a fall and the ambulance has been [[Poppy|name]]'s with her at the hospital"
4) From: [[07484 663 051|phone]]   Wed [[28 Oct|date]] 19:05   (0:55)
"Hi it's [[poppy|name]] um mam's at Darlington Memorial they're keeping her in my auntie [[Karen|name]] is having [[Riley|name]]
but she said I have to go to [[Ferry Hill|place]] as well and I've got no school stuff I'm all right I just wanted to tell someone
um my auntie's number is oh seven eight six five no I don't know it sorry bye"
5) From: [[0191 383 4627|phone]]   Thu [[29 Oct|date]] 09:02   (0:30)
"Hi [[Fi|name]] it's [[Gemma|name]] from the duty desk returning your call about [[Poppy|name]] [[Gargett|name]] the adult team have
got the hospital discharge on their list can you ring [[Anne-Marie|name]] in the integrated team on the main number cheers"
"""),
]
DOCS_D += [
    ("email chain between school and early help", """From: [[Jill Sanderson|name]] <[[j.sanderson@ferryhillmoor.org.uk|email]]>
Sent: [[04 November 2026|date]] 16:42
To: [[Fiona Carrick|name]] <[[fiona.carrick@gaunlessvale.gov.uk|email]]>
Cc: [[Craig Hutchinson|name]] <[[c.hutchinson@ferryhillmoor.org.uk|email]]>
Subject: RE: [[Poppy G|name]] - lateness / young carer

[[Fiona|name]],
Thanks - I have taken [[Poppy|name]] off the late detention list from today and she now has a young carer card so she can show
it at the gate. [[Craig|name]] (her tutor) will give her the 8.40 "soft start" in the Hub. She told me her mam is home from
[[Darlo|place]] since Sunday and that Aunty [[Karen|name]] stopped over at [[Chapel Row|address]] for two nights.
One worry: [[Poppy|name]] said [[Riley|name]]'s dad "wants [[Riley|name]] to go and live at [[Pelton Fell|place]]" and she is upset about
it.
She said "[[Stu|name]] says mam can't cope". Is that something you know about?
[[Jill|name]]
[[Jill Sanderson|name]], Pastoral Lead (KS3), [[Ferryhill Moor Academy|school]], [[Merrington Road|address]], [[Ferryhill|place]]
[[DL17 8RW|postcode]]

> From: [[Fiona Carrick|name]]
> Sent: [[03 November 2026|date]] 09:10
> To: [[Jill Sanderson|name]]
> Subject: [[Poppy G|name]] - lateness / young carer
> Hi [[Jill|name]], following the YC assessment for [[Poppy Gargett|name]] (Y8, DOB [[5.12.13|dob]]) can we talk about the late detentions?
> Mum ([[Nicola|name]]) was admitted to [[Darlington|place]] on [[28/10|date]] after a fall and [[Poppy|name]] stayed with her aunt in
[[Ferryhill|place]]
> (on [[Darlington Rd|address]]). [[Riley|name]] (6) is at [[Merrington Lane|school]] - I've spoken to their SENCo Mrs [[O'Neill|name]].
> Thanks, [[Fiona|name]]
> [[Fiona Carrick|name]] | Early Help Practitioner | Spennymoor Family Hub | [[0191 383 4627|phone]]

>> From: [[Stuart Wardle|name]] <[[stu.wardle82@gmail.com|email]]>
>> Sent: [[02 November 2026|date]] 22:51
>> To: [[Ferryhill Moor|school]] enquiries
>> Subject: [[riley wardle|name]] and [[poppy gargett|name]]
>> i am [[riley|name]]s dad. i want to know whos in charge of the kids when [[nicola|name]] is in hospital because [[poppy|name]] is 12
>> and cant be left with my lad. I will have [[riley|name]] at mine at [[pelton fell|place]] ([[14 Elm Grove|address]],
[[DH2 2QB|postcode]]) i have a
>> spare room. ring me [[07309 815 472|phone]]. [[Stuart|name]]"""),
    ("social worker's notes typed fast on a phone", """phone notes FC [[10/11/26|date]] - to tidy up later
- hv [[chapel row|address]] 1530. [[nicola|name]] in wheelchair (new, from hosp). [[karen|name]] there (aunt, from [[ferryhill|place]]).
[[poppy|name]]
in from school 1545 made [[riley|name]] toast, [[riley|name]] hyper, ipad
- [[nic|name]] says [[stu|name]] turned up sat wanting to take [[riley|name]] to [[pelton fell|place]] "for good", row on doorstep,
neighbour [[dorothy|name]]
came out. no violence. [[nic|name]] says [[stu|name]] "always says im unfit", she cried
- [[stu|name]] on phone 1620 ([[07309815472|phone]]): wants [[riley|name]] to live w him + his new partner [[Shelley|name]]
([[shelley robson|name]]? check)
at [[14 elm grove|address]] [[pelton fell|place]]. says he will go to court. advised mediation / cafcass leaflet
- [[poppy|name]] alone in bedroom 1640: "if [[riley|name]] goes i'll have nobody. i don't mind helping mam, i mind [[stu|name]] shouting"
- [[poppy|name]] asks for the YC group at [[spenny|place]] on tues, [[karen|name]] to take her
- adult social care visit booked thurs [[12th|date]] ([[anne-marie|name]]), carers am + pm from [[16th|date]]
- TO DO: ring [[merrington lane|school]] senco re [[riley|name]]; ring [[jill s|name]]; risk asmt re [[stu|name]]; check [[shelley|name]]
w police (PNC), write up by fri"""),
]


# --- E. Ag Alhassane / Walet Ibrahim family (Tuareg, from Agadez, Niger, seeking asylum), Henknowle, Bishop Auckland -------

HOME_E = d.Address("7 Finchale Crescent", "Henknowle", "Bishop Auckland", "DL14 6TN")
GRAN_E = d.Address("Quartier Dagmanet", "", "Agadez", "")
UNCLE_E = d.Address("Cité Tahaggart", "", "Tamanrasset", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tinhinan", "Walet Moussa")], dt.date(2012, 3, 19), addresses=[HOME_E], ids=["822 293 0559", "L840618959343"],
       schools=["King James I Academy"]),
    _p("s", "sibling", [("Ghali", "Ag Moussa")], dt.date(2016, 1, 8), addresses=[HOME_E], ids=["113 565 1884"],
       schools=["Henknowle Beck Primary School"]),
    _p("s2", "sibling", [("Akli", "Ag Moussa")], dt.date(2021, 9, 14), addresses=[HOME_E], ids=["605 347 3995"]),
    _p("f", "father", [("Moussa", "Ag Alhassane")], dt.date(1982, 5, 1), addresses=[HOME_E], phones=["07865 137 249"]),
    _p("m", "mother", [("Fatimata", "Walet Ibrahim")], dt.date(1990, 1, 1), addresses=[HOME_E]),
    _p("g", "grandparent", [("Tahra", "Walet Bilal")], addresses=[GRAN_E], phones=["+227 96 48 21 37"]),
    _p("u", "uncle", [("Intalla", "Ag Alhassane")], addresses=[UNCLE_E], phones=["+213 661 48 27 93"]),
    _p("p1", "professional", [("Rachel", "Bainbridge")], phones=["07756 492 318"], emails=["rachel.bainbridge@gaunlessvale.gov.uk"]),
], "c")

DOCS_E = [
    ("asylum accommodation property inspection report", """ASYLUM ACCOMMODATION - PROPERTY INSPECTION AND WELFARE REPORT (contractor's
housing officer)
Property: [[7 Finchale Crescent|address]], [[Henknowle|place]], [[Bishop Auckland|place]], [[DL14 6TN|postcode]]   Type: 3-bed semi
(dispersal)
Inspection date: Thu [[08/10/2026|date]]    Officer: [[Darren Lamb|name]]    HO ref: M1920744 (principal applicant)
Occupants (per the booking): [[AG ALHASSANE, Moussa|name]] (PA, DOB [[01/05/1982|dob]]); [[WALET IBRAHIM, Fatimata|name]] (spouse, DOB
[[01/01/1990|dob]]); [[WALET MOUSSA, Tinhinan|name]] ([[19/03/2012|dob]]); [[AG MOUSSA, Ghali|name]] ([[08/01/2016|dob]]);
[[AG MOUSSA, Akli|name]]
([[14/09/2021|dob]]). Language: Tamasheq; French (PA and the two older children); some Arabic. Interpreter: French, by phone.

Condition:
- Black mould on the back bedroom ceiling and round the window where [[Ghali|name]] and [[Akli|name]] sleep. Bedding damp.
- Boiler: pressure low, no hot water upstairs since about [[26 September|date]] (per PA). Repair logged, job 4471-22.
- Kitchen: the hob's front left ring does not turn off fully. Mother showed a healed burn on [[Akli|name]]'s right hand (from
  "the pan" in August) - she says it was seen at Bishop Auckland Hospital urgent treatment centre.
- Smoke alarm on landing not working (no battery). Replaced at the visit.
- Overcrowding: a visitor, [[Mohamed Ag Elmehdi|name]] ("[[Hamid|name]]", a friend of the PA from [[Middlesbrough|place]]), had been staying
  on the sofa "two weeks"; told him visitors may not stay overnight without permission.
Welfare:
- The PA appeared low and said he does not sleep ("I see the desert at night"). He has a GP at the [[Cockton Hill|place]] surgery.
- The eldest child, [[Tinhinan|name]], interpreted for her mother for part of the visit before the phone interpreter connected;
  she should have been at school ([[King James I|school]]) - she said her mother "needs her on Thursdays for the shops".
- Neighbour at [[no. 9|address]] (Mrs [[Tonks|name]]) has complained about noise from "visitors late at night".
Actions: urgent repair (boiler, hob) - 24 h; damp survey - 5 days; safeguarding concern (child kept off school to interpret; burn;
overcrowding) passed to the local authority: [[Rachel Bainbridge|name]], [[rachel.bainbridge@gaunlessvale.gov.uk|email]]."""),
]
DOCS_E += [
    ("home visit case note with a telephone interpreter", """CASE NOTE - HOME VISIT (announced)   [[14/10/2026|date]] 16:00-17:30
Worker: [[Rachel Bainbridge|name]], SW
Address: [[7 Finchale Cres|address]], [[Henknowle|place]]     Interpreter: French, by phone (agency interpreter [[Aminata|name]], ID 30871),
for Mr [[Ag Alhassane|name]]; Tamasheq not available - Mrs [[Walet Ibrahim|name]] answered through [[Tinhinan|name]] for two questions
(noted as not ideal) and then through her husband.

Present: [[Moussa Ag Alhassane|name]]; [[Fatimata Walet Ibrahim|name]]; [[Tinhinan|name]] (14), [[Ghali|name]] (10), [[Akli|name]] (5).
Names: the family write their names in Tifinagh as well as in Latin letters. [[Tinhinan|name]] wrote hers for me: [[ⵜⵉⵏⵀⵉⵏⴰⵏ|name]], and her
father's: [[ⵎⵓⵙⴰ|name]]. Her mother is called "[[Fati|name]]" at home. the particles in them mean "son of" and "daughter of"; they are part
of the names on the Home Office papers, so I use them in full.

Family story (from Mr [[Ag Alhassane|name]]): from [[Agadez|place]]; he worked as a guide for tourists in the Aïr until tourism
stopped, then as a driver on the route north to [[Arlit|place]] and [[Tamanrasset|place]]. He says he was detained by soldiers in
2023 and beaten; his brother [[Intalla Ag Alhassane|name]] now lives in [[Tamanrasset|place]] ([[+213 661 48 27 93|phone]]).
The family came through Libya and Italy, arriving at [[Dover|place]] on
[[11 March 2025|date]]; hotel in [[Stockton|place]], then this house since June. Grandmother [[Tahra Walet Bilal|name]] is still in
[[Agadez|place]], quartier [[Dagmanet|place]] ([[+227 96 48 21 37|phone]]); a friend in [[Niamey|place]], [[Alhousseini|name]]
([[+227 90 73 15 62|phone]]), sends news. A cousin, [[Mariama Walet Agali|name]], lives in [[Marseille|place]]
([[+33 6 52 41 87 30|phone]]).
Children: [[Ghali|name]] at [[Henknowle Beck Primary|school]], happy, football, "best friend [[Harvey|name]]". [[Akli|name]] not yet at
school -
place offered at [[Henknowle Beck|school]] nursery from [[2 November|date]]. [[Tinhinan|name]] at [[King James I Academy|school]],
attendance
78%; misses Thursdays to take her mother to the shops and the Red Cross drop-in in [[Bishop|place]]. She told me on her own in
the garden that her father has spoken with her grandmother about a marriage "after my exams" to a cousin, [[Ibrahim Ag Bilal|name]],
in [[Agadez|place]]. She said: "I want to be a doctor in England. I don't want to go back."
Plan: strategy discussion (possible forced marriage - FMU advice); Tamasheq interpreter to be found (none local; try remote);
school told about Thursdays; Bishop Auckland Foodbank voucher; GP for Mr [[Ag Alhassane|name]] (low mood, nightmares)."""),
]
DOCS_E += [
    ("family WhatsApp voice notes and messages translated from Tamasheq and French", """WhatsApp group "Kel Agadez UK" (family and
friends) - extract shown by [[Tinhinan|name]] to her SW on [[22/10/2026|date]], photographed
with consent. Voice notes in Tamasheq translated by a remote Tamasheq interpreter (Mr [[Ag Ahmadou|name]], ID T-114) on
[[23/10/2026|date]]; French messages translated by the SW. Originals in « » where written. Times as on the phone.

[[17/10/2026|date]]
[12:04] [[Intalla|name]] 🇩🇿: (voice note, 0:48) "Peace be on you [[Moussa|name]]. Our mother says the family of [[Bilal|name]] are asking
  again. [[Ibrahim|name]] has finished building the house in [[Dagmanet|place]]. They want the engagement at the end of the rainy season
  next year, when the girl finishes her school there."
[12:30] [[ⵎⵓⵙⴰ|name]]: (voice note, 0:20) "Peace. The girl is in school here. We will speak of it with our mother, not on the phone."
[12:31] [[Tahra|name]] [[Agadez|place]]: (voice note, 1:12) "My son, a girl of fourteen is not a child in our family, your grandmother
married at
  fifteen. [[Ibrahim|name]] is a good boy, he has camels and the shop by the Grand Marché. [[Tinhinan|name]] must not forget her
  people in that cold country."
[14:15] [[Fati|name]]: (voice note, 0:35) "Mother, she is doing well in English, her teacher Mrs [[Hewitt|name]] says she is clever. Let her
  finish."
[[18/10/2026|date]]
[09:02] [[Alhousseini|name]] [[Niamey|place]]: (text, French) «Salut [[Moussa|name]], j'ai envoyé les papiers à [[Hamid|name]] à
[[Middlesbrough|place]]»
  Hello [[Moussa|name]], I sent the papers to [[Hamid|name]] in [[Middlesbrough|place]].
[09:40] [[Mariama|name]] [[Marseille|place]]: (text, French) «[[Tinhinan|name]] tu peux venir chez nous à [[Marseille|place]] pour les
vacances,
  [[13 rue Loubon|address]], [[13003|postcode]]. Je t'envoie le billet.» [[Tinhinan|name]], you can come to us in [[Marseille|place]] for
the holidays,
  [[13 rue Loubon|address]], [[13003|postcode]]. I'll send you the ticket.
[10:05] [[ⵜⵉⵏⵀⵉⵏⴰⵏ|name]]: (text, French) «Merci tata [[Mariama|name]] mais j'ai école» Thank you auntie [[Mariama|name]] but I have school.
[[19/10/2026|date]]
[21:47] [[Intalla|name]] 🇩🇿: (text, Arabic script) "[[موسى|name]] اتصل بي" - "[[Moussa|name]], call me."
[21:50] [[ⵎⵓⵙⴰ|name]]: (voice note, 0:09) "Tomorrow, after the mosque in [[Bishop|place]]."

Interpreter's note: "[[Tahra|name]] [[Agadez|place]]" is how the grandmother is saved (her name and town). The voice notes use the usual
respectful forms; nothing was said directly about a date for a marriage. The ages are as spoken."""),
]
DOCS_E += [
    ("a girl's own letter to her teacher", """[Handwritten letter given by [[Tinhinan|name]] to her form tutor, Mrs [[Hewitt|name]], on
Monday [[2 November|date]]; copied exactly, one French word
translated in brackets. Passed to the DSL the same day.]

Dear Miss [[Hewitt|name]],

I am writing this because it is easier than saying. My name in my language is [[ⵜⵉⵏⵀⵉⵏⴰⵏ|name]] like the queen of the Tuareg people
a long time ago. At home they call me [[Tina|name]] or [[Tinou|name]]. My dad is a good man but he is very tired and sad since
[[Agadez|place]] and he listen to my grandmother [[Tahra|name]] too much.

My grandmother wants me to be fiancée (engaged) to my cousin [[Ibrahim|name]] who is 24. He lives in [[Agadez|place]] in the
quarter of [[Dagmanet|place]]. My uncle [[Intalla|name]] in [[Tamanrasset|place]] says it also. My mum [[Fatimata|name]] says no I must
finish
school but she is scared to say it to them. My auntie [[Mariama|name]] in [[Marseille|place]] wants me to come for Christmas holiday but I
think maybe it is a trick to take me from there to [[Niamey|place]] and then home. I don't know.

I do not want to marry. I want to do my GCSEs at [[King James|school]] and be a doctor at the hospital in [[Durham|place]]. I like
[[Bishop|place]] even it is cold. My friends are [[Lacey|name]] and [[Amira Hussain|name]] and [[Ruby-Jo|name]] they know a bit but not all.
Please do not tell my dad I wrote this. You can talk to [[Rachel|name]] the social worker. She has my number at home,
it is my dad's phone [[07865 137 249|phone]] so please don't ring it.

From [[Tinhinan Walet Moussa|name]]
Form 9H
[[2/11/2026|date]]"""),
]


# --- F. Deebom / Nwiido family (Ogoni, from Bori, Rivers State, Nigeria), Cornforth, near Ferryhill -------------------------

HOME_F = d.Address("12 Bogma Avenue", "West Cornforth", "Ferryhill", "DL17 9LA")
GRAN_F = d.Address("4 Kono Road", "", "Bori", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kpobari", "Deebom")], dt.date(2015, 4, 28), addresses=[HOME_F], ids=["281 314 4452", "D840472674981"],
       schools=["Cornforth Ridge Primary School"]),
    _p("s", "sibling", [("Nubari", "Deebom")], dt.date(2011, 10, 3), addresses=[HOME_F], ids=["825 583 3226", "X840494711939"],
       schools=["Sedgefield Vale Academy"]),
    _p("s2", "sibling", [("Baridi", "Deebom")], dt.date(2020, 2, 17), addresses=[HOME_F], ids=["912 014 8100"],
       schools=["Cornforth Ridge Primary School"]),
    _p("f", "father", [("Barinem", "Deebom")], dt.date(1979, 6, 24), addresses=[HOME_F], phones=["07309 815 472"],
       ids=["NZ 48 26 91 B"]),
    _p("m", "mother", [("Lebari", "Deebom"), ("Lebari", "Nwiido")], dt.date(1985, 3, 8), addresses=[HOME_F],
       phones=["07588 219 637"]),
    _p("g", "grandparent", [("Kabari", "Nwiido")], addresses=[GRAN_F], phones=["+234 803 517 2964"]),
    _p("p1", "professional", [("Tom", "Hewson")], phones=["01388 762 041"], emails=["tom.hewson@gaunlessvale.gov.uk"]),
], "c")

DOCS_F = [
    ("pastor's character reference letter", """Living Waters Redemption Assembly ([[Durham|place]] branch)
Meeting at the Scout Hut, [[Cornforth Lane|address]], [[Coxhoe|place]]  *  Pastor [[Friday Nwibani|name]]  *  [[07403 962 715|phone]]

[[30th November, 2026|date]]

To: The Social Worker (Mr [[Tom Hewson|name]]), Gaunless Vale Council, Children's Services
Dear Sir,
RE: Brother [[Barinem Deebom|name]] and Sister [[Lebari Deebom|name]] of [[12 Bogma Avenue|address]], [[West Cornforth|place]]

Greetings in the name of our Lord. I write as the Senior Pastor of this assembly, where the [[Deebom|name]] family have worshipped
faithfully since they came to [[Durham|place]] from [[Port Harcourt|place]] in 2023. Brother [[Barinem|name]] is our Head Usher
and his wife, whom we call "Mama [[Nubari|name]]" after her first son as is our custom in Ogoniland, leads the women's fellowship.
I know the children well: [[Nubari|name]] plays the keyboard for the choir, [[Kpobari|name]] is in our children's church under Deaconess
[[Grace Kpai|name]], and little [[Baridi|name]] ("[[Baby D|name]]") is loved by all.

I have been told that [[Kpobari|name]] went to school with marks from a belt. Brother [[Barinem|name]] has told me with tears that he
disciplined the boy after he took money from his mother's bag, as he himself was disciplined in [[Bori|place]]. I have counselled him
that in this country it is not allowed and that he must use other ways. He has agreed before God and before me and his wife.
I do not support beating of children. I ask that the family be given help and not be broken. Brother [[Barinem|name]] works long
hours as a senior carer at [[Ferryhill|place]] and Sister [[Lebari|name]] does nights at a care home in [[Sedgefield|place]].
Elder [[Sunday Kpalap|name]] and his wife in [[Coxhoe|place]] are willing to help with the children at any time.
Yours in His service,
[[Friday Nwibani|name]] (Pastor)
cc. Elder [[S. Kpalap|name]]; Deaconess [[Grace Kpai|name]]; Brother [[Dumbari Nwiido|name]] ([[Gateshead|place]])"""),
]
DOCS_F += [
    ("child and family assessment analysis section", """CHILD AND FAMILY ASSESSMENT - SECTION 5: ANALYSIS AND RECOMMENDATION (extract)
Children: [[Kpobari DEEBOM|name]] ([[28/04/2015|dob]], NHS [[281 314 4452|nhs]], UPN [[D840472674981|upn]]); [[Nubari DEEBOM|name]]
([[03/10/2011|dob]],
NHS [[825 583 3226|nhs]]); [[Baridi DEEBOM|name]] ([[17/02/2020|dob]], NHS [[912 014 8100|nhs]])
Parents: [[Barinem DEEBOM|name]] ([[24/06/1979|dob]], NI [[NZ 48 26 91 B|ni]]) and [[Lebari DEEBOM|name]] (née [[NWIIDO|name]],
[[08/03/1985|dob]])
Address: [[12 Bogma Avenue|address]], [[West Cornforth|place]], [[DL17 9LA|postcode]]    Assessor: [[Tom Hewson|name]]    Started
[[16/11/2026|date]]

What happened: on [[13 November 2026|date]] [[Kpobari|name]] (11) showed his teacher at [[Cornforth Ridge Primary|school]], Mr [[Bradley
Ogle|name]], three linear bruises on the back of his thighs. He said his dad hit him with a belt "six times" because £20 went
missing from mum's purse. A strategy discussion the same day agreed a single-agency s47; a child protection medical by
Dr [[Sutcliffe|name]] at University Hospital of North Durham on [[14/11/2026|date]] found the marks consistent with his account.

The family: the parents are Ogoni, from [[Bori|place]] in Khana, and speak Khana and English; the children speak English and
understand Khana. Mr [[Deebom|name]] came on a Health and Care Worker visa in March 2023; the family joined him in August.
He works 50-60 hours a week; Mrs [[Deebom|name]] works nights. [[Nubari|name]] (15) is left in charge of [[Kpobari|name]] and
[[Baridi|name]]
four nights a week from 7pm until his father comes in at about 9.30pm. Maternal grandmother Mrs [[Kabari Nwiido|name]] lives in
[[Bori|place]] ([[+234 803 517 2964|phone]]) and speaks with the children most Sundays; an uncle, [[Ledum Nwiido|name]], is in
[[Port Harcourt|place]] ([[+234 706 184 3352|phone]]).

Children's views: [[Kpobari|name]]: "Dad is kind most of the time. He gets angry when he is tired. I want him to say sorry." He
misses his friend [[Barisi|name]] in [[Bori|place]] and his best friend here is [[Oliver Gent|name]]. [[Nubari|name]]: "I do the
bedtime. I don't mind but I can't do my homework." [[Nubari|name]] wants to play for Ferryhill Athletic's youth team.
[[Baridi|name]] (6) drew her family with "Aunty [[Blessing|name]]" from church, who does her hair.

Analysis: this is a loving, organised family under heavy strain: long shifts, no extended family here, isolation, a culture in
which physical discipline was normal and expected. Mr [[Deebom|name]] accepted what he did at once, has not used physical
punishment since, and has joined a parenting course (the Solihull approach, online). Risk of repeat: medium-low with support.
Recommendation: child in need plan; no child protection conference. Support: a family group conference to plan childcare on
night shifts; a young carers referral for [[Nubari|name]]; help with the cost of after-school club at [[Cornforth Ridge|school]]."""),
]
DOCS_F += [
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN (as agreed in private family time, written up by the
coordinator)
Conference held: Saturday [[05/12/2026|date]], 11am-3pm, at the Cornforth Partnership community centre
Coordinator: [[Samira Latif|name]] (independent FGC service)       Referrer: [[Tom Hewson|name]], SW
Family and friends who came: [[Barinem|name]] (dad); [[Lebari|name]] (mum); [[Nubari|name]] (15); [[Kpobari|name]] (11); Pastor [[Friday
Nwibani|name]] and his wife [[Comfort|name]]; Elder [[Sunday Kpalap|name]] and Mrs [[Joy Kpalap|name]] ([[Coxhoe|place]]);
[[Blessing Dumle|name]]
("Aunty [[Blessing|name]]", church friend, [[Ferryhill|place]]); [[Ledum Nwiido|name]] (mum's brother) on WhatsApp video from
[[Port Harcourt|place]];
Grandma [[Kabari|name]] joined by phone from [[Bori|place]] for the first hour (interpreted into Khana by [[Lebari|name]]'s cousin
[[Dumbari Nwiido|name]], who lives in [[Gateshead|place]], [[07723 580 164|phone]]). [[Baridi|name]] (6) stayed in the creche room.

OUR PLAN
1. Night shifts: [[Lebari|name]] will ask her manager at the home in [[Sedgefield|place]] for 3 nights, not 4. On the nights both parents
   work late, the children will go to [[Blessing|name]]'s flat on [[Main Street|address]], [[Ferryhill|place]] ([[flat 2|address]]) or
   [[Joy|name]] will come to the house. [[Nubari|name]] will not be in charge of the little ones after 7pm. Start: [[7 December|date]].
2. Discipline: [[Barinem|name]] promised in front of the family that there will be no belt and no smacking. If he is angry he will go
   out for a walk to the Cornforth Beacon and ring Elder [[Sunday|name]]. Grandma [[Kabari|name]] said (through [[Dumbari|name]]) she
agrees "because
   the law here is different".
3. School: [[Kpobari|name]] after-school club Mon and Thu (social care will help pay). [[Nubari|name]] gets homework time at
   [[Sunday|name]] and [[Joy|name]]'s on Wednesdays.
4. Money: [[Kpobari|name]] to get £3 a week pocket money; mum's purse to stay in her room.
5. Football: Uncle [[Ledum|name]] will pay [[Nubari|name]]'s subs. Coach [[Gary Tate|name]] to be asked about a trial (Sat [[12th|date]]).
6. If the plan is not working, anyone can ring [[Tom|name]] on [[01388 762 041|phone]] or [[Samira|name]] on [[07812 446 093|phone]].
Review meeting: Wednesday [[20 January 2027|date]], same place.
Signed by the family (names as written): [[B. Deebom|name]], [[L. Deebom|name]], [[Nubari|name]], [[Kpobari D|name]], [[Comfort N|name]],
[[Joy K|name]], [[Blessing D.|name]], [[Sunday Kpalap|name]]"""),
]
DOCS_F += [
    ("school nurse drop-in log", """SCHOOL HEALTH - DROP-IN LOG - [[Sedgefield Vale Academy|school]] (Tuesdays, Room S4) - School Nurse:
[[Carol Heslop|name]] RGN SCPHN
Extract for [[DEEBOM, Nubari|name]] (Y11), DOB [[3.10.11|dob]], NHS [[825 583 3226|nhs]], UPN [[X840494711939|upn]], GP: Cornforth Surgery

Tue [[10.11.26|date]]  First visit. Self-referred: headaches "most days", tired. Sleeping 5-6 h. Says he puts his brother and sister to bed
            4 nights a week while parents work, then does homework until 1am. Eats school lunch; often no tea. BP normal. Vision check
            booked. Advice: sleep hygiene, water. Asked about home - "it's fine, dad's strict". Did not want parents told about the
            visit. Gillick - competent. Logged, to review.
Tue [[17.11.26|date]]  Came with friend [[Jayden Tweddle|name]] (Y11), who waited outside. Said things "kicked off" at home because his
brother
            [[Kpobari|name]] "got the belt" and the school rang the social. Says his dad "cried" and "it won't happen again". Says he
            is worried the family will be "sent back to Naija" - explained that is not how it works. Told him his social
            worker is [[Tom Hewson|name]] and he can talk to him. Headaches less. Asked if I knew the Ogoni word for nurse - told me
            his nan in [[Bori|place]] was a midwife ("Mama [[Kabari|name]]"). Gave him my number [[07946 318 502|phone]] (work mobile).
Tue [[24.11.26|date]]  Did not attend - at football trial at Ferryhill Athletic? (per [[Jayden|name]]).
Tue [[01.12.26|date]]  Seen with Mr [[Tom Hewson|name]] (SW) present at [[Nubari|name]]'s request. Young carer card given. Talked about
            the family group conference on [[5th December|date]] - [[Nubari|name]] wants to say he will do bedtime only 1 night.
            Sleep now 7 h. Good eye contact, laughing. Next: Tue [[15/12|date]] or sooner if needed. Copy to Mrs [[Rowell|name]] (DSL).
Mon [[07.12.26|date]]  Note from [[Nubari|name]] left in my tray: "Miss, the FGC went ok. Aunty [[Blessing|name]] is having us on
            Thursdays. [[Kpo|name]] says thank you for the plasters lol. N.D.\""""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 170 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:05 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "granda", "grandpa", "mum",
           "mummy", "mam", "mammy", "dad", "daddy", "aunty", "auntie", "aunt", "uncle", "pastor", "rev", "chief", "elder", "deaconess",
           "mama", "papa", "brother", "madame", "monsieur", "tonton", "tata", "imam", "cheikh", "hadja", "hadj", "el", "ⴰⵏⵏⴰ"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "county durham", "co durham",
               "co. durham", "the north east", "north east", "teesside", "weardale", "teesdale", "niger", "nigeria", "algeria",
               "france", "libya", "mali", "the sahara", "sahara", "aïr", "the aïr", "rivers state", "rivers", "ogoniland",
               "ogoni", "khana", "naija", "italy", "europe", "africa", "west africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words and its counties, regions and
# countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
