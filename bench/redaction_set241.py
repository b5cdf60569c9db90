"""Set 241: a held-out hand-written set for the redaction detector, six invented families in Soham, Fordham and Burwell (east
Cambridgeshire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set238.py to bench/redaction_set240.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES,
_AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of
Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set237.py were searched by script for "Soham", "Fordham", "Burwell" (no hits) and for some forty
communities of the Americas and Oceania; only the lists of sets that hit were printed. Phone numbers were checked with the
phonenumbers library, and NHS numbers and UPNs (LA 873, Cambridgeshire) made with python-stdnum, in small snippets. Nobody
may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Shorter than asked: the brief gave about half an hour, so this set has 24 documents but 842 gold spans (485 names), not the 900 (about
500 names) asked for; the documents were written short.

Six families: a white British mother in Soham (Gedney; neglect, a toddler's missed checks, a boyfriend who uses cannabis, a
nan in Wicken); a Chuukese family from Weno, Chuuk (Federated States of Micronesia) in Burwell (Kofak / Esiel; domestic abuse
by a father who works at a Newmarket stud, a mother's message in Chuukese translated, an aunt in Weno on a +691 phone); a
young carer of 13 in Fordham (Rix; a mother with multiple sclerosis); a white British girl of 14 in Burwell (Pettit / Coote;
missing to Cambridge and Newmarket, criminal exploitation); a white British and Black British Caribbean family in Soham
(Hurst / Clarke; physical abuse by the mother's partner, a father in Peterborough); and a Polish family in Fordham
(Kowalczyk; a girl of 15 who self-harms, a father back in Wrocław, a brother of 8 left alone). The community new to this
set, Chuukese (Micronesia), appeared in no earlier docstring searched ("Chuuk", "Pohnpei", "Micronesia" had no hits;
Polish is not claimed as new). 24 documents, each with its own style label: a primary school safeguarding log, a health
visitor's home visit note, a mum's Facebook messages typed up, an OCR'd scanned GP letter (with its misreadings), a police
domestic incident log, a mum's message in Chuukese translated, a child's own words written with the school nurse, a
strategy discussion minute, a young carer's own writing, a social worker's phone notes, a young carers' assessment, a GP's
email, a Snapchat extract typed up, a return home interview, contextual safeguarding panel minutes, a mum's phone call
note, child protection conference minutes, a nan's letter, family support worker notes, a father's complaint email, a
school nurse's self-harm referral, a WhatsApp group chat typed up, a CAMHS letter and a health visitor's note on a younger
brother.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Micronesia +691, Poland +48); NHS numbers and UPNs pass their check
digits. Towns, villages and streets are real or plausible and marked as places and addresses.

Markup and conventions: those of bench/redaction_set213.py, WITH TWO CHANGES the brief sets for every new set: a pet's name
is NOT marked (a pet is not a person: "Tank" the dog, "Placek" the rabbit stay unmarked); and a month with its year, a
season or a feast with its year, and a year alone are NOT marked as dates (a published review keeps dates to month and
year). A day with its month ("14 December", "the 8th", "12/10"), a named day ("Bonfire Night") and dates of birth are
marked as before. Titles and kinship words stay outside a name (Mr, Mrs, Ms, Dr, PC, PCSO, DS, DI, HV, OT, Nan, Papa,
Mama, Babcia, and the Chuukese "Semei" (my father) and "Inei" (my mother)); "SURNAME, First" is one span; initials alone
and usernames are not marked; organisations holding a town's name stay unmarked ("Cambridgeshire Constabulary",
"Addenbrooke's"); countries, states and territories ("Micronesia", "Chuuk", "Guam", "Poland", "Cambridgeshire") are not
places; an OCR misreading keeps its kind and an OCR split name ("Gedn ey") is one span.

Choices this set had to make: chat speaker labels that are names ("kerry:", "oli:", "tj:") are names, "kc:" (initials) is
not; "Staploe" (the Soham medical centre's name, a parish) is marked as a place wherever it stands before "Medical Centre";
the islands Weno, Tonoas and Fefan are places; "Fordham" standing for the village primary school is a school; "the
Fordham Road lay-by", "Mill Road" and "Brook Street" are addresses; "Bonfire Night" is a date; "Ran annim" (good morning)
and "Kinisou chapur" (thank you very much) are left unmarked.

Self-check without the detector: `python -m bench.redaction_set241` (and tests/test_redaction_set241.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 842 gold spans, 485 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Gedney family (white British), Soham ------------------------------------------------------------------------------

HOME_A = d.Address("12 Bushel Lane", "Soham", "Ely", "CB7 5FQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Gedney")], dt.date(2017, 6, 11), addresses=[HOME_A], ids=["7043574471", "J873938108289"],
       schools=["The Shade Primary School"]),
    _p("s", "sibling", [("Poppy", "Gedney")], dt.date(2023, 2, 19), addresses=[HOME_A], ids=["6886001620"]),
    _p("m", "mother", [("Kerry", "Gedney")], dt.date(1996, 9, 3), addresses=[HOME_A], phones=["07723 518 604"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """THE SHADE PRIMARY - SAFEGUARDING LOG (CPOMS export)
Pupil: [[GEDNEY, Tyler|name]]  DOB [[11/06/2017|dob]]  UPN [[J873938108289|upn]]  NHS [[704 357 4471|nhs]]
Address: [[12 Bushel Lane|address]], [[Soham|place]] [[CB7 5FQ|postcode]]. Mum [[Kerry Gedney|name]] [[07723 518 604|phone]]

[[08/09/2026|date]]  [[Tyler|name]] late, hungry, shoes held together with tape. Mrs [[Harbottle|name]] found him spare ones.
[[15/09/2026|date]]  [[Tyler|name]] said mum's friend "[[Gaz|name]]" sleeps over and shouts. Logged by TA [[Shona Westley|name]].
[[22.9.26|date]]  Head lice. [[Tyler|name]]'s sister [[Poppy|name]] (3) seen at the gate in a wet nappy in the rain.
[[1 Oct|date]]  HV [[Bethan Mayes|name]] called: [[Poppy|name]]'s 2 year review missed twice, mum not answering.
[[6th October 2026|date]]  DSL [[Martin\nCrisp|name]] made a referral to the MASH. SW [[Alys Fenner|name]] allocated [[8/10|date]].
[[13/10/2026|date]]  "[[Gaz|name]]" is [[Gary Pledger|name]], collecting in a white van [[AV17 RKN|vehicle]]. Smelt of cannabis.
[[20/10/2026|date]]  [[Tyler|name]] and [[Reuben Stace|name]] fighting on the field. [[Tyler|name]] said [[Reuben|name]] called his mum a
tramp.
[[3/11/26|date]]  [[Tyler|name]] stayed at nan's in [[Wicken|place]]: Nan [[Sandra Gedney|name]], [[4 Chapel Lane|address]],
[[Wicken|place]].
[[10/11/2026|date]]  Mum rang from [[07723 518 604|phone]]: [[Tyler|name]] ill. Home visit by Mr [[Crisp|name]]: no answer at
[[Bushel Lane|address]]; neighbour Mrs [[Doreen Saltmarsh|name]] at [[no. 14|address]] says mum went to [[Ely|place]] with [[Gaz|name]].
[[24/11/2026|date]]  Core group at [[Soham|place]] library. [[Kerry|name]] came with her friend [[Leanne Bye|name]]. Next on the
[[8th|date]].
[[1/12/2026|date]]  [[Tyler|name]] told Mrs [[Harbottle|name]] that [[Gaz|name]] took him to [[Isleham|place]] to "see a man" in the van.
[[2/12/2026|date]]  Nan [[Sandra Gedney|name]] rang ([[01353 721 904|phone]]): she will have [[Tyler|name]] and [[Poppy|name]] on the
[[5th|date]].
[[7/12/2026|date]]  [[Tyler|name]] said his uncle [[Dean Gedney|name]] from [[Littleport|place]] came round and "sorted [[Gaz|name]] out".
[[9/12/2026|date]]  [[Reuben Stace|name]]'s mum [[Natasha Stace|name]] complained that [[Tyler|name]] pushed [[Reuben|name]] at
the [[Soham|place]] rec. [[Tyler|name]] says [[Reuben|name]] started it. Mr [[Crisp|name]] spoke to [[Kerry|name]] and [[Natasha|name]].
[[10/12/2026|date]]  [[Tyler|name]]'s dad [[Callum Rowlett|name]] rang from [[Newmarket|place]] ([[07508 417 263|phone]]) asking for
reports.
"""),
    ("health visitor home visit note", """HEALTH VISITING - HOME VISIT  [[Poppy Gedney|name]]  DOB [[19/02/2023|dob]]  NHS
[[688 600 1620|nhs]]
Visit [[27/10/2026|date]] 10:30 at [[12 Bushel Lane|address]], [[Soham|place]]. HV [[Bethan Mayes|name]] with student [[Ffion Lacey|name]].
Present: mum [[Kerry|name]], [[Poppy|name]], and a man who gave his name as "[[Gary|name]]" and left by the back door.
Home: dog mess in the kitchen, the dog ("Tank", staffie) shut in the yard. No food in the fridge except milk.
[[Poppy|name]]: weight 9th centile, nappy rash, speech limited ("mama", "[[Ty|name]]"). Not at nursery; place at
[[Soham|place]] Little Acorns offered from [[2 November|date]].
Mum says her own mum [[Sandra|name]] in [[Wicken|place]] helps at weekends. Dad [[Callum Rowlett|name]] lives in [[Newmarket|place]], no
contact.
Plan: revisit [[10/11|date]]; GP Dr [[Ahmadi|name]] at [[Staploe|place]] Medical Centre informed; share with SW [[Alys Fenner|name]].
Addendum [[10/11/2026|date]]: no answer. Neighbour [[Doreen Saltmarsh|name]] says [[Kerry|name]] and [[Gary Pledger|name]]
argued in the street on the [[7th|date]]. [[Poppy|name]] was with nan [[Sandra|name]] in [[Wicken|place]]. Informed [[Alys Fenner|name]].
[[Poppy|name]]'s dad [[Callum|name]] rang the HV office on the [[12th|date]] from [[Newmarket|place]]; told to speak to [[Alys|name]].
"""),
    ("mum's facebook messages typed up", """Messenger, [[kerry gedney|name]] to [[leanne bye|name]], screenshots given by [[Leanne|name]]
[[5/11/26|date]]

[[kerry|name]]: they ringin me again the social. [[alys|name]] or whateva
[[leanne|name]]: just let them in hun
[[kerry|name]]: [[gaz|name]] says if they come he goes to his mums in [[burwell|place]]
[[kerry|name]]: [[ty|name]] was at mums in [[wicken|place]] all wknd anyway
[[leanne|name]]: wheres [[poppy|name]]
[[kerry|name]]: with me obvs. [[gaz|name]] got her a new buggy from [[ely|place]] market
[[leanne|name]]: [[reuben|name]]s mum [[tasha|name]] is chattin about u on the [[soham|place]] page
[[kerry|name]]: [[tasha stace|name]] can do one
[[kerry|name]]: can u have [[ty|name]] on the [[12th|date]] i got the doctors
[[leanne|name]]: yeh bring him to mine [[9 the butts|address]]
[[leanne|name]]: [[sandra|name]] rang me lookin for u
[[kerry|name]]: tell mum im at [[kel|name]]s in [[fordham|place]]
[[leanne|name]]: [[ty|name]] said [[gaz|name]] took him to [[isleham|place]] lol whats that about
[[kerry|name]]: [[alys fenner|name]] comin [[thurs 12th|date]] to [[bushel lane|address]]. [[gaz|name]] has to be gone
[[leanne|name]]: hes at [[dean|name]]s in [[littleport|place]] anyway
"""),
    ("OCR'd scanned GP letter", """[[Staploe|place]] MedicaI Centre, BrewhouSe Lane, [[S0ham|place]]
[[l2/ll/2O26|date]]
Dear Ms [[FenNer|name]],
Re: [[Tyler GEDNEY|name]] DOB [[ll/O6/2Ol7|dob]]  NHS [[7043574471|nhs]]
    [[Poppy Gedn ey|name]] DOB [[l9/O2/2O23|dob]]
Address: [[l2 BusheI Lane|address]], [[Soharn|place]] [[CB7 5FQ|postcode]]
Thank you for your letter of [[3O 0ctober|date]]. [[Tyler|name]] has not been seen since [[2l/O3/2O25|date]]; his
asthma review is overdue. [[P0ppy|name]] missed her imrnunisations on [[4 June|date]] and [[l4 July|date]].
Mother [[Kerry Gedney|name]] was seen on [[O9/ll/2O26|date]] with low rnood. I have referred her to the talking
therapies service. Yours sincerely, Dr [[S. Ahmadi|name]]
cc: HV [[Bethan Mayes|name]]; [[Martin Crisp|name]] (DSL); Nan [[Sandra Gedney|name]], [[Wlcken|place]].
"""),
]


# --- B. Kofak / Esiel family (Chuukese, from Weno, Chuuk, Micronesia), Burwell -------------------------------------------

HOME_B = d.Address("31 Hythe Lane", "Burwell", "Cambridge", "CB25 0QT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kachuo", "Kofak")], dt.date(2015, 4, 22), addresses=[HOME_B], ids=["0668215992", "L873414661339"],
       schools=["Burwell Village College Primary"]),
    _p("m", "mother", [("Sinino", "Kofak")], dt.date(1988, 12, 7), addresses=[HOME_B], phones=["07845 162 937"]),
    _p("f", "father", [("Ritis", "Esiel")], dt.date(1985, 1, 30), addresses=[HOME_B], phones=["07391 604 825"]),
], "c")

DOCS_B = [
    ("police domestic incident log", """CAMBRIDGESHIRE CONSTABULARY - DOMESTIC INCIDENT  Ref CC-26-114752
Date/time: Fri [[16/10/2026|date]] 22:41. Location: [[31 Hythe Lane|address]], [[Burwell|place]] [[CB25 0QT|postcode]]
Victim: [[KOFAK, Sinino|name]] DOB [[07/12/1988|dob]] tel [[07845 162 937|phone]]
Suspect: [[ESIEL, Ritis|name]] DOB [[30/01/1985|dob]] tel [[07391 604 825|phone]] NI [[PW 62 18 47 B|ni]]
Child: [[Kachuo|name]] ("[[Kach|name]]") aged 11, hid upstairs with cousin [[Meiuo|name]].
Attending: PC [[Tomlin|name]], PCSO [[Rhian\nDobbs|name]]. Called by neighbour Mr [[Ivor Pamment|name]] of [[no. 29|address]].
[[Sinino|name]] says [[Ritis|name]] came back from the [[Newmarket|place]] stud drunk and pushed her into the door. [[Kach|name]]
phoned his aunt [[Esiter Kofak|name]] in [[Weno|place]] ([[+691 330 2815|phone]]), who rang [[Sinino|name]]'s friend [[Marlene Holt|name]].
[[Ritis|name]] arrested, to [[Parkside|place]] custody. His car, blue Corolla [[EF15 VLO|vehicle]], on the drive.
DASH medium. Bail to his brother [[Pius Esiel|name]], [[7 Toyse Lane|address]], [[Burwell|place]].
Previous: [[2/08/2026|date]] verbal argument at the [[Burwell|place]] rec, no crime (PC [[Tomlin|name]]). [[Ritis|name]]'s
cousin [[Benjamin Esiel|name]] of [[Exning|place]] took [[Kach|name]] to school next day. Interpreter requested: [[Josefina Ruben|name]].
Officer notes: [[Sinino|name]] calls [[Ritis|name]] "[[Riti|name]]". [[Kachuo|name]] ([[KOFAK, Kachuo|name]], DOB [[22/04/2015|dob]],
NHS [[066 821 5992|nhs]]) seen by PCSO [[Dobbs|name]], no injuries. Neighbour [[Ivor Pamment|name]]'s wife [[Gwen|name]] gave a statement.
Follow-up [[17/10/2026|date]] 09:30, DC [[Hemsley|name]]: [[Sinino Kofak|name]] declined to make a statement. Her friend
[[Marlene Holt|name]] ([[07412 380 695|phone]]) of [[Fordham|place]] collected her and [[Kachuo|name]].
"""),
    ("mum's message in Chuukese translated", """Translation from Chuukese (interpreter [[Josefina Ruben|name]]), WhatsApp from
[[Sinino|name]]
to SW [[Owen Threlfall|name]], [[19/10/2026|date]]

"Ran annim [[Owen|name]]. I am [[Sinino|name]], mother of [[Kachuo|name]]. Semei [[Kachuo|name]] (his father [[Ritis|name]]) is
with his brother in [[Toyse Lane|address]]. Inei (my mother) [[Amelia Kofak|name]] in [[Tonoas|place]] says come home to
Chuuk but my son goes to school in [[Burwell|place]] and likes it. My sister [[Esiter|name]] in [[Weno|place]] can talk to you,
her number is [[+691 330 2815|phone]]. Please do not tell [[Ritis|name]] where we go. My friend [[Marlene|name]] in [[Fordham|place]]
will take us if I need. Kinisou chapur."
Interpreter's note: "Semei" and "Inei" are "my father" and "my mother"; [[Tonoas|place]] is an island next to [[Weno|place]].
Second message, [[20/10/2026|date]]: "[[Owen|name]], [[Pius|name]] says [[Ritis|name]] is sorry. [[Kachuo|name]] wants to see
semei on Sunday at the [[Burwell|place]] rec. My cousin [[Eseta Nakamura|name]] will come with us."
Interpreter [[Josefina|name]] adds: [[Sinino|name]]'s father [[Simiron Kofak|name]] lives on [[Fefan|place]]; she sends him money.
"""),
    ("child's own words written with the school nurse", """What [[Kachuo|name]] wants you to know - with nurse [[Gill|name]],
[[22/10/2026|date]]

my name is [[kachuo|name]] but everyone says [[kach|name]]. i was born in [[weno|place]] and we came to [[burwell|place]] when i
was 7. i like football with [[harvey|name]] and [[ollie|name]] on the rec. when papa drinks he is loud and mum cries.
i rang aunty [[esiter|name]] because she always answers. i want papa to stop not to go away forever.
my cousin [[meiuo|name]] stays with us sometimes she is 15 and goes to [[soham|place]] village college.
[[Gill|name]] wrote: [[Kachuo|name]] drew a boat and an island, "[[Fefan|place]]", where his grandad [[Simiron|name]] lives.
[[Kachuo|name]] said his best friend is [[Harvey Lusher|name]]. He calls his aunt "aunty [[Esi|name]]".
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[Kachuo Kofak|name]] ([[22/04/2015|dob]]) - [[23/10/2026|date]] 14:00, Teams
Chair: [[Naomi Whitrow|name]] (TM). Police: DS [[Fulcher|name]]. School: [[Dawn Abbs|name]] (DSL, [[Burwell Village College|school]]).
Health: [[Gill Sayer|name]] (school nurse). SW: [[Owen Threlfall|name]].
Information: incident of [[16 October|date]] at [[31 Hythe Lane|address]]; earlier call [[2 August|date]] (no crime).
[[Ritis Esiel|name]] bailed to [[Pius Esiel|name]]'s home; not to enter [[Hythe Lane|address]]. [[Sinino|name]] has family in
[[Weno|place]] and [[Tonoas|place]]; aunt [[Esiter Kofak|name]] on [[+691 330 2815|phone]]. Interpreter [[Josefina Ruben|name]].
Cousin [[Meiuo Sapuro|name]] (15) lives with [[Pius|name]]; her mum [[Lisa Sapuro|name]] is in Guam.
Decision: s47 single agency. [[Owen|name]] to see [[Kachuo|name]] at school by the [[26th|date]].
Also: [[Kachuo|name]]'s friend [[Harvey Lusher|name]]'s mum [[Claire Lusher|name]] ([[Burwell|place]]) heard shouting
on the [[12th|date]]. Next strategy review [[6 November|date]]; minutes by [[Becky Dorling|name]].
Child: UPN [[L873414661339|upn]]; school contact [[Dawn Abbs|name]] on [[01638 742 519|phone]]. Father's brother [[Pius|name]]
works with [[Ritis|name]] at the stud in [[Newmarket|place]]; his wife [[Marlene Esiel|name]]? No - [[Marlene Holt|name]] is the friend in
[[Fordham|place]].
"""),
]


# --- C. Rix family (white British, a young carer), Fordham ---------------------------------------------------------------

HOME_C = d.Address("5 Carter Street", "Fordham", "Ely", "CB7 5NG")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Rix")], dt.date(2013, 8, 25), addresses=[HOME_C], ids=["6165427014", "D873194298890"],
       schools=["Soham Village College"]),
    _p("m", "mother", [("Donna", "Rix")], dt.date(1981, 3, 14), addresses=[HOME_C], phones=["07508 273 146"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """My caring by [[Jayden|name]] age 13

i look after my mum [[donna|name]] she has MS and gets tired and falls over. i do her tablets at 8 and at 9 at night.
i cook pasta and go to the co op in [[fordham|place]] on my bike. my best mate [[kieran|name]] helps sometimes and his mum
[[shelley|name]] drops food round. my sister [[amber|name]] lives in [[newmarket|place]] with her boyfriend [[jordan|name]] and she
doesnt come much. i miss football at [[soham|place]] town on saturdays. i want a break and for mum to be ok.
mrs [[pegg|name]] at school is nice and mr [[quy|name]] lets me go early on wednesdays to get mum her tablets from
the [[soham|place]] chemist. [[shelley|name]] says i can stay at hers in [[mill lane|address]] if mum goes to hospital.
i want mum to see dr [[okonjo|name]] soon. [[amber|name]] said she will come at christmas. my dad [[shaun|name]] lives in
[[kennett|place]] but i dont go there much.
"""),
    ("social worker's phone notes", """Phone notes - SW [[Priti Sandhu|name]], [[Jayden Rix|name]]

[[02/11/2026|date]] 09:15 Called [[Donna Rix|name]] on [[07508 273 146|phone]]. She fell on the [[31st|date]]; [[Jayden|name]] got her up.
[[02/11/2026|date]] 11:40 [[Soham Village College|school]] (Mr [[Alan Quy|name]], head of year 9): [[Jayden|name]] asleep in lessons, 78%.
[[03/11/2026|date]] 10:05 Sister [[Amber Rix|name]] ([[07956 418 302|phone]]), [[Newmarket|place]]: cannot help weekdays, works at
the [[Exning|place]] garage.
[[04/11/2026|date]] 14:20 OT [[Harriet Goold|name]] will visit [[5 Carter Street|address]] on [[12 November|date]].
[[05/11/2026|date]] 16:00 [[Kieran|name]]'s mum [[Shelley Norman|name]] ([[2 Mill Lane|address]], [[Fordham|place]]): happy to have
[[Jayden|name]] for tea Tuesdays.
[[06/11/2026|date]] 10:30 Neighbour Mr [[Bob Cutter|name]] says an ambulance came on [[Bonfire Night|date]].
[[07/11/2026|date]] 09:00 [[Jayden|name]] rang me himself: mum fell again, [[Kieran|name]]'s mum [[Shelley|name]] came round.
[[07/11/2026|date]] 12:15 Dad [[Shaun Rix|name]] ([[07867 115 392|phone]]) in [[Kennett|place]]: can have [[Jayden|name]] Saturdays only.
[[08/11/2026|date]] 10:00 [[Amber|name]] texted: she and [[Jordan Pask|name]] can take [[Jayden|name]] to [[Newmarket|place]] on the
[[14th|date]].
[[09/11/2026|date]] 15:30 Mrs [[Pegg|name]] ([[Soham Village College|school]]): [[Jayden|name]]'s attendance up. [[Kieran Norman|name]] a
good friend.
"""),
    ("young carers' assessment", """YOUNG CARERS NEEDS ASSESSMENT
Name: [[Jayden Rix|name]]   DOB [[25.08.2013|dob]]   NHS [[616 542 7014|nhs]]   UPN [[D873194298890|upn]]
Address: [[5 Carter Street|address]], [[Fordham|place]], [[Ely|place]] [[CB7 5NG|postcode]]
Cared-for: mother [[Donna Rix|name]] (multiple sclerosis), neurologist Dr [[Okonjo|name]] at Addenbrooke's.
Other family: sister [[Amber|name]] (22), [[Newmarket|place]]; father [[Shaun Rix|name]], [[Kennett|place]], little contact.
Tasks: medication, meals, shopping, helping mum to the toilet at night. School: [[Soham Village College|school]] tutor
Mrs [[Pegg|name]]. Friends: [[Kieran Norman|name]].
Plan: young carers group at [[Ely|place]] Tuesdays; assessor [[Laura\nBirtwhistle|name]]; review [[14/05/2027|date]].
Views of [[Jayden|name]]: "I want to go to [[Soham|place]] Town U14s again." Views of [[Donna|name]]: "[[Jay|name]] does too much."
Signed [[Laura Birtwhistle|name]], [[15/11/2026|date]].
Emergency contact: [[Shelley Norman|name]], [[2 Mill Lane|address]], [[Fordham|place]], [[07391 826 450|phone]].
"""),
    ("GP email to the social worker", """From: [[r.okafor@nhs.net|email]]
To: [[priti.sandhu@eastcambs-cs.gov.uk|email]]
Date: [[9 November 2026|date]]
Subject: [[Donna Rix|name]] / [[Jayden|name]]

Dear [[Priti|name]], I saw [[Donna|name]] with [[Jayden|name]] on the [[6th|date]]. Her MS has relapsed; I have asked Dr [[Okonjo|name]]
for an early review. [[Jayden|name]] looks tired. Her ex, Mr [[Rix|name]] in [[Kennett|place]], rang the surgery asking for her
results; we said no. Please call [[01638 720 386|phone]]. [[Rachel Okafor|name]], GP, [[Fordham|place]] branch surgery.
PS [[Jayden|name]]'s sister [[Amber|name]] asked us to put her number on file: [[07956 418 302|phone]].
"""),
]


# --- D. Pettit / Coote family (white British, a girl missing and exploited), Burwell ---------------------------------------

HOME_D = d.Address("48 Ness Road", "Burwell", "Cambridge", "CB25 0DB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Pettit")], dt.date(2012, 1, 9), addresses=[HOME_D], ids=["9375181405", "J873068871965"],
       schools=["Soham Village College"]),
    _p("m", "mother", [("Lisa", "Pettit")], dt.date(1984, 7, 17), addresses=[HOME_D], phones=["07412 695 083"]),
    _p("o", "stepfather", [("Wayne", "Coote")], dt.date(1979, 5, 2), addresses=[HOME_D]),
], "c")

DOCS_D = [
    ("snapchat extract typed up", """Snapchat, [[kacey|name]]'s phone, typed by PC [[Ainsworth|name]] [[4/12/26|date]]

kc: u comin to [[ely|place]] 2nite
[[tj|name]]: nah meet at [[newmarket|place]] station [[deebo|name]] picks us up
kc: [[lisa|name]] will kill me lol
[[tj|name]]: tell her ur at [[mollys|name]] in [[reach|place]]
kc: [[molly|name]] wont cover again
[[tj|name]]: [[deebo|name]] got u a new phone. dont tell [[wayne|name]]
kc: k. bring [[kenz|name]] too
[[tj|name]]: [[kenz|name]]s mum grounded her after [[bury|place]]
kc: [[jordan|name]] from [[isleham|place]] is comin
[[tj|name]]: [[deebo|name]] said not [[jordan|name]]
[[tj|name]]: [[molly|name]] said ur mum rang [[reach|place]] lookin for u
kc: shes always lookin. [[wayne|name]] drove to [[swaffham|place]] lol
"""),
    ("return home interview", """RETURN HOME INTERVIEW  [[Kacey Pettit|name]]  DOB [[09/01/2012|dob]]  [[48 Ness Road|address]],
[[Burwell|place]]
Missing [[3/12/2026|date]] 18:00 to [[4/12/2026|date]] 06:30. Found by police in [[Cambridge|place]], [[Mill Road|address]].
Interviewer: [[Jess Cawdron|name]]. [[Kacey|name]] said she was with "[[TJ|name]]" ([[Taylor-Jay Meek|name]], 17, of [[Soham|place]]) and
an older man "[[Deebo|name]]" who drives a silver Audi [[KN70 WFX|vehicle]]. They went to a flat near [[Newmarket|place]].
She says [[Deebo|name]] gave her a phone and asked her to "hold a bag". Friend [[Molly Fairweather|name]] of [[Reach|place]]
lied for her. Stepdad [[Wayne Coote|name]] shouted when she got back. Mum [[Lisa|name]] ([[07412 695 083|phone]]) cried.
Next: referral to CE panel; school DSL Mrs [[Yolanda Pike|name]] told.
[[Kacey|name]] named other girls: "[[Kenz|name]]" ([[Kenzie Harlow|name]]) from [[Fordham|place]] and "[[Mols|name]]" ([[Molly|name]]).
She said [[TJ|name]]'s nan lives on [[Clay Street|address]] in [[Soham|place]] and they stayed there once on the [[28th|date]].
Mum [[Lisa Pettit|name]] and stepdad [[Wayne|name]] to meet [[Jess|name]] on the [[9th|date]] at [[Burwell|place]] library.
[[Kacey|name]]'s nan
[[Joan Pettit|name]] of [[Swaffham Bulbeck|place]] will have her at weekends. UPN [[J873068871965|upn]], NHS [[937 518 1405|nhs]].
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - EAST CAMBS - [[10/12/2026|date]]
Young people: [[PETTIT, Kacey|name]] (14, [[Burwell|place]]); [[MEEK, Taylor-Jay|name]] (17, [[Soham|place]]); [[Kenzie Harlow|name]] (14,
[[Fordham|place]]). Place of concern: [[Newmarket|place]] station and the [[Fordham Road|address]] lay-by.
Adult of concern: "[[Deebo|name]]", believed [[Dwayne Bostock|name]], 26, Audi [[KN70 WFX|vehicle]].
Chair DI [[Kemble|name]]. Present: [[Jess Cawdron|name]], [[Yolanda Pike|name]], [[Owen Threlfall|name]], PC [[Ainsworth|name]].
Actions: disruption notice to [[Bostock|name]]; patrols at [[Burwell|place]] rec; [[Kenzie|name]]'s mum [[Carla Harlow|name]] to be
seen by the [[17th|date]].
[[Bostock|name]]'s known address: [[Flat 3, 11 High Street|address]], [[Newmarket|place]] [[CB8 8JP|postcode]].
Next panel [[14 January|date]]; minutes [[Becky Dorling|name]].
Also discussed: [[Jordan Pask|name]] (19, [[Isleham|place]]), seen with [[Bostock|name]] at the [[Soham|place]] rec on the [[2nd|date]].
"""),
    ("mum's phone call note", """Phone call from [[Lisa Pettit|name]] ([[07412 695 083|phone]]) to duty, [[11/12/2026|date]] 21:10, taken
by [[Deb Stannard|name]]

[[Kacey|name]] not home. [[Lisa|name]] says [[Wayne|name]] drove round [[Burwell|place]] and [[Swaffham\nPrior|place]] looking. Last seen at
the [[Burwell|place]] co-op with [[Kenzie|name]]. [[Kenzie|name]]'s mum [[Carla|name]] says [[Kenzie|name]] is home. [[Lisa|name]] thinks
[[Kacey|name]] is
with "[[TJ|name]]" in [[Soham|place]] or [[Deebo|name]] in [[Newmarket|place]]. Advised to call 101. Police log ref 1104 of the
[[11th|date]].
23:40 update: [[Kacey|name]] home, dropped at the [[Ness Road|address]] end by a car.
[[Lisa|name]] asked that [[Jess Cawdron|name]] ring her on the [[12th|date]]. [[Wayne Coote|name]]'s mobile: [[07723 906 418|phone]].
"""),
]


# --- E. Hurst / Clarke family (white British and Black British Caribbean), Soham --------------------------------------------

HOME_E = d.Address("19 Kingfisher Drive", "Soham", "Ely", "CB7 5YE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Malachi", "Clarke-Hurst")], dt.date(2019, 10, 4), addresses=[HOME_E], ids=["8998232545",
       "D873858052825"], schools=["St Andrew's Primary School"]),
    _p("m", "mother", [("Stacey", "Hurst")], dt.date(1994, 5, 28), addresses=[HOME_E], phones=["07867 320 514"]),
    _p("f", "father", [("Andre", "Clarke")], dt.date(1991, 2, 13)),
], "c")

DOCS_E = [
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Malachi Clarke-Hurst|name]] ([[04/10/2019|dob]])
Date: [[17/11/2026|date]]. Venue: [[Ely|place]] family hub. Chair: [[Margaret Oyelaran|name]].
Present: mum [[Stacey Hurst|name]]; dad [[Andre Clarke|name]] (from [[Peterborough|place]]); SW [[Alys Fenner|name]]; DSL
[[Kevin Rudd|name]]
([[St Andrew's|school]]); HV [[Bethan Mayes|name]]; PC [[Gorringe|name]].
Concerns: [[Stacey|name]]'s partner [[Lewis Dack|name]] hit [[Malachi|name]] with a belt on [[8 November|date]]; bruising seen by
Mr [[Rudd|name]] on the [[10th|date]]. [[Lewis|name]] has left for his mum's in [[Isleham|place]].
Nan [[Pauline Hurst|name]] ([[01353 721 468|phone]]) in [[Soham|place]] offers care. [[Andre|name]]'s mum [[Beverley Clarke|name]]
in [[Peterborough|place]] too.
Decision: child protection plan, physical abuse. Core group [[1/12/2026|date]]. Review [[17 February|date]].
Apologies: Dr [[Ahmadi|name]] (GP), [[Kim Haylock|name]] (family support). Minutes: [[Sophie Rudd-Barker|name]].
[[Malachi|name]]'s views (via [[Kim|name]]): "I like nanny [[Pauline|name]]'s house and my dad [[Dre|name]]. [[Lewis|name]] is mean."
Child: NHS [[899 823 2545|nhs]], UPN [[D873858052825|upn]]. [[Lewis Dack|name]] ([[DACK, Lewis|name]], DOB [[19/03/1990|dob]]) of
[[12 Sun Street|address]], [[Isleham|place]]; vehicle [[VN66 XKD|vehicle]]. Next review chaired by [[Margaret Oyelaran|name]].
"""),
    ("nan's letter", """Dear [[Alys|name]],
I am [[Malachi|name]]'s nan, [[Pauline Hurst|name]], of [[3 Red Fen Road|address]], [[Soham|place]]. I want to say that [[Stacey|name]] is a
good mum when [[Lewis|name]] is not about. [[Malachi|name]] can stay with me any time; he has his own room and I walk him to
[[St Andrew's|school]] every day. His dad [[Andre|name]] phones on Sundays from [[Peterborough|place]]. My neighbour [[Jean Kerridge|name]]
will say the same. I saw [[Lewis Dack|name]]'s van in [[Brook Street|address]] on the [[20th|date]] so he is still around.
Yours, [[Pauline|name]] ([[01353 721 468|phone]])
P.S. [[Malachi|name]]'s teacher Miss [[Oduya|name]] says he is happier since [[Lewis|name]] left. [[Stacey|name]]'s friend
[[Gemma Tuck|name]] from [[Fordham|place]] helps with the school run.
I have known [[Stacey|name]]'s friend [[Hodan|name]] for years. [[Malachi|name]] plays with her girl [[Zainab Warsame|name]].
"""),
    ("family support worker notes", """FAMILY SUPPORT - [[19 Kingfisher Drive|address]], [[Soham|place]] [[CB7 5YE|postcode]] - worker
[[Kim Haylock|name]]
[[24/11/2026|date]] Routines chart with [[Stacey|name]]. [[Malachi|name]] (7) showed me his Lego. He calls his dad "[[Dre|name]]".
[[26/11/2026|date]] [[Stacey|name]] upset: [[Lewis|name]] texting from [[07912 448 031|phone]]. Advised to keep the messages.
[[1/12/2026|date]] Core group. [[Andre Clarke|name]] attended by phone. Nan [[Pauline|name]] took [[Malachi|name]] to [[Ely|place]]
cathedral.
[[3/12/2026|date]] [[Malachi|name]]'s friend [[Zainab|name]] came for tea; her mum [[Hodan Warsame|name]] lives on
[[Kingfisher Drive|address]].
[[8/12/2026|date]] [[Stacey|name]] booked on the Freedom Programme in [[Newmarket|place]] from the [[5th|date]] of January.
[[10/12/2026|date]] [[Malachi|name]] told me "[[Lewis|name]] came to [[Brook Street|address]] again". Told [[Alys|name]] and PC
[[Gorringe|name]].
"""),
    ("complaint email from the father", """From: [[andreclarke91@gmail.com|email]]
Sent: [[9 December 2026|date]] 23:02
To: complaints, East Cambs children's services
Subject: complaint about SW [[Alys Fenner|name]]

My name is [[Andre Clarke|name]], [[Malachi|name]]'s dad. Nobody told me about the conference until the night before. I live
at [[Flat 6, 22 Lincoln Road|address]], [[Peterborough|place]] [[PE1 2RL|postcode]] and I have PR. [[Stacey|name]] let [[Lewis Dack|name]]
near my son. Ms [[Fenner|name]] never rang me back on [[07867 320 514|phone]] - no wait that is [[Stacey|name]]'s, mine is
[[07945 263 817|phone]]. I want [[Malachi|name]] to come to me and my mum [[Beverley|name]] at weekends.
[[Andre|name]]
PS my mum [[Beverley Clarke|name]] is at [[40 Gladstone Street|address]], [[Peterborough|place]] if you need her.
PPS [[Malachi|name]]'s school [[St Andrew's|school]] has my number. Ask Mr [[Rudd|name]]. I rang on the [[3rd|date]] and the [[4th|date]].
"""),
]


# --- F. Kowalczyk family (Polish), Fordham --------------------------------------------------------------------------------

HOME_F = d.Address("27 Isleham Road", "Fordham", "Ely", "CB7 5NJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Oliwia", "Kowalczyk")], dt.date(2011, 3, 6), addresses=[HOME_F], ids=["6426212997",
       "R873179858118"], schools=["Soham Village College"]),
    _p("m", "mother", [("Agnieszka", "Kowalczyk")], dt.date(1983, 11, 21), addresses=[HOME_F], phones=["07956 418 302"]),
], "c")

DOCS_F = [
    ("school nurse self-harm referral", """SCHOOL NURSE REFERRAL - [[Oliwia Kowalczyk|name]]  DOB [[06/03/2011|dob]]  Year 10,
[[Soham Village College|school]]
UPN [[R873179858118|upn]]. Address: [[27 Isleham Road|address]], [[Fordham|place]] [[CB7 5NJ|postcode]].
Mum [[Agnieszka Kowalczyk|name]], [[07956 418 302|phone]] (Polish speaker; interpreter [[Tomasz Wrona|name]]).
[[Oliwia|name]] ("[[Oli|name]]") showed cuts to her forearm to her friend [[Evie Chilvers|name]] on [[25/11/2026|date]]. [[Evie|name]] told
Mr [[Quy|name]]. [[Oliwia|name]] says her dad [[Marek|name]] went back to [[Wrocław|place]] in the summer and mum works nights at
the [[Newmarket|place]] packing plant. Her babcia [[Halina|name]] in [[Poznań|place]] rings on [[+48 512 347 896|phone]].
Referred to CAMHS. Seen by nurse [[Gill Sayer|name]].
Friends named: [[Jasmine Ogunleye|name]] ("[[Jas|name]]", [[Burwell|place]]) and [[Evie|name]]. [[Oliwia|name]]'s brother
[[Jakub|name]] ("[[Kuba|name]]", 8) is at [[Fordham|school]] primary. Mum's email: [[aga.kowalczyk83@wp.pl|email]].
Dad: Mr [[Marek Kowalczyk|name]], [[Wrocław|place]]. Aunt [[Beata Zielińska|name]] lives in [[Soham|place]], [[8 Sand Street|address]].
"""),
    ("whatsapp chat typed up", """WhatsApp group "yr10 girls", from [[evie|name]]'s phone, typed [[27/11/26|date]]

[[evie|name]]: [[oli|name]] u ok babe
[[oli|name]]: not rly
[[jas|name]]: come to mine in [[burwell|place]] after school
[[oli|name]]: mama working again. [[kuba|name]] needs his tea
[[evie|name]]: [[kuba|name]] is 8 he can have cereal lol
[[oli|name]]: i cant. [[marek|name]] isnt ringing back
[[evie|name]]: we can walk to [[isleham|place]] marina sat
[[jas|name]]: [[jasmine|name]] mum says she can drive us to [[soham|place]] [[mere|place]]
[[oli|name]]: [[jas|name]] can u ask ur mum to pick up [[kuba|name]] from [[fordham|place]] school
[[evie|name]]: my mum [[kerrie|name]] can lol
[[oli|name]]: babcia [[halina|name]] is coming from [[poznan|place]] on the [[20th|date]]
[[evie|name]]: yay. tell [[kuba|name]] [[jas|name]] says hi
"""),
    ("CAMHS letter", """CAMHS Single Point of Access - letter to Ms [[Agnieszka Kowalczyk|name]]
[[27 Isleham Road|address]], [[Fordham|place]], [[Ely|place]] [[CB7 5NJ|postcode]]    [[2 December 2026|date]]
Re: [[KOWALCZYK, Oliwia|name]] DOB [[6 March 2011|dob]] NHS [[642 621 2997|nhs]]
Dear Ms [[Kowalczyk|name]], [[Oliwia|name]] has an appointment with Dr [[Nadia\nFerreira|name]] at [[Ely|place]] on [[14 December|date]] at
4pm. Please bring her brother [[Jakub|name]] if you have no childcare. School nurse [[Gill Sayer|name]] will come.
[[Oliwia|name]]'s father Mr [[Marek Kowalczyk|name]] in [[Wrocław|place]] may join by video.
cc: [[Gill Sayer|name]] (school nurse); Mr [[Alan Quy|name]], [[Soham Village College|school]]; GP, [[Fordham|place]] surgery.
If you cannot attend, ring [[01353 652 174|phone]] and ask for [[Paula Gotobed|name]], administrator.
"""),
    ("health visitor note on the younger brother", """School-age health review, [[Jakub Kowalczyk|name]] ("[[Kuba|name]]"), DOB
[[12/07/2018|dob]], [[Fordham|place]]
[[3/12/2026|date]]. Seen with mum [[Agnieszka|name]] and sister [[Oliwia|name]]. [[Kuba|name]] at [[Fordham|school]] primary, teacher Miss
[[Larkin|name]]. Alone at home some evenings when mum works and [[Oli|name]] is out. Neighbour Mrs [[Dorota Nowak|name]] at
[[no. 25|address]]
sometimes checks. Pets: a rabbit, "Placek". Grandmother [[Halina Zielińska|name]] visiting from [[Poznań|place]] at
Christmas. Dad [[Marek|name]] sends money from [[Wrocław|place]].
Plan: HV [[Bethan Mayes|name]] to revisit [[17/12|date]]; [[Kuba|name]]'s friend's mum [[Sarah Bing|name]] offers after-school care.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 241 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 01:43 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "ot",
           "nurse", "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "papa",
           "mama", "babcia", "semei", "inei", "aunt", "cousin", "grandad"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "cambridgeshire", "micronesia", "poland", "guam", "chuuk", "chuuk state"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
