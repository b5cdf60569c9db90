"""Set 218: a held-out hand-written set for the redaction detector, six invented families in Tadcaster, Sherburn in Elmet and
the villages around them (North Yorkshire), written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set219.py to bench/redaction_set221.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, its first four documents and the start of a fifth, its last two documents
and its end: records, _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the class Records and the
start of HandSet in bench/redaction_handwritten.py (their signatures); bench/redaction_set181.py was not read (set 213
follows its conventions and was copied). The docstrings of the earlier bench/redaction_set*.py were searched by a script
(docstrings only, hits listed by set number) for Asian communities and for this set's towns and villages: none names
Tadcaster, Church Fenton, Ulleskelf, Stutton, Towton, Bramham or Boston Spa; set 73 names Sherburn in Elmet (a father's
home there), and a family is placed there anyway, as the brief asks for the town; "Batak" matched no docstring. Phone numbers were checked
with the phonenumbers library and NHS numbers and UPNs (LA 815) made with python-stdnum in small snippets. Nobody may tune
the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only
the marking and say so here.

Six families: a young white British mother on Kelcbar Hill, Tadcaster, and a violent partner from Stutton (Fawcett /
Hardcastle / McAllister; domestic abuse, a boy of 9 and a girl of 3); a Batak Toba family from North Sumatra, Indonesia, in
Sherburn in Elmet (Simanjuntak / Siregar; a girl of 13 belted by her father, staying with an aunt in Garforth, family in
Medan, Balige, Samosir and Pematangsiantar); a young carer of 11 in Church Fenton with a mother who has MS (Pullan; a
grandad in Ulleskelf); a white British boy of 16 in Ulleskelf exploited into Leeds (Booth; missing episodes, Snapchat,
a MACE panel); a girl of 7 with cerebral palsy in South Milford (Whiteley; short breaks, a father's complaint); and a mother
in Monk Fryston misusing alcohol and cocaine, her boy of 10 with his nan in Hillam (Rhodes; a plan for neglect). The
community new here is the Batak (Batak Toba, North Sumatra, Indonesia): no earlier docstring searched names it.

24 documents, each with its own style label: a MASH referral from the school, a police domestic abuse log, a child's words
recorded by the social worker, a mother's Facebook messages typed up, a school safeguarding log, strategy discussion
minutes, a mother's WhatsApp messages in Indonesian translated, a young person's own words, a young carers' assessment, a
young carer's own writing, a district nurse's email, a social worker's case note of a home visit, a police missing person
log, a return home interview, Snapchat messages typed up by police, contextual safeguarding (MACE) panel minutes, a GP
letter scanned with OCR misreadings, a health visitor's note, a short breaks application, a father's email of complaint, a
chronology of significant events, child protection conference minutes, a nan's voice note transcribed and a boy's own
words written with the school nurse.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers): UK (Tadcaster 01937, Selby area 01977 and 01757, Leeds 0113, mobiles) and abroad
(Indonesia +62, Spain +34); NHS numbers and UPNs pass their check digits; NI numbers have a valid format. The council,
police, surgeries, hospitals, the prison (HMP Wealstun), Compass and the Batak fellowship are organisations and unmarked;
towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py (after set 181). Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Dr, PC, PCSO, DS, DI, HV, Nana, Grandad, Pastor, Councillor, and the Batak words Opung, Namboru, Tulang,
bapak, Ito); "SURNAME, First" is one span; initials alone are not marked (so the chat letters "c" and "b" standing for
two young men, and "KP" on a chart, are not marked); usernames are not marked; organisations holding a town's name stay
unmarked ("Sherburn Group Practice", "Tadcaster Medical Centre", "York Hospital", "Selby Civic Centre");
countries, counties and regions ("Indonesia", "Spain", "North Yorkshire") are not places;
an OCR misreading keeps its kind ("S0uth MiIford", "l4/05/20l9"); "the A64" is a road and not marked;
a year alone ("in 2011") is a date; a weekday alone or
before a date is not part of a date ("Monday 30th November" marks only "30th November"), and
recurring weekdays ("on Fridays") are not dates.

Choices this set had to make: chat speaker labels are names ("jodie fawcett:", "kez:", "rotua"); short forms of towns are
places ("Tad" for Tadcaster, "Siantar" for Pematangsiantar, "ponte" for Pontefract, "Monk" for Monk Fryston); a pub named
by its village ("the ulleskelf arms") marks the village; a short breaks unit ("Brackenbrook") and a named house ("Holly
Cottage") are addresses; a school named by its village alone ("Monk Fryston" for the school's head) is a school; pets'
names ("Bonnie", "Pudding", "Ted", "Rolo") are names but a cartoon pig ("Peppa") is not; "Ucok" (a teasing family
nickname) is a name; a possessive keeps its s inside a lower-case chat name ("tylers", "alfies", "harriets") as written;
"Church Fenton station" and "Ulleskelf station" mark the village; the "Batak fellowship" and "Bahasa Indonesia" are not
marked.

Self-check without the detector: `python -m bench.redaction_set218` (and tests/test_redaction_set218.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 903 gold spans, 500 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Fawcett / Hardcastle family (white British), Kelcbar Hill, Tadcaster --------------------------------------------

HOME_A = d.Address("14 Kelcbar Close", "Kelcbar Hill", "Tadcaster", "LS24 9NW")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hardcastle")], dt.date(2017, 6, 3), addresses=[HOME_A], ids=["4219553088", "Q815319070010"],
       schools=["Riverside Primary School"]),
    _p("s", "sibling", [("Poppy", "Fawcett")], dt.date(2023, 2, 11), addresses=[HOME_A], ids=["5735593390"]),
    _p("m", "mother", [("Jodie", "Fawcett")], dt.date(1996, 9, 24), addresses=[HOME_A], phones=["07723 418 596"]),
], "c")

DOCS_A = [
    ("MASH referral from the school", """MASH REFERRAL - NORTH YORKSHIRE COUNCIL CHILDREN AND FAMILIES
Child: [[HARDCASTLE, Tyler|name]]   DOB [[03/06/2017|dob]]   NHS [[421 955 3088|nhs]]   UPN [[Q815319070010|upn]]
School: [[Riverside Primary|school]], [[Tadcaster|place]]. Referrer: [[Amy Kettlewell|name]], DSL ([[01937 496 274|phone]])
Mother: [[Jodie Fawcett|name]], [[14 Kelcbar Close|address]], [[Kelcbar Hill|place]], [[Tadcaster|place]] [[LS24 9NW|postcode]],
mob [[07723 418 596|phone]]. Half-sister [[Poppy Fawcett|name]] (DOB [[11.02.23|dob]]).
Concerns: on Monday [[30th November|date]] [[Tyler|name]] came in with a bruise on his cheek and said "[[Macca|name]] pushed me
into the door". [[Macca|name]] is mum's partner, [[Shane McAllister|name]], believed to live in [[Stutton|place]] but stays at
[[Kelcbar Close|address]] most nights. [[Tyler|name]] told his teacher Mr [[Hebden|name]] that [[Poppy|name]] "was screaming" and
that nana [[Sue|name]] came. Nana is [[Susan Fawcett|name]], [[3 Wighill Lane|address]], [[Tadcaster|place]]
[[LS24 8EZ|postcode]], who rang the school on [[1/12/26|date]] from [[07462 981 053|phone]].
Attendance 81%. Lunch money owed. [[Tyler|name]]'s friend [[Alfie Rhodes|name]]'s mum, Mrs [[Lorna\nRhodes|name]], has been
giving him tea after school. Previous referral [[14/02/2025|date]] (police, DA, no further action).
Consent: mum not told - [[Macca|name]] may be present. Manager [[Helen Robshaw|name]] agreed [[1 Dec 2026|date]].
MASH outcome ([[2/12/2026|date]]): [[Tyler|name]] and [[Poppy|name]] to assessment; SW [[Naomi Clegg|name]]. Checks: [[Shane
McAllister|name]] known in [[Leeds|place]] (DA with ex [[Kayleigh Barraclough|name]], [[Garforth|place]], [[2021|date]]).
Nana [[Sue|name]] ok to
be a safe adult. Dad [[Ryan Hardcastle|name]], [[8 Deighton Road|address]], [[Wetherby|place]] [[LS22 7TB|postcode]], not yet told.
Other school contacts: deputy DSL [[Owen Sugden|name]]; office [[Lynne Pratt|name]];
family support worker [[Tasha Hick|name]] ([[tasha.hick@riversideprimary.org.uk|email]]).
"""),
    ("police domestic abuse log", """NORTH YORKSHIRE POLICE - DOMESTIC INCIDENT   Occ 12260124433
Date: Sat [[5 December 2026|date]] 01:12   Loc: [[14 Kelcbar Close|address]], [[Tadcaster|place]] [[LS24 9NW|postcode]]
IP: [[FAWCETT, Jodie|name]] ([[24/09/1996|dob]]) tel [[07723 418 596|phone]]
Suspect: [[McALLISTER, Shane|name]] aka "[[Macca|name]]" DOB [[17/03/1993|dob]], NI [[JR 52 71 38 B|ni]], of
[[2 Manor Garth|address]], [[Stutton|place]] [[LS24 9BU|postcode]]. Vehicle: white Transit [[YD70 FRP|vehicle]].
Children: [[Tyler|name]] (9) and [[Poppy|name]] (3) asleep upstairs? [[Tyler|name]] awake on the landing.
Caller: neighbour Mrs [[Parveen Akhtar|name]] at [[no. 16|address]]. Attending PC [[Lofthouse|name]] and PCSO [[Jake\nBirtle|name]].
Account: [[Jodie|name]] says [[Shane|name]] came back from the [[Tad|place]] pubs, took her phone, threw it at the wall.
Scratch on her arm. [[Shane|name]] left in the Transit towards [[Towton|place]] before police arrived.
Circulated. Stopped 02:40 on the A64 near [[Bramham|place]] by traffic (PC 2214 [[Walsh|name]]). Arrested, taken to
[[Harrogate|place]]. DASH: medium. [[Jodie|name]]'s mum [[Sue Fawcett|name]] came to sit with the kids.
Referral to IDVA [[Kerry Ogden|name]] and to the MASH. Previous: [[14/02/2025|date]] ([[Macca|name]] kicked door, NFA).
Update [[06/12/2026|date]]: [[McAllister|name]] bailed to [[2 Manor Garth|address]], [[Stutton|place]], not to enter
[[Tadcaster|place]]. His mother [[Denise McAllister|name]] agreed he lives with her. OIC DC [[Harriet Myers|name]].
[[Jodie|name]]'s phone: new number given as [[07415 206 938|phone]]. Witness: [[Akhtar|name]], [[16 Kelcbar Close|address]];
her son [[Zain Akhtar|name]] also heard it.
"""),
    ("child's words recorded by the social worker", """What [[Tyler|name]] told me - SW [[Naomi Clegg|name]], [[7/12/2026|date]], at
[[Riverside|school]], in the library with Miss [[Kettlewell|name]] there

I asked what it is like at home. [[tyler|name]] said "good when [[macca|name]] is not there". He drew his house on
[[kelcbar|place]] with mum, [[poppy|name]], nana [[sue|name]] and his dog [[Bonnie|name]]. He didn't draw [[Macca|name]].
He said [[Macca|name]] "shouts at [[Pop|name]] for crying" and took him fishing at [[Ulleskelf|place]] once which was good.
His best friend is [[Alfie|name]]; he goes to [[Alfie|name]]'s house on [[Station Road|address]] for tea. His dad [[Ryan
Hardcastle|name]] lives in [[Wetherby|place]] and he sees him "at Christmas and the summer holidays".
He wants nana [[Sue|name]] to "live at ours". He said "[[macca|name]] went in the police van on saturday".
I'll visit [[Jodie|name]] at home on [[9/12|date]] with [[Kerry Ogden|name]].
He told me [[Bonnie|name]] is "a staffy" and nana [[Sue|name]] walks her by the river at
[[Tadcaster|place]]. His teacher Mr [[Hebden|name]] and TA [[Lucy Shillito|name]] are "kind". [[Alfie|name]]'s mum [[Lorna|name]] gives
him fish fingers. He does not like [[Deano|name]], [[Macca|name]]'s mate.
"""),
    ("mother's Facebook messages typed up", """Facebook messages [[Jodie Fawcett|name]] sent to [[Naomi Clegg|name]] (SW), copied
[[6/12/26|date]]

[[jodie fawcett|name]] 18:02: is this the social worker. [[tylers|name]] school said u wud message
[[jodie fawcett|name]] 18:03: [[shane|name]] has gone hes not coming back I told him
[[jodie fawcett|name]] 18:05: my mum [[sue|name]] is stopping at mine till monday
[[Naomi Clegg|name]] 18:20: Thank you [[Jodie|name]]. Can I visit on Wednesday [[9th|date]] at 10?
[[jodie fawcett|name]] 18:22: ok but not at [[kelcbar|place]] can we meet at my mums on [[wighill lane|address]]
[[jodie fawcett|name]] 18:23: [[macca|name]]s mate [[deano|name]] keeps driving past in the van [[YD70FRP|vehicle]]
[[jodie fawcett|name]] 18:30: and [[ryan|name]] [[tylers|name]] dad wants him for xmas in [[wetherby|place]]. is that allowed
[[Naomi Clegg|name]] 18:41: We can talk about that on Wednesday. My email is [[naomi.clegg@northyorks.gov.uk|email]].
[[jodie fawcett|name]] 19:02: also [[lorna|name]] [[alfies|name]] mum said shes happy to have [[ty|name]]
after school. her number is [[07809 251 436|phone]]
[[jodie fawcett|name]] 19:03: and can [[kerry|name]] the idva come too
"""),
]


# --- B. Simanjuntak / Siregar family (Batak Toba, from North Sumatra, Indonesia), Sherburn in Elmet ----------------------

HOME_B = d.Address("6 Finkle Hill", "Sherburn in Elmet", "Leeds", "LS25 6EA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Yohana", "Simanjuntak")], dt.date(2013, 4, 19), addresses=[HOME_B], ids=["7733772222", "W815618285087"],
       schools=["Sherburn High School"]),
    _p("s", "sibling", [("Daniel", "Simanjuntak")], dt.date(2019, 12, 2), addresses=[HOME_B], ids=["2719744182"]),
    _p("m", "mother", [("Rotua", "Siregar")], dt.date(1984, 7, 15), addresses=[HOME_B], phones=["07846 215 093"]),
    _p("f", "father", [("Parulian", "Simanjuntak")], dt.date(1980, 3, 8), addresses=[HOME_B], phones=["07592 734 180"]),
], "c")

DOCS_B = [
    ("school safeguarding log", """SHERBURN HIGH SCHOOL - CPOMS SAFEGUARDING LOG (printed [[04/12/2026|date]])
Student: [[SIMANJUNTAK, Yohana|name]]  Y8  DOB [[19/04/2013|dob]]  UPN [[W815618285087|upn]]
Parents: [[Parulian Simanjuntak|name]] (dad, [[07592 734 180|phone]]), [[Rotua Siregar|name]] (mum, [[07846 215 093|phone]])
Address: [[6 Finkle Hill|address]], [[Sherburn in Elmet|place]], [[LS25 6EA|postcode]]

[[02/12/2026|date]] 10:40 Mrs [[Ormondroyd|name]] (form tutor): [[Yohana|name]] ("[[Hana|name]]") flinched when sitting, said her
back hurt. In PE changing, [[Ella Mawson|name]] saw long red marks. [[Hana|name]] said "bapak used the belt because I lied
about [[Jayden|name]]". [[Jayden|name]] = [[Jayden Pickersgill|name]], Y9, her boyfriend (parents do not know).
[[02/12/2026|date]] 11:15 DSL Mr [[Craig Lumb|name]] spoke to [[Yohana|name]]. She said dad found messages on her phone on
Sunday. Mum "stood by". Little brother [[Daniel|name]] (6, at [[Athelstan|school]]) cried. She is scared to go home.
[[02/12/2026|date]] 11:50 Call to MASH, [[Ruth Saxton|name]] took it. Strategy discussion same day.
[[02/12/2026|date]] 15:20 [[Yohana|name]] went home with her aunt [[Tiurma Siregar|name]] from [[Garforth|place]]
([[0113 496 0582|phone]]) with police agreement.
[[03/12/2026|date]] [[Hana|name]] said Opung [[Tiomina Hutagalung|name]] in [[Balige|place]] "would be so ashamed". Girls
[[Ella|name]] and [[Maisie Tate|name]] looked after her at break. [[Jayden|name]]'s mum Mrs [[Pickersgill|name]] rang to complain.
[[04/12/2026|date]] [[Yohana|name]] in school from [[Garforth|place]] (taxi, driver [[Steve Halliday|name]]). Mr
[[Lumb|name]] saw her at lunch with [[Ella|name]]. Dad [[Parulian|name]] came to reception asking for her; Mrs [[Ormondroyd|name]] and
receptionist [[Gail Storr|name]] asked him to leave. He said "she is my daughter, [[Rotua|name]] cannot sleep".
[[05/12/2026|date]] Mrs [[Siregar|name]] rang ([[07846 215 093|phone]]) to ask if [[Hana|name]] had eaten. Passed to [[Lewis Dunwell|name]].
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[2 December 2026|date]], 13:00, Teams
Child: [[Yohana SIMANJUNTAK|name]] ([[19.04.2013|dob]]), [[6 Finkle Hill|address]], [[Sherburn in Elmet|place]]
Sibling: [[Daniel SIMANJUNTAK|name]] ([[02.12.2019|dob]]), NHS [[271 974 4182|nhs]]
Present: [[Ruth Saxton|name]] (MASH, chair), DS [[Imran Baig|name]] (North Yorkshire Police), [[Craig Lumb|name]] (DSL),
Dr [[Felicity Ambler|name]] (named GP, Sherburn Group Practice), HV [[Joanne\nPrest|name]] (for [[Daniel|name]]).
Information: Mr [[Simanjuntak|name]] came from [[Medan|place]] in [[2011|date]] to work at the food plant in [[Sherburn|place]]; Mrs
[[Siregar|name]] joined him in [[2012|date]]. Church at the Batak fellowship in [[Leeds|place]] (Pastor [[Hotman Sitompul|name]]).
No previous police contact. [[Yohana|name]] NHS [[7733772222|nhs]]: seen by GP once in [[2024|date]] for asthma.
Interpreter: Bahasa Indonesia, [[Ratna Widjaja|name]], for mum. Dad speaks English well.
Decision: section 47 joint. Child protection medical at Leeds General Infirmary, [[3/12/26|date]]. [[Yohana|name]] to stay
with Namboru [[Tiurma|name]] at [[41 Aberford Road|address]], [[Garforth|place]] [[LS25 1PZ|postcode]] for now.
Dad's brother [[Benny Simanjuntak|name]] in [[Pematangsiantar|place]] ([[+62 812 6034 7719|phone]]) rang dad twice; not to be told.
Actions: DS [[Baig|name]] and SW [[Lewis Dunwell|name]] to interview [[Yohana|name]] at [[Garforth|place]]
on [[3/12|date]]; [[Joanne Prest|name]] to see [[Daniel|name]] at [[Athelstan|school]]; dad's work (line manager [[Gary Firth|name]]) not to
be told. Next discussion [[9 December 2026|date]].
Mum's friend from church, [[Lusiana Panjaitan|name]] of [[Castleford|place]] ([[07959 184 620|phone]]), may interpret if needed.
"""),
    ("mother's WhatsApp messages in Indonesian translated", """WhatsApp from [[Rotua Siregar|name]] to her sister [[Tiurma|name]],
shown to SW [[Lewis Dunwell|name]] by [[Tiurma|name]] on [[5/12/2026|date]]; translated by [[Ratna Widjaja|name]]

[[rotua|name]] 21:04: Ito, tolong jaga [[Hana|name]]. Bapaknya sangat marah. Polisi datang ke rumah di [[Finkle Hill|address]].
[[rotua|name]] 21:06: [[Daniel|name]] tanya kakaknya di mana. Aku bilang di rumah Namboru di [[garforth|place]].
[[rotua|name]] 21:15: Opung di [[Samosir|place]] sudah tahu, [[Benny|name]] yang cerita dari [[Siantar|place]].
Translation:
[[rotua|name]] 21:04: Sister, please look after [[Hana|name]]. Her father is very angry. The police came to the house on [[Finkle
Hill|address]].
[[rotua|name]] 21:06: [[Daniel|name]] asks where his big sister is. I said at Namboru's in [[Garforth|place]].
[[rotua|name]] 21:15: Grandmother on [[Samosir|place]] already knows, [[Benny|name]] told her from [[Siantar|place]].
Note by [[Ratna|name]]: "Ito" is a sister/brother word; "Namboru" is the father's sister (here used of [[Tiurma|name]], who is
the mother's sister - a family use). "[[Siantar|place]]" is short for [[Pematangsiantar|place]]. Opung's number
[[+62 813 7521 4068|phone]] is in [[Rotua|name]]'s phone under "Opung [[Tarutung|place]]".
[[Tiurma|name]] told [[Lewis|name]] that Tulang [[Marandus Siregar|name]] (their
brother) lives in [[Batam|place]] and that [[Parulian|name]]'s cousin [[Roy Nainggolan|name]] is in [[Selby|place]].
"""),
    ("young person's own words", """my words - [[Yohana|name]] ([[hana|name]]), with [[Lewis|name]] my social worker, [[7 Dec|date]]

i want people to know my dad is not a bad man he is strict because in [[Medan|place]] its like that. but the belt was
wrong. my mum [[rotua|name]] didnt stop him. i love [[dani|name]] (my brother [[Daniel|name]]) and i miss him.
at namboru [[tiurma|name]]s in [[garforth|place]] its ok but i have to get 2 buses to [[sherburn|place]] for school.
[[jayden|name]] is not my boyfriend anymore. [[ella|name]] and [[maisie|name]] are my best friends.
i want to go home but only if dad says sorry and no belt. i want opung [[tiomina|name]] in [[balige|place]] to not know.
i go to church at [[leeds|place]] with pastor [[hotman|name]] and his wife [[Nurlela|name]] and they are nice.
[[Lewis|name]] wrote: [[Yohana|name]] asked to meet dad at [[Sherburn|place]] library with her aunt there, before
[[Christmas|date]].
also i want [[ella|name]] to come to namboru's for tea. my old friend [[Siti|name]] from [[medan|place]]
messages me on instagram. opung [[tiomina|name]] calls me [[ucok|name]] as a joke because i was like a boy when i was little.
my email for [[Lewis|name]] is [[hana.sjuntak13@gmail.com|email]]. dont tell [[jayden|name]] or bapak.
"""),
]


# --- C. Pullan family (white British), Church Fenton, young carer --------------------------------------------------------

HOME_C = d.Address("3 Main Street", "Church Fenton", "Tadcaster", "LS24 9RF")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Keeley", "Pullan")], dt.date(2015, 10, 27), addresses=[HOME_C], ids=["7240240231", "G815918974794"],
       schools=["Church Fenton Community Primary School"]),
    _p("m", "mother", [("Sarah", "Pullan")], dt.date(1983, 5, 2), addresses=[HOME_C], phones=["07415 862 307"]),
], "c")

DOCS_C = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - North Yorkshire Young Carers Service
Young carer: [[Keeley Pullan|name]] ([[Kee|name]]), age 11, DOB [[27 October 2015|dob]], NHS [[724 024 0231|nhs]]
School: [[Church Fenton Community Primary|school]], Y6. Home: [[3 Main Street|address]], [[Church Fenton|place]],
[[LS24 9RF|postcode]]. Cares for: mum [[Sarah Pullan|name]] ([[02/05/1983|dob]]), MS since [[2019|date]], wheelchair indoors.
Worker: [[Bethany Fox|name]], hub [[01937 496 018|phone]].
[[Keeley|name]] does: breakfast, mum's tablets, helping her to the commode at night, shopping at the [[Sherburn|place]] Co-op
with next-door neighbour [[Margaret Dyson|name]] on Fridays. Dad [[Liam Pullan|name]] left in [[2022|date]], lives in
[[Selby|place]] with partner [[Chloe Ward|name]]; sees [[Keeley|name]] alternate Sundays. Grandad [[Ken Pullan|name]]
in [[Ulleskelf|place]] drives mum to York Hospital. District nurse [[Pam Whitworth|name]] visits Tuesdays.
[[Keeley|name]]'s friends: [[Isla Boothroyd|name]] and [[Harriet\nNaylor|name]] from [[Biggin|place]].
Mum's OT, [[Gavin Thirkell|name]], ordered a hoist on [[18/11/2026|date]]. Review [[1 March 2027|date]].
Mum's friend [[Andrea Kitching|name]] from [[Stutton|place]] used to help but moved to [[Doncaster|place]] in
[[June 2026|date]]. [[Keeley|name]] says her cousin [[Lacey Pullan|name]] ([[Selby|place]]) sometimes stays.
Mum's NI number (for the carer's allowance form): [[NW 81 27 64 A|ni]]. GP: Dr [[Oyelaran|name]], [[Tadcaster|place]].
"""),
    ("young carer's own writing", """me and my mum by [[keeley|name]] p

my mum [[sarah|name]] has MS. i do her tablets at 7 before the bus to school. my dad [[liam|name]] lives in [[selby|place]]
and has a baby now called [[Ronnie|name]]. my grandad [[ken|name]] is in [[ulleskelf|place]] near the river he has a
boat. [[margaret|name]] next door helps on fridays. i am tired a lot. miss [[Brayshaw|name]] my teacher lets me sleep
at dinner. i like the young carers club at [[tadcaster|place]] on thursdays with [[bethany|name]] and [[isla|name]].
my cat is called [[Pudding|name]]. my birthday was [[27th october|date]] and i got a phone, my number is
[[07462 981 053|phone]] no thats nanas. i want a carer to come in the mornings so i can go to [[harriets|name]] for tea in
[[biggin|place]].
when mum fell down i rang grandad [[ken|name]] and he came in his car. i also told [[pam|name]] the nurse.
[[isla|name]] says i can go to hers in [[biggin|place]] on saturday [[12th|date]] for her party.
"""),
    ("district nurse's email", """From: [[pam.whitworth@nhs.net|email]]
To: [[bethany.fox@northyorks.gov.uk|email]]
Sent: [[3 December 2026|date]] 14:07
Subject: [[Sarah Pullan|name]] - [[3 Main St|address]], [[Church Fenton|place]]

Hi [[Bethany|name]], saw [[Sarah|name]] today. [[Keeley|name]] was home (school inset?). [[Sarah|name]] had a fall on
Sunday [[29th|date]] and [[Keeley|name]] got her up alone and rang grandad [[Ken|name]] ([[01977 496 731|phone]]) who came
over from [[Ulleskelf|place]]. Pressure area on sacrum grade 2. I've asked Dr [[Oyelaran|name]] at the surgery in
[[Tadcaster|place]] for a review. The hoist has not come. Neighbour [[Margaret Dyson|name]] ([[5 Main Street|address]]) is
worried [[Keeley|name]] is "doing it all". [[Liam|name]] hasn't visited since [[October|date]].
Could we get a care package? I'll send [[Sarah|name]]'s NHS number separately.
[[Pam|name]]
[[Pam Whitworth|name]], district nurse, Tadcaster Medical Centre
PS: [[Keeley|name]]'s teacher Miss [[Brayshaw|name]] rang me on [[2/12|date]]; she's worried too. Her mobile for
the school is [[01937 496 018|phone]]? - no, that's yours. I'll ask [[Rebecca Holroyd|name]].
"""),
    ("social worker's case note of a home visit", """CASE NOTE  [[04/12/2026|date]]  Home visit  Worker: [[Bethany Fox|name]]
Seen at [[3 Main Street|address]], [[Church Fenton|place]]: [[Sarah Pullan|name]], [[Keeley|name]], grandad [[Ken Pullan|name]].
[[Keeley|name]] showed me mum's tablet box and the chart she made. She said "I don't mind but I'm tired".
[[Ken|name]] (KP on the chart) lives at [[Holly Cottage|address]], [[Ulleskelf|place]] [[LS24 9DJ|postcode]]; he is 74
and can't lift [[Sarah|name]]. Dad [[Liam|name]] rang during the visit from [[07809 251 436|phone]], which is
[[Chloe Ward|name]]'s phone; [[Liam|name]]'s own mobile is not known.
Agreed: request to adult social care for a morning call; [[Keeley|name]] to young carers club at [[Tadcaster|place]]; school
nurse [[Rebecca\nHolroyd|name]] to see [[Keeley|name]] on [[8/12/26|date]]. Next visit [[18th December|date]].
[[Margaret Dyson|name]] came round at the end: she said [[Keeley|name]] was up at 3am on
[[1 December|date]] with [[Sarah|name]]. [[Margaret|name]]'s son [[Philip Dyson|name]] can drive on Thursdays.
"""),
]


# --- D. Booth family (white British), Ulleskelf, a boy of 16 exploited to Leeds ------------------------------------------

HOME_D = d.Address("9 Mill Lane", "Ulleskelf", "Tadcaster", "LS24 9SB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kieran", "Booth")], dt.date(2010, 1, 30), addresses=[HOME_D], ids=["9012153069", "F815332789330"],
       schools=["Tadcaster Grammar School"]),
    _p("m", "mother", [("Lisa", "Booth")], dt.date(1982, 11, 6), addresses=[HOME_D], phones=["07931 507 264"]),
], "c")

DOCS_D = [
    ("police missing person log", """NYP MISSING PERSON - MEDIUM RISK   Ref 12260119870
Missing: [[BOOTH, Kieran|name]] DOB [[30/01/2010|dob]] (16), of [[9 Mill Lane|address]], [[Ulleskelf|place]] [[LS24 9SB|postcode]]
Reported by mother [[Lisa Booth|name]] [[07931 507 264|phone]] at 23:30 on Thu [[26/11/2026|date]].
Last seen getting into a grey Audi A3 [[YG21 NXE|vehicle]] outside the Co-op on [[Bridge Street|address]], [[Tadcaster|place]].
Driver believed "[[Tank|name]]" ([[Tyrone Okeke|name]], DOB [[04/08/2002|dob]]) of [[Harehills|place]], [[Leeds|place]].
Associates: [[Corey Gill|name]] ([[Seacroft|place]]), [[Mia\nDransfield|name]] (15, [[Boston Spa|place]]).
[[Kieran|name]]'s phone [[07846 901 377|phone]] off since 22:10. Snapchat "k.booth10" (not checked).
Enquiries: [[Church Fenton|place]] station CCTV; aunt [[Dawn Booth|name]] in [[Sherburn|place]] ([[01977 496 845|phone]]) no contact.
[[27/11/2026|date]] 06:15 Found by BTP at [[Leeds|place]] station with £380 cash and two phones. PC [[Garside|name]] returned
him home. Return home interview requested ([[Anna Pybus|name]], Compass). Girl [[Mia|name]] also found, taken to [[Boston
Spa|place]] by her dad [[Lee Dransfield|name]].
Previous episodes: [[2/10/2026|date]] ([[Leeds|place]]), [[17/10/2026|date]] ([[Castleford|place]]),
[[8/11/2026|date]] ([[Harehills|place]], with [[Corey|name]]). [[Lisa|name]]'s partner
[[Mick Hepworth|name]] drove round [[Tadcaster|place]]
looking for him.
Mum's car: red Fiesta [[YC71 HVB|vehicle]]. Her sister [[Dawn|name]] lives on [[Low Street|address]], [[Sherburn in
Elmet|place]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Kieran Booth|name]] -
done [[30 November 2026|date]] at [[Tadcaster|place]] library
Worker: [[Anna Pybus|name]]. Mum [[Lisa|name]] waited outside.
[[Kieran|name]] said he went "to see mates in [[Leeds|place]]". He would not say who drove. He knows [[Tank|name]] "from
[[Tad|place]] skatepark" and [[Corey|name]] from [[Harehills|place]]. He said "[[Mia|name]]'s just a mate". The cash was
"from my nan" - his nan [[Jean Booth|name]] died in [[2024|date]]. He went quiet.
He said he's been stopped at [[Ulleskelf|place]] station before. He gets the train from [[Ulleskelf|place]] to [[Leeds|place]]
on Saturdays "for football". He has a new trainee job at a garage in [[Stutton|place]] with [[Phil Rawnsley|name]].
Mum says his dad [[Darren Booth|name]] is in HMP Wealstun near [[Thorp Arch|place]], due out in [[March|date]].
Risk: exploitation likely. Shared with the MACE panel and SW [[Callum Ibbotson|name]] ([[callum.ibbotson@northyorks.gov.uk|email]]).
[[Kieran|name]] said [[Phil|name]] at the garage is "sound" and pays him on Fridays. He would like
to see [[Hollie|name]] at the youth club. Mum [[Lisa|name]] asked for help with [[Darren|name]]'s release.
Next RHI if missing again: [[Anna|name]] on [[07742 613 580|phone]] or [[anna.pybus@compass-uk.org|email]].
"""),
    ("Snapchat messages typed up by police", """Extract from [[Kieran|name]]'s second phone (seized [[27/11/26|date]]), typed by DC
[[Sophie Waddington|name]]

[[tank|name]]: u good [[kez|name]]. come to the ends sat
[[kez|name]]: cant mum took my card
[[tank|name]]: c will grab u from [[ulleskelf|place]] 6
[[kez|name]]: ok but not by [[mill lane|address]] my mum will see. by the [[ulleskelf|place]] arms
[[tank|name]]: ur owed 200 for [[tadcaster|place]] last wk
[[mia|name]]: [[kez|name]] r u coming to [[seacroft|place]]
[[kez|name]]: yeh wiv [[corey|name]]
[[corey|name]]: bring the food from [[tad|place]] m8
[[kez|name]]: nah [[tad|place]] is hot the feds was at [[bridge st|address]]
Note by DC [[Waddington|name]]: "c" is [[Corey Gill|name]]; "food" = drugs; "feds" = police. The "[[ulleskelf|place]] arms" is
a pub; "the ends" = [[Harehills|place]].
[[tank|name]]: tell [[mia|name]] she owes b too
[[kez|name]]: [[mia|name]] aint got nothing
Note: "b" believed [[Brandon Tindall|name]] of [[Towton|place]].
[[corey|name]]: [[kez|name]] ur mum been ringing [[tank|name]]s phone [[07853 462 091|phone]] lol
[[kez|name]]: shes mad. [[lisa booth|name]] dont play
"""),
    ("contextual safeguarding panel minutes", """MACE PANEL (Selby and Tadcaster) - [[3 December 2026|date]]
Chair: DI [[Rizwan Hussain|name]]. Present: [[Callum Ibbotson|name]] (SW), [[Anna Pybus|name]] (Compass), Ms [[Frances
Pell|name]] ([[Tadcaster Grammar|school]]), [[Hollie Gaunt|name]] (youth worker, [[Tadcaster|place]]).
[[Kieran BOOTH|name]] ([[30.01.2010|dob]]), UPN [[F815332789330|upn]], NHS [[9012153069|nhs]].
Places of concern: the skatepark by the river in [[Tadcaster|place]]; [[Ulleskelf|place]] station; the takeaway on
[[Kirkgate|address]]; [[Harehills Lane|address]], [[Leeds|place]] [[LS8 4HX|postcode]].
Vehicles: [[YG21 NXE|vehicle]] (Audi, [[Okeke|name]]); [[YE19 KZT|vehicle]] (a Corsa seen in [[Boston Spa|place]]).
Peers: [[Mia Dransfield|name]] (also on the list), [[Corey Gill|name]] (18), [[Brandon Tindall|name]] from [[Towton|place]].
Actions: disruption at the skatepark; NRM referral for [[Kieran|name]]; [[Hollie|name]] to offer [[Kieran|name]] boxing in
[[Sherburn|place]]. Next panel [[7 January 2027|date]].
[[Mia Dransfield|name]] ([[11/03/2011|dob]]), [[Boston Spa|place]]: SW [[Priya Kaur|name]] to
attend next time. [[Brandon Tindall|name]]'s mum [[Tina Tindall|name]] has asked for help.
"""),
]


# --- E. Whiteley family (white British), South Milford, a disabled girl of 7 ----------------------------------------------

HOME_E = d.Address("22 Westfield Crescent", "South Milford", "Leeds", "LS25 5AX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Amelia-Rose", "Whiteley")], dt.date(2019, 5, 14), addresses=[HOME_E], ids=["2920717545",
       "V815580439738"], schools=["South Milford Community Primary School"]),
    _p("m", "mother", [("Kirsty", "Whiteley")], dt.date(1991, 1, 19), addresses=[HOME_E], phones=["07868 143 925"]),
    _p("f", "father", [("Craig", "Whiteley")], dt.date(1988, 8, 27), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("GP letter scanned with OCR misreadings", """SHERBURN GR0UP PRACTICE
Re: [[Amelia-R0se WhiteIey|name]]  D0B [[l4/05/20l9|dob]]  NHS [[292 071 7545|nhs]]
[[22 WestfieId Crescent|address]], [[S0uth MiIford|place]], [[LS25 5AX|postcode]]
[[l Dec 2O26|date]]
Dear Mrs [[WhiteIey|name]],
I saw [[AmeIia|name]] with you and her father [[Craig|name]] on [[26/ll/2O26|date]]. She has cerebral palsy
(quadriplegic) and epilepsy. Her seizures have increased since she started at [[South Mil\nford|school]] in
September. Her paediatrician Dr [[Ng0zi Ade|name]] at St James's should review the medication. I have also written to
the school nurse [[Karen Swa1es|name]].
Your neighbour Mrs [[Rhodes|name]]? - you mentioned respite; please speak to [[Jess Tattersall|name]] (social worker).
Yours sincereIy, Dr [[F. AmbIer|name]]
cc: [[Jess TattersaIl|name]], Disabled ChiIdren's Team, [[SeIby|place]]; Dr [[Ng0zi Ade|name]];
[[Karen SwaIes|name]], scho0l nurse. Next appointment [[2O/0l/2O27|date]].
"""),
    ("health visitor's note", """HEALTH VISITOR CONTACT  [[17/11/2026|date]]  HV [[Joanne Prest|name]]
Home visit to [[22 Westfield Crescent|address]], [[South Milford|place]]. Seen: [[Amelia-Rose|name]] ("[[Millie|name]]"),
mum [[Kirsty Whiteley|name]] ([[07868 143 925|phone]]), baby [[Oscar|name]] (11 weeks, seen for the new birth review).
[[Kirsty|name]] exhausted. [[Craig|name]] works nights at the warehouse in [[Sherburn|place]]. Nan [[Glenys Whiteley|name]] in
[[Hillam|place]] helps on Wednesdays. [[Millie|name]]'s wheelchair is too small (wheelchair service, [[Leeds|place]]).
[[Kirsty|name]]'s sister [[Becky Slater|name]] from [[Monk Fryston|place]] also helps. EPDS 16 - GP appt made for
[[19th Nov|date]] with Dr [[Ambler|name]]. [[Kirsty|name]] asked about short breaks at [[Brackenbrook|address]] (the unit
in [[Selby|place]]). Referral to the Disabled Children's Team ([[Jess Tattersall|name]]).
[[Oscar|name]]'s NHS number [[614 335 6246|nhs]]? (to check).
[[Kirsty|name]] said [[Craig|name]]'s brother [[Wayne Whiteley|name]] ([[Sherburn|place]]) is "no help". Friend
[[Shelley Gott|name]] from [[South Milford|place]] babysits [[Oscar|name]] on Mondays. Next contact [[1/12/2026|date]].
"""),
    ("short breaks application", """SHORT BREAKS APPLICATION - Disabled Children's Service
Child: [[Amelia-Rose Whiteley|name]], DOB [[14 May 2019|dob]], UPN [[V815580439738|upn]], NHS [[2920717545|nhs]]
Home: [[22 Westfield Crescent|address]], [[South Milford|place]] [[LS25 5AX|postcode]]
Parents: [[Kirsty Whiteley|name]] ([[07868 143 925|phone]], [[kirstyw91@hotmail.co.uk|email]]) and [[Craig Whiteley|name]]
(DOB [[27.08.1988|dob]], NI [[PX 46 19 03 D|ni]]).
School: [[South Milford Community Primary|school]] with 1:1 [[Tracey Bellwood|name]].
Family and friends: nan [[Glenys|name]] ([[4 Fryston Lane|address]]? no - [[Hillam|place]]); aunt [[Becky|name]]; neighbour
Mrs [[Val Rhodes|name]]. Baby brother [[Oscar|name]] born [[28/08/2026|date]].
What [[Millie|name]] likes: music, the swings at [[Lumby|place]] park, her dog [[Ted|name]], Peppa (a cartoon pig).
Request: one night a month at [[Brackenbrook|address]]; a sitter 3 hours a week. Social worker: [[Jess Tattersall|name]],
[[01757 496 552|phone]]. Panel date [[14/01/2027|date]].
Other people who know [[Millie|name]] well: Dr [[Ambler|name]] (GP); physio [[Nadia Qureshi|name]]; [[Becky
Slater|name]], [[7 Abbey Road|address]], [[Monk Fryston|place]] [[LS25 5DR|postcode]].
[[Kirsty|name]] says her mum [[Carol Slater|name]] died in [[2023|date]]; [[Craig|name]]'s dad [[Barry Whiteley|name]] lives in
Spain? - no, in [[Benidorm|place]] ([[+34 612 48 30 75|phone]]).
"""),
    ("father's email of complaint", """From: [[craig.whiteley88@gmail.com|email]]
Sent: [[6 December 2026|date]] 22:41
To: [[jess.tattersall@northyorks.gov.uk|email]]
Subject: complaint - [[Millie|name]]

[[Jess|name]], we applied for short breaks on [[20th November|date]] and now the panel is not till [[January|date]]. My wife
[[Kirsty|name]] is on her knees. [[Millie|name]] had three fits last week and we ended up at Pinderfields on
Thursday. Nobody from your team rang. My mum [[Glenys|name]] is 71 and cannot lift her. [[Kirsty|name]]'s sister
[[Becky|name]] has her own kids in [[Monk Fryston|place]]. I have asked our councillor [[Jim Hargreaves|name]] to raise it.
Also the school's new head Mrs [[Saunders|name]] said [[Millie|name]] cannot go on the trip to [[York|place]] because of the
hoist. That is discrimination. I want a meeting this week at [[Westfield Crescent|address]], not at [[Selby|place]].
[[Craig Whiteley|name]] ([[07592 318 046|phone]])
PS [[Kirsty|name]]'s mobile is [[07868 143 925|phone]] if you can't get me. [[Becky|name]]'s husband
[[Dale Slater|name]] can bring [[Millie|name]] to the meeting.
"""),
]


# --- F. Rhodes family (white British), Monk Fryston, a mother misusing alcohol and cocaine; a nan in Hillam ---------------

HOME_F = d.Address("11 Chapel Street", "Monk Fryston", "Leeds", "LS25 5EJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Rhodes")], dt.date(2016, 8, 8), addresses=[HOME_F], ids=["5470142477", "X815778614624"],
       schools=["Monk Fryston Church of England Primary School"]),
    _p("m", "mother", [("Danielle", "Rhodes")], dt.date(1993, 3, 22), addresses=[HOME_F], phones=["07514 390 672"]),
    _p("g", "grandparent", [("Pauline", "Rhodes")], dt.date(1964, 12, 1), ids=["6724288045"], phones=["07868 552 710"]),
], "c")

DOCS_F = [
    ("chronology of significant events", """CHRONOLOGY - [[Jayden RHODES|name]] ([[08/08/2016|dob]])  NHS [[547 014 2477|nhs]]
UPN [[X815778614624|upn]]
[[11 Chapel Street|address]], [[Monk Fryston|place]] [[LS25 5EJ|postcode]]. Mother [[Danielle Rhodes|name]] ([[22.03.1993|dob]])

[[08/08/2016|date]]  Born at York Hospital. Father [[Nathan Crossley|name]] not on the certificate.
[[Jan 2021|date]]  Police: [[Danielle|name]] found drunk in charge of [[Jayden|name]] (4) at [[Selby|place]] bus station.
[[12/03/2023|date]]  Nan [[Pauline Rhodes|name]] ([[2 Hillam Common Lane|address]], [[Hillam|place]] [[LS25 5HG|postcode]])
reports [[Danielle|name]] using cocaine with boyfriend [[Liam|name]] "[[Smudge|name]]" [[Sowden|name]]. NFA.
[[Summer 2025|date]]  [[Jayden|name]] stays with nan for six weeks; [[Danielle|name]] to rehab at [[Harrogate|place]].
[[18/09/2026|date]]  School ([[Monk Fryston CE Primary|school]]): [[Jayden|name]] late 11 times; says mum "sleeps in".
[[03/11/2026|date]]  Neighbour [[Trevor Ackroyd|name]] ([[no. 13|address]]) reports men calling at all hours; car
[[YK68 OWN|vehicle]] (registered to [[Sowden|name]], [[Knottingley|place]]).
[[21/11/2026|date]]  [[Danielle|name]] in A&E at Pinderfields, alcohol. [[Jayden|name]] alone overnight; rang nan at 06:20.
[[23/11/2026|date]]  Initial child protection conference. Plan: neglect. SW [[Megan\nHolmes|name]].
[[1/12/2026|date]]  [[Jayden|name]] to nan's in [[Hillam|place]] under a safety plan.
[[3/12/2026|date]]  Core group papers sent to [[Pauline|name]], [[Danielle|name]] and [[Asif Karim|name]].
[[5/12/2026|date]]  [[Pauline|name]]'s voice note: [[Sowden|name]] back at [[Chapel Street|address]].
[[6/12/2026|date]]  [[Nathan Crossley|name]] (DOB [[19/07/1990|dob]]) contacts [[Megan|name]] from [[Pontefract|place]] asking for
contact; [[Megan|name]] to visit him at [[14 Baghill Lane|address]], [[WF8 2HB|postcode]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[23 November 2026|date]], Selby Civic Centre
Chair: [[Rosemary Atkinson|name]]. Minutes: [[Dean Fairburn|name]].
Present: [[Danielle Rhodes|name]] (mother), [[Pauline Rhodes|name]] (maternal grandmother), [[Megan Holmes|name]] (SW),
Mrs [[Jenny Hirst|name]] (headteacher, [[Monk Fryston|school]]), [[Asif Karim|name]] (NYES drug and alcohol worker),
PC [[Kate\nMoorhouse|name]], HV [[Joanne Prest|name]] (apologies).
[[Danielle|name]] said she has stopped drinking and that [[Smudge|name]] ([[Liam Sowden|name]]) is "gone to [[Castleford|place]]".
[[Asif|name]] said tests on [[16/11|date]] were positive for cocaine. Mrs [[Hirst|name]]: [[Jayden|name]] is "a lovely lad", often
hungry, friends with [[Ollie Brear|name]] and [[Logan|name]]. [[Pauline|name]] ([[07868 552 710|phone]]) will have him
whenever needed. [[Jayden|name]]'s father [[Nathan Crossley|name]], believed in [[Pontefract|place]], was not invited.
Decision: child protection plan, neglect. Core group [[7/12/2026|date]] at [[Hillam|place]]. Review [[15 February 2027|date]].
[[Danielle|name]]'s friend [[Kelly Brannan|name]] ([[Burton Salmon|place]]) came as support.
[[Pauline|name]]'s partner [[Roy Firth|name]] was not present. Letters to [[11 Chapel Street|address]] and to
[[2 Hillam Common Lane|address]], [[Hillam|place]].
Distribution: [[Rosemary Atkinson|name]], [[Megan Holmes|name]], [[Jenny Hirst|name]], PC [[Moorhouse|name]], [[Asif Karim|name]]; copy to
[[Danielle Rhodes|name]] at [[11 Chapel Street|address]], [[Monk Fryston|place]] [[LS25 5EJ|postcode]].
"""),
    ("nan's voice note transcribed", """Voice note from [[Pauline Rhodes|name]] to [[Megan Holmes|name]], [[5/12/26|date]] 20:14,
transcribed by [[Megan|name]]

"Hiya [[Megan|name]] love it's [[Pauline|name]], [[Jayden|name]]'s nan. Just to say he's fine, he's had his tea, he's on
the Xbox with [[Ollie|name]] from [[Birkin|place]] - no, [[Ollie|name]]'s from [[Monk|place]], sorry, [[Ollie Brear|name]]. Our
[[Danielle|name]] rang from a withheld number, she were crying, said [[Smudge|name]]'s back at [[Chapel Street|address]]. I
told her I'd ring you. [[Jayden|name]] heard, he's gone quiet. Oh and his dad [[Nathan|name]] messaged on Facebook, from
[[Pontefract|place]], wanting to see him at [[Christmas|date]]. I said speak to social. My number's the same,
[[07868 552 710|phone]], or the landline [[01977 496 218|phone]]. Ta-ra love."
Second voice note, 20:31: Oh and [[Roy|name]] says hiya. He's took [[Jayden|name]] to the match at
[[Pontefract|place]] on Saturday [[28th|date]]. Ta-ra.
"""),
    ("boy's own words written with the school nurse", """all about [[jayden|name]] - with [[Rebecca|name]] the school nurse,
[[4/12/2026|date]]

i am 10. i live at nans in [[hillam|place]] now. nan [[pauline|name]] makes pancakes on sundays. i miss my mum
[[danielle|name]] but not [[smudge|name]] he is loud. my best mate is [[ollie|name]] and [[logan|name]] from [[monk fryston|place]].
my dad [[nathan|name]] lives in [[ponte|place]] i dont know him. i want to go home when mum is better. i walk to
school on [[Lumby Lane|address]] with nan and her dog [[Rolo|name]].
[[Rebecca|name]] wrote: [[Jayden|name]] drew mum's house at [[11 Chapel St|address]] with bottles on the table.
He asked if mum could come to his Christmas play on [[the 16th|date]].
i want [[roy|name]] to take me fishing at [[hillam|place]] pond again. [[ollie|name]]s
mum [[Kerry Brear|name]] takes us to football in [[sherburn|place]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 218 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:05 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "sw", "hv", "nurse", "our", "nan",
           "nana", "nanny", "gran", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "pastor",
           "opung", "namboru", "tulang", "bapak", "ito", "inang", "amang", "councillor"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "north yorkshire", "west yorkshire", "indonesia", "spain", "north sumatra", "sumatra", "lake toba"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Opung", "Namboru", "Pastor") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
