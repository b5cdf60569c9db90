"""Set 139: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
sets being written by other helpers at the same time (bench/redaction_set138.py, redaction_set140.py, redaction_set141.py and
their tests), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions
followed here: the module docstring, the first family's record and first two documents, the last document, and the word lists
and helpers at the end; the middle of its documents was not read), the docstrings of bench/redaction_set7.py to
bench/redaction_set137.py (only searched for the towns, districts and communities earlier sets used, and skimmed where a hit
was), the `main` and `word_problems` helpers and the start of `_parse` of bench/redaction_handwritten.py, and the ruff
settings in pyproject.toml. Set 15's checker was used through import (as set 21 does) and not read. Phone numbers were
checked with the phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum, in small snippets. The
record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If
a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Stevenage, Hitchin and Letchworth Garden City (North Hertfordshire), each from a town, district or estate no
earlier set (7 to 137) used as a family's home. Four of the kinds most common in children's social care: a white British
mother in Shephall, Stevenage, with a grandmother in Knebworth and an aunt in Great Ashby (Doyle / Fenn; neglect on a child
protection plan, a mother's drinking after her own mother's fall, a boy of 9 feeding his sister of 3, the gas cut off, a
partner paid cash in hand), a Black British and white British family in Pin Green, Stevenage, with a father in Leagrave,
Luton (Reid / Okafor; a boy of 15 going missing to Bedford and Luton in county lines, a debt for a phone, an older man's
Mercedes, a girl of 14 in Kempston, a MACE panel), a young white British mother, a care leaver, on the Jackmans estate in
Letchworth Garden City, with a grandmother in Baldock and an aunt in Royston (Sharp / Baines; bruising to a non-mobile baby
of 13 weeks, a father's temper, a dog blamed, a grandmother who asks to care for the baby) and a British Pakistani (Mirpuri)
family in Westmill, Hitchin, with an aunt in Bearton and family in Dadyal and Mirpur (Hussain / Akhtar; a girl of 14 told she
will stay in Pakistan after a wedding, a slap, a brother who takes her phone, an email from a friend's account, a diary in
English and Urdu, an application for a Forced Marriage Protection Order). Two from communities no earlier set used: a
Malaysian Chinese family from Penang, Hokkien and Mandarin speaking, in Great Ashby, Stevenage, with a grandmother in Air Itam
and an uncle in Kuala Lumpur (Tan / Lim / Khoo; a boy of 11 caned with a rotan for school marks, a grandmother who posts the
cane, a mother who speaks little English, a family WhatsApp group in Chinese and English) and a Cape Malay family from Cape
Town in Walsworth, Hitchin, with a grandmother in the Bo-Kaap, a father in Athlone and an aunt in Luton (Abrahams / Davids /
Salie; a mother with bipolar disorder, a boy of 13 as a young carer, an overdose in the bath on a Saturday night, a neighbour
and an aunt who take the children). 24 documents, about half plain professional recording (a social worker's unannounced
home visit case note, core group minutes with an action table, a return home interview, MACE panel minutes, a health
visitor's SystmOne record, a child protection medical report, a section 47 strategy discussion record, a school counsellor's
referral to the DSL, a chronology for a court application, a primary school's record of a disclosure, a child and family
assessment with an interpreter, a GP consultation record, a young carer's assessment, a crisis team's letter to a GP) and the
rest other writing a case file holds, in styles no earlier set used where possible: a lunchtime supervisor's handwritten
concern form run through OCR (with OCR errors in the names and dates), a mother's texts with her sister typed up from
screenshots, Snapchat chats pulled off a phone with its OCR "copy text" tool, a youth worker's voice memo transcribed by an app
(with its mis-hearings), a grandmother's own letter, a girl's late-night email from a friend's account, a page of a diary with
Urdu, a family WhatsApp group in Chinese and English, an early help form in a mother's own hand, and an out-of-hours worker's
notes typed fast on a work phone.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Pakistan, Malaysia, South Africa); NHS numbers and UPNs (LA number 919, Hertfordshire)
pass their check digits; NI numbers have a valid format. The council (Lea Valley) is invented, and so are the schools Shephall
Meadows Primary and Ashby Fields Primary, the Little Owls Nursery and the pub (the Long Ship); towns, districts, estates,
villages, real schools and colleges, real charities, NHS bodies and surgeries, hospitals, police forces, clubs, shops, brands,
apps and laws are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, DI, Madam, Imam, Uncle, Nanny, Chacha, Khala, Boeta, Ammi, Abbu, Ah Ma, Pa, Ouma, Mama, Kor Kor) stay outside the name
span; a possessive 's stays outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span
("DOYLE, Tyler", "HUSSAIN, Aleena", "REID-OKAFOR, Kai", "BAINES, Alfie-Ray"), and so is "SURNAME First" in a Chinese name's
own order ("TAN Wei Jie Ethan") and a name with an initial ("Mia H", "Liam G", "K Abeyratne"); a name broken by a line break is
one span holding the break, and so is an address, a place and a school; social media handles and usernames ("kai_r11",
"@jrome.lvl", "@nia_reid15", "@usman_dadyal786") are not marked, but a display name that is a person's name ("Jay", "Amara",
"nia", "Kirst") is; a family name in a group chat's title ("陈家", "Tan Family") is a name. A street address is one span, its
town a place, its postcode a postcode; a street named without a number is an address, and so is an address abroad ("23 Jalan
Air Itam", "14 Wale St"); towns, cities, villages, districts and estates are places, at home or abroad and in any script
("亚依淡", "槟城", "میرپور", "ڈڈیال"); countries, counties and regions are not ("Pakistan", "Hertfordshire", "North Herts",
"Pulau Pinang" as a state in an address); organisations are not marked even when they hold a town's name ("Stevenage FC",
"Stevenage Haven", "Stevenage Borough Council", "Bedford Borough Council", "Bedwell Clinic", "Chells Surgery", "Hitchin
Cricket Club", "Pin Green Rovers"); a school's name is a school in any case, and so is its short form and a nursery's name
("Marriotts", "Priory", "mary exton", "Little Owls Nursery", "north herts college"); a date of birth is dob, any other calendar
date with a day is date (a weekday before it stays outside), months and years alone are not marked; helplines are not marked;
pets' names (Biscuit, Tank) are not names; parks and shopping centres are landmarks and stay unmarked (Butts Close, the Forum,
the Westgate Centre); a name that is also a word or a town is marked by what it refers to ("Royston" and "Hatfield" are names
when they are people and places when they are towns); a name in another script (Chinese "伟杰", "陈伟杰", "美玲", "文杰"; Urdu
"علینہ", "عثمان") is a name; a service or team named by its town ("the Stevenage hub", "Letchworth family centre", "Family
Safeguarding Team (Hitchin)", "Pin Green youth hub", "NORTH HERTS AND STEVENAGE") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR errors inside a name
or a date are marked as what they stand for ("Tyler Doy1e", "2S/11/26"); an app's mis-hearing of a name, place or street
quoted in a correction ("a Mara", "well win", "whizz den road") is marked as what it stands for, as set 21 did; a gang
nickname used as a name ("Bigz", "Romeo", "Baldy", "KJ") is a name, like an alias; "KL" for Kuala Lumpur is a place, like a
local short form of a town; Penang as the island and its city ("bought it in Penang", "槟城") is a place, as set 19's Sheppey
was, while "Pulau Pinang" as the state in an address line is a region and is not marked; a Malaysian or South African
postcode ("11500", "8001") is a postcode; a grandfather's family nickname ("Pops") is a kinship word and is not a name, like
set 21's "Bubby"; a pub is an organisation and is not an address (the Long Ship); a Urdu date with a day ("مارچ ١٧") is a
date; MISPER, MASH, CAD and crime references, an interpreter's ID and collar numbers are not marked.

Self-check without the detector: `python -m bench.redaction_set139` (and tests/test_redaction_set139.py) runs set 15's
checker (which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
930 gold spans, 511 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Doyle / Fenn family (white British), Shephall, Stevenage ----------------------------------------------------------

HOME_A = d.Address("19 Shephall View", "Shephall", "Stevenage", "SG1 2RN")
NAN_A = d.Address("6 Park Lane", "", "Knebworth", "SG3 6PD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Doyle")], dt.date(2017, 5, 14), addresses=[HOME_A], ids=["4008107649", "Z919311117677"],
       schools=["Shephall Meadows Primary School"]),
    _p("s", "sibling", [("Skye", "Doyle")], dt.date(2023, 2, 8), addresses=[HOME_A], ids=["7731184528"]),
    _p("m", "mother", [("Hayley", "Doyle")], dt.date(1992, 10, 3), addresses=[HOME_A], phones=["07723 418 906"],
       ids=["JT 48 21 67 B"]),
    _p("f", "partner", [("Craig", "Fenn")], dt.date(1988, 1, 22), addresses=[HOME_A], phones=["07946 302 175"]),
    _p("g", "grandparent", [("Pauline", "Doyle")], dt.date(1964, 6, 30), addresses=[NAN_A], phones=["01438 742 619"]),
    _p("p1", "professional", [("Bethan", "Lusk")], phones=["0300 123 4043"], emails=["bethan.lusk@leavalley.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's unannounced home visit case note", """CASE NOTE - HOME VISIT (UNANNOUNCED)
Child: [[Tyler DOYLE|name]] (DOB [[14/05/2017|dob]])   Also seen: [[Skye Doyle|name]] ([[08/02/2023|dob]])
Address: [[19 Shephall View|address]], [[Shephall|place]], [[Stevenage|place]] [[SG1 2RN|postcode]]
Date of visit: [[2 December 2026|date]], 16:10-17:25     Worker: [[Bethan Lusk|name]], Social Worker (Locality Team North)
Present: [[Hayley Doyle|name]] (mother), [[Craig Fenn|name]] (mother's partner, arrived 16:40), both children.

Purpose: unannounced visit under the child protection plan (category neglect) agreed at the ICPC on [[12 November|date]].

Observations: the front door was opened by [[Tyler|name]] himself. He said Mum was "having a lie down". The hall smelt of dog
and of stale smoke; two black sacks of rubbish were by the door and the kitchen bin was overflowing. There was no food in the
fridge apart from a bottle of ketchup, some milk (in date) and three cans of cider. [[Skye|name]] was in a nappy and a vest in
the front room watching YouTube on a phone; the nappy was heavy and her bottom was red. The heating was off ([[Hayley|name]] said the
gas meter "ran out Sunday"). The dog, a lurcher called Biscuit, was shut in the garden.

[[Hayley|name]] came downstairs after about five minutes. She was tearful, slurred a little and told me she had "only had two"
because her mum is poorly. Her mother, [[Pauline Doyle|name]], lives at [[6 Park Lane|address]], [[Knebworth|place]] and had a
fall last week; [[Hayley|name]] has been going over on the bus each morning. She said the neighbour at no. 21, [[Sandra Mott|name]],
helps with the school run "when she can". I asked about the gas: [[Craig|name]] normally tops the key up at the Co-op on
[[Hydean Way|address]] but he has not been paid.

[[Tyler|name]]'s view: in his bedroom he showed me his Lego and his football shirt (Stevenage FC, a present from "Uncle [[Dean|name]]",
whom he described as [[Craig|name]]'s brother). He told me he makes [[Skye|name]]'s tea "most days" - toast or Super Noodles -
and that he does not like it when "[[Craig|name]] and Mum shout about money". He said he is scared of the dark when the
electric goes off. He wants to go to football club at Bedwell Community Centre on Thursdays with his friend [[Kaden Ross|name]].

[[Craig Fenn|name]] arrived at 16:40. He was polite, said he is working cash-in-hand for a roofer, "[[Gary Whitlock|name]]", in
[[Hitchin|place]] and would put £20 on the gas tonight. He gave a new number, [[07398 215 470|phone]], as his old phone is
broken.

Analysis: the home conditions are worse than at the visit on [[19/11/2026|date]]. [[Tyler|name]], aged 9, is caring for his sister.
Mother's drinking appears to have increased since [[Pauline|name]]'s fall. Actions: emergency gas top-up via the Household
Support Fund (done 17:40); referral to Spectrum (drug and alcohol) to be chased; ask school ([[Shephall Meadows|school]]) for
attendance and breakfast club; core group brought forward to [[9/12|date]]; manager [[Owen Price|name]] informed.
"""),
    ("lunchtime supervisor's handwritten note, scanned and run through OCR", """[scan: lined A5 sheet, OCR text below; line breaks as on the
page]

[[SHEPHALL MEADOWS PRIMARY SCH0OL|school]] - Concern f0rm (pink)
Name of chiId: [[Tyler Doy1e|name]]       Class: Kestrels (Yr 4)
Date: [[2S/11/26|date]]      Time: 12.3O-ish
Who are you: [[Jackie Burr|name]] (MDSA)

What did you see or hear? (his words if you can)
T was in the lunch hall going round the tables asking
the other kids for there crusts and yoghurts. Fr0m
[[Mia H|name]] and [[Ollie|name]] in Yr 3 and [[Kaden|name]]. I said
have you not got a packed lunch today and he said
"mum never done one, theres nothing in, i had a
biscuit" he put 2 yoghurts in his pocket "for [[Skye|name]]
tea". His jumper is the same one all week + smells
of wee. He said he was cold at night as "the gas man
took our gas". Mrs [[Kerr|name]] the cook gave him a hot
dinner free.

Anything else? His mum came to the gate at 3.15
she was wobbly + shouting at him. [[Sandra|name]] from
there road ([[Sandra Mott|name]]) took both kids home with her.

Passed to: Mrs [[Adeyemi|name]] DSL (put on CPOMS)    Signed: [[J Burr|name]]
"""),
]

DOCS_A += [
    ("core group meeting minutes with an action table", """LEA VALLEY COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING - MINUTES
Children: [[DOYLE, Tyler|name]] ([[14.05.2017|dob]]); [[DOYLE, Skye|name]] ([[08.02.2023|dob]])
Date: [[9 December 2026|date]], 09:30, [[Shephall Meadows Primary School|school]] (small meeting room)
Chair: [[Bethan Lusk|name]] (SW)   Minutes: [[Rhiannon Cole|name]] (business support)

Present: [[Hayley Doyle|name]] (mother); [[Craig Fenn|name]] (mother's partner, left 10:05 for work); Mrs [[Funmi Adeyemi|name]]
(DSL, [[Shephall Meadows|school]]); [[Lorna Quayle|name]] (health visitor, 0-19 team); [[Sian Bright|name]] (family support
worker); [[Dev Chauhan|name]] (Spectrum recovery worker, by phone). Apologies: [[Tessa Wray|name]], [[Little Owls Nursery|school]]
manager (sent a written update).

1. Update from school. Attendance since the conference is 81%. [[Tyler|name]] comes to breakfast club most days now and the
   school has given him a second uniform. On [[25 November|date]] he was seen asking other children for food; the lunchtime
   supervisor's note is on file. He is "a kind boy who worries about his sister" (Mrs [[Adeyemi|name]]).
2. Update from health. [[Skye|name]] missed her 2-2½ year review on [[3/11|date]]; rebooked for [[16th December|date]] at
   Bedwell Clinic. Nappy rash treated. [[Lorna|name]] has asked the GP (Stanmore Medical Group) to review [[Hayley|name]].
3. Update from the nursery (written). [[Skye|name]] has come 4 of 10 funded sessions; collected late twice by a
   "[[Sandra|name]]" and once by [[Tyler|name]] on his own (age 9), which the nursery will not allow again.
4. Mother's views. [[Hayley|name]] said she knows she "let it slip" since her mum's fall. She has been to Spectrum at the
   [[Stevenage|place]] hub once ([[4 Dec|date]]) and has stopped drinking in the day. Her sister [[Kirsty Marsh|name]] from
   [[Great\nAshby|place]] will have the children every Saturday. [[Hayley|name]] asked that [[Pauline|name]] is not told about the
   plan.
5. Partner. [[Craig|name]] said the gas is on a normal meter now. He agreed to a DBS-type check through the police disclosure
   route; he has a caution from 2019 in [[Luton|place]] (he says for a fight outside a pub).

ACTIONS
| # | Action | Who | By |
| 1 | Weekly unannounced visits | [[B Lusk|name]] | ongoing |
| 2 | Book [[Skye|name]]'s review + chase GP | [[L Quayle|name]] | [[16/12/2026|date]] |
| 3 | Spectrum: weekly sessions, feedback to SW | [[D Chauhan|name]] | [[23.12.26|date]] |
| 4 | Food bank voucher (Stevenage Haven) + winter fuel | [[S Bright|name]] | [[11 Dec|date]] |
| 5 | Confirm [[Kirsty Marsh|name]] as a safe carer ([[14 Ridgeway Close|address]], [[SG1 6TE|postcode]]) | [[B Lusk|name]] | [[18/12|date]]
|
Next core group: [[13 January 2027|date]], same place.
"""),
    ("a mother's texts with her sister, typed up from screenshots she showed the worker", """[Typed up by [[B Lusk|name]] from screenshots
on [[Hayley|name]]'s phone, shown to me with her agreement on [[10/12/2026|date]].
Contact saved as "[[Kirst|name]] 💅" = [[Kirsty Marsh|name]], the mother's sister. Spelling as on the screen.]

[[28/11/2026|date]]
[[Kirst|name]] 💅: u ok hun? mum said u never come over today
[[Hayley|name]]: cant face it [[kirst|name]]. the social were round again. [[bethan|name]]. she looked in the fridge 😭
[[Kirst|name]] 💅: omg. wat did she say
[[Hayley|name]]: that [[tyler|name]] is doing to much for [[skye|name]]. hes 9 he shuldnt be making teas. i know that i KNOW
[[Kirst|name]] 💅: ill have them sat. bring them to mine ill do nandos at the forum
[[Hayley|name]]: [[craig|name]] wont like it
[[Kirst|name]] 💅: [[craig|name]] can do one tbh. hes not there dad
[[Hayley|name]]: dont start. he put the gas on. and his mate [[gaz|name]] is paying him friday
[[Kirst|name]] 💅: is he still drinking at the long ship
[[Hayley|name]]: both of us are 🙈 im cutting down. went spectrum. the man [[dev|name]] was nice

[[30/11/2026|date]]
[[Hayley|name]]: mum fell again. on the floor 2 hours til mr [[osei|name]] next door heard her
[[Kirst|name]] 💅: wtf!! im going now. is she at [[knebworth|place]] or did they take her lister
[[Hayley|name]]: lister. ward 10
[[Kirst|name]] 💅: ok. u stay with kids. dont have a drink. promise me
[[Hayley|name]]: promise x

[[1/12/2026|date]]
[[Kirst|name]] 💅: can u ask [[sandra|name]] to do [[skye|name]] pick up, im at the hospital with mum til 6. new number for me btw its
[[07812 664 093|phone]]
old one got nicked in town
[[Hayley|name]]: ok. ty for everything [[kirst|name]]. ily
[[Kirst|name]] 💅: ily2. [[tyler|name]] can come to mine after school, [[jayden|name]] will walk him from the bus stop at
[[great ashby|place]]
"""),
]


# --- B. Reid / Okafor family (Black British and white British), Pin Green, Stevenage ------------------------------------

HOME_B = d.Address("42 Wisden Road", "Pin Green", "Stevenage", "SG1 4NS")
DAD_B = d.Address("Flat 9, 27 Dunstable Road", "", "Luton", "LU4 8RD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kai", "Reid-Okafor")], dt.date(2011, 8, 29), addresses=[HOME_B], ids=["7308158950", "J919321721243"],
       schools=["Marriotts School"]),
    _p("s", "sibling", [("Nia", "Reid")], dt.date(2015, 4, 2), addresses=[HOME_B], ids=["6892822150"]),
    _p("m", "mother", [("Donna", "Reid")], dt.date(1985, 12, 11), addresses=[HOME_B], phones=["07585 930 241"],
       ids=["NP 73 05 92 D"]),
    _p("f", "father", [("Emeka", "Okafor")], dt.date(1983, 3, 17), addresses=[DAD_B], phones=["07463 118 752"]),
    _p("p1", "professional", [("Marcus", "Bell")], phones=["01438 219 506"], emails=["marcus.bell@leavalley.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - CHILD MISSING FROM HOME
Young person: [[Kai REID-OKAFOR|name]]     DOB: [[29.08.2011|dob]] (15)     Known as: "[[KJ|name]]"
Home: [[42 Wisden Road|address]], [[Pin Green|place]], [[SG1 4NS|postcode]]
Missing from: 22:40 on [[27 November 2026|date]]   Found: 14:05 on [[29 November 2026|date]], [[Bedford|place]] (police stop)
Police ref: MISPER 41/26/118204 (Hertfordshire Constabulary)
Interview: [[1 December 2026|date]], 15:30, at the [[Pin Green|place]] youth hub, by [[Marcus Bell|name]] (Exploitation and Missing Worker)
Offered within 72 hours: yes. Parent present: no ([[Kai|name]]'s choice); mum [[Donna Reid|name]] waited outside.

Where he was (his account): [[Kai|name]] said he went "to see a girl" in [[Bedford|place]] and stayed "at a mate's" off [[Midland
Road|address]]. He would not give the mate's name at first, then said "[[Tiago|name]], he's safe". He said he got there on the
train from [[Stevenage|place]] and that someone "sorted" his ticket. Police found him with £340 in cash, two phones (one a
cheap Nokia) and a train ticket bought with a card in the name of "[[L. Danso|name]]".

Who he was with: he mentioned "[[Romeo|name]]" and "[[Bigz|name]]" (not real names, he said) and an older male called
"[[Jerome|name]]" who "drives a white Merc" (reg seen by police: [[LR68 XKT|vehicle]]). He said he owed [[Jerome|name]] "for
the phone". When I asked if anyone had hurt him he showed me a graze on his knuckles and said "that was football".

Health: tired, hungry; had not eaten since the Saturday. Cut on left hand, cleaned. Sleeping badly. He said he smokes weed
"to chill" and has been offered "other stuff" in [[Luton|place]].

Education: on roll at [[Marriotts|school]], on a part-time timetable since the fixed-term suspension in October; the
alternative provision at the [[Thomas Alleyne|school]] hub has not started.

Family: lives with mum and sister [[Nia|name]] (11). Dad [[Emeka Okafor|name]] is in [[Luton|place]] ([[Leagrave|place]]); they
speak on FaceTime. [[Kai|name]] said he "would rather stay at Dad's" but Dad works nights as a security guard at the airport.

Push/pull factors: money ("mum can't afford my garms"), status, the girl, a sense of owing [[Jerome|name]].
Risk indicators (CE screening tool): multiple phones, unexplained cash, out-of-area travel, older associate with a car,
debt bondage language. Score: HIGH. NRM referral discussed with the police exploitation team; MACE on [[8 December|date]].

[[Kai|name]]'s words at the end: "I'm not a snitch. Tell my mum I'm sorry about her purse."
Contacts given by [[Kai|name]]/mum for the safety plan: mum [[Donna Reid|name]] [[07585 930 241|phone]]; dad [[Emeka|name]]
[[07463 118 752|phone]]
([[Flat 9, 27 Dunstable Road|address]], [[Luton|place]] [[LU4 8RD|postcode]]); grandad "Pops" ([[Winston Reid|name]]) in [[Shefford|place]],
[[01462 455 208|phone]]; football coach [[Dan Okoye|name]] (Pin Green Rovers U16s). Not to be contacted: "[[Jerome|name]]", "[[Bigz|name]]",
"[[Romeo|name]]". Next review: [[15/12/2026|date]] with [[Marcus|name]] and [[Kai|name]] at [[Marriotts|school]].
Completed by [[M. Bell|name]], [[01/12/2026|date]], 17:10. Copies: MACE coordinator; DSL at [[Marriotts|school]] (Ms [[Pryor|name]]).
"""),
]

DOCS_B += [
    ("Snapchat messages OCR'd from a phone handed in by the mother", """EXHIBIT DR/3 - screenshots from the handset handed in by
[[Donna Reid|name]] on [[30/11/2026|date]]. Text pulled out
by the phone's own "copy text" tool (OCR) and pasted here by DC [[Faye Lomax|name]]. Usernames kept as on screen.

chat with: [[Jay|name]] 💸 (@jrome.lvl)
[[23 Nov|date]]
[[Jay|name]] 💸: yo [[kj|name]] u good for tmrw
kai_r11: ye wat time
[[Jay|name]] 💸: 6. come [[bedford|place]] station. [[romeo|name]] will bring da ting
kai_r11: my mum be checkin my location tho
[[Jay|name]] 💸: turn dat off 🤦‍♂️ u still owe me 4 da phone remember. 250
kai_r11: i kno i kno
[[Jay|name]] 💸: u wanna be a waste man or u wanna eat
[[27 Nov|date]]
[[Jay|name]] 💸: tonite. [[bigz|name]] pickin u up by [[pin green|place]] shops 10.30. dont bring ur sister phone lol
kai_r11: ok

chat with: 🌸 [[Amara|name]] 🌸 (@amara_xo)
[[26 Nov|date]]
🌸 [[Amara|name]] 🌸: r u coming [[bedford|place]] ths wknd
kai_r11: mayb. got work
🌸 [[Amara|name]] 🌸: wat work u 15 😂
kai_r11: dnt worry bout it
🌸 [[Amara|name]] 🌸: my mum said u can stay at [[tiago|name]]s if ur cousin is there. hes on [[ford end rd|address]]

chat with: [[nia|name]] 🦋 (@nia_reid15)
[[28 Nov|date]]
[[nia|name]] 🦋: [[kai|name]] where r u mum is crying
[[nia|name]] 🦋: she rang the police
[[nia|name]] 🦋: pls come home i wont tell her bout the money
kai_r11: im safe [[nia|name]]. tell mum sorry
[[nia|name]] 🦋: dad is driving from [[leagrave|place]] to look for u

[Note by DC [[Lomax|name]]: "[[Jay|name]]" is believed to be [[Jerome ASANTE|name]] (DOB [[04/06/2002|dob]]) of [[Luton|place]], the
registered keeper of [[LR68 XKT|vehicle]]. "[[Amara|name]]" is a girl of about 14 in [[Bedford|place]]; referred to Bedford
Borough Council's MASH on [[1/12/2026|date]].]
"""),
]

DOCS_B += [
    ("a youth worker's voice memo, transcribed by an app and tidied", """Voice memo - [[Ashleigh Boateng|name]], detached youth worker,
[[Stevenage|place]] outreach
Recorded [[3 December 2026|date]] 21:52 in the van; transcribed by Otter, corrected by me the next morning
(my corrections in square brackets)

OK so this is for [[Marcus|name]] and for the MACE on the [[8th|date]]. Tonight we were out on the [[Pin Green|place]] and [[Chells|place]]
patch, me and [[Rob|name]], um, [[Rob Kinsella|name]], from about seven. Saw [[KJ|name]] - [[Kai|name]] - by the shops on [[Canterbury
Way|address]], with two older lads, one I'd say nineteen, twenty, grey North Face, and one I know from [[Bedwell|place]] days,
[[Tyrese|name]],
[[Tyrese Morgan|name]], who's eighteen now. [[Kai|name]] came over to the van for hot chocolate, which is good, he does still come
over. He said his mum's taken his phone and [[Nia|name]]'s "been snitching", and laughed, but he didn't look OK. He had a new
coat, Moncler, and new trainers. I said where's that from and he said "my dad" - [[Emeka|name]] - which, I dunno.

Um. He asked if I knew anyone with a spare room in [[Hatfield|place]] or [[Welwyn|place]] [Otter: "[[well win|place]]"]. I said why and he
said
"just asking". [[Rob|name]] heard the older one say "[[Jerome|name]] wants him Saturday". White car again, Merc, it went past twice
down [[Wisden Road|address]] [Otter: "[[whizz den road|address]]"] - I didn't get the plate this time, sorry.

Also, separate, but the girl, [[Amara|name]], I think she's the one from [[Bedford|place]], she was there too [Otter: "[[a Mara|name]]"],
with a
friend who called herself "[[Lexi|name]]". Both maybe fourteen. [[Lexi|name]] said she lives in [[Shefford|place]]. They were
getting the 100 bus back. I've put it on the intel form as well.

[[Kai|name]] said, and I'm quoting, "if I stop now they'll do my mum's windows". I told him about [[Marcus|name]] and about the
Stevenage Youth Council thing but he just walked off. He said he's at [[Emeka|name]]'s in [[Luton|place]] this weekend, at [[27
Dunstable Road|address]], which I think is where his dad lives, but I don't know if that's true.

That's it. Back at base 22:10. Logged on Upshot. [[Ash|name]].
"""),
]

DOCS_B += [
    ("MACE panel minutes, one child's item", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - NORTH HERTS AND [[STEVENAGE|place]]
[[8 December 2026|date]], 10:00-12:30, MS Teams.  OFFICIAL-SENSITIVE.  Item 4 of 9.
Chair: DI [[Naveed Rauf|name]] (Herts Police, Exploitation Hub)
Present for this item: [[Marcus Bell|name]] (Exploitation and Missing); [[Bethan Lusk|name]] (SW, for a sibling-group
link); [[Claire Pryor|name]] (DSL, [[Marriotts School|school]]); [[Ashleigh Boateng|name]] (Youth Service); [[Paula
Gentry|name]] (YJS); DC [[Faye Lomax|name]]; [[Hannah O'Dowd|name]] (Bedford Borough CSC, by invitation); [[Seb Varga|name]]
(British Transport Police).

4. [[REID-OKAFOR, Kai|name]] (15), [[42 Wisden Road|address]], [[Stevenage|place]]. Lead: [[M Bell|name]].
4.1 Summary: three missing episodes since [[3 October|date]] ([[3-4/10|date]], [[14/11|date]], [[27-29/11|date]]), each time to
[[Bedford|place]] or [[Luton|place]]. Found on [[29/11|date]] with cash and two handsets. RHI done [[1/12|date]]. Youth workers
saw him on [[3/12|date]] with [[Tyrese Morgan|name]] (18) and an unknown male at the [[Canterbury Way|address]] shops.
4.2 Police: the nominal "[[Jay|name]]" is [[Jerome Asante|name]] (24), [[Luton|place]], linked to the "LU4" line running into
[[Stevenage|place]] and [[Hitchin|place]]. [[LR68 XKT|vehicle]] stopped on the A1(M) at junction 8 on [[5/12|date]]; driver
[[Asante|name]], passenger a 16-year-old from [[Letchworth|place]] (being dealt with by the North Herts team). BTP have
[[Kai|name]] on CCTV at [[Stevenage|place]] and [[Bedford|place]] stations on [[27/11|date]] with [[Tyrese|name]].
4.3 School: on roll, 38% attendance, a managed move to [[Barnwell|school]] was discussed and turned down by mum. DSL worried
about a group of Year 10s he sells vapes to.
4.4 [[Bedford|place]]: [[Amara Phillips|name]] (14) of [[Kempston|place]] is open to them; she has said [[Kai|name]] "is her boyfriend".
[[Tiago|name]] is thought to be [[Tiago Mendes|name]] (17) of [[Ford End Road|address]], [[Bedford|place]].
4.5 Parent: [[Donna|name]] has asked for a move out of the area. Father [[Emeka Okafor|name]] ([[07463 118 752|phone]]) willing
to have [[Kai|name]] at weekends but works nights.
4.6 Rating: HIGH (CE). NRM submitted [[7/12/2026|date]] (ref held by police).
ACTIONS: (a) disruption: CAWN to [[Asante|name]] and [[Morgan|name]] - DC [[Lomax|name]], by [[15/12|date]]; (b) strategy
discussion re [[Amara|name]] - [[Bedford|place]], this week; (c) mentor through St Giles - [[P Gentry|name]]; (d) housing: support mum's
transfer request (Stevenage Borough Council) - [[M Bell|name]]; (e) phone to be returned to mum by police once examined.
Review at the January panel ([[12/01/2027|date]]).
"""),
]


# --- C. Sharp / Baines family (white British), the Jackmans estate, Letchworth Garden City -----------------------------

HOME_C = d.Address("Flat 3, 58 Jackmans Place", "Jackmans", "Letchworth Garden City", "SG6 1RT")
NAN_C = d.Address("11 Clothall Road", "", "Baldock", "SG7 6NS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Alfie-Ray", "Baines")], dt.date(2026, 8, 3), addresses=[HOME_C], ids=["5628947377"]),
    _p("m", "mother", [("Chloe", "Sharp")], dt.date(2007, 2, 19), addresses=[HOME_C], phones=["07917 552 368"],
       ids=["6937609027", "KR 62 40 13 A"]),
    _p("f", "father", [("Reece", "Baines")], dt.date(2005, 9, 7), addresses=[HOME_C], phones=["07706 381 249"]),
    _p("g", "grandparent", [("Tina", "Sharp")], dt.date(1981, 4, 25), addresses=[NAN_C], phones=["01462 483 127"]),
    _p("p1", "professional", [("Gemma", "Whitbread")], phones=["01462 671 904"], emails=["gemma.whitbread@nhs.net"]),
], "c")

DOCS_C = [
    ("health visitor's contact record, new birth to eight weeks and an unplanned visit", """0-19 SERVICE - HEALTH VISITING RECORD (SystmOne
extract, printed)
Patient: [[BAINES, Alfie-Ray|name]]   NHS no. [[562 894 7377|nhs]]   DOB [[03-Aug-2026|dob]]   Male
Address: [[Flat 3, 58 Jackmans Place|address]], [[Letchworth Garden City|place]], [[SG6 1RT|postcode]]
Mother: [[Chloe SHARP|name]] (19), NHS no. [[693 760 9027|nhs]], mob [[07917 552 368|phone]]
Father: [[Reece BAINES|name]] (21), lives with them, mob [[07706 381 249|phone]]   GP: Birchwood Surgery

[[14-Aug-2026|date]] New birth visit. [[G Whitbread|name]] HV. Born at the Lister, 38+2, 2.9 kg, SVD. Feeding: bottle
(formula), 90 ml 3-hourly. Cord off. Mum teenage, care leaver (was in foster care in [[Hitchin|place]] from 13, then semi-
independent in [[Stevenage|place]]); her mum [[Tina|name]] in [[Baldock|place]] is "back in her life". Dad works at the Tesco
distribution centre in [[Dunstable|place]] on nights. Flat: first floor, clean, sparse, Moses basket, one bedroom. Safe sleep
and ICON ("babies cry, you can cope") given. Smoking outside only. EPDS 9. Mum has a social worker from the leaving care team,
[[Jordan Fell|name]].
[[02-Sep-2026|date]] Clinic, [[Letchworth|place]] family centre, wt 3.6 kg. Well. Mum with her friend [[Ellie-May Cox|name]].
[[29-Sep-2026|date]] 6-8 week check (GP Dr [[Okonjo|name]] did baby check). Mum tired, says [[Reece|name]] "gets stressed when he
cries", and that [[Reece|name]] has "punched a door". DA routine enquiry: mum said no to being hurt. Plan: revisit.
[[20-Oct-2026|date]] Text to mum, no reply. [[23-Oct-2026|date]] Door not answered; a neighbour, [[Royston Clarke|name]] (flat 4),
said "they've gone to her mum's in [[Baldock|place]]".
[[04-Nov-2026|date]] Unplanned home visit 11:20, [[Reece|name]] present, mum in the shower. Baby asleep on the sofa on a
pillow (advised). On waking I saw a bruise 1 cm, bluish, on the left cheek and two small marks on the left upper arm. Baby
is NOT mobile (13 weeks). [[Reece|name]] said "he must have done it with his own hand" then said the dog, a Staffy x called Tank,
"jumped on the sofa". [[Chloe|name]] said she did not know how it happened and that she had been at her mum's until 10 last
night. No explanation consistent with a non-mobile baby. Discussed with safeguarding lead [[Priya Natt|name]] at 11:55;
referral to MASH by phone 12:10 (MASH ref 2611/044); advised to attend the Lister paediatric assessment unit today. Mum
agreed to go with [[Tina|name]], who drove over ([[SD15 WKV|vehicle]]).
"""),
]

DOCS_C += [
    ("child protection medical report by a consultant paediatrician", """EAST AND NORTH HERTFORDSHIRE NHS TRUST - LISTER HOSPITAL,
CHILDREN'S SERVICES
CHILD PROTECTION MEDICAL ASSESSMENT - REPORT

Child: [[Alfie-Ray Baines|name]]     DOB: [[3 August 2026|dob]]     NHS number: [[5628947377|nhs]]
Address: [[58 Jackmans Place, Flat 3|address]], [[Letchworth|place]] [[SG6 1RT|postcode]]
Date and time of examination: [[4 November 2026|date]], 15:40-17:05, Paediatric Assessment Unit
Examining doctor: Dr [[Adaeze Nwosu|name]], Consultant Paediatrician (named doctor for safeguarding)
Also present: [[Chloe Sharp|name]] (mother); [[Tina Sharp|name]] (maternal grandmother); Staff Nurse [[Kerry Lamb|name]] (chaperone).
Requested by: Lea Valley Council MASH ([[Nadia Fry|name]], SW) after a strategy discussion at 13:30.
Consent: mother, who holds parental responsibility; father not present (at work).

History (from mother): [[Alfie-Ray|name]] was well. On the evening of [[3 November|date]] mother went to her own mother's in
[[Baldock|place]] from 18:00 to 22:00; father cared for [[Alfie-Ray|name]]. Mother noticed "a red mark" on his cheek at 23:00 and
was told by father that the dog had jumped on him. No history of falls. No history of bleeding or easy bruising in the
family; maternal great-grandmother "Nanny [[Joan|name]]" had "thin blood" (unclear). Born at term, no vitamin K concern.

Examination: alert, well-nourished infant, weight 5.8 kg (25th centile). Findings (body map attached):
1. Left cheek: bruise 12 x 8 mm, blue-purple, with a faint linear edge.
2. Left upper arm, inner side: two round bruises 6 mm and 5 mm, 15 mm apart (pattern consistent with fingertip grip).
3. Frenulum intact. No other bruises, burns or bites. Fontanelle soft. Eyes: no haemorrhage seen on direct view.
Investigations: FBC, clotting, bone profile normal at 17:30; skeletal survey booked for [[5/11/26|date]]; CT head performed
(normal); ophthalmology review (Mr [[Bhamra|name]]) normal.

Opinion: bruising in a non-mobile infant is rare and the pattern on the arm is consistent with a grip. The explanation given
(a dog jumping) does not account for the arm bruises. In my opinion these are likely inflicted injuries.
Outcome: admitted for the skeletal survey; mother and grandmother to stay. Police (DC [[Lee Marchant|name]]) informed.
Signed: [[A. Nwosu|name]]   [[04/11/2026|date]] 18:20
"""),
]

DOCS_C += [
    ("a grandmother's own letter to the social worker, asking to care for the baby", """[[11 Clothall Rd|address]]
[[Baldock|place]]
[[SG7 6NS|postcode]]
Sat [[14th Nov|date]]

Dear [[Nadia|name]] (the social worker for [[Alfie|name]]),

My name is [[Tina Sharp|name]] and I am [[Chloe|name]]'s mum and [[Alfie-Ray|name]]'s nan. You gave me your address at the hospital
and said I could write down what I want to say, so here it is. Sorry about my writing.

I know I was not a good mum to [[Chloe|name]] when she was little, I had my own problems and she went into care. I have been
sober 6 year now and I have a job at the Co-op in [[Letchworth|place]] and a 2 bed flat. I want to have [[Alfie|name]] here with
me while the police sort out what happened. [[Chloe|name]] can stay with me to, she is not the one who hurt him I KNOW that.
She was here with me that night watching Im a Celeb.

About [[Reece|name]]. I never liked him. His mum [[Sharon Hatfield|name]] (she kept her own name) lives in [[Hatfield|place]]
funnily enough, and she told me he has a temper and put a hole in her wall when he was 16. He has been in [[Chloe|name]]'s
phone telling her what to say. He also has a mate called [[Baldy|name]] ([[Ryan Ashwell|name]]) who comes round the flat and
smokes weed with the baby in there, [[Royston|name]] next door told me.

My partner is [[Keith Meads|name]], he is 58 and a retired postman, no record, he is happy to be checked. My other daughter
[[Jade|name]] is 22 and lives in [[Royston|place]] with her boyfriend and will help with the baby at weekends. My number is
[[01462 483 127|phone]] (home) or my mobile [[07534 296 817|phone]].

Please dont let him go to strangers. He knows my voice.

Yours sincerly
[[Tina|name]]
([[Tina Louise Sharp|name]])
"""),
]

DOCS_C += [
    ("strategy discussion record, section 47 decision", """LEA VALLEY COUNCIL - MULTI-AGENCY SAFEGUARDING HUB
RECORD OF STRATEGY DISCUSSION (Working Together 2023, para 2.3)
Child: [[Alfie-Ray BAINES|name]], [[03/08/2026|dob]], [[Flat 3, 58 Jackmans Place|address]], [[Letchworth Garden
City|place]]
Date/time: [[04/11/2026|date]] 13:30 (by phone/Teams). Follow-up: [[06/11/2026|date]] 10:00.
Chair: [[Olu Bankole|name]], MASH Team Manager.
Attendees: [[Nadia Fry|name]] (MASH SW); DS [[Helen Crouch|name]] (Herts Police CAIT); [[Priya Natt|name]] (named nurse,
0-19); [[Gemma Whitbread|name]] (HV); Dr [[Adaeze Nwosu|name]] (for the follow-up only); [[Jordan Fell|name]] (leaving care PA
for mother).

Information shared:
- HV saw bruising to the left cheek and upper arm of a 13-week-old non-mobile baby at 11:20 today. Explanation from father:
  the baby's own hand, then the dog.
- Police: father [[Reece Baines|name]] (DOB [[07/09/2005|dob]]) has a youth caution for criminal damage and was named as the
  suspect in a common assault on his mother, [[Sharon Hatfield|name]], in [[Welwyn Garden City|place]] on [[16/03/2024|date]]
  (NFA). Vehicle [[SD15 WKV|vehicle]] belongs to the maternal grandmother. No PNC for mother.
- Leaving care: [[Chloe|name]] engaged well until [[Alfie-Ray|name]] was born; [[Reece|name]] moved in in September without
  telling the PA. She has said he "checks her phone".
- Health (follow-up, [[06/11|date]]): skeletal survey shows no fractures; repeat views in 11-14 days.

Decision: threshold for s47 met (single and joint agency: police and CSC). ICPC to be convened within 15 working days.
Safety plan: [[Alfie-Ray|name]] to stay with mother at maternal grandmother's, [[11 Clothall Road|address]], [[Baldock|place]]
[[SG7 6NS|postcode]], under a written agreement; father not to have unsupervised contact; father arrested on
[[05/11/2026|date]] and released on bail with a condition not to go to [[Jackmans Place|address]] or [[Clothall Road|address]].
Checks still to do on [[Keith Meads|name]] (grandmother's partner) and on [[Jade Sharp|name]] ([[Royston|place]]).
Recorded by: [[N Fry|name]]   Agreed by: [[O Bankole|name]]   [[06.11.2026|date]]
Addendum ([[12/11/2026|date]], [[N Fry|name]]): checks back. [[Keith Meads|name]] (DOB [[02/05/1968|dob]]) - nil on PNC and on our
system. [[Jade Sharp|name]] - lives at [[4 Tannery Drift|address]], [[Royston|place]] [[SG8 5DE|postcode]], with [[Kyle Brennan|name]];
police hold a 2021 DA incident (verbal) between them in [[Baldock|place]], no further. [[Ryan Ashwell|name]] ("[[Baldy|name]]") is known
to the [[Letchworth|place]] neighbourhood team for cannabis supply from a flat on [[Jackmans Place|address]]. [[Royston Clarke|name]]
(neighbour, flat 4) gave a statement to DC [[Marchant|name]] on [[10/11|date]]: he heard a baby "screaming, then a bang" at about
20:30 on [[3 November|date]] and [[Reece|name]] shouting "shut up, shut up". Repeat skeletal survey [[18/11/2026|date]] booked.
"""),
]


# --- D. Hussain / Akhtar family (British Pakistani, Mirpuri), Westmill, Hitchin --------------------------------------------

HOME_D = d.Address("73 Westmill Road", "Westmill", "Hitchin", "SG5 2SB")
KHALA_D = d.Address("15 Bearton Avenue", "", "Hitchin", "SG5 1NX")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aleena", "Hussain")], dt.date(2012, 3, 9), addresses=[HOME_D], ids=["6822882146", "L919329414641"],
       schools=["Hitchin Girls' School"]),
    _p("s", "sibling", [("Bilal", "Hussain")], dt.date(2009, 6, 21), addresses=[HOME_D], ids=["5835853807"]),
    _p("m", "mother", [("Nasreen", "Akhtar")], dt.date(1986, 1, 5), addresses=[HOME_D], phones=["07365 441 982"]),
    _p("f", "father", [("Tariq", "Hussain")], dt.date(1979, 11, 14), addresses=[HOME_D], phones=["07862 903 115"],
       ids=["PW 19 84 52 C"]),
    _p("a", "aunt", [("Rukhsana", "Bi")], dt.date(1983, 8, 2), addresses=[KHALA_D], phones=["07729 640 358"]),
    _p("p1", "professional", [("Eleanor", "Pike")], phones=["01462 432 881"], emails=["e.pike@hgs.herts.sch.uk"]),
], "c")

DOCS_D = [
    ("school counsellor's safeguarding referral to the DSL", """[[HITCHIN GIRLS' SCHOOL|school]] - INTERNAL SAFEGUARDING REFERRAL (to the
DSL, via CPOMS)
Student: [[HUSSAIN, Aleena|name]]   Year 10 (10R)   DOB [[09/03/2012|dob]]   UPN [[L919329414641|upn]]
Raised by: [[Eleanor Pike|name]], school counsellor        Date: Tues [[17 Nov 2026|date]], 13:05
Category: honour-based abuse / possible forced marriage; emotional wellbeing

What the student said (close to her words, session 4 of 6, she asked me to pass it on):
[[Aleena|name]] said that at half term her father and her uncle ("Chacha [[Imran|name]]") told her the family is going to
[[Mirpur|place]] "for a wedding" at Easter and that she "will be staying a bit". She has seen photos on her mum's phone of a
cousin, "[[Usman|name]]", who is 23 and lives in [[Dadyal|place]], and her mum said "he is a good boy, he asked about you". She is
not allowed to go to the sixth form open evening. Her brother [[Bilal|name]] (17) took her phone after he saw she had
messaged a boy in Year 11 at [[Priory|school]], "[[Callum|name]]", and her father slapped her on the face (left side) on
[[14 November|date]]. She showed me no mark. She said: "Ammi cried but she won't say anything, she's scared of him too."

She said the person she trusts is her khala, [[Rukhsana|name]] ("Khala [[Rukhsana|name]]", her mum's sister, who lives by
[[Bearton|place]] green). [[Aleena|name]] asked me not to tell her parents she has spoken to me. She says her passport is "in
the cupboard in Abbu's room".

My view: this is a clear risk. She is bright (predicted 7s and 8s), a prefect in waiting, and was tearful and shaking.
Passed to: Mrs [[Lorraine Quint|name]] (DSL) by hand 13:10.   Also told: Ms [[Farah Siddiqui|name]] (Head of Year 10).
"""),
]

DOCS_D += [
    ("a girl's email to her teacher from a friend's account, late at night", """From: [[Sofia Marchetti|name]]
<[[sofia.marchetti2012@outlook.com|email]]>
To: [[e.pike@hgs.herts.sch.uk|email]]
Date: Thu, [[19 Nov 2026|date]] 23:41
Subject: its [[aleena|name]] (not [[sofia|name]])

miss its [[aleena|name]] [[hussain|name]] from 10R, im on [[sofia|name]]s laptop at hers, please dont reply to this
email after tmrw its her mums account too. i cant use my own phone [[bilal|name]] has it and he checks my school email as well.

i need to tell you something i didnt say on tuesday. i heard abbu on the phone to pakistan last night with my
chacha [[imran|name]] and he said the tickets are booked for the [[27th march|date]] [[manchester|place]] to [[islamabad|place]] and back
for
everyone on the [[12th april|date]] except me. he said "[[usman|name]]'s family want the nikkah before ramadan". i looked it
up and that is march. i am 14 miss.

my khala [[rukhsana|name]] said i can stay at hers ([[15 bearton ave|address]]) if i need to but abbu will go there first,
hes not stupid. her number is [[07729 640 358|phone]] in case you need it. dont ring my mum, ammi has a phone but abbu
reads it.

also my nani in [[dadyal|place]] is ill and they might say thats why we are going. she lives in [[kotli road|address]] near
the school and her phone is [[+92 5827 444318|phone]] if anyone needs to check that shes ok. i dont think she is that ill.

sorry for the long email. i dont want to get my dad in trouble i just want to do my GCSEs and go to [[north herts
college|school]] with [[sofia|name]] and [[maisie|name]] and be a nurse.

[[aleena|name]]
"""),
]

DOCS_D += [
    ("a page of a girl's diary, photographed by police and typed up, with Urdu", """[Exhibit LQ/2. Photograph of a page of a hardback diary
found in [[Aleena|name]]'s school locker on [[20/11/2026|date]],
typed up by DC [[Lucy Quarrie|name]] (Herts Police, Harm Reduction Unit). Urdu words translated by [[Mohammed Zaheer|name]],
police interpreter. Line breaks as on the page.]

Sunday [[15th Nov|date]]
Couldn't sleep. Abbu... no. Abbu and chacha [[Imran|name]] on speaker again. I heard
"rishta" and "[[عثمان|name]]" and "[[میرپور|place]]" and "passport". [[Bilal|name]] knows. He said "it's for your own good,
you've been acting like a gori". He used to be my best friend when we lived in [[Walsworth|place]] before the move.

Ammi came in after and held my hand and said in Urdu "[[علینہ|name]]، میری جان، صبر کرو" (my life, be patient).
She said her own nikkah was at 16 in [[ڈڈیال|place]] and "look, I am fine". She is NOT fine.

Things I can do:
1. Tell miss [[Pike|name]] (done Tues)
2. Khala [[Rukhsana|name]] - [[Bearton|place]]
3. Spoon in my knickers at the airport (saw it on TikTok, Karma Nirvana)
4. The Forced Marriage Unit number - in my PE bag
5. [[Sofia|name]]'s mum [[Giulia|name]] - [[Sofia|name]] says she would let me stay, they live on [[Whitehill Road|address]]

I miss [[Maisie|name]]. She moved to [[Stotfold|place]]. Her nan lives in the next road to khala in [[Hitchin|place]]
and I might see her at Christmas.

[[Usman|name]] sent a friend request on Insta. @usman_dadyal786. I didn't accept.
Dua: please let me stay.
[Note by DC [[Quarrie|name]]: "[[Giulia|name]]" is [[Giulia Marchetti|name]], mother of [[Sofia Marchetti|name]], of
[[Whitehill Road|address]],
[[Hitchin|place]]; spoken to [[20/11/2026|date]], willing to help. "[[Maisie|name]]" is [[Maisie Cartwright|name]] (14), now of
[[Stotfold|place]]. The page is dated in [[Aleena|name]]'s hand; the next page is blank apart from "[[17/3|date]] - [[Usman|name]]??
[[مارچ ١٧|date]]".]
"""),
]

DOCS_D += [
    ("a chronology of significant events for a court application", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[ALEENA HUSSAIN|name]] (DOB
[[9.3.2012|dob]])
Prepared for: application for a Forced Marriage Protection Order (Family Court). Author: [[Shauna Briggs|name]], SW, Family
Safeguarding Team ([[Hitchin|place]]). Last updated [[23/11/2026|date]]. Family home: [[73 Westmill Road|address]], [[Westmill|place]],
[[Hitchin|place]] [[SG5 2SB|postcode]].

| Date | Event | Source |
| [[09/03/2012|date]] | [[Aleena|name]] born at the Lister, [[Stevenage|place]], second child of [[Tariq Hussain|name]] and [[Nasreen
Akhtar|name]]. | Health |
| 2016-2021 | Family lives at [[9 Nightingale Road|address]], [[Walsworth|place]]; [[Aleena|name]] at [[Purwell Primary|school]]. |
Education |
| [[12/07/2019|date]] | Police called by a neighbour, Mrs [[Valerie Dunn|name]], to a row at the home; no offences; DASH standard. | Police
|
| [[14/02/2022|date]] | Family visits [[Dadyal|place]], AJK for 11 weeks in term time; fixed penalty notice. | Education |
| [[04/09/2023|date]] | Starts at [[Hitchin Girls'|school]]. | Education |
| [[14/11/2026|date]] | Father slaps [[Aleena|name]] (her account, [[17/11|date]]). | School |
| [[17/11/2026|date]] | Disclosure to counsellor [[E. Pike|name]]; DSL refers to MASH 14:20. | School/MASH |
| [[19/11/2026|date]] | Email from [[Aleena|name]] via [[Sofia Marchetti|name]]'s account: flights booked for [[27/03/2027|date]]. | School
|
| [[20/11/2026|date]] | Strategy discussion. Diary found in locker. FMU ([[Rosie Attwal|name]]) consulted. | MASH/Police |
| [[20/11/2026|date]] | [[Aleena|name]] placed with her maternal aunt [[Rukhsana Bi|name]], [[15 Bearton Avenue|address]], under s20 with
mother's agreement (given at the school office, father not present). | CSC |
| [[21/11/2026|date]] | Father attends the aunt's home, shouts; PC [[Dale Frost|name]] attends. Father says the trip is for his
mother-in-law's
illness in [[Dadyal|place]]; phone call to the grandmother ([[+92 5827 444318|phone]]) with the interpreter: she said she is
"well, thanks be to God". | Police |
| [[22/11/2026|date]] | Passports (6) surrendered to police by [[Bilal Hussain|name]] at [[Hitchin|place]] police station. | Police |
| [[23/11/2026|date]] | Uncle [[Imran Hussain|name]] ([[+92 300 5217 846|phone]]) calls the SW from [[Mirpur|place]]: "the girl is lying". |
CSC |
"""),
]


# --- E. Tan / Lim family (Malaysian Chinese, Hokkien and Mandarin speaking), Great Ashby, Stevenage ------------------------

HOME_E = d.Address("8 Mendip Way", "Great Ashby", "Stevenage", "SG1 6GX")
AHMA_E = d.Address("23 Jalan Air Itam", "Air Itam", "George Town", "11500")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ethan Wei Jie", "Tan"), ("Wei Jie", "Tan")], dt.date(2015, 7, 23), addresses=[HOME_E],
       ids=["5496292743", "Y919276219646"], schools=["Ashby Fields Primary School"]),
    _p("s", "sibling", [("Joey Xin Yi", "Tan")], dt.date(2020, 1, 30), addresses=[HOME_E], ids=["5877981838"]),
    _p("m", "mother", [("Mei Ling", "Lim")], dt.date(1987, 9, 12), addresses=[HOME_E], phones=["07411 587 260"]),
    _p("f", "father", [("Boon Keat", "Tan"), ("Kenny", "Tan")], dt.date(1984, 2, 28), addresses=[HOME_E],
       phones=["07956 733 418"], ids=["SH 27 93 61 B"]),
    _p("g", "grandparent", [("Siew Choo", "Khoo")], dt.date(1956, 12, 1), addresses=[AHMA_E], phones=["+60 4-228 1763"]),
    _p("p1", "professional", [("Harriet", "Osei-Bonsu")], phones=["01438 219 506"], emails=["harriet.osei-bonsu@leavalley.gov.uk"]),
], "c")

DOCS_E = [
    ("primary school's record of a child's disclosure, on the school's paper form", """[[ASHBY FIELDS PRIMARY SCHOOL|school]]
RECORD OF CONCERN / DISCLOSURE (complete in pen, hand to DSL the same day)

Child's full name: [[TAN Wei Jie Ethan|name]]        Known as: [[Ethan|name]]        Class: 6 Oak
DOB: [[23/07/2015|dob]]     Staff member: Mr [[Jamie Doherty|name]] (class teacher)
Date: [[30 November 2026|date]]   Time: 10:45 (after PE)   Where: changing area, then the quiet room

What I saw: when [[Ethan|name]] changed for PE I saw three long red/purple marks across the back of both thighs, each about
15 cm long and 1 cm wide, with a paler line in the middle ("tramline" marks). He pulled his shorts down over them quickly.

What was said (exact words):
Me: "Those look sore, [[Ethan|name]]. What happened?"
[[Ethan|name]]: "It's nothing. It's the rotan. Every Malaysian kid gets it."
Me: "What's a rotan?"
[[Ethan|name]]: "A cane. Like a thin stick. Pa bought it in [[Penang|place]]... no, Ah Ma sent it."
Me: "Who uses it?"
[[Ethan|name]]: "Pa. Only when I'm bad. I got 62 in the maths mock and he said [[Wei Jie|name]] you are lazy. Mummy said not
so hard but he did it anyway. Then he said sorry and bought me bubble tea."
He said it happened "on Saturday night... no, Sunday, the [[29th|date]]" in his bedroom. He said his sister [[Joey|name]]
(6) "doesn't get it, she's the baby". He said he does not want Pa to go to prison "like in the film" and asked me not to
tell "Miss [[Chua|name]]" (a family friend, [[Winnie Chua|name]], who helps at the Chinese school on Saturdays in [[Hatfield|place]]).
He said Ah Ma lives in [[Air Itam|place]] and "the rotan is normal there".

Action taken: reassured; did not look further; told him I must pass it on. Given to Mrs [[Ruth Ambrose|name]] (DSL) at
11:05 by hand. DSL rang MASH at 11:20 ([[Harriet Osei-Bonsu|name]] took the call). Photographs: none by school.
Signed: [[J. Doherty|name]]                 Countersigned: [[R Ambrose|name]] (DSL)   [[30.11.26|date]]
"""),
]

DOCS_E += [
    ("a family WhatsApp group in Chinese and English, typed up and translated by an interpreter", """WhatsApp group "[[陈|name]]家
[[Tan|name]] Family 🏠" - exported by [[Lim Mei Ling|name]] on [[2/12/2026|date]] and given to the social
worker. Chinese typed up and translated by [[Grace Yeoh|name]] (Mandarin/Hokkien interpreter, LinguaNet). Translations in
( ). Members: [[Kenny Tan|name]]; [[Mei Ling|name]] 🌸; 阿嬷 (Ah Ma, the paternal grandmother, [[Khoo Siew Choo|name]]); [[Jason
Tan|name]] [[KL|place]] (paternal uncle, [[+60 12-478 3915|phone]]).

[[28/11/26|date]], 20:14 - [[Kenny Tan|name]]: [[伟杰|name]] maths 62 only. Tuition every Sat also no use 😤
[[28/11/26|date]], 20:15 - [[Mei Ling|name]] 🌸: 他已经很努力了 (He has already tried very hard)
[[28/11/26|date]], 20:31 - 阿嬷: 不打不成器。藤条我寄了 (Without beating, no success. I sent the rotan.)
[[28/11/26|date]], 20:33 - [[Jason Tan|name]] [[KL|place]]: Ma, in UK cannot lah. Teachers will report. Last time [[Boon Keat|name]] ah, you
also kena from Pa until you run to [[亚依淡|place]] market 😂
[[28/11/26|date]], 20:34 - [[Kenny Tan|name]]: I know what I'm doing. UK kids soft.
[[29/11/26|date]], 22:47 - [[Mei Ling|name]] 🌸: 你太用力了。他的腿都是血痕 (You hit too hard. His legs are all bloody marks)
[[29/11/26|date]], 22:50 - [[Kenny Tan|name]]: Delete this msg
[[29/11/26|date]], 23:02 - 阿嬷: [[美玲|name]]，你不要管。[[文杰|name]]小时候也是这样 ([[Mei Ling|name]], don't interfere.
[[Boon Keat|name]] was the same
when small)
[[30/11/26|date]], 16:10 - [[Mei Ling|name]] 🌸: School called social worker. They coming tmr 10am. [[Kenny|name]] pls come home early
[[30/11/26|date]], 16:12 - [[Jason Tan|name]] [[KL|place]]: Aiyo. Say sorry, cooperate. Don't argue with them [[Kenny|name]]. I ask
[[Winnie|name]] to
help translate for [[Ling|name]]?
[[30/11/26|date]], 16:40 - [[Kenny Tan|name]]: Don't involve [[Winnie|name]]. Whole [[Hatfield|place]] Chinese school will know.
[[01/12/26|date]], 07:58 - 阿嬷: 我会打电话给[[陈伟杰|name]]。乖孙，阿嬷爱你 (I will phone [[Tan Wei Jie|name]]. Good grandson, Ah Ma loves
you)
[[01/12/26|date]], 08:03 - [[Mei Ling|name]] 🌸: Ma, please call my number not [[Kenny|name]]'s: [[07411 587 260|phone]]. Or video call
[[伟杰|name]] on my phone after 6pm UK time, that's 2am [[槟城|place]] 🙏
"""),
]

DOCS_E += [
    ("child and family assessment, analysis section, completed with an interpreter", """LEA VALLEY COUNCIL - CHILD AND FAMILY ASSESSMENT
(extract: family history, child's voice, analysis)
Children: [[Ethan Wei Jie TAN|name]] ([[23/07/2015|dob]]), [[Joey Xin Yi TAN|name]] ([[30/01/2020|dob]])
Address: [[8 Mendip Way|address]], [[Great Ashby|place]], [[Stevenage|place]], [[SG1 6GX|postcode]]
Start: [[30/11/2026|date]]   Completed: [[11/12/2026|date]]   Social worker: [[Harriet Osei-Bonsu|name]]
Interpreter: [[Grace Yeoh|name]] (Mandarin) for mother at visits on [[1/12|date]] and [[8/12|date]]; father declined an interpreter.

Family history. Mr [[Tan|name]] ([[Tan Boon Keat|name]], known at work as "[[Kenny|name]]", DOB [[28/02/1984|dob]], NI
[[SH 27 93 61 B|ni]]) grew up in [[Air Itam|place]], [[Penang|place]], the younger of two sons. He came to the UK in 2008 to
study at the University of Hertfordshire and works as a software tester in [[Welwyn Garden City|place]]. Ms [[Lim|name]]
([[Lim Mei Ling|name]])
is from [[Ipoh|place]]; her parents have died. She came on a spouse visa in 2014, now has ILR, and works part time at a nail
bar in the Westgate Centre. Her spoken English is basic; at home the family speak Hokkien and Mandarin, and English with the
children. Paternal grandmother Madam [[Khoo|name]] ([[Khoo Siew Choo|name]]) lives at [[23 Jalan Air Itam|address]], [[11500|postcode]]
[[Air Itam|place]], Pulau Pinang; she stayed six months in 2025.

Child's voice. [[Ethan|name]] (seen alone at school on [[1/12|date]] and at home on [[8/12|date]]): "Pa is strict because he wants
me to go to [[Tiffin|school]] or [[Dame Alice Owen's|school]]." He drew his family: Pa big, Mummy, [[Joey|name]], himself, and
"Ah Ma on the phone". He scored home "6 out of 10, 10 when Pa is on a work trip to [[Manchester|place]]". He said his
best friend is [[Arjun|name]] and he likes Minecraft and badminton at the Stevenage Arts and Leisure Centre with "Uncle
[[Desmond|name]]" (a family friend, [[Desmond Ooi|name]]). [[Joey|name]] ([[Ashby Fields|school]] Reception) said "Kor
Kor gets the stick, not me".

Analysis. Physical chastisement with an implement causing injury is a crime in England and is significant harm. [[Kenny|name]]
accepts he caned [[Ethan|name]] "maybe five or six times this year", always for school results, and says he was raised the
same way; he has signed a written agreement not to use physical punishment and the rotan was handed to PC [[Amrit Sahota|name]]
on [[2/12/2026|date]]. [[Mei Ling|name]] protected [[Ethan|name]] as far as she could and is frightened of "shame" in the
community. There is no evidence of harm to [[Joey|name]]. Strengths: a warm, organised home; both parents love the children.
Recommendation: child in need plan; a parenting programme in Mandarin (Chinese Community Centre, [[Luton|place]]); school
to check weekly; review in 3 months. Manager: [[Tom Wyatt|name]], [[11/12/2026|date]].
"""),
]

DOCS_E += [
    ("GP consultation record for a child seen with his mother, from the practice system", """Consultation - [[Ethan Tan|name]] (M),
[[23-Jul-2015|dob]] (11y). NHS No [[549 629 2743|nhs]]
Registered: Chells Surgery, [[Stevenage|place]].  Usual GP: Dr [[K Abeyratne|name]]
[[02-Dec-2026|date]] 09:10  Face to face, Dr [[Sunil Abeyratne|name]]
Accompanied by: mother ([[Mei Ling Lim|name]]) and [[Harriet Osei-Bonsu|name]] (SW), at SW's request. Interpreter: Language Line
(Mandarin, ID 44810) by phone.

History: SW requests a record of injuries and a general check after a disclosure at school on [[30/11|date]] of being hit
with a cane by father. Mother confirms. No head injury. No previous A&E. Asthma (mild, salbutamol prn). Imms up to date.
Last seen [[14-Mar-2025|date]] (URTI, with dad). Mother says [[Ethan|name]] "is fine, very clever, only his father is too
strict". Also mentions she herself sleeps badly and feels "alone here", no family in the UK except her husband's friend
[[Desmond|name]] and a friend from the nail bar, [[Thuy|name]].
Examination (chaperone: HCA [[Bev Ladd|name]]): back of both thighs: 3 linear healing bruises, 13-16 cm x 0.8-1 cm, two
with central sparing, yellow-brown edges; no open wounds. No other marks. Growth: ht 146 cm, wt 36 kg. Chest clear.
Plan: body map and photos to the safeguarding folder; copy to SW with consent; safeguarding code added to both children;
note on father's record ([[Tan Boon Keat|name]], [[28-Feb-1984|dob]]) and [[Joey|name]]'s ([[Joey Tan|name]], NHS [[587 798 1838|nhs]]).
Mother offered an appointment for herself, booked [[09-Dec-2026|date]] with Dr [[Jaswinder Kaur Sandhu|name]].
Safe-netting. Next of kin updated: mother, [[07411 587 260|phone]]; address [[8 Mendip Way|address]] [[SG1 6GX|postcode]].
"""),
]


# --- F. Abrahams / Davids family (Cape Malay, from Cape Town), Walsworth, Hitchin -----------------------------------------

HOME_F = d.Address("26 Woolgrove Road", "Walsworth", "Hitchin", "SG4 0AX")
OUMA_F = d.Address("14 Wale Street", "Bo-Kaap", "Cape Town", "8001")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Zaid", "Davids")], dt.date(2013, 5, 2), addresses=[HOME_F], ids=["7126123892", "N919348415887"],
       schools=["The Priory School"]),
    _p("s", "sibling", [("Aneesa", "Davids")], dt.date(2018, 10, 16), addresses=[HOME_F], ids=["4800321190", "D919244518617"],
       schools=["Mary Exton Primary School"]),
    _p("m", "mother", [("Fatima", "Abrahams")], dt.date(1985, 7, 8), addresses=[HOME_F], phones=["07851 207 634"],
       ids=["7261506699", "WL 36 58 04 A"]),
    _p("f", "father", [("Riyaad", "Davids")], dt.date(1982, 4, 19), phones=["+27 72 318 5560"]),
    _p("g", "grandparent", [("Mymoena", "Abrahams")], dt.date(1958, 3, 3), addresses=[OUMA_F], phones=["+27 21 633 4182"]),
    _p("p1", "professional", [("Liam", "Gorski")], phones=["01707 292 481"], emails=["liam.gorski@herts-carers.org.uk"]),
], "c")

DOCS_F = [
    ("young carer's assessment with the young person's own answers", """YOUNG CARERS' NEEDS ASSESSMENT (Care Act / Children Act s17ZA)
Young carer: [[Zaid DAVIDS|name]]     DOB: [[2 May 2013|dob]] (13)     School: [[The Priory School|school]], Year 9
Lives with: mother [[Fatima Abrahams|name]] (the person cared for) and sister [[Aneesa Davids|name]] (8, [[Mary Exton|school]])
Address: [[26 Woolgrove Road|address]], [[Walsworth|place]], [[Hitchin|place]], [[SG4 0AX|postcode]]
Assessor: [[Liam Gorski|name]], Carers in Hertfordshire (young carers team), [[01707 292 481|phone]]
Visits: [[13 October 2026|date]] (home) and [[20 October 2026|date]] (school). Consent: [[Zaid|name]] and his mother.

Who [[Zaid|name]] cares for and why: his mum has bipolar disorder (diagnosed in [[Cape Town|place]] in 2015) and since the
summer has had "low weeks" when she stays in bed. Dad, [[Riyaad Davids|name]], lives in [[Athlone|place]], [[Cape Town|place]];
the parents separated before the move to the UK in 2019. There is no other family here except an aunt by marriage, [[Gadija
Salie|name]], in [[Luton|place]], who works long shifts at the airport.

In [[Zaid|name]]'s own words (he typed these into the form on my tablet):
- What do you do? "wake [[Aneesa|name]], make breakfast, do her hair (badly lol), walk her to [[mary exton|school]] then run to
  school. cook supper like mummy showed me - rice and curry or frikkadels from the freezer. remind mummy her meds. sometimes ring
  ouma on whatsapp so mummy can cry to her"
- What is hardest? "when mummy doesnt get up for days. and when [[Aneesa|name]] asks where daddy is"
- What would help? "someone to come in the mornings. and me going to cricket again at Hitchin Cricket Club on saturdays"
- Anything else? "please dont take us away. mummy is a good mummy she is just sick"

School (Mr [[Evan Hale|name]], pastoral): [[Zaid|name]] is late 3-4 times a week and falls asleep in period 5; two
detentions for missing homework were cancelled once school knew.
Outcome: eligible; referral to adult mental health for a carer's assessment for mum; young carers' club at the [[Walsworth
Road|address]] base every other Tuesday; school young carer card; a referral for early help for the family (form sent to mum).
"""),
]

DOCS_F += [
    ("an early help family form filled in by the mother, scanned with her handwriting", """[scanned PDF, 4 pages; the mother's handwriting
typed as written, boxes in capitals are the printed form]

HERTFORDSHIRE FAMILIES FIRST - EARLY HELP REQUEST (FAMILY'S OWN FORM)
YOUR NAME: [[Fatima Abrahams|name]] (FATIMA ABRAHAMS on my passport, [[Fatiema|name]] at home - spelt with an e)
DATE OF BIRTH: [[08-07-1985|dob]]        PHONE: [[07851 207 634|phone]]
ADDRESS: [[26 woolgrove rd|address]], [[walsworth|place]], [[SG4 0AX|postcode]]
NHS NUMBER (if you know it): [[726 150 6699|nhs]]     NATIONAL INSURANCE: [[WL 36 58 04 A|ni]]

WHO LIVES IN YOUR HOME?
1. me
2. [[Zaid|name]] - 13 - [[Priory|school]]
3. [[Aneesa|name]] - 8 - [[Mary Exton|school]] Yr 4, born [[16/10/2018|dob]], her UPN from the school letter [[D919244518617|upn]]

IMPORTANT PEOPLE WHO DON'T LIVE WITH YOU:
- My mother [[Mymoena Abrahams|name]], "Mama", [[14 Wale St|address]], [[Bo-Kaap|place]], [[Cape Town|place]] [[8001|postcode]]
  tel [[+27 21 633 4182|phone]]
- The children's father [[Riyaad|name]], [[Athlone|place]]. [[+27 72 318 5560|phone]]. He sends money when he can. Not often.
- My brother [[Ebrahim|name]] (Boeta [[Brahim|name]]) in [[Mitchells Plain|place]]
- [[Gadija|name]], my late husband's sister - no sorry - my ex-husband's sister, in [[Luton|place]]. She is
  [[Gadija Salie|name]] now.
- Imam [[Toffar|name]] at the masjid in [[Hitchin|place]], he knows us.

WHAT IS GOING WELL?
The children are my whole world. [[Zaid|name]] is so clever and kind, [[Aneesa|name]] dances every where. We go to the
Sunday market in [[Letchworth|place]] and Butts Close park in summer.

WHAT ARE YOU WORRIED ABOUT?
My sickness. When I am low I cannot get up and [[Zaid|name]] does every thing and it is not fair on a 13 year old.
My visa for the UK is OK (ILR) but I have no family here. The lady from the young carers ([[Liam|name]] is a man sorry)
said I can ask for help and I am asking. I also owe rent since [[1 Sept|date]]. Landlord Mr [[Gurdev Dhillon|name]] is
kind but he needs the money.

WHAT WOULD HELP?
Someone in the morning for [[Aneesa|name]]. A doctor who is not always a different one. Maybe halaal meals from somewhere
in the bad weeks. And for [[Zaid|name]] to play cricket.

SIGNED: [[F. Abrahams|name]]        DATE: [[3/11/2026|date]]
"""),
]

DOCS_F += [
    ("a crisis team's letter to the GP after a home treatment episode, copied to children's services", """HERTFORDSHIRE PARTNERSHIP
UNIVERSITY NHS FOUNDATION TRUST
Crisis Assessment and Treatment Team (North), Lister House, [[Stevenage|place]]

Dr [[Helen Marsh-Tully|name]]
Portmill Surgery, [[Hitchin|place]]
[[27 November 2026|date]]

Dear Dr [[Marsh-Tully|name]]

Re: Ms [[Fatima ABRAHAMS|name]], DOB [[08/07/1985|dob]], NHS [[726 150 6699|nhs]]
[[26 Woolgrove Road|address]], [[Hitchin|place]] [[SG4 0AX|postcode]]

Thank you for your urgent referral of [[17
November|date]]. We assessed Ms [[Abrahams|name]] at home on [[18/11/2026|date]]
with her consent (Dr [[Rashid Kamara|name]], [[Nicola Bunce|name]] CPN) and offered home treatment, now ended.

Presentation: a severe depressive episode in bipolar affective disorder type II, with passive thoughts of death ("I wish I
could sleep and not wake up") but no plans or intent, and strong protective factors - her children, [[Zaid|name]] (13) and
[[Aneesa|name]] (8), and her faith. She had stopped lamotrigine in September because of a rash worry and the cost of
travelling to [[Luton|place]] for a pharmacy that stocked it. She had not eaten properly for a week; [[Zaid|name]] was cooking
and getting his sister to school. Her mother in [[Cape Town|place]] (Mrs [[Mymoena Abrahams|name]]) rang us twice via
WhatsApp ([[+27 21 633 4182|phone]]) and we spoke with Ms [[Abrahams|name]]'s agreement.

Treatment: lamotrigine restarted and titrated (now 100 mg), daily visits for 7 days then alternate days; sleep and
food plan; our social worker [[Precious Dube|name]] helped with a rent arrears grant and a food parcel from the [[Hitchin|place]]
mosque's kitchen.

Children: we made a safeguarding referral on [[18/11|date]] (young carer with unmet needs, not neglect). Children's services
have opened an early help plan (lead: [[Sam Greaves|name]], Families First). [[Zaid|name]]'s young carers worker ([[Liam
Gorski|name]]) attended our final review on [[25/11/2026|date]].

Plan for you: please continue lamotrigine 100 mg; bloods as usual. Refer to the Community Mental Health Team ([[Hitchin|place]])
for care co-ordination (done by us on [[26/11|date]]). Relapse signature: stays in bed past 11, stops answering her mother, stops
cooking. Crisis line 0800 6444 101.

Yours sincerely
Dr [[R. Kamara|name]], Specialty Doctor
cc: Ms [[F Abrahams|name]]; [[Sam Greaves|name]], Families First; [[Liam Gorski|name]], Carers in Hertfordshire
"""),
]

DOCS_F += [
    ("an out-of-hours worker's notes typed fast on a work phone, pasted into the record next day", """[pasted from Notes app on EDT work
phone - [[S. Greaves|name]] / EDT cover - not tidied, sorry]

sat [[5.12|date]]
19:42 call from [[zaid davids|name]] 13 on [[07851 207 634|phone]] (mums phone) - mum not answering door of bathroom 40 mins,
  water running. told him ring 999. he had. amb + police en route
19:50 rang [[zaid|name]] back. police there. PC [[morrow|name]]? ([[Jas Morrow|name]] i think). mum ok - was asleep in bath,
  took extra quetiapine? (not on her meds list - from ex? from [[cape town|place]]?) to hosp - lister a&e
19:58 kids: [[zaid|name]] + [[aneesa|name]] (8). who can have them. z says aunty [[gadija|name]] in [[luton|place]] ([[salie|name]])
  07 number he doesnt know, its in mums phone. mum has taken phone to hosp?? no - police have it
20:15 PC [[Morrow|name]] read number off mums phone: [[Gadija Salie|name]] [[07384 610 257|phone]], home
  [[01582 503 117|phone]]. rang both - voicemail
20:22 neighbour at no 24 mrs [[kowalczyk|name]] ([[Irena|name]]) has kids in her front room. happy til 10. known to kids
  (babysits [[Aneesa|name]] sometimes). quick checks on her - nothing on our system, police PNC nil
20:40 [[Gadija|name]] rang back. at work [[luton|place]] airport til 23:00, can collect after, "of course, they're my
  [[riyaad|name]]'s kids". address [[31 Selbourne Rd|address]], [[LU4 8NP|postcode]]. she has 2 kids of her own [[Yusuf|name]] +
  [[Nuha|name]]. rang her husband [[Waleed|name]] - yes fine
21:05 spoke to [[zaid|name]] again (on [[Irena|name]]s phone). calm, v grown up. asked if he'd have to go in care. told him no.
  he wants to ring ouma in sa. said yes, when hes at aunty's
21:30 lister: mum medically ok, obs stable, psych liaison (Dr [[Fenwick|name]]) to see in morning. she is sorry and
  wants kids told "mummy is ok"
23:35 [[Gadija|name]] collected both kids from no. 24. bags packed by [[Irena|name]]. [[Aneesa|name]] asleep in car
  (silver Corolla [[KN19 FXR|vehicle]])
23:50 done. handover to locality monday [[7/12|date]]: [[Liam G|name]] (carers), [[Sam Greaves|name]] (EH - me on the rota
  tonight). Q s47? prob not - strat disc monday. [[Zaid|name]] needs a proper break. school [[priory|school]] to be told
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F), )
NAME = "set 139 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:09 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy",
           "mam", "dad", "daddy", "aunty", "auntie", "uncle", "ammi", "abbu", "nani", "nana ji", "dadi", "dada", "chacha", "khala",
           "phuppo", "baji", "apa", "bhai", "ah", "ah ma", "ah kong", "ah pa", "ah mah", "popo", "kor", "koko", "pa", "ma", "cik", "encik",
           "puan", "ouma", "oupa", "boeta", "imam", "sheikh", "moulana", "ustaad", "ustadh", "aunt", "madam"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "phuppo", "senior", "junior", "kor", "boeta"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "hertfordshire", "herts",
               "north herts", "north hertfordshire", "bedfordshire", "beds", "essex", "london", "greater london", "pakistan",
               "azad kashmir", "kashmir", "ajk", "punjab", "malaysia", "pulau pinang", "槟城州", "china", "singapore",
               "south africa", "western cape", "the cape", "europe", "africa", "asia", "india"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name and after one) and
# counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
