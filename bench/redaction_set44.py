"""Set 44: a held-out hand-written set for the redaction detector, six more invented families in Essex, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set42.py, redaction_set43.py, redaction_set45.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions
followed here: the module docstring, the first family's record and first document, the word lists and the end of the
module, and the whole test), the module docstring and the `_party`, `Records`, `HandSet`, `word_problems` and `_parse`
helpers of bench/redaction_handwritten.py (its first record and documents were seen in passing). The docstrings of
bench/redaction_set7.py to redaction_set41.py were not read as text: a small script only reported which of them name Essex
towns (and printed the sentences naming them) and how many name each of a list of community words, to choose towns and
communities no earlier set used as a family's home (Jaywick, Clacton, Brightlingsea, Vange, Basildon and Pitsea were taken;
no earlier docstring says Estonian, Kenyan or Kikuyu). One early search for a single word ("communit") was run, by mistake,
over the whole of bench/redaction_set22.py to redaction_set41.py rather than their docstrings; it printed only the names of
three files, and nothing of their text. Phone numbers were checked with the phonenumbers library, and NHS
numbers and UPNs made with their check digits in small snippets (python-stdnum for the UPNs). The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families, each from a town, district or estate no earlier set used as a family's home. Four of the kinds most common in
children's social care: a young white British mother on Canvey Island, with a grandmother in South Benfleet (Coker / Brand;
a boy of 9 coming to school hungry, a mother's partner who smashes the television, a neighbour who feeds the boy, the
partner turning up at the school gates and the grandmother's door), a white British family in Greenstead, Colchester, with
a grandfather in Rowhedge (Pryke / Munson; neglect and a mother's drinking, a girl of 14 criminally and sexually exploited
through Snapchat by young men running drugs to Jaywick, a father who writes by hand), a white British family in
Shoeburyness, Southend-on-Sea, with a girl of 12 accommodated with foster carers in Great Wakering after her stepfather
dragged her by the hair (Gowers / Pilgrim; a half-brother of 7 still at home, a stepfather who turns up at family time, a
mother's voicemail at midnight), and a white Irish and Black British Nigerian family on the Melbourne estate in Chelmsford,
with a grandfather from Letterkenny (Doherty / Akinola; a boy of 14 found drunk with a head wound, a mother drinking after a
grandmother's death, county lines exploitation, a disruption notice). Two from communities no earlier set used: a
Russian-speaking Estonian family from Narva in Tilbury (Tamm / Kuznetsova; a father who burnt his son's hand with a
cigarette and used a belt, a mother isolated by language and pain, a grandmother in Narva who rings the social worker; a
Viber chat in Russian, in Cyrillic) and a Kenyan Kikuyu family in Staple Tye, Harlow, with family in Nairobi, Thika and
Githunguri (Kamau / Wanjiru; a baby born early with faltering growth, bottles watered down, no recourse to public funds, a
mother's postnatal depression, a boy of 8 doing the night feeds, a church that brings food; a WhatsApp chat in Kikuyu,
Swahili and English). 24 documents, about half plain professional recording (a children and families hub referral form, a
single assessment chronology, a child and family assessment, an initial child protection conference's minutes, core group
minutes, a letter to a mother after a review conference, a health visitor's referral letter, social work case notes twice, a
looked-after review record, a family time record, a section 47 outcome report) and half the other writing a case file holds,
of types or styles no earlier set used where that could be judged: a mother's Facebook Messenger chat with a neighbour typed
up from screenshots, a duty worker's rushed phone note, a family Viber chat in Russian translated by an interpreter, a
near-verbatim transcript of an interpreted three-way phone call from abroad, a father's handwritten letter run through OCR
(with the scanner's errors), a police exhibit transcript of a Snapchat screen recording, a WhatsApp chat in Kikuyu and
Swahili, a church pastor's email, a foster carer's daily log, auto-transcribed voicemails checked by business support (with
the phone system's mis-hearings), a school nurse drop-in paper form keyed in from a scan, and a police child concern
notification PDF run through OCR (a town broken across a line by the OCR).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Estonia, Kenya, Ireland); NHS numbers and UPNs (LA numbers 881, 882, 883) pass their
check digits; NI numbers have a valid format. Councils are invented (Thames Reach, Thurrock Vale, Colne Vale, Stort Vale,
South Shore, Chelmer Valley), and so are the church (PCEA Mwangaza Church), the nursery (Little Owls Day Nursery), the firm
of solicitors, the surgeries and several services; towns, districts, estates, villages, real schools, hospitals, police
forces, charities, shops, brands, apps and laws are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is
a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, Sgt, TM, Sister, Brother, Pastor, Rev., Sis, Nan, Nanny, Grandad, mama,
Cucu, бабушка) stay outside the name span; a bare s in texting ("lee"s mate) stays outside; every person's name is a name in
every form, record or not, including nicknames and short forms ("Alf", "Danya", "Tyoma", "Shiru", "Wai", "Sum", "Row",
"ty") and Cyrillic names in any grammatical case ("Полину", "Сергеем", "Тёмы"). "SURNAME, First" is one span ("COKER, Alfie
James", "KAMAU, Wairimu", "TOMLIN, Scott", "DOHERTY, SIOBHAN"), and so is "First SURNAME" and a first name with an initial
after it ("Summer G."); an initial with a surname is one span ("H Bright", "C. Munson", "G. Roe"); initials alone ("HB") are
not marked; a collar number ("4471", "8812") stays outside; a name, address, place or date broken by a line break is one
span holding the break; usernames ("r.e.e.c.e_x9") are not marked, but a display name that is a person's plain name is
("Reece", "kacie"); a contact saved under a kinship word ("Мама", "Sis Esther" marks only "Esther") is not a name. A street
address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a
neighbour's bare house number ("no. 18", "no. 11", "no. 39") and an address abroad ("Tallinna mnt 19-8", Narva; "Kileleshwa,
Othaya Road, House No. 14", Nairobi); an Estonian five-digit postcode ("20303") is a postcode; towns, cities, villages,
districts and estates are places, at home or abroad, in any script and in lower case ("Йыхви", "Нарву", "thorney bay",
"tiptree", "githunguri"); countries, counties and regions are not ("Essex", "Estonia", "Russia", "Kenya", "Kiambu County", "Ireland"); a
school's name is a school, and so is its short form and a nursery's name ("Leigh Beck", "Gateway", "Hazelmere", "Jerounds",
"Little Owls Day Nursery", "Shoebury High"); a date of birth is dob (a child's birth in a chronology too), any other calendar
date with a day is date (a weekday before it stays outside), and a bare day ("the 3rd", "the 12th") is a date; months and
years alone are not marked; helplines and a council's out-of-hours number are not marked; pets (Biscuit, Tank) are not
names; a firm named after people marks only the names ("Akande Price"); parks, beaches, airports, halls and shopping centres
are landmarks and stay unmarked (Melbourne Park, Lakeside, Stansted, Harlow Moot Hall, the Port of Tilbury); a surname or
first name that is also an English word is marked when it is a person (Summer, Grace, Precious, Faith, Dean, Lee, Price).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a capitalised team or
service name that holds a town ("Canvey and Benfleet Family Support", "Colchester North Team", "Harlow South Team",
"Colchester CID", "Emmaus Colchester", "Harlow Foodbank", "Canvey Island Foodbank") is an organisation and stays unmarked,
but a town in lower-case words beside a service ("canvey police station", "the Staple Tye clinic", "Station: Chelmsford") and a
town set off after an organisation's name by a comma or dash ("PCEA Mwangaza Church, Harlow") is a place; a partial
registration ("YK19") is a vehicle; an OCR-garbled name, email or postcode ("Abigai1", "craigmunson88@gmai1.com", "C04 9HW")
and a voicemail system's mis-heard name or town ("Danuta Rob Bell", "Rock Ford") keep their kind, and the correction beside
them is marked too; a child's nickname given in brackets inside a full name ("Wairimu ("Precious") KAMAU") is three spans, the
brackets and quotes outside; a patronymic with a first name ("Galina Nikolaevna") is one name span; the file name of an OCR'd
PDF holding a surname marks the surname; a police, case, CAD, exhibit or booking reference is not marked.

Self-check without the detector: `python -m bench.redaction_set44` (and tests/test_redaction_set44.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,140 gold spans, 699 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Coker / Brand family (white British), Canvey Island, with a grandmother in South Benfleet --------------------------

HOME_A = d.Address("14 Haron Close", "", "Canvey Island", "SS8 9QJ")
NAN_A = d.Address("6 Kents Hill Road", "South Benfleet", "Benfleet", "SS7 5PJ")
DAD_A = d.Address("Flat 2, 31 Furtherwick Road", "", "Canvey Island", "SS8 7AE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Coker")], dt.date(2017, 5, 22), addresses=[HOME_A], ids=["688 126 3406", "V881302412337"],
       schools=["Leigh Beck Infant and Junior Academy"]),
    _p("s", "sibling", [("Rosie-Mae", "Brand")], dt.date(2021, 2, 9), addresses=[HOME_A], ids=["319 012 8464"]),
    _p("m", "mother", [("Stacey", "Coker")], dt.date(1995, 8, 30), addresses=[HOME_A], phones=["07912 448 203"],
       ids=["JT 62 48 19 B"]),
    _p("f", "father", [("Lee", "Brand")], dt.date(1991, 12, 4), addresses=[DAD_A], phones=["07725 630 914"]),
    _p("g", "grandparent", [("Carol", "Coker")], dt.date(1967, 4, 17), addresses=[NAN_A], phones=["01268 694 172"]),
    _p("p1", "professional", [("Hollie", "Bright")], phones=["0333 013 8930"], emails=["hollie.bright@thamesreach.gov.uk"]),
], "c")

DOCS_A = [
    ("children and families hub referral form from a junior school", """THAMES REACH COUNCIL - CHILDREN AND FAMILIES HUB
REQUEST FOR SUPPORT / REFERRAL FORM (version 7)

Section 1 - Child(ren)
Name: [[COKER, Alfie James|name]]          DOB: [[22/05/2017|dob]]      Gender: M     Ethnicity: White British
NHS no: [[688 126 3406|nhs]]       UPN: [[V881302412337|upn]]
School: [[Leigh Beck Infant and Junior Academy|school]], Year 4 (class teacher Mr [[Dominic Fry|name]])
Name: [[BRAND, Rosie-Mae|name]]           DOB: [[09/02/2021|dob]]      Nursery: [[Little Owls Day Nursery|school]] (Tues/Weds only)
Home address: [[14 Haron Close|address]], [[Canvey Island|place]], [[SS8 9QJ|postcode]]

Section 2 - Parents / carers
Mother: [[Stacey Coker|name]], [[30.08.1995|dob]], mob [[07912 448 203|phone]]  (lives with children), NI [[JT 62 48 19 B|ni]]
Father of [[Rosie-Mae|name]]: [[Lee Brand|name]], [[Flat 2, 31 Furtherwick Road|address]], [[Canvey|place]]; mob [[07725 630 914|phone]]
[[Alfie|name]]'s father: [[Jamie Kettle|name]], no contact since 2019, thought to be in [[Hull|place]].
Maternal grandmother: [[Carol Coker|name]], [[6 Kents Hill Road|address]], [[South Benfleet|place]] [[SS7 5PJ|postcode]], tel
[[01268 694 172|phone]] - does school pick-ups on Thursdays.

Section 3 - Referrer
[[Hannah Wix|name]], Designated Safeguarding Lead, [[Leigh Beck|school]]. Direct line
[[01268 683 447|phone]]. Email [[h.wix@leighbeck.essex.sch.uk|email]]     Date of referral: Mon [[2 November 2026|date]]

Section 4 - Reason for referral (please give facts, dates and the child's own words)
On Friday [[30 October|date]] [[Alfie|name]] told his TA, Mrs [[Bev Portway|name]], that he had "no tea again" and that "[[Lee|name]]
and Mum had a
scrap and the telly got smashed". He had a scratch under his left eye (about 2cm) which he said was from "[[Rosie|name]]'s nails".
This is the 4th time this half term that [[Alfie|name]] has come in hungry (logged [[15/9|date]], [[29/9|date]], [[13/10|date]] and
[[30/10|date]]). His attendance is 86.4%. He is often late, brought by Nan [[Carol|name]] or by a neighbour, [[Tina Oram|name]],
who lives at [[no. 18|address]] and who told the office on [[19/10/26|date]] that she "hears shouting most nights" and
has "seen [[Lee|name]]'s van outside at 2am" (white Transit, [[EY68 WNP|vehicle]]).
[[Alfie|name]] said Mum "cries in the bath" and that he "looks after [[Rosie|name]] when [[Lee|name]] is round". When asked who he
would tell if he
was scared he said "Nanny [[Carol|name]] or Mr [[Fry|name]]".

Section 5 - Parental consent: Mum ([[Stacey|name]]) was spoken to by phone on [[2/11|date]] at 9:10. She agreed to the
referral but said "don't send anyone while [[Lee|name]]'s here". She asked for help with food and with the gas meter.

Section 6 - Other agencies known: Health visitor ([[Priya Nandra|name]], Canvey Health Centre) for [[Rosie-Mae|name]]; Essex Police
attended [[14 Haron Close|address]] on [[24 Sept 2026|date]] (ref 42/148803/26, not marked); Family Solutions worked with mum
in 2024.

FOR HUB USE: allocated to [[Hollie Bright|name]] (Family Support Practitioner), [[03/11/2026|date]], [[0333 013 8930|phone]],
[[hollie.bright@thamesreach.gov.uk|email]]
"""),
    ("a mother's Facebook Messenger chat with a neighbour, screenshotted and typed up",
     """Screenshots given to the worker by [[Stacey|name]] on [[9.11.26|date]], typed up by [[H Bright|name]] - 11 screens, spelling kept.
Chat: [[Stacey Coker|name]] and [[Tina Oram|name]]

[[Tina Oram|name]]  [[31 Oct|date]] 22:47
u ok hun?? heard banging again. want me to ring 999

[[Stacey Coker|name]]  22:49
no dont. hes going now. [[alfie|name]] is asleep thank god

[[Tina Oram|name]]  22:50
is [[rosie|name]] ok. i can have them tmrw if u want, my [[kayleigh|name]] is off work

[[Stacey Coker|name]]  22:58
ye pls. [[lee|name]] smashed the tv and took my bank card. hes gone back to his flat on [[furtherwick|address]]

[[Tina Oram|name]]  [[1 Nov|date]] 08:12
coming round at 9. [[Dave|name]] says he'll fix the door frame dont tell [[lee|name]]

[[Stacey Coker|name]]  08:14
ur a star. nan [[carol|name]] said shes taking [[alfie|name]] to the beach at [[thorney bay|place]] later so i might come

[[Tina Oram|name]]  [[3 Nov|date]] 17:33
theres a woman from the council at the school asking about u. [[hannah|name]] from the office told me

[[Stacey Coker|name]]  17:40
i know i said yes to it. its a family support lady called [[hollie|name]]. shes coming weds

[[Tina Oram|name]]  17:41
good. dont let [[brand|name]] be there. and get [[alf|name]] some breakfast hes always at mine asking for toast lol x

[[Stacey Coker|name]]  17:52
he eats like a horse lol. can i borrow a tenner till thurs? gas is on emergency

[[Tina Oram|name]]  17:53
sent it x
"""),
]

DOCS_A += [
    ("a single assessment chronology", """SINGLE ASSESSMENT - CHRONOLOGY OF SIGNIFICANT EVENTS
Child: [[Alfie Coker|name]] ([[22.05.2017|dob]])   Sibling: [[Rosie-Mae Brand|name]] ([[09.02.2021|dob]])
Author: [[Hollie Bright|name]], with [[Gary Onslow|name]] (Team Manager, Canvey and Benfleet Family Support)

Date          | Event                                                                                      | Source
[[22/05/2017|dob]]    | [[Alfie|name]] born at Basildon Hospital. Mother [[Stacey|name]] aged 21; father [[Jamie Kettle|name]].      |
Health
[[12/01/2019|date]]    | Police called to [[Kettle|name]]'s flat in [[Pitsea|place]]; [[Stacey|name]] with a cut lip. He moves to
[[Hull|place]].  | Police
Feb 2021      | [[Rosie-Mae|name]] born. Father [[Lee Brand|name]]. Family at [[14 Haron Close|address]] since [[1 June 2020|date]].
      | HV
[[21 Mar 2024|date]]   | Early Help (Family Solutions) for debt and low mood; closed [[30.09.2024|date]] when mum stopped    | EH
              | engaging.                                                                                  |
[[24/09/2026|date]]    | Police to [[Haron Close|address]]: neighbour ([[Tina Oram|name]], [[no. 18|address]]) heard screaming.
[[Lee|name]]  | Police
              | left before police came; [[Stacey|name]] declined DASH. Children asleep.                             |
[[30/10/2026|date]]    | [[Alfie|name]] hungry, scratch under eye; "telly got smashed".                                      | School
[[02/11/2026|date]]    | Referral from [[Hannah Wix|name]] (DSL). Mum consents.                                              | School
[[04/11/2026|date]]    | First home visit. Kitchen bare, gas on emergency credit, door frame split. [[Stacey|name]] says    | FSP
              | [[Lee|name]] "stays over sometimes" and has a key. Food bank voucher (Canvey Island Foodbank).        |
[[06/11/2026|date]]    | Nan [[Carol Coker|name]] rings: [[Lee|name]] turned up at her house in [[South\nBenfleet|place]] at midnight
"looking for [[Stacey|name]]"; she called 101.  | Family
[[09/11/2026|date]]    | Mum shows Messenger screenshots (typed up, on file). [[Tina|name]]'s partner [[Dave Oram|name]] fixed the
door.  | FSP
[[11/11/2026|date]]    | Strategy discussion with DS [[Kerry Lodge|name]] (Essex Police) and Dr [[Amir Sethi|name]] (GP, Third   | SW
              | Avenue Surgery): s47 not met; Child in Need; Clare's Law disclosure to be applied for.     |
[[13/11/2026|date]]    | [[Lee Brand|name]] seen on school CCTV at the gates of [[Leigh Beck|school]] at 15:10 (no contact order).    |
School
[[16-17 Nov|date]]     | [[Alfie|name]] stays with Nan at [[Kents Hill Road|address]]; attends on time both days.                     |
School

Things the children said (in their words)
[[Alfie|name]] ([[12/11|date]]): "I want to live at Nanny's because she has Sky and a proper bed." "[[Lee|name]] called Mum a
[expletive] and
threw the remote at the telly. I took [[Rosie|name]] in my room."
[[Rosie-Mae|name]] ([[12/11|date]], at nursery, to key person [[Jade|name]]): "[[Lee|name]] shouty. Mummy crying."
"""),
    ("a duty worker's phone note typed fast on a work mobile and pasted into the record",
     """[[17/11|date]] 1642 call in from nan [[carol|name]] ([[01268 694 172|phone]]) - rushed note, to tidy
- [[lee brand|name]] at her door at 1550 w another man (says "[[Mickey|name]]" or "[[Micky Coyle|name]]"?) demanding to see
[[alf|name]]. she didnt open.
- [[lee|name]] txt [[stacey|name]] 12 times today, [[stacey|name]] forwarded to nan. nan reading out 1: "tell ur mum ill b at
[[leigh beck|school]] tmrw"
- [[lee|name]] drives a silver corsa now not the van?? reg maybe [[FN17 XRT|vehicle]] (nan not sure of last letter)
- [[stacey|name]] at mums w [[rosie|name]], [[alfie|name]] at nans. both safe tonight
- advised 999 if he comes back. nan says she will ring sgt [[wilkins|name]] at [[canvey|place]] police station who "knows the family"
- rang school at 1701 and left msg for [[hannah wix|name]] re gates tmrw
- TO DO: tell HB first thing; MARAC? DASH w [[stacey|name]]; check [[FN17 XRT|vehicle]] with police; ask [[gary|name]] re ICPC
- [[stacey|name]] new mob [[07401 926 553|phone]] (old one [[lee|name]] has)
- dog warden?? nan says [[lee|name]]s mate has an xl bully called Tank, kids scared of it - pass to police
HB read [[18/11|date]] 0840
"""),
]


# --- B. Tamm / Kuznetsova family (Russian-speaking Estonian), Tilbury, with family in Narva ---------------------------------

HOME_B = d.Address("47 Calcutta Road", "", "Tilbury", "RM18 7QH")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Daniil", "Tamm")], dt.date(2013, 10, 3), addresses=[HOME_B], ids=["965 515 4920", "A883246215433"],
       schools=["Gateway Academy"]),
    _p("s", "sibling", [("Polina", "Tamm")], dt.date(2020, 6, 18), addresses=[HOME_B], ids=["430 060 5572"],
       schools=["Lansdowne Primary Academy"]),
    _p("m", "mother", [("Svetlana", "Kuznetsova")], dt.date(1989, 1, 27), addresses=[HOME_B], phones=["07484 216 557"]),
    _p("f", "father", [("Andrei", "Tamm")], dt.date(1985, 3, 11), addresses=[HOME_B], phones=["07553 871 402"],
       ids=["SK 30 77 41 C"]),
    _p("g", "grandparent", [("Galina", "Kuznetsova")], addresses=[d.Address("Tallinna mnt 19-8", "", "Narva", "20303")],
       phones=["+372 5341 7782"]),
    _p("p1", "professional", [("Femi", "Adeyemo")], phones=["01375 652 803"], emails=["femi.adeyemo@thurrockvale.gov.uk"]),
], "c")

DOCS_B = [
    ("a child and family assessment", """THURROCK VALE CHILDREN'S SERVICES - CHILD AND FAMILY ASSESSMENT (summary and analysis)
Children: [[Daniil TAMM|name]] (13, DOB [[03/10/2013|dob]], UPN [[A883246215433|upn]], Year 8 at [[Gateway Academy|school]]) and
[[Polina TAMM|name]] (6, DOB [[18/06/2020|dob]], NHS [[430 060 5572|nhs]], Year 2 at [[Lansdowne Primary|school]])
Address: [[47 Calcutta Road|address]], [[Tilbury|place]], [[RM18 7QH|postcode]]
Social worker: [[Femi Adeyemo|name]]      Started: [[5 October 2026|date]]      Completed: [[16 November 2026|date]]
Interpreter (Russian): [[Oksana Lutsenko|name]] (Pearl Linguistics), visits of [[7.10|date]], [[21.10|date]] and [[4.11|date]]

Family and background
[[Andrei Tamm|name]] (41) and [[Svetlana Kuznetsova|name]] (37) are Russian-speaking Estonian citizens from [[Narva|place]], in the
north-east of Estonia, on the border with Russia. They came to the UK in 2015 when [[Andrei|name]] got work as a reach-stacker
driver at the Port of Tilbury; he now drives for a haulage firm, often on nights (NI [[SK 30 77 41 C|ni]], from his payslip). Both have
settled status. [[Svetlana|name]]
cleaned offices at Lakeside until her back injury in 2025. At home they speak Russian; [[Daniil|name]] speaks English with his
friends and Estonian "a bit, from school in [[Narva|place]]". [[Polina|name]] was born at Basildon Hospital.
Maternal grandmother [[Galina Kuznetsova|name]] lives at [[Tallinna mnt 19-8|address]], [[Narva|place]] [[20303|postcode]]
(tel [[+372 5341 7782|phone]]); she stayed with the family from [[12 July|date]] to [[2 September 2026|date]]. Paternal uncle
[[Sergei Tamm|name]] lives in [[Jõhvi|place]] and visits "when he drives a lorry over". A family friend, [[Marina Ivanova|name]],
lives nearby on [[Dock Road|address]] and takes [[Polina|name]] to school when [[Svetlana|name]] cannot walk.

Reason for the assessment
On [[2 October|date]] [[Daniil|name]] arrived at [[Gateway|school]] with a burn the size of a 50p on the back of his right hand. He told
his head of year, Ms [[Rachel Stoddart|name]], that his father "put the cigarette on me because I lied about the vape". He
later said it was an accident. The strategy discussion on [[3.10.26|date]] (DC [[Paul Mabey|name]], Essex Police; school
nurse [[Amaka Obi|name]]) agreed a joint section 47 enquiry. A child protection medical at Basildon Hospital on the [[3rd|date]] by
Dr [[Helen Costa|name]] found the burn consistent with a cigarette and six older linear marks on his back.

What the children said
[[Daniil|name]] ([[7 October|date]], in English, alone): "Papa is not bad, he is tired. When he is angry he takes the belt. Mama cries
and says nothing. If you take him away we have no money." He said his best friend is "[[Artyom|name]] from [[Chadwell|place]]"
and that he goes to "[[Tyoma|name]]'s house" to get away. He asked that his grandmother ("бабушка [[Галя|name]]" - he wrote it
for me) not be told.
[[Polina|name]] (with the interpreter): "[[Danya|name]] cries at night. I sleep with Mama."

Analysis
The burn and the older marks, with [[Daniil|name]]'s first account, show physical abuse by [[Andrei|name]] as a form of punishment.
[[Svetlana|name]] is isolated by language, pain and money, and frightened of losing [[Andrei|name]]'s income. [[Andrei|name]] accepts
"using the belt, like my father did in [[Narva|place]]" but denies the burn. Strengths: the children are fed, warm and in school;
[[Svetlana|name]]'s care of [[Polina|name]] is warm; [[Marina|name]] and [[Galina|name]] are protective.
Recommendation: initial child protection conference (physical abuse). Parenting work in Russian.
"""),
    ("a family Viber chat in Russian, typed up and translated by the interpreter",
     """Viber chat "Семья 🏠" exported from [[Svetlana|name]]'s phone on [[4 November 2026|date]], with her consent.
Translated by [[Oksana Lutsenko|name]], interpreter. Russian as written; English in brackets. Members: [[Света|name]] ([[Sveta|name]],
that is
[[Svetlana|name]]), [[Андрей|name]] ([[Andrei|name]]), Мама (the grandmother, saved as "Mama", not a name), [[Даня|name]]
([[Danya|name]], that is [[Daniil|name]]).

[[28.09.2026|date]]
Мама 19:02: [[Светочка|name]], как [[Даня|name]]? ([[Svetochka|name]], how is [[Danya|name]]?)
[[Света|name]] 19:10: Нормально. [[Андрей|name]] опять в ночь. (Fine. [[Andrei|name]] is on nights again.)
[[Даня|name]] 21:44: мам я у [[тёмы|name]] останусь (mum I'll stay at [[tyoma|name]]'s)
[[Андрей|name]] 21:50: Домой. Сейчас. (Home. Now.)

[[02.10.2026|date]]
[[Света|name]] 07:31: [[Андрюша|name]], что ты сделал с его рукой?? ([[Andryusha|name]], what did you do to his hand??)
[[Андрей|name]] 07:33: Он врал. Поговорим вечером. (He lied. We'll talk tonight.)
Мама 08:15: Что случилось? Позвони мне [[+372 5341 7782|phone]] (What happened? Ring me)

[[03.10.2026|date]]
[[Света|name]] 13:20: Из школы звонили. Полиция. (The school rang. Police.)
[[Андрей|name]] 13:22: Скажи что это [[Серёга|name]] курил на кухне. (Say it was [[Seryoga|name]] smoking in the kitchen.)
Мама 13:40: Я поговорю с [[Сергеем|name]]. Он в [[Йыхви|place]]. (I'll talk to [[Sergei|name]]. He is in [[Jõhvi|place]].)
[[Даня|name]] 22:12: бабушка не надо звонить в [[Нарву|place]] никому (granny don't ring anyone in [[Narva|place]])

[[15.10.2026|date]]
Мама 20:03: [[Марина|name]] сказала, [[Полину|name]] водит в школу она. Спасибо ей. ([[Marina|name]] said she takes [[Polina|name]] to
school. Thank her.)
[[Света|name]] 20:09: Да, [[Марина|name]] с [[Докской|address]] золото. Адрес для посылки: [[47 Calcutta Road|address]], [[Tilbury|place]]
[[RM18 7QH|postcode]] (Yes, [[Marina|name]] from [[Dock Road|address]] is gold. Address for the parcel: as written)
"""),
]

DOCS_B += [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Daniil Tamm|name]] ([[03.10.13|dob]]) and [[Polina Tamm|name]] ([[18.06.20|dob]]), [[47 Calcutta Rd|address]], [[Tilbury|place]]
Date: Thursday [[26th November 2026|date]], 10:00, by Teams and at Thameside House, [[Grays|place]]
Chair: [[Lorraine Pettit|name]] (Independent Chair)        Minutes: [[Becky Saunt|name]]

Present: [[Svetlana Kuznetsova|name]] (mother), with interpreter [[Oksana Lutsenko|name]]; [[Andrei Tamm|name]] (father) for part 1 only;
[[Femi Adeyemo|name]] (SW); [[Chloe Bassington|name]] (Team Manager); DC [[Paul Mabey|name]] (Essex Police); [[Rachel Stoddart|name]]
(Head of Year 8, [[Gateway Academy|school]]); [[Nadia Iqbal|name]] (DSL, [[Lansdowne|school]]); [[Amaka Obi|name]] (school nurse);
Dr [[Olu Bankole|name]] (GP, Tilbury Health Centre) by report.
Apologies: [[Marina Ivanova|name]] (family friend, invited by mother, at work).

1. Purpose and confidentiality explained; Mrs [[Kuznetsova|name]] said she understood through the interpreter.

2. Police update: DC [[Mabey|name]] said Mr [[Tamm|name]] was interviewed under caution on [[19/10/2026|date]]; he admitted
"smacking with a belt" and said the burn was an accident when [[Daniil|name]] "moved his hand". File with CPS. Bail conditions ended
[[16/11|date]]; Mr [[Tamm|name]] returned home that day. A second address he gave, his brother's friend's flat at
[[Flat 9, Seabrooke Rise|address]], [[Grays|place]] [[RM17 6BQ|postcode]], was used while on bail.

3. School (Ms [[Stoddart|name]]): [[Daniil|name]]'s attendance 97%; quieter since half term; he has been seen vaping with
[[Artyom Belov|name]]
and another boy, [[Kai Westwood|name]], near the [[Civic Square|address]] shops. He told her on [[20 November|date]] "Papa is
different now, he cooks". Mrs [[Iqbal|name]] said [[Polina|name]] is "a sunny little girl" and was collected by [[Marina|name]] on most
days.

4. Mother's view (through the interpreter): [[Svetlana|name]] said she "did not see the belt" but knew. She wants the family
to stay together and "[[Andrei|name]] to learn the English way". She asked if her mother in [[Narva|place]] could come for Christmas.

5. Father's view: [[Andrei|name]] said he was "ashamed", that his own father beat him in [[Sillamäe|place]], and that he will
go to any course. He asked that the police not "send him back to Estonia" (DC [[Mabey|name]] explained this is not a
police matter).

6. Decision: both children subject to a child protection plan under the category of physical abuse (unanimous). Core
group: [[Femi|name]], [[Rachel|name]], [[Nadia|name]], [[Amaka|name]], both parents, [[Marina|name]]. First core group
[[10/12/2026|date]], review conference [[25 February 2027|date]].
"""),
    ("an interpreted telephone call, transcribed by the social worker from the speakerphone",
     """PHONE CALL - TRANSCRIPT (near-verbatim, typed during the call) - [[1 December 2026|date]], 16:20-16:41
Call from: [[Galina Kuznetsova|name]] (maternal grandmother), [[Narva|place]], on [[+372 5341 7782|phone]]
SW: [[Femi Adeyemo|name]]. Interpreter on a three-way line: [[Dmitri Volkov|name]] (Pearl Linguistics, as Ms [[Lutsenko|name]] was booked)

FA: Good afternoon, this is [[Femi|name]] from children's services in [[Grays|place]]. Who am I speaking with?
DV (for GK): This is [[Galina Nikolaevna|name]], the mother of [[Sveta|name]]. [[Svetlana|name]]. I am ringing from Estonia.
FA: Thank you for calling. How did you get my number?
DV (for GK): From [[Danya|name]]. He gave it to me on the telephone. He said you are kind.
FA: How can I help?
DV (for GK): I want to come for Christmas. I have a ticket from [[Tallinn|place]] to Stansted, the [[19th of December|date]]. I will stay
until the [[6th January|date]]... until [[6 January|date]]. I want to know if this is allowed. [[Andrei|name]] said the social will
say no.
FA: Visitors are fine. It would help the children. Can I ask where you would stay?
DV (for GK): With them, on [[Calcutta Road|address]]. Or with [[Marina|name]] - [[Marina Ivanova|name]] - she has a room at
[[68 Dock Road|address]]. She is my friend's daughter from [[Narva|place]].
FA: Would you be willing to speak to me about how things were for [[Svetlana|name]] growing up, and about [[Andrei|name]]?
DV (for GK): Yes. I will say this now. His father [[Viktor|name]] was a hard man in [[Sillamäe|place]]. [[Andrei|name]] is better.
But I saw [[Danya|name]] hide his back in the summer. I said nothing. I was wrong.
FA: Thank you for telling me. I'll write that down. Can you give me an address for a letter?
DV (for GK): [[Tallinna maantee 19, korter 8|address]], [[Narva|place]]. Index [[20303|postcode]]. And my other number
[[+372 357 4412|phone]], the flat.
FA: Thank you, [[Galina|name]]. I'll send a letter in Russian.
[Call ended 16:41. Interpreter's booking ref PL-2026-118842, not marked.]
"""),
]


# --- C. Pryke / Munson family (white British), Greenstead, Colchester, with a grandfather in Rowhedge ------------------------

HOME_C = d.Address("22 Hawthorn Avenue", "Greenstead", "Colchester", "CO4 3QE")
GRAN_C = d.Address("3 Regent Street", "Rowhedge", "Colchester", "CO5 7EA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kacie", "Pryke")], dt.date(2011, 11, 14), addresses=[HOME_C], ids=["798 237 7599", "U881403312104"],
       schools=["The Gilberd School"]),
    _p("s", "sibling", [("Mason", "Munson")], dt.date(2016, 7, 1), addresses=[HOME_C], ids=["845 936 1551"],
       schools=["Hazelmere Junior School"]),
    _p("m", "mother", [("Jodie", "Pryke")], dt.date(1992, 9, 5), addresses=[HOME_C], phones=["07931 205 668"]),
    _p("f", "father", [("Craig", "Munson")], dt.date(1988, 2, 20), phones=["07816 342 970"]),
    _p("g", "grandparent", [("Roy", "Pryke")], dt.date(1960, 6, 8), addresses=[GRAN_C], phones=["01206 867 340"]),
    _p("p1", "professional", [("Abigail", "Lamb")], phones=["01206 502 771"], emails=["abigail.lamb@colnevale.gov.uk"]),
], "c")

DOCS_C = [
    ("core group meeting minutes", """COLNE VALE COUNCIL - CORE GROUP MEETING
Children: [[Kacie PRYKE|name]] ([[14/11/2011|dob]]), [[Mason MUNSON|name]] ([[01/07/2016|dob]])
Address: [[22 Hawthorn Avenue|address]], [[Greenstead|place]], [[Colchester|place]] [[CO4 3QE|postcode]]
Meeting: [[8 October 2026|date]], 15:30, [[Hazelmere|school]] family room         Plan category: Neglect (since [[3 July 2026|date]])

Present: [[Abigail Lamb|name]] (SW, chair); [[Jodie Pryke|name]] (mum); [[Roy Pryke|name]] (maternal grandad); [[Sue Hatt|name]]
(DSL, [[Hazelmere Junior|school]]); [[Marcus Dyer|name]] (Pastoral, [[The Gilberd
School|school]]); [[Lena Kovac|name]] (School
Nurse); [[Ian Tebbutt|name]] (Open Road, substance misuse worker for mum).
Apologies: [[Craig Munson|name]] ([[Mason|name]]'s dad) - text at 15:02 "cant get off work"; Dr [[Patel|name]] (GP, Greenstead Road
Surgery).

Progress on the plan
- Home conditions: [[Abigail|name]] visited unannounced [[29/9|date]] and [[6/10|date]]. Kitchen clean on both; bedroom for [[Mason|name]]
  now has a bed (from Emmaus Colchester). Dog mess on the landing again on [[6/10|date]].
- Mum's drinking: [[Ian|name]] says [[Jodie|name]] has come to 5 of 6 sessions at the Open Road hub in [[Colchester|place]] town
  centre, and her last breath test was clear. [[Jodie|name]] says she is "down to weekends".
- [[Kacie|name]] (14): [[Marcus|name]] said she has missed 11 sessions since [[3 Sept|date]], mostly Mondays. She has been seen getting
  into a car outside the Greenstead Library at lunchtime with "an older lad" ([[Kacie|name]] says it's "[[Tyler|name]], from
[[Parson's Heath|place]]",
  17); the car was a black Golf, partial reg "[[YK19|vehicle]]". [[Kacie|name]] has a Snapchat friend she calls "[[Reece|name]]" who
she says is
  19 and lives in [[Tiptree|place]]. [[Jodie|name]] has not met him.
- [[Mason|name]] (10): [[Sue|name]] said [[Mason|name]] is "a different boy" since he started breakfast club; he still comes in with
the same
  uniform all week. He told her he stays at "Grandad [[Roy|name]]'s in [[Rowhedge|place]]" most Fridays and goes crabbing at the quay.
- Health: [[Kacie|name]] missed her dental appointment ([[17/09|date]]) and [[Mason|name]] his eye test. [[Lena|name]] to rebook both.

Grandad's view: [[Roy|name]] said he can have [[Mason|name]] "any time" at [[3 Regent Street|address]] but not [[Kacie|name]] because
"she runs
rings round me". He phoned [[Abigail|name]] on [[01206 867 340|phone]] ... his number is the landline.

Actions
1. [[Abigail|name]] to make an exploitation (CSE/CCE) screening tool for [[Kacie|name]] and share with the MACE panel - by [[15/10|date]].
2. [[Marcus|name]] to tell [[Abigail|name]] the same day if [[Kacie|name]] is not in by 9:30.
3. [[Jodie|name]] to bring [[Kacie|name]] to a school nurse drop-in with [[Lena|name]] - Wed [[14 Oct|date]].
4. Next core group: [[5 November 2026|date]] at 15:30, same place.
"""),
    ("a father's handwritten letter, scanned and run through OCR",
     """[Scanned letter received by post [[20 OCT 2026|date]]; OCR text below, errors left as the scanner made them. Margin notes by the
worker in square brackets.]

[[Craig Munson|name]]
[[Flat 7 Magnolia Ct|address]]
[[Harwich Rd|address]]
[[COLCHESTER|place]]  [[C04 9HW|postcode]]      [worker: postcode should read CO4 - the 0 is the scanner]
[[12-10-26|date]]

To Mrs [[Abigail Lamb|name]]
Social Services Colne Vale

Dear [[Abigai1|name]],

I am writting because I cant get to the meetings with my shifts at the
depot in [[Stanway|place]] and [[Jodie|name]] says you are saying I dont care about [[Mason|name]]. I do. I have [[Mason|name]]
every other weekend and he is happy with me and my partner [[Lou|name]] ([[Louise Fenn|name]]) and her girls.
He has his own room now.

I want it wrote down that I am worried about [[Kacie|name]] even tho shes not mine.
She came to mine on the [[3rd|date]] at 11 at night and a lad dropped her in a black car. I got the
plate it was [[YK19 HBE|vehicle]]. She had a bottle of vodka in her bag and £60 and she
wouldnt say where from. I rang [[Jodie|name]] and she was drunk. I took [[Kacie|name]] back in the
morning to her Grandad [[Roy|name]]'s in [[Row hedge|place]].

Also [[Jodie|name]]s new fella [[Darren|name]] - [[Darren Cul-
ley|name]] - is round there all the time and I dont want him near my son.

You can ring me on [[07816 342970|phone]] after 6 or at the weekend.
Or email me on [[craigmunson88@gmai1.com|email]]   [worker: gmail - the scanner read l as 1]

Yours sincerly

[[C. Munson|name]]   [signature]
[[Craig Munson|name]]
"""),
]

DOCS_C += [
    ("a Snapchat conversation screen-recorded by a parent and typed up by the police",
     """ESSEX POLICE - EXHIBIT AB/3 - TYPED TRANSCRIPT OF SCREEN RECORDING (Snapchat), made by PC [[Aaron Blyth|name]] 4471
Device: phone belonging to [[Kacie PRYKE|name]], screen-recorded by [[Jodie Pryke|name]] on Sat [[24/10/2026|date]] at 01:15
Chat with: display name "[[Reece|name]] 🔥" (username r.e.e.c.e_x9 - not marked). Times as shown. Emojis described in [ ].

[[Reece|name]] 🔥  Fri 21:04   u comin out tmrw or wat
[[kacie|name]] x   21:06   cant mums kicking off. grandad [[roy|name]] is here
[[Reece|name]] 🔥  21:06   tell her ur at [[chelsie|name]]s
[[kacie|name]] x   21:09   she knows [[chelsie|name]]s mum lol
[[Reece|name]] 🔥  21:10   [[tyler|name]] will get u at the garage on [[harwich road|address]] 10pm. bring ur bag
[[kacie|name]] x   21:11   is [[mikey|name]] gonna be there? hes weird
[[Reece|name]] 🔥  21:11   nah just me n [[ty|name]]. we goin [[clacton|place]] then back to [[tiptree|place]]
[[Reece|name]] 🔥  21:12   [money bag] [money bag] u did good last time
[[kacie|name]] x   21:20   i dont want to take stuff to the [[jaywick|place]] house again it stinks
[[Reece|name]] 🔥  21:21   its 1 drop. [[Row|name]] says ur the best one
[[kacie|name]] x   21:24   whos [[row|name]]
[[Reece|name]] 🔥  21:24   [[rowan|name]]. my boss. dont ask questions
[[kacie|name]] x   21:40   ok
[[Reece|name]] 🔥  Sat 00:58   where r u
[[Reece|name]] 🔥  00:59   [[KACIE|name]]
[[Reece|name]] 🔥  01:02   ur mum better not be looking at this

Note by PC [[Blyth|name]]: "[[kacie|name]] x" is the device owner's own display name. "[[Rowan|name]]" not identified at this time. The
garage
referred to is the Esso on [[Harwich Road|address]], [[Greenstead|place]]. Reviewed with DS [[Nicola Farrant|name]] (Colchester CID)
on [[26.10.26|date]]; NRM referral and MACE referral to follow.
"""),
    ("a letter to a mother after the review child protection conference", """COLNE VALE COUNCIL
Children's Social Care - Colchester North Team

Ms [[Jodie Pryke|name]]
[[22 Hawthorn Avenue|address]]
[[Greenstead|place]]
[[Colchester|place]]
[[CO4 3QE|postcode]]

[[30 November 2026|date]]
Our ref: CV/CP/22817

Dear Ms [[Pryke|name]],

Review child protection conference for [[Kacie|name]] and [[Mason|name]], Thursday [[26 November 2026|date]]

Thank you for coming to the conference with your dad, Mr [[Pryke|name]]. I am writing, as I promised, to set out what was decided.

The conference decided that [[Mason|name]] will no longer need a child protection plan. He will now have a child in need plan. This is
because of the changes you have made: your drink tests since [[1 August|date]] have been clear, [[Mason|name]]'s school
([[Hazelmere|school]])
says he comes in clean, fed and on time, and [[Craig|name]] now has him every other weekend in [[Stanway|place]].

The conference decided that [[Kacie|name]] will stay on a child protection plan, but the category changes from neglect to sexual and
criminal exploitation (a "complex safeguarding" plan). The police told the conference that the two young men [[Kacie|name]] knows as
"[[Reece|name]]" and "[[Tyler|name]]" have been arrested, and that a third man, [[Rowan Tibble|name]], of [[Tiptree|place]], has been
charged. [[Kacie|name]] will be offered a worker from The Children's Society's Essex service, [[Hayley Brennan|name]], who will see her
at school or at her grandad's house.

You said you did not want [[Darren Culley|name]] to be named in the minutes. I am sorry, but because [[Kacie|name]] told us that Mr
[[Culley|name]]
gave her a lift to the garage on [[23 October|date]], he has had to be named. If he wants to talk to me, he can ring me.

The next review conference is on Thursday [[25 February 2027|date]] at 10:00. The next core group is on [[10 December|date]].
If anything worries you, please ring me on [[01206 502 771|phone]] or the out of hours team on 0345 606 1212 (after 5pm).

Yours sincerely,

[[Abigail Lamb|name]]
Social Worker, Colchester North Team
[[abigail.lamb@colnevale.gov.uk|email]]

cc [[Roy Pryke|name]], [[3 Regent St|address]], [[Rowhedge|place]] [[CO5 7EA|postcode]] (with Ms [[Pryke|name]]'s agreement)
"""),
]


# --- D. Kamau / Wanjiru family (Kenyan, Kikuyu), Staple Tye, Harlow, with family in Nairobi and Thika -------------------------

HOME_D = d.Address("Flat 11, Perry Spring", "Staple Tye", "Harlow", "CM18 7NS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Wairimu", "Kamau"), ("Precious", "Kamau")], dt.date(2025, 12, 29), addresses=[HOME_D],
       ids=["139 060 9715"]),
    _p("s", "sibling", [("Njoroge", "Kamau"), ("Brian", "Kamau")], dt.date(2018, 4, 10), addresses=[HOME_D],
       ids=["220 941 4105", "U881232316750"], schools=["Jerounds Primary Academy"]),
    _p("m", "mother", [("Grace", "Wanjiru")], dt.date(1996, 3, 2), addresses=[HOME_D], phones=["07449 118 365"]),
    _p("f", "father", [("Peter", "Kamau")], dt.date(1990, 8, 14), addresses=[HOME_D], phones=["07380 557 214"]),
    _p("a", "relative", [("Esther", "Njeri")], phones=["+254 722 418 396"]),
    _p("p1", "professional", [("Joanne", "Whitlock")], phones=["01279 821 406"], emails=["joanne.whitlock@nhs.net"]),
], "c")

DOCS_D = [
    ("a health visitor's safeguarding referral letter",
     """Essex Child and Family Wellbeing Service - Health Visiting (West Essex), Latton Bush Centre

[[18 September 2026|date]]

To: Children and Families Hub, Stort Vale Council
Re: [[Wairimu|name]] ("[[Precious|name]]") [[KAMAU|name]], DOB [[29/12/2025|dob]], NHS [[139 060 9715|nhs]]
    [[Flat 11, Perry Spring|address]], [[Staple Tye|place]], [[Harlow|place]], [[CM18 7NS|postcode]]
    Parents: [[Grace Wanjiru|name]] ([[02/03/1996|dob]]), [[07449 118 365|phone]]; [[Peter Kamau|name]] ([[14/08/1990|dob]]),
    [[07380 557 214|phone]]
    Sibling: [[Njoroge|name]] ("[[Brian|name]]") [[Kamau|name]], [[10/04/2018|dob]], Year 3, [[Jerounds Primary Academy|school]]

Dear colleague,

I am the family's health visitor. I saw [[Wairimu|name]] at her 9-month review at home on Tuesday [[15 September|date]], with her
mother. I am worried about her weight, her development and the care she is getting, and I am referring with [[Grace|name]]'s
agreement.

[[Wairimu|name]] (the family call her [[Precious|name]], or "[[Wai|name]]") was born at the Princess Alexandra Hospital at 34 weeks,
weighing 2.1 kg. Her weight has fallen from the 25th to below the 2nd centile since June. She cannot yet sit without
support. She was in a bouncer chair with a bottle propped on a rolled towel when I arrived. Her nappy was soaked through and
she had a raw nappy rash. There was no formula in the flat; [[Grace|name]] said she was watering the bottles down "to make
it last till [[Peter|name]]'s wages".

[[Grace|name]] was tearful and said she "has no one here". She came from [[Thika|place]] in 2022 on a health and care visa as a
care assistant, sponsored by a home care agency in [[Epping|place]]; [[Peter|name]] joined her with [[Brian|name]] in 2023. [[Grace|name]]
lost her job when she was pregnant and the visa now depends on [[Peter|name]]'s work as a delivery driver; they have no
recourse to public funds. [[Peter|name]] works 7 days. [[Grace|name]]'s EPDS score was 19. She said she prays at night that
she "will not wake up", then said "no, no, I will not do anything, I have my children".

She has a sister, [[Esther Njeri|name]], in [[Nairobi|place]] ([[Kileleshwa|place]]) who sends money when she can, and a friend from
church, [[Mercy Otieno|name]], in [[Bush Fair|place]]. The family attend PCEA Mwangaza Church, which meets in [[Old Harlow|place]].

I have referred [[Grace|name]] to the perinatal mental health team and asked her GP, Dr [[Rebecca Sowerby|name]] (Sydenham House
Medical Centre), to see her this week. I have arranged a weight check at the [[Staple Tye|place]] clinic on [[22/09|date]] and asked for
an urgent paediatric review.

Yours faithfully,
[[Joanne Whitlock|name]], Specialist Community Public Health Nurse (HV)
Tel [[01279 821 406|phone]]   Email [[joanne.whitlock@nhs.net|email]]
"""),
    ("a family WhatsApp chat between a mother and her sister in Nairobi, in Kikuyu, Swahili and English, typed up and translated",
     """WhatsApp chat exported by [[Grace|name]] on [[3 October 2026|date]] for her social worker; Kikuyu and Swahili translated by
[[Naomi Mwangi|name]] (interpreter), in [brackets]. Contact saved in [[Grace|name]]'s phone as "Sis [[Esther|name]] 🇰🇪".

[[27/09/2026|date]], 06:12 - Sis [[Esther|name]] 🇰🇪: Wĩ mwega [[Shiru|name]]? Mwana ekũrĩa? [Are you well, [[Shiru|name]]? Is the baby
eating?]
[[27/09/2026|date]], 06:40 - [[Grace|name]]: ni wega kiasi. the nurse came again. [[Wai|name]] is 6.3kg now
[[27/09/2026|date]], 06:41 - [[Grace|name]]: social worker is coming too. mrs [[chidgey|name]]. they say they will help with milk
[[27/09/2026|date]], 06:55 - Sis [[Esther|name]] 🇰🇪: Usiogope dada. Ngai arĩ nawe. [Don't be afraid, sister. God is with you.]
[[27/09/2026|date]], 06:56 - Sis [[Esther|name]] 🇰🇪: nimekutumia 4000 bob kwa M-Pesa, ingia kwa [[Wanjiku|name]] [I sent you 4000
shillings by
M-Pesa, it goes through [[Wanjiku|name]]]
[[28/09/2026|date]], 22:03 - [[Grace|name]]: [[kamau|name]] is not talking to me. he says i shamed him to the council
[[28/09/2026|date]], 22:05 - [[Grace|name]]: he says if they take the children he will send [[njoroge|name]] to his mother in
[[githunguri|place]]
[[28/09/2026|date]], 22:19 - Sis [[Esther|name]] 🇰🇪: Aca! [No!] that man. call me. [[+254 722 418 396|phone]] or cucu's number
[[+254 733 805 127|phone]]
[[29/09/2026|date]], 07:30 - [[Grace|name]]: sorry i slept. [[brian|name]] made his own breakfast and took [[Wai|name]] her bottle 😢
[[29/09/2026|date]], 07:31 - Sis [[Esther|name]] 🇰🇪: He is 8!! Wĩra ũcio ti wake. [That work is not his.]
[[30/09/2026|date]], 13:14 - [[Grace|name]]: pastor [[Kariuki|name]] came with mama [[Mercy|name]]. they brought food
[[30/09/2026|date]], 13:15 - Sis [[Esther|name]] 🇰🇪: Mũrungu nĩ mwega. Tell [[Mercy|name]] thank you from [[Kileleshwa|place]] 🙏
"""),
]

DOCS_D += [
    ("social work case notes of home visits",
     """CASE NOTES - [[KAMAU, Wairimu|name]] (CHILD IN NEED) - Stort Vale Council, Harlow South Team
Worker: [[Tessa Chidgey|name]]

[[29/09/2026|date]] 10:00 Home visit, [[Flat 11, Perry Spring|address]], with [[Grace|name]]. [[Peter|name]] at work. Flat clean; one
bedroom; the children sleep with [[Grace|name]], [[Peter|name]] on the sofa. [[Wairimu|name]] weighed at clinic on [[22/9|date]]: 6.3 kg
(up 180 g). Gave a Tesco voucher (£60) and 6 tins of formula from the s17 budget. [[Grace|name]] said "[[Kamau|name]]" (she calls
her husband by his surname) is angry that she "brought the council". Discussed NRPF and the Harlow Foodbank. [[Brian|name]] at school.

[[01/10/2026|date]] 16:30 Visit after school. [[Brian|name]] (8) told me in his room that he "does the bottles in the night when Mummy
is sleeping" and that he wants to go "back to [[Thika|place]] to Cucu" because "there my cousin [[Kimani|name]] plays football with
me". His teacher, Miss [[Aoife Gallagher|name]] at [[Jerounds|school]], says he is often tired. [[Brian|name]]'s UPN for the school
census check: [[U881232316750|upn]]; NHS [[220 941 4105|nhs]].

[[05/10/2026|date]] 18:45 Joint visit with [[Naomi Mwangi|name]] (interpreter for Kikuyu, though [[Grace|name]] chose English for
most of it). Met [[Peter Kamau|name]] for the first time. He said he came to the UK "for a better life for the children, not
to have them taken". He drives for a parcel firm from the depot at [[Harlow Mill|place]] and works 6am to 9pm. He has been
told by a cousin, [[Joseph Gitau|name]] in [[Leyton|place]], that social services "take African children". We talked about
this. He agreed to [[Brian|name]] going to breakfast club and to the family hub at [[Staple Tye|place]].
He said his mother, [[Mary Wambui|name]], lives at [[Githunguri|place]], Kiambu County, and that he has thought of sending [[Brian|name]]
to her. Advised that any plan to take [[Brian|name]] out of the UK must be talked about first.

[[08/10/2026|date]] Phone call from Pastor [[Samuel Kariuki|name]] ([[07956 773 041|phone]]), with [[Grace|name]]'s consent: the church will
give [[Grace|name]] a lift to the perinatal appointment at the Derwent Centre on Tues [[13/10|date]] and will cook for the family on
Sundays. A church member, [[Mercy Otieno|name]] of [[Bush Fair|place]], can mind [[Wairimu|name]] for 2 hours on Wednesdays.

[[13/10/2026|date]] Perinatal team (Dr [[Ifeoma Nwosu|name]]) saw [[Grace|name]]: postnatal depression, started on sertraline, weekly
visits from CPN [[Holly Marsh|name]]. Plan reviewed with TM [[Naveed Rauf|name]].
"""),
    ("an email from a church pastor to the social worker",
     """From: Pastor [[Samuel Kariuki|name]] <[[pastor.skariuki@mwangaza-harlow.org.uk|email]]>
Sent: Friday, [[6 November 2026|date]] 21:48
To: [[Tessa Chidgey|name]] <[[tessa.chidgey@stortvale.gov.uk|email]]>
Cc: [[Mercy Otieno|name]] <[[mercyotieno77@yahoo.co.uk|email]]>
Subject: Sister [[Grace|name]] and the children - update and a request

Dear Ms [[Chidgey|name]],

Greetings in the name of our Lord. I hope you are well.

I write as the pastor of PCEA Mwangaza Church, [[Harlow|place]], with the permission of our sister [[Grace Wanjiru|name]], to update you
and to ask for your help.

1. Our women's fellowship, led by mama [[Mercy|name]] and [[Beatrice Achieng|name]], has taken food to the flat at
[[Perry Spring|address]] every
Sunday since [[11th
October|date]]. Little [[Wai|name]] is laughing now and sitting by herself! [[Grace|name]] comes to church with her.

2. Brother [[Peter|name]] has agreed to meet me with our elder, Mr [[John Mburu|name]], on Saturday [[14th|date]]. He is a proud man and
he is afraid. I have told him that the council is helping, not taking.

3. The request: [[Grace|name]]'s sister [[Esther|name]] would like to come from [[Nairobi|place]] for three months to help. She has a
job at a bank in [[Westlands|place]] and can show savings. Her address for the visa letter is [[Kileleshwa, Othaya Road, House
No. 14|address]], [[Nairobi|place]]. Could the council write a letter to say why the family need her? Her number is
[[+254 722 418 396|phone]].

4. [[Njoroge|name]] (we call him [[Brian|name]]) is reading in our Sunday school and sings in the children's choir with my daughter
[[Faith|name]].

You can reach me on [[07956 773 041|phone]] at any time, or at church (Harlow Moot Hall, Sundays 10am-2pm).

God bless you,
Pastor [[Sam|name]]

Rev. [[Samuel Kariuki|name]]
PCEA Mwangaza Church - [[Harlow|place]]
"""),
]


# --- E. Gowers / Pilgrim family (white British), Shoeburyness, with a child in foster care in Great Wakering ---------------

HOME_E = d.Address("9 Rampart Terrace", "Shoeburyness", "Southend-on-Sea", "SS3 9BN")
FOSTER_E = d.Address("Brickfields Cottage, High Street", "Great Wakering", "Southend-on-Sea", "SS3 0EQ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Summer", "Gowers")], dt.date(2014, 8, 19), addresses=[FOSTER_E, HOME_E],
       ids=["189 587 1476", "W882444615640"], schools=["Shoeburyness High School"]),
    _p("s", "sibling", [("Frankie", "Pilgrim")], dt.date(2019, 3, 7), addresses=[HOME_E], ids=["466 487 1546"]),
    _p("m", "mother", [("Kelly", "Gowers")], dt.date(1990, 12, 12), addresses=[HOME_E], phones=["07506 239 188"]),
    _p("f", "father", [("Dean", "Pilgrim")], dt.date(1987, 5, 25), addresses=[HOME_E], phones=["07884 610 527"]),
    _p("fc", "carer", [("Lorraine", "Baxter")], addresses=[FOSTER_E], phones=["01702 298 455"]),
    _p("p1", "professional", [("Oliver", "Hale")], phones=["01702 534 600"], emails=["oliver.hale@southshore.gov.uk"]),
], "c")

DOCS_E = [
    ("a looked-after child review report by the independent reviewing officer",
     """SOUTH SHORE COUNCIL - CHILD LOOKED AFTER REVIEW - RECORD AND DECISIONS
Child: [[Summer GOWERS|name]]      DOB: [[19.08.2014|dob]]      Legal status: s20 (accommodated since [[4 September 2026|date]])
NHS: [[189 587 1476|nhs]]     UPN: [[W882444615640|upn]]     School: [[Shoeburyness High School|school]] (Year 8)
Placement: foster carers Mr and Mrs [[Baxter|name]] ([[Lorraine|name]] and [[Keith|name]]), [[Brickfields Cottage, High Street|address]],
[[Great Wakering|place]] [[SS3 0EQ|postcode]] (in-house, South Shore fostering)
Review: second review, Wednesday [[2 December 2026|date]], at the carers' home.  IRO: [[Meera Chauhan|name]]
Social worker: [[Oliver Hale|name]], [[01702 534 600|phone]], [[oliver.hale@southshore.gov.uk|email]]

Present: [[Summer|name]] (for the first half, then chose to go to her room), [[Lorraine Baxter|name]], [[Oliver Hale|name]],
[[Kelly Gowers|name]]
(mother), Ms [[Danuta Wróbel|name]] (Head of Year 8, by phone). Not present: [[Dean Pilgrim|name]] (stepfather, not invited
at [[Summer|name]]'s request); [[Frankie Pilgrim|name]] (half-brother, 7, lives at home).

Why [[Summer|name]] is looked after: on [[3rd September|date]] [[Summer|name]] ran to a neighbour, Mrs [[Pat Oyelaran|name]] at
[[no. 11|address]],
at 11pm, saying [[Dean|name]] had "dragged her by the hair" after an argument about her phone. She had a bald patch and
bruised arms. [[Kelly|name]] agreed to her being accommodated. Police took no further action as [[Summer|name]] did not want to
give a statement; [[Dean|name]] has a caution for common assault on her from 2023.

[[Summer|name]]'s views (in her own words, read out by [[Lorraine|name]] from [[Summer|name]]'s "all about me" sheet): "I like it here
because
[[Keith|name]] makes proper dinners and I have my own room and the dog (Biscuit). I miss [[Frankie|name]] SO much. I want to
see my mum on my own not with [[Dean|name]]. I don't want to go home until he has gone. I want to go to [[Lily-Rose|name]]'s
sleepover in [[Thorpe Bay|place]] on the [[12th|date]]. I want to keep my school."

Mother's views: [[Kelly|name]] said she "can't choose" between her daughter and her partner. She has asked [[Dean|name]] to
stay at his brother [[Wayne|name]]'s in [[Rochford|place]] on contact days so [[Summer|name]] can come home for tea. She would like
[[Summer|name]] home by Christmas.

Education: Ms [[Wróbel|name]] said [[Summer|name]] has kept 96% attendance despite the 40-minute journey (bus 14 from
[[Great Wakering|place]]). PEP of [[18.11.26|date]] in place. She has a place in the netball team and the school's
"Shoebury Sparks" choir. She is behind in maths.

Health: initial health assessment [[25/09/2026|date]] (Dr [[Kofi Asante|name]], LAC nurse [[Rhian Pugh|name]]); dental
check at Sutton Road Dental Practice overdue. [[Summer|name]] has started to bite her nails until they bleed.

Contact: [[Frankie|name]] every Saturday at the family centre in [[Southend|place]], supervised; with mum alone on Tuesdays for
tea at [[Shoebury|place]] when [[Dean|name]] is away; phone calls with mum each evening.

Decisions
1. [[Summer|name]] to stay with Mr and Mrs [[Baxter|name]]; care plan endorsed.
2. [[Oliver|name]] to complete the parenting assessment of [[Kelly|name]] and a risk assessment of [[Dean|name]] by
[[15 January 2027|date]].
3. Sleepover at [[Lily-Rose Kemp|name]]'s approved; [[Lorraine|name]] to speak to [[Lily-Rose|name]]'s mother, [[Joanne Kemp|name]],
   beforehand.
4. Next review: [[3 March 2027|date]].
"""),
]

DOCS_E += [
    ("a foster carer's daily log, written up at night",
     """FOSTER CARER DAILY RECORDING - South Shore Fostering      Child: [[Summer G.|name]]      Carer: [[L. Baxter|name]]

Mon [[7/12|date]]
[[Summer|name]] up at 7, grumpy but ate toast. [[Keith|name]] drove her to the bus stop as it was chucking it down. School rang at 11.15
(Mrs [[Wróbel|name]]) - [[Summer|name]] upset in maths, a girl ([[Tiegan|name]]?) said "your mum doesn't want you". [[Summer|name]] got
through the day.
Phone call to mum 7pm on speaker (as agreed). Mum sounded tipsy. [[Summer|name]] heard [[Dean|name]] in the background saying "tell
her to stop telling lies". [[Summer|name]] ended the call and cried. Told [[Oliver|name]] by text 7.40pm.

Tue [[8/12|date]]
Tea with mum at home in [[Shoebury|place]] - I dropped [[Summer|name]] at 4 at [[Rampart Terrace|address]] and picked up at 6.30.
[[Dean|name]]'s
van was NOT there (he drives a blue Vivaro, [[HJ66 KZV|vehicle]]). [[Summer|name]] came back happy, had done [[Frankie|name]]'s homework
with him. Said mum's new friend [[Shaz|name]] from the Bell pub was there.

Wed [[9/12|date]]
[[Summer|name]] asked me if she could go to [[Lily-Rose|name]]'s on Sat the [[12th|date]]. Rang [[Joanne Kemp|name]]
([[07799 402 316|phone]]) -
address is [[27 Burlescoombe Road|address]], [[Thorpe Bay|place]]. Just girls, pizza and a film; dad [[Steve Kemp|name]] will be in.
OK'd as per review. [[Summer|name]]'s friend [[Ellie-Jo|name]] is also going.

Thu [[10/12|date]]
Found [[Summer|name]]'s nails bleeding again, put plasters on. She said she keeps thinking about [[Frankie|name]] "being on his own
with [[Dean|name]]". I said I would tell [[Oliver|name]]. She said "please don't get [[Frankie|name]] took too". Text to
[[Oliver|name]] 9.10pm.

Fri [[11/12|date]]
Quiet day. [[Summer|name]] made Christmas cards for [[Frankie|name]], mum, Nan [[Sheila|name]] (in [[Canvey|place]]) and for
"[[Pat|name]] next
door" who helped her that night. School disco at [[Shoeburyness High|school]] till 9, [[Keith|name]] collected.

Sat [[12/12|date]]
Contact with [[Frankie|name]] at the family centre 10-12 (supervised by [[Jas|name]]). Then sleepover. [[Summer|name]] texted me
at 10.30pm from [[Lily-Rose|name]]'s: "all good nite x". Collected 10am Sun. Lovely manners per [[Joanne|name]].
"""),
    ("a family time (supervised contact) record", """SOUTH SHORE COUNCIL - FAMILY TIME RECORD (supervised)
Children: [[Summer Gowers|name]] (12) and [[Frankie Pilgrim|name]] (7)     Venue: Family Centre, [[Southend|place]]
Date: Saturday [[12 December 2026|date]], 10:00-12:00      Supervisor: [[Jaswinder|name]] ("[[Jas|name]]") [[Gill|name]], Family Time Worker
Adults present: [[Kelly Gowers|name]] (mother) from 10:20; [[Dean Pilgrim|name]] arrived 11:35 (not agreed - see below)

10:00 [[Frankie|name]] brought by Nan [[Sheila Gowers|name]] (maternal grandmother, from [[Canvey Island|place]]), who left to wait in the
      café. [[Summer|name]] arrived with [[Lorraine|name]] at 10:02. The children hugged for a long time. [[Frankie|name]] said
"[[Sum|name]] I've got
      a wobbly tooth".
10:20 Mum arrived, apologised, said the buses from [[Shoebury|place]] were bad. She brought a selection box for each child.
10:30 Board games (Frustration); [[Summer|name]] let [[Frankie|name]] win. Mum was warm with both; she asked [[Summer|name]] about netball.
10:55 [[Frankie|name]] told [[Summer|name]] quietly (I heard) "[[Dean|name]] shouted at Mummy and she was on the floor".
[[Summer|name]] looked at
      me. I did not ask questions in the session, but noted it and told [[Oliver Hale|name]] by phone at 12:20.
11:35 [[Dean Pilgrim|name]] came to the front desk and asked to "say hello to my boy". [[Summer|name]] went white and went to
      the toilet. I asked Mr [[Pilgrim|name]] to wait outside; he did, but stood by the window. Reception staff ([[Bola|name]]) kept the
      door locked. Mum went out to him and came back at 11:50 in tears.
12:00 Goodbyes. [[Frankie|name]] would not let go of [[Summer|name]]. Nan [[Sheila|name]] took [[Frankie|name]]. [[Summer|name]] went
with [[Lorraine|name]]
      to [[Great Wakering|place]].

Analysis: [[Summer|name]] and [[Frankie|name]] have a close bond and the time was positive until [[Dean|name]] arrived. [[Frankie|name]]'s
comment is a new concern for him at home and has been passed on the same day. Recommend family time moves to a venue away
from [[Shoeburyness|place]] and that [[Dean|name]] is told in writing not to attend.
"""),
    ("voicemails left on a social worker's work phone, transcribed by the phone system and checked by a business support officer",
     """VOICEMAIL TRANSCRIPTS - mailbox of [[Oliver Hale|name]] ([[01702 534 600|phone]]) - auto-transcribed, checked by
[[R. Nunn|name]] (BSO)
on [[14/12/2026|date]]. Words the system got wrong are corrected after an = sign in round brackets.

1) Sun [[13 Dec|date]] 23:12, from [[07506 239 188|phone]] (saved: [[Kelly Gowers|name]]), 0:48
"Hi [[Oliver|name]] it's [[Kelly|name]] um, [[Summer|name]]'s mum. Sorry it's late. I need to tell you [[Dean|name]] is gone. I told
him to go.
He's at his brother's in [[Rock Ford|place]] (= [[Rochford|place]]). I'm not having him back this time I swear on my kids.
Can you ring me tomorrow, I want [[Summer|name]] home for Christmas. Ta. Bye."

2) Mon [[14 Dec|date]] 08:03, from [[07884 610 527|phone]] (not saved), 0:31
"Yeah this is [[Dean Pilgrim|name]]. I want to know who said I was at the contact place cos I wasn't causing no trouble.
I've got a right to see my son. My solicitor is Ms [[Akande|name]] at [[Akande|name]] [[Price|name]] in [[Westcliff|place]]. Ring me back."

3) Mon [[14 Dec|date]] 08:40, from [[01702 298 455|phone]] (saved: [[Baxter|name]] foster carers), 0:22
"Morning [[Oliver|name]], [[Lorraine|name]] here. [[Summer|name]]'s fine, gone to school. She knows mum rang you, mum texted her at
midnight. She's a bit all over the place. Call me when you can, love."

4) Mon [[14 Dec|date]] 09:15, from [[01702 215 344|phone]] (saved: [[Shoeburyness High|school]]), 0:40
"Hello it's [[Danuta Rob Bell|name]] (= [[Danuta Wróbel|name]]) from [[Shoebury High|school]]. [[Summer|name]] came in and said her
stepdad's moved out and she's going home. I just wanted to check if that's right before she tells everyone. Thanks."

5) Mon [[14 Dec|date]] 10:02, from [[07715 288 460|phone]] (not saved), 0:18
"Oh hi, it's [[Sheila|name]], [[Kelly|name]]'s mum, from [[Canvey|place]]. [[Frankie|name]]'s with me today. Can you ring me. It's
about [[Dean|name]]. Thanks darling."
"""),
]


# --- F. Doherty / Akinola family (white Irish and Black British Nigerian), the Melbourne estate, Chelmsford -------------

HOME_F = d.Address("41 Lichfield Close", "Melbourne", "Chelmsford", "CM1 2TL")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Tayo", "Akinola")], dt.date(2012, 1, 30), addresses=[HOME_F], ids=["222 176 5710", "L882479821921"],
       schools=["Chelmer Valley High School"]),
    _p("s", "sibling", [("Niamh", "Akinola")], dt.date(2015, 9, 23), addresses=[HOME_F], ids=["492 488 5304"],
       schools=["Newlands Spring Primary School"]),
    _p("m", "mother", [("Siobhan", "Doherty")], dt.date(1986, 7, 16), addresses=[HOME_F], phones=["01245 354 026"]),
    _p("f", "father", [("Femi", "Akinola")], dt.date(1983, 11, 9), phones=["07763 514 208"]),
    _p("g", "grandparent", [("Seamus", "Doherty")], addresses=[d.Address("12 Ard Na Gréine", "", "Letterkenny", "F92 X2C4")],
       phones=["+353 87 614 2093"]),
    _p("p1", "professional", [("Gemma", "Roe")], phones=["0333 013 2261"], emails=["gemma.roe@chelmervale.gov.uk"]),
], "c")

DOCS_F = [
    ("social work case notes of a section 47 enquiry",
     """CHELMER VALLEY COUNCIL - CASE NOTES      Child: [[AKINOLA, Tayo|name]] ([[30/01/2012|dob]])     Worker: [[Gemma Roe|name]]

[[19/10/2026|date]] 09:20 MASH notification: [[Tayo|name]] (14) brought to Broomfield Hospital ED at 01:40 by ambulance from
[[Lichfield Close|address]] on the [[Melbourne|place]] estate, intoxicated (alcohol and "a pill"), with a cut to the scalp. Mother
[[Siobhan Doherty|name]] with him.
Found by a neighbour, [[Gordon Leckie|name]] ([[no. 39|address]]), on the path by the garages. Ward staff (Sister [[Anne Mulry|name]])
say mum smelled of alcohol. Sister [[Niamh|name]] (11) was left at home alone until mum's friend [[Debs Curtis|name]] came at 03:00.

[[19/10/2026|date]] 14:00 Strategy discussion: [[Gemma Roe|name]], TM [[Colin Strachan|name]], DS [[Priti Vaghela|name]] (Essex Police),
Dr [[Ben Oduya|name]] (paediatric registrar). Threshold for s47 met (neglect; possible CCE - [[Tayo|name]] had £240 and two phones).

[[20/10/2026|date]] 11:00 Hospital visit, [[Tayo|name]] with mum. [[Tayo|name]] said he "just had a few drinks with [[Kyle|name]] and
them down
Melbourne Park" and that the money was "from my birthday". He said his dad, [[Femi Akinola|name]], "lives in [[Springfield|place]]
with his new family" and that he sees him "when he can be bothered". Mum said she had had "two glasses" and fell asleep.
She said [[Tayo|name]] has been "out of control since his nan died" (paternal grandmother, Mrs [[Yetunde Akinola|name]], of
[[Writtle|place]],
who died in March 2026).

[[20/10/2026|date]] 16:30 Home visit with [[Niamh|name]]. Tidy, food in. [[Niamh|name]] said "Mummy has wine every night but she's
nice". She said [[Tayo|name]] "goes out at night through the window" and that "a man in a white car" comes for him. She said the car
belongs to "[[Jordy|name]]" who "has a tattoo on his face". [[Niamh|name]]'s school is [[Newlands Spring|school]].

[[21/10/2026|date]] Rang [[Femi Akinola|name]] ([[07763 514 208|phone]]). He lives at [[5 Lawn Lane|address]], [[Springfield|place]],
[[CM1 7SJ|postcode]], with his partner [[Funmi|name]] and two small children. He said he would have [[Tayo|name]] "tomorrow" and is
angry with [[Siobhan|name]]. Agreed [[Tayo|name]] will stay with him for the week. [[Siobhan|name]] agreed.

[[22/10/2026|date]] [[Tayo|name]]'s school ([[Chelmer Valley High|school]]), DSL Mr [[Warren Pike|name]]: attendance 71%; he was seen
in a white
BMW ([[EK20 VPY|vehicle]]) outside the gates on [[14/10|date]]. Shared with DS [[Vaghela|name]] for the exploitation hub.

[[23/10/2026|date]] Maternal grandfather [[Seamus Doherty|name]] rang from Ireland ([[+353 87 614 2093|phone]]): he is flying over from
[[Letterkenny|place]] on Mon [[26th|date]] and will stay "as long as the children need me" at [[41 Lichfield Close|address]].
"""),
    ("a school nurse drop-in record on a paper form, scanned and keyed in by an admin worker",
     """ESSEX CHILD AND FAMILY WELLBEING SERVICE - SCHOOL NURSING
DROP-IN CONTACT RECORD (paper form SN-DI2, keyed in from the scan by [[K. Oyelowo|name]])

School: [[CHELMER VALLEY HIGH SCHOOL|school]]         Date: [[04 / 11 / 2026|date]]        Time: 12:40
Young person's name: [[Tayo Akinola|name]] ...................... DOB: [[30 . 01 . 2012|dob]]   Year: 9  Tutor grp: 9RB
NHS no. (if known): [[222 176 5710|nhs]]      UPN: [[L882479821921|upn]]
Home address: [[41 Lichfield Cl|address]], [[Chelmsford|place]] [[CM1 2TL|postcode]]      Tel: [[01245 354026|phone]] (home)
Self-referral [X]   Referred by staff [ ]   Name of staff: ..........

Reason for visit (in YP's own words): "can't sleep, my head hurts, I think my stitches are infected"
Seen by: [[Lauren Tice|name]] (School Staff Nurse)

Notes: 3cm healing wound, left parietal scalp, stitches out [[28/10|date]]. Slight redness, no discharge. Advised salt water
and GP if worse. Sleep: goes to bed 1-2am, on phone. Says he is staying with "my grandad from Ireland" at mum's now and
"it's better". Asked about alcohol/drugs - "not since hospital". Asked about anyone making him do things for money: he
went quiet, then said "[[Jordy|name]] says I owe him for the phone". Would not give a surname. Said [[Jordy|name]] lives "in the
flats by the Co-op on [[Melbourne Avenue|address]]". I explained confidentiality and its limits; he agreed I would tell
his social worker ("[[Gemma|name]]").

Safeguarding concern? YES    Action: Rang SW [[Gemma Roe|name]] 13:15 ([[0333 013 2261|phone]]) - passed on. Told DSL
[[W. Pike|name]] 13:25. Follow-up drop-in booked Wed [[11/11|date]].
Signed: [[L Tice|name]]    Checked by: [[Rachael Dunmore|name]] (Team Leader) [[5/11/26|date]]
"""),
]

DOCS_F += [
    ("a section 47 enquiry outcome report", """SECTION 47 ENQUIRY - OUTCOME
Children: [[Tayo AKINOLA|name]] (DOB [[30.01.2012|dob]], NHS [[222 176 5710|nhs]]); [[Niamh AKINOLA|name]] (DOB [[23.09.2015|dob]],
NHS [[492 488 5304|nhs]])
Address: [[41 Lichfield Close|address]], [[Melbourne|place]], [[Chelmsford|place]], [[CM1 2TL|postcode]]
Enquiry started [[19 October 2026|date]]; completed [[9 November 2026|date]]. Social worker: [[Gemma Roe|name]]. Manager:
[[Colin Strachan|name]]

Summary of concerns
1. [[Tayo|name]] (14) admitted to hospital intoxicated with a head wound on [[19/10/26|date]]; found outside by a neighbour.
2. [[Niamh|name]] (11) left alone at night while her mother went to look for [[Tayo|name]]; her mother had been drinking.
3. Signs that [[Tayo|name]] is being criminally exploited: cash, a second phone, a "debt" to a young man he calls "[[Jordy|name]]", being
   picked up late at night in a white BMW. Police have since identified "[[Jordy|name]]" as [[Jordan Mackie|name]], 19, of
   [[Chelmer Village|place]], and the car as registered to his girlfriend, [[Shannon Tilley|name]], of [[Great Baddow|place]].

Who was spoken to: [[Tayo|name]] (three times, once alone); [[Niamh|name]] (twice, once alone at school); [[Siobhan Doherty|name]]; [[Femi
Akinola|name]] and his partner [[Funmilayo Adebayo|name]]; maternal grandfather [[Seamus
Doherty|name]]; Mr [[Leckie|name]] (neighbour); school
DSLs at [[Chelmer Valley|school]] ([[Warren Pike|name]]) and [[Newlands Spring|school]] ([[Harriet Okafor|name]]); school nurse [[Lauren
Tice|name]]; GP Dr [[Aisling Ward|name]] (Beauchamp House Surgery); DS [[Priti Vaghela|name]].

Analysis
[[Siobhan|name]] loves her children and the home is warm and well kept. Since [[Yetunde|name]]'s death she has been drinking most
evenings, and she has not been able to keep [[Tayo|name]] in at night. She has agreed to work with Essex Recovery Foundation.
[[Seamus|name]]
(72), who lived with the family in [[Chelmsford|place]] until 2019 before going home to Ireland, is here until at least
[[18 December|date]] and has put a lock on [[Tayo|name]]'s window. [[Femi|name]] has [[Tayo|name]] every weekend at
[[Lawn Lane|address]] and takes him to
football at [[Melbourne|place]] on Saturdays with his cousin [[Dami|name]].

[[Tayo|name]] is at risk of significant harm from outside the family (criminal exploitation). [[Niamh|name]] was at risk on the night
of [[18/19 October|date]] but her care is otherwise good.

Outcome: concerns substantiated for [[Tayo|name]] (exploitation, context); not for [[Niamh|name]]. No ICPC; child in need plan for both,
with a contextual safeguarding plan for [[Tayo|name]] through the exploitation panel on [[17/11/2026|date]]. Disruption notice served on
[[Jordan Mackie|name]] by DS [[Vaghela|name]] on [[6 Nov|date]].
"""),
    ("a police child-concern notification received as a PDF and run through OCR",
     """[OCR of PDF "CCN_26_4418_[[AKINOLA|name]].pdf" - layout lost; line breaks as the OCR made them]

ESSEX POLICE     OFFICIAL-SENSITIVE
CHILD CONCERN NOTIFICATION (PPN1)   Ref: CCN/26/4418   Date of incident: [[01/12/2026|date]] 22:55
Officer: PC 8812 [[TOMLIN, Scott|name]]   Station: [[Chelmsford|place]]
Location of incident: Co-op car park, [[Melbourne Ave|address]], [[Chelms-
ford|place]]

SUBJECT CHILD
Surname: [[AKINOLA|name]]   Forenames: [[TAYO OLUWASEUN|name]]   DOB: [[30/01/2012|dob]]   Gender: M
Address: [[41 LICHFIELD CLOSE|address]] [[CHELMSFORD|place]] [[CM1 2TL|postcode]]
Parent/carer: [[DOHERTY, SIOBHAN|name]] ([[16/07/1986|dob]]) Tel: [[01245 354026|phone]]

OTHER PERSONS PRESENT
1. [[MACKIE, Jordan Lee|name]] DOB [[03/05/2007|dob]], of [[Flat 6, Kingfisher House|address]], [[Chelmer Village|place]]
   - arrested (breach of CAWN)
2. [[OKONKWO, Daniel|name]] ("[[D-Man|name]]") DOB [[11/02/2009|dob]], of [[Danbury|place]] - searched, NFA
3. Unknown white female, approx 20, left in a white BMW [[EK20 VPY|vehicle]]

CIRCUMSTANCES
Officers on patrol saw the subject child get into the rear of a white BMW in the Co-op car park on [[Melbourne
Avenue|address]]. Vehicle stopped on [[Chignal Road|address]]. Subject child was found with 6 wraps of a white powder (sent
for testing) and a phone in the name of "[[Tay|name]]". He said "[[Jordy|name]] said I had to do one more or he'd tell my dad".
The child was taken home at 00:10 on [[02/12|date]] and handed to his grandfather, Mr [[Seamus DOHERTY|name]], who said the boy had
"gone out the back while I was on the toilet". Mother at work (night shift, Springfield Hospital).

VOICE OF THE CHILD: "I just want it to stop. Don't tell [[Gemma|name]] I was out."

RISK: HIGH - shared with Children's Social Care ([[G. Roe|name]]) and the Exploitation Hub [[02/12/2026|date]] 08:30.
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 44 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 01:13 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "brother", "pastor", "rev", "elder", "sis", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma",
           "grandad", "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "papa", "cucu",
           "shosho", "babushka", "бабушка", "мама", "папа", "tm", "sw"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "essex", "south essex",
               "west essex", "north essex", "north east essex", "thurrock", "the east of england", "east anglia", "estonia",
               "eesti", "ida-viru", "ida-viru county", "russia", "kenya", "central province", "kiambu", "kiambu county", "ireland",
               "county donegal", "nigeria", "europe", "africa", "east africa", "the baltics"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words ("Pastor Samuel Kariuki",
# "Sister Grace", "Brother Peter", "Rev. Samuel Kariuki", "Sis Esther", "mama Mercy", "бабушка Галя") and counties, regions
# and countries ("Essex", "Thurrock", "Estonia", "Kenya", "Ireland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
