"""Set 76: a held-out hand-written set for the redaction detector, six more invented families in Sandwell, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set74.py, redaction_set75.py and redaction_set77.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: tests/test_redaction_set21.py in full and bench/redaction_set21.py in part (its docstring, its first family's
record and first three documents, the end of its last family and its checker settings: the layout and marking conventions
followed here), the docstrings only of bench/redaction_set7.py to redaction_set73.py (printed with ast and searched for
Sandwell's towns and for communities, to choose a home no earlier set used and communities no earlier set used), and the ruff
settings. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only
to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Six families in Sandwell, each from a town or district no earlier set used as a family's home (set 35 had a family in
Princes End, Tipton, so Tipton is avoided): a white British family on Plant Street in Cradley Heath, with a grandmother in
Netherton (Hadley / Cartwright; a bruise to a boy of 3 seen at nursery, domestic abuse by the mother's partner, a girl of 9
hiding her brother, speech delay, a child protection conference); a Rastafari family of Jamaican heritage in Cape Hill,
Smethwick, with a father in Handsworth and a grandmother in Spanish Town (Campbell / Bailey; a boy of 12 drawn into county
lines, a complaint about his locks, a father's voice note in patois, a mother's own letter); a Chadian family seeking asylum
in Carters Green, West Bromwich (Mahamat / Abakar Issa; a girl of 15 who says she will be married to a cousin in Abéché,
a chat in Arabic script, asylum housing with a dangerous neighbour, an ESOL class); a British Indian Sikh family in Rood End,
Oldbury, with an aunt in Langley and a grandmother in Phagwara (Sandhu; a father's drinking and strangulation of the mother,
a boy of 14 who rang the police, a family WhatsApp group in Gurmukhi script); a white British family in Friar Park,
Wednesbury, whose grandparents in Darlaston are Jehovah's Witnesses (Pritchard / Dunn; a girl of 15 missing overnight with
men in Tipton, a man of 19, a child abduction warning notice); and a Polish family in Blackheath, Rowley Regis, with a
grandmother in Wałbrzych and an aunt in Wrocław (Nowak / Wiśniewska; a burn to a boy of 5, domestic abuse, a refuge, a father
at the school gate). Two communities no earlier set used: Rastafari and Chadian. 24 documents: a social work case note, a
worker's texts typed up, a nursery chronology scanned and OCR'd (with OCR errors in a name, "Cartwr1ght"), initial child
protection conference minutes, a secondary school's referral form, a father's WhatsApp voice note transcribed in patois, a
strategy discussion record, a mother's own letter, a child and family assessment through an interpreter, a WhatsApp chat in
Arabic and English translated for the police, an asylum accommodation provider's property inspection form, an ESOL tutor's
email, a police officer's domestic abuse narrative, a family WhatsApp group in Punjabi (Gurmukhi) and English, a GP's letter,
a girl's own "all about me" safety sheet, a return home interview, a social worker's notes typed fast on a phone and pasted
unedited, grandparents' handwritten letter, child in need review minutes, a chronology, a Messenger chat in Polish and
English translated, a refuge's admission form and a school's CPOMS record.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names are real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Jamaica, Chad, India, Poland); NHS numbers and UPNs (Sandwell's LA number, 333) pass their check
digits; NI numbers have a valid format. The council (Black Country Vale) and its email domain are invented, and so are Little
Acorns Nursery, Little Gems, the refuge partnership, the Polish Saturday school and the asylum property reference; towns,
districts, estates, real schools and colleges, real charities (Black Country Women's Aid, the Children's Society, the
Refugee Council), NHS bodies and hospitals (Sandwell General, Russells Hall Hospital, Walsall Manor Hospital, Rowley Regis
Hospital), GP practices, police forces, courts, the Kingdom Hall, the gurdwara, shops, pubs, parks, apps, brands, clubs (the
Albion), programmes and faiths stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words stay outside the name span,
before or after the name (Mr, Mrs, Ms, Miss, Dr, DC, DS, PC, Sister, Brother (a Jehovah's Witness's title), Nan, Uncle, Ras
("Ras Iyah"), Biji, babcia, pani, "Manjit Massi", "Sukhi Chacha", "Harjot veerji", "Gurpreet bhabi", and the Arabic "خالي" and
"عمتي"); every person's name is a name in every form, record or not. "SURNAME, First" is one span ("CARTWRIGHT, Brody",
"SANDHU, Gurpreet Kaur", "NOWAK, Zuzanna"); a surname with an initial is one span ("ABAKAR ISSA H.", "K Bastable", "C
Bytheway"); a first name with an initial after it is one span ("Sello L"); initials alone ("KB", "TW", "K-AB", "E-M", "KA",
"FMT") are not marked; a name broken by a line break is one span holding the break; usernames and handles ("kai.m.tip",
"tata_tomek89") are not marked. A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address, and so is a neighbour's bare flat or house number ("Flat 4", "no. 50", "16", "no 4 Woden Rd")
and an address abroad ("14 Brunswick Avenue", "ul. Słowackiego 17/4", "Legnicka 55/12"), and a Polish postcode ("58-300")
is a postcode; towns, districts and estates are places at home or abroad and in any script or grammatical case ("أبشة",
"Wrocławia", "west brom", "perry barr"); countries, counties, regions and boroughs are not ("Jamaica", "Chad", "Poland",
"India", "St Catherine", "Sandwell", "the Black Country"); organisations are not marked even when they hold a town's or a
person's name ("Sandwell General", "Rood End Medical Centre", "Cradley Surgery", "Walsall Manor Hospital", "Sandwell College",
"the Family Court sitting at Wolverhampton"); a school's or nursery's name and its short form are a school ("Corngreaves",
"Shireland", "Phoenix", "Whiteheath", "Little Gems", "wodensborough"); a date of birth is dob (also without its year, "9th
March"), any other calendar date with a day is date (a weekday before it stays outside), the bare day ("the 19th") is a date,
and months and years alone are not marked; helplines are not marked; pets (Bella, Biscuit, Kotek) are not names; a shop named
after a person marks only the name ("Delikatesy Ania"); parks, pubs, stations, shopping centres and places of worship are
landmarks and stay unmarked (Lightwoods, the Fountain, Merry Hill, the Kingdom Hall, the Guru Nanak Gurdwara); a surname or
first name that is also a word or a town is marked by what it refers to (Mason, Rowley and Onions: "Miss
Rowley" is a name, the "Rowley and Cradley team" marks two places); names in Arabic ("حسن", "عبد الكريم") and Gurmukhi
("ਕੁਲਦੀਪ", "ਗੁਰਪ੍ਰੀਤ", "ਸਿਮਰਨ") are names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a street nickname that
identifies a man ("Skeng") is a name, like an alias, and so is a pronunciation written out for a teacher ("Zoo-zha") and a
name garbled by OCR ("Cartwr1ght"); a Polish name in another grammatical case ("Kubę", "Oliwii") is a name, and a town in
another case ("Wrocławia") a place; a date in a Polish app's own format ("3 PAŹ 2026") is a date, and so is a Gurmukhi date
("੨੮ ਨਵੰਬਰ"); a family name in a WhatsApp group's title ("Sandhu Parivaar") is a name; a team named by two towns ("Rowley and
Cradley team") marks both towns; a custody suite named by its district ("Perry Barr custody suite") marks the district; a
street named in a landmark's description ("the temple on Soho Road") is an address; "Ras" (a Rastafari title) stays outside
the name; "Tata", "Papa", "Biji" and "Babcia" used as what a child calls a parent or grandparent are kinship words, not names,
even as a message's sender; the Home Office's age-assessed dates of birth ("01/01/2016") are dobs; a police log, crime,
tenancy or property reference ("MEA-77120", "Log 4471") is not marked.

Self-check without the detector: `python -m bench.redaction_set76` (and tests/test_redaction_set76.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and countries, regions and boroughs, and prints the number of documents and gold spans per kind: 24 documents,
936 gold spans, 496 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hadley / Cartwright family (white British), Cradley Heath -------------------------------------------------------------

HOME_A = d.Address("14 Plant Street", "", "Cradley Heath", "B64 6EX")
NAN_A = d.Address("7 Swan Street", "Netherton", "Dudley", "DY2 9DN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Brody", "Cartwright")], dt.date(2023, 4, 17), addresses=[HOME_A], ids=["5763406346"],
       schools=["Little Acorns Nursery"]),
    _p("s", "sibling", [("Kacie-Leigh", "Hadley")], dt.date(2017, 9, 2), addresses=[HOME_A],
       ids=["4773154357", "Z333736484284"], schools=["Corngreaves Academy"]),
    _p("m", "mother", [("Shannon", "Hadley")], dt.date(1996, 12, 8), addresses=[HOME_A], phones=["07824 613 209"],
       ids=["JK 28 41 07 B"]),
    _p("f", "father", [("Liam", "Cartwright")], dt.date(1993, 6, 21), addresses=[HOME_A], phones=["07932 418 756"]),
    _p("g", "grandparent", [("Beverley", "Hadley")], dt.date(1970, 3, 30), addresses=[NAN_A], phones=["07756 201 884"]),
    _p("p1", "professional", [("Harpreet", "Dhesi")], phones=["0121 569 2040"], emails=["harpreet.dhesi@blackcountryvale.gov.uk"]),
], "c")

DOCS_A = [
    ("social work case note after a home visit", """Case note - home visit
Child: [[Brody CARTWRIGHT|name]]   DOB: [[17/04/2023|dob]]   NHS: [[576 340 6346|nhs]]
Visit: Tuesday [[3 November 2026|date]], 10:15-11:30, unannounced, at [[14 Plant Street|address]], [[Cradley Heath|place]]
[[B64 6EX|postcode]] Worker: [[Harpreet Dhesi|name]], Social Worker, [[Rowley|place]] and [[Cradley|place]] team
Present: [[Shannon Hadley|name]] (mother), [[Brody|name]]; [[Liam|name]] arrived at 10:50.

Purpose: to follow up the nursery's concern of [[30 October|date]] (a bruise to [[Brody|name]]'s left cheek) and to see the home.

[[Shannon|name]] opened the door in her dressing gown and let me in after a minute. The front room was warm and tidy; the
kitchen had dishes from the weekend and the bin was overflowing. Upstairs the children's room had a cot bed for [[Brody|name]]
and a single bed for [[Kacie-Leigh|name]] (9); no bedding on the cot bed, [[Shannon|name]] said it was "in the wash". There was a
dog gate at the top of the stairs, which was good to see.

[[Brody|name]] was in a nappy and a vest watching CoComelon. He has a fading yellow bruise about the size of a 10p on the left
cheekbone. [[Shannon|name]] said he fell against the corner of the coffee table on Sunday [[25 October|date]] when he was
"dancing on the settee", and that her mum, [[Bev|name]], saw it happen. This is the same account she gave the nursery manager,
[[Tina Whitehouse|name]]. [[Brody|name]] was babbling but has few words ("mama", "dog", "ka-ka" for his sister); he came to me
and showed me his toy bus. I did not see anything that worried me in how he was with his mum.

[[Liam Cartwright|name]] came in from a night shift at the warehouse in [[Tividale|place]]. He was polite but said "it's a bruise,
he's three, they fall over". He said he was at work that Sunday. He confirmed the Staffie ("Bella") is his and sleeps in the
kitchen. I asked about the police call-out on [[12 October|date]]; he said it was "a row over money" and "the neighbour,
[[Gaz|name]] at [[no. 16|address]], is always ringing them". [[Shannon|name]] looked at the floor and did not add anything.

[[Kacie-Leigh|name]] was at school ([[Corngreaves|school]]). [[Shannon|name]] said she is "fine, bit gobby", and that she goes to
her nan's in [[Netherton|place]] most weekends. I have asked to see [[Kacie-Leigh|name]] at school on Thursday [[5 November|date]].

Analysis: the account of the bruise is consistent and was given the same way twice, but there are two police call-outs in
six weeks, [[Shannon|name]] seemed guarded when [[Liam|name]] came in, and [[Brody|name]]'s speech is behind. Plan: speak to
Mrs [[Beverley Hadley|name]] (nan, [[07756 201 884|phone]]) to check the account; ask the health visitor, [[Rachael Nock|name]],
for a developmental review; see [[Shannon|name]] on her own; check with the police about [[12 October|date]].
[[H. Dhesi|name]] [[03.11.2026|date]]
"""),
    ("texts between the mother and the social worker, typed up from the work phone", """Texts typed up from the work mobile
([[0121 569 2040|phone]] switchboard; work mobile ending 217) - [[Harpreet Dhesi|name]]
Contact saved as: [[Shannon Hadley|name]] (mum) [[07824 613 209|phone]]

[[04/11/2026|date]] 08:12 Me: Hi [[Shannon|name]] its [[Harpreet|name]] from childrens services. Can I see you on your own this
week? Maybe at the family centre on Thurs or at your mums? Thanks
[[04/11/2026|date]] 09:47 [[Shannon|name]]: hiya yeah can do but not at mine. my mums is fine [[7 swan st|address]]
[[netherton|place]] shes off thurs
[[04/11/2026|date]] 09:48 [[Shannon|name]]: dont tell [[liam|name]] pls x
[[04/11/2026|date]] 09:52 Me: OK. Thursday 1pm at your mum's. I won't say anything to [[Liam|name]] about where we are meeting.
[[05/11/2026|date]] 07:30 [[Shannon|name]]: can we do 2 instead [[kacie|name]] has asembly at 9 an i said id go
[[05/11/2026|date]] 07:31 Me: 2pm is fine
[[05/11/2026|date]] 12:58 [[Shannon|name]]: my mum says her mate [[lorraine|name]] can have [[brody|name]] while we talk
[[05/11/2026|date]] 17:20 Me: Thank you for today [[Shannon|name]]. The numbers I promised: Black Country Women's Aid helpline
0121 552 6448 and the police 101. If you're ever in danger ring 999.
[[07/11/2026|date]] 23:41 [[Shannon|name]]: hes gone to his brother [[deano|name]]s in [[wednesbury|place]]. he took my phone
charger an the bank card. [[brody|name]] is asleep hes ok
[[07/11/2026|date]] 23:43 [[Shannon|name]]: sorry its late
[[08/11/2026|date]] 08:05 Me: Thank you for telling me. I'm glad you and the kids are safe. I'll ring you at 10.
[[08/11/2026|date]] 10:22 [[Shannon|name]]: my new number is [[07415 338 920|phone]] he checks the other one
[[12/11/2026|date]] 15:16 [[Shannon|name]]: [[kacie leigh|name]] got a certificate for reading!! shes star of the week at
[[corngreaves|school]]
[[12/11/2026|date]] 15:17 [[Shannon|name]]: also [[liam|name]]s sister [[Jade|name]] keeps messaging me saying im a grass
[[12/11/2026|date]] 15:30 Me: Well done [[Kacie-Leigh|name]]! Please screenshot [[Jade|name]]'s messages and keep them. Can we
talk about them on Monday the [[16th|date]]?
[[12/11/2026|date]] 15:34 [[Shannon|name]]: ok ta
"""),
]

DOCS_A += [
    ("nursery key person's chronology of concerns, scanned and OCR'd", """[[LITTLE ACORNS NURSERY|school]] - SAFEGUARDING
CHRONOLOGY (scanned, OCR)
Ch1ld: [[Brody Cartwr1ght|name]]   D.O.B. [[17.04.2023|dob]]   Key person: [[Kerry-Ann Bissell|name]]   DSL:
[[Tina Whitehouse|name]] Parent/carer: [[Shannon HADLEY|name]] (mum) [[07824 613 209|phone]]; [[Liam Cartwright|name]] (dad)
Emergency contact: Nan - [[Bev Hadley|name]] [[07756 201 884|phone]]

Date        | What was seen / said                                              | By     | Action
[[08/09/26|date]]    | Started. Settled well. Mum said dad works nights, "be quiet in the mornings". | KB?   | none
            | (NB initials only on the original - see note)
[[22/09/26|date]]    | Collected 1 hr late by a man not on the list: "[[Deano|name]]", said he was dad's brother.  | K-AB   | Rang
mum; added
            |                                                                   |        | [[Dean Cartwright|name]] to list
[[06/10/26|date]]    | Nappy rash, very sore. Mum says no money for cream till Friday.   | KB     | Gave cream; told DSL
[[13/10/26|date]]    | Mum tearful at drop off. Said "the police came Sunday, it's nothing". | TW     | Logged; DSL spoke
[[30/10/26|date]]    | Bruise L cheek, yellow/green. Mum: fell on coffee table [[25/10|date]].| KB     | Body map; MASH
            | Nan ([[Bev|name]]) at pick-up said "I wasn't there Sunday, I was at Merry Hill" |        | referral
[[30.10.26|date]]
[[02/11/26|date]]    | [[Brody|name]] hit another child and said "shut up you slag" x2.        | KB     | Told mum
[[09/11/26|date]]    | Mum: dad has left, gone to [[Wednesbury|place]]. New mobile [[07415 338 920|phone]]. | TW     | Updated
            | Only mum, Nan and [[Lorraine Tromans|name]] to collect. NOT dad or [[Dean|name]].   |        |

Note from DSL: "KB" and "TW" on the paper log are the key person and me; "K-AB" is also [[Kerry-Ann|name]].
Signed [[T Whitehouse|name]] [[10 Nov 2026|date]]. [[Little Acorns Nursery|school]], [[Graingers Lane|address]],
[[Cradley Heath|place]]
"""),
    ("initial child protection conference minutes (extract)", """BLACK COUNTRY VALE SAFEGUARDING CHILDREN PARTNERSHIP
Initial Child Protection Conference - minutes (extract)
Children: [[CARTWRIGHT, Brody|name]] ([[17/04/2023|dob]]); [[HADLEY, Kacie-Leigh|name]] ([[02/09/2017|dob]], UPN
[[Z333736484284|upn]]) Date: [[24 November 2026|date]], 13:30, Sandwell Council House, [[Oldbury|place]], and on Teams
Chair: [[Olusegun Bakare|name]] (Independent Reviewing Officer)   Minutes: [[Claire Hackett|name]]

Present: [[Shannon Hadley|name]] (mother); [[Beverley Hadley|name]] (maternal grandmother, supporting); [[Harpreet Dhesi|name]]
(social worker); [[Rachael Nock|name]] (health visitor); [[Tina Whitehouse|name]] ([[Little Acorns|school]]); Mr
[[Gareth Lowe|name]] (deputy head, [[Corngreaves Academy|school]]); DC [[Sunita Rai|name]] (West Midlands Police, PPU).
Apologies: GP (Dr [[Nkem Obi|name]], Cradley Surgery) - report sent.
Not invited: [[Liam Cartwright|name]] (father), following police advice; he will be sent the minutes with the mother's address
removed.

1. Police. DC [[Rai|name]] said there have been four domestic incidents at [[Plant Street|address]] since [[18 June 2026|date]],
the last on [[7 November|date]], when Mr [[Cartwright|name]] left. Neighbours at [[12|address]] and [[16|address]] have rung
twice. Mr [[Cartwright|name]] has a conviction (2019, [[Wolverhampton|place]]) for assault on a former partner.
2. School. Mr [[Lowe|name]]: [[Kacie-Leigh|name]]'s attendance is 88%; she has told her teacher Miss [[Parkes|name]] that
"[[Liam|name]] threw the remote at Mum" and that she "puts [[Brody|name]] in my bed when they shout".
3. Health. [[Rachael|name]]: [[Brody|name]]'s 2½-year review was missed twice; seen on [[16 November|date]]: speech delay,
referred to SALT at Rowley Regis Hospital.
4. Mother. [[Shannon|name]] said she has ended the relationship, has changed her number and wants help with a non-molestation
order. She asked that her mum's address in [[Netherton|place]] is not given to [[Liam|name]]'s family.
Decision: both children subject to a child protection plan, category emotional abuse. Core group: [[2 December|date]].
Review conference: [[23 February 2027|date]].

Core group members: [[Harpreet Dhesi|name]] (lead professional, [[harpreet.dhesi@blackcountryvale.gov.uk|email]]);
[[Shannon Hadley|name]];
[[Bev Hadley|name]]; [[Rachael Nock|name]] (HV); [[Tina Whitehouse|name]]; Miss [[Leah Parkes|name]] ([[Kacie-Leigh|name]]'s class
teacher); [[Jo Siviter|name]] (Black Country Women's Aid outreach, [[07472 390 118|phone]]).
Actions: 1. [[Harpreet|name]] to visit [[Kacie-Leigh|name]] at school weekly until [[18 December|date]]. 2. [[Shannon|name]] to
attend the
Freedom Programme at the [[Cradley Heath|place]] family hub from [[6 January 2027|date]]. 3. DC [[Rai|name]] to check whether
[[Liam|name]]'s brother [[Dean Cartwright|name]] ("[[Deano|name]]", of [[Darlaston Road|address]], [[Wednesbury|place]]) has been
contacting [[Shannon|name]]. 4. [[Rachael|name]] to chase the SALT appointment for [[Brody|name]] (due [[14/12/2026|date]]).
Minutes agreed by the chair, [[O. Bakare|name]], [[27/11/2026|date]].
"""),
]


# --- B. Campbell / Bailey family (Rastafari, Jamaican heritage), Cape Hill, Smethwick ---------------------------------------

HOME_B = d.Address("39 Raglan Road", "Cape Hill", "Smethwick", "B66 3ND")
DAD_B = d.Address("Flat 2, 118 Soho Road", "Handsworth", "Birmingham", "B21 9DP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Selassie", "Bailey")], dt.date(2014, 2, 11), addresses=[HOME_B], ids=["8006996350", "H333780389767"],
       schools=["Shireland Collegiate Academy"]),
    _p("s", "sibling", [("Nyah", "Campbell")], dt.date(2020, 7, 23), addresses=[HOME_B], ids=["8701621319"],
       schools=["Uplands Manor Primary School"]),
    _p("m", "mother", [("Makeda", "Campbell")], dt.date(1988, 10, 5), addresses=[HOME_B], phones=["07961 574 213"]),
    _p("f", "father", [("Everton", "Bailey")], dt.date(1984, 1, 19), addresses=[DAD_B], phones=["07580 146 337"]),
    _p("g", "grandparent", [("Hyacinth", "Campbell")], dt.date(1961, 8, 14), phones=["+1 876 572 3318"]),
    _p("p1", "professional", [("Fiona", "Marsh-Tully")], phones=["0121 557 8316"], emails=["fiona.marsh-tully@blackcountryvale.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school's safeguarding referral form to the front door", """REQUEST FOR SUPPORT / SAFEGUARDING REFERRAL -
Sandwell Children's Trust front door
Referrer: [[Aisha Pemberton|name]], Designated Safeguarding Lead, [[Shireland Collegiate Academy|school]], [[Smethwick|place]]
Referrer tel: [[0121 565 3390|phone]]   Email: [[a.pemberton@shireland-collegiate.example.org|email]]
Date of referral: [[19/10/2026|date]]

CHILD
Name: [[Selassie BAILEY|name]] (known as "[[Sello|name]]")   DOB: [[11/02/2014|dob]]   Year 8   UPN: [[H333780389767|upn]]
NHS no.: [[800 699 6350|nhs]]   Address: [[39 Raglan Road|address]], [[Cape Hill|place]], [[Smethwick|place]],
[[B66 3ND|postcode]]
Ethnicity: Black British - Caribbean.  Religion: Rastafari (family's words: "Rasta, Bobo Shanti side" - see below)
Siblings: [[Nyah Campbell|name]], 6, at [[Uplands Manor Primary|school]]
Parents: mother [[Makeda Campbell|name]] [[07961 574 213|phone]]; father [[Everton Bailey|name]] (lives in [[Handsworth|place]]),
[[07580 146 337|phone]]

REASON FOR REFERRAL
On Friday [[16 October|date]] at about 15:20 [[Selassie|name]] was seen at the bus stop on [[Cape Hill|place]] getting into a grey
Audi, reg [[FD68 XKR|vehicle]], driven by a man in his twenties. Our site manager, [[Dennis Rowe|name]], knew the car from outside
the chicken shop on [[Windmill Lane|address]]. On Monday [[19 October|date]] [[Sello|name]] came in with new Air Jordans and a
second phone.
When his form tutor, Mr [[Oyelaran|name]], asked about the phone he said "my cousin [[Jerome|name]] gave it me" and "bare man do
runs, it's nothing". He has been absent six afternoons since half term began; his mum says he leaves home each day.
He told the learning mentor, [[Precious Nyoni|name]], that a boy called "[[Tinks|name]]" from [[West Brom|place]] owes him money.

His dreadlocks: in September a teacher at a previous supply placement told him to "tidy that hair". Mum complained and this
was upheld (our ref. 26/114). We note it because mum told us she does not trust "the system" since then.

Parents' views: Mum ([[Makeda|name]]) spoke to me on the phone at 16:00 on [[19/10|date]]. She is worried. She said [[Sello|name]]
has been
"going [[Birmingham|place]] side" at weekends with boys she doesn't know and that his dad, "Ras [[Iyah|name]]" ([[Everton|name]]),
"has been praying with him but he's not listening". She agreed to this referral.
Signed [[A. Pemberton|name]]  DSL  [[19.10.2026|date]]
"""),
]

DOCS_B += [
    ("father's WhatsApp voice note, transcribed by the social worker", """Transcript of a WhatsApp voice note (2 min 41 s) sent by
[[Everton Bailey|name]] to [[Fiona Marsh-Tully|name]]'s work phone on
[[22 October 2026|date]] at 21:09. Typed by [[F. Marsh-Tully|name]] on [[23/10/2026|date]]; his words as spoken, patois kept,
[inaudible] where I could not hear.

"Greetings, Miss [[Fiona|name]], is Ras [[Iyah|name]] this, [[Everton|name]], [[Sello|name]] father. Yeah. Me get your message
from [[Makeda|name]].
Listen, me nah vex wid you, seen, but me haffi say dis. Dem man deh weh have mi yute a run up and down - is one bwoy dem call
[[Kaydon|name]], [[Kaydon Reid|name]], him live [[Londonderry|place]] side by the shops, and the older one inna the Audi, dem call
him "[[Skeng|name]]" - me nuh know him real name, but him mother is [[Sharon|name]] who work at the launderette on
[[High Street|address]]. Me
see them Saturday gone, the [[17th|date]], by the temple on [[Soho Road|address]]. Me tell [[Sello|name]] come home.

[inaudible] ... him granny, Miss [[Hyacinth|name]], a call him from [[Spanish Town|place]] every night, she a beg him. She say
she will send him ticket come Jamaica for Christmas, stay wid she at [[14 Brunswick Avenue|address]], [[Spanish Town|place]]. Her
number is plus one eight seven six, five seven two, three three one eight - [[+1 876 572 3318|phone]] - you can talk to her,
she nuh have nothing to hide.

An' one more ting. Me nuh want him cut him locks for no school or no police. Him a Nazarite, since him born. That's all.
[[Makeda|name]] and me nuh live together but we a one on this. Give thanks. One love. Ras [[Iyah|name]]."

Note (FMT): Miss [[Hyacinth|name]] is the paternal... no - checked with mum: [[Hyacinth Campbell|name]] is the MATERNAL
grandmother. The
temple on [[Soho Road|address]] is the Guru Nanak Gurdwara, used as a landmark. "[[Skeng|name]]" is a nickname and is marked.
"""),
]

DOCS_B += [
    ("strategy discussion record (child criminal exploitation)", """STRATEGY DISCUSSION - RECORD
Child: [[Selassie Bailey|name]] ([[11.02.2014|dob]])   Held: [[26/10/2026|date]] 11:00 by phone/Teams
Chair: [[Lindsay Ferris|name]], Team Manager   Record: [[Fiona Marsh-Tully|name]], Social Worker
Attendees: DS [[Mark Hollis|name]] (WMP Exploitation Hub); [[Aisha Pemberton|name]] (DSL, [[Shireland|school]]);
[[Grace Adebayo-Lewis|name]]
(school nurse); [[Tom Gurney|name]] (Youth Justice, prevention); [[Rhianna Ward|name]] (Sandwell exploitation team)

Information shared
Police: the Audi [[FD68 XKR|vehicle]] is registered to [[Kerry Mullings|name]] of [[Oldbury|place]]; it is used by her son
[[Dwayne
Mullings|name]] (22), believed to be "[[Skeng|name]]", linked to a line running from [[Handsworth|place]] into [[Cradley
Heath|place]] and
[[Dudley|place]]. [[Kaydon Reid|name]] (15) was found in a flat on [[Birchfield Road|address]], [[Perry Barr|place]], on
[[2 October|date]]
with cash and wraps. A phone seized that day holds the contact "[[Sello L|name]]" ([[07843 905 118|phone]]), which mum confirms is
[[Selassie|name]]'s second phone.
School: 6 missed afternoons; twice seen near the station on [[Rolfe Street|address]] in school hours.
Health: [[Nyah|name]] has eczema and is well cared for. No concerns about mum's care.
Youth Justice: know [[Kaydon|name]]; never met [[Selassie|name]].

Decision: s47 enquiry (single agency led by CSC, joint with police). NRM referral to be considered. Disruption: police to visit
[[Mullings|name]] address at [[Whiteheath|place]]; CAWN to be considered. Safety plan with mum by [[28/10|date]]. Dad to be
involved (lives at [[Flat 2, 118 Soho Road|address]], [[B21 9DP|postcode]]). Grandmother in Jamaica: mum and dad both support the
Christmas trip; police advise no objection but check dates: flight [[19 December|date]], return [[6 January 2027|date]].
"""),
    ("mother's own letter to the social worker", """[[39 Raglan Rd|address]]
[[Smethwick|place]]
[[B66 3ND|postcode]]
[[2nd November 2026|date]]

Dear Miss [[Marsh-Tully|name]],

I am writing this because when we talk on the phone I get upset and I dont say it right. My son [[Selassie|name]] is not a bad
child. He is a clever boy who used to love going to [[Uplands Manor|school]] and then [[Shireland|school]] and drawing and
football at the park by Lightwoods. Something happened when he was put in the isolation room in Year 7 for his locks and he has not
been the same. I know you have seen that in the file.

Those boys [[Kaydon|name]] and the one they call [[Skeng|name]] have been telling him he can make money. I have taken the phone
(the one ending 118) and given it to PC [[Hollis|name]]... sorry DS [[Hollis|name]]. [[Sello|name]] is angry with me but he is
home by 6 every night this week. His sister [[Nyah|name]] keeps asking why [[Sello|name]] is shouting.

His dad [[Everton|name]] is good with him. They go to the Nyabinghi at the [[Handsworth|place]] yard on Sunday. Please don't think
the Rasta side of the family is the problem. My mum [[Hyacinth|name]] in Jamaica wants him for Christmas and I think that is the
best thing right now, away from [[Cape Hill|place]]. Her address is [[14 Brunswick Avenue|address]], [[Spanish Town|place]],
St Catherine, if you need it for the paperwork, and her number is [[+1 876 572 3318|phone]].

I want help, I dont want him taken. My friend [[Marcia Thompson|name]] from church ([[07711 843 627|phone]]) said she would come
to the meetings with me if that is allowed.

Yours sincerely
[[Makeda Campbell|name]] (Miss)
"""),
]


# --- C. Mahamat / Abakar family (Chadian, Arabic-speaking, asylum seekers), Carters Green, West Bromwich ---------------------

HOME_C = d.Address("Flat 6, 27 Lodge Road", "Carters Green", "West Bromwich", "B70 8NX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Achta", "Mahamat")], dt.date(2011, 5, 1), addresses=[HOME_C], ids=["4918100376", "D333831647711"],
       schools=["Phoenix Collegiate"]),
    _p("s", "sibling", [("Idriss", "Mahamat")], dt.date(2016, 1, 1), addresses=[HOME_C], ids=["7299678624"],
       schools=["Lodge Primary School"]),
    _p("m", "mother", [("Hawa", "Abakar Issa")], dt.date(1987, 1, 1), addresses=[HOME_C], phones=["07307 829 154"]),
    _p("f", "father", [("Mahamat", "Saleh Ousmane")], dt.date(1979, 1, 1), phones=["+235 66 24 81 37"]),
    _p("p1", "professional", [("Bethany", "Willetts")], phones=["0121 525 7341"], emails=["bethany.willetts@blackcountryvale.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment, summary and analysis, through an interpreter", """CHILD AND FAMILY ASSESSMENT - SUMMARY
Children: [[Achta MAHAMAT|name]] (DOB recorded by the Home Office as [[01/05/2011|dob]]); [[Idriss MAHAMAT|name]]
([[01/01/2016|dob]])
Mother: [[Hawa ABAKAR ISSA|name]] ([[01/01/1987|dob]])   Address: [[Flat 6, 27 Lodge Road|address]], [[Carters Green|place]],
[[West Bromwich|place]] [[B70 8NX|postcode]] (asylum accommodation, managed by Serco)
Assessment started [[14/09/2026|date]], completed [[26/10/2026|date]]. Social worker: [[Bethany Willetts|name]].
Interpreter: Chadian Arabic, [[Zeinab Hassan|name]] (LanguageLine, face to face), all visits. Mrs [[Abakar Issa|name]] reads
Arabic and some French; the children speak English well.

Background. The family arrived at Heathrow on [[3 March 2025|date]] from [[N'Djamena|place]] by way of [[Khartoum|place]] and
[[Cairo|place]],
and were moved from an [[Ealing|place]] hotel to [[West Bromwich|place]] in June 2025. The father, [[Mahamat Saleh Ousmane|name]],
stayed in [[N'Djamena|place]];
mother says he was detained in [[Abéché|place]] in 2023 and she has not seen him since. He calls on [[+235 66 24 81 37|phone]]
when he can. Mother's brother, [[Abdelkerim Abakar|name]], lives in [[Leicester|place]] ([[07868 392 015|phone]]).

Reason for assessment. [[Achta|name]] (15) told her form tutor at [[Phoenix Collegiate|school]], Ms [[Kaur-Bains|name]], on
[[10 September|date]] that her mother "is planning to send me back to marry my cousin [[Hassan|name]]" and that her uncle in
[[Leicester|place]] "has a photo of him". She later said she "made it up because I was angry about my phone".

What I found. [[Hawa|name]] was shocked and then angry; she said [[Achta|name]] is "a child, she will study, she will be a
doctor".
She showed me WhatsApp messages from her mother-in-law in [[Abéché|place]], [[Kaltouma Ousmane|name]], asking "when the girl will
come home". [[Hawa|name]] said she blocked her on [[20 August|date]]. [[Idriss|name]] (10) at [[Lodge Primary|school]] is doing
well; he told me his best friend is [[Kacper|name]] and that he wants to be a footballer for the Albion.

Analysis. Forced marriage risk is real but low at present; mother is protective, the children are not going abroad (no passports;
asylum claim pending). The Forced Marriage Unit was consulted ([[22/09/2026|date]]). Plan: Child in Need; [[Achta|name]] to see
the school counsellor ([[Hannah Dyer|name]]); a Refugee Council caseworker for mother.

Family and network (as told by [[Hawa|name]], [[12/10/2026|date]]):
- [[Abdelkerim Abakar|name]], brother, [[Leicester|place]], [[07868 392 015|phone]] - visits monthly; [[Achta|name]] says he is
"the one pushing it".
- [[Kaltouma Ousmane|name]], mother-in-law, [[Abéché|place]] - blocked since [[20 August|date]].
- [[Fatimé Brahim|name]], cousin-in-law, [[Handsworth|place]], [[Birmingham|place]] - "a good woman" but "talks too much".
- [[Halimé Zakaria|name]], friend from the mosque on [[Dartmouth Street|address]] - helps with shopping.
- Neighbours: [[Gary|name]] in [[Flat 4|address]] (not safe); Mrs [[Joyce Aston|name]] in [[Flat 5|address]], who minds
[[Idriss|name]].
"""),
]

DOCS_C += [
    ("WhatsApp chat between a girl and her cousin, in Arabic and English, translated for the police", """Exhibit ZH/2 - WhatsApp
chat from [[Achta|name]]'s phone, screenshots typed up; Arabic translated by [[Zeinab Hassan|name]] on [[29/10/2026|date]]
Chat: "[[حسن|name]] 🇹🇩" ([[+235 99 31 70 45|phone]]) and "me" ([[Achta|name]])

[[02/09/2026|date]], 22:14 - [[حسن|name]] 🇹🇩: السلام عليكم يا [[أشطة|name]]. أمي قالت إنك جاية [[أبشة|place]] في الإجازة
    (Peace be upon you [[Achta|name]]. My mother said you are coming to [[Abéché|place]] in the holidays)
[[02/09/2026|date]], 22:20 - me: who said that?? im not coming anywhere
[[02/09/2026|date]], 22:21 - [[حسن|name]] 🇹🇩: خالي [[عبد الكريم|name]] قال كده
    (my uncle [[Abdelkerim|name]] said so) [translator: "خالي" = "my maternal uncle"]
[[03/09/2026|date]], 07:02 - me: tell ur mum to stop. i live in [[west brom|place]] now. my mum [[hawa|name]] says no
[[03/09/2026|date]], 07:05 - [[حسن|name]] 🇹🇩: إن شاء الله نتقابل. رقمي الجديد [[+235 66 24 81 37|phone]]
    (God willing we will meet. My new number [[+235 66 24 81 37|phone]]) [translator: this is the number the mother gave as
    the father's; the officer to check]
[[05/09/2026|date]], 16:40 - me: my friend [[Amelia|name]] says u r 24 thats disgusting im 15
[[05/09/2026|date]], 16:41 - [[حسن|name]] 🇹🇩: 🙏
[[09/09/2026|date]], 23:55 - [[حسن|name]] 🇹🇩: عمتي [[كلتومة|name]] بعتت الصورة لأمك
    (My aunt [[Kaltouma|name]] sent the photo to your mother)

Officer's note: DC [[Ranjit Sahota|name]], WMP. The cousin is [[Hassan Saleh Ousmane|name]], believed 24, in [[N'Djamena|place]].
"""),
]

DOCS_C += [
    ("asylum accommodation provider's property inspection form", """ASYLUM ACCOMMODATION - PROPERTY INSPECTION / ISSUE REPORT
(Midlands & East)
Property: [[Flat 6, 27 Lodge Road|address]], [[West Bromwich|place]], [[B70 8NX|postcode]]    Property ref: MEA-77120
Inspection: [[08-10-2026|date]]  Officer: [[Craig Bytheway|name]]  Housing officer: [[Natasha Onyango|name]]
Service users: [[ABAKAR ISSA H.|name]] (PA) / [[MAHAMAT A.|name]] (dep.) / [[MAHAMAT I.|name]] (dep.)
[cont.: lead [[Hawa ABAKAR ISSA|name]]; dependants [[Achta MAHAMAT|name]], [[Idriss MAHAMAT|name]]]
Contact tel: [[07307 829 154|phone]]

ITEM                      | CONDITION | NOTES
Front door / lock          | FAIL      | Door forced [[05/10|date]] (see police ref). Lock changed [[09/10|date]] by
[[Steve|name]] (contractor)
Smoke alarm                | PASS      |
Damp / mould               | FAIL      | Black mould bedroom 2 (children). Dehumidifier issued. Child [[Idriss|name]] has asthma
Heating                    | PASS      |
Shared areas               | FAIL      | Needles on stairs x2 - reported. [[Flat 4|address]] occupant ([[Gary|name]]) - ASB log
Overcrowding               | N/A       | 2 bed, 3 persons - OK (boy 10 + girl 15 share: FLAG - ages/sexes)

Service user comments (via phone interpreter, Arabic):
"Man from [[Flat 4|address]] shouts at my daughter on the stairs and asked her to come in. I do not let her go out alone now.
The police lady [[Sahota|name]]... no, the man officer, he came. Please move us. My son's school is near,
[[Lodge Primary|school]], and my daughter's is the [[Phoenix|school]]. Please not far from [[Carters Green|place]]."

Officer action: Request to Home Office for transfer within [[West Bromwich|place]] / [[Wednesbury|place]] (urgent - safeguarding).
Welfare concern passed to the social worker [[B. Willetts|name]] ([[bethany.willetts@blackcountryvale.gov.uk|email]]) on
[[08/10/2026|date]]. Signed: [[C Bytheway|name]]
"""),
    ("ESOL tutor's email to the social worker", """From: [[Diane Smallwood|name]]
<[[d.smallwood@sandwell-college.example.ac.uk|email]]>
To: [[Bethany Willetts|name]]
Date: Thu, [[12 Nov 2026|date]] 12:03
Subject: [[Hawa|name]] - ESOL Entry 2 - attendance and a worry

Hi [[Bethany|name]],

[[Hawa|name]] asked me to write to you (she signed our consent form on [[5th November|date]]). She has been coming to the Tuesday
and Thursday morning ESOL class at our [[West Bromwich|place]] campus since September and is one of my best students; she
brings [[Idriss|name]]'s reading book and practises with it!

My worry: on [[10/11|date]] she came in crying. A man from her flats, who she calls "[[Gari|name]]", followed her to the tram stop
at [[Lodge Road|address]] and said things about her daughter. A woman from her class, [[Mariam Yousif|name]], walked her home.
[[Mariam|name]]
told me that [[Hawa|name]]'s cousin-in-law in [[Birmingham|place]], [[Fatimé|name]], has also been "asking about the marriage" for
the family in Chad.

[[Hawa|name]] would like a female interpreter next time ([[Zeinab|name]] was good). She also asked whether [[Achta|name]] can do
the college's summer school in August.

Thanks, [[Diane|name]]
ESOL Tutor, Sandwell College
"""),
]


# --- D. Sandhu family (British Indian Sikh, Punjabi), Rood End, Oldbury -----------------------------------------------------

HOME_D = d.Address("52 Rood End Road", "Rood End", "Oldbury", "B68 8SF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Simran", "Kaur Sandhu")], dt.date(2018, 3, 9), addresses=[HOME_D], ids=["2892999022", "M333234388974"],
       schools=["Rood End Primary School"]),
    _p("s", "sibling", [("Harjot", "Singh Sandhu")], dt.date(2012, 8, 27), addresses=[HOME_D], ids=["8199092181"],
       schools=["Oldbury Academy"]),
    _p("m", "mother", [("Gurpreet", "Kaur Sandhu")], dt.date(1985, 4, 12), addresses=[HOME_D], phones=["07472 610 583"],
       ids=["NP 63 19 42 C"]),
    _p("f", "father", [("Kuldeep", "Singh Sandhu")], dt.date(1981, 11, 2), addresses=[HOME_D], phones=["07999 251 406"]),
    _p("g", "grandparent", [("Surinder", "Kaur")], dt.date(1958, 6, 1), phones=["+91 98154 27736"]),
    _p("p1", "professional", [("Joanne", "Hickman")], phones=["0121 559 6604"], emails=["joanne.hickman@blackcountryvale.gov.uk"]),
], "c")

DOCS_D = [
    ("police domestic abuse incident log and officer's narrative", """WEST MIDLANDS POLICE - DOMESTIC ABUSE INCIDENT - OFFICER
NARRATIVE
Log 4471 of [[14/11/2026|date]]   Attended: 23:32   Officers: PC 21734 [[Callum Jukes|name]], PC 4090 [[Amrit Bassi|name]]
Location: [[52 Rood End Road|address]], [[Oldbury|place]], [[B68 8SF|postcode]]
IP (victim): [[SANDHU, Gurpreet Kaur|name]], DOB [[12/04/1985|dob]], mobile [[07472 610 583|phone]], NI [[NP 63 19 42 C|ni]]
Suspect: [[SANDHU, Kuldeep Singh|name]], DOB [[02/11/1981|dob]], [[07999 251 406|phone]]
Children present: [[Harjot Singh Sandhu|name]] (14), [[Simran Kaur Sandhu|name]] (8)

Narrative. Call from the son, [[Harjot|name]], who said "my dad is drunk and he's hitting my mum". On arrival the front door was
open. IP in the kitchen with a red mark to the left side of her neck and a cut lip. She spoke Punjabi and some English; PC
[[Bassi|name]]
spoke to her in Punjabi. She said her husband came home from the Desi pub on [[Birchfield Lane|address]] at about 23:00, said the
food was cold, threw the plate and "held my chunni round my neck". She said this is the first time he has used his hands
"like that" but he has been "angry for two years since the business closed" (a taxi firm in [[Langley|place]]).

Suspect was in the front room, intoxicated, calm. He said "it's a family matter, she fell". Arrested 23:48, conveyed to
[[Perry Barr|place]] custody suite, as [[Oldbury|place]] custody was full.

[[Harjot|name]] was upstairs on the landing with his sister and had filmed part of the incident on his phone. He said his
grandmother "Biji" ([[Surinder Kaur|name]], father's mother) lives with them "half the year" and is in [[Phagwara|place]] at the
moment. [[Simran|name]] was crying and said "Papa pushed Mummy". A neighbour, Mrs [[Pauline Danks|name]] of [[no. 50|address]],
came round and offered to sit with the children.

DASH: 14 yes answers, HIGH. Referred to MARAC. IP taken by PC [[Jukes|name]] to her sister's, Mrs [[Manjit Kaur Johal|name]], at
[[9 Vicarage Road|address]], [[Langley|place]], [[B68 8HG|postcode]] ([[0121 552 7904|phone]]).
Children's services informed by email [[15/11/2026|date]] 01:10.
"""),
]

DOCS_D += [
    ("family WhatsApp group in Punjabi (Gurmukhi) and English, typed up and translated", """WhatsApp group "[[Sandhu|name]]
Parivaar 🙏" - from [[Harjot|name]]'s phone, shown to the social worker [[Joanne Hickman|name]] on [[18/11/2026|date]]
and typed up by her with [[Harjot|name]] translating the Punjabi (checked later by the interpreter [[Baljinder Rai|name]])

[[15/11/26|date]], 08:02 - Biji: ਕੀ ਹੋਇਆ? [[ਕੁਲਦੀਪ|name]] ਦਾ ਫੋਨ ਬੰਦ ਹੈ
   (What happened? [[Kuldeep|name]]'s phone is off)
[[15/11/26|date]], 08:10 - [[Manjit|name]] Massi: Biji he hit her again. She's with me in [[Langley|place]]. Kids are with
[[Pauline|name]] next door
[[15/11/26|date]], 08:15 - Biji: ਘਰ ਦੀ ਗੱਲ ਘਰ ਵਿੱਚ ਰੱਖੋ. ਪੁਲਿਸ ਨਹੀਂ
   (Keep the house's matter in the house. No police)
[[15/11/26|date]], 08:16 - [[harjot|name]]: I rang them biji. I'm not sorry
[[15/11/26|date]], 09:40 - [[Sukhi|name]] Chacha: [[harj|name]] ur dad is in [[perry barr|place]], [[Jas|name]] is going to bring
him to ours after. [[Gurpreet|name]] bhabi please call me [[0121 502 7716|phone]]
[[15/11/26|date]], 09:41 - [[Sukhi|name]] Chacha: [[+91 98154 27736|phone]] this is Biji number in india if anyone needs
[[15/11/26|date]], 11:02 - [[ਗੁਰਪ੍ਰੀਤ|name]]: ਮੈਂ ਠੀਕ ਹਾਂ. ਬੱਚੇ ਮੇਰੇ ਨਾਲ ਰਹਿਣਗੇ
   ([[Gurpreet|name]]: I am OK. The children will stay with me)
[[16/11/26|date]], 19:30 - [[Manjit|name]] Massi: [[Simmy|name]] did her kirtan at the gurdwara on
[[Smethwick High Street|address]] today 🥹
   she was so brave
[[17/11/26|date]], 07:55 - Biji: ਵਾਹਿਗੁਰੂ ਮਿਹਰ ਕਰੇ. ਮੈਂ [[੨੮ ਨਵੰਬਰ|date]] ਨੂੰ ਆ ਰਹੀ ਹਾਂ
   (Waheguru be merciful. I am coming on [[28 November|date]])
"""),
]

DOCS_D += [
    ("GP's letter to the social worker", """Rood End Medical Centre
[[Rood End Road|address]], [[Oldbury|place]]

[[20 November 2026|date]]

Private and confidential
[[Joanne Hickman|name]], Social Worker, Children's Services, [[Oldbury|place]]

Dear Ms [[Hickman|name]]

Re: [[Simran Kaur SANDHU|name]], DOB [[09/03/2018|dob]], NHS [[289 299 9022|nhs]]; [[Harjot Singh SANDHU|name]], DOB
[[27/08/2012|dob]], NHS [[819 909 2181|nhs]]; and their mother [[Gurpreet Kaur SANDHU|name]], DOB [[12/04/1985|dob]]
All of [[52 Rood End Road|address]], [[Oldbury|place]] [[B68 8SF|postcode]]

Thank you for your request for information with Mrs [[Sandhu|name]]'s consent (signed [[17/11/2026|date]]).

[[Simran|name]] is a healthy girl, fully immunised. She was seen by my colleague Dr [[Ifeoma Nwachukwu|name]] on
[[3 June 2026|date]] with
tummy aches and poor sleep; no physical cause was found and her mother said there was "tension at home". [[Harjot|name]] was seen
on
[[11 September 2026|date]] by our practice nurse, Sister [[Jaswinder Gill|name]], with a sprained wrist he said came from
football; he asked not to have his mother told that he had been "punching the wall".

Mrs [[Sandhu|name]] has been seen six times in 2026 with low mood, headaches and, on [[29 July 2026|date]], bruising to the upper
arm, which she said came from a fall at the cash and carry. I referred her to the IRIS advocate educator, [[Sharon Blakemore|name]].
Mr [[Kuldeep Singh Sandhu|name]] is also our patient; with his consent of [[18/11|date]] I can tell you he has asked for help with
his drinking and been referred to the Sandwell drug and alcohol service.

Mrs [[Surinder Kaur|name]] (paternal grandmother, our temporary patient when in the UK) has type 2 diabetes; she is in India
at present.

Yours sincerely
Dr [[Anil Mehta|name]], GP partner and safeguarding lead
"""),
    ("the girl's own 'all about me' sheet, filled in with her teacher", """ALL ABOUT ME - my safety plan
[[Rood End Primary|school]]    (written by me with Miss [[Whitehouse-Ali|name]], [[24/11/2026|date]])

My name is: [[Simran|name]]   (but my family call me [[Simmy|name]] and Biji calls me [[ਸਿਮਰਨ|name]] in Punjabi writing)
My birthday is: [[9th March|dob]]
I live with: Mummy, [[Harjot|name]] veerji and Biji when she is here from India. Papa lives at Uncle [[Jas|name]]'s now.

People who make me feel safe:
  1. Mummy
  2. [[Harjot|name]] (he is 14 and he rang the police)
  3. [[Manjit|name]] Massi in [[Langley|place]]
  4. [[Pauline|name]] next door, she has a dog called Biscuit
  5. Miss [[Whitehouse-Ali|name]] and Mrs [[Dhaliwal|name]] at school

If I feel scared I can: go to my room, ring [[Manjit|name]] Massi ([[0121 552 7904|phone]]), tell a teacher, ring 999.

Things I like: kirtan, netball, my friend [[Amelia-Rose|name]] and my friend [[Harleen|name]], going to [[Langley|place]] park.
Things I don't like: shouting, when Papa smells funny.
What I want grown ups to know: I want to see Papa but only at the park or at [[Jas|name]] Chacha's house on
[[Titford Road|address]].
"""),
]


# --- E. Pritchard / Dunn family (white British; grandparents are Jehovah's Witnesses), Friar Park, Wednesbury ---------------

HOME_E = d.Address("23 Hydes Road", "Friar Park", "Wednesbury", "WS10 0DR")
GP_E = d.Address("8 Pinfold Street", "", "Darlaston", "WS10 8SY")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Dunn")], dt.date(2011, 6, 30), addresses=[HOME_E], ids=["8666120800", "C333789821742"],
       schools=["Wodensborough Ormiston Academy"]),
    _p("s", "sibling", [("Tyler", "Pritchard")], dt.date(2015, 2, 14), addresses=[HOME_E], ids=["7130947918"],
       schools=["Mesty Croft Academy"]),
    _p("m", "mother", [("Leanne", "Pritchard")], dt.date(1990, 9, 9), addresses=[HOME_E], phones=["07824 550 731"]),
    _p("g", "grandparent", [("Raymond", "Pritchard")], dt.date(1960, 5, 5), addresses=[GP_E], phones=["0121 556 0913"]),
    _p("g2", "grandparent", [("Patricia", "Pritchard")], dt.date(1962, 1, 28), addresses=[GP_E]),
    _p("p1", "professional", [("Kelechi", "Amadi")], phones=["01384 566 219"],
       emails=["kelechi.amadi@blackcountryvale.gov.uk"]),
], "c")

DOCS_E = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (missing from home)
Young person: [[Ellie-Mae DUNN|name]]   DOB: [[30/06/2011|dob]]   UPN: [[C333789821742|upn]]
Address: [[23 Hydes Road|address]], [[Friar Park|place]], [[Wednesbury|place]] [[WS10 0DR|postcode]]
Missing: from about 17:00 on Friday [[6 November 2026|date]]; found 02:40 on Sunday [[8 November|date]] at a house on
[[Moat Road|address]], [[Tipton|place]] (police found her, PC [[Imogen Price|name]]).
Interview: Tuesday [[10 November 2026|date]], 15:45, at McDonald's on [[Holyhead Road|address]] (her choice). By:
[[Kelechi Amadi|name]], Return Home Interview worker (Children's Society), [[01384 566 219|phone]].

Why did you go? [[Ellie|name]] said she "had a row with Mum about [[Kai|name]]" and "couldn't be arsed with Nan and Grandad's
preaching". She said she walked to her friend [[Courtney Bate|name]]'s on [[Woden Road|address]] first, then [[Courtney|name]]'s
brother [[Reece|name]] drove them to a party "at [[Kai|name]]'s mate's in [[Tipton|place]]". She did not know the address: "by the
canal, near the Fountain". She said there were "older lads, like 19, 20" and "they had weed and vodka".

Who is [[Kai|name]]? [[Kai|name]] is 19. His surname is [[Mason|name]], "or that's what he says". His Snapchat is kai.m.tip. She
met him at [[Wednesbury|place]] bus station in September. He buys her vapes and food and has given her a
phone. She said "he's not my boyfriend, he's just safe". I said I was worried about the age gap. She rolled her eyes.

Anything happen you didn't want? "No." Then: "one of them, [[Deano|name]], kept touching my leg and [[Kai|name]] told him to
pack it in". She said she slept "in a room with [[Courtney|name]]".

Home. She says her mum [[Leanne|name]] works at Tesco in [[Darlaston|place]] and is "stressed all the time". Her brother
[[Tyler|name]]
(11) is "annoying but fine". Her dad, [[Craig Dunn|name]], lives in [[Walsall|place]] and she has not seen him "since year 7".
Her grandparents, [[Ray|name]] and [[Pat Pritchard|name]] in [[Darlaston|place]], are Jehovah's Witnesses; she used to go to the
Kingdom Hall with them and says "they think I'm going to Armageddon". She loves them but "they only talk about the Bible".

Exploitation screening: high - older males, gifts, alcohol, drugs, unknown addresses, missing overnight. Shared with police
(DS [[Ruth Onions|name]]) and the social worker the same day.
"""),
]

DOCS_E += [
    ("social worker's notes typed fast on a phone during a visit, pasted into the record unedited", """notes from phone - KA -
[[11/11|date]] - pasted as typed

hv @ [[hydes rd|address]] 4.10pm. mum [[leanne|name]] + [[tyler|name]] in. E-M upstairs wouldnt come down 1st 20 min
mum says [[kai|name]] dropped her home mon nite in a white corsa [[KX17 BWN|vehicle]] (mum wrote it on her hand!!)
nan [[pat|name]] rang mum 3x while i was there. mum: "theyll say its cos i dont go to the meetings"
[[tyler|name]] - says [[ellie|name]] gets "loads of snaps from [[kai|name]] + [[jordan|name]] + some lad called [[Tunde|name]]"
[[tyler|name]] worried abt grandad [[ray|name]]s op nxt wk - hip? at walsall manor (JW - no blood - grandad has
   an advance directive, mum says hosp know)
E-M came down. quiet. nails done (who paid?). said [[kai|name]] took her to [[bilston|place]] + [[west brom|place]] for food
   says [[courtney|name]] is "the one who gets her into stuff" not [[kai|name]]
mum: dad [[craig|name]] has new gf [[Stacey|name]] in [[bloxwich|place]], E-M blocked him on everything
mum number changed?? - no, same [[07824 550 731|phone]]. nans landline [[0121 556 0913|phone]]
school - [[wodensborough|school]] say 61% attendance this half term. [[tyler|name]] at [[mesty croft|school]] - fine
next: strat disc [[13/11|date]], ask police re corsa + [[Moat Rd|address]] house, ask [[Courtney|name]]s mum [[Kerry|name]]?
   (she lives [[no 4 Woden Rd|address]]), safety plan w/ E-M thurs [[12th|date]] after school
"""),
]

DOCS_E += [
    ("grandparents' letter to the social worker, handwritten and scanned", """[[8 Pinfold Street|address]]
[[Darlaston|place]] [[WS10 8SY|postcode]]
Sunday [[15th November|date]]

Dear Mr [[Amadi|name]],

My wife [[Patricia|name]] and I are writing to you because our daughter [[Leanne|name]] says you think we are part of the problem
with our granddaughter [[Ellie-Mae|name]]. We would like to put our side.

We are Jehovah's Witnesses and have been for thirty years. We love [[Ellie|name]] and [[Tyler|name]] very much. When
[[Ellie|name]] was small
she came to the Kingdom Hall on [[Walsall Road|address]] with us every Sunday and she was happy. We have never forced her. We did
tell her that the young man [[Kai|name]] is not a good person, because our friend Brother [[Geoff Tonks|name]], who is a taxi
driver in [[Tipton|place]], has seen him with other young girls outside the chip shop on [[Owen Street|address]].

We want to help. [[Ellie|name]] can stay with us any time. We have a spare room. Our phone is [[0121 556 0913|phone]] and my
mobile is
[[07932 660 418|phone]]. [[Pat|name]] does not do mobiles.

I am going into Manor Hospital on the [[19th|date]] for my hip, back on the [[23rd|date]] God willing, so please ring [[Pat|name]]
in that week.

Yours faithfully
[[Raymond Pritchard|name]]   ([[Ray|name]])
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Ellie-Mae Dunn|name]] (15), [[Tyler Pritchard|name]] (11)   Date: [[1 December 2026|date]]   Venue:
[[Wodensborough|school]]
Chair: [[Kelechi Amadi|name]] (SW)   Present: [[Leanne Pritchard|name]]; [[Ellie-Mae|name]] (first 20 min); Mrs [[Fellows|name]]
(Head of Year 11, [[Wodensborough Ormiston Academy|school]]); [[Gemma Onions|name]] (school nurse); DS [[Ruth Onions|name]] (WMP)
(no relation, both confirmed!); [[Ray Pritchard|name]] (grandfather, by phone from Walsall Manor Hospital)

1. Police: [[Kai Mason|name]] is known as [[Kai MASON-HOLT|name]], DOB [[04/02/2007|dob]], of [[Great Bridge|place]]. Child
abduction
warning notice served [[24 November 2026|date]]. The Corsa [[KX17 BWN|vehicle]] belongs to his cousin [[Jordan Holt|name]].
2. [[Ellie-Mae|name]]: no missing episodes since [[8 November|date]]. She said "I'm done with [[Kai|name]], he's a liar".
She wants to do hair and beauty at college in [[Walsall|place]].
3. School: attendance up to 79%. [[Tyler|name]] is doing well at [[Mesty Croft Academy|school]].
4. Grandparents: [[Ellie-Mae|name]] agreed to stay with Nan [[Pat|name]] on Saturday nights "as long as there's no Bible".
Next review: [[2 March 2027|date]].
"""),
]


# --- F. Nowak / Wiśniewska family (Polish), Blackheath, Rowley Regis ---------------------------------------------------------

HOME_F = d.Address("11 Malthouse Lane", "Blackheath", "Rowley Regis", "B65 0QS")
BABCIA_F = d.Address("ul. Słowackiego 17/4", "", "Wałbrzych", "58-300")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Zuzanna", "Nowak")], dt.date(2016, 10, 4), addresses=[HOME_F], ids=["1566775957", "P333775320171"],
       schools=["Whiteheath Primary School"]),
    _p("s", "sibling", [("Jakub", "Nowak")], dt.date(2021, 3, 15), addresses=[HOME_F], ids=["8105511614"]),
    _p("m", "mother", [("Agnieszka", "Wiśniewska")], dt.date(1992, 2, 20), addresses=[HOME_F], phones=["07843 217 690"],
       ids=["SK 40 72 18 D"]),
    _p("f", "father", [("Tomasz", "Nowak")], dt.date(1989, 7, 7), addresses=[HOME_F], phones=["07960 381 552"]),
    _p("g", "grandparent", [("Krystyna", "Wiśniewska")], dt.date(1964, 12, 1), addresses=[BABCIA_F], phones=["+48 601 238 914"]),
    _p("p1", "professional", [("Naomi", "Cutler")], phones=["0121 569 2040"], emails=["naomi.cutler@blackcountryvale.gov.uk"]),
], "c")

DOCS_F = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS
Children: [[NOWAK, Zuzanna|name]] ([[04/10/2016|dob]], NHS [[156 677 5957|nhs]], UPN [[P333775320171|upn]]); [[NOWAK, Jakub|name]]
([[15/03/2021|dob]], NHS [[810 551 1614|nhs]])
Parents: [[WIŚNIEWSKA, Agnieszka|name]] ([[20/02/1992|dob]], NI [[SK 40 72 18 D|ni]]); [[NOWAK, Tomasz|name]] ([[07/07/1989|dob]])
Compiled by [[Naomi Cutler|name]], Social Worker, [[27 November 2026|date]]

Date | Event | Source
[[12.05.2019|date]] | Family arrive in UK from [[Wałbrzych|place]]; live with [[Tomasz|name]]'s cousin [[Paweł Nowak|name]] at | Mother
 | [[Flat 3, 201 Halesowen Road|address]], [[Old Hill|place]] |
[[15.03.2021|date]] | [[Jakub|name]] born, Russells Hall Hospital, [[Dudley|place]] | Health
[[02.08.2022|date]] | Move to [[11 Malthouse Lane|address]], [[Blackheath|place]], [[B65 0QS|postcode]] (private let, landlord | Housing
 | Mr [[Harjinder Bains|name]]) |
[[19.01.2024|date]] | Police called by neighbour (Mrs [[Gwen Hingley|name]], [[no. 13|address]]): shouting in Polish, | WMP
 | a child screaming. [[Tomasz|name]] arrested for common assault; NFA [[20.01.2024|date]] |
[[06.09.2025|date]] | [[Zuzia|name]] tells teacher Mrs [[Bastable|name]] at [[Whiteheath Primary|school]] "Tata broke the door" | School
[[14.04.2026|date]] | Mother to A&E, Sandwell General: fractured finger, "caught in a car door" | Health
[[30.09.2026|date]] | [[Zuzanna|name]] misses 9 days; mother says they were at babcia [[Krystyna|name]]'s in [[Wałbrzych|place]] | School
 | for a funeral |
[[21.10.2026|date]] | [[Kuba|name]] at nursery ([[Little Gems|school]], [[Blackheath|place]]) with a burn to the forearm; mother | Nursery
 | says from the oven door; [[Kuba|name]] says "tata hot" |
[[22.10.2026|date]] | Strategy discussion; s47 joint with police. Medical at Sandwell General,| CSC
 | Dr [[Oluwaseun Adeyemi|name]]: burn consistent with either account |
[[04.11.2026|date]] | Mother discloses years of DA to [[Naomi|name]] through the interpreter [[Ewa Kowalczyk|name]] | CSC
 | and moves with the children to a refuge in [[Stourbridge|place]] |
[[07.11.2026|date]] | [[Tomasz|name]] contacts [[Zuzia|name]] on Roblox ("tata_tomek89") asking where she is | Mother
[[18.11.2026|date]] | Non-molestation order granted, the Family Court sitting at Wolverhampton | Court
[[20.11.2026|date]] | [[Paweł Nowak|name]] (cousin) rings [[Naomi|name]] from [[07472 913 006|phone]] asking for the refuge
address; | CSC
 | refused. He says [[Tomasz|name]] is "staying with [[Marek|name]] in [[Netherton|place]]" |
[[23.11.2026|date]] | [[Zuzia|name]] seen at school with Mrs [[Bastable|name]]; says she misses [[Oliwia|name]] and her cat
Kotek | School
[[25.11.2026|date]] | Babcia [[Krystyna Wiśniewska|name]] rings from [[Wałbrzych|place]] ([[+48 601 238 914|phone]]): will come
[[10 Dec|date]] | Family
[[26.11.2026|date]] | Core group at [[Whiteheath Primary|school]]; [[Tomasz|name]]'s supervised contact agreed at the
[[Tividale|place]] contact | CSC
 | centre, from [[8 December|date]], Tuesdays, supervisor [[Liz Hadlington|name]] |
"""),
]

DOCS_F += [
    ("Messenger chat in Polish and English between the mother and her sister, screenshots typed up and translated", """Facebook
Messenger - "[[Magda Wiśniewska|name]]" and "[[Aga Wiśniewska|name]]" - screenshots given by [[Agnieszka|name]] to
[[Naomi Cutler|name]]
on [[05/11/2026|date]]; typed up and translated by [[Ewa Kowalczyk|name]] (interpreter). Polish first, English in brackets.

[[3 PAŹ 2026|date]], 21:14
[[Magda|name]]: [[Aga|name]], jak tam? Mama mówi, że [[Tomek|name]] znowu pije
   ([[Aga|name]], how are things? Mum says [[Tomek|name]] is drinking again)
[[Aga|name]]: nie pytaj. [[Zuzia|name]] spała u [[Oliwii|name]] z naprzeciwka, [[Kuba|name]] ze mną
   (don't ask. [[Zuzia|name]] slept at [[Oliwia|name]]'s across the road, [[Kuba|name]] with me)
[[Magda|name]]: przyjedź do mnie do [[Wrocławia|place]]. ul. [[Legnicka 55/12|address]], wiesz gdzie
   (come to me in [[Wrocław|place]]. [[Legnicka 55/12|address]] street, you know where)

[[21 PAŹ 2026|date]], 19:02
[[Aga|name]]: spalił [[Kubę|name]] 😭 piekarnik. powiedziałam w przedszkolu że to ja
   (he burnt [[Kuba|name]] 😭 the oven. I told the nursery it was me)
[[Magda|name]]: [[Aga|name]] musisz to powiedzieć. zadzwoń na policję. mój numer [[+48 22 584 73 20|phone]] (praca)
   ([[Aga|name]] you have to tell. Call the police. my number [[+48 22 584 73 20|phone]] (work))

[[4 LIS 2026|date]], 08:30
[[Aga|name]]: dziś powiem [[Naomi|name]]. pani [[Ewa|name]] będzie tłumaczyć
   (today I'll tell [[Naomi|name]]. Mrs [[Ewa|name]] will interpret)
[[Magda|name]]: jestem z tobą. babcia [[Krysia|name]] też. kocham cię
   (I'm with you. Granny [[Krysia|name]] too. love you)

Interpreter's note: Polish names change form with grammar ("[[Kubę|name]]" is "[[Kuba|name]]", "[[Oliwii|name]]" is
"[[Oliwia|name]]",
"[[Wrocławia|place]]" is "[[Wrocław|place]]"); "[[Aga|name]]", "[[Tomek|name]]" and "[[Krysia|name]]" are short forms of
[[Agnieszka|name]], [[Tomasz|name]]
and [[Krystyna|name]]. Dates in the app are Polish ("PAŹ" = October, "LIS" = November).
"""),
]

DOCS_F += [
    ("refuge's referral and admission form", """BLACK COUNTRY REFUGE PARTNERSHIP - ADMISSION FORM (refuge address withheld)
Admitted: [[04/11/2026|date]] 17:45   Key worker: [[Lorna Whitehouse|name]]   Referred by: [[Naomi Cutler|name]] (CSC)
[[0121 569 2040|phone]]
Woman: [[Agnieszka WIŚNIEWSKA|name]] ("[[Aga|name]]")   DOB [[20 Feb 1992|dob]]   Language: Polish (interpreter needed: yes)
Safe phone: [[07843 217 690|phone]] (new SIM given - old number NOT to be used)
Children: [[Zuzanna NOWAK|name]] (10), [[Jakub NOWAK|name]] ("[[Kuba|name]]", 5)
Perpetrator: [[Tomasz NOWAK|name]], DOB [[07/07/1989|dob]], [[11 Malthouse Lane|address]], [[Blackheath|place]],
[[B65 0QS|postcode]],
mobile [[07960 381 552|phone]]. Vehicle: silver Skoda Octavia estate [[BV65 OKE|vehicle]]. Works at a scaffold firm in
[[Halesowen|place]].
Drinks at the Polish shop on [[High Street|address]], [[Blackheath|place]] ("Delikatesy [[Ania|name]]" - the owner
[[Anna Mazur|name]] is his friend; AVOID).

Support network: sister [[Magdalena Wiśniewska|name]], [[Wrocław|place]], [[+48 22 584 73 20|phone]]; mother
[[Krystyna Wiśniewska|name]],
[[ul. Słowackiego 17/4|address]], [[58-300|postcode]] [[Wałbrzych|place]], [[+48 601 238 914|phone]]; friend
[[Oliwia Zielińska|name]] (neighbour, [[no. 8|address]]) - not safe to contact, [[Tomasz|name]] knows her.
Children's schools: [[Zuzia|name]] - [[Whiteheath Primary|school]] (to change: school transport to be arranged); [[Kuba|name]] -
[[Little Gems|school]] nursery (STOP - too near home). Saturday Polish school:
[[Polska Szkoła Sobotnia im. Jana Pawła II|school]],
[[Smethwick|place]] - pause.
GP: Rowley Regis Medical Centre - to re-register locally.
Risks: he has threatened to take the children to Poland. Passports: the children's Polish passports are with him. Port
alert requested via the police, DC [[Hannah Beddow|name]], on [[05/11/2026|date]].
"""),
    ("school's safeguarding record, written up on the secure system", """CPOMS record - [[Whiteheath Primary School|school]]
Student: [[Zuzanna Nowak|name]]  (Year 6)   Category: Child protection; Domestic abuse   Logged by: Mrs [[K Bastable|name]]
Date/time of incident: [[09/11/2026|date]] 09:05

[[Zuzanna|name]] (she likes to be called [[Zuzia|name]], said "[[Zoo-zha|name]]") was brought in by a refuge worker in a taxi from
[[Stourbridge|place]]. She came to me at break and said her tata came to the school gate on Friday [[6 November|date]] before she
left and said "babcia is sad, you can all come to Poland". I checked: he was not seen by staff.
She said he gave her a note; she showed me it. It says, in Polish: "[[Zuzia|name]], kocham cię. Zadzwoń do mnie
[[07960 381 552|phone]]. Tata". She asked me to keep it.

She also said her friend [[Maja|name]] from [[Oldbury|place]] ([[Maja Kamińska|name]], Year 6 at
[[Causeway Green Primary|school]], who she
knows from Saturday school) sent her a message from her dad's phone saying "where are you living now".

Actions: DSL Mr [[Parkes|name]] informed 09:30; social worker [[Naomi Cutler|name]] rung 09:40 and emailed the note (photo) to
[[naomi.cutler@blackcountryvale.gov.uk|email]]; refuge key worker [[Lorna|name]] rung; police (DC [[Beddow|name]]) informed 10:05.
[[Zuzia|name]] told her class teacher Miss [[Rowley|name]] that she "wants to go back to [[Whiteheath|school]] forever".
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 76 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:39 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "mom", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "ras", "sista", "brother", "bredda", "empress", "bibi", "mama",
           "papa", "babcia", "dziadek", "ciocia", "wujek", "pani", "pan", "bebe", "massi", "masi", "chacha", "chachi", "bhua",
           "bhuaji", "nani", "dadi", "biji", "veerji", "bhaji", "bhenji", "giani", "bhai", "خالي", "عمتي", "بابا", "ماما",
           "ਬੀਬੀ", "ਦਾਦੀ", "ਮਾਸੀ"}
_AFTER = {"ji", "massi", "chacha", "bhabi", "chachi", "bhai", "bhaji", "veerji", "bhenji", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "the black country",
               "black country", "west midlands", "the west midlands", "staffordshire", "worcestershire", "sandwell", "jamaica",
               "st catherine", "chad", "tchad", "sudan", "darfur", "egypt", "india", "punjab", "the punjab", "poland",
               "silesia", "śląsk", "europe", "africa", "the caribbean", "caribbean", "ethiopia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Ras Iyah", "Brother Geoff
# Tonks", "Miss Hyacinth", "خالي عبد الكريم", "عمتي كلتومة", "babcia Krystyna", "pani Ewa", "Uncle Jas"; and after one: "Manjit
# Massi", "Sukhi Chacha", "Harjot veerji", "Gurpreet bhabi") and countries, regions and boroughs ("the Black Country", "West
# Midlands", "Sandwell", "Jamaica", "St Catherine", "Chad", "India", "Poland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
