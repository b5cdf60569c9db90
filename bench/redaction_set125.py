"""Set 125: a held-out hand-written set for the redaction detector, six more invented families in Tameside, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set122.py
to bench/redaction_set124.py and their tests (written by other helpers at the same time), that did not run the detector or
any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; set 21's
documents were read only as far as its first two and the last lines of its last), the module docstrings of bench/redaction_set7.py to
bench/redaction_set121.py, printed alone and searched for Tameside towns, districts and communities (to see which towns and
communities earlier sets used as a family's home), the module docstring and the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Tameside (Ashton-under-Lyne, Stalybridge, Hyde, Audenshaw, Denton and Mossley), each from a town, district or
estate no earlier set used as a family's home. Four of the kinds most common in children's social care: a white British
mother in Smallshaw, Ashton-under-Lyne, with a nan in Hurst (Marsland / Wild; neglect and home conditions after a bereavement,
a boy of 11 minding his sister of 6 and late for school, a partner's drinking and a fist through a door), a white British
lone father in Carrbrook, Stalybridge, with the mother in Dukinfield and a nan in Hollingworth (Swindells / Holt; a boy of 14
criminally exploited in county lines, arrested in a car on the M67 with crack cocaine, threats to his sister), a white British
and Black British Caribbean young couple in Haughton Green, Denton, with grandmothers in Droylsden and Moss Side (Grice /
Clarke; a baby of 10 weeks with a spiral femoral fracture and older rib fractures, care proceedings, a family group
conference), and a grandmother's special guardianship in Micklehurst, Mossley (Bradbury / Lord; a mother in prison, a girl
of 12 self-harming and groomed online by a man of 26 posing as 17, missing for an evening). Two from communities no earlier
set used: a Zomi (Tedim Chin) Christian family from Chin State in Myanmar, resettled by way of Kuala Lumpur, in Flowery
Field, Hyde, with family in Tedim, Kalay and Southport, Indianapolis (Pau Khan Thang / Cing Deih Niang; Zomi people have no
shared family surname; physical chastisement with a charger lead, a mother's post-natal depression, a boy of 13 used as an
interpreter), and a Pontic Greek family from Tsalka in Georgia by way of Thessaloniki, in Audenshaw (Savvidis / Kesidou;
the female surname form Savvidou; coercive control, passports taken, a girl of 10 with selective mutism, Greek and Russian).
24 documents, each of a style no other document of this set has: a social worker's unannounced home visit case note, a school
attendance officer's warning letter, a Facebook Messenger chat between a mother and her mother, a MASH contact record from an
anonymous neighbour, complex safeguarding strategy meeting minutes, a police custody record extract, a youth worker's notes
typed fast on a phone, Snapchat messages from a police phone download, an initial child protection conference report, a
primary school's CPOMS export, a father's own letter written with his pastor's help, WhatsApp voice notes transcribed and
translated from Zomi, a single assessment summary and analysis, an IDVA's referral email after MARAC, an OCR'd Greek school
certificate with its translation, a Viber chat in Greek and English between a mother and her son, a multi-agency chronology
of an unexplained injury, a consultant paediatrician's safeguarding letter, an OCR'd health visitor's handwritten contact
sheet, a family group conference family plan, a special guardianship support plan review, a girl's own "my views" form, an
emergency duty team's auto-transcribed call recording, and a referral letter to CAMHS.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Greece, Georgia, Myanmar, the United States, Jamaica); NHS numbers and UPNs (LA number
357 for Tameside) pass their check digits; NI numbers have a valid format. The council (Tame Vale), the IDVA service
(Bridges), the schools Ashton Vale Academy and Ridgeway Brook Primary and the nursery Little Acorns are invented; towns,
districts, estates, real schools, NHS bodies, hospitals, GP practices, police forces, prisons, courts, churches, clubs,
charities, brands and apps are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Dr, PC, DS,
DC, Nan, Nanna, Grandma, Auntie, Pastor, and this set's own: the Zomi "Pu" (an honorific for an older man) and "Nu" (mother),
the Greek "Kyria" (Mrs; "Kvria" as OCR'd), "yiayia" (grandmother), "Baba", "Mama" and "Μαμά") stay outside the name span; a
possessive 's and a bare s in texting stay outside; every person's name is a name in every form, record or not. "SURNAME,
First" is one span ("SWINDELLS, Mason", "MARSLAND, Kayleigh", "Cing, Hau Za", "KESIDOU, Eleni"), and so is "SURNAME First"
("GRICE Nevaeh", "SAVVIDOU SOFIA", "ΣΑΒΒΙΔΟΥ ΣΟΦΙΑ"); an initial with a surname is one span; social media usernames
("tz_2four", "m.swindz12", "reecey.l", "bennyb_7") are not marked but display names that are names are ("Tezza", "Mase",
"Benny B", and Messenger's "Kayleigh Marsland"); a contact saved under a kinship word ("Μαμά") is not a name. A street address
is one span, its town a place, its postcode a postcode (a Greek postcode "551 32" too); a street named without a number is an
address, and so is a neighbour's bare house number ("no. 41", "41"); towns, villages, districts and estates are places at home
or abroad and in any script ("Tedim", "တီးတိန်", "Lamzang", "Kalay", "Cheras", "Καλαμαριά", "Θεσσαλονίκη"); countries, states,
counties and regions are not ("Myanmar", "Chin State", "Malaysia", "Georgia", "Greece", "Jamaica", "America", "USA",
"Tameside"); organisations are not marked even when they hold a town's or a person's name ("Tameside General", "Mossley
Medical Practice", "Denton Medical Practice", "Donneybrook Medical Centre", "Lambgates Health Centre", "Hyde Town Hall",
"Denton Festival Hall", "Mossley AFC", "HMP Styal", "Healthy Young Minds", "Positive Steps", "Change Grow Live", "Zomi Christian
Fellowship", "Bridges"); a firm named after people marks only the names ("[[Kenyon|name]] Law", "[[Patel|name]] &
[[Rowbotham|name]] Solicitors"); a school's name is a school in any script and its short form too ("Hollins", "Copley",
"Aldwyn", "Ridgeway Brook", "7o ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΚΑΛΑΜΑΡΙΑΣ"); a date of birth is dob, any other calendar date with a day is
date (a weekday before it stays outside; a weekday alone, a month or a year alone is not marked); pets (the dog Biscuit, the
cat) are not names; a surname or first name that is also a word or a town is marked by what it refers to (Wild, Hope, Mason,
Lord, Brook, Holt, Hyde, Ashton, Dim, Hollingworth, Denton, Lees, Wood, Swift, Fox and Green are names when they are people
and places when they are places: the boy "Ashton" is a name, the town "Ashton" a place; "Lees" is a place in Oldham and a
teacher's surname).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Zomi person's whole
name ("Pau Khan Thang") is one name span and a part of it used alone ("Pau Khan", "Thang", "Lam Lam") is a name too; a
parent's name in a Greek genitive ("του Γεωργίου", "της Ελένης") is a name; an OCR'd name broken by a hyphen and a line
break ("Μ. Παπαδοπ-\\nούλου") and an OCR'd name broken by a space ("Jerom e") are one span each; a place split by OCR over a
line ("Haughton\\nGreen") is one span; a mis-heard place in an auto-transcript ("Car Brook") is a place, and a name cut off
and restarted ("Ja-") is a name; an illegible number is not marked; a false name used by a groomer ("Jayden") is a name, like
an alias; a name on a travel card that may be false ("Connor Wood") is a name; a hospital's, a ward's, a custody suite's or a
church's name is an organisation; a CAD, custody, police log, hospital or interpreter number is not marked; the M67 and a
bus number are not marked; Ashton market is marked as the town.

Self-check without the detector: `python -m bench.redaction_set125` (and tests/test_redaction_set125.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and its
countries, states and regions, and prints the number of documents and gold spans per kind: 24 documents,
935 gold spans, 533 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Marsland / Wild family (white British), Smallshaw, Ashton-under-Lyne, with a nan in Hurst --------------------------

HOME_A = d.Address("27 Birch Lane", "Smallshaw", "Ashton-under-Lyne", "OL6 8JU")
NAN_A = d.Address("5 Kings Road", "Hurst", "Ashton-under-Lyne", "OL6 9BG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Marsland")], dt.date(2015, 4, 19), addresses=[HOME_A], ids=["5303511944", "T357266185341"],
       schools=["Ashton Vale Academy"]),
    _p("s", "sibling", [("Poppy", "Marsland")], dt.date(2020, 2, 8), addresses=[HOME_A], ids=["5194711107", "C357604159644"],
       schools=["Ridgeway Brook Primary School"]),
    _p("m", "mother", [("Kayleigh", "Marsland")], dt.date(1996, 9, 30), addresses=[HOME_A], phones=["07715 253 901"],
       ids=["JT 44 61 82 B"]),
    _p("f", "partner", [("Craig", "Wild")], dt.date(1991, 12, 2), addresses=[HOME_A], phones=["07569 341 576"]),
    _p("g", "grandparent", [("Brenda", "Marsland")], dt.date(1966, 6, 11), addresses=[NAN_A], phones=["0161 341 2814"]),
    _p("p1", "professional", [("Hannah", "Ogden")], phones=["0161 342 8355"], emails=["hannah.ogden@tamevale.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (unannounced)
Child(ren): [[Alfie MARSLAND|name]] (DOB [[19/04/2015|dob]]), [[Poppy MARSLAND|name]] (DOB [[08/02/2020|dob]])
Address: [[27 Birch Lane|address]], [[Smallshaw|place]], [[Ashton-under-Lyne|place]] [[OL6 8JU|postcode]]
Date of visit: [[3 November 2026|date]], 15:40-16:55     Worker: [[Hannah Ogden|name]], Social Worker, Tame Vale Children's Services
Present: [[Kayleigh|name]] (mum), [[Alfie|name]], [[Poppy|name]]; [[Craig Wild|name]] (mum's partner) arrived 16:20.

Purpose: follow-up to the school's referral of [[28 October|date]] (attendance 61%, [[Alfie|name]] arriving hungry, head lice
untreated since September) and to the anonymous call to the front door on [[30/10/2026|date]].

Observations. The front garden has a split mattress and six black bags; the side gate is off. [[Alfie|name]] let me in -
he said Mum was "having a lie down". The living room was warm and the TV on; the kitchen had no clean surface, the bin
overflowing, two dog bowls empty, dog mess on the back step. The fridge held milk (out of date [[1 Nov|date]]), a block of
cheese and cans of Strongbow. [[Poppy|name]] was in a vest and nappy although she is six; [[Alfie|name]] said "she only wears
it at home, she's fine at school". [[Kayleigh|name]] came down at 15:50, apologised and said she has been "floored" since her
dad's funeral in [[Glossop|place]] on [[14th October|date]]. She cried when I said I had to look upstairs.

Upstairs: the children share a double mattress on the floor of the back bedroom; the bedding was stained with urine and there
was no cover. [[Alfie|name]]'s school shirt was on the radiator, damp. There is no bulb on the landing.

What [[Alfie|name]] said (alone in the garden, with his permission): he gets [[Poppy|name]] up and takes her to
[[Ridgeway Brook|school]] "when Mum's tired", then runs to [[Ashton Vale|school]] and is late. He makes toast or they have
crisps. He likes [[Craig|name]] "mostly" but "him and Mum shout when he's had cans". He goes to his nan's ([[Brenda|name]]) in
[[Hurst|place]] on Sundays for a roast. His friend [[Ashton Kershaw|name]] from across the road sometimes gives him a lift in
his mum's car. He said "please don't make me go in care like [[Jordan|name]] at school".

[[Craig Wild|name]] (DOB [[02.12.1991|dob]]) was polite; he said he works nights at a warehouse in [[Denton|place]] and sleeps
in the day, "so I'm not here to do the school run". He agreed he drinks "four or five cans" most days. He said the
anonymous caller is "that nosy cow at [[no. 31|address]]" (a neighbour, Mrs [[Debbie Hyde|name]], whose name he gave).

Others named: [[Kayleigh|name]]'s brother [[Gary Marsland|name]] ("[[Gaz|name]]", [[Hurst Cross|place]]); [[Craig|name]]'s mother
[[Lynn Wild|name]] ([[Dukinfield|place]]); the children's father [[Ryan Moss|name]] (no contact since [[12/12/2022|date]]); [[Alfie|name]]'s
friend [[Ashton Kershaw|name]] (12) and his mum [[Stacey-Jo Kershaw|name]] at [[no. 30|address]], who has given [[Alfie|name]] tea "a
few times".

Plan agreed: bedding, beds and a bulb via the Local Welfare Provision by [[6 November|date]]; nits treated tonight (I
left lotion); [[Kayleigh|name]] to see her GP at Albion Medical Practice about her low mood; [[Brenda Marsland|name]] (nan,
[[0161 341 2814|phone]]) to be asked if she will do the school run on Mondays and Thursdays; I will return on
[[10/11/26|date]]. Discussed with my manager [[Farah Iqbal|name]] on [[4 Nov|date]]: single assessment to continue; threshold
for a strategy discussion not met today.
"""),
    ("school attendance officer's warning letter", """[[Ashton Vale Academy|school]]
[[Lodge Lane|address]], [[Ashton-under-Lyne|place]] [[OL6 8QR|postcode]]      Tel: [[0161 430 8305|phone]]

[[20 October 2026|date]]

PRIVATE AND CONFIDENTIAL
Ms [[K. Marsland|name]]
[[27 Birch Lane|address]]
[[Smallshaw|place]]
[[Ashton-under-Lyne|place]]
[[OL6 8JU|postcode]]

Dear Ms [[Marsland|name]],

Re: [[Alfie Marsland|name]], Year 7 (7R), date of birth [[19 April 2015|dob]], UPN [[T357266185341|upn]]

I am writing because [[Alfie|name]]'s attendance this term has fallen to 61.2%. Since [[3 September|date]] he has missed 22
sessions, 14 of them unauthorised, and has been late after registers closed on 11 occasions, most recently on [[13|date]],
[[15|date]] and [[16 October|date]]. We rang you on [[24/09|date]] and [[8/10|date]] and left messages on [[07715 253 901|phone]];
a text was sent on [[9 October|date]]. Our learning mentor, Mr [[Callum Tighe|name]], saw [[Alfie|name]] on [[15 October|date]]
and he told him he had been "looking after my sister".

I would like to meet you at school on Tuesday [[27 October 2026|date]] at 9.15am with Mr [[Tighe|name]] and me. If you
cannot come, please ring me. If attendance does not improve we may have to consider a Fixed Penalty Notice or a referral
to Tame Vale's Education Welfare Service; we do not want to do that, and we would rather help. [[Alfie|name]] is a kind
boy who is doing well in maths with Miss [[Sunderland|name]] and we want him here.

Yours sincerely,

[[Joanne Pickford|name]]
Attendance Officer
cc: Mrs [[R. Lomax|name]], Designated Safeguarding Lead; [[Ridgeway Brook Primary School|school]] (sibling: [[Poppy Marsland|name]])
"""),
    ("Facebook Messenger chat between a mother and her own mother, typed up", """Messenger conversation provided by
[[Brenda Marsland|name]] (maternal grandmother) on [[12/11/2026|date]], typed up by
[[H. Ogden|name]] SW. Spelling as written. "[[Kayleigh Marsland|name]]" and "[[Brenda Marsland|name]]" are the display names.

[[Kayleigh Marsland|name]]  [[5 Nov|date]] 07:52
mam can u do [[alfie|name]] n [[pops|name]] today im not right x
[[Brenda Marsland|name]]  07:58
I can do [[pops|name]] not [[alfie|name]] hes got to be at [[ashton vale|school]] for 8.30 i cant get there and back on the 346 love
[[Kayleigh Marsland|name]]  07:59
hes ok he can walk. [[craig|name]] took the car to [[stalybridge|place]] for work stuff
[[Brenda Marsland|name]]  08:03
Whats [[craig|name]] doing with car hes not insured on it. Is he still on them cans
[[Kayleigh Marsland|name]]  08:05
dont start mam pls
[[Brenda Marsland|name]]  08:06
Im not starting. That social worker [[hannah|name]] rung me, she wants me doing mon and thurs. I said yes. Tell [[alfie|name]] his
nan says hes a good lad
[[Kayleigh Marsland|name]]  [[6 Nov|date]] 22:41
[[craig|name]] put his fist thru the door mam. kids didnt see. hes gone to his brothers in [[Dukinfield|place]]
[[Brenda Marsland|name]]  22:44
Are you all safe? Ring me now. Shall I get [[Gary|name]] to come round
[[Kayleigh Marsland|name]]  22:45
no dont send [[gaz|name]] he'll kill him. im ok. [[poppy|name]] asleep. [[alfie|name]] was on his xbox with headphones
[[Brenda Marsland|name]]  22:47
Your coming to mine tomorrow with them both. [[5 Kings Rd|address]] has room if [[Alfie|name]] has the settee. Im telling that
[[Hannah|name]]
[[Kayleigh Marsland|name]]  [[7 Nov|date]] 09:10
ok. dont tell [[Craig|name]]s mam pls she'll be on the phone to him
"""),
    ("front door contact record (MASH form) from an anonymous neighbour", """TAME VALE MASH - CONTACT RECORD
Contact ID: 26-118462
Date/time received: [[30/10/2026|date]] 11:17     Received by: [[Liam Crossley|name]] (Contact Officer)     Route: telephone
Referrer: declined to give name ("a neighbour"); number withheld. Later named by the mother's partner as Mrs [[Debbie Hyde|name]],
[[no. 31|address]] - NOT CONFIRMED, do not share.

Child 1: [[MARSLAND, Alfie|name]]          DOB: [[19.04.2015|dob]]   Gender: M   School: [[Ashton Vale Academy|school]]
Child 2: [[MARSLAND, Poppy|name]]          DOB: [[08.02.2020|dob]]   Gender: F   School: [[Ridgeway Brook|school]] (Y2)
Address: [[27 Birch Lane|address]], [[Smallshaw|place]], [[OL6 8JU|postcode]]
Parent/carer: [[MARSLAND, Kayleigh|name]] (mother), DOB [[30/09/1996|dob]], mob [[07715 253 901|phone]], NI [[JT 44 61 82 B|ni]]
Other adults: [[WILD, Craig|name]] (partner, not the children's father). Father of both children: [[Ryan Moss|name]], whereabouts
not known, last address thought [[Rochdale|place]].

Reason for contact (referrer's words): "The little girl was out on the front at half 8 at night in just a t-shirt again, barefoot,
in the rain. The lad was looking for her. There's shouting most nights and the bloke drinks in the garden. The bins haven't
been out for weeks and there's rats. The boy asked my grandson [[Ashton|name]] for food on Tuesday [[27th|date]]."
Note: [[Ashton|name]] is the referrer's grandson (a child, 12), not the town.

Checks: known to CSC - closed Early Help episode Feb 2024-Jul 2024 (worker [[Gemma Lees|name]]). Police
(PNC/PND via PC [[Sam Wardle|name]] - see below): [[Craig Wild|name]] - 2019 drink drive, 2021 DA incident with an ex-partner in
[[Hyde|place]]; no incidents at this address. Health: HV [[Ruth Ainsworth|name]] (Tameside and Glossop ICFT) - last contact with
[[Poppy|name]] 27-30 month review, missed 3.5 year check. School (DSL Mrs [[Lomax|name]]) - referral already sent [[28/10|date]].

Decision: to Tame Vale Child in Need Team (West) for single assessment - RAG amber. Manager: [[F. Iqbal|name]], [[30 Oct 2026|date]] 14:02.
"""),
]


# --- B. Swindells / Holt family (white British), Carrbrook, Stalybridge, with a mother in Dukinfield ------------------------

HOME_B = d.Address("14 Castle Clough Road", "Carrbrook", "Stalybridge", "SK15 3NP")
MUM_B = d.Address("Flat 9, Tower Court, 3 Chapel Street", "", "Dukinfield", "SK16 4DT")
NAN_B = d.Address("22 Wedneshough", "Hollingworth", "Hyde", "SK14 8LS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Swindells")], dt.date(2012, 7, 3), addresses=[HOME_B], ids=["7214004526", "R357641610695"],
       schools=["Copley Academy"]),
    _p("s", "sibling", [("Lily-Mae", "Swindells")], dt.date(2018, 5, 21), addresses=[HOME_B], ids=["5615663332"],
       schools=["Buckton Vale Primary School"]),
    _p("f", "father", [("Gareth", "Swindells")], dt.date(1984, 1, 17), addresses=[HOME_B], phones=["07926 034 547"],
       ids=["NE 27 19 64 C"]),
    _p("m", "mother", [("Stacey", "Holt")], dt.date(1988, 10, 6), addresses=[MUM_B], phones=["07926 521 824"]),
    _p("g", "grandparent", [("Patricia", "Swindells")], dt.date(1958, 3, 29), addresses=[NAN_B], phones=["07554 144 867"]),
    _p("p1", "professional", [("Dan", "Whitehead")], phones=["0161 342 4471"], emails=["dan.whitehead@tamevale.gov.uk"]),
], "c")

DOCS_B = [
    ("strategy meeting minutes on child exploitation", """TAME VALE SAFEGUARDING PARTNERSHIP - STRATEGY MEETING (Complex Safeguarding / CCE)
Child: [[Mason Swindells|name]], DOB [[03/07/2012|dob]], NHS [[721 400 4526|nhs]]
Date: [[17 November 2026|date]], 10:00, Teams          Chair: [[Nadia Rahman|name]], Team Manager (Complex Safeguarding Hub)
Present: [[Dan Whitehead|name]] (allocated SW); DS [[Mark Ollerenshaw|name]] and PC [[Gemma Clegg|name]] (GMP Tameside Challenger);
[[Sue Platt|name]] (DSL, [[Copley Academy|school]]); [[Kirsty Booth|name]] (youth justice); [[Jamie Hulme|name]] (Positive Steps
youth worker); [[Aisha Patel|name]] (school nurse). Apologies: Dr [[Ben Hollingworth|name]] (GP, Lambgates Health Centre).
Minutes: [[Sophie Dodd|name]] (business support).

1. Reason. [[Mason|name]] (14) was arrested at 01:40 on [[15/11/2026|date]] in a grey Audi A3, [[MA19 KXE|vehicle]], stopped on
the M67 near [[Hattersley|place]]; he had 14 wraps of crack cocaine in his sock and £340. The driver, [[Terence Bagshaw|name]]
(known as "[[Tezza|name]]", 24, of [[Hyde|place]]), is on bail for supply. [[Mason|name]] had been reported missing by his dad at
22:10 on [[14 November|date]] - his seventh missing episode since [[1 September|date]].

2. Information shared.
- DS [[Ollerenshaw|name]]: [[Mason|name]]'s phone shows contact with a line named "[[Benny|name]]" and trips to [[Barrow-in-Furness|place]]
  and [[Lancaster|place]] by train. [[Bagshaw|name]]'s associate [[Kyle Dearden|name]] was seen with [[Mason|name]] at [[Stalybridge|place]]
  station on [[2 Nov|date]] (CCTV). An address on [[Market Street|address]], [[Hyde|place]] (a flat above the vape shop) is thought to be a
  trap house.
- Ms [[Platt|name]]: attendance 48%; [[Mason|name]] has new trainers and a North Face coat; he told his form tutor Mr [[Holden|name]]
  "I owe people". Fixed-term suspension [[23 October|date]] for a vape. His friend [[Reece Lawton|name]] (also 14) is worrying school
  too.
- Mr [[Whitehead|name]]: [[Gareth Swindells|name]] (dad) is a lone carer since [[Stacey Holt|name]] (mum) left in 2024; she lives in
  [[Dukinfield|place]], is in recovery with Change Grow Live, and sees the children on Saturdays. Dad works shifts at a bakery in
  [[Droylsden|place]]; nan [[Pat Swindells|name]] in [[Hollingworth|place]] helps with [[Lily-Mae|name]] (8, [[Buckton Vale|school]]).
  Dad said "they've got him and I can't get him back".
- [[Jamie|name]]: [[Mason|name]] engages with boxing at the gym on [[Caroline Street|address]]; he said he wants out but "they know
  where my sister goes to school".

3. Decisions. Section 47 enquiries (single agency, CSC lead with police). NRM referral by [[Dan|name]] by [[19/11|date]]. Child
Exploitation risk assessment: HIGH. Disruption: CAWN for [[Bagshaw|name]] and [[Dearden|name]]. Safety plan for [[Lily-Mae|name]]:
school to be told who may collect her (dad, nan, mum). Review strategy meeting [[1 December 2026|date]] 10:00.
"""),
    ("police custody record extract", """GREATER MANCHESTER POLICE - CUSTODY RECORD (extract for partner agency, restricted)
Custody No: TA/26/041187            Suite: Ashton-under-Lyne            Arrest date/time: [[15/11/2026|date]] 01:40
Detained person: [[SWINDELLS, Mason|name]]          DOB: [[03/07/2012|dob]]  (14 yrs)   Sex: M
Home address: [[14 Castle Clough Road|address]], [[CARRBROOK|place]], [[STALYBRIDGE|place]], [[SK15 3NP|postcode]]
Arresting officer: PC 14220 [[CLEGG|name]]            Custody Sgt: 9361 [[AKHTAR, Imran|name]]
Offence: possession with intent to supply a controlled drug of Class A
Appropriate adult: father, [[SWINDELLS, Gareth|name]], tel [[07926 034 547|phone]] - rang 02:05, no answer; rang 02:40, answered,
attended 03:35.
Solicitor: [[Adam Kenyon|name]], [[Kenyon|name]] Law (duty scheme)

Log (selected):
01:58  Detention authorised. DP states he is "fine", but shaking and has a 2 cm cut to L palm. Healthcare requested.
02:20  Nurse [[Lorraine Birtles|name]] (Mitie): cut cleaned, steri-strips. DP said cut was "from a kitchen knife at a mate's".
03:40  DP asked for his nan "[[Pat|name]]" and not his dad; father present anyway.
04:10  Rights explained to DP and AA. DP said he has a sister "[[Lils|name]]" and asked if she is OK.
06:15  Interview (DC [[Sharma|name]], DC [[Wood|name]]). No comment on legal advice.
09:50  Referral sent to CSC EDT ([[Paula Heap|name]]) and to the Complex Safeguarding Hub.
11:20  Released under investigation to father. Bail address: as above. Alt. address offered by father: nan's,
       [[22 Wedneshough|address]], [[Hollingworth|place]], [[SK14 8LS|postcode]].

Co-accused: [[BAGSHAW, Terence James|name]], DOB [[11/02/2002|dob]], of [[Flat 3, 118 Market Street|address]], [[Hyde|place]]
[[SK14 1HL|postcode]] - charged and remanded. Vehicle [[MA19 KXE|vehicle]] seized.
Property: Samsung phone (seized), £340 cash (seized), Nike bag, keys, Oyster-type travel card in the name "[[Connor Wood|name]]".
"""),
    ("youth worker's notes typed fast on a phone", """notes - [[mason|name]] - [[19/11|date]] - [[J Hulme|name]]
picked him up 3.30 from outside [[copley|school]] (not in school today, said he had a 'dentist' lol)
- quiet in the van. went up to the reservoir at [[carrbrook|place]] & walked round
- says [[tezza|name]] "got took" and now a new lad "[[Benny|name]]" / maybe [[Ben Lomas|name]]?? from [[hattersley|place]] rings him
off diff numbers
- he owes "3 bags" = £600ish because the police took the gear. says theyll "take it out on" his dad or [[lily|name]]
- mentioned a girl [[Keira|name]] from [[mossley|place]] who holds stuff for them, 15?? - pass to [[Dan|name]]
- knife - said he doesnt carry, "[[reece|name]] does", cut on hand was from grabbing one off someone on the [[Huddersfield Rd|address]]
  by the chippy on sat night
- wants to go to his mums in [[dukinfield|place]] for a bit "to get away" - mum ok with it? check w [[Dan Whitehead|name]]
- gave him my work number again [[07453 144 937|phone]]
- dropped at nans in [[hollingworth|place]] 5.50, nan ([[Pat|name]]) said she'd keep him tonight
- [[lily|name]] told [[Pat|name]] a man in a black golf sat outside [[buckton vale|school]] on [[18th|date]] - reg started YX?? nan
didnt get it
TO DO: ring [[Dan|name]] am, email DS [[Ollerenshaw|name]] re [[Benny|name]] + the [[Keira|name]] thing, boxing Thurs
"""),
    ("Snapchat messages from a police phone download, typed up", """EXHIBIT MO/4 - Snapchat messages recovered from the handset of
[[Mason SWINDELLS|name]] (download [[16/11/2026|date]])
Typed up for the strategy meeting by PC [[G. Clegg|name]]. Usernames are shown as in the download; display names in brackets.

[[12/11/2026|date]] 19:02  tz_2four ([[Tezza|name]]) : u on tonite
[[12/11/2026|date]] 19:03  m.swindz12 ([[Mase|name]]) : cant my dad took my key
19:05  tz_2four ([[Tezza|name]]) : dont care climb out. [[benny|name]] picks u up top of [[castle clough|address]] 10
19:06  m.swindz12 ([[Mase|name]]) : ok
[[14/11/2026|date]] 21:48  tz_2four ([[Tezza|name]]) : we going [[barrow|place]] bring ur charger
21:49  m.swindz12 ([[Mase|name]]) : my nan rung me 5 times
21:50  tz_2four ([[Tezza|name]]) : ignore her
21:52  reecey.l ([[Reece|name]]) : bro dont go. [[keira|name]] said they got jumped in [[lancaster|place]] last wk
21:53  m.swindz12 ([[Mase|name]]) : i owe tho
[[15/11/2026|date]] 00:57  tz_2four ([[Tezza|name]]) : 10 mins. bottom of [[mottram rd|address]] by the garage
[[16/11/2026|date]] 08:12  bennyb_7 ([[Benny B|name]]) : u owe 600 now. we know where [[lil mae|name]] goes. [[buckton vale|school]] yeah
[[16/11/2026|date]] 08:14  bennyb_7 ([[Benny B|name]]) : dont think [[Tezza|name]] being gone means ur free

Note: "[[Mase|name]]" is [[Mason|name]]. "[[Benny B|name]]" is not yet identified (possibly [[Ben Lomas|name]], DOB [[23/06/2004|dob]]).
"""),
]


# --- C. Pau Khan Thang / Cing Deih Niang family (Zomi, from Chin State in Myanmar by way of Malaysia), Flowery Field, Hyde ----

HOME_C = d.Address("61 Newton Street", "Flowery Field", "Hyde", "SK14 4NN")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Hau Za", "Cing")], dt.date(2019, 3, 14), addresses=[HOME_C], ids=["7957706800", "V357818067445"],
       schools=["Flowery Field Primary School"]),
    _p("s", "sibling", [("Lian Muan", "Mung")], dt.date(2013, 8, 25), addresses=[HOME_C], ids=["5884784473"],
       schools=["Hyde High School"]),
    _p("s2", "sibling", [("Thang Lam", "Suan")], dt.date(2025, 12, 30), addresses=[HOME_C], ids=["4809545504"]),
    _p("f", "father", [("Pau Khan", "Thang")], dt.date(1982, 1, 1), addresses=[HOME_C], phones=["07973 987 614"]),
    _p("m", "mother", [("Cing Deih", "Niang")], dt.date(1990, 6, 5), addresses=[HOME_C], phones=["07860 797 880"]),
    _p("p1", "professional", [("Rachel", "Bowker")], phones=["0161 342 6102"], emails=["rachel.bowker@tamevale.gov.uk"]),
], "c")

DOCS_C = [
    ("initial child protection conference report", """TAME VALE CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE - [[9 December 2026|date]], 13:30, Hyde Town Hall (Committee Room 2)

Children: [[Hau Za Cing|name]] (known at school as "[[Hazel|name]]"), born [[14.03.2019|dob]], NHS [[795 770 6800|nhs]]
          [[Lian Muan Mung|name]] ("[[Lian|name]]"), born [[25.08.2013|dob]]
          [[Thang Lam Suan|name]] (baby), born [[30.12.2025|dob]]
Parents:  [[Pau Khan Thang|name]] (father), [[Cing Deih Niang|name]] (mother); both speak Zomi (Tedim) and Burmese, some
          English. Interpreter: [[Nang Sian Mung|name]] (Zomi), booked through Tame Vale Interpreting.
Address:  [[61 Newton Street|address]], [[Flowery Field|place]], [[Hyde|place]], [[SK14 4NN|postcode]]
Author:   [[Rachel Bowker|name]], Social Worker           Manager: [[Simon Greenhalgh|name]]

A note on names. Zomi families do not share a surname: each person's names are their own, and a child's name often carries
part of a parent's or grandparent's ([[Thang Lam Suan|name]] carries his father's "[[Thang|name]]"). I have used each
person's full name, and the family's own short forms where they use them ("[[Hazel|name]]", "[[Lian|name]]", "Pu [[Thang|name]]").

1. Why we are here. On [[24 November 2026|date]] [[Hazel|name]] (7) told her teacher, Mrs [[Rhodes|name]], that "Pa hit me with
the wire" because she had lost her reading book. The school's first-aid lead saw four curved red marks, 6-9 cm long, on the
backs of both thighs. A child protection medical at Tameside General on [[25/11/2026|date]] (Dr [[Olu Adeyemi|name]]) found
the marks consistent with being struck with a looped flex, with older, fading marks that were "possibly 1-2 weeks" old.

2. The family. Mr [[Pau Khan Thang|name]] and Mrs [[Cing Deih Niang|name]] are from [[Tedim|place]] in Chin State, Myanmar. They
left in 2008 and lived for eleven years in [[Kuala Lumpur|place]] (in [[Cheras|place]]) as UNHCR-registered refugees, where
[[Lian|name]] was born; they came to the UK under the resettlement scheme in 2019, first to [[Bolton|place]], then to
[[Hyde|place]] in 2021 to be near the Zomi church. [[Hazel|name]] was born at Tameside General. Mr [[Pau Khan Thang|name]] works
at a food factory in [[Ashton Moss|place]]; his wife is at home with the baby. The paternal grandmother, [[Dim Khaw Niang|name]],
lives in [[Tedim|place]] and the father's brother, [[Khup Za Thang|name]], in [[Kalay|place]]; the mother's sister, [[Vung Za Lian|name]],
lives in [[Southport|place]], [[Indianapolis|place]], where many Zomi families live, and rings weekly on [[+1 317 482 6719|phone]].

3. What the parents say. Mr [[Pau Khan Thang|name]] accepts he hit [[Hazel|name]] with a charger lead on [[23 November|date]] "three
or four times" and that he has smacked both older children "to teach them". He said this is how he was brought up and how
children are taught in [[Tedim|place]], but that Pastor [[Gin Khan Pau|name]] has told him it is against the law here and he is
ashamed. Mrs [[Cing Deih Niang|name]] cried through the visit on [[26/11|date]]; she said she has "no strength" since the baby
and that she did not stop it. Her GP (Dr [[Ahmed|name]], Donneybrook Medical Centre) is to review her for post-natal depression.

4. What the children say. [[Lian|name]] (13, Year 9 at [[Hyde High|school]]) said his father "uses the belt when we lie"; he
translates for his parents at the GP and the bank and he misses school to do it. [[Hazel|name]] drew her family with her
father "far away"; she said she likes "Auntie [[Vung|name]] on the phone" and her friend [[Grace|name]].

5. Recommendation: both older children to be made subject to child protection plans under physical abuse; the baby under
neglect pending the mother's health review. Written agreement (signed [[27 Nov 2026|date]]) that no physical punishment is used,
reviewed with Pastor [[Gin Khan Pau|name]] and the Zomi Christian Fellowship's family worker, Mrs [[Niang Lam Cing|name]].
"""),
    ("primary school safeguarding log entries (CPOMS export)", """CPOMS export - [[Flowery Field Primary School|school]] - Student:
[[Cing, Hau Za|name]] ("[[Hazel|name]]") Y3 - printed [[28/11/2026|date]]

[[11/09/2026|date]] 08:52  Attendance  (added by [[L. Ridgway|name]])
  Brother [[Lian|name]] dropped [[Hazel|name]] off 20 min late; said "Mum is ill with baby". He then ran to [[Hyde High|school]].
[[02/10/2026|date]] 12:30  Welfare  (added by Mrs [[J. Rhodes|name]])
  [[Hazel|name]] very tired, fell asleep on the carpet. Said baby "[[Lam|name]]" cries all night.
[[16/10/2026|date]] 15:20  Parental contact  (added by Mr [[Tom Fairclough|name]], DSL)
  Spoke to dad at gate via [[Lian|name]] as interpreter (not ideal - he is 13). Dad asked if [[Hazel|name]] can go to church club on
  Thursday with Mrs [[Ciin|name]] from [[Dukinfield|place]] (a church friend, [[07429 865 643|phone]]). Agreed.
[[24/11/2026|date]] 09:40  Physical injury / disclosure  (added by Mrs [[J. Rhodes|name]])
  During PE changing [[Hazel|name]] flinched when sitting. Said "Pa hit me with the wire" "because I lost the book". Red lines on
  back of both legs. Told Mr [[Fairclough|name]] at 09:45. Body map done by Mrs [[Kaur|name]] (first aider). Did not ask more.
[[24/11/2026|date]] 10:05  Referral  (added by Mr [[T. Fairclough|name]])
  Rang MASH, spoke to [[Beth|name]]. Strategy discussion same day 14:00. Police: DC [[Heywood|name]]. Not to tell parents before
  police and SW visit. [[Hazel|name]] went home with SW [[Rachel Bowker|name]] and DC [[Heywood|name]] at 15:15.
[[24/11/2026|date]] 16:30  Note  (added by Mr [[T. Fairclough|name]])
  Emergency contacts checked: Mrs [[Ciin|name]] (church, [[Dukinfield|place]]); aunt [[Vung Za Lian|name]] ([[Indianapolis|place]]);
  uncle [[Khup Za Thang|name]] ([[Kalay|place]], [[+95 9 451 287 316|phone]]). Old contact from [[Kuala Lumpur|place]] removed:
  Mr [[Thawng Za Kham|name]], [[+60 12-487 3390|phone]].
[[25/11/2026|date]] 08:45  Welfare  (added by [[L. Ridgway|name]])
  [[Hazel|name]] came in with Mum, who was crying. Mum said (Burmese via Google Translate) "we are sorry, we are learning". Mum's
  phone [[07860 797 880|phone]] checked and updated.
"""),
    ("a father's letter written with his church's help", """[[61 Newton St|address]]
[[Hyde|place]]  [[SK14 4NN|postcode]]
[[1 December 2026|date]]

To Miss [[Rachel Bowker|name]] and the Child Protection Meeting,

My name is [[Pau Khan Thang|name]]. People in church call me Pu [[Thang|name]]. I am father of [[Lian Muan Mung|name]],
[[Hau Za Cing|name]] and [[Thang Lam Suan|name]]. Pastor [[Gin Khan Pau|name]] help me write this letter in English because my
English is not good.

I am very sorry for what I did to my daughter [[Hazel|name]]. In our village [[Lamzang|place]] near [[Tedim|place]] my father
beat me with bamboo and I think it make me a good man. When we are in Malaysia also the parents do this. But now I
understand in England it is hurting the child and it is wrong. I do not want my children afraid of me. I throw away the
charger wire. I am doing the parenting course at the church on [[Mottram Road|address]] with Mrs [[Niang Lam Cing|name]] every
Tuesday.

My wife [[Cing Deih|name]] is very sad since baby born and she is not sleeping. Please help her. She want to talk to a lady
doctor who speak Burmese. My wife sister [[Vung Za Lian|name]] in America want to help, she can come on visit in summer.

My son [[Lian|name]] is good boy. He help too much. I will not ask him to come to bank or GP any more, I will ask for
interpreter like you say.

Thank you for your patient. God bless you.
[[Pau Khan Thang|name]]
(Pu [[Thang|name]])  Tel [[07973 987 614|phone]]
"""),
    ("WhatsApp voice notes transcribed and translated from Zomi", """WhatsApp voice notes, mother's phone, shown to the social worker
on [[2/12/2026|date]] with the mother's consent.
Transcribed and translated from Zomi (Tedim) by [[Nang Sian Mung|name]] (interpreter, NRPSI 31877). Contacts as saved
on the phone. Translator's notes in square brackets.

"Nu [[Dim|name]] ([[တီးတိန်|place]])" [mother's mother-in-law, i.e. [[Dim Khaw Niang|name]] in [[Tedim|place]]; "Nu" means mother]
[[29/11/2026|date]] 18:02
"[[Cing Deih|name]], I heard from [[Khup Za|name]] in [[Kalay|place]] that the government there took the children. Is it true? Tell
[[Pau Khan|name]] to phone me. We are praying at [[Lamzang|place]] church."

"[[Vung|name]] USA"  [[29/11/2026|date]] 20:15  [from [[+1 317 482 6719|phone]]]
"Sister, they did not take the children. [[Lian|name]] told me. Don't listen to [[Kalay|place]] talk. I will send money for the
lady doctor. Is [[Hazel|name]] going to school? Kiss [[Lam Lam|name]] for me." ("[[Lam Lam|name]]" is the baby, [[Thang Lam Suan|name]].)

"[[Khup Za Thang|name]]"  [[30/11/2026|date]] 07:40  [from [[+95 9 451 287 316|phone]], Myanmar]
"Brother's wife, [[Pau Khan|name]] is not answering. Tell him our uncle [[Kam Suan|name]] died in [[Kalay|place]] on [[28 Nov|date]].
Funeral on Tuesday. If he can't come, send for the coffin."

"Pastor [[Gin Khan|name]]"  [[1/12/2026|date]] 21:30
"Sister, the letter is done. Pu [[Thang|name]] signed. I will bring it to the meeting on the [[9th|date]]. Also Mrs [[Ciin|name]] will
bring food on Thursday."

"[[Lian|name]]"  [[2/12/2026|date]] 15:48
"Mum I'm staying at [[Joel|name]]'s to do homework, his mum said ok, back at 7."
"""),
]


# --- D. Savvidis / Kesidou family (Pontic Greek, from Tsalka in Georgia by way of Thessaloniki), Audenshaw ------------------

HOME_D = d.Address("33 Ryecroft Lane", "", "Audenshaw", "M34 5GB")
YIAYIA_D = d.Address("Odos Komninon 18", "Kalamaria", "Thessaloniki", "551 32")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Sofia", "Savvidou")], dt.date(2016, 1, 9), addresses=[HOME_D], ids=["7261534897", "K357988311508"],
       schools=["Aldwyn Primary School"]),
    _p("s", "sibling", [("Nikolaos", "Savvidis")], dt.date(2011, 6, 2), addresses=[HOME_D], ids=["5642978888"],
       schools=["Audenshaw School"]),
    _p("m", "mother", [("Eleni", "Kesidou")], dt.date(1985, 11, 22), addresses=[HOME_D], phones=["07591 333 582"]),
    _p("f", "father", [("Georgios", "Savvidis")], dt.date(1980, 4, 4), addresses=[HOME_D], phones=["07573 008 487"],
       ids=["SW 81 32 07 D"]),
    _p("g", "grandparent", [("Anastasia", "Kesidou")], dt.date(1957, 8, 15), addresses=[YIAYIA_D], phones=["+30 2310 456 782"]),
    _p("p1", "professional", [("Lucy", "Brierley")], phones=["0161 342 7309"], emails=["lucy.brierley@tamevale.gov.uk"]),
], "c")

DOCS_D = [
    ("single assessment summary and analysis", """SINGLE ASSESSMENT - SUMMARY AND ANALYSIS
Child: [[Sofia SAVVIDOU|name]] (DOB [[9 January 2016|dob]]; UPN [[K357988311508|upn]]); sibling [[Nikolaos SAVVIDIS|name]]
("[[Nikos|name]]",
DOB [[2 June 2011|dob]])
Father: [[Georgios SAVVIDIS|name]], DOB [[04/04/1980|dob]], NI [[SW 81 32 07 D|ni]]; mother: [[Eleni KESIDOU|name]], DOB [[22/11/1985|dob]]
Address: [[33 Ryecroft Lane|address]], [[Audenshaw|place]], [[Manchester|place]] [[M34 5GB|postcode]]
Assessment started [[12/10/2026|date]]; completed [[20/11/2026|date]]. Social worker: [[Lucy Brierley|name]]. Languages: Greek and
Russian (Pontic Greek at home with the grandmother); interpreter [[Dimitra Alexiou|name]] (Greek).

Background. Both parents are Pontic Greeks born in [[Tsalka|place]], in Georgia, where the family spoke Russian and Pontic. They
moved to [[Thessaloniki|place]] in 1998 (the mother's family to [[Kalamaria|place]], the father's to [[Evosmos|place]]), married in
2010 and came to [[Manchester|place]] in 2019 for the father's work as a tiler. [[Sofia|name]]'s surname, [[Savvidou|name]], is the
female form of her father's, [[Savvidis|name]]; the mother kept her own, [[Kesidou|name]]. The maternal grandmother,
[[Anastasia Kesidou|name]], lives at [[Odos Komninon 18|address]], [[Kalamaria|place]], [[551 32|postcode]] [[Thessaloniki|place]] (tel.
[[+30 2310 456 782|phone]]); a paternal uncle, [[Lazaros Savvidis|name]], still farms near [[Tsalka|place]] ([[+995 599 14 27 83|phone]]).

What brought us here. On [[10 October 2026|date]] [[Sofia|name]] told her teacher at [[Aldwyn|school]], Miss [[Ashworth|name]], that
"Baba locked Mama on the balcony in the night" and that she had hidden in the wardrobe with the cat. Police attended on
[[11/10|date]] (log 0344): Mrs [[Kesidou|name]] said her husband had taken her passport and bank card "for years", checks her phone,
and pushed her out onto the back balcony in her nightdress on [[9 October|date]] for an hour after she spoke to a male
neighbour, Mr [[Stelios Moraitis|name]], also Greek, at the bus stop on [[Manchester Road|address]]. DASH: 15 ticks, high risk; MARAC
[[22 October 2026|date]].

The children. [[Sofia|name]] (10) has not spoken at school since Year 2 except to her friend [[Hope|name]] and to Mrs [[Lang|name]], the TA;
CAMHS (Tameside and Glossop) have a referral for selective mutism. At home she speaks Greek and some Russian. [[Nikos|name]] (15,
[[Audenshaw School|school]]) said "Dad is strict, that's Greek dads", that he has stood between his parents "three or four times",
and that he wants to live with his yiayia in [[Thessaloniki|place]].

Analysis. The father's coercive control (money, documents, phone, isolation from the Greek community at St Nicholas church
in [[Salford|place]]) is the main risk; the mother's lack of English and status under the EU Settlement Scheme (settled) add to
it. Mr [[Savvidis|name]] ([[Georgios|name]], "[[Giorgos|name]]") denies all of it and says his wife "is being turned by [[Stelios|name]]".
Plan: child in need plan, IDVA ([[Andrea Moss|name]], Bridges), Freedom Programme in Greek via the Hellenic Women's Group, and a
referral to the Tame Vale Sanctuary scheme for the house.
"""),
    ("independent domestic violence adviser's referral email", """From: [[Andrea Moss|name]] <[[andrea.moss@bridges-tamevale.org.uk|email]]>
Sent: [[23 October 2026|date]] 16:12
To: [[Lucy Brierley|name]] <[[lucy.brierley@tamevale.gov.uk|email]]>
Cc: Tame Vale Sanctuary Scheme; [[d.alexiou@lingoline.co.uk|email]]
Subject: MARAC 22/10 - [[KESIDOU, Eleni|name]] - actions

Hi [[Lucy|name]],

Following yesterday's MARAC, actions for me and a couple for you:

1) I met [[Eleni|name]] today at the library in [[Denton|place]] with [[Dimitra|name]] interpreting (she does not want to meet at
home; [[Giorgos|name]] checks the Ring doorbell). [[Eleni|name]] has a safe number now, [[07591 333 582|phone]] - please use ONLY
this, not the old Greek number ([[+30 694 712 3358|phone]]), which he pays for and can see.
2) She wants to stay in [[Audenshaw|place]] for the children's schools. She would go to her mum in [[Kalamaria|place]] "only if
[[Nikos|name]] comes", but she knows she cannot take the children abroad without his consent or a court order. I have given
her the details of [[Patel|name]] & [[Rowbotham|name]] Solicitors ([[Hyde|place]]) for a non-molestation order.
3) Passports: Greek ID cards for her and both children and the children's UK residence cards are in his van - a white Ford
Transit, [[MV21 HRO|vehicle]] - she thinks in the glovebox.
4) She told me [[Sofia|name]] whispered to her at night: "if Baba hits you I will call Kyria [[Voula|name]]." [[Voula|name]]
([[Paraskevi Tsakiridou|name]]) is a Greek neighbour at [[no. 41|address]] who has a key.

For you: can school be told [[Giorgos|name]] must not collect [[Sofia|name]] on Fridays (it was his day)? And can [[Lucy|name]] or
the police check who lives at [[Flat 2, 7 Guide Lane|address]], [[Audenshaw|place]] - his friend [[Vasilis|name]]'s - where she
thinks he may go if bailed?

Thanks, [[Andrea|name]]
IDVA, Bridges Tameside | [[0161 378 1007|phone]]
"""),
    ("OCR of a scanned Greek school report with its translation", """[Scanned PDF, 2 pages, OCR by the council's document system; OCR
errors left as read. Translation by [[D. Alexiou|name]].]

[[7o ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΚΑΛΑΜΑΡΙΑΣ|school]]    Αρ. Πρωτ. 412
[[Καλαμαριά|place]], [[14/06/2022|date]]
ΒΕΒΑΙΩΣΗ ΦΟΙΤΗΣΗΣ
Βεβαιώνεται ότι η μαθήτρια [[ΣΑΒΒΙΔΟΥ ΣΟΦΙΑ|name]] του [[Γεωργίου|name]] και της [[Ελένης|name]], γεν. [[09-01-2016|dob]],
φοίτησε στην Α΄ τάξη ... το σχολικό έτος 2021-22 ... Δ/νση κατοικίας: [[Κομνηνών 18|address]], [[Καλαμαριά|place]]
Η Διευθύντρια
[[Μ. Παπαδοπ-
ούλου|name]]

(Translation)
[[7th PRIMARY SCHOOL OF KALAMARIA|school]] - Ref. 412
[[Kalamaria|place]], [[14 June 2022|date]]
CERTIFICATE OF ATTENDANCE
This certifies that the pupil [[SAVVIDOU SOFIA|name]], daughter of [[Georgios|name]] and [[Eleni|name]], born [[9 January 2016|dob]],
attended the first class in the school year 2021-22. Teacher's note: "a quiet, careful child who speaks little in class but
reads well; she is cared for by her grandmother, Mrs [[A. Kesidou|name]], while the parents are in England."
Home address: [[Komninon 18|address]], [[Kalamaria|place]].
The Head Teacher, [[M. Papadopoulou|name]]   [stamp]

Page 2 (handwritten note stapled on, OCR poor):
"Kvria [[Eleni|name]] - [[Sofia|name]] i5 very sad when you ring from [[Manchester|place]].. She ask for Baba. Call me -
[[Fotini|name]] (class teacher) [number illegible]"
"""),
    ("Viber chat in Greek and English between a mother and her son", """Viber messages between [[Eleni Kesidou|name]] (saved on her
son's phone as "Μαμά") and [[Nikos|name]] (saved on hers as
"[[Νίκος|name]] ❤"), [[30/10/2026|date]]-[[1/11/2026|date]], shown by [[Nikos|name]] to his social worker on [[2 Nov 2026|date]].
Greek translated by [[Dimitra Alexiou|name]]; the English is as typed.

[[30/10|date]] 16:04 Μαμά: [[Νίκο|name]], πού είσαι; [[[Nikos|name]], where are you?]
16:10 [[Νίκος|name]] ❤: at [[Callum|name]]s in [[Droylsden|place]]. Is he home?
16:11 Μαμά: Ναι. Θυμωμένος. Μην έρθεις ακόμα. [Yes. Angry. Don't come yet.]
16:15 [[Νίκος|name]] ❤: where is [[Sofia|name]]
16:16 Μαμά: Με τη [[Βούλα|name]] στο [[41|address]]. [With [[Voula|name]] at [[41|address]].]
[[31/10|date]] 09:30 Μαμά: Η γιαγιά σου πήρε τηλέφωνο. Λέει να πάμε [[Θεσσαλονίκη|place]] τα Χριστούγεννα. [Your
grandmother phoned. She says we should go to [[Thessaloniki|place]] at Christmas.]
09:41 [[Νίκος|name]] ❤: he wont let us. he has the passports in the van
09:42 [[Νίκος|name]] ❤: mum the lady [[andrea|name]] said you can get them back with the police
[[1/11|date]] 22:58 Μαμά: Ο μπαμπάς σου κοιμάται. Σ' αγαπώ. [Your dad is asleep. I love you.]
23:01 [[Νίκος|name]] ❤: love u. tell [[sofia|name]] i got her the lego from [[Ashton|place]] market
"""),
]


# --- E. Grice / Clarke family (white British and Black British Caribbean), Haughton Green, Denton -------------------------

HOME_E = d.Address("8 Lancaster Road", "Haughton Green", "Denton", "M34 7QF")
NAN_E = d.Address("46 Greenside Lane", "", "Droylsden", "M43 7AJ")
GRAN_E = d.Address("19 Selworth Avenue", "Moss Side", "Manchester", "M16 7BE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Nevaeh", "Grice")], dt.date(2026, 9, 14), addresses=[HOME_E], ids=["7301604475"]),
    _p("s", "sibling", [("Kai", "Clarke")], dt.date(2023, 5, 1), addresses=[HOME_E], ids=["4022872497"],
       schools=["Little Acorns Day Nursery"]),
    _p("m", "mother", [("Shannon", "Grice")], dt.date(2005, 2, 27), addresses=[HOME_E], phones=["07467 769 303"]),
    _p("f", "father", [("Dwayne", "Clarke")], dt.date(2002, 8, 9), addresses=[HOME_E, GRAN_E], phones=["07460 111 437"],
       ids=["PZ 63 20 18 A"]),
    _p("g", "grandparent", [("Carol", "Grice")], dt.date(1976, 12, 24), addresses=[NAN_E], phones=["0161 370 5528"]),
    _p("g2", "grandparent", [("Marcia", "Clarke")], dt.date(1971, 4, 3), addresses=[GRAN_E], phones=["07860 222 054"]),
], "c")

DOCS_E = [
    ("multi-agency chronology of an unexplained injury to a baby", """MULTI-AGENCY CHRONOLOGY - [[Nevaeh GRICE|name]] (DOB
[[14/09/2026|dob]], NHS [[730 160 4475|nhs]])
Sibling: [[Kai CLARKE|name]] (DOB [[01/05/2023|dob]], NHS [[402 287 2497|nhs]])      Compiled by: [[Owen Pilling|name]], SW,
[[7 Dec 2026|date]]
Home: [[8 Lancaster Road|address]], [[Haughton Green|place]], [[Denton|place]] [[M34 7QF|postcode]]

Date          | Source          | Event
[[2023-05-01|date]]    | Health          | [[Kai|name]] born at Tameside General to [[Shannon Grice|name]] (18) and
[[Dwayne Clarke|name]] (20).
[[2024-11-19|date]]    | Police          | Verbal argument at [[Carol Grice|name]]'s address, [[46 Greenside Lane|address]],
[[Droylsden|place]]; no
              |                 | offences. [[Kai|name]] present. DASH standard.
[[2026-03-02|date]]    | Midwifery       | Booking at 14 weeks; [[Shannon|name]] discloses cannabis use by [[Dwayne|name]]; no DA.
[[2026-09-14|date]]    | Health          | [[Nevaeh|name]] born at Tameside General, 38+2, 3.1 kg. Discharged day 2.
[[2026-10-06|date]]    | HV              | New birth visit ([[Gill Bamford|name]], HV): home tidy, safe sleep discussed, [[Kai|name]] at
              |                 | [[Little Acorns|school]] nursery 3 days. Mum "tired but happy".
[[2026-11-12|date]]    | GP              | Mum brings [[Nevaeh|name]] (8 wks): "not feeding, crying when picked up". Dr [[Lena Fox|name]],
              |                 | Denton Medical Practice: no bruise seen; advice given. Not referred.
[[2026-11-27|date]]    | A&E / Paeds     | 02:15 [[Nevaeh|name]] brought by both parents to Tameside General, not moving R leg. X-ray:
              |                 | spiral fracture R femur. Parents: "caught in the cot bars". Skeletal survey [[28/11|date]]: also
              |                 | healing fractures of two L ribs (estimated 2-4 weeks). Referral to MASH 04:50.
[[2026-11-27|date]]    | CSC / Police    | Strategy discussion 10:00 ([[Owen Pilling|name]]; DS [[Lisa Fowler|name]]; Dr
[[Priya Menon|name]]).
              |                 | S47 joint. Both parents arrested 14:30 on suspicion of GBH (child). Bail: no unsupervised contact.
[[2026-11-28|date]]    | CSC             | [[Kai|name]] to nan [[Carol Grice|name]] in [[Droylsden|place]] (s.20 with consent).
[[Nevaeh|name]] in
              |                 | hospital, Ward 56 (Children's).
[[2026-11-30|date]]    | CSC             | Paternal grandmother [[Marcia Clarke|name]] ([[Moss Side|place]], [[07860 222 054|phone]])
offers to care for
              |                 | both children; viability assessment started by [[Jade Okafor|name]].
[[2026-12-03|date]]    | Legal           | Legal planning meeting: threshold met; issue care proceedings; ICO sought for [[Nevaeh|name]].
[[2026-12-03|date]]    | Police          | [[Dwayne Clarke|name]] (DOB [[09/08/2002|dob]], NI [[PZ 63 20 18 A|ni]]) interviewed again; says
              |                 | his cousin [[Jerome Clarke|name]] of [[Longsight|place]] "never had her on his own".
[[2026-12-04|date]]    | Family          | [[Shannon|name]]'s friend [[Chelsea Royle|name]] rings SW: says [[Dwayne|name]]'s cousin
"[[Jerome|name]]"
              |                 | babysat "loads" in November, "on his own". Passed to DS [[Fowler|name]].
"""),
    ("consultant paediatrician's safeguarding letter", """Tameside and Glossop Integrated Care NHS Foundation Trust
Tameside General Hospital, [[Ashton-under-Lyne|place]]
Department of Paediatrics - Safeguarding Children

[[2 December 2026|date]]

Mr [[Owen Pilling|name]], Social Worker, Tame Vale Children's Services
DS [[Lisa Fowler|name]], Public Protection Investigation Unit, GMP Tameside

Dear Mr [[Pilling|name]] and DS [[Fowler|name]],

Re: [[Nevaeh GRICE|name]], DOB [[14.09.2026|dob]], Hosp. No. TG0917264, NHS No. [[730 160 4475|nhs]]
[[8 Lancaster Road|address]], [[Denton|place]], [[M34 7QF|postcode]]

I saw [[Nevaeh|name]] on Ward 56 on [[27 November 2026|date]] with my registrar, Dr [[Tom Ashe|name]], and her parents, Miss
[[Shannon Grice|name]] and Mr [[Dwayne Clarke|name]], and again on [[28|date]] and [[30 November|date]]. I write with my opinion
to date.

Findings. A spiral fracture of the right femoral shaft with soft tissue swelling and no callus (under 7-10 days old, in my
opinion less than 48 hours). The skeletal survey on [[28/11/2026|date]] (reported by Dr [[Helen Rigby|name]], consultant
radiologist) shows healing fractures of the posterior left 6th and 7th ribs with callus, in my opinion 2 to 4 weeks old. A
small (4 mm) bruise below the left ear was noted by Sister [[Angela Swift|name]] on [[29/11|date]]. Bloods for bone health and
clotting are normal; the genetics opinion (Dr [[Ruth Abara|name]], Saint Mary's) is awaited. Eye examination normal. CT head
normal.

Explanation given. Miss [[Grice|name]] said the leg was "caught in the cot bars" when [[Nevaeh|name]] rolled; she is 10 weeks old and
not yet rolling. Mr [[Clarke|name]] said he "heard a click" when changing her nappy at about midnight. No explanation was
offered for the rib fractures.

Opinion. A spiral femoral fracture in a non-mobile infant, with separate older rib fractures and no medical cause found so
far, is highly suggestive of inflicted injury. I am happy to discuss. Her brother [[Kai|name]] (3) should have a skeletal
survey if under 2 - he is older, so a careful examination only; I saw him on [[1 December|date]] at the Children's Assessment
Unit with his nan, Mrs [[Grice|name]], and found no injuries.

Yours sincerely,
Dr [[Priya Menon|name]] MBBS FRCPCH, Consultant Paediatrician and Named Doctor for Safeguarding Children
Secretary: [[Wendy Kirk|name]], [[0161 922 5471|phone]]
cc: Dr [[L. Fox|name]], Denton Medical Practice; [[Gill Bamford|name]], Health Visitor
"""),
    ("OCR of a health visitor's handwritten contact sheet", """[Scanned handwritten record, OCR by the Trust's EPR import. Unclear
readings marked (?). Errors left as read.]

HEALTH VISITING - CONTACT SHEET       Client: [[GRICE Nevaeh|name]]     DOB [[14 / 9 / 26|dob]]
Address: [[8 Lancaster Rd|address]] [[Haughton
Green|place]] [[M34 7QF|postcode]]     Mother: [[Shannon|name]] ([[07467 769 303|phone]])

[[6/10/26|date]]  NBV. Mum + dad ([[Dwayne|name]]) present. Baby feeding well 4oz 3hrly, cord off. Wt 3.4kg.
       Sibling [[Kai|name]] (3) at home - lovely boy, chatty. Safe sleep - cot in parents' rm. Dad smokes outside.
       Mum's mum ([[Carol|name]]) helps. EPDS 9. [[G Bamford|name]] HV
[[20/10/26|date]]  Tel. Mum says baby "very windy", crying evenings. Advised. Mum says dad's cousin [[Jerom e|name]](?) "helps
       a lot" while she does the Asda(?) shift.
[[3/11/26|date]]  Clinic (Denton Festival Hall). Wt 4.1. Mum flat. Small mark L cheek - mum says [[Kai|name]]
       "poked her". Did not see mark clearly (scarf). Discussed w/ [[Shelley|name]] (safeguarding nurse)? - NFA.
"""),
    ("family group conference family plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Held: [[5 December 2026|date]] at Denton Library meeting room      Coordinator: [[Bev Hough|name]] (independent FGC service)
For: [[Kai Clarke|name]] (3) and [[Nevaeh Grice|name]] (11 weeks)

Who came:
- [[Carol Grice|name]] (maternal nan), [[46 Greenside Lane|address]], [[Droylsden|place]], [[M43 7AJ|postcode]], [[0161 370 5528|phone]]
- [[Marcia Clarke|name]] (paternal nan), [[19 Selworth Avenue|address]], [[Moss Side|place]], [[M16 7BE|postcode]], [[07860 222 054|phone]]
- [[Shannon|name]] (mum) and [[Dwayne|name]] (dad) - for the first part only, not together (bail conditions)
- [[Leon Clarke|name]] (dad's brother, lives in [[Wythenshawe|place]])
- Auntie [[Pearl|name]] ([[Marcia|name]]'s sister, [[Pearl Dixon|name]]), joined by phone from [[Mandeville|place]], Jamaica
  ([[+1 876 962 4418|phone]])
- [[Chelsea Royle|name]] (mum's best friend)
Not at the meeting but named in the plan: Pastor [[Winston Reid|name]] (New Testament Church of God, [[Moss Side|place]]).

Family's plan (family's own words):
1. [[Kai|name]] stays at Nanna [[Carol|name]]'s. He goes to [[Little Acorns|school]] on Mon/Wed/Fri as now - [[Carol|name]] drives.
2. When [[Nevaeh|name]] leaves hospital, Grandma [[Marcia|name]] wants to have her in [[Moss Side|place]] - she has a spare room
   and has stopped work. [[Leon|name]] will do nights for the first 2 weeks.
3. Contact: [[Shannon|name]] sees the kids at [[Carol|name]]'s with [[Carol|name]] there, Tues and Sat. [[Dwayne|name]] sees them at
   [[Marcia|name]]'s with [[Marcia|name]] there, Wed and Sun. Nobody else to babysit. Not [[Jerome|name]].
4. Everyone to do the ICON baby crying course (health visitor [[Gill|name]] to book).
5. Next review: [[16/1/2027|date]] or sooner if court says.
Signed by all present.                            Plan agreed by the local authority (SW [[O. Pilling|name]]): YES, subject to
viability and the court.
"""),
]


# --- F. Bradbury / Lord family (white British), a grandmother's special guardianship in Micklehurst, Mossley ---------------

HOME_F = d.Address("3 Hollins Terrace", "Micklehurst", "Mossley", "OL5 9JH")
MUM_F = d.Address("HMP Styal", "Styal", "Wilmslow", "SK9 4HR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Evie", "Bradbury")], dt.date(2014, 10, 2), addresses=[HOME_F], ids=["7805128529", "Y357782634140"],
       schools=["Mossley Hollins High School"]),
    _p("s", "sibling", [("Harvey", "Bradbury")], dt.date(2019, 7, 27), addresses=[HOME_F], ids=["7434414251", "R357207516179"],
       schools=["Livingstone Primary School"]),
    _p("g", "special guardian", [("Joan", "Bradbury")], dt.date(1961, 1, 13), addresses=[HOME_F], phones=["0161 418 9461",
       "07492 898 270"]),
    _p("m", "mother", [("Jade", "Bradbury")], dt.date(1993, 5, 8), addresses=[MUM_F]),
    _p("f", "father", [("Kieran", "Lord")], dt.date(1990, 9, 19), phones=["07804 321 562"]),
    _p("p1", "professional", [("Nicola", "Brook")], phones=["0161 342 5038"], emails=["nicola.brook@tamevale.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship support plan review report", """SPECIAL GUARDIANSHIP SUPPORT PLAN - ANNUAL REVIEW
Special guardian: Mrs [[Joan Bradbury|name]] (maternal grandmother), [[3 Hollins Terrace|address]], [[Micklehurst|place]],
[[Mossley|place]], [[OL5 9JH|postcode]]; tel [[0161 418 9461|phone]] / [[07492 898 270|phone]]
Children: [[Evie Bradbury|name]], born [[02/10/2014|dob]] (12), [[Mossley Hollins|school]], Y8; [[Harvey Bradbury|name]], born
[[27/07/2019|dob]] (7), [[Livingstone Primary|school]], Y3
SGO made: [[18 March 2022|date]], Family Court at Manchester. Review held: [[26 November 2026|date]] at home.
Present: Mrs [[Bradbury|name]]; [[Evie|name]] (for part); [[Nicola Brook|name]] (SGO support worker, author); [[Zoe Buckley|name]]
(Kinship Connected, Grandparents Plus). Views sent in by: Mrs [[Denise Mellor|name]] (Head of Year 8); Mr [[Rob Lees|name]]
([[Harvey|name]]'s class teacher).

1. Summary. Mrs [[Bradbury|name]] (65) has cared for both children since [[Jade|name]] (their mother) was arrested in 2021. [[Jade|name]]
is in HMP Styal until at least spring 2027 (drugs and burglary). [[Harvey|name]]'s father, [[Kieran Lord|name]] ("[[Kez|name]]"),
lives in [[Oldham|place]] ([[Lees|place]]), sees [[Harvey|name]] every other Saturday at the McDonald's in [[Ashton|place]], and has
been reliable this year. [[Evie|name]]'s father is not named on her birth certificate; [[Evie|name]] believes he is a
[[Dean|name]] from [[Greenfield|place]] and has asked about him.

2. What has gone well. [[Harvey|name]] is settled and doing well; he loves football at Mossley AFC's under-8s and his friend
[[Jackson|name]] from [[Quickwood|address]]. His asthma is controlled (Dr [[Shah|name]], Mossley Medical Practice).

3. Worries. Since September [[Evie|name]] has been cutting her arms; her nan found blood on her sheets on [[9 November|date]].
She told Mrs [[Mellor|name]] that her mum "doesn't even ring". School found messages on [[13/11/2026|date]] between [[Evie|name]] and
an older boy, "[[Jayden|name]]", who says he is 17 and from [[Saddleworth|place]]; he asked her to send photos and meet him at
[[Mossley|place]] station. Police (PC [[Hannah Kay|name]]) have the messages. Mrs [[Bradbury|name]] is exhausted: she has arthritis
and her own sister, [[Maureen Dyson|name]], died in [[Stalybridge|place]] in October.

4. Actions. CAMHS referral (Healthy Young Minds, Tameside) - [[Nicola|name]] by [[1 Dec|date]]; a letter from [[Jade|name]] to [[Evie|name]]
through the prison's family worker, [[Tracy Oldfield|name]]; respite one weekend a month with [[Harvey|name]]'s paternal aunt,
[[Lauren Lord|name]] ([[Hurst|place]]). Next review May 2027.
"""),
    ("a girl's own 'my views' form, handwritten and typed up", """MY VIEWS - for my review. (Typed up by [[Nicola|name]] from
[[Evie|name]]'s form, spelling as she wrote it.)

My name is: [[Evie|name]] (not [[Evelyn|name]], nobody calls me that except Nan when im in trouble lol)
I live with: my nan and my brother [[harvey|name]] and our dog Biscuit
My school: [[hollins|school]]. its ok. Miss [[Mellor|name]] is nice

What is going well: [[harvey|name]] got player of the match. I have got a new freind [[Amelia|name]] from [[carrbrook|place]]
who I met at the skatepark in [[stalybridge|place]]

What I am worried about: Nan is tired all the time and her hands hurt. I worry she will die like Auntie [[Maureen|name]].
I dont want to go in care. I worry about mum in prison she dosnt ring. I wrote to her on the [[4th november|date]] and
she never wrote back.

What I want to happen: I want to see mum. I want to know who my dad is. I want people to stop going on about [[Jayden|name]]
hes not a bad person hes just lonely

Who I trust: Nan, [[Harvey|name]], Miss [[Mellor|name]], [[Amelia|name]], [[Zoe|name]] from the nans group
signed [[evie b|name]]  [[25/11/26|date]]
"""),
    ("out-of-hours emergency duty call recording transcript", """TAME VALE EMERGENCY DUTY TEAM - CALL RECORDING TRANSCRIPT
(auto-transcribed, checked by [[Gary Whittle|name]], EDT SW)
Call in: Saturday [[28/11/2026|date]] 23:47, from [[07492 898 270|phone]]. Duration 9m 12s.

EDT ([[Gary|name]]): Emergency duty team, [[Gary|name]] speaking.
CALLER: Hello love, it's [[Joan Bradbury|name]], from [[Mossley|place]]. I'm a special guardian, my social worker's [[Nicola Brook|name]]
but she's not there at weekends.
EDT: That's right, [[Joan|name]]. What's happened?
CALLER: It's our [[Evie|name]]. She's not come in. She said she were going to [[Amelia|name]]'s in [[Car Brook|place]] for tea and
she's not answering. [[Amelia|name]]'s mum says she never came.
EDT: When did you last see her?
CALLER: Half four. She went for the 350 bus at the bottom of [[Stamford Street|address]].
EDT: Have you rung the police?
CALLER: Yes, at ten. They gave me a number, 2611-2840. A lady called PC [[Kay|name]] rang me back. They think she's with that lad,
[[Jayden|name]]. Only his name's not [[Jayden|name]], is it, he's a man, she said he's called - [[Ja-|name]] - [[James
Pennington|name]], twenty-six, from [[Uppermill|place]].
EDT: Is [[Harvey|name]] OK?
CALLER: He's asleep. I can't leave him. My neighbour Mr [[Sutcliffe|name]] has gone out in his car round [[Greenfield|place]].
EDT: Okay. I'm going to ring the police now and speak to the missing from home team, and I'll ring you back in fifteen
minutes on this number. If she comes in, ring 999 back and then me on [[0161 342 2222|phone]].
CALLER: Thank you, love. Sorry. ... Oh - that's the door. [[EVIE|name]]! Oh, thank God. [[Evie|name]], where've you been?
[call ends 23:56]

EDT note: Rang back 00:02 [[29/11|date]]; [[Evie|name]] home, brought back by Mr [[Sutcliffe|name]] from [[Greenfield|place]]
station. Police
informed (log 2611-2840). Return home interview to be arranged by Positive Steps. Strategy discussion Monday.
"""),
    ("referral letter to the child and adolescent mental health service", """Tame Vale Children's Services - Kinship and Special
Guardianship Support
Tame Street Offices, [[Stalybridge|place]]

[[1 December 2026|date]]

Healthy Young Minds (Tameside) - Single Point of Access

Dear colleague,

Referral: [[Evie BRADBURY|name]], born [[2 October 2014|dob]], NHS [[780 512 8529|nhs]]
Address: [[3 Hollins Terrace|address]], [[Micklehurst|place]], [[Mossley|place]], [[OL5 9JH|postcode]]
GP: Dr [[A. Shah|name]], Mossley Medical Practice
School: [[Mossley Hollins High School|school]] (Head of Year: Mrs [[D. Mellor|name]])

I am [[Evie|name]]'s special guardianship support worker and I am referring her with her agreement and that of her special
guardian, her grandmother Mrs [[Joan Bradbury|name]].

[[Evie|name]] is 12. She has lived with her grandmother and her brother, [[Harvey|name]] (7), since June 2021, when her mother,
[[Jade Bradbury|name]], was remanded. Her mother had a long history of heroin use and the children were neglected; [[Evie|name]]
cared for her brother from the age of 5. Since September she has cut her forearms (superficial, about twice a week, last
seen on [[27 November|date]]), and she has been groomed online by an adult man, [[James Pennington|name]] (26), who posed as a
17-year-old; she went missing with him for seven hours on [[28 November 2026|date]]. He is now on police bail. [[Evie|name]] says
she is "fine" but her grandmother hears her crying at night, and she has started to talk about her mother "forgetting" her.

Her grandmother is 65, has rheumatoid arthritis and was recently bereaved. She asks for help for [[Evie|name]] and some for
herself in understanding self-harm.

Please contact me on [[0161 342 5038|phone]] or at [[nicola.brook@tamevale.gov.uk|email]].

Yours faithfully,
[[Nicola Brook|name]]
Special Guardianship Support Worker
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 125 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 13:08 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "pastor", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum",
           "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "pu", "nu", "kyria", "kvria", "κυρία", "yiayia",
           "giagia", "pappou", "baba", "mama", "μαμά", "μπαμπάς"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "tameside", "greater manchester",
               "lancashire", "cheshire", "derbyshire", "the north west", "north west", "myanmar", "burma", "chin state", "chin",
               "malaysia", "georgia", "greece", "macedonia", "jamaica", "america", "usa", "united states", "indiana", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds
# this set's titles and kinship words ("Pastor Gin Khan", "Pu Thang", "Nu Dim", "Kyria Voula", "Kvria Eleni", "Auntie Vung")
# and countries, states and regions ("Myanmar", "Chin State", "Malaysia", "Georgia", "Greece", "Jamaica", "Tameside").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
