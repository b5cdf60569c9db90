"""Set 30: a held-out hand-written set for the redaction detector, six more invented families, written in one short sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
31, 32 and 33 (written by other helpers at the same time), that did not run the detector or any bench script that runs it, that
ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py (its docstring, its first
family's record and first document, its last two documents, its word lists and its checker set-up; the middle of its documents
was not read) and tests/test_redaction_set21.py in full; the docstrings of bench/redaction_set7.py to redaction_set29.py and of
bench/redaction_heldout.py, searched by a small script for the towns and communities named there (to pick a home town and
communities no earlier set used), not read through; the `_party` and `Records` helpers and the first lines of
bench/redaction_handwritten.py; and the ruff settings in pyproject.toml. NHS numbers were made with their check digit and UPNs
with python-stdnum in small snippets; phone numbers are checked by the set's checker (phonenumbers). The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune
the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families, chosen to look like a caseload in West Yorkshire and east Lancashire, each from a town or district no earlier set
used as a family's home: a white British family in Ossett, Wakefield, with a grandmother in Horbury (Crowther / Naylor; a boy of
9 with grip bruises, a mother's partner dealing cannabis from the house); a Georgian family from Kutaisi in Brierfield, Pendle
(Beridze / Kapanadze; a mother with a refused asylum claim and no recourse to public funds, a girl of 11 used as her
interpreter, a loan shark from Burnley, names in Georgian script); a Bosnian family in Keighley (Hodžić / Mehmedović; a father's
untreated war trauma and drinking, a girl of 15 missing overnight and sexually exploited around Bingley and Shipley); a white
British family in Stacksteads, Bacup (Ashworth / Pilling; neglect, an XL bully's bite to a boy's face, a girl of 10 caring); a
Jamaican and white British family in Deighton, Huddersfield (Campbell / Haigh; a boy of 14 criminally exploited and taken to
Scarborough to sell drugs); and a white British family in Todmorden (Greenwood / Sutcliffe; a young mother's post-natal
depression, a baby's bruise and fracture, foster care in Hebden Bridge). The Georgian and Bosnian communities are new to these
sets. 24 documents, four per family, twelve of them plain professional recording (a strategy discussion record, a child and
family assessment, a multi-agency chronology, a police missing person report, a return home interview, an initial child
protection conference report, core group minutes, a youth justice referral, an NRM referral, a health visitor's contact record,
a looked-after review and a ward nursing handover in SBAR form) and twelve of the other kinds a case file holds (a mother's
texts typed up, a primary school's CPOMS log export, a grandmother's own letter to the conference, a girl's handwritten letter
OCR'd with its errors, a mother's voice notes in Georgian transcribed and translated, a social worker's notes typed fast on a
phone, a community support worker's email with a quoted reply, a dog warden's email chain, a food bank e-voucher form, a family
WhatsApp group with Jamaican patois, a father's texts with the social worker, and a foster carer's daily log).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers, UK and foreign (Georgia, Bosnia and
Herzegovina, Jamaica); NHS numbers pass their check digit; UPNs carry the right LA number (380 Bradford, 888 Lancashire) and
pass their check letter. Councils are invented (Calder Aire, Pendle Water, Aire Worth, Irwell Moor, Colne Valley, Hebble Vale),
and so is the Bosnian community centre's email domain; towns, districts, villages, real schools, NHS bodies, hospitals, GP
practices, police forces, parks, shops, pubs, churches, food banks and charities are real or plausible and stay unmarked unless
the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (see its docstring), which this set follows without change:
[[words|kind]] is a gold span; titles, roles and kinship words stay outside a name (Mrs, Dr, PC, DC, DS, SN, Rev, Insp, nan,
nanna, Mama, Auntie, aunty, the Bosnian "nana"); a possessive 's and a bare s in texting ("kyle"s, "demi"s, "Hyacinth"s) stay
outside; every person's name is a name in every form; "SURNAME, First" and "SURNAME First" are one span ("CROWTHER, Tyler",
"HODŽIĆ, Amra", "CAMPBELL Dwayne"); an initial with a surname is one span ("H. Brook", "T. Gelashvili"); initials alone are not
marked; a name broken by a line break is one span holding the break; a street named without a number is an address, and so is a
neighbour's bare house number ("no. 11", "number 11") and an address abroad ("Gorgiladze Street 41", Batumi; "Ulica 7. aprila
18", Živinice); towns, villages, districts and estates are places in any script and at home or abroad, and so are local short
forms ("Hudds", "scarbs", "ponte"); countries, counties, boroughs and regions are not ("Georgia", "Bosnia", "Jamaica", "Spain",
"Greece", "West Yorkshire", "Pendle"); organisations, hospitals, GP practices, churches, pubs, parks and shops are not marked
even when they hold a town's or a person's name ("Ossett Health Village", "Brierfield Medical Centre", "Huddersfield Royal
Infirmary", "Calderdale Royal", "Hebden Bridge Group Practice", "the Deighton Centre", "Pendle Law Centre", "Bacup Baptist
Church", "St Mary's", "the Golden Lion", "Green Park", "Hardcastle Crags"); a school's name and its short form are a school
("NHTS", "St Lukes", "Southdale", "oakbank"), and so is a nursery's ("Little Acorns", "Sunnyside"); a date of birth is dob, any
other date with a day is a date (a weekday before it stays outside), and the bare day in a range or a diary line ("[7]-[8
November 2026]", "the 21st", "29th") is a date span of its own; months and years alone are not marked; pets' names (Bruno, Roxy,
Smudge) are not names; a surname that is also a word or a town is marked by what it refers to ("Emma Bolton", "Dawn
Illingworth", "Liam Shaw", "Nicola Hebden", "Kai Haigh", "Ryan Lord").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a name in Georgian script
("ნინო კაპანაძე", "დათო") is a name, and so is its familiar form ("დათუნა"); a Bosnian kinship word used alone for a father
("Tata") is not a name, like "Mum"; a drill or street name a boy is known by ("Lil D") and family short forms ("Dway", "Kaydo",
"chan", "jord", "ty") are names, while a social media handle ("dbo_d14", "amra.xo_bd21") is not; an OCR'd name with its
misreadings ("Whal1ey", "Rache1") is a name; a family named in the plural ("the Gogiashvilis") is a name; a town's junior
football team ("Horbury juniors") and a town's market ("Todmorden market") mark the town, and so do a police unit, a council
service and a jobcentre named by their town ("Huddersfield CID", "Manchester CSC", "Rawtenstall Jobcentre"), as set 21's "Totnes
market" did; a hospital number, a CPOMS incident number, a missing person reference and a food bank voucher number are not
marked; a year alone in a chronology is not marked; a railway station, an airport and a roundabout named after a place
("Scarborough railway station", "Manchester Airport", "the Saltaire roundabout") are landmarks and stay unmarked.

Self-check without the detector: `python -m bench.redaction_set30` (and tests/test_redaction_set30.py) runs set 15's checker
(which runs sets 13 to 6's) on this set with set 21's titles and counties and this set's additions (the Georgian "bebo" and
"babu", the Bosnian "tata", "tetka", "teta" and "dedo"; "Pendle", "Rossendale", "Georgia", "Imereti", "Bosnia" and "Jamaica"),
and prints the number of documents and gold spans per kind: 24 documents, 1,001 gold spans, 583 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Crowther / Naylor family (white British), Ossett, Wakefield ------------------------------------------------------

HOME_A = d.Address("14 Dale Street", "", "Ossett", "WF5 9HN")
NAN_A = d.Address("7 Westfield Road", "", "Horbury", "WF4 6HP")
RECORD_A = d.CaseRecord(
    [
        _p("c", "subject", [("Tyler", "Crowther")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["4018832761"]),
        _p("m", "mother", [("Chelsea", "Crowther")], dt.date(1995, 9, 8), addresses=[HOME_A], phones=["07912 448 301"]),
        _p("p", "partner", [("Jordan", "Naylor")], dt.date(1993, 1, 15), addresses=[HOME_A]),
        _p("g", "grandparent", [("Sandra", "Crowther")], dt.date(1968, 6, 2), addresses=[NAN_A], phones=["07788 213 650"]),
        _p("p1", "professional", [("Hannah", "Brook")], emails=["hannah.brook@calderaire.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "child protection strategy discussion record",
        """CALDER AIRE COUNCIL - CHILDREN'S SERVICES
STRATEGY DISCUSSION RECORD (s47)
Child: [[CROWTHER, Tyler|name]]   DOB: [[22.04.2017|dob]]   NHS: [[401 883 2761|nhs]]
Address: [[14 Dale Street|address]], [[Ossett|place]], [[WF5 9HN|postcode]]
Date of discussion: Tuesday [[3 November 2026|date]]  (Teams, 10:00-10:50)

Present: [[Hannah Brook|name]] (SW, chair); DC [[Ashleigh Rowbotham|name]] (West Yorkshire Police, Safeguarding Unit);
[[Gill Hanson|name]] (Designated Safeguarding Lead, [[Southdale C of E Junior School|school]]); Dr [[Priya
Nair|name]] (named GP for safeguarding, Ossett Health Village). Apologies: [[Mark Wood|name]] (school nurse).

Reason: on [[2 November|date]] [[Tyler|name]] (9) came into school with a bruise on his left cheek and three small round
bruises on the upper arm. He told Mrs [[Hanson|name]] "[[Jordan|name]] grabbed me cos I touched his bag". [[Jordan Naylor|name]]
is mum's partner of about a year. Mum ([[Chelsea Crowther|name]], [[07912 448 301|phone]]) said [[Tyler|name]] fell off his
bike at Green Park on the Sunday.

Police information: [[Naylor|name]] was arrested in [[Dewsbury|place]] on [[14/08/2026|date]] with 40 bags of cannabis; released
under investigation. Intelligence that he deals from the address and from a grey Astra ([[YG68 RFK|vehicle]]).

Decision: s47 enquiry, joint. Child protection medical at Pinderfields today 14:00. [[Tyler|name]] to stay with maternal
grandmother [[Sandra Crowther|name]] at [[7 Westfield Road|address]], [[Horbury|place]] ([[07788 213 650|phone]]) under a
safety plan until the medical and the police interview are done. [[Naylor|name]] not to have contact. Next meeting
[[10/11/26|date]]. Record by [[H. Brook|name]].

Addendum [[3/11/2026|date]] 17:40 ([[H. Brook|name]]): medical done at Pinderfields by Dr [[Olusegun Bakare|name]]
(consultant paediatrician). Bruising consistent with a forceful grip; the cheek mark "likely a slap". [[Tyler|name]] said in the
car to nan that "[[Jordan|name]] and [[Scotty|name]] count money in the kitchen" and that [[Jordan|name]] keeps "the green stuff"
in a shoebox under the stairs. DC [[Rowbotham|name]] informed. [[Naylor|name]]'s brother [[Kyle Naylor|name]] lives at
[[23 Carleton Road|address]], [[Pontefract|place]] [[WF8 3NQ|postcode]]; [[Chelsea|name]] says [[Jordan|name]] is staying there.
Mum's friend [[Demi Wainwright|name]] ([[07482 915 330|phone]]) offered to have [[Tyler|name]] at weekends; not agreed yet -
[[Demi|name]]'s partner [[Lewis|name]] is known to police. Maternal uncle [[Darren Crowther|name]], [[Northfield Lane|address]],
[[Horbury|place]], to be checked as a back-up carer. Police interview (ABE) arranged at the [[Wakefield|place]] suite for
Thursday [[5 November|date]], interviewer DC [[Kate Ibbotson|name]].
""",
    ),
    (
        "mother's text messages to her social worker, typed up",
        """[Text messages from [[Chelsea Crowther|name]] to [[Hannah
Brook|name]] (SW) on the work mobile, [[4|date]]-[[5 November 2026|date]], typed up by [[Hannah|name]] for the file. Spelling as sent.]

[[4 Nov|date]] 21:14 [[Chelsea|name]]: [[hannah|name]] its [[chelsea|name]].
i no u think [[jordan|name]] done it but he never, [[tyler|name]] bruises easy like me
[[4 Nov|date]] 21:16 [[Chelsea|name]]: my mam says he can stop at hers all week its fine, shes took him to school in [[horbury|place]] today
[[4 Nov|date]] 21:31 [[Hannah|name]]: Hi [[Chelsea|name]], thanks for letting me know. We'll talk tomorrow at 11 at yours. Please don't
discuss it with [[Tyler|name]].
[[5 Nov|date]] 07:02 [[Chelsea|name]]: ok. [[jordan|name]]s gone to his brothers in [[ponte|place]]. his brother [[kyle|name]]
is on [[07395 662 718|phone]] if u need him
[[5 Nov|date]] 07:05 [[Chelsea|name]]: and tell the school to stop ringing me, mrs [[hanson|name]] rang 3 times
[[5 Nov|date]] 12:48 [[Chelsea|name]]: sorry for being a cow. [[ty|name]] told nan he is scared of [[jordan|name]]. i didnt no
[[5 Nov|date]] 12:50 [[Chelsea|name]]: [[sandra|name]] (my mam) says can u ring her on the house phone [[01924 264519|phone]]
[[5 Nov|date]] 13:02 [[Hannah|name]]: Thank you for telling me, [[Chelsea|name]]. I'll ring your mum now. Are you safe?
[[5 Nov|date]] 13:20 [[Chelsea|name]]: ye. [[demi|name]] is here. [[jordan|name]] keeps messaging me from [[kyle|name]]s phone
[[5 Nov|date]] 13:21 [[Chelsea|name]]: he says if i grass hes taking the telly and the cat lol
[[5 Nov|date]] 13:45 [[Hannah|name]]: Please screenshot them and don't reply. DC [[Rowbotham|name]] will call you today.
[[5 Nov|date]] 19:03 [[Chelsea|name]]: police been. [[ashleigh|name]] was nice. shes took my phone for a bit so this is [[demi|name]]s
phone [[07482 915 330|phone]]
[[5 Nov|date]] 19:04 [[Chelsea|name]]: can i see [[tyler|name]] sat at mams in [[horbury|place]]? just me
""",
    ),
]


# --- B. Beridze / Kapanadze family (Georgian, from Kutaisi), Brierfield, Pendle -------------------------------------------

HOME_B = d.Address("31 Clitheroe Road", "", "Brierfield", "BB9 5AH")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Mariam", "Beridze")],
            dt.date(2015, 2, 9),
            addresses=[HOME_B],
            ids=["6231049582"],
            schools=["Brierfield St Luke's Primary"],
        ),
        _p("s", "sibling", [("Luka", "Beridze")], dt.date(2021, 7, 30), addresses=[HOME_B]),
        _p("m", "mother", [("Nino", "Kapanadze")], dt.date(1990, 11, 19), addresses=[HOME_B], phones=["07463 558 902"]),
        _p("f", "father", [("Giorgi", "Beridze")], dt.date(1987, 3, 4), phones=["+995 599 12 34 56"]),
        _p("p1", "professional", [("Rachel", "Duxbury")], emails=["rachel.duxbury@pendlewater.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "child and family assessment (extract)",
        """PENDLE WATER COUNCIL - CHILD AND FAMILY ASSESSMENT
Child: [[Mariam BERIDZE|name]] (known as "[[Mari|name]]")   DOB [[9 February 2015|dob]]   Year 6, [[Brierfield St Luke's
Primary|school]]
Sibling: [[Luka Beridze|name]], DOB [[30/07/2021|dob]], attends [[Little Acorns|school]] nursery? - no, not yet registered.
Mother: [[Nino Kapanadze|name]] ([[ნინო კაპანაძე|name]]), [[31 Clitheroe Road|address]], [[Brierfield|place]], [[BB9 5AH|postcode]],
mobile [[07463 558 902|phone]]. Father: [[Giorgi Beridze|name]], in [[Kutaisi|place]], Georgia, [[+995 599 12 34 56|phone]].
Assessing worker: [[Rachel Duxbury|name]]. Interpreter (Georgian, by phone): [[Tamar Gelashvili|name]].
Started [[12 October 2026|date]]; completed [[20 November 2026|date]].

The family came to the UK in 2023 on a visitor visa and stayed; Ms [[Kapanadze|name]] has an asylum claim refused in
March 2026 and no recourse to public funds. They rent one room from a friend, [[Eka Tsiklauri|name]], who has the rest of the
house. School raised concerns because [[Mariam|name]] interprets at every appointment, including at the GP (Brierfield
Medical Centre) about her mother's gynaecological problems, and was off 19 days this term. Mrs [[Susan Whalley|name]], the
family support worker at school, drives them to the food bank at [[Nelson|place]] on Fridays.

[[Mariam|name]] told me (in English) that she misses her grandmother "Bebo [[Lali|name]]" in [[Tskaltubo|place]], that
dad's brother [[Levan|name]] sends money, and that a man called [[Dato|name]] from [[Burnley|place]] comes to see
mum and "shouts about the money". [[Nino|name]] said [[Dato Meladze|name]] lent her GBP 2,000 for the flight and now wants
£300 a month. She writes his name as [[დათო მელაძე|name]]. He has an address in [[Burnley|place]] on [[Colne Road|address]].

Plan: referral to the NRPF team; Section 17 support; Georgian interpreter for all meetings, never [[Mariam|name]]; police
information-sharing about [[Meladze|name]]; review on [[18 December 2026|date]].

Household and network (from the genogram drawn with [[Mariam|name]] and her mother on [[19 October|date]]):
- maternal grandmother [[Lali Kapanadze|name]] ([[ლალი|name]]), [[Tskaltubo|place]], [[+995 577 45 21 08|phone]];
- paternal uncle [[Levan Beridze|name]], [[Athens|place]], Greece, works in a bakery, sends money each month;
- mother's friend and landlord [[Eka Tsiklauri|name]], same address, works nights at a care home in [[Colne|place]];
- [[Eka|name]]'s son [[Sandro|name]] (19), who [[Mariam|name]] says "plays games with [[Luka|name]]";
- church: the family go to the Georgian Orthodox service at a church in [[Manchester|place]] once a month with a family from
[[Accrington|place]], the [[Gogiashvilis|name]], who drive them.
[[Mariam|name]]'s friends at school: [[Ayesha Hussain|name]] and [[Holly-Mae Dugdale|name]]. Class teacher Mr [[Tom Pickup|name]].
GP: Dr [[Rukhsana Anwar|name]]. Health visitor for [[Luka|name]]: [[Claire Entwistle|name]], who saw him on [[3 Nov|date]] and noted
his speech is behind ("he speaks Georgian to mum, [[Mariam|name]] speaks English to him").
""",
    ),
    (
        "girl's handwritten letter, scanned and OCR'd",
        """[Scanned from a letter [[Mariam|name]] gave to Mrs [[Whalley|name]] on
[[23 Nov 2026|date]]. OCR text, errors left in. Georgian line at the end translated by [[T. Gelashvili|name]].]

Dear Mrs [[Whal1ey|name]] and [[Rache1|name]],
I am writting because you said I can tell you things on paper. I dont want to do the doctor words for mum any
more it makes me feel sick. Mum cryes at night. The man [[Dato|name]] came on Saturday [[21st|date]] and he
pushed [[Luka|name]] out of the way and [[Luka|name]] hit his head on the door. [[Eka|name]] said dont tell
anyone or we will be sent back to [[Kutaisi|place]]. I want to stay at [[St Lukes|school]] and go to [[Marsden Heights|school]]
next year with [[Ayesha|name]] and [[Holly-Mae|name]].
My dad [[Giorgi|name]] rings on whatsapp every sunday.
from [[Mariam|name]] yr 6
მიყვარს დედა და [[ლუკა|name]]   (I love mum and [[Luka|name]])
[[Mariam Beridze|name]] / [[მარიამ ბერიძე|name]]
""",
    ),
]


# --- C. Hodžić / Mehmedović family (Bosnian), Keighley ---------------------------------------------------------------------

HOME_C = d.Address("22 Lawkholme Lane", "", "Keighley", "BD21 3JJ")
RECORD_C = d.CaseRecord(
    [
        _p("c", "subject", [("Amra", "Hodžić")], dt.date(2011, 5, 17), addresses=[HOME_C], ids=["5197362049"], schools=["Oakbank School"]),
        _p("s", "sibling", [("Kenan", "Hodžić")], dt.date(2014, 12, 1), addresses=[HOME_C]),
        _p("m", "mother", [("Selma", "Mehmedović")], dt.date(1982, 8, 27), addresses=[HOME_C], phones=["07521 903 446"]),
        _p("f", "father", [("Edin", "Hodžić")], dt.date(1976, 10, 12), addresses=[HOME_C]),
        _p("p1", "professional", [("Lauren", "Feather")], emails=["lauren.feather@aireworth.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "police missing person report",
        """WEST YORKSHIRE POLICE - MISSING PERSON REPORT   Ref: MFH/13/26/4471   Risk: MEDIUM
Missing person: [[HODZIC, Amra|name]]   (record on system as [[HODŽIĆ, Amra|name]])   DOB: [[17/05/2011|dob]]   Age 15
Home address: [[22 Lawkholme Lane|address]], [[Keighley|place]] [[BD21 3JJ|postcode]]
Reported by: mother [[Selma MEHMEDOVIC|name]], [[07521 903 446|phone]], at 23:40 on Sat [[7th Nov 2026|date]]
Last seen: 16:30 [[07/11/2026|date]], [[Cavendish Street|address]], getting into a white Corsa ([[YJ19 WZD|vehicle]]) with two males
about 20.

Circumstances: Third missing episode since September. Previously found in [[Bingley|place]] at the flat of [[Reece
Atha|name]] (22), [[Flat 6, 40 Main Street|address]], [[Bingley|place]] [[BD16 2HU|postcode]], on [[19 Oct|date]]. Mother says
[[Amra|name]] argued with her father [[Edin Hodzic|name]] who "drinks since the war" and shouted at her about a boy called
"[[Zak|name]]". Friend [[Lejla Begić|name]] (15) told mum [[Amra|name]] was going to a party in [[Shipley|place]].
Brother [[Kenan|name]] (11) has her Snapchat password; handle "amra.xo_bd21".

Family abroad: maternal aunt [[Mirsada Mehmedović|name]], [[Ulica Maršala Tita 12|address]], [[Tuzla|place]], Bosnia,
[[+387 61 234 567|phone]] - mother rang her in case [[Amra|name]] contacted her.

Found: 02:15 [[08/11/2026|date]] by PC 3312 [[Dan Spencer|name]] in [[Riddlesden|place]], in the Corsa, with [[Atha|name]]
and [[Zak Hussain|name]]. Return interview to be offered by Aire Worth's missing team ([[Lauren Feather|name]]).

Enquiries made while missing: 23:55 call to [[Reece Atha|name]]'s mother [[Debbie Atha|name]] ([[07531 284 660|phone]]) at
[[16 Cliffe Avenue|address]], [[Baildon|place]] - not seen him. 00:20 [[Lejla Begić|name]]'s father [[Senad Begić|name]] rang back:
[[Lejla|name]] at home, says [[Amra|name]] sent a Snap from "a party in [[Shipley|place]] near the Saltaire roundabout". 00:45 ANPR
hit on [[YJ19 WZD|vehicle]] on the A650 at [[Crossflatts|place]]. Registered keeper: [[Shabana Hussain|name]], [[8 Devonshire
Street|address]], [[Keighley|place]] [[BD21 2AU|postcode]] - mother of [[Zak Hussain|name]] (DOB [[03/02/2007|dob]]).
Officer in case: PS [[Gareth Lund|name]]. Supervisor: Insp [[Nicola Hebden|name]].
""",
    ),
    (
        "social worker's notes typed fast on a phone",
        """notes on phone [[9/11|date]] after home visit - type up later!!
[[amra|name]] home, tired. says [[zak|name]] is 19 not 17. met him at [[keighley|place]] bus stn. he gives her vapes + lifts.
[[reece atha|name]] = his mate.
mum [[selma|name]] v upset, [[edin|name]] asleep on sofa 11am, cans. [[kenan|name]] at school ([[oakbank|school]]? no -
hes yr 7 at [[beckfoot upper
heaton|school]]? check)
[[amra|name]] said dads nightmares are about [[srebrenica|place]], his brother died there. she said "he is not bad he is broken"
mum wants help from bosnian womens group in [[bradford|place]] - [[Alma|name]] runs it, [[07849 115 302|phone]]
CSE screening tool tmrw. strat disc needed - ring [[Lauren|name]] [[10/11|date]]
also - [[selma|name]] says her sister [[mirsada|name]] rang from [[tuzla|place]] crying, [[amra|name]] messaged her at 3am
"teta save me" ?? ask [[amra|name]] about it
[[edin|name]] GP = dr [[ahmed|name]]?? no - dr [[hussain|name]] at the [[keighley|place]] practice, check. ask re PTSD referral
nxt visit thurs [[12th|date]] w/ interpreter ([[Emina|name]] from the agency, NOT a family friend)
""",
    ),
]


# --- D. Ashworth / Pilling family (white British), Stacksteads, Bacup ------------------------------------------------------

HOME_D = d.Address("9 Newchurch Road", "Stacksteads", "Bacup", "OL13 0NA")
RECORD_D = d.CaseRecord(
    [
        _p("c", "subject", [("Kayden", "Ashworth")], dt.date(2020, 10, 3), addresses=[HOME_D]),
        _p("s", "sibling", [("Lacey", "Pilling")], dt.date(2016, 6, 14), addresses=[HOME_D], schools=["Tunstead Primary"]),
        _p("m", "mother", [("Gemma", "Ashworth")], dt.date(1991, 12, 24), addresses=[HOME_D], phones=["07984 336 120"]),
        _p("f", "father", [("Wayne", "Pilling")], dt.date(1988, 2, 29), phones=["07577 204 819"]),
        _p("p1", "professional", [("Joanne", "Holt")], emails=["joanne.holt@irwellmoor.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "initial child protection conference report",
        """IRWELL MOOR COUNCIL
INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Kayden ASHWORTH|name]] (DOB [[03/10/2020|dob]]) and [[Lacey PILLING|name]] (DOB [[14/06/2016|dob]])
Address: [[9 Newchurch Road|address]], [[Stacksteads|place]], [[Bacup|place]] [[OL13 0NA|postcode]]
Conference: Thursday [[26th November 2026|date]], 13:30, Futures Park, [[Bacup|place]]. Chair: [[Imran Akhtar|name]].
Author: [[Joanne Holt|name]], social worker.

1. Why we are here. On [[30 October 2026|date]] [[Kayden|name]] (6) was bitten on the face by the family's dog, an XL bully
cross called Bruno, and was taken by ambulance to Royal Blackburn. Paramedics described the house as "full of rubbish bags,
dog faeces on the stairs, no working light upstairs". [[Lacey|name]] (10) told the paramedic she makes the tea "most nights"
because mum is "poorly in bed".

2. Family. Mother [[Gemma Ashworth|name]] ([[07984 336 120|phone]]) has chronic back pain and takes more codeine than
prescribed; she says she is "on top of it". [[Lacey|name]]'s father [[Wayne Pilling|name]] ([[07577 204 819|phone]]) lives in
[[Waterfoot|place]] with his partner [[Stacey Lord|name]] and sees [[Lacey|name]] every other weekend; he is not [[Kayden|name]]'s
father. [[Kayden|name]]'s father is [[Callum Rigby|name]], whereabouts unknown, last heard of in [[Haslingden|place]].
Maternal grandmother Mrs [[Pauline Ashworth|name]] lives in [[Whitworth|place]] and "does what she can" but does not drive.

3. School and health. [[Tunstead Primary|school]]: [[Lacey|name]]'s attendance 81%, often hungry, head lice untreated since
September. [[Kayden|name]] is not in nursery; the health visitor, [[Beth Nuttall|name]], has had two no-access visits
([[4 Sept|date]], [[2 Oct|date]]).
Neighbour Mr [[Derek Haworth|name]] at [[no. 11|address]] rang the council about the smell in August.

4. Recommendation: child protection plans for both children under the category of neglect.

5. Chronology of key events (summary)
[[12/03/2019|date]] - [[Lacey|name]] (then 2) placed with paternal grandparents, Mr and Mrs [[Pilling|name]] of [[Cloughfold|place]],
for 4 months under a s20 agreement after mum's overdose; returned home [[19/07/2019|date]].
[[03/10/2020|date]] - [[Kayden|name]] born at Burnley General; father named as [[Callum Rigby|name]].
[[17/05/2023|date]] - police called to a row between mum and [[Rigby|name]] at the address; [[Rigby|name]] left for [[Accrington|place]].
[[21/08/2026|date]] - Mr [[Haworth|name]] at [[number 11|address]] complains about the smell and the dog.
[[30/10/2026|date]] - dog bite; [[Kayden|name]] admitted to Royal Blackburn (Dr [[Fiona Catterall|name]], plastics)
until [[2 November|date]].
6. The children's views. [[Lacey|name]]: "I want mum to get better and I want the dog to go. I want a proper bed." She drew
her bedroom with "[[Lacey|name]]'s side" and "[[Kaydo|name]]'s side" ([[Kaydo|name]] is what she calls her brother).
[[Kayden|name]] is too young to give his views; he was wary of men at the hospital and clung to his nan.
7. Parents' views. [[Gemma|name]]: "I know it got bad. I've let [[Lacey|name]] do too much." [[Wayne|name]]: he wants [[Lacey|name]]
to live with him and [[Stacey|name]] at [[18 Burnley Road East|address]], [[Waterfoot|place]] [[BB4 9AG|postcode]].
""",
    ),
    (
        "dog warden's email",
        """From: [[Kev Ormerod|name]] <[[kevin.ormerod@irwellmoor.gov.uk|email]]>
Sent: [[02 November 2026|date]] 09:12
To: [[Joanne Holt|name]] <[[joanne.holt@irwellmoor.gov.uk|email]]>
Subject: Dog at [[9 Newchurch Rd|address]] - bite on [[30/10|date]]

Hi [[Jo|name]],
Went up to [[Stacksteads|place]] Saturday with PCSO [[Lynsey Kay|name]]. Bruno has been signed over by mum and is at the
kennels in [[Rawtenstall|place]] pending a vet check. Not an exempted XL so it can't go back. There's a second dog, a
staffie pup called Roxy, which [[Gemma|name]] says belongs to her friend [[Jade|name]] on [[Rochdale Road|address]] -
I've asked [[Jade|name]] to collect it.
Mum's brother ([[Darren|name]]?) was there shouting, said "you lot took our [[Lacey|name]] off us once already".
Cheers, [[Kev|name]]
Animal Welfare Officer, [[01706 217 777|phone]]

---- Reply ----
From: [[Joanne Holt|name]]   Sent: [[02 November 2026|date]] 10:47
Thanks [[Kev|name]]. [[Darren|name]] is [[Darren Ashworth|name]], mum's brother, lives in [[Britannia|place]]. Do you have an
address for [[Jade|name]]? - [[Jo|name]]
From: [[Kev Ormerod|name]]   Sent: [[02 November 2026|date]] 11:02
[[Jade Ormerod|name]] (no relation!), [[41 Rochdale Road|address]], [[Bacup|place]] [[OL13 9NR|postcode]]. Mobile [[07867 441 209|phone]].
""",
    ),
]


# --- E. Campbell / Haigh family (Jamaican and white British), Deighton, Huddersfield -----------------------------------------

HOME_E = d.Address("5 Ridgeway Court", "Deighton", "Huddersfield", "HD2 1LT")
RECORD_E = d.CaseRecord(
    [
        _p("c", "subject", [("Dwayne", "Campbell")], dt.date(2012, 3, 27), addresses=[HOME_E], schools=["North Huddersfield Trust School"]),
        _p("m", "mother", [("Kirsty", "Haigh")], dt.date(1989, 7, 11), addresses=[HOME_E], phones=["07455 981 266"]),
        _p("f", "father", [("Marlon", "Campbell")], dt.date(1984, 4, 5), phones=["07826 440 593"]),
        _p("p1", "professional", [("Femi", "Adeyemi")], emails=["femi.adeyemi@colnevalley.gov.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "youth justice service referral",
        """COLNE VALLEY YOUTH JUSTICE SERVICE - REFERRAL FORM
Young person: [[CAMPBELL Dwayne|name]]      AKA: "[[Lil D|name]]"      DOB: [[27-03-2012|dob]]
Address: [[5 Ridgeway Court|address]], [[Deighton|place]], [[Huddersfield|place]] [[HD2 1LT|postcode]]
School: [[NHTS|school]] ([[North Huddersfield Trust School|school]]) - on a part-time timetable since [[1 Oct|date]]
Parent: [[Kirsty Haigh|name]] (mother) [[07455 981 266|phone]]; father [[Marlon Campbell|name]] [[07826 440 593|phone]],
[[Chapeltown|place]], [[Leeds|place]]. Paternal grandmother [[Hyacinth Campbell|name]] in [[Mandeville|place]], Jamaica
([[+1 876 962 4417|phone]]).
Referrer: [[Femi Adeyemi|name]] (SW), [[femi.adeyemi@colnevalley.gov.uk|email]]. Date: [[16/11/2026|date]]

Reason: arrested [[12 November 2026|date]] at Scarborough railway station with 18 wraps of crack cocaine and £340
in his sock, reported missing from home for 3 days. He told the police he was staying at "[[Tash|name]]'s" on [[Eastborough|address]]
in [[Scarborough|place]]. NRM referral made by North Yorkshire Police. Older males known to him: [[Jermaine Wright|name]] (19,
[[Fartown|place]]) and a man known only as "[[Sav|name]]". Instagram handle dbo_d14 now deleted. He was stabbed in the thigh in
[[Bradley|place]] in July; treated at Huddersfield Royal Infirmary.
Mum said: "[[Dwayne|name]]'s a good lad, he's being used. [[Marlon|name]] needs to step up."
""",
    ),
    (
        "family WhatsApp chat, typed up",
        """[WhatsApp group "[[Dwayne|name]] 🙏🏾" shown to [[Femi|name]] by [[Kirsty|name]]
on [[18/11/2026|date]], copied with her agreement.]
[[17/11/2026|date]], 22:04 - [[Kirsty|name]]: hes in his room, police brought him back from [[scarbs|place]] at 6
[[17/11/2026|date]], 22:06 - [[Marlon|name]]: Ill come down from [[leeds|place]] tmrw. Tell [[Dwayne|name]] I aint mad
[[17/11/2026|date]], 22:10 - Mama [[Hyacinth|name]]: Bless him. Tell him granny praying. Mi call yuh tomorrow from [[Mandeville|place]]
[[17/11/2026|date]], 22:15 - [[Chantelle|name]]: [[kirst|name]] want me to have him at mine in [[dalton|place]] for a bit? away from
[[deighton|place]]
[[17/11/2026|date]], 22:16 - [[Kirsty|name]]: maybe. [[femi|name]] the social worker is coming thurs
[[17/11/2026|date]], 22:20 - [[Chantelle|name]]: ok. im at [[14 Moorbottom Road|address]] now not the old flat, [[HD5 9QE|postcode]]
[[17/11/2026|date]], 22:40 - [[Marlon|name]]: [[jermaine wright|name]] mum lives by [[Sheepridge|place]] shops. Im gonna go see her
[[17/11/2026|date]], 22:41 - [[Kirsty|name]]: NO [[marlon|name]]. Leave it to the police
[[18/11/2026|date]], 07:02 - Mama [[Hyacinth|name]]: Mawnin all. [[Marlon|name]] call me. Mi want [[Dwayne|name]] fi come to
Jamaica fi Christmas. Auntie [[Paulette|name]] in [[Spanish Town|place]] can meet him at the airport
[[18/11/2026|date]], 07:15 - [[Chantelle|name]]: Mama he can't go anywhere the police have his passport lol
[[18/11/2026|date]], 07:16 - [[Kirsty|name]]: hes still asleep. [[femi|name]] coming at 11. [[chantelle|name]] can u come too
[[18/11/2026|date]], 07:30 - [[Chantelle|name]]: cant im on shift at the Royal till 2. tell [[dwayne|name]] aunty [[chan|name]] loves him
[[18/11/2026|date]], 09:12 - [[Marlon|name]]: [[Tyrone|name]] says [[Sav|name]] is [[Savion|name]] from [[birkby|place]], his mum is on
[[Blacker Road|address]]. Just saying
[[18/11/2026|date]], 09:13 - [[Kirsty|name]]: STOP IT
""",
    ),
]


# --- F. Greenwood / Sutcliffe family (white British), Todmorden ----------------------------------------------------------

HOME_F = d.Address("3 Hallroyd Crescent", "", "Todmorden", "OL14 5LY")
RECORD_F = d.CaseRecord(
    [
        _p("c", "subject", [("Poppy", "Sutcliffe")], dt.date(2026, 6, 18), addresses=[HOME_F]),
        _p("m", "mother", [("Ellie", "Greenwood")], dt.date(2006, 1, 21), addresses=[HOME_F], phones=["07380 562 914"]),
        _p("f", "father", [("Josh", "Sutcliffe")], dt.date(2004, 9, 9), addresses=[HOME_F], phones=["07717 309 846"]),
        _p("p1", "professional", [("Alison", "Fielden")], emails=["alison.fielden@hebblevale.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "health visitor's home visit note",
        """Calderdale 0-19 Service - Health Visiting - Contact record
Client: [[SUTCLIFFE, Poppy|name]]   DOB [[18.06.2026|dob]]   Address [[3 Hallroyd Crescent|address]], [[Todmorden|place]],
[[OL14 5LY|postcode]]
Date/time of contact: Wed [[21/10/2026|date]] 10:30   Type: targeted home visit   HV: [[Alison Fielden|name]]
Present: mother [[Ellie Greenwood|name]] (20), baby, maternal grandmother Mrs [[Julie Greenwood|name]] (visiting from
[[Walsden|place]]).

Mum scored 19 on the EPDS (was 14 at the 6-8 week check on [[6 August|date]]). Tearful throughout, says she "can't feel
anything" for [[Poppy|name]] and that [[Josh|name]] (dad, 22) is "never here", working nights at the warehouse in
[[Rochdale|place]] and out with his mates at the Golden Lion. Says she has thought "everyone would be better off" but no
plan. Baby 4 months, weight on the 25th centile, handled gently, good eye contact with nan.
Small bruise (1cm) on [[Poppy|name]]'s left temple; mum says she rolled off the changing mat on Monday [[19th|date]]. Not
mobile enough to roll far - discussed with GP (Dr [[Kaur|name]], Todmorden Group Practice) same day, who asked for a
paediatric assessment at Calderdale Royal.
Plan: urgent perinatal mental health referral; call to Hebble Vale front door (spoke to [[Martin Greenhalgh|name]]);
[[Julie|name]] to stay tonight. Next visit [[23/10/2026|date]].
Addendum 14:50 ([[A. Fielden|name]]): spoke with [[Josh|name]] by phone ([[07717 309 846|phone]]). He said the bruise was
"from [[Ellie|name]]'s ring when she picked her up" - a different account. His mate [[Kieran Ashby|name]] was at the flat on
Monday [[19 October|date]] too. Passed to the duty SW, [[Martin Greenhalgh|name]], at 15:05; strategy discussion to follow.
""",
    ),
    (
        "looked-after review minutes",
        """HEBBLE VALE COUNCIL - CHILD LOOKED AFTER REVIEW (first review)
Child: [[Poppy Sutcliffe|name]]   DOB [[18/06/2026|dob]]   Date of review: Friday [[4 December 2026|date]]
Placement: with foster carers [[Sue|name]] and [[Graham Midgley|name]], [[Hebden Bridge|place]] (since [[23rd October|date]])
IRO: [[Nadia Qureshi|name]]. Social worker: [[Ben Lumb|name]]. Present: [[Ellie Greenwood|name]], [[Josh Sutcliffe|name]],
advocate [[Kerry Nicholl|name]] (for [[Ellie|name]]); [[Alison Fielden|name]] (HV).

Background: skeletal survey at Leeds General Infirmary on [[22 October|date]] found a healing fracture of the right
clavicle as well as the bruise. Parents gave no explanation. Interim care order made on [[27 October 2026|date]].

Views: [[Ellie|name]] said she is now on medication and sees the perinatal team (Dr [[Lowe|name]]) at [[Elland|place]]; she wants
[[Poppy|name]] home. [[Josh|name]] has moved back to his mum's, Mrs [[Karen Sutcliffe|name]] at [[12 Bacup Road|address]],
[[Todmorden|place]] [[OL14 7PH|postcode]], and asks to be assessed with her. Contact: 4 x a week at the family centre in
[[Halifax|place]]; [[Sue Midgley|name]] reports [[Poppy|name]] is settled, smiling, gaining weight.
Decisions: parenting assessments of both parents by [[15 January 2027|date]]; viability assessment of
Mrs [[Sutcliffe|name]]; next review [[4 March 2027|date]].

Health: [[Poppy|name]]'s GP is now Dr [[Helen Rhodes|name]] at Hebden Bridge Group Practice; HV in the placement [[Saima
Begum|name]]. Immunisations up to date (16-week jabs on [[8 October|date]]). NHS number [[734 218 6503|nhs]] checked against the
placement plan (it had been typed as her mother's number, [[4829037164|nhs]], and was corrected on [[20/11/2026|date]]).
Education: not applicable. Identity: [[Ellie|name]] asks that [[Poppy|name]] keeps her christening gown from her own nan,
[[Margaret Greenwood|name]], who lives in [[Cornholme|place]].
Family time: mum and dad separately from [[1 December|date]]; paternal grandmother [[Karen|name]] may join dad's sessions. Maternal
aunt [[Chloe Greenwood|name]] ([[07514 330 872|phone]]) asked to be assessed as a carer - she lives with her partner [[Ryan
Lord|name]] in [[Littleborough|place]].
""",
    ),
]


DOCS_A += [
    (
        "primary school's CPOMS safeguarding log export",
        """CPOMS - Incident export - [[Southdale C of E Junior School|school]]
Student: [[Tyler Crowther|name]]  (Year 5, Class 5W)   Exported by [[G. Hanson|name]] (DSL) [[03/11/2026|date]] 08:52

#48812 | [[15/09/2026|date]] 08:45 | Wellbeing | Recorded by [[Emma Bolton|name]] (TA)
[[Tyler|name]] came in with no coat or breakfast. Said mum was "still in bed" and [[Jordan|name]] "had people round all
night". Given toast. Alerted: [[Gill Hanson|name]].
#49107 | [[29/09/2026|date]] 15:20 | Parental concern | Recorded by Mr [[Liam Shaw|name]] (class teacher)
A man in a grey Astra collected [[Tyler|name]] - not on the collection list. [[Tyler|name]] said "that's [[Jordan|name]]'s
mate [[Scotty|name]]". Mum rang at 15:35 to say it was OK. Told mum [[Scotty|name]] must be added in writing.
#49640 | [[12/10/2026|date]] 10:10 | Physical injury | Recorded by [[Emma Bolton|name]]
Scratch across back of left hand. [[Tyler|name]]: "[[Bella|name]] did it" ([[Sandra|name]]'s cat? - nan's cat is called
Smudge, checked with nan). Body map done. Monitoring.
#50021 | [[02/11/2026|date]] 08:50 | Physical injury - DSL action | Recorded by [[Gill Hanson|name]]
Bruise left cheek + 3 fingertip bruises upper arm. Disclosure: "[[Jordan|name]] grabbed me cos I touched his bag". Rang
Calder Aire front door 09:15, spoke to [[Hannah Brook|name]]. Nan ([[Sandra Crowther|name]]) collected at 15:15.
Friend: [[Ollie Stead|name]] (Y5) says [[Tyler|name]] told him "[[jord|name]] has a big bag of weed".
#50102 | [[04/11/2026|date]] 09:05 | Attendance | Recorded by [[Dawn Illingworth|name]] (office)
[[Tyler|name]] dropped off by nan, Mrs [[Crowther|name]], who gave a new number ([[07788 213 650|phone]]) and said [[Tyler|name]]
will be brought from [[Horbury|place]] daily. Late 9:05 (bus). Collection list updated: [[Sandra Crowther|name]], [[Darren
Crowther|name]]. NOT [[Jordan Naylor|name]], NOT "[[Scotty|name]]" ([[Scott Firth|name]]?).
#50233 | [[06/11/2026|date]] 12:30 | Wellbeing | Recorded by Mr [[Liam Shaw|name]]
[[Tyler|name]] quiet at dinner. Drew a picture of "me and nanna and [[Rosie|name]]" ([[Rosie|name]] = nan's neighbour's girl,
[[Rosie Hirst|name]], Y3). Said he wants to stay at nanna's "for ever".
""",
    ),
]

DOCS_B += [
    (
        "mother's voice note in Georgian, transcribed and translated",
        """[Voice note sent by [[Nino Kapanadze|name]] to the
family support worker's phone on [[28 November 2026|date]], 23:12, 1 min 40. Transcribed and translated by [[Tamar
Gelashvili|name]] (Georgian interpreter) on [[30/11/2026|date]]. Georgian words kept where they matter.]

"[[Susan|name]], sorry it is late. It is [[Nino|name]], [[Mari|name]]'s mum. [[Dato|name]] ([[დათო|name]]) came again
tonight with another man, [[Gia|name]] I think. He said if I do not pay by the first of the month he will tell the Home
Office where we live and they will take me and [[Luka|name]] and leave [[Mariam|name]]. [[Eka|name]] told him to go. My
husband [[Giorgi|name]] says to go to the police but I am afraid. My sister [[Ketevan|name]] ([[ქეთევანი|name]]) in
[[Batumi|place]] says come home. Her address is [[Gorgiladze Street 41|address]], [[Batumi|place]] - she says send the
children's things there. Please tell [[Rachel|name]]. I will not send [[Mariam|name]] to the doctor with me any more, I
promise. Thank you for the food on Friday at [[Nelson|place]]."

[Second voice note, [[29 November 2026|date]], 07:40, 30 sec:] "[[Susan|name]], it is [[Nino|name]] again. [[Eka|name]] says
[[Dato|name]] lives with a woman called [[Marina|name]] near the football ground in [[Burnley|place]], on [[Hollingreave
Road|address]]. His number is [[07404 662 195|phone]]. Please don't say I told you."
(Interpreter's note: in Georgian the mother called him "[[დათუნა|name]]", a familiar form of [[Dato|name]] - T.G.)
""",
    ),
]

DOCS_C += [
    (
        "return home interview record",
        """AIRE WORTH COUNCIL - RETURN HOME INTERVIEW (missing from home)
Name: [[Amra Hodžić|name]]   D.O.B. [[17th May 2011|dob]]   Episode: [[7|date]]-[[8 November 2026|date]]
Interview: [[10 Nov 2026|date]], 16:00, at [[Keighley|place]] library (young person's choice). By: [[Lauren Feather|name]].

Where were you? "[[Zak|name]] picked me up at the bus station. We went to [[Reece|name]]'s flat in [[Bingley|place]] and then a
party at a house on [[Saltaire Road|address]] in [[Shipley|place]], then we drove round [[Riddlesden|place]]." Who else? "Some
older lads, one called [[Ty|name]] or [[Tayo|name]]. A girl called [[Chloe|name]] from [[Silsden|place]]. [[Lejla|name]] was
meant to come but her dad said no."
Did anyone give you anything? Vapes, vodka, "a bit of weed". [[Zak|name]] took photos on his phone.
Why did you go? "Tata was shouting. He was drinking after the news about [[Srebrenica|place]] on TV. Mum just cries."
("Tata" is Bosnian for dad - [[Edin|name]].)
Has anyone hurt you? "No. [[Zak|name]] grabbed my arm in the car when I wanted to get out at [[Steeton|place]]." Bruise
seen on her left forearm (photographed with consent).
Does anyone at home know about [[Zak|name]]? "[[Kenan|name]] does. He's got my passwords. Don't tell Tata."
What would help? To see her aunt [[Mirsada|name]] in [[Tuzla|place]] in the summer. A youth worker who is a woman.
Outcome: shared with police (DC [[Farah Mahmood|name]], CSE team) as intelligence on [[Zak Hussain|name]] and [[Reece
Atha|name]]; strategy discussion requested.
Parent spoken to: [[Selma|name]], [[10/11/2026|date]] 18:00, with interpreter [[Emina Softić|name]] by phone. Father
[[Edin Hodžić|name]] present but said little. School informed: [[Oakbank|school]] DSL Mr [[Craig Lister|name]]; [[Kenan|name]]'s
school, [[Beckfoot Upper Heaton|school]], DSL Ms [[Jo Pearson|name]].
""",
    ),
]


DOCS_D += [
    (
        "food bank voucher referral form",
        """ROSSENDALE FOOD BANK - REFERRAL (e-voucher)     Voucher no. RFB-26-08841
Referring agency: Irwell Moor Children's Social Care     Referrer: [[Joanne Holt|name]], [[01706 252 880|phone]]
Date issued: [[27/11/2026|date]]     Collect from: Bacup Baptist Church, [[Irwell Terrace|address]], [[Bacup|place]]
Client name: [[ASHWORTH, Gemma|name]]     Contact no: [[07984 336 120|phone]]
Address: [[9 Newchurch Rd|address]], [[Stacksteads|place]] [[OL13 0NA|postcode]]
Household: 1 adult, 2 children (ages 10 and 6) - [[Lacey|name]] and [[Kayden|name]]
Dietary needs: none. No cooker working - please give kettle box / no-cook items.
Reason for crisis: benefit delay (UC sanction) and debt. Gas meter on emergency credit.
Can client collect? NO - mum's back; friend [[Jade Ormerod|name]] will collect on her behalf.
Other support: [[Lacey|name]]'s dad [[Wayne|name]] to bring school shoes. Grandmother Mrs [[P. Ashworth|name]] in [[Whitworth|place]]
will pay the gas on the 1st.
Benefits: Universal Credit claimant [[Gemma Ashworth|name]], NI no. [[JT 44 82 19 B|ni]], claim reviewed by the work coach
([[Sharon|name]] at [[Rawtenstall|place]] Jobcentre) on [[25/11/2026|date]]. Child benefit paid for [[Lacey|name]] (UPN
[[B888212630918|upn]] given by school for free school meals) and [[Kayden|name]].
Notes for volunteers: do not deliver to the house while the dog issue is open - the neighbour at [[no 11|address]], Mr
[[Haworth|name]], is in dispute with the family.
""",
    ),
]

DOCS_E += [
    (
        "National Referral Mechanism referral (extract)",
        """NATIONAL REFERRAL MECHANISM - REFERRAL FOR A CHILD (extract)
First responder organisation: Colne Valley Council   Officer: [[Femi Adeyemi|name]]   Date: [[19-11-2026|date]]
Potential victim: [[Dwayne Marlon CAMPBELL|name]]   Date of birth: [[27/03/2012|dob]]   Nationality: British
Address: [[5 Ridgeway Ct|address]], [[Deighton|place]], [[HD2 1LT|postcode]]

Account: Between [[9|date]] and [[12 November 2026|date]] [[Dwayne|name]] was taken by car from [[Huddersfield|place]] to
[[Scarborough|place]] by a man he calls "[[Sav|name]]" (possibly [[Savion Reid|name]], 23, [[Birkby|place]]) and kept at a
flat on [[Eastborough|address]] belonging to a woman called [[Natasha Cole|name]] ("[[Tash|name]]"). He was told to
sell from the flat and on the seafront and that his mum's house "would get done" if he went home. His phone was taken and he
was given a "graft" phone ([[07360 118 457|phone]]). Earlier, [[Jermaine Wright|name]] had "given him" £200 and then said
he owed £600.
Indicators: under 18; movement for exploitation; debt bondage; threats to family; missing episodes ([[2 Sept|date]],
[[20 Sept|date]], [[9 Nov|date]]).
Consent: [[Dwayne|name]] is a child so consent is not needed; his mother [[Kirsty Haigh|name]] was told on [[18/11/2026|date]].
Other agencies: [[Huddersfield|place]] CID (DS [[Paul Dransfield|name]]); North Yorkshire Police, [[Scarborough|place]] (DC [[Amy
Readman|name]]); school DSL Ms [[Sharon Kaye|name]] at [[NHTS|school]]; youth worker [[Jamal Wright|name]] (no relation to
[[Jermaine|name]]) at the Deighton Centre.
Previous CSC contact: Child in Need (domestic abuse, [[Marlon|name]] to [[Kirsty|name]]) from [[4 March 2019|date]] to
[[30 September 2019|date]], SW [[Lorraine Bottomley|name]]. Half-brother [[Kai Haigh|name]] (DOB [[11/09/2008|dob]]) lives with his
dad [[Stuart Firth|name]] in [[Mirfield|place]]; no contact since 2024.
""",
    ),
]

DOCS_F += [
    (
        "paediatric ward nursing handover (SBAR)",
        """CALDERDALE ROYAL HOSPITAL - WARD 3 (children) - NURSING HANDOVER, SBAR
[[22/10/26|date]] 19:30, night staff. Written by SN [[Gemma Thornton|name]].
Bed 6: [[Poppy SUTCLIFFE|name]], 4/12, DOB [[18/6/26|dob]]. Hosp no. K2209731.
S: Admitted [[21/10|date]] via GP (Dr [[Kaur|name]]) for bruise L temple in non-mobile infant. Skeletal survey done
today at LGI - clavicle # ?old. SAFEGUARDING - police and SW aware.
B: Mum [[Ellie|name]] (20) - PND, EPDS 19. Dad [[Josh|name]] (22). Nan [[Julie Greenwood|name]], [[Walsden|place]], visiting -
OK to visit. Dad's mother [[Karen Sutcliffe|name]] rang twice asking for info - NOT given, told to speak to parents.
A: Obs stable. Feeding well 5oz 3-hrly. No new marks.
R: Supervised contact only - a member of staff present at all times (SW [[Ben Lumb|name]] EDT [[01422 288 000|phone]]).
Strategy discussion tomorrow 09:00. Dad was loud at the desk at 17:00 - security called; left with his mate [[Kieran|name]].
Mum asked if [[Poppy|name]] can be baptised on the ward by Rev [[Clare Ashton|name]] from St Mary's, [[Todmorden|place]] - ask SW.

23/10 02:10 (SN [[Thornton|name]]): [[Ellie|name]] rang the ward crying, said she was at the canal at [[Walsden|place]] and "better off
in it". Kept her talking; nan [[Julie|name]] went to her; police (PC [[Ryan Greaves|name]]) attended. [[Ellie|name]] taken to A&E
at Calderdale Royal for a mental health assessment. On-call SW informed ([[Mandeep Sandhu|name]]).
""",
    ),
]


DOCS_A += [
    (
        "grandmother's own letter to the child protection conference",
        """To the Chairman of the conference about our [[Tyler|name]]

My name is [[Sandra Crowther|name]] and I am [[Tyler|name]]'s nanna. I live at [[7 Westfield Rd|address]] in
[[Horbury|place]] and I have had [[Tyler|name]] since [[3rd November|date]] while all this is sorted.
I want to say that my daughter [[Chelsea|name]] is a good mum when she is on her own. It all went wrong when she met
[[Jordan|name]]. Before him she was at the Co-op on [[Station Road|address]] in [[Ossett|place]] 6 years and never had a day
off. [[Tyler|name]] is a lovely boy he goes to cubs at St Peter's hall on a Wednesday and he wants to play for
[[Horbury|place]] juniors. I can take him to [[Southdale|school]] every day on the 110 bus. My husband [[Keith|name]] died in
2022 so it is just me but my son [[Darren Crowther|name]] lives round the corner on [[Northfield Lane|address]] and will help.
My phone is [[07788 213650|phone]] or the house [[01924 264 519|phone]].
Please do not send [[Tyler|name]] to strangers. He has been through enough.
P.S. [[Chelsea|name]]'s dad is [[Kevin Crowther|name]] but he has not seen her since she was 5, he is in Spain
somewhere ([[Benidorm|place]]?) so please do not ask him. And [[Jordan|name]]'s mum [[Tina Naylor|name]] in [[Featherstone|place]]
keeps ringing me, I have told her [[Tyler|name]] is nothing to do with her.
Yours faithfully,
[[Sandra Crowther|name]] (Mrs)
[[16/11/2026|date]]
""",
    ),
]

DOCS_B += [
    (
        "multi-agency chronology",
        """CHRONOLOGY - [[Mariam BERIDZE|name]] ([[09/02/2015|dob]]) and [[Luka BERIDZE|name]] ([[30/07/2021|dob]])
Compiled by [[R. Duxbury|name]], Pendle Water CSC, [[1 December 2026|date]]

Date | Source | Event | Impact on child
[[14.03.2023|date]] | Home Office | Family arrive at Manchester Airport from [[Kutaisi|place]] on visitor visas. | -
[[02.10.2023|date]] | School | [[Mariam|name]] starts at [[St Luke's|school]], Year 3, no English. | Settles well.
[[11.06.2024|date]] | GP | [[Luka|name]] registered at Brierfield Medical Centre; [[Mariam|name]] interprets. | Role reversal begins.
[[20.03.2026|date]] | Home Office | Ms [[Kapanadze|name]]'s asylum claim refused. | Anxiety at home.
[[07.09.2026|date]] | School | Mrs [[Whalley|name]] notes [[Mariam|name]] missed 6 days to go to appointments. | Learning lost.
[[12.10.2026|date]] | CSC | Assessment starts. Interpreter [[T. Gelashvili|name]]. | -
[[21.11.2026|date]] | Letter | [[Dato Meladze|name]] pushes [[Luka|name]] at [[31 Clitheroe Rd|address]]; [[Luka|name]] hits his head. |
Physical harm; fear.
[[28.11.2026|date]] | Voice note | Threats by [[Meladze|name]] and "[[Gia|name]]" to report the family. | Fear of removal.
[[29.11.2026|date]] | Police | Lancashire Police (PC [[Sam Hartley|name]]) see [[Meladze|name]] at [[14 Hollingreave Road|address]],
[[Burnley|place]] [[BB11 2EW|postcode]]; words of advice; crime report for harassment. | -
[[01.12.2026|date]] | CSC | Strategy discussion: DS [[Joanne Pickles|name]] (Lancashire Police), [[Rachel Duxbury|name]], Mrs
[[Susan Whalley|name]], HV [[Claire Entwistle|name]]. Safety plan: [[Eka Tsiklauri|name]] to change the locks; [[Nino|name]] to ring
999 if [[Meladze|name]] comes; school to release [[Mariam|name]] only to mum or [[Eka|name]]. | Safety plan in place.
[[02.12.2026|date]] | NRPF | Immigration adviser [[Owen Duckworth|name]] (Pendle Law Centre) books an appointment for [[9 Dec|date]]. | -
""",
    ),
]

DOCS_C += [
    (
        "community group support worker's email",
        """From: [[Alma Kovačević|name]] <[[alma.kovacevic@bosniancentre-bfd.org.uk|email]]>
To: [[Lauren Feather|name]] <[[lauren.feather@aireworth.gov.uk|email]]>
Date: Thu, [[12 Nov 2026|date]] 14:03
Subject: [[Selma|name]] and [[Edin|name]] - [[Keighley|place]]

Dear [[Lauren|name]],
[[Selma|name]] came to our women's group in [[Bradford|place]] on Tuesday with her friend [[Azra|name]]. She gave me permission
to write to you. [[Edin|name]] is from near [[Srebrenica|place]] (the village of [[Potočari|place]]) and lost his father and brother
in July 1995. He came to [[Keighley|place]] in 1998 with the first families. He has never had any help for PTSD. He would
maybe talk to a man from our community - Mr [[Nedžad Hasanović|name]] volunteers with us and has agreed.
[[Selma|name]] worries about [[Amra|name]] and also about [[Kenan|name]], who is "too quiet". Her mother, nana [[Fata|name]], lives with
us in the summer - her address in Bosnia is [[Ulica 7. aprila 18|address]], [[Živinice|place]].
Best wishes,
[[Alma|name]]
Support worker, [[07849 115 302|phone]]

> On [[11 Nov 2026|date]], at 09:40, [[Lauren Feather|name]] wrote:
> Dear [[Alma|name]], [[Selma Mehmedović|name]] has asked me to contact you. Could we meet with her at the centre on
> [[Manningham Lane|address]]? I am also working with her daughter [[Amra|name]] (UPN [[Z380212614471|upn]] for the school
> referral). Regards, [[Lauren|name]]
""",
    ),
]


DOCS_D += [
    (
        "core group meeting minutes",
        """CORE GROUP MEETING - [[Lacey Pilling|name]] and [[Kayden Ashworth|name]]
Date: [[10th December 2026|date]]  Venue: [[Tunstead Primary|school]], [[Stacksteads|place]]
Attendees: [[Joanne Holt|name]] (SW, chair), [[Gemma Ashworth|name]] (mum), [[Wayne Pilling|name]] (dad of [[Lacey|name]]),
[[Beth Nuttall|name]] (HV), Mrs [[Angela Greenhalgh|name]] (DSL), [[Kirsty Barker|name]] (family support, Early Help)
Apologies: [[Stacey Lord|name]]

1. House: skip delivered [[4/12|date]]; [[Wayne|name]] and his brother [[Lee Pilling|name]] cleared the stairs and back
yard. Landlord (Mr [[Tariq Mahmood|name]]) to fix the upstairs lights by [[18/12|date]].
2. [[Kayden|name]]: face healing, plastic surgery follow-up at Royal Blackburn on [[22 Dec|date]]. Nursery place at
[[Sunnyside|school]] from January (funded 2-year... no, 3-4 year offer) - [[Kirsty|name]] to take mum to look round.
3. [[Lacey|name]]: attendance 94% since conference. Breakfast club daily. [[Lacey|name]] says she likes staying at
dad's in [[Waterfoot|place]] but misses [[Kayden|name]]; wants to go to Brownies with her friend [[Maisie|name]].
4. Mum: GP review with Dr [[O'Neill|name]] about codeine on [[15/12/2026|date]]; referral to Inspire (drug and alcohol) made.
Actions: all by next core group on [[14 January 2027|date]].
Next meeting: [[14/01/2027|date]], 3.30pm, at [[Gemma|name]]'s ([[9 Newchurch Road|address]]). Minutes: [[K. Barker|name]].
Circulation: [[Joanne Holt|name]], [[Gemma Ashworth|name]], [[Wayne Pilling|name]], [[Beth Nuttall|name]], [[Angela Greenhalgh|name]],
Dr [[Niamh O'Neill|name]], [[Imran Akhtar|name]] (chair).
""",
    ),
]

DOCS_E += [
    (
        "father's text messages with the social worker, typed up",
        """[Texts between [[Marlon Campbell|name]] ([[07826 440 593|phone]])
and [[Femi Adeyemi|name]] (work mobile), typed up for the record [[20/11/2026|date]].]

[[18/11|date]] 08:10 [[Marlon|name]]: Morning [[Femi|name]] its [[Dwayne|name]] dad. Im in [[Hudds|place]] today can we meet
[[18/11|date]] 08:31 [[Femi|name]]: Morning Mr [[Campbell|name]]. Yes - 1pm at [[Kirsty|name]]'s?
[[18/11|date]] 08:33 [[Marlon|name]]: Not at hers we dont get on. Costa at the station
[[19/11|date]] 21:50 [[Marlon|name]]: [[Dway|name]] says [[sav|name]] been outside the house in a black golf [[YE21 KXP|vehicle]].
Im not having it
[[19/11|date]] 21:52 [[Femi|name]]: Please ring 999 if he's there now. Don't go round yourself.
[[20/11|date]] 07:15 [[Marlon|name]]: Police came. Im taking [[dwayne|name]] to my moms in [[Moss Side|place]] for the week,
[[42 Quinney Crescent|address]], [[M16 7PW|postcode]]. She said ok
[[20/11|date]] 07:40 [[Femi|name]]: Thanks for telling me. I need to check that with my manager ([[Rosie Ackroyd|name]]) first.
[[20/11|date]] 07:52 [[Marlon|name]]: Shes a retired nurse. [[Hyacinth|name]]s sister [[Merline|name]] lives with her, she can vouch
[[20/11|date]] 08:05 [[Femi|name]]: OK. I'll ring [[Merline|name]] today - can you send her number?
[[20/11|date]] 08:06 [[Marlon|name]]: [[0161 226 4093|phone]] landline. Tell [[Kirsty|name]] its not forever
[[20/11|date]] 16:30 [[Femi|name]]: [[Manchester|place]] CSC (duty SW [[Gary Okafor|name]]) will visit
[[Quinney Crescent|address]] tomorrow.
""",
    ),
]

DOCS_F += [
    (
        "foster carer's daily log",
        """FOSTER CARER DAILY RECORD - Child: [[Poppy|name]]   Carers: [[Sue|name]] & [[Graham
Midgley|name]]
Sat [[24 Oct|date]]: First full day. Took 4oz at 6am, 10am, 2pm, 6pm, 10pm. Slept in Moses basket in our room. Very
settled. [[Graham|name]]'s daughter [[Lucy|name]] visited with her two boys.
Mon [[26 Oct|date]]: Contact at family centre, [[Halifax|place]], 10-12. Mum [[Ellie|name]] came with nan [[Julie|name]]; dad [[Josh|name]]
20 mins late. Supervisor ([[Dionne|name]]) said mum was quiet but held her the whole time. [[Poppy|name]] unsettled in the car
home. SW [[Ben|name]] rang re: medical on [[29th|date]].
Thu [[29 Oct|date]]: Follow-up at Calderdale Royal - bruise gone. Paed (Dr [[Ahmed|name]]) happy with weight.
Sun [[1 Nov|date]]: Walk round Hardcastle Crags with [[Poppy|name]] in the sling. Our neighbour [[Pat Crabtree|name]] asked
who the baby was - said she's "staying with us" only.
Tue [[3 Nov|date]]: Contact - dad only, with his mum [[Karen|name]]. [[Josh|name]] brought a teddy from [[Todmorden|place]] market and
cried. Supervisor [[Dionne Hall|name]] noted dad swore at [[Karen|name]] in the car park. Our [[Lucy|name]] babysat 7-10pm while
we went to [[Graham|name]]'s brother [[Pete Midgley|name]]'s in [[Mytholmroyd|place]] (approved sitter, DBS done [[2 June 2025|date]]).
Fri [[6 Nov|date]]: LAC medical with Dr [[Ahmed|name]] - all fine. Mum texted me ([[07380 562 914|phone]]) asking for photos -
sent via SW only, as agreed with [[Ben Lumb|name]].
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 30 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:32 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "insp",
    "cm",
    "wm",
    "sm",
    "ff",
    "cllr",
    "hhj",
    "nurse",
    "sister",
    "coach",
    "our",
    "me",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "grandpa",
    "mum",
    "mummy",
    "mam",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "mama",
    "papa",
    "madam",
    "bebo",
    "babu",
    "tata",
    "tetka",
    "teta",
    "dedo",
    "hv",
    "sw",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {
    "england",
    "wales",
    "scotland",
    "britain",
    "great britain",
    "united kingdom",
    "uk",
    "yorkshire",
    "west yorkshire",
    "north yorkshire",
    "the north",
    "calderdale",
    "kirklees",
    "lancashire",
    "east lancashire",
    "pendle",
    "rossendale",
    "the north west",
    "north west",
    "georgia",
    "sakartvelo",
    "imereti",
    "bosnia",
    "bosnia and herzegovina",
    "bih",
    "jamaica",
    "europe",
}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs sets 13
# to 6's) with set 21's titles, kinship words, counties and countries and this set's additions (the Georgian "Bebo" and
# "Babu", the Bosnian "tata", "tetka", "teta" and "dedo"; counties, regions and countries
# "Pendle", "Rossendale", "Georgia", "Imereti", "Bosnia" and "Jamaica").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
