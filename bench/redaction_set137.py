"""Set 137: a held-out hand-written set for the redaction detector, six more invented families in Lancaster and Morecambe,
written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing
the `Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py,
or the files of the other helpers writing at the same time (bench/redaction_set134.py to redaction_set136.py and
tests/test_redaction_set134.py to test_redaction_set136.py), that did not run the detector or any bench script that runs it,
that ran no git command, and that looked at no detector output. What was read: tests/test_redaction_set21.py in full, and of
bench/redaction_set21.py (the layout and marking conventions followed here) its module docstring, the records and documents
of its first family, the start of its second family, the end of its sixth family's documents and everything after them (the
word lists, the HandSet call and the self-check), with a few lines of its other documents seen in
passing; the docstrings of bench/redaction_set7.py to redaction_set133.py, printed
with the ast module into a scratch file and searched there for Lancaster and Morecambe places and for community names (to pick
a home for each family and two communities no earlier set used; no body of an earlier set was read or searched); the `party`
helper, the `HandSet` class, `word_problems` and the start of `_parse` of bench/redaction_handwritten.py; and the ruff
settings in pyproject.toml. Set 15's checker was used through its import only and not read. Phone numbers were checked with
the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake
in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Lancaster and Morecambe, each from a town, district or village no earlier set used as a family's home (the
docstrings show Skerton and Poulton as earlier homes and Carnforth only as a father's home). Four of the kinds most common in
children's social care: a white British family in Heysham, with a nan in Overton (Gorst / Threlfall; a baby's faltering
growth and missed immunisations, a mother's postnatal depression and cannabis use, a boy of 6 taking bread home from school,
a partner's violence), a white British family in Torrisholme, with the children's father in Bare (Whiteside / Dobson; a
mother strangled by her partner, a boy of 14 who rang 999 and pulled him off, a girl of 11 who writes to the judge), a white
British family in Bowerham, Lancaster, with a grandad in Halton (Tomlinson / Kellet; a girl of 15 who took an overdose,
groomed and sexually exploited by a man of 23 under a false name, a youth worker's referral, a review conference) and a white
British family in Carnforth, with a father at Hest Bank (Dent / Bradshaw; a boy of 16 missing to Barrow in county lines, a
debt, a window put through, a father who offers him a home). Two from communities no earlier set used: a Sardinian family
from Orgosolo in Marsh, Lancaster (Mura / Deiana; a girl of 7 hit with a belt by her father, a brother of 13 with a Pattada
knife in his school bag, a mother isolated by language, a grandmother's voice notes in Nuorese Sardinian, a father who writes
to the conference chair) and a Hutsul Ukrainian family from Verkhovyna in the Carpathians, in Galgate after a Homes for Ukraine
placement with hosts in Caton (Tafiichuk; a mother drinking while her husband is at the front, a boy of 14 working for cash
at a car wash for a man who picks him up, a girl of 9 wetting the bed and afraid of planes; names and places in Ukrainian
Cyrillic, with case endings). 24 documents, half plain professional recording (a health visitor's contact record, a primary
school's safeguarding log printout, a GP's letter, a police notification of a domestic abuse incident with children present,
strategy discussion minutes, a CAMHS clinic letter, a review child protection conference report, a return home interview, a
multi-agency chronology, a primary school's referral, a child and family assessment's analysis, a child in need review's
minutes) and the rest other writing a case file holds: a mother's texts to her social worker typed up from screenshots, a
girl's handwritten letter to the judge copied out with her spelling, a social worker's notes typed fast on a phone in the car
(no capitals), Snapchat messages from a police digital extract, a youth club's handwritten referral scanned and OCR'd (with
its errors: "Tomlin son", "Halt on", "Bower ham", "1O/11/2026"), a father's email to a team manager, a MACE panel's Teams
meeting chat export, a grandmother's WhatsApp voice notes in Sardinian transcribed and translated, a father's letter in his
second language, a Homes for Ukraine host's email, Viber messages in Ukrainian typed up and translated, and a school's EAL
admission form.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Italy, Ukraine); NHS numbers and UPNs (LA number 888, Lancashire) pass their check
digits; NI numbers have a valid format. The council (Lune Side), the interpreting agency (Lingua North) and the hosts' barn are
invented; towns, districts, estates, villages, real schools and colleges, hospitals and health bodies, GP practices, police
forces, stations, parks, churches, charities (Safenet, Inspire, Barnardo's, Morecambe Bay Foodbank), apps, brands and foods
are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DS, DC, Sgt, Father, Signora, nonna, Mamma, baba, aunt) stay outside the name span; a possessive 's and a bare s in texting
("[[kayden]]s", "[[callum]]s", "[[Sarah-Jane]]s") stay outside; every person's name is a name in every form, record or not,
including nicknames and pet forms ("Reecey", "Daz", "Amb", "Ty", "Richka", "Chiaredda", "Gavineddu", "Юрчику"). "SURNAME,
First" is one span ("GORST, Kayden", "HOLDEN, Kirsty", "DOBSON, Darren Paul", "Brayshaw, Helen"), and so is "SURNAME First"
("TAFIICHUK Marichka", "Тафійчук Марічка"); initials alone ("RM", "T.D.", "JH", "LO'D") are not marked; a name broken by a
line break is one span holding the break, and so is an address, a place, a school or a date; social media handles and
usernames ("amberrr.t11", "kai_lanc_x") are not marked, but a sender's or display name that is a person's plain name is
("Shannon", "Hannah", "Юрко"); a contact saved under a kinship word ("Бабуся") is not a name. A street address is one span,
its town a place, its postcode a postcode; a street named without a number is an address ("Heysham Road", "Hatlex Lane",
"Caton Road"), and so is a neighbour's bare house number ("no. 19", "21", "no. 43") and an address abroad ("Corso Repubblica
112", "вул. Франка 14"), with an Italian or Ukrainian five-digit postcode a postcode ("08027", "78701"); towns, cities,
villages, districts and estates are places, at home or abroad and in any script ("Bare", "Ridge", "Westgate", "Marsh",
"Halton", "Верховина", "Ворохти"); countries, counties and regions are not ("Lancashire", "Sardinia", "Barbagia", "Italy",
"Ukraine", "the Carpathians"); organisations are not marked even when they hold a town's or a person's name ("Heysham
Surgery", "Bowerham Medical Practice", "Royal Lancaster Infirmary", "Lancaster Police Station", "Lancaster Town Hall",
"Marsh Community Centre", "Morecambe Bay Foodbank", "Lancashire Talking Therapies"); a school's or college's name is a
school, and so is its short form in any case or script ("Trumacar", "Ripley", "CLHS", "Carnforth High", "North Road", "Our
Lady's", "Ellel St John's", "torrisholme primary", "Верховинський ліцей No. 1"); a date of birth is dob, any other calendar
date with a day is date (a weekday or a time before it stays outside), and the bare day in a range is a date span of its own
("[[06]]-[[08 Nov 2026]]"); months and years alone are not marked ("March 2023"); pets' names (Loki, Bane, Biscuit, Bolt)
are not names; parks, stations and landmarks stay unmarked (Happy Mount Park, Half Moon Bay, Morecambe bus station,
Carnforth station, the A683); a surname or first name that is also an English word or a town is marked by what it refers
to (Marsh, Lamb, Heap, Kendal, Preston, Grace, Rose, Dawn and Kellet are names when they are people; Marsh, Preston, Kendal
and Halton are places when they are places); a service or branch named by its town in lower-case words ("the Lancaster
clinic", "Lancaster CID", "Carnforth library", "Galgate village hall", "bowerham co op") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a name with a nickname or
a second form in brackets or quotes is one span ("Sebastiano (Bustianu) MURA", "Antonia (Tonina) Mura", "Yurii (Yurko)",
'Michael "Mikey" Kendall'); a Teams display name with an organisation in brackets marks the name and, where it is a school,
the school separately ("Nuttall, Kath (Carnforth High)"), while a council or police force in brackets stays unmarked; a false
name given to a hospital ("Jamie Dent") is a name and the false date of birth given with it is a dob; an alias an abuser used
online ("Kai", "Ky", "dani") is a name; OCR errors inside a name, place or date keep the span as it reads ("Tomlin son",
"Callum Jfferson", "Halt on", "Bower ham", "1O/11/2026"); a Sardinian month name ("5 de nadale", "20 dicembre") makes a date;
"Half Moon Bay", used to place a relative's home, is a landmark and stays unmarked; a house name ("Brookside Barn") is an
address; names, places and addresses in Ukrainian keep their case endings inside the span ("Марічку", "Галгейті", "вул. Мейн
Роуд 12, кв. 3"); a birthday without a year ("19th of March") is a dob; a police incident log, a crime or case reference and an
interpreter's reference are not marked.

Self-check without the detector: `python -m bench.redaction_set137` (and tests/test_redaction_set137.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 996 gold spans, 504 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Gorst / Threlfall family (white British), Heysham, with a nan in Overton --------------------------------------------

HOME_A = d.Address("23 Rothesay Road", "Heysham", "Morecambe", "LA3 2UE")
NAN_A = d.Address("6 Chapel Lane", "Overton", "Morecambe", "LA3 3HU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Gorst")], dt.date(2020, 5, 14), addresses=[HOME_A], ids=["1265337500",
       "A888204119057"], schools=["Trumacar Nursery and Community Primary School"]),
    _p("s", "sibling", [("Poppy", "Threlfall")], dt.date(2025, 11, 2), addresses=[HOME_A], ids=["6856872682"]),
    _p("m", "mother", [("Shannon", "Gorst")], dt.date(1999, 8, 27), addresses=[HOME_A], phones=["07712 389 752"],
       ids=["8509027528", "PT 36 81 52 A"]),
    _p("f", "father", [("Reece", "Threlfall")], dt.date(1997, 2, 9), addresses=[HOME_A], phones=["07734 843 860"]),
    _p("g", "grandparent", [("Bev", "Gorst")], dt.date(1971, 6, 3), addresses=[NAN_A], phones=["01524 443944"]),
    _p("p1", "professional", [("Hannah", "Wilding")], phones=["01524 352930"], emails=["hannah.wilding@luneside.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's contact record", """HEALTH VISITING SERVICE - CONTACT RECORD (SystmOne, typed into the template)
Client: [[Poppy THRELFALL|name]]   DOB [[02/11/2025|dob]]   NHS [[685 687 2682|nhs]]   Address: [[23 Rothesay Road|address]],
[[Heysham|place]],
[[LA3 2UE|postcode]]   Contact: unannounced home visit, Tue [[15 Sept 2026|date]], 10:40-11:35   HV: [[Nadia Birtwistle|name]]
Others present: mother [[Shannon Gorst|name]] (26); brother [[Kayden|name]] (6, not in school - "poorly"); a neighbour, [[Jade|name]]
from [[no. 19|address]], who left as I came in.

Reason: missed 9-12 month review twice ([[11/08|date]], [[1 Sept|date]]); the GP practice (Heysham Surgery?) flagged missed
immunisations. Letter and two texts to [[07712 389 752|phone]] not answered.

Seen: [[Poppy|name]] in a bouncer in front of the TV, nappy heavy and soaked through, a red raw rash to the groin. Bottle of cold
milk propped on a cushion. Weight 7.9 kg (0.4th-2nd centile; was 25th at 8 weeks). Not yet sitting unaided. Smiled for
[[Shannon|name]] and for me. [[Kayden|name]] in pyjamas at 10:40, ate dry cereal from the box; he said "[[Reece|name]] is asleep" and
"me nanna [[Bev|name]] does my tea on Sundays". Strong smell of cannabis on the landing. Two dogs (a husky and a Staffie cross,
"Loki" and "Bane") loose in the kitchen; dog mess by the back door.
[[Shannon|name]] said [[Reece Threlfall|name]] (the baby's dad) works nights at the port and sleeps till 2. She said she is "on
her own with it all" and cried. PHQ-2 positive. She said her mum, [[Bev Gorst|name]], in [[Overton|place]], "has her own
stuff" and that her friend [[Chelsea
Procter|name]] from [[Westgate|place]] helps with lifts.

Plan: weigh weekly at the clinic (Heysham Children's Centre? she asked for home); GP appointment for [[Shannon|name]] (mood)
booked by me with Dr [[Okafor|name]] for [[18/09|date]]; referral to the dietitian; spoke to [[Kayden|name]]'s school
([[Trumacar|school]], Mrs [[Hetherington|name]], DSL) at 13:10 - attendance 71%. Discussed with safeguarding supervisor
[[Lisa Woodhouse|name]] [[15.9.26|date]]: referral to children's social care made on the MARF today.
[[N. Birtwistle|name]], Specialist Community Public Health Nurse, [[01524 352930|phone]]
"""),
    ("primary school safeguarding log printout", """[[TRUMACAR NURSERY AND COMMUNITY PRIMARY SCHOOL|school]] - safeguarding log (printout
for the strategy meeting)
Pupil: [[GORST, Kayden|name]]   Year 2 (Class Kingfishers)   DOB [[14-05-2020|dob]]   UPN [[A888204119057|upn]]
Printed [[21/09/2026|date]] by [[J Hetherington|name]] (DSL). Entries in date order. Staff initials kept as recorded.

[[08/09/26|date]] 08:50 - [[Kayden|name]] arrived 25 mins late with nan ([[Bev|name]]), no PE kit, same jumper as Friday. Nan said
"his mam's not right". LO'D
[[09/09/26|date]] 12:15 - Ate 2 lunches and asked for bread to take home "for [[Poppy|name]]". Told TA (Mrs [[Casson|name]]): "there's
only dog biscuits". -> DSL. SC
[[10/09/26|date]] - Absent. Phone call to mum [[07712 389 752|phone]], no answer. Dad ([[Reece|name]]) rang back from
[[07734 843 860|phone]] at 14:05: "chest infection". JH
[[11/09/26|date]] - Absent. Home visit by [[Jo Hetherington|name]] and [[Sam Casson|name]] at 10:00: no answer at [[23 Rothesay
Road|address]]; dogs barking. Neighbour at [[21|address]] (Mr [[Pye|name]]) said "the lad's been out on his scooter all
morning". Found [[Kayden|name]] at the shop on [[Heysham Road|address]] on his own at 10:25, in his school shoes and no coat.
Walked him home; mum answered after 5 mins, said she had been asleep. JH
[[14/09/26|date]] - [[Kayden|name]] told class teacher Mr [[Ashworth|name]] he "saw [[Reece|name]] push Mummy into the fridge" at the
weekend and that [[Poppy|name]] cried "all night". Full words on the attached sheet. -> DSL -> MASH 11:40 (spoke to
[[Hannah Wilding|name]]). DA
[[15/09/26|date]] - HV [[Nadia Birtwistle|name]] rang re home visit; shares concerns. JH
[[17/09/26|date]] - Nan collected. Said she will have [[Kayden|name]] at hers in [[Overton|place]] on Fri/Sat "to give our
[[Shannon|name]] a break"; nan's number [[01524 443944|phone]]. LO'D
[[18/09/26|date]] - [[Kayden|name]] drew a picture "my house" with a monster in the kitchen called "[[Reecey|name]]". Kept. SC
[[21/09/26|date]] 08:40 - Mum brought [[Kayden|name]] and [[Poppy|name]] in the buggy with her friend [[Chelsea|name]]. Mum has a cut
above her eye; said she "walked into the cupboard at [[Jade|name]]'s". [[Kayden|name]] said "[[Reece|name]] threw the remote". -> DSL.
Rang MASH 09:05, spoke to [[Hannah Wilding|name]] ([[01524 352930|phone]]); she will visit with PC [[Lund|name]]. JH
[[21/09/26|date]] 15:20 - Collected by nan [[Bev Gorst|name]] and her partner [[Keith Raven|name]] in a red Corsa ([[PE14 WZK|vehicle]]).
Nan said they are taking [[Kayden|name]] to [[Fleetwood|place]] to see his cousin [[Ollie|name]] at the weekend. LO'D
"""),
]

DOCS_A += [
    ("a mother's text messages to the social worker typed up", """[Texts between [[Shannon Gorst|name]] ([[07712 389 752|phone]]) and her
social worker [[Hannah Wilding|name]] (work mobile),
[[22|date]]-[[29 September 2026|date]], typed up by business support from screenshots for the file. Spelling as sent.]

[[22/09/2026|date]] 09:14 [[Hannah|name]]: Hi [[Shannon|name]] its [[Hannah|name]] from childrens social care, can I come see you +
[[Kayden|name]] and
[[Poppy|name]] tmrw at 2? Thanks
[[22/09/2026|date]] 11:52 [[Shannon|name]]: who gave u my number. was it that hv
[[22/09/2026|date]] 11:52 [[Shannon|name]]: my ni is [[PT 36 81 52 A|ni]] for the form u said
[[22/09/2026|date]] 11:53 [[Shannon|name]]: ok 2 is fine but [[reece|name]] wont be in hes in work
[[23/09/2026|date]] 13:41 [[Shannon|name]]: running 10 mins late at me mams in [[overton|place]] sorry
[[24/09/2026|date]] 20:02 [[Shannon|name]]: can u tell [[kayden|name]]s school i didnt no he was taking bread he dont need to
[[24/09/2026|date]] 20:03 [[Shannon|name]]: we have food. my mam brought a shop from aldi
[[25/09/2026|date]] 08:30 [[Hannah|name]]: Thank you for letting me know. Food bank voucher is at Morecambe Bay Foodbank - they are at
the church on [[Hall Drive|address]] Fridays. [[Jenny|name]] from Early Help will ring you about nursery hours for [[Poppy|name]].
[[26/09/2026|date]] 23:48 [[Shannon|name]]: hes gone mental again
[[26/09/2026|date]] 23:48 [[Shannon|name]]: hes smashed the tv
[[26/09/2026|date]] 23:51 [[Shannon|name]]: dont ring me he will see
[[27/09/2026|date]] 00:20 [[Shannon|name]]: sorry ignore them im ok he went to his mates in [[bare|place]]. kids asleep
[[27/09/2026|date]] 09:02 [[Hannah|name]]: [[Shannon|name]] I've seen your messages this morning. Are you and the children safe? I have
passed this to the police as I have to. Please ring me on this number or ring 999 if you're in danger.
[[27/09/2026|date]] 09:40 [[Shannon|name]]: yes. hes not coming back. [[kayden|name]] is at nan [[bev|name]]s
[[29/09/2026|date]] 16:15 [[Shannon|name]]: the police came. PC [[Lund|name]] said [[reece|name]] got bail to his mums in
[[Lancaster|place]] on
[[ridge|place]] and cant come here till [[20th Oct|date]]
[[29/09/2026|date]] 16:16 [[Shannon|name]]: can [[kayd|name]] still go his dads on sunday hes been asking
"""),
    ("GP letter to the social worker", """Heysham Surgery
[[Hannah Wilding|name]], Social Worker, Children's Social Care (Lune Side Council), [[Morecambe|place]] office
[[8 October 2026|date]]

Dear Ms [[Wilding|name]]

Re: [[Shannon GORST|name]], DOB [[27.08.1999|dob]], NHS No [[850 902 7528|nhs]], [[23 Rothesay Road|address]], [[Heysham|place]]
[[LA3 2UE|postcode]]; children [[Kayden Gorst|name]] ([[14.05.2020|dob]]) and [[Poppy Threlfall|name]] ([[02.11.2025|dob]])

Thank you for your request of [[30/09/2026|date]] for information for your Child and Family assessment. [[Shannon|name]] has given
written consent (copy enclosed).
1. I saw [[Shannon|name]] on [[18 September 2026|date]] and again on [[2 October 2026|date]]. She has moderate postnatal depression
(PHQ-9 of 17) and started sertraline 50 mg. She told me she uses cannabis "most nights" to sleep. She declined the perinatal
mental health team but agreed to Lancashire Talking Therapies (self-referral on [[03/10|date]]).
2. She told me of controlling behaviour and two assaults by her partner, [[Reece Threlfall|name]] (not registered with us; I
understand he is registered in [[Lancaster|place]]). She has been given the number of the local DA service.
3. [[Poppy|name]] has missed her 12-month immunisations and her weight has fallen across two centile lines; our practice nurse,
[[Alison Gardner|name]], has booked her for [[13/10/2026|date]]. The health visitor (Mrs [[Birtwistle|name]]) is weighing her
weekly.
4. [[Kayden|name]]: seen in March for a dog bite to the left calf (from a dog "at a friend's"); no concerns recorded at
the time.
I would be happy to attend the conference. Please send invitations to the practice safeguarding lead, Dr [[Gemma Okafor|name]].

Yours sincerely
Dr [[G. Okafor|name]], GP Partner
cc: [[Nadia Birtwistle|name]], HV
"""),
]

# --- B. Whiteside / Dobson family (white British), Torrisholme, Morecambe, with a father in Bare -----------------------------

HOME_B = d.Address("41 Lancaster Road", "Torrisholme", "Morecambe", "LA4 6LW")
DAD_B = d.Address("Flat 2, 9 Seaborn Road", "Bare", "Morecambe", "LA4 6BD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tilly", "Whiteside")], dt.date(2015, 3, 19), addresses=[HOME_B], ids=["5376550656", "F888331520144"],
       schools=["Torrisholme Community Primary School"]),
    _p("s", "sibling", [("Callum", "Whiteside")], dt.date(2012, 7, 4), addresses=[HOME_B], ids=["1581309589"],
       schools=["Morecambe Bay Academy"]),
    _p("m", "mother", [("Nicola", "Whiteside")], dt.date(1986, 12, 1), addresses=[HOME_B], phones=["07745 676 189"],
       ids=["SK 72 04 19 C"]),
    _p("o", "other", [("Darren", "Dobson")], dt.date(1983, 4, 22), addresses=[HOME_B], phones=["07756 031 117"],
       ids=["JX 15 93 67 B"]),
    _p("f", "father", [("Lee", "Whiteside")], dt.date(1985, 10, 11), addresses=[DAD_B], phones=["07767 385 255"]),
    _p("p1", "professional", [("Rachel", "Marsh")], phones=["01524 660317"], emails=["rachel.marsh@luneside.gov.uk"]),
], "c")

DOCS_B = [
    ("police domestic abuse notification to children's services", """LANCASHIRE CONSTABULARY - NOTIFICATION OF A DOMESTIC ABUSE INCIDENT
WHERE CHILDREN ARE PRESENT (CYP NOTIFICATION)
Incident log: LC-20261003-1187   Date of incident: [[03/10/2026|date]] 22:35   Officer: PC 3107 [[HOLDEN, Kirsty|name]]
Location: [[41 Lancaster Road|address]], [[Torrisholme|place]], [[Morecambe|place]] [[LA4 6LW|postcode]]
Victim: [[WHITESIDE, Nicola|name]]   DOB [[01/12/1986|dob]]   Tel [[07745 676 189|phone]]
Suspect: [[DOBSON, Darren Paul|name]]   DOB [[22/04/1983|dob]]   Tel [[07756 031 117|phone]]   Vehicle: white Ford Transit
[[PN19 KXT|vehicle]]
Relationship: partners, living together 3 yrs.   DASH: 15 ticks - HIGH (MARAC referral made)

Children present:
1. [[WHITESIDE, Callum|name]]   DOB [[04/07/2012|dob]]   School: [[Morecambe Bay Academy|school]]
2. [[WHITESIDE, Tilly|name]]   DOB [[19/03/2015|dob]]   School: [[Torrisholme Community Primary|school]]
Father of both: [[WHITESIDE, Lee|name]], [[Flat 2, 9 Seaborn Road|address]], [[Bare|place]] [[LA4 6BD|postcode]] (not present)

Circumstances: Call to 999 from [[Callum|name]] (14) at 22:31 saying "he's strangling my mum". On arrival the victim had red
marks to both sides of her neck and a cut lip. The suspect had left in the van. [[Callum|name]] said he pulled [[Darren|name]] off
his mum and was pushed into the banister; a graze to his right forearm. [[Tilly|name]] (11) was found hiding in the bathroom
with the family's cat. The neighbour at [[no. 43|address]], Mrs [[Gail Fenwick|name]], took both children in while officers
spoke to the victim. The suspect was arrested at 23:50 on [[Morecambe Road|address]], near the [[Lancaster|place]] turn-off,
and is in custody at Lancaster Police Station. Bail conditions will be sought (not to contact the victim, not to enter
[[Torrisholme|place]]).
Victim's account: argument over money and her phone; he "does this when he's been on the coke". Previous unreported
incidents since [[Christmas Day 2025|date]]. She does not support a prosecution "yet". Children's father [[Lee|name]] was told
by [[Callum|name]] by text and arrived at 23:15; he took the children to his flat overnight with the victim's agreement.
Officer's view: children at risk of significant harm from DA in the home; [[Callum|name]] physically involved.
Supervisor: Sgt 1884 [[Marcus Rigby|name]]   Sent to MASH [[04/10/2026|date]] 07:12
"""),
    ("strategy discussion minutes", """LUNE SIDE COUNCIL CHILDREN'S SOCIAL CARE - STRATEGY DISCUSSION (s47) - MINUTES
Children: [[Callum Whiteside|name]] (14) and [[Tilly Whiteside|name]] (11), [[41 Lancaster Road|address]], [[Torrisholme|place]]
Date: Monday [[5 October 2026|date]], 10:00, Teams     Chair: [[Steph Cornthwaite|name]], Team Manager, MASH
Present: [[Rachel Marsh|name]] (SW, minutes); DS [[Owen Pritchard|name]] (Lancashire Police, PVP); [[Anna Kellett|name]] (school
nurse); Mr [[Greg Pilling|name]] (DSL, [[Morecambe Bay Academy|school]]); Mrs [[Yvonne Heap|name]] (head, [[Torrisholme
Community Primary|school]]); [[Debbie Lamb|name]] (IDVA, Safenet). Apologies: Dr [[Patel|name]] (GP).

1. Information shared
Police: incident of [[3 October|date]] (PC [[Holden|name]]'s notification). [[Darren Dobson|name]] charged with assault by
strangulation, remanded to court on the [[5th|date]]; released on bail to his sister's address in [[Heysham|place]] (the Half Moon
Bay end - exact address to follow). Two previous call-outs: [[14/02/2026|date]] (verbal, no crime) and
[[19 July|date]] (neighbour's call, "screaming"). He has a 2019 conviction for ABH against an ex-partner in [[Blackpool|place]].
Secondary school: [[Callum|name]] late 19 times this half-term; said to Mr [[Pilling|name]] on [[2/10|date]] that he "sleeps with a
bat by the bed". Primary: [[Tilly|name]] anxious, soils herself at school (3 times since [[7th Sept|date]]); her friend's mum,
[[Kerry Shaw|name]], said [[Tilly|name]] told her daughter [[Maisie|name]] that "[[Daz|name]] hurts Mummy".
IDVA: [[Nicola|name]] engaged by phone on the [[4th|date]]; wants a non-molestation order; her sister [[Lorraine|name]] in
[[Carnforth|place]] can have them "if it comes to it".
2. Decision: threshold met, s47 enquiry for both children; SW [[Rachel Marsh|name]]. Joint visit with DS [[Pritchard|name]] today at
4pm; ABE for [[Callum|name]] to be considered. Father [[Lee Whiteside|name]] to be seen ([[07767 385 255|phone]]).
3. Safety plan: [[Nicola|name]] agrees [[Dobson|name]] is not to come to the house; locks changed by Safenet on [[6/10|date]];
[[Tilly|name]]
to stay with her dad in [[Bare|place]] Mon-Wed this week.
4. Other children: [[Darren Dobson|name]] has a son, [[Kian Dobson|name]] (9), who lives with his mother, [[Stacey Pye|name]], in
[[Skerton|place]]; DS [[Pritchard|name]] to tell [[Skerton|place]]'s neighbourhood team and the school ([[Ryelands Primary|school]]).
Next: review on [[12.10.2026|date]] at 10:00.
"""),
]

DOCS_B += [
    ("a child's handwritten letter to the judge", """[Letter written by [[Tilly Whiteside|name]], age 11, for the judge, given to her
social worker on [[9 November 2026|date]].
Copied out exactly with her spelling. Her drawings in the margins (a cat and a house) are not copied.]

Dear the Judge,

My name is [[Tilly|name]] I am 11 and I go to [[Torisholme primary|school]] in year 6. I am writing
becuase [[Rachel|name]] my social worker said you decide things and you will read it your self.

I live with my mum and my brother [[Cal|name]] and our cat Biscuit on [[Lancaster rd|address]]. My dad lives in
[[Bare|place]] near the shops he has a flat with a bunk bed. I like going to my dads on Wednesdays and
every other weekend we go to Happy Mount Park and get chips.

[[Darren|name]] used to live with us. I dont want him to come back. He shouted at mum all the time and
on the night of [[3rd October|date]] he hurt her neck and my brother rang the police. I was in the bath room
with Biscuit. [[Gail|name]] from next door gave us toast. [[Daz|name]] said sorry to me on snap chat but I
blocked him. He was nice at first he took us to [[Fleetwood|place]] on the ferry and to [[Blackpool|place]]
illuminations.

Please can you make it so he cant come to our house or my school. And please can my dad have me on
Sundays as well. My nana [[Carol|name]] in [[Galgate|place]] says hello.

From [[Tilly Whiteside|name]]
(I am 11 and a half my birthday is on the [[19th of March|dob]])
"""),
    ("social worker's notes typed fast on a phone after a visit", """visit notes - typed on work phone in the car outside, tidy up later -
RM [[12/10/26|date]] 17:05
saw [[nicola|name]] + [[tilly|name]] at home ([[41 lancaster rd|address]]). [[callum|name]] out - at [[lee|name]]s playing xbox per mum.
cat on
sofa. house tidy new locks on, mum v tired, bruising to neck yellowing.
[[dobson|name]] rang her 4 x from withheld no. sat night despite bail - she didnt answer - screenshot sent to ds [[pritchard|name]].
she thinks his sister [[michelle|name]] (half moon bay, [[heysham|place]]) is letting him use her phone
[[tilly|name]] seen alone in her room, showed me her slime + drawings. says shes ok, scared he will "come in the window".
wants to see dad more. sleeping in mums bed. [[torrisholme primary|school]] say soiling stopped this wk (mrs [[heap|name]])
mum says nana [[carol whiteside|name]] in [[galgate|place]] ([[07778 407 106|phone]]) will do tues school run.
[[lee whiteside|name]] rang me back 16:30 from [[07767 385 255|phone]] - supportive, wants more time w kids, will
do weds + sun, asked re child arrangements order. told him to speak to a solicitor (he said he already
has one at a firm in [[lancaster|place]])
actions: MARAC [[22/10|date]] - [[debbie lamb|name]] idva presenting. CIN or ICPC - discuss w [[steph|name]] tmrw. send
[[callum|name]]s school (mr [[pilling|name]]) safety plan. chase CAMHS re [[tilly|name]]. ring [[nicola|name]] thurs.
"""),
]

# --- C. Tomlinson / Kellet family (white British), Bowerham, Lancaster, with a grandad in Halton -----------------------------

HOME_C = d.Address("17 Barton Road", "Bowerham", "Lancaster", "LA1 4EN")
GRANDAD_C = d.Address("3 Low Road", "Halton", "Lancaster", "LA2 6LT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Amber", "Tomlinson")], dt.date(2011, 1, 28), addresses=[HOME_C], ids=["9895039166", "G888207318261"],
       schools=["Ripley St Thomas Church of England Academy"]),
    _p("s", "sibling", [("Jack", "Kellet")], dt.date(2019, 9, 6), addresses=[HOME_C], ids=["8035338722"]),
    _p("m", "mother", [("Joanne", "Tomlinson")], dt.date(1984, 5, 16), addresses=[HOME_C], phones=["07789 291 094"],
       ids=["9637448721"]),
    _p("o", "other", [("Gary", "Kellet")], dt.date(1980, 8, 30), addresses=[HOME_C], phones=["07791 679 293"]),
    _p("g", "grandparent", [("Dennis", "Tomlinson")], dt.date(1952, 3, 2), addresses=[GRANDAD_C], phones=["01524 731256"]),
    _p("p1", "professional", [("Priya", "Summers")], phones=["01524 704570"], emails=["priya.summers@luneside.gov.uk"]),
], "c")

DOCS_C = [
    ("CAMHS clinic letter after a crisis assessment", """Lancashire and South Cumbria NHS Foundation Trust - Children and Young People's
Mental Health Service

[[11 September 2026|date]]
Private and confidential - GP: Dr [[Fiona McAllister|name]], Bowerham Medical Practice
cc: [[Priya Summers|name]], Social Worker; Ms [[Joanne Tomlinson|name]]; school nurse ([[Ripley St Thomas|school]])

Name: [[Amber TOMLINSON|name]]   DOB: [[28/01/2011|dob]]   NHS: [[989 503 9166|nhs]]
Address: [[17 Barton Road|address]], [[Bowerham|place]], [[Lancaster|place]] [[LA1 4EN|postcode]]

Dear Dr [[McAllister|name]]

I saw [[Amber|name]] (15) with her mother in the emergency department at the Royal Lancaster Infirmary on the night of
[[9/10 September|date]] after she took 24 paracetamol and cut her left forearm (11 superficial cuts, steristrips). She is now
medically fit.
[[Amber|name]] told me alone that she did it after a row with her stepdad, [[Gary Kellet|name]], about her phone, and because
"someone older" she talks to online has "gone cold" on her. She would not give his name but called him "[[Kai|name]]" and
said he is 19 and lives in [[Heysham|place]]; she has met him twice at the bus station and once at his friend's flat in
[[Morecambe|place]]. She has not been at school since the [[4th|date]]. She says her real dad, [[Scott Moorby|name]], lives in
[[Preston|place]] and she has not seen him for 3 years. Her grandad, Mr [[Dennis Tomlinson|name]], in [[Halton|place]], is
"the only one who gets me".
Mental state: low mood, poor sleep, no psychotic features, fleeting thoughts of death, no current plan; regrets the overdose
"a bit". Risk: moderate, raised by the possible exploitation and the access to medicines at home.
Plan: follow-up with me on [[16/09/2026|date]]; safety plan agreed with [[Amber|name]] and her mum (medicines locked away;
Kooth; her grandad's number [[01524 731256|phone]] as her safe adult). With [[Amber|name]]'s knowledge I have shared the
concern about [[Kai|name]] with children's social care ([[Priya Summers|name]], [[01524 704570|phone]]) and Lancashire Police.

Yours sincerely
Dr [[Tom Ellwood|name]], Consultant Child and Adolescent Psychiatrist
"""),
    ("review child protection conference report", """REVIEW CHILD PROTECTION CONFERENCE - SOCIAL WORKER'S REPORT
Child: [[Amber Tomlinson|name]], DOB [[28.01.2011|dob]]   Category: neglect and sexual abuse (CSE)   Initial conference:
[[02/10/2026|date]]   This review: [[27 November 2026|date]], Lancaster Town Hall, room 4   Chair: [[Colin Bainbridge|name]], IRO
Author: [[Priya Summers|name]], Social Worker   Family: mother [[Joanne Tomlinson|name]] ([[07789 291 094|phone]]); stepfather
[[Gary Kellet|name]] ([[07791 679 293|phone]]); half-brother [[Jack Kellet|name]] (7, DOB [[06.09.2019|dob]], at [[Bowerham
Primary|school]]); father [[Scott Moorby|name]] ([[Ribbleton|place]], [[Preston|place]]); grandfather [[Dennis Tomlinson|name]] ([[3
Low Road|address]], [[Halton|place]], [[LA2 6LT|postcode]]).

1. Progress on the plan since the initial conference
- The man [[Amber|name]] knew as "[[Kai|name]]" was identified by police as [[Kyle Ashcroft|name]], 23, of [[Westgate|place]],
[[Morecambe|place]]. He was arrested on [[16 October|date]] (child abduction warning notice served on the [[17th|date]]); enquiries
continue. [[Amber|name]] was seen with him again at Morecambe bus station on [[31/10/2026|date]] by a PCSO ([[Andy Croft|name]]).
- School: [[Amber|name]] returned to [[Ripley|school]] on a part-time timetable on [[12 October|date]]; 62% since. Her mentor, Miss
[[Lowther|name]], and the DSL, Mr [[Norbert Chan|name]], see her daily.
- Home: [[Joanne|name]] has attended every core group ([[9/10|date]], [[30/10|date]], [[20/11|date]]). [[Gary|name]] attended one.
The arguments about the phone continue. On [[14 November|date]] [[Gary|name]] took the phone and [[Amber|name]] walked to her
grandad's in [[Halton|place]] along the A683 at 11 pm; Mr [[Tomlinson|name]] rang the police and brought her home the next day.
- Health: CAMHS (Dr [[Ellwood|name]]) fortnightly; no further self-harm reported since [[3rd Nov|date]]. Sexual health
appointment at the [[Lancaster|place]] clinic attended with the school nurse, [[Sue Bibby|name]].
- Missing: [[Amber|name]] was reported missing on [[1 November|date]] (found at 02:10 on [[Marine Road West|address]], [[Morecambe|place]],
by PC [[Dan Greenhalgh|name]], with [[Shay Whittaker|name]] and two older males) and on [[14 November|date]] (see below). Return
home interviews by [[Mo Haworth|name]] on the [[3rd|date]] and the [[17th|date]].
- [[Jack|name]]: happy at school; his teacher, Mrs [[Rose Gardner|name]], has no concerns; he told me "[[Amb|name]] is sad".
2. [[Amber|name]]'s views (her words, [[24/11|date]]): "I know [[Kyle|name]] was using me. I still miss him which is messed up.
I want to live at my grandad's till [[Gary|name]] stops being like that."
3. Recommendation: remain on a plan (sexual abuse); a family group conference with [[Dennis|name]] and [[Amber|name]]'s aunt,
[[Leanne Tomlinson|name]] of [[Caton|place]], by [[18 December 2026|date]]; a NWG/CSE worker from Barnardo's (Lancashire
Children's Services commission [[Jess Rawcliffe|name]]) to start in December.
"""),
]

DOCS_C += [
    ("Snapchat messages from a police digital extract typed up", """[Exhibit AC/3 - Snapchat messages recovered from [[Amber|name]]'s
phone, extracted by the Digital Forensics Unit
on [[19/10/2026|date]]. Usernames kept as they appear; the officer's notes in square brackets. Copied for the strategy
meeting by DC [[Hannah Gregson|name]]. Times as on the handset.]

User 1: amberrr.t11 ([[Amber|name]])   User 2: kai_lanc_x (identified as [[Kyle ASHCROFT|name]])
[[03/09/2026|date]] 21:14 kai_lanc_x: u still up [[amber|name]]
[[03/09/2026|date]] 21:15 amberrr.t11: ye cant sleep [[gary|name]] kicked off again
[[03/09/2026|date]] 21:15 kai_lanc_x: hes a mug. u no u can always come to mine
[[03/09/2026|date]] 21:18 kai_lanc_x: [[kaz|name]] will pick u up from [[bowerham|place]] co op at 10 if u want
[[03/09/2026|date]] 21:19 amberrr.t11: cant my mum will go mad
[[05/09/2026|date]] 16:02 kai_lanc_x: come [[morecambe|place]] tmrw. [[jordy|name]]s flat on [[marine rd|address]] above the arcade
[[05/09/2026|date]] 16:02 kai_lanc_x: dont tell ur grandad lol
[[05/09/2026|date]] 16:40 amberrr.t11: ok what time. ill get the 2 from town
[[06/09/2026|date]] 23:51 amberrr.t11: i dont want to do that again
[[07/09/2026|date]] 00:03 kai_lanc_x: dont be dramatic. u said u loved me
[[08/09/2026|date]] 19:27 kai_lanc_x: send me one or i send that vid to [[jack|name]]s mum lol. and ur school
[Officer's note: "[[jack|name]]s mum" is read as a threat to send the video to [[Amber|name]]'s own mother.]
[[08/09/2026|date]] 19:40 amberrr.t11: please dont. im not ok
[[09/09/2026|date]] 22:48 amberrr.t11: im going to do something stupid
[[09/09/2026|date]] 22:49 kai_lanc_x: [Message deleted]
[Officer's note: 999 call from [[Joanne TOMLINSON|name]] at 23:02 the same night.]
[[21/09/2026|date]] 18:12 kai_lanc_x: u grassed me up then. [[Kyle|name]] doesnt exist babe
[[21/09/2026|date]] 18:13 kai_lanc_x: this is [[dani|name]] now x
"""),
    ("youth club referral form, scanned and OCR'd", """[Scanned from the handwritten carbon copy; text produced by OCR and not corrected,
so some words are wrong.]

LANCASTER DlSTRICT YOUTH SERVICE - CONCERN ABOUT A YOUNG PERSON (to be sent to MASH the same day)
Name of young person: [[Amber Tomlin son|name]]  Age: 15  DOB: [[28 / 01 / 2011|dob]]
Address (if known): [[Barton Rd|address]], [[Bower ham|place]]
Club / session: Tues drop in, Marsh Community Centre   Date: [[1O/11/2026|date]]
Worker completing: [[Callum Jfferson|name]]   Tel: [[07802 360 232|phone]]
WHAT WAS SAID OR SEEN (use the young person's words):
[[Amber|name]] came in with a new friend [[Shay|name]] (lives in [[Ryelands|place]]?) about 6.3O. [[Amber|name]] had a new
phone + vapes, said "my man got me it". When I asked who she said "[[Ky|name]], hes sound, hes 23". Her friend said
they go to a flat on [[West End Road|address]] in [[Morecambe|place]] after club and "theres always lads there". A silver car
(reg looked like [[PK68 HVU|vehicle]]) was waiting on [[Ovangle Road|address]] at 8.3O with the engine on. Driver white
male 20s. [[Amber|name]] got in. I rang my manager [[Jo Mawdsley|name]] who said fill this in.
ANY OTHER INFO: [[Amber|name]] said her grandad in [[Halt on|place]] is "poorly in hosp" this week. Another girl,
[[Tayla|name]], said "[[Amber|name]] goes missing Fridays from [[Ripley|school]]".
Signed [[C. Jefferson|name]]  Passed to MASH by phone [[10/11|date]] at 21.15, spoke to [[Elaine Cross|name]].
"""),
]

# --- D. Dent / Bradshaw family (white British), Carnforth, with a father at Hest Bank ---------------------------------------

HOME_D = d.Address("58 Lynden Avenue", "", "Carnforth", "LA5 9HJ")
DAD_D = d.Address("2 Coastal Road", "Hest Bank", "Lancaster", "LA2 6HN")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dent")], dt.date(2010, 6, 21), addresses=[HOME_D], ids=["6986812612", "B888412117093"],
       schools=["Carnforth High School"]),
    _p("s", "sibling", [("Millie", "Bradshaw")], dt.date(2017, 12, 15), addresses=[HOME_D], ids=["7732139623"],
       schools=["Carnforth North Road Community Primary School"]),
    _p("m", "mother", [("Sarah-Jane", "Bradshaw")], dt.date(1988, 2, 3), addresses=[HOME_D], phones=["07813 724 789"],
       ids=["5005174559"]),
    _p("f", "father", [("Wayne", "Dent")], dt.date(1985, 9, 9), addresses=[DAD_D], phones=["07824 416 020"],
       emails=["waynedent85@hotmail.co.uk"]),
    _p("p1", "professional", [("Ellie", "Holmes")], phones=["01524 836518"], emails=["ellie.holmes@luneside.gov.uk"]),
], "c")

DOCS_D = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - completed by the Missing From Home service (Lune
Side Council)
Young person: [[Tyler DENT|name]]   DOB [[21/06/2010|dob]]   Age 16   Episode: missing from 18:30 Fri [[6 Nov 2026|date]] to
Sun [[8 Nov 2026|date]] 14:05 (found by British Transport Police at Barrow-in-Furness station)
Police ref: LC-20261106-0922   Interview: Tue [[10 Nov|date]], 16:00, at [[Carnforth|place]] library (his choice)
Interviewer: [[Mo Haworth|name]], RHI worker   Home address: [[58 Lynden Avenue|address]], [[Carnforth|place]] [[LA5 9HJ|postcode]]

Where he went: got the train from [[Carnforth|place]] to [[Barrow|place]] on the Friday night with "a lad called [[Deano|name]]" he met
at the skate park in [[Bolton-le-Sands|place]]. Stayed two nights at a flat on [[Greengate Street|address]] in [[Barrow|place]], where
"an older guy, [[Mikey|name]]" gave them food, vapes and a phone. Said he "did a few drops" in [[Dalton|place]] and
[[Ulverston|place]] on a pushbike. Would not say what was in them. Came back because "[[Millie|name]] kept ringing".
Who knew: his mum, [[Sarah-Jane Bradshaw|name]], reported him missing at 23:40 on the Friday; his dad, [[Wayne Dent|name]],
drove round [[Morecambe|place]] and [[Lancaster|place]] looking for him. His girlfriend, [[Ruby-Mae|name]], knew "a bit".
Risks he talked about: owes "[[Mikey|name]]" £300 because the phone "went missing". Has had texts from a number he doesn't
know ([[07881 249 877|phone]]) saying "u owe". A lad from school, [[Harvey Sandham|name]], was "done in" in [[Lancaster|place]]
for owing. He said he "isn't scared" and then that he sleeps with his door wedged.
School: [[Carnforth High|school]] - he has been on a reduced timetable since [[September 14th|date]]; he says he "hates" his head of
year, Mr [[Fisher|name]], but likes the woodwork teacher, Mr [[Alty|name]].
What would help: "my dad letting me stay at his at [[Hest Bank|place]]"; boxing at the gym in [[Morecambe|place]]; a job.
Actions: passed to the social worker, [[Ellie Holmes|name]], and to the police exploitation team (DC [[Rob Singleton|name]]) for an
NRM and a MACE discussion; the number passed to police. His mum's number for updates: [[07813 724 789|phone]].
"""),
    ("multi-agency chronology", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Tyler Dent|name]] (DOB [[21.06.2010|dob]]) and
[[Millie Bradshaw|name]] (DOB
[[15.12.2017|dob]]) - compiled by [[Ellie Holmes|name]], SW, for the MACE panel of [[26 November 2026|date]]
Date | Source | Event | Significance
[[04/03/2024|date]] | School | [[Tyler|name]] excluded 2 days for a fight at [[Carnforth High|school]] with [[Logan Bell|name]] | first
exclusion
[[19/07/2024|date]] | Police | Parents separate; [[Wayne Dent|name]] moves to [[Hest Bank|place]] after an argument in the street; no
crime | DA?
[[02/02/2025|date]] | Mother | [[Sarah-Jane|name]]'s new partner, [[Craig Bradshaw|name]] ([[Millie|name]]'s dad, 38), moves in on
[[Lynden Ave|address]] |
  [[Tyler|name]] and [[Craig|name]] argue often
[[11/05/2025|date]] | Police | [[Tyler|name]] stopped with 2 older lads at Carnforth station with £420 cash, no arrest | first
exploitation sign
[[30/09/2025|date]] | School | 3 fixed-term exclusions this term; [[Tyler|name]] told the DSL, Mrs [[Pamela Gornall|name]], he "gets paid"
| referral to MASH
[[14.10.2025|date]] | CSC | Early Help (worker [[Dean Hyde|name]]) - closed [[1/2/26|date]], "disengaged" | -
[[22/04/2026|date]] | Police | [[Craig Bradshaw|name]] arrested for assault on [[Tyler|name]] (split lip); NFA | moved out
[[25/04/2026|date]]
[[14 September 2026|date]] | School | reduced timetable agreed with mum | less time in school, more unsupervised
[[2 October 2026|date]] | Health | ED at Furness General Hospital, [[Barrow|place]], given a false name, "[[Jamie Dent|name]]", and a
false DOB
  ([[12/03/2009|dob]]) | in [[Barrow|place]] in school hours
[[06|date]]-[[08 Nov 2026|date]] | Police | missing 44 hours, found in [[Barrow|place]] (RHI by [[Mo Haworth|name]]) | county lines
[[12 Nov 2026|date]] | CSC | [[Millie|name]] (8) told her teacher, Miss [[Brockbank|name]] at [[North Road|school]], "men keep knocking for
  [[Ty|name]]" and a window was smashed at 2am on the [[11th|date]] | risk to the home and sibling
[[16 Nov 2026|date]] | Father | [[Wayne|name]] emails the team manager offering to have [[Tyler|name]] at [[2 Coastal Road|address]],
  [[Hest Bank|place]] [[LA2 6HN|postcode]] | possible safety move
[[18 Nov 2026|date]] | CSC | SW [[Ellie Holmes|name]] and TM [[Mark Tattersall|name]] visit [[Wayne|name]] and [[Jodie Pennington|name]];
nan
  [[Pat Dent|name]] ([[Hatlex Lane|address]]) seen; DBS checks for [[Jodie|name]] and her son [[Finn Pennington|name]] (16) | clear
[[20 Nov 2026|date]] | CSC | [[Tyler|name]] moves to his dad's; [[Sarah-Jane|name]] and [[Millie|name]] stay at [[Lynden Avenue|address]]
with a
  police marker; [[Millie|name]]'s dad [[Craig|name]] has contact at his mum's in [[Warton|place]] on Saturdays | reduce the risk at home
[[23 Nov 2026|date]] | Police | a man asking for "[[Ty|name]]" at the [[Carnforth|place]] chip shop, described by the owner,
[[Vince Capstick|name]] | passed
  to DC [[Singleton|name]]
"""),
]

DOCS_D += [
    ("a father's email to the team manager", """From: [[Wayne Dent|name]] <[[waynedent85@hotmail.co.uk|email]]>
Sent: [[16 November 2026|date]] 22:47
To: [[Mark Tattersall|name]] (Team Manager) <[[mark.tattersall@luneside.gov.uk|email]]>
Cc: [[ellie.holmes@luneside.gov.uk|email]]
Subject: my son [[Tyler|name]] - PLEASE READ

Mr [[Tattersall|name]]

I am [[Tyler|name]]s dad. I have rang [[Ellie|name]] 4 times this week and got no answer so I am emailing you as her boss.

Somebody put the window through at [[Sarah-Jane|name]]s on the [[11th|date]] at 2 in the morning with [[Millie|name]] asleep in
the front room. That is because of the money [[Ty|name]] owes to them lot in [[Barrow|place]]. Its only a matter of time before
someone gets hurt. He cannot stay in [[Carnforth|place]], everyone knows where he lives.

I have a 2 bed house on the front at [[Hest
Bank|place]], I work days at the caravan park at [[Bolton le Sands|place]] but I can
change to earlies. I have no police record apart from a speeding ticket. My partner [[Jodie|name]] is happy for him to come and
her lad [[Finn|name]] is the same age and goes to [[Our Lady's|school]] in [[Lancaster|place]]. [[Tyler|name]] wants to come. His
mum says ok as well, ring her on [[07813 724 789|phone]] she will tell you.

I know I have not always been there for him after me and [[Sarah-Jane|name]] split in [[Jul 2024|date]]. But I am now. His
nan ([[Pat Dent|name]]) lives round the corner from me on [[Hatlex Lane|address]] and will be there after school.

Please ring me on [[07824 416 020|phone]] any time.
[[Wayne|name]]
"""),
    ("Teams meeting chat export from a MACE panel", """[Microsoft Teams - meeting chat, "MACE panel [[26/11|date]] - North Lancs",
exported by the panel administrator
[[Helen Brayshaw|name]] and added to [[Tyler|name]]'s file. Display names as shown by Teams.]

[[26/11/2026|date]] 09:58 [[Brayshaw, Helen|name]] (Lune Side Council): Morning all, agenda item 3 is T.D. ([[Carnforth|place]]).
Chronology is in the Files tab.
[[26/11/2026|date]] 10:02 [[Singleton, Rob|name]] (Lancashire Constabulary): fyi the [[Greengate St|address]] address in [[Barrow|place]]
was warranted yesterday. [[Michael "Mikey" Kendall|name]] charged, remanded. not public yet pls
[[26/11/2026|date]] 10:03 [[Ellie Holmes|name]] (Lune Side Council): thanks [[Rob|name]] - does [[Tyler|name]] still owe someone else?
[[26/11/2026|date]] 10:05 [[Singleton, Rob|name]] (Lancashire Constabulary): we think [[Deano|name]] is [[Dean Armistead|name]], 19,
[[Vale|place]]
estate, [[Barrow|place]] - still at large
[[26/11/2026|date]] 10:09 [[Nuttall, Kath|name]] ([[Carnforth High|school]]): hes been in every day since his dad took him. 94% this wk
[[26/11/2026|date]] 10:11 [[Mo Haworth|name]] (Lune Side Council): brill. he asked me to tell the panel his dad's house has a
dog called Bolt and hes not scared at night there
[[26/11/2026|date]] 10:14 [[Sandra Whittle|name]] (Cumbria CSC): we have [[Ruby-Mae|name]] open in [[Kendal|place]] - can we link up
after? [[07892 669 939|phone]]
[[26/11/2026|date]] 10:20 [[Brayshaw, Helen|name]] (Lune Side Council): Actions: NRM decision chase ([[Rob|name]]), safety plan incl.
[[Hest Bank|place]] address ([[Ellie|name]]), [[Millie|name]] - school to monitor, review [[17 Dec|date]]
[[26/11/2026|date]] 10:21 [[Tattersall, Mark|name]] (Lune Side Council): agreed. [[Wayne|name]] has been brilliant tbf
"""),
]

# --- E. Mura / Deiana family (Sardinian, from Orgosolo), Marsh, Lancaster -----------------------------------------------------

HOME_E = d.Address("27 Willow Lane", "Marsh", "Lancaster", "LA1 5PR")
NONNA_E = d.Address("Corso Repubblica 112", "", "Orgosolo", "08027")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Chiara", "Mura")], dt.date(2019, 4, 9), addresses=[HOME_E], ids=["6075070931", "V888336021188"],
       schools=["Willow Lane Community Primary School"]),
    _p("s", "sibling", [("Efisio", "Mura")], dt.date(2013, 2, 17), addresses=[HOME_E], ids=["6870920230"],
       schools=["Central Lancaster High School"]),
    _p("f", "father", [("Sebastiano", "Mura"), ("Bustianu", "Mura")], dt.date(1981, 11, 30), addresses=[HOME_E],
       phones=["07835 269 791", "+39 347 812 4406"], emails=["s.mura@lancaster.ac.uk"]),
    _p("m", "mother", [("Maria Giuseppa", "Deiana"), ("Peppa", "Deiana")], dt.date(1985, 7, 2), addresses=[HOME_E],
       phones=["07846 418 968"]),
    _p("g", "grandparent", [("Antonia", "Mura"), ("Tonina", "Mura")], dt.date(1950, 1, 17), addresses=[NONNA_E],
       phones=["+39 0784 203 117"]),
    _p("p1", "professional", [("Laura", "Fairclough")], phones=["01524 270968"], emails=["laura.fairclough@luneside.gov.uk"]),
], "c")

DOCS_E = [
    ("primary school's referral to the front door", """MULTI-AGENCY REQUEST FOR SUPPORT (MARF) - submitted online [[02/11/2026|date]] 10:18
Referrer: Mrs [[Alison Greenwood|name]], Designated Safeguarding Lead, [[Willow Lane Community Primary School|school]],
[[Willow Lane|address]], [[Lancaster|place]] [[LA1 5PR|postcode]]. Tel [[01524 757134|phone]]
Child: [[Chiara MURA|name]]   DOB [[09/04/2019|dob]]   Year 2   UPN [[V888336021188|upn]]   NHS [[607 507 0931|nhs]]
Address: [[27 Willow Lane|address]], [[Marsh|place]], [[Lancaster|place]]   Languages at home: Sardinian, Italian, English
Parents: father [[Sebastiano (Bustianu) MURA|name]], [[07835 269 791|phone]], research technician at the university; mother
[[Maria Giuseppa DEIANA|name]] (known as [[Peppa|name]]), [[07846 418 968|phone]]. Brother: [[Efisio|name]] (13), [[Central Lancaster
High|school]].
Consent: father informed by phone and did not agree ("this is a family matter"); referral made without consent because of
the risk of significant harm.

Reason for referral: On Monday [[2 November|date]] at 08:45 [[Chiara|name]]'s teacher, Miss [[Grace Kendal|name]], saw a bruise on
[[Chiara|name]]'s left cheek (about 4 cm, purple, with two straight-edged lines) and a red mark on the back of her left thigh.
[[Chiara|name]] said, unprompted, "babbu did it with sa currìa because I broke nonna's plate" ("currìa" = belt, checked with
our Italian-speaking TA, Signora [[Lucia Palmas|name]] - she is Sardinian too). At 09:10 she told me "[[Efisio|name]] says don't
tell, the teacher will call the carabinieri".
History: [[Efisio|name]]'s school rang us on [[21/10|date]]: he had a Sardinian folding knife (a "resolza" from [[Pattada|place]]) in his
bag and said his dad gave it to him "because every man in [[Orgosolo|place]] has one". Their DSL, Mr [[Kenny Ogden|name]], made
a referral that was closed with advice. [[Chiara|name]] has had 5 days off since [[September 7th|date]], each time "at the nonna's
in Sardinia" - over half-term the family flew from [[Manchester|place]] to [[Olbia|place]].
Mum came at 15:15; she cried and said her husband "is strict like his father" and that she "cannot go against him". She said
her mother-in-law, nonna [[Tonina|name]], lives with them from [[Dec 5|date]] to [[Jan 8|date]] every year.
"""),
    ("child and family assessment, analysis section", """CHILD AND FAMILY ASSESSMENT - extract: analysis and recommendation
Children: [[Chiara Mura|name]] ([[9.4.2019|dob]]) and [[Efisio Mura|name]] ([[17.2.2013|dob]])   Social worker: [[Laura Fairclough|name]]
Started [[03/11/2026|date]], signed off by [[Imran Qureshi|name]] (TM) [[1 December 2026|date]]   Interpreter (Sardinian/Italian) for
the mother and the grandmother by phone: [[Giovanni Sanna|name]] (Lingua North, ref 4471)

Analysis. [[Chiara|name]] is a lively, funny girl of 7 who loves the swings on the quay, her cat and her nonna. She was seen
alone at school on [[3rd|date]] and [[10th November|date]] and at home on the [[17th|date]]. Her account of being hit with a belt
by her father has been consistent. Mr [[Mura|name]] at first said that "in Barbagia we were all raised like this" and
that his own father, [[Gavino Mura|name]], "used the belt and I am a doctor of science". After the strategy discussion and a
police voluntary interview (DC [[Kate Nolan|name]], [[Lancaster|place]] CID) he accepted that it is against the law here and
"also in Italy now". He has done six sessions of the parenting course at the Marsh Community Centre with [[Fran Cookson|name]].
[[Peppa|name]] (Mrs [[Deiana|name]] - she kept her name, as Sardinian women do) is isolated: she has no English classes, does
not drive, and her only friends are [[Mariangela Piras|name]] (a nurse at the RLI, from [[Cagliari|place]]) and a neighbour,
Mrs [[Ellen Preston|name]] at [[no. 25|address]], who has the children after school on Thursdays.
[[Efisio|name]] (13) is protective of his sister and loyal to his father. He talks to his cousins in [[Nùoro|place]] every night on
PlayStation and wants to go to school in [[Sassari|place]] "where nobody calls me Pizza". He has been bullied at [[CLHS|school]]
(his form tutor, Ms [[Hoyle|name]], confirms).
The paternal grandmother, Mrs [[Antonia (Tonina) Mura|name]], of [[Corso Repubblica 112|address]], [[08027|postcode]] [[Orgosolo|place]]
([[+39 0784 203 117|phone]]), spoke to me with the interpreter on [[24/11|date]]: she said the belt "stays in the drawer" while
she is here, and that [[Bustianu|name]] "is a good boy with a hard head".
Network: [[Peppa|name]]'s sister, [[Grazia Deiana|name]], lives in [[Oliena|place]] ([[+39 329 551 0872|phone]]) and phones daily;
[[Bustianu|name]]'s cousin [[Gavino|name]] ("[[Gavineddu|name]]") works at a restaurant in [[Morecambe|place]] and sees the children on
Sundays. The family's priest, Father [[Tomasz Nowak|name]] (St Peter's Cathedral), knows them well. [[Chiara|name]]'s best friend is
[[Isla Mae|name]] from [[no. 31|address]]; [[Isla Mae|name]]'s mum, [[Kerry-Ann Whalley|name]], told me [[Chiara|name]] "flinched" when
Mr [[Mura|name]] raised his voice at the school gate on [[14/10/2026|date]].
Recommendation: Child in Need plan, 6 months; no further physical chastisement; a review on [[4 March 2027|date]].
"""),
]

DOCS_E += [
    ("grandmother's WhatsApp voice notes, transcribed and translated", """[Voice notes sent by the paternal grandmother (saved in the
mother's phone as "Mamma [[Tonina|name]]", [[+39 0784 203 117|phone]])
to [[Peppa|name]], played by the mother to the social worker on [[24 November 2026|date]] and transcribed and translated from
Sardinian (Nuorese) by [[Giovanni Sanna|name]], interpreter. Sardinian first, English after.]

[[18/11/2026|date]] 20:41 - 0:48
"[[Peppa|name]], coment'istas? Apo faeddadu cun [[Bustianu|name]]. Naro chi sa currìa l'at dada a tie, no a sa pitzinna. In
[[Orgòsolo|place]] totu ischint, tzia [[Bachisia|name]] l'at intesu dae [[Mariangela|name]]."
("[[Peppa|name]], how are you? I've spoken to [[Bustianu|name]]. I'm telling him he gave the belt to you, not to the little one. In
[[Orgosolo|place]] everyone knows, aunt [[Bachisia|name]] heard it from [[Mariangela|name]].")

[[20/11/2026|date]] 08:15 - 1:12
"Su bigliettu est pro su [[5 de nadale|date]], arrivo a [[Manchester|place]] a sas tres. Nara a [[Efisiu|name]] chi li porto su
casu e sa resolza noa dae [[Pattada|place]]... no, no, sa resolza no. Bene."
("The ticket is for [[5 December|date]], I arrive in [[Manchester|place]] at three. Tell [[Efisio|name]] I'm bringing him the cheese
and the new knife from [[Pattada|place]]... no, no, not the knife. Fine.")

[[22/11/2026|date]] 21:30 - 0:31
"[[Chiaredda|name]] mia, nonna t'istimat meda. Faghe sa brava cun sa maestra [[Grace|name]]."
("My little [[Chiara|name]], nonna loves you very much. Be good with teacher [[Grace|name]].")
[Interpreter's note: "[[Chiaredda|name]]" is the child's pet name; "nadale" is December, so "[[5 de nadale|date]]" is
[[5 December|date]].]
"""),
    ("a father's letter to the conference chair", """Dr [[Sebastiano Mura|name]]
[[27 Willow Lane|address]]
[[Lancaster|place]] [[LA1 5PR|postcode]]
[[s.mura@lancaster.ac.uk|email]]

[[29 November 2026|date]]

To Mr [[Imran Qureshi|name]], Team Manager, and the Chair of the meeting

Egregio Signor [[Qureshi|name]],

I write this letter myself because my English when I speak is not so good when I am nervous, and at the meeting on
[[3/12|date]] I want that you know what I think.

I came to [[Lancaster|place]] in 2017 for the post-doc, from [[Orgosolo|place]] near [[Nuoro|place]]. My wife [[Peppa|name]] came
with [[Efisio|name]] in 2018 and [[Chiara|name]] was born at the RLI. We live on [[Willow Lane|address]] since 2020 and we are happy
here: the school is very good, my daughter loves Miss [[Kendal|name]], and our neighbour Mrs [[Preston|name]] is like a nonna.

I did wrong. I hit [[Chiara|name]] with my belt on [[31 October|date]] because she broke a plate that was from my mother's wedding and
then she lied. In my house in [[Orgosolo|place]] my father did the same and I thought it was the way. [[Laura|name]] (Mrs
[[Fairclough|name]]) showed me it is not permitted and I have learned also from the course with [[Fran|name]]. I will never again.

Please, do not put my children in the register. My mother comes on [[5/12|date]] for Christmas and she is very old.
If you want to ask me more my number is [[07835 269 791|phone]], or in Italy [[+39 347 812 4406|phone]] when I am at home over
the holidays (from [[20 dicembre|date]]).

Distinti saluti,
[[Sebastiano Mura|name]] ("[[Bustianu|name]]")
"""),
]

# --- F. Tafiichuk family (Hutsul Ukrainian, from Verkhovyna), Galgate, after a Homes for Ukraine placement in Caton ----------

HOME_F = d.Address("Flat 3, 12 Main Road", "Galgate", "Lancaster", "LA2 0LQ")
HOST_F = d.Address("Brookside Barn, Quernmore Road", "Caton", "Lancaster", "LA2 9QE")
BABA_F = d.Address("вул. Франка 14", "Верховина", "Івано-Франківська обл.", "78701")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Yurii", "Tafiichuk"), ("Yurko", "Tafiichuk")], dt.date(2012, 8, 3), addresses=[HOME_F, HOST_F],
       ids=["5417286451", "H888208422305"], schools=["Our Lady's Catholic College"]),
    _p("s", "sibling", [("Marichka", "Tafiichuk")], dt.date(2017, 5, 26), addresses=[HOME_F, HOST_F], ids=["6391048274"],
       schools=["Ellel St John the Evangelist CE Primary School"]),
    _p("m", "mother", [("Ivanna", "Tafiichuk")], dt.date(1987, 10, 14), addresses=[HOME_F, HOST_F], phones=["07857 600 673"],
       ids=["7182503646", "TH 58 20 71 D"]),
    _p("f", "father", [("Vasyl", "Tafiichuk")], dt.date(1984, 1, 6), phones=["+380 67 418 2295"]),
    _p("g", "grandparent", [("Paraska", "Tafiichuk")], dt.date(1956, 4, 1), addresses=[BABA_F], phones=["+380 50 736 1184"]),
    _p("p1", "professional", [("Kirsty", "Whitehead")], phones=["01524 468301"], emails=["kirsty.whitehead@luneside.gov.uk"]),
], "c")

DOCS_F = [
    ("Homes for Ukraine host's email to the council", """From: [[Julian Fell|name]] <[[julian.fell@brooksidebarn.co.uk|email]]>
Sent: [[14 September 2026|date]] 07:12
To: Homes for Ukraine team (Lune Side Council) <[[homesforukraine@luneside.gov.uk|email]]>
Cc: [[Anne Fell|name]]
Subject: Our guests - [[Ivanna|name]], [[Yurko|name]] and [[Marichka|name]] - we need some help please

Dear [[Aisha|name]] (or whoever has this now),

We have hosted [[Ivanna Tafiichuk|name]] and her two children at [[Brookside Barn|address]], [[Quernmore Road|address]], [[Caton|place]],
since March 2023. It has mostly been a joy. But things have got harder since [[Ivanna|name]]'s husband, [[Vasyl|name]], was
posted back to the front in June, and my wife and I are worried, and frankly out of our depth. (Her NI number, [[TH 58 20 71 D|ni]], is on
the Universal Credit letter we helped with.)

- [[Ivanna|name]] is drinking. [[Anne|name]] found four empty vodka bottles in the recycling last week and on Saturday night ([[12th|date]])
  she was asleep on the sofa at 11pm with the door open and [[Marichka|name]] (9) making toast in the dark.
- [[Yurko|name]] (14) has not been to [[Our Lady's|school]] much since term began. He says he is "helping a friend" at a hand car
  wash on [[Caton Road|address]] in [[Lancaster|place]]. A man called "[[Genti|name]]" picks him up at the end of our lane in a black
  BMW ([[KX21 FHD|vehicle]]) at 7.30. [[Yurko|name]] had £80 in cash and new trainers.
- [[Marichka|name]] wets the bed again and screams at night about "the planes". Her teacher at [[Ellel St John's|school]],
  Mrs [[Cowperthwaite|name]], has noticed she is tired.
- [[Ivanna|name]] wants to move to a flat in [[Galgate|place]] ([[12 Main Road|address]], the one above the old bakery) on
  [[1 October|date]]. We will help with the deposit but we are not sure it is safe for her to be on her own with the children
  just now.
Her mother, [[Paraska|name]], in [[Verkhovyna|place]], rings [[Yurko|name]] every night on Viber; I think she is the one the
children
trust most. Our friend [[Olena Kravets|name]] (she teaches Ukrainian Saturday school at St Joseph's in [[Preston|place]]) can
interpret; her mobile is [[07868 845 647|phone]].

With best wishes,
[[Julian|name]] (and [[Anne|name]])
[[01524 304436|phone]]
"""),
    ("Viber messages in Ukrainian typed up and translated", """[Viber messages between [[Yurko|name]] (saved by the family as
"[[Юрко|name]]") and his grandmother, saved as "Бабуся", shown by [[Yurko|name]]
to his social worker [[Kirsty Whitehead|name]] on [[3 November 2026|date]] and typed up with his agreement. Ukrainian (Cyrillic)
as written, translated by [[Olena Kravets|name]]. Grandmother's number [[+380 50 736 1184|phone]].]

[[28.10.2026|date]] 21:03 Бабуся: [[Юрчику|name]], чого не спиш? Як мама?
  ([[Yurchyk|name]], why aren't you asleep? How is Mum?)
[[28.10.2026|date]] 21:05 [[Юрко|name]]: мама знов пʼє. я поклав [[Марічку|name]] спати
  (mum's drinking again. I put [[Marichka|name]] to bed)
[[28.10.2026|date]] 21:06 Бабуся: Боже. Де тато? [[Василь|name]] дзвонив?
  (God. Where is Dad? Did [[Vasyl|name]] ring?)
[[28.10.2026|date]] 21:09 [[Юрко|name]]: ні. вже 9 днів нема звязку
  (no. no contact for 9 days now)
[[29.10.2026|date]] 07:40 Бабуся: Не ходи до того [[Генті|name]]. Іди до школи. Я попрошу тітку [[Ганну|name]] з [[Ворохти|place]]
подзвонити
мамі.
  (Don't go to that [[Genti|name]]. Go to school. I'll ask aunt [[Hanna|name]] from [[Vorokhta|place]] to ring Mum.)
[[29.10.2026|date]] 07:42 [[Юрко|name]]: він дає гроші бабусю. нам треба на квартиру в [[Галгейті|place]]
  (he gives money, grandma. we need it for the flat in [[Galgate|place]])
[[01.11.2026|date]] 18:15 Бабуся: Посилаю посилку на [[вул. Мейн Роуд 12, кв. 3|address]]. Там бриндзя і вишиванка для [[Марічки|name]]
  (I'm sending a parcel to [[12 Main Road, flat 3|address]]. There's bryndza cheese and an embroidered shirt for [[Marichka|name]])
[[01.11.2026|date]] 18:20 Бабуся: Моя адреса якщо треба: [[вул. Франка 14|address]], [[Верховина|place]], [[78701|postcode]]
  (My address if needed: [[14 Franka Street|address]], [[Verkhovyna|place]], [[78701|postcode]])
[Translator's note: "[[Юрчику|name]]" is a pet form of [[Yurko|name]], in the vocative; "[[Ворохти|place]]" and "[[Галгейті|place]]" are
[[Vorokhta|place]] and [[Galgate|place]] with case endings.]
"""),
]

DOCS_F += [
    ("school admission form for a pupil with English as an additional language",
"""[[ELLEL ST JOHN THE EVANGELIST CE PRIMARY SCHOOL|school]] - IN-YEAR ADMISSION: EAL PUPIL INFORMATION SHEET
(filled in at the admission meeting, [[05/10/2026|date]], with [[Olena Kravets|name]] interpreting; tick boxes shown as [x])

Pupil's legal name: [[TAFIICHUK Marichka|name]]          In own script: [[Тафійчук Марічка|name]]
Name pupil likes to be called: [[Marichka|name]] / "[[Richka|name]]"      Date of birth: [[26 / 05 / 2017|dob]]
NHS number: [[639 104 8274|nhs]]        Previous UK school: none - home address change only (was [[Caton|place]], same school)
Address now: [[Flat 3, 12 Main Road|address]], [[Galgate|place]], [[LA2 0LQ|postcode]]
First language: Ukrainian [x]  Russian [ ]  Other: Hutsul dialect at home with her grandmother
Religion: Ukrainian Greek Catholic [x]    Dietary: none     Medical: bedwetting (GP aware), asthma inhaler
School in Ukraine: [[Верховинський ліцей No. 1|school]], [[Верховина|place]] (Years 1-2), then online lessons until
[[24 February 2022|date]]
Parent/carer 1: [[Ivanna TAFIICHUK|name]], mother, [[07857 600 673|phone]]   Parent/carer 2: [[Vasyl TAFIICHUK|name]], father, serving in
the Armed Forces of Ukraine, [[+380 67 418 2295|phone]] (often no signal)
Emergency contacts: (1) [[Anne Fell|name]] (former host), [[01524 304436|phone]]; (2) [[Oksana Melnyk|name]] (friend, [[Bowerham|place]]),
[[07879 683 923|phone]]
Siblings: [[Yurii (Yurko)|name]], 14, at [[Our Lady's Catholic College|school]]
Anything else we should know? (mother's words, interpreted): "Her grandmother [[Paraska|name]] lives in the mountains in
[[Verkhovyna|place]]; [[Marichka|name]] talks to her every day. There were sirens in [[Ivano-Frankivsk|place]] when we left and she
does not like loud noises or aeroplanes. Her best friend is [[Lily|name]] from the [[Caton|place]] years."
Completed by: [[D. Cowperthwaite|name]] (class teacher) and [[Sharon Wilde|name]] (admissions)
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Yurii (Yurko) Tafiichuk|name]] ([[03/08/2012|dob]]) and [[Marichka Tafiichuk|name]] ([[26/05/2017|dob]])
Address: [[Flat 3, 12 Main Road|address]], [[Galgate|place]], [[Lancaster|place]] [[LA2 0LQ|postcode]]
Date: [[1 December
2026|date]], 15:30, at the flat   Chair: [[Kirsty Whitehead|name]], SW   Interpreter: [[Olena Kravets|name]]
Present: [[Ivanna Tafiichuk|name]] (mother); [[Yurko|name]] (for item 1); Mrs [[Dawn Cowperthwaite|name]] ([[Ellel St John's|school]]);
Mr [[Peter Lamb|name]] (head of year, [[Our Lady's|school]]); [[Jamal Hussain|name]] (Inspire, drug and alcohol service);
[[Anne Fell|name]] (former host, at [[Ivanna|name]]'s request). Apologies: [[Mariana|name]] from the Ukrainian Centre in [[Preston|place]].

1. [[Yurko|name]]'s views. He has stopped going to the car wash since the police visit on [[6 November|date]] (PC [[Abbott|name]]);
"[[Genti|name]]" has not been back. Attendance up to 88%. He wants to play for the under-15s at [[Galgate|place]] and to
visit [[Verkhovyna|place]] next summer to see his baba [[Paraska|name]] "before she gets too old". He said: "I am not the dad."
2. [[Ivanna|name]]: three weeks alcohol-free; attends Inspire on Tuesdays with [[Jamal|name]]. She received news on [[19 November|date]]
that [[Vasyl|name]] is wounded and in hospital in [[Lviv|place]]; he rang her from [[+380 3432 2 14 07|phone]] (a hospital landline)
on the [[20th|date]]. She has a GP appointment for her sleep (Dr [[Naylor|name]] at the surgery) on [[8/12|date]].
3. [[Marichka|name]]: bedwetting less; enuresis clinic at the RLI on [[15.12.2026|date]]. Enjoys Brownies at [[Galgate|place]] village hall.
4. Housing: the flat is damp; landlord Mr [[Graham Ashton|name]] has promised repairs by [[18 December|date]].
5. Plan continues; next review [[2 March 2027|date]]. [[Anne|name]] will drive [[Ivanna|name]] to Inspire when the bus is off.
"""),
]



_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 137 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 14:50 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa", "madam", "nonna",
           "nonno", "nonnu", "tzia", "tziu", "zia", "zio", "signora", "signor", "babbu", "mamma", "baba", "babusia", "dido",
           "titka", "pani", "pan", "бабуся", "баба", "дідо", "дідусь", "тітка", "пані", "пан", "mx", "father", "aunt", "judge"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "lancashire", "cumbria",
               "the lakes", "lake district", "morecambe bay", "the bay", "north west", "the north west", "sardinia", "sardegna",
               "italy", "italia", "ukraine", "україна", "україни", "the carpathians", "carpathians", "ivano-frankivsk oblast",
               "prykarpattia", "poland", "europe", "barbagia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "nonna",
# "tzia", "baba", "бабуся", "пані") and counties, regions and countries ("Lancashire", "Sardinia", "Sardegna", "Ukraine",
# "Україна", "the Carpathians", "Morecambe Bay").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
