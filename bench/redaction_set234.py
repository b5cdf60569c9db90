"""Set 234: a held-out hand-written set for the redaction detector, six invented families in Lavenham, Long Melford and the
south Suffolk villages around Sudbury, written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set235.py to bench/redaction_set237.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, its first two documents and its end: _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full; set 181's docstring was not read
(time was short). The docstrings of the earlier bench/redaction_set*.py were searched by script (hits only, no text printed
except a few lines around "Sudbury" in sets 166 and 93, where it is a surname and a library) for the towns and for Asian
communities. bench/redaction_handwritten.py was not opened. Phones were checked with the phonenumbers library; NHS numbers
and UPNs (LA 935, Suffolk) were made with python-stdnum. Nobody may tune the detector on this set: it is to be scored once.
If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

A little shorter than asked: the sitting had about twenty-five minutes, so this set has 24 documents and 854 gold spans
(496 names), not quite the 900 (about 500 names) asked for; the documents were written short and lengthened in rounds while
time allowed, so later paragraphs of a document were sometimes added after its end.

Six families: a young white British mother in Lavenham (Whitlock / Pryke; neglect of a boy of 9 and a toddler, a boyfriend
dealing); a Kadazan-Dusun family from Penampang, Sabah (Malaysia) in Long Melford (Majinbon / Gunsalam, a white British
stepfather Tilbrook; domestic abuse, a girl of 13); a white British boy of 15 in Great Cornard (Chilvers; missing to
Colchester, criminal exploitation); a young carer of 12 in Glemsford (Rowntree; a mother with MS); a new baby in Boxford
(Mayhew / Dorling; a mother's postnatal depression); and a mother in Sudbury misusing alcohol (Kemp / Savage; a boy of 8,
an aunt in Acton). The community named here, Kadazan-Dusun (Sabah, Malaysian Borneo), did not appear in any earlier
docstring searched. 24 documents, each with its own style label: a school safeguarding log, a nan's texts typed up, a
health visitor's home visit note, child protection conference minutes, a MASH referral, a mother's WhatsApp messages
translated from Malay, a child's worksheet, a police domestic abuse log, a police missing person log, a return home
interview, a Snapchat extract typed up, a mother's voice note transcribed, a young carer's own words, a young carers'
assessment, a school nurse's case note, an OCR'd letter from an MS clinic (with misreadings), a health visitor's new birth
note, a GP letter, a perinatal mental health email, a father's texts typed up, strategy discussion minutes, a mother's
complaint email, a phone call case note and a chronology.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Malaysia +60); NHS numbers and UPNs pass their check digits. Towns,
villages and estates are real and marked as places; street names are addresses.

Markup and conventions: those of bench/redaction_set213.py (after set 181). Titles and kinship words stay outside a name
(Mr, Mrs, Miss, Dr, PC, DS, HV, SW, Nan, Aunt, aunty, uncle, mama, Fr); "SURNAME, First" is one span; organisations stay
unmarked ("Suffolk MASH", "Essex Police", "West Suffolk Hospital", "West Suffolk Neurology", "Suffolk Family Carers");
regions and countries ("Suffolk", "Sabah", "Essex", "West Suffolk") are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("kez:", "ros:", "vero:"); a possessive in lower-case chat
("jaydens", "staceys") is one name span; a pet's name ("Pickle") is a name; "kk" (Kota Kinabalu) and "colly" (Colchester)
are places; HMP Highpoint is marked as a place (a prison by its village name); "melford" and "cornard" as short forms are
places; "Tye Green" in Glemsford is an address; the river Stour was left out; a school by its short name ("Wells Hall",
"Ormiston Sudbury") is a school; "the co op" and "village hall" stay unmarked; an OCR split village ("Glems\nford") is one
place span; "Tia" could not be used as a first name (the shared checker takes it as a kinship word) and "Ava" was used.

Self-check without the detector: `python -m bench.redaction_set234` (and tests/test_redaction_set234.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 854 gold spans, 496 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


HOME_A = d.Address("14 Bolton Street", "", "Lavenham", "CO10 9RG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Pryke")], dt.date(2017, 6, 22), addresses=[HOME_A], ids=["4670620398", "V935306915468"],
       schools=["Lavenham Primary School"]),
    _p("m", "mother", [("Stacey", "Whitlock")], dt.date(1995, 1, 30), addresses=[HOME_A], phones=["07723 481 605"]),
    _p("s", "sibling", [("Ava", "Whitlock")], dt.date(2023, 9, 4), addresses=[HOME_A], ids=["3842840357"]),
], "c")

DOCS_A = [
    ("school safeguarding log", """LAVENHAM PRIMARY - SAFEGUARDING LOG (CPOMS export)
Pupil: [[PRYKE, Jayden|name]]  DOB [[22/06/2017|dob]]  UPN [[V935306915468|upn]]  NHS [[467 062 0398|nhs]]
Mum: [[Stacey Whitlock|name]] [[07723 481 605|phone]], [[14 Bolton Street|address]], [[Lavenham|place]] [[CO10 9RG|postcode]]

[[08/09/2026|date]] [[Jayden|name]] in at 9.35, no coat, said [[Ava|name]] kept everyone up. Mrs [[Goodchild|name]] gave him cereal.
[[15/09/2026|date]] [[Jay|name]] told TA [[Becky Sparrow|name]] that mum's friend "[[Mitch|name]]" sleeps on the settee.
[[1 Oct 2026|date]] HV [[Alison Cracknell|name]] phoned: [[Ava|name]] missed her 2 year review. Home cold.
[[6th October|date]] DSL [[Martin\nHarbottle|name]] referred to Suffolk MASH. Mum said she'd been at her sister [[Kerry|name]]'s in
[[Long Melford|place]].
[[20.10.26|date]] "[[Mitch|name]]" = [[Mitchell Daw|name]], collected [[Jayden|name]] in a blue Corsa [[AE17 KWB|vehicle]]. Smelt of weed.
[[3/11/2026|date]] [[Jayden|name]] and [[Alfie Steward|name]] fought at lunch over a football card. Mr [[Orriss|name]] spoke to both.
[[17/11/26|date]] Nan [[Pauline Whitlock|name]] rang from [[Sudbury|place]] ([[01787 247 391|phone]]): worried, mum "not coping".
[[2/12/2026|date]] Home visit by [[Martin Harbottle|name]]; neighbour Mrs [[Iris Mumford|name]] at [[no. 16|address]] said mum went to
[[Bury|place]] with [[Mitch|name]] and left the kids with a girl of 14.
[[3/12/26|date]] [[Jayden|name]] said the girl was "[[Kayla|name]] from [[Water Street|address]]". Mrs [[Mumford|name]] confirmed:
[[Kayla Rice|name]].
[[4.12.2026|date]] SW [[Hannah Osei|name]] ([[hannah.osei@suffolk.gov.uk|email]]) visited school; [[Jayden|name]] seen with Mrs
[[Goodchild|name]].
[[7th December|date]] [[Jay|name]]'s friend [[Alfie|name]]'s mum Mrs [[Steward|name]] said [[Jay|name]] asked her for food in
[[Lavenham|place]] square.
[[9/12/2026|date]] Mum and [[Mitch|name]] at the gate, arguing. Mr [[Orriss|name]] asked them to leave. [[Jayden|name]] went home
with nan [[Pauline|name]]. [[Alfie Steward|name]] and [[Harry Bixby|name]] walked with him to [[Church Street|address]].
"""),
    ("nan's text messages typed up", """Texts from [[Pauline Whitlock|name]] (nan) to SW [[Hannah Osei|name]], copied [[4/12/26|date]]

Sat [[28 Nov|date]] 18:20  hi its [[pauline|name]] [[jaydens|name]] nan. been round [[staceys|name]] in [[lavenham|place]], no food in
Sat [[28 Nov|date]] 18:22  [[ava|name]] in the same vest since thurs. [[mitch|name]] asleep upstairs
Sat [[28 Nov|date]] 18:40  ive took [[jay|name]] back to mine in [[sudbury|place]] tonight, will drop him at school monday
Mon [[30 Nov|date]] 08:50  dropped him. [[kerry|name]] says she can have [[ava|name]] in [[melford|place]] for the weekend
Tue [[1 Dec|date]] 12:10  [[mitch|name]] has got a new car now [[AE17 KWB|vehicle]] is gone. my neighbour [[sheila|name]] saw it
Wed [[2 Dec|date]] 19:30  [[stacey|name]] wont answer. her mate [[leanne goddard|name]] from [[great cornard|place]] says shes ok
Thu [[3 Dec|date]] 09:15  [[sheila|name]] says [[mitch|name]]s brother [[robbie daw|name]] was there too. from [[glemsford|place]]
Thu [[3 Dec|date]] 09:20  my landline [[01787 247 391|phone]]. [[kerry|name]] is on [[07395 614 208|phone]]? no thats not hers sorry
Fri [[4 Dec|date]] 17:02  [[jay|name]] said [[kayla|name]] babysat again. shes only 14. her mum [[donna rice|name]] works at the co op
in [[melford|place]]
Sat [[5 Dec|date]] 10:11  [[stacey|name]] rang me crying. [[mitch|name]] took her bank card. [[jay|name]] n [[ava|name]] with me in
[[sudbury|place]]
Sat [[5 Dec|date]] 10:15  can u ring me [[hannah|name]]. or ring [[kerry|name]] in [[long melford|place]]
"""),
]

HOME_B = d.Address("6 Chapel Green", "", "Long Melford", "CO10 9HX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Juliana", "Gunsalam")], dt.date(2013, 4, 11), addresses=[HOME_B], ids=["1618174290", "J935401519999"],
       schools=["Ormiston Sudbury Academy"]),
    _p("m", "mother", [("Rosalind", "Majinbon")], dt.date(1984, 8, 17), addresses=[HOME_B], phones=["07958 312 740"]),
    _p("f", "stepfather", [("Craig", "Tilbrook")], dt.date(1979, 3, 2), addresses=[HOME_B], phones=["07841 226 093"]),
], "c")

DOCS_B = [
    ("MASH referral", """SUFFOLK MASH REFERRAL - received [[12/10/2026|date]] 14:02
Child: [[GUNSALAM, Juliana|name]] DOB [[11/04/2013|dob]] NHS [[1618174290|nhs]] UPN [[J935401519999|upn]]
Address: [[6 Chapel Green|address]], [[Long Melford|place]], [[CO10 9HX|postcode]]
Mother: [[Rosalind Majinbon|name]] ([[07958 312 740|phone]]), Kadazan-Dusun, from [[Penampang|place]], Sabah.
Stepfather: [[TILBROOK, Craig|name]] ([[07841 226 093|phone]]), NI [[JK 48 61 27 B|ni]].
Referrer: [[Gemma Rayner|name]], DSL, [[Ormiston Sudbury|school]].
Concern: [[Juliana|name]] ("[[Julie|name]]") told her friend [[Maisy Cole|name]] that [[Craig|name]] pushed her mum into the
door and that she is scared to go home. Bruise on [[Juliana|name]]'s arm seen by PE teacher Mr [[Hollis|name]].
Family: grandmother [[Agnes Majinbon|name]] in [[Penampang|place]] ([[+60 88-712 345|phone]]); uncle [[Benedict Gunsalam|name]] in
[[Kota Kinabalu|place]]. Birth father [[Rayner Gunsalam|name]] not in contact.
Previous: [[14/06/2026|date]] school noted [[Julie|name]] withdrawn (form tutor Ms [[Okonjo|name]]). [[Maisy|name]]'s mum
[[Kirsty Cole|name]] ([[Lower Road|address]], [[Borley|place]]) said [[Juliana|name]] stayed over twice when "[[Craig|name]] was drinking".
GP: Dr [[Reuben Ashdown|name]], [[Long Melford|place]]. Church: Fr [[Tom Kerrigan|name]], [[Sudbury|place]].
MASH checks ([[13/10/2026|date]], [[Owen Pask|name]]): police hold two calls to [[Chapel Green|address]] ([[3 May 2026|date]],
[[19 August 2026|date]]). [[Craig Tilbrook|name]] has a caution from [[Ipswich|place]] ([[2019|date]]). Health: [[Juliana|name]] seen at
[[Long Melford|place]] surgery by Dr [[Reuben Ashdown|name]] on [[30/09/2026|date]] ("fell off bike"). RAG: amber. To [[Hannah Osei|name]].
Referrer's email [[g.rayner@ormistonsudbury.co.uk|email]], tel [[01787 375 232|phone]]. Child's friend [[Maisy Cole|name]] DOB
[[27/01/2013|dob]] (for info only). Father's NI [[JK 48 61 27 B|ni]].
"""),
    ("mother's WhatsApp messages translated from Malay", """WhatsApp, [[Rosalind|name]] to her cousin [[Veronica Lajanga|name]]
([[+60 12-834 5127|phone]]),
shown to SW [[Hannah Osei|name]] on [[19/10/2026|date]]. Translated by [[Nurul Aziz|name]], interpreter.

[[ros|name]]: [[vero|name]], [[craig|name]] angry again last night. [[julie|name]] cried in her room
[[vero|name]]: come home to [[penampang|place]] lah. mama [[agnes|name]] asking
[[ros|name]]: no money. passport with [[craig|name]]. only [[julie|name]] school here in [[sudbury|place]]
[[vero|name]]: ask mrs [[pettit|name]] next door to help u
[[ros|name]]: [[doreen|name]] kind. she gave us soup. [[craig|name]] doesnt like her
[[vero|name]]: i call uncle [[ben|name]] in [[kk|place]] to send money ok
Note: "[[kk|place]]" = [[Kota Kinabalu|place]]. [[Doreen Pettit|name]] lives at [[8 Chapel Green|address]].
[[ros|name]] ([[22/10/2026|date]]): police came. [[craig|name]] went to his brother [[darren tilbrook|name]] in [[clare|place]]
[[vero|name]]: good. [[jessie|name]] says pray. aunty [[rose|name]] in [[tambunan|place]] sends love
[[ros|name]]: [[julie|name]] at [[maisy|name]]s tonight in [[borley|place]]. [[kirsty|name]] very kind
[[vero|name]] ([[23/10/2026|date]]): mama [[agnes|name]] says [[julie|name]] can come for christmas to [[donggongon|place]]. ticket
from [[kk|place]]
[[ros|name]]: [[hannah|name]] the social worker says wait. [[craig|name]] brother [[darren|name]] keeps messaging me
"""),
]

HOME_C = d.Address("41 Bures Road", "", "Great Cornard", "CO10 0JG")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kieran", "Chilvers")], dt.date(2011, 2, 19), addresses=[HOME_C], ids=["5415867414", "T935231814534"],
       schools=["Thomas Gainsborough School"]),
    _p("m", "mother", [("Dawn", "Chilvers")], dt.date(1980, 5, 5), addresses=[HOME_C], phones=["07469 305 812"]),
], "c")

DOCS_C = [
    ("police missing person log", """SUFFOLK CONSTABULARY - MISSING PERSON LOG  CC-20261104-0877
Missing: [[CHILVERS, Kieran|name]] DOB [[19/02/2011|dob]], [[41 Bures Road|address]], [[Great Cornard|place]] [[CO10 0JG|postcode]]
Reported by mother [[Dawn Chilvers|name]] [[07469 305 812|phone]] on [[04/11/2026|date]] 23:10.
Last seen [[Sudbury|place]] bus station 17:30 with [[Tyler Brame|name]] (16) and an older male "[[Zee|name]]".
PC [[Lockwood|name]] and PC [[Sophie\nBalls|name]] attended. Phone cell site: [[Haverhill|place]], then [[Colchester|place]].
Found [[05/11/2026|date]] 04:20 at [[Flat 3, 22 Crouch Street|address]], [[Colchester|place]], by PC [[Obi|name]] of Essex Police.
Car seen: silver Audi [[KN70 XTR|vehicle]], registered to [[Zain Mahroof|name]], [[Chelmsford|place]].
Return home interview to [[Lucy Pask|name]] (Suffolk missing service).
[[Tyler Brame|name]] of [[Rugby Road|address]], [[Sudbury|place]] also found; his mum [[Tracey Brame|name]] collected him.
[[Zain Mahroof|name]] DOB [[09/09/1998|dob]], also known as "[[Zee|name]]" and "[[Z|name]]"? (unconfirmed). Intel to DS [[Mannion|name]].
[[Kieran|name]]'s brother [[Connor Chilvers|name]] at [[Highpoint|place]] since [[March 2026|date]].
Previous episodes: [[14/09/2026|date]] ([[Sudbury|place]], found [[Friars Street|address]]); [[2 October|date]] ([[Ipswich|place]]);
[[19.10.26|date]] ([[Colchester|place]], with [[Tyler|name]]). Mother's partner [[Gary Westrop|name]] ([[07958 440 127|phone]]) also
searched Belle Vue park and the leisure centre.
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Kieran Chilvers|name]] - [[7 November 2026|date]] - [[Lucy Pask|name]]
Seen at [[Thomas Gainsborough|school]] with DSL Mr [[Ebenezer Quaye|name]] present.
[[Kieran|name]] ("[[Kez|name]]") says he went with [[Tyler|name]] to "see a mate" in [[Colchester|place]]. Says [[Zee|name]] gave him
£40 and a phone to "hold". Would not say where the flat is. Says his mum [[Dawn|name]] "goes mental" and his brother [[Connor|name]]
is "in [[Highpoint|place]]" (prison). Friend [[Ruby Sargeant|name]] from [[Chilton|place]] texts him when he's out.
Risk: CE. Shared with DS [[Mannion|name]] and [[Ormiston|school]]? No - [[Kieran|name]] is at [[Thomas Gainsborough|school]]. Next:
[[14/11|date]].
[[Kieran|name]] said the flat belongs to "[[Marcus|name]]", an older man from [[Clacton|place]], and that a girl called
"[[Shay|name]]" opened the door. He mentioned [[Brantham|place]] and "the [[Greenstead|place]] lot". His mum [[Dawn|name]] was
told on [[7/11/2026|date]]; nan [[Maureen|name]] in [[Bulmer|place]] will have him on weekends. Email to
[[lucy.pask@suffolk.gov.uk|email]] and DS [[Mannion|name]] ([[d.mannion@suffolk.police.uk|email]]).
Signed: [[L. Pask|name]]; [[Kieran C|name]] (declined to sign - [[KEZ|name]] written).
"""),
]

HOME_D = d.Address("9 Brook Street", "", "Glemsford", "CO10 7PZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Lily-Mae", "Rowntree")], dt.date(2014, 10, 3), addresses=[HOME_D], ids=["8616160442", "N935359619801"],
       schools=["Glemsford Primary Academy"]),
    _p("m", "mother", [("Joanne", "Rowntree")], dt.date(1982, 12, 12), addresses=[HOME_D], phones=["07584 190 367"]),
], "c")

DOCS_D = [
    ("young carer's own words", """about me by [[lily-mae rowntree|name]] age 12

i live in [[glemsford|place]] with my mum [[jo|name]]. she has MS and cant do the stairs on bad days. i do the tea and her tablets.
my dad [[darren|name]] lives in [[haverhill|place]] with [[shannon|name]]. my best friend is [[evie|name]] and her nan [[rita|name]]
gives me lifts to [[clare|place]] for dancing. i want to go on the trip to [[felixstowe|place]]. miss [[gathercole|name]] is nice.
i worry when im at school. our dog is called [[Pickle|name]].
sometimes [[darren|name]] rings on a sunday. my teacher mr [[oakley|name]] lets me phone mum at lunch from the office.
[[evie frost|name]] lives on [[tye green|address]] in [[glemsford|place]] and [[rita|name]] is her nan. i go to [[cavendish|place]] to
my aunty [[bev|name]]s.
when mum fell [[rita|name]] came and rang the ambulance. i stayed at [[evies|name]]. [[darren|name]] came on the [[23rd|date]] and
said i can live in [[haverhill|place]] but i want to stay with mum. my mum [[joanne|name]] says im her angel. written [[30/11/2026|date]]
p.s. [[pickle|name]] is a jack russell. [[evie|name]]s dog is [[Bramble|name]].
"""),
    ("young carers' assessment summary", """YOUNG CARERS ASSESSMENT - Suffolk Family Carers
Young carer: [[ROWNTREE, Lily-Mae|name]] DOB [[03/10/2014|dob]] NHS [[861 616 0442|nhs]] UPN [[N935359619801|upn]]
[[9 Brook Street|address]], [[Glemsford|place]], [[CO10 7PZ|postcode]]. Assessed by [[Carys Mott|name]] on [[1 December 2026|date]].
Cared-for: mum [[Joanne Rowntree|name]] ([[07584 190 367|phone]]), multiple sclerosis; MS nurse [[Tessa Abbs|name]].
Dad [[Darren Rowntree|name]], [[Haverhill|place]], [[07395 614 208|phone]]. Teacher Miss [[Gathercole|name]]
([[k.gathercole@glemsford.suffolk.sch.uk|email]]). Neighbour [[Rita Doe|name]] at [[no 11|address]] helps.
Review: [[1 March 2027|date]]. Signed [[C. Mott|name]]; [[Lily-Mae|name]] ("[[Lils|name]]").
[[Lily-Mae|name]]'s friends: [[Evie Frost|name]], [[Hollie Pryor|name]], [[Amelia-Rose Game|name]]. Dancing at [[Clare|place]]
with teacher [[Niamh Brett|name]] on Saturdays; lifts by [[Rita|name]]. Aunt [[Beverley Rowntree|name]] of [[Cavendish|place]]
([[01787 312 905|phone]]? surgery's number - ask again) is back-up. Dad [[Darren|name]]'s partner [[Shannon Lacey|name]].
"""),
]

HOME_E = d.Address("3 Swan Street", "", "Boxford", "CO10 5NZ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Mayhew")], dt.date(2026, 5, 28), addresses=[HOME_E], ids=["6159379860"]),
    _p("m", "mother", [("Freya", "Mayhew")], dt.date(1998, 7, 14), addresses=[HOME_E], phones=["01787 880 264"]),
    _p("f", "father", [("Lewis", "Dorling")], dt.date(1996, 11, 9), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("health visitor's new birth visit note", """HV new birth visit - [[Oscar Mayhew|name]] DOB [[28/05/2026|dob]] NHS [[6159379860|nhs]]
[[3 Swan Street|address]], [[Boxford|place]] [[CO10 5NZ|postcode]]. HV [[Alison Cracknell|name]] [[9 June 2026|date]].
Mum [[Freya Mayhew|name]] tearful, EPDS 17. Dad [[Lewis Dorling|name]] at work in [[Hadleigh|place]]. Maternal gran [[Sue Mayhew|name]]
in [[Polstead|place]] visits daily. [[Oscar|name]] feeding well. Mum's friend [[Harriet Vince|name]] present.
GP Dr [[Nwachukwu|name]] informed. Revisit [[16/06/2026|date]].
[[16/06/2026|date]]: EPDS 19. [[Freya|name]] said she thought about "walking into the river".
Mum's sister [[Lottie Mayhew|name]] from [[Nayland|place]] came. Referral to perinatal team ([[Priti Sandhu|name]]) [[17 June|date]].
Dad [[Lewis|name]] (DOB [[09/11/1996|dob]]) works at a garage in [[Hadleigh|place]]; his van [[AU20 GYP|vehicle]]. Gran [[Sue|name]] will
take [[Oscar|name]] on Tuesdays. [[Harriet|name]] ([[Harriet Vince|name]]) is a friend from [[Boxford|place]].
"""),
    ("GP letter", """Dear Ms [[Cracknell|name]],
Re: [[Freya MAYHEW|name]], [[14.07.1998|dob]], [[3 Swan St|address]], [[Boxford|place]].
I saw [[Freya|name]] on [[2nd July 2026|date]]. Started sertraline. Partner [[Lewis|name]] supportive but works long hours in
[[Lewis|name]]'s father [[Graham Dorling|name]] in [[Hadleigh|place]] has offered help (tel [[01787 247 391|phone]]? please check).
[[Hadleigh|place]]. Baby [[Oscar|name]] well. Please phone me on [[01787 312 905|phone]].
Yours sincerely, Dr [[Chidi Nwachukwu|name]]
cc: [[Priti Sandhu|name]], perinatal team; [[Freya|name]]'s mother [[Susan Mayhew|name]] at her request ([[Church Lane|address]],
[[Polstead|place]], [[CO6 5AX|postcode]]). Partner's mobile [[07723 590 184|phone]]. Follow-up [[16th July|date]].
P.S. [[Freya|name]]'s NHS number [[346 105 8114|nhs]]; [[Oscar|name]]'s [[615 937 9860|nhs]].
"""),
]

HOME_F = d.Address("27 Meadow Road", "", "Sudbury", "CO10 2LS")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Riley", "Kemp")], dt.date(2018, 1, 16), addresses=[HOME_F], ids=["9472373054", "U935359120384"],
       schools=["Wells Hall Primary School"]),
    _p("m", "mother", [("Nicola", "Kemp")], dt.date(1990, 9, 25), addresses=[HOME_F], phones=["07712 904 361"]),
], "c")

DOCS_F = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Riley Kemp|name]] ([[16/01/2018|dob]]) - [[24/11/2026|date]]
Chair: [[Jon Fairweather|name]] (TM). Police: DS [[Mannion|name]]. Health: [[Priti Sandhu|name]]. School: [[Wells Hall|school]] DSL
[[Amy\nCattermole|name]].
Mother [[Nicola Kemp|name]] found drunk at [[27 Meadow Road|address]], [[Sudbury|place]] [[CO10 2LS|postcode]] on [[22/11|date]].
Partner [[Lee Savage|name]] (DOB [[3 March 1987|dob]]) seen leaving in a van [[VN19 HXD|vehicle]]. [[Riley|name]] to stay with
aunt [[Gemma Kemp|name]] in [[Acton|place]]. Neighbour Mr [[Patel|name]] called police.
[[Riley|name]] told teacher Mr [[Fisk|name]] "[[Lee|name]] kicked the dog". School nurse [[Sue Mayes|name]] saw a bruise on
[[23/11/2026|date]].
Nan [[Brenda Kemp|name]] in [[Newton|place]] ([[01787 312 905|phone]]? no - surgery) not able to help. Actions: SW [[Owen Pask|name]].
Information: [[Riley|name]] said on [[23/11|date]] to Mr [[Fisk|name]] "mummy was sleeping on the floor and [[Lee|name]] was
shouting". [[Lee Savage|name]] is known to police in [[Haverhill|place]] and [[Bury St Edmunds|place]] (DS [[Mannion|name]]). Health:
[[Riley|name]] NHS [[947 237 3054|nhs]], the GP is Dr [[Helen Raikes|name]] at [[Sudbury|place]].
Decision: s47 single agency (SW [[Owen Pask|name]]); ICPC within 15 days. Next review [[1st December|date]].
"""),
    ("mother's complaint email", """From: [[nikkikemp90@hotmail.co.uk|email]]
Sent: [[30 November 2026|date]] 23:14
To: [[jon.fairweather@suffolk.gov.uk|email]]
I want to complain about [[Priti|name]] and [[Amy|name]] from the school. [[riley|name]] is MY son. I am not a drunk. [[Lee|name]]
is not living here he lives in [[Bures|place]]. My sister [[Gemma|name]] is turning [[Riley|name]] against me in [[Acton|place]].
[[NICOLA KEMP|name]] [[07712 904 361|phone]]
PS and tell [[Owen|name]] I want a new social worker not [[Hannah|name]] or [[Owen|name]]. Mr [[Patel|name]] is a liar.
[[Riley|name]]'s nan [[Brenda|name]] will tell you. Her address is [[14 Cats Lane|address]], [[Sudbury|place]]. Or ring my friend
[[Tash Orbell|name]] on [[07702 418 559|phone]] - no thats [[Gemma|name]]s. Sorry.
"""),
]


DOCS_A += [
    ("health visitor's home visit note", """HV visit - [[Ava Whitlock|name]] DOB [[04/09/2023|dob]] NHS [[3842840357|nhs]] -
[[5 Dec 2026|date]]
At [[14 Bolton St|address]], [[Lavenham|place]]. Mum [[Stacey|name]] and [[Mitch|name]] present. [[Ava|name]] below 2nd centile.
Aunt [[Kerry Whitlock|name]] of [[Hall Street|address]], [[Long Melford|place]] offered to help. HV [[Alison Cracknell|name]].
[[Ava|name]] weighed 10.1kg. [[Stacey|name]] says [[Mitch|name]] "helps with nights". GP Dr [[Fiona Lusher|name]], [[Lavenham|place]].
Next visit [[19/12/2026|date]]. Shared with SW [[Hannah Osei|name]] and DSL [[Martin Harbottle|name]] ([[Jayden|name]]'s school).
[[Stacey|name]]'s friend [[Leanne|name]] arrived at 11.20 with her baby [[Rocco|name]]; [[Leanne|name]] lives on
[[Hill Farm Road|address]], [[Chilton|place]].
[[Mitchell|name]]'s mother [[Carol Daw|name]] ([[Lower Street|address]], [[Stanstead|place]]) rang during the visit.
"""),
    ("child protection conference minutes", """INITIAL CPC - [[Jayden Pryke|name]] and [[Ava Whitlock|name]] - [[10/12/2026|date]]
Chair [[Rosemary Venn|name]]. SW [[Hannah Osei|name]]. DSL [[Martin Harbottle|name]]. HV [[Alison Cracknell|name]].
Mum [[Stacey Whitlock|name]] attended with nan [[Pauline|name]]. [[Mitchell Daw|name]] did not attend.
School: [[Jayden|name]] late 14 times since [[September|date]]. Police (PC [[Grimwood|name]]): [[Mitchell Daw|name]], DOB
[[12/12/1992|dob]], known for
supply in [[Bury St Edmunds|place]]; his van [[AE17 KWB|vehicle]] sold. Aunt [[Kerry Whitlock|name]] and [[Leanne Goddard|name]] are
the safety network.
Plan: neglect. Core group at [[Lavenham|place]] village hall on [[7 January 2027|date]].
Views: [[Jayden|name]] (via [[Becky Sparrow|name]]) wants "more food and [[Mitch|name]] to go". Nan [[Pauline Whitlock|name]] of
[[5 Acton Square|address]], [[Sudbury|place]] [[CO10 1HG|postcode]] offers weekends. Aunt [[Kerry|name]] in [[Long
Melford|place]] offers [[Ava|name]] a
day a week. [[Stacey|name]] agreed. Minutes by [[Dee Folkard|name]].
Distribution: [[hannah.osei@suffolk.gov.uk|email]]; [[Alison Cracknell|name]]; [[Martin Harbottle|name]]; Dr [[Fiona Lusher|name]]; PC
[[Grimwood|name]]; [[Pauline Whitlock|name]]; [[Kerry Whitlock|name]]; [[Stacey Whitlock|name]] ([[07723 481 605|phone]]).
"""),
]

DOCS_B += [
    ("child's own words in a worksheet", """[[Ormiston Sudbury|school]] Year 8 - My family - [[Juliana G.|name]] - [[2 Nov 2026|date]]
My name is [[Julie|name]]. My mum [[Rosalind|name]] is from [[Penampang|place]] near [[Kota\nKinabalu|place]]. My grandma [[Agnes|name]]
lives there and my cousin [[Jessie|name]]. I like netball with [[Maisy|name]]. When [[Craig|name]] shouts I go to [[Doreen|name]]'s.
We went to [[Sudbury|place]] for the market. In the holidays we went to [[Tambunan|place]] to see aunty [[Rose|name]].
Teacher's note: told DSL [[Gemma Rayner|name]] on [[2/11|date]]. [[Juliana|name]] asked that [[Craig|name]] is not told.
Page 2: [[Julie|name]] drew [[Agnes|name]], [[Jessie|name]], [[Rose|name]], her mum and a plane to [[Kota Kinabalu|place]].
[[Maisy Cole|name]] wrote "[[JULIE|name]] IS MY BFF" on the back. Mrs [[Okonjo|name]] kept the sheet on [[3 Nov|date]].
"""),
    ("domestic abuse police log", """SUFFOLK POLICE DA LOG - [[21/10/2026|date]] 22:40 - [[6 Chapel Green|address]], [[Long Melford|place]]
Victim [[MAJINBON, Rosalind|name]] DOB [[17/08/1984|dob]]. Suspect [[Craig Tilbrook|name]] DOB [[02/03/1979|dob]].
PC [[Dunnett|name]] attended. Child [[Juliana|name]] present. Neighbour [[Doreen Pettit|name]] called 999. Car [[EX66 MLO|vehicle]].
[[Craig|name]] arrested, taken to [[Martlesham|place]]. Bail to brother [[Darren Tilbrook|name]], [[Nethergate Street|address]],
[[Clare|place]].
[[Rosalind|name]] speaks some English; interpreter [[Nurul Aziz|name]] by phone. IDVA [[Kate Pembroke|name]] informed [[22/10/2026|date]].
Previous: [[3 May 2026|date]] argument, no crime (PC [[Dunnett|name]]); [[19/08/2026|date]] [[Rosalind|name]] locked out,
[[Doreen|name]] let
her in. DASH high. MARAC on [[5/11/2026|date]]. [[Craig|name]]'s ex-partner [[Louise Cheek|name]] of [[Hadleigh|place]] reported him in
[[2021|date]].
"""),
]

DOCS_C += [
    ("snapchat extract typed up", """snapchat shown by [[dawn chilvers|name]] [[8/11/26|date]]
[[kez|name]]: u out
[[tyler|name]]: ye [[zee|name]] says [[colly|place]] tonite
[[kez|name]]: mums watching me. [[ruby|name]] says shes seen [[zee|name]] in [[sudbury|place]] by the co op
[[tyler|name]]: [[zee|name]] says bring [[connor|name]]s old fone. meet [[cornard|place]] rec 9
[[kez|name]]: cant. mr [[quaye|name]] rang mum
[[ruby|name]]: [[kez|name]] dont go. my brother [[jack sargeant|name]] got nicked in [[colchester|place]] doing that
[[tyler|name]]: [[kez|name]] [[zee|name]] aint happy. u owe him
[[kez|name]]: tell [[zain|name]] i aint got it. my mums boyfriend [[gary|name]] took the fone
"""),
    ("mother's voice note transcribed", """Voice note from [[Dawn Chilvers|name]] to SW [[Lucy Pask|name]], [[12/11/2026|date]] 01:12,
transcribed.
"[[Lucy|name]] it's [[Dawn|name]] he's gone again [[Kieran|name]] he went out the back at half eleven, [[Tyler|name]]'s mum
[[Tracey|name]] says he's not there, I've rung 999, the car was that silver one [[KN70 XTR|vehicle]] again on [[Bures Road|address]]."
"And [[Ruby|name]] rang, she says [[Zee|name]]'s cousin [[Hamza|name]] is in [[Colchester|place]] with him, ring me back on
[[07469 305 812|phone]] or my mum's, that's [[Maureen Chilvers|name]] in [[Bulmer|place]], [[01787 880 264|phone]] no sorry that's wrong."
Second voice note, 01:40: "it's me again, [[Kieran|name]] just messaged me, he says he's at [[Ballingdon|place]] bridge with
[[Tyler|name]], I'm going down there with [[Gary|name]], [[Connor|name]]'s girlfriend [[Shelby|name]] is coming too."
Note by [[Lucy Pask|name]], [[12/11/2026|date]] 08:05: [[Kieran|name]] home 02:30; police (PC [[Lockwood|name]]) told.
"""),
]

DOCS_D += [
    ("school nurse's case note", """School nurse note - [[Lily-Mae Rowntree|name]] - [[24/11/2026|date]] - [[Tessa Abbs|name]]? No:
nurse [[Gill Sherwood|name]].
[[Lily-Mae|name]] tired, says mum [[Joanne|name]] fell at home on the [[22nd|date]]. [[Evie Frost|name]]'s nan [[Rita|name]] helped.
[[Rita Doe|name]] rang an ambulance; [[Joanne|name]] to [[Bury St Edmunds|place]]. [[Lily-Mae|name]] stayed at [[Evie|name]]'s on
[[Tye Green|address]].
Dad [[Darren|name]] came from [[Haverhill|place]] on [[23/11|date]]. Told DSL Miss [[Gathercole|name]].
[[Lily-Mae|name]] asked for [[Rita Doe|name]] to be her trusted adult. Plan: weekly check-in with [[Gill Sherwood|name]] from [[1/12|date]].
[[Evie|name]]'s mum [[Lauren Frost|name]] is happy for [[Lily-Mae|name]] to stay over. [[LILY-MAE|name]] smiled when told.
"""),
    ("OCR'd letter from the MS clinic", """West Suffolk Neurology - [[l2 November 2O26|date]]
Re: [[Joanne R0wntree|name]], [[l2/l2/l982|dob]], [[9 Br0ok Street|address]], [[Glems\nford|place]].
Daughter [[LiIy-Mae|name]] does much of her care. Dr [[A. Bhattacharyya|name]]
cc: GP Dr [[Samuel 0yelaran|name]], Glemsford Surgery; MS nurse [[Tessa Abbs|name]]. NHS [[861 616 0442|nhs]]
Next clinic [[l4 January 2O27|date]]. Transport from [[9 Brook St|address]] booked with [[Glemsf0rd|place]] community car
([[Ron Pilbeam|name]]).
Letter scanned [[2l/ll/2O26|date]] by [[Glemsford Primary Academy|school]] office (Mrs [[Tina Hume|name]]).
"""),
]

DOCS_E += [
    ("perinatal mental health email", """From: [[priti.sandhu@nhs.net|email]]  [[14/07/2026|date]]
[[Freya|name]] seen at home in [[Boxford|place]]; [[Lewis|name]] present. Her mum [[Sue|name]] from [[Polstead|place]] to stay.
To: [[alison.cracknell@nhs.net|email]]; cc Dr [[Chidi Nwachukwu|name]]. Baby [[Oscar Mayhew|name]] NHS [[615 937 9860|nhs]].
Plan: weekly visits by [[Priti|name]] until [[Sept 2026|date]]. [[Harriet Vince|name]] of [[Stone Street|address]], [[Boxford|place]]
is a support.
[[Freya|name]] says her friend [[Harriet|name]] and her sister [[Lottie|name]] ([[07841 903 552|phone]]) check on her daily.
[[Lewis|name]]'s
mum [[Janet Dorling|name]] lives in [[Layham|place]]. Risk low. [[Priti Sandhu|name]], perinatal CPN, [[15 July 2026|date]].
"""),
    ("father's text messages typed up", """texts [[lewis dorling|name]] to HV [[alison|name]] [[20/7/26|date]]
[[lewis|name]]: hi [[alison|name]] [[freya|name]] had a bad night. [[oscar|name]] fine. her mum [[sue|name]] coming from [[polstead|place]]
[[alison|name]]: thanks [[lewis|name]]. can u ring me [[01787 880 264|phone]]? is [[freya|name]] safe right now
[[lewis|name]]: yes [[harriet|name]] is with her. im leaving [[hadleigh|place]] now
[[lewis|name]]: ([[21/7/26|date]]) dr [[nwachukwu|name]] saw her. [[lottie|name]] staying till sunday
[[alison|name]]: ([[22/7/26|date]]) [[priti|name]] will visit [[freya|name]] thurs in [[boxford|place]]. is [[swan st|address]] still right?
[[lewis|name]]: yes [[3 swan st|address]]. my dad [[graham|name]] can drive her to [[sudbury|place]] if needed
"""),
]

DOCS_F += [
    ("case note of a phone call", """Phone call [[1/12/2026|date]] from aunt [[Gemma Kemp|name]] ([[07702 418 559|phone]]), [[Acton|place]].
[[Riley|name]] settled. [[Nicola|name]] turned up drunk with [[Lee Savage|name]]; PC [[Ruddock|name]] called.
[[Gemma|name]]'s partner [[Wayne Hurrell|name]] and their boy [[Mason|name]] at home. Address [[2 The Street|address]], [[Acton|place]]
[[CO10 9UP|postcode]]. [[Riley|name]] asked for his nan [[Brenda|name]] and his friend [[Harvey Bloom|name]] from [[Wells Hall|school]].
[[Gemma|name]] says [[Lee|name]]'s sister [[Kirsty Savage|name]] messaged her on Facebook from [[Haverhill|place]]: "leave
[[nikki|name]] alone". Advised to keep screenshots. Next call [[4 Dec|date]]. [[Owen Pask|name]].
"""),
    ("chronology", """CHRONOLOGY - [[KEMP, Riley|name]] UPN [[U935359120384|upn]]
[[16 January 2018|dob]] born at West Suffolk Hospital
[[Sept 2022|date]] starts [[Wells Hall|school]]. [[22/11/2026|date]] mum drunk; [[Lee Savage|name]].
[[Easter 2024|date]] [[Nicola|name]] and [[Riley|name]] move from [[Bures|place]] to [[Meadow Road|address]], [[Sudbury|place]].
[[August 2025|date]] police called by Mr [[Patel|name]] ([[29 Meadow Road|address]]): shouting. [[Lee Savage|name]] given a caution.
[[24/11/2026|date]] strategy discussion, chair [[Jon Fairweather|name]]. [[Riley|name]] to aunt [[Gemma|name]] in [[Acton|place]].
[[1/12/2026|date]] [[Nicola|name]] emails a complaint. [[10th December|date]] ICPC booked.
[[2 December 2026|date]] aunt [[Gemma Kemp|name]] reports [[Riley|name]] wetting the bed; [[Wayne|name]] takes him to school.
[[4.12.26|date]] [[Nicola|name]] seen in [[Sudbury|place]] town with [[Lee|name]] and a friend "[[Tash|name]]" ([[Natasha Orbell|name]]).
[[6/12/2026|date]] Nan [[Brenda Kemp|name]] of [[Newton Green|place]] rings: will not supervise contact. [[Harvey Bloom|name]]'s mum
[[Zoe Bloom|name]] offers a playdate.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 234 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 00:32 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "tm",
           "nurse", "our", "nan", "nanny", "gran", "granny", "grandma", "mum", "mummy", "dad", "daddy", "aunty", "auntie",
           "uncle", "aunt", "mama", "cousin"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "suffolk", "sabah", "malaysia", "essex", "west suffolk"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("mama agnes", "uncle ben") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
