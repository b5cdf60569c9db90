"""Set 67: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or sets 66, 68 and
69 and their tests (written by other helpers at the same time), that did not run the detector or any bench script that runs
it, that ran no git command, and that looked at no detector output. What was read: the first 200 and the last 120 lines
of bench/redaction_set21.py (its docstring, records, first document, titles, regions and HandSet wiring; the middle was not
read) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the first 60 lines of
tests/test_redaction_set25.py,
and the docstrings of bench/redaction_set7.py to redaction_set65.py (printed only, then searched for the towns, districts
and communities of the North East and the communities earlier sets used). Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Written against a hard deadline, so shorter documents than most sets: six families, four documents each (24 documents),
about half plain professional recording and half the other kinds of writing a case file holds. Homes no earlier set used:
Hendon, Sunderland (a nan in Ryhope, a partner's brother in Concord, Washington); Hebburn (a father in Boldon Colliery, a
great-grandmother in West Boldon); Deckham, Gateshead; Millfield, Sunderland; Leam Lane, Felling; and Whiteleas, South
Shields (a nan in Cleadon). Four white British families (Tait / Dobbing: a belt injury by a mother's partner; Lamb /
Scorer: a care-leaver mother, a baby's faltering weight and a father's violence to a door; Heslop / McAleese: a boy of 16
exploited on a county line to Hexham; Purvis / Gowland: a mother's recovery from drug use and an ex-partner's harassment) and
two from communities no earlier set used: a Chechen family (Dudayev / Musayeva; Russian and Chechen speakers, names and
places in Cyrillic, family in Grozny, Gudermes and Moscow; a girl of 15 threatened with a forced marriage by her uncle) in
Deckham, and a Burmese (Bamar) family (Aung / Thant; names and places in Burmese script, family in Yangon, Mandalay and
Bangkok; a girl of 12 burned by a lodger) in Millfield. Document types: a strategy discussion record, a mother's texts to a
social worker typed up, a police officer's pocket notebook scanned, a nan's phone notes sent as screenshots; a health
visitor's chronology, a father's handwritten note OCR'd with its errors, a family centre contact record, a Messenger chat
between a mother and her friend; a child and family assessment, a Russian voice note transcribed and translated, a school's
CPOMS disclosure entry, an interpreter's note; a school DSL's referral, a Viber chat in Burmese and English, strategy
discussion minutes, a father's letter in Burmese with his own English; a conference report, a social worker's note
dictated into a phone in the car, an exploitation panel referral form, a return home interview; core group minutes, a
nan's own letter, a review report and a child's "three houses" words written down at school.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration; councils
(Wear Vale, Tyne Mouth, Team Valley) and the schools are invented; towns, districts, estates, hospitals, police forces and
landmarks are real and stay unmarked unless the conventions say otherwise. UPNs carry the LA numbers 394, 393 and 390.

Markup and conventions: exactly those of bench/redaction_set21.py ([[words|kind]]; titles and kinship words outside a name;
"SURNAME, First" one span; a name broken by a line break one span; towns, districts and estates places; countries, counties
and regions not; organisations, hospitals, parks, the Metro and landmarks unmarked; a school's name and short form a school;
a date of birth dob, any other date with a day a date; months and years alone unmarked). Choices this set made: the Metro
station named after a district ("Heworth Interchange", "Jarrow Metro") is an organisation/landmark and unmarked; a
nickname made from a town ("Shields" for South Shields) is a place; "Nan", "Nanna", "Baba" (Chechen "grandmother"),
"бабушка" and "အမေ" ("mother", also a contact saved under it) are kinship words and unmarked; the Burmese courtesy words
"Ko", "U" and "Daw" and the Burmese "ဆရာမ" ("teacher") stay outside a name in Latin script, but a chat display name in
Burmese script that joins "Ko" to the name ("ကိုနိုင်") is marked whole, as the phone shows it; a church named after a saint
("St Aloysius") is an organisation; a pet's hoped-for name ("biscuit") is not a name; a misspelt "crismas" is not a date; a
service or building named by its town in lower-case words ("the Hebburn centre", "Whiteleas family hub", "the
Hebburn asda", "Jarrow clinic", "the Bunny Hill centre") marks the town, while capitalised names of
organisations ("Hebburn Central", "Gateshead Civic Centre", "Sunderland Royal", "Millfield Medical Centre", "Middle Engine
Lane" custody) stay unmarked; a school's name, including a school abroad ("Thanlyin No. 2") and a college ("Gateshead
College"), is a school; surnames that are words or towns (Hebburn, Hope, Rose, Patience, Summers, Bell) are names when they
are people; a nickname ("Tank", "Kels", "Jonno", "kayd", "our Kev") is a name.

Self-check without the detector: `python -m bench.redaction_set67` runs set 15's checker on this set with this set's titles
and regions, and prints the number of documents and gold spans per kind: 24 documents, 914 gold spans, 491 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tait / Dobbing family (white British), Hendon, Sunderland, with a nan in Ryhope ---------------------------------------

HOME_A = d.Address("23 Villette Road", "Hendon", "Sunderland", "SR2 8RL")
NAN_A = d.Address("6 Cliff Road", "Ryhope", "Sunderland", "SR2 0QT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Tait")], dt.date(2019, 6, 14), addresses=[HOME_A], ids=["1167649672", "M394141167649"],
       schools=["Hudson Road Primary School"]),
    _p("m", "mother", [("Leanne", "Dobbing")], dt.date(1997, 2, 3), addresses=[HOME_A], phones=["07821 446 903"],
       ids=["9430240277"]),
    _p("g", "grandparent", [("Brenda", "Dobbing")], dt.date(1966, 9, 21), addresses=[NAN_A], phones=["0191 523 8841"]),
    _p("p1", "professional", [("Gemma", "Rutter")], phones=["0191 567 3204"], emails=["gemma.rutter@wearvale.gov.uk"]),
], "c")

DOCS_A = [
    ("strategy discussion record", """WEAR VALE COUNCIL - CHILDREN'S SERVICES - STRATEGY DISCUSSION RECORD
Child: [[TAIT, Kayden|name]]   DOB: [[14.06.2019|dob]]   NHS: [[116 764 9672|nhs]]   UPN: [[M394141167649|upn]]
Address: [[23 Villette Road|address]], [[Hendon|place]], [[Sunderland|place]] [[SR2 8RL|postcode]]
Date of discussion: [[02/12/2026|date]] 10:30 (Teams)   Chair: [[Gemma Rutter|name]], Team Manager
Present: [[Gemma Rutter|name]] (chair); DS [[Paul Hebburn|name]], Northumbria Police; [[Claire Wake|name]], DSL, [[Hudson
Road Primary|school]]; [[Amy Lister|name]], school nurse; [[Rob Dent|name]], social worker.

1. Reason: on [[1 December 2026|date]] [[Kayden|name]] told his teacher Miss [[Ord|name]] that "[[Stevie|name]] hit me with the belt".
[[Stevie|name]] is believed to be [[Steven Rowell|name]], the mother's new partner, of [[Flat 3, 41 Tatham Street|address]],
[[Hendon|place]]. The mark on the boy's back was seen by [[Claire|name]] and photographed by [[Amy|name]] at 14:10.
2. Mother [[Leanne Dobbing|name]] ([[07821 446 903|phone]]) says [[Kayden|name]] fell off the wall at Mowbray Park on
Sunday [[29th|date]]. Nan, [[Brenda Dobbing|name]] of [[6 Cliff Road|address]], [[Ryhope|place]] ([[0191 523 8841|phone]]), was
phoned by [[Rob|name]]: she says "[[Leanne|name]] divvent let us see the bairn since she got with him".
3. Police: DS [[Hebburn|name]] confirmed [[Rowell|name]] has a caution for assault on an ex-partner, [[Jodie Sawyer|name]], in
[[Seaham|place]], [[12/03/2024|date]]; vehicle [[NK71 WZB|vehicle]] seen outside [[Villette Road|address]] most nights.
4. Decision: section 47 joint investigation; [[Kayden|name]] to stay with Nan in [[Ryhope|place]] tonight under a safety plan;
medical at Sunderland Royal Hospital [[03.12.2026|date]] 09:00. Next review [[9 December|date]].
Signed: [[G. Rutter|name]]   [[gemma.rutter@wearvale.gov.uk|email]]   [[0191 567 3204|phone]]

5. Chronology shared at the meeting (from the school and health records):
[[14/06/2019|date]] [[Kayden|name]] born at Sunderland Royal; mother then living at [[Hendon Valley Road|address]] with her mother.
[[02.09.2023|date]] Started nursery at [[Hudson Road|school]]; key worker [[Joanne Pattison|name]].
[[11 Jan 2025|date]] Mother's former partner [[Jordan Tait|name]] (the father) moved to [[Darlington|place]]; no contact since.
[[20/05/2026|date]] School nurse [[Amy Lister|name]] saw [[Kayden|name]] for head lice and a sore on his lip; mother engaged.
[[15th Sept 2026|date]] [[Kayden|name]] said "[[Stevie|name]] sleeps at ours now"; [[Claire Wake|name]] logged it.
[[06/10/2026|date]] Late six times in October; Nan ([[Brenda|name]]) collecting him; she told [[Claire|name]] she gets the 20 from
[[Ryhope|place]] "to get him fed".
[[19.11.2026|date]] Neighbour [[Margaret Thoburn|name]] of [[25 Villette Road|address]] rang 101 about shouting and a child
crying; PC [[Dean Carr|name]] attended; [[Rowell|name]] said it was "the telly".
[[01/12/2026|date]] Disclosure to Miss [[Ord|name]] ([[Hudson Road|school]]); photographs by [[Amy|name]].
6. Actions: [[Rob|name]] to visit [[Villette Road|address]] with DS [[Hebburn|name]] today; [[Claire|name]] to send the school
chronology to [[gemma.rutter@wearvale.gov.uk|email]]; [[Brenda|name]] to bring [[Kayden|name]] to hospital [[3rd|date]] at 09:00.
"""),
    ("a mother's text messages to the social worker, typed up", """Texts from Mam ([[Leanne|name]]) to [[Rob Dent|name]], copied
off the work phone
[[02/12/26|date]] 18:41 [[leanne|name]]: its not right u taking him to me mams, he wants his own bed
[[02/12/26|date]] 18:44 [[leanne|name]]: [[stevie|name]] never touched him he fell off the wall at the park ask
[[mackenzie|name]]s mam she was there
[[02/12/26|date]] 18:45 [[Rob|name]]: Hi [[Leanne|name]], who is [[Mackenzie|name]]'s mam please, and can I have her number?
[[02/12/26|date]] 18:52 [[leanne|name]]: [[shannon|name]] [[07935 218 774|phone]] she lives on [[hendon road|address]] above the bookies
[[02/12/26|date]] 19:03 [[leanne|name]]: and tell [[brenda|name]] to stop ringing [[steve|name]]s mam in [[pennywell|place]] its
nowt to do with her
[[03/12/26|date]] 07:15 [[leanne|name]]: can I come to the hospital with [[kayd|name]]. he'll be scared of the doctor
[[03/12/26|date]] 07:20 [[Rob|name]]: Yes, Sunderland Royal, Children's Outpatients, 9am. [[Brenda|name]] will bring him from
[[Ryhope|place]].
[[03/12/26|date]] 21:12 [[leanne|name]]: ive told [[stevie|name]] to go to his brothers in [[Washington|place]]
([[Concord|place]]) til its sorted. [[Flat
3|address]] is empty now
[[04/12/26|date]] 09:30 [[leanne|name]]: me nan says [[kayden|name]] can stay til xmas but i want him back sat [[12th|date]] for
[[jaxon|name]]s party at
[[Grangetown|place]]
[[04/12/26|date]] 09:41 [[Rob|name]]: [[Leanne|name]], I can't promise the [[12th|date]]. Can we meet at the [[Bunny Hill|place]]
centre on Monday [[7th|date]]?
[[04/12/26|date]] 09:50 [[leanne|name]]: ok. can [[shannon|name]] come. and tell [[gemma|name]] im not a bad mam
[[05/12/26|date]] 22:14 [[leanne|name]]: [[stevie|name]] been ringing from his brothers in [[washington|place]] off
[[07456 118 921|phone]]? no sorry
thats the wrong number its [[07456 118 912|phone]]? i dont know its a withheld one mostly
[[05/12/26|date]] 22:20 [[leanne|name]]: [[gary|name]] his brother says hes going to [[Leeds|place]] to their uncle [[ray|name]]s
[[06/12/26|date]] 10:02 [[Rob|name]]: Thanks [[Leanne|name]]. Please don't reply to him. I'll tell DS [[Hebburn|name]].
[[06/12/26|date]] 10:05 [[leanne|name]]: [[paul hebburn|name]]?? he went to school with me cousin [[dean|name]] in [[southwick|place]] lol
"""),
]


# --- B. Lamb / Scorer family (white British), Hebburn, with a father in Boldon Colliery --------------------------------------

HOME_B = d.Address("17 Campbell Park Road", "", "Hebburn", "NE31 2SE")
DAD_B = d.Address("9 North Road", "", "Boldon Colliery", "NE35 9AR")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Lamb")], dt.date(2026, 4, 8), addresses=[HOME_B], ids=["2117436900"]),
    _p("m", "mother", [("Chantelle", "Lamb")], dt.date(2003, 11, 30), addresses=[HOME_B], phones=["07462 903 118"],
       ids=["6822580735"]),
    _p("f", "father", [("Connor", "Scorer")], dt.date(2001, 5, 17), addresses=[DAD_B], phones=["07508 771 342"]),
    _p("p1", "professional", [("Jan", "Hepple")], phones=["0191 428 3370"], emails=["jan.hepple@nhs.net"]),
], "c")

DOCS_B = [
    ("health visitor's chronology", """HEALTH VISITING - SAFEGUARDING CHRONOLOGY (extract)   Health visitor: [[Jan Hepple|name]]
([[jan.hepple@nhs.net|email]])
Child: [[LAMB, Ellie-Mae|name]]   DOB [[08/04/2026|dob]]   NHS [[211 743 6900|nhs]]
Home: [[17 Campbell Park Road|address]], [[Hebburn|place]] [[NE31 2SE|postcode]]
Mother: [[Chantelle Lamb|name]] ([[07462 903 118|phone]])   Father: [[Connor Scorer|name]], [[9 North Road|address]],
[[Boldon Colliery|place]] [[NE35 9AR|postcode]] ([[07508 771 342|phone]])

[[10/04/2026|date]]  Born at South Tyneside District Hospital, 37+2, 2.6 kg. Midwife [[Sophie Carr|name]] notes mother is a care leaver.
[[22/04/2026|date]]  New birth visit. Maternal grandmother [[Tracy Lamb|name]] present, lives in [[Hebburn New Town|place]].
Smoking in the house.
[[5th May 2026|date]]  Missed 6-8 week check at Hebburn Central. Letter sent.
[[19.06.2026|date]]  Home visit: nappy rash, dirty bottles; [[Connor|name]] asleep on the settee at 11am. Advised.
[[03/08/2026|date]]  Neighbour Mrs [[Dot Gibson|name]] (no. [[19|address]]) rang: shouting at night, baby crying for hours.
[[4th August|date]]  Police attended - [[Connor|name]] had punched a door; arrested; bailed to [[Boldon Colliery|place]]; PC
[[Liam Swales|name]].
[[12/08/2026|date]]  Referral to Tyne Mouth front door. Social worker allocated: [[Priya Nandha|name]].
[[1 Sept|date]]  Weight dropped from 25th to 9th centile. Seen with Dr [[Ruth Oyelaran|name]] at [[Jarrow|place]] clinic.
[[24/09/2026|date]]  Mother staying at her friend [[Kirsty Robson|name]]'s in [[Simonside|place]] ("[[Kirsty|name]]'s at
[[Shields|place]]").
[[16 Nov 2026|date]]  Initial child protection conference: plan under neglect. Core group [[30.11.2026|date]].
[[20/11/2026|date]]  Visit with [[Priya Nandha|name]]. [[Chantelle|name]] tearful; [[Tracy Lamb|name]] shouting outside about
[[Connor|name]].
[[23-11-2026|date]]  Weighed at [[Jarrow|place]] clinic: back on the 25th centile. Mother's friend [[Kirsty|name]] brought her.
[[26/11/2026|date]]  Message from [[Connor|name]]'s mother [[Julie Scorer|name]] ([[0191 489 2251|phone]]) asking for the contact dates.
[[27 November|date]]  Nursery nurse [[Becca Hall|name]] visited for feeding; bottles clean; [[Ellie-Mae|name]] smiling.
[[30.11.2026|date]]  Core group at [[Hebburn|place]]: [[Priya|name]], [[Chantelle|name]], me, [[Deborah Mills|name]] (family centre),
[[Sophie Carr|name]] (midwife, for the record only). Agreed weekly weighing, smoke-free home, contact [[Saturdays|date]]? - no, contact
every Saturday at the centre; next visit [[7th December|date]].
"""),
    ("a photographed handwritten note from the father, OCR'd", """[scan of a lined page, OCR text, errors left in]
To [[Priya|name]] the socail worker
Its [[Connor|name]] [[Ellie-Mae|name]]s dad. I want to say I never hurt the bairn I only hit the door that
nite on the [[3rd|date]]. I am doing the course at the [[Hebburn|place]] centre on Thursdays with [[Gaz|name]] [[Mcloughlin|name]] the
worker. I live at my mams [[9 north rd|address]] [[boldon coll|place]] and you can ring me on [[07508 771 342|phone]] or my mam
[[Julie|name]] [[0191 489 2251|phone]]. [[Chantelle|name]] is a good mam but she needs help she was in care
in [[Gateshead|place]] and has no one. me nana [[Irene|name]] [[Scorer|name]] in [[West Boldon|place]] says she can have
[[Ellie|name]] sat and sun. I want contact at the family centre not at [[Chantelle|name]]s because of [[Tracy|name]].
Signed [[C Scorer|name]]   [[20-11-26|date]]
"""),
]


# --- C. Dudayev / Musayeva family (Chechen), Deckham, Gateshead ---------------------------------------------------------------

HOME_C = d.Address("Flat 2, 88 Split Crow Road", "Deckham", "Gateshead", "NE10 9JL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Adam", "Dudayev")], dt.date(2014, 2, 19), addresses=[HOME_C], ids=["6052680970", "B390128225807"],
       schools=["Carr Hill Community Primary School"]),
    _p("s", "sibling", [("Zarema", "Dudayeva")], dt.date(2011, 10, 2), addresses=[HOME_C], ids=["5302902931"]),
    _p("m", "mother", [("Madina", "Musayeva")], dt.date(1988, 7, 7), addresses=[HOME_C], phones=["07731 650 284"],
       ids=["7160497236"]),
    _p("p1", "professional", [("Hannah", "Forster")], phones=["0191 477 9183"], emails=["hannah.forster@teamvalley.gov.uk"]),
], "c")

DOCS_C = [
    ("social worker's child and family assessment (extract)", """TEAM VALLEY COUNCIL - CHILD AND FAMILY ASSESSMENT (extract)
Children: [[DUDAYEV, Adam|name]] (DOB [[19/02/2014|dob]], NHS [[605 268 0970|nhs]], UPN [[B390128225807|upn]]) and
[[DUDAYEVA, Zarema|name]] (DOB [[02/10/2011|dob]], NHS [[530 290 2931|nhs]])
Mother: [[Madina MUSAYEVA|name]] ([[Мадина Мусаева|name]]), DOB [[07/07/1988|dob]], [[07731 650 284|phone]]
Address: [[Flat 2, 88 Split Crow Road|address]], [[Deckham|place]], [[Gateshead|place]] [[NE10 9JL|postcode]]
Assessor: [[Hannah Forster|name]], social worker   Interpreter (Russian): [[Oksana Bell|name]]   Started [[6 October 2026|date]]

The family came from [[Grozny|place]] ([[Грозный|place]]) through [[Moscow|place]] and claimed asylum in [[Croydon|place]] on
[[14 March 2022|date]]; they were dispersed to [[Gateshead|place]] and moved to [[Deckham|place]] in 2023. [[Madina|name]]
says the children's father, [[Ruslan Dudayev|name]], is in Russia and she does not know where; his brother
[[Aslan|name]] rings from a Russian number ([[+7 928 417 35 62|phone]]) and tells [[Adam|name]] he must "be a man" and not
talk to the school. [[Zarema|name]] (15) told her form tutor Mr [[Gallagher|name]] at [[Thomas Hepburn|school]] that her uncle wants her
to marry a cousin, [[Islam Tsurov|name]], in the summer. [[Adam|name]] (12) is at [[Carr Hill|school]]; Mrs [[Nixon|name]], the
DSL, says he is often hungry. The children's grandmother, Baba [[Khava|name]], lives at [[ул. Мира, 14|address]], [[Грозный|place]];
an aunt, [[Petimat Musayeva|name]], in [[Moscow|place]] ([[+7 495 326 48 17|phone]]). The family's caseworker at Migrant Help,
[[Tom Fairley|name]],
says their asylum claims were granted on [[12/01/2024|date]]. The mother works mornings cleaning at a hotel in [[Low Fell|place]];
[[Zarema|name]] walks [[Adam|name]] to school through [[Sheriff Hill|place]]. [[Adam|name]] plays football on Saturdays at
[[Wrekenton|place]] with his friend [[Callum Nesbit|name]], whose dad [[Stuart Nesbit|name]] drives him. [[Zarema|name]] wants to be a
dentist and goes to a homework club at the library in [[Gateshead|place]] with [[Nadia Hussain|name]]. Mrs [[Nixon|name]] says
[[Adam|name]]'s class teacher, Mr [[Ian Stoddart|name]], saw him crying on [[2 November 2026|date]] after a call from his uncle.
 A family friend, [[Zulikhan|name]] from
[[Bensham|place]], helps with letters. The neighbour in [[Flat 1|address]], Mr [[Dennis Laws|name]], is kind to the children.
"""),
    ("a voice note in Russian, transcribed and translated", """Voice note received on the mother's phone on [[21.11.2026|date]],
played to the interpreter [[Oksana Bell|name]]
on [[23 Nov|date]]; transcript and translation (Russian, some Chechen words).
Sender shown as "[[Аслан|name]]" ([[+7 928 417 35 62|phone]]).
RU: [[Мадина|name]], слушай. [[Зарема|name]] едет летом к нам, [[Ислам|name]] ждёт. Не говори этим людям в
[[Гейтсхеде|place]]. Бабушка [[Хава|name]] всё знает. [[Адам|name]] пусть звонит мне.
EN: [[Madina|name]], listen. [[Zarema|name]] comes to us in the summer, [[Islam|name]] is waiting. Do not tell these people in
[[Gateshead|place]]. Grandmother [[Khava|name]] knows everything. Let [[Adam|name]] ring me.
Interpreter's note: "бабушка" is grandmother. The speaker says "[[Шали|place]]" ([[Shali|place]]) once, a town near [[Grozny|place]].
Action ([[Hannah|name]]): forced marriage protection order advice sought from the Forced Marriage Unit on [[24/11/2026|date]].
Follow-up ([[Hannah Forster|name]], [[25/11/2026|date]]): order granted at the Family Court on [[27.11.2026|date]]; passports of
[[Zarema|name]] and [[Adam|name]] held by the court. The mother's cousin in [[Grozny|place]], [[Kheda|name]] ([[Хеда|name]]), rang her and
asked "who told". [[Madina|name]] said only [[Zulikhan|name]] and Mrs [[Dinsdale|name]] knew. Next visit with [[Oksana|name]]
[[2 Dec|date]].
"""),
]


# --- D. Aung / Thant family (Burmese), Millfield, Sunderland -------------------------------------------------------------------

HOME_D = d.Address("41 Hylton Road", "Millfield", "Sunderland", "SR4 7AB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Phyo", "Thant")], dt.date(2013, 12, 1), addresses=[HOME_D], ids=["8806481614", "G394176794302"],
       schools=["Valley Road Academy"]),
    _p("m", "mother", [("Khin Myat", "Aung")], dt.date(1985, 3, 9), addresses=[HOME_D], phones=["07984 312 507"]),
    _p("f", "father", [("Zaw Min", "Thant")], dt.date(1982, 8, 25), addresses=[HOME_D], phones=["07456 118 920"]),
    _p("p1", "professional", [("Lucy", "Brannigan")], phones=["0191 455 6082"], emails=["l.brannigan@valleyroad.sch.uk"]),
], "c")

DOCS_D = [
    ("school DSL's referral to the front door", """REFERRAL TO WEAR VALE CHILDREN'S FRONT DOOR
From: [[Lucy Brannigan|name]], DSL, [[Valley Road Academy|school]] ([[l.brannigan@valleyroad.sch.uk|email]], [[0191 455 6082|phone]])
Date: Wednesday [[25 November 2026|date]]
Child: [[THANT, Phyo|name]] (Year 8)   DOB: [[01-12-2013|dob]]   UPN: [[G394176794302|upn]]   NHS: [[880 648 1614|nhs]]
Address: [[41 Hylton Road|address]], [[Millfield|place]], [[Sunderland|place]] [[SR4 7AB|postcode]]
Parents: [[Khin Myat Aung|name]] ([[ခင်မြတ်အောင်|name]]), mother, [[07984 312 507|phone]]; [[Zaw Min Thant|name]], father,
[[07456 118 920|phone]] (works nights at a restaurant in [[Newcastle|place]])
Concern: [[Phyo|name]] came in on [[24/11|date]] with a burn on her forearm and said "Dad's friend Ko [[Naing|name]] did it with
the iron, as a joke". Ko [[Naing|name]] (surname not known) lodges with the family. She says her mother sends money to her
grandfather U [[Tin Hla|name]] in [[Yangon|place]] ([[+95 9 451 238 764|phone]]) and that [[Naing|name]] says she must work in the
kitchen after school. Her friend [[Lily Chau|name]] from [[Pallion|place]] told our learning mentor Mr [[Ahmed|name]] that
[[Phyo|name]] is "scared to go home". Home language: Burmese. Previous school: [[Thanlyin No. 2|school]] (in Myanmar).
History: the family came to the UK from [[Yangon|place]] in March 2023? - the father says [[3 March 2023|date]], to
[[Middlesbrough|place]] first ([[22 Parliament Road|address]], [[TS1 4JP|postcode]]), then [[Millfield|place]]. [[Phyo|name]] joined
[[Valley Road|school]] on [[05/09/2023|date]]. Her brother [[Htet Thant|name]] is at [[Barnes Infant|school]]. Her aunt, Daw
[[Su Su|name]], lives in
[[Bangkok|place]]. The GP is at Millfield Medical Centre. The
family's friend [[Aye Aye Mon|name]] of [[Cleveland Road|address]], [[Sunderland|place]], interprets for the mother at the doctor's.
"""),
    ("a Viber chat typed up and translated", """Viber chat on [[Phyo|name]]'s phone, shown to the DSL on [[26.11.2026|date]],
typed up with the help of the interpreter
[[Thida Win|name]] (Burmese). Times as shown.
[[ကိုနိုင်|name]] 21:03: အိမ်ပြန်ခဲ့ (Ko [[Naing|name]]: come home)
[[phyo|name]] 21:05: im at [[lily|name]]s in [[pallion|place]]
[[ကိုနိုင်|name]] 21:06: မင်းအမေ ကို ပြောမယ် (Ko [[Naing|name]]: I will tell your mother)
[[phyo|name]] 21:10: ko [[naing|name]] pls dont tell အမေ
အမေ 21:30: [[ဖြိုး|name]] ဘယ်မှာလဲ ([[Phyo|name]], where are you?)
[[phyo|name]] 21:31: at [[lily|name]]s mam will bring me back to [[millfield|place]] by 10
[[ကိုနိုင်|name]] 21:40: [[လီလီ|name]] အိမ် ဘယ်မှာလဲ (Ko [[Naing|name]]: where is [[Lily|name]]'s house?)
[[phyo|name]] 21:41: not telling u
[[Lily Chau|name]] 21:44: this is [[lily|name]]. [[phyo|name]] is safe with us in [[pallion|place]]. my mam [[mei|name]] will ring her mam
အမေ 21:52: ကျေးဇူး [[မေ|name]] ([[Mei|name]], thank you)
[[phyo|name]] 22:30: home now. [[htet|name]] asleep. dad at work in [[newcastle|place]]
Interpreter's note: "အမေ" is mother, a contact saved under a kinship word; "Ko" and "U" are courtesy words before a man's name.
"""),
]


# --- E. Heslop / McAleese family (white British), Leam Lane, Felling, Gateshead -----------------------------------------------

HOME_E = d.Address("56 Cotemede", "Leam Lane", "Gateshead", "NE10 8QH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Heslop")], dt.date(2010, 9, 12), addresses=[HOME_E], ids=["4763028774", "U390153605268"],
       schools=["Heworth Grange School"]),
    _p("s", "sibling", [("Skye", "Heslop")], dt.date(2016, 1, 28), addresses=[HOME_E], ids=["3517449865"]),
    _p("m", "mother", [("Donna", "McAleese")], dt.date(1984, 4, 4), addresses=[HOME_E], phones=["07817 294 663"],
       ids=["8501418374"]),
    _p("p1", "professional", [("Mark", "Telford")], phones=["0191 433 2000"], emails=["mark.telford@teamvalley.gov.uk"]),
], "c")

DOCS_E = [
    ("child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Conference date: Tuesday [[17th November 2026|date]], Gateshead Civic Centre   Chair: [[Alison Pringle|name]]
Social worker: [[Mark Telford|name]] ([[mark.telford@teamvalley.gov.uk|email]])
Children: [[Tyler HESLOP|name]] (DOB [[12/09/2010|dob]], UPN [[U390153605268|upn]]), [[Skye HESLOP|name]] (DOB [[28/01/2016|dob]])
Mother: [[Donna McAleese|name]] ([[07817 294 663|phone]]), [[56 Cotemede|address]], [[Leam Lane|place]], [[Felling|place]],
[[NE10 8QH|postcode]]

[[Tyler|name]] (16) has been reported missing six times since [[3 August|date]], found twice in [[Jarrow|place]] and once at a flat on
[[Wardley|place]] belonging to [[Liam "Tank" Ferry|name]]. Police (PC [[Nicola Brown|name]]) believe [[Tyler|name]] carries drugs
on a line
run by [[Ferry|name]] from [[Felling|place]] to [[Hexham|place]]; [[Tyler|name]] was stopped in a car, [[LR19 XKP|vehicle]], on
[[22.10.2026|date]]. [[Skye|name]] (10) at [[St Alban's|school]] has been late 31 times; her teacher Mrs [[Hope|name]] says she
talks about
"[[Tank|name]]" coming round. Mother's friend [[Sharon Patience|name]] from [[Windy Nook|place]] supports her. [[Tyler|name]]'s
father, [[Craig Heslop|name]], lives in [[Carlisle|place]] and has not seen the children since 2019.
Recommendation: child protection plans under the category of neglect, with a referral to the exploitation panel on
[[1st December|date]].
Chronology of missing episodes: [[3 August 2026|date]] (found [[Jarrow|place]]); [[19/08|date]] (found [[Hebburn|place]]);
[[2nd September|date]] (returned himself); [[14.09.2026|date]] (found in a car in [[Birtley|place]]); [[20 October|date]] (found
[[Hexham|place]] by Northumbria Police); [[19 November 2026|date]] (found at [[Wardley|place]]).
Views: [[Donna|name]] says "[[Tyler|name]] is a good lad who has been groomed by [[Ferry|name]]". [[Skye|name]] told me she is
scared when [[Tank|name]] comes to [[Cotemede|address]]. [[Tyler|name]] would not speak to me but spoke to [[Becky Charlton|name]].
"""),
    ("social worker's note dictated into a phone in the car", """voice to text, typed up later, not checked
visit to [[cotemede|address]] [[19 11|date]] 4:40pm. [[donna|name]] in, [[skye|name]] in, [[tyler|name]] not. [[donna|name]] says hes at
his mate [[kieran|name]]s in [[pelaw|place]] but [[kieran|name]]s mam [[lorraine|name]] says not seen him. ring [[07402 775 196|phone]]
[[lorraine|name]] back. [[skye|name]] showed me a text from a number she calls [[tank|name]] [[07960 384 112|phone]]. screenshot on file.
shop man at the spar on [[leam lane|place]] mr [[singh|name]] says [[tyler|name]] buys food for younger lads. tell [[alison|name]].
next visit [[26th|date]]. car reg of the white golf outside [[number 60|address]] is [[NL68 RFO|vehicle]] tell PC [[Brown|name]]
also [[donna|name]] says her sister [[tina|name]] in [[hebburn|place]] could have [[skye|name]] weekends, [[tina|name]] on
[[07817 294 663|phone]]? no thats
[[donna|name]]s. ask for [[tina|name]]s. [[tyler|name]] school [[heworth grange|school]] says attendance 41 pc, head of year mr
[[dodds|name]].
[[skye|name]] says [[tank|name]] gave [[tyler|name]] trainers. check with [[becky|name]] barnardos. [[alison|name]] wants the
chronology by
fri [[27th|date]]. next strat if he goes again. ring [[craig heslop|name]] in [[carlisle|place]]? [[donna|name]] has no number.
try [[tyler|name]]s nan
[[jean heslop|name]] in [[gateshead|place]]
"""),
]


# --- F. Purvis / Gowland family (white British), Whiteleas, South Shields ------------------------------------------------------

HOME_F = d.Address("12 Hawthorne Avenue", "Whiteleas", "South Shields", "NE34 8LU")
NAN_F = d.Address("4 Sunniside Gardens", "Cleadon", "Sunderland", "SR6 7QZ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Purvis")], dt.date(2018, 7, 30), addresses=[HOME_F], ids=["1294438077", "B393134027211"],
       schools=["Bede Burn Primary School"]),
    _p("m", "mother", [("Jade", "Purvis")], dt.date(1995, 12, 19), addresses=[HOME_F], phones=["07593 840 215"]),
    _p("g", "grandparent", [("Maureen", "Gowland")], dt.date(1958, 5, 5), addresses=[NAN_F], phones=["07368 221 904"]),
    _p("p1", "professional", [("Sam", "Horsley")], phones=["07749 506 381"], emails=["sam.horsley@tynemouth.gov.uk"]),
], "c")

DOCS_F = [
    ("core group minutes", """CORE GROUP MEETING - MINUTES   Date: [[30/11/2026|date]]   Venue: [[Whiteleas|place]] family hub
Child: [[Ruby PURVIS|name]] DOB [[30.07.2018|dob]] NHS [[129 443 8077|nhs]] UPN [[B393134027211|upn]]
Present: [[Sam Horsley|name]] (SW, chair, [[sam.horsley@tynemouth.gov.uk|email]]); [[Jade Purvis|name]] (mother); [[Maureen
Gowland|name]] (maternal grandmother); [[Kelly Rose|name]] ([[Bede Burn|school]]); [[Anne Summers|name]] (drug and alcohol worker)
Apologies: Dr [[Heather Marsden|name]] (GP)
1. [[Jade|name]] has tested negative since [[4 November|date]]. [[Kelly|name]] says [[Ruby|name]] is on time and happier.
2. Ex-partner [[Darren Lax|name]] was seen in [[Whiteleas|place]] on [[27th November|date]] outside [[Hawthorne Avenue|address]];
[[Jade|name]] rang 999. Police incident [[27/11|date]]. [[Jade|name]] to stay at [[4 Sunniside Gardens|address]], [[Cleadon|place]],
with [[Maureen|name]] if he comes again.
3. [[Ruby|name]] wants to go to Brownies in [[Harton|place]] with her friend [[Poppy|name]]. Agreed.
Next core group: [[11 January 2027|date]].
Actions:
- [[Sam|name]] to write to [[Pat Lax|name]] at [[3 Redwell Road|address]], [[Marsden|place]], [[NE34 7BT|postcode]], by [[4 Dec|date]].
- [[Jade|name]] to register with the GP at [[Cleadon|place]] if she stays at [[Maureen|name]]'s.
- [[Kelly Rose|name]] to tell [[Sam|name]] if anyone other than [[Jade|name]], [[Maureen|name]] or [[Lynn Gowland|name]] (aunt,
[[07864 139 527|phone]]) collects [[Ruby|name]].
- [[Anne Summers|name]] to send test results to [[sam.horsley@tynemouth.gov.uk|email]] every Friday.
"""),
    ("a nan's own letter to the social worker", """[[4 Sunniside Gdns|address]]
[[Cleadon|place]]
[[1st Dec 2026|date]]
Dear [[Sam|name]],
I said at the meeting I would put it in writing. I will have [[Ruby|name]] and [[Jade|name]] here any time. I am 68 but fit,
I walk the dog on the Leas every day. [[Darren|name]]'s mother [[Pat Lax|name]] lives in [[Marsden|place]] and she has been
ringing me from [[0191 455 6082|phone]] saying [[Jade|name]] is stopping him seeing his "step-bairn". He is not [[Ruby|name]]'s
dad, her dad is [[Josh Keenan|name]] who is in the army in [[Catterick|place]]. My mobile is [[07368 221 904|phone]].
Yours sincerely
[[Maureen Gowland|name]] (Nan)
P.S. [[Jade|name]]'s sister [[Lynn|name]] lives at [[Sunniside Gardens|address]] too, at [[no. 9|address]], and she will help. Her
husband [[Keith Wardle|name]] works at Nissan in [[Washington|place]] and can drive [[Ruby|name]] to [[Bede Burn|school]] if needed. I
have told [[Kelly Rose|name]] at the school. [[Darren|name]]'s cousin [[Shaun Lax|name]] drives a blue van [[NK66 PLE|vehicle]] and
has been seen in [[Cleadon|place]] by my neighbour [[Eileen Todd|name]] on [[29th November|date]].
"""),
]

DOCS_A += [
    ("police officer's pocket notebook entry, scanned", """[pocket notebook, pages 41-42, scanned; handwriting typed]
[[03/12/2026|date]]  0915  Sunderland Royal, Children's O/P. Present: DS [[P. HEBBURN|name]], SW [[R. DENT|name]], Nan [[Brenda
DOBBING|name]], child [[Kayden TAIT|name]] (DOB [[14/06/19|dob]]). Dr [[Okafor|name]] examines. Linear bruise L flank 9cm x 1cm, 2 loops.
0950  Mother [[Leanne DOBBING|name]] arrives with friend [[Shannon Moody|name]] ([[07935 218 774|phone]]), of [[Hendon Road|address]].
1010  [[Moody|name]] says she was at Mowbray Park Sun [[29/11|date]] but did not see [[Kayden|name]] fall. Says [[Rowell|name]]
"takes the belt off when he's mad". Will give statement at [[Southwick|place]] nick [[04/12|date]].
1100  Attend [[Flat 3, 41 Tatham Street|address]] re [[ROWELL, Steven|name]] (DOB [[18/01/1991|dob]]). No reply. Neighbour
[[Flat 4|address]], Mr [[Alan Pickering|name]], says [[Rowell|name]] left "with a bag" on the [[2nd|date]] in a grey Astra
[[NK71 WZB|vehicle]], "probably to his brother [[Gary|name]]'s in [[Washington|place]]". 1140  PNC: brother [[Gary ROWELL|name]],
[[8 Lanercost|address]], [[Concord|place]], [[Washington|place]] [[NE37 2HL|postcode]].
1300  [[ROWELL|name]] arrested at [[8 Lanercost|address]] by PC [[Chloe Iley|name]] 6021. Conveyed to Middle Engine Lane custody.
"""),
    ("nan's notes kept on her phone, sent as screenshots", """[notes app, screenshots sent by [[Brenda|name]] to [[Rob|name]] on
[[06/12/2026|date]]]
Kaydens stuff
thurs [[3rd|date]] hospital, [[kayd|name]] v brave, dr said the mark is from a belt. cried in the car. said [[stevie|name]] did
it for the telly
being loud.
fri [[4th|date]] school - Miss [[Ord|name]] lovely, says he can go to breakfast club. bus from [[ryhope|place]] 7.50 the 20.
sat [[5th|date]] [[leanne|name]] came, sober, played lego, cried. she says she has finished with him. shes staying at [[shannon|name]]s
fri [[11|date]] - [[kayden|name]] nativity 2pm (hes a sheep) [[Hudson Road|school]]
ring our [[Kev|name]] in [[Seaham|place]] re the car seat [[07864 139 527|phone]]
[[Jaxon|name]] party sat [[12|date]] - NOT at [[Grangetown|place]] if [[stevie|name]] is there
"""),
]

DOCS_B += [
    ("family centre contact record", """SUPERVISED CONTACT RECORD - [[Hebburn|place]] family centre
Child: [[Ellie-Mae LAMB|name]] (DOB [[08/04/2026|dob]])   Parent: [[Connor SCORER|name]] (father)   Date: Saturday [[28 November
2026|date]]   Supervisor: [[Deborah Mills|name]]   Transport: paternal grandmother [[Julie Scorer|name]] drove [[Connor|name]]
from [[Boldon Colliery|place]] (car [[NV17 HDU|vehicle]]).
10:00 [[Connor|name]] arrived on time. [[Ellie-Mae|name]] brought by mother's friend [[Kirsty Robson|name]] from [[Simonside|place]],
as [[Chantelle|name]] is at her course in [[South Shields|place]].
10:20 Bottle given by [[Connor|name]], winded well. He talked about his nana [[Irene|name]] in [[West
Boldon|place]] and that "[[Ellie|name]] will have her christening at St Aloysius" - recorded as said.
11:05 [[Connor|name]]'s phone rang ([[Tracy Lamb|name]]). He left the room and shouted. Returned at 11:12, apologised.
11:30 Handed back to [[Kirsty|name]]. Next contact Sat [[5 Dec|date]], then [[12.12.26|date]].
Signed [[D. Mills|name]]
"""),
    ("mother's Facebook Messenger chat with her friend, shown to the health visitor", """[typed up from [[Chantelle|name]]'s
phone with her agreement, [[01/12/2026|date]]]
[[Kirsty Robson|name]]: u ok hun
[[Chantelle Lamb|name]]: no. [[tracy|name]] been round again shouting at the door about [[connor|name]]
[[Kirsty Robson|name]]: come to mine in [[simonside|place]], ill get [[dale|name]] to pick u up from [[campbell park rd|address]]
[[Chantelle Lamb|name]]: [[jan|name]] the hv says [[ellie|name]] has to be weighed thurs at [[jarrow|place]]
[[Kirsty Robson|name]]: ill take u. my car. [[dale|name]] has the van
[[Chantelle Lamb|name]]: [[connor|name]] says his nana [[irene|name]] will have her at [[west boldon|place]]
[[Kirsty Robson|name]]: hes not allowed on his own is he
[[Chantelle Lamb|name]]: no only at the centre with [[deborah|name]]
[[Kirsty Robson|name]]: ok. [[dale|name]] says [[tracy|name]] was in the [[Hebburn|place]] asda slagging u off to [[sharon|name]]
on the tills
[[Chantelle Lamb|name]]: i dont care. [[priya|name]] says if i keep going to the course [[ellie|name]] stays with me
[[Chantelle Lamb|name]]: can u take me to [[jarrow|place]] thurs [[3rd|date]] 10am and the course in [[shields|place]] mon [[7th|date]]
[[Kirsty Robson|name]]: yes hun. [[ellie-mae|name]] can come in [[maisie|name]]s old pram
[[Chantelle Lamb|name]]: ur the best. [[connor|name]] text me from his mams in [[boldon|place]] saying sorry
"""),
]

DOCS_C += [
    ("school's record of a disclosure", """CPOMS ENTRY - [[Thomas Hepburn Community Academy|school]]   Student:
[[Zarema DUDAYEVA|name]] (Y11)
Recorded by: Mr [[Sean Gallagher|name]] (form tutor)   Date/time: [[18/11/2026|date]] 12:40   Category: forced marriage; honour
[[Zarema|name]] stayed after registration and said her uncle [[Aslan|name]] rang from Chechnya last night and said she will
"go home in the summer to marry [[Islam|name]]". She said [[Islam Tsurov|name]] is 24 and lives in [[Gudermes|place]]
([[Гудермес|place]]).
She does not want to go. She said her mother [[Madina|name]] cried. Her brother [[Adam|name]] heard. She asked me not to tell her
mum. Her friend [[Nadia Hussain|name]] from [[Felling|place]] knows. Passport: [[Zarema|name]] thinks her mum keeps it in the flat at
[[Split Crow Road|address]].
Action: DSL Ms [[Joanne Tweddle|name]] informed 12:50; referral to Team Valley front door; police informed [[18.11.2026|date]] 13:30.
"""),
    ("interpreter's note after a home visit", """Interpreter's note (Russian), [[Oksana Bell|name]], for [[Hannah Forster|name]],
visit of [[24 November 2026|date]]
The mother spoke Russian and some Chechen with the children. She called [[Adam|name]] "[[Адамка|name]]" and [[Zarema|name]]
"[[Зара|name]]". She said her husband [[Руслан|name]] ([[Ruslan|name]]) was taken in 2021 and her brother-in-law [[Aslan|name]]
now "decides". Her sister [[Petimat|name]] in [[Moscow|place]] lives at [[ул. Профсоюзная, 93|address]]. A neighbour, Mrs
[[Val Dinsdale|name]],
came in with a cake during the visit. The mother asked if the family can move to [[Newcastle|place]], near her friend [[Zulikhan|name]]'s
cousin in [[Elswick|place]].
"""),
]

DOCS_D += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[THANT, Phyo|name]] - [[26 November 2026|date]] 14:00, by phone
Chair: [[Gemma Rutter|name]] (Wear Vale)   Police: DC [[Lewis Mather|name]]   School: [[Lucy Brannigan|name]]   Health: [[Nadia
Sharif|name]] (school nurse)   Interpreter for later visits: [[Thida Win|name]]
Information: the lodger is known to police as [[Naing Lin Oo|name]], DOB [[03/05/1990|dob]], overstayer, previously at
[[14 Chester Road|address]], [[Millfield|place]], and working cash-in-hand at a takeaway in [[Pallion|place]]. The father, [[Zaw Min
Thant|name]], says [[Naing|name]] is "a cousin from [[Mandalay|place]]". The mother, [[Khin Myat|name]], told [[Lucy|name]] on the phone
that she is "very shamed". [[Phyo|name]]'s younger brother [[Htet|name]] (6) is at [[Barnes Infant|school]]; Mrs [[Lowery|name]], his
teacher, has no concerns. [[Phyo|name]] stayed on [[25/11|date]] with [[Lily Chau|name]]'s family at [[7 Eden Vale|address]],
[[Pallion|place]],
with her mother's agreement; [[Lily|name]]'s mother [[Mei Chau|name]] ([[07749 506 381|phone]]) is happy to have her again.
Decision: section 47; joint visit tomorrow; [[Naing Lin Oo|name]] to leave the house today; medical for the burn on [[27.11.2026|date]].
"""),
    ("a father's letter in Burmese and English", """(handwritten, Burmese with the father's own English under it; typed by
[[Thida Win|name]] on [[30/11/2026|date]])
ဆရာမ [[လူစီ|name]] ရှင့်
Teacher [[Lucy|name]],
ကျွန်တော် [[ဇော်မင်းသန့်|name]] ပါ။ [[ဖြိုး|name]] ရဲ့ အဖေ ပါ။
I am [[Zaw Min Thant|name]], [[Phyo|name]] father.
[[နိုင်|name]] ကို အိမ်က ထွက်ခိုင်းပြီးပါပြီ။ သူ [[မန္တလေး|place]] ကို ပြန်မယ်လို့ ပြောတယ်။
[[Naing|name]] is gone from house. He say he go back to [[Mandalay|place]].
My wife [[Khin Myat|name]] and me want [[Phyo|name]] home. My number [[07456 118 920|phone]]. My brother [[Kyaw Thant|name]] in
[[Yangon|place]] [[+95 1 254 873|phone]] can say we are good family.
"""),
]

DOCS_E += [
    ("exploitation panel referral form", """CHILD EXPLOITATION PANEL - REFERRAL FORM
1. Child: [[HESLOP, Tyler|name]]   2. DOB: [[12-09-2010|dob]]   3. UPN: [[U390153605268|upn]]   4. NHS: [[476 302 8774|nhs]]
5. Address: [[56 Cotemede|address]], [[Leam Lane|place]], [[Gateshead|place]] [[NE10 8QH|postcode]]
6. Known associates: [[Liam Ferry|name]] ("[[Tank|name]]", 22), of [[Flat 9, Wardley Court|address]], [[Wardley|place]];
[[Kieran Bell|name]]
(15) of [[Pelaw|place]]; a girl known as "[[Kels|name]]" from [[Heworth|place]].
7. Locations: the underpass by Heworth Interchange; Jarrow Metro; a flat in [[Hexham|place]] ([[22 Priestpopple|address]]).
8. Vehicles: [[LR19 XKP|vehicle]]; [[NL68 RFO|vehicle]].
9. Phones seen: [[07960 384 112|phone]] ("[[Tank|name]]"); [[07402 775 196|phone]] ([[Lorraine Bell|name]], [[Kieran|name]]'s mother).
10. Missing episodes: [[3 Aug|date]], [[19 Aug|date]], [[2 Sept|date]], [[14 Sep 2026|date]], [[20/10/2026|date]], [[19-11-2026|date]].
Referrer: [[Mark Telford|name]]   Date: [[24/11/2026|date]]   Manager: [[Alison Pringle|name]]
"""),
    ("return home interview typed up from handwritten notes", """RETURN HOME INTERVIEW - [[Tyler|name]] - after missing episode
of [[19 November 2026|date]]
Worker: [[Becky Charlton|name]] (Barnardo's)   Where: McDonald's, [[Felling|place]] bypass, [[22/11/2026|date]]
[[Tyler|name]] said he was "at [[Kieran|name]]'s then [[Hexham|place]]". He went on the train from [[Heworth|place]] with
[[Tank|name]]'s mate
"[[Jonno|name]]". He slept at a flat and a lady called [[Shelley|name]] gave him noodles. He wants to go to college at [[Gateshead
College|school]] next year to do motor vehicle. He said his sister [[Skye|name]] "shouldn't have showed [[Mark|name]] the texts". He
misses his dad [[Craig|name]] in [[Carlisle|place]]. Agreed: [[Becky|name]] will see him again on Thurs [[3rd|date]].
"""),
]

DOCS_F += [
    ("child in need review report", """CHILD PROTECTION REVIEW - REPORT FOR CONFERENCE   Tyne Mouth Council Children's Services
Child: [[PURVIS, Ruby|name]]   DOB: [[30/07/2018|dob]]   School: [[Bede Burn Primary|school]], [[Jarrow|place]]
Address: [[12 Hawthorne Avenue|address]], [[Whiteleas|place]], [[South Shields|place]], [[NE34 8LU|postcode]]
Review date: [[8th January 2027|date]]   Author: [[Sam Horsley|name]], social worker ([[07749 506 381|phone]])
Family: mother [[Jade Purvis|name]] ([[07593 840 215|phone]]); grandmother [[Maureen Gowland|name]] of [[Cleadon|place]]
([[07368 221 904|phone]]); father [[Josh Keenan|name]] (army, [[Catterick|place]]); mother's ex-partner [[Darren Lax|name]] (not
a parent).
Progress: since the conference on [[16/09/2026|date]] [[Jade|name]] has attended every session with [[Anne Summers|name]] and
tests have been clear. [[Ruby|name]]'s attendance is 97%. [[Darren|name]] breached his bail on [[27/11/2026|date]] and is remanded at
HMP Durham. His mother [[Pat Lax|name]] of [[Marsden|place]] was warned by PC [[Amir Rahman|name]] about her calls. [[Ruby|name]] told
me: "I like Nanna [[Mo|name]]'s house in [[Cleadon|place]] and I like my house with Mam".
Recommendation: step down to a child in need plan.
"""),
    ("Ruby's words and pictures, written down at school", """(My Three Houses, done with Mrs [[Kelly Rose|name]],
[[Bede Burn|school]], [[2.12.26|date]]; spelling as [[Ruby|name]] wrote it)
House of good things: my mam [[jade|name]]. nanna [[mo|name]] and her dog. my frend [[poppy|name]] and brownies at [[harton|place]].
my dad [[josh|name]] came at crismas no he didnt he is in the army.
House of worries: [[darren|name]] shouting at the window. his mam [[pat|name]] on the phone.
House of dreams: going to the beech at [[shields|place]] with nanna [[mo|name]]. a puppy called biscuit.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 67 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:40 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "nurse", "sister", "our", "me", "nan",
           "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad", "daddy", "aunty",
           "auntie", "uncle", "baba", "бабушка", "ko", "u", "daw", "အမေ"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "britain", "united kingdom", "uk", "tyne and wear", "tyneside", "wearside", "south tyneside",
               "county durham", "durham", "russia", "chechnya", "myanmar", "burma", "north east", "the north east"}


_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
