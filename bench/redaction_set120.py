"""Set 120: a held-out hand-written set for the redaction detector, six invented families in Calderdale, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py, bench/README.md,
tests/test_redaction_hand_sets.py, or bench/redaction_set118.py, redaction_set119.py, redaction_set121.py and their tests
(written by other helpers at the same time), that did not run the detector or any bench script that runs it, that ran no git
command, and that looked at no detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the
layout and marking conventions followed here); the module docstrings of bench/redaction_set7.py to redaction_set117.py, printed
with ast into a scratch file and searched only for the towns, districts and communities earlier sets used (no set's body was
read or searched); the def and class lines of bench/redaction_handwritten.py (to see `_party`, `Records` and `HandSet`); and the
ruff settings in pyproject.toml. Set 15's checker was imported and run, not read. Phone numbers were made and checked with the
phonenumbers library, NHS numbers made with their check digit, and UPNs made and checked with python-stdnum, in small snippets.
The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to
build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of
changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Halifax and Calderdale, each from a district or village no earlier set (7 to 117) used as a family's home.
Four of the kinds most common in children's social care: a young white British mother on the Mixenden estate with a
grandmother in Holmfield, an aunt in Illingworth and a father in Sowerby Bridge (Sutcliffe / Greenwood; neglect, a mother's
violent new partner who locks the children in, a boy of 9 walking his sister of 5 to nursery, an initial child protection
conference), a British Pakistani (Mirpuri) family in Lee Mount, Pellon (Mahmood / Rehman; a boy of 10 hit with a stick by his
teacher at an unregistered madrassa, a strategy discussion and a position-of-trust enquiry, a grandmother who thinks the
teacher did right, an uncle in Dadyal), a white British family in Walsden, Todmorden, with a father in Littleborough (Crabtree /
Marsden; a girl of 15 going missing to Manchester and sexually exploited by a man of 22 with a car, a bus driver's concern,
CAMHS, self-harm) and a Black Caribbean and white British family in Boothtown (Campbell / Barraclough; a grandmother's special
guardianship of two grandchildren after a mother's heroin use, a father in prison, an aunt in Spanish Town, a man outside the
school). Two from communities no earlier set used: a K'iche' Maya family from Momostenango in Guatemala who came through Spain
to Siddal (Ajú / Tzoc / Batz; a mother who works nights and speaks K'iche' and Spanish, a girl of 12 who interprets and minds her
sister, a lodger who comes into the bathroom, a father in the greenhouses of Murcia) and a Plymouth Brethren Christian Church
("Exclusive Brethren") family in Lightcliffe (Wigley / Crossley; a girl of 16 found with a smartphone who leaves home and is
"withdrawn from", living with an aunt in Shelf who left the Brethren, a family group conference, the elders' letter). 24
documents, of types and styles not used by earlier sets where that could be checked from their docstrings: a primary school's
safeguarding log export, an initial child protection conference report, a Facebook Messenger chat between sisters typed up
from screenshots, a health visitor's chronology table, a child and family assessment written through an interpreter, a
mother's handwritten letter in Spanish with its translation, an adult education ESOL tutor's referral email, WhatsApp voice
notes transcribed and translated from Spanish (with K'iche'), a strategy discussion's minutes, a madrassa committee's
handwritten letter run through OCR (with its errors, and a line in Urdu script), a section 47 outcome letter to parents, a
family support worker's notes typed fast on a phone, a return home interview after a missing episode, a bus operator's email
chain with a driver's report, a CAMHS clinic letter, a British Transport Police pocket notebook typed from a photocopy, a family
group conference plan, a girl's notes-app diary, a school nurse's outreach consultation record, a letter from two church
elders, a special guardianship assessment extract, a looked after child review record, a supervised family time recording
form, and a text message export from a social worker's work mobile.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Spain, Guatemala, Pakistan, Jamaica); NHS numbers and UPNs (LA number 381) pass their
check digits; the NI number has a valid format. The council is invented (Ryburn Vale), and so are the schools Moorbank Primary,
Little Acorns Nursery, Shibden Vale Academy, Pellon Lane Primary, Whitehill Girls' Academy and Woolshops Primary Academy, the
madrassa (Jamia Noor-ul-Huda), the bus company (Calder & Pennine Buses), the learning centre (Calder Learning Centre), the
interpreting service, the GP practices and Calder Cabs; towns, districts, estates, villages, real schools and colleges
(Todmorden High, Focus School, Ravenscliffe, Calderdale College), churches, charities, NHS bodies, hospitals, police forces,
prisons, courts, brands, apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Dr, PC, DC,
Qari, Imam, Ustad, Br., Sis., don, doña, Tía, abuela, Nan, Grandma, Aunty, uncle, auntie, Dadi ji, mam, Mum, Mummy, Nana)
stay outside the name span, before or after the name ("Mrs Sutcliffe senior"); a possessive 's and a bare s in messages
("amber"s, "miriam"s) stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span
("GREENWOOD, Tyler-Jay", "CRABTREE, Maisie Jane", "WIGLEY, Joy Elizabeth"), and so is "First SURNAME" ("Esperanza AJÚ TZOC"); a
Spanish or Guatemalan double surname is one span with its first name ("Dulce María Tzoc Batz", "Walter Cux Pérez"); an initial
with a surname is one span ("R. Mellor", "T. J. Rowbotham"); initials alone ("KB", "JC", "AM", "Z.G.", and "C." standing for
a name in a contact worker's notes) are not marked; a collar or driver number after a name stays outside; a name, address or
date broken by a line break is one span holding the break; a place in a Snapchat group's title is a place ("walsden" in
"walsden gals"); a contact saved under a kinship word alone ("Abuelita", "Papi") is not a name, and one saved under a kinship
word and a name ("Tía Vilma") marks only the name; a street address is one span, its town a place,
its postcode a postcode; a street named without a number is an address, even where it locates an organisation (the madrassa's
"Gibraltar Road", the Meeting Room's "Bramley Lane", the council's "Horton Street"), and so is a neighbour's bare house number
("no. 16", "no. 9", "casa 9", "number 9") and an address abroad ("Calle Mayor 12, 3ºB", "14 Old Harbour Road"); a Spanish
five-digit postcode ("30500") is a postcode; towns, cities, villages, districts, estates and hamlets are places, at home or
abroad, in any case and in any script ("Shelf", "Tod", "Momos", "Cantón Xolajap", "sowerby", "mirpur",
"dadyal"); countries, counties and regions are not ("Guatemala", "Spain", "Murcia", "Jamaica", "AJK", "West Yorkshire",
"Calderdale", "the Calder Valley"); organisations are not marked even when they hold a town's or a person's name ("Calderdale
Royal Hospital", "Huddersfield Royal Infirmary", "Todmorden Health Centre", "Royal Halifax Infirmary", "Shelf Village Hall",
"Lightcliffe Medical Centre", "Halifax Town Hall", "HMP Leeds", "the Family Court sitting at Bradford", "the Halifax"); a school's
name is a school, and so is its short form ("Moorbank", "Woolshops", "Focus", "tod high"); a date of birth is dob, any other
calendar date with a day is date (a weekday before it stays outside), and a bare day ("the 18th", "9th", "10th") is a date; months
and years alone are not marked; helplines and a council's Front Door are not marked; pets' names (Bruno, Pippin, Biscuit) are not
names; names that are also words or towns are marked by what they refer to (Joy, Hope, Faith, Grace, Luz, Dulce, Esperanza,
Santos, Brook, Lord, Rose, Hebden, Brighouse, Jordan, Sunderland are names when they are people; Brighouse, Elland and Shelf
are places when they are places, and "Rose Court" is an address); a name in another script (Urdu "زبیدہ بیگم", "ایان") is a name;
a service, branch, station or library named by its town ("Holmfield police", "Todmorden library", "Manchester Victoria",
"Halifax bus station", "Tod bus station") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an OCR-mangled name, date
or phone is marked as what it stands for ("Nav eed", "Ayaan Mahm00d", "lnaya", "l6th", "1 8/11", "O7975 398922"), and an OCR'd
signature split across two lines ("S. Huss" / "ain") is one span; a partial vehicle registration a witness remembered ("YJ15")
is a vehicle, since with the car's colour and make it points at one car; a nickname and its diminutives are names ("Ty", "Bev",
"Espe", "Esperancita", "Nev", "Nevvy", "Dezzy", "Dez", "Ste", "shan", "daz"), and a contact saved as a nickname and a number
("Dezzy 2") marks the nickname; a family short form of a town ("Momos" for Momostenango, "Tod" for Todmorden) is a place; the
Brethren's "the Meeting", "the fellowship" and "the assembly" and a mosque's or madrassa's name are organisations; Islamic and
Christian phrases ("JazakAllah khair", "Que Dios la bendiga") are not names; "Qari sahib" and "Imam ... sahib" keep their titles
outside; a police, crime, missing-person, court, case or PNB reference is not marked; a firm's name made of initials ("D B
Plastering") is not marked.

Self-check without the detector: `python -m bench.redaction_set120` (and tests/test_redaction_set120.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,067 gold spans, 622 of them names."""


from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Sutcliffe / Greenwood family (white British), Mixenden, Halifax ------------------------------------------------------

HOME_A = d.Address("14 Clough Lane", "Mixenden", "Halifax", "HX2 8SG")
NAN_A = d.Address("8 Shay Lane", "Holmfield", "Halifax", "HX2 9AF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Greenwood")], dt.date(2017, 5, 14), addresses=[HOME_A], ids=["6301715896", "P381324388487"],
       schools=["Moorbank Primary School"]),
    _p("s", "sibling", [("Lacey", "Sutcliffe")], dt.date(2021, 2, 3), addresses=[HOME_A], ids=["7856262478"],
       schools=["Little Acorns Nursery"]),
    _p("m", "mother", [("Shannon", "Sutcliffe")], dt.date(1997, 8, 22), addresses=[HOME_A], phones=["07982 640030"]),
    _p("f", "father", [("Jordan", "Greenwood")], dt.date(1995, 12, 1), phones=["07467 700403"]),
    _p("g", "grandparent", [("Beverley", "Sutcliffe")], dt.date(1972, 6, 9), addresses=[NAN_A],
       phones=["01422 354900", "07818 101006"]),
    _p("p1", "professional", [("Hannah", "Priestley")], phones=["01422 584028"], emails=["hannah.priestley@ryburnvale.gov.uk"]),
    _p("p2", "professional", [("Joanne", "Crowther")], phones=["07905 824676"], emails=["joanne.crowther@nhs.net"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log export, one line an incident", """[[MOORBANK PRIMARY SCHOOL|school]] - SAFEGUARDING RECORD EXPORT
Student: [[GREENWOOD, Tyler-Jay|name]]   Year 4   DOB [[14.05.2017|dob]]   UPN [[P381324388487|upn]]   Class: Oak (Mr [[Dyson|name]])
Exported by: [[R. Mellor|name]] (DSL)   Exported: [[04/12/2026|date]] 08:12

[[08/09/2026|date]] 08:55  Attendance  [[K Whitworth|name]]
  [[Ty|name]] late again (4th). Came in with no coat, said Mum "couldnt get up". Walked up from [[Clough Lane|address]] on his own
  with [[Lacey|name]] - dropped her at [[Little Acorns|school]] gate himself. [[Lacey|name]] is 5.
  Action: DSL informed. Phoned mum [[07982 640030|phone]], no answer.
[[15/09/2026|date]] 12:40  Welfare  [[Sue Naylor|name]] (MDSA)
  Asked for seconds and thirds at dinner; took bread rolls in his jumper. Said "theres nowt in".
[[22/09/2026|date]] 10:05  Disclosure  Mr [[Dyson|name]]
  [[Ty|name]] said "[[Kyle|name]] shouts at me mam and pushed her into the telly". Asked who [[Kyle|name]] is: "mams boyfriend,
[[Kyle Brook|name]],
  he lives at ours now". Said he hides under the bed with [[Lacey|name]]. Body map: none needed.
  Action: [[R. Mellor|name]] rang Front Door 11:20; ref only. Spoke to Nan (Mrs [[Beverley Sutcliffe|name]],
  [[01422 354900|phone]]) who said she would go round.
[[29/09/2026|date]] 09:10  Physical  [[K Whitworth|name]]
  Red mark on left cheek, said the dog did it (Bruno, a staffie). Nan's dog? No - "[[Kyle|name]]'s dog".
[[06/10/2026|date]] 15:20  Parent contact  [[R. Mellor|name]]
  Dad ([[Jordan Greenwood|name]], [[07467 700403|phone]]) came to office. Lives in [[Sowerby Bridge|place]], has [[Ty|name]]
  alternate weekends. Worried, says [[Ty|name]] told him [[Kyle|name]] locks them in the bedroom. Given Front Door number.
[[13/10/2026|date]] 11:00  Referral  [[R. Mellor|name]]
  MARF sent. Allocated SW [[Hannah Priestley|name]] (Ryburn Vale) [[01422 584028|phone]].
[[03/11/2026|date]] 14:30  Disclosure  Mrs [[Ackroyd-Shaw|name]] (TA)
  In nurture group [[Ty|name]] drew his house with "KB" in a box. Said "[[kyle|name]] said if I tell [[hannah|name]] we all get took
off mam".
  Also said they stayed "at nannas in [[holmfield|place]]" Sat and Sun.
[[20/11/2026|date]] 13:15  Peer  [[Sue Naylor|name]] (MDSA)
  [[Ty|name]] punched [[Harvey Lumb|name]] (Y4) at dinner after [[Harvey|name]] said "your mams boyfriend is a druggie".
[[Harvey|name]]'s mum
  ([[Kerry Lumb|name]]) came in - she is [[Jordan|name]]'s partner. Both boys spoken to by Mr [[Dyson|name]].
[[04/12/2026|date]] 08:10  Attendance  [[K Whitworth|name]]
  Absent. Neighbour ([[Carol Firth|name]], [[no. 16|address]]) rang school: the kids were in the car park at [[Mixenden|place]]
  shops at 7.40 with no coats. SW informed.
"""),
    ("initial child protection conference report by the social worker", """RYBURN VALE COUNCIL - CHILDREN'S SOCIAL CARE
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[Tyler-Jay Greenwood|name]] (DOB [[14 May 2017|dob]], NHS [[630 171 5896|nhs]]); [[Lacey Sutcliffe|name]] (DOB
[[3 February 2021|dob]], NHS [[785 626 2478|nhs]])
Address: [[14 Clough Lane|address]], [[Mixenden|place]], [[Halifax|place]] [[HX2 8SG|postcode]]
Conference date: [[10 December 2026|date]], 10.00, Halifax Town Hall (room 3)    Chair: [[Asif Qureshi|name]]
Author: [[Hannah Priestley|name]], Social Worker, Calder Valley Team; [[hannah.priestley@ryburnvale.gov.uk|email]]

1. Reason for conference
A section 47 enquiry started on [[14 November 2026|date]] after [[Tyler-Jay|name]] (known as "[[Ty|name]]") told his teacher that
his mother's partner, [[Kyle Brook|name]] (aged 29), locks him and his sister in their bedroom and has pushed his mother. On
[[4 December|date]] a neighbour found both children outside the shops before school without coats. The enquiry found
neglect and domestic abuse.

2. The family
[[Shannon Sutcliffe|name]] (28) is the mother of both children. [[Jordan Greenwood|name]] is [[Ty|name]]'s father; he lives in
[[Sowerby Bridge|place]] with his partner [[Kerry Lumb|name]] and her son. [[Lacey|name]]'s father, [[Dale Hirst|name]], has not
seen her since 2022 and is believed to live in [[Blackpool|place]]. The maternal grandmother, [[Beverley Sutcliffe|name]] ("Nan
[[Bev|name]]"), lives at [[8 Shay Lane|address]], [[Holmfield|place]], [[HX2 9AF|postcode]], about a mile away, and is the children's
main support. Mr [[Brook|name]] moved in during the summer; he is known to West Yorkshire Police for violence towards a
previous partner in [[Keighley|place]].

3. What the children say
[[Ty|name]] is 9 and at [[Moorbank Primary|school]]. He says he likes "Nan's, football and Dad's PlayStation" and worries
about Mam "crying in the bath". [[Lacey|name]] is 5, at [[Little Acorns Nursery|school]] until [[Moorbank|school]] reception in
September; she said "[[Kyle|name]]'s dog is bigger than me" and "I have crisps for tea".

4. Health
The health visitor, [[Joanne Crowther|name]], says [[Lacey|name]] missed her 3-year review twice and has three decayed teeth. [[Ty|name]]
is under the Calderdale Royal Hospital asthma nurse; his inhaler was empty at school on [[29 September|date]] and [[1 October|date]].

5. Analysis and recommendation
The children are at risk of significant harm from neglect and emotional harm. I recommend child protection plans under
the category of neglect, that Mr [[Brook|name]] does not live at the home, and that Mrs [[Sutcliffe|name]] senior and Mr
[[Greenwood|name]]
are part of the safety plan. Ms [[Sutcliffe|name]] agrees to the Freedom Programme at the Staying Put centre.

6. Proposed safety plan (agreed in draft with the family on [[8 December 2026|date]])
- [[Shannon|name]] will not let [[Kyle Brook|name]] into the house; if he comes she rings 999 and then Nan [[Bev|name]] on
  [[07818 101006|phone]]. Her sister [[Jade Sutcliffe|name]] ([[07995 475570|phone]], [[42 Keighley Road|address]],
  [[Illingworth|place]]) will stay over on Friday and Saturday nights until Christmas.
- [[Beverley Sutcliffe|name]] takes [[Ty|name]] and [[Lacey|name]] to school and nursery on Mondays, Wednesdays and Fridays; [[Jordan
  Greenwood|name]] on Tuesdays and Thursdays (he will drive over from [[Sowerby Bridge|place]] and pick up [[Ty|name]] at 8.15).
- The neighbour, Mrs [[Carol Firth|name]], who rang the school on [[4 December|date]], has agreed that the children can knock at
  [[no. 16|address]] if they are ever locked out or frightened.
- [[Joanne Crowther|name]] will see [[Lacey|name]] at home on [[17 December|date]] and book the dental GA.
"""),
]

DOCS_A += [
    ("Facebook Messenger chat between the mother and her sister, screenshotted and typed up by the social worker", """Typed up by
[[H Priestley|name]] from 6 screenshots [[Shannon|name]] showed me on her phone on [[8/12/26|date]] (with her consent).
Chat title: "[[Jade Sutcliffe|name]]"   (mum's sister, lives in [[Illingworth|place]])

[[Jade Sutcliffe|name]]  [[5 Dec|date]] 21:14
u ok hun?? mam said social been round again
[[Shannon|name]]  21:20
ye she came wi police woman. they no about [[kyle|name]] now. [[ty|name]] told his teacher everything
[[Jade Sutcliffe|name]]  21:21
good!!! hes a knob [[shan|name]]. get him out
[[Shannon|name]]  21:25
its not that easy [[jade|name]] hes got his name on nowt but hes got his dog here n all his stuff. he said if i
chuck him out hell tell them im on the weed
[[Jade Sutcliffe|name]]  21:26
come to mine. [[daz|name]] will go round n get ur stuff wi [[Jordan|name]]
[[Shannon|name]]  21:30
[[jordan|name]] wont help me hes with that [[kerry|name]] now in [[sowerby|place]]. hes sayin he wants [[ty|name]] full time
[[Jade Sutcliffe|name]]  21:31
maybe thats not bad for a bit? u need to sort urself. [[lacey|name]] can come to me and [[Mia|name]] n [[Alfie|name]]
[[Shannon|name]]  21:40
no one is taking my kids [[jade|name]]. and mam cant have them her hip is bad and shes at the royal on the [[18th|date]]
[[Jade Sutcliffe|name]]  21:41
ok ok. ring me. [[07995 475570|phone]] if u lost it again. im at [[42 Keighley Road|address]] not the old flat
[[Shannon|name]]  21:58
[[kyle|name]] just come in. cant talk x

[[Jade Sutcliffe|name]]  Sun [[6 Dec|date]] 10:02
??? u ok
[[Jade Sutcliffe|name]]  10:30
[[SHANNON|name]]
[[Shannon|name]]  11:15
hes gone. took bruno. he went to his brother [[Lee|name]]'s in [[Ovenden|place]] i think. i rang [[hannah|name]] like she said and
she rang [[Holmfield|place]] police. [[ty|name]] and [[lacey|name]] at mams
[[Jade Sutcliffe|name]]  11:16
proud of u xxx coming over with [[daz|name]] now
"""),
    ("health visitor's chronology of contacts", """HEALTH VISITING SERVICE - CHRONOLOGY OF SIGNIFICANT EVENTS
Child: [[SUTCLIFFE, Lacey|name]]   DOB: [[03-02-2021|dob]]   NHS No: [[7856262478|nhs]]
Address: [[14 Clough Lane|address]], [[Mixenden|place]], [[HX2 8SG|postcode]]   GP: Keighley Road Surgery
Mother: [[Shannon SUTCLIFFE|name]] ([[22-08-1997|dob]])   Compiled by: [[Joanne Crowther|name]], Specialist Community Public Health Nurse,
[[joanne.crowther@nhs.net|email]], [[07905 824676|phone]], for ICPC [[10.12.2026|date]]

Date        | Event                                                                  | Source
[[11.02.2021|date]]  | New birth visit. Born at 38+2 at Calderdale Royal Hospital. Father [[Dale Hirst|name]] present. | HV
[[A Barker|name]]
[[19.03.2021|date]]  | 6-8 week review. Mother low mood (EPDS 15), referred to GP.             | HV [[A Barker|name]]
[[02.06.2022|date]]  | 1 year review. Family moved from [[Pellon|place]] to [[Clough Lane|address]]. Mr [[Hirst|name]] left.     | HV
[[A Barker|name]]
[[14.09.2023|date]]  | 2-2.5 year review DNA.                                                  | Admin
[[05.10.2023|date]]  | 2-2.5 year review DNA. Letter sent.                                     | Admin
[[30.11.2023|date]]  | Seen at home by me. Speech delayed (ASQ). Home cluttered, cold.         | JC
[[16.07.2024|date]]  | A&E attendance, CRH: [[Lacey|name]] swallowed a button battery? - X-ray clear, discharged. | ED notification
[[21.01.2025|date]]  | Dental: 3 carious teeth, GA list at Huddersfield Royal Infirmary.       | Community dental
[[09.09.2025|date]]  | Started [[Little Acorns|school]] (15 hrs).                                  | Setting
[[24.09.2026|date]]  | Phone call from nursery manager [[Tracey Bairstow|name]]: nappy rash, same clothes 3 days. | Setting
[[16.11.2026|date]]  | Joint visit with SW [[Hannah Priestley|name]]. Mr [[Brook|name]] present, would not leave room.    | JC
[[02.12.2026|date]]  | Nan ([[Bev Sutcliffe|name]]) brought [[Lacey|name]] to clinic at [[Illingworth|place]]: weight 9th centile. | JC
"""),
]


# --- B. Ajú / Tzoc family (K'iche' Maya from Guatemala, came through Spain), Siddal, Halifax -----------------------------------

HOME_B = d.Address("5 Jubilee Road", "Siddal", "Halifax", "HX3 9JF")
DAD_B = d.Address("Calle Mayor 12, 3ºB", "", "Molina de Segura", "30500")
ABUELA_B = d.Address("Cantón Xolajap", "", "Momostenango", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Esperanza", "Ajú Tzoc")], dt.date(2014, 10, 9), addresses=[HOME_B], ids=["4110668204", "N381220438788"],
       schools=["Shibden Vale Academy"]),
    _p("s", "sibling", [("Luz", "Ajú Tzoc")], dt.date(2019, 6, 30), addresses=[HOME_B], ids=["7670505265"],
       schools=["Siddal Primary School"]),
    _p("m", "mother", [("Dulce María", "Tzoc Batz")], dt.date(1990, 3, 17), addresses=[HOME_B], phones=["07978 690088"]),
    _p("f", "father", [("Santos", "Ajú Xiloj")], dt.date(1987, 11, 2), addresses=[DAD_B], phones=["+34 635 32 59 14"]),
    _p("g", "grandparent", [("Juana", "Batz")], addresses=[ABUELA_B], phones=["+502 5318 4270"]),
    _p("p1", "professional", [("Rachel", "Brearley")], phones=["01422 601037"], emails=["rachel.brearley@ryburnvale.gov.uk"]),
], "c")

DOCS_B = [
    ("child and family assessment extract, written through a Spanish interpreter", """RYBURN VALE COUNCIL  |  CHILD AND FAMILY
ASSESSMENT (extract: sections 2, 4 and 6)
Child: [[Esperanza AJÚ TZOC|name]]   DOB: [[09/10/2014|dob]]   NHS: [[411 066 8204|nhs]]   UPN: [[N381220438788|upn]]
Sibling: [[Luz AJÚ TZOC|name]]   DOB: [[30/06/2019|dob]]   NHS: [[767 050 5265|nhs]]
Address: [[5 Jubilee Road|address]], [[Siddal|place]], [[Halifax|place]], [[HX3 9JF|postcode]]
Social worker: [[Rachel Brearley|name]]   Interpreter (Spanish): [[Marisol Peña|name]], Calder Language Services
Started: [[2 November 2026|date]]   Completed: [[30 November 2026|date]]

2. Family and background
[[Dulce María Tzoc Batz|name]] (36) and her daughters are K'iche' Maya from [[Momostenango|place]], in the western highlands of
Guatemala. Doña [[Dulce|name]] speaks K'iche' first and Spanish second; [[Esperanza|name]] speaks K'iche', Spanish and now good
English; [[Luz|name]] mostly Spanish and English. The family left in 2019 for Spain, where the girls' father, [[Santos Ajú
Xiloj|name]], works in the greenhouses near [[Molina de Segura|place]], Murcia. They hold Spanish residence and came to [[Halifax|place]]
in March 2025 because [[Dulce María|name]]'s cousin, [[Vilma Tzoc|name]], works at the same food factory in [[Elland|place]].
Mr [[Ajú|name]] sends money and speaks to the girls on WhatsApp ([[+34 635 32 59 14|phone]]). The maternal grandmother, abuela
[[Juana Batz|name]], lives in [[Cantón Xolajap|place]], [[Momostenango|place]] ([[+502 5318 4270|phone]]).

4. The concern
On [[29 October|date]] [[Esperanza|name]] told her form tutor at [[Shibden Vale|school]], Miss [[Kaur|name]], that the lodger, a man
called [[Walter|name]] who rents the back bedroom, "comes in when I am in the shower" and had touched her leg on the sofa. He
is [[Walter Cux Pérez|name]], about 40, from [[Quetzaltenango|place]], who came from [[Madrid|place]] in the summer. [[Dulce|name]] works
nights (10pm to 6am) and [[Esperanza|name]] looks after [[Luz|name]], gets her up and walks her to [[Siddal Primary|school]] on
[[Jubilee Road|address]] before going on the bus to school herself. [[Esperanza|name]] has been late 31 times this term.
Mr [[Cux Pérez|name]] left the house on [[31 October|date]] when the police came; he gave an address in [[Leeds|place]]
([[Harehills|place]])
and a Spanish phone, [[+34 602 32 72 83|phone]]. A police investigation is ongoing (DC [[Sarah Lumb|name]]).

6. Analysis
[[Esperanza|name]] is 12 and carrying a parent's load: she translates at the GP, the bank and for this assessment until I
stopped it; she told me "if I don't say it right, Mama gets in trouble". [[Dulce|name]] loves her daughters and was shocked;
she said in K'iche' to [[Marisol|name]] (who does not speak K'iche'), and then in Spanish, that in [[Momostenango|place]] "the
village watched the children" and here nobody does. She is frightened that social services will send them back.
Plan: child in need; a night childcare plan with [[Vilma|name]] and a neighbour, Mrs [[Pat Holroyd|name]] ([[no. 9|address]]);
young carers referral; a K'iche' interpreter through the Guatemalan Maya Centre in [[London|place]] for the next visits.
"""),
]

DOCS_B += [
    ("the mother's own letter in Spanish, with the council's translation", """[handwritten on lined paper, brought to the office on
[[7 Dec|date]]; scanned; translation by [[Marisol Peña|name]] below]

[[Halifax|place]], [[6 de diciembre de 2026|date]]

Señora [[Raquel|name]] (trabajadora social),
Le escribo yo, [[Dulce María Tzoc Batz|name]], la mamá de [[Esperanza|name]] y [[Luz|name]]. Mi hija [[Esperanza|name]] me ayudó
con algunas palabras pero lo que digo es mío.
Yo no sabía lo que hacía don [[Walter|name]]. Él vino recomendado por el hermano [[Edgar|name]] de la iglesia de [[Leeds|place]] y
pagaba 300 libras. Si yo sabía lo saco el mismo día. Ya cambié la llave. Mi prima [[Vilma|name]] duerme en la casa las noches
que yo trabajo desde el [[2 de noviembre|date]], y doña [[Pati|name]] de la [[casa 9|address]] tiene la llave también.
Le pido por favor que no le digan a la escuela de [[Luz|name]] que somos un caso. Y que no me quiten a las niñas. En
[[Momostenango|place]] mi mamá [[Juana|name]] crió a 7 hijos sola. Yo puedo.
Mi esposo [[Santos|name]] quiere venir en enero, su número en España es [[+34 635 32 59 14|phone]], su dirección [[Calle Mayor
12, 3ºB|address]], [[30500|postcode]] [[Molina de Segura|place]].
Gracias. Que Dios la bendiga.
[[Dulce M. Tzoc|name]]   tel [[07978 690088|phone]]

TRANSLATION
[[Halifax|place]], [[6 December 2026|date]]
Mrs [[Rachel|name]] (social worker),
I, [[Dulce María Tzoc Batz|name]], the mother of [[Esperanza|name]] and [[Luz|name]], am writing to you. My daughter [[Esperanza|name]]
helped me with some words but what I say is mine.
I did not know what Mr [[Walter|name]] was doing. He came recommended by brother [[Edgar|name]] from the church in [[Leeds|place]] and
paid 300 pounds. If I had known I would have put him out the same day. I have changed the lock. My cousin [[Vilma|name]] has slept
at the house on the nights I work since [[2 November|date]], and Mrs [[Pati|name]] at [[number 9|address]] has a key too.
I ask you please not to tell [[Luz|name]]'s school that we are a case. And not to take the girls from me. In [[Momostenango|place]]
my mother [[Juana|name]] raised 7 children alone. I can do it.
My husband [[Santos|name]] wants to come in January; his number in Spain is [[+34 635 32 59 14|phone]], his address [[Calle Mayor
12, 3ºB|address]], [[30500|postcode]] [[Molina de Segura|place]].
Thank you. God bless you.
[[Dulce M. Tzoc|name]]   tel [[07978 690088|phone]]
Translator's note: "[[Raquel|name]]" is how the family say [[Rachel|name]]; "[[Pati|name]]" is Mrs [[Pat Holroyd|name]], the neighbour.
"""),
    ("referral email from an adult education ESOL tutor", """From: [[Gareth Lumb|name]] <[[g.lumb@calderlearning.ac.uk|email]]>
Sent: Thursday [[29 October 2026|date]] 16:52
To: Ryburn Vale Front Door <frontdoor@ryburnvale.gov.uk>
Cc: [[Nadia Rashid|name]] (DSL, Calder Learning Centre, [[Park Road|address]])
Subject: Safeguarding referral - learner [[Dulce TZOC BATZ|name]] (Entry 1 ESOL, Thurs pm)

Hello,
I teach the Thursday Entry 1 ESOL group at our [[King Cross|place]] centre. One of my learners, [[Dulce Tzoc Batz|name]]
(she asks to be called [[Dulce|name]]), stayed after class today with her daughter [[Esperanza|name]], 12, who interprets for
her. [[Esperanza|name]] should have been in school - she said she had "a dentist" but there was no appointment.
When her mum went to the toilet [[Esperanza|name]] asked me whether "a man who lives in your house can come in the bathroom
if the lock is broken". I asked what she meant. She said the lodger, "[[Walter|name]]", comes in when she is in the shower
and last week put his hand on her leg. She said "please don't tell Mama, she needs the rent".
I did not ask any more. I told her I had to share it to keep her safe. I have the family's address as [[5 Jubilee Rd|address]],
[[Siddal|place]], [[HX3 9JF|postcode]]; mum's mobile [[07978 690088|phone]]. The younger girl, [[Luz|name]], is at [[Siddal
Primary|school]]; [[Esperanza|name]] is at [[Shibden Vale Academy|school]] in Year 8.
Mum's English is limited; she speaks Spanish and a Mayan language ("Quiché"). Please don't use [[Esperanza|name]] to interpret.
I am in college until 6pm, or on [[07539 974822|phone]].
Thanks,
[[Gareth|name]]
[[Gareth Lumb|name]] | ESOL Tutor | Calder Learning Centre | [[01422 529092|phone]]
"""),
    ("WhatsApp voice notes transcribed and translated from Spanish by the interpreter", """VOICE NOTE TRANSCRIPTS - requested by DC
[[S Lumb|name]], West Yorkshire Police, crime ref 13260419882
Handset: [[Esperanza|name]]'s phone (given by mother, consent form signed [[03/11/2026|date]]). Transcribed and translated by
[[Marisol Peña|name]] (Spanish). K'iche' words are left as spoken and marked [K'iche']. [...] = could not hear.

1) [[24/10/2026|date]] 23:41  From "[[Walter|name]] 🇬🇹" ([[+34 602 32 72 83|phone]]) to [[Esperanza|name]], 0:38
"[[Esperancita|name]], ¿ya te dormiste? Tu mamá no viene hasta las seis. Abrime la puerta, solo quiero platicar. No le digas
a nadie, ¿va? Ni a la [[Luz|name]]."
= "[[Esperancita|name]], are you asleep yet? Your mum isn't back till six. Open the door for me, I only want to talk. Don't tell
anyone, OK? Not even [[Luz|name]]."

2) [[25/10/2026|date]] 07:02  From [[Esperanza|name]] to "Tía [[Vilma|name]]" ([[07947 450585|phone]]), 0:21
"Tía, ¿puedo ir a dormir a tu casa hoy? Con la [[Luz|name]]. Es que don [[Walter|name]]... [...] ... no le digás a mi mamá."
= "Auntie, can I come and sleep at yours tonight? With [[Luz|name]]. It's that Mr [[Walter|name]]... [...] ... don't tell my mum."

3) [[25/10/2026|date]] 12:15  From [[Vilma|name]] to [[Esperanza|name]], 1:02
"Mija, claro que sí, vengan. Estoy en la casa de [[Brighouse|place]], [[Bethel Street|address]], la que tiene la puerta verde. Yo
hablo con tu mamá. [K'iche': "Maja' kixib'ij iwib'"] - no tengan miedo."
= "Sweetheart, of course, come. I'm at the house in [[Brighouse|place]], [[Bethel Street|address]], the one with the green door.
I'll talk to your mum. [K'iche': "Don't be afraid"] - don't be afraid."

4) [[28/10/2026|date]] 20:10  From "Abuelita 👵" ([[+502 5318 4270|phone]]) to [[Esperanza|name]], 2:14 (mostly K'iche')
[K'iche', not translated; the interpreter recognised "[[Esperanza|name]]", "[[Luz|name]]", "[[Dulce|name]]", "[[Xolajap|place]]"
and "[[Momos|place]]" (the family's short name for [[Momostenango|place]]). A K'iche' speaker is needed for this note.]

5) [[30/10/2026|date]] 22:55  From "[[Walter|name]] 🇬🇹" to [[Esperanza|name]], 0:12
"Ya sé que hablaste con el profe. Sos una mentirosa. Tu mamá me debe el depósito."
= "I know you talked to the teacher. You're a liar. Your mum owes me the deposit."

6) [[31/10/2026|date]] 16:30  From [[Santos|name]] ("Papi 🇪🇸", [[+34 635 32 59 14|phone]]) to [[Esperanza|name]], 0:45
"Mi amor, ya me contó tu mamá. Hiciste bien, ¿oíste? Yo llego a [[Manchester|place]] el [[9 de enero|date]] si Dios quiere. Cuidá a tu
hermanita. Te quiero mucho, [[Espe|name]]."
= "My love, your mum told me. You did right, do you hear? I arrive in [[Manchester|place]] on [[9 January|date]], God willing. Look
after your little sister. I love you very much, [[Espe|name]]."
"""),
]


# --- C. Mahmood / Rehman family (British Pakistani, Mirpuri), Lee Mount, Pellon, Halifax -----------------------------------------

HOME_C = d.Address("19 Lee Mount Road", "Lee Mount", "Halifax", "HX3 5BW")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ayaan", "Mahmood")], dt.date(2016, 4, 21), addresses=[HOME_C], ids=["4056358281", "V381347830421"],
       schools=["Pellon Lane Primary School"]),
    _p("s", "sibling", [("Inaya", "Mahmood")], dt.date(2013, 9, 5), addresses=[HOME_C], ids=["5260054237", "P381226542060"],
       schools=["Whitehill Girls' Academy"]),
    _p("m", "mother", [("Saima", "Rehman")], dt.date(1988, 1, 12), addresses=[HOME_C], phones=["07471 399201"]),
    _p("f", "father", [("Tariq", "Mahmood")], dt.date(1984, 7, 30), addresses=[HOME_C], phones=["07441 356480"]),
    _p("g", "grandparent", [("Zubeida", "Begum")], dt.date(1956, 1, 1), addresses=[HOME_C]),
    _p("p1", "professional", [("Laura", "Haigh")], phones=["01422 539563"], emails=["laura.haigh@ryburnvale.gov.uk"]),
], "c")

DOCS_C = [
    ("strategy discussion minutes (police, school, health, LADO)", """STRATEGY DISCUSSION - MINUTES
Child: [[Ayaan MAHMOOD|name]] (DOB [[21/04/2016|dob]], NHS [[405 635 8281|nhs]], UPN [[V381347830421|upn]])
Address: [[19 Lee Mount Road|address]], [[Halifax|place]] [[HX3 5BW|postcode]]
Held: Tuesday [[17th November 2026|date]], 14:00, Teams     Chair: [[Mark Utley|name]] (Team Manager)     Minutes:
[[Jess Sunderland|name]]
Present: [[Laura Haigh|name]] (SW); DC [[Nadeem Akram|name]] (WYP Safeguarding Unit, [[Halifax|place]]); [[Claire Binns|name]]
(DSL, [[Pellon Lane Primary|school]]); [[Fiona Rushworth|name]] (LADO); Dr [[Helen Sykes|name]] (named GP, Plane Trees Group Practice)

1. Information shared
[[Claire Binns|name]]: on [[16/11|date]] [[Ayaan|name]] (Y6) came in with two raised red lines across the back of his left hand and
a swollen finger. He said "Qari sahib hit me with the stick because I got my sabaq wrong". He goes to the madrassa at
Jamia Noor-ul-Huda on [[Gibraltar Road|address]], Mon-Fri 5-7pm. Photos taken. His sister [[Inaya|name]] (13, [[Whitehill Girls'|school]])
told her form tutor the boys "get the stick all the time" there.
DC [[Akram|name]]: no PNC for the teacher, [[Naveed Akhtar|name]] (DOB [[3.3.1979|dob]]), but a 2021 intelligence log from
[[Bradford|place]]
([[Manningham|place]]) about a madrassa where he taught then.
[[Fiona Rushworth|name]]: the madrassa is not registered with us; no safeguarding lead known. The committee secretary is a
Mr [[Shabir Hussain|name]] ([[07975 398922|phone]]). There may be 60-80 children on roll, from [[Pellon|place]], [[Lee Mount|place]],
[[Ovenden|place]] and [[Mount Pellon|place]].
[[Laura Haigh|name]]: family known for one earlier contact (2023, housing). Parents [[Tariq Mahmood|name]] and [[Saima Rehman|name]];
paternal grandmother, [[Zubeida Begum|name]] ("Dadi ji"), lives with them. Father's brother [[Imran|name]] lives in
[[Dadyal|place]], AJK.

2. Decisions
- Single-agency police investigation (assault on [[Ayaan|name]]) and section 47 by [[Laura|name]]; joint visit [[18.11.26|date]] after
school. Interpreter (Pahari-Pothwari/Urdu) for Dadi; parents speak English.
- LADO: position of trust meeting; DC [[Akram|name]] to speak to Mr [[Hussain|name]] and ask that Mr [[Akhtar|name]] does not teach
pending the
investigation.
- [[Claire|name]] to ask [[Inaya|name]] (with her mum's consent) who else she saw hit. Names mentioned so far: "[[Hamza|name]]",
"[[Zayan R|name]]" and "the [[Bashir|name]] twins".
Next review: [[1/12/2026|date]].
"""),
]

DOCS_C += [
    ("madrassa committee's handwritten letter, scanned and run through OCR (errors kept)", """[OCR text of a scanned letter handed in
by Mr [[Mahmood|name]] on [[20 Nov|date]]; the scan is on file. OCR mistakes kept as read.]

JAMIA N00R-UL-HUDA  (Education & Welfare C0mmittee)
[[Gibraltar Rd|address]],  [[HALIFAX|place]]
Ref: Qari [[Nav eed|name]] / [[Ayaan Mahm00d|name]]               Date: [[19-11-2026|date]]

Respected Brother [[Tariq|name]] and Sister [[Saima|name]],
Assalamu alaikum. The committee is very sorry to hear about what happened to your son [[Ayaan|name]] on Monday [[l6th|date]].
We have had a meeting on [[1 8/11|date]] with Br. [[Shabir|name]] (secretary), Br. [[Abdul Ghafoor|name]] (treasurer) and Imam
[[Yousaf|name]] sahib. Qari [[Naveed Akhtar|name]] has been told not to teach the children until the police matter is done.
We want to say that hitting is not allowed in our rules since 2019. We had told all the teachers. We will now give every
parent the rules in English and Urdu and we have asked Sis. [[Rukhsana Iqbal|name]] (she is a teacher at [[Ravenscliffe|school]]
school) to be our safeguarding lead. She has done the council training in [[Elland|place]].
Please do not take [[Ayaan|name]] and [[lnaya|name]] away from the madrassa. They are good children. [[Ayaan|name]] has done 14 paras
and his voice is very beautiful, he was going to read at the jalsa.

[Urdu, handwritten, for Dadi ji:]
محترمہ [[زبیدہ بیگم|name]] صاحبہ، ہمیں [[ایان|name]] کے ساتھ جو ہوا اس کا بہت افسوس ہے۔ قاری صاحب اب بچوں کو نہیں پڑھائیں گے۔
([Respected Mrs [[Zubeida Begum|name]], we are very sorry for what happened to [[Ayaan|name]]. Qari sahib will not teach the
children now.] - translation by [[Laura Haigh|name]]'s interpreter, [[Farzana Kauser|name]])

If you want to talk please phone me, [[Shabir Hussain|name]], on [[O7975 398922|phone]] or come to the masjid after
Isha. JazakAllah khair.
Signed: [[S. Huss
ain|name]] (Secretary)    stamp: JAMIA NOOR-UL-HUDA
"""),
]

DOCS_C += [
    ("section 47 outcome letter to the parents", """Ryburn Vale Council, Children's Social Care, Calder Valley Team,
[[Horton Street|address]], [[Halifax|place]] [[HX1 1QE|postcode]]

Mr [[Tariq Mahmood|name]] and Mrs [[Saima Rehman|name]]
[[19 Lee Mount Road|address]]
[[Lee Mount|place]]
[[Halifax|place]]  [[HX3 5BW|postcode]]

[[3rd December 2026|date]]
Our ref: CSC/AM/4471    Please ask for: [[Laura Haigh|name]], [[01422 539563|phone]], [[laura.haigh@ryburnvale.gov.uk|email]]

Dear Mr [[Mahmood|name]] and Mrs [[Rehman|name]],
Outcome of the child protection enquiry about [[Ayaan|name]] (date of birth [[21.04.2016|dob]])
Thank you for meeting me and DC [[Akram|name]] at home on [[18 November|date]] and at the office on [[25 November|date]], and for
letting me speak to [[Ayaan|name]] and [[Inaya|name]] on their own. I know this has been a worrying month for your family, and
for [[Ayaan|name]]'s grandmother.
What we found: [[Ayaan|name]] was hit on the hand with a stick by his teacher at the madrassa on [[16 November|date]]. The police
have interviewed the teacher and will write to you about their decision. We found no concerns about the care you give your
children at home. [[Ayaan|name]] told me "Abbu and Ammi never hit, only Qari sahib", and [[Inaya|name]] said the same.
What happens now: the enquiry is closed with no further action by children's social care. The Local Authority Designated
Officer, [[Fiona Rushworth|name]], is working with the madrassa on its safeguarding, and [[Ayaan|name]] may go back once you are happy
that it is safe. Mrs [[Binns|name]] at school will check in with him weekly until Christmas.
If you disagree with anything in this letter, please ring me, or my manager [[Mark Utley|name]], on [[01422 358176|phone]].
Yours sincerely,
[[Laura Haigh|name]]
Social Worker
cc: [[Claire Binns|name]], DSL, [[Pellon Lane Primary School|school]]; Dr [[H Sykes|name]], Plane Trees Group Practice
"""),
    ("family support worker's rapid notes typed on a work phone during and after a home visit", """FSW notes - [[A Mahmood|name]] -
typed on phone in car after visit [[2/12|date]] - tidy later
- arrived 4.10 mum [[saima|name]] + dadi in. [[ayaan|name]] back from school 4.25, [[inaya|name]] 4.40
- dad [[tariq|name]] at work (taxi, Calder Cabs) - rang him on spkr [[07441 356480|phone]]
- dadi v upset, speaks pahari only, [[inaya|name]] interp a bit (not ideal - book [[farzana|name]] nxt time)
- dadi wants [[ayaan|name]] back at madrassa so he finishes quran, says "[[naveed|name]] is a good man, our [[imran|name]] was hit too
in [[mirpur|place]] and he is fine" (!!)
- mum disagrees, wants him at the new place on [[hopwood ln|address]] (Masjid-e-Umar, has female teachers) or online with
a qari from [[Bradford|place]] (Ustad [[Bilal|name]]?? check)
- [[ayaan|name]]: showed me his hand, healed. Said [[hamza|name]] from his class still goes to old madrassa, "they got a new teacher,
he is from [[dewsbury|place]], hes kind"
- [[inaya|name]] asked about year 9 options n whether "the social" will be at her school, reassured
- uncle [[imran|name]] on video call from [[dadyal|place]] when I was leaving ([[+92 300 5417823|phone]]) - wanted to know "why
police came to my brothers house". mum ended call
- neighbour at [[no.21|address]] (Mrs [[Shaw|name]]?) came to the door wth a plate of food, knows it all. confidentiality??
- next: [[9/12|date]] 4pm, with [[farzana|name]]. tell [[laura|name]] re dadi + [[imran|name]]
- mileage [[Lee Mount|place]] > office 2.1
- ps [[inaya|name]] asked if her friend [[aleena|name]] ([[aleena hussain|name]], yr 8, lives [[gibbet st|address]]) can come to the group
at [[Ovenden|place]] youth club on weds [[16th|date]]. ask [[laura|name]]. also [[saima|name]] wants ESOL for dadi at [[King Cross|place]]
- [[tariq|name]] rang back 5.30 from [[Sowerby Bridge|place]] rank: "we just want this over", agrees [[9/12|date]]
"""),
]


# --- D. Crabtree / Marsden family (white British), Walsden, Todmorden ------------------------------------------------------------

HOME_D = d.Address("11 Square Road", "Walsden", "Todmorden", "OL14 6QA")
DAD_D = d.Address("2 Canal Street", "", "Littleborough", "OL15 0HB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Crabtree")], dt.date(2011, 1, 19), addresses=[HOME_D], phones=["07961 732477"],
       ids=["7998158964", "D381341468327"], schools=["Todmorden High School"]),
    _p("m", "mother", [("Nicola", "Crabtree")], dt.date(1983, 10, 4), addresses=[HOME_D], phones=["07803 246783"]),
    _p("f", "father", [("Lee", "Crabtree")], dt.date(1981, 2, 27), addresses=[DAD_D], phones=["07707 572093"]),
    _p("sf", "stepfather", [("Gavin", "Marsden")], dt.date(1979, 8, 8), addresses=[HOME_D]),
    _p("p1", "professional", [("Sam", "Brighouse")], phones=["01706 591773"], emails=["sam.brighouse@ryburnvale.gov.uk"]),
], "c")

DOCS_D = [
    ("return home interview report after a missing episode", """RETURN HOME INTERVIEW (RHI) - Missing from home
Young person: [[Maisie Crabtree|name]]   DOB: [[19/01/2011|dob]]   Age: 15   NHS: [[799 815 8964|nhs]]
Home: [[11 Square Road|address]], [[Walsden|place]], [[Todmorden|place]], [[OL14 6QA|postcode]]   School: [[Todmorden High|school]] (Y11)
Missing: from 16:30 Fri [[20 Nov|date]] to 11:15 Sun [[22 Nov 2026|date]]  (police ref MFH-2611-0337)   Episode no. 4 this year
Found: by BTP at [[Manchester|place]] Victoria station   Interview: [[24/11/2026|date]] at [[Todmorden|place]] library, 45 minutes
Interviewer: [[Becky Greenhalgh|name]], Missing Children Worker (Calder Young People's Service)

Why did you go? [[Maisie|name]] said home is "rows all the time" between her mum, [[Nicola|name]], and her stepdad, [[Gavin
Marsden|name]], and that [[Gavin|name]] "goes through my phone". She said she was going to her dad's ([[Lee Crabtree|name]]) in
[[Littleborough|place]] but "he didn't answer", so she got the train to [[Manchester|place]] with her friend [[Keeley|name]] ([[Keeley
Ormerod|name]], 16, from [[Cornholme|place]]).
Where did you stay? At "[[Dezzy|name]]'s mate's flat" in [[Cheetham Hill|place]] - she did not know the address, "near a big Asda,
by the tram". [[Dezzy|name]] is [[Dean Royle|name]], she thinks 22 or 23, who she met through [[Keeley|name]]'s cousin at
[[Hebden Bridge|place]] in the summer. He drives a grey Audi ("[[YJ15 KXV|vehicle]]" - she showed me it in her photos). There were
two other men she called "[[Mo|name]]" and "[[Tyrese|name]]" and another girl, "[[Liv|name]]", from [[Rochdale|place]].
Did anything happen that worried you? She said they had vodka and "zoots", that [[Dezzy|name]] bought her a vape and a hoodie, and
that she slept in her clothes. She would not talk about sex and said "I'm not stupid, I know what you're getting at". She
said [[Liv|name]] "went in a room with [[Mo|name]]" and was crying after.
Her phone: she gave [[Dezzy|name]] her number ([[07961 732477|phone]]); he has a second phone,
saved as "[[Dezzy|name]] 2" ([[07462 275869|phone]]). She has been added to a Snapchat group "[[walsden|place]] gals 🔥".
Who knows you best? She said her nan, but her nan died. Then "[[Keeley|name]], and Mrs [[Barker|name]] who used to be my
form tutor". Friends she trusts: [[Keeley|name]]; [[Ellie-May|name]] (moved to [[Burnley|place]]); [[Josh Fielden|name]] from
[[Walsden|place]]
who works at the Co-op in [[Tod|place]]. She does not want her stepdad told where she goes.
Risk: Sexual exploitation risk HIGH. Shared with [[Sam Brighouse|name]] (SW) and PC [[Tom Hebden|name]] ([[Todmorden|place]] NPT) the same
day. Referral to the Complex Safeguarding Team. Consent to share: yes (from [[Maisie|name]] and from [[Nicola Crabtree|name]] by phone,
[[07803 246783|phone]]).
"""),
]

DOCS_D += [
    ("bus operator's control room email about a driver's concern, forwarded to children's services", """From: Control Room, Calder &
Pennine Buses <control@calderpennine.co.uk>
Sent: [[26 November 2026|date]] 07:48
To: [[Sam Brighouse|name]]
Cc: [[Dave Whitaker|name]] (Depot Manager, [[Todmorden|place]])
Subject: FW: Driver report - route 590 - young girl and adult male - for attention of SW [[Sam Brighouse|name]]

[[Sam|name]],
As discussed with PC [[Hebden|name]], below is the driver's report from last night. CCTV from the bus is saved and can be
requested by the police through the usual form. Driver is happy to speak to you - ring the depot on [[01706 678893|phone]] and
ask for [[Ste|name]].
Regards, [[Lorraine Pickles|name]], Control Supervisor

-----Original Message-----
From: [[Steven Uttley|name]] (driver 2214)
Sent: [[25/11/2026|date]] 23:02
Subject: report

hi [[lorraine|name]] - 590 [[Rochdale|place]] to [[Halifax|place]] the 21.40. at [[Littleborough|place]] a lad got on about 22 white
grey trackies n a girl in school blazer ([[tod high|school]] i think purple) about 14 15. he paid for both. she was wasted, could
hardly stand. they sat at the back n he was on his phone all the way, kept saying "[[Dezzy|name]]s got you babe". she was
crying at one point n said "i want my mam" n he said shut up. at [[walsden|place]] (stop by the post office, [[Square Rd|address]])
she got off on her own n he stayed on. he got off at [[Tod|place]] bus station n got into a grey audi. i got the reg partly -
[[YJ15|vehicle]] something. i rang it in to control at 22.15. i have a daughter her age. cant stop thinking about it
[[Ste|name]]
"""),
    ("CAMHS clinic letter to the GP after a first appointment", """Calder Valley CAMHS, Upper Calder Team
[[Maisie CRABTREE|name]]  |  DOB [[19-Jan-2011|dob]]  |  NHS [[799 815 8964|nhs]]
[[11 Square Road|address]], [[Walsden|place]], [[OL14 6QA|postcode]]

[[1 December 2026|date]]

Dr [[Ruth Ashworth|name]]
Todmorden Health Centre
[[Lower George Street|address]], [[Todmorden|place]]

Dear Dr [[Ashworth|name]],
Thank you for referring [[Maisie|name]], whom I saw with her mother, [[Nicola Crabtree|name]], on [[27/11/2026|date]]. Her social
worker, [[Sam Brighouse|name]], joined for the last 15 minutes.
Presentation: low mood since spring, sleeping 3-4 hours, cutting her thighs with a pencil sharpener blade (last [[23rd November|date]],
superficial, healing), cannabis most weekends, two episodes of going missing to [[Manchester|place]]. She described a "boyfriend",
[[Dean|name]], of 22, and said "he's the only one who doesn't judge me". Her parents separated in 2019; she sees her dad in
[[Littleborough|place]] "when he bothers". She lost her best friend, [[Ellie-May Barker|name]], who moved to [[Burnley|place]] last year,
and her nan, [[Jean Crabtree|name]], who died in February 2025.
School: attendance 61%; her head of year, Mr [[Lord|name]], is supportive.
Formulation: depressive symptoms in the context of exploitation, loss and conflict at home; no psychosis; risk of self-harm
moderate, of exploitation high.
Plan: weekly sessions with [[Priya Holt|name]] (CAMHS practitioner) at [[Todmorden|place]] from [[8 December|date]]; safety plan
given; Youth Matters drug worker ([[Jodie|name]]) to meet her at school; no medication for now. [[Maisie|name]] has the CAMHS crisis
line and the Papyrus HOPELINE.
Yours sincerely,
Dr [[Owen Firth|name]], Consultant Child and Adolescent Psychiatrist
cc [[Nicola Crabtree|name]]; [[Sam Brighouse|name]], Children's Social Care
"""),
    ("British Transport Police officer's pocket notebook entry, typed from a photocopy", """[Typed from a photocopy of PNB pages 41-43
sent by BTP with the MFH closure. Crossings-out shown as ~~ ~~. Line breaks as in the book.]

PNB No. 0088217   PC 4471 [[HOLDEN|name]]   British Transport Police, [[Manchester|place]] Victoria
Sun [[22/11/26|date]]
1052  On patrol concourse with PC 2690 [[ADEYEMI|name]]. Observed 2 x females
      approx 15 yrs sat by Platform 4 barriers, one crying. Approached.
1055  Female 1 gave name as "[[Maisie|name]]" then as
      [[CRABTREE, Maisie Jane|name]] DOB [[19/1/11|dob]]. Addr [[11 Square Rd|address]], [[Walsden|place]].
      Female 2 gave name [[ORMEROD, Keeley|name]] DOB [[3/6/10|dob]], addr [[Flat 2, Rose Court|address]], [[Cornholme|place]].
      PNC/PND check via control: both MISSING (WYP).
1058  [[CRABTREE|name]] stated "we just want to go home, [[Dez|name]] kicked us out". Asked who
      [[Dez|name]] is: "[[Dean|name]], he's got a flat in [[Cheetham|place]]". No further.
      Smell of intoxicants. Both cold, no coats. Gave water, took to BTP office.
1105  Spoke mother [[Nicola CRABTREE|name]] on [[07803 246783|phone]] - will come for both, with [[ORMEROD|name]]'s
      mum's OK. ~~Father~~ Stepfather [[G MARSDEN|name]] to drive.
1110  [[CRABTREE|name]] phone rang x 6 from "[[Dezzy|name]] 2". Did not answer. I noted no. [[07462 275869|phone]].
1140  [[ORMEROD|name]] disclosed "a man called [[Mo|name]]" gave them "pills" in the flat, Sat night.
      Intel sub. to GMP re [[Cheetham Hill|place]] address (unknown).
1212  Mother and stepfather arrived, [[MARSDEN|name]] shouting at [[CRABTREE|name]] on arrival "you little ...". Words of
      advice given to [[MARSDEN|name]]. Veh: silver Skoda [[MA67 ZPT|vehicle]].
1215  Both handed over. WYP informed (ref MFH-2611-0337). SC referral to follow.
      [[A. Holden|name]] PC 4471
"""),
]


# --- E. Wigley family (Plymouth Brethren Christian Church, "Exclusive Brethren"), Lightcliffe -------------------------------------

HOME_E = d.Address("8 Wakefield Road", "Lightcliffe", "Halifax", "HX3 8TH")
AUNT_E = d.Address("27 Carr House Lane", "Shelf", "Halifax", "HX3 7RE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Joy", "Wigley")], dt.date(2010, 4, 2), addresses=[HOME_E, AUNT_E], phones=["07944 854973"],
       ids=["3663276538", "X381368210533"], schools=["Focus School"]),
    _p("s", "sibling", [("Hope", "Wigley")], dt.date(2015, 2, 11), addresses=[HOME_E]),
    _p("s2", "sibling", [("Caleb", "Wigley")], dt.date(2018, 9, 24), addresses=[HOME_E]),
    _p("m", "mother", [("Ruth", "Wigley")], dt.date(1978, 5, 6), addresses=[HOME_E]),
    _p("f", "father", [("Stephen", "Wigley")], dt.date(1975, 12, 19), addresses=[HOME_E], phones=["01422 398001"]),
    _p("a", "aunt", [("Miriam", "Crossley")], dt.date(1981, 3, 3), addresses=[AUNT_E], phones=["07501 071364"]),
    _p("p1", "professional", [("Owen", "Pickersgill")], phones=["01422 614002"], emails=["owen.pickersgill@ryburnvale.gov.uk"]),
], "c")

DOCS_E = [
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Joy Wigley|name]] (16, DOB [[02/04/2010|dob]])    FGC held: Saturday [[28 November 2026|date]], Lightcliffe Methodist
Church hall (chosen as neutral by [[Joy|name]])    Coordinator: [[Ann-Marie Kershaw|name]] (independent)
Referred by: [[Owen Pickersgill|name]], SW, [[01422 614002|phone]], [[owen.pickersgill@ryburnvale.gov.uk|email]]

Who came: [[Joy|name]]; her aunt [[Miriam Crossley|name]] ([[Joy|name]]'s father's sister, left the Brethren in 2009); [[Miriam|name]]'s
husband [[Rob Crossley|name]]; [[Joy|name]]'s friend's mother, Mrs [[Tina Pollard|name]]; [[Joy|name]]'s advocate [[Shaz Malik|name]]
(Barnardo's). Invited but did not come: [[Stephen Wigley|name]] and [[Ruth Wigley|name]] (parents), who wrote that they "cannot sit
down with those who are withdrawn from"; a letter came from two elders instead (on file).

Why we met: [[Joy|name]] left the family home at [[8 Wakefield Road|address]], [[Lightcliffe|place]], on [[12 November|date]] after her
father found a smartphone she had been given by a girl on the school bus ([[Amber Pollard|name]]) and after she told him she
wanted to go to college, not into the family business. [[Joy|name]] says she was told to pack and that she would "be shut up"
(kept apart from the assembly) until she repented. Since then she has stayed with [[Miriam|name]] and [[Rob|name]] at [[27 Carr House
Lane|address]], [[Shelf|place]], [[HX3 7RE|postcode]].

[[Joy|name]]'s wishes: to stay at [[Shelf|place]]; to start at Calderdale College in January (health and social care); to see her
sister [[Hope|name]] (11) and brother [[Caleb|name]] (8) - "they've been told I'm wicked"; to keep her phone ([[07944 854973|phone]]).

THE PLAN
1. [[Joy|name]] lives with [[Miriam|name]] and [[Rob|name]]. [[Owen|name]] to assess them as connected carers (section 17 for now;
[[Joy|name]]
   is 16 and agrees). Start: [[30 November 2026|date]].
2. Money: [[Rob|name]] and [[Miriam|name]] pay for food and the bus; [[Owen|name]] to ask about a setting-up grant. [[Joy|name]] has no
   bank card - [[Miriam|name]] will help open an account at the Halifax.
3. School: [[Joy|name]] finishes GCSEs at [[Focus School|school]] if the school will keep her; if not, [[Owen|name]] and the virtual
   school help with an exam centre. Mrs [[Pollard|name]] will drive [[Joy|name]] to [[Brighouse|place]] for exams.
4. Seeing [[Hope|name]] and [[Caleb|name]]: [[Owen|name]] to ask the parents again. [[Joy|name]] will write cards and give them to
   [[Owen|name]].
5. Support: Barnardo's advocate ([[Shaz|name]]) monthly; the school nurse ([[Kirsty Wadsworth|name]]) for her health; an
   ex-members' support group ([[Miriam|name]] knows it) only if [[Joy|name]] wants.
Review FGC: [[27 February 2027|date]].
Signed: [[J. Wigley|name]], [[M Crossley|name]], [[R Crossley|name]], [[T Pollard|name]]
"""),
]

DOCS_E += [
    ("a young person's notes-app diary on her phone, shared with her social worker", """[Shared by [[Joy|name]] from the Notes app on
her phone, [[3 Dec 2026|date]], "you can put it in my file if you want". Kept as she wrote it.]

[[nov 12|date]]
dad found the phone. he went white. he said [[amber|name]]s family are worldly and i have brought the world into the house.
mum cried in the kitchen and wouldnt look at me. [[hope|name]] was on the stairs. he rang mr [[rowbotham|name]] and uncle [[nathan|name]]
came round in the van and they sat in the front room for 2 hours. i heard "shut up" and "withdraw"

[[nov 12|date]] (night)
im at auntie [[miriam|name]]s!!! in [[shelf|place]]. i walked to the bus stop on [[wakefield rd|address]] with a bin bag and rang her
from [[amber|name]]s phone. ive not seen her since i was 2 because shes withdrawn from. she cried. [[rob|name]] made me cheese on
toast. they have a TV and a dog called Pippin

[[nov 15|date]]
first sunday ever not at the meeting room. felt sick all morning. [[rob|name]] says god isnt only in [[Lightcliffe|place]] lol

[[nov 19|date]]
[[owen|name]] the social worker came. hes ok. he asked if dad ever hit me. no. its not like that. its that no one will speak to me.
[[faith|name]] (cousin) blocked me. [[Grace Hales|name]] from school wrote "we are praying for you to come back" on [[amber|name]]s
insta which means they know

[[nov 24|date]]
saw [[hope|name]] and [[caleb|name]] through the car window at the Co-op in [[Hipperholme|place]]. [[hope|name]] waved then mum pulled
her hand
down. i cried in the toilets at [[Focus|school]]. Mrs [[Ibbotson|name]] (not brethren, she teaches maths) said i can do my
exams at hers if they stop me

[[dec 1|date]]
applied for college!! [[miriam|name]] helped. my email is [[joywigley.free@gmail.com|email]] now, first one ive ever had
i keep thinking [[hope|name]] will be 12 on [[11 feb|date]] and i wont be there

[[dec 2|date]]
[[Grace|name]] messaged me properly on [[amber|name]]s insta. she said her dad says im "in the world now" and she cant
talk to me but she misses me. she said [[faith|name]] is getting married to [[Reuben Hales|name]] in march at the hall in
[[Brighouse|place]] and im not invited obviously. [[miriam|name]] says it was the same for her when nana [[ada|name]] died.
[[rob|name]]s mum ([[Pauline|name]]) is coming from [[Rastrick|place]] for tea on sunday, shes 80 and swears lol
"""),
    ("school nurse drop-in consultation record", """SCHOOL NURSING SERVICE - DROP-IN / CONSULTATION RECORD
Name: [[WIGLEY, Joy Elizabeth|name]]     DOB: [[2.4.2010|dob]]     NHS no: [[366 327 6538|nhs]]
Current address: c/o Mrs [[M Crossley|name]], [[27 Carr House Lane|address]], [[Shelf|place]], [[Halifax|place]] [[HX3 7RE|postcode]]
(home address [[8 Wakefield Rd|address]], [[Lightcliffe|place]] - parents NOT to be contacted without SW agreement)
Seen at: Shelf Village Hall (outreach clinic; [[Joy|name]] not in a school we cover)    Date: [[01/12/2026|date]]
Nurse: [[Kirsty Wadsworth|name]], SN, [[07560 754287|phone]]

Presenting: wanted "a normal check-up". Never registered with a GP outside the family's practice (Woodhouse Surgery, where her
father's cousin Dr [[Paul Wigley|name]] is a partner - [[Joy|name]] does not want to go there). No immunisation record for HPV or
MenACWY; mother declined at 12 ([[Joy|name]] thinks). Periods regular. Headaches, poor sleep, "I keep dreaming about the
Meeting". Not eating much since [[12 November|date]]; weight 49.2 kg.
Emotional: PHQ-9 score 14. No self-harm, no thoughts of ending her life. Protective: aunt [[Miriam|name]], uncle [[Rob|name]], friend
[[Amber|name]], social worker [[Owen Pickersgill|name]], a teacher at her school (Mrs [[Ibbotson|name]]).
Actions: registration with Lightcliffe Medical Centre (form done with her); catch-up vaccines booked [[15.12.26|date]]; sleep
hygiene leaflet; Kooth shown; review in 2 weeks at the hall. Consent: [[Joy|name]] (Gillick/Fraser competent, 16).
Shared with [[O. Pickersgill|name]] same day with [[Joy|name]]'s agreement.
[[K Wadsworth|name]]
"""),
    ("letter from two elders of the family's church to the social worker", """Plymouth Brethren Christian Church
[[Lightcliffe|place]] and [[Brighouse|place]] assembly

[[26th November 2026|date]]

Mr [[O. Pickersgill|name]]
Ryburn Vale Council Children's Services

Dear Mr [[Pickersgill|name]],
Re: [[Stephen|name]] and [[Ruth Wigley|name]], [[8 Wakefield Road|address]], and their daughter [[Joy|name]]
We write, with Mr and Mrs [[Wigley|name]]'s agreement, as two of the local brothers who care for the family. Mr and Mrs
[[Wigley|name]] do not wish to attend the family meeting on [[28 November|date]]. This is not coldness. Our fellowship does not eat
or meet socially with those outside it, and we ask that this is respected as our faith, which the law protects.
[[Joy|name]] is loved. She has not been "thrown out"; she chose to leave. The door is open if she wishes to return to her
family and to the fellowship. Her parents will pay for her keep if that is needed, through us. Please tell her that her
mother asks after her every day.
We ask that the younger children, [[Hope|name]] and [[Caleb|name]], are not visited at school and are not spoken to about this. We
also ask that [[Joy|name]] is not placed with Mrs [[Crossley|name]], who has set herself against the fellowship.
If you wish to meet, we can see you at the Meeting Room on [[Bramley Lane|address]], any weekday morning. Please ring [[Timothy
Rowbotham|name]] on [[01422 882554|phone]].
Yours faithfully,
[[T. J. Rowbotham|name]]
[[N. Wigley|name]] ([[Joy|name]]'s uncle)
"""),
]


# --- F. Campbell / Barraclough family (Black Caribbean and white British), Boothtown, Halifax -----------------------------------

HOME_F = d.Address("40 Boothtown Road", "Boothtown", "Halifax", "HX3 6EU")
MUM_F = d.Address("Flat 6, 18 Devonshire Street", "", "Keighley", "BD21 2AU")
AUNT_F = d.Address("14 Old Harbour Road", "", "Spanish Town", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Nevaeh", "Campbell")], dt.date(2016, 3, 8), addresses=[HOME_F], ids=["3733104404", "Z381303408512"],
       schools=["Woolshops Primary Academy"]),
    _p("s", "sibling", [("Kai", "Barraclough")], dt.date(2020, 7, 15), addresses=[HOME_F], ids=["2503024076", "U381300935743"],
       schools=["Woolshops Primary Academy"]),
    _p("g", "grandparent", [("Marcia", "Campbell")], dt.date(1966, 11, 30), addresses=[HOME_F],
       phones=["01422 250631", "07957 608857"], ids=["JR 46 09 21 B"]),
    _p("m", "mother", [("Chantelle", "Campbell")], dt.date(1992, 5, 21), addresses=[MUM_F], phones=["07965 705407"]),
    _p("f", "father", [("Ryan", "Barraclough")], dt.date(1990, 1, 9)),
    _p("a", "aunt", [("Sonia", "Campbell-Reid")], addresses=[AUNT_F], phones=["+1 876-329-4417"]),
    _p("p1", "professional", [("Zoe", "Garside")], phones=["01422 275954"], emails=["zoe.garside@ryburnvale.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship assessment report (extract) on a grandmother", """SPECIAL GUARDIANSHIP ASSESSMENT - REPORT TO COURT
(extract: parts A, C and F)
Case no. HX26C00418    Court: the Family Court sitting at Bradford
Children: [[Nevaeh Amani Campbell|name]], born [[08.03.2016|dob]]; [[Kai Ryan Barraclough|name]], born [[15.07.2020|dob]]
Proposed special guardian: [[Marcia Campbell|name]] (maternal grandmother), born [[30.11.1966|dob]], NI [[JR 46 09 21 B|ni]]
Address: [[40 Boothtown Road|address]], [[Boothtown|place]], [[Halifax|place]] [[HX3 6EU|postcode]]
Author: [[Zoe Garside|name]], Kinship Assessment Social Worker, [[01422 275954|phone]]    Date: [[4 December 2026|date]]

A. Background
[[Nevaeh|name]] and [[Kai|name]] have lived with their grandmother since [[19 March 2026|date]], when their mother, [[Chantelle
Campbell|name]], was arrested at her flat on [[Range Bank|address]] with the children present and heroin in the kitchen. An
interim care order was made on [[2 April 2026|date]]. [[Chantelle|name]] is now in a residential rehabilitation service in
[[Keighley|place]] ([[Flat 6, 18 Devonshire Street|address]], [[BD21 2AU|postcode]]) and has been drug-free for 7 months.
[[Kai|name]]'s father, [[Ryan Barraclough|name]], is serving a sentence at HMP Leeds (release 2028); [[Nevaeh|name]]'s father,
[[Marlon Francis|name]], lives in [[Huddersfield|place]] ([[Fartown|place]]) and has seen her twice.

C. The applicant
Mrs [[Campbell|name]] (59) was born in [[Spanish Town|place]], Jamaica, and came to [[Halifax|place]] at 9 to join her mother, the
late [[Hyacinth Campbell|name]], a nurse at the Royal Halifax Infirmary. She worked 30 years at [[Halifax|place]] bus station
canteen and then as a school cook at [[Woolshops|school]]. She is a deacon at the New Testament Church of God on [[Hanover
Street|address]] and has a wide network: her sister [[Sonia Campbell-Reid|name]] in [[Spanish Town|place]] ([[14 Old Harbour
Road|address]];
[[+1 876-329-4417|phone]]), who speaks to the children on Sundays; her son [[Andre Campbell|name]] (34, a bus driver) in
[[Ovenden|place]]; and her friend and neighbour [[Gloria Bentley|name]] at [[no. 42|address]], who does the school run on
Wednesdays. [[Nevaeh|name]] calls her "Grandma [[Marcia|name]]" and [[Kai|name]] calls her "Nana".

F. Analysis and recommendation
Mrs [[Campbell|name]] has given the children a safe, warm, structured home for nine months. [[Nevaeh|name]] (10) has settled at
[[Woolshops Primary Academy|school]] and is "a different child" (her teacher, Mr [[Dobson|name]]); [[Kai|name]] (6) has speech therapy
at Beechwood Health Centre and his language is growing. Her health is fair (type 2 diabetes, well controlled, confirmed by her GP,
Dr [[Ogunleye|name]], Boothtown Medical Practice). I recommend a special guardianship order to Mrs [[Campbell|name]], with
contact with [[Chantelle|name]] monthly, supervised until [[1 July 2027|date]] and then by [[Marcia|name]]'s agreement.
"""),
]

DOCS_F += [
    ("looked after child review record by the independent reviewing officer", """CHILD LOOKED AFTER REVIEW - RECORD AND DECISIONS
(third review)
Child: [[Kai BARRACLOUGH|name]]   DOB [[15/07/2020|dob]]   NHS [[250 302 4076|nhs]]   UPN [[U381300935743|upn]]
(joint review with his sister [[Nevaeh CAMPBELL|name]], DOB [[08/03/2016|dob]], NHS [[373 310 4404|nhs]], UPN [[Z381303408512|upn]])
Placement: connected person (kinship) foster care with grandmother, [[40 Boothtown Rd|address]], [[HX3 6EU|postcode]]
Review date: [[9th Dec 2026|date]], at the placement, after school    IRO: [[Bernadette O'Hara|name]]

Present: [[Marcia Campbell|name]] (carer); [[Zoe Garside|name]] (SW); [[Chantelle Campbell|name]] (mother, by video from
[[Keighley|place]]);
Mrs [[Jabeen|name]] (class teacher, [[Woolshops|school]], for [[Kai|name]]); [[Nevaeh|name]] for the first part; [[Kai|name]] drew a
picture.
Apologies: [[Ryan Barraclough|name]] (HMP Leeds - written views via his offender manager, [[Gemma Speight|name]]).

Views
[[Nevaeh|name]]: "I want to stay at Grandma's forever and ever. I want to see Mum more but not live with her yet." She wants
her hair done for the school disco by Aunty [[Sonia|name]]'s friend [[Precious|name]] who does braids in [[Bradford|place]] ([[Great
Horton|place]]), and to go to Jamaica "to see Aunty [[Sonia|name]]'s house with the mango tree".
[[Kai|name]]: drew Grandma's house with a big dog ([[Gloria|name]]'s dog, Biscuit) and "Daddy in the jail".
[[Chantelle|name]]: supports the special guardianship order ("it's the right thing, Mum's always been their rock"); asked
for video calls on Wednesdays too; will finish at the rehab in [[January 2027|date]] and move to a flat in [[Shipley|place]].
[[Ryan|name]]: wants letters and photos of [[Kai|name]] every 3 months; agrees the SGO.

Decisions
1. SGO application to be heard [[14 January 2027|date]]; IRO supports.
2. Life story work for both children ([[Zoe|name]]), to include [[Spanish Town|place]] and Great-Grandma [[Hyacinth|name]].
3. Passport applications for both children (for a trip to Jamaica in summer 2027), with [[Chantelle|name]]'s consent.
4. [[Kai|name]]: speech and language therapy to continue; EHCP request by school by [[31.01.2027|date]].
5. Next review: [[9 June 2027|date]] (or ends if the SGO is made).
[[B. O'Hara|name]], IRO
"""),
    ("supervised family time recording form, handwritten by the contact worker and typed up", """FAMILY TIME (CONTACT) RECORDING FORM
              [handwritten; typed by admin [[J. Feather|name]] [[07/12/26|date]]; "?" = can't read]
Children: [[Nevaeh|name]] + [[Kai|name]]          Family member(s): Mum - [[Chantelle C.|name]]
Venue: Family Centre, [[Horne St|address]], [[Halifax|place]]      Date: [[5/12/26|date]]     Time: 10.00 - 12.00 (arr. 10.20 - bus
late from [[Keighley|place]])
Supervisor: [[Yvonne Lister|name]]      Transport: [[Marcia|name]] (Grandma) brought children, collected 12.05

Arrival / greeting: [[Chantelle|name]] ran to [[Kai|name]] + picked him up, he hid face then giggled. [[Nev|name]] hung back, then hug.
[[Nevaeh|name]] asked "are you still clean Mummy" - C. said "7 months baby, every single day".
Activities: playdough, [[Kai|name]] made "a snake for Daddy". C. brought a Christmas card from [[Ryan|name]]
(posted from prison) - I read it first as agreed: OK, says "love you little man, be good for Nana". Given to [[Kai|name]].
Food: C. brought patties from the Jamaican bakery on [[Lister Lane|address]]? (I think) + juice. Good.
Conversation: [[C|name]] told [[Nevaeh|name]] her new keyworker at rehab is called [[Chardonnay|name]] - [[Nevaeh|name]] laughed a lot.
Told
children she might live in [[Shipley|place]]. [[Nevaeh|name]] asked if she can stay at Grandma's "for school" - C. said yes.
C. showed them a video of cousin [[Jaden|name]]'s football in [[Keighley|place]]. C. gave [[Nevaeh|name]] her
new number to "learn by heart" ([[07849 008934|phone]]) - I said this had to go through [[Zoe|name]] first, C. accepted.
Concerns: none re drugs/alcohol. C. was upset at end - said "[[Marcia|name]] gets all the good bits". Children fine.
Ending: [[Kai|name]] cried at the door ("Mummy come to Nana's"), settled in the car.
Signed: [[Y Lister|name]]     Seen by SW: Z.G. [[8/12|date]]
"""),
    ("text messages between the grandmother and the social worker, exported from the work mobile", """Work mobile export - contact
"[[Marcia Campbell|name]] (Gran, [[Nevaeh|name]]/[[Kai|name]])" [[07957 608857|phone]] - [[1 Nov 2026|date]] to [[6 Dec 2026|date]]
Exported by [[Zoe Garside|name]] for the court bundle.

[[03/11/2026|date]] 07:41 [[Marcia|name]]: Morning [[Zoe|name]]. [[Kai|name]] was sick in the night so I'm keeping him off.
[[Nevaeh|name]] going in. Can [[Gloria|name]]
take her, she's on DBS from church x
[[03/11/2026|date]] 08:02 Me: Morning [[Marcia|name]], of course, hope [[Kai|name]] feels better. Yes [[Gloria|name]] is fine.
[[10/11/2026|date]] 19:15 [[Marcia|name]]: [[Chantelle|name]] rang at tea time, she was crying, said they might move her from the
rehab. Do you know
anything
[[10/11/2026|date]] 19:30 Me: Not heard anything. I'll ring [[Keighley|place]] in the morning. Try not to worry.
[[11/11/2026|date]] 10:05 Me: Spoke to her keyworker - it's just a room move in the same house, nothing else. [[Chantelle|name]] is fine.
[[11/11/2026|date]] 10:07 [[Marcia|name]]: Thank God. Thank you darling
[[20/11/2026|date]] 16:48 [[Marcia|name]]: [[Zoe|name]] a man was outside the school at home time asking [[Nevaeh|name]] if her mum
still lives on
[[Range Bank|address]]. Big man, white, beard. She said no and came to me. I don't know who he is. [[Ryan|name]]'s brother maybe? He
has a van
[[20/11/2026|date]] 16:55 Me: Thank you for telling me. Is [[Nevaeh|name]] OK? Can you remember anything on the van?
[[20/11/2026|date]] 17:03 [[Marcia|name]]: White transit, letters on side "D B Plastering". [[Nevaeh|name]] says he called her
[[Nevvy|name]] like her
mum does
[[20/11/2026|date]] 17:10 Me: I'm letting the police and school know now. Please keep the kids in tonight.
[[21/11/2026|date]] 09:12 [[Marcia|name]]: Its [[Dean Barraclough|name]], [[Ryan|name]]'s brother. [[Chantelle|name]] says he wants
money she owes [[Ryan|name]] from before
[[01/12/2026|date]] 13:20 Me: Reminder - SGO meeting with the legal team Wed [[9th|date]]? No sorry, it's Thurs [[10th|date]] at 2pm at
Westgate House. I can pick you up from [[Boothtown Rd|address]].
[[01/12/2026|date]] 13:26 [[Marcia|name]]: Yes please darling. And my sister [[Sonia|name]] wants to speak to you about the kids coming
to Jamaica,
her whatsapp is [[+1 876-329-4417|phone]]
[[06/12/2026|date]] 18:40 [[Marcia|name]]: [[Nevaeh|name]] got star of the week!! Blessings x
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 120 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:49 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "mammy", "dad", "daddy", "aunty", "auntie", "uncle", "dadi", "nani", "dada", "chacha",
           "khala", "phuppo", "baji", "apa", "bhai", "ammi", "abbu", "mama", "papa", "madam", "qari", "hafiz", "maulana", "imam",
           "ustad", "ustaad", "abuela", "abuelita", "abuelo", "tía", "tia", "tío", "tio", "doña", "don", "seño", "profe", "hermana",
           "hermano", "mami", "papi", "brother", "elder", "aunt", "pastor", "judge", "pee-cee"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "chacha", "khala", "phuppo", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "yorkshire", "west yorkshire",
               "the north", "calderdale", "kirklees", "greater manchester", "lancashire", "the north west", "north west",
               "pakistan", "azad kashmir", "kashmir", "ajk", "punjab", "guatemala", "spain", "españa", "murcia", "region of murcia",
               "totonicapán", "the highlands", "central america", "latin america", "jamaica", "st catherine", "the caribbean",
               "new zealand", "australia", "europe", "america", "usa", "the calder valley", "calder valley", "upper calder valley"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Qari Naveed",
# "abuela Juana", "doña Dulce", "tía Vilma", "Nan Bev"; and after one: "Tariq bhai", "Mrs Sutcliffe senior") and counties,
# regions and countries ("Guatemala", "Spain", "Murcia", "Totonicapán", "Jamaica", "Calderdale", "the Calder Valley").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
