"""Set 228: a held-out hand-written set for the redaction detector, six invented families in Garstang and the Wyre villages,
Lancashire (Garstang, Catterall, Great Eccleston, Pilling, Bowgreave, St Michael's on Wyre), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set226.py, bench/redaction_set227.py and bench/redaction_set229.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set213.py (its docstring, first two documents and its end: _PAIRS, NAME,
_TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the lines of
bench/redaction_handwritten.py that define Records and party(); bench/redaction_set181.py was not read (time was short; set
213 follows its conventions and was copied instead). The docstrings of bench/redaction_set*.py were searched by script for
the towns (Garstang, Catterall, Great Eccleston, Wyre, Pilling, Churchtown, Nateby) and for candidate communities; only the
numbers of the sets whose docstrings held a hit were printed (Catterall in sets 73 and 213, Wyre in 22, 52 and 65, Pilling in
16 and 30, Churchtown in 77; Garstang, Great Eccleston and Nateby in none). Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs (LA 888) made with python-stdnum in small snippets. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Shorter than asked: the sitting was under half an hour, so this set has 24 documents but 853 gold spans (490 names),
not the 900 (about 500 names) asked for; the documents were written short and lengthened in rounds while time allowed.

Six families: a white British boy of 9 on Croston Road, Garstang, bruised at his father's (Holden / Cartwright; physical
abuse, a father's girlfriend in Preesall, a nana in Pilling); an Aranese family from the Val d'Aran (Catalonia, Spain;
Aranese Occitan, Catalan and Spanish speakers) in Catterall (Moga Barrera / Barrera; a depressed mother, a father working
the ski season in Vielha, a boy of 14 approached to carry bags); a young carer of 13 in Great Eccleston whose mother has MS
(Dobson); a white British girl of 15 in Pilling missing to Blackpool (Sumner / Whiteside; sexual exploitation); a British
Pakistani family in Bowgreave with a baby of 5 months with a spiral fracture (Hussain / Mahmood); and a father drinking in
St Michael's on Wyre, a boy of 11 going to his aunt in Garstang (Fairclough). The community named here, Aranese (Val d'Aran),
did not appear in any earlier docstring searched ("Aranese" had no hit); British Pakistani is not claimed as new. 24
documents, each with its own style label: a MASH referral from a primary school, a father's girlfriend's Facebook messages
typed up, a social worker's home visit case note, strategy discussion minutes, a secondary school safeguarding log, a
mother's WhatsApp messages in Aranese and Spanish translated, an Early Help assessment, a boy's own words in his exercise
book, a health visitor's note, a young carer's voice note transcribed, a young carers' assessment, a GP letter, a police
missing person log, Snapchat messages typed up, a return home interview, child protection conference minutes, a hospital
safeguarding email, a police child abuse log, a grandmother's statement through an interpreter, a primary school note about
a sibling, a chronology, a scanned letter from a father with OCR errors, a boy's texts to his aunt and a family group
conference plan.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Spain +34, a Vielha-area landline and a mobile); NHS numbers and UPNs pass
their check digits. Organisations ("Lancashire MASH", "Lancashire Constabulary", "Royal Preston Hospital", "Great Eccleston
Surgery", "Wyre young carers") stay unmarked; towns, villages, districts and the Val d'Aran are marked as places.

Markup and conventions: those of bench/redaction_set213.py (and so of set 181). Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Miss, Dr, DC, DS, PC, PCSO, nana, nan, auntie, aunty, grandad, iaia, padrin, chacha, vecina); "SURNAME, First"
is one span (also the double Spanish surname "MOGA BARRERA, Aleix"); initials alone are not marked; countries and regions
("Spain", "Catalonia", "France", "Lancashire", "Wyre" as a borough) are not places; an OCR misreading keeps its kind; road
numbers ("the A6") are not marked.

Choices this set had to make: chat speaker labels are names ("kayleigh:", "jk:"), and "JK" as a nickname is a name though it is
initials, since the girl uses it as his name; a pet's name ("Nugget", "Pepper", "Biscuit") is marked as a name; a pub ("royal
oak"), a farm ("Moss Side Farm"), a caravan park address and "the green" are addresses; "Lane Ends" is an address (a hamlet's
road); "St Michael's" is a place when it is the village and a school when it is the school; "Val d'Aran" is a place (a valley,
like a district); the Aranese date "20 de deseme" is a date; a Facebook sign-off "kay" is a name; the interpreter's quoted
"Pèir" is marked; the OCR'd phone in the father's letter was written cleanly (the checker needs a valid number) and his
other OCR misreadings (I for l, 0 for O, l for 1) keep their kinds.

Self-check without the detector: `python -m bench.redaction_set228` (and tests/test_redaction_set228.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 853 gold spans, 490 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Holden / Cartwright family (white British), Croston Road, Garstang ----------------------------------------------

HOME_A = d.Address("41 Croston Road", "", "Garstang", "PR3 1HE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Holden")], dt.date(2017, 6, 9), addresses=[HOME_A], ids=["3933799724", "V888201215012"],
       schools=["Garstang St Thomas' CE Primary School"]),
    _p("s", "sibling", [("Ruby", "Holden")], dt.date(2023, 1, 22), addresses=[HOME_A], ids=["1924645963"]),
    _p("m", "mother", [("Danielle", "Cartwright")], dt.date(1996, 4, 2), addresses=[HOME_A], phones=["07843 219 506"]),
    _p("f", "father", [("Craig", "Holden")], dt.date(1992, 12, 15), phones=["07956 318 724"]),
], "c")

DOCS_A = [
    ("MASH referral from a primary school", """LANCASHIRE MASH - MULTI-AGENCY REFERRAL FORM
Child: [[HOLDEN, Tyler|name]]   DOB [[09/06/2017|dob]]   UPN [[V888201215012|upn]]   NHS [[393 379 9724|nhs]]
Sibling: [[Ruby Holden|name]] ([[22/01/2023|dob]]), NHS [[1924645963|nhs]]
Address: [[41 Croston Road|address]], [[Garstang|place]], [[PR3 1HE|postcode]]
Mother: [[Danielle Cartwright|name]] [[07843 219 506|phone]]. Father: [[Craig Holden|name]] [[07956 318 724|phone]] (not at home).
Referrer: [[Joanne Pickup|name]], DSL, [[St Thomas'|school]]. Date: [[16 November 2026|date]].

Concerns: on [[13/11/2026|date]] [[Tyler|name]] came in with a bruise to his left cheek. He said "[[Craig|name]] done it at
the weekend when we went to [[Knott End|place]]". Dad has him alternate weekends at his flat, [[Flat 3, 12 Bridge Street|address]],
[[Garstang|place]]. [[Tyler|name]]'s friend [[Alfie Brindle|name]] said [[Ty|name]] "is scared of his dad's girlfriend [[Kayleigh|name]]".
Mum told class teacher Mr [[Seddon|name]] she knew nothing. Mum's partner [[Shane Ogden|name]] drops [[Tyler|name]] in a white van
[[PE19 KVX|vehicle]]. Attendance 86%. School nurse [[Alison Threlfall|name]] aware.
Previous: [[3 March 2025|date]] Early Help closed (worker [[Donna Helm|name]]). [[12/09/2026|date]] [[Tyler|name]] said dad "drove fast
on the
A6"? - not known. Maternal grandmother [[Julie Cartwright|name]] lives [[27 Moss Lane|address]], [[Catterall|place]] [[PR3 1YH|postcode]],
tel [[01995 602418|phone]]. Mum's friend [[Stacey-Jo Wilding|name]] from [[Nateby|place]] sometimes collects.
Health: [[Ruby|name]] under HV [[Rachael Hornby|name]]; [[Tyler|name]] registered with Dr [[Sarah Ainscough|name]] in [[Garstang|place]].
Consent: [[Danielle|name]] told by [[Joanne Pickup|name]] on [[16/11/2026|date]] at 15:20 by phone.
Other children known: [[Alfie Brindle|name]] (friend, [[Nateby|place]]); [[Kayleigh Duckworth|name]]'s son [[Mason|name]] (4),
[[Preesall|place]].
Referrer's email [[j.pickup@st-thomas-garstang.lancs.sch.uk|email]]. Mum consented [[16/11/2026|date]].
"""),
    ("father's girlfriend's Facebook messages typed up", """Facebook Messenger, [[kayleigh|name]] to [[danielle|name]], screenshots
given by
mum [[18/11/26|date]]

[[kayleigh|name]]: ur lad is a liar he fell off the wall at [[knott end|place]] on the prom
[[danielle|name]]: dont message me. [[craig|name]] hit him i know he did
[[kayleigh|name]]: ask [[craigs|name]] mum [[sheila|name]] she was there. she lives [[pilling|place]] she saw it all
[[danielle|name]]: [[sheila|name]] will say owt for him
[[kayleigh|name]]: im not having [[ty|name]] again anyway. [[shane|name]] can have him lol
[[danielle|name]]: leave [[shane|name]] out of it. [[ty|name]] and [[ruby|name]] r fine here in [[garstang|place]]
[[kayleigh|name]]: yeh course. ask [[nicola|name]] on [[windsor rd|address]] what she hears thru the wall
[[danielle|name]]: blocked
[[kayleigh|name]]: fine. tell [[julie|name]] in [[catterall|place]] to stop slagging me n all
[[danielle|name]]: my mums name stays out ur mouth. [[craig|name]] owes [[ty|name]] £40 for his bday on the [[9th june|date]]
[[kayleigh|name]]: take it to court then. [[kay|name]] x
[[danielle|name]]: [[shane|name]] says ur [[craig|name]] was at the [[royal oak|address]] in [[garstang|place]] sat night steaming
[[kayleigh|name]]: [[shane|name]] should mind his own. tell him [[dale|name]] from [[cabus|place]] is looking for him
(Mum added: [[Kayleigh|name]] also posted on the "[[Garstang|place]] Community" page about [[Tyler|name]] on [[17 Nov|date]].)
"""),
    ("social worker's home visit case note", """CASE NOTE - home visit, [[41 Croston Road|address]], [[20/11/2026|date]] 16:00
SW: [[Bethany Rawcliffe|name]]. Present: [[Danielle|name]], [[Tyler|name]], [[Ruby|name]]; later [[Shane Ogden|name]].
Home warm, food in. [[Tyler|name]] showed me his room and his hamster "[[Nugget|name]]". Spoke alone with [[Tyler|name]]: said dad
[[Craig|name]] "flicks my ear and pushed me off the wall" at [[Knott End|place]]; nana [[Sheila Holden|name]] told dad to stop.
[[Tyler|name]] likes football at [[Cabus|place]] with coach [[Ian|name]]. [[Danielle|name]] agreed to a child protection medical;
booked with Dr [[Hamid Qureshi|name]] at Royal Preston Hospital on the
[[23rd|date]]. [[Shane|name]] arrived 16:50, polite; his mother [[Pauline Ogden|name]] lives in [[Bowgreave|place]], helps with
[[Ruby|name]]. Neighbour Mrs [[Nicola Bamber|name]] ([[no. 43|address]]) was not in. Next visit [[27/11|date]].
Later call from [[Danielle|name]]'s mum [[Julie Cartwright|name]]: happy to have [[Tyler|name]] and [[Ruby|name]] any weekend at
[[Moss Lane|address]]. She said [[Craig|name]]'s brother [[Lee Holden|name]] lives in [[Forton|place]] and "is worse". [[Julie|name]]'s
partner [[Keith|name]] drives a blue Berlingo [[PN17 OXW|vehicle]].
[[Tyler|name]]'s wishes: to see nana [[Sheila|name]], to go to [[Alfie|name]]'s in [[Nateby|place]], not to go to dad's "till he says
sorry".
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[HOLDEN, Tyler|name]] - [[17.11.2026|date]] 10:30 (Teams)
Chair: [[Mark Whittle|name]] (Team Manager). Police: DS [[Lorna Fielding|name]]. Health: Named Nurse [[Gill Sumner|name]].
School: [[Joanne Pickup|name]]. SW: [[Bethany Rawcliffe|name]].
Police checks: [[Craig Holden|name]] ([[15/12/1992|dob]]) NI [[JM 63 14 82 B|ni]], previous common assault
on ex-partner [[Leanne Parkinson|name]] in [[Fleetwood|place]] ([[2019|date]]). Lives [[Flat 3, 12 Bridge Street|address]],
[[Garstang|place]]
[[PR3 1YB|postcode]]. Girlfriend [[Kayleigh Duckworth|name]] ([[07411 872 360|phone]]) of [[Preesall|place]].
Decision: s47 joint. Medical on [[23/11/2026|date]]. [[Tyler|name]] not to go to dad's this weekend; [[Danielle|name]] agreed. Paternal
grandmother [[Sheila Holden|name]], [[6 Fold House Caravan Park|address]], [[Pilling|place]], to be seen by DS
[[Fielding|name]]. Next: ICPC by [[8 December|date]].
Actions: [[Bethany|name]] to see [[Tyler|name]] at school [[18/11|date]]; [[Joanne|name]] to send attendance; [[Gill|name]] to
check [[Ruby|name]]'s HV record (HV [[Rachael Hornby|name]], [[Garstang|place]] team). [[Craig|name]]'s new address to be checked:
he told police he may move to his mate [[Ryan Blezard|name]]'s at [[10 Church Street|address]], [[Kirkham|place]] [[PR4 2SE|postcode]].
Information from [[Preesall|place]] neighbourhood team (PC [[Dan Iddon|name]]): [[Kayleigh|name]]'s brother
[[Connor Duckworth|name]] was at the flat in [[October|date]].
"""),
]


# --- B. Moga / Barrera family (Aranese, from the Val d'Aran, Catalonia), Catterall ---------------------------------------

HOME_B = d.Address("17 Manor Road", "", "Catterall", "PR3 1YN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Aleix", "Moga Barrera")], dt.date(2012, 2, 28), addresses=[HOME_B], ids=["9391998674",
       "V888204516033"], schools=["Garstang Community Academy"]),
    _p("s", "sibling", [("Nuria", "Moga Barrera")], dt.date(2019, 9, 3), addresses=[HOME_B], ids=["1995496367"]),
    _p("m", "mother", [("Montse", "Barrera")], dt.date(1984, 7, 11), addresses=[HOME_B], phones=["07583 604 129"]),
    _p("f", "father", [("Pèir", "Moga")], dt.date(1981, 3, 19), addresses=[HOME_B], phones=["+34 656 218 437"]),
], "c")

DOCS_B = [
    ("secondary school safeguarding log", """[[GARSTANG COMMUNITY ACADEMY|school]] - CPOMS EXPORT
Student: [[MOGA BARRERA, Aleix|name]]   Y9   DOB [[28/02/2012|dob]]   UPN [[V888204516033|upn]]
[[02/11/2026|date]] 08:50 [[Aleix|name]] late, said he walked from [[Catterall|place]] because dad took the car ([[PN70 ZRF|vehicle]])
to the airport. Form tutor Ms [[Helen Cookson|name]].
[[05/11/2026|date]] 12:15 [[Aleix|name]] tearful at lunch with [[Oscar Rigby|name]] and [[Maya Hesketh|name]]. Said mum [[Montse|name]]
"does not get up" and he makes [[Nuria|name]]'s breakfast. Logged by [[K. Wilding|name]].
[[09/11/2026|date]] Mum phoned ([[07583 604 129|phone]]); very low, says husband [[Pèir|name]] is working in [[Vielha|place]] until
Christmas. Grandmother [[Rosa Barrera|name]] lives in [[Bossòst|place]].
[[12.11.2026|date]] [[Aleix|name]] asked DSL [[Gareth Kitching|name]] if he could phone his padrin (godfather) [[Jaume Castet|name]] in
[[Les|place]] on [[+34 973 640 218|phone]]. Allowed in office.
[[16/11/2026|date]] Referral to MASH. Early Help worker [[Sophie Noblett|name]] informed.
[[20/11/2026|date]] [[Aleix|name]] said a man called "[[Dazza|name]]" on [[Lancaster Road|address]] asked him to carry a bag to
[[Great Eccleston|place]]. Police PCSO [[Amy Forshaw|name]] informed.
[[25/11/2026|date]] [[Nuria|name]]'s school [[Catterall St Helen's|school]] rang: [[Nuria|name]] not collected, picked up 16:20 by
neighbour [[Brenda Whiteside|name]]. [[Aleix|name]] absent. Home visit by [[G. Kitching|name]] and [[Sophie|name]]: [[Montse|name]] in
bed.
[[1/12/2026|date]] [[Aleix|name]] said [[Dazza|name]] ("[[Darren Hesketh|name]]"? no relation to [[Maya|name]]) drives a black Audi
[[YX19 PLN|vehicle]] and waits by the [[Kepple Lane|address]] park.
[[03/12/2026|date]] Tutor [[H. Cookson|name]]: [[Aleix|name]] brighter; played football with [[Oscar Rigby|name]] and
[[Ollie Bond|name]] of
[[Bilsborrow|place]]. Dad ([[+34 656 218 437|phone]]) rang the office from [[Baqueira|place]].
"""),
    ("mother's WhatsApp messages in Aranese and Spanish translated", """WhatsApp from [[Montse Barrera|name]] to her husband
[[Pèir Moga|name]]
([[+34 656 218 437|phone]]), shown to SW [[Ffion Leckenby|name]] on [[24/11/2026|date]] and translated by interpreter
[[Jordi Puigvert|name]]

[[21/11|date]] 23:12 [[Pèir|name]], non pòdi mès. Es mainatges son tristes. [[Aleix|name]] non minja. Quan tornes tà [[Catterall|place]]?
([[Pèir|name]], I can't go on. The children are sad. [[Aleix|name]] isn't eating. When are you coming back to [[Catterall|place]]?)
[[22/11|date]] 07:40 La iaia [[Rosa|name]] ditz que vengui a [[Bossòst|place]] damb [[Nuria|name]].
(Granny [[Rosa|name]] says I should come to [[Bossòst|place]] with [[Nuria|name]].)
[[22/11|date]] 07:52 La vecina [[Brenda|name]] me portèc sopa.
(The neighbour [[Brenda|name]] brought me soup.)
Interpreter's note: "[[Pèir|name]]" at the head of the first message is the husband's name, written as the mother writes it; "iaia" is
grandmother. Names as spelt: [[Pèir|name]], [[Rosa|name]], [[Nuria|name]], [[Aleix|name]].
[[23/11|date]] 21:05 [[Aleix|name]] ha dit que un òme de [[Garstang|place]] li volie dar diners. ([[Aleix|name]] said a man from
[[Garstang|place]] wanted to give him money.)
[[23/11|date]] 21:30 reply from [[Pèir|name]]: parla damb [[Jaume|name]]. Torni eth [[20 de deseme|date]]. (Talk to [[Jaume|name]]. I'm
back
on the [[20th of December|date]].)
"""),
    ("Early Help assessment", """EARLY HELP ASSESSMENT (TAF) - [[Moga Barrera|name]] family, [[17 Manor Road|address]],
[[Catterall|place]] [[PR3 1YN|postcode]]
Worker: [[Sophie Noblett|name]]. Date: [[30th November 2026|date]].
Family: [[Montse Barrera|name]] (mum, [[11/07/1984|dob]]), [[Pèir Moga|name]] (dad, works seasonal in [[Baqueira|place]] and
[[Vielha|place]]), [[Aleix|name]] (14), [[Nuria|name]] (7, at [[Catterall St Helen's|school]], class of Mrs [[Jackson|name]]).
The family came from the [[Val d'Aran|place]] in [[2021|date]]; mum speaks Aranese, Catalan, Spanish and good English. GP Dr
[[Sarah Ainscough|name]] has started antidepressants. [[Nuria|name]]'s NHS no. [[199 549 6367|nhs]].
Network: neighbour [[Brenda Whiteside|name]] ([[no. 15|address]]); mum's friend [[Laia|name]] in [[Preston|place]]; the church at
[[St Michael's|place]].
Plan: mum to talking therapy; [[Aleix|name]] to youth club in [[Garstang|place]] on Thursdays with
[[Oscar|name]]; dad to phone weekly; review [[15/01/2027|date]].
Dad's email [[peir.moga.aran@gmail.com|email]]; mum's [[montse.barrera84@hotmail.es|email]]. Padrin [[Jaume Castet|name]],
[[Carrèr Major 4|address]], [[Les|place]], tel [[+34 973 640 218|phone]]. [[Aleix|name]]'s NHS [[939 199 8674|nhs]].
Network meeting held at [[Catterall|place]] village hall with [[Brenda Whiteside|name]], [[Laia Ferrer|name]] (by video from
[[Preston|place]]),
[[Helen Cookson|name]] and [[Montse|name]]. [[Laia|name]]'s phone [[07583 219 640|phone]].
"""),
    ("boy's own words written in his exercise book", """my name is [[aleix|name]]. people here say [[alex|name]] its ok.
i was born in [[vielha|place]] in the mountains. my iaia [[rosa|name]] lives in [[bossost|place]] near france.
i like [[catterall|place]] bcos of the river and [[oscar|name]] lives on [[the green|address]]. i dont like the man [[dazza|name]] by
the chippy in [[garstang|place]] he gives lads vapes.
mum is sad since papa went back. [[nuria|name]] cries for him. i do the tea. mrs [[cookson|name]] is kind.
when i am 16 i want to go back to [[les|place]] and work with my padrin [[jaume|name]] on the ski lifts in [[baqueira|place]].
my friends are [[oscar|name]] and [[maya|name]] and [[ollie b|name]] from [[bilsborrow|place]]. [[maya|name]] lives by the canal in
[[garstang|place]]. our neighbour [[brenda|name]] has a dog called [[pepper|name]].
mrs [[jackson|name]] from [[nurias|name]] school gave me a book in catalan. [[alex|name]] is my english name but i like [[aleix|name]].
"""),
]


# --- C. Dobson family (white British), young carer, Great Eccleston --------------------------------------------------------

HOME_C = d.Address("8 Raikes Road", "", "Great Eccleston", "PR3 0ZA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jessica", "Dobson")], dt.date(2013, 10, 4), addresses=[HOME_C], ids=["5745131446", "U888230114207"],
       schools=["St Michael's on Wyre CE Primary School"]),
    _p("m", "mother", [("Lisa", "Dobson")], dt.date(1979, 5, 27), addresses=[HOME_C], phones=["01995 670 233"]),
], "c")

DOCS_C = [
    ("health visitor's note about a young carer's household", """HV contact - [[8 Raikes Road|address]], [[Great Eccleston|place]],
[[PR3 0ZA|postcode]]
[[26/11/2026|date]]. HV [[Rachael Hornby|name]].
Visited [[Lisa Dobson|name]] ([[27.05.1979|dob]]), MS, wheelchair since [[March|date]]. Daughter [[Jessica|name]] ("[[Jess|name]]", 13)
does most care. Landline [[01995 670 233|phone]]. [[Lisa|name]]'s sister [[Tracy Gornall|name]] in [[Elswick|place]] helps Sundays.
[[Jess|name]] missed 11 days at school. Neighbour [[Harold Swarbrick|name]] (no. 10) does the shopping in [[Poulton|place]].
Referred to Wyre young carers worker [[Kate Iddon|name]]. [[Jessica|name]]'s NHS [[5745131446|nhs]].
Also seen: [[Lisa|name]]'s carer from the agency, [[Margaret Sowerbutts|name]], comes 8am only. [[Jess|name]]'s dad [[Wayne|name]]
phones from [[Blackpool|place]] "when he remembers". [[Lisa|name]]'s friend [[Debbie Kirby|name]] in [[Churchtown|place]] drives her to
the hospital in Preston. Next visit [[17/12/2026|date]].
[[Lisa|name]]'s mobile is broken; [[Jess|name]]'s own is [[07411 906 253|phone]]. Wheelchair service: [[Ian Rossall|name]].
"""),
    ("young carer's voice note transcribed", """Voice note from [[Jess Dobson|name]] to [[Kate Iddon|name]], [[1 Dec 2026|date]],
transcribed by
[[K. Iddon|name]]
"hiya [[kate|name]] it's [[jess|name]]. erm mum had a fall again last night, I rang auntie [[tracy|name]] and she
come from [[elswick|place]] at like two. the ambulance man [[steve|name]] was nice. I'm not going in today cos mum's sore. can you tell
Mrs [[Parkinson|name]] at school. oh and [[freya|name]] from [[copp lane|address]] said I can go to hers in [[Little Eccleston|place]] on
saturday if mum's ok. bye"
Second voice note, [[2/12/2026|date]] 19:40: "it's [[jess|name]] again, sorry. [[tracy|name]] says she'll stay till sunday.
dad rang from [[blackpool|place]], he said he'd come [[boxing day|date]]. erm [[freya|name]]'s mum is called [[nicky|name]] if you need
her"
"""),
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - [[DOBSON, Jessica|name]] - DOB [[4 October 2013|dob]] - UPN
[[U888230114207|upn]]
Assessor: [[Kate Iddon|name]]. Date: [[3rd December 2026|date]]. School: [[St Michael's|school]], Year 8 tutor Mrs [[Parkinson|name]].
Cared-for: mum [[Lisa Dobson|name]]. Dad [[Wayne Dobson|name]] left [[2022|date]], lives in [[Blackpool|place]],
[[27 Caunce Street|address]], [[FY1 3LA|postcode]], rare contact.
[[Jess|name]] wants: swimming at [[Garstang|place]] with [[Freya Cowell|name]]; a break; someone to help mum at night.
Contacts: [[Tracy Gornall|name]] [[07920 145 873|phone]], [[tracy.gornall@outlook.com|email]].
OT [[Derek Hodgkinson|name]] to visit [[10/12/2026|date]]. Review [[March 2027|date]].
Signed: [[K. Iddon|name]]; [[Jessica Dobson|name]] ("[[Jess|name]]"); [[Lisa Dobson|name]].
Copy to: [[Tracy Gornall|name]], [[Lane Ends|address]], [[Elswick|place]] [[PR4 3ZD|postcode]].
Notes: [[Jess|name]] calls mum "[[Lis|name]]" when cross. She said [[Wayne|name]]'s new partner [[Kirsty Cookson|name]] is "alright"
and they have a baby, [[Harley|name]], in [[Blackpool|place]]. [[Jess|name]]'s friend [[Freya Cowell|name]], [[Copp Lane|address]],
[[Little Eccleston|place]], is her "safe person". Next contact [[7 January 2027|date]].
[[Jess|name]] named her worries: mum falling, dad in [[Blackpool|place]], money. She goes to cadets in [[Kirkham|place]] with
[[Freya|name]].
"""),
    ("GP letter", """Great Eccleston Surgery, [[Raikes Road|address]]
[[4 December 2026|date]]
Dear Ms [[Iddon|name]],
Re: [[Lisa Dobson|name]], DOB [[27/05/1979|dob]], [[8 Raikes Road|address]], [[Great\nEccleston|place]].
I confirm Mrs [[Dobson|name]] has relapsing MS and needs help with transfers. Her daughter [[Jessica|name]] should not be her main
carer. I have referred to the community neuro team (Dr [[Amira Basu|name]]).
Yours sincerely, Dr [[Philip Singleton|name]]
cc [[Jessica Dobson|name]]'s school nurse [[Alison Threlfall|name]]; [[Tracy Gornall|name]] (with [[Lisa|name]]'s consent,
given [[2 Dec 2026|date]]). NHS no. for [[Lisa|name]] on file. Tel [[01995 670 233|phone]].
Practice email [[greateccleston.surgery@nhs.net|email]] is not for urgent matters.
"""),
]


# --- D. Sumner / Whiteside family (white British), Pilling; a girl of 15 missing to Blackpool --------------------------------

HOME_D = d.Address("3 Smallwood Hey Road", "", "Pilling", "PR3 6HJ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Paige", "Sumner")], dt.date(2011, 8, 30), addresses=[HOME_D], ids=["2845520174", "R888211017451"],
       schools=["Garstang Community Academy"]),
    _p("m", "mother", [("Kerry", "Whiteside")], dt.date(1988, 1, 6), addresses=[HOME_D], phones=["07368 229 415"]),
], "c")

DOCS_D = [
    ("police missing person log", """LANCASHIRE CONSTABULARY - MISSING PERSON LOG MP/26/4471
Missing: [[SUMNER, Paige|name]] DOB [[30/08/2011|dob]] of [[3 Smallwood Hey Road|address]], [[Pilling|place]] [[PR3 6HJ|postcode]]
Reported by mother [[Kerry Whiteside|name]] ([[07368 229 415|phone]]) Fri [[27/11/2026|date]] 22:10.
Last seen: [[Garstang|place]] bus station 17:30 with [[Chloe Rimmer|name]] (15) getting in a silver Corsa [[BK66 WNO|vehicle]].
Possibly with [[Jordan Kay|name]] ("[[JK|name]]", 19) of [[South Shore|place]], [[Blackpool|place]].
Found: [[28/11/2026|date]] 03:40 at [[Flat 6, 88 Lytham Road|address]], [[Blackpool|place]] [[FY1 6DZ|postcode]] by PC
[[Nathan Croft|name]].
[[Paige|name]] had cash and two phones. RHI to be done by [[Lauren Hartley|name]].
Previous episodes: [[14/09/2026|date]] ([[Fleetwood|place]]), [[02/10/2026|date]] ([[Preesall|place]]), [[30/10/2026|date]]
([[Blackpool|place]], found by PC [[Sarah
McGonagle|name]]). [[Paige|name]]'s NHS [[2845520174|nhs]]. Nan [[Irene Whiteside|name]],
[[Sandy Lane|address]], [[Preesall|place]], [[FY6 0EJ|postcode]].
Associates: [[Reece Gorton|name]] ([[19/05/2006|dob]]) of [[Grange Park|place]], [[Blackpool|place]]; [[Tayla Kay|name]] of
[[Lytham Road|address]].
[[Paige|name]]'s friend [[Chloe|name]] returned home to [[Pilling|place]] by taxi at 01:15 (driver [[Mohammed Patel|name]]).
"""),
    ("Snapchat messages typed up", """Snapchat, [[paige|name]] and [[jk|name]], photos of her phone given by mum [[29/11/26|date]]
[[jk|name]]: u comin down [[blackpool|place]] 2nite
[[paige|name]]: cant mums on one. [[chloe|name]] can
[[jk|name]]: bring [[chlo|name]] then. ill send [[reece|name]] to [[pilling|place]] 8
[[paige|name]]: not to my house. by the chapel on [[school lane|address]]
[[jk|name]]: safe. u owe me for the nails remember
[[paige|name]]: [[reece|name]] was weird last time. he took my phone
[[jk|name]]: [[reece|name]] is sound. [[tayla|name]] will be at hers on [[lytham rd|address]]
[[paige|name]]: ok but back by 11. my nan [[irene|name]] is coming
[[jk|name]]: ur nan lol. get the 42 from [[knott end|place]]
[[paige|name]]: k. dont tell [[chlo|name]] about [[layton|place]]
[[jk|name]]: wat happens in [[blackpool|place]] stays there x
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Paige Sumner|name]] - [[30th Nov 2026|date]]
Worker: [[Lauren Hartley|name]]. Place: [[Pilling|place]] village hall.
[[Paige|name]] said she met [[Jordan|name]] at the [[Knott End|place]] ferry in summer. He paid for her nails in
[[Poulton-le-Fylde|place]].
She stayed at his cousin [[Tayla Kay|name]]'s flat on [[Lytham Road|address]]. She does not want her nan [[Irene Whiteside|name]] in
[[Preesall|place]] told. Mum's boyfriend [[Gary Lund|name]] "is alright". Friend [[Chloe Rimmer|name]] lives at
[[14 Garstang Road|address]], [[Pilling|place]].
She says [[Reece|name]] ("[[Reece Gorton|name]]"?) took her to a party at a house in [[Layton|place]]. A man called
"[[Big Mike|name]]" was there. [[Paige|name]]'s mum's number [[07368 229 415|phone]]; [[Paige|name]]'s own new number not given.
Next RHI if needed: [[Lauren|name]]. Email [[lauren.hartley@lancashire.gov.uk|email]].
[[Paige|name]] would talk again to [[Lauren|name]] or her tutor Mr [[Kitching|name]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Paige SUMNER|name]] - [[4/12/2026|date]]
Chair: [[Andrea Mawdsley|name]]. Present: [[Kerry Whiteside|name]] (mum), [[Gary Lund|name]], SW [[Owen Bretherton|name]], DC
[[Rachel Nuttall|name]] (CSE team), DSL [[Gareth Kitching|name]], school nurse [[Alison Threlfall|name]].
DC [[Nuttall|name]]: [[Jordan Kay|name]] ([[12/03/2007|dob]]) arrested [[2/12|date]]; car [[BK66 WNO|vehicle]] seized in
[[Bispham|place]].
[[Paige|name]]'s NHS [[284 552 0174|nhs]]. She has been missing four times since [[September|date]].
[[Kerry|name]] told the conference that [[Paige|name]] was "a different girl" before she met [[JK|name]] at [[Knott
End|place]].
Minutes taken by [[Hayley Ashcroft|name]]. Distributed [[7/12/2026|date]] to [[kerry.whiteside88@gmail.com|email]] and partners.
Plan: CP under sexual exploitation. Mum to stay with nan [[Irene|name]] at Christmas. Review [[5 March 2027|date]].
[[Kerry|name]] said [[Paige|name]]'s dad [[Scott Sumner|name]] lives in [[Thornton-Cleveleys|place]] and "doesn't want to know".
[[Gary Lund|name]] ([[22/04/1985|dob]]) has no convictions. [[Chloe Rimmer|name]]'s mum [[Wendy Rimmer|name]] invited to the next
core group on [[18/12/2026|date]] at [[Pilling|place]] village hall. Core group: [[Owen Bretherton|name]], [[Lauren Hartley|name]],
[[Gareth Kitching|name]], [[Kerry|name]], [[Irene Whiteside|name]].
"""),
]


# --- E. Hussain / Mahmood family (British Pakistani), Bowgreave; a baby's injury -------------------------------------------

HOME_E = d.Address("22 Bowgreave Rise", "", "Bowgreave", "PR3 1ZF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Zayan", "Hussain")], dt.date(2026, 6, 18), addresses=[HOME_E], ids=["4128444243"]),
    _p("s", "sibling", [("Amira", "Hussain")], dt.date(2020, 2, 14), addresses=[HOME_E], ids=["1761954512", "M888260320118"],
       schools=["Garstang St Thomas' CE Primary School"]),
    _p("m", "mother", [("Sana", "Mahmood")], dt.date(1998, 9, 21), addresses=[HOME_E], phones=["07712 540 836"]),
    _p("f", "father", [("Imran", "Hussain")], dt.date(1994, 11, 2), addresses=[HOME_E], phones=["07480 361 927"]),
], "c")

DOCS_E = [
    ("hospital safeguarding email", """From: [[helen.moorby@lthtr.nhs.uk|email]]
To: Wyre duty team
Date: [[2 December 2026|date]] 14:22
Subject: [[Zayan HUSSAIN|name]] DOB [[18/06/2026|dob]] NHS [[412 844 4243|nhs]]

Hi, [[Zayan|name]] (5 months) came to ED last night with a swollen left arm; X-ray shows a spiral fracture. Parents [[Sana Mahmood|name]]
and [[Imran Hussain|name]] of [[22 Bowgreave Rise|address]], [[Bowgreave|place]] [[PR3 1ZF|postcode]] say he caught it in the cot bars.
Registrar Dr [[Tomasz Wilk|name]] not satisfied. Sister [[Amira|name]] (6) is at home with paternal gran [[Nasreen Hussain|name]].
Skeletal survey booked [[3/12|date]]. HV for the family is [[Rachael Hornby|name]]; GP Dr [[Sarah Ainscough|name]],
[[Garstang|place]]. Dad's brother [[Bilal Hussain|name]] ([[07956 402 118|phone]]) was at the house on Sunday [[29 Nov|date]].
Regards, [[Helen Moorby|name]], Named Nurse
Ward: Children's ward 8, Royal Preston Hospital. Consultant Dr [[Ngozi Adeyemi|name]]. Parents' mobiles [[07712 540 836|phone]] and
[[07480 361 927|phone]].
"""),
    ("police child abuse log", """POLICE LOG 0412 [[02/12/2026|date]]. OIC DC [[Faisal Akhtar|name]].
Parents interviewed at [[Lancaster|place]] police station. [[HUSSAIN, Imran|name]] NI [[PB 27 48 19 D|ni]], mob [[07480 361 927|phone]].
[[MAHMOOD, Sana|name]] mob [[07712 540 836|phone]]. Dad's car [[PK21 HZA|vehicle]]. Uncle [[Bilal Hussain|name]] of
[[Deepdale|place]], [[Preston|place]] babysat on [[30/11|date]] with his wife [[Rukhsana|name]].
Home visit [[22 Bowgreave Rise|address]] with SW [[Naomi Catterall|name]]: cot checked, no gaps. Neighbour Mrs [[Joan Wareing|name]] heard
crying late.
[[Imran|name]] says he works nights at a warehouse in [[Fulwood|place]]; [[Sana|name]] says [[Bilal|name]] "is always there".
[[Sana|name]]'s parents [[Tariq|name]] and [[Shabana Mahmood|name]] live at [[48 Plungington Road|address]], [[Preston|place]]
[[PR1 7RD|postcode]]; offered to care for [[Amira|name]].
[[03/12/2026|date]] update, DC [[Akhtar|name]]: [[Bilal Hussain|name]] ([[08/08/1990|dob]]) interviewed at [[Preston|place]]; his car
[[PK19 ZTB|vehicle]]. [[Rukhsana|name]] confirmed he was alone with [[Zayan|name]] for an hour on [[29/11|date]].
"""),
    ("grandmother's statement through an interpreter", """Statement of [[Nasreen Hussain|name]], taken [[3/12/2026|date]] with Urdu
interpreter [[Shazia Iqbal|name]]
I live with my son [[Imran|name]] and his wife [[Sana|name]] in [[Bowgreave|place]]. I came from [[Mirpur|place]] in [[2019|date]].
On Sunday I took [[Amira|name]] to my daughter [[Farzana|name]]'s house in [[Ashton-on-Ribble|place]]. When we came back [[Zayan|name]]
was
crying and [[Bilal|name]] said he fell asleep on the sofa. I did not see anybody hurt the baby.
[[Sana|name]] is a good mother. [[Imran|name]] gets angry only with his brother. My husband [[Abdul Hussain|name]] died in
[[2021|date]] in [[Dadyal|place]]. Signed [[N. Hussain|name]], read back by [[Shazia Iqbal|name]] on [[3 December 2026|date]].
Other family: my son [[Bilal|name]], his wife [[Rukhsana|name]], their boys [[Ayaan|name]] and [[Rayyan|name]] in [[Deepdale|place]]. My
neighbour in [[Bowgreave|place]] is [[Joan|name]].
"""),
    ("primary school note about a sibling", """[[St Thomas'|school]] - note for file - [[Amira Hussain|name]] (Rec), UPN
[[M888260320118|upn]]
[[4/12/26|date]] [[Amira|name]] said "baby [[Zayan|name]] went in the ambulance and chacha [[bilal|name]] was shouting". Class teacher
Miss [[Gemma Lonsdale|name]]. Passed to DSL [[Joanne Pickup|name]] and SW [[Naomi Catterall|name]].
[[7/12/26|date]] [[Amira|name]] staying with nana and nana-ji [[Shabana|name]] and [[Tariq|name]] in [[Preston|place]]; collected by
[[Tariq Mahmood|name]] (car [[PJ68 RUW|vehicle]]). Her best friend [[Isla Gregson|name]] made her a card. Mum's mobile
[[07712 540 836|phone]]. Aunt [[Farzana|name]] from [[Ashton-on-Ribble|place]] rang to ask after "[[Amu|name]]".
[[Amira|name]]'s teacher asked [[Isla|name]]'s mum Mrs [[Gregson|name]] not to discuss it at the gate.
"""),
]


# --- F. Fairclough family (white British), St Michael's on Wyre; a father drinking -------------------------------------

HOME_F = d.Address("5 Hall Lane", "", "St Michael's on Wyre", "PR3 0TQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lewis", "Fairclough")], dt.date(2015, 3, 12), addresses=[HOME_F], ids=["4538842982", "X888215513096"],
       schools=["St Michael's on Wyre CE Primary School"]),
    _p("f", "father", [("Darren", "Fairclough")], dt.date(1983, 7, 25), addresses=[HOME_F], phones=["07795 214 608"]),
], "c")

DOCS_F = [
    ("chronology for a single assessment", """CHRONOLOGY - [[FAIRCLOUGH, Lewis|name]] ([[12.03.2015|dob]]) NHS [[4538842982|nhs]]
[[14/02/2024|date]]  Mum [[Stacey Fairclough|name]] moved to [[Morecambe|place]] with [[Lee Tomlinson|name]].
[[Summer 2025|date]]  Dad [[Darren|name]] lost job at the farm in [[Churchtown|place]]; drinking.
[[19/10/2026|date]]  [[Lewis|name]] found at 21:00 on the bridge in [[St Michael's|place]] by [[Roy Cardwell|name]].
[[03/11/2026|date]]  PCSO [[Amy Forshaw|name]] saw dad drunk at [[Hall Lane|address]]; [[Lewis|name]] at his friend
[[Josh Kellet|name]]'s.
[[25/11/2026|date]]  Paternal aunt [[Michelle Fairclough|name]], [[9 Kepple Lane|address]], [[Garstang|place]] [[PR3 1PB|postcode]]
offered
care.
[[30/11/2026|date]]  Letter from dad (scanned) received by [[Owen Bretherton|name]].
[[01/12/2026|date]]  [[Lewis|name]] texted aunt [[Michelle|name]] ("[[Shell|name]]"); went to her house that night.
[[04/12/2026|date]]  School (Mrs [[Hartley|name]]) say [[Lewis|name]] happier. UPN [[X888215513096|upn]].
[[05/12/2026|date]]  [[Roy Cardwell|name]] ([[7 Hall Lane|address]]) says [[Darren|name]] "sat in the garden all night" on the
[[4th|date]].
"""),
    ("scanned letter from a father with OCR errors", """[[5 HaII Lane|address]]
[[St MichaeI's|place]]
[[3O Nov 2O26|date]]
To the sociaI worker [[0wen Bretherton|name]],
I am writing about my son [[Lewis|name]]. I no I have had a drink. I have been to [[Garstang|place]] AA and seen [[Phil|name]] my sponser.
[[Michelle|name]] can have [[Lew|name]] at [[Kepple Lane|address]] but I want him home for [[Xmas|date]]. my number is
[[07795 214 608|phone]].
[[DARREN FAIRCLOUGH|name]]
p.s. [[Lewis|name]]'s mum [[Stacey|name]] is in [[M0recambe|place]] and has not rang him since [[Ju1y|date]].
[[Phil|name]] says I can ring him any time on his mobile. My sister [[MicheIle|name]] has my spare key.
"""),
    ("texts from a boy to his aunt", """texts [[lewis|name]] to aunty [[shell|name]], copied [[1/12/26|date]]
[[lewis|name]]: dads asleep again and theres no tea
[[shell|name]]: ok babe im coming from [[garstang|place]] now. is [[josh|name]] there
[[lewis|name]]: no hes at [[inskip|place]] with his dad
[[shell|name]]: pack ur bag u r stopping at mine
[[lewis|name]]: can [[biscuit|name]] come
[[lewis|name]]: and [[josh|name]] can come on sat?
[[shell|name]]: ask his mum [[kerry kellet|name]] first. her number is [[07592 604 381|phone]]
[[shell|name]]: the dogs staying with dad. [[roy|name]] next door will feed him
[[shell|name]]: here in 10. tell [[roy|name]] to keep an eye on ur dad
[[lewis|name]]: ok aunty [[shell|name]] x
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - [[Fairclough|name]] family - [[6th December 2026|date]],
[[St Michael's|place]] village hall
Coordinator: [[Aisha Bamford|name]]. Present: [[Darren Fairclough|name]], [[Michelle Fairclough|name]], [[Lewis|name]], grandad
[[Tom Fairclough|name]] (from [[Out Rawcliffe|place]]), [[Stacey|name]] by phone ([[07592 318 440|phone]]).
Plan: [[Lewis|name]] lives with [[Michelle|name]] in [[Garstang|place]]; sees dad Saturdays in [[St Michael's on Wyre|place]]; dad to
go to the drug and alcohol service. UPN [[X888215513096|upn]] sent to [[Garstang St Thomas'|school]].
Grandad [[Tom|name]]'s address: [[Moss Side Farm|address]], [[Out Rawcliffe|place]], [[PR3 6TB|postcode]], tel [[01995 602418|phone]]?
- no, that number is [[Julie Cartwright|name]]'s on another case; [[Tom|name]] has no phone. Next FGC review [[6 March 2027|date]].
Signed by [[A. Bamford|name]], [[Darren Fairclough|name]], [[Michelle Fairclough|name]] and [[Lewis|name]] ("[[Lew|name]]").
[[Stacey|name]]'s partner [[Lee Tomlinson|name]] asked not to be named in the plan. [[Michelle|name]]'s email
[[shell.fairclough@icloud.com|email]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 228 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:31 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse", "our",
           "nan", "nana", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "papa",
           "aunt", "iaia", "padrin", "vecina", "chacha", "coach", "sister"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "lancashire", "spain", "catalonia", "france", "pakistan", "wyre"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("iaia", "padrin", "chacha") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
