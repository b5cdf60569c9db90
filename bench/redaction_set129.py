"""Set 129: a held-out hand-written set for the redaction detector, six invented families in east Hull and Bransholme.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
126, 127 and 128 and their tests (written by other helpers at the same time), that did not run the detector or any bench script
that runs it, that ran no git command, and that looked at no detector output. What was read: tests/test_redaction_set21.py in
full; bench/redaction_set21.py's docstring in full and its top-level code with each long document cut to its first and last
lines (the layout and marking conventions followed here); the docstrings (only) of bench/redaction_set7.py to
bench/redaction_set125.py, printed to a scratch file and searched there for the names of east Hull districts and of
communities, to see which places and communities earlier sets used; the first 40 lines and the def/class lines of
bench/redaction_handwritten.py; and the ruff and pytest settings in pyproject.toml. bench/redaction_heldout.py and set 15's
checker were not read (set 15's `problems` is only imported and run, as set 21 does). Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may
tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only
the marking and say so here.

Six families in east and north Hull, each from an estate or district no earlier set (7 to 125) used as a family's home. Four
of the kinds most common in children's social care: a young white British mother on Bransholme, with a grandmother in Wawne
(Cawkwell / Dunn; a boy of 9 bitten by a partner's brother's XL bully type dog while the partner slept, late and missed
school, a grandmother named Beverley who writes to the social worker), a white British single father on Longhill, with the
mother in Preston (East Riding) (Stoakes / Tindall; a boy of 15 criminally exploited on a county line to Scarborough,
arrested at Seamer, missing episodes, a return home interview), a young white British care leaver on Greatfield, pregnant by
a man with a conviction for assaulting a former partner, with her mother in Bilton and his family in Hessle and Anlaby
(Ripley / Foster; a pre-birth assessment, a birth, the father at the door at night, a family group conference, a legal
planning meeting) and white British grandparents in Marfleet caring for two grandchildren while their mother is in prison
(Kettlewell / Cooper; a special guardianship assessment, supervised contact with a father in Goole, a prison voicemail).
Two from communities no earlier set used: a Masalit family from El Geneina, West Darfur, in asylum accommodation on Orchard
Park, with an uncle in Sheffield, a grandmother in Port Sudan and a father lost in Libya after Adré (Abakar / Abdelrahman; a
girl of 13 with post-traumatic stress who interprets and minds a little sister, damp, a young carers' referral; names in
Arabic script), and a Feyli Kurdish family (Shia Kurds made stateless after expulsion from Baghdad, born in Iran and Iraq) on
Bilton Grange, with a grandmother in Ilam and family in Sulaymaniyah and Erbil (Murad / Jafar; a girl of 14 beaten with a
belt by her father, a caution and a parenting course, a step-down at review; names in Sorani Kurdish script). 24 documents,
of types no earlier set used or in styles new to these sets: a section 47 enquiry outcome record, a police dog legislation
officer's pocket notebook typed up, a school attendance officer's doorstep visit log, a grandmother's handwritten letter
(scanned), an asylum accommodation provider's welfare visit record, WhatsApp voice notes in Sudanese Arabic transcribed and
translated by a cousin, a CAMHS trauma assessment letter, a young carers' project referral form completed by hand in
capitals, a child exploitation screening tool, a British Transport Police detention log extract, Snapchat messages
photographed by a parent and typed up, an independent return home interview, a pre-birth assessment, a midwife's handheld
postnatal notes read by OCR (with OCR errors: "Rip1ey", "Bi1ton", "Prest0n", "H0lly"), a family group conference plan in the
family's own words, legal planning meeting minutes, a special guardianship assessment extract, a supervised contact record, a
Facebook Messenger thread between a grandmother and an aunt, a phone system's voicemail-to-text transcripts (with
mis-hearings), a review child protection conference report, a girl's phone messages in Sorani Kurdish and English, a school's
CPOMS safeguarding log export, and a police record of taped interview.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Chad, Sudan, Iran, Iraq); NHS numbers and UPNs (LA number 810, Hull) pass their check
digits; the NI numbers have a valid format. The council is invented (Kingsport City Council), and so are the schools and
nurseries Noddle Hill Primary, Little Acorns, Courtway Academy, Greenwood Vale Primary, Marfleet Lane Primary and Rainbow
Corner, the firms Beverley & Tate, Pryce & Co and Gilyott & Co, and the case and custody references; towns, districts,
estates, real or real-sounding schools (Malet Lambert, Longhill Primary, South Holderness, Archbishop Sentamu, Bilton Grange Primary),
NHS bodies, hospitals, GP practices, police forces, prisons, courts, shops, apps, charities and programmes are real or
real-sounding and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, Sgt, Insp, Nan, Nana, Nanna, Grandad, Great-Nan, Auntie, Sister, Mum, mam, and the Arabic and Kurdish Um, Baba, Dayka,
Pura, Kak and کاک) stay outside the name span; a possessive 's and a bare s in texting or handwriting ("[[lily|name]]s",
"[[Shannon|name]]s mum") stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one
span ("RIPLEY, Jodie", "STOAKES, Kyle", "MURAD ALI, Karim"); initials alone ("TW", "JS", "CP", "HM", "TP", "GR") are not
marked; a name, address, place or date broken by a line break is one span holding the break; usernames ("kyle.s_hu8",
"dizzyyy_hu9", "cal.sow", "elz.s15") are not marked, but a display name that is a person's name or nickname is ("diz",
"ellie", "Callum Sowersby"); a contact saved under a kinship word ("mum", "Baba", "Dayka", "Nana", "أمي") is not a name;
towns, villages, districts and estates are places in any script or spelling ("Bi1ton", "scarbs", "bridlo", "هەڵ"), counties,
regions and countries are not ("East Riding", "North Yorkshire", "West Yorks", "West Darfur", "Chad", "Libya"); organisations
are not marked even when they hold a town's or a person's name ("Hull Royal Infirmary", "Bransholme Health Centre", "Orchard
Park Surgery", "Marfleet Group Practice", "Greatfield Community Centre", "Hull College", "Family Court at Kingston upon Hull",
"New Hall"); a firm named after people marks only the names ("[[Beverley|name]] & [[Tate|name]]"); parks, stations and
shopping centres are landmarks and stay unmarked ("East Park", "Princes Quay", "Paragon"); pets ("Tank") and characters in a
reading book ("Biff and Chip") are not names; a surname or first name that is also a word or a town is marked by what it
refers to (Summer, Skye, Holly Marsh, Carol Preston, Sharon Hedon, Rob Beverley, Chloe Beverley and Beverley Cawkwell are
names; Preston, Hedon and Beverley are places when they are places, and Preston Road and Beverley Road are addresses).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a kunya ("Um Yousif",
"mother of Yousif") marks the child's name and leaves "Um" outside, like a kinship word; a transcription's mis-hearing of a
name ("Maureen Kettle well", "Gemma Kettle") is a name and of a place ("brew" for Brough) a place, and so is a school
("rain bow corner"); the right words the social worker added in brackets are marked as well; an OCR-damaged name or place
is marked as it stands; a custody suite and a CAMHS service named by their town ("Custody suite: Scarborough", "Hull
CAMHS") mark the town, as set 21's "Station: Hayle" did; "East Hull" as the name of a health visiting team's patch is a
district and a place; a neighbour's bare house or flat number ("no. 31", "no. 14", "no. 118", "Flat 8", "no 22") is an
address; the Iranian address of a record's grandmother keeps an invented ten-digit Iranian postcode in the record only.

Self-check without the detector: `python -m bench.redaction_set129` (and tests/test_redaction_set129.py) runs set 15's
checker on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of
documents and gold spans per kind: 24 documents, 1,058 gold spans, 587 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

HOME_A = d.Address("27 Ellerburn Avenue", "Bransholme", "Hull", "HU7 4QL")
NAN_A = d.Address("3 Ferry Lane", "Wawne", "Hull", "HU7 5XT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Cawkwell")], dt.date(2017, 5, 14), addresses=[HOME_A], ids=["8224932796", "M810268409400"],
       schools=["Noddle Hill Primary School"]),
    _p("s", "sibling", [("Summer", "Cawkwell")], dt.date(2020, 2, 3), addresses=[HOME_A], ids=["7214141604"]),
    _p("m", "mother", [("Shannon", "Cawkwell")], dt.date(1997, 8, 22), addresses=[HOME_A], phones=["07448 392 943"],
       ids=["JT 48 21 09 C"]),
    _p("o", "other", [("Kane", "Dunn")], dt.date(1994, 1, 30), addresses=[HOME_A], phones=["07962 150 393"]),
    _p("g", "grandparent", [("Beverley", "Cawkwell")], dt.date(1971, 11, 5), addresses=[NAN_A],
       phones=["01482 501 921", "07443 661 766"]),
    _p("p1", "professional", [("Rachael", "Ombler")], phones=["01482 542 647"], emails=["rachael.ombler@kingsport.gov.uk"]),
], "c")

DOCS_A = [
    ("section 47 enquiry outcome record", """KINGSPORT CITY COUNCIL - CHILDREN'S SOCIAL CARE
SECTION 47 ENQUIRY - OUTCOME RECORD
Child: [[Tyler-Jay CAWKWELL|name]]   DOB [[14/05/2017|dob]]   NHS [[822 493 2796|nhs]]   UPN [[M810268409400|upn]]
Sibling: [[Summer CAWKWELL|name]]   DOB [[03/02/2020|dob]]   NHS [[721 414 1604|nhs]]
Address: [[27 Ellerburn Avenue|address]], [[Bransholme|place]], [[Hull|place]] [[HU7 4QL|postcode]]
Mother: [[Shannon Cawkwell|name]] ([[07448 392 943|phone]])   Mother's partner: [[Kane Dunn|name]] ([[07962 150 393|phone]])
Maternal grandmother: [[Beverley Cawkwell|name]], [[3 Ferry Lane|address]], [[Wawne|place]] ([[01482 501 921|phone]])
Strategy discussion: [[2 November 2026|date]]   Enquiry completed: [[16 November 2026|date]]   Social worker: [[Rachael Ombler|name]]
Team manager: [[Gary Tennison|name]]

1. Reason for the enquiry
On Saturday [[31 October 2026|date]] [[Tyler-Jay|name]] (9) was bitten on the left forearm by a dog at the house while [[Shannon|name]]
was at work at the Asda on the estate and [[Kane|name]] was asleep upstairs. A neighbour, [[Lorraine Whiteley|name]] of [[no. 31|address]],
heard screaming, went in through the open back door and drove [[Tyler-Jay|name]] and [[Summer|name]] to Hull Royal Infirmary.
The dog, an XL bully type called Tank, belongs to [[Kane|name]]'s brother, [[Jordan Dunn|name]] of [[Sutton-on-Hull|place]], and had
been "minded" at the house since [[20 October|date]]. The wound needed 9 stitches. Humberside Police seized the dog on [[1 November|date]]
(dog legislation officer PC [[Amy Leggott|name]]).

2. What we did
- Seen [[Tyler-Jay|name]] alone at [[Noddle Hill Primary|school]] on [[3 November|date]] with his class teacher, Mrs [[Frost|name]].
- Seen [[Summer|name]] (6) at home and at [[Little Acorns|school]] nursery, [[Wawne Road|address]].
- Home visits on [[2 November|date]] and [[9 November|date]] (announced) and [[12 November 2026|date]] (unannounced).
- Spoken to [[Shannon|name]], [[Kane|name]], Nan [[Bev|name]] (by phone on [[07443 661 766|phone]]), the school's DSL
  ([[Craig Ellerington|name]]) and the GP practice (Bransholme Health Centre, Dr [[Oyelaran|name]]).
- Checked police records: two calls to the address in 2025 for shouting, no offences; [[Kane|name]] has a caution (2019, possession).

3. What we found
The dog bite was an accident in the sense that nobody set the dog on him, but the children were left with a dog known to be
aggressive (it had bitten [[Jordan|name]]'s partner, [[Stacey Brough|name]], in [[Bilton|place]] in the summer) with an adult asleep.
The house was cluttered but warm and there was food. [[Tyler-Jay|name]]'s attendance is 81% this year; he is often late and
[[Summer|name]] is collected by Nan [[Beverley|name]] on most days. [[Tyler-Jay|name]] said: "[[Kane|name]] said Tank was soft. He's
not soft. I don't want him back." [[Summer|name]] drew the dog with "big teeth".
[[Shannon|name]] was shocked and upset and has told [[Jordan|name]] the dog cannot return. [[Kane|name]] accepts he "should have
shut the dog in the kitchen". Nan [[Bev|name]] wants the children to stay with her in [[Wawne|place]] on the days [[Shannon|name]]
works late shifts.

4. Outcome
Concerns substantiated (neglect - lack of supervision); the threshold for an initial child protection conference is NOT met.
Child in Need plan, first meeting [[24 November 2026|date]] at the school. Actions: no dogs at the address (written
agreement signed [[12/11/2026|date]]); the school to track attendance; Early Help parenting course at the [[Bransholme|place]]
family hub; Nan's days agreed in the plan. Fire service home check referred ([[Wawne|place]] and [[Bransholme|place]] both).

Signed: [[R. Ombler|name]], social worker, [[16/11/2026|date]]      Agreed: [[G. Tennison|name]], team manager
"""),
]

DOCS_A += [
    ("police dog legislation officer's pocket notebook entry, typed up",
"""[Typed from PC [[Leggott|name]]'s pocket notebook, pages 41-43, for the strategy discussion. Spelling as written.]

Sun [[01/11/26|date]]  0915 hrs  Att [[27 Ellerburn Ave|address]], [[Bransholme|place]] re dog bite to child (9) yesterday.
Pres: [[Kane DUNN|name]] (DOB [[30/01/94|dob]]), [[Shannon CAWKWELL|name]] (DOB [[22/08/97|dob]]). Dog in kitchen, grey XL bully
type, male, name "Tank", no collar/chip tag. Owner stated to be [[Jordan DUNN|name]] (bro), address given as
[[Flat 9|address]], [[Holwell Rd|address]]? - [[DUNN|name]] unsure of no. - [[Sutton on Hull|place]]. Mob for owner [[07599 136 588|phone]].
0925  Rang owner - no answer. Text sent.
0931  [[Shannon|name]] states: "I told [[Kane|name]] that dog weren't stopping." [[DUNN|name]] states dog "never done owt before". Not
true per [[Stacey|name]] (see below).
0940  Dog seized under s.5 with consent of occupier, removed by kennels (van reg [[YK21 HVP|vehicle]], driver [[Mick Farrow|name]]).
0955  Spoke to n/bour [[Lorraine WHITELEY|name]], [[31 Ellerburn Ave|address]], tel [[07736 519 141|phone]]: heard "screaming
like murder" about 1550 hrs Sat, went in back door, lad on kitchen floor w/ blood on arm, little girl ([[Summer|name]]) on
stairs crying. Drove both to HRI in her car ([[VN68 OXC|vehicle]]). Says mum works at Asda, "lovely lass", the bloke "is
always kipping".
1020  Owner rang back: [[Jordan DUNN|name]], now at partner's addr [[8 Hawthorn Grove|address]], [[Bilton|place]], [[HU11 4EB|postcode]].
States dog bit partner ([[Stacey BROUGH|name]]) "in July, just a nip". Will attend [[Clough Rd|address]] police stn [[03/11|date]] 1400.
1105  Update to control & CAD. Referral to CSC (MASH) by phone, spoke to [[Nat|name]] in MASH.

Mon [[02/11/26|date]]  Strategy disc by Teams. Present DS [[Peacock|name]], SW [[R Ombler|name]], school DSL [[C. Ellerington|name]].
Tues [[3/11|date]]  [[J DUNN|name]] attended, interviewed, dog to be assessed by DLO [[Ian Skerry|name]] (West Yorks Police on loan).
   Note: [[Skerry|name]] based at [[Wakefield|place]], tel [[0113 246 8831|phone]].
"""),
]

DOCS_A += [
    ("school attendance officer's doorstep visit log", """NODDLE HILL PRIMARY SCHOOL - ATTENDANCE: HOME VISIT LOG (Educational Welfare)
Pupil: [[Tyler-Jay Cawkwell|name]]   Yr 5 (Mr [[Hodge|name]]'s class)   UPN [[M810268409400|upn]]   Attendance to date: 81.3%
Sibling at [[Little Acorns|school]]: [[Summer|name]]   Contact 1: [[Shannon Cawkwell|name]] (Mum) [[07448 392 943|phone]]
Contact 2: [[Bev Cawkwell|name]] (Nan) [[07443 661 766|phone]]   Contact 3: [[Kane Dunn|name]] ([[07962 150 393|phone]]) - not PR

Date       | Time  | Officer | Outcome
[[08/09/2026|date]] | 09:40 | TW     | No answer. Curtains shut. Card left. Text to mum.
[[15/09/2026|date]] | 09:35 | TW     | Mum answered, "overslept, alarm broke". [[T-J|name]] brought in by 10:05.
[[29/09/2026|date]] | 09:50 | TW     | [[Kane|name]] answered. Said [[T-J|name]] "poorly". No sign of illness, [[T-J|name]] playing Xbox.
           |       |         | Advised. [[T-J|name]] in at 11:10 (mark L).
[[06/10/2026|date]] | 09:45 | TW     | Nan ([[Beverley|name]]) had him - [[Wawne|place]]. Nan's car broke down on [[Wawne Rd|address]]. In
10:30.
[[04/11/2026|date]] | -     | -       | Back after dog bite ([[31/10|date]]). SW [[Rachael|name]] aware. Late passes waived to
[[13/11|date]].
[[18/11/2026|date]] | 09:30 | TW     | Mum answered in uniform, asked for a breakfast club place. Agreed with Mrs [[Frost|name]].
[[25/11/2026|date]] | 09:05 | JS     | Breakfast club from today. Nan dropping off Mon/Weds/Fri.

Notes
- Officer initials: TW = [[Tina Wardle|name]] (attendance officer); JS = [[Jas Sahota|name]] (learning mentor).
- [[Tyler-Jay|name]] says he "hates" mornings because "[[Kane|name]] shouts when the telly's on". Passed to [[Craig|name]] (DSL)
  [[18/11|date]] on CPOMS.
- The family were at [[Longhill|place]] before [[Bransholme|place]] (moved April); old school [[Longhill Primary|school]] - records
received.
"""),
]

DOCS_A += [
    ("grandmother's handwritten letter to the social worker, scanned",
"""[Scanned letter, handwritten on lined paper, 2 sides. Received by post [[30/11/2026|date]]. Some words hard to read are
in square brackets.]

                                                             [[3 Ferry Lane|address]]
                                                             [[Wawne|place]]
                                                             [[HU7 5XT|postcode]]
                                                             Fri [[27th Nov|date]]
Dear [[Rachael|name]]

Thank you for coming to see me and for listening. I said I would write it down so here it is. I am [[Shannon|name]]s mum,
[[Beverley|name]] but everybody calls me [[Bev|name]] or Nana [[Bev|name]]. I have lived in [[Wawne|place]] 22 years and before
that [[Orchard Park|place]].

I will have [[Tyler|name]] and [[Summer|name]] any day [[Shannon|name]] is on a late or an early. I do not drive at the moment
as the car is off the road but my friend [[Pauline Sissons|name]] from church will take me, her number is [[01482 594 949|phone]].
The bus from [[Wawne|place]] is only every hour so I cannot promise school for 8.45 without [[Pauline|name]].

About [[Kane|name]]. I am not going to slag him off because [[Shannon|name]] loves him. But he sleeps all day and he is on his
phone all night and that dog should NEVER of been there. His brother [[Jordan|name]] is worse. I do not want [[Jordan|name]]
near the kids. When [[Tyler|name]] came out of hospital he said "Nana I thought I was going to die". He is having
nightmares, he sleeps in my bed when he is here.

[[Summer|name]] is fine, she is a little madam, she wants a kitten now!

Could the school tell me as well as [[Shannon|name]] if he is late? I am on the landline [[01482 501 921|phone]] and my
mobile [[07443 661 766|phone]] but the mobile is rubbish in [[Wawne|place]]. Also my sister [[Carol|name]] in
[[Hedon|place]] says she will help on Saturdays.

Thank you again, you are the first one who listened.
Yours sincerely
[[B. Cawkwell|name]] (Mrs)
P.S. [[Tyler|name]]s birthday is the [[14th May|date]] not the 15th like it says on the letter you sent. Nana x
"""),
]

HOME_B = d.Address("Flat 6, 18 Tilbury Road", "Orchard Park", "Hull", "HU6 9DW")
UNCLE_B = d.Address("40 Firth Park Road", "Firth Park", "Sheffield", "S5 6WN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mariam", "Abakar")], dt.date(2013, 3, 9), addresses=[HOME_B], ids=["3921370493", "Q810265951874"],
       schools=["Courtway Academy"]),
    _p("s", "sibling", [("Yousif", "Abakar")], dt.date(2016, 7, 20), addresses=[HOME_B], ids=["4525789182", "X810261134648"],
       schools=["Greenwood Vale Primary School"]),
    _p("s2", "sibling", [("Amna", "Abakar")], dt.date(2022, 1, 11), addresses=[HOME_B], ids=["2328729541"]),
    _p("m", "mother", [("Hawa", "Abdelrahman"), ("Hawa Adam", "Abdelrahman")], dt.date(1989, 1, 1), addresses=[HOME_B],
       phones=["07599 640 526"]),
    _p("f", "father", [("Ishaq", "Abakar")], None, phones=["+235 66 29 41 87"]),
    _p("a", "other", [("Adam", "Abdelrahman")], None, addresses=[UNCLE_B], phones=["07975 677 642"]),
    _p("p1", "professional", [("Chloe", "Dennett")], phones=["01482 856 667"], emails=["chloe.dennett@kingsport.gov.uk"]),
], "c")

DOCS_B = [
    ("asylum accommodation provider's welfare visit record", """MEARS GROUP - ASYLUM ACCOMMODATION AND SUPPORT
HOUSING OFFICER WELFARE AND PROPERTY VISIT - RECORD
Property: [[Flat 6|address]], [[18 Tilbury Road|address]], [[Orchard Park|place]], [[Hull|place]] [[HU6 9DW|postcode]]   Property ref
HU-DISP-22841
Household (Home Office ref ABD/0419227): Ms [[Hawa Adam ABDELRAHMAN|name]] (DOB [[01/01/1989|dob]]); [[Mariam ABAKAR|name]]
([[09/03/2013|dob]]); [[Yousif ABAKAR|name]] ([[20/07/2016|dob]]); [[Amna ABAKAR|name]] ([[11/01/2022|dob]])
Visit: Wednesday [[14 October 2026|date]] 10:30   Officer: [[Darren Kemp|name]]   Interpreter: Sudanese Arabic by phone
(The Big Word, interpreter ID 66120, "[[Salma|name]]")

Property condition: black mould in the children's bedroom (window reveal), extractor in the bathroom not working, front door
lock stiff. Repair raised (job 5512093). The flat above ([[Flat 8|address]]) leaks into the kitchen when their washer runs -
neighbour Mr [[Kowalczyk|name]] was spoken to and is "very sorry".

Welfare: Ms [[Abdelrahman|name]] was tired and tearful. She said she does not sleep; she hears "the shooting" at night. She
speaks Masalit at home and Arabic; [[Mariam|name]] speaks English best and has been doing the phone calls, the GP and the
school letters. Ms [[Abdelrahman|name]] asked twice whether her husband ([[Ishaq|name]]) can be found - she last heard from him
from [[Adré|place]], in Chad, in June 2025, on [[+235 66 29 41 87|phone]], which now does not
connect. Her brother [[Adam|name]] lives in [[Sheffield|place]] ([[Firth Park|place]]) and visits once a month.

Safeguarding: [[Amna|name]] (4) has a bad cough and no GP appointment. Left alone? - Ms [[Abdelrahman|name]] said [[Mariam|name]]
"watches her" while she goes to the [[Orchard Park|place]] community pantry on [[Hall Road|address]] and to the mosque on
[[Spring Bank|address]]. Advised. Referral to Migrant Help welfare line and, with consent, to Children's Services (a young
carer, an unwell child, a mother with trauma). Consent given by phone through the interpreter.

Next visit: [[11 November 2026|date]]. Officer mobile: [[07724 160 181|phone]].
"""),
]

DOCS_B += [
    ("WhatsApp voice notes in Sudanese Arabic, transcribed and translated by a cousin",
"""[Voice notes from the phone of Ms [[Hawa Abdelrahman|name]], transcribed and translated from Sudanese Arabic (with Masalit
words) by her cousin [[Fatima Haroun|name]] of [[Leeds|place]] at the social worker's request, [[19 October 2026|date]]. Arabic
names are given as the phone shows them, then in English. Times as on the phone.]

[[12/10/2026|date]] 21:14  [[آدم|name]] ([[Adam|name]], brother, [[Sheffield|place]]):
   "يا [[حواء|name]] ... [[Hawa|name]], I spoke to [[Abdallah|name]] in [[Adré|place]]. He says a man from [[Geneina|place]] saw
   [[Ishaq|name]] in the camp at [[Farchana|place]] in spring. Not sure. Don't tell the children yet."
[[12/10/2026|date]] 21:20  [[حواء|name]] (me):
   "Brother, [[Mariam|name]] heard you. She is listening to everything. She asked me is Abuya alive." [Abuya = "my
   father", what the children call [[Ishaq|name]]]
[[13/10/2026|date]] 07:02  أمي [unknown number [[+249 912 345 778|phone]], saved as "أمي" = "my mother"]:
   [Ms [[Abdelrahman|name]]'s mother, [[Khadija Ismail|name]], in [[Khartoum|place]]? - Ms [[Abdelrahman|name]] says she is now in
   [[Port Sudan|place]] with her sister [[Zahra|name]]] "The children's grandfather's house in [[El Geneina|place]], [[Al
   Jamarik|place]] quarter, is burned. Pray for us."
[[14/10/2026|date]] 16:45  [[مريم|name]] ([[Mariam|name]]):
   "Mum the lady from Mears is coming tomorrow. I have school. [[Yousif|name]] has football with Mr [[Gareth|name]] at 4. Don't
   let [[Amna|name]] eat the crisps she is coughing."
[[17/10/2026|date]] 10:31  Um [[Yousif|name]] ([[Halima Yagoub|name]], friend, [[Bransholme|place]] - "Um [[Yousif|name]]" = "mother of
   [[Yousif|name]]", her son is also [[Yousif|name]]; tel [[07746 693 151|phone]]):
   "[[Hawa|name]], there is a Sudanese women's group at the church on [[Cottingham Road|address]] on Thursdays. Sister [[Nour|name]]
   will take us. Bring [[Amna|name]]."
"""),
]

DOCS_B += [
    ("child and adolescent mental health service trauma assessment letter", """Humber Teaching NHS Foundation Trust
[[Hull|place]] CAMHS - Neurodiversity and Trauma Pathway, Walker Street Centre

Date: [[9 November 2026|date]]
Our ref: CAMHS/HU/26/4471
To: Dr [[Priyanka Venn|name]], Orchard Park Surgery, [[Hull|place]]
cc: [[Chloe Dennett|name]], Social Worker, Kingsport City Council ([[chloe.dennett@kingsport.gov.uk|email]]); Ms [[Hawa Adam
Abdelrahman|name]] (parent, letter translated into Arabic)

Dear Dr [[Venn|name]]

Re: [[Mariam ABAKAR|name]], DOB [[09.03.2013|dob]], NHS No. [[392 137 0493|nhs]]
[[Flat 6|address]], [[18 Tilbury Road|address]], [[Hull|place]] [[HU6 9DW|postcode]]

Thank you for referring [[Mariam|name]], whom I saw with her mother on [[28 October|date]] and [[4 November 2026|date]] with a
face-to-face Sudanese Arabic interpreter (Mr [[Ibrahim|name]], see the correction below). [[Mariam|name]] chose to speak English with me
and Arabic with her mother.

History. [[Mariam|name]] is 13 and is the eldest of three. The family are Masalit and lived in the [[Al Jamarik|place]] quarter
of [[El Geneina|place]], West Darfur, until June 2023, when the town was attacked. [[Mariam|name]] saw her paternal grandfather,
[[Abakar Juma|name]], shot in the street. The family walked to [[Adré|place]] in Chad, then travelled through Libya and Italy;
her father, [[Ishaq Abakar|name]], became separated from them in [[Tripoli|place]] and his whereabouts are unknown. They arrived
in the UK in 2024, spent four months in a hotel in [[Scarborough|place]] and have been in [[Orchard Park|place]] since
[[3 March 2025|date]].

Presentation. [[Mariam|name]] meets the criteria for post-traumatic stress disorder (CRIES-13 score 51): intrusive images,
nightmares, startle at fireworks (Bonfire Night was very hard), avoidance of talking about [[Geneina|place]], and poor sleep.
She is doing well at [[Courtway Academy|school]] (Year 9), where her head of year, Ms [[Lofthouse|name]], is a strong support.
She carries a great deal: she interprets for her mother, takes [[Yousif|name]] to [[Greenwood Vale|school]] and minds [[Amna|name]].
She said: "If I stop, who does it?"

Plan. Trauma-focused CBT, 12 sessions, with me, starting [[23 November 2026|date]], in English. Her mother will be offered
sessions with the refugee mental health service (the Goodwin Centre). I have asked Children's Services to
consider a young carers' assessment and the Young Carers project ([[Sam Cherry|name]]). I would be grateful if the practice
could see [[Amna|name]] about her cough.

[Correction: the interpreter was [[Ahmed Ibrahim|name]], not "Mr [[Ibrahim|name]]" of the first session's booking.]

Yours sincerely

Dr [[Helen Brocklesby|name]]
Clinical Psychologist
Tel [[01482 378 682|phone]]
"""),
]

DOCS_B += [
    ("young carers' project referral form, completed by hand",
"""HULL YOUNG CARERS - REFERRAL FORM (v4)     [completed by hand, scanned; tick boxes shown as [x].]

SECTION 1 - YOUNG PERSON
First name: [[MARIAM|name]]          Surname: [[ABAKAR|name]]          Known as: [[Mimi|name]]
Date of birth: [[09 / 03 / 2013|dob]]    Gender: F    First language: Arabic (also Masalit, English)
Address: [[FLAT 6|address]], [[18 TILBURY RD|address]], [[ORCHARD PK|place]]          Postcode: [[HU6 9DW|postcode]]
School: [[Courtway Acad.|school]]     Year: 9     Tutor: Mr [[P. Drinkall|name]]
Young person's mobile (if any): [[07711 521 570|phone]]  (shared with mum? - [x] yes)

SECTION 2 - WHO DOES THE YOUNG PERSON CARE FOR?
Name: [[HAWA ABDELRAHMAN|name]]     Relationship: mother     Condition: PTSD / depression, little English
Name: [[AMNA|name]]                Relationship: sister (4)  Condition: -- (is not unwell, but [[Mariam|name]] minds her)
Name: [[YOUSIF|name]]              Relationship: brother (10) Condition: --

SECTION 3 - WHAT DOES THE YOUNG PERSON DO?  [x] interpreting  [x] appointments  [x] childcare  [x] shopping  [ ] personal care
In her words: "I do the phone for mum. I go GP and the Mears man and Home Office letters. I take [[Yousif|name]] to school."

SECTION 4 - REFERRER
Name: [[CHLOE DENNETT|name]]     Role: social worker     Agency: Kingsport CSC     Tel: [[01482 856 667|phone]]
Email: [[chloe.dennett@kingsport.gov.uk|email]]     Date: [[13 / 11 / 26|date]]
Consent from parent: [x] yes (through interpreter, [[Ahmed|name]])     Consent from young person: [x] yes

SECTION 5 - OTHER PEOPLE INVOLVED
GP: Orchard Park Surgery     CAMHS: Dr [[H. Brocklesby|name]]     Uncle: [[Adam Abdelrahman|name]], [[40 Firth Park Rd|address]],
[[Sheffield|place]] [[S5 6WN|postcode]], [[07975 677 642|phone]]
Family friend: [[Halima Yagoub|name]] ([[Bransholme|place]])
OFFICE USE: rec'd [[16/11/26|date]] by [[Jo|name]]; allocated to [[Sam C|name]]; first group session Tue [[1 Dec|date]] at the hub,
[[Beverley Road|address]]. Transport: taxi from [[Tilbury Rd|address]].
"""),
]

HOME_C = d.Address("9 Hopewell Road", "Longhill", "Hull", "HU8 9HB")
MUM_C = d.Address("14 Station Road", "Preston", "Hull", "HU12 8UZ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kyle", "Stoakes")], dt.date(2011, 6, 2), addresses=[HOME_C], ids=["9597552825", "X810262955653"],
       schools=["Malet Lambert School"]),
    _p("s", "sibling", [("Ellie", "Stoakes")], dt.date(2015, 9, 27), addresses=[HOME_C], ids=["6303234380"],
       schools=["Longhill Primary School"]),
    _p("f", "father", [("Lee", "Stoakes")], dt.date(1985, 4, 12), addresses=[HOME_C], phones=["07560 589 173"],
       ids=["NR 62 14 37 B"]),
    _p("m", "mother", [("Nicola", "Tindall")], dt.date(1987, 12, 19), addresses=[MUM_C], phones=["07599 136 589"]),
    _p("p1", "professional", [("Jordan", "Hebblewhite")], phones=["07745 299 625"],
       emails=["jordan.hebblewhite@kingsport.gov.uk"]),
], "c")

DOCS_C = [
    ("child exploitation screening tool", """CHILD EXPLOITATION SCREENING TOOL (CE1) - HUMBER MULTI-AGENCY EXPLOITATION PANEL
Name of child: [[Kyle STOAKES|name]]       DOB: [[02-06-2011|dob]]       NHS: [[959 755 2825|nhs]]      UPN: [[X810262955653|upn]]
Address: [[9 Hopewell Road|address]], [[Longhill|place]], [[Hull|place]] [[HU8 9HB|postcode]]
School: [[Malet Lambert|school]] (Year 10) - on a reduced timetable since [[21/09/2026|date]]
Parent with care: [[Lee Stoakes|name]] (father) [[07560 589 173|phone]]
Other parent: [[Nicola Tindall|name]], [[Preston|place]] (East Riding)
Completed by: [[Jordan Hebblewhite|name]], social worker, with [[Sam Marr|name]] (exploitation worker, the Hub)    Date: [[05/11/2026|date]]

INDICATORS (R = red, A = amber, G = green)
Missing episodes ............................. R  (4 since [[12 September|date]]; found in [[Scarborough|place]] on [[24/10|date]])
Unexplained money / items .................... R  (new North Face coat, two phones, £340 cash found by dad)
Older associates ............................. R  ("[[Dizzy|name]]" = [[Dillon Marr|name]]?? NOT related to the worker - checked; and
                                                   "[[Tayo|name]]", adult, [[Leeds|place]] line)
Travel out of area ........................... R  ([[Scarborough|place]], [[Bridlington|place]], [[Goole|place]])
Drug or alcohol use .......................... A  (cannabis daily per dad)
Relationships / online ....................... A  (Snapchat "kyle.s_hu8"; deletes messages)
School engagement ............................ R
Injuries ..................................... A  (cut to hand [[30 Oct|date]], "fell off a bike")
Family / carers' concern ..................... A  (dad worried, works nights at the docks; mum in [[Preston|place]] since 2023)
Peers ........................................ R  (with [[Callum Sowersby|name]], 16, known; and [[Brandon|name]] "from
[[Greatfield|place]]")

RISK LEVEL: SIGNIFICANT. Refer to the exploitation panel (next sitting [[12 November 2026|date]]). NRM referral: YES, submitted
[[05/11/2026|date]] by [[J. Hebblewhite|name]].
Locations of concern: the flat on [[Castle Road|address]], [[Scarborough|place]] (cuckooed - North Yorkshire Police aware, PC
[[Danny Wray|name]]); the underpass by [[Ings Road|address]]; the chippy on [[Holderness Road|address]]; [[Bilton Grange|place]] shops.
Views: [[Kyle|name]] - "I'm not a runner. I just go with my mates." Dad - "I've lost him. I want him to go to his mum's in
[[Preston|place]] for a bit." Mum ([[Nicola|name]], by phone [[07599 136 589|phone]]) agrees in principle.
"""),
]

DOCS_C += [
    ("British Transport Police custody and detention log extract",
"""BRITISH TRANSPORT POLICE - DETENTION LOG (EXTRACT, disclosed to CSC under the protocol)
Custody suite: [[Scarborough|place]] (NYP, by arrangement)    Custody no. BT/26/44180
Detained person: [[STOAKES, Kyle|name]]   DOB [[02/06/2011|dob]] (15)   Home addr: [[9 Hopewell Rd|address]], [[Hull|place]]
[[HU8 9HB|postcode]]
Arrested: [[24/10/2026|date]] 18:42 at [[Seamer|place]] station, platform 1, by PC 4471 [[Mo Rashid|name]] (BTP)
Reason: suspected possession with intent (PWITS) - 11 wraps found in sock; £220 cash; 2 phones (Nokia "burner" + iPhone)

18:42  Arrested. Said "I want my dad." Cautioned. Stated "[[Dizzy|name]] will kill me".
19:10  Booked in. Custody Sgt [[Harland|name]]. Appropriate adult required - father contacted on [[07560 589 173|phone]], in
       [[Hull|place]] at work; can't attend before 23:00. AA service: [[Keeley Summers|name]] (Appropriate Adult, [[Scarborough|place]]).
19:15  Risk assessment: no self-harm history disclosed; says he has been "up and down from [[Hull|place]]" since September.
       Stated he was staying at "[[Gaz|name]]'s" in [[Castle Road|address]]. Says [[Tayo|name]] put him on the train at [[Hull|place]]
       Paragon on Wednesday "with a return".
20:05  Duty solicitor [[Anwen Pryce|name]] ([[Pryce|name]] & Co) spoke to DP by phone. (Mrs [[Pryce|name]].)
21:40  Referral to CSC (emergency duty team, North Yorkshire?) - transferred to Kingsport EDT, [[Lyndsey|name]].
23:35  Father [[Lee STOAKES|name]] arrived, drove from [[Hull|place]] (vehicle [[YJ64 KRU|vehicle]]).
00:20  Interview with AA and solicitor - no comment.
01:55  Released under investigation into father's care. NRM: first responder PC [[Rashid|name]] to refer. Bail addr
       [[9 Hopewell Road|address]], [[Longhill|place]].
Property returned to father: iPhone (the Nokia kept), keys, a bus pass in the name "[[Kyle Stoakes|name]]", a card with
the number [[07489 982 810|phone]] written on it ("[[Dizzy|name]]'s line" per DP).
"""),
]

DOCS_C += [
    ("Snapchat messages photographed by a parent and typed up",
"""[Typed up by [[J Hebblewhite|name]] (SW) from 14 photos [[Lee Stoakes|name]] took of [[Kyle|name]]'s Snapchat on the night of
[[23 October|date]] before [[Kyle|name]] went missing, handed over [[27/10/2026|date]]. Display names as shown; usernames left
in. Emojis described in brackets.]

Chat with "[[diz|name]] 💰" (dizzyyy_hu9)
[[diz|name]]: u still on for 2moro or wat
kyle.s_hu8: ye but me dad is on one
[[diz|name]]: tell him ur at [[callum|name]]s
[[diz|name]]: [[tayo|name]] sez trains at 11 paragon. ur goin [[scarbs|place]] with [[brandz|name]]
kyle.s_hu8: how long for
[[diz|name]]: til its done. dont be a pussy
kyle.s_hu8: i got school mrs [[holt|name]] tmrw
[[diz|name]]: [laughing emoji x3] skool lol

Chat with "[[Callum Sowersby|name]]" (cal.sow)
[[Callum Sowersby|name]]: u goin
kyle.s_hu8: ye
[[Callum Sowersby|name]]: dont go to the flat on [[castle rd|address]] its hot [[gaz|name]] got raided
kyle.s_hu8: wat do i do then
[[Callum Sowersby|name]]: go to [[bridlo|place]] theres a lass [[kez|name]] on [[quay rd|address]] she'll sort u
[[Callum Sowersby|name]]: delete this

Chat with "[[ellie|name]] 💖" (elz.s15 - his sister, 11)
[[ellie|name]]: where r u dad is crying
kyle.s_hu8: at [[gaz|name]]s tell him im ok
[[ellie|name]]: who is [[gaz|name]]
kyle.s_hu8: dont tell him that
[[ellie|name]]: nan [[maureen|name]] is comin round
kyle.s_hu8: [thumbs up]

Chat with "mum" ([[Nicola|name]])
mum: [[Kyle|name]] ring me now please. I'm in [[Preston|place]] I can come get you anywhere
mum: [[Kyle Stoakes|name]] answer your phone
mum: ring [[07599 136 589|phone]] if you've lost my number xx

[Note: "mrs [[holt|name]]" is his head of year at [[Malet Lambert|school]], Mrs [[Holt|name]]. "[[scarbs|place]]" = [[Scarborough|place]],
"[[bridlo|place]]" = [[Bridlington|place]] [[Callum|name]]'s saved display name is his full name.]
"""),
]

DOCS_C += [
    ("independent return home interview",
"""RETURN HOME INTERVIEW - Humber Missing and Exploitation Service (independent of the police and CSC)
Young person: [[Kyle Stoakes|name]] (15)   Missing from: home, [[Longhill|place]]   Episode: [[23/10/2026|date]] 22:00 to
[[25/10/2026|date]] 02:10 (found [[24/10|date]] in [[Seamer|place]], detained, returned by father)
Interview: [[27 October 2026|date]], 16:00, at [[Kyle|name]]'s choice, in the car and then at the McDonald's on [[Mount Pleasant|address]]
Interviewer: [[Sam Marr|name]]    Offered within 72 hours: yes    Parent informed: [[Lee|name]] (dad)

Where did you go? "Paragon, then train to [[Scarborough|place]]. Stayed at [[Gaz|name]]'s. Then [[Seamer|place]] 'cause
[[Castle Road|address]] was
hot." He named "[[Gaz|name]]" (adult, 30s, real name unknown to him), "[[Tayo|name]]" (adult, from [[Leeds|place]], "the boss") and
"[[Dizzy|name]]" (about 18, from [[Marfleet|place]], who recruits). He would not say where [[Dizzy|name]] lives.
Who knew where you were? "[[Callum|name]]. And my sister, kind of."
Did anyone hurt you? He showed a healed cut on his hand: "[[Tayo|name]] done that with a blade when I lost £200. It's sorted
now." Passed to the police and CSC as a disclosure, [[27/10|date]] 18:20 (to [[Jordan|name]]).
What would help? "Not living in [[Hull|place]]. Not [[Longhill|place]]. Everyone knows me." He likes his mum's partner,
[[Rob Beverley|name]], who has a garage in [[Hedon|place]] and would give him work on Saturdays. He misses his nan, Mrs
[[Maureen Stoakes|name]], who lives on [[Preston Road|address]] ("by the roundabout"), and worries about [[Ellie|name]].
Anything else? He asked that the interview is not shared with [[Malet Lambert|school]] "because of Mrs [[Holt|name]]".
Explained what is shared and why.

Actions: share with the panel ([[12/11|date]]); safety plan incl. new phone, no contact with [[07489 982 810|phone]]; support
[[Lee|name]] with a parenting group ("Not In Our Community"); explore a move to [[Nicola|name]]'s in [[Preston|place]]
(different from the [[Preston Road|address]] in [[Hull|place]] where Nan lives) with a school place at [[South Holderness|school]].
[[S. Marr|name]], [[27/10/26|date]]
"""),
]

HOME_D = d.Address("12 Grampian Way", "Greatfield", "Hull", "HU9 4LJ")
DAD_D = d.Address("5 Ferriby Road", "", "Hessle", "HU13 0HA")
NAN_D = d.Address("8 Main Road", "Bilton", "Hull", "HU11 4AR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aria", "Ripley")], dt.date(2026, 11, 19), addresses=[HOME_D], ids=["8196230052"]),
    _p("m", "mother", [("Jodie", "Ripley")], dt.date(2004, 3, 15), addresses=[HOME_D], phones=["07416 482 361"],
       ids=["4666493832"]),
    _p("f", "father", [("Reece", "Foster")], dt.date(2001, 10, 8), addresses=[DAD_D], phones=["07470 220 132"]),
    _p("g", "grandparent", [("Tracy", "Ripley")], dt.date(1978, 6, 2), addresses=[NAN_D], phones=["01482 819 837"]),
    _p("p1", "professional", [("Holly", "Marsh")], phones=["07965 708 658"], emails=["holly.marsh@kingsport.gov.uk"]),
    _p("p2", "professional", [("Carol", "Preston")], phones=["01482 806 391"]),
], "c")

DOCS_D = [
    ("pre-birth assessment", """KINGSPORT CITY COUNCIL - PRE-BIRTH ASSESSMENT (completed at 32 weeks)
Unborn baby of: [[Jodie RIPLEY|name]], DOB [[15.03.2004|dob]], NHS [[466 649 3832|nhs]]   EDD: [[02.12.2026|date]]
Address: [[12 Grampian Way|address]], [[Greatfield|place]], [[Hull|place]] [[HU9 4LJ|postcode]]   Tel: [[07416 482 361|phone]]
Father: [[Reece FOSTER|name]], DOB [[08.10.2001|dob]], [[5 Ferriby Road|address]], [[Hessle|place]] [[HU13 0HA|postcode]]
Social worker: [[Holly Marsh|name]]   Community midwife: [[Carol Preston|name]]   Personal adviser (leaving care): [[Dean Sugarman|name]]
Assessment period: [[1 September|date]] to [[20 October 2026|date]]

Background. [[Jodie|name]] is 22 and a care leaver. She was in foster care from the age of 9 with [[Pat|name]] and [[Ron Ackrill|name]]
in [[Cottingham|place]], then in a children's home in [[Withernsea|place]]. Her own mother, [[Tracy Ripley|name]], now lives in
[[Bilton|place]] and they have "made it up". [[Jodie|name]] moved into her council flat in [[Greatfield|place]] in January. She
works part-time at a bakery on [[Holderness Road|address]] and is doing a level 2 in childcare at Hull College.
[[Reece|name]] is 25. In 2023 he was convicted of assaulting a former partner, [[Kirsty Danby|name]], in [[Hessle|place]] (a
restraining order runs to [[1 June 2027|date]]). [[Jodie|name]] says he has "never laid a finger" on her; police have one call
from her flat (a neighbour, Mr [[Arnott|name]] of [[no. 14|address]], [[10 August|date]], shouting; no offences disclosed).

Strengths. [[Jodie|name]] has gone to every antenatal appointment with [[Carol|name]]; she has the cot, the car seat and a
baby bank parcel from the family hub; she asked for this assessment to be "honest" and has been. Her friend [[Skye
Harland|name]] (a nursery nurse) and her former foster carer [[Pat Ackrill|name]] ([[01482 519 340|phone]]) both offer support.
[[Tracy|name]] offers to have mother and baby stay with her in [[Bilton|place]] for the first weeks.

Worries. Domestic abuse: [[Reece|name]] has not done any work on his offending; he has missed two of four sessions with the
Strength to Change programme. He called [[Holly|name]] a "grass" on [[13 October|date]]. [[Jodie|name]]'s mood: she was on
sertraline at 17; the perinatal team (Dr [[Cheung|name]]) saw her on [[6 October|date]].

Recommendation. An initial child protection conference before the birth (booked [[5 November 2026|date]]); a legal planning
meeting; a family group conference. The baby's plan, if born before the conference: discharge to [[Bilton|place]] with
[[Tracy|name]], no unsupervised contact with [[Reece|name]]. [[H. Marsh|name]], [[20/10/2026|date]].
"""),
]

DOCS_D += [
    ("midwife's handheld notes, photographed and read by OCR",
"""[OCR of 3 photographed pages of the handheld maternity notes (Hull University Teaching Hospitals "My Pregnancy
Notes", postnatal section), uploaded by the SW [[24/11/2026|date]]. OCR errors left in; a few words unreadable = [?].]

POSTNATAL - COMMUNITY MIDWIFE CONTACTS
Mother: [[RIPLEY, Jodie|name]]        Hosp no. H4418273        NHS [[466 649 3832|nhs]]
Baby: [[RIPLEY, Aria|name]]  (Baby [[Ripley|name]])  born [[19/11/26|dob]] 07:52  SVD  3.02 kg   NHS [[819 623 0052|nhs]]
Addr for postnatal care: c/o [[Tracy Rip1ey|name]] (MGM), [[8 Main Rd|address]], [[Bi1ton|place]], [[HU11 4AR|postcode]]
    Tel [[01482 819 837|phone]]  /  mum mob [[07416 482 361|phone]]
MW: [[C. Prest0n|name]]   Phone team base (Freedom Centre) [[01482 806 391|phone]]

Day 1  [[20/11|date]]  Home visit at MGM's. Mum well, lochia normal, BP 118/74. Baby feeding well (breast +
       top-ups). Cord clean. Mum teary "baby blues"? Discussed. [[Reece|name]] (FOB) not present. Safe sleep discussed -
       Moses basket in MGM's room. Seen by: CP
Day 3  [[22.11.26|date]] Mum & baby seen. Heel prick done (newborn bloodspot). Wt 2.91 (-3.6%). Mum says FOB came
       to the door [[21/11|date]] at "about 11 at night" - MGM wouldn't let him in; he shouted in the street. Police called
       by neighbour (Mrs [[Kath Dil1on|name]]?). Informed SW [[H0lly|name]] by phone.  [[C Preston|name]]
Day 5  [[24/11/2026|date]] Wt 2.98. Jaundice mild, ok. Mum tired, managing. Nan [[Tracy|name]] "brilliant". Mum
       asks about going home to [[Greatfield|place]] - [?] not before the conference review. HV handover to
       [[Natasha Ogunleye|name]] ([[East Hull|place]] HV team).
Day 10 [[29 / 11 / 2026|date]] Discharged from MW care.  Signed  [[C. Preston|name]]  RM  pin 06A1842E
"""),
]

DOCS_D += [
    ("family group conference family plan in the family's own words", """FAMILY GROUP CONFERENCE - OUR FAMILY PLAN FOR [[ARIA|name]]
(Written by the family in private family time, typed up by the coordinator, [[Mandeep Gill|name]], without changes.)
Conference held: Saturday [[28th November 2026|date]] at Greatfield Community Centre, [[Ings Road|address]]
Who came: [[Jodie|name]] (mum), Nan [[Tracy|name]], Great-Nan [[Irene Ripley|name]] (from [[Withernsea|place]]), Auntie [[Kayleigh|name]]
([[Jodie|name]]'s sister, lives in [[Marfleet|place]]), [[Pat|name]] (used to be [[Jodie|name]]'s foster mum) and [[Ron|name]],
[[Skye|name]]
(best friend). Dad ([[Reece|name]]) was invited but did not come. His mum [[Denise Foster|name]] sent a letter (read out).

WHAT WE ARE WORRIED ABOUT
[[Reece|name]] turning up at night. [[Jodie|name]] getting low like when she was 17. [[Jodie|name]] going back home to
[[Grampian Way|address]] too soon on her own.

OUR PLAN
1. [[Jodie|name]] and [[Aria|name]] stay at Nan [[Tracy|name]]'s in [[Bilton|place]] until the review on [[14 January|date]].
2. If [[Reece|name]] comes to the house we ring 999. Not him, not his mates. Nan has a doorbell camera now ([[Kayleigh|name]]'s
   [[Daz|name]] fitted it).
3. [[Pat|name]] and [[Ron|name]] take [[Jodie|name]] and the baby out every Weds - they will pick up from [[Bilton|place]].
   [[Pat|name]]'s mob is [[07488 575 755|phone]].
4. [[Skye|name]] will come round Sunday nights so [[Jodie|name]] can have a bath and a sleep.
5. Great-Nan [[Irene|name]] will knit (already started!!) and ring every day at 6.
6. [[Jodie|name]] will keep her appointments with the perinatal nurse and the HV ([[Natasha|name]]).
7. If [[Jodie|name]] feels low she will text Auntie [[Kayleigh|name]] ([[07798 825 244|phone]]) or [[Pat|name]], day or night.

WHAT WE NEED FROM CHILDREN'S SERVICES
Help with a taxi to clinic. [[Holly|name]] to tell us what the police are doing about [[Reece|name]]. A letter for the housing
so [[Jodie|name]] keeps her flat at [[12 Grampian Way|address]] while she's at her mum's.

Letter from [[Denise Foster|name]] ([[Reece|name]]'s mum, [[Anlaby|place]]), read out: "I love my son but I know what he is like
with women. I would like to see my granddaughter at my house or at [[Tracy|name]]'s. I will not bring him." Tel
[[07548 200 602|phone]].

Signed by everyone. Agreed by the social worker, [[Holly Marsh|name]], [[28/11/2026|date]].
"""),
]

DOCS_D += [
    ("legal planning meeting minutes", """KINGSPORT CITY COUNCIL - LEGAL GATEWAY / LEGAL PLANNING MEETING - MINUTES (legally privileged)
Child: [[Aria Ripley|name]] (born [[19/11/2026|dob]])       Meeting: [[2 December 2026|date]], 14:00, Guildhall, room 2
Present: [[Angela Whitfield|name]] (Head of Service, chair); [[Tom Priestley|name]] (solicitor, Legal Services); [[Holly Marsh|name]] (SW);
[[Gemma Rudd|name]] (TM). Minutes: [[Lucy Abbott|name]].

1. Summary (HM). Mother [[Jodie Ripley|name]], 22, care leaver; father [[Reece Foster|name]], 25, of [[Hessle|place]], with a
   conviction for assaulting [[Kirsty Danby|name]] (2023). ICPC [[5/11/2026|date]]: child protection plan, category emotional harm
   (unborn). Baby born [[19.11.26|date]] at Hull Women and Children's Hospital; discharged to maternal grandmother [[Tracy Ripley|name]]
   at [[8 Main Road|address]], [[Bilton|place]]. On [[21/11|date]] the father came to the grandmother's house at 23:00 and was
   abusive in the street (Humberside Police log 611 of [[21/11/2026|date]]; PC [[Sewell|name]]). FGC held [[28/11|date]] - a good
   plan.
2. Legal advice (TP). Threshold is not crossed on the present evidence in relation to the mother's care. The father's
   behaviour is a risk, but the mother and grandmother acted protectively. Recommend: continue under the CP plan; no PLO.
   Advise the mother about a non-molestation order; police to consider a breach of the restraining order only if he
   approaches Ms [[Danby|name]] ([[Kirsty|name]]).
3. Decision (chair). Threshold not met. Legal gateway to be reconvened if: the father has unsupervised contact; the mother
   returns to [[Greatfield|place]] without a safety plan; or the FGC plan breaks down.
4. Actions: HM - support the mother to apply for a non-molestation order (solicitor [[Chloe Beverley|name]] at [[Beverley|name]] &
   [[Tate|name]], [[Beverley|place]]) by [[9/12|date]]. TP - letter to the father's solicitor. GR - review on [[13 January 2027|date]].
"""),
]

HOME_E = d.Address("116 Marfleet Lane", "Marfleet", "Hull", "HU9 5TH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Mason", "Cooper")], dt.date(2019, 4, 4), addresses=[HOME_E], ids=["7095698376", "Z810266514055"],
       schools=["Marfleet Lane Primary School"]),
    _p("s", "sibling", [("Lacey", "Cooper")], dt.date(2021, 8, 30), addresses=[HOME_E], ids=["7341631716"]),
    _p("g", "grandparent", [("Maureen", "Kettlewell")], dt.date(1958, 6, 11), addresses=[HOME_E], phones=["01482 789 937"]),
    _p("g2", "grandparent", [("Terry", "Kettlewell")], dt.date(1955, 2, 17), addresses=[HOME_E], phones=["07939 480 602"]),
    _p("m", "mother", [("Gemma", "Kettlewell")], dt.date(1984, 9, 9), phones=["07568 610 531"], ids=["PW 17 56 92 C"]),
    _p("f", "father", [("Dean", "Cooper")], dt.date(1982, 3, 3), phones=["07450 152 427"]),
    _p("p1", "professional", [("Paul", "Hodgson")], phones=["01482 618 433"], emails=["paul.hodgson@kingsport.gov.uk"]),
], "c")

DOCS_E = [
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Annex A report, extract: sections 1, 5 and 9)
Children: [[Mason COOPER|name]] (DOB [[04/04/2019|dob]], NHS [[709 569 8376|nhs]], UPN [[Z810266514055|upn]]) and [[Lacey COOPER|name]]
(DOB [[30/08/2021|dob]], NHS [[734 163 1716|nhs]])
Prospective special guardians: [[Maureen KETTLEWELL|name]] (DOB [[11/06/1958|dob]]) and [[Terence KETTLEWELL|name]] (DOB
[[17/02/1955|dob]]), maternal grandparents, [[116 Marfleet Lane|address]], [[Marfleet|place]], [[Hull|place]] [[HU9 5TH|postcode]],
tel [[01482 789 937|phone]] / [[07939 480 602|phone]]
Assessor: [[Paul Hodgson|name]], kinship care team      Court: Family Court at Kingston upon Hull, case HU26C00417

1. Summary. [[Mason|name]] (7) and [[Lacey|name]] (5) have lived with their grandparents since [[17 February 2026|date]], when
their mother, [[Gemma Kettlewell|name]], was remanded (later sentenced to 20 months for supplying class A drugs; she is at HMP
New Hall, release date on licence about [[8 July 2027|date]]). Their father, [[Dean Cooper|name]], lives in [[Goole|place]]
with his partner [[Sharon Hedon|name]] and their baby; he supports the application.

5. The grandparents. [[Maureen|name]] is 68 and worked as a school cook for 30 years at [[Marfleet Lane Primary|school]], where
[[Mason|name]] now goes. [[Terry|name]] is 71, a retired docker, with COPD; he drives ([[YO17 DFA|vehicle]]) and takes [[Lacey|name]] to
[[Rainbow Corner|school]] nursery on [[Southcoates Lane|address]]. Their other daughter, [[Donna Fewster|name]], of [[Hedon|place]], is
the back-up carer, and their son, [[Wayne|name]], is in the army in [[Catterick|place]]. They have raised four children in the
same house. Their neighbours of 40 years, [[Stan|name]] and [[Joan Proctor|name]] ([[no. 118|address]]), were referees.
Health: the GP, Dr [[Amara Nwachukwu|name]] of Marfleet Group Practice, gave a positive medical on [[3 September 2026|date]].
Money: pensions; kinship allowance applied for.

9. Contact. With [[Gemma|name]]: monthly video calls from the prison and a visit every other month (the grandparents drive).
With [[Dean|name]]: every other Saturday, supervised by [[Maureen|name]] at the play
centre in East Park. With the paternal grandmother, [[Lynne Cooper|name]] of [[Howden|place]]: at birthdays and Christmas.

Recommendation: special guardianship orders to [[Maureen|name]] and [[Terry Kettlewell|name]], with the support plan in Annex B.
[[Paul Hodgson|name]], social worker, [[20 November 2026|date]]
"""),
]

DOCS_E += [
    ("supervised contact record", """KINGSPORT CITY COUNCIL - FAMILY TIME (SUPERVISED CONTACT) RECORD
Children: [[Mason|name]] and [[Lacey Cooper|name]]      Adult: [[Dean Cooper|name]] (father)      Supervisor: [[Bernie Loughlin|name]]
Date: Saturday [[7 November 2026|date]]   Venue: family time centre, [[Southcoates Lane|address]]   Time: 10:00-12:00
Brought by: Grandad [[Terry|name]] (Mr [[Kettlewell|name]]), who waited in the car park

10:02  [[Dean|name]] arrived on time with [[Sharon|name]] and baby [[Rio|name]] (6 months). [[Sharon|name]] had not been agreed;
       I phoned [[Paul|name]] (SW), who agreed she could stay for the first half hour.
10:05  [[Lacey|name]] ran to [[Dean|name]] - "Daddy!" [[Mason|name]] hung back, then showed [[Dean|name]] his reading book
       ("Biff and Chip" - he read two pages). [[Dean|name]] praised him.
10:30  [[Sharon|name]] and [[Rio|name]] left. [[Lacey|name]] cried; [[Dean|name]] comforted her well.
10:45  Lego. [[Mason|name]] asked "When is Mummy coming out of the prison?" [[Dean|name]] said "ask Nanna [[Mo|name]]". I said
       the grown-ups would talk about it with him.
11:10  [[Dean|name]] took a phone call outside (4 min), said it was "work, [[Gary|name]] from the site at [[Brough|place]]".
11:30  Snack: [[Dean|name]] brought crisps and Fruit Shoots. [[Lacey|name]] spilled hers on [[Mason|name]]; laughter.
11:55  Goodbyes calm. [[Mason|name]] asked if [[Dean|name]] could come to his Christmas play at [[Marfleet Lane|school]] on [[16
       December|date]].
12:00  Children handed to Grandad [[Terry|name]].

Overall: warm and child-focused; [[Dean|name]] managed both children well. Father's new mobile: [[07450 152 427|phone]] (old
number no longer in use). Next session: [[21/11/2026|date]].
Signed: [[B. Loughlin|name]]       Copy: [[Paul Hodgson|name]] (SW); [[Maureen Kettlewell|name]] (carer)
"""),
]

DOCS_E += [
    ("Facebook Messenger thread between the grandmother and the children's aunt, typed up",
"""[Messenger thread between [[Maureen Kettlewell|name]] and her daughter [[Donna Fewster|name]], shown to [[Paul|name]] (SW) by
[[Maureen|name]] on [[24/11/26|date]] and typed up with her permission. Names as they show on Messenger.]

[[Donna Fewster|name]]
   mam did u see [[gemma|name]]s letter
[[Maureen Kettlewell|name]]
   Yes love came this morning. She says shes on the Fresh Start course and she wants the kids to visit at Xmas
[[Donna Fewster|name]]
   shes said all that before mam. remember when she was at [[sharon|name]]s in [[goole|place]]
[[Maureen Kettlewell|name]]
   I know. But she sounds different. [[Mason|name]] keeps asking
[[Donna Fewster|name]]
   i can have [[lacey|name]] on the [[19th|date]] and [[20th|date]] if ur going. [[kian|name]] and [[macy-jo|name]] wld love it
[[Maureen Kettlewell|name]]
   Thank u love. Your dad cant do the drive to [[Wakefield|place]] with his chest. [[Wayne|name]] said hed drive when hes on leave
[[Donna Fewster|name]]
   [[wayne|name]] wont be back til the [[22nd|date]] mam
[[Maureen Kettlewell|name]]
   Oh. Ill ask [[Paul|name]] if the council can help. [[Dean|name]] says [[Sharon|name]] will take them but I don't want [[Sharon|name]]
doing it
[[Donna Fewster|name]]
   no way. [[dean|name]] can do one. anyway is [[mo|name]] from next door still doing ur shopping
[[Maureen Kettlewell|name]]
   [[Joan|name]] not [[Mo|name]]!! Im [[Mo|name]] lol. Yes [[Joan|name]] does a big shop at Morrisons
[[Donna Fewster|name]]
   haha sorry mam predictive text. love u xx
"""),
]

DOCS_E += [
    ("voicemails left on the social worker's work phone, transcribed by the phone system",
"""[Voicemail-to-text transcripts from the work mobile of [[Paul Hodgson|name]] ([[01482 618 433|phone]]), copied into the
case file [[1 December 2026|date]]. Automatic transcription; mistakes left in, with the right words after an "=" in
brackets where the SW knows them.]

Voicemail 1 - [[27/11/2026|date]] 08:14 - from [[01482 789 937|phone]] (0:48)
"Hello [[Paul|name]] it's [[Maureen Kettle well|name]] (= [[Kettlewell|name]]). It's about [[Mason|name]]'s Christmas play it's on
the [[16th|date]] at two o'clock and his dad wants to come and I don't know if that's allowed at the school, Mrs [[Doughty|name]] said
ask you. Also [[Lacey|name]] has had a temperature so we didn't go to [[rain bow corner|school]] (= [[Rainbow Corner|school]]). Thank
you bye love."

Voicemail 2 - [[28/11/2026|date]] 17:52 - from [[07450 152 427|phone]] (0:31)
"Yeah [[Paul|name]] mate it's [[Dean Cooper|name]]. Just to say I can't do next Saturday I'm on a job in [[brew|place]]
(= [[Brough|place]]). Can we swap to the Sunday. Cheers."

Voicemail 3 - [[30/11/2026|date]] 11:03 - from [[07568 610 531|phone]] (1:12)
"Hi it's [[Gemma|name]], [[Gemma Kettle|name]] (= [[Kettlewell|name]]), I'm ringing from the prison, I've got my PIN credit
now, I'm allowed this number now. I wrote to my mum. I just want to know if the kids can come on the [[20th
of December|date]] for the family day. My offender manager is Miss [[Akhtar|name]] (= Ms [[Akhtar|name]]) and she says she'll
email you. Please ring my mum. Tell [[Mason|name]] I love him."

Voicemail 4 - [[30/11/2026|date]] 16:40 - from [[07939 480 602|phone]] (0:22)
"[[Paul|name]], [[Terry Kettlewell|name]]. [[Mo|name]]'s asked me to ring. [[Gemma|name]]'s rung her from New Hall.
Ring us back please. Ta."
"""),
]

HOME_F = d.Address("68 Lothian Way", "Bilton Grange", "Hull", "HU8 0JX")
GRAN_F = d.Address("Kuche-ye Shahid Beheshti 14", "", "Ilam", "6931734567")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Zhila", "Murad")], dt.date(2012, 2, 18), addresses=[HOME_F], ids=["9797481131", "N810264929288"],
       schools=["Archbishop Sentamu Academy"]),
    _p("s", "sibling", [("Aram", "Murad")], dt.date(2015, 5, 5), addresses=[HOME_F], ids=["8665855947", "A810266910034"],
       schools=["Bilton Grange Primary School"]),
    _p("s2", "sibling", [("Dara", "Murad")], dt.date(2020, 10, 10), addresses=[HOME_F], ids=["3725488983"]),
    _p("f", "father", [("Karim", "Murad"), ("Karim Murad", "Ali")], dt.date(1982, 7, 1), addresses=[HOME_F],
       phones=["07782 942 215"], ids=["SZ 40 73 11 A"]),
    _p("m", "mother", [("Nasrin", "Jafar")], dt.date(1986, 3, 21), addresses=[HOME_F], phones=["07951 125 642"]),
    _p("g", "grandparent", [("Golbahar", "Jafar")], None, addresses=[GRAN_F], phones=["+98 918 341 2276"]),
    _p("a", "other", [("Sirwan", "Murad")], None, phones=["+964 770 318 2264"]),
    _p("p1", "professional", [("Bethany", "Frost")], phones=["01482 300 400"], emails=["bethany.frost@kingsport.gov.uk"]),
], "c")

DOCS_F = [
    ("child protection review conference report",
"""KINGSPORT SAFEGUARDING CHILDREN - REVIEW CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Zhila MURAD|name]] (14, DOB [[18/02/2012|dob]], NHS [[979 748 1131|nhs]], UPN [[N810264929288|upn]]);
[[Aram MURAD|name]] (11, DOB [[05/05/2015|dob]], NHS [[866 585 5947|nhs]], UPN [[A810266910034|upn]]);
[[Dara MURAD|name]] (6, DOB [[10/10/2020|dob]], NHS [[372 548 8983|nhs]])
Address: [[68 Lothian Way|address]], [[Bilton Grange|place]], [[Hull|place]] [[HU8 0JX|postcode]]
Parents: [[Karim Murad ALI|name]] (known as [[Karim Murad|name]]; father, [[07782 942 215|phone]]); [[Nasrin JAFAR|name]] (mother,
[[07951 125 642|phone]]). Language: Kurdish (Feyli dialect; Sorani interpreter used), Arabic, Farsi.
Conference: [[8 December 2026|date]] (review; ICPC was [[15 September 2026|date]])   SW: [[Bethany Frost|name]]
Plan category: physical abuse (all three)   Chair: [[Imran Qureshi|name]]

1. Why the children have a plan. On [[4 September 2026|date]] [[Zhila|name]] told her form tutor at [[Archbishop Sentamu|school]],
Mr [[Dobbs|name]], that her father had hit her with a belt for going to Princes Quay (the shopping centre)
with a friend, [[Lily-Mae Drewery|name]], without asking. Marks on her back and upper arm were seen by the school nurse, [[Jo
Appleyard|name]]. [[Aram|name]] said his father "smacks with the belt when we are bad, not [[Dara|name]] because he is small".

2. The family. The family are Feyli Kurds, Shia Muslims whose families were expelled from [[Baghdad|place]] to Iran in 1980 and
made stateless. [[Karim|name]] was born in a camp near [[Ilam|place]] in Iran; [[Nasrin|name]] in [[Mandali|place]] in Iraq. They
married in [[Sulaymaniyah|place]] and came to the UK in 2018; they have leave to remain. [[Karim|name]] worked as a mechanic in
[[Sulaymaniyah|place]] and now drives for a takeaway on [[Holderness Road|address]]. [[Nasrin|name]]'s mother, [[Golbahar Jafar|name]],
still lives in [[Ilam|place]] ([[+98 918 341 2276|phone]]); [[Karim|name]]'s brother [[Sirwan|name]] is in [[Erbil|place]]
([[+964 770 318 2264|phone]]).

3. Progress since the ICPC. [[Karim|name]] accepted a police caution ([[2 October 2026|date]]) and has done 8 of 10 sessions of
a parenting programme with a Kurdish-speaking worker from the refugee charity ([[Hiwa Rahimi|name]]). He says: "In my father's
house the belt was normal. Here it is not. I have put the belt away." The children say there has been no hitting since
September. [[Zhila|name]] has joined the girls' football team and wants to go to [[Hull|place]] city centre with [[Lily-Mae|name]]
"like normal girls". [[Aram|name]] at [[Bilton Grange Primary|school]]: attendance 96%. [[Dara|name]] started in Reception
there in September.

4. Recommendation. The children no longer need a child protection plan; step down to Child in Need for 3 months, with the
parenting work finished and [[Zhila|name]]'s time with her friends agreed as a family.
[[B. Frost|name]], [[1 December 2026|date]]
"""),
]

DOCS_F += [
    ("a girl's phone messages in Sorani Kurdish and English, shown by her and translated",
"""[Messages on [[Zhila|name]]'s phone, shown by her to [[Bethany|name]] (SW) at school on [[10 November 2026|date]] and typed up with her
agreement. Kurdish (Sorani, Arabic script) translated by the interpreter [[Hiwa Rahimi|name]]. Contact names as saved.]

Group: "Murad family 🏠"
Baba (her father): [[ژیلا|name]] کەی دێیتەوە؟  ([[Zhila|name]], when are you coming home?)
[[zhila|name]]: at [[lily|name]]s dad. back at 6 i promise
Baba: باشە. لەگەڵ [[ئارام|name]] وەرەوە  (OK. Come back with [[Aram|name]].)
[[aram|name]]: im at football with mr [[lockwood|name]] lol
Dayka (her mother): [[ژیلا|name]] گیان نان بکڕە لە دوکانی کاک [[ئازاد|name]]  ([[Zhila|name]] dear, buy bread at [[Azad|name]]'s shop.)
[[zhila|name]]: ok mama 👍

Chat: "[[Lily-Mae|name]] 💜"
[[Lily-Mae|name]]: is ur dad ok with u comin 2 mine
[[zhila|name]]: ye hes ok now. hes different since the course x
[[Lily-Mae|name]]: my mam says u can stop for tea. were at [[no 22|address]] [[kestrel ave|address]] not the old house
[[zhila|name]]: ok ill tell baba

Chat: "Pura [[Shilan|name]]" (her aunt, [[Sulaymaniyah|place]], [[+964 750 412 8837|phone]])
Pura [[Shilan|name]]: [[ژیلۆ|name]] گیانم، دایکت وتی لە قوتابخانە باشی. خۆشم دەوێیت  ([[Zhilo|name]] my dear, your mother says you
   are well at school. I love you.)
[[zhila|name]]: سوپاس پورە. کەی دێیتە [[هەڵ|place]]؟  (Thank you auntie. When are you coming to [[Hull|place]]?)
Pura [[Shilan|name]]: بەهار، ئینشاڵڵا. سڵاو لە [[نەسرین|name]] بکە  (Spring, God willing. Say hello to [[Nasrin|name]].)

Chat: "Nana" (her grandmother in [[Ilam|place]])
Nana: voice note 0:42 (in Feyli Kurdish: blessings for [[Dara|name]]'s birthday on the [[10th|date]]; asks about "[[Karim|name]]'s
   hand" - he burned it at work)

[Interpreter's notes: "Baba" = dad, "Dayka" = mum, "Pura" = aunt (mother's sister), "Nana" = grandmother - kinship words, not names.
"Kak" before [[Azad|name]] is "brother/Mr". "[[Zhilo|name]]" is a pet form of [[Zhila|name]]. "[[هەڵ|place]]" is how the family write
[[Hull|place]].]
"""),
]

DOCS_F += [
    ("school safeguarding log export (CPOMS)", """CPOMS - INCIDENT EXPORT - ARCHBISHOP SENTAMU ACADEMY
Student: [[Zhila Murad|name]]   Year 9   Form 9KD   DOB [[18-Feb-2012|dob]]   UPN [[N810264929288|upn]]
Siblings: [[Aram Murad|name]] (Y6, [[Bilton Grange Primary School|school]]); [[Dara Murad|name]] (Reception, same)
Exported by: [[Kirsty Dobbs|name]] (DSL)   Export date: [[01/12/2026|date]]   Filter: Safeguarding, Family, Attendance

[[04-Sep-2026|date]] 09:12  Category: Physical abuse (disclosure)   Recorded by: [[Ryan Dobbs|name]] (form tutor)
  [[Zhila|name]] came to form crying. Said "my dad hit me with his belt last night" because she went to town with
  [[Lily-Mae|name]] (9KD) after school. Marks seen. Passed to DSL at 09:20.
  Action ([[Kirsty Dobbs|name]]): nurse [[J Appleyard|name]] saw marks 09:40; MASH called 10:05 ([[Nat Shields|name]]);
  sibling school ([[Bilton Grange|school]], DSL Mrs [[Wilkinson|name]]) informed 10:30.
[[04-Sep-2026|date]] 15:30  Category: Family   Recorded by: [[Kirsty Dobbs|name]]
  SW [[Bethany Frost|name]] and PC [[Hassan Karimi|name]] collected [[Zhila|name]] at 15:20 for a joint visit home. Mum informed by
  the interpreter. [[Zhila|name]] asked if she would "go to care". Reassured.
[[15-Sep-2026|date]] 13:00  Category: Meeting   Recorded by: [[Kirsty Dobbs|name]]
  ICPC at the Guildhall. CP plan. Core group: me, [[Bethany|name]], the school nurse, [[Hiwa|name]] (charity).
[[06-Oct-2026|date]] 11:45  Category: Wellbeing   Recorded by: [[Sophie Lockwood|name]] (pastoral)
  [[Zhila|name]] in the pastoral room at lunch. Said things are "calmer". Dad "put the belt in the bin". Mum doing ESOL
  at the centre on [[Preston Road|address]]. Wants to join the girls' football (Mr [[Lockwood|name]]).
[[05-Nov-2026|date]] 08:50  Category: Attendance   Recorded by: [[Jade Nixon|name]] (attendance)
  Absent; Mum rang - "[[Dara|name]]'s birthday party preparations" (no, his birthday was [[10/10|date]]). Query raised; [[Zhila|name]]
  in period 3, said she had a migraine.
[[10-Nov-2026|date]] 14:00  Category: Family   Recorded by: [[Kirsty Dobbs|name]]
  [[Bethany|name]] saw [[Zhila|name]] in school and was shown phone messages. All positive. Aunt in [[Sulaymaniyah|place]], grandmother in
  [[Ilam|place]] - regular contact. No concerns.
[[24-Nov-2026|date]] 10:10  Category: Peer   Recorded by: [[Sophie Lockwood|name]]
  [[Zhila|name]] upset: a Y10 boy ([[Tyler Grantham|name]]) called her a "refugee" on the bus on [[Maybury Road|address]]. Dealt with
  under the behaviour policy; [[Tyler|name]]'s mum, [[Kerry Grantham|name]], rang to apologise.
"""),
]

DOCS_F += [
    ("police voluntary interview summary (record of taped interview)",
"""HUMBERSIDE POLICE - RECORD OF TAPED INTERVIEW (ROTI, short form MG15)
Person interviewed: [[MURAD ALI, Karim|name]]   DOB [[01/07/1982|dob]]   NI [[SZ 40 73 11 A|ni]]
Address: [[68 Lothian Way|address]], [[Bilton Grange|place]], [[HU8 0JX|postcode]]   Tel [[07782 942 215|phone]]
Place of interview: Priory Police Station, [[Hull|place]]   Date: [[18/09/2026|date]]   Voluntary attendance
Interviewing officer: DC 2231 [[Hassan Karimi|name]]   Also present: [[Rebwar Salih|name]] (Sorani interpreter, NRPSI 18830);
solicitor [[Hannah Gilyott|name]] of [[Gilyott|name]] & Co
Offence: ABH (s.47) on [[Zhila MURAD|name]] (14), [[03/09/2026|date]], at the home address

Summary. Caution given and understood through the interpreter. The interviewee said he understood English "a little" and
preferred Kurdish. He ADMITTED hitting [[Zhila|name]] with a belt "three or four times" on the evening of [[3 September|date]]
after she came home at 21:30 from the city centre. He said he had been "frightened for her" because "bad men" had spoken
to his friend's daughter at Paragon station. He had rung [[Zhila|name]]'s phone 11 times and her friend's mother,
Mrs [[Drewery|name]] ([[Lily-Mae|name]]'s mum, [[07586 360 855|phone]]), did not answer.

He said this was "the first and last time" with [[Zhila|name]]. Asked about [[Aram|name]]'s account, he said he had "smacked
[[Aram|name]] on the legs" in the summer when [[Aram|name]] hit [[Dara|name]]. He said that in [[Baghdad|place]] and [[Ilam|place]]
"every father" did this and that his own father, [[Murad Ali Hassan|name]], "used a stick". He was tearful and asked the
officer to tell [[Zhila|name]] he was sorry. He agreed not to use any physical punishment and to go on the parenting course.

His brother [[Sirwan|name]] had rung from [[Erbil|place]] during the morning; the interviewee showed the call ([[+964 770 318 2264|phone]])
and asked that the family abroad not be told. He gave his wife's number, [[07951 125 642|phone]], for the interpreter to
arrange her statement, and his workplace, a takeaway on [[Holderness Rd|address]] (owner Mr [[Dilshad Amin|name]]).

Outcome: referred for a decision; adult caution given [[02/10/2026|date]] (authorised by Insp [[Welburn|name]]).
Summary prepared by DC [[Karimi|name]], [[19/09/2026|date]].
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))

NAME = "set 129 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 13:40 UTC, read since)"

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "cllr", "rm", "rmn",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "great-nan", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "um", "abu", "baba",
           "dayka", "pura", "kak", "kaka", "mama", "کاک", "پورە", "مامە"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "yorkshire", "east yorkshire",
               "east riding", "the east riding", "north yorkshire", "west yorkshire", "west yorks", "south yorkshire", "humberside",
               "the humber", "lincolnshire", "sudan", "darfur", "west darfur", "chad", "libya", "italy", "iraq", "iran",
               "kurdistan", "the kurdistan region", "france", "europe", "africa"}

_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts

if __name__ == "__main__":
    _SET.main()
