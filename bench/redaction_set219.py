"""Set 219: a held-out hand-written set for the redaction detector, six invented families in Holderness in the East Riding of
Yorkshire (Hornsea, Withernsea, Hedon and the villages around them), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set218.py, bench/redaction_set220.py and bench/redaction_set221.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records,
_PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full; the
docstring of bench/redaction_set181.py was not read (set 213 follows its conventions and was copied); the docstrings (only)
of bench/redaction_set*.py were searched by a small script for the communities and towns considered, printing a few words
around each hit (Hedon and Holderness appear in set 129 as a surname and a school, Withernsea in set 28 as a town a boy was
taken to, Hornsea in set 53 as a team; none as a family's home; Bubi, Equatorial Guinea, Bioko and Malabo were not found,
while Malagasy, Burundian, Cape Verdean, Basotho, Setswana, Swazi, Comorian, Namibian and others were, so were not chosen).
bench/redaction_handwritten.py was not opened. Phone numbers were checked with the phonenumbers library and NHS numbers and
UPNs (LA 811) made with python-stdnum (and the NHS modulus 11 rule) in small snippets. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so.

Six families: a girl of 14 self-harming, with a violent mother's partner and a man of 19 in Withernsea, in Southgate,
Hornsea (Drury / Foster); a Bubi family from Baney on Bioko, Equatorial Guinea, who lived in Leganés (Madrid) and now live in
Hollym by Withernsea (Boricó / Bolekia; a father in Getafe threatening to take a girl of 9 to Malabo; Spanish and Bubi
speakers); a young carer of 11 in Hedon whose widowed father drinks (Pearson); a boy of 15 from Patrington exploited on a
county line to Hull and Goole (Tait / Coward); a mother of 21 and a new baby in Aldbrough, strangled by the baby's father
(Sowerby / Kendrick); a girl of 7 living with her grandparents in Keyingham, her mother in prison (Jubb; special
guardianship). The community named here, the Bubi of Bioko (Equatorial Guinea), did not appear in any earlier docstring.

24 documents, each with its own style label: a school safeguarding log (CPOMS export), a girl's Snapchat messages typed up
by the school, strategy discussion minutes, a mother's complaint email, a MASH referral form, a mother's WhatsApp voice note
in Spanish transcribed and translated, a police domestic abuse log, a child's own words written with a teaching assistant, a
young carers' assessment, a GP letter, a social worker's case note of a home visit, a scanned school letter with OCR
misreadings, a return home interview, a police intelligence log, a mother's Facebook messages typed up, child protection
conference minutes, a health visitor's new birth visit note, a police domestic abuse incident report, MARAC minutes, a
mother's texts to the IDVA typed up, a chronology, a special guardianship assessment extract, a grandmother's email and a
contact supervisor's record of a video call.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Spain +34, Equatorial Guinea +240, Australia +61); NHS numbers and UPNs pass
their check digits. Towns, villages, districts and streets are real and marked as places and addresses.

Markup and conventions: those of bench/redaction_set213.py (from set 181). Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DS, DC, DI, PS, Rev, Nan, Nanna, Auntie, Tía, Doña, Hermano); "SURNAME, First" is one span;
usernames ("kc_x_x", "mills.a") are not marked; organisations holding a town's name stay unmarked ("Humberside Police",
"Hull Royal Infirmary", "Hull Women and Children's Hospital", "Castle Hill Hospital", "Hull Crown Court", "Hull CSC",
"HMP New Hall", "East Riding of Yorkshire Council", "Church View Surgery", "Hull City"); countries, islands and regions
("Spain", "Equatorial Guinea", "Bioko", "Australia", "East Riding", "Holderness") are not places; an OCR misreading keeps its
kind ("HED0N", "CaIlum", "l2 November 2O26").

Choices this set had to make: a weekday stays outside a date span ("Wednesday", "Sat", "Tues"), and a weekday alone is not
marked; a festival without a day ("Christmas", "Easter", "Navidad", "xmas") is not marked; chat speaker labels that are names
("Donna:", "Ruth:") are names; pets ("Smudge", "Tyson", "Bonnie") and a drug line's name ("Kenzo") are marked as names; the
Spanish kin words "papá", "mamá", "abuela", "Tía" (used for a family friend), "Doña" and the church word "Hermano" are
titles, not names; a chronology line giving a child's birth is marked as a date of birth; a school's name as a letterhead
("HORNSEA SCHOOL", "lNMANS PRIMARY SCHOOL") is marked as a school; a shop or clinic named by its town in lower case words
("Hedon Tesco", "Aldbrough clinic", "Patrington surgery") marks the town; "Mount Pleasant" (a district of Hull), "Saltend"
(a chemicals park) and "Southgate" (a part of Hornsea) are places; "Humber View", a block of flats, is part of an address;
"the Mere" at Hornsea and "princes quay" (a lake and a shopping centre) are landmarks and not marked; a village split across a
line ("Out\\nNewton") is one place span.

Self-check without the detector: `python -m bench.redaction_set219` (and tests/test_redaction_set219.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 917 gold spans, 499 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Drury / Foster family (white British), Hornsea --------------------------------------------------------------------

HOME_A = d.Address("9 Eastgate Close", "Southgate", "Hornsea", "HU18 1QX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Drury")], dt.date(2012, 6, 23), addresses=[HOME_A], ids=["5805146541", "R811267459334"],
       schools=["Hornsea School and Language College"]),
    _p("m", "mother", [("Leanne", "Foster")], dt.date(1988, 1, 30), addresses=[HOME_A], phones=["07823 416 905"]),
    _p("s", "sibling", [("Tyler", "Foster")], dt.date(2019, 10, 4), addresses=[HOME_A], ids=["1755550006"]),
], "c")

DOCS_A = [
    ("school safeguarding log (CPOMS export)", """[[HORNSEA SCHOOL|school]] - SAFEGUARDING LOG (export [[04/12/2026|date]])
Student: [[DRURY, Kacey|name]]  Yr 10  DOB [[23.06.2012|dob]]  UPN [[R811267459334|upn]]
Parent: [[Leanne Foster|name]] [[07823 416 905|phone]]  [[9 Eastgate Close|address]], [[Southgate|place]], [[Hornsea|place]]
[[HU18 1QX|postcode]]

[[15/09/2026|date]] Form tutor Mr [[Hebblethwaite|name]]: [[Kacey|name]] has cuts on left forearm, said the cat did it. Cat is called
"[[Smudge|name]]". Passed to DSL [[Joanne Pickering|name]].
[[16/09/2026|date]] [[Kacey|name]] seen by DSL. Says mum's partner [[Craig|name]] ([[Craig Lumley|name]]) shouts, throws things.
Said she wants to live with her dad [[Shaun Drury|name]] in [[Bridlington|place]].
[[22/9/26|date]] [[Kacey|name]]'s friend [[Millie Atkin|name]] told Mrs [[Sowden|name]] that [[Kacey|name]] posts "sad stuff" at night.
[[1 Oct 2026|date]] Absent. Mum says migraine. Seen by PCSO [[Garside|name]] on the front at [[Hornsea|place]] at 11am with an older boy,
"[[Jonno|name]]".
[[8th Oct|date]] Referral to the East Riding MASH by [[Joanne\nPickering|name]].
[[12/10/2026|date]] SW [[Hannah Ridley|name]] allocated. Strategy discussion [[14/10|date]].
[[3/11/2026|date]] [[Kacey|name]] told Miss [[Okonjo|name]] (PE) that she stayed at [[Jonno|name]]'s in [[Withernsea|place]] at the weekend.
[[Jonno|name]] = [[Jonathan Bristow|name]], 19, [[Flat 3, 22 Queen Street|address]], [[Withernsea|place]] [[HU19 2AB|postcode]].
[[20/11/2026|date]] Little brother [[Tyler|name]] ([[Hornsea Community Primary|school]]) came in with [[Kacey|name]] because no-one
else could take him.
[[2/12/2026|date]] Mum rang from [[07823 416 905|phone]] to say [[Craig|name]] has moved out to his mum's in [[Aldbrough|place]].
[[3/12/2026|date]] [[Kacey|name]] asked Mrs [[Sowden|name]] if she could go to [[Millie|name]]'s on [[Newbegin|address]] after school. Mum
agreed by text. [[Millie|name]]'s mum [[Lorraine Atkin|name]] rang in: "[[Kace|name]] can stop whenever". Noted: [[Jonno|name]]'s
Corsa seen by the crossing patrol, Mr [[Stan Duggleby|name]], at the Mere car park in [[Hornsea|place]] at 15:20.
[[4/12/26|date]] Dad [[Shaun Drury|name]] rang from [[07395 218 604|phone]], asked for reports to go to [[41 Marton Road|address]],
[[Brid|place]]. DSL said only with mum's agreement or a court order.
[[4/12/26|date]] [[Tyler|name]]'s teacher Miss [[Chloe Wilberforce|name]] said [[Tyler|name]] told her "[[Craig|name]] is at
nanna [[Pat|name]]'s now".
"""),
    ("a girl's Snapchat messages typed up by the school", """Screenshots shown by [[Millie Atkin|name]], typed by [[J. Pickering|name]]
[[25/11/26|date]]

kc_x_x: [[millie|name]] u up
mills.a: ya wats up
kc_x_x: [[craig|name]] kicked off again smashed the telly
kc_x_x: mums crying and [[ty|name]] is hiding in my room
mills.a: come to mine?? my mum wont mind were on [[newbegin|address]]
kc_x_x: cant its [[hornsea|place]] to [[atwick road|address]] in the dark lol
kc_x_x: [[jonno|name]] said he can pick me up and take me to [[withernsea|place]]
mills.a: [[kace|name]] hes 19 thats weird
kc_x_x: hes nice tho. his mate [[reece|name]] has a car
mills.a: wats the car
kc_x_x: silver corsa [[YK17 HDU|vehicle]] i think
mills.a: plz tell miss [[pickering|name]] tmrw
kc_x_x: my dad wont answer either hes in [[brid|place]]
mills.a: [[kacey|name]] answer me
kc_x_x: soz was at nan [[sandras|name]] in [[mappleton|place]]. she made me tea
mills.a: is [[jonno|name]] still messaging
kc_x_x: ye he wants me at his on sat. his mate [[reece|name]] n [[tash|name]] will be there
mills.a: my mum says no way. come to [[hull|place]] with us instead we r going to princes quay
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Kacey DRURY|name]] (DOB [[23/06/2012|dob]])
Date: [[14 October 2026|date]], 10:00, Teams.  Chair: TM [[Gareth Waudby|name]]
Present: SW [[Hannah Ridley|name]]; DS [[Paula Kirkwood|name]] (Humberside Police); DSL [[Joanne Pickering|name]]; school nurse
[[Bev Stather|name]]; HV for [[Tyler|name]], [[Amanda Cray|name]].

1. Information. [[Kacey|name]] (14) lives with mother [[Leanne FOSTER|name]] and brother [[Tyler FOSTER|name]] (DOB [[04/10/2019|dob]],
NHS [[175 555 0006|nhs]]) at [[9 Eastgate Close|address]], [[Hornsea|place]]. Mother's partner [[Craig LUMLEY|name]] (DOB
[[11/02/1985|dob]])
known for DA with a previous partner in [[Hedon|place]]; car [[YR66 MTO|vehicle]].
2. Police: [[Jonathan BRISTOW|name]] (DOB [[09/05/2007|dob]]) known for supply in [[Withernsea|place]] and [[Hull|place]]. His associate
[[Reece Carmody|name]], of [[Hollym|place]], drives a Corsa [[YK17 HDU|vehicle]].
3. Health: [[Kacey|name]]'s NHS no. [[5805146541|nhs]]; GP Dr [[Ansari|name]]. Cuts seen [[15/9|date]]; CAMHS waiting list.
4. Father [[Shaun DRURY|name]], [[41 Marton Road|address]], [[Bridlington|place]] [[YO16 7AE|postcode]]; wants contact.
Decision: s47 single agency (CSC). Joint visit [[16/10/2026|date]]. Next review before Christmas.
5. School: [[Kacey|name]] confided in her friend [[Millie Atkin|name]]; Snapchat copied by DSL on [[25/11/2026|date]].
6. Voice of the child: "I'm not scared of [[Jonno|name]], I'm scared of [[Craig|name]]." (said to [[Hannah Ridley|name]] [[13/10|date]])
Actions: [[Hannah|name]] to see [[Kacey|name]] alone; DS [[Kirkwood|name]] to do a CAWN for [[Jonathan Bristow|name]]; HV
[[Amanda Cray|name]] to check on [[Tyler|name]]; nurse [[Bev Stather|name]] to see [[Kacey|name]] weekly at school.
7. Others known: [[Kacey|name]]'s ex-boyfriend [[Tyler-James Wray|name]] (16, [[Hornsea|place]]); [[Jonno|name]]'s sister [[Tasha
Bristow|name]] (17), who is open to Hull CSC. [[Craig|name]]'s mother [[Pat Lumley|name]] of [[Aldbrough|place]] has a caravan at
[[Skipsea|place]].
"""),
    ("mother's complaint email", """From: [[leannefoster88@outlook.com|email]]
Sent: Wednesday [[2 December 2026|date]] 23:14
To: complaints, East Riding of Yorkshire Council
Subject: social worker [[Hannah Ridley|name]]

To who it may concern my name is [[Leanne Foster|name]] mum of [[Kacey|name]] and [[Tyler|name]]. I want to complain that [[Hannah|name]]
came to [[Eastgate Close|address]] on [[27th November|date]] and spoke to my kids without me. My neighbour Mrs [[Doreen Haxby|name]] at
[[number 11|address]] seen it all. [[Craig|name]] has GONE he is at his mums [[4 Seaside Road|address]] [[Aldbrough|place]]. I dont need
the school ringing me every day, Miss [[Pickering|name]] has it in for my family since [[Kacey|name]] was in year 7. Also your
worker said [[Kacey|name]] can see her dad [[Shaun|name]] in [[Brid|place]] without asking me, he owes me 2 years money. My mum
[[Sandra Foster|name]] in [[Mappleton|place]] will say the same ([[01964 532718|phone]]).
[[Leanne|name]]
PS and another thing, [[Hannah|name]] told my sister [[Nicola|name]] at [[Hornsea|place]] Tesco that [[Craig|name]] is
a risk. Thats data protection. I will go to my MP and to the paper in [[Hull|place]]. My number is [[07823 416 905|phone]].
"""),
]


# --- B. Boricó / Bolekia family (Bubi, from Bioko, Equatorial Guinea, by way of Madrid), Hollym and Withernsea --------------

HOME_B = d.Address("3 Nursery Close", "Hollym", "Withernsea", "HU19 2RY")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Bisila", "Boricó")], dt.date(2017, 2, 11), addresses=[HOME_B], ids=["1486081053", "Z811483543320"],
       schools=["Withernsea Primary School"]),
    _p("m", "mother", [("Rosalía", "Bolekia")], dt.date(1991, 8, 17), addresses=[HOME_B], phones=["07948 213 670"]),
    _p("f", "father", [("Justino", "Boricó")], dt.date(1984, 12, 2), phones=["+34 612 458 903"]),
    _p("s", "sibling", [("Ekuku", "Boricó")], dt.date(2022, 5, 9), addresses=[HOME_B], ids=["2516670036"]),
], "c")

DOCS_B = [
    ("MASH referral form", """MASH REFERRAL - EAST RIDING
Received [[19/10/2026|date]] 14:32 from [[Withernsea Primary School|school]] (DSL [[Claire Tennison|name]], [[01964 613405|phone]])
Child: [[BORICÓ, Bisila|name]]   DOB [[11/02/2017|dob]]   UPN [[Z811483543320|upn]]   NHS [[148 608 1053|nhs]]
Sibling: [[Ekuku BORICÓ|name]], DOB [[9 May 2022|dob]]
Mother: [[Rosalía BOLEKIA|name]], mob [[07948 213 670|phone]]
Address: [[3 Nursery Close|address]], [[Hollym|place]], [[Withernsea|place]] [[HU19 2RY|postcode]]
Language: Spanish and Bubi; interpreter (Spanish) needed for mother. Family are Bubi from [[Baney|place]] on Bioko (Equatorial
Guinea), lived in [[Leganés|place]], [[Madrid|place]] 2015-2024, came to [[Withernsea|place]] in [[August 2024|date]].

Concerns: [[Bisila|name]] (9) told her teacher Mrs [[Ellerker|name]] on Monday that her papá [[Justino|name]] came from
Spain in the summer and hit her mamá with a belt in the kitchen. Father lives in [[Getafe|place]], phone [[+34 612 458 903|phone]].
[[Bisila|name]] is scared he will take her to [[Malabo|place]] to her abuela [[Teodora Boricó|name]] "for ever". Mother's friend
[[Pilar Riloha|name]] (lives [[14 Seaside Road|address]], [[Withernsea|place]]) helps with [[Ekuku|name]], who attends
[[Little Acorns|school]] nursery on [[Queen Street|address]].
Referrer's view: mother is frightened and isolated; speaks little English; church friend Hermano [[Ramón|name]] translates.
MASH outcome ([[20/10/2026|date]], manager [[Tariq Hussain|name]]): to Assessment Team, strategy discussion today. Check with
the police for [[Justino Boricó|name]] (DOB [[02/12/1984|dob]]); ask the school for [[Bisila|name]]'s attendance; health visitor
[[Joy Maltby|name]] to check on [[Ekuku|name]].
Other adults: [[Ramón Riloha|name]] ([[Pilar|name]]'s husband); church pastor [[Samuel Eyama|name]] of the Spanish-speaking church in
[[Hull|place]].
"""),
    ("mother's WhatsApp voice note in Spanish, transcribed and translated", """Voice note from [[Rosalía Bolekia|name]] to her friend
[[Pilar|name]], [[20/10/2026|date]] 21:47, transcribed and translated by interpreter [[Mercedes Lobo|name]] on [[22/10/26|date]]

(Spanish) "[[Pili|name]], soy yo. La maestra de [[Bisila|name]] llamó otra vez. [[Justino|name]] me mandó mensajes desde
[[Getafe|place]], dice que viene en Navidad para llevarse a la niña a [[Malabo|place]]. Su madre [[Teodora|name]] está esperando
en [[Rebola|place]]. Yo no quiero. [[Ekuku|name]] está con fiebre..."

(English) "[[Pili|name]], it's me. [[Bisila|name]]'s teacher rang again. [[Justino|name]] sent me messages from [[Getafe|place]], he
says he is coming at Christmas to take the girl to [[Malabo|place]]. His mother [[Teodora|name]] is waiting in [[Rebola|place]].
I don't want that. [[Ekuku|name]] has a fever. Can your [[Ramón|name]] drive me to the doctor in [[Withernsea|place]] tomorrow?
Ring me on the new number [[07591 368 427|phone]], not the old one."
Interpreter's note: "papá", "mamá" and "abuela" are family words; "la niña" is [[Bisila|name]].
Reply from [[Pilar|name]] (text, 21:52): "[[Rosi|name]] tranquila. [[Ramón|name]] te lleva mañana a las 9. Llama a la policía si
viene [[Justino|name]]." (English: "[[Rosi|name]], calm down. [[Ramón|name]] will take you tomorrow at 9. Ring the police if
[[Justino|name]] comes.")
Second note (22:03): "[[Bisi|name]] is asleep. [[Ekuku|name]] is crying. I will ask Doña [[Marisa|name]] too."
"""),
    ("police domestic abuse log", """HUMBERSIDE POLICE - STORM LOG 0419 of [[24/10/2026|date]]
Caller: [[BOLEKIA, Rosalía|name]] [[07591 368 427|phone]]. Loc: [[3 Nursery Close|address]], [[Hollym|place]] [[HU19 2RY|postcode]]
Suspect: [[BORICÓ, Justino|name]] DOB [[02/12/1984|dob]], Spanish ID, address [[Calle de Toledo 41|address]], [[Getafe|place]].
Details: caller says ex-partner rang from [[+34 612 458 903|phone]] and again from [[+240 222 485 319|phone]] (Equatorial Guinea),
threatening to "come to [[Withernsea|place]]" and take daughter [[Bisila|name]] (DOB [[11.02.2017|dob]]). Caller's friend
[[Pilar RILOHA|name]] present. Officers PC [[Tomlinson|name]] 2214 and PC [[Nadia Farooq|name]] attended 22:05. DASH: medium.
PNC: no trace for suspect in UK. Port alert request to Border Force for flights from [[Madrid|place]] and the ferry at [[Hull|place]].
Children seen asleep. Neighbour Mr [[Colin Stork|name]] at [[no. 5|address]] heard
shouting on the phone at 21:30. Referral to CSC. OIC: DC [[Liam Brackenbury|name]].
Update [[25/10/2026|date]] 09:30: DC [[Brackenbury|name]] spoke to school DSL [[Claire Tennison|name]]; [[Withernsea Primary|school]] to
call 999 if anyone but [[Rosalía|name]] or [[Pilar Riloha|name]] collects [[Bisila|name]]. Interpreter used: [[Mercedes Lobo|name]].
Note: a man called [[Alfonso|name]] (surname unknown), a friend of [[Justino|name]] in [[Hull|place]], was named by [[Pilar|name]].
"""),
    ("child's own words written with a teaching assistant", """My feelings page - [[Bisila|name]], Class 4
Written with Miss [[Lorna Tate|name]] (TA) on [[6th November 2026|date]]

My name is [[Bisila Boricó|name]] and I am 9. I live in [[Hollym|place]] with mamá and my brother [[Ekuku|name]] who is 4.
I like the beach at [[Withernsea|place]] and the lighthouse and my friend [[Ava-Rose|name]] and [[Keeley|name]].
In [[Madrid|place]] I had a friend called [[Lucía|name]] and we went to the park in [[Leganés|place]].
My papá is in Spain. He shouts. When he came in the summer he hit mamá and I hid under the bed with [[Ekuku|name]].
I do not want to go to [[Malabo|place]]. My abuela [[Teodora|name]] is nice but I do not know her. I want to stay at
[[Withernsea Primary|school]] with Mrs [[Ellerker|name]]. Tía [[Pilar|name]] makes us fried plantain on Saturdays at her house.
If papá comes I will tell Miss [[Tate|name]] or ring 999.
Signed: [[Bisila B.|name]]     (TA note: "Tía" is what the children call [[Pilar Riloha|name]]; she is not a relative.)
My best day was when we went to [[Hornsea|place]] with [[Pilar|name]] and her son [[Dani|name]] and we had chips.
"""),
]


# --- C. Pearson family (white British), Hedon: a young carer of 11 ------------------------------------------------------

HOME_C = d.Address("18 Souttergate", "Hedon", "Hull", "HU12 8JS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Callum", "Pearson")], dt.date(2015, 3, 8), addresses=[HOME_C], ids=["8140872229", "L811067527190"],
       schools=["Inmans Primary School"]),
    _p("f", "father", [("Darren", "Pearson")], dt.date(1978, 7, 19), addresses=[HOME_C], phones=["07462 905 183"],
       ids=["JK 61 48 27 B"]),
    _p("s", "sibling", [("Poppy", "Pearson")], dt.date(2019, 11, 27), addresses=[HOME_C], ids=["1499669585"]),
], "c")

DOCS_C = [
    ("young carers' assessment", """YOUNG CARERS' ASSESSMENT
Young person: [[Callum PEARSON|name]]  ("[[Cal|name]]")   DOB [[08/03/2015|dob]]   NHS [[814 087 2229|nhs]]   UPN [[L811067527190|upn]]
Address: [[18 Souttergate|address]], [[Hedon|place]], [[HU12 8JS|postcode]]     School: [[Inmans Primary|school]], Year 6
Cared-for person: father [[Darren PEARSON|name]] (DOB [[19.7.1978|dob]]; NI [[JK 61 48 27 B|ni]]), alcohol dependence, liver
disease; mother [[Kerry Pearson|name]] died [[March 2023|date]].
Assessor: [[Sian Mowforth|name]], Carers' Support Service. Visits [[28 Sept 2026|date]] and [[5 October 2026|date]].

[[Cal|name]] gets [[Poppy|name]] (6, Year 2 at [[Inmans|school]]) up and dressed, makes toast, walks her down [[Baxtergate|address]]
to school. After school he goes to the Co-op on [[Market Hill|address]] with dad's card. He says dad "sleeps a lot" and "shakes
in the morning". His auntie [[Michelle Wray|name]] lives in [[Thorngumbald|place]] ([[07725 840 316|phone]]) and has them on
Sundays. Grandad [[Ken Pearson|name]] is in a home in [[Withernsea|place]]. [[Callum|name]] likes fishing at [[Paull|place]] with his
friend [[Jayden Fewster|name]] and [[Jayden|name]]'s dad [[Mick|name]]. He would like a break: young carers' club at
[[Preston|place]] on Thursdays. Worry: [[Cal|name]] is going up to [[South Holderness|school]] in September; bus from [[Hedon|place]].
[[Callum|name]]'s words: "I don't mind doing it. [[Poppy|name]] is only little. Dad was better before mum died.
Auntie [[Michelle|name]] is kind but she has [[Gaz|name]] and the twins, [[Lily|name]] and [[Mason|name]]."
Plan: young carers' club, [[Preston|place]] village hall; mentor [[Andy Storr|name]]; review [[5 January 2027|date]].
Others: [[Jayden|name]]'s mum [[Tracey Fewster|name]] ([[12 Ivy Lane|address]], [[Hedon|place]]); neighbour [[Brenda Brumfitt|name]];
dad's friend [[Steve Holgate|name]] who brings drink round "from [[Hull|place]]". [[Callum|name]] said [[Steve|name]] is "dodgy".
"""),
    ("GP letter to children's social care", """Church View Surgery
Dr [[Anjali Kapoor|name]]

[[10 November 2026|date]]

Dear Ms [[Greenwood|name]],
Re: [[Darren Pearson|name]], DOB [[19/07/1978|dob]], [[18 Souttergate|address]], [[Hedon|place]] [[HU12 8JS|postcode]]
Children: [[Callum Pearson|name]] (DOB [[8/3/2015|dob]], NHS [[8140872229|nhs]]); [[Poppy Pearson|name]] (DOB [[27/11/2019|dob]],
NHS [[149 966 9585|nhs]])

I saw Mr [[Pearson|name]] on [[6/11/2026|date]]. He was admitted to Hull Royal Infirmary on [[29th October|date]] with a GI bleed and
self-discharged on the [[31st|date]]. He continues to drink about a litre of vodka a day. I am worried that [[Callum|name]], who is 11,
is doing the caring. His sister-in-law Mrs [[Wray|name]] rang the surgery from [[07725 840 316|phone]] on [[9/11|date]]. He has
agreed to referral to the alcohol service in [[Bridlington|place]] but transport from [[Hedon|place]] is a problem.
Yours sincerely, Dr [[A. Kapoor|name]], GP (practice tel. [[01482 899364|phone]])
cc. [[Sian Mowforth|name]], Carers' Support Service; health visitor [[Rachel Dunning|name]], [[Hedon|place]] clinic.
Also seen: [[Poppy|name]] on [[2/11/26|date]] with her aunt [[Michelle Wray|name]] for an ear infection.
"""),
    ("social worker's case note of a home visit", """Case note - [[Pearson|name]] children - Tues [[17/11/26|date]], 16:10-17:05,
announced HV
SW: [[Kate Greenwood|name]]. Seen: [[Callum|name]], [[Poppy|name]], [[Darren|name]]. Also present: [[Michelle WRAY|name]] (aunt).

Arrived at [[Souttergate|address]]. [[Poppy|name]] opened the door in her school polo. Dad on sofa, can of cider. House warm,
some food (fish fingers, bread). [[Cal|name]] showed me his room; poster of Hull City, a photo of mum [[Kerry|name]]. Said the
lady next door, Mrs [[Brumfitt|name]] ([[Brenda|name]]), gives them tea sometimes. [[Michelle|name]] said she
can take the children to hers at [[21 Church Lane|address]], [[Thorngumbald|place]], [[HU12 9NA|postcode]] "for a bit" but her
partner [[Gaz|name]] ([[Gary Wray|name]]) works nights in [[Saltend|place]]. [[Darren|name]] agreed to attend the alcohol service.
[[Callum|name]] asked if his dad will die. We talked. Next visit [[1st December|date]]. Manager [[Ian Northgraves|name]] to be told.
Added [[18/11/2026|date]]: rang [[Michelle|name]] on [[07725 840 316|phone]]; she will have the children on Friday
and Saturday. School (Mrs [[Higgins|name]]) told.
"""),
    ("scanned school letter with OCR misreadings", """[OCR of a scanned letter, misreadings kept]

[[lNMANS PRIMARY SCHOOL|school]], [[HED0N|place]]
[[l2 November 2O26|date]]

Dear Mr [[Pears0n|name]],
We are worried that [[CaIlum|name]] has been late l4 times this term and [[P0ppy|name]] has missed her hearing test at
Castle HiIl Hospital on [[3O/l0/2O26|date]]. Please contact Mrs [[Hiqqins|name]] (Family Support) on [[01482 899364|phone]] or
come in to the office. Your son's friend's mother, Mrs [[Fewster|name]] of [[l2 Ivy Lane|address]], has offered to walk the
children when you are unwell.
Yours, [[D. 0ldroyd|name]] (Headteacher)
cc. [[Kate Greenwood|name]], social worker;  [[Sian M0wforth|name]], Carers' Support
"""),
]


# --- D. Tait / Coward family (white British), Patrington: a boy of 15 exploited on a county line ----------------------------

HOME_D = d.Address("6 Greens Lane", "Patrington", "Hull", "HU12 0PR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Harvey", "Tait")], dt.date(2011, 9, 14), addresses=[HOME_D], ids=["3633682325", "K811955704194"],
       schools=["South Holderness Technology College"]),
    _p("m", "mother", [("Donna", "Coward")], dt.date(1983, 4, 6), addresses=[HOME_D], phones=["07881 052 764"]),
    _p("o", "other", [("Lewis", "Tait")], dt.date(2005, 1, 12)),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - missing episode [[21/11/2026|date]] to [[23/11/2026|date]]
Young person: [[TAIT, Harvey|name]]  DOB [[14/09/2011|dob]]  NHS [[363 368 2325|nhs]]
Home: [[6 Greens Lane|address]], [[Patrington|place]], [[HU12 0PR|postcode]]. Mum [[Donna Coward|name]] [[07881 052 764|phone]]
Interviewer: [[Tasha Melrose|name]], Missing Service. Seen at school ([[South Holderness|school]]) on [[25th Nov|date]].

[[Harvey|name]] said he got the 77 bus from [[Patrington|place]] to [[Hull|place]] on the Saturday with "[[Deco|name]]" and a lad
called [[Kieran|name]]. Stayed at a flat on [[Holderness Road|address]] "near the [[Mount Pleasant|place]] Asda". An older man,
"[[Big Si|name]]", gave them phones. On Sunday they went in a taxi to [[Goole|place]] and back. He would not say what for.
His brother [[Lewis Tait|name]] (21) came to get him from [[Bransholme|place]] on the Monday in his car, a grey Focus [[YJ15 WZE|vehicle]].
[[Harvey|name]] has a new phone, [[07394 627 158|phone]]. He said his girlfriend [[Skye|name]] from [[Ottringham|place]] doesn't know.
Worries: debt ("I owe them 400"); cannabis; a cut to his hand. Told about NWG and Catch22 support.
[[Harvey|name]]'s mum [[Donna|name]] said after: "[[Harv|name]] tells [[Lewis|name]] more than me." Copy to SW [[Ruth Fairbairn|name]]
and PC [[Owen Catterick|name]]. Next RHI if missing again; [[Harvey|name]] asked for a male worker, [[Jordan Pybus|name]].
Other young people named: [[Kieran Stead|name]] (15, [[Withernsea|place]]); [[Skye Lamplough|name]] (14, [[Ottringham|place]]);
a girl called "[[Mads|name]]" at the [[Bransholme|place]] flat; a driver "[[Tommo|name]]".
"""),
    ("police intelligence log", """HUMBERSIDE POLICE - INTELLIGENCE SUBMISSION (4x4x4)   Ref HP-INT-118842   Graded B/2/P
Submitted [[26/11/2026|date]] by PC [[Owen Catterick|name]] 1187, Neighbourhood Team, Holderness.

Subject 1: [[Harvey TAIT|name]], DOB [[14/09/2011|dob]], of [[Greens Lane|address]], [[Patrington|place]].
Subject 2: [[Simon KETTLEWELL|name]] aka "[[Big Si|name]]", DOB [[03/03/1996|dob]], NFA, believed staying
[[Flat 7, 301 Holderness Road|address]],
[[Hull|place]] [[HU8 8TD|postcode]]. Uses [[07462 318 590|phone]].
Subject 3: [[Declan ROBSON|name]] aka "[[Deco|name]]", DOB [[30/6/2009|dob]], of [[Easington|place]].
Vehicle: black Audi A3 [[FN68 KZL|vehicle]] seen at the [[Patrington|place]] bus stop on [[Station Road|address]] on [[21.11.26|date]]
at 09:40 and at [[Hedon|place]] Tesco at 10:15 with Subjects 1 and 3 in the back.
Intelligence: a shop worker at the Spar in [[Patrington|place]], Mrs [[Wardle|name]], says [[Harvey|name]] and
"[[Deco|name]]" have had bundles of cash. Line name "[[Kenzo|name]]". Deal phone linked to a [[Liverpool|place]] number.
Action: NRM referral considered; disruption visit to [[Easington|place]] address ([[2 Vicarage Lane|address]], [[HU12 0TW|postcode]]).
Source: [[Harvey|name]]'s brother [[Lewis TAIT|name]], DOB [[12/01/2005|dob]], who fears for [[Harvey|name]]. Handling: PS
[[Gemma Ashby|name]]. Date seen together at [[Hedon|place]] Tesco confirmed by CCTV on [[24/11/2026|date]].
Linked: [[Kieran STEAD|name]], DOB [[19/02/2011|dob]], of [[Out
Newton|place]], near [[Easington|place]]; mother [[Tracy Stead|name]].
"""),
    ("mother's Facebook messages typed up", """Facebook Messenger, [[Donna Coward|name]] to SW [[Ruth Fairbairn|name]], typed by
[[R. Fairbairn|name]] [[28/11/26|date]]

[[Donna|name]]: hiya [[ruth|name]] its [[donna|name]] [[harveys|name]] mum
[[Donna|name]]: hes gone again since 4 oclock. his phone off. [[lewis|name]] is out looking in [[hedon|place]] and [[preston|place]]
[[Donna|name]]: that [[deco|name]] lad was at the end of the lane in a black car
[[Ruth|name]]: Thank you [[Donna|name]]. Please ring 101 and report him missing. Do you have the reg?
[[Donna|name]]: [[FN68 KZL|vehicle]] my neighbour [[bev|name]] took a pic
[[Donna|name]]: also his mate [[kieran|name]] mum [[tracy|name]] says they went to [[hull|place]] on the bus again
[[Donna|name]]: sorry 2 bother u on a sat. my sisters number is [[07948562031|phone]] if im not answering
[[Ruth|name]]: No problem. I will let the EDT know. Is his dad [[Anthony|name]] in touch?
[[Donna|name]]: no hes in [[scunthorpe|place]] hasnt seen him for 3 yr
[[Donna|name]]: HES BACK. [[lewis|name]] found him at [[thorngumbald|place]] garage. soaked
[[Ruth|name]]: Thank you for telling me [[Donna|name]]. I will see him at school on Monday with [[Tasha|name]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[HARVEY TAIT|name]]
Thursday [[3 December 2026|date]], County Hall, [[Beverley|place]]. Chair: [[Rosemary Atherton|name]] (IRO)
Attending: [[Donna Coward|name]] (mother); [[Lewis Tait|name]] (brother); [[Ruth Fairbairn|name]] (SW); [[Tasha Melrose|name]]
(Missing Service); PC [[Owen Catterick|name]]; Mr [[Dinsdale|name]] (Head of Year 10, [[South Holderness|school]]); school nurse
[[Fiona McAlinden|name]]; Minutes: [[Chloe Usher|name]].
Apologies: GP Dr [[Wilkinson|name]] ([[Patrington|place]] surgery). Father [[Anthony Tait|name]] ([[Scunthorpe|place]]) invited, did not
attend.

Summary. [[Harvey|name]] (15) has been missing four times since [[September|date]]: [[12/09|date]], [[10/10|date]], [[21/11|date]]
and [[28/11/2026|date]]. He has been found in [[Hull|place]] ([[Bransholme|place]], [[Holderness Road|address]]), [[Goole|place]]
and [[Thorngumbald|place]]. Police believe he is running drugs for "[[Big Si|name]]" ([[Simon Kettlewell|name]]) on the "[[Kenzo|name]]"
line between [[Hull|place]] and [[Withernsea|place]]. [[Donna|name]] said: "I can't watch him 24/7, I work at the chippy in
[[Withernsea|place]]." [[Lewis|name]] said he would have [[Harv|name]] at his flat at [[5a Westmoor Lane|address]], [[Keyingham|place]]
[[HU12 9TE|postcode]] at weekends. School: attendance 61%; [[Harvey|name]] likes motor vehicles; Mr [[Dinsdale|name]] has offered a
place at a college course in [[Bridlington|place]] (on Thursdays).
Decision: Child Protection Plan, category: neglect (risk outside the home). Lead SW [[Ruth Fairbairn|name]]. Core group
[[17/12/2026|date]]. Review conference [[4 March 2027|date]].
"""),
]


# --- E. Sowerby / Kendrick family (white British), Aldbrough: a new baby and domestic abuse -------------------------------

HOME_E = d.Address("2 Carlton Drive", "Aldbrough", "Hull", "HU11 4SF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oakley", "Kendrick")], dt.date(2026, 7, 3), addresses=[HOME_E], ids=["9801169869"]),
    _p("m", "mother", [("Jess", "Sowerby"), ("Jessica", "Sowerby")], dt.date(2005, 2, 14), addresses=[HOME_E],
       phones=["07512 784 039"]),
    _p("f", "father", [("Ryan", "Kendrick")], dt.date(2002, 10, 25)),
], "c")

DOCS_E = [
    ("health visitor's new birth visit note", """HEALTH VISITING - NEW BIRTH VISIT
Baby: [[Oakley KENDRICK|name]]  DOB [[03/07/2026|dob]]  NHS [[980 116 9869|nhs]]  Born Hull Women and Children's Hospital, 38+2
Mother: [[Jessica SOWERBY|name]] ("[[Jess|name]]"), 21, DOB [[14/02/2005|dob]]   Father: [[Ryan KENDRICK|name]], 23
Address: [[2 Carlton Drive|address]], [[Aldbrough|place]], [[HU11 4SF|postcode]]   Mob: [[07512 784 039|phone]]
HV: [[Sarah-Jane Fowler|name]]   Visit: [[15/07/2026|date]], 10:30

Baby feeding well (bottle). Weight 3.21kg. Cord off. Home clean; dog ("[[Tyson|name]]", Staffie) shut in kitchen. [[Ryan|name]]
answered for [[Jess|name]] most of the visit and checked her phone. When he went out to the van ([[PK19 UFR|vehicle]]) [[Jess|name]]
said quietly "he's alright most days". Routine enquiry not possible with [[Ryan|name]] present. [[Jess|name]]'s mum [[Tina Sowerby|name]]
lives in [[Mappleton|place]]; [[Jess|name]] said they don't speak since [[Ryan|name]] "fell out with her" at Easter. Friend
[[Kayleigh|name]]
in [[Sproatley|place]]. Plan: 6-8 week check at [[Aldbrough|place]] clinic, [[26/08/2026|date]]; try to see mum alone.
Addendum [[2/9/26|date]]: seen at [[Aldbrough|place]] clinic with grandmother [[Tina Sowerby|name]], not with [[Ryan|name]].
[[Jess|name]] disclosed [[Ryan|name]] "grabs her". Advice given; she has the number of IDVA [[Nicky Baxendale|name]].
"""),
    ("police domestic abuse incident report", """DA INCIDENT - HUMBERSIDE POLICE   Occurrence 26-0092541
Date/time: Sat [[10 Oct 2026|date]] 01:12.  Location: [[2 Carlton Drive|address]], [[ALDBROUGH|place]], [[HU11 4SF|postcode]]
Victim: [[SOWERBY, Jessica|name]], DOB [[14/2/2005|dob]], tel [[07512 784 039|phone]]
Suspect: [[KENDRICK, Ryan Lee|name]], DOB [[25/10/2002|dob]], NI [[PW 38 52 71 D|ni]], van [[PK19 UFR|vehicle]]
Child present: [[Oakley KENDRICK|name]] (3 months), asleep upstairs.
Call from neighbour [[Gillian Ketteringham|name]] at [[4 Carlton Drive|address]]. Officers PC [[Hussain|name]] 0932 and PC
[[Jade Leeming|name]] 2761. Victim had red marks to neck. Said suspect came back from the pub in [[Withernsea|place]]
drunk, took her phone and grabbed her when she tried to ring her mum [[Tina|name]]. Suspect left in the van towards [[Hornsea|place]]
before police arrived; believed to be at his brother [[Connor Kendrick|name]]'s, [[38 Cliff Road|address]], [[Hornsea|place]]
[[HU18 1LL|postcode]]. Arrested there at 03:40 by PC [[Hussain|name]]. DASH: HIGH (strangulation, new baby, jealousy).
MARAC referral by DS [[Helen Crowther|name]] on [[12/10/2026|date]]. IDVA [[Nicky Baxendale|name]] to contact victim.
Witness: [[Gillian KETTERINGHAM|name]], DOB [[07/04/1959|dob]], tel [[01964 527360|phone]]. Statement taken by PC [[Leeming|name]].
"""),
    ("MARAC minutes extract", """MARAC - EAST RIDING - Wednesday [[21st October 2026|date]]
Case 7: Victim [[Jessica SOWERBY|name]] (21) of [[Aldbrough|place]]; perpetrator [[Ryan KENDRICK|name]] (23); child [[Oakley|name]]
(DOB [[3.7.26|dob]]).
Police (DS [[Crowther|name]]): bailed to [[Connor Kendrick|name]]'s at [[Cliff Road|address]], [[Hornsea|place]], not to enter
[[Aldbrough|place]]. Seen in [[Aldbrough|place]] on [[17/10|date]] by a PCSO ([[Holt|name]]).
IDVA ([[Nicky Baxendale|name]]): [[Jess|name]] wants to move to her mum [[Tina Sowerby|name]] in [[Mappleton|place]]; new mobile
[[07823 917 264|phone]]. Previous partner of [[Ryan|name]], [[Shannon Birkett|name]] of [[Burstwick|place]], had a DA history with
him in 2023.
Health (HV [[Sarah-Jane Fowler|name]]): baby well, weight on the 25th centile; missed the [[26/08|date]] check, seen [[2/9|date]].
Housing: Home Options to look at a move to [[Hornsea|place]] or [[Leven|place]] - [[Jess|name]] says not [[Hornsea|place]] as
[[Ryan|name]]'s family are there.
Actions: target hardening at [[2 Carlton Drive|address]]; flag on the address; CSC assessment (SW [[Amira Holroyd|name]]).
Chair: DI [[Mark Wolstenholme|name]]. Minutes: [[Zoe Clappison|name]]. Next MARAC [[18/11/2026|date]].
Attendees also: [[Becky Tuplin|name]] (Housing); [[Siobhan Cairns|name]] (probation); GP rep Dr [[Omar Saleem|name]].
"""),
    ("mother's text messages to the IDVA typed up", """Texts, [[Jess Sowerby|name]] to IDVA [[Nicky Baxendale|name]], copied with
[[Jess|name]]'s consent [[30/11/26|date]]

[[3 Nov|date]] 20:11  hi [[nicky|name]] its [[jess|name]]. [[ryans|name]] mum [[sharon|name]] keeps messaging me on fb saying im a liar
[[3 Nov|date]] 20:14  she says [[ryan|name]] can see [[oakley|name]] at hers in [[hornsea|place]] whenever he wants
[[8 Nov|date]] 09:02  my mum [[tina|name]] took me and [[oak|name]] to [[beverley|place]] for his jabs. he screamed lol
[[15 Nov|date]] 22:40  someone was at the door. [[gill|name]] next door says it was a van like his
[[15 Nov|date]] 22:41  [[PK19 UFR|vehicle]] or [[PK19 UPR|vehicle]] she couldnt see properly
[[16 Nov|date]] 10:30  the police came. PC [[jade|name]] was nice
[[29 Nov|date]] 18:05  moving to mums in [[mappleton|place]] on the [[12th|date]]. [[kayleigh|name]] and her fella [[dylan|name]] are
helping with the van
[[29 Nov|date]] 18:06  new address is [[Rolston Road|address]] but dont put it on anything he can see x
[[1 Dec|date]] 07:50  [[ryans|name]] cousin [[brandon|name]] drove past mums in [[mappleton|place]] twice. is that allowed
[[1 Dec|date]] 07:51  [[oakley|name]] has his hearing test at [[hull|place]] on the [[9th|date]]
"""),
]


# --- F. Jubb family (white British), Keyingham: a girl of 7 with her grandparents (special guardianship) ---------------

HOME_F = d.Address("11 Eastfield Road", "Keyingham", "Hull", "HU12 9SU")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Amelia", "Jubb")], dt.date(2019, 4, 29), addresses=[HOME_F], ids=["5374941992", "U811590673543"],
       schools=["Keyingham Primary School"]),
    _p("g", "grandparent", [("Pauline", "Jubb")], dt.date(1961, 9, 5), addresses=[HOME_F], phones=["01964 670221"]),
    _p("g2", "grandparent", [("Malcolm", "Jubb")], dt.date(1958, 12, 18), addresses=[HOME_F]),
    _p("m", "mother", [("Stacey", "Jubb")], dt.date(1990, 6, 1), ids=["5100369353"]),
], "c")

DOCS_F = [
    ("chronology of significant events", """CHRONOLOGY - [[Amelia JUBB|name]] (DOB [[29/04/2019|dob]], NHS [[537 494 1992|nhs]], UPN
[[U811590673543|upn]])
Compiled by SW [[Daniel Okafor-Reid|name]], [[1 December 2026|date]]

[[29/04/2019|dob]]  Born at Hull Women and Children's. Mother [[Stacey JUBB|name]] (DOB [[01/06/1990|dob]]); father not named.
[[Nov 2019|date]]    HV concerns: [[Stacey|name]] using heroin; living at [[Flat 12, Humber View|address]], [[Hedon|place]].
[[14/02/2021|date]]  Police attend: [[Stacey|name]] and partner [[Wayne Gelder|name]] fighting; [[Amelia|name]] (21 months) found
                     in a cot with a full nappy. PPO. [[Amelia|name]] to maternal grandparents [[Pauline|name]] and
                     [[Malcolm JUBB|name]] at [[11 Eastfield Road|address]], [[Keyingham|place]] [[HU12 9SU|postcode]].
[[June 2021|date]]   Child arrangements order to grandparents.
[[03/03/2024|date]]  [[Stacey|name]] sentenced at Hull Crown Court: 4 years (supply). Now at HMP New Hall.
[[Sept 2023|date]]   [[Amelia|name]] starts Reception at [[Keyingham Primary|school]]; teacher Mrs [[Oughtred|name]].
[[10/06/2026|date]]  [[Wayne Gelder|name]] (DOB [[17/08/1987|dob]]) seen outside school on [[Station Road|address]] in a red Fiesta
                     [[YS14 OBG|vehicle]]; head teacher Mr [[Prendergast|name]] called police.
[[09/2026|date]]     Grandparents apply for an SGO. [[Pauline|name]] ([[01964 670221|phone]]) has a knee operation booked at
                     Castle Hill Hospital in [[January 2027|date]]; aunt [[Gemma Jubb|name]] of [[Burstwick|place]] to help.
[[25/11/2026|date]]  Prison visit: [[Stacey|name]] asks for letterbox contact and photos. Release date about [[Aug 2027|date]].
[[01/12/2026|date]]  Letter from [[Stacey|name]] via the prison: wants [[Amelia|name]] to stay with "Nanna [[Pauline|name]]".
[[03/12/2026|date]]  [[Amelia|name]]'s friend's mum, [[Kerry Dent|name]], saw [[Wayne|name]] in the Co-op at [[Keyingham|place]];
                     [[Malcolm|name]] told PCSO [[Ibbotson|name]].
"""),
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (extract) - applicants
[[Pauline Margaret JUBB|name]] and [[Malcolm JUBB|name]]
Assessor: [[D. Okafor-Reid|name]]

[[Malcolm|name]] (67, DOB [[18.12.1958|dob]]) worked 30 years at the gas terminal at [[Easington|place]]. [[Pauline|name]]
(65, DOB [[5 September 1961|dob]]) was a dinner lady at [[Ottringham|place]]. They have lived in [[Keyingham|place]] since 1984 and
raised three children: [[Stacey|name]]; [[Gemma|name]] (now in [[Burstwick|place]], married to [[Paul Rennard|name]]); and
[[Craig Jubb|name]], who lives in [[Perth|place]], Australia (tel. [[+61 412 385 906|phone]]).
[[Amelia|name]] calls them "Nanna" and "Pop". She has a best friend, [[Isla-Mae Dent|name]], and goes to Rainbows at St Nicholas
church hall on [[Church Lane|address]]. She has asthma (GP Dr [[Raheja|name]] at the [[Hedon|place]] practice) and sees the
community paediatrician Dr [[Grainger|name]]. Referees: [[Sheila Featherstone|name]] (neighbour, [[no. 13|address]]) and Rev
[[Alan Mawer|name]]. DBS checks clear ([[14/10/2026|date]]). Household finances: pensions; [[Malcolm|name]]'s NI no.
[[NE 27 64 18 A|ni]].
[[Pauline|name]] said: "We'd do anything for [[Millie|name]]. [[Stacey|name]] was a lovely girl till she met [[Wayne|name]]."
Support network: [[Gemma Rennard|name]] (née [[Jubb|name]]); neighbours [[Sheila|name]] and [[Roy Featherstone|name]]; friends from
bowls, [[Margaret Ombler|name]] and [[Les Ombler|name]] of [[Ottringham|place]]; [[Amelia|name]]'s godmother [[Carly Thundercliffe|name]].
"""),
    ("grandmother's email to the social worker", """From: [[pauline jubb|name]] <[[paulinejubb61@btinternet.com|email]]>
Date: Fri, [[4 Dec 2026|date]] 08:52
To: [[daniel.okafor-reid@eastriding.gov.uk|email]]
Subject: [[Amelia|name]] / Xmas

Morning [[Daniel|name]]
Just to say [[Stacey|name]] rang from New Hall last night asking can [[Amelia|name]] visit before xmas. I dont think so with my
knee. [[Malc|name]] says he can drive her to [[Wakefield|place]] on the [[19th|date]] if you agree. Also [[Wayne|name]] has been on
facebook to [[Gemma|name]] asking where [[Amelia|name]] goes to school. [[Gemma|name]] blocked him. He is in [[Thorngumbald|place]]
now I think with a woman called [[Leanne|name]] from [[Preston|place]]. [[Amelia|name]] is fine, she was an angel in the nativity
and Mrs [[Oughtred|name]] said she was the best one. Can you ring the house [[01964 670221|phone]] not my mobile it doesnt work in
[[Keyingham|place]].
Thanks
[[Pauline|name]] (Nanna [[Pauline|name]]!)

Sent from my iPad
"""),
    ("contact supervisor's record of a video call", """Supervised contact record - video call, HMP New Hall to [[Keyingham|place]]
Date: [[26 November 2026|date]], 16:00-16:30   Supervisor: [[Lindsey Walmsley|name]] (Family Time Service)
Present: [[Amelia|name]] (7), grandmother [[Pauline Jubb|name]]. Mother [[Stacey JUBB|name]] (prisoner no. withheld) on screen.

[[Stacey|name]] said "hiya [[Millie|name]] baby". [[Amelia|name]] showed her a drawing of the dog [[Bonnie|name]] and said she
has a new friend [[Isla-Mae|name]]. [[Stacey|name]] asked about her sister "[[Gem|name]]" and brother [[Craig|name]] in
Australia. [[Stacey|name]] cried when
[[Amelia|name]] said "Pop takes me to the beach at [[Withernsea|place]]". At 16:21 [[Stacey|name]] asked "is [[Wayne|name]] still
about, has he been to [[Keyingham|place]]?" and was redirected. [[Pauline|name]] ended the call at 16:30 as agreed.
Comment: warm; [[Amelia|name]] settled after. Next call [[10/12/2026|date]]. Copy to SW [[Daniel Okafor-Reid|name]].
Supervisor's manager: [[Karen Leake|name]]. Prison family liaison: Ms [[Osei|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 219 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:05 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "rev", "sw", "hv", "nurse", "nan", "nanna",
           "nanny", "gran", "grandad", "pop", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "tía", "tia",
           "papá", "mamá", "abuela", "hermano", "doña"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "east riding", "east riding of yorkshire", "holderness", "yorkshire", "spain", "bioko",
               "equatorial guinea", "australia", "humber"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Tía Pilar", "Hermano Ramón", "Nanna Pauline") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
