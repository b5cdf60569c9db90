"""Set 74: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set75.py
to redaction_set77.py and their tests (written by other helpers at the same time), that did not run the detector or any bench
script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py
(its docstring, its record and first document, and its closing documents and checker settings) and tests/test_redaction_set21.py
in full (the layout and marking conventions followed here), the first and last parts of tests/test_redaction_set25.py (for the
size test and the NAME assertion), the docstrings of bench/redaction_set7.py to redaction_set73.py, printed alone and searched
only for the towns, districts and communities earlier sets used as a family's home, the `_party` and `Records` helpers of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Set 15's checker was run, not read. Phone numbers were
checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in Harrow, Brent and Hillingdon, each from a town, district or estate no earlier set (7 to 73) used as a family's
home: a young white British mother in a council block in Wealdstone, with a grandmother in Harrow Weald (Brennan / Marsh; a
grip bruise on a boy of 9's neck from the mother's partner, a scald on a toddler, a partner's temper and drinking, a food bank
voucher); a Parsi Zoroastrian family in Rayners Lane with family in Mumbai (Dadar Parsi Colony), Navsari and Toronto (Engineer /
Bharucha; a boy of 15 self-harming under a controlling father, a grandmother with dementia living with them, a girl of 11
hiding, the mother's sister writing from Mumbai); an Afghan Sikh family in Uxbridge with family in Hamburg and Kabul (Anand /
Kaur; a girl of 14 told she is promised to a man of 22 in Hamburg, a planned engagement in the February half-term, the Forced
Marriage Unit, a mother who reads no English); a British Somali family in Neasden with a father in Hargeisa (Warsame / Yusuf; a
boy of 16 exploited in county lines to Reading, four missing episodes, an arrest in a car with drugs, a mother asking for a
move to Luton); a white British and Irish family in South Ruislip with a grandfather in Salthill, Galway (Hayes / Quinn; neglect
with a mother's drinking, a boy of 12 a young carer for his sister of 5, damp and mould); and a Black British Caribbean family
in Kingsbury under a special guardianship order with a grandmother (Lewis / Campbell; a boy of 13 with ADHD suspended from
school, a mother in recovery, a father in Spanish Town, Jamaica). Parsi Zoroastrian and Afghan Sikh are communities no earlier
set used. 24 documents; half plain professional recording (a MASH contact record, an initial child protection conference report,
a CAMHS letter to a GP, a child and family assessment, a strategy meeting's minutes, a home visit case note with an interpreter,
a return home interview with a chronology, a health visitor's contact record, core group minutes, a special guardianship support
review, a social worker's letter to a headteacher), and the rest of other kinds, of types and styles new to these sets where
possible: a mother's texts typed up, a food bank voucher scanned, a school's safeguarding log export, an aunt's email from India
with a line in Gujarati, a girl's WhatsApp voice notes transcribed and translated (with Gurmukhi), a term-time leave request form
read by OCR (with its errors), a youth worker's notes typed fast on a phone, a police appropriate adult contact sheet read by OCR,
a mother's letter written for her by a friend, a school attendance line's machine-transcribed voicemails (with mis-hearings), a
housing association's online repair form exported as text, a family WhatsApp group in English and Jamaican patois, and a child's
ecomap with its labels typed up.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (India, Germany, Somaliland, Ireland, Canada, Jamaica); NHS numbers and UPNs (LA numbers 310, 304, 312)
pass their check digits; NI numbers have a valid format. Councils are invented (Weald Vale, Fryent, Colne Bank), and so are the
schools and nurseries (Wealdbrook, Little Acorns, Roxbourne Vale, Rayners Green, Colne Valley, Hillside Brook, Gladstone Park
Academy, Tiny Steps, Fryent Park, Roe Green Vale), the housing association (Parkside West Homes) and the interpreting agency
(LinguaLink); towns, districts, real schools (Vyners, Kingsbury High, Braintcroft), charities, NHS bodies, hospitals, clinics,
police, courts, churches, temples, clubs, parks, stations, brands, apps, systems and laws are real or plausible and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, DC, DS,
SW, Nan, Nana, Mummy, Mum, Papa, Aunty, Grandma, Great Granny, chacha, Pastor, the Parsi priest's title Ervad) stay outside the
name span, before or after the name ("Dinaz Aunty", "Gurli didi"); a possessive 's and a bare s in texting ("poppy"s, "wayne"s)
stay outside; every person's name is a name in every form. "SURNAME, First" and "SURNAME First" are one span ("BRENNAN, Tyler",
"ENGINEER, Cyrus", "YUSUF Abdirahman"); an initial with a surname, or a first name with an initial after it, is one span ("F.
Delaney", "T. S. Anand", "Arjun M"); a name broken by a line break is one span holding the break. A street address is one span,
its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare flat or
house number ("Flat 5", "no. 40", "number 7") and an address abroad ("Steindamm 71", "4 Bóthar na Trá", "Flat 6, Jer Mahal,
Dadar Parsi Colony"); towns, districts and estates are places at home or abroad and in any script ("Karte Parwan", "St. Georg",
"Jigjiga Yar", "ਹੈਮਬਰਗ"); countries, counties, regions and London boroughs used as such are not ("Canada", "Germany", "Jamaica",
"Brent"); organisations are not marked even when they hold a town's or a person's name; a school's or nursery's name is a school,
and so is its short form; a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside),
and the bare day in a range or a diary line is a date span of its own; months and years alone are not marked; pets' and toys'
names ("Bailey", "Rosie") are not names; a firm named after people marks only the names ("[[Begum|name]] & [[Ross|name]]
Solicitors", "[[Anand|name]] Cash & Carry"); parks, stadiums and stations are landmarks; a surname or first name that is also a
word or a town is marked by what it refers to ("Kenton Hayes" is a boy, Kenton and Hayes are also places; "Engineer", "Summer",
"Precious", "Hope", "Harrow", "Pinner", "Ruislip", "Stanmore", "Kingsbury", "Wembley", "Preston", "Harefield" and "Hillingdon"
are names when they are people); names in Gujarati and Gurmukhi script are names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a custody suite or a
service named by its town marks the town ("Custody suite: Wembley"), but a station ("Reading station", "Neasden station"), a
stadium ("Wembley stadium") and a road number ("A406") are landmarks and stay unmarked; a church or temple named by its town
("Kingsbury Pentecostal", "Wealdstone Baptist Church") is an organisation; the addresses of public buildings (a civic centre)
are left out of the text rather than marked; aliases and street names used by exploiters ("Sticks", "Tall Man") are names, like
any alias; a mis-heard name or place in a machine transcript is marked by what it stands for ("Darren Queen", "hay's", "yeah
sly"), and the clerk's correction in {braces} is marked too; kinship words used alone as what a child calls someone ("Bapaiji",
"Dadaji", "Nana", "NANA") are not names, while a family nickname built on a name ("Gurli", "Rusi", "JAYJAY", "neesh") is; OCR
errors stay inside the span they spoil ("TEJ1NDER SINGH ANAND", "Uxbr1dge", "19/O6/2012", "NW1O 1DJ"); a German or Indian postcode
("20099", "400014") and an Irish Eircode ("H91 X2K8") are postcodes; a case, custody, voucher, submission or interpreter reference
is not marked; a relative's number in another country is a phone like any other.

Self-check without the detector: `python -m bench.redaction_set74` (and tests/test_redaction_set74.py) runs set 15's checker
(which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words (before and after a name) and
countries and regions, and prints the number of documents and gold spans per kind: 24 documents, 1,008 gold spans, 534 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Brennan / Marsh family (white British), Wealdstone, Harrow, with a grandmother in Harrow Weald ---------------------

HOME_A = d.Address("Flat 6, Palmerston House, 22 Canning Road", "Wealdstone", "Harrow", "HA3 7SJ")
NAN_A = d.Address("41 Elms Road", "Harrow Weald", "Harrow", "HA3 6BH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Brennan")], dt.date(2017, 5, 14), addresses=[HOME_A], ids=["481 514 2351", "G310243603723"],
       schools=["Wealdbrook Primary School"]),
    _p("s", "sibling", [("Poppy", "Marsh")], dt.date(2023, 2, 8), addresses=[HOME_A], ids=["778 472 5485"]),
    _p("m", "mother", [("Kayleigh", "Brennan")], dt.date(1995, 10, 2), addresses=[HOME_A], phones=["07824 611 309"],
       ids=["JK 41 06 93 B"]),
    _p("f", "partner", [("Craig", "Marsh")], dt.date(1991, 1, 19), addresses=[HOME_A], phones=["07951 337 842"]),
    _p("g", "grandparent", [("Sandra", "Brennan")], dt.date(1968, 6, 30), addresses=[NAN_A], phones=["020 8427 6613"]),
    _p("p1", "professional", [("Fiona", "Delaney")], phones=["020 8863 1954"], emails=["fiona.delaney@wealdvale.gov.uk"]),
], "c")

DOCS_A = [
    ("MASH contact record from a primary school", """WEALD VALE COUNCIL - MULTI-AGENCY SAFEGUARDING HUB - CONTACT RECORD
Contact ID: MASH/26/08817        Received: [[05/10/2026|date]] 09:41 by phone, followed by the school's written referral

CHILD: [[BRENNAN, Tyler|name]]    DOB [[14.05.2017|dob]]    Age 9    NHS no. [[481 514 2351|nhs]]
UPN: [[G310243603723|upn]]    School: [[Wealdbrook Primary School|school]], Year 5
Address: [[Flat 6, Palmerston House, 22 Canning Road|address]], [[Wealdstone|place]], [[Harrow|place]] [[HA3 7SJ|postcode]]
Other children in the household: [[Poppy MARSH|name]] ([[08/02/2023|dob]])
Mother: [[Kayleigh Brennan|name]] ([[02/10/1995|dob]]), mob [[07824 611 309|phone]]
Mother's partner: [[Craig Marsh|name]] ([[Poppy|name]]'s father), mob [[07951 337 842|phone]]

Referrer: Mrs [[Joanne Whitlock|name]], Designated Safeguarding Lead, [[Wealdbrook|school]]. Tel [[020 8205 7731|phone]]
Email: [[j.whitlock@wealdbrook.harrow.sch.uk|email]]

Reason for contact (referrer's words):
[[Tyler|name]] came in on Monday [[5 October|date]] without his coat and with a mark on the left side of his neck, about the
size of a 50p, going yellow. When his teacher Mr [[Okafor|name]] asked, he said "[[Craig|name]] grabbed me when I wouldn't
get off the PlayStation". Later at lunch he told the midday supervisor Mrs [[Bernadette Harrow|name]] that it was "an
accident at Nan's". He has been late 11 times since [[3 September|date]]. His nan, [[Sandra Brennan|name]], collects him on
Fridays and told us on [[25/09|date]] that "things aren't good at [[Kayleigh|name]]'s" and that [[Craig|name]] had "put his fist
through the door". She lives at [[41 Elms Road|address]], [[Harrow Weald|place]], tel [[020 8427 6613|phone]].

MASH checks:
Police: one DA incident at the address on [[17/08/2026|date]] (neighbour called, [[Flat 5|address]]); no further action. The caller,
Mr [[D Pereira|name]] of [[Flat 5|address]], said he heard a child screaming "stop it".
Health: HV records for [[Poppy|name]] - missed 2-year review; seen at Northwick Park Hospital A&E [[12.07.26|date]] with a
scald to her right hand, explanation accepted at the time.
Education: as above. Attendance 88.6%.
Previous: none in [[Harrow|place]]. Family moved from [[Edgware|place]] (another borough) in spring 2025; they hold one closed C&F
assessment from [[2024-11-04|date]].

Decision ([[06/10/2026|date]], MASH manager [[Pritpal Sohal|name]]): Strategy discussion today. Section 47 enquiry likely.
Allocated to [[Fiona Delaney|name]], Assessment Team 2 ([[fiona.delaney@wealdvale.gov.uk|email]], [[020 8863 1954|phone]]).
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Children: [[Tyler Brennan|name]] (9) and [[Poppy Marsh|name]] (3)
Conference date: Thursday [[29 October 2026|date]], 10:00, Weald Vale Civic Centre, Room 3
Chair: [[Anjali Raval|name]], Independent Reviewing Officer      Author: [[Fiona Delaney|name]], Social Worker

1. Family and home
[[Kayleigh|name]] lives with her partner [[Craig|name]] and the two children in a two-bedroom flat in [[Palmerston House|address]],
a council block on the [[Canning Road|address]] side of [[Wealdstone|place]], near the high street and the
station. [[Tyler|name]]'s father, [[Liam O'Shea|name]], has not been in contact since 2019; he was last known to be living in
[[Luton|place]]. [[Kayleigh|name]]'s mother, [[Sandra|name]], lives ten minutes' walk away in [[Harrow Weald|place]] and is
the family's main support; [[Kayleigh|name]]'s sister [[Jade|name]] lives in [[Watford|place]] and sees the children at
weekends now and then.

2. What happened
On [[5 October|date]] [[Tyler|name]] came to school with a bruise on his neck (see MASH record). At the joint visit on
[[6 October|date]] with DC [[Harvey Lund|name]] he said the same as at school, that [[Craig|name]] "grabbed" him. [[Craig|name]]
said he had "moved him out the way" and that he had "never hit a kid". The child protection medical at Northwick Park on
[[7/10/26|date]] (Dr [[Salma Qureshi|name]]) found the bruise "consistent with a grip by an adult hand". [[Craig|name]] has
agreed to stay with his brother [[Wayne Marsh|name]] in [[Queensbury|place]] ([[17 Beverley Drive|address]], [[HA8 5ND|postcode]])
while the assessment goes on.

3. Views of the children
[[Tyler|name]] told me he likes [[Wealdbrook|school]], his teacher Mr [[Okafor|name]] and football at Byron Park on Saturdays.
He drew his house with [[Poppy|name]], Mum and Nan inside and [[Craig|name]] "on the step". He said "I want [[Craig|name]] to
stop shouting, that's all". [[Poppy|name]] is too young to give her views; at nursery ([[Little Acorns Day Nursery|school]],
[[Headstone|place]]) she is described as "quiet, always hungry on Mondays".

4. Views of the parents
[[Kayleigh|name]] said: "I know I should of done something about [[Craig|name]]'s temper. I'm not going back to how it was with
[[Liam|name]]." [[Craig|name]] did not attend the conference but sent a text to me on [[27/10|date]] from [[07951 337 842|phone]]
saying he "accepts he needs help with anger".

5. Recommendation
[[Sandra|name]] has said she will have both children on Thursdays and Fridays. Her partner, [[Keith Wembley|name]], has a
caution from 2009 (shoplifting) and no other record; he has agreed to a DBS-style check. [[Kayleigh|name]]'s friend [[Chantelle
Morris|name]] ([[07717 402 985|phone]]) from [[Headstone Drive|address]] is also a named support.

Both children to be subject to a child protection plan under the category of physical abuse. First core group by
[[12 November|date]]. Referral for [[Craig|name]] to the Respect-accredited programme run by Hestia.
"""),
    ("text messages between the mother and the social worker, typed up for the file", """Texts from [[Kayleigh Brennan|name]]
([[07824 611 309|phone]]) to
[[Fiona Delaney|name]]'s work mobile, typed up by [[Fiona|name]] for the file on [[16/11/2026|date]]. Spelling as sent.

Sat [[7 Nov|date]] 22:14  [[Kayleigh|name]]: hi [[fiona|name]] sorry its late. [[craig|name]] come round the flat tonight drunk, he was
banging on the door and shouting for [[tyler|name]]. i didnt let him in. my neighbour [[dom|name]] from [[flat 5|address]] came out and
told him to go
22:15  [[Kayleigh|name]]: he went off towards the station i think hes gone back to [[wayne|name]]s in [[queensbury|place]]
22:31  [[Kayleigh|name]]: [[poppy|name]] woke up crying she keep saying daddy daddy. [[tyler|name]] is ok hes at my mums in
[[harrow weald|place]] tonite
Mon [[9 Nov|date]] 08:02  [[Fiona|name]]: Thank you for telling me, [[Kayleigh|name]]. You did the right thing. Did you call 999?
08:20  [[Kayleigh|name]]: no. didnt want the police at the flat again. [[dom|name]] said he'd be a witness tho. his names
[[dominic pereira|name]]
08:21  [[Kayleigh|name]]: can u come today? im at my sister [[jade|name]]s in [[watford|place]] till 2
08:40  [[Fiona|name]]: I'll come at 3.30 to the flat. Please keep [[Tyler|name]] at [[Sandra|name]]'s till then.
Tue [[10 Nov|date]] 17:55  [[Kayleigh|name]]: nan says she can have [[tyler|name]] every week from thursday to sunday if it helps.
her number is [[0208 427 6613|phone]] if u lost it
Thu [[12 Nov|date]] 09:12  [[Kayleigh|name]]: core group is today? i forgot. can mr [[okafor|name]] come, [[tyler|name]] really
trusts him
09:13  [[Kayleigh|name]]: and the lady from [[poppy|name]]s nursery miss [[bex|name]]
Sat [[14 Nov|date]] 11:03  [[Kayleigh|name]]: [[craig|name]] texted me again saying he's sorry and hes done 2 sessions at the anger
thing. he wants to come to [[poppy|name]]s birthday on the [[8th|date]] of feb
11:04  [[Kayleigh|name]]: i said i'll ask u. im not letting him come to the [[palmerston|address]] flat
12:30  [[Fiona|name]]: Thanks. We'll talk about [[Poppy|name]]'s birthday at the review on Tuesday [[24th|date]]. Take care.
"""),
]

DOCS_A += [
    ("food bank voucher form filled in by hand and scanned", """HARROW FOOD BANK - E-REFERRAL / PAPER VOUCHER (scanned copy, handwriting
typed where readable)
Voucher no.  HFB 7731-204          Referring agency: Weald Vale Children's Services      Date issued: [[19-11-2026|date]]

Client name:  [[Kayleigh BRENNAN|name]]          Date of birth:  [[2.10.95|dob]]
NI number (for UC check, optional):  [[JK 41 06 93 B|ni]]
Address:  [[Flat 6 Palmerston Hse|address]], [[22 Canning Rd|address]]
          [[Wealdstone|place]]                 Postcode: [[HA3 7SJ|postcode]]
Phone:    [[07824 611 309|phone]]
People in household:  adults 1   children 2 (ages 9 and 3)   Names of children (optional):  [[Tyler|name]], [[Poppy|name]]
Dietary needs:  [[Poppy|name]] - no nuts (allergy, epipen)       Nappies size 5+:  YES
Reason for referral (tick):  [x] benefit delay   [x] low income   [ ] debt   [x] other:  partner left home, UC being
  re-assessed as a single claimant since [[26 Oct|date]]
Collection point:  Wealdstone Baptist Church, [[High Street|address]] (Tues/Fri 10-12)
Referrer name:  [[F. Delaney|name]]     Signature:  [signed]     Tel:  [[020 8863 1954|phone]]
Email: [[fiona.delaney@wealdvale.gov.uk|email]]

FOR FOOD BANK USE
Collected: [[20/11|date]] by client's mother ([[S. Brennan|name]]) - client at GP with child.  Volunteer: [[Margaret Pinner|name]]
Signposted: Citizens Advice Harrow; Harrow Baby Bank (nappies); holiday club at Kenmore Park Community Centre.
Notes: 2nd voucher of 3. Nan says next time [[Kayleigh|name]] will come with [[Poppy|name]]. Neighbour (Mr [[Pereira|name]]?) also
asked about a voucher - told to ask his own GP or CAB.
"""),
]


# --- B. Engineer / Bharucha family (Parsi Zoroastrian), Rayners Lane, Harrow, with family in Mumbai and Toronto -----------

HOME_B = d.Address("38 Imperial Drive", "Rayners Lane", "Harrow", "HA2 7HW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Cyrus", "Engineer")], dt.date(2011, 8, 22), addresses=[HOME_B], ids=["480 237 2965", "D310297463917"],
       schools=["Roxbourne Vale High School"]),
    _p("s", "sibling", [("Anahita", "Engineer")], dt.date(2015, 3, 3), addresses=[HOME_B], ids=["746 083 2901"],
       schools=["Rayners Green Primary School"]),
    _p("m", "mother", [("Shirin", "Engineer")], dt.date(1984, 12, 9), addresses=[HOME_B], phones=["07432 118 906"],
       emails=["shirin.engineer@outlook.com"]),
    _p("f", "father", [("Rustom", "Engineer")], dt.date(1979, 4, 16), addresses=[HOME_B], phones=["07719 504 263"]),
    _p("g", "grandparent", [("Dinaz", "Engineer")], dt.date(1944, 2, 1), addresses=[HOME_B]),
    _p("a", "aunt", [("Perviz", "Bharucha")], phones=["+91 98201 47736"]),
    _p("p1", "professional", [("Gareth", "Lowe")], phones=["020 8841 5529"], emails=["gareth.lowe@wealdvale.gov.uk"]),
], "c")

DOCS_B = [
    ("CAMHS initial assessment letter to the GP", """Harrow CAMHS, Kenmore Clinic
Central and North West London NHS Foundation Trust

Dr [[A. Kothari|name]]
Rayners Lane Medical Centre
[[Rayners Lane|place]]

Date: [[3 November 2026|date]]          Our ref: CNWL/CAMHS/H/55210

Dear Dr [[Kothari|name]],

Re: [[Cyrus ENGINEER|name]], DOB [[22/08/2011|dob]], NHS [[480 237 2965|nhs]]
    [[38 Imperial Drive|address]], [[Harrow|place]], [[HA2 7HW|postcode]]

Thank you for referring [[Cyrus|name]], whom I saw with his mother, Mrs [[Shirin Engineer|name]], on [[28/10/2026|date]]. His father,
Mr [[Rustom Engineer|name]], was invited but was "at work in [[Slough|place]]" and did not join by video.

Presenting difficulties: [[Cyrus|name]] is 15 and in Year 11 at [[Roxbourne Vale High School|school]]. Since about June he has cut his
forearms with a pencil sharpener blade, two or three times a week; the school nurse found fresh cuts on [[14 October|date]]. He
described low mood, poor sleep and "pressure" around his GCSEs. He said his father checks his phone every night, has taken his
door off its hinges, and calls him "a waste of a Parsi boy". He said that when his father shouts, his grandmother
([[Dinaz|name]], his father's mother, who lives with them and has dementia) gets frightened and calls him "[[Rusi|name]]", his father's
childhood name, which makes his father angrier. His younger sister [[Anahita|name]] ("[[Ana|name]]", 11) "hides in the bathroom".

He has one close friend, [[Arjun Mehta|name]], and plays cricket for Pinner Cricket Club in summer. He wants to be a pilot. He spoke
warmly of his aunt, Mrs [[Perviz Bharucha|name]], in [[Mumbai|place]], whom he stayed with in [[Dadar|place]] in 2024 and who "just
lets me be". He said his navjote at the Zoroastrian Centre was "the last time Dad was proud of me".

Risk: no suicidal plan today; thoughts "sometimes, at night". Safety plan agreed with him and his mother; blades removed.
Because of what he said about his father, I have made a referral to Weald Vale Children's Services (MASH) today and told Mrs
[[Engineer|name]] I would. She agreed, and said she wanted help "for all of us".

Plan: CBT with [[Hannah Greenhill|name]], clinical psychologist, from [[17/11|date]]; review with me in six weeks.

Yours sincerely,
Dr [[Nkechi Adeyemi|name]], Consultant Child and Adolescent Psychiatrist
Tel [[020 8937 4416|phone]]
cc Mrs [[S. Engineer|name]]; MASH; Ms [[Leanne Cho|name]], school nurse, [[Roxbourne Vale|school]]
"""),
    ("child and family assessment, analysis section", """CHILD AND FAMILY ASSESSMENT (extract: family history, analysis)
Child: [[Cyrus Engineer|name]]   Sibling: [[Anahita Engineer|name]] ([[03/03/2015|dob]]), [[Rayners Green Primary School|school]]
Social worker: [[Gareth Lowe|name]]    Started: [[04/11/2026|date]]    Completed: [[1/12/2026|date]]

Family history. [[Rustom|name]] and [[Shirin|name]] are Parsi Zoroastrians, both born in [[Mumbai|place]]; they married at an
agiary (fire temple) in [[Dadar|place]] in 2009 and came to [[Harrow|place]] in 2010, first to a flat in [[Kenton|place]]
([[Kenton Road|address]])
and from 2016 to [[Imperial Drive|address]]. The household: [[Rustom|name]] ([[16/04/1979|dob]]), an IT contractor for
a bank in [[Slough|place]]; [[Shirin|name]] ([[09/12/1984|dob]]), a part-time pharmacist at a chemist in [[South Harrow|place]];
[[Cyrus|name]] ([[22/08/2011|dob]]); [[Anahita|name]]; and [[Dinaz|name]]. [[Shirin|name]]'s mother, [[Roshan Bharucha|name]], died in
[[Mumbai|place]] on [[6 January 2023|date]]; [[Shirin|name]] could not go to the funeral because, she said, [[Rustom|name]] "kept the
passports". [[Rustom|name]]'s mother [[Dinaz|name]] (born [[01/02/1944|dob]]) came from
[[Navsari|place]] to live with them in 2021 after her husband [[Homi Engineer|name]] died. [[Shirin|name]]'s sister, [[Perviz|name]],
lives in [[Dadar|place]], [[Mumbai|place]] ([[Flat 6, Jer Mahal, Dadar Parsi Colony|address]], [[400014|postcode]]); a cousin,
[[Zubin Wadia|name]], lives in [[Mississauga|place]] near [[Toronto|place]] (tel [[+1 647 832 4419|phone]]) and has offered
for [[Cyrus|name]] to visit in the summer.

The family is active at the Zoroastrian Centre in [[Rayners Lane|place]]. [[Shirin|name]] said the community is small and
"everyone knows everyone"; she asked that the priest, Ervad [[Jamshed Kotwal|name]], not be told. She named a friend from
the community, [[Roshni Patel|name]] (not Parsi; a neighbour at [[no. 40|address]]), as the person she would go to.

Analysis. [[Cyrus|name]]'s self-harm is best understood alongside his father's controlling behaviour, which [[Shirin|name]] also
described towards herself: [[Rustom|name]] controls the money, reads her messages and decides whom she may see. [[Anahita|name]]
told me at school, with her teacher Miss [[Grace Hope|name]] present, that "Daddy is nice when Bapaiji is asleep".
[[Rustom|name]] said he was "raised strictly and turned out fine" and that [[Cyrus|name]] "must learn". He has agreed to attend a
parenting course; he declined a referral to a perpetrator programme.

Recommendation: child in need plan for both children; a DA specialist (Harrow Women's Centre) to offer [[Shirin|name]] support;
carer's assessment for the care of Mrs [[Dinaz Engineer|name]]; review on [[2nd March 2027|date]].
"""),
]

DOCS_B += [
    ("school safeguarding log entries exported from the school's recording system", """ROXBOURNE VALE HIGH SCHOOL - SAFEGUARDING LOG EXPORT
Student: [[ENGINEER, Cyrus|name]] (Yr 11, tutor group 11R)   UPN [[D310297463917|upn]]   Exported [[08-12-2026|date]] by [[L. Cho|name]]

#1  [[14/10/2026|date]] 11:20  Category: Self-harm   Logged by: [[Leanne Cho|name]] (School Nurse)
  [[Cyrus|name]] came to the medical room after PE; Mr [[Daly|name]] (PE) saw cuts on L forearm. 6 linear cuts, 2 fresh. [[Cyrus|name]] said
  "it helps". Mum ([[Shirin|name]]) called on [[07432 118 906|phone]] - she came in at 2pm. GP letter given. DSL informed.
  -> actions: DSL [[Marcus Reid|name]] to consider referral.
#2  [[14/10/2026|date]] 15:05  Category: Family   Logged by: [[Marcus Reid|name]] (DSL)
  Spoke to Mum. She was tearful, said Dad "very strict", would not say more in school. Agreed GP -> CAMHS. Not MASH yet.
#3  [[22.10.26|date]] 08:50  Category: Peer   Logged by: Ms [[Amara Okonjo|name]] (tutor)
  [[Arjun M|name]] (11R) told me [[Cyrus|name]] messaged him at 1am saying "dont think ill be in tomorrow or ever". [[Arjun|name]] showed
  the Snapchat. [[Cyrus|name]] in school, seen by nurse straight away - said he was "just tired". Logged + DSL.
#4  [[04/11/2026|date]] 13:30  Category: External   Logged by: [[Marcus Reid|name]]
  SW [[Gareth Lowe|name]] (Weald Vale) visited, saw [[Cyrus|name]] in the library office. CIN. Tel [[020 8841 5529|phone]].
#5  [[19/11/2026|date]] 10:10  Category: Home   Logged by: [[Leanne Cho|name]]
  [[Cyrus|name]] said Dad took his phone and "threw it in the garden"; his grandmother thought there was a burglar and rang his aunt in
  India at 3am. Aunty [[Perviz|name]] rang school this morning from [[+91 98201 47736|phone]] worried. I said we cannot share
  information but passed to DSL.
#6  [[01.12.2026|date]] 14:45  Category: Attainment/Wellbeing   Logged by: Ms [[Amara Okonjo|name]]
  Mock results: Maths 7, Physics 6. [[Cyrus|name]] smiled. Said he and Mum and [[Ana|name]] went to Mum's friend [[Roshni|name]]'s for
  Diwali, "first nice evening in ages".
"""),
    ("the aunt's email from Mumbai to the social worker, with a line in Gujarati", """From: [[Perviz Bharucha|name]]
<[[perviz.bharucha58@gmail.com|email]]>
To: [[gareth.lowe@wealdvale.gov.uk|email]]
Date: Fri, [[27 Nov 2026|date]] 06:12:44 +0530
Subject: My nephew [[Cyrus|name]] and my sister [[Shirin|name]]

Dear Mr [[Lowe|name]],

My name is [[Perviz Bharucha|name]], I am elder sister of [[Shirin Engineer|name]] of [[Harrow|place]]. Forgive me writing, my
sister gave me your email. I am living in [[Mumbai|place]] at [[Jer Mahal, Dadar Parsi Colony|address]], [[Mumbai|place]]
[[400014|postcode]]
and my mobile and WhatsApp is [[+91 98201 47736|phone]], landline [[+91 22 2363 0481|phone]].

I want you to know that my brother-in-law [[Rustom|name]] was like this from before. When [[Shirin|name]] and [[Rusi|name]] were
staying with us in [[Dadar|place]] in Dec 2008, just before wedding, he broke her phone also. Our late father, [[Keki Bharucha|name]],
told her not to marry. She did not listen, she was young.

Our mother-in-law side, [[Dinaz|name]] Aunty, is a good lady but now she does not know what is happening. Last month she phoned me at
3 in the night saying "[[Cyrus|name]] is being beaten, come". I did not sleep after. In Gujarati she wrote on a paper for
[[Cyrus|name]], which [[Anahita|name]] photographed and sent me:
  "[[સાયરસ|name]] ને કોઈ મારશો નહીં" ("Nobody hit [[Cyrus|name]]")
  and she signed it "[[દીનાઝ|name]]".

If the children need to come to me for some time, I have room. Also my son [[Darius|name]] is in [[Pune|place]] and our cousin
[[Zubin|name]] is in Canada.

Please do not tell [[Rustom|name]] I wrote to you.

With regards and blessings,
[[Perviz K. Bharucha|name]]
"""),
]


# --- C. Anand family (Afghan Sikh), Uxbridge, Hillingdon, with family in Hamburg and Kabul --------------------------------

HOME_C = d.Address("Flat 3, 19 Belmont Road", "", "Uxbridge", "UB8 1QX")
UNCLE_C = d.Address("Steindamm 71", "St. Georg", "Hamburg", "20099")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Gurleen", "Kaur Anand")], dt.date(2012, 6, 19), addresses=[HOME_C],
       ids=["750 001 6972", "L312206749008"], schools=["Colne Valley Academy"]),
    _p("s", "sibling", [("Arjan", "Singh Anand")], dt.date(2019, 10, 2), addresses=[HOME_C], ids=["722 926 7765"],
       schools=["Hillside Brook Primary School"]),
    _p("m", "mother", [("Jasmeet", "Kaur")], dt.date(1986, 3, 27), addresses=[HOME_C], phones=["07888 214 569"]),
    _p("f", "father", [("Tejinder", "Singh Anand")], dt.date(1981, 9, 5), addresses=[HOME_C], phones=["07563 902 417"],
       ids=["NP 27 51 38 D"]),
    _p("u", "uncle", [("Ravinder", "Singh Anand")], addresses=[UNCLE_C], phones=["+49 40 2285 3319"]),
    _p("p1", "professional", [("Megan", "Castell")], phones=["01895 556 200"], emails=["megan.castell@colnebank.gov.uk"]),
], "c")

DOCS_C = [
    ("strategy meeting minutes about a risk of forced marriage", """COLNE BANK COUNCIL - CHILDREN'S SOCIAL CARE
STRATEGY MEETING (s.47) - MINUTES        Held: [[11/11/2026|date]], 14:00, by Teams
Child: [[Gurleen KAUR ANAND|name]] ([[19.06.2012|dob]], 14), [[Flat 3, 19 Belmont Road|address]], [[Uxbridge|place]] [[UB8 1QX|postcode]]
Sibling: [[Arjan Singh ANAND|name]] ([[02.10.2019|dob]], 7)
Parents: [[Tejinder Singh Anand|name]] (father), [[Jasmeet Kaur|name]] (mother)

Present: [[Megan Castell|name]] (SW, chair in absence of TM), DS [[Paul Whitfield|name]] (Met Police, Child Abuse Investigation Team),
[[Simran Dhillon|name]] (DSL, [[Colne Valley Academy|school]]), [[Nadia Rahimi|name]] (school nurse), [[Harjit Bains|name]] (Karma
Nirvana, by phone). Minutes: [[Chloe Ebanks|name]].

1. Information shared
[[Simran|name]]: On [[9 November|date]] [[Gurleen|name]] told her PE teacher, Miss [[Sunita Harrow|name]], that her father has
"promised" her to the son of a family friend in [[Hamburg|place]], a man of 22 named "[[Manpreet|name]]", and that the family will go
to [[Hamburg|place]] for the "rokka" (engagement) in the February half-term. She said the uncle in [[Hamburg|place]], [[Ravinder|name]]
(her father's brother), had sent photos. She asked that her parents not be told she said anything. She said "I'm not marrying
anyone, I want to go to uni".
Nurse: [[Gurleen|name]] has been to the medical room 9 times this term with headaches; once said she was not sleeping because
her mother cries at night.
DS [[Whitfield|name]]: No police record for the family in the borough. Family came from [[Kabul|place]] via [[Delhi|place]] in
2013 ([[Karte Parwan|place]] area); father a shopkeeper ([[Anand|name]] Cash & Carry, [[Cowley Road|address]]).
[[Harjit|name]]: a planned "rokka" before 16 with travel abroad is a significant FM indicator. Advised the Forced Marriage Unit be
contacted today and that the parents not be approached before the plan is agreed.

2. Decisions
s.47 enquiry. FMU to be consulted (done by [[Megan|name]] at 16:10, case FMU/26/2217). School to keep [[Gurleen|name]]'s phone number
for the "one chance" rule: her own mobile [[07404 781 223|phone]]. Police to consider an FMPO if there is any sign of early travel.
Interpreter (Punjabi / Dari) for the mother: a woman, not from the local gurdwara.

3. Next meeting: [[25/11/2026|date]].

Addendum ([[12/11/2026|date]], [[M. Castell|name]]): FMU adviser [[Joanna Pike|name]] rang back. She advised: keep copies of
[[Gurleen|name]]'s passport details if the school holds them; ask the school to alert the SW if [[Gurleen|name]] is absent for even one
day; contact German colleagues only through the FMU. The uncle's details, from [[Gurleen|name]]: [[Ravinder Singh Anand|name]],
[[Steindamm 71|address]], [[20099|postcode]] [[Hamburg|place]] ([[St. Georg|place]]), tel [[+49 40 2285 3319|phone]]. The "boy",
[[Manpreet|name]] (surname not known), is believed to live in [[Harburg|place]].
"""),
    ("case note of a home visit with an interpreter", """CASE NOTE   Type: Home visit (announced)   Date of contact: [[18/11/2026|date]]
  Author: [[Megan Castell|name]]
Present: [[Jasmeet Kaur|name]] (mother), [[Arjan|name]] (7), interpreter Mrs [[Parveen Sethi|name]] (Punjabi; agency LinguaLink, reg. 40882)
Not present: [[Tejinder|name]] (at the shop), [[Gurleen|name]] (at school, seen there on [[17 Nov|date]])

I visited the flat on [[Belmont Road|address]]. [[Jasmeet|name]] was nervous and kept looking at the door. She said in Punjabi that
she does not read English and her husband deals with "all the letters". I explained why Children's Services are involved without
saying what [[Gurleen|name]] had said, as agreed at the strategy meeting.

[[Jasmeet|name]] said the family are Afghan Sikhs; her family are still partly in [[Kabul|place]] ("my brother [[Kulwant|name]] is
in [[Karte Parwan|place]], near the gurdwara that was attacked") and partly in [[Jalalabad|place]] until 2021; most of her husband's family
went to [[Hamburg|place]] in the 1990s. She said the family in [[Hamburg|place]] are "good people" and that there is "a boy" but
that nothing is fixed. "[[Gurleen|name]] is a child. In our time girls were married at 16, not now." She said her
sister-in-law [[Harvinder Kaur|name]] in [[Hamburg|place]] "talks too much on the phone".

She showed me photos of the family's last trip to [[Hamburg|place]] (summer 2025), staying with [[Ravinder|name]] at
[[Steindamm 71|address]], [[20099|postcode]] [[Hamburg|place]], above his shop. [[Arjan|name]] showed me his Lego and said "[[Gurli|name]]
didi helps me read". He goes to [[Hillside Brook Primary School|school]].

Her mobile is [[07888 214 569|phone]] but "my husband has it in the evening". She agreed I can ring between 10 and 2. She asked
for English classes; I gave details of the ESOL class at Uxbridge Library and the women's group at the Hillingdon Sikh Centre.
Her friend [[Kamaljit|name]] from [[Hayes|place]] ("the lady at [[no. 5|address]] before she moved") can come with her.

Interpreter's note added by Mrs [[Sethi|name]]: "Mother used the word 'rishta' (match) about the boy in Germany, not 'rokka'."
"""),
]

DOCS_C += [
    ("voice notes a girl sent to her school's safeguarding lead, transcribed and translated", """Transcript of 3 WhatsApp voice notes sent
by [[Gurleen|name]] to the DSL's school phone, transcribed by [[Simran Dhillon|name]]
(DSL) on [[20 November 2026|date]]. Punjabi words in Gurmukhi as [[Gurleen|name]] wrote them in her follow-up text, with English
in brackets. [inaudible] where the recording is unclear.

VOICE NOTE 1 - [[19/11/26|date]] 22:47 (1 min 12 s)
Miss it's me, [[Gurleen|name]]. Sorry it's late. So my chacha [[Ravinder|name]] rang Papa again today and I heard them, they said
the date is in Feb, like the [[13th|date]] or the [[14th|date]], at the gurdwara near their house in [[Hamburg|place]]. And
Papa said "[[Gurli|name]] will be fine, she is a good girl". [[Manpreet|name]]'s mum sent a suit for me, it's red. I'm scared, Miss.

VOICE NOTE 2 - [[19/11/26|date]] 22:51 (0 min 40 s)
And please don't tell Mummy I sent this, she'll cry. She said to me "ਧੀਏ ਤੂੰ ਫ਼ਿਕਰ ਨਾ ਕਰ" (daughter, don't worry). My friend
[[harleen|name]] knows, and [[mia|name]] from form, nobody else. [[Harleen|name]]'s number is [[07398 275 611|phone]] if you can't get me.

VOICE NOTE 3 - [[20/11/26|date]] 07:15 (1 min 55 s)
Good morning Miss. I thought about it. Papa isn't bad, he's stressed from the shop and from what happened in [[Kabul|place]] to
Dadaji's shop [inaudible]. He wants me safe. But I don't want [[Hamburg|place]], I want to stay in [[uxbridge|place]] and
do my GCSEs at [[colne valley|school]]. Can you tell the social worker [[Megan|name]]? And [[Arjan|name]] mustn't know, he's seven,
he'll tell everyone at [[Hillside Brook|school]].

FOLLOW-UP TEXT from [[07404 781 223|phone]], [[20/11/26|date]] 07:19:
miss its [[ਗੁਰਲੀਨ|name]] ([[Gurleen|name]]) - mum is [[ਜਸਮੀਤ|name]], dad is [[ਤੇਜਿੰਦਰ|name]], chacha is [[ਰਵਿੰਦਰ|name]] in
[[ਹੈਮਬਰਗ|place]]. the boy is [[ਮਨਪ੍ਰੀਤ|name]]. his number from papa's phone [[+49 176 4412 9087|phone]]

DSL note: "Dadaji" (grandfather) is [[Gurleen|name]]'s late grandfather [[Sohan Singh Anand|name]], killed in [[Jalalabad|place]] in
2018.
"""),
    ("extended leave request form, scanned and read by OCR", """COLNE VALLEY ACADEMY   REQUEST FOR LEAVE OF ABSENCE IN TERM TIME
  (scanned [[02/12/2026|date]], OCR text, errors kept)

Student name: [[GURLEEN KAUR ANAND|name]]           Tutor group: 9T           D.O.B: [[19/O6/2012|dob]]
Parent/carer name: [[TEJ1NDER SINGH ANAND|name]]     Relationship: Father
Address: [[Flat 3, 19 Be1mont Road|address]], [[Uxbr1dge|place]]  Postcode: [[UB8 1QX|postcode]]
Tel. (home): -        Tel. (mobile): [[07563 902 417|phone]]
Dates of requested absence:  From [[06/02/2027|date]]  To [[21/02/2O27|date]]   Number of school days: 5
Reason for request: Family wedding / religious ceremony in [[HAMBURG|place]] GERMANY. Staying with brother
  [[R. Singh Anand|name]], [[Steindamm 71|address]], [[20099|postcode]] [[Hamburg|place]]. Tel [[+49 40 2285 3319|phone]]
Other children in family attending this school: none. Sibling at [[Hillside Brook Primary|school]] ([[ARJAN|name]]) - same dates.
Parent signature: [signed] [[T. S. Anand|name]]         Date: [[30-11-2026|date]]

FOR OFFICE USE
Received by: [[K. Mistry|name]] (attendance officer) [[01/12/26|date]]    Passed to: Head / DSL ([[S. Dhillon|name]])
Decision: NOT AUTHORISED - see safeguarding file. Parent informed by letter [[03/12/2026|date]]; copy to SW ([[M. Castell|name]],
[[megan.castell@colnebank.gov.uk|email]], [[01895 556 200|phone]]). Police and FMU told same day.
"""),
]


# --- D. Warsame / Yusuf family (British Somali), Neasden, Brent, with a father in Hargeisa --------------------------------

HOME_D = d.Address("Flat 12, Wren Court, 64 Dudden Hill Lane", "Neasden", "London", "NW10 1DJ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Abdirahman", "Yusuf")], dt.date(2010, 1, 12), addresses=[HOME_D], ids=["432 077 2725", "G304229013647"],
       schools=["Gladstone Park Academy"]),
    _p("s", "sibling", [("Ifrah", "Yusuf")], dt.date(2020, 4, 27), addresses=[HOME_D], ids=["604 848 4526"]),
    _p("m", "mother", [("Hodan", "Warsame")], dt.date(1990, 7, 8), addresses=[HOME_D], phones=["07956 443 180"],
       ids=["SH 62 19 04 C"]),
    _p("f", "father", [("Mohamed", "Yusuf Ali")], phones=["+252 63 442 1875"]),
    _p("p1", "professional", [("Kwame", "Asante")], phones=["020 8937 4416"], emails=["kwame.asante@fryent.gov.uk"]),
], "c")

DOCS_D = [
    ("return home interview after a missing episode", """FRYENT COUNCIL - RETURN HOME INTERVIEW (RHI)
Young person: [[Abdirahman YUSUF|name]] (known as [[Abdi|name]])   DOB: [[12/01/2010|dob]]   NHS: [[432 077 2725|nhs]]
Address: [[Flat 12, Wren Court, 64 Dudden Hill Lane|address]], [[Neasden|place]], [[London|place]] [[NW10 1DJ|postcode]]
Missing from: home    Reported missing: [[21/11/2026|date]] 23:40 by mother    Found: [[24/11/2026|date]] 06:15
Where found: by British Transport Police at Reading station, with a boy of 15 from [[Harlesden|place]] and £340 cash
RHI by: [[Kwame Asante|name]], Missing and Exploitation Team, [[26/11/2026|date]], at the Neasden Library quiet room

[[Abdi|name]] is 16, in Year 11 at [[Gladstone Park Academy|school]]. This was his fourth missing episode since August
([[29/08|date]], [[3 Oct|date]], [[14-15 November|date]]). He agreed to talk on his own; his mother, [[Hodan Warsame|name]], waited in the
library.

His account. He said he "went to see friends" in [[Reading|place]] and stayed "at a girl's flat" in [[Whitley|place]]. He would not
give her name. Later he said the flat belonged to "[[Tall Man|name]]" and that a man called "[[Sticks|name]]" from [[Church End|place]]
drove him there in a grey Mercedes ([[LD19 XKP|vehicle]]). He said he "owes" [[Sticks|name]] £600 after a bag was taken off him
at Neasden station. He showed me the phone he had been given; it was taken by the police.

He said he is "not a snitch" and that he "can handle it". He said his friend [[Yonis|name]] ([[Yonis Farah|name]], 15, also known to
Brent YOT) got "shanked" in [[Kensal Green|place]] last year and that "nobody did nothing".

What would help: his dad. [[Abdi|name]] said his father, [[Mohamed Yusuf Ali|name]], lives in [[Hargeisa|place]] and "would sort me
out" if he could come back. He talks to him on WhatsApp ([[+252 63 442 1875|phone]]). He wants to do the electrician course at
the College of North West London and play for Neasden Eagles again.

Actions: NRM referral (done [[27/11/2026|date]]); police intelligence form on [[Sticks|name]] and the car; CCE strategy meeting;
mentor from Air Network; safety plan with [[Hodan|name]] (see her mobile [[07956 443 180|phone]]).

Chronology of missing episodes (from police and the MET's Merlin reports, checked with [[Hodan|name]])
  [[29/08/2026|date]] 21:00 - [[30/08/2026|date]] 14:00   found by mother at cousin [[Guled Abdi|name]]'s, [[Stonebridge|place]]
  [[03/10/2026|date]] 18:30 - [[05/10/2026|date]] 09:10   found by police in [[Milton Keynes|place]] ([[Bletchley|place]]), with
[[Yonis Farah|name]]
  [[14/11/2026|date]] 16:00 - [[15/11/2026|date]] 23:50   returned himself; said he was at a friend's in [[Kensal Rise|place]]
  [[21/11/2026|date]] 23:40 - [[24/11/2026|date]] 06:15   found at Reading station (above)
Known associates named by [[Abdi|name]], his mother or the police: "[[Sticks|name]]"; "[[Tall Man|name]]"; [[Yonis Farah|name]];
[[Ridwan Mohamud|name]] (17, [[Harlesden|place]]); a girl called "[[Shanice|name]]" in [[Whitley|place]].
"""),
    ("a youth worker's phone notes written fast between sessions", """notes - [[k asante|name]] - iphone notes app, pasted into the record
[[30/11/26|date]]

thurs [[26/11|date]]
- [[abdi|name]] RHI done. good convo. mentions [[sticks|name]], [[tall man|name]], [[whitley|place]] ([[reading|place]]). car
[[LD19 XKP|vehicle]] grey merc - pls check plate w/ police
- mum [[hodan|name]] v worried, says [[abdi|name]]'s dad [[mo|name]] wants him sent to [[hargeisa|place]] "to dhaqan celis" (back to
culture) - this needs a convo!!
- sister [[ifrah|name]] (6) ok, at school ([[Braintcroft|school]]? check) - no concerns raised

fri [[27/11|date]]
- rang mum [[0795 644 3180|phone]] - no ans. texted
- [[yonis farah|name]]'s mum ([[ubah|name]]?) rang me herself on [[07462 559 130|phone]] asking if [[abdi|name]] ok
- NRM sent. CCE meeting booked for [[8 dec|date]]

sat [[28/11|date]]
- saw [[abdi|name]] at neasden rec centre, with his cousin [[guled|name]] (17, from [[stonebridge|place]]). [[abdi|name]] says he's "done
with [[reading|place]]".
- [[guled|name]] said "[[tall man|name]]" is from [[wembley|place]] not [[reading|place]]. not sure.

to do:
* ask GPA ([[gladstone park|school]]) re attendance + any info on "[[sticks|name]]"
* check with [[hargeisa|place]] dad via interpreter - [[asha|name]] from the somali women's org?
* email [[mo|name]] back from [[kwame.asante@fryent.gov.uk|email]]
"""),
]

DOCS_D += [
    ("a handwritten contact sheet from a police custody visit, scanned and read by OCR", """METROPOLITAN POLICE - APPROPRIATE ADULT /
CONTACT SHEET  (handwritten, scanned [[03.12.2026|date]]; OCR, line breaks kept)
Custody suite: [[Wembley|place]]      Custody no. QW/041772/26      Date: [[02/12/2026|date]]

Detained person: [[YUSUF Abdirahman|name]]   D0B [[12-01-2010|dob]]   Age 16
Home address given: [[Flat 12 Wren Ct|address]], [[Dudden Hill Ln|address]], [[NW1O 1DJ|postcode]]
Parent/guardian informed: mother Ms [[H. WARSAME|name]] by phone [[07956 443 180|phone]] at 19:20 - attended 20:45
Appropriate adult: [[Ayaan Hersi|name]] (mother's friend, not a family member) - declined by DP; then
  [[Dele Ogunleye|name]] (The Appropriate Adult Service) attended 21:30

Circumstances of arrest: stopped in a car ([[LD19 XKP|vehicle]]) on the A406 near the [[Neasden|place]] junction with driver
[[Leon Mc-
Cready|name]] ("[[Sticks|name]]", 23, of [[Church End|place]]). 14 wraps found in the vehicle door. DP said wraps "not mine".
DP asked for his solicitor [[Fatima Begum|name]] of [[Begum|name]] & [[Ross|name]] Solicitors, [[Kilburn High Rd|address]].

Notes by the AA: DP was quiet, asked twice if his mum was "angry". Said his little sister [[Ifrah|name]] "will be crying".
Mother said (in Somali, translated by [[Ayaan|name]]) that his father rang her from [[Hargeisa|place]] at 21:00 on
[[+252 63 442 1875|phone]] and wants to speak to the officer. Told not possible in custody.

Outcome: released under investigation [[03/12/26|date]] 01:10 to mother. Referral to Brent Youth Offending Service;
CCE/NRM marker noted. Next of kin confirmed: [[Hodan Warsame|name]], [[Wren Court|address]], [[Neasden|place]].
"""),
    ("the mother's letter to the council, written for her by a friend", """[[Hodan Warsame|name]]
[[Flat 12 Wren Court|address]]
[[64 Dudden Hill Lane|address]]
[[London|place]] [[NW10 1DJ|postcode]]
[[07956 443 180|phone]]

[[5th December 2026|date]]

To Mr [[Kwame|name]] and the manager,
Fryent Council Children's Services

My name is [[Hodan|name]], I am the mother of [[Abdirahman|name]] and [[Ifrah|name]]. My friend [[Ayaan|name]] is writing this for me
because my English writing is not good.

I want to say thank you to Mr [[Kwame|name]] who came to the police station and who speaks to my son like a big brother. [[Abdi|name]]
is not a bad boy. Since his father went back to [[Hargeisa|place]] in 2022 he has no man to look at. The men who use him are
older and they know where we live. One of them sat in a car outside [[Wren Court|address]] on Sunday night for 2 hours.
My neighbour Mrs [[Ahmed|name]] from [[number 11|address]] saw him too.

I am asking for a move. Please, not in Brent, not [[Harlesden|place]], not [[Wembley|place]]. My sister
[[Sahra Warsame|name]] lives in [[Luton|place]] ([[27 Biscot Road|address]], [[LU3 1AH|postcode]]) and her children go to
school there. If we are near her I can work and [[Abdi|name]] can start fresh. His father says also send him to
[[Hargeisa|place]] to his grandmother [[Khadra|name]] at [[Jigjiga Yar|place]], but I am afraid he will not come back and he
will lose his education. I want him to finish his school at [[Gladstone Park|school]].

[[Ifrah|name]] is 6 and she asks every night where is [[Abdi|name]].

Thank you,
[[Hodan Warsame|name]]
(written by [[Ayaan Hersi|name]], [[ayaan.hersi@hotmail.co.uk|email]])
"""),
]


# --- E. Hayes / Quinn family (white British and Irish), South Ruislip, Hillingdon, with a grandfather in Galway ------------

HOME_E = d.Address("9 Long Drive", "South Ruislip", "Ruislip", "HA4 0HP")
GRANDAD_E = d.Address("4 Bóthar na Trá", "Salthill", "Galway", "H91 X2K8")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kenton", "Hayes")], dt.date(2014, 9, 30), addresses=[HOME_E], ids=["439 285 6356", "F312224201049"],
       schools=["Vyners School"]),
    _p("s", "sibling", [("Summer", "Quinn")], dt.date(2021, 7, 11), addresses=[HOME_E], ids=["497 329 4489"]),
    _p("m", "mother", [("Nicola", "Hayes")], dt.date(1988, 2, 23), addresses=[HOME_E], phones=["07700 158 442"],
       emails=["nicky.hayes88@icloud.com"], ids=["PW 73 20 51 A"]),
    _p("f", "father", [("Darren", "Quinn")], dt.date(1985, 12, 1), phones=["07873 640 295"]),
    _p("g", "grandparent", [("Patrick", "Hayes")], addresses=[GRANDAD_E], phones=["+353 91 524 318"]),
    _p("p1", "professional", [("Rachel", "Amos")], phones=["01895 630 418"], emails=["rachel.amos@colnebank.gov.uk"]),
], "c")

DOCS_E = [
    ("health visitor's record of a home visit", """0-19 HEALTH VISITING SERVICE - CONTACT RECORD (SystmOne extract)
Client: [[Summer QUINN|name]]   DOB [[11/07/2021|dob]]   NHS No [[497 329 4489|nhs]]
Address: [[9 Long Drive|address]], [[South Ruislip|place]], [[HA4 0HP|postcode]]
Contact: targeted home visit, Wednesday [[14 Oct 2026|date]], 10:30     HV: [[Bronagh Kealy|name]] (Specialist Community Public
Health Nurse)     Others present: mother [[Nicola Hayes|name]] ("[[Nicky|name]]"), brother [[Kenton Hayes|name]] (12, home "sick")

Reason: 2 missed appointments (5-year review, [[08/09|date]] and [[29/09|date]]); nursery ([[Tiny Steps Ruislip|school]]) raised
that [[Summer|name]] has come in 3 times in a week in the same clothes, smelling of urine, with "hard stools" and tooth pain.

Home conditions: front door answered after 10 min. Strong smell of cigarettes and dog. Kitchen: no food in the fridge apart from
milk and a bottle of white wine, opened; sink full; bin bags on the back step. [[Summer|name]]'s bed has no sheet; a wet mattress was
drying against the radiator. [[Kenton|name]] had made [[Summer|name]] toast and was watching her while Mum "had a lie down".
Home conditions score (GCP2): 4 (physical care) - of concern.

Mother: [[Nicky|name]] said she has been "low" since her father had a stroke in [[Galway|place]] in August and since [[Summer|name]]'s
dad, [[Darren Quinn|name]], "went off with someone from work" (he lives now in [[Yiewsley|place]]). She said she drinks "a glass or two
at night". Smelled of alcohol at 10.30. She did not want a referral ("I don't want [[Kenton|name]] taken off me like I was"). She
was herself in care in [[Uxbridge|place]] as a teenager.

[[Summer|name]]: 5 y 3 m. Weight 16.1 kg (9th centile, was 50th). Visible decay upper front teeth. Chatty, asked me "are you
[[Kenton|name]]'s teacher?". Calls her toy rabbit "Rosie".
[[Kenton|name]]: Year 8 at [[Vyners|school]]; quiet; said he is "fine" and does "most of the cooking". Young carer.

Plan: referral to Colne Bank MASH today (done 13:40, with mother informed); dental referral; GP (Dr [[Shah|name]], Southcote Clinic)
informed; call to [[Kenton|name]]'s school.  Signed [[B. Kealy|name]] [[14/10/2026|date]]
"""),
]

DOCS_E += [
    ("core group meeting minutes", """CORE GROUP MEETING - MINUTES
Children: [[Kenton HAYES|name]] ([[30.09.2014|dob]]) and [[Summer QUINN|name]] ([[11.07.2021|dob]])     Plan: child protection (neglect)
Date: [[19 November 2026|date]], 16:00, [[Long Drive|address]] (family home)     Chair/minutes: [[Rachel Amos|name]], Social Worker

Present: [[Nicola Hayes|name]] (mother); [[Darren Quinn|name]] ([[Summer|name]]'s father, 20 min late); [[Bronagh Kealy|name]] (HV);
[[Lorraine Bishop|name]] (Head of Year 8, [[Vyners School|school]]); [[Tom Preston|name]] (key worker, Hillingdon Drug and Alcohol
Service); [[Jess Woodley|name]] (Young Carers, Carers Trust).
Apologies: [[Debbie Frost|name]] (manager, [[Tiny Steps|school]] nursery).

1. Progress since conference ([[2 November|date]])
[[Nicky|name]] has had two appointments with [[Tom|name]] and started a home detox plan; she said she has been "dry since the
[[9th|date]]". [[Tom|name]] confirmed she attended on [[10/11|date]] and [[17/11|date]]. The house was clean and there was food in;
[[Rachel|name]] saw a new bed and sheets for [[Summer|name]], bought with help from [[Nicky|name]]'s friend [[Shannon Ruislip|name]]
(who lives at [[no. 15|address]] and is happy to be a named support).

2. School
[[Lorraine|name]]: [[Kenton|name]]'s attendance is up to 91% this half-term. He came to the "Young Carers lunch" on Thursday. He was in
a fight with a boy in Year 9, [[Callum|name]], who called his mum "a pisshead"; both boys were spoken to.

3. [[Darren|name]]
[[Darren|name]] said he can have [[Summer|name]] every other weekend at his flat in [[Yiewsley|place]] ([[Flat 2, 88 High Street|address]],
[[UB7 7DS|postcode]]) and would pick her up from nursery on Wednesdays. He asked that [[Kenton|name]] not be "made to babysit any more".
[[Nicky|name]] agreed. He gave his number for the school: [[07873 640 295|phone]].

4. Grandad
[[Nicky|name]]'s father, [[Patrick Hayes|name]], is in rehab after his stroke at University Hospital Galway; he will go home to
[[Salthill|place]] in January. [[Nicky|name]] wants to take the children at Christmas ([[23rd|date]]-[[28th December|date]]). Agreed in
principle
if the plan is going well; [[Nicky|name]] to give the address and a number: [[4 Bóthar na Trá|address]], [[Salthill|place]],
[[Galway|place]] [[H91 X2K8|postcode]]; [[+353 91 524 318|phone]]; her aunt [[Maureen Hayes|name]] [[+353 87 214 6650|phone]].

Next core group: [[17 December 2026|date]], 16:00.
Actions: [[Rachel|name]] to visit unannounced before [[3 December|date]]; [[Tom|name]] to send [[Nicky|name]]'s breathalyser results
weekly; [[Lorraine|name]] to refer [[Kenton|name]] to the Young Carers group at the Compass Centre; [[Bronagh|name]] to review
[[Summer|name]]'s weight on [[26/11|date]]; [[Darren|name]] to tell [[Rachel|name]] before taking [[Summer|name]] to his mother's in
[[Hounslow|place]].
"""),
]

DOCS_E += [
    ("voicemails left on the school attendance line, machine-transcribed and checked by a clerk", """VYNERS SCHOOL - ATTENDANCE LINE
VOICEMAIL TRANSCRIPTS
(auto-transcribed by the phone system; the clerk's corrections in {curly brackets}; mis-heard words kept as the machine wrote them)
Printed for the safeguarding file [[07/12/2026|date]] by [[Sue Harefield|name]], attendance clerk

Mon [[05 Oct 2026|date]] 08:12  From: [[07700 158 442|phone]]  (0:31)
"hi it's [[nicky hayes|name]] mum of [[kenton hayes|name]] in eight w he's not well today he's got a temperature so he won't be in
thanks bye"

Tue [[13 Oct 2026|date]] 08:47  From: [[07700 158 442|phone]]  (0:44)
"hi it's [[Nikki|name]] again [[Kenton|name]]'s mum. he's got to stay home today because his sister's poorly and I've got a
appointment in [[hay's|place]] {[[Hayes|place]]} at the job centre so he's minding her sorry I know I know"

Wed [[14 Oct 2026|date]] 07:58  From: [[07700 158 442|phone]]  (0:19)
"[[kenton|name]] is off again sorry I'll ring later"

Thu [[05 Nov 2026|date]] 09:30  From: [[07873 640 295|phone]]  (1:02)
"yeah hello this is [[Darren Queen|name]] {[[Darren Quinn|name]]} [[Summer|name]]'s dad not [[Kenton|name]]'s dad but I'm ringing about
[[Kenton|name]] cos his mum's not well. he's going to be with me at my place in [[yeah sly|place]] {[[Yiewsley|place]]} for a couple
of days so he'll be late he gets the U5 bus. if you need me it's this number or my work at the depot on [[Horton Road|address]]
cheers"

Fri [[27 Nov 2026|date]] 08:05  From: [[+353 87 214 6650|phone]]  (0:52)
"hello there this is [[Maureen Hayes|name]] [[Kenton|name]]'s great aunt ringing from [[Galway|place]] I've been trying to get
[[Nicola|name]] all morning she's not answering would somebody check that [[Kenton|name]] got in to school today his grandad is
worried sick thank you God bless"
Clerk: [[Kenton|name]] in at 08:40. Passed to Mrs [[Bishop|name]] (HoY) at 09:00.

Mon [[30 Nov 2026|date]] 08:20  From: withheld  (0:14)
"it's [[kenton|name]]. mum says I'm ill. I'm not ill. [inaudible] ok bye"
Clerk: passed straight to DSL ([[Ravi Sandhu|name]]) and to [[Rachel Amos|name]], social worker, at 08:25.
"""),
]

DOCS_E += [
    ("a housing association's online repair and complaint form, exported as text", """PARKSIDE WEST HOMES - ONLINE REPAIRS & COMPLAINTS
FORM - SUBMISSION #PWH-R-2026-113904
Submitted: 2026-11-24T21:17:05Z        Channel: web form (mobile)

Section 1 - Your details
  Title: Ms
  First name: [[nicky|name]]
  Surname: [[hayes|name]]
  Tenancy address line 1: [[9 long drive|address]]
  Tenancy address line 2: [[s ruislip|place]]
  Postcode: [[ha4 0hp|postcode]]
  Contact number: [[07700158442|phone]]
  Email: [[nicky.hayes88@icloud.com|email]]
  Date of birth (optional): [[23/02/1988|dob]]
  National Insurance no. (optional): [[PW732051A|ni]]
  Best time to contact: after 3 (school run)

Section 2 - What is the problem?
  Category: Damp and mould  |  Also: Heating  |  Also: Windows
  Location: Bedroom 2 (kids), bathroom
  Describe the problem: black mould all up the wall behind my daughters bed and round the window, window wont shut at the top.
  boiler keeps cutting out since [[3rd nov|date]]. my son [[kenton|name]] has asthma and its getting worse, gp at southcote said
  its the damp. social worker ([[rachel amos|name]]) says she will write to you too. reported this on [[12/10|date]] by phone,
  ref was something like 10982, nobody came. engineer ([[Marek|name]]) came on the [[19th|date]] and said it needs a
  surveyor and left.
  Has anyone in the home got a health condition or vulnerability?  Yes - child asthma, child under 5, mental health
  Is this a complaint?  YES

Section 3 - Access
  Pets: dog (staffy) "Bailey"
  Keys with: neighbour [[Pat Hillingdon|name]] at [[number 7|address]]

Section 4 - Declaration
  Typed signature: [[Nicola Jane Hayes|name]]     Date: [[24/11/2026|date]]

[Internal - added by case handler [[Yusuf Demir|name]] [[25/11/26|date]]: Awaab's Law timescales apply (child, damp). Emergency
inspection booked [[27/11/2026|date]] 08:00-12:00. Social worker [[R. Amos|name]], Colne Bank, [[01895 630 418|phone]],
[[rachel.amos@colnebank.gov.uk|email]] told.]
"""),
]


# --- F. Lewis / Campbell family (Black British Caribbean), Kingsbury, Brent, a grandmother caring under a special guardianship

HOME_F = d.Address("18 Slough Lane", "Kingsbury", "London", "NW9 8QF")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Campbell")], dt.date(2013, 3, 5), addresses=[HOME_F], ids=["789 714 7169", "W304295134684"],
       schools=["Fryent Park Academy"]),
    _p("s", "sibling", [("Amani", "Campbell")], dt.date(2018, 11, 16), addresses=[HOME_F], ids=["732 678 2970"],
       schools=["Roe Green Vale Primary School"]),
    _p("g", "special guardian", [("Marcia", "Lewis")], dt.date(1962, 8, 21), addresses=[HOME_F], phones=["07946 872 013"],
       ids=["JT 38 62 17 C"]),
    _p("m", "mother", [("Tanisha", "Campbell")], dt.date(1993, 5, 4), phones=["07525 318 864"]),
    _p("p1", "professional", [("Oliver", "Grant")], phones=["020 8204 7713"], emails=["oliver.grant@fryent.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship support plan annual review report", """FRYENT COUNCIL - SPECIAL GUARDIANSHIP SUPPORT SERVICE
ANNUAL REVIEW OF SUPPORT PLAN
Special guardian: Mrs [[Marcia Lewis|name]] (maternal grandmother), [[18 Slough Lane|address]], [[Kingsbury|place]], [[NW9 8QF|postcode]]
Children: [[Jaden CAMPBELL|name]] ([[5 March 2013|dob]]), [[Amani CAMPBELL|name]] ([[16 November 2018|dob]])
SGO made: West London Family Court, [[12/06/2022|date]]
Review date: [[01/12/2026|date]]    Reviewing worker: [[Oliver Grant|name]], SGO support social worker

1. Household
Mrs [[Lewis|name]] (Grandma [[Marcia|name]] to the children's friends; "Nana" to them) is 64 and works part-time at a
pharmacy on [[Kingsbury Road|address]]. Her partner, Mr [[Winston Gayle|name]], stays three nights a week; he lives in
[[Colindale|place]]. Her son [[Andre Lewis|name]] (the children's uncle, 29) lives in [[Burnt Oak|place]] and takes [[Jaden|name]] to
football at Fryent Country Park on Sundays.

2. The children
[[Jaden|name]] (13) is in Year 9 at [[Fryent Park Academy|school]]. He had a fixed-term suspension of 3 days in October
([[15|date]]-[[17 October|date]]) for "defiance" after he walked out of a maths lesson when a boy said something about his mother. He has an
EHCP assessment under way (ADHD diagnosed [[4/4/2025|date]]). [[Amani|name]] (8) is in Year 4 at [[Roe Green Vale|school]], doing well,
"loves gymnastics and her cousin [[Kiara|name]]".

3. Contact with parents
The children's mother, [[Tanisha Campbell|name]], has been in recovery since leaving St Mungo's in [[Harrow|place]] and has supervised
contact monthly at the Family Time Centre. Contact was missed on [[7 Sept|date]] and [[5 Oct|date]]; she attended on [[2 Nov|date]] and
was "warm and on time". Her mobile is [[07525 318 864|phone]]. The children's father, [[Dwayne Fraser|name]], lives in
[[Spanish Town|place]], Jamaica (last known number [[+1 876 984 2210|phone]]); he sends money at Christmas and has had no direct
contact since 2021. [[Jaden|name]] asked about visiting him; Mrs [[Lewis|name]] is not against it "when he is older".

4. Support and finance
SGA allowance continues. Paid to Mrs [[Lewis|name]] (NI [[JT 38 62 17 C|ni]]) four-weekly; reviewed [[20/10/2026|date]]. Mrs
[[Lewis|name]] asked for help with [[Jaden|name]]'s "temper" at home; referral to the Brent Centre for
Young People and to the Adoption Support Fund for therapeutic parenting. Respite: her sister Mrs [[Beverley Stanmore|name]] of
[[Edgware|place]] has the children one weekend in four.

5. Plan until next review ([[1 December 2027|date]]): as above; life story work for both children with [[Oliver|name]] (started
[[24/11/2026|date]]).
"""),
]

DOCS_F += [
    ("the social worker's letter to a headteacher about a suspension", """Fryent Council, Children and Young People
Brent Civic Centre

Ms [[Adaeze Nwosu|name]]
Headteacher
[[Fryent Park Academy|school]]

[[2nd December 2026|date]]

Dear Ms [[Nwosu|name]],

[[Jaden Campbell|name]], Year 9 (DOB [[05.03.2013|dob]]; UPN [[W304295134684|upn]])

I am the social worker supporting [[Jaden|name]] and his sister under a special guardianship order; their guardian is their
grandmother, Mrs [[Marcia Lewis|name]], of [[Slough Lane|address]], [[Kingsbury|place]]. I write with her agreement about
[[Jaden|name]]'s suspension from [[15 October|date]] and the meeting planned for Wednesday [[9 December|date]].

[[Jaden|name]] is a previously looked-after child. He lived with foster carers, Mr and Mrs [[Okoro|name]] in [[Neasden|place]],
for eight months in 2021-22 before the order, and his designated teacher, Mr [[Haines|name]], knows the history. The incident on
[[15/10|date]] followed a comment by another pupil about his mother's drug use; [[Jaden|name]] told me that the boy, whom he named
as "[[Kai|name]]", had found an old post about his mother on Facebook. I would ask the school to look at this as bullying too.

[[Jaden|name]] has ADHD and is waiting for an EHC needs assessment. His paediatrician is Dr [[Farah Mirza|name]] at the Child
Development Centre; his CAMHS worker is [[Ben Wood|name]]. I would ask that, before any further suspension, the school holds a
meeting with Mrs [[Lewis|name]], the virtual school (Ms [[Julie Kenton|name]]) and me.

Mrs [[Lewis|name]] is best reached on [[07946 872 013|phone]] after 2pm. I can be reached on [[020 8204 7713|phone]] or
[[oliver.grant@fryent.gov.uk|email]].

Yours sincerely,

[[Oliver Grant|name]]
Social Worker, Special Guardianship Support
"""),
]

DOCS_F += [
    ("a family WhatsApp group, screenshots typed up by the special guardian for her review", """WhatsApp group "LEWIS FAM 🇯🇲❤️" -
screenshots [[Marcia Lewis|name]] gave to her social worker, typed up by [[Oliver Grant|name]]
[[03/12/2026|date]]. Contacts as saved in her phone. Spelling and patois as written.

[[28/11/2026|date]], 19:02 - [[Andre|name]]: Mummy u want me tek [[jaden|name]] ball tmrw? 10 o clock at fryent
[[28/11/2026|date]], 19:05 - Mummy [[Marcia|name]]: Yes son. Him ave detention fi di whole week so nuh mek him skip
[[28/11/2026|date]], 19:06 - [[Andre|name]]: lol he told me. dat bwoy [[kai|name]] again
[[28/11/2026|date]], 19:20 - Aunty [[Bev|name]]: Evening all. [[Kiara|name]] wants [[Amani|name]] for sleepover sat [[5th|date]]? I'll
collect from [[slough lane|address]]
[[28/11/2026|date]], 19:21 - Mummy [[Marcia|name]]: Bless u [[Bev|name]]. She soon finish her gymnastics at 12 at [[kingsbury high|school]]
[[29/11/2026|date]], 08:14 - [[+1 (876) 543-7719|phone]]: Good morning family. Dis is [[Dwayne|name]] new number. Tell [[Jaden|name]] mi seh
  happy birthday early and mi sen something thru Western Union
[[29/11/2026|date]], 08:30 - Mummy [[Marcia|name]]: [[Dwayne|name]] di bwoy birthday a March. An dis group is fi family. Mi a go tek yuh
out.
[[29/11/2026|date]], 08:31 - Mummy [[Marcia|name]] removed [[+1 (876) 543-7719|phone]]
[[29/11/2026|date]], 11:47 - [[Tanisha|name]] 💜: mum can i come sunday dinner. i'm 6 months clean on the [[10th|date]]. i miss them
[[29/11/2026|date]], 11:52 - Mummy [[Marcia|name]]: Mi proud a yuh [[Tanisha|name]]. Ask [[Oliver|name]] first, you know di rules. Sunday
[[6th|date]]?
[[29/11/2026|date]], 11:53 - [[Tanisha|name]] 💜: ok ill text him
[[30/11/2026|date]], 21:40 - Aunty [[Bev|name]]: [[Tanisha|name]] darlin so happy for u 🙏🏾 Pastor [[Ken|name]] says he's praying for u at
  Kingsbury Pentecostal
[[30/11/2026|date]], 22:03 - [[Andre|name]]: [[neesh|name]] u did good. ill pick u up from [[willesden|place]] sunday. still at nans old
place?
[[30/11/2026|date]], 22:05 - [[Tanisha|name]] 💜: yh [[72 harlesden rd|address]]. grandma [[pearl|name]] says hi
[[01/12/2026|date]], 07:30 - Mummy [[Marcia|name]]: Good morning all. Social worker [[Oliver|name]] coming 4pm today fi [[Amani|name]]
story work
[[01/12/2026|date]], 07:41 - Aunty [[Bev|name]]: 👍🏾 tell him [[Kiara|name]] and [[Amani|name]] go same gymnastics. my number
[[07812 096 347|phone]] if he want
[[01/12/2026|date]], 16:58 - [[Andre|name]]: [[jaden|name]] says he's not coming football sat cos [[kai|name]] and [[reece|name]] will be
there 🙄
[[01/12/2026|date]], 17:02 - Mummy [[Marcia|name]]: Him a come. Mi wi chat to Mr [[Haines|name]]. [[Reece Okafor|name]] mother go my church
"""),
]

DOCS_F += [
    ("an ecomap drawn with a child in life story work, its labels typed up", """LIFE STORY WORK - SESSION 2 - ECOMAP (drawn by
[[Amani|name]] with [[Oliver Grant|name]], Tuesday [[1 December|date]] after school,
at [[18 Slough Lane|address]]). The drawing is on A3 in felt tip; the labels are typed here exactly as [[Amani|name]] wrote them,
with who or what each one is in (brackets). Circle size = how close she feels (1 small - 5 big); lines as she drew them.

CENTRE: "ME [[AMANI|name]] age 8 and a haf"

Circles:
  "NANA" (5) - (Mrs [[Marcia Lewis|name]], special guardian)  - thick line, hearts
  "[[JAYJAY|name]]" (5) - (brother [[Jaden|name]])  - thick line, then a zigzag "wen he is angry"
  "MUMMY [[TANISHA|name]]" (4) - (mother)  - dotted line "sum times"
  "DADDY in JAMAICA" (1) - (father, [[Dwayne Fraser|name]])  - no line. Wrote "[[spanish town|place]]" under it
  "uncel [[Andre|name]]" (4) - (uncle, [[Burnt Oak|place]])
  "[[Winston|name]]" (3) - (Mr [[Gayle|name]], Nana's partner) - "he makes fish"
  "Aunty [[Bev|name]] and [[Kiara|name]]" (4) - (Mrs [[Beverley Stanmore|name]] and her daughter, [[Edgware|place]])
  "Mrs [[Okoro|name]]" (2) - (former foster carer, [[Neasden|place]]) - "I was a baby there"
  "Miss [[Daisy|name]]" (5) - (class teacher, [[Roe Green Vale|school]]; Miss [[Daisy Kingsbury|name]]!)
  "[[Leila|name]] + [[Precious|name]]" (4) - (best friends at school)
  "gymnastics" (5) - (club at [[Kingsbury High|school]] on Saturdays)
  "CHURCH" (3) - (the Pentecostal church on [[Kingsbury Road|address]])
  "Mr [[Oliver|name]]" (3) - (me)
  "Great Granny [[Pearl|name]]" (2) - ([[Pearl Campbell|name]], [[Willesden|place]]; mother's grandmother)

Other marks: she drew a plane between "DADDY" and "ME" and wrote "one day". She drew a small circle "BAILEY" - ([[Andre|name]]'s dog) and
then
coloured it in.

What [[Amani|name]] said (her words): "[[Jayjay|name]] is the best brother but he shouts at Nana." "Mummy smells nice now." "I want
to see where I was born" (she was born at Northwick Park; she thinks it was "the hospital by Wembley stadium").

Next session ([[8/12|date]]): [[Jaden|name]]'s ecomap; then photos from Nana's albums.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 74 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:39 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "great",
           "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "uncel", "pastor", "ervad", "dasturji", "bapaiji",
           "mamaiji", "chacha", "chachi", "papa", "mama", "dadaji", "dadiji", "bhai", "veerji", "giani", "bibi", "hooyo",
           "aabo", "abti", "eedo", "ayeeyo", "sw", "dsl"}
_AFTER = {"aunty", "auntie", "didi", "ji", "bhai", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "united kingdom", "india", "gujarat", "maharashtra", "canada",
               "ontario", "afghanistan", "germany", "somalia", "somaliland", "jamaica", "ireland", "county galway",
               "middlesex", "greater london", "brent", "hillingdon", "north west london"}

# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Ervad Jamshed
# Kotwal", "Pastor Ken", "Aunty Bev", "Mummy Marcia", "chacha Ravinder"; and after one: "Dinaz Aunty", "Gurli didi") and
# counties, regions and countries ("Canada", "Germany", "Jamaica", "Brent").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
