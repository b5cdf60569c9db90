"""Set 78: a held-out hand-written set for the redaction detector, six more invented families in south London, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets 79,
80 and 81 and their tests (written by other helpers at the same time), that did not run the detector or any bench script that
runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the docstrings of
bench/redaction_set7.py to redaction_set77.py, printed on their own and searched only for the towns, districts and
communities earlier sets used as a family's home, the first lines of tests/test_redaction_set25.py (the size test), the module
docstring and the `_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py, and the ruff settings in
pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say
so here.

Six families in Wandsworth, Lambeth and Southwark, each from a district or estate no earlier set used as a family's home. A
white British family on the Winstanley estate in Battersea, with a grandmother in Southfields (Dunmore / Marsh; a boy of 9 off
school and hungry, a toddler with delayed speech, cannabis smoke, a loose dog, a partner's assault on the mother, a neighbour's
messages to housing); a St Lucian family in Kennington, a community no earlier set used (Joseph / St Rose; a boy of 14
criminally exploited on a county line to Margate, a little sister given a phone, a grandmother in Vieux Fort who speaks
Kwéyòl); a Togolese family on the Alton Estate in Roehampton, a community no earlier set used (Agbeko / Adjovi; Ewe and French
speakers, a boy of 12 beaten with a belt, a cousin of 16 privately fostered without status and working at a car wash, an aunt
near Lyon, an uncle in Lomé); an Eritrean family in Angell Town, Brixton (Gebremedhin / Tesfamariam; a bereaved boy of 16
stabbed on Coldharbour Lane, a knife found by his sister, a girl of 9 left alone on a mother's night shifts, Tigrinya names in
Ge'ez script, an uncle in Asmara); a Honduran family in one room of a shared house in Nunhead, a community no earlier set used
(Banegas / Zelaya; a girl of 15 pregnant by a man of 20, a partner's violence, no recourse to public funds, a grandmother in
San Pedro Sula, a Spanish-speaking church); and a white British father with two girls in Earlsfield (Pennington; depression,
hoarding, an overdose, a girl of 11 caring and missing school, a mother in Marbella). 24 documents, about half of them plain
professional recording (a health visitor's contact note, strategy discussion minutes, an NRM referral form, a return home
interview, an initial child protection conference report, a single assessment, an emergency department's safeguarding
referral, a chronology, child in need review minutes, a housing referral letter, a school attendance letter, a family group
conference plan) and half the other writing a case file holds: a neighbour's WhatsApp messages to a housing officer typed up,
a grandmother's handwritten letter read by OCR (with its misreadings), a grandmother's WhatsApp voice notes transcribed from
Kwéyòl, a school's safeguarding log export, a father's email in French with its translation, a social worker's notes typed
fast on a phone, Instagram direct messages from a police download, a mother's own letter with names in Ge'ez script, a girl's
WhatsApp chat with her social worker, a pastor's letter in Spanish and English, a police body-worn video transcript, and a
girl's diary pages read by OCR.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (St Lucia, Togo, France, Eritrea, Honduras, Spain); NHS numbers and UPNs (LA numbers
212, 208 and 210) pass their check digits; the NI number has a valid format. Councils are invented (Wandle Vale, Effra Borough,
Neckinger), and so are the GP surgery (Falcon Grove), the return home service (Safer Futures), the interpreting agency (Ewe
Link), the women's centre (Habesha Women's Centre) and the church (Luz del Mundo Sur); towns, districts, estates, real schools
and colleges, charities, NHS bodies, hospitals, police forces, stations, parks, churches, brands, apps and laws are real and
stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, Nanny, Nan, Mum, Papa, Tonton, Madam, Manman, gwanmanman, Pasteur, Pastor, Mme, Madame, Abba and the Ge'ez ኣባ, Doña,
Hna.) stay outside the name span; a possessive 's and a bare s ("Bella"s, "Tanya"s) stay outside; every person's name is a
name in every form, record or not. "SURNAME, First" is one span ("MARSH, Poppy", "JOSEPH, Kervin", "BANEGAS, Ashley Nicole"),
and so is "SURNAME First" ("AGBEKO Elom"); an initial with a surname is one span ("B. Iles", "S. Dunmore"); initials alone
("KA") are not marked; a name broken by a line break, or by an OCR space ("Tyler - Jay", "Mensah - Hart"), is one span; social
media handles ("yonii.sw9", "nahom_2x") are not marked, but a display name that is a person's plain name is; a street address
is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's
bare flat, house or room number ("Flat 16", "no. 9", "no. 11", "29", "number 29", "room 1") and an address abroad ("Lot 14, La
Tourney Road", Vieux Fort; "12 rue Paul Bert", Vénissieux; "Calle Ricardo Soriano 12, 3ºB", Marbella); towns, cities,
districts and estates are places at home or abroad ("Nine Elms", "Canary Wharf", "Bè-Kpota", "Chamelecón"); countries, states
and regions are not ("St Lucia", "Togo", "Sudan", "Eritrea", "Honduras", "Texas", "Spain", "Kent"); organisations are not marked
even when they hold a town's or a person's name ("Kent Police", "Nunhead Surgery", "Earlsfield Library", "Southwark Women's
Aid", "Minet Green Health Practice", "Falcon Grove Surgery"); a school's or college's name is a school, and so is its short
form ("Falconbrook", "Beatrix Potter", "Ivydale", "harris", "sudbourne", "south thames"); a date of birth is dob, any other
calendar date with a day is date (a weekday before it stays outside), the bare day in a range is a date span of its own
("26"-"30 Oct"), and months and years alone are not marked; helplines are not marked; a pet's name ("Bluey") is not a name;
parks, stations and attractions are landmarks and stay unmarked ("Kennington Park", "the Oval", "Victoria station", "the
Ritzy"); a name that is also an English word ("Hope", "Summer", "Blessing", "Bright", "Joy", "Tiny", "Skinny") is marked by
what it refers to, so "Tiny is not even tiny" marks only the first; a name in another script (Ge'ez "ሰላም", "ዮናስ") is a
name; a service named by its town in lower-case words ("the Brixton hub", "the Wandsworth recovery college") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a street name used alone as
a person's address ("Openview", a word) is an address; a street named after a person ("Marcus Garvey Way") is an address and
holds no name; an estate's capitalised proper name is one place span with its word "Estate" ("Alton Estate"), while a
lower-case "estate" after the name stays outside ("Ethelred" estate); a child's nickname made of initials that he goes by
("TJ", "tj") is a name, unlike initials used as a short form in notes ("KA"); a street name, alias or nickname used by
exploiters ("Skinny", "Tiny", "dee", "lil remz") is a name; an OCR misreading of a name, place or date ("Pirbnght Road",
"Southfie1ds", "Wands worth", "24th 0ctober 2026") is marked as what it reads for; a half-said place in a voice note ("Vieux...")
is a place; a London borough named as a district ("in Lambeth") is a place, but the invented councils are organisations; a
short form of a street ("coldharbour") is an address; a partial postcode ("SW18", "SW15") is a postcode and a French five-digit
postcode ("69200") and a Spanish one ("29601") are postcodes; the date inside a video file's name ("20261103") is a date; the
council offices' street ("Tooley Street") and a church's address are addresses like any other; a firm named after a person
("Duncan Lewis") is marked as a name, following set 21's "[[Anand|name]] & Co"; police, hospital, case, crime, exhibit and
reference numbers are not marked.

Self-check without the detector: `python -m bench.redaction_set78` (and tests/test_redaction_set78.py) runs set 15's checker
(which runs the sets before it) on this set, adds this set's titles and kinship words and countries, states and regions, and
prints the number of documents and gold spans per kind: 24 documents, 967 gold spans, 527 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dunmore / Marsh family (white British), the Winstanley estate, Battersea ----------------------------------------

HOME_A = d.Address("Flat 14, Thurso House, Winstanley Road", "Battersea", "London", "SW11 2EY")
NAN_A = d.Address("22 Pirbright Road", "Southfields", "London", "SW18 5NB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Dunmore")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["3144602639", "J212977911474"],
       schools=["Falconbrook Primary School"]),
    _p("s", "sibling", [("Poppy", "Marsh")], dt.date(2023, 1, 9), addresses=[HOME_A], ids=["7680325650"]),
    _p("m", "mother", [("Kayleigh", "Dunmore")], dt.date(1999, 8, 30), addresses=[HOME_A], phones=["07931 562 847"],
       ids=["JK 48 21 90 C"]),
    _p("f", "partner", [("Callum", "Marsh")], dt.date(1997, 2, 11), phones=["07459 218 736"]),
    _p("g", "grandparent", [("Sharon", "Dunmore")], dt.date(1972, 5, 5), addresses=[NAN_A], phones=["07812 604 339"]),
    _p("p1", "professional", [("Ife", "Adeyemi")], phones=["020 8871 6622"], emails=["ife.adeyemi@wandlevale.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's case note after an unannounced home visit", """WANDLE VALE CHILDREN'S PUBLIC HEALTH 0-19 SERVICE - CLINICAL CONTACT
NOTE
Client: [[MARSH, Poppy|name]]     DOB: [[09/01/2023|dob]]     NHS no: [[768 032 5650|nhs]]
Address: [[Flat 14, Thurso House, Winstanley Road|address]], [[Battersea|place]], [[SW11 2EY|postcode]]
Contact: unannounced home visit (2.5 yr review not attended x2)   Date/time: Thursday [[8 October 2026|date]] 10:40
Author: [[Bronwen Iles|name]], Health Visitor (Specialist Community Public Health Nurse)

Door opened by [[Tyler-Jay|name]] ([[TJ|name]]), 9, who should have been at school. He said Mum was "in the shower" and let me into the
hallway. Mother [[Kayleigh Dunmore|name]] came out after about 5 minutes, dressed, apologetic. She said [[TJ|name]] had "a bad belly" and
that she had phoned [[Falconbrook|school]] (I have not checked this). Strong smell of cannabis in the flat and in the stairwell.

Environment: living room cluttered; dog (Staffie cross, "Bluey") loose, jumped up at [[Poppy|name]]; dog mess on the balcony; kitchen
sink full; a bag of nappies hung on the door handle. Baby gate at the kitchen but left open. Fridge: milk, yoghurts, a cooked chicken.
[[Poppy|name]] in a vest and nappy, wet to the knees, nappy heavy. She was babbling, few words ("Bluey", "no", "[[TJ|name]]"), did not
point. Weight 12.4 kg (50th), length 89 cm. Two bruises on her left shin (yellowing), a small scratch under her right eye which
mother said was "Bluey's claw". Scratch looked consistent with that; no other marks.

Mother said partner [[Callum Marsh|name]] "stays sometimes" and works nights at the depot in [[Nine Elms|place]]. She said her mum,
[[Sharon|name]] (who lives in [[Southfields|place]]), "does the school run when I can't". She said the cannabis is [[Callum|name]]'s
and "he smokes on the balcony". I explained the risks of smoke and of the dog around a toddler.

Plan: ASQ-3 at a clinic appointment on [[15/10/2026|date]] at the clinic; speech referral after that; letter to GP
(Falcon Grove Surgery); call to [[Falconbrook|school]]'s DSL, Mrs [[Nkechi Obi|name]]; discussion with safeguarding
supervisor [[Jo Hartigan|name]] today. Mother's mobile confirmed: [[07931 562 847|phone]].
[[B. Iles|name]] HV, 12:05 [[08.10.26|date]]
"""),
    ("a neighbour's WhatsApp messages to the housing officer, typed up for the file", """Typed up from screenshots sent by
[[Gloria Mensah|name]] (resident, [[Flat 16|address]]) to [[Dean Kowalczyk|name]], Housing Officer, the estate
housing team. Spelling as sent. Printed [[19/10/2026|date]].

Sat [[10 Oct|date]] 23:14  [[Gloria|name]]: [[dean|name]] sorry to message late but the dog at [[14|address]] is crying on the balcony
again 3 hours now
Sat [[10 Oct|date]] 23:15  [[Gloria|name]]: and the baby crying. nobody answer the door. i knock twice
Sat [[10 Oct|date]] 23:52  [[Gloria|name]]: ok the young man came back. [[callum|name]]. shouting at [[kayleigh|name]] on the landing, bad
words
Sun [[11 Oct|date]] 09:03  [[Dean|name]]: Thanks [[Gloria|name]], I'll pass this on. If you think anyone is in danger call 999.
Sun [[11 Oct|date]] 09:10  [[Gloria|name]]: the little boy [[tj|name]] came to my door 8 oclock asking for bread. i gave him toast and a
banana. he said mummy is sleeping and [[poppy|name]] needs milk
Sun [[11 Oct|date]] 09:11  [[Gloria|name]]: i am not trying to make trouble. i have known [[kayleigh|name]] since she was small her mum
[[sharon|name]]
lived in [[no. 9|address]] before she move to [[southfields|place]]
Wed [[14 Oct|date]] 17:40  [[Gloria|name]]: the smoke from [[14|address]] is coming in my grandson bedroom he has asthma
Wed [[14 Oct|date]] 17:41  [[Gloria|name]]: sorry autocorrect. my grandson [[Kwabena|name]]. he is 7
Fri [[16 Oct|date]] 20:26  [[Gloria|name]]: police came tonight for [[14|address]]. 2 officers. the boy was crying on the stairs. mr
[[Abara|name]] from
[[Flat 12|address]] took him in till his nan came
Fri [[16 Oct|date]] 20:27  [[Gloria|name]]: his nan phone is [[07812 604 339|phone]] if you need it she gave me before
Fri [[16 Oct|date]] 21:02  [[Dean|name]]: Thank you. I have told the social worker, [[Ife Adeyemi|name]].
"""),
]

DOCS_A += [
    ("strategy discussion minutes", """WANDLE VALE COUNCIL - CHILDREN'S SERVICES
STRATEGY DISCUSSION (s.47 Children Act 1989) - MINUTES
Children: [[Tyler-Jay DUNMORE|name]] (DOB [[22.04.2017|dob]], UPN [[J212977911474|upn]]) and [[Poppy MARSH|name]] (DOB [[09.01.2023|dob]])
Date: [[19 October 2026|date]], 14:00, Microsoft Teams      Chair: [[Marcia Lindo|name]], Practice Manager, MASH

Present: [[Ife Adeyemi|name]] (social worker, [[020 8871 6622|phone]]); DC [[Ross Whitlock|name]] (Central West BCU, CSPU);
[[Bronwen Iles|name]] (HV);
Mrs [[Nkechi Obi|name]] (DSL, [[Falconbrook Primary School|school]]); [[Dean Kowalczyk|name]] (housing). Minutes: [[Ayo Bankole|name]].

1. Information shared
Police: on [[16/10/2026|date]] at 19:48 officers attended [[Flat 14|address]] after a 999 call from a neighbour. [[Callum Marsh|name]]
(DOB [[11/02/1997|dob]]) had pushed [[Kayleigh|name]] against the kitchen door; she had a red mark on her neck. [[Tyler-Jay|name]] was on
the stairwell crying; a neighbour, Mr [[Emeka Abara|name]], took him into his flat until his grandmother, Mrs [[Sharon Dunmore|name]],
arrived from [[Pirbright Road|address]] at about 20:30. [[Marsh|name]] was arrested, interviewed and released under investigation with
a condition not to attend [[Thurso House|address]]. Two previous call-outs ([[3 May 2026|date]], and the 2nd of August at his
mother's address in [[Tooting|place]]).
Health: see HV note of [[8 October|date]]. [[Poppy|name]]'s speech is delayed; bruised shins (explained) and a scratch.
School: [[TJ|name]]'s attendance is 81.4% this term. He came in on Monday [[12 October|date]] hungry and in the same uniform for the
third day. He told his teacher, Mr [[Hollis|name]], that "[[Callum|name]]" (he said [[Cal|name]]) "punched the wall and the telly broke".
Housing: complaints of cannabis smoke and the dog. A neighbour's messages were shared ([[Flat 16|address]]). Rent arrears of about GBP
1,900.
Mother: [[Kayleigh|name]] ([[30/08/1999|dob]], NI [[JK 48 21 90 C|ni]]) says the relationship is over.
She has asked for a transfer to be near her mum.

2. Decision: threshold met for s.47 enquiries, single agency (social care) with police to follow the criminal matter. Child
protection medical not needed. Initial child protection conference to be considered at the end of the enquiry.
3. Actions: [[Ife|name]] to see both children alone by [[21.10.2026|date]]; DC [[Whitlock|name]] to check [[Marsh|name]]'s address at
[[Garratt Lane|address]], [[Earlsfield|place]], and bail; housing to look at a management transfer; HV to bring forward the ASQ.
Next review: Tuesday [[27 October 2026|date]].
"""),
    ("a grandmother's handwritten letter, scanned and read by OCR", """[scanned page 1 of 2 - OCR text, not corrected]

[[22 Pirbnght Road|address]]
[[Southfie1ds|place]]
[[SW18 5NB|postcode]]
[[24th 0ctober 2026|date]]

To Miss [[Adeyemi|name]] ( the social worker for [[Tyler - Jay|name]] and [[Poppy|name]] )

Dear Miss [[Adeyemi|name]],

My name is [[Sharon Dunmore|name]] I am [[Kayleigh|name]]s mum and Nanny to the 2 kids. I am writing this because on the phone I get
flustered and say it wrong. I want you to know I will have the kids whenever needed. I have a 2 bed flat (housing assoc) the
second room is a box room but [[TJ|name]] has stayed here lots of times. I have been a dinner lady at [[Southmead Primary|school]]
for 14 yrs and I am DBS checked.

I dont want to get my daughter in trouble. [[Kayleigh|name]] is a good mum when she is well. Since she was with [[Cal|name]] she has
stopped seeing her friends, she used to go to [[Tanya|name]]s every sunday in [[Wands worth|place]] and [[Cal|name]] dont like it. He
took her phone off her on her birthday ([[30th Aug|date]]) and smashed it. I told her he is like her dad ([[Gary Dunmore|name]])
who I left in 2001 for the same thing.

On the night of the police (Friday [[16th|date]]) Mr [[Abara|name]] from upstairs rang me at 8.05 and I got a cab. [[TJ|name]] was in his
pyjamas. He said "[[Cal|name]] hit mummy". I did not see it.

[scanned page 2 of 2]

My sister [[Julie Pratt|name]] in [[Crawley|place]] can help too, her number is [[07385 921 470|phone]]. And [[Kayleigh|name]]s friend
from school [[Chantelle|name]] ([[Chantelle Bright|name]]) who lives on the [[Doddington|place]] has a girl the same age as
[[Poppy|name]].

Please ring me on [[07812 604 339|phone]] or come round, I am in after 3.

Yours sincerly
[[S. Dunmore|name]] ( Mrs )
"""),
]


# --- B. Joseph / St Rose family (St Lucian), Kennington ---------------------------------------------------------------------

HOME_B = d.Address("Flat 9, Rushbrook House, Kennington Road", "Kennington", "London", "SE11 4PQ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kervin", "Joseph")], dt.date(2012, 3, 3), addresses=[HOME_B], ids=["6225503137", "H208630512504"],
       schools=["Lilian Baylis Technology School"]),
    _p("s", "sibling", [("Shanice", "St Rose")], dt.date(2018, 9, 27), addresses=[HOME_B], ids=["2742984283"],
       schools=["Henry Fawcett Primary School"]),
    _p("m", "mother", [("Marie-Thérèse", "Joseph"), ("Tess", "Joseph")], dt.date(1986, 6, 14), addresses=[HOME_B],
       phones=["07546 117 802"]),
    _p("f", "father", [("Dwayne", "St Rose")], dt.date(1984, 1, 19), phones=["07908 334 615"]),
    _p("g", "grandparent", [("Cecilia", "Joseph")], phones=["+1 758 454 6180"]),
    _p("p1", "professional", [("Declan", "Furey")], phones=["020 7926 4400"], emails=["declan.furey@effra.gov.uk"]),
], "c")

DOCS_B = [
    ("a National Referral Mechanism referral form, as submitted", """NATIONAL REFERRAL MECHANISM - REFERRAL (CHILD) - copy as submitted
[[22/09/2026|date]]
Section A - First responder
Organisation: Effra Borough Council, Children's Services (Adolescent Safeguarding Team)
Name: [[Declan FUREY|name]]    Role: Social Worker    Tel: [[020 7926 4400|phone]]    Email: [[declan.furey@effra.gov.uk|email]]

Section B - Potential victim
Surname: [[JOSEPH|name]]   Forename(s): [[Kervin|name]]   Also known as: "[[Kev|name]]", "[[Skinny|name]]" (street name)
Date of birth: [[03/03/2012|dob]]   Age: 14   Sex: M   Nationality: British   Other: family from St Lucia
Address: [[Flat 9, Rushbrook House, Kennington Road|address]], [[London|place]] [[SE11 4PQ|postcode]]
Education: [[Lilian Baylis Technology School|school]] (Year 10), currently on a part-time timetable
NHS no: [[622 550 3137|nhs]]     Interpreter needed: no (mother speaks English and Kwéyòl)

Section C - Exploitation type: criminal exploitation (county lines), possible labour exploitation
Location(s) of exploitation: [[Kennington|place]], [[Vauxhall|place]]; a flat in [[Margate|place]]
([[Northdown Road|address]], cuckooed, occupant [[Terry Blakely|name]], 58); trains from Victoria station to [[Margate|place]];
a car (grey Ford Fiesta [[LK17 XWD|vehicle]]) seen collecting him near the Oval.

Section D - Account
On Monday [[14 September|date]] [[Kervin|name]] was reported missing by his mother, [[Marie-Thérèse JOSEPH|name]] (known as
[[Tess|name]]). On [[17.09.2026|date]] Kent Police found him in a flat on [[Northdown Road|address]] with 14 wraps of crack cocaine in his
underwear, £340 and two phones. He was dehydrated, had not washed, and had a cut on his left palm. He said a man called
"[[Tiny|name]]" gave him the train ticket and told him he "owed" £1,200 after the police took a "parcel" from him in [[Lambeth|place]]
in August. He named another boy, "[[Reece|name]]" (maybe [[Reece Campbell-Hart|name]], 15, of [[Stockwell|place]]), and a girl
"[[Kiki|name]]". The deal line is known to police as the "BIGZ" line.
His little sister, [[Shanice St Rose|name]] (8), was found by her father [[Dwayne St Rose|name]] ([[07908 334 615|phone]]) to have been
given a new phone "from [[Kev|name]]'s friend".

Section E - Consent: not needed for a child. Mother informed on [[22 Sept|date]].
Signed: [[D. Furey|name]]
"""),
]

DOCS_B += [
    ("a return home interview after a missing episode", """RETURN HOME INTERVIEW (independent)      Young person: [[Kervin Joseph|name]]
  Episode: missing [[14/09/2026|date]] -
found [[17/09/2026|date]] ([[Margate|place]])
Interviewer: [[Sade Olatunji|name]], Return Home Worker, Safer Futures (commissioned service)      Held: Friday [[25 September 2026|date]],
4.15pm, at Kennington Park (his choice - "not at home, not at school")

[[Kervin|name]] was offered the interview on [[18/9|date]] and [[21/9|date]] and said no; he agreed when his mum's friend,
[[Yvette Charlery|name]],
said she would bring him and wait by the cafe. He had a McDonald's and we walked the path round the park twice.

Why he went: he said he "had to". He was "owing" after he was stopped in [[Brixton|place]] by police in August and lost "the ting". He
does not want to say who he owes. He said "[[Tiny|name]] is not even tiny, he's big", and then said he had "said too much". He
said a lot of boys at school are "on it" and that it started with a boy from the [[Ethelred|place]] estate giving him a phone.

Where he stayed: a flat in [[Margate|place]], "an old man's place", "[[Terry|name]]". Slept on the sofa. He was given food "sometimes,
chicken and chips". He sold "all day" near [[Cliftonville|place]]. He was not allowed to use his own phone. He cut his hand on a
"bottle" and would not say more.

How he got back: police, then a social worker drove him back. He thanked "the lady officer" (PC [[Hannah Rudd|name]]).

Home and family: he said he loves his mum and his little sister [[Shanice|name]] ("[[Shan-Shan|name]]") and he "can't bring it to
the house". He talks to his gran in St Lucia on WhatsApp; she is in [[Vieux Fort|place]] and "would kill me" if she knew. He said he
would like to go to St Lucia "for a bit, to breathe". His dad [[Dwayne|name]] lives in [[Thornton Heath|place]] with "his new
family"; he sees him "when he's not busy".

Risks seen: debt bondage; carrying; older males; a car ([[LK17 XWD|vehicle]]); not in school (on a 10-2 timetable since the
[[7th|date]]); cannabis daily. Protective: his mum, his gran, football (Sunday league, "the Oval
lot"), his art teacher Ms [[Dlamini|name]].
Shared with: [[Declan Furey|name]] (SW), the Missing Person Coordinator, and the school's DSL, Mr [[Anwar Siddique|name]].
[[S. Olatunji|name]] - typed [[28/09/26|date]]
"""),
    ("a grandmother's WhatsApp voice notes, transcribed and translated from Kwéyòl", """Voice notes from Mrs [[Cecilia Joseph|name]]
([[+1 758 454 6180|phone]]) to [[Marie-Thérèse Joseph|name]], forwarded by
[[Tess|name]] to her social worker with her consent on [[2 October 2026|date]]. Transcribed and translated by [[Josette Alcindor|name]]
(interpreter, Kwéyòl/English). Kwéyòl as spoken, English in brackets.

Voice note 1 - [[29/09/2026|date]], 06:12 (St Lucia time), 1:48
"[[Tess|name]], sé Manman. Bonjou ich mwen. ([[Tess|name]], it's Mummy. Good morning my child.) Mwen pa dòmi pou twa jou. (I have not slept
for
three days.) [[Kervin|name]] di mwen i bon, mé mwen sav i pa bon. ([[Kervin|name]] tells me he is fine, but I know he is not.) Voyé'y ban
mwen. (Send him to me.) I sa vini [[Vieux Fort|place]], i sa alé lékòl [[Vieux|place]]... (He can come to [[Vieux Fort|place]], he can go
to school in
[[Vieux|place]]...) sorry, lékòl [[Ciceron|place]]... no, [[Vieux Fort Comprehensive|school]]. Tonton [[Fidel|name]] ka fè péché. (Uncle
[[Fidel|name]] goes fishing.) I sa ba'y twavay. (He can give him work.)"

Voice note 2 - [[29/09/2026|date]], 06:16, 0:52
"Wòch mwen, sé Manman ankò. (My rock, it's Mummy again.) Mwen palé épi [[Matthias|name]], pitit Madam [[Alfred|name]]... (I spoke to
[[Matthias|name]], Madam [[Alfred|name]]'s son...) I ka travay ajans vwayaj [[Castries|place]]. (He works at a travel agent in
[[Castries|place]].) Tiket-la sé
pou [[15 novanm|date]]. (The ticket could be for [[15 November|date]].) Adwès mwen, si yo mandé: [[Lot 14, La Tourney Road|address]],
[[Vieux
Fort|place]]."

Voice note 3 - [[30/09/2026|date]], 21:40, 0:31
"[[Shanice|name]], gwanmanman'w ka anbwasé'w. ([[Shanice|name]], your granny is hugging you.) Di [[Dwayne|name]] i pou vini wè pitit li.
(Tell
[[Dwayne|name]] to come and see his child.)"

Interpreter's note: "Manman" (Mummy), "Tonton" (uncle), "Madam" (Mrs) and "gwanmanman" (granny) are kinship words and titles.
"Wòch mwen" (my rock) is an endearment, not a name.
"""),
]

DOCS_B += [
    ("an initial child protection conference report", """EFFRA BOROUGH COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference date: Wednesday [[14 October 2026|date]], 10.00, Civic Centre (hybrid)     Chair: [[Ruth Adebayo-Kerr|name]], IRO
Children: [[JOSEPH, Kervin|name]] (DOB [[3 March 2012|dob]], UPN [[H208630512504|upn]]) and [[ST ROSE, Shanice|name]] (DOB [[27 September
2018|dob]], NHS [[274 298 4283|nhs]], [[Henry Fawcett Primary|school]])
Author: [[Declan Furey|name]], Social Worker, Adolescent Safeguarding Team

1. Family and household
[[Kervin|name]] (14) and [[Shanice|name]] (8) live with their mother, Ms [[Marie-Thérèse Joseph|name]] (DOB [[14/06/1986|dob]],
[[07546 117 802|phone]]), a care assistant working shifts at a nursing home in [[Camberwell|place]]. [[Shanice|name]]'s father, Mr
[[Dwayne St
Rose|name]], lives in [[Thornton Heath|place]] with his partner [[Keisha Morgan|name]] and their baby and has [[Shanice|name]] alternate
weekends. [[Kervin|name]]'s father, Mr [[Augustin Fontenelle|name]], lives in [[Gros Islet|place]], St Lucia, and has no contact; a
number given for him is [[+1 758 719 4462|phone]]. The maternal grandmother, Mrs [[Cecilia Joseph|name]], lives in [[Vieux Fort|place]].
The family came to [[London|place]] in 2010 and live in a two-bedroom council flat on [[Kennington Road|address]].

2. Concerns
Criminal exploitation of [[Kervin|name]] (see NRM referral of [[22/09/2026|date]]; missing [[14|date]]-[[17 September|date]]; found in a
cuckooed flat
in [[Margate|place]]). Since then: a brick through the kitchen window on the night of the [[4th|date]]; two men in a car
([[LK17 XWD|vehicle]])
waiting on [[Black Prince Road|address]] on the [[6th|date]] and [[9th|date]]; [[Shanice|name]] given a phone by "[[Kev|name]]'s friend". A
neighbour, Mr [[Lenny Cheung|name]] at [[no. 11|address]], has seen boys "hanging off the stairs" at night.

3. What the children say
[[Kervin|name]]: "I can handle it. Just keep [[Shan|name]] out of it." [[Shanice|name]] (seen at school with her teacher, Miss
[[Priya Rana|name]]): she is scared "the men" will hurt [[Kev|name]]. She drew her family with Nanny "on the beach in [[Vieux Fort|place]]".

4. Parent's view
Ms [[Joseph|name]] wants to send [[Kervin|name]] to her mother for a year. She has asked for a move out of [[Kennington|place]]. She said
"I am working nights to pay for a flat they can find."

5. Recommendation: child protection plans for both children under the category of neglect ([[Kervin|name]], for the risk outside the
home, under the extra-familial harm pathway); an urgent safety plan; a housing management move; a contextual safeguarding
assessment of [[Black Prince Road|address]] and the Oval; a family group conference to look at the plan for St Lucia...

[[D. Furey|name]], [[7 October 2026|date]]
"""),
]


# --- C. Agbeko / Adjovi family (Togolese, Ewe and French speakers), the Alton Estate, Roehampton ---------------------------

HOME_C = d.Address("47 Danebury Avenue", "Roehampton", "London", "SW15 4DQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Elom", "Agbeko")], dt.date(2014, 7, 8), addresses=[HOME_C], ids=["6180175365", "U212810416171"],
       schools=["Ark Putney Academy"]),
    _p("s", "sibling", [("Dela", "Agbeko")], dt.date(2020, 2, 14), addresses=[HOME_C], ids=["1663209553"],
       schools=["Roehampton Church School"]),
    _p("s2", "sibling", [("Sena", "Agbeko")], dt.date(2026, 5, 30), addresses=[HOME_C], ids=["8841880368"]),
    _p("y", "other child", [("Yao Mawuli", "Adjovi")], dt.date(2010, 3, 21), addresses=[HOME_C]),
    _p("f", "father", [("Komlan", "Agbeko")], dt.date(1980, 11, 2), addresses=[HOME_C], phones=["07723 480 291"]),
    _p("m", "mother", [("Afi", "Agbeko"), ("Afi", "Mensah")], dt.date(1988, 4, 17), addresses=[HOME_C], phones=["07961 205 748"]),
    _p("p1", "professional", [("Harriet", "Quayle")], phones=["020 8871 6622"], emails=["harriet.quayle@wandlevale.gov.uk"]),
], "c")

DOCS_C = [
    ("a secondary school's safeguarding log, exported", """SAFEGUARDING LOG EXPORT - [[Ark Putney Academy|school]] - student:
[[AGBEKO Elom|name]] (Y8, 8RL) - exported [[02/11/2026|date]] by DSL
----------------------------------------------------------------------------------------------------------------------------------
[[23/10/2026|date]] 08:52 | Category: Physical injury | Logged by: [[L. Ferreira|name]] (form tutor)
[[Elom|name]] arrived late, walking stiffly, would not sit down in registration. When asked, said he "fell on the stairs at the
block". Another student ([[Tobi Ashworth|name]], 8RL) said to me "his dad belted him, he told me on the bus". Passed to DSL.
----------------------------------------------------------------------------------------------------------------------------------
[[23/10/2026|date]] 09:30 | Category: Disclosure | Logged by: [[Graham Nuttall|name]] (DSL)
Spoke with [[Elom|name]] in the pastoral room with Ms [[Ferreira|name]]. He said his father, Mr [[Komlan Agbeko|name]], hit him with a belt
"four or five times" last night because he was "rude to Auntie" and came home at 9pm from [[Putney|place]]. He showed me the backs
of his thighs: three raised red-purple lines about 10 cm long, one with broken skin. He said "in Togo everybody gets it, it's
normal", and "please don't tell Papa I said". He said his cousin [[Yao|name]] gets it "worse, because he's not Papa's son".
Body map completed. Rang Wandle Vale MASH 09:58, spoke to [[Nadia Kassam|name]]; referral form sent 10:20.
----------------------------------------------------------------------------------------------------------------------------------
[[23/10/2026|date]] 13:15 | Category: Contact with parent | Logged by: [[Graham Nuttall|name]]
Call from Mrs [[Afi Agbeko|name]] ([[07961 205 748|phone]]) asking why social services had rung her at work (she cleans at the
university in [[Roehampton|place]]). Upset. Said "we are not bad people, we are Christians". She asked that [[Elom|name]] go to his
auntie's, Mrs [[Akouvi Dossou|name]] in [[Tooting|place]], tonight. Passed to MASH.
----------------------------------------------------------------------------------------------------------------------------------
[[26/10/2026|date]] 08:40 | Category: Attendance / welfare | Logged by: [[L. Ferreira|name]]
[[Elom|name]] in from auntie's, quiet. He asked if [[Yao|name]] could come to our school ("he is 16 but he can't go to college, no
papers"). [[Yao Adjovi|name]] is not on roll anywhere we can find. Half term was [[26|date]]-[[30 Oct|date]]? - no, half term next week.
Note:
our half term is [[2|date]]-[[6 November|date]].
----------------------------------------------------------------------------------------------------------------------------------
[[30/10/2026|date]] 15:05 | Category: Strategy / s47 | Logged by: [[Graham Nuttall|name]]
Social worker [[Harriet Quayle|name]] ([[harriet.quayle@wandlevale.gov.uk|email]]) saw [[Elom|name]] in school. Medical at St George's
on [[24/10|date]] confirmed injuries consistent with a belt. Police (DC [[Amira Haddad|name]]) to interview father voluntarily.
"""),
]

DOCS_C += [
    ("a single assessment under s.47, summary and analysis", """WANDLE VALE COUNCIL - SINGLE ASSESSMENT (s.47 enquiry) - SUMMARY AND
ANALYSIS
Subject: [[Elom Agbeko|name]], DOB [[08/07/2014|dob]], NHS [[618 017 5365|nhs]], UPN [[U212810416171|upn]]
Household: [[47 Danebury Avenue|address]], [[Roehampton|place]], [[SW15 4DQ|postcode]] ([[Alton Estate|place]], 3-bed maisonette)
Also in the household: [[Dela Agbeko|name]] (DOB [[14/02/2020|dob]], reception, [[Roehampton Church School|school]]); [[Sena Agbeko|name]]
(DOB [[30 May 2026|dob]]); cousin [[Yao Mawuli ADJOVI|name]] (DOB given as [[21/03/2010|dob]]), privately fostered since
August 2025 - correction: arrived [[12 August 2025|date]], so a private fostering assessment is overdue.
Assessed by: [[Harriet Quayle|name]], Social Worker. Interpreter (Ewe): [[Kafui Amegah|name]], (Ewe Link Interpreting).

Enquiry: on [[23 October 2026|date]] [[Elom|name]] disclosed that his father hit him with a belt. Injuries were seen by the school and
at a child protection medical (Dr [[Niamh Carolan|name]], [[24/10/2026|date]]). Mr [[Komlan Agbeko|name]] (DOB [[02/11/1980|dob]]) was
interviewed by police on [[28 October|date]] and admitted "disciplining" [[Elom|name]]; he was given a conditional caution.

The family: Mr and Mrs [[Agbeko|name]] are from [[Lomé|place]] and speak Ewe, French and English; Mr [[Agbeko|name]] came in 2009 and
works as a security officer at a shopping centre in [[Wimbledon|place]]; Mrs [[Agbeko|name]] (née [[Mensah|name]]) joined him in 2013.
They worship at a francophone church in [[Clapham|place]], led by Pasteur [[Edem Kpodar|name]]. Mrs [[Agbeko|name]]'s sister, Mrs
[[Akouvi Dossou|name]] ([[Tooting|place]], [[07418 630 952|phone]]), had [[Elom|name]] for a week. [[Yao|name]] is the son of Mrs
[[Agbeko|name]]'s brother, Mr [[Kodjo Adjovi|name]] of [[Bè-Kpota|place]], [[Lomé|place]] ([[+228 90 41 27 63|phone]]), who sent him "to
study"; he came on a visitor visa through [[Paris|place]] with an aunt, Mme [[Enyonam Adjovi|name]], who lives in [[Vénissieux|place]],
near [[Lyon|place]] ([[+33 4 78 62 19 37|phone]]).

Analysis: [[Elom|name]] and [[Yao|name]] describe physical chastisement as routine; [[Dela|name]] (6) said "Papa has a belt for the big
boys". [[Yao|name]] is not in education, does the school runs and nights with [[Sena|name]], and told me he "works Saturdays" at a
car wash on [[Roehampton Lane|address]] for a man called [[Bright|name]]. He has no immigration status of his own. The parents love the
children, were shocked that the law here forbids what they knew as discipline, and have engaged with the interpreter.

Recommendation: a child protection plan for [[Elom|name]] and [[Dela|name]] (physical abuse) and [[Sena|name]]; a private fostering
assessment and a referral to the Home Office and to an immigration solicitor for [[Yao|name]]; a parenting course in French (Pasteur
[[Kpodar|name]] has offered to help); [[Yao|name]] to be referred to the NRM if the car wash work is confirmed.
[[H. Quayle|name]] [[13.11.2026|date]]
"""),
    ("a father's email in French, with the council's translation", """From: [[komlan agbeko|name]] <[[komlan.agbeko80@yahoo.fr|email]]>
Sent: Sunday, [[November 15, 2026|date]] 11:47 PM
To: [[Harriet Quayle|name]]
Subject: Mon fils [[Elom|name]] / my son [[elom|name]]

Madame [[Quayle|name]],

Je vous écris en français car mon anglais écrit n'est pas bon. Je veux dire que je regrette. J'ai frappé mon fils [[Elom|name]] avec
la ceinture le [[22 octobre|date]] et j'avais tort. Au pays, mon père faisait la même chose, à [[Tsévié|place]], et je pensais que c'était
l'éducation. Le pasteur [[Kpodar|name]] m'a expliqué la loi ici.

Pour [[Yao|name]] : il est le fils de mon beau-frère [[Kodjo|name]]. Nous l'avons accueilli parce qu'à [[Lomé|place]] il n'y avait pas
d'avenir. Je ne savais pas qu'il fallait vous le dire. Il peut rester chez nous, ou chez sa tante à [[Vénissieux|place]] (Mme [[Enyonam
Adjovi|name]], [[12 rue Paul Bert|address]], [[69200|postcode]]). Nous ne voulons pas qu'il soit renvoyé au Togo.

Ma femme [[Afi|name]] ne dort plus. [[Dela|name]] pleure le soir. S'il vous plaît, laissez [[Elom|name]] rentrer à la maison avant
Noël.

Respectueusement,
[[Komlan AGBEKO|name]]
[[47 Danebury Ave|address]], [[London|place]] [[SW15|postcode]]   Tél. [[07723 480 291|phone]]

--- Translation for the file ([[16/11/2026|date]], [[R. Okonjo-Bakare|name]], duty translator) ---
I write in French because my written English is not good. I want to say that I am sorry. I hit my son [[Elom|name]] with the belt on
[[22 October|date]] and I was wrong. Back home my father did the same, in [[Tsévié|place]], and I thought it was upbringing. Pastor
[[Kpodar|name]] explained the law here to me. As for [[Yao|name]]: he is the son of my brother-in-law [[Kodjo|name]]. We took him in because
in [[Lomé|place]] there was no future. I did not know I had to tell you. He can stay with us, or with his aunt in [[Vénissieux|place]]
(Mrs [[Enyonam Adjovi|name]], address as above). We do not want him sent back to Togo. My wife [[Afi|name]] no longer sleeps.
[[Dela|name]] cries in the evening. Please let [[Elom|name]] come home before Christmas. Respectfully, [[Komlan AGBEKO|name]].
"""),
]

DOCS_C += [
    ("a social worker's notes typed fast on a phone during an interpreted home visit", """HV notes (phone) - [[Agbeko|name]] -
[[20/11|date]] - pasted in later, not tidied
- arr 4.10pm, [[danebury ave|address]]. interp [[Kafui|name]] (Ewe) already there. Dad KA at work til 6. Mum + [[Sena|name]] +
[[Dela|name]] + [[Yao|name]]
- [[afi|name]] v tired. says [[komlan|name]] has stopped belt, "he put it in the bin in front of the boys". [[dela|name]] confirms ("Papa
threw it")
- [[yao|name]] quiet. 16 in march. wants college - [[south thames|school]]? asked about papers, told him we will get a solicitor. he asked
if he
  will be sent to [[lome|place]] - said we don't decide that, we will help. he cried.
- [[yao|name]] says car wash man "[[Bright|name]]" pays £20 a day sat+sun, 8-6. (NRM? discuss w [[Marcia|name]])
- Mum's sister [[Akouvi|name]] came in 4.45 w food. lives [[Tooting|place]], [[Mitcham Rd|address]], offered to take [[yao|name]]. she has
3 kids 2 bed - no
- [[Elom|name]] home from [[akouvi|name]]'s since Mon [[16|date]]. Seen alone in his room (interp out). no new marks (saw arms, he showed
  legs himself). says "it's better, Papa talks now". wants to go to his friend [[Tobi|name]]'s for his bday on the [[28th|date]]
- baby [[Sena|name]] 5m: clean, feeding, cot in parents room. red book seen: NHS [[884 188 0368|nhs]]
- Pasteur [[Edem|name]] rang mum during visit - she put him on speaker - he said parenting class at church in French starts [[3 Dec|date]]
  (Église Évangélique, [[Lavender Hill|address]])
- aunt in france ([[Enyonam|name]]) on whatsapp video, shown me [[+33 6 12 48 73 05|phone]], says [[yao|name]] can come to her "after
Christmas, in
  [[vénissieux|place]]". Says his mum is dead, dad [[Kodjo|name]] "drinks". Check!!
- left 5.40. next: CP conf [[1/12|date]], PF assessment, solicitor (Ms [[Baptiste|name]] at [[Duncan Lewis|name]]?), school for [[Yao|name]]
"""),
]


# --- D. Gebremedhin / Tesfamariam family (Eritrean, Tigrinya speakers), Angell Town, Brixton -----------------------------

HOME_D = d.Address("Flat 22, Fenwick House, Marcus Garvey Way", "Brixton", "London", "SW9 7QE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Yonas", "Tesfamariam")], dt.date(2010, 5, 19), addresses=[HOME_D], ids=["2001762143", "R208195024619"],
       schools=["Evelyn Grace Academy"]),
    _p("s", "sibling", [("Rahel", "Tesfamariam")], dt.date(2017, 8, 5), addresses=[HOME_D], ids=["3778662120"],
       schools=["Sudbourne Primary School"]),
    _p("m", "mother", [("Selam", "Gebremedhin")], dt.date(1985, 12, 1), addresses=[HOME_D], phones=["07852 774 013"]),
    _p("p1", "professional", [("Tunde", "Oyelaran")], phones=["020 7926 4400"], emails=["tunde.oyelaran@effra.gov.uk"]),
], "c")

DOCS_D = [
    ("an emergency department's safeguarding referral for a stabbed boy", """King's College Hospital NHS Foundation Trust - Emergency
Department
SAFEGUARDING CHILDREN REFERRAL TO CHILDREN'S SOCIAL CARE (under-18 penetrating injury)
Date of attendance: [[05/11/2026|date]] 22:31 (Bonfire Night)      Referrer: Dr [[Oluwaseun Adekunle|name]], ST5 Emergency Medicine
Bleep 4417, ED safeguarding: [[020 3299 7614|phone]]     Youth worker in ED: [[Rory Macfarlane|name]] (Redthread)

Patient: [[TESFAMARIAM, Yonas|name]]     DOB: [[19/05/2010|dob]]     NHS: [[200 176 2143|nhs]]     Hosp no: K4417802
Address: [[Flat 22, Fenwick House, Marcus Garvey Way|address]], [[London|place]], [[SW9 7QE|postcode]]
School: [[Evelyn Grace Academy|school]]     GP: Minet Green Health Practice
Next of kin: mother, [[Selam GEBREMEDHIN|name]], [[07852 774 013|phone]] (speaks Tigrinya; some English)

Presenting complaint: single stab wound, left posterior thigh, about 2 cm, no arterial injury; brought in by LAS with a friend,
"[[Nahom|name]]" (17, did not give surname, left before police arrived). Police (Met, Central South BCU) attended: PC
[[Gareth Lyle|name]] 2210. Patient says he was "jumped" by "two boys on bikes" on [[Coldharbour Lane|address]] near the Ritzy at about
21:40; that he does not know them; that he "doesn't need police". He had a lock knife in his jacket (handed to police).

History from mother (by phone with a Tigrinya interpreter, [[Semhar Tekle|name]], LanguageLine): he has been "different" since his
father, [[Tesfamariam Habte|name]], died in [[Kassala|place]], Sudan, in March 2025. She works cleaning at night. His sister
[[Rahel|name]] (9) was home alone when she was called; the neighbour, Mrs [[Winsome Blake|name]] ([[Flat 23|address]]), went in to sit with
her.

Concerns: knife carrying; previous attendance ([[12/06/2026|date]]) with a hand injury "from a fence"; a child left alone at night;
bereavement; possible peer-on-peer exploitation. Discussed with the named nurse, [[Claire Oduya|name]].
Admitted to the paediatric surgical ward for observation; discharge expected [[07/11/2026|date]].
"""),
]

DOCS_D += [
    ("Instagram direct messages from a police download, typed up", """MPS Digital Media Investigation - extract (Instagram, direct
messages) - device: iPhone 11 belonging to [[Yonas TESFAMARIAM|name]]
Thread: "yonii.sw9" <-> "nahom_2x" (display name: [[Nahom|name]])   Period: [[01/11/2026|date]] - [[05/11/2026|date]]   Exhibit SK/3
Disclosed to children's social care under the information sharing agreement, [[18/11/2026|date]]. Times are UTC. Typed as sent.

[[01/11/2026|date]] 19:02 nahom_2x: u seen what them [[loughborough|place]] lot put on snap about u
[[01/11/2026|date]] 19:03 yonii.sw9: nah wat
[[01/11/2026|date]] 19:03 nahom_2x: sayin ur dad got merked in sudan n u cried in [[sudbourne|school]] lol. its [[dee|name]] and
[[lil remz|name]]
[[01/11/2026|date]] 19:05 yonii.sw9: my dad died of malaria u know that. who is [[dee|name]]
[[01/11/2026|date]] 19:05 nahom_2x: [[darnell|name]] from [[tulse hill|place]]. [[remi|name]] is his cousin the one from the chicken shop
on [[acre lane|address]]
[[02/11/2026|date]] 23:48 yonii.sw9: [[rahel|name]] found my ting in my bag. she told mum
[[02/11/2026|date]] 23:49 nahom_2x: bro dont bring it round ur sis
[[02/11/2026|date]] 23:51 yonii.sw9: i told mum its for uncle [[dawit|name]] fishing lol she dont know
[[03/11/2026|date]] 16:20 nahom_2x: [[yoni|name]] come to mine [[37 stockwell pk cres|address]] after school my mums at work
[[04/11/2026|date]] 22:02 yonii.sw9: [[salem|name]] said they wanna link on bonfire night at the ritzy
[[04/11/2026|date]] 22:03 nahom_2x: who is [[salem|name]]
[[04/11/2026|date]] 22:03 yonii.sw9: the girl from [[brixton hill|place]]. [[selam|name]] not my mum lol different spelling
[[05/11/2026|date]] 21:36 nahom_2x: where r u
[[05/11/2026|date]] 21:37 yonii.sw9: [[coldharbour|address]]. they here
[[05/11/2026|date]] 21:37 nahom_2x: DONT. im coming

Examiner's note: no phone numbers or locations were shared in this thread. "ting" and "merked" are slang (knife; killed).
"""),
]

DOCS_D += [
    ("a chronology of significant events", """EFFRA BOROUGH COUNCIL - CHRONOLOGY OF SIGNIFICANT EVENTS
Child: [[Yonas Tesfamariam|name]] ([[19.05.2010|dob]]); sibling [[Rahel Tesfamariam|name]] ([[05.08.2017|dob]],
[[Sudbourne Primary School|school]])
Compiled by [[Tunde Oyelaran|name]], Social Worker ([[tunde.oyelaran@effra.gov.uk|email]]), for the child in need review of
[[2 December 2026|date]]

Date           | Event                                                                 | Source
[[14 Feb 2016|date]]    | Mother and father arrive in the UK from [[Khartoum|place]]; asylum granted later that year.       | Mother
[[5 Aug 2017|date]]     | [[Rahel|name]] born at King's College Hospital.                                      | Health
Sep 2019       | Family move from a hostel in [[Streatham|place]] to [[Fenwick House|address]].                | Housing
[[3 Mar 2025|date]]     | Father, Mr [[Tesfamariam Habte|name]], dies in [[Kassala|place]] while visiting his mother.         | Mother
Jun 2025       | [[Yonas|name]]'s attendance falls (88% to 71%); first fixed-term exclusion (vaping).            | School
[[12 Jun 2026|date]]    | Hand injury, ED ("a fence").                                                          | Health
[[19 Sep 2026|date]]    | [[Yonas|name]] stopped and searched on [[Brixton Road|address]]; nothing found.                    | Police
[[2 Nov 2026|date]]     | [[Rahel|name]] finds a knife in [[Yonas|name]]'s bag and tells her mother.                      | Mother
[[5 Nov 2026|date]]     | [[Yonas|name]] stabbed in the left thigh on [[Coldharbour Lane|address]]; [[Rahel|name]] home alone at night.  |
ED referral
[[6 Nov 2026|date]]     | Strategy discussion; s.47 not needed, child in need (extra-familial harm).          | CSC
[[10 Nov 2026|date]]    | Home visit with interpreter; uncle, Mr [[Dawit Habte|name]], on video from [[Asmara|place]]
                         ([[+291 7 123 456|phone]]). Mother's friend Mrs [[Tsega Woldu|name]] of [[Herne Hill|place]] to mind
                         [[Rahel|name]] on night shifts.                                                | CSC
[[17 Nov 2026|date]]    | [[Yonas|name]] meets Redthread youth worker [[Rory|name]] at the [[Brixton|place]] hub; referral to a bereavement
                         service (Grief Encounter).                                                         | Redthread
[[18 Nov 2026|date]]    | Instagram messages disclosed by police (a friend, "[[Nahom|name]]"; names "[[Darnell|name]]" and
"[[Remi|name]]").   | Police
[[23 Nov 2026|date]]    | Mother's letter received (see file).                                                 | Mother
"""),
]

DOCS_D += [
    ("a mother's own letter, handwritten in English with names in Ge'ez script, typed by the family's support worker", """[typed exactly
from Ms [[Gebremedhin|name]]'s handwritten letter by [[Helen Berhane|name]], family support worker, Habesha Women's
Centre, [[23/11/2026|date]]. Words in Tigrinya kept as written.]

To Mr [[Tunde|name]] social worker

My name is [[Selam|name]] ([[ሰላም|name]]) mother of [[Yonas|name]] ([[ዮናስ|name]]) and [[Rahel|name]] ([[ራሄል|name]]). I write because in the
meeting I cannot say everything, I cry.

My husband [[Tesfamariam|name]] ([[ተስፋማርያም|name]]) died one year and half ago. [[Yonas|name]] was close with his father. After, he stop to
talk with me. He say "Mama you dont understand [[London|place]]". I work night cleaning in offices at [[Canary Wharf|place]] because day
I take [[Rahel|name]] to school. I know now this is wrong to leave her. Now my friend [[Tsega|name]] ([[ጸጋ|name]]) stay with her in night,
or [[Rahel|name]] go to Mrs [[Winsome|name]] next door. Mrs [[Winsome|name]] is like her grandmother.

I want to move from [[Angell Town|place]]. The boys who hurt [[Yonas|name]] are near. My cousin [[Mehari|name]] live in [[Luton|place]]
([[Marsh
Farm|place]]) and say there is flat near him. Can you help with housing? My husband brother [[Dawit|name]] in [[Asmara|place]] say
send [[Yonas|name]] to him, but I say no, Eritrea is not safe for a boy of 16, they take him for the army.

On Sunday we go to church, Medhane Alem in [[Battersea|place]]. Abba [[Kidane|name]] (ኣባ [[ኪዳነ|name]]) the priest know
[[Yonas|name]] from small. He can talk to him. His number [[07340 188 627|phone]].

Please do not put [[Yonas|name]] in care. I will do everything. I will change my work. I thank God he is alive.

[[Selam Gebremedhin|name]]
[[ሰላም ገብረመድህን|name]]
[[Flat 22, Fenwick House|address]]
"""),
]


# --- E. Banegas / Zelaya family (Honduran, Spanish speakers), Nunhead ---------------------------------------------------------

HOME_E = d.Address("Room 3, 88 Evelina Road", "Nunhead", "London", "SE15 3HL")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ashley Nicole", "Banegas")], dt.date(2011, 1, 30), addresses=[HOME_E], ids=["5636061722", "R210179111940"],
       schools=["Harris Academy Peckham"]),
    _p("s", "sibling", [("Josué", "Zelaya Banegas")], dt.date(2016, 6, 2), addresses=[HOME_E], ids=["8470795554"],
       schools=["Ivydale Primary School"]),
    _p("m", "mother", [("Yesenia", "Banegas Orellana")], dt.date(1990, 3, 12), addresses=[HOME_E], phones=["07983 412 560"]),
    _p("f", "partner", [("Wilmer", "Zelaya")], dt.date(1987, 9, 9), phones=["07507 339 184"]),
    _p("g", "grandparent", [("Marta", "Orellana")], phones=["+504 9874-3120"]),
    _p("p1", "professional", [("Ciara", "Doyle")], phones=["020 7525 3311"], emails=["ciara.doyle@neckinger.gov.uk"]),
], "c")

DOCS_E = [
    ("a girl's WhatsApp chat with her social worker, exported and typed up", """WhatsApp export (work phone, [[Ciara Doyle|name]],
Neckinger Children's Services) - chat with "[[Ashley|name]] 🦋" - copied to file
[[24/11/2026|date]]. Spelling as sent; Spanish translated in [square brackets].

[[16/11/2026|date]], 21:14 - [[Ashley|name]] 🦋: hi miss its [[ashley|name]]. can u not tell my mum what i told the nurse
[[16/11/2026|date]], 21:20 - [[Ciara Doyle|name]]: Hi [[Ashley|name]], thanks for messaging. I can't promise that, but I will always talk
to you first.
Are you safe tonight?
[[16/11/2026|date]], 21:22 - [[Ashley|name]] 🦋: yh. [[josue|name]] is sleeping. mami is at work til 12 and [[wilmer|name]] is out
[[16/11/2026|date]], 21:23 - [[Ashley|name]] 🦋: [[brayan|name]] is not bad he is 20 not old. he works at the car wash in [[peckham|place]]
with his brother
[[16/11/2026|date]], 21:25 - [[Ashley|name]] 🦋: my abuela said in honduras girls have babies at 15 its normal
[[16/11/2026|date]], 21:31 - [[Ciara Doyle|name]]: I hear you. Can I see you at school tomorrow, after period 3?
[[17/11/2026|date]], 07:58 - [[Ashley|name]] 🦋: ok. not in front of miss [[kowalski|name]]
[[19/11/2026|date]], 22:40 - [[Ashley|name]] 🦋: miss [[wilmer|name]] shouted at mami again and threw the rice cooker. [[josu|name]] hid in
the bathroom
[[19/11/2026|date]], 22:41 - [[Ashley|name]] 🦋: we r at Doña [[Fanny|name]]s downstairs
[[19/11/2026|date]], 22:41 - [[Ashley|name]] 🦋: [[room 1|address]]
[[19/11/2026|date]], 22:44 - [[Ciara Doyle|name]]: Is anyone hurt? If he comes back and you are scared, call 999. I'm calling the out of
hours
team now.
[[19/11/2026|date]], 22:52 - [[Ashley|name]] 🦋: mami has a cut on her hand not bad. she says no police pq no tiene papeles [because she has
no
papers]
[[20/11/2026|date]], 08:15 - [[Ashley|name]] 🦋: <Media omitted>
[[20/11/2026|date]], 08:15 - [[Ashley|name]] 🦋: thats my abuelas number if u need it [[+504 9874 3120|phone]] she is in
[[san pedro sula|place]]
she dont speak english
[[22/11/2026|date]], 19:03 - [[Ashley|name]] 🦋: can i bring [[tiffany|name]] to the meeting. she is my best friend from [[harris|school]]
[[22/11/2026|date]], 19:04 - [[Ciara Doyle|name]]: Of course. Wednesday [[25th|date]], 4pm, at the office on [[Tooley Street|address]] 👍
"""),
]

DOCS_E += [
    ("child in need review meeting minutes", """NECKINGER COUNCIL - CHILDREN'S SOCIAL CARE - CHILD IN NEED REVIEW MEETING - MINUTES
Date: Wednesday [[25th November 2026|date]], 16:00-17:20, [[Tooley Street|address]] (room 4.12)
Children: [[BANEGAS, Ashley Nicole|name]] (DOB [[30/01/2011|dob]]); [[ZELAYA BANEGAS, Josué|name]] (DOB [[02/06/2016|dob]])
Chair: [[Ciara Doyle|name]], Social Worker. Minutes: [[Olamide Fashola|name]], Business Support.
Present: Ms [[Yesenia Banegas Orellana|name]] (mother); [[Ashley|name]]; [[Tiffany Mbeki-Rowe|name]] ([[Ashley|name]]'s friend, for support
at
the start only); Spanish interpreter [[Lucía Pardo|name]]; Ms [[Agata Kowalski|name]] (Head of Year 10, [[Harris Academy Peckham|school]]);
[[Sinead Farrelly|name]] (school nurse); Mr [[Julian Ndlovu|name]] (family support, [[Ivydale|school]]); Pastor [[Elvin Reyes|name]] (at
the family's request).
Apologies: GP (Nunhead Surgery), Southwark Women's Aid.

1. Updates
Ms [[Banegas Orellana|name]]: since the incident of the [[19th|date]] Mr [[Wilmer Zelaya|name]] (DOB [[09.09.1987|dob]],
[[07507 339 184|phone]]) has
left the room at [[88 Evelina Road|address]]; he is staying with his cousin in [[Elephant and Castle|place]]. She does not want to
report to police because she has no status; the chair explained that victims can report without fear of immigration enforcement
under the Met's policy and gave the number for Latin American Women's Rights Service.
[[Ashley|name]]: she is 9 weeks pregnant (confirmed by the school nurse and the GP on [[18/11|date]]). The father is [[Brayan Mejía|name]],
20, of [[Old Kent Road|address]]. A strategy discussion on [[20 November|date]] agreed police would investigate ([[Brayan|name]]'s
DOB given as [[4 April 2006|dob]]). [[Ashley|name]] wants to keep the baby and to stay at school.
[[Josué|name]]: [[Josu|name]] is anxious and wetting the bed; he is at [[Ivydale|school]] every day and likes the breakfast club. He told
Mr [[Ndlovu|name]] he "wants [[Wilmer|name]] to come back but not shouting".
School: [[Ashley|name]]'s attendance 93%; GCSE options on track; Ms [[Kowalski|name]] will arrange an ante-natal timetable.
Housing: 4 people in one room in a shared house (3rd floor, shared kitchen with 5 other rooms); landlord Mr [[Dritan Hoxha|name]],
[[07546 117 803|phone]]. Referral to Neckinger housing (see letter).

2. Family's view
Ms [[Banegas Orellana|name]] (through the interpreter): "I came here for them. In [[San Pedro Sula|place]] the maras took my brother.
I cannot go back." Her mother, Doña [[Marta Orellana|name]], is in [[Chamelecón|place]] and her sister in [[Houston|place]], Texas.

3. Plan (agreed): CIN plan continues; sexual health and midwife referral (King's community midwives); IDVA referral;
immigration advice (Praxis); housing referral; next review Wednesday [[20 January 2027|date]].
"""),
]

DOCS_E += [
    ("a pastor's letter of support in Spanish and English, on church paper", """IGLESIA EVANGÉLICA PENTECOSTAL "LUZ DEL MUNDO SUR" -
congregación hispana
[[Unit 6, Ossory Road Trading Estate|address]], [[London|place]] [[SE1 5AN|postcode]]  ·  [[pastor.reyes.luzsur@gmail.com|email]]

[[Peckham|place]], [[26 de noviembre de 2026|date]]

A quien corresponda / To whom it may concern

Re: la familia [[Banegas|name]] - Hna. [[Yesenia Banegas Orellana|name]], [[Ashley|name]] y [[Josué|name]]

Conozco a la Hna. [[Yesenia|name]] desde el [[3 de marzo de 2023|date]], cuando llegó a nuestra iglesia con sus dos hijos, recién
llegados de [[San Pedro Sula|place]]. (I have known Sister [[Yesenia|name]] since [[3 March 2023|date]], when she came to our church with
her two
children, newly arrived from [[San Pedro Sula|place]].)

She is a faithful member who cleans offices at night and comes to worship on Sundays with the children. [[Josué|name]]
sings in the children's choir with our music leader, Hna. [[Dulce Maradiaga|name]]. [[Ashley|name]] helped with the Sunday school until
this summer.

Our church can offer: a room for the family for up to 4 weeks with the [[Cárcamo|name]] family ([[Rigoberto|name]] and
[[Reina Cárcamo|name]]) at [[61 Lyndhurst
Grove|address]], [[SE15 5AW|postcode]]; a woman from the church, Hna. [[Glenda Paz|name]], who will go with Sister
[[Yesenia|name]] to appointments and speaks English; help with food from our pantry on Thursdays.

We also know Mr [[Wilmer Zelaya|name]]. He came to the church for a short time. I have asked him not to come to the services while
the family is afraid. I am willing to speak with the social worker, Ms [[Doyle|name]].

Atentamente / Yours faithfully,

Pastor [[Elvin Reyes Castellanos|name]]
Tel. [[07418 630 953|phone]]  ·  WhatsApp (Honduras) [[+504 3312-7745|phone]]
"""),
]

DOCS_E += [
    ("a social worker's housing referral letter", """Neckinger Council · Children's Social Care · [[Tooley Street|address]]
[[ciara.doyle@neckinger.gov.uk|email]] · [[020 7525 3311|phone]]

To: Housing Solutions - Homelessness Prevention Team (attn. [[Femi Odunsi|name]], Senior Housing Options Officer)
Date: [[27 November 2026|date]]
Our ref: CSC/4471/ZB   Your ref: HS/26/09182

Dear Mr [[Odunsi|name]],

Re: Ms [[Yesenia BANEGAS ORELLANA|name]] (DOB [[12/03/1990|dob]]) and her children [[Ashley Nicole Banegas|name]] (15) and [[Josué Zelaya
Banegas|name]] (10), of [[Room 3, 88 Evelina Road|address]], [[Nunhead|place]], [[SE15 3HL|postcode]]

I am writing to ask for an urgent assessment under Part 7 of the Housing Act 1996 for this family, who are known to children's
social care under a child in need plan.

The family share one room of about 12 square metres on the third floor of a house in multiple occupation with five other households.
[[Ashley|name]] is 15 and pregnant (due in June); [[Josué|name]] is 10. There is one double bed and a mattress. Ms
[[Banegas Orellana|name]]'s
former partner, Mr [[Wilmer Zelaya|name]], assaulted her in the room on [[19 November 2026|date]] in front of the children and has a key.
The landlord, Mr [[Hoxha|name]], has been asked to change the lock but has not. A neighbour in [[room 1|address]], Mrs
[[Fanny Castillo|name]],
has been letting them sleep in her room when they are frightened.

Ms [[Banegas Orellana|name]] has limited leave to remain (Appendix FM, 10-year route) with no recourse to public funds; an
application to lift the condition was made on [[2 October 2026|date]] (Praxis, caseworker [[Ingrid Solano|name]]). I understand this
affects eligibility; if the council cannot accept a duty, I ask that you tell me in writing so that we can consider support under
section 17 of the Children Act 1989. The church has offered a room for four weeks at [[Lyndhurst Grove|address]].

The family would like to stay near [[Nunhead|place]] or [[Peckham|place]] for [[Josué|name]]'s school and [[Ashley|name]]'s GCSEs at
[[Harris Academy Peckham|school]]. Ms [[Banegas Orellana|name]] can be reached on [[07983 412 560|phone]] (Spanish; she will need an
interpreter).

Yours sincerely,
[[Ciara Doyle|name]]
Social Worker, Assessment and Child in Need Team
"""),
]


# --- F. Pennington family (white British), Earlsfield -------------------------------------------------------------------------

HOME_F = d.Address("31 Openview", "Earlsfield", "London", "SW18 3PG")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lily-Mae", "Pennington")], dt.date(2015, 2, 11), addresses=[HOME_F], ids=["3673711393", "X212441719305"],
       schools=["Southfields Academy"]),
    _p("s", "sibling", [("Hope", "Pennington")], dt.date(2019, 6, 6), addresses=[HOME_F], ids=["7226578603"],
       schools=["Beatrix Potter Primary School"]),
    _p("f", "father", [("Stuart", "Pennington")], dt.date(1978, 10, 10), addresses=[HOME_F], phones=["07840 551 296"]),
    _p("m", "mother", [("Donna", "Pennington"), ("Donna", "Keane")], dt.date(1982, 7, 2), phones=["+34 612 48 73 90"]),
    _p("p1", "professional", [("Rhiannon", "Pugh")], phones=["020 8871 6622"], emails=["rhiannon.pugh@wandlevale.gov.uk"]),
], "c")

DOCS_F = [
    ("a school attendance officer's letter to a parent", """[[Southfields Academy|school]] · Attendance and Welfare
[[20 October 2026|date]]

PRIVATE AND CONFIDENTIAL
Mr [[S. Pennington|name]]
[[31 Openview|address]]
[[Earlsfield|place]]
[[London|place]]
[[SW18 3PG|postcode]]

Dear Mr [[Pennington|name]],

Re: [[Lily-Mae Pennington|name]], Year 7 (7H), date of birth [[11 February 2015|dob]], UPN [[X212441719305|upn]]

I am writing because [[Lily-Mae|name]]'s attendance since she joined us in September is 68.2%. She has missed 19 sessions, 14 of them
without a reason given, and she has been late 11 times, most often on Mondays and Fridays. On Friday [[9 October|date]] and
Monday [[12 October|date]] we could not reach you on [[07840 551 296|phone]] or by email.

When I spoke with [[Lily-Mae|name]] on [[15 October|date]] she told me she takes her sister [[Hope|name]] to [[Beatrix Potter|school]]
first and
that "Dad's not well in the mornings". She also said she is "fine" and "doesn't need help". Her tutor, Mr [[Cato|name]], has noticed
that she is often hungry and that her PE kit has not been washed for some weeks. She is a kind, able girl who loves art and
who is liked by her friends, including [[Bella Okoro|name]] and [[Summer Griffiths|name]].

I would like to invite you to an attendance support meeting on Thursday [[29th October|date]] at 9.15am (half term is
[[26|date]]-[[30 October|date]], so this may move to [[5 November|date]]). Please ring me to confirm. If you would like someone with
you, you are very welcome to bring them.

I have also, with [[Lily-Mae|name]]'s agreement, spoken to our Designated Safeguarding Lead, Ms [[Harriet Dunne|name]], and to
[[Hope|name]]'s school, where the family worker is Mrs [[Joy Mensah-Hart|name]].

Yours sincerely,

[[Kerry-Ann Blessing|name]]
Attendance and Welfare Officer
Direct line [[020 8947 3318|phone]]
"""),
    ("a police body-worn video transcript from a welfare check", """METROPOLITAN POLICE SERVICE - BWV TRANSCRIPT (prepared for CSC at
request, [[11/11/2026|date]])
File: BWV_PC6638_[[20261103|date]]_2231.mp4      Officer: PC 6638SW [[Liam Okafor-Bryce|name]]      With: PC 4410SW [[Jess Tranter|name]]
Location: [[31 Openview|address]], [[SW18|postcode]]      Call: "concern for welfare - neighbour reports shouting, children"
Speaker labels added by the transcriber; [inaudible] where unclear.

[00:00] PC [[OKAFOR-BRYCE|name]]: Body-worn on, [[3rd November|date]], 22:31, [[Openview|address]]. Caller is the neighbour at
[[29|address]].
[00:14] NEIGHBOUR ([[Pat Summers|name]]): He's been shouting for an hour. The little one was crying on the step at ten. I've got
her a blanket. [[Lily|name]]'s in there with him.
[00:31] PC [[TRANTER|name]]: What's your name, love? And the little one's?
[00:34] NEIGHBOUR: [[Patricia Summers|name]], [[number 29|address]]. That's [[Hope|name]]. [[Hopey|name]], come here, darling.
[00:52] PC [[OKAFOR-BRYCE|name]]: (knocks) Police! Mr [[Pennington|name]]? [[Stuart|name]]? Can you open the door please?
[01:20] CHILD ([[Lily-Mae|name]]): He's asleep. He's OK. He's just had a bad day. [inaudible] the post came about the money.
[01:41] PC [[OKAFOR-BRYCE|name]]: Can I come in and see him, [[Lily|name]]? You're not in trouble.
[02:03] (Inside. Hallway blocked by bags, boxes and newspapers to shoulder height. Strong smell. Kitchen: no clear surface.)
[02:40] MALE ([[Stuart Pennington|name]]): Who called you? Was it [[Pat|name]]? ... I'm fine. I'm just tired. [[Donna|name]] rang from
Spain,
she wants to take them to [[Marbella|place]], over my dead body...
[03:12] PC [[TRANTER|name]]: Have you taken anything tonight, [[Stuart|name]]?
[03:15] MALE: Two of me sleeping tablets and a couple of cans. I'm not trying to - I'm not going to do anything stupid.
[04:30] CHILD ([[Lily-Mae|name]]): Can [[Hope|name]] sleep at [[Bella|name]]'s? Her mum said it's fine. Her mum's [[Funmi|name]]. They're on
[[Tranmere Road|address]], number [[14|address]].
[05:02] PC [[OKAFOR-BRYCE|name]]: (radio) Can I get an LAS to [[Openview|address]], male, 48, tablets and alcohol, alert and talking.
[09:48] (LAS arrive. Crew [[Dev Sandhu|name]] and [[Maria Costa|name]].)
[12:10] PC [[TRANTER|name]]: (phone, speaker) [[Funmi|name]]? It's PC [[Tranter|name]]. Would you be able to have both girls tonight?
[12:14] FEMALE ([[Funmi Okoro|name]]): Yes, of course. I'm at [[14 Tranmere Road|address]]. My number is [[07717 402 865|phone]].
[14:55] PC [[OKAFOR-BRYCE|name]]: Body-worn off, 22:46. Children to the [[Okoro|name]] address with consent; Merlin to follow.
"""),
]

DOCS_F += [
    ("a girl's diary pages, photographed and read by OCR, given to the social worker with her permission", """[OCR of two photographed
pages from [[Lily-Mae|name]]'s notebook, given to [[Rhiannon Pugh|name]] (SW) on [[17/11/2026|date]] with her
permission. OCR errors left in. Crossings-out shown as ~~ ~~.]

page 1
Tuesday [[3rd Nov|date]]
Dad was bad again tonite. I put [[Hope|name]] in her jamas and she went on the step to wait for [[Pat|name]] next door
bc she was scared of the shouting. The post man brought a letter with RED on it, it was about the council tax. Dad
said "were going to lose the house" and then he cryed. I dont think we can lose it bc it was Nanny [[Jean|name]]s.
The police came. The lady one ([[Jess|name]]) was nice. Me and [[Hope|name]] slept at [[Bella|name]]s. [[Bella|name]]s mum [[Funmi|name]]
made us puff puff for breakfast. [[Bella|name]] said I can tell her anything.

Wensday [[4th|date]]
Didnt go to school. Went to see Dad at St Georges. He said sorry. A man called [[Nathan|name]] talked to me, he said he is a
mental helth nurse.

page 2
~~Mummy~~ Mum rang from [[Marbella|place]]. Her number is [[+34 612 48 73 90|phone]] (I wrote it down bc Dad deleted it). She said
me and [[Hope|name]] can come and live with her and [[Ant|name]] in the summer holidays or for ever. I dont know. I
dont want to leave Dad on his own, he will go funny again. And [[Hope|name]] has her freinds at [[Beatrix Potter|school]] and
Mrs [[Mensah - Hart|name]].

Things I am worried about:
1. Dad
2. The house (the stuff)
3. [[Hope|name]] wetting the bed
4. If I miss more school Miss [[Blessing|name]] will send Dad to court

Things that are good:
- [[Bella|name]] and [[Summer|name]]
- Art with Mr [[Cato|name]]
- [[Raj|name]] at the shop on [[Garratt Lane|address]] lets me have the bread thats out of date for free
- [[Hope|name]]
"""),
    ("a family group conference family plan, typed up by the coordinator", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Family: [[Pennington|name]]      Coordinator: [[Oisín Mulcahy|name]] (independent FGC service)      Referrer: [[Rhiannon Pugh|name]], SW
Meeting: Saturday [[28 November 2026|date]], 11am-3.30pm, Earlsfield Library community room
Children: [[Lily-Mae|name]] (11) and [[Hope|name]] (7)

Who came: [[Stuart Pennington|name]] (Dad); [[Donna Keane|name]] (Mum, by video from [[Marbella|place]], [[+34 612 48 73 90|phone]]); [[Jean
Pennington|name]] (paternal grandmother, from [[Sutton|place]]); [[Carl Pennington|name]] (uncle, [[Morden|place]],
[[07504 992 318|phone]]);
[[Pat Summers|name]] (neighbour, [[no. 29|address]]); [[Funmi Okoro|name]] ([[Bella|name]]'s mum); [[Lily-Mae|name]] for the first hour and
the end, with her advocate, [[Marcus Lindqvist|name]]. [[Hope|name]] did not come; she sent a drawing.

What we are worried about (the family's words)
- Dad's depression and the tablets. Dad's stuff filling the house. Money (council tax, about £2,300 owed).
- [[Lily-Mae|name]] doing too much and missing school. [[Hope|name]] wetting the bed and crying at night.

Our plan
1. Dad will keep going to the [[Wandsworth|place]] recovery college and see his GP at Brocklebank on [[1st December|date]]. [[Carl|name]]
will take him.
2. Clearing the house: [[Carl|name]], Nan and [[Pat|name]]'s son [[Kevin Summers|name]] with his van ([[WN19 KXE|vehicle]]) on [[5|date]]
and
   [[6 December|date]] and [[12|date]]-[[13 December|date]]. Dad says what goes.
3. School runs: Mon and Fri Nan comes up from [[Sutton|place]] on the train; Tue-Thu [[Funmi|name]] takes [[Hope|name]] with
[[Bella|name]]'s little
   brother [[Tobi|name]]. [[Lily-Mae|name]] goes straight to school.
4. Mum will ring the girls every Sunday at 6pm on video. The girls will go to [[Marbella|place]] for a week at Easter
   ([[Calle Ricardo Soriano 12, 3ºB|address]], [[29601|postcode]] [[Marbella|place]]); Mum's partner [[Anthony Reilly|name]] will not be
there.
5. If Dad is not well: [[Lily-Mae|name]] rings Nan ([[020 8644 7129|phone]]) or [[Carl|name]], not the police first, unless it's an
emergency.
6. Review: a family meeting at Nan's on Sunday [[10 January|date]], and a review FGC in March.

Agreed by everyone present. Typed by [[O. Mulcahy|name]], [[30/11/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 78 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:50 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "nurse", "sister", "our", "me", "nan",
           "nanny", "gran", "granny", "mum", "mummy", "mama", "dad", "daddy", "aunty", "auntie", "uncle", "papa", "mami", "manman",
           "tonton", "tantie", "madam", "gwanmanman", "madame", "mme", "pasteur", "pastor", "abba", "ኣባ", "doña", "don", "hna",
           "hermana", "tía", "abuela"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "britain", "uk", "united kingdom", "south london", "kent", "st lucia", "saint lucia", "the caribbean",
               "togo", "france", "sudan", "eritrea", "honduras", "texas", "spain"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the sets
# before it) with this set's titles and kinship words and its countries, counties and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
