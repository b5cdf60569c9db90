"""Set 204: a held-out hand-written set for the redaction detector, six more invented families in the Derbyshire Dales.

Its towns are Bakewell, Hathersage and Wirksworth and the villages around them.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set202.py, bench/redaction_set203.py, bench/redaction_set205.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set181.py (its docstring and first family's opening, its last family and
its tail: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and the HandSet lines) and tests/test_redaction_set181.py in full, which
give the layout followed here; of bench/redaction_set21.py only its first twelve docstring lines (time was short, so set 21's
conventions were taken as set 181 restates them) and nothing of tests/test_redaction_set21.py; the docstrings of
bench/redaction_set7.py to bench/redaction_set201.py were searched by a script (ast.get_docstring) for the towns, villages
and communities used here, printing only the set numbers that matched (Derbyshire appears in sets 32, 62, 101, 104, 110, 148,
151 and 174, and Matlock in set 62, their context not printed; Bamford matched set 71, so Bamford is no family's home
here; Bakewell, Hathersage, Wirksworth, Yokecliffe, Burton Edge, Grindleford, Bolehill, Over Haddon, Trakai and Karaim
matched nothing, and "Ashford" matched sets 15, 37, 160 and 187, so Ashford in the Water is only visited here); the
`_party`, `Records` and `HandSet` lines of bench/redaction_handwritten.py, found by grep (which also showed three lines of its
example record). The set's own printout (`python -m bench.redaction_set204`, which lists this set's gold spans) and set 15's
checker messages about this set were read while fixing the marking. Phone numbers were checked with the phonenumbers library
and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through
`_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector
on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families in the Derbyshire Dales, each in a district or village the earlier docstrings did not show as a family's home:
a white British mother, her partner and two children on Burton Edge, Bakewell, with a nan in Youlgreave (Slack / Hadfield;
neglect and a mother's drinking, a child protection plan); a Lithuanian Karaim family (the Turkic-speaking Karaite people of
Trakai and Vilnius, whose prayer house is the kenesa) on Yokecliffe, Wirksworth (Lobanos / Firkovič / Novickaja; domestic
abuse with strangulation, a mother's note in Lithuanian, a grandmother in Trakai); a white British boy of 16 in Hathersage
(Marsden / Broomhead; missing to Sheffield, criminal exploitation, a stepfather who moves out); a young carer of 14 in
Grindleford (Eyre; a widowed father's depression and drinking, a little brother); a white British family in Bolehill,
Wirksworth, with a disabled boy of 10 (Gratton; cerebral palsy and epilepsy, a mother's 3 a.m. voice note, short breaks); and
a young mother in Over Haddon (Bagshaw / Wragg; postpartum psychosis, a baby, a father's texts). The community, Karaim, did not
appear in any earlier docstring searched (Circassian, Aromanian, Gagauz, Sorbian, Ladin, Yazidi, Assyrian and Mandaean did).
Because time was short the documents are shorter than set 181's, but there are still four per family. 24 documents, each with
its own style label: a junior school safeguarding log, a health visitor's home visit note, a nan's WhatsApp messages typed
up, initial child protection conference minutes, a police domestic abuse incident log, a mother's note in Lithuanian with a
translation, a GP letter to children's services, IDVA phone call notes, a police missing person report, a return home
interview, Snapchat messages typed up by the police, contextual safeguarding strategy meeting minutes, a young carer's own
writing scanned by OCR (with its misreadings), a school referral form to early help, a social worker's phone notes in lower
case, a GP's email about the father, a short breaks referral form, an OT's email about equipment, a mother's voice note
transcribed, EHCP annual review minutes, a midwife's safeguarding referral, a perinatal mental health discharge letter, a
father's text messages to the CPN and a social worker's case note of a home visit.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration
(streets may be real or invented). Phones are valid (phonenumbers), UK and foreign (Lithuania); names and places are also
written in Lithuanian forms ("Ananijus", the locatives "Trakuose", "Derbyje", "Kromforde" and the Lithuanian "Virksvortas"
for Wirksworth, all marked); NHS numbers and UPNs (LA 830) pass their check digits. The council ("Dales Derbyshire" in an
email domain), surgeries, the pharmacy, the recovery service, the hospice, the respite unit and the courts are unmarked
organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set21.py as set 181 restates them. Titles and kinship words stay outside a
name (Mr, Mrs, Ms, Miss, Dr, PC, DC, SW, HV, CPN, Nan, Gran, Auntie, Aunty, and "senior" after a name); a chat sender's name is
marked; "SURNAME, First" and "First SURNAME" are one span ("SLACK, Mason", "LOBANOS, Rimma", "Ruby EYRE"); initials alone
("T") are not marked; usernames ("t_boy0114", "kai.mars10", "emi_lob14") are not marked; a neighbour's bare house number
("no. 25", "no 4", "no. 10", "no. 1") and a street alone ("Haddon Way", "The Dale", "monyash rd") are addresses; a school's
short name ("Gell", "Alfreton Park", "Grindleford Primary") is a school and so is a nursery ("Little Acorns");
organisations holding a town's name stay unmarked ("Bakewell Medical Centre", "The Wirksworth Surgery", "Hathersage Medical
Centre", "Hathersage Pharmacy", "Bakewell midwives hub", "Derbyshire Dales District Council", "Chesterfield College",
"Chesterfield Magistrates", "Sheffield Children's"), and so do counties, countries and regions ("Derbyshire", "South
Yorkshire", "Lithuania", "Hope Valley" in the records' addresses); an OCR misreading keeps its kind ("Grindlef0rd" and "Dronfie1d"
places, "Hope VaIley College" a school, "3rd March 2O24" and "l7/ll/2026" dates); a railway station named by its town
marks the town, and so does a chain's branch ("the Bakewell Co-op"); a surname that is also a village ("Mr Eyam", "Mr
Hallam", "Kevin Buxton") is a name; bare months with a year ("August 2026", "November 2027") are not dates.

Choices this set had to make: "Mr Eyam? ... he said Mr Hallam", a boy unsure of his teacher's name, marks both as names;
"the kenesa" (a prayer house) is unmarked; a Lithuanian ISO date ("2026-11-02") is a date; "Ashford in the\nWater" is one
place split across a line break; the young carers group "at the Memorial Hall, Hathersage" marks only the village.

Self-check without the detector: `python -m bench.redaction_set204` (and tests/test_redaction_set204.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 908 gold spans, 524 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Slack / Hadfield family (white British), Burton Edge, Bakewell; neglect and a mother's drinking -------------------

HOME_A = d.Address("23 Haddon Way", "Burton Edge", "Bakewell", "DE45 1BJ")
NAN_A = d.Address("4 Holywell Cottages", "Youlgreave", "Bakewell", "DE45 1WN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Slack")], dt.date(2017, 3, 14), addresses=[HOME_A], ids=["6193267514", "Z830079985546"],
       schools=["Bakewell Methodist Junior School"]),
    _p("s", "sibling", [("Lacey", "Slack")], dt.date(2023, 11, 5), addresses=[HOME_A], ids=["9256171783"]),
    _p("m", "mother", [("Kirsty", "Slack")], dt.date(1994, 8, 19), addresses=[HOME_A], phones=["07712 384 906"]),
    _p("f", "partner", [("Dean", "Hadfield")], dt.date(1990, 2, 27), addresses=[HOME_A], phones=["07834 219 570"]),
    _p("g", "grandparent", [("Carol", "Slack")], dt.date(1968, 6, 1), addresses=[NAN_A], phones=["01629 812 446"]),
], "c")

DOCS_A = [
    ("junior school safeguarding log", """[[BAKEWELL METHODIST JUNIOR SCHOOL|school]] - SAFEGUARDING LOG (CPOMS export)
Child: [[SLACK, Mason|name]]   DOB [[14/03/2017|dob]]   UPN [[Z830079985546|upn]]   Y5 (Mrs [[Froggatt|name]])
Home: [[23 Haddon Way|address]], [[Burton Edge|place]], [[Bakewell|place]] [[DE45 1BJ|postcode]]
Mum [[Kirsty Slack|name]] [[07712 384 906|phone]]; mum's partner [[Dean Hadfield|name]] [[07834 219 570|phone]]

[[07/09/2026|date]] [[Mason|name]] hungry at breakfast club, ate 3 rounds of toast. Said "mum was poorly". Logged by TA
[[Gemma Bradwell|name]].
[[11/09/2026|date]] Nan [[Carol Slack|name]] collected, smelt of smoke; said [[Kirsty|name]] "on the cider again since [[Dean|name]]
came back". Nan lives at [[Youlgreave|place]], no car, came on the bus.
[[18.9.26|date]] Head lice, same socks all week. Mrs [[Froggatt|name]] gave spare uniform. [[Mason|name]] said [[Lacey|name]] "cries in
the night and
nobody gets up".
[[2nd October|date]] Not collected at 3.15. Rang mum x3, no answer. Rang nan ([[01629 812 446|phone]]). At 4.40 [[Dean|name]]
arrived, unsteady. DSL ([[Rachel Outram|name]]) did not release; [[Carol|name]] came by taxi at 5.20.
[[3/10/26|date]] MASH referral. Outcome: strategy discussion [[6 Oct|date]], SW [[Priya Lomas|name]] allocated.
[[14/10/26|date]] [[Mason|name]] told Mrs [[Froggatt|name]] he and [[Lacey|name]] walked to the [[Bakewell|place]] Co-op "for nuggets" on
Sat [[10th|date]] on their own. Neighbour Mr [[Ollerenshaw|name]] at [[no. 25|address]] walked them home.
[[21/10/2026|date]] [[Mason|name]]'s friend [[Alfie Gregory|name]] said [[Mason|name]] sleeps in his coat. Passed to [[Priya|name]]
([[priya.lomas@dalesderbys.gov.uk|email]]).
[[4.11.26|date]] Attendance 84%. Core group at school; [[Dean|name]] not present. Nan says she'll have the kids weekends.
[[11.11.26|date]] [[Mason|name]] wrote in his diary "[[Dean|name]] and mum had a fite, [[Lacey|name]] hid in my bed". Copy to
[[Priya|name]].
[[13/11/2026|date]] Mum's friend [[Stacey Handley|name]] collected (on the list). [[Mason|name]] happy to go with her to [[Ashford in the
Water|place]] for tea.
[[18/11/2026|date]] Nan [[Carol|name]] says [[Dean|name]] now staying at his brother [[Wayne Hadfield|name]]'s in [[Darley Dale|place]].
[[25/11/2026|date]] [[Mason|name]] clean, new shoes from nan. Mrs [[Froggatt|name]] and [[Gemma|name]] report him "brighter".
[[2/12/2026|date]] Core group ([[Priya Lomas|name]], [[Joanne Ashmore|name]], [[Rachel Outram|name]], nan [[Carol|name]]).
[[Kirsty|name]] 3 weeks
sober per CGL worker [[Dan Ridgway|name]]. [[Mason|name]] and [[Alfie|name]] in the Christmas play as shepherds.
"""),
    ("health visitor's home visit note", """HEALTH VISITING - CONTACT NOTE
Child: [[Lacey SLACK|name]]  DOB [[05.11.2023|dob]]  NHS No. [[925 617 1783|nhs]]  GP: Bakewell Medical Centre
Address: [[23 Haddon Way|address]], [[Bakewell|place]] [[DE45 1BJ|postcode]]
Visit [[12/10/2026|date]] 10:00, HV [[Joanne Ashmore|name]] with student [[Tilly Beresford|name]].
Mum ([[Kirsty|name]]) answered after 10 mins, in dressing gown; 6 empty cans of cider by the bin. [[Lacey|name]] in a wet nappy, rash to
groin, no breakfast. Cupboards: crisps and bread only. [[Dean|name]] asleep upstairs ("night shift at the quarry" per mum).
Brother [[Mason|name]] at school. 2-yr review missed [[18 March|date]] and [[22 May|date]].
[[Lacey|name]]'s dad ([[Ryan Cauldwell|name]]) in [[Buxton|place]], no contact. Maternal gran [[Carol|name]] in [[Youlgreave|place]] is
supportive.
Mum says she drinks "a bit at night" and saw Dr [[Hensby|name]] in August 2026? - to check. Discussed Change Grow Live
in [[Matlock|place]]; mum agreed to self-refer.
Plan: revisit [[26/10|date]]; liaise SW [[P. Lomas|name]]; nursery place at [[Little Acorns|school]], [[Bakewell|place]] (funded 3s).
Signed [[J. Ashmore|name]] HV   [[12.10.26|date]]
Addendum [[26/10/2026|date]]: revisit with [[Tilly|name]]. [[Kirsty|name]] sober, flat tidier. Nan [[Carol Slack|name]] there, had
come on the 171 bus from [[Youlgreave|place]]. [[Lacey|name]] weighed: 25th centile. Mum has an appointment at CGL
[[Matlock|place]] with [[Dan Ridgway|name]] on [[2nd November|date]]. [[Dean|name]] out. Next: [[23/11|date]].
Phone: [[Kirsty|name]] [[07712 384 906|phone]]; [[Carol|name]] [[01629 812 446|phone]]. Student [[T. Beresford|name]] wrote up.
"""),
]

DOCS_A += [
    ("nan's WhatsApp messages typed up", """WhatsApp from [[Carol Slack|name]] (nan) to SW [[Priya Lomas|name]] - copied [[19/10/26|date]]

[[17/10/2026|date]], 19:02 - [[Carol|name]]: hiya its [[carol|name]], [[masons|name]] nan. [[kirsty|name]] rang me crying, says
[[dean|name]] took the
bank card again
[[17/10/2026|date]], 19:04 - [[Carol|name]]: i cant get over to [[bakewell|place]] tonight no buses after 6 from [[youlgreave|place]]
[[17/10/2026|date]], 19:30 - [[Priya Lomas|name]]: Thanks [[Carol|name]]. Are the children safe tonight?
[[17/10/2026|date]], 19:41 - [[Carol|name]]: my neighbour [[bev|name]] is driving me over, shes got the blue fiesta [[YD15 KXR|vehicle]]
[[17/10/2026|date]], 21:15 - [[Carol|name]]: at [[haddon way|address]] now. [[lacey|name]] asleep on settee, [[mason|name]] playing
xbox. [[kirsty|name]] in
bed. [[dean|name]] gone to his mates in [[darley dale|place]] ([[shaun|name]]?)
[[18/10/2026|date]], 08:50 - [[Carol|name]]: took kids to mine, [[kirsty|name]] says fine. ill keep them till monday
[[18/10/2026|date]], 08:51 - [[Carol|name]]: [[masons|name]] asking for his dad [[Lee|name]] again, i told him [[lee|name]]s in
[[chesterfield|place]]
[[19/10/2026|date]], 12:10 - [[Carol|name]]: [[kirsty|name]] says [[dean|name]] can come back if he stops. i said no way
[[19/10/2026|date]], 12:14 - [[Priya Lomas|name]]: I'll visit [[Kirsty|name]] tomorrow at 11 with [[Joanne|name]] the HV.
[[19/10/2026|date]], 12:20 - [[Carol|name]]: ok. [[bev|name]] says she can drop kids back to [[burton edge|place]] after school tmrw
[[20/10/2026|date]], 17:02 - [[Carol|name]]: kids back home. [[mason|name]] says [[alfie|name]]s mum [[donna gregory|name]] will walk
him to school
[[20/10/2026|date]], 17:05 - [[Priya Lomas|name]]: Thank you [[Carol|name]], and thank [[Bev|name]] for me.
[[21/10/2026|date]], 07:58 - [[Carol|name]]: [[lacey|name]] poorly, temp. [[kirsty|name]] taking her to dr [[hensby|name]] 10.20
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Mason|name]] and [[Lacey Slack|name]]
Date: [[9 November 2026|date]], Town Hall, [[Matlock|place]]. Chair: [[Hugh Brierley|name]] (IRO). Minutes: [[Sian Walker|name]].
Present: [[Kirsty Slack|name]] (mother); [[Carol Slack|name]] (maternal grandmother); [[Priya Lomas|name]] (SW); [[Rachel Outram|name]]
(DSL, [[Bakewell Methodist Junior|school]]); [[Joanne Ashmore|name]] (HV); PC [[Daniel Furness|name]], Derbyshire Constabulary.
Apologies: [[Dean Hadfield|name]] (did not attend); Dr [[Hensby|name]] (report sent).
1. Mrs [[Slack|name]] senior said [[Kirsty|name]] "has always been a good mum till the drink". [[Kirsty|name]] agreed she has been
drinking daily since [[Dean|name]] moved back in July 2026.
2. PC [[Furness|name]]: two call-outs to [[Haddon Way|address]] ([[3 August|date]], [[27 September|date]]), verbal only.
3. [[Priya|name]]: [[Mason|name]] says he does "the babysitting" for [[Lacey|name]]; home conditions poor.
Decision: both children subject to CP plans under neglect. Core group [[23/11/2026|date]]. Review [[9 February 2027|date]].
[[Mason|name]]'s wishes (read by [[Priya|name]]): "I want to stay with mum and nan [[Carol|name]] and go to [[Youlgreave|place]] at
weekends".
4. Dr [[Hensby|name]]'s report: [[Kirsty|name]] seen [[14/08/2026|date]], advised to cut down. [[Lacey|name]] missed
immunisations on [[1 September|date]].
5. Nan [[Carol|name]] offered weekends at [[4 Holywell Cottages|address]], [[Youlgreave|place]] [[DE45 1WN|postcode]]; neighbour [[Bev
Marsh|name]] can drive.
6. [[Joanne Ashmore|name]] (HV): [[Lacey|name]]'s weight now 25th centile; nursery ([[Little Acorns|school]]) from [[4 January|date]].
Core group members: [[Kirsty|name]], [[Carol|name]], [[Priya|name]], [[Rachel Outram|name]], [[Joanne|name]]; [[Dean|name]] invited.
"""),
]


# --- B. Lobanos family (Lithuanian Karaim), Yokecliffe, Wirksworth; domestic abuse -----------------------------------------

HOME_B = d.Address("31 Yokecliffe Crescent", "Yokecliffe", "Wirksworth", "DE4 4EW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Emilija", "Lobanos")], dt.date(2014, 4, 9), addresses=[HOME_B], ids=["5233433249", "B830165845743"],
       schools=["Anthony Gell School"]),
    _p("s", "sibling", [("Ananij", "Lobanos")], dt.date(2018, 12, 1), addresses=[HOME_B], ids=["7635426893"]),
    _p("m", "mother", [("Rimma", "Lobanos")], dt.date(1988, 1, 22), addresses=[HOME_B], phones=["07958 146 302"]),
    _p("f", "father", [("Tomas", "Lobanos")], dt.date(1985, 7, 30), addresses=[HOME_B], phones=["07402 671 835"]),
], "c")

DOCS_B = [
    ("police domestic abuse incident log", """DERBYSHIRE CONSTABULARY - DA INCIDENT LOG  Occ. ref 26/188430
Reported: [[25/10/2026|date]] 22:47 by neighbour Mrs [[Wendy Spencer|name]], [[29 Yokecliffe Crescent|address]]
Attended: PC [[Lauren Gell|name]] and PC [[Amir Saddiq|name]] 23:05.
Victim: [[LOBANOS, Rimma|name]]   DOB [[22/01/1988|dob]]   tel [[07958 146 302|phone]]
Suspect: [[LOBANOS, Tomas|name]]  DOB [[30/07/1985|dob]]  NI [[ST 48 22 61 C|ni]]  tel [[07402 671 835|phone]]
Vehicle: grey Skoda Octavia [[LY68 WFP|vehicle]]
Location: [[31 Yokecliffe Crescent|address]], [[Wirksworth|place]] [[DE4 4EW|postcode]]
Children present: [[Emilija|name]] (12) and [[Ananij|name]] (7).
Account: [[Rimma|name]] said [[Tomas|name]] grabbed her by the throat in the kitchen after she went to the kenesa in
[[Vilnius|place]] by video call with her mother. [[Emilija|name]] rang her friend [[Holly Bunting|name]] who told her mum.
Red mark to neck photographed. DASH: 16 yes - HIGH. [[Tomas|name]] arrested, taken to custody at [[Chesterfield|place]]. Bail conditions:
not to enter [[Yokecliffe|place]].
[[Rimma|name]]'s mother [[Sofija Firkovič|name]] lives in [[Trakai|place]], Lithuania, tel [[+370 612 48391|phone]].
Interpreter (Lithuanian) [[Dalia|name]] by phone. Referral to MARAC and to IDVA [[Nicola Hinds|name]].
Previous: [[14/06/2026|date]] verbal argument at the address, no offences; [[02/09/2026|date]] [[Rimma|name]] rang from the
[[Wirksworth|place]] market place car park, [[Tomas|name]] "took the keys". Officer in case: DC [[Simon Lomax|name]].
Neighbour [[Wendy Spencer|name]] ([[01629 825 904|phone]]) is willing to give a statement; her son [[Callum|name]] heard shouting.
Safeguarding referral to Derbyshire Children's Services sent [[26/10/2026|date]] 01:15 by PC [[L. Gell|name]]; SW [[Marek Bryndza|name]]
allocated [[27/10|date]]. School ([[Anthony Gell|school]], DSL Mr [[Hollingworth|name]]) told at 08:30.
"""),
    ("mother's note in Lithuanian with a translation", """Note handed to SW [[Marek Bryndza|name]] on [[2 November|date]], written by
[[Rimma Lobanos|name]] (Lithuanian, her
own words), with the interpreter's translation.

Aš, [[Rimma Lobanos|name]], noriu, kad [[Tomas|name]] negrįžtų į namus. [[Emilija|name]] bijo. [[Ananijus|name]] klausia apie tėtį.
Mano mama [[Sofija|name]] gyvena [[Trakuose|place]], ji gali atvažiuoti [[gruodžio 20|date]]. Mano sesuo [[Ela Novickaja|name]] gyvena
[[Derbyje|place]]. Kenesoje mus pažįsta visi, aš bijau kalbų.

Translation ([[Dalia Kairytė|name]], interpreter, [[2/11/2026|date]]):
"I, [[Rimma Lobanos|name]], want [[Tomas|name]] not to come back home. [[Emilija|name]] is afraid. [[Ananij|name]] asks about his
dad. My mother [[Sofija|name]] lives in [[Trakai|place]]; she can come on [[20 December|date]]. My sister [[Ela Novickaja|name]] lives in
[[Derby|place]]. At the kenesa everyone knows us; I am afraid of gossip."
Note from interpreter: "kenesa" is the Karaim prayer house; [[Ananijus|name]] is the Lithuanian form of [[Ananij|name]].
P.S. [[Tomas|name]] draugas [[Vytautas Žukas|name]] gyvena [[Kromforde|place]], ant [[Mill Lane|address]].
(Translation: "[[Tomas|name]]'s friend [[Vytautas Žukas|name]] lives in [[Cromford|place]], on [[Mill Lane|address]].")
Parašė: [[R. Lobanos|name]], [[Virksvortas|place]], [[2026-11-02|date]]. (Signed: [[R. Lobanos|name]], [[Wirksworth|place]],
[[2 November 2026|date]].)
"""),
]

DOCS_B += [
    ("GP letter to children's services", """The Wirksworth Surgery
[[13 November 2026|date]]
Dear Mr [[Bryndza|name]],
Re: [[Emilija LOBANOS|name]], DOB [[09/04/2014|dob]], NHS [[523 343 3249|nhs]]
    [[31 Yokecliffe Crescent|address]], [[Wirksworth|place]], [[DE4 4EW|postcode]]
I saw [[Emilija|name]] with her mother on [[11/11/2026|date]]. She has not slept well since [[25 October|date]] and has stomach
pains before school ([[Anthony Gell|school]]). She told me in English (her mother's is limited) that she "hears dad's car" and
checks the window. Her brother [[Ananij|name]] (NHS [[7635426893|nhs]]) has wet the bed again.
I have referred [[Emilija|name]] to CAMHS ([[Chesterfield|place]]) and suggested the school counsellor, Mrs [[Pegg|name]].
Mrs [[Lobanos|name]] asked that letters go to her sister [[Ela|name]] at [[Flat 2, 14 Normanton Road|address]], [[Derby|place]]
[[DE23 6UQ|postcode]].
Yours sincerely,
Dr [[Helen Mossop|name]], GP
cc: Mrs [[Pegg|name]], [[Anthony Gell School|school]], [[Wirksworth|place]]; Dr [[Kumar|name]] (CAMHS); [[Nicola Hinds|name]] (IDVA).
Seen by practice nurse [[Lynne Bateman|name]]? No - by me only. [[Rimma|name]] tel [[07958 146 302|phone]].
Previous: [[Emilija|name]] attended with abdominal pain on [[15 June|date]] and [[3 September|date]]; [[Ananij|name]] seen by
Dr [[Mossop|name]] on [[28 October|date]] (enuresis).
"""),
    ("IDVA phone call notes", """IDVA notes - [[R. Lobanos|name]] - [[Nicola Hinds|name]]
[[27/10|date]] 10:15 call to [[Rimma|name]] ([[07958 146 302|phone]]). Safe. [[Tomas|name]] on bail, living w/ friend [[Vytas|name]] in
[[Cromford|place]]. She saw the grey skoda on [[The Dale|address]] in [[Wirksworth|place]] twice.
[[29/10|date]] 14:00 MARAC at [[Chesterfield|place]]; [[Rimma|name]]'s case heard. Locks changed by Derbyshire Sanctuary.
[[3/11|date]] 09:30 [[Rimma|name]] says [[tomas|name]] messaged [[Emilija|name]] on Instagram ("emi_lob14"). Told police (PC
[[Gell|name]]).
[[5/11|date]] 16:45 call dropped. rang back 16:50, ok - [[Ananij|name]] crying. Her friend [[Galina Zajončkovska|name]] from the
kenesa community came over from [[Belper|place]].
[[10/11|date]] 11:00 [[Tomas|name]]'s brother [[Pavel Lobanos|name]] rang [[Rimma|name]] from Lithuania ([[+370 5 285 1173|phone]]) saying
she "shames the family". Logged.
[[12/11|date]] 15:20 [[Rimma|name]] says [[Emilija|name]] won't go to [[Anthony Gell|school]] on Mondays. Sister [[Ela|name]] to come from
[[Derby|place]] on [[the 14th|date]]. Safety plan reviewed; [[Sofija Firkovič|name]] booked flight for [[20/12|date]].
[[19/11|date]] 10:00 [[Rimma|name]] started ESOL at the library in [[Matlock|place]]; [[Galina|name]] drives her. Next call
[[26/11|date]] ([[N. Hinds|name]]).
[[24/11|date]] 13:30 [[Tomas|name]] charged (strangulation). Court: Chesterfield Magistrates, [[15 December|date]]. [[Rimma|name]]
told; [[Ela|name]] with her.
"""),
]


# --- C. Marsden / Broomhead family (white British), Hathersage; a boy of 16 missing to Sheffield, criminal exploitation ---

HOME_C = d.Address("17 Baulk Lane", "Hathersage", "Hope Valley", "S32 1AR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kai", "Marsden")], dt.date(2010, 5, 28), addresses=[HOME_C], ids=["1775274071", "N830286326892"],
       schools=["Hope Valley College"]),
    _p("m", "mother", [("Lisa", "Marsden")], dt.date(1984, 9, 12), addresses=[HOME_C], phones=["07519 283 604"]),
    _p("f", "stepfather", [("Gareth", "Broomhead")], dt.date(1981, 4, 3), addresses=[HOME_C], phones=["07866 430 195"]),
], "c")

DOCS_C = [
    ("police missing person report", """MISSING PERSON REPORT - MFH
Name: [[MARSDEN, Kai|name]]   DOB [[28.05.2010|dob]]   NHS [[177 527 4071|nhs]]
Home: [[17 Baulk Lane|address]], [[Hathersage|place]] [[S32 1AR|postcode]]
Reported by mother [[Lisa Marsden|name]] ([[07519 283 604|phone]]) at 23:40 on [[14/11/2026|date]]
Last seen: 16:20 [[Hathersage|place]] station, boarding the train to [[Sheffield|place]] with an older male "[[Tyrese|name]]".
Risk: HIGH (3rd missing episode; found before at [[Page Hall|place]], [[Sheffield|place]], on [[2 October|date]]).
Associates: [[Kyle Benton|name]] (17, [[Castleton|place]]); "[[T-Boy|name]]" ([[Tyrese|name]]?), blue Golf [[FD19 XBN|vehicle]].
Phone of [[Kai|name]]: [[07481 902 376|phone]] (off since 17:05).
Stepfather [[Gareth Broomhead|name]] says [[Kai|name]] "owes someone". Found: [[15/11/2026|date]] 11:10, [[Firth Park|place]], by
South Yorkshire Police (PC [[Haigh|name]]). Had £340 and two phones. Returned by PC [[Matthew Cresswell|name]].
Previous MFH: [[20/09/2026|date]] (found [[Hope|place]] station, 02:00) and [[2/10/2026|date]]. Nan [[Pat Marsden|name]] at
[[Bamford|place]]
([[01433 651 274|phone]]) searched with [[Lisa|name]]. Reporting officer PC [[Abbie Cresswell|name]].
Friends contacted: [[Charlie Siddall|name]] ([[Hathersage|place]]), [[Mia Turton|name]] ([[Hope|place]]), [[Kyle Benton|name]] (no
answer).
"""),
    ("return home interview", """RETURN HOME INTERVIEW - Derbyshire Dales missing service
Young person: [[Kai Marsden|name]] (16)   Interviewer: [[Shona Twigg|name]]   Date: [[17 Nov 2026|date]], at
[[Hope Valley College|school]]
Where: "[[sheffield|place]], at a flat, don't know the road. near [[Firth Park|place]]." Who with: "T", "[[Kyle|name]]".
Why: "Home's boring. [[Gareth|name]] is always on at me." Says mum [[Lisa|name]] is "alright".
How he got there: train from [[Hathersage|place]]; back in a police car. He slept on the sofa of a girl called [[Jade|name]]
("[[Jadey|name]]").
Money/phones: says the second phone is [[Kyle|name]]'s. Would not say more.
Trusted adult: his PE teacher Mr [[Eyam|name]]? (name unclear - he said "Mr [[Hallam|name]]"), and his nan [[Pat Marsden|name]] in
[[Bamford|place]].
[[Kai|name]] agreed to share this with SW [[Adele Kenworthy|name]] and DSL [[Owen Pickford|name]].
Follow-up: referral to Catch22 exploitation worker; NRM considered. Next meeting [[24/11|date]].
Present at the end: mum [[Lisa|name]]. [[Kai|name]] said he likes fixing bikes with his mate [[Charlie Siddall|name]] in
[[Hathersage|place]] and wants to see his real dad [[Shane Marsden|name]] in [[Chesterfield|place]] more.
Signed: [[S. Twigg|name]] / [[K. Marsden|name]]. Copy to [[Adele Kenworthy|name]], [[Owen Pickford|name]], DC [[Ruth Booth|name]].
Other names [[Kai|name]] gave: "[[Deano|name]]" (older, drives), "[[Big Mo|name]]" - passed to DC [[Booth|name]]. He said
[[Jade|name]]'s surname
might be [[Lindley|name]].
"""),
]

DOCS_C += [
    ("snapchat messages typed up by the police", """Snapchat extract from [[Kai|name]]'s 2nd phone (handset seized [[15/11/2026|date]])
- typed by DC [[Ruth Booth|name]]
t_boy0114: u at the stn yet
kai.mars10: ye [[hathersage|place]] train 4.20
t_boy0114: [[kyle|name]] will meet u at [[sheff|place]] interchange
kai.mars10: my mum keeps ringin
t_boy0114: turn it off. u owe 200 remember
kai.mars10: ik ik. [[gareth|name]] took my money
t_boy0114: not my problem bro. [[jade|name]]s on [[skye edge|place]] after
kai.mars10: ok
t_boy0114: dont tell [[kyle|name]] bout the 2 phones
kai.mars10: wat bout school on mon
t_boy0114: skip it. [[castleton|place]] run weds
kai.mars10: [[lisa|name]] says im grounded lol
t_boy0114: come [[firth park|place]] sat. [[jadey|name]] got food
kai.mars10: ok will get train from [[hathersage|place]] at 10
t_boy0114: [[kyle|name]] got ur stuff. meet [[hope|place]] stn sat [[21st|date]]
kai.mars10: [[gareth|name]] moved out to [[grindleford|place]] lol
"""),
    ("contextual safeguarding strategy meeting minutes", """STRATEGY MEETING (EXPLOITATION) - [[Kai MARSDEN|name]]
[[19.11.2026|date]]   Teams
Chair: [[Adele Kenworthy|name]] (SW).  Present: DC [[Ruth Booth|name]]; [[Owen Pickford|name]] (DSL, [[Hope Valley College|school]]);
[[Shona
Twigg|name]] (missing service); [[Lisa Marsden|name]] (mum, part); PC [[Abbie Cresswell|name]] (Peak Park SNT).
- [[Kai|name]] missing 3 times since September 2026; [[Firth Park|place]] and [[Page Hall|place]] in [[Sheffield|place]].
- "[[Tyrese|name]]" believed to be [[Tyrese Mallinder|name]], 19, of [[Parson Cross|place]]. [[Kyle Benton|name]] seen in
[[Hope|place]] and
[[Castleton|place]] with him.
- [[Lisa|name]] reports [[Gareth|name]] and [[Kai|name]] fight; [[Gareth|name]] agrees to stay at his brother [[Neil Broomhead|name]]'s in
[[Grindleford|place]] for two weeks.
- School: attendance 61%. [[Kai|name]] wants to do a mechanics course at Chesterfield College.
Actions: NRM referral ([[Adele|name]], by [[26/11|date]]); disruption notice to [[Mallinder|name]] (DC [[Booth|name]]); nan [[Pat|name]]
in [[Bamford|place]] as safe place.
- DC [[Booth|name]]: [[FD19 XBN|vehicle]] registered to [[Lacey Mallinder|name]] (mother of [[Tyrese|name]]), [[Parson Cross|place]].
Next meeting: [[3 December 2026|date]].
- Mum [[Lisa Marsden|name]] asked for help with [[Kai|name]]'s phone; [[Shona Twigg|name]] to link her with parent group (Parents
Against Exploitation). Stepdad [[Gareth Broomhead|name]] ([[07866 430 195|phone]]) to be invited next time.
"""),
]


# --- D. Eyre family (white British), Grindleford; a young carer of 14 and a father's depression and drinking --------------

HOME_D = d.Address("6 Main Road", "Grindleford", "Hope Valley", "S32 2JN")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Eyre")], dt.date(2012, 2, 16), addresses=[HOME_D], ids=["Y830750313774"],
       schools=["Hope Valley College"]),
    _p("s", "sibling", [("Finley", "Eyre")], dt.date(2019, 8, 8), addresses=[HOME_D], ids=["J830367734549"],
       schools=["Grindleford Primary School"]),
    _p("f", "father", [("Craig", "Eyre")], dt.date(1979, 12, 4), addresses=[HOME_D], phones=["07305 617 248"]),
], "c")

DOCS_D = [
    ("young carer's own writing scanned by OCR", """[scanned worksheet, OCR text, misreadings kept]
ALL ABOUT ME - young carers group at the Memorial Hall, [[Hathersage|place]]
My name is [[Ruby Eyre|name]] and I am l4. I live in [[Grindlef0rd|place]] with my dad [[Craig|name]] and my little brother
[[Fin|name]] ([[Finley|name]]). My mum [[Nicola|name]] died on [[3rd March 2O24|date]] so now its us three.
Dad gets sad and stays in bed. Some days he drinks and I do [[Fins|name]] tea and get him to [[Grindleford Primary|school]]. I
get the bus to [[Hope VaIley College|school]] at 7.35.
My best friends are [[Niamh|name]] and [[Isla-Rose|name]]. [[Niamh Wragg|name]]s mum lets me stay over on fridays.
My auntie [[Dawn|name]] lives in [[Dronfield|place]] and she comes on sundays sometimes.
What I want: for dad to get better and for me to go to the [[Castleton|place]] trip on [[l2 June|date]].
[[ruby e|name]]
Things I do: tea, [[Fin|name]]s bath, washing. On [[l7/ll/2026|date]] I was late cos dad was on the floor.
Mrs [[Thorpe|name]] is nice. I like [[Grindlef0rd|place]] but I miss mum.
Dads phone [[07305 617 248|phone]]. Aunty [[Dawn|name]]s house is by the station in [[Dronfie1d|place]].
"""),
    ("school referral form to early help", """EARLY HELP REQUEST - [[Hope Valley College|school]]
Child: [[Ruby EYRE|name]]   DOB [[16/02/2012|dob]]   UPN [[Y830750313774|upn]]   Year 10
Address: [[6 Main Road|address]], [[Grindleford|place]], [[S32 2JN|postcode]]
Parent: [[Craig Eyre|name]] (father), [[07305 617 248|phone]]
Sibling: [[Finley Eyre|name]], [[Grindleford Primary School|school]], UPN [[J830367734549|upn]]
Reason: [[Ruby|name]] late 23 times this term; asleep in maths; told her tutor Ms [[Thorpe|name]] on [[5/11/2026|date]] that she
"does everything at home". Her mum died in 2024. Dad was seen by a neighbour, Mr [[Alan Furniss|name]] ([[no 4|address]]), collapsed
in the garden on [[31 Oct|date]].
Requested by: [[Owen Pickford|name]], DSL ([[o.pickford@hvc.derbyshire.sch.uk|email]]), [[10.11.26|date]].
Consent: Mr [[Eyre|name]] gave consent by phone on [[9/11|date]].
Other agencies: GP Dr [[Marriott|name]]; [[Finley|name]]'s class teacher Miss [[Priestley|name]] at [[Grindleford Primary|school]]
reports him hungry on Mondays. Aunt [[Dawn Siddall|name]], [[Dronfield|place]], is supportive.
Sibling contact: [[Finley|name]] DOB [[08/08/2019|dob]]; maternal aunt [[Dawn Siddall|name]] [[07929 504 611|phone]].
Previous school: [[Ruby|name]] was at [[Grindleford Primary|school]] till July 2023? (Y6) - Mrs [[Coupe|name]] was head then.
"""),
]

DOCS_D += [
    ("social worker's phone notes in lower case", """phone notes - [[eyre|name]] - [[jo heathcote|name]] (early help)
[[16/11|date]] rang dad [[craig|name]] 9.10 no ans. rang again 11.30 - says hes "fine", been to dr [[marriott|name]] at the
surgery, on sertraline again
[[16/11|date]] rang auntie [[dawn|name]] ([[dawn siddall|name]], [[dronfield|place]]) - she can do tues + thurs tea. her mob
[[07929 504 611|phone]]
[[18/11|date]] hv [[main rd|address]] [[grindleford|place]]. [[ruby|name]] home from sch at 4. [[finley|name]] at [[niamhs|name]].
fridge ok. [[craig|name]] sober, tearful about [[nicola|name]]. wants cruse bereavement
[[18/11|date]] [[ruby|name]] says she looks after [[fin|name]] "like a mum". wants young carers club in [[hathersage|place]] weds
[[20/11|date]] tac mtg booked [[1/12|date]] 3.30 at [[hope valley college|school]] w [[owen|name]]
[[21/11|date]] [[niamh wragg|name]]s mum [[kelly|name]] rang - [[ruby|name]] stayed fri, ok. lives [[nether padley|place]]
[[22/11|date]] txt from [[craig|name]]: "cheers [[jo|name]] for today". [[ruby|name]] + [[niamh|name]] at youth club in
[[hathersage|place]]
"""),
    ("GP email about the father", """From: Dr [[Tom Marriott|name]] <[[tom.marriott1@nhs.net|email]]>
Sent: [[19 November 2026|date]] 13:02
To: [[Jo Heathcote|name]]
Subject: [[Craig Eyre|name]] - [[Ruby|name]] and [[Finley|name]]

Hi [[Jo|name]],
With [[Craig|name]]'s consent: I saw him on [[12th November|date]]. Low mood since [[Nicola|name]]'s death, drinking 6-8 pints most
nights at the pub in [[Grindleford|place]] or at home. Restarted sertraline; referred to Derbyshire Recovery Partnership in
[[Bakewell|place]]. He knows [[Ruby|name]] does a lot and feels guilty.
[[Finley|name]] (NHS [[8278 665 605|nhs]]) is well; [[Ruby|name]] missed her asthma review on [[the 4th|date]].
Best wishes
[[Tom|name]]
Dr [[T. Marriott|name]], Hathersage Medical Centre, tel [[01433 650 218|phone]]
PS: [[Ruby|name]]'s asthma review rebooked for [[3 December|date]] with nurse [[Alison Bramall|name]].
-----Original Message----- From: [[Jo Heathcote|name]] Sent: [[18 November 2026|date]] 17:40. [[Tom|name]], can you tell me how
[[Craig Eyre|name]] is?
Pharmacist [[Navdeep Sandhu|name]] (Hathersage Pharmacy) aware of the sertraline; [[Craig|name]] collects it Fridays.
"""),
]


# --- E. Gratton family (white British), Bolehill, Wirksworth; a disabled boy of 10 and a family at breaking point -------

HOME_E = d.Address("8 Oakerthorpe Road", "Bolehill", "Wirksworth", "DE4 4GB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oliver", "Gratton")], dt.date(2016, 6, 21), addresses=[HOME_E], ids=["9431289792", "E830607942370"],
       schools=["Alfreton Park Community Special School"]),
    _p("m", "mother", [("Hannah", "Gratton")], dt.date(1987, 3, 9), addresses=[HOME_E], phones=["01629 824 337"]),
    _p("f", "father", [("Rob", "Gratton")], dt.date(1986, 10, 17), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("short breaks referral form", """SHORT BREAKS REFERRAL - Disabled Children's Team
Child: [[GRATTON, Oliver|name]] ("[[Olly|name]]")   DOB [[21/06/2016|dob]]   NHS [[943 128 9792|nhs]]   UPN [[E830607942370|upn]]
Address: [[8 Oakerthorpe Road|address]], [[Bolehill|place]], [[Wirksworth|place]] [[DE4 4GB|postcode]]   Tel [[01629 824 337|phone]]
School: [[Alfreton Park|school]] (special school), transport taxi from [[Wirksworth|place]] 7.40 (driver [[Steve|name]]).
Needs: cerebral palsy (GMFCS IV), epilepsy, non-verbal, PEG fed. Sleeps 3-4 hours.
Parents: [[Hannah|name]] and [[Rob Gratton|name]]. [[Rob|name]] works away (HGV, Mon-Thu). Sister [[Poppy Gratton|name]] (13) at
[[Anthony Gell|school]].
Support now: nan [[Linda Spendlove|name]] in [[Middleton|place]] (but recent hip op); Rainbows hospice ([[Loughborough|place]]) 4
nights a year.
Referrer: [[Claire Boden|name]], community nurse, [[02/11/2026|date]].
Social worker: [[Leah Bown|name]]. Family friend [[Jess Slater|name]] ([[Bolehill|place]]) babysits [[Poppy|name]] sometimes.
Last hospital admission: Sheffield Children's, [[9 October|date]] to [[12 October|date]].
Paediatrician: Dr [[Okafor|name]]. Epilepsy nurse: [[Ruth Allsop|name]]. Physio: [[Gareth Lowe|name]] ([[Matlock|place]]).
Emergency contacts: [[Rob Gratton|name]] [[07519 642 087|phone]]; nan [[Linda Spendlove|name]], [[Middleton|place]]
([[01629 823 619|phone]]).
"""),
    ("OT email about equipment", """From: [[Sam Wheatcroft|name]] (Occupational Therapist)
To: Disabled Children's Team; [[Hannah Gratton|name]]
Date: [[6 Nov 2026|date]]
Subject: [[Oliver Gratton|name]] - hoist and bathroom

Hi all, I visited [[Olly|name]] at [[Oakerthorpe Rd|address]] on [[4/11|date]] with [[Hannah|name]]. [[Oliver|name]] is now 38kg and
[[Hannah|name]] is
lifting him up the stairs alone while [[Rob|name]] is away; she hurt her back on [[the 1st|date]]. The house (stone terrace in
[[Bolehill|place]]) has no downstairs toilet. I have ordered a ceiling track hoist and applied for a DFG to Derbyshire Dales
District Council. Neighbour Mr [[Kevin Buxton|name]] at [[no. 10|address]] helps with the wheelchair on the steps.
[[Sam|name]]
PS: [[Rob|name]] rang me on [[5/11|date]] from the M1; he'll be home on [[the 12th|date]] to see the hoist fitter, [[Dave Knowles|name]].
Cc: [[Leah Bown|name]] (SW); [[Claire Boden|name]]; DFG officer [[Martin Hurt|name]].
"""),
]

DOCS_E += [
    ("mother's voice note transcribed", """Voice note from [[Hannah Gratton|name]] to SW [[Leah Bown|name]], [[13/11/2026|date]] 03:12,
transcribed by [[L. Bown|name]]
"[[Leah|name]] it's [[Hannah|name]], sorry it's the middle of the night. [[Olly|name]]'s had three seizures since one o'clock, I've
done the buccal, he's settled now. [[Rob|name]]'s in [[Felixstowe|place]] with the lorry, he won't be back till Thursday
[[the 19th|date]]. [[Poppy|name]]'s up as well, she's got a test tomorrow at [[Gell|school]]. I can't do this on my own anymore. My
mum can't lift him since her hip. I rang [[Claire|name]] last week about the respite but nothing's happened. Please ring me on the
landline, [[01629 824 337|phone]], not my mobile, it's broke. Sorry. Bye."
(Second voice note, 03:20:) "And [[Leah|name]], [[Poppy|name]] says her friend [[Maisie|name]]'s mum in [[Wirksworth|place]]
can have her Friday. Thanks."
(Transcribed [[13/11|date]] 09:05. [[Leah|name]] rang [[Hannah|name]] back at 09:20 and [[Claire Boden|name]] at 09:40.)
"""),
    ("EHCP annual review minutes", """EHCP ANNUAL REVIEW - [[Oliver GRATTON|name]] - [[Alfreton Park Community Special School|school]]
Date: [[24 November 2026|date]]. Chair: Mrs [[Ingram|name]] (SENCo).
Present: [[Hannah Gratton|name]]; [[Leah Bown|name]] (SW); [[Sam Wheatcroft|name]] (OT); [[Claire Boden|name]] (nurse); Mr [[Jarvis|name]]
(class teacher, "Kingfisher" class).
[[Olly|name]] has made progress with eye-gaze; says "more" and "[[Poppy|name]]". Mum said the taxi driver [[Steve|name]] is "the best".
Sleep is the biggest issue. [[Leah|name]]: short breaks panel [[8 December|date]]; overnight at Spring Lodge in [[Matlock|place]]
proposed, 2 nights a month. Dad ([[Rob|name]]) sent views by email: wants a weekend break so the family can go to [[Skegness|place]].
Next review November 2027.
[[Poppy|name]]'s views (written): "I love [[Olly|name]] but I want one night of sleep." - [[Poppy Gratton|name]], [[24/11/26|date]].
Actions: Mrs [[Ingram|name]] to update section F; [[Sam|name]] to visit re hoist; [[Leah|name]] to take the plan to panel on
[[8/12|date]].
"""),
]


# --- F. Bagshaw / Wragg family (white British), Over Haddon; a mother's postnatal psychosis and a baby ------------------

HOME_F = d.Address("2 Lathkill Cottages", "Over Haddon", "Bakewell", "DE45 1JE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Isla", "Bagshaw")], dt.date(2026, 8, 30), addresses=[HOME_F], ids=["1775274063"]),
    _p("m", "mother", [("Sophie", "Bagshaw")], dt.date(1999, 5, 11), addresses=[HOME_F], phones=["07712 604 318"],
       ids=["JT 62 93 05 A"]),
    _p("f", "father", [("Jamie", "Wragg")], dt.date(1997, 11, 25), addresses=[HOME_F], phones=["07866 219 443"]),
], "c")

DOCS_F = [
    ("midwife's safeguarding referral", """COMMUNITY MIDWIFERY - SAFEGUARDING REFERRAL
Baby: [[Isla BAGSHAW|name]]  DOB [[30/08/2026|dob]]  NHS [[1775274063|nhs]]
Mother: [[Sophie Bagshaw|name]]  DOB [[11/05/1999|dob]]  NI [[JT 62 93 05 A|ni]]  tel [[07712 604 318|phone]]
Father: [[Jamie Wragg|name]]  tel [[07866 219 443|phone]]
Address: [[2 Lathkill Cottages|address]], [[Over Haddon|place]], [[DE45 1JE|postcode]]
Concern: day 10 visit [[9 September|date]]. [[Sophie|name]] not slept for 3 nights, saying the baby "isn't [[Isla|name]]" and
that people in [[Bakewell|place]] are watching her through the telly. [[Jamie|name]] frightened. Maternal mum [[Tracey Bagshaw|name]]
(lives [[Tideswell|place]]) came over. Crisis team called; [[Sophie|name]] admitted to the mother and baby unit in [[Derby|place]] on
[[10/09/2026|date]] with [[Isla|name]].
Midwife: [[Kerry Dakin|name]], Bakewell midwives hub. [[10.9.2026|date]]
[[Jamie|name]]'s mum [[Sandra Wragg|name]] lives in [[Hartington|place]]; [[Jamie|name]] staying there while [[Sophie|name]] is in
hospital.
Consultant on call: Dr [[Anjali Rao|name]]. Police not involved. HV informed ([[Joanne Ashmore|name]]).
"""),
    ("perinatal mental health discharge letter", """Perinatal Mental Health Service - discharge summary
[[22 October 2026|date]]
Patient: Miss [[Sophie Bagshaw|name]], [[2 Lathkill Cottages|address]], [[Over Haddon|place]]
Baby: [[Isla|name]] ([[30.08.26|dob]])
Diagnosis: postpartum psychosis, now in remission on olanzapine. Admitted [[10 September|date]] to [[19 October|date]].
[[Sophie|name]] has insight. Risk of relapse if sleep is lost. [[Jamie Wragg|name]] to do night feeds; [[Tracey|name]] to stay for
two weeks. Follow-up with Dr [[Anjali Rao|name]] (consultant) and CPN [[Mark Staley|name]] weekly at home.
Previously: cannabis use with [[Jamie|name]] - both say they stopped in 2025.
Cc: GP, Bakewell Medical Centre; HV [[Joanne Ashmore|name]]; SW [[Priya Lomas|name]]
Contacts: [[Jamie Wragg|name]] [[07866 219 443|phone]]; [[Tracey Bagshaw|name]], [[Tideswell|place]].
Next appointment: [[5 November 2026|date]] at home, [[Over Haddon|place]].
Signed: Dr [[A. Rao|name]], Consultant Perinatal Psychiatrist; [[Mark Staley|name]], CPN ([[07402 118 563|phone]]).
"""),
]

DOCS_F += [
    ("father's text messages to the CPN", """Texts from [[Jamie Wragg|name]] to CPN [[Mark Staley|name]] (copied to the file
[[2/11/26|date]])
[[29/10|date]] 02:14 sorry mate its [[jamie|name]]. [[soph|name]] not sleeping again, keeps checking [[isla|name]] is breathing
[[29/10|date]] 02:20 she says shes fine. i did the 2am feed
[[29/10|date]] 08:45 [[Mark|name]]: Thanks [[Jamie|name]]. I'll come at 11. Has she taken her meds?
[[29/10|date]] 08:47 ye. [[tracey|name]] went back to [[tideswell|place]] yday
[[31/10|date]] 23:30 my mate [[kieran|name]] brought weed round i told him to go. not having it in the house w [[isla|name]]
[[1/11|date]] 10:02 [[soph|name]] better today. we walked down to the river w the pram
[[1/11|date]] 10:05 my car is [[MX17 DHU|vehicle]] if the HV needs it for parking on [[monyash rd|address]]
[[3/11|date]] 19:40 [[soph|name]] asked if [[tracey|name]] can come for [[isla|name]]s jabs on the [[10th|date]]
[[4/11|date]] 08:15 [[Mark|name]]: Great to hear [[Jamie|name]]. See you Thursday with Dr [[Rao|name]].
"""),
    ("social worker's case note of a home visit", """CASE NOTE - home visit - [[Isla Bagshaw|name]]
SW: [[Priya Lomas|name]]   Date: [[26/11/2026|date]] 14:00   With: HV [[Joanne Ashmore|name]]
[[Sophie|name]] and [[Jamie|name]] at home; [[Isla|name]] (12 weeks) smiling, clean, gaining weight (red book seen).
[[Sophie|name]] said she goes to the baby group at the Methodist church in [[Bakewell|place]] on Tuesdays with a friend,
[[Ellie Mycock|name]].
She sees CPN [[Mark|name]] weekly. She stopped the olanzapine on [[20/11|date]] "because of the weight" - not agreed with Dr
[[Rao|name]]. Advised to ring him today. [[Jamie|name]] back at work (farm in [[Monyash|place]]), leaves at 5am.
Gran [[Tracey|name]] to come again from [[Tideswell|place]] on [[the 30th|date]].
Plan: child in need; next visit [[10 December|date]]; email Dr [[Rao|name]] ([[anjali.rao@dhcft.nhs.uk|email]]).
Neighbour Mrs [[Needham|name]] at [[no. 1|address]] [[Lathkill Cottages|address]] checks in daily. [[Jamie|name]]'s mum [[Sandra|name]]
([[Hartington|place]]) helps on Sundays.
Discussed with manager [[Lorna Fearn|name]] on [[27/11/2026|date]]: consider CP strategy if [[Sophie|name]] won't restart meds.
Seen: [[Isla|name]]'s cot (safe), moses basket; dog "Bramble". [[Sophie|name]] says friend [[Ellie|name]]'s partner
[[Josh Mycock|name]] gives lifts to
[[Bakewell|place]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 204 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:54 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "cpn", "nurse", "our", "me", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "mama", "tėtis", "močiutė"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "derbyshire",
               "derbyshire dales", "south yorkshire", "lithuania", "europe", "peak district", "hope valley"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Mrs Slack senior", "CPN Mark Staley") and counties and
# countries ("Lithuania", "Derbyshire", "South Yorkshire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
