"""Set 215: a held-out hand-written set for the redaction detector, six invented families in the South Hams, Devon
(Kingsbridge, Salcombe, Modbury, Ivybridge and the villages around them), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set214.py, bench/redaction_set216.py and bench/redaction_set217.py and their tests (written by other helpers
at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked
at no detector output. What was read: bench/redaction_set213.py (its docstring, its first record and document lines, the
list of its records, its last documents and its end: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet),
tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the first lines of bench/redaction_handwritten.py
(its markup note, `Records`, `HandSet`, `word_problems`, `_parse`) and of bench/redaction_set15.py's docstring; set 181 was
not opened (set 213 follows its conventions and was copied). The docstrings of bench/redaction_set*.py were searched by script
for the towns and villages used here (Kingsbridge, Salcombe, Modbury, Ivybridge, Yealmpton, Aveton Gifford, Malborough,
Thurlestone, Loddiswell, South Hams: no hits) and for some thirty Asian communities; only the set numbers of hits were
printed. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs (LA 878, Devon) made with
python-stdnum. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Shorter than asked: the sitting was about thirty minutes, so this set has 24 documents but 823 gold spans (492 names), not
the 900 (about 500 names) asked for; the documents were written short and lengthened in two rounds.

Six families: a white British mother drinking, with a violent partner, on Westville, Kingsbridge, nan in West Alvington
(Luscombe / Pengelly; a burn, domestic abuse, child in need); a Minangkabau family from Bukittinggi and Padang, West Sumatra,
in Ivybridge, the mother's brother in Plympton (Chaniago / Piliang, girl Aisyah Rahmadani; physical chastisement with a
belt, s47); a young carer of 13 in Salcombe with a father with MS, an aunt in Malborough (Jago); a boy of 15 in Modbury in
county lines from Plymouth (Tapper / Hext; missing, Snapchat, contextual safeguarding); a girl of 6 in Aveton Gifford, a
mother strangled by the father, a grandmother in Thurlestone (Widdicombe / Gill; MARAC, child protection plan); and a baby of
four months with a bruise in Yealmpton, his nan in Brixton (Devon) (Blamey / Lethbridge). The community named here,
Minangkabau (West Sumatra, Indonesia), did not appear in any earlier docstring searched. 24 documents, each with its own
style label: a MASH referral from a primary school, a police incident log, a nan's Facebook messages typed up, a child in
need plan, a school safeguarding log, strategy discussion minutes, a mother's WhatsApp message translated, a young person's
own words with the advocate, a young carer's own writing, a GP letter to children's services, a young carers' assessment, a
voice note transcribed, a return home interview, Snapchat messages typed up by the police, contextual safeguarding panel
minutes, a mother's complaint email, a MARAC referral, a child's worksheet with the school nurse, initial child protection
conference minutes, a scanned letter from a father (OCR text with its misreadings), a health visitor's home visit note, a
MASH decision record, a paediatrician's email and a grandmother's text messages typed up.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and abroad (Indonesia, +62); NHS numbers and UPNs pass their check digits. Towns,
villages and districts (Westville, Whitleigh, Devonport, Stonehouse, East Portlemouth, Lee Mill, Bittaford) are real and
marked as places; organisations stay unmarked even when they hold a town's name ("Kingsbridge Health Centre", "Salcombe and
Kingsbridge Group Practice", "Derriford Hospital", "Devon and Cornwall Police", "Devon Young Carers", "Follaton House").

Markup and conventions: those of bench/redaction_set181.py as set 213 shows them. Titles and kinship words stay outside a
name (Mr, Mrs, Ms, Miss, Dr, PC, DC, PCSO, Sister, nurse, Imam, nanny, auntie, and the Minangkabau and Indonesian words
mamak, Amak, ayah, uni, nenek, Etek, ibu and Pak); "SURNAME, First" is one span; initials alone are not marked; usernames
are not marked; countries and regions ("Indonesia", "West Sumatra", "Devon", "South Hams") are not places; an OCR misreading
keeps its kind.

Choices this set had to make: chat speaker labels are names ("jean:", "tracey:", "kian:"); the nickname "Tee" for a boy whose
initial is T is marked as a name; a dog's name ("Bramble", "Skipper") is marked as a name; a police collar number stays
outside the name; a make and model stay outside a vehicle span; "ivy" for Ivybridge is a place; a house name ("Bay View",
"Quay House") is an address; "Fore Street" or "fore st" alone is an address; "Java" (the island) is a place; a year alone
("2024") and a festival with a year ("Christmas 2025", "Easter 2026") are dates; "Kingsbridge rec", "Ivybridge Watermark"
and "Kingsbridge quay" mark only the town; "Little Acorns" nursery and "Stowford" are schools; a weekday stays outside a date
span; a phone in the OCR letter is written clean so it can be checked.

Self-check without the detector: `python -m bench.redaction_set215` (and tests/test_redaction_set215.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 823 gold spans, 492 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Luscombe / Pengelly family (white British), Westville, Kingsbridge -------------------------------------------

HOME_A = d.Address("9 Belle Cross Road", "Westville", "Kingsbridge", "TQ7 1NL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Luscombe")], dt.date(2017, 6, 11), addresses=[HOME_A], ids=["9434611474", "X878635671386"],
       schools=["Kingsbridge Primary School"]),
    _p("s", "sibling", [("Poppy", "Luscombe")], dt.date(2022, 1, 30), addresses=[HOME_A], ids=["3224497483"]),
    _p("m", "mother", [("Kerry", "Pengelly")], dt.date(1994, 8, 2), addresses=[HOME_A], phones=["07812 406 391"]),
], "c")

DOCS_A = [
    ("MASH referral from the primary school", """MASH REFERRAL - [[Kingsbridge Primary|school]] - [[02/10/2026|date]]
Child: [[LUSCOMBE, Jayden|name]]  DOB [[11/06/2017|dob]]  UPN [[X878635671386|upn]]  NHS [[943 461 1474|nhs]]
Sibling: [[Poppy Luscombe|name]] ([[30.01.2022|dob]]). Mother: [[Kerry Pengelly|name]], [[07812 406 391|phone]]
Address: [[9 Belle Cross Road|address]], [[Westville|place]], [[Kingsbridge|place]] [[TQ7 1NL|postcode]]
Referrer: [[Amy Trant|name]], DSL. Concerns: [[Jayden|name]] came in with a burn on his wrist, said "[[Poppy|name]] pulled the
kettle". Mum smelt of drink at pick up on [[29 September|date]] and [[1st October|date]]. Mum's partner [[Shane Widger|name]]
("[[Shaney|name]]") is not the father; dad [[Lee Luscombe|name]] lives in [[Plymouth|place]] ([[Whitleigh|place]]).
Nan [[Jean Pengelly|name]] in [[West Alvington|place]] helps out. Neighbour Mrs [[Hannaford|name]] at [[no. 11|address]] has rung
the school twice about shouting. [[Jayden|name]]'s class teacher Mr [[Rob Chubb|name]] and TA [[Lisa\nMudge|name]] agree.
Attendance 81%. Late on [[5/9/26|date]], [[12/9/26|date]] and [[19/9/26|date]]. On [[25 Sept|date]] [[Jayden|name]] said
[[Shaney|name]] "kicked
the door in" and that he hid with [[Poppy|name]] at Mrs [[Hannaford|name]]'s. School nurse [[Kath Quance|name]] saw the burn on
[[2/10|date]].
Dad [[Lee Luscombe|name]] ([[07923 174 506|phone]]? number from [[Jayden|name]]'s book bag, not checked) has not seen him since
[[June|date]].
Other adults seen at pick up: [[Shane|name]]'s friend [[Gavin Luckraft|name]] (drives a white van [[WN16 BZA|vehicle]]) and
[[Kerry|name]]'s friend [[Tash|name]] from [[Churchstow|place]]. Mrs [[Hannaford|name]]'s son [[Keith|name]] also rang on
[[30/9/2026|date]].
"""),
    ("police incident log", """DEVON AND CORNWALL POLICE - STORM LOG 0412 [[04/10/26|date]]
22:14 caller [[HANNAFORD, Margaret|name]] ([[01548 842 716|phone]]) reports female screaming at [[9 Belle Cross Rd|address]],
[[KINGSBRIDGE|place]]. 22:31 PC 4471 [[Yeo|name]] and PC [[Darch|name]] attend. Female [[Kerry PENGELLY|name]] ([[02/08/1994|dob]])
intoxicated, cut lip. Male [[Shane WIDGER|name]] ([[19/03/1990|dob]]) left scene in VW Golf [[WA17 XRK|vehicle]] towards
[[Churchstow|place]]. Children [[Jayden|name]] (9) and [[Poppy|name]] (4) asleep upstairs. DASH: medium. Nan [[Jean Pengelly|name]]
attended from [[West\nAlvington|place]] to care. [[WIDGER|name]] located 23:50 at [[Quay House|address]], [[Kingsbridge|place]] quay,
arrested. PNC: [[WIDGER|name]] NI [[JK 48 21 73 B|ni]]. Referral to MASH.
23:58 Nan [[Jean PENGELLY|name]] ([[01548 562 381|phone]]) confirms children safe with her at [[Kerry|name]]'s. Neighbour
[[Margaret Hannaford|name]]
statement taken by PC [[Darch|name]]. [[Shane|name]]'s brother [[Darren WIDGER|name]] ([[22/07/1987|dob]]) rang the front desk at
[[Kingsbridge|place]] at 00:20 asking for [[Shane|name]]. OIC DC [[Tamsin Lobb|name]].
Previous: [[12/08/2026|date]] verbal only at [[Kingsbridge|place]] quay, [[WIDGER|name]] and [[PENGELLY|name]]; [[03/09/2026|date]]
[[Jayden|name]]
reported missing for 40 mins, found at [[Jean|name]]'s in [[West Alvington|place]] by PCSO [[Rowe|name]].
"""),
    ("nan's Facebook messages typed up", """Messenger, [[jean pengelly|name]] to [[Kerry|name]], copied by SW
[[Hollie Easterbrook|name]] [[8/10/26|date]]

[[jean|name]]: [[kez|name]] u need to stop this now, [[jay|name]] told me everything
[[jean|name]]: [[shane|name]] is not coming back to [[belle cross|address]] do u hear me
[[kerry|name]]: mum leave it. hes sorry. he's at his brothers in [[dartmouth|place]]
[[jean|name]]: his brother [[darren|name]] is worse. ill have [[poppy|name]] and [[jayden|name]] here in [[west alvington|place]] til
sunday
[[kerry|name]]: fine. [[jay|name]] has football with mr [[chubb|name]] sat at [[kingsbridge|place]] rec dont forget
[[jean|name]]: and ring [[hollie|name]] back. her number is [[07923 518 664|phone]]
[[kerry|name]]: i no mum
[[jean|name]]: [[jayden|name]] says [[shaney|name]] took ur bank card. [[darren|name]] was here in the golf last nite
[[kerry|name]]: [[lee|name]] wants [[jay|name]] at his in [[whitleigh|place]] for half term. i said no
[[jean|name]]: good. [[sandra|name]] from the pub says [[shane|name]] owes everyone in [[kingsbridge|place]]
"""),
    ("child in need plan", """CHILD IN NEED PLAN - [[Jayden Luscombe|name]] ([[11.6.17|dob]]) and [[Poppy Luscombe|name]] -
[[20 October 2026|date]]
Present: [[Kerry Pengelly|name]] (mum), [[Jean Pengelly|name]] (nan), [[Hollie Easterbrook|name]] (SW), [[Amy Trant|name]] (DSL),
HV [[Sian Pearse|name]], [[Jo Ryder|name]] (Together Drug and Alcohol). Apologies: [[Lee Luscombe|name]] (dad).
1. [[Kerry|name]] to attend [[Jo|name]]'s group at [[Totnes|place]] on Tuesdays from [[3 November|date]].
2. [[Shane Widger|name]] not to stay at [[9 Belle Cross Road|address]]; bail address [[14 Clarence Street|address]], [[Dartmouth|place]]
[[TQ6 9NW|postcode]].
3. [[Poppy|name]] to start at [[Little Acorns|school]] nursery, [[Kingsbridge|place]], three mornings.
4. [[Jayden|name]]'s burn reviewed by Dr [[Fearn|name]] at Kingsbridge Health Centre on [[6/10|date]]: consistent with account.
Next review [[15/12/2026|date]]. Nan's phone [[01548 562 381|phone]].
5. [[Lee Luscombe|name]] ([[07923 174 506|phone]]) to be invited to the next review; his partner [[Stacey Yabsley|name]] has offered to
have
[[Jayden|name]] on Saturdays in [[Whitleigh|place]]. 6. Mrs [[Hannaford|name]] to be thanked. Minutes by [[Zoe Kerswell|name]],
business support,
[[21/10/2026|date]].
Family's network: [[Jean|name]]'s partner [[Roger Hext|name]]; [[Kerry|name]]'s friend [[Tash Cornish|name]], [[Churchstow|place]].
"""),
]


# --- B. Chaniago / Piliang family (Minangkabau, from West Sumatra, Indonesia), Ivybridge ------------------------------------

HOME_B = d.Address("22 Godwell Lane", "", "Ivybridge", "PL21 0LT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Aisyah", "Rahmadani")], dt.date(2013, 2, 19), addresses=[HOME_B], ids=["9275682763", "Z878854712741"],
       schools=["Ivybridge Community College"]),
    _p("s", "sibling", [("Rafi", "Chaniago")], dt.date(2018, 9, 4), addresses=[HOME_B], ids=["8287758955"]),
    _p("m", "mother", [("Yusnita", "Piliang")], dt.date(1985, 5, 23), addresses=[HOME_B], phones=["07467 209 835"]),
    _p("f", "father", [("Fadli", "Chaniago")], dt.date(1981, 12, 7), addresses=[HOME_B], phones=["07590 331 287"]),
], "c")

DOCS_B = [
    ("school safeguarding log", """IVYBRIDGE COMMUNITY COLLEGE - CPOMS EXTRACT
Student: [[RAHMADANI, Aisyah|name]] (Yr 9)  DOB [[19/02/2013|dob]]  UPN [[Z878854712741|upn]]
[[13/10/2026|date]] 10:05 [[Aisyah|name]] upset in maths; friend [[Tilly Moysey|name]] told Mrs [[Gerry|name]] that [[Aisyah|name]]'s
dad hit her with a belt for a phone. Logged by [[K. Gerry|name]].
[[13/10/2026|date]] 11:20 DSL [[Mark Jellicoe|name]] spoke to [[Aisyah|name]]. Marks on left forearm. She said "Ayah was angry, it's
normal in [[Padang|place]]". Lives with mum [[Yusnita|name]] ("Amak"), dad [[Fadli Chaniago|name]], brother [[Rafi|name]] (8, at
[[Stowford|school]]). Mamak [[Zulkifli|name]] (mum's brother) lives in [[Plympton|place]].
[[13/10/2026|date]] 12:40 Referral to MASH. SW [[Ben Tozer|name]] rang back. Interpreter (Indonesian) booked: [[Dewi Lestari|name]].
[[14.10.26|date]] [[Aisyah|name]] did not want to go home; stayed with mamak [[Zulkifli|name]] at [[41 Ridgeway|address]],
[[Plympton|place]] [[PL7 2AW|postcode]].
[[20/10/2026|date]] [[Aisyah|name]] asked Mr [[Jellicoe|name]] if "Uni [[Rina|name]]" can come to meetings - cousin
[[Rina Syafitri|name]],
a student at [[Plymouth|place]].
[[3/11/2026|date]] [[Rafi Chaniago|name]]'s teacher at [[Stowford|school]], Miss [[Coaker|name]], says [[Rafi|name]] told her
"[[Aisyah|name]] went
to [[Zul|name]]'s because ayah hit". Shared with [[Ben Tozer|name]]. [[Aisyah|name]]'s form tutor Mr [[Lavers|name]] reports she is calm.
[[9/11/2026|date]] Mum [[Yusnita Piliang|name]] came to reception with ibu [[Ratna|name]] to ask about [[Aisyah|name]]'s trip to
[[Exeter|place]].
[[24/11/2026|date]] [[Aisyah|name]] home again since [[20th November|date]]. Dad [[Fadli|name]] started the parenting course with
[[Ruth Gosling|name]] at [[Ivybridge|place]] Watermark. [[Tilly|name]] and [[Aisyah|name]] in detention with Mrs [[Gerry|name]].
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Aisyah Rahmadani|name]] ([[19.02.2013|dob]]) - [[13 October 2026|date]]
15:00 (Teams)
Chair: [[Gemma Luxton|name]] (TM). Present: [[Ben Tozer|name]] (SW), DC [[Paul Honey|name]] (CAIT), [[Mark Jellicoe|name]] (DSL),
Dr [[Anjali Rao|name]] (named doctor, Derriford Hospital).
Family: father [[Fadli CHANIAGO|name]] ([[07.12.1981|dob]]), chef at a restaurant in [[Salcombe|place]]; mother [[Yusnita PILIANG|name]]
([[23/05/1985|dob]]), carer; brother [[Rafi Chaniago|name]] ([[4 Sept 2018|dob]]). From [[Bukittinggi|place]], West Sumatra; in
[[Ivybridge|place]] since 2019. Mother's brother [[Zulkifli Piliang|name]] ([[07415 692 308|phone]]) is important in a Minangkabau
family and has offered to care. Grandmother [[Nurhayati|name]] in [[Bukittinggi|place]] on [[+62 812 6734 2918|phone]].
Decision: s47 joint. Child protection medical at Derriford on [[14/10|date]]. [[Aisyah|name]] to stay with [[Zulkifli|name]] and his wife
[[Sri Wahyuni|name]] tonight.
Also known: [[Fadli|name]]'s friend from the restaurant, [[Hendra Saputra|name]], lives at [[5 Fore Street|address]], [[Salcombe|place]]
[[TQ8 8BY|postcode]]; the family attend the mosque in [[Plymouth|place]] (Imam [[Yusuf|name]] - not contacted). [[Aisyah|name]]'s aunt
[[Eti|name]] ("Etek") lives in [[Padang|place]], [[+62 752 21 4387|phone]]. Next strategy: [[27/10/2026|date]]. Minutes:
[[Kelly Pook|name]].
Information from [[Stowford|school]]: [[Rafi|name]] is well cared for (Miss [[Coaker|name]]). Police checks on [[Fadli Chaniago|name]]
and [[Hendra Saputra|name]]: none. [[Fadli|name]]'s employer: Mr [[Jon Kelland|name]], [[Salcombe|place]].
"""),
    ("mother's WhatsApp message translated", """WhatsApp from [[Yusnita Piliang|name]] ([[07467 209 835|phone]]) to [[Ben Tozer|name]],
[[15/10/26|date]] 21:48,
written in Indonesian, translated by [[Dewi Lestari|name]] on [[16 October|date]]:
"Pak [[Ben|name]], I am sorry. My husband [[Fadli|name]] is not a bad man. In [[Padang|place]] his father hit him too. [[Aisyah|name]] is
our first. I want her home from my brother [[Zul|name]]'s house. [[Rafi|name]] is crying for his uni every night. My friend ibu
[[Ratna|name]]
from the mosque in [[Plymouth|place]] will come with me to the meeting. My husband's boss Mr [[Kelland|name]] in [[Salcombe|place]] says
he can have Friday off. Please call me after 6, not before, I work at [[Ermington|place]] care home."
Note: "uni" = older sister, "ibu" = a title (Mrs); "Amak" = mother.
Second message, [[15/10/26|date]] 22:05: "My brother [[Zulkifli|name]] says the same. [[Sri|name]] cooks for [[Aisyah|name]]. I am
okay. [[Fadli|name]] is sleeping at [[Hendra|name]]'s in [[Salcombe|place]] tonight."
Third message, [[16/10/26|date]] 07:30: "[[Ben|name]] sorry again. [[Rafi|name]] asks for [[Aisyah|name]]. Ibu [[Ratna|name]]
says she will drive me to [[Plympton|place]] to see her. My mother [[Nurhayati|name]] says the same from [[Bukittinggi|place]]."
"""),
    ("young person's own words with the advocate", """My Words - [[Aisyah|name]], age 13, with [[Lowri Bennett|name]] (advocate),
[[2/11/2026|date]]

i want to go home but i want ayah to stop. i like living at mamak [[zul|name]]s but its far from school and [[tilly|name]] lives
in [[ivybridge|place]]. [[rafi|name]] is annoying but i miss him. amak cooks rendang on sundays and uni [[rina|name]] comes.
in [[bukittinggi|place]] my nenek [[nurhayati|name]] has a big house, we went in 2023.
i dont want police. i want ayah to do the course [[ben|name]] said. i want mr [[jellicoe|name]] at the meeting not mrs [[gerry|name]].
[[Lowri|name]] wrote: [[Aisyah|name]] asked for her words to be read out in English and shown to her mum in Indonesian.
[[Aisyah|name]] said her friend [[Tilly|name]]'s mum Mrs [[Moysey|name]] lets her stay on fridays. she likes [[Dewi|name]] the
interpreter "because she is from [[Java|place]] but she understands". [[Rina|name]] is doing her nails on the [[14th|date]].
"""),
]


# --- C. Jago family (white British), Salcombe; a young carer of 13 -----------------------------------------------------

HOME_C = d.Address("3 Onslow Road", "", "Salcombe", "TQ8 8AH")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Morwenna", "Jago")], dt.date(2013, 4, 27), addresses=[HOME_C], ids=["8388173278", "Z878786439923"],
       schools=["Kingsbridge Community College"]),
    _p("f", "father", [("Steve", "Jago")], dt.date(1976, 10, 15), addresses=[HOME_C], phones=["07388 614 092"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """about me by [[Morwenna Jago|name]] ([[wenna|name]]) age 13

i live in [[salcombe|place]] with dad. dad has MS and some days he cant get down the stairs. mum ([[tanya|name]]) went to
[[torquay|place]] with [[gary|name]] when i was 9. i do the tablets and the shopping at the co-op and i push dad to the ferry
when its nice to see his mate [[ollie|name]] at [[east portlemouth|place]]. my best friend is [[Nell Prowse|name]], her nan
[[sheila|name]] gives us tea on [[fore street|address]]. i miss the bus to [[kingsbridge|place]] a lot because of dad.
i want a young carers card and to go sailing with [[nell|name]] in the summer.
in [[august|date]] dad fell at the bottom of [[fore street|address]] and a man called [[pete|name]] helped. auntie [[carol|name]] lives in
[[malborough|place]] and uncle [[dave|name]] has a boat. my teacher is mr [[hext|name]]. i like him.
[[nell|name]]s mum is [[kirsty|name]] and she works at the ice cream shop in [[kingsbridge|place]]. dads friend [[ollie|name]] has
a dog called [[Skipper|name]]. i want [[hollie|name]] to tell [[tanya|name]] to ring more.
"""),
    ("GP letter to children's services", """Salcombe and Kingsbridge Group Practice
[[16 October 2026|date]]
Dear Ms [[Hollie Easterbrook|name]],
Re: [[Stephen JAGO|name]], DOB [[15/10/1976|dob]], [[3 Onslow Road|address]], [[Salcombe|place]], [[TQ8 8AH|postcode]]
and his daughter [[Morwenna Jago|name]], DOB [[27/04/2013|dob]], NHS No [[838 817 3278|nhs]]
Mr [[Jago|name]] has relapsing-remitting MS and has had two falls since [[August|date]]. His daughter does most of his care. He declined a
package from the district nurses (Sister [[Joan Cove|name]]) because "[[Wenna|name]] does it". Our social prescriber
[[Pete Hingston|name]]
will visit on [[22/10/26|date]]. His sister, Mrs [[Carol Lidstone|name]] of [[Malborough|place]] ([[07721 850 436|phone]]), is willing
to help.
Yours sincerely, Dr [[R. Widdicombe|name]] (GP)
cc: [[Faye Luscott|name]], Devon Young Carers; [[Pete Hingston|name]]. Surgery telephone [[01548 842 716|phone]] is not for patients;
please
use the practice email [[salcombe.kingsbridge.gp@nhs.net|email]].
"""),
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - [[JAGO, Morwenna|name]] - [[4 November 2026|date]]
Assessor: [[Faye Luscott|name]], Devon Young Carers. School: [[Kingsbridge Community College|school]] (Yr 8), tutor Mr [[Hext|name]].
Address: [[3 Onslow Rd|address]], [[Salcombe|place]] [[TQ8 8AH|postcode]]. Dad [[Steve|name]] [[07388 614 092|phone]].
Caring: about 30 hours a week - tablets, meals, laundry, helping dad into the shower, collecting prescriptions in [[Kingsbridge|place]].
Mum [[Tanya Jago|name]] now in [[Paignton|place]]; text contact. Aunt [[Carol|name]] in [[Malborough|place]] helps on Sundays.
Support network: [[Nell Prowse|name]] and her nan [[Sheila Prowse|name]] ([[Fore St|address]], [[Salcombe|place]]); dad's friend
[[Oliver Tribble|name]] at [[East\nPortlemouth|place]].
Outcome: young carers card; sailing club bursary at [[Salcombe|place]]; request care act assessment for [[Stephen Jago|name]].
[[Morwenna|name]] said: "[[Nell|name]] is the only one who knows. [[Sheila|name]] does tea on Thursdays." Dad says [[Wenna|name]]'s
grades fell since [[Easter 2026|date]]. Next review [[4 May 2027|date]]. Signed [[F. Luscott|name]]; [[Morwenna Jago|name]];
[[Steve Jago|name]].
Also seen: [[Nell|name]]'s mum [[Kirsty Prowse|name]] ([[07388 614 092|phone]] is dad's, [[Kirsty|name]]'s not given).
[[Oliver Tribble|name]] ([[13/05/1968|dob]]) is willing to be an emergency contact.
"""),
    ("voice note transcribed", """Voice note from [[Carol Lidstone|name]] to SW [[Hollie|name]], Mon [[9 Nov|date]], transcribed by
[[Hollie Easterbrook|name]]
"Hi [[Hollie|name]] it's [[Carol|name]], [[Steve|name]]'s sister, from [[Malborough|place]]. Um, he fell again last night, [[Wenna|name]]
rang me at half eleven, I drove over from [[Malborough|place]], he was on the landing. [[Morwenna|name]] didn't go to school today,
she's shattered. I've rung the surgery, Dr [[Widdicombe|name]]'s off, we've got Dr [[Osei|name]] coming. My husband [[Dave|name]]
can do Tuesdays. Oh and [[Tanya|name]] rang [[Wenna|name]] from [[Paignton|place]] on [[01803 55 9172|phone]]? I don't know if
that's right. Call me on [[07721 850 436|phone]]. Bye."
Second voice note, [[10 Nov|date]] 08:12: "[[Hollie|name]], [[Carol|name]] again. Dr [[Osei|name]] came, they're sending
the falls team from [[Kingsbridge|place]]. [[Ollie|name]] from over [[Portlemouth|place]] is sitting with [[Steve|name]] today."
"""),
]


# --- D. Tapper / Hext family (white British), Modbury; a boy of 15 and county lines from Plymouth -----------------------

HOME_D = d.Address("6 Brownston Street", "", "Modbury", "PL21 0RQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kian", "Tapper")], dt.date(2011, 7, 3), addresses=[HOME_D], ids=["2695241968", "N878088084498"],
       schools=["Ivybridge Community College"]),
    _p("m", "mother", [("Donna", "Hext")], dt.date(1983, 3, 28), addresses=[HOME_D], phones=["07964 127 583"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - [[Kian Tapper|name]] ([[03/07/2011|dob]]) - missing [[18/10/2026|date]] to
[[20/10/2026|date]]
Worker: [[Sam Coombes|name]] (Checkpoint). Held at [[Modbury|place]] library on [[21 Oct|date]].
[[Kian|name]] said he went to [[Plymouth|place]] on the bus from [[Ivybridge|place]] with [[Tyler Rowse|name]] ("[[Tee|name]]"). Stayed
at a flat in [[Devonport|place]], [[Flat 7, 30 Duke Street|address]], [[PL1 4EJ|postcode]], which belongs to "[[Big Mal|name]]". Was given
a phone and £200. Came back on Tuesday because [[Mal|name]]'s girlfriend [[Kayleigh|name]] said the police were coming.
Mum [[Donna Hext|name]] ([[07964 127 583|phone]]) collected him from [[Lee Mill|place]] at 2 am. Stepdad [[Wayne Hext|name]] shouted.
[[Kian|name]] wants to go back to boxing at [[Ivybridge|place]] with coach [[Deano Stidston|name]].
Previous missing: [[2/9/2026|date]] (found at [[Plymouth|place]] bus station by PC [[Ansell|name]]), [[27/9/2026|date]] (at
[[Tyler|name]]'s nan
[[Linda Rowse|name]]'s, [[8 Moorland View|address]], [[Bittaford|place]] [[PL21 0ER|postcode]]). Shared with DC [[Paul Honey|name]].
[[Kian|name]] said [[Tyler|name]]'s sister [[Chloe Rowse|name]] was at the flat with [[Kayleigh|name]]. He named a man "[[Dreads|name]]"
from [[Stonehouse|place]]. Mum's email [[donnahext83@hotmail.co.uk|email]]. Next RHI offered [[28/10/2026|date]].
"""),
    ("Snapchat messages typed up by the police", """Snapchat extract, phone seized [[22/10/26|date]] (DC [[Honey|name]]), user
[[kian|name]] - usernames removed
[[Tee|name]]: u comin plym 2nite
[[kian|name]]: cant mum watchin. [[wayne|name]] took my charger lol
[[Tee|name]]: [[mal|name]] sed if u dont he wants the 200 back
[[kian|name]]: tell [[mal|name]] ill do [[modbury|place]] and [[ivy|place]] only not [[plymouth|place]]
[[Tee|name]]: meet by the co op in [[ivybridge|place]] 6. [[kayleigh|name]] has the stuff
[[kian|name]]: ok. dont tell [[jess|name]]
[[Tee|name]]: ur gf [[jess|name]] is 14 bro shes not the problem
[[kian|name]]: [[wayne|name]] says hes ringin [[ben|name]]
[[Tee|name]]: who tf is [[ben|name]]
[[kian|name]]: social worker. [[mal|name]] knows him lol
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - SOUTH HAMS - [[5/11/2026|date]]
Young people: [[TAPPER, Kian|name]] ([[3 Jul 2011|dob]]), [[ROWSE, Tyler|name]] ([[12/01/2010|dob]]), [[Jess Auger|name]] (14).
Locations: bus stop and co-op, [[Fore Street|address]], [[Ivybridge|place]]; skate park at [[Modbury|place]]; the flat at
[[30 Duke St|address]], [[Devonport|place]]; [[Lee Mill|place]] services.
Adults of concern: [[Malcolm BRAY|name]] ("[[Big Mal|name]]", [[14.08.1991|dob]]), vehicle Audi A3 [[VK19 OTB|vehicle]];
[[Kayleigh Spry|name]]. NI for [[Bray|name]]: [[NW 63 29 41 C|ni]].
Actions: PCSO [[Gill Tremlett|name]] patrols [[Modbury|place]] Friday nights; [[Sam Coombes|name]] to see [[Tyler|name]] at his
nan's in [[Bittaford|place]]; NRM referral for [[Kian|name]] by [[Ben Tozer|name]].
Also discussed: [[Tyler|name]]'s mum [[Kelly Rowse|name]] ([[07812 639 405|phone]]) has moved to [[Ugborough|place]]; his
sister [[Chloe|name]] (17) is friends with [[Kayleigh Spry|name]]. Next panel [[3/12/2026|date]]. Chair: [[Gemma Luxton|name]].
Also noted: a silver Corsa [[WR14 KHO|vehicle]] seen at [[Modbury|place]] skate park on [[30 Oct|date]], driver thought to be
[[Bray|name]]'s cousin [[Nathan Stidston|name]] ([[09/11/1996|dob]]).
"""),
    ("mother's complaint email", """From: [[donnahext83@hotmail.co.uk|email]]  To: complaints  Date: [[26 November 2026|date]]
Subject: complaint about social worker
I want to complain. Nobody told me [[Kian|name]] was seen in [[Plymouth|place]] on the [[24th|date]] until the next day. The police
(PC [[Tremlett|name]]) knew. [[Ben Tozer|name]] never rings back. My husband [[Wayne|name]] has had to take time off. [[Kian|name]]'s
nan [[Pat Tapper|name]] in [[Yealmpton|place]] says the same. I want a new worker or I want to speak to [[Gemma Luxton|name]].
[[Donna Hext|name]], [[6 Brownston St|address]], [[Modbury|place]], [[PL21 0RQ|postcode]], [[07964 127 583|phone]]
PS my mum [[Pat|name]] says [[Jess|name]]'s mum [[Rachel Auger|name]] in [[Ermington|place]] has rung the school as well. My
husband's email is [[wayne.hext@gmail.com|email]].
I have copied in my MP's office and Cllr [[Judy Hingston|name]]. [[Kian|name]]'s real dad [[Darren Tapper|name]] lives in
[[Torpoint|place]] and does not know any of this.
"""),
]


# --- E. Widdicombe / Gill family (white British), Aveton Gifford; domestic abuse and a girl of 6 ------------------------

HOME_E = d.Address("2 Chantry Cottages", "Aveton Gifford", "Kingsbridge", "TQ7 4LD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Isla", "Widdicombe")], dt.date(2020, 5, 9), addresses=[HOME_E], ids=["1963438647", "F878314484717"],
       schools=["Aveton Gifford Primary School"]),
    _p("m", "mother", [("Becky", "Gill")], dt.date(1995, 11, 21), addresses=[HOME_E], phones=["07534 918 260"]),
    _p("f", "father", [("Craig", "Widdicombe")], dt.date(1991, 2, 14)),
], "c")

DOCS_E = [
    ("MARAC referral", """MARAC REFERRAL - [[12/11/2026|date]] - referrer [[Nadine Rew|name]], IDVA (Splitz)
Victim: [[GILL, Rebecca|name]] ("[[Becky|name]]"), DOB [[21/11/1995|dob]], [[2 Chantry Cottages|address]], [[Aveton Gifford|place]],
[[TQ7 4LD|postcode]]. Safe number: [[07534 918 260|phone]].
Perpetrator: [[Craig WIDDICOMBE|name]], DOB [[14.02.1991|dob]], now at his mum's, [[17 Ebrington Street|address]], [[Kingsbridge|place]].
Child: [[Isla Widdicombe|name]] ([[09/05/2020|dob]]), [[Aveton Gifford Primary|school]], NHS [[196 343 8647|nhs]].
Incidents: [[1 Nov|date]] strangulation in the car (a grey Transit, [[WF68 HNZ|vehicle]]) at [[Bantham|place]]; [[9/11|date]] he turned
up at
the school gate; messages from a new number [[07467 381 920|phone]]. [[Becky|name]]'s friend [[Laura Ash|name]] of [[Loddiswell|place]]
saw bruising.
[[Craig|name]]'s mother [[Maureen Widdicombe|name]] rang [[Becky|name]] to say "drop it".
Previous incidents: [[14/06/2025|date]] at [[Kingsbridge|place]] quay (no further action); [[Christmas 2025|date]] at [[Maureen|name]]'s.
[[Becky|name]]'s mum [[Susan Gill|name]] in [[Thurlestone|place]] ([[01548 561 904|phone]]). IDVA [[Nadine Rew|name]].
Agencies: [[Aveton Gifford Primary|school]] (Mrs [[Helen Pring|name]]); HV [[Sian Pearse|name]]; police DC [[Matt Lang|name]] (OIC);
children's services [[Hollie Easterbrook|name]]. [[Craig|name]]'s brother [[Jason Widdicombe|name]] lives in [[Loddiswell|place]].
"""),
    ("child's worksheet with the school nurse", """My Safe People - [[Isla|name]] age 6 - with nurse [[Kath|name]] [[17/11/26|date]]

my safe people are mummy, nanny [[sue|name]] in [[thurlestone|place]], my teacher miss [[pring|name]] and my dog [[Bramble|name]].
daddy shouts in the car. i dont like [[bantham|place]] any more.
my friend is [[ruby|name]] and [[alfie|name]]. [[alfie|name]]s mummy is [[laura|name]].
Nurse [[Kath Quance|name]] wrote: [[Isla|name]] drew a car with daddy and a big mouth. Shared with DSL Mrs [[Helen Pring|name]].
[[isla|name]] said [[bramble|name]] sleeps on her bed at nanny [[sue|name]]s. she wants to see daddy "only at [[kingsbridge|place]]
park".
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Isla WIDDICOMBE|name]] -
[[3 December 2026|date]], Follaton House, [[Totnes|place]]
Chair: [[Andrew Tuckett|name]] (IRO). Present: [[Becky Gill|name]] (mother) with [[Laura Ash|name]]; [[Hollie Easterbrook|name]] (SW);
[[Helen Pring|name]] (DSL); [[Kath Quance|name]] (school nurse); [[Nadine Rew|name]] (IDVA); DC [[Matt Lang|name]].
Not invited: [[Craig Widdicombe|name]] (bail conditions; not to enter [[Aveton\nGifford|place]]). His solicitor [[Priya Nandra|name]]
sent a statement on [[1st December|date]].
Maternal grandmother [[Susan Gill|name]], [[Bay View|address]], [[Thurlestone|place]] [[TQ7 3NN|postcode]], to be a safe carer.
Decision: child protection plan, emotional abuse. Core group [[17/12/2026|date]] at [[Kingsbridge|place]]. Review [[3 March 2027|date]].
[[Isla|name]]'s wishes (read by [[Kath Quance|name]]): to live with mummy and nanny [[Sue|name]], and to see daddy at the park.
[[Becky|name]] said [[Craig|name]] has messaged [[Laura|name]] on Facebook. DC [[Lang|name]] to take a statement. Minutes:
[[Kelly Pook|name]].
Grandmother [[Susan Gill|name]] ([[01548 561 904|phone]]) and her husband [[Mike Gill|name]] agreed to school runs from
[[Thurlestone|place]]. [[Maureen Widdicombe|name]] was not invited.
"""),
    ("scanned letter from the father (OCR text)", """[[Cra1g Widdic0mbe|name]]
[[l7 Ebringt0n Street|address]]
[[Kingsbr1dge|place]] [[TQ7 lDE|postcode]]
[[2O Nov 2O26|date]]
T0 [[Ho1lie Easterbr00k|name]],
I am [[Is1a|name]]s dad and n0body asks me. [[Becky|name]] is l1ing ab0ut the car at [[Bantharn|place]]. I never t0uched her. Her
fr1end [[Laura|name]] hates me. My mum [[Maur een|name]] can have [[Isla|name]] at weekends. My numbar is [[07467 381 920|phone]].
Signed [[C. Widdicornbe|name]]
P.S. [[Maureen Widdic0mbe|name]] 1s my mum, she 1ives at [[l7 Ebringt0n St|address]] t00. Ask [[Dave Lidst0ne|name]] ab0ut me.
"""),
]


# --- F. Blamey / Lethbridge family (white British), Yealmpton; a baby of four months with a bruise ----------------------

HOME_F = d.Address("Flat 3, 12 Fore Street", "", "Yealmpton", "PL8 2JN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Archie", "Blamey")], dt.date(2026, 7, 28), addresses=[HOME_F], ids=["4833947986", "H878367457603"]),
    _p("m", "mother", [("Sophie", "Blamey")], dt.date(2007, 1, 16), addresses=[HOME_F], phones=["07388 520 147"]),
    _p("f", "father", [("Connor", "Lethbridge")], dt.date(2004, 6, 5), phones=["07721 304 658"]),
    _p("g", "grandparent", [("Tracey", "Blamey")], dt.date(1979, 9, 30), ids=["9813615524"]),
], "c")

DOCS_F = [
    ("health visitor's home visit note", """HV CONTACT - [[Archie Blamey|name]] ([[28/07/2026|dob]]) NHS [[4833947986|nhs]] -
[[26/11/2026|date]] 10:30
HV [[Sian Pearse|name]] at [[Flat 3, 12 Fore Street|address]], [[Yealmpton|place]] [[PL8 2JN|postcode]].
Mum [[Sophie|name]] (19) and dad [[Connor Lethbridge|name]] present; [[Connor|name]]'s friend "[[Dobbo|name]]" asleep on the sofa.
Observed: a 1 cm bruise on [[Archie|name]]'s left cheek. [[Sophie|name]] said he hit himself with his rattle. [[Connor|name]] said
[[Archie|name]] was at nan [[Tracey|name]]'s in [[Brixton|place]] on Tuesday [[24th|date]]. Non-mobile baby: discussed with Dr
[[Yeoman|name]] and referred to MASH same day. Weight 6.2 kg. Next contact [[3/12|date]].
[[Sophie|name]]'s mum [[Tracey Blamey|name]] ([[01752 830 294|phone]]) rang at 12:05. [[Connor|name]]'s mum [[Lorraine Lethbridge|name]]
lives at [[4 Kitley View|address]]. GP surgery: Dr [[Yeoman|name]], [[Yealmpton|place]].
Previous contacts: new birth visit [[8/8/2026|date]] (HV [[Jenny Mugford|name]]); 6-8 week check [[15 Sept 2026|date]], no concerns.
[[Sophie|name]] said her friend [[Megan Tall|name]] from [[Brixton|place]] babysits sometimes.
"""),
    ("MASH decision record", """MASH DECISION - [[BLAMEY, Archie|name]] - [[26.11.2026|date]] 14:10 - MASH officer [[Leanne Furzey|name]]
Mother: [[Sophie BLAMEY|name]] ([[16/01/2007|dob]]), [[07388 520 147|phone]]. Father: [[Connor LETHBRIDGE|name]] ([[05/06/2004|dob]]),
[[07721 304 658|phone]], of [[4 Kitley View|address]], [[Yealmpton|place]]. Maternal gran [[Tracey Blamey|name]], [[Brixton|place]],
NHS [[981 361 5524|nhs]].
Checks: police - [[Connor|name]] known for a fight in [[Plympton|place]] [[2024|date]]; his friend [[Jordan Dobson|name]]
("[[Dobbo|name]]")
known for supply. Car [[WP20 FLX|vehicle]]. Health: [[Archie|name]] born at Derriford at 36 weeks.
Decision: strategy discussion; bruising protocol; medical at Derriford today. SW [[Ben Tozer|name]].
[[Lorraine Lethbridge|name]] ([[22.03.1983|dob]]) at the same address, NI [[JB 27 64 18 D|ni]]. Previous HV: [[Sian Pearse|name]].
Gran's partner [[Kevin Doidge|name]] ([[11/04/1976|dob]]) - no trace. [[Jordan Dobson|name]] ([[02/02/2003|dob]]) - known.
"""),
    ("paediatrician's email to the social worker", """From: [[anjali.rao2@nhs.net|email]]
To: [[ben.tozer@southhams-cs.example.org|email]]
Date: [[27 November 2026|date]] 09:02
Subject: [[Archie Blamey|name]] [[28/7/26|dob]]
[[Ben|name]], I saw [[Archie|name]] with mum and nan [[Tracey|name]] last night. Bruise to the left cheek, 1 x 0.8 cm, not consistent with
a rattle. Skeletal survey and bloods clear. [[Sophie|name]] now says [[Connor|name]] "was holding him too hard" on [[the 24th|date]].
Ophthalmology by Dr [[Pascoe|name]] normal. Happy to talk. [[Anjali|name]]
Dr [[Anjali Rao|name]], Consultant Paediatrician (named doctor). cc HV [[Sian Pearse|name]], GP Dr [[Yeoman|name]].
"""),
    ("grandmother's text messages typed up", """texts from nan [[tracey|name]] to [[Ben|name]] (SW), [[28/11/26|date]] to
[[2/12/26|date]], typed up by [[Ben Tozer|name]]

[[tracey|name]]: hi [[ben|name]] its [[archies|name]] nan. [[soph|name]] and the baby are with me in [[brixton|place]] now like u said
[[tracey|name]]: [[connor|name]] came to the door at 11 with [[dobbo|name]]. my partner [[kev|name]] sent them off
[[tracey|name]]: [[connors|name]] mum [[lorraine|name]] from [[yealmpton|place]] keeps ringing [[soph|name]]
[[tracey|name]]: my landline is [[01752 830 294|phone]] if mobile dont work
[[tracey|name]]: baby weighed at [[ivybridge|place]] clinic today 6.4. hv [[sian|name]] happy
[[tracey|name]]: [[soph|name]] wants to go back to [[fore st|address]] for xmas, i said ask [[ben|name]] first
[[tracey|name]]: [[kev|name]] says thank u to [[sian|name]] and dr [[rao|name]] for being kind
[[tracey|name]]: [[megan|name]] can babysit on thurs if [[soph|name]] goes to college in [[plymouth|place]]
[[tracey|name]]: [[lorraine|name]] says [[connor|name]] is staying at his mate [[jordans|name]] in [[plympton|place]] now
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 215 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 22:48 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "sister", "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt",
           "imam", "mamak", "amak", "ayah", "uni", "uda", "nenek", "ibu", "pak", "etek"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "devon", "south hams", "indonesia", "west sumatra", "sumatra", "dartmoor", "cornwall"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("mamak", "Amak", "uni", "ibu", "Sister") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
