"""Set 227: a held-out hand-written set for the redaction detector, six invented families in Wetherby and the villages around
it (West Yorkshire: Boston Spa, Collingham, Clifford, Bramham, Thorner), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set226.py, bench/redaction_set228.py and bench/redaction_set229.py and their tests (written by other helpers
at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked
at no detector output. What was read: bench/redaction_set213.py (its docstring, first two documents and its end from its
line 480: its last four documents, _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and
tests/hand_set_checks.py in full; the docstring of bench/redaction_set181.py was not read (set 213 follows its conventions
and was copied). The docstrings of the earlier bench/redaction_set*.py were searched by script (only the names of the files
with a hit printed) for the towns and for candidate African communities: Boston Spa, Bramham and Tadcaster appear in set
218's docstring (three lines of it were printed), so this set's families live in Wetherby, Boston Spa, Collingham, Clifford,
Bramham and Thorner; Makonde was in no docstring searched (Mozambique is named in set 75's docstring, so the community
claimed is Makonde, not Mozambican). bench/redaction_handwritten.py was not opened. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs (LA 383, Leeds) made with python-stdnum in small snippets. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families: a young white British mother on Barleyfields, Wetherby (Dobson / Sharpe; neglect, a baby's missed reviews, a
boyfriend dealing); a Makonde family from Mueda, Cabo Delgado, Mozambique (Portuguese and Shimakonde speakers) in Boston Spa
(Mpalume / Nangoma; domestic abuse, a threat to take the boy to Mueda, a mother's WhatsApp message in Portuguese translated);
a young carer of 13 in Collingham (Hirst; a father with MS); a white British girl of 15 in Clifford (Kerr / Bairstow; missing
to Harehills, criminal exploitation); a white British and Nigerian family in Bramham with a boy of 8 with autism and epilepsy
(Lund / Okoro; short breaks); and a mother in Thorner misusing alcohol (Pickersgill; a boy of 11, a grandad in Shadwell). The
community new here is Makonde (northern Mozambique), in no earlier docstring searched.

24 documents, each with its own style label: a primary school safeguarding log, a nan's texts copied, a health visitor's home
visit note, child protection conference minutes, a police domestic abuse log, a mother's WhatsApp message in Portuguese
translated, a child's words written with the class teacher, a MARAC referral, a young carers assessment, a young carer's own
writing, a social worker's phone notes, a GP's letter, a return home interview, Snapchat messages typed up, strategy
discussion minutes, a mother's email, a short breaks application, an OCR-scanned paediatrician's letter (with its
misreadings), a mother's voice note transcribed, short breaks panel minutes, a MASH referral, a parent's complaint letter, a
case note of a home visit and Facebook messages typed up.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK (Wetherby 01937, Leeds 0113, mobiles) and abroad (Mozambique +258); NHS numbers and UPNs
pass their check digits. Organisations stay unmarked even when they hold a town's name ("Wetherby Health Centre", "Wetherby
Town Hall", "Leeds Civic Hall", "Leeds City Council", "Carers Leeds", "Forward Leeds", "Wharfedale Medical Practice",
"St James's University Hospital", "WEST YORKSHIRE POLICE"); countries and regions ("Mozambique", "Cabo Delgado", "West
Yorkshire") are not places; towns, villages, districts and estates are marked as places.

Markup and conventions: those of bench/redaction_set213.py (after set 181). Titles and kinship words stay outside a name (Mr,
Mrs, Ms, Miss, Dr, PC, DS, Sgt, Nan, Nanna, Grandad, aunty, mama, papa, tio, tia, avó); "SURNAME, First" is one span;
initials alone ("BL") are not marked; usernames are not marked; an OCR misreading keeps its kind ("N0ah", "ll Aberf0rd Road",
"BramhaM", "2l November 2O26").

Choices this set had to make: chat speaker labels are names ("dizzy:", "lace:", "nicola:"); a pet's name ("Pip", "Rolo",
"Bruno") is marked as a name; "spa" and "Spa" used alone for Boston Spa are places; the estate "Barleyfields" alone is a place,
"Barleyfields Close" an address; the short breaks unit "Oakwood Lodge" is an address; a shop, clinic or team named by its town
in lower-case words ("the Wetherby Morrisons", "Wetherby clinic", "Boston Spa neighbourhood team", "wetherby races") marks the
town; "MARAC REFERRAL - Leeds" marks Leeds as the place of the MARAC; a foreign street address ("Rua 25 de Junho, casa 14") is
one address span; a month alone ("September", "june") is a date; "Thorp Arch" (village and retail park) is a place.

Self-check without the detector: `python -m bench.redaction_set227` (and tests/test_redaction_set227.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 907 gold spans, 502 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dobson / Sharpe family (white British), Barleyfields, Wetherby ------------------------------------------------------

HOME_A = d.Address("14 Barleyfields Close", "Barleyfields", "Wetherby", "LS22 6PN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dobson")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["6517366016", "Y383487316146"],
       schools=["Deighton Gates Primary School"]),
    _p("s", "sibling", [("Ava-Mae", "Sharpe")], dt.date(2025, 2, 3), addresses=[HOME_A], ids=["4231370354"]),
    _p("m", "mother", [("Kayleigh", "Sharpe")], dt.date(2002, 9, 24), addresses=[HOME_A], phones=["07723 418 095"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """DEIGHTON GATES PRIMARY - SAFEGUARDING LOG (CPOMS export)
Pupil: [[DOBSON, Tyler|name]]  DOB [[11/06/2019|dob]]  UPN [[Y383487316146|upn]]  NHS [[651 736 6016|nhs]]
Mum [[Kayleigh Sharpe|name]] [[07723 418 095|phone]], [[14 Barleyfields Close|address]], [[Wetherby|place]] [[LS22 6PN|postcode]]

[[08/09/2026|date]] [[Tyler|name]] late 9.50, no coat, said "[[Ava|name]] was screaming". Mrs [[Holroyd|name]] gave him cereal.
[[15/09/2026|date]] Head lice again. Mum says her friend [[Shannon Pratt|name]] from [[Kirk Deighton|place]] will treat.
[[23.9.26|date]] [[Tyler|name]] told TA [[Becky Lumb|name]] mum's boyfriend "[[Gaz|name]]" ([[Gary Towler|name]]) shouts.
[[6 Oct|date]] HV [[Joanne\nFirth|name]] called: [[Ava-Mae|name]] missed 18 month review twice.
[[13th October 2026|date]] MASH referral by DSL [[Martin Ibbotson|name]]. SW [[Hollie Marsden|name]] allocated [[15/10|date]].
[[2/11/26|date]] [[Gary|name]] collected in van [[YJ20 WKT|vehicle]]; smelt of cannabis. [[Tyler|name]] went to nan [[Pauline Sharpe|name]]
in [[Boston\nSpa|place]] for the weekend.
[[20/11/2026|date]] [[Tyler|name]] hit [[Alfie Rhodes|name]] at lunch. Mr [[Carver|name]] spoke to both.
[[1/12/2026|date]] No answer at [[Barleyfields Close|address]]. Neighbour Mrs [[Patel|name]] at [[no. 16|address]] said mum had
gone to [[Harrogate|place]] with "[[Gaz|name]]".
[[2/12/2026|date]] [[Tyler|name]] back. Said he slept at "Uncle [[Deano|name]]'s in [[Spofforth|place]]". Mum: [[Deano|name]] =
[[Dean Sharpe|name]], her
brother, [[27 Park Row|address]], [[Spofforth|place]] [[HG3 1BA|postcode]].
[[3/12/2026|date]] [[Alfie|name]]'s mum Mrs [[Rhodes|name]] complained [[Tyler|name]] took [[Alfie|name]]'s snack; [[Tyler|name]] said he
was "starvin".
[[4.12.26|date]] [[Shannon Pratt|name]] collected [[Tyler|name]] with a note from [[Kayleigh|name]]. [[Shannon|name]] lives
[[Flat 3, 8 Westgate|address]],
[[Wetherby|place]] [[LS22 6NL|postcode]]. Mr [[Ibbotson|name]] rang mum to check.
[[7/12/2026|date]] Conference. [[Tyler|name]] asked TA [[Becky|name]] if he can live with nan [[Pauline|name]]. BL ([[Becky Lumb|name]])
logged it.
Friend [[Ollie Greenwood|name]]'s mum [[Stacey|name]] offered tea on Thursdays at [[5 Linton Meadows|address]], [[Linton|place]].
Attendance check [[05/12/2026|date]]: absences [[10/11|date]], [[11/11|date]], [[24/11|date]], [[25/11/2026|date]]. Mum's new mobile
[[07723 418 095|phone]] (same).
"""),
    ("nan's text messages copied by the social worker", """Texts from [[Pauline Sharpe|name]] (nan) to SW [[Hollie Marsden|name]], copied
[[3/12/26|date]]

Sat [[28 Nov|date]] 18:40  its [[pauline|name]] [[tylers|name]] nan. been to [[kayleighs|name]] on [[barleyfields|place]] its filthy again
Sat [[28 Nov|date]] 18:42  [[ava|name]] in a soaked nappy. [[gaz|name]] asleep on settee
Sat [[28 Nov|date]] 18:55  got [[tyler|name]] back to mine at [[boston spa|place]], will run him to [[deighton gates|school]] monday
Mon [[30 Nov|date]] 08:20  dropped him. landline [[01937 843 119|phone]] if u need it
Tue [[1 Dec|date]] 21:03  [[shannon|name]] says [[gaz|name]] dealing out of the flat by the [[wetherby|place]] bus station
Wed [[2 Dec|date]] 10:11  my neighbour [[maureen|name]] at [[no 7|address]] can vouch for me
Wed [[2 Dec|date]] 18:30  [[tyler|name]] says [[gaz|name]] has a new van but [[kayleigh|name]] wont say. his mate [[lee towler|name]]
drives it
Thu [[3 Dec|date]] 07:45  [[dean|name]] says he can have [[tyler|name]] at [[spofforth|place]] on fridays
Thu [[3 Dec|date]] 07:46  [[maureen|name]] saw [[gaz|name]] at the [[thorp arch|place]] retail park on tues with [[shannon|name]]
Fri [[4 Dec|date]] 16:02  [[hollie|name]] can [[dean|name]] come to the meeting. he says [[kayleigh|name]] told him [[ryan|name]] wants
[[tyler|name]] at
[[micklefield|place]] for xmas
Fri [[4 Dec|date]] 16:05  [[ryan|name]]s mum [[janet dobson|name]] is ok but [[ryan|name]] isnt
"""),
    ("health visitor home visit note", """HEALTH VISITING - HOME VISIT   [[3 December 2026|date]]
Child: [[Ava-Mae SHARPE|name]]  DOB [[03.02.2025|dob]]  NHS [[4231370354|nhs]]
HV [[Joanne Firth|name]] with student [[Lauren Dyson|name]]. Present: mum [[Kayleigh|name]], [[Tyler|name]] (off school), friend
[[Shannon|name]].
Home cluttered, dog faeces in kitchen. [[Ava|name]] weight dropped to 9th centile. Mum says [[Gary|name]] "has moved out" but his
boots were by the door. Mum registered with Dr [[Singh|name]] at Wetherby Health Centre; advised appointment.
Discussed with [[Hollie Marsden|name]] SW by phone [[4/12|date]]. Next visit [[17th December|date]].
[[Tyler|name]] showed [[Lauren|name]] his drawing of "Nanna [[Pauline|name]]'s house at the [[Spa|place]]". Mum's friend
[[Shannon Pratt|name]]
says she will help with bath times. Maternal uncle [[Dean Sharpe|name]] of [[Spofforth|place]] also offered. [[Ava-Mae|name]]
("[[Ava|name]]") to be
weighed at [[Wetherby|place]] clinic on [[10/12/2026|date]]; [[Kayleigh|name]] to bring red book.
Father of [[Ava-Mae|name]]: not named by mum; maternal gran thinks it is [[Gary Towler|name]]. Paternal family of [[Tyler|name]]:
[[Ryan Dobson|name]]
and his mother [[Janet Dobson|name]], [[Micklefield|place]]. Signed [[J. Firth|name]] HV, [[Wetherby|place]] team.
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[7 December 2026|date]] - Leeds Civic Hall
Children: [[Tyler DOBSON|name]] ([[11.06.2019|dob]]) and [[Ava-Mae SHARPE|name]] ([[03/02/2025|dob]]), [[Wetherby|place]].
Chair: [[Angela Whitworth|name]]. Present: [[Kayleigh Sharpe|name]] (mother), [[Pauline Sharpe|name]] (maternal gran), [[Hollie
Marsden|name]] (SW), [[Joanne Firth|name]] (HV), [[Martin Ibbotson|name]] (DSL), PC [[Dan Kershaw|name]]. Father of [[Tyler|name]],
[[Ryan Dobson|name]], of [[Micklefield|place]], not invited in time.
[[Kayleigh|name]] said [[Gary|name]] is "not on the scene". PC [[Kershaw|name]]: [[Gary Towler|name]] arrested [[19/11/2026|date]] in
[[Collingham|place]], van [[YJ20 WKT|vehicle]] seized.
Decision: both children subject to a plan, category neglect. Core group [[21/12/2026|date]] at [[Barleyfields|place]] community room.
[[Pauline Sharpe|name]] said [[Tyler|name]] has stayed with her at [[Boston Spa|place]] most weekends since [[September|date]].
[[Dean Sharpe|name]]
sent a note. [[Martin Ibbotson|name]]: [[Tyler|name]]'s attendance 81%; he is close to TA [[Becky Lumb|name]]. Lead SW:
[[Hollie Marsden|name]];
team manager [[Gareth Pullan|name]]. Minutes by [[Kim Auty|name]].
[[Janet Dobson|name]] (paternal gran) sent apologies by email ([[janetdobson61@hotmail.co.uk|email]]). [[Shannon Pratt|name]] and
[[Dean Sharpe|name]]
to be invited to core group as family network. [[Tyler|name]]'s wishes given by [[Becky Lumb|name]]: "I want to stay at nanna's".
Addresses: [[14 Barleyfields Close|address]], [[Wetherby|place]] [[LS22 6PN|postcode]]; [[Ryan Dobson|name]],
[[31 Great North Road|address]], [[Micklefield|place]]
[[LS25 4AG|postcode]]. Review conference [[8 March 2027|date]], 10am, Wetherby Town Hall.
"""),
]


# --- B. Mpalume / Nangoma family (Makonde, from Mueda, Cabo Delgado, Mozambique), Boston Spa -------------------------------

HOME_B = d.Address("3 Church Fields", "", "Boston Spa", "LS23 6DR")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Zacarias", "Mpalume")], dt.date(2016, 4, 19), addresses=[HOME_B], ids=["5737934071", "L383205616580"],
       schools=["St Edward's Catholic Primary School"]),
    _p("m", "mother", [("Felismina", "Nangoma")], dt.date(1988, 12, 2), addresses=[HOME_B], phones=["07834 261 907"]),
    _p("f", "father", [("Domingos", "Mpalume")], dt.date(1984, 7, 30), addresses=[HOME_B], phones=["+258 84 712 3456"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """WEST YORKSHIRE POLICE - INCIDENT LOG 0412 of [[29/11/2026|date]]
Location: [[3 Church Fields|address]], [[Boston Spa|place]], [[LS23 6DR|postcode]]. Attending: PC [[Ruth Garside|name]], PC
[[Imran Qureshi|name]].
IP: [[NANGOMA, Felismina|name]] (DOB [[02/12/1988|dob]]), [[07834 261 907|phone]]. Suspect: [[MPALUME, Domingos|name]] ([[30/07/1984|dob]]),
NI [[PE 41 73 26 B|ni]]. Child present: [[Zacarias|name]] ("[[Zaca|name]]"), 10.
[[Felismina|name]] speaks Portuguese and Shimakonde; interpreter [[Lídia Macuácua|name]] by phone. She says [[Domingos|name]] pushed her
into the door after a call from his brother [[Raimundo|name]] in [[Mueda|place]] ([[+258 82 456 7812|phone]]). Neighbour Mr
[[Hinchliffe|name]]
at [[no. 5|address]] heard shouting. DASH: medium. Suspect left in car [[YE17 HZC|vehicle]] towards [[Tadcaster|place]].
Update [[30/11/2026|date]] 08:10: PC [[Garside|name]] spoke to [[Zacarias|name]] with mum; he said papa "hit mama with the door". Suspect
arrested 11:20 at [[Ernesto Likumbo|name]]'s address in [[Thorp Arch|place]]; interviewed with interpreter [[Armando Sitoe|name]].
Released on bail: not to attend [[Church Fields|address]] or contact [[Felismina Nangoma|name]]. Bail to [[28/12/2026|date]].
Previous: [[14/08/2026|date]] log 0977, [[Wetherby|place]], argument in car park; [[Domingos|name]] cautioned. Associates:
[[Ernesto LIKUMBO|name]]
([[07940 612 358|phone]]); [[Bernardo Nampuio|name]] of [[Harehills|place]]. OIC PC [[Qureshi|name]], supervisor Sgt [[Lynne Askew|name]].
Vehicle [[YE17 HZC|vehicle]] (silver Corolla) registered at [[9 Mill Lane|address]], [[Thorp Arch|place]] [[LS23 7AD|postcode]]. Suspect's
mobile
[[07712 436 980|phone]] no longer in use; new number [[07548 213 679|phone]]? - to check.
"""),
    ("mother's WhatsApp message in Portuguese, translated", """WhatsApp from [[Felismina Nangoma|name]] to SW [[Tom Bielby|name]],
[[1/12/2026|date]],
translated by [[Lídia Macuácua|name]]

original: bom dia senhor [[Tom|name]], o [[Domingos|name]] voltou ontem à noite. o [[Zaca|name]] tem medo. a minha irmã [[Graça|name]] está
em [[Leeds|place]], posso ir para casa dela em [[Chapeltown|place]]?
translation: good morning Mr [[Tom|name]], [[Domingos|name]] came back last night. [[Zaca|name]] is scared. My sister [[Graça|name]] is in
[[Leeds|place]], can I go to her house in [[Chapeltown|place]]?
[[Graça Nangoma|name]], [[41 Leopold Street|address]], [[Chapeltown|place]], [[LS7 4AW|postcode]]; phone [[07915 638 240|phone]].
original: a senhora [[Hinchliffe|name]] do lado ajudou-me. o [[Zaca|name]] pode ficar na escola com a professora [[Ogden|name]]?
translation: Mrs [[Hinchliffe|name]] next door helped me. Can [[Zaca|name]] stay at school with his teacher Miss [[Ogden|name]]?
[[Tom|name]]'s reply [[1.12.26|date]]: yes, I have rung [[St Edward's|school]]; [[Graça|name]] can collect him at 3.15 if you agree.
original: [[Domingos|name]] ligou do telefone do [[Ernesto|name]]. disse que vai mandar o [[Zaca|name]] para a avó em [[Mueda|place]].
translation: [[Domingos|name]] rang from [[Ernesto|name]]'s phone. He said he will send [[Zaca|name]] to his grandmother in [[Mueda|place]].
"""),
    ("child's words written with the class teacher", """my family - [[Zacarias|name]] (Year 5), with Miss [[Ogden|name]], [[2/12/2026|date]]

my name is [[zaca|name]]. my mama is [[felismina|name]] and my papa is [[domingos|name]]. my avó lives in [[mueda|place]] in
Mozambique and she has goats. we came to [[boston spa|place]] when i was 6. i like [[st edwards|school]] and my friend is
[[Oscar|name]]. papa shouts when he is on the phone to tio [[raimundo|name]]. i want to go to [[Chapeltown|place]] to tia [[graca|name]].
Miss [[Ogden|name]] wrote: [[Zacarias|name]] drew the house in [[Church Fields|address]] with a red car outside.
my friend [[oscar|name]] has a dog called [[Bruno|name]]. in Mozambique i had a friend [[Atanásio|name]] in [[Mueda|place]] and we played
football. mama cries on the phone to avó [[Rosa|name]]. i like Mrs [[Hinchliffe|name]] next door she gives me biscuits.
Miss [[Ogden|name]] added: [[Zacarias|name]] said "[[Mingo|name]]" is what people call his dad. He asked if [[Oscar|name]] could come to tia
[[Graça|name]]'s in [[Chapeltown|place]] too. Told DSL Mrs [[Keane|name]] at 3.20.
"""),
    ("MARAC referral", """MARAC REFERRAL - [[Leeds|place]]   Date: [[03/12/2026|date]]   Referrer: [[Tom Bielby|name]], Children's Social
Work Service
Victim: [[Felismina NANGOMA|name]], DOB [[2 December 1988|dob]], [[3 Church Fields|address]], [[Boston Spa|place]] [[LS23 6DR|postcode]].
Perpetrator: [[Domingos MPALUME|name]], DOB [[30.07.1984|dob]], now staying with a friend [[Ernesto Likumbo|name]] at
[[9 Mill\nLane|address]],
[[Thorp Arch|place]]. Children: [[Zacarias Mpalume|name]] ([[19/04/2016|dob]]), NHS [[573 793 4071|nhs]].
Risk: second incident; first on [[14 August 2026|date]] outside the [[Wetherby|place]] Morrisons. Safe number: [[07834 261 907|phone]].
IDVA: [[Sadia Hussain|name]] ([[sadia.hussain@leedsidva.org.uk|email]]).
Previous address: [[Rua 25 de Junho, casa 14|address]], [[Mueda|place]]. Arrived UK [[June 2022|date]]. Father's brother
[[Raimundo Mpalume|name]],
[[+258 82 456 7812|phone]]. School: [[St Edward's Catholic Primary|school]], [[Boston Spa|place]], contact Miss [[Hannah Ogden|name]].
Police: PC [[Ruth
Garside|name]]. GP: Dr [[Mensah|name]]. Also known: [[Domingos|name]] called "[[Mingo|name]]" by friends;
[[Felismina|name]] called "[[Mina|name]]".
Threat to remove [[Zacarias|name]] to [[Mueda|place]] reported [[1/12/2026|date]]: port alert requested by PC [[Ruth Garside|name]]. Sister
of victim:
[[Graça Nangoma|name]], [[41 Leopold Street|address]], [[Chapeltown|place]] [[LS7 4AW|postcode]]. Interpreter: [[Lídia Macuácua|name]].
MARAC date: [[17/12/2026|date]], [[Leeds|place]]. Victim's GP: Dr [[Mensah|name]], [[Boston Spa|place]]; dates of earlier calls:
[[3 March 2026|date]],
[[14.08.2026|date]], [[29/11/2026|date]].
"""),
]


# --- C. Hirst family (white British, young carer), Collingham --------------------------------------------------------------

HOME_C = d.Address("22 Harewood Road", "", "Collingham", "LS22 5BL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Megan", "Hirst")], dt.date(2013, 10, 5), addresses=[HOME_C], ids=["7201250736", "R383267818597"],
       schools=["Wetherby High School"]),
    _p("f", "father", [("Craig", "Hirst")], dt.date(1979, 3, 17), addresses=[HOME_C], phones=["07456 120 883"]),
], "c")

DOCS_C = [
    ("young carers assessment", """YOUNG CARERS ASSESSMENT - Carers Leeds
Young carer: [[HIRST, Megan|name]]  DOB [[05/10/2013|dob]]  School: [[Wetherby High|school]]  UPN [[R383267818597|upn]]
Address [[22 Harewood Road|address]], [[Collingham|place]], [[LS22 5BL|postcode]]. Assessor [[Nadia Whiteley|name]],
[[26 November 2026|date]].
Cared for: dad [[Craig Hirst|name]] (MS, wheelchair). Mum [[Leanne|name]] left in 2023, lives in [[Selby|place]].
Tasks: meals, meds from the [[Collingham|place]] pharmacy, lifting. Brother [[Josh|name]] (19) works nights at [[Thorp\nArch|place]].
[[Megan|name]] wants: a night away with the group at [[Ilkley|place]]; her friend [[Isla Stead|name]] to come too.
Contacts: dad [[07456 120 883|phone]]; aunt [[Michelle Hirst|name]] [[0113 496 0732|phone]]; neighbour [[Bob Illingworth|name]]
at [[no 24|address]].
Signed: [[N. Whiteley|name]]; [[Megan Hirst|name]] ("[[Meg|name]]"); [[Craig Hirst|name]]. Review: [[26 February 2027|date]].
Teacher Mr [[Pickard|name]] ([[j.pickard@wetherbyhigh.org.uk|email]]) to give a time-out pass. OT [[Gail Nettleton|name]] referred
[[27/11|date]].
Other family: grandma [[Joan Hirst|name]] in [[Tadcaster|place]] (poor health). Best friend [[Isla Stead|name]] ([[Isla|name]]'s mum
[[Rachel Stead|name]]
will drive to group). [[Megan|name]]'s form tutor Ms [[Norrie|name]].
Dates of caring incidents: [[2 October|date]] (dad fell), [[19/10/2026|date]] (ambulance to [[Harrogate|place]]), [[11.11.26|date]]. NHS
[[720 125 0736|nhs]].
"""),
    ("young carer's own writing", """a day for me by [[meg hirst|name]]

i get up at 6 and do dads tablets. [[josh|name]] is asleep cos of nights. i get the bus from [[collingham|place]] to
[[wetherby|place]] and mostly im late. mr [[pickard|name]] says its ok. after school i go to [[spa|place]] co-op for milk if
dads forgot. on wednesdays i go to young carers at [[linton|place]] with [[isla|name]] and [[Ruby|name]]. our dog [[Pip|name]] sleeps on
dads feet.
sometimes aunty [[michelle|name]] comes from [[leeds|place]] on sundays and does a roast. mum [[leanne|name]] texts from [[selby|place]]
but not
much. i want to be a vet. mr [[illingworth|name]] next door lets me walk [[Pip|name]] with his dog [[Rolo|name]] on the
[[collingham|place]] fields.
my best teacher is ms [[norrie|name]]. grandma [[joan|name]] in [[tadcaster|place]] used to help but now she cant. when i grow up i want to
live in [[york|place]] with [[isla|name]] and have a dog like [[Pip|name]].
"""),
    ("social worker's phone notes", """Phone notes - SW [[Kirsty Fowler|name]] - [[4/12/2026|date]]
09:15 Rang [[Craig|name]] ([[07456 120 883|phone]]). OT visit from [[Gail Nettleton|name]] on [[the 10th|date]]. He says [[Meg|name]] "does
too much".
09:40 Rang [[Leanne Hirst|name]] ([[07585 702 614|phone]]), [[Selby|place]]: will have [[Megan|name]] alternate weekends from
[[19th\nDecember|date]].
10:05 School: Mr [[Pickard|name]] (head of year) - [[Megan|name]] late 23 times this term; pass agreed.
10:30 [[Josh Hirst|name]] rang back; works at the [[Thorp Arch|place]] estate; can do Saturdays.
11:15 [[Michelle Hirst|name]] ([[0113 496 0732|phone]]) can do Sunday teas; lives [[17 Sandhill Drive|address]], [[Alwoodley|place]],
[[LS17 8DJ|postcode]].
11:40 Carers Leeds, [[Nadia Whiteley|name]]: group trip to [[Ilkley|place]] on [[16 January|date]] confirmed for [[Megan|name]] and
[[Isla|name]].
12:00 [[Joan Hirst|name]] ([[01937 586 412|phone]]) in [[Tadcaster|place]]: can't help now. 12:20 Told [[Craig|name]]; he will ring
[[Leanne|name]].
14:05 [[Isla Stead|name]]'s mum [[Rachel Stead|name]] rang: [[Isla|name]] worried about [[Meg|name]]; will drive both to [[Linton|place]]
group.
15:00 [[Leanne|name]]'s address: [[Flat 6, 2 Brook Street|address]], [[Selby|place]] [[YO8 4AL|postcode]]. Next visit to
[[Collingham|place]] [[14/12/2026|date]].
"""),
    ("GP's letter", """Wharfedale Medical Practice, [[Collingham|place]]
[[7 December 2026|date]]
Dear Ms [[Fowler|name]],
Re: [[Craig HIRST|name]], DOB [[17/03/1979|dob]], [[22 Harewood Rd|address]], [[Collingham|place]] [[LS22 5BL|postcode]]
Mr [[Hirst|name]]'s MS has progressed; he now needs help with transfers. His daughter [[Megan|name]] ([[5.10.2013|dob]]) is doing much of
this. I support a carers' assessment and a care package. Dr [[Fiona Ashby|name]] ([[f.ashby@nhs.net|email]]).
cc: [[Nadia Whiteley|name]], Carers Leeds; [[Craig Hirst|name]]. Mr [[Hirst|name]] has asked that his son [[Joshua Hirst|name]]
([[06/04/2007|dob]])
is also offered support. His sister [[Michelle|name]] is a named contact.
Yours sincerely, Dr [[F. Ashby|name]], [[Collingham|place]] team; dictated [[4.12.26|date]], typed by [[Lorraine|name]].
"""),
]


# --- D. Kerr / Bairstow family (white British), Clifford: a girl missing to Leeds --------------------------------------------

HOME_D = d.Address("6 Chapel Lane", "", "Clifford", "LS23 6HU")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Lacey", "Kerr")], dt.date(2011, 8, 22), addresses=[HOME_D], ids=["5105168186", "V383353018592"],
       schools=["Boston Spa Academy"]),
    _p("m", "mother", [("Donna", "Bairstow")], dt.date(1985, 1, 9), addresses=[HOME_D], phones=["07961 349 527"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - [[Lacey KERR|name]] ([[22/08/2011|dob]]) - [[2/12/2026|date]]
Worker: [[Sam Brayshaw|name]]. Missing from [[6 Chapel Lane|address]], [[Clifford|place]] [[30/11/2026|date]] 19:00 to [[1/12|date]] 14:00.
[[Lacey|name]] says she went to [[Harehills|place]] with [[Keeley|name]] and a lad called "[[Dizzy|name]]" ([[Jordan Dixon|name]]?). Picked
up
at [[Boston Spa|place]] by a grey car [[YD71 RNX|vehicle]]. Stayed at a flat on [[Compton\nRoad|address]]. Had £200 and a new phone.
Mum [[Donna Bairstow|name]] and stepdad [[Lee Bairstow|name]] not told where. [[Lacey|name]] wants her nan [[Irene Kerr|name]] in
[[Bramham|place]].
[[Lacey|name]] says [[Dizzy|name]] made her carry a bag to a house in [[Seacroft|place]]; a woman called "[[Kez|name]]" drove. She met a
girl
[[Teegan|name]] from [[Halton Moor|place]] there. Her friend [[Keeley Walsh|name]] lives [[15 Chapel Lane|address]], [[Clifford|place]].
[[Lacey|name]]'s
school DSL Mr [[Oxley|name]] informed.
[[Lacey|name]] said her stepdad [[Lee|name]] "goes mental" and she went to [[Keeley|name]]'s to get away. She would talk to her nan
[[Irene|name]]
or her aunty [[Tracey|name]] in [[Bardsey|place]]. Next RHI worker: [[Sam Brayshaw|name]] again.
Earlier episodes: [[4 October 2026|date]] ([[Wetherby|place]] bus station), [[23/10/2026|date]] ([[Leeds|place]] city bus station),
[[15.11.26|date]] ([[Harehills|place]]).
Flat: [[Flat 9, 112 Compton Road|address]], [[LS9 7BJ|postcode]].
"""),
    ("Snapchat messages typed up", """Snapchat chat on [[Lacey|name]]'s old phone, typed by [[Sam Brayshaw|name]] [[3/12/26|date]]
(usernames not copied)

[[dizzy|name]]: u comin [[leeds|place]] 2nite
[[lace|name]]: cant mams watchin
[[dizzy|name]]: get [[keeley|name]] to say ur at hers in [[clifford|place]]
[[lace|name]]: ok pick me up by [[spa|place]] chippy
[[dizzy|name]]: [[kez|name]] will come in the grey 1. bring nothin
[[lace|name]]: [[jordan|name]] i dont wanna carry again
[[dizzy|name]]: [[teegs|name]] sed ur gettin proper soft
[[lace|name]]: tell [[teegs|name]] shes a grass. im at nans in [[bramham|place]]
[[dizzy|name]]: [[kez|name]] knows where ur nan lives
[[lace|name]]: leave my nan out of it
[[keeley|name]]: [[lacey|name]] u ok. [[dizzy|name]] messaged me
[[lace|name]]: dont tell him nothin [[kee|name]]. im at [[bramham|place]] til xmas
[[keeley|name]]: ok babe. my mam says come to [[clifford|place]] when ur back
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[04/12/2026|date]] - [[Lacey Kerr|name]], DOB [[22.08.2011|dob]], NHS
[[510 516 8186|nhs]]
Chair: [[Rebecca Stainthorpe|name]] (team manager). DS [[Paul Hebden|name]]; [[Sam Brayshaw|name]]; DSL [[Carl Oxley|name]]
([[Boston Spa Academy|school]]);
school nurse [[Tina Waite|name]].
DS [[Hebden|name]]: [[Jordan DIXON|name]] (19) of [[Gipton|place]] known for county lines to [[Wetherby|place]] and [[Tadcaster|place]]; car
[[YD71 RNX|vehicle]] registered to [[Kerry Mcgill|name]] ("[[Kez|name]]"). [[Keeley Walsh|name]] (15) also at risk.
Agreed: s47 enquiries; [[Lacey|name]] to stay with nan [[Irene|name]] at [[2 Bowcliffe Road|address]], [[Bramham|place]]
[[LS23 6LP|postcode]];
mum [[07961 349 527|phone]] told.
School nurse [[Waite|name]]: [[Lacey|name]] seen [[26/11/2026|date]] for a cut hand; said she fell in [[Wetherby|place]]. Mr [[Oxley|name]]:
attendance 64%; friendships with [[Keeley Walsh|name]] and [[Teegan Conlon|name]]. Nan [[Irene Kerr|name]] [[01937 580 264|phone]].
Actions: DS [[Hebden|name]] to visit [[Compton Road|address]] address; [[Sam Brayshaw|name]] to see [[Keeley Walsh|name]] and her mum
[[Lisa|name]];
[[Rebecca Stainthorpe|name]] to tell [[Boston Spa|place]] neighbourhood team. Next meeting [[11/12/2026|date]].
Phones: [[Lacey|name]]'s new handset [[07593 864 120|phone]] (given by [[Jordan|name]]); [[Keeley|name]]'s mum [[07877 305 241|phone]]. UPN
[[V383353018592|upn]].
"""),
    ("mother's email to the social worker", """From: [[donna.bairstow85@gmail.com|email]]
Sent: [[05 December 2026|date]] 23:12
To: [[Sam Brayshaw|name]]
[[Sam|name]], [[Lacey|name]] rang from her nans at 10 crying. she says [[Jordan|name]] has messaged [[Keeley|name]] saying [[Lacey|name]]
owes him.
[[Lee|name]] wants to go over to [[Gipton|place]] and I have told him not to. Can you ring me on [[07961 349 527|phone]]. My sister
[[Tracey|name]] in [[Bardsey|place]] can have her at Christmas. [[Donna|name]]
PS [[Keeley|name]]'s mum [[Lisa Walsh|name]] said a grey car was outside their house in [[Clifford|place]] last night. [[Lee|name]] took the
reg [[YD71 RNX|vehicle]]. [[Irene|name]] says [[Lacey|name]] can stay till the [[14th|date]].
Sent from my iPhone. PPS [[Lacey|name]]'s dad [[Andy Kerr|name]] in [[Knaresborough|place]] has rung [[Irene|name]]. He wants her at his on
[[Boxing Day|date]]. Is that ok? [[Donna|name]] [[Bairstow|name]]
"""),
]


# --- E. Lund / Okoro family (white British and Nigerian), Bramham: a disabled boy -------------------------------------------

HOME_E = d.Address("11 Aberford Road", "", "Bramham", "LS23 6QG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Noah", "Okoro")], dt.date(2018, 1, 27), addresses=[HOME_E], ids=["1480785873", "Y383324420531"],
       schools=["Bramham Primary School"]),
    _p("m", "mother", [("Gemma", "Lund")], dt.date(1990, 5, 14), addresses=[HOME_E], phones=["07398 571 046"]),
], "c")

DOCS_E = [
    ("short breaks application", """SHORT BREAKS REQUEST - Child: [[Noah OKORO|name]], DOB [[27/01/2018|dob]], UPN [[Y383324420531|upn]]
Address: [[11 Aberford Road|address]], [[Bramham|place]], [[LS23 6QG|postcode]]. Mum [[Gemma Lund|name]] [[07398 571 046|phone]].
Dad [[Chidi Okoro|name]] works away in [[Aberdeen|place]]. [[Noah|name]] has autism and epilepsy; one-to-one at [[Bramham Primary|school]]
with
TA [[Jill Sykes|name]]. Nan [[Carol Lund|name]] in [[Thorner|place]] helps on Fridays. Request: overnight at [[Oakwood Lodge|address]].
[[Noah|name]]'s brother [[Kai Okoro|name]] (14) helps at weekends. Parents: [[Gemma LUND|name]] and [[Chidi OKORO|name]]
([[07481 927 063|phone]]).
Paediatrician: Dr [[Emeka Adeyemi|name]]. School SENCo: Mrs [[Rachel Haigh|name]]. SW [[Priya Chauhan|name]] supports.
Family support: [[Carol Lund|name]] ([[01937 845 730|phone]]), [[Thorner|place]]; great-aunt [[Sheila Lund|name]], [[Garforth|place]].
Friends:
[[Noah|name]]'s buddy at school [[Freddie Nuttall|name]]. Signed [[G. Lund|name]] [[1/12/2026|date]].
Seizure dates: [[3/11/2026|date]], [[9/11/2026|date]], [[22/11/2026|date]], [[5/12/2026|date]]. Address of the unit:
[[Oakwood Lodge, Roundhay Road|address]],
[[Leeds|place]] [[LS8 2LA|postcode]].
"""),
    ("OCR-scanned paediatrician's letter", """St James's University Hospital - Child Development
[[2l November 2O26|date]]
Re: [[N0ah OKOR0|name]]   DOB [[27/0l/2Ol8|dob]]   NHS [[148 078 5873|nhs]]
[[ll Aberf0rd Road|address]], [[BramhaM|place]], [[LS23 6QG|postcode]]
Dear Dr [[Singh|name]], I saw [[Noah|name]] with his mother Ms [[Lund|name]] and grandmother Mrs [[Car0l Lund|name]]. Seizures now 3 a
week. I have written to Ms [[Sykes|name]] at school. Dr [[E. Adeyemi|name]], consultant paediatrician.
cc: Mrs [[Ha1gh|name]], SENCo; [[Priya Chauhan|name]], social worker; [[Gemma Lund|name]], [[ll Aberford Rd|address]], [[Bramham|place]].
P.S. [[N0ah|name]]'s brother [[Ka1|name]] and dad Mr [[0koro|name]] (working in [[Aberdeen|place]]) were not present. Next clinic
[[l5 January 2O27|date]] at [[Seacroft|place]].
"""),
    ("mother's voice note transcribed", """Voice note from [[Gemma|name]] to SW [[Priya Chauhan|name]], [[6/12/2026|date]], transcribed
"hiya [[Priya|name]], it's [[Gemma|name]], [[Noah|name]]'s mum. He had two fits last night, I rang 111. [[Chidi|name]] is back on the
[[18th|date]]. My mum can't do Friday, she's at my aunty [[Sheila|name]]'s in [[Garforth|place]]. [[Noah|name]] keeps asking for
[[Jill|name]]
from school. Can you ring me, love, it's [[07398 571 046|phone]]."
"Oh and [[Kai|name]]'s been brilliant. [[Jill|name]] from school said she'd pop round. Sorry, and [[Dawn|name]] from [[Scarcroft|place]]
rang about
sitting, is she one of yours?"
"...and [[Freddie|name]]'s mum, [[Nikki Nuttall|name]], said he can come to [[Noah|name]]'s party on the [[27th of\nJanuary|date]]. Ta,
bye."
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[10/12/2026|date]]
[[Noah Okoro|name]] ([[27.01.2018|dob]]), [[Bramham|place]]. SW [[Priya Chauhan|name]] presented. Evidence: Dr [[Adeyemi|name]]'s letter of
[[21 November|date]]. Chair [[Graham Tattersall|name]]. Decision: two nights a month at [[Oakwood Lodge|address]]; sitter
[[Dawn Pearson|name]]
from [[Scarcroft|place]]. Letter to [[Gemma Lund|name]] and [[Chidi Okoro|name]].
Present: [[Graham Tattersall|name]], [[Priya Chauhan|name]], Mrs [[Rachel Haigh|name]], Dr [[Adeyemi|name]] (by phone). Apologies:
[[Sue Ackroyd|name]].
Review [[10 June 2027|date]]. Address for letters: [[11 Aberford Road|address]], [[Bramham|place]].
Note: [[Carol Lund|name]] (grandmother, [[Thorner|place]]) and [[Sheila Lund|name]] to be backup carers. TA [[Jill Sykes|name]] to share
the seizure plan with
[[Dawn Pearson|name]].
Start [[4 January 2027|date]]. Transport from [[Bramham|place]] [[LS23 6QG|postcode]] by taxi; escort from [[Garforth|place]].
"""),
]


# --- F. Pickersgill family (white British), Thorner: a mother misusing alcohol -----------------------------------------------

HOME_F = d.Address("4 Milner Lane", "", "Thorner", "LS14 3AQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harvey", "Pickersgill")], dt.date(2015, 11, 30), addresses=[HOME_F], ids=["6952200592", "R383274614579"],
       schools=["Thorner Church of England Primary School"]),
    _p("m", "mother", [("Nicola", "Pickersgill")], dt.date(1986, 6, 6), addresses=[HOME_F], phones=["07824 905 316"]),
], "c")

DOCS_F = [
    ("MASH referral", """MASH REFERRAL - received [[24/11/2026|date]]
Child: [[PICKERSGILL, Harvey|name]] DOB [[30/11/2015|dob]] NHS [[695 220 0592|nhs]], [[4 Milner Lane|address]], [[Thorner|place]]
[[LS14 3AQ|postcode]]
Referrer: [[Diane Crabtree|name]], head at [[Thorner CE Primary|school]]. Mum [[Nicola|name]] ([[07824 905 316|phone]]) smelt of drink at
pick-up three times. Partner "[[Macca|name]]" ([[Steven McAllister|name]]) seen driving [[Harvey|name]] in [[YB66 TLK|vehicle]]. Grandad
[[Ken Pickersgill|name]] lives in [[Shadwell|place]].
Sibling: none. Aunt [[Sarah Lockwood|name]] of [[Barwick-in-Elmet|place]]. MASH decision by [[Owen Lister|name]] [[25/11/2026|date]]: to
social work, SW [[Jess Ward|name]].
Also known: [[Nicola|name]] "[[Nic|name]]" [[PICKERSGILL|name]]; [[Steven McAllister|name]] DOB [[12/02/1981|dob]], NI
[[JK 62 48 19 D|ni]], last known
[[20 Coronation Avenue|address]], [[Scholes|place]].
Previous contacts: [[2 May 2024|date]] ([[Thorner|place]]), [[17/01/2025|date]] ([[Shadwell|place]]), [[8.9.26|date]]. UPN
[[R383274614579|upn]].
[[Ken|name]]'s address: [[8 Main Street|address]], [[Shadwell|place]] [[LS17 8HH|postcode]]. Vehicle [[YB66 TLK|vehicle]] seen
[[22/11/2026|date]].
"""),
    ("parent's complaint letter", """[[4 Milner Lane|address]]
[[Thorner|place]]
[[7th Dec 2026|date]]
To whoever at Leeds City Council,
I want to complain about your social worker Ms [[Ward|name]]. She came to my house on the [[2nd|date]] without ringing and spoke to my
son [[Harvey|name]] on the doorstep. I am not a drunk. I had two glasses at my friend [[Tanya Booth|name]]'s in [[Scholes|place]].
[[Steve|name]]
does not live here. The school head Mrs [[Crabtree|name]] has had it in for me since [[Harvey|name]] fell out with her nephew.
[[Nicola Pickersgill|name]]
I want a different worker. Ring me on [[07824 905 316|phone]] or write to me. My dad [[Ken|name]] will come to any meeting.
Also my neighbour [[Alan|name]] should mind his own. I have copied this to my MP and to [[Ken Pickersgill|name]]. Yours,
[[N Pickersgill|name]]
"""),
    ("case note of a home visit", """Case note - SW [[Jess Ward|name]] - [[2/12/2026|date]] 16:10
Visited [[Nicola|name]] at [[Milner Lane|address]]. Empty bottles by the bin. [[Harvey|name]] ("[[Harv|name]]") said he walks to grandad
[[Ken|name]]'s in [[Shadwell|place]] when mum is "poorly". Neighbour [[Alan Sowden|name]] at [[no 6|address]] worried. [[Nicola|name]]
refused
Forward Leeds. Next: visit to [[Ken Pickersgill|name]], [[8 Main Street|address]], [[Shadwell|place]] [[LS17 8HH|postcode]], on
[[the 9th|date]].
16:40 [[Harvey|name]] showed me his room; photo of him with grandad [[Ken|name]] and cousin [[Mollie|name]] at [[Roundhay|place]]. He said
"[[Macca|name]]" comes on Saturdays. Plan: discuss with [[Diane Crabtree|name]] and TM [[Owen Lister|name]].
17:00 Rang [[Ken|name]] ([[0113 496 0518|phone]]); he can have [[Harvey|name]] after school; his partner [[Val Emsley|name]] is there too.
Previous visits: [[18/11/2026|date]], [[25/11/2026|date]]. [[Sarah|name]]'s address: [[3 Elmet Drive|address]], [[Barwick-in-Elmet|place]]
[[LS15 4HG|postcode]].
"""),
    ("Facebook messages typed up", """Facebook messages [[nicola pickersgill|name]] to her sister [[Sarah Lockwood|name]], shown to SW
[[5/12/26|date]]

[[nicola|name]]: [[sarah|name]] can u get [[harv|name]] from school tmrw
[[sarah|name]]: cant im at [[wetherby|place]] races all day. ask dad
[[nicola|name]]: dad says hes got [[barwick|place]] bowls
[[sarah|name]]: ffs [[nic|name]]. is [[macca|name]] still about
[[nicola|name]]: no. [[harv|name]] can walk to [[ken|name]]s
[[sarah|name]]: tell [[harv|name]] auntie [[sarah|name]] loves him
[[nicola|name]]: will do. [[mollie|name]] ok?
[[sarah|name]]: shes at her dads in [[garforth|place]]
[[nicola|name]]: [[val|name]] says dad can do it. [[macca|name]] is gone i swear
[[sarah|name]]: u said that in [[june|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 227 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:31 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "ta",
           "nurse", "our", "nan", "nanna", "nanny", "gran", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt",
           "mama", "papa", "tio", "tia", "avó", "stepdad"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "west yorkshire", "yorkshire", "mozambique", "cabo delgado", "nigeria"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("tio Raimundo", "tia Graça", "grandad Ken") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
