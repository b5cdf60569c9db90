"""Set 117: a held-out hand-written set for the redaction detector, six more invented families in Wigan and Leigh, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set114.py, redaction_set115.py and redaction_set116.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed
here; its docstring, records, checker set-up and first documents read, the rest of its documents skimmed), the docstrings of
bench/redaction_set7.py to redaction_set113.py, printed with ast and searched only for the names of Wigan's towns and districts,
of communities and of document types (to see which towns and communities earlier sets used as a family's home), an ast listing
of bench/redaction_set15.py's top-level functions (it defines none; only its `problems` is imported, as set 21 does), the module
docstring and helpers of bench/redaction_handwritten.py (its first record and documents were seen in passing), and the ruff
settings in pyproject.toml. Phone numbers were made and checked with the phonenumbers library and NHS numbers and UPNs made and
checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking
and say so here.

Six families in the borough of Wigan, each from a town, district or estate no earlier set used as a family's home. Four white
British families: a young mother in Scholes, Wigan, with a grandmother in Whelley (Winstanley / Rigby / Hindley; rats, dog
faeces and fleas in a council house, a girl of 10 making her brother's bottles, a mother's depression, a partner who will not
engage; a pest contractor's job sheet starts it), a father and two children in Worsley Mesnes with the mother in Newtown
(Aspull / Birchall; a girl of 14 going missing, sexually exploited by older men from Atherton and Chorley), a mother and two
children on the Higher Folds estate in Leigh with the younger child's father in Atherton (Tyldesley / Heaton; poverty, a
benefit sanction, a food bank, domestic abuse and a non-molestation order, a boy of 7 waiting for an autism assessment) and a
father left alone with two boys in Hindley, the mother in Abram (Gaskell / Shaw / Woodcock; a boy of 13 missing school to
mind his brother, a mother and her new partner at the door). Two from communities no earlier set used: a Catalan family from
Girona and Salt in Ince-in-Makerfield (Vilaró / Casals / Ferrer; a father's coercive control over money, food and weight, a
girl of 13 restricting her eating, a mother who wants to go home with the children, a grandmother in Girona) and a Basotho
family from Lesotho on the Norley Hall estate in Pemberton (Letsie / Ntsane; a mother on a health and care worker visa
working nights, a boy of 12 hit with a belt and minding his sister, a church that offers help, a father in Maseru and a
grandmother in Teyateyaneng). 24 documents, four per family, half of them plain professional recording (a social worker's
home conditions assessment, a review child protection conference report, a child exploitation risk assessment, strategy
meeting minutes, a social worker's case notes for a week, child in need review minutes, a school's attendance letter to a
father, a chronology of significant events, a secondary school's multi-agency referral form, assessment visit notes with an
interpreter, a GP's safeguarding letter, a section 47 enquiry outcome report) and half the other writing a case file holds,
of types or in styles new to these sets where possible: a pest control technician's job sheet with a safeguarding note, a
grandmother's handwritten letter (scanned), a police missing from home report, Snapchat messages photographed and typed up by
a father, a food bank e-voucher, a mother's voice notes transcribed, a father's notes typed fast on his phone, an OCR'd scan
of a faxed police incident log (with its misread characters: O for 0, l for i), a grandmother's email in Catalan with a
translation, a class parents' WhatsApp group typed up, a pastor's email, and scanned pages of a pupil's school planner (with
names hyphenated across lines).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Spain, Lesotho); NHS numbers and UPNs (LA number 359 for Wigan) pass their check
digits; NI numbers have a valid format. The council (Borsdane Vale) and its landlord (Borsdane Vale Homes) are invented, and
so are the pest contractor (Makerfield Pest Control), the schools and nursery (Hallgate Primary, Tiny Steps, Mesnes Moor
High, Higher Folds Primary, Little Folds, Borsdane Academy, Castle Hill Primary, Westwood Brook High, Ince Clough Primary,
Pemberton Heath Academy, Kitt Green Primary), the GP practices (Hallgate Medical Practice, Lamberhead Green Medical Practice,
Ince Clinic) and the church (Kingdom Light Ministries); towns, districts, estates, real schools abroad, charities, NHS
bodies, hospitals, police forces, prisons, clubs, brands, apps, parks and rivers are real and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, Sgt, Insp, Father, Pastor, Sister, Nan, nana, Mum, me (as in "me mum"), the Catalan
senyora and àvia, the Sesotho Mme, Ntate and Nkhono) stay outside the name span; "Nkhono" (grandmother) and "àvia"
(grandmother) on their own are kinship words and are not names, and nor is "Nanas" in a message or a contact saved as "Mum"; a possessive
's and a bare s in texting or handwriting ("Jades", "ryans") stay outside; "SURNAME, First" is one span ("ASPULL, Summer",
"WINSTANLEY, Alfie-Jay", "VILARÓ CASALS, Núria", "GASKELL ,  Lee" as the OCR spaced it), an initial with a surname is one
span ("L  Ainscough", "D  MARSH", "'M. Letsie"), initials alone ("T", "WK") are not marked; a name broken by a line break or a
hyphen at a line's end is one span holding the break; social media usernames ("summz") are not marked, but a display name
that is a person's plain name or nickname is ("skye", "mase", "Shell W"); a collar number after a name stays outside; a
street address is one span, its town a place, its postcode a postcode, and a street named without a number is an address, as
is a neighbour's bare house number ("no. 25", "no. 11") and an address abroad ("Carrer de la Força 14", Girona; "Ha Thamae",
Maseru); towns, villages, districts and estates are places, at home or abroad ("Salt", "Ince", "Higher Ince", "Newtown",
"Trafford Park", "Teyateyaneng"); countries, counties and regions are not ("Spain", "Catalonia", "Lesotho", "Lancashire");
organisations are not marked even when they hold a town's or a person's name ("Wigan Life Centre", "Leigh Infirmary",
"Worsley Mesnes Health Centre", "Lamberhead Green Medical Practice", "Wigan and Leigh Women's Aid", "Leigh and District
Foodbank", "Borsdane Vale Council", "HMP Forest Bank", "Kingdom Light Ministries"); a school's name and its short form are a
school ("Hallgate", "Mesnes Moor", "borsdane", "Kitt Green", "Ince Clough"); a date of birth is dob, any other calendar date
with a day is date (a weekday before it stays outside, in Catalan too: "dimecres, 21 d'octubre de 2026"), and the bare day of a
diary line or a range is a date; months and years alone are not marked; pets (Bruno, Tilly) are not names; parks and rivers
are landmarks and stay unmarked (Pennington Flash, Lilford Park, Robin Park, the Douglas); a word that is a name and a town
is marked by what it refers to (Winstanley, Hindley, Shevington, Pennington, Aspull, Tyldesley, Hulton, Rose,
Lamb, Salt, Pau, Summer, Lowton).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a council, police or NHS
team, hub, station or clinic named by its town marks the town ("Wigan Central Children's Team", "Leigh police station",
"HINDLEY NPT", "the Leigh sexual health clinic", "Ince Family Hub", "the Leigh Warm Hub", "Wigan 0-19 service"), as set 21's
"Station: Hayle" did, while a charity's, practice's or church's own name holding a town is an organisation and stays whole
("Wigan Young Carers", "Wigan Women's Aid"); a town written after an organisation's name in a signature is a place
("Kingdom Light Ministries, Wigan"); a Sesotho teknonym ("'Mathabo", "mother of Thabo", "'Malineo") is the person's name and
is marked with its apostrophe; a Catalan double surname, with or without "i", is one span ("Roser Ferrer i Pujol"); a staff
number written like a house number ("Tech: Gary Shevington (no. 14)") is not an address; OCR'd identifiers keep their
misread characters inside the span ("17/1O/2O26", "O9/O2/1988", "MX2O  KFB", "HOUGHT0N", "CHARLlE") while a phone is given
with digits; a phone shown in place of an unsaved contact's name in a chat is a phone; a firm of solicitors named after people
marks the names ("Marsden", "Rawsthorn"); a police log or reference number is not marked, though the date inside "ref 0926
11/10" is; "since September" and the appeal "Children in Need" are not marked. No family here would
write its names in another script (Catalan and Sesotho are written in the Latin alphabet), so the set has no names in a
non-Latin script; it has names with accents and apostrophes instead ("Núria", "Vilaró", "Ana Lucía", "'Mathabo").

Self-check without the detector: `python -m bench.redaction_set117` (and tests/test_redaction_set117.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,048 gold spans, 572 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Winstanley / Rigby / Hindley family (white British), Scholes, Wigan ----------------------------------------------

HOME_A = d.Address("23 Tunstall Lane", "Scholes", "Wigan", "WN1 3RT")
NAN_A = d.Address("12 Wellington Street", "Whelley", "Wigan", "WN1 3SE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tiegan", "Winstanley")], dt.date(2016, 5, 19), addresses=[HOME_A], ids=["8955702566", "Z359526018159"],
       schools=["Hallgate Primary School"]),
    _p("s", "sibling", [("Alfie-Jay", "Winstanley")], dt.date(2023, 1, 8), addresses=[HOME_A], ids=["1266660267"],
       schools=["Tiny Steps Nursery"]),
    _p("m", "mother", [("Jade", "Winstanley")], dt.date(1995, 3, 2), addresses=[HOME_A], phones=["07713 141298"],
       ids=["3223628614", "JT 41 27 93 C"]),
    _p("o", "other", [("Kyle", "Rigby")], dt.date(1993, 10, 27), addresses=[HOME_A], phones=["07765 038275"]),
    _p("g", "grandparent", [("Patricia", "Hindley"), ("Pat", "Hindley")], dt.date(1961, 12, 4), addresses=[NAN_A],
       phones=["01942 600545"]),
    _p("p1", "professional", [("Lauren", "Ashurst")], phones=["01942 330878"], emails=["lauren.ashurst@borsdanevale.gov.uk"]),
], "c")

DOCS_A = [
    ("pest control technician's job sheet with a safeguarding note", """MAKERFIELD PEST CONTROL LTD - JOB SHEET / TREATMENT RECORD
Job no. MPC-26-10482     Client: Borsdane Vale Council (Housing Repairs) - tenant job     Priority: URGENT (rats, children in home)
Site: [[23 Tunstall Lane|address]], [[Scholes|place]], [[Wigan|place]] [[WN1 3RT|postcode]]     Tenant: Ms [[J. WINSTANLEY|name]]
Tenant tel: [[07713 141298|phone]]     Date of visit: Tues [[22/09/26|date]]     Tech: [[Gary Shevington|name]] (no. 14)
Access: tenant's partner ([[Kyle|name]]) let me in, tenant at the Co-op. 2 children in the house (girl approx 10, toddler).

FINDINGS
- Rats (brown) - heavy activity kitchen + under stairs + back yard. Droppings on worktops, in the toddler's high chair tray, in
  a bag of bread. Gnawed skirting by cooker. Burrow under the back yard flags next to the bins (approx 14 black bags, some
  split, nappies, food). Neighbour at [[no. 25|address]] (Mrs [[Rose Melling|name]]) came out and said she has been "on to the
  council since August" and the rats are coming through to hers.
- Dog faeces in the back bedroom and on the landing (2 dogs, Staffie x and a small terrier). Strong smell of urine throughout.
- Fleas - I was bitten on the ankles in the lounge. Girl had bites on her legs (I could see them, she was in shorts).

TREATMENT: tamper-resistant bait boxes x 6 (outside + under stairs), NO loose bait inside because of the kids and the dogs.
Proofing needed: hole behind the boiler pipe, air brick at the back. Referred back to Housing for the proofing and for the
bins. Revisit booked Tues [[29/09/26|date]] and Tues [[6/10/26|date]].

SAFEGUARDING NOTE (company policy 7 - any concern about a child or adult)
The girl ([[Tiegan|name]], she told me her name) made the little one a bottle while I was there and said she does it "when
[[Kyle|name]]'s asleep". She asked me if the rats could get in her bed. Said she sleeps with her nan in [[Whelley|place]] "sometimes"
because of the smell. The toddler had a dirty nappy the whole time I was there (about 50 mins), nobody changed it.
Reported to: office ([[Debbie|name]]) who phoned the council's front door at 13:20, ref given 26/44187. Told the tenant on the
phone that we had to pass it on. She said "fine, tell who you want, I've been asking for help for months".

Tech signature: [[G Shevington|name]]       Office use: passed to [[Lauren Ashurst|name]] (SW) [[23.9.26|date]] by email.
"""),
]

DOCS_A += [
    ("social worker's home conditions assessment", """HOME CONDITIONS ASSESSMENT (Graded Care Profile 2 summary and narrative)
Child(ren): [[Tiegan WINSTANLEY|name]] (DOB [[19/05/2016|dob]], NHS [[895 570 2566|nhs]]) and [[Alfie-Jay WINSTANLEY|name]]
(DOB [[08/01/2023|dob]], NHS [[126 666 0267|nhs]])
Address: [[23 Tunstall Lane|address]], [[Scholes|place]], [[WN1 3RT|postcode]]     Parent/carer: [[Jade Winstanley|name]] (mother);
[[Kyle Rigby|name]] (mother's partner, not the children's father)
Assessed by: [[Lauren Ashurst|name]], Social Worker, [[Wigan|place]] Central Children's Team     Visits: [[24 September 2026|date]]
(announced),
[[30 September 2026|date]] (unannounced), [[7 October 2026|date]] (announced, with the health visitor, [[Sue Catterall|name]])

1. Why this assessment
A job sheet from the council's pest contractor on [[22/09/2026|date]] (rats, dog faeces, fleas, a girl of 10 making a toddler's
bottle) followed two earlier contacts: the school ([[Hallgate
Primary|school]]) in June about [[Tiegan|name]]'s hygiene and head lice,
and the health visitor in July when [[Alfie-Jay|name]] missed his 2-year review twice.

2. What I saw
On [[24 September|date]] the front room was usable; the kitchen was not (see the job sheet). There was no food in the fridge except
milk and a jar of sauce; [[Jade|name]] said she shops daily at the Spar on [[Greenough Street|address]] "cos the rats get into everything".
[[Tiegan|name]]'s bed had no sheet and a duvet with no cover; [[Alfie-Jay|name]] sleeps in a travel cot in [[Jade|name]]'s room. On
the [[30th|date]] the dogs' mess had been cleared and the bags moved to the front; [[Kyle|name]] said he'd "done a tip run"
with his mate [[Wayne Hurst|name]] in [[Wayne|name]]'s van ([[PN19 XKT|vehicle]]). On [[7 October|date]] the bait boxes were in;
the gas had been capped by the engineer because of the boiler pipe.

3. GCP2 grades (1 best, 5 worst): physical care 4 (nutrition 4, housing 5, clothing 3, hygiene 4); safety 4 (in presence 3, in
absence 4 - [[Tiegan|name]] left minding [[Alfie-Jay|name]]); love and care 3; stimulation 3; approval 2.

4. The family's views
[[Jade|name]] is 31, has lived in [[Scholes|place]] all her life and grew up two streets away with her mum, Mrs [[Pat Hindley|name]],
now in [[Whelley|place]]. She says she has had depression since [[Alfie-Jay|name]]'s birth and "just stopped coping" when her
job at the Co-op went to nights in May. She blames the landlord (Borsdane Vale Homes) for the rats, with some justice: the
repairs log shows reports on [[4 August|date]], [[19 August|date]] and [[2 September|date]]. [[Kyle|name]] (33) works cash-in-hand
for a removals firm in [[Ince|place]] and sleeps in the day. He says "I'm not their dad, it's not on me".
[[Tiegan|name]] told me, with her nan in the room at [[Wellington Street|address]], that she likes "school dinners best" and
that she worries about "[[Alfie|name]] getting bit". Her dad, [[Brandon Aldred|name]], lives in [[Skelmersdale|place]] and sees
her "at Christmas".

5. Analysis and plan
The home is a risk to both children's health, and [[Tiegan|name]] carries care that is not hers. [[Jade|name]] loves them and is
honest about struggling. Plan: housing to proof and deep clean by [[16/10|date]]; the children to stay with Mrs
[[Hindley|name]] until the kitchen is safe (agreed by all); GP appointment for [[Jade|name]] (Dr [[Okafor|name]], Hallgate Medical
Practice) on [[12 October|date]]; a young carers referral for [[Tiegan|name]]; early help to follow if things improve, a
strategy discussion if not.
"""),
]

DOCS_A += [
    ("grandmother's handwritten letter to the social worker", """[scanned and added to the file by business support [[09/10/2026|date]]
- handwritten, 2 sides of lined paper, no envelope]

                                                               [[12 Wellington St|address]]
                                                               [[Whelley|place]]
                                                               Weds [[7th Oct|date]]
Dear [[Lauren|name]],

You said to write it down if it was easier so here goes, sorry for the spelling. I am [[Tiegan|name]]s nan, [[Jade|name]]s mum,
[[Pat|name]].

I have had the kids here since the 24th and I will keep them as long as they need but I am 64 and my chest is bad and I
am in a one bed flat so [[Tiegan|name]] is on the settee and our [[Alfie|name]] is in with me. I dont mind. I just want you to know
its not new. [[Jade|name]] was like this after our [[Kyle|name]] died - thats my son [[Kyle|name]], not her fella - he died 2019 on
the [[14th of March|date]] and she went right down. Then she met this [[Kyle|name]] ([[Rigby|name]]) and I thought it would help, it
didnt. He dosnt lift a finger. He had a go at me on the door on Sunday [[4th|date]] when I came for [[Tiegan|name]]s uniform, called
me a nosy old cow in front of [[Rose|name]] next door.

Things you asked about -
[[Tiegan|name]] is good at school, Mrs [[Fairhurst|name]] her teacher at [[Hallgate|school]] says so. She was doing [[Alfie|name]]s
bottles since he was a baby, I seen it, I told [[Jade|name]] it wasnt right.
The dogs are [[Kyle|name]]s. Bruno and Tilly. The little one bit [[Alfie|name]] in the summer holidays on his hand, it didnt need
stitches.
[[Jade|name]]s dad is [[Tony Hindley|name]] he lives in Spain now, no thats wrong, he's in [[Benidorm|place]] I mean,
he wont help.

My phone is [[01942 600545|phone]] or ring my neighbour [[Marjorie|name]] on [[07403 878282|phone]] if I dont answer, she'll knock.

Please dont let them go back till its proper clean. And please dont tell [[Kyle|name]] I wrote this.

Yours sincerely
[[Pat Hindley|name]] ([[Patricia|name]])
"""),
]

DOCS_A += [
    ("child protection review conference report", """BORSDANE VALE COUNCIL - CHILDREN'S SERVICES
REPORT TO THE REVIEW CHILD PROTECTION CONFERENCE - Thursday [[26 November 2026|date]], 10:00, Wigan Life Centre (room 3.14)
Children: [[WINSTANLEY, Tiegan|name]] (10), DOB [[19.05.2016|dob]], UPN [[Z359526018159|upn]], [[Hallgate Primary School|school]];
[[WINSTANLEY, Alfie-Jay|name]] (3), DOB [[08.01.2023|dob]], [[Tiny Steps Nursery|school]] (15 hours, funded)
Category: neglect (initial conference [[15 October 2026|date]])     Chair: [[Hannah Prescott|name]], IRO
Author: [[Lauren Ashurst|name]], Social Worker, [[01942 330878|phone]], [[lauren.ashurst@borsdanevale.gov.uk|email]]

1. Progress against the plan
1.1 Home conditions: the landlord proofed the kitchen on [[20 October|date]] and Makerfield Pest Control (the
    council's pest contractor) signed it off on [[3 November|date]]. A deep clean was done by the family and the church group from St
    Catharine's on [[31 October|date]] and [[1 November|date]]. The children went home on [[6 November|date]] after a planned
    visit. Unannounced visits on [[11|date]], [[17|date]] and [[24 November|date]] found the home acceptable (GCP2 physical care now 2).
1.2 The dogs: [[Kyle Rigby|name]] rehomed the terrier with a friend in [[Hindley
    Green|place]]; the Staffie stays, crated at night.
1.3 [[Jade|name]]'s health: seen by Dr [[Okafor|name]] on [[12 October|date]]; sertraline increased; referred to talking therapies
    (first session [[2 December|date]]).
1.4 [[Tiegan|name]] as a young carer: assessed by Wigan Young Carers on [[5 November|date]]; she goes to their Tuesday group at
    the [[Pemberton|place]] hub and says it is "the best bit". School report her attendance up from 86% to 97% since half term.
1.5 [[Alfie-Jay|name]]: 2-year review done on [[29 October|date]] by [[Sue Catterall|name]] (HV) - speech a little behind, referred
    to the Speech and Language Therapy drop-in. Nursery (key person [[Amber Rushton|name]]) say he is "settled and eating
    everything".

2. What is still worrying
- [[Kyle|name]] has not engaged: he missed the core groups of [[28 October|date]] and [[18 November|date]], and on [[17 November|date]]
  [[Tiegan|name]] said he "shouted at mum cos tea wasn't ready". [[Jade|name]] says they are "on a break" and he is staying at
  his brother's in [[Platt Bridge|place]], but his work boots were in the hall.
- Rent arrears of £1,140 and a notice seeking possession (now paused while a payment plan is agreed).
- [[Jade|name]]'s friend [[Stacey Culshaw|name]] reported to the front door on [[20 November|date]] that [[Kyle|name]] "sells weed from
  the back gate". Police intelligence submitted; no action yet.

3. The children's views
[[Tiegan|name]] (seen alone at school [[24/11|date]]): "It's nice now. I want [[Kyle|name]] to stay at his brother's." She drew her
family: mum, [[Alfie|name]], nan, [[Rose|name]] from next door, and the dog.
[[Alfie-Jay|name]] is too young to say; he was relaxed with [[Jade|name]] and went to her for comfort.

4. Recommendation
The social worker recommends the plan continues for three more months, with the housing actions closed and a new action for
[[Kyle|name]] to attend a parenting assessment, and that the conference considers stepping down in February if the progress holds.
Grandmother, Mrs [[Patricia Hindley|name]] ([[01942 600545|phone]]), remains the family's safety net and should stay on the core group.
"""),
]


# --- B. Aspull / Birchall family (white British), Worsley Mesnes, Wigan ----------------------------------------------------

HOME_B = d.Address("31 Kenyon Road", "Worsley Mesnes", "Wigan", "WN3 5HG")
MUM_B = d.Address("8 Darlington Street East", "Newtown", "Wigan", "WN5 9AB")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Summer", "Aspull")], dt.date(2012, 7, 14), addresses=[HOME_B], phones=["07973 952270"],
       ids=["2927876320", "P359083016613"], schools=["Mesnes Moor High School"]),
    _p("s", "sibling", [("Mason", "Aspull")], dt.date(2015, 2, 3), addresses=[HOME_B], ids=["7504706205"]),
    _p("f", "father", [("Dean", "Aspull")], dt.date(1984, 11, 2), addresses=[HOME_B], phones=["07721 413941"],
       ids=["NH 52 71 08 A"]),
    _p("m", "mother", [("Kerry", "Birchall")], dt.date(1987, 4, 25), addresses=[MUM_B], phones=["07464 285795"]),
    _p("p1", "professional", [("Nathan", "Pennington")], phones=["01942 303437"], emails=["nathan.pennington@borsdanevale.gov.uk"]),
], "c")

DOCS_B = [
    ("police missing from home report", """GREATER MANCHESTER POLICE - MISSING PERSON REPORT (initial report and risk assessment)
Log: 2217 of [[17/10/2026|date]]     Risk: HIGH (raised from MEDIUM at 01:40 by Insp [[Khan|name]])
MISSING PERSON: [[ASPULL, Summer|name]]   Age 14   DOB [[14/07/2012|dob]]   Mobile [[07973 952270|phone]] (switched off since 21:12)
Home: [[31 Kenyon Road|address]], [[Worsley Mesnes|place]], [[WN3 5HG|postcode]]   Lives with: father [[Dean ASPULL|name]], brother
[[Mason|name]] (11)
Reported by: father, by 101 at 23:55 on [[17/10|date]], then 999 at 01:15 on [[18/10|date]]     Reporting officer: PC 11872
[[Ellie Gaskell|name]]

Last seen: Sat [[17 October|date]] about 19:30 getting into a dark grey Audi A3 ([[SG16 HWN|vehicle]], partial - "SG16 something", the
rest from a neighbour's doorbell camera) at the end of [[Kenyon Road|address]] by the chippy. Driver male, 20s, beard. Description: white,
5'4", slim, long dyed red hair, black North Face puffer, grey joggers, white Air Force trainers, small gold hoop nose ring.
Previous missing episodes: 4 this year (Aug x2, Sept x1, Oct x1), all found in [[Leigh|place]] or [[Atherton|place]]; once in
[[Bolton|place]] with an older male. RHI after each; she said little.
Associates: [[Skye Hart|name]] (15, [[Marsh Green|place]]); "T" / "[[Tyler|name]]" - believed [[Tyler KAY|name]], DOB [[03/03/2005|dob]],
[[Flat 6, Atherleigh Court|address]], [[Atherton|place]] (intel: drugs supply, flagged for CSE concerns); "[[Lewy|name]]" (unknown).
Mother: [[Kerry BIRCHALL|name]], [[8 Darlington Street East|address]], [[Newtown|place]], [[07464 285795|phone]] - not seen
[[Summer|name]]
since the [[11th|date]]. Social worker: [[Nathan Pennington|name]] (out of hours informed 00:30, [[Jo Halliwell|name]], EDT).

Risk factors ticked: child; CSE concerns; older male; in a car with an unknown male; phone off; no money; history of missing;
self-harm (cuts to arms, Sept); school attendance 61%.
Enquiries: [[Skye|name]]'s address - mum ([[Lisa Hart|name]]) says [[Skye|name]] in bed, not with [[Summer|name]];
[[Atherleigh Court|address]] -
no reply 02:20; ANPR on [[SG16 HWN|vehicle]] - [[Chorley|place]] 20:41, M61.

FOUND: [[18/10/2026|date]] 11:05 - [[Summer|name]] walked into [[Leigh|place]] police station with [[Skye Hart|name]]. Said she had
been "at a
party in [[Chorley|place]]" and "[[Tyler|name]] dropped us back". Cold, hungover, a new iPhone she could not explain, a bruise on her
left wrist. Handed to her father 12:30. Safe and well check: PC [[Gaskell|name]].
"""),
]

DOCS_B += [
    ("Snapchat messages photographed and typed up by the father", """[Typed up by SW [[Nathan Pennington|name]] on [[20/10/2026|date]]
from 11 photos [[Dean Aspull|name]] took of [[Summer|name]]'s phone
screen on the night of [[18 October|date]], while she slept. Spelling as it was. Screen names as shown; saved contact names in
brackets. Times are the phone's. A copy went to DC [[Forshaw|name]] the same day.]

Chat: "T 🖤" (saved as "[[tyler|name]] 🖤")
Fri 16:48  T 🖤: wat u doin 2moro
Fri 16:50  summz: nothin dad is being a knob
Fri 16:51  T 🖤: come out then. party at [[ryan|name]]s in [[chorley|place]]. bring [[skye|name]]
Fri 16:53  summz: cant my dads took my money
Fri 16:53  T 🖤: i got u. u kno i look after u. meet at chippy on [[kenyon rd|address]] 7
Fri 17:20  summz: ok 🥺 dont tell [[skye|name]] i said about my dad
Sat 02:12  T 🖤: where u gone
Sat 02:13  T 🖤: dont be a baby u owe me for that phone
Sat 02:13  T 🖤: [[lewy|name]] sez ur a good girl 😂
Sat 02:20  summz: i want to go home
Sat 02:21  T 🖤: stay at [[ryan|name]]s il take u in the morning

Chat: "[[skye|name]] 🌸" (saved as "[[Skye|name]] bestie")
Sat 09:02  [[skye|name]] 🌸: ru ok?? [[ryan|name]] is weird wtf
Sat 09:03  summz: no. my wrist hurts he grabbed me
Sat 09:04  [[skye|name]] 🌸: get ur dad to come
Sat 09:04  summz: NO hell kill [[tyler|name]] lol. get bus back to [[leigh|place]] with me?
Sat 09:06  [[skye|name]] 🌸: ok meet on [[market st|address]]

Chat: "Mum ❤️" (saved as "Mum")
Sun 10:15  Mum: [[Summer|name]] your dad says you went missing again. ring me
Sun 10:16  Mum: I'm at Nanas all day
Sun 10:40  summz: im fine stop

Chat: "[[mase|name]]" (saved as "[[Mason|name]] 🎮")
Sun 11:02  [[mase|name]]: r u home. dad was crying
Sun 11:03  summz: yh soz [[mase|name]] x

[SW note: "summz" is [[Summer|name]]'s own username and is not a name on its own. "Nanas" is the maternal grandmother, Mrs
[[Joan Birchall|name]] of [[Goose Green|place]]. [[ryan|name]] is unidentified; the police are trying to trace an address in
[[Chorley|place]].]
"""),
]

DOCS_B += [
    ("child exploitation risk assessment", """CHILD EXPLOITATION RISK ASSESSMENT (complex safeguarding screening tool, v4)
Name: [[Summer ASPULL|name]]   DOB: [[14.07.2012|dob]]   NHS: [[292 787 6320|nhs]]   UPN: [[P359083016613|upn]]
School: [[Mesnes Moor High School|school]] (Year 9)   Address: [[31 Kenyon Road|address]], [[Worsley Mesnes|place]], [[Wigan|place]]
[[WN3 5HG|postcode]]
Completed by: [[Nathan Pennington|name]] (SW) with DC [[Amy Forshaw|name]] (Complex Safeguarding Team) and [[Bex Lowe|name]] (school
DSL)     Date: [[21 October 2026|date]]     Overall level: SIGNIFICANT (sexual and criminal exploitation)

1. Going missing: five episodes since [[2 August 2026|date]], the last [[17|date]]-[[18 October|date]] (found after 15 hours;
   picked up by a car linked to an older male, returned by him to [[Leigh|place]]). Missing from school most Fridays.
2. Relationships with older people: "[[Tyler|name]]" ([[Tyler Kay|name]], 21, [[Atherton|place]]) - calls himself her boyfriend; gifts
   (an iPhone 15, vapes, nails done at a salon on [[Bradshawgate|address]] in [[Leigh|place]]); "[[Ryan|name]]" (unknown,
[[Chorley|place]]);
   "[[Lewy|name]]" (possibly [[Lewis Cunliffe|name]], 24, known for supply in [[Tyldesley|place]]).
3. Unexplained money and items: as above; [[Dean|name]] found £200 in her school bag on [[9 October|date]].
4. Substance use: vapes, cannabis, alcohol; said she had "a line" at the party in [[Chorley|place]].
5. Physical signs: a bruise on the wrist ([[18/10|date]]); self-harm cuts (September, seen by the school nurse, [[Carol Bibby|name]]).
6. Online: Snapchat (messages seen by her father - see the typed-up copy); TikTok; location sharing on with "[[Tyler|name]]".
7. Peers: [[Skye Hart|name]] (15) - also open to the team; two other girls from [[Marsh Green|place]] have been seen in the same car.
8. Family: parents separated in 2023. [[Summer|name]] lived with mum, [[Kerry Birchall|name]], in [[Newtown|place]] until March, then
   moved to dad after rows with mum's partner ([[Gav Unsworth|name]]). Dad works shifts at a warehouse in [[Skelmersdale|place]] and
   [[Summer|name]] minds [[Mason|name]] after school. Dad is frightened, honest and is working with us; mum feels pushed out.
9. Education: attendance 61%; on a reduced timetable since [[5 October|date]]; the head of year, Mr [[Ormerod|name]], is her trusted
adult.

[[Summer|name]]'s own words (to me in the car on [[20 October|date]]): "[[Tyler|name]]'s not like that, he's the only one who listens.
[[Ryan|name]]'s the creep. Don't tell my dad I said that."

Actions: a strategy meeting on [[22/10/2026|date]]; a child abduction warning notice to be considered for [[Tyler Kay|name]] and
"[[Ryan|name]]"; a referral to the Children's Society's exploitation service; a safety plan with [[Dean|name]] and [[Kerry|name]]; a
trusted adult plan at school; the NRM to be considered if criminal exploitation is confirmed.
"""),
]

DOCS_B += [
    ("strategy meeting minutes", """MINUTES - STRATEGY MEETING (s47, child exploitation)    Thursday [[22 October 2026|date]], 14:00,
Teams
Child: [[Summer Aspull|name]] ([[14/07/2012|dob]]), [[31 Kenyon Rd|address]], [[WN3 5HG|postcode]]
Chair: [[Michelle Gerrard|name]], Team Manager, Complex Safeguarding
Present: [[Nathan Pennington|name]] (SW); DC [[Amy Forshaw|name]] and DS [[Paul Heyes|name]] (GMP Complex Safeguarding, [[Wigan|place]]);
[[Bex Lowe|name]] (DSL, [[Mesnes Moor|school]]); [[Carol Bibby|name]] (school nurse); [[Jake Whittle|name]] (youth justice, for
information only - [[Summer|name]] is not known to them); [[Priya Naidu|name]] (minutes)
Apologies: Dr [[Sian Morris|name]] (GP, Worsley Mesnes Health Centre) - report sent

1. Information shared
Police: [[Tyler KAY|name]] has two previous arrests for possession with intent (2024, 2025) and a current investigation in
[[Wigan|place]]; his flat at [[Atherleigh Court|address]] in [[Atherton|place]] is linked to the [[Tyldesley|place]] line. The Audi
([[SG16 HWN|vehicle]])
is registered to his mother, Mrs [[Denise Kay|name]], of [[Hindley|place]]. "[[Ryan|name]]" may be [[Ryan Gorton|name]], 26, of
[[Chorley|place]] (Lancashire Constabulary to check). [[Summer|name]] did not disclose in her RHI with [[Kath Dootson|name]]
([[19 October|date]]).
School: since September [[Summer|name]] has spent lunchtimes in the toilets on her phone; three girls in Year 10 have said [[Tyler|name]]
"passes girls round". [[Skye Hart|name]] told [[Bex|name]] on [[21/10|date]] that "[[Summer|name]] goes with [[Ryan|name]] cos
[[Tyler|name]] says
she owes".
Health: seen on [[19/10|date]] at the [[Leigh|place]] sexual health clinic (walk-in, with [[Skye|name]]); emergency contraception given.
GP notes two A&E attendances this year.
Social care: father cooperative; mother ([[Kerry|name]], [[07464 285795|phone]]) asked for [[Summer|name]] to come back to her, but
[[Summer|name]] says no while [[Gav|name]] is there.

2. Decisions
- Threshold for s47 met: sexual exploitation. Joint investigation - DC [[Forshaw|name]] and [[Nathan|name]].
- Child abduction warning notices to [[Tyler Kay|name]] and (if identified) [[Ryan Gorton|name]] - DS [[Heyes|name]] by [[29/10|date]].
- [[Summer|name]]'s phone to be examined with her and [[Dean|name]]'s consent.
- [[Mason|name]] to be seen alone at [[St Jude's|school]] by [[Nathan|name]] this week.
- Initial child protection conference to be booked within 15 working days; a referral to the Children's Society.
- The family to be told today by [[Nathan|name]]; [[Dean|name]] to ring 999 immediately if [[Summer|name]] goes missing again, with the
  car's registration if he sees it.
Next meeting: [[5 November 2026|date]].
"""),
]


# --- C. Tyldesley / Heaton family (white British), Higher Folds, Leigh -----------------------------------------------------

HOME_C = d.Address("9 Stirrup Close", "Higher Folds", "Leigh", "WN7 2QZ")
DAD_C = d.Address("Flat 2, 40 Market Street", "", "Atherton", "M46 0DG")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Reece", "Tyldesley")], dt.date(2019, 4, 11), addresses=[HOME_C], ids=["1439641749", "T359186091390"],
       schools=["Higher Folds Primary School"]),
    _p("s", "sibling", [("Lacey-Mae", "Heaton"), ("Lacey-Mae", "Tyldesley")], dt.date(2022, 10, 30), addresses=[HOME_C],
       ids=["5034973715"]),
    _p("m", "mother", [("Carla", "Tyldesley")], dt.date(1998, 9, 23), addresses=[HOME_C], phones=["07754 748483"],
       ids=["JL 30 58 14 D"]),
    _p("f", "father", [("Jordan", "Heaton")], dt.date(1996, 1, 12), addresses=[DAD_C], phones=["07473 206182"]),
    _p("p1", "professional", [("Bethany", "Hulton")], phones=["01942 871055"], emails=["bethany.hulton@borsdanevale.gov.uk"]),
    _p("p2", "professional", [("Maureen", "Morris")], phones=["07458 623146"]),
], "c")

DOCS_C = [
    ("food bank referral voucher", """LEIGH AND DISTRICT FOODBANK - REFERRAL (e-voucher printout)          Voucher no. 0048-2611-7734
Referring agency: Borsdane Vale Council - Early Help ([[Leigh|place]] locality)     Referrer: [[Maureen Morris|name]] ("[[Mo|name]]"),
Family Support Worker, [[07458 623146|phone]]
Date issued: [[02/11/2026|date]]     Valid until: [[16/11/2026|date]]     Vouchers issued to this household in last 6 months: 3

CLIENT DETAILS
Name: [[Carla TYLDESLEY|name]]     DOB: [[23-09-1998|dob]]     Tel: [[07754 748483|phone]]
Address: [[9 Stirrup Close|address]], [[Higher Folds|place]], [[Leigh|place]]     Postcode: [[WN7 2QZ|postcode]]
Household: adults 1, children 2 (ages 7 and 4)     Names of children (optional): [[Reece|name]], [[Lacey-Mae|name]]
Dietary needs: [[Reece|name]] - will only eat beige food (autism assessment pending); no pork (none)
Can the client collect? NO - no bus fare. DELIVERY requested. Best time: after 3.30 (school run)

REASON FOR REFERRAL (tick main one): [x] benefit delay   [ ] benefit change   [x] low income   [ ] debt   [ ] homeless
[x] domestic abuse   [ ] sickness   [ ] child holiday meals   [ ] other
Notes for the food bank: UC sanction of 4 weeks after Mum missed a work coach appointment on [[14 October|date]] (she was at
A&E with [[Reece|name]]). Dad not paying anything. Gas and electric on emergency credit - fuel voucher also given. No cooker
(broken) - please include microwave meals and kettle foods. Nappies size 5 and wipes please, and some toiletries.
Please do NOT leave the parcel with the neighbour at [[no. 11|address]]; Mum's ex-partner's family live at [[no. 14|address]]
and there is a non-mol in place against him ([[Jordan Heaton|name]]). If no answer, ring Mum or ring me.

FOODBANK USE: parcel packed by [[Ken|name]] and [[Dorothy|name]], Wed [[4 Nov|date]]; delivered by [[Phil Smethurst|name]] (volunteer
driver)
Thurs [[5/11|date]] 15:45 - received by client. Signposted to: the [[Leigh|place]] Warm Hub (Tues), Citizens Advice (UC sanction
appeal), the [[Bedford|place]] community pantry (£5 a week).
"""),
]

DOCS_C += [
    ("social worker's case notes for one week", """CASE NOTES - [[Reece TYLDESLEY|name]] ([[11/04/2019|dob]]) and
[[Lacey-Mae HEATON|name]] ([[30/10/2022|dob]]) - child in need
Worker: [[Bethany Hulton|name]] (SW, [[Leigh|place]] and [[Atherton|place]] team)

[[09/11/2026|date]] 09:40 Phone call from [[Carla|name]] ([[07754 748483|phone]]). Food parcel came on Thursday, "thank [[Mo|name]]".
She said
[[Jordan|name]] drove past the house twice on Saturday in his mate's car (a red Corsa, she thinks [[MA67 RZO|vehicle]]) and
beeped. Advised to ring 999 if he breaches the order; she has the police log number from [[24 October|date]]. Told [[Mo|name]].
[[09/11/2026|date]] 14:15 Email from [[Higher Folds Primary|school]] (Mrs [[Lowton|name]]... correction: Ms [[Gail Lowton|name]],
SENCo): [[Reece|name]] is on the waiting list for the ASD pathway (referral [[12 June|date]]); he had a meltdown in PE and bit a
teaching assistant, Mrs [[Seddon|name]]. Exclusion not being considered. They want an EHCP request - I agreed to support.
[[10/11/2026|date]] 11:00 Home visit with [[Mo Morris|name]]. Home warm (gas topped up), cooker still broken. [[Lacey-Mae|name]] was at
nursery ([[Little Folds|school]]); [[Reece|name]] at school. [[Carla|name]] tearful; said she's "sick of begging". Her friend
[[Sharon Leyland|name]] ("[[Shaz|name]]") was there and said she'd have the kids overnight when [[Carla|name]] needs a break. Gave
[[Carla|name]] the number of the Wigan and Leigh Women's Aid outreach worker, [[Tasha|name]]. She has not been to the GP about her mood;
she agreed to ring for an appointment at the Bridgewater practice on [[Chapel Street|address]]. She asked if [[Reece|name]]'s dad,
[[Liam Doherty|name]] (in HMP Forest Bank, release date [[18 March
2027|date]]), "has to be told anything". Will check with legal.
[[11/11/2026|date]] 16:30 Call from [[Jordan Heaton|name]] ([[07473 206182|phone]]) - angry, wants to see [[Lacey-Mae|name]]; says
[[Carla|name]] is "stopping him" and that he is moving from [[Atherton|place]] to his mum's in [[Tyldesley|place]]. Explained the
non-molestation order is the court's, not ours, and that he can apply for contact through the court. He said "[[Carla|name]]'s
lying about [[24 October|date]], ask [[Shaz|name]]". Recorded; no threats made.
[[12/11/2026|date]] 10:05 Strategy? No - discussed with TM ([[Gareth Lyon|name]]): remain CIN; review [[26 November|date]].
[[13/11/2026|date]] 12:20 Nursery manager [[Donna Ratcliffe|name]] rang: [[Lacey-Mae|name]] said "daddy shouted at mummy in the car".
[[Carla|name]] says [[Jordan|name]] turned up at the nursery gate on [[Leigh Road|address]] on the [[12th|date]] and she got in his car
"to stop a scene". Nursery to record and update the safety plan; I will visit tomorrow.
"""),
]

DOCS_C += [
    ("mother's voice notes to the family support worker, transcribed", """[Voice notes sent by [[Carla Tyldesley|name]] to
[[Mo Morris|name]]'s work phone ([[07458 623146|phone]]) on [[14|date]] and
[[15 November 2026|date]]. Transcribed word for word by [[Mo|name]] at [[Carla|name]]'s request, for the review. Ums left out.]

VOICE NOTE 1 - Sat 21:47 (1 min 52)
hiya [[Mo|name]] it's [[Carla|name]] sorry it's late, I know you're not working, just listen Monday. so [[Jordan|name]]'s mum rang me,
[[Bev|name]],
[[Beverley Heaton|name]], and she was nice as pie, saying she'll have [[Lacey|name]] Saturdays at hers in [[Tyldesley|place]] and
[[Jordan|name]] won't be there. and I want to say yes cos [[Lacey|name]] loves her nana [[Bev|name]], but I don't trust it. he lives there
now. anyway. [[Reece|name]] had a good day today, we went to Pennington Flash... no, not the flash, the park, Lilford
Park, fed the ducks. he said duck forty times. that's big for him.

VOICE NOTE 2 - Sat 21:50 (0 min 38)
oh and the cooker, [[Gary|name]] from [[no. 11|address]] had a look, he's a gas fitter, says it's the ignition and it's thirty quid.
I'll ask [[Shaz|name]] to lend me it.

VOICE NOTE 3 - Sun 08:12 (2 min 30)
morning. [[Mo|name]] I've not slept. he was outside again at like two o'clock, I heard the car, I looked through the blind
and it was the red car and he just sat there with the engine on. I didn't ring 999 cos the kids were asleep and I
didn't want blue lights and [[Reece|name]] going off. I've texted [[Bethany|name]]. I'm gonna go to me mum's... well, not me
mum, me mum's in [[Rhyl|place]], I mean [[Shaz|name]]'s, on [[Twist Lane|address]], with the kids today. and can you ask [[Bethany|name]]
what happens with court, cos my solicitor, [[Anita|name]] at [[Marsden|name]] [[Rawsthorn|name]], says the order runs out in January.

VOICE NOTE 4 - Sun 19:30 (0 min 21)
we're home. [[Shaz|name]] came back with us. [[Reece|name]] says hiya [[Mo|name]]. say hiya [[Reece|name]]. ... he's gone shy. see you
Tuesday x
"""),
]

DOCS_C += [
    ("child in need review minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Reece Tyldesley|name]] (7) and [[Lacey-Mae Heaton|name]] (4), [[9 Stirrup Close|address]], [[Higher Folds|place]],
[[WN7 2QZ|postcode]]
Date: [[26.11.2026|date]], 13:30, at [[Higher Folds Primary School|school]]     Chair: [[Gareth Lyon|name]] (Team Manager)
Present: [[Carla Tyldesley|name]] (mum), with [[Sharon Leyland|name]] (friend, at [[Carla|name]]'s request); [[Bethany Hulton|name]] (SW);
[[Maureen Morris|name]] (FSW); [[Gail Lowton|name]] (SENCo); [[Donna Ratcliffe|name]] ([[Little Folds|school]] nursery);
[[Tasha Greenall|name]] (Women's Aid outreach, by phone)
Not invited: [[Jordan Heaton|name]] (non-molestation order; his views were taken by phone on [[20/11|date]] and are summarised below)
Apologies: health visitor ([[Claire Unsworth|name]]) - written update

1. How things are going (mum)
[[Carla|name]] said the food and fuel help "got us through November". The UC sanction was overturned on [[18 November|date]] with
Citizens Advice's help and back pay is due on [[3 December|date]]. The cooker is fixed (a neighbour, [[Gary Pimblett|name]], did it).
She still feels low; GP appointment on [[1 December|date]] with Dr [[Aziz|name]].

2. [[Reece|name]]
School report good progress with a visual timetable; no biting since [[10/11|date]]. The EHCP request went in on [[23 November|date]].
Paediatric ASD assessment booked at Leigh Infirmary (Child Development Centre) for [[19 January 2027|date]]. [[Reece|name]]'s
father, [[Liam Doherty|name]], is in prison; legal advice is that he has parental responsibility and should be told about the
EHCP request in writing - [[Bethany|name]] to write to him at HMP Forest Bank.

3. [[Lacey-Mae|name]]
Nursery: happy, talking well, but on [[13/11|date]] said "daddy shouted at mummy". Since then no concerns. She asks for her nana
([[Beverley Heaton|name]]).

4. [[Jordan|name]] and safety
Police: two reports of [[Jordan|name]] parking outside on [[7|date]] and [[15 November|date]]; he was arrested for breach on
[[16/11/2026|date]], released on bail not to enter [[Stirrup Close|address]] or [[Leigh Road|address]]. [[Jordan|name]]'s view (phone,
[[20/11|date]]): he denies the breach, says he was "visiting a mate on the estate", wants contact with [[Lacey-Mae|name]] and has
applied to court (C100 filed [[17 November 2026|date]]). His mother, Mrs [[Heaton|name]], has offered supervised time at her home in
[[Tyldesley|place]]; [[Carla|name]] is not against this if [[Jordan|name]] is not there.
[[Tasha|name]]: the MARAC on [[12/11|date]] kept [[Carla|name]] at high risk; a panic alarm is fitted.

5. Decisions
Stay on a child in need plan; review [[25 February 2027|date]]. A Cafcass safeguarding letter is awaited. [[Bethany|name]] to assess
Mrs [[Beverley Heaton|name]]'s home before any time there. [[Mo|name]] to continue weekly visits to [[31 January|date]].
"""),
]


# --- D. Gaskell / Shaw family (white British), Hindley --------------------------------------------------------------------

HOME_D = d.Address("16 Borsdane Avenue", "", "Hindley", "WN2 3TL")
MUM_D = d.Address("3 Simpkin Street", "Abram", "Wigan", "WN2 5QD")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Charlie", "Gaskell")], dt.date(2013, 9, 1), addresses=[HOME_D], ids=["9985650476", "Y359996030824"],
       schools=["Borsdane Academy"]),
    _p("s", "sibling", [("Harvey", "Gaskell")], dt.date(2017, 12, 5), addresses=[HOME_D], ids=["9538593146", "V359628194821"],
       schools=["Castle Hill Primary School"]),
    _p("f", "father", [("Lee", "Gaskell")], dt.date(1986, 6, 15), addresses=[HOME_D], phones=["07903 692707"],
       emails=["leegaskell86@hotmail.co.uk"], ids=["WP 86 15 62 B"]),
    _p("m", "mother", [("Nicola", "Shaw"), ("Nicola", "Gaskell")], dt.date(1988, 2, 9), addresses=[MUM_D], phones=["07425 988246"]),
    _p("p1", "professional", [("Amir", "Siddiqui")], phones=["01942 211482"], emails=["amir.siddiqui@borsdanevale.gov.uk"]),
], "c")

DOCS_D = [
    ("school's attendance letter to a father", """[[BORSDANE ACADEMY|school]]
[[Liverpool Road|address]], [[Hindley|place]], [[Wigan|place]] [[WN2 3HQ|postcode]]   Tel [[01942 259609|phone]]

PRIVATE AND CONFIDENTIAL
Mr [[L Gaskell|name]]
[[16 Borsdane Avenue|address]]
[[Hindley|place]]
[[WN2 3TL|postcode]]
                                                                                                [[2nd October 2026|date]]
Dear Mr [[Gaskell|name]]

Re: [[Charlie Gaskell|name]] (Year 8, tutor group 8HN), date of birth [[1 September 2013|dob]]

I am writing because [[Charlie|name]]'s attendance since the start of term is 54%. He has missed 11 of the 24 days since
[[3 September|date]], all recorded as "ill" by phone, and he was late on 6 of the days he came. Last year his attendance was 93%.

We know things have changed at home. When I met you on [[18 September|date]] you told me that [[Charlie|name]]'s mum, Mrs
[[Nicola Gaskell|name]],
left the family home in August and that you are now looking after [[Charlie|name]] and [[Harvey|name]] on your own while working
shifts at the depot in [[Westhoughton|place]]. [[Charlie|name]] has told his head of year, Mr [[Hartley Nelson|name]], that he stays home
to "get [[Harvey|name]] to school" when you are on an early, and that he "can't sleep".

On Friday [[25 September|date]] our attendance officer, Mrs [[Janet Cross|name]], made a home visit at 10:15. Nobody answered. Your
neighbour (Mr [[Pownall|name]], [[no. 18|address]]) told her he had seen [[Charlie|name]] go to the shop on [[Atherton Road|address]]
at 9:30. We also had a call on [[29 September|date]] from [[Castle Hill Primary|school]] to say [[Harvey|name]] had been collected at
3.15 by [[Charlie|name]] alone on four days.

We are not starting a fine or prosecution. We want to help. I would like to invite you to an attendance support meeting on
Thursday [[8 October 2026|date]] at 8.45am, with [[Charlie|name]], Mrs [[Cross|name]] and our family liaison worker
([[Kirsty Lathom|name]]).
With your agreement we will also ask the council's Early Help team to come, or, if you prefer, I can make a referral to
children's services. If you cannot make this time please ring me on the number above (ext. 214) or email
[[d.penketh@borsdaneacademy.org.uk|email]].

Yours sincerely

[[D. Penketh|name]]
Mrs [[Diane Penketh|name]], Deputy Headteacher (Designated Safeguarding Lead)
cc: [[Nicola Gaskell|name]] (mother, parental responsibility) - by email
"""),
]

DOCS_D += [
    ("father's notes typed fast on his phone", """[Notes app on [[Lee Gaskell|name]]'s phone, shared by him with the social worker
([[Amir Siddiqui|name]]) by email on [[14/10/2026|date]] -
"so you know what its been like". Pasted as sent; autocorrect left in.]

Thurs [[1 oct|date]]
[[nic|name]] messaged at 2am again drunk. says shes having the lads weekend. NO shes not said to [[kian|name]] her new fellas not having
them in [[abram|place]]. [[charlie|name]] heard me on the phone. sorry mate

sat [[3rd|date]]
took boys to robin park, [[harv|name]] got new trainers. [[charlie|name]] quiet. asked him is it school he said no its everything

mon [[5th|date]]
early shift. [[charlie|name]] didnt go in. school rang 10.20. I rang him 4 times he was asleep. need to sort
[[nic|name]] didnt pick [[harvey|name]] up even tho she said she wud. [[charlie|name]] got him

tue [[6|date]]
letter from [[borsdane|school]]. meeting thurs. rang [[nic|name]], she said its my fault. told her i'll put it in writing
mum ([[Jean|name]]) said she can do [[harvey|name]] mornings from next wk if i drop him at hers in [[Hindley Green|place]]

thurs [[8|date]]
meeting at school. mrs [[penketh|name]] was ok. mrs [[cross|name]] said early help. said yes. [[charlie|name]] cried in the meeting
first time ive seen him cry since he was [[harvey|name]]s age. he said he worries im going to leave as well

sat [[10|date]]
[[nic|name]] came round 8pm with [[kian|name]] in the car outside. shouting on the step about money. [[harvey|name]] hid upstairs
next door ([[dave|name]]) came out. I shut door. she kicked it and said she'd have the boys off me with a solicitor.
[[charlie|name]] got a text from her at 11pm saying "ur dads a loser". screenshot.

sun [[11|date]]
rang 101. ref 0926 [[11/10|date]]. they said its civil unless theres threats.

tue [[13|date]]
[[Amir|name]] from early help? no social services. rang me. coming thurs [[15th|date]] 4pm. boys home for 4.
ALSO find out about [[Charlie|name]] seeing someone for his head. Kooth?
"""),
]

DOCS_D += [
    ("OCR'd scan of a police domestic incident log", """[Scanned from a faxed printout received from the police on [[21/10/2026|date]];
text recognised by the scanner (OCR) and not
corrected, so some characters are wrong. Added to [[Charlie|name]]'s file by [[A. Siddiqui|name]].]

GMP  - STORM  INCIDENT  LOG   I NCIDENT  No:  2026/10/17-0388       C LOSED
0pened :  [[17/1O/2O26|date]]   21:53     Class :  DOMESTIC  (NON -CRIME)     Grade : 2
Location :  [[16  BORSDANE  AVE|address]] ,  [[HINDLEY|place]] ,  [[WN2  3TL|postcode]]
Caller :  [[GASKELL ,  Lee|name]]   ( IP /  PARENT )    Tel :  [[07903  692707|phone]]
Other party :  [[SHAW ,  Nicola|name]]   D0B  [[O9/O2/1988|dob]]   ( ex - partner )   of  [[3  Simpkin  St|address]] ,  [[Abram|place]]
Children present :  [[GASKELL ,  Charlie|name]]   ( 13 )  ;   [[GASKELL ,  Harvey|name]]   ( 8 )
Third party : [[WOODCOCK , Kian|name]]  ( partner of  other party ) ,  veh  [[MX2O  KFB|vehicle]]  ( black Golf )

21:53  CALLER STATES  EX  PARTNER  AT  D0OR  SHOUTING ,  HAS  KICKED  D00R ,  CHILDREN  ARE  IN  HOUSE ,  YOUNGEST  UPSTAIRS
       CRYING .  MALE  IN  CAR  0UTSIDE  REVVING  ENGINE .
21:55  RESOURCE  ASSIGNED  -  PC  [[HOUGHT0N|name]]  /  PC  [[L  Ainscough|name]]   ( [[HINDLEY|place]]  NPT )
22:04  FURTHER  CALL  FROM  NEIGHB0UR  ( [[D  MARSH|name]] ,  [[N0 .  14|address]] )  -  FEMALE  NOW  IN  CAR ,  CAR  LEFT  TOWARDS
       [[ATHERT0N  R0AD|address]]
22:19  0FFICERS  0N  SCENE .  Mr  [[GASKELL|name]]  SPOKE  T0 .  D00R  PANEL  CRACKED .  BOTH  CHILDREN  SEEN  AND  SPOKEN  T0 ,  SAFE .
       OLDER  CHILD  ( [[CHARLlE|name]] )  SAYS  MUM  SCREAMED  "I'LL  TAKE  THEM  0FF  Y0U" .   N0  INJURIES .
22:41  [[SHAW|name]]  SP0KEN  T0  BY  PH0NE  ( [[07425  988246|phone]] )  -  STATES  SHE  WANTED  T0  SEE  HER  KIDS ,  [[GASKELL|name]]
       WONT  LET  HER ,  ADMITS  KICKING  D00R .  ADVISED .  STATES  SHE  WILL  G0  T0  C0URT .
22:58  DASH  C0MPLETED  WITH  CALLER  -  STANDARD .   [[KIAN  W00DC0CK|name]]  N0T  TRACED  AT  [[ABRAM|place]]  ADDRESS .
23:10  PPN  ( CHILD )  SUBMITTED  X2 .   CRIMINAL  DAMAGE  -  IP  D0ES  N0T  SUPP0RT .   CL0SED  BY  SGT  [[PRESC0TT|name]]  4471 .
"""),
]

DOCS_D += [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Charlie GASKELL|name]] (DOB [[01/09/2013|dob]], NHS
[[998 565 0476|nhs]], UPN [[Y359996030824|upn]])
and [[Harvey GASKELL|name]] (DOB [[05/12/2017|dob]], NHS [[953 859 3146|nhs]], UPN [[V359628194821|upn]])
Compiled by [[Amir Siddiqui|name]], Social Worker, for the child and family assessment. Sources in brackets.

[[01/09/2013|date]]  [[Charlie|name]] born at Royal Albert Edward Infirmary to [[Nicola|name]] and [[Lee Gaskell|name]] (health records).
[[05/12/2017|date]]  [[Harvey|name]] born (health records). Family living at [[Borsdane Avenue|address]], [[Hindley|place]], since 2015.
[[14/02/2021|date]]  Police called by a neighbour to a row between the parents; both said "just an argument" (GMP).
2022 to 2024        No contact with services. [[Charlie|name]]'s primary attendance 95-97% ([[Castle Hill Primary|school]]).
[[09/08/2026|date]]  [[Nicola|name]] leaves the home; moves in with [[Kian Woodcock|name]] at [[3 Simpkin Street|address]],
[[Abram|place]] (father).
[[18/09/2026|date]]  Father meets the DSL at [[Borsdane Academy|school]] about [[Charlie|name]]'s attendance (school).
[[25/09/2026|date]]  Attendance officer's home visit, no answer; [[Charlie|name]] seen at the shop at 9:30 by a neighbour (school).
[[02/10/2026|date]]  School letter: attendance 54% (school).
[[08/10/2026|date]]  Attendance support meeting; [[Charlie|name]] cries and says he worries his dad will "leave as well"; early help
                    consent given (school; father's own notes).
[[10/10/2026|date]]  [[Nicola|name]] at the door shouting about money; [[Harvey|name]] hides; text to [[Charlie|name]] "ur dads a loser"
                    (father's notes; screenshot seen).
[[14/10/2026|date]]  Referral stepped up to social care after the father's notes and the school's second call (front door).
[[15/10/2026|date]]  Home visit: home clean, food in, father tired and tearful; boys' grandmother, Mrs [[Jean Gaskell|name]], of
                    [[Hindley Green|place]], helping with mornings (SW).
[[17/10/2026|date]]  Police called by father: [[Nicola|name]] kicks the door, [[Kian|name]] in the car outside; PPNs for both boys (GMP).
[[20/10/2026|date]]  [[Charlie|name]] seen alone at school: "I just want it to stop. I want to see mum but not at [[Kian|name]]'s" (SW).
[[22/10/2026|date]]  [[Nicola|name]] seen at [[Abram|place]] with [[Kian|name]] present; says [[Lee|name]] "turned the boys against
me"; wants the
                    boys every weekend; agrees to mediation (SW).
[[30/10/2026|date]]  [[Charlie|name]] referred to the school-based mental health support team (school).
[[04/11/2026|date]]  Mediation (MIAM) attended by father only; mother cancels (mediator, [[Rachel Tonge|name]]).
[[11/11/2026|date]]  [[Charlie|name]]'s attendance since half term 92% (school).
[[19/11/2026|date]]  [[Harvey|name]] tells his teacher, Miss [[Heyes|name]], that "mummy's friend [[Kian|name]] pushed mummy at the
                    park" on [[14 November|date]] during a visit (school; passed to police, ref 26/4412).
"""),
]


# --- E. Vilaró / Casals family (Catalan), Ince-in-Makerfield ------------------------------------------------------------

HOME_E = d.Address("27 Belle Green Lane", "Ince", "Wigan", "WN2 2DN")
AVIA_E = d.Address("Carrer de la Força 14, 2n 1a", "", "Girona", "17004")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Núria", "Vilaró"), ("Nuria", "Vilaro")], dt.date(2013, 5, 6), addresses=[HOME_E],
       ids=["9405957481", "M359993518190"], schools=["Westwood Brook High School"]),
    _p("s", "sibling", [("Pau", "Vilaró")], dt.date(2017, 3, 22), addresses=[HOME_E], ids=["1136069208", "R359937865797"],
       schools=["Ince Clough Primary School"]),
    _p("f", "father", [("Jordi", "Vilaró")], dt.date(1983, 2, 27), addresses=[HOME_E], phones=["07513 633010"],
       ids=["SW 27 83 40 C"]),
    _p("m", "mother", [("Montserrat", "Casals"), ("Montse", "Casals")], dt.date(1985, 8, 8), addresses=[HOME_E],
       phones=["07422 262673", "+34 640 13 54 23"], emails=["montse.casals.f@gmail.com"]),
    _p("g", "grandparent", [("Roser", "Ferrer")], dt.date(1958, 11, 19), addresses=[AVIA_E], phones=["+34 636 54 53 77"]),
    _p("p1", "professional", [("Helen", "Pimblett")], phones=["01942 535203"], emails=["helen.pimblett@borsdanevale.gov.uk"]),
], "c")

DOCS_E = [
    ("secondary school's multi-agency referral form", """MULTI-AGENCY REFERRAL FORM (MARF) - to the Borsdane Vale Children's Front Door
Referrer: [[Siobhan Rimmer|name]], Designated Safeguarding Lead, [[Westwood Brook High School|school]], [[01942 879158|phone]]
Date/time: Monday [[12 October 2026|date]] 15:20     Consent: parents NOT informed (see section 5)

CHILD: [[VILARÓ CASALS, Núria|name]]   DOB [[06/05/2013|dob]]   Year 9   UPN [[M359993518190|upn]]
Known as: [[Nuri|name]]   First language: Catalan (also Spanish; English good)   Religion: none given
Address: [[27 Belle Green Lane|address]], [[Ince|place]], [[Wigan|place]] [[WN2 2DN|postcode]]
Parents: father [[Jordi VILARÓ PUIG|name]] ([[07513 633010|phone]]) - engineer at a food factory in [[Trafford Park|place]]; mother
[[Montserrat CASALS FERRER|name]] ("[[Montse|name]]", [[07422 262673|phone]]) - not working
Sibling: [[Pau VILARÓ CASALS|name]] (9), [[Ince Clough Primary|school]]
The family came from [[Girona|place]] in Catalonia in August 2024 for the father's job.

REASON FOR REFERRAL
1. Weight loss and restricted eating. [[Núria|name]]'s PE teacher (Mr [[Dobson|name]]) and form tutor (Ms [[Carmen Ortega|name]], who
   speaks Spanish with her) have noticed since September that she eats nothing at lunch, is very thin, wears a hoodie in PE and
   has fainted twice ([[24/09|date]], [[9/10|date]]). The school nurse weighed her on [[9 October|date]] at her request; she has lost a
   lot of weight since the Year 8 measurement.
2. Disclosure on [[12/10/2026|date]] to Ms [[Ortega|name]] (in Spanish, translated by Ms [[Ortega|name]]): "My dad says I am fat like
   my mum. He weighs us on Sundays. If my mum spends money he takes her card. Mum cries every night and says we are going
   home to the àvia in [[Girona|place]] at Christmas but dad says if she takes us he will call the police". She said she
   has a list of foods she is "allowed" and that [[Pau|name]] gets told off for being "greedy".
3. [[Núria|name]] asked us not to tell her father. She said her mother "would say the same" if asked on her own.

5. Why parents not told: possible coercive control by the father; risk that he is told before the mother is spoken to alone.
Other agencies: GP Ince Clinic (Dr [[Mensah|name]]) - not yet contacted. No CAMHS involvement.
"""),
]

DOCS_E += [
    ("grandmother's email from Girona in Catalan with a translation", """From: [[Roser Ferrer|name]]
<[[roser.ferrer.pujol@gmail.com|email]]>
Sent: dimecres, [[21 d'octubre de 2026|date]] 22:14
To: [[helen.pimblett@borsdanevale.gov.uk|email]]
Cc: [[montse.casals.f@gmail.com|email]]
Subject: La meva néta [[Núria|name]] / My granddaughter [[Nuria|name]]

[Translated from Catalan by the council's interpreting service (LanguageLine, interpreter no. 40715) on [[23/10/2026|date]]; the
grandmother's own English postscript is as she wrote it. Added to the file by [[H. Pimblett|name]].]

Benvolguda senyora [[Pimblett|name]],
Dear Mrs [[Pimblett|name]],

I am the mother of [[Montse|name]] and the grandmother of [[Núria|name]] and [[Pau|name]]. My daughter gave me your address. I write
because I am very worried and I am far away. I live in [[Girona|place]], at [[Carrer de la Força 14|address]], [[17004|postcode]],
and I am 67. My husband, [[Josep Casals|name]], died in 2022.

When the family lived here, [[Núria|name]] came to my flat every day after school, at the [[Institut Santiago Sobrequés|school]].
She was a happy girl, she swam for the club in [[Banyoles|place]]. In the summer she came to me for three weeks (from
[[20 July|date]] to [[10 August|date]]) and she ate almost nothing and she ran every morning by the river. She told me
"papa..." - no, forgive me, she told me her father says she must be "forta i prima" (strong and thin).

I have to tell you about [[Jordi|name]]. I never said it to anyone. In [[Girona|place]] he controlled the money also, and my
daughter had to ask him for everything. One time, [[15 de març de 2023|date]], I came to their flat in [[Salt|place]] and she had a
mark on her arm. She said it was the door. The neighbour, senyora [[Pilar Bosch|name]], told me she heard shouting many nights.

I want to say that [[Montse|name]] and the children can live with me. I have three rooms. [[Pau|name]] can go back to his school, the
[[Escola Montjuïc|school]]. I will pay the flights. Please tell me what I can do. My telephone is [[+34 636 54 53 77|phone]] and I
am on WhatsApp. My nephew [[Arnau Ferrer|name]] in [[Manchester|place]] speaks English, [[07766 140683|phone]], he can help.

Una abraçada,
[[Roser Ferrer i Pujol|name]]

P.S. in my english: please not say to [[Jordi|name]] I write you. he read the mails of [[Montse|name]] before. thank you very much.
"""),
]

DOCS_E += [
    ("assessment visit notes with an interpreter", """CHILD AND FAMILY ASSESSMENT - VISIT NOTES (section 47 enquiry)
Visit: Tuesday [[27 October 2026|date]], 10:00-12:05, at [[Ince|place]] Family Hub (not at home, at the mother's request)
Present: [[Montserrat Casals|name]] (mother); [[Helen Pimblett|name]] (SW); [[Laia Soler|name]] (Catalan interpreter, LanguageLine,
in person)     Children: at school     Father: not told of this visit (agreed at the strategy discussion on [[13/10|date]])

[[Montse|name]] chose to speak Catalan through [[Laia|name]] for "the hard things" and English for the rest. She was nervous and
checked her phone often; she said [[Jordi|name]] tracks it, so she told him she was at the Aldi on [[Warrington Road|address]].

Her story: she met [[Jordi|name]] in [[Barcelona|place]] in 2008; they married in [[Salt|place]] in 2012. She was a primary
teacher. She stopped work when [[Pau|name]] was born. [[Jordi|name]] took the job in England in 2024; she did not want to come.
Since they came, she has no money of her own: he gives her £40 a week in cash and checks the receipts; her bank card is in
his wallet. He weighs her and [[Núria|name]] on Sundays and writes it in a notebook. He calls her "vaca" (cow). He has never hit
the children; he pushed her into the wardrobe door in [[Salt|place]] in 2023 (she confirms what her mother wrote) and grabbed
her wrist on [[4 October|date]] this year. She said "in [[Girona|place]] I had my mother, here I have nobody".

People she trusts here: [[Ana Lucía|name]], a Colombian mum from [[Pau|name]]'s class; the priest at St William's, Father
[[McGrath|name]]; her cousin [[Arnau|name]] in [[Chorlton|place]]. She has the number of Wigan Women's Aid but has not rung.

About [[Núria|name]]: she knows [[Núria|name]] is not eating and "hides food in her room to throw it away"; she has tried to
feed her "but [[Jordi|name]] takes the bread away". She wants to go home to [[Girona|place]] with the children for good. I explained,
with [[Laia|name]], that taking the children out of England without [[Jordi|name]]'s consent or a court order could be child
abduction, and gave her the details of a family solicitor ([[Farrah Ahmed|name]], [[07514 979805|phone]]), and said I
would confirm it in a letter (sent [[28/10|date]]).

About [[Pau|name]]: a happy boy who loves football; he plays for an under-10s team in [[Higher Ince|place]]. He has asked why papa is
"always
angry".

Plan agreed with [[Montse|name]]: a MARAC referral (DASH: HIGH, 15); an IDVA ([[Joanne Fairclough|name]]); the GP to see
[[Núria|name]] this week for bloods and an ED referral (CAMHS eating disorders service); a safety plan; legal advice on a
prohibited steps order; a follow-up with the same interpreter on [[3 November|date]]. Her Spanish mobile, [[+34 640 13 54 23|phone]],
is the safe number: [[Jordi|name]] does not know it.
"""),
]

DOCS_E += [
    ("class parents' WhatsApp group typed up", """[Screenshots of the Year 5 class parents' WhatsApp group sent to the school by a
parent on [[5 November 2026|date]] because of
worries about a child; typed up by the school office and passed to the SW with the DSL's note. Names as saved on the parent's
phone; phone numbers shown for people not saved are kept as shown.]

Group: "Y5 [[Ince Clough|school]] Parents 🍎"
[[03/11/2026|date]], 19:02 - [[Gemma|name]] ([[Isla|name]]'s mum): Hi all, reminder non-uniform Friday £1 for Children in Need 🐻
[[03/11/2026|date]], 19:05 - [[Ana Lucía|name]]: gracias [[gemma|name]]! 👍
[[03/11/2026|date]], 19:40 - [[+44 7510 906 850|phone]]: Hi does anyone know if [[pau|name]]'s party is still on sat? Haven't heard back
[[03/11/2026|date]], 19:41 - [[Gemma|name]] ([[Isla|name]]'s mum): think so? at the trampoline place in [[Wigan|place]] 2pm
[[03/11/2026|date]], 19:58 - [[Ana Lucía|name]]: I think it is cancelled, [[Montse|name]] told me today dad said no party 😔 poor
[[pau|name]]
[[03/11/2026|date]], 20:03 - [[Dan Ashcroft|name]]: Shame. [[Alfie|name]] got him a present already. we'll drop it round to
[[belle green lane|address]]
[[03/11/2026|date]], 20:04 - [[Ana Lucía|name]]: better not [[dan|name]], the dad doesn't like visitors. give it to [[pau|name]] in school
[[03/11/2026|date]], 20:10 - [[Dan Ashcroft|name]]: ok 👍
[[04/11/2026|date]], 08:31 - [[Shell W|name]]: Anyone else see the spanish dad shouting at his wife at drop off this morning?? in front
of all the kids
[[04/11/2026|date]], 08:33 - [[Gemma|name]] ([[Isla|name]]'s mum): Catalan not spanish 😅 but yes. she was crying, the girl
([[Nuria|name]]? the big one) was with them
[[04/11/2026|date]], 08:34 - [[Shell W|name]]: He grabbed her arm. I nearly said something
[[04/11/2026|date]], 08:35 - [[Ana Lucía|name]]: please don't put this on the group. I will talk to Mrs [[Hilton|name]]...
[[04/11/2026|date]], 08:36 - [[Ana Lucía|name]]: This message was deleted
[[04/11/2026|date]], 08:40 - [[Shell W|name]]: sorry just worried. [[pau|name]] is such a sweetie. [[Jayden|name]] says he sits on his
own at dinner
[[04/11/2026|date]], 09:15 - [[+44 7510 906 850|phone]]: I've told the office

[DSL's note ([[Karen Hilton|name]], [[Ince Clough|school]]): the unsaved number is [[Tracy Holcroft|name]]'s (mum of [[Ruby|name]]).
"[[Shell W|name]]" is [[Michelle Winder|name]]. Reported to the SW ([[Helen Pimblett|name]]) by phone [[05/11/2026|date]] 09:30.]
"""),
]


# --- F. Letsie / Ntsane family (Basotho, from Lesotho), Norley Hall, Pemberton -----------------------------------------

HOME_F = d.Address("41 Norley Hall Avenue", "Pemberton", "Wigan", "WN5 9LP")
DAD_F = d.Address("Ha Thamae", "", "Maseru", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Thabo", "Letsie")], dt.date(2014, 6, 9), addresses=[HOME_F], ids=["5564546857", "U359543231948"],
       schools=["Pemberton Heath Academy"]),
    _p("s", "sibling", [("Lineo", "Letsie")], dt.date(2020, 2, 14), addresses=[HOME_F], ids=["3265769801"],
       schools=["Kitt Green Primary School"]),
    _p("m", "mother", [("Palesa", "Letsie"), ("'Mathabo", "Letsie")], dt.date(1988, 1, 17), addresses=[HOME_F],
       phones=["07597 280259"], ids=["SZ 48 19 62 B"]),
    _p("f", "father", [("Teboho", "Ntsane")], dt.date(1985, 7, 30), addresses=[DAD_F], phones=["+266 5261 2011"]),
    _p("g", "grandparent", [("'Malineo", "Letsie")], None, phones=["+266 6109 8136"]),
    _p("p1", "professional", [("Rachel", "Lamb")], phones=["07764 313118"], emails=["rachel.lamb@borsdanevale.gov.uk"]),
], "c")

DOCS_F = [
    ("GP's safeguarding letter to the front door", """LAMBERHEAD GREEN MEDICAL PRACTICE
[[Ormskirk Road|address]], [[Pemberton|place]], [[Wigan|place]] [[WN5 9DU|postcode]]

To: Children's Front Door, Borsdane Vale Council (by secure email)
Date: [[3 November 2026|date]]

Dear colleague

Safeguarding referral: [[Thabo LETSIE|name]], DOB [[09/06/2014|dob]], NHS number [[556 454 6857|nhs]]
Address: [[41 Norley Hall Avenue|address]], [[Pemberton|place]], [[Wigan|place]] [[WN5 9LP|postcode]]
Mother: Mrs [[Palesa Letsie|name]] (known in the family as [['Mathabo|name]]),
DOB [[17/01/1988|dob]], mobile [[07597 280259|phone]]

I saw [[Thabo|name]]'s sister, [[Lineo|name]] (6, NHS [[326 576 9801|nhs]]), this afternoon with a chest infection. [[Thabo|name]]
(12) brought her, as their mother was at work (she is a senior carer at a nursing home in [[Orrell|place]] on a health and care
worker visa). I noticed [[Thabo|name]] winced when he sat down and asked if he was hurt. He lifted his shirt and showed me four
raised linear marks across his lower back and one on the back of his left thigh, each about 10-15 cm long and 1 cm wide, some
with a red edge and a yellow centre: in my opinion consistent with being struck with a belt or a strap, two to five days old.
He said "I was rude to mum on Friday and I lied about my phone. At home in Lesotho this is normal, it's not abuse." He
asked me not to tell anyone because his mother "will lose her visa and we will be sent back to [[Maseru|place]]".

I examined [[Lineo|name]] fully for her chest and saw no marks. [[Thabo|name]] said his father, Mr [[Teboho Ntsane|name]], is in
[[Maseru|place]]
and that his grandmother ("Nkhono") lives in [[Teyateyaneng|place]].

I rang the mother on [[07597 280259|phone]] at 17:40. She came at 18:10 and was distressed; she said she had smacked [[Thabo|name]]
"with a belt, two times" on [[30 October|date]] after he stole £50 from her purse, that she was "raised like this" and that she
did not know it was illegal in England. I explained that it is, and that I must refer to you today; she agreed.

No previous safeguarding concerns recorded. Both children are registered here since [[14 March 2024|date]]. Immunisations up to date
(Lesotho records transcribed). [[Thabo|name]] attends [[Pemberton Heath Academy|school]].

Yours faithfully
Dr [[Oliver Ashworth|name]], GP partner and safeguarding lead, GMC 7054419
cc: health visitor/school nurse team, [[Wigan|place]] 0-19 service
"""),
]

DOCS_F += [
    ("pastor's email to the social worker", """From: Pastor [[Tumelo Mohapi|name]] <[[pastor.tumelo@kingdomlightwigan.org|email]]>
Sent: Friday, [[6 November 2026|date]] 23:02
To: [[rachel.lamb@borsdanevale.gov.uk|email]]
Subject: Sister [[Palesa|name]] (Mme [['Mathabo|name]]) and her son [[Thabo|name]]

Dear Ms [[Lamb|name]],

Greetings in the name of the Lord. I am the pastor of Kingdom Light Ministries, a Basotho and Southern African fellowship that
meets on Sundays at the community centre on [[Enfield Street|address]], [[Pemberton|place]]. Sister [[Palesa Letsie|name]] has
been a faithful member since she came to [[Wigan|place]] in 2024 and she has asked me to write to you, as she says you are
the lady from the council who came to the house on Wednesday with the police lady (PC [[Ruth Banks|name]]).

I want to help you understand. In Lesotho, and among our people, a parent who does not discipline a child is seen as a
parent who does not love. Many of us were raised with the belt. I have been teaching in our church for two years now that the
law here is different and that there are other ways, but the older people do not always agree. Mme [['Mathabo|name]] is alone
here; the father, Ntate [[Teboho|name]], is in [[Maseru|place]] and sends nothing. She works long shifts, nights also, and
[[Thabo|name]] looks after [[Lineo|name]]. When [[Thabo|name]] took the money she was frightened he is going the wrong way, as some
boys do here. That is not an excuse. She is very sorry and she has said so before the elders.

Our church can help: Mme [[Lerato Mokhethi|name]] (our women's leader, [[07722 996963|phone]]) lives two streets away on [[Kitt Green
Road|address]] and can have the children when their mother works nights. Her husband, Ntate [[Khotso|name]], takes the
boys to football in [[Orrell|place]] on Saturdays. [[Thabo|name]] can go with them.

Also, forgive me, but the family is very afraid about the visa. Mme [['Mathabo|name]] asked me to ask you if you will tell the Home
Office. Her sponsor is the nursing home.

I am available at any time on [[07725 929861|phone]]. May God bless your work.

Pastor [[T. Mohapi|name]]
Kingdom Light Ministries, [[Wigan|place]]
"Re tla ba le tšepo" - we will have hope
"""),
]

DOCS_F += [
    ("section 47 enquiry outcome report", """SECTION 47 ENQUIRY - OUTCOME REPORT
Children: [[LETSIE, Thabo|name]] (12), DOB [[09.06.2014|dob]], UPN [[U359543231948|upn]], [[Pemberton Heath Academy|school]]; [[LETSIE,
Lineo|name]] (6), DOB [[14.02.2020|dob]], [[Kitt Green Primary School|school]]
Address: [[41 Norley Hall Avenue|address]], [[Norley Hall|place]], [[Pemberton|place]], [[WN5 9LP|postcode]]
Mother: [[Palesa LETSIE|name]] ("[['Mathabo|name]]"), DOB [[17.01.1988|dob]], NI [[SZ 48 19 62 B|ni]]
Father: [[Teboho NTSANE|name]], [[Ha Thamae|address]], [[Maseru|place]], Lesotho, [[+266 5261 2011|phone]] (WhatsApp)
Social worker: [[Rachel Lamb|name]], [[Pemberton|place]] and [[Orrell|place]] team, [[07764 313118|phone]]
Strategy discussion: [[3 November 2026|date]] (single agency, social care led; police informed, no criminal investigation)
Outcome date: [[17 November 2026|date]]

1. The concern
On [[3 November|date]] the family's GP, Dr [[Ashworth|name]], saw belt marks on [[Thabo|name]]'s back and thigh. His mother said
she hit him twice with a belt on [[30 October|date]] after he took £50 from her purse.

2. What we did
- [[04/11|date]]: [[Thabo|name]] seen alone at school with his head of year, Ms [[Wanjiru Kamau|name]]; body map; photos by the
  school nurse with consent. [[Lineo|name]] seen at school with her teacher, Mr [[Cartwright|name]] - no marks, no worries.
- [[04/11|date]]: joint home visit with PC [[Ruth Banks|name]]. Home clean and warm, food in; children share a room.
- [[06/11|date]]: call with the father by WhatsApp video ([[Thabo|name]]'s uncle, [[Mpho Letsie|name]], in [[Leeds|place]], interpreting
  into Sesotho where needed). He had not known; he said "[[Palesa|name]] is a good mother" and that he cannot send money.
- [[09/11|date]]: call with the maternal grandmother, Mme [['Malineo Letsie|name]], in [[Teyateyaneng|place]] ([[+266 6109 8136|phone]]).
- [[10/11|date]]: the pastor, [[Tumelo Mohapi|name]], and Mme [[Lerato Mokhethi|name]] met with the mother and me; offer of night
  care for the children accepted. DBS checks requested; Mrs [[Mokhethi|name]] has a checked adult at home (her daughter
  [[Nthabiseng|name]], 19).
- Checks: police - nothing known; school - good attendance, [[Thabo|name]] quiet and polite, two recent thefts from the
  tuck shop; health - as above.

3. [[Thabo|name]]'s words
"I know it's not allowed here. Mum only did it once. I want her to stop working nights because I can't wake up for school
when [[Lineo|name]] cries. I took the money for a Fortnite skin for my friend [[Jayden|name]]... no, for me."

4. Analysis
[[Thabo|name]] suffered actual harm (marks lasting several days) from physical chastisement that the mother admits and now knows
is against the law. It was a single incident, in a family under strain (a lone parent on night shifts, far from family, in
fear for her visa), with no history. [[Palesa|name]] has been open, has apologised to [[Thabo|name]] and accepts help. [[Thabo|name]]
carries too much care of [[Lineo|name]].

5. Outcome
Concerns substantiated; the risk of significant harm is not ongoing with a plan in place. No child protection conference.
Child in need plan: night care through the church (DBS cleared); a parenting course (Triple P, [[Pemberton|place]] family hub, from
[[12 January 2027|date]]); a young carers assessment for [[Thabo|name]]; advice to the mother from the Migrant Help line about her
visa (social care does not report to the Home Office for this). Review: [[16 February 2027|date]].
"""),
]

DOCS_F += [
    ("scanned pages of a pupil's school planner", """[Two pages of [[Thabo|name]]'s school planner, photographed by the head of year
and scanned into the record on [[20/11/2026|date]].
Handwriting recognised by the scanner; line breaks as on the page; [?] where the scanner could not read a word.]

[[PEMBERTON HEATH ACADEMY|school]] - STUDENT PLANNER 2026-27        Name: [[Thabo Let-
sie|name]]   Form: 8KM   Tutor: Ms [[W. Kamau|name]]

WEEK 11  Mon [[9 Nov|date]] - Sun [[15 Nov|date]]
Mon   Maths hw p.42 Q1-10.  Sci: bring goggles.
      PARENT NOTE: Dear Ms [[Kamau|name]], [[Thabo|name]] will be late on Tuesday he is taking his sister to [[Kitt Green|school]] as I
      finish night shift 8am. Sorry. [['M. Letsie|name]] (mum)
Tue   [teacher] Late 09:12 - reason given, ok. WK
Wed   Geog: river project, the Douglas?? ask Mr [[Fell|name]]
      PARENT NOTE: He is sleeping at Mme [[Lerato|name]]'s now on nights I work, her number is [[07722 996963|phone]]. Please call her
      if he is not in school. Thank you. [['Mathabo|name]]
Thu   English - read ch 4-6.  Football after school ([[Orrell|place]]) with Ntate [[Khotso|name]] - letter signed
Fri   [[Jayden|name]]'s birthday!! 🎂

WEEK 12  Mon [[16 Nov|date]] - Sun [[22 Nov|date]]
Mon   [teacher] Merit x3 this week - well done [[Thabo|name]]! Head of Yr 8, [[W Kamau|name]]
Tue   PARENT NOTE: Ms [[Kamau|name]], I am doing the course at the family hub in January. Can [[Thabo|name]] go to the young
      carers group on Thursdays? He says his friend [[Kai Hal-
      liwell|name]] goes. Kind regards [[P. Letsie|name]]
      Tel [[07597 280259|phone]]
Wed   Sci test!!! [?] Nkhono bday [[20th|date]] -> call Lesotho (time diff +2)
Thu   [teacher] Young carers: referral made [[19/11|date]]. WK

Inside back cover, in pencil: "ke rata mme" (I love mum). [[thabo|name]] + [[lineo|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 117 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:32 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "dc", "ds", "sgt", "insp", "nurse", "sister", "our", "me", "nan", "nana",
           "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie",
           "uncle", "father", "pastor", "rev", "senyora", "senyor", "sra", "sr", "àvia", "avia", "iaia", "avi", "tieta",
           "papa", "mama", "mme", "'m'e", "ntate", "nkhono", "ausi", "abuti"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "lancashire",
               "greater manchester", "the north west", "north west", "merseyside", "cheshire", "spain", "catalonia", "catalunya",
               "lesotho", "south africa", "southern africa", "africa", "europe", "colombia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "senyora Pilar
# Bosch", "Mme Lerato Mokhethi", "Ntate Khotso", "Father McGrath", "Pastor Tumelo Mohapi"; and after one: "senior") and
# counties, regions and countries ("Lancashire", "Catalonia", "Lesotho", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
