"""Set 222: a held-out hand-written set for the redaction detector, six invented families in the Yorkshire Wolds in the East
Riding (Pocklington, Market Weighton and the villages around them), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set223.py to bench/redaction_set225.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, its documents for families A to E and the first of F, which one print showed,
more than the first two asked, and its end: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py
and tests/hand_set_checks.py in full, and from bench/redaction_handwritten.py only the signatures of _party and Records.party
and the first lines of HandSet's docstring (printed by grep); bench/redaction_set181.py was not opened (set 213 follows its
conventions and was copied). The docstrings of the earlier bench/redaction_set*.py (not 223 to 225) were searched by a script
(ast) for the towns and for European communities, printing only a few words around each hit: "Pocklington" is a surname in set
157, "Wolds" an invented council or practice in sets 101 and 124, "Driffield" a family's home in set 53; "Market Weighton" had
no hit. Of the communities tried, Maltese, Faroese, Icelandic, Slovenian, Sorbian, Basque, Frisian, Sámi, Goral, Silesian,
Latvian, Hungarian, Macedonian, Corsican, Sardinian and Kven matched; Albanian (set 10) and Kosovan Albanian (set 33) matched
too, but Arbëreshë (the Italo-Albanians of southern Italy), Arbresh, Lungro and Calabria did not. Phone numbers were checked
with the phonenumbers library; NHS numbers and UPNs (LA 811) were made with python-stdnum and a mod-11 snippet so their check
digits pass. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Six families: a young white British mother in Pocklington with a baby failing to thrive and a boy of 6 bruised by her
partner (Flint / Dunning; a nan in Market Weighton); an Arbëreshë family from Lungro, Calabria in Market Weighton (Bellusci /
Frega; a boy of 11 hit with a belt, a grandmother's voice note in Arbërisht and Italian, relatives in Cosenza and San Demetrio
Corone); a white British boy of 15 in Holme-on-Spalding-Moor criminally exploited by a county line from Hull (Cawood; a
grandad in Seaton Ross); a farming family at Warter where a father with a shotgun abuses the mother (Spenceley; two children,
an aunt in Bishop Wilton, an uncle in Huggate); a young carer of 12 in Bishop Wilton for a mother with MS (Thackray; a nan in
Stamford Bridge, a dad in Scarborough); and a girl of 14 in Barmby Moor sextorted online (Pickering; a mother in Goole, a
stepbrother, an Irish phone). The community named here, Arbëreshë (Italo-Albanians from Calabria), did not appear in any
earlier docstring searched. 24 documents, each with its own style label: a health visitor's home visit record, a school DSL's
log, a mother's Facebook messages typed up, child protection conference minutes, a MASH referral, a grandmother's voice note
transcribed and translated, strategy discussion minutes, a child's own words, a police missing person log, a return home
interview, exploitation panel minutes, a mother's texts to the social worker, a police domestic abuse log, a MARAC referral, a
young person's letter to the conference, conference minutes scanned with OCR misreadings, a young carers' assessment, a school
nurse drop-in note, a mother's email to the council, a young carer's diary page, a GP's letter, a police online exploitation
log, a WhatsApp family group typed up and a social worker's case note.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Italy +39, mobile and Cosenza landline; Ireland +353); NHS numbers and UPNs
pass their check digits; NI numbers have a valid format. The council ("East Wolds Council"), the charity ("Carers Plus
Yorkshire") and the practices are invented or unmarked organisations; towns, villages, estates and streets are real or
plausible and marked.

Markup and conventions: those of set 213 (and so of set 181). Titles and kinship words stay outside a name (Mr, Mrs, Dr, PC,
DC, Sgt, Insp, nan, grandad, aunty, uncle and the Italian and Arbërisht nonna, zia, zio, tata, mamma); "SURNAME, First" is
one span; initials alone are not marked; usernames are not marked; organisations holding a town's name stay unmarked
("Pocklington Group Practice", "Market Weighton Surgery", "York Hospital", "HMP Hull", "Humberside Police"); countries and
regions ("Italy", "Calabria", "Yorkshire", the Italian "Inghilterra") are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names, usernames ("kaceyx_03", "c0nnor_x17") are not, and a WhatsApp
group named by a surname ("pickering fam") marks the surname; pets' names (Tyson, Bess, Treacle, Pickle, Smudge, Bailey) are
names; the Arbërisht forms and pet forms of names ("Gjergji", "Gjergjuci", "Tereza", "Damiani", "Vinçenci") are names and the
Arbërisht name of Lungro ("Ungra") is a place, while "bija ime" (my daughter) is not marked; short forms of towns ("pock",
"Weighton", "Holme", "barmby", "Spezzano", "San Demetrio") are places; a facility named by its town in ordinary words
("Holme library", "the chemist in pock", "Pocklington children's centre") marks the town; a farm or cottage name ("Glebe Farm",
"Low Farm Cottage"), a custody suite's road ("Clough Road") and a street named alone ("Hessle Road", "Southgate") are
addresses; estates ("Orchard Park", "Bransholme") are places; a pub ("the Cross Keys") and a theme park ("flamingo land")
are not marked; a birth date of someone not in the records is a date, a record person's is a dob; a year alone, a month, a
festival ("Easter", "Boxing Day") and "the 20th" are dates; an OCR name with a digit ("Do6son", "Ke11y Ainsworth") is a name.

Self-check without the detector: `python -m bench.redaction_set222` (and tests/test_redaction_set222.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 905 gold spans, 540 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Flint / Dunning family (white British), Pocklington, neglect of a baby and a boy of 6 -----------------------------

HOME_A = d.Address("14 Wilberforce Close", "Pocklington", "York", "YO42 2XL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Dunning")], dt.date(2020, 6, 3), addresses=[HOME_A], ids=["1344007376", "H811073333267"],
       schools=["Pocklington Community Junior School"]),
    _p("s", "sibling", [("Poppy", "Flint")], dt.date(2025, 9, 21), addresses=[HOME_A], ids=["7710161782"]),
    _p("m", "mother", [("Kacey", "Flint")], dt.date(2003, 2, 11), addresses=[HOME_A], phones=["07712 604 318"]),
], "c")

DOCS_A = [
    ("health visitor's home visit record", """HEALTH VISITING - HOME VISIT RECORD   HV: [[Lorna Beilby|name]]   Date: [[12/10/2026|date]]
Child: [[FLINT, Poppy|name]]  DOB [[21/09/2025|dob]]  NHS [[771 016 1782|nhs]]
Address: [[14 Wilberforce Close|address]], [[Pocklington|place]], [[YO42 2XL|postcode]]   Mum: [[Kacey Flint|name]] [[07712 604 318|phone]]
Visit planned for 10:00; no answer. Returned 11:20. [[Kacey|name]] in dressing gown, [[Poppy|name]] in cot, nappy heavy and
red raw. Kitchen: dog mess, bottles of formula made up from yesterday. Older child [[Alfie|name]] (6) at school.
Present: [[Kacey|name]]'s friend [[Shannon Midgley|name]] (lives on [[Burnby Lane|address]]) and a man who gave his name
as "[[Spud|name]]" - later found to be [[Jason Spurr|name]], [[Kacey|name]]'s new partner. He left in a blue Corsa [[YJ70 KWT|vehicle]].
Weight: [[Poppy|name]] has dropped from the 50th to the 9th centile since [[June|date]]. 1 year review missed on [[3 Sept|date]]
and [[24/09/2026|date]].
[[Kacey|name]] said her mum [[Denise Flint|name]] in [[Market Weighton|place]] used to help but they fell out at [[Easter|date]].
Plan: GP review with Dr [[Hebden|name]]; discuss with DSL Mrs [[Oxtoby|name]] at [[Pocklington Community Junior School|school]];
revisit [[15/10/26|date]]. Neighbour Mrs [[Kowalczyk|name]] at [[no. 16|address]] says baby cries "for hours".
Signed [[L. Beilby|name]], HV, Pocklington Group Practice.
Addendum [[15/10/2026|date]]: revisit with student HV [[Aimee Thorpe|name]]. [[Kacey|name]] tidier; [[Shannon|name]] had helped.
[[Poppy|name]] weighed at the clinic in [[Pocklington|place]] on [[16 Oct|date]]: small gain. [[Kacey|name]] asked if [[Poppy|name]] can see
"Dr [[Hebden|name]]" - told yes. [[Denise|name]] rang me after ([[01430 872 651|phone]]), worried about [[Jason|name]] and his dog
"[[Tyson|name]]".
"""),
    ("school designated safeguarding lead's log", """[[POCKLINGTON COMMUNITY JUNIOR SCHOOL|school]] - SAFEGUARDING LOG (CPOMS export)
Pupil: [[DUNNING, Alfie|name]]  Y2  UPN [[H811073333267|upn]]  DOB [[03/06/2020|dob]]
[[08/09/2026|date]] 09:05 - [[Alfie|name]] late, no coat in rain. Said "mummy was asleep". Logged by Mr [[Tinsley|name]].
[[15.09.26|date]] - Dinner money debt. [[Alfie|name]] took [[Harvey Nendick|name]]'s crisps. Spoke to [[Harvey|name]]'s mum.
[[22/09|date]] - Bruise on upper arm, [[Alfie|name]] says "[[Spud|name]] grabbed me cos I was naughty". DSL [[Helen\nOxtoby|name]]
rang MASH, spoke to [[Debbie Ramsden|name]]. Body map done by TA [[Carly Fenwick|name]].
[[23/09/2026|date]] - SW [[Owen Lazenby|name]] visited school. [[Alfie|name]] says he lives with mummy, [[Poppy|name]] and [[Jase|name]].
[[1 October|date]] - Collected by nan [[Denise|name]] ([[01430 872 651|phone]]), who lives at [[7 Cherry Tree Rise|address]],
[[Market Weighton|place]] [[YO43 3FD|postcode]]. [[Alfie|name]] happy to see her.
[[6/10/26|date]] - [[Alfie|name]] said he went to [[Bridlington|place]] on Sunday with [[Jason|name]] in "the blue car".
[[19th Oct|date]] - Not in school. Mum text from [[07712 604 318|phone]]: "[[alfies|name]] poorly". Home visit by [[Helen Oxtoby|name]]
and [[Carly Fenwick|name]] to [[Wilberforce Close|address]]: curtains shut. Neighbour at [[no. 12|address]], Mr [[Ray Gowthorpe|name]],
said the family had gone to "[[Shannon|name]]'s in [[Barmby Moor|place]]".
[[3/11/2026|date]] - [[Alfie|name]] drew his house with "[[Spud|name]]" big and angry. Shared with [[Owen Lazenby|name]].
[[17/11/26|date]] - Core group held at school. Present: [[Kacey Flint|name]], [[Owen Lazenby|name]], [[Lorna Beilby|name]] (HV).
[[24/11/2026|date]] - [[Alfie|name]] told Mr [[Tinsley|name]] that [[Jase|name]]'s brother [[Deano|name]] slept on the sofa. Passed to
[[Owen|name]]. [[Alfie|name]]'s dad is [[Lee Dunning|name]] (in prison). Paternal gran Mrs [[Margaret Dunning|name]] of [[Wilberfoss|place]]
asked for school photos - checked with [[Kacey|name]] first; OK.
[[1/12/26|date]] - [[Alfie|name]] and [[Harvey|name]] friends again. [[Alfie|name]] said nan [[Denise|name]] is taking him to
[[Hornsea|place]].
"""),
    ("mother's Facebook messages typed up", """Facebook Messenger - [[Kacey Flint|name]] to [[Shannon Midgley|name]], screenshots given
by [[Shannon|name]]
to the SW on [[26/11/2026|date]]

[[kacey|name]]: [[shan|name]] can u have [[alfie|name]] tmrw after school, social r coming again
[[shannon|name]]: yh babe bring him to mine, [[burnby lane|address]]
[[kacey|name]]: [[spud|name]] says he aint going nowhere they can do one
[[shannon|name]]: hes gonna get u in bother [[kace|name]]. did [[owen|name]] say about the bruise
[[kacey|name]]: he said core group on the 17th. my mum [[denise|name]] is gonna come from [[weighton|place]]
[[shannon|name]]: ur mum hates [[jase|name]] lol
[[kacey|name]]: everyone hates [[jase|name]]. hes at his brothers in [[stamford bridge|place]] anyway
[[shannon|name]]: [[dean spurr|name]]?? he got nicked in [[york|place]] last month
[[kacey|name]]: yeh [[deano|name]]. [[poppy|name]]s got a rash again, gonna take her to the chemist in [[pock|place]]
[[shannon|name]]: go to [[lorna|name]] the HV she was ok
(usernames "kaceyx_03" and "shanmid" not typed)
[[kacey|name]]: [[lorna|name]] is ok but she tells [[owen|name]] everything
[[shannon|name]]: my [[tommo|name]] says [[spud|name]] owes him 50 quid from the job in [[market weighton|place]]
[[kacey|name]]: tell [[tommo|name]] to get in line lol. [[alfies|name]] dad [[lee|name]] writes to him from hull
[[shannon|name]]: aw. is [[margaret|name]] still on at u from [[wilberfoss|place]]
[[kacey|name]]: always. im blocking her
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[4 December 2026|date]] - East Wolds Council,
[[Beverley|place]]
Chair: [[Maureen Sowerby|name]] (IRO)    Minutes: [[Kelly Ainsworth|name]]
Children: [[Alfie Dunning|name]] ([[03/06/2020|dob]]) and [[Poppy Flint|name]] ([[21.09.2025|dob]]) of [[14 Wilberforce Close|address]],
[[Pocklington|place]]
Present: [[Kacey Flint|name]] (mother); [[Denise Flint|name]] (maternal grandmother); SW [[Owen Lazenby|name]]; HV [[Lorna Beilby|name]];
DSL [[Helen Oxtoby|name]]; PC [[Gemma Rudd|name]] (Humberside Police). Apologies: Dr [[Hebden|name]]; father [[Lee Dunning|name]]
(in HMP Hull, release date [[March 2027|date]]).
[[Owen|name]] summarised: [[Poppy|name]]'s weight faltering; [[Alfie|name]]'s bruise of [[22 September|date]]; home conditions.
[[Jason Spurr|name]] (DOB [[14/07/1998|date]]) has convictions for assault in [[Selby|place]] and [[Goole|place]]; he was
invited but did not attend. [[Kacey|name]] said [[Jason|name]] is "not living here" but PC [[Rudd|name]] said his car [[YJ70 KWT|vehicle]]
was seen on [[Wilberforce Close|address]] on [[28/11|date]] and [[2 Dec|date]].
[[Denise|name]] offered to have [[Alfie|name]] after school and weekends in [[Market\nWeighton|place]].
Decision: both children subject to child protection plans, category neglect ([[Poppy|name]]) and physical abuse ([[Alfie|name]]).
Review conference: [[26 February 2027|date]]. Core group: [[11/12/2026|date]] at [[Pocklington|place]] children's centre.
Agreed actions: [[Owen Lazenby|name]] to check [[Jason Spurr|name]]'s address with PC [[Rudd|name]] by [[9/12|date]]; [[Lorna|name]] to
weigh [[Poppy|name]] weekly; [[Helen Oxtoby|name]] to offer [[Alfie|name]] breakfast club; [[Denise Flint|name]] to be assessed as a
safe carer by [[Kelly Ainsworth|name]]'s team. Paternal grandmother [[Margaret Dunning|name]] of [[Wilberfoss|place]] to be contacted.
Minutes to [[Kacey|name]] at [[Wilberforce Cl|address]] and to [[Denise|name]] at [[7 Cherry Tree Rise|address]].
"""),
]


# --- B. Bellusci / Frega family (Arbëreshë, Italo-Albanians from Lungro, Calabria), Market Weighton ---------------------

HOME_B = d.Address("9 Londesborough Road", "Market Weighton", "York", "YO43 3AZ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Giorgio", "Bellusci")], dt.date(2015, 4, 17), addresses=[HOME_B], ids=["3538577331", "X811311014120"],
       schools=["Market Weighton School"]),
    _p("m", "mother", [("Teresa", "Frega")], dt.date(1986, 12, 2), addresses=[HOME_B], phones=["07849 215 937"]),
    _p("f", "father", [("Damiano", "Bellusci")], dt.date(1983, 8, 9), addresses=[HOME_B], phones=["07583 926 041"]),
], "c")

DOCS_B = [
    ("MASH referral form", """MASH REFERRAL - East Wolds Council   Received [[02/11/2026|date]] 14:12
Referrer: [[Alison Wragg|name]], Head of Year 7, [[Market Weighton School|school]], tel [[01430 861 937|phone]]
Child: [[BELLUSCI, Giorgio|name]] (known as "[[Gjergji|name]]" at home, "[[Gio|name]]" at school)  DOB [[17/04/2015|dob]]
NHS [[3538577331|nhs]]  UPN [[X811311014120|upn]]
Address: [[9 Londesborough Road|address]], [[Market Weighton|place]], [[YO43 3AZ|postcode]]
Mother: [[Teresa Frega|name]] [[07849 215 937|phone]]   Father: [[Damiano Bellusci|name]] [[07583 926 041|phone]]
Language: Arbërisht (Arbëresh Albanian) and Italian at home; family from [[Lungro|place]], Calabria, Italy.
Concern: [[Gio|name]] came in with a cut lip and said tata hit him with a belt because he lost his phone on the bus from
[[Holme-on-Spalding-Moor|place]]. He said his cousin [[Marco Bellusci|name]] saw it. [[Gio|name]] asked us not to tell his mother
because "she will cry to nonna in [[Lungro|place]]".
Other people: uncle [[Vincenzo Frega|name]] works with dad at the poultry plant in [[Holme|place]]; [[Gio|name]]'s friend
[[Kian Rhodes|name]] lives on [[Sancton Road|address]]. Father drives a white van [[YK19 OPN|vehicle]].
Interpreter needed for mum: Italian (not Albanian - family say Albanian interpreters do not understand Arbërisht well).
Previous: [[Gio|name]]'s sister [[Elena|name]] (19) lives in [[Milan|place]] and "left because of tata". School nurse [[Gill Hodgson|name]]
saw [[Gio|name]] on [[2 Nov|date]]. Mum's friend Mrs [[Sykes|name]] from church drives [[Teresa|name]] to the shops in
[[Pocklington|place]].
MASH decision by [[Debbie Ramsden|name]] [[2/11/2026|date]] 16:40: strategy discussion. Copy to SW [[Nadia Hardcastle|name]]
([[nadia.hardcastle@eastwolds.gov.uk|email]]). Aunt [[Anna Bellusci|name]]: [[Low Street|address]], [[Shiptonthorpe|place]]
[[YO43 3PQ|postcode]].
Dates of concern: [[29 Oct|date]], [[1st November|date]] (half term, in [[Hull|place]]) and [[2.11.26|date]].
"""),
    ("grandmother's voice note transcribed and translated", """Voice note (WhatsApp) from [[Rosa Frega|name]] (nonna) in [[Lungro|place]]
to [[Teresa|name]], [[6/11/2026|date]], played to SW [[Nadia Hardcastle|name]] by [[Teresa|name]]; translated by [[Luca Mazzotta|name]]
(interpreter) from Arbërisht and Italian.

"[[Tereza|name]], bija ime, listen. [[Damiani|name]] called me, he says the English school are making trouble. I told him: you
do not touch the boy. Your father, [[Gjergji|name]] the old one, God rest him, never touched you. ... [[Gjergjuci|name]] must come
for the summer to [[Ungra|place]] [[[Lungro|place]] in Arbërisht], to zia [[Lina|name]] in [[Cosenza|place]], she has space. Her number is
[[+39 0984 946 173|phone]]. Mine you know, [[+39 347 218 5904|phone]]. ... Tell [[Vinçenci|name]] also, he drinks too much
with [[Damiani|name]] there in Inghilterra - no, [[Market Weighton|place]], I cannot say it. ... Kiss [[Gjergji|name]]."
Interpreter's note: "[[Gjergjuci|name]]" is a pet form of [[Gjergji|name]] ([[Giorgio|name]]); "[[Tereza|name]]", "[[Damiani|name]]" and
"[[Vinçenci|name]]" are the Arbërisht forms of [[Teresa|name]], [[Damiano|name]] and [[Vincenzo|name]]. "bija ime" = my daughter.
Second voice note, [[7/11/2026|date]]: "[[Tereza|name]], [[Lina|name]] says the boy can fly to [[Lamezia|place]] in
[[July|date]]. Your cousin [[Mimmo|name]] ([[Domenico Bellusci|name]]) will fetch him. His number [[+39 329 604 7718|phone]]. And tell
[[Damiani|name]] his mother [[Caterina|name]] in [[San Demetrio Corone|place]] says the same as me."
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION   [[3rd November 2026|date]] 10:30 (Teams)
Chair: [[Paula Stather|name]] (TM, Assessment East)   Police: DS [[Graeme Holtby|name]]   Health: [[Anita Kaur|name]] (named nurse)
School: [[Alison Wragg|name]]   SW: [[Nadia Hardcastle|name]]
Child: [[Giorgio BELLUSCI|name]], [[17.04.2015|dob]], [[9 Londesborough Rd|address]], [[Market Weighton|place]]
Information shared: no previous police contact at the address. [[Damiano Bellusci|name]] (NI [[JR 62 81 47 B|ni]]) has a
caution for a drink-driving matter in [[Howden|place]], [[2023|date]]. Uncle [[Vincenzo Frega|name]] (DOB [[30/01/1979|date]])
lodges at [[21a High Street|address]], [[Holme-on-\nSpalding-Moor|place]] [[YO43 4AB|postcode]].
GP (Dr [[Sanderson|name]], Market Weighton Surgery): [[Giorgio|name]] seen [[April 2026|date]] for a wrist injury "fell off
bike at [[Goodmanham|place]]".
[[Anita|name]]: the old wrist injury should now be looked at again.
Decision: s47 enquiry, single agency (SW). [[Nadia|name]] and DS [[Holtby|name]] to see [[Gio|name]] at school today with
interpreter [[Luca Mazzotta|name]] ([[07807 254 169|phone]]) for mum. Cousin [[Marco|name]] (14) to be spoken to as a witness;
his mother is [[Anna Bellusci|name]] of [[Shiptonthorpe|place]].
Mum's friend: [[Angela Sykes|name]], [[12 Holme Road|address]], [[Market Weighton|place]]; offers space for [[Teresa|name]] and
[[Gio|name]] if needed. Father's employer: the poultry plant at [[Holme|place]]; manager [[Dave Rispin|name]]. Minutes by
[[Kirsty Nettleton|name]].
"""),
    ("child's own words written with his social worker", """My words - [[Giorgio|name]] ([[Gio|name]])   with [[Nadia|name]]
[[24/11/26|date]]

My name is [[Gjergji|name]] at home and [[Gio|name]] at school. Only nonna calls me [[Gjergjuci|name]]. I am 11.
I live in [[Weighton|place]] with mamma and tata. Before we lived in [[Lungro|place]] up the mountain, and [[Spezzano|place]] for
a bit. I miss zia [[Lina|name]] and my cousin [[Francesca|name]].
Tata is not bad all the time. When he works nights at the chicken place in [[Holme|place]] he is tired and shouts.
When he hit me with the belt it was because of the phone. [[Marco|name]] saw. I told Miss [[Wragg|name]] because she is kind.
My best friends are [[Kian|name]] and [[Oliver P|name]]. We go on bikes to [[Goodmanham|place]] and the old railway.
I want tata to stop drinking with zio [[Vinçenzo|name]]. I want to go to Italy in summer but come back.
If I am scared I can ring [[Nadia|name]] or go to [[Kian|name]]'s house, his mum is [[Lisa Rhodes|name]].
My nonna is [[Rosa|name]]. My other nonna is [[Caterina|name]] in [[San Demetrio|place]]. My sister [[Elena|name]] is in
[[Milano|place]]. My teacher last year was Mr [[Baxendale|name]]. Our church is in [[York|place]] on Sundays with father [[Andrea|name]].
"""),
]


# --- C. Cawood family (white British), Holme-on-Spalding-Moor, a boy of 15 exploited ---------------------------------------

HOME_C = d.Address("5 Moor End", "Holme-on-Spalding-Moor", "York", "YO43 4DP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Cawood")], dt.date(2011, 3, 29), addresses=[HOME_C], ids=["1460386817", "X811476582982"],
       schools=["Market Weighton School"]),
    _p("m", "mother", [("Shelley", "Cawood")], dt.date(1984, 10, 6), addresses=[HOME_C], phones=["07931 478 205"]),
], "c")

DOCS_C = [
    ("police missing person log", """HUMBERSIDE POLICE - MISSING PERSON LOG   MISPER ref 16/2026/118234
Reported: [[14/11/2026|date]] 22:40 by mother [[Shelley Cawood|name]] ([[07931 478 205|phone]])
Missing: [[CAWOOD, Tyler|name]]  DOB [[29/03/2011|dob]]  15 yrs  [[5 Moor End|address]], [[Holme-on-Spalding-Moor|place]]
[[YO43 4DP|postcode]]
Last seen: 16:10 getting into a grey Audi [[YA68 HZC|vehicle]] on [[Selby Road|address]] by the garage.
Risk: HIGH. Previous: missing [[2/10|date]] (found [[Hull|place]], [[Hessle Road|address]]) and [[24/10/2026|date]] (found [[York|place]]
station by BTP PC [[Ahmed|name]]).
Associates: "[[Tricky|name]]" ([[Reece Tennant|name]], 19, of [[Bransholme|place]], [[Hull|place]]); [[Kyle Ambler|name]] (16) of
[[Howden|place]]; girlfriend [[Mia Lund|name]] (15) of [[Market Weighton|place]].
Phone used by [[Tyler|name]]: [[07460 318 592|phone]] (not his own; believed a "line" phone).
23:55 - PCSO [[Dawn Ellerker|name]] checked [[Mia|name]]'s address, [[31 Spring Road|address]], [[Market Weighton|place]]: not there.
[[15/11/2026|date]] 03:20 - Found by PC [[Stuart Rennison|name]] and PC [[Amy\nCorden|name]] at a flat on [[Orchard Park|place]],
[[Hull|place]],
with [[Reece TENNANT|name]]. £340 cash and two phones seized. Returned home 05:10. Mum informed.
[[15/11/2026|date]] 09:00 - Handover to day shift PS [[Nicola Brumfitt|name]]. Prevention interview due. [[Tyler|name]]'s grandad
[[Bernard Cawood|name]] ([[Seaton Ross|place]]) rang to offer a bed. [[Mia Lund|name]]'s mother [[Donna Lund|name]] says [[Mia|name]] was
home all night.
"""),
    ("return home interview record", """RETURN HOME INTERVIEW   Young person: [[Tyler Cawood|name]]   Date: [[17/11/2026|date]]   Worker:
[[Jo Gilyard|name]]
(Missing and Exploitation Team, [[jo.gilyard@eastwolds.gov.uk|email]])
Where: [[Holme|place]] library, then a drive to [[Market Weighton|place]] McDonald's.
[[Tyler|name]] said [[Reece|name]] ("[[Tricky|name]]") picked him up from the garage on [[Selby Rd|address]]. They went to
[[Goole|place]], then [[Hull|place]]. He was told to "hold the line" and drop bags to people in [[Beverley|place]] and
[[Cottingham|place]]. Someone called "[[Bash|name]]" is above [[Reece|name]]. He owes [[Reece|name]] £200 for a lost bag.
He said [[Kyle|name]] ([[Kyle Ambler|name]]) got him into it at the skatepark in [[Howden|place]].
Positives: boxing at the club in [[Pocklington|place]] with coach [[Gary Featherstone|name]]; his grandad [[Bernard Cawood|name]] in
[[Seaton Ross|place]] ([[01759 388 204|phone]]) - "the only one who doesn't shout".
[[Tyler|name]] wants: to move to grandad's, to get his debt "sorted", no police at home. Consent to share: yes.
Actions: NRM referral by [[Jo|name]]; exploitation panel [[9/12/2026|date]]; tell SW [[Martin Leckonby|name]].
[[Tyler|name]]'s words: "[[Tricky|name]] said if I talk he'll go to my mum's. [[Bash|name]] has got a house in [[Anlaby|place]]. I only
went to [[Cottingham|place]] twice. [[Mia|name]] doesn't know anything." He said [[Leigh|name]] from [[Bubwith|place]] also "runs" for them.
Mum [[Shelley|name]] joined at the end; she said [[Tyler|name]]'s phone was bought by his uncle [[Darren Cawood|name]] of [[Selby|place]].
"""),
    ("exploitation panel minutes", """CHILD EXPLOITATION PANEL   [[9 December 2026|date]]   Chair: DI [[Rachel Foggitt|name]]
Young person: [[T. CAWOOD|name]] (15), [[Holme-on-Spalding-Moor|place]]; SW [[Martin Leckonby|name]]
Updates: [[Reece Tennant|name]] charged on [[2/12/26|date]] (PWITS), remanded. Audi [[YA68 HZC|vehicle]] registered to
[[Bashir Qadri|name]] ("[[Bash|name]]") of [[Anlaby|place]]. Line phone [[07460 318 592|phone]] still active - now answered by a
younger boy thought to be from [[Goole|place]].
School ([[Market Weighton School|school]], [[Alison Wragg|name]]): attendance 41%. [[Tyler|name]] was seen with [[Mia Lund|name]] and
[[Kyle Ambler|name]] at the bus stop on [[Southgate|address]], [[Market Weighton|place]], on [[7 December|date]].
Mum [[Shelley|name]] said [[Tyler|name]]'s dad [[Wayne Cawood|name]], who lives in [[Drax|place]], wants nothing to do with him.
Grandad [[Bernard|name]] is willing; his bungalow is at [[2 Church Lane|address]], [[Seaton Ross|place]] [[YO42 4LU|postcode]].
Mapping: [[Tyler|name]], [[Kyle|name]], [[Mia|name]], a girl called "[[Leigh|name]]" from [[Bubwith|place]], [[Reece|name]].
Actions: disruption notice to [[Qadri|name]] (DC [[Pete Wilberforce|name]]); safety plan by [[Martin|name]] and [[Jo Gilyard|name]].
[[Tyler|name]]'s UPN [[X811476582982|upn]]; NHS [[146 038 6817|nhs]].
Attendance: [[Jo Gilyard|name]]; PCSO [[Dawn Ellerker|name]]; [[Liz Wardle|name]] (youth justice); [[Nathan Oglesby|name]] (Early Help).
[[Kyle Ambler|name]]'s mum [[Joanne Ambler|name]] of [[Boothferry Rd|address]], [[Howden|place]], asks for help; [[Liz|name]] to visit
[[11/12|date]].
"""),
    ("mother's text messages to the social worker", """Texts from [[Shelley Cawood|name]] to [[Martin Leckonby|name]], copied onto file
[[10/12/26|date]]

Mon 18:02  [[martin|name]] its [[shelley|name]]. [[ty|name]] not back again
Mon 18:40  his mate [[kyle|name]] says hes at [[mia|name]]s in [[weighton|place]]
Mon 21:15  hes back. he stinks of weed. says hes been at grandads in [[seaton ross|place]] but [[bernard|name]] says no
Tue 07:50  sorry for texting late. [[wayne|name]] came round shouting, his new woman [[tracy|name]] was in the car
Tue 08:30  [[ty|name]] says a lad called [[bash|name]] has been outside in a grey car
Tue 12:10  i rang 101. spoke to pc [[rennison|name]]? not sure of name
Wed 09:00  can [[ty|name]] go to my dads for a bit. [[bernard cawood|name]], [[2 church lane|address]]
Wed 09:05  my other number is [[07976 531 840|phone]] if this one dies
Thu 16:20  [[martin|name]] [[ty|name]] went to [[bernard|name]]s. thank god. [[darren|name]] is taking his phone off him
Thu 16:22  and [[mia|name]]s mum [[donna|name]] rang, shes not letting her see him
"""),
]


# --- D. Spenceley family (white British), a farm at Warter, domestic abuse --------------------------------------------

HOME_D = d.Address("Glebe Farm, Warter Road", "Warter", "York", "YO42 1XR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Isla", "Spenceley")], dt.date(2017, 1, 14), addresses=[HOME_D], ids=["4522298250", "N811736156758"],
       schools=["Woldgate School"]),
    _p("s", "sibling", [("Harry", "Spenceley")], dt.date(2013, 5, 30), addresses=[HOME_D], ids=["9329835899", "K811758088670"],
       schools=["Woldgate School"]),
    _p("m", "mother", [("Rachael", "Spenceley")], dt.date(1985, 7, 19), addresses=[HOME_D], phones=["07807 254 169"]),
    _p("f", "father", [("Mark", "Spenceley")], dt.date(1980, 11, 2), addresses=[HOME_D], phones=["07976 531 840"]),
], "c")

DOCS_D = [
    ("police domestic abuse log", """HUMBERSIDE POLICE   DOMESTIC ABUSE - INCIDENT LOG   [[28/10/2026|date]] 20:14
Location: [[Glebe Farm|address]], [[Warter Road|address]], [[Warter|place]] [[YO42 1XR|postcode]]
Victim: [[SPENCELEY, Rachael|name]] DOB [[19/07/1985|dob]] tel [[07807 254 169|phone]]
Suspect: [[SPENCELEY, Mark|name]] DOB [[02/11/1980|dob]] tel [[07976 531 840|phone]] NI [[PN 40 73 29 A|ni]]
Children: [[Harry|name]] (13) and [[Isla|name]] (9), both in the house.
Call from [[Harry|name]] on 999 whispering "dad's got the gun out". Attended PC [[Liam Dobson|name]], PC [[Kate\nHoldsworth|name]], Sgt
[[Tarran|name]]. Shotgun (certificate held) found in the Land Rover [[FN22 CXE|vehicle]]; seized with the cabinet key.
[[Rachael|name]] says [[Mark|name]] had been drinking at the Cross Keys in [[Pocklington|place]]? (or the pub in
[[Nunburnholme|place]]) and accused her of seeing farm worker [[Jonny Hebblethwaite|name]]. He pushed her into the Aga.
[[Mark|name]] arrested, conveyed to [[Clough Road|address]] custody, [[Hull|place]]. Certificate revoked by firearms licensing
(Insp [[Mellor|name]]).
[[Rachael|name]]'s sister [[Claire Newlove|name]] of [[Bishop Wilton|place]] attended to take the children. DASH: high (17 ticks).
Previous: [[12 June 2026|date]] verbal, [[Mark|name]]'s brother [[Andrew Spenceley|name]] called it in from [[Huggate|place]].
Statement from [[Harry|name]] taken [[29/10|date]] by PC [[Holdsworth|name]] with aunt [[Claire|name]] present. [[Isla|name]] not
interviewed (upset). Farm worker [[Jonny Hebblethwaite|name]] of [[Millington|place]] spoken to [[30/10/2026|date]]: denies any affair.
"""),
    ("MARAC referral", """MARAC REFERRAL - East Riding   Date [[30/10/2026|date]]   Referrer: IDVA [[Sam Threlfall|name]]
Victim: [[Rachael Spenceley|name]], [[Glebe Farm, Warter Road|address]], [[Warter|place]]; safe number [[07807 254 169|phone]] (text
first). Email [[rachspenceley85@outlook.com|email]]
Perpetrator: [[Mark Spenceley|name]]; bail address [[Low Farm Cottage|address]], [[Huggate|place]] ([[Andrew|name]]'s).
Children: [[Harry Spenceley|name]] ([[30/05/2013|dob]], [[Woldgate School|school]], UPN [[K811758088670|upn]]), [[Isla Spenceley|name]]
([[14/01/2017|dob]], [[Woldgate|school]], NHS [[452 229 8250|nhs]]).
Risk: firearm access, isolation (farm 3 miles from [[Warter|place]] village), financial control, threats to kill the dogs.
[[Rachael|name]] is fearful [[Mark|name]]'s friends in the shoot ([[Nigel Cass|name]], [[Rob Tuton|name]]) watch the farm road.
She would stay with [[Claire|name]] in [[Bishop\nWilton|place]] or her mother [[Pat Holmes|name]] in [[Driffield|place]].
Previous agencies: GP Dr [[Lockwood|name]] (Pocklington Group Practice); school DSL Mrs [[Beckwith|name]]; children's SW
[[Priyanka Dhillon|name]]. MARAC date: [[11 November 2026|date]]. [[Andrew Spenceley|name]] and his wife [[Gill|name]] have agreed to
[[Mark|name]] staying.
"""),
    ("young person's letter to the conference", """To the meeting on [[the 20th|date]] - from [[Harry|name]]

I am 13 and I go to [[Woldgate|school]]. I rang the police because dad had the gun and mum was on the floor. I am not sorry.
[[Isla|name]] was hiding in the boot room with [[Bess|name]] (the collie). Uncle [[Andrew|name]] says I should not of rung but
aunty [[Claire|name]] says I was brave.
I want to stay at the farm and do lambing with [[Jonny|name]] in spring but not if dad comes back angry.
I do not want to go to [[Driffield|place]] to grandma [[Pat|name]]'s because school is too far.
My friend [[Ollie Thirsk|name]] from [[Nunburnholme|place]] knows everything and his mum [[Sue|name]] says I can stay over.
Dad texted me from [[Andrew|name]]'s phone ([[07754 219 640|phone]]) saying he is sorry. I have not replied.
Please can [[Isla|name]] have someone to talk to at school, she likes Mrs [[Beckwith|name]].
[[harry spenceley|name]]
P.S. [[Isla|name]] wants to say she misses [[Bess|name]] and [[Jonny|name]]'s pony [[Treacle|name]].
"""),
    ("conference minutes scanned, with OCR misreadings", """CHlLD PR0TECTI0N C0NFERENCE - [[2O Nov 2O26|date]] - REVIEW 0F SAFETY
Chair: [[Maureen S0werby|name]]   Children: [[Harry Spence1ey|name]] and [[Is1a Spenceley|name]], [[G1ebe Farm|address]], [[Wartcr|place]]
Present: [[Rachae1 Spenceley|name]] (mother); IDVA [[Sam Thre1fall|name]]; SW [[Priyanka Dhillon|name]]; Mrs [[Beckwith|name]]
([[Wo1dgate|school]]); PC [[Do6son|name]]. Father [[Mark Spence1ey|name]] attended the first part by phone from [[Huggatc|place]].
[[Rachae1|name]] has moved with the children to [[Bish0p Wilton|place]] ([[Claire Newl0ve|name]]'s, [[4 Pump Hi11|address]]) until
[[l5/0l/2O27|date]]. [[Harry|name]]'s letter was read. [[Is1a|name]] is seeing the school counsellor [[Dee Atkinson|name]].
[[Mark|name]] to attend the Ca1m programme in [[Bever1ey|place]]. Next review [[l9 Feb 2O27|date]].
Present a1so: [[Andrew Spence1ey|name]] (uncle, [[Huggate|place]]); [[C1aire|name]]; [[0wen Lazenby|name]] (student SW).
Mrs [[Pat H0lmes|name]] ([[Driffie1d|place]]) sent apo1ogies. Minutes: [[Ke11y Ainsworth|name]].
"""),
]


# --- E. Thackray family (white British), Bishop Wilton, a young carer of 12 ---------------------------------------------

HOME_E = d.Address("3 Worsendale Road", "Bishop Wilton", "York", "YO42 1SJ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Thackray")], dt.date(2014, 8, 25), addresses=[HOME_E], ids=["8811355400", "R811838880917"],
       schools=["Woldgate School"]),
    _p("m", "mother", [("Joanne", "Thackray")], dt.date(1978, 3, 16), addresses=[HOME_E], ids=["7044468276"],
       phones=["07540 862 713"]),
], "c")

DOCS_E = [
    ("young carers' assessment", """YOUNG CARERS NEEDS ASSESSMENT   [[18/11/2026|date]]   Worker:
[[Bethany Cammish|name]] (Carers Plus Yorkshire)
Young carer: [[Maisie Thackray|name]], 12, DOB [[25/08/2014|dob]], [[3 Worsendale Road|address]], [[Bishop Wilton|place]]
[[YO42 1SJ|postcode]]
School: [[Woldgate School|school]], [[Pocklington|place]] (UPN [[R811838880917|upn]])
Cared for: mum [[Joanne Thackray|name]] (MS, relapsing; wheelchair outdoors), tel [[07540 862 713|phone]], NHS [[704 446 8276|nhs]]
[[Maisie|name]] helps mum wash and dress, does tablets, cooks tea 5 nights. Dad [[Steve Thackray|name]] left in [[2024|date]] and
lives in [[Scarborough|place]]; sees [[Maisie|name]] once a month.
Support: nan [[Irene Lister|name]] in [[Stamford Bridge|place]] (no car); neighbour Mr [[Ellis|name]] - no: [[Colin Ellis|name]],
[[no. 5|address]] - gets shopping; MS nurse [[Fiona Garbutt|name]] at York Hospital.
[[Maisie|name]]'s words: "I'm fine, I just get tired and I missed netball." Friend [[Lottie Wray|name]] in [[Fangfoss|place]].
Outcome: carers' break (trips), [[Woldgate|school]] YC group (Mr [[Pashby|name]]), adult social care to review [[Joanne|name]]'s package.
Family network: aunt [[Karen Lister|name]] in [[Malton|place]]; dad [[Steve|name]]'s partner [[Kirsty Mainprize|name]]; cousin
[[Josh|name]] (17).
[[Maisie|name]] has a cat, [[Smudge|name]]. Next review: [[17 February 2027|date]], with [[Bethany|name]] and Mrs [[Beckwith|name]].
"""),
    ("school nurse drop-in note", """School nurse drop-in - [[Woldgate|school]] - [[25.11.2026|date]] - [[Ruth Kettlewell|name]] SN
[[Maisie T|name]] (Y8) came in at lunch with headache. Says bed at 12 most nights, mum was up with spasms. NHS [[881 135 5400|nhs]].
She rang mum from my office on [[01759 303 418|phone]]? No - that's the landline at nan's? [[Maisie|name]] says home landline is
[[01759 303 418|phone]] and mum's mobile is off. Mum answered. [[Joanne|name]] said carer [[Precious|name]] from the agency did not come.
[[Maisie|name]] mentioned dad's partner [[Kirsty|name]] in [[Scarborough|place]] "doesn't want me there".
Plan: tell [[Bethany Cammish|name]]; email form tutor [[tom.pashby@woldgate.example.org.uk|email]]; review [[9/12|date]].
Later: [[Maisie|name]]'s friend [[Lottie|name]] came to check on her. [[Lottie|name]]'s mum [[Gemma Wray|name]] rang to say [[Maisie|name]]
can stay on Saturday [[28th|date]]. Told [[Maisie|name]] I'd let [[Joanne|name]] know.
"""),
    ("mother's email to the council", """From: [[Joanne Thackray|name]] <[[jo.thackray78@gmail.com|email]]>
To: Adult Social Care, East Wolds Council
Date: Thu, [[26 Nov 2026|date]] 23:41
Subject: carers not turning up AGAIN

To whoever reads this,
I am writing because the care agency has missed 4 calls since [[9th November|date]]. My daughter [[Maisie|name]] is 12 and is doing
my personal care, which is not right. Her dad [[Steve|name]] is no help from [[Scarborough|place]].
My social worker was [[Gail Harland|name]] but she left in [[September|date]]. Nobody has rung me since. My mum [[Irene|name]] is 81.
I have been told by [[Bethany|name]] from the young carers that I should complain. I also told Dr [[Lockwood|name]] at
the surgery in [[Pocklington|place]].
I live at [[3 Worsendale Road|address]], [[Bishop Wilton|place]] [[YO42 1SJ|postcode]]. My date of birth is [[16/3/1978|dob]].
Please ring [[07540 862 713|phone]] not the landline.
[[Joanne Thackray|name]]
P.S. The agency manager is [[Precious Moyo|name]]'s boss, [[Heather Crake|name]]. My neighbour [[Colin Ellis|name]] can vouch for me.
"""),
    ("young carer's diary page", """my diary - [[maisie|name]]

monday - mum fell in the bathroom. i got [[colin|name]] from [[no 5|address]]. he rang 111. [[precious|name]] never came.
tuesday - netball at [[woldgate|school]] but i couldnt go cos mum. [[lottie|name]] said come to hers in [[fangfoss|place]] sat.
wed - [[bethany|name]] came. shes nice she has a dog called [[Pickle|name]]. we talked about a trip to [[bridlington|place]]
thurs - nan [[irene|name]] came on the bus from [[stamford\nbridge|place]]. she made stew. i slept
fri - dad rang. [[kirsty|name]] was shouting in the back. i dont want to go to [[scarborough|place]] at xmas
sat - [[lottie|name]]s! her mum [[gemma wray|name]] took us to [[york|place]] to the shops
sun - mum ok. my birthday is [[25th august|dob]] and i want to go to flamingo land
next mon - [[bethany|name]] says i can go to the YC group with [[lottie|name]] and a boy called [[finn|name]] from [[melbourne|place]]
"""),
]


# --- F. Pickering family (white British), Barmby Moor, a girl of 14 harmed online -----------------------------------------

HOME_F = d.Address("22 St Helens Square", "Barmby Moor", "York", "YO42 4HF")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Pickering")], dt.date(2012, 2, 8), addresses=[HOME_F], ids=["4082564764", "Q811990208390"],
       schools=["Woldgate School"]),
    _p("f", "father", [("Craig", "Pickering")], dt.date(1981, 5, 27), addresses=[HOME_F], phones=["01904 631 785"]),
], "c")

DOCS_F = [
    ("GP letter to the social worker", """Pocklington Group Practice
[[1 December 2026|date]]
Dear Ms [[Dhillon|name]],
Re: [[Ruby Pickering|name]], DOB [[08/02/2012|dob]], NHS [[408 256 4764|nhs]], [[22 St Helens Square|address]], [[Barmby Moor|place]],
[[YO42 4HF|postcode]]
I saw [[Ruby|name]] with her father Mr [[Craig Pickering|name]] and his partner [[Leanne Harker|name]] on [[27/11/2026|date]]. She
has cuts to both forearms, some fresh. She told me (alone) that a man she met online, "[[Connor|name]]", who says he is 17 and
from [[Leeds|place]], asked for pictures and now threatens to send them to her friends unless she sends more.
Her mother [[Natalie Pickering|name]] lives in [[Goole|place]] (tel [[01482 594 216|phone]]? the number on our record is old).
I have referred to CAMHS in [[York|place]]. Please contact me on the practice line.
Yours sincerely, Dr [[Asha Lockwood|name]]
cc: [[Craig Pickering|name]]; [[Hollie Brough|name]] (police); [[Dee Atkinson|name]], [[Woldgate School|school]]. [[Ruby|name]]'s nan
[[Sheila Pickering|name]] of [[Yapham|place]] attended the first part of the appointment.
"""),
    ("police online child sexual exploitation log", """HUMBERSIDE POLICE - OCSE REFERRAL   [[28/11/2026|date]]   OIC: DC
[[Hollie Brough|name]]
Victim: [[PICKERING, Ruby|name]], 14, [[Barmby Moor|place]]
Suspect account: Snapchat "c0nnor_x17" and Instagram; claimed name "[[Connor Blake|name]]". Linked phone number
[[+353 87 614 2290|phone]] (Irish mobile). Messages show the suspect knew [[Ruby|name]]'s school ([[Woldgate|school]]) and her friend
[[Ella Broadhead|name]].
[[Ruby|name]]'s devices seized with consent from father [[Craig Pickering|name]] ([[01904 631 785|phone]], work line at
[[Heslington|place]]).
Second victim possible: [[Ella|name]] (14) of [[Allerthorpe|place]]; her mum [[Joanne Broadhead|name]] informed [[29/11|date]].
Referral made to CEOP. [[Ruby|name]]'s stepbrother [[Kai Harker|name]] (16) said he saw the messages on [[21 Nov|date]].
Update [[3/12/2026|date]]: Irish Garda liaison (Sgt [[Ciarán Doyle|name]]) says the +353 number is a pay-as-you-go SIM bought in
[[Dundalk|place]]. Device download by [[Mark Pybus|name]], digital forensics, [[Melton|place]].
"""),
    ("WhatsApp group chat typed up", """WhatsApp - group "[[pickering|name]] fam" - given by [[Leanne Harker|name]] [[2/12/26|date]]

[[Craig|name]]: where is [[ruby|name]]
[[Leanne|name]]: at [[ella|name]]s in [[allerthorpe|place]], [[joanne|name]] will drop her back
[[Kai|name]]: she aint shes at the bus stop in [[pock|place]] with [[tyler|name]] from [[holme|place]]
[[Craig|name]]: who the hell is [[tyler|name]]
[[Kai|name]]: [[tyler cawood|name]], hes trouble dad everyone knows
[[Leanne|name]]: ive rang her she says shes getting the 18:05 back to [[barmby|place]]
[[Craig|name]]: [[natalie|name]] rang me from [[goole|place]] screaming about the police
[[Leanne|name]]: tell [[nat|name]] to ring [[priyanka|name]] not us
[[Kai|name]]: [[rubes|name]] just got on the bus lol
[[Leanne|name]]: [[craig|name]] be nice to her when she gets in
[[Craig|name]]: fine. [[kai|name]] go and meet her at the stop by the [[st helens square|address]] end
"""),
    ("social worker's case note", """Case note - [[PICKERING, Ruby|name]] - [[3/12/2026|date]] - Author [[Priyanka Dhillon|name]] (SW)
Home visit to [[22 St Helens Sq|address]], [[Barmby\nMoor|place]]. Present: [[Ruby|name]], dad [[Craig|name]], [[Leanne|name]].
[[Ruby|name]] spoke to me in her room. She said "[[Connor|name]]" has gone quiet since the police took her phone. She is worried
that [[Ella|name]] got the same messages. She has been seeing [[Tyler|name]] from [[Holme-on-Spalding-Moor|place]] "as a friend";
I shared this with [[Martin Leckonby|name]] (his SW) on [[4/12|date]].
Mum [[Natalie|name]]'s new address: [[48 Boothferry Road|address]], [[Goole|place]] [[DN14 6AE|postcode]]; tel [[07412 853 096|phone]]?
No - that is not hers; [[Leanne|name]] will text me it.
Plan: CAMHS (Dr [[Ferriby|name]]) [[10/12|date]]; school counsellor [[Dee Atkinson|name]]; review with [[Craig|name]] on
[[Boxing Day|date]]? No, [[28th December|date]]. UPN [[Q811990208390|upn]].
[[Ruby|name]] gave me her friends' names: [[Ella Broadhead|name]], [[Sophie Laycock|name]] and [[Amira|name]] from [[Pocklington|place]].
She wants to see her mum's dog [[Bailey|name]] in [[Goole|place]]. Nan [[Sheila|name]] of [[Yapham|place]] is a good support.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 222 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:11 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "capt", "maj", "insp", "rev", "sw", "hv",
           "nurse", "our", "nan", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad", "daddy", "aunty",
           "auntie", "uncle", "aunt", "tata", "mamma", "nonna", "zia", "zio"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "yorkshire", "east riding", "italy", "calabria", "ireland", "inghilterra"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("nonna", "zia Lina", "tata") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
