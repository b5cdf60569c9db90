"""Set 53: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set50.py,
redaction_set51.py and redaction_set52.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first family's record and first document, and its closing documents, word lists and
checker set-up) and tests/test_redaction_set21.py and tests/test_redaction_set25.py's first test (the layout and marking
conventions followed here); the docstrings of bench/redaction_set7.py to redaction_set49.py, printed alone and searched as text
(never the bodies of those sets) for the towns, districts, estates and communities earlier sets used as a family's home and for
their document types; the module docstring and the `_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py;
and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library, and NHS numbers and UPNs made
and checked with python-stdnum, in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord)
are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking
and say so here.

Six families in Hull, the East Riding and north and north-east Lincolnshire, each from a town, district or estate no earlier set
(7 to 49) used as a family's home. Four of the kinds most common in children's social care: a white British mother and her
partner on Bransholme, Hull, with a grandmother in Hessle (Dunn / Marr; a baby with faltering growth and a dog bite on a girl of 4,
a boy of 9 caring for both and missing school, cannabis and crack cocaine, two Staffordshire bull terriers, a child protection
plan for neglect), a white British family in Driffield with a grandfather in Nafferton (Storr; a girl of 13 going missing to
Bridlington with men of 19 and 21 met on Snapchat, a car, a flat on Quay Road, nitrous oxide, child abduction warning notices,
her wish to live with her grandad), a white British mother in Crosby, Scunthorpe, with a grandmother in Bottesford and a father
moving between Kirton in Lindsey and Barton-upon-Humber (Baker / Glover; strangulation in front of a girl of 7, stalking by text,
bail conditions, MARAC, supervised contact for a boy of 3 and a section 7 report), and a white British widower in Immingham with
a grandmother in Habrough and an aunt in Stallingborough (Hewson; a boy of 16 criminally exploited on lines from Leeds and
Bradford, found with a knife and given a referral order, a window smashed, a girl of 12 caring for her brother of 5 and
self-harming). Two from communities no earlier set used: an Assyrian Christian family from Baghdeda (Qaraqosh) in Iraq, by way of
Erbil and Södertälje, in Gipsyville, Hull (Khoshaba / Odisho; a boy of 15 beaten with a belt by his father for coming home late,
a mother who speaks Sureth and Arabic, an interpreter from the family's own church, an uncle in Sweden and a grandmother in
Ankawa, a family WhatsApp group in Syriac script), and an Icelandic family in Cleethorpes, with grandparents in Hafnarfjörður
and family in Ísafjörður and Akureyri (Einarsson / Jónsdóttir / Gunnarsdóttir / Gunnarsson; Icelandic patronymics so that no
two of the four share a surname, a father on the Grimsby fish docks who drinks, a mother depressed after her sister's death, a
girl of 14 who is a young carer, a boy of 8 who wets the bed). 24 documents, 12 of them plain professional recording and 12 the
other kinds of writing a case file holds, most of types or styles no earlier set used: a health visitor's referral to the front
door, a Facebook Messenger chat between a mother and grandmother typed from screenshots, an initial child protection conference
chair's summary, a police community support officer's pocket notebook page scanned and OCR'd (with its misreadings), a return
home interview record, a bus company depot manager's email about a driver's dashcam report forwarded to the social worker, a
child exploitation strategy meeting's minutes, a girl's own handwritten letter to her social worker, a secondary school DSL's
referral form, a section 47 joint visit record with an interpreter, a family WhatsApp group in Sureth (Syriac script), Arabic
and English typed up and translated, a police body-worn video transcript, an early help assessment (family version), an email
thread between a primary school's pastoral lead and a mother, child in need review minutes, a mother's own letter in
Icelandic with the interpreter's translation, a MARAC referral with its DASH summary, a supervised contact session record
handwritten and scanned, a section 7 report to the family court, a mother's text messages typed from screenshots for a bail
breach file, a chronology of significant events, a social worker's notes typed fast on a phone and pasted in unedited, a youth
justice referral order panel report, and a GP's online safeguarding referral exported from a web form.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Sweden, Iraq, Iceland); NHS numbers and UPNs (the right LA number for the area: 810, 811,
812, 813) pass their check digits; NI numbers have a valid format. Councils are invented (Humbermere, Kingsmoor, Freshney Vale,
Ancholme), and so are the North Bank MARAC, the schools and nurseries (Kestrel Fields Primary, Little Acorns Nursery, Wolds Edge
Primary, Humber Gateway Academy, Calvert Fields Primary, Thrunscoe Academy, Seaview Primary, Kingsway Lakes Primary, Tiny Steps
Nursery, Humber Docks Academy, Pelham Park Primary, the Wybers Wood Centre), the bus company (Chalkland Buses), the church (Mar
Zaia Assyrian Church of the East), the GP practices and centres (Springhead Medical Centre, Roval Drive Medical Practice) and the
contact centre; towns, districts, estates, villages, real schools and colleges (Driffield School, East Riding College), real
charities, NHS bodies, hospitals, police forces, courts, clubs, shops, brands, apps, programmes, foods, festivals and laws are
real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13), whose docstring states
them; [[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle).
Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC, DS, Fr, SW, Nan, Nanna, Nana, Grandad, Mum, Dad, Baba,
Yimma, Dodi, Amma, Afi, Pabbi, great aunt, senior) stay outside the name span; "SURNAME, First" and "SURNAME First" are one
span ("DUNN, Tyler-Jay", "BAKER, Summer Louise", "GLOVER, Kyle James", "Anna GUNNARSDÓTTIR"); initials alone ("RG", "TF", "K",
"E-M", "E.M.S") are not marked; a name, address, place, date or school broken by a line break is one span holding the break; a
bare s in texting ("Jordan"s, "pat"s, "dean"s, "ronnie"s) stays outside; a neighbour's or the family's bare house or flat number
("no. 38", "No.41", "no 43", "no. 24", "31") is an address; countries, counties and regions ("Iceland", "Ísland", "Sweden",
"Iraq", "North Lincolnshire", "East Riding") are not places; organisations holding a town's or a person's name are not marked
("Bransholme Health Centre", "Hull Royal Infirmary", "Renew Hull", "Cleethorpes Family Hub", "Immingham Civic Centre", "Grimsby
Youth Court", "the Family Court sitting at Grimsby", "Scunthorpe United", "Diana, Princess of Wales Hospital", "Winston's Wish"),
while a service or place of work named by its town in lower-case words marks the town ("Grimsby docks", "the Immingham
foodbank", "the Hornsea team"); a shop named after its owner marks only the name ("Bilal's Convenience Store"); landmarks and
shopping centres stay unmarked (Northpoint, St Andrew's Quay, the harbour); pets' names (Tank, Roxy, bella) are not names;
months and years alone ("August", "Apr 2024", "Jun-Jul 2026") are not marked and a weekday before a date stays outside.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "tj" and "TJ"-style
family nicknames made of a child's initials, as the family uses them in messages ("tj"), are names, while a worker's
initials signing a note or standing for a child in an email ("RG", "TF", "E-M") are not; a name misread by OCR ("Tyler-Jav") or
misspelt by a child ("Sky" for Skye) is a name; a name in another grammatical case (Icelandic "Önnu" for Anna, the town
"Hafnarfjarðar" for Hafnarfjörður) is a name or a place; an Icelandic address written number-last ("Fenby Grove 23") is an
address, and Icelandic and Swedish postcodes ("220", "151 38") are postcodes; a Syriac preposition joined to a town's name
("ܒ" before "ܥܢܟܒܐ", "in Ankawa") stays outside the place span; a family name in a WhatsApp group's title in Syriac script
("ܟܘܫܒܐ") is a name; contacts saved under kinship words ("Baba", "Yimma") are not names, while a contact saved as "KYLE DO NOT
ANSWER" marks "KYLE"; saints and the churches and shrines named after them ("Mar Giwargis", "ܡܪܝ ܓܝܘܪܓܝܣ", "Mar Zaia") and
"Abouna" (Father, for the priest) are not names; the season "summer" is not a name, while the mother Summer is a name in every
case ("summer", "SUMMER"); a social worker called Kirton is a name and the town Kirton in Lindsey (and "kirton" in a text) a
place; a first name in the plural standing for two girls ("two Annas") is a name; a timestamp with a date ("2026-11-03T14:52:18")
is one date span; a Pupil Referral Unit's name is a school; a police log, crime or court case number, interpreter ID, notebook
serial, web form reference and collar number are not marked.

Self-check without the detector: `python -m bench.redaction_set53` (and tests/test_redaction_set53.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,091 gold spans, 611 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dunn / Marr family (white British), Bransholme, Hull, with a grandmother in Hessle -------------------------------

HOME_A = d.Address("41 Ellerburn Avenue", "Bransholme", "Hull", "HU7 4QT")
NAN_A = d.Address("62 Heads Lane", "", "Hessle", "HU13 0JH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Dunn")], dt.date(2017, 5, 22), addresses=[HOME_A], ids=["937 878 5700", "Z810213137609"],
       schools=["Kestrel Fields Primary School"]),
    _p("s", "sibling", [("Poppy", "Dunn")], dt.date(2022, 2, 9), addresses=[HOME_A], ids=["373 322 5856"],
       schools=["Little Acorns Nursery"]),
    _p("s2", "sibling", [("Alfie", "Marr")], dt.date(2025, 8, 30), addresses=[HOME_A], ids=["932 101 0769"]),
    _p("m", "mother", [("Kayleigh", "Dunn")], dt.date(1997, 10, 4), addresses=[HOME_A], phones=["07926 952 632"],
       ids=["JH 27 61 94 B"]),
    _p("f", "father", [("Jordan", "Marr")], dt.date(1995, 12, 17), addresses=[HOME_A], phones=["07738 378 417"]),
    _p("g", "grandparent", [("Sharon", "Dunn")], dt.date(1972, 6, 1), addresses=[NAN_A], phones=["01482 712 406"]),
    _p("p1", "professional", [("Ruth", "Gosling")], phones=["01482 506 913"], emails=["ruth.gosling@humbermere.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's safeguarding referral to the front door", """HUMBERMERE CHILDREN'S SERVICES - EARLY HELP AND SAFEGUARDING HUB
MULTI-AGENCY REFERRAL (health)                                     Received: [[14/10/2026|date]] 11:06

Referrer: [[Nadia Raine|name]], Specialist Community Public Health Nurse (health visitor), Bransholme Health Centre team
Tel: [[01482 394 871|phone]]   Email: [[nadia.raine@nhs.net|email]]
Parent aware of referral: YES (told at the visit, mother upset but agreed)   Consent: not needed (significant harm)

CHILDREN
1. [[Alfie MARR|name]]       DOB [[30.08.2025|dob]]   NHS [[932 101 0769|nhs]]   (the child seen)
2. [[Poppy DUNN|name]]       DOB [[09.02.2022|dob]]   NHS [[373 322 5856|nhs]]   Little Acorns Nursery (part-time, poor attendance)
3. [[Tyler-Jay DUNN|name]]   DOB [[22.05.2017|dob]]   NHS [[937 878 5700|nhs]]   [[Kestrel Fields Primary|school]], Year 5
Address: [[41 Ellerburn Avenue|address]], [[Bransholme|place]], [[Hull|place]] [[HU7 4QT|postcode]]
Mother: [[Kayleigh Dunn|name]] ([[04/10/1997|dob]]) mob [[07926 952 632|phone]]
Mother's partner / father of [[Alfie|name]]: [[Jordan Marr|name]] ([[17/12/1995|dob]]) mob [[07738 378 417|phone]]
Father of [[Poppy|name]] and [[Tyler-Jay|name]]: [[Ashley Crick|name]], no contact, thought to be in [[Bridlington|place]]

REASON FOR REFERRAL
I visited on Monday [[12 October|date]] for [[Alfie|name]]'s 12-month review (three earlier appointments were missed: [[11 Aug|date]],
[[2 Sept|date]], [[23/9|date]]). The door was opened by [[Tyler-Jay|name]] (9), who should have been at school. There was a strong smell of
cannabis in the hall. [[Alfie|name]] was in a travel cot in the front room in a nappy that was soaked through and had leaked; he had a
red, weeping nappy rash and a flat head on the right. He weighs 8.1 kg (dropped from the 50th to below the 9th centile since
his 8-month check). There was no food in the fridge apart from milk and a tub of butter. Two Staffordshire bull terriers
("Tank" and "Roxy") were loose in the house; [[Tyler-Jay|name]] told me Roxy "nipped" [[Poppy|name]]'s face last week.
I saw a healed mark under [[Poppy|name]]'s left eye, about 1 cm. Mum was asleep upstairs; [[Tyler-Jay|name]] went to wake her. She
came down after 10 minutes and said [[Jordan|name]] was "at work at the docks" and that she had been up all night with the baby.
She said her mum, [[Sharon|name]], helps but "lives out at [[Hessle|place]] and doesn't drive".

I have discussed this with our named nurse for safeguarding, [[Bev Ackroyd-Smith|name]], and with the GP, Dr [[Okafor|name]] at
Bransholme Health Centre, who has not seen the children since March. [[Tyler-Jay|name]]'s school (DSL Mrs [[Linda
Pickering|name]]) told me his attendance is 71% this term and that he is often hungry.

Outcome wanted: section 47 enquiry / strategy discussion. Next HV visit booked Thursday [[15/10/2026|date]].
"""),
]

DOCS_A += [
    ("Facebook Messenger chat between mother and grandmother, typed up from screenshots the grandmother gave", """Typed from 11 screenshots
[[Sharon Dunn|name]] handed in at [[Hessle|place]] on [[19/10/26|date]] (her phone, Messenger). Spelling as on the screen. Times as shown.
RG

[[Kayleigh Dunn|name]]  Sat [[10 Oct|date]] 23:47
mam can u have [[poppy|name]] n [[tj|name]] tmoz [[jord|name]] is on earlys n im shattered
[[Sharon Dunn|name]]  23:52
I cant love I'm at [[Tracey|name]]s in [[Anlaby|place]] for her 50th til sunday. Ask [[Jordan|name]]s mam?
[[Kayleigh Dunn|name]]  23:53
she dont speak to me since the thing at Northpoint
[[Kayleigh Dunn|name]]  23:53
dont matter
[[Sharon Dunn|name]]  Sun [[11 Oct|date]] 09:14
Are the kids ok? Ring me
[[Sharon Dunn|name]]  11:30
[[Kayleigh|name]] ring me now or I'm phoning [[jordan|name]]
[[Kayleigh Dunn|name]]  12:02
were fine omg. [[tyler jay|name]]s took [[poppy|name]] to the shop with [[kian|name]] from next door
[[Sharon Dunn|name]]  12:03
Which shop? Hes 9!!
[[Kayleigh Dunn|name]]  12:05
[[Bilal|name]]s on [[Dunvegan Rd|address]] its 2 min. [[Bilal|name]] knows them he gives [[tj|name]] a free freddo
[[Sharon Dunn|name]]  Tue [[13 Oct|date]] 20:41
The health visitor rang me. [[Nadia|name]]. She said [[Alfie|name]]'s lost weight. Why didnt you tell me
[[Kayleigh Dunn|name]]  20:58
because u take her side. hes fine hes just a sicky baby. the dogs didnt bite [[poppy|name]] she fell on the step
[[Sharon Dunn|name]]  21:02
[[Kayleigh|name]] I saw her face on Sunday at [[Rachel|name]]s party. Don't lie to me
[[Kayleigh Dunn|name]]  21:03
dont come to mine
[[Sharon Dunn|name]]  21:15
I'm getting a taxi Thursday. I'm having [[Alfie|name]] for the weekend and thats that. And them dogs go to [[Jordan|name]]s brothers
in [[Withernsea|place]] or Im ringing the social myself
[[Kayleigh Dunn|name]]  21:16
[[Dazza|name]] wont have them hes got a cat
[[Sharon Dunn|name]]  Wed [[14 Oct|date]] 07:20
I've rung [[Jordan|name]]. He says he hasnt been home since Friday. Where is he stopping [[Kayleigh|name]]?
[[Kayleigh Dunn|name]]  07:58
at [[craig|name]]s in [[orchard park|place]]. hes not using again mam i swear. its only weed and thats mine
[[Sharon Dunn|name]]  08:01
Put [[tj|name]] on the phone
[[Kayleigh Dunn|name]]  08:40
hes gone school
[[Sharon Dunn|name]]  Thu [[15 Oct|date]] 14:12
[[Linda|name]] from his school rang me as I'm his emergency contact. He didnt go in Mon Tue or Wed. I'm at [[Ellerburn|address]] in 20 min
[[Kayleigh Dunn|name]]  14:13
🖕
"""),
    ("initial child protection conference: chair's summary and decisions", """HUMBERMERE SAFEGUARDING CHILDREN PARTNERSHIP
INITIAL CHILD PROTECTION CONFERENCE - CHAIR'S SUMMARY, DECISIONS AND OUTLINE PLAN

Children: [[DUNN, Tyler-Jay|name]] ([[22/05/2017|dob]]); [[DUNN, Poppy|name]] ([[09/02/2022|dob]]); [[MARR, Alfie|name]]
([[30/08/2025|dob]])
Date and venue: Thursday [[5 November 2026|date]], 10:00, Guildhall meeting room 3, [[Hull|place]] (and on Teams)
Chair: [[Malcolm Threlfall|name]], Independent Child Protection Chair      Minutes: [[Jo Sowerby|name]] (business support)

Present: [[Kayleigh Dunn|name]] (mother), with her advocate [[Chantelle Moss|name]] (Women's Aid); [[Jordan Marr|name]] (father of
[[Alfie|name]],
from 10:25); [[Sharon Dunn|name]] (maternal grandmother, first part only); [[Ruth Gosling|name]] (social worker); [[Nadia Raine|name]]
(health visitor); Mrs [[Linda Pickering|name]] (DSL, [[Kestrel Fields|school]]); [[Dawn Mewburn|name]] (Little Acorns Nursery
manager); DC [[Stuart Heaton|name]] (Humberside Police, CAIU); [[Wes Ibbotson|name]] (Renew Hull, substance misuse worker for Mr
[[Marr|name]]).
Apologies: Dr [[Chidi Okafor|name]] (GP, report sent); [[Ashley Crick|name]] (father of [[Tyler-Jay|name]] and [[Poppy|name]]) was
invited by letter to his last known address, [[Flat 2, 9 Marton Road|address]], [[Bridlington|place]] [[YO16 7AN|postcode]], but did not
reply.

Summary. [[Alfie|name]] was admitted to the children's ward at Hull Royal Infirmary from [[16|date]] to [[21 October|date]] with faltering
growth;
he gained 640 g on the ward on a normal diet. A skeletal survey was clear. The bite mark on [[Poppy|name]] was seen by the
paediatrician, Dr [[Efua Boateng|name]], on [[17 Oct|date]] and is consistent with a dog bite about two weeks old; no treatment was
sought at the time. [[Tyler-Jay|name]] told Ms [[Gosling|name]] on [[20/10|date]], at school, that he "does the baby's bottles" and
"gets [[Pops|name]] ready" and that "[[Jordan|name]] smokes in the kitchen with his mate [[Craig|name]]". Both dogs went to a rescue in
[[Driffield|place]] on [[24 October|date]]. Mr [[Marr|name]] has now told Renew Hull that he has been using crack cocaine since the summer,
and
Ms [[Dunn|name]] that she smokes cannabis "most nights"; both say they want help.
Ms [[Dunn|name]] asked that the conference note that her mum has been "brilliant" and that the children stayed with Nan at
[[62 Heads Lane|address]] from [[16 October|date]]; [[Sharon|name]] said she can keep [[Poppy|name]] and [[Tyler-Jay|name]] "as long as it
takes"
but cannot get [[Tyler-Jay|name]] from [[Hessle|place]] to [[Bransholme|place]] for school on two buses.

Decision: all three children to be subject to a child protection plan under the category of NEGLECT. First core group:
[[12/11/2026|date]], 13:30 at [[Kestrel Fields|school]]. Review conference: [[4 February
2027|date]]. Key worker: [[Ruth Gosling|name]], [[01482 506 913|phone]], [[ruth.gosling@humbermere.gov.uk|email]].
"""),
    ("community support officer's pocket notebook page, scanned and OCR'd", """HUMBERSIDE POLICE    POCKET NOTEBOOK    Serial 7741206
Page 31
 [scan, OCR text as produced; line ends as on the page]

Date Fri [[23/10/26|date]]   Time 1615   Place [[Ellerburn Ave|address]] / [[Goodhart Rd|address]]
Called to: dogs loose x2 (Staffies, 1 brindle 1 blue) chasing kids on the green by
the shops. Caller Mrs [[B. Pexton|name]] of [[no. 38|address]] tel [[07457 404 981|phone]].
1620 on scene with PCSO [[Ghosh|name]] 4471. Dogs gone back in to [[No.41|address]] via
side gate (broken). Spoke to [[Tyler-Jav Dunn|name]] [sic] (9) on doorstep, said
mum at the shop + nan at work. Baby heard crying inside. No adult.
1624 Spoke to neighbour [[Keith Stather|name]] ([[no 43|address]]), he states
kids "always on there own", "the dogs had a go at the little lass wk before last".
1631 Mother returned, [[Kayleigh DUNN|name]] ([[04/10/97|dob]]), from [[Bilal|name]]'s Convenience
Store, says was gone 5 mins. Smell of cannabis at door. Advised re: dogs,
DDA, children left alone. She states dogs going to [[Driff|place]] rescue Sat.
1640 Intel log + PPN (child) submitted. Rang CAIU, spoke to DS [[Farrow|name]].
Linked to SW [[Ruth Gosling|name]] social worker [[01482 506 913|phone]].
Signed: [[J. Ghosh|name]] PCSO 4471
"""),
]


# --- B. Storr family (white British), Driffield, with a grandfather in Nafferton -----------------------------------------

HOME_B = d.Address("17 Scarborough Road", "", "Driffield", "YO25 5EH")
GRAND_B = d.Address("3 Priestgate", "", "Nafferton", "YO25 4JR")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ellie-May", "Storr")], dt.date(2013, 3, 14), addresses=[HOME_B], ids=["854 306 6220", "E811215232071"],
       schools=["Driffield School"], phones=["07547 706 721"]),
    _p("s", "sibling", [("Harvey", "Storr")], dt.date(2016, 7, 2), addresses=[HOME_B], ids=["385 537 3876"],
       schools=["Wolds Edge Primary School"]),
    _p("m", "mother", [("Leanne", "Storr")], dt.date(1988, 1, 27), addresses=[HOME_B], phones=["07885 128 884"]),
    _p("f", "father", [("Gary", "Storr")], dt.date(1985, 9, 11), addresses=[HOME_B], phones=["01377 253 718"]),
    _p("g", "grandparent", [("Ron", "Storr")], dt.date(1956, 4, 3), addresses=[GRAND_B]),
    _p("p1", "professional", [("Hannah", "Featherstone")], emails=["hannah.featherstone@kingsmoor.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """KINGSMOOR COUNCIL - MISSING FROM HOME AND CARE TEAM
RETURN HOME INTERVIEW (RHI) RECORD

Young person: [[Ellie-May STORR|name]]      DOB: [[14/03/2013|dob]]      UPN: [[E811215232071|upn]]
Address: [[17 Scarborough Road|address]], [[Driffield|place]] [[YO25 5EH|postcode]]
School: [[Driffield School|school]] (Year 9)      YP's mobile: [[07547 706 721|phone]]
Missing from: 18:40 Friday [[25 September 2026|date]]     Found: 02:15 Saturday [[26/09/2026|date]]
Where found: in a car parked on the seafront at [[Bridlington|place]] ([[South Marine Drive|address]]), by Humberside Police
Police ref: missing person log 26-0925-0611      Episode number this year: 3 (earlier: [[4 July|date]], [[21 August|date]])
RHI by: [[Hannah Featherstone|name]] (independent RHI worker)      Date of RHI: Tuesday [[29/09/2026|date]], at school
Present: [[Ellie-May|name]] and me only. She asked that her mum not be told "the bit about [[Jamie|name]]" - I explained what I
would have to share and why.

Her account. [[Ellie-May|name]] said she told her mum, [[Leanne|name]], she was going to her friend [[Macey Hoult|name]]'s on [[Bridge
Street|address]] for a sleepover. Instead she got the 18:55 bus to [[Brid|place]] with [[Macey|name]] and another girl she would only
call "[[Shae|name]]". They met "[[Jamie|name]]" and his mate "[[Kez|name]]" at the harbour. She says [[Jamie|name]] is 17 "or maybe 19" and
drives a black Audi; she gave the plate as "[[YR19 KZT|vehicle]] or something". They went to a flat above a takeaway on
[[Quay Road|address]] where there were "loads of older lads", vodka and "nos". She said nothing happened to her "that I didn't
want". She would not say whose flat it was. At about 1 am [[Macey|name]]'s dad, Mr [[Paul Hoult|name]], rang round because [[Macey|name]]
was not answering; the girls went back to the car and [[Jamie|name]] was "going to drive us back to [[Driff|place]]" when police
came. She has his number saved as "J 🖤" - [[07433 191 433|phone]]. She said she met him on Snapchat in the summer holidays
through a girl from [[Hornsea|place]].

About home: she says Dad ([[Gary|name]]) "just shouts" and Mum "cries and then grounds me"; she gets on with her grandad,
[[Ron Storr|name]], in [[Nafferton|place]] and sometimes goes there after school on the 121. Her brother [[Harvey|name]] (10) "is
annoying but I'd die for him". She said she wants to do hair and beauty at East Riding College in [[Bridlington|place]].

Worries: older males; alcohol and nitrous oxide; a car; a flat in [[Brid|place]]; a girl from [[Hornsea|place]] who introduced her;
repeat missing. CSE risk screening tool completed: HIGH. Shared with the social worker, [[Kirsty Wray|name]]
([[kirsty.wray@kingsmoor.gov.uk|email]]), and with the Humberside Police missing persons coordinator, PC [[Andy Nettleton|name]].
"""),
    ("bus company email about a driver's report, forwarded to the social worker", """From: [[Kirsty Wray|name]]
Sent: [[06 October 2026|date]] 16:12
To: [[Hannah Featherstone|name]]; [[Marcus Adeyemi|name]] (Team Manager)
Subject: FW: Driver report - Service 121 / 45, girls on bus, Sat [[3/10|date]]

FYI - see below from the bus company. The description fits E-M and [[Macey|name]]. Plate matches the one [[Ellie-May|name]] gave.
Strat booked for Thursday. K

-----Original Message-----
From: [[Trevor Bainton|name]] <[[t.bainton@chalklandbuses.co.uk|email]]>
Sent: [[05 October 2026|date]] 09:48
To: Kingsmoor MASH <mash@kingsmoor.gov.uk>
Subject: Driver report - Service 121 / 45, girls on bus, Saturday

Good morning,
I'm the depot manager at our [[Bridlington|place]] depot. One of our drivers, [[Steph Kilvington|name]], has asked me to pass this
on as she was worried and didn't know who else to tell. Her report:

"Sat [[3rd Oct|date]], 45 from [[Driffield|place]] (19:10). Two girls got on at [[Driffield|place]] bus station, one maybe 13-14, long dark
hair, grey Nike hoodie, the other blonde, bit older. Both on their phones. The dark-haired one was on speaker and a lad kept
saying 'get off at [[Bessingby|place]] not the station'. They got off at the [[Bessingby Road|address]] stop by the roundabout at about
19:40.
A black Audi A3 was waiting, I got the plate on my dashcam: [[YR19 KZT|vehicle]]. There were two lads in it, one in his 20s
I'd say, gold chain. The younger girl looked back at the bus. I didn't like it. I have a girl that age.
On the way back the same night (23:05 from [[Brid|place]]) the blonde girl got on at [[Carnaby|place]] on her own and rang someone
called [[Mace|name]] [sic] or [[Macey|name]] saying 'where are you' and 'I'm telling your mam'. She got off at [[Nafferton|place]] lane
end."

We keep dashcam footage for 30 days and I can let the police have it. [[Steph|name]] is on earlies this week and can be
reached through me on [[01262 674 319|phone]] or on her own mobile, [[07978 975 986|phone]], if she is OK with that.
Regards,
[[Trevor Bainton|name]], Depot Manager, Chalkland Buses Ltd, [[Pinfold Lane|address]], [[Bridlington|place]] [[YO16 6XS|postcode]]
"""),
]

DOCS_B += [
    ("strategy meeting minutes (child exploitation)", """KINGSMOOR SAFEGUARDING PARTNERSHIP - STRATEGY MEETING (CHILD EXPLOITATION)
Child: [[Ellie-May Storr|name]] (13), [[14.3.2013|dob]]          Meeting: Thursday [[8.10.2026|date]], 14:00, Teams
Chair: [[Marcus Adeyemi|name]], Team Manager, Safeguarding and Partnerships Team (East)

Attendees: [[Kirsty Wray|name]] (SW); DS [[Lorna Pickersgill|name]] (Humberside Police, Exploitation Team); PC [[Andy Nettleton|name]]
(missing persons); [[Gemma Rudd|name]] (DSL, [[Driffield School|school]]); [[Hannah Featherstone|name]] (RHI worker); [[Faye Dobson|name]]
(school nurse); Mr [[Tony Lumb|name]] (head, [[Wolds Edge Primary|school]], for [[Harvey|name]]); [[Priya Mistry|name]] (Child Exploitation
Navigator, Barnardo's). Minutes: [[Kelsey Brumby|name]].

1. Information shared
Police: the car [[YR19 KZT|vehicle]] is registered to a [[Jamie GEE|name]], [[20.01.2005|dob]] (21), of [[Flat 6, Regent House|address]],
[[Quay Road|address]], [[Bridlington|place]] [[YO15 2AP|postcode]]. Known for possession with intent (cannabis) and a caution for
assault. His associate "[[Kez|name]]" is believed to be [[Kieran Szymański|name]] (19), of [[Sewerby|place]]. The flat was visited on
[[3 October|date]] (welfare check after the bus report): two girls of about 15 present, one from [[Hornsea|place]]
([[Tia-Rose Cawkwell|name]], known to the [[Hornsea|place]] team), and nitrous oxide canisters. A second car, a silver Corsa
[[PK66 HVU|vehicle]], was seen outside; keeper [[Amanda Gee|name]] of [[Beverley|place]] (his mother).
School: attendance 88% but lates rising; [[Ellie-May|name]] has been seen getting into a car at the [[Bridge Street|address]] end of
the school field at lunch. Her friend [[Macey Hoult|name]] (Year 10) was excluded for one day for vaping. Mrs [[Rudd|name]] said
[[Ellie-May|name]] told her form tutor, Mr [[Wilberforce|name]], that "[[Jay|name]] looks after me".
Family: Mrs [[Storr|name]] says she has taken the phone twice; [[Ellie-May|name]] has a second phone. Mr [[Storr|name]] works nights at
a poultry factory at [[Nafferton|place]] and "went looking round [[Brid|place]]" himself on [[25 September|date]]. Grandad [[Ron|name]]
has offered to have her after school.

2. Decisions: threshold met for section 47 (child sexual exploitation). Joint visit [[Kirsty|name]] and DS [[Pickersgill|name]] on
[[12/10|date]]. Child abduction warning notices to be served on [[Jamie Gee|name]] and [[Kieran Szymański|name]]. Disruption: licensed
premises visit to the takeaway; housing to be contacted about [[Regent House|address]]. [[Priya|name]] to offer weekly sessions
in school. Referral to the NRM not made at this stage (review at next meeting, [[22/10/2026|date]]).
"""),
    ("a girl's own letter to her social worker, typed from her handwriting", """[Typed by [[K Wray|name]] from a letter [[Ellie-May|name]]
gave me at school on [[2 November 2026|date]]. Her spelling
kept. Original on file. Doodles (hearts, a cat, "E.M.S 4eva") not typed.]

Dear [[Kirsty|name]]

Im writing this because I cant say it when your there and [[Priya|name]] said write it down. Im not thick I know what you all think
[[Jamie|name]] is. But he never made me do nothing. He bought me food at Maccies when mum had no money till friday and he
gave [[macey|name]] a lift to her nans in [[flamborough|place]] when her dad kicked her out. Thats more than my dad does.

The police came to our house on the [[14th|date]] and gave mum a paper that says [[Jamie|name]] cant see me or hes arrested. Now hes
blocked me and [[kez|name]] says its my fault. Everyone at school knows. [[Shae|name]] put on her story that im a grass. I havent been
in since monday the [[19th|date]] exept one day.

I want to go and live with Grandad [[Ron|name]] in [[Nafferton|place]]. Hes got a spare room and he dosnt shout. He takes me to
[[Sewerby|place]] on the bus and we get chips. Mum says its too far for school but theres the bus from [[Priestgate|address]] at 7.50 I
checked.

Please dont tell dad I wrote this. And dont tell [[harvey|name]] hes only 10 and he thinks im going to be took off.

Also can you tell [[Hannah|name]] I liked talking to her and I didnt mean it when I said she was nosey.

from [[Ellie-May|name]] ([[Ellie|name]])
p.s. my new number is [[07765 670 125|phone]] but only you and Grandad have it
"""),
]


# --- C. Khoshaba / Odisho family (Assyrian, from Baghdeda in Iraq), Gipsyville, Hull -------------------------------------

HOME_C = d.Address("26 Askew Avenue", "Gipsyville", "Hull", "HU4 6PE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ashur", "Khoshaba")], dt.date(2011, 6, 19), addresses=[HOME_C], ids=["343 397 7631", "Q810242047862"],
       schools=["Humber Gateway Academy"], phones=["07563 934 161"]),
    _p("s", "sibling", [("Nahrain", "Khoshaba")], dt.date(2015, 2, 3), addresses=[HOME_C], ids=["238 522 4755"],
       schools=["Calvert Fields Primary School"]),
    _p("s2", "sibling", [("Sargon", "Khoshaba")], dt.date(2020, 4, 28), addresses=[HOME_C], ids=["610 391 8650"],
       schools=["Calvert Fields Primary School"]),
    _p("m", "mother", [("Shamiram", "Odisho")], dt.date(1986, 11, 8), addresses=[HOME_C], phones=["07507 217 339"],
       ids=["SK 40 86 15 C"]),
    _p("f", "father", [("Ninos", "Khoshaba")], dt.date(1982, 1, 30), addresses=[HOME_C], phones=["07590 529 406"],
       ids=["PW 73 12 58 A"]),
    _p("p1", "professional", [("Bethany", "Holtby")], phones=["01482 506 913"], emails=["bethany.holtby@humbermere.gov.uk"]),
], "c")

DOCS_C = [
    ("secondary school designated safeguarding lead's referral form", """HUMBER GATEWAY ACADEMY - SAFEGUARDING CONCERN AND REFERRAL TO THE
EARLY HELP AND SAFEGUARDING HUB
Form completed by: [[Laura Hebblewhite|name]], Designated Safeguarding Lead        Date/time: Mon [[21 Sep 2026|date]], 10:35

Pupil: [[Ashur KHOSHABA|name]]    DOB [[19/06/2011|dob]]    Year 10    UPN [[Q810242047862|upn]]
Home: [[26 Askew Avenue|address]], [[Gipsyville|place]], [[Hull|place]] [[HU4 6PE|postcode]]   Home language: Assyrian (Sureth) / Arabic
Parents: [[Ninos Khoshaba|name]] (father) [[07590 529 406|phone]]; [[Shamiram Odisho|name]] (mother) [[07507 217 339|phone]] - mother's
English limited; school uses [[Ashur|name]] or his sister to interpret at parents' evening (we should not)
Siblings: [[Nahrain|name]] (11, Year 6) and [[Sargon|name]] (6, Year 2), both at [[Calvert Fields Primary|school]]

What was seen and said (his words as near as possible):
In PE (period 1) the PE teacher, Mr [[Daniel Oyelaran|name]], saw three long red-purple marks across the back of [[Ashur|name]]'s thighs
when he changed. Mr [[Oyelaran|name]] asked if he was OK and [[Ashur|name]] said "it's nothing sir, my dad did it with his belt
because I came home late from [[Hessle|place]]". He brought him to me. With me [[Ashur|name]] said: on Saturday night
([[19 September|date]]) he went to St Andrew's Quay with a friend, "[[Kaan|name]]" (Year 11, [[Kaan Demir|name]]), and stayed out until
11. His dad "went mad" because "in our culture it's shame". His dad hit him "5 or 6 times" with a belt in the kitchen while
his mum was "screaming at him to stop". He said it has happened before, "when I was like 12, in Sweden at my uncle's" and
"once last year". He said his little brother [[Sargon|name]] saw it and cried. He asked me not to ring his dad because "he will
think I shamed him more" and said he does not want to be taken away; he wants his dad "to get told it's illegal here".

I saw the marks (with Mr [[Oyelaran|name]] present): three parallel linear bruises 10-14 cm, back of both thighs, one with a
small cut where the buckle hit. Body map attached. [[Ashur|name]] has no medical needs; GP: Springhead Medical Centre.
Other: [[Ashur|name]] is in the school's Assyrian and Arabic-speaking group; the family came to the UK in 2019 from [[Baghdeda|place]]
(also called [[Qaraqosh|place]]) in Iraq by way of [[Erbil|place]] and [[Södertälje|place]], and are active in their church, Mar
Zaia Assyrian Church of the East in [[Hull|place]]. I have not contacted the parents, as advised by the hub (call ref 44172, spoke to
[[Bethany Holtby|name]], [[01482 506 913|phone]]). [[Ashur|name]] is in my office until a social worker comes.
Signed [[L. Hebblewhite|name]] (DSL)  ·  [[laura.hebblewhite@humbergateway.org.uk|email]]
"""),
    ("section 47 joint visit record with an interpreter", """HUMBERMERE CHILDREN'S SERVICES - SECTION 47 ENQUIRY: RECORD OF JOINT HOME VISIT
Children: [[Ashur Khoshaba|name]] ([[19.06.2011|dob]]), [[Nahrain Khoshaba|name]] ([[03.02.2015|dob]]), [[Sargon Khoshaba|name]]
([[28.04.2020|dob]])
Visit: [[21/09/2026|date]], 16:10-18:05, at [[26 Askew Avenue|address]], [[HU4 6PE|postcode]]
Present: [[Bethany Holtby|name]] (social worker); DC [[Rachel Greenwood|name]] (CAIU); [[Yonan Shlimon|name]] (interpreter, Sureth and
Arabic, by phone then in person); the mother [[Shamiram Odisho|name]]; the father [[Ninos Khoshaba|name]] (from 16:40, came from work
at the bakery on [[Hessle Road|address]]); [[Nahrain|name]] and [[Sargon|name]]. [[Ashur|name]] stayed at school with the DSL and then came
home with us at 17:30 at his own wish.

Note on the interpreter: Mr [[Shlimon|name]] told me at the start he attends the same church as the family. I asked Mrs [[Odisho|name]] if
she was happy with him (through Language Line's Arabic interpreter first, ID 40917); she said yes, she knows him "only
from church". Recorded as a risk to confidentiality; a different interpreter will be booked next time.

Mother: said in Sureth (through Mr [[Shlimon|name]]) that her husband "is a good father, he is not a drinker, he works"; that he hit
[[Ashur|name]] with the belt on Saturday "because he was frightened" when [[Ashur|name]] did not answer his phone until 23:00; that she
tried to stop it. She said in their village her own father beat her brothers "and nobody said anything". She said she has her
mother, [[Warda Benyamin|name]], in [[Ankawa|place]], and her husband's brother, [[Aprim Khoshaba|name]], in [[Södertälje|place]],
whom she rings most days ([[+46 70 412 88 56|phone]]). She asked in English, "Will you take my son?"
Father: accepted he hit [[Ashur|name]] with a belt "three times, not six". He said "In Iraq this is normal, in Sweden my brother
told me it is not allowed, I know. I am sorry." He said he lost two cousins in [[Qaraqosh|place]] in 2014 and is afraid when his son is
out at night in [[Hull|place]]. He agreed to a written safety plan: no physical punishment; if he is angry he leaves the house and
rings Fr [[Gewargis|name]] ([[Gewargis Daniel|name]], the priest, [[07580 726 411|phone]]).
[[Nahrain|name]] (seen alone in her room, in English): said Dad "shouts in Arabic when he's angry, in Assyrian when he's sad".
She said she saw the belt "on the kitchen floor" and [[Ashur|name]] crying in the bathroom. She said she feels safe.
[[Sargon|name]]: showed me his Lego; said "[[Ashur|name]] was naughty and Baba was angry". No marks seen on the younger children.
Outcome: [[Ashur|name]] to be medically examined tomorrow at Hull Royal Infirmary (booked for [[22/9|date]] at 10:00).
Children to remain at home with the safety plan; [[Ninos|name]] agreed to stay with his friend [[Sami Hanna|name]] at [[14 Gillett
Street|address]] for two nights. Strategy review Friday [[25 September 2026|date]].
"""),
]

DOCS_C += [
    ("family WhatsApp group in Sureth (Syriac script), Arabic and English, typed up and translated", """WhatsApp group "ܒܝܬ [[ܟܘܫܒܐ|name]]
(Beth [[Khoshaba|name]])" - exported by [[Ashur|name]] on his phone and shown to his social worker on
[[2 October 2026|date]]; typed by [[B Holtby|name]]. Translations from Sureth and Arabic by [[Nineb Isaac|name]] (interpreter, not a church
member), in brackets. Contacts as saved on [[Ashur|name]]'s phone.

[[19/09/2026|date]], 23:04 - Baba: [[ܐܫܘܪ|name]] ܐܝܟܐ ܝܘܬ؟ ([[Ashur|name]], where are you?)
[[19/09/2026|date]], 23:05 - Baba: [[Ashur|name]] answer now
[[19/09/2026|date]], 23:11 - Yimma: ܒܪܘܢܝ ܬܐ ܠܒܝܬܐ (my son, come home)
[[19/09/2026|date]], 23:12 - [[Ashur|name]]: im on the bus from the quay omg chill
[[20/09/2026|date]], 10:02 - Dodi [[Aprim|name]]: ܫܠܡܐ ܠܟܠܟܘܢ من [[سودرتاليه|place]] (greetings to you all from [[Södertälje|place]])
[[20/09/2026|date]], 10:03 - Dodi [[Aprim|name]]: [[ܢܝܢܘܣ|name]] call me. dont do what baba did to us
[[20/09/2026|date]], 10:40 - Baba: الله يسامحني (may God forgive me)
[[21/09/2026|date]], 19:22 - Yimma: ܐܬܘ ܡܢ ܕܪܒܐ ܕܫܘܠܛܢܐ ܠܒܝܬܐ (people from the council came to the house)
[[21/09/2026|date]], 19:24 - Dodi [[Aprim|name]]: In Sweden they did the same to [[Ramsin|name]] from church, its ok, they help.
[[Shami|name]] dont be scared
[[22/09/2026|date]], 08:15 - Nana [[Warda|name]]: [[ܫܡܝܪܡ|name]] ܒܪܬܝ, ܐܝܢܐ ܗܘܐ؟ ([[Shamiram|name]] my daughter, what happened?)
[[+964 750 418 2296|phone]]
[[22/09/2026|date]], 08:16 - Nana [[Warda|name]]: ܐܢܐ ܒ[[ܥܢܟܒܐ|place]] ܨܠܝܬܠܝ ܩܕܡ ܡܪܝ ܓܝܘܪܓܝܣ (I prayed for you in [[Ankawa|place]] before
Mar Giwargis)
[[22/09/2026|date]], 08:30 - [[Nahrain|name]]: nana we are ok. [[ashur|name]] is at the hospital just for a check. [[sargon|name]] is at
school
[[22/09/2026|date]], 08:31 - Nana [[Warda|name]]: ❤️ [[ܢܗܪܝܢ|name]] ܚܒܝܒܬܝ ([[Nahrain|name]] my darling)
[[24/09/2026|date]], 21:47 - Baba: I am at [[Sami|name]]'s. [[ܐܫܘܪ|name]], I am sorry. On Sunday we go together to Abouna
[[24/09/2026|date]], 21:50 - [[Ashur|name]]: ok
[[27/09/2026|date]], 14:12 - Dodi [[Aprim|name]]: Come to us for Easter. Address for visa letter: [[Ronnvägen 12|address]],
[[151 38|postcode]] [[Södertälje|place]]
[[01/10/2026|date]], 20:05 - [[Nahrain|name]]: [[ܣܪܓܘܢ|name]] drew this for baba 🦁 (a lion, from the Assyrian flag)
[[01/10/2026|date]], 20:06 - Baba: ܒܪܘܢܝ ܐܪܝܐ (my son, the lion)
"""),
]

DOCS_C += [
    ("police body-worn video transcript", """HUMBERSIDE POLICE - BODY WORN VIDEO: TRANSCRIPT (prepared for the strategy review)
Device: Axon, PC 3390 [[Liam Fenwick|name]]     Date of recording: [[10/10/2026|date]]     Start 21:52:06  End 22:09:40
Location: [[26 Askew Avenue|address]], [[Hull|place]] [[HU4 6PE|postcode]] (call from a neighbour, Mrs [[Doreen Pybus|name]],
[[no. 24|address]], reporting "shouting
and a boy running off")
Transcribed by: [[Sian Holgate|name]], civilian, [[12/10/2026|date]]. Interpreter on the phone, [[Nineb Isaac|name]], from 21:58.
[ ] = transcriber's note. Speakers named where known.

21:52:20  PC [[FENWICK|name]]: Hiya, police. Is it Mrs... [[Odisho|name]]? Can we come in, we've had a call.
21:52:31  [[SHAMIRAM ODISHO|name]]: Yes, yes. [[Ashur|name]] go out, he run. Please.
21:52:40  PC [[FENWICK|name]]: OK. Who's in the house now?
21:52:44  [[SHAMIRAM ODISHO|name]]: Me, [[Nahrain|name]], small one [[Sargon|name]]... and him.
21:52:49  PC [[FENWICK|name]]: Him being?
21:52:51  [[NAHRAIN KHOSHABA|name]]: My dad. He's not meant to be here till Monday but he came for the church thing.
21:53:10  PC [[MARSDEN|name]]: [to male on stairs] Sir, can you come down for me? What's your name?
21:53:14  [[NINOS KHOSHABA|name]]: [[Ninos Khoshaba|name]]. I did nothing. I did not touch him. I said only he cannot go with this boy
[[Kaan|name]].
21:53:30  PC [[MARSDEN|name]]: Where's [[Ashur|name]] gone?
21:53:33  [[NAHRAIN KHOSHABA|name]]: Probably [[Kaan|name]]'s. On [[Boothferry Road|address]], by the Chinese, I don't know the number. Or
[[Anlaby|place]] by the park with the skate thing.
21:53:41  [[NINOS KHOSHABA|name]]: [inaudible] ... [in Arabic, not translated on scene]
21:54:02  PC [[FENWICK|name]]: [to radio] Control, can you do a PNC and an address check on [[Kaan Demir|name]], D-E-M-I-R, about 16,
[[Boothferry Rd|address]]
area.
21:58:15  INTERPRETER ([[Isaac|name]]): [translating mother] She says there was no hitting. She says the father raised his voice because
the son said he is not Christian any more and will not come to church. She says the son took his money and his phone and left.
22:01:47  PC [[FENWICK|name]]: [[Shamiram|name]], has [[Ninos|name]] hurt you or the children tonight?
22:01:55  INTERPRETER: She says no. She says she is tired. She says [[Bethany|name]] from the council told her to call if there is a
problem and she called her brother in Sweden instead.
22:04:20  [radio] CONTROL: [[Ashur KHOSHABA|name]], [[19 June 2011|dob]], found safe by patrol at [[14 Westlands Road|address]],
[[Hull|place]]
[[HU5 5NU|postcode]], home address of a Mrs [[Aylin Demir|name]]. He's saying he won't come home tonight.
22:05:02  [[NINOS KHOSHABA|name]]: [to interpreter, in Sureth] ... [translated] Let him stay with them tonight. I will go back to
[[Sami|name]]'s. I
don't want the police in my house again in front of the small one.
22:07:33  PC [[MARSDEN|name]]: Where's [[Sami|name]]'s, sir?
22:07:36  [[NINOS KHOSHABA|name]]: [[Gillett Street|address]], fourteen. [[Sami Hanna|name]]. I go now, I walk.
22:09:40  [recording ends]
"""),
]


# --- D. Einarsson / Jónsdóttir family (Icelandic), Cleethorpes, with grandparents in Hafnarfjörður --------------------------

HOME_D = d.Address("23 Fenby Grove", "", "Cleethorpes", "DN35 8RT")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Anna", "Gunnarsdóttir")], dt.date(2012, 5, 17), addresses=[HOME_D], ids=["434 997 5926", "U812237956560"],
       schools=["Thrunscoe Academy"]),
    _p("s", "sibling", [("Kári", "Gunnarsson"), ("Kari", "Gunnarsson")], dt.date(2018, 10, 9), addresses=[HOME_D],
       ids=["687 726 3952", "G812214000844"], schools=["Seaview Primary School"]),
    _p("m", "mother", [("Sigríður", "Jónsdóttir")], dt.date(1984, 8, 12), addresses=[HOME_D], phones=["07948 405 792"],
       emails=["siggajons84@gmail.com"]),
    _p("f", "father", [("Gunnar", "Einarsson")], dt.date(1980, 2, 5), addresses=[HOME_D], phones=["07721 034 053"],
       ids=["NE 38 21 67 D"]),
    _p("p1", "professional", [("Joanne", "Clixby")], phones=["01472 691 524"], emails=["joanne.clixby@freshneyvale.gov.uk"]),
], "c")

DOCS_D = [
    ("early help assessment", """FRESHNEY VALE COUNCIL - EARLY HELP ASSESSMENT (family version, shared with the family)
Lead practitioner: [[Joanne Clixby|name]], Family Hub Practitioner, Cleethorpes Family Hub   Tel [[01472 691 524|phone]]
Assessment started [[07/09/2026|date]]; completed [[28/09/2026|date]]

Who is in the family
- [[Anna Gunnarsdóttir|name]], 14 ([[17 May 2012|dob]]), Year 10, [[Thrunscoe Academy|school]]
- [[Kári Gunnarsson|name]], 8 ([[9 October 2018|dob]]) - on the school system as "[[Kari Gunnarsson|name]]", Year 4,
[[Seaview Primary|school]]
- Mum: [[Sigríður Jónsdóttir|name]] ("[[Sigga|name]]"), 42, mob [[07948 405 792|phone]]
- Dad: [[Gunnar Einarsson|name]], 46, mob [[07721 034 053|phone]], works at a fish processing factory on [[Grimsby|place]] docks
- Mum's parents: [[Jón Hallgrímsson|name]] and [[Guðrún Bjarnadóttir|name]], [[Hraunbrún 14|address]], [[220|postcode]]
[[Hafnarfjörður|place]], Iceland, tel [[+354 565 2081|phone]]
Home: [[23 Fenby Grove|address]], [[Cleethorpes|place]] [[DN35 8RT|postcode]] (private rented)
(Icelandic names: the children's surnames come from their dad's first name, so nobody in the family shares a surname. Please
do not write "Mrs [[Einarsson|name]]" - Mum is Ms [[Jónsdóttir|name]], or [[Sigga|name]].)

Why we are meeting. [[Anna|name]]'s head of year, Mr [[Ian Fotherby|name]], asked for early help in September after [[Anna|name]] missed
eleven days and told her form tutor she was "looking after Mum and [[Kári|name]]". The family moved from [[Hafnarfjörður|place]] in
2021 when [[Gunnar|name]] got work in [[Grimsby|place]] (his grandfather was a trawlerman who landed in [[Grimsby|place]] in the 1950s).

What is going well. [[Gunnar|name]] has been sober since [[3 August|date]] and goes to an Icelandic-speaking AA meeting online from
[[Reykjavík|place]] on Tuesdays. [[Kári|name]] loves football (he plays for a club in [[Humberston|place]]) and swimming at the
leisure centre. [[Anna|name]] is doing well in maths and wants to be a marine biologist. Her best friend is [[Millie Cuthbert|name]],
whose mum, [[Tracy Cuthbert|name]], often has [[Kári|name]] after school.

What we are worried about. [[Sigga|name]] has been low since her sister [[Dísa|name]] died in [[Akureyri|place]] in February; she
spends days in bed. [[Anna|name]] does the shopping at the Co-op on [[Fenby Road|address]] and cooks, and takes [[Kári|name]]
to school. In July there was a row when [[Gunnar|name]] had been drinking; [[Anna|name]] rang 999 and police attended
(log [[14/07/2026|date]]). Nobody was hurt, but [[Kári|name]] now wets the bed.

Plan: GP appointment for [[Sigga|name]] with Dr [[Hussain|name]] (booked for [[1 October|date]]); young carers' assessment for
[[Anna|name]] through Carers' Centre; school to use an Icelandic interpreter (not [[Anna|name]]) for meetings; review
[[26 October 2026|date]] at the Family Hub.
"""),
]

DOCS_D += [
    ("email thread between a primary school's pastoral lead and the mother", """From: [[sigga jónsdóttir|name]]
<[[siggajons84@gmail.com|email]]>
Sent: Wednesday, [[14 October 2026|date]] 07:58
To: [[Claire Maddison|name]] <[[c.maddison@seaviewprimary.org.uk|email]]>
Subject: Re: [[Kári|name]] - this morning

Hi [[Claire|name]]
sorry my english is not so good in the morning :) [[Kari|name]] will be late today, he was sick in the night, not bad. [[Anna|name]] will
bring him at 10 when she goes to her school, is that ok. I am better this week thank you, the new tablets are working a bit.
[[Gunnar|name]] is in Iceland until Saturday [[17|date]]. for his fathers 70 birthday in [[Ísafjörður|place]], so it is only me.
Takk fyrir / [[Sigga|name]]

From: [[Claire Maddison|name]]
Sent: [[14 October 2026|date]] 08:21
To: [[sigga jónsdóttir|name]]
Subject: RE: [[Kári|name]] - this morning

Dear [[Sigga|name]],
Thank you for letting us know. Please don't ask [[Anna|name]] to bring [[Kári|name]] - she needs to be at [[Thrunscoe|school]] for
9:00 (I know Mr [[Fotherby|name]] is keen on this, and so is [[Joanne|name]] from the Family Hub). If [[Kári|name]] is well enough after
lunch, could [[Tracy|name]] bring him with [[Freddie|name]]? Or I can ask our Family Support Worker, Mrs [[Kaur|name]], to collect
him - she has done this before.
Also - [[Kári|name]] told his teacher, Miss [[Ellerby|name]], yesterday that "Pabbi went on an aeroplane because he was sad". We
wondered if [[Gunnar|name]] had been drinking again before he went? We just want to be sure [[Kári|name]] and [[Anna|name]] are OK.
Best wishes,
[[Claire Maddison|name]], Pastoral Lead, [[Seaview Primary School|school]], [[Grainsby Avenue|address]], [[Cleethorpes|place]]
[[DN35 9PQ|postcode]]
Tel [[01472 318 406|phone]]

From: [[sigga jónsdóttir|name]]
Sent: [[14 October 2026|date]] 09:40
To: [[Claire Maddison|name]]
Subject: Re: RE: [[Kári|name]] - this morning

No he is not drinking. He goes to [[Ísafjörður|place]] to see his dad, his dad is sick, he will be 70. [[Kári|name]] says Pabbi is sad
because afi is sick. I ask [[Tracy|name]] now.
His number in [[Ísafjörður|place]] if you need him: [[+354 862 4417|phone]] (his brother [[Siggi|name]]s phone, [[Gunnar|name]]s is broken)
[[Sigga|name]]

Sent from my iPhone
"""),
]

DOCS_D += [
    ("child in need review meeting minutes", """FRESHNEY VALE COUNCIL - CHILDREN IN NEED: REVIEW MEETING MINUTES
Children: [[Anna GUNNARSDÓTTIR|name]] ([[17/05/2012|dob]]), [[Kári GUNNARSSON|name]] ([[09/10/2018|dob]])
Held: Monday [[23rd November 2026|date]], 15:30, [[Thrunscoe Academy|school]], meeting room B
Chair: [[Joanne Clixby|name]] stepped across to the CIN team, so chaired by the social worker's manager, [[Andrea Tennison|name]]
Social worker: [[Callum Oduya|name]]      Interpreter (Icelandic): [[Hrafnhildur Sveinsdóttir|name]], via Teams from [[Reykjavík|place]]

Present: [[Sigríður Jónsdóttir|name]] (Mum); [[Gunnar Einarsson|name]] (Dad); [[Anna|name]] (first 20 minutes); Mr [[Ian Fotherby|name]]
(Head of Year 10); [[Claire Maddison|name]] ([[Seaview|school]]); [[Mandy Keal|name]] (Young Carers, Carers' Centre); [[Sue Ostler|name]]
(Open Minds, adult mental health, for Mum, with her consent).

Update since the step-up on [[2 November|date]]. On the night of [[31 October|date]] Mr [[Einarsson|name]] came back from a work night out
in [[Grimsby|place]] drunk; there was an argument, a door was broken and Mum took the children to [[Tracy Cuthbert|name]]'s at
[[11 Lindsey Drive|address]], [[Humberston|place]]. Police attended (PC [[Holmes|name]]). Both parents now say this was "one time" and
that Mr [[Einarsson|name]] has gone back to AA; he also attends With You in [[Grimsby|place]] (worker [[Dale Rhoades|name]]) and gave
consent for us to speak to them.
[[Anna|name]] said (her words): "I don't mind helping. I mind being the only one who knows where Mum's tablets are." She asked for her
grandmother, Amma [[Guðrún|name]], to be told what is happening - she FaceTimes her every Sunday. She asked that nobody at school calls
her "[[Anna G|name]]" in front of the class as there are two [[Annas|name]].
[[Kári|name]]: seen at school by [[Callum|name]] on [[18/11|date]]; drew his family as four people and a dog, and "Amma and Afi in
the sea" (the grandparents in [[Hafnarfjörður|place]]); says he likes it when Dad makes pönnukökur.
Mum: has started sertraline; sees [[Sue|name]] fortnightly; said through the interpreter that she thinks of going home to
Ísland with the children "if [[Gunnar|name]] drinks again".

Actions: [[Callum|name]] to talk with both parents about a move abroad and what it would mean (by [[4 December|date]]); Mr
[[Einarsson|name]] to share his With You plan; school to give [[Anna|name]] a pass to ring home at lunch; young carers group on
Thursdays at the Carers' Centre, [[Town Hall Street|address]], [[Grimsby|place]]. Next review Wednesday [[20 January 2027|date]].
"""),
    ("a mother's own letter in Icelandic, with the interpreter's English translation", """[Letter handed to [[Callum Oduya|name]] on
[[30 November 2026|date]]. Original in Icelandic, handwritten; typed, then translated by
[[Hrafnhildur Sveinsdóttir|name]]. The translator's notes are in square brackets.]

[[Cleethorpes|place]], [[29. nóvember 2026|date]]

Kæri [[Callum|name]],

Ég skrifa á íslensku því það er auðveldara fyrir mig að segja sannleikann á mínu eigin máli. [[Gunnar|name]] veit að ég skrifa
þetta bréf. Hann hefur ekki drukkið síðan [[31. október|date]]. Hann fer á fundi á hverjum degi núna.
Ég vil ekki fara heim til [[Hafnarfjarðar|place]]. Ég sagði það á fundinum af því að ég var hrædd. [[Anna|name]] á vini hér og
[[Kári|name]] talar betri ensku en íslensku. Mamma mín, [[Guðrún|name]], segir að ég eigi að vera hér og vera sterk.
Vinsamlegast ekki láta [[Önnu|name]] sjá um allt. Hún er bara barn. Ég tek töflurnar mínar á hverjum morgni núna og [[Tracy|name]]
kemur á fimmtudögum.
Með kveðju,
[[Sigríður Jónsdóttir|name]] ([[Sigga|name]])
[[Fenby Grove 23|address]], [[Cleethorpes|place]]

TRANSLATION
[[Cleethorpes|place]], [[29 November 2026|date]]
Dear [[Callum|name]],
I am writing in Icelandic because it is easier for me to tell the truth in my own language. [[Gunnar|name]] knows I am writing
this letter. He has not drunk since [[31 October|date]]. He goes to meetings every day now.
I do not want to go home to [[Hafnarfjörður|place]] [the letter has "[[Hafnarfjarðar|place]]", the same town in another grammatical case]. I
said
it at the meeting because I was frightened. [[Anna|name]] has friends here and [[Kári|name]] speaks better English than Icelandic. My
mother, [[Guðrún|name]], says I should stay here and be strong.
Please do not let [[Anna|name]] [written "[[Önnu|name]]", the same name in another case] take care of everything. She is only a child.
I take my tablets every morning now and [[Tracy|name]] comes on Thursdays.
With regards,
[[Sigríður Jónsdóttir|name]] ([[Sigga|name]])
[[23 Fenby Grove|address]], [[Cleethorpes|place]] [written in the Icelandic order, number after the street]
"""),
]


# --- E. Baker / Glover family (white British), Crosby, Scunthorpe, with a grandmother in Bottesford ------------------------

HOME_E = d.Address("Flat 3, 118 Frodingham Road", "Crosby", "Scunthorpe", "DN15 7NN")
NAN_E = d.Address("7 Moorwell Road", "Bottesford", "Scunthorpe", "DN17 2SX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Skye", "Baker")], dt.date(2019, 3, 2), addresses=[HOME_E], ids=["816 609 0686", "R813258671274"],
       schools=["Kingsway Lakes Primary School"]),
    _p("s", "sibling", [("Ronnie", "Glover")], dt.date(2023, 1, 15), addresses=[HOME_E], ids=["638 806 4434"],
       schools=["Tiny Steps Nursery"]),
    _p("m", "mother", [("Summer", "Baker")], dt.date(1995, 7, 21), addresses=[HOME_E], phones=["07557 876 690"],
       ids=["JR 55 09 21 A"]),
    _p("f", "father", [("Kyle", "Glover")], dt.date(1993, 4, 6), phones=["07455 297 754"], ids=["TC 81 46 30 B"]),
    _p("g", "grandparent", [("Carol", "Baker")], dt.date(1970, 12, 12), addresses=[NAN_E], phones=["01724 842 617"]),
    _p("p1", "professional", [("Lisa", "Kirton")], phones=["01724 276 548"], emails=["lisa.kirton@ancholme.gov.uk"]),
], "c")

DOCS_E = [
    ("MARAC referral with the DASH risk checklist summary", """MARAC REFERRAL FORM - NORTH BANK MARAC
Referral date: [[09/11/2026|date]]
Referring agency: Ancholme Council Children's Social Care      Referrer: [[Lisa Kirton|name]], Senior Social Worker
Tel [[01724 276 548|phone]]   Secure email [[lisa.kirton@ancholme.gov.uk|email]]
Grounds: visible high risk (DASH 17 "yes"), and professional judgement.

VICTIM: [[BAKER, Summer Louise|name]]   DOB [[21/07/1995|dob]]   NI [[JR 55 09 21 A|ni]]
Address: [[Flat 3, 118 Frodingham Road|address]], [[Crosby|place]], [[Scunthorpe|place]] [[DN15 7NN|postcode]]
Safe contact: mob [[07557 876 690|phone]] - text first, do not leave voicemails; or via her mum, [[Carol Baker|name]],
[[01724 842 617|phone]]
Children in household: [[Skye BAKER|name]] ([[02/03/2019|dob]]), [[Ronnie GLOVER|name]] ([[15/01/2023|dob]])

PERPETRATOR: [[GLOVER, Kyle James|name]]   DOB [[06/04/1993|dob]]   Relationship: ex-partner, father of [[Ronnie|name]]
Address: "sofa surfing", last known c/o his brother [[Dean Glover|name]], [[22 Queensway|address]], [[Kirton in Lindsey|place]]
[[DN21 4LF|postcode]]. Vehicle: white Ford Transit Custom [[YF21 OBW|vehicle]] (works for a scaffolding firm at the steelworks).

SUMMARY OF RISK
[[Summer|name]] ended the relationship in August after seven years. Since then: [[Kyle|name]] turned up at the flat on
[[31/10/2026|date]] at 02:00, kicked the door, and when she opened it put his hands round her neck "for a few seconds" in front
of [[Skye|name]] (7). She says she "blacked out for a second". He took her phone and smashed it. On [[3 Nov|date]] he followed her
car from the Asda on [[Ashby Road|address]] to her mum's in [[Bottesford|place]]. He has sent over 200 messages (seen by DC [[Brook|name]]),
including "if I can't have you no one can" and "ill take [[Ronnie|name]] to my mams in [[Barton|place]] and you'll never see him". He has a
caution for assault on a previous partner, [[Jade Hornsby|name]], in [[Brigg|place]] (2019).
DASH: 17 of 27 ticked, including strangulation, separation, escalation, threats to kill, stalking, child contact conflict.

ACTIONS ALREADY TAKEN: Humberside Police crime ref. recorded; [[Kyle|name]] arrested [[4/11/2026|date]] and bailed with conditions
(not to enter [[Crosby|place]], not to contact [[Summer|name]]); target hardening and a referral to the North Lincolnshire
domestic abuse service, [[Ness Appleyard|name]], IDVA ([[07836 315 800|phone]]); [[Skye|name]]'s school, [[Kingsway Lakes
Primary|school]], informed (DSL [[Gary Whitehead|name]]).
"""),
]

DOCS_E += [
    ("supervised contact session record, handwritten and scanned (OCR)", """[SCANNED DOCUMENT - OCR text, checked by admin; crossings-out
shown as ~~ ~~]
ANCHOLME FAMILY CONTACT CENTRE  -  SUPERVISED CONTACT: SESSION RECORD
Child(ren): [[Ronnie Glover|name]] (3)          Visiting parent: [[Kyle Glover|name]] (Dad)
Date: [[19 / 12 / 2026|date]]   Session: 10.00 - 11.30   Room: Blue room
Supervisor: [[Precious Nyathi|name]]      Second worker: [[Wendy Dent|name]] (vol.)
Handover: [[Ronnie|name]] brought by maternal gran, [[Carol|name]] (Mum not attending - order says no contact between
parents). Gran left by the back door at 09.55 and went to wait at the Costa on [[High St|address]].

10.04  Dad arrived (4 mins late, said van would not start). Searched bag as per rules - gift: a Scunthorpe United kit
       age 3-4 and a selection box. Hugged [[Ronnie|name]] who went to him straight away, called him "daddy".
10.15  Played with garage + cars. Dad asked [[Ronnie|name]] "who's mummy's new friend then" ~~twice~~ x2. I reminded Dad
       of the agreement (no questions about Mum). He said "fair enough, sorry [[Precious|name]]".
10.32  Dad took a photo on phone - allowed. Asked if he could FaceTime his mam, [[Maureen|name]] ("Nanna [[Mo|name]]") in [[Barton|place]] -
       allowed on speaker 5 mins. Nanna [[Mo|name]] said "tell your mummy to stop being daft and let you come to ours for
       Christmas". I ended the call (see guidance). Dad apologised for her.
10.50  Snack. [[Ronnie|name]] said "[[Sky|name]] not coming?" [sic] Dad said "no mate, [[Skye|name]]'s with her own
       dad". (Note: [[Skye|name]]'s father is a [[Rhys Colley|name]], lives in [[Ashby|place]], has her alternate weekends.)
11.10  Tidy-up. [[Ronnie|name]] upset at goodbye, cried "no daddy stay". Dad calm, said "see you next Saturday, be
       good for Nanna [[Carol|name]]". Dad left 11.28 via front door. Gran collected 11.40, [[Ronnie|name]] settled in her car
       (silver Juke [[FY68 XKM|vehicle]]).
Summary: warm, child-focused play; 1 breach of agreement (questions about Mum); grandmother's call not OK. Next session
[[26/12|date]]? - centre closed. Next: Sat [[2nd Jan 2027|date]].
Signed: [[P. Nyathi|name]]        Countersigned: [[M Arkwright|name]] (Centre Coordinator)   [[21.12.26|date]]
"""),
]

DOCS_E += [
    ("section 7 report to the family court (extracts)", """IN THE FAMILY COURT SITTING AT GRIMSBY                                   Case no.
GR26P00418
IN THE MATTER OF THE CHILDREN ACT 1989: [[RONNIE GLOVER|name]] (born [[15 January 2023|dob]])
Applicant: [[KYLE JAMES GLOVER|name]]        Respondent: [[SUMMER LOUISE BAKER|name]]
SECTION 7 REPORT of [[Lisa Kirton|name]], Senior Social Worker, Ancholme Council, dated [[22 January 2027|date]]

1. I was directed to report by District Judge [[Nasreen Akhtar|name]] on [[4 December 2026|date]], on the father's
application for a child arrangements order ("spends time with"). I have read the bundle, the police disclosure (DC
[[Oliver Brook|name]]), the MARAC minutes of [[17 November 2026|date]] and the contact centre records of [[19 December|date]],
[[2|date]] and [[9 January|date]].

2. [[Ronnie|name]] lives with his mother, Ms [[Baker|name]], and his half-sister [[Skye|name]] (7) at [[118 Frodingham Road|address]],
[[Scunthorpe|place]]. He attends [[Tiny Steps Nursery|school]] three mornings a week. [[Skye|name]] attends [[Kingsway Lakes|school]] and
spends alternate weekends with her father, Mr [[Colley|name]], in [[Ashby|place]]; that arrangement is not before the court.

3. Mr [[Glover|name]] now lives with his mother, [[Maureen Glover|name]], at [[5 Tofts Road|address]], [[Barton-upon-Humber|place]]
[[DN18 5DX|postcode]]. He has completed six of twenty-six sessions of a perpetrator programme run by Foundations in
[[Grimsby|place]]. He told me: "I know I frightened [[Summer|name]]. I never touched the kids." Ms [[Baker|name]] told me that on
[[31 October|date]] [[Skye|name]] saw him with his hands at her neck, and that [[Skye|name]] "still checks the door is locked every night".

4. [[Skye|name]]'s wishes (seen alone at school on [[12 January|date]]): she drew [[Kyle|name]] "in a box" and said, "[[Ronnie|name]] loves
him, I don't. [[Ronnie|name]] should see him at the place with the toys, not at his nanna's." [[Ronnie|name]] is too young to give a
view; at the contact centre he is warm and at ease with his father.

5. Recommendation: supervised contact at the centre weekly for a further 12 weeks, then a review; no unsupervised time
until the programme is completed; no contact at [[Tofts Road|address]] while Mrs [[Glover|name]] senior says the mother is "being daft".
[[L. Kirton|name]]
"""),
    ("text messages typed up from a mother's phone screenshots", """Screenshots from [[Summer Baker|name]]'s phone (contact saved as
"[[KYLE|name]] DO NOT ANSWER"), typed up by DC [[Oliver Brook|name]] for the
bail breach file, [[05/11/2026|date]]. 14 of 212 messages shown. Emojis described in brackets.

[[01/11/2026|date]] 23:14  [[KYLE|name]] DO NOT ANSWER: [[summer|name]] pick up
[[01/11/2026|date]] 23:14  [[KYLE|name]] DO NOT ANSWER: [[SUMMER|name]]
[[01/11/2026|date]] 23:20  [[KYLE|name]] DO NOT ANSWER: i know ur at ur mams in [[bottesford|place]] i seen ur car outside
[[moorwell|address]]
[[01/11/2026|date]] 23:21  [[Summer|name]]: leave me alone [[kyle|name]] ive rang the police
[[01/11/2026|date]] 23:31  [[KYLE|name]] DO NOT ANSWER: tell [[sky|name]] im sorry she seen that. i love them kids
[[02/11/2026|date]] 07:02  [[KYLE|name]] DO NOT ANSWER: if i cant have u no one can [[summer|name]]
[[02/11/2026|date]] 07:03  [[KYLE|name]] DO NOT ANSWER: ill take [[ronnie|name]] to my mams in [[barton|place]] and youll never see him
[[02/11/2026|date]] 09:45  [[Summer|name]]: [[Brooke|name]] from work is staying with me so dont bother coming
[[02/11/2026|date]] 09:47  [[KYLE|name]] DO NOT ANSWER: [[brooke dawson|name]] lol she'll be no help
[[03/11/2026|date]] 17:32  [[KYLE|name]] DO NOT ANSWER: nice tea at asda on [[ashby rd|address]] was it (eyes emoji)
[[03/11/2026|date]] 17:33  [[KYLE|name]] DO NOT ANSWER: [[frankie|name]] seen u at the tills
[[03/11/2026|date]] 17:50  [[Summer|name]]: your not allowed near me. [[Ness|name]] says i can get a non mol
[[03/11/2026|date]] 18:02  [[KYLE|name]] DO NOT ANSWER: ask [[ness appleyard|name]] who pays for [[ronnie|name]]s nappies
[[04/11/2026|date]] 06:15  [[KYLE|name]] DO NOT ANSWER: staying at [[dean|name]]s in [[kirton|place]] if u want to talk like an adult.
[[07455 297 754|phone]] new sim

Officer's note: "[[moorwell|address]]" above is [[Moorwell Road|address]], [[Bottesford|place]], where the mother's mother lives.
"[[kirton|place]]" is [[Kirton in
Lindsey|place]], not the social worker, Ms [[Kirton|name]].
"""),
]


# --- F. Hewson family (white British), Immingham, with a grandmother in Habrough ------------------------------------------

HOME_F = d.Address("31 Pelham Road", "", "Immingham", "DN40 1JZ")
NAN_F = d.Address("2 Station Road", "Habrough", "Immingham", "DN40 3BD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Mason", "Hewson")], dt.date(2010, 2, 11), addresses=[HOME_F], ids=["286 437 1979", "W812216390497"],
       schools=["Humber Docks Academy"], phones=["07880 896 561"]),
    _p("s", "sibling", [("Lacey", "Hewson")], dt.date(2014, 6, 25), addresses=[HOME_F], ids=["360 864 2366"],
       schools=["Humber Docks Academy"]),
    _p("s2", "sibling", [("Archie", "Hewson")], dt.date(2021, 9, 3), addresses=[HOME_F], ids=["475 376 2939"],
       schools=["Pelham Park Primary School"]),
    _p("f", "father", [("Lee", "Hewson")], dt.date(1983, 11, 19), addresses=[HOME_F], phones=["07872 868 357"],
       ids=["NW 62 48 03 C"]),
    _p("g", "grandparent", [("Pat", "Hewson")], dt.date(1958, 3, 8), addresses=[NAN_F], phones=["01469 573 208"]),
    _p("p1", "professional", [("Tom", "Fairburn")], emails=["tom.fairburn@freshneyvale.gov.uk"]),
], "c")

DOCS_F = [
    ("chronology of significant events", """FRESHNEY VALE COUNCIL - CHRONOLOGY OF SIGNIFICANT EVENTS
[[HEWSON, Mason|name]] ([[11/02/2010|dob]]); [[HEWSON, Lacey|name]] ([[25/06/2014|dob]]); [[HEWSON, Archie|name]] ([[03/09/2021|dob]])
Address: [[31 Pelham Road|address]], [[Immingham|place]] [[DN40 1JZ|postcode]]    Prepared by [[Tom Fairburn|name]] (SW) for the CP
conference

Date        | Event                                                                 | Source
[[12.03.2024|date]]  | Mother, [[Nicola Hewson|name]] (née [[Marris|name]]), died at Diana, Princess of Wales Hospital,    | GP / family
            | [[Grimsby|place]], after a short illness. Children at home with father [[Lee|name]].         |
Apr 2024    | [[Mason|name]] (14) first excluded (fixed term, 3 days) for fighting.                       | [[Humber Docks|school]]
[[06.09.2024|date]]  | Early help: bereavement support via Winston's Wish; [[Lacey|name]] attended 6     | EH record
            | sessions, [[Mason|name]] none.                                                   |
[[17.01.2025|date]]  | [[Mason|name]] found by police at 01:30 at [[Cleethorpes|place]] railway station with two older   | Police PPN
            | males from [[Leeds|place]]; £340 cash and two phones.                               |
[[23.05.2025|date]]  | Grandmother, [[Pat Hewson|name]] ([[Habrough|place]]), tells school [[Lacey|name]] (10) is doing the  | school
            | cooking and getting [[Archie|name]] up; dad on nights at the refinery.              |
[[30.09.2025|date]]  | [[Mason|name]] arrested in [[Scunthorpe|place]], possession of cannabis with intent (wraps   | YJS
            | in a Nike bag). Released under investigation. NRM referral made [[2/10/25|date]].       |
[[14.02.2026|date]]  | Positive conclusive grounds (criminal exploitation).                    | Home Office
Jun-Jul 2026 | [[Mason|name]] missing x4; once found at a flat in [[Bradford|place]] ([[Holme Wood|place]]).       | Police
[[21.08.2026|date]]  | [[Mason|name]] stopped by police on [[Pelham Road|address]] carrying a 20 cm kitchen knife;      | Police
            | says "it's for protection, they said they'd do me and [[Lace|name]]".            |
[[08.09.2026|date]]  | [[Lacey|name]] (12) tells her head of year, Mrs [[Okonjo|name]], that a man in a red car    | school
            | ([[KX70 BRV|vehicle]]) waited outside [[Humber Docks Academy|school]] and asked for "[[Mase|name]]'s sister". |
[[10.09.2026|date]]  | Strategy discussion; s47 (all three children). [[Archie|name]] seen at                   | CSC
            | [[Pelham Park Primary|school]]: clean, happy, "[[Lace|name]] makes my packed lunch".       |
[[02.10.2026|date]]  | [[Mason|name]] sentenced at Grimsby Youth Court: 9-month referral order (knife).         | Court
[[15.10.2026|date]]  | Window of [[31 Pelham Road|address]] smashed at 03:00. Dad moved [[Lacey|name]] and [[Archie|name]] to  | Police /
dad
            | Nan's, [[2 Station Road|address]], [[Habrough|place]] [[DN40 3BD|postcode]].                          |
"""),
]

DOCS_F += [
    ("social worker's notes typed fast on a phone, pasted into the case file", """[Pasted from my phone's notes app, unedited - TF
[[16/10|date]]]

thurs [[15th oct|date]] 0810 nan [[pat|name]]s [[habrough|place]]
- window at [[31|address]] done 3am, brick. dad rang 999, PC [[hartley|name]] came. no1 hurt
- [[lacey|name]] + [[archie|name]] at nans since 4am. [[archie|name]] asleep on sofa w the dog (bella). [[lacey|name]] v quiet, said "its
cos of [[mase|name]] innit"
- [[mason|name]] NOT at nans, not at home. dad says "at a mates in [[grimsby|place]]". wont say who. later: [[jayden fenty|name]]??
[[nunsthorpe|place]]. chk w police
- nan: "ive told [[lee|name]] them lot from [[leeds|place]] will come back". nan says she can keep the 2 little ones but not [[mason|name]]
"not w them lot after him"
- aunty [[shell|name]] ([[michelle marris|name]], mums sister) in [[stallingborough|place]] can take [[lacey|name]] wkdays?? her no
[[07813 955 684|phone]]
- school run: [[lacey|name]] bus from [[habrough|place]] ok. [[archie|name]] -> nan walks to station, train to [[immingham|place]]?? no
train lol. taxi via school transport, ask [[deb|name]] in admin
0930 rang YJS [[sam p|name]] ([[sam pridmore|name]]) - [[mase|name]] missed referral order mtg yday. she'll do home visit w me fri
1015 dad at home ([[31|address]]), boarding up. [[lee|name]] v angry "ur lot do nothing". said he'd "sort it himself". advised. he works sat
nights at the refinery, who has kids??
- police: car [[KX70 BRV|vehicle]] seen [[pelham rd|address]] 2.50am on ANPR (DS [[ramsey|name]], CE team, [[07939 982 987|phone]])
1130 DSL at [[humber docks|school]] mrs [[okonjo|name]]: [[lacey|name]] safe in school today, escort to bus
1400 [[mason|name]] turned up at nans w a black eye. said fell off bike. took pic w consent (on file)
1420 [[mason|name]]: "if i go to [[leeds|place]] again its over for me". wants to move away. asked about nan's sister in [[louth|place]]
TODO: strat disc fri; MARAC? no - CE panel; contextual safeguarding referral for the [[pelham rd|address]] flats; ring [[louth|place]] aunt
(great aunt [[jean|name]])
"""),
]

DOCS_F += [
    ("youth justice referral order panel report", """NORTH EAST LINCOLNSHIRE YOUTH JUSTICE SERVICE - REFERRAL ORDER: INITIAL PANEL REPORT
Young person: [[Mason HEWSON|name]]     DOB [[11 February 2010|dob]] (16)     NHS [[286 437 1979|nhs]]
Address: [[31 Pelham Road|address]], [[Immingham|place]], [[DN40 1JZ|postcode]] (staying with paternal grandmother in [[Habrough|place]]
since
[[15 October|date]])     Mobile: [[07880 896 561|phone]]
Order: 9 months, made at the Youth Court on [[2nd October 2026|date]] (possession of a bladed article, [[Pelham Road|address]],
[[21 August 2026|date]])
Case manager: [[Samantha Pridmore|name]]      Panel: [[Geoff Ridgway|name]] and [[Parveen Bibi|name]] (community volunteers)
Panel meeting: [[23/10/2026|date]], 16:00, Immingham Civic Centre

About [[Mason|name]]. [[Mason|name]] is the eldest of three. His mum, [[Nicola|name]], died when he was 14; he told me "that's when it all
went to ****". He lives with his dad, [[Lee|name]] (a process operator on shifts), his sister [[Lacey|name]] (12) and brother
[[Archie|name]] (5). He left [[Humber Docks Academy|school]] in Year 11 on a managed move to the Pupil Referral Unit at [[Grimsby|place]]
([[Wybers Wood Centre|school]]) and wants to do a plastering course at the college in [[Grimsby|place]].
He said older males from [[Leeds|place]] and [[Bradford|place]] "looked after him" from when he was 14 and had him selling in
[[Scunthorpe|place]], [[Cleethorpes|place]] and [[Louth|place]]. He is recognised by the Home Office as a victim of modern slavery
(conclusive
grounds [[14/02/2026|date]]). He says he carried the knife after a man called "[[Tyrone|name]]" told him they would hurt his sister.

Risks: serious harm to himself (HIGH), to others (MEDIUM). Protective: his nan, Mrs [[Pat Hewson|name]]; his boxing coach, [[Darren
Kitching|name]] at a gym in [[Stallingborough|place]]; his girlfriend [[Kenzie Lowther|name]] (15), whose family he says "are normal".

Proposed contract: reparation at the [[Immingham|place]] foodbank (4 sessions); knife crime awareness (a knife crime charity's materials);
boxing twice a week with [[Darren|name]]; education - CSCS card and the college taster on [[9 November|date]]; no contact with
[[Jayden Fenty|name]] (a condition of his safety plan, not of the order). Reviews: [[22/01/2027|date]] and [[21/04/2027|date]].
"""),
    ("GP practice online safeguarding referral, exported from the web form", """--- Online referral (exported PDF, plain text) ---
Submitted [[2026-11-03T14:52:18|date]]  Ref: WEB-812-77310

Section 1  Referrer
Name ........................ Dr [[Harpreet Sandhu|name]]
Role ........................ GP partner and safeguarding lead
Organisation ................ Roval Drive Medical Practice, [[Roval Drive|address]], [[Immingham|place]] [[DN40 2BN|postcode]]
Telephone ................... [[01469 571 904|phone]]
Email ....................... [[harpreet.sandhu1@nhs.net|email]]

Section 2  Child(ren)
First name / Last name ...... [[Lacey|name]] / [[Hewson|name]]
Date of birth ............... [[2014-06-25|dob]]
NHS number .................. [[3608642366|nhs]]
Address line 1 .............. [[31 Pelham Rd|address]]
Town ........................ [[Immingham|place]]
Postcode .................... [[DN40 1JZ|postcode]]
Other children in the home .. [[Mason|name]] (16), [[Archie|name]] (5) - brothers

Section 3  Parent(s) / carer(s)
Parent 1 .................... [[Lee Hewson|name]] (father)  [[07872 868 357|phone]]
Parent 2 .................... deceased ([[Nicola|name]])
Other carer ................. [[Patricia Hewson|name]] (grandmother), [[Habrough|place]]  [[01469 573 208|phone]]

Section 4  Concern (max 2000 characters)
[[Lacey|name]] (12) attended today with her grandmother. Presenting with headaches, poor sleep and weight loss of 3 kg since
August. Seen alone for part of the consultation. She said she is "scared all the time" since the window of the family home was
smashed and a man followed her from school; she is "the mum now" for her little brother; her older brother [[Mason|name]] is "in
trouble with people from [[Leeds|place]]". She disclosed that she cut her left forearm with a pencil sharpener blade on [[31/10|date]] -
three superficial healed cuts seen, no treatment needed. No suicidal plans. She does not want her dad to know about the cutting
("he's got enough"). Grandmother aware. I am aware the family has a social worker ([[Tom Fairburn|name]]) and am sending this so
the CP conference on [[11th November|date]] has it. Referred to Young Minds Matter (CAMHS, [[Grimsby|place]]) today.

Section 5  Consent ........ Discussed with [[Lacey|name]] and Mrs [[Hewson|name]]; not sought from father (see above).
Section 6  Declaration .... [x] I confirm the above is accurate.   Signed: [[H Sandhu|name]]   Date: [[03/11/2026|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 53 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 02:27 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy",
           "mam", "dad", "daddy", "aunty", "auntie", "uncle", "fr", "father", "abouna", "rabi", "amma", "mama", "papa", "yaya",
           "baba", "amí", "afi", "pabbi", "mamma", "frænka", "frændi", "ܐܒܘܢܐ", "ܡܪܝ", "dodi", "yimma", "great"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "yorkshire", "east yorkshire",
               "east riding", "the east riding", "north lincolnshire", "north east lincolnshire", "lincolnshire", "lincs",
               "the humber", "humberside", "iraq", "kurdistan", "the kurdistan region", "nineveh plains", "the nineveh plains",
               "nineveh", "sweden", "iceland", "ísland", "australia", "lithuania", "poland", "ireland", "europe", "america"}


# Checks of the marking itself (no detector involved); an empty list when all is well. Set 15's checker (which runs sets 13,
# 12, 11, 10, 9, 8, 7 and 6's) does the common checks; this adds this set's titles and kinship words and its counties,
# regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
