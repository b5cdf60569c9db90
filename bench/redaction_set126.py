"""Set 126: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set127.py to bench/redaction_set129.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here), the module
docstrings only of bench/redaction_set7.py to bench/redaction_set125.py (printed with ast and searched for towns, districts and
communities, to choose a home and two communities no earlier set used; no document of an earlier set was read), the `_party`,
`Records`, `HandSet` and `word_problems` helpers of bench/redaction_handwritten.py, and the ruff settings in pyproject.toml.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Six families in Washington and Houghton-le-Spring, Sunderland, each from a district no earlier set used as a family's home. Four
white British families: a mother, her partner and two children in Sulgrave, Washington, with a grandmother in Albany (Tunstall /
Halliwell; a health visitor's visit finding a toddler losing weight, a shopkeeper's call, domestic abuse and control of money,
a grip-mark bruise, the children moving to the grandmother's), a family in Hetton-le-Hole with a grandmother in Easington Lane
(Hodgson / Wake; a boy of 14 missing for 40 hours and criminally exploited through a county line to Darlington, a debt for a
phone, a young woman herself exploited), grandparents in Penshaw caring for two grandchildren after their mother was remanded
(Robson / Hope; a viability assessment, a family group conference, a grandfather's COPD, a father in Felling who wants his
daughter), and a family in Newbottle (Dixon / Summerbell; a girl of 15 who took an overdose after an intimate image was shared
round her year, a father in Benidorm). Two from communities no earlier set used: an Omani family in Oxclose, Washington
(Al-Harthy / Al-Balushi; a father doing a PhD, a slap seen at school, a mother with postnatal depression, a sister in Muscat,
names and dates in Arabic script) and a Manx family from the Isle of Man in Shiney Row (Quayle / Kinvig; a mother who fled
domestic abuse across the water with a child protection plan transferred in, a father's voicemails, a child's own worksheet).
24 documents, of types no earlier set used or in styles new to these sets: a health visitor's targeted contact record, a MASH
contact record of a shopkeeper's call, a Messenger chat typed up from screenshots, an initial child protection conference
report, a return home interview, a Snapchat extract from a police phone download, child exploitation strategy meeting minutes,
a grandmother's handwritten letter scanned and OCR'd, a school safeguarding log export, a child and family assessment with an
interpreter, a WhatsApp chat in Arabic with a translation, a letter to parents with an Arabic summary, a transfer-in letter from
the Isle of Man's children's services, a chronology table, voicemails transcribed by an IDVA, a six-year-old's all-about-me
worksheet in her own spelling, a kinship viability assessment, a family group conference plan, a grandmother's texts to a
social worker, a social worker's fast phone note, a liaison psychiatry letter, a school's pastoral support plan letter, a
girl's diary pages OCR'd, and an email chain with a father abroad.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK (with Isle of Man numbers) and foreign (Oman, Spain); NHS numbers and UPNs (LA number 394) pass their
check digits; the NI number has a valid format. The council (Wearmere), its teams, the police force (Durham and Wearside
Police), the schools (Larkspur Primary, Little Acorns Day Nursery, Coalfields Academy, Kingfisher Primary, Brambles Primary
Academy, Wearview Primary, Lambton Vale Academy, Hollins Ridge Academy), the GP surgeries and the interpreting agency are
invented; towns, districts, estates, villages, real schools, hospitals, prisons, courts, firms, parks, apps and programmes are
real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, TM, Nana, nanny, Grandad, Auntie, uncle, mammy, dady, Baba, Mama, Jaddah, Umm as in "Umm Salim") stay outside the
name span; a possessive 's and a bare s in texting ("[[kyle|name]]s", "[[irene|name]]s") stay outside; every person's name is
a name in every form, record or not. "SURNAME, First" is one span ("TUNSTALL, Ellie-Mae", "AL-HARTHY, Hamad"), as is "First
SURNAME" ("Tyler HODGSON", "Breesha KINVIG"); an initial with a surname is one span ("P Crozier", "B. Wake", "N. Dixon");
initials alone ("RO", "JH") are not marked; a collar number after a name stays outside; a name, address, place or date broken
by a line break is one span holding the break. Social media handles ("ty.hodgo12", "dezz_2k5", "skyeyyy.h") are not marked,
but a display name that is a person's name is ("Dezzy", "Kayleigh Louise", "Neecy T", "زينب"); a phone contact saved as "DONT
ANSWER" is not a name. A street address is one span, its town a place, its postcode a postcode; a street named without a
number is an address ("Rockingham Square", "Front Street", "station rd", "Grasswell"), and so is a neighbour's bare house
number ("no. 22", "22", "no 7", "no. 10") and an address abroad ("Way 3015, House 27", Al Khuwair; "Calle Gerona 14, 3B",
with its Spanish postcode "03503" a postcode); towns, villages, districts and estates are places at home or abroad and in any
script and spelling ("Hetton", "Shiney", "houghton", "darlo", "dugliss", "shiny row", "Fence-\nhouses", "مسقط", "صور"),
while countries, regions and islands as a whole are not ("Isle of Man", "the Island", "Oman", "Spain", "Wearside", "County
Durham"). Organisations are not marked even when they hold a town's or a person's name ("Sunderland Royal Hospital",
"Galleries Health Centre", "Penshaw Medical Practice", "Noble's Hospital", "HMP Low Newton", "Sunderland County Court",
"Hetton Amateur Boxing Club", "Go North East", "Steam Packet", "Nissan"); parks, monuments and attractions are landmarks and stay
unmarked ("Hetton Lyons", "Glebe Park", "the Wetland Centre", "the monument", "the Galleries", "the Levante end"). A school's
name and its short form are a school ("Larkspur", "larkspur", "Coalfields", "Brambles", "Kingfisher", "Ballacottier"); a date of
birth is dob and any other calendar date with a day is date, with a weekday outside it, and a bare day ("[[21|date]]",
"[[14th|date]]", "the [[12th|date]]") a date of its own; months and years alone ("Nov 2023", "September 2024") are not marked;
pets' names (Tank, Bruno, Sooty) are not names; a firm named after a person marks only the name ("[[Shah|name]] & Co"); a name
that is also a word or a town is marked by what it refers to ("Hope", "Chester", "Douglas", "Brooke", "Skye", "Wake" are names
as people, and Chester-le-Street, Douglas and Peel are places); names and dates in Arabic script ("سالم الحارثي", "عائشة", "٢٠
ديسمبر") are names and dates, with the joined Arabic "and" ("و") outside the span.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a council team, service or
branch named by its town marks the town ("[[Washington|place]] Locality Team", "[[Houghton|place]] Locality Team", "[[Ramsey|place]]
Family Support Team", "[[Sunderland|place]] CAMHS", "[[Durham|place]] adults' MASH", "[[Houghton|place]] neighbourhood team",
"[[Shiney Row|place]] Co-op", "[[Durham|place]] station"), as set 21's "Plymouth PDU" did, while a named building, court, hospital,
surgery, police station or club stays an organisation; a nickname quoted inside a full name is part of one span ("Gary "Gaz"
Lister"); the islands' own towns (Douglas, Ramsey, Peel, Onchan, Laxey, Castletown, Port Erin) and estates (Pulrose) are places,
the Isle of Man itself is not; the Isle of Man postcodes (IM5 1AX) are postcodes; a holiday resort abroad (Benidorm) and an
island named as a holiday destination (Tenerife) are places; a crime, police or MASH reference, an exhibit number and an
interpreter's booking number are not marked.

Self-check without the detector: `python -m bench.redaction_set126` (and tests/test_redaction_set126.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words and its countries and regions, and prints
the number of documents and gold spans per kind: 24 documents,
1,031 gold spans, 579 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tunstall / Halliwell family (white British), Sulgrave, Washington ---------------------------------------------------

HOME_A = d.Address("14 Rockingham Square", "Sulgrave", "Washington", "NE37 3HL")
NAN_A = d.Address("6 Dunstanburgh Close", "Albany", "Washington", "NE37 1TR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Tunstall")], dt.date(2023, 5, 17), addresses=[HOME_A], ids=["9099732775"],
       schools=["Little Acorns Day Nursery"]),
    _p("s", "sibling", [("Mason", "Tunstall")], dt.date(2017, 8, 2), addresses=[HOME_A],
       ids=["3227148250", "W394490221439"], schools=["Larkspur Primary School"]),
    _p("m", "mother", [("Kayleigh", "Tunstall")], dt.date(1995, 2, 9), addresses=[HOME_A], phones=["07823 416 905"],
       ids=["NR 52 73 19 B"]),
    _p("f", "partner", [("Jordan", "Halliwell")], dt.date(1993, 10, 28), addresses=[HOME_A], phones=["07958 224 617"]),
    _p("g", "grandparent", [("Denise", "Tunstall")], dt.date(1970, 6, 21), addresses=[NAN_A],
       phones=["0191 416 2837", "07491 337 082"]),
    _p("p1", "professional", [("Gemma", "Lowes")], phones=["0191 584 3092"], emails=["gemma.lowes@wearmere.gov.uk"]),
], "c")

DOCS_A = [
    ("Health visitor's targeted home visit record", """WEARSIDE 0-19 SERVICE - HEALTH VISITING - TARGETED CONTACT RECORD
Child: [[TUNSTALL, Ellie-Mae|name]]     DOB: [[17/05/2023|dob]]     NHS no: [[909 973 2775|nhs]]
Address: [[14 Rockingham Square|address]], [[Sulgrave|place]], [[Washington|place]] [[NE37 3HL|postcode]]
Contact: unannounced home visit, [[29 October 2026|date]], 10:05-10:50. Seen by: [[Paula Crozier|name]], Specialist Community Public
Health Nurse (HV), with student HV [[Bethany Oyelaran|name]].

Present: [[Ellie-Mae|name]] (3y 5m), mum [[Kayleigh|name]], mum's partner [[Jordan Halliwell|name]] (asleep upstairs for most of the visit,
came down at 10:40). [[Mason|name]] (9) at school at [[Larkspur|school]].

Reason: missed 2-2.5 year review twice ([[12/03/2026|date]], [[7/05/2026|date]]), nursery ([[Little Acorns|school]]) raised concern
on [[27.10.26|date]] about weight loss, nappy rash "raw", and [[Ellie-Mae|name]] eating from the bin at snack time.

Home conditions: front door opened by [[Ellie-Mae|name]] herself. Strong smell of dog urine and cigarettes. Two dogs (XL bully type,
"Tank" and "Bruno") loose in the living room, one growled at student HV. Kitchen: no food seen in fridge except milk and
ketchup; sink full. Stair gate missing. [[Ellie-Mae|name]]'s cot mattress stained and wet; she sleeps with mum, per mum.

Child: pale, nappy soaked, heavy; weight 12.1 kg (was 12.9 kg at nursery on [[2 September|date]]), 9th centile dropping to below
2nd. Speech: single words only ("dog", "nana", "no"). Scratch on left cheek - mum said the dog did it "playing". Mum's friend
[[Roxy Metcalfe|name]] from over the road was in the kitchen and left when we came in; mum said [[Roxy|name]] "helps out".
Discussed with mum; see plan.

Mum: tearful, says she is "not coping", cut off from her mam [[Denise|name]] in [[Albany|place]] since the summer after a fight
about [[Jordan|name]]. Said [[Jordan|name]] "does the money" and she has no bank card. Mobile [[07823 416 905|phone]] - credit run out,
best to contact via [[Jordan|name]]'s phone [[07958 224 617|phone]] (I said I would rather not). Asked about DA - mum looked
at the stairs and said "not now".

Plan: weight check at Washington Primary Care Centre Friday [[30/10|date]]; referral to Children's Services (MASH) today;
dietetic advice; safe sleep given; dogs to be kept behind a gate. Discussed with named nurse [[Jill Armitage|name]] at 13:10.
Signed: [[P Crozier|name]] HV, [[29/10/2026|date]]"""),
    ("MASH contact record of a shopkeeper's phone call", """WEARMERE COUNCIL - MULTI-AGENCY SAFEGUARDING HUB - CONTACT RECORD
Contact ID: MASH-26-118803     Received: Monday [[2 November 2026|date]] 16:47 by phone     Call handler: [[Aidan Fenwick|name]]
Caller: [[Harpreet Sandhu|name]], who runs the Best-One on [[Rockingham Square|address]] (shop phone [[0191 526 7741|phone]]). Consents to
being named to other agencies but NOT to the family.

What the caller said (typed during the call, his words where in quotes):
He knows the family well - "the lad [[Mason|name]] comes in every morning on his own for a bag of crisps and a can of Monster for
his breakfast before school". Today at about 15:30 [[Mason|name]] came in with his little sister "[[Ellie|name]]" in just a
vest and a nappy, no shoes, cold day, and asked for "milk on tick for the bairn". He gave them milk and a banana. [[Mason|name]]
said Mam was "poorly in bed" and [[Jordan|name]] had "gone to [[Concord|place]] to see a man". The caller says the boy's
arm had a bruise "like a hand, like fingers" when his sleeve rode up, and the lad pulled it down quick.
He says the mum's mam, [[Denise|name]], used to bring the kids in every weekend "but we've not seen [[Denise|name]] for months".
A neighbour, [[Sharon|name]] at [[no. 22|address]], told him the police were at no. 14 "on Saturday night, shouting
and the dogs going mental".

Checks: police (PNC/Niche via MASH police, DS [[Kev Rutherford|name]] 4471): DA incident [[31/10/26|date]] 23:52, [[14 Rockingham
Square|address]], caller female (mother) then withdrew; partner [[HALLIWELL, Jordan|name]] ([[28/10/1993|dob]]) known for
assault and possession with intent (2021); vehicle seen at the address [[NK19 ZPW|vehicle]]. Education: [[Mason TUNSTALL|name]],
[[Larkspur Primary School|school]], UPN [[W394490221439|upn]], attendance 78%, often late, free school meals, DSL
Mrs [[Chloe Barras|name]]. Health: HV referral received [[29/10/2026|date]] (see).
Early Help: none.

Outcome: RAG RED. Strategy discussion [[03/11/2026|date]] 10:00. Allocated to SW [[Gemma Lowes|name]], [[Washington|place]] Locality Team.
Grandmother's details from school records: [[Denise Tunstall|name]], [[6 Dunstanburgh Close|address]], [[Albany|place]],
[[NE37 1TR|postcode]], home [[0191 416 2837|phone]], mobile [[07491 337 082|phone]]."""),
]
DOCS_A += [
    ("Facebook Messenger chat between a mother and her own mother, typed up from screenshots", """Typed up by SW [[G Lowes|name]]
from 9 screenshots [[Denise Tunstall|name]] showed me on her phone, [[5/11/2026|date]]. Spelling as written. "Mam" is [[Denise|name]].
Profile names: "[[Kayleigh Louise|name]]" = [[Kayleigh|name]]; "[[Neecy T|name]]" = [[Denise|name]].

[[Kayleigh Louise|name]] [[31 Oct|date]] 23:58
mam pls come get the bairns hes gone off his head
[[Neecy T|name]] [[31 Oct|date]] 23:59
wat happened?? is [[mason|name]] ok
[[Kayleigh Louise|name]] [[1 Nov|date]] 00:02
hes threw the telly. [[ellie|name]] screaming. ive rang 999 but dont tell him
[[Neecy T|name]] [[1 Nov|date]] 00:03
im getting a taxi now. ring [[sharon|name]] at [[22|address]] she'll take them in
[[Kayleigh Louise|name]] [[1 Nov|date]] 00:19
dont come police here now hes went out the back to his cousin [[Wayne|name]]s in [[usworth|place]]
[[Neecy T|name]] [[1 Nov|date]] 00:21
ur coming here tomoz with them kids. [[albany|place]] is 5 mins he dont know where i live now
[[Kayleigh Louise|name]] [[1 Nov|date]] 10:44
cant mam he says if i go he'll have [[mason|name]] took off me he says he'll tell the social im on the gear. im NOT
[[Neecy T|name]] [[1 Nov|date]] 10:46
pet he cant do that. [[mason|name]] isnt even his. ring [[Gemma|name]] or whatever the social worker is. or ring [[Lisa|name]] at
[[larkspur|school]] she was lovely with u
[[Kayleigh Louise|name]] [[2 Nov|date]] 15:02
[[mason|name]] took [[ellie mae|name]] to the shop on his own i was asleep. the shop man give them milk. im a shit mam
[[Neecy T|name]] [[2 Nov|date]] 15:05
ur not. ur poorly. let me have them for a bit. me and [[Ray|name]] have got the box room done
[[Kayleigh Louise|name]] [[2 Nov|date]] 15:30
[[jord|name]] says if the social come hes done with me. hes took my card again

Note by SW: the shopkeeper's word is as typed, not my description. [[Ray|name]] is [[Raymond Gill|name]], [[Denise|name]]'s partner
since 2024, not in the record yet; checks to be requested. "[[jord|name]]" = [[Jordan Halliwell|name]]. [[Wayne|name]] =
[[Wayne Halliwell|name]], address unknown, [[Usworth|place]] area."""),
    ("Initial child protection conference report of the social worker", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Wearmere Council Children's Services, [[Washington|place]] Locality Team, [[Washington|place]] Town Centre offices
Conference: Thursday [[19 November 2026|date]], 13:30, hybrid (Teams and room 2)     Chair: [[Margaret Ilderton|name]], IRO
Report author: [[Gemma Lowes|name]], Social Worker, [[0191 584 3092|phone]], [[gemma.lowes@wearmere.gov.uk|email]]

Children: [[Mason Tunstall|name]] (b. [[02/08/2017|dob]]), Year 5 at [[Larkspur Primary School|school]]; [[Ellie-Mae Tunstall|name]]
(b. [[17/05/2023|dob]]), [[Little Acorns Day Nursery|school]]. Mother: [[Kayleigh Tunstall|name]] (b. [[9.2.1995|dob]]), NI
[[NR 52 73 19 B|ni]]. [[Mason|name]]'s father: [[Liam Coxon|name]], in [[Seaham|place]], no contact since 2019, not involved.
[[Ellie-Mae|name]]'s father: [[Jordan Halliwell|name]] (b. [[28 October 1993|dob]]), lives at the home.

1. Why we are here. Section 47 enquiry started [[3 November 2026|date]] after the health visitor's visit of [[29
October|date]], the shop's call of [[2 November|date]] and a police DA incident on the night of [[31 October|date]]-[[1
November|date]]. [[Mason|name]] had a grip-mark bruise to the right upper arm seen by Dr [[Faisal Qureshi|name]],
community paediatrician, on [[4/11/2026|date]] at Sunderland Royal Hospital; the explanation ("[[Jordan|name]] grabbed me
when I ran in front of the telly") is consistent.

2. What [[Mason|name]] told me ([[5 November|date]], at school, with [[Lisa Thornton|name]], family support worker): "I do the
breakfasts because Mam can't get up. I give [[Ellie|name]] her dummy. [[Jordan|name]] shouts at Mam and breaks stuff and
the dogs go mad. I want to go to my nana's in [[Albany|place]]. Me and Grandad [[Ray|name]] go to the Wetland Centre."

3. What the family say. [[Kayleigh|name]] accepts the house was in a state and that she is "depressed since [[Ellie|name]]";
she has seen her GP at Galleries Health Centre. She now says [[Jordan|name]] has never hurt her. [[Jordan|name]] did not attend
my two visits; by phone he said the social are "grasses" and the bruise was from [[Mason|name]]'s football with his mate
[[Kyran Bell|name]] at Glebe Park. [[Denise Tunstall|name]] and Mr [[Gill|name]] want the children to stay with them; since
[[6 November 2026|date]] the children have slept at [[6 Dunstanburgh Close|address]] by agreement.

4. Analysis and recommendation: neglect of [[Ellie-Mae|name]]'s basic care and weight, domestic abuse, coercive control of
money, physical harm to [[Mason|name]]. I recommend both children be subject to a child protection plan under the category of
neglect, and that the plan includes a referral to Wearside Women in Need and a dog welfare check by the council's animal
warden. Next core group: [[26/11/26|date]] at [[Larkspur|school]]."""),
]


# --- B. Hodgson / Wake family (white British), Hetton-le-Hole -------------------------------------------------------------

HOME_B = d.Address("37 Moorsley Road", "Hetton-le-Hole", "Houghton le Spring", "DH5 9AP")
NAN_B = d.Address("5 Caroline Street", "Easington Lane", "Houghton le Spring", "DH5 0JF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hodgson")], dt.date(2012, 4, 3), addresses=[HOME_B], ids=["3760664776", "L394420220850"],
       schools=["Coalfields Academy"]),
    _p("s", "sibling", [("Skye", "Hodgson")], dt.date(2015, 12, 9), addresses=[HOME_B], ids=["8014233662"]),
    _p("m", "mother", [("Leanne", "Wake")], dt.date(1989, 7, 14), addresses=[HOME_B], phones=["07712 604 358"],
       ids=["KT 40 18 66 A"]),
    _p("f", "father", [("Craig", "Hodgson")], dt.date(1987, 1, 30), addresses=[HOME_B], phones=["07860 193 447"]),
    _p("g", "grandparent", [("Brenda", "Wake")], dt.date(1963, 9, 5), addresses=[NAN_B], phones=["07583 219 664"]),
], "c")

DOCS_B = [
    ("Return home interview after a missing episode", """RETURN HOME INTERVIEW - MISSING FROM HOME (commissioned service: Wearside Missing
and Exploited Team)
Young person: [[Tyler HODGSON|name]]   DOB: [[03.04.2012|dob]]   Age: 14   Address: [[37 Moorsley Road|address]], [[Hetton-le-Hole|place]],
[[DH5 9AP|postcode]]   School: [[Coalfields Academy|school]] (Y10)   Police ref: NP-20261109-0332
Missing: Sat [[7 Nov|date]] 19:00 to Mon [[9 Nov 2026|date]] 11:20 (40 hours). Found: by BTP at [[Durham|place]] station with an older male.
Interview: Wed [[11/11/26|date]], 16:00, at his nan's house in [[Easington Lane|place]] (his choice), by [[Callum Brannigan|name]],
RHI worker. Present for the first 10 minutes: nan, Mrs [[Brenda Wake|name]].

What [[Tyler|name]] said (his words as near as I could): he went out "to see me mates on the rec" in [[Hetton|place]] and got a lift
from a lad he calls "[[Dezzy|name]]" ("he's like 19, he's sound, he's got a black Audi"). They went to [[Peterlee|place]] then
[[Durham|place]], stayed "at a girl's flat" - he did not know her name or the street, only that it was "near the viaduct" - and
then "[[Dez|name]]" asked him to "hold a bag" on the train to [[Darlington|place]]. He said he didn't open it. He says he lost his
phone ("it got took") and now owes "[[Dezzy|name]]" £300 for it. He said "I'm not a grass, you can put that". He was
worried about his little sister [[Skye|name]] (10), who "seen me get in the car".

Home: he says his dad ([[Craig|name]]) "went mental" and punched the door, and his mam ([[Leanne|name]]) "just cries". He
would rather stay at nan's. His nan said [[Tyler|name]] has been "off" since his best mate [[Reece Armstrong|name]] moved to
[[Chester-le-Street|place]] in the summer and since he started hanging about with older lads near the Hetton Lyons park
and "that chippy on [[Front Street|address]]".

Push/pull: fall-out with dad, exclusion from school ([[21/10/2026|date]], 3 days), debt, new trainers and a second phone seen
by mam in October. Risk: HIGH (CCE indicators, debt bondage, a 40-hour episode, travel across force areas).
Shared with: SW [[Nadia Farooq|name]], [[Houghton|place]] Locality Team; police CE lead DC [[Jen Hardy|name]]; [[Coalfields|school]] DSL
Mr [[Stephen Bowes|name]]."""),
]
DOCS_B += [
    ("Snapchat messages from a police download of a seized phone", """DURHAM AND WEARSIDE POLICE - DIGITAL FORENSICS - EXTRACT (partial,
for the strategy meeting)
Exhibit: JH/04 (Samsung A15, second phone found in [[Tyler Hodgson|name]]'s room [[12/11/2026|date]])   Examiner: [[R. Scorer|name]]
App: Snapchat   Account on handset: "ty.hodgo12"   Chat with: "dezz_2k5" (display name "[[Dezzy|name]]")
Times UTC. Bitmoji, stickers and saved snaps removed. Spelling as extracted.

[[2026-11-06|date]] 21:14  [[Dezzy|name]]: u free tmrw
[[2026-11-06|date]] 21:15  ty.hodgo12: ye after 7 me dad will be at the club
[[2026-11-06|date]] 21:15  [[Dezzy|name]]: meet at the garage on [[station rd|address]] ur end. dont bring ur mate [[reece|name]]
[[2026-11-06|date]] 21:17  ty.hodgo12: hes in [[chester|place]] now anyway lol
[[2026-11-07|date]] 18:52  [[Dezzy|name]]: here. black a3
[[2026-11-08|date]] 13:02  [[Dezzy|name]]: [[kels|name]] will give u food. dont go out her flat
[[2026-11-08|date]] 13:40  ty.hodgo12: can i ring me mam
[[2026-11-08|date]] 13:41  [[Dezzy|name]]: no. u ring no1. ur on the 5.10 to [[darlo|place]] tmrw
[[2026-11-08|date]] 22:10  ty.hodgo12: me sister [[skye|name]] keeps snapping me what do i say
[[2026-11-08|date]] 22:12  [[Dezzy|name]]: say ur at [[kyle|name]]s in [[houghton|place]]. u owe me 300 for the phone dont forget
[[2026-11-09|date]] 09:31  ty.hodgo12: [[dez|name]] theres police at the station
[[2026-11-09|date]] 09:31  [[Dezzy|name]]: DROP IT IN THE BIN AND WALK

Chat with: "skyeyyy.h" (display name "[[Skye|name]] 💜")
[[2026-11-08|date]] 21:55  [[Skye|name]] 💜: [[ty|name]] where r u mam is crying and dad smashed the door
[[2026-11-08|date]] 22:15  ty.hodgo12: at [[kyle|name]]s in [[houghton|place]] tell mam im ok
[[2026-11-08|date]] 22:16  [[Skye|name]] 💜: no ur not [[kyle|name]] is in [[tenerife|place]] his mam said

Attribution: "dezz_2k5" is linked by subscriber checks to [[Dezmond CARR|name]] (b. [[22/06/2007|dob]]) of [[Flat 3, 8 Gordon
Terrace|address]], [[Murton|place]], who is known; the black Audi A3 is [[NL67 HDX|vehicle]], registered to a [[Kelsey Todd|name]] of
the same address ("[[kels|name]]")."""),
]
DOCS_B += [
    ("Child exploitation strategy meeting minutes", """MINUTES - CHILD EXPLOITATION STRATEGY MEETING (s47, extra-familial harm)
Re: [[Tyler Hodgson|name]] ([[3 April 2012|dob]]), [[Hetton-le-Hole|place]]      Date: [[16th November 2026|date]], 14:00, Houghton
Police Station and Teams      Chair: [[Sandra McKie|name]], Team Manager, [[Houghton|place]] Locality Team      Minutes: [[Erin Dodds|name]]

Present: [[Nadia Farooq|name]] (SW); DC [[Jen Hardy|name]] (CE team); [[Callum Brannigan|name]] (RHI); Mr [[Stephen Bowes|name]]
(DSL, [[Coalfields Academy|school]]); [[Toni Rafferty|name]] (school nurse); [[Mick Lumsden|name]] (Youth Justice
Service); [[Priya Nair|name]] (BTP, by phone). Apologies: Dr [[Ahmed|name]] (GP, Hetton Medical Group).

1. Update (SW). [[Tyler|name]] is staying at maternal grandmother Mrs [[Brenda Wake|name]]'s in [[Easington Lane|place]] since
[[10/11|date]] by agreement with parents [[Leanne Wake|name]] and [[Craig Hodgson|name]]. Dad admits the door was punched; no
assault on [[Tyler|name]] alleged. [[Skye|name]] (10, [[Eppleton Primary|school]]) is anxious, wetting at night.
2. Police. Phone download (exhibit JH/04) links [[Tyler|name]] to [[Dezmond Carr|name]] ("[[Dezzy|name]]", 19) of [[Murton|place]],
known for supply in [[Peterlee|place]], [[Seaham|place]] and [[Darlington|place]]. [[Kelsey Todd|name]] (23), whose flat in
[[Durham|place]] [[Tyler|name]] stayed in, is herself thought to be exploited - referral to [[Durham|place]] adults' MASH. NRM referral for
[[Tyler|name]] to be made by [[Nadia|name]] as first responder. A disruption notice (CAWN) to be served on [[CARR|name]] by
[[23/11|date]].
3. School. No managed move: the DSL said the school will keep him; part-time timetable to end by
[[4th December|date]]; mentor [[Josh Pattinson|name]]. Attendance since [[2 Sept|date]] 71%.
4. YJS. No charge; Outcome 22 possible if a bag found. [[Mick|name]] to offer boxing at Hetton Amateur Boxing Club with
coach [[Dale Storey|name]].
Actions: SW - NRM by [[18/11/2026|date]]; police - CAWN; school - safety plan for the walk from [[Easington Lane|place]]; all -
report sightings of [[NL67 HDX|vehicle]]. Review: [[7 December 2026|date]]."""),
    ("A grandmother's handwritten letter, scanned and OCR'd", """[Scanned [[17/11/2026|date]] by [[Houghton|place]] Locality Team admin.
OCR text below, not corrected; illegible words in brackets.]

                                                        [[5 Caroline St|address]]
                                                        [[Easington Lane|place]]
                                                        [[DH5 0JF|postcode]]
                                                        [[15-11-26|date]]
Dear Miss [[Farooq|name]] ([[Nadia|name]])

I am writing this because I can not say it all on the phone with [[Tyler|name]] in the
next room. I am his Nana [[Brenda Wake|name]], my daughter is [[Leanne|name]]. I have had
[[Tyler|name]] since the Tuesday and he is a good lad in the house, he eats his tea, he
has been walking my dog up the Lyons with me.

But there is a car that comes past at night a black one and parks by the
Methodist chapel and he looks out the window for it. Last night ([[14th|date]]) about 11 a
lad knocked and asked for "[[Ty|name]]" I said he is in bed and he said tell him [[Dez|name]] says
hello. I did not like him. My neighbour [[Gerry
Palmer|name]] at [[no 7|address]] has got the
camera on his door and he has it on there.

Also I want to say [[Craig|name]] is not a bad dad he just has the temper and he works nights
at the Nissan. [[Leanne|name]] is on tablets. [[Skye|name]] could come to me to but
I only have the box room. Could the council help with a bed. I am 63 and on my own
since my husband [[Alan|name]] passed.

My numbers are [[07583 219664|phone]] or ring our [[Leanne|name]] on [[07712 604358|phone]].
Thank you for helping him pet.
Yours sincerly
[[B. Wake|name]] (Mrs)
[Handwritten at the bottom:] P.S. his teacher Mrs [[Collins|name]] (?) from the [[Coalfields|school]] rang me and was very kind"""),
]


# --- C. Al-Harthy / Al-Balushi family (Omani), Oxclose, Washington -------------------------------------------------------

HOME_C = d.Address("9 Blackthorn Way", "Oxclose", "Washington", "NE38 0LP")
AUNT_C = d.Address("Way 3015, House 27", "Al Khuwair", "Muscat", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Hamad", "Al-Harthy")], dt.date(2021, 2, 11), addresses=[HOME_C], ids=["3603630823"],
       schools=["Kingfisher Primary School"]),
    _p("s", "sibling", [("Aisha", "Al-Harthy")], dt.date(2018, 6, 4), addresses=[HOME_C],
       ids=["9576684056", "B394319619986"], schools=["Kingfisher Primary School"]),
    _p("s2", "sibling", [("Maryam", "Al-Harthy")], dt.date(2026, 7, 20), addresses=[HOME_C]),
    _p("m", "mother", [("Muna", "Al-Balushi")], dt.date(1993, 3, 15), addresses=[HOME_C], phones=["07934 158 206"]),
    _p("f", "father", [("Salim", "Al-Harthy")], dt.date(1988, 12, 1), addresses=[HOME_C], phones=["07411 862 730"],
       emails=["salim.alharthy@research.sunderland.ac.uk"]),
    _p("a", "aunt", [("Zainab", "Al-Balushi")], addresses=[AUNT_C], phones=["+968 9231 4470"]),
], "c")

DOCS_C = [
    ("School safeguarding log exported from a recording system", """KINGFISHER PRIMARY SCHOOL - SAFEGUARDING LOG EXPORT - student:
[[AL-HARTHY, Hamad|name]] (Reception, class Puffins)
DOB [[11/02/2021|dob]]   NHS [[360 363 0823|nhs]]   Sibling on roll: [[AL-HARTHY, Aisha|name]] (Y3)   Exported by Mrs
[[R. Hindmarsh|name]] (DSL),
[[24/11/2026|date]], for Children's Services. Categories: Physical; Parental mental health; EAL.

[[14/10/2026|date]] 08:55 | Logged by: [[Hannah Gibbons|name]] (class teacher) | [[Hamad|name]] very tired, fell asleep on the carpet. Mum
said
baby [[Maryam|name]] "cries all night". Mum very quiet, little English; older sister [[Aisha|name]] translating. | Action: noted.
[[03/11/2026|date]] 15:20 | Logged by: [[Fatima Begum|name]] (TA, speaks Arabic) | Dad collected late (15:55). Said his
supervisor at the university "kept him". [[Hamad|name]] cried and said "baba angry". | Action: DSL informed.
[[19/11/2026|date]] 09:10 | Logged by: [[H. Gibbons|name]] | Red mark on [[Hamad|name]]'s left cheek, 4 finger-shaped lines,
about 4 cm. [[Hamad|name]] said (in English) "Baba hit, I throw the phone". [[Aisha|name]], asked separately by DSL with
Mrs [[Begum|name]], said "Baba smacks him when he is naughty, in [[Muscat|place]] everyone does it, it is not a problem".
Body map done. | Action: DSL rang MASH 09:42, ref MASH-26-121170. Child seen by SW [[Owen Tait|name]] at 13:00 in school.
[[19/11/2026|date]] 15:30 | Logged by: DSL | Father [[Salim Al-Harthy|name]] ([[07411 862 730|phone]]) came in, upset, said he
"did not know it is illegal here" and would not do it again. He said his wife [[Muna|name]] "has been sad since [[Maryam|name]]".
[[20/11/2026|date]] 11:00 | Logged by: [[F. Begum|name]] | Mum came alone with the buggy, spoke to me in Arabic. She said she has no
friends in [[Washington|place]] apart from a lady from the mosque in [[Millfield|place]], Umm [[Yousef|name]] - she means
[[Rasha|name]], mum of [[Yousef Haddad|name]] in Y2. She cried. She wants to go home to her mother in [[Sur|place]] for the
winter. She asked if the school would "tell the police to take the children". I explained. | Action: DSL, referral to the
perinatal team via GP (Oxclose Surgery) with mum's consent.
[[23/11/2026|date]] 08:50 | Logged by: [[H. Gibbons|name]] | [[Hamad|name]] happy, no marks. Dad brought both children with his cousin
[[Badr|name]] from [[Newcastle|place]]. [[Aisha|name]] said Mama "slept all weekend" and that auntie [[Zainab|name]] rings "every night
from [[Muscat|place]]". | Action: see next entry.
[[23/11/2026|date]] 12:15 | Logged by: [[F. Begum|name]] | At lunch [[Aisha|name]] asked me in Arabic whether she has to stay home to
look after [[Maryam|name]] when Mama goes to the doctor on Thursday ([[26/11|date]]). I said no, Baba or a friend will help. She said
her friend [[Lina Haddad|name]] in Y3 "has the same mum problem". | Action: DSL told; young carers' check to be raised with SW
[[Owen Tait|name]] ([[0191 219 3365|phone]])."""),
]
DOCS_C += [
    ("Child and family assessment with an interpreter", """CHILD AND FAMILY ASSESSMENT (single assessment) - Wearmere Council,
[[Washington|place]] Locality Team
Child(ren): [[Hamad Al-Harthy|name]] ([[11 February 2021|dob]]); [[Aisha Al-Harthy|name]] ([[4 June 2018|dob]]), UPN [[B394319619986|upn]];
[[Maryam Al-Harthy|name]] ([[20 July 2026|dob]], NHS no. not yet on file)
Address: [[9 Blackthorn Way|address]], [[Oxclose|place]], [[Washington|place]], [[NE38 0LP|postcode]]
Assessment started [[19.11.2026|date]]; visits [[21.11|date]], [[24.11|date]] and [[26.11.2026|date]]; completed [[2.12.2026|date]].
Social worker: [[Owen Tait|name]]. Interpreter (Arabic, Gulf dialect): [[Layla Mansour|name]], Wearside Language Link, booking 55172.

Family and background. Mr [[Salim Al-Harthy|name]] (37; Arabic: [[سالم الحارثي|name]]) is a PhD student in electrical engineering at the
University of Sunderland on a government scholarship, with a placement at Nissan; his student visa ends in 2028. Mrs [[Muna
Al-Balushi|name]] (33; [[منى
البلوشي|name]]; she keeps her own family name, as Omani women do) was a primary teacher in [[Muscat|place]]. They
came to the UK in September 2024, first to a flat in [[Hendon|place]], then to [[Oxclose|place]] in May 2025. [[Muna|name]]'s mother,
[[Shamsa|name]], lives in [[Sur|place]] ([[صور|place]]); her sister [[Zainab Al-Balushi|name]] lives at [[Way 3015, House 27|address]],
[[Al Khuwair|place]], [[Muscat|place]] ([[مسقط|place]]), mobile [[+968 9231 4470|phone]], and talks with [[Muna|name]] daily.
[[Salim|name]]'s
brother [[Khalid|name]] is in [[Nizwa|place]]; his cousin [[Badr Al-Hinai|name]] studies in [[Newcastle|place]] and visits.

The incident of [[19 November|date]]. [[Salim|name]] accepts he slapped [[Hamad|name]] on the face after [[Hamad|name]] threw his
phone, the night before a deadline. He said: "In my house as a boy this was normal; I know now it is a crime here and it
is wrong." He was open, ashamed, and asked for a parenting course in Arabic. [[Aisha|name]], seen alone at school, said she
is "not scared of Baba", that he "shouts when he is tired" and that she looks after [[Maryam|name]] "when Mama is sleeping".
[[Hamad|name]], seen with the interpreter, drew his family and put his baby sister "with Jaddah" (grandmother) on a plane.

Mother. [[Muna|name]] scored 19 on the EPDS with the health visitor ([[Claire Brough|name]]) on [[25/11/2026|date]]; she
describes low mood since [[Maryam|name]]'s birth at Sunderland Royal, no sleep, and "the grey every day". No thoughts of harm to
the children. She has no friends here apart from [[Rasha Haddad|name]] and goes out only to school and the Galleries.

Analysis. One injury, accepted, with a clear explanation and real remorse; no history; warm and attentive parenting seen on
all visits; a mother with postnatal depression, isolated, and a 8-year-old doing too much. Outcome: no further s47 action;
Child in Need plan for 3 months: perinatal mental health (referral made [[27 November 2026|date]]); Arabic-speaking parenting
group at the Millfield Family Hub; a women's group at Washington Mosque; young carers' check for [[Aisha|name]]. Father's
email for letters: [[salim.alharthy@research.sunderland.ac.uk|email]]."""),
]
DOCS_C += [
    ("WhatsApp messages between sisters in Arabic with an interpreter's translation", """Shown to SW [[Owen Tait|name]] by Mrs
[[Al-Balushi|name]] on [[26/11/2026|date]] with her consent; Arabic typed by interpreter [[Layla Mansour|name]], English translation under
each.
Chat: "[[زينب|name]] 🌸" ([[Zainab|name]], [[+968 9231 4470|phone]]) and [[Muna|name]]. Voice notes summarised by the interpreter.

[[22/11/2026|date]], 21:03 - [[زينب|name]] 🌸: [[منى|name]] حبيبتي كيف [[حمد|name]]؟ أمي تسأل
  ([[Muna|name]] my dear, how is [[Hamad|name]]? Mum is asking)
[[22/11/2026|date]], 21:10 - [[Muna|name]]: بخير. [[سالم|name]] ما نام من الخوف
  (Fine. [[Salim|name]] has not slept from fear)
[[22/11/2026|date]], 21:12 - [[زينب|name]] 🌸: [voice note 0:48] (Says the police in [[Muscat|place]] would never come for a slap; says
  [[Muna|name]] should come home to [[صور|place]] with the children; their mother will pay the tickets; says Umm [[Salim|name]],
  his mother, "will not forgive him if they take the boy")
[[23/11/2026|date]], 07:40 - [[Muna|name]]: ما اقدر. فيزا [[سالم|name]] والمدرسة. والمرة من الشؤون الاجتماعية قالت ما بياخذون أحد
  (I can't. [[Salim|name]]'s visa and the school. And the woman from social services said they are not taking anyone)
[[23/11/2026|date]], 07:42 - [[زينب|name]] 🌸: تعالي في [[٢٠ ديسمبر|date]] مع [[عائشة|name]] و[[مريم|name]] على الأقل
  (Come on [[20 December|date]] with [[Aisha|name]] and [[Maryam|name]] at least)
[[24/11/2026|date]], 23:58 - [[Muna|name]]: [voice note 1:32] (Crying. Says she is tired "in her soul", that the nights are long
  in [[Washington|place]], that she misses the sea at [[Qurum|place]]; that only [[Rasha|name]] visits; asks [[Zainab|name]] to call their
  mother on the landline [[+968 2456 1183|phone]] because her credit has run out)
[[25/11/2026|date]], 06:15 - [[زينب|name]] 🌸: اتصلت بأمي. اتصلي بالدكتورة اليوم يا [[منى|name]]. الله يحفظكم
  (I called Mum. Call the doctor today, [[Muna|name]]. God keep you all)

Note by SW: [[Muna|name]] rang the GP on [[25 November|date]] and was seen the same day by Dr [[Joanna Pringle|name]]."""),
    ("Letter to parents after an assessment, with an Arabic summary", """Wearmere Council Children's Services
[[Washington|place]] Locality Team, Civic Centre, [[Washington|place]]
Our ref: CFA/26/04412

Mr [[Salim Al-Harthy|name]] and Mrs [[Muna Al-Balushi|name]]
[[9 Blackthorn Way|address]]
[[Oxclose|place]]
[[Washington|place]]
[[NE38 0LP|postcode]]

[[3rd December 2026|date]]

Dear Mr [[Al-Harthy|name]] and Mrs [[Al-Balushi|name]],

Assessment of [[Hamad|name]], [[Aisha|name]] and [[Maryam|name]]

Thank you for meeting me and Ms [[Mansour|name]] on [[21|date]], [[24|date]] and [[26 November|date]]. I have finished my assessment and
I am writing to tell you what it says and what happens next. A copy of the assessment is enclosed in English, and this letter
has a short summary in Arabic at the end, checked by Ms [[Mansour|name]].

I found that you love your children very much and that the slap on [[19 November|date]] was a single event that you have both
taken seriously. I also found that Mrs [[Al-Balushi|name]] is unwell with postnatal depression and needs help, and that
[[Aisha|name]] is doing more at home than an eight-year-old should.

What happens next: [[Hamad|name]], [[Aisha|name]] and [[Maryam|name]] will have a Child in Need plan. The first meeting is on
Tuesday [[15 December|date]] at 10:00 at [[Kingfisher|school]], with the school's Mrs [[Hindmarsh|name]], the health visitor
[[Claire Brough|name]] and an interpreter. If you travel to [[Muscat|place]] in December, please tell me the dates; you are free to go.
You asked about Mrs [[Al-Balushi|name]]'s sister, Ms [[Zainab Al-Balushi|name]]: I will not contact her unless you ask me to.

Yours sincerely,

[[Owen Tait|name]]
Social Worker     Tel [[0191 219 3365|phone]]     [[owen.tait@wearmere.gov.uk|email]]

ملخص: أكملت تقييم [[حمد|name]] و[[عائشة|name]] و[[مريم|name]]. لن تُتخذ إجراءات حماية. سيكون هناك خطة دعم، والاجتماع الأول يوم
[[١٥ ديسمبر|date]] في المدرسة.
- [[أوين تيت|name]]"""),
]


# --- D. Quayle / Kinvig family (Manx), Shiney Row, Houghton-le-Spring -----------------------------------------------------

HOME_D = d.Address("11 Grasswell Drive", "Shiney Row", "Houghton le Spring", "DH4 4QT")
NAN_D = d.Address("3 Mona Street", "", "Peel", "IM5 1AX")
DAD_D = d.Address("Flat 2, 14 Parliament Street", "", "Ramsey", "IM8 1AP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Breesha", "Kinvig")], dt.date(2020, 3, 26), addresses=[HOME_D], ids=["1464181721"],
       schools=["Brambles Primary Academy"]),
    _p("s", "sibling", [("Finlo", "Quayle")], dt.date(2016, 9, 14), addresses=[HOME_D], ids=["1563286661", "L394433714983"],
       schools=["Brambles Primary Academy"]),
    _p("m", "mother", [("Shona", "Quayle")], dt.date(1991, 11, 8), addresses=[HOME_D], phones=["07377 281 540"],
       ids=["SH 71 29 04 D"]),
    _p("f", "father", [("Darren", "Kinvig")], dt.date(1988, 4, 19), addresses=[DAD_D], phones=["07624 483 217"]),
    _p("g", "grandparent", [("Moira", "Quayle")], dt.date(1962, 1, 3), addresses=[NAN_D], phones=["01624 672 914"]),
], "c")

DOCS_D = [
    ("Transfer-in referral letter from another jurisdiction's children's services", """Children and Families Services
Department of Health and Social Care, Isle of Man Government
[[Ramsey|place]] Family Support Team, Town Hall, [[Ramsey|place]], Isle of Man

To: Initial Response Team, Wearmere Council, via secure email
[[9th October 2026|date]]

Dear colleague,

Re: [[Breesha KINVIG|name]] (DOB [[26/03/2020|dob]]) and [[Finlo QUAYLE|name]] (DOB [[14/09/2016|dob]]) - transfer of a child
protection case: mother [[Shona QUAYLE|name]] (DOB [[08/11/1991|dob]])

I am writing to let you know that the children and their mother left the Island on the Steam Packet to [[Heysham|place]] on
Tuesday [[6 October|date]] and are now, we understand, living at [[11 Grasswell Drive|address]], [[Shiney Row|place]], [[DH4 4QT|postcode]],
a property found for them by Ms [[Quayle|name]]'s cousin, [[Kirsty Teare|name]], who lives in [[Fence Houses|place]]. Ms [[Quayle|name]]'s
new mobile is [[07377 281 540|phone]].

The children have been subject to a child protection plan in our jurisdiction since [[3 March 2026|date]] under the category of
emotional harm, because of domestic abuse by [[Breesha|name]]'s father, Mr [[Darren Kinvig|name]] ([[19 April 1988|dob]]), of [[Flat 2,
14 Parliament Street|address]], [[Ramsey|place]] [[IM8 1AP|postcode]] (mobile [[07624 483 217|phone]]). There is a non-molestation
order made by the Summary Court on [[12/08/2026|date]], which we understand has no force in England; Ms
[[Quayle|name]] has been advised to seek an order from the Family Court.

Mr [[Kinvig|name]] breached the order on [[27 September|date]] by waiting outside the children's school, [[Ballacottier Primary|school]] in
[[Onchan|place]], and sending [[Finlo|name]] messages through a game. The Isle of Man Constabulary (PC [[Rhys Cregeen|name]] 219)
have a crime open. He has family in [[Sunderland|place]] (a brother, [[Lee Kinvig|name]], [[Pennywell|place]]) and says he will find them.

The maternal grandmother, Mrs [[Moira Quayle|name]], [[3 Mona Street|address]], [[Peel|place]] [[IM5 1AX|postcode]], tel
[[01624 672 914|phone]], is protective and in daily contact. [[Finlo|name]] is close to his uncle, [[Douglas Quayle|name]] of
[[Port Erin|place]], a fisherman.

Our case records, the conference minutes of [[3/3/26|date]] and [[2/6/26|date]] and the plan are attached. Please contact me on
[[+44 1624 686 279|phone]] or [[c.kneale@gov.im|email]].

Yours faithfully,
[[Catriona Kneale|name]]
Senior Social Worker"""),
]
DOCS_D += [
    ("Chronology of significant events on a transferred case", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Breesha Kinvig|name]] and
[[Finlo Quayle|name]]
Compiled by [[Ben Liddle|name]], SW, [[Houghton|place]] Locality Team, from Isle of Man records and our own. Last updated
[[01/12/2026|date]].

Date         | Event | Source | Impact on the children
[[14/09/2016|date]]   | [[Finlo|name]] born at Noble's Hospital; father [[Stuart Cain|name]] (no contact since 2018, lives in
[[Castletown|place]]) | IoM | -
2019         | [[Shona|name]] and [[Darren Kinvig|name]] begin a relationship; move to [[Laxey|place]] | IoM | -
[[26/03/2020|date]]   | [[Breesha|name]] born (first lockdown) | IoM | -
Nov 2023     | First police call, [[Laxey|place]]: [[Darren|name]] "put his hand round [[Shona|name]]'s throat"; NFA | IoM Constabulary |
[[Finlo|name]]
             | (7) hid [[Breesha|name]] in the bathroom |  |
[[02/01/2025|date]]   | Move to [[Douglas|place]] ([[Pulrose|place]] estate) after [[Darren|name]]'s remand; he is released on
[[18.04.25|date]] | IoM | -
[[3 Mar 2026|date]]   | ICPC; CP plan, emotional harm | IoM minutes | -
[[12 Aug 2026|date]]  | Non-molestation order (IoM) | court | -
[[27 Sept 2026|date]] | Breach at [[Ballacottier|school]] school gate; messages to [[Finlo|name]] in Fortnite | IoM police |
[[Finlo|name]] frightened
[[6 Oct 2026|date]]   | Family leave the Island by ferry to [[Heysham|place]], then by train to [[Sunderland|place]] | letter | -
[[09/10/2026|date]]   | Transfer-in letter received | [[C. Kneale|name]] | -
[[16/10/2026|date]]   | Children start at [[Brambles Primary Academy|school]]; [[Finlo|name]] Y6, [[Breesha|name]] Y1 | school | settling
[[22/10/2026|date]]   | Transfer-in conference; CP plan continued (emotional harm); chair [[Margaret Ilderton|name]] | minutes | -
[[04/11/2026|date]]   | Unknown man asks for "the Manx lass" at [[Shiney Row|place]] Co-op; staff member [[Dawn Hetherington|name]] calls
police | police | -
[[05/11/2026|date]]   | [[Lee Kinvig|name]] seen in a car outside [[Brambles|school]]; [[Finlo|name]] recognises his "uncle"; car
[[NU16 KWB|vehicle]] | school/police | fear
[[20/11/2026|date]]   | Non-molestation order made at Sunderland County Court (without notice) | court | -
[[28/11/2026|date]]   | Voicemails from [[Darren|name]] to [[Shona|name]] (see transcript) | mother | distress
[[1 Dec 2026|date]]   | Grandmother [[Moira Quayle|name]] arrives from [[Peel|place]] to stay for a month | mother | comfort"""),
]
DOCS_D += [
    ("Voicemails transcribed by a mother's support worker", """Transcribed by [[Aoife Brennan|name]], IDVA, Wearside Women in Need, from
[[Shona Quayle|name]]'s phone on [[30 Nov 2026|date]].
Caller shows as "DONT ANSWER" ([[07624 483217|phone]], a Manx mobile). Bad language kept because it is evidence. [inaudible] = could not
hear.

VM 1 - Sat [[28/11|date]] 21:14 (0:41)
"[[Shona|name]]. [[Shona|name]] pick up. I know you're in [[Shiney|place]], our [[Lee|name]] seen the bairn- seen [[Breesha|name]] going
in the school with her little Manx flag bag. You think you can just take my daughter across the water. I'll be over on
the boat Monday, I'll be at your mam's first, tell [[Moira|name]] that."

VM 2 - Sat [[28/11|date]] 22:02 (1:10)
"Sorry. Sorry babe, I'm not, I didn't mean it. I've been to see Dr [[Kelly|name]]... I've stopped the drink. Put [[Fin|name]] on,
let me speak to [[Finlo|name]], he's my boy as well whatever [[Stuart|name]] says. I rang [[Kirsty|name]] and she hung up on me. I
just want to see [[Bree|name]] for Christmas. Bring her to [[Douglas|place]] for the Christmas lights, I'll pay. Ring me on me
mam's, [[01624 815 402|phone]]."

VM 3 - Sun [[29/11|date]] 01:37 (0:22)
"You're dead. You and the [inaudible]. [[Seaham|place]], [[Sunderland|place]], I don't care, I'll find the house. [[Lee|name]]'s got a
mate on [[Grasswell|address]]."

Notes: "our [[Lee|name]]" = [[Lee Kinvig|name]], his brother, [[Pennywell|place]]. [[Kirsty|name]] = [[Kirsty Teare|name]], the cousin.
"[[Grasswell|address]]" = the street, [[Grasswell Drive|address]]. Reported to police [[30/11/2026|date]], ref 260 301126; breach of the
English order."""),
]
DOCS_D += [
    ("A child's own all-about-me worksheet, typed up with her spelling", """[Typed up by [[Ben Liddle|name]], SW, from [[Breesha|name]]'s
worksheet done with her at [[Brambles|school]] on [[25.11.26|date]].
Her spelling kept. Her drawings described in square brackets.]

ALL ABOUT ME AND MY WORLD

My name is: [[breesha|name]] [[kinvig|name]]  and I am 6
I live in: [[shiny row|place]] in a hows with a red door. Before I livd in [[dugliss|place]] on the iland.
[drawing: a boat with three funnels, a cat with no tail ("manx cat!!")]

People in my famly:
mammy - [[shona|name]]
my bruther [[finlo|name]] (he is 10 and sumtimes ses [[fin|name]])
my nanny [[moira|name]] in [[peel|place]] - her dog is calld Sooty
uncle [[dougie|name]] - he has a big boat
my dady [[darren|name]] - [drawing of a man, coloured in black, then crossed out]
[[kirsty|name]] she is mammys cusin

My best frends: [[Isla|name]] and [[Poppy-Rae|name]] at my new school and [[Aalin|name]] at my old school

Things that make me happy: the park at [[penshaw|place]] with the big monument, nanny comeing, Mrs [[Dunn|name]] my teacher
Things that worry me: when dady shouts on the fone. a man in a car by the school. [[finlo|name]] crying in bed

If I had 3 wishes: 1 go to nannys for crismas  2 a kitten  3 dady is kind

[SW note: Sooty is nanny's dog. "uncle [[dougie|name]]" is [[Douglas Quayle|name]].]"""),
]


# --- E. Robson / Hope family (white British), Penshaw: kinship care with grandparents ------------------------------------

HOME_E = d.Address("8 Cross Street", "Penshaw", "Houghton le Spring", "DH4 7HJ")
MUM_E = d.Address("HMP Low Newton", "Brasside", "Durham", "DH1 5YA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Harper", "Robson")], dt.date(2019, 1, 22), addresses=[HOME_E], ids=["6367514481"],
       schools=["Wearview Primary School"]),
    _p("s", "sibling", [("Chester", "Robson")], dt.date(2014, 5, 30), addresses=[HOME_E], ids=["5017630465", "W394452916292"],
       schools=["Lambton Vale Academy"]),
    _p("m", "mother", [("Stacey", "Robson")], dt.date(1996, 8, 11), addresses=[MUM_E], ids=["JL 63 08 52 C"]),
    _p("f", "father", [("Brad", "Hope")], dt.date(1994, 3, 2), phones=["07946 513 872"]),
    _p("g", "grandparent", [("Pauline", "Robson")], dt.date(1968, 10, 4), addresses=[HOME_E], phones=["07766 340 118"]),
    _p("g2", "grandparent", [("Keith", "Robson")], dt.date(1965, 2, 17), addresses=[HOME_E], phones=["0191 385 6620"]),
], "c")

DOCS_E = [
    ("Kinship carer viability assessment", """KINSHIP CARE - VIABILITY ASSESSMENT (connected persons, Regulation 24)
Children: [[Harper Robson|name]] (DOB [[22/01/2019|dob]], NHS [[636 751 4481|nhs]]) and [[Chester Robson|name]] (DOB [[30/05/2014|dob]],
UPN [[W394452916292|upn]]). Proposed carers: [[Pauline Robson|name]] (b. [[04/10/1968|dob]]) and [[Keith Robson|name]]
(b. [[17/02/1965|dob]]), maternal grandparents, [[8 Cross Street|address]], [[Penshaw|place]], [[DH4 7HJ|postcode]].
Assessor: [[Rachael Ord|name]], Kinship Team. Visits: Fri [[6 Nov|date]], Wed [[11 Nov|date]], Mon [[16 November 2026|date]].

Background. The children came to the grandparents as an emergency on the night of [[4 November 2026|date]] when their mother,
[[Stacey Robson|name]] (30), was arrested at her flat in [[Fatfield|place]] and remanded to HMP Low Newton the next day. [[Harper|name]]'s
father, [[Brad Hope|name]], lives in [[Gateshead|place]] ([[Felling|place]]) and has asked for her to live with him; [[Chester|name]]'s
father, [[Jamie Spoor|name]], died in 2020. [[Chester|name]] has been at his grandparents' most weekends since he was small.

The carers. [[Pauline|name]] (58) is a school cook at [[Wearview|school]], [[Harper|name]]'s school; [[Keith|name]] (61) retired
from the pit at 30, then drove for Go North East for 25 years; he has COPD. They have lived in [[Penshaw|place]] since 1991, near
the monument, in a three-bed terrace; [[Chester|name]] has the back bedroom and [[Harper|name]] shares with [[Pauline|name]] for now.
Their other daughter, [[Hope Robson|name]] (27; named, [[Pauline|name]] says, "before we ever heard of [[Brad|name]]"), lives in
[[Chester-le-Street|place]] and helps with school runs.

Checks: DBS clear for both (enhanced, [[13/11/2026|date]]); police: [[Keith|name]] a drink-drive caution in 1998; LA: none; GP (Dr
[[Sen|name]], Penshaw Medical Practice): [[Keith|name]]'s COPD is stable. Neighbour reference from Mrs [[Olive Bainbridge|name]] at
[[no. 10|address]]: "they've brought half the street's bairns up".

Analysis. Strong, warm bond; stable home; they have protected the children from [[Stacey|name]]'s drug use for years. Concerns:
[[Keith|name]]'s health; space; [[Pauline|name]]'s wish to "tell [[Brad|name]] where to go" - she will need help to support
[[Harper|name]]'s time with her dad. Recommendation: VIABLE - proceed to full assessment (Form C); temporary approval under
Regulation 24 from [[16/11/2026|date]] for 16 weeks."""),
]
DOCS_E += [
    ("Family group conference family plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Chester|name]] and [[Harper|name]]     Held: Saturday [[21st November 2026|date]], 11:00-15:30, Penshaw Community Centre (lunch by
[[Pauline|name]])     Coordinator: [[Jodie Stoddart|name]] (independent FGC service)     Referrer: [[Rachael Ord|name]], Kinship Team

Who came: Nana [[Pauline|name]] and Grandad [[Keith|name]]; Auntie [[Hope|name]] and her partner [[Liam Carr|name]]; [[Chester|name]] (for
the first hour and the end); [[Harper|name]]'s dad [[Brad|name]] and his mam, [[Tracey Hope|name]], from [[Felling|place]]; great-aunt
[[Irene Scott|name]] from [[Shiney Row|place]]; family friend [[Gary "Gaz" Lister|name]]. [[Stacey|name]] joined by video link from
Low Newton for 40 minutes. Professionals for the information-giving part only: [[Rachael Ord|name]]; [[Chester|name]]'s head of year
Mr [[Deniz Aksoy|name]] ([[Lambton Vale|school]]).

What [[Chester|name]] said (he wrote it with his advocate [[Kerry-Ann Swales|name]]): "I want to stay at Nana and Grandad's. I want
[[Harper|name]] to stay with me. I don't mind her going to [[Brad|name]]'s on Saturdays. I want to see Mam but not in the jail.
I want to keep going to the football at [[Herrington|place]] with Grandad and [[Gaz|name]]."

OUR PLAN
1. Where the children live: with Nana and Grandad at [[8 Cross St|address]]. [[Hope|name]] will do Tuesday and Thursday school runs
   (she finishes at 2 in [[Chester-le-Street|place]]).
2. Time with dad: [[Harper|name]] with [[Brad|name]] every Saturday 10-5, at his house in [[Felling|place]] or at [[Tracey|name]]'s;
   [[Brad|name]] picks up and drops off. [[Brad|name]]'s number for the family: [[07946 513 872|phone]].
3. Mam: letters and video calls through the prison; a visit when [[Stacey|name]] is settled, [[Irene|name]] to take the children.
4. Help for Grandad: [[Gaz|name]] will do the big shop Fridays; [[Liam|name]] will sort the box room into a bedroom for [[Harper|name]]
   before Christmas - [Coordinator: the family asked for a date; they agreed "by [[19 December|date]]".]
5. If things go wrong: ring [[Hope|name]] first ([[07508 627 491|phone]]), then [[Irene|name]] ([[0191 512 4096|phone]]).
Review FGC: [[27 February 2027|date]].

FAMILY NETWORK (who said they would help, with the numbers they gave)
[[Pauline|name]] and [[Keith Robson|name]] - [[8 Cross Street|address]], [[Penshaw|place]] - [[07766 340 118|phone]] /
[[0191 385 6620|phone]]
[[Hope Robson|name]] and [[Liam Carr|name]] - [[Chester-le-Street|place]] - [[07508 627 491|phone]]
[[Brad Hope|name]] - [[Felling|place]] - [[07946 513 872|phone]]; his mam [[Tracey Hope|name]], same street
[[Irene Scott|name]] - [[Shiney Row|place]] - [[0191 512 4096|phone]]
[[Gaz Lister|name]] - [[Philadelphia|place]] - "ask [[Keith|name]], he's always at ours"
Next of kin if the carers are ill: [[Hope|name]], then [[Irene|name]]. Signed by all on [[21.11.2026|date]]; [[Chester|name]] signed
too."""),
]
DOCS_E += [
    ("Text messages between a grandmother and the kinship social worker, typed up", """SMS log, work mobile of [[Rachael Ord|name]]
(Kinship Team), with [[Pauline Robson|name]] ([[07766 340 118|phone]]), typed up [[02/12/2026|date]].

[[23/11/2026|date]] 08:12 [[Pauline|name]]: Morning pet. [[harper|name]] has nits again and [[chester|name]] has lost his blazer. Will u
still come
wed? [[Keith|name]] has his chest clinic at the royal at 10
[[23/11/2026|date]] 08:30 [[Rachael|name]]: Morning [[Pauline|name]]! Yes Wed 2pm is fine. Fingers crossed for [[Keith|name]]'s
appointment x
[[25/11/2026|date]] 19:48 [[Pauline|name]]: [[brad|name]] brought her back at 7 not 5 and she had no coat on. his mam [[tracey|name]] was
drunk in the car i could smell it
[[25/11/2026|date]] 19:50 [[Pauline|name]]: sorry its wednesday not sat he had her for her birthday tea
[[25/11/2026|date]] 20:05 [[Rachael|name]]: Thanks for telling me. Is [[Harper|name]] ok? Was [[Brad|name]] driving?
[[25/11/2026|date]] 20:09 [[Pauline|name]]: ye [[brad|name]] drove. [[harper|name]] fine just tired. she says nana [[tracey|name]] was
"silly"
[[28/11/2026|date]] 11:31 [[Pauline|name]]: [[stacey|name]] rang from the jail. she wants the kids at the visit on the [[12th|date]].
[[irene|name]] will take them
on the 56 bus to [[durham|place]]. is that allowed
[[28/11/2026|date]] 11:45 [[Rachael|name]]: Yes - I'll check the visit is booked. Is [[Irene|name]] ok to take both?
[[28/11/2026|date]] 11:47 [[Pauline|name]]: ye she's a diamond. oh and [[chester|name]] got a detention off mr [[aksoy|name]] for fighting
a lad called [[kai|name]] who said his mam was a smackhead 😢
[[01/12/2026|date]] 16:02 [[Pauline|name]]: form C pages done except the money bit. [[keith|name]] says ta for the dla forms
[[01/12/2026|date]] 16:03 [[Pauline|name]]: ps [[hope|name]] passed her driving test!!
so she can do thursdays in her car now [[NX20 JVO|vehicle]] lol"""),
]
DOCS_E += [
    ("Social worker's note typed fast on a phone after a call", """quick note typed on phone in car, to tidy up. RO [[3/12|date]] 17:40

call from [[brad hope|name]] 17:05 (his mob [[07946513872|phone]]) v angry. says [[harper|name]] told him grandad [[keith|name]] "fell
asleep in the chair and wouldnt wake up" sun night & she had to get [[chester|name]]. [[brad|name]] says [[keith|name]]'s "on oxygen
and cant look after a 7 yr old" + wants her to live w him in [[felling|place]] "from xmas". says he's going to a solicitor ([[Shah|name]] &
Co, [[gateshead|place]]) for a CAO.
rang [[pauline|name]] 17:20 - she says [[keith|name]] had a bad night with his chest sun [[29th|date]], dozed, [[harper|name]] couldnt
wake him
for 1 min, [[chester|name]] came down, [[keith|name]] fine. no ambulance. she was at [[irene|name]]s in [[shiney row|place]] for an hour
(first time out in weeks) - [[chester|name]] (12) was in charge. GP appt for [[keith|name]] tmrw [[4 dec|date]].
also: [[stacey|name]]'s probation officer [[Lyndsey Craik|name]] rang [[pauline|name]] re a possible HDC address at
[[Flat 6, Abbey Court|address]], [[Fatfield|place]] in Feb!! [[pauline|name]] v worried.

to do: 1) tell TM [[Sandra McKie|name]] 2) home visit fri [[4/12|date]] after school 3) ask GP re
[[keith|name]] 4) letter to [[brad|name]] re legal advice + FGC plan 5) check HDC address w probation [[Durham|place]] office"""),
]


# --- F. Dixon / Summerbell family (white British), Newbottle, Houghton-le-Spring ------------------------------------------

HOME_F = d.Address("52 Houghton Road", "Newbottle", "Houghton le Spring", "DH4 4EF")
DAD_F = d.Address("Calle Gerona 14, 3B", "", "Benidorm", "03503")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Dixon")], dt.date(2011, 7, 6), addresses=[HOME_F], ids=["7907171040", "K394452020499"],
       schools=["Hollins Ridge Academy"]),
    _p("s", "sibling", [("Alfie", "Summerbell")], dt.date(2019, 11, 13), addresses=[HOME_F], ids=["7450798190"]),
    _p("m", "mother", [("Nicola", "Dixon")], dt.date(1987, 5, 25), addresses=[HOME_F], phones=["07852 190 364"],
       emails=["nicola.dixon87@hotmail.co.uk"]),
    _p("f", "stepfather", [("Gary", "Summerbell")], dt.date(1984, 9, 9), addresses=[HOME_F], phones=["07415 728 093"]),
    _p("f2", "father", [("Martin", "Dixon")], dt.date(1983, 2, 28), addresses=[DAD_F], phones=["+34 611 482 937"]),
], "c")

DOCS_F = [
    ("Liaison psychiatry letter after an emergency department attendance", """Children and Young People's Liaison Psychiatry, Sunderland
Royal Hospital

To: Dr [[Helen Raine|name]], Grangewood Surgery, [[Houghton-le-Spring|place]]
cc: [[Nicola Dixon|name]] (mother); [[Hollins Ridge Academy|school]] DSL; [[Houghton|place]] Locality Team (with consent)

[[27/11/2026|date]]

Patient: [[Brooke DIXON|name]]   DOB: [[06/07/2011|dob]]   NHS No: [[790 717 1040|nhs]]
Address: [[52 Houghton Road|address]], [[Newbottle|place]], [[Houghton le Spring|place]], [[DH4 4EF|postcode]]

Dear Dr [[Raine|name]],

[[Brooke|name]], 15, was brought to the Emergency Department by ambulance at 01:20 on [[26th November 2026|date]] after taking
about 16 paracetamol and 8 ibuprofen at home at about 23:00. Her stepfather, Mr [[Gary Summerbell|name]], found her being sick in
the bathroom. Paracetamol level at 4 hours was below the treatment line; no NAC needed. Medically fit on [[26/11|date]] at 14:00.

I saw [[Brooke|name]] alone and then with her mum. [[Brooke|name]] said she took the tablets after "everything kicked off" on a
group chat at school, where a boy, [[Kian|name]], shared a picture of her that she had sent him in confidence. She said "the whole
of year 11 has seen it". She has been cutting her thighs since about June. She said her real dad, [[Martin Dixon|name]], who lives in
[[Benidorm|place]], "doesn't ring any more" since his new baby. She gets on well with [[Gary|name]] and loves her little brother
[[Alfie|name]] (7). She did not want to die "exactly", she wanted "it all to stop". No plan now; she agreed a safety plan.

Mum, [[Nicola|name]], was shocked; she did not know about the picture or the cutting. Mum has asked the school and police to act
about the image.

Plan: CAMHS Crisis follow-up within 72 hours ([[Sunderland|place]] CAMHS, [[Doxford Park|place]] base); Kooth and the safety plan; all
medicines locked away; mum to remove the image with help from Report Remove. Safeguarding referral made for the image-sharing,
to the MASH on [[26/11/2026|date]].

Yours sincerely,
Dr [[Ngozi Oduya|name]], Consultant Child and Adolescent Psychiatrist, and [[Liam Reay|name]], CAMHS Liaison Nurse"""),
]
DOCS_F += [
    ("School letter to a parent about a pastoral support plan", """[[HOLLINS RIDGE ACADEMY|school]]
Pastoral and Safeguarding Team
Tel [[0191 584 7720|phone]]

Mrs [[N. Dixon|name]]
[[52 Houghton Road|address]]
[[Newbottle|place]]
[[DH4 4EF|postcode]]

Friday [[4 December 2026|date]]

Dear Mrs [[Dixon|name]],

[[Brooke Dixon|name]], Year 11, tutor group 11SB - Pastoral Support Plan

Thank you for coming in with [[Brooke|name]] and Mr [[Summerbell|name]] on [[1st December|date]]. As we agreed, this letter sets out
the support [[Brooke|name]] will have for the rest of this term and into the next.

1. [[Brooke|name]] will have a named adult, Ms [[Tasha Elliott|name]] (pastoral lead), and a pass to use the Hub at any time.
2. She will do a reduced timetable until [[18 December|date]], then full time from [[5 January 2027|date]], mocks permitting.
3. The student who shared the image has been dealt with under our behaviour policy and the matter is with Durham and Wearside
   Police (PC [[Amber Lawson|name]], [[Houghton|place]] neighbourhood team, crime no. 26/118420). We cannot tell you the sanction. Three
   other students who forwarded the image have been spoken to with their parents.
4. Ms [[Elliott|name]] will check in with you by phone every Monday on [[07852 190 364|phone]], as you asked.
5. [[Brooke|name]] has asked that her friends [[Millie|name]] and [[Jess Tarn|name]] can sit with her at lunch in the library; we have
agreed.

If you are worried about [[Brooke|name]] in the evenings, please use the CAMHS crisis line on the safety plan.

Yours sincerely,

[[Andrew Purvis|name]]
Deputy Headteacher and Designated Safeguarding Lead"""),
]
DOCS_F += [
    ("A girl's diary pages, photographed and OCR'd by her mother", """[Mother's email attachment "brooke diary.jpg", 3 photos, OCR'd by
the MASH business support on [[30.11.2026|date]]. OCR errors
kept; line breaks as the page. Shared by [[Nicola Dixon|name]] with [[Brooke|name]]'s agreement.]

Sun [[15th nov|date]]
[[kian|name]] messaged again. he says im the only one he talks
to proper. he wants a pic "just for him". [[millie|name]] says
dont but [[millie|name]] has never had a lad. i said maybe.

thurs [[19th|date]]
i sent it. i feel sick. he said its deleted. he said
it's deleted !!!

sat [[21st|date]]
went to nanas in [[Fence-
houses|place]] w [[alfie|name]]. nana [[june|name]] made a panacklty (spelling)
and we watched strictly. best day in ages. dad didnt
ring again. his new baby is called [[Sofía|name]], i seen
it on facebook. [[martin|name]] and [[carla|name]] 💕 barf

tues [[24th nov|date]]
EVERYONE has it. [[kian|name]] sent it to [[deano|name]] and [[deano|name]]
put it on the yr 11 gc. [[jess|name]] screenshotted who
had seen it. 40 people. i cant go in tmrw. i want to
disappear. [[gary|name]] asked if im ok i said ye.

wed [[25th|date]]
didnt go in. said i had period pains. mam at work.
if i just took enough to sleep for a week

[page torn]"""),
    ("Email chain between a mother, a father abroad and the social worker", """From: [[Nicola Dixon|name]]
<[[nicola.dixon87@hotmail.co.uk|email]]>
Sent: [[02 December 2026|date]] 21:47
To: [[martin.dixon.bdm@gmail.com|email]]
Cc: [[Sofia Pollard|name]] <[[sofia.pollard@wearmere.gov.uk|email]]>
Subject: [[Brooke|name]]

[[Martin|name]],
I've copied in [[Brooke|name]]'s social worker [[Sofia|name]] because I'm not doing this on my own any more. Your daughter took an
overdose last week. I rang you 4 times on [[+34 611 482 937|phone]] and your landline [[+34 965 86 42 17|phone]]. [[Carla|name]] answered
once and said you were "at work". [[Brooke|name]] asks about you. Ring her. Her mobile is [[07397 046 215|phone]].
[[Nicola|name]]

From: [[Martin Dixon|name]] <[[martin.dixon.bdm@gmail.com|email]]>
Sent: [[03/12/2026|date]] 08:15
To: [[Nicola Dixon|name]]; [[Sofia Pollard|name]]
Subject: RE: [[Brooke|name]]

[[Nic|name]] i didnt know, [[Carla|name]] never said. ive been working on the bars at the Levante end all hours since
[[Sofía|name]] was born. im coming over. Flying [[Alicante|place]] to [[Newcastle|place]] on the [[12th|date]] with Jet2, staying at my
brothers [[Kev|name]] in [[Penshaw|place]]. can i see her.
To the social worker - my address here is [[Calle Gerona 14, 3B|address]], [[03503|postcode]] [[Benidorm|place]], i have PR, i am on
her birth certificate. [[Martin|name]]

From: [[Sofia Pollard|name]]
Sent: Thu [[3 Dec 2026|date]] 10:02
To: [[Martin Dixon|name]]; [[Nicola Dixon|name]]
Subject: RE: RE: [[Brooke|name]]

Dear Mr [[Dixon|name]] and Ms [[Dixon|name]],
Thank you both. Mr [[Dixon|name]], yes, you have parental responsibility and I would like to meet you while you are here; please
ring me on [[07868 215 903|phone]]. I will
also ask [[Brooke|name]] what she wants; she is 15 and her wishes matter a great deal here.

Kind regards, [[Sofia Pollard|name]], Social Worker, [[Houghton|place]] Locality Team"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 126 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 13:40 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "mammy", "dad", "daddy", "dady", "aunty", "auntie", "uncle", "mama", "papa", "baba",
           "jaddah", "umm", "abu", "madam", "tm", "sw", "hv", "great-aunt", "أم", "خالتي"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "county durham", "durham county",
               "tyne and wear", "wearside", "the north east", "north east", "tyneside", "isle of man", "the island", "the iland",
               "iland", "oman", "sultanate of oman", "عمان", "spain", "costa blanca", "europe", "the gulf"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words ("Umm Salim", "Grandad Ray",
# "Nana Pauline", "uncle dougie", "TM Sandra McKie", "أم") and counties, regions and countries ("Isle of Man", "Oman",
# "County Durham", "Wearside", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
