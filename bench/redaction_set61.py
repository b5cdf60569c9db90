"""Set 61: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set58.py, redaction_set59.py and redaction_set60.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here: set
21's module docstring, its first family's record and first document, and its closing word lists, checker wiring and last
document's end; its other documents were not read), most of tests/test_redaction_set25.py (the form of its size test and checks),
the module docstrings of bench/redaction_set7.py to bench/redaction_set57.py, printed on their own and searched only for the names
of towns, districts and communities already used (no set's body was read or searched), the `_party`, `Records`, `HandSet`,
`word_problems` and `_parse` helpers of bench/redaction_handwritten.py (its first record and documents were seen in passing), and
the ruff settings in pyproject.toml. Set 15's checker was run, not read. Phone numbers were checked with the phonenumbers library
and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it
is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in Oxfordshire and Berkshire, each from a town, district or estate no earlier set (7 to 57) used as a family's home.
Four of the kinds most common in children's social care: a young white British mother, her partner and two children on the
Ladygrove estate in Didcot, with a grandmother in Sutton Courtenay and a boy's father in Wantage (Coxon / Paddick / Mayhew; a girl
of 2 bitten on the face by her father's XL bully type dog with no exemption certificate, drinking and arguments, a nicotine pouch
swallowed, neighbours who had complained, a grandmother offering to help), a white British couple in a block of flats at Greenham,
Newbury, with a grandfather in Thatcham and an aunt in Kintbury (Vokins / Tull; a baby of 8 weeks with posterior rib fractures, a
metaphyseal lesion and a torn frenulum, a father who "might have held him too tight", a mother who believes him, a letter before
proceedings), a white British single father on Madley Park in Witney, with the children's mother in prison and a grandmother in
Ducklington (Pinnock / Dacey; a girl of 13 missing for two nights in Blackbird Leys with a young man she met on Snapchat, a shop
owner who refused to sell him vodka, a girl minding her brother after school) and a Ghanaian family on the Norreys estate in
Wokingham privately fostering a cousin of 14 from Kumasi (Asante / Mensah; a late notification, an expiring visitor visa, a
passport kept by the carers, housework over the summer, hair braiding for money, a lodger, a mother in Ghana who sends voice
notes). Two from communities no earlier set used: a Tongan Army family in service family housing at Shippon, Abingdon, by Dalton
Barracks, with a grandmother in Nuku'alofa and a cousin in Auckland (Taufa / Fifita; belt marks on a boy of 9 seen in PE, a father
back from Estonia who moves into the barracks, a Free Wesleyan congregation, a mother afraid the Army will discharge him) and a
Sindhi Hindu family in Furze Platt, Maidenhead, with a grandmother in Ulhasnagar and an aunt in Dubai (Lalwani; a girl of 15 who
cares for her father with progressive multiple sclerosis and began cutting herself when her grandmother went home, a young carer's
needs assessment, names in Devanagari on a grandmother's card). 24 documents, of types no earlier set used or in styles new to
these sets: a children's emergency department's referral after a dog bite, a neighbourhood app (Nextdoor) thread copied into the
file, an initial child protection conference report, a grandmother's handwritten letter scanned and OCR'd (with its misreadings),
a primary school safeguarding log export (with a corrected entry), an Army unit welfare officer's email chain, strategy discussion
minutes, a Facebook Messenger chat in Tongan and English with an interpreter's note, a CAMHS assessment letter, a young carer's
needs assessment form, a girl's phone notes typed up by her (with Devanagari), a chronology table, a child protection medical
report, a police summary of a suspect interview (MG15), a health visitor's notes typed fast on a phone, a letter before
proceedings, a return home interview, Snapchat chats from a police phone extract, a shopkeeper's handwritten witness statement
(MG11), child in need review minutes, a scanned private fostering notification form, a private fostering assessment visit note,
WhatsApp voice notes from Ghana transcribed and translated from Twi, and a Pentecostal pastor's letter of support.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers; the Ghanaian digital address is invented). Phone numbers are valid
numbers (checked with the phonenumbers library), UK and foreign (Tonga, New Zealand, India, the United Arab Emirates, Ghana); NHS
numbers and UPNs (the right LA number for the area: 931, 868, 872) pass their check digits; NI numbers have a valid format.
Councils are invented (Ock Valley, Bray Reach, Kennet Vale, Windrush, Loddon), and so are the solicitors (Kennet Law, Kirby &
Haslam), the Leys Convenience Store and the Tongan and Ghanaian congregations' details; towns, districts, estates, villages, real
schools, hospitals, surgeries, NHS bodies, police forces, barracks, prisons, firms, brands, apps, games and laws are real or
realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, ranks, roles and
kinship words stay outside the name span, before or after it (Mr, Mrs, Ms, Dr, DC, DS, PC, Cllr, Sister, Nurse, Cpl, LCpl, WO2,
Maj, Rev, Pastor, Elder, Deaconess, Bro., Sis., Brother, Auntie, Uncle, Nan, Nana, Kui, madam; "[[Sunil|name]] mama",
"[[Pooja|name]] phuphi", "[[Rhea|name]] beta", "[[जमुना|name]] दादी"); every person's name is a name in every form, record or not;
"SURNAME, First" is one span ("PADDICK, Poppy", "TAUFA, Viliami", "LALWANI, Rhea", "TULL, Reece James", "PINNOCK, Kenzie"), and so
is "First SURNAME" and an initial with a surname; a name broken by a line break is one span holding the break, and so is an
address, a place, a school or a date; usernames ("leyzboi_ox4", "kenz.p.x", "lilyrose_ak") are not marked, but a display name that
is a person's plain name or nickname is ("Dyl", "Gaz", "Kyron", "Lily-Rose"); a family name in an Army rank ("Cpl TAUFA") is a
name. A street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and
so is a neighbour's bare house number ("no. 12", "no. 15", "16") and an address abroad; a block's name is an address ("Kestrel
House"); towns, districts, estates, villages and suburbs are places, at home or abroad ("Ladygrove", "Shippon", "Furze Platt",
"Mangere", "Asafo", "Ulhasnagar", "Bekwai"), and so are local short forms ("the leys", "blackbird"); countries, counties and
regions are not ("Oxfordshire", "Berkshire", "South Gloucestershire", "Tonga", "Ghana", "India", "Estonia"); organisations and
landmarks are not marked even when they hold a town's or a person's name ("Reading Buses", "Uni of Reading", "Wokingham Medical
Centre", "Cookham Road Surgery", "Falkland Surgery", "Loddon Valley Police Station", "Wexham Park Hospital", "HMP Eastwood Park",
"Dalton Barracks", "St George's Barracks", "Ladygrove Pavilion", "Leys Convenience Store", "Thames Valley Park", "the Kassam",
"Heathrow", "Asafo market", "Kejetia market"), while a service or team named by its town marks the town ("Abingdon assessment
team", "CAIU Abingdon", "Newbury East 0-19 team", "Witney library"); a school's name and short form is a school ("Dunmore",
"Forest", "Furze Platt Senior", "Wesley Girls", "St Louis JHS"); a date of birth is dob, any other calendar date with a day is
date (a weekday before it stays outside), months and years alone are not marked ("March 2023", "November 2025"); helplines and
101/999 are not marked; pets' names (Tank, Biscuit) are not names; a firm named after people marks only the names
("[[Blandy|name]] & [[Blandy|name]]").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a kinship word in another
language is not a name even where a record mistook it for one (Tongan "Fa'e"/"fa'e", mother, and "Kui", grandparent; Twi "Nana",
grandparent, kept outside "Nana [[Afua|name]]"; Hindi and Sindhi "Dadi", "दादी"); a name that is also a word is marked when it
names a person ("Blessing", "Precious", "Comfort", "Nhyira", "Low", "Dawn", "Shaw" as a village) and the word is not ("a
blessing", Twi "nhyira" for bless, "mother low", "Rose" named in an interpreter's note only as the English form of a name); OCR
misreadings keep their kind ("A1fie", "She1by", "Sutton Courtney"); a neighbourhood label in an app ("Ladygrove East", "Didcot
Town") marks the place word; a council's own street address ("Market Street", "Shute End") is an address, though its building's
name (Abbey House) is not; a Ghanaian digital address ("AK-214-6610") is an address; a partial registration ("LL62", "LL63") is
not a vehicle, being too little to identify, while a church minibus's full registration is; a baby's date of birth tattooed on his
father's arm is a dob; a contact saved as a name ("Jakey S") is a name; the place a child believes her mother's prison to be
("Gloucester") is a place; custody, URN, crime, log, exhibit, case, collar and GMC numbers are not marked.

Self-check without the detector: `python -m bench.redaction_set61` (and tests/test_redaction_set61.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a name)
and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 989 gold spans, 541
of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Coxon / Paddick family (white British), Ladygrove, Didcot -----------------------------------------------------------

HOME_A = d.Address("8 Sandpiper Close", "Ladygrove", "Didcot", "OX11 7UF")
NAN_A = d.Address("2 Brook Cottages, High Street", "Sutton Courtenay", "Abingdon", "OX14 4AW")
DAD_A = d.Address("Flat 6, 40 Mill Street", "", "Wantage", "OX12 9AQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Paddick")], dt.date(2024, 6, 2), addresses=[HOME_A], ids=["7456221057"]),
    _p("s", "sibling", [("Alfie-Ray", "Coxon")], dt.date(2019, 2, 27), addresses=[HOME_A],
       ids=["7791324555", "D931275073997"], schools=["Ladygrove Park Primary School"]),
    _p("m", "mother", [("Shelby", "Coxon")], dt.date(1999, 10, 8), addresses=[HOME_A], phones=["07723 418 906"],
       ids=["6038328866", "JT 62 48 19 B"]),
    _p("f", "father", [("Lewis", "Paddick")], dt.date(1995, 4, 16), addresses=[HOME_A], phones=["07958 201 374"]),
    _p("f2", "father", [("Jordan", "Mayhew")], dt.date(1997, 12, 1), addresses=[DAD_A], phones=["07412 663 085"]),
    _p("g", "grandparent", [("Tina", "Coxon")], dt.date(1971, 3, 22), addresses=[NAN_A], phones=["01235 812 466"]),
    _p("p1", "professional", [("Harriet", "Lowe")], phones=["01865 328 117"], emails=["harriet.lowe@ockvalley.gov.uk"]),
], "c")

DOCS_A = [
    ("children's emergency department safeguarding referral after a dog bite", """OXFORD UNIVERSITY HOSPITALS - CHILDREN'S
EMERGENCY DEPARTMENT
SAFEGUARDING REFERRAL TO CHILDREN'S SOCIAL CARE (MASH)          Sent by secure email [[19/10/2026|date]] 23:40

Child: [[PADDICK, Poppy|name]]     DOB: [[02/06/2024|dob]]     NHS: [[745 622 1057|nhs]]
Address given: [[8 Sandpiper Close|address]], [[Ladygrove|place]], [[Didcot|place]] [[OX11 7UF|postcode]]
Attended with: mother [[Shelby Coxon|name]] ([[07723 418 906|phone]]) and maternal grandmother [[Tina Coxon|name]]
GP: Woodlands Medical Centre, [[Didcot|place]]

Presenting complaint: dog bite to L cheek and L ear, ~18:15 today at home. Arrived by ambulance 19:02.
Mother's account: [[Poppy|name]] (2) was in the kitchen with the family dog, a male XL bully cross called Tank, owned by
mother's partner [[Lewis Paddick|name]] (child's father). Mother was upstairs bathing [[Alfie-Ray|name]] (7). She heard a
scream and found [[Poppy|name]] on the floor. Partner was "in the garden on the phone". Dog was "just protecting his bowl".
Mother says the dog "has never done anything before" but later told the triage nurse, [[Becky Ostler|name]], that it "went for"
[[Alfie-Ray|name]]'s hand in the summer and they "sorted it". Grandmother said quietly to me she has told [[Shelby|name]] "a hundred
times" to get rid of it.

Injuries: 3 cm laceration L cheek, puncture wounds L pinna and behind ear. Seen by plastics (Mr [[Adeyemi-Clarke|name]]); to
theatre tomorrow for washout and repair. Admitted to Bellhouse-Drayson? - NO, admitted to Robins ward.
Concerns: XL bully type dogs need an exemption certificate since February 2024. Mother did not know if the dog has one.
Father not present; mother says he took the dog to his mate [[Kai|name]]'s in [[Harwell|place]] "till it calms down". Police
(TVP) informed at 20:10 by Sister [[Joanne Frewin|name]] - log 1266 of [[19 October|date]]. Older sibling [[Alfie-Ray Coxon|name]], DOB
[[27.02.2019|dob]], attends [[Ladygrove Park Primary|school]]; staying tonight with grandmother at [[2 Brook Cottages,
High Street|address]], [[Sutton Courtenay|place]] [[OX14 4AW|postcode]] ([[01235 812 466|phone]]).
Previous attendances: [[3 March 2026|date]] ([[Poppy|name]], swallowed a nicotine pouch; discharged) and [[11.07.2025|date]] (head injury,
fall from sofa). Both at [[Didcot|place]] minor injuries? - no record, both here.

Referrer: Dr [[Naomi Crisp|name]], ST5 paediatrics, bleep 4419. Safeguarding nurse copied: [[Fiona Tarrant|name]].
"""),
    ("a neighbourhood app thread about the dog, copied into the file", """[copied from Nextdoor by neighbour who rang MASH,
[[21 Oct|date]]. Names as shown in the app]

[[Ladygrove|place]] East · Safety
[[Darren Pike|name]] · [[Ladygrove|place]]
That dog from the end house in [[Sandpiper|address]] has bitten a little kid. Ambulance and police there tues teatime. I have
said for MONTHS it gets out through the back fence onto the path by the brook. Someone will get killed
   👍 14   💬 22

[[Mo Rahimi|name]] · [[Ladygrove|place]]
It went for my jack russell in august by the co-op. Owner is the lad with the black golf [[LR15 VKH|vehicle]], told me to "f off and
keep my rat on a lead"

[[Sarah-Jane|name]] · [[Didcot|place]] [[Northbourne|place]]
poor baby 😢 is she ok? does anyone know the mum, i think she's [[shelby|name]] from the school gate, [[alfie|name]]'s mum

[[Darren Pike|name]] · [[Ladygrove|place]]
@[[Sarah-Jane|name]] yeah its her. Her mum [[Tina|name]] came and got the boy. Dog was gone by 8pm, his mate took it in a van

[[Kerry Baughan|name]] · [[Great Western Park|place]]
Its an XL it should have had a muzzle. Ring the council dog warden

[[Mo Rahimi|name]] · [[Ladygrove|place]]
I have rang 101 twice before this. Nothing. [[no. 12|address]] have camera footage from [[22nd september|date]] when it got out

[[Gail|name]] · [[Didcot|place]] Town
Not being funny but theres 2 kids in that house and ive heard the shouting from the park. I rang in the spring. [[lewis|name]]
(the dad) is ok when hes not drinking

[[Darren Pike|name]] · [[Ladygrove|place]]
Lets not turn this into a pile on, the mum is nice. But the dog has to go. Meeting at Ladygrove Pavilion thurs 7pm re path
fence, Cllr [[Mould|name]] coming

[[Sarah-Jane|name]] · [[Didcot|place]] [[Northbourne|place]]
my cousin is at the JR on Robins ward and says the baby had an op. fingers crossed x
"""),
    ("initial child protection conference report", """OCK VALLEY COUNCIL - CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE

Children: [[Poppy Paddick|name]] (DOB [[2 June 2024|dob]]) and [[Alfie-Ray Coxon|name]] (DOB [[27 February 2019|dob]], UPN
[[D931275073997|upn]])
Address: [[8 Sandpiper Close, Ladygrove|address]], [[Didcot|place]] [[OX11 7UF|postcode]]
Conference date: [[10 November 2026|date]], 10:00, Abbey House, [[Abingdon|place]] and Teams
Author: [[Harriet Lowe|name]], social worker, [[Didcot|place]] and [[Wantage|place]] team, [[01865 328 117|phone]],
[[harriet.lowe@ockvalley.gov.uk|email]]. Team manager: [[Priti Solanki|name]]

1. Reason for the conference
On [[19 October 2026|date]] [[Poppy|name]], then 2, was bitten on the face by an XL bully type dog belonging to her father,
[[Lewis Paddick|name]], in the family home. She needed surgery at the John Radcliffe on [[20 October|date]] and will be scarred.
The strategy discussion on [[21/10/2026|date]] (chair [[Priti Solanki|name]]; DC [[Marcus Oyelaran|name]], TVP; [[Fiona
Tarrant|name]], OUH; [[Gemma Stroud|name]], DSL at [[Ladygrove Park|school]]) agreed a section 47 enquiry. Police seized the dog
from an address in [[Harwell|place]] on [[23 October|date]]; it had no exemption certificate.

2. The family
[[Shelby Coxon|name]] (27) is mother to both children. [[Alfie-Ray|name]]'s father, [[Jordan Mayhew|name]], lives at [[Flat 6,
40 Mill Street|address]], [[Wantage|place]] [[OX12 9AQ|postcode]] and sees him alternate weekends; he is worried and wants
[[Alfie-Ray|name]] to live with him. [[Lewis|name]] (31) has lived at the house since 2023. Maternal grandmother [[Tina
Coxon|name]] lives in [[Sutton
Courtenay|place]] and has been the family's main support.

3. What we found
- The dog. [[Shelby|name]] and [[Lewis|name]] minimised two earlier incidents: it bit [[Alfie-Ray|name]]'s hand in July (he
  told me "[[Lewis|name]] said say it was a cat") and a neighbour's terrier in August. Neighbours reported it loose on the
  brook path on [[22 September 2026|date]].
- Drinking and arguments. [[Lewis|name]] accepts he drinks "six or seven cans" most nights. Neighbours and [[Alfie-Ray|name]]
  describe shouting. There are two police call-outs (ACE 6 and ACE 9 of 2026), the latest on [[14/08/2026|date]].
- Home conditions on my visits of [[24 October|date]] and [[3 November|date]] were poor (dog mess in the garden, no stair
  gate); better on [[6.11.26|date]].
- [[Alfie-Ray|name]]'s attendance is 81%. Class teacher Mr [[Okafor|name]] says he is often hungry and tired on Mondays.
- Earlier attendances: a nicotine pouch swallowed on [[3 March 2026|date]]; a fall on [[11 July 2025|date]].

4. The children's views
[[Alfie-Ray|name]] drew his house with "me, [[Poppy|name]], Mum, Nanny" and put [[Lewis|name]] and the dog outside. He said he
likes Dad [[Jordan|name]]'s flat "because it's quiet and we have pizza". [[Poppy|name]] is too young to say; she now screams
when she hears a dog on the TV.

5. Recommendation
That both children become subject to child protection plans under the category of neglect; that [[Lewis|name]] keeps no
dog; a referral to Turning Point for his drinking; a parenting assessment; and that [[Jordan|name]] and [[Tina|name]] are
assessed as safety carers. Core group first meeting proposed for [[17 November 2026|date]].
"""),
    ("grandmother's handwritten letter to the conference, scanned and OCR'd", """[scanned [[12/11/2026|date]] - OCR text, not checked]

[[2 Brook Cottages
High St|address]], [[Sutton Courtney|place]]
Tues [[9th Nov|date]]

Dear Mrs [[Lowe|name]] and the Conferance,

I am [[Tina Coxon|name]] I am [[Shelby|name]]s mum and Nan to [[A1fie|name]] and [[Poppy|name]]. I cant come to the
meeting on Weds because I work at the Tesco in [[Abingdon|place]] and they wont swap me so I am writing this.

I love my grandchildren more then anything. I have had [[Alfie|name]] every weekend he is not at his dads since he was a baby
and I had him 3 nights when [[Poppy|name]] was in the JR. I have a spare room, it is small but its clean and he has his own
bed. I dont drive but the 33 bus goes to [[Didcot|place]] and I can get him to school.

I told [[She1by|name]] about that dog so many times. [[Lewis|name]] got it off a man in [[Swindon|place]] in the
lockdown and he loves that dog more then the kids, Im sorry but its true. When he drinks he is nasty with his mouth and
[[Shelby|name]] goes quiet. She is a good mum when she is on her own. She was a good mum before him.

[[Jordan|name]] ([[A1fie|name]]s dad) is a good lad and his mum [[Carol Mayhew|name]] in [[Grove|place]] helps him. I dont
mind if [[Alfie|name]] goes to [[Wantage|place]] to live with him as long as I still see him Saturdays, and he wont have to
change schools til september.

Please dont take [[Poppy|name]] off her mum. Ill help. My number is [[01235 812466|phone]] (house) or ring [[Shelby|name]].

Yours faithfully
[[T. Coxon|name]]
(Mrs)
"""),
]


# --- B. Taufa / Fifita family (Tongan, an Army family), Shippon, Abingdon ----------------------------------------------------

HOME_B = d.Address("17 Barrow Road", "Shippon", "Abingdon", "OX13 6JN")
KUI_B = d.Address("Taufa'ahau Road", "Kolofo'ou", "Nuku'alofa", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Viliami", "Taufa")], dt.date(2017, 5, 9), addresses=[HOME_B], ids=["8809145518", "J931005790419"],
       schools=["Dunmore Primary School"]),
    _p("s", "sibling", [("Salote", "Taufa")], dt.date(2020, 1, 30), addresses=[HOME_B], ids=["9725285158"],
       schools=["Dunmore Primary School"]),
    _p("s2", "sibling", [("Tevita", "Taufa")], dt.date(2025, 8, 14), addresses=[HOME_B], ids=["2272366767"]),
    _p("m", "mother", [("Mele", "Taufa"), ("Mele", "Fifita")], dt.date(1994, 9, 3), addresses=[HOME_B],
       phones=["07886 530 219"]),
    _p("f", "father", [("Sione", "Taufa")], dt.date(1991, 2, 11), addresses=[HOME_B], phones=["07507 194 628"]),
    _p("g", "grandparent", [("'Ana", "Fifita")], addresses=[KUI_B], phones=["+676 771 4420"]),
    _p("p1", "professional", [("Rosalind", "Achterberg")], phones=["01865 815 602"],
       emails=["rosalind.achterberg@ockvalley.gov.uk"]),
], "c")

DOCS_B = [
    ("primary school safeguarding log export", """Safeguarding record export - [[Dunmore Primary School|school]] - printed
[[05/10/2026|date]] by DSL
Pupil: [[TAUFA, Viliami|name]]   Year 5 (Kestrels)   DOB [[09-05-2017|dob]]   UPN [[J931005790419|upn]]
Siblings in school: [[TAUFA, Salote|name]] (Year 2)
Parents: [[Sione Taufa|name]] (father, serving - RLC, Dalton Barracks) [[07507 194 628|phone]]; [[Mele Taufa|name]] (mother)
[[07886 530 219|phone]]
Address: [[17 Barrow Road|address]], [[Shippon|place]], [[Abingdon|place]], [[OX13 6JN|postcode]]

[[14/09/2026|date]] 09:05 | Category: Physical | Recorded by: [[Hannah Bicknell|name]] (Class teacher)
During PE changing [[Vili|name]] kept his shirt on. When he reached up I saw two long red marks across the back of his left
thigh below his shorts. He pulled his shorts down and said "it's from football". Passed to DSL.
   Action ([[G. Wheatcroft|name]], DSL, 09:40): spoke to [[Vili|name]] with Mrs [[Bicknell|name]] present. He said "Dad did it with
   his belt because I lied about my reading book". He said it was "Saturday" and "only two". He said [[Salote|name]] "never
   gets it, only me because I'm the oldest boy". Photographed per policy (body map attached). Rang MASH 09:58, spoke to
   [[Ayo|name]]. Advice: do not contact parents, strategy discussion to follow.

[[14/09/2026|date]] 15:20 | Category: Contact with parents | Recorded by: [[Gill Wheatcroft|name]] (DSL)
Social worker [[Rosalind Achterberg|name]] and PC [[Ellis Varney|name]] collected [[Vili|name]] and [[Salote|name]] from school and
went home with mum. Mum ([[Mele|name]]) was very distressed in reception; she said "in Tonga this is how we are brought up"
and then "please don't tell the Army".

[[21/09/2026|date]] 08:50 | Category: Wellbeing | Recorded by: [[Hannah Bicknell|name]]
[[Vili|name]] quiet. Told TA (Mrs [[Pinnegar|name]]) his dad is "staying at the barracks" and "Fa'e cries at
night". (TA says "Fa'e"? - I think he means Mum. Clarify with SW.)

[[22/09/2026|date]] 12:10 | Category: Clarification | Recorded by: [[Gill Wheatcroft|name]]
SW confirms Fa'ē = mother in Tongan, not a name. Previous two entries corrected: not a person.

[[02/10/2026|date]] 14:30 | Category: Attendance/Other | Recorded by: Office ([[Jas Mand|name]])
Mum rang: [[Viliami|name]] and [[Salote|name]] off Mon-Tue next week for a church conference in [[Birmingham|place]] with
the Free Wesleyan congregation (Rev. [[Havea|name]]). Not authorised. Mum says her cousin [[Losaline|name]] is coming from
[[Auckland|place]] to stay.
"""),
]
DOCS_B += [
    ("Army unit welfare office email chain", """From: [[Kieran Gallimore|name]] (UWO, 3 Regt RLC) <[[kieran.gallimore100@mod.gov.uk|email]]>
Sent: [[16 September 2026|date]] 11:02
To: [[Rosalind Achterberg|name]] <[[rosalind.achterberg@ockvalley.gov.uk|email]]>
Cc: Army Welfare Service - [[Abingdon|place]] team
Subject: RE: Cpl [[TAUFA|name]] - family - OFFICIAL SENSITIVE

[[Rosalind|name]],

Thanks for the call. Confirming what I can share with the chain of command's agreement:

- Cpl [[Sione Taufa|name]] (30) joined in 2012 from Tonga, one of our Commonwealth soldiers. Good record. Back from Estonia
  (Op CABRIT) on [[29 August|date]]. Moved into SFA at [[17 Barrow Rd|address]] in 2023? - no, March 2023.
- He has agreed to live in the block (single living accommodation) at Dalton Barracks while your enquiry is going on. His OC,
  Maj [[Priestley|name]], has been told in outline only.
- Mrs [[Taufa|name]] has no family in the UK apart from a cousin, [[Lupe Vainikolo|name]], whose husband is in the Royal Engineers at
  [[Chatham|place]], and the congregation. The Tongan families on the patch are close - the wives' group meet at the Community
  Centre on Thursdays. One of them, [[Seini Kupu|name]] (wife of LCpl [[Kupu|name]]), has been helping with the baby.
- Her mum, Kui? - sorry, her mum is Mrs [[‘Ana Fifita|name]] in [[Nuku'alofa|place]]. [[Mele|name]] rings her every night.

The AWS worker, [[Dionne Rusk|name]], will contact Mrs [[Taufa|name]] this week. The Padre (Rev [[Tom Ashdown|name]]) has offered
to see [[Sione|name]].

Kind regards
[[Kieran|name]]
WO2 [[K Gallimore|name]] | UWO | Civ: [[01235 527 390|phone]]

---- Original message ----
From: [[Rosalind Achterberg|name]]
Sent: [[15/09/2026|date]] 17:48
Subject: Cpl [[TAUFA|name]] - family

Dear WO2 [[Gallimore|name]], I am the social worker for [[Viliami|name]] (aged 9)
and [[Salote|name]] [[Taufa|name]] of [[Barrow Road|address]], [[Shippon|place]]. We are making section 47 enquiries after marks
were seen on [[Viliami|name]]'s leg at [[Dunmore|school]] yesterday. Could we speak about the family's support on the patch?
[[Rosalind|name]] ([[01865 815 602|phone]])
"""),
    ("strategy discussion minutes", """OCK VALLEY COUNCIL - STRATEGY DISCUSSION (Teams)
Date: Monday [[14 September 2026|date]] 12:30    Chair: [[Ayodele Banjo|name]], MASH team manager
Present: [[Rosalind Achterberg|name]] (SW, [[Abingdon|place]] assessment team); DS [[Nadia Quill|name]] (TVP, CAIU [[Abingdon|place]]);
[[Gill Wheatcroft|name]] (DSL, [[Dunmore Primary|school]]); [[Becca Low|name]] (HV, [[Abingdon|place]] and Vale); Dr [[Imogen Farrant|name]]
(named GP, Malthouse Surgery)
Apologies: Army Welfare Service

Children: [[Viliami Taufa|name]] ([[9.5.17|dob]]), [[Salote Taufa|name]] ([[30.1.20|dob]]), [[Tevita Taufa|name]] ([[14.8.25|dob]])
Parents: [[Sione Taufa|name]], [[Mele Taufa|name]] (née [[Fifita|name]])

Information shared
School: as per log. Two linear marks, ~8 cm, back of L thigh; [[Vili|name]] names father and a belt; says it is punishment
for lying. A bigger boy in the class, [[Jayden|name]], had told staff in the spring that "[[Vili|name]]'s dad hits him with a
stick" - not recorded at the time; [[Gill|name]] apologised for this.
Police: no previous. One call in November 2025? - no, one call on [[8 November 2025|date]] from a neighbour at
[[no. 15|address]] about shouting; words of advice.
Health: [[Tevita|name]] up to date, good weight; HV notes mother low after the birth while father deployed. GP: [[Mele|name]]
registered with anaemia; no mental health history. [[Sione|name]] was seen in 2024? - removed, no GP contact of note.
Culture: [[Rosalind|name]] has spoken with Rev. [[Sitani Havea|name]]? - see below. The family attend the Free Wesleyan Church
Tongan fellowship in [[Oxford|place]] (Sundays, Cowley Road Methodist hall). Physical punishment of children is common and
widely accepted in Tonga; the chair asked that we work with the church rather than against it.

Decisions
1. Section 47 enquiry, joint. Child protection medical for [[Viliami|name]] today at the John Radcliffe (Dr [[Zara Penhaligon|name]]).
2. ABE interview to be considered after the medical. DS [[Quill|name]] to lead.
3. Safety plan: [[Sione|name]] to stay in SLA at Dalton Barracks; contact supervised by [[Mele|name]] only in public places.
4. [[Rosalind|name]] to ask Mrs [[Taufa|name]] whether she wants a Tongan interpreter (she declined in school - "my English is fine").
5. Review on [[28/09/2026|date]].

Correction after the meeting: the minister is Rev [[Sitani Havea|name]], not as written above.
"""),
    ("Messenger chat between the mother and her cousin, in Tongan and English, translated", """[Facebook Messenger,
screenshots given to SW by [[Mele|name]] on [[30/09/2026|date]] to show "what the family say".
Tongan translated by [[Siueni Mahe|name]] (Ock Valley interpreter list); translation in brackets]

[[Lose Vainikolo|name]]
[[Mele|name]] ofa atu 😭😭 kuo 'osi talamai 'e [[Seini|name]] (love to you, [[Seini|name]] has told me)
[[Mele Taufa|name]]
sorry [[Lupe|name]] i cant talk now the social worker [[rosalind|name]] is coming at 4
[[Lose Vainikolo|name]]
ko e hā 'a [[Sione|name]]? 'oku 'i fē? (what about [[Sione|name]]? where is he?)
[[Mele Taufa|name]]
he's at the camp in the block. he's so sorry. he cries on the phone to fa'e
[[Lose Vainikolo|name]]
Tell Kui [['Ana|name]] not to worry. In NZ the kids teachers tell too. My [[Tomasi|name]] got a smack in [[Mangere|place]] and we had
a visit. They just want to know the kids are ok
[[Mele Taufa|name]]
'Oku ou manavahē ke to'o 'e kinautolu 'eku fānau (I am scared they will take my children)
[[Mele Taufa|name]]
and the army. if they kick him out we go back to [[Nuku'alofa|place]] with nothing
[[Lose Vainikolo|name]]
They won't. Ring [[Sela|name]] in [[Bicester|place]], her husband had the same at St George's Barracks last year
[[Lose Vainikolo|name]]
[[+64 21 458 3307|phone]] my new number
[[Mele Taufa|name]]
ok. [[vili|name]] keeps asking when dad comes home. [[salote|name]] is fine she thinks its a holiday lol
[[Lose Vainikolo|name]]
'Ofa atu. Lotu 'a e famili (love you. the family prays)

[Interpreter's note: "[[Lupe|name]]" and "[[Lose|name]]" are the same person - [[Lose|name]] is the Tongan form of Rose,
[[Lupe|name]] a family pet name. "fa'e"
here means "Mum" ([[Mele|name]]'s mother) and is not a name; see the correction above. "Kui" = grandparent.]
"""),
]


# --- C. Lalwani family (Sindhi Hindu), Furze Platt, Maidenhead --------------------------------------------------------------

HOME_C = d.Address("41 Blackamoor Lane", "Furze Platt", "Maidenhead", "SL6 8RQ")
DADI_C = d.Address("Block A-4, Room 112, Section 17", "Ulhasnagar", "Thane", "421003")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Rhea", "Lalwani")], dt.date(2011, 7, 23), addresses=[HOME_C], ids=["8390935457", "N868379157202"],
       schools=["Furze Platt Senior School"]),
    _p("s", "sibling", [("Dev", "Lalwani")], dt.date(2015, 3, 4), addresses=[HOME_C], ids=["5544924627", "M868022495500"],
       schools=["Furze Platt Junior School"]),
    _p("m", "mother", [("Kavita", "Lalwani")], dt.date(1982, 11, 19), addresses=[HOME_C], phones=["07931 827 046"],
       emails=["kavita.lalwani82@gmail.com"]),
    _p("f", "father", [("Haresh", "Lalwani")], dt.date(1978, 6, 6), addresses=[HOME_C], phones=["07469 302 715"],
       ids=["NP 27 61 03 C"]),
    _p("g", "grandparent", [("Jamuna", "Lalwani")], addresses=[DADI_C], phones=["+91 98230 41765"]),
    _p("p1", "professional", [("Owen", "Treharne")], phones=["01628 771 530"], emails=["owen.treharne@brayreach.gov.uk"]),
], "c")

DOCS_C = [
    ("CAMHS assessment letter after an emergency attendance", """Berkshire Healthcare NHS Foundation Trust
Children and Young People's Mental Health Service (CAMHS) - East Berkshire, [[Slough|place]] and [[Windsor|place]] team

[[29th October 2026|date]]

PRIVATE AND CONFIDENTIAL
Dr [[Helen Marchetti|name]]
Cookham Road Surgery

Re: [[Rhea LALWANI|name]], DOB [[23/07/2011|dob]], NHS No. [[839 093 5457|nhs]]
[[41 Blackamoor Lane|address]], [[Maidenhead|place]], [[SL6 8RQ|postcode]]

Dear Dr [[Marchetti|name]],

I saw [[Rhea|name]] (15) with her mother, Mrs [[Kavita Lalwani|name]], on [[28 October|date]] after she attended Wexham Park
Hospital ED on the night of [[26 October|date]] with cuts to her left forearm, which
needed steri-strips.

Background. [[Rhea|name]] lives with her parents and brother [[Dev|name]] (11). Her father, Mr [[Haresh Lalwani|name]] (48),
has progressive multiple sclerosis and has used a wheelchair since 2024; her mother works long shifts at Heathrow (terminal
5, duty free). [[Rhea|name]] helps her father with his catheter bags, gets him up when he falls and does much of the cooking.
Her grandmother (Dadi), Mrs [[Jamuna Lalwani|name]], came from [[Ulhasnagar|place]], near [[Mumbai|place]], for six months last
year and "made everything easier"; she went home in April and [[Rhea|name]] says that is when the cutting began.

What [[Rhea|name]] told me (alone). She is in Year 11 at [[Furze Platt
Senior|school]] and wants to do medicine. She gets
up at 5.30 to do her father's morning routine and revises after midnight. She feels she "can't ever go out" - her friend
[[Maisie Tolhurst|name]] stopped asking. She has been cutting about twice a week since the spring and hides it with
sleeves. She denies suicidal intent now but on [[26 October|date]] "wanted to disappear". She talks on Discord to an
online friend she calls "[[Jas|name]]" who lives "in [[Leicester|place]]" and who cuts too; she has not met her.
She asked me not to tell her mother about a boy at school, [[Kieran Dodd|name]]; I have not.

Mrs [[Lalwani|name]] was shocked. She said in Sindhi and then in English that "in our community we keep it in the family"
and that she would "pray at the mandir in [[Slough|place]]". She agreed to a young carers referral.

Plan. Safety plan agreed; weekly sessions with [[Carys Jump|name]], CAMHS practitioner; a referral to children's social care
for a young carer's needs assessment and help at home for Mr [[Lalwani|name]] (adult social care); school informed with
consent (Ms [[Deborah Onwuka|name]], head of year).

Yours sincerely

Dr [[Anjali Raval|name]]
Consultant Child and Adolescent Psychiatrist
cc: [[Owen Treharne|name]], Bray Reach Council children's services, [[owen.treharne@brayreach.gov.uk|email]]
"""),
]
DOCS_C += [
    ("young carer's needs assessment form", """BRAY REACH COUNCIL - YOUNG CARER'S NEEDS ASSESSMENT (Care Act 2014 s63 /
Children Act 1989 s17ZA)
Form YC1 v3                                                    Completed by: [[O. Treharne|name]], social worker

Section 1 - About the young carer
Name: [[Rhea LALWANI|name]]       Preferred name: [[Rhea|name]]       DOB: [[23 Jul 2011|dob]]       Gender: F
Address: [[41 Blackamoor Lane|address]], [[Furze Platt|place]], [[Maidenhead|place]]  Postcode: [[SL6 8RQ|postcode]]
School: [[Furze Platt Senior School|school]]  UPN: [[N868379157202|upn]]  Year: 11
Language(s) at home: English, Sindhi, some Hindi      Religion: Hindu

Section 2 - The person(s) cared for
1. [[Haresh LALWANI|name]] (father), DOB [[06/06/1978|dob]], NI [[NP 27 61 03 C|ni]]. Progressive MS. Tel [[07469 302 715|phone]].
   Known to adult social care? NO (referral made [[3/11/2026|date]], ASC ref ASC-448201)
2. [[Dev LALWANI|name]] (brother, 11), DOB [[04/03/2015|dob]], [[Furze Platt Junior|school]] - [[Rhea|name]] takes and collects him.

Section 3 - What the young carer does (tick; hours a week)
[x] Personal care (washing, toileting, catheter) ........ 7
[x] Lifting / help after falls ............................ 2
[x] Cooking, shopping, cleaning .......................... 10
[x] Medication (baclofen, reminders, ordering from Boots) .. 1
[x] Emotional support ..................................... "all the time"
[x] Looking after sibling ................................. 6
[ ] Interpreting / paperwork - mother does this
Total: about 26 hours a week, more in the holidays.

Section 4 - Impact (young carer's own words)
"I'm tired all the time. I love my dad. I don't want a stranger washing him, he would hate it. But I want to go to
[[Maisie|name]]'s on a Saturday like a normal person. [[Dev|name]] is fine, he just plays Fortnite. When Dadi was
here I could breathe."

Section 5 - Parents' views
Mrs [[Kavita Lalwani|name]] ([[07931 827 046|phone]], [[kavita.lalwani82@gmail.com|email]]): did not know how much [[Rhea|name]]
does on her early shifts. Will ask her brother, [[Sunil Bhagnani|name]] in [[Hounslow|place]], to help on Sundays. Her
husband's sister, [[Pooja Advani|name]], lives in [[Dubai|place]] ([[+971 50 318 2746|phone]]) and sends money.
Mr [[Lalwani|name]]: "She should not be doing this. I am ashamed." Refused a carer at first; agreed on [[5 November|date]] to
try a male carer three mornings a week.

Section 6 - Outcomes and plan
- Carers in the morning from [[16/11/2026|date]] (Mon, Wed, Fri).
- Young carers group: Time Out, [[Maidenhead|place]] Young Carers, Thursdays from [[19 November|date]]; key worker
  [[Nell Ashby|name]], [[01628 771 530|phone]].
- School: pastoral lead [[Deborah Onwuka|name]] to arrange a quiet room and extra time; Young Carer card.
- Review: [[22 February 2027|date]].
Signed [[O Treharne|name]]  Date [[6.11.2026|date]]    Young carer's signature: [[R. Lalwani|name]]
"""),
    ("a girl's phone notes, shared with her CAMHS worker", """[Notes app - [[Rhea|name]] chose these and showed them to
[[Carys|name]] at CAMHS on [[11 Nov|date]]; she typed them up
herself and emailed them. Her spelling and capitals kept. Devanagari is her grandmother's writing, copied from a card.]

[[sept 3|date]]
first day back. dad fell in the bathroom at 6 and i couldnt lift him. rang mum at work she said ring 999 dont ring
[[sunil|name]] mama. paramedic called [[darren|name]] was kind. was late to registration, mr [[hewitt|name]] gave me a det.

[[sept 19|date]]
[[maisie|name]] had her party at the trampoline place in [[bracknell|place]]. didnt go. [[dev|name]] had a temp.

[[oct 2|date]]
dadi rang from [[ulhasnagar|place]] on whatsapp video at 5am our time. she said "[[रिया|name]] बेटा, तुम रोती क्यों हो" (why are you
crying, [[Rhea|name]] beta). i said im not. she sent a card with [[Pooja|name]] phuphi, it says
"मेरी प्यारी [[रिया|name]] को - [[जमुना|name]] दादी" (to my dear [[Rhea|name]] - from [[Jamuna|name]] dadi). its on my mirror

[[oct 14|date]]
[[kieran|name]] said he likes me. he lives in [[cookham|place]]. mum would literally die

[[oct 26|date]]
i want to disappear. sorry. told [[jas|name]] on discord. she said go to a&e. i didnt, mum found the tissues

[[nov 4|date]]
[[owen|name]] from social services came. he has a welsh accent and a dog called Biscuit in his phone background lol. he
asked what i would do with a free saturday. i said sleep. then i said go to [[windsor|place]] with [[maisie|name]]

[[nov 9|date]]
diwali at the mandir. [[dev|name]] did sparklers. aunty [[meena|name]] from [[slough|place]] asked mum in front of everyone
why i was wearing long sleeves. dad held my hand in the car home. he said sorry beta. he never says sorry
"""),
]
DOCS_C += [
    ("chronology of significant events", """CHRONOLOGY - [[LALWANI, Rhea|name]] ([[23.07.2011|dob]]) and
[[LALWANI, Dev|name]] ([[04.03.2015|dob]])
Prepared by [[Owen Treharne|name]], Bray Reach Council, for the child in need review of [[8 December 2026|date]]

Date            | Event                                                                          | Source
----------------|--------------------------------------------------------------------------------|------------------
[[14.02.2010|date]] | Parents marry in [[Ulhasnagar|place]]; move to [[Hounslow|place]] ([[Bedfont|place]]) in 2010      | Mother
[[23.07.2011|dob]] | [[Rhea|name]] born, West Middlesex University Hospital                            | Health
[[04.03.2015|dob]] | [[Dev|name]] born, Wexham Park Hospital; family now at [[41 Blackamoor Lane|address]]        | Health
[[19.06.2019|date]] | Father diagnosed with MS (neurology, John Radcliffe)                             | GP letter
[[01.09.2022|date]] | [[Rhea|name]] starts at [[Furze Platt Senior School|school]]                                  | School
[[30.05.2024|date]] | Father stops work (IT, Thames Valley Park); PIP awarded                          | Mother
[[12.08.2025|date]] | Grandmother [[Jamuna Lalwani|name]] arrives from India for 6 months ([[+91 98230 41765|phone]])     | Mother
[[10.04.2026|date]] | Grandmother returns to [[Ulhasnagar|place]] ([[Block A-4, Room 112, Section 17|address]])        | Mother
[[03.09.2026|date]] | Father falls; ambulance; [[Rhea|name]] (15) alone with him and [[Dev|name]]; late to school        |
[[Rhea|name]]'s notes
[[26.10.2026|date]] | [[Rhea|name]] attends Wexham Park ED, self-harm (forearm cuts); discharged        | ED letter
[[28.10.2026|date]] | CAMHS assessment (Dr [[Raval|name]]); referral to CSC                              | CAMHS
[[02.11.2026|date]] | Referral accepted; assessment allocated to [[O. Treharne|name]]                        | CSC
[[04.11.2026|date]] | Home visit. Both parents and [[Rhea|name]] seen; [[Dev|name]] seen in his room         | CSC
[[05.11.2026|date]] | Father agrees to carers; ASC referral                                               | CSC
[[09.11.2026|date]] | A family friend, Mrs [[Meena Kripalani|name]] of [[Chalvey|place]], rings school "worried about
                | [[Rhea|name]]'s arms"; DSL ([[Deborah Onwuka|name]]) already aware                         | School
[[16.11.2026|date]] | Carers start (Bluebird Care, [[Maidenhead|place]])                                     | ASC
[[19.11.2026|date]] | [[Rhea|name]] first attends young carers group; "loved it"                                 | [[Nell Ashby|name]]
[[24.11.2026|date]] | [[Dev|name]]'s teacher (Mr [[Yusuf Hameed|name]]) reports he is "fine, a bit anxious about
                | Dad"; free school meals applied for                                                    | School
[[01.12.2026|date]] | Uncle [[Sunil Bhagnani|name]] now stays Saturday nights (from [[28/11|date]])                        | Mother
"""),
]


# --- D. Vokins / Tull family (white British), Greenham, Newbury --------------------------------------------------------------

HOME_D = d.Address("Flat 3, Kestrel House, 9 Pyle Hill", "Greenham", "Newbury", "RG14 7RE")
GRAN_D = d.Address("56 Bowling Green Road", "", "Thatcham", "RG18 3EL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ezra", "Vokins")], dt.date(2026, 9, 21), addresses=[HOME_D], ids=["8638648030"]),
    _p("m", "mother", [("Kayleigh", "Vokins")], dt.date(2004, 1, 12), addresses=[HOME_D], phones=["07378 551 860"],
       ids=["8070867930", "PK 40 19 72 D"]),
    _p("f", "father", [("Reece", "Tull")], dt.date(2002, 5, 28), addresses=[HOME_D], phones=["07849 226 713"],
       ids=["JE 81 35 06 A"]),
    _p("g", "grandparent", [("Trevor", "Tull")], dt.date(1968, 8, 30), addresses=[GRAN_D], phones=["01635 40 2987"]),
    _p("a", "aunt", [("Stacey", "Vokins")], dt.date(2000, 2, 2), phones=["07394 018 552"]),
    _p("p1", "professional", [("Bethan", "Kingdon")], phones=["0118 937 3314"], emails=["bethan.kingdon@kennetvale.gov.uk"]),
], "c")

DOCS_D = [
    ("child protection medical report", """ROYAL BERKSHIRE NHS FOUNDATION TRUST - PAEDIATRIC DEPARTMENT, [[READING|place]]
CHILD PROTECTION MEDICAL ASSESSMENT - REPORT

Child: [[Ezra VOKINS|name]]      DOB: [[21/09/2026|dob]]      Age: 8 weeks      NHS: [[863 864 8030|nhs]]
Address: [[Flat 3, Kestrel House, 9 Pyle Hill|address]], [[Greenham|place]], [[Newbury|place]] [[RG14 7RE|postcode]]
Date and time of examination: [[16 November 2026|date]], 14:10-15:30, Lion Ward
Examining doctor: Dr [[Rachel Imber-Okoye|name]], consultant paediatrician
Present: mother [[Kayleigh Vokins|name]] (22); father [[Reece Tull|name]] (24) for the history only; [[Bethan Kingdon|name]], social
worker, Kennet Vale Council; Nurse [[Lou Perrin|name]]
Requested by: [[Bethan Kingdon|name]] following a strategy discussion at 11:00 today.

History. On [[15/11/2026|date]] at about 21:30 [[Ezra|name]] was brought to the ED at the Royal Berkshire by his parents, who said
he had been "crying for two days and screams when he's picked up under the arms". Mother says she was at her sister
[[Stacey|name]]'s in [[Kintbury|place]] from 14:00-18:00 on [[14 November|date]] and [[Reece|name]] had the baby alone. [[Reece|name]]
says nothing happened; he gave [[Ezra|name]] a bath and he "went stiff and then floppy for a second" which he "didn't think
was anything". Born at 38+2 at the Royal Berkshire, 3.1 kg, no neonatal problems. Vitamin K given. HV: [[Sam Ruddle|name]].

Examination. Weight 4.6 kg (25th centile). Irritable on handling of the chest. Two small bruises (4 mm and 6 mm) on the left
anterior chest wall, bluish-purple; a 3 mm bruise inside the upper lip with a torn frenulum. No other bruises. Fontanelle
soft. Eyes: ophthalmology (Mr [[Faisal Qureshi|name]]) found no retinal haemorrhages ([[16.11.26|date]]).

Investigations. Skeletal survey [[16/11/2026|date]]: healing fractures of the posterior left 5th, 6th and 7th ribs, with
callus suggesting 10-14 days old, and a classic metaphyseal lesion of the right distal femur. CT head normal. Bloods
(FBC, clotting, bone profile, vitamin D) normal. Follow-up skeletal survey booked for [[30 November|date]].

Opinion. In a non-mobile baby of 8 weeks, bruising, a torn frenulum, posterior rib fractures and a metaphyseal lesion
with no accidental explanation are highly suggestive of inflicted injury. Posterior rib fractures are typically caused by
squeezing of the chest. The ages of the fractures suggest at least two episodes, around [[2-6 November|date]] and more
recently. Neither parent has offered an explanation.

Dr [[R Imber-Okoye|name]], GMC 6102774, [[16/11/2026|date]] 18:40
"""),
    ("police record of a suspect interview", """THAMES VALLEY POLICE - RECORD OF TAPED INTERVIEW (summary, MG15)
Person interviewed: [[TULL, Reece James|name]]   DOB [[28/05/2002|dob]]   Custody no. 43TV/18822/26
Place: Loddon Valley Police Station      Date: [[17/11/2026|date]]      Time started: 10:42   Ended: 12:15
Interviewing officers: DC [[Laura Finnimore|name]] 8821, DC [[Tom Szabo|name]] 6390      Solicitor: Ms [[Angela Rowse|name]] (Kennet Law,
[[Reading|place]])
Offence: GBH s20 (child), cruelty to a child. Victim: [[Ezra Vokins|name]] (8 wks)

Summary. [[TULL|name]] answered all questions. He lives with [[Kayleigh Vokins|name]] at [[Kestrel House|address]] since July. He works
nights on and off at the Amazon site in [[Theale|place]]? - he later said it is the DPD depot at [[Thatcham|place]].
On Saturday [[14 November|date]] he looked after the baby from 2pm. The baby "cried non-stop". He rang his dad [[Trevor|name]] at
about 4pm on [[01635 40 2987|phone]] and asked how to stop a baby crying; his dad said "put him down and walk away for five
minutes". He says he did. He denies squeezing or shaking. When shown the X-ray report he cried and said "I might have held
him too tight when I was winding him, I don't know my own strength". He said he lifted him "under the arms, like this" and
demonstrated a two-handed grip round the chest.
Asked about 2-6 November he said he was "probably" alone with him on Thursday [[5th|date]] when [[Kayleigh|name]] went to her
appointment at the Dental Access Centre in [[Newbury|place]]. He said [[Kayleigh|name]] "would never hurt him".
He said his mate [[Jake Sellwood|name]] came round that evening for FIFA and "saw [[Ezra|name]] was fine". [[Sellwood|name]] lives in
[[Shaw|place]], saved in his phone as "[[Jakey S|name]]" ([[07958 330 641|phone]]).
He mentioned that his own mum, [[Dawn Tull|name]], left when he was 6 and "my dad used to be rough but he's alright now".
Bail: released under investigation with conditions: not to be alone with any child under 16, not to live at [[Pyle
Hill|address]]; to live with his father at [[56 Bowling Green Road|address]], [[Thatcham|place]] [[RG18 3EL|postcode]].
"""),
]
DOCS_D += [
    ("health visitor's notes typed fast on a phone between visits", """HV contact notes - typed on phone, to be transferred
to SystmOne - [[S Ruddle|name]] HV, [[Newbury|place]] East 0-19 team

[[13/11|date]] 11.20 NBV+6wk check [[ezra vokins|name]] @ [[kestrel hse|address]] flat 3. mum [[kayleigh|name]] + dad
[[reece|name]] present.
babe unsettled, crying whole visit, mum says colic, using infacol. wt 4.5 kg. no marks seen but in sleepsuit - did not
undress fully as dad said he'd "only just got him settled" (he hadnt). note to self undress next time!!
mum flat, EPDS 14. says not sleeping, [[reece|name]] on nights. sister [[stacey|name]] in [[kintbury|place]] helps sometimes, no car.
dad v chatty, showed me his new tattoo, [[ezra|name]]'s name + date [[21.09.26|dob]] on his arm.
smoking on balcony. home ok-ish, cat litter by cot. safe sleep discussed again. next: 2 wks.

[[16/11|date]] 08.05 rang by [[Bethan Kingdon|name]] SW re ED attendance last nite. told her about my visit + EPDS. she asked
did i see bruises - NO but didnt undress. feel sick about it.
8.40 rang GP surgery (Falkland Surgery) spoke to Dr [[Amin|name]] re mums EPDS, he'll see her tmrw
9.10 strategy 11am - i'm in, dialling in from the car at greenham business park

[[18/11|date]] 14.00 JV with [[bethan|name]] @ grandad [[trevor|name]]'s in [[thatcham|place]] - NO. [[Kayleigh|name]] and
[[ezra|name]] now at
her sister's, [[Stacey Vokins|name]], [[18 Inkpen Road|address]], [[Kintbury|place]], [[RG17 9TU|postcode]], as a safety
plan. [[Stacey|name]]
has a 3 yr old ([[Lacey-Mae|name]]) + 5 mo ([[Ronnie|name]]). small 2 bed, crowded. [[ezra|name]] more settled, feeding 4oz.
[[kayleigh|name]] crying, says "it wasnt [[reece|name]], it cant be". wants him back. also said "his dad was rough with him as a kid".
[[stacey|name]]'s mob [[07394 018 552|phone]]. plan: weekly HV, CoS surestart group at [[hungerford|place]] fri?

[[25/11|date]] 10.30 [[Kintbury|place]]. all ok. [[ezra|name]] 4.9kg!! bruise on chest gone. [[Stacey|name]] says [[reece|name]]
turned up sat nite drunk shouting outside, she rang 999. police came. [[kayleigh|name]] didnt open door. good.
"""),
]
DOCS_D += [
    ("letter before proceedings under the Public Law Outline", """KENNET VALE COUNCIL
Children's Services, [[Market Street|address]], [[Newbury|place]]

STRICTLY PRIVATE AND CONFIDENTIAL - BY HAND AND BY EMAIL
Ms [[Kayleigh Vokins|name]]
c/o [[18 Inkpen Road|address]]
[[Kintbury|place]]
[[RG17 9TU|postcode]]

Mr [[Reece Tull|name]]
c/o [[56 Bowling Green Road|address]]
[[Thatcham|place]] [[RG18 3EL|postcode]]

[[1 December 2026|date]]

Dear [[Kayleigh|name]] and [[Reece|name]],

LETTER BEFORE PROCEEDINGS - [[EZRA VOKINS|name]], born [[21 September 2026|dob]]

We are writing because we are very worried about [[Ezra|name]]'s safety. This letter tells you what we are worried about,
what needs to change, and invites you to a meeting. Please take it to a solicitor straight away: you can get free legal
advice because of this letter. A list of local family solicitors is enclosed (including [[Kirby|name]] & [[Haslam|name]] in
[[Newbury|place]]
and [[Blandy|name]] & [[Blandy|name]] in [[Reading|place]]).

What we are worried about
1. On [[15 November 2026|date]] [[Ezra|name]], aged 8 weeks, was found to have three broken ribs, a broken thigh bone near the
   knee, bruises to his chest and a torn frenulum. Dr [[Imber-Okoye|name]] says these were very likely caused on purpose, on at
   least two occasions between about [[2 November|date]] and [[15 November|date]]. No one has explained them.
2. Since then, [[Reece|name]] has come to [[Stacey|name]]'s house drunk (on [[21 November|date]]) and the police were called.
3. [[Kayleigh|name]], you have told us you believe [[Reece|name]] did not hurt [[Ezra|name]], and that you hope he will come home.
   We need to know that you could keep [[Ezra|name]] safe.

What needs to happen
- [[Ezra|name]] stays with [[Kayleigh|name]] at [[Stacey Vokins|name]]'s home in [[Kintbury|place]] under the safety plan, and is not
  left alone with anyone who has not been agreed with us.
- [[Reece|name]] has no contact except supervised contact at the Family Time Centre, [[Newbury|place]], twice a week.
- You both take part in a parenting assessment by Ms [[Gwen Abara|name]], independent social worker, starting [[7 January 2027|date]].
- We will assess [[Stacey|name]] and Mr [[Trevor Tull|name]] as possible carers for [[Ezra|name]]. Mr [[Tull|name]] has told us that
  [[Reece|name]]'s mother, Mrs [[Dawn Tull|name]], now lives in [[Basingstoke|place]]; we would like to speak to her too.

The meeting
Thursday [[10 December 2026|date]] at 10:30, at the council offices, [[Market Street|address]], [[Newbury|place]]
[[RG14 5LD|postcode]]. Please bring
your solicitor. If you need help to get there, ring me on [[0118 937 3314|phone]].

Yours sincerely

[[Bethan Kingdon|name]]                                     [[Helen Cottrell|name]]
Social worker                                      Head of Service, Children in Care and Proceedings
[[bethan.kingdon@kennetvale.gov.uk|email]]
"""),
]


# --- E. Pinnock / Dacey family (white British), Madley Park, Witney --------------------------------------------------------

HOME_E = d.Address("22 Thorney Leys Drive", "Madley Park", "Witney", "OX28 1GH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kenzie", "Pinnock")], dt.date(2013, 4, 17), addresses=[HOME_E], ids=["2447923546", "Q931673345576"],
       schools=["Wood Green School"]),
    _p("s", "sibling", [("Mason", "Pinnock")], dt.date(2016, 10, 5), addresses=[HOME_E], ids=["3516357924"],
       schools=["Madley Brook Community Primary School"]),
    _p("f", "father", [("Gareth", "Pinnock")], dt.date(1984, 12, 9), addresses=[HOME_E], phones=["07931 558 204"],
       ids=["SN 73 02 45 B"]),
    _p("m", "mother", [("Leanne", "Dacey")], dt.date(1988, 7, 1)),
    _p("p1", "professional", [("Cerys", "Mabbutt")], phones=["01993 706 214"], emails=["cerys.mabbutt@windrush.gov.uk"]),
], "c")

DOCS_E = [
    ("return home interview after a missing episode", """WINDRUSH COUNCIL - MISSING CHILDREN - RETURN HOME INTERVIEW
Young person: [[Kenzie PINNOCK|name]]   DOB: [[17.04.2013|dob]]   Age 13   School: [[Wood Green|school]], [[Witney|place]] (Y9)
Home: [[22 Thorney Leys Drive|address]], [[Madley Park|place]], [[Witney|place]] [[OX28 1GH|postcode]]   Lives with: dad, brother
Missing from: Friday [[16 October 2026|date]] ~16:00   Found: Sunday [[18 October|date]] 02:10   TVP ref MISS/26/55120
Where found: by police in a car parked on [[Knights Road|address]], [[Blackbird Leys|place]], [[Oxford|place]], with two males
Interview: [[21/10/2026|date]], 15:45-16:50, at [[Kenzie|name]]'s choice in [[Witney|place]] library
Interviewer: [[Cerys Mabbutt|name]], missing children worker ([[01993 706 214|phone]])

Where did you go? [[Kenzie|name]] said she got the S1 bus to [[Oxford|place]] after school with her friend [[Lily-Rose Akers|name]] (14,
[[Carterton|place]]) to meet "[[Dyl|name]]", who she met on Snapchat in the summer. He is "17 or 18". They went to a flat in
[[Blackbird Leys|place]] - "[[Dyl|name]]'s cousin's, by the Kassam" - and stayed there both nights. There were "loads of people",
vapes, weed and vodka. She would not give the address at first, then said "[[Pegasus Road|address]], the top one, [[no. 14|address]] or
[[16|address]]". [[Lily-Rose|name]]'s mum came for [[Lily-Rose|name]] on the Saturday; [[Kenzie|name]] hid in the bathroom.

Did anything happen that you didn't want? She went quiet. She said an older man called "[[Baz|name]]" kept "trying it" and
"[[Dyl|name]] told him to leave it". She said she "did stuff with [[Dyl|name]]" and "it was my choice". She said [[Dyl|name]]'s
real name is [[Dylan|name]] "something like [[Cheney|name]] or [[Chaney|name]]".

Why did you go? "Because home is boring and Dad is always at work or asleep." Her mum, [[Leanne|name]], is "in prison in
[[Gloucester|place]]" (HMP Eastwood Park is in South Gloucestershire; checked) and [[Kenzie|name]] has not seen her since Easter.
She misses her nan, [[Pat Dacey|name]], who died in February - she said "in February". She looks after [[Mason|name]]
after school "like every day".

Phone: her phone was taken by police; she has a new one. Dad has the code.

Risk: CE/CSE screening tool completed - HIGH. Referral to the Complex Abuse team and a strategy discussion requested.
Information for police: names "[[Dyl|name]]/[[Dylan Cheney|name]]", "[[Baz|name]]", address in [[Pegasus Road|address]]; a
white car, "[[Dyl|name]]'s
mate [[Kyron|name]]'s", part reg "LL62".
"""),
]
DOCS_E += [
    ("Snapchat messages recovered from a phone, typed up by police", """TVP DIGITAL MEDIA INVESTIGATION - EXTRACT (typed
summary for CSC, OFFICIAL-SENSITIVE)
Device: handset seized from [[PINNOCK, Kenzie|name]] on [[18/10/2026|date]]. App: Snapchat. Saved chats only. Exhibit CM/3.
Usernames kept as shown; display names in brackets. Times BST.

Chat with leyzboi_ox4 ([[Dyl|name]] 🔥)
[[12/09|date]] 21:14 leyzboi_ox4: u the girl from [[lily|name]]'s story? ur well pretty
[[12/09|date]] 21:20 kenz.p.x: lol thanks who r u
[[12/09|date]] 21:21 leyzboi_ox4: [[dyl|name]]. from the [[leys|place]]. [[lily|name]] knows my cuz
[[30/09|date]] 23:48 leyzboi_ox4: wen u coming [[oxford|place]]. ill pay ur bus
[[30/09|date]] 23:50 kenz.p.x: my dads strict lol. maybe fri
[[15/10|date]] 19:02 leyzboi_ox4: tmrw yh? get the s1 to [[blackbird|place]], ill get u by the shops
[[15/10|date]] 19:03 kenz.p.x: ok but dont tell [[lily|name]] i said about [[mason|name]]
[[16/10|date]] 16:40 kenz.p.x: on the bus w [[lily|name]] 😬
[[16/10|date]] 16:41 leyzboi_ox4: sound. delete this chat x

Chat with lilyrose_ak ([[Lily-Rose|name]] 💕)
[[17/10|date]] 10:12 lilyrose_ak: my mum is coming to get me. come with us ur dad will kill u
[[17/10|date]] 10:13 kenz.p.x: no im staying. [[baz|name]] is weird tho
[[17/10|date]] 10:15 lilyrose_ak: [[baz|name]] is like 30 wtf. text me when ur back in [[witney|place]]. pls [[kenzie|name]]

Chat with Dad ([[Gaz|name]] 👨)
[[16/10|date]] 18:30 Dad: where are u [[kenzie|name]]. [[mason|name]] said u got on the bus
[[16/10|date]] 22:05 Dad: Please just ring me. Not angry. [[07931 558 204|phone]] if your phone is dead use someones
[[17/10|date]] 08:40 Dad: Police are looking. Nan [[Sue|name]] has driven to [[Carterton|place]] to look for u
[[17/10|date]] 19:55 Dad: Your mum rang from the prison. She is crying. Come home

Chat with unsaved number (display name [[Kyron|name]])
[[17/10|date]] 23:01: u ok babe. [[dyl|name]] says u can stay at mine
[[17/10|date]] 23:15 kenz.p.x: no im good

Officer's note: the display name of "Dad" is "[[Gaz|name]]" (his nickname); "Nan [[Sue|name]]" is the paternal grandmother,
[[Susan Pinnock|name]], of
[[Ducklington|place]]. leyzboi_ox4 is believed to be [[Dylan CHENEY|name]] ([[09/03/2008|dob]]), of [[Pegasus Rd|address]],
[[OX4 6JS|postcode]].
Officer: DC [[Owain Prothero|name]] 4471, Child Exploitation Hub, [[Oxford|place]].
"""),
]
DOCS_E += [
    ("handwritten witness statement (MG11) of a shopkeeper, scanned", """RESTRICTED (when complete)
                                        MG11
WITNESS STATEMENT  (CJ Act 1967, s9; MC Act 1980, ss5A(3)(a) and 5B; Criminal Procedure Rules 2020, r16.2)
URN: 43 / TV / 55120 / 26
Statement of: [[Harjinder Singh SANGHA|name]]
Age if under 18: over 18          Occupation: shop owner (Leys Convenience Store)

This statement (consisting of 2 page(s) each signed by me) is true to the best of my knowledge and belief ...
Signature: [[H S Sangha|name]]                         Date: [[24/10/2026|date]]

I run the convenience shop at the parade on [[Blackbird Leys Road|address]], [[Oxford|place]]. I have run it for 11 years. I
know most of the young people who come in.

On the evening of Friday [[16th October 2026|date]] at about 17:45 two young girls came in with a lad I know as "[[Dyl|name]]".
I know him because he has been in my shop since he was small. His nan, Mrs [[Cheney|name]], lived in the flats behind and I
used to deliver her paper. The girls were very young, I thought 12 or 13. One had long fair hair and a school blazer
with a green badge ([[Wood Green|school]], I have since been told). The other had dark hair in a bun. [[Dyl|name]] bought a
bottle of Glen's vodka and two packs of Elf Bar. I refused to sell him the vodka because he had no ID and I said "and not
for them either". He laughed and said "chill [[Harj|name]]". They left together towards [[Pegasus Road|address]].

On Saturday [[17th Oct|date]] at about 14:00 the fair haired girl came in on her own with an older man I know only as
"[[Baz|name]]", about 30, white, shaved head, tattoo on his neck of a name, I think "[[Kelsey|name]]". He paid for crisps and
a pot noodle and a phone top-up for her. She looked tired and did not speak. I asked her "you OK
darling?" and she nodded. [[Baz|name]] said "she's my niece". I did not believe him. I rang 101 after they left and was given
the reference 43 1017. My son [[Gurpreet|name]] ([[07412 905 388|phone]]) saw them get into a white Vauxhall Corsa, he
thinks the reg started LL62 or LL63.

I have CCTV covering the till and the door which I have given to PC [[Jess Arkwright|name]] (exhibit HSS/1).

I am willing to attend court.
Signature witnessed by: PC [[J Arkwright|name]] 7302          Address and phone (not disclosed): [[14 Knights Road|address]],
[[Oxford|place]] [[OX4 6HU|postcode]]; [[01865 772 913|phone]]
"""),
]
DOCS_E += [
    ("child in need review meeting minutes", """WINDRUSH COUNCIL - CHILD IN NEED REVIEW - MINUTES
Children: [[Kenzie Pinnock|name]] ([[17/04/2013|dob]]) and [[Mason Pinnock|name]] ([[05/10/2016|dob]], NHS [[351 635 7924|nhs]])
Date: [[25 November 2026|date]], 16:00, [[Madley Brook|school]] school (community room)
Chair/minutes: [[Cerys Mabbutt|name]], for [[Nathan Ebdon|name]], social worker ([[Witney|place]] and [[Carterton|place]]
Family Solutions team)
Present: Mr [[Gareth Pinnock|name]] (father); [[Kenzie|name]] (first 20 minutes); Mrs [[Sue Pinnock|name]] (paternal grandmother);
[[Ruth Okonkwo-Bell|name]] (DSL, [[Wood Green School|school]]); [[Dan Mapp|name]] (class teacher, [[Madley Brook|school]]); DC [[Owain
Prothero|name]] (TVP Child Exploitation Hub); [[Frankie Lusk|name]] (Oxfordshire Youth, mentor)
Apologies: School nurse ([[Asha Meek|name]])

1. Since the last meeting ([[28/10|date]])
No further missing episodes. [[Kenzie|name]] has been to school every day except [[13 Nov|date]] (dentist). She has had three
sessions with [[Frankie|name]] (climbing at [[Witney|place]] leisure centre, and the cinema). Police update: [[Dylan Cheney|name]]
(18) was charged on [[20 November|date]] with sexual activity with a child; remanded; a child abduction warning notice was
served on "[[Baz|name]]", now identified as [[Barry Nixey|name]] (34) of [[Rose Hill|place]]. The white Corsa belongs to [[Kyron
Walsh|name]], who has been spoken to. [[Lily-Rose Akers|name]] is supported by the [[Carterton|place]] team.

2. [[Kenzie|name]]'s views (she asked [[Frankie|name]] to read them out)
"I know [[Dyl|name]] is not my boyfriend. I'm angry with him. I don't want to talk about [[Baz|name]]. I want to see my mum. I
want Dad to not work Saturdays. I want [[Mason|name]] to have a key so I don't have to wait in for him."

3. Father
Mr [[Pinnock|name]] (nights at the BMW plant in [[Cowley|place]]) has asked to move to days from January. He found it hard to hear
that [[Kenzie|name]] felt she was [[Mason|name]]'s carer. His mother now collects [[Mason|name]] on Mondays, Tuesdays and Thursdays and
takes him to hers in [[Ducklington|place]] ([[12 Standlake Road|address]]) for tea.

4. Contact with mother
[[Leanne Dacey|name]] is at HMP Eastwood Park, release date on licence about [[19 March
2027|date]]. A visit for [[Kenzie|name]] and
[[Mason|name]] with [[Gareth|name]] is booked for [[12 December|date]] through the prison's family services (PACT). [[Leanne|name]]'s
sister, [[Jodie Dacey|name]] in [[Bampton|place]], has offered to come.

5. Actions
- [[Gareth|name]] to ask his employer re days (by [[4 Dec|date]]).
- [[Cerys|name]]/[[Nathan|name]]: letter of support for the visit; keep screening tool under review.
- [[Ruth|name]]: healthy relationships work with [[Kenzie|name]] (school nurse [[Asha|name]] to join).
- Next review: [[20 January 2027|date]], same place, 16:00.
"""),
]


# --- F. Asante / Mensah family (Ghanaian), Norreys, Wokingham, with a privately fostered cousin from Kumasi -------------------

HOME_F = d.Address("5 Tudor Way", "Norreys", "Wokingham", "RG41 1NB")
MUM_F = d.Address("House No. AK-214-6610, Asafo", "", "Kumasi", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Efua", "Mensah")], dt.date(2012, 3, 18), addresses=[HOME_F, MUM_F], ids=["6989929642", "W872666872315"],
       schools=["The Forest School"]),
    _p("s", "cousin", [("Blessing", "Asante")], dt.date(2018, 6, 25), addresses=[HOME_F], ids=["D872491535086"],
       schools=["Westende Junior School"]),
    _p("s2", "cousin", [("Kojo", "Asante")], dt.date(2021, 11, 2), addresses=[HOME_F]),
    _p("m", "mother", [("Akosua", "Mensah")], addresses=[MUM_F], phones=["+233 24 417 8832"]),
    _p("k", "private foster carer", [("Comfort", "Asante")], dt.date(1985, 4, 14), addresses=[HOME_F],
       phones=["07886 112 709"], emails=["comfort.asante@outlook.com"]),
    _p("k2", "private foster carer", [("Kwame", "Asante")], dt.date(1981, 9, 29), addresses=[HOME_F], phones=["07507 663 418"]),
    _p("p1", "professional", [("Imelda", "Rusu")], phones=["0118 978 4402"], emails=["imelda.rusu@loddon.gov.uk"]),
], "c")

DOCS_F = [
    ("private fostering notification form, handwritten and scanned", """LODDON COUNCIL  -  PRIVATE FOSTERING NOTIFICATION
(Children (Private Arrangements for Fostering) Regulations 2005)
[scanned form, handwriting typed in by business support, [[12/11/2026|date]]; "??" = could not read]

PART A  THE CHILD
Surname: [[MENSAH|name]]          First name(s): [[Efua|name]] [[Adwoa|name]]          Known as: "[[Effie|name]]"
Date of birth: [[18 / 03 / 2012|dob]]     Nationality: Ghanaian     Language: Twi, English     Religion: Christian (Pentecostal)
Date arrived in UK: [[23 July 2026|date]]     Date started living with you: [[23.07.26|date]]
School: [[The Forest School|school]], [[Winnersh|place]] (from [[2 Nov|date]]) - before that "waiting for a place"

PART B  THE PARENTS
Mother: [[Akosua Mensah|name]]   Address: [[House No. AK-214-6610, Asafo|address]], [[Kumasi|place]], Ghana
Tel: [[+233 24 417 8832|phone]]   (WhatsApp same)
Father: [[Kwabena Owusu|name]] - "not involved, in [[Accra|place]]" - tel: ??
Who has parental responsibility? Mother

PART C  THE PRIVATE FOSTER CARERS
1. [[Comfort ASANTE|name]]   DOB [[14/04/1985|dob]]   Relationship: mother's cousin ("auntie")   Job: staff nurse, Royal Berks
2. [[Kwame ASANTE|name]]     DOB [[29/09/1981|dob]]   Job: bus driver, Reading Buses
Address: [[5 Tudor Way|address]], [[Norreys|place]], [[Wokingham|place]]   Postcode: [[RG41 1NB|postcode]]
Tel: [[07886 112 709|phone]] / [[07507 663 418|phone]]   Email: [[comfort.asante@outlook.com|email]]
Other people in the household: [[Blessing Asante|name]] (8), [[Kojo Asante|name]] (5), our lodger Mr [[Yaw Darko|name]] (about 40,
student at Uni of Reading) - room downstairs

PART D  THE ARRANGEMENT
How long is the child expected to stay?  "Till she finishes school / maybe university"
Why? "Better education. Her mother is a trader at Kejetia market and is not well (diabetes)."
Who told you to notify? The school admissions officer ([[Wokingham|place]]) - Mrs [[Ferris|name]]?

Signed: [[C. Asante|name]]      Date: [[10/11/2026|date]]
For office use: received [[11/11/26|date]] by [[Imelda Rusu|name]] (PF lead).  LATE - 15 weeks after arrival.
"""),
]
DOCS_F += [
    ("private fostering assessment visit case note", """LODDON COUNCIL - CASE NOTE - Private fostering assessment, visit 1 (announced)
Child: [[Efua Mensah|name]] ("[[Effie|name]]"), 14      Date of visit: [[17/11/2026|date]], 17:30-19:15
Worker: [[Imelda Rusu|name]], social worker, private fostering ([[0118 978 4402|phone]], [[imelda.rusu@loddon.gov.uk|email]])
Seen: [[Efua|name]] (alone and with the family), [[Comfort|name]] and [[Kwame Asante|name]], [[Blessing|name]] (8),
[[Kojo|name]] (5). Not seen:
lodger [[Yaw Darko|name]] (at work).

The home. A three-bedroom semi on [[Tudor Way|address]], [[Norreys|place]], clean and warm. [[Efua|name]] shares a bedroom with
[[Blessing|name]]; she has her own bed, a desk and a wardrobe. [[Yaw|name]] has the converted garage. Photos of the family in
[[Kumasi|place]] on the wall, and of [[Efua|name]]'s mother, [[Akosua|name]], at her stall.

[[Efua|name]]. A tall, polite girl who was quiet at first and then talked easily. She said she came "for school" and that her
mother "cried at the airport but wanted it". She likes [[Forest|school]], especially chemistry, and has a friend, [[Precious
Adjei|name]], from church. She misses her mother and her grandmother (Nana [[Afua|name]] - see below) and speaks to her mum
"every Sunday after church" on WhatsApp. She told me that before school started she did "a lot" of the housework and had
[[Kojo|name]] every day in the summer "because Auntie [[Comfort|name]] was on long days". She braids hair for women from the
church on Saturdays and keeps the money (£20-£30 a time) - "Auntie says it's mine". She said she is not hit and that
Uncle [[Kwame|name]] "is funny, he drives the 4 bus". She does not have her passport; Auntie keeps it "in the safe place".

Note: "Nana" is the Twi word for a grandparent. [[Efua|name]]'s grandmother is Nana [[Afua Boateng|name]]; shown above
with "Nana" as a title.

The carers. [[Comfort|name]] was apologetic about the late notification: "In Ghana this is just family." She showed me the
letter from [[Akosua|name]] giving consent (dated [[2 July 2026|date]], signed, with a copy of [[Akosua|name]]'s Ghana Card) and
[[Efua|name]]'s visa (Standard Visitor - 6 months) - it expires on
[[23 January 2027|date]]. Neither carer knew that a visitor cannot study long-term. [[Kwame|name]] has a DBS from his job.

Concerns. (1) Immigration status: needs advice now (to the council's NRPF and
immigration adviser, [[Tobias Lennard|name]]). (2) Domestic work over the summer. (3) Lodger: needs a DBS check and an
address check (he says he lived at [[Flat 11, 2 Station Road|address]], [[Earley|place]]). (4) The passport being kept by the carers.
Strengths: warm, stable, education prioritised, good links with the mother.

Next: visit 2 on [[1 December|date]]; speak with [[Akosua|name]] by WhatsApp video with an interpreter (Twi), [[Emmanuel Yeboah|name]],
on [[26 Nov|date]] at 12:00 UK time; school and GP checks (Wokingham Medical Centre).
"""),
]
DOCS_F += [
    ("WhatsApp voice notes from the mother in Ghana, transcribed and translated", """Transcript of WhatsApp voice notes sent
by Ms [[Akosua Mensah|name]] ([[+233 24 417 8832|phone]]) to the social worker's
work phone, [[27-28 November 2026|date]]. Transcribed and translated from Twi by [[Emmanuel Yeboah|name]] (interpreter),
[[30/11/2026|date]].
[Twi in italics in the original; English translation in square brackets; [inaudible] where not clear]

Voice note 1 - [[27/11/2026|date]] 19:02 (Ghana time), 1 min 48 s
"Good evening madam. It is [[Akosua|name]], [[Efua|name]]'s mother. Me ma wo adwo. [Good evening to you.]
Thank you for the call yesterday with the interpreter. I want to say again: I sent my daughter to [[Comfort|name]] because
[[Comfort|name]] is my blood, her mother and my mother are sisters from [[Bekwai|place]]. Nobody paid anybody. [[Efua|name]] is
very clever, she was first in her class at [[Wesley Girls|school]]- no, at [[St Louis JHS|school]], in [[Kumasi|place]]. Here
the teachers are on
strike every term."

Voice note 2 - [[27/11/2026|date]] 19:05, 2 min 10 s
"Ɛfa passport no ho no [About the passport] - [[Kwame|name]] keeps it because last year my brother's son lost his in
[[London|place]] and it was big trouble. If you want [[Effie|name]] to keep it, she can keep it, no problem. About the visa,
[[Kwame|name]] said a man at the church in [[Reading|place]], Brother [[Osei|name]], told him a visitor can go to school. If that is
not correct then please tell me what to do. I don't want my child to be illegal. Me srɛ wo [I beg you]."

Voice note 3 - [[28/11/2026|date]] 08:40, 0 min 51 s
"Madam, also, the housework. In Ghana a girl of fourteen helps in the house, it is normal, I did more. But [[Comfort|name]]
told me you said it was too much in the summer with [[Kojo|name]]. I have spoken to [[Efua|name]]. She says she is happy. Tell
[[Blessing|name]] her auntie [[Akos|name]] says hello. My other number is [[+233 20 651 1049|phone]], my sister [[Adjoa|name]]'s, if
mine is off - light off [power cut] here in [[Asafo|place]] [inaudible] every day."

Voice note 4 - [[28/11/2026|date]] 08:42, 0 min 20 s
"And my address for your letter: [[AK-214-6610|address]], [[Asafo|place]], [[Kumasi|place]]. Near Asafo market, the blue
gate. Onyame nhyira wo. [God bless you.]"

Interpreter's note: "[[Akos|name]]" is a short form of [[Akosua|name]]. "Brother" is a church title, not kinship. "madam" is a polite
address. "[[Asafo|place]]" is a suburb of [[Kumasi|place]]; Asafo market is a landmark.
"""),
    ("church pastor's letter of support", """[letterhead] Church of Pentecost UK - [[Wokingham|place]] Assembly (Agape Centre)
Meetings: Sundays 10am, Woosehill Community Hall, [[Emmview Close|address]], [[Wokingham|place]]

[[3rd December 2026|date]]

To: [[Imelda Rusu|name]], Private Fostering, Loddon Council, [[Shute End|address]], [[Wokingham|place]] [[RG40 1BN|postcode]]

Dear Madam,

RE: [[EFUA ADWOA MENSAH|name]] (known as [[Effie|name]]) and Bro. and Sis. [[ASANTE|name]], [[5 Tudor Way|address]]

I write at the request of Deaconess [[Comfort Asante|name]] and Elder [[Kwame Asante|name]], who have been members of this
assembly since 2014, when they moved to [[Wokingham|place]] from [[Thornton Heath|place]]. I have known them for nine years as
their presiding elder and, since [[1 August 2023|date]], their pastor.

They are a godly, hardworking and loving family. Sister [[Comfort|name]] leads our children's ministry and Elder [[Kwame|name]]
drives the church minibus ([[RX19 KTF|vehicle]]) to collect the elderly each Sunday from [[Bracknell|place]] and [[Crowthorne|place]].
Their children, [[Blessing|name]] and [[Kojo|name]], are in our Sunday school under Sister [[Grace Ofori-Atta|name]].

Since July their niece [[Efua|name]] has worshipped with us. She sings in the youth choir, which my wife, Mrs [[Gifty
Amoako|name]], leads, and she has made good friends, especially [[Precious|name]] and [[Nhyira Adjei|name]] of [[Woodley|place]].
I have never had any concern about how [[Efua|name]] is treated. The family did not know the law about private fostering; in
our culture a child being raised by an auntie is a blessing, not a matter for the council. I have now announced to the
whole congregation that any family caring for a relative's child for 28 days or more must tell the council, and I thank
you for explaining it.

The hair braiding: our sisters pay [[Efua|name]] for braiding; I have asked that it stops at 2 hours on a Saturday.

If I can help further, my number is [[07958 612 447|phone]] and my email [[pastor.amoako@copuk-wokingham.org|email]].

Yours in His service,

Pastor [[Samuel Kwaku Amoako|name]]
Presiding Elder, [[Wokingham|place]] Assembly
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 61 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:09 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "dadi", "nani", "dada", "chacha",
           "khala", "phuppo", "baji", "apa", "bhai", "ammi", "abbu", "mama", "papa", "madam", "rev", "revd", "pastor", "elder",
           "deaconess", "brother", "bro", "sis", "cpl", "lcpl", "maj", "wo2", "kui", "fa'e", "fa'ē", "maame", "masi", "phuphi",
           "beta", "दादी"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "chacha", "khala", "phuppo", "senior", "junior", "mama", "masi", "phuphi", "beta",
          "dadi", "दादी", "bua"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "oxfordshire", "berkshire",
               "west berkshire", "east berkshire", "thames valley", "south gloucestershire", "gloucestershire", "tonga", "new zealand",
               "nz", "estonia", "india", "maharashtra", "sindh", "ghana", "ashanti", "ashanti region", "the vale", "vale"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles, church, Army and kinship words (before a name:
# "Rev", "Pastor", "Elder", "Deaconess", "Cpl", "WO2", "Kui", "Fa'e", "Maame", "Nana", "Mrs"; and after one: "mama", "phuphi",
# "beta", "दादी") and counties, regions and countries ("Oxfordshire", "Berkshire", "Tonga", "Ghana", "India").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
