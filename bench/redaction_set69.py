"""Set 69: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set66.py, redaction_set67.py and redaction_set68.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking
conventions followed here; the middle of set 21's documents was not read, only its first document, its last document and
its word lists and helpers); the docstrings of bench/redaction_set7.py to redaction_set65.py, printed only as docstrings and
searched for the names of Black Country towns and of communities (to pick homes and communities no earlier set used); the
`_party` and `Records` helpers, the start of `HandSet` and the start of `word_problems` of bench/redaction_handwritten.py.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in
small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector
module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Wolverhampton, Walsall and Dudley, each from a town, district or estate no earlier set used as a family's
home: a white British family in Darlaston with a grandmother in Moxley (Hadley / Parkes; domestic abuse on Halloween night,
a boy of 9 hiding his sister under a bunk bed, a black eye, a partner's van); a Punjabi Ravidassia family in Wednesfield
with a grandmother in Jalandhar (Jassal; a girl of 15's overdose after caste-based bullying at school and on social media, a
father's drinking, the temple's women's committee); a Dominican (Commonwealth of Dominica), Kwéyòl-speaking family in
Willenhall with a grandmother in Portsmouth, Dominica (Laville / Joseph; a boy of 13 missing to Stafford and Stoke in county
lines, debt, an NRM referral); a white British family in Wordsley with a grandmother in Kingswinford (Dudley; a widowed
father's depression, a neglected home, a boy of 11 as young carer); a care leaver of 17 and her baby in Ettingshall
(Rudge / Whitehouse-Grant; domestic abuse by the baby's father, former foster carers in Coseley); and a Tunisian,
Arabic-speaking family in Norton, Stourbridge with family in Sfax, Kairouan and Lyon (Trabelsi / Ben Salah; belt marks on a
girl of 4 seen at nursery, a boy of 10's earlier disclosure). The Ravidassia and Dominican communities are new to these sets
(and the Tunisian). 24 documents: a primary school safeguarding log export, a mother's and grandmother's Facebook Messenger
exchange typed up, an initial child protection conference report with a family-network appendix, a police officer's
pocket notebook page OCR'd with its l-for-1 and O-for-0 errors; a liaison psychiatry assessment after self-harm, Instagram
direct messages typed up by a DSL, a letter from a temple women's committee (with Gurmukhi), team around the family review
minutes; a police missing person report with an enquiry log, a return home interview, a grandmother's WhatsApp voice notes
transcribed and translated from Kwéyòl, a National Referral Mechanism referral; a neighbour's email to the front door, a GP's
letter, a father's own handwritten letter (scanned), a child in need review's chronology with a family network; a leaving
care personal adviser's case notes, a midwife's handheld postnatal notes (scanned), two voicemails transcribed, a child
protection conference outcome letter; a day nursery's body map form (an Arabic signature), strategy discussion minutes, an
email chain with a primary school partly in Arabic with its translation, a child protection medical summary.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (India, Dominica, Tunisia, France); NHS numbers and UPNs (LA numbers 336, 335 and 332
for Wolverhampton, Walsall and Dudley) pass their check digits; the NI number has a valid format. The schools, nurseries
and the block of flats are invented (Rowley View Primary, Little Acorns, Wednesfield Moat Academy, Brook Primary, Little
Owls Day Nursery, Spring Vale House, Lucknow Court) or real (Willenhall E-ACT Academy, Gig Mill Primary, City of
Wolverhampton College) and are marked as schools and addresses; towns, districts, villages, hospitals, hospices, councils,
police forces, temples, mosques, shops, charities, apps and programmes are real or invented and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, DS, Sister, Nan, Granny, Bibi, Bhai, Tonton, Pastor, Sheikh, Mum, me mom) stay outside the name span, whether
before or after the name ("Rajni ji", "Gurmeet ji"); a possessive 's stays outside; every person's name is a name in every
form. "SURNAME, First" and "SURNAME First" are one span ("HADLEY, Tayler-Jay", "BEN SALAH, Nour", "PARKES Lee"); a first name
with an initial ("Lynn W") and an initial with a surname ("A. Begum", "B. Okafor") are one span; usernames and handles
("simmy_j11", "jazzy_jx07", "mehak_k07", "jjlav_13") are not marked, but a display name that is a person's plain name is
("Kelly", "Sandra Hadley"); a name broken by a line break is one span holding the break, and so is an address block, a place
("Brierley\nHill", "Etts-\nhall"); towns, districts, villages and estates are places at home or abroad and in any script
("ستوربريدج", "برمنغهام"), and a local short form of a town ("Darlo", "K'Swinford") is a place; countries, counties and regions
are not ("Dominica", "Tunisia", "Punjab", "the Black Country"); a street without a number, a neighbour's bare house number
("no. 9", "no. 21") and an address abroad ("14 Bay Street", Portsmouth, Dominica) are addresses; a firm named after a person
marks only the name ("[[Singh|name]]'s Chemist", "[[Parkes|name]] Plastering"); a date of birth is dob, any other calendar
date with a day is date (a weekday before it stays outside), months, seasons and years alone are not marked; helplines and
crisis services (Kooth, Papyrus, 101, 999) are not marked; pets (Tank) are not names; OCR'd digits and letters ("l4 Walton
Cres", "O2/O6/1996", "3l/l0/26") are marked as what they stand for.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a council, its
children's services, its MASH, its leaving care service and its family hubs named with the borough or town in capitals
("Walsall Council", "Walsall Children's Services", "Walsall MASH", "Dudley MASH", "Wolverhampton Leaving Care Service",
"Wednesfield Family Hub") are organisations and stay unmarked, as set 21's health centres are, while a branch or place named
in lower-case words ("Willenhall library", "the Low Hill family hub", "the Stourbridge mosque", "Bilston bus station",
"CAMHS (Wolverhampton)") marks the town; hospitals and hospices, even when named after a person or a district (New Cross,
Russells Hall, Mary Stevens Hospice), are organisations; the Merry Hill shopping centre, Douglas-Charles airport and the
temple (Shri Guru Ravidass Bhawan) are landmarks or organisations and stay unmarked; a nickname made of a child's initials
that he goes by ("TJ", "JJ", "tj") is a name, while an initial a writer uses as shorthand ("K" for a partner, "RL4421973", a
GMC number) is not; a surname that is also a town (Dudley) is a name for the people and a place for the town, and Portsmouth
in Dominica is a place; a person misspelt in a record ("JAYDEN") is a name; a school's office email address is an email;
a young offender institution named by its village ("Brinsford") is a prison and stays unmarked; part of a phone number
spoken in words and broken off ("oh seven three oh five...") is not a phone; a month in Kwéyòl ("desanm") is a month alone
and is not marked; the street a family hub stands on, named without a number, is an address, as any street is.

Self-check without the detector: `python -m bench.redaction_set69` (and tests/test_redaction_set69.py) runs set 15's checker
(which runs the checkers of sets 13 to 6) on this set, adds this set's titles and kinship words (before and after a name)
and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,010 gold spans, 581 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hadley / Parkes family (white British), Darlaston, with a grandmother in Moxley ------------------------------------

HOME_A = d.Address("14 Walton Crescent", "", "Darlaston", "WS10 8JR")
NAN_A = d.Address("3 Holyhead Road", "Moxley", "Wednesbury", "WS10 7NH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tayler-Jay", "Hadley")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["769 785 8878", "Y335223243831"],
       schools=["Rowley View Primary School"]),
    _p("s", "sibling", [("Hope", "Parkes")], dt.date(2021, 10, 30), addresses=[HOME_A], ids=["266 164 2323"]),
    _p("m", "mother", [("Kelly-Marie", "Hadley")], dt.date(1996, 6, 2), addresses=[HOME_A], phones=["07824 603 159"]),
    _p("f", "father", [("Lee", "Parkes")], dt.date(1993, 1, 17), phones=["07956 418 227"]),
    _p("g", "grandparent", [("Sandra", "Hadley")], dt.date(1970, 8, 21), addresses=[NAN_A], phones=["01922 615 204"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log export", """[[ROWLEY VIEW PRIMARY SCHOOL|school]] - SAFEGUARDING CONCERNS LOG (export, pupil view)
Pupil: [[HADLEY, Tayler-Jay|name]]   Year 4   DOB [[09/04/2017|dob]]   UPN [[Y335223243831|upn]]
Address: [[14 Walton Crescent|address]], [[Darlaston|place]] [[WS10 8JR|postcode]]   Contacts: Mum [[Kelly-Marie Hadley|name]]
[[07824 603 159|phone]]; Nan [[Sandra Hadley|name]] [[01922 615 204|phone]]

[[02/11/2026|date]] 08:50 - logged by [[Chloe Bayliss|name]] (class teacher)
[[TJ|name]] came in with no coat and the same polo shirt as Friday. Said "Mum was poorly, [[Lee|name]] was shouting." Asked for toast
twice at breakfast club. Passed to DSL.
[[02/11/2026|date]] 11:15 - [[Gareth Pountney|name]] (DSL)
Spoke with [[Tayler-Jay|name]] in the nurture room with Mrs [[Bayliss|name]] present. He said [[Lee|name]] (his sister
[[Hope|name]]'s dad) "kicked the door in" on Saturday night and Mum "went in the bath with her clothes on". He
said he took [[Hope|name]] upstairs and they hid under the bunk. Nan [[Sandra|name]] came "in a taxi from [[Moxley|place]]".
Rang Mum at 11:40 - no answer. Rang Nan, who confirmed she went round at 1am and that [[Lee Parkes|name]] had gone before
she got there. Referral to Walsall MASH made online 12:05.
[[03/11/2026|date]] 09:05 - [[Chloe Bayliss|name]]
Mum brought [[TJ|name]] in. Black eye (left), said it was "the cupboard door". Very quiet. [[Hope|name]] in the buggy, nappy
full, no socks. Mum said she is "moving to me mom's in [[Wednesbury|place]]" for a bit.
[[04/11/2026|date]] 14:30 - [[Gareth Pountney|name]]
Social worker [[Aisha Begum|name]] (Walsall Children's Services) rang back. S47 starting. She will see [[TJ|name]] in
school on Thursday [[5 Nov|date]]. Asked me to keep the PE kit log and the breakfast club list.
[[05/11/2026|date]] 10:00 - [[Gareth Pountney|name]]
Ms [[Begum|name]] saw [[TJ|name]]. Also present: Mrs [[Rhiannon Fellows|name]] (SENCo). [[TJ|name]] drew the flat: "me and [[Hopey|name]] in
the bunk, Mum in the bath, [[Lee|name]] in the kitchen with the dog". Dog is called Tank (Staffy). [[TJ|name]] said his friend
[[Alfie Nock|name]]'s mum "[[Jodie|name]] at [[no. 9|address]]" heard it and "put her telly up loud".
[[09/11/2026|date]] - [[Chloe Bayliss|name]]
[[TJ|name]] told [[Kacper|name]] at lunch his dad is "in [[Bilston|place]] with a new lady". ([[TJ|name]]'s own dad is not on our system.
Mum
told Mrs [[Fellows|name]] his name is "[[Ricky|name]]" and that he has not been in touch since [[TJ|name]] was 2.)
"""),
    ("typed-up Facebook Messenger exchange between mother and grandmother", """[Screenshots given to the social worker by
[[Sandra Hadley|name]] on [[10.11.2026|date]], typed up by [[A. Begum|name]]. Spelling as in the original.]

[[Kelly|name]] 🦋  Sat 01:12
mom can u cum he's kicking off again
[[Kelly|name]] 🦋  Sat 01:13
hes took my fone charger and the kids are upstairs [[tj|name]] has got [[hope|name]]
[[Sandra Hadley|name]]  Sat 01:14
Ringing [[darren|name]] for a taxi now stay in the bathroom lock the door
[[Kelly|name]] 🦋  Sat 01:14
he kicked the door in its off the hinges
[[Sandra Hadley|name]]  Sat 01:20
im in the taxi rung 999 they said 20 mins. Is he still there
[[Kelly|name]] 🦋  Sat 01:31
gone in his van. the white transit [[KX19 HWD|vehicle]] tell the police
[[Sandra Hadley|name]]  Sat 01:32
Im outside
[[Kelly|name]] 🦋  Sun 10:47
dont tell [[gaz|name]] at school mom pls. i dont want the social
[[Sandra Hadley|name]]  Sun 10:50
[[Kelly|name]] the little un saw it all. Hes got a black eye. [[Jodie|name]] next door saw it an all
[[Kelly|name]] 🦋  Sun 10:52
[[jodie|name]] needs to mind her own she was at it wi her [[Craig|name]] last week
[[Sandra Hadley|name]]  Sun 11:02
Come to mine. I've done the back bedroom. [[3 Holyhead Road|address]] is small but its safe and [[Lee|name]] doesnt know where I am now
since I moved from [[Darlo|place]]
[[Kelly|name]] 🦋  Sun 11:05
he does know he dropped [[hope|name]] off there in august
[[Kelly|name]] 🦋  Mon 19:40
[[lee|name]] says hes sorry and hes going on a course at the [[Pleck|place]] centre. hes stopped drinking
[[Sandra Hadley|name]]  Mon 19:44
He said that at [[Hope|name]]s christening an all
[[Kelly|name]] 🦋  Tue 08:15
can u have [[hope|name]] thurs im seeing the social at 10. [[aisha|name]] or summat. shes alright actually
[[Sandra Hadley|name]]  Tue 08:20
Yes bring her at 9. Ask [[Aisha|name]] about the door, [[Gemma|name]] from whg said they will come thurs [[12th|date]]
[[Kelly|name]] 🦋  Tue 08:22
[[tj|name]] wants to go to [[alfie|name]]s after school can he
[[Sandra Hadley|name]]  Tue 08:25
Not if [[Craig|name]] is there. Ask [[Jodie|name]] first. And tell [[Ricky|name]]s mom [[Bev|name]] to stop messaging me she lives in
[[Ettingshall|place]] not on the moon she can come and see him herself
"""),
    ("initial child protection conference report (social worker)", """Walsall Children's Services - Report to Initial Child
Protection Conference
Conference date: [[26 November 2026|date]], 10:00, Civic Centre, [[Walsall|place]] (and Teams)
Children: [[Tayler-Jay HADLEY|name]] (DOB [[9 April 2017|dob]], NHS [[769 785 8878|nhs]]) and [[Hope PARKES|name]] (DOB
[[30 October 2021|dob]],
NHS [[266 164 2323|nhs]])
Address: [[14 Walton Crescent|address]], [[Darlaston|place]], [[WS10 8JR|postcode]]; since [[8 November|date]] staying with maternal
grandmother at [[3 Holyhead Road|address]], [[Moxley|place]], [[WS10 7NH|postcode]]
Social worker: [[Aisha Begum|name]]; Team manager: [[Neil Whitehouse|name]]

1. Reason for conference. On [[31 October 2026|date]] (Halloween night) police were called by the maternal grandmother to a
domestic incident at the family home. Mr [[Lee Parkes|name]] (father of [[Hope|name]], not [[Tayler-Jay|name]]'s father) had
kicked in the bathroom door; Ms [[Kelly-Marie Hadley|name]] had locked herself in. [[Tayler-Jay|name]], 9, took his sister
upstairs. He came to school on [[3 November|date]] with a bruise to the left eye that he first said was a cupboard door and
later said happened when "[[Lee|name]] threw the remote at the telly".
2. History. Three police call-outs since March 2025: [[14/03/2025|date]] (neighbour's call, verbal), [[25/12/2025|date]]
(Christmas Day, [[Lee|name]] arrested, NFA) and [[31/10/2026|date]]. Mr [[Parkes|name]] has a conviction for assault on a
previous partner, [[Shannon Price|name]], in [[Tipton|place]] in 2019.
3. The children. [[Tayler-Jay|name]] ("[[TJ|name]]") is a kind boy who worries about his mum and his sister. He said: "I am the man of
the house when [[Lee|name]] goes." [[Hope|name]] is 5, at [[Little Acorns|school]] nursery in the mornings; she has not been
to her 4-year check and her teeth are decaying. Health visitor [[Joanne Cartwright|name]] saw her on [[17 November|date]].
4. Father of [[Tayler-Jay|name]]. Ms [[Hadley|name]] names him as [[Richard "Ricky" Cole|name]], last known in [[Bilston|place]].
We have not traced him yet.
5. Grandmother. Mrs [[Sandra Hadley|name]], 56, works at the Co-op on [[Pinfold Street|address]]; protective and clear.
6. Recommendation: both children to be subject to child protection plans under the category of emotional harm.
Signed [[A. Begum|name]], [[20/11/2026|date]]

Appendix - family network and who was spoken to
- Maternal grandmother: Mrs [[Sandra Hadley|name]], [[3 Holyhead Road|address]], [[Moxley|place]] ([[01922 615 204|phone]]); seen
[[12/11/2026|date]].
- Maternal great-aunt: [[Maureen Jukes|name]], [[Darlaston|place]] (nearby in [[Wednesbury Road|address]]); phoned [[13/11|date]].
- Maternal uncle: [[Dean Hadley|name]], lives in [[Telford|place]], works at the Amazon depot; not spoken to.
- [[Lee Parkes|name]]: seen at [[Bloxwich|place]] police station [[1 November|date]]; his mother [[Carol Parkes|name]] of
  [[Leamore|place]] ([[07871 224 509|phone]]) says he will stay with her.
- Neighbour Ms [[Jodie Nock|name]] ([[no. 9|address]]) and her partner [[Craig Brookes|name]]; son [[Alfie|name]] in [[TJ|name]]'s class.
- School: Mr [[Gareth Pountney|name]], DSL, and Miss [[Chloe Bayliss|name]], [[Rowley View|school]].
- Health visitor: [[Joanne Cartwright|name]]; GP: Dr [[Imtiaz Rafiq|name]], Darlaston Health Centre on [[Pinfold Street|address]].
- Police: DC [[Sam Hollis|name]], Public Protection Unit; PC [[Jas Mahal|name]].
- Housing: [[Gemma Lowe|name]], whg, re the door repair at [[14 Walton Crescent|address]] ([[WS10 8JR|postcode]]).
"""),
    ("police officer's pocket notebook entry, scanned", """[scan, p. 41 of PNB, WMP - handwriting; OCR, errors kept]

[[3l/l0/26|date]]  0124 hrs  attd [[l4 Walton Cres|address]] [[Darlaston|place]] with PC [[Mahal|name]] 4417
re: DA call from [[Sandra HADLEY|name]] (mother of IP) tel [[01922 615 204|phone]]
IP - [[HADLEY Kelly-Marie|name]] dob [[O2/O6/1996|dob]] mob [[07824 603 159|phone]]
Suspect - [[PARKES Lee|name]] dob [[17/0l/1993|dob]] NFA at scene, left in veh
[[KX19 HWD|vehicle]] (Transit, white, "[[Parkes|name]] Plastering" on side) towards
[[Bentley|place]] / [[Willenhall|place]] rd
Bathroom door off hinges. IP wet, cold, v upset. Children (2) upstairs in bedroom
- [[Tayler-Jay|name]] 9 + [[Hope|name]] 5. Boy holding sister. Bruise L eye
on boy - said "remote". Bodycam on 0126.
Neighbour [[Jodie NOCK|name]] [[no. 9|address]] - heard banging approx 0050
"same as always". Mob [[07393 284 615|phone]].
Susp later arr [[0l/ll/26|date]] at [[Bloxwich|place]] address ([[27 Elmore Green Rd|address]]) by DC [[Hollis|name]].
DASH done: HIGH. PPN x2. Cust ref wk 1l8/2l6
"""),
]


# --- B. Jassal family (Punjabi Ravidassia), Wednesfield, with a grandmother in Jalandhar -----------------------------------

HOME_B = d.Address("27 Kitchen Lane", "Wednesfield", "Wolverhampton", "WV11 3HQ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Simran", "Jassal")], dt.date(2011, 2, 14), addresses=[HOME_B], ids=["438 311 6914", "Z336201219558"],
       schools=["Wednesfield Moat Academy"]),
    _p("s", "sibling", [("Arjun", "Jassal")], dt.date(2014, 9, 3), addresses=[HOME_B], ids=["334 271 5480"]),
    _p("m", "mother", [("Rajni", "Jassal")], dt.date(1988, 5, 11), addresses=[HOME_B], phones=["07711 530 846"]),
    _p("f", "father", [("Sukhwinder", "Jassal")], dt.date(1985, 12, 1), addresses=[HOME_B], phones=["07447 106 932"]),
    _p("g", "grandparent", [("Gurmeet", "Kaur")], dt.date(1958, 3, 20), phones=["+91 98154 27360"]),
], "c")

DOCS_B = [
    ("liaison psychiatry assessment after self-harm, emergency department", """THE ROYAL WOLVERHAMPTON NHS TRUST - NEW CROSS HOSPITAL
CHILDREN'S LIAISON PSYCHIATRY - ASSESSMENT FOLLOWING SELF-HARM
Patient: [[JASSAL, Simran|name]]   DOB: [[14.02.2011|dob]]   NHS no: [[438 311 6914|nhs]]   Age 15
Address: [[27 Kitchen Lane|address]], [[Wednesfield|place]], [[Wolverhampton|place]] [[WV11 3HQ|postcode]]
Seen: Sunday [[22nd November 2026|date]] 16:10, paediatric ED cubicle 4, with mother ([[Rajni Jassal|name]], [[07711 530 846|phone]])
Assessor: Dr [[Priyanka Mahey|name]], ST5; supervised by Dr [[Owen Gittins|name]], consultant

Presentation: brought by ambulance at 02:40 after taking 16 paracetamol and 6 ibuprofen at about midnight. Told her brother
[[Arjun|name]] (12), who woke their mother. Levels below treatment line at 4 hours.
Account (seen alone, then with Mum): [[Simran|name]] said that since September a group of girls in Year 10, led by a girl she
named as [[Jasleen|name]], have called her a caste slur in the changing rooms and put it on a Snapchat story with a photo of
her family at the Guru Ravidass Bhawan. She said her best friend [[Mehak|name]] "went with them". On Friday
night the slur was written on her locker. She did not tell school because "they will say it is just banter".
Home: lives with Mum, Dad ([[Sukhwinder|name]], "[[Sukhi|name]]") and [[Arjun|name]]. Dad drinks at weekends and shouts; Mum says he has
"never touched the children". Paternal grandmother, Bibi [[Gurmeet Kaur|name]], lives in [[Jalandhar|place]] (village near
[[Nakodar|place]]) and phones daily; Mum gave her number as [[+91 98154 27360|phone]].
Risk: moderate. No plan today, future-oriented (wants to be a pharmacist, Saturday job at [[Singh|name]]'s Chemist on
[[High Street|address]]). Safety plan agreed; Kooth and Papyrus given.
Plan: referral to CAMHS ([[Wolverhampton|place]]); safeguarding referral to the MASH about bullying, drinking and a 15-year-old
with an overdose; letter to GP (Dr [[Sandhu|name]], Wednesfield Health Centre). Follow-up call [[24/11/26|date]].
Others present or named: paramedics [[Craig Lavender|name]] and [[Nia Hughes|name]] (crew from [[Willenhall|place]]); ED nurse Sister
[[Tina Riley|name]];
Dad [[Sukhwinder Jassal|name]] arrived 17:30 ([[07447 106 932|phone]]); Mum's friend [[Sunita Mahay|name]] from [[Ashmore Park|place]]
collected
[[Arjun|name]]. [[Simran|name]] named a teacher she trusts, Miss [[Gemma Onions|name]] (form tutor), and a friend outside school,
[[Harleen|name]], from the bhawan, who lives in [[Willenhall|place]]. School: [[Wednesfield Moat Academy|school]], Year 10.
"""),
    ("Instagram direct messages typed up by the school's safeguarding lead", """[Typed up by Mrs [[Karen Lloyd|name]], DSL,
[[Wednesfield Moat Academy|school]], from [[Simran|name]]'s phone, shown
to me with her permission on [[25 Nov 2026|date]]. Usernames kept, slurs replaced with [slur].]

jazzy_jx07: u think ur better than us now
jazzy_jx07: [slur] girl crying in the toilets lol
simmy_j11: pls just leave me alone
mehak_k07: [[jas|name]] stop its not funny anymore
jazzy_jx07: ur on her side then? go sit with the [slur]s at the bhawan
simmy_j11: my dad will go to ur dads shop
jazzy_jx07: tell him. my chacha [[Raju|name]] runs the [[Moat|school]] parents group, nobody will believe u
mehak_k07: [[simran|name]] i'm sorry. i told mrs [[lloyd|name]] it was [[jasleen|name]] on the locker
simmy_j11: thanks [[mehak|name]]
jazzy_jx07: watch tomorrow. me and [[tanvir|name]] waiting at [[Ashmore Park|place]] after school

Notes: "simmy_j11" is [[Simran|name]]; "mehak_k07" is [[Mehak Kaur Bains|name]] (Yr 10); "jazzy_jx07" is [[Jasleen Dhillon|name]] (Yr 10);
"[[tanvir|name]]" is thought to be [[Tanvir Gill|name]], Year 11.
Mrs [[Lloyd|name]]'s note: names lower-case as typed; see log [[25/11|date]].
Follow-up: parents of [[Jasleen|name]] (Mr and Mrs [[Dhillon|name]]) seen [[26/11/2026|date]] by Mr [[Paul Corbett|name]] (Head of Year);
[[Tanvir|name]]'s dad [[Satnam Gill|name]] rang back from [[Coventry|place]]. [[Mehak|name]]'s mum [[Jaspreet|name]] asked that
[[Mehak|name]] is not
named to the others.
"""),
    ("letter from the temple's women's committee to the social worker", """Shri Guru Ravidass Bhawan, [[Wolverhampton|place]]
Women's Committee (Istri Sabha)

[[28th November 2026|date]]

Dear Ms [[Owusu|name]],

ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ / Jai Gurudev. I write at the request of [[Rajni|name]] ji and with her permission. We have known the family since
[[Simran|name]] ([[ਸਿਮਰਨ|name]]) was a baby; she plays tabla in our kirtan class on Sundays with [[Arjun|name]].
[[Rajni|name]] ji has asked us to support her at the meeting on [[2/12|date]]. Our committee member Mrs [[Kamaljit Suman|name]]
([[07594 380 217|phone]]) will come with her and can translate to Punjabi for Bibi [[Gurmeet|name]] ji on the phone from
[[Jalandhar|place]] if you wish.
We want you to know that the bullying [[Simran|name]] has had is about caste. This is not the first time in the schools in
[[Wednesfield|place]] and [[Heath Town|place]]. Our members from [[Blakenhall|place]] and [[Bilston|place]] have had the same.
About [[Sukhi|name]] ji: he has started coming to the langar seva on Saturdays with Bhai [[Ramesh Kler|name]] and has said
in front of the sangat that he will stop drinking. We are not saying there are no worries.
With respect,
[[Balwinder Kaur Chumber|name]] ([[ਬਲਵਿੰਦਰ ਕੌਰ|name]]), Secretary, Istri Sabha
"""),
    ("team around the family review minutes", """TEAM AROUND THE FAMILY (EARLY HELP) - REVIEW MINUTES
Family: [[JASSAL|name]]   Venue: Wednesfield Family Hub ([[Alfred Squire Road|address]]) and Teams   Date: [[2 December 2026|date]]
Present: [[Rajni Jassal|name]] (Mum); [[Sukhwinder Jassal|name]] (Dad); [[Simran|name]] (first 20 min); Mrs [[Kamaljit Suman|name]]
(Istri Sabha, supporting Mum); [[Abena Owusu|name]] (Lead Professional, Early Help); Mrs [[Karen Lloyd|name]] (DSL,
[[Wednesfield Moat|school]]); [[Ffion Rhys|name]] (CAMHS); PC [[Harjit Basra|name]] (Schools Officer)
Apologies: Dr [[Sandhu|name]] (GP)

1. [[Simran|name]]'s views: she is back in school part-time since [[30/11|date]]; sits with [[Mehak|name]] at lunch. "I want
[[Jasleen|name]] to say sorry in front of people." She does not want [[Jasleen|name]]'s parents told about the bhawan.
2. School: Mrs [[Lloyd|name]] said [[Jasleen Dhillon|name]] and [[Tanvir Gill|name]] have had fixed-term suspensions; the
school's anti-bullying policy is to be changed to name caste. PC [[Basra|name]] has spoken to both families.
3. CAMHS: [[Ffion|name]] saw [[Simran|name]] on [[27 November|date]]; low mood, no current self-harm; next [[8 December|date]].
4. Dad: Mr [[Jassal|name]] said he has not had a drink since [[22nd November|date]] and is going to Recovery Near You with his
cousin [[Pinky|name]] on Tuesdays at [[Bilston|place]]. Mum agreed. [[Arjun|name]] said (via [[Abena|name]] before the meeting)
"Dad is nicer now but I still check the bins."
Actions: [[Abena|name]] - contact Dad's GP; Mrs [[Lloyd|name]] - staff training by [[7/1/27|date]]; Mrs [[Suman|name]] - Punjabi
leaflet to Bibi [[Gurmeet|name]] ji. Next review [[13.01.2027|date]].

Distribution: [[Rajni Jassal|name]]; [[Sukhwinder Jassal|name]] ([[07447 106 932|phone]]); Mrs [[Kamaljit Suman|name]]; [[Abena Owusu|name]]
([[abena.owusu@wolverhampton.gov.uk|email]]); Mrs [[Karen Lloyd|name]] ([[k.lloyd@wma.school|email]]); [[Ffion Rhys|name]]; PC
[[Harjit Basra|name]];
Dr [[Sandhu|name]], Wednesfield Health Centre.
Family network noted by [[Abena|name]]: Bibi [[Gurmeet Kaur|name]] ([[ਗੁਰਮੀਤ ਕੌਰ|name]]), village [[Nangal|place]] near [[Nakodar|place]];
Dad's
brother [[Manjit Jassal|name]] in [[Smethwick|place]] ([[0121 568 4420|phone]]); Mum's sister [[Pooja Bangar|name]] in [[Southall|place]];
cousin [[Pinky|name]] ([[Parminder Jassal|name]]) in [[Ettingshall Park|place]]. Next visit [[9 December|date]] and [[16 December|date]].
"""),
]


# --- C. Laville / Joseph family (Dominican, Kwéyòl-speaking), Willenhall, with a grandmother in Portsmouth, Dominica ------

HOME_C = d.Address("Flat 6, Lucknow Court, Walsall Street", "", "Willenhall", "WV13 2EX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Laville")], dt.date(2013, 7, 28), addresses=[HOME_C], ids=["860 411 4645", "F335216914950"],
       schools=["Willenhall E-ACT Academy"]),
    _p("s", "sibling", [("Keisha", "Joseph")], dt.date(2019, 1, 6), addresses=[HOME_C], ids=["277 348 2638"]),
    _p("m", "mother", [("Marcia", "Laville")], dt.date(1990, 11, 15), addresses=[HOME_C], phones=["07532 948 116"]),
    _p("g", "grandparent", [("Ursula", "Laville")], dt.date(1961, 4, 4), phones=["+1 767 275 4418"]),
], "c")

DOCS_C = [
    ("police missing person report (Compact extract)", """WEST MIDLANDS POLICE - MISSING PERSON REPORT - OFFICIAL SENSITIVE
Ref: MPR/2026/W/11873      Risk: HIGH (raised from MEDIUM [[17/10/2026|date]] 23:10)
Name: [[LAVILLE, Jaden Marcus|name]]   Known as: "[[JJ|name]]", "[[Jay-Lav|name]]"   DOB: [[28/07/2013|dob]]   Age 13
Home: [[Flat 6, Lucknow Court, Walsall Street|address]], [[Willenhall|place]], [[WV13 2EX|postcode]]
Reported by: mother, Ms [[Marcia LAVILLE|name]], [[07532 948 116|phone]]
Last seen: Saturday [[17 October|date]] 15:30 outside Lidl, [[Willenhall|place]], with two older boys on e-bikes
Description: black, slim, 5'4", black North Face puffer, grey trackies, Nike TNs, braids
Phone: [[07984 261 730|phone]] (off since 16:02). Snapchat: jjlav_13
Associates: [[Kyrie Walters|name]] (16) of [[Short Heath|place]]; an adult male known only as "[[Bigz|name]]"; [[Tyrese|name]] from
[[Bloxwich|place]] - same as last two episodes ([[12/09|date]], [[26/09|date]]).
Enquiries: [[18/10/2026|date]] 02:15 - cell-site puts the phone in [[Stafford|place]] near the station when it came on for 3 min.
Grandmother in Dominica, Mrs [[Ursula Laville|name]] ([[+1 767 275 4418|phone]]), rang mother to say [[Jaden|name]] had messaged
her on WhatsApp "I'm ok Granny don't tell Mummy". Vehicle of interest: black Audi A3 [[FP21 ZKJ|vehicle]] seen collecting
from [[Lucknow Court|address]] on [[10 Oct|date]].
Found: [[19/10/2026|date]] 11:40 by BTP at [[Stoke|place]] station with £340 cash and a second phone. Returned to mother by PC
[[Hollis|name]] 16:00. Prevention interview requested. NRM referral considered - see DS [[Tranter|name]].

Enquiry log (extract):
[[17/10|date]] 18:40 - Mother rang [[Kyrie Walters|name]]'s mother, [[Donna Walters|name]], [[22 Stroud Avenue|address]],
[[Short Heath|place]] ([[07984 261 730|phone]]
is [[JAYDEN|name]]'s number, not [[Kyrie|name]]'s - corrected below).
[[17/10|date]] 21:05 - PCSO [[Lisa Rock|name]] checked [[Rough Hay|place]] and [[New Invention|place]] - nothing.
[[17/10|date]] 22:50 - [[Tyrese|name]] ([[Tyrese Mills-Campbell|name]], 15) found at home in [[Blakenall Heath|place]]; says "[[JJ|name]]
went
with [[Kyrie|name]] on the train from [[Bloxwich North|place]]".
[[18/10|date]] 09:30 - [[Keisha|name]]'s school ([[St Giles|school]]) told; [[Keisha|name]] to be picked up by family friend
[[Sherene Alleyne|name]].
[[18/10|date]] 13:00 - Mother's friend [[Cynthia Prosper|name]] of [[Caldmore|place]] drove her to [[Stafford|place]] to look.
"""),
    ("return home interview record", """RETURN HOME INTERVIEW - Walsall Children's Services (Missing and Exploitation Hub)
Young person: [[Jaden Laville|name]] ([[28.07.2013|dob]])   Interview: [[21 October 2026|date]], 16:15, at [[Willenhall|place]] library
Interviewer: [[Becky Onions|name]] (RHI worker)   Also present: nobody - [[Jaden|name]] asked for Mum to wait outside

Why did you go? "Man, it's not deep. [[Kyrie|name]] said come to [[Stafford|place]] for a bit, make some P." Would not say who
"[[Bigz|name]]" is; laughed and said "you'll never find him, he's got like five names". Said he stayed at "a girl called
[[Destiny|name]]'s yard" in [[Stafford|place]] - 2 nights, a flat over a vape shop near the bus station, her mum was "never there".
What happened while missing? Sold "bits" for [[Bigz|name]]. Was told he owed £200 because a phone went missing. Said a boy
called [[Reece|name]] "got stabbed in his leg in [[Hanley|place]] last month, that was a warning for everyone".
Home: "Mum's alright, she's just stressed. [[Keisha|name]] cries when I go." Misses his grandmother: "Granny [[Ursula|name]]
in [[Portsmouth|place]] - not the English one, the one in Dominica." Wants to go there for Christmas.
School: excluded for 5 days from [[Willenhall E-ACT|school]] on [[5/10|date]]; before that at
[[Lane Head|place]] (primary: [[St Giles|school]], with [[Keisha|name]] there now). Teacher he likes: Mr [[Dawkins|name]]
("[[Dawks|name]]").
People he trusts: Mum; Granny [[Ursula|name]]; his youth worker [[Kwame Asante|name]] at the [[Willenhall|place]] boxing club; his
friend [[Ellis Roper|name]] ([[New Invention|place]]). People he won't talk about: "[[Bigz|name]]", "[[Kyrie|name]]", "the boy from
[[Hednesford|place]]".
Likes football at [[Rough Hay|place]] rec.
Worries for [[Jaden|name]]: debt bondage; county lines ([[Stafford|place]] / [[Stoke|place]] line); older males; a second phone.
Shared with: DS [[Rob Tranter|name]] (exploitation team); social worker [[Tendai Moyo|name]]; school DSL [[Imran Akhtar|name]].
Worker's note ([[22/10/2026|date]]): [[Jaden|name]] rang me from [[07984 261 730|phone]] at 21:10 to say [[Kyrie|name]] was outside
[[Lucknow Court|address]] in the black Audi with a man he called "[[Bigz|name]]". I rang 999 and Mum. PC [[Dhesi|name]] attended;
car gone towards [[Portobello|place]]. [[Marcia|name]] said her neighbour at [[Flat 4|address]], Mrs [[Adeyemi|name]], saw the car
on Sunday [[18th|date]] too and took a photo: [[FP21 ZKJ|vehicle]].
"""),
    ("grandmother's WhatsApp voice notes, transcribed and translated from Kwéyòl", """[Voice notes sent by Mrs [[Ursula Laville|name]] from
Dominica to [[Marcia|name]]'s phone, [[20-21 October 2026|date]]. Transcribed and translated by [[Josette Baptiste|name]]
(Kwéyòl interpreter). Kwéyòl in italics in the original; English after the slash.]

1 ([[20/10|date]], 19:02, 2:14) - "[[Marcia|name]], sa ou fè? Mwen pa dòmi. [[Jaden|name]] voyé mwen on mésaj..." / [[Marcia|name]],
how are you? I did not sleep. [[Jaden|name]] sent me a message. He say he is ok. I tell him, come home to your mother. Your
uncle [[Gerald|name]] in [[Portsmouth|place]] say send him here, he can go to school by [[Picard|place]] and do the fishing
with Tonton [[Fabien|name]]...

[Interpreter's note: "Tonton" is uncle. The speaker names [[Fabien Laville|name]].]

2 ([[20/10|date]], 19:06, 0:48) - "...and [[Keisha|name]]? Tell [[Kiki|name]] Granny love her. You still by Mr [[Joseph|name]] mother?"
[Note: "Mr [[Joseph|name]]" is [[Keisha|name]]'s father, [[Dwayne Joseph|name]], who lives in [[Bloxwich|place]].]

3 ([[21/10|date]], 07:30, 1:52) - "Mwen ka pwé pou li..." / I am praying for him. Pastor [[Aurelien|name]] from the church in
[[Roseau|place]] say all the church praying. Call me on [[+1 767 275 4418|phone]], not the other one, that one is
finish. If they send him, I will meet him at Douglas-Charles airport myself. Don't let the Social take him, [[Marcia|name]].

4 ([[21/10|date]], 07:41, 0:39) - "...é di [[Jaden|name]] kouzen-li [[Shaquille|name]] ka vini [[Wolverhampton|place]] an desanm..." / and
tell [[Jaden|name]] his cousin [[Shaquille|name]] is coming to [[Wolverhampton|place]] in December, he will stay by Auntie
[[Bernice|name]] in
[[Whitmore Reans|place]].
[Interpreter's note: "desanm" is December; no day is given.]
"""),
    ("National Referral Mechanism referral (first responder form, extract)", """NRM REFERRAL - FIRST RESPONDER (child) - extract
Potential victim: [[Jaden LAVILLE|name]], male, DOB [[28 July 2013|dob]], British/Dominican, English and Kwéyòl; UPN [[F335216914950|upn]]
Address: [[Flat 6, Lucknow Court|address]], [[Walsall Street|address]], [[Willenhall|place]] [[WV13 2EX|postcode]]
First responder: [[Tendai Moyo|name]], social worker, Walsall Council, [[tendai.moyo@walsall.gov.uk|email]],
[[01922 553 841|phone]]
Type of exploitation: criminal (county lines), possibly also financial (debt).
Account: [[Jaden|name]] was missing [[17 October|date]] to [[19 October 2026|date]] and found at [[Stoke-on-Trent|place]] station with
cash and a
second phone. He has been in [[Stafford|place]] twice before ([[12-13 September|date]]; [[26-27 September|date]]). He told the
RHI worker he sold drugs for an adult known as "[[Bigz|name]]" and was told he owed money. An older boy, [[Kyrie Walters|name]],
took him there. He stayed at an address in [[Stafford|place]] with a girl he calls [[Destiny|name]] (age unknown).
Indicators: going missing; unexplained cash; second phone; debt; violence seen ([[Reece|name]], [[Hanley|place]]); older
associates; an adult's car ([[FP21 ZKJ|vehicle]]) at the home.
Mother's view: Ms [[Laville|name]] wants [[Jaden|name]] safe and does not want him "treated like a criminal". She is thinking of
sending him to her mother in Dominica.
Consent: not needed (child). Date completed: [[23/10/2026|date]]
Other people named: [[Kyrie Walters|name]] (DOB [[03/02/2010|dob]]), [[22 Stroud Avenue|address]], [[Short Heath|place]],
[[WV12 4PL|postcode]];
"[[Bigz|name]]" - possibly [[Bradley Ogunleye|name]], of [[Hednesford|place]], vehicle [[FP21 ZKJ|vehicle]]; [[Destiny|name]] - possibly
[[Destiny Hurst|name]], 14,
of [[Highfields|place]], [[Stafford|place]]; [[Tyrese Mills-Campbell|name]]; [[Reece|name]] (surname not known).
Mother's contacts: [[07532 948 116|phone]]; grandmother Mrs [[Ursula Laville|name]], [[14 Bay Street|address]], [[Portsmouth|place]],
Dominica,
[[+1 767 275 4418|phone]]. Interpreter: [[Josette Baptiste|name]]. [[Jaden|name]]'s school DSL: [[Imran Akhtar|name]],
[[Willenhall E-ACT|school]].
"""),
]


# --- D. Dudley family (white British), Wordsley, with a grandmother in Kingswinford ----------------------------------------

HOME_D = d.Address("8 Brook Street", "Wordsley", "Stourbridge", "DY8 5YN")
NAN_D = d.Address("51 Cot Lane", "", "Kingswinford", "DY6 9QS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Summer", "Dudley")], dt.date(2020, 6, 21), addresses=[HOME_D], ids=["467 649 1859"],
       schools=["Brook Primary School"]),
    _p("s", "sibling", [("Mason", "Dudley")], dt.date(2015, 3, 2), addresses=[HOME_D], ids=["896 017 6214", "N332227154886"],
       schools=["Brook Primary School"]),
    _p("f", "father", [("Craig", "Dudley")], dt.date(1984, 10, 9), addresses=[HOME_D], phones=["07415 829 364"]),
    _p("g", "grandparent", [("Pauline", "Dudley")], dt.date(1956, 2, 12), addresses=[NAN_D], phones=["01384 392 771"]),
], "c")

DOCS_D = [
    ("neighbour's email to the front door service", """From: [[Wendy Guest|name]] <[[wendyguest58@btinternet.com|email]]>
Sent: Mon [[9 Nov 2026|date]] 22:41
To: Dudley MASH
Subject: worried about the kids at [[number 8|address]]

Hello, I don't know if this is the right place. I live at [[no. 10|address]] [[Brook Street|address]] in [[Wordsley|place]], next door to
[[Craig|name]] and his two, [[Mason|name]] and [[Summer|name]]. Since his wife [[Gemma|name]] passed in the spring (cancer, she was
only 38) he has gone right downhill. The curtains are shut all day. There are bin bags up to the kitchen window at the back
and a smell of cat wee you can smell in our garden. The little girl was out in the front at 8 o'clock last night in her
nightie and bare feet, asking me if I had any bread. I gave her toast and took her back and [[Craig|name]] was asleep on the
settee with the telly on.
[[Mason|name]] (11) is the one doing everything. I see him walking [[Summer|name]] to school on his own down [[Brierley Hill Road|address]].
My husband [[Trevor|name]] says mind our own business but I can't. I used to work with [[Craig|name]]'s mum [[Pauline|name]] at
the glass works in [[Amblecote|place]] - she lives in [[Kingswinford|place]] now and I don't think she knows how bad it is.
I don't want him to know it was me. My number is [[07720 914 583|phone]].
[[Wendy|name]]
P.S. the other neighbour, Mr [[Hingley|name]] at [[no. 6|address]], says the boy has been
going to the Spar on [[Kinver Street|address]] with a fiver at 10 at night. The lady in there, [[Balbir|name]], knows him. Also
[[Craig|name]]'s
sister [[Donna|name]] lives in [[Pensnett|place]] but they fell out at the funeral on [[24th April|date]].
"""),
    ("GP letter in reply to a request for information", """Kingswinford Medical Practice, [[Standhills Road|address]],
[[Kingswinford|place]]
Dr [[A. Hingley|name]] / Dr [[N. Parmar|name]]

To: [[Leanne Cox|name]], Social Worker, Children's Services, DMBC
Date: [[17th November 2026|date]]
Re: [[Craig DUDLEY|name]], DOB [[09/10/1984|dob]]; children [[Mason DUDLEY|name]] ([[02/03/2015|dob]], NHS [[896 017 6214|nhs]]) and
[[Summer DUDLEY|name]] ([[21/06/2020|dob]], NHS [[467 649 1859|nhs]]), all of [[8 Brook Street|address]], [[Wordsley|place]],
[[DY8 5YN|postcode]]

Dear Ms [[Cox|name]],
Thank you for your request of [[12 November|date]] with Mr [[Dudley|name]]'s consent.
Mr [[Dudley|name]]: bereaved ([[Gemma Dudley|name]], died [[3 April 2026|date]] at Mary Stevens Hospice). Seen on [[28/05/2026|date]]
with low mood; started sertraline 50 mg; did not attend reviews on [[25 June|date]] and [[13 August|date]]. Last issue of
sertraline July. Drinks "a few cans" most nights by his own account. No history of violence.
[[Summer|name]]: missed her pre-school booster; two A&E visits (Russells Hall) - [[6 September|date]], a burn to the palm from a
hair straightener, and [[20 October|date]], a head louse infection with impetigo. Weight 9th centile, was 50th.
[[Mason|name]]: seen [[1 October|date]] with headaches; he came alone with his grandmother, Mrs [[Pauline Dudley|name]]
([[01384 392 771|phone]]).
Yours sincerely,
Dr [[Anna Hingley|name]]
"""),
    ("father's own handwritten letter to the social worker (scanned)", """[scanned letter, blue biro, lined paper; a note at the top in
another hand: "handed in at the council's [[Stourbridge|place]] office [[24/11|date]]"]

To [[Leanne|name]]

I am sorry about how I was when you come round on Thursday. I was embarrassed about the house. [[Gemma|name]] did
everything and I just stopped. I know [[Summer|name]] shouldnt be going out for bread and I know our [[Mase|name]] is doing
too much. He is 11 not 40.
I have been up the doctors (Dr [[Hingley|name]]) and I am back on the tablets and I have rang the bereavement people
at Mary Stevens. Me mom has said she will have [[Summer|name]] on Mondays and Wednesdays at hers in [[K'Swinford|place]]
and my mate [[Wayne Dudley|name]] (no relation, its just a common name round here, he is from [[Dudley|place]]
and all!) is coming on Saturday with his van to take the bags to the tip.
Please dont take the kids. [[Mason|name]] said if they take [[Summer|name]] he will run off to Nan [[Pauline|name]]s.
My number is [[07415 829 364|phone]] if you need me, it is on now I have put credit on.
[[Craig|name]]
"""),
    ("child in need review, chronology section", """CHILD IN NEED PLAN - REVIEW (DMBC Children's Services) - CHRONOLOGY (key events)
Children: [[Mason Dudley|name]] (11, UPN [[N332227154886|upn]]), [[Summer Dudley|name]] (6)   Address: [[8 Brook Street|address]],
[[Wordsley|place]]
[[03/04/2026|date]]  Mother [[Gemma Dudley|name]] dies at Mary Stevens Hospice, [[Stourbridge|place]].
[[28/05/2026|date]]  Father sees GP for low mood.
[[06/09/2026|date]]  [[Summer|name]] to ED at Russells Hall - burn from hair straighteners.
[[20/10/2026|date]]  [[Summer|name]] to ED - impetigo / head lice.
[[09/11/2026|date]]  Neighbour ([[Wendy Guest|name]]) emails MASH.
[[10/11/2026|date]]  [[Brook Primary|school]] DSL (Mr [[Sunil Chauhan|name]]) confirms [[Mason|name]]'s attendance 81%, [[Summer|name]]'s
74%.
[[19/11/2026|date]]  Home visit by [[Leanne Cox|name]] - home conditions poor (Graham scale level 4), cats x 4, no food.
[[24/11/2026|date]]  Letter from Mr [[Dudley|name]] handed in.
[[28/11/2026|date]]  Skip and clear-out with [[Wayne Dudley|name]] and [[Pauline Dudley|name]]; house visited again [[30/11|date]] - much
improved.
[[01/12/2026|date]]  Young carers assessment for [[Mason|name]] (the young carers service, worker [[Josh Bissell|name]]).
[[07/12/2026|date]]  This review, at [[Brook Primary|school]].

Family network (from the genogram done with [[Mason|name]] on [[1/12|date]]):
- Nan: Mrs [[Pauline Dudley|name]], [[51 Cot Lane|address]], [[Kingswinford|place]] [[DY6 9QS|postcode]] ([[01384 392 771|phone]]).
- Mum's parents: [[Terry Beddows|name]] and [[Jean Beddows|name]], [[Lye|place]]; [[Jean|name]] has dementia; [[Terry|name]]
([[01384 814 262|phone]]).
- Mum's sister: [[Kerry Beddows|name]], [[Brierley Hill|place]], on [[Mill Street|address]]; offered Saturdays.
- Dad's friend [[Wayne Dudley|name]], [[Netherton|place]]; Mr [[Sunil Chauhan|name]] (DSL) and [[Summer|name]]'s teacher Miss
[[Holly Tansley|name]].
- [[Mason|name]]'s best friend [[Riley Cartwright|name]] and his mum [[Nikki|name]], [[Wordsley|place]], who gives [[Mason|name]] tea on
Fridays.
- [[Summer|name]]'s friend from [[Brook Primary|school]], [[Poppy Skidmore|name]], and her dad [[Darren Skidmore|name]], who live on
[[Barnett Lane|address]]; [[Darren|name]] has offered school runs on Tuesdays.
Next review: [[8 March 2027|date]]. Social worker: [[Leanne Cox|name]] ([[leanne.cox@dudley.gov.uk|email]]).
"""),
]


# --- E. Rudge family (white British and Jamaican heritage), a care leaver and her baby, Ettingshall -----------------------

HOME_E = d.Address("Flat 12, Spring Vale House, Millfields Road", "Ettingshall", "Wolverhampton", "WV4 6JP")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Nevaeh", "Rudge")], dt.date(2026, 9, 19), addresses=[HOME_E], ids=["573 066 3943"]),
    _p("m", "mother", [("Paige", "Rudge")], dt.date(2008, 12, 24), addresses=[HOME_E], phones=["07863 251 497"],
       ids=["720 418 8071", "ZN 48 21 73 C"]),
    _p("f", "father", [("Kai", "Whitehouse-Grant")], dt.date(2006, 5, 5), phones=["07305 662 918"]),
], "c")

DOCS_E = [
    ("leaving care personal adviser's case notes", """Wolverhampton Leaving Care Service - Personal Adviser case notes (Pathway Plan)
Young person: [[Paige RUDGE|name]]   DOB [[24/12/2008|dob]]   NI [[ZN 48 21 73 C|ni]]   PA: [[Sophie Grainger|name]]
Address: [[Flat 12, Spring Vale House|address]], [[Millfields Road|address]], [[Ettingshall|place]], [[WV4 6JP|postcode]]

[[03.09.2026|date]] - Text from [[Paige|name]]: contractions? Rang her; Braxton Hicks. Her friend [[Shanice|name]] with her.
[[19.09.2026|date]] - [[Paige|name]] had baby girl at New Cross, 04:12, 3.1 kg. Name: [[Nevaeh|name]] ("heaven backwards", [[Paige|name]]
says).
Dad [[Kai|name]] at the birth. Midwife [[Bernadette Okafor|name]] raised worries: [[Kai|name]] shouting on the ward.
[[22.09.2026|date]] - Home visit. Flat cold, meter on emergency credit. Gave £30 voucher. [[Kai|name]]'s trainers at the door;
[[Paige|name]] said he "doesn't live here". His mum [[Lorna Grant|name]] lives at [[Spring Vale|address]] [[block B, flat 3|address]].
[[01.10.2026|date]] - [[Paige|name]] rang at 23:50 crying, [[Kai|name]] had "took the pram to his mate [[Dillon|name]]'s in
[[Bradley|place]]".
[[02.10.2026|date]] - Pram back. Bruise on [[Paige|name]]'s upper arm. She said door. Shared with [[Nevaeh|name]]'s SW
[[Marcus Boateng|name]] and with Health Visitor [[Lisa Tromans|name]].
[[14/10/26|date]] - [[Paige|name]] went to her old foster carers in [[Coseley|place]], Mr and Mrs [[Whitmore|name]] ([[Dave|name]] and
[[Lynn|name]]), for Sunday dinner. They have offered for her and baby to stay over weekends.
[[02/11/26|date]] - [[Kai Whitehouse-Grant|name]] arrested for assault on [[Paige|name]] (at [[Bilston|place]] bus station). Bail
conditions:
not to go to [[Millfields Road|address]]. [[Paige|name]] upset - "you lot made this happen".
[[16/11/26|date]] - Pathway Plan review with [[Paige|name]], [[Lynn Whitmore|name]], [[Marcus Boateng|name]] and IRO
[[Deborah Fellows|name]].
[[Paige|name]]'s contacts updated: [[07863 251 497|phone]]; [[paigerudge08@icloud.com|email]]. Her friend [[Shanice Bailey|name]]
([[Penn|place]])
and [[Shanice|name]]'s mum [[Marlene|name]]; her birth mum [[Tracy Rudge|name]] (no contact, last heard of in [[Rhyl|place]]); her old
foster sister [[Kayleigh|name]]. College: [[City of Wolverhampton College|school]], hair and beauty, tutor [[Jo Perks|name]].
"""),
    ("midwife's handheld pregnancy notes, postnatal pages (scanned)", """[Scan of the handheld notes, postnatal visits page; some
words unclear; typed by admin [[K. Bagley|name]]]

Name: [[Paige Rudge|name]]  Hosp no: RL4421973  NHS: [[720 418 8071|nhs]]
Baby: [[Nevaeh Rudge|name]]  born [[19/9/26|dob]]  NHS: [[573 066 3943|nhs]]
Address: [[12 Spring Vale Ho|address]], [[Millfields Rd|address]], [[Etts-
hall|place]]  GP: Ettingshall Medical Centre

Day 1 [[20/9|date]]  BF attempted, latch poor. Mum tired. FOB present, loud on phone, left 14:00. - [[B. Okafor|name]] RM
Day 3 [[22/9|date]]  Home. BF + top-up formula. Cord clean. Wt 2.96 (-4.5%). Mum tearful ++. Mentions
"K" - does not like her going out. ?coercive. Safe enquiry - mum said "fine". - [[B. Okafor|name]]
Day 5 [[24/9|date]]  Heel prick done. Nan? (mum says "no family"). Foster carer [[Lynn W|name]] visiting.
Ph [[07863 251 497|phone]] (mum) / [[07305 662 918|phone]] (FOB - [[Kai|name]])
Day 7 [[26/9|date]]  Seen with foster carer [[Lynn Whitmore|name]] and friend [[Shanice|name]]. [[Kai|name]] on speaker,
asked "where's [[Nev|name]]". Mum quiet after. - [[Jade Pinches|name]] MSW
Day 10 [[29/9|date]]  Wt 3.08. Discharged to HV [[L. Tromans|name]]. Referral to Children's Services
re DA ([[Paige|name]] disclosed he pushed her into the wardrobe on [[27/9|date]]). - [[Jade Pinches|name]] MSW
"""),
    ("voicemail left for the social worker, transcribed", """[Voicemail, Tue [[3 Nov 2026|date]] 08:12, for [[Marcus Boateng|name]],
transcribed
by duty admin [[Gurpreet Sidhu|name]]]

"Hiya, it's [[Lorna|name]], [[Lorna Grant|name]], [[Kai|name]]'s mum, from [[Spring Vale|address]], I'm in the other block,
B. I got your number off [[Paige|name]]. Look, I know what they're saying about my son and I'm not making excuses, he's
been like his dad, [[Clive|name]], since he come out of Brinsford. But [[Paige|name]] is on her own with that baby
and she's seventeen and she ain't got no mum. I can help. I'm at the Sainsbury's in [[Bilston|place]] till two, I finish
at two. My number is oh seven three oh five... no, that's [[Kai|name]]'s. Mine is [[07468 335 071|phone]]. I don't want the
baby took off her. Oh, and [[Kai|name]]'s cousin [[Tanisha|name]] has been sending her messages on TikTok, nasty ones, you
might want to know. Okay. Bye. Bye."

[Second voicemail, [[3 Nov 2026|date]] 08:19] "It's [[Lorna|name]] again. Sorry. I forgot to say, [[Paige|name]]'s friend [[Shanice|name]]
- [[Shanice Bailey|name]] -
told me [[Kai|name]]'s been staying at his mate [[Dillon Hayward|name]]'s on [[Bradley Lane|address]], by the canal in [[Bradley|place]],
even though
he ain't meant to. And his probation woman is [[Mandy|name]], [[Mandy Hickman|name]], in [[Wolverhampton|place]]. And our [[Clive|name]] -
[[Clive Grant|name]] -
he's at [[47 Thompson Avenue|address]], [[Parkfields|place]], [[WV2 3NP|postcode]], if you need to tell him to stay out of it. That's all.
Bye."
"""),
    ("pre-birth and post-birth child protection conference outcome letter", """Wolverhampton Safeguarding - Child Protection Conference -
Outcome letter

Ms [[Paige Rudge|name]]
[[Flat 12
Spring Vale House
Millfields Road|address]]
[[Wolverhampton|place]] [[WV4 6JP|postcode]]

[[10 November 2026|date]]

Dear [[Paige|name]],
Conference about [[Nevaeh Rudge|name]] (born [[19 September 2026|dob]])
Thank you for coming to the conference on [[6 November|date]] with your foster carer [[Lynn Whitmore|name]] and your Personal
Adviser, [[Sophie Grainger|name]]. The conference decided that [[Nevaeh|name]] should have a child protection plan under the
category of emotional harm, because of the domestic abuse from [[Kai Whitehouse-Grant|name]].
What the plan asks: that [[Kai|name]] does not come to the flat while the bail conditions last; that you and [[Nevaeh|name]]
stay at [[Lynn|name]] and [[Dave Whitmore|name]]'s in [[Coseley|place]] at weekends; that you go to the Freedom Programme at
the [[Low Hill|place]] family hub with [[Chantelle|name]] from The Haven; that your social worker [[Marcus Boateng|name]]
([[marcus.boateng@wolverhampton.gov.uk|email]]) visits every 10 days.
The review conference will be on Friday [[29 January 2027|date]] at 10:00 at the Civic Centre.
Copies to: [[Paige Rudge|name]]; [[Kai Whitehouse-Grant|name]] (at his solicitor's, [[Amrik Sahota|name]] of [[Sahota|name]] &
[[Brennan|name]]);
[[Lynn Whitmore|name]] and [[Dave Whitmore|name]]; [[Sophie Grainger|name]]; [[Lisa Tromans|name]] (HV); [[Bernadette Okafor|name]]
(midwife);
DC [[Ravi Sangha|name]] (PPU); [[Chantelle Morris|name]] (The Haven); the GP at Ettingshall Medical Centre.
Yours,
[[Hannah Eccleston|name]], Independent Conference Chair
"""),
]


# --- F. Trabelsi / Ben Salah family (Tunisian, Arabic-speaking), Norton, Stourbridge, with family in Sfax -------------------

HOME_F = d.Address("19 Sandy Road", "Norton", "Stourbridge", "DY8 3AJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Nour", "Ben Salah")], dt.date(2022, 5, 8), addresses=[HOME_F], ids=["793 985 1160"],
       schools=["Little Owls Day Nursery"]),
    _p("s", "sibling", [("Yassine", "Ben Salah")], dt.date(2016, 2, 27), addresses=[HOME_F], ids=["281 172 8791", "G332277348263"],
       schools=["Gig Mill Primary School"]),
    _p("m", "mother", [("Amel", "Trabelsi")], dt.date(1992, 8, 13), addresses=[HOME_F], phones=["07902 147 586"]),
    _p("f", "father", [("Karim", "Ben Salah")], dt.date(1987, 3, 30), addresses=[HOME_F], phones=["07851 773 024"]),
    _p("g", "grandparent", [("Habiba", "Trabelsi")], dt.date(1964, 1, 1), phones=["+216 98 472 315"]),
], "c")

DOCS_F = [
    ("day nursery body map and existing injury form", """[[LITTLE OWLS DAY NURSERY|school]] ([[Stourbridge|place]]) - EXISTING INJURY /
BODY MAP FORM
Child: [[Nour BEN SALAH|name]]   DOB: [[08-05-2022|dob]]   Room: Hedgehogs   Key person: [[Megan Hackett|name]]
Date/time noticed: Mon [[16/11/2026|date]] 08:20 at drop-off (nappy change 09:05)
Brought by: father ([[Karim|name]])   Collected by: mother ([[Amel|name]]) 17:45
Body map: three linear red marks, each about 6 cm, back of both thighs, parallel, with a gap; yellowish bruise left upper
arm (older).
Explanation given (father, at drop-off, before staff asked): "She fell on the stairs, on the edge." (in English)
What child said (not asked leading questions): [[Nour|name]] pointed to her legs and said "Baba... ceinture" and then "[[Yassou|name]]
naughty". (ceinture = belt, French; [[Yassou|name]] = her brother [[Yassine|name]].) Interpreter not present.
Action: DSL [[Harriet Poole|name]] informed 09:10; MASH referral 09:40 (ref not given); photos not taken (policy).
Signed: [[M. Hackett|name]]   Countersigned: [[H. Poole|name]]   Parent signature: [[أمل|name]] ([[Amel Trabelsi|name]], 17:50,
"I did not see this in the morning")
People allowed to collect [[Nour|name]] (from the registration form, [[02/09/2025|date]]):
1. [[Amel Trabelsi|name]] (mother) [[07902 147 586|phone]]  2. [[Karim Ben Salah|name]] (father) [[07851 773 024|phone]]
3. [[Salwa Trabelsi|name]] (great-aunt) - password "jasmine"  4. [[Lina Haddad|name]] (family friend, [[Pedmore|place]])
[[07738 615 042|phone]]
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION (S47) - MINUTES - [[17 November 2026|date]], 10:30 (Teams)
Children: [[Nour Ben Salah|name]] (4), [[Yassine Ben Salah|name]] (10, UPN [[G332277348263|upn]]), [[19 Sandy Road|address]],
[[Norton|place]], [[Stourbridge|place]]
[[DY8 3AJ|postcode]]
Chair: [[Steve Bache|name]] (Team Manager). Attendees: [[Olivia Brettell|name]] (SW); DS [[Claire Jukes|name]] (PPU); Dr [[Zainab
Hussain|name]] (community paediatrician); [[Harriet Poole|name]] (Little Owls DSL); Mr [[Tom Wyatt|name]] (DSL, [[Gig Mill|school]]);
[[Fatma Ghanmi|name]] (Arabic interpreter, for the later home visit)

Information shared:
- Nursery: marks on the back of [[Nour|name]]'s thighs seen [[16/11|date]]; "Baba... ceinture". Father's account: stairs.
- School: [[Yassine|name]] told his teacher Mrs [[Daly|name]] in October that "Baba hits with the belt when we are bad,
the Tunisian way". Logged, not referred. School apologised. Attendance 96%.
- Police: no previous. Mr [[Ben Salah|name]] works as a chef at a restaurant on [[Lower High Street|address]] and drives a grey
Skoda Octavia [[BV18 XRT|vehicle]]; a neighbour, Mr [[Jim Sidaway|name]] at [[no. 21|address]], called 101 in the summer about
"a child screaming".
- Health: the mother ([[Amel Trabelsi|name]]) came from [[Sfax|place]] in 2019 on a spouse visa; her mother, Mrs [[Habiba Trabelsi|name]],
lives in [[Sakiet Ezzit|place]], [[Sfax|place]] ([[+216 98 472 315|phone]]); a sister, [[Rim|name]], is in [[Lyon|place]].
Decision: S47 enquiry, joint. Child protection medical for [[Nour|name]] today at 14:00 (Dr [[Hussain|name]]). [[Yassine|name]] to be
seen at school by [[Olivia|name]] with DS [[Jukes|name]].
Family network (from the nursery's and school's records and the mother):
- Maternal aunt [[Salwa Trabelsi|name]] ([[سلوى|name]]), [[Wollaston|place]], lives on [[Bridgnorth Road|address]].
- Father's friend [[Mounir Chaouch|name]], [[Sparkhill|place]], [[Birmingham|place]]; father's brother [[Hichem Ben Salah|name]],
[[Marseille|place]].
- Paternal grandfather [[Mohamed Ben Salah|name]], [[Kairouan|place]] ([[+216 71 845 203|phone]]).
- The family's imam, Sheikh [[Anis|name]] of the [[Stourbridge|place]] mosque; neighbour Mr [[Jim Sidaway|name]] and his wife [[Val|name]].
Next meeting: [[1 December 2026|date]] 14:00.
"""),
    ("email chain with the primary school, partly in Arabic", """From: [[Amel Trabelsi|name]] <[[amel.trabelsi92@hotmail.com|email]]>
To: Office, [[Gig Mill Primary|school]] <[[office@gigmill.dudley.sch.uk|email]]>
Date: Thu, [[19 Nov 2026|date]] 07:03
Subject: [[Yassine|name]] absent today

Good morning. [[Yassine|name]] will not come today, he is sick with the stomach. Sorry for my English.
[[Amel|name]] (mum of [[Yassine Ben Salah|name]], 5B)

From: [[Tom Wyatt|name]] <[[t.wyatt@gigmill.dudley.sch.uk|email]]>
Date: [[19/11/2026|date]] 08:40
Dear Mrs [[Trabelsi|name]], thank you. I hope [[Yassine|name]] feels better. I am sorry to ask, but can you tell me who is with him
today? [[Olivia|name]] asked us to check. You can write in Arabic and I will get it translated. Mr [[Wyatt|name]]

From: [[Amel Trabelsi|name]]
Date: [[19/11/2026|date]] 09:55
صباح الخير أستاذ. [[ياسين|name]] مع خالتي [[سلوى|name]] في البيت، أنا في العمل في [[ستوربريدج|place]]. [[كريم|name]] ليس في البيت، هو عند
صديقه
[[منير|name]] في [[برمنغهام|place]].
[Translated by [[Fatma Ghanmi|name]], [[20/11|date]]: "Good morning teacher. [[Yassine|name]] is with my aunt [[Salwa|name]] at home, I am
at work in
[[Stourbridge|place]]. [[Karim|name]] is not at home, he is at his friend [[Mounir|name]]'s in [[Birmingham|place]]." Note: "خالتي" = my
(maternal) aunt.]

From: [[Tom Wyatt|name]]
Date: [[19/11/2026|date]] 10:02
Thank you Mrs [[Trabelsi|name]]. Our family support worker, [[Ruth Mole|name]], can ring you in Arabic with [[Fatma|name]] at 3pm.
"""),
    ("child protection medical report (community paediatrician), summary", """The Dudley Group NHS FT - Community Paediatrics, [[Brierley
Hill|place]] clinic - CHILD PROTECTION MEDICAL - SUMMARY
Child: [[BEN SALAH, Nour|name]]   DOB [[8 May 2022|dob]]   NHS [[793 985 1160|nhs]]
Examined: [[17.11.2026|date]] 14:05-15:10   By: Dr [[Zainab Hussain|name]], consultant community paediatrician
Present: mother ([[Amel Trabelsi|name]]), [[Olivia Brettell|name]] (SW), [[Fatma Ghanmi|name]] (interpreter, Tunisian Arabic)
Findings: (1) three parallel linear bruises 5.5-6.5 cm, back of both thighs, with central sparing ("tramline") - consistent
with being struck with a belt or a strap; not consistent with a fall on stairs; (2) a fading bruise 2 cm left upper arm,
likely fingertip grip, 7-10 days; (3) no other injuries; growth normal (weight 25th centile).
History from mother: [[Nour|name]] was with her father on Sunday [[15 November|date]] while she worked at the Merry Hill
shopping centre. She says her husband "was raised like this" by his father in [[Kairouan|place]] and that she has told him
it is against the law here. Her sister [[Rim Trabelsi|name]] ([[+33 6 12 84 57 90|phone]]) has told her to "leave him".
Opinion: non-accidental injury, probable. [[Yassine|name]] (10) to be examined on [[18/11|date]].
Dr [[Z. Hussain|name]], GMC 7042117
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E),
          (RECORD_F, DOCS_F))
NAME = "set 69 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:40 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mom", "mummy",
           "mommy", "dad", "daddy", "aunty", "auntie", "uncle", "bibi", "bebe", "biji", "dadi", "nani", "chacha", "chachi", "massi",
           "mama", "mami", "bhua", "veerji", "bhaji", "sant", "giani", "tante", "tanti", "matante", "tonton", "papa",
           "sheikh", "hajja", "haj", "khalti", "amti", "khali", "ammi", "baba", "jiddo", "teta", "pastor"}
_AFTER = {"ji", "bhaji", "veerji", "massi", "chachi", "bhua", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "west midlands", "the west midlands",
               "black country", "the black country", "staffordshire", "worcestershire", "shropshire", "india", "punjab",
               "the punjab", "pakistan", "dominica", "the caribbean", "caribbean", "tunisia", "north africa", "france",
               "italy", "canada", "usa", "america"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Bibi", "Massi",
# "Tante", "Khalti", "Pastor"; and after one: "ji", "massi", "bhua") and counties, regions and countries ("the Black
# Country", "the West Midlands", "Staffordshire", "Punjab", "Dominica", "Tunisia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
