"""Set 205: a held-out hand-written set for the redaction detector, six more invented families in Sedbergh, Kirkby Lonsdale and Dent.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set202.py to bench/redaction_set204.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: the first 140 lines and the last 80 lines of bench/redaction_set181.py, a grep of its DOCS_/RECORD_/HOME_/_PAIRS
lines, and all of tests/test_redaction_set181.py (the layout copied here); bench/redaction_set21.py and its test were NOT read
(time was short; set 181 follows set 21's marking and was taken as the model); the docstrings of bench/redaction_set7.py to
bench/redaction_set201.py were searched by script for the towns, villages and communities used here (only the set numbers of
hits were printed: Sedbergh, Kirkby Lonsdale, Millthrop, Cowgill, Gawthrop, Casterton, Barbon, Biggins and Niue had no hit;
"Dent" hit only inside words such as "incident"; Howgill, named here only as a son's home, hit set 8); no part of
bench/redaction_handwritten.py beyond the names imported here. Phone numbers were checked with the phonenumbers library
and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_p`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Written in about 25 minutes: the documents are short and several end with a later addendum, but there are four per family.

Six families, each in a village or district the earlier docstrings did not show as a family's home: a white British mother
and her partner in Millthrop, Sedbergh (Dixon / Hartley; neglect, a boy of 8 hungry at school); a Niuean family (from Niue,
the Pacific island; the language is Vagahau Niue) in Cowgill, Dentdale (Talagi / Pulehetoa; domestic abuse, a girl of 12,
a grandmother in Hakupu, an aunt in Auckland); a white British boy of 15 in Biggins, Kirkby Lonsdale (Wilkinson; missing to
Lancaster, criminal exploitation); a young carer of 13 in Casterton (Brogden; a father with bipolar disorder); a disabled girl
of 7 in Barbon (Metcalfe / Sharma; short breaks, a tired mother); and a young couple with a baby in Gawthrop, Dent
(Capstick / Whitwell; alcohol and cannabis, a pre-birth plan). The Niuean community did not appear in any earlier docstring
searched. 24 documents, each with its own style label: a primary school safeguarding chronology, a mother's texts typed
up, an initial child protection conference decisions sheet, a neighbour's email to the school, a family chat in Vagahau Niue
and English with a translation, a police domestic abuse report (DASH summary), a MARAC referral form, an interpreter-assisted
home visit note, a return home interview, a missing person phone log, Snapchat messages typed up by police, a school
attendance and behaviour email, a young carers' assessment, a child's own writing scanned by OCR (with misreadings), a social
worker's phone notes, a carer's bursary application form, a short breaks referral form, a GP's email, a mother's voice note
transcribed, short breaks panel minutes, a pre-birth assessment extract, a health visitor's lower-case notes, a father's text
messages to the midwife, and a GP surgery safeguarding phone call note.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (New Zealand, Niue). NHS numbers and UPNs (LA 909) pass their check digits.
The council ("Westmorland Dales") and the surgeries and teams are invented or unmarked organisations; towns, villages and
districts are real and marked as places; schools are real names used for invented pupils and marked as schools.

Markup and conventions: those of bench/redaction_set181.py (and through it set 21). Titles and kinship words stay outside a
name (Mr, Mrs, Ms, Dr, PC, DC, Nan, Nana, Grandad, Aunty, Uncle and the Niuean "Tupuna" (grandparent) and "Matua" (parent));
a chat contact saved as a kinship word is not a name; "SURNAME, First" is one span; initials alone are not marked; usernames
are not marked; neighbours' bare house numbers ("no. 4") are addresses; organisations holding a town's name stay unmarked
("Sedbergh Medical Practice", "Kirkby Lonsdale Youth Club", "Ekalesia Kerisiano Niue"), and so do countries, islands that
are countries, and counties ("Niue", "New Zealand", "Cumbria", "Lancashire"); an OCR misreading keeps its kind.

Choices this set had to make: "Dentdale" (the valley) is marked as a place, as a district is, and so are the hamlets
"Lea Yeat" and "Deepdale"; the surname "Dent" ("Mrs Margaret Dent") is a name; "Dent school" marks the village, as the school
is not named; pubs ("the George and Dragon", "the Sportsman's Inn"), "the Devil's Bridge", "the Westmorland General" and
"Sedbergh Methodist hall" (which marks the town) are landmarks or organisations; a farm or cottage name used as the whole
address ("Low Fold Cottage", "Rise Cottage", "Rise Farm", "Low Fold") is an address; a chat contact or greeting addressed to
"mum" is not a name; initials alone ("H.C.", "E.L.") stay unmarked; "QES" (the school's short form) is a school; a phone
number written with a wrong digit is still a phone; the Snapchat usernames ("g.money_lanc", "ellz_w11") and "lancs"
(Lancashire) are unmarked. A first draft had an invalid phone number and a weekday inside a date span; the checker found them
and they were corrected before finishing.

Self-check without the detector: `python -m bench.redaction_set205` (and tests/test_redaction_set205.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 915 gold spans, 519 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dixon / Hartley family (white British), Millthrop, Sedbergh ----------------------------------------------------

HOME_A = d.Address("4 Frostrow Lane", "Millthrop", "Sedbergh", "LA10 5SJ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kian", "Dixon")], dt.date(2018, 3, 14), addresses=[HOME_A], ids=["6718773824", "A909401221001"],
       schools=["Sedbergh Primary School"]),
    _p("m", "mother", [("Stacey", "Dixon")], dt.date(1993, 11, 2), addresses=[HOME_A], phones=["07812 460 391"]),
    _p("f", "partner", [("Lee", "Hartley")], dt.date(1990, 7, 19), addresses=[HOME_A], phones=["07934 218 605"]),
], "c")

DOCS_A = [
    ("primary school safeguarding chronology", """SEDBERGH PRIMARY SCHOOL - SAFEGUARDING CHRONOLOGY (CPOMS export)
Pupil: [[DIXON, Kian|name]]   DOB [[14/03/2018|dob]]   UPN [[A909401221001|upn]]   NHS [[671 877 3824|nhs]]
Mum: [[Stacey Dixon|name]] [[07812 460 391|phone]]; mum's partner [[Lee Hartley|name]] [[07934 218 605|phone]]
Home: [[4 Frostrow Lane|address]], [[Millthrop|place]], [[Sedbergh|place]] [[LA10 5SJ|postcode]]

[[07/09/2026|date]] [[Kian|name]] ate two breakfasts at breakfast club, said "nothing in at home". Mrs [[Airey|name]] (Y4) logged.
[[14/09/2026|date]] Head lice again; letter home. Nan [[Brenda Dixon|name]] from [[Garsdale|place]] collected, said [[Stacey|name]]
"sleeps all day since [[Lee|name]] moved in".
[[21.9.26|date]] [[Kian|name]] fell asleep in maths. Told TA [[Gemma Thwaite|name]] he was up late with [[Lee|name]]'s mate
"[[Deano|name]]" playing Xbox. DSL Mr [[Rob Handley|name]] informed.
[[2 Oct|date]] Dinner money owing £46. Mum texted: "[[kian|name]] will bring it monday". Did not.
[[12th October 2026|date]] [[Kian|name]] came in with a burn on his hand, said from the oven "when I did my own tea". Referred to
the MASH; SW [[Helen Capstick|name]] (no relation to the [[Gawthrop|place]] family) allocated on [[13/10/2026|date]].
[[20/10/26|date]] Home visit with [[Helen|name]]: dog mess in the hall, no food but a loaf. Neighbour Mrs [[Joan Mattinson|name]]
at [[no. 6|address]] said she gives [[Kian|name]] his tea most nights.
[[4/11/26|date]] [[Kian|name]]'s friends [[Alfie Sedgwick|name]] and [[Isla-Rose Bainbridge|name]] named as safe people at play.
[[11/11/2026|date]] Strategy meeting. PC [[Nicola Harker|name]] said [[Lee|name]]'s van (silver Transit, [[PN19 KVW|vehicle]]) is
known in [[Kendal|place]] for drug supply. [[Deano|name]] = [[Dean Horner|name]] of [[Sedbergh|place]].
[[18th Nov|date]] ICPC booked for [[2 December|date]] at the Sedbergh Medical Practice meeting room. Dr [[Fenwick|name]] to
send a report.
[[25/11/2026|date]] [[Kian|name]] told Mrs [[Airey|name]] that "[[Lee|name]] and [[Deano|name]] went to [[Hawes|place]] in the van" and
left him with [[Stacey|name]] asleep. Friend's mum [[Lisa Sedgwick|name]] ([[07517 640 238|phone]]? - wrong digit, see office) took
[[Kian|name]] and [[Alfie|name]] to Cubs at [[Sedbergh|place]] Methodist hall. Mrs [[Mattinson|name]] emailed the same evening.
[[27.11.26|date]] Nan [[Brenda|name]] phoned: "[[Stacey|name]]'s cousin [[Jodie Close|name]] in [[Ingleton|place]] says she'll have him
at Christmas". [[Rob Handley|name]] passed to [[Helen|name]].
"""),
    ("mother's texts typed up by the social worker", """Texts from [[Stacey Dixon|name]] to SW [[Helen Capstick|name]], copied
[[24/11/26|date]] from the work mobile ([[07458 302 716|phone]])

Thu [[19 Nov|date]] 22:40  its [[stacey|name]] [[kians|name]] mum. [[lee|name]] has gone to his brothers in [[kendal|place]] wont
say when hes back
Thu [[19 Nov|date]] 22:41  i didnt hurt [[kian|name]] that burn was the oven i swear
Fri [[20 Nov|date]] 08:15  my mum [[brenda|name]] is taking him to school, shes at [[3 hawes rd|address]] [[garsdale|place]]
Fri [[20 Nov|date]] 16:02  can [[joan|name]] next door have him fri nights. she said yes. her number [[015396 20418|phone]]
Sat [[21 Nov|date]] 11:30  [[deano|name]] came round looking for [[lee|name]] i told him go away
Sun [[22 Nov|date]] 19:47  im going to the food bank in [[sedbergh|place]] tuesday with [[kian|name]] if thats ok
Mon [[23 Nov|date]] 07:58  sorry about friday. [[lee|name]] back now. hes says hes stopping the weed
(SW note: "[[lee|name]]'s brother" = [[Craig Hartley|name]], [[Kendal|place]]. Reply sent [[23/11|date]]. [[H. Capstick|name]])
Tue [[24 Nov|date]] 09:12  at the food bank now, [[margaret|name]] from church is here, she knows [[joan|name]]
Tue [[24 Nov|date]] 09:13  also can [[kian|name]] go on the school trip to [[ingleton|place]] on the [[4th|date]] i cant pay
(SW note: [[margaret|name]] = Mrs [[Margaret Dent|name]]? ask. Trip is [[4 December|date]] - paid by school. H.C.)
"""),
]


# --- B. Talagi / Pulehetoa family (Niuean), Cowgill, Dentdale ------------------------------------------------------------

HOME_B = d.Address("2 Stone Houses", "Cowgill", "Dent", "LA10 5RN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Lagi", "Talagi")], dt.date(2014, 5, 9), addresses=[HOME_B], ids=["1332395082", "B909402123014"],
       schools=["Settlebeck School"]),
    _p("s", "sibling", [("Sione", "Talagi")], dt.date(2019, 1, 23), addresses=[HOME_B], ids=["4545111947"]),
    _p("m", "mother", [("Mele", "Talagi")], dt.date(1988, 8, 30), addresses=[HOME_B], phones=["07517 640 283"]),
    _p("f", "father", [("Tomasi", "Pulehetoa")], dt.date(1985, 2, 11), addresses=[HOME_B], phones=["07391 825 046"]),
], "c")

DOCS_B = [
    ("family chat in Vagahau Niue and English, translated", """WhatsApp group "[[Talagi|name]] Magafaoa" - screenshots given by
[[Mele|name]]
on [[16/11/2026|date]], translated by interpreter [[Fifita Lui|name]] ([[+64 21 458 9073|phone]], [[Auckland|place]])

[[12/11/26|date]] 20:14 Aunty [[Moka|name]]: Fakaalofa lahi atu [[Mele|name]]. Malolo nakai a [[Lagi|name]]?
   (Hello [[Mele|name]]. Is [[Lagi|name]] all right?)
[[12/11/26|date]] 20:20 [[Mele|name]]: kua ita a [[Tomasi|name]] foki. ne taute e ia e gutuhala
   ([[Tomasi|name]] is angry again. He broke the door.)
[[12/11/26|date]] 20:21 [[Mele|name]]: [[lagi|name]] ne tagi. [[sione|name]] ne mohe
   ([[lagi|name]] was crying. [[sione|name]] was asleep.)
[[13/11/26|date]] 06:02 Tupuna [[Losa|name]]: Liogi au ma mutolu mai [[Hakupu|place]]. Ha ha i ai a [[Iki|name]] i [[Dent|place]]?
   (I pray for you all from [[Hakupu|place]]. Is [[Iki|name]] in [[Dent|place]]?)
[[13/11/26|date]] 06:30 [[Mele|name]]: nakai, [[iki|name]] ha ha i [[Kendal|place]]
   (no, [[iki|name]] is in [[Kendal|place]])
[[13/11/26|date]] 07:11 Aunty [[Moka|name]]: Ta mai ki a au +64 9 ... or call Tupuna on [[+683 4127|phone]]
Interpreter's note: "[[Iki|name]]" is [[Iki Pulehetoa|name]], [[Tomasi|name]]'s cousin, who works at a farm near [[Kendal|place]]. Aunty
[[Moka|name]] is [[Moka Talagi|name]] of [[Otara|place]], [[Auckland|place]], New Zealand. Tupuna [[Losa|name]] lives on Niue.
"Magafaoa" means family; Ekalesia Kerisiano Niue is the church.
[[13/11/26|date]] 21:40 [[Mele|name]]: [[Lagi|name]] ne fano ke he fale ha [[Poppy|name]]
   ([[Lagi|name]] went to [[Poppy|name]]'s house)
[[14/11/26|date]] 07:05 Aunty [[Moka|name]]: Ko e mena fe a [[Tomasi|name]] he mogonei? Fakaaue lahi [[Fifita|name]]
   (Where is [[Tomasi|name]] now? Thank you very much [[Fifita|name]])
[[14/11/26|date]] 07:09 [[Hina|name]]: aunty [[mele|name]] come to [[otara|place]] with [[lagi|name]] and [[sione|name]] pls
   (in English in the original; [[Hina|name]] is [[Moka|name]]'s daughter, 16)
[[15/11/26|date]] 10:30 Tupuna [[Losa|name]]: Fano a [[Mele|name]] ki a [[Grace|name]] i [[Sedbergh|place]]
   ([[Mele|name]], go to [[Grace|name]] in [[Sedbergh|place]])
"""),
    ("police domestic abuse report (DASH summary)", """CUMBRIA POLICE - DOMESTIC ABUSE INCIDENT - summary for Children's Services
Occurrence date: [[14/11/2026|date]] 23:10. Location: [[2 Stone Houses|address]], [[Cowgill|place]], [[Dent|place]],
[[LA10 5RN|postcode]]
Victim: [[TALAGI, Mele|name]] DOB [[30/08/1988|dob]] tel [[07517 640 283|phone]]
Suspect: [[PULEHETOA, Tomasi|name]] DOB [[11/02/1985|dob]] tel [[07391 825 046|phone]] NI [[JT 48 22 71 C|ni]]
Children present: [[Lagi Talagi|name]] (12, DOB [[09.05.2014|dob]], NHS [[1332395082|nhs]]) and [[Sione|name]] (7).
Vehicle: blue Hilux [[VU68 DNX|vehicle]] (suspect's, parked at the [[Cowgill|place]] bridge).
Attending: PC [[Sam Dinsdale|name]] and PC [[Ruth Airey|name]] from [[Kendal|place]]. Arrived 23:52 (road from
[[Sedbergh|place]] icy).
[[Lagi|name]] said: "Dad threw the kettle. Mum went to Mrs [[Harrison|name]]'s at [[no. 5|address]]." Neighbour [[Ann
Harrison|name]] confirmed.
DASH: 14 yes answers - HIGH. MARAC referral made [[15/11/2026|date]] by DS [[Gary Metcalfe|name]]. Suspect arrested, released on
bail to his cousin [[Iki Pulehetoa|name]] at [[Flat 2, 17 Stricklandgate|address]], [[Kendal|place]] [[LA9 4LY|postcode]].
IDVA: [[Corinne Towers|name]] ([[corinne.towers@safeinthedales.org.uk|email]]). School: [[Settlebeck|school]] told [[16/11|date]].
Previous: [[2 September 2026|date]] - argument outside the Sportsman's Inn, [[Cowgill|place]]; [[Mele|name]] walked to her
friend [[Grace Tukuitonga|name]]'s in [[Sedbergh|place]] with the children. No crime. Officer: PCSO [[Wendy Kirkbride|name]].
[[Tomasi|name]]'s employer: Mr [[Stephen Hodgson|name]], [[Lea Yeat|place]] farm, [[015396 25710|phone]].
Children's views: [[Sione|name]] said "Dad is loud". [[Lagi|name]] asked if she could stay with Aunty [[Vai|name]] in [[Kendal|place]]
or with [[Poppy Middleton|name]]'s family in [[Dent|place]] (mum [[Clare Middleton|name]], [[Deepdale|place]]).
Officer: PC [[S. Dinsdale|name]] 2214. Supervisor: Sgt [[Nick Robinson|name]].
"""),
]


# --- C. Wilkinson family (white British), Biggins, Kirkby Lonsdale ----------------------------------------------------------

HOME_C = d.Address("11 Biggins Road", "Biggins", "Kirkby Lonsdale", "LA6 2DY")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ellis", "Wilkinson")], dt.date(2011, 4, 27), addresses=[HOME_C], ids=["3408248958", "C909403519207"],
       schools=["Queen Elizabeth School"]),
    _p("m", "mother", [("Claire", "Wilkinson")], dt.date(1979, 12, 5), addresses=[HOME_C], phones=["015242 71839"]),
], "c")

DOCS_C = [
    ("return home interview", """RETURN HOME INTERVIEW - Westmorland Dales Children's Services
Young person: [[Ellis Wilkinson|name]] ("[[Ell|name]]"), DOB [[27/04/2011|dob]], [[Queen Elizabeth School|school]] Y11
Home: [[11 Biggins Road|address]], [[Biggins|place]], [[Kirkby Lonsdale|place]] [[LA6 2DY|postcode]]. Mum: [[Claire Wilkinson|name]]
([[015242 71839|phone]])
Missing from Friday [[20 November|date]] 16:00 to Sunday [[22nd November|date]] 10:30. Found by BTP at [[Lancaster|place]]
station.
Interviewed by [[Priya Nuttall|name]] (RHI worker) on [[23/11/2026|date]] at the Kirkby Lonsdale Youth Club.
[[Ellis|name]] said he got the bus to [[Lancaster|place]] with his friend [[Jake Procter|name]] and stayed at "[[Tyler|name]]'s" in
[[Morecambe|place]] ([[Tyler Gaskell|name]], 19, known to police). He was given a phone ([[07862 194 530|phone]]) and "did runs"
to [[Carnforth|place]] and [[Ingleton|place]]. He was scared when a man called "[[Big G|name]]" took his trainers.
He misses his dad [[Mark Wilkinson|name]], who lives in [[Heysham|place]]; they last met on [[3 October|date]].
He likes Mr [[Bibby|name]] (his PE teacher) and his girlfriend [[Tilly Bland|name]] of [[Casterton|place]].
Worker's view: exploitation (county lines). NRM referral to be discussed with DS [[Kate Lowther|name]] on [[25/11/26|date]].
[[Ellis|name]]'s words about [[Lancaster|place]]: "[[Ty|name]]'s flat is by the bus station. There was a girl called [[Shannon|name]]
there, she's from [[Kendal|place]], and a lad [[Connor Wilby|name]] from [[Milnthorpe|place]]. [[Kez|name]] drove us to [[Carnforth|place]]
in a red car." Mum [[Claire|name]] and Grandad [[Jim|name]] were present. Grandad lives at [[8 Mill Brow|address]], [[Kirkby
Lonsdale|place]].
Safety plan: [[Ellis|name]] to ring mum or Grandad [[Jim|name]] ([[015242 72960|phone]]) if anyone offers a lift; youth worker
[[Carl Mashiter|name]] to see him at the youth club on Tuesdays; [[Jake|name]] and [[Tilly|name]] both said they will tell
[[Claire|name]] if [[Kez|name]] or [[Ty|name]] make contact. Next review with [[Martin Escolme|name]] on [[2nd December|date]].
"""),
    ("missing person phone log", """OUT OF HOURS LOG - [[20/11/26|date]] - [[Ellis Wilkinson|name]]
16:45 Mum [[Claire|name]] rang: [[Ellis|name]] not home from QES, phone off. Last seen by [[Jake|name]]'s mum [[Debbie
Procter|name]] at the Devil's Bridge at 15:50.
17:30 Rang [[Jake Procter|name]] ([[07425 903 617|phone]]): "dunno where [[ell|name]] is". Then said [[lancaster|place]].
18:10 Police informed, ref 0419 of [[20/11|date]]. PC [[Hodgson|name]] rang mum.
21:00 [[Tilly|name]] messaged mum: "[[ellis|name]] with [[tyler|name]] in [[morecambe|place]] i think, hes ok".
[[21/11|date]] 09:20 Grandad [[Jim Wilkinson|name]] ([[015242 72960|phone]]) drove round [[Kirkby|place]] and
[[Burton-in-Kendal|place]]. Nothing.
[[22/11|date]] 10:40 BTP: found at [[Lancaster|place]] station with a stranger, [[Kieran Doyle|name]] (22). Mum collected.
Logged by [[S. Ferguson|name]], EDT. Passed to SW [[Martin Escolme|name]] for [[23rd|date]].
[[22/11|date]] 13:00 [[Ellis|name]] home. Mum says he slept from 1pm. Aunt [[Denise Wilkinson|name]] from [[Arnside|place]]
came over. Dad [[Mark|name]] rang from [[Heysham|place]] ([[07306 418 259|phone]]), wants a meeting.
[[23/11|date]] 08:00 Handover to day team ([[Martin Escolme|name]] and [[Priya Nuttall|name]]).
"""),
]


# --- D. Brogden family (white British), Casterton, near Kirkby Lonsdale -------------------------------------------------

HOME_D = d.Address("Low Fold Cottage", "Casterton", "Kirkby Lonsdale", "LA6 2SD")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Freya", "Brogden")], dt.date(2013, 9, 18), addresses=[HOME_D], ids=["2856560814", "Q909401924055"],
       schools=["Queen Elizabeth School"]),
    _p("f", "father", [("Neil", "Brogden")], dt.date(1976, 6, 3), addresses=[HOME_D], phones=["07983 514 270"]),
], "c")

DOCS_D = [
    ("young carers' assessment", """YOUNG CARERS' ASSESSMENT - Carers Support (Westmorland)
Name: [[Freya Brogden|name]]   DOB [[18.09.2013|dob]]   NHS [[285 656 0814|nhs]]   UPN [[Q909401924055|upn]]
Address: [[Low Fold Cottage|address]], [[Casterton|place]], [[Kirkby Lonsdale|place]] [[LA6 2SD|postcode]]
Dad: [[Neil Brogden|name]] ([[07983 514 270|phone]]), bipolar disorder, two hospital stays this year (last [[9 August|date]]
at the Westmorland General).
[[Freya|name]] does: dad's tablets, cooking, feeding the hens, shopping at the [[Kirkby Lonsdale|place]] market on Thursdays.
Mum ([[Gail Thornber|name]]) left in 2023 and lives in [[Barrow|place]]; calls on birthdays.
What [[Frey|name]] said: "When dad is high he drives too fast to [[Kendal|place]]. When he is low he stays in bed and I ring
Aunty [[Sue|name]]." (Aunty [[Sue Brogden|name]], [[Burneside|place]], [[07588 214 367|phone]]? - number to check.)
Friends: [[Evie Sowerby|name]], [[Hannah Willan|name]]. Trusted adult: Mrs [[Cornthwaite|name]] at QES.
Assessed by [[Louise Garnett|name]] on [[19/11/2026|date]]; review [[19 February 2027|date]].
CPN: [[Adam Rigg|name]] ([[adam.rigg@cumbria-mh.nhs.uk|email]]).
Other people in [[Freya|name]]'s life: her nan [[Dorothy Brogden|name]] (died [[2 February 2025|date]]); her cousin
[[Luke Brogden|name]] (17) at [[Burneside|place]]; her riding teacher [[Mandy Capstick|name]] at [[Cowan Bridge|place]]; the
vicar Rev [[Peter Gregson|name]] at [[Casterton|place]]. [[Freya|name]] wants more time at riding on Saturdays.
Parent's view ([[Neil|name]], [[20.11.2026|date]]): "[[Freya|name]] shouldn't have to. When [[Gail|name]] went it all fell on her. My
sister [[Sue|name]] does what she can from [[Burneside|place]] but she works at the mill." GP: Dr [[Rawlinson|name]], Kirkby
Lonsdale Surgery.
"""),
    ("child's own writing scanned by OCR", """[OCR of a handwritten page, young carers' group, [[26.1l.2026|date]]]
My name is [[Freya Brogdon|name]] and I am l3. I live in [[Castert0n|place]] with my dad [[Nei1|name]] and our dog [[Bramble|name]].
My best friends are [[Evie|name]] and [[Hanah|name]]. On saturday [[2lst|date]] I went to [[Evie|name]]s in [[kirkby|place]] and
her mum [[Karen|name]] did pizza.
I worry when dad dont get up. Aunty [[Sue|name]] comes from [[Burneside|place]] in her red car. I like Mrs [[Cornthwaite|name]]
because she lets me do my homework at lunch.
When I am older I want to be a vet like Mr [[Alderson|name]] in [[Sedbergh|place]].
[[FREYA|name]]
PS my cousin [[Luke|name]] is l7 and he lives in [[Burnes1de|place]]. He is teching me to drive the quad bike.
Nan [[Dorothy|name]] died on [[2 Febuary|date]] and I miss her.
"""),
]


# --- E. Metcalfe / Sharma family, Barbon --------------------------------------------------------------------------------

HOME_E = d.Address("3 Beckside", "Barbon", "Carnforth", "LA6 2LT")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Anaya", "Metcalfe")], dt.date(2019, 10, 6), addresses=[HOME_E], ids=["5384137851"]),
    _p("m", "mother", [("Rachel", "Metcalfe")], dt.date(1987, 1, 15), addresses=[HOME_E], phones=["015242 76130"]),
    _p("f", "father", [("Vikram", "Sharma")], dt.date(1984, 4, 22), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("short breaks referral form", """SHORT BREAKS REFERRAL (disabled children)
Child: [[METCALFE, Anaya|name]]  DOB: [[06/10/2019|dob]]  NHS: [[538 413 7851|nhs]]
Address: [[3 Beckside|address]], [[Barbon|place]], via [[Carnforth|place]], [[LA6 2LT|postcode]]
Parents: [[Rachel Metcalfe|name]] (tel [[015242 76130|phone]], [[rachel.metcalfe77@gmail.com|email]]); [[Vikram Sharma|name]]
(works away, [[Leeds|place]]).
Needs: cerebral palsy, gastrostomy, seizures. Wheelchair user. Attends [[Sandgate School|school]], [[Kendal|place]] (taxi, driver
[[Dave Mason|name]]).
Paediatrician: Dr [[Okafor|name]]; community nurse [[Lynne Bowness|name]].
Family support: grandparents [[Peter|name]] and [[Margaret Metcalfe|name]] in [[Kirkby Lonsdale|place]]; [[Vikram|name]]'s mother
[[Sunita Sharma|name]] in [[Bradford|place]].
Mum's words: "I haven't slept a full night since [[Anaya|name]]'s op on [[17th March|date]]."
Requested: overnight short breaks at [[Kendal|place]]; a carer at home Saturdays.
Referrer: [[Joanne Dobson|name]], SW, on [[25 November 2026|date]].
Previous respite: none. Early help worker [[Sandra Procter|name]] closed on [[12/08/2025|date]].
Neighbours: [[Ron|name]] and [[Irene Burrow|name]] at [[no. 5|address]] help with bins and the dog. Mum's friend [[Kirsty Hebden|name]]
from [[Whittington|place]] sits for an hour on Wednesdays.
"""),
    ("GP's email", """From: Dr [[Emma Lambert|name]] <[[emma.lambert@nhs.net|email]]>
To: [[Joanne Dobson|name]]
Sent: [[26/11/2026|date]] 12:04
Subject: [[Anaya Metcalfe|name]] [[06.10.19|dob]]

Hi [[Jo|name]],
Saw [[Rachel|name]] today with [[Anaya|name]]. [[Rachel|name]] very low; started sertraline. She said [[Vik|name]] is in [[Leeds|place]]
Mon to Fri and her parents in [[Kirkby Lonsdale|place]] are getting too old to lift [[Anaya|name]].
Please prioritise the short breaks. Health visitor not involved (over 5). School nurse at [[Sandgate|school]] is [[Kath
Wilson|name]].
Regards, [[Emma|name]]
Dr [[E. Lambert|name]], Kirkby Lonsdale Surgery
PS [[Rachel|name]] asked me to say her new mobile is [[07588 124 367|phone]] - the landline at [[Barbon|place]] is often down.
E.L.
"""),
]


# --- F. Capstick / Whitwell family (white British), Gawthrop, Dent --------------------------------------------------------

HOME_F = d.Address("Rise Cottage", "Gawthrop", "Dent", "LA10 5TA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Bobbi", "Capstick")], dt.date(2026, 9, 29), addresses=[HOME_F], ids=["8927717147"]),
    _p("m", "mother", [("Jade", "Capstick")], dt.date(2004, 6, 12), addresses=[HOME_F], phones=["07462 318 905"]),
    _p("f", "father", [("Ryan", "Whitwell")], dt.date(2002, 3, 8), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("pre-birth assessment extract", """PRE-BIRTH ASSESSMENT (extract) - completed after birth
Baby: [[Bobbi Capstick|name]], born [[29/09/2026|dob]] at [[Lancaster|place]], NHS [[8927717147|nhs]]
Mother: [[Jade Capstick|name]] ([[12/06/2004|dob]]); father: [[Ryan Whitwell|name]] ([[08/03/2002|dob]])
Home: [[Rise Cottage|address]], [[Gawthrop|place]], [[Dent|place]] [[LA10 5TA|postcode]] (rented from [[Tom Hebblethwaite|name]])
History: [[Jade|name]] in care from 13, placed in [[Ulverston|place]]; [[Ryan|name]] drinks, daily cannabis; police called
[[2 June|date]] and [[14 August 2026|date]] (argument in [[Dent|place]] village by the George and Dragon).
Strengths: [[Jade|name]] went to every scan; [[Ryan|name]]'s mum [[Tracy Whitwell|name]] of [[Sedbergh|place]] will help.
[[Jade|name]]'s friend [[Ashleigh Bell|name]] comes most days from [[Cowgill|place]].
Midwife: [[Sarah Mounsey|name]]. HV: [[Bethan Parkin|name]].
Plan: child in need; review [[7 January 2027|date]].
Network: [[Jade|name]]'s foster carers when she was 14, [[Jean|name]] and [[Alan Dobson|name]] of [[Ulverston|place]], still send cards;
her sister [[Kayla Capstick|name]] (19) lives in [[Barrow|place]], [[07425 930 617|phone]]. [[Ryan|name]]'s dad [[Gary Whitwell|name]] is in
[[Carlisle|place]], no contact.
Visits: [[6/7/26|date]] ([[Jade|name]] alone), [[20/7/26|date]] ([[Jade|name]] and [[Ryan|name]]), [[3/8/26|date]] (no answer; neighbour
Mr [[Harper|name]] at [[Rise Farm|address]] said the couple were in [[Hawes|place]]), [[17/8/26|date]] ([[Tracy|name]] present).
Assessed by [[Helen Capstick|name]]; manager [[Andrew Gibson|name]].
"""),
    ("health visitor's lower-case notes", """hv notes [[bobbi|name]] [[capstick|name]] - [[1/12|date]] - [[b parkin|name]]
- hv at [[gawthrop|place]] 10.15, [[jade|name]] + baby only. [[ryan|name]] at work in [[hawes|place]]?
- baby wt good. cot ok. smell of weed in kitchen, [[jade|name]] says its [[ryans|name]] mate [[kyle|name]]
- [[kyle|name]] = [[kyle dinsdale|name]]? from [[dent|place]] - check w/ sw
- [[tracy|name]] ([[ryan|name]]s mum) came 10.40, said shes having [[bobbi|name]] weds nights at hers in [[millthrop|place]]
- [[jade|name]] low mood, edinburgh score 15. gp appt [[3rd|date]] w dr [[hartley|name]] (no relation to [[lee hartley|name]]?)
- [[ashleigh|name]] rang during visit, on [[07934 218 605|phone]]?? - thats [[lee|name]]s number, ask [[jade|name]]
- next hv [[15/12|date]]. tell sw [[helen capstick|name]] (no relation)
- [[jade|name]] asked about baby group at [[sedbergh|place]] - [[ashleigh|name]] can drive her thursdays
- [[tracy whitwell|name]] mob [[07481 266 930|phone]]
"""),
]


DOCS_A += [
    ("initial child protection conference decisions sheet", """INITIAL CHILD PROTECTION CONFERENCE - DECISIONS
Child: [[Kian Dixon|name]] ([[14.03.2018|dob]])   Date of conference: [[2nd December 2026|date]]   Chair: [[Alison Cragg|name]]
Present: [[Stacey Dixon|name]] (mum); [[Lee Hartley|name]] (mum's partner, left at 11:10); [[Helen Capstick|name]] (SW);
[[Rob Handley|name]] (DSL, [[Sedbergh Primary|school]]); PC [[Nicola Harker|name]]; [[Brenda Dixon|name]] (nan, [[Garsdale|place]]).
Apologies: Dr [[Fenwick|name]] (report sent [[30/11|date]]); school nurse [[Wendy Nelson|name]].
Decision: child protection plan, category neglect. Core group [[9/12/2026|date]] at [[Sedbergh|place]]. Review conference
[[3 March 2027|date]].
Plan: [[Kian|name]] to have tea with Mrs [[Mattinson|name]] (neighbour) on school nights until the review; [[Lee|name]] to do a drug
test; nan [[Brenda|name]] to have [[Kian|name]] every Friday; [[Stacey|name]] to see her GP about her mood by [[16th December|date]].
[[Stacey|name]]'s email for minutes: [[staceyd93@hotmail.co.uk|email]].
Views: [[Kian|name]] told [[Helen|name]] before the meeting: "I want to live with mum and have tea at [[Joan|name]]'s. I don't like
[[Deano|name]]." [[Lee|name]] said he will stay at his brother [[Craig|name]]'s in [[Kendal|place]] on the nights [[Deano|name]] is about.
Core group members: [[Stacey|name]], [[Lee|name]], [[Helen Capstick|name]], [[Rob Handley|name]], [[Brenda Dixon|name]],
[[Joan Mattinson|name]],
school nurse [[Wendy Nelson|name]], family support worker [[Tom Sedgwick|name]].
"""),
]

DOCS_B += [
    ("MARAC referral form", """MARAC REFERRAL - Cumbria
Victim: [[Mele Talagi|name]]  DOB [[30.08.1988|dob]]  Address: [[2 Stone Houses|address]], [[Cowgill|place]], [[Dentdale|place]]
[[LA10 5RN|postcode]]  Safe number: [[07306 481 259|phone]] (sister-in-law [[Vai Pulehetoa|name]]'s phone)
Perpetrator: [[Tomasi Pulehetoa|name]]  DOB [[11.2.1985|dob]]
Children: [[Lagi|name]] (12), [[Sione|name]] (7, [[Dent|place]] school)
Risk: strangled [[Mele|name]] in July? (she says "just the once, at [[Iki|name]]'s party on the [[4th|date]]"); threats
to take [[Sione|name]] to [[Auckland|place]]; [[Mele|name]]'s passport held by [[Tomasi|name]].
Language: English is good but [[Mele|name]] prefers Vagahau Niue for hard things; interpreter [[Fifita Lui|name]] (by video).
Support: church friends [[Grace Tukuitonga|name]] and her husband [[Hiko|name]] in [[Kendal|place]]; Pastor [[Talagi|name]]?
- no, Pastor is Rev [[Vaha Makaea|name]] of [[Preston|place]].
Referrer: [[Corinne Towers|name]], IDVA, [[16/11/2026|date]].
Other risks: [[Tomasi|name]] has a shotgun licence for the farm (Mr [[Hodgson|name]]'s guns kept at [[Lea Yeat|place]]).
[[Mele|name]]'s friends: [[Grace|name]] ([[Sedbergh|place]]), [[Ashleigh Bell|name]] ([[Cowgill|place]]).
Children's schools: [[Settlebeck|school]] ([[Lagi|name]]), [[Dent|place]] school ([[Sione|name]]).
"""),
]

DOCS_C += [
    ("Snapchat messages typed up by police", """Exhibit KL/3 - Snapchat messages from [[Ellis Wilkinson|name]]'s phone, typed up
by DC [[Anna Bibby|name]]
[[22/11/26|date]]. Usernames are as shown.

[[19/11|date]] 21:02 g.money_lanc: u coming lancs friday or wat
[[19/11|date]] 21:04 ellz_w11: yh after school. [[jake|name]] coming 2
[[19/11|date]] 21:05 g.money_lanc: no [[jake|name]]. just u. [[ty|name]] will meet u at the bus stop by the co op
[[20/11|date]] 15:58 ellz_w11: on the bus now. [[tilly|name]] keeps ringing
[[20/11|date]] 23:40 g.money_lanc: take the ting to [[carnforth|place]] 2moro. [[kez|name]] drives. red astra [[PK16 WXE|vehicle]]
[[21/11|date]] 12:15 ellz_w11: [[kez|name]] left me at [[ingleton|place]] i got no money
Note: "[[Kez|name]]" believed to be [[Kieran Doyle|name]]; "[[ty|name]]" = [[Tyler Gaskell|name]]. g.money_lanc not identified.
[[21/11|date]] 18:30 ellz_w11 to "mum": im ok im at [[shannons|name]]
"""),
]

DOCS_D += [
    ("social worker's phone notes", """phone notes - [[Freya Brogden|name]] - [[30/11/26|date]]
09:05 rang [[Neil|name]] on [[07983 514 270|phone]], no answer. Rang [[Freya|name]]'s aunt [[Sue|name]] ([[07588 214 367|phone]]):
[[Neil|name]] "high as a kite" all weekend, drove to [[Lancaster|place]] and back at 3am; [[Freya|name]] stayed with [[Evie
Sowerby|name]] in [[Kirkby Lonsdale|place]] (mum [[Karen Sowerby|name]], [[015242 71642|phone]]).
09:40 CPN [[Adam Rigg|name]]: will visit [[Casterton|place]] today with Dr [[Banerjee|name]] (psychiatrist).
11:15 QES (Mrs [[Cornthwaite|name]]): [[Freya|name]] in school, tired. Her NI number for the carer's bursary form is not known yet
(she is 13), [[Neil|name]]'s is [[NX 62 14 38 A|ni]].
14:30 [[Neil|name]] rang back, agreed to informal admission. [[Sue|name]] to stay at [[Low Fold|address]] with [[Freya|name]]
till [[7/12|date]].
[[L. Garnett|name]]
15:10 [[Freya|name]] rang me from [[Evie|name]]'s: "can I go to nan's grave at [[Casterton|place]] on Sunday with Aunty [[Sue|name]]". Yes.
"""),
]

DOCS_E += [
    ("mother's voice note transcribed", """Voice note from [[Rachel Metcalfe|name]] to SW [[Joanne Dobson|name]],
[[29 Nov 2026|date]], 02:57, transcribed by
business support ([[K. Howson|name]])

"[[Jo|name]] sorry it's three in the morning. [[Anaya|name]]'s had four seizures since midnight and I've given her the
buccal. [[Vik|name]]'s not answering, he's in [[Leeds|place]] again. My mum [[Margaret|name]] can't come out, dad [[Pete|name]]'s
back is bad. I rang [[Lynne|name]] - the nurse - [[Lynne Bowness|name]] - she said ring 111. I just, I can't keep doing
this. The taxi man [[Dave|name]] said [[Sandgate|school]] are closed Monday anyway. Can someone come Tuesday? I'm at
[[Barbon|place]], you know where. [[Beckside|address]]. Sorry."
(Business support note: a second voice note at 03:20 gave the name of the neighbour, "[[Irene|name]] at number five", and
said [[Rachel|name]]'s sister [[Hannah Metcalfe|name]] in [[Kendal|place]] is coming in the morning.)
"""),
]

DOCS_F += [
    ("father's text messages to the midwife", """Texts from [[Ryan Whitwell|name]] ([[07969 120 743|phone]]) to midwife
[[Sarah Mounsey|name]], copied into
the notes [[2/10/26|date]]

[[28/9|date]] 19:20 hiya its [[ryan|name]] [[jades|name]] fella. her waters gone were on way to [[lancaster|place]] in my mams car
[[28/9|date]] 19:21 its a grey corsa [[YD17 OHT|vehicle]] if security ask lol
[[29/9|date]] 04:02 shes here!!!! [[bobbi|name]] [[rae|name]] 7lb 2oz
[[30/9|date]] 10:14 can [[jade|name]] come home to [[gawthrop|place]] tmrw or do we stop in. my mam [[tracy|name]] will drive
[[1/10|date]] 08:50 im not drinking i promised [[jade|name]]. [[kyle|name]] not coming round no more
[[3/10|date]] 20:15 [[jade|name]] says thank u to [[sarah|name]] and [[bethan|name]] x [[bobbi|name]] sleeping
"""),
]


DOCS_A += [
    ("neighbour's email to the school", """From: [[Joan Mattinson|name]] <[[joan.mattinson@btinternet.com|email]]>
To: office@ (school)
Date: Wed, [[25 Nov 2026|date]] 18:32
Subject: [[Kian|name]] at [[no 4|address]]

Dear Mr [[Handley|name]],
I am [[Kian|name]]'s neighbour at [[6 Frostrow Lane|address]]. I don't want to cause trouble for [[Stacey|name]] but the boy was on
my step at 7 last night in his socks. The man ([[Lee|name]]) had friends round, a lad in a white van and another they call
[[Deano|name]]. My son [[Graham|name]] (he lives at [[Howgill|place]]) says I should ring the police but I would rather tell you.
[[Kian|name]] had his tea with me and I walked him back at 8.30 when his nan [[Brenda|name]] came over from [[Garsdale|place]].
My phone is [[015396 25170|phone]].
Kind regards, [[Joan Mattinson|name]] (Mrs)
P.S. [[Stacey|name]]'s friend [[Donna Hebblethwaite|name]] from [[Dent|place]] was there too, I think she is a good sort.
P.P.S. [[Graham|name]]'s number if you need it: [[07306 481 952|phone]]. He is [[Graham Mattinson|name]].
"""),
]

DOCS_B += [
    ("interpreter-assisted home visit note", """Home visit, [[2 Stone Houses|address]], [[Cowgill|place]] -
[[24 November 2026|date]] - SW [[Nerys Bland|name]],
interpreter [[Fifita Lui|name]] by video from [[Auckland|place]] (evening there)
Present: [[Mele|name]], [[Lagi|name]], [[Sione|name]]. [[Tomasi|name]] is staying with [[Iki|name]] in [[Kendal|place]] (bail).
[[Mele|name]] said (in Vagahau Niue, interpreted): "I came from Niue to [[Auckland|place]] at 15 and to England with [[Tomasi|name]]
for his job on the farm at [[Lea Yeat|place]]. My mother [[Losa Talagi|name]] is in [[Hakupu|place]]; she rings me
at 6 each morning." Her mother's number: [[+683 7203|phone]].
[[Lagi|name]] showed me her room; she wants to see her friend [[Poppy|name]] and her cousin [[Hina|name]] in [[Otara|place]].
[[Sione|name]] at [[Dent|place]] school; teacher Miss [[Harrison|name]] says he is quiet since the [[14th|date]].
Next: strategy meeting [[26/11|date]]; [[Mele|name]] to get her passport back (PC [[Dinsdale|name]]).
Interpreter's note: "Tupuna" (grandparent) and "Matua" (parent) are used as titles: [[Mele|name]] calls her mother Tupuna
[[Losa|name]] to the children. [[Lagi|name]]'s full name on her Niue birth record is [[Lagimaina Talagi|name]].
"""),
]

DOCS_C += [
    ("school attendance and behaviour email", """From: [[Rachel Bibby|name]] <[[r.bibby@qes.cumbria.sch.uk|email]]>
To: [[Martin Escolme|name]]
Date: [[27/11/2026|date]]
Subject: [[WILKINSON Ellis|name]] 11RB

[[Martin|name]] - [[Ellis|name]] was in today, first time since the [[19th|date]]. He had a new phone and £80 trainers. At lunch
he was by the gate with an older lad in a red Astra; Mr [[Holme|name]] took the plate, it matches the one you gave us. [[Jake
Procter|name]] told his tutor Mrs [[Ingham|name]] that [[Ellis|name]] "owes [[Kez|name]] money". [[Tilly
Bland|name]] (Y10) was upset and went
home to [[Casterton|place]] at 1pm, her mum [[Jo Bland|name]] collected.
Attendance: 78%. Missing days: [[21 Oct|date]], [[4 Nov|date]], [[20/11|date]] (pm), [[23/11|date]], [[24/11|date]].
His mum [[Claire|name]] wants him to sit his mocks on [[8 January|date]]. Do you want me at the meeting in [[Kirkby Lonsdale|place]]?
[[Rachel|name]] (Head of Y11)
PS [[Ellis|name]]'s form tutor is now Mr [[Ben Holme|name]]; Mrs [[Ingham|name]] is on leave until [[4/1/27|date]].
"""),
]

DOCS_D += [
    ("carer's bursary application form", """CARERS SUPPORT (WESTMORLAND) - YOUNG CARER'S BURSARY - APPLICATION
Applicant: [[BROGDEN, Freya|name]]   Date of birth: [[18 Sept 2013|dob]]   School: [[QES|school]] (Y9)
Address: [[Low Fold Cottage|address]], [[Casterton|place]], [[LA6 2SD|postcode]]
Parent/carer: [[Neil Brogden|name]] (NI [[NX 62 14 38 A|ni]]), tel [[07983 514 270|phone]]
What for: a bike to get to [[Kirkby|place]] and a laptop. "My old bike was nicked at the bus stop in [[Cowan Bridge|place]]."
Supporting worker: [[Louise Garnett|name]], [[l.garnett@carerswestmorland.org.uk|email]]
Signed by the young person: [[Freya B|name]]     Date: [[1/12/2026|date]]
Second referee: Mrs [[J. Cornthwaite|name]], [[Queen Elizabeth School|school]]
Reference from Mrs [[Cornthwaite|name]]: "[[Freya|name]] cares for her father every day and still gets to school from [[Casterton|place]]
by 8.30."
Office use: received [[2/12/26|date]] by [[Pat Thornber|name]]; approved by [[L. Garnett|name]] on [[4/12/26|date]].
"""),
]

DOCS_E += [
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[3 December 2026|date]] - minutes (extract)
Chair: [[Philippa Nuttall|name]]. Present: [[Joanne Dobson|name]] (SW), [[Lynne Bowness|name]] (community nursing), [[Tariq Khan|name]]
(finance), [[Sian Airey|name]] (OT).
Item 4: [[Anaya Metcalfe|name]], 7, [[Barbon|place]]. [[Jo|name]] presented. Mum [[Rachel|name]] exhausted, dad [[Vikram|name]] away in
the week; grandparents [[Peter|name]] and [[Margaret Metcalfe|name]] in [[Kirkby Lonsdale|place]] help with school runs only.
[[Sian|name]]: a hoist needed at [[3 Beckside|address]]; bathroom too small. The house next door ([[no. 5|address]], owned by Mr
[[Burrow|name]]) may be for sale.
Decision: 2 nights a month at the unit in [[Kendal|place]] from [[11 January 2027|date]]; Saturday sitter ([[Chloe Marsden|name]],
agency). Review June 2027? - no, review on [[4 June 2027|date]].
Item 5 (not this family): deferred to [[17 December|date]].
Minutes: [[K. Howson|name]].
Action log: [[Sian Airey|name]] - hoist by [[15/1/27|date]]; [[Joanne Dobson|name]] - tell [[Rachel|name]] and [[Vikram|name]] by
[[7 December|date]]; [[Lynne Bowness|name]] - seizure plan to [[Sandgate|school]] and to [[Chloe Marsden|name]].
"""),
]

DOCS_F += [
    ("GP surgery safeguarding phone call note", """Phone call note - Sedbergh Medical Practice - [[4/12/26|date]] 11:20
Caller: [[Tracy Whitwell|name]] (paternal gran), [[07481 266 930|phone]], of [[Millthrop|place]]
She said [[Jade|name]] rang her at 2am crying, [[Ryan|name]] "off his face" with [[Kyle Dinsdale|name]] in [[Dent|place]]; baby
[[Bobbi|name]] (DOB [[29.09.2026|dob]], NHS [[892 771 7147|nhs]]) fine, now at [[Tracy|name]]'s.
Dr [[Hartley|name]] spoke to [[Jade|name]] on [[07462 318 905|phone]] at 11:40: she is at [[Rise Cottage|address]],
[[Gawthrop|place]], wants
to leave [[Ryan|name]] and go to her friend [[Ashleigh Bell|name]]'s in [[Cowgill|place]].
Passed to HV [[Bethan Parkin|name]] and SW [[Helen Capstick|name]] ([[helen.capstick@westmorlanddales.gov.uk|email]]).
Recorded by [[M. Alderson|name]] (practice manager).
12:05 [[Ashleigh Bell|name]] rang ([[07969 210 743|phone]]): she has [[Jade|name]] and [[Bobbi|name]] at hers in [[Cowgill|place]] now.
14:00 HV [[Bethan|name]] rang back: will visit [[Cowgill|place]] on [[7/12|date]]; [[Helen|name]] to call [[Ryan|name]] and
[[Tracy|name]]. [[Kyle Dinsdale|name]]'s address is believed to be [[Flat 1, Sun Inn Yard|address]], [[Dent|place]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 205 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:54 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "tupuna", "matua"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cumbria", "lancashire",
               "westmorland", "niue", "new zealand", "yorkshire", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Tupuna Losa", "Aunty Moka") and countries and counties
# ("Niue", "New Zealand", "Cumbria").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
