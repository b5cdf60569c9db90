"""Set 130: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set131.py to bench/redaction_set133.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py (its module docstring, its first family's record and first two documents, and its word lists,
checker wiring and last lines) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here);
the module docstrings of bench/redaction_set7.py to bench/redaction_set129.py, printed to a scratch file with ast and searched
only for the towns, districts and communities of Walsall and the Black Country and for community names (to see which of them
earlier sets used as a family's home, and which communities); bench/redaction_handwritten.py (its helpers and first records);
and the ruff settings in pyproject.toml. Set 15's checker was used through set 21's wiring and not read. Phone numbers were
checked with the phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum, in small snippets. The
record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Walsall, Willenhall and Darlaston, each from a town, district or estate no earlier set used as a family's home
(Brownhills, the Beechdale estate, Short Heath, Pelsall, the Goscote estate, Birchills). Four of the kinds common in children's
social care: a young white British mother in Brownhills with a grandmother in Clayhanger and a boy's father in Walsall Wood
(Stych / Hateley / Brook; a scald with a sock-line margin to a girl of 3, two accounts, a mother's partner on bail, a boy of 9
who "has to be quiet", a grandmother's overcrowded flat); a white British family in Pelsall whose surname is a local town
(Aldridge / Heath), with a grandfather in Rushall (dental neglect, a boy of 6 with eleven decayed teeth, children left alone
while a mother works nights, a big dog, a village Facebook group); a white British and Black Caribbean family on the Goscote
estate with a father and grandmother in Coalpool (Bagnall / Reid; a girl of 15 missing to Cannock and Hednesford with a man of
22, a taxi account, a second phone, a child exploitation panel); and a Russian-speaking Latvian family in Birchills with a
grandmother in Daugavpils and an aunt in Riga (Kuzmina / Kuzmins / Volkovs; two parents' drinking, a boy of 8 who interprets and
buys alcohol, a baby hidden in a wardrobe, a letter before proceedings). Two from communities no earlier set used: an Antiguan
family on the Beechdale estate with a grandmother in St John's, Antigua, and a father in Bolans (Athill / Samuel; a boy of 14
robbed on the canal towpath who then carried a knife to school, a grandmother who wants him sent "home", a Pentecostal church
that steps in), and a Namdhari Sikh family in Short Heath, Willenhall, with a grandmother at Bhaini Sahib, Punjab (Kalsi / Kaur;
a girl of 16 who tells her tutor her marriage has been "fixed" with a man of 23 from Sirsa, a forced marriage referral, a
father's own letter in English and Gurmukhi). 24 documents: a burns centre's safeguarding referral, a duty social worker's
phone notes app export, initial child protection conference minutes, a grandmother's handwritten letter scanned with OCR
errors; a school's suspension letter, a grandmother's WhatsApp voice notes transcribed from Antiguan Creole with a gloss, a youth
justice AssetPlus extract, a pastor's email; a Forced Marriage Unit online referral form, a friend's mother's typed-up iMessage
group chat, strategy discussion minutes, a father's own letter in English and Punjabi; a community dentist's dental neglect
referral, a PCSO's body-worn video transcript, an Early Help assessment summary, a neighbour's Facebook community group post
with its comments; a return home interview, a private hire firm's booking log extract, multi-agency child exploitation panel
minutes, a girl's own notes-app diary; an education welfare officer's doorstep visit record, a Viber chat in Russian and
English typed up with an interpreter, a letter before proceedings under the public law outline, and the analysis of a child
and family assessment.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Antigua and Barbuda, India, Latvia); NHS numbers and UPNs (LA number 335, Walsall) pass
their check digits. The council and its services are invented (Tame Brook Children's Services), and so are the schools and
nurseries Ogley Vale Primary, Lane Head Academy, Short Heath Juniors, Goscote Vale Academy, Pelsall Village School and Little
Acorns Pelsall, the private hire firm (Fiveways Private Hire), the lettings agent, the solicitors and the block Hollyhedge
House; towns, districts, estates, villages, real schools and colleges (Walsall Academy, Walsall College, Shire Oak, Birchills
C of E Community Academy, Princess Margaret, Clare Hall), charities, NHS bodies, hospitals, police forces, churches, gurdwaras,
shops, pubs, clubs, brands, apps and programmes are real or generic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, DS, DI, Sister, Brother, Mother (of a church elder), Pastor, Uncle, Nanny, Nan, Madam, Bhai Sahib) stay outside the
name span, and a kinship word used as a name ("Nan to the kids", "bhua", "ਬੀਜੀ" (Biji), "Мама" and "Mummy G" as a contact name,
"Babushka") is not marked; a possessive 's, and a bare s in texting and OCR ("Poppy"s, "georgia"s, "Ricky"s), stay outside the span;
every person's name is a name in every form, record or not.
"SURNAME, First" is one span ("STYCH, Poppy", "KUZMINS, Artjoms", "SHELDON, Mark"), and so is "SURNAME First" ("SAMUEL Jaden");
initials alone ("RB", "HL", "S.B.", a contact saved as a crown and "D") are not marked, but a first name with an initial is
("Simmy K", "Kaci L", "KEV B"); a name, address, place, school or date broken by a line break is one span holding the break; a
street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so
is a neighbour's bare flat or house number ("no. 19", "Flat 12", "no 10") and an address abroad ("Tanner Street", St John's;
"Gali No. 3", Bhaini Sahib; "Rīgas iela 17-4", Daugavpils); towns, villages, districts and estates are places at home or
abroad and in any script ("Ригу", "Даугавпилс"); countries, counties, states and regions are not ("India", "Punjab", "Latvia",
"Staffordshire"); organisations are not marked even when they hold a town's name ("Walsall Manor Hospital", "Brownhills
Medical Centre", "Rushall Dental Care", "Willenhall Cars", "Pelsall Village Noticeboard", "Walsall Harriers", "New Testament
Church of God", "Staffordshire Police", "Walsall Council"); a service, branch or trip named by its town in lower-case words
marks the town ("the Walsall MASH", "Willenhall Locality", "the Bloxwich youth hub", "Cannock CID", "Pelsall community pantry",
"the Willenhall trampoline park"); a school's or college's name is a school, and so is its short form; a date of birth is dob,
any other calendar date with a day is date (a weekday before it stays outside); months and years alone are not marked; pets'
names (the dog "Tyson") are not names; a firm named after people marks only the names; a name that is also a word or a
town is marked by what it refers to ("Aldridge", "Heath", "Brook", "Summer", "Pearl" and "Tyler" are names when they are
people, and Aldridge is a place when it is the town).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "Antigua" is treated as the
country (Antigua and Barbuda, as set 21 treated Mauritius) and is not marked, while St John's, Gray's Farm and Bolans are
places; an Indian six-digit PIN code ("141126") and a Latvian postcode ("LV-5401") are postcodes; the Russian pet and short
forms of a child's name ("Тёма", "Tyoma", "Артём", "Artyom", "Оленька") and their inflected forms ("Тёмы", "Артёма", "Алису",
"Людой") are names, and an inflected city name ("Ригу") is a place; a name in Gurmukhi ("ਹਰਜਿੰਦਰ ਸਿੰਘ ਕਲਸੀ", "ਸੁਰਜੀਤ ਕੌਰ",
"ਸਿਮਰਨ") is a name; a taxi account's name ("DEV") and drivers' first names in a log ("RAJ", "SAL") are names, the log's job and
driver numbers are not marked; an interpreter's registration number, the FMU reference and collar numbers are not marked;
the religious fair ("the mela"), the faith ("Namdhari") and a church's name are not marked; a flight route ("Birmingham-Delhi")
marks both cities; a local shop named in another language ("Polski sklep") is a shop and stays unmarked.

Self-check without the detector: `python -m bench.redaction_set130` (and tests/test_redaction_set130.py) runs set 15's checker
(which runs the sets before it) on this set, adds this set's titles and kinship words (before and after a name) and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 982 gold spans, 597 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Stych / Hateley family (white British), Brownhills, with a grandmother in Clayhanger ---------------------------------

HOME_A = d.Address("23 Lindon View", "", "Brownhills", "WS8 6ER")
NAN_A = d.Address("8 Bridge Street", "Clayhanger", "Walsall", "WS8 7EF")
DAD_A = d.Address("Flat 2, 41 Lichfield Road", "Walsall Wood", "Walsall", "WS9 9NP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Stych")], dt.date(2023, 5, 16), addresses=[HOME_A], ids=["864 770 5394"]),
    _p("s", "sibling", [("Kai", "Hateley")], dt.date(2017, 2, 8), addresses=[HOME_A], ids=["535 818 3507", "P335419953674"],
       schools=["Ogley Vale Primary School"]),
    _p("m", "mother", [("Jade", "Stych")], dt.date(1997, 10, 4), addresses=[HOME_A], phones=["07723 418 905"]),
    _p("f", "father", [("Liam", "Hateley")], dt.date(1995, 6, 21), addresses=[DAD_A], phones=["07917 340 662"]),
    _p("pa", "other", [("Ricky", "Brook")], dt.date(1993, 1, 30)),
    _p("g", "grandparent", [("Denise", "Stych")], dt.date(1968, 12, 2), addresses=[NAN_A], phones=["01543 372 819"]),
    _p("p1", "professional", [("Harriet", "Lowbridge")], phones=["01922 614 387"], emails=["harriet.lowbridge@tamebrook.gov.uk"]),
], "c")

DOCS_A = [
    ("burns unit paediatric safeguarding referral", """BIRMINGHAM CHILDREN'S HOSPITAL - BURNS CENTRE
PAEDIATRIC SAFEGUARDING REFERRAL TO CHILDREN'S SOCIAL CARE

Child: [[STYCH, Poppy|name]]            DOB: [[16/05/2023|dob]]          NHS no: [[864 770 5394|nhs]]
Home address: [[23 Lindon View|address]], [[Brownhills|place]], [[WS8 6ER|postcode]]
Person with parental responsibility: mother, [[Jade STYCH|name]], mobile [[07723 418 905|phone]]
Other children in household: [[Kai Hateley|name]], 9 (half-brother), at [[Ogley Vale Primary School|school]]
Referrer: Dr [[Sunita Bhamra|name]], ST6 Paediatrics, with Sister [[Claire Wootton|name]], Burns Outreach
Date of referral: Sat [[14 November 2026|date]]

Reason for referral
[[Poppy|name]] (3 years 6 months) was brought to the Emergency Department by ambulance at 19:40 on [[13/11/2026|date]] with a
scald to the right foot and lower leg (approx. 3% TBSA, superficial partial thickness, sock-line margin at the ankle). Mother's
account: [[Poppy|name]] "climbed in the bath on her own" while mum was downstairs and the hot tap was running. Mother's partner,
[[Ricky Brook|name]], was in the house. The sock-line margin, the absence of splash marks and the sparing of the sole are not
fully in keeping with the account given. A second account, given by Mr [[Brook|name]] to the triage nurse ([[Kath Harper|name]]), was
that [[Poppy|name]] "stepped in it when he was running it for her".

Background known to us: [[Poppy|name]] attended the Walsall Manor Hospital ED on [[2 August 2026|date]] with a pulled elbow. GP is at
the Brownhills Medical Centre (Dr [[Amrit Sohal|name]]). Health visitor [[Gill Tranter|name]] reports missed 2-year review.
Maternal grandmother [[Denise Stych|name]] of [[8 Bridge Street|address]], [[Clayhanger|place]] arrived at 21:10 and is willing to
have [[Kai|name]] stay with her. [[Kai|name]]'s father, [[Liam Hateley|name]], lives in [[Walsall Wood|place]] and was not contacted
by us.

Actions: skeletal survey not indicated at this age per policy; photographs taken; admitted to Ward 10 for dressings. Discussed
with the on-call social worker [[Harriet Lowbridge|name]] ([[01922 614 387|phone]]) at 22:05, who agreed [[Poppy|name]] remains in
hospital overnight and that mum may stay. Mr [[Brook|name]] left the ward at 22:30.

Signed: [[S. Bhamra|name]]   Countersigned: Dr [[Ifeanyi Obi|name]], Consultant Paediatrician (Named Doctor), [[14.11.2026|date]]
"""),
    ("duty social worker's phone notes app export", """Notes - Sat 14 Nov - [[Stych|name]]
14/11 1012 rang mum [[07723418905|phone]] no ans. vm left
1030 [[ricky|name]] answered mums phone?? said [[jade|name]] at hosp w [[popps|name]], he is "at his mums in [[aldridge|place]]" - gave no
addr
1045 nan [[Denise|name]] [[01543 372819|phone]] - [[kai|name]] at hers in [[clayhanger|place]], fine, had cereal, watching tv. says
[[ricky|name]] "been there since july" + she dont like him. says [[jade|name]] rang her last nite crying "hes gone mad at [[poppy|name]]
for wetting herself". nan thinks he ran the bath. NB!!
1105 [[liam|name]] ([[kai|name]] dad) [[07917 340662|phone]] - v angry, wants [[kai|name]] w him in [[walsall wood|place]], says
[[kai|name]] told
him in oct [[ricky|name]] "smacks [[poppy|name]] on the legs". didnt tell anyone?? asked why - "thought [[jade|name]] wud sort it"
1120 rang ward 10 - sister [[Wootton|name]]. [[poppy|name]] ok, sleeping. mum on ward. no visit from RB today
1135 TM [[Gareth|name]] informed - strat disc booked mon [[16/11|date]] 10am. police: DC [[Naz Hussain|name]] (CAIU)
1150 checked [[Ogley Vale|school]] - DSL Mrs [[Corbett|name]] is off till mon. [[kai|name]] attendance 88%
1210 [[jade|name]] rang back from ward phone. upset. says [[ricky brook|name]] "would never". agreed [[kai|name]] stays w nan til mon.
asked where RB lives - "[[Coppice Rd|address]] w his mum" ([[Aldridge|place]]) - no no.
1225 rang [[Harriet|name]] - handover done. going home. HL? no - note by [[Gareth Pritchard|name]] actually, on duty phone
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Child: [[Poppy STYCH|name]], born [[16 May 2023|dob]]; sibling: [[Kai HATELEY|name]], born [[8 February 2017|dob]] (UPN
[[P335419953674|upn]], NHS [[535 818 3507|nhs]])
Date: Thursday [[3 December 2026|date]], 10:00, the Goscote Lane Children's Centre (also by Teams)
Chair: [[Rebecca Mansell|name]] (Independent Chair). Minutes: [[Terri Aston|name]]

Present: [[Jade Stych|name]] (mother); [[Liam Hateley|name]] (father of [[Kai|name]]); [[Denise Stych|name]] (maternal grandmother);
[[Harriet Lowbridge|name]] (social worker); [[Gareth Pritchard|name]] (team manager); DC [[Nazia Hussain|name]] (West Midlands
Police); [[Gill Tranter|name]] (health visitor); Mrs [[Lorraine Corbett|name]] (DSL, [[Ogley Vale Primary|school]]); Sister
[[Claire Wootton|name]] (burns outreach). Apologies: Dr [[Sohal|name]] (GP, report received). Not invited: Mr [[Ricky Brook|name]]
(subject to police bail; see below).

1. Reasons for conference. [[Harriet|name]] summarised the referral of [[14 November|date]]: a scald to [[Poppy|name]]'s right foot and
leg with a pattern described by the Named Doctor as "more likely than not" immersion. Two accounts were given. [[Poppy|name]] was
discharged on [[20/11/2026|date]] to her grandmother's home at [[8 Bridge Street|address]] under a safety plan, with [[Jade|name]]
staying there too.

2. Police. DC [[Hussain|name]] said Mr [[Brook|name]] was arrested on [[17 November 2026|date]] and interviewed; he is on bail not to
contact [[Jade|name]] or enter [[Lindon View|address]]. His car, a silver Vauxhall Astra [[FN67 WKT|vehicle]], was seen in
[[Brownhills|place]] [[High Street|address]] on [[25 November|date]], near the Co-op. Previous: a 2019 caution for assault on a former
partner in
[[Cannock|place]].

3. School. Mrs [[Corbett|name]]: [[Kai|name]] is a kind boy who "mothers" his sister. Since October he has been late most days and
said to his teacher, Mr [[Darren Leese|name]], that he "has to be quiet when [[Ricky|name]]'s home". He is happiest at
Brownhills Boys' football on Saturdays.

4. Family. [[Jade|name]] said she had ended the relationship and wanted to go home to [[Lindon View|address]] before Christmas.
[[Denise|name]] said she would have the children "as long as it takes" but has a one-bedroom flat. [[Liam|name]] asked for [[Kai|name]]
to live with him and his partner [[Shauna Rowley|name]] in [[Walsall
Wood|place]]; [[Jade|name]] did not agree.

Decision: [[Poppy|name]] and [[Kai|name]] to be subject to child protection plans under the category of physical abuse. Core group
first meets [[10/12/2026|date]]; review conference [[4 March 2027|date]]. Key worker: [[Harriet Lowbridge|name]].

Appendix - chronology of significant events (from the social work report)
[[08.02.2017|dob]]  [[Kai|name]] born at Walsall Manor Hospital to [[Jade|name]] and [[Liam|name]] (then living at
[[Flat 6, 2 Silver Street|address]],
                [[Brownhills|place]]).
[[12.03.2019|date]]  Mr [[Brook|name]] cautioned for assault on a former partner, [[Leanne Cotterill|name]], in [[Cannock|place]].
[[16.05.2023|dob]]  [[Poppy|name]] born; father named as [[Ryan Gilson|name]] (no contact since 2024, believed in [[Burntwood|place]]).
[[02.08.2026|date]]  [[Poppy|name]] to ED with a pulled elbow; [[Ricky|name]] present; no referral.
[[14.10.2026|date]]  [[Kai|name]] tells [[Liam|name]] that [[Ricky|name]] smacks [[Poppy|name]]'s legs (told to us on [[14.11|date]]).
[[13.11.2026|date]]  Scald; referral from the Burns Centre on [[14.11.2026|date]].
[[17.11.2026|date]]  Mr [[Brook|name]] arrested at his mother's address, [[44 Coppice Road|address]], [[Aldridge|place]]
[[WS9 8AZ|postcode]].
[[25.11.2026|date]]  His car seen in [[Brownhills|place]]; [[29.11.2026|date]] seen again near [[Lindon View|address]] by a neighbour.
"""),
    ("grandmother's handwritten letter scanned with OCR", """[scanned 07/12/2026 - OCR text, not checked - original on file]

T0 Mrs [[Lowbridge|name]] the social worker
From [[Denise St ych|name]] [[8 Bridge St|address]] [[Clayhanger|place]] [[WS8 7EF|postcode]]   tel [[01543 372 819|phone]]

Dear [[Harriet|name]]
I am writeing to you because you said to put it in writeing. I have got [[Poppy|name]] and [[Kai|name]] and my daughter [[Jade|name]]
with me since the hospital. It is to crampd, I sleep on the settee and [[Kai|name]] is on the blow up bed. I dont mind for me but
[[Kai|name]] is not sleeping. He asks me evry night is [[Ricky|name]] coming back. I told him no never.

I want to tell you some things I never said at the meeting. In the summer I saw a mark on [[Poppy|name]]s arm like a hand and
[[Jade|name]] said it was [[Kai|name]] playing. I should of said. Also my neighbour [[Sandra|name]] at [[no 10|address]] said she
seen [[Ricky|name]]s car outside [[Lindon V1ew|address]] last sunday the [[29th|date]]. she has got the number wrote down.

My sister [[Pauline Hemming|name]] in [[Pelsall|place]] has a three bed and says the children can go to her at wekends. Her husband
[[Trevor|name]] is a good man he was a bus driver for Nationa1 Express 30 years. Please can you ring her on [[07340 118 651|phone]].

[[Kai|name]]s dad [[Liam|name]] is alright but his girlfrend [[Shauna|name]] is only 20 and she goes out a lot, I dont think
[[Kai|name]] should go there.

Yours sincerly
[[D. Stych|name]] (Nan to the kids)
"""),
]


# --- B. Athill / Samuel family (Antiguan), the Beechdale estate, Walsall, with a grandmother in St John's, Antigua -----------

HOME_B = d.Address("17 Stephenson Avenue", "Beechdale", "Walsall", "WS2 7HJ")
GRAN_B = d.Address("Tanner Street", "", "St John's", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Samuel")], dt.date(2012, 8, 27), addresses=[HOME_B], ids=["605 207 6577", "M335678182898"],
       schools=["Walsall Academy"]),
    _p("s", "sibling", [("Keisha-Ann", "Athill")], dt.date(2019, 4, 3), addresses=[HOME_B], ids=["661 088 8825"]),
    _p("m", "mother", [("Marcia", "Athill")], dt.date(1989, 3, 12), addresses=[HOME_B], phones=["07864 201 577"],
       emails=["marcia.athill89@gmail.com"]),
    _p("f", "father", [("Desmond", "Samuel")], dt.date(1986, 9, 9), phones=["+1 268 720 4456"]),
    _p("g", "grandparent", [("Gloria", "Athill")], dt.date(1958, 11, 1), addresses=[GRAN_B], phones=["+1 268 462 3187"]),
    _p("p1", "professional", [("Tomasz", "Wilk")], phones=["01922 452 906"], emails=["tomasz.wilk@tamebrook.gov.uk"]),
], "c")

DOCS_B = [
    ("school suspension letter to a parent", """[[Walsall Academy|school]]
Safeguarding and Behaviour Office

Ms [[M. Athill|name]]
[[17 Stephenson Avenue|address]]
[[Beechdale|place]]
[[Walsall|place]] [[WS2 7HJ|postcode]]

[[10 November 2026|date]]

Dear Ms [[Athill|name]],

Re: [[Jaden Samuel|name]] (Year 9, tutor group 9HW), date of birth [[27/08/2012|dob]], UPN [[M335678182898|upn]]

I am writing to confirm that [[Jaden|name]] has been suspended for five school days, from Wednesday [[11 November|date]] to
Tuesday [[17 November 2026|date]] inclusive, following the incident on [[9 November|date]] when a kitchen knife was found in his
bag during a search by the Head of Year, Mr [[Olumide Bankole|name]], and the school's police officer, PC [[Becky Stokes|name]].
[[Jaden|name]] told us he carried the knife because older boys from "the [[Blakenall|place]] side" had taken his bike and phone on
the canal towpath near [[Harden|place]] and said they would "see him" at the bus stop on [[Green Lane|address]].

We have referred [[Jaden|name]] to the [[Walsall|place]] MASH and to the school's safeguarding team; our DSL, Mrs
[[Yvonne Edwards-Clarke|name]],
has spoken to his social worker, Mr [[Tomasz Wilk|name]]. During the suspension [[Jaden|name]] must not be in a public place during
school hours without good reason. Work will be sent home on Teams. A reintegration meeting is booked for
[[18 November 2026|date]] at 8.45am with you, [[Jaden|name]], Mr [[Bankole|name]] and Mrs [[Edwards-Clarke|name]].

We know this is hard. [[Jaden|name]] has many strengths: he is a talented sprinter (Walsall & District Schools 200m champion) and his
English teacher, Ms [[Greenwood|name]], says his writing about his grandmother's island is among the best in the year.

Yours sincerely,
[[Andrew Whitehouse-Kerr|name]]
Principal
cc: [[Tomasz Wilk|name]], [[tomasz.wilk@tamebrook.gov.uk|email]]; [[Jaden|name]]'s file
"""),
    ("grandmother's WhatsApp voice notes transcribed from Antiguan Creole", """Voice notes from Mrs [[Gloria Athill|name]]
(WhatsApp "Mummy G" [[+1 268 462 3187|phone]]) to Ms [[Marcia Athill|name]],
played by [[Marcia|name]] to the social worker on [[19/11/2026|date]] and transcribed with her permission. Creole as spoken
(by [[Marcia|name]]'s cousin [[Shernel|name]]), with an English gloss in brackets. Times are Antigua time.

[[14 Nov|date]] 21:07 (0:48)
"[[Marcia|name]], a wha me hear? Dem seh [[Jaden|name]] a walk wid knife? Lawd. ([[Marcia|name]], what did I hear? They say [[Jaden|name]]
is carrying
a knife? Lord.) Sen' de bwoy come home to me. Me an' Uncle [[Clive|name]] wi' set him straight. Him can go [[Princess Margaret|school]]
or go back a [[Clare Hall|school]]. (Send the boy home to me. Uncle [[Clive|name]] and I will set him straight. He can go to
[[Princess Margaret|school]] or go back to [[Clare Hall|school]].)"

[[15 Nov|date]] 07:30 (1:12)
"Me talk to [[Desmond|name]] las' night. Him deh a [[Bolans|place]] now, him get work a de hotel. Him seh him wi' pay half de ticket.
(I talked to [[Desmond|name]] last night. He is in [[Bolans|place]] now, he got work at the hotel. He says he will pay half the ticket.) De
house
pon [[Tanner Street|address]] big enough. [[Keisha|name]] can come too fi Christmas. (The house on [[Tanner Street|address]] is big enough.
[[Keisha|name]] can come too for Christmas.) Tell Miss [[Pearl|name]] a church me seh howdy. (Tell Miss [[Pearl|name]] at church I say
hello.)"

[[16 Nov|date]] 22:15 (0:36)
"Doan mek dem social people frighten yuh. Dem cyaan tek [[Jaden|name]]. Yuh hear me? (Don't let those social people frighten you.
They can't take [[Jaden|name]]. Do you hear me?) Call me pon [[+1 268 464 9912|phone]], dat a [[Clive|name]] number, mine a give
trouble. (Call me on [[+1 268 464 9912|phone]], that is [[Clive|name]]'s number, mine is giving trouble.)"

Note by [[Tomasz Wilk|name]]: [[Marcia|name]] says "Uncle [[Clive|name]]" is her mother's brother, [[Clive Matthew|name]], who lives with
[[Gloria|name]] in [[Gray's Farm|place]], [[St John's|place]]. [[Desmond Samuel|name]] is [[Jaden|name]]'s father; he left the UK in
2021 and has not seen [[Jaden|name]] since. Any plan for [[Jaden|name]] to travel needs both parents' consent and a
conversation with the Antigua and Barbuda Ministry of Social Transformation before it is agreed. "Miss [[Pearl|name]]" is
[[Pearl Gittens|name]], an elder at the New Testament Church of God in [[Caldmore|place]].
"""),
    ("youth justice AssetPlus summary extract", """YOUTH JUSTICE SERVICE - ASSETPLUS: EXPLANATIONS AND CONCLUSIONS (extract)
Name: [[SAMUEL Jaden|name]]    DOB: [[27.08.2012|dob]]    Ethnicity: Black Caribbean (Antiguan heritage)
Address: [[17 Stephenson Ave|address]], [[WS2 7HJ|postcode]]    NHS: [[605 207 6577|nhs]]
Stage: out of court disposal (Youth Conditional Caution) - possession of a bladed article, [[09/11/2026|date]]
Case manager: [[Latoya Campbell-Reid|name]]    Social worker: [[T. Wilk|name]]    Completed: [[27/11/2026|date]]

Offending and its context. [[Jaden|name]] accepts he had the knife. He took it from the kitchen drawer on the morning of
[[9 November|date]] after he was robbed on Thursday [[5 November|date]] on the towpath behind [[Harden Road|address]] by three youths, one
of
whom he names as "[[Tayshawn|name]]" and another as "[[Little Kez|name]]". He says [[Kez|name]] is "a [[Blakenall|place]] one" and
"rolls with" an older male called [[Ashley|name]] who drives a black Mercedes A-Class ([[BK70 OXS|vehicle]]). These details have been
passed to the police exploitation team (DC [[Iwona Sadowska|name]]) as intelligence.

Family and relationships. [[Jaden|name]] lives with his mother [[Marcia|name]], a night-shift carer at a home in [[Rushall|place]], and his
sister [[Keisha-Ann|name]] (7). His mother leaves for work at 19:30; [[Jaden|name]] minds [[Keisha|name]] until the neighbour, Mrs
[[Beverley Tonks|name]] at [[no. 19|address]], looks in at 21:00. His father [[Desmond|name]] lives in Antigua. His grandmother
[[Gloria|name]] phones most days and wants him to move to [[St. John's|place]]; [[Jaden|name]] says he would "rather die than go" but
also that "nobody would jump me there". His best friend is [[Reuben Okafor|name]]; they train together at Walsall Harriers at
the track in [[Alumwell|place]].

Education. Suspended from [[Walsall Academy|school]] ([[11-17 November|date]]); reintegrated [[18/11|date]]. He wants to do the
Army's Junior Entry and has talked to a recruiter at the careers fair at [[Walsall College|school]].

Conclusion. Likelihood of reoffending: medium. Risk of serious harm: medium (to himself more than others). Safety and
wellbeing: high, because of the robbery and the threats. Plan: weekly sessions with [[Latoya|name]]; knife crime workshop with
the St Giles Trust; a mentor through the Walsall Black Sisters' youth project; a travel plan with Mum so [[Jaden|name]] takes the
bus from [[Bloxwich
Road|address]] rather than walking the towpath.
"""),
    ("church pastor's email to the social worker", """From: Pastor [[Winston Hazell|name]] <[[pastor.hazell@ntcgcaldmore.org.uk|email]]>
To: [[Tomasz Wilk|name]] <[[tomasz.wilk@tamebrook.gov.uk|email]]>
Cc: [[marcia.athill89@gmail.com|email]]
Date: Tue, [[1 Dec 2026|date]] 18:42
Subject: [[Jaden|name]] and the Saturday boys' group

Dear Mr [[Wilk|name]],

Sister [[Marcia|name]] has asked me to write to you. I have known the family since [[Marcia|name]] came over from Antigua in
2008 and lived first with her aunt, the late Mother [[Ethlyn
Athill|name]], on [[Wednesbury Road|address]]. [[Jaden|name]] was
dedicated in our church as a baby and [[Keisha-Ann|name]] is in our Sunday school with Sister [[Pearl|name]].

Since [[Marcia|name]] went on nights our brother [[Errol Daley|name]] has been collecting [[Jaden|name]] for the Saturday boys' group
at the church hall on [[Caldmore Green|address]]. Brother [[Errol|name]] (DBS checked through our denomination) is willing to drive
[[Jaden|name]] to and from his athletics on Tuesday and Thursday evenings too, if that helps the plan. His number is
[[07492 563 208|phone]].

One more thing you should know: on Sunday [[29 November|date]] after service two boys waited outside on [[Caldmore Road|address]] in a
car and called [[Jaden|name]] over. [[Errol|name]] took the registration ([[KX19 JHU|vehicle]]) and gave it to PC [[Stokes|name]] at
the school. [[Jaden|name]] went very quiet. His mother's mother, Sister [[Gloria|name]], is praying for him from [[St John's|place]]
every morning, as are we.

God bless,
Pastor [[W. Hazell|name]]
New Testament Church of God, [[Caldmore|place]]
"""),
]


# --- C. Kalsi family (Namdhari Sikh, Punjabi-speaking), Short Heath, Willenhall, with a grandmother at Bhaini Sahib -----------

HOME_C = d.Address("62 Church Road", "Short Heath", "Willenhall", "WV12 5PT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Simran", "Kalsi"), ("Simran", "Kaur")], dt.date(2010, 6, 2), addresses=[HOME_C],
       ids=["829 412 2173", "Z335216155026"], schools=["Lane Head Academy"]),
    _p("s", "sibling", [("Arjan", "Kalsi")], dt.date(2015, 1, 19), addresses=[HOME_C], ids=["251 468 9627"]),
    _p("f", "father", [("Harjinder", "Kalsi")], dt.date(1978, 4, 14), addresses=[HOME_C], phones=["07588 613 294"]),
    _p("m", "mother", [("Manpreet", "Kaur")], dt.date(1982, 10, 30), addresses=[HOME_C], phones=["07411 906 328"]),
    _p("g", "grandparent", [("Surjit", "Kaur")], dt.date(1950, 1, 1), phones=["+91 98152 46730"]),
    _p("p1", "professional", [("Eleanor", "Fullwood")], phones=["01922 652 118"], emails=["eleanor.fullwood@tamebrook.gov.uk"]),
], "c")

DOCS_C = [
    ("forced marriage unit online referral form", """FORCED MARRIAGE UNIT - REFERRAL FROM A PROFESSIONAL (submitted online) - ref
FMU/26/4471
Submitted: [[24/11/2026|date]] 16:02     By: [[Eleanor Fullwood|name]], Social Worker, Tame Brook Children's Services
Phone: [[01922 652 118|phone]]     Email: [[eleanor.fullwood@tamebrook.gov.uk|email]]

SECTION 1 - PERSON AT RISK
Family name: [[KALSI|name]]          Given names: [[SIMRAN KAUR|name]]          Also known as: [[Simmy|name]]
Date of birth: [[02 / 06 / 2010|dob]]     Age: 16     Sex: F     Nationality: British     Dual: no
Address in UK: [[62 Church Road|address]], [[Short Heath|place]], [[Willenhall|place]], [[WV12 5PT|postcode]]
Languages: English, Punjabi     Religion: Sikh (Namdhari)
School/college: [[Lane Head Academy|school]], Year 12 (sixth form)
Passport held by: father (per the young person)

SECTION 2 - OVERSEAS
Country: India     Town/village: [[Bhaini Sahib|place]], near [[Ludhiana|place]], Punjab
Address if known: c/o Mrs [[Surjit Kaur|name]] (paternal grandmother), [[Gali No. 3|address]], [[Bhaini Sahib|place]] [[141126|postcode]]
Phone overseas: [[+91 98152 46730|phone]] (grandmother); [[+91 161 277 3894|phone]] (landline, uncle's shop)
Planned travel: flight [[Birmingham|place]]-[[Delhi|place]] with Air India, believed mid-February 2027, return not booked

SECTION 3 - CONCERN
[[Simran|name]] told her sixth-form tutor, Mr [[Kuldip Rai|name]], on [[20 November|date]] that her father has "fixed" her marriage to
a man of 23 from [[Sirsa|place]] called [[Gurvinder|name]], that the wedding is to be "at the mela in March" with other couples, and
that she has "only seen him on a video call". She said she does not want to marry until after university and is frightened to
say so at home. She said her mother, [[Manpreet Kaur|name]], "says nothing" and that her brother [[Arjan|name]] (11) "doesn't know".
She has asked the school not to contact her parents.

SECTION 4 - OTHER PEOPLE
Father: [[Harjinder Singh Kalsi|name]], [[14/04/1978|dob]], [[07588 613 294|phone]], taxi driver (Willenhall Cars)
Mother: [[Manpreet Kaur|name]], [[30/10/1982|dob]], [[07411 906 328|phone]], machinist
Friend who knows: [[Ellie Broadhurst|name]] (16), also at [[Lane Head|school]]
Paternal uncle in [[Leicester|place]]: [[Balwinder Singh Kalsi|name]], phone not known
Father's NI number (from the school's free meals check): [[SJ 41 77 26 C|ni]]

SECTION 5 - ACTIONS TAKEN
Strategy discussion held [[23/11/2026|date]]. Police (DS [[Lindsay Orme|name]], Honour Based Abuse lead) considering an FMPO.
Young person seen alone at school by SW and DS [[Orme|name]] on [[24/11/2026|date]]; she agreed to this referral.
"""),
    ("friend's mother's typed-up iMessage screenshots", """Typed up by [[Joanne Broadhurst|name]] (mum of [[Ellie|name]]) from
[[Ellie|name]]'s phone, [[25 Nov 2026|date]]. Spelling as
in the messages. The group is called "sixth form girlies \U0001f485" - [[Ellie|name]] says it's her, [[Simran|name]], [[Amani|name]] and
[[Georgia|name]]. I have left out the memes.

[[Simmy K|name]]: guys i cant come to [[georgia|name]]s saturday
[[Georgia|name]]: nooo why
[[Simmy K|name]]: dad says no more sleepovers "before the wedding" \U0001f643
[[Amani|name]]: wait WHAT wedding
[[Simmy K|name]]: mine apparently. hes 23. from [[sirsa|place]]. his name is [[gurvinder|name]] and he has a moustache like a
      90s footballer
[[Ellie|name]]: [[simran|name]] ur 16?????
[[Simmy K|name]]: its legal over there if its a religious one, my bhua says
[[Ellie|name]]: thats not true and even if it was
[[Amani|name]]: tell mr [[rai|name]]
[[Simmy K|name]]: cant. he goes to the same gurdwara as my dad on [[Bloxwich Rd|address]]
[[Georgia|name]]: tell miss [[fullwood|name]] the social worker then. the one who came about [[arjan|name]]'s arm
[[Simmy K|name]]: she'll tell my mum
[[Ellie|name]]: ur coming to mine after school friday and we're ringing childline ok
[[Simmy K|name]]: ok. dont tell ur mum
[[Ellie|name]]: \U0001f910

Note from me: I did tell her mum - I mean I'm telling you, not [[Simran|name]]'s mum. [[Simran|name]] is a lovely girl and has been
coming to ours since juniors at [[Short Heath Juniors|school]]. I'm on [[07956 772 140|phone]].
"""),
    ("strategy discussion minutes on a risk of forced marriage", """STRATEGY DISCUSSION - RISK OF FORCED MARRIAGE - MINUTES
Held: Monday [[23rd
November 2026|date]], 14:00, by Teams.   Chair: [[Paul Gilbank|name]], Team Manager, [[Willenhall|place]] Locality.
Children: [[Simran Kaur KALSI|name]] ([[2.6.2010|dob]], NHS [[829 412 2173|nhs]], UPN [[Z335216155026|upn]]);
[[Arjan Singh KALSI|name]] ([[19.1.2015|dob]], NHS [[251 468 9627|nhs]])
Present: [[Paul Gilbank|name]]; [[Eleanor Fullwood|name]] (SW); DS [[Lindsay Orme|name]] (West Midlands Police, HBA lead);
[[Kuldip Rai|name]] (tutor) and [[Bernadette Cope|name]] (DSL), [[Lane Head Academy|school]]; [[Parminder Dhesi|name]] (Sikh Women's
Aid, advisory, no family details shared beyond first names); school nurse [[Aisha Begum|name]].

1. Information. Mr [[Rai|name]] read his note of [[20/11|date]] (see FMU form). Mrs [[Cope|name]] said [[Simran|name]] has 100%
attendance, predicted A*s in Biology and Chemistry and wants to study Pharmacy at Aston. [[Eleanor|name]] said the family were known
once before: in March 2025 [[Arjan|name]] had a greenstick fracture at the [[Willenhall|place]] trampoline park; no concerns then.
[[Aisha|name]]
said [[Simran|name]] asked her in October about "how old you have to be to get married in India".

2. Religious and cultural context (Ms [[Dhesi|name]]). Namdhari weddings are often held together at [[Bhaini Sahib|place]] or at
[[Sri Jiwan Nagar|place]], are simple and without dowry, and the community's own rules require both people to agree. Pressure
from relatives is still possible. The age of 16 is below the legal age in India and in England, where any marriage under 18
is now an offence.

3. Risk. The chair noted the planned travel (February), the passport held by the father, [[Simran|name]]'s fear, the secrecy and the
grandmother's role ([[Surjit Kaur|name]], "[[ਸੁਰਜੀਤ ਕੌਰ|name]]" on the family WhatsApp, who [[Simran|name]] says "arranged
it with [[Gurvinder|name]]'s mother"). DS [[Orme|name]] said the family car, a white Toyota Prius PHV ([[KE21 VXB|vehicle]]), is a
licensed private hire vehicle.

Decisions: s47 enquiry (both children). [[Simran|name]] to be seen alone again by [[Eleanor|name]] and DS [[Orme|name]] on
[[24/11/2026|date]] at school, with a Punjabi-speaking female officer offered. No contact with parents until after that visit. FMU
referral. Police to consider an FMPO and a port alert. Mr [[Rai|name]] to step back from the case at his own request. Next
meeting: Tue [[1 Dec|date]].
"""),
    ("father's own letter in English and Punjabi", """To Madam [[Eleanor Fullwood|name]]
Social Services [[Willenhall|place]]

From [[Harjinder Singh Kalsi|name]] / [[ਹਰਜਿੰਦਰ ਸਿੰਘ ਕਲਸੀ|name]]
[[62 Church Rd|address]], [[Short Heath|place]]
[[3-12-2026|date]]

Respected Madam,

Sat Sri Akal. I am writing because my English speaking is not good and my daughter [[Simran|name]] always does the talking for us.
My wife [[Manpreet|name]] helped me to write this.

1. We are Namdhari Sikh. We do not force anybody. In our faith the girl must say yes in front of everyone. If [[Simran|name]] says no
then it is no. I am sorry she was frightened to tell me. This is my failure as a father.

2. The boy [[Gurvinder Singh|name]] is the son of my wife's cousin [[Kulwant Kaur|name]] from [[Sirsa|place]]. My mother
[[Surjit Kaur|name]]
in [[Bhaini Sahib|place]] spoke to them. Nothing was fixed. My mother is 76 and she says things. ਬੀਜੀ is old fashioned.

3. The India trip in February is for my mother's eye operation in [[Ludhiana|place]] and for the mela. I have now cancelled the
tickets for [[Simran|name]] and [[Arjan|name]]. I will go alone. You can keep her passport at your office if you want.

4. [[Simran|name]] wants to be a pharmacist and I want that also. I drive a taxi twelve hours so she can study.

ਮੈਂ ਆਪਣੀ ਧੀ [[ਸਿਮਰਨ|name]] ਨੂੰ ਪਿਆਰ ਕਰਦਾ ਹਾਂ। ਉਸ ਦਾ ਵਿਆਹ ਉਸ ਦੀ ਮਰਜ਼ੀ ਤੋਂ ਬਿਨਾਂ ਨਹੀਂ ਹੋਵੇਗਾ।
(I love my daughter [[Simran|name]]. Her marriage will not happen without her wish.)

Please ring me on [[07588 613294|phone]] or my wife [[07411 906328|phone]]. Our gurdwara's Bhai Sahib, [[Gurmeet Singh|name]], can also
speak for us.

Yours faithfully
[[H. S. Kalsi|name]]
"""),
]


# --- D. Aldridge / Heath family (white British), Pelsall, with a grandfather in Rushall --------------------------------------

HOME_D = d.Address("9 Wood Lane", "Pelsall", "Walsall", "WS3 4BN")
GRAMP_D = d.Address("31 Lichfield Road", "Rushall", "Walsall", "WS4 1ED")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Mason", "Aldridge")], dt.date(2020, 7, 7), addresses=[HOME_D], ids=["646 332 2857", "B335515771680"],
       schools=["Pelsall Village School"]),
    _p("s", "sibling", [("Lily-Mae", "Aldridge")], dt.date(2022, 9, 23), addresses=[HOME_D], ids=["580 096 5773"]),
    _p("m", "mother", [("Kerry", "Aldridge")], dt.date(1991, 2, 11), addresses=[HOME_D], phones=["07956 772 140"]),
    _p("pa", "other", [("Shane", "Heath")], dt.date(1988, 8, 19), addresses=[HOME_D]),
    _p("g", "grandparent", [("Roy", "Aldridge")], dt.date(1955, 5, 5), addresses=[GRAMP_D], phones=["01922 614 387"]),
    _p("p1", "professional", [("Chloe", "Bayliss")], phones=["07825 144 097"], emails=["chloe.bayliss@tamebrook.gov.uk"]),
], "c")

DOCS_D = [
    ("community dentist's referral letter about dental neglect", """Community Dental Service - Paediatric Clinic
Pelsall Health Centre site

Mon [[9th November 2026|date]]

Dear Colleague at the Family Front Door,

Re: [[Mason ALDRIDGE|name]]   d.o.b. [[07-07-2020|dob]]   NHS [[646 332 2857|nhs]]
[[9 Wood Lane|address]], [[Pelsall|place]], [[Walsall|place]] [[WS3 4BN|postcode]]
Sibling: [[Lily-Mae Aldridge|name]], d.o.b. [[23-09-2022|dob]], NHS [[580 096 5773|nhs]]

I am referring [[Mason|name]] under our dental neglect pathway (stage 3). [[Mason|name]] was first referred to us by his general dental
practitioner, Mr [[Hamid Qureshi|name]] of Rushall Dental Care, in April. He has eleven decayed teeth, two dental abscesses (upper
left D and E) and has been in pain for months: his teacher at [[Pelsall Village
School|school]], Miss [[Summer Hodgkiss|name]], says he
"chews on one side and cries at lunch". Three appointments for a general anaesthetic assessment at the Birmingham Dental Hospital
have been missed ([[3 June|date]], [[8 August|date]] and [[14 October 2026|date]]), and antibiotics were prescribed twice.

Mother, Ms [[Kerry Aldridge|name]], attended today with [[Mason|name]] and [[Lily-Mae|name]], and her partner, Mr [[Shane Heath|name]].
[[Kerry|name]] told me that the family have had no bus fare, that the car "failed its MOT" and that her father, Mr [[Roy Aldridge|name]]
of [[Rushall|place]], who used to drive them, has had a stroke. [[Lily-Mae|name]] (4) has early decay on all upper incisors and was
given a bottle of squash in the waiting room. [[Mason|name]] was very thin and fell asleep on the chair.

I would be grateful if you would consider an Early Help or social care assessment and help the family get to the hospital. I
have booked [[Mason|name]] again for [[1st December 2026|date]] at 8.30am and told the family I would share this.

Yours faithfully,
Dr [[Aled Pryce-Morgan|name]]
Specialist in Paediatric Dentistry
Tel [[01922 605 731|phone]]
cc: Dr [[Heather Moseley|name]] (GP); [[Pelsall Village School|school]]; health visitor [[Lisa Jeavons|name]]
"""),
    ("PCSO body-worn video transcript at a welfare check", """WEST MIDLANDS POLICE - BODY WORN VIDEO - TRANSCRIPT (prepared for the
children's services strategy discussion)
Device: PCSO 7731 [[SHELDON, Mark|name]]   Date: [[2026-11-19|date]]   Start: 16:48:02   End: 16:59:40
Location: [[9 Wood Lane|address]], [[Pelsall|place]]. Reason: welfare check requested by [[Chloe Bayliss|name]] (social worker) after
a neighbour's call. Also present: PCSO [[Kirsty Lamb|name]].
[inaudible] = not clear; [...] = talking over. Speaker names added by the transcriber ([[Jan Peplow|name]], admin).

16:48:31  [[SHELDON|name]]: Hello, it's the police community support officers, can you open the door please? [knocks]
16:49:10  CHILD (male, about 6): Mum's asleep.
16:49:14  [[SHELDON|name]]: Are you [[Mason|name]]? Can you go and wake her up for me, mate?
16:49:20  CHILD: She don't wake up. [[Shane|name]] said don't open it.
16:49:33  [[LAMB|name]]: Is there a grown-up in, sweetheart? Is [[Shane|name]] in?
16:49:38  CHILD: He's gone to the Spar. [[Lily|name]]'s on the floor.
16:50:02  [door opens. Dog barking. Strong smell noted by officer.]
16:50:15  [[SHELDON|name]]: Is that [[Lily-Mae|name]]? Hello, [[Lily-Mae|name]]. Where's Mummy?
16:50:41  ADULT FEMALE ([[Kerry ALDRIDGE|name]]): [...] what you doing in my house?
16:50:48  [[SHELDON|name]]: The door was opened by your son, [[Kerry|name]]. We were asked to check everyone's OK.
16:51:20  [[ALDRIDGE|name]]: I'm on nights at the Amazon at [[Rugeley|place]], I only got in at 8, I've been asleep. [[Shane|name]]'s meant
          to have them. [[Mason|name]]'s not been in school 'cause of his tooth.
16:52:05  [[LAMB|name]]: Whose is the dog? He's a big lad.
16:52:09  [[ALDRIDGE|name]]: [[Shane|name]]'s. He's called Tyson, he's soft.
16:53:30  [[SHELDON|name]]: There's no food in the fridge, [[Kerry|name]], and there's dog mess on the landing.
16:53:41  [[ALDRIDGE|name]]: I know. My dad usually does a shop, he's poorly. [inaudible] [[Ruth|name]] next door sometimes has them.
16:55:12  MALE ([[Shane HEATH|name]]) arrives: What's going on? [...] I was literally five minutes. I was at the Spar on
          [[High Street|address]] getting bread.
16:57:00  [[SHELDON|name]]: OK. We'll be passing this on to [[Chloe|name]] at social care. She'll ring you. What's your number,
[[Kerry|name]]?
16:57:06  [[ALDRIDGE|name]]: [[07956 772 140|phone]]. Please don't take them off me.
16:59:40  [recording ends]
"""),
    ("early help assessment summary", """EARLY HELP ASSESSMENT (EHA) - SUMMARY AND PLAN
Family: [[ALDRIDGE|name]] / [[HEATH|name]]      Lead practitioner: [[Chloe Bayliss|name]] (step-down from social care)
Address: [[9 Wood Ln|address]], [[Pelsall|place]] [[WS3 4BN|postcode]]      Date completed: [[26.11.26|date]]

Who lives here: [[Kerry Aldridge|name]] (mum, 35); [[Shane Heath|name]] (mum's partner, 38, not the children's father); [[Mason|name]]
(6, Year 2 at [[Pelsall Village|school]]); [[Lily-Mae|name]] (4, nursery at [[Little Acorns Pelsall|school]]). A dog, Tyson.
Important people: grandad [[Roy Aldridge|name]] ([[Rushall|place]]); the children's father, [[Dean Fellows|name]], who lives in
[[Tamworth|place]] and sees them "when he can" (last in the summer); neighbour [[Ruth Hollis|name]] at [[no. 7|address]];
[[Kerry|name]]'s friend [[Becky|name]] from work.

What is going well: the children love their mum and she loves them; [[Mason|name]] is "a little comedian" (teacher); [[Lily-Mae|name]]'s
speech has come on; [[Shane|name]] has started a forklift course at [[Walsall College|school]]; [[Roy|name]] is out of hospital and
now at home with a care package.

What we are worried about: [[Mason|name]]'s teeth (two missed hospital appointments, now booked for [[1 Dec|date]]); the children
left alone or with the door opened to strangers; no food at times; [[Kerry|name]]'s nights at work and [[Shane|name]]'s sleep. The
landlord, Whitehouse Lettings, has written about the dog and rubbish in the garden. [[Kerry|name]] owes £1,240 in council tax.

What [[Mason|name]] says (seen at school [[20/11|date]]): "I like grandad's house 'cause he has biscuits. I don't like my tooth.
[[Lily|name]]
is annoying but I look after her."

Plan: (1) [[Chloe|name]] to drive [[Kerry|name]] and [[Mason|name]] to the Dental Hospital on [[1 December|date]] (done - extraction
of 8 teeth under GA; next review [[12 January 2027|date]]). (2) Referral to the Holding Families programme. (3) Food parcels
via [[Pelsall|place]] community pantry and a Household Support Fund grant. (4) Shift pattern changed from [[7 December|date]]
so [[Kerry|name]] works days while the children are at school. (5) [[Shane|name]] to rehome or train the dog (Dogs Trust).
Review: [[18/01/2027|date]].

Signatures: [[K. Aldridge|name]] (mum) - signed; [[S. Heath|name]] - "will sign next time"; [[Chloe Bayliss|name]] (lead
practitioner), [[26/11/2026|date]]. Copies to: [[Pelsall Village School|school]] (Mrs [[Janet Harvey|name]], DSL); [[Little Acorns
Pelsall|school]] ([[Jo Fereday|name]]); health visitor [[Lisa Jeavons|name]]; Dr [[Heather Moseley|name]] at the surgery; grandad
[[Roy Aldridge|name]] at [[31 Lichfield Road|address]], [[Rushall|place]] [[WS4 1ED|postcode]] (at [[Kerry|name]]'s request).
"""),
    ("neighbour's Facebook community group post, screenshot typed up", """[Screenshot sent to the social worker by the neighbour on
[[20 Nov 2026|date]]; typed up by [[C. Bayliss|name]]. The group is a
public village noticeboard group with 6.1k members.]

[[Ruth Hollis|name]] · 2d
Not being funny but does anyone know who the two little kids are who keep wandering on [[Wood Lane|address]] on their own??
Found the little girl at the bottom of my drive again yesterday in just a vest and nappy in the FREEZING cold. Took her back
to the house and a lad answered the door and didn't even say thanks. The big dog was loose again as well. Someone's going to
get hurt. I've reported it. Rant over.
   \U0001f44d\U0001f62e 47   86 comments

   [[Gail Whitmore|name]]: Is this the [[Aldridge|name]] girl? Her mum [[Kez|name]] works all hours, leave her alone
   [[Ruth Hollis|name]]: @[[Gail Whitmore|name]] didn't say who it was did I. I don't care who it is a baby was outside in a vest
   [[Darren Mills|name]]: Ring 101
   [[Paula Tyler|name]]: Thats [[Roy|name]]'s granddaughter from [[Rushall|place]], he used to drive the 376 bus, lovely man. [[Kerry|name]]
      was in my sister's year at [[Shire Oak|school]]. Shes had it hard
   [[Sue Roper|name]]: the lad is [[shane heath|name]] he used to live by the Fingerpost pub in [[Pelsall|place]] common end. nasty
      piece of work
   [[Ruth Hollis|name]]: Mods please take [[Sue|name]]'s comment down I didnt want names
   Pelsall Village Noticeboard (admin): Comments turned off. Please use the proper channels, ring Walsall Children's
      Services or 101.
   [[Mike Boden|name]]: my lad [[Callum|name]] is in [[Mason|name]]'s class, he said he never has his lunch
"""),
]


# --- E. Bagnall / Reid family (white British and Black Caribbean), the Goscote estate, Walsall, with a father in Coalpool -----

HOME_E = d.Address("5 Harrison Close", "Goscote", "Walsall", "WS3 1TQ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Skye", "Bagnall")], dt.date(2011, 3, 29), addresses=[HOME_E], ids=["819 140 5741", "L335163612355"],
       schools=["Goscote Vale Academy"]),
    _p("m", "mother", [("Amanda", "Bagnall")], dt.date(1984, 7, 1), addresses=[HOME_E], phones=["07379 286 515"]),
    _p("f", "father", [("Jermaine", "Reid")], dt.date(1982, 12, 24), phones=["07707 431 862"]),
    _p("s", "sibling", [("Tyler-Jay", "Bagnall")], dt.date(2008, 10, 10), addresses=[HOME_E]),
    _p("p1", "professional", [("Nadia", "Kowalczyk")], phones=["07852 907 613"], emails=["nadia.kowalczyk@tamebrook.gov.uk"]),
], "c")

DOCS_E = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - INDEPENDENT SERVICE
Young person: [[Skye BAGNALL|name]]   DOB: [[29/03/2011|dob]]   Age: 15   NHS: [[819 140 5741|nhs]]
Home: [[5 Harrison Close|address]], [[Goscote|place]], [[WS3 1TQ|postcode]]   School: [[Goscote Vale Academy|school]] (Y11)
Missing from: 22:15 Fri [[20/11/2026|date]]   Found: 13:40 Sun [[22/11/2026|date]] by police at an address in [[Cannock|place]]
RHI completed by: [[Bex Harrington|name]], Missing Children Worker   Date: Tue [[24 Nov 2026|date]] at [[Skye|name]]'s nan's,
[[Coalpool|place]]

Where were you? [[Skye|name]] said she got in "[[Dev|name]]'s mate's car" outside the chippy on [[Goscote Lane|address]] on Friday night.
They drove to [[Cannock|place]] then "to a flat in [[Hednesford|place]]", then back to [[Cannock|place]] on Saturday. She named
[[Dev|name]] (she thinks his real name is [[Devon|name]] and he is "about 22"), his mate "[[Rizzy|name]]", and two girls, [[Kaci|name]] and
[[Lexi|name]], "from [[Bloxwich|place]]". She said there was weed and "some bottles" and that she slept on a sofa.

Was anyone hurt? She said no. She said [[Dev|name]] "looks after her" and buys her stuff (a North Face coat, nails done at a
shop on [[Park Street|address]] in town). She became quiet when asked if anyone asked her to do anything in return.

Phone and online: she has a second phone "from [[Dev|name]]". Snapchat is her main app; she let me see that [[Dev|name]] is saved
as "\U0001f451 D"? - she laughed and said "that's [[Dev|name]]". Her mum has taken her first phone.

Family: [[Skye|name]] lives with her mum, [[Amanda|name]], and her brother [[Tyler-Jay|name]] (18). Her dad, [[Jermaine Reid|name]], lives
in
[[Coalpool|place]] near her nan (Nanny [[Pat|name]], [[Patricia Reid|name]]). [[Skye|name]] says she "gets on better with dad" and wanted
to stay at Nan's this week. [[Amanda|name]] works at the Asda in [[Bloxwich|place]] and "shouts about everything".

School: she has been on a part-time timetable since October. Her favourite teacher is Miss [[Rowena Platt|name]] (English).

What would help? "If people stopped going on at me." She agreed to meet me again on [[1 December|date]] and to see the
school nurse. She does not want [[Dev|name]] "in trouble".

Risk indicators: older male, gifts, second phone, going missing out of area, substances, other young people missing at the
same time (police say [[Kaci|name]] and [[Lexi|name]] were also reported missing). Shared with: social worker [[Nadia Kowalczyk|name]];
missing persons coordinator PC [[Dale Hickinbottom|name]]; school DSL Mr [[Andy Shelley|name]].
"""),
    ("private hire firm's booking log extract for the police", """FIVEWAYS PRIVATE HIRE LTD - BOOKING LOG EXTRACT
Provided to West Midlands Police (PC [[D. Hickinbottom|name]]) on [[25-Nov-2026|date]] under a data protection request.
Account / caller phone: [[07340 118651|phone]]   Account name: "[[DEV|name]]"   Payment: cash

Job;Date;Time;Pickup;Drop;Pax;Driver
48812;[[20-Nov-2026|date]];22:09;Chippy, [[Goscote Ln|address]], [[WALSALL|place]];[[14 Longford Rd|address]], [[CANNOCK|place]]
  [[WS11 1QG|postcode]];3;[[RAJ|name]] #114
48870;[[21-Nov-2026|date]];02:47;[[14 Longford Rd|address]], [[CANNOCK|place]];[[Station Rd|address]], [[HEDNESFORD|place]];4;
  [[KEV B|name]] #086
48921;[[21-Nov-2026|date]];15:30;[[Station Rd|address]], [[HEDNESFORD|place]];McDonald's drive-thru, [[CANNOCK|place]];2;[[KEV B|name]] #086
48997;[[21-Nov-2026|date]];23:55;McDonald's, [[CANNOCK|place]];[[Flat 6, Beecroft Court|address]], [[CANNOCK|place]];3;[[SAL|name]] #031
49102;[[22-Nov-2026|date]];19:20;[[Coalpool Ln|address]], [[WALSALL|place]] (NAN'S??);[[Goscote Ln|address]], [[WALSALL|place]];1;
  [[SAL|name]] #031

Driver notes:
48870 - [[RAJ|name]] swapped shift, so [[KEV B|name]]. Pax: 2 girls 14-15ish, 2 males 20s. Young one crying. Male in front paid.
48997 - "girl in grey North Face very drunk, male ([[DEV|name]]) said she was his cousin"
Reported to office manager ([[Sharon Yates|name]]) [[22/11|date]]; CSE awareness poster in office, drivers trained by Walsall
Council licensing [[11/03/2025|date]].
Vehicles: #086 Skoda Octavia [[VN68 LFE|vehicle]]; #031 Toyota Corolla [[FD20 YHM|vehicle]]; #114 Kia Niro [[BX71 OPW|vehicle]]
"""),
    ("multi-agency child exploitation panel minutes", """MACE PANEL (Multi-Agency Child Exploitation) - NORTH LOCALITY - MINUTES (EXTRACT:
ONE YOUNG PERSON)
Date: [[02/12/2026|date]]   Chair: DI [[Catherine Owusu|name]]   Minutes: [[Lee Fereday|name]]
Young person: S.B. - [[Skye Bagnall|name]], [[29/03/2011|dob]], UPN [[L335163612355|upn]]

Attendees for this item: [[Nadia Kowalczyk|name]] (SW); [[Bex Harrington|name]] (missing worker); PC [[Dale Hickinbottom|name]];
[[Andy Shelley|name]] (DSL, [[Goscote Vale|school]]); [[Jo Parkes-Hill|name]] (school nurse); [[Marvin Ellis|name]] (youth worker,
the [[Bloxwich|place]] youth hub); Staffordshire Police by phone (DC [[Helen Boult|name]], [[Cannock|place]] CID).

Summary: 3 missing episodes since [[4 October|date]]. Older male "[[Dev|name]]" identified by Staffordshire Police as [[Devon MARSH|name]],
22, of [[Flat 6, Beecroft Court|address]], [[Cannock|place]], with a friend "[[Rizzy|name]]" ([[Rizwan Akhtar|name]], 24). [[MARSH|name]] is
known for supply of cannabis. The taxi log links the account phone [[07340 118651|phone]] to [[Marsh|name]]. Two other girls from
[[Bloxwich|place]] ([[Kaci L|name]] and [[Lexi W|name]]) are open to other teams and will go to their own panels.

[[Skye|name]]'s view (via [[Bex|name]]): does not see herself as exploited; "[[Dev|name]] is my boyfriend". Mum [[Amanda|name]]'s view:
wants
[[Skye|name]] "locked in"; has asked whether she can be sent to her dad's. Dad [[Jermaine|name]] and Nanny [[Pat|name]] are a protective
link: [[Skye|name]] came home from [[Cannock|place]] to Nan's by taxi on [[22/11|date]].

Risk: high (sexual exploitation; criminal exploitation possible). Actions: (1) Child Abduction Warning Notices to [[Marsh|name]] and
[[Akhtar|name]] - DC [[Boult|name]], by [[9 December|date]]. (2) Disruption: licensing check of Fiveways Private Hire; car seen
by school, a red Seat Ibiza [[DE17 KWZ|vehicle]], to be flagged. (3) [[Marvin|name]] to offer [[Skye|name]] weekly sessions
at [[Bloxwich|place]] library hub. (4) [[Nadia|name]] to hold a family network meeting with [[Jermaine|name]] and [[Patricia Reid|name]].
(5) NRM referral to be considered at the next panel on [[6 January 2027|date]].
"""),
    ("girl's own notes-app diary shared with her youth worker", """notes app - shared w [[marvin|name]] on [[3/12|date]] (she said i could
type it up for her file - [[M. Ellis|name]])

[[nov 21|date]]
everyone thinks hes bad but [[dev|name]] is the only one who actually listens. mum just screams. [[tyler-jay|name]] calls me a sket.
[[kaci|name]] was crying in the car and [[rizzy|name]] was being weird with her. i didnt like that

[[nov 22|date]]
i rang nanny [[pat|name]] from the maccies toilets in [[cannock|place]] n she sent a taxi. dad was waiting outside hers in
[[coalpool|place]].
he didnt even shout he just hugged me. i cried like a baby lol

[[nov 26|date]]
[[nadia|name]] came again. shes alright i suppose. she says [[dev|name]] is 22 and i am 15 and thats the whole point. i said
age is just a number n she looked sad

[[nov 30|date]]
[[dev|name]] msgd from a new number. said he misses me. said [[lexi|name]] is "chatting s*** about me" to the police. i havent
replied. Miss [[Platt|name]] let me stay in her room at dinner

[[dec 2|date]]
i know theres a meeting about me today. everyone in a room talking about me. i wish i could just live at nans and go back
to [[goscote vale|school]] properly n do my GCSEs. i want to do hair n beauty at [[walsall college|school]]
"""),
]


# --- F. Kuzmina / Kuzmins / Volkovs family (Russian-speaking Latvian), Birchills, Walsall, with a grandmother in Daugavpils ---

HOME_F = d.Address("Flat 11, Hollyhedge House", "14 Old Birchills", "Walsall", "WS2 8QH")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Artjoms", "Kuzmins")], dt.date(2018, 4, 25), addresses=[HOME_F], ids=["257 293 6224", "B335324381502"],
       schools=["Birchills Church of England Community Academy"]),
    _p("s", "sibling", [("Alise", "Volkova")], dt.date(2024, 2, 14), addresses=[HOME_F], ids=["617 542 0306"]),
    _p("m", "mother", [("Olga", "Kuzmina")], dt.date(1993, 9, 17), addresses=[HOME_F], phones=["07825 144 097"]),
    _p("pa", "father", [("Dmitrijs", "Volkovs")], dt.date(1990, 6, 6), phones=["+371 2614 8830"]),
    _p("g", "grandparent", [("Valentina", "Kuzmina")], dt.date(1966, 3, 8), phones=["+371 2947 1265"]),
    _p("p1", "professional", [("Rhiannon", "Shale")], phones=["01922 633 540"], emails=["rhiannon.shale@tamebrook.gov.uk"]),
], "c")

DOCS_F = [
    ("education welfare officer's doorstep visit record", """EDUCATION WELFARE - HOME VISIT RECORD (doorstep)
Pupil: [[KUZMINS, Artjoms|name]]   DOB: [[25.04.2018|dob]]   Y3   UPN: [[B335324381502|upn]]
School: [[Birchills C of E Community Academy|school]]   Attendance this year: 61.4% (unauthorised 31%)
Address visited: [[Flat 11, Hollyhedge House|address]], [[14 Old Birchills|address]], [[WS2 8QH|postcode]]
Visit date / time: Wed [[18th Nov 2026|date]], 09:40   Officer: [[Gurdip Sangha|name]] (EWO)   Interpreter: none (see below)

Outcome: door answered after 5 minutes by [[Artjoms|name]] himself, in pyjamas. He said "Mama is sleeping" and "[[Alise|name]] is
crying". I could hear a small child crying inside. [[Artjoms|name]] translated for his mother when she came to the door; I stopped
this when it was clear she could not stand steadily. She smelt strongly of alcohol. Ms [[KUZMINA|name]] said (through [[Artjoms|name]])
that she was "ill" and that [[Artjoms|name]] "helps with the baby". A man's voice in the flat; [[Artjoms|name]] said it was "[[Dima|name]]",
his sister's dad. Man did not come to the door.

Neighbour at [[Flat 12|address]] (Mrs [[Mavis Dunn|name]]) told me on the landing that [[Artjoms|name]] "goes to the Polski sklep on
his own for vodka" and that she has heard "fighting in Russian" at night.

Action: returned to my car and rang the Front Door at 09:58 (spoke to [[Rhiannon Shale|name]]) - police welfare check requested.
Waited until PC [[Laura Bickley|name]] and PC [[Sam Oduya|name]] arrived at 10:31. [[Artjoms|name]] taken to school by me with
police agreement at 11:05; class teacher Mrs [[Agnieszka Rowe|name]] informed. Next: attendance panel on [[25/11/2026|date]] - on
hold pending social care.
"""),
    ("Viber chat in Russian and English typed up and translated", """Viber messages between [[Olga Kuzmina|name]] and her mother,
[[Valentina Kuzmina|name]] ("Мама", [[+371 2947 1265|phone]]), shown to
the social worker on [[27/11/2026|date]] and typed up with the interpreter, [[Irina Sokolova|name]] (NRPSI 30417). Russian
kept as written; English in brackets.

[[19.11.2026|date]]
Мама 08:12: [[Оленька|name]], ты где? Почему не отвечаешь? ([[Olenka|name]], where are you? Why don't you answer?)
[[Olga|name]] 13:40: приходила полиция. из-за [[Тёмы|name]] школы (police came. because of [[Tyoma|name]]'s school)
Мама 13:41: Боже мой. [[Дима|name]] опять пил? (My God. Was [[Dima|name]] drinking again?)
[[Olga|name]] 13:45: мы оба. я не могу больше мама (both of us. I can't any more mum)
Мама 13:52: Приезжай домой в [[Даугавпилс|place]]. С детьми. Я куплю билеты. (Come home to [[Daugavpils|place]]. With the
children. I'll buy the tickets.)
[[Olga|name]] 14:03: [[Дима|name]] не даст [[Алису|name]] ([[Dima|name]] won't let [[Alise|name]] go)

[[20.11.2026|date]]
Мама 07:30: Я поговорила с [[Людой|name]]. Она может взять [[Артёма|name]] в [[Ригу|place]] до Нового года. (I talked to [[Lyuda|name]].
She can take [[Artyom|name]] to [[Riga|place]] until New Year.)
[[Olga|name]] 09:11: нет. он ходит в школу тут. соцработница сказала нельзя (no. he goes to school here. the social worker said no)
Мама 09:15: Какая соцработница? (Which social worker?)
[[Olga|name]] 09:16: [[Рианнон|name]]. не знаю фамилию ([[Rhiannon|name]]. I don't know her surname)

Interpreter's note: "[[Тёма|name]]"/"[[Tyoma|name]]" and "[[Артём|name]]"/"[[Artyom|name]]" are Russian short and full forms used for
[[Artjoms|name]] (Latvian spelling); "[[Оленька|name]]" is a pet form of [[Olga|name]]; "[[Дима|name]]" is [[Dmitrijs|name]];
"[[Люда|name]]"
([[Lyuda|name]]) is [[Olga|name]]'s aunt, [[Ludmila Petrova|name]], in [[Riga|place]]. "Мама" is the contact name (mum).
"""),
    ("letter before proceedings under the public law outline", """Tame Brook Children's Services - Legal Gateway
Civic Centre, [[Darwall Street|address]], [[Walsall|place]]

PRIVATE AND CONFIDENTIAL - TO BE HANDED TO YOU BY YOUR SOCIAL WORKER, WITH A RUSSIAN TRANSLATION
Ms [[Olga Kuzmina|name]] and Mr [[Dmitrijs Volkovs|name]]
[[Flat 11, Hollyhedge House|address]]
[[14 Old Birchills|address]]
[[Walsall|place]] [[WS2 8QH|postcode]]

[[4 December 2026|date]]

Dear Ms [[Kuzmina|name]] and Mr [[Volkovs|name]],

LETTER BEFORE PROCEEDINGS: [[Artjoms KUZMINS|name]] (born [[25 April 2018|dob]]) and [[Alise VOLKOVA|name]] (born [[14 February 2024|dob]])

We are very worried about [[Artjoms|name]] and [[Alise|name]]. We are thinking about asking the Family Court to make orders about
them. Before we do that, we invite you to a meeting to talk about what must change.

Our worries are: (1) both of you drinking to the point where you cannot care for the children, including on [[18 November 2026|date]]
when [[Artjoms|name]] (8) was found caring for [[Alise|name]] (2) in the morning; (2) arguments and violence between you, heard by the
neighbours and by [[Artjoms|name]], who told his teacher on [[23/11/2026|date]] that "[[Dima|name]] pushed Mama into the door"; (3)
[[Artjoms|name]] missing school and being sent to buy alcohol; (4) [[Artjoms|name]] being used as your interpreter.

The meeting is on Friday [[11 December 2026|date]] at 10:00 at the Civic Centre. You can each bring a solicitor; legal aid is
free for this meeting. A Russian interpreter, Ms [[Sokolova|name]], will be there. A list of local solicitors is enclosed
(including [[Hadley|name]] & [[Kaur|name]] Solicitors, [[Lichfield Street|address]], [[Walsall|place]]).

Your references: Ms [[Kuzmina|name]], NI [[PX 60 31 58 B|ni]]; Mr [[Volkovs|name]], NI not known.

Mr [[Volkovs|name]], we understand you may be working in [[Liepāja|place]] at present. We have your number as [[+371 2614 8830|phone]].
Please ring me on [[01922 633 540|phone]], or email [[rhiannon.shale@tamebrook.gov.uk|email]].

Yours sincerely,
[[Rhiannon Shale|name]], Social Worker, and [[Marcus Deakin|name]], Team Manager
"""),
    ("child and family assessment analysis section", """CHILD AND FAMILY ASSESSMENT - ANALYSIS AND RECOMMENDATION
Children: [[Artjoms Kuzmins|name]] ("[[Tyoma|name]]"), 8; [[Alise Volkova|name]], 2. NHS [[257 293 6224|nhs]] / [[617 542 0306|nhs]]
Assessing worker: [[R. Shale|name]]. Start [[18/11/2026|date]]; completed [[07/12/2026|date]] (day 14).

Family history. [[Olga|name]] (33) was born in [[Daugavpils|place]] to a Russian-speaking family; she came to the UK in 2015 and worked
at a meat-packing plant in [[Darlaston|place]]. [[Artjoms|name]]'s father, [[Andris Bērziņš|name]], returned to Latvia in 2019 and
has no contact; his last known address is [[Rīgas iela 17-4|address]], [[Daugavpils|place]], [[LV-5401|postcode]]. [[Olga|name]] met
[[Dmitrijs|name]] ("[[Dima|name]]", 36) in 2022 at a friend's in [[Bescot|place]]; [[Alise|name]] was born at Walsall Manor on
[[14/02/2024|dob]]. [[Olga|name]]'s mother [[Valentina|name]] lives in [[Daugavpils|place]] and her aunt [[Ludmila|name]] in [[Riga|place]].

Analysis. [[Artjoms|name]] is a bright, funny, watchful boy who speaks Russian at home and English at school and is learning Latvian
on YouTube "for Babushka". He has taken on the care of his sister and the role of interpreter, and his attendance has
fallen. He told me he hides [[Alise|name]] "in the wardrobe with the iPad" when the adults fight. [[Olga|name]] is frank about
her drinking since [[Alise|name]]'s birth and has agreed to a referral to the Beacon Centre drug and alcohol service
(worker: [[Kasia Nowak|name]]). [[Dmitrijs|name]] has not engaged; he works away on a building site in [[Liepāja|place]] in
blocks of three weeks and drinks heavily when home. The household is safer when he is away.

Family network: Mrs [[Mavis Dunn|name]] at [[Flat 12|address]] has been a good neighbour; [[Olga|name]]'s friend [[Zanda Ozola|name]] from
[[Palfrey|place]] ([[07707 431 862|phone]]) has offered to take [[Artjoms|name]] to school; [[Valentina|name]] can come over for a
month from [[10 January|date]].

Recommendation: child protection conference for both children (neglect; emotional harm); legal planning meeting held
[[2/12/2026|date]], letter before proceedings issued [[4/12/2026|date]]; specialist DA work offered to [[Olga|name]]; a Russian
interpreter at every visit and no use of [[Artjoms|name]] as an interpreter.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 130 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 14:38 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "brother", "mother", "pastor", "rev", "uncle", "aunt", "aunty", "auntie", "nan", "nana", "nanna", "nanny", "gran",
           "granny", "grandad", "grandma", "mum", "mummy", "mam", "dad", "daddy", "mama", "madam", "bhai", "bhaji", "biji",
           "bebe", "bhua", "masi", "chacha", "babushka", "мама", "бабушка", "ਬੀਜੀ", "ਭੂਆ"}
_AFTER = {"ji", "sahib", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "india", "punjab", "haryana",
               "antigua", "antigua and barbuda", "barbuda", "the caribbean", "caribbean", "the west indies", "latvia", "latgale",
               "russia", "west midlands", "the west midlands", "the black country", "black country", "staffordshire", "sandwell"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs the sets before it) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's
# titles and kinship words (before a name: "Sister Claire Wootton", "Pastor Winston Hazell", "Uncle Clive", "Nanny Pat",
# "Madam Eleanor Fullwood"; and after one: "Gurmeet ji") and countries and regions ("Antigua", "India", "Punjab", "Latvia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
