"""Set 217: a held-out hand-written set for the redaction detector, six invented families in the Vale of Mowbray, North
Yorkshire (Thirsk, Easingwold, Bedale and the villages around them), written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set214.py to bench/redaction_set216.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, its first two documents, a grep of the lines building its records, and its
last 84 lines, which held its last five documents and its end: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet),
tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the
first 30 lines of bench/redaction_set181.py's docstring; bench/redaction_handwritten.py was not opened. The docstrings of the
earlier sets (not 214 to 216) were searched by script, printing a few words around each hit, for the towns and villages and
for candidate communities: Thirsk appears in set 73 (a family in Thirsk with grandparents at Carlton Miniott, so neither
Carlton Miniott nor Thirsk town itself is a home here), Sowerby only as a surname or as Sowerby Bridge, Mowbray only as Melton
Mowbray; Garifuna, Guaraní, Wayuu, Cook Islands Maori, Niuean, Tokelauan, Chamorro, Inuit and Bolivian families (set 49) were
found and not used; "Marshallese" and "Marshall Islands" matched nothing. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs (LA 815) made with python-stdnum in small snippets. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families: a young white British mother in Uppleby, Easingwold, with a nan in Husthwaite and a father in Pickering (Tennant /
Rudd; neglect, a baby underweight, child protection plans); a Marshallese family (from Majuro, Marshall Islands, by way of
Springdale, Arkansas) on Firby Road, Bedale (Jibas / Langrine; domestic abuse, a mother's message in Marshallese translated, a
grandmother in Majuro); a young carer of 13 in Topcliffe with a mother with MS and a brother in Ripon (Harker); a white British
girl of 15 in Sowerby, Thirsk, missing to Middlesbrough (Wilkin / Dobson; criminal exploitation, a mother's complaint); a white
British and British Sikh Punjabi family in Sessay with an autistic boy of 9 with epilepsy (Metcalfe / Kaur; short breaks); and a
mother in Aiskew, Bedale, misusing alcohol and cocaine, with a boy of 9 staying with his nana in Snape (Pybus / Hornsby). The new
community is the Marshallese (Oceania), named in no earlier docstring searched. 24 documents, each with its own style label: a
primary school safeguarding log, a nan's texts typed up, a health visitor's home visit note, initial child protection
conference minutes, a police domestic abuse log, a mother's Facebook message in Marshallese translated, strategy discussion
minutes, a teacher's email to the DSL, a young carer's own writing, a social worker's phone notes, a young carers' assessment,
a family WhatsApp chat typed up, a return home interview, Snapchat messages typed up by police, a mother's complaint to the
council, contextual safeguarding panel minutes, a short breaks application, a paediatrician's letter scanned with OCR errors,
a family support worker's chronology, a father's email to the social worker, a MASH referral, a nan's voice note transcribed,
a GP letter and a child's own words written with the school nurse.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers): UK, Marshall Islands (+692) and United States (+1); NHS numbers and UPNs pass their check
digits; NI numbers have a valid format. The council, surgery, hospital, charities and services named are unmarked
organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set181.py and bench/redaction_set213.py. Titles and kinship words stay outside
a name (Mr, Mrs, Ms, Dr, PC, DS, Nan, Nana, Aunty, Uncle, Papa, Mama, Bubu, Nani ji); "SURNAME, First" is one span; initials
alone are not marked; usernames ("tazz_mb") are not marked; organisations holding a town's name stay unmarked ("Bedale Group
Practice", "York Hospital", "Friarage Hospita1, Northa11erton", "HMP Holme House", "Sowerby Sports Village", "North Yorkshire
Police"); countries, states and regions ("Arkansas", "America", "North Yorkshire") are not places; an OCR misreading keeps its
kind; chat speaker labels are names, and a surname in a chat group's title ("harker fam") is a name.

Choices this set had to make: "Laura" is a village on Majuro atoll and is marked as a place where it is one (a translator's
note says so); "Bubu" (Marshallese for grandparent) and "Nani ji" are kinship words, so "Bubu Lijon" marks only "Lijon";
"boro" (Middlesbrough) is a place; pets' names ("Bruno", "Sooty", "Pickle") are names; the Galtres Centre (an Easingwold
community centre) and Brompton Lodge (an invented short breaks house) are addresses; "Thirsk School" and "Bedale C of E
Primary" are schools, while "Sessay school", "the Topcliffe shop", "Bedale surgery" and "the Thirsk bank" in ordinary words mark
the town; an OCR split month ("Ja nuary") is one date span; a birth date not in any record ("12/04/1996") is a date, not a dob;
an age ("6 months") is not marked.

Self-check without the detector: `python -m bench.redaction_set217` (and tests/test_redaction_set217.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 893 gold spans, 515 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tennant / Rudd family (white British), Easingwold ----------------------------------------------------------------

HOME_A = d.Address("14 Uppleby Court", "Uppleby", "Easingwold", "YO61 3BQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Rudd")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["4077663199", "J815584806795"],
       schools=["Easingwold Community Primary School"]),
    _p("s", "sibling", [("Paisley", "Tennant")], dt.date(2025, 2, 3), addresses=[HOME_A], ids=["3529774464"]),
    _p("m", "mother", [("Shannon", "Tennant")], dt.date(2002, 1, 27), addresses=[HOME_A], phones=["07723 415 809"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """EASINGWOLD COMMUNITY PRIMARY - SAFEGUARDING LOG (CPOMS print)
Child: [[RUDD, Tyler|name]]   DOB [[11/06/2019|dob]]   UPN [[J815584806795|upn]]   NHS [[407 766 3199|nhs]]
Mum: [[Shannon Tennant|name]] ([[07723 415 809|phone]]), [[14 Uppleby Court|address]], [[Easingwold|place]] [[YO61 3BQ|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] in at 9.35, no coat, shoes split. Miss [[Kitching|name]] (class teacher) found spare pair.
[[15/09/2026|date]]  [[Tyler|name]] said "[[Paisley|name]] screams and mam stays in bed". Logged by TA [[Becky Thwaites|name]].
[[22.9.26|date]]  Nan [[Maureen Tennant|name]] collected; she lives in [[Husthwaite|place]] and said she can't keep doing it.
[[1 Oct|date]]  HV [[Joanne Ridsdale|name]] rang: baby [[Paisley|name]] not brought to 18 month review twice.
[[6th October 2026|date]]  Referral to MASH by DSL [[Andrew\nFawcett|name]]. SW [[Lucy Brennan|name]] allocated [[9/10|date]].
[[20/10/2026|date]]  Mum's partner "[[Robbo|name]]" ([[Craig Robson|name]]) collecting, smelt of cannabis. Car [[YJ18 WFA|vehicle]].
[[3/11/26|date]]  [[Tyler|name]] said he went "to the seaside" - he meant his dad [[Liam Rudd|name]]'s in [[Pickering|place]]? Dad
not on the contact list.
[[17/11/2026|date]]  [[Tyler|name]] and [[Alfie Dunwell|name]] fought at dinner; [[Tyler|name]] bit [[Alfie|name]]. Mr [[Hebden|name]]
spoke
to both, rang mum.
[[26/11/2026|date]]  Core group at [[Galtres Centre|address]]. [[Shannon|name]] came with her friend [[Kayleigh Moss|name]] from
[[Crayke|place]].
[[2/12/2026|date]]  No answer at [[Uppleby Court|address]]; neighbour Mrs [[Jean Atkinson|name]] at [[no. 16|address]] said mum went to
[[York|place]] with "[[Robbo|name]]" on the bus.
[[4.12.26|date]]  [[Tyler|name]] back, hungry, ate two breakfasts. Said he slept at "auntie [[Kay|name]]'s".
[[7/12/2026|date]]  [[Tyler|name]] told Mrs [[Kitching|name]] that "[[Robbo|name]]'s mate [[Dazza|name]]" slept over. [[Alfie|name]]'s mum
Mrs [[Dunwell|name]] said she saw [[Shannon|name]] and [[Craig|name]] arguing on [[Long Street|address]] at 11pm. Nan [[Maureen|name]]
told.
[[8/12/2026|date]]  [[Paisley|name]]'s nursery place at Little Acorns in [[Easingwold|place]] offered; [[Shannon|name]] to take her.
"""),
    ("nan's texts typed up", """Texts from [[Maureen Tennant|name]] (nan) to SW [[Lucy Brennan|name]], copied [[24/11/26|date]]

Sat [[21 Nov|date]] 18:40  hiya its [[maureen|name]] [[tylers|name]] nan. been round [[shannons|name]] in [[easingwold|place]] and its a
state again
Sat [[21 Nov|date]] 18:42  [[paisley|name]] in a wet nappy and [[robbo|name]] flat out on the settee
Sat [[21 Nov|date]] 18:55  ive took [[tyler|name]] back to mine in [[husthwaite|place]] for tonight, our [[gary|name]] will run him to
school
Mon [[23 Nov|date]] 08:30  dropped him at school. he said ta nana
Mon [[23 Nov|date]] 17:10  [[kayleigh|name]] says [[robbo|name]] is dealing out the back of the co op in [[thirsk|place]]. not my business
but
Tue [[24 Nov|date]] 09:04  my landline is [[01347 821 904|phone]]. my neighbour [[dot|name]] at [[no 3|address]] [[Low Street|address]]
knows
me
Tue [[24 Nov|date]] 12:20  [[shannon|name]] wont answer. [[robbo|name]] has a new car not the [[YJ18 WFA|vehicle]] one, a silver
corsa
Tue [[24 Nov|date]] 12:21  and [[liam|name]] rang me from [[pickering|place]] asking after [[ty|name]]. first time in a year
Wed [[25 Nov|date]] 19:30  [[ty|name]] says [[robbo|name]] calls him names. [[kayleigh|name]]s boyfriend [[deano|name]] from
[[alne|place]] is ok tho
Wed [[25 Nov|date]] 19:31  ring our [[gary|name]] on [[07391 845 026|phone]] if i dont pick up
"""),
]


# --- B. Jibas / Langrine family (Marshallese, from Majuro, Marshall Islands), Bedale -------------------------------------

HOME_B = d.Address("6 Firby Road", "", "Bedale", "DL8 2AT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Likinono", "Jibas")], dt.date(2015, 10, 4), addresses=[HOME_B], ids=["2980965634",
       "Y815670612162"], schools=["Bedale Church of England Primary School"]),
    _p("m", "mother", [("Neijon", "Langrine")], dt.date(1991, 3, 19), addresses=[HOME_B], phones=["07842 306 915"]),
    _p("f", "father", [("Bwij", "Jibas")], dt.date(1988, 12, 7), addresses=[HOME_B], phones=["07517 628 304"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """NORTH YORKSHIRE POLICE - DOMESTIC INCIDENT LOG 0412 of [[29/11/2026|date]]
Location: [[6 Firby Road|address]], [[Bedale|place]], [[DL8 2AT|postcode]]. Attending: PC [[Hannah Iveson|name]], PC [[Marcus Lund|name]]
Victim: [[LANGRINE, Neijon|name]] ([[19.03.1991|dob]]), tel [[07842 306 915|phone]]. Suspect: [[Bwij JIBAS|name]] ([[07/12/1988|dob]]).
Children present: [[Likinono|name]] (11) and baby [[Jemi|name]]. Neighbour Mr [[Ken Dinsdale|name]] at [[no. 8|address]] rang 999.
[[Neijon|name]] said [[Bwij|name]] came back from the pub in [[Leeming Bar|place]] and threw a chair. Interpreter not needed;
[[Neijon|name]] speaks English, Marshallese at home. She said her brother [[Tommy Langrine|name]] in [[Springdale|place]],
Arkansas, tells her to leave ([[+1 479 751 3826|phone]]). [[Bwij|name]] arrested, taken to [[Northallerton|place]] custody.
DASH: high. Referral to MARAC and IDAS. Vehicle at scene: [[YG20 KZN|vehicle]] ([[Bwij|name]]'s van). Bail to not go to [[Firby
Road|address]]; to live at his cousin [[Alik Jibas|name]]'s, [[22 Masham Road|address]], [[Bedale|place]].
[[Likinono|name]] ("[[Kino|name]]") told PC [[Iveson|name]] "papa was shouting at mama about money and [[Ebeye|place]]".
Previous: [[14/07/2026|date]] verbal argument at [[Crakehall|place]] (PC [[Lund|name]]). Witness: [[Maria Dela Cruz|name]]
([[07458 127 693|phone]]), of [[Bedale|place]], and her husband [[Rodel|name]]. [[Neijon|name]]'s friend [[Sina|name]] took the baby.
Further: [[Neijon|name]]'s mother [[Lijon Langrine|name]] in [[Majuro|place]] rang PC [[Iveson|name]] from [[+692 455 3187|phone]] on
[[30/11|date]]. [[Bwij|name]] NI [[SZ 61 38 04 D|ni]]; employer: a haulage yard at [[Leeming Bar|place]] (manager [[Craig Lister|name]]).
"""),
    ("mother's Facebook message in Marshallese translated", """Message from [[Neijon Langrine|name]] to her sister [[Rine|name]] in
[[Majuro|place]], sent [[30 November 2026|date]], shown to SW [[Owen Metcalfe|name]] on [[2/12/26|date]] and translated by
[[Carmen Lakjohn|name]] (community volunteer, [[Leeds|place]])

"Iakwe [[Rine|name]]. [[Bwij|name]] ej bar illu (is angry again). Police came last night. [[Kino|name]] cried. I want to go home to
[[Laura|place]] and stay with Bubu [[Lijon|name]] but the ticket is too much. [[Alik|name]] says [[Bwij|name]] will come back
after court on the [[14th|date]]. Call me on [[07842 306 915|phone]] or mama's number [[+692 625 4419|phone]]. Tell
[[Jemi|name]]'s godmother Aunty [[Tina|name]] in [[Ebeye|place]] I am okay."

Translator's note: [[Laura|place]] is a village at the end of [[Majuro|place]] atoll, not a person. "Bubu" is grandmother.
Reply from [[Rine|name]], [[1 December 2026|date]]: "[[Neijon|name]], come home. [[Kabua|name]] and [[Lanej|name]]
will meet you at the airport. Bubu [[Lijon|name]] says [[Bwij|name]] was like this in [[Arno|place]] too."
"""),
]


# --- C. Harker family (white British, a young carer), Topcliffe -----------------------------------------------------------

HOME_C = d.Address("9 Long Street", "Topcliffe", "Thirsk", "YO7 3RL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Evie", "Harker")], dt.date(2013, 8, 21), addresses=[HOME_C], ids=["3701640017", "T815827097678"],
       schools=["Thirsk School"]),
    _p("m", "mother", [("Donna", "Harker")], dt.date(1980, 5, 2), addresses=[HOME_C], phones=["07966 201 483"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """me and my mum - by [[evie harker|name]] age 13 (written at young carers group, [[topcliffe|place]])

my mum is [[donna|name]] and she has MS. some days she cant get out of bed so i do her tablets and make tea. my brother
[[josh|name]] lives in [[ripon|place]] with his girlfriend [[abbie|name]] and he doesnt help much. my best friend [[macy|name]]
comes round and we watch tv with mum. i get the bus to school in [[thirsk|place]] and im late a lot because of mum.
i like the group on thursdays with [[kerry|name]] and [[dan|name]]. we went bowling in [[northallerton|place]]. i want to go to
[[scarborough|place]] in the summer with [[macy|name]] and her nan [[pauline|name]].
sometimes [[josh|name]] brings [[abbie|name]] and they bring a chippy from [[thirsk|place]]. mrs [[fothergill|name]] next door
gives me biscuits. my cat is called [[Pickle|name]]. i want mum to get better and [[kerry|name]] says there is help.
i wrote this with [[dan|name]] from the group. [[macy|name]] says her mum [[lisa|name]] can take me to [[ripon|place]] on saturday
to see [[josh|name]] and [[abbie|name]].
"""),
    ("social worker's phone notes", """Phone notes - SW [[Rebecca Thorpe|name]] - [[Evie Harker|name]]

[[27/11/2026|date]] 10:05 Call from school (Mrs [[Claire Wardle|name]], head of year, [[c.wardle@thirsk.n-yorks.sch.uk|email]]):
[[Evie|name]] late 14 times this term. Fell asleep in maths. Mum [[Donna Harker|name]] has MS, worse since [[August|date]].
[[27/11/2026|date]] 11:20 Rang mum [[07966 201 483|phone]]: no answer. Rang again 14:00: [[Donna|name]] tearful, says [[Evie|name]]
"does everything". Brother [[Joshua Harker|name]] ([[07412 663 059|phone]]) in [[Ripon|place]], works at [[Dishforth|place]].
[[28/11/2026|date]] 09:40 Call to MS nurse [[Gill Raper|name]] at the Friarage: reviewing meds, [[Donna|name]] missed two
appointments in [[Northallerton|place]].
[[30/11/26|date]] 15:15 Home visit [[9 Long Street|address]], [[Topcliffe|place]] [[YO7 3RL|postcode]]. [[Evie|name]] made me a
cup of tea. Neighbour Mrs [[Ann Fothergill|name]] ([[no 11|address]]) helps with shopping; she drives a blue Fiesta [[YB15 HUT|vehicle]].
[[1/12/2026|date]] 12:00 Referral to Carers Plus Yorkshire for a young carers' assessment. Told [[Evie|name]] and [[Macy|name]]'s mum
[[Lisa Bramley|name]], who gives lifts.
[[2/12/2026|date]] 16:45 [[Josh Harker|name]] rang back: he can do Sundays. His girlfriend [[Abbie Spence|name]]
([[abbiespence@hotmail.co.uk|email]])
will help with shopping. Told TM [[Karen Oxley|name]].
[[3/12/2026|date]] 10:00 Mrs [[Fothergill|name]] rang: [[Donna|name]] fell again; [[Evie|name]] off school. OT [[Sam Welbourn|name]]
to visit [[Topcliffe|place]] on [[9 December|date]].
"""),
]


# --- D. Wilkin / Dobson family (white British), Sowerby, Thirsk ------------------------------------------------------------

HOME_D = d.Address("27 Blakey Lane", "Sowerby", "Thirsk", "YO7 1JF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Wilkin")], dt.date(2011, 4, 16), addresses=[HOME_D], ids=["8467600934", "P815136924064"],
       schools=["Thirsk School"]),
    _p("m", "mother", [("Tracey", "Dobson")], dt.date(1984, 9, 30), addresses=[HOME_D], phones=["07835 910 247"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - [[WILKIN, Kacey|name]] ([[16/04/2011|dob]]) - by [[Sophie Lambert|name]],
[[3/12/2026|date]]
Missing from [[27 Blakey Lane|address]], [[Sowerby|place]], [[YO7 1JF|postcode]] on [[1 Dec|date]] 19:00; found [[2 Dec|date]] 11:30 in
[[Middlesbrough|place]] ([[Linthorpe Road|address]]) by PC [[Dale Hodgson|name]].
[[Kacey|name]] said she went with "[[Tazz|name]]" (believed [[Taz Mahmood|name]], 19) and a lad called [[Reece|name]] in a black
Audi [[NK70 OVB|vehicle]]. Stayed at a flat in [[North Ormesby|place]]. She had a new phone ([[07590 318 624|phone]]) and £200.
She said her friend [[Millie Horner|name]] from [[Sowerby|place]] "introduced them" at the [[Thirsk|place]] market place.
Mum [[Tracey Dobson|name]] and step-dad [[Wayne Dobson|name]] were "going mad". Nan [[Sheila|name]] in [[Dalton|place]] rang
police.
[[Kacey|name]] wants: to see her dad [[Mark Wilkin|name]] in [[Stockton|place]]; to go back to [[Thirsk School|school]];
for [[Tazz|name]] not to be told she spoke. Next: strategy meeting [[4/12|date]], CE screening tool, DS [[Nadia\nKhan|name]] told.
[[Kacey|name]] said [[Reece|name]] has a brother [[Kyle Atherton|name]] in [[Stockton|place]] and "[[Tazz|name]]'s cousin [[Bilal|name]]"
drives to [[Thirsk|place]]. Her friend [[Jayden Coates|name]] was also there once.
[[Kacey|name]]'s nan [[Sheila Wilkin|name]] ([[01845 577 302|phone]]) lives at [[8 Back Lane|address]], [[Dalton|place]],
[[YO7 3HR|postcode]]. [[Sheila|name]] and her partner [[Ron|name]] would have her at weekends.
"""),
    ("snapchat messages typed up by police", """Snapchat messages, handset of [[Kacey Wilkin|name]], extracted [[3/12/2026|date]] by
DC [[Tom Ellerby|name]]

tazz_mb: wer u
[[kace|name]]: at [[sowerby|place]] park
tazz_mb: [[reece|name]] comin in 10 get in the car
[[kace|name]]: mam will kill me
tazz_mb: tell her ur at [[millies|name]]
[[kace|name]]: k. [[millie|name]] said u were at [[northallerton|place]] station last nite
tazz_mb: dont chat to [[millie|name]] bout me
[[kace|name]]: soz. is [[reece|name]] bringin the stuff to [[boro|place]]
tazz_mb: ye. dont say nothin to [[wayne|name]]
[[kace|name]]: hes at work in [[york|place]] til 10
tazz_mb: sound. delete this

Officer's note: "tazz_mb" is believed to be [[Taz MAHMOOD|name]] ([[14 Parliament Road|address]], [[Middlesbrough|place]]
[[TS1 4JR|postcode]]).
[[kace|name]]: [[jayden|name]] sed he seen u in [[thirsk|place]]
tazz_mb: tell [[jayden|name]] to shut it
[[kace|name]]: [[millie|name]] [[tazz|name]] wants to meet [[jay|name]] at [[northallerton|place]]
[[millie|name]]: no way [[kace|name]]
"""),
]


# --- E. Metcalfe / Kaur family (white British and British Sikh Punjabi), Sessay -------------------------------------------

HOME_E = d.Address("3 Station Cottages", "Sessay", "Thirsk", "YO7 3BE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Arjun", "Metcalfe")], dt.date(2017, 1, 29), addresses=[HOME_E], ids=["3682264264", "H815106587614"],
       schools=["Forest School, Knaresborough"]),
    _p("m", "mother", [("Harpreet", "Kaur")], dt.date(1987, 7, 14), addresses=[HOME_E], phones=["07871 246 530"]),
    _p("f", "father", [("James", "Metcalfe")], dt.date(1985, 11, 8), addresses=[HOME_E], ids=["JM 47 20 63 B"]),
], "c")

DOCS_E = [
    ("short breaks application", """SHORT BREAKS APPLICATION - North Yorkshire Council
Child: [[METCALFE, Arjun|name]]   DOB [[29.01.2017|dob]]   NHS [[368 226 4264|nhs]]   UPN [[H815106587614|upn]]
Address: [[3 Station Cottages|address]], [[Sessay|place]], [[YO7 3BE|postcode]]
Parents: [[Harpreet Kaur|name]] ([[07871 246 530|phone]], [[harpreetkaur87@gmail.com|email]]) and [[James Metcalfe|name]]
(NI [[JM 47 20 63 B|ni]]).
[[Arjun|name]] has autism and epilepsy and no speech. Goes to a special school; taxi each day, escort [[Mandy Peacock|name]].
Family support: [[Harpreet|name]]'s mum (Nani ji, [[Surinder Kaur|name]]) in [[Bradford|place]], visits monthly; [[James|name]]'s
brother [[Neil Metcalfe|name]] farms at [[Dalton|place]] and sits sometimes. Sister [[Anaya|name]] (6) at [[Sessay|place]] school.
Asked for: overnight stays at [[Brompton Lodge|address]]; a sitter; a holiday club in [[Thirsk|place]].
Signed [[H. Kaur|name]] [[18/11/2026|date]]. SW [[Grace Hutchinson|name]].
Other children at home: [[Anaya Metcalfe|name]] ([[2020|date]]). GP: Dr [[Osborne|name]], [[Thirsk|place]]. Referred by
[[Grace Hutchinson|name]]
after a call from [[Neil Metcalfe|name]] on [[10/11/2026|date]].
[[Harpreet|name]]'s NI [[PK 72 51 90 A|ni]]. Contact in an emergency: [[Karen Metcalfe|name]] [[07590 318 624|phone]].
"""),
    ("paediatrician's letter scanned with OCR errors", """Friarage Hospita1, Northa11erton - Chi1d Deve1opment
[[2l November 2O26|date]]
Dear Dr [[0sborne|name]] (GP, [[Thirsk|place]]),
Re: [[Arjun METCALFE|name]], DOB [[29/0l/2Ol7|dob]], [[3 Stati0n Cottages|address]], [[Sessay|place]] [[Y07 3BE|postcode]]
I saw [[Arjun|name]] with his mother [[Harpreet Kaur|name]] and his father [[Jarnes Metcalfe|name]] on [[l8/ll/2O26|date]]. [[Arjun|name]]
had three seizures this month, one at schoo1. Mum is exhausted; dad works nights at [[Dishf0rth|place]].
P1an: increase medication, review with epi1epsy nurse [[Ruth Lister|name]] in [[Ja nuary|date]]; short breaks strongly supported.
Yours sincere1y, Dr [[F. Ahmed|name]], Consu1tant Paediatrician. cc SW [[Grace Hutchinsen|name]]; [[Harpreet Kaur|name]].
PS: [[Arjun|name]]'s sister [[Anaya|name]] has been seen by schoo1 nurse [[Kath Lum1ey|name]]; [[Harpreet|name]] asked about
[[Brornpton Lodge|address]]. Copy to [[Harpreet Kaur|name]], [[3 Station Cottages|address]], [[Sessay|place]].
"""),
]


# --- F. Pybus / Hornsby family (white British), Aiskew, Bedale ------------------------------------------------------------

HOME_F = d.Address("31 Sandhill Way", "Aiskew", "Bedale", "DL8 1UD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Charlie", "Pybus")], dt.date(2016, 12, 2), addresses=[HOME_F], ids=["2304206344", "X815509826572"],
       schools=["Bedale Church of England Primary School"]),
    _p("m", "mother", [("Leanne", "Pybus")], dt.date(1990, 6, 23), addresses=[HOME_F]),
    _p("g", "grandparent", [("Margaret", "Hornsby")], dt.date(1963, 2, 14), ids=["4661221311"], phones=["01677 422 516"]),
], "c")

DOCS_F = [
    ("MASH referral", """MASH REFERRAL - received [[25/11/2026|date]] 16:12
Child: [[Charlie PYBUS|name]], born [[2 December 2016|dob]], NHS [[2304206344|nhs]], UPN [[X815509826572|upn]]
Home: [[31 Sandhill Way|address]], [[Aiskew|place]], [[Bedale|place]] [[DL8 1UD|postcode]]. Mother: [[Leanne Pybus|name]] (no phone
working).
Referrer: [[Sarah Dent|name]], DSL, [[Bedale C of E Primary|school]] ([[s.dent@bedale-primary.n-yorks.sch.uk|email]]).
Concern: [[Charlie|name]] came in on [[24/11|date]] saying mum "fell over and wouldn't wake up". Mum's friend [[Gail Pickersgill|name]]
found her. Ambulance to [[Northallerton|place]]. [[Charlie|name]] went to nan [[Margaret Hornsby|name]] in [[Snape|place]]
([[01677 422 516|phone]]), [[2 Well Lane|address]], [[Snape|place]], [[DL8 2TG|postcode]].
Mum's partner [[Lee Whitehead|name]] ("[[Whitey|name]]") drinks with her; he has a pickup [[YC66 BVR|vehicle]]. [[Charlie|name]]'s dad
[[Danny Pybus|name]] is in HMP Holme House. [[Charlie|name]]'s friend [[Oscar Thornton|name]]'s mum [[Emma|name]] also worried.
Previous: [[June 2026|date]] school noted [[Charlie|name]] hungry. [[Gail Pickersgill|name]] ([[07954 630 218|phone]]) lives at
[[4 Gatehead Lane|address]], [[Leeming|place]]. Uncle [[Stephen Hornsby|name]] supports nan.
[[Charlie|name]]'s classteacher is Mr [[Ben Raw|name]]; TA [[Holly Middleton|name]] saw the bruise on [[23/11/26|date]].
"""),
    ("nan's voice note transcribed", """Voice note from [[Margaret Hornsby|name]] to SW [[Phil Garbutt|name]], [[27/11/26|date]] 21:14,
typed by [[P. Garbutt|name]]

"Hiya [[Phil|name]] it's [[Margaret|name]], [[Charlie|name]]'s nana, from [[Snape|place]]. Sorry it's late. [[Leanne|name]]'s out of the
hospital, she rang me from [[Gail|name]]'s in [[Leeming|place]], and she wants [[Charlie|name]] back Saturday. I'm not happy,
[[Phil|name]].
[[Whitey|name]]'s still there, our [[Stephen|name]] saw his truck outside [[Sandhill Way|address]] Tuesday. [[Charlie|name]]'s fine
with me,
he's been at school every day, Mrs [[Dent|name]] says he's a different lad. He asked can he stay for Christmas, and his birthday on
the second. Ring me on the house phone, [[01677 422 516|phone]], or our [[Stephen|name]]'s mobile, [[07903 582 716|phone]]. Ta, love."
Oh and [[Gail|name]] said [[Whitey|name]]'s brother [[Kev|name]] from [[Catterick|place]] was there as well. [[Charlie|name]] doesn't
like [[Kev|name]]. Bye, [[Phil|name]]. Bye."
"""),
    ("GP letter", """Bedale Group Practice, [[Mill Close|address]], [[Bedale|place]] [[DL8 2JS|postcode]]
[[1 December 2026|date]]
Dear [[Phil Garbutt|name]],
Re: [[Leanne PYBUS|name]] ([[23/06/1990|dob]]), [[31 Sandhill Way|address]], [[Aiskew|place]]; child [[Charlie Pybus|name]]
([[02/12/2016|dob]]).
I saw Ms [[Pybus|name]] on [[30th November|date]] after her discharge from the Friarage. She accepts she drinks two bottles of wine
a day and uses cocaine "at weekends" with her partner. Referred to North Yorkshire Horizons ([[Alison Coates|name]], keyworker).
[[Charlie|name]] is registered with us; seen by nurse [[Jo Sanderson|name]] on [[14.10.2026|date]] for asthma, well.
Yours sincerely, Dr [[Richard Appleton|name]]
cc: [[Alison Coates|name]]; nurse [[Jo Sanderson|name]]; [[Margaret Hornsby|name]] (with consent), [[2 Well Lane|address]],
[[Snape|place]].
"""),
    ("child's own words with the school nurse", """what i want people to know - [[charlie|name]] (year 5) with nurse [[Jo|name]],
[[3/12/2026|date]]

i like being at nanas in [[snape|place]] because there is always tea and her cat [[Sooty|name]]. i miss mum. [[whitey|name]] is
loud and he kicks the door. i dont want to go back to [[aiskew|place]] if hes there. my best mate is [[oscar|name]] and i want
to go to [[ripon|place]] with him. uncle [[stephen|name]] takes me fishing at [[thornton watlass|place]].
Nurse [[Jo|name]] wrote: [[Charlie|name]] drew mum and nana and a truck with "[[WHITEY|name]]" on it. He asked if dad [[Danny|name]]
can write to him. He says his birthday is on the [[2nd|date]].
[[Jo|name]]'s note: [[Charlie|name]] said [[Oscar|name]]'s mum [[Emma Thornton|name]] took him to [[Bedale|place]] park with
[[Oscar|name]] and baby [[Ivy|name]].
he says his nana lets him ring mum on sundays and [[stephen|name]] is teaching him to cast.
"""),
]

DOCS_A += [
    ("health visitor home visit note", """HEALTH VISITING - HOME VISIT - [[Paisley Tennant|name]] (dob [[03/02/2025|dob]], NHS
[[352 977 4464|nhs]])
Visit [[13/11/2026|date]] 10:30 by HV [[Joanne Ridsdale|name]] with student [[Amira Sowden|name]]
Seen at [[14 Uppleby Court|address]], [[Easingwold|place]]. Present: mother [[Shannon|name]], brother [[Tyler|name]] (off school,
"tummy ache"), mum's friend [[Kayleigh|name]]. Partner [[Craig|name]] asleep upstairs per [[Shannon|name]].
Home: strong smell of cannabis and dog urine; dog "[[Bruno|name]]" shut in kitchen; no safe sleep space, travel cot full of
washing. [[Paisley|name]] in a dirty vest, nappy rash. Weight below the 9th centile.
[[Shannon|name]] said she is "skint" till the [[20th|date]]. Food bank voucher given for the [[Galtres Centre|address]].
Advice on safe sleep. Plan: weigh at the [[Easingwold|place]] clinic on [[20 November|date]]; letter to GP Dr [[Nasreen Iqbal|name]];
inform SW [[Lucy Brennan|name]] ([[lucy.brennan@northyorks.gov.uk|email]]).
[[20/11/2026|date]]: DNA clinic. Rang [[07723 415 809|phone]]; [[Shannon|name]] said nan [[Maureen|name]] was "meant to take her".
[[27/11/2026|date]]: joint visit with SW [[Lucy Brennan|name]]. [[Craig|name]] present this time, gave name as "[[Craig
Robson|name]]".
Neighbour Mrs [[Atkinson|name]] told [[Lucy|name]] that [[Paisley|name]] cries for hours. [[Tyler|name]] showed us his drawing of
[[Bruno|name]].
Next visit [[4/12/2026|date]] with nursery nurse [[Chloe Barker|name]]; [[Shannon|name]] agreed. [[Paisley|name]]'s dad is
[[Craig Robson|name]] per mum, not [[Liam|name]].
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Tyler Rudd|name]] and
[[Paisley Tennant|name]]
Date: [[1st December 2026|date]], Civic Centre, [[Northallerton|place]]. Chair: [[Helen Marwood|name]]. Minutes: [[Dawn Peel|name]]
Present: [[Shannon Tennant|name]] (mother), [[Maureen Tennant|name]] (maternal grandmother), [[Lucy Brennan|name]] (SW),
[[Joanne Ridsdale|name]] (HV), [[Andrew Fawcett|name]] (DSL), PC [[Sam Oldroyd|name]]. Apologies: Dr [[Iqbal|name]]; [[Liam Rudd|name]]
(father, not invited on time, letter sent to [[5 Eastgate|address]], [[Pickering|place]] [[YO18 7DU|postcode]]).
[[Lucy|name]] reported: [[Tyler|name]] 9 unauthorised absences; [[Paisley|name]] underweight; [[Craig Robson|name]] ([[12/04/1996|date]])
has a caution for possession, lives "between [[Easingwold|place]] and his mum's in [[Tollerton|place]]".
[[Maureen|name]] said she can have [[Tyler|name]] at weekends in [[Husthwaite|place]]. [[Shannon|name]] said [[Craig|name]] is "not
living there" but HV saw his boots. Decision: child protection plans under neglect for [[Tyler|name]] and [[Paisley|name]].
Core group [[8/12/26|date]]; review conference [[1 March 2027|date]].
Views: [[Tyler|name]] told [[Lucy|name]] he likes nana's in [[Husthwaite|place]] and his friend [[Alfie|name]]. [[Shannon|name]] said
[[Kayleigh Moss|name]] and her mum [[Denise|name]] in [[Crayke|place]] could help. Mr [[Fawcett|name]] to send attendance to
[[Lucy|name]] weekly.
"""),
]

DOCS_B += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Likinono JIBAS|name]] ([[04/10/2015|dob]]) and [[Jemi Jibas|name]] -
[[1 December 2026|date]]
Chair: TM [[Ruth Clarkson|name]]. Police: DS [[Gareth\nPounder|name]]. Health: [[Kath Lumley|name]] (school nurse). Education:
[[Paul Scaife|name]], DSL, [[Bedale C of E Primary|school]]. SW: [[Owen Metcalfe|name]].
Information: [[Bwij Jibas|name]] ([[07517 628 304|phone]]) arrested [[29/11|date]], bailed to [[22 Masham Road|address]],
[[Bedale|place]].
Two earlier call-outs: [[14 July 2026|date]] (at a barbecue in [[Crakehall|place]]) and [[3 September|date]]. School: [[Kino|name]] said
"papa broke the TV". [[Neijon|name]] works at the food factory in [[Leeming Bar|place]]; friend [[Maria Dela Cruz|name]] helps with
childcare. Family in [[Majuro|place]] and [[Springdale|place]]; [[Neijon|name]] has spoken of going to her brother [[Tommy|name]].
Decision: section 47 enquiry, joint visit with PC [[Iveson|name]] on [[2/12|date]]. [[Neijon|name]] to be offered IDAS (worker
[[Leanne Foggitt|name]]).
Also known: [[Bwij|name]]'s cousin [[Alik Jibas|name]] ([[05/05/1985|date]]) has a car [[YE17 NMJ|vehicle]]; his wife [[Lorina|name]]
supports
[[Neijon|name]]. [[Kath|name]] has seen [[Kino|name]] twice; [[Paul|name]] will tell teacher [[Gemma Wray|name]].
Health: baby [[Jemi|name]] (6 months?) registered at [[Bedale|place]] surgery; HV [[Sue Kettlewell|name]] to visit. [[Kino|name]]'s
bubu [[Lijon|name]] in [[Majuro|place]] and aunt [[Rine|name]] have been phoned by [[Neijon|name]] daily.
"""),
    ("teacher's email to the designated safeguarding lead", """From: [[Gemma Wray|name]] <[[g.wray@bedale-primary.n-yorks.sch.uk|email]]>
To: [[Paul Scaife|name]]
Sent: Thursday [[3 December 2026|date]] 15:47
Subject: [[Likinono|name]] yr 6

Hi [[Paul|name]], [[Kino|name]] was quiet all day and wrote this in her diary: "papa went to uncle [[Alik|name]]'s. mama
cries. I want to go to [[Laura|place]] beach with bubu". She also said a man in a grey car ([[YG20 KZN|vehicle]]?) was
outside the gate at 3.15 - I think that is dad's van. Mum collected with her friend [[Maria|name]]. [[Kino|name]]'s friend
[[Isla Pennock|name]] said [[Kino|name]] told her they might "move to America". Can you ring [[Owen|name]]? Thanks, [[Gemma|name]]
PS [[Isla|name]]'s mum Mrs [[Pennock|name]] also saw the van at the [[Bedale|place]] market on Tuesday. [[Kino|name]]
asked if her cousin [[Jonah|name]] from [[Springdale|place]] can come to the Christmas show.
"""),
]

DOCS_C += [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - Carers Plus Yorkshire
Young carer: [[HARKER, Evie|name]]   DOB [[21/08/2013|dob]]   School: [[Thirsk School|school]]
UPN [[T815827097678|upn]]   NHS [[370 164 0017|nhs]]
Address: [[9 Long Street|address]], [[Topcliffe|place]], [[YO7 3RL|postcode]]. Assessed by [[Kerry Umpleby|name]] on
[[4 December 2026|date]].
Cared-for: mum [[Donna Harker|name]] (MS). Brother [[Josh|name]] in [[Ripon|place]].
Tasks: tablets, meals, shopping at the [[Topcliffe|place]] shop, washing, helping mum to the toilet at night. About 30 hours a week.
[[Evie|name]] wants: a break; the trip to [[Scarborough|place]]; her friend [[Macy Bramley|name]] to come to the group.
Emergency contacts: brother [[Joshua Harker|name]] [[07412 663 059|phone]]; Mrs [[Fothergill|name]] next door.
Signed: [[K. Umpleby|name]]; [[Evie Harker|name]]; [[Donna Harker|name]]. Review [[4 June 2027|date]].
Friends: [[Macy|name]], [[Lola Hird|name]], [[Grace|name]] from the bus. Teacher Mrs [[Wardle|name]] agreed a pass to ring home.
[[Evie|name]]'s dad [[Steven Harker|name]] lives in [[Hartlepool|place]]; no contact since [[2022|date]].
"""),
    ("family WhatsApp chat typed up", """WhatsApp "[[harker|name]] fam" - shown by [[Evie|name]] to [[Kerry|name]] on [[4/12/26|date]]

[[28/11/2026|date]], 22:41 - [[Evie|name]]: [[josh|name]] mum fell again in the bathroom
[[28/11/2026|date]], 22:43 - [[Josh|name]]: is she ok? im in [[ripon|place]] cant drive ive had a drink
[[28/11/2026|date]], 22:44 - [[Evie|name]]: got her up. she hit her head
[[28/11/2026|date]], 22:50 - [[Abbie|name]]: ring 111 hun x
[[28/11/2026|date]], 22:51 - [[Evie|name]]: mum says no. ill sleep in her room
[[29/11/2026|date]], 07:02 - [[Josh|name]]: ill come after work. tell [[ann|name]] next door
[[29/11/2026|date]], 07:05 - [[Evie|name]]: [[ann|name]]s at her daughters in [[sowerby|place]]
[[29/11/2026|date]], 16:30 - [[Josh|name]]: at [[topcliffe|place]] now. [[evs|name]] go to [[macys|name]] for tea
[[29/11/2026|date]], 16:41 - [[Abbie|name]]: ive rung mrs [[wardle|name]] to say [[evie|name]] is late monday x
[[29/11/2026|date]], 16:45 - [[Evie|name]]: thanks [[abs|name]]. can [[macy|name]] stay
"""),
]

DOCS_D += [
    ("mother's complaint to the council", """[[27 Blakey Lane|address]]
[[Sowerby|place]]
[[Thirsk|place]] [[YO7 1JF|postcode]]
[[5th December 2026|date]]

To whoever is in charge of childrens services,

I am writing to complain about how my daughter [[Kacey Wilkin|name]] has been treated. She went missing on the [[1st|date]] and I
rang police at 8 oclock but nobody came till midnight. The social worker [[Sophie Lambert|name]] has not rung me back and the
police officer PC [[Hodgson|name]] told me [[Kacey|name]] was "choosing" to go to [[Middlesbrough|place]]. She is 15. That man
[[Tazz|name]] has been outside our house in [[Sowerby|place]] three times and I gave his car number [[NK70 OVB|vehicle]] to the
police on the [[20th November|date]]. My husband [[Wayne|name]] is on nights in [[York|place]] and I can not watch her every
minute. [[Kacey|name]]'s dad [[Mark|name]] in [[Stockton|place]] says it is my fault.
I want a meeting with a manager. My number is [[07835 910 247|phone]].
[[Tracey Dobson|name]]
PS my neighbour Mrs [[Brenda Kirk|name]] at [[no. 29|address]] has seen him too. My sister [[Julie Foster|name]] in
[[Sowerby|place]] can come to the meeting with me.
cc my councillor, Mrs [[Pam Raine|name]]. My email is [[traceydobson84@yahoo.co.uk|email]].
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - [[Hambleton|place]] - [[8/12/2026|date]]
Chair: [[Vikki Sedgwick|name]]. Present: DS [[Nadia Khan|name]], [[Sophie Lambert|name]], [[Owen Pratt|name]] (youth worker),
[[Jenny Lockwood|name]] ([[Thirsk School|school]]).
Location: [[Sowerby|place]] park and the market place in [[Thirsk|place]]; the bus to [[Northallerton|place]]; flats in [[North
Ormesby|place]].
Children linked: [[Kacey Wilkin|name]] ([[16.4.2011|dob]]); [[Millie Horner|name]] (14); [[Jayden Coates|name]] (15) of
[[Sowerby|place]]; a boy "[[JJ|name]]" from [[Northallerton|place]].
Adults of concern: [[Taz MAHMOOD|name]] (19), [[Reece Atherton|name]] (22), vehicle [[NK70 OVB|vehicle]] and a white Transit
[[FD19 WXE|vehicle]]. [[Owen|name]] to do detached youth work at the park Fridays; PCSO [[Liz Bainbridge|name]] to patrol.
Actions: [[Sophie|name]] to share the RHI for [[Kacey|name]]; [[Jenny|name]] to talk to [[Millie|name]]'s mum [[Stacey Horner|name]];
DS [[Khan|name]] to check [[FD19 WXE|vehicle]] (keeper [[Dean Atherton|name]], [[Stockton|place]]). Next panel [[12 January 2027|date]].
[[Jayden|name]]'s mum [[Kerry Coates|name]] and [[Millie|name]]'s dad [[Gavin Horner|name]] to be invited to a parents' evening at
Sowerby Sports Village.
"""),
]

DOCS_E += [
    ("family support worker's chronology", """CHRONOLOGY - [[Arjun Metcalfe|name]] - compiled by FSW [[Nicola Dowson|name]]

[[29.01.2017|dob]]  Born at York Hospital, 33 weeks. Mother [[Harpreet Kaur|name]], father [[James Metcalfe|name]].
[[March 2019|date]]  Diagnosis of autism (Dr [[F. Ahmed|name]]). Family move from [[Bradford|place]] to [[Sessay|place]].
[[2020|date]]  Sister [[Anaya|name]] born. [[James|name]]'s mum [[Pat Metcalfe|name]] of [[Dalton|place]] helps.
[[12/09/2022|date]]  First seizure at home; ambulance to [[Northallerton|place]].
[[Summer 2024|date]]  [[Pat|name]] dies. [[Harpreet|name]] stops work at the [[Thirsk|place]] bank.
[[5th May 2025|date]]  Respite at [[Brompton Lodge|address]] refused: no place.
[[2/10/2026|date]]  [[Harpreet|name]] tells GP Dr [[Osborne|name]] she is "at breaking point".
[[18/11/2026|date]]  Short breaks application; [[Neil|name]] and wife [[Karen Metcalfe|name]] offer one night a month.
[[21/11/2026|date]]  Paediatric letter; [[Arjun|name]] on new medication. Escort [[Mandy|name]] trained in rescue meds.
[[30/11/2026|date]]  [[James|name]] rings FSW [[Nicola|name]]: [[Arjun|name]] hit [[Anaya|name]] in a seizure. Uncle [[Neil|name]]
takes [[Anaya|name]].
[[4/12/2026|date]]  Sitter [[Tina Wrigley|name]] visits with [[Mandy|name]].
[[7/12/2026|date]]  [[Harpreet|name]] and [[Karen|name]] visit [[Brompton Lodge|address]] with [[Grace|name]]; manager
[[Lynne Tweddle|name]].
"""),
    ("father's email to the social worker", """From: [[James Metcalfe|name]] <[[jimmy.metcalfe85@outlook.com|email]]>
To: [[grace.hutchinson@northyorks.gov.uk|email]]
Date: [[6 Dec 2026|date]] 06:12

[[Grace|name]],
Sorry for the early mail, just off nights at [[Dishforth|place]]. [[Harpreet|name]] is shattered. [[Arjun|name]] was up from 2 till 5
and had a seizure at 4. [[Anaya|name]] is sleeping at [[Neil|name]]'s at [[Dalton|place]] because she can't sleep through it.
My mother-in-law [[Surinder|name]] can come from [[Bradford|place]] on the [[14th|date]] but not before. Is there any news about
[[Brompton Lodge|address]]? The sitter [[Mandy|name]] suggested (her cousin [[Tina Wrigley|name]] in [[Thirsk|place]]) is willing.
My mobile is [[07766 134 892|phone]], [[Harpreet|name]]'s [[07871 246 530|phone]].
Thanks, [[Jim|name]]
PS [[Harpreet|name]]'s brother [[Gurpreet Singh|name]] in [[Leeds|place]] might help at New Year. His number is [[07925 407 381|phone]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 217 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 22:48 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "tm", "fsw",
           "nurse", "our", "nan", "nana", "nanny", "gran", "granny", "mum", "mam", "mummy", "dad", "daddy", "aunty", "auntie",
           "uncle", "papa", "mama", "bubu", "nani", "aunt"}
_AFTER = {"senior", "junior", "ji"}
_NOT_PLACES = {"england", "uk", "north yorkshire", "marshall islands", "arkansas", "america", "usa", "yorkshire"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Bubu Lijon", "Nani ji", "Aunty Tina") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
