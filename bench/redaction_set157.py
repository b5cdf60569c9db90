"""Set 157: a held-out hand-written set for the redaction detector, six more invented families in Boston and Skegness.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files being
written by other helpers at the same time (bench/redaction_set154.py to redaction_set156.py and their tests), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions followed
here), the module docstrings only of bench/redaction_set7.py to redaction_set153.py (printed with ast.get_docstring and
searched as text for town, district and community words, to pick homes and communities no earlier set used), lines 23 to 47
of bench/redaction_handwritten.py (`_party`, `Records`, the start of `HandSet`), a list of its function names and
one line of its first record (seen in a search for "upn"). Phone
numbers were checked with the phonenumbers library and NHS numbers made and checked with python-stdnum, and UPN check
letters worked out, in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families in Boston and Skegness, Lincolnshire (the word search of the earlier docstrings found Boston at large, Winthorpe,
Seacroft, Chapel St Leonards and Mablethorpe used, and Kirton only as Kirton in Lindsey), each from a district, estate or
village no earlier set used as a family's home. Four white British families: a mother and three children on the Fenside
estate in Boston with a nan in Fishtoft (Tunnard / Skeels; neglect, a dog, a boy of 9 who steals food, a school's concern), a
family in Wainfleet All Saints with a nan in Friskney and a father in Spilsby (Crowder / Epworth; a baby of 11 weeks with a
bruise, a father's drinking, a health visitor's worry), a kinship family in Burgh le Marsh (Sentance / Loveday; a grandmother
caring for two grandchildren after a mother's overdose in Skegness) and a family in Wyberton with a father in Sutterton
(Mawer / Pocklington; a girl of 15 going missing to Skegness with older men, a boyfriend's car). Two from communities no earlier
set used: a Russian-speaking Old Believer family from Latgale, Latvia, in Kirton near Boston (Zuyev / Kuzmina; a mother working
nights in a packhouse, a girl of 12 minding a toddler, a grandmother in Daugavpils, a priest of the Old Believer community) and
a Rusyn (Greek Catholic) family from Svidník in eastern Slovakia living in a chalet park at Ingoldmells (Hudák / Fedorová;
seasonal work, overcrowding, a boy of 6 not in school, a grandmother in Svidník, an uncle in Prešov).
Running against the deadline, only 18 documents
(short of the 24 and 900 spans asked for) were finished (three a family, each with a style label of its own, the first
element of each document tuple): nine of plain professional recording (a social worker's case note, a strategy discussion
record, a health visitor's record, a child protection conference report, a kinship assessment extract, a school nurse's
referral, a return home interview, core group minutes, a priest's letter in Russian and English) and nine of the other
writing a case file holds (a food bank voucher form, a father's text messages typed up, a grandmother's email, a packhouse
supervisor's text messages typed up, a school safeguarding log export, a chalet park warden's incident book scanned and
OCR'd, a social worker's visit note typed fast on a phone, a church bulletin notice, a Snapchat conversation typed up by
police).

Invented: every person, address, phone number, NHS number, UPN, email address and vehicle registration (street names may be
real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library),
UK and foreign (Latvia, Slovakia); NHS numbers pass their check digits and UPNs carry the LA number 925 (Lincolnshire) and a
check letter. The council is invented (Haven Marsh Council), and so are the schools and nurseries (Fenside Primary Academy,
Little Puffins Nursery, Burgh Fields Primary, Kirton
Meadow Primary, Ingoldmells Sands Academy, Wyberton Fen Academy), the packhouse (Fenland Fresh Produce), the chalet park
(Sea Lane Chalets), and the food bank (Marsh Larder). Towns, districts, estates, villages, real
hospitals, police forces, churches, courts, brands, apps and landmarks are real and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, Nan, Nanna, Mum, me, Father, Otets, Babushka, the Russian "бабушка" and "отец", the Rusyn "баба", "mamka") stay outside the name
span; a possessive 's stays outside; every person's name is a name in every form, record or not. "SURNAME, First" is one
span, and so is "SURNAME First"; an initial with a surname is one span; initials alone are not marked; a name, address, place,
school or date broken by a line break is one span holding the break; social media handles are not marked, a display name
that is a person's plain name is; a contact saved under a kinship word ("Mum", "Nanna") is not a name. A street address is one
span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare
house number and a chalet number; an address abroad is an address; towns, villages, districts and estates are places at home
or abroad and in any script ("Даугавпилс", "Свидник"); countries, counties and regions are not ("Lincolnshire", "Latvia",
"Latgale", "Slovakia"); organisations are not marked even when they hold a town's name ("Pilgrim Hospital", "Skegness
Hospital", "Fenland Fresh Produce"); a school's or nursery's name is a school, and so is its short form;
a date of birth is dob, any other calendar date with a day is date (a weekday stays outside); months and years alone are not
marked; helplines are not marked; pets' names are not names; landmarks stay unmarked ("the Stump", "Skegness Pier", "the
Jolly Fisherman", "Fantasy Island"); a name that is also a word or a town is marked by what it refers to.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an Old Believer prayer
house and a Greek Catholic parish are organisations and stay unmarked; a priest's name after "Father" or "отец" is a name and
the title stays outside; the chalet park's name is an address, since it locates the family's home ("Sea Lane Chalets"), and so
is the chalet number alone ("Chalet 31", "31"); "Skeggy" for Skegness is a place; a packhouse shift code and a police
incident reference are not marked; the names
of saints in church names and feast days are not names.

Self-check without the detector: `python -m bench.redaction_set157` (and tests/test_redaction_set157.py) runs set 15's checker
on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of documents
and gold spans per kind: 18 documents, 368 gold spans, 190 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tunnard / Skeels family (white British), Fenside estate, Boston -------------------------------------------------

HOME_A = d.Address("14 Fenside Road", "Fenside", "Boston", "PE21 8JU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kyle", "Tunnard")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["4623187500"],
       schools=["Fenside Primary Academy"]),
    _p("m", "mother", [("Shannon", "Skeels")], dt.date(1995, 9, 3), addresses=[HOME_A], phones=["07842 611 309"]),
    _p("g", "grandparent", [("Brenda", "Skeels")], dt.date(1968, 1, 30), phones=["01205 364 829"]),
], "c")

DOCS_A = [
    ("case note", """CASE NOTE - Haven Marsh Council Children's Services
Child: [[TUNNARD, Kyle|name]]   DOB [[22.04.2017|dob]]   NHS [[462 318 7500|nhs]]
Address: [[14 Fenside Road|address]], [[Fenside|place]], [[Boston|place]] [[PE21 8JU|postcode]]
Date of visit: Tuesday [[1 December 2026|date]]   Worker: [[Hollie Brackenbury|name]] (SW)

Unannounced visit after [[Fenside Primary Academy|school]] rang on [[30/11|date]]: [[Kyle|name]] (9) had been taking food from other
children's lunch boxes and was seen in the Co-op on [[Tawney Street|address]] filling his pockets with bread rolls. Mr [[Pawel Nowak|name]],
who runs the shop, knows him and gave him a sandwich. Mum ([[Shannon Skeels|name]], [[07842 611 309|phone]]) let me in. Little food in
the house: half a loaf, ketchup, dog food for Tyson. [[Kyle|name]]'s sisters [[Lacey-Mae|name]] (6) and [[Rose|name]] (3) were in
pyjamas at 15:40. Nan, [[Brenda Skeels|name]] in [[Fishtoft|place]] ([[01205 364 829|phone]]), brings shopping on Fridays.
Neighbour at no. [[12|address]], Mrs [[Dawn Cammack|name]], told me the children "are always out on [[Wyberton Low Road|address]] by
themselves". Plan: food bank voucher (Marsh Larder), referral to Pilgrim Hospital paediatrics for [[Rose|name]]'s weight, joint visit
with [[Fenside Primary|school]] SENCo Mrs [[Anita
Gosling|name]] on [[8 December|date]].
"""),
]


# --- C. Zuyev / Kuzmina family (Russian-speaking Old Believers from Latgale, Latvia), Kirton, near Boston ------------------

HOME_C = d.Address("7 Willington Road", "Kirton", "Boston", "PE20 1EP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Varvara", "Zuyeva")], dt.date(2014, 6, 9), addresses=[HOME_C], ids=["4623187578", "P925214519061"],
       schools=["Kirton Meadow Primary"]),
    _p("m", "mother", [("Anfisa", "Kuzmina")], dt.date(1989, 2, 17), addresses=[HOME_C], phones=["07931 507 284"]),
    _p("g", "grandparent", [("Agafya", "Kuzmina")], dt.date(1961, 11, 5), phones=["+371 2648 3157"]),
], "c")

DOCS_C = [
    ("packhouse supervisor's text messages typed up", """Texts from [[Gary Wrisdale|name]] (night supervisor,
Fenland Fresh Produce) to the duty worker, typed
up by [[Priya Dhillon|name]], Haven Marsh MASH, [[3 December 2026|date]]. Shift codes (N4, N6) are the firm's own.

[[02/12/2026|date]] 23:41 [[Gary|name]]: sorry to text this late. one of my girls on N4 [[anfisa|name]] says her daughter is home on her own
with the little one every night. [[varvara|name]] is 12 I think. mum gets the minibus from [[kirton|place]] at 9
23:44 [[Gary|name]]: her mobile is [[07931 507 284|phone]] but she don't answer on shift, phones in lockers
23:52 [[Gary|name]]: she showed me a text from [[varya|name]] in russian saying the baby won't stop crying. I've got a copy:
"Мама, [[Тихон|name]] не спит, я боюсь" (Mum, [[Tikhon|name]] isn't sleeping, I'm scared)
[[03/12/2026|date]] 00:10 [[Gary|name]]: her mum is back in [[Daugavpils|place]] (Даугавпилс) [[+371 2648 3157|phone]] she
said, [[Agafya|name]]
00:12 [[Gary|name]]: address is [[7 Willington
Road|address]] [[Kirton|place]] i think. they go to the old believers church in [[Boston|place]], the man there is Father [[Nikolai
Trofimov|name]]
00:20 [[Priya|name]]: Thank you [[Gary|name]]. Police are doing a welfare check now.
"""),
]


# --- D. Hudák / Fedorová family (Rusyn, from Svidník in eastern Slovakia), a chalet park at Ingoldmells -------------------

HOME_D = d.Address("Chalet 31, Sea Lane Chalets", "Ingoldmells", "Skegness", "PE25 1PG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Matej", "Hudák")], dt.date(2020, 3, 14), addresses=[HOME_D], ids=["4623187640"]),
    _p("m", "mother", [("Mária", "Fedorová")], dt.date(1997, 8, 21), addresses=[HOME_D], phones=["07766 218 430"]),
    _p("g", "grandparent", [("Anna", "Fedorová")], dt.date(1966, 4, 2), phones=["+421 905 318 264"]),
], "c")

DOCS_D = [
    ("chalet park warden's incident book, scanned and OCR'd", """[[SEA LANE CHALETS|address]] - WARDENS INCIDENT BOOK  p.47
 (scanned, OCR text)
Date: [[29th Nov 2026|date]]    Warden on: [[K. Halgarth|name]]
Chalet: [[31|address]] ([[HUDAK|name]])   Time: 2l:15
Boy approx 6 ([[Matej|name]] / "[[Maty|name]]") found by the arcade bins on [[Sea Lane|address]], no coat, said mamka at work.
Took him back to [[Chalet 31|address]]. Uncle [[Jozef Hudák|name]] there, 4 adults + 3 kids in a 2 bed chalet. Mother [[Maria
Fedorova|name]] rang on [[07766 218 430|phone]], at the poultry factory till 6. Gran in [[Svidník|place]] ([[Свидник|place]]) is on
[[+421 905 318 264|phone]], uncle said. Boy not in school, "he goes in [[Skeggy|place]] when we have the paper".
Neighbour [[33|address]] ([[Trish Boulton|name]]) says this is the 3rd time. Rang [[Skegness|place]] police 101, ref 0917.
Entered [[sea lane chalets|address]] log and told site owner Mr [[Derek Ashby|name]].
"""),
]


# --- B. Crowder / Epworth family (white British), Wainfleet All Saints ----------------------------------------------------

HOME_B = d.Address("3 Silver Street", "Wainfleet All Saints", "Skegness", "PE24 4DT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Crowder")], dt.date(2026, 9, 10), addresses=[HOME_B], ids=["4623187713"]),
    _p("m", "mother", [("Jade", "Epworth")], dt.date(2000, 12, 1), addresses=[HOME_B], phones=["07519 443 062"]),
    _p("f", "father", [("Liam", "Crowder")], dt.date(1998, 5, 19), phones=["07877 105 396"]),
], "c")

DOCS_B = [
    ("health visitor's record of a new birth visit follow-up", """HEALTH VISITING RECORD - Lincolnshire Community Health Services
Name: [[EPWORTH, Jade|name]] (mother) / baby [[Alfie Crowder|name]], DOB [[10/09/2026|dob]], NHS [[462 318 7713|nhs]]
Address: [[3 Silver Street|address]], [[Wainfleet All
Saints|place]] [[PE24 4DT|postcode]]    Tel [[07519 443 062|phone]]
Contact: home visit, Thursday [[26th November|date]] 2026, HV [[Joanne Dring|name]]

Seen in the lounge with mum and nanna ([[Carol Epworth|name]], down from [[Friskney|place]]). Small bruise, 1 cm, on [[Alfie|name]]'s left
cheek; [[Jade|name]] said his dad [[Liam|name]] "held him too tight doing his wind" on Sunday night when he'd had a drink.
[[Liam|name]] works in
[[Spilsby|place]] and stays there in the week. Baby not mobile: bruising protocol followed, discussed with GP Dr [[Sana Qureshi|name]]
at Marisco Medical Practice and referred to Haven Marsh MASH the same day. Next contact [[3/12/26|date]].
"""),
]


# --- E. Sentance / Loveday family (white British, kinship care), Burgh le Marsh -----------------------------------------

HOME_E = d.Address("9 Storeys Lane", "Burgh le Marsh", "Skegness", "PE24 5LR")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Loveday")], dt.date(2015, 7, 28), addresses=[HOME_E], ids=["4623187780", "Z925308120144"],
       schools=["Burgh Fields Primary"]),
    _p("g", "grandparent", [("Maureen", "Sentance")], dt.date(1963, 3, 12), addresses=[HOME_E], phones=["01754 762 318"],
       emails=["mo.sentance62@gmail.com"]),
    _p("m", "mother", [("Chantelle", "Loveday")], dt.date(1993, 10, 8), phones=["07405 882 617"]),
], "c")

DOCS_E = [
    ("grandmother's email to the social worker", """From: [[mo.sentance62@gmail.com|email]]
To: [[Hollie Brackenbury|name]] <[[hollie.brackenbury@havenmarsh.gov.uk|email]]>
Sent: Sat [[28/11/2026|date]] 22:03
Subject: [[tayla|name]] and [[kai|name]]

hi [[hollie|name]] sorry its a saturday. i just wanted to say [[tayla|name]] has been ok at [[burgh fields|school]] this week, mrs
[[Hardy|name]] said she did her reading. [[Kai|name]] still wets at night. [[chantelle|name]] rang from the flat in
[[skeg|place]] on [[Lumley
Road|address]] again asking to see them on Sunday [[6th|date]], she sounded off her head. I said not til i spoke to you. Her new fella
[[Ricky Chappell|name]] drives a blue astra [[YR68 KZV|vehicle]], he was outside the school on Weds [[25th|date]]. my number is
[[01754 762 318|phone]] or [[07982 334 150|phone]].
thanks, mo ([[Maureen|name]])
"""),
]


# --- F. Mawer / Pocklington family (white British), Wyberton, near Boston ----------------------------------------------

HOME_F = d.Address("22 Saundergate Lane", "Wyberton", "Boston", "PE21 7BY")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Mawer")], dt.date(2011, 2, 4), addresses=[HOME_F], ids=["4623187853", "K925214521187"],
       schools=["Wyberton Fen Academy"]),
    _p("m", "mother", [("Leanne", "Pocklington")], dt.date(1987, 6, 15), addresses=[HOME_F], phones=["07548 219 773"]),
    _p("f", "father", [("Craig", "Mawer")], dt.date(1985, 8, 30), phones=["07713 650 942"]),
], "c")

DOCS_F = [
    ("return home interview", """RETURN HOME INTERVIEW (missing episode)
Young person: [[MAWER Kacey|name]]   DOB: [[04/02/2011|dob]]   UPN: [[K925214521187|upn]]
Home: [[22 Saundergate Lane|address]], [[Wyberton|place]], [[Boston|place]], [[PE21 7BY|postcode]]
Missing from: Friday [[27 November 2026|date]] 16:30 to Saturday [[28 November|date]] 11:10 (found by police in [[Skegness|place]])
Interviewer: [[Ellen Dunderdale|name]], independent RHI worker
[[Kacey|name]] said she got the bus from the bus station to [[Skegness|place]] with her friend [[Mollie|name]] ("[[mols|name]]") and
they stayed at a flat above the arcades on [[Grand Parade|address]] with two older lads, "[[Jordan|name]]" and "[[Deano|name]]", who are 19
or 20. She would not give surnames. [[Jordan|name]] picked them up at [[Frampton|place]] roundabout in a white Corsa. Mum ([[Leanne|name]],
[[07548 219 773|phone]]) had reported her missing to Lincolnshire Police at 22:00. Dad, [[Craig Mawer|name]], who lives in
[[Sutterton|place]], drove round [[Skegness|place]] looking for her. [[Kacey|name]] said she was "fine" but asked me not to tell
[[Wyberton Fen|school]] about the flat. Shared with the CSE lead, DC [[Amy Pask|name]], on [[30.11.26|date]].
"""),
]

DOCS_C.append(
    ("priest's letter in Russian and English", """Старообрядческая община г. Бостон (Boston Old Believer community)
[[12 декабря 2026|date]] / [[12 December 2026|date]]

Уважаемая [[Холли|name]]! Dear [[Hollie|name]],
I write for the family [[Зуевых|name]] (the [[Zuyevs|name]]) of [[Кёртон|place]] ([[Kirton|place]]). I know [[Анфиса Кузьмина|name]] and
her children since they came from [[Даугавпилс|place]]. [[Варвара|name]] ([[Varvara|name]]) is a good girl and helps her mother too much.
Her бабушка [[Агафья|name]] will come from Latvia for the winter, her address is [[ул. Гимназияс 14-3|address]],
[[Daugavpils|place]], [[LV-5401|postcode]], tel. [[+371 2915 0742|phone]]. Our women, [[Ульяна Сафонова|name]] and [[Ksenia
Safonova|name]], can sit with [[Тихон|name]] at nights.
С уважением, отец [[Николай Трофимов|name]] (Father [[Nikolai Trofimov|name]]), [[07891 027 465|phone]]
"""),
)

DOCS_D.append(
    ("social worker's visit note typed on a phone", """visit [[1/12|date]] [[sea lane chalets|address]] [[ch31|address]].
[[maria|name]] + [[matej|name]] + uncle [[jozef|name]] + wife [[Zuzana|name]] + 2 kids
([[Adam|name]] 8, [[Nela|name]] 4). [[matej|name]] not on any school roll, mum thought [[ingoldmells sands|school]] had a place but never
got letter. gran [[Anna Fedorová|name]] (баба [[Анна|name]]) in [[svidnik|place]] wants them home for xmas. uncle [[Jozef|name]]'s brother
[[Peter Hudák|name]] in [[Prešov|place]] [[+421 948 225 107|phone]]. chalet damp, 1 heater. mum [[07766 218 430|phone]]. dob [[matej|name]]
[[14/3/20|dob]], NHS [[4623187640|nhs]]. next: admissions + [[Jenny Kirk|name]] EAL on [[9/12|date]]
"""),
)


DOCS_A.append(
    ("strategy discussion record", """STRATEGY DISCUSSION - section 47 - [[4 December 2026|date]], 10:00, Teams
Child: [[Kyle Tunnard|name]] ([[22/04/2017|dob]]), siblings [[Lacey-Mae Tunnard|name]] and [[Rose Tunnard|name]]
Present: [[Hollie Brackenbury|name]] (SW, chair), DS [[Mark Leggate|name]] (police), [[Anita Gosling|name]] (school),
[[Joanne Dring|name]] (health)
Police: no trace for Mum; the children's father, [[Darren Tunnard|name]], is in HMP Lincoln until March. A friend of Mum's,
[[Kerry Odlin|name]] of [[Punchbowl Lane|address]], [[Boston|place]], has been staying. School: [[Kyle|name]]'s attendance 81%.
Health: [[Rose|name]] below the 2nd centile, missed two appointments at Pilgrim Hospital on [[12 October|date]] and
[[2 November|date]]. Decision: section 47 enquiry; child protection medical for [[Rose|name]] on [[7/12/2026|date]].
"""),
)

DOCS_F.append(
    ("Snapchat conversation typed up by police", """Typed from screenshots handed in by [[Leanne Pocklington|name]] on [[29/11/2026|date]].
Participants: "kc.mawerxx" ([[Kacey|name]]) and "jord_skeg" (display name [[Jordan|name]])
jord_skeg: u still coming [[skeg|place]] tmrw
kc.mawerxx: ye me and [[mols|name]]
jord_skeg: ill get u at [[frampton|place]] island 5 dont tell ur mam
kc.mawerxx: she wont notice lol shes at [[craig|name]]s
jord_skeg: [[deano|name]] got the flat on [[grand parade|address]] bring ur mate
kc.mawerxx: my dad lives in [[sutterton|place]] he will go mad
"""),
)

DOCS_B.append(
    ("child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Child: [[Alfie CROWDER|name]]   DOB [[10 September 2026|dob]]   Conference: [[15 December 2026|date]], Haven Marsh Council offices
Parents: [[Jade Epworth|name]], [[3 Silver Street|address]], [[Wainfleet|place]]; [[Liam Crowder|name]] ([[07877 105 396|phone]]),
staying with his brother [[Lee Crowder|name]] at [[Flat 2, 41 High Street|address]], [[Spilsby|place]] [[PE23 5JH|postcode]]
Family network: maternal grandmother [[Carol Epworth|name]] of [[Friskney|place]]; paternal grandfather [[Ron Crowder|name]] in
[[Wainfleet St Mary|place]]; a neighbour, Mrs [[Sheila Frow|name]] at no. [[5|address]], who heard shouting on [[22/11/2026|date]].
Analysis: a bruise on a non-mobile baby with an explanation that fits only in part, alcohol, and [[Jade|name]]'s own wish to keep
[[Liam|name]] away in the week. [[L Crowder|name]] accepts he had "eight cans". Recommendation: child protection plan, neglect and
physical abuse; [[Alfie|name]] to stay with [[Jade|name]]; [[Carol|name]] to stay over at weekends.
"""),
)

DOCS_E.append(
    ("kinship assessment extract", """KINSHIP CARE ASSESSMENT (connected person) - extract, section 3: the children's history
Carer: [[SENTANCE, Maureen|name]] ("[[Mo|name]]"), [[12/03/1963|dob]], [[9 Storeys Lane|address]],
[[Burgh le Marsh|place]] [[PE24 5LR|postcode]]
Children: [[Tayla Loveday|name]] ([[28.07.2015|dob]], UPN [[Z925308120144|upn]], [[Burgh Fields Primary|school]]) and [[Kai
Loveday|name]] (5)
[[Chantelle Loveday|name]] was found unresponsive at a friend's flat in [[Skegness|place]] on [[3 October 2026|date]] after an
overdose and taken to Pilgrim Hospital. The children had been left with a neighbour on [[Lumley Road|address]], [[Shirley
Pinder|name]]. [[Maureen|name]] collected them the same night and has cared for them since. [[Tayla|name]] told me she "did the
cooking" for [[Kai|name]] at Mum's. The children's father, [[Dean Sharpe|name]], is believed to live in [[Mablethorpe|place]] and has
not seen them since [[Kai|name]] was a baby.
"""),
)

DOCS_A.append(
    ("food bank voucher form", """MARSH LARDER FOOD BANK - VOUCHER (referral agency copy)     Voucher no. ML-26-4471
Client name: [[Shannon SKEELS|name]]     Date issued: [[02-12-2026|date]]
Address: [[14 Fenside Rd|address]], [[Boston|place]]     Postcode: [[PE21 8JU|postcode]]     Tel: [[07842611309|phone]]
Household: 1 adult, 3 children (ages 9, 6, 3)     Names of children (optional): [[Kyle|name]], [[Lacey Mae|name]], [[Rosie|name]]
Reason: benefit delay / sanction     Dietary: none     Pet food: yes (dog)
Referrer: [[H. Brackenbury|name]], Haven Marsh Council     Collect from: St Thomas' Church hall, [[Fenside|place]], Tue/Fri 10-12
"""),
)

DOCS_C.append(
    ("school safeguarding log export", """[[Kirton Meadow Primary|school]] - safeguarding log export -
pupil: [[Zuyeva, Varvara|name]] (Y7 leaver file)
[[14/09/2026|date]] 08:55 Mrs [[J. Fountain|name]]: [[Varvara|name]] late again, says she took brother [[Tikhon|name]] to the childminder
([[Bev Pinchbeck|name]], [[Station Road|address]]). Tired.
[[21/09/2026|date]] 10:20 [[K Rauch|name]]: V asleep in maths. Said she was "up with [[Tisha|name]]" ([[Tikhon|name]]). Mum's number
[[07931 507 284|phone]] - no answer.
[[05/10/2026|date]] 15:30 Mrs [[J. Fountain|name]]: home visit with [[Olga Lapina|name]] (Russian-speaking TA). Mum at work.
[[Varvara|name]] and toddler alone; neighbour Mr [[Ivan Sergejev|name]] at no. [[9|address]] "keeps an eye". Referred to MASH.
"""),
)

DOCS_D.append(
    ("church bulletin notice", """Greek Catholic (Byzantine) Mass for Rusyn and Slovak families - [[Skegness|place]] - notices, Advent 2026
Divine Liturgy in Rusyn and Slovak on Sunday is moved to [[20 December|date]], 2pm, because otec [[Mychajlo Vasiľ|name]]
travels from [[Peterborough|place]]. Prayers are asked for the family of [[Mária Fedorová|name]] at [[Ingoldmells|place]], and for
баба [[Анна Федорова|name]] in [[Свидник|place]] who is unwell. Lifts: ring [[Zuzana Hudáková|name]] on [[07456 338 201|phone]]
or [[Štefan Gombár|name]] ([[07826 914 570|phone]]) from [[Chapel St Leonards|place]].
"""),
)

DOCS_F.append(
    ("core group minutes", """CORE GROUP MEETING - minutes - [[8th December 2026|date]] - [[Wyberton Fen Academy|school]]
Present: [[Ellen Dunderdale|name]] (RHI), [[Leanne Pocklington|name]] (mum), [[Craig Mawer|name]] (dad, by phone
[[07713 650 942|phone]]), DC [[Amy Pask|name]], Mr [[Tom Leeson|name]] (head of year)
1. [[Kacey|name]] has been home every night since [[28/11|date]]. She has a new phone; [[Leanne|name]] has the passcode.
2. Police: a man called [[Jordan Kew|name]], 20, of [[Skegness|place]], arrested on [[3 Dec|date]]; his car, a white Corsa
[[FY17 HXO|vehicle]], seized. [[Dean Mottram|name]] ("[[Deano|name]]") to be interviewed.
3. [[Mollie Sands|name]]'s school, [[Haven High|school]], told; her social worker is [[Sue Ingamells|name]].
Next meeting: [[12 January 2027|date]].
"""),
)

DOCS_B.append(
    ("father's text messages to the mother, typed up", """Screenshots from [[Jade|name]]'s phone,
typed by HV [[Joanne Dring|name]] [[27/11/2026|date]]. Contact saved as
"[[Alfie|name]]s dad".
[[Alfie|name]]s dad: im not drinking in [[spilsby|place]] i swear. [[lee|name]] will tell u
[[Alfie|name]]s dad: can i see [[alf|name]] sat. ill come to [[silver st|address]] at 2
[[Jade|name]]: no [[liam|name]] not after what happened. nanna says no
[[Alfie|name]]s dad: ur nan [[carol|name]] dont run my life
[[Jade|name]]: the hv has seen the mark
[[Alfie|name]]s dad: tell her he rolled off the settee. [[ron|name]] will back me up
"""),
)

DOCS_E.append(
    ("school nurse's referral", """SCHOOL NURSING - REFERRAL TO CHILDREN'S SERVICES
Pupil: [[Kai Loveday|name]]    DOB: [[5th Jan 2021|dob]]    NHS No: [[462 318 7926|nhs]]
School: [[Burgh Fields Primary|school]], [[Burgh le
Marsh|place]]    Date: [[09/12/2026|date]]
Lives with: grandmother [[Maureen Sentance|name]], [[9 Storeys Lane|address]]
Concern: night-time wetting and soiling since October 2026 and fear at school pick-up when a man in a blue car
waits outside. Teacher Miss [[Ellie Hardy|name]] saw [[Kai|name]] hide behind the bins on [[25/11/2026|date]]. Mum,
[[Chantelle|name]], lives on [[Lumley Road|address]] in [[Skegness|place]] with [[Ricky Chappell|name]]. Nurse: [[Gemma Ostler|name]],
[[gemma.ostler@nhs.net|email]], [[07891 027 465|phone]].
"""),
)

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E),
          (RECORD_F, DOCS_F))
NAME = "set 157 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 16:19 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "sgt", "hv", "sw", "nurse", "our", "me", "nan", "nana",
           "nanna", "nanny", "gran", "grandad", "mum", "mummy", "mam", "dad", "uncle", "aunty", "father", "otets", "отец",
           "babushka", "бабушка", "баба", "mamka", "warden", "otec"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "lincolnshire", "lincs", "latvia", "latgale", "slovakia", "the fens"}


# Checks of the marking itself (no detector involved); an empty list when all is well. Set 15's checker (which runs the
# earlier sets' checkers) does the parsing and shared checks; this adds this set's titles and kinship words and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
