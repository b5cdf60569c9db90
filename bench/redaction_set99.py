"""Set 99: a held-out hand-written set for the redaction detector, six more invented families in Gloucester and the Forest of Dean, written
in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
sets being written by other helpers at the same time (bench/redaction_set98.py, redaction_set100.py, redaction_set101.py and
their tests), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its docstring, its first family's opening, its last documents and
its checker lists) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the
docstrings only of bench/redaction_set7.py to redaction_set97.py, printed with ast and searched for Gloucestershire place names
and community names (to choose homes and communities no earlier set used); a few lines of the checker of
bench/redaction_heldout.py (its UPN and NHS checks) and the first lines of bench/redaction_handwritten.py. Phone numbers were
checked with the phonenumbers library and NHS numbers and UPNs (LA 916, Gloucestershire) made with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Six families, each from a town, district or estate no earlier set used as a family's home: a white British family in
Podsmead, Gloucester, with a grandmother in Quedgeley (Hatherley / Marling; domestic abuse by a mother's partner, a boy of 9's
three houses, a body-worn video transcript, a child protection conference); a white British family on Steam Mills,
Cinderford, with a grandfather in Ruardean Woodside (Baldwin / Kear; poverty and a foodbank, a girl of 13 picked up by a man
of 20 from Lydney, a boy of 6 with speech delay); a Namibian family who speak Oshikwanyama (Oshiwambo) in Tredworth,
Gloucester, with a father in Katutura, Windhoek, and a grandmother in Oshakati (Amutenya / Shikongo / Haufiku; a boy hit with a
charger, an aunt on a visitor visa, a mother on a care worker visa); a Lao and white British family in Kingsholm, Gloucester,
with family in Vientiane (Vongsa / Pike; a mother away at her father's sickbed, a girl of 15 missing to Bristol and exploited,
names in Lao script); a very young white British mother in Lydney with a great-grandmother in Aylburton and the baby's father
in Bream (Gwatkin / Bream; neglect, a father on bail, pre-proceedings); and a white British and British Caribbean family in
Coleford with a father and grandmother in Tredworth and family in Kingston, Jamaica (Jaques / Hale-Teague / Teague; racist
bullying on a school bus, a father turning up angry, supervised contact). The two communities no earlier set used are
Namibian and Lao. 24 documents: a primary school's safeguarding log export, a three houses direct-work sheet, a police
body-worn video transcript, a child protection conference report, a foodbank e-referral, a Messenger chat from a police
download, a health visitor's review contact, early help team around the family notes, a MASH referral form, interpreted and
translated voice notes, an immigration solicitor's letter, a child in need review, an emergency department safeguarding
checklist scanned in capitals, a mother's own letter in English with Lao names, a return home interview, a strategy meeting's
minutes, a social worker's notes typed fast on a phone, a mother's Snapchat screenshots OCR'd with misreadings, a chronology
table, core group minutes, a scanned and OCR'd supervised contact record, an email chain, a duty telephone log and a family
safety plan in the family's words.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid (UK, Namibia, Laos); NHS numbers and
UPNs pass their check digits. The council (Glevum Council), the solicitors' firm and the nursery (Little Acorns) are invented;
towns, districts, villages, real schools, NHS bodies, hospitals, police forces, clubs, churches, charities, shops and
landmarks are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and kinship
words stay outside a name (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DS, TM, Granny, Aunty, Uncle, Great-gran, Pastor, and the Oshiwambo
"Meme" and "Tate" and the Lao "Mae", which mean mother, father and mother); "SURNAME, First" and "SURNAME First" are one
span; an initial with a surname is one span ("M. Wintle", "B. Jaques"); an initial alone ("r", a contact saved as "J") is not
marked; a texting s after a name stays outside ("[[reece|name]]s", "[[rowan|name]]s"); a name or address broken by a line
break is one span. Streets named without a number, a neighbour's bare flat or house number ("flat 2", "no. 18", "number 20",
"Flat 6") and a house number abroad ("112", "Erf 1123") are addresses; towns, districts, villages and estates are places at
home and abroad ("Katutura", "Oshakati East", "Ban Phonxay", "Xaysetha", "Half Way Tree"); countries and counties are not
("Namibia", "Laos", "Jamaica", "Gloucestershire"); organisations are not marked even when they hold a town's name
("Gloucester Rugby", "Tuffley Rovers", "Coleford Family Centre", "Gloucestershire Royal Hospital", "Dockham Road Surgery",
"Rikenel Health Centre", "Mahosot hospital", "ELCIN", "Two Rivers Housing", "Young Gloucestershire", "Women's Aid"); a firm
named after people marks only the names ("[[Kaur|name]] & Partners", "[[Pulham|name]]'s"); parks, hills, shopping centres and
car parks are landmarks and unmarked ("Robinswood Hill", "the Quays", "Cabot Circus"); pets and television characters are not
names ("Biscuit", "Peppa"); a name that is also a place or word is marked by what it refers to ("Gemma Tuffley" and "Dawn"
are names, "Tuffley" and "Bream" places when places, "Bream" a name when it is the father); a short form of a school is a
school ("Podsmead", "Ribston", "TJS", "Five Acres", "Crypt"); a date of birth is dob, in words too ("Eighth of January 93"),
any other date with a day is date (a weekday stays outside); months and years alone are unmarked.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: in OCR'd text a misread
name, place or address is marked as what it stands for ("Ka1ie Jones", "Kibbie", "Lydnev", "naas couit"); a Snapchat display
name made of a person's name ("masonnn") is a name; a school's role mailbox ("pastoral@...") is not a person's email and is
not marked; a Lao phrase that is not a name ("ແມ່ຮັກລູກ", "mum loves her child") is not marked; the Namibian "Erf" plot number
is an address.

Self-check without the detector: `python -m bench.redaction_set99` (and tests/test_redaction_set99.py) runs set 15's checker
on this set with this set's titles, kinship words and countries, and prints the number of documents and gold spans per kind:
24 documents, 987 gold spans, 554 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Hatherley / Marling family (white British), Podsmead, Gloucester --------------------------------------------------

HOME_A = d.Address("22 Lannett Road", "Podsmead", "Gloucester", "GL2 5HP")
NAN_A = d.Address("7 Naas Lane", "Quedgeley", "Gloucester", "GL2 4SA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kai", "Hatherley")], dt.date(2017, 6, 2), addresses=[HOME_A], ids=["663 923 3215", "L916526018159"],
       schools=["Podsmead Primary Academy"]),
    _p("s", "sibling", [("Lily-Mae", "Marling")], dt.date(2023, 2, 14), addresses=[HOME_A], ids=["468 819 7365"]),
    _p("m", "mother", [("Shannon", "Hatherley")], dt.date(1996, 9, 30), addresses=[HOME_A], phones=["07824 611 390"]),
    _p("f", "partner", [("Reece", "Marling")], dt.date(1993, 1, 8), addresses=[HOME_A], phones=["07971 330 456"]),
    _p("g", "grandparent", [("Tracey", "Hatherley")], dt.date(1970, 4, 21), addresses=[NAN_A], phones=["01452 523 418"]),
    _p("p1", "professional", [("Abi", "Tandy")], phones=["01452 418 772"], emails=["jess.tandy@glevum.gov.uk"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log exported from the school's online system", """SAFEGUARDING LOG - export - pupil:
[[HATHERLEY, Kai|name]]   Year 4   DOB [[02/06/2017|dob]]   UPN [[L916526018159|upn]]
School: [[Podsmead Primary Academy|school]], part of a multi-academy trust    DSL: [[Gemma Pritchard|name]]

[[14/09/2026|date]] 08:52  Logged by: [[Ellie Morse|name]] (TA, class 4W)
[[Kai|name]] came in without a coat and no breakfast. Said "[[Reece|name]] shouted all night and mum was crying". Said nan
([[Tracey|name]]) picked up [[Lily-Mae|name]] at 6 in the morning. Given toast in the nurture room.
Action: passed to DSL.  Category: home life / DA.

[[14/09/2026|date]] 11:20  Logged by: [[Gemma Pritchard|name]] (DSL)
Spoke with [[Kai|name]] in the nurture room with [[Ellie|name]]. He said [[Reece Marling|name]] (mum's partner) "threw the telly off
the unit" and "put mum against the fridge". Called mum [[Shannon Hatherley|name]] on [[07824 611 390|phone]] - no answer. Rang MASH,
spoke to [[Jess Tandy|name]] ([[01452 418 772|phone]]). Referral sent on the portal 11:48.

[[15/09/2026|date]] 15:30  Logged by: [[Gemma Pritchard|name]]
Mum came to the office. Said [[Reece|name]] has gone to his brother's in [[Matson|place]] and won't be back. Said she is staying at her
mum's, [[7 Naas Lane|address]], [[Quedgeley|place]], for now. Asked us not to let [[Reece|name]] collect.

[[21/09/2026|date]] 09:05  Logged by: [[Lewis Bevan|name]] (class teacher)
[[Kai|name]] said he saw "[[reece|name]]s car" outside at home time yesterday, a silver Corsa, [[CU19 WZK|vehicle]]. Mrs [[Dowding|name]] on
the gate confirmed a man sat in a car on [[Podsmead Road|address]] at 3.15.

[[23/09/2026|date]] 13:40  Logged by: [[Gemma Pritchard|name]]
Strategy discussion today. [[Kai|name]] to stay on CP plan pathway. Nan [[Tracey Hatherley|name]] ([[01452 523 418|phone]]) to collect
Mon-Fri. [[Kai|name]]'s friend [[Alfie Cinnamond|name]] says [[Kai|name]] told him "I hate the Park"; meaning Robinswood Hill?
[[02/10/2026|date]] 08:40  Logged by: [[Ellie Morse|name]]
Nan [[Tracey|name]] dropped [[Kai|name]] off. She said [[Shannon|name]] has moved back to [[Lannett Road|address]] with [[Lily-Mae|name]]
and that
[[Reece|name]] "keeps ringing from a withheld number". [[Kai|name]] sat with [[Alfie|name]] and [[Noah Brinkworth|name]] at breakfast club.
[[07/10/2026|date]] 10:15  Logged by: [[Gemma Pritchard|name]]
CP plan in place since [[6 October|date]]. Core group dates sent to mum by text ([[07824 611 390|phone]]): [[3 November|date]],
[[1 December|date]].
[[09/10/2026|date]] 14:55  Logged by: [[Lewis Bevan|name]]
[[Kai|name]] upset at pick-up: a man he called "[[Dale|name]]" waved from a car on [[Podsmead Road|address]]. Nan [[Tracey Hatherley|name]]
took him
home. Told [[Jess Tandy|name]] by phone ([[01452 418 772|phone]]). [[Lily-Mae|name]]'s nursery, [[Little Owls|school]], also told.
"""),
    ("child's three houses drawing written up by a social worker, with the child's own words", """Three Houses - direct work with
[[Kai|name]] ([[Kai Hatherley|name]], 9), at nan's house, [[Quedgeley|place]], Tuesday [[29 September 2026|date]]
Worker: [[Jess Tandy|name]], Glevum Council Children's Services

HOUSE OF GOOD THINGS
- "My nan [[Tracey|name]] makes pancakes"
- "[[Lily|name]] (he calls his sister [[Lily|name]] or [[Moo|name]]) laughs when I do the dinosaur voice"
- "My best friend is [[Alfie|name]] and his dad [[Darren|name]] takes us to Gloucester Rugby sometimes"
- "Mr [[Bevan|name]] lets me do the register"

HOUSE OF WORRIES
- "When [[Reece|name]] drinks the blue cans he goes loud"
- "I hid [[Lily-Mae|name]] in my room and put the telly on"
- "My real dad is [[Jordan|name]] and he lives in [[Cheltenham|place]] but I don't see him"
- "I worry [[reece|name]] comes to nans"

HOUSE OF DREAMS
- "Living at nans forever with mum and [[Lily|name]] and a dog called Biscuit"
- "Going to [[Weston|place]] on the train"

Worker's note: [[Kai|name]] drew [[Reece|name]] very big and himself at the window of [[22 Lannett Road|address]]. He asked if [[Jordan
Sterry|name]] (his father) could "come to my birthday on the [[2nd|date]]". Father's number on file from mum: [[07854 112 907|phone]].
Also said: "[[Alfie|name]]'s mum [[Stacey|name]] let me stay for tea at theirs on [[Seventh Avenue|address]]" and "nan takes me to
[[Stroud|place]] market on Saturdays". Next session: [[13 October 2026|date]], at [[Podsmead Primary|school]].
"""),
    ("police body-worn video transcript of a domestic abuse call-out", """BODY WORN VIDEO - TRANSCRIPT (prepared for file)   Gloucestershire
Constabulary   Officer: PC 3318 [[Nathan Organ|name]]
Date [[13.09.2026|date]]   Time 23:41   Location: [[22 Lannett Road|address]], [[Podsmead|place]], [[Gloucester|place]] [[GL2 5HP|postcode]]

PC [[ORGAN|name]]: Police, can you open the door please. Is that [[Shannon|name]]?
FEMALE ([[Shannon Hatherley|name]]): Yeah. He's gone, he's gone out the back.
PC [[ORGAN|name]]: Who's gone, love?
[[HATHERLEY|name]]: [[Reece|name]]. [[Reece Marling|name]]. He's probably gone down to his brother [[Dale|name]]'s on [[Sneedhams
Green|address]].
PC [[ORGAN|name]]: Are there any children in the house?
[[HATHERLEY|name]]: [[Kai|name]]'s upstairs with the baby. [[Lily-Mae|name]]'s one, she's three.
PC 4102 [[Jas Dhaliwal|name]]: I'll go up. Hello mate, what's your name?
CHILD: [[Kai|name]].
PC [[DHALIWAL|name]]: Alright [[Kai|name]]. Is your sister alright?
CHILD: She's asleep. I put Peppa on.
PC [[ORGAN|name]]: What's his date of birth, [[Reece|name]]'s?
[[HATHERLEY|name]]: [[Eighth of January 93|dob]]. His phone's [[07971 330 456|phone]] but he won't answer.
PC [[ORGAN|name]]: Anyone you can go to tonight?
[[HATHERLEY|name]]: My mum, [[Tracey|name]], out [[Quedgeley|place]]. Or [[Kerry|name]] next door at [[number 20|address]].
NEIGHBOUR ([[Kerry Ashmead|name]]): I heard it all through the wall, I rang you.
PC [[ORGAN|name]]: Thanks [[Kerry|name]]. Can I get your date of birth for the statement?
NEIGHBOUR: [[12/05/1979|dob]]. I'm [[Kerry Ashmead|name]], [[20 Lannett Road|address]]. My son [[Ryan|name]] heard it too.
PC [[DHALIWAL|name]]: Control, from 4102, one adult male outstanding, [[Reece Marling|name]], white, 33, last seen heading towards
[[Tuffley|place]] on foot. Vehicle on the drive, silver Corsa [[CU19 WZK|vehicle]]. Female [[Shannon|name]] to go to [[Quedgeley|place]].
PC [[ORGAN|name]]: [[Shannon|name]], what's your date of birth?
[[HATHERLEY|name]]: [[30th September 96|dob]]. [[Kai|name]]'s is [[2nd of June 2017|dob]].
"""),
    ("initial child protection conference report written by the social worker", """GLEVUM COUNCIL - CHILD PROTECTION CONFERENCE - SOCIAL
WORK REPORT
Children: [[Kai HATHERLEY|name]] (DOB [[2 June 2017|dob]], NHS [[663 923 3215|nhs]]); [[Lily-Mae MARLING|name]] (DOB [[14 February
2023|dob]], NHS [[468 819 7365|nhs]])
Address: [[22 Lannett Road|address]], [[Podsmead|place]], [[Gloucester|place]] [[GL2 5HP|postcode]]
Conference date: [[6 October 2026|date]]   Chair: [[Martin Gwilliam|name]]   Author: [[Jess Tandy|name]]

1. Reason for conference. On [[13 September 2026|date]] police attended after a neighbour, [[Kerry Ashmead|name]], rang 999. Mother
[[Shannon Hatherley|name]] had a red mark on her neck. Her partner [[Reece Marling|name]] (DOB [[08/01/1993|dob]]), father of
[[Lily-Mae|name]], had left. This is the fourth call-out since [[2 March 2025|date]].

2. The family. [[Shannon|name]] grew up in [[Tuffley|place]] and went to [[Beaufort Co-operative Academy|school]]. [[Kai|name]]'s father
[[Jordan Sterry|name]] lives in [[Hesters Way|place]], [[Cheltenham|place]], and has not seen [[Kai|name]] since 2022. Maternal grandmother
[[Tracey Hatherley|name]] lives at [[7 Naas Lane|address]], [[Quedgeley|place]] [[GL2 4SA|postcode]], and has cared for both children since
the [[15th|date]]. [[Reece|name]]'s brother [[Dale Marling|name]] lives in [[Abbeydale|place]].

3. Health. [[Lily-Mae|name]] is seen at Rikenel Health Centre; the health visitor [[Fran Cowmeadow|name]] reports missed 2-year
checks on [[3 March|date]] and [[28 April 2026|date]]. [[Kai|name]]'s school, [[Podsmead|school]], reports attendance of 86%.

4. Recommendation. Child protection plans for both children under the category of emotional abuse.
5. Views. [[Kai|name]] said "I want it quiet at home". [[Shannon|name]] said "I know [[Reece|name]] can't come back". [[Tracey|name]]
said she will keep helping. [[Reece|name]] did not attend; his solicitor, Mr [[Arun Mehta|name]], wrote on [[2 October 2026|date]].
Distribution: [[Gemma Pritchard|name]] ([[Podsmead Primary Academy|school]]); [[Fran Cowmeadow|name]] (HV); DS [[Clare Hiatt|name]]
(police).
"""),
]


# --- B. Baldwin / Kear family (white British), Steam Mills, Cinderford, Forest of Dean -------------------------------------

HOME_B = d.Address("5 Valley Road", "Steam Mills", "Cinderford", "GL14 3JD")
GRAN_B = d.Address("2 Crooked End", "Ruardean Woodside", "Ruardean", "GL17 9XA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Baldwin")], dt.date(2012, 11, 19), addresses=[HOME_B], ids=["993 563 2725", "B916083016613"],
       schools=["Forest High School"]),
    _p("s", "sibling", [("Harley", "Kear")], dt.date(2020, 7, 7), addresses=[HOME_B], ids=["951 817 5608"]),
    _p("m", "mother", [("Dawn", "Baldwin")], dt.date(1989, 3, 3), addresses=[HOME_B], phones=["07592 410 863"]),
    _p("f", "father", [("Gareth", "Kear")], dt.date(1985, 12, 12), addresses=[HOME_B], phones=["07412 908 221"]),
    _p("g", "grandparent", [("Royston", "Baldwin")], dt.date(1951, 5, 5), addresses=[GRAN_B], phones=["01594 542 615"]),
    _p("p1", "professional", [("Carys", "Meek")], phones=["01594 822 307"], emails=["carys.meek@glevum.gov.uk"]),
], "c")

DOCS_B = [
    ("foodbank voucher referral form filled in by a family support worker", """FOREST FOODBANK - E-REFERRAL (voucher)   Referral agency:
Glevum Council Early Help (Forest locality)
Referrer: [[Carys Meek|name]]   Tel: [[01594 822 307|phone]]   Email: [[carys.meek@glevum.gov.uk|email]]
Client name: [[Dawn Baldwin|name]]   Partner: [[Gareth Kear|name]]
Address: [[5 Valley Road|address]], [[Steam Mills|place]], [[Cinderford|place]]   Postcode: [[GL14 3JD|postcode]]
Contact number: [[07592 410 863|phone]]   Date of referral: [[02-10-2026|date]]
Adults in household: 2    Children: 2 (ages 13 and 6)   Names of children (optional): [[Tegan|name]], [[Harley|name]]
Reason for crisis: [x] benefit delay  [x] low income  [ ] homelessness  [x] sickness (partner off work, back injury at the
sawmill in [[Lydbrook|place]])
Collection point: [ ] [[Coleford|place]]  [x] [[Cinderford|place]] (Baptist Church hall, Thursdays)  [ ] [[Lydney|place]]
Dietary: [[Harley|name]] - no nuts. Tin opener needed: YES. Fuel top-up: YES (prepayment meter)
Notes: Mum will send her dad, Mr [[Royston Baldwin|name]], to collect as she has no car. He will bring his bus pass as ID.
Second voucher (same family): [[29-10-2026|date]], collected by [[Dawn|name]]'s neighbour Mrs [[Pam Roberts|name]] of
[[7 Valley Road|address]].
Signposted to: Citizens Advice ([[Coleford|place]] outreach); the Wesley warm space, [[Cinderford|place]].
Referrer's manager: [[Nia Probert|name]] ([[01594 822 300|phone]]). Household member DOBs: [[Dawn Baldwin|name]] [[03/03/1989|dob]];
[[Gareth Kear|name]] [[12/12/1985|dob]]; [[Tegan Baldwin|name]] [[19/11/2012|dob]]; [[Harley Kear|name]] [[07/07/2020|dob]].
"""),
    ("Facebook Messenger chat between a girl and her friend, typed up from a police download", """MESSENGER EXTRACT - account holder:
[[Tegan Baldwin|name]] (display name "[[Teg Baldwin|name]]")  - thread with "[[Maisie J|name]]"
Extracted by Gloucestershire Constabulary DFU, exhibit SJ/4. Times UK.

[[29/09/2026|date]] 21:14 [[Maisie J|name]]: u coming to the skate park tmrw
21:15 [[Teg Baldwin|name]]: cant mum says im grounded cos of [[gareth|name]]
21:15 [[Teg Baldwin|name]]: hes being a prick again hes smashed [[harleys|name]] xbox
21:17 [[Maisie J|name]]: omg. come to mine, my mum wont care. im on [[Buckshaft Road|address]] now not [[ruspidge|place]]
21:20 [[Teg Baldwin|name]]: [[kyle|name]] said he can get me from [[mitcheldean|place]] in his car
21:20 [[Maisie J|name]]: [[kyle|name]] from [[lydney|place]]?? hes like 19 teg
21:21 [[Teg Baldwin|name]]: 20 actually lol. hes nice. his number [[07463 218 904|phone]] if my phone dies
21:22 [[Maisie J|name]]: dont get in his car pls. tell mrs [[Vaughan|name]] at school or ill tell her
[[30/09/2026|date]] 07:48 [[Teg Baldwin|name]]: didnt go. nan [[roy|name]] came and got me. im at his in [[ruardean|place]]
07:50 [[Maisie J|name]]: ur grandad is called [[roy|name]]??
07:50 [[Teg Baldwin|name]]: [[royston|name]] lol. everyone says [[roy|name]]
[[30/09/2026|date]] 19:02 [[Maisie J|name]]: my cousin [[tyler|name]] says [[kyle|name]] has a flat in [[lydney|place]] by the station
19:04 [[Teg Baldwin|name]]: [[kyle brain|name]]? he goes [[coleford|place]] gym with [[gareth|name]]s mate [[dean|name]]
19:05 [[Maisie J|name]]: ya. also [[harley|name]] left his coat at [[steam mills|place]] park
"""),
    ("health visitor's two-year review notes in the child health record", """0-19 SERVICE - HEALTH VISITING RECORD - REVIEW CONTACT
Child: [[KEAR, Harley|name]]   DOB: [[07/07/2020|dob]]   NHS: [[951 817 5608|nhs]]
Address: [[5 Valley Road|address]], [[Steam Mills|place]], [[GL14 3JD|postcode]]   GP: Dockham Road Surgery
Seen at: home, [[12 Oct 2026|date]]   By: [[Bethan Cox|name]], Health Visitor, [[Cinderford|place]] clinic

Present: mother [[Dawn|name]], [[Harley|name]], grandfather [[Royston Baldwin|name]] (visits daily from [[Ruardean Woodside|place]]).
[[Harley|name]] (6) has speech delay; on waiting list for SALT since [[4 June 2026|date]]. Reception at
[[Steam Mills Primary|school]] report he is settled with Miss [[Jenkins|name]].
Home: damp in back bedroom, mould on [[Harley|name]]'s window. Dad [[Gareth|name]] in bed during visit (back injury);
did not come down. Mum said "[[Gaz|name]] is in pain, don't mind him". Empty cans in kitchen.
Mum mentioned her friend [[Sue Meredith|name]] helps with school runs. Mum's sister [[Leanne|name]] lives in [[Newent|place]].
Plan: chase SALT; letter to housing (Two Rivers Housing); share with [[Carys Meek|name]].
Next contact: [[9 Nov 2026|date]] at home. Copy to GP and to [[Steam Mills Primary School|school]] (Miss [[Jenkins|name]], Mrs
[[Rhian Gough|name]] SENCo). Tel mum [[07592 410 863|phone]]; grandad [[01594 542 615|phone]].
"""),
    ("early help team around the family minutes", """TEAM AROUND THE FAMILY - MEETING NOTES   [[Baldwin|name]]/[[Kear|name]]   Tuesday
[[20 October 2026|date]], 3.30pm
Venue: [[Forest High School|school]], [[Cinderford|place]]   Lead professional: [[Carys Meek|name]]
Present: [[Dawn Baldwin|name]] (mum); [[Royston Baldwin|name]] (grandad); [[Tegan|name]] (for part); Mrs [[Kath Vaughan|name]]
(head of year 9); [[Bethan Cox|name]] (HV); [[Owain Hale|name]] (Young Gloucestershire youth worker)
Apologies: [[Gareth Kear|name]]

1. [[Tegan|name]]. Attendance 71%. [[Kath|name]] reported [[Tegan|name]] was seen getting into a black Golf,
[[WU70 HPN|vehicle]], on [[Station Street|address]] on [[8 October|date]]. Driver believed to be [[Kyle Brain|name]], 20, of
[[Lydney|place]]. Police informed, intelligence submitted. [[Tegan|name]] said "he's just a mate of [[Maisie|name]]'s cousin".
2. Home. Foodbank used twice. Grandad [[Roy|name]] said he will have [[Tegan|name]] at weekends at [[2 Crooked End|address]].
3. Actions: [[Owain|name]] to meet [[Tegan|name]] weekly at the Wesley; [[Carys|name]] to ask about a referral to the
exploitation panel; next TAF on [[17th November|date]].
4. [[Harley|name]]. [[Bethan|name]] chasing SALT. Mrs [[Rhian Gough|name]] at [[Steam Mills Primary|school]] has put in a
speech group. [[Dawn|name]] asked about a place at [[Forest View|school]] nursery for the holidays - no, he's 6.
Contact: [[Carys Meek|name]] [[01594 822 307|phone]]; [[Owain Hale|name]] [[07789 240 116|phone]].
Distribution: [[Dawn Baldwin|name]], [[5 Valley Road|address]], [[Cinderford|place]] [[GL14 3JD|postcode]]; [[Royston Baldwin|name]],
[[2 Crooked End|address]], [[Ruardean Woodside|place]] [[GL17 9XA|postcode]]; [[Kath Vaughan|name]]; [[Bethan Cox|name]].
"""),
]


# --- C. Shikongo / Amutenya family (Namibian, Oshiwambo-speaking), Tredworth, Gloucester --------------------------------------

HOME_C = d.Address("48 Ryecroft Street", "Tredworth", "Gloucester", "GL1 4LY")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tangeni", "Amutenya")], dt.date(2015, 8, 25), addresses=[HOME_C], ids=["480 635 8177", "E916186091390"],
       schools=["Tredworth Junior School"]),
    _p("s", "sibling", [("Ndeshi", "Amutenya")], dt.date(2019, 1, 31), addresses=[HOME_C], ids=["839 705 2321"]),
    _p("m", "mother", [("Ndapewa", "Shikongo")], dt.date(1990, 10, 9), addresses=[HOME_C], phones=["07723 905 614"]),
    _p("f", "father", [("Johannes", "Amutenya")], dt.date(1986, 6, 16), phones=["+264 81 234 5678"]),
    _p("p1", "professional", [("Priya", "Lamb")], phones=["01452 426 551"], emails=["priya.lamb@glevum.gov.uk"]),
], "c")

DOCS_C = [
    ("MASH referral form from a junior school", """MULTI-AGENCY REFERRAL FORM (MARF)   Sent to: Glevum MASH   Date sent: [[19/10/2026|date]]
Referrer: [[Hannah Lusty|name]], DSL, [[Tredworth Junior School|school]]   Tel: [[01452 520 364|phone]]
Child: [[AMUTENYA, Tangeni|name]]   Known as: [[Tangi|name]]   DOB: [[25.08.2015|dob]]   Year 6   UPN [[E916186091390|upn]]
Address: [[48 Ryecroft Street|address]], [[Tredworth|place]], [[Gloucester|place]] [[GL1 4LY|postcode]]
Parent/carer: [[Ndapewa Shikongo|name]] (mother), [[07723 905 614|phone]]. Father [[Johannes Amutenya|name]] lives in [[Windhoek|place]],
phone [[+264 81 234 5678|phone]]. First language at home: Oshiwambo (Oshikwanyama); mum speaks good English.
Siblings: [[Ndeshi|name]] (7), at [[Tredworth Infant Academy|school]].
Concern: [[Tangi|name]] came to school with a loop-shaped mark on the back of his left thigh seen in PE by Mr [[Okafor|name]]. He
said "meme hit me with the charger because I lost the bus money". He said his aunty [[Selma|name]], who stays with them,
"tells Meme [[Ndapewa|name]] to beat me like in Namibia". ("meme" is the Oshiwambo word for mother.)
Other adults: aunt [[Selma Haufiku|name]] (age about 35), visiting since [[1 July 2026|date]].
Family friend [[Ruth Mwale|name]] of [[Falkner Street|address]] takes the children to church in [[Barnwood|place]] on Sundays.
Other schools: [[Ndeshi|name]] - [[Tredworth Infant Academy|school]], UPN not known. Previous school in [[Windhoek|place]]:
[[Suiderhof Primary|school]] ([[Tangi|name]], 2019-2022).
"""),
    ("interpreted voice notes from a mother's phone, transcribed and translated", """VOICE NOTES - translated from Oshikwanyama by
[[Lukas Nghipondoka|name]] (interpreter, LanguageLine ref 7719-44)
Provided by [[Ndapewa Shikongo|name]] on [[26 October 2026|date]] to show her contact with family. Translations in brackets.

1) From "Tate [[Johannes|name]]" ([[+264 81 234 5678|phone]]), [[21/10/2026|date]] 19:02:
"[[Ndapewa|name]], onda uda kutya [[Tangeni|name]] okwa...  (I heard that [[Tangeni|name]] was hurt. Who did it? Is it [[Selma|name]]?
I will call Meme [[Loide|name]] in [[Oshakati|place]].)"
2) From Meme [[Loide Shikongo|name]] (grandmother), [[+264 61 224 310|phone]], [[22/10/2026|date]] 06:40:
"(My daughter, do not let [[Selma|name]] touch the children. Send [[Selma|name]] back to [[Ondangwa|place]]. I am praying at
ELCIN in [[Oshakati|place]] for you.)"
3) From [[Selma Haufiku|name]] (aunt), UK number [[07380 661 245|phone]], [[22/10/2026|date]] 22:15:
"(I am leaving to stay with [[Martha|name]] in [[Swindon|place]]. I did nothing. The boy lies.)"
4) From "[[Ndeshi|name]] school mum [[Kirsty|name]]", [[23/10/2026|date]]: "Hiya [[Nda|name]] I can take [[Ndeshi|name]] to [[Tredworth
Infant|school]] tmrw if u want x"

Interpreter's note: "Tate" (father) and "Meme" (mother, also used for an older woman) are titles, not names. [[Nda|name]] is
the mother's short name. The grandmother's address was given as [[Erf 1123|address]], [[Oshakati
East|place]].
5) From [[Ndapewa|name]] to [[Johannes|name]], [[24/10/2026|date]]: "(Tate [[Johannes|name]], [[Tangeni|name]] is fine. The social
worker is [[Priya|name]]. Send money for [[Ndeshi|name]]'s school shoes to my account, not to [[Selma|name]].)"
"""),
    ("immigration solicitor's letter to the local authority about the family's status", """[[Kaur|name]] & Partners Solicitors, Immigration
Department

To: [[Priya Lamb|name]], Social Worker, Glevum Council        Our ref: IMM/SHI/2291        [[3 November 2026|date]]

Dear Ms [[Lamb|name]]

Re: [[Ndapewa SHIKONGO|name]] (DOB [[9 October 1990|dob]]) and children [[Tangeni|name]] (DOB [[25 August 2015|dob]]) and [[Ndeshi
AMUTENYA|name]] (DOB [[31 January 2019|dob]]), [[48 Ryecroft Street|address]], [[Gloucester|place]] [[GL1 4LY|postcode]]

We act for Ms [[Shikongo|name]]. She came to the UK on a Health and Care Worker visa on [[14 April 2022|date]], sponsored by a care
agency in [[Stroud|place]]. Her leave runs to [[13 April 2027|date]]. The children are her dependants. Mr [[Johannes Amutenya|name]]
remains at [[Erf 56, Otjomuise Road|address]], [[Katutura|place]], [[Windhoek|place]].

Her sister, Ms [[Selma Haufiku|name]], entered as a visitor on [[1 July 2026|date]] and has no right to work or reside. We
understand she is now in [[Swindon|place]] at the address of a friend, Mrs [[Martha Iipinge|name]], [[14 Cheney Manor Road|address]].

Our client asks that any plan not put her visa at risk. Please contact the writer, [[Simran Kaur|name]], on [[01452 300 812|phone]]
or [[s.kaur@kaurpartners.co.uk|email]].
Yours sincerely, [[Simran Kaur|name]]
cc: Ms [[Ndapewa Shikongo|name]], [[48 Ryecroft Street|address]], [[Tredworth|place]], [[GL1 4LY|postcode]]; [[07723 905 614|phone]]
"""),
    ("child in need review meeting record", """CHILD IN NEED REVIEW   Children: [[Tangeni Amutenya|name]] ([[Tangi|name]]),
[[Ndeshi Amutenya|name]]   Date: [[30.11.2026|date]]
Chair/SW: [[Priya Lamb|name]]  Present: [[Ndapewa|name]]; [[Hannah Lusty|name]] ([[TJS|school]]); Pastor
[[Simon Nangolo|name]] (church elder, invited by mum); interpreter not needed

Progress: [[Selma|name]] has left. [[Tangi|name]] says home is "calm now". No new marks. He goes to Saturday football at
Tuffley Rovers with his friend [[Bilal|name]] from [[Hopewell Street|address]]. Mum has started a parenting course at the
[[Tredworth|place]] children's centre. [[Ndeshi|name]] is happy at [[Tredworth Infant Academy|school]]; her teacher Mrs
[[Hook|name]] reports good progress. [[Tangi|name]] moves up next year; mum has applied to [[Crypt|school]] and
[[Severn Vale|school]] for September 2027.

Next review [[1 March 2027|date]]. Grandmother [[Loide|name]] may visit from Namibia in the spring.
Actions: [[Priya Lamb|name]] to write to [[Kaur|name]] & Partners; [[Hannah Lusty|name]] to update [[Tangi|name]]'s plan;
[[Ndapewa|name]] to give [[Ndeshi|name]]'s NHS number ([[839 705 2321|nhs]]) and [[Tangeni|name]]'s ([[480 635 8177|nhs]]) to the new GP.
Attendees' contact numbers: [[Priya Lamb|name]] [[01452 426 551|phone]]; [[Hannah Lusty|name]] [[01452 520 364|phone]]; Pastor
[[Simon Nangolo|name]] [[07402 915 337|phone]]; [[Ndapewa Shikongo|name]] [[07723 905 614|phone]].
"""),
]


# --- D. Vongsa / Pike family (Lao and white British), Kingsholm, Gloucester ----------------------------------------------

HOME_D = d.Address("9 Sandhurst Road", "Kingsholm", "Gloucester", "GL1 2SE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Malee", "Pike")], dt.date(2011, 4, 4), addresses=[HOME_D], ids=["761 612 4909", "K916996030824"],
       schools=["Ribston Hall High School"]),
    _p("s", "sibling", [("Sengphet", "Vongsa")], dt.date(2016, 12, 1), addresses=[HOME_D], ids=["652 863 0372"]),
    _p("m", "mother", [("Phonesavanh", "Vongsa")], dt.date(1984, 2, 28), addresses=[HOME_D], phones=["07956 318 207"]),
    _p("f", "father", [("Stuart", "Pike")], dt.date(1979, 8, 8), phones=["07534 776 091"]),
    _p("p1", "professional", [("Rhiannon", "Jelf")], phones=["01452 426 990"], emails=["rhiannon.jelf@glevum.gov.uk"]),
], "c")

DOCS_D = [
    ("emergency department paediatric safeguarding checklist", """GLOUCESTERSHIRE ROYAL HOSPITAL - CHILDREN'S ED - SAFEGUARDING CHECKLIST
(scanned, handwritten entries in CAPITALS)
Patient: [[PIKE, Malee|name]]   DOB [[04/04/2011|dob]]   NHS No [[761 612 4909|nhs]]   Attended: [[10/11/2026|date]] 01:35
Address: [[9 SANDHURST ROAD|address]], [[KINGSHOLM|place]], [[GL1 2SE|postcode]]
Accompanied by: FRIEND'S MOTHER - MRS [[JOANNE FLUCK|name]] ([[07891 225 604|phone]]), NOT PARENT
Presenting: intoxication (vodka), cut to left forearm (superficial). Found by friend [[Evie Fluck|name]] at the Quays car park.
Q: Is the child known to social care?  YES - SW [[RHIANNON JELF|name]]
Q: Who has parental responsibility?  MOTHER [[PHONESAVANH VONGSA|name]] ("[[NOY|name]]") [[07956 318 207|phone]] - NOT ANSWERING;
FATHER [[STUART PIKE|name]] [[07534 776 091|phone]] - LIVES IN [[HUCCLECOTE|place]], SAYS
MUM IS AWAY IN [[VIENTIANE|place]] SINCE [[1ST NOV|date]] AND [[MALEE|name]] STAYING WITH AUNTY [[KHAM|name]].
Q: Child's views: "I DON'T WANT DAD. I WANT MAE [[NOY|name]]" - NB "Mae" = mother in Lao.
Dr [[A. Ferreira|name]] ST4 / Nurse [[Kelly Dangerfield|name]] - Referral to Glevum MASH 02:40.
Q: Other children at home?  BROTHER [[SENGPHET VONGSA|name]] ("[[SENG|name]]"), DOB [[01/12/2016|dob]], AT [[BARNWOOD|place]] WITH AUNT
[[KHAM DOUANGDY|name]], [[07418 552 903|phone]], [[41 CHURCH LANE|address]], [[BARNWOOD|place]].
DISCHARGED [[10/11/2026|date]] 06:10 TO FATHER [[STUART PIKE|name]], [[27 CHURCHDOWN LANE|address]], [[HUCCLECOTE|place]],
[[GL3 3QH|postcode]].
GP: ST CATHERINE'S SURGERY.  SCHOOL: [[RIBSTON HALL HIGH SCHOOL|school]].  Seen by Dr [[Amelia Ferreira|name]].
"""),
    ("a mother's own letter to the social worker, written in English with Lao names", """[[Phonesavanh Vongsa|name]] ([[Noy|name]])
[[9 Sandhurst Road|address]]
[[Kingsholm|place]]
[[Gloucester|place]] [[GL1 2SE|postcode]]
[[20.11.2026|date]]

Dear [[Rhiannon|name]],

Thank you for come to see me yesterday. I write because my English speaking is not so good but writing is better.

I go to [[Vientiane|place]] on [[1 November|date]] because my father [[ສົມພອນ|name]] ([[Somphone|name]]) is very sick in Mahosot hospital. I
leave [[Malee|name]] and [[Seng|name]] with my cousin [[Kham Douangdy|name]] in [[Barnwood|place]], she say it is OK. I give her
money. I did not know [[Malee|name]] go out at night with the older girls. I am very sorry.

My address in Laos was [[Ban Phonxay|place]], [[Xaysetha|place]] district, house [[112|address]]. My mother phone is
[[+856 20 5561 2234|phone]], she
speak only Lao, her name [[ບົວສອນ|name]] ([[Bouasone|name]]). If you need to call my brother [[Khamla|name]] he have office phone
[[+856 21 215 467|phone]].

[[Stuart|name]] is [[Malee|name]]'s father but we are not together since 2019. He can have her Sundays. [[Seng|name]]'s father is
not in this country.

I work at the nail bar on [[Westgate Street|address]], [[Gloucester|place]], my boss is [[Linh|name]], she will let me change hours to be
home
by 4.

Please tell [[Malee|name]] mum loves her. ແມ່ຮັກລູກ.

[[Noy|name]]
PS. [[Seng|name]]'s school is [[Kingsholm Primary|school]], his teacher is Mr [[Daly|name]]. [[Malee|name]] used to go to
[[Ribston Hall|school]]
every day before. My friend from the temple in [[Bristol|place]], [[Vanh Keomany|name]], can translate, [[07733 014 562|phone]].
"""),
    ("return home interview after a missing episode, in question and answer form", """RETURN HOME INTERVIEW (RHI)   Young person:
[[Malee Pike|name]] (15)   Missing from: aunt's home, [[Barnwood|place]]
Missing: Sat [[14/11/2026|date]] 19:00 to Sun [[15/11/2026|date]] 11:30   Found: [[Bristol|place]], Cabot Circus
Interviewer: [[Jake Hemming|name]], Independent Return Interview Service (Gloucestershire)   Date: [[17/11/2026|date]]

Q: Where did you go?
A: Got the train from [[Gloucester|place]] with [[Evie|name]] and this girl [[Kenzie|name]] from [[Longlevens|place]]. We stayed at
[[Kenzie|name]]'s cousin [[Jermaine|name]]'s flat in [[St Pauls|place]].
Q: Do you know the address?
A: Near [[Ashley Road|address]]. [[Flat 6|address]] I think. [[Jermaine|name]]'s like 22.
Q: Did anyone give you anything?
A: Vapes and a bottle. [[Jermaine|name]] took my number [[07377 590 126|phone]] and put his in as "J".
Q: Who do you want to live with?
A: Mum when she's back. Not [[stuart|name]]. [[Kham|name]] is ok but she works nights at the care home.
Q: Anyone you trust?
A: Miss [[Partridge|name]] at [[Ribston|school]]. And [[Seng|name]] - he's my little brother, he's ten.

Risk: CSE indicators (older male, alcohol, out of area). Shared with [[Rhiannon Jelf|name]] and PC [[Sam Hook|name]] ([[Gloucester|place]]
Missing
Persons). [[Jermaine|name]]'s flat: [[Flat 6, Ashley Road|address]], [[St Pauls|place]], [[Bristol|place]] [[BS2 9LN|postcode]] (police to
confirm).
Follow up: [[Jake Hemming|name]] to see [[Malee|name]] again on [[24/11/2026|date]] at [[Ribston|school]]; [[Evie Fluck|name]]'s RHI done by
[[Sara Nicholls|name]] on [[18/11/2026|date]].
"""),
    ("strategy meeting minutes about exploitation", """STRATEGY MEETING (s47) - MINUTES   Child: [[Malee PIKE|name]]   DOB
[[4 April 2011|dob]]   Date: [[18 November 2026|date]]
Chair: [[Lorna Whittock|name]] (Team Manager)   Minutes: [[Ffion Rudge|name]] (business support)
Present: [[Rhiannon Jelf|name]] (SW); DS [[Marcus Elton|name]] (Gloucestershire Constabulary, Child Exploitation team);
[[Ruth Partridge|name]] (DSL, [[Ribston Hall High School|school]]); [[Donna Keyte|name]] (safeguarding nurse, GHC)

1. Information. Police: [[Jermaine Okonjo|name]], 22, of [[Ashley Road|address]], [[Bristol|place]] ([[BS2 9LN|postcode]]), known to Avon
and Somerset for supplying class A; his phone [[07425 883 170|phone]] was used to message [[Malee|name]] and [[Evie Fluck|name]] (15).
School: [[Malee|name]]'s attendance has dropped to 64% since half term. She said she is "going out with J".
Health: ED attendance [[10/11|date]]; superficial cut; CAMHS triage booked [[24/11/2026|date]].
Family: mother [[Noy Vongsa|name]] returned from Laos on [[19 November|date]]; father [[Stuart Pike|name]] of
[[Hucclecote|place]] willing to share care.
2. Decision: s47 enquiry (single agency, SW with police). Disruption notice to [[Jermaine Okonjo|name]]. Ask [[Kenzie Drinkwater|name]]'s
family,
of [[Longlevens|place]], to a separate meeting.
3. Actions: [[Rhiannon Jelf|name]] to visit [[Noy|name]] at [[9 Sandhurst Road|address]] on [[20 November|date]] with interpreter
[[Vanh Keomany|name]]; DS [[Elton|name]] to speak to [[Stuart Pike|name]] ([[07534 776 091|phone]]); [[Ruth Partridge|name]] to arrange a
safe adult at school. Review [[2 December 2026|date]].
Appendix - people named: [[Malee Pike|name]] ([[4/4/2011|dob]]), [[Sengphet Vongsa|name]] ([[1/12/2016|dob]]), [[Evie Fluck|name]]
and her mother [[Joanne Fluck|name]] ([[07891 225 604|phone]]), [[Kham Douangdy|name]], [[Jermaine Okonjo|name]],
[[Kenzie Drinkwater|name]].
"""),
]


# --- E. Gwatkin / Bream family (white British), Lydney, Forest of Dean ----------------------------------------------------

HOME_E = d.Address("Flat 3, 11 Naas Court", "", "Lydney", "GL15 5AT")
DAD_E = d.Address("4 Highbury Road", "Bream", "Lydney", "GL15 6EF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Rowan", "Gwatkin")], dt.date(2025, 5, 17), addresses=[HOME_E], ids=["486 257 0291"]),
    _p("m", "mother", [("Chelsea", "Gwatkin")], dt.date(2006, 8, 1), addresses=[HOME_E], phones=["07510 443 982"],
       ids=["JR 48 20 61 B"]),
    _p("f", "father", [("Mason", "Bream")], dt.date(2004, 2, 20), addresses=[DAD_E], phones=["07869 215 730"]),
    _p("p1", "professional", [("Sophie", "Kibble")], phones=["01594 562 940"], emails=["sophie.kibble@glevum.gov.uk"]),
], "c")

DOCS_E = [
    ("social worker's notes typed fast on a phone in the car after a visit", """visit notes - typed in car, tidy later
[[28/10|date]] 1545 hv w [[Chelsea|name]] at [[naas ct|address]]. [[rowan|name]] (17m) in cot, nappy soaked, bottle of cold tea?? in cot.
flat cold,
meter on emergency. [[chels|name]] v tired, said [[mason|name]] kept her up arguing on phone til 4. he is at his mums in [[bream|place]]
([[highbury rd|address]]) not allowed at flat per bail. neighbour [[Dave|name]] [[flat 2|address]] "sees him come over the back wall". ring
PC
[[kirby|name]] re bail. [[chels|name]] nan [[Pat Gwatkin|name]] in [[aylburton|place]] will have r tonight - [[01594 842 615|phone]].
health visitor [[jo|name]] ([[Jo Ballinger|name]]) not seen [[rowan|name]] since [[3 aug|date]]. [[chels|name]] mob [[07510 443 982|phone]]
changed?? no same.
TODO: food voucher, heater, ring [[mason|name]]s mum ([[Lorraine Bream|name]]) [[07708 119 264|phone]]
also - [[chels|name]] said her mate [[katie|name]] from [[whitecroft|place]] might have [[rowan|name]] sat. [[mason|name]]s reg
[[YK17 OWD|vehicle]]?
check w PC [[kirby|name]]. next visit [[30/10|date]] w [[jo|name]].
"""),
    ("a young mother's Snapchat messages photographed and OCR'd, with the OCR's misreadings", """OCR OF PHOTOGRAPHS OF PHONE SCREEN
(supplied by mother, [[04/11/2026|date]]) - uncorrected text; worker's notes in [ ]
[image 1]
[[masonnn|name]] 🔥  [Snapchat display name of [[Mason Bream|name]]; username not shown]
Chat  Today 02:13
MASON: ur a shit mum [[chelsea|name]] I'll take [[Rowan|name]] off u
MASON: I no where u are. [[naas couit|address]] [OCR: "[[Naas Court|address]]"]
ME: leave us alone im ringing [[sophie|name]]
MASON: ring her then. ring [[Kibbie|name]] [OCR for "[[Kibble|name]]"]
MASON: my mum says ur not fit. [[Lorraine|name]] will tell court
[image 2]
MASON: coming [[Lydnev|place]] [OCR for "[[Lydney|place]]"] now.
ME: ur not allowed. ur on bail
MASON: [[rowan|name]]s my son
[image 3]
[[Ka1ie Jones|name]] [OCR for "[[Katie Jones|name]]", [[Chelsea|name]]'s friend from [[Whitecroft|place]]]: babe im coming to get u.
[[07943 602 518|phone]]
[image 4]
[[Lorraine Brearn|name]] [OCR for "[[Lorraine Bream|name]]"]: [[Chelsea|name]] love [[Mason|name]] is upset. bring [[Rowan|name]] to
[[Bream|place]] on sunday x
ME: no [[lorraine|name]] hes on bail
"""),
    ("chronology of significant events for a pre-proceedings meeting", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Rowan GWATKIN|name]] (DOB
[[17.05.2025|dob]], NHS [[486 257 0291|nhs]])
Prepared by [[Sophie Kibble|name]], Social Worker, Forest Safeguarding Team, for the PLO meeting on [[9 December 2026|date]]

| Date | Event | Source |
| [[17/05/2025|date]] | [[Rowan|name]] born at Gloucestershire Royal Hospital, 36 weeks. Mother [[Chelsea Gwatkin|name]] 18. | Midwifery |
| [[02/09/2025|date]] | Police called to [[4 Highbury Road|address]], [[Bream|place]]: [[Mason Bream|name]] (21) punched a door;
[[Rowan|name]] present. | Police |
| [[14/01/2026|date]] | Mother and baby move to [[Flat 3, 11 Naas Court|address]], [[Lydney|place]] [[GL15 5AT|postcode]] (Two Rivers). |
Housing |
| [[3 Aug 2026|date]] | Last health visitor contact ([[Jo Ballinger|name]]). Weight on 9th centile. | HV |
| [[21|date]]-[[22 October 2026|date]] | [[Mason|name]] arrested after assault on [[Chelsea|name]] at the flat; bail: not to enter
[[Lydney|place]]. | Police |
| [[28/10/2026|date]] | Home visit: cold flat, [[Rowan|name]] unkempt; placed with great-grandmother [[Pat Gwatkin|name]],
[[Aylburton|place]]. | SW |
| [[4 Nov 2026|date]] | Mother brings screenshots of threats from [[Mason|name]]. | SW |
| [[12/11/2026|date]] | [[Mason|name]] seen in [[Lydney|place]] by PCSO [[Wendy Morgan|name]] near the harbour; breach. | Police |
| [[2 Dec 2026|date]] | Letter before proceedings sent to [[Chelsea|name]] and to [[Mason|name]] c/o his mother [[Lorraine Bream|name]]. |
SW |
| [[4 Dec 2026|date]] | [[Mason|name]]'s solicitor, [[Ceri Wyatt|name]], asks for contact at [[Lydney|place]] family centre. | Legal |
| [[5 Dec 2026|date]] | Father [[Mason Bream|name]] (DOB [[20/02/2004|dob]]) rings [[Sophie Kibble|name]] from [[07869 215 730|phone]]. | SW
|
| [[6 Dec 2026|date]] | Mother [[Chelsea Gwatkin|name]] (DOB [[01/08/2006|dob]]) moves in with [[Pat Gwatkin|name]], [[Aylburton|place]]. |
SW |
"""),
    ("core group meeting minutes", """CORE GROUP - [[Rowan Gwatkin|name]] - Thursday [[19 November 2026|date]] - held at [[Aylburton|place]]
(great-gran's)
Present: [[Chelsea Gwatkin|name]]; Mrs [[Pat Gwatkin|name]]; [[Sophie Kibble|name]] (SW); [[Jo Ballinger|name]] (HV); [[Leah Tingle|name]]
(Women's Aid Forest outreach); [[Kerry-Ann Powles|name]] (nursery manager, [[Little Acorns|school]], [[Lydney|place]])
Not present: [[Mason Bream|name]] (not invited: bail conditions)

- [[Rowan|name]] now 18 months; started at [[Little Acorns|school]] 3 mornings. [[Kerry-Ann|name]]: "settling well, loves the sand tray".
- [[Chelsea|name]] doing the Freedom Programme with [[Leah|name]] on Tuesdays at the children's centre.
- Great-gran [[Pat|name]] is 79 and tired; her son [[Graham Gwatkin|name]] in [[Yorkley|place]] ([[07831 554 097|phone]]) will help at
weekends.
- [[Chelsea|name]]'s NI number [[JR 48 20 61 B|ni]] given to the DWP worker for the Universal Credit advance.
- Next core group [[17 December|date]], at [[Little Acorns|school]].
Contacts: [[Sophie Kibble|name]] [[01594 562 940|phone]] / [[sophie.kibble@glevum.gov.uk|email]]; [[Chelsea|name]] [[07510 443 982|phone]];
Mrs [[Pat Gwatkin|name]] [[01594 842 615|phone]].
Apologies: PC [[Dan Kirby|name]] (Forest neighbourhood policing); [[Lorraine Bream|name]] (paternal grandmother,
[[4 Highbury Road|address]],
[[Bream|place]], [[GL15 6EF|postcode]]).
"""),
]


# --- F. Jaques / Hale-Teague family (white British and British Caribbean), Coleford, Forest of Dean -------------------------

HOME_F = d.Address("16 Bowens Hill Road", "", "Coleford", "GL16 8DH")
GRAN_F = d.Address("30 Tredworth Road", "Tredworth", "Gloucester", "GL1 4QT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ezra", "Hale-Teague")], dt.date(2015, 9, 9), addresses=[HOME_F], ids=["296 111 2427", "G916628194821"],
       schools=["Coleford C of E Primary School"]),
    _p("s", "sibling", [("Tiana", "Hale-Teague")], dt.date(2010, 3, 12), addresses=[HOME_F], ids=["262 385 7342", "Z916993518190"],
       schools=["Five Acres High School"]),
    _p("m", "mother", [("Becky", "Jaques")], dt.date(1988, 7, 4), addresses=[HOME_F], phones=["07590 221 784"],
       emails=["beckyjaques88@hotmail.co.uk"]),
    _p("f", "father", [("Winston", "Hale-Teague")], dt.date(1984, 1, 25), addresses=[GRAN_F], phones=["07482 650 318"]),
    _p("p1", "professional", [("Tom", "Brobyn")], phones=["01594 812 300"], emails=["tom.brobyn@glevum.gov.uk"]),
], "c")

DOCS_F = [
    ("handwritten contact supervision record, scanned and OCR'd", """SUPERVISED CONTACT RECORD  (scanned [[25/11/2026|date]], OCR - layout
lost)
Children: [[Ezra Hale-Teague|name]] (11) & [[Tiana Hale-
Teague|name]] (16)   Parent: [[Winston Hale-Teague|name]] (father)
Venue: Coleford Family Centre, room 2    Date: [[21.11.26|date]]   Time 10.00-11.30
Supervisor: [[M. Wintle|name]] ([[Mel Wintle|name]], contact worker)

10.02 Dad arr. with his mum "Granny [[Merle|name]]" (Mrs [[Merle Teague|name]]) - not on contact plan, phoned [[Tom Brobyn|name]],
agreed she can stay 30 min. [[Ezra|name]] ran to her. [[Tiana|name]] arr. 10.15 with mum's friend [[Gemma|name]] ([[Gemma Tuffley|name]]).
10.20 Dad brought patties & dumplings; [[Ezra|name]] asked about cousins [[Jaden|name]] and [[Kez|name]] in [[Tredworth|place]]. Dad said
they can come to his at [[30 Tredworth Road|address]] at Christmas. (not agreed - to SW)
10.40 [[Tiana|name]] on phone much of time. Said to dad "[[Becky|name]] won't let me go to [[Cheltenham|place]] with you". Dad said "she's
your mum, don't call her [[Becky|name]]".
11.05 Granny [[Merle|name]] gave [[Ezra|name]] a card with her number [[01452 307 461|phone]] & a photo of their family in
[[Kingston|place]],
Jamaica ([[Half Way Tree|place]]).
11.30 Ended well. [[Ezra|name]] cried. Next: [[5.12.26|date]].
Signed: [[M Wintle|name]]   Countersigned: [[T. Brobyn|name]] [[26/11/26|date]]
Children's DOBs (from file): [[Ezra|name]] [[09/09/2015|dob]], [[Tiana|name]] [[12/03/2010|dob]]. Dad's mobile [[07482 650 318|phone]].
Granny [[Merle|name]]'s address: [[30 Tredworth Road|address]], [[Gloucester|place]] [[GL1 4QT|postcode]].
"""),
    ("email chain between a high school, the mother and the social worker", """From: [[Becky Jaques|name]]
<[[beckyjaques88@hotmail.co.uk|email]]>
Sent: Monday, [[16 November 2026|date]] 22:07
To: pastoral@fiveacres.example.sch.uk
Cc: [[Tom Brobyn|name]] <[[tom.brobyn@glevum.gov.uk|email]]>
Subject: RE: [[Tiana|name]] - isolation

Hi Mr [[Pask|name]]
[[Tee|name]] came home crying again. She says a boy called [[Callum|name]] in year 11 keeps calling her the n word on the bus
from [[Coleford|place]] and nobody does nothing. Shes the one who got isolation for hitting him?? I want a meeting.
[[Becky|name]] (mum)
Sent from my iPhone

> From: [[Daniel Pask|name]] <[[d.pask@fiveacres.example.sch.uk|email]]>
> Sent: [[16 November 2026|date]] 15:41
> Dear Ms [[Jaques|name]], I am writing to let you know that [[Tiana|name]] was placed in the reflection room today after an
> incident on the school bus near [[Berry Hill|place]]... [[Five Acres|school]] takes racism very seriously and I will
> speak with the other student's family. Kind regards, [[Dan Pask|name]], Head of Year 11, [[Five Acres High School|school]]

From: [[Tom Brobyn|name]]
Sent: [[17/11/2026|date]] 08:15
To: [[Becky Jaques|name]]; [[Daniel Pask|name]]
Thanks both. [[Becky|name]], I can come to the meeting. [[Tiana|name]]'s dad [[Winston|name]] has asked to come too - he is on
[[07482 650 318|phone]]. [[Dan|name]], could the bus company ([[Pulham|name]]'s?) look at the CCTV for [[16/11|date]]? [[Tom|name]]
> From: [[Tom Brobyn|name]] <[[tom.brobyn@glevum.gov.uk|email]]>
> Sent: [[18/11/2026|date]] 09:02
> [[Winston|name]] rang me; he will come from [[Tredworth|place]]. Meeting at [[Five Acres|school]] on [[23 November|date]], 3.30.
"""),
    ("duty social worker's telephone log", """DUTY LOG - Forest Safeguarding Team - duty worker [[Hollie Gough|name]] - Wed
[[25 Nov 2026|date]]

09:12 IN from [[Becky Jaques|name]] [[07590 221 784|phone]]: [[Winston|name]] turned up at [[16 Bowens Hill Road|address]] at 8 last night,
shouting
at the window, wanted [[Ezra|name]]. Neighbour at [[no. 18|address]] (Mr [[Jenkins|name]]) came out. [[Winston|name]] left in a white van,
[[KV68 RZA|vehicle]]. No injuries. Children at school.
09:30 OUT to [[Winston Hale-Teague|name]] [[07482 650 318|phone]]: voicemail. Left message.
09:41 IN from [[Merle Teague|name]] ([[01452 307 461|phone]]): says [[Winston|name]] stayed at hers in [[Tredworth|place]] last night, "he
only wanted to give the boy his trainers". Lives at [[30 Tredworth Road|address]], [[GL1 4QT|postcode]].
10:05 OUT to [[Coleford C of E Primary|school]], spoke to Mrs [[Ann Wilce|name]] (DSL): [[Ezra|name]] fine, told teacher "daddy came".
10:20 Passed to allocated SW [[Tom Brobyn|name]] (on leave till [[26/11|date]]). TM [[Lorna Whittock|name]] aware.
11:00 IN from PC [[Rob Dobbs|name]] ([[Coleford|place]] neighbourhood team): [[KV68 RZA|vehicle]] registered to
[[Winston Hale-Teague|name]],
[[30 Tredworth Road|address]], [[Gloucester|place]]. Warning given. [[Becky|name]] informed on [[07590 221 784|phone]].
12:30 IN from [[Gemma Tuffley|name]] ([[07944 318 502|phone]]) of [[Sling|place]]: offers to have [[Ezra|name]] tonight. [[Tiana|name]] to
stay
with her friend [[Lauren Meek|name]] in [[Milkwall|place]]. Mum agreed. [[Hollie Gough|name]].
"""),
    ("safety plan written with the family in their own words", """OUR FAMILY SAFETY PLAN - written together on [[1st December 2026|date]] at
[[16 Bowens Hill Road|address]], [[Coleford|place]] [[GL16 8DH|postcode]]
Who is in our family: Mum ([[Becky|name]]), [[Tiana|name]] ([[Tee|name]], 16), [[Ezra|name]] (11, "[[Ez|name]]"), Dad ([[Winston|name]]) who
lives with Granny [[Merle|name]] in [[Gloucester|place]].

What we are worried about: Dad coming round when he is angry. [[Tee|name]] being picked on at school. [[Ez|name]] hearing shouting.

Our safety people:
1. Granny [[Merle|name]] - [[01452 307 461|phone]] - she can calm Dad down.
2. Mum's friend [[Gemma Tuffley|name]] - lives in [[Sling|place]] - [[07944 318 502|phone]] - can have [[Ez|name]] if needed.
3. Aunty [[Jade|name]] ([[Jade Jaques|name]]) in [[Broadwell|place]] - will pick up from school.
4. Uncle [[Delroy|name]] in [[Birmingham|place]] - talks to Dad - [[+44 7723 408 115|phone]].

Rules we agreed: Dad rings first. Contact at Granny's house on Saturdays, not at ours. If Dad comes round, Mum rings 999 and
[[Ez|name]] goes to Mr [[Jenkins|name]] at [[no. 18|address]].
Signed: [[B. Jaques|name]]  [[W Hale-Teague|name]]  [[Tiana|name]]  [[ezra|name]]  SW: [[T Brobyn|name]]
Review: [[15th January 2027|date]] with [[Tom|name]] at Granny [[Merle|name]]'s in [[Tredworth|place]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 99 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 06:53 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "tm", "nurse", "sister", "our", "me", "nan",
           "nana", "nanny", "gran", "granny", "grandma", "grandad", "great-gran", "mum", "mummy", "mam", "dad", "daddy",
           "aunty", "auntie", "uncle", "pastor", "meme", "tate", "mae", "madam"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "gloucestershire",
               "the forest", "forest of dean", "the forest of dean", "namibia", "laos", "lao", "thailand", "jamaica",
               "the caribbean", "africa", "europe", "somerset", "avon"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker with this set's titles
# and kinship words ("Granny Merle", "Meme Ndapewa", "Tate Johannes", "Mae Noy", "Pastor Simon Nangolo") and countries and
# counties ("Namibia", "Laos", "Jamaica", "Gloucestershire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
