"""Set 206: a held-out hand-written set for the redaction detector, six more invented families in Bromyard, Kington and Ledbury
(Herefordshire).

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set207.py to bench/redaction_set209.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py (its docstring, its first 200 lines, to the opening of its second family, and its last 82 lines) and
tests/test_redaction_set181.py in full, whose layout this set copies; bench/redaction_set21.py and its test were NOT read for
lack of time (set 181's conventions, which are set 21's, were followed instead); the docstrings of bench/redaction_set7.py to
bench/redaction_set205.py were searched by script (ast.get_docstring) for the towns, villages and communities used here, and
only the matching line of set 41's docstring was printed (Ledbury there is a word marked by what it refers to, not a home);
lines 20 to 60 of bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`). Nothing beyond the brief was seen. Phone
numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Address, d.CaseRecord, d.Party through `_party`) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Six families, each in a town or village the earlier docstrings did not show as a family's home: a Kanuri family (from
Maiduguri, Borno State, north-east Nigeria; Kanuri is a Saharan language, and Kanuri did not appear in any earlier docstring)
in Bromyard town (Kachalla / Modu; a girl of 14 burned in a row between her parents, domestic abuse, a risk of forced marriage
in Nigeria, a grandmother in Maiduguri, an uncle in Small Heath); a white British young carer of 12 in Whitbourne near Bromyard
(Bufton; a father with strokes, a mother in Worcester, a brother of 18); a white British mother, her partner and two small
children in Ledbury town (Jauncey / Whittall; strangulation, MARAC, neglect of a toddler); a white British family in
Wellington Heath near Ledbury with a disabled boy of 7 (Tranter; autism and epilepsy, short breaks, a sister's diary); a white
British and Welsh boy of 15 in Kington town (Lewis-Price; missing to Kidderminster and Birmingham, criminal exploitation, a
father in Llandrindod Wells); and a white British mother in Lyonshall near Kington (Vaughan; depression, alcohol, an overdose,
a girl of 9 caring for a baby, a grandfather in Pembridge). 24 documents, each with its own style label: a secondary school
referral, a mother's words through a Kanuri interpreter, strategy meeting minutes, a girl's planner scanned by OCR, a young
carers' assessment, a brother's texts, a GP's letter, a child's caring card, a police DASH extract, health visitor's notes,
MARAC minutes, Facebook messages screenshotted, a short breaks request, a mother's email at night, short breaks panel minutes,
a sister's diary, a missing person report, a return home interview, exploitation panel minutes, a mother's voice notes
transcribed, an adult mental health liaison note, CPOMS entries, a conference report and a grandfather's letter scanned by OCR.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Nigeria); NHS numbers and UPNs (LA 884) pass their check digits. Two
words given as Kanuri in an interpreter's note were not checked against a Kanuri dictionary and may be wrong (they are not
names and not marked); no document is written in another script, for lack of time. The council (Herefordshire Council), the practices,
Bluebell Care, Fortis Living, Sanctuary, Turning Point and the teams are unmarked organisations; towns, villages, districts and
estates are real and marked as places; schools are real names used for invented pupils.

Markup and conventions: those of set 181 (which are set 21's). Titles and kinship words stay outside a name (Mr, Mrs, Miss,
Dr, PC, DS, DI, Nan, Grandma, Grandad, Uncle, Auntie, and the Kanuri Kaka (grandmother)); "SURNAME, First" is one span
("KACHALLA, Yakaka", "LEWIS-PRICE, Kian"); initials alone ("JT") are not marked; a neighbour's bare house number ("no. 1",
"no. 24") is an address; organisations holding a town's name stay unmarked ("Bromyard Medical Practice", "Kington and Rural
West team"), and so do states, counties and countries ("Borno State", "Herefordshire", "Nigeria"); an OCR misreading keeps its
kind ("Pembrldge" a place, "23rd Novernber" a date, "0l544 388 1l7" a phone); a railway or bus station named by its town marks
the town; a nickname of a town ("Kiddy", "llandod") is a place.

Choices this set had to make: weekdays alone ("sat", "Thursday night") are not dates; a river ("the Arrow") is a landmark and not
marked; a nursery's name ("Little Acorns") is a school; a girl's nickname "Yaks" is a name, while "Kaka" is a kinship word.

Self-check without the detector: `python -m bench.redaction_set206` (and tests/test_redaction_set206.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 903 gold spans, 517 of them names (address 35, postcode 13, place 127, school 26, phone 39, email 5,
dob 18, date 107, nhs 5, upn 3, ni 2, vehicle 6)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Kachalla / Modu family (Kanuri, from Maiduguri, Borno State, Nigeria), Bromyard town ------------------------------

HOME_A = d.Address("9 Sherford Street", "", "Bromyard", "HR7 4DL")
KAKA_A = d.Address("Gwange Ward, behind Monday Market", "", "Maiduguri", "600101")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Yakaka", "Kachalla")], dt.date(2012, 4, 19), addresses=[HOME_A], ids=["4828323465", "G884272879832"],
       schools=["Queen Elizabeth High School"]),
    _p("s", "sibling", [("Modu", "Kachalla")], dt.date(2018, 10, 2), addresses=[HOME_A], ids=["4761841559", "R884281500290"],
       schools=["St Peter's Primary School"]),
    _p("m", "mother", [("Falmata", "Modu")], dt.date(1989, 1, 11), addresses=[HOME_A], phones=["07724 391 508"]),
    _p("f", "father", [("Bukar", "Kachalla")], dt.date(1981, 6, 30), addresses=[HOME_A], phones=["07956 214 873"]),
    _p("g", "grandparent", [("Kaltumi", "Modu")], addresses=[KAKA_A], phones=["+234 803 412 7765"]),
], "c")

DOCS_A = [
    ("secondary school safeguarding referral to the front door", """HEREFORDSHIRE COUNCIL - REQUEST FOR SUPPORT (MASH)
Referrer: [[Rhiannon Gittins|name]], DSL, [[Queen Elizabeth High School|school]], [[Bromyard|place]]  Tel [[01885 482 317|phone]]
Child: [[KACHALLA, Yakaka|name]]   DOB [[19/04/2012|dob]]   UPN [[G884272879832|upn]]   NHS [[482 832 3465|nhs]]
Address: [[9 Sherford Street|address]], [[Bromyard|place]] [[HR7 4DL|postcode]]
Language at home: Kanuri (also Hausa, English). [[Yakaka|name]] interprets for mum.
Mother: [[Falmata Modu|name]] ([[07724 391 508|phone]]). Father: [[Bukar Kachalla|name]] ([[07956 214 873|phone]]).
Sibling: [[Modu Kachalla|name]] ([[02.10.2018|dob]]), Y3 at [[St Peter's|school]].

Concern: on Monday [[16 November|date]] [[Yakaka|name]] ("[[Yaks|name]]" to her friends) told her form tutor Mr [[Pugh|name]]
that dad "pushed mum into the cooker" on Saturday [[14th|date]] and that she had to ring her uncle [[Ali Goni|name]] in
[[Birmingham|place]] because mum's phone was taken. She showed a burn on her wrist, from the pan, she says. Friend [[Tilly
Bishop|name]] was with her and says [[Yakaka|name]] has been sleeping at [[Tilly|name]]'s house on [[Old Road|address]] "a lot".
[[Yakaka|name]] also said her grandmother in [[Maiduguri|place]], Kaka [[Kaltumi|name]], "wants me to go back for the summer to
get married", and that her cousin [[Hauwa|name]] was married at 15. Dad told Mr [[Pugh|name]] at parents' evening ([[5/11|date]]) that
the family "may go home in the spring".
Attendance 88%. Absent [[22 Oct|date]], [[23 Oct|date]] (Eid visit to [[Birmingham|place]], mum said).
Parents not told of this referral: risk to the child. Sent [[16.11.2026|date]] 15:10 by [[R. Gittins|name]].
Other adults known: Mrs [[Jo Bishop|name]] ([[Tilly|name]]'s mum, [[07861 204 337|phone]]); imam at the [[Hereford|place]] mosque
Mr [[Usman Bello|name]] (dad's friend); Auntie [[Hadiza Goni|name]] in [[Walsall|place]]. Form tutor [[Gareth Pugh|name]]; HoY Mrs
[[Carys Jenkins|name]]. [[Yakaka|name]]'s friends [[Lexi Morris|name]] and [[Grace Hyde|name]] also spoke to Mr [[Pugh|name]] on
[[17/11|date]].
"""),
    ("mother's words through a Kanuri interpreter on the phone", """Telephone interpreting - record of conversation
SW [[Owain Bevan|name]] with Ms [[Falmata Modu|name]], interpreter (Kanuri) [[Zara Mustapha|name]], agency ref INT-55172,
[[18/11/2026|date]] 10:00-10:48, mum at [[Bromyard|place]] library so [[Bukar|name]] would not hear.
Mum said (as interpreted): "My husband [[Bukar|name]] is a good father to [[Modu|name]] but with me he is angry. Saturday
the [[14th|date]] he threw the pot. [[Yakaka|name]] was between us. I do not want the police. My brother [[Ali|name]] in [[Small
Heath|place]] will help me." Mum said her mother, [[Kaltumi Modu|name]], lives in [[Gwange|place]], [[Maiduguri|place]], phone
[[+234 803 412 7765|phone]], and "does not decide about marriage, that is talk".
Interpreter note: mum used the Kanuri word "nyiya" (marriage) when talking of [[Hauwa|name]], the cousin; I asked twice to be
sure. She said the word "yakka" is not a name, it means "three" — it was not [[Yakaka|name]].
Mum has a friend, [[Amina Bulama|name]], who lives at [[Flat 2, 31 Cruxwell Street|address]], [[Bromyard|place]]; mum can go there.
Mum's GP is Dr [[Hollings|name]] at Bromyard Medical Practice. Mum does not have her own bank card; [[Bukar|name]] holds the
passports. Mum asked that [[Owain|name]] not visit when dad is home (he works nights at the chicken factory in [[Hereford|place]]
until 6am, Wednesday to Sunday).
Safety plan: code word in texts, "[[Modu|name]] needs socks" = call 999. [[Ali|name]]'s number: [[07453 662 019|phone]].
After the call [[Zara|name]] said mum asked twice for [[Yakaka|name]] not to be told of the call. [[Owain|name]] rang
[[Ali Goni|name]] at 11:20: he confirmed [[Falmata|name]] can come to [[Small Heath|place]] with [[Yakaka|name]] and [[Modu|name]]; his wife
[[Hadiza|name]] is at home. Email copy to [[owain.bevan@herefordshire.gov.uk|email]] and to TM [[Nerys Probert|name]].
"""),
]

DOCS_A += [
    ("strategy meeting minutes about a risk of forced marriage", """STRATEGY DISCUSSION (s.47) - [[Yakaka KACHALLA|name]]
Date [[19 November 2026|date]], 14:00, Teams. Chair: [[Nerys Probert|name]] (Team Manager).
Attending: [[Owain Bevan|name]] (SW); DS [[Carl Meredith|name]] (West Mercia Police, PPU); [[Rhiannon Gittins|name]] (DSL,
[[QEHS|school]]); [[Sian Watkins|name]] (school nurse); [[Helen Mapp|name]] (Forced Marriage Unit, by phone).
1. Facts: burn to [[Yakaka|name]]'s wrist, seen [[16/11|date]]; mum's account to [[Owain|name]] on [[18/11|date]]; dad's talk of "going
home" to Nigeria in spring; Kaka [[Kaltumi|name]]'s wish for a summer wedding.
2. [[Helen|name]]: Borno State cases - family links with [[Maiduguri|place]] and [[Kano|place]]; suggests a Forced Marriage
Protection Order be considered; passports for [[Yakaka|name]] and [[Modu|name]] to be checked.
3. DS [[Meredith|name]]: a call from [[9 Sherford St|address]] on [[14/11/26|date]] 22:41 was a silent 999; no attendance. Dad's car,
silver Toyota Avensis [[KV14 HXR|vehicle]], seen at [[Leominster|place]] on [[15 Nov|date]].
4. Decision: s.47 jointly. ABE interview with [[Yakaka|name]] tomorrow at [[Hereford|place]] (Kanuri interpreter not needed - she
prefers English). [[Modu|name]] to be seen at [[St Peter's Primary|school]] by [[Owain|name]] and Mrs [[Jenkins|name]].
5. Uncle [[Ali Goni|name]], [[44 Coventry Road|address]], [[Small Heath|place]], [[Birmingham|place]] [[B10 0RX|postcode]], to be
checked as a
place of safety.
Minutes: [[Bethan Lloyd|name]]. Next: [[26.11.2026|date]].
6. Dad's brother in [[Kano|place]], [[Musa Kachalla|name]] ([[+234 706 218 3390|phone]]), is said by [[Falmata|name]] to be
"arranging". [[Helen Mapp|name]] to share with the FCDO. [[Yakaka|name]]'s passport number not known; [[Bukar|name]] holds it.
7. [[Sian Watkins|name]]: [[Yakaka|name]] seen by her on [[16th Nov|date]], burn 3cm; photographed with consent. [[Modu|name]] well.
"""),
    ("girl's own note written in her planner and scanned", """[scan of planner page, [[QEHS|school]] - handwriting, OCR text]
Wk beg [[23/1l/26|date]]
Mon - Maths hw !! Tell Mr [[Pugh|name]] about the dentist
I dont want to go to [[Maidugurl|place]]. Kaka [[Kaltumi|name]] is nice but i dont know the man. He is [[Mustafa|name]]? [[Bukar|name]]
says he is a good man from [[Bama|place]]. mum cries. [[Modu|name]] thinks its a holiday.
[[Tilly|name]] says I can stay at hers forever lol. her mum [[Jo Bishop|name]] said ok. [[Tilly B|name]] + [[Lexi|name]] +
[[Grace|name]] = best friends
Weds [[25th|date]] - netball v [[Ledbury|place]]
[[Owain|name]] (social worker) number [[07384 551 206|phone]] - dont lose
Ring uncle [[Ali|name]] if dad takes my passport. Auntie [[Hadiza|name]] is nice too she lives in [[Walsall|place]]
Fri - [[Modu|name]]s birthday was [[2 oct|dob]] but we never did cake. Do cake sat!!
[OCR note: "Maidugurl" and "1l" are misreadings of the scan]
Thurs - [[Tilly|name]]s party at the [[Bromyard|place]] leisure centre?? ask [[Jo|name]]
Mrs [[Jenklns|name]] said she will be there when [[Owain|name]] comes on [[27/11|date]]
Sun - call Kaka [[Kaltumi|name]] on [[+234 803 412 7765|phone]] w mum. Uncle [[Ali|name]] in [[Small Heath|place]] after
"""),
]


# --- B. Bufton family (white British), Whitbourne, near Bromyard: a young carer of 12 ------------------------------------

HOME_B = d.Address("2 Ladywell Cottages", "Whitbourne", "Worcester", "WR6 5RT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ellie", "Bufton")], dt.date(2014, 3, 8), addresses=[HOME_B], ids=["5138731076", "Z884252047387"],
       schools=["Queen Elizabeth High School"]),
    _p("f", "father", [("Gareth", "Bufton")], dt.date(1976, 12, 2), addresses=[HOME_B], phones=["01885 490 226"],
       ids=["5632989550"]),
    _p("m", "mother", [("Leanne", "Bufton")], dt.date(1984, 7, 14), phones=["07791 402 658"]),
    _p("s", "sibling", [("Josh", "Bufton")], dt.date(2008, 5, 21), addresses=[HOME_B], phones=["07917 304 522"]),
], "c")

DOCS_B = [
    ("young carers' service assessment", """HEREFORDSHIRE YOUNG CARERS - ASSESSMENT
Young carer: [[Ellie Bufton|name]]  DOB: [[08/03/2014|dob]]  Y8, [[Queen Elizabeth High School|school]]
Address: [[2 Ladywell Cottages|address]], [[Whitbourne|place]], [[WR6 5RT|postcode]]  Home tel: [[01885 490 226|phone]]
Cared for: dad, [[Gareth Bufton|name]] (stroke [[9 January 2026|date]], left side weak, aphasia), NHS [[5632989550|nhs]].
Mum [[Leanne|name]] moved to [[Worcester|place]] (St John's) in the summer; sees [[Ellie|name]] most Sundays. Brother [[Josh|name]],
18, is at college in [[Hereford|place]] and works at the garage in [[Bromyard|place]] evenings.
What [[Ellie|name]] does: gets dad up, his tablets, makes tea, helps him wash, rings the GP, reads his letters ("dad can't read
now"). She is often late as the school bus leaves [[Whitbourne|place]] at 7.35.
[[Ellie|name]] said: "I'm fine mostly. [[Josh|name]] helps when he's not working. Nan [[Margaret|name]] used to come from [[Tenbury|place]]
but she can't drive now." Best friend [[Freya Baynham|name]] from [[Knightwick|place]]. Form tutor Miss [[Lowe|name]].
Dad's physio [[Craig Partridge|name]] comes on Tuesdays. Neighbour Mrs [[Dilys Hodges|name]] at [[no. 1|address]] has a key.
Assessor: [[Kirsty Amphlett|name]], [[23/10/2026|date]]. Next review [[19 February 2027|date]].
Contacts: [[Josh|name]] [[07917 304 522|phone]]; mum [[Leanne Bufton|name]] [[07791 402 658|phone]]; GP Dr [[Hollings|name]];
stroke nurse [[Bev Tandy|name]]; dad's friend [[Trevor Weaver|name]] (the Live and Let Live pub, [[Whitbourne|place]]).
[[Ellie|name]] wants: a break, a trip with young carers, to do drama at [[QE|school]] with [[Freya|name]] and [[Ruby Hodges|name]].
Consent given by [[Gareth Bufton|name]] ([[02/12/1976|dob]]) and [[Ellie|name]]; [[Leanne|name]] told by phone on [[24/10|date]].
"""),
    ("brother's texts to the young carers' worker", """Texts, [[Josh Bufton|name]] ([[07917 304 522|phone]]) to [[Kirsty|name]] (YC worker),
saved by [[K. Amphlett|name]] [[2/11/26|date]]

[[31 Oct|date]] 23:02  hi [[kirsty|name]] its [[josh|name]] [[ellies|name]] brother. dad fell in the bathroom, [[el|name]] rang me, im
at work in [[bromyard|place]]
[[31 Oct|date]] 23:04  shes ok but scared. mrs [[hodges|name]] come round
[[31 Oct|date]] 23:30  ambulance took him to [[worcester|place]]. [[el|name]] staying at [[freyas|name]] in [[knightwick|place]]
[[1 Nov|date]] 09:12  mum says she cant come till tues. typical
[[1 Nov|date]] 09:13  can u tell [[QE|school]] [[ellie|name]] wont be in mon
[[1 Nov|date]] 14:40  dad home tomorrow they said. his mate [[Trev|name]] from the pub ([[trevor weaver|name]]) will pick him up in
his van [[YX66 BNU|vehicle]]
[[2 Nov|date]] 08:05  [[ellie|name]] says thank u for the voucher x
[[2 Nov|date]] 08:06  also [[trev|name]] says his wife [[mandy|name]] can do dads tea weds
"""),
]

DOCS_B += [
    ("GP practice letter to the school about a young carer", """Bromyard Medical Practice
[[23 November 2026|date]]
To: Miss [[A. Lowe|name]], [[Queen Elizabeth High School|school]], [[Ashfield Park Road|address]], [[Bromyard|place]] [[HR7 4QS|postcode]]
Re: [[Ellie BUFTON|name]], DOB [[8.3.2014|dob]], of [[Ladywell Cottages|address]], [[Whitbourne|place]]
Dear Miss [[Lowe|name]],
With [[Ellie|name]]'s and her father's consent: Mr [[Gareth Bufton|name]] had a second, smaller stroke on [[31st
October|date]] and was in [[Worcester|place]] for four nights. [[Ellie|name]] found him. She has been seen by me today for
headaches and poor sleep. I have referred her to the school nurse, [[Anwen Price|name]], and asked [[Kirsty Amphlett|name]] of
the young carers' service to review her plan early.
Please allow [[Ellie|name]] her phone at lunch to check on dad; the carers from Bluebell Care come at 8 and 5 ([[Marta|name]]
and [[Precious|name]]).
Yours sincerely, Dr [[Imogen Hollings|name]]
cc [[Leanne Bufton|name]] (mother), [[14 Henwick Road|address]], [[St John's|place]], [[Worcester|place]] [[WR2 5NR|postcode]]
Additional contacts: [[Kirsty Amphlett|name]] ([[01432 383 920|phone]]); stroke nurse [[Bev Tandy|name]]; brother [[Josh Bufton|name]]
(18, at [[2 Ladywell Cottages|address]]). I have written also to Mr [[Bufton|name]]'s social worker, [[Alun Hughes|name]], adult
services, [[Bromyard|place]] office. Next review with [[Ellie|name]] and [[Gareth|name]] on [[14 December|date]].
"""),
    ("child's answers on a young carers' card, typed from her writing", """my caring card - [[ellie b|name]] - age 12
Who do you care for? my dad [[gareth|name]]. hes 49 (birthday [[2nd dec|date]])
What do you do? tablets 8am + 6pm, tea, help with socks, phone calls, read letters
Who helps you? [[josh|name]] (bro), [[kirsty|name]], nan [[marg|name]] on the phone, [[freya|name]], mrs hodges next door
Where do you go to have fun? young carers club in [[bromyard|place]] on thurs, [[freyas|name]] farm at [[knightwick|place]], swimming in
[[malvern|place]] with mum sometimes
Worst thing: when dad fell on halloween
Best thing: the trip to [[Ledbury|place]] with young carers on [[7 november|date]] and [[mia|name]] and [[kian|name]] from [[kington|place]]
were there
Emergency: dad [[01885 490 226|phone]], [[josh|name]] [[07917 304 522|phone]], mum [[07791 402 658|phone]]
Who is your trusted adult at school? miss [[lowe|name]] and mrs [[price|name]] the nurse. and [[kirsty|name]]
signed [[Ellie Bufton|name]] [[16/11/26|date]]   worker [[K Amphlett|name]]
"""),
]


# --- C. Jauncey / Whittall family (white British), Ledbury town: neglect and domestic abuse ---------------------------

HOME_C = d.Address("22 Ross Road", "", "Ledbury", "HR8 2LP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Jauncey")], dt.date(2020, 1, 27), addresses=[HOME_C], ids=["8492053968", "E884297061923"],
       schools=["Ledbury Primary School"]),
    _p("s", "sibling", [("Lacey", "Whittall")], dt.date(2023, 8, 4), addresses=[HOME_C], ids=["3023257272"]),
    _p("m", "mother", [("Kerry", "Jauncey")], dt.date(1998, 11, 16), addresses=[HOME_C], phones=["07852 613 044"]),
    _p("f", "partner", [("Dean", "Whittall")], dt.date(1994, 4, 3), addresses=[HOME_C], phones=["07482 190 376"],
       ids=["JH 48 26 91 C"]),
], "c")

DOCS_C = [
    ("police domestic abuse risk form (DASH) extract", """WEST MERCIA POLICE - DA/DASH - OCCURRENCE 22/118406/26
Date/time: Sat [[7 Nov 2026|date]] 23:55   Location: [[22 Ross Road|address]], [[Ledbury|place]] [[HR8 2LP|postcode]]
Victim: [[JAUNCEY, Kerry|name]], DOB [[16/11/1998|dob]], mob [[07852 613 044|phone]]
Suspect: [[WHITTALL, Dean|name]], DOB [[03/04/1994|dob]], NI [[JH 48 26 91 C|ni]], vehicle blue Corsa [[WU63 KPT|vehicle]]
Children present: [[Tyler|name]] (6), [[Lacey|name]] (3). Officers: PC [[Hayley Preece|name]] 2291, PC [[Ben Tonks|name]] 1874.
Account: [[Kerry|name]] says [[Dean|name]] came back from the Brewery Inn "off his face", grabbed her by the throat in the
kitchen and said he'd "put her through the window". [[Tyler|name]] was on the stairs and rang Nan [[Sue|name]] ([[Susan
Jauncey|name]], [[Bishops Meadow|place]], [[Ledbury|place]]) on mum's phone. Neighbour [[Gavin Hancorn|name]] at [[no. 24|address]]
heard screaming and rang 999.
DASH: 15 yes, strangulation yes, pregnant no, separation recent ([[Kerry|name]] asked him to leave [[1 Nov|date]]). HIGH. MARAC referral.
Suspect arrested 00:20 on [[8/11|date]] at [[The Homend|address]]. Bail condition not to enter [[Ledbury|place]] except to
attend [[Hereford|place]] magistrates with his brother [[Liam Whittall|name]], [[5 Oak Close|address]], [[Colwall|place]].
Kids' condition: house cold, no food in fridge, dog mess on landing. [[Lacey|name]] in a soaked nappy at midnight. Referral to CSC.
Witness: [[Gavin Hancorn|name]] ([[07830 512 447|phone]]); his partner [[Lorraine Bird|name]]. Sgt [[Mike Tippins|name]] informed.
Nan [[Sue Jauncey|name]] attended 00:40 and took [[Tyler|name]] and [[Lacey|name]] to [[14 Bishops Walk|address]] ([[HR8 1BJ|postcode]]).
Previous: [[Dean|name]] with ex [[Nicole Drew|name]] in [[Malvern Link|place]]; [[Kerry|name]]'s friend [[Amy Thackway|name]] in
[[Ledbury|place]] saw bruises on [[29 Oct|date]].
"""),
    ("health visitor's neglect screening notes", """HV notes - [[Lacey WHITTALL|name]] - NHS [[302 325 7272|nhs]] - DOB [[04.08.2023|dob]]
[[10/11/26|date]] 11:00 Home visit with SW [[Gemma Skyrme|name]]. Mum [[Kerry|name]] home; [[Dean|name]] not, bail at brother's in
[[Colwall|place]]. [[Lacey|name]]'s 2.5 yr review overdue (DNA [[12/6|date]], [[3/9|date]]). Weight 11.2 kg (2nd centile). Nappy
rash, teeth decayed - [[Kerry|name]] says [[Lacey|name]] has a bottle of squash "all night".
[[Tyler|name]] at [[Ledbury Primary|school]] (Reception); mum says he "stopped eating" since Saturday.
Dog is [[Dean|name]]'s. Mum agreed to the dog going to [[Dean|name]]'s mum, [[Carol Whittall|name]], in [[Much
Marcle|place]].
Nan [[Sue|name]] came in at 11.40 with shopping; she is at [[14 Bishops Walk|address]] and says she will have the kids two
nights a week. Her partner [[Phil|name]] works away.
Plan: weekly visits; nursery funded place at [[Little Acorns|school]] in [[Ledbury|place]] from [[4 Jan|date]]; dentist; [[Gemma|name]] to
book core group. Next visit [[17.11.2026|date]]. [[R. Ballinger|name]] HV, 0-19 team.
[[17/11/26|date]] [[Tyler|name]]'s teacher Mrs [[Rowberry|name]] rang: [[Tyler|name]] says "[[Deano|name]] is coming home for
Christmas". Shared with [[Gemma Skyrme|name]] and IDVA [[Sarah Mifflin|name]]. [[Kerry|name]]'s sister [[Stacey|name]] in
[[Tewkesbury|place]] aware.
"""),
]

DOCS_C += [
    ("MARAC minutes extract", """MARAC - HEREFORDSHIRE - [[19 November 2026|date]] - case 7 of 14
Victim: [[Kerry Jauncey|name]] (28), [[Ledbury|place]]. Perpetrator: [[Dean Whittall|name]] (32). Children: [[Tyler Jauncey|name]]
([[27/01/2020|dob]]), [[Lacey Whittall|name]].
Police (DS [[Asha Kaur|name]]): 4 previous callouts, one at [[Dean|name]]'s ex-partner's in [[Malvern Link|place]] ([[Nicole
Drew|name]], 2023). Bail to [[17/12|date]].
IDVA ([[Sarah Mifflin|name]]): [[Kerry|name]] wants him out for good; fears he will come back via the back lane off [[New
Street|address]]. Target hardening requested (Sanctuary) for [[22 Ross Rd|address]].
Housing ([[Tom Gurney|name]], Fortis Living): [[Dean|name]] not on the tenancy.
CSC ([[Gemma Skyrme|name]]): CP enquiry; ICPC on [[3 December|date]]. School ([[Ledbury Primary|school]], Mrs [[Rowberry|name]]):
[[Tyler|name]] hiding food in his tray.
Actions: police marker on address; IDVA to meet [[Kerry|name]] at [[Ledbury|place]] library on the [[24th|date]]; [[Liam|name]] (brother
in [[Colwall|place]]) to be told of bail address checks.
Also present: [[Jan Okoro|name]] (Probation), [[Sian Rudge|name]] (Health IDVA, [[Hereford|place]]), [[Owen Gwatkin|name]] (Women's Aid).
[[Carol Whittall|name]] ([[Dean|name]]'s mother), [[Much Marcle|place]], may be his bail address from [[1 Dec|date]]; [[Ledbury|place]]
police to check.
Chair: DCI [[Rachel Hemming|name]]. Minutes: [[Beth Adams|name]]. Next review [[17/12/2026|date]].
"""),
    ("mother's Facebook messages to her sister, screenshotted", """screenshots given to SW by [[Kerry|name]] on [[25/11|date]] (names
as shown)

[[Kerry Jauncey|name]]: he keeps ringing from a withheld no. [[tyler|name]] wont sleep in his own bed
[[Stacey Jauncey|name]]: come to mine in [[tewkesbury|place]] hun, [[kai|name]] can share w [[tyler|name]]
[[Kerry Jauncey|name]]: cant, school + [[gemma|name]] the sw says stay local. mum has [[lacey|name]] tonight
[[Stacey Jauncey|name]]: has [[dean|name]] been near?? [[liam|name]] said hes at [[carols|name]] in [[much marcle|place]] now
[[Kerry Jauncey|name]]: saw his car by the co-op on [[bye st|address]] sat. rang [[sarah|name]] the idva
[[Stacey Jauncey|name]]: babe ring 999 next time. love u. my no is [[07826 735 190|phone]] if fb goes down
[[Kerry Jauncey|name]]: [[tyler|name]] said [[deano|name]] was nice to him at the park on the [[21st|date]] 😢 he must of seen him
[[Stacey Jauncey|name]]: wtf. tell [[gemma|name]]!!! x
[[Kerry Jauncey|name]]: ok. [[sue|name]] says she'll ring her too. night x
[[Stacey Jauncey|name]]: night babe, kiss [[lacey|name]] for me. [[kai|name]] says hi to [[ty|name]]
"""),
]


# --- D. Tranter family (white British), Wellington Heath, near Ledbury: a disabled boy of 7 ------------------------------

HOME_D = d.Address("Orchard End, Ledbury Road", "Wellington Heath", "Ledbury", "HR8 1NA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Tranter")], dt.date(2019, 2, 13), addresses=[HOME_D], ids=["3634953128", "Q884293055646"],
       schools=["Blackmarston School"]),
    _p("m", "mother", [("Hannah", "Tranter")], dt.date(1988, 9, 5), addresses=[HOME_D], phones=["01531 634 902"],
       emails=["hannah.tranter82@gmail.com"]),
    _p("f", "father", [("Rob", "Tranter")], dt.date(1986, 3, 29), addresses=[HOME_D], phones=["07707 813 245"]),
    _p("s", "sibling", [("Isla", "Tranter")], dt.date(2016, 6, 18), addresses=[HOME_D], ids=["8317320944"]),
], "c")

DOCS_D = [
    ("disabled children's team short breaks request", """CHILDREN WITH DISABILITIES TEAM - SHORT BREAKS REQUEST
Child: [[Oscar Tranter|name]]   DOB [[13/02/2019|dob]]   NHS [[363 495 3128|nhs]]   UPN [[Q884293055646|upn]]
Address: [[Orchard End|address]], [[Ledbury Road|address]], [[Wellington Heath|place]], [[HR8 1NA|postcode]]
School: [[Blackmarston|school]] (special school, [[Hereford|place]]); transport by taxi (driver [[Keith|name]], escort [[Mandy|name]]).
Needs: autism, global developmental delay, epilepsy (tonic-clonic, rescue buccal midazolam); non-verbal, uses PECS and
Makaton. Sleeps 3-4 hours a night. Sister [[Isla|name]], 10, at [[Ledbury Primary|school]], "never has mum to herself".
Parents: [[Hannah Tranter|name]] (email [[hannah.tranter82@gmail.com|email]], home [[01531 634 902|phone]]) and [[Rob Tranter|name]]
([[07707 813 245|phone]], works shifts at [[Malvern|place]]). Grandparents: [[Ann|name]] and [[Derek Tranter|name]] in [[Colwall|place]],
both in their 70s.
Request: overnight short breaks; [[Hannah|name]] asks for carers from [[Ledbury|place]]; a direct payment for a
PA. PA named: [[Chloe Brazier|name]], [[Wellington Heath|place]] (she has worked at [[Blackmarston|school]]).
Consultant: Dr [[Nkechi Okafor|name]], paediatric neurology, the County Hospital; epilepsy nurse [[Gill Prosser|name]].
Completed by [[Dafydd Rees|name]] (SW) with [[Hannah|name]], [[12 October 2026|date]].
Other support: [[Ledbury|place]] parent carer group (run by [[Rachel Oakey|name]]); Portage in the past ([[Jill Harbour|name]]).
[[Oscar|name]]'s class teacher at [[Blackmarston|school]]: Mrs [[Sally Jevons|name]]; speech therapist [[Meera Shah|name]].
"""),
    ("mother's email to the social worker", """From: [[hannah.tranter82@gmail.com|email]]
To: [[dafydd.rees@herefordshire.gov.uk|email]]
Sent: Mon [[2 Nov 2026|date]] 02:47
Subject: [[oscar|name]] - tonight

[[Dafydd|name]], sorry for the hour. [[Ozzy|name]] had two seizures tonight, 11.10 and 1.30, gave midazolam the second time and
the ambulance came (paramedic [[Lisa|name]] was lovely). He's asleep now on the sofa with [[Rob|name]]. [[Isla|name]] woke up
and saw it and is in bits, she's in with me.
I can't keep doing this on 3 hours. [[Chloe|name]] can do Saturdays from the [[14th|date]] if the DP is agreed. Mum-in-law
[[Ann|name]] says she'll have [[Isla|name]] at [[Colwall|place]] on the [[7th|date]] so we can take [[Oscar|name]] to his
appointment with Dr [[Okafor|name]] on [[5 November|date]].
Also, [[Blackmarston|school]] rang - Mrs [[Jevons|name]] says his taxi was 40 min late on [[30/10|date]] and he hit the escort.
[[Hannah|name]]
Sent from my iPhone
P.S. [[Rob|name]]'s mobile is [[07707 813 245|phone]] if I don't pick up. [[Chloe|name]]'s is [[07934 118 250|phone]].
[[Isla|name]]'s teacher is Mrs [[Rowberry|name]] at [[Ledbury Primary|school]], could you let her know? Grandad [[Derek|name]] will
take her in.
"""),
]

DOCS_D += [
    ("short breaks panel decision minutes", """SHORT BREAKS AND RESOURCE PANEL - [[18 November 2026|date]]
Item 4: [[Oscar TRANTER|name]] ([[13.02.2019|dob]]), [[Wellington Heath|place]]. Presented by [[Dafydd Rees|name]].
Panel: [[Marion Jakeman|name]] (chair), [[Paul Hinton|name]] (finance), Dr [[Okafor|name]] (by letter), [[Nia Griffiths|name]] (OT).
Summary: two seizures needing ambulance on [[2/11|date]]; parents exhausted; sister [[Isla Tranter|name]] ([[18/06/2016|dob]])
affected - school ([[Ledbury Primary|school]]) notes tiredness. [[Rob|name]] off work sick since [[6 Nov|date]].
Decision: direct payment 6 hrs/week for a PA ([[Chloe Brazier|name]]) from [[1 December 2026|date]]; 2 overnights a month at a
residential short-break unit in [[Hereford|place]] subject to a trial visit on [[9 December|date]]; OT [[Nia|name]] to visit
[[Orchard End|address]] for a safe bed assessment. Review [[March 3rd 2027|date]].
Sibling support: [[Isla|name]] to be offered the young carers' group that meets in [[Ledbury|place]] (contact [[Kirsty Amphlett|name]]).
Noted: letter from Dr [[Nkechi Okafor|name]] dated [[10/11/2026|date]]; OT report of [[Nia Griffiths|name]] to follow. Minutes:
[[Lowri Bennett|name]]. Parents to be told by [[Dafydd|name]] by [[20 November|date]].
"""),
    ("sister's diary page, typed by her mum for the assessment", """[[Isla|name]]'s diary ([[isla t|name]], age 10) - typed by mum with
[[Isla|name]]'s OK

sunday [[1st november|date]]
[[ozzy|name]] had a fit in the night. I saw it. his lips were blue. Daddy held him. The ambulance lady was called [[lisa|name]].
I went to Grandma [[Ann|name]]'s in [[colwall|place]] and we fed the ducks. I was sad.
monday [[2nd|date]]
school was ok. [[Amelie|name]] and [[Ruby P|name]] played with me. Mrs [[Rowberry|name]] let me do the fish. I told [[Amelie|name]] about
[[ozzy|name]] and she said her cousin [[Jack|name]] in [[bromsberrow|place]] has fits too.
[[7th|date]]
Grandma and Grandad [[Derek|name]] took me to [[Malvern|place]]. I got a hot chocolate.
[[10.11|date]]
mummy cried on the phone to [[dafydd|name]]. I want [[oscar|name]] to sleep so mummy sleeps.
[[11.11|date]]
[[chloe|name]] came to play with [[ozzy|name]] so me and mummy went to [[ledbury|place]] for a milkshake. best day
"""),
]


# --- E. Price / Lewis family (white British and Welsh), Kington town: a boy of 15 missing and criminally exploited ---------

HOME_E = d.Address("17 Bridge Street", "", "Kington", "HR5 3DL")
DAD_E = d.Address("4 Heol y Bryn", "", "Llandrindod Wells", "LD1 5EU")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kian", "Lewis-Price")], dt.date(2011, 9, 24), addresses=[HOME_E], ids=["8538585886", "Y884294675621"],
       phones=["07547 820 913"], schools=["Lady Hawkins' School"]),
    _p("m", "mother", [("Nicola", "Price")], dt.date(1985, 5, 9), addresses=[HOME_E], phones=["01544 230 681"]),
    _p("f", "father", [("Rhys", "Lewis")], dt.date(1983, 10, 15), addresses=[DAD_E], phones=["07968 451 307"]),
    _p("s", "sibling", [("Mia", "Price")], dt.date(2015, 12, 1), addresses=[HOME_E], ids=["9091781238"]),
], "c")

DOCS_E = [
    ("police missing person report summary", """MISSING PERSON - MEDIUM RISK - West Mercia Police - ref MP/2611/0448
Name: [[LEWIS-PRICE, Kian|name]]  DOB [[24/09/2011|dob]]  Age 15  Mobile [[07547 820 913|phone]]
Home: [[17 Bridge Street|address]], [[Kington|place]], [[HR5 3DL|postcode]]. Reported by mother [[Nicola Price|name]]
([[01544 230 681|phone]])
Last seen: Thurs [[12 Nov|date]] 16:20 getting into a grey Audi A3 [[BF19 OWX|vehicle]] on [[Mill Street|address]] with two older males,
one known as "[[Jordy|name]]" (believed [[Jordan Pritchard|name]], 19, of [[Leominster|place]]).
Description: 5'7", slim, black North Face coat, white Air Force. Friends: [[Callum Vaughan|name]] ([[Kington|place]]), [[Ethan
Bowen|name]] ([[Presteigne|place]]), girlfriend [[Maddie|name]] ([[Madison Griffiths|name]], [[Hergest|place]] estate).
Previous: missing [[3 Oct|date]] (found [[Hereford|place]] bus station), [[18/10|date]] (found [[Birmingham|place]] New Street by BTP
with £340 and two phones).
Father [[Rhys Lewis|name]], [[4 Heol y Bryn|address]], [[Llandrindod Wells|place]] [[LD1 5EU|postcode]], mob [[07968 451 307|phone]]:
not seen him since the summer.
Found: [[14/11/2026|date]] 02:10 at [[Kidderminster|place]] by PC [[Oliver Thorne|name]]; returned home by PC [[Jess Amos|name]].
Enquiries: [[Callum Vaughan|name]]'s mum [[Tracey|name]] ([[07956 773 012|phone]]); [[Maddie|name]] says [[Kian|name]] messaged her at
23:10 from
"a flat in [[Kidderminster|place]]". Grandad [[Idris Lewis|name]], [[Titley|place]], searched the riverbank. OIC: PS [[Neil Bayliss|name]].
School: [[Lady Hawkins' School|school]], HoY Mr [[Dewi Watkins|name]]. Sister [[Mia Price|name]] ([[01/12/2015|dob]]) at home with nan
[[Brenda|name]] from [[Eardisley|place]].
"""),
    ("return home interview record", """RETURN HOME INTERVIEW - [[Kian Lewis-Price|name]] - done [[16 November 2026|date]] at
[[Lady Hawkins'|school]]
Interviewer: [[Becky Jandrell|name]] (Independent RHI worker). [[Kian|name]] agreed; wanted Mr [[Watkins|name]] (head of year) nearby.
What [[Kian|name]] said: "[[Jordy|name]] said I owed him for the phone. We went to a flat in [[Kiddy|place]], some lad called
[[Tank|name]] was there. I just sat there. I wasn't selling nothing." Slept on a sofa (he
left on the [[12th|date]] so this was Thursday night). Says [[Callum|name]] "does it too" and gets £50 a day.
Worries: his little sister [[Mia|name]] (10) and mum; [[Jordy|name]] knows where they live on [[Bridge St|address]].
Positive: likes fishing with his grandad [[Idris|name]] on the Arrow at [[Titley|place]]; wants to go to college in [[Hereford|place]]
for motor vehicle. Would like to see dad in [[Llandrindod|place]] at Christmas.
Risk: high - referral to the exploitation panel; NRM to be considered. Copied to SW [[Marcus Dunne|name]].
Mum [[Nicola|name]] spoke to [[Becky|name]] after: [[Kian|name]] has new trainers and a second phone; his nan [[Brenda Price|name]]
in [[Eardisley|place]] gave him £20 on [[11/11|date]] "for the bus". [[Mia|name]] scared of the grey car.
[[Kian|name]] named friends [[Callum|name]], [[Ethan|name]], [[Maddie|name]] and a lad "[[Spud|name]]" from [[Leominster|place]]. Next
RHI: [[Becky|name]], [[30/11|date]].
"""),
]

DOCS_E += [
    ("contextual safeguarding panel minutes", """CHILD EXPLOITATION PANEL - NORTH HEREFORDSHIRE - [[24/11/2026|date]]
Chair: DI [[Samantha Crowther|name]]. Present: [[Marcus Dunne|name]] (SW), [[Becky Jandrell|name]] (RHI), [[Gethin Parry|name]] (YJS),
Mr [[D. Watkins|name]] ([[Lady Hawkins' School|school]]), [[Karen Lello|name]] (Youth Service, [[Kington|place]]).
Young people: [[Kian Lewis-Price|name]] (15), [[Callum Vaughan|name]] (15), [[Ethan Bowen|name]] (14).
Locations of concern: the skate park by [[Mill St|address]], [[Kington|place]]; the bus shelter at [[Eardisley|place]]; a flat at
[[Flat 6, 12 Oxford Street|address]], [[Kidderminster|place]] [[DY10 1AR|postcode]].
Adults of concern: [[Jordan Pritchard|name]] ("[[Jordy|name]]"), car [[BF19 OWX|vehicle]]; "[[Tank|name]]" unknown.
Actions: disruption - CAWN notice for [[Pritchard|name]]; [[Karen|name]] to run detached youth work Friday nights at the
skate park; school to refer [[Callum|name]] (mum [[Tracey Vaughan|name]]) for early help; [[Kian|name]]'s new number
[[07511 387 642|phone]] to be added to the intel log.
Next: [[22 December|date]].
[[Ethan|name]]'s mum ([[Donna Bowen|name]], [[Presteigne|place]]) to be invited to the next panel with Powys colleague
[[Elin Jenkins|name]].
"""),
    ("mother's WhatsApp voice notes transcribed by the social worker", """voice notes from [[nicola|name]] ([[01544 230 681|phone]]) to
[[marcus|name]], typed [[27/11|date]]

(1) 21:40 - hiya [[marcus|name]] its [[nic|name]], [[kian|name]]s mum. hes not home again. his phone goes to voicemail. [[mia|name]]
seen him get in a car by the co-op on [[duke st|address]]. i rang 101 ref ends 0557
(2) 21:52 - his dad [[rhys|name]] says dont ring him, hes in [[llandod|place]] and cant do nothing. useless
(3) 22:30 - [[callum|name]]s mum [[tracey|name]] says [[callum|name]]s home. she reckons they went to [[leominster|place]]
(4) 23:58 - hes back. walked from [[kingswood|place]]? says he got a lift from a mate. hes got new trainers. i cant cope [[marcus|name]]
(5) 08:10 - hes gone to school. grandad [[idris|name]] is taking him fishing sat. can you ring me after 10 x
(6) 10:42 - sorry [[marcus|name]] forgot, [[maddie|name]]s mum [[sharon griffiths|name]] says [[kian|name]] was at theirs in
[[hergest|place]] sun
"""),
]


# --- F. Vaughan family (white British), Lyonshall, near Kington: a mother's drinking and depression ----------------------

HOME_F = d.Address("3 Church Row", "Lyonshall", "Kington", "HR5 3HP")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Vaughan")], dt.date(2017, 7, 6), addresses=[HOME_F], ids=["3317264985", "P884276076883"],
       schools=["Kington Primary School"]),
    _p("s", "sibling", [("Alfie", "Vaughan")], dt.date(2025, 3, 12), addresses=[HOME_F], ids=["3251846000"]),
    _p("m", "mother", [("Jade", "Vaughan")], dt.date(1995, 2, 20), addresses=[HOME_F], phones=["07719 528 460"],
       ids=["PX 71 53 08 A"]),
    _p("g", "grandparent", [("Mervyn", "Vaughan")], dt.date(1958, 8, 1), phones=["01544 388 117"]),
], "c")

DOCS_F = [
    ("adult mental health team liaison note", """Herefordshire Community Mental Health - liaison with Children's Services
Patient: [[Jade VAUGHAN|name]], DOB [[20.02.1995|dob]], NI [[PX 71 53 08 A|ni]], [[3 Church Row|address]], [[Lyonshall|place]]
[[HR5 3HP|postcode]]
Care coordinator: [[Emyr Jones|name]] (CPN). Psychiatrist: Dr [[Farida Haque|name]].
Seen [[26/10/2026|date]]: low mood since [[Alfie|name]]'s birth ([[12/03/2025|dob]]); drinking 2 bottles of wine a day by her own
account; overdose of sertraline on [[19 October|date]], found by her dad [[Mervyn|name]] who took her to A&E at [[Hereford|place]].
Children: [[Poppy|name]], 9, at [[Kington Primary|school]]; [[Alfie|name]], 19 months. [[Alfie|name]]'s father [[Lee Bevan|name]] lives in
[[Builth Wells|place]], no contact. [[Poppy|name]]'s father [[Craig Morgan|name]] died in 2021.
Protective: [[Mervyn Vaughan|name]] (grandad, [[Pembridge|place]], [[01544 388 117|phone]]) and friend [[Stacey Lloyd|name]] in
[[Lyonshall|place]]. [[Jade|name]] agreed to referral to Turning Point (alcohol); worker [[Owen Price|name]].
Concern shared with [[Kington Primary|school]] DSL Mrs [[Tudge|name]] on [[27/10|date]].
Contacts: Turning Point worker [[Owen Price|name]] ([[01432 842 516|phone]]); SW [[Ffion Morris|name]]; GP Dr [[Alwyn Pryce|name]],
[[Kington|place]]. [[Jade|name]]'s mobile [[07719 528 460|phone]]. Next CPN visit [[3 Dec|date]] with [[Emyr|name]].
[[Jade|name]]'s friend [[Stacey Lloyd|name]] ([[07488 217 639|phone]]) at [[The Wharf|address]], [[Lyonshall|place]], checks in daily.
"""),
    ("primary school DSL's CPOMS entries", """CPOMS - [[Poppy Vaughan|name]] (Y5) - [[Kington Primary School|school]]
[[02/11/2026|date]] 08:55 [[Poppy|name]] arrived alone, walked from the bus stop at [[Lyonshall|place]]; said mum "was asleep on the
floor" and she gave [[Alfie|name]] his bottle. - [[J. Tudge|name]]
[[02/11/2026|date]] 09:20 Rang mum ([[07719 528 460|phone]]) x3, no answer. Rang grandad [[Mervyn|name]] ([[01544 388 117|phone]]) -
going round. - [[J. Tudge|name]]
[[02/11/2026|date]] 10:05 [[Mervyn|name]] rang back: [[Jade|name]] "hungover", [[Alfie|name]] OK, he'll take [[Alfie|name]] to his at
[[Pembridge|place]]
today. Referral to MASH. - JT
[[09/11/2026|date]] 15:30 [[Poppy|name]] told TA Mrs [[Gwilliam|name]] that "Uncle [[Lee|name]]" came to the house and shouted. Mum
says [[Lee|name]] is [[Alfie|name]]'s dad. - [[S. Gwilliam|name]]
[[16/11/2026|date]] [[Poppy|name]]'s friend [[Evie Powell|name]]'s mum [[Rachel Powell|name]] ([[07429 613 580|phone]]) offered to have
[[Poppy|name]]
after school Tues/Thurs. SW [[Ffion Morris|name]] informed.
[[20/11/2026|date]] [[Poppy|name]] in the same clothes all week; headlice. Clean uniform given from spares. - JT
[[23/11/2026|date]] [[Poppy|name]] asked to ring grandad [[Merv|name]]. Said mum and "[[Lee|name]]" were shouting Sunday. -
[[S. Gwilliam|name]]
[[25/11/2026|date]] Grandad [[Mervyn Vaughan|name]] collected [[Poppy|name]]; [[Alfie|name]] with him in the car. Auntie [[Kelly|name]]
also on the list. - [[J. Tudge|name]]
"""),
]

DOCS_F += [
    ("child protection conference report by the social worker, family section", """ICPC REPORT - [[Poppy|name]] and
[[Alfie VAUGHAN|name]] - conference [[1 December 2026|date]]
Author: [[Ffion Morris|name]], SW, Herefordshire Council (Kington and Rural West team) - [[ffion.morris@herefordshire.gov.uk|email]]
Family: mum [[Jade Vaughan|name]] (31); [[Poppy Vaughan|name]] ([[06/07/2017|dob]], UPN [[P884276076883|upn]]); [[Alfie Vaughan|name]]
(NHS [[325 184 6000|nhs]]). Maternal grandfather [[Mervyn Vaughan|name]], [[Bridge House|address]], [[Pembridge|place]]
[[HR6 9EA|postcode]]. Maternal aunt [[Kelly Vaughan|name]] in [[Leominster|place]] ([[07893 204 716|phone]]).
Chronology: OD [[19/10/26|date]]; [[Poppy|name]] found mum unconscious [[2/11|date]]; [[Lee Bevan|name]] at the house [[8 Nov|date]]
(police: PC [[Rees|name]]); [[Jade|name]] missed Turning Point on [[13th|date]] and [[20th|date]].
[[Poppy|name]]'s words: "I look after [[Alf|name]] when mummy's poorly. Grandad [[Merv|name]] makes proper tea."
Analysis: neglect through parental alcohol misuse and mental ill health; [[Lee|name]]'s visits are a new risk.
Recommendation: child protection plans (neglect) for both; [[Mervyn|name]] to be assessed as a connected carer at [[Pembridge|place]].
Professionals invited: [[Emyr Jones|name]] (CPN), Mrs [[Jenny Tudge|name]] (DSL), HV [[Catrin Bowen|name]], [[Owen Price|name]]
(Turning Point),
PC [[Dylan Rees|name]]. Chair: [[Martin Cadwallader|name]].
"""),
    ("grandfather's letter to the social worker, scanned by OCR", """[OCR of a handwritten letter received [[25/11/2026|date]]]
[[Bridge House|address]]
[[Pembrldge|place]]
[[23rd Novernber|date]]
Dear Miss [[Morrls|name]],
I am [[Jade|name]]'s father. I want you to know I will have [[Poppy|name]] and the baby for as long as it takes. My wife
[[Glenys|name]] passed in 2019 but my neighbour Mrs [[Eira Thomas|name]] helps me and my son-in-law that was, [[Craig|name]]'s brother
[[Darren Morgan|name]] from [[Kingt0n|place]], says he will do the school run in his van ([[CU68 RFL|vehicle]]).
[[Jade|name]] was a good mum before [[Craig|name]] died. It is the drink. The man [[Lee|name]] is no good, he was at
[[Church Row|address]] on
the [[8th|date]] and frightened [[Popy|name]].
My phone is [[01544 388 117|phone]] (the house) - I am in most days.
Yours faithfully, [[M. Vaughan|name]] ([[Mervyn|name]])
P.S. [[Poppy|name]] can still go to [[Kington Primary|school]], the bus stops at [[Pembridge|place]] at 8. [[Eira|name]] will see her on.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 206 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 21:01 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "sw", "hv", "nurse", "nan",
           "nana", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "dad", "daddy", "aunty", "auntie",
           "uncle", "kaka"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "herefordshire", "north herefordshire", "worcestershire",
               "powys", "shropshire", "west midlands", "nigeria", "north-east nigeria", "borno", "borno state", "kano state"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Kaka Kaltumi", "Grandad Merv") and states, counties and
# countries ("Borno State", "Herefordshire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
