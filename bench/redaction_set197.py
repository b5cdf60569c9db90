"""Set 197: a held-out hand-written set for the redaction detector, six invented families in south Oxfordshire (Henley-on-Thames,
Thame and Watlington), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set194.py to bench/redaction_set196.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set181.py (its docstring, its first 140 lines (its first document and the start of its
second), its last two documents, its word lists and
HandSet lines) and tests/test_redaction_set181.py in full, the shape this set copies; bench/redaction_set21.py and its test
were NOT read this time (set 181 follows their conventions and was the model); the docstrings of bench/redaction_set7.py to
bench/redaction_set193.py were searched by script (ast.get_docstring, printing only which set numbers held a word) for the
towns, villages and communities considered; the `Records` and `HandSet` lines of bench/redaction_handwritten.py. Thame was
found in fifteen earlier docstrings, so no family here lives in Thame's centre (one lives on Lea Park, an estate no docstring
names, one in Towersey); Gainsborough (Henley) and Northfield were found and not used; a first choice of community
(Papiamento speakers of Curaçao) was found in set 147's docstring and replaced. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families, each in a place no earlier docstring showed as a family's home: a white British mother in Harpsden, just
south of Henley-on-Thames (Wicks / Tranter; neglect, a dirty house, a toddler's missed appointments, a violent partner); a
Solomon Islands family from Malaita, speaking Pijin, in Henley-on-Thames (Ramo; domestic abuse, a girl of 14 who told her
teacher, a grandmother in Honiara); a white British boy of 15 on Lea Park, Thame (Merrick; missing, county lines to
Aylesbury and Oxford); a young carer of 12 in Towersey (Stroud; a father depressed and drinking after a redundancy and his
mother's death); a disabled boy of 8 in
Watlington (Penfold; autism, sleep, a respite request); and a first-time mother in Pyrton with post-natal depression
(Carmody / Yeo; a baby of 3 months). The community, Solomon Islanders (Malaitan, Pijin-speaking), did not appear in any
earlier docstring searched. 24 documents, each with its own style label: a health visitor's chronology, a neighbour's phone call
noted by the duty
worker, core group minutes, a child's own words written down by her teacher, a teacher's record of a disclosure, a family
chat in Pijin with a translation, a police body-worn video transcript, a social worker's home visit note with an
interpreter, a police missing-person log, a boy's texts typed up, contextual safeguarding panel minutes, a mother's letter
to the head of year, a young carer's own writing scanned by OCR (with its misreadings), a GP's letter, a school attendance
officer's phone notes, a young carers' assessment form, a parent's 3 a.m. email asking for respite, a mother's WhatsApp
messages, an OT home visit report, a short breaks panel decision letter, a perinatal mental health referral, strategy
meeting minutes, a health visitor's lower-case phone notes and a father's statement typed up.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Solomon Islands, +677); NHS numbers and UPNs (LA 931) pass their check
digits. The council ("South Oxon"), surgeries, teams and charities are unmarked organisations; towns, villages, districts
and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set21.py as followed by set 181. Titles and kinship words stay outside a
name (Mr, Mrs, Ms, Dr, PC, DS, Nan, Grandad, Aunty, and the Pijin "Mami" / "Dadi" / "Granimami"); a chat contact saved as a
kinship word is not a name; "SURNAME, First" is one span; initials alone are not marked; usernames are not marked; a
neighbour's bare house number ("no. 9") is an address; organisations holding a town's name stay unmarked ("Henley Health
Visiting Team", "Thame Health Centre", "Young Carers Oxfordshire"), and so do counties, countries and provinces ("Oxfordshire",
"Bucks", "Solomon Islands", "Malaita"); an OCR misreading keeps its kind.

Choices this set had to make: Honiara (a capital city) is a place; "Malaita" (an island and a province) is treated as a
province and left unmarked; a railway station named by its town marks the town ("Haddenham station"); a service
named by its town in lower-case words ("the Henley clinic", "the Watlington surgery", "Thame youth club") marks the town, as
set 181's "the Lindfield Co-op" does, while named organisations stay unmarked ("Henley Health Visiting Team", "Thame Health
Centre", "THAMES VALLEY POLICE", "Young Carers Oxfordshire", "Thame Utd", "Royal Berks", "Townlands", "Turning Point");
Watlington Hill (a hill and a car park) is one place; pets' names ("Poppy" the dog, "Biscuit") are marked as names;
"101" (the police non-emergency line) is not a phone span; a writer's self-correction keeps both numbers or dates marked;
the Pijin kinship words "Mami", "Dadi" and "Granimami" (a chat contact and a form of address) are never names; a nickname
in quotes ("Skinz", "Tiny", "t-bone") is a name, a contact saved as a letter ("B") is an initial.
A phone number broken off mid-way by its writer
("mob 07 / 723 ...") is not marked.

Self-check without the detector: `python -m bench.redaction_set197` (and tests/test_redaction_set197.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 901 gold spans, 507 of them names (address 41, postcode 13, place 130, school 19, phone 30,
email 6, dob 14, date 116, nhs 8, upn 8, ni 2, vehicle 7)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Wicks / Tranter family (white British), Harpsden, Henley-on-Thames ------------------------------------------------

HOME_A = d.Address("4 Woodlands Cottages", "Harpsden", "Henley-on-Thames", "RG9 4HL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Lacey", "Wicks")], dt.date(2019, 3, 14), addresses=[HOME_A], ids=["8022039101", "A931835438933"],
       schools=["Trinity Primary School"]),
    _p("s", "sibling", [("Alfie-Jay", "Tranter")], dt.date(2024, 8, 2), addresses=[HOME_A], ids=["9771396390"]),
    _p("m", "mother", [("Stacey", "Wicks")], dt.date(1996, 11, 20), addresses=[HOME_A], phones=["07723 518 406"]),
    _p("f", "father", [("Dean", "Tranter")], dt.date(1993, 5, 7), addresses=[HOME_A], phones=["07841 296 513"]),
], "c")

DOCS_A = [
    ("health visitor's chronology", """HENLEY HEALTH VISITING TEAM - CHRONOLOGY
Child: [[TRANTER, Alfie-Jay|name]]  DOB [[02/08/2024|dob]]  NHS [[977 139 6390|nhs]]
Sibling: [[Lacey Wicks|name]] (DOB [[14.03.2019|dob]], [[Trinity Primary|school]])
Mother: [[Stacey Wicks|name]] [[07723 518 406|phone]]; father [[Dean Tranter|name]] [[07841 296 513|phone]]
Home: [[4 Woodlands Cottages|address]], [[Harpsden|place]], [[Henley-on-Thames|place]] [[RG9 4HL|postcode]]

[[12/02/2026|date]] 1 yr review missed. Letter sent.
[[3 Mar|date]] Visit (HV [[Gemma Toovey|name]]). Dog mess in kitchen, no food in fridge. [[Stacey|name]] tearful, says [[Dean|name]]
"is never here". Nan [[Lorraine|name]] ([[Lorraine Wicks|name]], [[Sonning Common|place]]) helps on Sundays.
[[17/03/2026|date]] [[Alfie-Jay|name]] at A&E (Royal Berks? no - Townlands) with a burn to hand, "pulled the iron
down". Seen by Dr [[Ahmadi|name]]. Info shared with MASH.
[[2nd April|date]] No access. Neighbour Mrs [[Jean Pocock|name]] at [[no. 6|address]] says the kids were shouting till 11pm
and "that [[Dean|name]]'s car was back" (silver Astra [[KP19 WXR|vehicle]]).
[[20.4.26|date]] [[Lacey|name]]'s teacher Miss [[Harwood|name]] rang: [[Lacey|name]] hungry, took food from other
children's boxes, said [[AJ|name]] "sleeps in the buggy".
[[5 May|date]] Joint visit with SW [[Priya Sandhu|name]]. Strategy on the [[7th|date]]. [[Stacey|name]] has a black eye,
says she walked into the door at her friend [[Kelsey|name]]'s in [[Shiplake|place]].
[[11/05/2026|date]] [[Dean|name]] rang HV line from [[07841 296 513|phone]], abusive, said he will "sort [[Gemma|name]] out".
Logged; PC [[Rafferty|name]] informed ([[Henley|place]] station).
[[9 June|date]] ICPC. Plan: neglect. [[Stacey|name]] to go to the Freedom Programme with [[Ruth Gardiner|name]].
[[16/06/26|date]] Weighed [[Alfie-Jay|name]] at the [[Henley|place]] clinic on [[Greys Road|address]]: 9th centile. Email to
[[priya.sandhu@southoxon.gov.uk|email]].
[[23/06/2026|date]] [[Stacey|name]] rang from [[Lorraine|name]]'s landline: [[Dean|name]] turned up at [[Harpsden|place]] at 2am,
kicked the door. PC [[Rafferty|name]] and PC [[Mbeki|name]] attended. [[Dean Tranter|name]] arrested, bailed to [[Woodley|place]].
[[30.06.26|date]] [[Lacey|name]] told school nurse [[Bryony Hale|name]] she was "scared of [[Dean|name]]'s friend [[Lee|name]]".
[[Lee Chant|name]] believed to live in [[Wargrave|place]]; PNC check requested by [[Priya|name]].
[[3 July|date]] Family support worker [[Marcia Dunn|name]] starts: two visits a week. [[Stacey|name]] "likes [[Marcia|name]]".
[[21/07/2026|date]] [[Gemma|name]] saw [[Alfie-Jay|name]] at [[Nettlebed|place]] baby group with nan [[Lorraine|name]] and her friend
[[Denise Tapping|name]]; happy, clean. [[Dean|name]]'s mother Mrs [[Maureen Tranter|name]] ([[Woodley|place]]) rang to complain
about [[Priya|name]].
"""),
    ("neighbour's phone call noted by the duty worker", """Duty call - Wed [[2 Sept|date]] - taken by [[Mo Baptiste|name]]
Caller: Mrs [[Jean Pocock|name]], [[6 Woodlands Cottages|address]], [[Harpsden|place]] - tel [[01491 572 318|phone]]
Re: the children at [[no. 4|address]] ([[Lacey|name]] and "the little one", [[Alfie|name]])
Mrs [[Pocock|name]] says [[stacey|name]] went out Sat night ([[29th|date]]) and left [[Lacey|name]] (7) in charge. Her
grandson [[Tyler Pocock|name]] heard the baby crying for an hour. She saw [[Dean|name]]'s mate [[Lee Chant|name]] go in
about midnight. Mrs [[Pocock|name]] did not want her name given. She thinks [[Stacey|name]]'s mum [[Lorraine|name]] has
fallen out with her. [[Stacey|name]] told her she might go to her sister [[Kerry|name]]'s in [[Caversham|place]] or to
[[Wallingford|place]].
Action: passed to SW [[Priya Sandhu|name]] at 15:10; [[Priya|name]] to visit [[3/9|date]] with [[Gemma T|name]].
Checked: [[Lacey WICKS|name]], UPN [[A931835438933|upn]], NHS [[8022039101|nhs]]; [[Trinity|school]] school say she was in
on [[1 Sept|date]].
Also noted: [[Lee Chant|name]] was seen by Mrs [[Pocock|name]]'s son [[Martin|name]] on [[Harpsden Road|address]] in a white van.
[[Priya|name]] rang [[Stacey|name]] ([[07723 518 406|phone]]) at 15:40 - no answer; rang Nan [[Lorraine Wicks|name]]
([[01491 683 207|phone]]): she will go over tonight with her partner [[Geoff Bunce|name]] from [[Sonning Common|place]].
"""),
]


# --- B. Ramo family (Solomon Islands, Malaitan, Pijin speakers), Henley-on-Thames --------------------------------------

HOME_B = d.Address("19 Niagara Road", "", "Henley-on-Thames", "RG9 1RS")
GRAN_B = d.Address("Kukum Highway, near Fishing Village", "", "Honiara", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ruthie", "Ramo")], dt.date(2012, 7, 9), addresses=[HOME_B], ids=["2297678843", "X931151210899"],
       schools=["Gillotts School"]),
    _p("s", "sibling", [("Samuel", "Ramo")], dt.date(2016, 1, 22), addresses=[HOME_B], ids=["U931302675498"]),
    _p("m", "mother", [("Florence", "Ramo")], dt.date(1988, 4, 3), addresses=[HOME_B], phones=["07912 448 360"]),
    _p("f", "father", [("Joseph", "Ramo")], dt.date(1983, 10, 30), addresses=[HOME_B], phones=["07588 104 927"],
       ids=["JT 48 21 93 C"]),
    _p("g", "grandparent", [("Esther", "Fa'asi")], dt.date(1960, 2, 11), addresses=[GRAN_B], phones=["+677 749 2381"]),
], "c")

DOCS_B = [
    ("teacher's record of a disclosure", """[[GILLOTTS SCHOOL|school]] - RECORD OF CONCERN (typed from handwritten)
Pupil: [[RAMO, Ruthie|name]]   Y10   DOB [[09/07/2012|dob]]   UPN [[X931151210899|upn]]
Staff: Mr [[Oduya|name]] (form tutor)   Date/time: [[19 Oct 2026|date]], 08:50

[[Ruthie|name]] came early and asked to talk. She said her dad ([[Joseph Ramo|name]]) "hit mum with his belt on
Saturday" ([[17th|date]]) and that her brother [[Sam|name]] (10, at [[Trinity|school]]) hid in her room. She said "in our
custom we don't tell outside" and asked me not to phone home. She said her mum [[Florence|name]] rings
Granimami in [[Honiara|place]] every night on WhatsApp ([[+677 749 2381|phone]]) and cries.
[[Ruthie|name]] said her aunty [[Grace Ramo|name]] lives in [[Reading|place]] and "would have us". She said her dad
works nights at the warehouse in [[Marlow|place]] and drives a blue van ([[FY67 HDN|vehicle]]).
Passed to DSL Mrs [[Catherine Bright|name]] at 09:05. Referral to MASH 09:40. [[Ruthie|name]]'s friends [[Maisie Okafor|name]]
and [[Isla|name]] with her at break.
Update 12:30: [[Sam Ramo|name]]'s teacher at [[Trinity|school]], Mrs [[Kettering|name]], says [[Sam|name]] said "daddy
is going to take me on a plane to see Granimami". Passed to Mrs [[Bright|name]].
Later ([[19/10|date]], 13:10): [[Ruthie|name]] asked if her friend [[Isla Pearce|name]] could sit in; [[Isla|name]] said
[[Ruthie|name]] "cried in
maths" and that [[Ruthie|name]]'s dad picked her up from [[Henley|place]] station on Friday [[16th|date]] "really angry".
Signed: [[D. Oduya|name]]   ([[19.10.26|date]])
"""),
    ("family chat in Pijin with a translation", """Screenshots given by [[Florence Ramo|name]] to SW [[Tom Ellery|name]] on
[[23/10/2026|date]]; Pijin, translated by interpreter [[Lency Houma|name]] (ph. [[07469 331 285|phone]]).
Chat: "[[Ramo|name]] Famili" - [[Florence|name]], [[Ruthie|name]], Granimami ([[Esther Fa'asi|name]])

Granimami [[20/10|date]] 06:12: [[Ruthie|name]], hao nao mami blong iu?
  ([[Ruthie|name]], how is your mum?)
[[Ruthie|name]] [[20/10|date]] 06:40: mami hem ok. dadi no kam hom lastaem. mi storim long tisa blong mi
  (mum is ok. dad didn't come home last night. I told my teacher)
Granimami [[20/10|date]] 06:44: gud nao. [[Florence|name]] iu mas go long [[Grace|name]] long [[Reading|place]]
  (good. [[Florence|name]], you must go to [[Grace|name]] in [[Reading|place]])
[[Florence|name]] [[21/10|date]] 22:03: [[Joseph|name]] hem sei bae hem tekem [[Sam|name]] go bak long [[Honiara|place]]
  ([[Joseph|name]] says he will take [[Sam|name]] back to [[Honiara|place]])
Granimami [[21/10|date]] 22:10: nomoa! kolem mi long [[+677 22341|phone]] long ofis blong Pastor [[Timothy|name]]
  (no! call me on ... at Pastor [[Timothy|name]]'s office)
Note ([[Tom E|name]]): [[Joseph Ramo|name]], NI [[JT 48 21 93 C|ni]], holds the children's passports. [[Samuel|name]] UPN
[[U931302675498|upn]]. Mother's mobile [[07912 448 360|phone]]; father's [[07588 104 927|phone]]. Home: [[19 Niagara Road|address]],
[[Henley-on-Thames|place]] [[RG9 1RS|postcode]]. Grandmother lives at [[Kukum Highway, near Fishing Village|address]],
[[Honiara|place]], Solomon Islands; the family are from Malaita.
Church contact in [[Reading|place]]: Pastor [[Willie Sikua|name]] ([[07469 118 502|phone]]); [[Grace Ramo|name]], [[Joseph|name]]'s
sister, [[88 Norcot Road|address]], [[Tilehurst|place]] [[RG30 6BU|postcode]].
"""),
]


# --- C. Merrick (white British), Lea Park, Thame -----------------------------------------------------------------------

HOME_C = d.Address("27 Lashlake Road", "Lea Park", "Thame", "OX9 3TZ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kian", "Merrick")], dt.date(2011, 9, 28), addresses=[HOME_C], ids=["7915545442", "R931886484527"],
       schools=["Lord Williams's School"], phones=["07305 882 164"]),
    _p("m", "mother", [("Tracey", "Merrick")], dt.date(1980, 6, 15), addresses=[HOME_C], phones=["01844 213 607"]),
], "c")

DOCS_C = [
    ("police missing person log", """THAMES VALLEY POLICE - MISPER LOG (extract)
Missing: [[MERRICK Kian|name]]  M  15  DOB [[28/09/2011|dob]]  Risk: HIGH
Home: [[27 Lashlake Road|address]], [[Lea Park|place]], [[Thame|place]] [[OX9 3TZ|postcode]]  Mob: [[07305 882 164|phone]]
Reporting person: mother [[Tracey MERRICK|name]] ([[01844 213 607|phone]])

[[14/11/2026|date]] 23:40 RP states [[Kian|name]] left at 17:00 with [[Brandon Kealey|name]] (17) and a male known as
"[[Skinz|name]]". Last seen at the bus stop on [[Thame|place]] High St by [[Tracey|name]]'s neighbour [[Dawn Lester|name]].
[[15/11|date]] 02:15 Cell site: [[Aylesbury|place]]. PC [[Okonjo|name]] and PC [[Hearne|name]] attend [[Walton Court|place]].
Not found.
[[15/11|date]] 09:30 DS [[Fenwick|name]]: previous missing [[2 Oct|date]] and [[19 Oct|date]] (found in [[Cowley|place]],
[[Oxford|place]], with £300 and two phones). NRM referral made [[21.10.26|date]].
[[15/11|date]] 16:05 [[Kian|name]] walked into [[Haddenham|place]] station. Collected by mum. Return home interview booked
with [[Jade Tully|name]] (Youth Service) for the [[17th|date]].
[[16/11/2026|date]] Vehicle seen near the youth club on [[Lashlake Road|address]]: black Golf [[LR20 KJY|vehicle]], driver
believed [[Reece Danvers|name]], [[aylesbury|place]].
[[17/11/2026|date]] RHI by [[Jade Tully|name]]: [[Kian|name]] said he went with [[Skinz|name]] to [[Aylesbury|place]] then
[[High Wycombe|place]], slept at a flat on [[Desborough Road|address]], sold "food" for a man called [[Tiny|name]].
[[18/11|date]] DS [[Fenwick|name]] visits [[Tracey Merrick|name]]; shown photo of [[Connor Saltmarsh|name]], she recognises him.
"""),
    ("boy's texts typed up by the youth worker", """Texts [[Kian|name]] showed [[Jade Tully|name]] at the return home
interview, [[17/11/26|date]] (typed as written, with his OK)

from "B": yo u out tmrw
[[kian|name]]: cant mum took my fone
from "B": [[skinz|name]] sed u owe him. [[aylesbury|place]] 6pm dont be late
[[kian|name]]: i aint goin back to [[walton ct|place]] man
from "B": then he'll go ur mums. [[27 lashlake|address]] innit
[[kian|name]]: leave my mum out of it
[[kian|name]] to mum: mum im at [[haddenham|place]] staton can u get me pls
mum: coming. love u. dont tell nan [[pat|name]]

[[Jade|name]]'s note: "B" is [[Brandon|name]]. [[Kian|name]] says [[Brandon|name]]'s cousin [[Mikey Kealey|name]] brought him to
[[Thame|place]] youth club in Sept. [[Kian|name]] at [[Lord Williams's|school]] (upper school, head of year Mrs [[Achebe|name]]);
NHS [[7915545442|nhs]]; UPN [[R931886484527|upn]]. Email sent to DS [[Fenwick|name]] and SW
[[Ollie Grant|name]] ([[oliver.grant@southoxon.gov.uk|email]]) on [[17 November|date]].
([[Jade|name]]: [[kian|name]] also had "[[marcus|name]]" and "[[t-bone|name]]" in his contacts; [[Kian|name]] says
[[marcus|name]] is [[Marcus Lyle|name]] from the [[Lea Park|place]] shop and is "safe". Mum [[Tracey|name]] agrees.)
"""),
]


# --- D. Stroud (white British), Towersey, near Thame --------------------------------------------------------------------

HOME_D = d.Address("3 Manor Road", "Towersey", "Thame", "OX9 3QR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Millie", "Stroud")], dt.date(2014, 5, 1), addresses=[HOME_D], ids=["4699412580", "A931199822921"],
       schools=["Lord Williams's School"]),
    _p("f", "father", [("Gareth", "Stroud")], dt.date(1978, 12, 4), addresses=[HOME_D]),
], "c")

DOCS_D = [
    ("young carer's own writing scanned by OCR", """MY WEEK by [[Mi11ie Stroud|name]] (Y8) - scanned [[24/11/2O26|date]]

On Monday I got up at 6 and did dads tablets. Dad ([[Gareth|name]]) was asleep on the sofa with the cans. I made
[[Poppy|name]] (my dog not my sister lol) her breakfast and got the bus from [[Towersey|place]] to [[Thame|place]]. I was
late agian and Mr [[Ha1l|name]] said I had a detention.
Tuesday my Aunty [[Nic|name]] ([[Nicola Stroud|name]]) came from [[Chinnor|place]] and did the shoping. She said dad
needs to see Dr [[Wh1tlock|name]] again.
On [[Wednes day 18th|date]] dad shouted at me because I put the bins out wrong and then he cried. My freind [[Evie Ross|name]]
said I can sleep at hers at [[no. 9|address]] [[Manor Rd|address]] but I dont want to leave dad.
Mum lives in [[Bicester|place]] with [[Steve|name]] and I see her every other weekend.
I wish someone could help dad so I can go to guides on Thursdays with [[Evie|name]].
From [[Millie|name]] xx
(Mr [[Ha1l|name]]? - teacher's note: scanned by Mr [[Hall|name]], form 8LW, [[24.ll.26|date]])
"""),
    ("GP's letter to the young carers' service", """Thame Health Centre
[[26 November 2026|date]]
To: [[Rosie Kaur|name]], Young Carers Oxfordshire
Re: [[Millie STROUD|name]], DOB [[01/05/2014|dob]], NHS [[469 941 2580|nhs]], [[3 Manor Road|address]], [[Towersey|place]],
[[OX9 3QR|postcode]]
Dear Ms [[Kaur|name]],
I saw [[Millie|name]]'s father, Mr [[Gareth Stroud|name]], on [[23 November|date]]. With his consent I write to say he has
a depressive illness and has been drinking heavily since his redundancy. He has agreed to see Turning Point? no -
the alcohol service, and his sister Ms [[Nicola Stroud|name]] of [[Chinnor|place]] (tel [[01844 352 719|phone]]) will help.
[[Millie|name]] manages his medication. Her school ([[Lord Williams's School|school]]; UPN [[A931199822921|upn]]) report
lateness. I should be grateful if you would assess her as a young carer.
Yours sincerely,
Dr [[Helen Whitlock|name]]
cc: [[Gareth Stroud|name]]; [[Ollie Grant|name]], South Oxon Children's Services;
Ms [[Ferreira|name]], DSL, [[Lord Williams's School|school]], [[Oxford Road|address]], [[Thame|place]].
"""),
]


# --- E. Penfold (white British), Watlington --------------------------------------------------------------------------

HOME_E = d.Address("11 Hill Road", "", "Watlington", "OX49 5AD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Penfold")], dt.date(2018, 2, 19), addresses=[HOME_E], ids=["5276356262", "C931391240514"],
       schools=["Watlington Primary School"]),
    _p("m", "mother", [("Hannah", "Penfold")], dt.date(1987, 8, 27), addresses=[HOME_E], phones=["01491 612 845"]),
    _p("f", "father", [("Rob", "Penfold")], dt.date(1985, 3, 9), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("parent's email asking for respite", """From: [[Hannah Penfold|name]] <[[hannahpenfold87@gmail.com|email]]>
To: Disabled Children's Team
Sent: Thu [[3 Dec 2026|date]] 02:47
Subject: [[Oscar Penfold|name]] DOB [[19/2/2018|dob]] - please can someone ring me

Hi, I was given this address by [[Sue|name]] at the [[Watlington|place]] surgery. [[Oscar|name]] is 8, autistic, non verbal,
at [[Watlington Primary|school]] with 1:1 (Mrs [[Bannister|name]]). He hasnt slept more than 3 hrs since half term. [[Rob|name]]
works away in [[Swindon|place]] mon-thurs. My mum ([[Carol Ashby|name]]) lives in [[Benson|place]] but she's 74.
Our neighbour [[Pete Dancer|name]] helped get [[Oscar|name]] down from the shed roof on Sunday [[29th|date]].
I am not coping. Please ring [[01491 612 845|phone]] or mob 07
723 ... sorry I mean the landline. [[Hannah|name]]
[[11 Hill Road|address]], [[Watlington|place]], [[OX49 5AD|postcode]]
NHS [[5276356262|nhs]]

Reply ([[3/12/2026|date]] 09:14) from [[Aled Price|name]]: Dear Mrs [[Penfold|name]], I will ring you at 11. I have asked
[[Fran Oduwole|name]] (OT) to visit. Kind regards, [[Aled|name]] ([[aled.price@southoxon.gov.uk|email]])
"""),
    ("mother's whatsapp messages to the social worker", """WhatsApp, [[hannah penfold|name]] to SW [[Aled Price|name]]
(copied [[7/12/26|date]])

[[4/12|date]] 08:10 hi [[aled|name]] thanks for ringing. [[osc|name]] had 2 hrs sleep. school know
[[4/12|date]] 16:22 the OT [[Fran|name]] came, said she'll do a report for the panel on the [[15th|date]]
[[5/12|date]] 23:58 sorry its late. [[rob|name]] back tmrw. my mum drove over from [[benson|place]]
[[6/12|date]] 09:30 [[oscar|name]]s teacher mrs [[bannister|name]] says he can go to the saturday club at [[Icknield|school]]?
[[6/12|date]] 09:31 if thats ok with u. [[mia|name]] from the parents group goes, shes from [[pyrton|place]]
[[7/12|date]] 07:05 upn is [[C931391240514|upn]] they asked for it
[[7/12|date]] 07:06 also [[rob|name]] says thank u. and my mum [[carol|name]] says hi lol
[[7/12|date]] 07:30 [[osc|name]] slept 5 hrs!!! first time since [[oct 31st|date]]
"""),
]


# --- F. Carmody / Yeo, Pyrton, near Watlington ----------------------------------------------------------------------

HOME_F = d.Address("2 Knightsbridge Lane", "Pyrton", "Watlington", "OX49 5AN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Noah", "Yeo")], dt.date(2026, 9, 4), addresses=[HOME_F], ids=["9660625227"]),
    _p("m", "mother", [("Jess", "Carmody")], dt.date(1999, 1, 17), addresses=[HOME_F]),
    _p("f", "father", [("Callum", "Yeo")], dt.date(1997, 7, 23), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("perinatal mental health referral", """REFERRAL TO PERINATAL MENTAL HEALTH - Oxfordshire
Patient: [[CARMODY, Jessica|name]] ("[[Jess|name]]")  DOB [[17.01.1999|dob]]
Address: [[2 Knightsbridge Lane|address]], [[Pyrton|place]], [[OX49 5AN|postcode]]
Baby: [[Noah Yeo|name]], born [[04/09/2026|dob]], NHS [[966 062 5227|nhs]]
Partner: [[Callum Yeo|name]]; referrer: HV [[Anya Lisowska|name]], [[Watlington|place]] clinic
Date: [[30 Nov 2026|date]]

[[Jess|name]] scored 21 on the EPDS. She told me she "can't feel anything for [[Noah|name]]" and has thought of walking
into the river at [[Shillingford|place]]. [[Callum|name]] works shifts at the depot in [[Didcot|place]]. Her mother
[[Angela Carmody|name]] is in [[Abingdon|place]] and not in touch; his mother [[Bev Yeo|name]] in [[Wallingford|place]]
visits. Friend [[Sophie Marsh|name]] from antenatal class (lives [[Christmas Common|place]]) has been staying over.
GP: Dr [[Nwosu|name]]. Urgent.
Previous: seen by [[Kirsten Holm|name]] (midwife) on [[12/08/2026|date]] at the [[Watlington|place]] clinic; anxiety noted.
[[Jess|name]]'s mobile [[07961 385 214|phone]]; [[Callum|name]]'s [[07305 661 478|phone]].
"""),
    ("strategy meeting minutes", """Strategy meeting (virtual) - [[2 December 2026|date]], 10:00
Present: [[Priya Sandhu|name]] (SW, chair), [[Anya Lisowska|name]] (HV), DS [[Fenwick|name]], Dr [[Nwosu|name]] (GP),
[[Kemi Adeyemi|name]] (perinatal)
Child: [[Noah YEO|name]] (12 wks), [[2 Knightsbridge Ln|address]], [[Pyrton|place]]
1. [[Anya|name]]: on [[1/12|date]] [[Jess|name]] texted "i cant do this" then switched off her phone. [[Callum|name]] found her
at [[Watlington Hill|place]] car park at 9pm; [[Noah|name]] was at home alone for about 40 minutes, found by [[Callum|name]]'s
friend [[Darren Ives|name]].
1a. [[Callum|name]]'s friend [[Darren|name]] said [[Noah|name]] was "screaming"; [[Darren Ives|name]] lives at [[5 Knightsbridge
Lane|address]].
2. DS [[Fenwick|name]]: no previous police contact for [[Jessica Carmody|name]] or [[Callum Yeo|name]].
3. [[Kemi|name]]: [[Jess|name]] admitted to the mother and baby unit? Not yet - home treatment from [[3rd Dec|date]].
4. Agreed: s47 (single agency). Nan [[Bev|name]] to stay at [[Pyrton|place]] till the [[14th|date]].
Next: [[9/12/2026|date]].
Minutes: [[Lottie Fairbairn|name]]. Circulated [[3/12/26|date]] to all present and Team Manager [[Neil Osborne|name]].
"""),
]


DOCS_A += [
    ("core group meeting minutes", """CORE GROUP - [[Lacey Wicks|name]] and [[Alfie-Jay Tranter|name]]
Date: [[14 July 2026|date]], 1.30pm, [[Trinity Primary School|school]], [[Henley-on-Thames|place]]
Present: [[Priya Sandhu|name]] (SW), [[Gemma Toovey|name]] (HV), Miss [[Harwood|name]] (class teacher), Mrs [[Jo
Flinders|name]] (DSL), [[Stacey Wicks|name]] (mum), [[Ruth Gardiner|name]] (Freedom Programme)
Apologies: [[Dean Tranter|name]] (no reply to [[07841 296 513|phone]])

1. Home conditions. [[Priya|name]] visited [[Woodlands Cottages|address]] on [[8/7|date]]: kitchen cleaner, new bed for
[[Lacey|name]] from the charity shop in [[Bell Street|address]]. Still no stair gate.
2. School. Attendance 88%. [[Lacey|name]] late 6 times since [[1 June|date]]. Breakfast club agreed; [[Stacey|name]]'s friend
[[Kelsey Marchant|name]] (from [[Shiplake|place]]) will drop her off on Tuesdays.
3. Health. [[AJ|name]] weighed [[10 July|date]]: up to 25th centile. Dental appointment at [[Reading Road|address]] missed on the
[[2nd|date]]. [[Gemma|name]] to rebook.
4. Dad. [[Stacey|name]] says [[Dean|name]] has moved to his mum's in [[Woodley|place]] but "turns up". PC [[Rafferty|name]]
says [[Dean|name]] was stopped in [[Marlow|place]] on [[30 June|date]] driving [[KP19 WXR|vehicle]] uninsured.
5. Nan. Mrs [[Lorraine Wicks|name]] of [[Sonning
Common|place]] to be invited next time ([[01491 683 207|phone]]).
Actions: [[Priya|name]] - stair gate; [[Jo|name]] - breakfast club from [[1 Sept|date]]; [[Gemma|name]] - dentist.
Next core group [[8 September 2026|date]].
Distribution: [[Priya Sandhu|name]], [[Gemma Toovey|name]], [[Jo Flinders|name]], [[Ruth Gardiner|name]],
[[Stacey Wicks|name]], Team Manager [[Neil Osborne|name]]. Minutes by [[Kerry-Ann Dowd|name]], business support.
"""),
    ("child's own words written down by her teacher", """What [[Lacey|name]] said, written by Miss [[Harwood|name]],
[[Trinity|school]], [[20/04/2026|date]], in the reading corner

"I'm hungry cos there wasn't no cereal. Mummy was asleep. [[AJ|name]] was crying so I gave him my crisps."
"[[Dean|name]] shouted at mummy and threw the remote. Nanny [[Lorraine|name]] came in her car and took me to
[[sonning common|place]] but she had to bring me back."
"My best friends are [[Poppy-Rose|name]] and [[Hattie Bell|name]]. [[Hattie|name]]'s mummy gives me toast."
"I sleep with [[AJ|name]] in mummy's bed cos my bed is broke."
"There's a man called [[Lee|name]] who comes and plays the playstation with [[Dean|name]]."
Miss [[Harwood|name]]: told Mrs [[Flinders|name]] (DSL) at 10.20. Mrs [[Flinders|name]] rang [[Priya Sandhu|name]].
Later the same day [[Lacey|name]] added: "[[Alfie|name]] bumped his head on the table at [[Kelsey|name]]'s house and
[[Kelsey|name]] put ice on it. Nanny [[Lorraine|name]]'s dog is called [[Biscuit|name]]."
(Miss [[Harwood|name]]: I do not know who [[Kelsey|name]] is - passed on.)
"""),
]

DOCS_B += [
    ("police body-worn video transcript", """BWV TRANSCRIPT - ref 43/117/26 - PC [[Sian Whitby|name]] (collar 4412)
Location: [[19 Niagara Road|address]], [[Henley-on-Thames|place]] [[RG9 1RS|postcode]]. Date: [[25/10/2026|date]] 22:41

PC [[WHITBY|name]]: Police, can you open the door please? Are you [[Florence|name]]?
[[FLORENCE RAMO|name]]: Yes. He went. He go to his friend [[Benjamin|name]] in [[Caversham|place]].
PC [[WHITBY|name]]: Who's gone, love?
[[F. RAMO|name]]: My husband, [[Joseph|name]]. [[Joseph Ramo|name]].
PC [[WHITBY|name]]: Are you hurt?
[[F. RAMO|name]]: My arm. He push me on the door. [[Ruthie|name]] call you. [[Sam|name]] is upstairs.
PC [[SHAH|name]]: (to radio) Control, male [[Joseph RAMO|name]], DOB [[30/10/1983|dob]], may be driving blue Transit
[[FY67 HDN|vehicle]] towards [[Reading|place]].
[[RUTHIE RAMO|name]]: I rang. Dad took mum's phone. He said he'll take [[Sammy|name]] to [[Honiara|place]].
PC [[WHITBY|name]]: Has your dad got the passports?
[[RUTHIE|name]]: In his bag. Granny [[Esther|name]] said to call the police.
PC [[WHITBY|name]]: Is there anyone who can come and stay?
[[F. RAMO|name]]: My sister-in-law [[Grace|name]], in [[Tilehurst|place]]. Or Mrs [[Lomu|name]]? No - [[Alice Lomu|name]]
from church in [[Wokingham|place]]. Her number [[07912 448 360|phone]]... no that's mine.
PC [[WHITBY|name]]: Okay. And the little one, [[Samuel|name]], how old is he?
[[RUTHIE|name]]: Ten. His birthday is [[22 January|date]].
[END 22:58]
DASH: high. MARAC referral by DS [[Nkemelu|name]] [[26/10|date]].
"""),
    ("social worker's case note of a home visit with an interpreter", """Case note - [[Tom Ellery|name]] SW -
home visit [[28 October 2026|date]], [[Niagara Rd|address]], with interpreter [[Lency Houma|name]] (Pijin)

Seen: [[Florence|name]], [[Ruthie|name]] (14), [[Samuel|name]] (10, "[[Sam|name]]", "[[Sammy|name]]"). [[Joseph|name]] not
present; bailed to [[Benjamin Tafoa|name]]'s address, [[41 Hemdean Road|address]], [[Caversham|place]] [[RG4 7SX|postcode]],
with a condition not to come to [[Henley|place]].
[[Florence|name]] said through [[Lency|name]] that she came from Malaita in 2019 on a spouse visa and that [[Joseph|name]]
keeps the passports. Her mother [[Esther Fa'asi|name]] in [[Honiara|place]] rang during the visit ([[+677 749 2381|phone]]);
[[Esther|name]] said the church there (Pastor [[Timothy Gwali|name]]) would "talk to [[Joseph|name]]'s family" - I explained
we need the children safe here first.
[[Ruthie|name]] spoke alone: she has [[Maisie|name]] and [[Isla Pearce|name]] at [[Gillotts|school]], and Mr [[Oduya|name]]
she trusts. She wants her dad "to get help, not jail". [[Sam|name]]'s school, [[Trinity|school]], reports he is quiet.
[[Florence|name]] said [[Joseph|name]]'s cousin [[Peter Maeliau|name]] in [[Slough|place]] "tells him what to do"; [[Peter|name]]
rang her
on [[26/10|date]] from [[07305 219 846|phone]].
Plan: Refuge worker [[Amara Joseph|name]] to ring [[Florence|name]] on [[07912 448 360|phone]]; port alert requested; legal
advice re prohibited steps. Email [[tom.ellery@southoxon.gov.uk|email]] copy to [[Catherine Bright|name]].
Seen also: neighbour Mr [[Hallam|name]] at [[no. 21|address]], who heard shouting on the [[25th|date]]; [[Ruthie|name]]'s friend
[[Maisie Okafor|name]]'s mum [[Ngozi|name]] offered the girls a sleepover on Friday [[30th|date]].
"""),
]

DOCS_C += [
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - Thame and villages
[[9 December 2026|date]] - chair DI [[Margaret Oyelaran|name]]
1. [[Kian Merrick|name]] (15, [[Lea Park|place]]). Three missing episodes since [[2 Oct|date]]. Linked to
[[Brandon Kealey|name]] (17, [[Southern Road|address]], [[Thame|place]]) and [[Reece Danvers|name]] ([[Aylesbury|place]]).
[[LR20 KJY|vehicle]] seen in [[Lea Park|place]] on [[16/11|date]] and [[22/11|date]].
2. Places of concern: the skate park by [[Elms Road|address]]; the bus shelter at [[Thame|place]] upper High St; [[Walton
Court|place]], [[Aylesbury|place]]; the recreation ground at [[Haddenham|place]].
3. Others at risk: [[Tyler Gosling|name]] (14), [[Mason Pike|name]] (15), both [[Lord Williams's|school]]; [[Kian|name]]'s
ex-girlfriend [[Leah Rainsford|name]] (15) of [[Long Crendon|place]].
4. [[Jade Tully|name]] (Youth Service): [[Kian|name]] says [[Skinz|name]] is "[[Connor|name]] something" from
[[Aylesbury|place]]; DS [[Fenwick|name]] believes [[Connor Saltmarsh|name]], DOB [[3/3/2004|dob]].
Actions: disruption notice ([[Reece Danvers|name]]); youth club detached work ([[Jade|name]] and [[Sol Okafor|name]]);
school to share [[Kian|name]]'s timetable with SW [[Ollie Grant|name]].
5. [[Tracey Merrick|name]] attended for item 1; she asked that [[Kian|name]]'s nan [[Pat|name]] be told. Present also:
[[Rhiannon Beck|name]] (community safety), PCSO [[Dan Ivory|name]] ([[Thame|place]] neighbourhood team), [[Femi Adebayo|name]] (YOS).
"""),
    ("mother's letter to the head of year", """[[27 Lashlake Road|address]]
[[Lea Park|place]]
[[Thame|place]] [[OX9 3TZ|postcode]]
[[20th Nov 2026|date]]

Dear Mrs [[Achebe|name]],
I am writing about my son [[Kian Merrick|name]] in year 10 (form 10R). As you know he went missing again on the [[14th|date]]
and the police found him at [[Haddenham|place]] station. I am so worried. I think the older boys, [[Brandon|name]] and his
cousin [[Mikey|name]], are waiting for him outside school at 3.15. Please could someone walk him to the bus?
His nan [[Pat Merrick|name]] in [[Chinnor|place]] will pick him up on Fridays ([[07961 204 583|phone]] - no sorry, that is
the old number, her landline is [[01844 351 802|phone]]).
[[Kian|name]] has always loved football and his coach [[Dave Rix|name]] at Thame Utd says he can come back to
training. His dad [[Lee Merrick|name]] is in [[Milton Keynes|place]] and doesn't help.
Please ring me on [[01844 213 607|phone]] or email [[traceymerrick80@hotmail.co.uk|email]].
Yours sincerely
[[Tracey Merrick|name]]
P.S. [[Kian|name]]'s friend [[Josh Whiting|name]] and his mum [[Sarah|name]] in [[Moreton|place]] have said he can go there
after school on Mondays.
"""),
]

DOCS_D += [
    ("school attendance officer's phone notes", """Attendance calls - [[MILLIE STROUD|name]] 8LW - [[Lord Williams's|school]]
[[9/11|date]] 08:55 rang dad, no ans. [[Millie|name]] in at 09:40, "bus missed".
[[12/11|date]] 08:50 spoke to aunt [[Nicola Stroud|name]] ([[01844 352 719|phone]]): [[Gareth|name]] "not well", she'll drive
[[Millie|name]] from [[Towersey|place]] tomorrow.
[[18/11|date]] rang [[Gareth|name]] 11:15 - slurred. [[Millie|name]] in school, told Mr [[Hall|name]] she has to be home by
4 "to do dad's dinner".
[[19.11.26|date]] DSL Ms [[Ferreira|name]] informed. Young carers referral to [[Rosie Kaur|name]].
[[23/11|date]] mum [[Kirsty Beale|name]] ([[Bicester|place]]) rang - didn't know. Will ask [[Steve Beale|name]] re [[Millie|name]]
staying weekdays? [[Millie|name]] says no.
[[25/11|date]] [[Evie Ross|name]]'s mum [[Claire Ross|name]] rang: [[Millie|name]] stayed at theirs ([[9 Manor Road|address]],
[[Towersey|place]]) last night because [[Gareth|name]] fell. UPN checked [[A931199822921|upn]].
"""),
    ("young carer's assessment form", """YOUNG CARERS OXFORDSHIRE - ASSESSMENT
Name: [[Millie Stroud|name]]            DOB: [[1 May 2014|dob]]        NHS no: [[4699412580|nhs]]
Address: [[3 Manor Road|address]], [[Towersey|place]], [[Thame|place]], [[OX9 3QR|postcode]]
Person cared for: dad, [[Gareth Stroud|name]] (DOB [[04/12/1978|dob]]) - depression, alcohol
Other family: mum [[Kirsty Beale|name]] ([[Bicester|place]]); aunt [[Nicola Stroud|name]] ([[Chinnor|place]])
Assessed by: [[Rosie Kaur|name]], [[1 December 2026|date]], at home and at school

What I do: tablets, cooking, washing, the dog, "making sure dad doesn't fall on the stairs".
What I'd like: guides with [[Evie|name]] (Thursdays, [[Thame|place]] guide hut on [[Park Street|address]]), a break,
"someone to talk to who isn't a teacher".
Friends: [[Evie Ross|name]], [[Amelia Tuck|name]], [[Zara|name]] ("[[Zaz|name]]") from [[Haddenham|place]].
Who helps: Aunty [[Nic|name]]; [[Evie|name]]'s mum [[Claire|name]]; Mrs [[Doyle|name]] next door at [[no. 5|address]].
Mum's view ([[Kirsty Beale|name]], by phone [[30/11|date]]): "[[Gareth|name]]'s been bad since Auntie [[Val|name]] died"
([[Val Stroud|name]], his mum,
of [[Thame|place]], died in March?).
Outcome: young carers group in [[Thame|place]] (Wednesdays), GP Dr [[Whitlock|name]] to refer [[Gareth|name]] to the
community alcohol team; SW [[Ollie Grant|name]] notified on [[2/12|date]].
Signed: [[R. Kaur|name]]   Reviewed by: [[Bethan Lloyd|name]], [[3 Dec 2026|date]]
"""),
]

DOCS_E += [
    ("occupational therapist's home visit report", """OT HOME VISIT - [[Fran Oduwole|name]], Children's OT, [[27/11/2026|date]]
Child: [[Oscar PENFOLD|name]], [[19.02.2018|dob]], NHS [[527 635 6262|nhs]], UPN [[C931391240514|upn]]
Address: [[11 Hill Road|address]], [[Watlington|place]] [[OX49 5AD|postcode]] (semi, garden to the rear backing onto
[[Watlington Hill|place]])
Present: mum [[Hannah|name]], dad [[Rob|name]], Nan [[Carol|name]].

[[Oscar|name]] climbs: shed roof ([[29 Nov|date]] per mum - date to check), wardrobes, the gate. Garden fence 1.2m; the
neighbour Mr [[Dancer|name]] at [[no. 13|address]] has offered to share the cost of a 1.8m fence.
Next OT visit [[11/12|date]] with rehab engineer [[Marek Nowicki|name]] from [[Abingdon|place]].
Recommend: safe-space bed, window restrictors, fence. Sleep clinic referral via Dr [[Lindqvist|name]] (paediatrician,
[[Oxford|place]]).
Siblings: none. Cousin [[Ella Ashby|name]] (12) from [[Benson|place]] comes on Saturdays.
Copy to: [[Aled Price|name]] (SW); Mrs [[Bannister|name]] ([[Watlington Primary School|school]], [[Love Lane|address]]);
[[Hannah Penfold|name]] and [[Rob Penfold|name]]. Report typed [[28/11/26|date]] by [[F. Oduwole|name]].
"""),
    ("short breaks panel decision letter", """[[10 December 2026|date]]
Mr and Mrs [[Penfold|name]]
[[11 Hill Rd|address]]
[[Watlington|place]]
[[OX49 5AD|postcode]]
Dear [[Hannah|name]] and [[Rob|name]],
Short breaks for [[Oscar|name]] ([[Oscar Penfold|name]], DOB [[19/02/2018|dob]])
The panel met on [[15 Dec|date]]... I am sorry, on [[8 December|date]], and agreed: one overnight a month at the
residential short breaks unit in [[Didcot|place]] from [[January 9th|date]], and a Saturday club place at
[[Icknield Community College|school]] ([[Watlington|place]]). Your social worker [[Aled Price|name]] ([[01491 612 940|phone]]) will
arrange a visit with the unit manager [[Bernadette Quaye|name]].
Thank you for the report from [[Fran Oduwole|name]] and the letter from Mrs [[Bannister|name]] at [[Watlington Primary|school]].
Yours sincerely,
[[Helen Moss|name]], Service Manager
cc [[Aled Price|name]]; [[Bernadette Quaye|name]]; Dr [[Lindqvist|name]]
"""),
]

DOCS_F += [
    ("health visitor's lower-case phone notes", """hv notes [[anya l|name]] [[3/12|date]] (typed from phone)
- call w [[jess|name]] 9.15. sounds flat. slept 3 hrs. [[noah|name]] fed 4oz at 6.
- [[callum|name]] on earlies at [[didcot|place]], back 3pm. his mum [[bev|name]] came at 8 from [[wallingford|place]]
- [[jess|name]] says her friend [[sophie|name]] is coming at 12 ([[sophie marsh|name]], [[christmas common|place]])
- home treatment team nurse [[Dele|name]] visiting 2pm, mob [[07723 518 406|phone]]? no that was [[stacey w|name]]'s - check
- [[noah|name]] 6wk check done [[16/10|date]] at [[watlington|place]], weight fine
- [[jess|name]]'s mum [[angela|name]] rang her from [[abingdon|place]], upset her again
- nxt: joint visit w [[priya|name]] [[9/12|date]]
- [[callum|name]] asked if his sister [[kayla|name]] in [[benson|place]] can have [[noah|name]] on thurs - yes ok
"""),
    ("father's handwritten statement typed up", """Statement of [[Callum Yeo|name]], [[2 Knightsbridge Lane|address]], [[Pyrton|place]]
Given to SW [[Priya Sandhu|name]] on [[4th December 2026|date]]

On Tuesday [[1st December|date]] I got home from work at about 8.20pm. [[Jess|name]] wasn't there and [[Noah|name]] was in
his cot crying. My mate [[Darren|name]] ([[Darren Ives|name]]) had come round to drop off my drill and heard him, he lives at
[[no. 7|address]]. I rang [[Jess|name]] but her phone was off. I drove up to [[Watlington
Hill|place]] in my car ([[WN18 PZC|vehicle]]) because she goes there when she's low and she was sat in her car. I rang 101?
No I rang my mum [[Bev Yeo|name]] who came over from [[Wallingford|place]].
[[Jess|name]] has not been herself since [[Noah|name]] was born on [[4 September|date]]. She used to work at the garden centre
in [[Nettlebed|place]]. Her NI number is on the letter from DWP: [[PH 73 09 51 D|ni]].
I want us to stay together. I'll take paternity leave again.
Signed [[C. Yeo|name]]
Witnessed: [[P. Sandhu|name]], [[4/12/2026|date]], at [[Pyrton|place]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 197 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:38 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "pastor", "mami", "dadi", "granimami"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "oxfordshire", "oxon",
               "south oxfordshire", "bucks", "buckinghamshire", "berkshire", "solomon islands", "malaita"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
