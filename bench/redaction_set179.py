"""Set 179: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
sets 178, 180 and 181 (written by other helpers at the same time), that did not run the detector or any bench script that
runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py (the layout and marking conventions followed here), the docstrings of bench/redaction_set7.py
to redaction_set177.py, searched only for the names of towns, districts and communities (to pick ones no earlier set used),
the `_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py, and the ruff settings in pyproject.toml.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked (python-stdnum for UPNs)
in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families in Uckfield and Crowborough in the Weald of East Sussex, each from a town, district or estate no earlier set
used as a family's home. A white British family in Ridgewood, Uckfield, with a grandmother in Framfield (Fuller / Mockford /
Wicks; a mother's new partner's violence, a boy of 7 who goes to the corner shop alone at night in his pyjamas, a baby's
neglected nappy rash); a white British family in Jarvis Brook, Crowborough, with a grandfather in Rotherfield and a father in
Tunbridge Wells (Beal / Hurst / Dunk; a boy of 12 hit by his father, a girl of 9 wetting herself in class); a Costa Rican
and white British family in Harlands, Uckfield, with a grandmother in Heredia (Vargas Solano / Pryor; a girl of 14 who
interprets and minds her brother, self-harm, a father's coercive control of money and a visa); a Tuvaluan and white British
family at Sheep Plain, Crowborough, with a grandmother in Funafuti (Teo / Orme; a bereaved, depressed mother, an ex-soldier's
violence, a Tuvaluan church in south London, a friend's offer of refuge, a housing application); a white British family at
Steel Cross, Crowborough (Ashdown / Field; a boy of 14 exploited through county lines to Brighton, missing episodes, a
mother's partner's fight with him); and a grandmother caring for two grandchildren at Ringles Cross, Uckfield, under a
special guardianship assessment, with a mother in recovery in Hove and a father in Peacehaven (Kenward / Tester). The two
communities no earlier set used are Costa Rican (Spanish, some of it in the mother's own email) and Tuvaluan (a Messenger
chat in Tuvaluan and English). 24 documents, each of its own type: a home visit case note, a mother's WhatsApp messages
typed up, an initial child protection conference chair's summary, a shopkeeper's handwritten witness statement OCR'd from a
scan, a school's MASH referral form, a police body-worn video transcript, core group minutes, a primary school's CPOMS log
export, a child and family assessment extract, a mother's email in Spanish and English, a CAMHS crisis telephone triage note,
a school nurse's notes written fast on a phone, a health visitor's targeted contact record, a Facebook Messenger chat in
Tuvaluan and English typed up and translated, a strategy discussion record, a district council's domestic abuse housing
application form, a return home interview, a Snapchat export from a police phone download, an exploitation chronology, a
youth worker's voice note transcribed by an app, a social worker's letter to a kinship carer, a grandmother's own letter to
the court, a GP report for a special guardianship assessment and a scanned family time record sheet.

Invented: every person, address, phone number, NHS number, UPN, email address and vehicle registration (street names may be
real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library),
UK and foreign (Costa Rica, Tuvalu); NHS numbers and UPNs (LA number 845, East Sussex) pass their check digits. The council
(Ouse Weald) is invented, and so are Ridgewood Stores, the nursery Little Beacons and Meridian Surgery; towns, districts,
villages, real schools, NHS bodies, police forces, clubs, shops, brands, apps and the Wealden district council are real or
realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, Nan, Nanny, nana, mum, abuela) stay outside the name span; every person's name is a name in every form, record or
not, lower case in messages included ("jade", "ryder", "steve", "vale vs"); "SURNAME, First" and "SURNAME First" are one span
("HURST, Mason", "KENWARD, Maureen", "VARGAS SOLANO Valentina"); an initial with a surname ("M Kenward", "G. Lusted") and a
first name with an initial ("Alfie G", "Harley A") are one span; an initial alone ("W said", "V does not") is not marked; a
name or address broken by a line break is one span holding the break; usernames (h4rl3y_tn6, tinobagz_01) are not marked,
display names that are a person's plain name are; a street without a number ("Harcourt Road", "bell farm road", "Pine
Grove") and a neighbour's bare number ("no. 15", "no. 6") are addresses, and so is an address abroad ("Calle 8, Avenida 3,
Barrio Fátima"); towns, villages, districts and estates are places, at home or abroad, in any case ("framfield",
"whitehawk", "funafuti", "Vaiaku", "Fongafale"); countries, counties and regions are not ("East Sussex", "Costa Rica",
"Tuvalu"); organisations are not marked even when they hold a town's name ("Uckfield Family Hub", "Crowborough Family Hub",
"Heathfield Family Centre", "Crowborough Youth Project", "Uckfield Civic Centre", "Brighton & Hove Albion", "Meridian
Surgery", "Beacon Surgery", "Mill View"); schools, colleges and nurseries and their short forms are schools ("Manor
Primary", "manor", "Beacon", "holy x", "Dane Hill", "Little Beacons"); a date of birth is dob, other dates with a day are
dates (a weekday before stays outside), months and years alone are not marked; parks and landmarks stay unmarked ("luxford
field", "the Crowborough Rec", "Victoria Pleasure Ground"); a service or trip named by its town in lower-case words marks the
town ("Uckfield office", "the hove appt").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a house name in an
address is an address ("Rose Cottage"), though it holds a word that is also a first name; a spoken date of birth in a
transcript ("Second of October eighty-eight") is a dob; a spoken date ("the twenty seventh", "eighth of December") is a date;
a date in Spanish ("23 de noviembre de 2026") is a date; a holiday named without a year ("Boxing Day", "Christmas") is not
marked; an OCR misreading of a date or place ("15th Novernber", "Framfie1d") is marked as what it is; a Tuvaluan word that is
not a name ("mamaa", "ofa atu", "fakalavelave") is not marked; a name that is also a word ("Summer", "Willow", "Brook",
"Honey", "Field", "Rose" in a name) is marked when it is a person, and a season or a word stays unmarked; the police collar
number after a name and a statement's exhibit reference are not marked.

Self-check without the detector: `python -m bench.redaction_set179` (and tests/test_redaction_set179.py) runs set 15's checker
(which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents,
914 gold spans, 510 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Fuller / Mockford family (white British), Ridgewood, Uckfield ------------------------------------------------------

HOME_A = d.Address("9 Lashbrooks Road", "Ridgewood", "Uckfield", "TN22 5SY")
NAN_A = d.Address("2 Gatehouse Lane", "", "Framfield", "TN22 5RT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Ryder", "Mockford")], dt.date(2019, 6, 14), addresses=[HOME_A], ids=["6539782977", "D845840115920"],
       schools=["Manor Primary School"]),
    _p("s", "sibling", [("Summer", "Fuller")], dt.date(2023, 2, 2), addresses=[HOME_A], ids=["4902822121"]),
    _p("m", "mother", [("Jade", "Fuller")], dt.date(1999, 9, 30), addresses=[HOME_A], phones=["07311 084 709"]),
    _p("f", "father", [("Liam", "Mockford")], dt.date(1996, 4, 8), phones=["07439 345 872"]),
    _p("g", "grandparent", [("Carol", "Fuller")], dt.date(1972, 12, 1), addresses=[NAN_A], phones=["01825 385 693"]),
    _p("p1", "professional", [("Hannah", "Brook")], phones=["01273 481 562"], emails=["hannah.brook@ouseweald.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (announced)
Child: [[Ryder MOCKFORD|name]]   DOB [[14/06/2019|dob]]   NHS [[653 978 2977|nhs]]   UPN [[D845840115920|upn]]
Sibling: [[Summer FULLER|name]]   DOB [[02/02/2023|dob]]   NHS [[490 282 2121|nhs]]
Address: [[9 Lashbrooks Road|address]], [[Ridgewood|place]], [[Uckfield|place]] [[TN22 5SY|postcode]]
Worker: [[Hannah Brook|name]], Ouse Weald Children's Services, [[Uckfield|place]] office
Date of visit: Tuesday [[3 November 2026|date]] 15:40-16:55

Present: [[Jade Fuller|name]] (mum), [[Ryder|name]], [[Summer|name]], and for the first twenty minutes [[Jade|name]]'s friend
[[Shannon Mepham|name]],
who lives at [[no. 15|address]] and left when I arrived properly. [[Lee Wicks|name]] (mum's partner since the spring) was not home;
[[Jade|name]] said he
was "at work in [[Hailsham|place]]".

The house was warm and tidy downstairs. Upstairs [[Ryder|name]]'s room has no bulb and the mattress is on the floor; [[Jade|name]] said
[[Lee|name]]
broke the bed frame "messing about". [[Summer|name]] was in a nappy that was very full and had a sore red rash; [[Jade|name]] changed
her while I
was there and said she had run out of cream. I gave the details of the Uckfield Family Hub drop-in and the Tesco on
[[Bell Lane|address]] pharmacy.

[[Ryder|name]] (7) showed me his reading book from [[Manor Primary|school]] and his Lego. When I asked who lives here he said "me,
mummy,
[[Summer|name]], [[Lee|name]], and Nanny [[Carol|name]] comes Saturdays". He said [[Lee|name]] "shouts at mummy when he's had the cans"
and that he
goes under the duvet. He said his dad [[Liam|name]] used to take him to the Victoria Pleasure Ground but "not any more".

[[Jade|name]] said [[Liam Mockford|name]] moved to [[Eastbourne|place]] in August and she has no address for him, only his phone
([[07439 345 872|phone]]). Her own mobile is [[07311 084 709|phone]]. Her mum, [[Carol Fuller|name]], at [[2 Gatehouse Lane|address]],
[[Framfield|place]], is "the only one who helps" ([[01825 385 693|phone]]).

Plan: school nurse to see [[Summer|name]]'s rash via the GP at Meridian Surgery; speak to the DSL, Mrs [[Kemp|name]], on [[5/11|date]];
next visit by [[17 November|date]]. Home address of [[Lee Wicks|name]] to be checked with Sussex Police (said to be
[[Harcourt Road|address]],
[[Uckfield|place]])."""),
    ("mother's WhatsApp messages to the social worker, typed up", """Messages from [[Jade Fuller|name]]'s phone to the worker's work
mobile, typed up for the file by [[H Brook|name]] on [[09.11.26|date]]
(spelling as sent; times are the phone's)

[[06/11/2026|date]] 21:14 - [[Jade|name]]: hi [[hannah|name]] its [[jade|name]]. sorry i didnt answer earlier i was at mums in
[[framfield|place]]
[[06/11/2026|date]] 21:15 - [[Jade|name]]: [[lee|name]] has gone back to his mums in [[hailsham|place]] for now so u dont need to worry
[[06/11/2026|date]] 21:17 - [[Jade|name]]: [[ryder|name]] keeps asking for [[liam|name]]. can u ask him to ring him. i blocked him but
hes on [[07439 345872|phone]]
[[06/11/2026|date]] 21:20 - [[Jade|name]]: [[summer|name]] bum is better nanny [[carol|name]] got the cream from boots
[[07/11/2026|date]] 08:02 - [[Jade|name]]: [[shan|name]] from next door is taking [[ry|name]] to [[manor|school]] today im on an early
[[07/11/2026|date]] 08:03 - [[Jade|name]]: shes called [[shannon mepham|name]] if school ask
[[07/11/2026|date]] 17:40 - [[Jade|name]]: mrs [[kemp|name]] said [[ryder|name]] was crying in class about [[lee|name]]. he is NOT back
i swear
[[08/11/2026|date]] 10:12 - [[Jade|name]]: can we meet at the hub on tues instead of the house. the one by luxford field
[[08/11/2026|date]] 10:13 - [[Jade|name]]: or costa at [[bell farm road|address]]
[[08/11/2026|date]] 10:30 - [[Hannah Brook|name]]: Hi [[Jade|name]], Tuesday [[10th|date]] at the hub at 2pm is fine. Thanks for
letting me know about [[Lee|name]]. [[Hannah|name]]"""),
    ('child protection conference chairing summary', """INITIAL CHILD PROTECTION CONFERENCE - CHAIR'S SUMMARY
Ouse Weald Safeguarding Partnership
Children: [[MOCKFORD, Ryder|name]] ([[14.06.2019|dob]]); [[FULLER, Summer|name]] ([[02.02.2023|dob]])
Conference held: [[19 November 2026|date]], Uckfield Civic Centre (hybrid)     Chair: [[Rosalind Ayres|name]] (IRO)
Present: [[Jade FULLER|name]] (mother); [[Carol FULLER|name]] (maternal grandmother); [[Hannah Brook|name]] (SW); [[Tess Kemp|name]]
(DSL, [[Manor
Primary School|school]]); [[Nadia Osei|name]] (health visitor); DC [[Paul Sandle|name]] (Sussex Police, by Teams).
Apologies: [[Liam MOCKFORD|name]] (father; invited by text to [[07439 345 872|phone]], no reply).
Not invited: [[Lee WICKS|name]] (DOB [[22/01/1994|dob]]) - see police information below.

Chronology (short)
[[12/09/2026|date]]  Police called by a neighbour at [[no. 11 Lashbrooks Road|address]]: shouting, a child crying. [[Lee Wicks|name]]
left before police arrived.
[[28/09/2026|date]]  [[Ryder|name]] told his teacher, Miss [[Honey|name]], that "[[Lee|name]] pushed mummy into the door".
[[02/10/2026|date]]  MASH referral; [[Jade|name]] denied any violence.
[[03/11/2026|date]]  Home visit (case note of that date): bed broken, no bulb, [[Summer|name]]'s nappy rash.
[[16/11/2026|date]]  [[Carol|name]] rang the SW: [[Lee|name]]'s van (white Transit, [[GK17 WYR|vehicle]]) seen outside the house at
11pm.

Police information (DC [[Sandle|name]]): [[Lee Wicks|name]] has two previous partners who made reports, one in [[Polegate|place]]
(2021) and one in
[[Heathfield|place]] (2023); a non-molestation order was made in the second case.

Views of the family
[[Jade|name]] said she has ended it with [[Lee|name]] and that he is living with his mother, Mrs [[Wicks|name]], at [[Hailsham|place]].
She accepted that
[[Ryder|name]] had seen things. [[Carol Fuller|name]] said she would have [[Ryder|name]] and [[Summer|name]] every weekend and collect
[[Ryder|name]] from
[[Manor|school]] on Mondays and Wednesdays; she does not drive, and her neighbour [[Bob Hobden|name]] takes her. [[Ryder|name]]'s words
(from his
"three houses" with [[Hannah|name]]): house of worries - "[[Lee|name]] shouting, the van, when mummy cries"; house of good things -
"Nanny [[Carol|name]]'s dog, [[Summer|name]], football with [[Alfie|name]] and [[Teddy|name]] at school"; house of dreams - "Daddy
comes back".
Health: [[Nadia Osei|name]] has seen [[Summer|name]] twice ([[10/11|date]], [[17/11|date]]); rash healed; weight on the 25th centile;
[[Summer|name]] is
not yet at the nursery at [[Ridgewood|place]] ([[Little Acorns|school]]) - a funded place from [[4 January|date]] was agreed.
School: [[Tess Kemp|name]] said [[Ryder|name]] attends 96%, is often hungry on Mondays and once came in [[Lee|name]]'s hoodie "because
all his were dirty".

Police (continued): on [[17 November 2026|date]] PC [[Colwell|name]] took a statement from the shop owner, Mr [[Ramanathan|name]],
about [[Ryder|name]] coming
into the shop alone on [[15 November|date]]; [[Carol|name]] collected him. [[Shannon Mepham|name]] ([[07272 818 194|phone]]) confirmed
to the SW that she has heard
[[Lee|name]] shouting through the wall "most weekends". A second neighbour, Mr [[Tomsett|name]] at [[no. 7|address]], told police he
saw [[Lee|name]] drag [[Jade|name]]
by the arm into the house on [[12 September|date]].

Decision: both children to be subject to child protection plans under the category of emotional abuse. Core group by
[[3 December|date]]. Review conference [[18 February 2027|date]]. Mother to be offered the Freedom Programme in [[Crowborough|place]]."""),
    ("shopkeeper's handwritten witness statement, OCR'd from a scan", """[scanned 2 pages - OCR text, not corrected except where marked]
WITNESS STATEMENT   (CJ Act 1967 s.9)
Name: [[Dilip Ramanathan|name]]      Age: over 18     Occupation: shop owner
Address: c/o Ridgewood Stores, [[Lashbrooks
Road|address]], [[Uckfield|place]]
I run Ridgewood Stores with my wife [[Ganga|name]]. On Sunday [[15th Novernber|date]] [sic, November] about 7.40 pm a
little boy I know as [[Ryder|name]] came in on his own in his pyjamas and asked for milk for his sister. He said mummy
was asleep and [[Lee|name]] was shouting. I know his Mum [[Jade|name]] and his nan Mrs [[Fuller|name]] as customers.
I rang his nan on the number the family left with us for the paper bill ([[01825 385 693|phone]]) and
she came from [[Framfie1d|place]] in about 15 mins. While we waited my son [[Arjun|name]] gave him a hot chocolate. Nobody
else came looking for him. A man I believe is [[Lee
Wicks|name]] drove past twice in a white van. I did not see
the number.
Signed  [[D Ramanathan|name]]     Date [[16/11/26|date]]
Statement taken by PC [[Abbie Colwell|name]] 24871"""),
]


# --- B. Beal / Hurst family (white British), Jarvis Brook, Crowborough -----------------------------------------------------

HOME_B = d.Address("31 Western Road", "Jarvis Brook", "Crowborough", "TN6 3EP")
GRAN_B = d.Address("5 Mayfield Road", "", "Rotherfield", "TN6 3LS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Hurst")], dt.date(2014, 8, 21), addresses=[HOME_B], ids=["7353622156", "T845575711207"],
       schools=["Beacon Academy"]),
    _p("s", "sibling", [("Willow", "Beal")], dt.date(2017, 3, 9), addresses=[HOME_B], ids=["5795712108"],
       schools=["Jarvis Brook Primary School"]),
    _p("m", "mother", [("Kayleigh", "Beal")], dt.date(1993, 5, 17), addresses=[HOME_B], phones=["07529 994 223"]),
    _p("f", "father", [("Craig", "Hurst")], dt.date(1988, 10, 2), phones=["07807 118 018"]),
    _p("g", "grandparent", [("Terry", "Beal")], dt.date(1961, 7, 25), addresses=[GRAN_B], phones=["01892 396 989"]),
], "c")

DOCS_B = [
    ('MASH referral form from a school', """MULTI-AGENCY REFERRAL FORM (MARF)
Referrer: [[Gareth Lusted|name]], Assistant Head / DSL, [[Beacon Academy|school]], [[Crowborough|place]]   Tel [[01892 696 789|phone]]
Date of referral: [[12-10-2026|date]]
Child: [[HURST, Mason|name]]    DOB: [[21-08-2014|dob]]    Year 8    UPN: [[T845575711207|upn]]
Address: [[31 Western Road|address]], [[Jarvis Brook|place]], [[Crowborough|place]], [[TN6 3EP|postcode]]
Siblings: [[Willow BEAL|name]] (9), [[Jarvis Brook Primary|school]]
Parents: [[Kayleigh BEAL|name]] (mother, [[07529 994 223|phone]]); [[Craig HURST|name]] (father, lives apart, [[07807 118 018|phone]])

Reason for referral: on Friday [[9 October|date]] [[Mason|name]] came to school with a split lip and a bruise under his left eye. He
told his tutor, Mr [[Akande|name]], that his dad hit him at the weekend at his dad's flat in [[Tunbridge Wells|place]] ("[[Craig|name]]
flipped
because I lost the PlayStation controller"). Later he said he fell off his bike at the rec. His friend [[Alfie Gearing|name]] said
[[Mase|name]] told him on the bus "my dad battered me again". We have four previous CPOMS entries since May this year.
Mother informed by phone at 14:05; she said she would keep [[Mason|name]] with her and [[Willow|name]] and not send him to
[[Craig|name]]'s. She asked us not to tell his grandad, [[Terry Beal|name]], in [[Rotherfield|place]] "because he'll go round there".
Previous CPOMS entries (summary): [[14/05/2026|date]] [[Mason|name]] said "dad's new girlfriend [[Stacey|name]] hates me";
[[02/06/2026|date]] bruised wrist,
said from football at Crowborough Athletic's ground (his explanation); [[18/06/2026|date]] hungry, no PE kit, stayed at dad's all week;
[[22/09/2026|date]] fight with [[Tyler Harman|name]] in Year 8, [[Mason|name]] said "I just want everyone to leave me alone".
Other adults: [[Stacey Dunk|name]] (DOB [[05/03/1992|dob]]) and her children [[Kai Dunk|name]] (16) and [[Bobbie Dunk|name]] (10) at
[[Flat 3, 88 London
Road|address]], [[Tunbridge Wells|place]] [[TN1 1DT|postcode]]. Paternal grandmother [[Sue Hurst|name]] lives at [[Groombridge|place]].
Consent: mother consents to the referral. Signed: [[G. Lusted|name]]"""),
    ('police body-worn video transcript extract', """BWV TRANSCRIPT - EXTRACT  (Sussex Police, Wealden)   Exhibit ref PS/7
Officer: PC 41022 [[Zoe Marchant|name]]   Location: outside [[Flat 3, 88 London Road|address]], [[Tunbridge Wells|place]]  Date:
[[11/10/2026|date]]
00:00:12  PC [[MARCHANT|name]]: Are you [[Craig Hurst|name]]?
00:00:14  MALE: Yeah. What's this about, is it [[Kayleigh|name]]?
00:00:20  PC [[MARCHANT|name]]: It's about your son, [[Mason|name]]. His school are worried about an injury to his face.
00:00:31  MALE: He come off his bike down the rec at [[Jarvis
Brook|place]]. Ask [[Alfie|name]], he was there.
00:00:47  PC [[MARCHANT|name]]: Who else lives here, [[Craig|name]]?
00:00:50  MALE: Me and [[Stacey|name]]. [[Stacey Dunk|name]]. And her two sometimes, [[Kai|name]] and [[Bobbie|name]].
00:01:09  PC [[MARCHANT|name]]: What's your date of birth?
00:01:11  MALE: [[Second of October eighty-eight|dob]].
00:01:40  MALE: Talk to his nan in [[Rotherfield|place]], [[Sue|name]], she'll tell you I never touch him.
00:01:52  PC [[MARCHANT|name]]: And your address is here, [[flat three|address]]?
00:01:55  MALE: Yeah, [[eighty-eight London Road|address]]. [[Stacey|name]]'s name's on it, not mine. I'm still at me mum's in
[[Groombridge|place]] on paper.
00:02:00  FEMALE (off camera, believed [[Stacey Dunk|name]]): [[Craig|name]], don't say nothing, ring [[Dev|name]].
[end of extract; 00:02:02 - 00:09:15 not transcribed]"""),
    ('core group meeting minutes', """CORE GROUP MEETING - MINUTES
Child: [[Mason Hurst|name]] ([[21/08/2014|dob]])    Sibling: [[Willow Beal|name]]
Date: [[25 November 2026|date]], 10:00, Crowborough Family Hub (the old Sure Start building off [[Pine Grove|address]])
Attendees: [[Sam Okafor|name]] (SW, chair); [[Kayleigh Beal|name]]; [[Terry Beal|name]] (grandfather); [[Gareth Lusted|name]]
([[Beacon|school]]);
[[Jo Pettit|name]] (FLO, [[Jarvis Brook Primary|school]]); [[Ffion Rees|name]] (school nurse)
Apologies: [[Craig Hurst|name]]

1. Updates
- [[Kayleigh|name]]: [[Mason|name]] has not been to his dad's since [[9/10|date]]. Contact with [[Craig|name]] by phone only, on
speaker.
- [[Terry|name]]: has [[Mason|name]] Tuesdays and Thursdays after school; [[Mason|name]] is doing his DofE with the Scouts at
[[Rotherfield|place]].
- [[Gareth|name]]: attendance 91%. Two incidents with [[Alfie G|name]] - now friends again.
- [[Jo|name]]: [[Willow|name]] wet herself twice in class (w/c [[16th November|date]]); she told Mrs [[Hoad|name]] she "doesn't like
dad's girlfriend".
2. Actions
- [[Sam|name]] to meet [[Craig Hurst|name]] and [[Stacey Dunk|name]] at the [[Tunbridge Wells|place]] flat by [[4 Dec|date]].
- [[Ffion|name]] to see [[Willow|name]] re continence.
3. Father's view (by phone to [[Sam|name]] on [[24/11|date]], read out): [[Craig|name]] says [[Kayleigh|name]]'s new friend
[[Robbie Cottingham|name]] of
[[Eridge Road|address]] is "the real problem" and that [[Mason|name]] told him [[Robbie|name]] smokes weed in the garden.
[[Kayleigh|name]] said [[Robbie|name]] is a
friend from work at Sainsbury's in [[Crowborough|place]] and has never been alone with the children. [[Terry|name]] said he has met
[[Robbie|name]] twice.
4. Family time: [[Mason|name]] to see [[Craig|name]] at [[Terry|name]]'s house in [[Rotherfield|place]] on Saturday [[28th|date]] and
Saturday [[12th December|date]],
supervised by [[Terry|name]] and his partner [[Lynn Kirby|name]]; [[Stacey Dunk|name]] not to attend. [[Willow|name]] does not want to
go; her wish is respected.
5. Any other business: [[Jo Pettit|name]] is leaving [[Jarvis Brook Primary|school]] on [[18 December|date]]; [[Rachel Hoad|name]] will
be the contact. [[Gareth|name]] will
ask [[Mason|name]]'s form tutor Mr [[Akande|name]] to join by phone next time.
Next core group: Wednesday [[13 January 2027|date]]"""),
    ('primary school CPOMS log export', """CPOMS export - [[Willow Beal|name]] ([[Jarvis Brook Primary School|school]]) - generated
[[30/11/2026|date]]
[[17/11/2026|date]] 09:12 | Continence | [[R. Hoad|name]] | [[Willow|name]] wet at carpet time. Spare clothes. Mum ([[Kayleigh|name]])
informed at pick-up. Alerted: [[J Pettit|name]]
[[19/11/2026|date]] 13:40 | Disclosure | [[R. Hoad|name]] | W said "[[Stacey|name]] shouts at [[Mase|name]] and dad just laughs". Said
she sleeps on the sofa at dad's. Alerted: [[J Pettit|name]]
[[19/11/2026|date]] 14:02 | Action | [[J Pettit|name]] | Passed to SW [[Sam Okafor|name]] by email
([[sam.okafor@ouseweald.gov.uk|email]]).
[[23/11/2026|date]] 08:50 | Family | [[J Pettit|name]] | Grandad ([[Terry Beal|name]]) dropped W off. Said [[Kayleigh|name]] unwell.
Number given [[01892 396 989|phone]].
[[24/11/2026|date]] 15:15 | Friendship | [[M. Dann|name]] | [[Willow|name]] and [[Poppy-Mae Steer|name]] fell out over Pokémon cards;
resolved."""),
]


# --- C. Vargas / Pryor family (Costa Rican and white British), Harlands, Uckfield -----------------------------------------

HOME_C = d.Address("17 Harlands Road", "Harlands", "Uckfield", "TN22 1JF")
ABUELA_C = d.Address("Calle 8, Avenida 3, Barrio Fátima", "", "Heredia", "40101")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Valentina", "Vargas Solano")], dt.date(2012, 1, 28), addresses=[HOME_C], ids=["5892893723"],
       schools=["Uckfield College"]),
    _p("s", "sibling", [("Mateo", "Pryor")], dt.date(2018, 11, 5), addresses=[HOME_C], ids=["4309999980", "R845611105844"],
       schools=["Holy Cross Catholic Primary School"]),
    _p("m", "mother", [("María José", "Vargas Solano")], dt.date(1990, 6, 12), addresses=[HOME_C], phones=["07942 532 188"]),
    _p("f", "father", [("Gareth", "Pryor")], dt.date(1982, 2, 19), phones=["07778 519 261"]),
    _p("g", "grandparent", [("Xinia", "Solano Mora")], dt.date(1964, 3, 3), addresses=[ABUELA_C], phones=["+506 8714 2936"]),
], "c")

DOCS_C = [
    ('child and family assessment extract', """CHILD AND FAMILY ASSESSMENT (extract: family history and the child's voice)
Children: [[Valentina VARGAS SOLANO|name]] ([[28/01/2012|dob]], 14, [[Uckfield College|school]]) and [[Mateo PRYOR|name]]
([[05/11/2018|dob]], 8,
[[Holy Cross|school]]; UPN [[R845611105844|upn]]).  Home: [[17 Harlands Road|address]], [[Harlands|place]], [[Uckfield|place]]
[[TN22 1JF|postcode]].
Assessing worker: [[Marcus Fenn|name]].  Interpreter (Spanish) for the mother's first session: [[Lucía Benavides|name]].

Family history. [[María José Vargas Solano|name]] (known as "[[Majo|name]]") was born in [[Heredia|place]], Costa Rica, and grew up in
[[San Pablo|place]] with her mother, [[Xinia Solano Mora|name]], who still lives at [[Calle 8, Avenida 3, Barrio Fátima|address]],
[[Heredia|place]]
[[40101|postcode]] (WhatsApp [[+506 8714 2936|phone]]). She met [[Gareth Pryor|name]] in [[Tamarindo|place]] in 2016 when he was
travelling;
[[Valentina|name]] is from an earlier relationship with [[Andrés Quirós|name]] in [[Alajuela|place]], who has had no contact since she
was
two. The family came to [[Uckfield|place]] in 2019 and lived first with [[Gareth|name]]'s parents at [[Nutley|place]].
[[Gareth|name]] left in [[March 2025|date]] and lives in [[Haywards Heath|place]]. [[Majo|name]] says he controlled the money and her
visa and
that he once locked her out in the snow with [[Mateo|name]]. He denies it.

[[Valentina|name]]'s voice ("[[Vale|name]]"): she looks after [[Mateo|name]] most evenings because mum cleans at the hotel at
[[Buxted|place]]
until 10pm. She said: "I am the one who speaks English so I do the phone calls, the doctor, the letters." She misses her
abuela and her cousin [[Dani|name]] in [[Heredia|place]]. She has been self-harming (cuts to the thighs) since September
and her friend [[Isla Tompsett|name]] told the pastoral lead, Ms [[Greenaway|name]], on [[20.10.2026|date]].
[[Mateo|name]]'s voice: [[Mateo|name]] drew his family: mum, [[Vale|name]], "Papi" (his dad), abuelita [[Xinia|name]] on a plane, and
the dog, Canela. He said
his dad's house in [[Haywards Heath|place]] has a PlayStation and "[[Gareth|name]]'s girlfriend [[Lauren|name]] is nice". He said he
does not like it
when [[Vale|name]] cries in the bathroom. His teacher at [[Holy Cross|school]], Mr [[Obi|name]], says he is a happy boy who reads well.

Network: [[Majo|name]]'s friends from the Latin American group that meets at [[Uckfield|place]] library on Saturdays,
[[Yesenia Mora Pineda|name]]
([[07654 083 292|phone]]) and her husband [[Tom Pineda|name]] of [[22 Rocks Park Road|address]], [[Uckfield|place]]
[[TN22 2AT|postcode]], have the children
when she works late. Her brother, [[Rodrigo Vargas Solano|name]], lives in [[San José|place]] ([[Avenida 10, Calle 21|address]],
[[Barrio Los
Ángeles|place]]).
[[Gareth Pryor|name]]'s parents, [[Clive|name]] and [[Ann Pryor|name]], live at [[Nutley|place]] and see [[Mateo|name]] monthly."""),
    ("mother's email to the social worker in Spanish and English", """From: [[Majo Vargas|name]] <[[majo.vargas.s@gmail.com|email]]>
To: [[Marcus Fenn|name]]
Sent: [[23 de noviembre de 2026|date]] 23:48
Subject: [[Vale|name]]

Hola [[Marcus|name]], sorry I write in spanish and english, I am tired.
[[Vale|name]] no quiere ir al colegio mañana. She say the girls in her class is saying things on snapchat about her. La niña
[[Isla|name]] es buena amiga, pero las otras no. Can you call to Ms [[Greenaway|name]]? I work tomorrow 6 to 2 at the hotel.
[[Gareth|name]] me escribió otra vez anoche diciendo que va a llevar a [[Mateo|name]] a [[Haywards Heath|place]] for christmas and that
I
cannot say no. Is it true? My mami say I must go back to [[Heredia|place]] but my life is here in [[Uckfield|place]].
My new number is [[07942 532 188|phone]].
Gracias,
[[Majo|name]]
[[María José Vargas Solano|name]]
[[17 Harlands Rd|address]]"""),
    ('CAMHS crisis team telephone triage note', """SPFT CAMHS URGENT HELP SERVICE - TELEPHONE TRIAGE
Caller: [[Marcus Fenn|name]], social worker, for [[VARGAS SOLANO Valentina|name]] DOB [[28.1.2012|dob]] NHS No. [[589 289 3723|nhs]]
Call: [[24/11/26|date]] 16:20, clinician [[Priya Raman-Holt|name]] (CAMHS practitioner)
GP: Meridian Surgery, [[Uckfield|place]]
History: Y10 girl, living with mother and brother ([[Mateo|name]], 8). Self-harm by cutting since autumn; on [[23/11|date]] told her
friend [[Isla|name]]
by Snapchat that she "wanted to not wake up". Mother at work until 2pm; uncle [[Rodrigo|name]] is in [[San José|place]]. Father
[[Gareth Pryor|name]]
has PR ([[07778 519 261|phone]]) - V does not want him told.
Mother's contact: [[07942 532 188|phone]]; friend [[Yesenia Mora Pineda|name]] ([[07654 083 292|phone]]) may bring [[Valentina|name]]
if mother cannot.
School: [[Uckfield College|school]], pastoral lead Ms [[Greenaway|name]] ([[01825 244 240|phone]]); GP letter to Dr
[[Fairweather|name]] sent [[24.11.2026|date]].
Plan: seen same day at the Mill View crisis clinic ([[Hove|place]]) - mother to take her by taxi from [[Uckfield|place]]; school (Ms
[[Greenaway|name]])
to be kept informed; follow-up with the [[Crowborough|place]] CAMHS team. Safety plan agreed with [[Valentina|name]]; she wants
[[Isla Tompsett|name]]
and her abuela on her list of people to talk to."""),
    ("school nurse's drop-in notes written on a phone", """Notes from phone - [[K. Ashby|name]] SN - [[Uckfield College|school]] drop
in [[26/11|date]]
[[vale vs|name]] (y10) came w [[isla|name]]. arms ok, thighs healing, no new. says sleeping better since the [[hove|place]] appt. mum
ok w her coming.
[[mateo|name]] at [[holy x|school]] - mum says bedwetting again since dad txt about xmas. ref to enuresis clinic? ask hv [[tanya|name]].
[[vale|name]] asked can she phone abuela in costa rica from school - said yes on the office phone, the nurse room. number she gave:
[[+506 8714 2936|phone]].
next: thurs [[3rd|date]] 11.20
also - [[isla|name]] said [[vale|name]]'s ex friend [[amber|name]] posted the pic. told ms [[greenaway|name]]. [[amber r|name]] y10.
pastoral to deal."""),
]


# --- D. Teo / Orme family (Tuvaluan and white British), Sheep Plain, Crowborough --------------------------------------------

HOME_D = d.Address("6 Fielden Road", "Sheep Plain", "Crowborough", "TN6 2AW")
NANA_D = d.Address("", "Vaiaku, Fongafale", "Funafuti", "")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Sione", "Orme")], dt.date(2016, 4, 3), addresses=[HOME_D], ids=["5903666620", "F845419535188"],
       schools=["Sir Henry Fermor Church of England Primary School"]),
    _p("s", "sibling", [("Losa", "Orme")], dt.date(2021, 7, 30), addresses=[HOME_D], ids=["5683398967"]),
    _p("m", "mother", [("Malia", "Teo")], dt.date(1994, 1, 15), addresses=[HOME_D], phones=["07332 992 608"]),
    _p("f", "father", [("Steven", "Orme")], dt.date(1985, 9, 9), addresses=[HOME_D], phones=["07335 840 085"]),
    _p("g", "grandparent", [("Fetu", "Teo")], dt.date(1966, 5, 5), addresses=[NANA_D], phones=["+688 901 234"]),
], "c")

DOCS_D = [
    ("health visitor's targeted contact record", """HEALTH VISITING - TARGETED CONTACT
Client: [[ORME, Losa|name]]   DOB: [[30 Jul 2021|dob]]   NHS: [[568 339 8967|nhs]]
Address: [[6 Fielden Road|address]], [[Sheep Plain|place]], [[Crowborough|place]] [[TN6 2AW|postcode]]
Seen: Thu [[12 Nov 2026|date]] at home by [[Nadia Osei|name]], HV.  Also present: mother [[Malia TEO|name]]; brother [[Sione|name]]
(10, home unwell)
Reason: 5-year review not attended x2; nursery ([[Little Beacons|school]]) report [[Losa|name]] often hungry and dirty clothes.
Observations: [[Malia|name]] quiet, flat; lost weight. Said she does not sleep since her father died in [[Funafuti|place]] in June and
she could
not afford to fly home. Her mother, [[Fetu Teo|name]], lives in [[Vaiaku|place]], [[Fongafale|place]] (no street address - "everyone
knows
her house by the church"); phone [[+688 901 234|phone]]. [[Steven Orme|name]] (partner, ex-army, [[07335 840 085|phone]]) works nights
at
the distribution centre in [[Tunbridge Wells|place]]; [[Malia|name]] said he drinks in the day and "[[Steve|name]] doesn't let me go to
church in [[Croydon|place]] now". The Tuvaluan congregation she used to go to meets at a hall in [[Thornton Heath|place]].
Growth: [[Losa|name]] 0.4th-2nd centile; [[Sione|name]] has eczema flares. [[Malia|name]] says the family came from [[Aldershot|place]]
in 2022
when [[Steven|name]] left the army, and that his sister [[Karen Orme|name]] in [[Farnborough|place]] is "the only one of his family I
talk to".
PHQ-9: 19. Network: [[Sela Fonua|name]] ([[07103 218 315|phone]]), [[Flat 9, Lodge Court|address]], [[Croydon|place]]; her husband
[[Tavita|name]]; Pastor [[Iosefa Malua|name]]. Neighbour
Mrs [[Gower|name]] at [[no. 8|address]] sometimes minds [[Losa|name]].
Plan: GP (Beacon Surgery) today for mood; Talking Therapies; ask [[Malia|name]]'s friend [[Sela Fonua|name]] to visit."""),
    ('Facebook Messenger chat in Tuvaluan and English, typed up and translated', """Facebook Messenger - [[Malia Teo|name]] and
[[Sela Fonua|name]], shown to the SW by [[Malia|name]] on [[19/11/2026|date]] and typed up
with her
permission. Tuvaluan translated by [[Malia|name]] in brackets.

[[Sela|name]] [[14 Nov|date]] 20:03: [[Malia|name]] e a koe? (how are you)
[[Malia|name]] [[14 Nov|date]] 20:10: fakalavelave. [[steve|name]] ne ita (problems. [[steve|name]] was angry)
[[Sela|name]] [[14 Nov|date]] 20:11: ne ta koe ne ia? (did he hit you)
[[Malia|name]] [[14 Nov|date]] 20:15: kaia. i pushed into the wardrobe. [[sione|name]] seen
[[Sela|name]] [[14 Nov|date]] 20:16: au ka vau. I come tomorrow from [[croydon|place]] with [[tavita|name]]
[[Malia|name]] [[14 Nov|date]] 20:20: no dont. he home all day. mamaa (shame)
[[Sela|name]] [[14 Nov|date]] 20:22: call ur mum. or I call nana [[fetu|name]]
[[Malia|name]] [[14 Nov|date]] 20:31: no she cry. dont tell [[funafuti|place]]
[[Sela|name]] [[15 Nov|date]] 09:02: ok. ring me [[07103 218 315|phone]] anytime ofa atu
[[Malia|name]] [[15 Nov|date]] 09:40: [[sione|name]] told his teacher mrs [[frith|name]]. school ring me
[[Sela|name]] [[15 Nov|date]] 09:41: good. [[tavita|name]] say come to us, [[lodge court|address]] has room for u and kids
[[Malia|name]] [[15 Nov|date]] 09:50: what about [[losa|name]] nursery. and [[steve|name]] has my passport
[[Sela|name]] [[15 Nov|date]] 09:52: pastor [[iosefa|name]] will help. also ring [[nanise|name]] in [[thornton heath|place]]"""),
    ('strategy discussion record', """STRATEGY DISCUSSION (s.47) - RECORD
Children: [[Sione ORME|name]] (DOB [[03/04/2016|dob]], [[Sir Henry Fermor CE Primary|school]], UPN [[F845419535188|upn]]);
[[Losa ORME|name]] (DOB [[30/07/2021|dob]])
Date/time: [[20.11.2026|date]] 11:30 (Teams)    Chair: [[Dionne Carver|name]], Team Manager
Present: SW [[Ellis Ward|name]]; DS [[Kevin Lassiter|name]] (Sussex Police CSU); HV [[Nadia Osei|name]]; DSL [[Caroline Frith|name]]
([[Sir Henry Fermor|school]])
Information: [[Sione|name]] told his teacher on [[19.11|date]] that "dad pushed mum in the wardrobe and she hit her head" and that he
takes [[Losa|name]]
into his bed. Messages shown by mother to SW (see typed-up chat). Police: two callouts to [[Fielden Road|address]] (2024, 2026), no
charge;
[[Steven Orme|name]] has a caution for assault on a previous partner in [[Aldershot|place]] (2015). A friend, [[Sela Fonua|name]], of
[[Flat 9, Lodge
Court|address]],
[[Croydon|place]], offers a place for mother and children.
Decision: s.47 enquiry, joint. SW and DS to see [[Sione|name]] at school today; [[Malia|name]] to be seen alone with a Tuvaluan-speaking
interpreter if one can be found (if not, she prefers English to a Samoan interpreter). Next meeting [[27 Nov|date]].
Update 15:10: [[Sione|name]] seen at school by SW [[Ward|name]] and DS [[Lassiter|name]]; he repeated the account and said
"[[Steve|name]]" (he calls his dad
[[Steve|name]]) threw [[Losa|name]]'s cup. [[Malia|name]] seen at the [[Crowborough|place]] office 13:30 with [[Sela|name]]; she agreed
to go to [[Sela|name]]'s
in [[Croydon|place]] tonight. [[Steven Orme|name]] arrested at [[6 Fielden Road|address]] at 17:45."""),
    ('housing emergency application form', """WEALDEN DISTRICT COUNCIL - HOMELESSNESS: DOMESTIC ABUSE - EMERGENCY APPLICATION
Section 1: Applicant
Surname: [[TEO|name]]      First name(s): [[Malia|name]]      Date of birth: [[15 / 01 / 1994|dob]]
NI number: [[SK 41 72 58 B|ni]]     Mobile: [[07332 992 608|phone]]      Email: [[maliateo94@outlook.com|email]]
Current address: [[6 Fielden Road|address]], [[Crowborough|place]]        Postcode: [[TN6 2AW|postcode]]
Section 2: Household
1. [[Sione Orme|name]]   [[03/04/2016|dob]]   son
2. [[Losa Orme|name]]     [[30/07/2021|dob]]   daughter
Section 3: Perpetrator   Name: [[Steven ORME|name]]   DOB: [[09/09/1985|dob]]   Vehicle: [[LN19 KXT|vehicle]]
Section 4: Where do you want to go? [x] outside the district: [[Croydon|place]] (friend) / [[Thornton Heath|place]] (church)
Section 4a: Anyone else we may contact: [[Sela Fonua|name]] (friend) [[07103 218 315|phone]]; Pastor [[Iosefa Malua|name]],
[[Thornton Heath|place]]
Section 4b: Previous addresses in the last 5 years: [[Block C, 14 Alma Lines|address]], [[Aldershot|place]] [[GU11 2LT|postcode]] (army
quarter) to [[08/2022|date]]
Section 5: Referring agency: Ouse Weald CSC - [[Ellis Ward|name]] - [[01273 481 562|phone]]
Signed: [[M Teo|name]]        Date: [[21/11/2026|date]]"""),
]


# --- E. Ashdown / Field family (white British), Steel Cross, Crowborough ---------------------------------------------------

HOME_E = d.Address("4 Palesgate Lane", "Steel Cross", "Crowborough", "TN6 2UY")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Harley", "Ashdown")], dt.date(2011, 12, 4), addresses=[HOME_E], ids=["4342905434", "Y845908028381"],
       schools=["Beacon Academy"]),
    _p("m", "mother", [("Gemma", "Ashdown")], dt.date(1987, 8, 13), addresses=[HOME_E], phones=["07598 229 204"]),
    _p("f", "partner", [("Jordan", "Field")], dt.date(1990, 2, 27), addresses=[HOME_E], phones=["07813 974 048"]),
], "c")

DOCS_E = [
    ('return home interview after a missing episode', """RETURN HOME INTERVIEW (commissioned service: Missing People partnership)
Young person: [[Harley ASHDOWN|name]]   DOB [[04/12/2011|dob]]   Address: [[4 Palesgate Lane|address]], [[Steel Cross|place]],
[[Crowborough|place]] [[TN6 2UY|postcode]]
Missing from: Saturday [[31 October 2026|date]] 19:00 to Monday [[2 November 2026|date]] 06:15 (found by BTP at [[Brighton|place]]
station)
Interview: [[4 November 2026|date]] at [[Beacon Academy|school]], by [[Kirsty Pilbeam|name]] (RHI worker)

[[Harley|name]] (just turned 15 next month - he said "I'm basically 15") agreed to talk but not about "who". He said he went with a lad
called "[[Tino|name]]" from [[Tunbridge Wells|place]] who he met through [[Kai Dunk|name]]. They got the train from [[Eridge|place]].
He stayed at a
flat in [[Whitehawk|place]] "with some older boys" and a woman called [[Shell|name]]. He said he was given a phone and a "job" but
didn't say
what. He had £140 in cash and new trainers when found.
At home: he says mum ([[Gemma|name]]) is "alright" but [[Jordan|name]] (mum's partner, [[Jordan Field|name]]) "gets in my face" and
took his door off
its hinges. He would go to his nan's, [[Pauline Ashdown|name]] at [[Sheffield Park|place]], if he could.
Push/pull: wants money; a girl, [[Demi|name]] ("[[demz|name]]"); says [[Crowborough|place]] is "dead".
Worries named by [[Harley|name]]: owing money to "[[Tino|name]]'s cousin", whose name he would not give; a man in a grey Golf
([[KN21 HWD|vehicle]]) seen
outside [[Beacon Academy|school]] twice. Strengths: he likes boxing with [[Jess|name]] at the youth project and cooking with his nan.
Who he trusts: nan ([[Pauline|name]]), [[Jess|name]] at the youth project, his old football coach [[Wes Dadswell|name]] from
[[Crowborough|place]] under 13s,
and his cousin [[Lily-Rose Ashdown|name]] (17) in [[Forest Row|place]]. He said he would not go back to [[Whitehawk|place]] "unless I
have to". Mum's
mobile [[07598 229 204|phone]]; [[Jordan Field|name]] [[07813 974 048|phone]]; nan [[Pauline Ashdown|name]] [[01825 575 575|phone]],
[[Sheffield Park|place]].
Shared with: SW [[Ellis Ward|name]]; PC [[Ana Ruddock|name]] (missing person co-ordinator); school DSL [[Gareth Lusted|name]]."""),
    ('Snapchat messages from a police phone download', """SUSSEX POLICE - DIGITAL FORENSICS - EXTRACT (Snapchat, chat export)   Device:
handset seized from [[ASHDOWN, Harley|name]]
[[02/11/2026|date]]
Account owner display name: "[[Harley A|name]]"   Username: h4rl3y_tn6
Other party display name: "[[Tino|name]]"   Username: tinobagz_01

[[2026-10-29|date]] 22:41  [[Tino|name]]: u still down for the weekend
[[2026-10-29|date]] 22:43  [[Harley A|name]]: ye if [[jordan|name]] dont lock the door lol
[[2026-10-30|date]] 16:02  [[Tino|name]]: come [[eridge|place]] 7pm sat. bring charger
[[2026-10-30|date]] 16:05  [[Harley A|name]]: is [[kai|name]] coming
[[2026-10-30|date]] 16:06  [[Tino|name]]: nah just u. [[shell|name]] sorting the place in [[whitehawk|place]]
[[2026-11-01|date]] 03:17  [[Tino|name]]: answer the fone. [[07441 886 223|phone]] from now on
[[2026-11-01|date]] 03:20  [[Harley A|name]]: im scared bro theres a guy here with a blade
[[2026-11-01|date]] 03:21  [[Tino|name]]: relax. u owe 300 now
[[2026-11-01|date]] 03:40  [[Harley A|name]]: my mum keeps ringing
[[2026-11-01|date]] 03:41  [[Tino|name]]: dont answer. tell her ur at [[kais|name]]
[[2026-11-01|date]] 11:12  [[Harley A|name]]: can i go home now [[shell|name]] says ask u
[[2026-11-01|date]] 11:30  [[Tino|name]]: after the [[kemptown|place]] drop. [[marsh|name]] will pick u up at [[elm grove|address]]
[[2026-11-01|date]] 23:58  [[Harley A|name]]: police here at the station
[[2026-11-02|date]] 00:03  [[Tino|name]]: u dont know me"""),
    ('exploitation risk chronology', """CHILD EXPLOITATION - CHRONOLOGY OF SIGNIFICANT EVENTS: [[Harley Ashdown|name]] ([[4.12.11|dob]])
Date          Event                                                                                     Source
[[14.06.2026|date]]    First missing episode, overnight; found at [[Kai Dunk|name]]'s in [[Tunbridge Wells|place]].         Police
[[03.09.2026|date]]    Excluded 3 days ([[Beacon|school]]) - vape and £60 cash.                                          School
[[20.09.2026|date]]    Mum [[Gemma Ashdown|name]] ([[07598 229 204|phone]]) reports [[Harley|name]] came home in a taxi from
[[Hastings|place]].   Mother
[[31.10.2026|date]]-[[02.11.2026|date]]  Missing; found at [[Brighton|place]]; RHI done [[4/11|date]].                    BTP/RHI
[[06.11.2026|date]]    Partner [[Jordan Field|name]] ([[07813 974 048|phone]]) arrested after a fight with [[Harley|name]] in the
street outside [[no. 6|address]].   Police
[[09.11.2026|date]]    NRM referral made by SW [[Ellis Ward|name]]; MACE panel.                                     CSC
[[10.11.2026|date]]    Strategy meeting: [[Tino|name]] believed to be [[Valentino Marsh|name]] (DOB [[11/07/2006|dob]]) of
[[Sherwood Road|address]], [[Tunbridge Wells|place]].   Police
[[11.11.2026|date]]    [[Harley|name]] seen in [[Uckfield|place]] with [[Kai Dunk|name]] at the bus station by PCSO
[[Dean Goble|name]].   Police
[[12.11.2026|date]]    Nan [[Pauline Ashdown|name]], [[Sheffield
Park|place]], agrees respite at weekends. Car: [[GU68 RZV|vehicle]].          CSC"""),
    ("youth worker's voice note transcribed by an app", """Otter transcript - "voice note [[27 nov|date]]" - [[Jess Tulley|name]]
(Crowborough Youth Project)
[[Jess Tulley|name]]  0:00
Okay so quick one for the file, it's Friday the [[twenty seventh|date]]. Saw [[Harley|name]] at the drop-in on the Crowborough Rec
after school,
he came with [[Demi|name]], [[Demi Sturt|name]], and her brother [[Connor|name]]. [[Harley|name]] said he's staying at his nan's,
[[Pauline|name]], in [[Sheffield Park|place]]
most weekends now and it's "proper boring" but fine. He showed me he's changed his number, new one's [[07728 289 969|phone]], and he
said he's blocked [[Tino|name]]. He asked if we could do the boxing again at the Goldsmiths on Wednesdays.
[[Jess Tulley|name]]  1:12
Oh and [[Gemma|name]], mum, texted me, she's worried [[Jordan|name]]'s bail is ending on the [[eighth of December|date]]. Passing that
to [[Ellis|name]]."""),
]


# --- F. Kenward / Tester family (white British), kinship care at Ringles Cross, Uckfield ------------------------------------

HOME_F = d.Address("Rose Cottage, 2 Lower Ringles Cross", "Ringles Cross", "Uckfield", "TN22 1HF")
MUM_F = d.Address("Room 4, 19 Lansdowne Place", "", "Hove", "BN3 1HE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kiera", "Kenward")], dt.date(2015, 10, 20), addresses=[HOME_F], ids=["7482168257", "B845978279996"],
       schools=["Dane Hill Primary School"]),
    _p("s", "sibling", [("Rowan", "Tester")], dt.date(2013, 3, 16), addresses=[HOME_F], ids=["4089907241"]),
    _p("m", "mother", [("Lacey", "Kenward")], dt.date(1995, 4, 2), addresses=[MUM_F], phones=["07822 436 219"]),
    _p("g", "grandparent", [("Maureen", "Kenward")], dt.date(1960, 11, 11), addresses=[HOME_F], phones=["01825 909 116"]),
    _p("f", "father", [("Shane", "Tester")], dt.date(1991, 6, 6), phones=["07384 656 985"]),
], "c")

DOCS_F = [
    ("social worker's letter to a kinship carer", """Ouse Weald Children's Services, Fostering and Kinship Team
Mrs [[M Kenward|name]]
[[Rose Cottage|address]]
[[2 Lower Ringles Cross|address]]
[[Uckfield|place]]
[[TN22 1HF|postcode]]
[[30th November 2026|date]]

Dear Mrs [[Kenward|name]],
Special guardianship assessment for [[Kiera|name]] and [[Rowan|name]]
Thank you for seeing me on [[26 November|date]]. As we discussed, the assessment will be written by [[Bethan Coe|name]] from our kinship
team, and the court has set the final hearing for [[15 March 2027|date]] in [[Brighton|place]]. [[Lacey|name]] has been told by her
solicitor.
I have written to [[Shane Tester|name]] at his last known address in [[Peacehaven|place]] ([[41 Bramber Avenue|address]]) and sent a
text to
[[07384 656 985|phone]]; he has not replied. I will also ask your son [[Darren|name]] and his wife [[Kim|name]] in [[Newick|place]]
about the
respite weekends you mentioned. Your kinship allowance will be paid from [[7 December|date]]; please send me your National Insurance
number (I have [[NL 58 21 63 C|ni]] from your form - please check it) and the children's child benefit letter.
The school, [[Dane Hill|school]], tell me that [[Kiera|name]] is settling well and that Mrs [[Underwood|name]] has started her in the
reading group.
Yours sincerely,
[[Ellis Ward|name]], Social Worker, [[01825 623 281|phone]]"""),
    ("grandmother's own handwritten letter to the court, typed up", """To the Judge

My name is [[Maureen Kenward|name]] and I am Nanna to [[Kiera|name]] and [[Rowan|name]]. I have had them since the [[4th of July|date]]
last year when
their mum my daughter [[Lacey|name]] was took into hospital. I am 66 and I have looked after children all my life, I was a dinner lady
at
[[Holy Cross|school]] for 20 years. [[Rowan|name]] is 13 and he is a good boy, he is into his football for [[Maresfield|place]] under
14s and he
wants to be a chef. [[Kiera|name]] is 11 she had night terrors when she come to me but now she sleeps with the light on and she is
fine. I would like to keep them until they are grown. I love [[Lacey|name]] and I want her to get well, she is doing very good at
[[Hove|place]] and she rings Sundays. Their dad [[Shane|name]] has not been in touch since he went off with that [[Tina|name]] to
[[Peacehaven|place]] and I do not want him turning up at my door again like on Boxing Day.
When [[Lacey|name]] was small we lived at [[Flat 2, Ashdown Court|address]], [[Bell Lane|address]], [[Uckfield|place]] then we moved
here in 1998 after my
husband [[Roy|name]] passed. [[Lacey|name]] went to [[Manor|school]] and then to [[Uckfield College|school]].
My neighbour Mr [[Pelling|name]] will say I am a good Nan. He has known me 30 year.
Yours faithfully
[[Maureen Kenward|name]] (Mrs)
[[Rose Cottage|address]], [[Ringles Cross|place]]
tel [[01825 909 116|phone]]"""),
    ('GP safeguarding report for a special guardianship assessment', """GP REPORT - SPECIAL GUARDIANSHIP (prospective carer)
Patient: [[KENWARD, Maureen|name]]   DOB [[11/11/1960|dob]]
Address: [[Rose Cottage, 2 Lower Ringles Cross|address]], [[Uckfield|place]] [[TN22 1HF|postcode]]
Requested by: [[Bethan Coe|name]], kinship assessor, on [[01/12/2026|date]]
Mrs [[Kenward|name]] has been registered at this practice since 1994. Type 2 diabetes, well controlled; hip replacement (Princess Royal
Hospital, 2022); no mental health history. She is a carer for her grandchildren, [[Kiera Kenward|name]] and [[Rowan Tester|name]], who
are also registered with us (NHS [[748 216 8257|nhs]], [[408 990 7241|nhs]]). No safeguarding concerns are recorded about her.
Her daughter, [[Lacey Kenward|name]] (DOB [[02/04/1995|dob]]), was our patient until she moved to [[Hove|place]]; I have not included
her records.
Dr [[Imogen Patcham|name]], GP partner, Meridian Surgery, [[Uckfield|place]]        Date: [[03/12/2026|date]]"""),
    ('family time record sheet, scanned from a contact centre', """[scanned form - handwriting typed where legible]
FAMILY TIME RECORD - Heathfield Family Centre
Children: [[Kiera|name]] / [[Rowan|name]]      Parent: [[Lacey KENWARD|name]] (mum)   Supervisor: [[Wendy Farr|name]]
Date: Sat [[21.11.26|date]]   Time: 10.00 - 12.00   Brought by: Nan ([[Maureen|name]]), car [[LV63 OPK|vehicle]]
10.02 [[Lacey|name]] arrived on the bus from [[Lewes|place]], brought presents (a Brighton & Hove Albion shirt for [[Ro|name]], slime
for [[Kiki|name]]).
10.30 Board games. [[Kiera|name]] sat on mum's lap. [[Rowan|name]] quiet, on his phone, said "[[Lace|name]]" not "mum".
11.15 [[Lacey|name]] asked [[Rowan|name]] if he had heard from his dad. [[Rowan|name]] said "[[Shane|name]] texted at Christmas and
that's it".
11.50 Goodbyes - [[Kiera|name]] cried. [[Lacey|name]] said she will see them on the [[5th|date]] and [[19th Dec|date]].
Notes for SW (from supervisor): [[Lacey|name]] told me she has a new boyfriend, "[[Jez|name]]", from the recovery house at
[[Lansdowne Place|address]],
[[Hove|place]]; she wants to bring him on the [[19th|date]]. I said that must be agreed with [[Ellis|name]] first. [[Maureen|name]]
asked me to tell [[Ellis|name]] that
[[Shane|name]] rang her landline ([[01825 909 116|phone]]) on [[20/11|date]] from a withheld number and asked where the children go to
school.
Signed: [[W. Farr|name]]"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 179 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:29 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "sw", "hv", "dsl", "sn", "nurse", "our",
           "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "abuela", "abuelo", "mami", "papi", "tío", "tía", "tio", "tia", "doña", "don"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "sussex", "east sussex",
               "west sussex", "the weald", "weald", "high weald", "kent", "surrey", "south london", "costa rica", "tuvalu",
               "samoa", "fiji", "pacific", "the pacific", "central america", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# earlier sets' checkers), with this set's titles and kinship words and counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
