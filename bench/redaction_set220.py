"""Set 220: a held-out hand-written set for the redaction detector, six invented families in Weardale and Teesdale, County
Durham (Stanhope, Wolsingham, Middleton-in-Teesdale and the villages around them), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set218.py, bench/redaction_set219.py and bench/redaction_set221.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set213.py (its docstring, first two documents and its end: records, _PAIRS,
NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full; the
docstring of bench/redaction_set181.py was not read (set 213 follows its conventions and was copied instead);
bench/redaction_handwritten.py was not opened. The docstrings of bench/redaction_set*.py were searched by script (printing a
few lines around a hit) for the towns and for communities of the Americas: Stanhope appears only as a district of Ashford
(set 160), Middleton only as Middleton St George, Middleton Grange and Middleton (Rochdale), and Wolsingham, Weardale,
Teesdale, Frosterley and Cotherstone not at all; Miskito was not found (Mapuche, Garifuna, Quechua, Wayuu, Maya, Haitian,
Guaraní, St Lucian, Vincentian, Bajan and Mennonite were). Phone numbers were checked with the phonenumbers library and NHS
numbers and UPNs (LA 840) made with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be
scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Size: written short in one round and lengthened in two more rounds of added lines at the end of each document, to
904 gold spans (521 names) against the about 900 (about 500 names) asked for.

Six families: a young white British mother on Hood Street, Crawleyside, Stanhope (Dodd / Peart; neglect, a baby falling
through the centiles, a partner who throws things); a Miskito family from Bilwi (Puerto Cabezas), Nicaragua, in Wolsingham
(Kingsman / Hooker; domestic abuse by the father, a grandmother in Waspam, a mother's WhatsApp in Miskitu and Spanish
translated); a young carer of 13 in St John's Chapel (Coulthard; a mother with multiple sclerosis, self-harm); a white British
boy of 15 in Middleton-in-Teesdale (Bainbridge / Allison; missing to Darlington, criminal exploitation); a farming family near
Cotherstone (Dent; a spiral fracture, an initial child protection conference); and a mother in Frosterley misusing alcohol,
with the nan in Tow Law (Lowes / Heslop). The community named here, Miskito (Nicaragua's Caribbean coast), did not appear in
any earlier docstring searched. 24 documents, each with its own style label: a health visitor's home visit note, a mother's
Facebook messages typed up, a school's MASH referral, a GP letter, a police domestic abuse log, a mother's WhatsApp message in
Miskitu and Spanish with a translation, strategy discussion minutes, a boy's own words with an interpreter, a young carers'
assessment, a school CPOMS log, a young carer's own writing, a school nurse's email, a police missing person log, a return
home interview, Snapchat messages typed up, exploitation (MACE) panel minutes, a paediatrician's letter scanned with OCR
misreadings, a social worker's home visit case note, a father's complaint, initial child protection conference minutes, a
social worker's chronology, a mother's voice note transcribed, a nan's texts typed up and a child and family assessment.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration. Phones
are valid (phonenumbers), UK and foreign (Nicaragua +505); NHS numbers and UPNs pass their check digits (the NHS number in the
OCR'd letter is left unmisread, since the checker tests its check digit). Hospitals, practices, police forces, the council,
charities and services ("Durham Constabulary", "University Hospital of North Durham", "Darlington Memorial Hospita1",
"Weardale Practice", "Durham Young Carers", "Language Line", "HMP Durham") are organisations and unmarked; towns, villages,
hamlets and the dale ("Weardale") are marked as places; "County Durham", "Nicaragua" and "Spain" are not places; the river
"Wangki" is a landmark, unmarked.

Markup and conventions: those of bench/redaction_set213.py (after set 181). Titles and kinship words stay outside a name (Mr,
Mrs, Miss, Dr, PC, DS, DI, Sister, pastor, Nan, mam, papi, mami, mamá, Mama, abuela); "SURNAME, First" is one span; initials
alone are not marked; usernames ("spid3r_22", "teg.x") are not marked but chat speaker labels are names; a police collar
number stays outside the name; an OCR misreading keeps its kind ("C0therstone", "l4/O5/2Ol7"); an OCR-split town ("Barnard /
Cast1e") is one place span.

Choices this set had to make: pets' names ("Tyson", "Roxy", "Nell", "Cap", "Fly", "Sultan", "Bonnie", "Patch") are marked as names, as in
set 213; "barney" (Barnard Castle) and "Bishop" (cut short for Bishop Auckland) are places; a street named alone ("Durham
Street", "Yarm Road", "Galgate", "Market Place", "leekworth", "Bridge End") is an address; a farm ("Low Hury Farm") is an
address and the hamlet "Hury" a place; a season with a year ("Summer 2025", "spring 2025") and a bare year ("2023") are dates;
"Sister" before a church member's name is a title; a shop, clinic or club named by its town ("Stanhope coop", "tow law
club") marks the town; the Spanish address abroad ("Calle Mayor 12") is an address and "Benidorm" a place; Miskitu and Spanish
words other than names are not marked.

Self-check without the detector: `python -m bench.redaction_set220` (and tests/test_redaction_set220.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 904 gold spans, 521 of them names (150 places, 98 dates, 40 addresses, 24 phones, 15 dates of birth,
14 schools, 13 postcodes, 8 vehicles, 7 NHS numbers, 6 emails, 5 UPNs, 3 NI numbers)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dodd / Peart family (white British), Crawleyside, Stanhope ------------------------------------------------------

HOME_A = d.Address("16 Hood Street", "Crawleyside", "Stanhope", "DL13 2YB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Peart")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["3726569308", "J840998943394"],
       schools=["Stanhope Barrington Primary School"]),
    _p("s", "sibling", [("Skye", "Dodd")], dt.date(2025, 2, 20), addresses=[HOME_A], ids=["9130844053"]),
    _p("m", "mother", [("Kayleigh", "Dodd")], dt.date(2002, 9, 4), addresses=[HOME_A], phones=["07812 466 031"]),
], "c")

DOCS_A = [
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT       [[2/11/2026|date]]   HV [[Lorna Gibbon|name]]
Baby: [[DODD, Skye|name]]   DOB [[20.02.2025|dob]]   NHS [[913 084 4053|nhs]]
Address: [[16 Hood Street|address]], [[Crawleyside|place]], [[Stanhope|place]], [[DL13 2YB|postcode]]. Mum [[Kayleigh Dodd|name]]
([[07812 466 031|phone]]).

Third attempt. Mum answered at 11.20, just up. [[Skye|name]] in cot, nappy heavy, bottle of cold milk beside her. Sibling
[[Tyler Peart|name]] (7) not at school, said he had "a bad belly". Kitchen: dog mess by back door (two dogs, "[[Tyson|name]]" and
"[[Roxy|name]]"), no food in fridge except milk. Mum said her partner [[Jordan Tweddle|name]] is "working away at [[Tow Law|place]]"
but his boots were by the door. Maternal grandmother [[Julie Dodd|name]] lives in [[Eastgate|place]], helps sometimes.
[[Skye|name]]'s weight dropped from 9th to 2nd centile since [[14 August|date]]. 12-month review missed [[3rd September|date]] and
[[1 Oct|date]]. Mum said she forgot; her friend [[Shannon|name]] normally reminds her.
Plan: weigh at [[Stanhope|place]] clinic [[9/11/26|date]]; discussed with GP Dr [[Atkinson|name]]; will share with school nurse
[[Pam Lister|name]]. Neighbour ("Mrs [[Hewitt|name]] at [[no. 18|address]]") came out to say the baby cries for hours.
Follow-up [[9/11/2026|date]]: [[Skye|name]] weighed at clinic by nursery nurse [[Dawn Peacock|name]], 7.5 kg. Mum came with
[[Shannon Bell|name]] ("[[Shan|name]]"), who lives at [[Castle Close|address]], [[Stanhope|place]]. [[Kayleigh|name]] said [[Jordan|name]]'s
mam [[Denise Tweddle|name]] in [[Rookhope|place]] has been "nasty" on Facebook. Next visit [[16th Nov|date]] with SW [[Craig Brass|name]].
Phoned gran [[Julie|name]] [[10/11|date]]: she can have [[Skye|name]] and [[Tyler|name]] Tuesdays. Her partner [[Keith Lambert|name]]
drives; car [[NK62 HVA|vehicle]].
"""),
    ("mother's Facebook messages typed up by the social worker", """Facebook messages [[kayleigh dodd|name]] -> SW [[Craig Brass|name]],
copied [[20/11/2026|date]]

[[kayleigh|name]]: hiya is that [[craig|name]] from social. u need to stop sending that hv round
[[kayleigh|name]]: [[skye|name]] is fine she just small like me
[[kayleigh|name]]: [[tyler|name]] was off cos of his belly not cos of me
SW: Hi [[Kayleigh|name]], can I visit on Tuesday [[24th|date]] at 10?
[[kayleigh|name]]: cant im at me mams in [[eastgate|place]]. come to hers if u want [[3 front st|address]]
[[kayleigh|name]]: and [[jordan|name]] isnt living here so dont ask
[[kayleigh|name]]: its [[shannon|name]] thats been saying stuff she lives up [[crawleyside|place]] and she is a grass
SW: OK. I will see you at your mum's, [[3 Front Street|address]], [[Eastgate|place]]. Please bring [[Skye|name]]'s red book.
[[kayleigh|name]]: fine. my new number is [[07599 284 117|phone]] the other one is broke
[[kayleigh|name]]: [[jordz|name]] says sorry about the shouting at [[stanhope|place]] coop
[[kayleigh|name]]: also [[tyler|name]] wants to go to [[jaydens|name]] party in [[frosterley|place]] on sat [[28th|date]] is that allowed
SW: That's fine if [[Julie|name]] takes him. Who is [[Jayden|name]]'s mum?
[[kayleigh|name]]: [[leanne armstrong|name]] she lives on [[front st|address]] by the [[frosterley|place]] chippy
[[kayleigh|name]]: and tell [[lorna|name]] the hv i said soz
[[kayleigh|name]]: [[craig|name]] can u ring me mam [[01388 528 703|phone]] shes better at this than me
"""),
    ("MASH referral from a school", """MASH REFERRAL - Durham County Council (sent [[05/11/2026|date]] 14:02)
Referrer: [[Helen Wearmouth|name]], DSL, [[Stanhope Barrington Primary|school]] (school office [[01388 527 614|phone]])
Child: [[Tyler PEART|name]]  DOB [[11/06/2019|dob]]  UPN [[J840998943394|upn]]  NHS [[3726569308|nhs]]
Sibling: [[Skye Dodd|name]] (1). Parent: [[Kayleigh DODD|name]] (mother). Father of [[Tyler|name]]: [[Ryan Peart|name]], last known in
[[Bishop Auckland|place]], no contact.
Concerns: attendance 71% this term. [[Tyler|name]] hungry daily, takes food from other children's trays. On [[4th November|date]]
[[Tyler|name]] told teacher Miss [[Ferry|name]] "[[Jordan|name]] threw the telly" and "mam cried in the bath". Bruise to left forearm,
[[Tyler|name]] said he fell off the wall at the [[Durham Street|address]] park. Mum's partner [[Jordan Tweddle|name]] (DOB
unknown, c. 25) collects in a silver Corsa [[NK68 WFD|vehicle]]. Gran [[Julie Dodd|name]] ([[01388 528 703|phone]]) in
[[Eastgate|place]] is a protective factor. Also known to Family Hub worker [[Nat\nRobson|name]] in [[Crook|place]].
Parent aware of referral: yes, told by [[Helen|name]] at the gate [[5/11|date]].
Other children in school who may be relevant: [[Tyler|name]]'s cousin [[Brooke Dodd|name]] (Y4), whose mother [[Leanne
Dodd|name]] lives at [[9 Weardale Street|address]], [[Stanhope|place]], [[DL13 2UD|postcode]]. Class teacher: [[Emma Ferry|name]].
MASH screening note ([[06/11/2026|date]], [[Andrea Pounder|name]]): known to police via [[Jordan Tweddle|name]] (NI [[SK 28 91 64 A|ni]]),
DOB [[3 May 2001|date]], address [[Flat 3, 41 Front Street|address]], [[Stanhope|place]]. To assessment team ([[Craig Brass|name]]).
"""),
    ("GP letter to children's social care", """Weardale Practice
Dr [[S. Atkinson|name]]
[[23 November 2026|date]]

Dear Mr [[Brass|name]],
Re: [[Skye DODD|name]], DOB [[20 February 2025|dob]], [[16 Hood St|address]], [[Stanhope|place]] [[DL13 2YB|postcode]]
Thank you for asking. [[Skye|name]] was seen with her mother on [[17/11/2026|date]]. Weight 7.6 kg. No organic cause found yet; I
have referred to Dr [[Mahmood|name]], paediatrics, at University Hospital of North Durham. Her immunisations are behind (12-month set
missed). Her mother, Miss [[Dodd|name]], told me she has low mood since [[Skye|name]] was born and uses cannabis "to sleep". I have
started sertraline. Her brother [[Tyler|name]] is registered here too and was last seen in [[March 2025|date]].
Miss [[Dodd|name]] named her partner as "[[Jordan|name]]" and her mother Mrs [[Julie Dodd|name]] of [[Eastgate|place]] as support.
Yours sincerely, [[Sarah Atkinson|name]]
cc: Dr [[Imran Mahmood|name]], Consultant Paediatrician; HV [[Lorna Gibbon|name]]; school nurse [[Pam Lister|name]],
[[Crook|place]] clinic. Practice manager [[Gail Heslington|name]] can be reached on [[01388 528 001|phone]] for records.
Please contact me by email at [[sarah.atkinson4@nhs.net|email]] rather than the surgery in [[Stanhope|place]].
"""),
]


# --- B. Kingsman / Hooker family (Miskito, from Bilwi, Nicaragua), Wolsingham ------------------------------------------

HOME_B = d.Address("5 Holywood Close", "", "Wolsingham", "DL13 3EQ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Yáder", "Kingsman")], dt.date(2015, 10, 3), addresses=[HOME_B], ids=["1120355192", "M840657035022"],
       schools=["Wolsingham Primary School"]),
    _p("m", "mother", [("Dilcia", "Hooker")], dt.date(1988, 1, 27), addresses=[HOME_B], phones=["07936 218 475"]),
    _p("f", "father", [("Rony", "Kingsman")], dt.date(1984, 7, 15), addresses=[HOME_B], phones=["07415 903 662"]),
    _p("s", "sibling", [("Nayelis", "Kingsman")], dt.date(2020, 12, 9), addresses=[HOME_B], ids=["8822010191"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """DURHAM CONSTABULARY - DOMESTIC INCIDENT LOG   Ref DC-1432-281026
Time of call 23:48 [[28/10/2026|date]]. Caller: neighbour Mr [[Alan Bellerby|name]], [[7 Holywood Close|address]], [[Wolsingham|place]].
Location: [[5 Holywood Close|address]], [[Wolsingham|place]], [[DL13 3EQ|postcode]].
Victim: [[HOOKER, Dilcia|name]] (DOB [[27/01/1988|dob]]), speaks Miskitu and Spanish, some English. Tel [[07936 218 475|phone]].
Suspect: [[KINGSMAN, Rony|name]] (DOB [[15/07/1984|dob]]), tel [[07415 903 662|phone]]. Vehicle [[YJ17 RZU|vehicle]] (white Transit).
Children present: [[Yáder KINGSMAN|name]] (11) and [[Nayelis|name]] (5).
Attending PC 1187 [[Gowland|name]] and PC [[Rachael Todd|name]]. Victim had red marks to neck. [[Yáder|name]] met officers at the door
and said "papi hit mami with the phone". Suspect had left on foot towards [[Frosterley|place]]; arrested 01:10 [[29/10|date]] at the
[[Bridge End|address]] lay-by. Interpreting by phone (Language Line, Spanish). Victim said her cousin [[Merlyn Hooker|name]] in
[[Bilwi|place]] ([[Puerto Cabezas|place]]) tells her to come home. DASH: high. MARAC referral by DS [[Nixon|name]].
Further: [[Nayelis|name]] stayed with neighbour Mrs [[Jean Bellerby|name]] until 02:00. Suspect's workmate [[Darren Lax|name]]
([[Crook|place]]) rang [[29/10/2026|date]] 08:14 asking where [[Rony|name]] was. Suspect's brother [[Elvin Kingsman|name]] lives in
[[Managua|place]]; tel [[+505 8436 2175|phone]] is the victim's sister, not him.
Bail address confirmed [[29/10|date]] by PC [[Todd|name]] with [[Osvaldo ZELAYA|name]] at [[14 Dale Tce|address]], [[Tow Law|place]].
"""),
    ("mother's WhatsApp message in Miskitu and Spanish with a translation", """WhatsApp from [[Dilcia|name]] to her sister
[[Wendy Hooker|name]] ([[+505 8436 2175|phone]]), shown to SW [[Abbie Lamb|name]] on [[02/11/2026|date]] and translated by interpreter
[[Marisol Téllez|name]].

[[Dilcia|name]] ([[30/10/26|date]] 07:12): Naksa, [[Wendy|name]]. [[Rony|name]] nos pegó. Yo estoy bien, los niños están bien.
[[Wendy|name]] 07:40: [[dilcia|name]] mi amor, llama a mamá [[Tomasa|name]] en [[Waspam|place]]. [[+505 2792 1148|phone]]
[[Dilcia|name]] 07:43: [[Yáder|name]] lo vio todo. La policía vino. El vecino [[Alan|name]] llamó.
[[Dilcia|name]] 07:44: no quiero que [[Rony|name]] vuelva a [[Wolsingham|place]]
[[Wendy|name]] 08:02: y el pastor [[Kenny Dixon|name]]? en la iglesia de [[Bishop Auckland|place]]?

Translation: "Hello, [[Wendy|name]]. [[Rony|name]] hit us. I am fine, the children are fine." / "[[Dilcia|name]] my love, call
Mama [[Tomasa|name]] in [[Waspam|place]]." / "[[Yáder|name]] saw it all. The police came. The neighbour [[Alan|name]] rang." / "I do not
want [[Rony|name]] to come back to [[Wolsingham|place]]." / "And pastor [[Kenny Dixon|name]]? at the church in [[Bishop Auckland|place]]?"
Interpreter note: "Naksa" is the Miskitu greeting; the rest is in Spanish.
[[Wendy|name]] 08:05: [[dilcia|name]] dile a la trabajadora [[Abbie|name]] que [[Rony|name]] tiene deudas con [[Osvaldo|name]]
Translation: "[[Dilcia|name]], tell the worker [[Abbie|name]] that [[Rony|name]] owes money to [[Osvaldo|name]]."
[[Dilcia|name]] 08:10: gracias hermana. saludos a [[Merlyn|name]] y a [[Chela|name]].
Translation: "thank you sister. Greetings to [[Merlyn|name]] and to [[Chela|name]]."
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s.47) - [[30 October 2026|date]] 11:00, Teams
Child: [[Yáder Kingsman|name]] DOB [[03/10/2015|dob]] UPN [[M840657035022|upn]] NHS [[112 035 5192|nhs]]; sibling
[[Nayelis Kingsman|name]] DOB [[09/12/2020|dob]].
Present: [[Abbie Lamb|name]] (SW, chair for TM [[Gill Hutchinson|name]]), DS [[Paul Nixon|name]], Mrs [[Karen Elstob|name]] (DSL
[[Wolsingham Primary|school]]), HV [[Bev Sowerby|name]], IDVA [[Ruth Mallaby|name]].
Police: [[Rony Kingsman|name]] interviewed, released on bail to [[14 Dale Terrace|address]], [[Tow Law|place]] ([[DL13 4DS|postcode]]), the
home of his friend [[Osvaldo Zelaya|name]]. Conditions: not to enter [[Wolsingham|place]]. Two previous calls: [[Jan 2026|date]],
[[19/06/26|date]].
School: [[Yáder|name]] quiet, draws the house in [[Bilwi|place]] with his abuela. Friends [[Harry Craggs|name]] and [[Ollie|name]].
Mother: wants to stay in [[Weardale|place]]; church friend Sister [[Glenda|name]] gives lifts from [[Crook|place]].
Decision: s.47 on both children. Joint visit [[Abbie|name]] / DC [[Gowland|name]] today 15:30.
Health: [[Nayelis|name]] seen by HV [[Bev Sowerby|name]] [[20/10/2026|date]], no concerns; mother has anaemia (GP Dr [[Angus
Reid|name]], [[Wolsingham|place]] surgery). Interpreter for visits: [[Marisol Téllez|name]] ([[m.tellez.interpreting@gmail.com|email]]).
Actions: [[Ruth Mallaby|name]] to see [[Dilcia|name]] with [[Marisol|name]] on [[3/11|date]]; [[Karen Elstob|name]] to share
[[Yáder|name]]'s attendance; [[Paul Nixon|name]] to check [[Rony|name]]'s previous in [[Hartlepool|place]].
[[Nayelis|name]] attends [[Wolsingham Primary School|school]] nursery class; key worker [[Shona Pratt|name]].
"""),
    ("a boy's own words with an interpreter", """[[Yáder|name]]'s words - with interpreter [[Marisol|name]] and [[Abbie|name]], at
school, [[4.11.2026|date]]

My name is [[Yáder|name]] but at school they say "[[Yad|name]]". I am 11. I was born in [[Bilwi|place]], near the sea. My grandma
[[Tomasa|name]] lives in [[Waspam|place]] by the river Wangki. Here we live in [[Wolsingham|place]] and it is cold.
Papi [[Rony|name]] shouts when he drinks. That night he pulled mami's hair. I took [[Nayelis|name]] to my room and put
music on. Mr [[Bellerby|name]] next door has a dog called [[Sultan|name]]. I like him.
I want papi to say sorry. I don't want to go to [[Tow Law|place]] to see him yet. My best friend is [[Harry|name]], his mam
is [[Lisa Craggs|name]].
I speak Miskitu at home, Spanish with [[Marisol|name]] and English with my teacher Mrs [[Elstob|name]].
In [[Bilwi|place]] I had a friend [[Kevin|name]] and we played baseball at the beach. Tio [[Elvin|name]] is in
[[Managua|place]]. I want to go back for the [[Christmas|date]] but mami says not this year.
[[Abbie|name]] wrote down: [[Yáder|name]] smiled when he talked about [[Sultan|name]] and about [[Kevin|name]] in
[[Bilwi|place]]. He asked if [[Harry|name]] could come to the next meeting.
"""),
]


# --- C. Coulthard family (white British), St John's Chapel, upper Weardale -----------------------------------------------

HOME_C = d.Address("2 Harthope Cottages", "", "St John's Chapel", "DL13 1QH")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Daisy", "Coulthard")], dt.date(2013, 4, 22), addresses=[HOME_C], ids=["6597746260", "Z840724003132"],
       schools=["Wolsingham School"]),
    _p("m", "mother", [("Joanne", "Coulthard")], dt.date(1977, 11, 2), addresses=[HOME_C], phones=["07881 350 926"]),
], "c")

DOCS_C = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - Durham Young Carers
Young carer: [[COULTHARD, Daisy|name]]   DOB [[22/04/2013|dob]]   School: [[Wolsingham School|school]]
Address: [[2 Harthope Cottages|address]], [[St John's Chapel|place]], [[DL13 1QH|postcode]]. Assessed by [[Fern Hodgson|name]]
[[1 December 2026|date]].
Cared-for: mum [[Joanne Coulthard|name]] (multiple sclerosis, uses a wheelchair since [[spring 2025|date]]). Dad [[Mark|name]] left
for [[Consett|place]] in [[2023|date]].
Tasks: cooking, lifting, medication, shopping at [[Ireshopeburn|place]] shop, the bus to [[Stanhope|place]] for prescriptions.
[[Daisy|name]] is up at 6 for the school bus. About 30 hours a week.
[[Daisy|name]] wants: a night off; to go to the [[Westgate|place]] youth club with her friend [[Evie Tallentire|name]].
Contacts: [[Joanne|name]] [[07881 350 926|phone]]; aunt [[Carol Lee|name]] in [[Cowshill|place]] ([[07723 641 915|phone]]); neighbour
[[Bob Vipond|name]] at [[no 4|address]] drives mum to the hospital in [[Durham|place]].
Signed: [[F. Hodgson|name]]; [[Daisy Coulthard|name]] ("[[Daze|name]]"); [[Joanne Coulthard|name]].
Other support: [[Ruth Peart|name]] from the [[Wearhead|place]] chapel brings a dinner on Sundays; [[Daisy|name]]'s friend
[[Evie|name]]'s mam, [[Nicola Tallentire|name]], gives lifts from [[Westgate|place]] after youth club.
Mum's nurse: [[Alison Brough|name]], MS nurse, [[Bishop Auckland|place]] hospital ([[01388 455 612|phone]]).
Previous school: [[St John's Chapel Primary School|school]] (head then Mr [[Graham Walton|name]]), left [[July 2024|date]].
"""),
    ("school safeguarding log (CPOMS export)", """CPOMS - [[Wolsingham School|school]] - [[Coulthard, Daisy|name]] (Y8)

[[15/09/2026|date]] 08:55 Mr [[D. Milburn|name]]: Late, missed the 07.10 bus from [[St Johns Chapel|place]]. Said mum had a fall.
[[22/09/2026|date]] 12:30 Mrs [[Ann Featherstone|name]]: Crying in the library. Says she is "tired of everything". Referred to
[[Kerry|name]] (pastoral).
[[06/10/2026|date]] 10:10 [[Kerry Stobbs|name]]: Meeting with [[Daisy|name]]. Mum's carers stopped coming on [[1 October|date]] (agency
in [[Barnard Castle|place]] closed). [[Daisy|name]] doing all care. Phoned mum on [[07881 350 926|phone]].
[[13/10/2026|date]] 15:40 [[Kerry Stobbs|name]]: Aunt [[Carol|name]] rang. Worried. Referral to Young Carers (to [[Fern|name]]).
[[3 Nov 2026|date]] 09:05 [[D Milburn|name]]: Attendance 82%. Best friend [[Evie|name]] says [[Daisy|name]] texts at 2am.
[[17/11/26|date]] 11:00 [[Kerry Stobbs|name]]: [[Daisy|name]] showed scratches on arm. Self-harm. School nurse [[Jo\nWinter|name]] saw her.
Mum informed. GP at [[Stanhope|place]] to be told.
[[01.12.2026|date]] [[Kerry|name]]: Young carers assessment done today at home. [[Daisy|name]] happier.
[[04/12/2026|date]] [[Ann Featherstone|name]]: [[Daisy|name]] and [[Evie|name]] argued with [[Lucy Emerson|name]] in form.
[[Lucy|name]]'s dad Mr [[Emerson|name]] rang from [[Rookhope|place]]; resolved by [[Kerry|name]].
[[05/12/2026|date]] [[D. Milburn|name]]: [[Daisy|name]] in on time, [[Evie|name]]'s mam dropped her off from [[St John's Chapel|place]].
"""),
    ("a young carer's own writing", """my week by [[daisy|name]]

monday - up at 6, mam's tablets, porridge, bus at 7.10 from [[st johns chapel|place]]. [[evie|name]] saved me a seat.
tuesday - mam fell in the bathroom. i rang auntie [[carol|name]] in [[cowshill|place]] and [[bob|name]] from next door came.
wednesday - missed science. mr [[milburn|name]] moaned.
thursday - shop in [[ireshopeburn|place]], the lady mrs [[nattrass|name]] gave me extra bread.
friday - youth club in [[westgate|place]]! [[liam|name]] was there. dont tell mam.
saturday - dad rang from [[consett|place]]. said he'll come at christmas. he always says that.
sunday - mam cried. i did her hair. we watched tv. [[kerry|name]] at school says i can talk to [[fern|name]] anytime.
ps [[evie|name]] says her mam [[nicola|name]] will take us to [[durham|place]] on [[the 19th|date]] for xmas shopping. i hope mam
is ok with auntie [[carol|name]] that day.
my friends: [[evie|name]], [[lucy|name]] (sometimes), [[megan|name]] my cousin. my dog [[patch|name]] lives at auntie [[carol|name]]s.
"""),
    ("school nurse's email", """From: [[Jo Winter|name]] <[[jo.winter3@nhs.net|email]]>
To: [[Kerry Stobbs|name]]; [[Fern Hodgson|name]]
Date: [[18 November 2026|date]] 16:22
Subject: [[Daisy C|name]] - self-harm

Hi [[Kerry|name]], [[Fern|name]],
I saw [[Daisy Coulthard|name]] (DOB [[22.4.13|dob]], NHS [[659 774 6260|nhs]]) yesterday. Superficial cuts to left arm, clean. She says
she does it "when mam's bad at night". Safety plan done; she named [[Evie|name]] and auntie [[Carol Lee|name]] as people to tell.
I have written to Dr [[Pattinson|name]] at the [[Stanhope|place]] surgery and to CAMHS. Mum [[Joanne|name]] agreed on the phone.
Her cousin [[Megan Lee|name]] (17) in [[Cowshill|place]] also helps at weekends.
[[Jo|name]]
School Nurse, 0-19 Team, [[Crook|place]]
PS [[Kerry|name]], [[Daisy|name]]'s dad is [[Mark Coulthard|name]], [[27 Berry Edge Road|address]], [[Consett|place]],
[[DH8 5EU|postcode]] (from our records, may be old).
From: [[Kerry Stobbs|name]] <[[k.stobbs@wolsinghamschool.org.uk|email]]>  [[19/11/2026|date]] 08:12
Thanks [[Jo|name]]. I have told Mr [[Milburn|name]] and our head, Mrs [[Helen Vickers|name]]. [[Daisy|name]] is on the list for
[[Fern|name]]'s
group in [[Stanhope|place]] on Thursday [[26th|date]].
"""),
]


# --- D. Bainbridge / Allison family (white British), Middleton-in-Teesdale ----------------------------------------------

HOME_D = d.Address("11 Leekworth Gardens", "", "Middleton-in-Teesdale", "DL12 0SE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kian", "Bainbridge")], dt.date(2011, 3, 8), addresses=[HOME_D], ids=["9147899883", "B840414087574"],
       schools=["Teesdale School"]),
    _p("m", "mother", [("Stacey", "Allison")], dt.date(1986, 8, 30), addresses=[HOME_D], phones=["07448 193 526"]),
], "c")

DOCS_D = [
    ("police missing person log", """MISSING PERSON - DURHAM CONSTABULARY  Log 0612 of [[21/11/2026|date]]
MISPER: [[BAINBRIDGE, Kian|name]]  DOB [[08/03/2011|dob]]  Age 15
Home: [[11 Leekworth Gdns|address]], [[Middleton-in-Teesdale|place]], [[DL12 0SE|postcode]]. Reported by mother [[Stacey Allison|name]]
[[07448 193 526|phone]] at 22:15.
Last seen 16:40 getting on the 96 bus to [[Barnard Castle|place]] with [[Cody Raine|name]] (16) of [[Mickleton|place]]. Phone off.
Possible: [[Darlington|place]], flat on [[Yarm Road|address]] known to police; male "[[Spider|name]]" ([[Jake Spedding|name]], 22),
vehicle [[ND20 XKE|vehicle]] (black Golf). Previous misper x3 ([[Aug 2026|date]], [[2/10/26|date]], [[4th Nov|date]]).
Update 03:20 [[22/11|date]]: found by PC [[Lauren Hird|name]] at [[Darlington|place]] bus station with £340 and two phones.
Returned home by PCSO [[Dale|name]]. Return interview: [[Sophie Raw|name]] (Durham Missing Team).
Also spoken to: [[Cody|name]]'s mother [[Angela Raine|name]], [[Mickleton|place]], [[07936 218 400|phone]]; says [[Cody|name]] stayed
in, which is not true (seen on CCTV at [[Barnard Castle|place]] [[Galgate|address]] 17:20).
Phones seized: two handsets, one registered to "[[J. Spedding|name]]", one unknown. Passed to DC [[Fiona Lamb|name]].
School: [[Teesdale School|school]], [[Barnard Castle|place]]; attendance officer [[Nina Wilkinson|name]] informed [[23/11|date]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW  [[24/11/2026|date]]   Worker: [[Sophie Raw|name]]
Young person: [[Kian Bainbridge|name]] ("[[Kizzy|name]]"), 15, [[Middleton|place]]. Where held: [[Teesdale School|school]], [[Barnard
Castle|place]].
[[Kian|name]] said he went with [[Cody|name]] to "[[Spider|name]]'s". Didn't want to say more. Said [[Spider|name]] gave him the phone
"to do a favour". He has been to [[Darlington|place]], [[Bishop Auckland|place]] and once "[[Newton Aycliffe|place]]". He likes the money.
Push factors: rows with mum's partner [[Gary Metcalfe|name]]; his dad [[Steven Bainbridge|name]] is in HMP Durham.
Pull: [[Cody|name]], [[Spider|name]], a girl called [[Tegan|name]] from [[Cockfield|place]].
He said his nan [[Mavis Allison|name]] in [[Newbiggin|place]] is the only one he'd talk to. Her number: [[01833 640 295|phone]].
Risk: high. Shared with [[Mark Hewson|name]] (SW) and DC [[Fiona Lamb|name]].
[[Kian|name]] said his mate [[Brandon Coates|name]] from [[Eggleston|place]] "got out of it" and works at the [[Middleton|place]]
garage now. He would like to do that. He asked that [[Gary|name]] not be told what he said.
[[Kian|name]]'s sister [[Chloe Bainbridge|name]] (19) lives in [[Staindrop|place]]; [[Kian|name]] gets on with her partner
[[Ross Lowther|name]].
"""),
    ("Snapchat messages typed up from screenshots", """Snapchat screenshots from [[Stacey|name]]'s phone, typed up by SW
[[Mark Hewson|name]]
[[25/11/2026|date]]

spid3r_22: u owe me [[kizzy|name]]. 2 bags
[[kizzy|name]]: i know il get it
spid3r_22: bring it to [[barney|place]] tmrw. [[cody|name]] will meet u by the spar
[[kizzy|name]]: cant mams watchin me
spid3r_22: not my problem. or i come to [[middleton|place]]. i know where u live [[leekworth|address]]
[[cody|name]]: bro just do it
teg.x: [[kian|name]] ur on my story lol
[[kizzy|name]]: [[tegan|name]] delete it
[[kizzy|name]]: [[brandon|name]] can u lend me 50
[[brandon|name]]: no bro talk to ur nan in [[newbiggin|place]]
[[cody|name]]: [[spider|name]] says [[leekworth|address]] tmrw 9
[[kizzy|name]]: ok
"""),
    ("exploitation panel minutes", """CONTEXTUAL SAFEGUARDING / MACE PANEL - [[2 December 2026|date]]
Chair: DI [[Rob Tully|name]]. Present: [[Mark Hewson|name]] (SW), [[Sophie Raw|name]], [[Jill Kipling|name]]
([[Teesdale School|school]] DSL), PCSO
[[Dale Robinson|name]], Youth worker [[Andy Scott|name]] ([[Middleton-in-Teesdale|place]]).
Child: [[Kian BAINBRIDGE|name]] (DOB [[8 March 2011|dob]]). UPN [[B840414087574|upn]].
Associates: [[Cody Raine|name]] ([[Mickleton|place]]), [[Jake SPEDDING|name]] aka "[[Spider|name]]" ([[Darlington|place]], NI
[[JP 47 19 83 D|ni]]), vehicle [[ND20 XKE|vehicle]] seen in [[Market Place|address]], [[Middleton|place]] on [[28/11|date]].
Locations: bus shelter at [[Barnard Castle|place]] [[Galgate|address]]; the [[Cotherstone|place]] lay-by.
Actions: NRM referral by [[Mark|name]]; disruption notice to [[Spedding|name]]; [[Andy|name]] to offer the Tuesday football at
[[Middleton|place]]; nan [[Mavis|name]] to be asked about [[Kian|name]] staying weekends in [[Newbiggin|place]].
Next panel [[6 January 2027|date]]. Apologies: [[Stacey Allison|name]] (invited for the family part), [[Gary Metcalfe|name]].
Intelligence: [[Spedding|name]] linked to a flat at [[22 Grange Road|address]], [[Darlington|place]] [[DL1 5NH|postcode]]; also to
[[Kyle Beadle|name]] (20) of [[Shildon|place]].
[[Cody Raine|name]] attends [[Teesdale School|school]] too (UPN not shared); his YOT worker is [[Gemma Close|name]].
"""),
]


# --- E. Dent family (white British, farming), near Cotherstone, Teesdale ------------------------------------------------

HOME_E = d.Address("Low Hury Farm", "", "Cotherstone", "DL12 9PY")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Harriet", "Dent")], dt.date(2017, 5, 14), addresses=[HOME_E], ids=["6717491035", "D840611996292"],
       schools=["Cotherstone Primary School"]),
    _p("f", "father", [("Robert", "Dent")], dt.date(1979, 2, 2), addresses=[HOME_E], phones=["01833 627 410"]),
    _p("m", "mother", [("Louise", "Dent")], dt.date(1983, 10, 19), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("paediatrician's letter scanned with OCR misreadings", """Paediatric Department, Darlington Memorial Hospita1
Dr [[R. 0liver|name]], Consu1tant Paediatrician
[[l2 November 2O26|date]]

Re: [[Harriet DENT|name]]  D0B [[l4/O5/2Ol7|dob]]  NHS [[671 749 1035|nhs]]
[[L0w Hury Farm|address]], [[C0therstone|place]], [[Barnard Cast1e|place]] [[DLl2 9PY|postcode]]
[[Harriet|name]] was brought by her mother Mrs [[Louise Dent|name]] on [[O9/ll/2O26|date]] with a spiral fracture of the 1eft
humerus. Mother said [[Harriet|name]] fe11 from a hay bale. [[Harriet|name]] to1d nurse [[Kath1een Dobson|name]] "daddy pu11ed
me". Skeletal survey: an o1d rib fracture. Father [[Robert Dent|name]] was not present; he was at [[Barnard
Cast1e|place]] mart.
I am concerned. I have spoken to Ms [[Wendy Gargett|name]] in the MASH and to the named nurse [[Liz Hall|name]].
cc: GP Dr [[A. Wa1ton|name]], [[Midd1eton-in-Teesda1e|place]] surgery. Skeleta1 survey reported by Dr [[Ne1son|name]]
[[lO/ll/2O26|date]].
Yours sincere1y,
[[R0SE 0LIVER|name]]
"""),
    ("social worker's home visit case note", """CASE NOTE - Home visit, [[Low Hury Farm|address]], [[Cotherstone|place]]
[[13/11/2026|date]]
SW: [[Wendy Gargett|name]] with PC [[Iain Close|name]].
Present: [[Louise Dent|name]], [[Robert Dent|name]] ("[[Rob|name]]"), [[Harriet|name]] (arm in sling), farm worker [[Sam Bell|name]].
[[Rob|name]] angry, said "it's the bloody hospital in [[Darlington|place]] stirring". Said [[Harriet|name]] was on the bales with
her cousin [[Alfie Dent|name]] from [[Romaldkirk|place]] on the [[8th|date]]. [[Louise|name]] quiet, looked at [[Rob|name]] before
answering. Dogs: [[Nell|name]] and [[Cap|name]]. Quad bike in yard, reg n/a. Land Rover [[VX15 HLN|vehicle]].
Seen [[Harriet|name]] alone in kitchen with PC: she said "I fell" and then "daddy was cross about [[Fly|name]]" (a pup).
Older sister [[Grace Dent|name]] (19) lives in [[Staindrop|place]], works at the [[Barnard Castle|place]] vets.
Plan: [[Harriet|name]] to stay with grandma [[Margaret Lowson|name]] at [[4 The Green|address]], [[Cotherstone|place]] tonight.
[[Sam Bell|name]] said he saw nothing, he was at [[Hunderthwaite|place]] with the sheep that day. His number
[[07812 466 099|phone]].
Spoke to [[Grace|name]] by phone later ([[07881 350 777|phone]]): she said dad "has a temper" and that she left home
at 17 to live with her boyfriend [[Luke Dobinson|name]] in [[Staindrop|place]].
"""),
    ("father's complaint to the council", """To the Complaints Manager                               [[20th November 2026|date]]
From [[Robert Dent|name]], [[Low Hury Farm|address]], [[Cotherstone|place]], [[DL12 9PY|postcode]]. Tel [[01833 627 410|phone]]

I wish to complain about [[Wendy Gargett|name]] and the police officer [[Close|name]] who came on my farm on the
[[13th|date]] without warning. My daughter [[Harriet|name]] fell off a bale. My nephew [[Alfie|name]] saw it. My neighbour
[[John Thwaites|name]] of [[Hury|place]] will say I have never touched my children. We have farmed here since my grandad [[George
Dent|name]]. Now [[Harriet|name]] is at her grandma's in [[Cotherstone|place]] village and my wife [[Louise|name]] is in bits.
I want a different social worker. My solicitor is Mr [[Peter Harker|name]] of [[Barnard Castle|place]]
([[peter.harker@harkerlaw.co.uk|email]]).
[[R. DENT|name]]
P.S. [[Louise|name]]'s mother [[Margaret|name]] has always had it in for me since we wed at [[Romaldkirk|place]] in [[June
2004|date]].
Also, your lady [[Gargett|name]] parked across my gate on [[Hury Road|address]] and my neighbour [[Thwaites|name]] could not
get his tractor out.
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[4 December 2026|date]],
[[Barnard Castle|place]]
Child: [[DENT, Harriet|name]], DOB [[14.05.2017|dob]], UPN [[D840611996292|upn]], [[Cotherstone Primary|school]].
Chair: [[Naomi Firth|name]]. Minutes: [[Claire Alderson|name]].
Present: [[Louise Dent|name]], [[Robert Dent|name]] with [[Peter Harker|name]], SW [[Wendy Gargett|name]], DC [[Ian Close|name]],
Dr [[Oliver|name]] (report), head Mrs [[Sue Bainbridge|name]], grandmother [[Margaret Lowson|name]].
Summary: spiral fracture, old rib fracture; explanations differ. [[Harriet|name]] told her teacher Miss [[Raine|name]] she "likes
grandma's house because no shouting". [[Alfie Dent|name]] (12) told police he "didn't see" the fall. Father's brother [[Tom
Dent|name]] ([[Romaldkirk|place]]) supports father.
Decision: child protection plan, physical abuse. [[Harriet|name]] to remain with Mrs [[Lowson|name]] at [[4 The Green|address]] while
the s.47 continues. Core group [[18/12/2026|date]].
Core group members: [[Wendy Gargett|name]], [[Louise Dent|name]], [[Margaret Lowson|name]], class teacher [[Amy Raine|name]],
HV [[Liz Hall|name]]. Father to be invited.
Grandmother's view: Mrs [[Lowson|name]] said [[Harriet|name]] can stay "as long as it takes"; her husband [[Bill Lowson|name]]
agrees. [[Grace Dent|name]] sent a statement by email ([[gracedent98@hotmail.co.uk|email]]).
"""),
]


# --- F. Lowes / Heslop family (white British), Frosterley, with a nan in Tow Law ------------------------------------------

HOME_F = d.Address("3 Bridge Terrace", "", "Frosterley", "DL13 2SP")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Mia", "Lowes")], dt.date(2016, 1, 25), addresses=[HOME_F], ids=["4143993325", "Z840714158007"],
       schools=["Frosterley Primary School"]),
    _p("m", "mother", [("Amy", "Lowes")], dt.date(1991, 6, 6), addresses=[HOME_F], phones=["07723 641 908"]),
    _p("g", "grandparent", [("Sandra", "Heslop")], dt.date(1963, 3, 12), ids=["6024245548"]),
], "c")

DOCS_F = [
    ("social worker's chronology", """CHRONOLOGY - [[LOWES, Mia|name]] DOB [[25/01/2016|dob]] NHS [[414 399 3325|nhs]] UPN
[[Z840714158007|upn]]
[[3 Bridge Terrace|address]], [[Frosterley|place]] [[DL13 2SP|postcode]]. Mother [[Amy Lowes|name]]; nan [[Sandra Heslop|name]], [[Tow
Law|place]].

[[12/03/2024|date]]  Police: [[Amy|name]] drunk in charge of [[Mia|name]] at [[Stanhope|place]] show. NFA.
[[Summer 2025|date]]  Early help ([[Kelly Wardle|name]]). Closed [[Oct 2025|date]].
[[16/08/2026|date]]  [[Mia|name]] found alone at [[Frosterley|place]] station picnic area at 8pm by Mr [[Derek Peverell|name]].
[[03/09/2026|date]]  School ([[Frosterley Primary|school]]): [[Mia|name]] says mam "sleeps on the floor". DSL [[Jenny Rutter|name]].
[[21/10/2026|date]]  [[Amy|name]]'s ex [[Lee Bousfield|name]] (NI [[NW 62 30 17 B|ni]]) back at the house; known for violence.
[[10/11/2026|date]]  [[Amy|name]] admitted to University Hospital of North Durham, alcohol withdrawal. [[Mia|name]] to nan's,
[[21 Attwood Terrace|address]], [[Tow Law|place]] [[DL13 4JX|postcode]].
[[5 Dec 2026|date]]  Assessment (SW [[Owen Mather|name]]) completed.
[[06/12/2026|date]]  Nan reports [[Lee|name]]'s car [[NL14 OPY|vehicle]] outside [[Bridge Terrace|address]]. PC [[Holly Dinsdale|name]]
informed.
[[07/12/2026|date]]  Family network meeting booked at [[Stanhope|place]] for [[14/12|date]]: [[Sandra|name]], [[Dean|name]], [[Amy|name]],
[[Becky|name]], [[Edna Heslop|name]].
"""),
    ("mother's voice note transcribed", """Voice note from [[Amy Lowes|name]] to SW [[Owen Mather|name]], [[27/11/2026|date]] 02:14,
transcribed
by admin [[Tracy|name]]

"[[Owen|name]] it's [[Amy|name]]... I know it's late. I just want [[Mia|name]] back. I've not had a drink since the
[[tenth|date]], ask [[Julie|name]] at the recovery place in [[Bishop|place]]... [[Bishop Auckland|place]]. Me mam's turning her against me,
she's always been like that, ask our [[Dean|name]]. [[Lee|name]]'s not been round, I swear on [[Mia|name]]'s life, it was his
brother [[Scott|name]] that came for his stuff. Ring us back on this number, [[07723 641 908|phone]], or me mate [[Becky
Fairless|name]]'s, she's in [[Wolsingham|place]]. Tell [[Mia|name]] mammy loves her. And tell her [[Bonnie|name]]'s fine, I'm
feeding her." [inaudible] "...and the school, Mrs [[Rutter|name]], she never liked me."
[second voice note, 02:19] "...sorry [[Owen|name]]. It's [[Amy|name]] again. [[Becky|name]]'s number is [[07812 466 120|phone]].
She lives at [[12 Rowan Court|address]], [[Wolsingham|place]]."
[third voice note, 02:25] "...and [[Lee|name]]'s mam [[Pauline|name]] keeps messaging us from [[Crook|place]]. I've blocked her."
"""),
    ("nan's text messages typed up", """Texts from [[Sandra Heslop|name]] (nan) to [[Owen Mather|name]], copied [[1/12/26|date]]

Fri [[27 Nov|date]] 08:30  morning [[owen|name]] its [[sandra|name]]. [[amy|name]] rang [[mia|name]] at 2am drunk. i took the phone off her
Fri [[27 Nov|date]] 08:32  [[mia|name]] didnt sleep after. i have took her to school in [[frosterley|place]] anyway
Sat [[28 Nov|date]] 14:10  [[dean|name]] my son says [[lee|name]] was in the [[tow law|place]] club last night with [[amy|name]]
Sat [[28 Nov|date]] 14:11  i am not having him near [[mia|name]]. his car is [[NL14 OPY|vehicle]] silver focus
Sun [[29 Nov|date]] 18:45  [[mia|name]] asking for [[bonnie|name]] the cat. [[amy|name]] says shes feeding it. i doubt it
Mon [[30 Nov|date]] 09:00  my landline [[01388 730 254|phone]] if mobile down. my neighbour [[irene|name]] at [[no 23|address]] has a key
Tue [[1 Dec|date]] 10:20  [[mia|name]] wants to see her friend [[poppy|name]] from [[frosterley|place]] at the weekend. ok?
Tue [[1 Dec|date]] 10:25  [[poppy|name]]s mam is [[karen bainbridge|name]] shes nice. lives in [[white kirkley|place]]
Wed [[2 Dec|date]] 19:00  [[owen|name]] the teacher mr [[alderson|name]] says [[mia|name]] is doing better. [[dean|name]] says hes
coming up sunday from [[willington|place]]
"""),
    ("child and family assessment extract", """CHILD AND FAMILY ASSESSMENT (extract)     SW: [[Owen Mather|name]]     Completed
[[5/12/2026|date]]
Child: [[Mia Lowes|name]] (10), [[Frosterley Primary School|school]]. Staying with maternal grandmother Mrs [[Sandra Heslop|name]]
(DOB [[12/03/1963|dob]], NHS [[602 424 5548|nhs]]) at [[21 Attwood Terrace|address]], [[Tow Law|place]], since [[10 November|date]].
[[Mia|name]]'s voice: "I like nana's but I want mam to get better. I miss [[Bonnie|name]] and [[Poppy|name]]." Her teacher
Mr [[Alderson|name]] says she is "lighter" since moving.
Mother: [[Amy|name]] is engaging with [[Julie Prest|name]] at the recovery service in [[Bishop Auckland|place]]. Previous partner
[[Lee BOUSFIELD|name]] remains a risk; his brother [[Scott Bousfield|name]] lives in [[Crook|place]]. Father of [[Mia|name]]:
[[Daniel Moody|name]], in Spain? (unknown; last address [[Calle Mayor 12|address]], [[Benidorm|place]]).
Uncle [[Dean Heslop|name]] ([[Tow Law|place]]) helps nan. Plan: child in need; family network meeting at [[Stanhope|place]].
Wider family: great-aunt [[Edna Heslop|name]] in [[Rookhope|place]]; [[Amy|name]]'s friend [[Becky Fairless|name]] in
[[Wolsingham|place]]; neighbour Mrs [[Irene Walton|name]] (key holder at [[no. 23|address]]).
Signed: [[O. Mather|name]], SW; TM [[Gillian Pybus|name]] ([[6/12/2026|date]]).
[[Mia|name]] may move to [[Tow Law Millennium Primary|school]] if she stays with nan past [[February 2027|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 220 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:05 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv",
           "nurse", "our", "nan", "nana", "nanny", "gran", "granny", "grandma", "mum", "mummy", "mam", "mammy", "dad", "daddy",
           "aunty", "auntie", "uncle", "aunt", "papi", "mami", "mamá", "mama", "abuela", "sister", "pastor"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "county durham", "nicaragua", "spain"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
