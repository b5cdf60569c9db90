"""Set 203: a held-out hand-written set for the redaction detector, six more invented families in north-west Norfolk.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set202.py, bench/redaction_set204.py, bench/redaction_set205.py and their tests (written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: the first 140 lines and the last 60 lines of bench/redaction_set181.py (its docstring, its
first record and first two documents, its last two documents, and its _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and HandSet
lines) and all of tests/test_redaction_set181.py (the layout followed here); the first 40 lines of bench/redaction_set21.py
(its docstring's opening; set 21's documents were not printed); the docstrings of bench/redaction_set7.py to
bench/redaction_set201.py searched by a script (ast.get_docstring) for the towns, villages and communities this set uses, which
printed only some 80 characters either side of each hit; and a grep of bench/redaction_handwritten.py for `_party`, `Records`,
`HandSet` and `party`, which also showed a few lines of its example record. No part of pyproject.toml was read (ruff was run
with the project's settings). Hunstanton, Heacham, Docking, Old Hunstanton, Snettisham, Ingoldisthorpe, Sedgeford, Bircham and
Fring were found in no earlier docstring (King's Lynn appears in set 20, Fakenham in set 185; neither is a home here).
Communities tried and found in earlier docstrings, so not used: Tharu, Sherpa, Limbu, Magar, Tamang, Khasi, Garo, Konkani,
Tulu, Chakma, Hazara, Pamiri, Tibetan, Uyghur, Kazakh, Kyrgyz and others; Kodava (and Coorg, Kodagu, Madikeri, Virajpet,
Gonikoppal) was found in none. Phone numbers were checked with the phonenumbers library (through the checker) and NHS numbers
and UPNs made and checked with python-stdnum in a small snippet. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, each from a town, village or district the earlier docstrings did not show as a family's home: a young white
British mother and father in Old Hunstanton with a nan in Heacham (Platten / Cox; neglect, a mother's drinking, a father's
violence, a child protection plan); a white British mother in a static caravan on a holiday park at South Beach, Heacham,
with a father in Wisbech (Southgate / Rix / Mallett; domestic abuse with strangulation by a partner, a boy of 11's diary, a
MARAC, a father's solicitor); a white British young carer of 12 in Docking with an aunt in Great Bircham (Bunting; a mother with
bipolar disorder, a crisis, falling attendance); a Kodava family from Kodagu (Coorg), Karnataka, in Hunstanton's town centre
(Kuttetira / Machamada; a girl of 14 caned by her father, a family WhatsApp in Kodava takk, Kannada script and English, a
grandmother in Madikeri); a white British boy of 15 in Snettisham (Rudd / Frost; missing to Peterborough, criminal
exploitation, a Snapchat extract, a contextual safeguarding panel); and a white British and Polish family in Ingoldisthorpe
with a disabled girl of 10 (Brett / Ostrowska; Rett syndrome, a broken hoist, a brother of 13 who is a young carer). The Kodava
community did not appear in any earlier docstring searched. 24 documents, each with its own style label: an infant school
welfare log, a nan's Facebook messages typed up, a child protection conference decisions sheet, a police domestic abuse
attendance note, a MARAC referral, a child's diary scanned by OCR (with its misreadings), a teacher's email to the DSL (with a
reply), a father's solicitor's letter, a young carers' assessment, a CPN's phone notes, a girl's own letter, child in need
minutes, a school nurse's referral, a family WhatsApp in Kodava and English with a translation, a strategy discussion record, an
interpreter-assisted home visit note, a return home interview, a Snapchat extract typed up, contextual safeguarding panel
minutes, a mother's voice note transcribed, a short breaks application, a mother's 3 a.m. email (with a reply), an OT home
assessment scanned by OCR, and a brother's Instagram message (with a reply).

Invented: every person, house number, street in a village, phone number, NHS number, UPN, NI number, email address and vehicle
registration; the Kodava takk lines are the writer's own rough rendering, not checked by a speaker, and their translations
are given in brackets. Phones are valid (phonenumbers), UK and foreign (India, Poland); names are also written in Kannada
script ("ಕಾವೇರಿ", "ದೇಚಮ್ಮ", "ನಾಚು"); NHS numbers and UPNs (LA 926) pass their check digits. The holiday park, the solicitors'
firm, Sunflower House, the care home and the surgeries are invented or unmarked organisations; Leeway, Carers Matter Norfolk,
Change Grow Live and Norfolk Children's Services are unmarked organisations; towns, villages, districts and estates are real
and marked as places.

Markup and conventions: exactly those of bench/redaction_set21.py and set 181. Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Miss, Dr, PC, DS, DI, SW, HV, Nan, Nanny, Aunty, Aunt, uncle, Babcia, and the Kodava and Kannada Ajji
(grandmother), appa (father) and amma (mother)); "uncle" after a name ("Subbaiah uncle") stays outside; a chat sender saved as a
kinship word ("Ajji") is not a name; "SURNAME, First" and "SURNAME First" are one span ("PLATTEN, Brooke", "COX Dean",
"KUTTETIRA, Kaveri"), as is "First SURNAME" ("Jade SOUTHGATE"); usernames ("jojo_kl7", "tyler.r11", "cal_sharpe",
"footy_ob13") and pets' names ("Biscuit", "Pickle") are not marked; a bare house number ("no. 11", "no. 14", "47") and a
caravan plot ("Plot 41", "Plot 17") are addresses; a weekday stays outside a date span ("Fri 6 Nov"); a Polish date ("20
grudnia") is a date; an OCR misreading keeps its kind ("20.11.2O26" a date, "Heacharn", "Hunstanlon", "lngoldisthorpe",
"Walpoie" places, "Fi5her", "R1x", "Zof1a", "0scar", "Tlna" names, "O7930 461 285" a phone, "l2 Hill Road" an address);
slang for a town is a place ("snet" for Snettisham, "borough" for Peterborough, "lynn" for King's Lynn); states, districts
of India and counties stay unmarked ("Norfolk", "Karnataka", "Kodagu"), and so do organisations holding a town's name
in their proper names ("West Norfolk", "Norfolk Community Health"), while a town before a lower-case word
("Hunstanton surgery", "Docking village hall") marks the town, as set 181 marks "the Lindfield Co-op".

Choices this set had to make: a solicitors' firm named after people ("Grange & Wells") is an organisation and stays unmarked;
"March" (the town in Cambridgeshire, as a station) is a place; "South Beach" and "Snettisham Beach" (named seaside areas) are
places while "South Beach Road" is an address; "the A149" and "the Sea Life" are landmarks and not marked; the NHS line "111"
is not a phone of anyone and is not marked; "Puthari" (a festival) is not a name.

Self-check without the detector: `python -m bench.redaction_set203` (and tests/test_redaction_set203.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 902 gold spans, 514 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Platten / Cox family (white British), Old Hunstanton, nan in Heacham --------------------------------------------

HOME_A = d.Address("9 Cliff Parade", "Old Hunstanton", "Hunstanton", "PE36 6EJ")
NAN_A = d.Address("22 Collins Lane", "Heacham", "King's Lynn", "PE31 7DZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Platten")], dt.date(2020, 3, 14), addresses=[HOME_A], ids=["1079309497", "H926561143321"],
       schools=["Smithdon Infant School"]),
    _p("s", "sibling", [("Rio", "Cox")], dt.date(2023, 11, 2), addresses=[HOME_A], ids=["3035121184"]),
    _p("m", "mother", [("Stacey", "Platten")], dt.date(1993, 7, 19), addresses=[HOME_A], phones=["07712 408 391"]),
    _p("f", "father", [("Dean", "Cox")], dt.date(1990, 12, 5), addresses=[HOME_A], phones=["07954 213 680"]),
    _p("g", "grandparent", [("Lorraine", "Platten")], dt.date(1966, 2, 27), addresses=[NAN_A], phones=["01485 571 246"]),
], "c")

DOCS_A = [
    ("infant school welfare log", """SMITHDON INFANT SCHOOL - WELFARE LOG (printed [[3 Dec 2026|date]])
Child: [[PLATTEN, Brooke|name]]   DOB [[14/03/2020|dob]]   UPN [[H926561143321|upn]]   NHS [[107 930 9497|nhs]]
Home: [[9 Cliff Parade|address]], [[Old Hunstanton|place]] [[PE36 6EJ|postcode]]. Mum [[Stacey Platten|name]] [[07712 408 391|phone]]
[[07/09/2026|date]] [[Brooke|name]] hungry at breakfast club, ate 3 toasts. Miss [[Gedge|name]] noted hair matted.
[[11/09/2026|date]] Nan ([[Lorraine Platten|name]], [[Heacham|place]]) collected; said "[[Stacey|name]]'s on the cider again".
[[18.9.26|date]] [[Brooke|name]] said her brother [[Rio|name]] "had no milk so I gave him water". DSL Mrs [[Anne-Marie Cringle|name]] told.
[[21 Sept|date]] Referral to Norfolk CADS. SW [[Jake Loveday|name]] allocated on the [[24th|date]].
[[2/10/26|date]] Home visit by [[Jake|name]]: bottles by the bins, dog mess in the kitchen. [[Dean Cox|name]] there, said he
works nights at the chicken factory in [[Dersingham|place]].
[[9 October|date]] [[Brooke|name]] told TA [[Lucy Bone|name]] that [[Dean|name]] "pushed mummy on the stairs".
[[16/10/2026|date]] Mum in with [[Rio|name]] in the pushchair, smelt of alcohol at 8.45. Neighbour Mrs [[Val Dix|name]] of
[[no. 11|address]]
walked [[Brooke|name]] home.
[[4/11/26|date]] Absent. Nan rang from [[01485 571 246|phone]]: kids with her at [[22 Collins Lane|address]] "for a few days".
[[12.11.26|date]] [[Brooke|name]] wrote "my mum is sad" in her news book. Photo to [[Jake Loveday|name]]
([[jake.loveday@norfolk.gov.uk|email]]).
[[19/11/2026|date]] [[Brooke|name]]'s friends [[Evie Kerrison|name]] and [[Tommy Goff|name]] are her lunch buddies; Mr [[Arkwright|name]]
(PE) her trusted adult.
[[26 Nov|date]] Core group in school. [[Stacey|name]] came; [[Dean|name]] did not.
[[27/11/26|date]] [[Brooke|name]] said "[[Kirsty|name]] took me and [[Rio|name]] to the Sea Life and [[Dean|name]] wasn't allowed".
[[30.11.26|date]] Conference at [[King's Lynn|place]]. Miss [[Gedge|name]] and Mrs [[Cringle|name]] went. [[Brooke|name]] stayed with
TA [[Lucy|name]] for the day; she asked if nan [[Lorraine|name]] "is coming to live with us".
[[1/12/26|date]] Mr [[Arkwright|name]] saw [[Dean|name]] waiting at the gate on [[Avenue Road|address]] at 3.10; [[Brooke|name]] went
with nan. Told [[Jake|name]] and PC [[Lubbock|name]] ([[gary.lubbock@norfolk.police.uk|email]]).
[[2 Dec|date]] [[Evie|name]]'s mum, Mrs [[Shelley Kerrison|name]] of [[Lighthouse Close|address]], offered to walk [[Brooke|name]] in on
Tuesdays. Passed to [[Stacey|name]] who agreed.
"""),
    ("nan's facebook messages copied into the file", """Messenger from [[Lorraine Platten|name]] to SW [[Jake Loveday|name]], copied
[[28/11/26|date]]

Fri [[6 Nov|date]] 19:02  hiya its [[lorraine|name]] [[brooke|name]]s nan. [[stace|name]] is in a state again, [[dean|name]] has gone off
to his mates in [[snettisham|place]]
19:04  ive got the kids at mine in [[heacham|place]], [[rio|name]] has nappy rash bad
Sat [[7 Nov|date]] 09:30  can u ring me on the landline [[01485 571 246|phone]] my mobile is broke
Mon [[9 Nov|date]] 16:12  [[stacey|name]] came for them, sober i think. her mate [[kirsty|name]] drove her, white car [[KY19 HPN|vehicle]]
Wed [[11 Nov|date]] 22:45  [[dean|name]] been round [[cliff parade|address]] shouting, [[val|name]] next door rang police
Thu [[12 Nov|date]] 08:10  police said PC [[Lubbock|name]] will call u. [[brooke|name]] stayed at [[val|name]]s
Sun [[22 Nov|date]] 14:00  [[rio|name]] 3rd birthday was the [[2nd|date]] she never even did a cake. i did one
Tue [[24 Nov|date]] 11:21  [[stacey|name]] says shes going to the [[hunstanton|place]] drop in with [[Mel|name]] from the change grow live
Tue [[24 Nov|date]] 11:40  and [[dean|name]]s mum [[pam|name]] rang me from [[sedgeford|place]] first time in years, says [[shaun|name]]
seen [[dean|name]] in [[lynn|place]] w a girl called [[jess|name]]
Wed [[25 Nov|date]] 07:55  [[val|name]] says she will have [[brooke|name]] tues and thurs after school. [[brooke|name]] loves [[val|name]]s
dog Biscuit lol
Wed [[25 Nov|date]] 20:31  [[kirsty|name]] says [[stace|name]] can stop at hers in [[docking|place]] if [[dean|name]] comes back.
[[jake|name]] is that ok
Thu [[26 Nov|date]] 16:02  sorry [[jake|name]] one more thing [[brooke|name]] said [[Rio|name]] fell off the settee on the [[20th|date]],
bumped his head. [[stacey|name]] never took him to the doctors
"""),
    ("child protection conference decisions sheet", """NORFOLK CHILDREN'S SERVICES - INITIAL CHILD PROTECTION CONFERENCE
Date: [[30 November 2026|date]]   Chair: [[Hilary Thaxter|name]]   Minutes: [[Jess Pooley|name]]
Children: [[Brooke Platten|name]] ([[14.03.2020|dob]]), [[Rio Cox|name]] ([[02.11.2023|dob]], NHS [[3035121184|nhs]])
Parents: [[Stacey Platten|name]], [[Dean Cox|name]] (attended by phone, [[07954 213 680|phone]])
Present: [[Jake Loveday|name]] (SW), [[Anne-Marie Cringle|name]] (DSL), HV [[Priya Selvam|name]], PC [[Gary Lubbock|name]],
[[Lorraine Platten|name]] (maternal nan), [[Mel Tuck|name]] (Change Grow Live).
Apologies: Dr [[Halford|name]] ([[Hunstanton|place]] surgery).
Decision: both children subject to a plan under the category of NEGLECT.
Core group: first meeting [[10/12/2026|date]] at [[Smithdon|school]]; then every 4 weeks.
Plan: [[Stacey|name]] to attend CGL weekly; [[Dean|name]] to do the Domestic Abuse Perpetrator course; nan [[Lorraine|name]] to
have the children 2 nights a week at [[Collins Lane|address]]; [[Val Dix|name]] happy to be a safe adult.
Dissent: none. Review conference [[1 March 2027|date]].
Other people named in the reports: [[Kirsty Hewitt|name]] ([[Stacey|name]]'s friend, [[Docking|place]]); [[Val Dix|name]] (neighbour);
[[Dean|name]]'s brother [[Shaun Cox|name]] of [[Snettisham|place]]; Nanny [[Pam|name]] ([[Pamela Cox|name]], paternal nan, in
[[Sedgeford|place]], not spoken to yet). [[Rio|name]]'s nursery, [[Little Lighthouse|school]], key worker [[Amy Rumbelow|name]].
"""),
    ("police domestic abuse attendance note", """NORFOLK CONSTABULARY - DA ATTENDANCE (DASH) - [[11/11/2026|date]] 22:58
Location: [[9 Cliff Parade|address]], [[Old\nHunstanton|place]]. Attending: PC [[G. Lubbock|name]] 1784, PC [[Sian Rayner|name]] 2210
Victim: [[PLATTEN Stacey|name]] dob [[19/07/1993|dob]]. Suspect: [[COX Dean|name]] dob [[05/12/1990|dob]], NI [[JT 48 19 62 C|ni]]
Caller: [[Valerie Dix|name]], [[11 Cliff Parade|address]].
Account: [[Stacey|name]] said [[Dean|name]] came back from [[Snettisham|place]] at 22:30, shouting about money, and threw
her phone at the wall. Children [[Brooke|name]] (6) and [[Rio|name]] (3) present, [[Brooke|name]] hiding on the landing.
[[Cox|name]] left before arrival in a grey Astra [[FN16 WZT|vehicle]], believed to [[Heacham|place]]. Stopped on the A149 at
23:40 by PC [[Rayner|name]]; words of advice.
DASH: medium. Referral to MASH; victim given IDVA details. BWV: yes.
Other parties: neighbour [[Keith Dix|name]] (husband of caller) saw [[Cox|name]] kick the door; maternal grandmother
[[Lorraine Platten|name]]
([[Heacham|place]]) informed by phone [[12/11/2026|date]] 00:20. Officer's notebook ref GL/1784/[[11.11|date]]. [[Stacey|name]]'s phone
was handed to PC [[Rayner|name]]; returned [[13/11|date]]. [[Dean|name]]'s mob [[07954 213 680|phone]] - no answer to PC [[Lubbock|name]].
"""),
]


# --- B. Southgate / Rix family (white British), static caravan at South Beach, Heacham; father in Wisbech -----------------

HOME_B = d.Address("Plot 41, Sandpiper Holiday Park, South Beach Road", "Heacham", "King's Lynn", "PE31 7BD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Rix")], dt.date(2015, 5, 30), addresses=[HOME_B], ids=["5949673719", "N926217830149"],
       schools=["Heacham Junior School"]),
    _p("s", "sibling", [("Lacey", "Southgate")], dt.date(2021, 8, 9), addresses=[HOME_B], ids=["4179749211"]),
    _p("m", "mother", [("Jade", "Southgate")], dt.date(1996, 4, 11), addresses=[HOME_B], phones=["07588 316 924"]),
    _p("f", "father", [("Ashley", "Rix")], dt.date(1992, 10, 17), phones=["07469 782 105"]),
    _p("p", "partner", [("Lee", "Mallett")], dt.date(1988, 1, 23), addresses=[HOME_B]),
], "c")

DOCS_B = [
    ("MARAC referral form", """MARAC REFERRAL - WEST NORFOLK   Date of referral: [[13/11/2026|date]]
Victim: [[Jade SOUTHGATE|name]]   DOB: [[11/04/1996|dob]]   Tel (safe?): [[07588 316 924|phone]] - text only
Address: [[Plot 41|address]], Sandpiper Holiday Park, [[South Beach Road|address]], [[Heacham|place]] [[PE31 7BD|postcode]]
Perpetrator: [[Lee MALLETT|name]]   DOB: [[23/01/1988|dob]]   Vehicle: white Transit [[AJ67 KLO|vehicle]]
Children: [[Kayden Rix|name]] (11), [[Lacey Southgate|name]] (5). [[Kayden|name]]'s dad [[Ashley Rix|name]] lives [[Wisbech|place]].
Referrer: [[Nicola Fysh|name]], IDVA, Leeway ([[nicola.fysh@leeway.org.uk|email]], [[01603 628 140|phone]])
Risk: DASH 16/24. Strangled [[8 Nov|date]] in the caravan until she "saw stars"; threats to kill; he takes her bank card.
[[Lee|name]] has said he will "torch the van" if she goes to her sister [[Danielle|name]] in [[Terrington St Clement|place]].
Previous: police call outs [[2 Aug 2026|date]] ([[Hunstanton|place]] seafront) and [[19/10/26|date]] (park). Park warden
[[Roy Skipper|name]] (and his wife [[Maureen|name]], who runs the park shop) - see below.
Incident list (from police and the park): [[2/8/26|date]] seafront, [[Hunstanton|place]]; [[30/8/26|date]] van park at
[[Snettisham Beach|place]];
[[19/10/26|date]] [[Plot 41|address]]; [[8/11/26|date]] [[Plot 41|address]] (strangulation, not reported till [[12/11|date]]);
[[11/11/26|date]]
[[Heacham|place]] Co-op car park, [[Lynn Road|address]]. [[Jade|name]] has an old address, [[Flat 6, 2 Marshland Street|address]],
[[Terrington St Clement|place]] [[PE34 4NE|postcode]], care of [[Danielle|name]]; her new mob after [[20/11|date]] will be
[[07418 275 390|phone]].
[[Roy Skipper|name]] has seen bruises.
Children's social care: SW [[Megan Oakes|name]], [[Kings Lynn|place]] office.
Other people: [[Jade|name]]'s mum [[Tina Southgate|name]] ([[Walpole St Andrew|place]]), [[Lee|name]]'s ex-partner [[Gemma Drew|name]]
(previous MARAC in [[Downham Market|place]], [[5/3/2024|date]]); [[Lee|name]]'s brother [[Wes Mallett|name]] lives at [[Plot 17|address]].
"""),
    ("child's diary page scanned with OCR errors", """[scan, OCR, [[20.11.2O26|date]] - teacher Mr [[Fi5her|name]] gave consent to copy]
My Diry by [[Kayden R1x|name]] age 11

on sunday [[Lee|name]] was shouting at mum agen in the carravan and [[Lacey|name]] was cryin. I took her in my bunk and
put my hedfones on her. mum had red marks on her neck. I want to go to my dads in [[Wisbech|place]] but [[Lee|name]] says
dad is a loser. my best mate is [[Harvey|name]] from [[Heacharn|place]] his nan [[Pat|name]] lets me go round.
mr [[Fisher|name]] is my favrit teacher and Miss [[Kett|name]]. I like [[Hunstanlon|place]] beach and sea life.
[[Lee|name]] has a white van and he drives it fast on the [[south beach rd|address]]. I want him gone.
the end. [[Kayden|name]]
P.S. [[Lacey|name]] says hi to mr [[Fisher|name]]. [[Harvey|name]] and [[A1fie|name]] are my best mates. nan [[Tlna|name]] is nice but she
lives far in [[Walpoie|place]].
"""),
    ("teacher's email to the designated safeguarding lead", """From: [[Ollie Fisher|name]] <[[o.fisher@heachamjun.norfolk.sch.uk|email]]>
To: [[Rachel Thurlow|name]] (DSL)
Date: Fri, [[20 Nov 2026|date]] 15:48
Subject: [[Kayden|name]] R - diary

[[Rachel|name]], [[Kayden|name]] asked me to read his diary in class. Copy attached. Marks on mum's neck and "[[Lee|name]]" in a
van. He says he wants to live with his dad [[Ash|name]] in [[Wisbech|place]]. [[Kayden|name]] was late 3 days this week, came
in with [[Lacey|name]] in tow (she's at [[Heacham Infant|school]] next door). His mate [[Harvey Bunn|name]]'s nan, Mrs [[Pat Bunn|name]]
of [[Station Road|address]], gave him tea twice. Can you ring [[Megan Oakes|name]]? Her mobile is [[07823 541 670|phone]].
Thanks, [[Ollie|name]]

Reply from [[Rachel Thurlow|name]], [[20 Nov 2026|date]] 16:20:
Thanks [[Ollie|name]]. Rang [[Megan|name]]; she and [[Nicola Fysh|name]] will see [[Jade|name]] on Monday [[23rd|date]] at the park office
with the warden [[Roy|name]]. [[Lacey|name]]'s teacher Mrs [[Jenny Bullen|name]] says [[Lacey|name]] told her "[[Lee|name]] squeezed mummy".
Please keep [[Kayden|name]] with you at lunch with [[Harvey|name]] and [[Alfie Greef|name]]. [[Rachel|name]]
"""),
    ("father's solicitor's letter", """Grange & Wells Solicitors, [[14 Hill Street|address]], [[Wisbech|place]] [[PE13 1BA|postcode]]
[[24 November 2026|date]]
Ms [[M. Oakes|name]], Children's Services, [[King's Lynn|place]]
Our client: Mr [[Ashley Rix|name]] ([[17/10/1992|dob]]). Child: [[Kayden Rix|name]] (dob [[30/05/2015|dob]]).
Our client has learned that [[Kayden|name]] has seen violence by Mr [[Mallett|name]] at the caravan at [[South Beach|place]].
He lives with his partner [[Chantelle Hornigold|name]] and her son [[Reece|name]] at [[7 Orange Row|address]], [[Wisbech|place]],
and asks to be assessed as a carer. He can be reached on [[07469 782 105|phone]]. We ask for a meeting before [[4 December|date]].
Our client's mother, Mrs [[Sandra Rix|name]] of [[Leverington|place]], and his sister [[Kelly Rix|name]] of [[Emneth|place]] support
the application. [[Kayden|name]] has stayed at [[Orange Row|address]] most holidays since he was four.
Yours faithfully, [[Karen Pegg|name]], for Grange & Wells
"""),
]


# --- C. Bunting family (white British), Docking; a young carer of 12, a mother with bipolar disorder ---------------------

HOME_C = d.Address("3 Pound Close", "Docking", "King's Lynn", "PE31 8NF")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ellie-May", "Bunting")], dt.date(2014, 9, 21), addresses=[HOME_C], ids=["4655032022", "B926469711066"],
       schools=["Smithdon High School"]),
    _p("s", "sibling", [("Alfie", "Bunting")], dt.date(2019, 1, 15), addresses=[HOME_C], ids=["1116344475"]),
    _p("m", "mother", [("Nicola", "Bunting")], dt.date(1985, 6, 3), addresses=[HOME_C], phones=["07745 219 803"]),
], "c")

DOCS_C = [
    ("young carers' assessment", """CARERS MATTER NORFOLK - YOUNG CARER'S NEEDS ASSESSMENT
Young carer: [[Ellie-May Bunting|name]] ("[[Ellie|name]]")  DOB [[21 September 2014|dob]]  School: [[Smithdon High|school]], Y8
Cared for: mum, [[Nicola Bunting|name]] (bipolar disorder, recent stay at the Chatterton House unit), and brother [[Alfie|name]] (7)
Address: [[3 Pound Close|address]], [[Docking|place]], [[PE31 8NF|postcode]]. Mum's mob [[07745 219 803|phone]]
Assessor: [[Shona Kerry|name]]. Seen [[17/11/2026|date]] at home and [[19/11/2026|date]] at school.
What [[Ellie|name]] does: gets [[Alfie|name]] up and onto the bus to [[Docking Primary|school]], makes tea, counts mum's tablets
(lithium), rings the crisis line when mum "goes high". Takes the Coastal Hopper to [[Hunstanton|place]] for the shopping.
Who helps: Aunty [[Gemma|name]] ([[Gemma Ringer|name]], [[Bircham|place]]) at weekends; neighbour Mr [[Tony Goodings|name]]
drives them to [[King's Lynn|place]] for appointments; her friend [[Maisie Dye|name]] in [[Sedgeford|place]].
Worries: [[Ellie|name]] missed 19 days since [[2 September|date]]; she says "if I'm not there mum forgets [[Alfie|name]]".
Mum's admissions: [[14/4/2025|date]] to [[3/6/2025|date]]; [[9/10/2026|date]] to [[1/11/2026|date]]. During the last one the children
stayed at [[Gemma|name]]'s ([[5 Lynn Road|address]], [[Great Bircham|place]], [[PE31 6RJ|postcode]]; her mob [[07957 330 412|phone]]).
Plan: young carers' group Thursdays in [[Hunstanton|place]]; CPN [[Dave Oldroyd|name]] to meet [[Ellie|name]] on [[3 Dec|date]].
Family: dad [[Craig Bunting|name]] left in 2022, now in [[Swaffham|place]], no contact; grandad [[Ron Ringer|name]] in
[[Fring|place]] (82). [[Alfie|name]]'s teacher Mr [[Bix|name]]; his friend [[Noah Catton|name]] lives on [[Station Road|address]],
[[Docking|place]]. [[Ellie|name]]'s form tutor Mrs [[Ferrier|name]]. Assessed by [[S. Kerry|name]] [[19/11/2026|date]].
"""),
    ("community psychiatric nurse's phone notes", """CPN telephone contact - [[Nicola Bunting|name]] - [[26/11/2026|date]] 10:05 -
[[D. Oldroyd|name]]
Called [[07745 219 803|phone]]. [[Nicola|name]] speaking fast, not slept "since Tuesday", planning to drive to [[Wells|place]] "to
see the sea". Said [[Ellie|name]] is "at school" - school ([[Smithdon|school]], Mrs [[Ferrier|name]]) later confirm absent.
10:30 rang Aunt [[Gemma Ringer|name]] on [[07957 330 412|phone]]: she will go over from [[Great Bircham|place]].
11:10 [[Gemma|name]] rang back: [[Nicola|name]] in the garden in her nightie, [[Ellie-May|name]] and [[Alfie|name]] watching telly.
Dr [[Pask|name]] ([[Docking|place]] surgery) aware, lithium level [[25/11|date]] normal.
12:00 home visit with AMHP [[Rob Cheney|name]]. Agreed crisis team twice daily. [[Ellie|name]] to stay with [[Gemma|name]] at
[[5 Lynn Road|address]], [[Great\nBircham|place]] till Monday [[30th|date]].
14:20 text from [[Ellie|name]] on aunt's phone: "me and [[alfie|name]] ok at aunty [[gemma|name]]s, uncle [[Phil|name]] made pasta".
15:00 rang Mrs [[Ferrier|name]] to explain [[Ellie|name]]'s absence. Informed SW [[Callum Prior|name]]
([[callum.prior@norfolk.gov.uk|email]]).
"""),
    ("girl's own letter to her social worker", """To [[Shona|name]],
its [[Ellie|name]]. I didn't want to say it in front of mum. Im tired all the time. I do [[Alfie|name]]s packed lunch and
his reading book and then I miss my bus to [[Hunstanton|place]]. Mrs [[Ferrier|name]] says Im late too much. My friend [[maisie|name]]
knows about mum, nobody else. I dont want [[Alfie|name]] to go in care. Can I still go to aunty [[gemma|name]]s at weekends and
can she come to the meeting on the [[10th|date]]. I want to go to the young carers trip to [[Sandringham|place]] on [[12 December|date]].
from [[Ellie-May Bunting|name]] age 12
PS [[Alfie|name]] drew you a picture of our cat Pickle. He says hi [[Shona|name]]. Mrs [[Ferrier|name]] gave me this envelope.
"""),
    ("child in need meeting minutes", """CHILD IN NEED REVIEW - [[BUNTING, Ellie-May|name]] and [[BUNTING, Alfie|name]] -
[[10 December 2026|date]]
Venue: [[Docking|place]] village hall. Chair: SW [[Callum Prior|name]]
Present: [[Nicola Bunting|name]], [[Gemma Ringer|name]] (aunt), [[Shona Kerry|name]] (young carers), [[Dave Oldroyd|name]] (CPN),
Mrs [[Jo Ferrier|name]] ([[Smithdon High School|school]]), Mr [[Bix|name]] ([[Docking Primary|school]]).
[[Alfie|name]]'s NHS no. [[111 634 4475|nhs]]; [[Ellie-May|name]]'s UPN [[B926469711066|upn]].
1. Mum now stable on lithium, seen by Dr [[Pask|name]] weekly. Crisis team discharged [[7/12|date]].
2. [[Ellie|name]]'s attendance 78%. [[Jo|name]] to set a late pass; [[Ellie|name]] can ring her aunt from the office.
3. [[Gemma|name]] to have the children Fri-Sun. [[Tony Goodings|name]] still driving to [[Lynn|place]].
4. Next review [[11 March 2027|date]].
5. [[Ellie|name]] spoke for herself: she wants [[Shona|name]] to stay, and to go to [[Sandringham|place]] with the group. [[Nicola|name]]
said "I'm proud of her". [[Gemma|name]] to ring [[Callum|name]] on [[07385 216 904|phone]] if mum goes high again.
Sent to: [[Nicola Bunting|name]], [[Gemma Ringer|name]], [[Shona Kerry|name]], [[Dave Oldroyd|name]], [[Jo Ferrier|name]], Mr [[Bix|name]].
"""),
]


# --- D. Kuttetira / Machamada family (Kodava, from Kodagu, Karnataka), Hunstanton town centre ---------------------------

HOME_D = d.Address("Flat 2, 18 Westgate", "", "Hunstanton", "PE36 5AL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kaveri", "Kuttetira")], dt.date(2012, 2, 8), addresses=[HOME_D], ids=["8102607807", "H926906754765"],
       schools=["Smithdon High School"]),
    _p("s", "sibling", [("Nachappa", "Kuttetira")], dt.date(2017, 7, 26), addresses=[HOME_D], ids=["5255039063"]),
    _p("m", "mother", [("Dechamma", "Kuttetira"), ("Dechamma", "Machamada")], dt.date(1986, 11, 12), addresses=[HOME_D],
       phones=["07404 127 865"]),
    _p("f", "father", [("Bopanna", "Kuttetira")], dt.date(1981, 3, 29), addresses=[HOME_D], phones=["07381 509 246"]),
], "c")

DOCS_D = [
    ("school nurse's referral", """SCHOOL NURSE REFERRAL TO CHILDREN'S SERVICES - [[25/11/2026|date]]
Young person: [[KUTTETIRA, Kaveri|name]]  DOB [[08/02/2012|dob]]  NHS [[810 260 7807|nhs]]  Y10, [[Smithdon High School|school]]
Address: [[Flat 2, 18 Westgate|address]], [[Hunstanton|place]] [[PE36 5AL|postcode]]
Parents: [[Bopanna Kuttetira|name]] (care assistant, nights, [[07381 509 246|phone]]), [[Dechamma Kuttetira|name]] (née
[[Machamada|name]], [[07404 127 865|phone]]). Home language Kodava takk and Kannada; parents speak good English.
Concern: [[Kaveri|name]] came to me with a red weal across the back of her legs. She said her father hit her with a
cane on Sunday [[22nd|date]] after she came home late from her friend [[Ruby Harrison|name]]'s in [[Heacham|place]]. She said
"in [[Madikeri|place]] this is normal, appa says". She does not want her grandmother (Ajji [[Poovamma|name]]) to know.
Her brother [[Nachappa|name]] ("[[Nachu|name]]", 9) is at [[Hunstanton Primary|school]]. Form tutor Mr [[Dilnot|name]] aware.
Nurse: [[Karen\nSwann|name]], School Nursing West, [[karen.swann3@nhs.net|email]]
Also seen by: [[Kaveri|name]]'s PE teacher Miss [[Holly Rix|name]] (noticed the marks on [[23/11|date]]); her friend [[Ruby|name]] and
[[Ruby|name]]'s mum [[Tracey Harrison|name]]. [[Kaveri|name]] said her mother's sister, Aunty [[Rani|name]] ([[Rani Machamada|name]]), lives
in [[Bangalore|place]] and "would take my side". Parents' first language, religion: Kodava, Hindu.
"""),
    ("family WhatsApp in Kodava and English with translation", """WhatsApp "[[Kuttetira|name]] Kutumba" - screenshots brought by
[[Dechamma|name]] to SW
[[Anjali Rao|name]], [[27/11/2026|date]]. Kodava takk written in Kannada script and in Latin letters; translation by the
interpreter ([[Sunil Belliappa|name]]) in brackets.

[[26/11/26|date]] 08:14 Ajji: [[ಕಾವೇರಿ|name]] ಎಂಗ ಉಂಡ್? ([[Kaveri|name]], how are you?)
[[26/11/26|date]] 08:20 [[Dechamma|name]]: ava school-ka poyi, amma (she went to school, mother)
[[26/11/26|date]] 08:21 Ajji: [[Bopanna|name]] ava-ne pode-ka paadilla. ([[Bopanna|name]] must not beat her.)
[[26/11/26|date]] 08:30 [[Bopanna|name]]: amma nange gothund. sorry
[[26/11/26|date]] 09:02 Ajji: [[Mandepanda Subbaiah|name]] uncle phone maadi [[+91 94481 27365|phone]]
[[26/11/26|date]] 09:05 Ajji: [[ದೇಚಮ್ಮ|name]], ನೀ ಬೇಜಾರ್ ಆಕಡ ([[Dechamma|name]], don't be sad)
[[26/11/26|date]] 21:40 [[Kaveri|name]]: ajji miss u. come to [[hunstanton|place]] in april pls
[[26/11/26|date]] 21:41 [[Nachappa|name]]: ajji [[Nachu|name]] here!! i got gold star from mrs [[Heddle|name]]
[[26/11/26|date]] 21:43 Ajji: ಜಾಣ [[ನಾಚು|name]] (clever [[Nachu|name]]). Ajji ninga-ka bodi (Ajji loves you)
[[26/11/26|date]] 21:50 [[Dechamma|name]]: amma, [[Rani|name]] kaaka-ka heli, [[Subbaiah|name]] uncle-ka heli (tell [[Rani|name]], tell
uncle [[Subbaiah|name]])
Ajji is [[Poovamma Machamada|name]] in [[Madikeri|place]], Kodagu, Karnataka; her landline [[+91 8272 228 451|phone]].
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION - [[Kaveri Kuttetira|name]] - [[26 November 2026|date]] 11:00 (Teams)
Chair: [[Imogen Spall|name]] (MASH). SW [[Anjali Rao|name]]; DS [[Neil Bix|name]] ([[King's Lynn|place]] CID);
School Nurse [[K. Swann|name]]; DSL [[Jo Ferrier|name]].
Info: no previous police or CSC history. Family came from [[Virajpet|place]] in 2022 on the father's Health and Care
Worker visa; he works at a care home in [[Heacham|place]] (Mrs [[Lynne Thrower|name]], manager). [[Kaveri|name]]'s friend
[[Ruby Harrison|name]] ([[Church Lane|address]], [[Heacham|place]]) told her mum [[Tracey|name]] about the cane in October.
Decision: s.47 joint; ABE interview at [[King's Lynn|place]] suite [[27/11|date]]; medical by Dr [[Okwuosa|name]] today.
[[Bopanna|name]] to stay with a friend, [[Ganesh Poonacha|name]], at [[31 Sandringham Road|address]], [[Hunstanton|place]] meanwhile.
Agreed by: [[Imogen Spall|name]], [[Anjali Rao|name]], DS [[Bix|name]], [[Karen Swann|name]], [[Jo Ferrier|name]]. Interpreter to be
[[Sunil Belliappa|name]] (not a family friend - checked with [[Dechamma|name]]). [[Nachappa|name]]'s school ([[Hunstanton
Primary|school]]) to
be told by [[Anjali|name]]; his NHS no. [[525 503 9063|nhs]].
"""),
    ("interpreter-assisted home visit note", """HOME VISIT - [[Flat 2, 18 Westgate|address]] - [[2 Dec 2026|date]] - SW [[A. Rao|name]]
With interpreter [[Sunil Belliappa|name]] for mum's mother on a video call from [[Madikeri|place]].
Seen: [[Dechamma|name]], [[Kaveri|name]], [[Nachu|name]]. [[Bopanna|name]] still at [[Ganesh|name]]'s on [[Sandringham Rd|address]].
[[Kaveri|name]] showed me her room; cane gone. She said: "appa cried and said sorry on [[the 29th|date]]".
Ajji [[Poovamma|name]] said (via [[Sunil|name]]) that in Kodava homes "children are corrected" but she does not agree with the
cane. [[Dechamma|name]]'s cousin [[Kalappa|name]] in [[Peterborough|place]] ([[07402 813 567|phone]]) could help.
Faith: family go to the Hindu temple group in [[King's Lynn|place]] (contact [[Lakshmi Iyer|name]]).
Plan: parenting course with [[Bopanna|name]]; [[Kaveri|name]] to see [[Karen|name]] weekly. Next visit [[9/12|date]].
Dates to note: [[Kaveri|name]]'s ABE interview [[27/11|date]]; medical [[26/11|date]]; [[Bopanna|name]] left home [[26/11|date]]; Kodava
festival Puthari on [[4 December|date]] (family want [[Bopanna|name]] home for it); [[Nachu|name]]'s birthday [[26 July|date]].
[[Kaveri|name]] talked about her friends [[Ruby|name]], [[Ishaan Nair|name]] and [[Keeley Bone|name]], and about her cousin
[[Tanya Ponnappa|name]] in [[Mysuru|place]] who "is at uni". [[Nachu|name]] said his best friend is [[Archie|name]] at school.
[[Dechamma|name]] said her husband's brother [[Ganapathy Kuttetira|name]] lives in [[Gonikoppal|place]] and phones on Sundays
([[+91 98450 61273|phone]]). [[Bopanna|name]] texted me from [[07381 509 246|phone]] at 16:20 to ask to come home.
"""),
]


# --- E. Rudd family (white British), Snettisham; a boy of 15 missing and criminally exploited ---------------------------

HOME_E = d.Address("47 Common Road", "Snettisham", "King's Lynn", "PE31 7PF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Rudd")], dt.date(2011, 6, 18), addresses=[HOME_E], ids=["6427402706", "N926842295180"],
       schools=["Smithdon High School"], phones=["07391 624 058"]),
    _p("m", "mother", [("Kerry", "Rudd")], dt.date(1983, 8, 8), addresses=[HOME_E], phones=["07816 442 097"]),
    _p("f", "stepfather", [("Wayne", "Frost")], dt.date(1979, 4, 2), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("missing person return home interview", """RETURN HOME INTERVIEW - [[Tyler RUDD|name]] ([[18.06.2011|dob]]) - missing
[[14/11/2026|date]] to [[16/11/2026|date]]
Interviewer: [[Bex Loades|name]], Missing Service. Held at [[Snettisham|place]] library [[18/11/26|date]].
Where: [[Tyler|name]] says he went on the train from [[King's Lynn|place]] to [[Peterborough|place]] with "[[Jojo|name]]" and
stayed in a flat on [[Lincoln Road|address]]. He was given a phone and told to answer to "Trapz". Came back on the bus to
[[Dersingham|place]] and walked home along the [[common rd|address]].
Who: [[Jojo|name]] (believed [[Joel Ackroyd|name]], 19, of [[Gaywood|place]]); a girl called [[Shannon|name]]; "[[Big K|name]]".
Why: "owed [[Jojo|name]] £200 for a nike bag". Scared for his mum [[Kerry|name]] and his step-dad [[Wayne|name]].
Safe adults: grandad [[Terry Rudd|name]] in [[Dersingham|place]], coach [[Steve Plumb|name]] at the football club.
Previous episodes: [[3/9/26|date]] ([[Hunstanton|place]], found at the skate park), [[27/9/26|date]] ([[King's Lynn|place]]),
[[18/10/26|date]] ([[Wisbech|place]], found by BTP at [[March|place]] station), [[14/11/26|date]] (this one). Grandad's address
[[5 Manor Road|address]], [[Dersingham|place]] [[PE31 6LD|postcode]], landline [[01485 540 672|phone]].
[[Tyler|name]]'s own phone [[07391 624 058|phone]] was off all weekend. Shared with SW [[Dan Ebbage|name]] and PC [[Alison Crisp|name]].
"""),
    ("snapchat messages photographed by mum", """Snapchat on [[Tyler|name]]'s phone, photos taken by [[Kerry Rudd|name]] [[19 Nov|date]],
typed up by SW [[D. Ebbage|name]]

jojo_kl7: u back in [[snet|place]]?
tyler.r11: ye
jojo_kl7: link me [[lynn|place]] bus station 2moro 4pm
tyler.r11: cant mum took my bike
jojo_kl7: [[shan|name]] will get u in the car. black corsa [[KV20 XOF|vehicle]]
tyler.r11: i aint going back [[borough|place]]
jojo_kl7: u owe 2 bills. [[big k|name]] aint happy
tyler.r11: ill get it off my grandad
jojo_kl7: say nothing to [[bex|name]] or the feds or ur mum gets a visit at [[47|address]]
(the usernames are not marked; "[[borough|place]]" is read by [[Tyler|name]] as [[Peterborough|place]]; "2 bills" = £200)
second chat, with [[callum|name]]:
cal_sharpe: bro u ok. [[lisa|name]] said ur mum rang her
tyler.r11: ye. [[jojo|name]] says i owe. dont tell [[kerry|name]]
cal_sharpe: come to mine in [[heacham|place]] sat. my mum wont say nothing. [[summer|name]] will be there
tyler.r11: is [[shannon|name]] coming
cal_sharpe: nah shes in [[gaywood|place]] w [[big k|name]]
"""),
    ("contextual safeguarding panel minutes", """WEST NORFOLK CONTEXTUAL SAFEGUARDING PANEL - [[1 December 2026|date]]
Chair: DI [[Mark Haverson|name]]. Present: [[Dan Ebbage|name]], [[Bex Loades|name]], PC [[Alison Crisp|name]], [[Kirsty Wale|name]] (YOS),
Mr [[Dilnot|name]] ([[Smithdon High|school]]).
Young people: [[Tyler Rudd|name]] (15, [[Snettisham|place]]), [[Callum Sharpe|name]] (16, [[Heacham|place]]), [[Summer Moyes|name]] (14,
[[Gaywood|place]]).
Locations: [[King's Lynn|place]] bus station; the skate park at [[Hunstanton|place]]; a flat on [[Lincoln Road|address]],
[[Millfield|place]], [[Peterborough|place]]. Adult of concern: [[Joel Ackroyd|name]] ([[13/02/2007|dob]]), car [[KV20 XOF|vehicle]]
driven by [[Shannon Pegg|name]].
Actions: NRM referral for [[Tyler|name]] by [[Dan|name]] ([[7 Dec|date]]); disruption notice to [[Ackroyd|name]]; [[Kirsty|name]] to
offer [[Callum|name]] mentoring; [[Summer|name]]'s school ([[Springwood|school]]) to be told.
Parents informed: [[Kerry Rudd|name]]; [[Lisa Sharpe|name]] ([[Callum|name]]'s mum); [[Donna Moyes|name]] ([[Summer|name]]'s mum).
Next panel [[5 January 2027|date]], [[King's Lynn|place]] police station. Minutes: [[Amy Starling|name]].
"""),
    ("mother's voice note transcribed", """Voice note from [[Kerry Rudd|name]] ([[07816 442 097|phone]]) to [[Dan Ebbage|name]],
[[3/12/26|date]] 02:14, transcribed

"[[Dan|name]] it's [[Kerry|name]], sorry it's late. [[Tyler|name]]'s gone again. He went out the back about half eleven, [[Wayne|name]]
heard the gate. I've rang 101, they gave me a log, 0412 of the [[3rd|date]]. His mate [[Callum|name]]'s mum [[Lisa|name]] says
he's not at theirs in [[Heacham|place]]. His dad's dad, [[Terry|name]], is out driving round [[Ingoldisthorpe|place]] and
[[Dersingham|place]]. I think it's that [[Jojo|name]] again. [[Wayne|name]] says leave it but I can't. Ring me when you're up."
Update [[3 Dec|date]] 09:40 (PC [[Crisp|name]]): [[Tyler|name]] found at [[King's Lynn|place]] station by BTP at 06:55, returned home.
Seen by [[Dan|name]] [[3/12|date]] 15:00 at [[47 Common Road|address]]: [[Tyler|name]] tired, a cut on his hand, said he "fell at
[[Gaywood|place]]". [[Kerry|name]] and [[Wayne Frost|name]] present. Grandad [[Terry|name]] came at 15:30. [[Tyler|name]]'s UPN
[[N926842295180|upn]], NHS [[642 740 2706|nhs]] - GP Dr [[Amis|name]] to see the hand.
"""),
]


# --- F. Brett / Ostrowski family (white British and Polish), Ingoldisthorpe; a disabled girl of 10 ------------------------

HOME_F = d.Address("12 Hill Road", "Ingoldisthorpe", "King's Lynn", "PE31 6NZ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Zofia", "Brett")], dt.date(2016, 4, 5), addresses=[HOME_F], ids=["3712133812", "N926425789429"],
       schools=["Churchill Park School"]),
    _p("s", "sibling", [("Oscar", "Brett")], dt.date(2013, 10, 30), addresses=[HOME_F], ids=["8114348267"]),
    _p("m", "mother", [("Agnieszka", "Brett")], dt.date(1987, 5, 14), addresses=[HOME_F], phones=["07520 318 644"]),
    _p("f", "father", [("Martin", "Brett")], dt.date(1984, 9, 9), addresses=[HOME_F], phones=["07930 461 285"]),
], "c")

DOCS_F = [
    ("short breaks application", """SHORT BREAKS APPLICATION - Norfolk Children with Disabilities
Child: [[BRETT, Zofia|name]]   DOB [[05/04/2016|dob]]   NHS [[371 213 3812|nhs]]   UPN [[N926425789429|upn]]
School: [[Churchill Park School|school]], [[King's Lynn|place]] (Class Otter, teacher Ms [[Wenn|name]])
Address: [[12 Hill Road|address]], [[Ingoldisthorpe|place]] [[PE31 6NZ|postcode]]
Parents: [[Agnieszka Brett|name]] ([[07520 318 644|phone]], [[aga.brett86@gmail.com|email]]), [[Martin Brett|name]]
([[07930 461 285|phone]])
Needs: [[Zofia|name]] ("[[Zosia|name]]") has Rett syndrome, uses a wheelchair and eye-gaze, epilepsy; PEG fed.
Brother [[Oscar|name]] (13) at [[Smithdon High|school]]; he "does a lot" for [[Zosia|name]].
Support: grandmother Babcia [[Halina Ostrowska|name]] lives in [[Gdynia|place]], Poland ([[+48 601 472 839|phone]]); visits twice a year.
Family friend [[Ewa Nowicka|name]] in [[Dersingham|place]] babysits. OT [[Claire\nBonham|name]]; CCN [[Pip Yaxley|name]].
Signed [[A. Brett|name]] [[16/11/2026|date]].
Professionals: GP Dr [[Ruth Amies|name]] ([[Heacham|place]] surgery); paediatrician Dr [[Nwosu|name]] (QEH); epilepsy nurse
[[Becca Sands|name]]; social worker [[Hannah Clowes|name]]. Previous short break carer [[Sue Whitmore|name]] (retired [[31/08/2026|date]]).
[[Martin|name]]'s NI no. for the carer's allowance: [[NE 73 28 41 A|ni]]. [[Oscar|name]]'s NHS no. [[811 434 8267|nhs]].
"""),
    ("mother's email to the short breaks team", """From: [[aga.brett86@gmail.com|email]]
Sent: [[22 November 2026|date]] 03:12
To: short breaks team
Subject: please help - [[Zosia|name]]

hello, sorry my english at night. [[Zosia|name]] had 4 seizures tonight, [[Martin|name]] is working away in [[Norwich|place]] till friday.
[[Oscar|name]] was up with me till 2. he has school. I cannot lift her now alone, my back. the hoist at [[Hill Rd|address]] is
broken since [[10th|date]], [[Claire|name]] knows. please can we have the overnight at Sunflower House like [[Lily Chase|name]] has?
her mum [[Donna|name]] told me about it in [[Heacham|place]]. my mum cannot come till [[20 grudnia|date]] (december 20).
[[Agnieszka|name]]

Reply [[22/11/2026|date]] 09:15 from [[Hannah Clowes|name]]: Dear [[Agnieszka|name]], I have asked [[Claire Bonham|name]] to visit on
[[24 November|date]] and [[Pip Yaxley|name]] to ring you today. I will ask my manager [[Rosie Thain|name]] about an overnight at
Sunflower House. Is [[Martin|name]] on [[07930 461 285|phone]]? Please ring 111 if [[Zosia|name]] seizes for 5 minutes. [[Hannah|name]]
"""),
    ("OCR'd occupational therapy home assessment", """NORFOLK COMMUNITY HEALTH - OT H0ME ASSESSMENT (scanned; OCR)
Name: [[Zof1a Brett|name]]   D0B: [[O5/O4/2016|dob]]   Add: [[l2 Hill Road|address]], [[lngoldisthorpe|place]]
Date of visit: [[24/11/2O26|date]]   OT: [[C. Bonharn|name]]
Present: mum [[Agnieszka|name]], brother [[0scar|name]].
Ceiling hoist fault (motor) - reported [[10/11|date]], engineer [[Gary Plowright|name]] booked [[27 Nov|date]].
Seizure diary (mum): [[18/11|date]] x2, [[19/11|date]] x1, [[21/11|date]] x4 (night), [[23/11|date]] x1. Dad's mob [[O7930 461 285|phone]].
Past: spinal review at Addenbrooke's [[6/10/2O26|date]]; respite at [[Wells|place]] in August 2025.
Mum is lifting [[Zofia|name]] alone 6-8 times a day. Stairs: [[Zofia|name]] sleeps downstairs in the dining room.
[[Oscar|name]] helps with the PEG pump at night - young carer referral to [[Shona Kerry|name]].
Recommend: urgent two-carer package; wet room; ramps to rear. Copy: SW [[Hannah Clowes|name]].
Notes: dad [[Martin|name]] away Mon-Fri; Babcia [[Halina|name]] due [[20/12|date]]; neighbour Mrs [[Jean Tilney|name]] at [[no. 14|address]]
checks in. Wheelchair service contact [[Darren Fisk|name]]. [[Zofia|name]]'s school nurse [[Lou Ambrose|name]] at [[Churchill Park|school]].
"""),
    ("brother's message to the young carers' worker", """instagram dm, [[oscar|name]] (footy_ob13) to young carers (screenshot,
[[30/11|date]])

hi is this [[shona|name]]. mrs [[ferrier|name]] said to msg u. i help with my sister [[zosia|name]] shes got retts. mum cries a lot
since the hoist broke. dad is in [[norwich|place]] all week. i cant do football at [[snettisham|place]] anymore cos of it.
my mate [[tyler|name]] says i should just go out but i dont want to. can i come to the group in [[hunstanton|place]] on
thursday? [[ewa|name]] can drive me. my mums number is [[07520 318 644|phone]]
reply from [[Shona Kerry|name]]: hi [[Oscar|name]], yes! group is thursday [[3rd|date]] 4.30 at the library in [[Hunstanton|place]].
[[Ellie|name]] goes too, shes nice. i'll ring your mum. and [[Tyler|name]] is wrong btw. [[Shona|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 203 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:54 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "sw", "hv", "nurse", "nan",
           "nana", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "aunt",
           "uncle", "ajji", "appa", "amma", "babcia", "mama", "tata", "cpn", "amhp", "ot", "ccn"}
_AFTER = {"senior", "junior", "uncle"}
_NOT_PLACES = {"england", "uk", "britain", "norfolk", "west norfolk", "india", "karnataka", "kodagu", "coorg", "poland",
               "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Ajji Poovamma", "Babcia Halina", "Aunt Gemma Ringer") and
# states, counties and countries ("Norfolk", "Karnataka", "Kodagu", "Poland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
