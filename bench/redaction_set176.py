"""Set 176: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set174.py, redaction_set175.py, redaction_set177.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout, markup and
conventions followed here; the middle of set 21's documents was not read, only its start, its docstring, its last family's
last documents and its checker), the module docstrings only of bench/redaction_set7.py to redaction_set173.py (printed with
ast.get_docstring and searched for towns, districts and communities, to see which earlier sets used as a family's home), the
`_party`, `Records` and module docstring of bench/redaction_handwritten.py, and pyproject.toml's ruff settings (through
ruff). Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum
in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families in Cirencester and Tewkesbury, Gloucestershire, each from a town or district no earlier set (7 to 173) used as a
family's home (Cirencester appears in no earlier docstring; of Tewkesbury, only a father in set 52 lived there, in no named
district). Four white British families: a mother of two in Watermoor, Cirencester, with a grandmother in Siddington (Cole /
Daw / Organ; neglect, an empty fridge, a boy of 9 making his sister's tea, school attendance, an early help self-referral), a
family in Stratton, Cirencester, with a grandmother in Abbey Way and the father's mother in Preston (the village) (Hatherall /
Bick; domestic abuse, a boy of 15 punched stepping between his parents, a girl of 11 hiding, bail conditions, a safety plan),
a boy of 14 in Priors Park, Tewkesbury, criminally exploited in county lines to Kings Heath, Birmingham (Sollis / Meek /
Rudge; missing episodes, a brick through the window, a move to his father in Ashchurch) and young parents in Newtown,
Tewkesbury (Merrett / Attwood; a spiral femur fracture in a baby of 4 months, a strategy discussion, discharge to a
grandmother in Hesters Way, Cheltenham). Two from communities no earlier set used (no earlier docstring names Dagestan,
Avar or Manouche): an Avar family from Dagestan in Chesterton, Cirencester (Magomedov / Gadzhieva; a girl of 12 to be engaged
to a cousin of 19, a forced marriage protection order, family in Buynaksk, Makhachkala, Khasavyurt and Moscow, names and
places in Cyrillic) and a Manouche (French Sinti) family on a small private site at Walton Cardiff, Tewkesbury (Winterstein
/ Lagrène; a girl of 10 missing school after a funeral in Strasbourg and bullying about "the caravans", a boy of 7 on no
school roll, family in Schiltigheim and Metz, French and Romanes). 24 documents, twelve of plain professional recording (a
social worker's home visit case note, a school attendance officer's warning letter, a secondary school DSL's referral to the
front door, a child and family assessment's analysis, an initial child protection conference report, a domestic abuse
outreach worker's safety plan, a chronology, a return home interview record, an education inclusion officer's letter to a
family on a private site, a health visitor's contact record, strategy discussion minutes, a hospital safeguarding nurse's
discharge planning note) and twelve of the other writing a case file holds (texts between a mother and her own mother, an
early help self-referral form exported from the web, Telegram messages in Russian translated by an interpreter, a police
body-worn video transcript, a grandmother's handwritten letter run through OCR (with 1 for l), a Messenger chat a boy
exported, a youth worker's notes typed fast on a phone, Snapchat screenshots a mother handed to police, WhatsApp voice notes in
French and Romanes transcribed and translated, a site warden's diary page, a father's own email at night, and a neighbour's
note written on a receipt).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Russia, France); NHS numbers and UPNs (LA number 916) pass their check digits; the NI
number has a valid format. Councils are invented (Churn Valley, Swilgate), and so are the private site (Orchard View), the
youth hub (Vineyards Youth Hub), the primary schools named in records (Chesterton Brook, Walton Cardiff Primary), the nursery
(Little Acorns); towns, districts, estates, villages, real schools and colleges, NHS bodies, hospitals, surgeries, police
forces, courts, pubs, shops, clubs, brands, apps and services are real or realistic and stay unmarked unless the conventions
say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Mrs., Ms, Miss, Dr, PC, DS, DC, HV, HCA, Uncle, nanny, mrs, mr, and the French Tata, Tonton, Mamie)
stay outside the name span; a possessive 's and a bare s in texting ("[[jayden|name]]s", "[[Kai Mustoe|name]]s") stay
outside; every person's name is a name in every form, record or not, and in any script ("Патимат", "Зайнаб", "Арсен",
"Шамиль", "Амине"). "SURNAME, First" is one span ("COLE, Tyler", "GADZHIEVA, Patimat", "WINTERSTEIN, Mélodie", "LAGRÈNE,
Django", "MERRETT, Ivy"), and so is "SURNAME First"/"First SURNAME" ("Kayden SOLLIS"); an initial with a surname is one span
("S Cole", "M. Winterstein", "T. Lagrène"), and so is a first name with an initial after it ("nat o", "ruth c", "Tony L");
a name broken by a line break is one span holding the break ("M. Hathera\nll", "Lewis\nMerrett"), and so is an address, a
place, a school or a date; social media handles ("kaydz_12", "T.R.00") are not marked; a contact saved under a kinship word
("Mum") is not a name. A street address is one span, its town a place, its postcode a postcode; a street named without a
number is an address ("Trinity Road", "Love Lane", "trinity rd", "barton st", "queens rd"), and so is a neighbour's bare
house number ("no. 16", "no. 20", "No 9", "18") and an address abroad ("12 rue des Chasseurs", "ул. Ленина, 14"); towns,
villages, districts and estates are places at home or abroad and in any script ("Махачкала", "Москвы", "Буйнакск", "ciren",
"priors pk", "Schilick"); countries, counties and regions are not ("Gloucestershire", "Dagestan", "France", "West
Midlands"); organisations are not marked even when they hold a town's name ("Cirencester Town", "Ciren Town", "Tewkesbury
Community Hospital", "Gloucestershire Royal", "Chesterton Community Centre", "Church Street Surgery"); a school's or college's
name is a school, and so is its short form and a nursery's name ("Kingshill", "kingshill", "watermoor", "tewkes acad",
"glos college", "ciren college", "Powell's", "john moore", "Little Acorns"); a date of birth is dob, any other calendar date
with a day is date (a weekday before it stays outside), and the bare day in a range or a diary line ("21"-"22 October
2026", "the 15th", "Mon 23rd") is a date span of its own; months and years alone are not marked; pets' names (Marley,
Biscuit, Sooty) are not names; parks and landmarks (the Abbey meadows, the rec) stay unmarked; a surname or first name that
is also a word or a town is marked by what it refers to ("Ruth Cheltenham", "Fiona Stratton", "Summer", "summer", "Pat",
"Brook", "Organ", "Ward" are names; Cheltenham, Stratton and Preston are places when they are places; "Shannon Way" is an
address).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a team, family centre or
station named by its town marks the town ("[[Tewkesbury|place]] team", "the [[Tewkesbury|place]] family centre", "[[Gloucester|place]]
bus station", "[[Cheltenham|place]] Spa station", "[[Ashchurch|place]] station"), while a district council team named after
the Cotswolds is a region and stays unmarked; a court is an organisation and its town is left out of the text; a pitch or
plot number on a Traveller site is an address like a caravan number ("Plot 3, Orchard View", "plot 2", "plot 5"), and
so is the small private site's name alone ("Orchard View"), as set 21's holiday park was; a lone
letter used for a boy ("k") is an initial and is not marked, but a nickname or street name is a name ("Stretch", "Bugsy",
"Tay", "Uncle [[Mo|name]]"); an OCR'd name or school with digits for letters is still a name or school ("E1lery", "Cr1pps",
"Powe11s"); a phone area code alone ("01285") is not a phone; an Avar full name ("Aminat", "Аминат") and a family short form
("Патя", "Patya", "Mélo", "Arsik", "Dédé") are names; a French five-digit postcode ("67300") is a postcode; a Russian
date with a day ("14 февраля") is a date; a pub ("the Crown", "the Royal Hop Pole"), a shop ("the Co-op", "McDonald's") and a
charity or service (GDASS, Word360, Vineyards Youth Hub) are organisations; a court order, occurrence or case reference
("ATT/26/04417", "26000091456") is not marked; and one scribbled guess in the chair's minutes ("[[01285 659 402|phone]]? -
that number is the school's") is marked as the phone it is.

Self-check without the detector: `python -m bench.redaction_set176` (and tests/test_redaction_set176.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 928 gold spans, 543 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Cole / Daw family (white British), Watermoor, Cirencester ---------------------------------------------------------

HOME_A = d.Address("14 Watermoor Road", "Watermoor", "Cirencester", "GL7 1JW")
NAN_A = d.Address("2 Ashton Road", "Siddington", "Cirencester", "GL7 6HD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Cole")], dt.date(2017, 4, 19), addresses=[HOME_A], ids=["5867027368", "D916805525534"],
       schools=["Watermoor Church of England Primary School"]),
    _p("s", "sibling", [("Poppy", "Daw")], dt.date(2023, 2, 6), addresses=[HOME_A], ids=["6506417617"]),
    _p("m", "mother", [("Shannon", "Cole")], dt.date(1999, 8, 27), addresses=[HOME_A], phones=["07824 611 309"],
       ids=["JT 48 20 61 B"]),
    _p("f", "father", [("Kyle", "Daw")], dt.date(1996, 1, 12), addresses=[HOME_A]),
    _p("g", "grandparent", [("Bev", "Cole")], dt.date(1972, 6, 3), addresses=[NAN_A], phones=["01285 641 938"]),
    _p("p1", "professional", [("Hannah", "Penrose")], phones=["07511 287 634"], emails=["hannah.penrose@churnvalley.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CHURN VALLEY COUNCIL - CHILDREN'S SERVICES - CASE NOTE
Child: [[COLE, Tyler|name]]   DOB: [[19/04/2017|dob]]   NHS: [[586 702 7368|nhs]]   UPN: [[D916805525534|upn]]
Sibling: [[Poppy Daw|name]] (DOB [[6 Feb 2023|dob]])
Address: [[14 Watermoor Road|address]], [[Watermoor|place]], [[Cirencester|place]] [[GL7 1JW|postcode]]
Worker: [[Hannah Penrose|name]], Social Worker (Cotswold Locality Team)   Date of visit: Thursday [[12 November 2026|date]]
Type: unannounced home visit, child protection plan (neglect)

Mother's NI (for the Welfare Support form): [[JT 48 20 61 B|ni]]

Present: [[Shannon Cole|name]] (mother), [[Poppy|name]], a neighbour [[Marcia Jefferies|name]] from [[no. 16|address]] who left
shortly after I arrived. [[Tyler|name]] was at [[Watermoor Primary|school]] and I saw him there afterwards (see below). [[Kyle|name]]
(Mr [[Daw|name]], [[Poppy|name]]'s father) was said to be at work at the builders' merchants in [[Love Lane|address]].

Home conditions: the front room was tidier than on [[29 October|date]]. The kitchen bin was overflowing and there were
dog dirt marks on the back step (the dog, Biscuit? no - "Marley", a Staffie cross). [[Poppy|name]]'s cot had a clean sheet.
There was no food in the fridge apart from milk and a pack of ham; [[Shannon|name]] said she gets paid on the [[15th|date]] and
[[Bev|name]] (her mum, in [[Siddington|place]]) was bringing a shop over on Saturday. I gave a voucher for the food
bank at the Baptist church and the number of the Gloucestershire Welfare Support scheme.

[[Shannon|name]] said [[Kyle|name]] has been "better" since he stopped going to the Crown in the evenings, and that his brother
[[Dale Daw|name]] has not been round since the argument on the [[1st|date]]. She would not say what the argument was about. She
has missed two appointments at Phoenix Surgery and her next is on [[19/11|date]].

School visit: I saw [[Tyler|name]] alone in the library at [[Watermoor C of E Primary School|school]] with his class teacher
Mrs [[Alison Brook|name]] nearby. He said home is "alright" and that "[[Kyle|name]] shouts but he doesn't hit". He said he
sometimes makes [[Poppy|name]]'s tea when Mum is asleep. He wants to go to his nan's in [[Siddington|place]] at weekends and
to football at Cirencester Town on Sundays with his friend [[Alfie Organ|name]].

Actions: referral to the Family Support Service (by [[20.11.26|date]]); core group on [[26 November|date]] at Cirencester
Hospital? - no, at [[Trinity Road|address]]; speak to [[Bev Cole|name]] ([[01285 641 938|phone]]) about weekend help.

Network (from the genogram, updated today): maternal grandmother [[Beverley Cole|name]] ("[[Bev|name]]"), [[2 Ashton Road|address]],
[[Siddington|place]], [[GL7 6HD|postcode]]; maternal aunt [[Kirsty Cole|name]] ([[Stroud|place]]), not in touch since 2024;
[[Tyler|name]]'s father [[Ricky Organ|name]], believed in [[Swindon|place]] ([[Penhill|place]]), no contact, parental
responsibility (named on the birth certificate); his half-brother [[Mason Organ|name]] (14) lives with [[Ricky|name]];
[[Kyle Daw|name]]'s mother [[Lorraine Daw|name]] in [[Chesterton|place]] sees [[Poppy|name]] most Sundays. [[Alfie Organ|name]]
is [[Tyler|name]]'s cousin, not only his friend ([[Shannon|name]] corrected me).
[[H. Penrose|name]] [[12/11/2026|date]] 16:40
"""),
    ("texts between a mother and her own mother copied from a phone", """Screenshots sent by [[Shannon|name]] to the social worker on
[[17.11.2026|date]], typed up by
business support ([[Karen Tuck|name]]). Contact saved as "Mum".

Mum: u up? is [[tyler|name]] going school today
[[Shannon|name]]: yeh hes up. [[poppy|name]] was sick all nite
Mum: want me to get her. i can get the bus in from [[siddington|place]] at 10
[[Shannon|name]]: no its fine [[kyle|name]] is here
Mum: is he now. tell him [[dale|name]] was in the crown again sat and asked after u
[[Shannon|name]]: dont mum. [[hannah|name]] the social is coming thurs
Mum: good. ill come to the meeting on the [[26th|date]] if u want me to
[[Shannon|name]]: yes pls. its at [[trinity rd|address]] 10am
Mum: ok. ask [[tyler|name]] if he wants to come to mine fri after school, [[marcia|name]] said shed walk him to the bus
[[Shannon|name]]: k. ty mum love u
Mum: love u too bab. tell [[poppy|name]] nanny [[bev|name]] loves her

Wed [[18 Nov|date]]? (screenshot 2, no date shown - business support's guess from the order)
Mum: did [[lorraine|name]] have [[poppy|name]] sunday
[[Shannon|name]]: yeh took her to [[chesterton|place]] for dinner. [[kyle|name]]s sister [[jodie|name]] was there w her baby
[[alfie-james|name]]
Mum: thats nice. is [[jodie|name]] still in [[fairford|place]]
[[Shannon|name]]: no shes moved to [[lechlade|place]] w [[dean|name]]
Mum: which [[dean|name]]
[[Shannon|name]]: [[dean ashby|name]] from [[ciren college|school]]. his mum is [[sue ashby|name]] at the coop
Mum: oh yes. tell [[tyler|name]] mrs [[brook|name]] rang me re his reading book lol

(Business support note: "Mum" is [[Bev Cole|name]], [[07824 611 309|phone]]
is [[Shannon|name]]'s own number, and the other numbers in the screenshots were cut off.)
"""),
]

DOCS_A += [
    ("school attendance officer's warning letter before a penalty notice", """Gloucestershire County Council - Inclusion and Attendance

PRIVATE AND CONFIDENTIAL
Ms [[S Cole|name]] and Mr [[K Daw|name]]
[[14 Watermoor Road|address]]
[[Cirencester|place]]
[[GL7 1JW|postcode]]

Date: [[30th November 2026|date]]          Our ref: ATT/26/04417

Dear Ms [[Cole|name]]

Re: [[Tyler Cole|name]], date of birth [[19 April 2017|dob]], [[Watermoor C of E Primary|school]]

The school has told me that [[Tyler|name]]'s attendance this term is 81.4%. He was absent without authorisation on
[[8|date]], [[9|date]] and [[10 October|date]] and on [[2|date]]-[[6 November|date]], and late after the register closed on 14 days.
The head teacher, Mrs [[Joanne Haines|name]], and I invite you to a meeting at the school on Thursday
[[10 December 2026|date]] at 9.15am. Please bring anyone who supports you; you said
on the phone that [[Tyler|name]]'s nan, Mrs [[Beverley Cole|name]], would like to come.

If [[Tyler|name]]'s attendance does not improve, the local authority may issue a penalty notice. I know that a social worker,
[[Hannah Penrose|name]], is involved and I have copied her in.

Yours sincerely
[[Mark Ind|name]]
Attendance Officer (Cotswold district)  [[07890 417 256|phone]]
"""),
    ("an early help self-referral form filled in online by a mother", """EARLY HELP - FAMILY SELF-REFERRAL (online form export)
Submitted: [[2026-11-21|date]] 23:52:10

Q1 Your name: [[shannon cole|name]]
Q2 Your date of birth: [[27/08/99|dob]]
Q3 Address: [[14 watermoor rd|address]] [[ciren|place]] [[gl7 1jw|postcode]]
Q4 Phone: [[07824611309|phone]]
Q5 Email: [[shannon.cole99@icloud.com|email]]
Q6 Children in the home (name, age, school):
  [[tyler|name]] 9 [[watermoor|school]]
  [[poppy-mae daw|name]] 3 (nursery at [[Little Acorns|school]] 2 days)
Q7 Other adults: [[kyle daw|name]] ([[poppy|name]]s dad) sometimes stays
Q8 What help do you want?: help with [[tyler|name]]s behaviour, he wont listen and hes angry all the time since his dad
[[ricky|name]] went back to [[Swindon|place]]. i need a break. my mum helps but shes in [[siddington|place]] and has her knees
Q9 Has anyone else helped?: [[hannah|name]] social worker, Mrs [[Brook|name]] at school, the food bank
Q10 Anything else?: pls dont send letters to the house [[kyle|name]] reads them
"""),
]


# --- B. Magomedov / Gadzhieva family (Avar, from Dagestan), Chesterton, Cirencester ---------------------------------------

HOME_B = d.Address("Flat 3, 41 Chesterton Lane", "Chesterton", "Cirencester", "GL7 1YE")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Amina", "Magomedova")], dt.date(2014, 10, 2), addresses=[HOME_B], ids=["7160285581", "Y916881955277"],
       schools=["Deer Park School"]),
    _p("s", "sibling", [("Shamil", "Magomedov")], dt.date(2018, 3, 30), addresses=[HOME_B], ids=["4582907504"],
       schools=["Chesterton Brook Primary School"]),
    _p("m", "mother", [("Patimat", "Gadzhieva")], dt.date(1990, 5, 17), addresses=[HOME_B], phones=["07931 552 487"]),
    _p("f", "father", [("Rasul", "Magomedov")], dt.date(1986, 12, 8), addresses=[HOME_B]),
    _p("g", "grandparent", [("Khadizhat", "Gadzhieva")], phones=["+7 928 514 37 82"]),
    _p("p1", "professional", [("Owen", "Sheppard")], phones=["07890 417 256"], emails=["owen.sheppard@churnvalley.gov.uk"]),
], "c")

DOCS_B = [
    ("secondary school's designated safeguarding lead referral to the front door", """REQUEST FOR SUPPORT / REFERRAL - Gloucestershire
Children's Services (Churn Valley front door)
Referrer: [[Naomi Freeth|name]], DSL, [[Deer Park School|school]], [[Cirencester|place]]   Tel: [[01285 659 402|phone]]
Date: [[03/11/2026|date]]

CHILD
Surname: [[MAGOMEDOVA|name]]      Forename(s): [[Amina|name]]      Known as: [[Mina|name]]
DOB: [[02.10.2014|dob]]   Year 7   UPN: [[Y916881955277|upn]]   NHS no: [[716 028 5581|nhs]]
Address: [[Flat 3|address]],
[[41 Chesterton Lane|address]], [[Chesterton|place]], [[Cirencester|place]], [[GL7 1YE|postcode]]
First language: Avar (home), Russian (school in [[Makhachkala|place]] until 2024). Interpreter needed for parents: Russian.

FAMILY / HOUSEHOLD
Mother: [[GADZHIEVA, Patimat|name]]   Mob: [[07931 552 487|phone]]
Father: [[MAGOMEDOV, Rasul|name]] (works nights, distribution centre near [[Kemble|place]])
Brother: [[Shamil|name]], 8, at [[Chesterton Brook Primary|school]]
Others: maternal grandmother Mrs [[Khadizhat Gadzhieva|name]], in [[Buynaksk|place]], Dagestan ([[+7 928 514 37 82|phone]])

REASON FOR REFERRAL
On Monday [[2 November|date]] [[Amina|name]] told her form tutor Mr [[Lewis Carver|name]] that her father had said she
will "go back home" in the February half term to be engaged to a cousin, [[Magomed|name]], who is 19 and lives in
[[Khasavyurt|place]]. She said her mother cried and said it was "not decided". [[Amina|name]] was frightened and asked us not to
call home. She said her friend [[Lily-Mae Hatton|name]] knows. She said her uncle [[Arsen|name]] (father's brother, in
[[Moscow|place]]) has already bought tickets. We have not contacted the parents. We have considered the forced marriage
guidance and spoken to the Forced Marriage Unit (advice only, no reference given).

Attendance 96%. No concerns before this apart from PE kit and one absence on [[14 September|date]] (Eid? - no, a hospital
appointment at Gloucestershire Royal).

Signed [[N. Freeth|name]]  DSL         Received by front door: [[Owen Sheppard|name]] [[3/11/26|date]] 14:05

Front door notes ([[O. Sheppard|name]]): checked the family's records. [[Shamil|name]] (DOB [[30 March 2018|dob]], NHS
[[458 290 7504|nhs]]) is known to the school nurse [[Bridget Carey|name]] for asthma. No police records for [[Rasul|name]] or
[[Patimat|name]] in [[Cirencester|place]]; a 2023 entry for [[Rasul|name]] at an address in [[Ilford|place]] ([[Seven Kings|place]])
as a witness only. Strategy discussion booked with DS [[Kate Rendell|name]] and [[Naomi Freeth|name]] for [[4 November 2026|date]].
"""),
    ("Telegram messages in Russian between a mother and her sister, translated by an interpreter", """Translated at the social
worker's request by [[Irina Volkova|name]] (Russian interpreter, Word360), [[10 November 2026|date]]. The mother, [[Patimat|name]],
showed these on her phone and agreed to the translation. Original in Cyrillic as written, English below each message.

[[Зайнаб|name]] (sister, [[Махачкала|place]]), [[08.11.2026|date]] 21:14:
  [[Патя|name]], [[Расул|name]] звонил маме. Говорит, свадьба в феврале. Ты знаешь?
  ([[Patya|name]], [[Rasul|name]] rang Mum. He says the wedding is in February. Do you know?)
[[Патимат|name]]:
  Я не согласна. [[Амине|name]] двенадцать лет. Здесь школа, социальные службы уже приходили.
  (I do not agree. [[Amina|name]] is twelve. There is school here, social services came already.)
[[Зайнаб|name]]:
  Мама говорит, [[Магомед|name]] хороший мальчик. Но она тоже плачет. Позвони ей: [[+7 928 514 37 82|phone]]
  (Mum says [[Magomed|name]] is a good boy. But she cries too. Ring her on [[+7 928 514 37 82|phone]].)
[[Патимат|name]], [[09.11.2026|date]] 07:02:
  [[Арсен|name]] купил билеты из [[Москвы|place]]? Я никуда не полечу. Скажи брату [[Расула|name]].
  (Did [[Arsen|name]] buy tickets from [[Moscow|place]]? I am not flying anywhere. Tell [[Rasul|name]]'s brother.)
[[Зайнаб|name]]:
  Его номер [[+7 872 267 41 09|phone]], звони сама. Я боюсь.
  (His number is [[+7 872 267 41 09|phone]], ring him yourself. I am scared.)

Interpreter's note: "[[Патя|name]]" and "[[Patya|name]]" are the family's short form of [[Patimat|name]], who is the phone's owner; the
sender "[[Патимат|name]]" is the phone showing its owner's own messages. [[Makhachkala|place]] is the capital of Dagestan.
[[I. Volkova|name]]

Second screen (shown the same day), group chat "Семья" (Family):
[[Арсен|name]] ([[Москва|place]]): Билеты на [[14 февраля|date]]. [[Амина|name]] и [[Шамиль|name]] со мной из [[Лондона|place]].
  (Tickets for [[14 February|date]]. [[Amina|name]] and [[Shamil|name]] with me from [[London|place]].)
[[Мадина|name]]: [[Аминат|name]] будет красивой невестой 💍
  ([[Aminat|name]] will be a beautiful bride. Interpreter: "[[Aminat|name]]" is [[Amina|name]]'s full Avar name.)
[[Патимат|name]]: Нет.
  (No.)
"""),
]

DOCS_B += [
    ("child and family assessment analysis section", """CHILD AND FAMILY ASSESSMENT - ANALYSIS AND PLAN (extract)
Children: [[Amina Magomedova|name]] (12) and [[Shamil Magomedov|name]] (8), [[Flat 3, 41 Chesterton Lane|address]], [[Cirencester|place]]
Social worker: [[Owen Sheppard|name]]   Manager: [[Fiona Stratton|name]]   Completed: [[24/11/2026|date]]

[[Amina|name]]'s world. [[Amina|name]] came to [[Cirencester|place]] with her mother and brother in August 2024 to join her
father, who had worked in [[London|place]] and then at the warehouse near [[Kemble|place]] since 2021. The family spoke
Avar at home in [[Buynaksk|place]] and [[Amina|name]] was taught in Russian; she now speaks English well and translates for
her parents at the GP and the Job Centre. Her best friends are [[Lily-Mae|name]] and [[Zofia Nowak|name]], and she goes to
the girls' football at Cirencester Town on Saturdays with [[Zofia|name]]'s dad, Mr [[Nowak|name]]. At
[[Deer Park|school]] her tutor Mr [[Carver|name]] describes her as "bright, quiet and watchful".

Risk. I met Mr [[Magomedov|name]] twice with a Russian interpreter ([[Irina Volkova|name]]). He said the engagement to
[[Magomed|name]] was "only a promise between families" and that [[Amina|name]] would not marry "until she is 16 or 17".
His brother [[Arsen Magomedov|name]] rang him during the second visit on [[19 November|date]] and he took the call outside.
Mrs [[Gadzhieva|name]], seen alone at the Chesterton Community Centre (not at home, at her request), said she is afraid
of her husband's family and that her own mother [[Khadizhat|name]] in [[Buynaksk|place]] supports her. She asked whether she
and the children could go to a refuge in [[Bristol|place]] or [[Swindon|place]] if needed.

A Forced Marriage Protection Order was made on [[27 November|date]] by the Family Court? (to be
confirmed - see legal note of [[26.11.2026|date]]). Passports for [[Amina|name]] and [[Shamil|name]] are held by the police.
[[Shamil|name]] ([[Chesterton Brook|school]], teacher Miss [[Rhiannon Bevan|name]]) said "[[Mina|name]] is sad because of the
wedding" and that his uncle "[[Arsik|name]]" sends him games.

Plan: child protection conference; school to keep [[Amina|name]]'s named person; a Russian-speaking family support worker,
[[Elena Dobson|name]], to visit weekly from [[1 December|date]].

Genogram notes: father's parents [[Magomed Magomedov|name]] (deceased 2019) and [[Aishat Magomedova|name]] in [[Khasavyurt|place]];
mother's parents [[Gadzhi Gadzhiev|name]] and [[Khadizhat Gadzhieva|name]], [[ул. Ленина, 14|address]], [[Буйнакск|place]];
mother's sister [[Zainab Gadzhieva|name]] in [[Makhachkala|place]]; father's brother [[Arsen|name]] in [[Moscow|place]]
([[Lyublino|place]]), married to [[Madina|name]]; the proposed fiancé [[Magomed Alibekov|name]], 19, a cousin on the father's
side. In [[Cirencester|place]]: neighbours Mrs [[Hazel Fry|name]] ([[Flat 4|address]]) and [[Grzegorz|name]] from the car wash,
who gives Mr [[Magomedov|name]] lifts.
"""),
    ("police officer's body-worn video transcript at a home visit", """BWV transcript - Gloucestershire Constabulary
Officer: PC 1187 [[Tom Beale|name]]   Location: [[41 Chesterton Lane|address]] ([[Flat 3|address]]), [[Cirencester|place]]
Date/time: [[28/11/2026|date]] 18:42-18:51   Occurrence: 26000091456   Purpose: serve FMPO on [[Rasul MAGOMEDOV|name]]

[00:12] PC [[BEALE|name]]: Mr [[Magomedov|name]]? Are you [[Rasul Magomedov|name]]? I'm PC [[Beale|name]]. Is it okay if we come in?
[00:19] MALE (Mr [[MAGOMEDOV|name]]): Yes. [[Patimat|name]]! Police.
[00:40] PC [[BEALE|name]]: We've got a court order here, it's about your daughter [[Amina|name]]. The court
made it yesterday. I'm going to read it to you and we have a Russian interpreter on the phone, [[Dmitri|name]].
[01:02] INTERPRETER (phone): ... [inaudible] ... Здравствуйте, [[Расул|name]] ...
[03:15] MALE: I understand. It is my brother. [[Arsen|name]]. He is in [[Moscow|place]]. He talk, talk. Not me.
[03:40] PC [[BEALE|name]]: Has anyone got [[Amina|name]]'s passport or [[Shamil|name]]'s?
[03:44] FEMALE (Ms [[GADZHIEVA|name]]): Police have. [[Owen|name]] take them to police.
[05:30] CHILD (believed [[Shamil|name]]): [[Mina|name]]'s at [[Lily|name]]'s house.
[05:31] FEMALE: [[Шамиль|name]], иди в комнату.
[06:02] PC [[BEALE|name]]: Where does [[Lily|name]] live? - FEMALE: [[Siddington Road|address]]. Number 8? - PC: [[Number 8|address]],
thank you.
[08:50] PC [[BEALE|name]]: Order served at 18:50. Thank you, Mr [[Magomedov|name]].
"""),
]


# --- C. Hatherall / Bick family (white British), Stratton, Cirencester ------------------------------------------------------

HOME_C = d.Address("7 Gloucester Road", "Stratton", "Cirencester", "GL7 2JZ")
NAN_C = d.Address("22 Abbey Way", "", "Cirencester", "GL7 2DT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Harvey", "Hatherall")], dt.date(2011, 7, 9), addresses=[HOME_C], ids=["3241947289"],
       schools=["Cirencester Kingshill School"]),
    _p("s", "sibling", [("Summer", "Bick")], dt.date(2015, 11, 21), addresses=[HOME_C], ids=["7604874975"]),
    _p("m", "mother", [("Leanne", "Hatherall")], dt.date(1988, 3, 2), addresses=[HOME_C], phones=["07709 318 264"]),
    _p("f", "father", [("Jason", "Bick")], dt.date(1985, 9, 14), addresses=[HOME_C]),
    _p("g", "grandparent", [("Maureen", "Hatherall")], dt.date(1961, 1, 30), addresses=[NAN_C]),
    _p("p1", "professional", [("Grace", "Ellery")], phones=["07388 562 149"], emails=["grace.ellery@churnvalley.gov.uk"]),
], "c")

DOCS_C = [
    ("initial child protection conference report with the chair's outcome", """INITIAL CHILD PROTECTION CONFERENCE
Children: [[Harvey HATHERALL|name]] (DOB [[09/07/2011|dob]], NHS [[324 194 7289|nhs]]) and [[Summer BICK|name]] (DOB [[21/11/2015|dob]],
NHS [[760 487 4975|nhs]])
Address: [[7 Gloucester Road|address]], [[Stratton|place]], [[Cirencester|place]] [[GL7 2JZ|postcode]]
Date of conference: [[25 November 2026|date]], 13:30, [[Trinity Road|address]] council offices (Room 2) and Teams
Chair: [[Philippa Mayo|name]] (Independent Reviewing Officer)   Minutes: [[Dean Smart|name]]
Present: [[Leanne Hatherall|name]] (mother); [[Maureen Hatherall|name]] (maternal grandmother, support); [[Grace Ellery|name]]
(social worker); DS [[Rob Fairclough|name]] (Gloucestershire Constabulary); [[Mandy Cripps|name]] (school nurse);
Mr [[Tom Haddrell|name]] (Head of Year 10, [[Kingshill|school]]); [[Cara Lord|name]] (health visitor, for [[Summer|name]]'s
early history). Apologies: Dr [[Asha Nair|name]] (GP, Rendcomb Surgery). Not invited: [[Jason Bick|name]] (bail conditions).

Reason: on [[6 November|date]] police were called by a neighbour, Mr [[Gordon Pitt|name]] of [[no. 9|address]], to shouting at
the house. [[Jason|name]] had pushed [[Leanne|name]] against the kitchen door and [[Harvey|name]] (15) stood between them and
was punched in the face. [[Jason|name]] left in his van, a white Transit, [[WU19 KXE|vehicle]], and was arrested at his mother's
in [[Preston|place]] (the village near [[Cirencester|place]], not the city) the next morning. [[Summer|name]] (11) hid in
the airing cupboard with the cat, Sooty.

[[Harvey|name]] told DS [[Fairclough|name]] this was "the third time this year" and that he has been sleeping at his friend
[[Kai|name]]'s in [[The Beeches|place]] "to get out of it". [[Summer|name]] told the school nurse she is scared of "the
van noise". [[Maureen|name]] said she had begged [[Leanne|name]] to move in with her in [[Abbey Way|address]] after
[[Jason|name]] broke her phone on [[14 July|date]]. [[Leanne|name]] said she has now started with the Gloucestershire
Domestic Abuse Support Service and had a first call with [[Jade|name]] there on [[18 Nov|date]].

Outcome: both children subject to a child protection plan, category physical abuse ([[Harvey|name]]) and emotional
abuse ([[Summer|name]]). Review conference [[17 February 2027|date]]. Core group within ten working days: first on
[[8 December|date]] at [[Kingshill|school]].

Dissent: [[Maureen Hatherall|name]] asked for it to be minuted that she disagreed with "emotional abuse" for [[Summer|name]] and
that [[Leanne|name]] "has done everything asked". [[Leanne|name]] agreed with the plan. Mr [[Haddrell|name]] said [[Harvey|name]]'s
attendance was 98% until [[6 November|date]] and 71% since; he has been seen with [[Kai Mustoe|name]] and [[Tyler Pitt|name]]
leaving at lunchtime. [[Cara Lord|name]] reported that [[Summer|name]] was known to her from [[Stratton|place]] clinic in 2016
(bruise to the ear, explained). DS [[Fairclough|name]] confirmed bail conditions to [[5 January 2027|date]]: not to enter
[[Stratton|place]] or contact [[Leanne|name]], [[Harvey|name]] or [[Summer|name]] except through [[Maureen|name]] by text to
[[01285 659 402|phone]]? - the chair asked for this to be checked, as that number is a school's.
[[P. Mayo|name]], Chair
"""),
    ("a grandmother's handwritten letter scanned and run through OCR", """[scanned letter, 2 pages, OCR text - not corrected]

[[22 Abbey Way|address]]
[[Cirencester|place]]
[[GL7 2DT|postcode]]
[[2nd Dec 2026|date]]

Dear Mrs [[E1lery|name]] ([[Grace|name]])

l am writing as l said l would after the meeting. My daughter [[Leanne|name]] wont say
this but l wi11. [[Jason Bick|name]] has been in [[Stratton|place]] 2 times since the
meeting. He parked the van by the Co-op on Sunday [[29th|date]] and [[Harvey|name]] saw him.
Mrs [[Pitt|name]] at [[No 9|address]] saw him too, she wi11 tell you.

[[Summer|name]] has stayed with me three nights and is fine, she sleeps in my room.
She has started to eat a bit more. [[Harvey|name]] wont come he says he is "the man
of the house" now and l cant make him, he is 15. His friend [[Kai Mustoe|name]]s mum
[[Sharon|name]] rings me every night so thats something.

l am 65 and not well (my heart) but l wi11 have them both if it comes to it.
My number is 01285 (I have no mobile), you have it on the file.

Yours sincerely
[[Maureen Hatherall|name]] (Mrs)
[[M. Hathera
ll|name]]

[page 2 - OCR]
Also please can [[Summer|name]] keep seeing Mrs. [[Cr1pps|name]] the schoo1 nurse at [[Powe11s|school]], she 1ikes her.
And [[Harvey|name]]s footba11 coach [[Dave Hinton|name]] at Ciren Town knows everything and is a good man, his number is
in [[Harvey|name]]s phone. The Fami1y Court letter came on [[1 Dec|date]] addressed to [[Jason|name]] at my house which is
wrong, he has never 1ived here.

p.s. [[Jason|name]]s mum lives at [[Church
Road|address]], [[Preston|place]], the house with the blue door.
"""),
]

DOCS_C += [
    ("domestic abuse outreach worker's safety plan", """SAFETY PLAN - Gloucestershire Domestic Abuse Support Service (GDASS)
Client: [[Leanne Hatherall|name]]   DOB: [[02/03/1988|dob]]   Safe number: [[07709 318 264|phone]] (texts OK, no voicemail)
Worker: [[Jade Mansell|name]]   Plan made: [[01/12/2026|date]]   Review: [[15/12/2026|date]]
Perpetrator: [[Jason BICK|name]], DOB [[14.09.1985|dob]], van [[WU19 KXE|vehicle]] (white Ford Transit, ladder rack)

1. If [[Jason|name]] comes to the house: do not open the door; ring 999 and say "breach of bail"; [[Harvey|name]] and
[[Summer|name]] go to the back bedroom. Code word with [[Maureen|name]] and with [[Harvey|name]]: "Sooty's out".
2. Safe places: Mum's, [[22 Abbey Way|address]]; friend [[Sharon Mustoe|name]] at [[4 Cheltenham Road|address]]
([[Stratton|place]]), who has a spare key; the Co-op on [[Gloucester Road|address]] (staff know).
3. [[Jason|name]]'s mother, Mrs [[Pauline Bick|name]], lives on [[Church Road|address]], [[Preston|place]]. Do not go there.
His friend "[[Stretch|name]]" ([[Darren Lusty|name]]) has been seen outside the school. [[Harvey|name]] knows him.
4. Phone: location sharing turned off; new SIM given [[1 Dec|date]]. Facebook: [[Leanne|name]] to block [[Jason|name]]'s sister
[[Kerry Bick|name]] and her partner [[Wes|name]].
5. Children: [[Kingshill|school]] and [[Stratton Primary|school]]? - no, [[Summer|name]] is at [[Powell's|school]]
([[Powell's C of E Primary|school]]). Both schools have a photo of [[Jason|name]] and the van.
"""),
    ("Messenger chat between a boy and his friend exported by the boy", """[Exported by [[Harvey|name]] on [[03/12/2026|date]] and
sent to his social worker [[Grace Ellery|name]] - he asked for it to be on file]

[[Kai Mustoe|name]]
[[Kai|name]]: u good bro
[[Harvey Hatherall|name]]: ye
[[Kai|name]]: [[stretch|name]] was outside [[kingshill|school]] again asking where u live now
[[Harvey Hatherall|name]]: wat did u say
[[Kai|name]]: nothing. he said [[jason|name]] just wants to talk to [[summer|name]]
[[Harvey Hatherall|name]]: he aint going near her. shes at my nans
[[Kai|name]]: mums says u can stay at ours sat. shes doing chilli
[[Harvey Hatherall|name]]: safe. tell [[sharon|name]] ty
[[Kai|name]]: also mr [[haddrell|name]] wants u in his office tmrw 8.40
[[Harvey Hatherall|name]]: 😒 k
"""),
]


# --- D. Sollis / Meek family (white British), Priors Park, Tewkesbury ----------------------------------------------------

HOME_D = d.Address("31 Queens Road", "Priors Park", "Tewkesbury", "GL20 5EU")
DAD_D = d.Address("5 Mayfield Close", "", "Ashchurch", "GL20 8LB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Sollis")], dt.date(2012, 5, 28), addresses=[HOME_D], ids=["2234311209", "W916613565112"],
       schools=["Tewkesbury Academy"]),
    _p("m", "mother", [("Gemma", "Meek")], dt.date(1991, 10, 4), addresses=[HOME_D], phones=["07568 204 913"]),
    _p("f", "father", [("Craig", "Sollis")], dt.date(1989, 2, 17), addresses=[DAD_D], phones=["07415 822 670"]),
    _p("p1", "professional", [("Ruth", "Cheltenham")], phones=["07724 915 380"], emails=["ruth.cheltenham@swilgate.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events for a strategy meeting", """CHRONOLOGY - [[Kayden SOLLIS|name]] (DOB [[28.05.2012|dob]]; UPN
[[W916613565112|upn]]; NHS [[223 431 1209|nhs]])
Prepared by [[Ruth Cheltenham|name]], Social Worker, Swilgate Council Children's Services ([[Tewkesbury|place]] team), for the
strategy meeting of [[4 December 2026|date]]. Sources: police, school, Vineyards Youth Hub, family.

Date        | Event                                                                 | Source
[[03/06/2026|date]]  | First missing episode: [[Kayden|name]] out until 03:00, found by dad [[Craig Sollis|name]] in           | mother
            | [[Northway|place]] with two older boys, one called "[[Tay|name]]".                              |
[[17/07/2026|date]]  | Excluded 5 days from [[Tewkesbury Academy|school]] (knife-shaped vape in bag).          | school
[[2 Sep 26|date]]    | Missing overnight; returned by PC [[Lauren Dyer|name]] from [[Gloucester|place]] bus station.   | police
[[9|date]]-[[10 Sept|date]] | Missing two nights. Seen on CCTV at [[Cheltenham|place]] Spa station. Return home interview | RHI
            | by [[Nat Okafor|name]] (Vineyards Youth Hub): says he "owes" [[Tay|name]] £300.                        |
[[21|date]]-[[22 October 2026|date]] | Found in a flat in [[Kings Heath|place]], [[Birmingham|place]] with £640 and two phones;     | police
            | adult arrested ([[Taylor Rudge|name]], 19, of [[Barton Street|address]], [[Tewkesbury|place]]).        |
[[1.11.26|date]]     | Mother [[Gemma Meek|name]] reports a brick through the window of [[31 Queens Road|address]].       | police
[[12th Nov|date]]    | NRM referral made. [[Kayden|name]] moves to stay with his father at                          | SW
            | [[5 Mayfield Close|address]], [[Ashchurch|place]] [[GL20 8LB|postcode]] (father's mob [[07415 822 670|phone]]).  |
[[30/11/2026|date]]  | [[Kayden|name]] seen in [[Priors Park|place]] by a neighbour, Mrs [[Jean Bayliss|name]] of
[[Queens Road|address]],   | neighbour
            | at 22:40 "with a lad on an electric bike".                                                |

Note: [[Ruth Cheltenham|name]] is the author's name, not the town; "[[Cheltenham|place]] Spa" is the station.
"""),
    ("youth worker's notes typed fast on a phone after a detached session", """notes 4 file - typed on my phone sorry for typos
[[nat o|name]] / vineyards youth hub / sat [[28/11|date]]

- saw k ([[kayden|name]]) at the rec in [[priors pk|place]] about 7.15 with 3 others incl a lad called [[reece|name]] or [[reese|name]]
(16ish) + 2 i
dont know
- [[kayden|name]] v quiet, hood up, said hes living at his dads in [[ashchurch|place]] now and "its boring"
- said [[tay|name]] is "in jail so its sorted" - i dont think it is. the lad on the e bike was on his phone the whole time and
kept saying "k we gotta go"
- asked about school, said he goes to [[tewkes acad|school]] "sometimes", wants to go to [[glos college|school]] for
motor vehicle
- his mum [[gem|name]] came down at 7.40 (someone rang her) and took him home in the car
- told [[ruth c|name]] by text at 8.05 ([[07724 915 380|phone]])
- [[reece|name]] said his nan lives on [[barton st|address]]. could be [[Taylor Rudge|name]]s road? flagging it

next session thurs [[3rd|date]] 6pm

- p.s. [[jean|name]] from [[queens rd|address]] says [[kayden|name]]s little cousin [[mikey sollis|name]] (11) has been hanging round
the rec w the same lads. hes at [[john moore|school]]. his mum is [[stacey|name]] - lives up [[mitton|place]]. worth a word w
[[ruth|name]]?
"""),
]

DOCS_D += [
    ("return home interview record after a missing episode", """RETURN HOME INTERVIEW (RHI) - Gloucestershire Missing Children service
Young person: [[Kayden Sollis|name]]   DOB: [[28 May 2012|dob]]   Episode: missing [[21 Oct 2026|date]] 16:00 to [[22 Oct 2026|date]] 11:20
Found: [[Kings Heath|place]], [[Birmingham|place]] (West Midlands Police)   RHI by: [[Nat Okafor|name]]   Date of RHI: [[24/10/2026|date]]
Where: the McDonald's on [[Shannon Way|address]], [[Ashchurch|place]] (his choice)

What [[Kayden|name]] said: he went on the train from [[Ashchurch|place]] station with "[[Tay|name]]" and
another lad, "[[Bugsy|name]]", whose real name he does not know. They stayed in a flat with a woman called [[Shanice|name]] who
"did the cooking". He was told to hold two phones and "not answer the blue one". He said he was not hurt but [[Tay|name]]
slapped him when he lost £40. He was scared when the police came in.

Who he trusts: his dad [[Craig|name]]; his nan [[Sandra Meek|name]] in [[Mitton|place]]; his PE teacher Mr [[Jordan Dyer|name]].
He does not want his mum [[Gemma|name]] to know about the slapping "because she'll kick off with [[Tay|name]]'s mum", who
lives on [[Barton Street|address]] "above the barber's".

Actions: share with PC [[Lauren Dyer|name]] (Missing and Exploited team) and [[Ruth Cheltenham|name]] (SW); NRM to be
considered; [[Kayden|name]] asked to meet again at the Abbey meadows on [[31/10|date]].

Names he gave (for police intelligence, not to be shared with the family): "[[Tay|name]]" ([[Taylor Rudge|name]]?),
"[[Bugsy|name]]", "[[Shanice|name]]", a man called "Uncle [[Mo|name]]" who drove a grey Audi (he did not see the plate), and a girl from
[[Northway|place]] called [[Demi|name]] who "holds for them". He said [[Reece Hall|name]] from his
year is "in it too". He gave the [[Birmingham|place]] flat as "near the big Sainsbury's, top floor", and the street as
[[Poplar Road|address]], [[Kings Heath|place]].
"""),
    ("Snapchat screenshots a mother saved and handed to police", """Exhibit GM/1 - screenshots from [[Gemma Meek|name]]'s phone,
handed to PC [[Dyer|name]] on [[2 December 2026|date]]. Typed up by police staff; usernames kept as shown.

[chat with "kaydz_12"] (her son [[Kayden|name]])
Me: where r u
kaydz_12: with dad
Me: no ur not dad just rang me
kaydz_12: at [[jayden|name]]s in [[northway|place]] chill
Me: which [[jayden|name]]
kaydz_12: [[jayden pitt|name]]. his mum is there. stop stressing
Me: u have til 9 or im ringing [[ruth|name]]

[chat with "T.R.00"] (believed to be [[Taylor Rudge|name]])
T.R.00: tell ur boy he still owes
Me: who is this
T.R.00: he knows. nice window btw 🧱
"""),
]


# --- E. Winterstein / Lagrène family (Manouche, French Sinti), a private site at Walton Cardiff, Tewkesbury ----------------

HOME_E = d.Address("Plot 3, Orchard View", "Walton Cardiff", "Tewkesbury", "GL20 7RD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Romane", "Winterstein")], dt.date(2016, 6, 23), addresses=[HOME_E], ids=["5367309461", "W916654499042"],
       schools=["Walton Cardiff Primary School"]),
    _p("s", "sibling", [("Django", "Lagrène")], dt.date(2019, 8, 11), addresses=[HOME_E], ids=["2864006480"]),
    _p("m", "mother", [("Mélodie", "Winterstein")], dt.date(1994, 4, 1), addresses=[HOME_E], phones=["07852 144 396"]),
    _p("f", "father", [("Tony", "Lagrène")], dt.date(1990, 7, 19), addresses=[HOME_E], phones=["+33 6 12 48 73 95"]),
    _p("p1", "professional", [("Siobhan", "Hale")], phones=["01684 296 417"], emails=["siobhan.hale@swilgate.gov.uk"]),
], "c")

DOCS_E = [
    ("education inclusion officer's letter to a family on a private site", """Swilgate Council - Education Inclusion Service
Gypsy, Roma and Traveller Education team

Mrs [[M. Winterstein|name]] and Mr [[T. Lagrène|name]]
[[Plot 3, Orchard View|address]]
[[Walton Cardiff|place]]
[[Tewkesbury|place]]
[[GL20 7RD|postcode]]

[[27 November 2026|date]]

Dear [[Mélodie|name]] and [[Tony|name]],

[[Romane|name]] (Year 6, UPN [[W916654499042|upn]]) and [[Django|name]]

Thank you for seeing me at the site on Tuesday with your cousin [[Sabrina Reinhardt|name]], who kindly helped with the
French. I am writing down what we agreed so that you have it in writing, as you asked.

1. [[Romane|name]] has missed 41 sessions at [[Walton Cardiff
Primary|school]] since [[7 September|date]], most of them when
the family was in [[Strasbourg|place]] for your grandmother's funeral and then at the pilgrimage in [[Lisieux|place]]. I
understand this was a family duty and not a holiday. The school has recorded the first two weeks as authorised.
2. [[Romane|name]] told me, and her teacher Miss [[Élise Cotterell|name]], that she does not want to go back to school
because two girls in her class called her names about "the caravans". The head, Mr [[Gareth Probert|name]], will meet you
on [[3
December|date]] at 3.15 and has already spoken to the girls' families.
3. [[Django|name]] is 7 and is not on any school roll in England. You said he went to the école maternelle in
[[Schiltigheim|place]] (near [[Strasbourg|place]]) while you stayed with your aunt at [[12 rue des Chasseurs|address]]. We
will help you apply for a place; the form is enclosed.
4. You asked about [[Romane|name]]'s hearing. Her NHS number is [[536 730 9461|nhs]] and the referral from Church Street
Surgery to Tewkesbury Community Hospital is on its way.

If the phone on the site is not working, I will ring [[Tony|name]]'s French mobile, [[+33 6 12 48 73 95|phone]], or your
aunt's landline in [[Schiltigheim|place]], [[+33 3 88 41 26 07|phone]].

Yours sincerely
[[Siobhan Hale|name]]
Education Inclusion Officer   [[01684 296 417|phone]]   [[siobhan.hale@swilgate.gov.uk|email]]
cc [[Walton Cardiff Primary School|school]]; [[Stephen Price|name]], social worker (for information)

PS (handwritten): [[Romane|name]] asked me to tell you that her friend [[Ruby Hale|name]] from [[Northway|place]] will sit
with her at lunch. [[Ruby|name]]'s mum, [[Nicola Hale|name]], has offered to take [[Romane|name]] to school on Mondays and
Wednesdays from [[Northway Lane|address]]. - [[S. Hale|name]]
"""),
    ("WhatsApp voice notes in French and Romanes transcribed and translated for a child in need review", """Voice notes from
[[Mélodie|name]]'s phone ([[07852 144 396|phone]]), played at the review on [[4 December 2026|date]] with her agreement and
transcribed by the interpreter [[Agnès Morel|name]]. Romanes words kept, with her best English.

[1] Tata [[Nina|name]] (the aunt in [[Schiltigheim|place]]), [[22/11/2026|date]] 19:03, 0:48
"[[Mélo|name]], ma fille, écoute. La petite [[Romane|name]] elle m'a appelée, elle pleure, elle veut pas aller à l'école, les
gadjé l'embêtent. Tu viens pour Noël, on la met à l'école ici à [[Schilick|place]] avec [[Kalia|name]], c'est tout."
("[[Mélo|name]], my girl, listen. Little [[Romane|name]] called me, she is crying, she doesn't want to go to school, the
gadjé [non-Travellers] are bothering her. You come for Christmas, we put her in school here at [[Schilick|place]] with
[[Kalia|name]], that's all.")

[2] [[Mélodie|name]] back, [[22/11/2026|date]] 19:10, 1:12
"Non Tata, on reste à [[Tewkesbury|place]] cet hiver, [[Tony|name]] il a le travail avec [[Marcel|name]] sur les toits. La
dame de l'école, [[Siobhan|name]], elle est gentille. Et le petit [[Django|name]] doit aller à l'école aussi, sinon la
police."
("No auntie, we're staying in [[Tewkesbury|place]] this winter, [[Tony|name]] has the work with [[Marcel|name]] on the roofs. The
school lady, [[Siobhan|name]], is kind. And little [[Django|name]] has to go to school too, otherwise the police.")

[3] [[Tony|name]], [[23/11/2026|date]] 08:30, 0:20
"[[Mélo|name]] j'suis à [[Evesham|place]] avec le camion, je rentre ce soir. Dis à [[Romane|name]] que son papa l'aime."
("[[Mélo|name]] I'm in [[Evesham|place]] with the lorry, back tonight. Tell [[Romane|name]] her daddy loves her.")

Interpreter's note: "Tata" (auntie) and "papa" are not names; "[[Mélo|name]]" is [[Mélodie|name]]; "[[Schilick|place]]" is what
people there call [[Schiltigheim|place]].

Social worker's note below the transcript ([[Stephen Price|name]], [[4 Dec 2026|date]]): [[Mélodie|name]] confirmed that Tata
[[Nina|name]] is [[Nina Winterstein|name]], her father's sister, of [[12 rue des Chasseurs|address]], [[67300|postcode]]
[[Schiltigheim|place]]; that [[Kalia|name]] is [[Nina|name]]'s granddaughter (11); and that [[Marcel|name]] is
[[Marcel Lagrène|name]], [[Tony|name]]'s cousin, who lives in [[Metz|place]] and comes over for roofing work. Tonton
[[Dédé|name]] ([[André Winterstein|name]]) is the family's elder and will come to the review in January if
[[Romane|name]] is not back at school.
"""),
]

DOCS_E += [
    ("health visitor's contact record on a caravan site", """HEALTH VISITING - CONTACT RECORD (SystmOne print, [[05-Dec-2026|date]])
Client: [[WINTERSTEIN, Mélodie|name]]   DOB [[01-Apr-1994|dob]]   Tel [[07852 144 396|phone]]
Address: [[Plot 3, Orchard View|address]], [[Walton
Cardiff|place]], [[GL20 7RD|postcode]] (private site, 6 plots)
Children: [[LAGRÈNE, Django|name]] DOB [[11-Aug-2019|dob]] NHS [[286 400 6480|nhs]]; [[WINTERSTEIN, Romane|name]] DOB [[23-Jun-2016|dob]]
Contact: [[02-Dec-2026|date]] 10:30, home visit, HV [[Kerry Sandford|name]] with Traveller liaison [[Bernie Doran|name]]

Seen in the trailer (warm, clean, gas safety certificate seen, dated [[03-Mar-2026|date]]). Present: [[Mélodie|name]],
[[Django|name]], [[Mélodie|name]]'s sister-in-law [[Chanel Lagrène|name]] ([[plot 4|address]]) and her baby [[Tiago|name]].

[[Django|name]]: not registered with a GP in England; immunisations given in [[Strasbourg|place]] - French carnet de santé
seen, last entry [[14/05/2024|date]]. Speech clear in French and Romanes, little English. Tooth decay visible.
Registered today with Church Street Surgery (temp). Dental: referred to the community dental service at Tewkesbury Hospital.

[[Mélodie|name]]: low mood since her grandmother's death (Mamie [[Josette|name]]?). PHQ-9 14. She said [[Tony|name]] is "good
to her" but away working a lot. The site owner, Mr [[Patrick Ward|name]] ([[plot 1|address]]), has told her the site may be sold.

Next contact: [[16-Dec-2026|date]]. [[K. Sandford|name]] HV
"""),
    ("site warden's diary page photographed and typed up", """[Photo of a page from the site diary kept in the amenity block
at [[Orchard View|address]], sent by Mr [[Ward|name]] to the education officer on [[6 Dec|date]]; typed as written]

Mon [[23rd|date]]  Bins done. [[Tony L|name]] back late with lorry, parked over [[plot 2|address]] drive again. spoke.
Tue [[24th|date]]  Lady from council ([[Siobhan|name]]) came re kids school. [[Sabrina|name]] helped talk.
Wed [[25th|date]]  Water off 2 hrs. [[Chanel|name]] said baby [[Tiago|name]] poorly, rang 111 for her.
Thu [[26th|date]]  Frenchman came in a black Merc, FR plates, asking for [[Tony|name]]. Said he is cousin [[Marcel|name]]. Stayed 1 night
           on [[plot 5|address]] (empty) - told him £20.
Fri [[27th|date]]  [[Romane|name]] not at school again, was in the field with the horses. Told [[Mélo|name]].
Sat [[28th|date]]  Police car at gate 10.15 pm looking for a white van. Not ours.
Sun [[29th|date]]  [[Mélodie|name]] crying outside the block. Her aunt rang from France
"""),
]


# --- F. Merrett / Attwood family (white British), Newtown, Tewkesbury ------------------------------------------------------

HOME_F = d.Address("18 Tudor Walk", "Newtown", "Tewkesbury", "GL20 8QP")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Merrett")], dt.date(2026, 7, 14), addresses=[HOME_F], ids=["4618204737"]),
    _p("m", "mother", [("Chloe", "Attwood")], dt.date(2004, 12, 1), addresses=[HOME_F], phones=["07973 605 241"]),
    _p("f", "father", [("Lewis", "Merrett")], dt.date(2002, 3, 9), addresses=[HOME_F], phones=["07462 930 518"],
       emails=["lew.merrett02@gmail.com"]),
    _p("p1", "professional", [("Priya", "Dhillon")], phones=["01684 853 120"], emails=["priya.dhillon@swilgate.gov.uk"]),
], "c")

DOCS_F = [
    ("strategy discussion minutes after a baby's fracture", """STRATEGY DISCUSSION (s47) - MINUTES - OFFICIAL SENSITIVE
Child: [[MERRETT, Ivy|name]]   DOB: [[14/07/2026|dob]]   NHS: [[461 820 4737|nhs]]
Address: [[18 Tudor Walk|address]], [[Newtown|place]], [[Tewkesbury|place]] [[GL20 8QP|postcode]]
Held: Friday [[20 November 2026|date]] 11:00, Teams
Chair: [[Priya Dhillon|name]] (Team Manager, Swilgate Council, [[Tewkesbury|place]] team)
Attendees: DC [[Hollie Grist|name]] (Gloucestershire Constabulary CAIT); Dr [[Ben Okonjo|name]] (consultant paediatrician,
Gloucestershire Royal Hospital); [[Sarah Dance|name]] (health visitor); [[Stephen Price|name]] (social worker); [[Jo Stallard|name]]
(minutes)

1. Information shared
Dr [[Okonjo|name]]: [[Ivy|name]], 4 months, brought to the Emergency Department by her parents [[Chloe Attwood|name]] and [[Lewis
Merrett|name]] on [[18/11/2026|date]] at 23:10 with a swollen left thigh. X-ray shows a spiral fracture of the left femur. The
parents' account is that she "caught her leg in the cot bars". Skeletal survey on [[19.11|date]] showed no other fractures.
Bloods awaited. Not consistent with the account in a non-mobile baby.
[[Sarah Dance|name]]: new birth visit [[29 July|date]] and 6-8 week review [[2 September 2026|date]] unremarkable. [[Chloe|name]]
reported low mood at the 6-8 week check; referred to Talking Therapies. [[Lewis|name]] works shifts at a warehouse in
[[Ashchurch|place]]. [[Chloe|name]]'s mum, [[Tracey Attwood|name]], lives in [[Bredon|place]] and helps.
DC [[Grist|name]]: one call to [[18 Tudor Walk|address]] on [[4 October|date]] from a neighbour, Mr [[Dennis Clarke|name]]
([[no. 20|address]]),
about shouting and a baby crying "for hours"; officers found no offences. [[Lewis Merrett|name]] has a caution from 2021 (assault,
[[Worcester|place]]).

2. Decision: threshold for s47 met; joint investigation. [[Ivy|name]] to stay on the ward at Gloucestershire Royal until the
planning meeting; parents to be supervised by staff. [[Tracey Attwood|name]] to be assessed as an alternative carer
(address: [[Elmley Road|address]], [[Bredon|place]]). Next meeting [[24 November|date]], 10:00.

Actions: DC [[Grist|name]] to speak to [[Jordan Keyte|name]] and [[Ellie Bourne|name]] (babysitters on [[15 November|date]]) and
to Mr [[Dennis Clarke|name]]; [[Stephen Price|name]] to visit [[Tracey Attwood|name]] and paternal grandmother [[Karen Merrett|name]]
([[Hesters Way|place]], [[Cheltenham|place]]); [[Sarah Dance|name]] to ask the GP, Dr [[Imogen Slatter|name]], for [[Chloe|name]]'s
records; [[Priya Dhillon|name]] to inform the legal team by [[23/11|date]].
"""),
]

DOCS_F += [
    ("a father's own email to the social worker", """From: [[Lewis Merrett|name]] <[[lew.merrett02@gmail.com|email]]>
To: [[stephen.price@swilgate.gov.uk|email]]
Cc: [[Chloe|name]] <[[chloeattwood.x@hotmail.co.uk|email]]>
Sent: [[26 Nov 2026|date]] 01:37
Subject: [[ivy|name]] - PLEASE READ

[[Stephen|name]]

i know your going to say this should go through the solicitor (Mrs [[Kaur|name]]?) but i cant sleep so im writing it now.

Me and [[Chlo|name]] did not hurt [[Ivy|name]]. i have gone over it 100 times. the only time she was out of our sight was
Sunday [[15th|date]] when my mate [[Jordan|name]] and his girlfriend [[Ellie|name]] babysat for 2 hrs so we could go to
[[chloe|name]]s nans 80th at the Royal Hop Pole. [[Jordan Keyte|name]] lives at [[Flat 2, 9 Oldbury Road|address]] if the police
want him. nobody has asked him.

Also [[Tracey|name]] ([[chloe|name]]s mum) is not well enough to have [[Ivy|name]] full time, she has COPD. my mum [[Karen Merrett|name]]
can, she lives in [[Cheltenham|place]] ([[Hesters Way|place]]) at [[44 Brooklyn Road|address]], [[GL51 8DT|postcode]], her number is
[[07973 605 241|phone]] no sorry thats [[chloe|name]]s, mums is on the form.

i am not a violent person. the caution in [[Worcester|place]] was a fight when i was 19 outside a club.
please ring me [[07462 930 518|phone]] any time

[[Lew|name]]

Sent from my iPhone
"""),
]

DOCS_F += [
    ("hospital safeguarding nurse's discharge planning note", """Gloucestershire Hospitals NHS Foundation Trust - Safeguarding Children Team
DISCHARGE PLANNING NOTE
Patient: [[Ivy MERRETT|name]]   DOB [[14.07.2026|dob]]   NHS [[461 820 4737|nhs]]   Ward: Children's Ward 9a
Author: [[Bethan Yeates|name]], Named Nurse Safeguarding   Date: [[1st December 2026|date]]

Meeting held on the ward [[30/11/2026|date]]: [[Stephen Price|name]] (SW), Dr [[Okonjo|name]], [[Sarah Dance|name]] (HV),
parents [[Chloe Attwood|name]] and [[Lewis Merrett|name]] (left after item 2), paternal grandmother [[Karen Merrett|name]].

Bloods: bone profile and vitamin D normal. Ophthalmology: no retinal haemorrhages. Repeat skeletal survey booked for
[[8 December|date]] (about three weeks after the first).

Plan agreed: [[Ivy|name]] to be discharged to paternal grandmother [[Karen Merrett|name]] at [[44 Brooklyn Road|address]],
[[Hesters Way|place]], [[Cheltenham|place]] under a section 20 agreement, pending the viability assessment. Parents' contact
supervised at the [[Tewkesbury|place]] family centre, Mon/Wed/Fri. [[Tracey Attwood|name]] ([[Bredon|place]]) to have contact on
Sundays at [[Karen|name]]'s. GP to be changed from Church Street Surgery to Springbank Surgery.

Ward staff note: father phoned the ward 12 times on the night of [[25|date]]/[[26 November|date]]; one call answered by
HCA [[Molly Ricketts|name]], who said he was "tearful, not abusive".

Visitors allowed (list agreed with [[Stephen Price|name]], to be kept at the nurses' station): [[Chloe Attwood|name]], [[Lewis
Merrett|name]] (supervised, together only), [[Karen Merrett|name]], [[Tracey Attwood|name]], [[Chloe|name]]'s sister [[Becky
Attwood|name]]. NOT allowed: [[Jordan Keyte|name]], [[Ellie Bourne|name]] (police enquiries), [[Lewis|name]]'s brother [[Jake
Merrett|name]]. Any other visitor to be checked with the duty social worker on [[01684 853 120|phone]].
"""),
    ("a neighbour's handwritten note pushed through the door and photographed", """[Photographed by [[Chloe|name]] and sent to
[[Stephen|name]] on [[27/11/26|date]]. Handwritten on a Tesco receipt, typed as written]

To [[Chloe|name]] + [[Lewis|name]] at [[18|address]]

Im sorry I rang the police that time in October. I didnt know about the baby and the hospital till
[[Pat|name]] from [[no 22|address]] told me. If you want me to say to the social that I never heard
anything like hitting, only crying, I will. My name is [[Dennis Clarke|name]] and my phone
is [[07842 613 095|phone]]. My daughter [[Shelley|name]] says I shoudnt get involved but I am 78 and I
can do what I like.

[[Den|name]] ([[no. 20|address]])
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 176 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:15 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa", "madam", "tata",
           "tatie", "tonton", "mamie", "papi"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "gloucestershire", "glos",
               "the cotswolds", "cotswolds", "cotswold", "worcestershire", "wiltshire", "the west midlands", "west midlands",
               "dagestan", "the republic of dagestan", "russia", "the caucasus", "north caucasus", "chechnya", "france",
               "alsace", "normandy", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (the French "Tata" and "Tonton"
# among them) and counties, regions and countries ("Gloucestershire", "the Cotswolds", "Dagestan", "Russia", "France",
# "Alsace").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
