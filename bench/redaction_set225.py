"""Set 225: a held-out hand-written set for the redaction detector, six invented families in the Eden valley in Cumbria
(Appleby-in-Westmorland, Kirkby Stephen and the villages around them), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set222.py to bench/redaction_set224.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, its first two documents, its records and its end: _PAIRS, NAME, _TITLES,
_AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full; bench/redaction_set181.py
was not opened (set 213 follows its conventions and was copied instead); bench/redaction_handwritten.py was not opened. The
docstrings of the earlier bench/redaction_set*.py (not sets 222 to 224) were searched by a script for the towns and for
communities from the Americas and Oceania, printing only a few words around each hit: "Appleby-in" and "Kirkby Stephen" were
in none (set 100 used Carlisle and "Eden" and a Māori father in Penrith; set 103 names an "Appleby-Frodingham" works);
Tongan, Samoan, Fijian, Māori, Cook Islands, Tokelauan, Tuvaluan, I-Kiribati, Mapuche, Garifuna, Surinamese, Paraguayan,
Salvadoran and Guatemalan were found and dropped; Niuean, Palauan, Nauruan, Aymara and Torres Strait Islander were in none.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made with python-stdnum in small snippets
(UPNs with LA number 909, the old Cumbria number, because python-stdnum does not know the new Westmorland and Furness number).
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families: a young white British mother in Bongate, Appleby (Thwaite / Capstick; neglect, a baby losing weight, dogs, a nan
in Warcop); a Niuean family from Hakupu, Niue, by way of Otara, Auckland, in Kirkby Stephen (Tukuitonga / Talagi; a girl of 13
groomed online by a man of 24 from Darlington, a family chat in Niuean); a young carer of 11 in Brough (Metcalfe; a mother
with MS, a father in Darlington, an aunt in Kirkby Stephen); a farming family at Ravenstonedale (Harker; a boy of 15 hit by a
drinking father with a shotgun certificate, a friend's family in Newbiggin-on-Lune, a mother at her sister's in Sedbergh); a
Polish family in Kirkby Thore (Nowak / Zielińska; a boy of 9 hit with a belt, a babcia in Wrocław); and a white British girl
of 15 in Battlebarrow, Appleby (Bowness; missing to Penrith and Carlisle, criminal exploitation). The community named here,
Niuean (Niue, by way of New Zealand), did not appear in any earlier docstring searched (Polish is not claimed as new).

24 documents, each with its own style label: a health visitor's home visit record, a nan's texts typed up, a multi-agency
chronology, child protection conference minutes, a MASH referral from the school, strategy discussion minutes, a family
WhatsApp chat in Niuean and English translated, a mother's complaint email, a young carer's own writing, a young carers'
assessment, a social worker's case notes, a scanned MS nurse's letter with OCR misreadings, a school safeguarding log (CPOMS
export), a police log of a welfare check, initial child protection conference minutes (a second family's), a young person's
own words, a GP's letter, a receptionist's note translated from Polish, a social worker's voice note transcribed, a
grandmother's letter from Poland translated, a return home interview, Snapchat messages typed up by police, contextual
safeguarding panel minutes and a mother's Facebook Messenger chat typed up.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Niue +683, New Zealand +64, Poland +48); NHS numbers and UPNs pass their
check digits. The council ("Fellside Council"), the surgeries ("Eden Fells Medical Group"), the charity ("Eden Young Carers")
and the 0-19 team are invented and unmarked; towns, villages, districts and estates are real and marked as places; street
names are real or plausible, house numbers invented.

Markup and conventions: those of bench/redaction_set181.py as set 213 follows them. Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Dr, PC, PCSO, DC, DS, SW, HV, Nan, Nana, Auntie, Uncle, Grandad, the Niuean "Nena", the Polish "babcia", "tata"
and "Pani"); "SURNAME, First" is one span and so is "First SURNAME"; initials alone are not marked; usernames are not marked;
organisations holding a town's name stay unmarked ("Penrith Community Hospital", "Penrith Police Station", "Kendal College",
"Cumbria Constabulary", "the Cumberland Infirmary"); countries and regions ("Niue", "NZ", "Cumbria", "Poland", "Eden" in an
organisation's name) are not places; an OCR misreading keeps its kind ("Br0ugh", "0wen Wi1kinson", "O2/l2/2O26"); the A685
and the castle are not marked; the language "Vagahau Niue" and Niuean words ("Fakaalofa lahi atu", "Magafaoa") are not names.

Choices this set had to make: chat speaker labels are names ("dyl:", "macca:"); a dog's name ("Tyson", "Dougal") is marked as a
name; a surname that is also a village ("Natalia Brough", "her surname is brough") is a name there and the village a place
elsewhere; the Sands (the riverside street and car park in Appleby) is marked as a place, as a district; "Greenside" as the
short form of the farm is an address; a Polish street ("ul. Ogrodowa 12/4") is an address and its postal code a postcode; the
Polish forms of names and towns after a word ("Kacpra", "Zosi", "Opolu", "Wrocławia", "grudniu") keep their kind; a month or a
year alone ("march", "September", "2024") is a date; a shop, fair, show, auction or team named in lower-case words by its town
("the Appleby fair", "the Kirkby Stephen auction", "the appleby chippy", "Brough Co-op") marks the town, while a pub ("the
Black Swan", "the swan") and a supermarket ("morrisons") are not marked; a closed college ("Newton Rigg") is a school;
"KSGS" (Kirkby Stephen Grammar School) and "Little Acorns" (a nursery) are schools; the short form "kirkby st" is a place; a
wrongly spelt name in a complaint ("Fiza", "Tangaloa") is a name.

Self-check without the detector: `python -m bench.redaction_set225` (and tests/test_redaction_set225.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 899 gold spans, 527 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Thwaite family (white British), Bongate, Appleby-in-Westmorland -------------------------------------------------

HOME_A = d.Address("14 Croft Ends", "Bongate", "Appleby-in-Westmorland", "CA16 6UJ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Thwaite")], dt.date(2022, 2, 11), addresses=[HOME_A], ids=["3292352096", "J909203426737"],
       schools=["Appleby Primary School"]),
    _p("s", "sibling", [("Poppy-Mae", "Thwaite")], dt.date(2025, 9, 30), addresses=[HOME_A], ids=["2084833841"]),
    _p("m", "mother", [("Kayleigh", "Thwaite")], dt.date(2003, 6, 4), addresses=[HOME_A], phones=["07784 219 530"]),
    _p("g", "grandparent", [("Denise", "Thwaite")], dt.date(1971, 1, 17), phones=["017683 51294"]),
], "c")

DOCS_A = [
    ("health visitor's home visit record", """HEALTH VISITING - HOME VISIT RECORD   Eden Fells 0-19 Team
Child: [[THWAITE, Poppy-Mae|name]]   DOB [[30/09/2025|dob]]   NHS [[208 483 3841|nhs]]
Sibling: [[Alfie Thwaite|name]] ([[11.02.2022|date]]), NHS [[329 235 2096|nhs]]
Mother: [[Kayleigh Thwaite|name]], [[14 Croft Ends|address]], [[Bongate|place]], [[Appleby-in-Westmorland|place]] [[CA16 6UJ|postcode]]
tel [[07784 219 530|phone]]

Visit [[16/11/2026|date]] 10:30 by HV [[Gillian Raine|name]] with student nurse [[Abbie Sowerby|name]].
[[Kayleigh|name]] answered in pyjamas. Curtains closed. Kitchen bin overflowing, two dogs ("[[Tyson|name]]" and "[[Bella|name]]")
shut in the back room, dog mess on the stairs. [[Poppy-Mae|name]] in the cot with a bottle propped, nappy heavy.
Weight 7.1kg (was 7.3kg on [[19 October|date]]), dropped from the 50th to below the 25th centile.
[[Alfie|name]] at nursery? No - at home, watching a tablet. [[Kayleigh|name]] says [[Appleby|place]] nursery "kicked him off" for
fees. Partner [[Ryan Capstick|name]] not present; [[Kayleigh|name]] says he is "working at [[Tebay|place]] services".
Maternal grandmother [[Denise Thwaite|name]] lives at [[3 Eden Gardens|address]], [[Warcop|place]], tel [[017683 51294|phone]].
Plan: weigh again [[23/11/2026|date]]. Discussed with GP Dr [[Hetherington|name]]. Safeguarding lead [[Moira\nTallentire|name]] informed.
Next-door neighbour Mrs [[Pattinson|name]] (at [[no. 16|address]]) told me the baby "cries for hours" most nights.
"""),
    ("nan's text messages typed up by the social worker", """Texts from [[Denise Thwaite|name]] (nan) to SW [[Craig Nelson|name]],
copied [[27/11/26|date]]

Sat [[21 Nov|date]] 18:40  hiya its [[denise|name]] [[alfies|name]] nana. been round [[kayleighs|name]] in [[bongate|place]] its a state
Sat [[21 Nov|date]] 18:42  [[poppy|name]] was screaming. [[ryan|name]] on the xbox. i took the baby out in the pram down to the
[[sands|place]]
Sat [[21 Nov|date]] 19:15  ive got [[alfie|name]] at mine in [[warcop|place]] tonight, [[ryans|name]] mate [[dazza|name]] was there
smoking
Sun [[22 Nov|date]] 09:05  [[alfie|name]] says [[dazza|name]] shouted at him. i dont know his real name, lives [[battlebarrow|place]]
Mon [[23 Nov|date]] 12:30  my landline is [[017683 51294|phone]] if mobile dead. my friend [[sheila|name]] at [[no 5|address]] has a key
Tue [[24 Nov|date]] 16:20  [[kayleigh|name]] wont answer. [[ryan|name]] has a red van now [[PN19 XKT|vehicle]] i think
Wed [[25 Nov|date]] 08:55  the hv lady [[gillian|name]] rang me. i said ill have [[poppy|name]] tues and weds
Thu [[26 Nov|date]] 20:10  [[kayleigh|name]] says she is going to her mate [[chloe|name]] in [[penrith|place]] for the weekend. leaving
bairns with [[ryan|name]]!!
Thu [[26 Nov|date]] 20:12  i said no. [[alfie|name]] can stop at mine. [[chloes|name]] fella is [[jordan|name]] he is bad news
"""),
]


# --- B. Tukuitonga / Talagi family (Niuean, from Hakupu, Niue, by way of Auckland), Kirkby Stephen -----------------------

HOME_B = d.Address("6 Christian Head", "Kirkby Stephen", "Kirkby Stephen", "CA17 4HA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Fisa", "Tukuitonga")], dt.date(2013, 8, 19), addresses=[HOME_B], ids=["4167290464", "R909211826361"],
       schools=["Kirkby Stephen Grammar School"]),
    _p("s", "sibling", [("Tagaloa", "Tukuitonga")], dt.date(2019, 3, 2), addresses=[HOME_B], ids=["5259954319"]),
    _p("m", "mother", [("Mele", "Talagi")], dt.date(1984, 12, 6), addresses=[HOME_B], phones=["07452 918 364"]),
    _p("f", "father", [("Sione", "Tukuitonga")], dt.date(1981, 5, 23), addresses=[HOME_B], phones=["07929 406 173"]),
], "c")

DOCS_B = [
    ("MASH referral from the school", """MASH REFERRAL - received [[02/11/2026|date]] 14:12
Referrer: [[Helen Bousfield|name]], DSL, [[Kirkby Stephen Grammar School|school]], tel [[01768 892 417|phone]]
Child: [[TUKUITONGA, Fisa|name]]   DOB [[19/08/2013|dob]]   Year 8   UPN [[R909211826361|upn]]   NHS [[416 729 0464|nhs]]
Address: [[6 Christian Head|address]], [[Kirkby Stephen|place]], [[CA17 4HA|postcode]]
Parents: [[Mele Talagi|name]] (mum, [[07452 918 364|phone]]) and [[Sione Tukuitonga|name]] (dad, [[07929 406 173|phone]]). Brother
[[Tagaloa|name]] ("[[Loa|name]]"), 7, at [[Kirkby Stephen Primary School|school]].
Family are Niuean, came from [[Hakupu|place]], Niue, by way of [[Otara|place]] in [[Auckland|place]] in 2022; dad works at a farm near
[[Soulby|place]]. Home language Vagahau Niue and English.
Concern: on [[30/10/2026|date]] [[Fisa|name]] showed her friend [[Ruby Allonby|name]] messages from a man calling himself "[[Kaden|name]]"
who says he is 17 and lives in [[Darlington|place]]. He has sent her £40 and asked her to get the train from [[Kirkby Stephen|place]]
station to meet at [[Darlington|place]] on Saturday. [[Ruby|name]] told her mum Mrs [[Allonby|name]], who rang us.
[[Fisa|name]] admits he asked for photos. She says "[[Kaden|name]]" has a second number [[07818 934 275|phone]].
Dad not aware. Mum asked us not to tell dad. Aunt [[Mahina Talagi|name]] in [[Alofi|place]] ([[+683 4012|phone]]) is close to
[[Fisa|name]].
Form tutor Mr [[Dent|name]]; head of year Ms [[Cowperthwaite|name]].
Other girls named by [[Ruby|name]]: [[Isabelle Raw|name]] (Year 9, [[Winton|place]]) and [[Keeley
Mounsey|name]] (Year 8, [[Nateby|place]]) had
friend requests from "[[Kaden|name]]" too. [[Fisa|name]]'s brother [[Tagaloa|name]] walks home with [[Fisa|name]] along
[[Silver Street|address]].
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[TUKUITONGA, Fisa|name]] ([[19.08.2013|dob]]) - [[3 November 2026|date]],
Teams
Chair: [[Anna Lowis|name]] (team manager). Present: DS [[Kevin Airey|name]] (Cumbria Constabulary, online child exploitation),
SW [[Craig Nelson|name]], [[Helen Bousfield|name]] ([[KSGS|school]] DSL), school nurse [[Jo Wharton|name]], Dr [[Priestman|name]]
([[Kirkby Stephen|place]] surgery).
Information: [[Fisa|name]], 13, lives at [[6 Christian Head|address]] with mother [[Mele|name]], father [[Sione|name]] and brother
[[Tagaloa|name]]. No previous involvement in Cumbria; NZ records (via [[Auckland|place]]) requested through the embassy.
DS [[Airey|name]]: the second number for "[[Kaden|name]]" ([[07818 934 275|phone]]) is linked to a [[Jake Ridley|name]], 24, of
[[Firthmoor|place]], [[Darlington|place]], with a 2023 caution. The £40 came from an account in the name of [[J. Ridley|name]].
Decision: s47 enquiry. Joint visit [[4/11|date]] by SW [[Nelson|name]] and DC [[Hannah Kirkbride|name]]. [[Fisa|name]] to be
spoken to alone at school first with her trusted adult Mrs [[Bousfield|name]]. Interpreter not needed; mum's English is good.
Mum's sister [[Mahina|name]] in [[Alofi|place]] and [[Sione|name]]'s brother [[Pita Tukuitonga|name]] in [[Māngere|place]],
[[Auckland|place]] ([[+64 21 384 9172|phone]]) are the family's support.
Next review: [[17/11/2026|date]].
"""),
]


# --- C. Metcalfe family (white British), Brough, a young carer of 11 ------------------------------------------------------

HOME_C = d.Address("9 Main Street", "Brough", "Kirkby Stephen", "CA17 4AX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jack", "Metcalfe")], dt.date(2015, 4, 27), addresses=[HOME_C], ids=["9944956619", "W909225626859"],
       schools=["Brough Primary School"]),
    _p("m", "mother", [("Lisa", "Metcalfe")], dt.date(1983, 10, 8), addresses=[HOME_C], phones=["07538 612 947"]),
    _p("f", "father", [("Darren", "Metcalfe")], dt.date(1980, 7, 14)),
], "c")

DOCS_C = [
    ("young carer's own writing", """me and my mum by [[jack metcalfe|name]] age 11

i live in [[brough|place]] with my mum [[lisa|name]]. she has MS and some days her legs dont work. my dad [[darren|name]] lives in
[[darlington|place]] with [[tracey|name]] and my half sister [[macy|name]]. i see him every other sunday if he remembers.
in the morning i do mums tablets and make toast. then i walk to school past the castle. if mum falls i ring auntie [[jan|name]]
in [[kirkby stephen|place]] or mr [[birkbeck|name]] next door. our dog is called [[Dougal|name]] and i walk him by the beck.
at school my best mates are [[harry|name]] and [[oscar ewbank|name]]. i like football, i play for [[appleby|place]] under 12s.
sometimes i am late because mum needs the toilet and i cant leave her. mrs [[raine|name]] my teacher says its ok.
i dont want mum to go in a home. i want someone to come on tuesdays when she has her bad day.
nan [[margaret|name]] used to help but she died in [[march|date]]. i miss her.
when mum was in hospital in [[carlisle|place]] i stayed at [[jans|name]] and her son [[lewis|name]] let me go on his ps5. [[lewis|name]]
is 16.
the best day this year was the young carers trip to [[ullswater|place]] with [[sam|name]] and [[kerry-ann|name]] and a girl called
[[isla|name]]
from [[tebay|place]] who looks after her brother [[finn|name]]. we went on the steamer from [[glenridding|place]] to
[[pooley bridge|place]].
written with [[Sam Dinsdale|name]] from Eden Young Carers on [[1/12/26|date]].
"""),
    ("young carers' assessment", """YOUNG CARERS' NEEDS ASSESSMENT - Eden Young Carers / Fellside Council
Young carer: [[METCALFE, Jack|name]]   DOB [[27/04/2015|dob]]   UPN [[W909225626859|upn]]   NHS [[9944956619|nhs]]
School: [[Brough Primary School|school]] (Year 6). Address: [[9 Main Street|address]], [[Brough|place]], [[CA17 4AX|postcode]].
Assessor: [[Sam Dinsdale|name]], [[1 December 2026|date]]. Mum: [[Lisa Metcalfe|name]], [[07538 612 947|phone]].
Cared for: mum (relapsing MS; MS nurse [[Claire Bellas|name]] at the Cumberland Infirmary). Dad [[Darren Metcalfe|name]]
([[14/07/1980|date]]) in [[Darlington|place]]; partner [[Tracey Heslop|name]].
Tasks: medication, meals, helping mum on the stairs, shopping at the [[Brough|place]] Co-op, walking [[Dougal|name]]. 20+ hours a week.
Support network: maternal aunt [[Janet Alderson|name]] ("[[Jan|name]]"), [[22 Nateby Road|address]], [[Kirkby Stephen|place]]
[[CA17 4AL|postcode]]; neighbour [[Geoff Birkbeck|name]] at [[no 11|address]].
Teacher: Mrs [[Raine|name]] ([[k.raine@brough.cumbria.sch.uk|email]]). [[Jack|name]] late 14 times since [[September|date]].
Outcome: adult social care reassessment for [[Lisa|name]] (worker [[Nadia Kowal|name]]); respite trip to [[Keswick|place]] with the group
on [[20 February 2027|date]]; pass to ring home from school.
Signed: [[S. Dinsdale|name]]; [[Jack Metcalfe|name]]; [[Lisa Metcalfe|name]].
"""),
]


# --- D. Harker family (white British, farming), Ravenstonedale, a boy of 15 --------------------------------------------

HOME_D = d.Address("Low Greenside Farm", "Ravenstonedale", "Kirkby Stephen", "CA17 4NQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tom", "Harker")], dt.date(2011, 6, 3), addresses=[HOME_D], ids=["5507741263", "H909400226467"],
       schools=["Kirkby Stephen Grammar School"]),
    _p("f", "father", [("Ian", "Harker")], dt.date(1972, 2, 28), addresses=[HOME_D], phones=["07866 305 284", "01539 623 408"]),
    _p("m", "mother", [("Alison", "Harker")], dt.date(1976, 9, 15), addresses=[HOME_D]),
], "c")

DOCS_D = [
    ("school safeguarding log", """KSGS SAFEGUARDING LOG (CPOMS export) - [[HARKER, Tom|name]] - Year 11 - DOB [[03/06/2011|dob]]

[[08/09/2026|date]] 08:50  [[Tom|name]] came in with a cut above his eye. Said a ewe caught him. Logged by Mr [[Dent|name]].
[[22/09/2026|date]] 12:15  Absent 3 days "for tupping". Mum [[Alison|name]] rang from the farm landline [[01539 623 408|phone]].
[[6 Oct 2026|date]] 10:05  PE teacher Mr [[Gibson|name]] saw bruising on [[Tom|name]]'s upper arms, four marks like fingers.
[[Tom|name]] said "Dad grabbed me when I let the tups out. It's nowt." Referred to DSL [[Helen Bousfield|name]].
[[6.10.26|date]] 15:40  DSL rang MASH. Spoke to [[Lorna Pickthall|name]]. Advice: speak to mum.
[[13/10/2026|date]]  [[Tom|name]]'s friend [[Ben Atkinson|name]] told tutor [[Tom|name]] sleeps at [[Ben|name]]'s in
[[Newbiggin-on-Lune|place]]
"to keep out of his dad's way". [[Ben|name]]'s mum is [[Sarah Atkinson|name]].
[[3rd November|date]]  [[Tom|name]] fell asleep in maths. Said he'd been up lambing? (wrong season - query). Mrs [[Kitching|name]].
[[10/11/2026|date]]  Dad [[Ian Harker|name]] came to reception, shouting, wanting [[Tom|name]] out for the [[Kirkby Stephen|place]]
auction.
Head Mr [[Proctor|name]] refused. Dad drove off in a Land Rover [[PO67 HRE|vehicle]].
[[11/11/2026|date]]  [[Tom|name]] said his mum has gone to her sister's at [[Sedbergh|place]]. Sister: [[Wendy Capstick|name]].
[[12/11/26|date]]  Second MASH referral by [[Helen\nBousfield|name]]. SW allocated: [[Owen Wilkinson|name]].
"""),
    ("police log of a welfare check", """CUMBRIA CONSTABULARY - INCIDENT LOG 0412 of [[14/11/2026|date]]
Location: [[Low Greenside Farm|address]], [[Ravenstonedale|place]], [[CA17 4NQ|postcode]]. Grid ref given by caller.
Caller: [[Alison HARKER|name]] ([[15/09/1976|date]]) from her sister's in [[Sedbergh|place]]; caller's number withheld, call back on
the sister's landline [[015396 20784|phone]].
Reports son [[Tom HARKER|name]] (15) rang her at 21:30 saying his father [[Ian HARKER|name]] ([[28/02/1972|date]]) hit him with a
stick in the yard and he was walking to [[Kirkby Stephen|place]] in the dark.
Officers PC [[Brunskill|name]] and PC [[Laura\nNicholson|name]] found [[Tom|name]] on the A685 near [[Newbiggin-on-Lune|place]] at 22:10.
Red mark across back of legs. [[Tom|name]] taken to [[Ben Atkinson|name]]'s home, [[2 Brownber Lane|address]],
[[Newbiggin-on-Lune|place]],
with agreement of [[Sarah Atkinson|name]] (mother).
[[Ian HARKER|name]] spoken to at farm 23:05, had been drinking, said "lad needs sorting". Mobile [[07866 305 284|phone]].
Shotgun certificate holder - firearms licensing (FEO [[Martin Lamb|name]]) informed for review. Vehicles: Land Rover
[[PO67 HRE|vehicle]], quad.
NI number [[JK 63 41 28 B|ni]] from PNC. Crime recorded: ABH. Referral to Fellside Council children's services [[15/11|date]].
"""),
]


# --- E. Nowak / Zielińska family (Polish), Kirkby Thore, a boy of 9 with bruising ---------------------------------------

HOME_E = d.Address("5 Sanderson Croft", "Kirkby Thore", "Penrith", "CA10 1UZ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kacper", "Nowak")], dt.date(2017, 1, 9), addresses=[HOME_E], ids=["3377651969", "E909310726914"],
       schools=["Kirkby Thore Primary School"]),
    _p("m", "mother", [("Agnieszka", "Zielińska")], dt.date(1990, 11, 21), addresses=[HOME_E], phones=["07401 873 652"]),
    _p("f", "father", [("Marek", "Nowak")], dt.date(1987, 4, 2), addresses=[HOME_E]),
    _p("s", "sibling", [("Zosia", "Nowak")], dt.date(2023, 5, 18), addresses=[HOME_E], ids=["7472612685"]),
], "c")

DOCS_E = [
    ("GP letter to children's services", """[[Temple Sowerby|place]] & [[Kirkby Thore|place]] Branch Surgery
part of Eden Fells Medical Group
[[20 November 2026|date]]

Dear Ms [[Lowis|name]],
Re: [[Kacper NOWAK|name]], DOB [[09/01/2017|dob]], NHS No [[337 765 1969|nhs]], [[5 Sanderson Croft|address]], [[Kirkby Thore|place]],
[[Penrith|place]] [[CA10 1UZ|postcode]]
I saw [[Kacper|name]] on [[18/11/2026|date]] with his mother [[Agnieszka Zielińska|name]] (tel [[07401 873 652|phone]]) for a cough.
On examination I noted a linear bruise on his left thigh and two small round marks on his forearm. Mum said he fell off his bike
at the park on [[Piper Lane|address]]. [[Kacper|name]] said, in Polish to his mum, "tata" - she then said he meant his dad took him out
on the bike. An interpreter was not booked; our receptionist [[Ewa Dąbrowska|name]] helped and has given me her note.
Father [[Marek Nowak|name]] works shifts at the plasterboard works. Sister [[Zosia|name]] ([[18/05/2023|date]], NHS [[7472612685|nhs]])
was
well at her 3-year review with the HV [[Jenny Bland|name]] last month.
I have referred to MASH today. Please contact me or our safeguarding lead Dr [[Fiona Ashbridge|name]] on [[01768 892 417|phone]].
Yours sincerely,
Dr [[Richard Lowthian|name]], GP
cc: [[Kirkby Thore Primary School|school]] (DSL Mrs [[Hebson|name]])
PS [[21/11/2026|date]]: mum rang the practice; she says [[Kacper|name]]'s friend [[Filip Mazur|name]]'s father [[Paweł Mazur|name]] of
[[Piper Lane|address]] saw the bike fall. Our nurse [[Janice Lowther|name]] has put this on the record; the practice manager
[[Steve Rutter|name]] has the call recording. HV [[Jenny Bland|name]] will visit [[Zosia|name]] on [[2 December|date]].
"""),
    ("receptionist's note translated from Polish", """Notatka - [[Ewa Dąbrowska|name]], [[18.11.2026|date]] (translated by [[Ewa|name]]
herself
[[19.11.2026|date]])

Po polsku: „[[Kacper|name]] powiedział do mamy: tata mnie uderzył pasem, bo zgubiłem telefon [[Zosi|name]]. Mama powiedziała mu:
cicho, nie tutaj." Pani [[Agnieszka|name]] potem powiedziała, że babcia [[Halina|name]] z [[Wrocławia|place]] przyjeżdża w
[[grudniu|date]].

In English: "[[Kacper|name]] said to his mum: dad hit me with a belt because I lost [[Zosia|name]]'s phone. Mum said to him: quiet,
not here." Mrs [[Agnieszka|name]] then said that granny [[Halina|name]] from [[Wrocław|place]] is coming in [[December|date]].
Note: "tata" = dad; "babcia" = granny. [[Zosi|name]] is the form of [[Zosia|name]] after a verb. Babcia [[Halina Zielińska|name]]
rings mum from [[+48 512 384 907|phone]]. Mum's friend from work, [[Dorota|name]], lives in [[Temple Sowerby|place]].
Mum mentioned her brother [[Tomek|name]] ([[Tomasz Zieliński|name]]) in [[Carlisle|place]] "helps with money".
"""),
]


# --- F. Bowness family (white British), Battlebarrow, Appleby, a girl of 15 exploited -----------------------------------

HOME_F = d.Address("27 Battlebarrow", "Battlebarrow", "Appleby-in-Westmorland", "CA16 6XT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ella-Rose", "Bowness")], dt.date(2011, 10, 25), addresses=[HOME_F], ids=["9163995840", "K909231126807"],
       phones=["07512 790 346"], schools=["Appleby Grammar School"]),
    _p("m", "mother", [("Leanne", "Bowness")], dt.date(1988, 3, 12), addresses=[HOME_F], phones=["07960 148 327"]),
    _p("s", "sibling", [("Kyle", "Bowness")], dt.date(2008, 12, 1), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("return home interview", """RETURN HOME INTERVIEW - Missing from home   Worker: [[Becky Teasdale|name]] (Fellside Council)
Young person: [[Ella-Rose BOWNESS|name]]   DOB [[25/10/2011|dob]]   Mobile [[07512 790 346|phone]]
Address: [[27 Battlebarrow|address]], [[Appleby|place]], [[CA16 6XT|postcode]]. Missing [[28/11/2026|date]] 16:00 to [[29/11/2026|date]]
13:30, found by police in [[Penrith|place]] near the bus station.
Interview [[1/12/2026|date]] at [[Appleby Grammar School|school]], in the library, with consent of mum [[Leanne|name]].
[[Ella|name]] says she went with "[[Dyl|name]]" ([[Dylan Raeburn|name]], 19) in his car, a black Corsa [[PE21 WZV|vehicle]], first to
[[Penrith|place]] then to a flat in [[Carlisle|place]] ("[[Botcherby|place]], near the big Tesco"). Other people there: "[[Macca|name]]"
and a
girl called [[Shannon|name]] from [[Workington|place]]. She was given vodka and a phone to "hold". She held a bag for [[Dyl|name]].
She says [[Dyl|name]]'s number is [[07724 561 093|phone]]. She does not want him in trouble: "he's my boyfriend".
Her brother [[Kyle|name]] (17) knows [[Dyl|name]] from the [[Appleby|place]] fair. Her best friend [[Millie Hodgson|name]] lives in
[[Long Marton|place]] and covered for her.
Worries: debt of £200 to "[[Macca|name]]"; she is afraid. Sharing with DS [[Airey|name]] and the contextual safeguarding lead
[[Rob Metcalfe|name]]. Next: CE screening tool, NRM discussion, strategy meeting [[3/12|date]].
"""),
    ("snapchat messages typed up by police", """Snapchat extract from [[Ella-Rose|name]]'s phone, typed by DC [[Hannah Kirkbride|name]]
[[2/12/2026|date]]. Usernames removed. Speaker labels as shown.

[[ella|name]]: wer r u
[[dyl|name]]: [[penrith|place]] come down the 563 bus
[[ella|name]]: mum took my money
[[dyl|name]]: ill pick u up at the [[appleby|place]] [[sands|place]], 6
[[ella|name]]: [[kyle|name]] says ur bad news
[[dyl|name]]: [[kyle|name]] can shut it. tell [[millie|name]] u at hers in [[long marton|place]]
[[macca|name]]: u owe me 2 bills babe
[[ella|name]]: [[dyl|name]] said id be ok
[[dyl|name]]: do 1 drop to [[botcherby|place]] and its sorted
[[ella|name]]: fine. meet at morrisons [[penrith|place]]?
[[dyl|name]]: no [[brunswick rd|address]]. 7. bring the phone
[[macca|name]]: [[shannon|name]] will show u
"""),
]


DOCS_A += [
    ("multi-agency chronology", """MULTI-AGENCY CHRONOLOGY - [[Alfie|name]] and [[Poppy-Mae THWAITE|name]] - compiled by SW
[[Craig Nelson|name]] [[30/11/2026|date]]

[[30/09/2025|date]]  [[Poppy-Mae|name]] born at the Cumberland Infirmary. Mother [[Kayleigh|name]] aged 22. Father not named;
[[Kayleigh|name]]
                says it is [[Ryan Capstick|name]] ([[04/08/2000|date]]), of [[Scattergate|place]], [[Appleby|place]].
[[12 Jan 2026|date]]  Police: argument at [[14 Croft Ends|address]]; [[Ryan|name]] put his fist through a door. PC [[Ewbank|name]]. No
further action.
[[3/3/26|date]]       HV [[Gillian Raine|name]]: missed 8-week check twice. Seen at [[Warcop|place]] at nan's house instead.
[[April 2026|date]]   [[Alfie|name]] starts at [[Little Acorns|school]] nursery, [[Appleby|place]]; key worker [[Stacey Robinson|name]].
[[18/06/2026|date]]   Nursery: [[Alfie|name]] says "[[Ryan|name]] smacked me". [[Stacey|name]] rang MASH; [[Lorna Pickthall|name]] gave
advice.
[[2 Sept 2026|date]]  [[Alfie|name]] leaves nursery (fees unpaid, £412).
[[19/10/2026|date]]   HV weighs [[Poppy-Mae|name]]: 7.3kg.
[[16/11/2026|date]]   HV visit (see record): 7.1kg, home conditions poor. Referral by [[Gillian Raine|name]].
[[21/11/2026|date]]   Nan [[Denise Thwaite|name]] takes [[Alfie|name]] to [[Warcop|place]]; [[Ryan|name]]'s friend "[[Dazza|name]]"
([[Darren
Slee|name]]?) present at the home.
[[24/11/2026|date]]   Strategy discussion. s47 agreed. Chair [[Anna Lowis|name]]; DS [[Kevin Airey|name]]; Dr [[Hetherington|name]].
[[25/11/2026|date]]   Joint visit SW [[Nelson|name]] and PC [[Ewbank|name]]. [[Ryan|name]] refused to give his address; van
[[PN19 XKT|vehicle]].
[[27/11/2026|date]]   [[Kayleigh|name]] agrees children stay with [[Denise|name]] at [[3 Eden Gardens|address]], [[Warcop|place]]
[[CA16 6PQ|postcode]].
[[28/11/2026|date]]   [[Kayleigh|name]]'s friend [[Chloe Bland|name]] of [[Castletown|place]], [[Penrith|place]], rang to say
                [[Kayleigh|name]] was at hers; [[Chloe|name]]'s partner [[Jordan Irving|name]] known to police.
[[30/11/2026|date]]   ICPC requested for [[14th December|date]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[14 December 2026|date]] - the Market Hall,
[[Appleby|place]]
Children: [[Alfie THWAITE|name]] ([[11/02/2022|dob]]) and [[Poppy-Mae THWAITE|name]] ([[30/09/2025|dob]])
Chair: [[Irene Fothergill|name]] (IRO). Minutes: [[Dawn Stubbs|name]].
Present: [[Kayleigh Thwaite|name]] (mother) with advocate [[Ros Hully|name]]; [[Denise Thwaite|name]] (maternal grandmother);
SW [[Craig Nelson|name]]; HV [[Gillian Raine|name]]; PC [[Mark Ewbank|name]]; Dr [[Hetherington|name]] (report only).
Apologies: [[Ryan Capstick|name]] (invited as [[Poppy-Mae|name]]'s father; did not reply).
[[Kayleigh|name]] said she has been "low since [[Poppy|name]]" and [[Ryan|name]] "does nowt". She wants the dogs rehomed; her cousin
[[Leon Thwaite|name]] in [[Dufton|place]] will take [[Tyson|name]].
HV [[Raine|name]]: [[Poppy|name]] now 7.6kg at nan's. [[Alfie|name]] speech delayed; referral to SALT at [[Penrith|place]].
PC [[Ewbank|name]]: two callouts to [[Croft Ends|address]] this year; [[Darren Slee|name]] ("[[Dazza|name]]") has convictions for supply.
Nan [[Denise|name]] said "I'll have them as long as it takes" but works at the [[Appleby|place]] Co-op; her friend [[Sheila Dowson|name]]
will help on Tuesdays.
Decision: child protection plans, category neglect. Lead SW [[Craig Nelson|name]]. Core group first meeting [[21/12/2026|date]] at
[[Warcop|place]] village hall. Review conference [[15 March 2027|date]].
[[Kayleigh|name]] agreed to see her GP and to a referral to [[Fiona|name]] at the Eden perinatal team.
"""),
]


DOCS_B += [
    ("family WhatsApp chat in Niuean and English, typed up and translated", """WhatsApp group "Magafaoa [[Talagi|name]]" - shown by
[[Mele|name]] to SW [[Craig Nelson|name]] [[5/11/2026|date]]; translation by [[Losa Pulehetoa|name]] (community interpreter)

[[mahina|name]]: Fakaalofa lahi atu [[mele|name]]. fēfē a [[fisa|name]]?
[[mele|name]]: kua mitaki. the police came to school. [[sione|name]] ita lahi
[[pita|name]]: [[sione|name]] call me bro. [[+64 21 384 9172|phone]] same number
[[mele|name]]: he is at [[soulby|place]] with the sheep. [[loa|name]] is with mrs [[allonby|name]] after school
[[mahina|name]]: send [[fisa|name]] to [[alofi|place]] for christmas, i will look after her, my house near [[tuapa|place]] road
[[mele|name]]: no she has school. [[kaden|name]] is not 17 the police say he is 24
[[pita|name]]: who is this [[kaden|name]]?? tell me his name i go to [[darlington|place]] myself haha
[[mele|name]]: [[pita|name]] stop. the social worker [[craig|name]] is nice. [[fisa|name]] likes her teacher mrs [[bousfield|name]]
[[mahina|name]]: Nena [[Tiva|name]] in [[hakupu|place]] is praying for her
[[mele|name]]: fakaaue lahi. tell nena. [[loa|name]] misses [[otara|place]] and his cousin [[malakai|name]]

Translation of the Niuean: "Fakaalofa lahi atu" = warm greetings; "fēfē a" = how is; "kua mitaki" = she is well; "ita lahi" = very
angry; "fakaaue lahi" = thank you very much; "Nena" = grandmother (a kinship word). "Magafaoa" = family.
Note by SW: [[Tiva Talagi|name]] is the maternal grandmother in [[Hakupu|place]]; [[Malakai Tukuitonga|name]] is [[Pita|name]]'s son, 9.
"""),
    ("mother's complaint email", """From: [[Mele Talagi|name]] <[[meletalagi84@gmail.com|email]]>
To: complaints, Fellside Council; cc [[Craig Nelson|name]] <[[craig.nelson@fellside.gov.uk|email]]>
Date: Tue [[24 Nov 2026|date]] 21:47
Subject: complaint about the meeting on [[17th|date]]

Dear Sir/Madam,
I am [[Fisa Tukuitonga|name]]'s mother. We live at [[6 Christian Head|address]], [[Kirkby Stephen|place]].
At the meeting on [[17 November|date]] the police officer, DS [[Airey|name]], said my family "comes from a culture where" girls
marry young. This is not true and it hurt [[Fisa|name]]'s dad very much. [[Sione|name]] walked out. In [[Hakupu|place]] and in
[[Otara|place]]
our girls go to school and university. My niece [[Fetu|name]] is a nurse in [[Auckland|place]].
Also the notes spell my daughter as "[[Fiza|name]]" and my son as "[[Tangaloa|name]]". Please correct them. His name is [[Tagaloa|name]],
we call him [[Loa|name]].
The teacher Mrs [[Bousfield|name]] and [[Jo Wharton|name]] the nurse have been very kind. The man "[[Kaden|name]]"
([[Jake Ridley|name]]) has
not messaged since the police took [[Fisa|name]]'s phone, but his friend sent a message to [[Fisa|name]]'s friend [[Ruby|name]] in
[[Hartley|place]]. [[Ruby|name]]'s mum [[Nicola Allonby|name]] has it.
I want a different officer and a meeting with [[Anna Lowis|name]]. I can come on any day except Thursday (work at the
[[Kirkby Stephen|place]]
care home). My phone is [[07452 918 364|phone]]; my husband's is [[07929 406 173|phone]].
Yours faithfully,
[[Mele Talagi|name]] (Mrs [[Tukuitonga|name]])
"""),
]


DOCS_C += [
    ("social worker's case notes", """CASE NOTES - [[Jack Metcalfe|name]] (child in need) - SW [[Owen Wilkinson|name]]

[[03/12/2026|date]] 09:30  Phone call with [[Lisa Metcalfe|name]] ([[07538 612 947|phone]]). She fell on Sunday; [[Jack|name]] found her
and
rang [[Geoff Birkbeck|name]] next door, then his aunt [[Jan Alderson|name]]. Ambulance took [[Lisa|name]] to Penrith Community Hospital.
[[Jack|name]] stayed with [[Jan|name]] at [[22 Nateby Road|address]], [[Kirkby Stephen|place]].
[[03/12/2026|date]] 11:00  Rang dad [[Darren Metcalfe|name]] on [[07818 266 041|phone]]. He said he "can't take [[Jack|name]],
[[Tracey|name]]'s
not keen". He could have him [[boxing day|date]]. Lives [[41 Yarm Road|address]], [[Darlington|place]] [[DL1 4JX|postcode]].
[[04/12/2026|date]] 15:20  Home visit [[9 Main Street|address]], [[Brough|place]]. [[Lisa|name]] home, walking with a frame. Stairs a
risk.
[[Jack|name]] showed me his "rota" on the fridge. [[Dougal|name]] the dog jumped up. Neighbour Mr [[Birkbeck|name]] came in with soup.
[[Lisa|name]]'s OT from adult social care, [[Nadia Kowal|name]], is arranging a stairlift. Carer agency: "Fellcare" from
[[Kirkby Stephen|place]], carer [[Bev Sayer|name]] from Monday [[7th|date]].
[[05/12/2026|date]] 10:10  Spoke to Mrs [[Raine|name]] at [[Brough Primary|school]]: [[Jack|name]] on time all week. His friend [[Oscar
Ewbank|name]]'s mum [[Gemma Ewbank|name]] is now walking him in from [[Church Brough|place]].
[[05/12/2026|date]] 14:00  [[Jack|name]] rang me (from [[Jan|name]]'s): "Can [[Harry|name]] come for tea at mum's?" Said yes if
[[Lisa|name]] agrees.
[[Jack|name]]'s football coach [[Phil Lancaster|name]] ([[Appleby|place]] under 12s) will give lifts to Saturday games at
[[Tebay|place]] and
[[Shap|place]].
"""),
    ("scanned letter from the MS nurse with OCR misreadings", """[OCR of a scanned letter, errors kept as scanned]
MS Specia1ist Nursing Service - Cumberland Infirmary
Date: [[O2/l2/2O26|date]]
To: [[0wen Wi1kinson|name]], Soc1al Worker, Fe1lside Counci1
Re: Mrs [[Lisa METCALFE|name]] DOB [[O8/1O/1983|date]], [[9 Main Street|address]], [[Br0ugh|place]], [[Kirkby\nStephen|place]]
[[CA17 4AX|postcode]]
NHS No: [[352 167 6153|nhs]]

Dear Mr [[Wi1kinson|name]],
I saw [[Lisa|name]] in clinic on [[3O Nov 2O26|date]]. She has had two relapses since [[Ju1y|date]]. I understand her son [[Jack|name]]
(ll)
provides much of her care. I support a carers' assessment and more help at home. [[Lisa|name]] told me that her sister
[[Jan\nA1derson|name]]
helps but works ful1 time in [[App1eby|place]].
Physio [[Rache1 Tinnion|name]] wil1 visit [[Br0ugh|place]] from [[l4 December|date]].
P1ease ca11 me on [[01228 523619|phone]] if needed.
Yours sincere1y,
[[C1aire Be11as|name]], MS Nurse Specia1ist
cc Dr [[Priestman|name]], [[Kirkby Stephen|place]] surgery
"""),
]


DOCS_D += [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[HARKER, Tom|name]] ([[03.06.2011|dob]]) -
[[1 December 2026|date]], [[Kirkby Stephen|place]]
Chair: [[Irene Fothergill|name]] (IRO). Minute taker: [[Dawn Stubbs|name]].
Present: [[Alison Harker|name]] (mother); [[Ian Harker|name]] (father) for the first half, with solicitor Mr [[Nixon|name]]; SW
[[Owen Wilkinson|name]]; [[Helen Bousfield|name]] ([[Kirkby Stephen Grammar|school]]); PC [[Laura Nicholson|name]]; school nurse
[[Jo Wharton|name]]. [[Tom|name]] gave his views in writing (attached).
SW: [[Tom|name]] has been at the [[Atkinson|name]]s' in [[Newbiggin-on-Lune|place]] since [[14/11|date]]. [[Sarah Atkinson|name]] is a
connected carer under assessment (assessor [[Pauline Dobson|name]]). [[Alison|name]] is at her sister [[Wendy Capstick|name]]'s,
[[4 Back Lane|address]], [[Sedbergh|place]] [[LA10 5AE|postcode]].
[[Ian|name]] said: "I've farmed [[Greenside|address]] forty year. My father [[Jonty Harker|name]] leathered me and I turned out right."
He left at 11.10 after the chair asked him to stop shouting.
PC [[Nicholson|name]]: ABH file with CPS. Bail conditions: not to contact [[Tom|name]], not to enter [[Newbiggin-on-Lune|place]]. Firearms
removed [[16/11/2026|date]] by FEO [[Lamb|name]].
[[Alison|name]]: wants [[Tom|name]] to finish his GCSEs and go to [[Newton Rigg|school]]? (closed - SW to check Kendal College).
Nurse [[Wharton|name]]: [[Tom|name]] told her he has a girlfriend, [[Lucy Metcalfe|name]] of [[Winton|place]], who is "the only one who
gets it".
Decision: child protection plan, category physical abuse. Core group: [[Owen Wilkinson|name]], [[Sarah Atkinson|name]],
[[Helen Bousfield|name]],
[[Alison Harker|name]]. Young farmers' leader [[Stuart Bainbridge|name]] offered to mentor [[Tom|name]].
"""),
    ("a young person's own words", """What I want the meeting to know - by [[Tom Harker|name]], typed by [[Jo Wharton|name]] with me,
[[30th Nov|date]]

I'm [[Tom|name]], I'm 15. I live at [[Greenside|address]] near [[Ravenstonedale|place]] but I'm stopping at [[Ben|name]]'s now in
[[Newbiggin|place]].
Dad isn't a bad man all the time. When Grandad [[Jonty|name]] died in [[2024|date]] he started drinking at the Black Swan every night
and when he comes in he looks for something I've done wrong. He hit me with the stick because I left the gate and the tups got on the
road to [[Kirkby Stephen|place]]. Mum tried to stop him and he pushed her into the dresser.
I want mum to come home and dad to go to Fellside recovery or whatever it's called. I don't want dad in prison because who
does the sheep. Me and [[Ben|name]] did the feeding all last week with [[Ben|name]]'s dad [[Rob|name]].
I want to still go to the [[Appleby|place]] show and the [[Kirkby Stephen|place]] auction with Uncle [[Bryan|name]]
([[Bryan Harker|name]] from
[[Orton|place]]). [[Lucy|name]] says I should say I'm scared. I'm not scared I'm just fed up.
Please don't tell dad about [[Lucy|name]].
"""),
]


DOCS_E += [
    ("social worker's voice note transcribed", """Voice note, SW [[Natalia Brough|name]], [[25/11/2026|date]] 17:52, transcribed by
business support ([[Kim Tweddle|name]])

"Right, it's [[Natalia|name]], home visit to the [[Nowak|name]] family, [[five Sanderson Croft|address]], [[Kirkby Thore|place]], with
interpreter [[Beata Sowa|name]]. Mum [[Agnieszka|name]] there, dad [[Marek|name]] came in from his shift about half four. [[Kacper|name]]
was at his friend [[Filip|name]]'s, erm, [[Filip Mazur|name]], on [[Piper Lane|address]], so I went round after with mum's agreement.
[[Kacper|name]] showed me the mark, it's fading. He said dad uses the belt 'only when I'm very bad'. Said [[Zosia|name]] cries when it
happens. Dad denies it, says the bruise is from the bike and the boy at school, [[Logan|name]], [[Logan Relph|name]], pushes him.
Mum went quiet. When dad went out for a smoke she said, in Polish, '[[Marek|name]] was hit by his own father in [[Opole|place]]'.
Car on the drive is a grey Octavia, [[YJ18 LMU|vehicle]]. Dad's NI number, he showed me his payslip, [[SH 51 83 27 A|ni]].
Babcia, sorry, grandma [[Halina|name]] is coming on the [[nineteenth of December|date]] and staying till [[January|date]].
I've asked Mrs [[Hebson|name]] at school to keep an eye. Strategy meeting tomorrow with DS [[Airey|name]], no, it'll be DC
[[Kirkbride|name]].
Back to the office in [[Penrith|place]] now. End of note."
"""),
    ("grandmother's letter from Poland, translated", """Letter from [[Halina Zielińska|name]], [[ul. Ogrodowa 12/4|address]],
[[50-122|postcode]] [[Wrocław|place]],
posted [[2.12.2026|date]], received [[8.12.2026|date]]? (date stamp unclear). Translated by [[Beata Sowa|name]].

Szanowna Pani [[Natalia|name]],
Jestem babcią [[Kacpra|name]] i [[Zosi|name]]. Moja córka [[Agnieszka|name]] mówi, że pani jest dobra.
[[Marek|name]] nie jest złym człowiekiem, ale jego ojciec [[Zbigniew|name]] bił go w [[Opolu|place]]. Przyjadę [[19 grudnia|date]].

Translation:
Dear Mrs [[Natalia|name]],
I am the grandmother of [[Kacper|name]] and [[Zosia|name]]. My daughter [[Agnieszka|name]] says you are good.
[[Marek|name]] is not a bad man, but his father [[Zbigniew|name]] beat him in [[Opole|place]]. I will come on [[19 December|date]].
I can stay with them in [[Kirkby Thore|place]] until [[Easter|date]]. My son [[Tomasz|name]] in [[Carlisle|place]] will collect me from
[[Newcastle|place]] airport. My telephone: [[+48 512 384 907|phone]]. My email: [[halina.zielinska@wp.pl|email]].
[[Kacper|name]] wrote to me that a boy [[Logan|name]] hits him at school. Please ask about this also.
With respect, [[Halina Zielińska|name]]

Note: in the Polish the names and the town change their endings after a word; each form is marked.
"""),
]


DOCS_F += [
    ("contextual safeguarding panel minutes", """EDEN CONTEXTUAL SAFEGUARDING PANEL - [[9 December 2026|date]] - Penrith Police Station,
conference room
Chair: [[Rob Metcalfe|name]]. Present: DS [[Kevin Airey|name]], [[Becky Teasdale|name]] (missing worker), SW [[Natalia Brough|name]],
PCSO [[Gary Slack|name]] ([[Appleby|place]] neighbourhood team), [[Mandy Bellerby|name]] ([[Appleby Grammar|school]] DSL), youth worker
[[Kieran Hewitson|name]].
Young people discussed: [[Ella-Rose Bowness|name]] (15, [[Battlebarrow|place]]), [[Millie Hodgson|name]] (15, [[Long Marton|place]]),
[[Kyle Bowness|name]] (17), [[Shannon Rigg|name]] (16, [[Workington|place]]).
Adults of concern: [[Dylan RAEBURN|name]] (DOB [[14/05/2007|dob]]) - car [[PE21 WZV|vehicle]], phone [[07724 561 093|phone]];
"[[Macca|name]]" believed to be [[Connor McAllister|name]] (22) of [[Botcherby|place]], [[Carlisle|place]]; flat at [[Flat 6, 18 Brunswick
Road|address]], [[Penrith|place]] [[CA11 7LU|postcode]] (tenant [[Paula Greenhow|name]]).
Places: the [[Sands|place]] car park by the river in [[Appleby|place]] after 6pm; the bus shelter at [[Kirkby Thore|place]]; the skate
park
in [[Castletown|place]].
PCSO [[Slack|name]]: [[Dylan|name]]'s Corsa seen on [[Boroughgate|address]] four times in [[November|date]]. [[Mandy Bellerby|name]]:
[[Ella|name]]'s
attendance 61%; [[Millie|name]]'s 74%.
Actions: disruption letter to [[Raeburn|name]] (DS [[Airey|name]]); patrols at the [[Sands|place]] (PCSO [[Slack|name]]);
[[Kieran|name]] to run
a girls' group in [[Appleby|place]] on Wednesdays; NRM referral for [[Ella-Rose|name]] by [[Natalia|name]] by [[16/12|date]].
"""),
    ("mother's Facebook messages typed up", """Messenger chat [[leanne bowness|name]] and her sister [[gemma|name]], shown to SW
[[Natalia Brough|name]] by
[[Leanne|name]] [[7/12/26|date]]

[[leanne|name]]: she went again last nite. [[ella|name]] climbed out the bathroom window
[[gemma|name]]: omg. police?
[[leanne|name]]: yeh rang 101. PC [[nicholson|name]] came from [[kirkby st|place]] took ages
[[gemma|name]]: is it that [[dylan|name]] again
[[leanne|name]]: ye. [[kyle|name]] says hes at [[macca|name]]s in [[carlisle|place]]. [[kyle|name]] wont go there hes scared of him
[[gemma|name]]: come stay at mine in [[tebay|place]] with her for a bit. [[craig|name]] wont mind
[[leanne|name]]: cant, work at the [[appleby|place]] chippy til 10. [[millie|name]]s mum [[jo hodgson|name]] is being good to me
[[gemma|name]]: ok. did the social ring back
[[leanne|name]]: [[natalia|name]] rang. she is ok. shes polish i think. her surname is [[brough|name]] like the village lol
[[gemma|name]]: haha. tell [[ella|name]] auntie [[gem|name]] loves her
[[leanne|name]]: she came back 7am, [[dyl|name]] dropped her at the swan in [[appleby|place]]. shes asleep now
[[gemma|name]]: ring me. [[07929 611 482|phone]] new number
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 225 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:11 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "fe",
           "nurse", "our", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad", "daddy",
           "aunty", "auntie", "aunt", "uncle", "nena", "mama", "tata", "babcia", "pani", "szanowna"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "cumbria", "westmorland", "niue", "nz", "new zealand", "poland", "eden", "the eden valley"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Nena Tiva", "Babcia", "Pani Natalia") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
