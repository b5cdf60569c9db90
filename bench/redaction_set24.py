"""Set 24: a nineteenth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as sets 8 to 23 do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set25.py and tests/test_redaction_set25.py (written by another helper at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output; these rules were
kept. What was read: bench/redaction_set21.py (its first 200 lines - the docstring and first document -, a grep listing of its
records and document titles, and its last 120 lines, from the middle of its last family's documents to the self-check:
`_PAIRS`, `NAME`, `_TITLES`, `_AFTER`, `_NOT_PLACES` and the `HandSet` call), for the layout and marking conventions followed
here, and tests/test_redaction_set21.py in full; the module docstrings of bench/redaction_set7.py to redaction_set23.py,
extracted with `ast` (of sets 22 and 23 the module docstring only, and of most sets only the paragraph naming families, towns
and document types was printed), searched by keyword for towns, districts and communities, to see which earlier sets used them
as a family's home; and the `_party`, `Records` and `HandSet` helpers and the start of `word_problems` of
bench/redaction_handwritten.py. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and
checked with python-stdnum in small snippets; the marking was checked with this module's own problems() and with small scripts
that list the words left outside the gold spans (no detector involved). The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set:
it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in London's outer boroughs and in Hampshire, Oxfordshire and
Buckinghamshire, each from a town or district no earlier set (7 to 23) used as a family's home. Four of the kinds most common
in children's social care: a white British family in Yeading, Hayes (Hillingdon), with a grandmother in Yiewsley (Dunn /
Keeble; a boy of 7 put in a cold bath by his mother's partner for wetting the bed, domestic abuse with strangulation, a
partner's mother who calls the boy a liar, a bail breach), a white British family on the Popley estate in Basingstoke, with a
grandfather in Oakridge and a father in prison (Loveday / Pocock; a boy of 13 found at Reading station with crack cocaine on a
county line run from Slough, a strategy discussion, a police exploitation screening tool, a MACE panel, a mother's low mood and
a toddler's decayed teeth), a care leaver of 19 and her baby on the St Helier estate, Carshalton (Sutton), with her former
foster carer in Wallington (Hollis / Baptiste; a partner's drinking and violence, a family group conference, a housing
transfer, a red book), and a white British kinship care family in Southcourt, Aylesbury (Woodward / Marsh / Wendover; a boy of
5 found alone on the canal towpath, a mother using heroin, grandparents' special guardianship assessment, supervised contact, a
father in Milton Keynes, a teacher called Wendover and an aunt married into a family called Wendover who lives in Wendover).
Two from communities no earlier set used: a Pakistani Pashtun family from Mardan in Ruscote, Banbury (Yousafzai / Khattak; a
girl of 14 to be taken to Peshawar to be engaged to a cousin, a Forced Marriage Protection Order, a mother who speaks only
Pashto and keeps her family's names in a notebook written in Pashto script, a father's solicitor) and a Moroccan family from
Tangier in Thamesmead, on the Bexley side (El Amrani / Bennani; a boy of 12 beaten with a belt, a mother controlled for years,
a scald to a boy of 6 when the father forced his way in, a girl of 15 texting her mother and grandmother in Moroccan Arabic
written in Arabic script, an uncle in Madrid). 24 documents, half plain professional writing and half of the hard kinds: a
primary school's referral email, a Met Police domestic abuse notification (Operation Encompass), a mother's and grandmother's
WhatsApp chat, a child's "three houses" worksheet in his own words, a child and family assessment extract, an
interpreter-assisted home visit note with names in Pashto script, a secondary school's CPOMS log, a father's solicitor's
letter, a girl's WhatsApp chat with her cousin in English and Pashto, initial child protection conference minutes, a girl's
text messages in Moroccan Arabic and English, an emergency department safeguarding referral, first core group notes, strategy
discussion minutes, a police child exploitation screening form, a health visitor's contact record with a grandfather's texts,
MACE panel minutes, a leaving care personal adviser's case notes, an Instagram message export, a family group conference plan,
a health visitor's new birth visit with red book entries, a special guardianship assessment extract, a supervised contact
record and an email chain between a father, a school and the social worker.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Pakistan, Morocco, Spain); NHS numbers and UPNs (the right LA number for the area: 312, 931, 303,
850, 825) pass their check digits; NI numbers have a valid format. Councils are invented (Pinn Brook, Cherwell Vale, Lesnes,
Lodden, Wandle Downs, Chiltern Vale), and so are the schools Minet Brook Primary, Thamesmead Riverside Academy, Lesnes Brook
Primary and Haydon Mill Combined, the solicitors (Hanif & Holloway), the interpreting agency (LinguaBridge) and the surgeries
and clinics named; towns, districts, estates, villages, real schools and colleges, real charities, NHS bodies, hospitals,
police forces, prisons, courts, brands, apps, programmes and laws are real and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, PC, PS, DC, DS, Supt, HHJ, Maulana, Nan, Nana, Grandad, Mum, Auntie, the Pashto Aba, Mor and
mama, the Moroccan Mi, khali, Baba and Mama, the Spanish tio, khala) stay outside the name span, whether they come before or
after the name ("[[sher afzal|name]] mama"); a possessive 's and a bare s in texting ("[[latifa|name]]s") stay outside; an
endearment after a name ("malo jaan", "imane benti") stays outside; every person's name is a name in every form, record or not.
"SURNAME, First" is one span ("DUNN, Kai", "LOVEDAY, Kayleigh Marie", "HOLLIS-BAPTISTE, Ezra Tyrone"), and so is "Surname,
First" in an email header ("Chandarana, Priya"); an initial with a surname is one span ("R Osei-Bonsu", "G R Yousafzai"), and
so is a first name with an initial after it ("Hira M", "Harley J"); initials alone ("HL", "IH", "EHB") are not marked; a name
broken by a line break is one span holding the break, and so is an address, a place, a school or a date; social media handles
("shan.eke.x", "jadeyh_07") are not marked, but a display name that is a person's plain name is ("Stacey", "Palwasha", "Hira");
a contact saved under a kinship word ("Mum 💕", "Mama ❤️", "Baba", "Dad") is not a name, but the name in one saved as "Mi Zahra"
is. A street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and
so is a neighbour's bare flat or house number ("Flat 9", "no. 31"), a block's name ("Kale House", "padcroft"), the family's
house number alone in a message ("118") and an address abroad ("House 212, Street 9, Phase 3", Hayatabad); towns, cities,
villages, districts and estates are places, at home or abroad and in any script ("Yeading", "Popley", "Hayatabad", "Marshan",
"طنجة", "میوند"); countries, counties and regions are not ("Pakistan", "Khyber Pakhtunkhwa", "Morocco", "Hampshire", "North
Hampshire", "Thames Valley"); organisations are not marked even when they hold a town's or a person's name ("Bexley Women's
Aid", "Safer Basingstoke Partnership", "HMP Winchester", "St Helier Hospital", "Woolwich Crown Court", "the Family Court
sitting at Oxford", "LinguaBridge Oxford", "Sutton Health and Care"), though a hospital's town after a comma is a place ("Queen
Elizabeth Hospital, Woolwich"); a school's or college's name is a school, and so is its short form or initials ("The Vyne",
"Haydon", "AVA", "TRA", "Bexley College"); a date of birth is dob, any other calendar date with a day is date (a weekday before
it stays outside), and the bare day in a range or a diary line ("16th"-"17th Dec", "the 3rd", "9th" to "16th November") is a
date span of its own; months and years alone are not marked; helplines and a CAD reference ("0188/28NOV") are not marked; pets'
names (Rolo) are not names; a firm named after people marks only the names ("[[Hanif|name]] & [[Holloway|name]] Solicitors");
parks, zoos, shopping centres, hospitals used as a place name ("Stoke Mandeville", "the Horton") and attractions stay unmarked
(Whipsnade, Festival Place, Basing View); a surname or first name that is also an English word or a town is marked by what it
refers to (Marsh, Dawn, Bliss, Wendover and Holloway are names when they are people, and Wendover, Wing and Langley are places
when they are places); a name in another script (Pashto "ملالۍ", "زرمینه", "شیر افضل"; Arabic "إيمان", "نعيمة", "لطيفة") is a
name; a service or a pub named by its town ("Sutton's domestic abuse one-stop shop", "Bexley Early Help", "Hayes Wetherspoons")
marks the town; a line name used as a person's alias ("Bizzy") and a false name a boy gave the police ("Harley Lovell") are
names; a historic heroine's name ("Malalai of Maiwand") is a name and her battle's village a place.

Self-check without the detector: `python -m bench.redaction_set24` (and tests/test_redaction_set24.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,437 gold
spans, 886 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dunn / Keeble family (white British), Yeading, Hayes (Hillingdon) ------------------------------------------------

HOME_A = d.Address("27 Brookside Walk", "Yeading", "Hayes", "UB4 9QT")
NAN_A = d.Address("Flat 6, Padcroft House, 40 Falling Lane", "Yiewsley", "West Drayton", "UB7 8AB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kai", "Dunn")], dt.date(2019, 4, 17), addresses=[HOME_A], ids=["6954896179", "W312368660357"],
       schools=["Minet Brook Primary School"]),
    _p("s", "sibling", [("Poppy", "Keeble")], dt.date(2023, 8, 2), addresses=[HOME_A], ids=["6738697066"]),
    _p("m", "mother", [("Stacey", "Dunn")], dt.date(1997, 12, 9), addresses=[HOME_A], phones=["07824 613 507"],
       ids=["2927218412", "SK 27 40 61 B"]),
    _p("f", "father", [("Lee", "Keeble")], dt.date(1993, 6, 21), addresses=[HOME_A], phones=["07951 208 446"]),
    _p("g", "grandparent", [("Brenda", "Dunn")], dt.date(1968, 3, 30), addresses=[NAN_A], phones=["020 8848 2210"]),
    _p("p1", "professional", [("Hannah", "Whitlock")], phones=["020 8573 4419"], emails=["hannah.whitlock@pinnbrook.gov.uk"]),
], "c")

DOCS_A = [
    ("primary school's referral to the front door by email", """From: [[Gemma Prowse|name]]
<[[g.prowse@minetbrook.pinnbrook.sch.uk|email]]>
Sent: Tuesday [[6 October 2026|date]] 15:52
To: Front Door (Pinn Brook Council)
Cc: [[Ian Fairbrother|name]] (Headteacher)
Subject: Safeguarding referral - [[Kai Dunn|name]] (Year 2) - URGENT please

Good afternoon,

I am the Designated Safeguarding Lead at [[Minet Brook Primary School|school]], [[Yeading|place]]. I am referring [[Kai Dunn|name]],
DOB [[17/04/2019|dob]], UPN [[W312368660357|upn]], of [[27 Brookside Walk|address]], [[Hayes|place]] [[UB4 9QT|postcode]]. He lives
with his mum, [[Stacey Dunn|name]], his half-sister [[Poppy Keeble|name]] (3) and [[Poppy|name]]'s dad, [[Lee Keeble|name]].

Today at about 10:40 [[Kai|name]] told his class teacher, Miss [[Aisha Rahman|name]], that "[[Lee|name]] put me in the bath with
cold water
because I wet the bed". Miss [[Rahman|name]] brought him to me. He repeated it to me in his own words, and said it happened
"when it was still dark". He said his mum was "at work at the airport". I saw no marks. He was wearing yesterday's
uniform and said he had not had breakfast; he had two slices of toast at our breakfast club.

This is the fourth concern this term. On [[14 September|date]] he came in with a cut lip ("[[Poppy|name]] hit me with the remote"); on
[[22/09/2026|date]] he was collected at 17:45 by a neighbour, Mrs [[Bev Darby|name]] of [[no. 31|address]], who said nobody else was
home;
and on [[1st October|date]] his nan, Mrs [[Brenda Dunn|name]], rang us from [[Yiewsley|place]] to say she was worried about
[[Lee|name]]'s
temper. Attendance is 88.6%. He is a lovely, funny boy who loves Minecraft and his nan's dog, Rolo.

I rang Mum on [[07824 613 507|phone]] at 13:10 and left a message. I have not told [[Lee|name]]. [[Kai|name]] goes home at 15:15
with Mum
today, she says. Please ring me on [[020 8573 4419|phone]] ext 214 before then if you can.

Previous contacts with the front door (from our CPOMS, for your checks): [[3 March 2025|date]] (Mum's friend, [[Kelly Aston|name]],
rang us about shouting at the house - passed to you, ref FD-26-01187); [[28/06/2025|date]] ([[Kai|name]] said "[[Lee|name]] kicked
the dog"); [[9 January 2026|date]] (nursery for [[Poppy|name]], [[Little Acorns|school]] at [[Hayes End|place]], rang about a bruise
on her ear -
their DSL [[Marie Quigley|name]], [[020 8569 1840|phone]]).

Kind regards
[[Gemma Prowse|name]]
Deputy Head and DSL, [[Minet Brook|school]]
"""),
    ("police domestic abuse notification to school and children's services (Operation Encompass)", """METROPOLITAN POLICE SERVICE -
WEST AREA
(HILLINGDON) - OPERATION ENCOMPASS / MERLIN CHILD COME TO NOTICE
Ref: MERLIN 26HH081193        Created: [[10/10/2026|date]] 02:14        Author: PC 1904XH [[Rhys Okonedo|name]]

Location: [[27 Brookside Walk|address]], [[Yeading|place]], [[UB4 9QT|postcode]]
Nature: domestic - verbal and physical, children present
Children: [[DUNN, Kai|name]] (DOB [[17.04.2019|dob]]) - [[Minet Brook Primary School|school]]
          [[KEEBLE, Poppy|name]] (DOB [[02.08.2023|dob]]) - not in school (nursery? not known)
Adults:   [[DUNN, Stacey Louise|name]] (DOB [[09.12.1997|dob]]) - mother, victim
          [[KEEBLE, Lee|name]] (DOB [[21.06.1993|dob]]) - [[Poppy|name]]'s father, suspect, arrested

Circs: At 01:26 on Saturday [[10 October|date]] a neighbour at [[no. 29|address]] rang 999 to report a woman screaming and a child
crying. Officers attended at 01:38. The door was opened by [[Kai|name]], in pyjamas, who said "[[Lee|name]]'s hurting Mummy". The
victim was in the kitchen with a red mark to the left side of her neck and a swollen lip. She said the suspect came back
from the pub in [[Hayes Town|place]] and accused her of texting a man from work at the airport. He took her phone and grabbed
her throat "for a second". The suspect was in the back garden and was arrested for ABH and for non-fatal strangulation.
[[Poppy|name]] was asleep upstairs and was not woken. The victim's mother, [[Brenda Dunn|name]] ([[020 8848 2210|phone]]), came from
[[Yiewsley|place]] by taxi at 02:30 to stay the night.

DASH completed: 16 ticks - HIGH. MARAC referral made. Vehicle at the address: grey Vauxhall Corsa [[LK18 WXB|vehicle]]
(suspect's). Body worn video captured. [[Kai|name]] said to PC [[Okonedo|name]]: "He does it when he's drunk. I hide [[Poppy|name]]
in my
room". Victim's phone recovered from the garden and returned. Victim's mobile: [[07824 613 507|phone]].

School informed by Encompass email at 07:55 to [[Gemma Prowse|name]] (DSL). Supervisor: PS [[Danielle Kerr|name]] 55XH.
"""),
    ("a mother's and grandmother's WhatsApp messages, printed for the social worker", """WhatsApp Chat with Mum 💕
(exported by [[Stacey Dunn|name]] and shown to [[Hannah|name]] ([[Hannah Whitlock|name]], SW) on [[19/10/2026|date]]; printed with
permission)

[[11/10/2026|date]], 09:12 - Mum 💕: hes not coming back here [[stace|name]] i mean it. [[kai|name]] told me everything last night
[[11/10/2026|date]], 09:14 - [[Stacey|name]]: i know mum. he was bailed to his brother [[daz|name]]'s in [[southall|place]]
[[11/10/2026|date]], 09:15 - Mum 💕: [[southall|place]] my arse hell be round ur door by tuesday
[[11/10/2026|date]], 09:31 - [[Stacey|name]]: social worker coming monday. [[hannah|name]] something. [[kai|name]] has to see her on
his own
[[11/10/2026|date]], 09:32 - Mum 💕: good. I'll have [[poppy|name]] if u need. bring her stuff to mine
[[12/10/2026|date]], 18:40 - [[Stacey|name]]: [[lee|name]]s mum [[sharon|name]] messaged me saying im a liar and ive ruined his life 🙄
[[12/10/2026|date]], 18:41 - Mum 💕: block her. [[Sharon Keeble|name]] is as bad as him always was
[[12/10/2026|date]], 18:44 - [[Stacey|name]]: cant block her she has [[poppy|name]] on wednesdays
[[14/10/2026|date]], 07:02 - [[Stacey|name]]: he was outside at 6am. sat in the corsa at the end of [[brookside|address]].
[[kai|name]] saw him from the window
[[14/10/2026|date]], 07:03 - Mum 💕: RING THE POLICE. thats his bail. ring 999 [[stace|name]]
[[14/10/2026|date]], 07:20 - [[Stacey|name]]: done. pc [[rhys|name]] came. he drove off to the [[uxbridge road|address]]
[[15/10/2026|date]], 20:15 - Mum 💕: How is my [[kai|name]] today? did school say anything
[[15/10/2026|date]], 20:17 - [[Stacey|name]]: mrs [[prowse|name]] was nice. he got star of the week 🌟 for his story about rolo lol
[[16/10/2026|date]], 12:01 - Mum 💕: Bless him. I can do pick up fri, I'll get the u4 over from [[west drayton|place]]
[[17/10/2026|date]], 22:48 - [[Stacey|name]]: mum can i come to yours with the kids for a bit. i cant sleep here
[[17/10/2026|date]], 22:49 - Mum 💕: yes. come now. [[flat 6|address]], buzz twice, [[padcroft|address]]. ill put the kettle on
[[18/10/2026|date]], 08:10 - [[Stacey|name]]: we're fine. [[kai|name]] slept in with you. thank u mum ❤️
[[18/10/2026|date]], 08:15 - Mum 💕: ❤️ tell [[hannah|name]] on monday. and tell her about the cold bath thing [[kai|name]] said. she
needs to know
"""),
]

DOCS_A += [
    ("a child's 'three houses' worksheet in his own words, with the social worker's notes", """THREE HOUSES - done with
[[Kai Dunn|name]] (7) at [[Minet Brook|school]] in the quiet room, Monday [[19 October 2026|date]], 13:30
Worker: [[Hannah Whitlock|name]] (SW, Pinn Brook Council). [[Kai|name]] wrote some words himself and I wrote the rest as he said them.
His spelling is kept.

HOUSE OF GOOD THINGS (what is going well)
- my nan [[brenda|name]] she makes pancakes with golden syrup
- [[poppy|name]] is funny she says "[[kai kai|name]]" (he wanted me to write that his sister calls him "[[kai kai|name]]")
- mrs [[prowse|name]] and miss [[rahman|name]]. star of the week
- my freind [[Tayo|name]] and my other freind [[Alfie-Jay|name]] from [[yeading|place]] we play minecraft at his house on
[[brookside|address]]
- rolo (nan's dog)
- "when uncle [[daz|name]] takes us to the lakes at [[Ruislip|place]]"

HOUSE OF WORRIES
- wen [[lee|name]] is drunk and shouts at mum
- the cold bath. it was dark and the water was cold and I was crying
- he might come back and hurt mum and [[poppy|name]] will cry
- [[Sharon|name]] ([[Lee|name]]'s mum) said I am a liar. ("She said it at [[Poppy|name]]'s birthday at [[Hayes|place]] Wetherspoons")
- mum says she is tired all the time

HOUSE OF DREAMS
- [[lee|name]] stays at [[southall|place]] and says sorry
- live with nan and mum and [[poppy|name]] and rolo in a big house in [[west drayton|place]]
- be a footballer for QPR like my dad. (Worker: [[Kai|name]]'s father is [[Jordan Oyelaran|name]]; [[Kai|name]] has not seen him
since he was 3.
  Paternal grandmother Mrs [[Folake Oyelaran|name]] of [[Northolt|place]] sent a birthday card in April 2026? - to check.)

Worker's notes: [[Kai|name]] drew four people in his worries house: himself, Mum, [[Poppy|name]] and a big figure he called
"[[Lee|name]]". He
put the cold bath in the middle. He said "[[Lee|name]] said it was a joke but it wasn't". He chose to show the good house to
Mrs [[Prowse|name]] afterwards. I will share the worries house with Mum, [[Stacey|name]], at the home visit on [[22/10|date]] and with
[[Brenda|name]], with [[Kai|name]]'s permission. He said I can show "everyone except [[Lee|name]] and [[Sharon|name]]".
"""),
]


# --- B. Yousafzai family (Pakistani Pashtun, from Mardan), Ruscote, Banbury --------------------------------------------

HOME_B = d.Address("14 Longelandes Way", "Ruscote", "Banbury", "OX16 1RG")
UNCLE_B = d.Address("House 212, Street 9, Phase 3", "Hayatabad", "Peshawar", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Malalai", "Yousafzai")], dt.date(2012, 2, 28), addresses=[HOME_B],
       ids=["4531860713", "F931916528607"], schools=["Banbury Academy"]),
    _p("s", "sibling", [("Aimal", "Yousafzai")], dt.date(2015, 7, 9), addresses=[HOME_B], ids=["8277594801", "A931281103815"],
       schools=["Hardwick Primary School"]),
    _p("s2", "sibling", [("Spogmay", "Yousafzai")], dt.date(2021, 1, 14), addresses=[HOME_B]),
    _p("m", "mother", [("Zarmina", "Khattak")], dt.date(1990, 5, 3), addresses=[HOME_B], phones=["07426 118 903"]),
    _p("f", "father", [("Gul Rahman", "Yousafzai")], dt.date(1981, 10, 1), addresses=[HOME_B], phones=["07883 154 920"],
       ids=["TY 61 04 82 C"]),
    _p("u", "uncle", [("Sher Afzal", "Khattak")], addresses=[UNCLE_B], phones=["+92 300 591 4372"]),
    _p("p1", "professional", [("Rebecca", "Osei-Bonsu")], phones=["01295 267 480"], emails=["rebecca.osei-bonsu@cherwellvale.gov.uk"]),
], "c")

DOCS_B = [
    ("child and family assessment extract", """CHERWELL VALE COUNCIL - CHILDREN'S SOCIAL CARE - CHILD AND FAMILY ASSESSMENT
(extract: family history, the
child's voice, analysis)

Child: [[Malalai Yousafzai|name]]    DOB: [[28/02/2012|dob]]    NHS: [[453 186 0713|nhs]]    UPN: [[F931916528607|upn]]
Address: [[14 Longelandes Way|address]], [[Ruscote|place]], [[Banbury|place]] [[OX16 1RG|postcode]]
School: [[Banbury Academy|school]], Year 10
Social worker: [[Rebecca Osei-Bonsu|name]]    Team manager: [[Martin Colley|name]]
Assessment started: [[2 November 2026|date]]    Completed: [[30 November 2026|date]]
Interpreter (Pashto): [[Farida Hotak|name]], by telephone and at both home visits

1. Why we are involved
On [[30 October 2026|date]] [[Malalai|name]] told her form tutor, Mr [[Nathan Pratt|name]], that she was being taken to Pakistan at
Christmas "to get engaged" to her cousin, [[Wahid|name]], who is 23 and lives in [[Hayatabad|place]], [[Peshawar|place]], and that
she would not be coming back to finish her GCSEs. She said her father had booked the flights and that her passport was "in
Aba's cupboard". The school made a referral the same day and the Forced Marriage Unit was consulted on [[31 October|date]].

2. Family and history
[[Malalai|name]] (14) lives with her father, Mr [[Gul Rahman Yousafzai|name]] (45), her mother, Mrs [[Zarmina Khattak|name]] (36), her
brother [[Aimal|name]] (11, [[Hardwick Primary School|school]]) and her sister [[Spogmay|name]] (5). The family are Pashtun from a
village near [[Mardan|place]] in Khyber Pakhtunkhwa; Mr [[Yousafzai|name]] came to [[Bradford|place]] in 2004 and to
[[Banbury|place]] in
2010, where he drives for a food distribution firm at [[Bodicote|place]]. Mrs [[Khattak|name]] joined him in 2011. She speaks Pashto
and a
little Urdu and very little English. Her brother, Mr [[Sher Afzal Khattak|name]], lives in [[Peshawar|place]] and is
[[Wahid|name]]'s father. The paternal grandmother, [[Bakht Jamala|name]], died in [[Mardan|place]] in 2025.

The family are well known to the mosque on [[Merton Street|address]] and to neighbours. A family friend, Mr [[Noor Wali Afridi|name]]
of [[Grimsbury|place]], interprets for Mr [[Yousafzai|name]] at appointments. He was not used in this assessment.

3. The child's voice
Seen alone at school on [[3 November|date]] and [[17 November|date]], and at the library on [[Marlborough Road|address]] on
[[24/11/2026|date]]. [[Malalai|name]] wants to be a pharmacist. She said: "I'm not against marrying a Pashtun boy, but not now, and not
[[Wahid|name]]. I've met him twice on video." She said her mother "cries but can't say anything to Aba". She worries about
[[Aimal|name]], who "gets hit with the slipper" for missing Quran class at Mrs [[Shinwari|name]]'s house. She asked us not to tell
her father what she said about the slipper. She uses her friend [[Hira Malik|name]]'s phone to message her cousin [[Palwasha|name]]
in [[Slough|place]], who "got out of the same thing".

4. Analysis
There is a high risk of forced marriage abroad. A Forced Marriage Protection Order was made at [[Oxford|place]] on
[[20 November 2026|date]]; the passports of [[Malalai|name]] and [[Aimal|name]] were handed to Thames Valley Police. Mr
[[Yousafzai|name]] says he only wanted an engagement ("kojdan") and that [[Malalai|name]] misunderstood. Mrs [[Khattak|name]], seen
with the
interpreter and without her husband, said in Pashto that she was married at 16 and "does not want this life for her daughter".

5. Genogram (as drawn with the family; names as [[Malalai|name]] spelled them, Pashto in brackets where Mrs [[Khattak|name]] wrote it)
Paternal side: grandfather Haji [[Gul Zaman Yousafzai|name]] (d. 2019, [[Mardan|place]]); grandmother [[Bakht Jamala|name]] (d. 2025);
uncles [[Gul Nawaz|name]] ([[Takht Bhai|place]]) and [[Gul Sher|name]] ([[Dubai|place]], [[+971 50 418 2736|phone]]); aunt
[[Shahida|name]]
([[Bradford|place]]), whose son is [[Ihsanullah|name]].
Maternal side: grandfather [[Afzal Khan Khattak|name]] ([[Nowshera|place]]); grandmother [[Gul Meena|name]] ([[گل مینه|name]]);
uncle [[Sher
Afzal Khattak|name]] ([[شیر
افضل|name]]) and his wife [[Nasreen|name]], whose children are [[Wahid|name]] (23), [[Zarghuna|name]] (19) and
[[Bilal Khattak|name]] (15); aunt [[Shagufta|name]] in [[Slough|place]], mother of [[Palwasha|name]] (17) and [[Gulalai|name]] (20).
In [[Banbury|place]]: family friends [[Noor Wali Afridi|name]] and his wife [[Shabnam|name]] (the neighbour at [[no. 22|address]]),
and Mrs
[[Rukhsana Shinwari|name]], who teaches Quran to the children of [[Ruscote|place]] at her house on [[Bretch Hill|address]].
"""),
    ("interpreter-assisted home visit note, with names in Pashto script", """HOME VISIT RECORD (interpreter-assisted) - CHERWELL
VALE COUNCIL
Date of visit: Thursday [[19.11.26|date]], 10:00-11:40
Present: [[Zarmina Khattak|name]] (mother); [[Spogmay|name]] (5, at home with a cold); [[Rebecca Osei-Bonsu|name]] (SW);
[[Farida Hotak|name]]
(Pashto interpreter, LinguaBridge Oxford, reg. no. PS-40719)
Not present: Mr [[Gul Rahman Yousafzai|name]] (at work, by agreement); [[Malalai|name]] and [[Aimal|name]] (at school)

Mrs [[Khattak|name]] had asked, through [[Farida|name]], for the visit to be while her husband was at work. She showed me a notebook in
which she keeps the names and numbers of her family, written for her by [[Malalai|name]] in Pashto. With her permission I copied
these lines (the interpreter read them out and spelled them):

    [[ملالۍ|name]] - [[Malalai|name]] (her daughter; the name [[ملالۍ|name]])
    [[شیر افضل|name]] - [[Sher Afzal|name]], her brother, [[Peshawar|place]]: [[+92 300 591 4372|phone]]
    د [[وحید|name]] مور - [[Wahid|name]]'s mother, [[Nasreen|name]], [[Hayatabad|place]] landline [[+92 91 5843217|phone]]
    [[زرمینه|name]] - her own name, which [[Malalai|name]] taught her to write

Mrs [[Khattak|name]] said that her brother [[شیر افضل|name]] has "given his word" to her husband about [[Wahid|name]] and that in their
family "a word is like a rope". She said [[Malalai|name]] is "a clever girl, like her grandmother" and that she herself went to
school in [[Mardan|place]] for only three years. She said: "In [[Banbury|place]] nobody knows me. At the school gate I stand alone.
Only [[Shabnam|name]] from [[no. 22|address]] speaks to me."

[[Spogmay|name]] was bright and chatty, sang me a song in Pashto and counted to twenty in English. She showed me a drawing of "Aba,
Mor, [[Malo|name]], [[Aimal|name]] and me". ("[[Malo|name]]" is the family's name for [[Malalai|name]].)

The home was warm and clean. Two suitcases were packed in the hallway. Mrs [[Khattak|name]] said they were presents for
[[Peshawar|place]]
"for whenever we go". I explained the Forced Marriage Protection Order again, in simple words, with [[Farida|name]]. Mrs
[[Khattak|name]]
asked whether she could go to the women's group at the children's centre on [[Edmunds Road|address]] on Tuesdays. I said I would ask
[[Parveen Akhtar|name]], the family support worker, to take her the first time. She gave me her mobile: [[07426 118 903|phone]].

Signed: [[R Osei-Bonsu|name]]   [[19/11/2026|date]]
"""),
    ("secondary school's safeguarding log (CPOMS export)", """CPOMS - [[BANBURY ACADEMY|school]] - Incident report (printed
[[04/12/2026|date]] by [[N Pratt|name]])
Student: [[YOUSAFZAI, Malalai|name]] (10PT)     DOB: [[28-Feb-2012|dob]]

[[30/10/2026|date]] 08:55 | Added by: [[Nathan Pratt|name]] | Category: Forced marriage, Disclosure
[[Malo|name]] came to my room before registration with [[Hira M|name]]. Said Dad has booked flights to [[Islamabad|place]] for
[[19 Dec|date]] and
that she is to be engaged to her cousin [[Wahid|name]] in [[Peshawar|place]]. Very tearful. Passed to DSL in person.
Alerted: [[Claire Lindqvist|name]] (DSL)

[[30/10/2026|date]] 09:20 | Added by: [[Claire Lindqvist|name]] | Category: Referral to CSC
Spoke to [[Malalai|name]] with [[Hira|name]] present at her request. Did NOT contact parents (FM guidance). Referral to Cherwell Vale
front door 09:45, ref FD-118402. FMU rang 10:30 - advice: do not alert family, consider FMPO. Thames Valley Police informed
(PC [[Jordan Ashby|name]], neighbourhood team).

[[04/11/2026|date]] 12:40 | Added by: [[Sian Bellingham|name]] (Head of Year 10) | Category: Attendance
Brother [[Aimal|name]] (at [[Hardwick|school]]) absent today per his school; [[Malalai|name]] in. She says [[Aimal|name]] has earache.

[[12/11/2026|date]] 15:30 | Added by: [[Nathan Pratt|name]] | Category: Behaviour / wellbeing
Father came to reception asking for [[Malalai|name]]'s passport form (school trip to [[Calais|place]] in Feb). Reception (Mrs
[[Lorna Hext|name]]) said to email. He left a number: [[07883 154 920|phone]]. DSL told.

[[20/11/2026|date]] 11:05 | Added by: [[Claire Lindqvist|name]] | Category: Court order
FMPO granted today by the Family Court sitting at Oxford (HHJ [[Marsh|name]]). Copy on file. Travel ban until [[20 November
2027|date]]. Both children's passports surrendered.

[[27/11/2026|date]] 13:10 | Added by: [[Nathan Pratt|name]] | Category: Wellbeing
[[Malo|name]] chatty and happier. Showed me a message from her cousin [[Palwasha|name]] ("you did right, [[malo|name]] jaan"). She asked
if she can do work experience at Boots on [[Bridge Street|address]] or at the Horton hospital. Said Dad is "not speaking but not
shouting either".

[[01/12/2026|date]] 10:15 | Added by: [[Sian Bellingham|name]] | Category: Peer relationships
[[Malalai|name]], [[Hira Malik|name]], [[Ayesha Rind|name]] and [[Maisie Greatorex|name]] in a falling-out in the canteen.
[[Maisie|name]] said
"at least I'm not getting married off". Restorative meeting with Mrs [[Bellingham|name]] and Mr [[Pratt|name]]; [[Maisie|name]]'s mum,
Mrs [[Jo Greatorex|name]], phoned. [[Malalai|name]] asked that the class not be told anything. Agreed.

[[03/12/2026|date]] 14:50 | Added by: [[Claire Lindqvist|name]] | Category: Multi-agency
Core group at school. Present: [[Rebecca Osei-Bonsu|name]] (SW), [[Farida Hotak|name]] (interpreter), Mrs [[Zarmina Khattak|name]],
[[Parveen
Akhtar|name]] (FSW), [[Jenny Marlow|name]] (school nurse), [[Ruth Okoro|name]] ([[Hardwick|school]] DSL, for [[Aimal|name]]), me. Mr
[[Yousafzai|name]] sent apologies through his solicitor, Mr [[Hanif|name]]. Next: [[14/01/2027|date]].
"""),
]

DOCS_B += [
    ("a father's solicitor's letter to the council", """[[HANIF|name]] & [[HOLLOWAY|name]] SOLICITORS
[[7 Horse Fair|address]], [[Banbury|place]], [[OX16 0AA|postcode]]   DX 24208 [[BANBURY|place]]   Tel [[01295 250 913|phone]]
Our ref: IH/YOU/26-311    Your ref: CV/CSC/[[Yousafzai|name]]

[[Rebecca Osei-Bonsu|name]]
Children's Social Care, Cherwell Vale Council
By email only: [[rebecca.osei-bonsu@cherwellvale.gov.uk|email]]

[[1st December 2026|date]]

Dear Ms [[Osei-Bonsu|name]]

Our client: Mr [[Gul Rahman Yousafzai|name]] (DOB [[01/10/1981|dob]], NI [[TY 61 04 82 C|ni]])
Children: [[Malalai|name]], [[Aimal|name]] and [[Spogmay Yousafzai|name]]

We act for Mr [[Yousafzai|name]] in connection with the Forced Marriage Protection Order made on [[20.11.2026|date]] and the child
protection enquiries. Our client has asked us to set out the following.

1. Our client does not and did not intend that [[Malalai|name]] should marry while she is a child. The arrangement with his
   brother-in-law, Mr [[Sher Afzal Khattak|name]] of [[Peshawar|place]], was for an engagement only, with any marriage after
   [[Malalai|name]] completes her education. Our client accepts that this was not explained to [[Malalai|name]] and that she was
   frightened. He is sorry for that.
2. The flights booked for [[19 December 2026|date]] (Emirates, [[London|place]] to [[Peshawar|place]] via [[Dubai|place]]) were for
the wedding
   of our client's nephew, [[Ihsanullah Yousafzai|name]], in [[Mardan|place]] on [[26 December|date]], and the tickets have been
cancelled.
3. Our client denies hitting [[Aimal|name]] with a slipper or otherwise. He asks that any account from [[Aimal|name]] be
   obtained through an ABE interview and not in the presence of Mrs [[Shinwari|name]] or the interpreter Mr [[Afridi|name]].
4. Our client would like his wife, Mrs [[Zarmina Khattak|name]], to be offered a female Pashto interpreter from outside
   [[Banbury|place]]. He is content that this should continue to be Ms [[Farida Hotak|name]].
5. Our client is willing to attend a parenting course and to meet with the imam of the [[Merton Street|address]] mosque, Maulana
   [[Abdul Qayyum Zazai|name]], and your worker together, if that would help.

Please direct all correspondence to the writer, [[Imran Hanif|name]], or in his absence to [[Jessica Holloway|name]].

Yours sincerely
[[Imran Hanif|name]]
Partner, [[Hanif|name]] & [[Holloway|name]] Solicitors    [[ihanif@hanifholloway.co.uk|email]]
cc: Mr [[G R Yousafzai|name]]
"""),
]

DOCS_B += [
    ("a girl's WhatsApp chat with her cousin, in English and Pashto, typed up for a police ABE planning meeting", """[Screenshots
from [[Hira Malik|name]]'s phone (used by [[Malalai|name]]), given to [[Claire Lindqvist|name]] (DSL) on [[2/11/2026|date]] and
typed up by [[Rebecca Osei-Bonsu|name]]. Pashto lines translated by [[Farida Hotak|name]]. The cousin is saved as "[[Palwasha|name]] 🦋"
([[07840 556 219|phone]]), who lives in [[Slough|place]].]

[[29/10/2026|date]]
[[Palwasha|name]] 🦋: salam [[malo|name]] how r u. did ur aba say anything about [[peshawar|place]]
[[Hira|name]] (= [[Malalai|name]]): yh. he booked it. [[19 dec|date]]. mor is crying in the kitchen every night
[[Palwasha|name]] 🦋: is it [[wahid|name]]? 😭 the one with the beard who works in [[dubai|place]]
[[Hira|name]] (= [[Malalai|name]]): yes. [[sher afzal|name]] mama already told everyone in [[hayatabad|place]]
[[Palwasha|name]] 🦋: زما خبره واوره. خپل ښوونځي ته ووایه
                   (Listen to me. Tell your school.)
[[Hira|name]] (= [[Malalai|name]]): what if they take aba to prison. [[aimal|name]] and [[spogmay|name]] need him
[[Palwasha|name]] 🦋: they wont. when it was me, miss [[patel|name]] at [[langley academy|school]] helped me. my dad did a course
                   and its fine now. [[gulalai|name]] is still not talking to us lol

[[30/10/2026|date]]
[[Palwasha|name]] 🦋: did u tell??
[[Hira|name]] (= [[Malalai|name]]): yes mr [[pratt|name]] took me to miss [[lindqvist|name]]. she was kind. she said they wont tell
aba it was me
[[Palwasha|name]] 🦋: proud of u ❤️ ستا نوم [[ملالۍ|name]] دی، د [[میوند|place]] [[ملالۍ|name]] په شان زړوره اوسه
                   (Your name is [[Malalai|name]]; be brave like [[Malalai|name]] of [[Maiwand|place]].)
[[Hira|name]] (= [[Malalai|name]]): lol ok. dont tell khala [[nasreen|name]]
"""),
]

# --- C. El Amrani / Bennani family (Moroccan, from Tangier), Thamesmead (Bexley side) ---------------------------------

HOME_C = d.Address("Flat 11, Kale House, 3 Yarnton Way", "Thamesmead", "Erith", "DA18 4DR")
GRAN_C = d.Address("17 Rue Ibn Batouta", "Marshan", "Tanger", "90000")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Imane", "El Amrani")], dt.date(2011, 6, 12), addresses=[HOME_C], ids=["5586108666"],
       schools=["Thamesmead Riverside Academy"]),
    _p("s", "sibling", [("Ayoub", "El Amrani")], dt.date(2014, 9, 30), addresses=[HOME_C], ids=["J303473905369"],
       schools=["Thamesmead Riverside Academy"]),
    _p("s2", "sibling", [("Rayan", "El Amrani")], dt.date(2020, 3, 5), addresses=[HOME_C], ids=["5736219492"],
       schools=["Lesnes Brook Primary School"]),
    _p("m", "mother", [("Naima", "Bennani")], dt.date(1986, 11, 18), addresses=[HOME_C], phones=["07769 330 218"]),
    _p("f", "father", [("Youssef", "El Amrani")], dt.date(1979, 1, 25), addresses=[HOME_C], phones=["07510 884 362"]),
    _p("g", "grandparent", [("Fatima Zahra", "Bennani")], addresses=[GRAN_C], phones=["+212 6 61 48 27 35"]),
    _p("p1", "professional", [("Owen", "Prendergast")], phones=["020 8310 5526"], emails=["owen.prendergast@lesnes.gov.uk"]),
], "c")

DOCS_C = [
    ("initial child protection conference minutes", """LESNES COUNCIL - SAFEGUARDING AND QUALITY ASSURANCE
INITIAL CHILD PROTECTION CONFERENCE - MINUTES (CONFIDENTIAL)

Children: [[Imane El Amrani|name]] ([[12/06/2011|dob]]), [[Ayoub El Amrani|name]] ([[30/09/2014|dob]]), [[Rayan El Amrani|name]]
([[05/03/2020|dob]])
Address: [[Flat 11, Kale House, 3 Yarnton Way|address]], [[Thamesmead|place]], [[DA18 4DR|postcode]]
Date: Wednesday [[25 November 2026|date]], 10:00, Civic Offices, [[Bexleyheath|place]] (and Teams)
Chair: [[Judith Ampofo|name]] (Child Protection Chair)    Minutes: [[Kerry Llewellyn|name]]

Present: [[Naima Bennani|name]] (mother, with interpreter [[Samira Ouazzani|name]], Moroccan Arabic); [[Youssef El Amrani|name]]
(father, for part 1 only); [[Owen Prendergast|name]] (social worker); Dr [[Kwame Asiedu|name]] (community paediatrician);
[[Louise Tapping|name]] (DSL, [[Thamesmead Riverside Academy|school]]); [[Priti Valand|name]] (school nurse); DC [[Mark Hoang|name]]
(Met CAIT); [[Aoife Brennan|name]] (Bexley Women's Aid IDVA)
Apologies: [[Colette Mayers|name]] (head, [[Lesnes Brook
Primary|school]], report sent); GP, Dr [[Sandhu|name]] (report sent)

1. Reason for conference
On [[3 November|date]] [[Ayoub|name]] (12) arrived at school with a swollen left eye and told his tutor his father hit him with a
belt buckle because he was late back from the mosque in [[Plumstead|place]]. A section 47 enquiry found that [[Imane|name]] (15)
had been hit "since [[Tanger|place]]" and that Mrs [[Bennani|name]] had been controlled and hit by Mr [[El Amrani|name]] for many years.

2. Reports
Social worker: Mr [[Prendergast|name]] summarised his report. The family came from [[Tangier|place]] via [[Madrid|place]] in 2019. Mr
[[El Amrani|name]] works nights as a security guard at a warehouse in [[Belvedere|place]]. Mrs [[Bennani|name]] does not go out
alone, has
no bank card and sends money each month to her mother, Mrs [[Fatima Zahra Bennani|name]], at [[17 Rue Ibn Batouta|address]],
[[Marshan|place]], [[Tanger|place]]. [[Imane|name]] said "He is
kind outside and a different man at home." [[Rayan|name]] (6) said his dad "shouts at [[Ayoub|name]] and Mama cries".
Paediatrician: Dr [[Asiedu|name]] saw [[Ayoub|name]] on [[4 November 2026|date]] at Queen Elizabeth Hospital, [[Woolwich|place]]. A
loop-shaped bruise on the back of the left thigh and bruising around the left eye, consistent with his account. No
fractures. Healed linear marks on [[Imane|name]]'s upper arms, seen at her own request on [[6 November|date]].
School: Ms [[Tapping|name]] said [[Imane|name]] is "quietly brilliant", in the top set for maths; attendance 97%. [[Ayoub|name]] is
in Year 8
with [[Zak Huntley|name]] and [[Bilal Chaoui|name]], his best friends, and plays for the school's under-13s.
Police: DC [[Hoang|name]] said Mr [[El Amrani|name]] was interviewed on [[9/11/26|date]] and released under investigation; bail
conditions not imposed. A previous call on [[17 August 2025|date]] from a neighbour at [[Flat 9|address]] was recorded as "verbal only".
IDVA: Ms [[Brennan|name]] has met Mrs [[Bennani|name]] twice at the children's centre on [[Belvedere Road|address]]. Risk high.

3. Father's views (part 1)
Mr [[El Amrani|name]] said the family is "a good Muslim family" and that in Morocco "a father can correct his son". He said
[[Imane|name]]
"lies for attention" and that his brother, [[Hicham El Amrani|name]], in [[Tetouan|place]], agrees with him. He left at 11:05.

4. Mother's views (part 2)
Mrs [[Bennani|name]] said through Ms [[Ouazzani|name]] that she wants to stay in [[Thamesmead|place]] with the children and that she is
"ready now". She asked that her sister-in-law, [[Latifa Chraibi|name]], in [[Abbey Wood|place]], be told nothing.

5. Decision
All agencies: plans for physical abuse ([[Ayoub|name]]) and emotional abuse ([[Imane|name]] and [[Rayan|name]]). Key worker: Mr
[[Owen Prendergast|name]], [[020 8310 5526|phone]]. First core group: [[2 December|date]]. Review conference: [[24 February 2027|date]].

Distribution (secure email): [[Naima Bennani|name]] (by post, with an Arabic summary read to her by [[Samira Ouazzani|name]]); [[Youssef
El Amrani|name]] (by post to [[Kale House|address]] - to be reviewed, as he may no longer live there); [[Owen Prendergast|name]]
([[owen.prendergast@lesnes.gov.uk|email]]); [[Louise Tapping|name]] ([[l.tapping@thamesmeadriverside.org.uk|email]]); [[Colette
Mayers|name]]; Dr [[Kwame Asiedu|name]]; [[Priti Valand|name]]; DC [[Mark Hoang|name]]; [[Aoife Brennan|name]]; Dr [[R Sandhu|name]].
Chair's note: the minute-taker, [[Kerry Llewellyn|name]], checked the spelling of the family's names with Mrs [[Bennani|name]]:
[[Imane|name]] (not "[[Iman|name]]"), [[Ayoub|name]] (not "[[Ayub|name]]"), and [[El Amrani|name]] is the family name of the father and
the three children; Mrs [[Bennani|name]] kept her own, as is usual in Morocco.
"""),
    ("a girl's text messages to her mother and grandmother, in Arabic script and English, typed up", """[Text messages from
[[Imane|name]]'s phone, shown to [[Owen|name]] at school on [[30/11/2026|date]], typed up with the
translation by [[Samira Ouazzani|name]] (interpreter) on [[1 December 2026|date]]. Numbers as saved in her phone.]

Mama ❤️ ([[07769 330 218|phone]])
Tue [[24/11|date]] 16:02  me: mama baba is home early. dont come back yet stay at [[latifa|name]]s
Tue [[24/11|date]] 16:05  Mama: لا ماشي عند [[لطيفة|name]]. غادي نجي
                          (No, not at [[Latifa|name]]'s. I'm coming.)
Tue [[24/11|date]] 16:06  me: ok. [[ayoub|name]] is at football with [[zak|name]]. [[rayan|name]] is with me
Wed [[25/11|date]] 07:40  Mama: الله يحفظك يا [[إيمان|name]]. اليوم الاجتماع
                          (God protect you, [[Imane|name]]. Today is the meeting.)
Wed [[25/11|date]] 13:15  me: how was it??? did u tell them
Wed [[25/11|date]] 13:50  Mama: yes. [[samira|name]] help me. [[owen|name]] good man

Mi [[Zahra|name]] 🌹 ([[+212 6 61 48 27 35|phone]])
Sun [[22/11|date]] 19:30  Mi [[Zahra|name]]: [[imane|name]] benti, كيف داير [[أيوب|name]]؟ وكيف ماماك؟
                          ([[Imane|name]] my daughter, how is [[Ayoub|name]]? And how is your mum?)
Sun [[22/11|date]] 19:41  me: mi [[zahra|name]] he is ok now. the eye is better. dont tell khali [[hicham|name]] pls
Sun [[22/11|date]] 19:44  Mi [[Zahra|name]]: ما غاديش نقول لحتى واحد. الدار ديالي في [[طنجة|place]] مفتوحة ليكم
                          (I won't tell anyone. My house in [[Tangier|place]] is open to you.)
Sun [[22/11|date]] 19:45  me: inshallah in summer. we go [[marshan|place]] and eat at the cafe with [[nour|name]]
Thu [[26/11|date]] 21:12  Mi [[Zahra|name]]: صافي، سلم على [[نعيمة|name]]
                          (OK, greet [[Naima|name]] for me.)

Baba ([[07510 884 362|phone]])
Fri [[27/11|date]] 22:58  Baba: Where are you. Your mother is not answering
Fri [[27/11|date]] 23:04  Baba: You are making problems for this family with your lies. Tell Mr [[Owen|name]] you lied
Sat [[28/11|date]] 00:17  Baba: I am outside [[Kale House|address]]. Open the door
Sat [[28/11|date]] 00:20  (missed call)

Unknown number [[+34 612 48 93 07|phone]] (per [[Imane|name]]: her uncle [[Mustapha|name]] in [[Madrid|place]], Baba's cousin)
Sat [[28/11|date]] 10:02  +34: [[imane|name]] this is tio [[mustapha|name]]. your father is upset. call him. family is family
"""),
    ("hospital emergency department safeguarding referral", """QUEEN ELIZABETH HOSPITAL, [[WOOLWICH|place]] - EMERGENCY DEPARTMENT
SAFEGUARDING CHILDREN REFERRAL (to the local authority where the child lives) - sent [[28 November 2026|date]] 03:40

Child: [[RAYAN EL AMRANI|name]]   DOB: [[5 March 2020|dob]]   NHS: [[573 621 9492|nhs]]
Address: [[Flat 11 Kale House|address]], [[3 Yarnton Way|address]], [[Thamesmead|place]] [[DA18 4DR|postcode]]
Attended with: mother ([[Naima Bennani|name]], mob [[07769 330 218|phone]]), sister ([[Imane|name]], 15) and brother
([[Ayoub|name]], 12)
GP: Dr [[R Sandhu|name]], Lakeside Medical Centre, [[Thamesmead|place]]
Triage nurse: [[Ciara Mulvey|name]]   ED doctor: Dr [[Tomasz Wrona|name]] (ST4)   Paeds: Dr [[Emeka Obi|name]]

Presenting complaint: burn to the back of the right hand, about 3 cm x 2 cm, partial thickness, at 00:30 on
[[28.11.2026|date]].
History (mother, through [[Imane|name]] interpreting, then by phone interpreter LanguageLine no. 51662): at about 00:15 the father
came to the flat and banged on the door. The mother opened it to stop the noise. The father pushed past and there was an
argument in the kitchen. [[Rayan|name]] came in and knocked a pan of hot mint tea from the worktop. The mother says it was an
accident. [[Imane|name]], asked alone by the nurse, said her father "threw his hand" and the tea went over. [[Ayoub|name]] said the
same. Father left before police arrived (CAD 0188/28NOV). Father is [[Youssef El Amrani|name]], mob [[07510 884 362|phone]].

Examination: well-demarcated scald, no splash pattern on the forearm, no other injuries. Sibling check: [[Ayoub|name]] has a
fading bruise at the left eye (known to children's services, CP plan from [[25/11/2026|date]]). Plan: dressing, review at
burns clinic ([[Orpington|place]]) on Monday [[30 November|date]]; Dr [[Obi|name]] spoke to the out of hours social worker, Mr
[[Devon Clarke|name]], at 03:10. The family went to the mother's friend [[Khadija Belhaj|name]] at [[41 Harrow Manorway|address]],
[[Abbey Wood|place]], for the night, with police agreement.

Referrer: [[Ciara Mulvey|name]], Band 6 ED nurse, [[020 8836 5129|phone]], [[ciara.mulvey@nhs.net|email]]
Staff involved (for the record): [[Ciara Mulvey|name]] (triage); [[Tomasz Wrona|name]] (ED); [[Emeka Obi|name]] (paeds registrar);
[[Grace Adebayo-Smith|name]] (paeds nurse who dressed the burn); [[Lukas Brandt|name]] (security, who called police at 00:52 when the
father returned to the ED entrance); PC [[Femi Olatunji|name]] and PC [[Sam Marchetti|name]] (Met, attended 01:05). Named nurse
for safeguarding children, [[Heather Pryce|name]], informed by email at 08:30 on [[28/11/2026|date]].
"""),
]

DOCS_C += [
    ("first core group meeting notes", """CORE GROUP MEETING - [[EL AMRANI|name]] children - Wednesday [[2 December 2026|date]],
16:00, [[Thamesmead Riverside Academy|school]]
(meeting room 2)
Present: [[Owen Prendergast|name]] (SW, chair); [[Naima Bennani|name]] (mum); [[Samira Ouazzani|name]] (interpreter);
[[Louise Tapping|name]]
(DSL, [[TRA|school]]); [[Colette Mayers|name]] (head, [[Lesnes Brook|school]]); [[Priti Valand|name]] (school nurse);
[[Aoife Brennan|name]]
(IDVA); [[Hafsa Idrissi|name]] (family support worker, [[Bexley|place]] Early Help); [[Imane|name]] (for item 1 only, her choice)
Apologies: DC [[Mark Hoang|name]] (update by email); Dr [[Kwame Asiedu|name]]

1. [[Imane|name]]'s views
[[Imane|name]] said home is "quiet now, a good quiet". She wants her mum to learn English at [[Bexley College|school]] in
[[Erith|place]] so "she can
phone people herself". She asked that her dad's family in [[Tetouan|place]] not be told the new address if they move. She would like
to keep going to the Saturday Arabic class in [[Woolwich|place]] with her friend [[Salma Bouzid|name]].

2. Updates
Police (by email): Mr [[El Amrani|name]] was arrested on [[29/11/2026|date]] for the scald to [[Rayan|name]] and the assault on
[[Ayoub|name]]; charged with two counts of ABH; remanded to HMP Thameside; next hearing at Woolwich Crown Court on [[11 January
2027|date]]. A non-molestation order was granted ex parte on [[1 December|date]].
Housing: the family are on the management transfer list; [[Khadija Belhaj|name]] has offered the family her spare room in
[[Abbey Wood|place]] for emergencies. Mr [[El Amrani|name]]'s sister, Mrs [[Latifa Chraibi|name]], came to [[Kale House|address]] on
Monday
asking for [[Naima|name]]; she was not let in.
School ([[TRA|school]]): [[Ayoub|name]] is "flat" and has asked to see the counsellor, Ms [[Gwen Abara|name]]. [[Imane|name]] is
fine. A boy in
[[Ayoub|name]]'s class, [[Lamar Osei|name]], said to him "your dad's in jail" - dealt with.
Primary ([[Lesnes Brook|school]]): [[Rayan|name]] back from [[30/11|date]]; dressing changed by the school nurse; he talks a lot about
"Baba's house" and asks when he will see him.
Health: burns clinic review at [[Orpington|place]] on [[30 November|date]] - healing well.

3. Actions
- [[Owen|name]]: referral to [[Bexley College|school]] ESOL for [[Naima|name]], with creche for [[Rayan|name]] - by [[9/12|date]]
- [[Hafsa|name]]: help [[Naima|name]] open a bank account and apply for Universal Credit as a single parent - by [[16 Dec|date]]
- [[Aoife|name]]: safety plan review with [[Naima|name]]; MARAC on [[8/12/2026|date]]
- [[Louise|name]] and [[Colette|name]]: tell [[Owen|name]] if anyone other than [[Naima|name]] or [[Khadija|name]] tries to collect
- [[Naima|name]]: ring her mother, Mrs [[Fatima Zahra Bennani|name]], in [[Tanger|place]] about coming for the court hearing - she has a
  visa appointment at [[Rabat|place]] on [[15.12.2026|date]]
Next core group: [[13 January 2027|date]], 16:00, same place.
"""),
]


# --- D. Loveday / Pocock family (white British), Popley, Basingstoke --------------------------------------------------

HOME_D = d.Address("9 Carpenters Down", "Popley", "Basingstoke", "RG24 9AE")
GRANDAD_D = d.Address("52 Oakridge Road", "Oakridge", "Basingstoke", "RG21 5RW")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Harley", "Loveday")], dt.date(2013, 5, 8), addresses=[HOME_D], ids=["3592273914", "Y850620398715"],
       schools=["The Vyne Community School"]),
    _p("s", "sibling", [("Mason", "Pocock")], dt.date(2018, 2, 19), addresses=[HOME_D], ids=["8423373738"]),
    _p("s2", "sibling", [("Daisy-Mae", "Pocock")], dt.date(2024, 10, 27), addresses=[HOME_D]),
    _p("m", "mother", [("Kayleigh", "Loveday")], dt.date(1995, 9, 14), addresses=[HOME_D], phones=["07412 906 551"],
       ids=["JL 33 82 15 A"]),
    _p("f", "father", [("Craig", "Pocock")], dt.date(1990, 4, 2), addresses=[HOME_D]),
    _p("g", "grandparent", [("Terry", "Loveday")], dt.date(1963, 7, 7), addresses=[GRANDAD_D], phones=["01256 473 915"]),
    _p("p1", "professional", [("Chloe", "Fairweather")], phones=["0300 123 5540"], emails=["chloe.fairweather@lodden.gov.uk"]),
], "c")

DOCS_D = [
    ("strategy discussion minutes (child criminal exploitation)", """LODDEN COUNCIL CHILDREN'S SERVICES - STRATEGY DISCUSSION (s47)
- MINUTES
Held: Monday [[9 November 2026|date]], 14:00-15:05, by Teams
Child: [[Harley Loveday|name]] (13), DOB [[08/05/2013|dob]], NHS [[359 227 3914|nhs]], UPN [[Y850620398715|upn]]
Siblings: [[Mason Pocock|name]] (8), [[Daisy-Mae Pocock|name]] (2)
Address: [[9 Carpenters Down|address]], [[Popley|place]], [[Basingstoke|place]] [[RG24 9AE|postcode]]

Attendees: [[Chloe Fairweather|name]] (SW, chair's notes); [[Graham Yeo|name]] (Team Manager, chair); DS [[Amanda Wickens|name]]
(Hampshire and IoW Constabulary, Exploitation Team); [[Jon Staniforth|name]] (DSL, [[The Vyne|school]]); [[Rachel Boulter|name]]
(school nurse); [[Tom Ogunleye|name]] (Youth Justice); [[Sarah-Jane Pettifer|name]] (health visitor, for [[Daisy-Mae|name]])

1. Information shared
Police: On Saturday [[7 November|date]] at 23:40 [[Harley|name]] was found by British Transport Police at [[Reading|place]] station with
£340 in cash, two phones and 14 wraps of crack cocaine in his sock. He was with [[Kyle Brennan-Hughes|name]] (17) of
[[South
Ham|place]]. He gave his name as "[[Harley Lovell|name]]". He was taken to the police station and his grandfather,
Mr [[Terry Loveday|name]], collected him at 03:10. [[Harley|name]] has been missing four times since [[1 September|date]]; return
home interviews were done by [[Becky Crowther|name]] (Catch22). The phones are linked to a line known as "[[Bizzy|name]]"
run from [[Slough|place]]. A silver Audi A3 [[YK17 HNU|vehicle]] has been seen picking him up outside the Co-op on
[[Popley Way|address]]
and at the [[Carpenters Down|address]] end of the estate; its registered keeper is [[Ashley Dorrington|name]] of [[Winnersh|place]].
School: Mr [[Staniforth|name]] said attendance has dropped to 61%; [[Harley|name]] was on a part-time timetable after an
exclusion in October. He is friends with [[Reece Tull|name]] and [[Cody Padwick|name]] (both Year 9), and was seen with
[[Kyle|name]] at the bus station in Festival Place. He has new trainers and a North Face coat.
Health: Ms [[Pettifer|name]] said [[Daisy-Mae|name]] is up to date with checks; the flat is cluttered, and Mum, Ms
[[Kayleigh Loveday|name]], is low in mood. [[Mason|name]]'s father and [[Daisy-Mae|name]]'s, Mr [[Craig Pocock|name]], is in HMP
Winchester
until March. Mum has been seeing a man called "[[Deano|name]]" whose surname is not known.
Youth Justice: Mr [[Ogunleye|name]] knows [[Harley|name]] from a community resolution in July with [[Reece|name]].

2. Decision
Threshold for s47 met (CCE). NRM referral to be made by [[Chloe|name]] by [[11/11/2026|date]]. Police to consider a Child
Abduction Warning Notice for [[Kyle Brennan-Hughes|name]] and [[Ashley Dorrington|name]]. Safety plan: [[Harley|name]] to stay at
Grandad's,
[[52 Oakridge Road|address]], [[Oakridge|place]], for a week (Mr [[Loveday|name]] agreed by phone, [[01256 473 915|phone]]).
MACE panel on [[19 November|date]].

Circulation: [[Graham Yeo|name]]; [[Chloe Fairweather|name]] ([[chloe.fairweather@lodden.gov.uk|email]]); DS [[Amanda Wickens|name]];
[[Jon Staniforth|name]] ([[j.staniforth@thevyne.hants.sch.uk|email]]); [[Rachel Boulter|name]]; [[Tom Ogunleye|name]]; [[Sarah-Jane
Pettifer|name]]. Not shared with the family: the names [[Kyle Brennan-Hughes|name]], [[Ashley Dorrington|name]] and "[[Bizzy|name]]".
"""),
    ("police exploitation screening form", """HAMPSHIRE AND ISLE OF WIGHT CONSTABULARY - CHILD EXPLOITATION SCREENING TOOL (CEST) -
OFFICIAL-SENSITIVE
Occurrence: 44260331907    Completed by: DS 2217 [[WICKENS, Amanda|name]]    Date: [[10-11-2026|date]]

SUBJECT
Surname: [[LOVEDAY|name]]       Forename(s): [[Harley James|name]]       Known as: "[[Harls|name]]", "[[Harley J|name]]"
DOB: [[08-05-2013|dob]]    Address: [[9 CARPENTERS DOWN|address]], [[POPLEY|place]], [[BASINGSTOKE|place]], [[RG24 9AE|postcode]]
School: [[VYNE COMMUNITY SCHOOL|school]]
Mother: [[LOVEDAY, Kayleigh Marie|name]], DOB [[14-09-1995|dob]], NI [[JL 33 82 15 A|ni]], tel [[07412 906 551|phone]]

ASSOCIATES (nominals)
1. [[BRENNAN-HUGHES, Kyle|name]] - DOB [[03-01-2009|dob]] - [[14 Hatch Warren Lane|address]], [[Hatch Warren|place]] - PNC: possession
   with intent (2025)
2. [[DORRINGTON, Ashley Scott|name]] - DOB [[22-06-1999|dob]] - [[Flat 3, 8 Reading Road|address]], [[Winnersh|place]],
   [[RG41 5HG|postcode]] - vehicle [[YK17 HNU|vehicle]] (Audi A3, silver); also seen in [[GN21 PXO|vehicle]] (Ford Fiesta, black)
3. "[[Bizzy|name]]" - believed [[MCKENZIE, Tyrell|name]], [[Slough|place]] - line holder
4. [[TULL, Reece|name]] - DOB [[30-10-2012|dob]] - [[Popley|place]] - peer
5. "[[Deano|name]]" - adult male, mother's boyfriend, surname unknown, drives a white van

LOCATIONS
[[Reading|place]] station; the Co-op, [[Popley Way|address]]; the skate park at [[Eastrop|place]]; a flat at
[[Buckland Avenue|address]],
[[Basingstoke|place]] (trap house? per [[Reece|name]]); [[Oakridge|place]] (grandfather's home); [[Aldershot|place]]

INDICATORS (Y/N): missing episodes Y (4); unexplained money/items Y; older associates Y; travel out of area Y ([[Reading|place]],
[[Slough|place]], [[Andover|place]]); drugs found Y; injuries N; phone with multiple contacts Y; school exclusion Y
OVERALL RISK: HIGH. Referred to MACE and to Lodden Children's Services (SW [[Chloe Fairweather|name]]).
"""),
]

DOCS_D += [
    ("health visitor's contact record for a toddler, with the mother's texts pasted in", """HAMPSHIRE 0-19 PUBLIC HEALTH NURSING -
CONTACT RECORD (SystmOne print)
Patient: [[POCOCK, Daisy-Mae|name]]    DOB [[27 Oct 2024|dob]]    NHS not on screen    Caseload: [[Popley|place]] & [[Chineham|place]]
Carer: [[Kayleigh Loveday|name]] (mother)    Other household: [[Harley|name]] (13), [[Mason|name]] (8)

[[18 Nov 2026|date]] 10:15 - Home visit (targeted, 2-year review brought forward) - [[Sarah-Jane Pettifer|name]], HV
[[Daisy-Mae|name]] seen awake and active; walking well, 10+ words ("[[Harl|name]]", "[[Mase|name]]", "Nanna", "dog"). Weight 11.9 kg
(50th). Nappy
rash, treated. Two front teeth with decay - not registered with a dentist; gave the list for Basing View and the practice
on [[Winklebury Way|address]]. Home: cluttered, dishes, dog mess in the garden; smoke alarm working. Mum tearful; PHQ-9 = 16.
She said [[Harley|name]] is at his grandad's "because of the police thing" and she misses him. She has not heard from [[Craig|name]]
since he went to HMP Winchester in May. Her friend [[Jodie Fenwick|name]] from [[Brighton Hill|place]] helps with
[[Daisy-Mae|name]] on Tuesdays. Mum asked who "the [[Deano|name]] bloke" is that the social worker asked about - she said he is
[[Dean Ashworth|name]], "a mate of [[Jodie|name]]'s ex", and that he stopped coming round after the police came.

Texts Mum showed me (her phone, from "Dad" = [[Terry Loveday|name]]), copied with consent:
  [[16/11|date]] 19:02 Dad: [[harley|name]] ok here. ate 2 plates of spag bol. hes in bed now
  [[16/11|date]] 19:05 Me: thanks dad. did he say anything about [[kyle|name]]
  [[16/11|date]] 19:10 Dad: no. he wants to see [[mason|name]] and [[daisy|name]] tmrw. ill drop him at 4
  [[17/11|date]] 08:30 Dad: his phone went off all night [[kay|name]]. i took it off him. a number starting 0779 kept ringing
  [[17/11|date]] 08:41 Me: give it to [[chloe|name]]. shes coming at 11

Plan: GP for Mum (low mood) - Dr [[Nwachukwu|name]] at [[Chineham|place]];
Talking Therapies self-referral leaflet; dental list; review [[2 December 2026|date]]. Informed [[Chloe Fairweather|name]] (SW) by
email at 12:20.
"""),
]

DOCS_D += [
    ("multi-agency child exploitation (MACE) panel minutes", """NORTH HAMPSHIRE MACE PANEL - MINUTES (extract: one young person) -
Thursday [[19/11/2026|date]], 09:30, [[Basingstoke|place]]
Civic Offices and Teams
Chair: Supt [[Nicola Rennard|name]]    Minutes: [[Wendy Ashcroft|name]]
Attending for this item: DS [[Amanda Wickens|name]]; [[Graham Yeo|name]] and [[Chloe Fairweather|name]] (Lodden CSC);
[[Jon Staniforth|name]]
([[The Vyne|school]]); [[Tom Ogunleye|name]] (YJS); [[Becky Crowther|name]] (Catch22 missing service); [[Marcus Okafor|name]] (Safer
Basingstoke Partnership); PC [[Liam Doughty|name]] (British Transport Police, [[Reading|place]]); [[Jas Bains|name]] (Community
Safety, [[Slough|place]] - for the line "[[Bizzy|name]]")

Young person: HL - [[Harley Loveday|name]], 13, [[Popley|place]]

Update since the strategy meeting of [[9 Nov|date]]: NRM referral submitted on [[10/11/2026|date]] by [[Chloe|name]]; reasonable
grounds decision
received [[17/11/2026|date]]. [[Harley|name]] stayed at his grandfather's in [[Oakridge|place]] from [[9th|date]] to
[[16th November|date]] and
went home to Mum on the [[16th|date]]. He has had no missing episodes since. He is now on a full timetable at [[The Vyne|school]]
with a mentor, Mr [[Kofi Mensah|name]]. He started boxing at the club in [[Brighton Hill|place]] on Tuesdays with
[[Reece Tull|name]], who is
also being worked with by [[Tom|name]].
Police: Child Abduction Warning Notices served on [[Kyle Brennan-Hughes|name]] ([[12/11|date]]) and [[Ashley Dorrington|name]]
([[13/11|date]]).
[[Dorrington|name]]'s Audi ([[YK17 HNU|vehicle]]) was stopped on the A33 near [[Chineham|place]] on [[15 Nov|date]]; two phones
seized. PC
[[Doughty|name]] said the line "[[Bizzy|name]]" is now run by [[Tyrell McKenzie|name]]'s cousin, [[Jaden McKenzie|name]], from
[[Langley|place]];
[[Jas|name]] confirmed and will share intelligence with Thames Valley.
Family: Mum, [[Kayleigh|name]], is engaging; HV [[Sarah-Jane Pettifer|name]] has referred her to Talking Therapies. [[Mason|name]]
is "clingy" at
school ([[Merton Juniors|school]] - DSL [[Ruth Gillam|name]] has been told). [[Deano|name]] ([[Dean Ashworth|name]]) has no police
record of
note.
Disruption: [[Marcus|name]] will ask the Co-op at [[Popley Way|address]] for CCTV and share the [[YK17 HNU|vehicle]] plate with staff.
Actions: [[Chloe|name]] - child protection conference [[3 December|date]]; [[Becky|name]] - weekly sessions; DS [[Wickens|name]] -
county
lines disruption with [[Slough|place]]; all - report any sighting of [[Kyle|name]] or [[Ashley|name]] with [[Harley|name]].
Risk: HIGH reducing to MEDIUM. Review: [[17 December 2026|date]].
"""),
]


# --- E. Hollis / Baptiste family (a care leaver and her baby; white British and Black British Caribbean), St Helier, -----
# --- Carshalton (Sutton) -------------------------------------------------------------------------------------------------

HOME_E = d.Address("Flat 4, 118 Middleton Road", "St Helier", "Carshalton", "SM5 1SD")
CARER_E = d.Address("23 Stanley Park Road", "", "Wallington", "SM6 0EU")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ezra", "Hollis-Baptiste")], dt.date(2026, 7, 4), addresses=[HOME_E], ids=["9292734857"]),
    _p("m", "mother", [("Jade", "Hollis")], dt.date(2007, 1, 22), addresses=[HOME_E], phones=["07957 640 128"],
       ids=["1340487594", "NH 48 20 73 D"]),
    _p("f", "father", [("Tyrone", "Baptiste")], dt.date(2005, 3, 16), addresses=[HOME_E], phones=["07342 771 096"]),
    _p("fc", "former foster carer", [("Maureen", "Pike")], addresses=[CARER_E], phones=["020 8644 3307"]),
    _p("p1", "professional", [("Femi", "Adeyemi-Clarke")], emails=["femi.adeyemi-clarke@wandledowns.gov.uk"]),
], "c")

DOCS_E = [
    ("leaving care personal adviser's case notes", """WANDLE DOWNS COUNCIL - LEAVING CARE SERVICE - CASE NOTES (young person:
[[Jade Hollis|name]], DOB [[22.01.2007|dob]])
Personal adviser: [[Femi Adeyemi-Clarke|name]]    Pathway plan review due: [[15/01/2027|date]]

[[02/10/2026|date]] - Phone call, 11:20. [[Jade|name]] rang crying. [[Ezra|name]] (12 weeks) has had "a bad cold for days".
[[Tyrone|name]] is
staying at his mum's in [[Mitcham|place]] "since the argument". Suggested she ring the GP at Wrythe Green Surgery; she said she has
no credit. I sent £10 top-up (receipt on file) and texted her the surgery number.

[[05/10/2026|date]] - Home visit to [[Flat 4, 118 Middleton Road|address]], [[St Helier|place]], [[SM5 1SD|postcode]], 14:00. Seen:
[[Jade|name]],
[[Ezra|name]], and [[Jade|name]]'s former foster carer, Mrs [[Maureen Pike|name]], who had come over from [[Wallington|place]] on
the 154 bus.
Flat cold (heating on credit; £2.40 left on the meter). [[Ezra|name]] settled in Mrs [[Pike|name]]'s arms. [[Jade|name]] said
[[Tyrone|name]] "grabbed the pram" when she wanted to go to her friend [[Shannon Eke|name]]'s in [[Rosehill|place]] and pushed her
into the door frame; bruise on her right upper arm seen. She does not want police. Safety planning done; told her about
[[Sutton|place]]'s domestic abuse one-stop shop. Informed [[Kirsty Holroyd|name]], the social worker for [[Ezra|name]] (CIN), the
same day.

[[12/10/2026|date]] - Text exchange (copied from the work phone)
  Me: Hi [[Jade|name]], it's [[Femi|name]]. Did you get to the GP? How is [[Ezra|name]]?
  [[Jade|name]]: hiya yeh dr [[okafor|name]] said its a virus. [[ezra|name]] is better. [[tyrone|name]] come back tho
  Me: Are you OK with him being back? Is he staying?
  [[Jade|name]]: dunno. his mum [[cheryl|name]] said he can come back to her when he wants. [[maureen|name]] says i should tell u
everything
  [[Jade|name]]: he was nice today. bought nappies from the big tesco
  Me: Thanks for telling me. I'll pop round Thursday with [[Kirsty|name]]. Ring 999 if you're scared.

[[15/10/2026|date]] - Joint visit with [[Kirsty Holroyd|name]] (SW). [[Tyrone Baptiste|name]] present (DOB [[16/03/2005|dob]]). He said
he "never touched" [[Jade|name]] and that [[Maureen|name]] "doesn't like black boys". [[Maureen|name]] was not there. He said he works
for his uncle, [[Desmond Baptiste|name]], fitting kitchens in [[Croydon|place]] and [[Purley|place]], cash in hand. [[Ezra|name]]
was in his
cot; no marks. [[Tyrone|name]] agreed to a referral to the Caring Dads programme. [[Jade|name]] asked for a flat "near [[Mo|name]]"
- Mrs
[[Pike|name]] - in [[Wallington|place]] or [[Hackbridge|place]].

[[29/10/2026|date]] - Housing panel: [[Jade|name]] accepted for a transfer; offered [[Flat 2, Kingsway Court|address]],
[[Beddington|place]]. She
wants to view with [[Maureen|name]] on [[3/11|date]].

[[03/11/2026|date]] - Viewing at [[Kingsway Court|address]] with [[Jade|name]], [[Maureen|name]] and [[Ezra|name]]. The housing
officer, [[Paul
Stebbing|name]], showed us round. [[Jade|name]] liked it ("it's got a bath, [[Mo|name]]!"). Neighbours met on the landing: an older
man, Mr [[Wilfred Ansah|name]], at [[Flat 3|address]], and a young mum, [[Courtney|name]], at [[Flat 1|address]], with a boy of about 4,
[[Tyler|name]]. [[Jade|name]] signed for the keys to start on [[7/12/2026|date]]. [[Tyrone|name]] rang her twice during the viewing; she
did not answer. She asked me to let [[Kirsty|name]] know that his cousin [[Jermaine Baptiste|name]] had messaged her on Instagram
asking where she is moving. Passed on to [[Kirsty Holroyd|name]] at 15:10; [[Kirsty|name]] will tell PC [[Nadia Rahimi|name]]
([[Sutton|place]]
safer neighbourhood team) and the IDVA, [[Lorna Fitzsimons|name]].
"""),
    ("a mother's Instagram messages with a friend, exported", """Instagram - Your messages - conversation with shan.eke.x
(downloaded by [[Jade Hollis|name]] on [[20 November 2026|date]] and given to her personal adviser with her consent)

shan.eke.x  [[8 Nov 2026|date]], 21:14
  girl are u ok. [[ty|name]] posted a story at ur flat with a bottle
jadeyh_07  [[8 Nov 2026|date]], 21:20
  hes drunk. hes shouting at [[ez|name]] for crying. im in the bathroom
shan.eke.x  [[8 Nov 2026|date]], 21:20
  ring the police [[jade|name]]. or i will. is he at [[118|address]]
jadeyh_07  [[8 Nov 2026|date]], 21:22
  yes. dont call. [[mo|name]] is coming. she got a cab
shan.eke.x  [[8 Nov 2026|date]], 21:40
  update???
jadeyh_07  [[8 Nov 2026|date]], 21:58
  [[maureen|name]] came and he left. he said hes going to his cousin [[jermaine|name]]s in [[thornton heath|place]]. [[ez|name]] is
asleep with me
shan.eke.x  [[9 Nov 2026|date]], 09:03
  u need to tell [[femi|name]] and [[kirsty|name]]. serious
jadeyh_07  [[9 Nov 2026|date]], 09:30
  i know. if i tell them they take [[ezra|name]]. they took me off my mum at 9
shan.eke.x  [[9 Nov 2026|date]], 09:31
  ur not ur mum. ur nothing like [[donna|name]]. i will come with u
jadeyh_07  [[9 Nov 2026|date]], 12:45
  told them. [[kirsty|name]] said they wont take him just bc i told them. she said its good i told
shan.eke.x  [[9 Nov 2026|date]], 12:46
  🙌 proud of u. come mine later. my mum is doing jollof. [[ezra|name]] can sleep in [[amara|name]]s old cot
"""),
]
DOCS_E += [
    ("family group conference plan", """WANDLE DOWNS FAMILY GROUP CONFERENCE SERVICE - FAMILY PLAN
For: [[Ezra Hollis-Baptiste|name]] (born [[4 July 2026|dob]])      Conference held: Saturday [[21 November 2026|date]], 11:00-15:30,
at the community room, [[Middleton
Circle|address]], [[St Helier|place]]
Coordinator: [[Bernadette Quigley|name]]    Referrer: [[Kirsty Holroyd|name]] (SW)    Private family time: 12:40-14:50

WHO CAME
[[Jade Hollis|name]] (mum), [[Tyrone Baptiste|name]] (dad, for the morning; then left by agreement), [[Maureen Pike|name]]
("[[Mo|name]]",
[[Jade|name]]'s foster carer from age 9 to 18), [[Graham Pike|name]] ([[Maureen|name]]'s husband), [[Cheryl Baptiste|name]]
([[Tyrone|name]]'s
mum, from [[Mitcham|place]]), [[Desmond Baptiste|name]] ([[Tyrone|name]]'s uncle, from [[Thornton Heath|place]]),
[[Shannon Eke|name]] ([[Jade|name]]'s
best friend) and her mum [[Ngozi Eke|name]], [[Leanne Hollis|name]] ([[Jade|name]]'s older sister, from [[Sutton|place]]). By phone:
[[Donna Hollis|name]] ([[Jade|name]]'s birth mother, from [[Crawley|place]]; 20 minutes, at [[Jade|name]]'s wish).
Professionals (information giving only): [[Kirsty Holroyd|name]] (SW), [[Femi Adeyemi-Clarke|name]] (PA), [[Gail Thorogood|name]]
(health
visitor), [[Ruth Mensah-Boateng|name]] (Caring Dads facilitator).

WHAT WE ARE WORRIED ABOUT (from [[Kirsty|name]])
[[Ezra|name]] is a baby and depends on grown-ups to keep him safe. There have been three times since October when [[Tyrone|name]]
hurt or frightened [[Jade|name]] while [[Ezra|name]] was there, the last on [[8 November|date]], when he had been drinking.

OUR PLAN
1. [[Jade|name]] and [[Ezra|name]] will move to the new flat in [[Beddington|place]] on [[7 December|date]]. [[Graham|name]] and
[[Desmond|name]] will move
   the furniture in [[Desmond|name]]'s van ([[LD68 KFE|vehicle]]).
2. [[Tyrone|name]] will not stay overnight. He will see [[Ezra|name]] at his mum [[Cheryl|name]]'s in [[Mitcham|place]], on
Wednesdays and
   Sundays, 2-5pm, with [[Cheryl|name]] there. [[Cheryl|name]] will collect and return [[Ezra|name]] by taxi.
3. If [[Tyrone|name]] has been drinking, [[Cheryl|name]] will cancel and text [[Jade|name]] and [[Maureen|name]].
4. [[Maureen|name]] will come on Mondays and Fridays and is the first person [[Jade|name]] will ring ([[020 8644 3307|phone]]).
   [[Shannon|name]] and [[Ngozi|name]] are second ([[Ngozi|name]]'s number is in [[Jade|name]]'s phone as "Auntie [[Ngozi|name]]").
5. [[Leanne|name]] will take [[Jade|name]] to the Tuesday baby group at the Phoenix Centre in [[Roundshaw|place]].
6. [[Tyrone|name]] will finish Caring Dads with [[Ruth|name]] (Thursdays, from [[10/12/2026|date]]).
7. [[Desmond|name]] will give [[Tyrone|name]] regular work and pay him by bank, not cash.
8. The family will meet again with [[Bernadette|name]] on [[20 February 2027|date]].

What [[Jade|name]] said at the end: "I never had a family meeting when I was little. [[Mo|name]] was my family meeting."
Signed for the family: [[J Hollis|name]], [[M Pike|name]], [[C Baptiste|name]]. Copies to all who came, and to [[Donna|name]] by post.

Contact list agreed at the conference (kept by [[Jade|name]] on the fridge and by [[Bernadette|name]]):
  [[Maureen Pike|name]] ("[[Mo|name]]") - [[020 8644 3307|phone]] - [[23 Stanley Park Road|address]], [[Wallington|place]]
[[SM6 0EU|postcode]]
  [[Cheryl Baptiste|name]] - [[07459 318 226|phone]] - [[Mitcham|place]]
  [[Shannon Eke|name]] / [[Ngozi Eke|name]] - [[07931 574 802|phone]] - [[Rosehill|place]]
  [[Leanne Hollis|name]] - [[07404 662 119|phone]] - [[Sutton|place]]
  [[Femi Adeyemi-Clarke|name]] (PA) - [[femi.adeyemi-clarke@wandledowns.gov.uk|email]]
  [[Kirsty Holroyd|name]] (SW) - [[kirsty.holroyd@wandledowns.gov.uk|email]]
"""),
]

DOCS_E += [
    ("health visitor's new birth visit and the baby's red book entries", """SUTTON HEALTH AND CARE - 0-19 SERVICE - NEW BIRTH VISIT
(day 12) - record typed from the visit notes
Baby: [[HOLLIS-BAPTISTE, Ezra Tyrone|name]]    Born: [[04/07/2026|dob]] 03:12 at St Helier Hospital, 3.21 kg, normal delivery
NHS no.: [[929 273 4857|nhs]]    Visit date: [[16 July 2026|date]]    HV: [[Gail Thorogood|name]]
Mother: [[HOLLIS, Jade|name]], 19, NHS [[134 048 7594|nhs]], care leaver (PA [[Femi Adeyemi-Clarke|name]]), mob [[07957 640 128|phone]]
Father: [[BAPTISTE, Tyrone|name]], 21, mob [[07342 771 096|phone]] - present for part of the visit
Also present: Mrs [[Maureen Pike|name]] (former foster carer, "Nana [[Mo|name]]")

Feeding: breast and formula (mixed). Weight 3.30 kg (above birth weight). Cord off. Jaundice settled. Sleeping in a Moses basket
beside the bed; safe sleep talked through, including not sleeping on the sofa with him after a drink - [[Tyrone|name]] laughed and
said "I don't drink when I've got him".
Red book (PCHR) - entries copied:
  Page 1: Baby's name: [[Ezra Tyrone Hollis-Baptiste|name]]. Parents: [[Jade Hollis|name]], [[Tyrone Baptiste|name]]. GP: Dr
[[A Okafor|name]],
          Wrythe Green Surgery. Named HV: [[Gail|name]] - [[020 8770 6412|phone]].
  Page 4 (written by Mum): "[[Ezra|name]] after my grandad [[Ezra|name]] who died when I was 6. [[Tyrone|name]] after his dad"
  Page 9 (midwife, [[10/07/26|date]]): "Day 6 check, baby EHB, all well. Discharged to HV. - [[K Afolabi|name]], RM"
EPDS (mother): 11 - repeat at 6 weeks. Mum said she "never saw a red book of my own". Her own birth mother, [[Donna Hollis|name]],
lives in [[Crawley|place]]; [[Jade|name]] has not told her about the baby. [[Jade|name]]'s sister [[Leanne|name]] visits from
[[Sutton|place]].
Home: [[Flat 4|address]], [[118 Middleton Road|address]] - clean, cold, no carpet in the bedroom; damp in the bathroom. Referred to
the housing officer, [[Paul Stebbing|name]]. Routine enquiry (DA) not asked - father present. To ask at the 6-8 week visit,
alone. Next contact: [[12/08/2026|date]] at Green Wrythe clinic.
"""),
]


# --- F. Woodward / Marsh family (white British, kinship care), Southcourt, Aylesbury -------------------------------------

HOME_F = d.Address("31 Penn Road", "Southcourt", "Aylesbury", "HP21 8HN")
MUM_F = d.Address("Room 7, 2 Walton Street", "", "Aylesbury", "HP20 1TR")
DAD_F = d.Address("19 Bradwell Common Boulevard", "Bradwell Common", "Milton Keynes", "MK13 8EB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Marsh")], dt.date(2014, 3, 3), addresses=[HOME_F], ids=["6806229999", "B825892047809"],
       schools=["Aylesbury Vale Academy"]),
    _p("s", "sibling", [("Alfie", "Marsh")], dt.date(2020, 6, 11), addresses=[HOME_F], ids=["9305225683"],
       schools=["Haydon Mill Combined School"]),
    _p("m", "mother", [("Chantelle", "Woodward")], dt.date(1993, 8, 29), addresses=[MUM_F], phones=["07840 219 653"]),
    _p("f", "father", [("Ryan", "Marsh")], dt.date(1989, 12, 12), addresses=[DAD_F], phones=["07534 662 018"]),
    _p("g", "grandparent", [("Carol", "Woodward")], dt.date(1964, 4, 19), addresses=[HOME_F], phones=["01296 423 618"],
       ids=["WC 70 41 96 B"]),
    _p("g2", "grandparent", [("Barry", "Woodward")], dt.date(1961, 9, 2), addresses=[HOME_F]),
    _p("p1", "professional", [("Priya", "Chandarana")], emails=["priya.chandarana@chilternvale.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship assessment extract (kinship carers)", """CHILTERN VALE COUNCIL - KINSHIP AND FOSTERING SERVICE
SPECIAL GUARDIANSHIP ASSESSMENT (Schedule to the SG Regulations 2005) - EXTRACT: sections A, C and F

Applicants: Mrs [[Carol Ann Woodward|name]] (DOB [[19/04/1964|dob]], NI [[WC 70 41 96 B|ni]]) and Mr [[Barry John Woodward|name]]
(DOB [[02/09/1961|dob]]), maternal grandparents, of [[31 Penn Road|address]], [[Southcourt|place]], [[Aylesbury|place]],
[[HP21 8HN|postcode]]
Children: [[Tegan Marsh|name]] (DOB [[03/03/2014|dob]], NHS [[680 622 9999|nhs]]) and [[Alfie Marsh|name]] (DOB [[11/06/2020|dob]],
NHS [[930 522 5683|nhs]])
Assessing social worker: [[Priya Chandarana|name]]    Supervising manager: [[Steve Bunce|name]]
Court: care proceedings, case no. ZW26C00418, Family Court sitting at Milton Keynes; IRH [[14 January 2027|date]]

A. The children's history
[[Tegan|name]] and [[Alfie|name]] lived with their mother, Ms [[Chantelle Woodward|name]], in [[Quarrendon|place]] until
[[12 May 2026|date]],
when [[Alfie|name]] (then 5) was found by a dog walker on the towpath of the canal near [[Broughton|place]] at 07:10, alone, in his
pyjamas. Ms [[Woodward|name]] was found asleep at home with drug paraphernalia (heroin). [[Tegan|name]] had gone to school at
[[Aylesbury Vale Academy|school]] and said she "thought Mum would take [[Alfie|name]]". Both children went that day to their
grandparents
under an interim care order. Their father, Mr [[Ryan Marsh|name]], lives in [[Milton Keynes|place]] with his partner, [[Kerry-Ann
Stebbings|name]], and their two children; he has seen [[Tegan|name]] and [[Alfie|name]] at his mother [[Pauline Marsh|name]]'s in
[[Bletchley|place]] about once a month. He supports the grandparents' application.

C. The applicants
Mrs [[Woodward|name]] (62) is a retired dinner lady at [[Haydon Mill Combined School|school]], where [[Alfie|name]] is now in Year 2
(the
children call it "[[Haydon|school]]"). Mr [[Woodward|name]] (65) drove for Arla at the dairy at [[Aston Clinton|place]] for 28 years and
has type 2 diabetes and a stent (letter from Dr [[Paul Buckingham|name]], cardiologist at Stoke Mandeville, seen). They have
three adult children: [[Chantelle|name]] (33); [[Dean Woodward|name]] (38), a plumber in [[Tring|place]], married to [[Sophie|name]],
with two boys; and [[Lisa Wendover|name]] (née [[Woodward|name]], 36), a teaching assistant in [[Wendover|place]] who is married to
[[Craig Wendover|name]]. [[Lisa|name]] and [[Craig|name]] are the back-up carers and have had the children for respite at their home in
[[Wendover|place]] on three weekends. Mrs [[Woodward|name]]'s sister, [[Jean Holloway|name]], in [[Wing|place]], is a further support.
Checks: DBS (enhanced) clear for both applicants and for Mr and Mrs [[Wendover|name]]; local authority checks: a 2003 referral about
[[Chantelle|name]] (then 10) and a cigarette burn, closed with no further action; police: nil.

F. The children's views
[[Tegan|name]] (12): "Nan and Grandad's is home now. I want to see Mum when she's clean, and Dad at Nanny [[Pauline|name]]'s. Don't move
us. I like my room and [[Aylesbury|place]] and my friends [[Evie|name]] and [[Grace Oduya|name]]." [[Alfie|name]] (6) drew the house on
[[Penn Road|address]] with "Grandad's shed" and a trampoline, and said "I want to live here for one hundred years".

G. Chronology (short form; the full chronology is in the court bundle)
[[03.03.2014|dob]] - [[Tegan|name]] born at Stoke Mandeville; mother [[Chantelle|name]] (20), father [[Ryan|name]] (24).
([[Priya|name]]: the dates that follow were checked with Mrs [[Woodward|name]] on [[6/11/26|date]].)
[[29/08/2016|date]] - police called to the flat at [[Elmhurst|place]] (argument between [[Chantelle|name]] and [[Ryan|name]]); no
further action.
[[11/06/2020|date]] - [[Alfie|name]] born.
Jan 2021 - parents separate; [[Ryan|name]] moves to [[Milton Keynes|place]] with [[Kerry-Ann Stebbings|name]].
[[2023-09-18|date]] - [[Chantelle|name]] starts using heroin (her account) with a new partner, [[Jason Quill|name]], of
[[Bedgrove|place]].
[[12.05.2026|date]] - [[Alfie|name]] found on the towpath; children to [[Carol|name]] and [[Barry|name]] the same day.
[[15 May 2026|date]] - ICO made; [[Jason Quill|name]] arrested for supply ([[Aylesbury|place]]); no contact since.
Tuesday [[1st December 2026|date]] - [[Chantelle|name]] 41 days clean (contact record, [[28/11|date]]).
"""),
    ("supervised contact record", """CHILTERN VALE COUNCIL - FAMILY TIME (CONTACT) SERVICE - SUPERVISED CONTACT RECORD
Children: [[Tegan Marsh|name]], [[Alfie Marsh|name]]     Parent: [[Chantelle Woodward|name]] (mother)
Venue: Family Time Centre, [[Cambridge Street|address]], [[Aylesbury|place]]     Date: Sat [[28th November 2026|date]], 10:00-11:30
Supervisor: [[Lorraine Mwangi|name]]    Transport: children brought by Grandad ([[Barry Woodward|name]]), red Skoda Octavia
[[KX16 BVO|vehicle]]

09:55 Mum arrived on time, on foot from [[Walton Street|address]]. Clean and tidy, brought a bag of Haribo and a football. Said
she had her script from the pharmacy on [[Kingsbury|address]] at 09:15 and had "not used for 41 days". Saliva test offered
as agreed; negative at 09:58.
10:02 [[Alfie|name]] ran to Mum and jumped into her arms. [[Tegan|name]] held back, said "hi" and sat on her phone. Mum asked
[[Tegan|name]] about her school play at [[AVA|school]]. [[Tegan|name]] said "it's not a play it's a show" and she is a backing dancer.
10:15 Football in the garden with [[Alfie|name]]. Mum asked [[Alfie|name]] who his best friend is. He said "[[Oscar|name]] and [[Freddie
Bliss|name]] and Mrs [[Wendover|name]]" (Mrs [[Lucy
Wendover|name]] is his class teacher at [[Haydon|school]], no relation to his aunt [[Lisa|name]]).
10:40 Mum cried when [[Tegan|name]] said she wants to stay at Nan's "forever". Mum said "that's fine, [[Teg|name]], I just want to see
you". [[Tegan|name]] came and hugged her. They looked at photos on Mum's phone of [[Tegan|name]] as a baby in the flat at
[[Elmhurst|place]], and of Nanny [[Pauline|name]] and Grandad [[Mick|name]] at Whipsnade.
11:00 Mum asked if [[Ryan|name]] has seen the children. [[Tegan|name]] said yes, at Nanny [[Pauline|name]]'s in [[Bletchley|place]],
and that
[[Kerry-Ann|name]] "is alright". Mum went quiet.
11:20 Goodbyes. Mum said she is moving to a flat in [[Haddenham|place]] in the new year, near her sponsor [[Bev|name]], and
asked for contact to go to fortnightly. [[Alfie|name]] gave her his drawing.
Summary: warm, child-focused contact; mother sober; no concerns. Next: Sat [[12/12/26|date]].
Supervisor: [[L Mwangi|name]]     Read and agreed by: [[Priya Chandarana|name]] (SW) on [[30/11/2026|date]]
Note added by the SW: Mum's sponsor "[[Bev|name]]" is [[Beverley Antrobus|name]] of [[Haddenham|place]]; checks to be done before any
contact happens at her home. [[Tegan|name]] later told her Nan, Mrs [[Carol Woodward|name]], that Mum "smelled of Mum again, not of the
other smell". Grandad [[Barry|name]] asked for the next contact to be moved to Saturday [[12 December|date]] at 11:00 because of
[[Alfie|name]]'s football (Southcourt Saints under-7s, coach [[Darren Ellery|name]]); agreed with [[Lorraine|name]].
"""),
]

DOCS_F += [
    ("email chain between a father, a school and the social worker", """From: [[Priya Chandarana|name]]
<[[priya.chandarana@chilternvale.gov.uk|email]]>
Sent: [[2026-12-01|date]] 16:48
To: [[ryanmarsh89@outlook.com|email]]
Cc: [[Lucy Wendover|name]] <[[l.wendover@haydonmill.bucks.sch.uk|email]]>; [[Steve Bunce|name]]
Subject: RE: RE: [[Alfie|name]] - nativity and Christmas

Dear [[Ryan|name]],

Thank you for your email. Yes, you can go to the nativity at [[Haydon Mill|school]] on Thursday [[17 December|date]] at 2pm; I have
checked with [[Chantelle|name]], who will go to the Wednesday performance instead, and with [[Carol|name]] and [[Barry|name]]. Please
don't bring [[Kerry-Ann|name]] or the little ones this time, as we agreed. On Christmas: the plan is Christmas Day at
[[Penn Road|address]],
and Boxing Day with you at your mum's in [[Bletchley|place]], 11 till 5, with [[Barry|name]] doing the driving both ways.

Kind regards
[[Priya|name]]
[[Priya Chandarana|name]] | Senior Social Worker, Kinship Team | Chiltern Vale Council | [[Walton Street|address]] offices,
[[Aylesbury|place]]
Mobile [[07957 221 804|phone]]
Working days Mon-Thu

-----Original Message-----
From: [[Ryan Marsh|name]] <[[ryanmarsh89@outlook.com|email]]>
Sent: Monday, [[November 30, 2026|date]] 21:07
To: [[Chandarana, Priya|name]] <[[priya.chandarana@chilternvale.gov.uk|email]]>
Subject: RE: [[Alfie|name]] - nativity and Christmas

hi [[priya|name]]

[[alfie|name]] says hes a shepherd in the play!! can i come. also can me and [[kerry-ann|name]] have them boxing day. my mum says
she will do dinner. [[tegan|name]] wants to see her little sister [[lacey|name]] she hasnt seen her since her birthday on the
[[3rd|date]]

cheers
[[Ryan|name]]
Sent from my iPhone

-----Original Message-----
From: [[Wendover, Lucy|name]] <[[l.wendover@haydonmill.bucks.sch.uk|email]]>
Sent: [[27 November 2026|date]] 12:31
To: [[Chandarana, Priya|name]]
Subject: [[Alfie|name]] - nativity and Christmas

Hi [[Priya|name]],
Just to let you know [[Alfie|name]] has been chosen as Shepherd 2 in the Year 2 nativity (Wed [[16th|date]] and Thurs [[17th
Dec|date]], 2pm, school hall). He is SO proud. Gran ([[Carol|name]]) is coming Wednesday. Could you let me know which parent, if either,
may come on which day, so the office (Mrs [[Dawn Pickles|name]]) can hold tickets? I have also noticed he has been tired on Mondays
after weekends at [[Bletchley|place]] - nothing worrying, just flagging.

Many thanks
[[Lucy Wendover|name]]
Year 2 teacher and Deputy DSL | [[Haydon Mill Combined School|school]] | [[Haydon Hill|address]], [[Aylesbury|place]]
[[HP19 9NS|postcode]]
[[01296 420 771|phone]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 24 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 22:04 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "ps", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
           "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "aba", "mor", "abaji", "mama", "baba", "mi",
           "khala", "khali", "khalti", "tio", "tia", "haji", "maulana", "supt", "lala", "adey", "tror", "kaka", "madam", "sir"}
_AFTER = {"mama", "jaan", "jan", "benti", "bhai", "baji", "apa", "ji", "lala", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "greater london",
               "hampshire", "oxfordshire", "buckinghamshire", "bucks", "surrey", "kent", "middlesex", "berkshire",
               "the south east", "south east", "north hampshire", "thames valley", "pakistan", "khyber pakhtunkhwa", "kpk",
               "afghanistan", "morocco", "spain",
               "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mi Zahra",
# "khali Hicham", "tio Mustapha", "Aba", "PS Danielle Kerr"; and after one: "malo jaan", "imane benti") and counties,
# regions and countries ("Khyber Pakhtunkhwa", "Morocco", "Hampshire", "Buckinghamshire", "Oxfordshire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
