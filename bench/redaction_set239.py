"""Set 239: a held-out hand-written set for the redaction detector, six invented families in Lyme Regis, Charmouth and
Beaminster (west Dorset), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set238.py, bench/redaction_set240.py, bench/redaction_set241.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records,
_PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full,
and the signature of Records.party in bench/redaction_handwritten.py. The docstrings of bench/redaction_set7.py to
bench/redaction_set237.py were searched by script for the towns and the communities considered, printing only file names:
"Lyme" had two hits, "Charmouth" and "Beaminster" none; "Waray" and "Tacloban" none ("Samar" and "Palo" have hits, not as a
Waray family). Phone numbers were checked with the phonenumbers library; NHS numbers and UPNs (LA 835, Dorset) were made
with python-stdnum. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Shorter than asked: the brief gave about thirty minutes, so this set has 24 documents but 776 gold spans (439 names), not
the 900 (about 500 names) asked for; the documents were written short and lengthened in three rounds while time allowed.

Six families: a young white British mother on Anning Road, Lyme Regis (Dyer / Hallett; neglect, a baby's missed reviews, a
nan in Colway); a Waray family from Basey, Samar, the Philippines, in Wesley Close, Charmouth (Dacuma / Lagbas; domestic
abuse, a mother's voice message in Waray translated, family in Basey and Tacloban); a young carer of 13 on Hogshill Street,
Beaminster (Chubb; a mother with MS, a nan in Broadwindsor); a white British girl of 16 on Woodmead Road, Lyme Regis
(Rendell; missing to Exeter, criminal exploitation); a white British mother and boy of 9 on The Street, Charmouth (Hoskins /
Spurway; domestic abuse, an aunt in Bridport); and a father misusing alcohol in Barnes Close, Beaminster (Legg / Bartlett; a
boy of 11, a nan in Charmouth). The community named here, Waray (Eastern Visayas, the Philippines), did not appear in any
earlier docstring searched. 24 documents, each with its own style label: a primary school safeguarding log, a nan's
Facebook messages typed up, a health visitor's home visit note, child protection conference minutes, a police domestic
abuse log, a mother's message in Waray translated, a child's own words at school, a MARAC referral, a young carer's own
writing, a young carers' assessment, a social worker's phone notes, an OCR'd neurology letter (with its misreadings), a
Snapchat extract typed up, a return home interview, contextual safeguarding panel minutes, a mother's complaint email, a
mother's WhatsApp messages typed up, a strategy discussion minute, a GP's email, family support notes, a school nurse's
phone note, a boy's own words, a family group conference record and a GP letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (the Philippines +63); NHS numbers and UPNs pass their check digits. The
council, surgeries, hospital, care home and services are unmarked organisations; towns, villages, districts and streets are
real and marked as places or addresses.

Markup and conventions: those of bench/redaction_set213.py, with the two changes the brief sets for every new set: (1) a
pet's name is NOT marked (a pet is not a person: the dog "Bramble" stays unmarked); (2) a month with its year, a season or
a feast with its year, and a year alone are NOT marked as dates (none is marked here; "the autumn" and "the summer" stay
unmarked); a day with its month ("22 October", "28/11", "the 3rd", "the 22nd January") and dates of birth are marked as
before. Titles and kinship words stay outside a name (Mr, Mrs, Miss, Dr, PC, DC, DS, nan, uncle, Daddy, and the Waray and
Filipino kinship words Nanay, Tatay, Lola, Manang, Manoy, tita); "SURNAME, First" is one span; initials alone are not
marked; usernames are not marked; organisations holding a town's name stay unmarked ("Lyme Regis Medical Centre",
"Charmouth Medical Practice", "Dorset County Hospital", "Beaminster Surgery", "Dorset Police"); counties and countries
("Dorset", "Devon", "the Philippines") are not places; an OCR misreading keeps its kind; "the Cobb", "Marine Parade" and
"Jollibee" are landmarks or brands and not marked.

Choices this set had to make: chat speaker labels that are usernames are not marked; a shortened street in a chat ("anning
rd", "broad st", "fleet st") is an address; "the street" in lower case in a chat is the address The Street, Charmouth; "JR"
(a boy's initials used as his nickname) is marked as a name; "Lola Pacing" marks only the name; "Exeter St Davids" (a
station) marks Exeter only; a possessive in a chat ("kayleighs", "tylers", "maureens") is marked whole; Uplyme (Devon) and
Colway are places; "Heavitree" (an Exeter district) and "Monmouth Beach" (a beach district of Lyme Regis with chalets) are
places; "Aunty Bex" marks Bex only; an OCR split town ("Broadw indsor") is one place span.

Self-check without the detector: `python -m bench.redaction_set239` (and tests/test_redaction_set239.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 776 gold spans, 439 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dyer / Hallett family (white British), Anning Road, Lyme Regis ----------------------------------------------------

HOME_A = d.Address("14 Anning Road", "Lyme Regis", "Lyme Regis", "DT7 3DR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hallett")], dt.date(2019, 5, 11), addresses=[HOME_A], ids=["1326160567", "X835945807302"],
       schools=["St Michael's CE Primary School"]),
    _p("s", "sibling", [("Poppy", "Dyer")], dt.date(2025, 9, 3), addresses=[HOME_A], ids=["7715966231"]),
    _p("m", "mother", [("Kayleigh", "Dyer")], dt.date(2002, 1, 27), addresses=[HOME_A], phones=["07823 415 906"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """ST MICHAEL'S PRIMARY, LYME - SAFEGUARDING LOG
Pupil: [[HALLETT, Tyler|name]]   DOB [[11/05/2019|dob]]   UPN [[X835945807302|upn]]   NHS [[132 616 0567|nhs]]
Mum: [[Kayleigh Dyer|name]] ([[07823 415 906|phone]]), [[14 Anning Road|address]], [[Lyme Regis|place]] [[DT7 3DR|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] in at 9.35, hungry, same jumper as last week. Miss [[Pomeroy|name]] gave him cereal.
[[15/09/2026|date]]  Head lice. Note home. Mum said her friend [[Shannon Keech|name]] from [[Uplyme|place]] will sort it.
[[22.9.26|date]]  [[Tyler|name]] told TA [[Becky Loosemore|name]] that "[[Pops|name]] screams and mummy stays in bed".
[[3 Oct|date]]  HV [[Alison Trevett|name]] rang: baby [[Poppy|name]] missed her 12 month review twice.
[[10th October 2026|date]]  Referral to Dorset front door by DSL [[Martin\nGollop|name]]. SW [[Hannah Crabb|name]] allocated [[13/10|date]].
[[20/10/2026|date]]  Mum's partner "[[Gaz|name]]" ([[Gary Follett|name]]) collecting, smelt of cannabis. Van [[WK68 TZL|vehicle]].
[[5/11/26|date]]  [[Tyler|name]] says he slept at nanny's in [[Colway|place]]. Nan [[Denise Dyer|name]], [[3 Colway Close|address]],
[[Lyme Regis|place]] [[DT7 3BQ|postcode]], landline [[01297 443 218|phone]].
[[17/11/2026|date]]  [[Tyler|name]] pushed his friend [[Archie Bowditch|name]] on the Cobb trip; Mr [[Sweetland|name]] spoke to
both boys. [[Archie|name]]'s mum Mrs [[Bowditch|name]] unhappy.
[[1/12/2026|date]]  Home visit by [[Martin Gollop|name]]: no answer at [[Anning Road|address]]. Neighbour Mrs [[Jean Huxtable|name]] at
[[no. 16|address]] said mum had gone to [[Bridport|place]] with "[[Gaz|name]]".
[[2/12/26|date]]  [[Tyler|name]] said he stayed at "uncle [[Dan|name]]'s in [[Axminster|place]]". Mum: [[Dan|name]] =
[[Daniel Dyer|name]], her brother.
[[8/12/2026|date]]  [[Tyler|name]] said "[[Kayleigh|name]] and [[Gaz|name]] had a fight". Told SW [[Hannah Crabb|name]] at 10.05.
[[9/12/26|date]]  Nan [[Denise|name]] collected [[Ty|name]]; her friend [[Viv Stentiford|name]] drove. Next TAF on the [[18th|date]].
"""),
    ("nan's facebook messages typed up", """Messenger from [[Denise Dyer|name]] (nan) to SW [[Hannah Crabb|name]], copied [[26/11/26|date]]

sat [[21 nov|date]] 18:40  hiya its [[denise|name]] [[tylers|name]] nan. been round [[kayleighs|name]] on [[anning rd|address]] its a state
sat [[21 nov|date]] 18:42  [[poppy|name]] in the same nappy all day and [[gaz|name]] asleep on the settee
sat [[21 nov|date]] 18:50  ive took [[ty|name]] up mine in [[colway|place]] for tonite, will walk him to school monday
mon [[23 nov|date]] 08:30  dropped him at [[st michaels|school]]. he said love u nanny
mon [[23 nov|date]] 17:15  [[shannon|name]] reckons [[gaz|name]] is dealing from the flat over the chip shop in [[broad st|address]]
tue [[24 nov|date]] 09:05  my landline is [[01297 443 218|phone]]. my neighbour [[viv|name]] at [[no 5|address]] will vouch for me
wed [[25 nov|date]] 12:20  [[kayleigh|name]] not answering. [[ty|name]] says [[gaz|name]] has a new van not the [[WK68 TZL|vehicle]]
thu [[26 nov|date]] 10:00  [[viv|name]] says [[gaz|name]]s mate [[lewis follett|name]] was there as well
thu [[26 nov|date]] 10:04  our [[dan|name]] can have [[ty|name]] in [[axminster|place]] weekends if needed x
fri [[27 nov|date]] 16:30  [[kayleigh|name]] rang me crying from [[bridport|place]]. [[gaz|name]] left her at the bus stop
fri [[27 nov|date]] 16:45  ive got [[poppy|name]] and [[ty|name]] at mine till sunday. dont tell [[gaz|name]] x
"""),
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT   [[27/11/2026|date]]   HV [[Alison Trevett|name]]
Child: [[Poppy Dyer|name]]   DOB [[03.09.2025|dob]]   NHS [[7715966231|nhs]]   Mother: [[Kayleigh Dyer|name]]
Address: [[14 Anning Road|address]], [[Lyme Regis|place]]
Seen: [[Poppy|name]], [[Kayleigh|name]], partner [[Gary Follett|name]] (left after 5 minutes). [[Tyler|name]] at school.
Home cold; dog mess in kitchen; bottles left out. [[Poppy|name]] weight dropped from 50th to 25th centile.
[[Kayleigh|name]] says she is low since [[Poppy|name]] was born; GP Dr [[Ferreira|name]] at Lyme Regis Medical Centre to review.
Plan: weigh again on the [[4th|date]]; joint visit with SW [[Hannah Crabb|name]]; link to family hub worker [[Sophie
Larcombe|name]]. Message to mum on [[07823 415 906|phone]].
[[Kayleigh|name]]'s friend [[Shannon Keech|name]] ([[Uplyme|place]]) was present and said she helps with [[Poppy|name]] on
Wednesdays. [[Poppy|name]]'s dad is [[Gary Follett|name]]; his mum [[Linda Follett|name]] lives on [[Clappentail Lane|address]],
[[Lyme Regis|place]] [[DT7 3LZ|postcode]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[9/12/2026|date]]
Children: [[Tyler Hallett|name]] ([[11.05.2019|dob]]) and [[Poppy Dyer|name]] ([[3 September 2025|dob]]), [[Lyme Regis|place]]
Chair: [[Rosalind Haig|name]]. Present: [[Kayleigh Dyer|name]] (mother), [[Denise Dyer|name]] (maternal grandmother),
[[Hannah Crabb|name]] (SW), [[Alison Trevett|name]] (HV), [[Martin Gollop|name]] (DSL), PC [[Joe Mutter|name]].
Father of [[Tyler|name]]: [[Ryan Hallett|name]], whereabouts unknown, last known in [[Yeovil|place]]. Not invited.
[[Gary Follett|name]] did not attend. PC [[Mutter|name]]: [[Gary|name]] known for possession; stopped in [[WK68 TZL|vehicle]] on
[[Charmouth Road|address]] on [[28/11|date]].
Decision: both children subject to plans under neglect. Core group [[16/12/2026|date]] at [[Lyme Regis|place]] family hub.
[[Denise|name]] to have [[Tyler|name]] on Tuesdays and Thursdays; [[Daniel Dyer|name]] offered weekends in [[Axminster|place]].
Core group: [[Hannah Crabb|name]], [[Alison Trevett|name]], [[Martin Gollop|name]], [[Kayleigh|name]], [[Denise|name]],
[[Sophie Larcombe|name]]. Minutes by [[Bethan Rugg|name]].
"""),
]


# --- B. Dacuma / Lagbas family (Waray, from Basey, Samar, the Philippines), Wesley Close, Charmouth -----------------------

HOME_B = d.Address("6 Wesley Close", "Charmouth", "Bridport", "DT6 6QU")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jhonrey", "Dacuma")], dt.date(2014, 10, 2), addresses=[HOME_B], ids=["3647177407", "J835157368193"],
       schools=["The Woodroffe School"]),
    _p("m", "mother", [("Maricel", "Lagbas")], dt.date(1988, 7, 19), addresses=[HOME_B], phones=["07591 348 207"]),
    _p("f", "father", [("Rodel", "Dacuma")], dt.date(1984, 3, 8), addresses=[HOME_B], phones=["07468 213 590"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """DORSET POLICE - DOMESTIC INCIDENT   Log 0412 of [[29/11/2026|date]]
Location: [[6 Wesley Close|address]], [[Charmouth|place]] [[DT6 6QU|postcode]]
Caller: [[Maricel LAGBAS|name]] ([[07591 348 207|phone]]), DOB [[19/07/1988|dob]]. Suspect: [[Rodel DACUMA|name]], DOB
[[08/03/1984|dob]], mobile [[07468 213 590|phone]], NI [[SK 31 72 64 B|ni]].
Child present: [[Jhonrey Dacuma|name]] (12), known as "[[Jhon|name]]". PC [[Tamsin Wakely|name]] and PC [[Lee Bagg|name]] attended 23:10.
[[Maricel|name]] says [[Rodel|name]] came back from the pub in [[Lyme|place]] and threw a plate; [[Jhon|name]] hid at neighbour
Mrs [[Pat Elford|name]]'s at [[no. 8|address]]. DASH high. [[Rodel|name]] arrested, bailed to his cousin [[Arnel Tiu|name]],
[[22 Hill Road|address]], [[Lyme Regis|place]] [[DT7 3PG|postcode]]. Car [[HY17 OVR|vehicle]].
[[Maricel|name]] asked for her sister [[Lorna Lagbas|name]] in [[Tacloban|place]] ([[+63 926 315 8047|phone]]) to be told.
Officer's note: [[Jhon|name]] said "Papa [[Rodel|name]] pushed Mama".
[[Maricel|name]]'s friend [[Joy Obiedo|name]] arrived 23:40 and stayed.
Neighbour Mrs [[Elford|name]] said she heard shouting on the [[22nd|date]] as well. Interpreter offered (Waray), declined.
"""),
    ("mother's message in Waray translated", """Voice message from [[Maricel Lagbas|name]] to the Filipino community worker
[[Gemma Abuda|name]],
[[1/12/2026|date]], translated from Waray by [[Gemma Abuda|name]] (original words kept where no English fits)

"Maupay nga aga, Manang [[Gemma|name]]. I am okay now. [[Jhon|name]] is sleeping. Tatay [[Rodel|name]] is at Manoy [[Arnel|name]]'s
in [[Lyme|place]]. I called Nanay [[Remedios|name]] in [[Basey|place]] ([[+63 917 482 3156|phone]]), she is crying. She says come home
to [[Samar|place]]. But my work is here at the care home in [[Bridport|place]]. Lola [[Pacing|name]] says pray at [[Guiuan|place]].
Manang [[Lorna|name]] in [[Tacloban|place]] will send money. Please tell Miss [[Crabb|name]] I will come on the [[3rd|date]]. Salamat."
Notes: "Manang", "Manoy", "Nanay", "Tatay" and "Lola" are kinship words. Lola [[Pacing|name]] is [[Pacita Lagbas|name]], grandmother.
Manoy [[Arnel|name]] is [[Arnel Tiu|name]], [[Rodel|name]]'s cousin, not a brother. Nanay [[Remedios|name]] is [[Remedios Lagbas|name]] of
[[Basey|place]]; Manang [[Lorna|name]] is [[Lorna Lagbas|name]] of [[Tacloban|place]].
"""),
    ("child's own words at school", """My words - [[Jhonrey|name]] (year 8) with Mrs [[Stapleton|name]], learning mentor, [[4/12/2026|date]]

My name is [[Jhonrey|name]] but everyone says [[Jhon|name]] or [[JR|name]]. I was born in [[Basey|place]] near [[Tacloban|place]] and came
to [[Charmouth|place]] when I was 8. My mama is [[Maricel|name]] and my papa is [[Rodel|name]]. Papa gets angry when he drinks.
My lola [[Pacing|name]] is in [[Basey|place]]. My tita [[Lorna|name]] sends me Jollibee pictures. I like fossil hunting with
[[Kieran|name]] and [[Noah Sprake|name]] at [[Charmouth|place]] beach. I want to visit [[Guiuan|place]] for the surfing.
Mentor's note: [[Jhonrey|name]] upset. Told DSL [[Claire Hounsell|name]] [[4/12|date]]. [[Noah|name]]'s dad Mr [[Sprake|name]] gave
him a lift home to [[Wesley Close|address]].
[[Jhonrey|name]] also named his friend [[Kieran Bagwell|name]] from [[Lyme|place]] and his teacher Mr [[Oakley|name]].
"""),
    ("MARAC referral", """MARAC REFERRAL - [[2/12/2026|date]]   Referrer: [[Tamsin Wakely|name]], Dorset Police
Victim: [[LAGBAS, Maricel|name]]   DOB [[19.07.1988|dob]]   [[6 Wesley Close|address]], [[Charmouth|place]]
Perpetrator: [[DACUMA, Rodel|name]]   DOB [[8 March 1984|dob]]   bail address [[22 Hill Road|address]], [[Lyme Regis|place]]
Children: [[Jhonrey Dacuma|name]], DOB [[02/10/2014|dob]], NHS [[364 717 7407|nhs]], at [[Woodroffe|school]].
Safe contact: [[07591 348 207|phone]] after 6pm only. Email [[maricel.lagbas88@gmail.com|email]].
Previous: [[14/08|date]] incident at the beach car park in [[Charmouth|place]]. IDVA: [[Rachel Oxenbury|name]]. Interpreter not needed
(English good; Waray and Tagalog at home). Family abroad: mother [[Remedios Lagbas|name]], [[Basey|place]], [[Samar|place]].
Other contacts: cousin [[Arnel Tiu|name]] ([[arnel.tiu@yahoo.com|email]]); friend and co-worker [[Joy Obiedo|name]] at the care home
in [[Bridport|place]]; church friend [[Marites Cinco|name]] in [[Axminster|place]]. Next MARAC [[17/12/2026|date]].
"""),
]


# --- C. Chubb family (white British), young carer, Hogshill Street, Beaminster -------------------------------------------

HOME_C = d.Address("27 Hogshill Street", "Beaminster", "Beaminster", "DT8 3AE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jess", "Chubb")], dt.date(2013, 6, 20), addresses=[HOME_C], ids=["9764497527", "Z835036426212"],
       schools=["Beaminster School"]),
    _p("m", "mother", [("Donna", "Chubb")], dt.date(1978, 12, 2), addresses=[HOME_C], phones=["07834 609 125"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """about me by [[jess chubb|name]] (13) for the young carers group

my mum [[donna|name]] has MS and some days she cant get up the stairs. i do her tablets and tea. my brother [[kane|name]] is 19 and
lives in [[bridport|place]] with his girlfriend [[mollie|name]] so he dont help much. my best friend is [[ruby|name]] she lives on
[[fleet st|address]] in [[beaminster|place]]. i want to go to the camp at [[charmouth|place]] but who will do mums tablets.
my nan [[jan|name]] in [[broadwindsor|place]] helps on sundays. my teacher mrs [[hine|name]] is nice.
sometimes [[kane|name]] comes on a friday with [[mollie|name]] and we get chips in [[lyme|place]]. [[ruby|name]]s mum
[[tracey|name]] takes me to guides in [[netherbury|place]]. i like our cat but i am not saying its name.
"""),
    ("young carers' assessment summary", """YOUNG CARERS ASSESSMENT
Young carer: [[CHUBB, Jess|name]]   DOB [[20/06/2013|dob]]   School: [[Beaminster School|school]]   UPN [[Z835036426212|upn]]
Address: [[27 Hogshill Street|address]], [[Beaminster|place]] [[DT8 3AE|postcode]]. Assessed by [[Lou Brake|name]] [[3 December 2026|date]].
Cared-for: mum [[Donna Chubb|name]] (multiple sclerosis; MS nurse [[Karen Symes|name]]). Brother [[Kane Chubb|name]] in [[Bridport|place]].
Tasks: medicines, shopping at the co-op in [[Beaminster|place]], help on stairs. About 20 hours a week.
[[Jess|name]] wants: the summer camp at [[Charmouth|place]]; her friend [[Ruby Gale|name]] to come too.
[[Jess|name]] also named Aunty [[Bex|name]]; this is [[Rebecca Stoodley|name]] of [[Netherbury|place]], [[Donna|name]]'s cousin.
Teacher Mrs [[Hine|name]] ([[k.hine@beaminster.dorset.sch.uk|email]]) to allow a phone at break.
Emergency contacts: [[Donna Chubb|name]] [[07834 609 125|phone]]; nan [[Janet Chubb|name]], [[2 Redlands Lane|address]],
[[Broadwindsor|place]], landline [[01308 862 457|phone]]. Review: [[3 March 2027|date]].
Signed: [[L. Brake|name]]; [[Jess Chubb|name]] ("[[Jessie|name]]"); [[Donna Chubb|name]].
Friend's parent to contact for the camp: [[Tracey Gale|name]], [[4 Fleet Street|address]], [[Beaminster|place]] [[DT8 3EB|postcode]].
"""),
    ("social worker's phone notes", """Phone notes - SW [[Owen Cleal|name]] - case [[Jess Chubb|name]]
[[5/12/2026|date]] 10:15  Rang [[Donna|name]] on [[07834 609 125|phone]]. Fell on the stairs Thurs; [[Jess|name]] called 999. Paramedic
[[Gail Orchard|name]] said [[Jess|name]] did very well. [[Donna|name]] now in Dorset County Hospital.
[[5/12/2026|date]] 11:00  Rang nan [[Janet|name]] ([[01308 862 457|phone]]): will stay at [[Hogshill St|address]] till [[Donna|name]] home.
[[5/12/2026|date]] 13:30  [[Kane|name]] rang back from [[Bridport|place]]: can do the weekend. His partner [[Mollie Hansford|name]] to help.
[[6/12/2026|date]] 09:00  School: Mrs [[Hine|name]] says [[Jess|name]] tired; her friend [[Ruby|name]]'s mum [[Tracey Gale|name]] offered
tea.
[[8/12/2026|date]]  Visit to [[Beaminster|place]]. Stair rail to be fitted by [[Dave Bugler|name]] (OT). Next visit on the [[15th|date]].
[[9/12/2026|date]] 16:00  [[Donna|name]] home from hospital. [[Janet|name]] staying till Sunday [[13th|date]]. [[Jess|name]] going to
[[Ruby|name]]'s for tea; [[Kane|name]] and [[Mollie|name]] bringing shopping from [[Bridport|place]].
"""),
    ("OCR'd scanned neurology letter", """Dorset County HospitaI - Neuro1ogy
Dr [[S. 0sborne|name]], Consu1tant Neuro1ogist
[[l2 November 2O26|date]]
Re: [[Donna CHUBB|name]], DOB [[O2/l2/l978|dob]], [[27 Hogshi1l Street|address]], [[Beamlnster|place]] [[DT8 3AE|postcode]]
Dear Dr [[Fa1lon|name]],
I saw Mrs [[Chubb|name]] with her daughter [[Jess|name]] and her mother [[Janet Chubb|name]] from [[Broadw indsor|place]]. She used to
live in [[Lyme
Regis|place]].
Her MS has progressed; she needs a wa1king frame. I note [[Jess|name]] (13) does much of her care; I have asked [[Lou Brake|name]]
of the young carers service to ca11 her on [[07834 609 125|phone]]. Review [[l4/O5/2O27|date]].
Yours sincere1y, [[S 0sborne|name]]
cc: [[Jess Chubb|name]]'s schoo1, [[Beaminster School|school]]; [[Janet Chubb|name]], [[2 Red1ands Lane|address]].
"""),
]


# --- D. Rendell family (white British), girl of 16 missing to Exeter, Woodmead Road, Lyme Regis -------------------------

HOME_D = d.Address("41 Woodmead Road", "Lyme Regis", "Lyme Regis", "DT7 3AB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Rendell")], dt.date(2010, 2, 3), addresses=[HOME_D], ids=["4786677108", "D835997220033"],
       schools=["The Woodroffe School"]),
    _p("m", "mother", [("Sarah", "Rendell")], dt.date(1983, 8, 30), addresses=[HOME_D], phones=["07952 184 367"]),
], "c")

DOCS_D = [
    ("snapchat extract typed up by police", """Snapchat extract from [[Tegan Rendell|name]]'s phone, typed up by DC [[Amy Lugg|name]]
[[6/12/2026|date]]
(usernames kept as shown, not names: t3g.xo, jj_exe99)

t3g.xo: [[jj|name]] u still in [[exeter|place]]?
jj_exe99: ye come down [[lyme|place]] sat. bring [[keeley|name]]
t3g.xo: mum took my phone lol. [[kee|name]] cant she at her dads in [[seaton|place]]
jj_exe99: wat bout ur mate [[lils|name]]
t3g.xo: [[lily|name]] grassed last time. meet at the cobb 9
jj_exe99: my boy [[dwayne|name]] picks u up, silver golf [[WF15 KXN|vehicle]]
t3g.xo: ok dont tell [[sarah|name]] lol shes mental
jj_exe99: u got the bag from [[tyrone|name]]
t3g.xo: ye its at nan [[maureens|name]] in [[uplyme|place]]
jj_exe99: sweet. [[dwayne|name]] says [[kyle|name]] is a snake
t3g.xo: [[kyle|name]] lives [[charmouth|place]] now lol. see u sat [[jj|name]]
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[7/12/2026|date]]   Worker: [[Leah Toms|name]]
Young person: [[Tegan Rendell|name]] ([[03/02/2010|dob]]), [[41 Woodmead Road|address]], [[Lyme Regis|place]] [[DT7 3AB|postcode]]
Missing from [[5/12|date]] 19:00 to [[6/12|date]] 14:30; found by police at [[Exeter|place]] St Davids.
[[Tegan|name]] says she went with "[[JJ|name]]" ([[Jordan James|name]], 19, [[Exeter|place]]) and his friend [[Dwayne|name]]. She says
[[Keeley Bartlett|name]] was meant to come. She slept at a flat in [[Heavitree|place]]. Would not say more.
Mum [[Sarah Rendell|name]] ([[07952 184 367|phone]]) says [[Tegan|name]]'s dad [[Mark Rendell|name]] in [[Seaton|place]] is no help.
[[Tegan|name]]'s friend [[Lily Gosling|name]] told school about the bag. Nan [[Maureen Rendell|name]] in [[Uplyme|place]] found
cash in [[Tegan|name]]'s coat.
[[Tegan|name]] agreed to see [[Leah|name]] again on the [[14th|date]] at the library in [[Lyme Regis|place]]. [[Sarah|name]]
asked that [[Maureen|name]] be told. [[Tegan|name]]'s boyfriend before [[JJ|name]] was [[Kyle Gapper|name]] from [[Uplyme|place]].
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - WEST DORSET - [[10/12/2026|date]]
Chair: [[Nadine Pullen|name]]. Present: DC [[Amy Lugg|name]], [[Leah Toms|name]], [[Claire Hounsell|name]] ([[Woodroffe|school]] DSL),
youth worker [[Rob Eveleigh|name]], SW [[Priti Dhar|name]].
1. [[Tegan Rendell|name]] (16). Third missing episode. Car [[WF15 KXN|vehicle]] seen at the Cobb in [[Lyme Regis|place]] and at the
[[Charmouth|place]] services. Registered keeper [[Dwayne Pring|name]], [[Flat 3, 9 Cowick Street|address]], [[Exeter|place]]
[[EX4 1AL|postcode]].
2. Peers: [[Keeley Bartlett|name]] (15, [[Seaton|place]]), [[Lily Gosling|name]] (16, [[Lyme Regis|place]]).
3. Location: the shelters on the Marine Parade in [[Lyme|place]]; [[Rob|name]] to do detached work there Friday nights.
   [[Dwayne Pring|name]]'s mother [[Karen Pring|name]] lives at [[Monmouth Beach|place]] chalets; DC [[Lugg|name]] to visit her.
Actions: DC [[Lugg|name]] to seek a warning notice for [[Jordan James|name]]; [[Priti|name]] to visit [[Sarah|name]] by the [[14th|date]].
4. Other: a boy of 15, [[Kyle Gapper|name]] ([[Uplyme|place]]), named by [[Tegan|name]]; [[Rob Eveleigh|name]] knows him from the
youth club in [[Charmouth|place]]. [[Nadine|name]] to write to his mum [[Tina Gapper|name]].
"""),
    ("mother's complaint email", """From: [[sarah.rendell83@outlook.com|email]]
To: complaints, Dorset children's services
Date: [[8 December 2026|date]]

My daughter [[Tegan Rendell|name]] (DOB [[3rd February 2010|dob]], NHS [[478 667 7108|nhs]]) went missing AGAIN on [[5 December|date]].
I rang the out of hours line at 9pm and a man called [[Steve|name]] said ring back in the morning. Your worker [[PRITI DHAR|name]]
has not visited since [[18/11|date]]. I have told everyone [[JJ|name]] and [[Dwayne PRING|name]] are grooming her. My mum
[[Maureen|name]] in [[Uplyme|place]] is making herself ill. I want a meeting with [[Nadine Pullen|name]].
[[Sarah Rendell|name]], [[41 Woodmead Rd|address]], [[Lyme Regis|place]], [[07952 184 367|phone]]
PS [[Tegan|name]]'s dad [[Mark|name]] ([[MARK RENDELL|name]], [[Seaton|place]]) agrees with me for once.
"""),
]


# --- E. Hoskins / Spurway family (white British), domestic abuse, The Street, Charmouth ----------------------------------

HOME_E = d.Address("12 The Street", "Charmouth", "Bridport", "DT6 6PE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Freddie", "Spurway")], dt.date(2017, 11, 14), addresses=[HOME_E], ids=["1674687354", "T835224538323"],
       schools=["Charmouth Primary School"]),
    _p("m", "mother", [("Lauren", "Hoskins")], dt.date(1994, 4, 9), addresses=[HOME_E], phones=["07711 592 846"]),
    _p("f", "father", [("Jamie", "Spurway")], dt.date(1991, 6, 25), phones=["07506 938 412"]),
], "c")

DOCS_E = [
    ("mother's whatsapp messages typed up", """WhatsApp from [[Lauren Hoskins|name]] to family support worker [[Kirsty Abbott|name]],
typed up [[2/12/2026|date]]

[[28/11|date]] 21:14  hi [[kirst|name]] its [[lauren|name]]. [[jamie|name]] turned up again banging on the door on [[the street|address]]
[[28/11|date]] 21:15  [[fred|name]] was crying, he heard everything
[[28/11|date]] 21:20  my neighbour [[bev|name]] rang the police. [[jamie|name]] drove off towards [[lyme|place]] in his mates truck
[[29/11|date]] 08:02  his number is [[07506 938 412|phone]] if police want it
[[29/11|date]] 08:05  my sister [[chloe|name]] in [[bridport|place]] says we can stay at hers
[[30/11|date]] 19:40  [[freddie|name]] wont go to school, says daddy will be at the gate
[[1/12|date]] 07:55  [[chloe hoskins|name]] is taking him today. thanks for everything [[kirsty|name]] x
[[1/12|date]] 20:10  [[bev|name]] says [[jamie|name]]s mate [[kev|name]] was parked up on [[lower sea lane|address]] watching
[[2/12|date]] 07:30  mum [[wendy|name]] coming from [[beaminster|place]] to sit with [[isla|name]]
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[3/12/2026|date]] - by Teams
Child: [[Freddie Spurway|name]], DOB [[14/11/2017|dob]], NHS [[167 468 7354|nhs]], UPN [[T835224538323|upn]], [[Charmouth Primary|school]]
Mother: [[Lauren Hoskins|name]], [[12 The Street|address]], [[Charmouth|place]] [[DT6 6PE|postcode]], [[07711 592 846|phone]]
Father: [[Jamie Spurway|name]], DOB [[25/06/1991|dob]], lives [[Flat 1, 4 Silver Street|address]], [[Lyme Regis|place]] [[DT7 3HR|postcode]]
Present: DS [[Neil Gumm|name]] (police), [[Hannah Crabb|name]] (SW, chair), [[Tessa Loader|name]] (head, [[Charmouth Primary|school]]),
HV [[Alison Trevett|name]] for the younger half-sibling [[Isla Hoskins|name]] (2).
DS [[Gumm|name]]: 3 call-outs since [[22 October|date]]; [[Jamie|name]] breached bail on [[28/11|date]]; vehicle [[GX63 HFW|vehicle]].
Decision: section 47 enquiry; [[Freddie|name]] to stay with aunt [[Chloe Hoskins|name]], [[8 Coneygar Road|address]],
[[Bridport|place]], until the [[10th|date]].
Actions: [[Hannah Crabb|name]] and DS [[Gumm|name]] to see [[Freddie|name]] at [[Chloe Hoskins|name]]'s on [[4/12|date]];
[[Tessa Loader|name]] to brief the gate staff; [[Lauren|name]] to apply for a non-molestation order with solicitor [[Priya Mould|name]].
"""),
    ("GP's email to the social worker", """From: Dr [[Imogen Twells|name]] <[[imogen.twells@nhs.net|email]]>
To: [[Hannah Crabb|name]]
Sent: [[4 December 2026|date]] 12:41
Subject: [[Freddie Spurway|name]] / [[Lauren Hoskins|name]]

Dear [[Hannah|name]], I saw [[Lauren|name]] on [[2/12|date]] at Charmouth Medical Practice with a bruised wrist; she said
[[Jamie|name]] grabbed her on [[28 November|date]]. [[Freddie|name]] (DOB [[14.11.2017|dob]]) has had sleep problems since
the autumn. [[Isla|name]] is well. [[Lauren|name]]'s mum [[Wendy Hoskins|name]] in [[Beaminster|place]] wants to help.
Best wishes, [[Imogen|name]]
Dr [[Imogen Twells|name]], GP partner. Practice manager [[Sue Hallows|name]] copied.
"""),
    ("family support worker's notes", """FAMILY SUPPORT NOTES - [[Kirsty Abbott|name]]
[[5/12/2026|date]]  Visit to [[Chloe Hoskins|name]]'s in [[Bridport|place]]. [[Freddie|name]] and [[Isla|name]] settled. [[Chloe|name]]'s
partner [[Ash Guppy|name]] works nights. [[Freddie|name]] showed me his drawing of "Daddy [[Jamie|name]]" with a red face.
[[7/12/2026|date]]  Took [[Lauren|name]] to the Freedom Programme in [[Bridport|place]]; facilitator [[Mel Rowsell|name]].
[[Lauren|name]] says her mum [[Wendy|name]] will take [[Fred|name]] to [[Beaminster|place]] on Saturdays.
[[8/12/2026|date]]  [[Freddie|name]] back at school in [[Charmouth|place]]; Mrs [[Loader|name]] says a good day.
[[8/12/2026|date]]  [[Lauren|name]]'s neighbour [[Bev Harbottle|name]] at [[no. 14|address]] [[The Street|address]] gave a statement.
[[9/12/2026|date]]  [[Jamie SPURWAY|name]] seen on [[Lower Sea Lane|address]], [[Charmouth|place]]; [[Lauren|name]] rang 999.
[[10/12/2026|date]]  PC [[Wakely|name]] confirmed [[Jamie|name]] arrested in [[Lyme Regis|place]]. [[Lauren|name]], [[Chloe|name]],
[[Wendy|name]] and [[Isla|name]] at review with [[Hannah Crabb|name]].
"""),
]


# --- F. Legg family (white British), father misusing alcohol, Barnes Close, Beaminster -----------------------------------

HOME_F = d.Address("9 Barnes Close", "Beaminster", "Beaminster", "DT8 3EF")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Legg")], dt.date(2015, 8, 17), addresses=[HOME_F], ids=["2034950151", "X835640562241"],
       schools=["St Mary's CE Primary School"]),
    _p("f", "father", [("Craig", "Legg")], dt.date(1985, 2, 14), addresses=[HOME_F], phones=["07387 526 194"]),
    _p("g", "grandparent", [("Sandra", "Bartlett")], dt.date(1960, 10, 5), ids=["7051923781"], phones=["01297 560 931"]),
], "c")

DOCS_F = [
    ("school nurse's phone note", """Phone note - school nurse [[Ceri Mabbs|name]] - [[1/12/2026|date]] 15:20
[[Alfie Legg|name]] ([[17/08/2015|dob]]), year 6, [[St Mary's|school]] [[Beaminster|place]]. Rang dad [[Craig Legg|name]] on
[[07387 526 194|phone]]:
slurring. Said [[Alfie|name]]'s mum [[Nicola Legg|name]] left in the summer and lives in [[Crewkerne|place]] with [[Paul Strode|name]].
[[Alfie|name]] told teacher Mr [[Denslow|name]] he made his own tea all week. Nan [[Sandra Bartlett|name]] in [[Charmouth|place]],
[[01297 560 931|phone]], says she will collect on Friday. Referred to MASH [[1/12|date]].
15:45  Rang mum [[Nicola|name]] in [[Crewkerne|place]]: will come Saturday with [[Paul|name]]. [[Alfie|name]]'s teacher Mr
[[Denslow|name]] and DSL [[Gill Tatchell|name]] told. [[Craig|name]]'s brother [[Shaun Legg|name]] in [[Mosterton|place]] rang in too.
"""),
    ("alfie's own words", """what i want people to know - [[alfie|name]] (year 6) with Mrs [[Mabbs|name]], [[3/12/2026|date]]

dad drinks the cans and then sleeps on the sofa. i can make beans on toast. i miss mum she is in [[crewkerne|place]] with [[paul|name]].
my best mate is [[harry|name]] from [[netherbury|place]]. his dad takes us to the football. i like going to nans in [[charmouth|place]]
because she has a telly in the kitchen and we go on the beach. i dont want to tell on dad. our dog is called Bramble.
Nurse wrote: [[Alfie|name]]'s friend is [[Harry Cheeseman|name]]; his dad [[Rob Cheeseman|name]] known to school.
[[Alfie|name]] said nan [[Sandra|name]] calls him "[[Alf|name]]" and dad calls him "[[Alfie|name]] boy". Told DSL
[[Gill Tatchell|name]] on [[3/12|date]].
"""),
    ("family group conference record", """FAMILY GROUP CONFERENCE - [[11/12/2026|date]] - [[Beaminster|place]] Public Hall
Coordinator: [[Jo Sansom|name]]. Family: [[Craig Legg|name]] (dad), [[Sandra Bartlett|name]] (nan, [[15 Double Common|address]],
[[Charmouth|place]] [[DT6 6QQ|postcode]]), [[Nicola Legg|name]] (mum, [[Crewkerne|place]]), uncle [[Shaun Legg|name]] ([[Mosterton|place]]).
[[Alfie|name]] ([[17 August 2015|dob]]) joined at the end with his advocate [[Tilly Brine|name]].
Plan: [[Alfie|name]] with nan [[Sandra|name]] in [[Charmouth|place]] Monday to Thursday; [[Craig|name]] to see [[Ali Weeks|name]] at
the drug and alcohol service in [[Bridport|place]]; [[Nicola|name]] to have [[Alfie|name]] every other weekend; [[Shaun|name]] to do
school runs from [[Barnes Close|address]]. Next review on the [[22nd January|date]].
Signed: [[Jo Sansom|name]]; [[Craig Legg|name]]; [[Sandra Bartlett|name]] ("[[Sandy|name]]"); [[Nicola Legg|name]]; [[Shaun
Legg|name]].
Nan [[Sandra|name]]'s neighbour [[Derek Loveless|name]] ([[no. 17|address]] [[Double Common|address]]) to help with school runs
to [[Beaminster|place]] when [[Shaun|name]] is on shift. [[Alfie|name]] asked for his friend [[Harry|name]] to visit in [[Charmouth|place]].
"""),
    ("GP letter", """Beaminster Surgery, [[Fleet Street|address]], [[Beaminster|place]] [[DT8 3EH|postcode]]
[[9 December 2026|date]]
To: [[Jo Sansom|name]], children's services
Re: [[Craig LEGG|name]], DOB [[14/02/1985|dob]], [[9 Barnes Close|address]], [[Beaminster|place]] [[DT8 3EF|postcode]]
and son [[Alfie LEGG|name]], NHS [[203 495 0151|nhs]]
Mr [[Legg|name]] drinks about 90 units a week. He has agreed to see the alcohol team. His mother-in-law Mrs [[Bartlett|name]]
(NHS [[705 192 3781|nhs]]) is also our patient and is well enough to care for [[Alfie|name]]. Dr [[Hugh Pennels|name]]
cc: [[Ceri Mabbs|name]], school nurse; [[Gill Tatchell|name]], [[St Mary's|school]], [[Beaminster|place]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 239 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 01:43 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "mama", "dad", "daddy", "papa", "aunty", "auntie", "aunt",
           "uncle", "nanay", "tatay", "lola", "lolo", "manang", "manoy", "tita", "tito"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "dorset", "devon", "philippines", "the philippines", "west dorset"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Manang Gemma", "Lola Pacing", "Tatay Rodel") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
