"""Set 16: an eleventh held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8
to 15 do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set17.py and tests/test_redaction_set17.py
(written by another helper at the same time), that did not run the detector or any bench script that runs it, that ran no git
command, and that looked at no detector output. What was read: bench/redaction_set15.py and tests/test_redaction_set15.py in
full (the layout and marking conventions followed here), tests/test_redaction_set13.py, the docstrings of
bench/redaction_set14.py to bench/redaction_set7.py and bench/redaction_heldout.py (to see which towns and communities
earlier sets used as a family's home, and which document types), the checker functions of sets 13 and 7 and of
bench/redaction_heldout.py (problems, _TITLES, _AFTER, _NOT_PLACES, _WEEKDAYS, _valid_phone, _NI), the word lists of the
checkers of sets 7 to 15 (read by importing those modules; their documents were not printed or read), the `_party`,
`Records`, `word_problems`, `_parse` and `_docs` helpers of bench/redaction_handwritten.py (its module docstring and first
record were seen in passing), and `gold_counts` and `report` of bench/redaction_heldout.py. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in Cumbria, the North East, Yorkshire and Lancashire, each from a town or
district no earlier set (6 to 15) used as a family's home. Four of the kinds most common in children's social care: a young
white British mother on the Ormsgill estate in Barrow-in-Furness, with a grandmother on Walney (Troughton / Askew; a baby of
nine months and a boy of six left alone at night, a mother's drinking and cocaine use, domestic abuse by the baby's father,
police protection, kinship care), a white British family in Owton Manor, Hartlepool, with a grandmother in Seaton Carew
(Purvis / Bewick; a registered sex offender moving in with a mother and her children, a father in prison, a boy of 14
fighting at school, a written agreement), a mixed White and Black Caribbean girl of 16 of Kittitian heritage from Chapeltown,
Leeds, in supported lodgings in Roundhay, with a grandmother from St Kitts in Harehills (Liburd-Walsh / Walsh; a pregnancy
after sexual abuse by a man of 21 that began when she was 15, an ABE interview, a pre-birth conference) and a British
Pakistani family in Daneshouse, Burnley, with a maternal grandmother in Nelson (Mahmood / Akhtar; a baby of 14 weeks with a
fractured femur and rib fractures, care proceedings with a pool of possible perpetrators, a mother and baby residential
assessment, a mother controlled by her in-laws). Two from communities no earlier set used: a Gujarati Indian Muslim family
in Savile Town, Dewsbury, with a grandmother in Batley (Bhayat / Lunat; a girl of 15 to be engaged to a cousin in Gujarat
over Christmas, a forced marriage protection order) and an Iranian (Persian-speaking) asylum-seeking family in Parkfield,
Stockton-on-Tees (Ahmadi / Rahimi; domestic abuse with strangulation, a refuge, a father's threat to take the children to
Iran, a port alert). 24 documents, of types no earlier set used or in styles new to these sets: a 999 call transcript, a
police body-worn video transcript, a Signs of Safety mapping record with a child's three houses, a connected persons
viability assessment, a neighbour's online report-a-concern form, a police MOSOVO notification about a registered sex
offender, a father's letter from prison to his son, a mother's written agreement, a supported lodgings host's weekly report,
a police ABE interview summary, a girl's letter to her unborn baby, a pastor's reference letter, a children's guardian's
initial analysis, a residential family assessment centre's weekly report, an imo chat between sisters translated from Urdu
and Punjabi, a solicitor's attendance note, a school's email to the front door and the Forced Marriage Unit, a girl's note
written in her phone's Notes app, a social worker's statement for a forced marriage protection order, WhatsApp voice notes
transcribed and translated from Gujarati, an asylum accommodation provider's safeguarding concern form, a refuge key
worker's admission and key work notes, Signal messages translated from Persian and a police request for an all ports warning.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Pakistan, India, Iran, Turkey, Sweden); NHS numbers (ordinary and 999 ranges) and UPNs
(the right LA number for the area: 909, 805, 383, 888, 382, 808) pass their check digits. Councils are invented (Duddon Vale,
Throston Vale, Aire Vale, Brun Vale, Calderbrook, Teesbank), and so are the family assessment centre (Cedar Lodge), the
church (Mount Zion Pentecostal Church) and the wedding hall (the Noorani hall); towns, districts, estates, villages, real
charities, housing associations, asylum contractors, brands, NHS bodies, police forces, courts, prisons, apps, programmes,
foods and laws are real and stay unmarked unless the conventions say otherwise. The FMU's public helpline number is real and
unmarked, as helplines are.

Markup and conventions: exactly those of bench/redaction_set15.py (which follows sets 6 to 14). [[words|kind]] is a gold span
(name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words
(Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, DI, Insp, HHJ, Rev., Bishop, Brother, Sister, Mother (a church title), Nana, Grandma,
Grandad, Auntie, Mam, the North East "wor", the Gujarati Ba, Nani, Phoi, Kaka, Dada, bhai, bhabhi, api, Abba, the Urdu and
Punjabi Phupho, chacha, baji, Abbu, Ammi, madam, and the Persian Khaleh, amoo, Maman, Baba, jan and khanom) stay outside the
name span, whether they come before or after the name ("wor Mia", "Yusuf bhai", "Lindsey khanom", "Arash jan", "Jodie
madam"); a possessive 's (or a bare s in texting) stays outside; every person's name is a name in every form, record or not.
"SURNAME, First" is one span ("TEASDALE, Darren Paul", "AHMADI, Behrouz"); an initial with a surname ("K. Purvis") is one
span, and so is a first name with an initial after it ("Kai B", "Daz T"); a name broken by a line break is one span holding
the break; initials alone ("AW" in a solicitor's note) are not marked; social media handles ("kyreseDC") are not marked, but a contact name
that is the person's plain name is. A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address, and so is a street with no road word ("11 Longway"); towns, cities, villages, districts and
estates are places, at home or abroad; countries, counties, regions, states, provinces and island nations ("Cumbria",
"Teesside", "Gujarat", "Punjab", "St Kitts", "Iran", "Sweden") are not; organisations are not marked even when they hold a
town's or a person's name ("Royal Blackburn Hospital", "Teesside Crown Court", "Lucy Faithfull Foundation", "Hartlepool
United", "Leeds West Indian Carnival", "My Sister's Place", "Stockton CID"); a school's or college's name is a school, and so is
its short form ("Tunstall", "Rossmere", "Headfield", "greenhead", "city college", "Ian Ramsey"); a date of birth is dob (a
birthday without the year too), any other calendar date with a day is date (a weekday before it stays outside); months and
years alone are not marked; helplines are not marked; a pet's name is not a name; a firm named after people marks only the
names ("[[Whittaker|name]] & [[Hoyle|name]]", "[[Forbes|name]] [[Pilling|name]] LLP", "[[Moradi|name]] Family Law");
parks, stadiums, bridges and attractions are landmarks and stay unmarked (Roundhay Park, Ropner Park, the Vic, Jubilee
Bridge, Peppa Pig World); a surname or first name that is also an English word or a town is marked by what it refers to
(Gary Nelson and Margaret Lord are names; Nelson, Dalton, Kendal, Lancaster and Dina are places); a nickname in quotes is its
own span; a name in another script (Urdu "سدرہ", Gujarati "ઝૈનબ", Persian "آرش") is a name, and a contact saved under a
kinship word ("بابا", Baba) is not; a fictional character (Peppa Pig, Bluey) and a public figure named for their work (Andrew
Tate) are not people in the case, while a real cousin called Elsa is; a shop branch named by its place marks the place ("Asda
[[Portrack|place]]").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: in a 999 call an address
given in words ("number eleven, Longway") is one address span, a caller's bare house number in the same street ("I'm at 13")
is an address, and a postcode spelt out letter by letter ("L A 14, 4 L P") is a postcode; a speaker label in a transcript
("PC HAWORTH:") is a name, and a collar or staff number before a name ("C4471", "DC 1877") stays outside it; a nickname in
quotes in the middle of a full name ('Michael ("Mick") DOBSON') is its own span, with the names either side as spans of
their own; Walney, a district of Barrow on an island, is a place (unlike an island named as a region, such as set 13's
Madeira); a police team, a GP practice or a prison named after a town, district or place ("Barrow police", "Walney
practice", "HMP Holme House", "Frankland") is an organisation; an airport named after its city ("manchester airport",
"Newcastle International Airport") is an organisation, while a city named as the start or end of a journey ("from
Manchester to Ahmedabad via Doha", "Newcastle - Istanbul - Tehran") is a place; an Indian district named after its town
("the Bharuch district") is a region and stays unmarked, while the town ("in Bharuch") is a place; an expected date of
delivery is a date; a date in the Islamic calendar ("the 5th of Rajab") and one in the Persian calendar in Persian digits
("۱۴۰۵/۰۷/۲۰") are dates, while a Persian month alone ("Azar") is neither a date nor a name; a contact saved as a kinship
word and a town ("Ba Batley") marks only the town, and one saved as a name, a kinship word and a country ("Ebrahim Bhai
India") marks only the name; a dog named Marley is a pet, not a person; a football club called by its nickname ("Pools",
"Boro") or by its city ("the Barcelona shirt") is an organisation; a partial phone number ("01924...") is not a phone; a Home
Office reference, a police log or custody number, an FMU case number, a court case number and passport numbers are not
identifiers of any kind here and stay unmarked; a national insurance number on a card a young person has just been sent is
an NI number like any other.

Self-check without the detector: `python -m bench.redaction_set16` (and tests/test_redaction_set16.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions, provinces, states and countries, and prints the number of documents and gold spans per kind:
24 documents, 1,490 gold spans, 929 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Troughton / Askew family (white British), Ormsgill, Barrow-in-Furness ------------------------------------------

HOME_A = d.Address("11 Longway", "Ormsgill", "Barrow-in-Furness", "LA14 4LP")
NAN_A = d.Address("9 Ocean Road", "Walney", "Barrow-in-Furness", "LA14 3DY")
DAD_A = d.Address("Flat 2, 48 Dalton Road", "", "Barrow-in-Furness", "LA14 1JH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Bonnie-Mae", "Askew")], dt.date(2025, 12, 29), addresses=[HOME_A], ids=["6770946203"]),
    _p("s", "sibling", [("Kenzie", "Troughton")], dt.date(2020, 4, 14), addresses=[HOME_A], ids=["6931342967", "M909883415711"],
       schools=["Ormsgill Nursery and Primary School"]),
    _p("m", "mother", [("Shannon", "Troughton")], dt.date(2001, 9, 3), addresses=[HOME_A], phones=["07838 416 552"],
       ids=["6358131907", "JT 48 21 09 C"]),
    _p("f", "father", [("Connor", "Askew")], dt.date(1999, 2, 11), addresses=[DAD_A], phones=["07517 903 284"],
       ids=["PK 63 18 27 A"]),
    _p("f2", "father", [("Ryan", "Gilpin")], dt.date(1997, 7, 8)),
    _p("g", "grandparent", [("Lorraine", "Troughton")], dt.date(1969, 6, 30), addresses=[NAN_A],
       phones=["01229 471 836", "07725 318 440"]),
    _p("p1", "professional", [("Helen", "Postlethwaite")], phones=["01229 407 519", "07584 331 906"],
       emails=["helen.postlethwaite@duddonvale.gov.uk"]),
    _p("p2", "professional", [("Adam", "Haworth")], phones=["07787 214 603"], emails=["adam.haworth@cumbria.police.uk"]),
], "c")

DOCS_A = [
    ("999 call transcript", """CUMBRIA CONSTABULARY - COMMUNICATIONS CENTRE - EMERGENCY CALL TRANSCRIPT (produced for the strategy
meeting)
Incident: CMB-20261016-1183    Received: Fri [[16/10/2026|date]] 21:47:12    Call type: 999 BT (landline)
Caller's number: [[01229 824 376|phone]]    Caller: [[Doreen HEWER|name]]    Location given: [[13 Longway|address]], [[Ormsgill|place]]
Call handler: C4471 [[Bethany Nixon|name]]    Grading: IMMEDIATE (child at risk)

BT:      Emergency, which service?
CALLER:  Police please, love.
HANDLER: Police, what's the address of your emergency?
CALLER:  It's next door to me, [[number eleven, Longway|address]], on [[Ormsgill|place]]. The baby's been screaming since
         half seven, it's not stopped, and there's nobody in. I've knocked and knocked.
HANDLER: Can you give me the postcode?
CALLER:  [[L A 14, 4 L P|postcode]]. I'm at [[13|address]]. My name's [[Doreen|name]], [[Doreen Hewer|name]].
HANDLER: Thank you, [[Doreen|name]]. How do you know nobody's in?
CALLER:  Her car's - well she hasn't got a car. The lights are off downstairs and I saw her go out, [[Shannon|name]], about
         seven with her pal, that [[Leah|name]] one, all dressed up. She had the little lad with her I think. No, I don't know
         if she had [[Kenzie|name]]. The baby's [[Bonnie|name]], she's only about ten month.
HANDLER: Does anyone else live there? Is there a dad?
CALLER:  [[Connor|name]], the baby's dad, he's not supposed to be there, he's in a flat on [[Dalton Road|address]] now. There was a
         lot of shouting at the weekend. I rang you then an' all. I can hear her now, listen... that's her.
HANDLER: I can hear crying, yes. Have you got a key, or does anyone have a key?
CALLER:  Her mam has, [[Lorraine|name]], on [[Walney|place]]. I haven't got her number. It'll be in the book... no.
HANDLER: That's fine. Officers are being sent now. Please don't try to break in. Is there any way in from the back?
CALLER:  There's a gate on the back lane but it's locked. The back bedroom window's open a bit, the top one.
HANDLER: OK. Can you stay on the line with me until they get there? ... Can you still hear the baby?
CALLER:  Yes. Oh wait - the upstairs light's just gone on. Somebody's in. It's the little one, it's [[Kenzie|name]] at the window.
         He's waving. Oh my God, he's on his own with her.
HANDLER: Is he in danger at the window? Is the window open?
CALLER:  No, it's shut, he's just stood there in his pyjamas. [[Kenzie|name]]! [[KENZIE|name]], it's [[Doreen|name]], stay there, pet!
HANDLER: Officers are two minutes away. [[Doreen|name]], can you see the front door from where you are?
CALLER:  Yeah. There's a car coming now, is that them? ... It's them. Thank you, love. She's a good girl really, [[Shannon|name]],
         it's just since the baby and that [[Connor|name]].
[Call ends 22:18:40. Officers on scene 22:18: PC [[Adam Haworth|name]] (collar 2291) and PC [[Nadia Birkett|name]] (collar 3107).]

Log update 22:52: two children located at the address, unharmed; police protection (s46 CA 1989) by Insp [[R. Tyson|name]]; mother
returned 22:41; children taken to MGM, [[Lorraine TROUGHTON|name]], [[9 Ocean Rd|address]], [[Walney|place]], [[LA14 3DY|postcode]].
EDT ([[Sam Bibby|name]]) informed 23:05. Previous calls to the address: [[10/10/2026|date]] (verbal domestic, [[ASKEW|name]] /
[[TROUGHTON|name]]),
[[28/08/2026|date]] (concern for welfare, no trace).
"""),
    ("police body-worn video transcript", """BODY-WORN VIDEO - TRANSCRIPT FOR CHILDREN'S SERVICES
Officer: PC 2291 [[Adam HAWORTH|name]], Barrow Neighbourhood Policing Team    Device: Axon 4, clip 3 of 4
Location: [[11 Longway|address]], [[Barrow-in-Furness|place]] [[LA14 4LP|postcode]]    Date: [[16-10-2026|date]]    Start: 22:19:05
Transcribed by: [[Kirsty Jopson|name]] (police staff, Public Protection Unit), [[19/10/2026|date]]. Overtalk shown by [...].

[22:19:05] PC [[HAWORTH|name]]: Hello, bud. Can you open the door for us? I'm a police officer. You're not in trouble.
[22:19:20] CHILD (male, about 6): Mam said don't open it.
[22:19:24] PC [[BIRKETT|name]]: What's your name, sweetheart?
[22:19:26] CHILD: [[Kenzie|name]]. [[Kenzie Troughton|name]]. I'm six.
[22:19:31] PC [[BIRKETT|name]]: That's a brilliant name, [[Kenzie|name]]. Is that your baby sister crying?
[22:19:34] CHILD: She's always crying. She's [[Bonnie-Mae|name]]. Mam's gone the Co-op.
[22:19:52] (Door opened by the child. Hallway dark. Smell of stale smoke. Dog barking in kitchen - Staffie, shut in.)
[22:20:10] PC [[HAWORTH|name]]: Where's the baby, [[Kenzie|name]]? Can you show me?
[22:20:40] (Front bedroom. Baby in a travel cot, standing, holding the rail, very red, hoarse. Nappy heavy and leaking. Empty bottle
in the cot, curdled milk. No adult in the property. Heating off, the room is cold.)
[22:21:02] PC [[HAWORTH|name]]: Hiya, [[Bonnie|name]]. Come here, petal. Oh, you're wet through.
[22:21:30] PC [[BIRKETT|name]]: [[Kenzie|name]], when did Mam go out?
[22:21:33] CHILD: When it was light. She said she's going to [[Connor|name]]'s and the Co-op and I'm in charge. I had crisps.
[22:21:41] PC [[BIRKETT|name]]: Who's [[Connor|name]]?
[22:21:43] CHILD: [[Bonnie|name]]'s dad. He shouted at Mam and broke the telly. My dad is [[Ryan|name]], he lives in
[[Ulverston|place]] with
[[Chantelle|name]] but I don't see him.
[22:22:15] PC [[HAWORTH|name]] (on radio): Two children in the address, no adult. Baby about ten months, wet, distressed, no
obvious injury.
Can we get the duty inspector for police protection, and is there a number for mum? [[Shannon TROUGHTON|name]], [[03/09/2001|dob]].
[22:23:50] CONTROL: Mobile on the system [[07838 416552|phone]]. Inspector [[Tyson|name]] aware.
[22:24:30] (PC [[Haworth|name]] rings mother's mobile. No answer. Voicemail: "It's [[Shan|name]], leave a message".)
[22:30:12] PC [[BIRKETT|name]]: [[Kenzie|name]], who looks after you when Mam is busy?
[22:30:16] CHILD: My nana. Nana [[Lorraine|name]]. She lives on [[Walney|place]] by the beach. And [[Doreen|name]] next door gives
me biscuits.
[22:41:03] (Front door opens. Adult female enters with another adult female. Strong smell of alcohol.)
[22:41:05] FEMALE 1: What the f*** is going on? Why are you in my house?
[22:41:08] PC [[HAWORTH|name]]: Are you [[Shannon|name]]? We found your children on their own. Where've you been?
[22:41:12] FEMALE 1: I've been over the road, literally two minutes. I went to get nappies. [[Leah|name]], tell them.
[22:41:15] FEMALE 2: She has, she was at mine on [[Ainslie Street|address]], she was coming straight back.
[22:41:20] PC [[HAWORTH|name]]: What's your name please?
[22:41:21] FEMALE 2: [[Leah Kitchin|name]]. Why?
[22:41:40] PC [[HAWORTH|name]]: [[Shannon|name]], a neighbour rang at quarter to ten. The baby's been crying for two hours. Your
son opened the door
to us. I'm taking both children into police protection tonight. They'll go to your mum's on [[Walney|place]] if she agrees.
[22:41:55] MOTHER: You can't take my kids! [[Kenzie|name]], come here. Don't you f***ing touch her.
[22:42:30] (Mother tries to take the baby from PC [[Birkett|name]]. PC [[Haworth|name]] stands between them. Mother sits on the
stairs and cries.)
[22:43:10] MOTHER: Ring me mam. Please. She'll come. It's [[07725 318 440|phone]]. Don't put them in care. Please. I only had two.
[22:44:02] PC [[HAWORTH|name]]: Have you had anything else tonight, [[Shannon|name]]? Anything apart from drink?
[22:44:05] MOTHER: No! ... A bit of a line at [[Leah|name]]'s. That's it. I'm not a smackhead.
[22:46:30] PC [[HAWORTH|name]] (on phone): Is that [[Lorraine Troughton|name]]? It's PC [[Haworth|name]] from Barrow police...
[22:52:15] (MGM agrees to have children tonight. Her partner [[Mick|name]] will drive over. Mother agrees they go.)
[22:58:40] (Baby changed by PC [[Birkett|name]] with mother's help. Mother calmer. Says [[Connor Askew|name]] "took my bank card"
and she has no
gas or electric. Prepayment meter at zero - confirmed.)
[23:06:10] MGM and [[Mick Dobson|name]] arrive (grey Vauxhall Zafira [[PN14 WXC|vehicle]]). [[Kenzie|name]] runs to his nana.
[23:10:00] End of clip 3.
"""),
]

DOCS_A += [
    ("Signs of Safety mapping record", """DUDDON VALE COUNCIL - CHILDREN'S SERVICES - SIGNS OF SAFETY MAPPING (family network meeting)
Children: [[Bonnie-Mae ASKEW|name]] (DOB [[29.12.2025|dob]]) and [[Kenzie TROUGHTON|name]] (DOB [[14.04.2020|dob]], Reception/Year 1 at
[[Ormsgill Nursery and Primary School|school]])
Date: Thursday [[22 October 2026|date]], 10:00-12:30, at Nana [[Lorraine|name]]'s house, [[9 Ocean Road|address]], [[Walney|place]]
Facilitator: [[Helen Postlethwaite|name]] (SW, Barrow Locality Team)    Scribe on the big paper: [[Josh Mossop|name]] (family support)
Present: [[Shannon Troughton|name]] (mum); [[Connor Askew|name]] (dad to [[Bonnie-Mae|name]], for the first hour); Nana [[Lorraine
Troughton|name]]; [[Mick Dobson|name]] (Nana's partner); [[Leanne Nelson|name]] (auntie, [[Shannon|name]]'s sister, from
[[Dalton|place]]);
[[Doreen Hewer|name]] (neighbour, 20 mins); Mrs [[Gail Thwaites|name]] (Family Support Worker, [[Ormsgill|school]] school); health
visitor
[[Aimee Rigg|name]]. [[Kenzie|name]] drew his "three houses" with [[Josh|name]] in the kitchen.
Not present: [[Ryan Gilpin|name]] ([[Kenzie|name]]'s dad, [[Ulverston|place]]) - said by text he "can't get off work".

WHAT ARE WE WORRIED ABOUT? (past harm)
- On [[16 October|date]] [[Kenzie|name]] (6) and [[Bonnie-Mae|name]] (9 months) were left alone for at least three hours at night.
[[Bonnie|name]] was
  cold, wet and hungry. [[Kenzie|name]] opened the door to the police. [[Shannon|name]] had been drinking and says she took cocaine.
- Police were called on [[10 October 2026|date]] when [[Connor|name]] broke the TV and pushed [[Shannon|name]] into the door frame while
  [[Kenzie|name]] watched. [[Connor|name]] says "it was six of one". He moved out to [[Dalton Rd|address]] the next day.
- [[Kenzie|name]]'s attendance is 81%; he has come to school hungry and in the same clothes (Mrs [[Thwaites|name]]).
- The gas and electric ran out twice this month. [[Connor|name]] has had [[Shannon|name]]'s bank card.
DANGER STATEMENT (agreed words): Children's services and the family are worried that if [[Shannon|name]] goes out drinking or using
drugs and leaves [[Kenzie|name]] and [[Bonnie-Mae|name]] on their own, or if [[Connor|name]] and [[Shannon|name]] fight in front
of them, the
children could be badly hurt, could be in a fire with nobody to get them out, and [[Kenzie|name]] will carry on feeling he has to
look after his sister.

WHAT'S WORKING WELL?
- [[Shannon|name]] loves her children and they love her. [[Bonnie-Mae|name]] reaches for her and laughs with her.
- Nana [[Lorraine|name]] came at once that night and has had both children since. [[Mick|name]] drives [[Kenzie|name]] to school
every day
  (he works lates at BAE on the Devonshire Dock Hall).
- [[Doreen|name]] keeps an eye out and [[Kenzie|name]] trusts her. "He calls me Auntie [[Dor|name]]."
- [[Shannon|name]] went to Unity (drug and alcohol service) on [[20/10|date]] and has an appointment with a recovery worker, [[Tom
Satterthwaite|name]], on [[27 October|date]].
- [[Connor|name]] agreed to stay away from [[Longway|address]] and to talk to the Cumbria "Change" programme. He pays for
[[Bonnie|name]]'s milk.

WHAT NEEDS TO HAPPEN? (safety goal)
The children will be cared for by a sober adult at all times, day and night, and will never again be left on their own; any
arguments between the adults will happen away from the children; [[Kenzie|name]] will go to school every day, fed.

SCALING (0 = the children must come into care; 10 = everyone is confident the children are safe enough to close the case)
[[Helen|name]] 3    [[Shannon|name]] 7    Nana [[Lorraine|name]] 4    [[Mick|name]] 5    [[Leanne|name]] 4    HV 4    School 3
[[Connor|name]] 6
[[Kenzie|name]]'s scale (smiley faces): 2 out of 5 at Mam's ("when Mam is poorly"), 5 out of 5 at Nana's.

[[KENZIE|name]]'S THREE HOUSES (his words, written by [[Josh|name]])
House of good things: "Nana's got a trampoline. [[Mick|name]] takes me to see the ships. [[Bonnie|name]] laughs when I do the monkey.
Mam does my bath with bubbles."
House of worries: "When Mam goes out and I'm the boss. The dark. When [[Connor|name]] shouts. When there's no telly."
House of dreams: "Mam stops going to [[Leah|name]]'s. I go to Peppa Pig World. Me and [[Bonnie|name]] live at Nana's AND Mam's."

SAFETY PLAN (first version, agreed by everyone present)
1. The children stay at Nana [[Lorraine|name]]'s until the review on [[5 November 2026|date]]. [[Shannon|name]] can be there from
8am to 7pm
   every day, and can do bath and bed with Nana there. She will not stay overnight for now.
2. [[Shannon|name]] will not drink or take drugs on the days she has the children, and will tell Nana if she has. Nana will ring
   [[Helen|name]] ([[07584 331 906|phone]]) or the EDT if she is worried.
3. [[Connor|name]] sees [[Bonnie-Mae|name]] on Saturdays, 10-2, at Nana's, with Nana or [[Mick|name]] there. He does not go to
   [[11 Longway|address]].
4. [[Leanne|name]] will have the children one weekend night a fortnight at her house in [[Dalton-in-Furness|place]] to give Nana a rest.
5. [[Doreen|name]] will ring 999 again if she ever hears the children on their own.
6. Mrs [[Thwaites|name]] will give [[Kenzie|name]] breakfast club every day and will tell [[Helen|name]] if he is late or absent.
7. [[Helen|name]] will ask Citizens Advice and Home Group about the meter, the debt and the bank card.
Signed by all present. Next network meeting: [[5/11/2026|date]], 10am, same place.
"""),
    ("connected persons viability assessment", """DUDDON VALE COUNCIL - FOSTERING SERVICE - CONNECTED PERSONS (KINSHIP) VIABILITY
ASSESSMENT
Regulation 24, Care Planning, Placement and Case Review (England) Regulations 2010 - initial viability only

Children: [[Bonnie-Mae Askew|name]] (b. [[29/12/2025|dob]], NHS [[677 094 6203|nhs]]) and [[Kenzie Troughton|name]] (b.
[[14/04/2020|dob]],
NHS [[693 134 2967|nhs]], UPN [[M909883415711|upn]])
Proposed carers: Mrs [[Lorraine TROUGHTON|name]] (maternal grandmother, b. [[30/06/1969|dob]]) and Mr [[Michael|name]]
("[[Mick|name]]") [[DOBSON|name]]
(her partner of nine years, b. [[17/02/1966|dob]])
Address: [[9 Ocean Road|address]], [[Walney|place]], [[Barrow-in-Furness|place]], [[LA14 3DY|postcode]]    Tel:
[[01229 471 836|phone]] /
[[07725 318 440|phone]]
Assessor: [[Carol Ashburner|name]], Supervising Social Worker, Kinship Team    Children's SW: [[Helen Postlethwaite|name]]
Visits: [[26/10/2026|date]] (home, both carers), [[29/10/2026|date]] (each carer alone), [[2 November 2026|date]] (references by phone)

1. The carers and their home
Mrs [[Troughton|name]] ("[[Lorraine|name]]", 57) was born in [[Barrow|place]] and has lived on [[Walney|place]] all her adult
life. She works
part-time (mornings) at the Asda on [[Walney Road|address]]; her manager, [[Sue Harrison|name]], has agreed to move her to evenings
when [[Mick|name]] is home. She has two daughters, [[Shannon|name]] (25, the children's mother) and [[Leanne|name]] (31, married
to [[Gary
Nelson|name]], two children, in [[Dalton-in-Furness|place]]), and a son, [[Jamie Troughton|name]] (28), who is in the Army in
[[Catterick|place]].
The children's grandfather, [[Keith Troughton|name]], died in 2019.
Mr [[Dobson|name]] ("[[Mick|name]]", 60) is a crane driver at BAE Systems in the shipyard and works a 2-10pm shift. He grew up in
[[Askam|place]], has two grown-up sons in [[Kendal|place]] and [[Lancaster|place]] and says: "I'm not their grandad but I'm the nearest
thing to one they've got. [[Kenzie|name]] calls me Grandad [[Mick|name]], which made me cry, I'll be honest."
The home is a three-bedroom semi owned by Mrs [[Troughton|name]] with a mortgage. It is clean, warm and child-friendly. There is a
large garden with a trampoline. [[Kenzie|name]] has the box room; [[Bonnie-Mae|name]]'s cot is in the carers' room for now. There are no
pets. Smoke alarms fitted; stair gate bought on [[17 October|date]].

2. Checks (requested [[26/10/2026|date]])
- DBS enhanced with barred lists: applied for both (NI numbers [[JK 19 64 83 C|ni]] and [[NR 55 20 71 D|ni]]); Mr
[[Dobson|name]]'s shows a caution for a public order offence in 1991
  (a fight outside the Crown pub in [[Dalton|place]]), which he told me about first. No other matters.
- Local authority checks (Duddon Vale and Westmorland and Furness): Mrs [[Troughton|name]] was known in 2008-09 when [[Shannon|name]],
  then 8, was on a child in need plan (her father's drinking); closed with no concerns about Mrs [[Troughton|name]].
- Health: GP (Dr [[Fiona Kirkbride|name]], Walney practice) reports Mrs [[Troughton|name]] has type 2 diabetes (well managed) and
  "a bad knee"; Mr [[Dobson|name]] is fit and well.
- Referees: Mrs [[Doreen Hewer|name]] (the neighbour of [[Shannon|name]]); Mrs [[Pauline Fell|name]] (a friend of 30 years,
[[Vickerstown|place]]),
  and the headteacher of [[Ormsgill|school]], Mr [[David Gaskarth|name]], who knows Mrs [[Troughton|name]] as a parent helper.

3. Relationship with the children and their parents
The children are clearly attached to their grandmother. On each visit [[Kenzie|name]] was chatty and relaxed ("we had fish fingers
and [[Mick|name]] let me steer the boat in the park"); [[Bonnie-Mae|name]] went to Mrs [[Troughton|name]] for comfort and settled
quickly. Mrs
[[Troughton|name]] is realistic about her daughter: "I love the bones of her, but she's not well. I'll not lie for her." She says
she would stop [[Shannon|name]] coming if she turned up drunk, and would ring the police if [[Connor|name]] came without agreement.
About [[Connor Askew|name]]: "He's not a bad lad when he's not on the white stuff. But I saw the bruise on her arm in the summer."
She has a good relationship with [[Connor|name]]'s mother, Mrs [[Janice Askew|name]] of [[Newbarns|place]], who would like to see
[[Bonnie|name]].

4. Strengths and worries
Strengths: a stable, warm home and a couple who put the children first; a wider family network ([[Leanne|name]], [[Janice|name]],
[[Doreen|name]]); close to [[Kenzie|name]]'s school (a ten-minute drive over Jubilee Bridge); willing to work with us.
Worries: Mrs [[Troughton|name]]'s age and health and the demands of a baby and a six-year-old; money (she will lose hours); whether
she can set limits with [[Shannon|name]]; Mr [[Dobson|name]]'s shifts. They will need a proper assessment, training (Skills to Foster
for kinship carers) and support from the kinship team.

5. Recommendation
Viable. Proceed to a full connected persons assessment (Form C) and, in the meantime, approve the placement under regulation
24 from [[30 October 2026|date]] if the children become looked after. Signed: [[C. Ashburner|name]], [[2 November 2026|date]].
Manager's decision: agreed - [[Rachel Dickinson|name]], Fostering Team Manager, [[03/11/2026|date]].
"""),
]
# --- B. Purvis / Bewick family (white British), Owton Manor, Hartlepool ----------------------------------------------

HOME_B = d.Address("38 Catcote Road", "Owton Manor", "Hartlepool", "TS25 3JR")
NAN_B = d.Address("4 Station Lane", "Seaton Carew", "Hartlepool", "TS25 1BE")
RSO_B = d.Address("Flat 5, 12 Raby Road", "", "Hartlepool", "TS24 8AF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kai", "Bewick")], dt.date(2012, 3, 5), addresses=[HOME_B], ids=["4501713429", "E805317316942"],
       phones=["07399 812 460"], schools=["High Tunstall College of Science"]),
    _p("s", "sibling", [("Mia-Rose", "Purvis")], dt.date(2018, 7, 19), addresses=[HOME_B], ids=["5043036222", "B805852619740"],
       schools=["Rossmere Primary School"]),
    _p("m", "mother", [("Kerry-Ann", "Purvis")], dt.date(1989, 11, 22), addresses=[HOME_B], phones=["07946 255 781"],
       ids=["NJ 27 80 44 D"]),
    _p("f", "father", [("Liam", "Bewick")], dt.date(1987, 1, 30)),
    _p("o", "other", [("Darren", "Teasdale")], dt.date(1981, 8, 14), addresses=[RSO_B, HOME_B], phones=["07512 637 094"]),
    _p("g", "grandparent", [("Pat", "Purvis")], dt.date(1963, 4, 9), addresses=[NAN_B], phones=["01429 273 506"]),
    _p("p1", "professional", [("Lauren", "Gaskell")], phones=["01429 523 718", "07463 209 157"],
       emails=["lauren.gaskell@throstonvale.gov.uk"]),
    _p("p2", "professional", [("Simon", "Lax")], phones=["07881 530 226"], emails=["simon.lax@cleveland.police.uk"]),
], "c")

DOCS_B = [
    ("neighbour's online report-a-concern form", """THROSTON VALE COUNCIL - ONLINE FORM "Report a concern about a child" -
submission 2026-10-03-0917
Submitted: [[03/10/2026|date]] 09:17    Channel: website (mobile)    Routed to: Children's Hub (front door)
The text below is exactly as typed by the person reporting. Fields left blank are shown as "-".

About you
Do you want to stay anonymous?  Yes - but you can contact me if you need to
Your name:  [[Stacey|name]]
Your phone number:  [[07404 551 873|phone]]
Your email:  [[stace.m1990@icloud.com|email]]
How do you know the child?  neighbour / my son is in his class

About the child or children
Child's name (if known):  [[Kai|name]] (think surname is [[Bewick|name]] like his dad) and his little sister [[Mia rose|name]]
Age (if known):  [[kai|name]] is 14, [[mia|name]] about 8
Address or area:  [[catcote rd|address]] [[owton manor|place]] near the shops, the house with the blue door and the trampoline out front
School (if known):  [[high tunstall|school]] ([[kai|name]]) + [[rossmere|school]] (little girl)

What is your concern?
Im really sorry if im wrong but I cant keep quiet. The mam [[Kerry Ann|name]] has got a new fella living there since the
summer called [[Darren|name]] ([[Daz|name]]) and everyone on the estate is saying he was in prison for the kiddy stuff on the
internet, my sister in law knows him from [[Billingham|place]] where he lived before, his last name is [[Teasdale|name]] I think.
Hes always in the house when the kids get back from school and the mam works at the Asda in [[Middlesbrough|place]] till late.
I seen him picking the little girl up from [[Rossmere|school]] on his own last week and he was holding her hand. The lad [[Kai|name]]
has been kicking off big time since his dad [[Liam|name]] went to prison, he was fighting on the field with my son on the 28th,
and he said to my son "[[daz|name]] is a nonce and no one listens". I asked [[Kerry|name]] at the bus stop and she went mad and said
it was a long time ago and he has done his time. I dont want trouble I just want someone to check the kids are ok.

Is the child in danger right now?  dont know
Have you told anyone else?  told [[Kai|name]]s nana [[Pat|name]] in [[Seaton|place]] on facebook messenger, she said she would sort it
Anything else?  please dont say its me. [[kerry ann|name]]s brother [[Shane|name]] is a bit of a nutter

--- Hub use only ---
Screened by: [[Chloe Bewley|name]] (Hub Social Worker), [[03/10/2026|date]] 10:02
Checks: [[Kai BEWICK|name]] [[05/03/2012|dob]] (NHS [[4501713429|nhs]], UPN [[E805317316942|upn]]) / [[Mia-Rose PURVIS|name]]
[[19/07/2018|dob]] (NHS [[5043036222|nhs]]) at [[38 Catcote Road|address]], [[TS25 3JR|postcode]];
mother [[Kerry-Ann PURVIS|name]] [[22/11/1989|dob]]. Father [[Liam BEWICK|name]], HMP Holme House (sentenced [[14/06/2026|date]], 4y 2m,
robbery). Police checks requested re [[Darren TEASDALE|name]] (DOB unknown to referrer): CONFIRMED by DS [[Marie Colling|name]]
(Cleveland Police, MASH) at 10:40 - RSO, [[14/08/1981|dob]], conviction 2019 for making and distributing indecent images of
children (Cat A and B), SHPO in force to 2029; registered address is [[Flat 5, 12 Raby Road|address]], [[TS24 8AF|postcode]]. Has
NOT notified police of staying at [[Catcote Road|address]]. Referred to MOSOVO (DC [[Simon Lax|name]]). Strategy discussion today,
14:00.
Decision: s47 (joint). Allocated: [[Lauren Gaskell|name]], Team 3.
"""),
    ("police MOSOVO notification to children's services", """CLEVELAND POLICE - MANAGEMENT OF SEXUAL OR VIOLENT OFFENDERS (MOSOVO)
- HARTLEPOOL
NOTIFICATION OF AN OFFENDER'S ASSOCIATION WITH A HOUSEHOLD WITH CHILDREN - OFFICIAL-SENSITIVE
To: [[Lauren Gaskell|name]], Social Worker, Throston Vale Children's Services    From: DC 1877 [[Simon LAX|name]], Offender Manager
Date: [[5 October 2026|date]]    ViSOR nominal: [[TEASDALE, Darren Paul|name]]    Risk (ARMS / RM2000): medium (sexual), low (violence)

1. The offender
[[TEASDALE, Darren Paul|name]], born [[14/08/1981|dob]] at [[Stockton-on-Tees|place]]. Also known as "[[Daz|name]]",
"[[Daz T|name]]" and, online,
"[[Paul Tees|name]]". Registered address: [[Flat 5, 12 Raby Road|address]], [[Hartlepool|place]], [[TS24 8AF|postcode]] (a
Thirteen Group
flat). Mobile: [[07512 637 094|phone]]. Vehicle: none registered; seen driving a red Ford Focus, [[NK63 HVU|vehicle]], registered to
Mrs [[Kerry-Ann Purvis|name]].
Convictions: Teesside Crown Court, [[11 April 2019|date]] - making indecent photographs of children (3 counts), distributing (1
count); 3 years' imprisonment; notification requirements for 10 years; Sexual Harm Prevention Order (SHPO) for 10 years.
Released on licence [[09/07/2020|date]]; licence expired [[08/01/2022|date]].

2. SHPO prohibitions relevant here
(a) not to have unsupervised contact with a child under 16 other than incidental contact in everyday life, unless with the
knowledge and consent of the child's parent or guardian who knows of his convictions AND with the prior approval of children's
services; (b) not to use a device able to access the internet unless it keeps a history and is made available for inspection.

3. What has happened
On [[3 October|date]] we were told by the Children's Hub ([[Chloe Bewley|name]]) that [[Teasdale|name]] is living at
[[38 Catcote Rd|address]],
[[Owton Manor|place]], with Ms [[Purvis|name]] (born [[22/11/1989|dob]]) and her children [[Kai BEWICK|name]] (14) and
[[Mia-Rose PURVIS|name]] (8).
He did not notify us (a breach of the notification requirements if he has stayed there seven days or more in a year, or
four or more nights in a row with a child). At an unannounced home visit at 18:20 on [[3/10|date]] (DC [[Lax|name]], PC [[Jordan
Heslop|name]] and SW [[Lauren Gaskell|name]]) [[Teasdale|name]] was in the kitchen, cooking tea; [[Mia-Rose|name]] was in the bath
upstairs, with
the bathroom door open; Ms [[Purvis|name]] was at work (Asda [[Middlesbrough|place]]? - she said "Asda [[Portrack|place]]"). Two
mobile phones were
seized (a Samsung Galaxy A15 and an old iPhone found under the mattress in [[Mia-Rose|name]]'s room). [[Teasdale|name]] was
arrested for the
breach of notification and of the SHPO and interviewed on [[4/10/2026|date]]. He said he "only stops over some nights", that
"[[Kerry|name]] knows everything", and that he has never been alone with [[Mia-Rose|name]] "apart from the school run and bath time".
Released on bail to [[Raby Road|address]] with conditions: not to enter [[Catcote Road|address]]; no contact with
[[Mia-Rose Purvis|name]] or
[[Kai Bewick|name]]; to report weekly to Hartlepool Police Office. Devices sent for forensic examination (Digital Forensics Unit).

4. Disclosure
Under the Child Sex Offender Disclosure Scheme and our MAPPA duties a disclosure was made to Ms [[Purvis|name]] on [[4 October|date]] at
her mother's address, [[4 Station Lane|address]], [[Seaton Carew|place]] (present: DS [[Colling|name]], SW [[Gaskell|name]], Mrs
[[Pat Purvis|name]]).
Ms [[Purvis|name]] said she knew he "had been in jail for pictures" but "not of kids that young", and that her brother, [[Shane
Purvis|name]], had told her to "get rid". She agreed that [[Teasdale|name]] will not come to the house.

5. Other people the offender may have access to children through
- his sister, Mrs [[Lisa Hartnell|name]] of [[Billingham|place]], who has three children (a separate referral to her council);
- the Hartlepool United supporters' coach (he is a steward); the club's safeguarding officer, [[Ian Wardle|name]], is told;
- a boxing gym in [[Middlesbrough|place]] (name to be confirmed); and
- [[Kai|name]]'s friend [[Reece Lamb|name]] (13), who [[Kai|name]] says "goes on [[Daz|name]]'s PlayStation".

6. Requests to children's services
Please share the outcome of the s47 enquiry; tell us at once if [[Teasdale|name]] is seen at [[Catcote Road|address]] or at [[Rossmere
Primary|school]]; and let us know the date of any conference (MOSOVO will attend). Contact: DC [[Simon Lax|name]],
[[07881 530 226|phone]],
[[simon.lax@cleveland.police.uk|email]]; out of hours the duty DS via 101.
"""),
]

DOCS_B += [
    ("a father's letter from prison to his son", """[Letter from [[Liam Bewick|name]], HMP Holme House, to his son [[Kai|name]],
received at [[38 Catcote Road|address]] on
[[19 October 2026|date]]. [[Kai|name]] brought it to his social worker on [[21/10/2026|date]] and agreed she could copy it.
Spelling as written.
The prison's stamp and the return address (name, number and wing) are on the envelope, not copied.]

                                                            Sunday [[18th Oct|date]]
Alright son,

Hope your ok and not giving your mam to much grief. I got your letter on Tuesday and it made my week, honest [[Kai|name]]. I read
it to [[Macca|name]] in my cell (hes from [[Thornaby|place]], sound lad, in for the same daft stuff as me). Sorry its took me so long
to write back, we was on bang up all week cos of a fight on the landing, nothing to do with me.

Right. Your nana [[Pat|name]] come on the visit Thursday and told me about that [[Darren|name]]. I know who he is [[Kai|name]], I was
in Frankland with blokes like him. I am not angry with you for saying it at school, you was right and you was brave. But
you cant be fighting every kid on the field who says something about your mam. Your gonna get kicked out of [[Tunstall|school]] and
then your Mr [[Gaffney|name]] wont be able to help you. Promise me.

I know you think your the man of the house now. Your not son, your 14. Let the social and the police sort that [[Daz|name]]. If
he comes near you or wor [[Mia|name]] you ring your nana or that [[Lauren|name]] woman straight away. Its not grassing. Nonces
arnt in the code. And stop watching that Andrew Tate rubbish on your phone, [[Shane|name]] told me. Hes a muppet and hes not a
real man, a real man looks after his little sister.

Tell [[Mia|name]] her dads got her picture of the unicorn on the wall. [[Macca|name]] says shes better at drawing than him. Tell her I
will be home for her 10th birthday if I keep my head down. Thats a promise and you know I dont promise much.

Pools are rubbish again, I listen on the radio. When Im out me and you are going to the Vic every home game, season tickets, I
mean it. And we'll go down the front at [[Seaton|place]] for fish and chips at the Almighty Cod like we did with your grandad
[[Tommy|name]].

Your mam sent me a letter to. Tell her I said thanks and I know shes trying. I dont hate her [[Kai|name]], so dont you hate her
either. She just picks the wrong blokes, me included haha.

I have put you and [[Mia|name]] and nana on my phone list again. The numbers are your mobile [[07399 812460|phone]] and nanas house
[[01429 273506|phone]]. Its only Tuesdays and Fridays after 6 cos of the canteen. If the phone rings from a 0800 number its me.

Look after yourself son. Stay in school. Love you, [[Kai|name]], always.

Your dad
[[Liam|name]] x

P.S. ask [[Lauren|name]] if you can come and visit at christmas. You need a form. [[Kerry|name]] or your nana has to bring you.
P.P.S. tell [[Reece|name]] I said hes still a Boro fan and hes still wrong lol
"""),
    ("a mother's written agreement", """THROSTON VALE COUNCIL - CHILDREN'S SERVICES - WRITTEN AGREEMENT (part of the child
protection plan)
This is not a legal document. It says what we have all agreed to do to keep [[Kai|name]] and [[Mia-Rose|name]] safe.

Children: [[Kai Bewick|name]] (DOB [[05.03.2012|dob]]), [[High Tunstall College of Science|school]], Year 10
          [[Mia-Rose Purvis|name]] (DOB [[19.07.2018|dob]]), [[Rossmere Primary School|school]], Year 4
Parent:   [[Kerry-Ann Purvis|name]], [[38 Catcote Road|address]], [[Owton Manor|place]], [[Hartlepool|place]]
[[TS25 3JR|postcode]], [[07946 255 781|phone]]
Social worker: [[Lauren Gaskell|name]], [[01429 523 718|phone]] / [[07463 209 157|phone]]
Agreed at: a home visit on Wednesday [[28 October 2026|date]], after the initial child protection conference of [[26/10/2026|date]]
(chair: [[Angela Tweddle|name]])

WHY WE NEED THIS AGREEMENT
[[Darren Teasdale|name]] is a registered sex offender. He has convictions for making and sharing indecent images of children.
He was living in the house and looking after [[Mia-Rose|name]], and helping her in the bath, without children's services or the
police knowing. [[Kai|name]] has been very angry and has been in fights at school; he has told us that he did not feel anyone
believed him.

WHAT I, [[KERRY-ANN PURVIS|name]], AGREE TO DO
1. I will not let [[Darren Teasdale|name]] ("[[Daz|name]]") into my house, or be with him when the children are with me, or let him
   take or collect the children anywhere. I will not give him my car ([[NK63 HVU|vehicle]]).
2. If [[Darren|name]] comes to the house, or contacts me or the children in any way, I will ring 999 and then tell [[Lauren|name]].
3. I will not start a new relationship with anyone without telling [[Lauren|name]], so that the police can do checks.
4. I will go to the "Inform" group for the partners of men who have offended online (Lucy Faithfull Foundation).
5. When I work lates (Tuesday, Thursday, Friday), the children will go to my mam, Mrs [[Pat Purvis|name]], at
[[4 Station Lane|address]],
   [[Seaton Carew|place]], or she will come to mine. No one else will look after them without [[Lauren|name]] agreeing.
6. I will let [[Lauren|name]] see the children on their own at home and at school.
7. I will work with the Family Hub at the Owton Manor Community Centre on the "Talking to children about keeping safe" sessions
   with [[Mia-Rose|name]] ([[Sonia Dent|name]], Family Hub worker).

WHAT [[PAT PURVIS|name]] (NANA) AGREES TO DO
I will look after [[Kai|name]] and [[Mia-Rose|name]] when [[Kerry-Ann|name]] is at work. I will tell [[Lauren|name]] if I see
[[Darren|name]]
anywhere near the children. I will drive [[Mia|name]] to [[Rossmere|school]] on Wednesdays. My number is [[01429 273 506|phone]].

WHAT [[KAI|name]] AGREES TO (he asked to write his own bit)
"i will tell nana or [[lauren|name]] or mr [[gaffney|name]] if [[daz|name]] comes round. i wont fight at school. i want to see my dad
at christmas and i want [[reece|name]] to still be aloud round."

WHAT CHILDREN'S SERVICES AGREE TO DO
- [[Lauren|name]] will visit every 10 working days and see [[Kai|name]] and [[Mia-Rose|name]] alone. She will ask HMP Holme House
about a
  Christmas visit to [[Liam Bewick|name]] (their dad) and will help with the forms.
- [[Kai|name]] will be offered a mentor through Hartlepool United Community Sports Foundation and help at school from his Head of
  Year, Mr [[Gaffney|name]], and the school's counsellor.
- We will tell [[Kerry-Ann|name]] about any change in the police case against [[Darren|name]] (DC [[Lax|name]]).

This agreement will be looked at again at the core group on [[17/11/2026|date]].
Signed: [[K. Purvis|name]]   [[P Purvis|name]]   [[Kai B|name]]   [[L. Gaskell|name]] (SW)      Date: [[28/10/2026|date]]
Copies to: [[Kerry-Ann|name]], Mrs [[Purvis|name]] (Nana), [[Kai|name]], DSLs at both schools, DC [[Lax|name]].
"""),
]
# --- C. Liburd-Walsh / Walsh family (mixed White and Black Caribbean, Kittitian heritage), Chapeltown, Leeds -------------

HOME_C = d.Address("14 Hamilton Avenue", "Chapeltown", "Leeds", "LS7 4EB")
HOST_C = d.Address("6 Oakwood Grove", "Roundhay", "Leeds", "LS8 2PA")
GRAN_C = d.Address("112 Harehills Lane", "Harehills", "Leeds", "LS8 4HS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jayda", "Liburd-Walsh")], dt.date(2010, 2, 8), addresses=[HOST_C, HOME_C],
       ids=["6737578411", "Q383135316291", "SJ 40 19 75 B"], phones=["07425 816 903"], schools=["Leeds City College"]),
    _p("m", "mother", [("Nicola", "Walsh")], dt.date(1988, 5, 12), addresses=[HOME_C], phones=["07834 520 617"]),
    _p("f", "father", [("Trevor", "Liburd")], dt.date(1984, 10, 2), phones=["07961 402 385"]),
    _p("g", "grandparent", [("Gloria", "Liburd")], dt.date(1958, 3, 21), addresses=[GRAN_C], phones=["0113 249 6618"]),
    _p("o", "other", [("Kyrese", "Dacosta")], dt.date(2004, 6, 17), phones=["07577 120 468"]),
    _p("o2", "other", [("Angela", "Pickersgill")], None, [HOST_C], phones=["0113 265 0473"]),
    _p("p1", "professional", [("Rhiannon", "Doyle")], phones=["0113 378 4216", "07741 226 309"],
       emails=["rhiannon.doyle@airevale.gov.uk"]),
    _p("p2", "professional", [("Olivia", "Brayshaw")], phones=["0113 206 5118"], emails=["olivia.brayshaw@nhs.net"]),
], "c")

DOCS_C = [
    ("supported lodgings host's weekly report", """AIRE VALE COUNCIL - SUPPORTED LODGINGS SCHEME - HOST'S WEEKLY REPORT
Young person: [[Jayda Liburd-Walsh|name]]    Host(s): [[Angela|name]] & [[Dave Pickersgill|name]]    Week: Mon [[12/10/2026|date]]
to Sun [[18/10/2026|date]]
Please email to your scheme worker by Monday noon. (Scheme worker: [[Marcus Etienne|name]], [[marcus.etienne@airevale.gov.uk|email]])

How has the week gone overall?
Mixed week. [[Jayda|name]] has been tired (she's 24 weeks now) and a bit low, and there was the business on Thursday (see below).
She's been really good about the house, she cooked for us Tuesday - her grandma [[Gloria|name]]'s recipe for goat water, which I
had never heard of (it's a St Kitts thing, a stew) - [[Dave|name]] had three bowls. Our dog Marley has decided she's his person.

College / education / work
Went to [[Leeds City College|school]] Mon, Tue and Wed (Health and Social Care Level 2). Missed Thursday (see below) and Friday
("my back"). Her tutor [[Priya|name]] emailed me to say she is doing well when she goes. The college nurse has her pregnancy plan.

Health (appointments, how she's eating and sleeping)
Midwife appointment at St James's on Mon [[12th|date]] with [[Olivia|name]] (specialist midwife, teenage pregnancy) - all fine, baby
growing well, her iron is low, tablets. The 28-week scan is Mon [[2 Nov|date]] - NB this is wrong, [[Olivia|name]] said Wed
[[4th|date]],
I have put it on the fridge. She has been eating better, mostly pasta and fruit. Up in the night weeing, ha.

Family time / contact
Tue - her mum [[Nicola|name]] came for a cup of tea with the little ones, [[Lennox|name]] and [[Ruby|name]]. Went fine, [[Nicola|name]]
stayed an hour and brought a Moses basket from her friend [[Kerry-Louise|name]].
Sat - [[Jayda|name]] went to her grandma's in [[Harehills|place]] for the day and to church with her on Sunday morning (Mount Zion,
on [[Chapeltown Road|address]]). Her dad [[Trevor|name]] was at grandma's on Sat and dropped her back at 7pm in his van. Lovely man, he
asked if there was anything she needed and left £40 for the baby.

Any worries or incidents? (Tell your scheme worker on the day if it's serious.)
THURSDAY [[15th October|date]]. About 4.45pm a black Audi pulled up opposite the house and sat there with the engine running. I
recognised it from the photo [[Rhiannon|name]] showed us - [[Kyrese|name]]'s car. Reg [[YD19 KXF|vehicle]]. [[Jayda|name]] was
upstairs and I
heard her on the phone saying "I'm not coming out, go home [[Kyrese|name]]". He then came and knocked. [[Dave|name]] answered and told
him she did not want to see him and he had to go. He said "tell her I'm sorry, I've got stuff for the baby" and left a
Primark bag on the step (baby clothes and a card). He was polite but [[Dave|name]] said he "had that look". He drove off at 5.05.
[[Jayda|name]] cried a lot and said he had been messaging her on a new number ([[07936 118 542|phone]]) since Monday and that he "knows
where I live now because [[Tamia|name]] told him". [[Tamia|name]] is her friend from [[Chapeltown|place]]. I rang
[[Rhiannon|name]] at 5.15 (she
was off so I got the duty worker, [[Sunita|name]]) and then 101 - police ref 13/204417/26 - as per her plan. PC [[Ellison|name]]
rang back at 9pm.
On Friday she would not go out at all. Saturday she was brighter at her grandma's.

Money / independence skills
Did her own washing. Her national insurance card came ([[SJ 40 19 75 B|ni]]) - it's in our safe. Bought a cot with her grant from
the Leeds Baby Bank (via [[Rhiannon|name]]). Budget sheet done with [[Dave|name]].

Anything [[Jayda|name]] wanted me to say?
"Tell [[Marcus|name]] I'm fine. And can someone tell [[Kyrese|name]] it's over for real. I don't want my baby to have a dad like that.
And I want my grandma at the birth, not my mum." (I told her that was her choice to make.)

Signed: [[A. Pickersgill|name]]    [[18/10/26|date]]    Best number for me this week: [[0113 265 0473|phone]] (landline) - mobile
broken!
"""),
    ("police ABE interview summary", """WEST YORKSHIRE POLICE - LEEDS DISTRICT SAFEGUARDING UNIT - ACHIEVING BEST EVIDENCE (ABE)
INTERVIEW: SUMMARY
For the CPS and for children's services (not a transcript; the recording is held by the police). OFFICIAL-SENSITIVE

Witness: [[LIBURD-WALSH, Jayda|name]]    DOB: [[08/02/2010|dob]] (16)    Vulnerable witness (s16 YJCEA): yes, by age at the time
of the offences    Special measures: screens/live link to be applied for
Suspect: [[DACOSTA, Kyrese Jamal|name]]    DOB: [[17/06/2004|dob]]    Address: [[Flat 8, Foundry Mill Drive|address]],
[[Seacroft|place]], [[LS14 6EF|postcode]]
Offences under investigation: sexual activity with a child (s9 SOA 2003) between [[1 November 2025|date]] and [[7 February 2026|date]];
causing a child to watch a sexual act (s12) - under review
Interview date: [[20 October 2026|date]], 10:15-11:40, ABE suite, [[Leeds|place]]    Interviewer: DC [[Harriet Ogunleye|name]] 6241
Monitor: DS [[Chris Wainwright|name]]    Supporter present (not in the room): [[Rhiannon Doyle|name]] (SW)

Summary of account
1. [[Jayda|name]] met [[Kyrese|name]] in October 2025 through a friend, [[Tamia Boothe|name]], at a party on
[[Leopold Street|address]] in
[[Chapeltown|place]]. She was 15 and in Year 11 at [[Allerton Grange|school]]. She said she told him her age "straight away" and
he said "age
is just a number". He was 21. He added her on Snapchat (his username "kyreseDC"?? - she could not remember it exactly)
and messaged her "every day, like all day".
2. He picked her up from school in a black Audi three or four times a week and bought her food (Nando's, a Tesco meal deal,
"McDonald's every time"), vapes and, on one occasion, a pair of Air Jordans. She said: "Nobody ever bought me stuff like that.
My mum couldn't." Her mother, [[Nicola Walsh|name]], "thought he was 17".
3. The first sexual contact was at his flat in [[Seacroft|place]] "around bonfire night" 2025 (so, [[5 November|date]] or soon
after). She
said she did not want to at first and he said "if you loved me you would". It happened "most weekends" after that, at the flat
or in the car at Roundhay Park. He did not use condoms. She said he "never forced me" but that she "felt like I had to".
4. She described one occasion at the flat, in December, when his friend "[[Mikey|name]]" (surname not known, "about 25") was
there and [[Kyrese|name]] showed her a video on his phone of himself and another girl. She thinks the girl was "[[Shante|name]] from
[[Gipton|place]]", who is "about 14". This is being looked at as a separate offence (s12) and a possible further victim.
5. [[Kyrese|name]] told her not to tell anyone because "I'll go jail and it'll be your fault". He also told her to delete their
messages and to say he was 18 if anyone asked. He was "nice" until she told him in May that she was pregnant; he then
said the baby "ain't mine" and that she "sleeps about". He blocked her in June, and then started messaging again in
September from new numbers. She has kept screenshots.
6. [[Jayda|name]] said she wanted to talk now "because of the baby. I don't want her growing up and it happening to her." She
named her grandmother, [[Gloria Liburd|name]], as the person she trusts most, and her friend [[Kacey-Leigh Marsden|name]] as someone she
told "everything" to in January 2026.

Evidence to follow up
- [[Kacey-Leigh Marsden|name]] (16; [[Allerton Grange|school]] sixth form) - first complaint witness; to be seen with her mother.
- [[Tamia Boothe|name]] (16) - introduced them; to be seen. [[Jayda|name]] thinks [[Tamia|name]] has told [[Kyrese|name]] her address.
- School records ([[Allerton Grange|school]]: DSL Mr [[Okafor-Bright|name]]) - any record of the car at the school gates.
- [[Jayda|name]]'s phone: download with consent (given). Screenshots from [[07936 118 542|phone]] and [[07375 904 216|phone]].
- ANPR for [[YD19 KXF|vehicle]] (registered keeper: [[Kyrese DACOSTA|name]]).
- "[[Mikey|name]]" and "[[Shante|name]]" - intelligence checks; [[Shante|name]] to be safeguarded ([[Gipton|place]]).
- Paternity: to be raised with CPS after the birth (EDD [[31/01/2027|date]]).

Risk and safeguarding
[[Kyrese Dacosta|name]] was arrested on [[21/10/2026|date]] and released on bail to [[29/01/2027|date]] with conditions: not to
contact [[Jayda|name]]
directly or indirectly; not to go to [[Oakwood Grove|address]], [[Roundhay|place]] or to [[Harehills Lane|address]]; not to
contact any female
under 18. He refused to answer questions. Bail conditions shared with [[Rhiannon Doyle|name]] and with the host, Mrs
[[Pickersgill|name]].
Summary by: DC [[H. Ogunleye|name]], [[21/10/2026|date]].
"""),
]

DOCS_C += [
    ("a girl's letter to her unborn baby", """[Written by [[Jayda|name]] in her notebook and typed up by her, for the pre-birth
child protection conference on [[9 November
2026|date]]. She asked that it be read out by her grandmother. Her own words and spelling.]

dear baby girl,

im writing this coz [[rhiannon|name]] said i can say whatever i want at the meeting and i get really shy and mess my words up so
my grandma is reading this out. hi everyone lol.

so baby your due on the [[31st jan|date]] but [[olivia|name]] says first babies come late so maybe it will be feb. my birthday is
[[8th feb|dob]] so if you come on my birthday that would be mad. ill be 17. thats young i know. people look at me on the bus in
[[chapeltown|place]] like im a tramp. im not. i just fell for the wrong person.

your dad is [[kyrese|name]]. im gonna be honest with you coz grandma says always tell the truth. he was 21 and i was 15 and he
said he loved me but he didnt he just wanted me to do stuff. when i told him about you he said your not his. he blocked me.
now hes messaging me again saying hes sorry and he wants to be in your life. i dont believe him. the police are dealing with it.
i did my interview with [[harriet|name]] (police lady) and it was hard but i did it for you.

about my family. your nanny [[nic|name]] is my mum. she loves us but she has [[lennox|name]] and [[ruby|name]] and her boyfriend
[[craig|name]] and
she drinks when shes sad and i cant be there with a baby. your great grandma [[gloria|name]] is the best person in the world. she
came from [[sandy point|place]] in st kitts when she was 19 and she worked in the hospital for 40 year. she makes the best
saltfish and she prays for us every night. your grandad [[trev|name]] is soft and funny and he says he will teach you to ride a bike.

i live with [[angela|name]] and [[dave|name]] in [[roundhay|place]]. they are posh but kind. their dog marley sleeps on my bed.
dont tell
[[angela|name]].

things i promise you:
- i will finish my course at [[city college|school]] and be a nurse like great grandma
- i will never leave you on your own
- i will never let a man treat you like your dad treated me
- i will take you to carnival in potternewton park and to st kitts one day to see where grandma [[gloria|name]] is from
- i will let the social worker help me even tho i dont like being watched

i want us to live in a flat near grandma in [[harehills|place]] or [[chapel allerton|place]]. i know i need help at first. i want to do
a mother and baby placement if they say so but not far away, not [[bradford|place]] or [[wakefield|place]], i need my grandma.

your name is going to be [[zuri|name]] (it means beautiful) [[zuri gloria liburd-walsh|name]]. not [[dacosta|name]].

love you already. mum x
[[jayda|name]]
"""),
    ("a pastor's reference letter", """Mount Zion Pentecostal Church (Leeds)
[[Chapeltown Road|address]], [[Leeds|place]] [[LS7 3DX|postcode]]    Tel: [[0113 262 7751|phone]]
Senior Pastor: Bishop [[Winston A. Hanley|name]]    Assistant Pastor: Rev. [[Marcia Hanley|name]]

[[26th October 2026|date]]

To [[Rhiannon Doyle|name]]
Social Worker, Aire Vale Council, Children and Families (Leeds North East)

Dear Ms [[Doyle|name]],

Reference for Mother [[Gloria Liburd|name]] of [[112 Harehills Lane|address]], [[Leeds|place]] [[LS8 4HS|postcode]]

I write at the request of Mother [[Liburd|name]] (known to our congregation as "Mother [[Glo|name]]" and to the young people as "Grandma
[[Glo-Glo|name]]"), who tells me that her great-granddaughter-to-be and her granddaughter, [[Jayda|name]], may need a home with
her, and that
the council has asked for a character reference.

I have known Mother [[Liburd|name]] for thirty-one years. She came to [[Leeds|place]] from [[Sandy Point Town|place]], St Kitts,
in 1977, to join her
late husband, Brother [[Cuthbert Liburd|name]] (who was a founder member of this church and went home to the Lord in 2015). She
worked as a nursing auxiliary and then a ward clerk at St James's for thirty-eight years, and has been a Church Mother here
since 2009. She leads our Tuesday prayer meeting and the Sunday School, and has been DBS checked for that work every three
years (our safeguarding officer, Sister [[Yvonne Clarke-Francis|name]], can confirm this).

Mother [[Liburd|name]] raised three children of her own - [[Trevor|name]] (the father of [[Jayda|name]]), [[Claudette|name]] (now in
[[Birmingham|place]]) and [[Desmond|name]], who died in 2004 - and she has cared for many of the church's children over the years,
including, for two years, the late Sister [[Merline Phipps|name]]'s grandson, [[Andre|name]], when his mother was unwell.
[[Andre Phipps|name]] is
now a paramedic in [[Bradford|place]]. She has always been a firm but loving presence. When our young people go astray they go
to Mother [[Glo|name]]'s kitchen, not to me.

I know [[Jayda|name]] from her childhood in our Sunday School and from the Leeds West Indian Carnival troupe we sent out from the
church. She stopped coming at thirteen and has only lately returned, with her grandmother, on Sunday mornings. I have seen
for myself the closeness between them. [[Jayda|name]] told me, after the service on [[11 October|date]], that "Grandma
[[Glo|name]] is the
only one who never gave up on me".

I must be honest with you, as Mother [[Liburd|name]] would wish. She is sixty-eight, she has arthritis in her hands, and her
house is a three-bedroom terrace with steep stairs. She would need help. The church is ready to give it: our women's
fellowship ([[Pauline Nisbett|name]], [[Hyacinth Warner|name]] and my wife) has agreed to a rota of practical support for the first
months, and our deacon, Brother [[Leroy Daley|name]], has already fitted a stair gate and a new smoke alarm.

Mother [[Liburd|name]] asked me to add one thing in her own words: "I am not too old. I am just old enough."

If you wish to speak with me, please call me on [[07852 611 390|phone]] or at the church office.

Yours in His service,

Bishop [[W. A. Hanley|name]]
Senior Pastor, Mount Zion Pentecostal Church (Leeds); Chair, Chapeltown Churches Together
"""),
]
# --- D. Mahmood family (British Pakistani), Daneshouse, Burnley: care proceedings after a baby's fractures ---------------

HOME_D = d.Address("42 Abel Street", "Daneshouse", "Burnley", "BB10 1QP")
NANI_D = d.Address("15 Every Street", "", "Nelson", "BB9 7HG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Eshaal", "Mahmood")], dt.date(2026, 7, 2), addresses=[HOME_D], ids=["5288260508"]),
    _p("s", "sibling", [("Ayaan", "Mahmood")], dt.date(2022, 11, 9), addresses=[NANI_D, HOME_D], ids=["7237114948", "J888370821573"],
       schools=["Stoneyholme Community Primary School"]),
    _p("m", "mother", [("Sidra", "Mahmood"), ("Sidra", "Akhtar")], dt.date(2000, 12, 19), addresses=[HOME_D],
       phones=["07405 118 326"], ids=["ST 62 03 95 A"]),
    _p("f", "father", [("Usman", "Mahmood")], dt.date(1996, 4, 25), addresses=[HOME_D], phones=["07723 905 418"],
       ids=["RM 14 77 30 C"]),
    _p("g", "grandparent", [("Razia", "Begum")], dt.date(1970, 2, 1), addresses=[HOME_D]),
    _p("g2", "grandparent", [("Shamim", "Akhtar")], dt.date(1968, 9, 5), addresses=[NANI_D], phones=["01282 617 349"]),
    _p("a", "other", [("Hira", "Akhtar")], phones=["+92 321 5408816"]),
    _p("p1", "professional", [("Jodie", "Hargreaves")], phones=["01282 476 902", "07947 381 225"],
       emails=["jodie.hargreaves@brunvale.gov.uk"]),
    _p("p2", "professional", [("Moira", "Cunliffe")], phones=["07880 219 734"], emails=["moira.cunliffe@cafcass.gov.uk"]),
], "c")

DOCS_D = [
    ("children's guardian's initial analysis", """Cafcass - CHILDREN'S GUARDIAN'S INITIAL CASE ANALYSIS AND RECOMMENDATION
(for the Case Management Hearing, the Family Court sitting at Preston)    Case number: PR26C00641
Children: [[Eshaal MAHMOOD|name]] (born [[2 July 2026|dob]], NHS [[528 826 0508|nhs]]) and [[Ayaan MAHMOOD|name]] (born
[[9 November 2022|dob]])
Applicant: Brun Vale Council    Respondents: [[Sidra Mahmood|name]] (mother), [[Usman Mahmood|name]] (father), the children
Children's Guardian: [[Moira Cunliffe|name]]    Children's solicitor: Mr [[Adnan Sheikh|name]], [[Forbes|name]] [[Pilling|name]] LLP
Date: [[28 October 2026|date]]

1. Why the children are before the court
On [[14 October 2026|date]] [[Eshaal|name]], then 14 weeks old, was brought by her parents to the children's emergency department at
the Royal Blackburn Hospital with a swollen left thigh; her mother said she had "screamed all night" since the nappy change
the evening before. An X-ray showed a spiral fracture of the left femur. A skeletal survey on [[15/10/2026|date]] found two
healing fractures of the posterior right ribs (estimated by Dr [[Gareth Llewellyn|name]], consultant paediatric radiologist, as
10 to 21 days old). Eye examination, bloods and a CT head were normal. Dr [[Preeti Nair|name]], consultant paediatrician, says
there is no medical explanation and that the injuries are "highly likely to be inflicted". The parents have given no
account of how they happened; the father has suggested [[Ayaan|name]] (then 3) "might have climbed in the cot".
The local authority issued on [[19 October|date]]; interim care orders were made on [[21/10/2026|date]] by HHJ [[Ainscough|name]].

2. The household
[[42 Abel Street|address]], [[Daneshouse|place]], [[Burnley|place]] ([[BB10 1QP|postcode]]): a four-bedroom terrace owned by the
paternal
grandparents, Mr [[Mohammed Rafiq|name]] (58, a taxi driver) and Mrs [[Razia Begum|name]] (56); the parents and both children
(one bedroom); the father's brothers, [[Zeeshan Mahmood|name]] (19, a student at [[Burnley College|school]]) and [[Bilal Mahmood|name]]
(24, works nights in a warehouse in [[Padiham|place]]). The mother's family are in [[Nelson|place]]: her mother, Mrs
[[Shamim Akhtar|name]],
at [[15 Every Street|address]], [[Nelson|place]] [[BB9 7HG|postcode]], and her brother [[Kamran|name]]. Her sister,
[[Hira Akhtar|name]], lives in
[[Jhelum|place]], Pakistan. The parents are first cousins (their mothers are sisters) and married in [[Jhelum|place]] in 2021; the
mother came to the UK on a spouse visa in 2022 and has limited English (Punjabi/Urdu). The police have identified a pool of
possible perpetrators: the mother, the father, Mrs [[Begum|name]] and [[Zeeshan|name]], each of whom had sole care of [[Eshaal|name]] at
times in the relevant period.

3. The children now
[[Eshaal|name]] and her mother were placed together on [[23/10/2026|date]] at Cedar Lodge Family Assessment Centre,
[[Accrington|place]], for a
12-week residential assessment. [[Eshaal|name]]'s fracture is healing in a Pavlik harness; she is feeding and sleeping well.
[[Ayaan|name]] is with his maternal grandmother in [[Nelson|place]] under an interim care order (regulation 24 placement). He goes to
the nursery class at [[Stoneyholme Community Primary School|school]] (UPN [[J888370821573|upn]]) by taxi. When I met him on
[[26 October|date]] he was playing with a toy fire engine with his uncle [[Kamran|name]]; he said "Mama and baby in the big house"
and "Dada [[Rafiq|name]] shouted", and then asked for his "daddy's phone" to play games.

4. The parents and wider family
The mother, through an interpreter (Mrs [[Nusrat Iqbal|name]]), told me she "does not know" how her daughter was hurt, that she
is "never alone with the baby in that house" and that her mother-in-law "does everything her own way". She was tearful and
said she wants to be "a good mother, even if alone". The father told me [[Eshaal|name]] is "our princess" and that the doctors are
"making assumptions because we are Asian"; he is not in the residential placement and sees [[Eshaal|name]] twice a week at the
centre. He says he was at work (a mobile phone shop on [[Colne Road|address]]) on most days. Mrs [[Begum|name]] has declined to meet me.
[[Zeeshan|name]] met me with his father and said he "never changes nappies". The maternal grandmother, Mrs [[Akhtar|name]], is warm and
sensible; she told me she had seen the mother "frightened in that house" and that her daughter was not allowed to visit her.

5. Analysis and recommendations
The fractures are serious and are, on the medical evidence so far, unexplained. Until the court has decided who caused them,
neither child can safely return to [[Abel Street|address]]. I support: (a) the interim care orders; (b) the residential assessment of
the mother and [[Eshaal|name]]; (c) the placement of [[Ayaan|name]] with Mrs [[Akhtar|name]], with a full connected persons
assessment; (d)
a finding of fact hearing in February 2027 with the pool as above, and a direction for Mrs [[Begum|name]], [[Zeeshan|name]] and
[[Bilal|name]] to be served and invited to intervene; (e) a second opinion from a paediatric radiologist and haematology tests
(including for osteogenesis imperfecta) for [[Eshaal|name]]; (f) an interpreter for the mother at every hearing and meeting, and
not from the local taxi firms' families; (g) family time for the father twice a week, supervised.
[[M. Cunliffe|name]], Children's Guardian, Cafcass Lancashire, [[07880 219 734|phone]], [[moira.cunliffe@cafcass.gov.uk|email]]
"""),
    ("residential family assessment centre weekly report", """CEDAR LODGE FAMILY ASSESSMENT CENTRE - WEEKLY SUMMARY REPORT No. 2
Family: [[Sidra MAHMOOD|name]] (mother) and [[Eshaal MAHMOOD|name]] (baby, DOB [[02/07/2026|dob]], NHS [[528 826 0508|nhs]])
Week: [[30/10/2026|date]] - [[05/11/2026|date]]    Key worker: [[Danielle Holden|name]]    Centre manager: [[Kath Duckworth|name]]
Placing SW: [[Jodie Hargreaves|name]] ([[jodie.hargreaves@brunvale.gov.uk|email]])    Interpreter (Urdu/Punjabi):
[[Nusrat Iqbal|name]] (days)
Observation by day staff and by camera in the family's flat (24-hour CCTV, no sound, agreed with the mother).

1. Basic care
[[Sidra|name]] gets up for every night feed (3-4 a night) without prompting. She makes feeds correctly (checked x6 this week),
winds [[Eshaal|name]] well and notices her cues ("she wants to be held upright"). She needs help with the Pavlik harness at
nappy changes; she watched the physio ([[Olu Adebayo|name]]) on [[2 November|date]] and then did it herself, gently and slowly. She
has been shown how to bath [[Eshaal|name]] with the harness on and did so on Tue [[3/11|date]] with [[Danielle|name]].

2. Warmth and attunement
Lovely, soft interactions. [[Sidra|name]] sings Punjabi lullabies and calls [[Eshaal|name]] "meri guriya" (my doll) and "[[Eshu|name]]".
[[Eshaal|name]] smiles at her mother's face and quietens to her voice. [[Sidra|name]] is anxious and checks the baby's leg too often,
but she does not handle her roughly at any time (all footage reviewed by [[Kath|name]]).

3. Family time and visitors
- Father ([[Usman|name]]) visited Sat [[31/10|date]] and Wed [[4/11|date]], 2 hours, supervised by [[Rukhsana Patel|name]]. He held
  [[Eshaal|name]] confidently and changed her nappy. On Wed he spent much of the visit on his phone and raised his voice at
[[Sidra|name]]
  in Punjabi; [[Nusrat|name]] says he said "you've told them lies about my mother". [[Sidra|name]] cried after he left.
- Maternal grandmother Mrs [[Shamim Akhtar|name]] and [[Ayaan|name]] came on Sun [[1/11|date]], brought by [[Kamran|name]]
(uncle). [[Ayaan|name]]
  ran to his mum, then kissed the baby's foot. Mrs [[Akhtar|name]] brought daal and parathas for the staff.
- Paternal grandmother: not on the visitors list. Mrs [[Razia Begum|name]] telephoned the centre on [[2/11|date]] asking to speak to
  [[Sidra|name]]; declined per the plan; [[Jodie|name]] informed.

4. Mother's own wellbeing
[[Sidra|name]] has begun to talk to [[Danielle|name]] more (through [[Nusrat|name]]). She said she has not had her own money or her own
phone "since I came to England" - her passport is "with my husband's father". She uses the centre's phone to ring her
sister, [[Hira|name]], in Pakistan (on imo). She said that, in September, her mother-in-law "took [[Eshaal|name]] to her room at
night so I could sleep, and brought her back crying". She did not say more. This has been passed to [[Jodie|name]] and to the
police (DC [[Anwar|name]], Lancashire Constabulary, Burnley CID).
GP: registered with the [[Accrington|place]] practice as a temporary resident. Health visitor: [[Jane Fishwick|name]].
English: [[Sidra|name]] has started ESOL Entry 1 at the centre on Thursday mornings with [[Margaret Lord|name]] (volunteer).

5. Concerns this week
Sleep deprivation; dependence on staff for the harness; the father's behaviour on [[4/11|date]]. No safeguarding incidents.

6. Next week
Parenting sessions 5-6 (Solihull Approach); memory-book work; a meeting with [[Sidra|name]]'s solicitor, Ms [[Whittaker|name]], on the
[[10th|date]]; review with [[Jodie|name]] on [[12/11/2026|date]].
Written by [[D. Holden|name]], Family Assessment Worker, [[06/11/2026|date]]. Centre phone [[01254 283 617|phone]].
"""),
]

DOCS_D += [
    ("imo chat between sisters, translated from Urdu and Punjabi", """[imo messages between [[Sidra Mahmood|name]] (on the Cedar
Lodge tablet, account "[[Sidra Akhtar|name]]") and her
sister [[Hira Akhtar|name]] in [[Jhelum|place]] ([[+92 321 5408816|phone]]), shown by [[Sidra|name]] to her solicitor and to
[[Jodie Hargreaves|name]] on
[[9 November 2026|date]]. Written in Urdu script and in Urdu and Punjabi in Roman letters; translated by [[Nusrat Iqbal|name]].
Voice notes
and video calls are summarised. Only [[24 October|date]] to [[8 November|date]] is copied.]

[[24/10/2026|date]] 19:02  [[ہیرا|name]]: [[سدرہ|name]] کہاں ہو؟ کال نہیں اٹھا رہی ([[Sidra|name]] where are you? You're not answering)
[[24/10/2026|date]] 19:40  [[Sidra Akhtar|name]]: baji main aik centre mein hoon [[Eshaal|name]] ke saath. [[Usman|name]] nahi hai
(Baji I'm in
a centre with [[Eshaal|name]]. [[Usman|name]] isn't here)
[[24/10/2026|date]] 19:41  [[Sidra Akhtar|name]]: phone un logon ne le liya. yeh centre ka hai (They took my phone. This one is
the centre's)
[[24/10/2026|date]] 19:45  [[ہیرا|name]]: Ammi ne bataya [[Ayaan|name]] unke paas hai [[Nelson|place]] mein. shukar hai (Ammi told me
[[Ayaan|name]] is with her in [[Nelson|place]]. Thank God)
[[24/10/2026|date]] 19:52  [[Sidra Akhtar|name]]: voice note (1:48): She cries and says the doctors say someone broke [[Eshaal|name]]'s
leg and ribs; that she "did not do it"; that the police interviewed her with a man interpreter from [[Burnley|place]] "who
knows [[Rafiq|name]] chacha" and she was scared to speak.
[[25/10/2026|date]] 08:15  [[ہیرا|name]]: [[Sidra|name]] meri baat suno. sach bolo. jo bhi hai. tumhari beti pehle hai
([[Sidra|name]], listen to me.
Tell the truth. Whatever it is. Your daughter comes first)
[[25/10/2026|date]] 08:20  [[Sidra Akhtar|name]]: baji agar main bolun to [[Usman|name]] mujhe talaaq de dega aur Phupho mujhe kabhi
[[Ayaan|name]] se milne nahi degi (Baji, if I speak [[Usman|name]] will divorce me and Phupho (aunt, here the mother-in-law) will
never let
me see [[Ayaan|name]])
[[25/10/2026|date]] 08:31  [[ہیرا|name]]: yeh England hai, [[Jhelum|place]] nahi. wahan ki adalat maa ko dekhti hai.
[[Shazia|name]] baji ki
cousin [[Bradford|place]] mein wakeel hai, main poochti hoon (This is England, not [[Jhelum|place]]. The courts there look at the
mother. [[Shazia|name]] baji's cousin is a lawyer in [[Bradford|place]], I'll ask)
[[27/10/2026|date]] 22:10  [[Sidra Akhtar|name]]: aaj [[Eshu|name]] ne pehli dafa hans ke dekha 😍 (Today [[Eshu|name]] laughed at
me for the
first time)
[[27/10/2026|date]] 22:11  [[Sidra Akhtar|name]]: <photo>
[[27/10/2026|date]] 22:30  [[ہیرا|name]]: mashallah!! bilkul [[Ayaan|name]] jaisi hai. Abbu ko dikhaungi ([[Ayaan|name]]'s double. I'll
show Abbu)
[[31/10/2026|date]] 20:05  [[Sidra Akhtar|name]]: [[Usman|name]] aaya tha. ghussa tha. kehta hai main ne Ammi ji ke khilaf bola
([[Usman|name]] came.
He was angry. He says I spoke against his mother)
[[31/10/2026|date]] 20:06  [[Sidra Akhtar|name]]: baji sach yeh hai ke Phupho raat ko [[Eshaal|name]] ko le jati thi. aur
[[Zeeshan|name]]
bhi kamre mein aata tha jab main namaz parhti thi (Baji, the truth is that Phupho used to take [[Eshaal|name]] at night. And
[[Zeeshan|name]] also used to come into the room when I was praying)
[[31/10/2026|date]] 20:15  [[ہیرا|name]]: yeh sab [[Jodie|name]] madam ko batao. main [[Kamran|name]] ko bolti hoon tumhare saath
jaye (Tell all
this to [[Jodie|name]] madam. I'll tell [[Kamran|name]] to go with you)
[[02/11/2026|date]] 11:00  video call (12 min): [[Hira|name]] and her husband [[Faisal|name]] and their daughters [[Aleena|name]]
and [[Anaya|name]]
see [[Eshaal|name]]. [[Hira|name]] says their father (Abbu, [[Ghulam Akhtar|name]]) is unwell in [[Dina|place]] and wants to speak to
[[Sidra|name]]; his number is [[+92 544 612 873|phone]] (landline).
[[05/11/2026|date]] 21:40  [[Sidra Akhtar|name]]: passport abhi bhi [[Rafiq|name]] chacha ke paas hai. [[Jodie|name]] madam ne kaha woh
maangengi (My passport is still with Uncle [[Rafiq|name]]. [[Jodie|name]] madam said she will ask for it)
[[08/11/2026|date]] 09:12  [[ہیرا|name]]: allah tumhari madad kare. tum akeli nahi ho [[سدرہ|name]] ❤️ (May God help you. You are
not alone,
[[Sidra|name]])
"""),
    ("solicitor's attendance note", """[[WHITTAKER|name]] & [[HOYLE|name]] SOLICITORS - FAMILY DEPARTMENT - ATTENDANCE NOTE
Client: Mrs [[Sidra MAHMOOD|name]] (mother)    Matter: Brun Vale Council v [[Mahmood|name]] & ors, PR26C00641    Fee earner: [[Aisha
Whittaker|name]] (Solicitor, Children Panel)    Legal aid certificate: yes (non-means)
Date: [[11/11/2026|date]]    Attendance: at Cedar Lodge, [[Accrington|place]], 10:05-12:20 (2h15)    Interpreter: Mrs
[[Nusrat Iqbal|name]]
(our own interpreter, Urdu, female - the client's choice)

Attending client at the centre with the interpreter. Also present for the last 20 minutes: [[Danielle Holden|name]] (key worker).

1. Explained the finding of fact process again. Client understands that the court will decide "who hurt [[Eshaal|name]]" and
that the pool currently includes her. Advised her that she does not have to give evidence against her husband but that
the court will expect her to tell the truth about what she saw, and that if she has new information it is better to give
it now, in a statement, than for the first time at the hearing.

2. Client's instructions (new). Client says that from about the middle of September the paternal grandmother, Mrs [[Razia
Begum|name]], took [[Eshaal|name]] into her own room at night "three or four times a week" and that [[Eshaal|name]] "came back
crying, not like
hungry crying". Client says her brother-in-law [[Zeeshan|name]] would sometimes come into her room when she was at prayer or
in the shower, pick up [[Eshaal|name]] and take her downstairs "to show his friends". On [[13 October|date]] (the night before the
hospital) client was downstairs cooking from about 6 to 8pm; her husband was at the shop; [[Zeeshan|name]] was upstairs "on his
PlayStation" with [[Eshaal|name]] in her bouncer. Client heard [[Eshaal|name]] scream "like never before"; [[Zeeshan|name]] said she had
"kicked her leg in the bouncer". Client told her husband when he came home at 11; he said not to make a fuss. Mrs [[Begum|name]]
told her to "put oil on the leg" and not to go to the hospital "because they will say things". Client took [[Eshaal|name]] to
the hospital the next morning with her husband because "she would not stop crying".

3. Why she has not said this before: "I was afraid of them. They have my passport and my papers. [[Usman|name]] said if I spoke
he would send me back to Pakistan without [[Ayaan|name]]." Client also said that her father-in-law, Mr [[Mohammed Rafiq|name]], holds
her passport and her biometric residence permit. Advised on domestic abuse, her immigration position (the domestic
violence concession and our immigration colleague, Mr [[Tariq Hameed|name]]), and a non-molestation order. Client wants to think
about a non-molestation order; she wants the passport back now.

4. Client's wishes: to stay with [[Eshaal|name]] at Cedar Lodge and then to live with her mother in [[Nelson|place]] with both children.
She does not want to go back to [[Abel Street|address]]. She would like her mother, Mrs [[Shamim Akhtar|name]], to be assessed to
care for
both children with her. She asks that her sister, [[Hira|name]], be told she is safe.

5. Actions
- AW to take a full statement on [[13/11/2026|date]] (2 hours, same interpreter), to be filed by [[20/11|date]] as directed.
- AW to email [[Jodie Hargreaves|name]] (SW) and the guardian, [[Moira Cunliffe|name]], today re the passport and the new account,
and to
  ask the police (DC [[Faisal Anwar|name]]) to recover the client's passport and BRP from [[42 Abel St|address]].
- AW to instruct counsel (Ms [[Nadia Rauf|name]], St John's Buildings) for the finding of fact.
- Refer client to Lancashire Victim Services / an IDVA (Ms [[Bernadette Conroy|name]]).
- Client's NI number for the legal aid file: [[ST 62 03 95 A|ni]]. Client's new mobile (provided by the centre):
[[07482 936 105|phone]]. Do not give to husband's solicitors ([[Farooq|name]] [[Siddiqui|name]]).

Time: attendance 2h15; travel 0h50 ([[Burnley|place]] to [[Accrington|place]] and back). AW
"""),
]
# --- E. Bhayat family (Gujarati Indian Muslim), Savile Town, Dewsbury: a forced marriage protection order ---------------

HOME_E = d.Address("27 Warren Street", "Savile Town", "Dewsbury", "WF12 9LY")
NANI_E = d.Address("31 Purlwell Lane", "Purlwell", "Batley", "WF17 7PG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Zainab", "Bhayat")], dt.date(2011, 6, 23), addresses=[HOME_E], ids=["7463685748", "N382172016152"],
       phones=["07438 906 215"], schools=["Westborough High School"]),
    _p("s", "sibling", [("Maryam", "Bhayat")], dt.date(2017, 3, 15), addresses=[HOME_E], ids=["4211700936", "J382157119527"],
       schools=["Headfield Church of England Junior School"]),
    _p("s2", "sibling", [("Yusuf", "Bhayat")], dt.date(2007, 1, 20), addresses=[HOME_E]),
    _p("m", "mother", [("Rashida", "Bhayat")], dt.date(1982, 9, 14), addresses=[HOME_E], phones=["07957 602 138"]),
    _p("f", "father", [("Ismail", "Bhayat")], dt.date(1976, 1, 6), addresses=[HOME_E], phones=["07814 337 920"],
       ids=["WP 36 92 15 B"]),
    _p("g", "grandparent", [("Hawa", "Lunat")], dt.date(1950, 4, 2), addresses=[NANI_E], phones=["01924 462 851"]),
    _p("u", "other", [("Ebrahim", "Bhayat")], phones=["+91 98250 47316"]),
    _p("o", "other", [("Saeed", "Bhayat")], dt.date(2002, 5, 30), phones=["+91 97240 18853"]),
    _p("p1", "professional", [("Becky", "Crabtree")], phones=["01484 414 962", "07706 548 201"],
       emails=["becky.crabtree@calderbrook.gov.uk"]),
    _p("p2", "professional", [("Nasima", "Mulla")], phones=["01924 469 382"], emails=["nmulla@westborough.school"]),
], "c")

DOCS_E = [
    ("school's email to the front door and the Forced Marriage Unit", """From: [[Nasima Mulla|name]]
<[[nmulla@westborough.school|email]]>
Sent: Monday, [[2 November 2026|date]] 13:04
To: Calderbrook Children's Front Door <[[frontdoor@calderbrook.gov.uk|email]]>; Forced Marriage Unit
<[[fmu.referrals@fcdo.gov.uk|email]]>
Cc: [[Gareth Priestley|name]] <[[gpriestley@westborough.school|email]]>
Subject: URGENT - possible forced marriage - [[Zainab BHAYAT|name]] (Y10) - travelling to India [[19 December|date]]
Importance: High

Dear colleagues,

I am the Designated Safeguarding Lead at [[Westborough High School|school]], [[Dewsbury|place]]. I am making an urgent referral
about a Year
10 pupil who I believe is at risk of being forced into marriage during a family trip to India this Christmas.

Pupil: [[Zainab Bhayat|name]], DOB [[23/06/2011|dob]] (15), UPN [[N382172016152|upn]]
Address: [[27 Warren Street|address]], [[Savile Town|place]], [[Dewsbury|place]] [[WF12 9LY|postcode]]
Parents: Mr [[Ismail Bhayat|name]] ([[07814 337 920|phone]]) and Mrs [[Rashida Bhayat|name]] ([[07957 602 138|phone]])
Siblings: [[Yusuf|name]] (19, works with his father), [[Maryam|name]] (9, [[Headfield Junior|school]])
Pupil's own mobile: [[07438 906 215|phone]] - NB her father checks it; please do NOT text her.

What happened: this morning [[Zainab|name]] stayed behind after my Year 10 PSHE lesson and AirDropped a note to my school iPad
(attached as "for miss.pdf"). In it she says that her family have booked flights to [[Ahmedabad|place]] for [[19 December|date]], that
she is to be engaged, and possibly married (nikah), to her father's brother's son, [[Saeed|name]], who is 24 and lives in
[[Palej|place]], near [[Bharuch|place]], and that her passport has been "taken to be renewed". She says she has told her parents she
does not want to and that her father said "you will do what the family decided when you were small". She asked me not to
tell her parents she had spoken to me. She is calm but very frightened; she said that if she is made to go she will "do
something stupid".

Other information: [[Zainab|name]]'s older cousin, [[Sumayyah Patel|name]] (a former pupil, left 2022), went to India aged 16 and
did not return to school; we were told she "married out there". [[Zainab|name]]'s attendance is 97%; she is predicted grade 8s
and wants to be a pharmacist. Her form tutor, Mr [[Priestley|name]], noticed she has been withdrawn since October half term.

I have not contacted the parents. [[Zainab|name]] is in school until 15:10 today. She usually walks home with her friend [[Hafsa|name]]
along [[Savile Road|address]]. Please advise before 15:00 whether to keep her in school.

Kind regards,
[[Nasima Mulla|name]]
Assistant Headteacher | Designated Safeguarding Lead
[[Westborough High School|school]], [[Stockhill Road|address]], [[Dewsbury|place]] [[WF13 4LN|postcode]]
Tel: [[01924 469 382|phone]] | Part of the Calder Learning Trust
"Respect - Aspire - Achieve"

-----
From: Forced Marriage Unit <[[fmu.referrals@fcdo.gov.uk|email]]>
Sent: [[02 November 2026|date]] 13:41
To: [[Nasima Mulla|name]]
Subject: RE: URGENT - possible forced marriage - [[Zainab BHAYAT|name]] (Y10)

Dear Ms [[Mulla|name]], thank you. We have opened case FMU/26/2231 and are available to the local authority for advice on a
Forced Marriage Protection Order. Please do not involve the family or community members, and do not use family members as
interpreters. Your caseworker is [[Rahim Chowdhury|name]]; the FMU's public helpline is 020 7008 0151. Kind regards, Forced
Marriage Unit (FCDO/Home Office)

-----
From: [[Becky Crabtree|name]] <[[becky.crabtree@calderbrook.gov.uk|email]]>
Sent: [[02 November 2026|date]] 14:22
To: [[Nasima Mulla|name]]
Subject: RE: URGENT - possible forced marriage - [[Zainab BHAYAT|name]] (Y10)

[[Nasima|name]] - thanks, please keep [[Zainab|name]] in school. I am on my way with DC [[Kirsty Sheard|name]] (West Yorkshire
Police, Kirklees
Safeguarding Unit). We will speak to her alone first. Please arrange a quiet room and a female member of staff she trusts
([[Zainab|name]] has mentioned Mrs [[Hussain|name]]?). [[Maryam|name]]'s school ([[Headfield|school]]) will be told by our duty
manager, [[Tom Ackroyd|name]].
[[Becky|name]]
[[Becky Crabtree|name]], Senior Social Worker, Dewsbury and Batley Team, [[07706 548 201|phone]]
"""),
    ("a girl's note written in her phone's Notes app", """[Note written by [[Zainab Bhayat|name]] in the Notes app on her phone on
[[1 November 2026|date]] and AirDropped to Mrs
[[Mulla|name]] on [[2 November|date]] as "for miss". Copied exactly, including the Gujarati words; her meanings added in brackets by
[[Becky Crabtree|name]] after talking to [[Zainab|name]].]

for miss [[mulla|name]] only pls dont tell abba

ok so im going to write it down bc i cant say it out loud.

we are going to india on the [[19th dec|date]] from manchester airport. me, mum, abba, [[maryam|name]] and [[yusuf|name]] bhai.
abba says its
for [[ebrahim|name]] kaka's daughter [[ruqaiya|name]]'s shaadi in [[palej|place]] (shes 22 so thats fine). but last night i heard mum on
the phone to ba (my nani, [[hawa lunat|name]] in [[batley|place]]) and she was crying and saying "[[zainab|name]] ni sagai pan tyaj thai
jase" ([[zainab|name]]'s engagement will also happen there). and then [[maryam|name]] told me that phoi [[amina|name]] said on
facetime that i am
going to be [[saeed|name]] bhai's wife and she said it like it was a joke.

[[saeed|name]] is my cousin. hes [[ebrahim|name]] kaka's son. hes like 24 and he works in the pharmacy in [[bharuch|place]] and
has a beard and
doesnt even speak english. i met him ONCE when i was 11 at [[ankleshwar|place]] when we went for dada's funeral. everyone used
to say "tame be nu jodu saras che" (you two make a nice pair) when we were kids and i thought it was a joke. its not a joke.

when i said to mum i dont want to she said its only a sagai (engagement) and the nikah will be when im 18 "inshallah". but
[[sumayyah|name]] api went out for a sagai too and she never came back and now she has 2 kids in [[surat|place]] and she is 19.

abba took my passport on wednesday and said its for renewing. its not out of date i checked the date it was 2029.

i dont want to get married. i want to do my gcses and go to [[greenhead|school]] for a levels and be a pharmacist MYSELF lol. i
love my family i dont want them in trouble. abba isnt a bad person he just listens to [[ebrahim|name]] kaka too much. [[yusuf|name]]
bhai knows. he said "just go along with it and sort it when you're 18" but thats easy for him.

please dont call my house. please dont tell [[hafsa|name]]. my mum doesnt check my notes but abba checks my snap and whatsapp.

if they make me go im not coming back the same person.

[[zainab|name]]

ps my nani is nice i think she is on my side. her number is 01924... i dont know it. she lives on [[purlwell lane|address]]
"""),
]

DOCS_E += [
    ("social worker's statement for a forced marriage protection order", """IN THE FAMILY COURT AT LEEDS    Case No: LS26F00318
IN THE MATTER OF THE FAMILY LAW ACT 1996, PART 4A (FORCED MARRIAGE PROTECTION ORDERS)
AND IN THE MATTER OF [[ZAINAB BHAYAT|name]] (a child, born [[23 June 2011|dob]])
Applicant: Calderbrook Council (relevant third party)
Respondents: (1) [[ISMAIL BHAYAT|name]] (2) [[RASHIDA BHAYAT|name]] (3) [[EBRAHIM BHAYAT|name]] (4) [[SAEED BHAYAT|name]]

STATEMENT OF [[REBECCA CRABTREE|name]]                                                              Statement no. 1
Senior Social Worker, Calderbrook Council, Dewsbury and Batley Team, Civic Centre, [[Dewsbury|place]]          Dated
[[4 November 2026|date]]

1. I am the social worker for [[Zainab Bhayat|name]] and her sister [[Maryam Bhayat|name]] (born [[15/03/2017|dob]]). I make this
statement in
support of the local authority's application, made without notice, for a forced marriage protection order to protect
[[Zainab|name]]. The facts in it are within my own knowledge unless I say otherwise.

2. The family. [[Zainab|name]] lives with her parents, the first and second respondents, at [[27 Warren Street|address]],
[[Savile Town|place]],
[[Dewsbury|place]] [[WF12 9LY|postcode]], with [[Maryam|name]] and her brother [[Yusuf Bhayat|name]] (19). Mr [[Bhayat|name]]
(born [[06/01/1976|dob]], NI [[WP 36 92 15 B|ni]])
runs a wholesale clothing business in [[Batley|place]]; Mrs [[Bhayat|name]] (born [[14/09/1982|dob]]) does not work outside the
home. The
family's roots are in [[Palej|place]], a town in the Bharuch district of Gujarat, India, where the third respondent, Mr [[Ebrahim
Bhayat|name]] (the father's elder brother), lives with his family; his son, the fourth respondent, Mr [[Saeed Bhayat|name]] (born
[[30/05/2002|dob]]), is a pharmacist's assistant in [[Bharuch|place]]. Mrs [[Bhayat|name]]'s mother, Mrs [[Hawa Lunat|name]] (76),
lives in
[[Purlwell|place]], [[Batley|place]].

3. The referral. On [[2 November 2026|date]] [[Zainab|name]] gave a note to her school's Designated Safeguarding Lead, Mrs [[Nasima
Mulla|name]] (exhibit BC/1). I saw [[Zainab|name]] alone at school that afternoon with DC [[Kirsty Sheard|name]]. She repeated
what she had
written and added that: (a) flights were booked on [[19 December|date]] from [[Manchester|place]] to [[Ahmedabad|place]] via
[[Doha|place]]; (b) the wedding of
her cousin [[Ruqaiya|name]] was planned for the [[5th of Rajab|date]] (she understood this to be about [[16 December|date]]) and
the family
had spoken of her "sagai" (engagement) to [[Saeed|name]] "on the same day, at the same hall"; (c) her father took her passport on
[[28 October|date]]; (d) her paternal aunt, Mrs [[Amina Vali|name]] of [[Ankleshwar|place]], told her on a video call that she was
"going
to be [[Saeed|name]]'s wife"; (e) she had said no to her mother, who said "only a sagai now, nikah at 18, inshallah".

4. Evidence that the marriage is planned without [[Zainab|name]]'s free consent. [[Zainab|name]] has said clearly and repeatedly
that she
does not want to marry [[Saeed|name]] or anyone. A cousin, [[Sumayyah Patel|name]], was taken to India at 16 and married; the school
confirms she did not return. Mrs [[Bhayat|name]] told me, on [[3 November|date]] at the family home and through an independent Gujarati
interpreter (Mrs [[Shireen Kazi|name]], from Leeds Language Services), that "no one is forcing anyone, it is a promise between
brothers", and that the families "decided when [[Zainab|name]] was born". Mr [[Bhayat|name]] said the trip is "for a wedding and to see
family", that he took the passport "to keep it safe", and that I was "interfering in our religion". I told him that forced
marriage is not part of any religion; he agreed that "Islam says the girl must agree" but that "she will agree when she sees
him". The imam at the Markazi Masjid, whom Mr [[Bhayat|name]] asked me to speak to, Maulana [[Yusuf Dadibhai|name]], told me by
phone that he
would not conduct or support any marriage of a child and that he would speak to Mr [[Bhayat|name]].

5. Messages from India. [[Zainab|name]] has since given me WhatsApp voice notes from her uncle and from [[Saeed|name]] (transcribed and
translated: exhibit BC/2), including one from Mr [[Ebrahim Bhayat|name]] ([[+91 98250 47316|phone]]) of [[3 November|date]]
telling her father that
"the girl has gone to the police" and that "if he cannot control his daughter the family's name is finished in [[Palej|place]]".

6. What the local authority asks the court to order. That the respondents must not: (a) cause or allow [[Zainab|name]] to be taken out
of England and Wales; (b) arrange, or take part in, any engagement, nikah or marriage of [[Zainab|name]], in the UK or abroad;
(c) use or threaten violence against her, or harass or intimidate her, directly or through others; and that (d) the first
and second respondents surrender [[Zainab|name]]'s British passport (and any Indian or OCI documents) to West Yorkshire Police at
Dewsbury Police Station within 24 hours; (e) a port alert be maintained until she is 18. The local authority also asks that
service on the third and fourth respondents be permitted by WhatsApp and email ([[saeed.bhayat02@gmail.com|email]]).

7. [[Zainab|name]]'s wishes. [[Zainab|name]] wants to stay at home if she is safe there, and wants her family "to not get in
trouble". She
agreed to stay with her maternal grandmother, Mrs [[Lunat|name]], at [[31 Purlwell Lane|address]], [[WF17 7PG|postcode]]
([[01924 462 851|phone]]),
for a week while the order is served. [[Maryam|name]] stays at home. Neither girl will travel.

STATEMENT OF TRUTH: I believe that the facts stated in this witness statement are true. I understand that proceedings for
contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified
by a statement of truth without an honest belief in its truth.
Signed: [[R. Crabtree|name]]                                                                           Dated: [[04/11/2026|date]]
"""),
    ("WhatsApp voice notes transcribed and translated from Gujarati", """[Exhibit BC/2. WhatsApp voice notes forwarded by
[[Zainab Bhayat|name]] from her father's old phone, which she
uses for revision, to [[Becky Crabtree|name]] on [[4 November 2026|date]]. Transcribed and translated from Gujarati (with some Urdu and
English) by [[Shireen Kazi|name]], Leeds Language Services. The sender's name is shown as it is saved in the phone.]

1. "[[Ebrahim|name]] Bhai India" ([[+91 98250 47316|phone]]) - [[29/10/2026|date]] 21:14 - 1:52
[In Gujarati] Salaam [[Ismail|name]]. The hall is booked for the [[5th of Rajab|date]] at the Noorani hall in [[Palej|place]].
[[Ruqaiya|name]]'s
nikah in the afternoon and after Asr we will do the sagai of [[Saeed|name]] and [[Zainab|name]], simple, only family. Ba has already
made the gold set for the girl. Tell [[Rashida|name]] bhabhi to bring the green outfit from [[Leicester|place]]. Send the flight
details.
[[Saeed|name]] is very happy. Allah Hafiz.

2. "[[સઈદ|name]]" ([[+91 97240 18853|phone]]) - [[30/10/2026|date]] 08:02 - 0:41
[In Gujarati and English] Assalamu alaikum [[Zainab|name]]. This is [[Saeed|name]]. Your [[Ismail|name]] kaka gave me your number.
I'm sending
you photos of the hall. I know you are studying, no problem, you can study here also, [[Bharuch|place]] is a big city now, we have
colleges. I will make you happy, inshallah. Message me.

3. "[[Ebrahim|name]] Bhai India" - [[03/11/2026|date]] 19:30 - 2:35
[In Gujarati, raised voice] [[Ismail|name]], what is this I am hearing? [[Amina|name]] says the girl has gone to the police. The
school called the social workers? Have you no control in your house? This is what happens when you let girls go to English
schools. If you cannot control your daughter the family's name is finished in [[Palej|place]]. Everyone will know. What will I say
to [[Saeed|name]]'s mother? You gave your word when she was born, in front of our late father. Bring her. We will talk to her here,
she will understand.

4. "Ba [[Batley|place]]" ([[01924 462 851|phone]]) - [[03/11/2026|date]] 22:05 - 1:10
[In Gujarati, an older woman, crying] [[Zainab|name]] beta, it is your Nani. Don't be frightened. I told your mother on the phone,
I will not let anyone force you. In our time it happened to me, I was fifteen and I came to [[Batley|place]] and I did not know
anyone. I don't want it for you. Come and stay with me, I will make you kadhi khichdi. Your mother is not against you, she is
afraid of your father's family. Pray. I love you. [[ઝૈનબ|name]], my dear.

5. "[[Yusuf|name]] 🏋️" ([[07591 226 803|phone]]) - [[04/11/2026|date]] 07:15 - 0:33
[In English] [[Zee|name]], Abba's lost it, he's saying you've shamed everyone. Mum's crying. I'm not angry, yeah, but you should've
told me first. Stay at Nani's till it calms down. I'll bring your charger and your books. Don't worry about [[Saeed|name]], he's a
div, he'll find someone in [[Surat|place]] in a week lol.

6. "[[Amina|name]] Phoi" ([[+91 99099 31275|phone]]) - [[04/11/2026|date]] 12:48 - 0:58
[In Gujarati] [[Zainab|name]], beti, it is your phoi. Why are you doing drama? Nobody is forcing. It is only a sagai, a ring.
[[Sumayyah|name]] also cried and now she is happy with two children, mashallah. Call me. Don't talk to these English people, they
will take you away from your family and put you with Christians.

Transcriber's note: the voice note of [[29 October|date]] refers to "the [[5th of Rajab|date]]"; in 1448 AH this is expected to
fall on or
about [[16 December 2026|date]]. "Ba" (grandmother) here is the paternal grandmother in [[Palej|place]], Mrs
[[Khatija Bhayat|name]]; the
voice note from "Ba [[Batley|place]]" is from the maternal grandmother, Mrs [[Hawa Lunat|name]]. Signed [[S. Kazi|name]],
[[05/11/2026|date]].
"""),
]
# --- F. Ahmadi / Rahimi family (Iranian, Persian-speaking), Parkfield, Stockton-on-Tees: domestic abuse and abduction risk ----

HOME_F = d.Address("56 Hartington Road", "Parkfield", "Stockton-on-Tees", "TS18 3PA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Arash", "Ahmadi")], dt.date(2013, 5, 11), addresses=[HOME_F], ids=["6620636535", "T808253914524"],
       phones=["07719 356 284"], schools=["Ian Ramsey Church of England Academy"]),
    _p("s", "sibling", [("Yasaman", "Ahmadi")], dt.date(2020, 2, 26), addresses=[HOME_F], ids=["5978396094", "L808212216918"],
       schools=["Bowesfield Primary School"]),
    _p("m", "mother", [("Nasrin", "Rahimi")], dt.date(1988, 7, 4), addresses=[HOME_F], phones=["07398 627 510"],
       ids=["9996577775"]),
    _p("f", "father", [("Behrouz", "Ahmadi")], dt.date(1981, 3, 19), addresses=[HOME_F], phones=["07456 309 871"]),
    _p("a", "other", [("Parisa", "Rahimi")], phones=["+46 70 412 86 93"]),
    _p("g", "grandparent", [("Mahin", "Jafari")], phones=["+98 917 314 2286"]),
    _p("p1", "professional", [("Jenny", "Coulson")], phones=["01642 527 764", "07870 433 218"],
       emails=["jenny.coulson@teesbankvale.gov.uk"]),
    _p("p2", "professional", [("Lindsey", "Armstrong")], phones=["01642 616 302"],
       emails=["lindsey.armstrong@mysistersplace.org.uk"]),
], "c")

DOCS_F = [
    ("asylum accommodation provider's safeguarding concern form", """MEARS GROUP - ASYLUM ACCOMMODATION AND SUPPORT SERVICES
(AASC) - NORTH EAST, YORKSHIRE AND HUMBER
SAFEGUARDING CONCERN FORM (children)  -  to: the local authority (Teesbank Council Children's Hub) and Migrant Help
Completed by: [[Craig Welford|name]], Housing Officer, Teesside patch    Date/time of concern: Tue [[13 Oct 2026|date]], 11:20
Form sent: [[13/10/2026|date]] 14:05    Manager: [[Sharon Pallister|name]] (Safeguarding Lead)

SERVICE USERS AT THE PROPERTY: [[56 Hartington Road|address]], [[Parkfield|place]], [[Stockton-on-Tees|place]],
[[TS18 3PA|postcode]] (2-bed terrace, family)
Main applicant: [[AHMADI, Behrouz|name]]    DOB: [[19/03/1981|dob]]    Nationality: Iranian    HO ref: A1184226/3    Mobile:
[[07456 309 871|phone]]
Dependant: [[RAHIMI, Nasrin|name]]    DOB: [[04/07/1988|dob]]    (wife)    Mobile: none of her own (see below)
Dependant: [[AHMADI, Arash|name]]    DOB: [[11/05/2013|dob]]    School: [[Ian Ramsey|school]] (Year 8)
Dependant: [[AHMADI, Yasaman|name]]    DOB: [[26/02/2020|dob]]    School: [[Bowesfield|school]] (Year 2)
Languages: Farsi (Persian). Mr [[Ahmadi|name]] speaks some English. Interpreter used today: no (Google Translate on my phone, and
the boy).

WHAT HAPPENED
I attended for the six-monthly property inspection, booked by letter. Mr [[Ahmadi|name]] was out ("at the mosque" - the boy said
"at the church", the family told the Home Office they are Christian converts). Mrs [[Rahimi|name]] let me in with
[[Yasaman|name]], who was
off school with a cold. Mrs [[Rahimi|name]] had a bruise on her left cheekbone, yellow-green, and a red mark on her neck, which she
covered with her scarf when she saw me looking. I asked if she was OK. Through Google Translate she said "I fell". [[Yasaman|name]]
then said in English, "No, Baba pushed Maman on the cooker. Baba shouts". Mrs [[Rahimi|name]] started crying and said "please no
police, he will take the children to Iran, he said".
The back bedroom door has a hole in it at fist height (new since the last inspection on [[14/04/2026|date]]). The kitchen is clean.
There is food in the house. Mrs [[Rahimi|name]] showed me, on the family's only smartphone (his, which he had left charging),
a message she said her sister had sent from Sweden: a photo of a Turkish Airlines booking in Mr [[Ahmadi|name]]'s name and the
children's names, [[Newcastle|place]] to [[Istanbul|place]] to [[Tehran|place]], [[20 December|date]], one way. (I took a photo -
attached.) I did not
see a booking for Mrs [[Rahimi|name]].
Mrs [[Rahimi|name]] asked me to ring "[[Jenny|name]]" (a social worker? - she had a card: [[Jenny Coulson|name]],
[[07870 433 218|phone]]). Her
sister in Sweden is [[Parisa|name]], she gave me the number: [[+46 70 412 86 93|phone]].

ACTION TAKEN
- Rang Teesbank Council Children's Hub at 11:55: spoke to [[Kelly Ord|name]] (Hub SW); she said she would contact
[[Jenny Coulson|name]].
- Rang 999 at 12:10 on Mrs [[Rahimi|name]]'s agreement once the Hub advised it (log 0412 [[13/10|date]]). PCs attended 12:40 (PC [[Gill
Readman|name]] and PC [[Asif Nawaz|name]]). Mr [[Ahmadi|name]] came home at 12:50 and was arrested (assault; threats).
- Told Migrant Help (safeguarding line), ref MH-SG-778120, and Mears's Safeguarding Lead.
- [[Arash|name]] was collected from [[Ian Ramsey|school]] by [[Jenny|name]] and a police officer at 15:00 and taken with his
mother and sister to a
  place of safety (a refuge; location not recorded here).
- Mr [[Ahmadi|name]]'s stated address on release will need a decision by the Home Office (dispersal). Nearest alternative property
  on our books: [[Flat 3, 77 Yarm Lane|address]], [[TS18 3DT|postcode]] - not to be used if the family are in [[Stockton|place]].

Signed: [[C. Welford|name]]    Tel: [[01642 302 455|phone]]
"""),
    ("refuge key worker's admission and key work notes", """MY SISTER'S PLACE - REFUGE SERVICE - ADMISSION AND KEY WORK NOTES
(CONFIDENTIAL - address not to be shared)
Resident: [[Nasrin RAHIMI|name]] ("[[Nasrin|name]]")    DOB: [[04/07/1988|dob]]    NHS: [[999 657 7775|nhs]]    Referred by:
[[Jenny Coulson|name]] (SW)
Children: [[Arash AHMADI|name]] (13) and [[Yasaman AHMADI|name]] (6, "[[Yasi|name]]")    Key worker: [[Lindsey Armstrong|name]]
Admitted: [[13/10/2026|date]] 18:30
Perpetrator: [[Behrouz AHMADI|name]] (husband), last known at [[56 Hartington Rd|address]], [[Stockton|place]]    MARAC: yes
(referred [[14/10|date]])
Interpreter: Farsi, female, by phone (Language Line / [[Shabnam|name]], ID 40512) - [[Nasrin|name]] asked for a woman who "is not
from the
mosque or the church" in [[Stockton|place]].

[[13/10/2026|date]] Admission (LA)
Arrived with [[Jenny|name]] and PC [[Readman|name]]. Two bags and a carrier of the children's toys. [[Nasrin|name]] very
frightened, shaking;
[[Yasi|name]] asleep in the car; [[Arash|name]] quiet and polite, translating until I stopped him ("you don't have to do that here").
DASH with interpreter: 19 (high). Strangulation in September ("with his hands, until I saw black"); he takes all the money;
she has no phone; he has said he will take the children to Iran "where the law gives them to the father" and that she
"will never see them"; he controls her contact with her sister. She says he was not like this in [[Shiraz|place]]: "He changed
in the camp in [[Van|place]], in Turkey, and then here with no work." Their route: [[Shiraz|place]] - [[Urmia|place]] -
[[Van|place]] (18
months) - [[Athens|place]] - a lorry - [[Dover|place]] (March 2024).
Given a phone (Pay As You Go): [[07383 240 619|phone]]. Safety plan done. Rooms 4 & 5.

[[14/10/2026|date]] Key work (LA)
[[Nasrin|name]] slept "for the first time in a year". She rang her sister [[Parisa|name]] in [[Gothenburg|place]] on the refuge
phone and
cried. [[Parisa Rahimi|name]] (married to a Swede, [[Johan Lindqvist|name]]) says she will come to the UK if she can.
[[Nasrin|name]]'s mother,
Mrs [[Mahin Jafari|name]], in [[Shiraz|place]] ([[+98 917 314 2286|phone]]) "must not know where we are - [[Behrouz|name]]'s brother
[[Kourosh|name]] visits her". [[Nasrin|name]] worries about her asylum claim being tied to his: referred to Justice First (asylum
legal advice) - [[Eleanor Stamp|name]].
Children: [[Arash|name]] says he misses his friends [[Dylan|name]] and [[Mohammed|name]] from [[Ian Ramsey|school]] and the
"Saturday football at
the Ropner Park" and asked if his dad "is in prison now". [[Yasi|name]] drew a house with a black cloud over it and asked for
"Maman-joon's" phone to play. She calls me "[[Lindsey|name]] khanom", which is sweet.

[[16/10/2026|date]] Key work (LA)
[[Jenny|name]] visited. Plan: prohibited steps order via the family's solicitor ([[Leila Moradi|name]], [[Moradi|name]] Family
Law, [[Middlesbrough|place]]);
a port alert (police); [[Arash|name]] (UPN [[T808253914524|upn]]) to move to a school near the refuge - but he is very upset about
this ("I already moved
three times"). Agreed [[Jenny|name]] will ask whether a taxi to [[Ian Ramsey|school]] is possible for a few weeks. [[Yasi|name]]
to start at a
local primary (name not recorded here) on [[2 November|date]].
Mr [[Ahmadi|name]] was released on bail on [[15/10|date]] to a Mears property in [[Middlesbrough|place]] (conditions: no contact,
not to go to
[[Parkfield|place]]). He has already messaged [[Arash|name]] on Signal asking "where are you" - [[Arash|name]] showed me and said
he did not
reply. [[Jenny|name]] has the screenshots.

[[21/10/2026|date]] Key work (LA)
Freedom Programme, week 1 (with Farsi interpreter). [[Nasrin|name]] said one of the other residents, [[Shona|name]], "is kind, she
showed me the washing machine". She asked about English classes: referred to [[Stockton Riverside College|school]] ESOL.
GP: registered at the local practice as a temporary resident. The Home Office has been told of the change of address through
Migrant Help (new HO ref for her own claim requested). Next key work [[28/10/2026|date]].
"""),
]

DOCS_F += [
    ("Signal messages between a boy and his aunt, translated from Persian", """[Signal messages between [[Arash Ahmadi|name]]
([[07719 356 284|phone]]) and his maternal aunt, [[Parisa Rahimi|name]], in [[Gothenburg|place]]
([[+46 70 412 86 93|phone]]), saved in his phone as "خاله [[پریسا|name]]" (Khaleh [[Parisa|name]], Aunt [[Parisa|name]]), shown by
[[Arash|name]] to [[Jenny Coulson|name]] on
[[22 October 2026|date]] and copied with his agreement. Written in Persian script and in "Finglish" (Persian in English letters);
translated by [[Roya Sadeghi|name]], interpreter. Voice messages are summarised. Dates in the Persian calendar are as they appear in
[[Arash|name]]'s phone, with the English date added.]

خاله [[پریسا|name]]  [[۱۴۰۵/۰۷/۲۰|date]] ([[12/10/2026|date]]) 21:03
[[آرش|name]] جان، مامانت خوبه؟ جواب نمیده ([[Arash|name]] jan, is your mum OK? She doesn't answer)
[[Arash|name]]  [[12/10/2026|date]] 21:20
baba gooshisho gerefte. dastesh chize (Baba took her phone. Her hand is something [hurt])
خاله [[پریسا|name]]  [[12/10/2026|date]] 21:22
Voice message, 0:58: She asks whether Baba hit Maman again, tells him to lock the bedroom door with [[Yasi|name]] and to ring 999
"even if Baba is angry". She says she saw a flight booking on the family phone "to [[Tehran|place]], for you and [[Yasi|name]] and
Baba".
[[Arash|name]]  [[12/10/2026|date]] 21:40
man nemikham beram iran. ma inja madrese darim (I don't want to go to Iran. We have school here)
[[Arash|name]]  [[12/10/2026|date]] 21:41
baba mige maman-bozorg mariz e va bayad berim (Baba says Grandma is ill and we have to go)
خاله [[پریسا|name]]  [[12/10/2026|date]] 21:45
maman-bozorg halesh khube! emrooz bahash harf zadam. dorugh mige (Grandma is fine! I spoke to her today. He's lying)
[[Arash|name]]  [[۱۴۰۵/۰۷/۲۱|date]] ([[13/10/2026|date]]) 16:10
khaleh ma alan ba police va [[jenny|name]] too ye khoone digeim. jash ro nemitoonam begam (Auntie, we're in another house now with
the police and [[Jenny|name]]. I can't say where)
خاله [[پریسا|name]]  [[13/10/2026|date]] 16:12
❤️❤️ afarin [[arash|name]] jan. to ghahremani (well done [[Arash|name]] jan. You're a hero)
[[Arash|name]]  [[15/10/2026|date]] 19:02
baba too signal payam dad (Baba messaged on Signal)
[[Arash|name]]  [[15/10/2026|date]] 19:02
Screenshot: a message from "بابا" (Baba) at 18:47: "[[آرش|name]] کجایی؟ به مامانت بگو برگرده. اگه برنگرده بچه‌ها رو می‌برم"
([[Arash|name]], where
are you? Tell your mum to come back. If she doesn't, I'll take the kids)
خاله [[پریسا|name]]  [[15/10/2026|date]] 19:10
javab nade. be [[jenny|name]] neshoon bede (Don't answer. Show [[Jenny|name]])
[[Arash|name]]  [[18/10/2026|date]] 20:30
amoo [[kourosh|name]] ham zang zad. az [[shiraz|place]]. goft baba baramoon bilit gerefte (Uncle [[Kourosh|name]] rang too. From
[[Shiraz|place]].
He said Baba got us tickets)
خاله [[پریسا|name]]  [[18/10/2026|date]] 20:34
Voice message, 1:20: She tells him that she has told the social worker; that she is coming to England "in Azar" -
translator's note: Azar is a month of the Persian calendar (late November to late December), not a person -
that she will bring him the Barcelona shirt; and that his cousins [[Ali|name]] and [[Elsa|name]] send kisses.
[[Arash|name]]  [[18/10/2026|date]] 20:40
merci khaleh. [[yasi|name]] migoye khaleh [[parisa|name]] biad inja zendegi kone 😂 (Thanks Auntie. [[Yasi|name]] says Aunt
[[Parisa|name]] should come
and live here)
[[Arash|name]]  [[21/10/2026|date]] 22:15
man dg madrese ro avaz nemikonam. [[ian ramsey|school]] dooste ha mo daram. [[dylan|name]] va [[mo|name]] (I'm not changing school
again. I
have my friends at [[Ian Ramsey|school]]. [[Dylan|name]] and [[Mo|name]])
خاله [[پریسا|name]]  [[21/10/2026|date]] 22:20
be [[jenny|name]] khanom begoo. haghe to e (Tell [[Jenny|name]] khanom. It's your right)
"""),
    ("police all ports warning request", """CLEVELAND POLICE - CHILD ABDUCTION: REQUEST FOR AN ALL PORTS WARNING (PORT ALERT) -
via the National Border Targeting Centre
Requesting officer: DC 2904 [[Rachel Garbutt|name]], Stockton CID (Safeguarding)    Tel: [[01642 302 455|phone]]    Date:
[[16/10/2026|date]] 10:40
Authorised by: DI [[Paul Trotter|name]]    Duration: 28 days (to [[13/11/2026|date]]), to be renewed if a court order is made
Reason: real and imminent risk (within 48 hours not met; a booking for [[20/12/2026|date]] is known - see 6)

1. CHILDREN AT RISK OF REMOVAL
(a) [[AHMADI, Arash|name]]    M    DOB [[11/05/2013|dob]]    Born: [[Shiraz|place]], Iran    Nationality: Iranian    Passport:
Iranian, number on
    file (held by the father)    Height 5'1", slim, black hair, brown eyes, scar on left eyebrow    Speaks English and Farsi
(b) [[AHMADI, Yasaman|name]] ("[[Yasi|name]]")    F    DOB [[26/02/2020|dob]]    Born: [[Shiraz|place]], Iran    Nationality:
Iranian    Passport: Iranian,
    number on file    Small, long dark curly hair, brown eyes; often carries a pink Bluey rucksack
Usual address (until [[13/10/2026|date]]): [[56 Hartington Road|address]], [[Parkfield|place]], [[Stockton-on-Tees|place]]
[[TS18 3PA|postcode]]. Now in a refuge
(not to be disclosed; contact via children's services).
Children's services: [[Jenny Coulson|name]], Teesbank Council, [[01642 527 764|phone]] / [[07870 433 218|phone]] (from abroad
[[+44 7870 433 218|phone]]),
[[jenny.coulson@teesbankvale.gov.uk|email]]

2. PERSON LIKELY TO REMOVE THEM
[[AHMADI, Behrouz|name]]    M    DOB [[19/03/1981|dob]]    Born: [[Shiraz|place]]    Nationality: Iranian (asylum claim outstanding)
Address on bail: a Mears property, [[Flat 3, 77 Yarm Lane|address]], [[Stockton-on-Tees|place]] [[TS18 3DT|postcode]] - NB bail
conditions changed
on [[15/10|date]] to a Mears property in [[Middlesbrough|place]], [[14 Ayresome Street|address]], [[TS1 4NJ|postcode]]
Phones: [[07456 309 871|phone]]; a second phone (Iranian SIM) suspected, number unknown
Vehicle: none; uses taxis and a friend's car (silver Toyota Prius, [[NA66 KZP|vehicle]], keeper [[Hamid Rostami|name]] of
[[Thornaby|place]])
Associates abroad: brother [[Kourosh Ahmadi|name]], [[Shiraz|place]] ([[+98 71 3623 4418|phone]]); a friend, "[[Kaveh|name]]", in
[[Van|place]], Turkey
([[+90 432 215 66 08|phone]]), who the mother says "arranges papers".

3. PERSON WITH WHOM THE CHILDREN LIVE
[[RAHIMI, Nasrin|name]] (mother), DOB [[04/07/1988|dob]] - in a refuge; contact through [[Lindsey Armstrong|name]], My Sister's Place,
[[01642 616 302|phone]]. She does not consent to the children leaving the UK. A prohibited steps order is being applied for
(solicitor: [[Leila Moradi|name]]).

4. CIRCUMSTANCES
On [[13 October 2026|date]] a Mears housing officer found the mother injured; the younger child said the father had pushed her
mother onto the cooker. The father was arrested for assault (s39) and threats, interviewed and bailed on [[15/10/2026|date]]. The
mother has described strangulation and coercive control, and says the father has threatened to take the children to Iran
"where the law gives them to the father". A photo of a Turkish Airlines booking ([[Newcastle|place]] - [[Istanbul|place]] -
[[Tehran|place]], one way,
[[20 December 2026|date]], Mr [[Ahmadi|name]] and both children) was taken by the housing officer. On [[15 October|date]] the
father sent
[[Arash|name]] a Signal message: "If she doesn't come back, I'll take the kids". His brother has also rung [[Arash|name]] from Iran.

5. PORTS OF PARTICULAR CONCERN
Newcastle International Airport; Teesside International Airport; Manchester Airport; Leeds Bradford Airport; the Port of
Tyne (ferry to [[Amsterdam|place]]); the Channel ports and the Eurostar; [[London|place]] airports.

6. ACTION ON INTERCEPTION
Detain the children (police protection, s46) and contact children's services; do not allow the father to leave with them.
Notify DC [[Garbutt|name]] or, out of hours, the Cleveland Police Force Control Room; EDT via Teesbank Council.
Circulated: PNC (wanted/missing marker on the children, report ref CL-20261016-0077), NBTC. Copy to [[Jenny Coulson|name]] and to the
family's solicitor. [[R. Garbutt|name]], [[16/10/2026|date]].
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 16 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 06:08 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "dc", "ds", "insp", "inspector", "rev", "bishop", "mother", "brother", "sister",
           "nana", "nan", "grandma", "grandad", "auntie", "wor", "our", "me", "mam", "ba", "dadima", "nanima", "phoi", "fai", "masi",
           "mamu", "mami", "nano", "phupho", "chachi", "maulana", "mufti", "moulvi", "hafiz", "apa", "khaleh", "khale", "amu",
           "amoo", "maman", "madar", "pedar", "baba", "agha", "aghaye", "khanom", "doctor"}
_AFTER = {"ben", "bhai", "apa", "masi", "saab", "sahib", "khanom", "khanoom", "jan", "joon", "agha", "khaleh", "amu", "baji"}
_NOT_PLACES = {"england", "uk", "cumbria", "furness", "the lakes", "county durham", "durham county", "teesside", "tees valley",
               "north yorkshire", "west yorkshire", "yorkshire", "lancashire", "east lancashire", "the north east", "north east",
               "st kitts", "nevis", "st kitts and nevis", "the caribbean", "west indies", "pakistan", "punjab", "azad kashmir",
               "india", "gujarat", "iran", "fars", "khuzestan", "turkey", "türkiye", "sweden", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# titles, kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name, such as
# "Bishop", "Mother", "wor", "Ba", "Phoi", "Khaleh", "Amu", "Maulana"; and after one, such as "ben", "khanom", "jan",
# "bhai") and counties, regions, provinces, states and countries
# ("Cumbria", "Teesside", "West Yorkshire", "St Kitts", "Punjab", "Gujarat", "Fars", "Sweden").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
