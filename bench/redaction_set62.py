"""Set 62: a held-out hand-written set for the redaction detector, six more invented families in Derbyshire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set63.py to bench/redaction_set65.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set21.py (its docstring, its first family's record and first document, its last two documents and
its word lists and helpers; the layout and marking conventions followed here) and tests/test_redaction_set21.py in full; the
docstrings of bench/redaction_set7.py to bench/redaction_set61.py, printed only and searched for Derbyshire towns and for the
names of communities (to see which towns and communities earlier sets used as a family's home); a listing of the top-level
definitions of bench/redaction_set15.py (its records' addresses, NAME and word-list lines showed in passing); the `_party`,
`Records` and `HandSet` helpers of bench/redaction_handwritten.py; and the ruff settings in pyproject.toml. Phone numbers were checked with
the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes.
If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Derbyshire, each from a town, district or estate no earlier set used as a family's home. Four white British
families: on the Gamesley estate, Glossop, with a grandmother in Hadfield (Brindley / Cheetham; a girl of 9 late and hungry
at school, a toddler's scald, a mother's partner's cannabis growing, a mother who writes to the conference herself), in
Shirebrook, with a father in Bolsover and a grandmother in Langwith Junction (Spencer / Naylor; a boy of 15 missing and
exploited in county lines to Mansfield and Lincoln, a car stopped with him in it), on Harpur Hill, Buxton, with a grandmother
in Chapel-en-le-Frith and a father in New Mills (Bagshaw / Mellor; a baby of 7 weeks with a torn frenulum, a young mother,
neighbours' complaints, a family group conference), and two from communities no earlier set used: a Rwandan family in
Sawley, Long Eaton, with a grandmother in Kigali and an aunt in Bulwell (Uwimana / Habimana / Ishimwe; a girl of 14 hit with
a belt by her father as discipline, a church pastor, a family chat in Kinyarwanda) and a Chaldean Catholic family from Iraq
in Cotmanhay, Ilkeston, with family in Ankawa and Alqosh and an uncle in Fairfield, Sydney (Yousif / Shamoun; a girl of 13
to be taken to Iraq for the summer, fears of a marriage, a mother isolated, a boy of 6 with a speech delay); and a Bhutanese
Nepali (Lhotshampa) family, once refugees in the camps of Jhapa, in Darley Dale, near Matlock, with family in Pittsburgh
(Adhikari / Ghimire; a girl of 15 caring for a mother with depression and a father on nights, a young carers assessment,
names and places in Devanagari). 24 documents: a home visit case note, a school attendance officer's text-message log, an
initial child protection conference report and a mother's own handwritten letter scanned and OCR'd (Glossop); a MASH contact
and referral form, a family WhatsApp chat in Kinyarwanda and English typed up and translated, strategy discussion minutes and
a pastor's email (Long Eaton); a child and family assessment written with an interpreter, a GP's letter, a police body-worn
video transcript and a chronology (Ilkeston); a child exploitation screening form, a youth worker's notes typed fast on a
phone, a child in need review's minutes and a police stop-check log (Shirebrook); a health visitor's record, a hospital
safeguarding referral, a neighbour's emails to the housing office and a family group conference plan (Buxton); a young
carers assessment, a school's safeguarding log export, a Viber chat typed up with Nepali in Devanagari, and a letter to the
family (Darley Dale).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Rwanda, Iraq, Australia, the United States, Nepal); NHS numbers and UPNs (LA number
830) pass their check digits; NI numbers have a valid format. The council is invented (Derwent Edge Council), and so are the
churches, surgeries and groups named below; towns, districts, estates, villages, real schools, NHS bodies, hospitals, police
forces, courts, landmarks, brands, apps, foods and festivals are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, Sgt, Nan, Grandad, Mum, Mama, Papa, Father (a priest), Pastor, Aama, Buwa, Daju, Maiju) stay outside
the name span; a possessive 's stays outside; every person's name is a name in every form, record or not. "SURNAME, First" is
one span, and so is an initial with a surname; a name broken by a line break is one span holding the break, and so is an
address, a place, a school or a date; social media handles are not marked but a display name that is a plain name is; a
contact saved under a kinship word ("Mama", "Nan", "Aama") is not a name. A street address is one span, its town a place, its
postcode a postcode; a street named without a number is an address, and so is a neighbour's bare flat or house number;
towns, cities, villages, districts and estates are places, at home or abroad and in any script ("Gamesley", "عنكاوا",
"झापा"); countries, counties and regions are not ("Derbyshire", "Rwanda", "Iraq", "Kurdistan", "Nepal", "Bhutan", "the
Peak District"); organisations are not marked even when they hold a town's or a person's name ("Tameside General", "Stepping
Hill", "Royal Derby", "King's Mill", "the Chaldean Mission of Mar Addai", "Sawley Road Surgery"); a school's name and its
short form is a school; a date of birth is dob, any other calendar date with a day is date (a weekday stays outside); months
and years alone are not marked; helplines are not marked; pets' names are not names; landmarks stay unmarked ("Melandra
Castle", "Trent Lock", "the Erewash Canal", "Poole's Cavern", "the Pavilion Gardens", "Heights of Abraham", "Shipley
Country Park"); a surname that is also a town is marked by what it refers to ("Hadfield" and "Buxton" are names when they
are people and places when they are places; "Oldham", a town elsewhere, is a name here).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a refugee camp is a place
("Beldangi", "Sanischare"), as a village is; "High Peak" and "Erewash" alone are districts of local government, like
counties, and stay unmarked (they appear here only in the names of teams, services and a canal); a Chaldean church named after a saint is an
organisation; a saint's name in a child's baptismal name given by the family ("Youhanna" for "John") is a name; a church
group named after a town ("the Ilkeston Chaldean families") marks the town; a vehicle registration typed without its space
("YR19KFE") is a vehicle, as with one; a drug line's name ("the Tommo line") marks the nickname in it, since it is a
person's (a child's own street name, "Smudge", is a name too, like an alias); a police collar number, a crime reference, a
road number ("A617") and a case number are not marked; a first name typed in lower case in a message is a name; a team or
service named by its town ("Glossop CID", "Bolsover SNT", "Buxton HV team", "Matlock Locality Team", "Glossop minor
injuries") marks the town, as set 21's "Plymouth PDU" did, while a named building or institution ("Glossop Town Hall",
"Chapel Town Hall", "Glossop Primary Care Centre", "Shirebrook Family Hub", "Ilkeston Community Hospital", "Darley Dale
Medical Centre") is an organisation and stays unmarked; a GP practice named after a person ("Howard Medical") is an
organisation; an office's street ("Smedley Street") is an address like any other; a birth date in a chronology line is a
dob.

Self-check without the detector: `python -m bench.redaction_set62` (and tests/test_redaction_set62.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words and counties, regions and countries, and
prints the number of documents and gold spans per kind: 24 documents, 996 gold spans, 526 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Brindley / Cheetham family (white British), Gamesley, Glossop --------------------------------------------------------

HOME_A = d.Address("41 Youlgrave Crescent", "Gamesley", "Glossop", "SK13 0HF")
NAN_A = d.Address("8 Bank Street", "Hadfield", "Glossop", "SK13 1BB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaycee", "Brindley")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["638 868 0410", "V830268882540"],
       schools=["Dinting Brook Primary School"]),
    _p("s", "sibling", [("Archie", "Cheetham")], dt.date(2023, 8, 2), addresses=[HOME_A], ids=["423 296 7818"]),
    _p("m", "mother", [("Jodie", "Brindley")], dt.date(1997, 10, 9), addresses=[HOME_A], phones=["07824 611 350"],
       ids=["JK 40 21 77 B"]),
    _p("f", "partner", [("Ryan", "Cheetham")], dt.date(1993, 1, 30), addresses=[HOME_A], phones=["07956 338 041"]),
    _p("g", "grandparent", [("Sandra", "Brindley")], dt.date(1971, 6, 3), addresses=[NAN_A], phones=["01457 862 315"]),
    _p("p1", "professional", [("Lisa", "Hadfield")], phones=["0300 123 8402"], emails=["lisa.hadfield@derwentedge.gov.uk"]),
], "c")

DOCS_A = [
    ("home visit case note", """CASE NOTE - Home visit (announced)        Recorded by: [[Lisa Hadfield|name]], Social Worker, Derwent Edge
Council
Child: [[Kaycee BRINDLEY|name]] (DOB [[22/04/2017|dob]])   Sibling: [[Archie Cheetham|name]] (DOB [[02/08/2023|dob]])
Address: [[41 Youlgrave Crescent|address]], [[Gamesley|place]], [[Glossop|place]] [[SK13 0HF|postcode]]
Date of visit: Tuesday [[3 November 2026|date]], 15:40-16:55        Present: [[Jodie Brindley|name]] (mother), [[Kaycee|name]],
[[Archie|name]]

Purpose: follow-up to the school's referral of [[28 October|date]] ([[Kaycee|name]] late 11 times this half term, arriving hungry,
asking the lunchtime supervisor Mrs [[Pat Oldham|name]] for toast) and the burn to [[Archie|name]]'s left forearm seen at
nursery on [[30/10|date]].

[[Jodie|name]] let me in after a few minutes; she said she had been asleep. The front room was warm and tidy but the kitchen
had no food apart from cereal with no milk and a loaf. [[Jodie|name]] said her benefits were sanctioned in October and she is
using the pantry at the Gamesley Community Centre on Thursdays. She said [[Ryan|name]] (Mr [[Cheetham|name]], [[Archie|name]]'s dad)
"comes and goes" and was at his mate's in [[Hattersley|place]]. The back bedroom door was locked; [[Jodie|name]] said it was [[Ryan|name]]'s
"stuff" and she had no key. There was a strong smell of cannabis on the landing and a humming noise. I have shared this
with the police (DC [[Mark Swindells|name]], [[Glossop|place]] CID).

[[Archie|name]]'s burn: [[Jodie|name]] said he pulled a cup of tea off the coffee table on Sunday [[25 October|date]] and she ran it
under the tap and took him to the minor injuries unit at Glossop Primary Care Centre the next day. The dressing was clean.
I will check with the unit and with Tameside General.

[[Kaycee|name]] showed me her room (she shares with [[Archie|name]]). She said Nan ([[Sandra Brindley|name]], [[8 Bank Street|address]],
[[Hadfield|place]]) gives her tea on Wednesdays and walks her to school "when Mum is poorly". She said her best friend is
[[Ellie-Mae|name]] from [[no. 37|address]] and that she likes going to Melandra Castle with [[Ellie-Mae|name]]'s dad to walk the dog.
She said [[Ryan|name]] shouts "when his phone goes". She asked if she could still go to Nan's.

Plan: food bank voucher given; health visitor [[Gemma Rowbotham|name]] to visit [[Archie|name]] by [[6/11/26|date]]; strategy discussion
requested; school (Mrs [[Oldham|name]] and the DSL Mr [[Ian Buxton|name]] at [[Dinting Brook Primary|school]]) to keep a breakfast
record. Next visit Monday [[9th November|date]]. [[Jodie|name]]'s mobile [[07824 611 350|phone]].

Addendum [[4/11/2026|date]] 09:30: rang Nan ([[Sandra|name]]) on [[01457 862 315|phone]]. She works mornings at the bakery in
[[Charlesworth|place]] and can have [[Kaycee|name]] Tuesday to Thursday after school. She said [[Ryan|name]]'s cousin [[Liam Cheetham|name]]
from [[Dukinfield|place]] "brings bags round in a van". She also said the neighbour at [[no. 39|address]], Mrs [[Hazel Sidebottom|name]],
has been feeding [[Kaycee|name]] on Fridays. Rang the minor injuries unit: [[Archie|name]] seen [[26/10/2026|date]] by nurse
practitioner [[Beth Garside|name]], dressing, advice, no concerns recorded. Spoke to [[Gemma Rowbotham|name]] (HV): last saw
[[Archie|name]] at his 2-year review on [[15 August 2025|date]]; weight then on the 25th centile; one missed appointment on
[[2 June|date]].
"""),
    ("school attendance officer's text-message log, exported", """[[DINTING BROOK PRIMARY SCHOOL|school]] - PARENT TEXT LOG (export)
Pupil: [[BRINDLEY, Kaycee|name]]  Yr 5  UPN [[V830268882540|upn]]   Contact 1: Mother [[07824 611 350|phone]]   Contact 2: Nan
[[01457 862 315|phone]]
Sender: [[K Marsden|name]] (Attendance Officer)

[[02/11/2026|date]] 09:12 OUT  [[Kaycee|name]] is not in school today. Please call the office on [[01457 853 410|phone]] or reply to this
text.
[[02/11/2026|date]] 09:47 IN   shes coming shes just late sorry my alarm
[[02/11/2026|date]] 10:20 OUT  Thank you. [[Kaycee|name]] arrived 10:14. She said she had not had breakfast so we gave her some.
[[03/11/2026|date]] 08:55 IN   can [[kaycee|name]] stay for breakfast club from tmrw i cant pay yet tho
[[03/11/2026|date]] 09:02 OUT  Yes, breakfast club is free for [[Kaycee|name]]. Mrs [[Marsden|name]].
[[04/11/2026|date]] 09:15 OUT  [[Kaycee|name]] is not in school today. Please call the office or reply to this text.
[[04/11/2026|date]] 09:51 IN   shes at her nans in [[hadfield|place]] ill get her there i havnt got bus fare till thurs
[[04/11/2026|date]] 09:53 OUT  Can [[Sandra|name]] bring her?
[[04/11/2026|date]] 10:31 IN   no me mums at work. [[ryan|name]] will drop her he'll be 20 min
[[04/11/2026|date]] 11:05 OUT  [[Kaycee|name]] arrived 11:02 in a grey car. Thank you.
[[05/11/2026|date]] 07:58 IN   this is [[kaycee|name]]s nan. shes with me tonight + tomorrow. [[jodie|name]] not well. ill bring her on
the 237
[[09/11/2026|date]] 09:10 OUT  [[Kaycee|name]] is not in school today. Please call the office or reply to this text.
[[09/11/2026|date]] 12:40 OUT  No reply. Mr [[Buxton|name]] (DSL) informed. Social worker Ms [[Hadfield|name]] told 12:44.
[[09/11/2026|date]] 13:02 IN   sorry the social was here all morning shes in tomorow promise. [[archie|name]] had doctors
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Derwent Edge Council, Children's Services, High Peak Locality Team
Children: [[Kaycee Brindley|name]], DOB [[22.04.2017|dob]], NHS [[638 868 0410|nhs]]; [[Archie Cheetham|name]], DOB [[02.08.2023|dob]],
NHS [[423 296 7818|nhs]]
Address: [[41 Youlgrave Crescent|address]], [[Gamesley|place]], [[Glossop|place]], [[SK13 0HF|postcode]]
Conference date: [[19 November 2026|date]], Glossop Town Hall (Committee Room 2)     Chair: [[Anjali Patel|name]]
Author: [[Lisa Hadfield|name]], Social Worker; Team Manager [[Rob Kinder|name]]

1. Family and network
Mother [[Jodie Brindley|name]] (29, DOB [[09/10/1997|dob]], NI [[JK 40 21 77 B|ni]]). [[Archie|name]]'s father [[Ryan Cheetham|name]] (33,
DOB [[30/01/1993|dob]], mobile [[07956 338 041|phone]]) stays at the home most nights.
[[Kaycee|name]]'s father, [[Dale Hibbert|name]], lives in
[[Stalybridge|place]] and has not seen her since 2021. Maternal grandmother [[Sandra Brindley|name]] ([[Hadfield|place]]) is the
family's main support. Other network: [[Jodie|name]]'s friend [[Kirsty Lomas|name]] ([[Simmondley|place]]); [[Ryan|name]]'s brother
[[Connor Cheetham|name]] ([[Hattersley|place]]).

2. What happened
On [[12 November 2026|date]] police executed a warrant at the address and found 14 cannabis plants, lights and a bypassed meter
in the locked back bedroom. [[Ryan|name]] was arrested and released under investigation; [[Jodie|name]] says she did not know
what was in the room. Fire officers said the wiring was a serious fire risk to the children's room next door.
[[Archie|name]]'s scald (left forearm, about 4 cm) was seen at [[Glossop|place]] minor injuries on [[26 October|date]] and judged
consistent with the account by Dr [[Farah Iqbal|name]] at Tameside General on [[5.11.26|date]], though care was delayed by a
day.
[[Kaycee|name]]: 11 late marks and 4 absences since [[7 September|date]]; arrives hungry; breakfast club since
[[4th Nov|date]]. Her class teacher Miss [[Amber Whitworth|name]] says she is "quiet, tired, and very protective of her brother".

3. The children's views
[[Kaycee|name]] told me on [[10/11|date]] at school: "I don't like the humming room. I want [[Ryan|name]] to stop shouting at
Mum. I like it at Nan's in [[Hadfield|place]] because there's always tea." She drew her house with a big padlock.

4. Analysis and recommendation
Neglect of basic care, a dangerous home environment and exposure to criminal activity. Strengths: [[Jodie|name]] loves the
children, has accepted help, and [[Sandra|name]] is protective. I recommend child protection plans for both children under the
category of neglect, [[Ryan|name]] not to stay at the house pending the investigation, and a referral to Glossop Family Hub.
"""),
    ("mother's handwritten letter to the conference, scanned and OCR'd", """[scanned [[20/11/2026|date]] - OCR - p. 1/1 - words unclear]

To the confrence and [[Lisa|name]]

my name is [[Jodie Brindley|name]] I am [[Kaycee|name]] and [[Archie|name]]s mum. I cant speak in the meeting I will
just cry so I wrote this. I know I let them down. I did not know what was in that room I swear on my kids lifes.
I have told [[Ryan|name]] he can not come back to [[Youlgrave|address]] till its sorted and he is at his brother [[Con|name]]s
in [[Hattersley|place]] now. My mum [[Sandra|name]] has said the kids can stop at hers in [[Had-
field|place]] when I am bad with my nerves, I have got a doctors appt at the Howard Medical practise on the
[[24th|date]] for my depression.

[[Kaycee|name]] is a good girl she makes [[Archie|name]] his breakfast when I cant get up and that is not right I know
that. I have been going to the pantry and Mrs [[Oldham|name]] from school gave me a bag of uniform. I want
to do the parenting course at the hub on Wednesdays. Please dont take them. My number is [[07824 611 350|phone]]
if anyone needs me or ring my mum on [[01457 862 315|phone]].

thank you for reading this
[[Jodie|name]] x
"""),
]


# --- B. Uwimana / Habimana / Ishimwe family (Rwandan), Sawley, Long Eaton -----------------------------------------------------

HOME_B = d.Address("26 Tamworth Road", "Sawley", "Long Eaton", "NG10 3AT")
AUNT_B = d.Address("9 Highbury Road", "Bulwell", "Nottingham", "NG6 9DA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Gloria", "Ishimwe")], dt.date(2012, 5, 14), addresses=[HOME_B], ids=["591 592 4344", "H830222323612"],
       schools=["Wilsthorpe School"]),
    _p("s", "sibling", [("Eric", "Mugisha")], dt.date(2018, 2, 3), addresses=[HOME_B], ids=["722 537 7795"],
       schools=["Sawley Junior School"]),
    _p("m", "mother", [("Claudine", "Uwimana")], dt.date(1986, 9, 1), addresses=[HOME_B], phones=["07411 920 537"]),
    _p("f", "father", [("Jean-Paul", "Habimana")], dt.date(1981, 12, 12), addresses=[HOME_B], phones=["07593 218 664"],
       ids=["RW 52 18 93 C"]),
    _p("a", "aunt", [("Solange", "Mukamana")], addresses=[AUNT_B], phones=["07868 402 119"]),
    _p("p1", "professional", [("Hannah", "Clay")], phones=["0115 932 4806"], emails=["hannah.clay@derwentedge.gov.uk"]),
], "c")

DOCS_B = [
    ("MASH contact and referral form", """DERWENT EDGE COUNCIL - STARTING POINT / MASH - CONTACT AND REFERRAL FORM
Contact ref: CR-26-118204        Received: [[16/11/2026|date]] 10:42 by email        Screened by: [[Tom Needham|name]]
REFERRER
Name: [[Dawn Attewell|name]]          Role: DSL, [[Wilsthorpe School|school]]          Tel: [[0115 946 3327|phone]]
Email: [[d.attewell@wilsthorpe.derbyshire.sch.uk|email]]

CHILD
Surname: [[ISHIMWE|name]]     Forename(s): [[Gloria|name]]     DOB: [[14-05-2012|dob]]     Gender: F     Yr 10
UPN: [[H830222323612|upn]]    NHS no: [[591 592 4344|nhs]]    Ethnicity: Black African (Rwandan)    Language: Kinyarwanda, English
Address: [[26 Tamworth Road|address]], [[Sawley|place]], [[Long Eaton|place]], Derbyshire [[NG10 3AT|postcode]]

OTHER MEMBERS OF THE HOUSEHOLD
Mother: [[UWIMANA Claudine|name]]   Mob: [[07411 920 537|phone]]   (speaks some English, French better)
Father: [[HABIMANA Jean-Paul|name]]   Mob: [[07593 218 664|phone]]   (works nights, Boots D90 at [[Beeston|place]])
Sibling: [[MUGISHA Eric|name]], DOB [[03-02-2018|dob]], [[Sawley Junior School|school]]

REASON FOR CONTACT
Today in period 2 [[Gloria|name]] told her form tutor Mr [[Kwame Boateng|name]] that her dad hit her "with his belt" on Saturday
night ([[14/11|date]]) because she came home at 9.30 pm from her friend [[Chloe Straw|name]]'s house in [[Breaston|place]]. PE teacher
Ms [[Jade Orme|name]] saw three linear red marks on the back of her left thigh when changing. [[Gloria|name]] said it has happened
"a few times since Year 8", that in Rwanda "this is normal" and begged us not to tell because "Papa will send me to [[Kigali|place]]
to Nyogokuru" (her grandmother). She said her mum "tries to stop him". [[Eric|name]] (8) is not hit, she says.
She is frightened to go home tonight. She said she could go to her aunty [[Solange|name]] in [[Bulwell|place]] ([[07868 402 119|phone]]).

CONSENT: not sought from parents (risk of harm to the child). Child aware of this referral.
Previous contacts: [[11/02/2024|date]] ([[Sawley Junior|school]]: [[Eric|name]] said "Papa smacked [[Glo|name]]", NFA after a call to
[[Claudine|name]]); [[30/06/2025|date]] (A&E, Royal Derby: [[Gloria|name]]'s wrist, no concerns raised).
GP: Dr [[Funmi Oyelaran|name]], Sawley Road Surgery, [[Long Eaton|place]], tel [[0115 973 2418|phone]].
MASH DECISION ([[16/11/2026|date]] 12:15, [[T Needham|name]] / Sgt [[Lee Parkin|name]]): strategy discussion today; s47 threshold met.
"""),
    ("family WhatsApp group chat in Kinyarwanda and English, typed up and translated", """Typed up by [[Hannah Clay|name]] (SW) from
screenshots [[Claudine|name]] showed me on her phone on [[18/11/2026|date]], with
her agreement. Kinyarwanda translated by the interpreter [[Vestine Nyiramana|name]] (Language Empire). Group name: "Umuryango ❤️"
Members: Mama (= [[Claudine|name]]'s mother, [[Kicukiro|place]], [[Kigali|place]], [[+250 788 314 562|phone]]), [[Solange|name]],
[[Claudine|name]],
[[Jean-Paul|name]], [[Gloria|name]], "Tonton [[Emmanuel|name]]" ([[+250 722 608 193|phone]]).

[[15/11/2026|date]] 07:02 [[Jean-Paul|name]]: [[Gloria|name]] ntiyubaha. Ejo yatashye saa tatu n'igice z'ijoro.
    ([[Gloria|name]] has no respect. Yesterday she came home at half past nine at night.)
[[15/11/2026|date]] 07:30 Mama: Mwana wanjye, umwana ahanwa n'urukundo. Ntimumukubite.
    (My child, a child is corrected with love. Do not beat her.)
[[15/11/2026|date]] 08:11 [[Solange|name]]: [[Jean Paul|name]] that is enough. Here in UK they will take the kids. [[glo|name]] can come
to me in
    [[bulwell|place]] any weekend
[[15/11/2026|date]] 08:40 [[Gloria|name]]: sorry papa. I was at [[chloe|name]]s we were doing the science project. her mum drove me home
[[15/11/2026|date]] 09:03 [[Jean-Paul|name]]: Uzajya i [[Kigali|place]] kwa nyogokuru mu mpeshyi.
    (You will go to [[Kigali|place]] to your grandmother in the summer.)
[[15/11/2026|date]] 09:05 Mama: Ndamwakira. Ariko ntabwo ari igihano.
    (I will welcome her. But it is not a punishment.)
[[16/11/2026|date]] 19:48 [[Claudine|name]]: Abakozi b'ishuri bahamagaye. [[Gloria|name]] ari kwa [[Solange|name]].
    (The school staff called. [[Gloria|name]] is at [[Solange|name]]'s.)
[[16/11/2026|date]] 19:55 Tonton [[Emmanuel|name]]: [[Jean Paul|name]], call me. I had the same in [[Leicester|place]] with
[[Patrick|name]] in 2019.
[[17/11/2026|date]] 06:30 [[Jean-Paul|name]]: I am sorry to everybody. I will do what the social worker says.
[[17/11/2026|date]] 06:41 [[Solange|name]]: ok. [[eric|name]] is asking for his sister, bring him sat to me, I make isombe
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (Teams)
Date: Monday [[16 November 2026|date]], 14:00-14:45      Chair: [[Rachel Wragg|name]], Team Manager, Erewash Locality
Child: [[Gloria ISHIMWE|name]] (DOB [[14/05/2012|dob]]), [[26 Tamworth Road|address]], [[Sawley|place]] [[NG10 3AT|postcode]]
Sibling: [[Eric Mugisha|name]] (DOB [[03/02/2018|dob]])
Present: [[Rachel Wragg|name]] (chair); [[Hannah Clay|name]] (SW, minutes); DS [[Gareth Spendlove|name]], Derbyshire Constabulary
Child Abuse Investigation Unit; [[Dawn Attewell|name]] (DSL, [[Wilsthorpe|school]]); [[Ruth Allsop|name]] (school nurse);
Mrs [[Sue Grainger|name]] (headteacher, [[Sawley Junior|school]]). Apologies: Dr [[Oyelaran|name]] (GP, Sawley Road Surgery).

Information shared
- Police: no previous for either parent. [[Jean-Paul Habimana|name]] came to the UK in 2009; works nights at [[Beeston|place]].
  One call in 2023 from a neighbour at [[no. 28|address]] (Mr [[Dennis Shaw|name]]) about shouting; no crime.
- School: [[Gloria|name]] is bright, predicted 7s; hair braided by her mum every Sunday; two absences after weekends in
  October. She told [[Dawn|name]] "Papa says in Rwanda a belt is nothing".
- [[Sawley Junior|school]]: [[Eric|name]] happy, well cared for; no marks; says "Papa is strict with [[Glo|name]]".
- Health: up to date; [[Gloria|name]] was seen at Royal Derby on [[3 June 2025|date]] with a wrist sprain "from netball".

Decisions
1. Section 47 enquiry, joint. Achieving Best Evidence interview at [[Ilkeston|place]] on [[17/11/26|date]] at 10:00 (DS
   [[Spendlove|name]]).
2. [[Gloria|name]] to stay with her aunt [[Solange Mukamana|name]], [[9 Highbury Road|address]], [[Bulwell|place]], [[Nottingham|place]]
   [[NG6 9DA|postcode]] tonight; checks on the aunt by the city's MASH (done 14:30, nothing known).
3. Medical: child protection medical at Royal Derby on [[17th|date]] afternoon.
4. Interpreter (Kinyarwanda) for [[Claudine|name]]; not a church member or family friend.
"""),
    ("pastor's email to the social worker", """From: Pastor [[Innocent Kayitare|name]] <[[innocent.kayitare@gmail.com|email]]>
To: [[hannah.clay@derwentedge.gov.uk|email]]
Sent: Thu, [[Nov 19, 2026|date]] at 9:14 PM
Subject: [[Habimana|name]] family

Dear Madam [[Hannah|name]],
I am the pastor of Living Water International Fellowship which meets at the community hall on [[Wilsthorpe Road|address]] in [[Long
Eaton|place]] every Sunday. [[Jean-Paul|name]] and [[Claudine|name]] have been members since 2015 and [[Jean-Paul|name]] is one of our
deacons. He asked me to write to you.
He knows that he was wrong to use the belt on [[Gloria|name]]. In our culture many of us were raised with beating and we did
not question it. I have spoken with him many times since Monday, also with my wife Mrs [[Agnes Kayitare|name]] who leads the
mothers' group and who visited [[Claudine|name]] on Tuesday [[17th November|date]].
We can offer: a place for [[Gloria|name]] to stay with our family at [[14 Curzon Street|address]] if she does not want to be
with her aunty in [[Nottingham|place]]; the parenting group that [[Benjamin Ntwari|name]] runs at our church with
Erewash Family Hub; and help with the bus for [[Eric|name]].
Our church also has a brother, Mr [[Felix Gatera|name]], in [[Derby|place]] (tel
[[07732 145 980|phone]]) who did the "Parenting with Love" course and can speak with [[Jean-Paul|name]] man to man.
Last Saturday our youth leader [[Aimée Uwase|name]] took [[Gloria|name]], [[Eric|name]] and the other young people for a walk at
Trent Lock and along the Erewash Canal, and [[Gloria|name]] told her she misses her mum. [[Aimée|name]] can be reached on
[[07891 604 227|phone]]. [[Claudine|name]]'s cousin [[Béatrice Ingabire|name]] in [[Huye|place]] ([[Butare|place]]) has also written to
[[Jean-Paul|name]] from [[Kigali|place]].
Please call me any time on [[07507 663 218|phone]].
God bless you,
Pastor [[Innocent|name]]
"""),
]


# --- C. Yousif / Shamoun family (Chaldean Catholic, from Iraq), Cotmanhay, Ilkeston --------------------------------------------

HOME_C = d.Address("12 Bennerley Avenue", "Cotmanhay", "Ilkeston", "DE7 8PB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mariam", "Yousif")], dt.date(2013, 3, 7), addresses=[HOME_C], ids=["429 360 6122", "N830221257922"],
       schools=["Ormiston Ilkeston Enterprise Academy"]),
    _p("s", "sibling", [("Youhanna", "Yousif")], dt.date(2020, 1, 19), addresses=[HOME_C], ids=["706 464 9810"],
       schools=["Cotmanhay Wood Primary School"]),
    _p("m", "mother", [("Rana", "Shamoun")], dt.date(1989, 7, 25), addresses=[HOME_C], phones=["07971 830 446"]),
    _p("f", "father", [("Fadi", "Yousif")], dt.date(1984, 4, 4), addresses=[HOME_C], phones=["07380 552 714"],
       ids=["HP 63 04 71 A"]),
    _p("p1", "professional", [("Naomi", "Severn")], phones=["0115 973 2418"], emails=["naomi.severn@derwentedge.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment, extract, written with an interpreter", """CHILD AND FAMILY ASSESSMENT (extract: family history, child's
voice, analysis)
Children: [[Mariam Yousif|name]] (13, DOB [[07/03/2013|dob]]); [[Youhanna Yousif|name]] ("[[John|name]]", 6, DOB [[19/01/2020|dob]])
Address: [[12 Bennerley Avenue|address]], [[Cotmanhay|place]], [[Ilkeston|place]] [[DE7 8PB|postcode]]
Assessing worker: [[Naomi Severn|name]]. Interpreter (Sureth / Arabic): Mr [[Sargon Odisho|name]] (telephone, Word360).
Started [[2 November 2026|date]]; completed [[27 November 2026|date]].

Family history
[[Fadi Yousif|name]] and [[Rana Shamoun|name]] are Chaldean Catholics from [[Alqosh|place]] in the Nineveh Plains. They fled to
[[Ankawa|place]], near [[Erbil|place]], in 2014, when [[Mariam|name]] was a baby, and came to the UK through the resettlement
scheme in 2018, first to [[Derby|place]] and then, in 2021, to [[Cotmanhay|place]]. [[Fadi|name]] works at a car wash in
[[Heanor|place]]. [[Rana|name]] does not work, speaks little English and rarely leaves the house except for Sunday Mass with
the Chaldean Mission of Mar Addai in [[Derby|place]] and Friday shopping on [[Bath Street|address]]. [[Rana|name]]'s mother
[[Warda Shamoun|name]] still lives
in [[Ankawa|place]] ([[عنكاوا|place]]) and they speak daily by video.
[[Fadi|name]]'s brother [[Raad Yousif|name]] lives in [[Fairfield|place]],
[[Sydney|place]] ([[+61 412 553 908|phone]] was given as the number; see below).

The child's voice
[[Mariam|name]] saw me alone at school on [[11th November|date]] with a female interpreter, Mrs [[Nahrain Toma|name]]. She said: "They
say we go to [[Ankawa|place]] in July for my cousin's wedding. My aunt [[Suhaila|name]] said I am old enough now. I don't want to
marry, I want to be a vet." She said her dad is "kind but old-fashioned" and that her mum cries a lot. She said her cousin
[[Ninos|name]] in [[Sydney|place]] messaged her on Instagram that "they are planning something" for her. She wrote her name for me in
Arabic, [[مريم يوسف|name]], "so you spell it right".
[[Youhanna|name]] has a speech delay; the nursery at [[Cotmanhay Wood|school]] referred him to speech and language therapy.

Analysis
There is no evidence yet that a marriage is planned, but [[Mariam|name]]'s fear is real and consistent. [[Fadi|name]] says
[[Mariam|name]] "is a child, she will finish school" and agreed to the Forced Marriage Unit's advice and to hand the children's
passports to the solicitor [[Hussain|name]] & Co of [[Long Eaton|place]] until the end of the summer. [[Rana|name]] is isolated and low
in mood; I have referred her to the GP and to the Erewash Women's Network.
[[Mariam|name]]'s friends: [[Holly Bostock|name]] and [[Amelia Straw|name]] (both of [[Kirk Hallam|place]]) and [[Sara Putrus|name]], whose
family are also Chaldean and live on [[Nesfield Road|address]]. [[Sara|name]]'s mother, Mrs [[Nadia Putrus|name]], is the only person
[[Rana|name]] visits; she said the [[Ilkeston|place]] Chaldean families "all know about the wedding" and that the groom's family live in
[[Dohuk|place]]. Mr [[Yousif|name]] denied there is a groom.
Phone for [[Raad Yousif|name]]: [[+61 412 553 908|phone]]. Phones for family in Iraq: [[+964 750 412 3387|phone]] (grandmother),
[[+964 770 218 6641|phone]] (aunt [[Suhaila|name]]).
"""),
    ("GP's letter to children's services", """Kensington Street Surgery
Dr [[A. McLaren|name]], Dr [[P. Okafor|name]], Dr [[S. Wain|name]]
Tel [[0115 930 1140|phone]]

[[30th November 2026|date]]

[[Naomi Severn|name]]
Social Worker, Derwent Edge Council

Dear Ms [[Severn|name]]

Re: [[Rana SHAMOUN|name]], DOB [[25/07/1989|dob]], [[12 Bennerley Ave|address]], [[Ilkeston|place]] [[DE7 8PB|postcode]]
and [[Mariam YOUSIF|name]], DOB [[07/03/2013|dob]], NHS [[429 360 6122|nhs]]

Thank you for your referral. I saw Mrs [[Shamoun|name]] on [[26/11/2026|date]] with her husband and a telephone interpreter. She
describes low mood since the move from [[Derby|place]], poor sleep and tearfulness, and worry about her mother in [[Ankawa|place]].
Her PHQ-9 score was 17. She denied thoughts of self-harm. She does not wish to start medication but accepted a referral to
Talking Mental Health Derbyshire with an Arabic-speaking therapist. I noted that Mr [[Yousif|name]] answered most questions
for her; I will offer a follow-up alone with a female interpreter on [[10/12/26|date]].

[[Mariam|name]] was seen on [[3 Nov. 2026|date]] with headaches. Examination was normal. She asked to speak to me without her
father and told me she is worried about "being sent to Iraq". I have coded this and shared it with you the same day by phone.

[[Youhanna|name]]'s speech and language therapy referral went to Ilkeston Community Hospital on [[24.10.26|date]].

Yours sincerely
Dr [[Priya Okafor|name]]
"""),
    ("police body-worn video transcript", """DERBYSHIRE CONSTABULARY - BODY WORN VIDEO TRANSCRIPT
Device: PC 3317 [[HOLLINGWORTH|name]]       Incident: 26*401877 (call from the Forced Marriage Unit)
Location: [[12 Bennerley Avenue|address]], [[Cotmanhay|place]]         Date: [[04/12/2026|date]]      Time: 18:02-18:19
Transcribed by: [[Kerry Bestwick|name]] (typist). Speakers: PC [[Jack Hollingworth|name]] (JH); PC [[Amrit Sahota|name]] (AS);
[[Fadi Yousif|name]] (FY); [[Rana Shamoun|name]] (RS); [[Mariam Yousif|name]] (MY); unknown male (UM)

JH: Evening, is it Mr [[Yousif|name]]? We've had a call, nothing to worry about, we just need to see [[Mariam|name]].
FY: Yes, yes. [[Mariam|name]]! Come. Is this about the school?
JH: Can we come in? Is [[Mariam|name]] here?
FY: She is upstairs. My wife, she does not speak English. This is my friend [[Nabil|name]], from church.
UM: [[Nabil Kallabat|name]]. I live on [[Cotmanhay Road|address]]. I just came to help with the language.
AS: Thank you, sir, but we'll use our own interpreter if we need one.
MY: I'm here.
AS: Hiya [[Mariam|name]], I'm [[Amrit|name]]. Can we have a chat in the kitchen, just you and me?
MY: OK.
[18:06 - AS and MY go to the kitchen; audio from JH's camera]
FY: Who called? Was it [[Raad|name]]? My brother is in Australia, he makes trouble.
JH: I can't tell you who called, sorry. Are you planning a trip?
FY: To [[Ankawa|place]], July, for the wedding of my nephew [[Rabih|name]]. Only a wedding. She is thirteen!
RS: (in Arabic, not transcribed) [[مريم|name]]...
JH: Have you got the children's passports?
FY: At the lawyer. [[Hussain|name]], in [[Long Eaton|place]]. The social worker, Miss [[Naomi|name]], she knows.
[18:15 - AS returns]
AS: She's fine, she's OK to stay. She says she's not scared at home. She wants to finish school.
JH: Thanks, Mr [[Yousif|name]]. The social worker will be in touch tomorrow.
[18:19 - recording ends]
"""),
    ("chronology", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Mariam YOUSIF|name]] ([[07.03.2013|dob]]) / [[Youhanna YOUSIF|name]]
([[19.01.2020|dob]])
Compiled by [[N. Severn|name]], SW. Sources: council record, school, GP, police.

[[07.03.2013|dob]]  [[Mariam|name]] born in [[Alqosh|place]].
Aug 2014           Family flee to [[Ankawa|place]], [[Erbil|place]].
[[12/05/2018|date]]  Family arrive in the UK; housed at [[Normanton|place]], [[Derby|place]].
[[19.01.2020|dob]]  [[Youhanna|name]] born at Royal Derby Hospital.
[[01/09/2021|date]]  Move to [[12 Bennerley Avenue|address]], [[Cotmanhay|place]]. [[Mariam|name]] starts at [[Kensington Junior|school]].
[[24.10.2026|date]]  Nursery refers [[Youhanna|name]] for speech and language therapy.
[[29.10.2026|date]]  [[Mariam|name]] tells the school counsellor, Ms [[Leah Brough|name]], she fears "a marriage in Iraq".
[[30.10.2026|date]]  DSL Mr [[Callum Ashby|name]] ([[Ormiston Ilkeston|school]]) refers to MASH.
[[02.11.2026|date]]  Assessment starts ([[N Severn|name]]). Forced Marriage Unit consulted.
[[03.11.2026|date]]  [[Mariam|name]] sees GP, raises the same worry.
[[11.11.2026|date]]  [[Mariam|name]] seen alone with female interpreter.
[[14.11.2026|date]]  School trip to Shipley Country Park; [[Mariam|name]] tells [[Holly Bostock|name]] she "might not come back
                     after summer". [[Holly|name]]'s mother, Mrs [[Joanne Bostock|name]], rings the school on [[16.11.2026|date]].
[[20.11.2026|date]]  Passports lodged with [[Hussain|name]] & Co solicitors.
[[22.11.2026|date]]  Father [[Sami Hanna|name]] (Chaldean priest, [[Derby|place]]) meets [[Fadi|name]] at the family's request.
[[26.11.2026|date]]  [[Rana|name]] seen by GP (low mood).
[[04.12.2026|date]]  Police welfare visit after a call to the Forced Marriage Unit from an uncle in [[Sydney|place]].
"""),
]


# --- D. Spencer / Naylor family (white British), Shirebrook ---------------------------------------------------------------

HOME_D = d.Address("17 Portland Road", "", "Shirebrook", "NG20 8TY")
DAD_D = d.Address("5 Hornscroft Road", "", "Bolsover", "S44 6HG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kian", "Naylor")], dt.date(2011, 6, 28), addresses=[HOME_D], ids=["655 466 4866", "F830216080075"],
       schools=["Shirebrook Academy"]),
    _p("m", "mother", [("Stacey", "Spencer")], dt.date(1990, 2, 17), addresses=[HOME_D], phones=["07449 106 283"]),
    _p("f", "father", [("Wayne", "Naylor")], dt.date(1987, 11, 5), addresses=[DAD_D], phones=["07852 447 309"]),
    _p("p1", "professional", [("Josh", "Ward")], phones=["07538 604 271"], emails=["josh.ward@derwentedge.gov.uk"]),
], "c")

DOCS_D = [
    ("child exploitation screening form", """CHILD EXPLOITATION SCREENING TOOL (CE1)             Completed by: [[Josh Ward|name]], Youth
Worker, Targeted Youth Support
Date completed: [[21/10/2026|date]]
Name: [[Kian NAYLOR|name]]   Known as: "[[Smudge|name]]" (street name)   DOB: [[28/06/2011|dob]]   NHS: [[655 466 4866|nhs]]
Home: [[17 Portland Road|address]], [[Shirebrook|place]] [[NG20 8TY|postcode]]   School: [[Shirebrook Academy|school]] (on a reduced
timetable)
Mother: [[Stacey Spencer|name]] [[07449 106 283|phone]]      Father: [[Wayne Naylor|name]], [[5 Hornscroft Road|address]],
[[Bolsover|place]]

INDICATORS (tick and give detail)
[x] Missing episodes: 4 since [[1 September|date]]; found in [[Mansfield|place]] ([[12/09|date]]), [[Lincoln|place]] ([[27/09|date]], a flat
    on [[Monks Road|address]]), [[Worksop|place]] ([[6/10|date]]) and [[Mansfield Woodhouse|place]] ([[19/10|date]]).
[x] Unexplained money / phones: two phones, new trainers; £340 found by his mum.
[x] Older associates: "[[T|name]]" or "[[Tommo|name]]" (believed [[Thomas Revill|name]], 22, of [[Warsop|place]]); a girl called
    [[Lacey|name]] from [[Langwith|place]].
[x] Linked to a drugs line ("the [[Tommo|name]] line"): texts offering "work" seen by his mum.
[x] Injury: cut to his hand, [[19/10|date]], "fell off a bike" - treated at King's Mill.
[x] Travel: seen getting into a black Audi, [[YR19KFE|vehicle]], on [[Station Road|address]] by a neighbour, Mr [[Clive Buckley|name]], of
    [[no. 21|address]].
[ ] Sexual exploitation - no indicators known.
Protective: his nan [[Margaret Spencer|name]] in [[Langwith Junction|place]]; boxing with coach [[Dean Rooth|name]]; his mum has reported
every episode.
SCORE: significant risk - referral to the Exploitation Panel and an NRM referral.
"""),
    ("youth worker's notes typed fast on a phone", """notes [[22/10|date]] [[kian|name]] - typed on phone in car after, tidy later

met k at maccies [[mansfield rd|address]] 4.10. mum dropped him. quiet at first, hood up. says [[tommo|name]] "aint a bad lad" gives him
lifts. said he owes him "a oner" cos the bag got took in [[lincoln|place]] by "some [[lincoln|place]] lads". scared? says no.
keeps checking phone. phone buzzed x9 in 40 min. name on screen "[[T|name]]" and "[[lace|name]]".
asked re [[worksop|place]] - went w [[lacey|name]] to her cousins? cousin = [[jordan|name]] ([[jordan pickering|name]]?) on
[[manton|place]] estate. check w police.
he said his dad [[wayne|name]] "dont care" and he only goes to [[bolsover|place]] for tea every other sunday. nan [[marg|name]] in
[[langwith jct|place]] is his fave - she does him a fry up. could he stay at nans? he said "she's got no room, uncle [[gaz|name]]'s there"
talked about boxing - [[dean|name]] says he can come back if he stops missing. wants to do his CSCS card.
dropped him home 5.45, [[17 portland rd|address]]. [[stacey|name]] at door crying, said thanks. car [[YR19 KFE|vehicle]] parked on
[[portland rd|address]] opp as i left!! rang 101, ref 1041 of [[22/10|date]]. told my TM [[Amy|name]] ([[Amy Fretwell|name]]).
[[kian|name]] texted me after 6.02: "thx [[josh|name]] dont tell [[tommo|name]] i talked to u". saved. also [[stacey|name]] says
[[lacey|name]]s mum is [[donna bown|name]]?? lives off [[carter lane|address]]. pass to [[amy|name]]
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW MEETING - MINUTES
Child: [[Kian Naylor|name]] (15)   DOB: [[28 June 2011|dob]]   UPN: [[F830216080075|upn]]
Date: Thursday [[26th November 2026|date]]   Venue: Shirebrook Family Hub, [[Patchwork Row|address]]   Chair: [[Amy Fretwell|name]]
Present: [[Stacey Spencer|name]] (mum); [[Kian|name]] (for the first 20 minutes); [[Wayne Naylor|name]] (dad, by phone
[[07852 447 309|phone]]); [[Josh Ward|name]] (youth worker); Mrs [[Karen Beighton|name]] (assistant head, [[Shirebrook
Academy|school]]); PC [[Ollie Marriott|name]] ([[Bolsover|place]] SNT); [[Priti Shah|name]] (Change Grow Live).

1. Progress since the last review ([[22 October|date]])
No missing episodes since [[25 October|date]]. [[Kian|name]] has been at school 84% (up from 41%). He goes to boxing twice a week.
The black Audi ([[YR19KFE|vehicle]]) was stopped on [[3 November|date]] in [[Mansfield|place]] with [[Thomas Revill|name]] driving;
[[Revill|name]] is charged with possession with intent and is remanded at HMP Nottingham.
[[Stacey|name]] says "[[Kian|name]]'s like he was before". [[Kian|name]] said he is bored, "but bored is OK".

2. Concerns
- A debt: [[Kian|name]] said other lads say he still owes money. PC [[Marriott|name]] will do a safety plan including a route to
  school avoiding [[Market Square|address]].
- [[Lacey Bown|name]] (16, [[Langwith|place]]) was reported missing in [[Chesterfield|place]] on [[20/11|date]]; she messages
[[Kian|name]]. Shared
  with her social worker.
- [[Wayne|name]] would like [[Kian|name]] to stay with him in [[Bolsover|place]] at weekends; [[Kian|name]] agrees. [[Wayne|name]]'s partner
  [[Lorna|name]] has two young children; checks to be done.

3. Actions
4. Any other business: [[Stacey|name]]'s sister [[Kerry Spencer|name]] ([[Clowne|place]]) has offered [[Kian|name]] a paper round with
her partner [[Dave Hinchliffe|name]] at the shop on [[Recreation Road|address]];
[[Wayne|name]] to ask [[Lorna|name]] about [[Kian|name]]'s room.
[[Josh|name]]: CSCS course at Vision West Notts, start [[11 January 2027|date]]. [[Amy|name]]: review on [[28.01.2027|date]]. School:
mentor (Mr [[Holmes|name]]).
"""),
    ("police stop-check log", """DERBYSHIRE CONSTABULARY - STOP / VEHICLE CHECK LOG (extract, disclosed for the CIN review)
[[03/11/2026|date]] 16:48  A617 [[Glapwell|place]] lay-by eastbound. PC 2154 [[J. Ogden|name]], PC 1988 [[S. Tunnicliffe|name]]
Vehicle: Audi A3, black, VRM [[YR19 KFE|vehicle]] (registered keeper: [[Chantelle Revill|name]], [[44 Welbeck Road|address]],
[[Warsop|place]], [[NG20 0QE|postcode]])
Occupants:
  Driver  [[REVILL, Thomas James|name]]   DOB [[02/02/2004|dob]]   of [[Warsop|place]]
  Front   [[NAYLOR, Kian|name]]          DOB [[28/06/2011|dob]]   of [[Shirebrook|place]] - CHILD, flagged CE risk
  Rear    [[BOWN, Lacey|name]]           DOB [[13/08/2010|dob]]   of [[Langwith|place]]
Reason: ANPR marker (vehicle linked to drugs supply). Search s23 MDA. Found: 31 wraps in the driver's door; £610 cash.
[[REVILL|name]] arrested. Both children taken home: [[NAYLOR|name]] to mother [[Stacey Spencer|name]] at 17:52; [[BOWN|name]] to her foster
carer Mrs [[Hilary Dakin|name]], [[Nether Langwith|place]], at 18:20.
Child said: "I were just getting a lift to [[Mansfield|place]] for McDonald's". Second vehicle seen: silver Corsa [[FH68 WZP|vehicle]],
drove off towards [[Bolsover|place]]. Intelligence submitted. Crime ref 26000611842. NRM referral by SW [[J Ward|name]] on [[04/11|date]].
"""),
]


# --- E. Bagshaw / Mellor family (white British), Harpur Hill, Buxton ------------------------------------------------------

HOME_E = d.Address("Flat 6, 30 Trent Avenue", "Harpur Hill", "Buxton", "SK17 9LU")
NAN_E = d.Address("2 Hayfield Road", "", "Chapel-en-le-Frith", "SK23 0JF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Isla", "Mellor")], dt.date(2026, 9, 30), addresses=[HOME_E], ids=["505 098 2820"]),
    _p("m", "mother", [("Shannon", "Bagshaw")], dt.date(2007, 3, 11), addresses=[HOME_E], phones=["07946 217 583"]),
    _p("f", "father", [("Tyler", "Mellor")], dt.date(2005, 8, 24), phones=["07402 883 615"]),
    _p("g", "grandparent", [("Debbie", "Bagshaw")], addresses=[NAN_E], phones=["01298 214 660"]),
    _p("p1", "professional", [("Carol", "Frith")], phones=["01298 23 641"]),
], "c")

DOCS_E = [
    ("health visitor's new birth and follow-up record", """HEALTH VISITING RECORD (SystmOne extract)
Patient: [[MELLOR, Isla|name]]   DOB: [[30-Sep-2026|dob]]   NHS: [[505 098 2820|nhs]]
Address: [[Flat 6, 30 Trent Avenue|address]], [[Harpur Hill|place]], [[Buxton|place]], [[SK17 9LU|postcode]]
Mother: [[Shannon BAGSHAW|name]] (19)  [[07946 217 583|phone]]    Father: [[Tyler Mellor|name]] (21), lives with his mum in
[[New Mills|place]]
HV: [[Carol Frith|name]], [[Buxton|place]] HV team, [[01298 23 641|phone]]

[[12-Oct-2026|date]] New birth visit. Baby born at Stepping Hill 39+2, 3.2 kg, breastfeeding then formula from day 5. [[Shannon|name]]
tired but bonding well. Flat on 2nd floor, damp in bathroom, Moses basket, no smoking. Maternal gran [[Debbie|name]] comes from
[[Chapel|place]] on the bus most days. [[Tyler|name]] present, quiet, on his phone; works at a quarry near [[Dove Holes|place]].
Discussed ICON (crying is normal), safe sleep.
[[20-Oct-2026|date]] Phone call. [[Shannon|name]] says [[Isla|name]] "screams every night" and [[Tyler|name]] "can't cope with it". ICON
repeated. Offered a visit.
[[06-Nov-2026|date]] Home visit. Noted small blood blister inside upper lip; on checking, the upper lip frenulum is torn.
[[Shannon|name]] said the bottle "went in too hard" when [[Tyler|name]] fed her on [[4 Nov|date]]. Baby 7 weeks, not mobile.
Advised A&E; [[Shannon|name]] reluctant ("they'll take her"). Discussed with safeguarding lead [[Naz Ahmed|name]] and rang 999
for transport as [[Shannon|name]] has no car. Informed MASH 14:20. Neighbour from [[flat 3|address]] below
(Mr [[Buxton|name]]) came out and said "about time".
"""),
    ("hospital safeguarding referral", """STOCKPORT NHS FOUNDATION TRUST - SAFEGUARDING CHILDREN REFERRAL
Referrer: Dr [[Ewan Tattersall|name]], ST6 Paediatrics, Stepping Hill Hospital, bleep 4417   Date: [[06/11/2026|date]]
Child: [[Isla MELLOR|name]], DOB [[30/09/2026|dob]], NHS [[505 098 2820|nhs]]
Address: [[Flat 6, 30 Trent Ave|address]], [[Buxton|place]] [[SK17 9LU|postcode]] (Derbyshire - cross-border)
Parents: [[Shannon Bagshaw|name]] (mother, [[11/03/2007|dob]]); [[Tyler Mellor|name]] (father, [[24/08/2005|dob]]), of
[[Low Leighton|place]],
[[New Mills|place]], mob [[07402 883 615|phone]]

Presentation: 7-week-old brought by ambulance from home after the health visitor found a torn upper labial frenulum. Mother
says the father fed her on [[4th November|date]] and "pushed the bottle". Father arrived at 16:30 with his mother, Mrs [[Julie
Mellor|name]], and says he was "just trying to get her to take it" and she "went mad crying".
Examination: torn frenulum, healing (2-3 days old). Two small bruises (5 mm) on the left upper arm, not explained. No other
injury seen. Skeletal survey and CT head requested (Dr [[Bhattacharya|name]], consultant). Ophthalmology review by Mr [[Lomax|name]].
In a baby who is not mobile, any bruise needs a child protection medical. Police (Derbyshire, cross-border with GMP) informed:
DC [[Sam Alsop|name]].
Other children: none. Mother's mother [[Debbie Bagshaw|name]] of [[2 Hayfield Road|address]], [[Chapel-en-le-Frith|place]] has offered to
stay.
Previous: [[Shannon|name]] was known to Derbyshire children's services as a child (CIN 2019-2021; her brother
[[Kyle Bagshaw|name]]). [[Tyler|name]] has a police caution (March 2024) for criminal damage at his ex-partner's flat in
[[Whaley Bridge|place]]; the ex-partner, [[Jess Pownall|name]], then lived on [[Reservoir Road|address]].
Plan: inpatient on Tree Tops ward pending results; no unsupervised contact for either parent until the strategy meeting.
"""),
    ("neighbour's emails to the housing office, forwarded", """From: Housing Officer [[Marie Slack|name]]
<[[marie.slack@highpeak.gov.uk|email]]>
To: [[Carol Frith|name]]
Date: [[10/11/2026|date]]
FYI - emails from the downstairs neighbour at [[Trent Avenue|address]] over the last month. Not sure how much is reliable.
[[Marie|name]]

---------- Forwarded message ---------
From: [[Gordon Buxton|name]] <[[gordonbuxton58@btinternet.com|email]]>
Date: Sun, [[18 Oct 2026|date]], 23:41
Subject: flat 6 AGAIN

Dear [[Marie|name]], That baby in [[flat 6|address]] has been crying since 9pm and him upstairs ([[Tyler|name]]?) is shouting "shut
up" and banging. This is the third night. I am 68 and I can not sleep. Please do something. [[Gordon Buxton|name]], [[flat 3|address]]

From: [[Gordon Buxton|name]]
Date: Thu, [[29 Oct 2026|date]], 02:10
Subject: Re: flat 6 AGAIN
Big row tonight. Heard a bang and the young lass [[Shannon|name]] screaming "get out you'll hurt her". Car drove off - a white
Fiesta, I think [[PN17 XHD|vehicle]]. Should I ring the police?? My daughter [[Karen|name]] in [[Fairfield|place]] says I should.

From: [[Gordon Buxton|name]]
Date: Wed, [[4 Nov 2026|date]], 19:05
Subject: Re: Re: flat 6 AGAIN
Quiet for a few days then the baby screamed really high pitched about 6pm for ages. Her nan ([[Debbie|name]] from
[[chapel|place]]) came later. I spoke to [[Debbie|name]] in the car park and she said she's worried too.

From: [[Gordon Buxton|name]]
Date: Mon, [[9 Nov 2026|date]], 10:12
Subject: Re: Re: Re: flat 6 AGAIN
Police and an ambulance came Friday ([[6th|date]]). Lady from [[flat 4|address]], [[Brenda|name]], says the baby has gone to
Stepping Hill and [[Shannon|name]] with her. The lad's mate ([[Reece|name]]?) came banging on the door Saturday night asking
where [[Tyler|name]] was. I have put a chain on. Regards, [[G. Buxton|name]] ([[07312 845 906|phone]])
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Isla Mellor|name]] (born [[30.09.2026|dob]])       Held: Saturday [[28 November 2026|date]], Chapel Town Hall
Coordinator: [[Ffion Rhys|name]] (independent FGC coordinator)      Social worker: [[Becky Hollis|name]]
Who came: [[Shannon|name]] (mum); [[Debbie Bagshaw|name]] (nan); [[Shannon|name]]'s aunty [[Jackie Tomlinson|name]] (from
[[Peak Dale|place]]);
[[Tyler|name]] (dad) for the first part only; Grandad [[Steve Bagshaw|name]]; [[Shannon|name]]'s friend [[Kayleigh Fox|name]]
(from [[Fairfield|place]]); [[Tyler|name]]'s mum [[Julie Mellor|name]] (from [[Low Leighton|place]]).

Our plan
1. [[Isla|name]] and [[Shannon|name]] will live with [[Debbie|name]] and [[Steve|name]] at [[2 Hayfield Road|address]], [[Chapel-en-le-
Frith|place]] until the court says otherwise. Home phone [[01298 214 660|phone]].
2. [[Tyler|name]] will only see [[Isla|name]] at the contact centre in [[Buxton|place]] on Tuesdays, supervised, until the police
investigation ends. [[Julie|name]] will drive him.
3. [[Jackie|name]] will do Thursdays so [[Debbie|name]] can go to work at the Co-op in [[Chinley|place]].
4. [[Kayleigh|name]] will take [[Shannon|name]] to the young parents' group at the Pavilion Gardens café on Mondays.
5. [[Shannon|name]] will give up the flat at [[Harpur Hill|place]] and ask High Peak housing for a place in [[Chapel|place]].
6. If anyone is worried they ring [[Becky|name]] ([[01629 734 502|phone]]) or out of hours.
7. [[Steve|name]] will take [[Shannon|name]] to her college interview at [[Buxton|place]] on [[15 December|date]]; they will
stop at Poole's Cavern café after, like when she was little.
8. Nobody will let [[Tyler|name]]'s friend [[Reece Hulley|name]] (of [[Fairfield|place]]) into the house.
Review: Saturday [[9th January 2027|date]], same place.
Signed: [[D Bagshaw|name]]  [[S. Bagshaw|name]]  [[J Tomlinson|name]]  [[K Fox|name]]  [[J. Mellor|name]]
"""),
]


# --- F. Adhikari / Ghimire family (Bhutanese Nepali), Darley Dale, Matlock ------------------------------------------------------

HOME_F = d.Address("9 Hooley Close", "Darley Dale", "Matlock", "DE4 2FN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Sushma", "Adhikari")], dt.date(2011, 9, 9), addresses=[HOME_F], ids=["434 035 8274", "M830224346768"],
       schools=["Highfields School"]),
    _p("s", "sibling", [("Bibek", "Adhikari")], dt.date(2016, 4, 16), addresses=[HOME_F], ids=["791 346 7428"],
       schools=["Darley Churchtown Primary School"]),
    _p("m", "mother", [("Bishnu Maya", "Ghimire")], dt.date(1985, 1, 20), addresses=[HOME_F], phones=["01629 581 774"]),
    _p("f", "father", [("Tika Ram", "Adhikari")], dt.date(1980, 5, 2), addresses=[HOME_F], phones=["07732 145 980"]),
    _p("p1", "professional", [("Gill", "Wildgoose")], phones=["01773 530 947"], emails=["gill.wildgoose@derwentedge.gov.uk"]),
], "c")

DOCS_F = [
    ("young carers assessment", """YOUNG CARERS NEEDS ASSESSMENT - Derbyshire Young Carers / Derwent Edge Council
Young carer: [[Sushma Adhikari|name]]   DOB: [[09/09/2011|dob]]   Age 15   School: [[Highfields School|school]], [[Matlock|place]]
Address: [[9 Hooley Close|address]], [[Darley Dale|place]], [[Matlock|place]] [[DE4 2FN|postcode]]   Home tel: [[01629 581 774|phone]]
Assessor: [[Gill Wildgoose|name]]   Date of assessment: [[14/10/2026|date]]   Interpreter (Nepali): Mr [[Hari Dhungel|name]]

About the family: [[Sushma|name]] lives with her mum [[Bishnu Maya Ghimire|name]], her dad [[Tika Ram Adhikari|name]] and her brother
[[Bibek|name]] (10, [[Darley Churchtown|school]]). The family are Lhotshampa, Nepali-speaking Hindus from southern Bhutan. Her
parents grew up in [[Beldangi|place]] camp in [[Jhapa|place]] ([[झापा|place]]);
[[Sushma|name]] was born in [[Sanischare|place]] camp and came to the
UK aged 4. Her uncle [[Dil Bahadur Adhikari|name]] and most of the extended family were resettled in [[Pittsburgh|place]]
([[+1 412 873 2206|phone]]). [[Tika Ram|name]] works nights at a food factory in [[Ashbourne|place]].

What does [[Sushma|name]] do? Since her mum became unwell with depression in spring, she gets up at 6 to make rice and dal for
the family and to get [[Bibek|name]] ready, walks him to school, calls her mum at lunch, translates at the GP and at the
Job Centre, and reads letters. She cooks again in the evening and does the washing. She says "Aama just sits, she doesn't eat
unless I sit with her". Her late marks and tiredness were noticed by her head of year, Mrs [[Louise Haddon|name]].
[[Sushma|name]]'s best friend is [[Ruby Wigley|name]], who lives on [[Hooley Close|address]] too.

What matters to [[Sushma|name]]: to do well in her GCSEs (she wants to be a pharmacist); to go to the Dashain puja at the
community hall in [[Derby|place]] with her cousins [[Anjali|name]] and [[Prem Dahal|name]]; for Aama to get better.

Family network in the UK: Mrs [[Sita Ghimire|name]] ([[Bishnu Maya|name]]'s sister, visiting from the US this winter);
cousins [[Anjali Dahal|name]] and [[Prem Dahal|name]] with their parents [[Khem Dahal|name]] and [[Tulasa Dahal|name]] at [[61 Porter
Road|address]], [[Normanton|place]], [[Derby|place]] [[DE23 6RB|postcode]] (tel [[01332 768 412|phone]];
[[Khem|name]]'s mobile [[07725 390 148|phone]]). Neighbour Mr [[Colin Boden|name]] at [[no. 11|address]] takes
[[Bibek|name]] to football on Saturdays at [[Darley Dale|place]] with his grandson [[Alfie|name]].
Outcome: Young carer identified; carer's assessment offered to [[Tika Ram|name]]; referral for [[Bishnu Maya|name]] to the
Derbyshire Healthcare community mental health team with a Nepali-speaking worker; [[Sushma|name]] to join the young carers'
group at [[Matlock|place]] on Thursdays; school to give her a lunchtime pass to phone home.
"""),
    ("school safeguarding log export", """[[HIGHFIELDS SCHOOL|school]] - SAFEGUARDING LOG EXPORT (CPOMS-style)
Student: [[ADHIKARI, Sushma|name]]   Year 11   UPN [[M830224346768|upn]]   DOB [[09 Sep 2011|dob]]
Filter: all categories   Exported by: [[R Gratton|name]] (DSL)   on [[02/12/2026|date]]

[[23/09/2026|date]] 08:57  Attendance | [[L. Haddon|name]]
  Late (3rd time). Said she was taking her brother to school in [[Two Dales|place]]. Seemed exhausted.
[[07/10/2026|date]] 12:31  Wellbeing | [[Louise Haddon|name]]
  Found crying in the library. Said her mum "won't get out of bed" and her dad works nights. Asked to use the office phone to
  ring home. Referred to Derbyshire Young Carers. Alerted: [[R Gratton|name]].
[[14/10/2026|date]] 15:10  Young carers | [[Rachel Gratton|name]]
  Assessment done today at home by [[Gill Wildgoose|name]]. Lunchtime phone pass agreed.
[[05/11/2026|date]] 10:02  Wellbeing | Mr [[Chris Dakin|name]] (Science)
  [[Sushma|name]] fell asleep in the lesson. Said she was up in the night because her mum was "talking about Bhutan and the fire".
[[12/11/2026|date]] 09:40  Safeguarding - concern | [[Rachel Gratton|name]]
  [[Sushma|name]] said her mum said "it would be better if I was not here". [[Sushma|name]] scared. Rang dad [[07732 145 980|phone]] (no
answer -
  asleep after nights), then the GP (Darley Dale Medical Centre) and the social worker. Mum seen the same day by the crisis team.
[[26/11/2026|date]] 13:20  Wellbeing | [[Louise Haddon|name]]
  Much brighter. Aunty [[Sita Ghimire|name]] has come from [[Pittsburgh|place]] for a month to help. [[Sushma|name]] went to her
  cousin [[Anjali|name]]'s in [[Normanton|place]] at the weekend.
"""),
    ("Viber family chat, typed up, with Nepali in Devanagari", """Typed up with the family's agreement by [[Gill Wildgoose|name]]; Nepali
translated by [[Hari Dhungel|name]]. Chat "परिवार"
(Family). Contacts: Buwa ([[Tika Ram|name]]), Aama ([[Bishnu Maya|name]]), "[[Sita|name]] Maiju" ([[+1 412 555 0199|phone]]),
[[Sushma|name]], Daju
[[Dil|name]] ([[+1 412 873 2206|phone]]), "Hajurama" ([[+977 984 2617 350|phone]], in [[Damak|place]]).

[[11/11/26|date]] 23:48 Aama: म थाकेँ। सबैलाई माया।
     (I am tired. Love to everyone.)
[[11/11/26|date]] 23:59 [[Sushma|name]]: aama go to sleep pls, i will make dal bhat tomorrow dont worry
[[12/11/26|date]] 06:12 [[Sita|name]] Maiju: [[सुष्मा|name]], आमालाई एक्लै नछोड। म आउँछु।
     ([[Sushma|name]], don't leave Aama alone. I'm coming.)
[[12/11/26|date]] 06:30 Daju [[Dil|name]]: [[सीता|name]] will fly from [[Pittsburgh|place]] to [[Manchester|place]] on the [[20th|date]].
[[tika|name]] call me after
     your shift
[[12/11/26|date]] 07:05 Buwa: ok. [[bibek|name]] school I take today. [[sushma|name]] you go school
[[12/11/26|date]] 07:10 Hajurama: [[बिष्णु|name]], म तिम्रो लागि प्रार्थना गर्छु। [[दमक|place]]मा सबै ठीक छ।
     ([[Bishnu|name]], I am praying for you. All is well in [[Damak|place]].)
[[20/11/26|date]] 14:22 [[Sita|name]] Maiju: landed!! [[sushma|name]] ma [[Darley Dale|place]] kasari aaune? train to [[matlock|place]]?
     ([[Sushma|name]], how do I get to [[Darley Dale|place]]? Train to [[Matlock|place]]?)
[[20/11/26|date]] 14:25 [[Sushma|name]]: yes change at [[derby|place]], i'll meet you at the station with [[Ruby|name]]'s mum she has a car
"""),
    ("letter to the family after the young carers assessment", """Derwent Edge Council - Children's Services, [[Matlock|place]] Locality
Team
County Hall, [[Smedley Street|address]], [[Matlock|place]]

Mr [[Tika Ram Adhikari|name]] and Mrs [[Bishnu Maya Ghimire|name]]
[[9 Hooley Close|address]]
[[Darley Dale|place]]
[[Matlock|place]]
[[DE4 2FN|postcode]]

[[3 December 2026|date]]
Our ref: YC/26/0932

Dear Mr [[Adhikari|name]] and Mrs [[Ghimire|name]],

Re: [[Sushma|name]] (date of birth [[9 September 2011|dob]]) and [[Bibek|name]] (date of birth [[16 April 2016|dob]])

Thank you for meeting me with [[Sushma|name]] on [[14 October|date]] and again on [[1st
December|date]] with Mrs [[Sita
Ghimire|name]]. This letter sets out what we agreed. A copy in Nepali will follow from our interpreter, Mr [[Dhungel|name]].

1. [[Sushma|name]] is a young carer. She will have a place at the young carers' group at [[Matlock|place]] on Thursdays, and a trip to
   the Heights of Abraham with the group on [[19 December|date]].
2. Mrs [[Ghimire|name]] will be seen by the community mental health team, Ms [[Kamala Rai|name]], who speaks Nepali,
   from [[8 December 2026|date]]. Please call her on [[01773 768 220|phone]] if you need to change the time.
3. Mr [[Adhikari|name]] has asked his employer about day shifts. A carer's assessment for him is booked on [[15/12/2026|date]].
4. [[Bibek|name]] will go to the breakfast club at [[Darley Churchtown Primary|school]] from January, so [[Sushma|name]] can get to
   [[Highfields|school]] on time.

If you have any worries, please call me on [[01773 530 947|phone]] or email [[gill.wildgoose@derwentedge.gov.uk|email]].

Yours sincerely,
[[Gill Wildgoose|name]]
Young Carers Worker
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 62 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:25 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "dc", "ds", "sgt", "nurse", "coach", "our", "me", "nan", "nana", "nanna",
           "nanny", "gran", "grandad", "mum", "mummy", "dad", "aunty", "auntie", "uncle", "tonton", "mama", "papa", "madam",
           "father", "pastor", "abuna", "didi", "aama", "buwa", "daju", "maiju", "hajurama", "nyogokuru"}
_AFTER = {"maiju", "didi", "daju", "senior", "junior"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "derbyshire", "nottinghamshire",
               "lincolnshire", "greater manchester", "cheshire", "the peak district", "peak district", "high peak", "erewash",
               "rwanda", "iraq", "kurdistan", "nineveh plains", "australia", "nepal", "bhutan", "america", "usa",
               "pennsylvania", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13 to 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's
# titles and kinship words (before a name: "Pastor Innocent", "Tonton Emmanuel", "Daju Dil"; and after one: "Sita Maiju")
# and counties, regions and countries ("Derbyshire", "Rwanda", "Iraq", "Nepal", "Bhutan").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
