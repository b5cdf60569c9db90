"""Set 132: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the
`Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set130.py, redaction_set131.py, redaction_set133.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its docstring, records, first documents, closing word lists and
helpers; the layout and marking conventions followed here) and tests/test_redaction_set21.py in full; the docstrings of
bench/redaction_set7.py to redaction_set129.py, printed with ast into a scratch file and searched there for towns, estates,
communities and document types (the bodies of those sets were not opened or searched); the module docstring and helpers of
bench/redaction_handwritten.py (its first record and documents were seen in passing); the checker functions of
bench/redaction_heldout.py and bench/redaction_set15.py, printed with ast together with their other short module-level
assignments (so the record addresses, NAME and word lists of those two modules were seen, but none of their documents); and
the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made
and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is
to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in Lincoln and North Kesteven, each at home in a town, district or village no earlier set (7 to 129) used as a
family's home. Four of the kinds most common in children's social care: a white British mother in Birchwood, Lincoln, with a
nan in Skellingthorpe (Pask / Frost; domestic abuse by a partner who keeps coming back, hunger, poor attendance, an early
help assessment stepping up to social care), a white British family in Boultham, Lincoln, with a father in North Hykeham
(Wray / Brackenbury; a boy of 14 going missing and found in Boston and Skegness, criminal exploitation on a county line, a
stranger at the door asking for the "other phone"), an RAF family in service housing at Waddington, the mother Ghanaian
British from Hull (Thorold / Asante; a corporal's drinking and violence after a detachment, a welfare officer's referral, a
child protection conference), and a kinship family in Ruskington, with a mother in Heckington and a father in prison (Scrimshaw /
Toyne; an overdose with the children in the flat, grandparents as connected carers, supervised family time). Two from
communities no earlier set used: a Székely Hungarian family from Székelyudvarhely (Odorheiu Secuiesc) in Romania, living in
Bracebridge, Lincoln (Fazakas / Bíró; a boy of 13 beaten with a belt, a grandmother in Romania, Hungarian name order, the
married form "Fazakasné", Hungarian case endings and dates), and an Assamese family from Assam in India in Branston (Gogoi /
Saikia; a nurse recruited to the county hospital, a girl of 4 scalded while her brother of 11 minded her, names and places in
Assamese script, a father's complaint). 24 documents, of types and styles new to these sets where possible: a primary
school's safeguarding log export, an early help assessment with outcome scores, a boy's Snapchat messages to his nan typed up,
a food bank voucher with a volunteer's handwritten notes, a police missing person report with its risk grading, a detached
youth worker's reflective notes, a mother's late-night voicemail transcribed, complex safeguarding panel minutes, an RAF unit
welfare officer's referral email, an initial child protection conference report, a mother's diary pages scanned with OCR
errors, a joint GP and station medical centre report, family network meeting minutes, a grandmother's own letter to the judge,
a Facebook Messenger thread typed up, a family time supervisor's record, strategy discussion minutes held with an interpreter,
a Viber chat translated from Hungarian, a school's new-arrival EAL profile, a translated letter from a Romanian child
protection service, an emergency department safeguarding referral, a family WhatsApp group in Assamese and English, a child
and family assessment's analysis, and a father's complaint email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Romania, India); NHS numbers and UPNs (LA number 925 for Lincolnshire) pass their check
digits; NI numbers have a valid format. The council (Witham Vale) is invented, and so are some schools and nurseries (South
Park Junior Academy, Little Owls, Little Acorns, Little Hercules, Birchwood Nursery); towns, districts, estates, villages,
real schools, charities, NHS bodies, hospitals, RAF stations, police forces, prisons, shops, apps, services and laws are real
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, ranks, roles and kinship words (Mr, Mrs, Ms, Miss,
Dr, Sister, DS, DC, PC, Insp, Cpl, Sqn Ldr, the Padre, Nan, Nanna, Grandad, Aunty, Uncle, Mum, Apa, Anyu, mama, néni, Aita,
Maa, Da) stay outside the name span, before or after the name ("Nanna Bev", "Margit mama", "Kati néni", "Dhruba Da"); a
possessive 's or a bare s in texting ("karen"s, "Ruby-Mae"s) stays outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("PASK, Alfie-Ray", "BRACKENBURY, Kian", "THOROLD, Ellis"); an initial with a
surname is one span ("M Bellamy", "THOROLD G", "Kian B"); initials alone ("H.C.", "P.G.", "G", "J") are not marked; a name
broken by a line break is one span holding the break, and so is an address, a place, a school or a date; social media
handles ("alfie.r.2017", "k1an_bx") are not marked, but a display name that is a person's name is ("Jade Louise"); a
contact saved under a kinship word ("Anyu", "Aita") is not a name. A street address is one span, its town a place, its
postcode a postcode; a street named without a number is an address, and so is a neighbour's bare house number ("no. 8",
"no. 19"), a named block of supported flats ("Bridge House") and an address abroad; towns, cities, villages, districts and
estates are places at home or abroad and in any script; countries, counties and regions are not ("Lincolnshire", "Romania",
"Harghita", "Assam", "India"); organisations are not marked even when they hold a town's name ("Lincoln County Hospital",
"Branston Surgery", "RAF Waddington", "HMP Lincoln", "Sleaford Family Hub", "Ruskington Village Hall", "Birchwood Leisure
Centre", "Lincoln Assamese Society", "Hykeham Town U14s", "DGASPC Harghita"); a school's or nursery's name is a school, and
so is its short form ("Redwood", "Priory", "Chestnut Street", "Branston Junior", "leslie manser"); a date of birth is dob,
any other calendar date with a day is date (a weekday before it stays outside), and a bare day ("the 4th", "the 31st") is a
date; months and years alone are not marked; parks and landmarks stay unmarked ("Hartsholme Park", "Boultham Park",
"Whisby", "Navigation Yard"); a surname or first name that is also a word or a town is marked by what it refers to (Summer,
Rose, Ivy, Frost, Boston, Grantham, Kirton, Pinchbeck are names when they are people; Boston and Kirton are places when
they are places); a service or area named by its town in lower-case words ("Addaction (Sleaford hub)", "Boston section",
"DCMH Coningsby", "Branston ward", "Birchwood food bank") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Hungarian name in
Hungarian order ("Fazakas Zoltán", "Bíró Margit", "FAZAKAS Levente") is one span, like "SURNAME First", and so is the married
form "Fazakasné Bíró Ildikó"; a Hungarian or Assamese case ending fixed to a name or a place stays outside the span, like a
Yiddish possessive (of "Levit", "Bostonból", "Udvarhelyre", "মিতালীৰ" and "যোৰহাটৰ" only "Levi", "Boston", "Udvarhely",
"মিতালী" and "যোৰহাট" are marked); a family's pet name or a toddler's try at a name is a name ("Rékuci", "Mitu", "Babu",
"Pri", "Hawy", "Zoli", "Levi"), and so is a street name a
suspect goes by ("Tee", "Deeks"); a local short form or a misspelling of a town is a place ("skelly", "bostin", "Udvarhely",
"Hykeham"); OCR mis-readings are marked by what they are ("EIlis", "EIIis", "HuII", "J0 Stainsby", "0rchard Park", "3rd
0ct"); a Hungarian date ("2026. november 11.", "2026.11.22.") and a Messenger time stamp with a day ("28 NOV AT 21:14") are
dates; a Romanian postcode ("535600") and an Indian PIN code ("781003") are postcodes; a WhatsApp group's title holding the
family names marks the names; an RAF station named "RAF <village>" is an organisation, while the village on its own is a
place; a county line named by its postcode district ("LN6") is not marked; police occurrence, ED, case and translator
reference numbers are not marked.

Self-check without the detector: `python -m bench.redaction_set132` (and tests/test_redaction_set132.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
925 gold spans, 505 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pask / Frost family (white British), Birchwood, Lincoln, with a nan in Skellingthorpe --------------------------------

HOME_A = d.Address("23 Jasmin Road", "Birchwood", "Lincoln", "LN6 0QH")
NAN_A = d.Address("8 Lincoln Road", "Skellingthorpe", "Lincoln", "LN6 5UT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie-Ray", "Pask")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["626 020 4183", "Z925260171419"],
       schools=["Leslie Manser Primary School"]),
    _p("s", "sibling", [("Summer", "Pask")], dt.date(2022, 9, 30), addresses=[HOME_A], ids=["379 898 5693"]),
    _p("m", "mother", [("Kayleigh", "Pask")], dt.date(1997, 1, 12), addresses=[HOME_A], phones=["07824 613 907"],
       ids=["JR 27 61 40 B"]),
    _p("f", "partner", [("Lee", "Frost")], dt.date(1993, 10, 2), addresses=[HOME_A], phones=["07931 448 215"]),
    _p("g", "grandparent", [("Beverley", "Pask")], dt.date(1971, 8, 19), addresses=[NAN_A], phones=["01522 694 318"]),
    _p("p1", "professional", [("Hannah", "Cammack")], phones=["01522 887 205"], emails=["hannah.cammack@withamvale.gov.uk"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log export (CPOMS-style)", """SAFEGUARDING RECORD EXPORT - [[Leslie Manser Primary School|school]]
Exported [[07/12/2026|date]] 08:51 by [[S. Whitelam|name]] (DSL)
Student: [[PASK, Alfie-Ray|name]]   Year 5   DOB [[09/04/2017|dob]]   UPN [[Z925260171419|upn]]
Categories: Neglect; Domestic abuse (Op Encompass); Attendance

[[03/11/2026|date]] 08:47  Logged by: [[Kirsty Dawes|name]] (class teacher)
[[Alfie-Ray|name]] came in without a coat in the rain, same uniform as Friday, smelt of smoke. Ate two bowls at breakfast club. Said
"[[Lee|name]] was shouting at mum all night" and that he "put [[Summer|name]] in my bed with me". Action: passed to DSL.

[[03/11/2026|date]] 09:30  Logged by: [[Sarah Whitelam|name]] (DSL)
Op Encompass notification received from Lincolnshire Police: DA incident at [[23 Jasmin Road|address]] on [[2 November|date]],
23:40, verbal, male partner ([[Lee Frost|name]]) left before officers arrived. Spoke with [[Alfie-Ray|name]] in the nurture room.
He said [[Lee|name]] "threw the Xbox" and mum cried. Rang mum [[Kayleigh Pask|name]] on [[07824 613 907|phone]], no answer; text
sent. Linked: sister [[Summer Pask|name]] (Nursery, [[Birchwood Nursery|school]]).

[[05/11/2026|date]] 15:20  Logged by: [[Julie Bemrose|name]] (office)
[[Alfie-Ray|name]] not collected. Nan [[Bev Pask|name]] rang at 15:35 from [[01522 694 318|phone]], said she'd come from
[[Skellingthorpe|place]] on the bus. Collected 16:10. Nan said "[[Kayleigh|name]]'s not answering me either".

[[10/11/2026|date]] 10:02  Logged by: [[Sarah Whitelam|name]] (DSL)
Attendance 81.4% this term. Referral made to the Early Help Hub; consent from mum given by phone. EHA lead: [[Hannah Cammack|name]]
(Witham Vale Early Help, [[01522 887 205|phone]]).

[[17/11/2026|date]] 12:15  Logged by: Mr [[Danny Kirton|name]] (lunchtime supervisor)
[[Alfie|name]] took a classmate's sandwich ([[Oliver M|name]]). Said he was "starving cos there's no bread in ours". Given lunch from the
kitchen.

[[18/11/2026|date]] 14:40  Logged by: [[Sarah Whitelam|name]] (DSL)
Mum came in with [[Lee|name]] waiting outside in a grey Corsa [[FL14 KXW|vehicle]]. She said they had split up on the
[[4th|date]] and he was "only giving her a lift". Asked to update the EHA. Mum's new number [[07463 291 570|phone]].
"""),
    ("early help assessment with outcome scores", """WITHAM VALE EARLY HELP ASSESSMENT (EHA) - Family Outcomes Star summary
Family: [[Pask|name]] household, [[23 Jasmin Road|address]], [[Birchwood|place]], [[Lincoln|place]] [[LN6 0QH|postcode]]
Lead practitioner: [[Hannah Cammack|name]], Family Worker     Date started: [[12 Nov 2026|date]]     Review: [[11.02.2027|date]]

Who is in the family
- [[Kayleigh Pask|name]] (Mum), born [[12/01/1997|dob]], NI [[JR 27 61 40 B|ni]]
- [[Alfie-Ray Pask|name]], born [[9 April 2017|dob]], Year 5 at [[Leslie
  Manser Primary|school]] (NHS [[626 020 4183|nhs]])
- [[Summer Pask|name]], born [[30.09.2022|dob]], nursery; NHS [[379 898 5693|nhs]]
- [[Lee Frost|name]] (Mum's ex-partner, [[Summer|name]]'s dad), born [[2 Oct 1993|dob]], not living at the address since [[4 Nov|date]]
- Nan: [[Beverley Pask|name]], [[8 Lincoln Road|address]], [[Skellingthorpe|place]] [[LN6 5UT|postcode]]

Family's view (Mum's words): "Since [[Lee|name]] went it's calmer but I've got no money, the UC got stopped cos of him being on it.
My mum helps. [[Alfie|name]] is angry all the time and [[Summer|name]] won't sleep in her own bed."
[[Alfie-Ray|name]]'s view (drawn with [[Hannah|name]] at school): three houses. Worry house - "when [[Lee|name]] shouts", "no electric
on the
key". Good house - "nan's dog", "football at Hartsholme Park with [[Kai|name]]". Dream house - "a bunk bed and mum happy".

Outcome scores (1-10), start: Physical health 6; Your well-being 3; Meeting emotional needs 5; Keeping your children safe 4;
Social networks 6; Education and learning 4; Boundaries and behaviour 5; Family routine 3; Home and money 2; Progress to work 2.

Plan: Citizens Advice appointment [[14/11|date]]; Household Support Fund application; [[Birchwood|place]] food bank
voucher; [[Summer|name]]'s sleep - health visitor [[Gemma Tointon|name]] to visit; [[Alfie-Ray|name]] - referral to Young Minds Matter,
and the
school's ELSA (Mrs [[Amy Sharpe|name]]) weekly; Mum - IDVA contact from EDAN Lincs (consent given), Freedom Programme at
the Birchwood Centre. [[Lee|name]] has asked for [[Summer|name]] to stay with his mother [[Karen Frost|name]] in [[Doddington Park|place]]
at weekends; Mum agrees if Nan [[Bev|name]] does the handovers.
"""),
]

DOCS_A += [
    ("Snapchat messages between a boy and his nan typed up", """Typed up by [[H Cammack|name]] from photos of Nan's phone shown on
[[24/11/2026|date]] (with Nan's consent). Snapchat
does not keep these, Nan screenshotted them. Spelling as written. "alfie.r.2017" is [[Alfie-Ray|name]]'s account, "Nanna [[Bev|name]]"
is saved by him for Nan.

Sat [[21 Nov|date]]
alfie.r.2017: nanna can i come to yours
Nanna [[Bev|name]]: whats up darlin
alfie.r.2017: mum and [[lee|name]] are back and he kiked the door
alfie.r.2017: [[summer|name]] is crying
Nanna [[Bev|name]]: is [[lee|name]] there now?? is mum ok
alfie.r.2017: he went to the shop. mum said dont tell nan
Nanna [[Bev|name]]: ok stay in ur room with [[summer|name]] ill get [[kirton|name]] to run me over
alfie.r.2017: is [[kirton|name]] the man with the van
Nanna [[Bev|name]]: yes [[danny|name]] from work ok
alfie.r.2017: ok
alfie.r.2017: can u get me from [[leslie manser|school]] tmrw not mum
alfie.r.2017: [[lee|name]] said if i tell [[hannah|name]] he will smash my ps
Nanna [[Bev|name]]: nobody smashes nothing. love you x

Sun [[22 Nov|date]]
alfie.r.2017: can i stay at [[skelly|place]] again tonight
Nanna [[Bev|name]]: yes if mum says. going to [[doddington|place]] for [[summer|name]] to see her other nan at 2
alfie.r.2017: i dont want to go to [[karen|name]]s
Nanna [[Bev|name]]: u dont have to its only [[summer|name]]
alfie.r.2017: [[kai|name]] said his mum said [[lee|name]] was in the pub up [[ermine|place]] on friday

Note: "[[skelly|place]]" = [[Skellingthorpe|place]] (Nan's village); "[[doddington|place]]" is [[Doddington Park|place]].
"[[Kirton|name]]" is [[Danny Kirton|name]], Nan's friend from work who is also a lunchtime
supervisor at the school; he has a white Transit [[YR17 OBN|vehicle]]. Nan lives at [[8 Lincoln Road|address]], about two
miles from [[Jasmin Road|address]].
"""),
    ("food bank voucher referral with volunteer's notes", """FOOD BANK VOUCHER - referral agency: Witham Vale Early Help (ref EH/22841)
Referrer: [[Hannah Cammack|name]] [[hannah.cammack@withamvale.gov.uk|email]] tel [[01522 887 205|phone]]
Client: [[Kayleigh PASK|name]]     Address: [[23 Jasmin Rd|address]], [[LN6 0QH|postcode]]     Mobile: [[07463 291 570|phone]]
Household: 1 adult, 2 children (ages 9 and 4)     Reason: benefit delay / sanction     Vouchers this 6 months: 2
Dietary: [[Summer|name]] - no nuts (mild allergy)   Collection point: St John the Baptist, [[Birchwood|place]], Wed [[25 Nov|date]]

Volunteer notes (handwritten on back, typed by H.C.):
"[[25/11|date]] - Client came with little girl. Said she'd walked from [[Jasmin|address]]. Her friend [[Stacey Boston|name]] came to
help carry. Told us her mum in [[Skellingthorpe|place]] normally helps but had her own bills. Seemed very tired. Man waiting
outside by the church gate, client said 'that's just [[Lee|name]]'. He shouted 'hurry up [[Kay|name]]'. Gave extra nappies,
toiletries. Gave Citizens Advice leaflet. [[Pat Grantham|name]] (vol)"
"Client back [[2/12|date]] without voucher, said [[Lee|name]] took the last bag to his mate's in [[Boultham|place]]. We can't
give without a voucher - rang [[Hannah|name]] at 11.05. P.G."

Worker follow-up, [[2 December 2026|date]]: Rang Mum. She confirmed [[Lee|name]] has been staying "on and off" since the
[[20th|date]]. Safeguarding concern re-shared with DSL [[Sarah Whitelam|name]] and with the MASH; step-up to social care
discussed with my manager [[Rachel Odling|name]].
"""),
]


# --- B. Wray / Brackenbury family (white British), Boultham, Lincoln, with a father in North Hykeham --------------------------

HOME_B = d.Address("41 Boultham Park Road", "Boultham", "Lincoln", "LN6 7SX")
DAD_B = d.Address("12 Sleaford Close", "", "North Hykeham", "LN6 9TR")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kian", "Brackenbury")], dt.date(2012, 5, 17), addresses=[HOME_B], ids=["925 144 5206", "X925253378101"],
       schools=["The Priory City of Lincoln Academy"]),
    _p("s", "sibling", [("Isla", "Wray")], dt.date(2016, 2, 3), addresses=[HOME_B], ids=["731 723 9909"]),
    _p("m", "mother", [("Nicola", "Wray")], dt.date(1986, 12, 1), addresses=[HOME_B], phones=["07752 106 384"]),
    _p("f", "father", [("Craig", "Brackenbury")], dt.date(1984, 3, 22), addresses=[DAD_B], phones=["07984 550 127"]),
    _p("p1", "professional", [("Owen", "Sentance")], phones=["01522 530 914"], emails=["owen.sentance@withamvale.gov.uk"]),
], "c")

DOCS_B = [
    ("police missing person report with risk grading", """LINCOLNSHIRE POLICE - MISSING PERSON REPORT (MFH)     Occurrence ref:
26000418872     Risk grading: HIGH (reviewed by
Insp [[Nadia Houlton|name]] at 02:10)
Missing person: [[BRACKENBURY, Kian|name]]     Age 14     DOB [[17/05/2012|dob]]     Home: [[41 Boultham Park Road|address]],
[[Lincoln|place]] [[LN6 7SX|postcode]]     Reported by: mother, [[Nicola WRAY|name]], [[07752 106 384|phone]]
Last seen: Fri [[27/11/2026|date]] 19:30, getting into a black Audi A3 [[LK68 XZF|vehicle]] on [[Dixon Street|address]] near the
Boultham Park gates. Driver unknown, described as "[[Tee|name]]", mixed race male, 20s.
Description: white, 5'8", slim, short brown hair, black North Face puffer, grey trackies, white Air Max. Phone: [[07715 832 046|phone]]
(off since 20:05). Snapchat: k1an_bx (not marked, handle).

Circumstances: 4th missing episode since [[1 September|date]]. Previously found in [[Boston|place]] ([[29.09.26|date]]) at an
address on [[Fydell Street|address]] with two older males, and in [[Skegness|place]] ([[18 Oct|date]]) with £340 cash and two
phones. Mother believes he is "running for someone". Father, [[Craig Brackenbury|name]], [[12 Sleaford Close|address]],
[[North Hykeham|place]], checked - not there. Friends spoken to by phone: [[Tyler Mottram|name]] (says [[Kian|name]] owes "[[Deeks|name]]"
money), [[Maisie-Jo Elvidge|name]] (his girlfriend, [[07388 419 652|phone]], says he messaged her from "[[bostin|place]]" at 21:00).
Linked nominal: [[DEAKIN, Reece Anthony|name]] ("[[Deeks|name]]"), DOB [[03/08/2004|dob]], known for Class A supply in [[Boultham|place]]
and the [[Moorland|place]] estate.

Actions: PNC circulated 22:40; ANPR marker on [[LK68 XZF|vehicle]]; BTP informed;
Witham Vale EDT informed - duty SW [[Becky Smalley|name]]; [[Boston|place]] section to check [[Fydell St|address]]; MISPER coordinator
DC [[Graham Ostler|name]] to arrange return home interview with Barnardo's.

Found: Sat [[28/11/2026|date]] 11:14 by PC 1187 [[Joel Sardeson|name]] at [[Boston|place]] bus station, cold, with £60 and a
second phone (Nokia, seized). Taken to Pilgrim Hospital for a cut hand, then home to his mum. See prevention interview.
"""),
    ("youth worker's reflective session notes", """Detached youth work - reflective notes (1:1)       Worker: [[Owen Sentance|name]]
 Young person: [[Kian B|name]]
Session 6, Thursday [[3rd December|date]], 4-5.30pm, walk round [[Boultham|place]] then chips at the place on [[Newark Road|address]].

What happened: Met [[Kian|name]] outside the One Stop on [[Rookery Lane|address]]. He had a new coat and new trainers and said his
dad bought them (I doubt this - [[Craig|name]] told me on the [[1st|date]] he's skint). Quiet to start. Talked about football - he
used to play for Hykeham Town U14s until August... he said "till I got busy". He went quiet when a black
Audi went past twice on [[Boultham Park Road|address]]. Asked who it was, he said "no one, just [[Tee|name]]".

He talked about his sister [[Isla|name]] (10), he's proud she got picked for the choir at
church and he wants to go to the concert on the [[17th|date]]. He said "Mum's always on at me,
[[Nicola|name]] this [[Nicola|name]] that" - he calls her by her first name when he's annoyed. Asked about [[Boston|place]] he said
"I just went to see a mate, [[Lenny|name]], he lives off [[Fydell Street|address]]". He said nobody makes him do anything.

Reflection: I'm worried the new gear is payment. Language like "busy", a second phone on the wall by the chippy. When I
mentioned his cut hand he hid it. He likes Mr [[Wilkinson|name]] at school (his form tutor, [[The Priory City of Lincoln
Academy|school]]) and the chaplain at the [[Priory|school]]. He agreed to come to the Monday boxing at Birchwood Leisure Centre.

Actions: Share with [[Becky Smalley|name]] (allocated SW now); complex safeguarding panel on [[10/12|date]]; update the
intelligence form re: Audi and "[[Tee|name]]" seen on [[3/12|date]] 16:40 on [[Boultham Park Rd|address]]. Supervision with
[[Lauren Dring|name]] [[4 Dec|date]].
"""),
]

DOCS_B += [
    ("voicemail from a mother transcribed for the file", """Voicemail left on SW mobile [[01522 530 914|phone]] at 23:52 on Wednesday
[[9 December 2026|date]], transcribed by
[[R. Smalley|name]] the next morning. Caller: [[Nicola Wray|name]] from [[07752 106 384|phone]]. Some words unclear.

"Hiya [[Becky|name]] it's [[Nicola|name]], [[Kian|name]]'s mum, sorry it's late. I just wanted to tell you before tomorrow cos
you said ring if anything. He's home, he's upstairs, but there's been a lad at the door, I've never seen him before, about
twenty, said he was [[Kian|name]]'s mate [[Connor|name]] and he wanted the 'other phone' back. I said he's not in. He stood
on the path for ages. [[Isla|name]] was crying, she saw him through the window. Then the black car was at the end by the park
again, same one, the Audi. I rang [[Craig|name]] and he come over from [[Hykeham|place]], he's here now, he's going to stay on
the settee. [[Craig|name]] says the lad's from [[Boston|place]], his mate at work knows him, says he's called [[Connor
Pinchbeck|name]] or something, [[Pinchbeck|name]]. Can you tell [[Owen|name]] cos [[Kian|name]] trusts [[Owen|name]]. And the
panel thing tomorrow, I'm working till two at the Co-op on [[Skellingthorpe Road|address]] so can I come on the phone.
Oh and my number's the same. Right. Bye. Sorry."

Actions [[10/12/2026|date]] 08:40: rang [[Nicola|name]] back - safe. Updated police (DC [[Ostler|name]]) with the car and the
name given. [[Pinchbeck|name]] is a surname here, not the village near [[Spalding|place]]. [[Isla|name]]'s school ([[Bishop King
Primary School|school]]) told via DSL Mrs [[Heeley|name]].
"""),
    ("complex safeguarding panel minutes", """WITHAM VALE COMPLEX SAFEGUARDING PANEL (exploitation) - MINUTES
[[10.12.2026|date]], 10:00-11:15, Teams
Chair: [[Lauren Dring|name]] (Service Manager)   Minutes: [[Jess Coupland|name]]
Present: [[Becky Smalley|name]] (SW), DC [[Graham Ostler|name]] (Missing and Exploitation Team), [[Owen Sentance|name]] (Youth
Service), [[Gail Tuplin|name]] (DSL, [[The Priory City of Lincoln Academy|school]]), [[Amrit Sohal|name]] (YJS), [[Nicola Wray|name]]
(Mum, by phone from 10:20)
Apologies: [[Craig Brackenbury|name]] (Dad), Barnardo's RHI worker [[Sian Ashworth|name]]

1. Young person: [[Kian Brackenbury|name]] (14), [[41 Boultham Park Road|address]]. NHS [[925 144 5206|nhs]]; UPN [[X925253378101|upn]].
2. Exploitation screening score: significant risk (was moderate on [[12/10/2026|date]]). 5 missing episodes, [[1 Sep|date]] to
[[8 Dec|date]]; found twice in [[Boston|place]], once [[Skegness|place]], once [[Newark|place]], once at [[Craig|name]]'s in
[[North Hykeham|place]].
3. Police: the Audi [[LK68 XZF|vehicle]] is registered to a hire firm in [[Nottingham|place]]; the male "[[Tee|name]]" is believed to
be [[Tremaine Holgate|name]] (DOB [[14/01/2003|dob]]) of the "LN6" line, running from [[Boultham|place]] to [[Boston|place]]. [[Reece
Deakin|name]] ("[[Deeks|name]]") remanded on [[4 December|date]]. The visitor on [[9/12|date]] gave the name [[Connor Pinchbeck|name]]; no
trace yet.
4. School: [[Kian|name]]'s attendance 63%; a managed move to [[Lincoln Castle Academy|school]] is not supported by the panel.
5. NRM referral made [[2 Dec 2026|date]] by [[Becky|name]] - reasonable grounds decision awaited.
6. Sister [[Isla Wray|name]] (10) frightened; school to offer ELSA; family to consider staying at [[Craig|name]]'s in [[Hykeham|place]]
if the doorstep visits continue; housing (Witham Vale, [[Charlotte Kime|name]]) to consider a management move.
Actions: DC [[Ostler|name]] - disruption plan, CAWN for [[Holgate|name]] by [[17/12|date]]; [[Owen|name]] - 2 sessions a week;
[[Gail|name]] - reduced timetable review [[14.12|date]]; [[Becky|name]] - strategy discussion if another missing episode. Next panel
[[7 January 2027|date]].
"""),
]


# --- C. Thorold family (white British and Ghanaian British, an RAF family), Waddington, with a grandmother in Hull ------------

HOME_C = d.Address("6 Anson Close", "Waddington", "Lincoln", "LN5 9NZ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ellis", "Thorold")], dt.date(2019, 7, 14), addresses=[HOME_C], ids=["556 115 9143", "Z925221030704"],
       schools=["Waddington Redwood Primary Academy"]),
    _p("s", "sibling", [("Ruby-Mae", "Thorold")], dt.date(2023, 3, 8), addresses=[HOME_C], ids=["726 232 2915"]),
    _p("m", "mother", [("Abena", "Thorold")], dt.date(1995, 9, 27), addresses=[HOME_C], phones=["07549 207 813"]),
    _p("f", "father", [("Gareth", "Thorold")], dt.date(1991, 4, 4), addresses=[HOME_C], phones=["07871 364 029"],
       ids=["WP 50 83 17 D"]),
    _p("p1", "professional", [("Marcia", "Bellamy")], phones=["01526 320 481"], emails=["marcia.bellamy@withamvale.gov.uk"]),
], "c")

DOCS_C = [
    ("unit welfare officer's referral email from an RAF station", """From: OC Personnel Support Sqn - Welfare <RAFWAD-Welfare@mod.gov.uk>
Sent: [[16 October 2026|date]] 14:05
To: Lincolnshire Children's Front Door
Cc: [[Marcia Bellamy|name]]; Padre
Subject: OFFICIAL-SENSITIVE PERSONAL - referral, Cpl [[THOROLD G|name]] and family

Good afternoon,

I am the Unit Welfare Officer at RAF Waddington. With the consent of the spouse I am referring the family of Cpl [[Gareth
Thorold|name]] (Service no. not given), who live in Service Family Accommodation at [[6 Anson Close|address]], [[Waddington|place]],
[[LN5 9NZ|postcode]].

Mrs [[Abena Thorold|name]] ([[07549 207 813|phone]]) came to the HIVE on [[14/10|date]] with her daughter [[Ruby-Mae|name]] (3).
She disclosed that since her husband came back from a detachment to Akrotiri in July he has been "a different man":
drinking most nights, checking her phone, and on the night of Sun [[11 Oct|date]] he pushed her against the fridge in front
of [[Ellis|name]] (7). She showed me a bruise on her upper arm. She does not want him to lose his job. Her mother, Mrs [[Comfort
Asante|name]], lives in [[Hull|place]] ([[07723 418 590|phone]]) and has offered to have the children.

The Station Warrant Officer and the chain of command have been informed under the Service's domestic abuse policy; the
RAF Police will contact Lincolnshire Police. [[Ellis|name]]'s school, [[Waddington Redwood Primary|school]], has not been told by
us. The Padre, the Rev. [[Alun Pryce|name]], is supporting Mrs [[Thorold|name]]. Neighbour Mrs [[Debbie Harrowven|name]] at
[[no. 8|address]]
has heard shouting "a few times" and has a spare key.

Please call me on [[01522 726 214|phone]] (military line) or my mobile.

Regards
[[Jo Stainsby|name]] | Unit Welfare Officer | RAF Waddington
"""),
    ("child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Ellis Thorold|name]] (DOB [[14.07.2019|dob]], NHS [[556 115 9143|nhs]], UPN [[Z925221030704|upn]]) and [[Ruby-Mae
Thorold|name]] (DOB [[08.03.2023|dob]], NHS [[726 232 2915|nhs]])
Address: [[6 Anson Close|address]], [[Waddington|place]], [[Lincoln|place]] [[LN5 9NZ|postcode]]
Conference date: [[19 November 2026|date]]   Author: [[Marcia Bellamy|name]], Social Worker, [[01526 320 481|phone]]

1. Reason for conference. A section 47 enquiry started on [[20/10/2026|date]] after the referral from the station's Unit Welfare
Officer ([[16 Oct|date]]) and a second incident on [[25 October|date]], when police were called by the neighbour, Mrs [[Harrowven|name]],
at 01:20. Cpl [[Thorold|name]] was arrested for assault by beating, released under investigation with bail-like conditions
agreed with his unit: he is living in the single living accommodation on the station.

2. The children. [[Ellis|name]] is in Year 3. His teacher Miss [[Priya Lakhani|name]] says he is "jumpy" since half term, tells
his friends his dad is "away on ops" and has wet himself twice at school. In my visit on [[28/10|date]] he drew his family
with Dad "in the sky in a plane" and said "Daddy throws the bottles when he's sad". [[Ruby-Mae|name]] is at [[Little
Hercules Nursery|school]]; staff say she is settled. Health visitor [[Tracey Wass|name]] notes her speech is delayed.

3. Mother. [[Abena|name]] grew up in [[Hull|place]], trained as a dental nurse, and moved here in 2021 when [[Gareth|name]] was posted from
[[Brize Norton|place]]. She has no family nearby; her mother [[Comfort Asante|name]] and sister [[Efua Mensah-Asante|name]] are in
[[Hull|place]]. She says she is "a forces wife with no forces friends" - the wives' coffee morning is "all officers' wives".
She has engaged with the IDVA ([[Hayley Bark|name]], EDAN Lincs) and a DASH score of 16 was recorded.

4. Father. [[Gareth Thorold|name]] (NI [[WP 50 83 17 D|ni]]) told me on [[4 November|date]] that he was "on the rocks" after
the detachment, drinks "to sleep", and accepts he "lost it". He has been referred by the Medical Officer to DCMH at RAF
Coningsby. He wants to see the children: supervised time with his mother Mrs [[Glenys Thorold|name]] from [[Market
Rasen|place]] is proposed at [[Glenys|name]]'s home.

5. Recommendation: child protection plans under emotional abuse for both children.
"""),
]

DOCS_C += [
    ("mother's own diary pages scanned with OCR errors", """[Scanned from Mrs [[Thorold|name]]'s notebook, given to SW
[[M Bellamy|name]] on [[26.11.2026|date]]. OCR output, errors kept.]

Sat [[3rd 0ct|date]]  G home 2am from the Sgts mess do. Woke [[EIlis|name]] up banging. Said I was "sat with a face on".
Sun [[4th|date]]     Apologised, took kids to Whisby. Nice day. [[Ruby|name]] feII asleep in the car.
Fri [[9/10|date]]    G took my phone again, read my msgs to [[Efua|name]]. Said I was "slagging him off to [[HuII|place]]".
Sun [[11 Oct|date]]  The fridge. [[EIIis|name]] saw. He hid in [[Ruby-Mae|name]]s cot.
Mon [[12th|date]]    Told [[Debs|name]] next door. She said her ex was RAF too. She gave me the HIVE number.
Wed [[14/10|date]]   HIVE. Spoke to [[J0 Stainsby|name]]. Shaking.
Sun [[25th oct|date]]  Bad. Police. [[Debbie|name]] rang them. G taken to the block.
Tue [[27th|date]]   Mum came down on the train from [[HuII|place]]. Mum says come home to [[0rchard Park|place]] with the kids.
                    I dont want to take [[EIlis|name]] out of [[Redwood|school]] he loves Mrs [[Lakhani|name]].
Thur [[5 Nov|date]]   Bonfire at the station, didnt go. [[Ellis|name]] cried cos his friend [[Harvey|name]] went.
[[12.11|date]]       G rang from [[Coningsby|place]] (DCMH) crying. Says hes stopped drinking. [[Glenys|name]] rang me after
                    and said I should stand by him "like she did with [[Trevor|name]]".
"""),
    ("GP safeguarding report to conference", """Station Medical Centre / Branston Surgery joint GP report - child protection conference
[[19/11/2026|date]]
Dr [[Lydia Fotherby|name]], GP safeguarding lead; Sqn Ldr (Dr) [[Callum Yeadon|name]], Senior Medical Officer

Patients: [[THOROLD, Ellis|name]] [[14-07-2019|dob]]; [[THOROLD, Ruby-Mae|name]] [[08-03-2023|dob]]; [[THOROLD, Abena|name]]
[[27-09-1995|dob]]. Cpl [[THOROLD, Gareth|name]] [[04-04-1991|dob]] is registered with the Station Medical Centre (Defence Medical
Services) and his information is shared with his consent.

[[Ellis|name]]: seen [[2 Sept 2026|date]] for bedwetting (secondary enuresis, dry since 2023); urine clear; advised. Seen again
[[30/10/2026|date]] with Mum for sleep problems and nightmares; referred to the school nursing team and Healthy Minds.
[[Ruby-Mae|name]]: up to date with immunisations; speech delay noted by HV; referred to SALT at Lincoln County Hospital on
[[22/10|date]].
[[Abena|name]]: attended [[15/10/2026|date]]; bruise 4 x 3 cm left upper arm, reports partner pushed her; low mood PHQ-9 14;
sertraline started; talking therapy via Steps2Change. Ask-and-act question recorded. Her mother Mrs [[Asante|name]] rang the
surgery on [[20 Oct|date]] from [[Hull|place]] asking for information - none given.
[[Gareth|name]]: alcohol (AUDIT 21); referred to DCMH [[Coningsby|place]]; attending; abstinent 3 weeks by his own report.

No other concerns. Previous address [[14 Shackleton Road|address]], [[Carterton|place]] (2019-2021).
"""),
]


# --- D. Scrimshaw / Toyne family (white British, kinship care), Ruskington, with a mother in Heckington ------------------------

HOME_D = d.Address("17 Westcliffe Road", "", "Ruskington", "NG34 9AX")
MUM_D = d.Address("Flat 2, 5 Church Street", "", "Heckington", "NG34 9RF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Harley", "Toyne")], dt.date(2020, 11, 23), addresses=[HOME_D], ids=["693 078 6292", "A925237056404"],
       schools=["Ruskington Chestnut Street CofE Primary School"]),
    _p("s", "sibling", [("Ivy", "Toyne")], dt.date(2024, 5, 16), addresses=[HOME_D], ids=["478 120 3108"]),
    _p("m", "mother", [("Jade", "Scrimshaw")], dt.date(2001, 2, 27), addresses=[MUM_D], phones=["07426 905 183"]),
    _p("f", "father", [("Ryan", "Toyne")], dt.date(1999, 9, 9)),
    _p("g", "grandparent", [("Pauline", "Scrimshaw")], dt.date(1968, 6, 5), addresses=[HOME_D], phones=["01529 413 662"],
       ids=["NH 43 19 72 A"]),
    _p("g2", "grandparent", [("Trevor", "Scrimshaw")], dt.date(1965, 1, 30), addresses=[HOME_D]),
], "c")

DOCS_D = [
    ("family network meeting minutes", """FAMILY NETWORK MEETING - [[Harley|name]] and [[Ivy|name]]          Held at: Ruskington Village
Hall, Tues [[6th Oct 2026|date]]
Facilitator: [[Natalie Sharpe|name]] (Family Group Conference Coordinator, Witham Vale)   SW: [[Dom Bristow|name]]
Family: [[Pauline Scrimshaw|name]] (Nan), [[Trevor Scrimshaw|name]] (Grandad), [[Jade Scrimshaw|name]] (Mum, joined at 11),
Aunty [[Shelley Wand|name]] (Mum's sister, [[Sleaford|place]]), Uncle [[Gaz|name]] ([[Gary Wand|name]]), [[Marion Toyne|name]]
(paternal nan, by phone from [[Grantham|place]]), family friend [[Rose Bland|name]] (neighbour at [[no. 19|address]])
Not invited: [[Ryan Toyne|name]] (Dad) - in HMP Lincoln, release date [[23/04/2027|date]].

Why we are here: [[Harley|name]] (5) and [[Ivy|name]] (2) have lived with Nan and Grandad at [[17 Westcliffe Road|address]],
[[Ruskington|place]] since [[8 August 2026|date]], when [[Jade|name]] was found unconscious at her flat in [[Heckington|place]] after
taking pills and cocaine with the children in the flat. The children are "looked after" under s20. The plan is for them to
stay with family.

What the family said:
- Nan: "We'll have them for good. [[Trev|name]]'s retired off the buses. We need a bigger car and help with nursery money."
- [[Jade|name]]: wants them home by Christmas; is at Addaction ([[Sleaford|place]] hub) and "clean 8 weeks". Lives at [[Flat 2, 5
  Church Street|address]], [[Heckington|place]] [[NG34 9RF|postcode]]. New phone [[07426 905 183|phone]].
- [[Shelley|name]] can do the school run on Tuesdays and Thursdays (she works in [[Sleaford|place]] at the Navigation Yard café).
- [[Marion|name]] wants to see [[Harley|name]] monthly; she does not drive; [[Rose|name]] offered to take them to [[Grantham|place]] on the
  train.
- [[Rose|name]] said she'd heard "the fella from [[Anwick|place]]" ([[Jamie Dring|name]]) had been round [[Jade|name]]'s again;
[[Jade|name]] said
  he's "only a mate".

Plan: Nan and Grandad to be assessed as kinship carers (connected persons) by [[14/10|date]]; support from [[Dom|name]] to apply
for a Special Guardianship Order; [[Harley|name]] stays at [[Chestnut Street|school]] (Year 1); [[Ivy|name]] to start at [[Little Acorns
Pre-School|school]] in January with 15 hours; family time for [[Jade|name]] twice a week at the family hub in
[[Sleaford|place]], supervised. Next meeting: Tuesday [[3rd November|date]].
"""),
    ("grandmother's own letter to the judge", """[[17 Westcliffe Rd|address]]
[[Ruskington|place]]
[[NG34 9AX|postcode]]

[[19th November 2026|date]]

Dear Judge,

My name is [[Pauline Scrimshaw|name]] and I am [[Harley|name]] and [[Ivy|name]]'s Nan. Me and my husband [[Trevor|name]] have had
the children since the [[8th of August|date]] this year when our daughter [[Jade|name]] was took to hospital. I want to tell you
about them in my own words because the reports are all long words.

[[Harley|name]] is 6 on the [[23rd|date]] (just after this goes in!). He loves dinosaurs and the trains at [[Ruskington|place]] station, he
waves at every one. When he come to us he wouldnt sleep unless the landing light was on and he hid food in his pillow case.
Now he sleeps all night. His teacher Mrs [[Hardy|name]] says he is a different boy. [[Ivy|name]] runs the house. She was 2 in May and
she had no words hardly, now she says "Nanna", "Dada" (thats [[Trev|name]]), "[[Hawy|name]]" and
"more".

We love our [[Jade|name]]. She has tried. But I have seen her do well before and go back. [[Ryan|name]] their dad is in prison till
April and he has wrote to the kids which I have kept. His mum [[Marion|name]] is good with them. I will always let [[Jade|name]] see
them, I am her mum. I am 58 and [[Trevor|name]] is 61 and our health is good apart from his knees. My sister [[Janice Odling|name]] in
[[Billinghay|place]] will help and so will [[Shelley|name]].

Please let them stay with us.

Yours faithfully
[[Pauline Scrimshaw|name]] (Mrs)
Tel [[01529 413 662|phone]]
"""),
]

DOCS_D += [
    ("Messenger thread between a grandmother and her daughter typed up", """Facebook Messenger, shown to SW [[D. Bristow|name]] by Mrs
[[Scrimshaw|name]] on [[2/12/26|date]]; typed up by him; spelling kept.
"[[Pauline Scrimshaw|name]]" = Nan. "[[Jade Louise|name]]" = [[Jade|name]]'s profile name.

[[28 NOV AT 21:14|date]]
[[Jade Louise|name]]: mum can i have the kids saturday just for tea
[[Pauline Scrimshaw|name]]: u know its got to be at the hub love
[[Jade Louise|name]]: its a joke. [[dom|name]] said i was doing good
[[Pauline Scrimshaw|name]]: he did but the judge hasnt said yet
[[Jade Louise|name]]: is [[harley|name]] ok did he like his card
[[Pauline Scrimshaw|name]]: he loved it. he wants u at his party sunday at the hall
[[Jade Louise|name]]: can [[jamie|name]] come he got [[harley|name]] the dino thing
[[Pauline Scrimshaw|name]]: no. not [[jamie|name]]. u know why
[[Jade Louise|name]]: hes not what u think. hes been good to me. hes from [[anwick|place]] not a druggie
[[Pauline Scrimshaw|name]]: [[rose|name]] saw his car outside ur flat at 3 in the morning [[jade|name]]
[[Jade Louise|name]]: [[rose|name]] wants to mind her own
[[29 NOV AT 09:02|date]]
[[Jade Louise|name]]: sorry mum. tell [[ivy|name]] and [[harley|name]] i love them. ill be at the hub tues
[[Pauline Scrimshaw|name]]: i know u do. love u. dad says hes picking u up from [[heckington|place]] at 10
"""),
    ("family time supervisor's record", """SUPERVISED FAMILY TIME RECORD                                          Witham Vale Family
Time Service
Children: [[Harley Toyne|name]] ([[23/11/2020|dob]]); [[Ivy Toyne|name]] ([[16/05/2024|dob]])       NHS: [[693 078 6292|nhs]] /
[[478 120 3108|nhs]]
Adult(s): [[Jade Scrimshaw|name]] (Mum)            Venue: Sleaford Family Hub, room 2
Date: Tuesday [[1 December 2026|date]]   Time: 10.15-11.45 (booked 10.00-12.00)   Supervisor: [[Kelly-Marie Fenwick|name]]
Transport: children brought by Grandad ([[Trevor Scrimshaw|name]]); Mum brought by Grandad from [[Heckington|place]].

Arrival: Mum late by 15 min, said the bus from [[Heckington|place]] was cancelled (Grandad went to fetch her). Smelt of cigarettes,
alert, eyes clear, steady. [[Harley|name]] ran to her and said "Mummy I'm six now". [[Ivy|name]] hid behind Grandad for 2 minutes
then went for a cuddle.

Play: Mum brought a dinosaur colouring book and a pack of crisps each. [[Harley|name]] told Mum about Mrs [[Hardy|name]] and "my best
friend [[Oakley|name]]" and his birthday party at the Youth Centre on [[29 November|date]], which Mum did not come to. She said
sorry. [[Ivy|name]] said "[[Hawy|name]]" and "Nanna" - Mum looked upset and said "say Mummy, [[Ivy|name]]".

Conversation I needed to stop: at 11.10 [[Harley|name]] asked "is [[Jamie|name]] coming to my next party?" Mum said "next time, if Nanna
lets him".
I reminded Mum we agreed not to talk about [[Jamie Dring|name]] in family time. She apologised.

Phone: Mum's phone rang 3 times (caller shown as "J" - not a name). She did not answer.
Goodbye: calm; [[Harley|name]] gave Mum a picture. Mum cried after the children left and said she's "got a place at [[Bridge
House|address]]" (the supported flats on [[Boston Road|address]] in [[Sleaford|place]]) from [[14th Dec|date]].
Next: Fri [[4/12/2026|date]], 10.00. Record sent to [[Dom Bristow|name]].
"""),
]


# --- E. Fazakas / Bíró family (Székely Hungarians from Romania), Bracebridge, Lincoln ------------------------------------------

HOME_E = d.Address("52 Brant Road", "Bracebridge", "Lincoln", "LN5 8RU")
GRAN_E = d.Address("Strada Bethlen Gábor nr. 12", "", "Odorheiu Secuiesc", "535600")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Levente", "Fazakas")], dt.date(2013, 6, 21), addresses=[HOME_E], ids=["769 619 7738"],
       schools=["Lincoln Christ's Hospital School"]),
    _p("s", "sibling", [("Réka", "Fazakas")], dt.date(2018, 10, 4), addresses=[HOME_E], ids=["871 522 2438", "A925298538127"]),
    _p("m", "mother", [("Ildikó", "Fazakas"), ("Ildikó", "Bíró")], dt.date(1989, 3, 15), addresses=[HOME_E],
       phones=["07858 142 776"]),
    _p("f", "father", [("Zoltán", "Fazakas")], dt.date(1986, 8, 30), addresses=[HOME_E], phones=["07592 718 340"],
       ids=["SK 72 40 19 C"]),
    _p("g", "grandparent", [("Margit", "Bíró")], addresses=[GRAN_E], phones=["+40 266 218 447", "+40 745 218 903"]),
    _p("p1", "professional", [("Shona", "Lill")], phones=["01522 782 450"], emails=["shona.lill@withamvale.gov.uk"]),
], "c")

DOCS_E = [
    ("strategy discussion minutes held with an interpreter", """STRATEGY DISCUSSION (s47) - MINUTES     Monday
[[16th November 2026|date]], 14:00, Teams
Chair: [[Mark Ingamells|name]] (Team Manager)   Minutes: [[Sophie Dowson|name]]
Present: [[Shona Lill|name]] (SW), DS [[Kerry Pinder|name]] (Lincolnshire Police CAIU), [[Andrea Bird|name]] (DSL, [[Lincoln
Christ's Hospital School|school]]), Dr [[Rachael Ogden|name]] (named GP), [[Hajnal Kiss|name]] (Hungarian interpreter, LanguageLine,
item 3 only)

1. Child: [[FAZAKAS Levente|name]] (known at school as [[Levente Fazakas|name]], "[[Levi|name]]"), DOB [[21/06/2013|dob]], Year 9, NHS
[[769 619 7738|nhs]]. Sibling: [[Fazakas Réka|name]] ([[Réka Fazakas|name]]), DOB [[04/10/2018|dob]], Year 3 at [[South Park Junior
Academy|school]]. Address: [[52 Brant Road|address]], [[Bracebridge|place]], [[LN5 8RU|postcode]]. Parents: [[Fazakas Zoltán|name]] (father)
and [[Fazakasné Bíró Ildikó|name]] (mother; uses "[[Ildikó Fazakas|name]]" in the UK). Hungarian speakers from
[[Székelyudvarhely|place]] ([[Odorheiu Secuiesc|place]]) in Romania; in the UK since 2019. Father works nights at a poultry plant
near [[Sleaford|place]].

2. Referral: on [[13/11/2026|date]] [[Levi|name]] told his PE teacher Mr [[Jon Hebb|name]] that his father hit him with a belt on
the [[11th|date]] because his school report was "not good". Marks seen on the back of both thighs, photographed by the DSL.
He said Apa "does it like his own apa did" and that [[Réka|name]] is "never hit, only me". He asked that his mother is not
told first because "she will cry and tell [[Zoli|name]]".

3. Mother (by phone through the interpreter): [[Ildikó|name]] confirmed her husband "uses the belt sometimes" and said "in
[[Udvarhely|place]] every boy got this". She said she is afraid of him when he drinks pálinka at weekends. Her mother,
[[Bíró Margit|name]], lives at [[Strada Bethlen Gábor nr. 12|address]], [[Odorheiu Secuiesc|place]], [[535600|postcode]], tel.
[[+40 266 218 447|phone]] / [[+40 745 218 903|phone]]. Her brother [[Bíró Attila|name]] lives in [[Boston|place]] and drives for a
packhouse at [[Kirton|place]].

4. Police: no previous. DS [[Pinder|name]] to arrange an ABE interview for [[Levente|name]] on [[17/11|date]]; father to be spoken
to under caution. Father's vehicle: Skoda Octavia [[BV19 HNO|vehicle]]. Father's phone [[07592 718 340|phone]].

5. Decision: s47 (single agency for [[Réka|name]], joint for [[Levente|name]]). Safety plan: [[Levi|name]] to stay tonight with family
friend
[[Katalin Szabó|name]] at [[9 Chiltern Road|address]], [[Bracebridge Heath|place]] (mother agrees). Interpreter to be booked for every
visit -
not the children, and not Mrs [[Szabó|name]].
"""),
    ("Viber chat translated from Hungarian", """Viber messages between [[Ildikó|name]] and her mother, shown to SW [[Shona Lill|name]]
on [[24.11.2026|date]] and translated by
[[Kiss Hajnal|name]] (interpreter). Hungarian dates kept as written (year. month. day.). "Anyu" (Mum) is how [[Ildikó|name]] saved
her mother's number ([[+40 745 218 903|phone]]); it is not a name.

[[2026. november 11.|date]], 22:41
Anyu: Mi van kislányom? Nem veszed fel. (What's wrong, my girl? You don't pick up.)
[[Ildikó|name]]: [[Zoli|name]] megint megverte [[Levi|name]]t az övvel. ([[Zoli|name]] beat [[Levi|name]] with the belt again.)
[[Ildikó|name]]: A bizonyítvány miatt. [[Réka|name]] sírt. (Because of the report. [[Réka|name]] cried.)
Anyu: Istenem. Hol van most [[Zoli|name]]? (My God. Where is [[Zoli|name]] now?)
[[Ildikó|name]]: Elment dolgozni [[Sleaford|place]]ba. (He went to work in [[Sleaford|place]].)
Anyu: Gyertek haza [[Udvarhely|place]]re. Van hely nálam. (Come home to [[Udvarhely|place]]. There is room at mine.)
[[Ildikó|name]]: Nem lehet. [[Levi|name]] itt akar maradni. (I can't. [[Levi|name]] wants to stay here.)

[[2026. nov. 14.|date]], 08:05
[[Ildikó|name]]: Jött a szociális munkás. [[Shona|name]]. Kedves. (The social worker came. [[Shona|name]]. Kind.)
Anyu: Elviszik a gyerekeket? (Will they take the children?)
[[Ildikó|name]]: Nem. [[Kati|name]] néninél alszik [[Levi|name]] pár napig. (No. [[Levi|name]] is sleeping at Auntie [[Kati|name]]'s for
a few days.)
Anyu: [[Attila|name]] tudja? (Does [[Attila|name]] know?)
[[Ildikó|name]]: Holnap jön [[Boston|place]]ból. (He's coming from [[Boston|place]] tomorrow.)

[[2026.11.22.|date]], 19:30
Anyu: [[Margit|name]] mama imádkozik értetek. [[Levi|name]]nek mondd, hogy szeretem. (Grandma [[Margit|name]] is praying for you. Tell
[[Levi|name]] I love him.)

Translator's note: Hungarian puts endings on names and places ("[[Levi|name]]t" = [[Levi|name]] as object, "[[Udvarhely|place]]re" = to
[[Udvarhely|place]], "[[Sleaford|place]]ba" = to [[Sleaford|place]], "[[Boston|place]]ból" = from [[Boston|place]]); the grandmother
signs herself "[[Margit|name]] mama"
(Grandma [[Margit|name]]). "[[Kati|name]] néni" = Auntie [[Kati|name]], the family friend [[Katalin Szabó|name]]. "[[Zoli|name]]" is
[[Zoltán|name]], the father.
"""),
]

DOCS_E += [
    ("school new-arrival pupil background form", """SOUTH PARK JUNIOR ACADEMY - PUPIL BACKGROUND / EAL PROFILE (completed with parent
and interpreter)
Pupil legal name: [[FAZAKAS Réka|name]]         Preferred name: [[Réka|name]] ("[[Rékuci|name]]" at home - please use [[Réka|name]])
Date of birth: [[4.10.2018|dob]]                 UPN: [[A925298538127|upn]] (transferred record; see note)
Year group: 3, class Kingfishers            Date on roll: [[07/09/2026|date]] (moved from [[Bracebridge Infant and Nursery
School|school]])
Home address: [[52 Brant Rd|address]], [[Lincoln|place]] [[LN5 8RU|postcode]]
First language: Hungarian (Székely dialect)  Other languages: English (developing), Romanian (a few words)
Religion: Unitarian (the family attend a Hungarian service in [[Nottingham|place]] monthly)
Place of birth: [[Székelyudvarhely|place]], Romania ([[Odorheiu Secuiesc|place]] in Romanian)
Previous schooling: none abroad (came to the UK aged 1, in 2019; summers with her grandmother in [[Udvarhely|place]]); UK from Reception.

Parent/carer 1: [[Fazakasné Bíró Ildikó|name]] (Mother) - mobile [[07858 142 776|phone]] - works part-time at Tesco
Parent/carer 2: [[Fazakas Zoltán|name]] (Father) - mobile [[07592 718 340|phone]] - night shifts
Emergency contact 3: Mrs [[Katalin Szabó|name]] (family friend, [[Bracebridge Heath|place]]) [[07506 283 914|phone]]
Siblings: [[Levente|name]] (13), [[Lincoln Christ's Hospital School|school]]
Who collects: Mum; sometimes [[Levi|name]] (brother) - NOT agreed by school as he is 13, see DSL note.
Interpreter: [[Hajnal Kiss|name]] ([[7 Dec 2026|date]], parents' evening); parents prefer written letters in Hungarian.

DSL note ([[A. Bird|name]] / [[K. Ward|name]]), [[16/11/2026|date]]: s47 for the brother; [[Réka|name]] not to be collected by Dad
until the social worker ([[Shona Lill|name]], [[01522 782 450|phone]], [[shona.lill@withamvale.gov.uk|email]]) confirms in
writing. Grandmother in Romania ([[Bíró Margit|name]]) may ring the office on [[+40 745 218 903|phone]] - speak to DSL, give no
information. [[Réka|name]]'s best friend [[Mia Sandall|name]]; her mum [[Jodie Sandall|name]] sometimes gives [[Réka|name]] a lift.
"""),
    ("letter from a Romanian child protection service translated", """[Translated from Romanian by [[Hajnal Kiss|name]], sworn
translator no. RO-2214 (not marked), [[3 December 2026|date]]]

ROMANIA - Harghita County Council - General Directorate of Social Assistance and Child Protection (DGASPC Harghita)
No. 18 447 / [[27.11.2026|date]]

To: Witham Vale Council, Children's Services, for the attention of Mrs [[Shona Lill|name]]
Ref.: your request of [[19.11.2026|date]] - minors [[FAZAKAS LEVENTE|name]] (born [[21.06.2013|dob]]) and [[FAZAKAS RÉKA|name]] (born
[[04.10.2018|dob]])

Following your request under Article 55 of the 1996 Hague Convention, we report:

1. Our records hold no child protection case for the family [[Fazakas|name]] / [[Bíró|name]] in [[Odorheiu Secuiesc|place]] before their
departure in 2019.
2. On [[25.11.2026|date]] our social worker, Mrs [[Lőrincz Enikő|name]], visited the maternal grandmother, Mrs [[BÍRÓ MARGIT|name]],
born [[02.02.1958|dob]], at her home at [[Str. Bethlen Gábor nr. 12|address]], [[535600|postcode]] [[Odorheiu Secuiesc|place]]. The home
is a
house with three rooms, heated by a wood stove, clean and adequate. Mrs [[Bíró|name]] lives alone, has a pension, and her son
[[Bíró Csongor|name]] lives nearby in [[Cristuru Secuiesc|place]] ([[Székelykeresztúr|place]]). She stated she would take both grandchildren
"at any time". She stated that the father, Mr [[Fazakas Zoltán|name]], was beaten by his own father, the late [[Fazakas Imre|name]],
and that the village of [[Lueta|place]] ([[Lövéte|place]]), where he grew up, "knows this".
3. The family doctor, Dr [[Sándor Ilona|name]], confirms the grandmother's good health (certificate attached).
4. Telephone: [[+40 266 218 447|phone]] (home), [[+40 745 218 903|phone]] (mobile).

We remain at your disposal. Director General, [[Ferencz Árpád|name]]; Head of Service, [[Bodó Tünde|name]].
"""),
]


# --- F. Gogoi / Saikia family (Assamese, from Assam in India), Branston, near Lincoln -----------------------------------------

HOME_F = d.Address("3 Hall Lane", "Branston", "Lincoln", "LN4 1PR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Mitali", "Gogoi")], dt.date(2022, 9, 19), addresses=[HOME_F], ids=["380 758 1901"],
       schools=["Branston Little Owls Nursery"]),
    _p("s", "sibling", [("Anurag", "Gogoi")], dt.date(2015, 9, 14), addresses=[HOME_F], ids=["184 256 8884", "W925270583868"],
       schools=["Branston Junior Academy"]),
    _p("m", "mother", [("Priyanka", "Saikia")], dt.date(1990, 12, 8), addresses=[HOME_F], phones=["07384 615 220"]),
    _p("f", "father", [("Hiranya", "Gogoi")], dt.date(1987, 5, 25), addresses=[HOME_F], phones=["07810 552 463"],
       emails=["hiranya.gogoi87@gmail.com"]),
    _p("g", "grandparent", [("Nirmala", "Saikia")], phones=["+91 98640 27315"]),
    _p("p1", "professional", [("Fiona", "Harby")], phones=["07956 301 748"], emails=["fiona.harby@withamvale.gov.uk"]),
], "c")

DOCS_F = [
    ("emergency department safeguarding referral form", """UNITED LINCOLNSHIRE TEACHING HOSPITALS - EMERGENCY DEPARTMENT (PAEDIATRIC) -
SAFEGUARDING REFERRAL TO CHILDREN'S SOCIAL CARE
Site: Lincoln County Hospital        Date/time of attendance: [[22/10/2026|date]] 19:48        ED no. LC2610-44817 (not marked)
Child: Surname [[GOGOI|name]]   Forename(s) [[MITALI|name]]   DOB [[19/09/2022|dob]]   NHS no. [[380 758 1901|nhs]]
Address: [[3 Hall Lane|address]], [[Branston|place]], [[LINCOLN|place]]   Postcode [[LN4 1PR|postcode]]
Nursery: [[Little Owls|school]] ([[Branston|place]])     GP: Branston Surgery
Brought by: brother (11) and a neighbour, Mrs [[Wendy Cheesman|name]] ([[5 Hall Lane|address]], tel [[07956 118 402|phone]]), by car.
Parents: mother [[Priyanka SAIKIA|name]] (staff nurse, Ward 7 at this hospital - on shift at the time), mob [[07384 615 220|phone]];
father [[Hiranya GOGOI|name]], mob [[07810 552 463|phone]] (at work in [[Newark|place]]; arrived 20:35).

Presenting: scald to the back of the left hand and wrist, approx 2% TBSA, partial thickness, blistered. History from brother
[[Anurag|name]]: he was "making noodles for [[Mitu|name]]" at about 18:30, she reached up and pulled the pan. He put her hand under
the cold tap "for ages" (good first aid) then ran to Mrs [[Cheesman|name]]. He said Mum was on a late and Dad "comes at 8". He
said he minds [[Mitu|name]] "on Tuesdays and Thursdays" after school. Mother came down from the ward at 19:55 - very
distressed, said her mother-in-law normally comes but "went back to [[Jorhat|place]]" on [[10 Oct|date]].

Pattern consistent with the history (spill, not immersion). No other injuries. Skeletal survey not indicated (age 4).
Concern: supervision - child of 4 left in the care of a child of 11 regularly, and a child of 11 cooking alone.
Referrer: [[Ellie Blackbourn|name]], Paediatric Liaison Nurse, ext. 2271. Discussed with Dr [[Tomasz Wrona|name]] (ST6). Burns
dressing clinic booked [[24/10|date]]; referral to the Pilgrim burns service not needed.
"""),
    ("family WhatsApp group in Assamese and English translated", """WhatsApp group "[[Gogoi|name]] [[Saikia|name]] Family", shown to SW
[[Fiona Harby|name]] by Mr [[Gogoi|name]] on [[5 Nov 2026|date]]; Assamese
translated by [[Bhaswati Deka|name]] (interpreter). Contacts as saved on Mr [[Gogoi|name]]'s phone. "Aita" (grandmother) and "Maa"
(mother) are kinship words, not names.

[[23/10/26|date]], 06:12 - Aita: [[মিতালী|name]]ৰ হাতখন কেনে আছে? (How is [[Mitali|name]]'s hand?)
[[23/10/26|date]], 06:40 - [[Hiranya|name]]: Better Aita. Dressing tomorrow. [[Priyanka|name]] is not sleeping.
[[23/10/26|date]], 06:41 - Aita: [[অনুৰাগ|name]]ক গালি নিদিবা। সি সৰু ল'ৰা। (Don't scold [[Anurag|name]]. He is a small boy.)
[[23/10/26|date]], 07:02 - [[Priyanka|name]]: Maa I should have left the job. [[Anurag|name]] cried all night
[[23/10/26|date]], 07:05 - [[Dhruba|name]] Da ([[Guwahati|place]]): Don't blame yourself [[Pri|name]]. [[Babu|name]] did right thing,
cold water
[[23/10/26|date]], 07:09 - Aita: মই [[যোৰহাট|place]]ৰ পৰা আহিম। টিকট চোৱা। (I will come from [[Jorhat|place]]. Look at tickets.)
[[23/10/26|date]], 07:30 - [[Hiranya|name]]: Aita your visa expired [[9th Oct|date]]. Need new one. 8 weeks.
[[23/10/26|date]], 07:31 - [[Dhruba|name]] Da ([[Guwahati|place]]): I will go with Maa to VFS [[Guwahati|place]] monday
[[24/10/26|date]], 21:50 - [[Priyanka|name]]: Social worker coming. Her name is [[Fiona|name]]. [[Hiranya|name]] please be polite
[[24/10/26|date]], 21:52 - [[Hiranya|name]]: I am always polite. They think we are bad parents
[[24/10/26|date]], 21:53 - [[প্ৰিয়াংকা|name]]: [[হিৰণ্য|name]], প্লীজ। ([[Hiranya|name]], please.)
[[25/10/26|date]], 08:15 - [[Rupjyoti Bora|name]]: Prayers for little [[Mitu|name]]. [[Mitu|name]] can come to ours after nursery any
day, [[Nandita|name]] will collect

Translator's note: "[[Babu|name]]" is the family's pet name for [[Anurag|name]] (not the word "babu", sir); "[[Mitu|name]]" is
[[Mitali|name]];
"[[Pri|name]]" is [[Priyanka|name]]. Assamese adds endings to names ("[[মিতালী|name]]ৰ" = [[Mitali|name]]'s; "[[অনুৰাগ|name]]ক" =
[[Anurag|name]], object),
which stay outside. "Da" after a name means elder brother. [[Rupjyoti Bora|name]] and his wife [[Nandita Bora|name]] are friends
from the Assamese association who live in [[Heighington|place]], [[07441 920 336|phone]]. Aita's number [[+91 98640 27315|phone]].
"""),
]

DOCS_F += [
    ("child and family assessment analysis section", """CHILD AND FAMILY ASSESSMENT - ANALYSIS AND PLAN (extract)
Children: [[Mitali Gogoi|name]] ([[19.09.2022|dob]]) and [[Anurag Gogoi|name]] ([[14.09.2015|dob]]; NHS [[184 256 8884|nhs]]; UPN
[[W925270583868|upn]]), [[3 Hall Lane|address]], [[Branston|place]] [[LN4 1PR|postcode]]
Assessment started [[23 October 2026|date]], completed [[1 December 2026|date]]. Social worker: [[Fiona Harby|name]]

Analysis. [[Priyanka|name]] came to the UK in 2021 on a Health and Care Worker visa, recruited from a hospital in
[[Guwahati|place]]; [[Hiranya|name]] and the children joined her in June 2022. They have no family in the UK.
For two years [[Hiranya|name]]'s mother, Mrs [[Kamala Gogoi|name]] (Aita), lived with them on visitor visas and did the
after-school care; when she went back to [[Jorhat|place]] on [[10 October|date]] the parents did not tell anyone that [[Anurag|name]],
then 11, was minding his sister two evenings a week until [[Hiranya|name]] got back from his job at an engineering firm in
[[Newark|place]]. The scald on [[22/10|date]] came from that gap, not from any wish to harm. Both parents are warm, child-focused and
ashamed; [[Hiranya|name]] was at first angry ("in Assam a boy of eleven looks after the house") and has since moved.

[[Anurag|name]] (Year 6, [[Branston Junior Academy|school]]) is a serious, kind boy; his teacher Mr [[Daniel Sardeson|name]]
says he has been "tired and worried". He told me he "felt like a grown-up but a scared one". He wants to go to [[Branston
Community Academy|school]] next year with his friend [[Ollie
Worsdale|name]]. [[Mitali|name]] ("[[Mitu|name]]") is a bright, talkative girl at [[Little Owls|school]],
bilingual in Assamese and English; her key person [[Stacey Kime|name]] reports no other concerns.

Plan (child in need, 3 months): parents to change shift patterns - [[Priyanka|name]] has moved to long days three days a week
with the agreement of her ward manager, Sister [[Joyce Amankwah|name]]; [[Hiranya|name]] to work from home on Tuesdays and Thursdays;
[[Anurag|name]] not to be left in charge of [[Mitali|name]] or to cook alone; after-school club at [[Branston Junior|school]] (funded
for 12 weeks); the family to be linked with the Lincoln Assamese Society through Mr [[Rupjyoti Bora|name]]; a CIN review on
Thursday [[4 March 2027|date]]. Aita's visa: no role for us.
"""),
    ("father's complaint email to the council", """From: [[Hiranya Gogoi|name]] <[[hiranya.gogoi87@gmail.com|email]]>
Date: Sun, [[6 Dec 2026|date]] 22:17
To: complaints@withamvale.gov.uk
Cc: [[fiona.harby@withamvale.gov.uk|email]]; [[Karl Wyatt|name]] (Councillor, [[Branston|place]] ward)
Subject: Complaint - Stage 1 - my children [[Mitali|name]] and [[Anurag Gogoi|name]]

Dear Sir/Madam,

I am writing to complain about how my family was treated after my daughter's accident on [[22nd
October|date]]. I want to say
first that Ms [[Harby|name]] has been kind and fair, and so was the nurse [[Ellie|name]] at the hospital. My complaint is about the
letter of [[27/10/2026|date]] signed by [[L. Dring|name]] which said "neglect" and which was sent to my old address, [[Flat 11,
Brayford Wharf East|address]], [[LN5 7AY|postcode]], where we lived until March 2024 - the [[31st|date]] of that month.
The new tenant, Mr [[Adebayo|name]], opened it and told my neighbour. My wife works at the hospital and people talk.

Secondly, the nursery was told before we were. Mrs [[Kime|name]] at [[Little Owls|school]] asked my wife about "the social worker"
on [[26 Oct|date]] when we had not yet been visited.

Thirdly, in the assessment it says my mother is "[[Kamala Gogoi|name]]". My mother is Mrs [[Kamala Gogoi|name]], yes, but the grandmother
in the WhatsApp who wrote in Assamese is my mother-in-law, Mrs [[Nirmala Saikia|name]], [[Priyanka|name]]'s mother, in [[Jorhat|place]]
(tel [[+91 98640 27315|phone]]). My mother lives with my brother [[Dhruba|name]] in [[Guwahati|place]],
[[House No. 14, Rajgarh Road|address]],
[[Guwahati|place]] [[781003|postcode]] (tel [[+91 361 254 7810|phone]]). Please correct this. It matters to us.

Our son [[Anurag|name]] is not a criminal. He saved his sister. His head teacher Mrs [[Tennyson|name]] said so.
I would like an apology and the letter to be removed. You can ring me on [[07810 552 463|phone]] after 6pm.

Yours faithfully,
Dr [[Hiranya Gogoi|name]] (PhD, not medical)
[[3 Hall Lane|address]], [[Branston|place]], [[LN4 1PR|postcode]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 132 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 14:38 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cpl", "sac", "flt", "lt", "sqn",
           "ldr", "wo", "padre", "rev", "cllr", "nurse", "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny",
           "grandma", "grandad", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "apa", "anya", "anyu",
           "nagymama", "mama", "néni", "bácsi", "aita", "maa", "deuta", "khura", "আইতা", "মা", "দেউতা"}
_AFTER = {"néni", "bácsi", "mama", "da", "dada", "baideu", "senior", "junior"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "lincolnshire", "lincs", "north kesteven",
               "east riding", "yorkshire", "oxfordshire", "cyprus", "romania", "harghita", "harghita county", "transylvania",
               "székelyföld", "szeklerland", "hungary", "india", "assam", "north east india"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Cpl", "Flt",
# "Sqn", "Padre", "Aunty", "Anyu", "Aita"; and after one: "Margit mama", "Kati néni", "Dhruba Da") and counties, regions
# and countries ("Lincolnshire", "Romania", "Harghita", "Transylvania", "Assam", "India").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
