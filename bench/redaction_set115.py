"""Set 115: a held-out hand-written set for the redaction detector, six invented families in Dewsbury and Batley, in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets 114,
116 and 117 (bench/redaction_set114.py, redaction_set116.py, redaction_set117.py and their tests, written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions
followed here: set 21's module docstring, its first family's record and first document, its last two documents, its word lists,
checker wiring and test in full), the module docstrings only of bench/redaction_set7.py to redaction_set113.py (printed with ast
and searched for town, district and community names, to pick a home no earlier set used for each family and two communities no
earlier set used), the opening of bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`) and the names of its functions,
and the ruff and pytest settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made
and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord)
are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families in Dewsbury and Batley (Kirklees), each from a town, district or estate no earlier set used as a family's home.
Four of the kinds most common in children's social care: a white British family in Chickenley, Dewsbury, with a grandmother in
Earlsheaton (Dobson / Kaye / Hepworth; a boy of 9 with an untreated, infected dog bite from an XL bully, no heating, a mother
who goes off with a new man, neglect, an initial child protection conference, a grandmother stepping in), a white British
family in Fieldhead, Birstall, with a grandmother in Gomersal and a father in HMP Leeds (Marsden / Ackroyd; a boy of 15 missing
for 55 hours, exploited through a county line to Scarborough, a deal phone, debt bondage, an NRM referral, a MACE panel), a
British Pakistani family speaking Pahari-Pothwari in Batley Carr, with a grandmother in Savile Town and family in Mirpur and
Dadyal (Hussain / Iqbal; domestic abuse with a weapon, a girl of 13 who rang 999, a passport and visa kept by the husband, an
IDVA, a team around the family) and a white British family in Soothill, Batley, with a grandmother in Staincliffe (Hallas /
Lister; a care leaver of 19 with a premature baby, a pre-birth plan, domestic abuse caught on a neighbour's doorbell camera, a
Universal Credit claim, a parenting assessment). Two from communities no earlier set used: a Dawoodi Bohra family speaking
Gujarati in Westtown, Dewsbury, with family in Surat, Sidhpur and Dubai (Lokhandwala / Kapadia / Bharmal; an autistic boy of 8
who runs into the road, hit with a belt by his father, a mother with post-natal depression, a father who writes his own
letter of apology and moves out, names in Gujarati script) and a Djiboutian family speaking Somali and French in Dewsbury Moor,
with a father in Balbala and an aunt in Marseille (Daher / Houssein Ali / Robleh; a mother disabled by a stroke, a girl of 14
as her young carer, a boy of 8 sent to a cousin in Leicester in an unnotified private fostering arrangement). 24 documents,
about half plain professional recording and half other writing, of types and styles chosen to be new where possible: a social
worker's first home visit case note, a school attendance officer's notes typed fast on a phone, an initial child protection
conference report, a grandmother's Facebook Messenger chat with the social worker, a police return home interview, a National
Referral Mechanism form as submitted online, a deal-line phone's text extract from a police download, MACE panel minutes, a
MASH referral record, WhatsApp voice notes transcribed and translated from Pahari-Pothwari and Urdu (with names in Urdu
script), an IDVA's handwritten notes scanned and OCR'd (with the OCR's misreadings), team around the family minutes, a GP's
safeguarding letter, a father's own letter, a ClassDojo message thread exported by a school, a child and family assessment
(with names and a town in Gujarati script), a school's private fostering notification form, WhatsApp messages in French and
Somali typed up and translated, a young carer's needs assessment, an email chain between two councils' social workers and a
school, maternity discharge planning meeting notes, a police officer's log of a neighbour's doorbell camera footage,
Universal Credit journal messages pasted by a mother, and a parenting assessment session record.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Pakistan, India, the United Arab Emirates, Djibouti, France); NHS numbers and UPNs
(Kirklees, 382) pass their check digits; NI numbers have a valid format. The council (Calder Spen), the schools (Chickenley
Green Primary, Little Acorns Nursery, Birstall Moor Academy, Batley Carr Primary, Batley Girls' High as named here, Westtown
Brook Primary, Thornhill Community Academy, Thornhill Junior and Infant as named here, Medway Community Primary as named here,
Little Gems Nursery), the refuge (Spen Refuge), the GP practice (Crow Nest Medical Practice) and the mosque's name
(Masjid-e-Saifee) are invented or used loosely; towns, districts, estates, villages, real hospitals, police forces, prisons,
courts, shops, parks, charities, programmes, apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Mme, Dr,
PC, DS, DI, Sgt, Sister, Nan, Mum, Bhai, Tata, Eedo, Aabo, Hooyo, Ammi, Shaikh, and "bhen" after a name as in "Zahra bhen")
stay outside the name span; a possessive 's and a texting s stay outside; every person's name is a name in every form, record
or not. "SURNAME, First" is one span ("DOBSON, Tyler-Jay", "MARSDEN, Reece"), and so is "First SURNAME" ("Aleena HUSSAIN",
"Kadra HOUSSEIN ALI"); an initial with a surname is one span ("H. Wakefield", "S. Leeds", "J. Heaton") and so is a first
name with an initial after it ("Huzaifa L.", "Mustafa L.", "Zahra B."); initials alone used as shorthand in minutes or
notes ("IB", "T.") are not marked, but initials a person goes by as a name ("TJ", "RM" on a deal line) are; a collar
number before or after a name stays outside; a name, address, place, school or date broken by a line
break is one span holding the break. A street address is one span, its town a place, its postcode a postcode; a street
named without a number is an address ("Columbus Ravine", "Track Road", "Warren Street"), and so is a neighbour's bare flat or
house number ("no. 16", "Flat 3", "no 11") and an address abroad ("27 boulevard de la Savine", "13015" Marseille; "Flat 402,
Saifee Apartments, Zampa Bazaar", "395003" Surat); towns, cities, villages, districts and estates are places at home or
abroad and in any script or short form ("Scarbs", "Balbala", "Djibouti-ville", "Londres", "Al Karama", "સુરત"); countries,
counties and regions are not ("Djibouti", "West Yorkshire", "Kirklees"); organisations are not marked even when they hold a
town's or a person's name ("Dewsbury and District Hospital", "Batley Police Station", "HMP Leeds", "Citizens Advice Batley",
"Leicester City Council", "Asda Batley", "Batley Family Hub"); parks, shopping parks and airports are landmarks and stay
unmarked ("Crow Nest Park", "Birstall Shopping Park", "Manchester Airport"); a school's name is a school in any form
("Birstall Moor", "Batley Girls'", "Thornhill J&I", "little acorns"); a date of birth is dob, any other calendar date with a
day is date (a weekday before it stays outside) and a bare day ("the 16th", "28th", "8th") is a date; months and years alone
are not marked; helplines are not marked; pets (Tank, Bella) are not names; a surname or first name that is also a word or a
town is marked by what it refers to (Brook, Wakefield, Leeds, Dewsbury, Amber, Grace, Dawn, Skye, Rocky, Chase and Connor are
names when they are people, and Wakefield, Dewsbury, Birstall and Healey are places when they are places); a name in another
script (Urdu "طارق", "رخسانہ", "وقار"; Gujarati "હુઝૈફા", "સકીના") is a name.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a misreading in OCR'd text
keeps the kind of what it misreads ("Rukhsaua lqbal", "A1eena", "Harnza", "Akrarn" are names, "Savi1e Town" a place and
"3l/10/26", "l2 Nov 2026" dates); a street nickname or deal-line alias that stands for a person ("Kez", "Tiny", "Reecey",
"Little R", "CHASE 2" as saved) is a name, and so is a contact saved under a teacher's name as a cover ("Mr Hartley" marks
"Hartley"); a contact saved under a kinship word ("Mam", "Nan", "Aabo", "Ammi Jaan") is not a name; a shop, bank or building
society named in lower case ("the nationwide") is an organisation, while "birstall retail park" in a text marks its town; a
ward or unit inside a hospital ("Gate 46", "Ward 2") is not marked; the Aamil's religious title ("Aamil saheb", "Shaikh") stays
outside his name and a surname that is also a title ("Mr Haroon Mulla") is marked whole as a name; a crime reference, an
exhibit number, a Language Line reference and a GMC number are not marked; a baby's age ("10 weeks") and a weight are not
dates.

Self-check without the detector: `python -m bench.redaction_set115` (and tests/test_redaction_set115.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,074 gold spans, 607 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dobson / Kaye family (white British), Chickenley, Dewsbury, with a grandmother in Earlsheaton ---------------------

HOME_A = d.Address("14 Chickenley Lane", "Chickenley", "Dewsbury", "WF12 8QD")
NAN_A = d.Address("6 Wakefield Old Road", "Earlsheaton", "Dewsbury", "WF12 8BX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Dobson")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["504 573 3311", "X382189839325"],
       schools=["Chickenley Green Primary School"]),
    _p("s", "sibling", [("Kacie", "Dobson")], dt.date(2022, 10, 30), addresses=[HOME_A], ids=["631 231 0558"]),
    _p("m", "mother", [("Shannon", "Dobson")], dt.date(1996, 2, 17), addresses=[HOME_A], phones=["07725 896 116"],
       ids=["NP 43 81 27 B"]),
    _p("p", "partner", [("Liam", "Kaye")], dt.date(1993, 8, 1), addresses=[HOME_A], phones=["07914 442 772"]),
    _p("g", "grandparent", [("Carol", "Dobson")], dt.date(1971, 6, 5), addresses=[NAN_A], phones=["01924 545 093"]),
    _p("p1", "professional", [("Holly", "Wakefield")], phones=["07937 794 939"], emails=["holly.wakefield@calderspen.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's first home visit case note", """CASE NOTE - HOME VISIT (UNANNOUNCED)
Child: [[Tyler-Jay Dobson|name]] (DOB [[09/04/2017|dob]])   Sibling: [[Kacie Dobson|name]] (DOB [[30/10/2022|dob]])
Address: [[14 Chickenley Lane|address]], [[Chickenley|place]], [[Dewsbury|place]] [[WF12 8QD|postcode]]
Date of visit: [[3 November 2026|date]], 16:10-17:25     Worker: [[Holly Wakefield|name]], Social Worker, Dewsbury Locality Team
Present: [[Shannon Dobson|name]] (mother), [[Liam Kaye|name]] (mother's partner, arrived 16:40), both children; a neighbour,
[[Bev|name]] from [[no. 16|address]], was in the kitchen when I arrived and left soon after.

Reason for visit: referral from [[Chickenley Green Primary School|school]] on [[2 November|date]] after
[[Tyler-Jay|name]] came in with a dog bite to his left forearm, wrapped in kitchen roll, and said the bite was "two days
ago". The DSL, Mrs [[Rachael Firth|name]], rang the front door and I was allocated the same afternoon.

Observations: the front door was answered by [[Tyler-Jay|name]] (known at home as "[[TJ|name]]"). Strong smell of dog urine in
the hall. Two dogs (an XL bully called Tank and a Staffie called Bella) were shut in the back room. The living room had a
mattress on the floor where [[Shannon|name]] said she and [[Kacie|name]] sleep "since the boiler went". No working heating;
two electric fans heaters. Food in the fridge: milk, margarine, a pack of ham. [[Kacie|name]] was in a nappy at 4, which
[[Shannon|name]] said is "only at night but she had an accident".

[[TJ|name]]'s arm: a puncture wound and a torn flap about 3 cm on the inside of the left forearm, red and swollen at the
edges, weeping. He said Tank "went for me when I gave him his tea". [[Shannon|name]] said she had cleaned it with TCP and did
not take him to the walk-in because "they'd have took the dog". I asked her to take him to Dewsbury and District Hospital
today; she agreed, and [[Carol Dobson|name]] (maternal grandmother, [[01924 545 093|phone]]) came at 17:00 to drive them.

[[Liam|name]] said the dogs are his and he "wouldn't get rid of Tank for nobody". He works nights at a warehouse in
[[Wakefield|place]] and sleeps in the day. He was polite but left the room when I asked about the bite.

Views of the child: [[TJ|name]] said he likes [[Liam|name]] "when he's not tired", that he gets his own breakfast, and that
he misses his dad, [[Jordan Hepworth|name]], who "lives in [[Ossett|place]] with his new girlfriend". He said his best friend is
[[Alfie|name]] at school and that his teacher Miss [[Brook|name]] "is the best".

Plan: GP/hospital review today (done - see [[04/11/2026|date]] entry); Child and Family Assessment started; I will ring
[[Jordan Hepworth|name]] ([[07787 447 494|phone]]); dog warden to be told via the police; next visit Thursday [[5 November|date]].
[[H. Wakefield|name]]
"""),
]

DOCS_A += [
    ("school attendance officer's notes typed fast on a phone", """att notes [[TJ dobson|name]] yr5 - typed on phone sorry for typos
mon [[9/11|date]] - no show, rang mum [[07725 896 116|phone]] no ans. rang nan [[carol|name]] [[01924 545 093|phone]], she said
[[shannon|name]]
"poorly" and [[tj|name]] "stayed at mine". [[kacie|name]] not at nursery either (checked w [[little acorns|school]])
tue [[10/11|date]] - [[tj|name]] in 9.40 late, no coat, arm dressing dirty. said [[liam|name]] took him in the van (white transit
[[YK19 HVA|vehicle]])
wed [[11/11|date]] - in on time w nan. nan says shes "had enough" & wants kids at hers in [[earlsheaton|place]]
thu [[12/11|date]] - no show. home visit w [[lisa|name]] (EWO) 10.15 - no ans, dogs barking, curtains shut. neighbour at no 16
([[bev|name]]? [[bev marsh|name]]) said mum goes to her mates in [[thornhill edge|place]] most nights & [[tj|name]] walks
[[kacie|name]] to nans
fri [[13/11|date]] - in. [[tj|name]] told miss [[brook|name]] "mum's new mate [[deano|name]] has a dog an all"
att this term 71.4%. passing to [[holly wakefield|name]] sw + [[rachael|name]] dsl. paperwork for [[carol|name]] re kinship? ask
[[holly|name]]
"""),
]

DOCS_A += [
    ("initial child protection conference report", """CALDER SPEN COUNCIL - CHILDREN'S SOCIAL CARE
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference date: [[1 December 2026|date]], 10:00, Dewsbury Town Hall (Room 3) and Teams
Chair: [[Andrew Mellor|name]], Independent Reviewing Officer       Author: [[Holly Wakefield|name]], Social Worker
Team Manager: [[Farzana Patel|name]]

1. The children
[[DOBSON, Tyler-Jay|name]], born [[9th April 2017|dob]],
NHS [[504 573 3311|nhs]], UPN [[X382189839325|upn]], [[Chickenley Green Primary School|school]], Year 5
[[DOBSON, Kacie|name]], born [[30th October 2022|dob]], NHS [[631 231 0558|nhs]], [[Little Acorns Nursery|school]], [[Chickenley|place]]
Both live with their mother at [[14 Chickenley Lane|address]], [[Dewsbury|place]] [[WF12 8QD|postcode]].

2. Family and household
Mother: [[Shannon Dobson|name]] (30), [[07725 896 116|phone]], NI [[NP 43 81 27 B|ni]]. Mother's partner: [[Liam Kaye|name]] (33),
[[07914 442 772|phone]], living at the address since June 2026. Father of [[Tyler-Jay|name]]:
[[Jordan Hepworth|name]], [[22 Dale Street|address]], [[Ossett|place]] [[WF5 9HN|postcode]], [[07787 447 494|phone]]. Father of
[[Kacie|name]]: [[Kyle Dewhirst|name]], whereabouts not known (last known in [[Scarborough|place]]). Maternal grandmother:
[[Carol Dobson|name]], [[6 Wakefield Old Road|address]], [[Earlsheaton|place]].

3. What has happened
On [[2/11/26|date]] [[Tyler-Jay|name]] came to school with an untreated dog bite. At Dewsbury and District Hospital on
[[3/11/26|date]] the
wound was found infected and he had IV antibiotics overnight on Ward 2. The dog, an XL bully, was not registered with an
exemption certificate; West Yorkshire Police seized it on [[7 November|date]]. Since then school attendance has fallen to
71%; [[Kacie|name]] has missed 9 sessions at nursery. A neighbour, Mrs [[Beverley Marsh|name]], says the children are often left
with [[Tyler-Jay|name]] in charge in the evenings. The home has no heating; Yorkshire Water and Northern Gas letters were on the
floor unopened.

4. Parents' views
[[Shannon|name]] said: "I know it's been a mess since the boiler. I'm not a bad mum, I just can't get up since [[Kacie|name]]'s
dad left." [[Liam|name]] did not attend the assessment meetings but sent a text: "tank never hurt nobody before".
[[Jordan Hepworth|name]] wants [[Tyler-Jay|name]] to stay with him at weekends and has offered his partner [[Chelsea Dyson|name]]'s
help with school runs.

5. Recommendation
That both children are made subject to child protection plans under the category of neglect; that [[Carol Dobson|name]] is
assessed as a connected carer; that a core group meets by [[11 December 2026|date]].
[[Holly Wakefield|name]], [[holly.wakefield@calderspen.gov.uk|email]], [[07937 794 939|phone]]
"""),
]

DOCS_A += [
    ("grandmother's Facebook Messenger chat with the social worker, typed up", """Messenger - typed up from screenshots
[[Carol Dobson|name]] sent on [[15.12.2026|date]]
(names as they show in her phone)

[[Carol Dobson|name]]: hiya love its [[Carol|name]] [[TJ|name]]s nan. can u ring me when u get chance x
[[Holly Wakefield|name]] CSC: Hi [[Carol|name]], I'm in core group till 2 then I'll ring. Is everything ok?
[[Carol Dobson|name]]: not really. [[shan|name]] has gone off with that [[deano|name]] to [[Bridlington|place]] for the wkend
and left kids w
[[liam|name]]. [[liam|name]] dropped them at mine at 11pm last night in his work van with no car seat for [[kacie|name]]
[[Carol Dobson|name]]: there both here now. [[tj|name]] has got his school shoes on still
[[Holly Wakefield|name]] CSC: Thank you for telling me. Are they ok to stay with you until I come?
[[Carol Dobson|name]]: course they are there my grandkids. my sister [[Jean|name]] from [[Hanging
Heaton|place]] is coming to help
[[Carol Dobson|name]]: his number is [[07470 664 146|phone]] [[deano|name]]s i mean. hes [[Dean Raistrick|name]] from
[[Batley|place]] hes
got a record [[shan|name]] told me
[[Holly Wakefield|name]] CSC: Thanks. I'll be out at 3. Please don't let [[Shannon|name]] take them without ringing me first.
[[Carol Dobson|name]]: she wont come here she knows what il say x
[[Carol Dobson|name]]: [[tj|name]] says can he bring his xbox to urs lol. he thinks ur office is like a youth club
[[Holly Wakefield|name]] CSC: Ha! Tell [[TJ|name]] he can show me his Minecraft house instead x
[[Carol Dobson|name]]: [[kacie|name]] sez hi to "[[holly wakefield|name]]" she keeps sayin ur whole name
"""),
]


# --- B. Marsden / Ackroyd family (white British), Fieldhead, Birstall, a boy exploited through county lines -----------------

HOME_B = d.Address("31 Fieldhead Lane", "Fieldhead", "Birstall", "WF17 9BN")
DAD_B = d.Address("HMP Leeds", "Armley", "Leeds", "LS12 2TJ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Reece", "Marsden")], dt.date(2011, 7, 22), addresses=[HOME_B], phones=["07562 857 938"],
       ids=["484 516 7727", "U382162747342"], schools=["Birstall Moor Academy"]),
    _p("s", "sibling", [("Mia", "Ackroyd")], dt.date(2015, 3, 3), addresses=[HOME_B], ids=["407 178 2692"]),
    _p("m", "mother", [("Nicola", "Marsden")], dt.date(1988, 12, 12), addresses=[HOME_B], phones=["07505 391 889"]),
    _p("sf", "step-father", [("Gary", "Ackroyd")], dt.date(1984, 9, 9), addresses=[HOME_B], phones=["07931 269 187"]),
    _p("f", "father", [("Darren", "Marsden")], dt.date(1987, 1, 28), addresses=[DAD_B]),
    _p("p1", "professional", [("Imran", "Bashir")], phones=["07567 322 888"], emails=["imran.bashir@calderspen.gov.uk"]),
], "c")

DOCS_B = [
    ("police missing-from-home return interview record", """WEST YORKSHIRE POLICE / CALDER SPEN COUNCIL - RETURN HOME INTERVIEW (RHI)
Missing person: [[MARSDEN, Reece|name]]     DOB: [[22.07.2011|dob]]     Age 15     Ref: MFH/KD/26/03311
Home address: [[31 Fieldhead Lane|address]], [[Birstall|place]], [[WF17 9BN|postcode]]
Missing from: 18:30 Fri [[20.11.26|date]]      Found: 02:15 Mon [[23.11.26|date]], by North Yorkshire Police, in a flat on
[[Columbus Ravine|address]], [[Scarborough|place]]
Interview by: [[Imran Bashir|name]], Missing and Exploitation Worker, at [[Birstall Moor Academy|school]], [[24/11/2026|date]]
Also present: none ([[Reece|name]] did not want his mum there). Return transport: PC [[Gemma Pickersgill|name]] and PC 4419
[[Scott Lodge|name]] drove him back from [[Scarborough|place]].

Account: [[Reece|name]] said he "went to see a mate in [[Scarbs|place]]". He got the train from [[Dewsbury|place]] to [[York|place]]
with a lad he called "[[Kez|name]]" (he would not give a surname; the police think this is [[Kieran Oldroyd|name]], 19, from
[[Staincliffe|place]]) and then a taxi. He stayed in a flat in [[Eastfield|place]] and then the one on [[Columbus Ravine|address]].
He said an older man called "[[Chase|name]]" gave him a phone and told him to "answer it and do what it says". He would not
say what the phone was for. He said he was not hurt but he had a cut on his lip and a bruise on his cheek; he said he "fell
on the stairs".

When asked who he trusts, he said his nan [[Pauline Marsden|name]] in [[Gomersal|place]], his PE teacher Mr [[Rocky Hartley|name]]
("everyone calls him Sir [[Rocky|name]]" - his real first name is [[Rockley|name]]), and his little sister [[Mia|name]]. He said
[[Gary|name]] (step-dad) "just shouts" and his dad [[Darren|name]] is in [[Armley|place]] ("he'd kill [[Kez|name]] if he knew").

Push/pull factors: arguments at home over vapes and money; new trainers and a Canada Goose coat that mum did not buy; says
he owes "[[Chase|name]]" £400 for a bag the police took off him in [[Scarborough|place]].

Risk: HIGH (CCE). Information passed to the MACE panel and to [[Imran|name]]'s manager [[Louise Hemingway|name]] at 14:00.
Next contact: Wednesday [[25th Nov|date]] 3.20pm at school, and a home visit with [[Nicola Marsden|name]] ([[07505 391 889|phone]]).
"""),
]

DOCS_B += [
    ("National Referral Mechanism referral form, as submitted online", """NATIONAL REFERRAL MECHANISM - MODERN SLAVERY REFERRAL
(first responder: Calder Spen Council)
Section A - Potential victim
  Surname ........................ [[MARSDEN|name]]
  Forename(s) .................... [[Reece|name]]
  Also known as .................. "[[Reecey|name]]", "[[Little R|name]]", "[[RM|name]]" on the deal line
  Date of birth .................. [[22/07/2011|dob]]
  Nationality .................... British
  Current address ................ [[31 Fieldhead Lane|address]]
                                   [[Birstall|place]]
                                   [[WF17 9BN|postcode]]
  Phone (own) .................... [[07562 857 938|phone]]
  School ......................... [[Birstall Moor Academy|school]] (Year 11)
  NHS number ..................... [[484 516 7727|nhs]]
  UPN ............................ [[U382162747342|upn]]
Section B - Parent / carer (child)
  Name ........................... [[Nicola Marsden|name]] (mother), [[07505 391 889|phone]]
  Other adults at address ........ [[Gary Ackroyd|name]] (step-father), [[07931 269 187|phone]]; [[Mia Ackroyd|name]] (half-sister, 11)
Section C - Exploitation indicators (tick)
  [x] Travelled to another area without money   [x] Unexplained phone   [x] Debt bondage   [x] Injuries   [ ] Tattoo/branding
Section D - Account (in the referrer's words)
  On [[20 November 2026|date]] [[Reece|name]] was taken by train and taxi to [[Scarborough|place]] by an older male ("[[Kez|name]]")
  and kept in two addresses, one in [[Eastfield|place]] and one at [[Flat 3|address]], [[Columbus Ravine|address]], where he was found
  with 9 wraps of crack cocaine and a phone. He was arrested and de-arrested once his age and the NRM were raised by the
  custody sergeant, PS [[Angela Whitby|name]]. He had been missing for 55 hours. He says he owes £400 to "[[Chase|name]]",
  believed to be [[Chase Lightowler|name]] (26), of [[Healey|place]], [[Batley|place]], who is known to police.
  Vehicle seen dropping [[Reece|name]] home on [[13/11/2026|date]]: black Audi A3 [[BD68 XRW|vehicle]] (by a neighbour, Mr [[Terry
Crabtree|name]], at [[no. 29|address]]).
Section E - Referrer
  [[Imran Bashir|name]], Missing and Exploitation Worker, [[imran.bashir@calderspen.gov.uk|email]], [[07567 322 888|phone]]
  Submitted [[24-11-2026|date]] 16:42. Consent: not needed (child).
"""),
]

DOCS_B += [
    ("deal-line phone text extract from a police download", """CYBER HUB DOWNLOAD - EXHIBIT IB/3 - handset seized from
[[Reece MARSDEN|name]] at [[Scarborough|place]] on [[23/11/2026|date]]
SMS and WhatsApp threads (extract; spelling as in the handset; numbers partly redacted by the hub where marked ***)

[[21/11/2026|date]] 09:12 IN  from "[[CHASE|name]] 2"  [[07986 836 766|phone]]: phone on all day u hear. no sleepin
[[21/11/2026|date]] 09:15 OUT to "[[CHASE|name]] 2": ye
[[21/11/2026|date]] 11:40 IN  from 07*** ***221: u on? need 2 white at the chippy on [[falsgrave rd|address]]
[[21/11/2026|date]] 11:41 OUT: 10 mins
[[21/11/2026|date]] 15:03 IN  from "Mam": [[reece|name]] where are u. [[gary|name]] isnt mad just come home. [[mia|name]] is crying
[[21/11/2026|date]] 15:30 IN  from "[[kez|name]]": dont answer ur mam. she rings police we r all fucked
[[21/11/2026|date]] 22:18 IN  from "[[Jaydn|name]]"  [[07839 292 955|phone]]: bro r u in [[scarbs|place]]?? ur mam put it on fb
[[21/11/2026|date]] 22:19 OUT to "[[Jaydn|name]]": dont tell no1. im at [[chase|name]]s cuzzins. back mon
[[22/11/2026|date]] 01:50 IN  from "[[CHASE|name]] 2": u owe me 4 ton now. bag was on u. u work it off
[[22/11/2026|date]] 13:22 IN  from "Nan": [[reece|name]] love its nan. im at [[birstall|place]] retail park its freezing. ring me xx
[[22/11/2026|date]] 13:24 OUT to "Nan": im ok nan dont worry
[[22/11/2026|date]] 19:01 IN  from "[[kez|name]]": [[lightowler|name]] says ur goin [[eastfield|place]] 2nite w [[tiny|name]]
[[22/11/2026|date]] 19:05 OUT to "[[kez|name]]": who is [[tiny|name]]
[[22/11/2026|date]] 19:06 IN  from "[[kez|name]]": [[tiny|name]] is [[kyle|name]]. big lad. [[kyle foster|name]]
[[23/11/2026|date]] 00:58 IN  from "Mr [[Hartley|name]]": sorry to text late. are u safe? (see note)
Note by DC [[Paul Greaves|name]]: the 00:58 message is from a contact saved as "Mr [[Hartley|name]]" but the number,
[[07942 723 253|phone]],
is NOT the PE teacher's; it is registered to [[Chase Lightowler|name]]. The contact name was a cover.
"""),
]

DOCS_B += [
    ("multi-agency child exploitation (MACE) panel minutes", """MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - KIRKLEES NORTH - MINUTES
Date: [[2 December 2026|date]]      Venue: Batley Police Station and Teams
Chair: DI [[Sarah Oxley|name]] (WYP)
Present: [[Imran Bashir|name]] (Missing and Exploitation Worker); [[Louise Hemingway|name]] (Team Manager, CSC); [[Beth Ramsden|name]]
(YOS); Mr [[Rockley Hartley|name]] (Head of Year 11, [[Birstall Moor|school]]); PC [[Gemma Pickersgill|name]] (Safer Schools); [[Wendy
Illingworth|name]] (CAMHS); [[Tom Asquith|name]] (Catch22 county lines service); minutes: [[Joanne Lumb|name]]
Apologies: Dr [[Ravi Menon|name]] (GP)

Item 1 - [[Reece Marsden|name]], 15 ([[22-Jul-2011|dob]])
IB summarised the missing episode of [[20|date]]-[[23 Nov|date]]. [[Reece|name]] was found in [[Scarborough|place]] with drugs
and a deal
phone; NRM submitted [[24/11|date]]. The phone shows he was told to stay away from his mother. Since return he has been home
every night but was seen on [[28 November|date]] at the Birstall Shopping Park with [[Kieran Oldroyd|name]] and a younger boy,
[[Lewis Haigh|name]] (13, of [[Carlinghow|place]]). [[Nicola Marsden|name]] has taken his bank card and the trainers to the police.
Mr [[Hartley|name]] said [[Reece|name]] is "a different lad in PE" and asked for him to stay on a full timetable rather than the
part-time one suggested; agreed. [[Beth Ramsden|name]] said [[Reece|name]] is not open to YOS but the [[Scarborough|place]] charge may
come to the out-of-court panel. [[Tom Asquith|name]] will offer weekly sessions; [[Reece|name]] has met him once at the McDonald's in
[[Birstall|place]] and "didn't hate it". [[Wendy Illingworth|name]] said CAMHS can see him at Folly Hall only if he wants it.
Disruption: PC [[Pickersgill|name]] reported that [[Chase Lightowler|name]] was stopped on [[30/11/26|date]] on
[[Bradford Road|address]],
[[Batley|place]] in a grey Golf [[YH21 OKP|vehicle]]; a Child Abduction Warning Notice is being drafted for him and for [[Kieran
Oldroyd|name]]. The flat at [[Flat 3|address]], [[Columbus Ravine|address]] is subject to a closure order application by North
Yorkshire Police ([[Scarborough|place]] CID, DS [[Mark Pybus|name]], [[01723 509 147|phone]]).

Item 2 - [[Lewis Haigh|name]], 13 - referral to be made by [[Louise|name]] today.

Actions
1. CAWN for [[Lightowler|name]] and [[Oldroyd|name]] - DI [[Oxley|name]] - by [[9.12.26|date]]
2. Safety plan shared with [[Nicola|name]], [[Gary|name]] and Nan ([[Pauline Marsden|name]], [[Gomersal|place]]) -
[[Imran|name]] - [[4 Dec|date]]
3. Letter to [[Darren Marsden|name]] at HMP Leeds about the plan - [[Louise Hemingway|name]]
4. School: full timetable, lift home with Mr [[Hartley|name]] on Tuesdays and Thursdays agreed with [[Nicola|name]] - Mr
[[Hartley|name]]
Next panel: [[6 January 2027|date]]
"""),
]


# --- C. Hussain / Iqbal family (British Pakistani, Pahari-Pothwari speaking), Batley Carr, with an uncle in Mirpur -----------

HOME_C = d.Address("9 Warwick Road", "Batley Carr", "Batley", "WF17 6AB")
NAN_C = d.Address("27 Ward Street", "Savile Town", "Dewsbury", "WF12 9LT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Aleena", "Hussain")], dt.date(2013, 5, 14), addresses=[HOME_C], ids=["521 633 2189", "W382207679274"],
       schools=["Batley Girls' High School"]),
    _p("s", "sibling", [("Zakariya", "Hussain")], dt.date(2019, 1, 8), addresses=[HOME_C], ids=["589 975 7361"],
       schools=["Batley Carr Primary School"]),
    _p("s2", "sibling", [("Hamza", "Hussain")], dt.date(2024, 6, 19), addresses=[HOME_C], ids=["563 831 4458"]),
    _p("m", "mother", [("Rukhsana", "Iqbal")], dt.date(1997, 11, 2), addresses=[HOME_C], phones=["07580 949 817"]),
    _p("f", "father", [("Tariq", "Hussain")], dt.date(1991, 3, 27), addresses=[HOME_C], phones=["07801 830 206"],
       ids=["JT 62 09 44 C"]),
    _p("g", "grandparent", [("Zubaida", "Begum")], dt.date(1962, 8, 15), addresses=[NAN_C]),
    _p("p1", "professional", [("Sophie", "Leeds")], phones=["07776 338 259"], emails=["sophie.leeds@spenrefuge.org.uk"]),
], "c")

DOCS_C = [
    ("MASH referral after a police domestic abuse call-out", """KIRKLEES MASH - CONTACT / REFERRAL RECORD
Received: [[16/10/2026|date]] 08:05 via PPN from West Yorkshire Police (Kirklees DA team)
Children: [[Aleena HUSSAIN|name]] ([[14/05/2013|dob]]), [[Zakariya HUSSAIN|name]] ([[08/01/2019|dob]]), [[Hamza HUSSAIN|name]]
([[19/06/2024|dob]])
Address: [[9 Warwick Road|address]], [[Batley Carr|place]], [[WF17 6AB|postcode]]
Adults: [[Rukhsana IQBAL|name]] (mother, 28, speaks Pahari-Pothwari and some Urdu, little English), [[07580 949 817|phone]];
[[Tariq HUSSAIN|name]] (father, 35), [[07801 830 206|phone]], NI [[JT 62 09 44 C|ni]]

Police account: at 23:40 on [[15th October|date]] [[Aleena|name]] (13) rang 999 from the bathroom and whispered that her dad was
"hitting mum with the hoover pipe". Officers (PC [[Ben Sykes|name]] 3390 and PC [[Naila Akram|name]]) found [[Rukhsana|name]] with
a swollen left eye and marks on her forearms. [[Tariq|name]] had left in a silver Passat [[YE16 KTU|vehicle]] before they came; he
was arrested at his mother's house, [[27 Ward Street|address]], [[Savile Town|place]], at 01:30. [[Rukhsana|name]] told PC
[[Akram|name]],
in Urdu, that this has happened "many times since [[Hamza|name]] was born" and that [[Tariq|name]] keeps her passport and her
spouse visa letter. DASH: 16 ticks, HIGH. She did not want a statement. [[Zakariya|name]] slept through; [[Hamza|name]] was in a cot
in the parents' room.

The children's paternal grandmother, [[Zubaida Begum|name]], rang the MASH at 08:50 and said the police had "made a big thing of
a family argument" and that [[Rukhsana|name]]'s brother, [[Waqar Iqbal|name]], in [[Mirpur|place]] ([[+92 300 5471823|phone]]) had
been told and was "very angry with [[Tariq|name]]".

School: [[Aleena|name]] is in Year 9 at [[Batley Girls' High School|school]]; the DSL, Ms [[Amber Rashid|name]], says she has been
late most days this term and fell asleep in Maths. [[Zakariya|name]] is at [[Batley Carr Primary|school]]; no concerns.
Health: health visitor [[Janet Hirst|name]] says [[Hamza|name]] missed his 1-year review.

MASH decision ([[16.10.26|date]] 13:20, [[Claire Whiteley|name]], MASH manager): section 47 strategy discussion today; IDVA
referral to Spen Refuge (worker allocated: [[Sophie Leeds|name]]); Urdu interpreter for all contact with the mother.
"""),
]

DOCS_C += [
    ("WhatsApp voice notes transcribed and translated from Pahari-Pothwari and Urdu", """TRANSCRIPTION AND TRANSLATION OF VOICE
NOTES - provided by [[Rukhsana Iqbal|name]] to her IDVA on [[29/10/2026|date]]
Translator: [[Shabana Kauser|name]] (Language Line ref LL-77310). Original words in Urdu script where written; speaker's words in
brackets are my translation. Names as spoken.

Voice note 1 - [[23/10/2026|date]] 21:14 - from "[[طارق|name]]" ([[Tariq|name]]), [[07801 830 206|phone]], 0:48
"[[رخسانہ|name]], tu police nu kiyon bulaya? ... [[Aleena|name]] nu vi sikhaaya ai." ([[Rukhsana|name]], why did you call the police?
You taught [[Aleena|name]] too.) "Meri amma de ghar ja ke gal kar, warna [[Mirpur|place]] bhej dena tenu." (Go to my mother's house and
talk, otherwise I'll send you to [[Mirpur|place]].)

Voice note 2 - [[24/10/2026|date]] 07:02 - from "Ammi Jaan" (the father's mother, [[Zubaida Begum|name]]), 1:31
"Beta, [[Tariq|name]] acha larka hai... tumhari wajah se bachay thaane gaye." (Daughter, [[Tariq|name]] is a good boy; because of
you the children went to the police station.) She says that [[Zaki|name]] can stay with her in [[Savile Town|place]] "and go to
the madrassa on [[Warren Street|address]] with his cousin [[Ayaan|name]]".

Voice note 3 - [[26/10/2026|date]] 19:40 - from "Bhai [[وقار|name]]" ([[Waqar|name]], her brother), [[+92 344 8120597|phone]], 2:05
"[[رخسانہ|name]] meri behen, tusi fikr na karo. Main [[Dadyal|place]] toh [[Islamabad|place]] jaa ke visa da pata karaan ga."
(My sister, don't worry. I will go from [[Dadyal|place]] to [[Islamabad|place]] and find out about a visa.) "Cousin [[Sajid|name]]
[[Bradford|place]] wala tenu lai jaye ga." (Cousin [[Sajid|name]], the one in [[Bradford|place]], will take you.)

Voice note 4 - [[27/10/2026|date]] 16:22 - from "[[Aleena|name]] 💜" (her daughter), 0:20, in English
"mum im at [[amber|name]]s after school, her mum [[Saima|name]] said its ok, dont tell dad where i am"

Translator's note: "Ammi Jaan", "Bhai" and "Beta" are kinship or affectionate words; "[[Zaki|name]]" is [[Zakariya|name]].
"""),
]

DOCS_C += [
    ("IDVA's handwritten safety-planning notes, scanned and OCR'd", """[scanned 2 pages - OCR text, not corrected - Spen Refuge
outreach]
IDVA NOTES    Client: [[Rukhsaua lqbal|name]]      Date: [[3l/10/26|date]]      Worker: [[S. Leeds|name]]
Venue: Batley Library (private room), interpreter Mrs [[Nasreen Aslam|name]] (phone)
Children: [[A1eena|name]] 13, [[Zakariya|name]] 7, [[Harnza|name]] 2
- Says T. bail cond: not to go to [[9 Warwick Rd|address]] or
  contact her. He has been seen in car outside on [[28th|date]] and [[30th|date]] - ncighbour Mrs [[Kaur|name]] at [[no 11|address]]
  saw him ([[Gurpreet Kaur|name]], [[07561 788 714|phone]], happy to give statement)
- Passport + BRP: he has them, at his mum's in [[Savi1e Town|place]]. Police to ask - PC [[Akrarn|name]] (OCR) = PC [[Naila Akram|name]]
- Money: no acct in her name. Child benefit goes to [[Tariq|name]]'s Halifax acct. Referral to Citizens Advice Batley for
  the DDV concession + UC.
- [[Aleena|name]] is "like a mother" to the boys - does [[Hamza|name]]'s bottle + nursery run. Wants to be a midwife.
  Friend [[Amber|name]]'s mum [[Saima Rafiq|name]] ([[07723 994 771|phone]]) = safe house in emergency, lives on
  [[Track Road|address]], [[Batley Carr|place]].
- Brother [[Waqar|name]] in [[Mirpur|place]] / [[Dadyal|place]] - she is scared he will "send someone" to [[Tariq|name]]. He is
  not a risk to her. His UK number? [[07978 512 866|phone]] (cousin [[Sajid Mahmood|name]], [[Bradford|place]] -
  [[Manningham|place]]).
- Refuge? She does NOT want to leave [[Batley|place]] - the boys' school, the masjid, her friend [[Parveen|name]] from
  the sewing class at the community centre on [[Purlwell Lane|address]].
SAFETY PLAN: code word with [[A1eena|name]] = "chai". 999 + 55. Target hardening (Safer Kirklees) booked
[[4/11|date]]. Sanctuary door. Next appt Thurs [[5 Nov|date]] 11am, same place.
MARAC: [[l2 Nov 2026|date]] (Kirklees North).
                                                    signed [[S Leeds|name]]  IDVA   tel [[07776 338 259|phone]]
"""),
]

DOCS_C += [
    ("Team Around the Family review meeting minutes", """TEAM AROUND THE FAMILY (TAF) REVIEW - MINUTES
Family: [[Hussain|name]] / [[Iqbal|name]]      Date: Tuesday [[8th December 2026|date]]    Venue: [[Batley Carr Primary School|school]]
Lead professional: [[Sophie Leeds|name]] (IDVA, Spen Refuge) - [[sophie.leeds@spenrefuge.org.uk|email]]
Present: [[Rukhsana Iqbal|name]] (mum); [[Aleena Hussain|name]] (for item 3 only); Mrs [[Amber Rashid|name]] (DSL,
[[Batley Girls'|school]]);
Mr [[Dean Walker|name]] (Head, [[Batley Carr Primary|school]]); [[Janet Hirst|name]] (Health Visitor); [[Halima Patel|name]]
(Early Support, Kirklees); interpreter [[Nasreen Aslam|name]] (Pahari/Urdu). Apologies: [[Claire Whiteley|name]] (MASH).

1. Update since the strategy meeting of [[16 October|date]]
[[Tariq Hussain|name]] was charged on [[2.11.2026|date]] with ABH and controlling or coercive behaviour, remanded on bail to
his mother's address in [[Savile Town|place]]. Trial fixed for [[19
April 2027|date]] at Kirklees Magistrates' Court. The passports were handed in at Dewsbury Police Station on [[10
November|date]] by his brother [[Imtiaz Hussain|name]].

2. Mum's wishes
[[Rukhsana|name]] said (through [[Nasreen|name]]): "I want to stay here, in this house, with my children. I am learning English
at the Al-Hikmah centre on Tuesdays. My brother [[Waqar|name]] is calm now." She has her own bank account since [[19/11|date]].

3. [[Aleena|name]]'s voice
[[Aleena|name]] said she is "sleeping properly now" and likes the young carers' group at [[Heckmondwike|place]] ("[[Mariam|name]] who
runs it is funny"). She does not want to see her dad yet. She asked that her nani in [[Mirpur|place]], [[Shamim Akhtar|name]]
([[+92 5827 442816|phone]]), is not told about the court case. Attendance now 94%.

4. The boys
[[Zakariya|name]] is doing well; Mr [[Walker|name]] says he talks about "Dada's house in [[Savile Town|place]]" and plays with his
cousin [[Ayaan|name]] at the madrassa. [[Hamza|name]] had his 1-year review with [[Janet|name]] on [[24 November 2026|date]]
(late, at 2 years 5 months); speech is behind; referral to speech and language therapy and a place at [[Little Gems
Nursery|school]] from [[4th January|date]] (2-year funding).

5. Actions
- [[Sophie|name]]: DDV concession letter and Home Office application - by [[18/12/26|date]]
- [[Halima|name]]: ESOL entry level 2 place at Batley Adult Learning; food bank voucher for the winter break
- [[Amber Rashid|name]]: keep [[Aleena|name]] on the young carers' list; tell [[Sophie|name]] of any contact from
[[Tariq|name]]'s family
- Next TAF: [[2 February 2027|date]], 9:30, [[Batley Carr Primary|school]]
Minutes taken by [[Halima Patel|name]]; sent to all by email on [[9/12/2026|date]].
"""),
]


# --- D. Lokhandwala / Kapadia family (Dawoodi Bohra, Gujarati speaking), Westtown, Dewsbury, family in Surat and Dubai -------

HOME_D = d.Address("12 Moorlands Road", "Westtown", "Dewsbury", "WF13 2LP")
NANI_D = d.Address("Flat 402, Saifee Apartments, Zampa Bazaar", "", "Surat", "395003")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Huzaifa", "Lokhandwala")], dt.date(2018, 2, 6), addresses=[HOME_D], ids=["591 886 9808", "T382145018446"],
       schools=["Westtown Brook Primary School"]),
    _p("s", "sibling", [("Alefiyah", "Lokhandwala")], dt.date(2021, 9, 21), addresses=[HOME_D], ids=["528 987 1454"]),
    _p("s2", "sibling", [("Murtaza", "Lokhandwala")], dt.date(2026, 7, 30), addresses=[HOME_D], ids=["741 433 3132"]),
    _p("m", "mother", [("Sakina", "Lokhandwala")], dt.date(1993, 4, 11), addresses=[HOME_D], phones=["07942 621 263"]),
    _p("f", "father", [("Mustafa", "Lokhandwala")], dt.date(1988, 10, 19), addresses=[HOME_D], phones=["07969 751 606"],
       emails=["mustafa.lokhandwala88@gmail.com"], ids=["SP 17 55 80 A"]),
    _p("g", "grandparent", [("Rashida", "Kapadia")], dt.date(1964, 1, 4), addresses=[NANI_D], phones=["+91 98251 47306"]),
    _p("p1", "professional", [("Joanne", "Heaton")], phones=["07507 773 082"], emails=["joanne.heaton@calderspen.gov.uk"]),
], "c")

DOCS_D = [
    ("GP's safeguarding letter to children's social care", """Crow Nest Medical Practice - Safeguarding

Private and confidential - safeguarding
To: Duty and Advice, Children's Social Care, Calder Spen Council
Date: [[17th November 2026|date]]

Re: [[Huzaifa LOKHANDWALA|name]], DOB [[6 February 2018|dob]], NHS No [[591 886 9808|nhs]]
    [[12 Moorlands Road|address]], [[Westtown|place]], [[Dewsbury|place]] [[WF13 2LP|postcode]]
Also: mother [[Sakina Lokhandwala|name]] (DOB [[11/04/1993|dob]]); baby [[Murtaza|name]] (DOB [[30/07/2026|dob]], NHS
[[741 433 3132|nhs]])

Dear colleague,
I saw [[Huzaifa|name]] this morning with his mother. He is 8, has a diagnosis of autism (Calderdale and Huddersfield
NHS Foundation Trust, 2023) and is minimally verbal. His mother brought him because of "a rash". On examination there are
linear, parallel bruises, 4-6 cm long and about 1 cm apart, on the back of both thighs, of differing colours (purple and
yellow-green), and a healing loop-shaped mark on the left buttock. Mrs [[Lokhandwala|name]] (through her sister-in-law
[[Tasneem|name]], who came to interpret in Gujarati) first said he had
fallen on the stairs, and then, when [[Tasneem|name]] had left the room, that her husband "gives him the belt when he runs into
the road" and that he is "very tired since the baby". She scored 19 on the EPDS today. She asked me not to tell her husband
she had said this. She is going to her sister [[Zahra Bharmal|name]] in [[Savile Town|place]] this afternoon with all three
children and her sister's phone is [[07877 372 026|phone]].

[[Huzaifa|name]]'s sister [[Alefiyah|name]] (5) was with them and had no visible injuries. The baby is thriving (weight on the
50th centile at his 8-week check on [[24/09/2026|date]] with Dr [[Hannah Sunderland|name]]).

I have not spoken to the father, Mr [[Mustafa Lokhandwala|name]] ([[07969 751 606|phone]]). I have photographed the marks
with consent and will send them through the secure route. I would be grateful for a strategy discussion today.

Yours sincerely,
Dr [[Ibrahim Seedat|name]]
GP Safeguarding Lead, GMC 7134802
cc Health visitor [[Gillian Ramsden|name]]; school nurse [[Mandy|name]] ([[Westtown Brook Primary|school]])
"""),
]

DOCS_D += [
    ("father's own handwritten letter to the social worker", """[[12 Moorlands Road|address]]
[[Westtown|place]]
[[Dewsbury|place]]
[[WF13 2LP|postcode]]
[[23-11-2026|date]]

Dear Mrs [[Joanne Heaton|name]],

I am writing this letter myself because at the meeting on friday I could not say everything and my english is better when I
write. I am [[Mustafa Lokhandwala|name]], father of [[Huzaifa|name]], [[Alefiyah|name]] and [[Murtaza|name]].

First I want to say sorry. I hit [[Huzaifa|name]] with my belt two times in November. He ran out of the house on to [[Halifax
Road|address]] when the bus was coming and I was very frightened, I thought he would die. In my family in [[Surat|place]] my
father did this to me and my brother [[Shabbir|name]] and we thought it is normal. I know now in this country it is not
allowed and it is not good for a child with autism who does not understand. I have thrown the belt away. I have told
Aamil saheb at our masjid and he also said it is wrong and I must do the parenting course.

Second, my wife [[Sakina|name]] is not well since [[Murtaza|name]] was born. She cries all day. Her mother [[Rashida Kapadia|name]] is
in [[Surat|place]] and cannot get a visa quickly. My brother [[Shabbir Lokhandwala|name]] in [[Dubai|place]]
([[+971 50 417 2268|phone]])
has offered to pay for her ticket. Please can you write a letter for the visa? Her address is [[Flat 402, Saifee
Apartments, Zampa Bazaar|address]], [[Surat|place]] [[395003|postcode]].

I am staying now with my friend [[Yusuf Rangwala|name]] at [[41 Headfield Road|address]], [[Savile Town|place]], as you asked,
until the assessment is finished. I see the children at [[Zahra|name]] bhen's house on Sundays with her husband [[Aliasgar|name]]
there all the time. [[Huzaifa|name]] still lines up his cars for me.

I will do anything you say. My number is [[07969 751 606|phone]] and my email [[mustafa.lokhandwala88@gmail.com|email]].

Yours faithfully
[[M. Lokhandwala|name]]
([[Mustafa|name]])
"""),
]

DOCS_D += [
    ("ClassDojo message thread exported by the school", """ClassDojo - Messages - exported [[01/12/2026|date]] by
[[Westtown Brook Primary|school]] (DSL request)
Class: Oak (Year 3/4 ASD resource base)     Student: [[Huzaifa L.|name]]     Teacher: Miss [[Aisha Bulbulia|name]]

[[Nov 3, 2026|date]] 3:41 PM  Miss [[Bulbulia|name]]: Hi! [[Huzaifa|name]] had a lovely day - he used his PECS to ask for the
trampoline 🙂
[[Nov 3, 2026|date]] 6:02 PM  [[Mustafa L.|name]] (Parent): thank you miss. he is very happy when he comes home
[[Nov 10, 2026|date]] 9:15 AM Miss [[Bulbulia|name]]: [[Huzaifa|name]] seems very tired today and keeps holding his leg. Is he OK?
[[Nov 10, 2026|date]] 9:58 AM [[Mustafa L.|name]] (Parent): he fell on the stairs. he is fine
[[Nov 16, 2026|date]] 8:20 AM [[Sakina L.|name]] (Parent): salaam miss [[huzaifa|name]] will be late, going to doctor
[[Nov 16, 2026|date]] 8:22 AM Miss [[Bulbulia|name]]: No problem, thank you for letting us know!
[[Nov 18, 2026|date]] 4:10 PM [[Sakina L.|name]] (Parent): miss [[aisha|name]] please can [[zahra|name]] pick up [[huzaifa|name]] and
[[alefiyah|name]] from now. she is my sister. [[zahra bharmal|name]]. her car is red nissan [[YG70 BZU|vehicle]]
[[Nov 18, 2026|date]] 4:30 PM Miss [[Bulbulia|name]]: Thank you. I have told the office (Mrs [[Farida Hussain|name]]) and she
has added [[Zahra|name]] to the collection list. Please bring her photo ID the first time.
[[Nov 24, 2026|date]] 7:55 AM [[Zahra B.|name]] (Parent - added by school): good morning, [[alefiyah|name]] has a cough but is coming in
[[Nov 24, 2026|date]] 8:01 AM Miss [[Bulbulia|name]]: Thanks [[Zahra|name]]. [[Alefiyah|name]]'s teacher is Mrs [[Holroyd|name]]
in Reception - I'll pass it on.
[[Nov 27, 2026|date]] 3:30 PM Miss [[Bulbulia|name]]: Please see the photo of [[Huzaifa|name]] on the walk to Crow Nest Park today 🍂 He
held [[Idris|name]]'s hand all the way!
[[Nov 27, 2026|date]] 5:12 PM [[Mustafa L.|name]] (Parent): Thank you miss. Please send more photos, I see him only on sunday now
[[Nov 30, 2026|date]] 2:14 PM Miss [[Bulbulia|name]]: Reminder: winter fair on Friday [[11th|date]] at 2pm. All families welcome.
"""),
]

DOCS_D += [
    ("child and family assessment, analysis and genogram sections", """CHILD AND FAMILY ASSESSMENT - LOKHANDWALA CHILDREN
(extract: sections 4 to 6)
Social worker: [[Joanne Heaton|name]]      Manager: [[Peter Crowther|name]]      Start [[17.11.2026|date]]   Completed
[[14.12.2026|date]]

4. Family composition and genogram
[[Sakina|name]] drew the genogram with me on [[26 November|date]] and wrote the children's names in Gujarati beside the English:
[[હુઝૈફા|name]] ([[Huzaifa|name]], 8), [[અલેફિયા|name]] ([[Alefiyah|name]], 5) and [[મુર્તઝા|name]] ([[Murtaza|name]], 4
months). Her own
name she wrote as [[સકીના|name]]. Maternal side: mother [[Rashida Kapadia|name]] (62) in [[Surat|place]]
([[સુરત|place]]); father [[Hatim Kapadia|name]]
died [[14 March 2019|date]]; sister [[Zahra Bharmal|name]] (36), [[33 Ward Street|address]], [[Savile Town|place]], married to
[[Aliasgar Bharmal|name]], two children ([[Idris|name]] 8, [[Insiya|name]] 3). Paternal side: [[Mustafa|name]]'s parents live in
[[Sidhpur|place]]; brother [[Shabbir|name]] in [[Dubai|place]] ([[Al Karama|place]]); sister [[Tasneem Lokhandwala|name]] (29)
lives with
the family at [[12 Moorlands Road|address]] and works at a pharmacy in [[Thornhill|place]].

5. Analysis
[[Huzaifa|name]] has been physically chastised with a belt, causing bruising on at least two occasions in
November (by [[Mustafa|name]]'s account the [[8th|date]] and the [[15th|date]]). The risk arose at the point where
his autism and road-running met a father's fear and his own experience of being hit as a child in [[Surat|place]]. [[Mustafa|name]]
has owned what he did in writing (letter of [[23/11/26|date]]), moved out to [[Yusuf Rangwala|name]]'s in [[Savile Town|place]] and
started the Triple P Stepping Stones course at the Dewsbury Family Hub.
[[Sakina|name]] has moderate post-natal depression. Her perinatal mental health worker, [[Deborah Kaye|name]], visits weekly.
[[Tasneem|name]] interprets for her at appointments, which gives [[Tasneem|name]] a lot of say; I have used a Language Line
interpreter instead since [[1 December|date]]. The community (the jamaat at Masjid-e-Saifee and the Bohra ladies' group that
[[Zahra|name]] runs) is a strong protective factor; the Aamil, Shaikh [[Qutbuddin Dahodwala|name]], has
said physical punishment is not accepted and offered to sit in on a family meeting.

6. Plan (child in need, reviewed at [[Westtown Brook Primary|school]] on [[11 January 2027|date]])
- [[Mustafa|name]] back home when Triple P is complete and a safety plan for road-running is in place (door alarm, a
  harness on walks, [[Huzaifa|name]]'s "stop" card) - [[Joanne|name]] / Mr [[Haroon Mulla|name]], autism outreach
- Visa support letter for [[Rashida Kapadia|name]] ([[+91 98251 47306|phone]]) - sent [[10/12/2026|date]]
- [[Huzaifa|name]] to the Child Development Centre at Dewsbury and District Hospital for a sensory review
- [[Sakina|name]]: perinatal team; Home-Start Kirklees volunteer ([[Margaret Greenwood|name]], Tuesdays)
Signed: [[J. Heaton|name]]  [[joanne.heaton@calderspen.gov.uk|email]]  [[07507 773 082|phone]]
"""),
]


# --- E. Daher / Houssein family (Djiboutian, Somali and French speaking), Dewsbury Moor, family in Balbala and Marseille -----

HOME_E = d.Address("Flat 6, Cedar Court", "Dewsbury Moor", "Dewsbury", "WF13 3QA")
AUNT_E = d.Address("27 boulevard de la Savine", "", "Marseille", "13015")
COUSIN_E = d.Address("88 Dale Street", "Highfields", "Leicester", "LE2 0EA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Hibo", "Daher")], dt.date(2012, 9, 2), addresses=[HOME_E], ids=["735 741 3667", "R382164276831"],
       schools=["Thornhill Community Academy"]),
    _p("s", "sibling", [("Ilyas", "Daher")], dt.date(2017, 12, 15), addresses=[HOME_E, COUSIN_E], ids=["783 068 3638"]),
    _p("m", "mother", [("Kadra", "Houssein Ali")], dt.date(1990, 5, 5), addresses=[HOME_E], phones=["07465 298 122"],
       ids=["464 904 4707"]),
    _p("f", "father", [("Daher", "Robleh Guedi")], dt.date(1982, 2, 1), phones=["+253 77 84 21 36"]),
    _p("a", "aunt", [("Fathia", "Houssein")], addresses=[AUNT_E], phones=["+33 6 12 48 73 95"]),
    _p("p1", "professional", [("Grace", "Dewsbury")], phones=["07908 434 682"], emails=["grace.dewsbury@calderspen.gov.uk"]),
], "c")

DOCS_E = [
    ("private fostering notification form from a school", """PRIVATE FOSTERING - NOTIFICATION TO THE LOCAL AUTHORITY (form PF1)
Notifier: [[Thornhill Community Academy|school]] (DSL Mr [[Curtis Blake|name]], tel [[01924 805 499|phone]])  Date: [[05/10/2026|date]]

Child's full name ........ [[Ilyas DAHER|name]]
Other names used ......... "[[Ilyaas|name]]", "[[Ilyas Daher Robleh|name]]" (on his French papers)
Date of birth ............ [[15/12/2017|dob]]        NHS no. [[783 068 3638|nhs]]
Home address (parent) .... [[Flat 6, Cedar Court|address]], [[Dewsbury Moor|place]], [[Dewsbury|place]] [[WF13 3QA|postcode]]
Where the child now lives  [[88 Dale Street|address]], [[Highfields|place]], [[Leicester|place]] [[LE2 0EA|postcode]]
With ..................... [[Mohamed Ismail Farah|name]] (described as "cousin of the father"), [[07436 955 565|phone]], and his wife
                           [[Amina Warsame|name]]
Since .................... about [[14 September 2026|date]] (first day absent here: [[15.09.26|date]])
Intended length .......... "until mum is better" - not known
Parent(s) ................ mother [[Kadra HOUSSEIN ALI|name]] ([[07465 298 122|phone]]); father [[Daher ROBLEH GUEDI|name]], in
                           [[Balbala|place]], [[+253 77 84 21 36|phone]] (not in UK)
Why the school thinks this: [[Ilyas|name]]'s sister [[Hibo|name]] (Y9) told her form tutor, Ms [[Precious Nwosu|name]], on
[[2/10|date]] that
"[[Ilyas|name]] went to [[Leicester|place]] because mum can't walk since the stroke". A request for his records came on
[[29.09.2026|date]]
from [[Medway Community Primary|school]], [[Leicester|place]].
Other: [[Hibo|name]]'s attendance 62% this half-term. She says she does the shopping at the Lidl on [[Bradford Road|address]] and takes mum
to Dewsbury and District Hospital. Mum's friend [[Deeqa|name]] from the Somali women's group helps.
Signed [[C. Blake|name]]
"""),
]

DOCS_E += [
    ("WhatsApp messages in French and Somali, typed up and translated by an interpreter", """WhatsApp - from
[[Hibo Daher|name]]'s phone, shown to the social worker on [[20/10/2026|date]] and typed up with her consent.
Translation by [[Abdourahman Moussa|name]] (interpreter, French/Somali). Contacts as saved in [[Hibo|name]]'s phone.

Aabo 🇩🇯 ([[+253 77 84 21 36|phone]]), [[12/10/2026|date]] 22:40:
  "[[Hibo|name]] macaanta, sidee tahay? Hooyo sidee tahay? [[Ilyas|name]] ma joogaa [[Leicester|place]]?"
  ([[Hibo|name]] my sweet, how are you? How is Mum? Is [[Ilyas|name]] in [[Leicester|place]]?)
Me, 22:52: "Haa aabo. Hooyo way ka fiicantahay. [[Maxamed|name]] ayaa haya [[Ilyas|name]]." (Yes Dad. Mum is better.
[[Mohamed|name]] has [[Ilyas|name]].)
Tata [[Fathia|name]] ([[+33 6 12 48 73 95|phone]]), [[14/10|date]] 08:15:
  "Ma chérie, je peux venir de [[Marseille|place]] pour les vacances de la Toussaint. Je prends le train à [[Paris|place]] et
  l'Eurostar jusqu'à [[Londres|place]]. Tu peux dire à l'assistante sociale que je suis d'accord pour garder [[Ilyas|name]] chez
  moi, [[27 boulevard de la Savine|address]], [[13015|postcode]]."
  (My darling, I can come from [[Marseille|place]] for the All Saints holidays. I'll take the train to [[Paris|place]] and the
  Eurostar to [[London|place]]. You can tell the social worker I'm happy to keep [[Ilyas|name]] at mine,
[[27 boulevard de la Savine|address]],
  [[13015|postcode]].)
Me, 08:20: "merci tata. mme [[grace|name]] vient jeudi" (thanks auntie. Mrs [[Grace|name]] is coming Thursday)
[[Ilyas|name]] ⚽ ([[07417 796 647|phone]] - [[Mohamed Farah|name]]'s phone), [[15/10/2026|date]] 19:03, voice note 0:22:
  "[[Hibo|name]] I want to come home. [[Amina|name]] says I can't play out. I miss [[Yahye|name]] and [[Kayden|name]] from
  football. Tell hooyo I love her."
Eedo [[Nimco|name]] ([[07419 993 104|phone]]), [[16/10/2026|date]] 11:30:
  "[[Hibo|name]], waxaan imaanayaa [[Dewsbury|place]] Sabtida. Hooyadaa u sheeg." ([[Hibo|name]], I'm coming to [[Dewsbury|place]] on
  Saturday. Tell your mother.) - [[Nimco Abdillahi|name]] lives in [[Sheffield|place]] ([[Burngreave|place]]), Mum's cousin.
Interpreter's note: "Aabo" is Dad, "Hooyo" is Mum, "Eedo" is auntie, "Tata" is auntie in French; "[[Maxamed|name]]"
is the Somali spelling of "[[Mohamed|name]]". The flag 🇩🇯 is [[Hibo|name]]'s own. Djibouti numbers start +253.
"""),
]

DOCS_E += [
    ("young carer's needs assessment", """YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s.17ZA)
Young carer: [[Hibo DAHER|name]]    DOB: [[2nd September 2012|dob]]    UPN: [[R382164276831|upn]]    NHS: [[735 741 3667|nhs]]
School: [[Thornhill Community Academy|school]] (Year 9)    Address: [[Flat 6|address]], [[Cedar Court|address]], [[Dewsbury Moor|place]]
Person cared for: [[Kadra Houssein Ali|name]] (mother), NHS [[464 904 4707|nhs]] - left-sided weakness after a stroke on
[[3 August 2026|date]]; sickle cell disease
Assessor: [[Grace Dewsbury|name]], Social Worker, with [[Kelsey Oates|name]], Kirklees Young Carers
Interpreter for the mother: [[Abdourahman Moussa|name]] (Somali). Visits: [[20 Oct|date]], [[22 Oct|date]] and [[29 Oct 2026|date]].

What [[Hibo|name]] does: gets up at 6 to help her mum wash and dress; does the insulin reminder and the sickle cell
tablets; cooks; takes the 202 bus with her mum to hospital appointments and interprets (French and Somali to English);
does the food shop at Lidl; reads all the post (letters from the Home Office, Kirklees Council housing and the
GP at Eightlands Surgery). Since [[Ilyas|name]] went to [[Leicester|place]] she has also been sending him her own dinner money
"for credit".

What [[Hibo|name]] says: "I'm not a carer, I'm her daughter. In [[Djibouti-ville|place]] my grandma [[Halima|name]] did everything
for us and now it's my turn." She wants to be a pharmacist. She misses netball and her friends [[Sumaya|name]] and
[[Ruby-Leigh Hinchliffe|name]]. She would like [[Ilyas|name]] home "by Christmas at the latest".

Mother's view (through [[Abdourahman|name]]): [[Kadra|name]] cried and said she sent [[Ilyas|name]] to [[Mohamed|name]] because she
was ashamed that [[Hibo|name]] was doing everything. She did not know that this is private fostering. She wants a carer to
come in the mornings. Her sister, Mme [[Fathia Houssein|name]], can come from [[Marseille|place]] for two weeks from
[[24th October|date]].
Her husband is in [[Balbala|place]] awaiting a decision on family reunion; his brother [[Ahmed Robleh|name]] in [[Cardiff|place]]
([[Butetown|place]]) rings every night.

Outcome: adult social care assessment for [[Kadra|name]] requested (Kirklees Adult Social Care, [[28/10/2026|date]]);
Young Carers group on Wednesdays at the [[Dewsbury Moor|place]] community centre; school to give [[Hibo|name]] a pass to
phone home at break; [[Ilyas|name]] - private fostering assessment of [[Mohamed Ismail Farah|name]] and [[Amina Warsame|name]] by
Leicester City Council (contact [[Priya Mistry|name]], [[0116 454 1004|phone]]), or a plan for his return.
"""),
]

DOCS_E += [
    ("email chain between the school, the social worker and a Leicester social worker", """From: [[Priya Mistry|name]]
<[[priya.mistry@leicester.gov.uk|email]]>
Sent: Thu, [[12 Nov 2026|date]] 09:47
To: [[Grace Dewsbury|name]] <[[grace.dewsbury@calderspen.gov.uk|email]]>
Cc: [[Curtis Blake|name]] <[[c.blake@thornhillca.org.uk|email]]>
Subject: RE: RE: PF - [[Ilyas Daher|name]] ([[15.12.17|dob]]) - going home?

Hi [[Grace|name]],
I visited [[88 Dale Street|address]] yesterday. [[Ilyas|name]] is well cared for but has not been in school in [[Leicester|place]] for
two weeks because Mr [[Farah|name]] works nights and [[Amina|name]] is due a baby
on [[20 November|date]]. Both say he should go home to his mother now that her care package starts on [[16/11|date]]. [[Ilyas|name]]
said he wants "my own bed and [[Hibo|name]]". I agree. Can you take it from here? [[Mohamed|name]] can drive him up on Saturday
[[14th|date]] (black Toyota Prius [[FN67 LKD|vehicle]], he drives for Uber).
Thanks, [[Priya|name]]
[[Priya Mistry|name]] | Social Worker | Leicester City Council | [[0116 454 1004|phone]]

> From: [[Grace Dewsbury|name]]
> Sent: [[10 November 2026|date]] 16:20
> To: [[Priya Mistry|name]]; [[Curtis Blake|name]]
> Subject: RE: PF - [[Ilyas Daher|name]]
> [[Priya|name]] - mum's carers (Kirklees Reablement, mornings and evenings) start on the [[16th|date]]. Her sister [[Fathia|name]] has
> been here since [[24/10|date]] and flies back from Manchester Airport on [[19 Nov|date]]. [[Hibo|name]] has been at school every
> day this month. I would like [[Ilyas|name]] home. [[Curtis|name]], can [[Ilyas|name]] have his place back at
> [[Thornhill Junior and Infant|school]]? His old teacher was Mrs [[Joy Lees|name]].
>
>> From: [[Curtis Blake|name]]
>> Sent: [[09/11/2026|date]] 08:02
>> Yes - I've checked with [[Thornhill J&I|school]] ([[Sue|name]] in the office) and he can start on the [[16th|date]]. [[Hibo|name]]
>> asked me to say "tell [[Ilyas|name]] [[Yahye|name]] kept his peg". [[Curtis|name]]
"""),
]


# --- F. Hallas / Lister family (white British), Soothill, Batley, a care leaver's baby, with a grandmother in Staincliffe ------

HOME_F = d.Address("Flat 2, 7 Soothill Lane", "Soothill", "Batley", "WF17 6HR")
NAN_F = d.Address("40 Staincliffe Hall Road", "Staincliffe", "Batley", "WF17 7QX")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Nevaeh-Rose", "Lister")], dt.date(2026, 9, 28), addresses=[HOME_F], ids=["793 070 7113"]),
    _p("m", "mother", [("Skye", "Hallas")], dt.date(2007, 3, 1), addresses=[HOME_F], phones=["07765 895 542"],
       ids=["756 488 4282", "PN 28 63 17 D"]),
    _p("f", "father", [("Brandon", "Lister")], dt.date(2006, 5, 24), addresses=[HOME_F], phones=["07534 546 553"]),
    _p("g", "grandparent", [("Dawn", "Lister")], dt.date(1979, 8, 8), addresses=[NAN_F], phones=["01924 655 959"]),
    _p("p1", "professional", [("Kerry", "Gledhill")], phones=["07969 610 728"], emails=["kerry.gledhill@calderspen.gov.uk"]),
], "c")

DOCS_F = [
    ("maternity discharge planning meeting notes", """DISCHARGE PLANNING MEETING - MATERNITY / NEONATAL - Pinderfields Hospital,
Gate 46 seminar room
Date: Wednesday [[7th October 2026|date]]   Time: 14:00   Notes by: [[Lynsey Firth|name]], Safeguarding Midwife
Baby: [[Nevaeh-Rose LISTER|name]], born [[28/09/2026|dob]] at 35+2 weeks, NHS [[793 070 7113|nhs]], on the neonatal unit (feeding)
Mother: [[Skye HALLAS|name]] (19), DOB [[01/03/2007|dob]], care leaver (Calder Spen), [[07765 895 542|phone]]
Father: [[Brandon LISTER|name]] (20), [[07534 546 553|phone]]
Home: [[Flat 2|address]], [[7 Soothill Lane|address]], [[Soothill|place]], [[Batley|place]] [[WF17 6HR|postcode]] (1-bed,
Pennine Housing)
Present: [[Skye|name]]; [[Brandon|name]]; [[Dawn Lister|name]] (paternal grandmother); [[Kerry Gledhill|name]] (Social Worker, pre-birth
assessment); [[Jade Moorhouse|name]] (Personal Adviser, Leaving Care); Sister [[Amanda Pratt|name]] (neonatal unit);
[[Gemma Haigh|name]] (Health
Visitor); [[Sandra Holt|name]] ([[Skye|name]]'s former foster carer, invited by [[Skye|name]]).

Background: pre-birth child protection plan (category: emotional abuse / domestic abuse) since [[14 July 2026|date]]. Two
police call-outs to the flat in the summer ([[2/7|date]] and [[19/8|date]]) after neighbours heard shouting; on the second,
[[Skye|name]]
had a mark on her neck and [[Brandon|name]] was arrested, NFA. [[Brandon|name]] has done 6 of 12 sessions of the Caring Dads
programme. [[Skye|name]] was in foster care with [[Sandra|name]] and [[Phil Holt|name]] in [[Mirfield|place]] from the age of 11
and then in
supported accommodation in [[Heckmondwike|place]].

Discussion
- Feeding: [[Nevaeh-Rose|name]] is now on 3-hourly bottles, taking 60 ml; [[Skye|name]] has done all night feeds on the ward since
  [[3/10|date]]. Weight 5 lb 2 oz.
- Home: the flat has a cot, a Moses basket and a steriliser (seen by [[Kerry|name]] on [[5 October|date]]). Smoke alarm fitted by
  West Yorkshire Fire on [[6.10.26|date]]. [[Brandon|name]] smokes - agreed outside only, on the landing, never with the baby.
- Support: [[Dawn|name]] will come every morning 8-10 before her shift at Asda Batley; [[Sandra Holt|name]] ([[07930 917 934|phone]]) on
  Saturdays. [[Skye|name]]'s best friend [[Tegan|name]] ("[[Teg|name]]") lives at [[no. 5|address]] in the same block.
- [[Skye|name]] said: "Everyone's waiting for me to mess up because of my mum. I'm not her." (Her mother, [[Leanne Hallas|name]], is
  believed to live in [[Doncaster|place]]; no contact since 2021.)
- [[Brandon|name]] said he "would never hurt a baby" and that the police call-outs were "just arguments".

Decision: discharge home on [[9th October|date]] if weight gain continues; [[Kerry|name]] to visit [[10/10|date]]; HV new birth visit
by [[Gemma|name]] within 10 days; core group [[15 October 2026|date]]; [[Jade|name]] to apply for the leaving care setting-up
grant top-up.
"""),
]

DOCS_F += [
    ("police officer's log of a neighbour's doorbell camera recording", """WYP - EXHIBIT LOG - DOORBELL CAMERA FOOTAGE (Ring),
provided by Mr [[Keith Bottomley|name]], [[Flat 3|address]], [[7 Soothill
Lane|address]], [[Batley|place]]    Crime ref 13260419882    Viewed by PC 6271 [[Ryan Hallas|name]]* on [[03/11/2026|date]]
(*no relation to the family - declared to my sergeant, Sgt [[Nadeem Bi|name]])

Clip 1 - [[01/11/2026|date]] 23:48:10 to 23:50:02 - landing outside [[Flat 2|address]] (audio only for the first 40 s)
  23:48:10  Male voice (believed [[Brandon LISTER|name]]): "...where's my fucking phone [[Skye|name]]?"
  23:48:15  Female voice (believed [[Skye HALLAS|name]]): "I haven't got it [[Bran|name]], you left it at your mam's"
  23:48:22  Baby crying (continues to 23:49:40)
  23:48:30  Male: "You've been messaging [[Connor|name]] again ain't ya. I'll go round [[Staincliffe|place]] and do him"
  23:48:51  Loud bang (door?). Female: "Stop it, she's in my arms!"
  23:49:02  Male comes into view - white male, grey tracksuit, no top, matches [[Brandon LISTER|name]]. He kicks the door of
[[Flat 2|address]].
  23:49:40  Female voice off camera: "I'm ringing your mum." Male: "Ring her then, [[Dawn|name]]'ll tell you the same."
  23:50:02  Male walks down the stairs. End of clip.
Clip 2 - [[02/11/2026|date]] 00:21:55 to 00:22:40
  00:21:55  An older white female comes up the stairs (believed [[Dawn LISTER|name]]), knocks on [[Flat 2|address]]:
"[[Skye|name]] love it's
            me, open up." Door opens. Female ([[Skye|name]]) holding a baby, crying.
  00:22:30  [[Dawn|name]]: "He's at mine, he's not coming back tonight. Get your stuff, you're both coming to mine."
Clip 3 - [[02/11/2026|date]] 00:40:12 - [[Dawn|name]], [[Skye|name]] and the baby in a car seat leave; car outside (from the second
  camera) is a blue Corsa [[YF15 DXW|vehicle]], registered to [[Dawn Lister|name]], [[40 Staincliffe Hall Road|address]].
Mr [[Bottomley|name]] says he has heard "about four" rows like this since September and that the girl's friend from [[no. 5|address]]
([[Tegan Brearley|name]]) often takes the baby "to give her a break". Statement to follow. Footage burnt to disc EX/RH/1.
"""),
]

DOCS_F += [
    ("Universal Credit journal messages copied into the file by the mother", """(Copied and pasted by [[Skye|name]] from her UC
journal into an email to [[Jade Moorhouse|name]], her PA, on [[18/11/2026|date]],
"so you can see what they said". Names of DWP staff as shown in the journal.)

Journal - [[Skye Hallas|name]]

[[12 November 2026|date]] - You wrote
  Hi I need to tell you my partner has moved out, [[Brandon Lister|name]]. he was on my claim. Me and the baby are at his mums
  for a bit [[40 staincliffe hall rd|address]] [[WF17 7QX|postcode]] but my address is still [[flat 2 7 soothill lane|address]]. do I
  have to change it?? I dont want to lose the flat
[[12 November 2026|date]] - [[Marcus|name]] (Work coach) wrote
  Hi [[Skye|name]], thanks for letting us know. Please report a change of circumstances for your partner leaving. If you are
  staying somewhere temporarily you do not need to change your address. Kind regards, [[Marcus|name]]
[[13 November 2026|date]] - You wrote
  done it. also can I get the child element for [[nevaeh|name]] now? she was born [[28th sept|dob]]. I put her in on the
  [[1st oct|date]]
[[14 November 2026|date]] - [[Bernadette|name]] (Case manager) wrote
  Hello [[Skye|name]], we have received the birth certificate for [[Nevaeh-Rose Lister|name]]. The child element will be in your
  next payment on [[27 November 2026|date]]. Your national insurance number [[PN 28 63 17 D|ni]] is on file.
[[16 November 2026|date]] - You wrote
  [[brandon|name]] has took the bank card with the UC going in. can you pay it to a new account, my foster carer [[sandra|name]]
  is helping me open one at the nationwide in [[dewsbury|place]]
[[17 November 2026|date]] - [[Bernadette|name]] (Case manager) wrote
  Hi [[Skye|name]], I am sorry to hear this. You can change your bank details in your account. If you feel unsafe, please
  let us know and we can put a marker on your claim. You may also be eligible for a Budgeting Advance. There is help from
  the National Domestic Abuse Helpline on 0808 2000 247.
"""),
]

DOCS_F += [
    ("parenting assessment session record", """PARENTING ASSESSMENT (PAMS-informed) - SESSION 4 OF 8
Parent: [[Skye Hallas|name]]        Child: [[Nevaeh-Rose Lister|name]] ("[[Nevvie|name]]"), 10 weeks
Assessor: [[Kerry Gledhill|name]], Social Worker     Date: Friday [[4 December 2026|date]], 10:00-12:15
Venue: [[Dawn Lister|name]]'s home, [[40 Staincliffe Hall Road|address]], [[Staincliffe|place]], [[Batley|place]] [[WF17 7QX|postcode]]
Also present: [[Dawn|name]] (for the first 20 minutes, then went to work)

Since the last session ([[27/11|date]]): [[Brandon|name]] is bailed to his friend's address in [[Ossett|place]]
([[12 Healey Road|address]],
with [[Callum Ingham|name]]) with a condition not to contact [[Skye|name]] except through [[Dawn|name]] about the baby.
[[Skye|name]] has
opened a Nationwide account with [[Sandra|name]]'s help and has a new phone number, [[07868 135 915|phone]] ([[Brandon|name]]
does not have it).

Observation (feed, change, play): [[Skye|name]] made up a feed correctly, checked the temperature on her wrist, held
[[Nevaeh-Rose|name]]
semi-upright and talked to her throughout ("come on [[Nevvie|name]], come on gorgeous"). She winded her twice. She changed her on
the floor, not the bed, and kept a hand on her. When [[Nevaeh-Rose|name]] cried after the 8-week jabs site was touched, [[Skye|name]]
soothed her within about a minute. Very good attunement.

Learning task: safe sleep. [[Skye|name]] knew the Lullaby Trust messages (back to sleep, feet to foot, no bumpers) and said she had
moved the Moses basket away from the radiator in [[Dawn|name]]'s back bedroom. She did not know about not sleeping on the sofa with
the baby after a night feed; we talked it through.

[[Skye|name]]'s account: "I'm tired but I'm alright. [[Dawn|name]] is better to me than my own mum. [[Tegan|name]] came round with
[[Kai|name]] on Tuesday. I want my own flat back with no [[Bran|name]] in it, but I don't want [[Nevvie|name]] not to have a dad."
She asked if [[Brandon|name]] could see the baby at the Batley Family Hub (contact centre) and if [[Sandra|name]] could supervise;
I said I would take it to my manager, [[Stephen Ogunleye|name]].

Plan: session 5 on [[11.12.26|date]] (routines and budgeting, with the UC statement); [[Kerry|name]] to ask Pennine Housing for a
move to a flat in [[Birstall|place]] or [[Mirfield|place]] near [[Sandra|name]]; core group [[16th December|date]];
[[Gemma Haigh|name]] to
weigh [[Nevaeh-Rose|name]] on [[8 Dec|date]] at Batley Health Centre.
[[K. Gledhill|name]]  [[kerry.gledhill@calderspen.gov.uk|email]]  [[07969 610 728|phone]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E),
          (RECORD_F, DOCS_F))
NAME = "set 115 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:32 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "mam", "dad", "daddy", "aunty", "auntie", "uncle", "ammi", "abbu", "dadi", "nani", "chacha", "khala", "phuppo",
           "baji", "apa", "bhai", "bhaisaheb", "bhabhi", "mulla", "shaikh", "bapa", "motabhai", "foi", "masi", "mami",
           "hooyo", "aabo", "eedo", "abti", "ayeeyo", "tata", "mme", "tonton", "mamie", "papi", "maman", "papa", "imam", "sheikh",
           "હાજી", "મુલ્લા", "ભાઈ"}
_AFTER = {"bhen", "bhai", "baji", "apa", "ji", "sahib", "bhaisaheb", "bhabhi", "chacha", "khala", "phuppo", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "yorkshire",
               "west yorkshire", "north yorkshire", "east yorkshire", "kirklees", "calderdale", "the north", "pakistan",
               "azad kashmir", "kashmir", "punjab", "india", "gujarat", "maharashtra", "djibouti", "france", "somalia",
               "somaliland", "ethiopia", "yemen", "uae", "united arab emirates", "the emirates", "europe", "africa",
               "east africa", "the horn of africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name and after one)
# and counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
