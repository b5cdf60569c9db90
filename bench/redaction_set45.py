"""Set 45: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set42.py,
redaction_set43.py, redaction_set44.py and their tests (written by other helpers at the same time), that did not run the detector
or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read: the first 200
lines and the last 120 lines of bench/redaction_set21.py (its docstring, its first record and document opening, its last
documents, its word lists and its HandSet wiring) and tests/test_redaction_set21.py in full; of bench/redaction_set7.py to
redaction_set41.py and bench/redaction_heldout.py only a grep for town, district and community words (to choose homes and
communities no earlier set used); the function signatures of bench/redaction_handwritten.py; and the ruff settings in
pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families in Hertfordshire and Buckinghamshire, each from a town or estate no earlier set used as a family's home: a white
British family on the Pond Park estate in Chesham (Sharp / Kemp; a mother's drinking, a boy of 9 late to school and hungry), a
Chilean family in Borehamwood (Valenzuela / Rojas; a father's controlling abuse, a girl of 15 who translates, a grandmother in
Valparaíso, messages in Spanish), an Italian family in Cheshunt (Esposito / Russo; a Lea Valley glasshouse family, a grandfather's
dementia, a boy of 13 carrying the care, a great-aunt's letter from Palermo in Italian), a white British family in Hollybush,
Welwyn Garden City (Haddow / Fenn; a baby of 10 weeks with a fracture, a strategy discussion), a British Sikh family in
Amersham (Sandhu / Grewal; a girl of 16 at risk of a forced marriage, names in Gurmukhi, an uncle in Jalandhar) and a white
British and Black Caribbean family on Rye Park, Hoddesdon (Baptiste / Lovell; exploitation of a boy of 14 by a county line).
The Chilean and Italian communities are new to these sets. 24 documents, four per family: a social worker's case note, a
mother's texts typed up, family network meeting minutes, a school attendance letter; a school's referral form, a Spanish WhatsApp
chat typed up and translated, an IDVA's contact log, MARAC minutes; a young carer chronology, a great-aunt's letter in Italian with
the school's translation, a boy's texts with his cousin typed up, a day centre's first-week report; strategy discussion minutes, a
health visitor's note typed fast on a phone, a police interview record summary, a grandmother's handwritten letter typed up; a
school designated lead's email chain, a Forced Marriage Unit referral form, a social worker's notes-app jottings pasted, strategy
meeting notes; a child protection conference report, a police missing-person form scanned with OCR errors (0 for O, l for I, 1 for
l, which stay inside the spans), a return home interview and a youth worker's WhatsApp messages typed up.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration. Councils are
invented (Chiltern Vale, Hertsmere Vale, Lea Brook), and so are the schools and nurseries named; towns, districts, estates, real
hospitals, police forces and brands are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and kinship words
(Mr, Mrs, Ms, Dr, PC, DC, DS, nonna, nonno, zia, tía, abuela, bibi, nani, chacha, mum) stay outside the name span; a possessive
's stays outside; every person's name is a name in every form. "SURNAME, First" is one span; an initial with a surname is one
span; initials alone are not marked; a name broken by a line break is one span holding the break. A street address is one span,
its town a place, its postcode a postcode; towns, villages, districts and estates are places, at home or abroad; countries,
counties and regions (Chile, Italy, Sicily, India, Punjab, Hertfordshire, Buckinghamshire, Herts, Bucks) are not; organisations
are not marked even when they hold a town's name (Lister Hospital, QEII Hospital, Hertfordshire Constabulary, Thames Valley
Police, Chesham Medical Centre, Waltham Cross Day Centre); a school's name and its short form is a school;
a date of birth is dob, any other calendar date
with a day is date (a weekday before it stays outside); months and years alone are not marked; helplines are not marked; pets'
names are not names; parks and landmarks (Lowndes Park, the Moor, The Meadow, the Howard Centre, Aberford Park) stay unmarked.

Choices this set had to make: a name that is also a word ("Hope", "Faith", "Sharp", "Amber", "Rocco" the dog stays a pet) is
marked as a name when it is a person; "Hollybush" as the estate is a place; "Rye Park" as the estate is a place; "the gurdwara in
High Wycombe" marks the town; the glasshouse nursery named after the family ("Esposito Nurseries") marks only the name, as a
firm named after people does; a county line's brand name ("the Tottenham line") marks the town as a place (a service or branch
named by its town); a drug dealer's nickname ("T-Bone", "t-bone") is a name, like an alias; an OCR'd
name, place, postcode or date with misread characters ("BAPTlSTE, Kai", "Hoddesd0n", "EN11 ODR", "O9/11/2O26") is marked as what it is;
a collar number before a name ("PC
3412 Nadine Caldwell") stays outside; years alone in a chronology (1962, 2009) are not marked; a partial postcode in bail conditions
("WD6") is a postcode; "Sra" and "Signor" are titles; a university's name ("Bucks New Uni") is a school, as a college is; a
mother's self-correction of a lower-case place ("tring", then "Tring") marks both.

Self-check without the detector: `python -m bench.redaction_set45` (and tests/test_redaction_set45.py) runs set 15's checker on
this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of documents and
gold spans per kind: 24 documents, 903 gold spans, 505 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Sharp / Kemp family (white British), Pond Park estate, Chesham -------------------------------------------------------

HOME_A = d.Address("14 Eskdale Avenue", "Pond Park", "Chesham", "HP5 3AP")
NAN_A = d.Address("6 Berkhampstead Road", "", "Chesham", "HP5 3EZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Sharp")], dt.date(2017, 4, 2), addresses=[HOME_A], ids=["467 414 5015", "Y825251246103"],
       schools=["Thomas Harding Junior School"]),
    _p("m", "mother", [("Hope", "Sharp")], dt.date(1990, 8, 21), addresses=[HOME_A], phones=["07812 406 539"],
       ids=["SK 62 40 19 C"]),
    _p("f", "father", [("Liam", "Kemp")], dt.date(1988, 1, 9), phones=["07934 118 276"]),
    _p("g", "grandparent", [("Sandra", "Sharp")], dt.date(1966, 3, 3), addresses=[NAN_A], phones=["01494 783 216"]),
    _p("p1", "professional", [("Gemma", "Oyelaran")], phones=["0300 123 4045"], emails=["gemma.oyelaran@chilternvale.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of a home visit", """CASE NOTE - Chiltern Vale Children's Services
Child: [[SHARP, Tyler|name]]   DOB: [[02/04/2017|dob]]   NHS: [[467 414 5015|nhs]]   UPN: [[Y825251246103|upn]]
Address: [[14 Eskdale Avenue|address]], [[Pond Park|place]], [[Chesham|place]], [[HP5 3AP|postcode]]
Mother: [[Hope Sharp|name]], DOB [[21/08/1990|dob]], NI [[SK 62 40 19 C|ni]]
Worker: [[Gemma Oyelaran|name]] (SW)   Date of visit: Tuesday [[3 November 2026|date]], 15:40

Unannounced visit after the call from [[Thomas Harding|school]] on [[2.11.26|date]] (Mrs [[Aldridge|name]], DSL): [[Tyler|name]]
late 6 times in 3 weeks, came in on Monday with no coat and asked the dinner lady, Mrs [[Pearl Quinton|name]], for toast
twice.

Ms [[Hope Sharp|name]] opened the door after some time. Smell of alcohol in the hallway; three empty bottles of Frosty Jack's in
the recycling. She said she had a "small one" last night because it was her dad's anniversary. [[Tyler|name]] was on the sofa
with the dog, Rocco, playing Fortnite. Fridge had milk, margarine and half a pack of ham. No bread.

[[Tyler|name]] told me on his own in his room that mum "sleeps in a lot" and that he makes his own cereal, and that when he can't
wake her he goes to Nan's on [[Berkhampstead Road|address]] "because it's near the Co-op". He said [[Liam|name]] (dad) lives in
[[Aylesbury|place]] now with "[[Kayleigh|name]] and the baby" and he sees him "sometimes on Saturdays". He likes Lowndes Park and
the skate park at the Moor.

Grandmother Mrs [[Sandra Sharp|name]] ([[01494 783 216|phone]]) rang me at 16:30 while I was still in the car. She said
[[Hope|name]] has been drinking "since the summer, since [[Liam|name]] went off with that girl from [[Bedgrove|place]]". She will
have [[Tyler|name]] for tea every school day and can walk him in. Neighbour at no. [[16|address]], Mr [[Dennis Faith|name]], had
also phoned the school once in October about [[Tyler|name]] being out at 9pm on his bike.

School nurse [[Bev Akindele|name]] checked: last medical [[12 March 2025|date]], height and
weight normal then; dentist at [[Chesham|place]] ([[Broad Street|address]]) last seen June 2024, no date known.
Father [[Liam Kemp|name]] rang back on [[07934 118 276|phone]] at 18:05. He says he "had no idea" and will come to a meeting. He gave
his address as [[Flat 3, 27 Walton Street|address]], [[Aylesbury|place]], [[HP21 7QP|postcode]] and his partner's name as
[[Kayleigh Marsh|name]].

Plan: Child and family assessment; GP (Chesham Medical Centre) and the school nurse [[Bev Akindele|name]] to be asked; family
network meeting at Nan's on Friday [[13 November|date]] at 10:00; Ms [[Sharp|name]] agreed to see CGL in [[High Wycombe|place]].
[[G. Oyelaran|name]] [[03/11/2026|date]]
"""),
    ("mother's texts to the social worker typed up for the file", """Texts from [[Hope Sharp|name]] ([[07812 406 539|phone]]) to
[[Gemma|name]] (work mobile), typed up by [[G Oyelaran|name]] on [[16/11/2026|date]]

[[05/11|date]] 07:52  sorry [[gemma|name]] cant do today [[tyler|name]] has a temprature. mum is having him
[[05/11|date]] 07:53  its not the drink before u ask
[[08/11|date]] 22:14  [[liam|name]] says hes going to take [[tyler|name]] off me. can he do that??
hes living with [[kayleigh|name]] in [[aylesbury|place]]
and she dont even like [[tyler|name]]
[[08/11|date]] 22:20  i went to the meeting at cgl on weds in [[wycombe|place]]. the lady [[Nadia|name]] was nice
[[10/11|date]] 09:05  can u ring me. [[tyler|name]]s teacher mr [[okafor|name]] told my mum hes been crying in class
[[13/11|date]] 11:40  thank u for today. nan said u was ok actually lol. i will do the diary thing
[[14/11|date]] 19:02  [[dennis|name]] next door keeps knocking asking if [[tyler|name]] can go out on the bikes with his grandson
[[alfie|name]]. is that ok
[[15/11|date]] 08:30  hes at school ON TIME 😀 [[sandra|name]] walked him
[[15/11|date]] 17:12  [[jade|name]] says she can have him [[28th|date]] and [[29th|date]] in [[tring|place]]. is that ok with u
[[15/11|date]] 17:13  sorry [[Tring|place]]. her fella [[stu|name]] will pick him up from mums about 5
[[16/11|date]] 10:02  [[kayleigh|name]] messaged me saying [[liam|name]] cant do saturday now cos of work. typical
[[16/11|date]] 10:40  [[tyler|name]] asked if mr [[okafor|name]] can come to the meeting. hes the only teacher he likes
"""),
]


# --- B. Valenzuela / Rojas family (Chilean), Borehamwood -----------------------------------------------------------------

HOME_B = d.Address("31 Aycliffe Road", "", "Borehamwood", "WD6 4EF")
ABUELA_B = d.Address("Calle Blanco 1187", "Cerro Alegre", "Valparaíso", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Antonia", "Rojas Valenzuela")], dt.date(2011, 6, 14), addresses=[HOME_B], ids=["701 414 0914"],
       schools=["Hertswood Academy"]),
    _p("s", "sibling", [("Matías", "Rojas Valenzuela")], dt.date(2019, 9, 30), addresses=[HOME_B], ids=["242 361 9626"]),
    _p("m", "mother", [("Carolina", "Valenzuela")], dt.date(1985, 2, 11), addresses=[HOME_B], phones=["07590 327 814"]),
    _p("f", "father", [("Rodrigo", "Rojas")], dt.date(1982, 10, 5), addresses=[HOME_B], phones=["07723 651 409"]),
    _p("g", "grandparent", [("Marta", "Valenzuela")], addresses=[ABUELA_B], phones=["+56 9 6624 8173"]),
    _p("p1", "professional", [("Owen", "Pritchard")], phones=["020 8207 4415"], emails=["owen.pritchard@hertsmerevale.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school's safeguarding referral form", """HERTSMERE VALE MULTI-AGENCY REFERRAL FORM (MARF)
Referrer: [[Owen Pritchard|name]], DSL, [[Hertswood Academy|school]], [[020 8207 4415|phone]], [[owen.pritchard@hertsmerevale.gov.uk|email]]
Date of referral: [[19-10-2026|date]]

1. CHILD
Surname: [[ROJAS VALENZUELA|name]]   Forename(s): [[Antonia|name]] ("[[Anto|name]]")   DOB: [[14.06.2011|dob]]   Year 10
Address: [[31 Aycliffe Road|address]], [[Borehamwood|place]], Herts [[WD6 4EF|postcode]]
First language: Spanish. Religion: Catholic. Ethnicity: Other (Chilean).
Siblings: [[Matías Rojas Valenzuela|name]] ([[30/09/2019|dob]]), at [[Kenilworth Primary|school]].

2. PARENTS / CARERS
Mother: [[Carolina VALENZUELA|name]], [[07590 327 814|phone]] (limited English - [[Antonia|name]] usually interprets)
Father: [[Rodrigo ROJAS|name]], [[07723 651 409|phone]], works nights at a warehouse at [[Radlett|place]]

3. CONCERNS
On Friday [[16 October|date]] [[Antonia|name]] told her form tutor Ms [[Lowri Bevan|name]] that her dad "checks mum's phone every night"
and takes her bank card, and that on [[11/10|date]] he pushed her mum into the kitchen door in front of [[Matías|name]]. She showed
a message on her phone from her grandmother in [[Valparaíso|place]] ("abuela [[Marta|name]]", [[+56 9 6624 8173|phone]]) saying
"sácalas de ahí" (get them out of there). [[Antonia|name]] said she cannot go to the police because "he will send us back to
Chile" and because she translates for mum at the GP (Theobald Medical Centre) and "he'd know it was me".
Friend [[Sofía Pereira|name]] (Y10) confirmed she has seen [[Antonia|name]] crying at the bus stop on [[Shenley Road|address]].

4. CHILD'S VIEWS: "I just want mum to be able to speak for herself."
5. OTHER ADULTS: mother's friend [[Fernanda Lagos|name]] ([[Furzehill Road|address]]); father's brother [[Cristián Rojas|name]]
([[Elstree|place]]); family friend [[Jorge Muñoz|name]] who drives [[Antonia|name]] to Spanish Saturday school in [[Finchley|place]]
(La Escuelita, run by Sra [[Beatriz Olmos|name]]). GP: Dr [[Sunil Varma|name]].
6. PREVIOUS: [[Matías|name]]'s nursery ([[Little Acorns|school]], [[Manor Way|address]]) noted a bruise on [[4 March 2026|date]];
mother said he fell at Aberford Park.
Signed: [[O. Pritchard|name]] (copy: Sra [[Beatriz Olmos|name]] NOT to be sent; Dr [[Varma|name]] yes)
Signed again after the call with [[Carolina|name]] on [[20/10/2026|date]]: [[O. Pritchard|name]]   Received MASH: [[19/10/2026|date]] 14:12
"""),
    ("family WhatsApp chat in Spanish typed up and translated", """WhatsApp chat "Familia 🇨🇱" exported from [[Antonia|name]]'s phone
with her consent on [[22/10/2026|date]]; translated by [[Daniela Fuentes|name]] (interpreter). Translations in brackets.

[[18/10/26|date]], 21:03 - Abuela: [[Anto|name]] mi amor, cómo está tu mamá? (how is your mum?)
[[18/10/26|date]], 21:05 - [[Antonia|name]]: mal abuelita. el [[Rodrigo|name]] le quitó la tarjeta otra vez (bad, [[Rodrigo|name]] took
her card again)
[[18/10/26|date]], 21:06 - Tía [[Pili|name]]: dile que se venga a [[Viña|place]], acá tenemos pieza (tell her to come to [[Viña|place]],
we have a room)
[[18/10/26|date]], 21:08 - Tía [[Pili|name]]: o a donde la [[Coni|name]] en [[Quilpué|place]], tiene casa grande (or to [[Coni|name]]'s in
[[Quilpué|place]], she has a big house)
[[18/10/26|date]], 21:10 - [[Carolina|name]]: no puedo, [[Mati|name]] está en el colegio y el pasaporte lo tiene él (I can't,
[[Mati|name]] is at school and he has the passport)
[[19/10/26|date]], 07:44 - Abuela: mi dirección por si acaso: [[Calle Blanco 1187|address]], [[Cerro Alegre|place]],
[[Valparaíso|place]]. llámame al [[+56 2 2638 4410|phone]] en la casa (my address just in case ... call me at home)
[[19/10/26|date]], 16:20 - [[Antonia|name]]: le conté a la profe [[Lowri|name]] (I told Miss [[Lowri|name]])
[[19/10/26|date]], 16:21 - Tío [[Nacho|name]] ([[Ignacio Valenzuela|name]]): bien hecha [[Anto|name]] 💪
[[20/10/26|date]], 09:15 - [[Carolina|name]]: vino una asistente social, el [[Owen|name]] del colegio llamó (a social worker came,
[[Owen|name]]
from the school called)
"""),
]


# --- C. Esposito / Russo family (Italian), Cheshunt ------------------------------------------------------------------------

HOME_C = d.Address("22 Crossbrook Street", "", "Cheshunt", "EN8 8JR")
ZIA_C = d.Address("Via Maqueda 214", "", "Palermo", "90134")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Luca", "Esposito")], dt.date(2013, 5, 19), addresses=[HOME_C], ids=["105 568 8943", "K919240183672"],
       schools=["Goffs-Churchgate Academy"]),
    _p("m", "mother", [("Angela", "Esposito")], dt.date(1979, 12, 1), addresses=[HOME_C], phones=["07468 290 175"],
       ids=["JT 48 21 07 B"]),
    _p("g", "grandparent", [("Salvatore", "Esposito")], dt.date(1941, 7, 26), addresses=[HOME_C], ids=["907 535 2034"]),
    _p("a", "aunt", [("Concetta", "Russo")], addresses=[ZIA_C], phones=["+39 091 612 3847"]),
    _p("p1", "professional", [("Rachel", "Okonjo")], phones=["01992 467 305"], emails=["rachel.okonjo@leabrook.gov.uk"]),
], "c")

DOCS_C = [
    ("young carer assessment chronology", """CHRONOLOGY - [[ESPOSITO, Luca|name]] (d.o.b. [[19 May 2013|dob]]) - Young Carer / CIN
[[22 Crossbrook Street|address]], [[Cheshunt|place]] [[EN8 8JR|postcode]]. Compiled by [[R. Okonjo|name]], [[01992 467 305|phone]]

Date        | Event | Source
1962 | Grandfather [[Salvatore Esposito|name]] came to [[Cheshunt|place]] from [[Bagheria|place]] to work
            in the glasshouses; later ran [[Esposito|name]] Nurseries on [[Windmill Lane|address]] until 2009. | mother
[[03/02/2024|date]] | Grandfather diagnosed with Alzheimer's at the memory clinic, QEII Hospital, [[Welwyn Garden City|place]].
            | GP letter (Stockwell Lodge Medical Centre)
[[14.09.2025|date]] | Mother [[Angela Esposito|name]] starts night shifts at Lister Hospital, [[Stevenage|place]]. | mother
[[28 Jan 2026|date]] | Grandfather found by a bus driver, Mr [[Kwame Boateng|name]], on the A10 at [[Turnford|place]] at 02:10
            in pyjamas; police (PC [[Hollie Stannard|name]]) brought him home; [[Luca|name]] (12) had been "watching him". | police
[[6th February 2026|date]] | [[Goffs-Churchgate|school]]: [[Luca|name]] asleep in lessons; Head of Year Mr [[Dean Fabbri|name]]
            refers to Carers in Hertfordshire. | school
[[17/3/26|date]] | [[Luca|name]] tells Mr [[Fabbri|name]] he gives nonno his tablets and changes him at night. | school
[[1 April 2026|date]] | Letter from great-aunt [[Concetta Russo|name]] in [[Palermo|place]] to the school (see next document). | school
[[9 April|date]] | Home visit, SW [[Rachel Okonjo|name]]; [[Luca|name]] seen alone; cousin [[Gianni Russo|name]] ([[Enfield|place]],
            [[07887 534 062|phone]]) present and offers to stay two nights a week. | SW
[[23/04/2026|date]] | Carers' assessment for Ms [[Esposito|name]]; day centre place at [[Waltham Cross|place]] offered for
            nonno [[Salvo|name]] from [[4 May|date]]. | SW
"""),
    ("great-aunt's letter in Italian to the school, with the school's translation", """[[Via Maqueda 214|address]]
[[90134|postcode]] [[Palermo|place]]
[[Palermo|place]], [[28 marzo 2026|date]]

Gentile Signor [[Fabbri|name]],
sono la zia di [[Angela Esposito|name]], la mamma di [[Luca|name]]. Vi scrivo perché mio fratello [[Salvatore|name]] non sta bene
e [[Luca|name]] è troppo piccolo per fare l'infermiere. Quando ho parlato con lui al telefono a Natale mi ha detto che dorme
vicino al nonno per sentire se si alza. Ha dodici anni! [[Angela|name]] lavora la notte e non ha nessuno. Mio figlio [[Gianni|name]]
abita a [[Enfield|place]] e può aiutare. Io posso venire a maggio. Il mio numero è [[+39 091 612 3847|phone]], il cellulare di
mia nipote [[Giusi|name]] è [[+39 347 812 4409|phone]].
Cordiali saluti,
[[Concetta Russo|name]] (zia [[Cettina|name]])

School's translation (by Mrs [[Lucia Bellini|name]], MFL): I am [[Angela Esposito|name]]'s aunt ... my brother [[Salvatore|name]] is
not well and [[Luca|name]] is too young to be a nurse. He told me at Christmas he sleeps next to his grandad to hear if he gets
up. [[Angela|name]] works nights. My son [[Gianni|name]] lives in [[Enfield|place]] and can help. I can come in May.
"""),
]


# --- D. Haddow / Fenn family (white British), Hollybush, Welwyn Garden City ----------------------------------------------

HOME_D = d.Address("9 Hollybush Lane", "Hollybush", "Welwyn Garden City", "AL7 4JS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Amber", "Haddow")], dt.date(2026, 8, 24), addresses=[HOME_D], ids=["796 436 6629"]),
    _p("m", "mother", [("Chloe", "Haddow")], dt.date(2004, 3, 17), addresses=[HOME_D], phones=["07956 771 248"]),
    _p("f", "father", [("Jordan", "Fenn")], dt.date(2002, 11, 28), addresses=[HOME_D], phones=["07402 913 586"],
       ids=["PC 35 77 81 A"]),
    _p("p1", "professional", [("Priya", "Rushton")], phones=["01438 737 411"], emails=["priya.rushton@hertsvale.gov.uk"]),
], "c")

DOCS_D = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (Section 47)
Child: [[Amber HADDOW|name]], DOB [[24/08/2026|dob]], NHS [[796 436 6629|nhs]]
Address: [[9 Hollybush Lane|address]], [[Hollybush|place]], [[Welwyn Garden City|place]] [[AL7 4JS|postcode]]
Date: Wednesday [[4th November 2026|date]], 10:30, Teams
Chair: [[Priya Rushton|name]] (Team Manager, MASH)
Apologies: [[Chloe Haddow|name]]'s GP Dr [[Owen Bristow|name]]; [[Gemma Rix|name]] (Ofsted-registered childminding lead)
Present: DS [[Mark Eldridge|name]] (Hertfordshire Constabulary CAIU); Dr [[Farah Qureshi|name]] (paediatric registrar, Lister
Hospital); [[Jo Whitbread|name]] (health visitor); [[Callum Ng|name]] (SW, minutes)

1. Presenting information: [[Amber|name]] (10 weeks) was brought to Lister A&E on [[3/11/2026|date]] at 23:50 by her mother
[[Chloe Haddow|name]] ([[07956 771 248|phone]]) with a swollen left thigh. X-ray: spiral fracture of the left femur. Mother said
[[Amber|name]] "got her leg stuck in the cot bars". Father [[Jordan Fenn|name]] ([[07402 913 586|phone]]) was at home with her
from 18:00 while Ms [[Haddow|name]] was at her friend [[Shannon|name]]'s in [[Hatfield|place]].
2. Dr [[Qureshi|name]]: the explanation is not consistent with the injury at this age; skeletal survey and CT head today;
ophthalmology tomorrow.
3. HV [[Jo Whitbread|name]]: last visit [[21 October|date]]; baby well-handled, mum tired; dad "quiet, stayed in the kitchen". Maternal
grandmother [[Tracey Haddow|name]] lives at [[Panshanger|place]] and is a childminder.
4. DS [[Eldridge|name]]: PNC - Mr [[Fenn|name]] has a 2023 caution for assault (a former partner, [[Kirsty Doyle|name]],
[[Stevenage|place]]). His van [[KX21 HFB|vehicle]] was seen outside the house at 19:40 by a neighbour, Mrs [[Eileen Moss|name]]
(no. [[11|address]]).
Also noted: the couple's friends [[Shannon Pell|name]] and [[Connor Wise|name]]; paternal grandmother [[Lorraine Fenn|name]]
of [[Ludwick Way|address]]; maternal uncle [[Ryan Haddow|name]] (17). GP: Dr [[Owen Bristow|name]], Peartree surgery.
DECISION: S47 joint investigation. [[Amber|name]] to stay on the ward; parents' contact supervised; grandmother to be assessed.
"""),
    ("health visitor's note typed fast on a phone", """hv note [[5/11|date]] - typed on phone in car, will tidy
lister ward 11 (childrens). seen [[amber|name]] w mum [[chloe|name]] + nan [[tracey|name]].
[[amber|name]] settled, feeding 120ml 3hrly, leg in gallows traction.
mum v tearful says [[jordan|name]] wd never hurt her, "hes soft w her".
nan says she never liked him, "hes got a temper, ask [[kirsty|name]]".
dad not there - mum says hes at his mums in [[welwyn|place]] ([[19 ludwick way|address]]?). mum asked if she can go home to
[[hollybush|place]] tonite - told her to speak to [[priya|name]]. i rang [[callum|name]] 15.20 and left msg.
next: joint visit w [[callum|name]] fri [[7th|date]] if [[amber|name]] discharged to nan's ([[panshanger|place]]).
[[J Whitbread|name]] HV
"""),
]


# --- E. Sandhu / Grewal family (British Sikh), Amersham ---------------------------------------------------------------------

HOME_E = d.Address("47 Stanley Hill", "Amersham on the Hill", "Amersham", "HP7 9HN")
CHACHA_E = d.Address("House 112, Model Town", "", "Jalandhar", "144003")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Simran", "Sandhu")], dt.date(2010, 1, 27), addresses=[HOME_E], ids=["978 186 0898", "B825240931577"],
       schools=["Amersham School"]),
    _p("m", "mother", [("Harjit", "Sandhu")], dt.date(1978, 4, 9), addresses=[HOME_E], phones=["07539 640 217"]),
    _p("f", "father", [("Baljinder", "Sandhu")], dt.date(1975, 6, 22), addresses=[HOME_E], phones=["07811 255 930"]),
    _p("u", "uncle", [("Kuldip", "Grewal")], addresses=[CHACHA_E], phones=["+91 98140 27365"]),
    _p("p1", "professional", [("Helen", "Marchetti")], phones=["07731 846 092"], emails=["h.marchetti@amershamschool.example.org"]),
], "c")

DOCS_E = [
    ("school designated safeguarding lead's email chain", """From: [[Helen Marchetti|name]]
<[[h.marchetti@amershamschool.example.org|email]]>
To: MASH Bucks; [[Nikhil Badesha|name]] <[[nikhil.badesha@chilternvale.gov.uk|email]]>
Sent: Thursday [[12 November 2026|date]] 13:04
Subject: URGENT - [[Simran Sandhu|name]] Y12 - possible forced marriage

[[Nikhil|name]],
[[Simran|name]] ([[27/01/2010|dob]], [[47 Stanley Hill|address]], [[Amersham|place]] [[HP7 9HN|postcode]]) came to me at lunch.
She says her parents have booked flights to [[Amritsar|place]] for [[18 December|date]] "for a wedding" and her cousin
[[Preet|name]] told her
it is her own, to a man in [[Jalandhar|place]] her chacha [[Kuldip|name]] has picked. Her passport is "in dad's safe". She has a
boyfriend at [[Dr Challoner's|school]], [[Reuben Amos|name]], and her brother [[Arjan|name]] found out on [[8 Nov|date]].
She wrote her uncle's name for me the way it is on the wedding card: [[ਕੁਲਦੀਪ ਸਿੰਘ ਗਰੇਵਾਲ|name]]
([[Kuldip Singh Grewal|name]]); the card is scanned in. His number on the card is [[+91 98140 27365|phone]].
She is staying tonight with her friend [[Maisie Greenaway|name]] in [[Little Chalfont|place]] (mum [[Joanne|name]],
[[07503 219 684|phone]]).
[[Helen|name]]

From: [[Nikhil Badesha|name]]   Sent: [[12/11/2026|date]] 13:40
Thanks [[Helen|name]] - strategy at 3. Please do NOT contact Mr or Mrs [[Sandhu|name]] ([[07811 255 930|phone]] /
[[07539 640 217|phone]]). I've rung the Forced Marriage Unit and Thames Valley Police. Does [[Simran|name]] want
[[Manpreet|name]] from Karma Nirvana or our own worker? - [[Nikhil|name]]
"""),
    ("Forced Marriage Unit referral form", """FORCED MARRIAGE UNIT - REFERRAL (professional)
Referrer: [[BADESHA, Nikhil|name]], social worker, Chiltern Vale CS, [[nikhil.badesha@chilternvale.gov.uk|email]]
Date: [[12.11.2026|date]]
Person at risk: [[SANDHU, Simran Kaur|name]]   Gurmukhi: [[ਸਿਮਰਨ ਕੌਰ|name]]   DOB [[27-01-2010|dob]]   UK national
UK address: [[47 Stanley Hill|address]], [[Amersham on the Hill|place]], [[Amersham|place]], [[HP7 9HN|postcode]]
Overseas address (if known): [[House 112, Model Town|address]], [[Jalandhar|place]] [[144003|postcode]], Punjab, India
Intended spouse: "[[Gurpreet|name]]" (surname not known), of [[Nakodar|place]]
Family members involved: father [[Baljinder Singh Sandhu|name]] ([[ਬਲਜਿੰਦਰ|name]]); mother [[Harjit Kaur Sandhu|name]]; paternal uncle
[[Kuldip Singh Grewal|name]] ([[ਕੁਲਦੀਪ|name]]) in [[Jalandhar|place]]; grandmother bibi [[Gurdev Kaur|name]] at [[Phagwara|place]].
Travel: Air India, Heathrow - [[Amritsar|place]], [[18/12/2026|date]]; return not booked.
Other: [[Simran|name]] attends the gurdwara in [[High Wycombe|place]] with her mother; the granthi, Bhai Sahib [[Amarjit Singh|name]], is
not said to be involved. Her friend [[Maisie|name]] and [[Maisie|name]]'s mother [[Joanne Greenaway|name]] have her tonight.
"""),
]


# --- F. Baptiste / Lovell family (white British and Black Caribbean), Rye Park, Hoddesdon -----------------------------------

HOME_F = d.Address("Flat 8, Essex Court, Essex Road", "Rye Park", "Hoddesdon", "EN11 0DR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kai", "Baptiste")], dt.date(2012, 7, 7), addresses=[HOME_F], ids=["594 773 5431", "L919261037711"],
       schools=["John Warner School"]),
    _p("m", "mother", [("Donna", "Lovell")], dt.date(1986, 9, 13), addresses=[HOME_F], phones=["07825 114 370"]),
    _p("f", "father", [("Marcus", "Baptiste")], dt.date(1983, 5, 4), phones=["07962 480 551"]),
    _p("p1", "professional", [("Tom", "Ashdown")], phones=["01923 461 788"], emails=["tom.ashdown@leabrook.gov.uk"]),
], "c")

DOCS_F = [
    ("child protection conference report extract", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Child: [[Kai BAPTISTE|name]]   D.O.B. [[07/07/2012|dob]]   UPN [[L919261037711|upn]]   NHS [[594 773 5431|nhs]]
Address: [[Flat 8, Essex Court, Essex Road|address]], [[Rye Park|place]], [[Hoddesdon|place]] [[EN11 0DR|postcode]]
Conference: [[26 November 2026|date]]   Author: [[Tom Ashdown|name]], [[01923 461 788|phone]]

[[Kai|name]] was reported missing by his mother [[Donna Lovell|name]] ([[07825 114 370|phone]]) three times between [[2 October|date]]
and [[9 November 2026|date]]. On [[21/10/2026|date]] British Transport Police found him at [[Tottenham Hale|place]] station with
£340 and two phones. On [[9 Nov|date]] he was found in a flat in [[Harlow|place]] ([[Flat 3, 14 Bush Fair|address]]) with an
adult, [[Jerome Whyte|name]] (19), known as "[[T-Bone|name]]", who is under investigation by Essex Police. [[Kai|name]] calls the
phone "the [[Tottenham|place]] line".
Father [[Marcus Baptiste|name]] ([[07962 480 551|phone]]) lives in [[Edmonton|place]] and says [[Kai|name]]'s friend [[Reece|name]]
"[[Reece Kavanagh|name]] from [[Broxbourne|place]]" got him into it. [[John Warner|school]]: attendance 61%; Head of Year Mrs
[[Sharon Ambrose|name]] says [[Kai|name]] is "a lovely lad, funny, loves Spurs". Youth worker [[Dwayne Hector|name]] at the
youth centre sees him on Thursdays. Mum's neighbour [[Pat Lonergan|name]] (flat [[6|address]]) has seen "older boys
in a black Golf, [[LD19 XRT|vehicle]]" waiting for [[Kai|name]] after school.
"""),
    ("police missing-person and stop-search form, scanned with OCR errors", """HERTF0RDSHIRE C0NSTABULARY - MISSING PERS0N REP0RT (scanned)
Ref: MP/26/88104   Risk: HIGH
Name: [[BAPTlSTE, Kai|name]]   DOB: [[O7/O7/2O12|dob]]
Home: [[Flat 8 Essex Ct|address]], [[Hoddesd0n|place]] [[EN11 ODR|postcode]]
Reporting person: [[LOVELL, D0nna|name]]  tel [[07825 114 370|phone]]
Last seen: [[O9/11/2O26|date]] 16:1O, [[Rye\nPark|place]] by [[Amari|name]] (friend, 13)
Descripti0n: 5'6, slim, black N0rth Face jacket. Friends: [[Amari Osei|name]], [[Reece Kavanagh|name]] ([[Br0xbourne|place]]),
[[Tanisha|name]] (surname n/k). Places: [[Tottenham Hale|place]], [[Harl0w|place]] ([[The Stow|place]]), [[Edm0nton|place]] (father
[[BAPTISTE, Marcus|name]] [[07962 480 551|phone]]), nan [[G10ria Baptiste|name]] [[Enfie1d Lock|place]].
Found: [[1O/11/26|date]] [[Harl0w|place]], with [[WHYTE, Jer0me|name]]. Officer: PC 3412 [[Nadine Caldwell|name]]
"""),
]


DOCS_A += [
    ("family network meeting minutes", """FAMILY NETWORK MEETING - held at
[[6 Berkhampstead Road|address]], [[Chesham|place]] [[HP5 3EZ|postcode]]
Friday [[13th November 2026|date]], 10:00-11:45
Present: Ms [[Hope Sharp|name]] (mum); Mrs [[Sandra Sharp|name]] (maternal nan); Mr [[Liam Kemp|name]] (dad); Ms [[Kayleigh Marsh|name]]
(dad's partner, for the first half); [[Jade Sharp|name]] (mum's sister, from [[Tring|place]]); Mr
[[Dennis Faith|name]] (neighbour, no. [[16|address]]); [[Gemma Oyelaran|name]] (SW, chair); [[Bev Akindele|name]] (school nurse)

1. Why we are here: [[Gemma|name]] explained the worries from school and the visit on [[3 November|date]]. [[Hope|name]] said she
wants [[Tyler|name]] to stay with her "more than anything" and has been to CGL twice.
2. What is going well: [[Tyler|name]] has been on time every day since [[9/11|date]] ([[Sandra|name]] walks him). Mr [[Okafor|name]]
says he is "back to himself". [[Jade|name]] will have [[Tyler|name]] alternate weekends in [[Tring|place]]; her partner
[[Stuart Penn|name]] ([[07731 846 092|phone]]) can drive.
3. [[Liam|name]] asked for [[Tyler|name]] every Saturday at [[Walton Street|address]]. [[Kayleigh|name]] said she is "happy to
have him" and that their baby [[Harper|name]] is 5 months. Agreed on trial from Saturday [[21 Nov|date]].
4. Safety plan: if [[Hope|name]] drinks she will ring [[Sandra|name]] ([[01494 783 216|phone]]) or [[Jade|name]]
([[07503 219 684|phone]]) and [[Tyler|name]] goes to Nan's. [[Dennis|name]] will not take [[Tyler|name]] out on bikes after dark.
5. Who else is around [[Tyler|name]]: his best friend [[Alfie Faith|name]] (Mr [[Faith|name]]'s grandson) and [[Alfie|name]]'s mum
[[Leanne Faith|name]] at [[22 Eskdale Avenue|address]]; his football coach [[Craig Winter|name]] at Chesham United juniors (Sundays,
The Meadow); and [[Jade|name]]'s children [[Ruby|name]] and [[Oscar Penn|name]] in [[Tring|place]]. Mum's friend [[Stacey Rolfe|name]]
from [[Botley|place]] ([[07583 649 127|phone]]) drinks with her at weekends - [[Hope|name]] agreed not to have [[Stacey|name]] round
when [[Tyler|name]] is home.
6. [[Sandra|name]] asked about her own health: she has a hospital appointment at Stoke Mandeville on [[24/11/2026|date]] and
[[Jade|name]] will cover the school run that day. [[Liam|name]] offered Friday [[27th|date]] too.
7. [[Tyler|name]]'s own words (read out by [[Bev|name]]): "I want to live with mum and see dad and go to Nan's" and
"I want [[Alfie|name]] to come to my party on the [[2nd|date]]".
Next meeting: [[11 December 2026|date]], same place. Minutes: [[G. Oyelaran|name]]
"""),
]

DOCS_B += [
    ("independent domestic violence adviser's contact log", """IDVA CONTACT LOG - Hertsmere Vale Domestic Abuse Service
Client: [[Carolina VALENZUELA|name]]   Tel: [[07590 327 814|phone]] (safe to text: YES, in Spanish only)
Interpreter: [[Daniela Fuentes|name]]
[[23/10/2026|date]] 11:00 - Call via interpreter. [[Carolina|name]] says [[Rodrigo|name]] took her phone on [[21/10|date]] and read
messages from her sister [[Pilar|name]] in [[Viña del Mar|place]]. He told her "your mother can't help you from [[Valparaíso|place]]".
DASH 16/24. MARAC referral made to the [[Watford|place]] MARAC for [[5 November|date]].
[[26/10/2026|date]] 17:30 - Text only. She is at her friend [[Fernanda Lagos|name]]'s, [[12 Furzehill Road|address]],
[[Borehamwood|place]], [[WD6 2DF|postcode]], with [[Matías|name]]. [[Antonia|name]] stayed at home "to keep him calm".
[[30/10/2026|date]] 09:15 - Police (PC [[Rhys Malone|name]]) arrested [[Rodrigo Rojas|name]] at [[Aycliffe Road|address]]. Bail
conditions: not to enter [[WD6|postcode]]. His brother [[Cristián Rojas|name]] of [[Elstree|place]] ([[07415 886 203|phone]]) has
offered him a room.
[[02/11/2026|date]] - Refuge space offered in [[St Albans|place]] - [[Carolina|name]] declined, wants [[Antonia|name]] to stay at
[[Hertswood|school]] and [[Mati|name]] at [[Kenilworth|school]].
[[05/11/2026|date]] - MARAC heard. [[Carolina|name]] asked me to write down who she trusts: her sister [[Pilar Valenzuela|name]]
([[Viña del Mar|place]]); her friend [[Fernanda Lagos|name]]; the priest at Our Lady of the Rosary, Father [[Tomás Ibarra|name]]; her
neighbour [[Beryl Goodchild|name]] at [[no. 29|address]]; and her old boss [[Consuelo Díaz|name]], who runs a cleaning firm from
[[Potters Bar|place]] ([[Consuelo|name]]'s number is in her phone). She does NOT trust
[[Rodrigo|name]]'s cousin [[Javiera Rojas|name]], who lives in [[Edgware|place]] and "tells him everything".
[[09/11/2026|date]] - [[Matías|name]] asked for his dad. Supervised contact at the family centre on Saturday [[14th|date]] is
proposed; [[Rodrigo|name]]'s solicitor Ms [[Imogen Tait|name]] agreed.
Worker: [[Yasmin Clarke|name]], IDVA
"""),
]

DOCS_C += [
    ("text conversation between the boy and his cousin typed up at his request", """[[Luca|name]] asked me to keep these in
the file "so you know it's not just me saying it". Typed by [[R Okonjo|name]] [[10/04/2026|date]].

[[gianni|name]]: u ok cuz
[[Luca|name]]: nonno got up at 3 again and tried to go to the greenhouses. there arent any greenhouses anymore
[[gianni|name]]: wheres ur mum
[[Luca|name]]: work. shes at lister till 8
[[gianni|name]]: im coming tmrw after work. tell zia [[angela|name]] ill do tues and thurs nights
[[Luca|name]]: he called me [[Totò|name]] again. thats his brother who died in [[bagheria|place]]
[[gianni|name]]: i know. mamma says [[Totò|name]] was the same age as u when nonno came to [[cheshunt|place]]
[[Luca|name]]: mr [[fabbri|name]] says i can do homework club instead of detention
[[gianni|name]]: nice. [[sofia|name]] says hi. shes doing the tiramisu for nonnos birthday on the [[26th|date]]
[[Luca|name]]: is zia [[cettina|name]] coming for it
[[gianni|name]]: no shes coming in may. [[giusi|name]] is coming with her from [[palermo|place]]
[[gianni|name]]: good. also [[marco|name]] from the chippy on [[turners hill|address]] said hes seen nonno walking up to
[[Flamstead End|place]] on his own
"""),
]

DOCS_D += [
    ("police interview summary (record of a taped interview)", """ROTI - RECORD OF TAPED INTERVIEW (summary)
Interviewee: [[FENN, Jordan Lee|name]]   DOB [[28/11/2002|dob]]   Address: [[9 Hollybush Lane|address]], [[Welwyn Garden
City|place]]   Interviewing officer: DC [[Zoe Latchford|name]]   Second officer: DS [[Mark Eldridge|name]]
Solicitor: Mr [[Tariq Mahmood|name]] ([[Mahmood|name]] & Partners, [[Stevenage|place]])   Date: [[06.11.2026|date]]
Summary: [[FENN|name]] says on [[3 November|date]] he fed [[Amber|name]] at 20:00 and she "screamed" when he changed her. He
says his mate [[Connor Wise|name]] came round at 19:40 in the van to drop off a PS5 controller. He denies hurting [[Amber|name]].
Asked about [[Kirsty Doyle|name]] he said "that was years ago". He said [[Chloe|name]] was "at [[Shannon|name]]'s in
[[Hatfield|place]]" ([[Shannon Pell|name]], [[42 Briars Lane|address]], [[Hatfield|place]], [[AL10 8ER|postcode]]). Van
[[KX21 HFB|vehicle]] is registered to his uncle [[Roy Fenn|name]] of [[Codicote|place]].
Next: [[Connor Wise|name]] to be interviewed as a witness on [[9/11/26|date]]. [[Connor|name]]'s address: [[5 Cole Green Lane|address]],
[[Welwyn Garden City|place]] [[AL7 3JA|postcode]]. Neighbour Mrs [[Eileen Moss|name]] to give a statement to DC [[Latchford|name]] on
[[10/11/26|date]]. [[FENN|name]]'s mother [[Lorraine Fenn|name]] ([[19 Ludwick Way|address]], [[Welwyn Garden City|place]]) to be
seen about where he stayed on the night of [[4 November|date]].
"""),
]

DOCS_E += [
    ("protection plan note written after a call with the girl (notes app, pasted)", """notes - [[13/11|date]] 18:50 call w
[[simran|name]] from [[maisie|name]]'s
- shes safe, at [[Little Chalfont|place]]. [[joanne|name]] ok to keep her till sun
- dad rang [[maisie|name]]'s mum 4 times. [[arjan|name]] texted "come home mum is crying"
- chacha [[kuldip|name]] sent voice note from [[jalandhar|place]], she didnt listen
- she wants to stay at [[amersham school|school]] + do her A levels, wants to go to uni in [[Leeds|place]]
- FMPO - legal says apply tmrw; passport to be kept
- her nani in [[Southall|place]] ([[Gurmeet Kaur Dhillon|name]]) might be safe - S not sure
- [[Reuben|name]]'s mum has offered too, [[Chalfont St Giles|place]] - [[Ruth Amos|name]] [[07583 649 127|phone]]? check, think thats
  the number [[maisie|name]] gave
- [[helen|name]] says [[arjan|name]] came to school reception asking for [[simran|name]] at 3.10, left when [[lucy|name]] spoke to him
- [[simran|name]] said her mum "doesnt want it either" but is scared of [[kuldip|name]] and dadi
- ring [[Helen|name]] 8am re school pick up
NB
"""),
]

DOCS_F += [
    ("return home interview notes after a missing episode", """RETURN HOME INTERVIEW - Lea Brook Missing Children Service
Young person: [[Kai Baptiste|name]]   Date of RHI: [[12th November 2026|date]]   Missing: [[9/11/26|date]] - [[10/11/26|date]]
Interviewer: [[Ellie Martindale|name]], independent RHI worker   Where: the library, [[Hoddesdon|place]]
[[Kai|name]] said he got the bus to [[Harlow|place]] with [[Amari|name]] after school. "J" - he meant [[Jerome|name]] -
picked them up in [[The Stow|place]]. He stayed at the flat at [[Bush Fair|address]]; a girl called [[Tanisha|name]] cooked.
He says he owes "[[T-Bone|name]]" £200 for a phone that was "took" in [[Tottenham|place]]. He asked that his dad not be told
because "dad will go [[Edmonton|place]] and start on people". He likes his nan [[Gloria Baptiste|name]] in [[Enfield Lock|place]]
and would go there on weekends; his cousin [[Shanice Baptiste|name]] ([[Ponders End|place]]) is "like a big sister".
[[Kai|name]] asked for the RHI to be shared with [[Dwayne|name]] but not with [[Reece|name]]'s mum [[Mandy Kavanagh|name]], who
works at his school. Mum's number [[07825 114 370|phone]]; nan [[020 8207 4415|phone]].
Safety plan agreed with [[Kai|name]]: he will text mum or [[Dwayne|name]] if [[Jerome|name]], [[Tanisha|name]] or [[Shaq|name]]
contact him;
he will not go to [[Harlow|place]], [[Tottenham|place]] or [[Edmonton|place]] without an adult; [[Gloria|name]] will have him on
Saturday [[14 November|date]] and Saturday [[21 November|date]] at [[3 Hertford Road|address]],
[[Enfield Lock|place]], [[EN3 5JG|postcode]].
Copy to [[Tom Ashdown|name]] (SW) and [[Sharon Ambrose|name]] ([[John Warner|school]]).
"""),
]


DOCS_A += [
    ("school attendance officer's letter to the mother", """Thomas Harding Junior School
[[Fullers Hill|address]], [[Chesham|place]]

Ms [[H. Sharp|name]]
[[14 Eskdale Avenue|address]]
[[Pond Park|place]]
[[CHESHAM|place]]
[[HP5 3AP|postcode]]
Monday [[19th October 2026|date]]

Dear Ms [[Sharp|name]],
Re: [[Tyler Sharp|name]], Year 5 (date of birth [[2 April 2017|dob]])
I am writing because [[Tyler|name]] has been late on 6 occasions since [[1 September|date]], most recently on [[14/10/2026|date]] and
[[16/10/2026|date]], and absent without a reason on [[7 October|date]]. His class teacher, Mr [[Daniel Okafor|name]], and I would like to
meet you on Thursday [[29 October|date]] at 8.45. If you cannot come, please ring the office on [[01494 771 540|phone]] and ask
for me or for our family worker Mrs [[Carol Hythe|name]].
Yours sincerely,
Mrs [[P. Aldridge|name]]
Deputy Head and DSL
"""),
]

DOCS_B += [
    ("MARAC minutes extract", """MARAC - HERTSMERE / [[WATFORD|place]] - [[5 November 2026|date]] - Case 7 of 14
Victim: [[VALENZUELA, Carolina Andrea|name]]  DOB [[11/02/1985|dob]]
Address: [[31 Aycliffe Road|address]], [[Borehamwood|place]] [[WD6 4EF|postcode]]
Perpetrator: [[ROJAS, Rodrigo Esteban|name]]  DOB [[05/10/1982|dob]]  Bailed to [[Elstree|place]] (brother [[Cristián|name]]'s)
Children: [[Antonia|name]] (15), [[Matías|name]] (7)
Police (DS [[Kerry Ansell|name]]): second report; no weapons; [[ROJAS|name]] has a Chilean passport and the children's.
Education ([[Owen Pritchard|name]]): [[Antonia|name]] attending, anxious; friend [[Sofía|name]] supportive.
Health: GP is Theobald Medical Centre; no disclosures there as [[Antonia|name]] interprets.
Actions: 1. Police to seize the children's passports (DS [[Ansell|name]]) by [[12/11|date]]. 2. Port alert. 3. Housing to fit
a door chain and camera. 4. IDVA [[Yasmin Clarke|name]] to offer the Freedom Programme in Spanish (Latin American Women's Aid).
"""),
]

DOCS_C += [
    ("day centre's first-week report on the grandfather", """Waltham Cross Day Centre - first week report
Member: Mr [[Salvatore ESPOSITO|name]] ("[[Salvo|name]]"), DOB [[26/07/1941|dob]], NHS [[907 535 2034|nhs]]
Next of kin: daughter [[Angela Esposito|name]] [[07468 290 175|phone]]; grandson [[Luca|name]] (13) - NOT to be contacted as
carer
[[4.5.26|date]]: Quiet, asked for his wife "[[Rosaria|name]]" (died 2019, per daughter). Sang with [[Nunzia|name]] (volunteer).
[[5.5.26|date]]: Told staff he grows tomatoes on [[Windmill Lane|address]]. Played scopa with
Mr [[Gino Testa|name]] from [[Hoddesdon|place]].
[[6.5.26|date]]: Agitated at 14:00, wanted to "catch the boat at [[Messina|place]]". Settled with music.
[[7.5.26|date]]: Good day. Driver [[Kevin Rudd|name]] noted he called him "[[Luca|name]]".
[[8.5.26|date]]: [[Angela|name]] rang: the cousin [[Gianni|name]] now sleeps there Tues and Thurs; great-aunt [[Concetta|name]] arrives
from [[Palermo|place]] on [[15 May|date]] and stays with [[Gianni|name]]'s family at [[7 Bury Green Road|address]],
[[Cheshunt|place]], [[EN7 5AA|postcode]]. Mr [[Esposito|name]]'s old friend [[Pasquale Amato|name]] (from the [[Nazeing|place]]
glasshouses) will visit on Fridays. Daughter asks that [[Luca|name]] is never asked to collect him; his school friend
[[Ollie Marsh|name]]'s dad [[Steve Marsh|name]] has offered lifts.
[[11.5.26|date]]: Daughter's friend [[Marisa Conti|name]] ([[Waltham Abbey|place]]) dropped off his cap. He sang "[[Rosaria|name]]" songs
with [[Nunzia|name]] and Mr [[Testa|name]]. Taxi home with [[Kevin|name]] at 15:30; [[Gianni|name]] met him at
[[Crossbrook Street|address]].
Key worker: [[Bianca Ferrante|name]]
"""),
]

DOCS_D += [
    ("grandmother's handwritten letter to the social worker, typed up", """Dear [[Priya|name]] and [[Callum|name]],
I am writing this myself as I am no good on the phone when I am upset. I am [[Amber|name]]'s nan, [[Tracey Haddow|name]],
[[31 Moors Walk|address]], [[Panshanger|place]], [[WGC|place]] [[AL7 2BQ|postcode]], mobile [[07748 302 619|phone]].
I have been an Ofsted childminder for 11 years. I will have [[Amber|name]] for as long as it takes. My partner [[Gary Lunn|name]] is
happy for you to check him too. [[Chloe|name]] can stay with us if she wants but not [[Jordan|name]].
I never told anyone but on the day after Boxing Day, [[27th December|date]], last year [[Chloe|name]] came to mine with a bruise
on her arm and said [[Jordan|name]] grabbed her. [[Kirsty|name]] his ex told me at the Howard Centre that he is "all nice then he
isn't".
I can give you names of people who know me: my neighbour [[June Akers|name]] at [[33 Moors Walk|address]], my GP at the
Peartree surgery, and the mums I mind for - [[Sophie Dunne|name]] (her [[Maya|name]] and [[Leo|name]] come Mondays) and
[[Aisha Karim|name]] from [[Hatfield|place]]. My sister [[Denise Cole|name]] lives in [[Knebworth|place]] and can help on
Wednesdays. My son [[Ryan Haddow|name]] ([[Chloe|name]]'s brother, 17) still lives with me.
Please let me know about the scan.
[[Tracey|name]]
"""),
]

DOCS_E += [
    ("strategy meeting notes (forced marriage)", """STRATEGY MEETING - [[SANDHU, Simran|name]] - [[12.11.2026|date]] 15:00
Chair [[Nikhil Badesha|name]]; DC [[Sean Whitmore|name]] (Thames Valley Police); [[Helen Marchetti|name]] (school);
[[Rupinder Sahota|name]] (Karma Nirvana); school nurse [[Lucy Pang|name]]
- [[Simran|name]] staying with [[Maisie Greenaway|name]]'s family, [[Little Chalfont|place]] ([[07503 219 684|phone]]).
- Older brother [[Arjan Singh Sandhu|name]] (19), student at [[Bucks New Uni|school]] in [[High Wycombe|place]].
- Father [[Baljinder|name]] runs a shop on [[Sycamore Road|address]]; uncle [[Kuldip|name]] in [[Jalandhar|place]].
- Cousin [[Preet|name]] ([[Manpreet Grewal|name]]) in [[Slough|place]] is the source; will be spoken to.
- [[Simran|name]]'s best friends: [[Maisie|name]]; [[Priya Chauhan|name]] ([[Chesham Bois|place]]); [[Leah Okoro|name]]. Her
  tutor at the gurdwara Punjabi class, bibi [[Jaswinder Kaur|name]], is close to the mother - not to be told.
- Nani [[Gurmeet Kaur Dhillon|name]] lives at [[88 Lady Margaret Road|address]], [[Southall|place]], [[UB1 2RA|postcode]]; DC
  [[Whitmore|name]] to ask the Met to visit.
- Names written in Gurmukhi on the wedding card, typed by the school:
  [[ਸਿਮਰਨ|name]] ਅਤੇ [[ਗੁਰਪ੍ਰੀਤ|name]] ([[Simran|name]] and [[Gurpreet|name]]).
- Decision: FMPO to be sought on [[13 November|date]]. No contact with parents until order made.
"""),
]

DOCS_F += [
    ("youth worker's WhatsApp messages with the boy, typed up", """Typed up by [[Dwayne Hector|name]], youth worker, [[13/11/2026|date]]
[[Kai|name]]: u at the centre 2day
[[Dwayne|name]]: yeah from 4. u good?
[[Kai|name]]: [[jerome|name]] keeps messaging me from a new number [[07379 554 812|phone]]
[[Dwayne|name]]: dont answer. screenshot it and show [[tom|name]] (social worker)
[[Kai|name]]: he says i owe. [[reece|name]] said they no where my nan lives in [[enfield|place]]
[[Dwayne|name]]: ok. im ringing [[tom|name]] now
[[Dwayne|name]]: lol after. who else is messaging u
[[Kai|name]]: [[amari|name]] and [[tanisha|name]]. [[tanisha|name]] says [[t-bone|name]] got a car now a black golf
[[Kai|name]]: and [[shaq|name]] from [[broxbourne|place]] the one with the dog
[[Dwayne|name]]: ok ill tell [[tom|name]] and [[sharon|name]] at school. ur mum knows ur here?
[[Kai|name]]: yeh she dropped me. [[pat|name]] from next door came 2
[[Dwayne|name]]: safe. [[ellie|name]] from the missing team is coming thurs [[19th|date]] 4pm. and [[tom|name]] said ur nan [[gloria|name]]
is picking u up sat
[[Kai|name]]: ok. tell [[ellie|name]] i aint talking about [[jerome|name]] tho
[[Dwayne|name]]: fair. see u at 4. bring [[amari|name]] if he wants, [[marcus|name]] (ur dad) rang me too
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 45 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 01:13 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "sw", "hv", "nurse", "nan", "nana", "nanny",
           "gran", "grandma", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "nonno", "nonna", "zia", "zio",
           "signor", "signora", "tía", "tío", "tia", "tio", "abuela", "abuelita", "abuelo", "profe", "bibi", "nani", "chacha",
           "chachi", "bhai", "sahib", "ji", "cousin", "sra", "sr", "dadi"}
_AFTER = {"ji", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "hertfordshire", "herts",
               "buckinghamshire", "bucks", "essex", "chile", "italy", "sicily", "sicilia", "india", "punjab", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs sets 13 to 6's)
# with this set's titles and kinship words (before a name: "nonno Salvo", "zia Cettina", "Tía Pili", "bibi Gurdev Kaur", "Bhai
# Sahib Amarjit Singh") and counties, regions and countries ("Hertfordshire", "Chile", "Sicily", "Punjab", "India").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
