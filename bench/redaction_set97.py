"""Set 97: a held-out hand-written set for the redaction detector, six more invented families in west Cornwall, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set94.py,
redaction_set95.py, redaction_set96.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first family's record and first document, and its checker tail: _PAIRS, NAME,
_TITLES, _AFTER, _NOT_PLACES and the HandSet line) and tests/test_redaction_set21.py (the layout and marking conventions
followed here), the docstrings of bench/redaction_set7.py to redaction_set93.py (printed with ast and searched only for towns
and communities, to see which towns and communities earlier sets used as a family's home), the `_party`, `Records` and
`HandSet` signatures of bench/redaction_handwritten.py, the first test of tests/test_redaction_set25.py, and the ruff settings
in pyproject.toml. One slip is recorded: the docstrings were dumped to /tmp/ds*.txt and searched with a wildcard that also
caught a few like-named files other sessions had left in /tmp (among them a ds94.txt); the only output of those files seen
was file names in lists of matches and a few short matched fragments of town and community names, no documents or markings.
Phone numbers were checked
with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families, all in west Cornwall, each from a town or district no earlier set (7 to 93) used as a family's home. Four
white British families: a boy of 15 criminally exploited on a county line between Redruth and Plymouth, living in
Plain-an-Gwarry, Redruth, with a nan in Lanner and a father in Camborne (Opie / Skewes; a drug arrest at Redruth station, a
missing episode to Exeter, a burn, a deal line phone, a MACE panel); a mother of 23 in Hellesveor, St Ives, whose baby of 11
months has an unexplained spiral fracture, with a grandmother in Ayr, St Ives, and a father named Ives (Trebilcock / Ives;
a neighbour's online concern, a child protection conference, a mother's angry Facebook post); a naval family on Parc
Eglos, Helston, with a father deployed from Culdrose and a grandmother in Porthleven (Chegwidden / Nankervis; a boy of 3 who
swallowed his parents' tablets, a mother's low mood, a compassionate return); and a girl of 16 in Copperhouse, Hayle, who
leaves home after her stepfather pushes her down the stairs and is privately fostered by a great-aunt in Falmouth (Eddy /
Penrose). Two from communities no earlier set used: a Faroese mother and a white British father in Penwerris, Falmouth, with
a grandmother in Tórshavn and an uncle in Klaksvík (Joensen / Poulsen; a boy of 11 fishing alone on a pontoon at night, a
father's drinking, a mother working on the ferries), and a Breton family in Newlyn, Penzance, with a grandmother in
Douarnenez (Le Goff / Kerbrat; a French crab-boat fisherman who strangles his partner in front of the children, a girl of
14 who writes to the judge, a boy of 9 wetting the bed). 24 documents, of types no earlier set used or in styles new to
these sets: a harbour master's duty log, a strategy discussion's minutes, a Messenger thread in Faroese and English
typed up by an interpreter, a social worker's phone notes dictated in the car, a Fishermen's Mission port officer's concern
form, a child and family assessment, a girl's letter to the family court, an education welfare officer's carbon-copy visit
slip, a child protection conference report, a health visitor's SystmOne entries, a mother's Facebook post OCR'd from a
screenshot, a public online concern form, a youth justice AssetPlus extract, an independent return home interview, a deal line
phone's texts from a police download, a child exploitation panel's minutes, an ambulance 999 call transcript, a paediatric
safeguarding discharge summary, a naval welfare officer's email, a family notebook kept at a grandmother's house, a private
fostering notification form, a police officer's pocket notebook typed for disclosure, a child in need review's minutes and a
girl's Snapchat chat OCR'd by a school.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Faroe Islands, France); NHS numbers and UPNs (LA number 908) pass their check
digits; NI numbers have a valid format. Councils are invented (Fal and Kerrier, Penwith), and so is the youth charity
(Kernow Youth Link) and the interpreting firm (Nordic Language Services); towns, districts, estates, villages, real schools,
real charities, NHS bodies, hospitals, police forces, naval bases, clubs, pubs, shops, brands and apps are real and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (see its docstring), which this set follows. [[words|kind]]
is a gold span. Titles, roles and kinship words stay outside the name span (Mr, Mrs, Miss, Mme, Dr, PC, PCSO, DC, DI, AB, Lt
Cdr, Daddy, Auntie, Nan, Mum, "amma", "Mamm-gozh" (Breton for grandmother), "maman", "papa", "Onkel"); "SURNAME, First" and
"SURNAME First" are one span; a first name with a surname initial is one span ("Gaz T", "wendy t"); initials alone ("NL", "TG",
"LR", "RC", "JH", "JQ", "M.N.", "T.R.", "L.C.") are not marked; a name, address or place broken by a line break is one span
holding the break; a street named without a number is an address, and so is a neighbour's bare house number ("no. 16",
"29", "20"); towns, villages, districts and estates are places, in any language or grammatical form ("Havnar" for Tórshavn,
"cambo", "redders", "plym", "fal"), while countries, regions and counties are not ("the Faroes", "Faroe Islands", "France",
"Finistère", "Cornwall"); organisations are not marked even when they hold a town's or person's name ("Edward Hain",
"Trescobeas Surgery", "Helston Medical Centre", "RNAS Culdrose", "Royal Cornwall Hospital", "Falmouth Health Centre",
"The Fishermen's Mission", "Nine Maidens centre"); landmarks stay unmarked ("Prince of Wales Pier", "St Elwyn's"); a boat's name
("Morvoren") is not a name.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Faroese name in a
grammatical case ("Róki" for Rókur) is a name and "Havnar" a place; a spoken house number in words ("Eighteen Parc Eglos") is
an address; an estate's name that is also a school's short form ("Parc Eglos" as the school) is marked by what it refers to;
a drug line contact's alias ("Smiley", "Benny", "Tiny", "K-Dog") is a name, like a nickname; a Snapchat display name that is a
person's plain first name ("MORGAN") is a name; a mother's alternative first name given in a record ("Becca" for Rebecca) is a
name; an air base ("RAF Brize Norton") and a naval air station ("Culdrose") are organisations; a station named by its town
marks the town ("[[Redruth]] station", "[[Exeter]] St Davids station"); a surname that is a town or a word ("Ives", "Penrose",
"Summer", "Brooke", "Tiny") is marked by what it refers to; a hospital number, an incident number, an exhibit number, a
collar number and a notebook number are not marked; a French postcode ("29100") and a Faroese one ("FO-100") are postcodes
where they appear.

Self-check without the detector: `python -m bench.redaction_set97` (and tests/test_redaction_set97.py) runs set 15's checker
on this set, adds this set's titles and kinship words and countries and regions, and prints the number of documents and gold
spans per kind: 24 documents, 949 gold spans, 444 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Joensen / Poulsen family (Faroese mother, white British father), Penwerris, Falmouth -------------------------------

HOME_A = d.Address("14 Penwerris Lane", "Penwerris", "Falmouth", "TR11 2PF")
AMMA_A = d.Address("Niels Finsens gøta 22", "", "Tórshavn", "FO-100")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Rókur", "Poulsen")], dt.date(2015, 6, 9), addresses=[HOME_A], ids=["5044413887", "K908185080664"],
       schools=["Penwerris Academy"]),
    _p("s", "sibling", [("Sunnva", "Poulsen")], dt.date(2019, 2, 17), addresses=[HOME_A], ids=["6302984386"]),
    _p("m", "mother", [("Bjørg", "Joensen")], dt.date(1990, 10, 4), addresses=[HOME_A], phones=["07812 447 309"]),
    _p("f", "father", [("Shane", "Poulsen")], dt.date(1986, 3, 28), addresses=[HOME_A], phones=["07968 215 774"],
       ids=["NE 44 18 62 B"]),
    _p("g", "grandparent", [("Turið", "Joensen")], addresses=[AMMA_A], phones=["+298 21 45 67"]),
    _p("p1", "professional", [("Tamsin", "Gluyas")], phones=["0300 123 4861"], emails=["tamsin.gluyas@fal-kerrier.gov.uk"]),
], "c")

DOCS_A = [
    ("harbour master's vessel incident log entry about a child on a pontoon", """FALMOUTH HARBOUR - DUTY LOG (extract)
Date: Saturday [[3 October 2026|date]]     Duty officer: [[Gareth Rowe|name]]     Patrol launch crew: [[Nick Lobb|name]],
[[Zoe Hichens|name]]
19:42  Call from Mr [[Peter Sandry|name]] (yacht "Morvoren", visitor berth E14), [[07701 288 946|phone]]: a boy about 11 on the
       visitor pontoon on his own, fishing with a handline, no lifejacket, been there "since before dark".
19:55  Launch alongside. Boy gave name as "[[Rókur|name]]", then "[[Rocky Poulsen|name]]", said he lives "up [[Penwerris|place]]" at
       [[14 Penwerris Lane|address]]. Said mum is "at work on the boat" and dad "is asleep". Cold, wet trainers, no coat.
20:05  Rang the number he gave for dad, [[07968 215 774|phone]]: no answer x3. Rang mum [[07812 447 309|phone]]: answered, strong
       accent, said she is a deckhand on the Flushing ferry till 21:00 and "[[Shane|name]] is home with him". Said she would ring
       her neighbour [[Maureen|name]] at [[no. 16|address]].
20:20  Police informed (Devon and Cornwall, 101). PCSO [[Kayleigh Rescorla|name]] attended from [[Falmouth|place]] station.
20:40  Neighbour Mrs [[Maureen Dunstan|name]] ([[16 Penwerris Lane|address]], [[TR11 2PF|postcode]]) came down to the Prince of
       Wales Pier and took the boy home with the PCSO. Boy calls his dad "pabbi" and [[Shane|name]].
21:15  PCSO rang back: father found at home, "unwell", younger child [[Sunnva|name]] (7) asleep upstairs. Referral to be made.
Entry by [[G. Rowe|name]] 21:30. Checked [[04/10/26|date]] [[NL|name]]."""),
    ("strategy discussion minutes", """Fal and Kerrier Council - Children's Social Care
STRATEGY DISCUSSION - MINUTES
Child: [[POULSEN, Rókur|name]] (DOB [[09/06/2015|dob]]) NHS [[504 441 3887|nhs]] UPN [[K908185080664|upn]]
Sibling: [[POULSEN, Sunnva|name]] (DOB [[17/02/2019|dob]]) NHS [[630 298 4386|nhs]]
Address: [[14 Penwerris Lane|address]], [[Falmouth|place]], [[TR11 2PF|postcode]]
Date: Monday [[5 October 2026|date]] 10:00, Teams
Present: [[Tamsin Gluyas|name]] (SW, chair), DS [[Rhys Penhaligon|name]] (CAIT), [[Wendy Tregenza|name]] (school nurse),
[[Oliver Jago|name]] (DSL, [[Penwerris Academy|school]]), Dr [[Ellen Moyle|name]] (GP, Trescobeas Surgery)
1. Information shared
Police: father [[Shane Poulsen|name]] (DOB [[28/03/1986|dob]], NI [[NE 44 18 62 B|ni]]) known for drink driving 2023; car
[[WK18 PXO|vehicle]] seized then. Two calls to [[14 Penwerris Lane|address]] in August (shouting). No DA disclosed.
School: [[Rókur|name]] (Y6) often late, hungry, talks about "Amma" in the Faroes and wants to go and live with her.
Attendance 84%. He told Mr [[Jago|name]] on [[29 September|date]] that "dad drinks the blue cans and sleeps on the floor".
Health: [[Sunnva|name]] missed two appointments at the Falmouth Health Centre; mother [[Bjørg Joensen|name]] works
long shifts on the ferries and at the fish merchant in [[Penryn|place]].
2. Decision: threshold met for s47 (neglect), single agency (CSC). Visit today with the school nurse.
3. Actions: TG to visit and speak to both children alone; DS [[Penhaligon|name]] to check the PNC for the grandmother's
partner, not needed (she lives in [[Tórshavn|place]]). Review [[12/10/2026|date]].
4. Chronology (from the school's and the police's records, read out by [[Oliver Jago|name]] and DS [[Penhaligon|name]])
[[02/03/2023|date]]  [[Shane Poulsen|name]] arrested for drink driving on the A39 near [[Penryn|place]], car [[WK18 PXO|vehicle]].
[[17/07/2025|date]]  Family move from [[Budock Water|place]] to [[14 Penwerris Lane|address]]; [[Rókur|name]] joins [[Penwerris
Academy|school]] from [[Budock Water School|school]].
[[11/08/2026|date]]  Neighbour Mrs [[Maureen Dunstan|name]] calls 101: shouting at [[no. 14|address]].
[[26/08/2026|date]]  Second call, from a passer-by, Mr [[Theo Ashby|name]] ([[07849 133 602|phone]]): a man asleep on the
      doorstep at 3 pm with a girl of about 7 sitting next to him.
[[29/09/2026|date]]  [[Rókur|name]] tells Mr [[Jago|name]] about "the blue cans".
[[03/10/2026|date]]  Harbour log: [[Rókur|name]] alone on the visitor pontoon at night.
Grandmother: Mrs [[Turið Joensen|name]], [[Niels Finsens gøta 22|address]], [[FO-100|postcode]] [[Tórshavn|place]],
[[+298 21 45 67|phone]].
Uncle: [[Jógvan Joensen|name]], [[Klaksvík|place]], [[+298 55 83 12|phone]]. Mother's friend [[Ragnhild Dam|name]] in [[Flushing|place]]
minds [[Sunnva|name]] on Saturdays."""),
]

DOCS_A += [
    ("Messenger thread in Faroese and English typed up and translated by an interpreter", """Facebook Messenger - exported from the
mother's phone with her consent on [[07/10/2026|date]], typed up by [[Sólrun Hansen|name]] (Faroese interpreter, Nordic Language
Services). Faroese in the left column as written, English after the slash. Times are the mother's phone's (UK).

Thread: "Amma & [[Bjørg|name]]"
[[Turið Joensen|name]] 18:02  Hvussu gongur hjá [[Róki|name]]? / How is it going with [[Rókur|name]]?
[[Bjørg|name]] 18:10  ikki gott mamma. [[shane|name]] drekkur aftur. / not good mum. [[shane|name]] is drinking again.
[[Bjørg|name]] 18:11  eg arbeiði til 9 á ferjuni, [[rókur|name]] fór oman á bryggjuna / i work till 9 on the ferry, [[rókur|name]]
went down
to the pier
[[Turið Joensen|name]] 18:15  Komið heim til [[Havnar|place]]. Tit kunnu búgva hjá mær í [[Niels Finsens gøtu 22|address]] /
Come home to [[Tórshavn|place]]. You can live with me at [[Niels Finsens gøta 22|address]]
[[Turið Joensen|name]] 18:16  [[Jógvan|name]] kann koma eftir tykkum. ring mær [[+298 21 45 67|phone]] / [[Jógvan|name]] can come for
you. ring me [[+298 21 45 67|phone]]
[[Bjørg|name]] 18:30  [[sunnva|name]] hevur ikki pass. og sosialurin í [[Falmouth|place]] vil tosa við meg mánadagin / [[sunnva|name]] has
no passport. and the social in [[Falmouth|place]] want to talk to me on monday
[[Turið Joensen|name]] 18:41  Onkel [[Jógvan Joensen|name]] býr í [[Klaksvík|place]] nú, [[+298 55 83 12|phone]]. Hann hjálpir.
/ Uncle [[Jógvan Joensen|name]] lives in [[Klaksvík|place]] now, [[+298 55 83 12|phone]]. He will help.
[[Bjørg|name]] 18:44  takk mamma ❤ / thanks mum ❤

Interpreter's notes: "[[Róki|name]]" is the grammatical form of [[Rókur|name]]; "[[Havnar|place]]" is the form of Havn, the usual
name for [[Tórshavn|place]]; "Amma" means grandmother and "sosialurin" is the social services. "Onkel" is uncle."""),
    ("social worker's phone notes dictated in the car after a home visit", """visit 14 penwerris ln 5/10 1530-1640 w/
[[wendy t|name]] (SN)
- mum [[bjorg|name]] home, dad [[shane|name]] NOT there, at his mate [[daz|name]]s on [[killigrew st|address]] per mum
- kitchen ok-ish, fridge milk/bread only, 11 empty cans in recycling
- [[rokur|name]] seen alone in his room, lego + faroese flag on wall. says dad "gets angry then sleepy". says he goes to the pier to
  fish cos its quiet + mr [[sandry|name]] gives him crisps. wants to live in [[torshavn|place]] w/ amma [[turid|name]]. 3 houses rule
  done: worries = dad drinking, mum tired. good = amma, fishing, his mate [[kit|name]] from [[penwerris|school]]
- [[sunnva|name]] (7) shy, clingy to mum, no marks seen, teeth poor
- mum says will go faroe islands at xmas w/ kids, flights from [[exeter|place]] [[19/12|date]] via [[copenhagen|place]]
- safety plan: no drinking when kids in care of dad, [[maureen|name]] at [[16|address]] as backup, mum to change shifts by
  [[12th|date]]. dad to be seen wed [[7th|date]] at [[falmouth|place]] office.
- TODO ring [[oliver jago|name]] re breakfast club, GP re [[sunnva|name]]'s teeth"""),
]


# --- B. Le Goff / Kerbrat family (Breton), Newlyn, Penzance --------------------------------------------------------------

HOME_B = d.Address("7 Trewarveneth Street", "Newlyn", "Penzance", "TR18 5JA")
MAMM_B = d.Address("12 rue Anatole France", "", "Douarnenez", "29100")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Maïwenn", "Le Goff")], dt.date(2012, 8, 21), addresses=[HOME_B], ids=["5997481093", "D908103569115"],
       schools=["Mounts Bay Academy"]),
    _p("s", "sibling", [("Erwan", "Le Goff")], dt.date(2016, 12, 2), addresses=[HOME_B], ids=["4273510294"],
       schools=["Newlyn School"]),
    _p("m", "mother", [("Gwenaëlle", "Kerbrat")], dt.date(1984, 5, 13), addresses=[HOME_B], phones=["07733 561 028"]),
    _p("f", "father", [("Yannick", "Le Goff")], dt.date(1981, 1, 30), addresses=[HOME_B], phones=["+33 6 71 28 54 09"]),
    _p("g", "grandparent", [("Soazig", "Kerbrat")], addresses=[MAMM_B], phones=["+33 2 98 44 17 63"]),
    _p("p1", "professional", [("Demelza", "Bolitho")], phones=["01736 362 814"], emails=["demelza.bolitho@penwith-cs.gov.uk"]),
], "c")

DOCS_B = [
    ("referral from a fishermen's mission port officer", """THE FISHERMEN'S MISSION - PORT OFFICER'S CONCERN FORM
Port: [[Newlyn|place]]        Completed by: [[Kevin Trembath|name]], port officer        Date: [[22 September 2026|date]]
Person of concern: [[Yannick LE GOFF|name]], skipper/crew, French crabber (Breton), lives ashore at [[7 Trewarveneth
Street|address]], [[Newlyn|place]] [[TR18 5JA|postcode]]; French mobile [[+33 6 71 28 54 09|phone]]
Children: [[Maïwenn|name]] (14) and [[Erwan|name]] (9). Mother: [[Gwenaëlle Kerbrat|name]], [[07733 561 028|phone]].

What I saw / was told:
On [[20/09|date]] at about 23:30 [[Yannick|name]] came into the Mission building on [[the Strand|address]] very drunk, with a cut
above his eye,
and said he had "left the house before I kill her". He said [[Gwen|name]] had thrown him out and he had "put his hand on her
throat, only to stop her screaming". He said the kids "saw everything". He slept on the sofa here. Our volunteer [[Jan Nicholls|name]]
stayed with him. In the morning he went back to his boat on the [[Newlyn|place]] fish market quay.
On [[21/09|date]] [[Maïwenn|name]] came to the Mission asking for her dad. She said "maman" had a red neck and that [[Erwan|name]]
has been wetting the bed. She asked us not to tell anyone because her dad will lose his job and they will "send us back to
[[Douarnenez|place]]". She said her grandmother [[Soazig|name]] there rings every Sunday.
Action: I rang the MASH on [[22/09/2026|date]] (spoke to [[Becky Polglase|name]]) and sent this form.
Signed: [[K. Trembath|name]]    Mobile: [[07456 310 772|phone]]    Email: [[kevin.trembath@fishermensmission.org.uk|email]]"""),
    ("child and family assessment extract", """PENWITH CHILDREN'S SERVICES - CHILD AND FAMILY ASSESSMENT (extract, sections 3 to 5)
Children: [[Maïwenn LE GOFF|name]] ([[21.08.2012|dob]]), NHS [[599 748 1093|nhs]], UPN [[D908103569115|upn]], Y10 at [[Mounts Bay
Academy|school]]; [[Erwan LE GOFF|name]] ([[02.12.2016|dob]]), NHS [[427 351 0294|nhs]], Y5 at [[Newlyn School|school]]
Social worker: [[Demelza Bolitho|name]], [[01736 362 814|phone]], [[demelza.bolitho@penwith-cs.gov.uk|email]]
Assessment started [[23/09/2026|date]]; completed [[28/10/2026|date]].

3. The family. [[Gwenaëlle|name]] (42) and [[Yannick|name]] (45) grew up in [[Douarnenez|place]] and [[Tréboul|place]], in
Finistère, and moved to [[Newlyn|place]] in 2019 when [[Yannick|name]] got work on a French-owned crabber landing here. They speak
French and some Breton at home; the children speak English at school. [[Maïwenn|name]] is proud of the Breton flag and of dancing
at the Fest Noz her aunt [[Nolwenn Kerbrat|name]] runs in [[Quimper|place]]. The maternal grandmother, Mme [[Soazig Kerbrat|name]],
lives at [[12 rue Anatole France|address]], [[29100|postcode]] [[Douarnenez|place]] ([[+33 2 98 44 17 63|phone]]), and has
offered to have the children.
4. What we are worried about. On [[20 September 2026|date]] [[Yannick|name]] put his hand round [[Gwenaëlle|name]]'s throat in
the kitchen, with both children present (see police log, PC [[Sam Lugg|name]]). [[Gwenaëlle|name]] told me there were earlier
incidents in [[Concarneau|place]] and on a visit to [[Mousehole|place]] in the summer. [[Erwan|name]] is wetting the bed and hides
under the stairs when a car stops outside. [[Maïwenn|name]] has missed 19 sessions since September; her friend [[Tegan Matthews|name]]
told the school she stays up to watch the door.
5. What is working well. [[Gwenaëlle|name]] called the police herself, is working with the IDVA [[Carys Oates|name]], and has
agreed to a non-molestation order. Neighbour Mr [[Arthur Kitto|name]] ([[no. 9|address]]) and the owner of the bakery on
[[The Coombe|address]], Mrs [[Jill Rodda|name]], both look out for the children. The head of [[Newlyn School|school]], Mr
[[Paul Harvey|name]], describes [[Erwan|name]] as "a lovely, anxious boy".
6. Chronology.
[[14/04/2019|date]]  Family arrive in [[Newlyn|place]]; first home a flat on [[Jack Lane|address]].
[[03/09/2019|date]]  [[Maïwenn|name]] starts at [[Gwavas|place]] ([[Newlyn School|school]]); [[Erwan|name]] at the nursery.
[[22/07/2024|date]]  Police called to a holiday let in [[Concarneau|place]] by the owner, M. [[Hervé Guillou|name]] - no action.
[[16/08/2026|date]]  Argument at the harbour in [[Mousehole|place]], seen by a friend of the family, [[Morwenna Bice|name]].
[[20/09/2026|date]]  Non-fatal strangulation at [[7 Trewarveneth Street|address]]; [[Yannick|name]] to the Mission on
      [[the Strand|address]].
[[21/09/2026|date]]  [[Maïwenn|name]] tells the port officer, [[Kevin Trembath|name]].
[[09/10/2026|date]]  Non-molestation order made at the Truro Combined Court; served by PC [[Sam Lugg|name]].
[[12/10/2026|date]]  EWO visit, [[J. Quick|name]]. [[Yannick|name]] staying in [[Heamoor|place]].
Aunt: Mme [[Nolwenn Kerbrat|name]], [[5 rue de Locmaria|address]], [[29000|postcode]] [[Quimper|place]], [[+33 6 12 40 87 55|phone]]."""),
]

DOCS_B += [
    ("a girl's handwritten letter to the family court photographed and typed up", """(typed from a photo of a letter in purple pen,
two pages, given to the social worker on [[3/11/26|date]]; spelling as written)

To the judge,
My name is [[Maïwenn|name]] but every one says [[Maï|name]] or [[Mai-Mai|name]]. I am 14 and I live in [[Newlyn|place]] with my mum
and my little brother [[Erwan|name]] (he is 9 and he is called [[Erwann|name]] with 2 n's by papi but thats wrong). I go to
[[mounts bay|school]] and I like art and the dancing.
I want to tell you what happend on the [[20th|date]]. Papa came home from the boat and him and maman were shouting in french
and then he had his hand on her neck and she went red and [[Erwan|name]] screamed. I rang [[Tegan|name]]'s mum ([[Lisa|name]])
because I didnt know the police number in England and she rang them. We stayed at [[Tegan|name]]s on [[Chywoone Hill|address]]
that night.
I love my papa but I dont want him at home til he stops drinking. Mamm-gozh [[Soazig|name]] says we can go to her in [[Douarnenez|place]]
for the holidays. I want to stay in Cornwall because of my friends and Miss [[Trewhella|name]] my art teacher.
Please can papa only see us at the café in [[Penzance|place]] with someone there, like [[Becky|name]] from the social.
From [[Maïwenn Le Goff|name]]
[[Maïwenn|name]] ([[21st August 2012|dob]])"""),
    ("education welfare officer's doorstep visit slip", """CHILDREN MISSING EDUCATION / ATTENDANCE - HOME VISIT SLIP (carbon copy,
scanned)
EWO: [[J. Quick|name]]          Date of visit: [[12-10-2026|date]]   Time: 09.15
Pupil: [[LE GOFF  Maiwenn|name]]     Yr: 10     School: [[MOUNTS BAY ACADEMY|school]]     UPN: [[D908103569115|upn]]
Address visited: [[7 Trewarveneth St|address]], [[NEWLYN|place]]   [[TR18 5JA|postcode]]
Seen: [X] pupil   [X] parent/carer (name: [[G. KERBRAT|name]])   [ ] nobody home - card left
Reason given: "anxious, will not leave mum". Mum says dad staying in [[Heamoor|place]] with a friend, [[Loïc|name]], on
[[Boscathnoe Lane|address]]. Not to come to the house (order served [[09/10|date]]).
Agreed: part-time timetable from Mon [[19/10|date]], to meet pastoral lead Mrs [[Sue Nance|name]], lift by aunt [[Nolwenn|name]]
while she is over from France ([[+33 6 12 40 87 55|phone]]).
Signed (parent): [[G Kerbrat|name]]        Signed (EWO): JQ"""),
]


# --- C. Trebilcock / Ives family (white British), Hellesveor, St Ives -----------------------------------------------------

HOME_C = d.Address("31 Hellesveor Close", "Hellesveor", "St Ives", "TR26 3AF")
NAN_C = d.Address("5 Ayr Terrace", "Ayr", "St Ives", "TR26 1ED")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Summer", "Trebilcock")], dt.date(2025, 11, 14), addresses=[HOME_C], ids=["7083506345"]),
    _p("s", "sibling", [("Brooke", "Trebilcock")], dt.date(2021, 4, 6), addresses=[HOME_C], ids=["4118206811"],
       schools=["St Ives Infant School"]),
    _p("m", "mother", [("Jade", "Trebilcock")], dt.date(2003, 9, 22), addresses=[HOME_C], phones=["07921 604 385"],
       ids=["PX 27 51 83 D"]),
    _p("f", "father", [("Mark", "Ives")], dt.date(1999, 7, 1), phones=["07849 132 660"]),
    _p("g", "grandparent", [("Pearl", "Trebilcock")], dt.date(1972, 12, 9), addresses=[NAN_C], phones=["01736 796 450"]),
    _p("p1", "professional", [("Hannah", "Berryman")], phones=["01736 575 112"], emails=["hannah.berryman@nhs.net"]),
], "c")

DOCS_C = [
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Summer TREBILCOCK|name]], DOB [[14/11/2025|dob]], NHS [[708 350 6345|nhs]]; [[Brooke TREBILCOCK|name]], DOB
[[06/04/2021|dob]], NHS [[411 820 6811|nhs]], Reception, [[St Ives Infant School|school]]
Address: [[31 Hellesveor Close|address]], [[Hellesveor|place]], [[St Ives|place]] [[TR26 3AF|postcode]]
Mother: [[Jade Trebilcock|name]] (DOB [[22/09/2003|dob]]; NI [[PX 27 51 83 D|ni]]; [[07921 604 385|phone]])
Father of both girls: [[Mark Ives|name]] (DOB [[01/07/1999|dob]]; [[07849 132 660|phone]]), of no fixed abode, sofa-surfing
in [[Carbis Bay|place]] and [[Lelant|place]]
Conference date: Thursday [[26 November 2026|date]], 10:00, [[Penzance|place]] One Stop Shop and Teams. Chair: [[Alun Pryce|name]]

Reason for conference. On [[2 November 2026|date]] [[Summer|name]], then 11 months, was taken by her grandmother Mrs [[Pearl
Trebilcock|name]] to the Minor Injuries Unit at the Edward Hain hospital with a spiral fracture of the left femur. She could not
walk and had not been weight-bearing for "a day or two". [[Jade|name]] said [[Summer|name]] fell from the sofa on the
[[31st|date]]. [[Mark|name]] said she "got her leg caught in the cot bars". Skeletal survey at the Royal Cornwall Hospital on
[[4/11/26|date]] found no other fractures. The consultant, Dr [[Anjali Rao|name]], said the injury needed a twisting force and the
accounts do not explain it.
Background. [[Jade|name]] was known to children's services as a child (care of her mother [[Pearl|name]] in [[Ayr|place]],
[[St Ives|place]], 2014-2016). She met [[Mark|name]] at 17. Police attended [[31 Hellesveor Close|address]] three times in 2026
([[14 Feb|date]], [[3 June|date]], [[19 August|date]]) for arguments; in August neighbour Mr [[Roy Penberthy|name]] at [[no. 29|address]]
reported a baby screaming "for an hour" and a man shouting "shut her up". [[Mark|name]] has a caution for assault on a previous
partner, [[Kirsty Ives|name]] (no relation, his cousin's ex) in [[Hayle|place]].
The health visitor, [[Hannah Berryman|name]], had seen [[Summer|name]] on [[8 October|date]] for her 9-12 month review: well, pulling
to stand, a small bruise on the cheek that [[Jade|name]] said was from [[Brooke|name]].
[[Brooke|name]] told her teacher Miss [[Morgan|name]] on [[3 November|date]] that "Daddy [[Mark|name]] was shouting at [[Summer|name]]
cos she wouldn't stop crying and then she cried loads more".
Recommendation: both children subject to a plan under the category of physical abuse; [[Summer|name]] to stay with Mrs
[[Trebilcock|name]] at [[5 Ayr Terrace|address]], [[TR26 1ED|postcode]] ([[01736 796 450|phone]]) under a safety plan while police
investigate (DC [[Ben Hosken|name]]); [[Mark|name]] not to have unsupervised contact.
Genogram (as drawn with [[Jade|name]] and [[Pearl|name]] on [[16/11/2026|date]]): [[Pearl Trebilcock|name]] (54, [[Ayr|place]]),
her partner [[Clive Hosking|name]] (61); her son [[Callum Trebilcock|name]] (27, in [[Bristol|place]]); [[Jade|name]]'s father
[[Darren Noall|name]] (died 2019); [[Mark Ives|name]]'s mother [[Sandra Ives|name]] ([[Hayle|place]]) and brother [[Dale Ives|name]]
([[Plymouth|place]], [[07388 640 129|phone]]); [[Brooke|name]]'s godmother [[Tasha Pollard|name]] ([[Carbis Bay|place]]).
Chronology: [[12/05/2021|date]] [[Brooke|name]] born at Treliske; [[18/03/2024|date]] family move from [[Penbeagle|place]] to
[[Hellesveor|place]]; [[14/11/2025|date]] [[Summer|name]] born; [[14/02/2026|date]], [[03/06/2026|date]], [[19/08/2026|date]]
police called; [[08/10/2026|date]] HV review; [[02/11/2026|date]] MIU; [[04/11/2026|date]] skeletal survey; [[05/11/2026|date]]
strategy discussion."""),
]

DOCS_C += [
    ("health visitor's electronic record entries pasted as plain text", """SystmOne - Health Visiting - [[Summer Trebilcock|name]]
(NHS [[7083506345|nhs]])
[[08 Oct 2026|date]] 10:14 [[Berryman Hannah|name]] (Health Visitor) Home visit
  9-12m review at [[31 Hellesveor Cl|address]]. Mum [[Jade|name]] + MGM [[Pearl|name]] present. ASQ all areas above cut-off. 2cm
  yellow bruise L cheek - mum: sister [[Brooke|name]] hit her with a toy. Non-mobile? No - cruising. Safeguarding supervision
  booked. Dad [[Mark|name]] "at work at the Sloop" (mum).
[[02 Nov 2026|date]] 16:40 [[Berryman Hannah|name]] (Health Visitor) Telephone - incoming
  Call from [[Sue Curnow|name]], nurse practitioner, MIU Edward Hain: [[Summer|name]] brought in by MGM, ? fractured femur,
  transferred to RCHT. Informed MASH ([[Ellie|name]]) 16:55.
[[05 Nov 2026|date]] 09:02 [[Berryman Hannah|name]] (Health Visitor) Strategy discussion
  Attended. Actions: HV to visit [[Brooke|name]] and [[Summer|name]] at MGM's, [[5 Ayr Terr|address]], [[St Ives|place]],
  weekly.
[[12 Nov 2026|date]] 11:30 [[Berryman Hannah|name]] (Health Visitor) Home visit
  At MGM's. [[Summer|name]] in hip spica, settled, feeding well. [[Pearl|name]] tired, works at the Co-op on
[[Tregenna Hill|address]] mornings;
  her friend [[Val Stevens|name]] from [[Halsetown|place]] helps with [[Brooke|name]]. [[Jade|name]] visits daily 2-5. Mum says
  [[Mark|name]] has gone to his brother [[Dale Ives|name]] in [[Plymouth|place]], new number [[07388 640 129|phone]].
[[26 Nov 2026|date]] 10:00 [[Berryman Hannah|name]] (Health Visitor) ICPC - see minutes."""),
    ("mother's Facebook post screenshot OCR'd into the file", """[screenshot OCR, saved by the police digital media officer
[[27/11/2026|date]]; line breaks as on the screen]

[[Jade Trebilcock|name]] is feeling angry.
2 h . [[St Ives|place]], United Kingdom .
so the social have took my babies off me and put them at my mums
in [[ayr|place]] because of a accident. [[summer|name]] FELL. i never hurt her and
neither did [[mark|name]] whatever u lot are saying in the co op. if
anyone seen [[mark|name]] tell him ring me [[07921604385|phone]] or message
[[pearl trebilcock|name]] i dont care what the conference said on
thurs. [[brooke|name]] is asking for daddy every night. [[kelly|name]]
from [[penbeagle|place]] u no what u did u grass
❤ 14   💬 31   ↗ 2
[[Tasha Pollard|name]]  stay strong hun xx
[[Kelly Ninnis|name]]  i only rang cos i heard her screaming thru the wall when i was at [[Roy|name]]s. get help [[jade|name]]
[[Shaun Stevens|name]]  hes in [[plymouth|place]] with [[dale|name]] mate"""),
]

DOCS_C += [
    ("online referral form from a member of the public", """CORNWALL MASH - ONLINE CONCERN FORM (public) - submission 2026-08-19T23:47
Your name (optional): [[Roy Penberthy|name]]
Your phone or email (optional): [[roypenb58@gmail.com|email]]
Child's name (if known): baby girl, I think called [[Summer|name]] or [[Sunny|name]], and a little girl [[Brooke|name]] about 5
Child's address: next door to me, [[31 Hellesveor Close|address]] - I am at [[29|address]]. [[ST IVES|place]] [[TR26 3AF|postcode]]
Parents' names: [[Jade|name]] (mum) and her boyfriend [[Mark|name]] I dont know surname, maybe [[Ives|name]] like the town
What are you worried about?
tonight from about 10.30 the baby was screaming for more than an hour and the man was shouting "shut her up" and "I'll throw
her out the window". Banging on the wall. This is the third time since june. The mum is only young, her mum [[Pearl|name]] lives
in [[Ayr|place]] and is nice, I have her number somewhere. Also a lad called [[Kyle|name]] comes round on a black moped late at night
(reg [[WK71 HZN|vehicle]]). I rang 999 as well at 23.20. I used to live near them on [[Trenwith Lane|address]] at [[Penbeagle|place]]
too before I moved here on [[3/3/2025|date]].
Are the children in danger now? maybe
Can we contact you? yes but please dont tell them its me"""),
]


# --- D. Opie / Skewes family (white British), Plain-an-Gwarry, Redruth ---------------------------------------------------

HOME_D = d.Address("9 Plain-an-Gwarry", "Plain-an-Gwarry", "Redruth", "TR15 1JE")
DAD_D = d.Address("Flat 3, 22 Fore Street", "", "Camborne", "TR14 8BB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Opie")], dt.date(2011, 3, 15), addresses=[HOME_D], ids=["6995194640", "Q908158685889"],
       schools=["Redruth School"]),
    _p("s", "sibling", [("Lacey", "Skewes")], dt.date(2014, 7, 27), addresses=[HOME_D], ids=["4223294865", "V908127238556"],
       schools=["Trewirgie Junior School"]),
    _p("m", "mother", [("Nicola", "Skewes")], dt.date(1989, 2, 11), addresses=[HOME_D], phones=["07557 903 418"],
       ids=["JT 63 20 47 C"]),
    _p("f", "father", [("Craig", "Opie")], dt.date(1987, 6, 19), addresses=[DAD_D], phones=["07812 440 913"]),
    _p("p1", "professional", [("Lowenna", "Retallack")], phones=["01209 214 773"], emails=["lowenna.retallack@kerrier-cs.gov.uk"]),
], "c")

DOCS_D = [
    ("youth justice service AssetPlus extract", """YOUTH JUSTICE SERVICE - ASSETPLUS (extract: personal details, explanations, pathways)
Name: [[OPIE, Kayden Craig|name]]      Known as: [[Kay|name]], "[[K-Dog|name]]" (street name, see below)
DOB: [[15/03/2011|dob]]   Age: 15   NHS: [[699 519 4640|nhs]]   UPN: [[Q908158685889|upn]]
Address: [[9 Plain-an-Gwarry|address]], [[Redruth|place]], [[TR15 1JE|postcode]] (mother, [[Nicola SKEWES|name]], [[07557 903 418|phone]])
Education: [[Redruth School|school]] Y11, on a reduced timetable since [[04/09/2026|date]]; alternative provision two days a week
at the Nine Maidens centre in [[Pool|place]].
Case manager: [[Lowenna Retallack|name]] ([[01209 214 773|phone]], [[lowenna.retallack@kerrier-cs.gov.uk|email]])

Offence: possession with intent to supply (class A, 14 wraps), arrested Friday [[16 October 2026|date]] at [[Redruth|place]] station
on arrival from [[Plymouth|place]] by BTP (PC [[Dan Rickard|name]]). A second phone found on him with the contact "[[Smiley|name]]"
and texts to numbers across [[Camborne|place]], [[Illogan|place]], [[Carharrack|place]] and [[St Day|place]].
Explanation: [[Kayden|name]] says he owed money to an older boy, [[Jordan Vague|name]] (18, of [[Tolgus Mount|place]]), after his
bike was "stolen" from outside the Co-op on [[Clinton Road|address]]. He was told to "go [[Plymouth|place]]" and bring a parcel back
to a flat in [[Treleigh|place]]. He did this on [[3 Oct|date]], [[10 Oct|date]] and [[16 Oct|date]]. He stayed one night at an
address he called "the [[Devonport|place]] flat", [[Flat 12|address]], with a man called "[[Benny|name]]".
Family: father [[Craig Opie|name]] ([[Flat 3, 22 Fore Street|address]], [[Camborne|place]] [[TR14 8BB|postcode]]; [[07812 440 913|phone]])
in and out of custody; mother works nights at the Tesco in [[Pool|place]]; half-sister [[Lacey Skewes|name]] (12) is at
[[Trewirgie Junior|school]] (UPN [[V908127238556|upn]]); nan [[Carol Skewes|name]] in [[Lanner|place]] is "the one who
always answers". Girlfriend [[Paige Tonkin|name]] (15), [[Camborne Science|school]].
NRM referral made [[19/10/2026|date]] by [[L Retallack|name]]. CE screening tool: high.
Pathways and places (from the YOT's map exercise with [[Kayden|name]] on [[21/10/2026|date]]):
- "safe": nan's at [[4 Bell Veor|address]], [[Lanner|place]]; the skate park at Victoria Park; his uncle [[Robbie
  Skewes|name]]'s garage in [[Four Lanes|place]]; [[Paige|name]]'s house on [[Trevingey Road|address]].
- "not safe": [[Tolgus Mount|place]] ([[Jordan|name]]); the flats above the takeaway on [[Fore Street|address]], [[Redruth|place]];
  [[Tuckingmill|place]] ([[Gaz|name]]); the [[Stoke|place]] flat in [[Plymouth|place]]; [[Newtown|place]] in [[Exeter|place]].
- people he trusts: [[Carol Skewes|name]] (nan, [[01209 821 466|phone]]); his boxing coach at [[Pool|place]], [[Ricky Bray|name]];
  Mrs [[Lisa Harvey|name]] (TA, [[Redruth School|school]]); his sister [[Lacey|name]] ("[[Lace|name]]")."""),
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (independent, Kernow Youth Link)
Young person: [[Kayden Opie|name]] (15)          Missing from: home, [[Redruth|place]]
Missing: Saturday [[24 October 2026|date]] 18:00 to Monday [[26 October 2026|date]] 07:10 (found by police at [[Exeter|place]] St
Davids station)
Interview: [[28/10/2026|date]], at the McDonald's in [[Pool|place]] (his choice). Worker: [[Jess Curnow|name]]

Where were you? "[[Plymouth|place]] then [[Exeter|place]]." He stayed Saturday night with "[[Benny|name]]" and someone called
"[[Tiny|name]]" at a flat on [[Albert Road|address]], [[Stoke|place]] ([[Plymouth|place]]). Sunday he was taken in a grey Audi, reg
"something like [[WU19 KFD|vehicle]]", to [[Exeter|place]] and left at a flat in [[Newtown|place]].
Who knew where you were? His mate [[Tyler|name]] from [[Pengegon|place]]. Not his mum.
Were you hurt? He showed me a burn on his forearm; said "[[Benny|name]]'s lighter, for a joke".
What would help? "Getting out of [[Redruth|place]]." Moving in with his nan [[Carol|name]] at [[4 Bell Veor|address]],
[[Lanner|place]] [[TR16 6AN|postcode]]. He does not want his dad told anything.
Shared with: [[Lowenna Retallack|name]] (YJS), DC [[Eve Chenoweth|name]] (exploitation team), [[Nicola Skewes|name]] (mother),
[[29 Oct|date]]."""),
]

DOCS_D += [
    ("a deal line phone's texts from a police download", """MOBILE PHONE DOWNLOAD - SMS EXTRACT (exhibit DR/4, handset 2 seized
from [[OPIE|name]] on [[16/10/2026|date]])
Contact names as saved in the handset. > outgoing, < incoming. Numbers of users not in the contacts shown in full.
[[14/10/2026|date]] 07:58 < [[Smiley|name]]: line on. u in [[redruth|place]] or [[cambo|place]] today
[[14/10/2026|date]] 08:03 > [[Smiley|name]]: redders. at my nans in [[lanner|place]] til 10
[[14/10/2026|date]] 10:41 < [[Gaz T|name]]: 2 b @ tesco [[pool|place]] 11
[[14/10/2026|date]] 10:44 > [[Gaz T|name]]: ok
[[14/10/2026|date]] 12:17 < [[07456 310 772|phone]]: its [[shelley|name]] [[chels|name]] mate. 1 w to [[treleigh|place]]
[[chapel st|address]]
[[14/10/2026|date]] 12:20 > [[07456 310 772|phone]]: 20 mins
[[14/10/2026|date]] 15:02 < Mum: where r u [[kay|name]] ur nan said u left at 9
[[14/10/2026|date]] 15:09 > Mum: with [[paige|name]] in [[cambo|place]]
[[15/10/2026|date]] 22:48 < [[Smiley|name]]: u owe 340. [[benny|name]] says ur going up [[plym|place]] tmrw. train 0730 from
[[redruth|place]] or he comes [[plain an gwarry|place]] n sees ur mum
[[15/10/2026|date]] 22:51 > [[Smiley|name]]: pls not my mum. ill go
[[16/10/2026|date]] 06:55 < [[Lacey|name]]: [[kaykay|name]] where r u goin. mum is crying
[[16/10/2026|date]] 06:57 > [[Lacey|name]]: school. go back bed [[lace|name]] x
[[16/10/2026|date]] 13:40 < [[Smiley|name]]: u on it? [[tiny|name]] meets u at [[devonport|place]] station 2pm
Officer's note: "cambo" is [[Camborne|place]], "redders" is [[Redruth|place]], "plym" is [[Plymouth|place]]; "b" and "w" are drug
slang (brown, white). Exhibit produced by DC [[Eve Chenoweth|name]], [[20/10/2026|date]]."""),
    ("child exploitation panel minutes", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - WEST - MINUTES
Date: [[5 November 2026|date]]         Chair: DI [[Morwenna Tresidder|name]]          Minutes: [[Harriet Bone|name]]
Attending: [[Lowenna Retallack|name]] (YJS), [[Jess Curnow|name]] (Kernow Youth Link), [[Gareth Pollard|name]] (DSL, [[Redruth
School|school]]), [[Nerys Teague|name]] (CSC), BTP PC [[Dan Rickard|name]], [[Jim Odgers|name]] (housing)

Item 3. [[Kayden OPIE|name]] (15, [[Plain-an-Gwarry|place]])
Summary from LR: three trips to [[Plymouth|place]] in October, a missing episode to [[Exeter|place]] ([[24-26 October|date]]), a
burn. Named adults: "[[Benny|name]]" (believed [[Benjamin Okafor-Reid|name]], 24, [[Stoke|place]], [[Plymouth|place]]), "[[Tiny|name]]"
(not identified), [[Jordan Vague|name]] (18, [[Tolgus Mount|place]]), [[Gary Trathen|name]] ("[[Gaz T|name]]", 31,
[[Tuckingmill|place]]) as a user and runner. Vehicle [[WU19 KFD|vehicle]] registered to a hire firm in [[Bristol|place]].
Housing: [[Jim|name]] said [[Nicola Skewes|name]] has asked to move; a swap to [[Helston|place]] or [[Penryn|place]] may be possible
through Homechoice.
Actions: disruption visit to [[Trathen|name]] (DI [[Tresidder|name]]); child abduction warning notice for [[Vague|name]]; [[Kayden|name]]
to move to his nan Mrs [[Carol Skewes|name]] in [[Lanner|place]] with a support package; [[Lacey|name]] (12) to be seen at
[[Trewirgie|school]] by the school nurse. Next panel [[3 December 2026|date]]."""),
]


# --- E. Chegwidden / Nankervis family (white British, a naval father), Parc Eglos, Helston ----------------------------------

HOME_E = d.Address("18 Parc Eglos", "", "Helston", "TR13 8UP")
GRAN_E = d.Address("2 Chapel Terrace", "", "Porthleven", "TR13 9DT")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Isla", "Chegwidden")], dt.date(2018, 10, 30), addresses=[HOME_E], ids=["4088933141", "F90823548192"],
       schools=["Parc Eglos School"]),
    _p("s", "sibling", [("Alfie", "Chegwidden")], dt.date(2023, 5, 8), addresses=[HOME_E], ids=["7989019892"]),
    _p("m", "mother", [("Becca", "Nankervis"), ("Rebecca", "Nankervis")], dt.date(1995, 4, 25), addresses=[HOME_E],
       phones=["07557 903 481"]),
    _p("f", "father", [("Lewis", "Chegwidden")], dt.date(1993, 8, 17), addresses=[HOME_E], phones=["07921 604 358"]),
    _p("g", "grandparent", [("Margaret", "Nankervis")], addresses=[GRAN_E], phones=["01326 573 201"]),
    _p("p1", "professional", [("Kerensa", "Hendy")], phones=["01326 318 559"], emails=["kerensa.hendy@kerrier-cs.gov.uk"]),
], "c")

DOCS_E = [
    ("ambulance service 999 call transcript", """SOUTH WESTERN AMBULANCE SERVICE - CLINICAL HUB - CALL TRANSCRIPT (audio to text,
checked by [[P. Uren|name]])
Incident 26/1109/0388      Date/time: [[09/11/2026|date]] 02:14:07      Call-back number: [[07557 903 481|phone]]
Location given: [[18 Parc Eglos|address]], [[Helston|place]], [[TR13 8UP|postcode]]

CALL HANDLER: Ambulance service, is the patient breathing?
CALLER: My little boy, he's had something, I found the tablets on the floor, he's three, [[Alfie|name]], he's really sleepy--
CALL HANDLER: OK, what's the address?
CALLER: [[Eighteen Parc Eglos|address]], [[Helston|place]]. Near the school.
CALL HANDLER: And your name?
CALLER: [[Becca|name]]. [[Rebecca Nankervis|name]]. His dad's away on the ship, [[Lewis|name]], he's in the Gulf--
CALL HANDLER: What tablets, [[Rebecca|name]]?
CALLER: My sertraline and, and [[Lew|name]]'s tramadol from his back, I don't know how many. [[Isla|name]] says he was eating
sweets. [[Isla|name]], go and get [[Jan|name]] next door, go on. Number 20.
CALL HANDLER: Is he breathing normally?
CALLER: He's snoring, like... [unclear] ... he won't wake up properly.
[02:16:50] CALLER: My neighbour's here. [[Jan|name]], can you hold the door.
NEIGHBOUR: It's [[Janet Curnow|name]] from [[20|address]], I'm a carer, he's breathing but he's floppy.
[02:19:31] Crew on scene. Call ended.
Note: the caller's "[[Eighteen Parc Eglos|address]]" (spoken) is the address; crew conveyed the child to the Royal Cornwall Hospital,
[[Truro|place]]."""),
]

DOCS_E += [
    ("paediatric ward safeguarding discharge summary", """ROYAL CORNWALL HOSPITALS NHS TRUST - Polwhele Ward (Paediatrics) -
SAFEGUARDING DISCHARGE SUMMARY
Patient: [[CHEGWIDDEN, Alfie|name]]   DOB: [[08-May-2023|dob]]   NHS No: [[798 901 9892|nhs]]   Hosp No: RCH4471902
Address: [[18 Parc Eglos|address]], [[HELSTON|place]], [[TR13 8UP|postcode]]
Admitted: [[09-Nov-2026|date]] 03:05      Discharged: [[11-Nov-2026|date]] 14:30
Consultant: Dr [[Fiona McAllister|name]]      Named nurse for safeguarding: [[Gemma Thorne|name]]
Diagnosis: accidental ingestion of mother's sertraline and father's tramadol (est. 3 x 50 mg tramadol). Naloxone given x2 in ED.
Observed 48h, no further concerns.
Social history: mother [[Rebecca Nankervis|name]] (known as [[Becca|name]]); father [[Lewis Chegwidden|name]], Royal Navy,
deployed (HMS, on
operations, back mid-December); sister [[Isla|name]] (8) at [[Parc Eglos School|school]]. Mother tearful, says she has been
"low since [[Lewis|name]] went" and took an extra tablet that night; the box was left on the bedside table. Maternal grandmother
Mrs [[Margaret Nankervis|name]], [[2 Chapel Terrace|address]], [[Porthleven|place]] [[TR13 9DT|postcode]], [[01326 573 201|phone]],
stayed on the ward.
Discharge plan: home to [[Porthleven|place]] with grandmother for one week, mother with them; GP (Helston Medical Centre) to review
mother's mood; HV [[Laura Pengelly|name]] to visit; social worker [[Kerensa Hendy|name]] ([[01326 318 559|phone]]) informed
[[10/11/2026|date]]; Naval Service Family welfare officer (Lt Cdr [[Ross Jameson|name]], Culdrose) informed with mother's consent.
Medicines to be locked away: a lockable box given.
Contacts on discharge: GP Dr [[Ashworth|name]]; HV [[Laura Pengelly|name]] ([[01326 565 703|phone]]); SW [[Kerensa Hendy|name]]
([[kerensa.hendy@kerrier-cs.gov.uk|email]]); school DSL [[Gail Tresize|name]], [[Parc Eglos School|school]]; aunt [[Stephanie
Nankervis|name]] ([[Gosport|place]], [[07849 133 260|phone]]); neighbour [[Janet Curnow|name]] ([[20 Parc Eglos|address]]).
Previous attendances: [[Isla|name]] - ED [[14/06/2022|date]] (head bump, [[Mullion|place]]), MIU Helston [[30/08/2024|date]]
(scald, small); [[Alfie|name]] - none. Father's base: Culdrose; father's previous address [[Seaview Crescent|address]],
[[Mullion|place]], [[TR12 7HJ|postcode]], to January 2025."""),
    ("naval welfare officer's email to the social worker", """From: [[Ross Jameson|name]] <[[ross.jameson100@mod.gov.uk|email]]>
Sent: [[12 November 2026|date]] 09:48
To: [[Kerensa Hendy|name]] <[[kerensa.hendy@kerrier-cs.gov.uk|email]]>
Cc: [[Sarah Oakes|name]] (NSF, [[Plymouth|place]])
Subject: RE: [[Chegwidden|name]] - AB(WS) [[L Chegwidden|name]] - compassionate return

Morning [[Kerensa|name]],

Thanks for the call yesterday. I've spoken to the ship. AB [[Chegwidden|name]] will be flown home on compassionate grounds, landing
at RAF Brize Norton on Sun [[15th|date]] and with the family in [[Porthleven|place]] by the evening. He's asked that you ring
him on his own mobile [[07921 604 358|phone]] rather than through the ship.

For context (shared with his consent): he has had two back operations and the tramadol was prescribed by the MO at Culdrose.
He says [[Becca|name]] has struggled every deployment, the last one while they lived in married quarters at [[Seaview
Crescent|address]], [[Mullion|place]] (so [[Mullion|place]] is where [[Isla|name]]'s old friends are - she still talks about
[[Poppy|name]] and [[Freya
Lugg|name]]). [[Becca|name]]'s sister, [[Steph|name]], is in [[Gosport|place]] and may come down.

Happy to join the meeting on [[18/11|date]]. My number here is [[01326 552 874|phone]].

Kind regards,
[[Ross|name]]
Lt Cdr [[R Jameson|name]] RN | Family Welfare | RNAS Culdrose, [[Helston|place]]"""),
]

DOCS_E += [
    ("shared family notebook kept at the grandmother's house", """[exercise book kept on the dresser at [[2 Chapel Tce|address]],
[[Porthleven|place]], for everyone helping; photographed
[[20/11/26|date]] with the family's agreement; hands: grandmother, mother, family support worker, father]

Fri [[13th|date]] - [[Alfie|name]] ate all his tea, bath, bed 7. [[Isla|name]] to [[Parc Eglos|school]] by bus w/ [[Kayla|name]] from
[[no 4|address]]. [[Becca|name]] slept till 11, went to Dr [[Ashworth|name]] at 3, new tablets IN THE BOX. - Mum (M.N.)
Sat [[14/11|date]] - went to the harbour + chips at the Ship. [[Isla|name]] asked if [[Alfie|name]] will die again. told her no
my darling. [[Steph|name]] rang from [[Gosport|place]], coming Weds. - [[Becca|name]]
Mon [[16.11|date]] FSW visit 10-11.30 [[Tegen Rowe|name]] ([[07388 641 920|phone]]). Routine chart up on the fridge. Meds box key
with Nan. [[Lewis|name]] home since last night. Talked about the [[18th|date]] meeting in [[Helston|place]] - [[Kerensa|name]]
will come here instead. Next visit [[Thurs 19th|date]]. T.R.
Tues - [[Lew|name]] here. Took kids to see the boats at the cove in [[Mullion|place]] + [[Poppy|name]]'s mum [[Tanya|name]]
([[Tanya Hart|name]],
[[01326 241 307|phone]]) for tea in [[Ruan Minor|place]]. [[Isla|name]] happy. L.C.
Weds - [[Steph|name]] here with her boy [[Tyler-Jay|name]]. [[Becca|name]] up and dressed by 9!! x"""),
]


# --- F. Eddy / Penrose family (white British), Copperhouse, Hayle ---------------------------------------------------------

HOME_F = d.Address("6 Tolroy Road", "Copperhouse", "Hayle", "TR27 4QX")
AUNT_F = d.Address("41 Killigrew Street", "", "Falmouth", "TR11 3PN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kelsey", "Eddy")], dt.date(2010, 1, 19), addresses=[HOME_F, AUNT_F], ids=["5462162979", "C908215185759"],
       schools=["Penpol School", "Hayle Academy"]),
    _p("m", "mother", [("Donna", "Eddy")], dt.date(1983, 11, 2), addresses=[HOME_F], phones=["07456 310 727"],
       ids=["KL 08 37 95 A"]),
    _p("f2", "stepfather", [("Wayne", "Penrose")], dt.date(1979, 6, 6), addresses=[HOME_F], phones=["07968 215 747"]),
    _p("a", "aunt", [("Sharon", "Eddy")], addresses=[AUNT_F], phones=["01326 318 595"]),
    _p("p1", "professional", [("Rhiannon", "Carne")], phones=["01736 336 614"], emails=["rhiannon.carne@penwith-cs.gov.uk"]),
], "c")

DOCS_F = [
    ("private fostering notification form", """NOTIFICATION OF A PRIVATE FOSTERING ARRANGEMENT (Children Act 1989, s66) - form PF1
Section A - the child
Surname: [[EDDY|name]]    First name(s): [[Kelsey Louise|name]]    Known as: [[Kels|name]]    Date of birth: [[19 / 01 / 2010|dob]]
NHS number: [[546 216 2979|nhs]]    UPN: [[C908215185759|upn]]    School: [[Hayle Academy|school]] (Y11)
Home address of parent(s): [[6 Tolroy Road|address]], [[Copperhouse|place]], [[Hayle|place]]   Postcode: [[TR27 4QX|postcode]]
Section B - the private foster carer
Name: [[Sharon Eddy|name]] (relationship: great-aunt - NB not a close relative under the Act)
Address: [[41 Killigrew Street|address]], [[Falmouth|place]], [[TR11 3PN|postcode]]    Tel: [[01326 318 595|phone]]
Others in the household: [[Dennis Hoskin|name]] (partner, 66); lodger [[Kieran Drew|name]] (24) - DBS needed
Section C - the parents
Mother: [[Donna Eddy|name]], [[07456 310 727|phone]], NI [[KL 08 37 95 A|ni]]   Father: [[Jason Moyle|name]], whereabouts
unknown (last heard of in [[Newquay|place]], 2022)   Stepfather: [[Wayne Penrose|name]], [[07968 215 747|phone]]
Section D - the arrangement
Began: [[1st November 2026|date]]. Expected to last: "till she finishes her GCSEs". Reason: [[Kelsey|name]] left home after rows with
her stepfather; she says he pushed her down the stairs on [[30/10|date]]. Mum agrees she can stay. Transport to school: bus from
[[Falmouth|place]] to [[Hayle|place]] via [[Camborne|place]], or a taxi paid by mum.
Notified by: [[S. Eddy|name]] on [[4/11/2026|date]]. Received: [[R Carne|name]], [[Penzance|place]] office."""),
]

DOCS_F += [
    ("police officer's pocket notebook entries typed up for disclosure", """PNB 0048211 - PC 4172 [[HOCKING|name]] - typed for
disclosure by [[J Hocking|name]], [[06/11/2026|date]]
[[30/10/26|date]]  2140  Dispatched to [[6 Tolroy Rd|address]], [[Copperhouse|place]], [[Hayle|place]] re female youth injured.
2152  At scene w/ PC [[Kate Laity|name]] 3390. Met by [[Donna EDDY|name]] (DOB [[02/11/83|dob]]) who says daughter [[Kelsey|name]]
      fell on stairs. Strong smell of intox. [[Wayne PENROSE|name]] (DOB [[06/06/79|dob]]) in lounge, states "she went for me,
      I moved out the way". Red mark on his cheek.
2200  Spoke to [[Kelsey EDDY|name]] (16) in kitchen alone. States [[Wayne|name]] "shoved me, I went down four steps". Graze L elbow,
      swelling R ankle. States "I'm going to Auntie [[Sharon|name]]'s in [[Falmouth|place]], I'm not staying here".
2215  Neighbour at [[no. 8|address]], Mr [[Ashley Thomas|name]], states he heard a bang and a scream then "the door going".
2230  Auntie [[Sharon EDDY|name]] collected [[Kelsey|name]] in a silver Fiesta [[WF63 TYK|vehicle]]. Her address
[[41 Killigrew St|address]],
      [[Falmouth|place]].
2240  [[PENROSE|name]] words: "She's not my kid, [[Donna|name]] can sort her". No arrest; crime raised (assault, DA); PPN to MASH.
2300  Resumed. JH"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Child: [[Kelsey EDDY|name]] (16) - now privately fostered by her great-aunt in [[Falmouth|place]]
Date: Tuesday [[1 December 2026|date]], 16:00, [[Hayle|place]] Library meeting room
Present: [[Rhiannon Carne|name]] (SW, chair) [[01736 336 614|phone]]; [[Kelsey|name]]; [[Sharon Eddy|name]]; [[Donna Eddy|name]] (for
part); Mr [[Ollie Bray|name]] (Head of Y11, [[Hayle Academy|school]]); [[Ceri Lanyon|name]] (bereavement
worker)
1. How is [[Kelsey|name]]? She is settled at [[Killigrew Street|address]] and likes the walk to the bus. Attendance up
from 71% to 93%. She misses her dog and her best friend [[Morgan Rule|name]] who lives on [[Foundry Square|address]]. She sees her
nan's grave at St Elwyn's on Sundays (her nan, [[Joan Eddy|name]], died on [[17 June 2026|date]] - this is when things got worse at home).
2. Home. [[Donna|name]] says [[Wayne|name]] moved out on [[20/11|date]] to his brother's in [[Connor Downs|place]] but [[Kelsey|name]]
says he was at [[Tolroy Road|address]] on [[28 November|date]]. [[Donna|name]] was upset and left the meeting.
3. Plan. PF visits every 6 weeks (RC); DBS for [[Kieran Drew|name]] received clear on [[24/11/2026|date]]; [[Kelsey|name]] to
apply for Truro and Penwith College for September; contact with mum on Saturdays in [[St Ives|place]] or [[Hayle|place]]; no
contact with Mr [[Penrose|name]]. Next review [[2 March 2027|date]].
Contacts: [[Sharon Eddy|name]] [[01326 318 595|phone]]; [[Donna Eddy|name]] [[07456 310 727|phone]]; [[Kelsey|name]]'s own mobile
[[07701 289 964|phone]]; school [[Hayle Academy|school]] (tutor Ms [[Priya Nair|name]]); Y6 teacher from [[Penpol|school]] she
still sees, Mrs [[Lorna Bassett|name]]; [[Morgan Rule|name]] ([[Foundry Square|address]], [[Hayle|place]]); [[Dennis Hoskin|name]]
([[41 Killigrew Street|address]], [[Falmouth|place]], [[TR11 3PN|postcode]]).
Chronology: [[17/06/2026|date]] nan [[Joan Eddy|name]] dies at [[Phillack|place]]; [[30/10/2026|date]] push on the stairs at
[[6 Tolroy Road|address]]; [[01/11/2026|date]] moves to [[Falmouth|place]]; [[04/11/2026|date]] PF notified; [[20/11/2026|date]]
[[Wayne Penrose|name]] at [[Copperhouse|place]] Co-op; [[24/11/2026|date]] DBS clear."""),
    ("a girl's Snapchat chat saved and OCR'd by the school", """[Snapchat chat, saved by [[Kelsey|name]] and shown to her tutor,
screenshots OCR'd by the DSL [[20/11/2026|date]]]
[[MORGAN|name]] 🌸
Me   did he say anythin to u at the bus stop
[[MORGAN|name]] 🌸   [[wayne|name]]?? he was outside co op in [[copperhouse|place]] with [[dylan eddy|name]]s dad
[[MORGAN|name]] 🌸   he said tell [[kelsey|name]] her mum misses her and to stop lying 😬
Me   omg. hes not meant to. im telling [[rhiannon|name]]
[[MORGAN|name]] 🌸   u still at ur aunties in [[fal|place]]?
Me   ya [[killigrew st|address]]. come [[falmouth|place]] sat? [[shaz|name]] says u can stay
[[MORGAN|name]] 🌸   mums taking me [[truro|place]] sat. sun? can get the bus from [[hayle|place]] @ 10
Me   ya!! meet at the bus station x
[[MORGAN|name]] 🌸   is it true ur mum n [[wayne|name]] r back together
Me   idk she wont say. [[kels|name]] out 💔
DSL note: "[[MORGAN|name]]" is [[Morgan Rule|name]] (Y11); "fal" is [[Falmouth|place]]; "[[shaz|name]]" is the great-aunt,
[[Sharon Eddy|name]]."""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 97 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 06:37 UTC, read since)"

_TITLES = {"mr", "mrs", "ms", "miss", "mme", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "lt", "cdr", "ab", "nurse", "our", "me",
           "nan", "nana", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle",
           "amma", "abbi", "pabbi", "onkel", "mamm-gozh", "maman", "papa", "papi", "mamie"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cornwall", "kernow",
               "west cornwall", "devon", "faroes", "the faroes", "faroe islands", "the faroe islands", "føroyar", "denmark",
               "france", "brittany", "breizh", "bretagne", "finistère", "finistere", "the gulf", "gulf", "europe"}

# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs the earlier sets' checkers) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's
# titles and kinship words ("Mme Soazig", "Mamm-gozh Soazig", "Lt Cdr Ross Jameson", "AB Chegwidden", "amma turid") and
# countries and regions ("the Faroes", "France", "Finistère").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts

if __name__ == "__main__":
    _SET.main()
