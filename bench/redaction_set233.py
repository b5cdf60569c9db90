"""Set 233: a held-out hand-written set for the redaction detector, six invented families in Holmfirth, Saddleworth and the
villages of the Holme and Colne valleys (West Yorkshire and the Pennine edge), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set230.py to bench/redaction_set232.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, first two documents and its end: _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the lines of
bench/redaction_handwritten.py that show Records.party and HandSet's signature; set 181's docstring was not read (time was
short; set 213 follows its conventions and was copied). The docstrings of the earlier sets (not 230 to 232) were searched by
script for the towns and for candidate communities, printing only set numbers: none names Holmfirth, Saddleworth,
Slaithwaite, Meltham, Honley or Uppermill; none names Futuna or a Wallisian community (a grep -l of whole set files for "Wallis",
"Futuna", "Uvea" and
"Mata-Utu" printed only file names: "Wallis" stands in sets 107, 140 and 166, not in their docstrings). Phones were checked with the
phonenumbers library; NHS numbers and UPNs (LA 382 Kirklees, 353 Oldham) were made with python-stdnum. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Shorter than asked: the sitting had under half an hour, so this set has 24 documents but 856 gold spans (481 names), not the 900
(about 500
names) asked for; its later documents are short.

Six families: a young white British mother in Holmfirth with a girl of 7 and a boy of 2 (Haigh / Brook; neglect, domestic
abuse by a father now in Hade Edge); a Wallisian family from Wallis and Futuna ('Uvean and French speakers, by way of Nouméa
and Marseille) in Uppermill, Saddleworth (Tuugahala / Folituu; a boy of 14 hit with a belt); a girl of 15 in Marsden
(Lockwood; missing, criminal exploitation through Slaithwaite and Huddersfield); a baby in Meltham (Mellor / Sykes; a father
drinking, missed immunisations); a British Pakistani mother in Greenfield, Saddleworth with an autistic boy of 9
(Hussain / Akhtar; short breaks); and a boy of 10 in kinship care with his nan in Honley (Firth / Dyson; a mother misusing
drugs in Brockholes). The community named here, Wallisian (Wallis and Futuna, Oceania), did not appear in any earlier
docstring searched. 24 documents, each with its own style label: a MASH referral from a primary school, a health visitor's
home visit record, a mother's Facebook messages typed up, child protection conference minutes, a school safeguarding log,
strategy discussion minutes, a father's letter in French translated, a young person's own words, a police missing person
log, a return home interview, a Snapchat extract typed up, exploitation panel minutes, a GP letter, a social worker's home
visit case note, a father's texts typed up, a midwife's email, a child in need assessment, a mother's complaint email, a
short breaks application, an OCR'd paediatrician's letter (with its misreadings), a grandmother's voice note transcribed,
a kinship assessment chronology, a school safeguarding note and a mother's letter asking for contact.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Wallis and Futuna +681). Councils, police forces, hospitals, the practice,
the family hub and the panel's "Colne Valley cluster" are unmarked organisations; towns, villages and districts are real and
marked as places.

Markup and conventions: those of bench/redaction_set213.py (and so set 181). Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Miss, Dr, PC, PS, DS, DC, PCSO, Fr, Madame, nan, nana, uncle); "SURNAME, First" is one span; initials alone are
not marked; chat speaker labels ("kirsty:", "reece:", "kace:") are names, as in set 213; countries, territories and regions
("Wallis and Futuna", "New Caledonia", "West Yorkshire",
"the Holme Valley", "Colne Valley") are not places; an OCR misreading keeps its kind.

Choices this set had to make: "Nani" (a grandmother, in Urdu) is a kinship word and not marked; "Wallis" (the island) and
"Hahake" (its district) are places; "Saddleworth" is a place (a
district of villages); "slawit" (the local short form of Slaithwaite) is a place; "Meltham Mills" is a place; a rugby club,
a parish, a Co-op, a Tesco or a mill named by its town ("Saddleworth Rangers", "the Delph parish", "the Marsden Co-op
car park") marks the town alone; "Colne Valley High" and "St Chad's" are schools; pets ("Tyson", "Biscuit") are names;
a crossed-out guess at a name in the minutes ("Soane Folituu") is marked as a name; a street without a number ("Binn Road",
"binn rd") is an address.

Self-check without the detector: `python -m bench.redaction_set233` (and tests/test_redaction_set233.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 856 gold spans, 481 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Haigh / Brook family (white British), Holmfirth ------------------------------------------------------------------

HOME_A = d.Address("9 Cartworth Fold", "Holmfirth", "Holmfirth", "HD9 2RT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Brook")], dt.date(2019, 6, 22), addresses=[HOME_A], ids=["7373268455", "C382139341753"],
       schools=["Netherthong Primary School"]),
    _p("s", "sibling", [("Alfie", "Brook")], dt.date(2024, 1, 30), addresses=[HOME_A], ids=["4936022705"]),
    _p("m", "mother", [("Kirsty", "Haigh")], dt.date(1998, 4, 5), addresses=[HOME_A], phones=["07723 418 690"]),
    _p("f", "father", [("Jordan", "Brook")], dt.date(1996, 9, 17), phones=["07849 215 736"]),
], "c")

DOCS_A = [
    ("MASH referral from a primary school", """KIRKLEES MASH - REFERRAL FORM (received [[02/10/2026|date]] 10:14)
Child: [[BROOK, Tayla|name]]   DOB [[22/06/2019|dob]]   NHS [[737 326 8455|nhs]]   UPN [[C382139341753|upn]]
School: [[Netherthong Primary School|school]]   Referrer: Mrs [[Joanne Littlewood|name]], DSL, tel [[01484 683 214|phone]]
Address: [[9 Cartworth Fold|address]], [[Holmfirth|place]], [[HD9 2RT|postcode]]
Mother: [[Kirsty Haigh|name]] [[07723 418 690|phone]]. Father: [[Jordan Brook|name]] (not at home), [[07849 215 736|phone]].
Sibling: [[Alfie Brook|name]], DOB [[30.01.2024|dob]], NHS [[4936022705|nhs]].

Concern: [[Tayla|name]] came in on [[1st October|date]] with a bruise on her cheek. She told Miss [[Hirst|name]] (Y2 teacher) that
"[[Jordan|name]] pushed mummy and I fell on the step". Dad no longer lives there; [[Kirsty|name]] says he is at his mum's in [[Hade
Edge|place]]. [[Tayla|name]]'s attendance is 81%. She is often late because mum walks from [[Holmfirth|place]] up to
[[Netherthong|place]] with the pram. Mum's friend [[Shannon Booth|name]] sometimes brings her in from [[Thongsbridge|place]].
Previous: a referral from HV [[Gemma Sykes|name]] on [[14/03/2026|date]] (home conditions), NFA.
Mum's consent: yes, by phone [[2/10|date]]. Outcome: to the Holme Valley team, SW [[Callum Whiteley|name]].
Addendum [[3/10/2026|date]]: [[Tayla|name]]'s friend [[Poppy Haigh|name]] (no relation) told her mum [[Nicola|name]] that
[[Tayla|name]]
"sleeps in mummy's bed cos [[Jordan|name]] broke hers". Mrs [[Littlewood|name]] spoke to [[Kirsty|name]] at the gate; she said she'd
ask her dad [[Graham Haigh|name]] in [[Upperthong|place]] for a bed. School office: [[office@netherthong.kirklees.sch.uk|email]].
"""),
    ("health visitor's home visit record", """Health visiting - home visit   [[09/10/2026|date]]   HV: [[Gemma Sykes|name]]
Seen: [[Alfie|name]] (2 yrs 8 mths) and mum [[Kirsty|name]] at [[9 Cartworth Fold|address]]. [[Tayla|name]] at school.
Home: kitchen sink full, two bin bags by the back door, dog ("[[Tyson|name]]", a staffie) shut in the yard. Smell of cannabis in
the hall. [[Kirsty|name]] said it's from next door ([[no. 11|address]], Mr [[Dearden|name]]).
[[Alfie|name]]: weight on the 9th centile, up from 2nd. Speech delayed, about 10 words. Referred to SALT at
[[Holmfirth|place]] clinic. His 27-month review was missed on [[12/06/2026|date]] and [[3 July|date]].
Mum: low mood, stopped sertraline in August. GP Dr [[Anjali Mistry|name]] aware. Says [[Jordan|name]] texts her
at night from his mum's ([[Linda Brook|name]], [[2 Dunford Road|address]], [[Hade Edge|place]], [[HD9 2RW|postcode]]).
Mum's sister [[Stacey|name]] ([[Stacey Haigh|name]]) lives in [[Honley|place]] and helps on Fridays.
Plan: visit again [[23/10|date]]; leaflet for the Holme Valley family hub; text reminders to [[07723 418 690|phone]].
Signed [[G. Sykes|name]], HV, [[9.10.26|date]].
Follow-up [[23/10/2026|date]]: no answer at [[Cartworth Fold|address]]. Neighbour Mrs [[Beverley Dearden|name]] said
[[Kirsty|name]] took the
kids to [[Stacey|name]]'s in [[Honley|place]] for the weekend. Left a card. Texted [[07723 418 690|phone]]. Rang [[Callum|name]].
"""),
    ("mother's Facebook messages typed up", """Messenger chat between [[Kirsty Haigh|name]] and [[Shannon Booth|name]], shown to SW on
[[20/10/2026|date]] and typed up by [[Callum Whiteley|name]]

[[kirsty|name]]: [[shan|name]] can u get [[tayla|name]] tmrw am, i cant face the hill
[[shannon|name]]: ye babe ill be at urs 8.20. is [[jord|name]] still messaging
[[kirsty|name]]: all night. says hes coming down from [[hade edge|place]] to get [[alfie|name]]
[[shannon|name]]: tell him no. ring the police if he turns up. my [[dazza|name]] will come round
[[kirsty|name]]: [[dazza|name]] cant even walk to the co op lol
[[shannon|name]]: hes ok. hes doin a shift at the mill in [[new mill|place]] till 6
[[kirsty|name]]: [[tayla|name]] keeps askin for her dad. her teacher miss [[hirst|name]] rang again
[[shannon|name]]: ignore. [[alfie|name]] ok?
[[kirsty|name]]: ye. [[jord|name]]s sister [[kayleigh|name]] messaged, says [[linda|name]] wants to see the kids in
[[holmfirth|place]] sat
[[shannon|name]]: at the park by the river? ill come with [[tayla|name]] and my [[ruby|name]]
[[kirsty|name]]: hes got a cold. [[gemma|name]] the hv is comin thurs
[[shannon|name]]: u want me to say to [[stace|name]] in [[honley|place]]
[[kirsty|name]]: no she'll tell mum. mum will go mental
[[shannon|name]]: ok. [[jord|name]]s mum [[linda|name]] seen him in the [[holmfirth|place]] spoons sat, he was wasted
[[kirsty|name]]: thx x
[[shannon|name]]: also [[dazza|name]] says [[jord|name]] has sold the corsa to [[lewis|name]] from [[hepworth|place]]
[[kirsty|name]]: good. i'll tell [[callum|name]]
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[5 November 2026|date]],
[[Huddersfield|place]] (Civic Centre 1)
Children: [[Tayla Brook|name]] (DOB [[22.6.2019|dob]]) and [[Alfie Brook|name]] (DOB [[30.1.2024|dob]]), [[9 Cartworth Fold|address]],
[[Holmfirth|place]] [[HD9 2RT|postcode]].
Chair: [[Helen
Ramsden|name]]. Minutes: [[Josh Kaye|name]].
Present: [[Kirsty Haigh|name]] (mother) with her sister [[Stacey Haigh|name]]; SW [[Callum Whiteley|name]]; HV [[Gemma Sykes|name]];
[[Joanne Littlewood|name]] (DSL, [[Netherthong Primary|school]]); PC [[Mark Holroyd|name]] (West Yorkshire Police, DA team).
Apologies: Dr [[Mistry|name]] (report sent); [[Jordan Brook|name]] (father) did not come and could not be reached on
[[07849 215 736|phone]].
PC [[Holroyd|name]]: two call-outs to [[Cartworth Fold|address]], [[29/09/2026|date]] and [[2/10/2026|date]]. [[Jordan|name]] has a
vehicle, a blue Corsa [[YH17 WDK|vehicle]], seen on [[Dunford Road|address]], [[Hade Edge|place]].
[[Kirsty|name]] said she has started at the [[Holmfirth|place]] Tesco and her nan [[Margaret Haigh|name]] from [[Scholes|place]]
will mind
[[Alfie|name]]. [[Stacey|name]] agreed to be the safe adult.
Decision: both children subject to a plan, category neglect ([[Tayla|name]] also emotional harm). Core group [[19/11/2026|date]].
Views: [[Tayla|name]] told [[Callum|name]] she misses "nana [[Linda|name]]" and her dog [[Bella|name]]; she is scared of
[[Jordan|name]]'s
friend "[[Smudge|name]]" ([[Liam Smith|name]]?). Mum says [[Smudge|name]] is [[Liam Schofield|name]] from [[Jackson Bridge|place]].
Dissent: none. [[Stacey Haigh|name]] asked that [[Margaret|name]] be told; [[Helen Ramsden|name]] agreed.
Review conference [[4 February 2027|date]].
Post-meeting: [[Stacey|name]] ([[07864 221 509|phone]]) to have [[Tayla|name]] Tues and Thurs at [[14 Southgate|address]],
[[Honley|place]].
[[Jordan|name]] rang [[Callum|name]] on [[6/11/2026|date]] from [[Hepworth|place]]; his mate [[Lewis Charlesworth|name]] will "vouch".
"""),
]


# --- B. Tuugahala / Folituu family (Wallisian, from Wallis and Futuna), Uppermill, Saddleworth ---------------------------

HOME_B = d.Address("4 Moorgate Mews", "Uppermill", "Oldham", "OL3 6HX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Sosefo", "Tuugahala")], dt.date(2012, 2, 11), addresses=[HOME_B], ids=["6819509162", "N353810567395"],
       schools=["Saddleworth School"]),
    _p("s", "sibling", [("Kalolina", "Tuugahala")], dt.date(2017, 8, 4), addresses=[HOME_B], ids=["5239133514"]),
    _p("m", "mother", [("Malia", "Folituu")], dt.date(1988, 12, 1), addresses=[HOME_B], phones=["07517 962 348"]),
    _p("f", "father", [("Petelo", "Tuugahala")], dt.date(1985, 3, 19), addresses=[HOME_B], phones=["07958 301 627"]),
], "c")

DOCS_B = [
    ("school safeguarding log", """SADDLEWORTH SCHOOL - SAFEGUARDING LOG (CPOMS export)
Student: [[TUUGAHALA, Sosefo|name]] (Y10)   DOB [[11/02/2012|dob]]   UPN [[N353810567395|upn]]
Home: [[4 Moorgate Mews|address]], [[Uppermill|place]], [[OL3 6HX|postcode]]. Parents [[Petelo Tuugahala|name]]
[[07958 301 627|phone]] and
[[Malia Folituu|name]] [[07517 962 348|phone]]. Languages at home: Wallisian ('Uvean) and French.

[[08/09/2026|date]] [[Sosefo|name]] ("[[Sefo|name]]") limping. Said rugby at [[Saddleworth|place]] Rangers. Mr [[Buckley|name]]
(PE) noted.
[[17/09/2026|date]] [[Sefo|name]] said to form tutor Ms [[Rhian Ogden|name]]: "dad hits with the belt if I'm late from training".
DSL [[Amir Qureshi|name]] informed same day; MASH referral at 14:20.
[[18/09/2026|date]] Mum came in with her cousin [[Falakika Lauhea|name]] to interpret. Said in [[Mata-Utu|place]] this is normal, but
agreed no belt. Mum's email [[malia.folituu88@gmail.com|email]].
[[02/10/2026|date]] Absent. Sister [[Kalolina|name]] ([[St Chad's|school]], Y4) told her teacher that [[Sefo|name]] slept at his
friend [[Mikey Schofield|name]]'s in [[Dobcross|place]].
[[06/10/2026|date]] [[Sefo|name]] back, quiet. Spoke to [[Amir|name]]. Said uncle [[Tomasi|name]] came from [[Nouméa|place]] and
"talked to dad".
[[3/11/26|date]] Detention missed. [[Sefo|name]] at [[Greenfield|place]] station with older boys, PCSO [[Kay Lord|name]] phoned.
Boys named by PCSO [[Lord|name]]: [[Connor Mayall|name]] and "[[Bigz|name]]" from [[Springhead|place]]; [[Sefo|name]] sent home.
[[24/11/2026|date]] Good week. Picked for [[Oldham|place]] schools' rugby. Mr [[Buckley|name]] to take him on the [[5th|date]].
[[01/12/2026|date]] Mum rang from a new number [[07517 430 862|phone]]: [[Sefo|name]] at the dentist in [[Mossley|place]] with cousin
[[Soane Lauhea|name]]. Uncle [[Tomasi|name]] flew back to [[Nouméa|place]] on the [[28th|date]].
[[04/12/2026|date]] [[Mikey|name]]'s mum, Mrs [[Joanne Schofield|name]] of [[7 Platt Lane|address]], [[Dobcross|place]]
[[OL3 5AD|postcode]], rang DSL
[[Amir Qureshi|name]]: [[Sefo|name]] asked to sleep over "for good". [[Amir|name]] told SW [[Ruth Bardsley|name]]
([[ruth.bardsley@oldham.gov.uk|email]]).
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[17/09/2026|date]] 16:30 (Teams)
Child: [[Sosefo Tuugahala|name]], 14, of [[Moorgate Mews|address]], [[Uppermill|place]]. NHS [[681 950 9162|nhs]].
Chair: [[Nadia Rahman|name]] (Oldham MASH team manager). Police: DS [[Phil Wrigley|name]], Greater Manchester Police.
Education: [[Amir Qureshi|name]] ([[Saddleworth School|school]]). Health: school nurse [[Bev Clegg|name]].
Information: [[Sosefo|name]] disclosed being hit with a belt by his father [[Petelo|name]]. DS [[Wrigley|name]]: no police record in
the UK; father came from [[Nouméa|place]] via [[Marseille|place]] in 2019, works at a warehouse in [[Shaw|place]]. Van
[[MA70 UXE|vehicle]]. NI number [[SK 62 48 17 B|ni]].
Mother [[Malia|name]] works nights at the care home in [[Lydgate|place]]. Sister [[Kalolina Tuugahala|name]], 9, NHS
[[5239133514|nhs]].
Grandmother [[Soane Folituu|name]]? - correction: grandmother is [[Lusia Folituu|name]], in [[Liku|place]], [[Hahake|place]]
(Wallis); tel [[+681 72 14 38|phone]].
Decision: section 47, joint visit tonight by SW [[Ruth
Bardsley|name]] and DC [[Zoe Heap|name]]. Interpreter ('Uvean or French):
[[Monique Takaniko|name]], [[+681 82 53 07|phone]] by video if no one in the UK.
Next: [[24/09/2026|date]].
Family in the UK named by mum: cousin [[Falakika Lauhea|name]] and her husband [[Vito Lauhea|name]], [[21 Wade Row|address]],
[[Uppermill|place]];
friend [[Kelly Broadbent|name]] from the care home in [[Lydgate|place]]. In [[Nouméa|place]]: uncle [[Tomasi|name]] and aunt
[[Sita Folituu|name]].
Action log: [[Ruth Bardsley|name]] to ring mum on [[07517 962 348|phone]]; DS [[Wrigley|name]] to check with the gendarmerie in
[[Mata-Utu|place]]; [[Bev Clegg|name]] to see [[Kalolina|name]] at [[St Chad's|school]] on [[18/09|date]].
"""),
    ("father's message in French translated", """Lettre de [[Petelo Tuugahala|name]] à l'assistante sociale [[Ruth Bardsley|name]],
reçue le [[22 septembre 2026|date]], traduite par [[Monique Takaniko|name]] le [[23/09/2026|date]].

« Madame [[Bardsley|name]], je suis le père de [[Sosefo|name]] et de [[Kalolina|name]]. À [[Wallis|place]] on corrige les
enfants, c'est
mon père [[Mikaele|name]] qui m'a appris. Mais ici je comprends la loi. Je ne veux pas perdre mes enfants. Mon frère [[Tomasi|name]]
est venu de [[Nouméa|place]] pour m'aider. Je travaille à [[Shaw|place]] de 6h à 18h. Appelez-moi au [[07958 301 627|phone]]. »

Translation: "Mrs [[Bardsley|name]], I am the father of [[Sosefo|name]] and [[Kalolina|name]]. In [[Wallis|place]] we correct children,
it was my father [[Mikaele|name]] who taught me. But here I understand the law. I do not want to lose my children. My brother
[[Tomasi|name]] came from [[Nouméa|place]] to help me. I work in [[Shaw|place]] from 6am to 6pm. Call me on [[07958 301 627|phone]]."
Note by [[R. Bardsley|name]]: [[Tomasi|name]] = [[Tomasi Tuugahala|name]], staying at [[4 Moorgate Mews|address]] until
[[10/10|date]]. The pastor, Fr [[Aloisio Vaitootai|name]] of the [[Delph|place]] parish, offered to sit in at the next visit.
"""),
    ("a young person's own words", """Me by [[Sefo|name]] ([[Sosefo Tuugahala|name]]), for my plan - typed by my SW [[Ruth|name]]
[[1/12/2026|date]]

My name is [[Sefo|name]], no one calls me [[Sosefo|name]] only my nana [[Lusia|name]] on the phone from [[Liku|place]]. I was born in
[[Mata-Utu|place]] and we lived in [[Nouméa|place]] then [[Marseille|place]] then here in [[uppermill|place]]. It's cold.
I like rugby and my mate [[mikey|name]] from [[dobcross|place]], his mum [[Jo|name]] gives me tea. My sister is [[Lina|name]]
([[Kalolina|name]]) she is annoying but ok.
Dad doesnt use the belt now. Uncle [[Tomasi|name]] told him. When I'm 16 I want to play for [[Oldham|place]] or go back to
[[Wallis|place]] for my cousin [[Vaimua|name]]'s wedding.
What I want: for [[Ruth|name]] to stop coming when I have training. For mum to not work nights.
Typed by [[Ruth Bardsley|name]]. [[Sefo|name]] checked it with his mum [[Malia|name]] and with [[Monique|name]] on video from
[[Mata-Utu|place]].
My best teacher is Ms [[Ogden|name]]. I don't like Mr [[Buckley|name]] shouting. On Sundays we go to church in [[Delph|place]] with
[[Falakika|name]] and her kids [[Soane|name]] and [[Emeline|name]]. Their house is in [[Diggle|place]] by the tunnel.
"""),
]


# --- C. Lockwood family (white British), Marsden, exploitation -----------------------------------------------------------

HOME_C = d.Address("27 Binn Road", "Marsden", "Huddersfield", "HD7 6DF")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Lockwood")], dt.date(2011, 10, 3), addresses=[HOME_C], ids=["6599065198", "R382874606201"],
       schools=["Colne Valley High School"]),
    _p("m", "mother", [("Donna", "Lockwood")], dt.date(1983, 7, 26), addresses=[HOME_C], phones=["07412 586 903"]),
], "c")

DOCS_C = [
    ("police missing person log", """WEST YORKSHIRE POLICE - MISPER LOG   [[14/11/2026|date]] 22:10
Missing: [[LOCKWOOD, Kacey|name]], 15, DOB [[03/10/2011|dob]], of [[27 Binn Road|address]], [[Marsden|place]], [[HD7 6DF|postcode]].
Reported by mother [[Donna Lockwood|name]] ([[07412 586 903|phone]]). Last seen 17:30 at [[Slaithwaite|place]] station with
"[[Reece|name]]", about 19. Believed to be [[Reece Garside|name]] of [[Linthwaite|place]], car [[YG19 HNP|vehicle]].
Friend [[Ellie-Mae
Dyson|name]] says they went to a flat in [[Huddersfield|place]] ([[Flat 6, 41 Manchester Road|address]]).
PC [[Sophie Quarmby|name]] attended [[Binn Road|address]]; PS [[Iqbal|name]] supervisor.
[[15/11/2026|date]] 03:40: [[Kacey|name]] found at [[Golcar|place]] by PC [[Quarmby|name]], with [[Reece|name]] and a male
"[[Tino|name]]".
Returned home. Her phone had £400 on a banking app. RHI by [[Lauren Beaumont|name]] to follow.
[[15/11/2026|date]] 10:20: DC [[Owen Haworth|name]] spoke to [[Donna|name]]. Her partner [[Gary Firth|name]]
([[07412 775 381|phone]]) was in
[[Meltham|place]] all night. [[Kacey|name]]'s nan [[Pat Lockwood|name]], [[9 Hill Top|address]], [[Slaithwaite|place]]
[[HD7 5EZ|postcode]], to have her.
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[17 November 2026|date]]   Worker: [[Lauren Beaumont|name]]
Young person: [[Kacey Lockwood|name]] ("[[Kace|name]]"), [[Colne Valley High|school]], Y11. NHS [[6599065198|nhs]].
[[Kacey|name]] said she met [[reece|name]] on snap through [[Ellie-Mae|name]]'s cousin [[Brandon|name]]. He drove them round
[[Meltham|place]] and [[Marsden|place]], then to a flat in [[Huddersfield|place]]. She "held a bag" for [[Tino|name]]. Scared of him.
Mum [[Donna|name]] shouts; mum's partner [[Gary Firth|name]] "is alright". Her nan [[Pat Lockwood|name]] in
[[Slaithwaite|place]] ([[01484 851 647|phone]]) is where she feels safe.
Agreed: referral to the exploitation hub; Mrs [[Kendall|name]] at school to check in daily; next chat [[1/12|date]].
Worker's note: [[Kacey|name]] named other girls at the flat: "[[Tiana|name]]" from [[Golcar|place]] and [[Demi Walsh|name]] from
[[Milnsbridge|place]].
She said [[Tino|name]]'s brother [[Marco|name]] drives a black Audi. Shared with PC [[Sophie Quarmby|name]] on [[18/11/2026|date]].
[[Kacey|name]] asked that her friend [[Ellie-Mae|name]] is not told. She wants to go to college in [[Huddersfield|place]] in
September and live with nan. Her email for the worker: [[kaceyl2011@icloud.com|email]].
"""),
]


# --- D. Mellor / Sykes family (white British), Meltham, a baby ------------------------------------------------------------

HOME_D = d.Address("6 Holt Head Road", "Meltham", "Holmfirth", "HD9 5JR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Oakley", "Mellor")], dt.date(2026, 5, 9), addresses=[HOME_D], ids=["5097153057"]),
    _p("m", "mother", [("Jade", "Sykes")], dt.date(2003, 2, 14), addresses=[HOME_D], phones=["07864 739 215"]),
    _p("f", "father", [("Ryan", "Mellor")], dt.date(2000, 11, 8), addresses=[HOME_D], phones=["07780 145 392"]),
], "c")

DOCS_D = [
    ("GP letter to the social worker", """Holme Valley Medical Practice, [[Holmfirth|place]]
[[27 October 2026|date]]
Dear Ms [[Thornton|name]],
Re: [[Oakley Mellor|name]], DOB [[09/05/2026|dob]], NHS [[509 715 3057|nhs]], [[6 Holt Head Road|address]], [[Meltham|place]]
[[HD9 5JR|postcode]]
I saw [[Oakley|name]] with his mother [[Jade Sykes|name]] on [[26/10/2026|date]]. He has missed his 8-week immunisations twice.
Mum reports that dad [[Ryan Mellor|name]] is drinking most days since losing his job at the mill in [[Meltham Mills|place]]. Mum's
mother [[Julie Sykes|name]] lives at [[Helme|place]] and visits. No injuries seen.
Yours sincerely, Dr [[Tom Haigh|name]] (GP)
cc HV [[Sarah Bentley|name]], [[Meltham|place]] clinic; midwife [[Claire Wood|name]].
"""),
    ("social worker's case note of a home visit", """Case note - [[Anna Thornton|name]] (SW) - home visit [[3/11/2026|date]]
Seen [[Oakley|name]] asleep in a moses basket; mum [[Jade|name]] and her friend [[Chloe Priestley|name]] there. [[Ryan|name]]
came in at
11, smelt of lager. He said he's "off it" and going to the Tuesday group on Weds. His brother [[Dean Mellor|name]] from
[[Netherton|place]] gave him a lift, van [[YD68 OTR|vehicle]]. [[Ryan|name]]'s mobile [[07780 145 392|phone]].
Present later: health visitor [[Sarah Bentley|name]]; [[Jade|name]]'s mum [[Julie Sykes|name]] from [[Helme|place]].
[[Julie|name]] said
[[Ryan|name]]'s dad [[Trevor Mellor|name]] ("[[Trev|name]]") drinks at the club in [[Meltham|place]] too and "[[Ryan|name]]
copies him".
[[Oakley|name]]'s cot came from [[Chloe|name]]'s sister [[Amber|name]] in [[Wilshaw|place]].
[[Jade|name]] wants a place at the [[Meltham|place]] children's centre baby group. Next visit [[17/11|date]].
[[17/11/2026|date]]: seen [[Oakley|name]], [[Jade|name]] and [[Ryan|name]]. [[Ryan|name]] showed a letter from [[Meltham|place]]
recovery worker
[[Stuart Firth|name]]. [[Julie Sykes|name]] rang [[07864 739 215|phone]] ([[Jade|name]]'s phone) to ask for a family meeting on
[[1 Dec|date]].
[[Chloe|name]] said her partner [[Nathan Priestley|name]] was at school with [[Ryan|name]] in [[Honley|place]]. Neighbour Mrs
[[Wadsworth|name]] at [[no. 8|address]] has the spare key. [[Jade|name]]'s mum [[Julie|name]] rang during the visit.
"""),
]


# --- E. Hussain / Akhtar family (British Pakistani), Greenfield, Saddleworth, a disabled child --------------------------

HOME_E = d.Address("15 Chew Vale", "Greenfield", "Oldham", "OL3 7EQ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Zayan", "Hussain")], dt.date(2017, 3, 28), addresses=[HOME_E], ids=["4446958445", "F353952489318"],
       schools=["Greenfield Primary School"]),
    _p("m", "mother", [("Sana", "Akhtar")], dt.date(1990, 6, 2), addresses=[HOME_E], phones=["07935 628 140"]),
], "c")

DOCS_E = [
    ("child in need assessment", """CHILD AND FAMILY ASSESSMENT (child in need)   completed [[20/11/2026|date]]
Child: [[HUSSAIN, Zayan|name]]   DOB [[28/03/2017|dob]]   UPN [[F353952489318|upn]]   NHS [[4446958445|nhs]]
Address: [[15 Chew Vale|address]], [[Greenfield|place]], [[OL3 7EQ|postcode]]. School: [[Greenfield Primary|school]].
Mother: [[Sana Akhtar|name]] ([[07935 628 140|phone]]). Father [[Imran Hussain|name]] lives in [[Oldham|place]] and sees
[[Zayan|name]] on
Sundays. Worker: [[Farah Begum|name]].
[[Zayan|name]] is autistic and non-verbal. Mum is exhausted; her mother [[Nasreen Akhtar|name]] in [[Springhead|place]] helps but is
unwell. Paediatrician Dr [[Okoye|name]] (letter [[4 Sept 2026|date]]). Mum's brother [[Adeel|name]] in [[Mossley|place]] drives them.
Sleep: [[Zayan|name]] wakes at 2 most nights. Mum shares a room with him. His dad [[Imran|name]] ([[07849 602 317|phone]]) has a new
partner, [[Hina|name]], in [[Chadderton|place]], and a baby due in [[March 2027|date]].
Recommendation: short breaks; respite sitter [[Rosie Kenworthy|name]] from [[Diggle|place]].
Child's voice: [[Zayan|name]] uses symbols; he chose pictures of Nani's cat [[Billu|name]], the train at
[[Greenfield|place]] and
his teaching assistant Mrs [[Tahir|name]].
Family network: mum's cousin [[Rubina Shah|name]] in [[Delph|place]]; family friend Mrs [[Kaur|name]], the
neighbour at [[no. 17|address]]. [[Zayan|name]]'s sister [[Maryam|name]] (2) is with dad's family in [[Glodwick|place]] on Sundays.
Next review [[19 February 2027|date]]; visit by [[Farah|name]] on [[11/12/2026|date]].
"""),
    ("mother's complaint email", """From: [[sana.akhtar90@outlook.com|email]]
Sent: [[2 December 2026|date]] 23:12
To: [[farah.begum@oldham.gov.uk|email]]
Subject: complaint - [[Zayan|name]]

[[Farah|name]], I am complaining again. Nobody rang me back about the panel on the [[26th|date]]. [[Zayan|name]] bit
[[Rosie|name]] last
week and she has said she won't come. My mum was in the Royal Oldham Hospital all weekend. [[imran|name]] won't have him overnight.
I am on my own in [[greenfield|place]] with no car. Please ring [[07935 628 140|phone]]. Sana
PS my brother [[Adeel|name]] says he will come to the meeting. His email is [[adeel.akhtar@gmail.com|email]].
And Mrs [[Whitehead|name]]
at school said [[Zayan|name]] had a good week with Mr [[Holt|name]].
"""),
]


# --- F. Dyson / Firth family (white British), Honley, kinship care by a grandmother --------------------------------------

HOME_F = d.Address("3 Gynn Lane", "Honley", "Holmfirth", "HD9 6LE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harley", "Firth")], dt.date(2015, 12, 19), addresses=[HOME_F], ids=["4549296259", "V382237826239"],
       schools=["Honley CE Junior School"]),
    _p("o", "other", [("Sandra", "Dyson")], dt.date(1962, 5, 30), addresses=[HOME_F], phones=["07391 406 582"]),
], "c")

DOCS_F = [
    ("grandmother's voice note transcribed", """Voice note from [[Sandra Dyson|name]] (nan) to SW [[Will Ackroyd|name]],
[[30/11/2026|date]] 20:05, transcribed
"Hiya [[Will|name]] it's [[Sandra|name]], [[Harley|name]]'s nan. Just to say his mum [[Leanne|name]] turned up at ours in
[[Honley|place]]
again tonight, off her face, shouting for [[Harley|name]]. I didn't let her in. She'd come from [[Brockholes|place]] with that
[[Kyle|name]], [[Kyle Sunderland|name]] I think his name is. [[Harley|name]] hid in his room with [[Biscuit|name]]. He's got school at
[[Honley Junior|school]] tomorrow. Can you ring me on [[07391 406 582|phone]]. Ta."
Second note, 20:40: "It's [[Sandra|name]] again. [[Leanne|name]]'s gone. Mr [[Patel|name]] next door rang 999, a PC [[Hoyle|name]]
came. He says [[Kyle|name]]'s car was [[YE15 WVN|vehicle]]. [[Harley|name]] wants his auntie [[Gemma|name]] in [[Holmbridge|place]]."
"""),
    ("kinship assessment chronology", """KINSHIP (SGO) ASSESSMENT - CHRONOLOGY   Child: [[FIRTH, Harley|name]] DOB
[[19/12/2015|dob]] UPN [[V382237826239|upn]]
Carer: [[Sandra Dyson|name]], [[3 Gynn Lane|address]], [[Honley|place]], [[HD9 6LE|postcode]]. NI [[NB 37 54 12 D|ni]].
[[19/12/2015|date]] [[Harley|name]] born at Huddersfield Royal Infirmary; mum [[Leanne|name]] 19, living at
[[Fold Court|address]], [[Berry Brow|place]].
[[Summer 2019|date]] Family move to [[New Mill|place]] with [[Craig|name]]; police called three times (PC [[Hoyle|name]]).
[[Oct 2023|date]] School ([[Honley CE Junior|school]]) refer: [[Harley|name]] says [[Craig|name]]'s friend "[[Mack|name]]"
([[Darren McKay|name]]) stays over.
[[Jan 2024|date]] [[Harley|name]] moves to nan after mum [[Leanne Firth|name]] arrested in [[Huddersfield|place]].
[[March 2025|date]] Dad [[Craig Firth|name]] in HMP, address unknown; his sister [[Gemma Firth|name]] in [[Holmbridge|place]]
keeps in touch.
[[12/07/2026|date]] Holiday to [[Filey|place]] with nan and her partner [[Keith Brooke|name]].
[[30/11/2026|date]] Mum at the door with [[Kyle Sunderland|name]]. Police called by neighbour Mrs [[Patel|name]] at [[no. 5|address]].
[[4/12/2026|date]] [[Harley|name]] told his teacher Mr [[Lodge|name]] he wants to "stay at nans for ever".
[[5/12/2026|date]] Letter from [[Leanne|name]] asking for contact, from [[Brockholes|place]]. Nan's partner [[Keith|name]]
([[Keith Brooke|name]], DOB [[2 May 1960|date]]) lives at [[3 Gynn Lane|address]] too: DBS needed.
"""),
]


DOCS_C += [
    ("young person's Snapchat messages typed up", """Snapchat messages from [[Kacey|name]]'s phone, photographed by mum
[[Donna|name]] [[16/11/26|date]], typed by
[[L. Beaumont|name]]

[[reece|name]]: u comin to [[slawit|place]] or wat
[[kace|name]]: cant my mum has took my key
[[reece|name]]: tell [[donna|name]] ur at [[ellie maes|name]]
[[kace|name]]: she rang [[ellie-mae|name]]s mum last time
[[reece|name]]: [[tino|name]] says u owe him. meet at [[marsden|place]] co op 7
[[kace|name]]: i dont owe him nothin
[[reece|name]]: dont be a grass like [[brandon|name]]. im parked up on [[binn rd|address]]
[[kace|name]]: my nan [[pat|name]] is here shes stayin over
[[reece|name]]: [[golcar|place]] then. 8
[[kace|name]]: no. my nan says shes ringing [[lauren|name]]
[[reece|name]]: whos [[lauren|name]]
[[kace|name]]: my worker. leave me alone [[reece|name]]
"""),
    ("exploitation panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - [[3 December 2026|date]] - Colne Valley cluster
Young people discussed: [[Kacey Lockwood|name]] (15, [[Marsden|place]]), [[Ellie-Mae Dyson|name]] (15, [[Slaithwaite|place]]) and
[[Brandon Dyson|name]] (17, [[Linthwaite|place]]).
Adults of concern: [[Reece Garside|name]] (19), car [[YG19 HNP|vehicle]]; "[[Tino|name]]", possibly [[Valentino Marsh|name]], 24, of
[[Flat 6, 41 Manchester Road|address]], [[Huddersfield|place]] [[HD1 3JU|postcode]].
Places: [[Slaithwaite|place]] station, the [[Marsden|place]] Co-op car park, a flat in [[Lockwood|place]].
Present: [[Jas Sandhu|name]] (chair), PC [[Sophie Quarmby|name]], [[Lauren Beaumont|name]], Mrs [[Kendall|name]]
([[Colne Valley High|school]]).
Actions: PC [[Quarmby|name]] to serve a CAWN on [[Garside|name]] by [[10/12/2026|date]]; [[Lauren|name]] to see [[Kacey|name]] weekly.
"""),
]

DOCS_D += [
    ("father's text messages typed up", """Texts from [[Ryan Mellor|name]] ([[07780 145 392|phone]]) to SW [[Anna Thornton|name]]
[[18 Nov|date]] 07:02 morning [[anna|name]] its [[ryan|name]] [[oakleys|name]] dad. been dry 9 days
[[18 Nov|date]] 07:03 my brother [[dean|name]] is taking me to [[huddersfield|place]] for the group at 10
[[20 Nov|date]] 22:41 [[jade|name]] wont let me see [[oak|name]], shes at her mums in [[helme|place]]
[[21 Nov|date]] 09:15 sorry about last nite. had 2 cans at [[daz|name]]s in [[meltham|place]]. not proud
[[24 Nov|date]] 12:00 started at the garage in [[Netherton|place]] with [[steve|name]]. cash in hand tho
[[26 Nov|date]] 18:30 can i see [[oakley|name]] sat at my mums? [[Mellor|name]] house [[18 Green Lane|address]] [[meltham|place]]
[[27 Nov|date]] 08:05 [[jade|name]] said yes if [[julie|name]] is there. thank u [[anna|name]]
"""),
    ("midwife's email to the social worker", """From: [[claire.wood7@nhs.net|email]]
To: [[anna.thornton@kirklees.gov.uk|email]]
Date: [[1 December 2026|date]]
Subject: [[Jade Sykes|name]] / baby [[Oakley|name]]
Hi [[Anna|name]], FYI [[Jade|name]] is pregnant again, about 9 weeks, booked at Huddersfield Royal Infirmary. She told me
[[Ryan|name]] has
been drinking since [[the 20th|date]]. Her mum [[Julie|name]] ([[Julie Sykes|name]], [[2 Helme Lane|address]], [[Helme|place]]) is
supportive. [[Jade|name]]'s new number is [[07723 904 158|phone]]. [[Claire Wood|name]], community midwife, [[Meltham|place]] and
[[Marsden|place]].
PS [[Jade|name]] mentioned [[Ryan|name]]'s friend "[[Daz|name]]" ([[Darren Kilner|name]], [[Meltham|place]]) gives him cans.
[[Oakley|name]]'s
red book shows the 12-week jabs booked at [[Meltham|place]] surgery on [[8/12/2026|date]].
"""),
]

DOCS_E += [
    ("short breaks application", """SHORT BREAKS APPLICATION - Oldham Council   received [[08/12/2026|date]]
Child: [[Zayan Hussain|name]]   DOB [[28th March 2017|dob]]   [[15 Chew Vale|address]], [[Greenfield|place]] [[OL3 7EQ|postcode]]
Parent: [[Sana Akhtar|name]]   [[sana.akhtar90@outlook.com|email]]   [[07935 628 140|phone]]
Other carers: grandmother [[Nasreen Akhtar|name]], [[Springhead|place]]; uncle [[Adeel Akhtar|name]], [[Mossley|place]],
car [[MA21 KFT|vehicle]]. Father [[Imran Hussain|name]], [[32 Ripponden Road|address]], [[Oldham|place]] [[OL1 4EJ|postcode]].
Supporting letters: Dr [[Chidi Okoye|name]]; Mrs [[Whitehead|name]] (SENCo, [[Greenfield Primary|school]]).
Siblings: [[Maryam Hussain|name]] (DOB [[11/08/2024|dob]]). Emergency contact: [[Rubina Shah|name]], [[07958 117 402|phone]],
[[Delph|place]].
Requested: Saturday club at [[Uppermill|place]]; overnight at the unit in [[Diggle|place]]; sitter [[Rosie Kenworthy|name]].
Signed: [[S. Akhtar|name]], [[8/12/26|date]]. Checked by [[Farah Begum|name]]; panel date [[14 January 2027|date]].
"""),
    ("paediatrician's letter scanned with OCR errors", """Roya1 0ldham Hosp1tal - Child Deve1opment
[[l4 0ctober 2O26|date]]
Re: [[Zayan HUSSAlN|name]]   D0B [[28/O3/2Ol7|dob]]   NHS [[444 695 8445|nhs]]
[[l5 Chew VaIe|address]], [[GreenfieId|place]]
l saw [[Zayan|name]] with mum [[Sana|name]] and her brother [[AdeeI|name]]. He has severe autism. Mum is
very tired. His nan [[Nasreen|name]] from [[Springhead|place]] can no 1onger manage. l support short breaks.
Dr [[C. 0koye|name]], consu1tant paediatrician. cc [[Farah Begum|name]], SW.
cc GP Dr [[R. Ahmed|name]], Saddleworth Medical Practice, [[Uppermill|place]]; Mrs [[Whltehead|name]]
(SENCo). Next c1inic [[l5/O3/2O27|date]].
"""),
]

DOCS_F += [
    ("school safeguarding note", """HONLEY CE JUNIOR - CPOMS note [[1/12/2026|date]]   Pupil: [[Harley Firth|name]] (Y5)
[[Harley|name]] came in tired, said mum [[Leanne|name]] shouted outside nan's last night. He said "[[kyle|name]] kicked the gate". He
wants to go to [[Jacob Hinchliffe|name]]'s party in [[Brockholes|place]] on the [[12th|date]]. Nan [[Sandra|name]] rang at 9.
Friends: [[Jacob|name]], [[Oscar Sheard|name]]? (no - [[Oscar|name]] is in Y6), [[Maisie Roebuck|name]].
DSL Mrs [[Priya Lal|name]] informed; emailed SW [[will.ackroyd@kirklees.gov.uk|email]]. Mr [[Lodge|name]] to watch.
[[2/12/2026|date]] [[Harley|name]] said nan's friend [[Keith|name]] took him to [[Holmfirth|place]] for a haircut at
"[[Dave|name]]'s". Fine.
[[3/12/2026|date]] Aunt [[Gemma Firth|name]] collected [[Harley|name]] at 3.15 (on the list). Her car [[YF20 LZC|vehicle]].
"""),
    ("mother's letter asking for contact", """Letter from [[Leanne Firth|name]], [[Flat 2, 8 Woodhead Road|address]],
[[Brockholes|place]] [[HD9 7BX|postcode]]
[[5th December 2026|date]]
to [[Will Ackroyd|name]]
i want to see my son [[Harley|name]]. my mum [[sandra|name]] keeps him from me. i am clean now 3 weeks, ask [[Kirsty|name]] at the
[[Holmfirth|place]] drop in. [[Kyle|name]] is not my partner now. i can see [[harley|name]] at my sister [[Gemma|name]]'s in
[[Holmbridge|place]] or the park in [[Honley|place]]. my number is [[07412 903 671|phone]].
my support worker is [[Donna|name]] at the [[Holmfirth|place]] drop in (not [[Kirsty|name]] sorry). [[Kyle|name]]s mum
[[Tracey|name]] will
say i am clean. she lives in [[Netherton|place]]. [[Harley|name]]s dad [[craig|name]] gets out in [[april|date]].
[[Leanne|name]]
P.S. [[Gemma|name]]'s number is [[07958 664 213|phone]]. she lives at [[12 Bridge Lane|address]], [[Holmbridge|place]]
[[HD9 3JS|postcode]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 233 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:59 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "ps", "di", "dci", "sgt", "rev", "fr", "sw", "hv", "nurse",
           "nan", "nana", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "madame"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "west yorkshire", "wallis and futuna", "new caledonia", "france", "pakistan", "holme valley",
               "colne valley"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Fr Aloisio Vaitootai", "nana Lusia") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
