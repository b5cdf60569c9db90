"""Set 232: a held-out hand-written set for the redaction detector, six invented families in Leyburn, Masham and Pateley Bridge
(Wensleydale and Nidderdale, North Yorkshire) and the villages around them, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set230.py, bench/redaction_set231.py and bench/redaction_set233.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and the opening of its third,
and its last part: the last documents of its families, _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), which this set
copies in layout and marking; tests/test_redaction_set213.py and tests/hand_set_checks.py in full; the first 30 lines of
bench/redaction_set181.py's docstring; the def and class lines of bench/redaction_handwritten.py (found by grep); the ruff section
of pyproject.toml. The docstrings (only) of the earlier bench/redaction_set*.py were searched by a script, printing a few words
around each hit, for Leyburn, Masham, Pateley, Nidderdale, Wensleydale, Harmby, Summerbridge, Glasshouses, Middleham, Catterick
and for communities: none of the towns or villages matched (Wensleydale matched only in set 195's organisation names); Basque,
Manx, Aromanian, Hutsul, Frisian, Romansh, Sorbian, Faroese, Gagauz, Csángó, Seto, Mirandese, Arbëreshë, Livonian and Polish
matched and were not chosen as new; Walser, Gressoney, Aosta, Titsch, Cimbrian and Griko did not match, and Walser was chosen.
Phone numbers were checked with the phonenumbers library; NHS numbers and UPNs (LA 815) were made with python-stdnum in small
snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families: a young white British mother in Leyburn with a boy of 7 and a baby, a nan in Middleham (Harker / Metcalfe;
neglect, a baby's weight falling, a child protection conference); a Walser family from Gressoney-Saint-Jean in the Aosta Valley,
Italy (German-speaking Walser of the Alps, who speak Titsch and Italian) in Masham (Linty / Thedy; domestic abuse by a brewery
worker, a boy of 9, a grandmother in Gressoney, a MARAC); a white British girl of 15 in Pateley Bridge (Pickersgill / Raw; going
missing to Harrogate, criminal exploitation, a stepfather); a white British and Polish family in Summerbridge (Dawson /
Kowalczyk; a young carer of 11, a mother with MS, a father in Leeds); a white British forces family in Harmby near Leyburn
(Ellwood / Brennan; a boy of 14 self-harming, a father at Catterick Garrison deployed abroad, CAMHS); and a mother in
Glasshouses near Pateley Bridge drinking (Verity / Sunderland; a girl of 7, a father in Ripon). The community named here,
Walser (Gressoney, Aosta Valley, Italy), did not appear in any earlier docstring searched (Polish is not claimed as new).

24 documents, each with its own style label: a health visitor's home visit note, a nan's texts typed up, an OCR'd GP letter
(with its misreadings), child protection conference minutes; a police domestic abuse attendance log, a mother's letter in
Italian with the interpreter's translation, a child's worksheet in Titsch and English, a MARAC referral; a police missing person
log, Snapchat messages typed up, strategy discussion minutes, a return home interview; a young carer's own writing, a young
carers assessment, a social worker's note of a phone call in Polish through an interpreter, a GP's email; a school safeguarding
log, a mother's email, a young person's own words, a CAMHS letter; a MASH referral, a mother's voice note transcribed, a child's
voice recorded at school, child in need meeting minutes.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names are real or plausible streets of those towns, with invented numbers). Phones are valid (phonenumbers), UK and foreign
(Italy +39, Poland +48); NHS numbers and UPNs pass their check digits. Organisations stay unmarked ("North Yorkshire Police",
"Harrogate District Hospital", "Central Wensleydale Surgery", "Carers' Resource", "IDAS", "North Yorkshire Horizons",
"Nidderdale Plus", "Language Line", "HMP Durham", "Shout"); towns, villages, districts and estates are marked as places.

Markup and conventions: those of bench/redaction_set213.py (set 181's). Titles and kinship words stay outside a name (Mr, Mrs,
Dr, PC, PCSO, DC, Sgt, Capt, SW, HV, IDVA, Sister, nan, nana, mam, grandad, papa, mama, and the Walser "Grossmama" and Polish
"babcia", which are not marked); "SURNAME, First" is one span; countries and regions ("Italy", "Estonia", "North Yorkshire",
"Wensleydale") are not places; languages ("Titsch", "Walser German", "Italian") are not marked; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("jess:", "kaz:"); a pet's name ("Bruno", "Pepper", "Bärli",
"Fudge", "Smudge", "Tyson") is marked as a name; a place named by its town in lower-case words ("Masham surgery", "Pateley
Bridge library", "Glasshouses school", "Leyburn hub", "CAMHS - Northallerton") marks the town; "Catterick Garrison" is a
place; a month or year alone ("January", "October", "2022") is a date; a weekday before a date stays outside it; an Italian
date ("29 ottobre 2026") is a date; "McD" (a restaurant) is not a name; in the OCR'd letter the NHS number and phone are
kept without misreadings (the checker wants valid check digits) while names, places, the address and dates are misread
("Kay1eigh", "Leybum", "l2 Thornborough CIose", "l9 November 2O26"); a possessive "'s" stays outside a name, but a chat's
run-together possessive ("kayleighs", "chloes") is one span; a diminutive ("Oskarek", "zosia", "Emi") is a name.

Size: 892 gold spans (507 names), close to the about 900 (about 500 names) asked for; written within the time given.

Self-check without the detector: `python -m bench.redaction_set232` (and tests/test_redaction_set232.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 892 gold spans, 507 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Harker / Metcalfe family (white British), Leyburn ------------------------------------------------------------------

HOME_A = d.Address("12 Thornborough Close", "Leyburn", "Leyburn", "DL8 5QR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Metcalfe")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["4131144263", "E815495894634"],
       schools=["Leyburn Primary School"]),
    _p("s", "sibling", [("Ruby", "Harker")], dt.date(2025, 9, 3), addresses=[HOME_A], ids=["2815455137"]),
    _p("m", "mother", [("Kayleigh", "Harker")], dt.date(2000, 1, 22), addresses=[HOME_A], phones=["07812 406 913"]),
], "c")

DOCS_A = [
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT RECORD
Child: [[HARKER, Ruby|name]]   DOB [[03/09/2025|dob]]   NHS [[281 545 5137|nhs]]
Mother: [[Kayleigh Harker|name]]   tel [[07812 406 913|phone]]   [[12 Thornborough Close|address]], [[Leyburn|place]] [[DL8 5QR|postcode]]
HV: [[Gillian Swale|name]]   Date: [[18/11/2026|date]]

Visit to see [[Ruby|name]] for her 1 year review (missed on [[2 Oct|date]] and [[23rd October|date]]). [[Kayleigh|name]] answered
in her dressing gown at 11.20. [[Tyler|name]] ([[Ty|name]]) not at school, said he had "a belly ache". Kitchen: pots, dog mess by
the back door (dog called [[Bruno|name]]). [[Ruby|name]] weighed 8.1kg, dropped from the 50th to the 9th centile.
[[Kayleigh|name]] says her partner [[Shane|name]] ([[Shane Dinsdale|name]]) is "hardly there" and works at the quarry at
[[Redmire|place]]. Nan [[Lorraine Harker|name]] lives at [[4 Kirkgate|address]], [[Middleham|place]] [[DL8 4PE|postcode]] and helps
on Fridays. Neighbour Mrs [[Atkinson|name]] at [[no. 14|address]] came round while I was there and said she hears
[[Ruby|name]] crying "till all hours".
Plan: GP review with Dr [[Raine|name]]; referral to early help ([[Steph\nCalvert|name]], [[Leyburn|place]] hub); revisit
[[25/11/2026|date]].
Next of kin on the red book: [[Lorraine|name]] [[01969 624 815|phone]].
Addendum [[25/11/2026|date]]: revisit. [[Kayleigh|name]] out; [[Tyler|name]] opened the door with [[Ruby|name]] on his hip. Mrs
[[Atkinson|name]] from next door ([[Jean Atkinson|name]], [[14 Thornborough Close|address]]) came over and rang [[Kayleigh|name]], who
came back from the Co-op with her friend [[Mel|name]]. [[Shane|name]]'s van [[YJ18 KWT|vehicle]] was parked on [[Railway Street|address]].
Discussed with SW [[Owen Fothergill|name]] the same day. [[Ruby|name]] 7.9kg.
"""),
    ("nan's text messages typed up by the social worker", """Texts from [[Lorraine Harker|name]] (nan) to SW [[Owen Fothergill|name]],
copied [[30/11/26|date]]

Thu [[26 Nov|date]] 18:12  hiya its [[lorraine|name]] [[kayleighs|name]] mam. ive got [[ty|name]] here in [[middleham|place]] again
Thu [[26 Nov|date]] 18:14  she rang me from [[shanes|name]] mates in [[catterick|place]] off her face. baby with her
Thu [[26 Nov|date]] 18:40  [[tyler|name]] says he had crisps for tea yesterday and [[shane|name]] shouted at him
Fri [[27 Nov|date]] 08:05  took him to school in [[leyburn|place]], told mrs [[bell|name]] on the gate
Fri [[27 Nov|date]] 13:30  [[kayleigh|name]] back at [[thornborough close|address]] now. her friend [[mel|name]] from [[harmby|place]] is
with her
Sat [[28 Nov|date]] 10:02  [[shane|name]] drives a blue transit [[YJ18 KWT|vehicle]] if u need it. he parks it up by the co op
Sat [[28 Nov|date]] 10:03  his brother [[craig dinsdale|name]] lives at [[wensley|place]] i think
Sun [[29 Nov|date]] 19:55  [[ty|name]] wants to stay till xmas. he said nanny i like ur house its warm
Sun [[29 Nov|date]] 19:56  my landline is [[01969 624 815|phone]] the mobile is rubbish up here
Mon [[30 Nov|date]] 07:30  [[owen|name]] can u ring me. [[kayleigh|name]] says [[ruby|name]] has a cold and shes keeping [[ty|name]] off
Mon [[30 Nov|date]] 07:31  i said no hes going to school. mrs [[atkinson|name]] next door says [[shane|name]] was there all weekend
Mon [[30 Nov|date]] 16:45  [[ty|name]] back at mine. [[kayleigh|name]] gone to [[bedale|place]] with [[mel|name]]
"""),
]


# --- B. Linty / Thedy family (Walser, from Gressoney-Saint-Jean, Aosta Valley, Italy), Masham ------------------------------

HOME_B = d.Address("5 Millgate Court", "Masham", "Ripon", "HG4 4EQ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Emil", "Linty")], dt.date(2017, 4, 28), addresses=[HOME_B], ids=["4772966919", "D815519315492"],
       schools=["Masham Church of England Primary School"]),
    _p("m", "mother", [("Monica", "Thedy")], dt.date(1988, 8, 15), addresses=[HOME_B], phones=["07934 518 270"]),
    _p("f", "father", [("Ivo", "Linty")], dt.date(1984, 2, 6), addresses=[HOME_B], phones=["07565 302 847"]),
], "c")

DOCS_B = [
    ("police domestic abuse attendance log", """NORTH YORKSHIRE POLICE - DOMESTIC ABUSE ATTENDANCE   Ref NYP-20261024-0117
Date/time: Sat [[24/10/2026|date]] 22:31   Location: [[5 Millgate Court|address]], [[Masham|place]] [[HG4 4EQ|postcode]]
Victim: [[THEDY, Monica|name]] DOB [[15/08/1988|dob]] tel [[07934 518 270|phone]]
Suspect: [[LINTY, Ivo|name]] DOB [[06/02/1984|dob]] tel [[07565 302 847|phone]] NI [[PR 63 18 47 B|ni]]
Child present: [[Emil|name]] ("[[Emi|name]]") aged 9.
Attending: PC [[Brough|name]] and PCSO [[Hannah\nLeeming|name]]. Call made by neighbour Mr [[Keith Pybus|name]] ([[no. 7|address]]).
Account: [[Monica|name]] says [[Ivo|name]] came back from the brewery in [[Masham|place]] and pushed her into the door frame, then
pulled her hair. [[Emil|name]] rang his grandmother [[Margherita Thedy|name]] in [[Gressoney-Saint-Jean|place]]
([[+39 0125 355 218|phone]]) and spoke in Titsch.
[[Ivo|name]] arrested, taken to [[Harrogate|place]] custody. His van, a white Vivaro [[YB70 HZN|vehicle]], left in the square.
Bail address: [[Flat 3, 22 Silver Street|address]], [[Masham|place]] (his cousin [[Remo Squindo|name]]).
Previous: [[3/7/2026|date]] argument, no offence (PC [[Brough|name]]). DASH: medium. Referral to IDVA [[Jo Calvert|name]].
[[Emil|name]] told PCSO [[Leeming|name]]: "papa was hurting mama, Grossmama said to ring you."
Child's school: [[Masham Church of England Primary School|school]]. DSL [[Graham Dent|name]] informed by email
[[graham.dent@masham.n-yorks.sch.uk|email]] on [[26/10/2026|date]]. Operation Encompass notice sent.
[[Monica|name]]'s friend [[Lucia Ferraro|name]] ([[07771 046 329|phone]]) from [[Fearby|place]] stayed the night.
"""),
    ("mother's letter in Italian translated by an interpreter", """Lettera di [[Monica Thedy|name]] alla assistente sociale
[[Sarah Iveson|name]], [[29 ottobre 2026|date]]

Cara [[Sarah|name]], sono [[Monica|name]], la mamma di [[Emil|name]]. Vivo a [[Masham|place]] da due anni. [[Ivo|name]] non è più
a casa, è da suo cugino [[Remo|name]] in [[Silver Street|address]]. Voglio tornare a [[Gressoney|place]] da mia madre [[Margherita|name]]
con [[Emil|name]] per Natale. Mia sorella [[Elena Thedy|name]] vive a [[Aosta|place]], il suo numero è [[+39 347 281 6093|phone]].

Translation (by [[Paola Ricci|name]], interpreter, [[30/10/2026|date]]):
"Dear [[Sarah|name]], I am [[Monica|name]], [[Emil|name]]'s mum. I have lived in [[Masham|place]] for two years. [[Ivo|name]] is not
at home any more, he is at his cousin [[Remo|name]]'s in [[Silver Street|address]]. I want to go back to [[Gressoney|place]] to my
mother [[Margherita|name]] with [[Emil|name]] for Christmas. My sister [[Elena Thedy|name]] lives in [[Aosta|place]], her number
is [[+39 347 281 6093|phone]]."
Interpreter's note: "Grossmama" is what [[Emil|name]] calls [[Margherita|name]] (Walser German, Titsch). [[Monica|name]]'s email:
[[monica.thedy88@libero.it|email]].
P.S. (in the letter): "[[Lucia|name]] di [[Fearby|place]] mi aiuta. Il papà di [[Ivo|name]], [[Aldo Linty|name]], vive a
[[Gressoney-La-Trinité|place]]." (Translation: "[[Lucia|name]] from [[Fearby|place]] helps me. [[Ivo|name]]'s dad, [[Aldo Linty|name]],
lives in
[[Gressoney-La-Trinité|place]].")
"""),
]


# --- C. Pickersgill / Raw family (white British), Pateley Bridge, a girl of 15 missing ----------------------------------

HOME_C = d.Address("31 Ashfield Rise", "Pateley Bridge", "Harrogate", "HG3 5HT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jessica", "Pickersgill")], dt.date(2011, 2, 17), addresses=[HOME_C], ids=["4152079568", "F815354817359"],
       schools=["Nidderdale High School"]),
    _p("m", "mother", [("Donna", "Pickersgill")], dt.date(1983, 5, 30), addresses=[HOME_C], phones=["07481 290 653"]),
    _p("o", "stepfather", [("Gary", "Raw")], dt.date(1979, 10, 2), addresses=[HOME_C], phones=["07723 815 064"]),
], "c")

DOCS_C = [
    ("police missing person log", """MISSING PERSON REPORT - North Yorkshire Police   Log 0743 of [[14/11/2026|date]]
Missing: [[PICKERSGILL, Jessica|name]] ("[[Jess|name]]") DOB [[17/02/2011|dob]], 15 yrs, [[31 Ashfield Rise|address]],
[[Pateley Bridge|place]] [[HG3 5HT|postcode]]
Reported by: mother [[Donna Pickersgill|name]] [[07481 290 653|phone]] at 23:10. Stepdad [[Gary Raw|name]] [[07723 815 064|phone]].
Last seen 16:30 at the bus stop on the High Street with [[Chloe Hebden|name]] (14) from [[Glasshouses|place]], getting the 24 to
[[Harrogate|place]]. Believed to be with "[[Kaz|name]]" (aged about 20, real name [[Karim|name]]?) who drives a silver Corsa
[[YD19 OPL|vehicle]]. Known addresses for [[Kaz|name]]: [[Flat 6, 40 Dragon Parade|address]], [[Harrogate|place]] [[HG1 5DA|postcode]].
Previous missing episodes: [[2/10/2026|date]] (found in [[Knaresborough|place]]), [[20/10|date]] (found at [[Ripon|place]] bus station).
15 Nov 01:40: [[Jess|name]] found by PC [[Almond|name]] at [[Harrogate|place]] station with [[Chloe|name]]. Taken home. RHI
by [[Becky Thwaite|name]] (return home worker, Nidderdale Plus). Sergeant: Sgt [[Whitaker|name]].
Description: white female, 5'4", long dark hair, grey [[Nidderdale High School|school]] hoodie. Friends: [[Tegan Blakey|name]],
[[Chloe Hebden|name]], [[Shannon Hebden|name]]. School DSL [[Fiona Abbott|name]] (school office
[[01423 755 318|phone]]).
"""),
    ("snapchat messages typed up from screenshots", """Screenshots given by [[Donna|name]] to SW [[Amir Haq|name]] on [[16/11/2026|date]]
(usernames not copied). Typed as they appear.

[[jess|name]]: where r u
[[kaz|name]]: harrogate come down, [[ryan|name]] picking u up in [[pateley|place]] at 5
[[jess|name]]: mam wont let me out after wat happened
[[kaz|name]]: tell her ur at [[chloes|name]] in [[glasshouses|place]] lol
[[jess|name]]: ok. can [[chlo|name]] come
[[kaz|name]]: ye. bring the bag from [[dacre banks|place]] to [[dragon parade|address]] dont open it
[[chloe|name]]: [[jess|name]] ur mam is ringing my mam
[[jess|name]]: ignore. [[gary|name]] is kicking off
[[kaz|name]]: my new number is [[07456 219 830|phone]] delete the old one
[[jess|name]]: ok x see u on sat
SW note: "[[ryan|name]]" may be [[Ryan Slinger|name]], known to police, [[Starbeck|place]]. [[Kaz|name]]'s old number was
[[07867 304 215|phone]]. The "bag" is being looked at by DC [[Pounder|name]].
[[chloe|name]]: [[shannon|name]] says [[ryan|name]] is at [[bilton|place]] 2nite
[[jess|name]]: tell [[shan|name]] ill meet her at [[knaresborough|place]] station
"""),
]


# --- D. Dawson / Kowalczyk family (white British and Polish), Summerbridge, a young carer of 11 ---------------------------

HOME_D = d.Address("2 Low Green Cottages", "Summerbridge", "Harrogate", "HG3 4JN")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Oskar", "Kowalczyk")], dt.date(2015, 9, 19), addresses=[HOME_D], ids=["2864032058", "M815800607045"],
       schools=["Summerbridge Community Primary School"]),
    _p("m", "mother", [("Natalie", "Dawson")], dt.date(1986, 3, 4), addresses=[HOME_D], phones=["07415 728 390"]),
    _p("s", "sibling", [("Zofia", "Kowalczyk")], dt.date(2021, 12, 8), addresses=[HOME_D], ids=["0055313043"]),
], "c")

DOCS_D = [
    ("young carer's own writing", """my life by [[Oskar Kowalczyk|name]] age 11

i live in [[summerbridge|place]] with mum [[natalie|name]] and my little sister [[zosia|name]]. mum has MS and some days her legs
dont work. i do the tea and i put [[zofia|name]] to bed. my dad [[tomasz|name]] lives in [[leeds|place]] with [[agata|name]] and i
see him at easter. my babcia [[halina|name]] is in [[krakow|place]] and she rings on sundays.
my best friend is [[alfie|name]] from [[dacre|place]] and we go on the bikes to [[pateley|place]]. i want to go to the young
carers trip to [[scarborough|place]] with [[alfie|name]].
mrs [[hardcastle|name]] says i can phone mum at dinner time. sometimes i am tired in maths.
i like our dog [[pepper|name]]. she is a spaniel.
Written with [[Kirsty Brear|name]] (young carers worker) on [[9/11/2026|date]]. [[Oskar|name]] asked that "[[Osk|name]]" is used.
my dads number is [[07588 402 961|phone]] but i dont ring it much. [[agata|name]] is ok she makes pierogi.
when mum is in hospital in [[harrogate|place]] we go to nanny [[sandra|name]] at [[bewerley|place]].
"""),
    ("young carers assessment summary", """YOUNG CARERS ASSESSMENT - Carers' Resource
Young carer: [[KOWALCZYK, Oskar|name]]   DOB [[19/09/2015|dob]]   UPN [[M815800607045|upn]]   NHS [[286 403 2058|nhs]]
School: [[Summerbridge Community Primary School|school]]. Address: [[2 Low Green Cottages|address]], [[Summerbridge|place]],
[[HG3 4JN|postcode]]. Assessed by [[Kirsty Brear|name]] on [[12 November 2026|date]].
Cared for: mum [[Natalie Dawson|name]] ([[07415 728 390|phone]]; MS, neurologist Dr [[Fawcett|name]] at Harrogate District Hospital).
Sister [[Zofia Kowalczyk|name]] ([[08/12/2021|dob]]) at nursery in [[Pateley Bridge|place]].
Father [[Tomasz Kowalczyk|name]], [[17 Harehills Lane|address]], [[Leeds|place]] [[LS8 5HR|postcode]], tel [[07588 402 961|phone]].
Grandmother [[Halina Kowalczyk|name]] in [[Kraków|place]] ([[+48 601 234 567|phone]]). Maternal nan [[Sandra Dawson|name]] in
[[Bewerley|place]] helps two afternoons.
Tasks: cooking, bathing [[Zofia|name]], lifting mum's legs into bed, ringing the pharmacy in [[Pateley|place]].
Plan: respite with [[Sandra|name]]; trip to [[Scarborough|place]] on [[6 June 2027|date]]; Mrs [[Hardcastle|name]]
([[k.hardcastle@summerbridge.n-yorks.sch.uk|email]]) to allow a phone call at lunch. Review [[12 May 2027|date]].
Other support: [[Oskar|name]]'s friend [[Alfie Gill|name]]'s family in [[Dacre|place]]; neighbour Mrs [[Brayshaw|name]] at
[[no. 3|address]]. Young carers group on Wednesdays at [[Pateley Bridge|place]] with [[Kirsty|name]] and [[Jake Moorhouse|name]].
[[Oskar|name]]'s words: "I want mum to get better and [[Zosia|name]] to stop crying."
"""),
]


# --- E. Ellwood / Brennan family (white British, a forces family), Harmby near Leyburn, a boy of 14 self-harming -----------

HOME_E = d.Address("8 Spennithorne Road", "Harmby", "Leyburn", "DL8 5PF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Callum", "Ellwood")], dt.date(2012, 7, 25), addresses=[HOME_E], ids=["4633783114", "V815499695810"],
       schools=["The Wensleydale School"]),
    _p("m", "mother", [("Becky", "Ellwood")], dt.date(1985, 11, 12), addresses=[HOME_E], phones=["07530 912 648"]),
    _p("f", "father", [("Sean", "Brennan")], dt.date(1982, 4, 9), addresses=[HOME_E], phones=["07946 385 127"]),
], "c")

DOCS_E = [
    ("school safeguarding log", """THE WENSLEYDALE SCHOOL - SAFEGUARDING LOG (CPOMS export)
Student: [[ELLWOOD, Callum|name]]   Y10   DOB [[25.07.2012|dob]]   UPN [[V815499695810|upn]]
[[05/10/2026|date]] Form tutor Mr [[Lambert|name]]: [[Callum|name]] had cuts on his left forearm, said the cat did it.
[[06/10/2026|date]] DSL [[Angela Terry|name]] spoke to [[Callum|name]]: says he cuts "when dad's away and mum's crying".
Dad [[Sean Brennan|name]] is at [[Catterick Garrison|place]], deployed to Estonia till [[January|date]].
[[08/10/2026|date]] Mum [[Becky Ellwood|name]] rang ([[07530 912 648|phone]]), upset; she is seeing Dr [[Metcalfe|name]] at the surgery.
[[13/10/2026|date]] [[Callum|name]] seen by school nurse [[Yvonne Kirkbride|name]]; CAMHS referral sent.
[[19/10/2026|date]] Friend [[Noah Spence|name]] told Mrs [[Terry|name]] that [[Cal|name]] posted "cant do this" at 1am.
[[20/10|date]] Home visit with PCSO [[Danby|name]] to [[8 Spennithorne Road|address]], [[Harmby|place]]. [[Callum|name]] safe.
[[2/11/2026|date]] [[Callum|name]]'s girlfriend [[Millie Alderson|name]] from [[Bellerby|place]] worried about him.
[[16.11.26|date]] CAMHS appointment at [[Northallerton|place]] on the [[24th|date]]. Nan [[Jean Ellwood|name]] ([[West Witton|place]])
to take him.
[[1/12/2026|date]] [[Callum|name]] said he wants to talk to Mr [[Lambert|name]] only. Safety plan shared.
[[3/12/2026|date]] [[Callum|name]] and [[Noah|name]] caught vaping behind the sports hall by Mr [[Hutchinson|name]]. [[Cal|name]]
said he got it from a lad in [[Middleham|place]], "[[Deano|name]]". Mum informed.
[[4/12/2026|date]] Grandad [[Ken Ellwood|name]] collected [[Callum|name]] (on the list). [[Millie Alderson|name]]'s mum rang:
[[Millie|name]]
worried again. Spoke to [[Callum|name]] with [[Niamh Gallagher|name]] (CAMHS).
"""),
    ("mother's email to the social worker", """From: [[becky.ellwood85@outlook.com|email]]
To: [[lucy.chapman@northyorks.gov.uk|email]]
Date: Mon [[23 Nov 2026|date]] 07:14
Subject: [[Callum|name]]

Hi [[Lucy|name]],
Sorry to email so early. [[Cal|name]] was up all night again, I found him in the bathroom at 3. [[Sean|name]] rang from
Estonia and [[Callum|name]] wouldn't speak to him. His nan [[Jean|name]] is coming over from [[West Witton|place]] today.
Please can someone ring me on [[07530 912 648|phone]] not the house phone ([[01969 650 372|phone]]) as the signal in [[Harmby|place]]
is awful. The welfare officer at [[Catterick|place]] is Capt [[Rowan Bellamy|name]] if you need him.
I've told Mrs [[Terry|name]] at school. [[Millie|name]]'s mum [[Sue Alderson|name]] has been good too.
Thanks, [[Becky|name]]
PS [[Callum|name]]'s new number is [[07481 290 731|phone]] if you want to text him. His mate [[Noah|name]]'s mum is [[Kerry Spence|name]],
[[Leyburn|place]].
"""),
]


# --- F. Verity / Sunderland family (white British), Glasshouses near Pateley Bridge, a mother's drinking ------------------

HOME_F = d.Address("6 Lupton Row", "Glasshouses", "Harrogate", "HG3 5QX")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Sunderland")], dt.date(2019, 1, 30), addresses=[HOME_F], ids=["2467117928", "R815882546513"],
       schools=["Glasshouses Community Primary School"]),
    _p("m", "mother", [("Leanne", "Verity")], dt.date(1992, 6, 18), addresses=[HOME_F], phones=["07852 193 476"]),
    _p("f", "father", [("Jordan", "Sunderland")], dt.date(1990, 9, 27), addresses=[HOME_F], phones=["07398 641 702"]),
], "c")

DOCS_F = [
    ("MASH referral", """MASH REFERRAL FORM - received [[7 November 2026|date]] 10:42
Child: [[Poppy Sunderland|name]]   DOB [[30/01/2019|dob]]   NHS [[246 711 7928|nhs]]   UPN [[R815882546513|upn]]
Address: [[6 Lupton Row|address]], [[Glasshouses|place]], [[HG3 5QX|postcode]]
Mother: [[Leanne Verity|name]] [[07852 193 476|phone]]. Father: [[Jordan Sunderland|name]] (lives in [[Ripon|place]],
[[14 Bondgate|address]] [[HG4 1QA|postcode]]).
Referrer: [[Helen Gill|name]], headteacher, [[Glasshouses Community Primary School|school]].
Concern: on [[6/11/2026|date]] [[Leanne|name]] came to collect [[Poppy|name]] smelling strongly of alcohol and fell on the steps.
Staff member Mrs [[Pawson|name]] walked them home. [[Poppy|name]] said "mummy drinks the red juice then sleeps on the floor".
A man called "[[Dazza|name]]" ([[Darren Hird|name]]?) was at the house. Neighbour Mrs [[Holmes|name]] says he drives a red pickup
[[YC66 RTU|vehicle]].
Previous: [[Leanne|name]] was drink driving in [[Pateley Bridge|place]] in [[March 2026|date]] (police). Nan [[Carol Verity|name]] in
[[Darley|place]] helps. [[Jordan|name]] has [[Poppy|name]] alternate weekends.
MASH decision ([[Tariq Mahmood|name]], [[8/11/2026|date]]): strategy discussion not needed; single assessment, SW [[Amir Haq|name]].
Other children in the house: none. [[Poppy|name]]'s half-brother [[Kian Verity|name]] (16) lives with his dad [[Neil Lofthouse|name]]
in [[Knaresborough|place]]. Known to GP Dr [[Whitham|name]] at the [[Pateley Bridge|place]] surgery.
"""),
    ("mother's voice note transcribed", """Voice note from [[Leanne Verity|name]] to SW [[Amir Haq|name]], [[21/11/2026|date]] 02:13,
transcribed by
business support ([[Kath Bland|name]]) on [[23/11|date]]

"[[Amir|name]] it's [[Leanne|name]]. I know it's late. [[Jordan|name]]'s took [[Poppy|name]] to [[Ripon|place]] and he won't give her
back till Monday, he says I'm drunk. I'm not drunk, I've had two glasses. Me mam says I should ring you. [[Dazza|name]]'s
gone anyway, I told him, I said don't come back to [[Glasshouses|place]]. Can you ring me, [[07852 193 476|phone]], or me mam on
[[01423 711 385|phone]]. And tell Mrs [[Gill|name]] [[Poppy|name]] won't be in on Monday, [[Jordan|name]] lives in [[Ripon|place]] and
he's got no car. I love her, [[Amir|name]]. [inaudible] [[Poppy|name]]'s nana [[Pauline Sunderland|name]] in [[Bishop\nMonkton|place]]
is the one putting ideas in his head."
Second voice note, 02:20: "...and [[Carol|name]]'s - me mam's - in [[Darley|place]], she'll have [[Poppy|name]] Tuesdays. [[Kian|name]]
can come over from [[Knaresborough|place]]. Sorry [[Amir|name]]."
"""),
]


DOCS_A += [
    ("GP letter scanned with OCR misreadings", """CENTRAL WENSLEYDALE SURGERY  (scanned, OCR text, not corrected)
[[l9 November 2O26|date]]
Dear Mr [[Fotherglll|name]]
Re: [[HARKER, Ruby|name]]  DOB [[O3/O9/2O25|dob]]  NHS No [[281 545 5137|nhs]]
   [[l2 Thornborough CIose|address]], [[Leybum|place]], [[DL8 5QR|postcode]]
I saw [[Ruby|name]] with her mother [[Kay1eigh Harker|name]] on [[l8.ll.26|date]] after the HV, [[GiIlian Swale|name]], asked
me to. [[Ruby|name]] is underweight and had a nappy rash to the thighs. Her brother [[Ty1er Metcalfe|name]] ([[ll/O6/2Ol9|dob]])
was present and looked pale; he has missed his asthma review twice.
[[Kayleigh|name]] tells me her partner [[Shane Dinsda1e|name]] does not live with them. She has been prescribed sertraline by
my colleague Dr [[0ldroyd|name]].
I have asked the practice nurse, Sister [[Pratt|name]], to weigh [[Ruby|name]] weekly at the [[Ley\nburn|place]] branch.
Yours sincerely, Dr [[A. Raine|name]], GP
cc HV [[Gillian Swale|name]]; [[Kayleigh Harker|name]], [[12 Thornborough Close|address]]
Page 2 (OCR): [[Kay1eigh|name]] gave her mother [[L0rraine Harker|name]], [[4 Kirkgate|address]], [[Midd1eham|place]], as next of kin,
tel [[01969 624 815|phone]]. Next review [[l7 Dec|date]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[10 December 2026|date]], [[Leyburn|place]]
Community Office
Children: [[Tyler Metcalfe|name]] ([[11/06/2019|dob]], UPN [[E815495894634|upn]], NHS [[413 114 4263|nhs]]) and [[Ruby Harker|name]]
([[3 September 2025|dob]]).
Chair: [[Deborah Lund|name]]. Present: [[Kayleigh Harker|name]] (mother), [[Lorraine Harker|name]] (maternal grandmother),
SW [[Owen Fothergill|name]], HV [[Gillian Swale|name]], Mrs [[Bell|name]] (DSL, [[Leyburn Primary School|school]]), PC [[Ferrand|name]].
Apologies: Dr [[Raine|name]] (report sent), [[Steph Calvert|name]] (early help).
[[Owen|name]] summarised: [[Tyler|name]] stayed with his nan in [[Middleham|place]] six nights in November. [[Ruby|name]]'s weight
has dropped. [[Shane Dinsdale|name]] was seen at the house on [[1/12|date]] and [[5 December|date]] by Mrs [[Atkinson|name]].
[[Shane|name]] has a conviction for assault in [[Richmond|place]] ([[2022|date]]); PC [[Ferrand|name]] confirmed his van
[[YJ18 KWT|vehicle]].
[[Kayleigh|name]] said [[Shane|name]] is "just a mate" and that her friend [[Mel Scaife|name]] from [[Harmby|place]] will help.
[[Lorraine|name]] said she can have [[Ty|name]] Mon to Fri; she lives at [[4 Kirkgate|address]], [[Middleham|place]].
Decision: both children subject to child protection plans under neglect. Core group [[17/12/2026|date]] at [[Leyburn|place]].
Lead SW: [[Owen Fothergill|name]] ([[owen.fothergill@northyorks.gov.uk|email]], [[01969 624 815|phone]] is nan's, not his).
Contingency: if [[Kayleigh|name]] does not engage, [[Tyler|name]] and [[Ruby|name]] to stay with [[Lorraine Harker|name]] under a
safety plan. [[Kayleigh|name]]'s sister [[Danielle Harker|name]] in [[Hawes|place]] ([[07481 620 395|phone]]) is also a possible carer.
[[Tyler|name]]'s father [[Liam Metcalfe|name]] is in HMP Durham; no contact.
"""),
]

DOCS_B += [
    ("child's worksheet in Titsch and English", """Worksheet: "My family" - [[Emil Linty|name]], Year 5,
[[Masham Church of England Primary School|school]]
[[3/11/2026|date]]

Ich heisse [[Emil|name]]. I am from [[Gressoney|place]] in the mountains. My mama is [[Monica|name]] and my papa is [[Ivo|name]].
Mini Grossmama heisst [[Margherita|name]], sch'wohnt z [[Gressoney-Saint-Jean|place]]. (My granny is called [[Margherita|name]],
she lives in [[Gressoney-Saint-Jean|place]].) My aunt [[Elena|name]] lives in [[Aosta|place]] and has a dog called [[Bärli|name]].
My best friends are [[Harry Gaunt|name]] and [[Isla|name]]. We go to the river at [[Masham|place]] and to [[Ripon|place]] on the bus.
Papa's cousin is [[Remo|name]]. I don't like when papa shouts.
Teacher's note (Miss [[Wilkinson|name]]): [[Emil|name]] quiet after writing this. Told DSL [[Graham Dent|name]] [[3/11|date]].
[[Harry|name]]'s mum Mrs [[Gaunt|name]] offered to have [[Emil|name]] after school on Thursdays. [[Emil|name]] drew
[[Margherita|name]], [[Elena|name]] and a cable car.
Page 2: At Christmas we go to [[Gressoney|place]] on the train from
[[Milano|place]]. [[Remo|name]] and [[Ivo|name]] work at the brewery. My friend in [[Gressoney|place]] is [[Luca Favre|name]].
"""),
    ("MARAC referral", """MARAC REFERRAL - North Yorkshire   Received [[2 November 2026|date]]
Victim: [[Monica Thedy|name]]   DOB [[15.08.1988|dob]]   [[5 Millgate Court|address]], [[Masham|place]], [[HG4 4EQ|postcode]]
Safe number: [[07934 518 270|phone]] (texts only). Language: Italian; [[Monica|name]] also speaks Titsch and German.
Perpetrator: [[Ivo Linty|name]]   DOB [[6 February 1984|dob]]   NI [[PR631847B|ni]]   staying at [[22 Silver Street|address]],
[[Masham|place]] with [[Remo Squindo|name]] (tel [[07903 552 184|phone]]).
Children: [[Emil Linty|name]] ([[28/04/2017|dob]]), NHS [[477 296 6919|nhs]], UPN [[D815519315492|upn]].
Referrer: IDVA [[Jo Calvert|name]], IDAS. DASH score 16.
Risk: [[Ivo|name]] has texted [[Monica|name]] 40 times since bail, including "you will not take [[Emil|name]] to Italy".
He was seen outside the school in [[Masham|place]] on [[30/10|date]] by [[Graham Dent|name]].
He has a brother [[Davide Linty|name]] in [[Turin|place]] ([[+39 340 917 2245|phone]]). His van [[YB70 HZN|vehicle]].
Actions: marker on the address; [[Monica|name]]'s mother [[Margherita Thedy|name]] to be contacted via interpreter [[Paola Ricci|name]];
school and GP (Dr [[Nelson|name]], [[Masham|place]] surgery) informed.
Agencies at MARAC ([[12/11/2026|date]]): PC [[Brough|name]] (police), [[Jo Calvert|name]] (IDAS), [[Sarah Iveson|name]] (children's
social care), [[Graham Dent|name]] (school), [[Fiona Ledger|name]] (housing). [[Remo Squindo|name]]'s landlord, Mr [[Thwaites|name]],
to be told of the bail conditions. [[Ivo|name]] banned from [[Millgate Court|address]] and from [[Masham|place]] market place.
"""),
]

DOCS_C += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (Teams) - [[17/11/2026|date]] 14:00
Child: [[Jessica Pickersgill|name]] ("[[Jess|name]]"), DOB [[17.02.2011|dob]], NHS [[415 207 9568|nhs]], UPN [[F815354817359|upn]]
Chair: [[Mark Sedgwick|name]] (team manager). Present: SW [[Amir Haq|name]]; DC [[Pounder|name]]; DSL [[Fiona Abbott|name]]
([[Nidderdale High School|school]]); school nurse [[Rachel Hird|name]]; RHI worker [[Becky Thwaite|name]].
Information: [[Jess|name]] missing three times since [[October|date]]. Found in [[Knaresborough|place]], [[Ripon|place]] and
[[Harrogate|place]]. Linked to "[[Kaz|name]]" - DC [[Pounder|name]] confirmed he is [[Karim Nasser|name]], 21, of
[[Dragon Parade|address]], [[Harrogate|place]]; his associate [[Ryan Slinger|name]] of [[Starbeck|place]] was stopped in
[[YD19 OPL|vehicle]]
on [[15 Nov|date]] with cannabis and £600.
[[Chloe Hebden|name]] (14, [[Glasshouses|place]]) also at risk; her mum [[Tanya Hebden|name]] informed.
[[Donna|name]] and [[Gary|name]] work shifts at the creamery in [[Pateley Bridge|place]]; [[Gary Raw|name]] has been "heavy-handed"
per [[Jess|name]]. [[Jess|name]]'s dad [[Martin Pickersgill|name]] lives in [[Skipton|place]], no contact since [[2023|date]].
Outcome: S47 single agency (police) / joint visit; NRM referral to be considered; disruption notice for [[Karim Nasser|name]].
Next review [[24 November 2026|date]]. Minutes by [[Gemma\nTodd|name]].
Actions: [[Amir|name]] to visit [[Jess|name]] at [[31 Ashfield Rise|address]] on [[18/11|date]] with DC [[Pounder|name]]; [[Fiona|name]] to
speak to [[Tegan Blakey|name]]'s parents ([[Darren|name]] and [[Louise Blakey|name]], [[Bewerley|place]]); [[Becky|name]] to do the RHI.
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Jess Pickersgill|name]] - with [[Becky Thwaite|name]], [[18/11/2026|date]], at
[[Pateley Bridge|place]] library
[[Jess|name]] said: "me and [[Chlo|name]] just wanted to go out. [[Kaz|name]] is sound, he buys us food at [[Harrogate|place]]
McD" (she means McDonald's).
[[Jess|name]] says she met [[Kaz|name]] through [[Ryan|name]] who "goes out with [[Chloe|name]]'s cousin [[Shannon|name]]" in
[[Dacre Banks|place]].
She said she stayed at a flat "over the chippy" on [[Dragon Parade|address]] and a house in [[Bilton|place]]. She would not say
whose. She has a new phone, number [[07429 618 035|phone]], which [[Kaz|name]] gave her.
She said [[Gary|name]] "grabbed my arm" on [[13 Nov|date]] and that her mam [[Donna|name]] "sides with him". She wants to live with
her nan [[Maureen Raw|name]] at [[19 Nidd Walk|address]], [[Pateley Bridge|place]] [[HG3 5NA|postcode]]? (nan is [[Gary|name]]'s mum -
check).
Best friend apart from [[Chloe|name]]: [[Tegan Blakey|name]] from [[Bewerley|place]].
[[Becky|name]]'s view: high risk of CCE. Shared with [[Amir|name]] and DC [[Pounder|name]] on [[18/11|date]].
[[Jess|name]] gave these names of older lads: "[[Tyler B|name]]", "[[Mo|name]]", "[[Jonno|name]]" - all in [[Harrogate|place]] or
[[Knaresborough|place]]. She said "[[Jonno|name]]" has a black BMW [[YE21 FGC|vehicle]].
"""),
]

DOCS_D += [
    ("social worker's case note of a phone call in Polish", """CASE NOTE - [[24/11/2026|date]] - SW [[Lewis Outhwaite|name]]
Phone call to [[Tomasz Kowalczyk|name]] ([[07588 402 961|phone]]) with interpreter [[Marta Nowicka|name]] (Language Line).
[[Tomasz|name]] said he lives in [[Leeds|place]] ([[Harehills|place]]) with his partner [[Agata Wróbel|name]] and works nights at a
warehouse in [[Wakefield|place]]. He sees [[Oskar|name]] and [[Zosia|name]] "when [[Natalie|name]] lets me". He could have the
children alternate weekends if [[Natalie|name]]'s mum [[Sandra|name]] drives them to [[Harrogate|place]].
He said his mother [[Halina|name]] in [[Kraków|place]] worries about [[Oskar|name]] doing "a woman's work". He asked for letters to
go to [[17 Harehills Lane|address]], [[LS8 5HR|postcode]], and emails to [[t.kowalczyk1984@wp.pl|email]].
Note: [[Tomasz|name]] called [[Oskar|name]] "[[Oskarek|name]]" throughout. His car [[YG15 WNM|vehicle]].
[[Tomasz|name]]'s brother [[Piotr Kowalczyk|name]] lives in [[Bradford|place]] ([[07481 553 207|phone]]). [[Marta Nowicka|name]]
translated "babcia" as grandma.
"""),
    ("GP email to the social worker", """From: Dr [[Priya Nandra|name]] <[[priya.nandra@nhs.net|email]]>
Sent: Tue [[1 Dec 2026|date]] 12:48
To: [[Lewis Outhwaite|name]]
Subject: [[Natalie Dawson|name]] ([[04/03/1986|dob]]) and children, [[Low Green Cottages|address]], [[Summerbridge|place]]

[[Lewis|name]],
I saw [[Natalie|name]] today. Her MS has relapsed and Dr [[Fawcett|name]] has started steroids. She is struggling with stairs.
[[Oskar|name]] ([[19/9/15|dob]]) came with her and answered most of my questions; I am worried about how much he is doing.
[[Zofia|name]] (NHS [[005 531 3043|nhs]]) is due her pre-school boosters.
I have referred to the community OT ([[Jan Whiteley|name]]) for a stair lift and to the district nurses at [[Pateley Bridge|place]].
[[Natalie|name]]'s mum [[Sandra Dawson|name]], [[3 Low Wood|address]], [[Bewerley|place]], tel [[01423 712 940|phone]] (number
given by [[Natalie|name]]).
Best wishes, [[Priya|name]]
PS [[Oskar|name]]'s friend's mum, [[Claire Gill|name]] of [[Dacre|place]], rang the surgery to say [[Oskar|name]] had told [[Alfie|name]] he
"does everything" at home.
"""),
]

DOCS_E += [
    ("young person's own words", """in my words - [[Callum Ellwood|name]] - with [[Lucy|name]] (SW), [[2/12/2026|date]]

its hard when dad is away. mum cries and i dont know what to do. [[noah|name]] and [[millie|name]] are the only ones who get it.
i cut because it makes the noise stop. i dont want to die. i like going to nans in [[west witton|place]], she has chickens and a
dog called [[Fudge|name]]. i like fishing at [[redmire|place]] with grandad [[ken|name]].
i dont want to go to [[northallerton|place]] for camhs, can it be at school. i want mr [[lambert|name]] there.
dad rang from estonia. i didnt want to talk. hes back in [[january|date]].
[[Lucy|name]]'s note: [[Callum|name]] agreed to a safety plan and to text Shout if he feels bad.
"""),
    ("CAMHS letter", """CAMHS - [[Northallerton|place]]   [[7 December 2026|date]]
Dear Mrs [[Ellwood|name]],
Re: [[Callum ELLWOOD|name]], DOB [[25/07/2012|dob]], NHS No. [[463 378 3114|nhs]], [[8 Spennithorne Road|address]], [[Harmby|place]],
[[Leyburn|place]] [[DL8 5PF|postcode]]
Thank you for bringing [[Callum|name]] on [[24 November|date]]. His nan, Mrs [[Jean Ellwood|name]], came too.
[[Callum|name]] told me (Dr [[Orla Kenny|name]]) that he began to cut in the summer when his father, [[Sean Brennan|name]],
was posted from [[Catterick Garrison|place]]. He has a good friend, [[Noah|name]], and a girlfriend, [[Millie|name]].
Plan: weekly sessions with [[Niamh Gallagher|name]] (CAMHS practitioner) at [[The Wensleydale School|school]] from [[8 January|date]].
Crisis line for [[Callum|name]]: [[0113 496 0572|phone]]. Copy to Dr [[Metcalfe|name]] and SW [[Lucy Chapman|name]].
Yours sincerely, Dr [[O. Kenny|name]]
School contact: DSL [[Angela Terry|name]], [[a.terry@wensleydale.n-yorks.sch.uk|email]]. [[Callum|name]]'s grandfather [[Ken Ellwood|name]]
may also bring him.
"""),
]

DOCS_F += [
    ("child's voice recorded at school", """[[Poppy|name]]'s voice - Year 2 - with Mrs [[Pawson|name]], [[25/11/2026|date]]

I live with mummy in [[Glasshouses|place]]. Daddy lives in [[Ripon|place]] near the big church. I like daddy's because nana
[[Pauline|name]] makes pancakes. Mummy sleeps on the sofa a lot. [[Dazza|name]] is loud. I have a cat called [[Smudge|name]].
My best friend is [[Evie|name]]. I want to go to [[Evie|name]]'s house in [[Summerbridge|place]].
Mrs [[Pawson|name]]'s note: [[Poppy|name]] drew a bottle and a sad face. She said "nana [[Carol|name]] in [[Darley|place]]" helps
with tea. [[Evie|name]]'s mum is [[Jade Firth|name]].
[[Poppy|name]] also said "[[Kian|name]] is my big brother, he lives in [[Knaresborough|place]]" and that [[Dazza|name]]'s dog is
called [[Tyson|name]].
"""),
    ("child in need meeting minutes", """CHILD IN NEED MEETING - [[Poppy Sunderland|name]] ([[30.1.2019|dob]]) - [[9 December 2026|date]],
[[Glasshouses|place]] school
Present: [[Leanne Verity|name]], [[Jordan Sunderland|name]], SW [[Amir Haq|name]], [[Helen Gill|name]] (head), [[Sam Raistrick|name]]
(alcohol service, North Yorkshire Horizons), nan [[Carol Verity|name]].
[[Leanne|name]] has started with [[Sam|name]]; 4 days sober. [[Darren Hird|name]] no longer visiting ([[Leanne|name]]); Mrs [[Holmes|name]]
says his pickup [[YC66 RTU|vehicle]] was outside on [[4/12|date]].
[[Jordan|name]] ([[07398 641 702|phone]]) will have [[Poppy|name]] Fri to Sun at [[14 Bondgate|address]], [[Ripon|place]]; his mother
[[Pauline Sunderland|name]] ([[Bishop Monkton|place]]) will help. [[Jordan|name]]'s NI [[NX 27 54 81 D|ni]] given for the
housing letter.
[[Carol|name]] ([[01423 711 385|phone]]) will have [[Poppy|name]] after school Tue and Thu in [[Darley|place]].
Next meeting [[13/01/2027|date]]. Minutes: [[Kath Bland|name]]. Email plan to [[leanneverity92@gmail.com|email]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 232 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:59 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "capt", "maj", "insp", "rev", "sw", "hv",
           "nurse", "sister", "our", "nan", "nana", "nanny", "gran", "granny", "grandad", "mum", "mummy", "mam", "dad", "daddy",
           "aunty", "auntie", "uncle", "aunt", "papa", "mama", "grossmama", "babcia", "idva"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "north yorkshire", "yorkshire", "wensleydale", "nidderdale", "italy", "aosta valley", "poland",
               "estonia", "the dales"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Grossmama", "babcia", "Sister Pratt") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
