"""Set 224: a held-out hand-written set for the redaction detector, six invented families in the central Lake District
(Windermere, Bowness, Ambleside, Grasmere and the villages around them: Troutbeck Bridge, Chapel Stile, Skelwith Bridge),
written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set222.py, bench/redaction_set223.py, bench/redaction_set225.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set213.py (its docstring, first two documents and its end: _PAIRS, NAME,
_TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full; the docstring of
bench/redaction_set181.py was not read (set 213 follows its conventions and was copied); bench/redaction_handwritten.py was
not opened. The docstrings of bench/redaction_set*.py (not 222, 223, 225) were searched by script for the candidate
communities and for the towns of this set, printing only which sets named them: Windermere, Ambleside, Grasmere, Bowness,
Troutbeck, Elterwater, Chapel Stile, Rydal and Staveley were in none; Coniston was in set 82 (it is only a sister's home
here). Phone numbers were checked with the phonenumbers library, NHS numbers and UPNs (LA 909, the former Cumbria code:
python-stdnum does not know 942) made and checked with python-stdnum in small snippets. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Written fast: the documents were written short and then lengthened once with a paragraph each; the counts reach the size asked.

Six families: a white British mother and a violent father on Heathwaite, Windermere (Birkett / Dixon; a boy of 8 bruised and
shut in a shed, a baby of 3, domestic abuse, a child protection plan); a Chagga family from Moshi, Kilimanjaro, Tanzania
(Swahili and Kichagga speakers) on Rydal Road, Ambleside (Mushi / Lyimo; a girl of 14 feared taken abroad to be married); a
young carer of 12 in Grasmere (Tyson; a mother with multiple sclerosis); a white British girl of 15 in Bowness-on-Windermere
(Hartley / Nelson; missing to Blackpool and Preston, exploitation by men from Manchester); a Polish and white British family in
Troutbeck Bridge (Nowak / Sharp; a bruise on a non-mobile baby, a mother's complaint); and a hill-farming family at Chapel
Stile, Great Langdale (Askew; a boy of 15 who self-harms, a father's temper, farm debts). The community named here, Chagga
(Tanzania), did not appear in any earlier docstring searched (Polish is not claimed as new). 24 documents, each with its own
style label: a MASH referral from the junior school, a mother's Facebook messages typed up, a police domestic abuse log, child
protection conference minutes, a school safeguarding log, strategy discussion minutes, a young person's own words, an
interpreter's note of a home visit in Swahili, a young carer's voice note transcribed, a GP letter to children's services, a
young carers' assessment summary, a scanned letter from the neurologist with OCR misreadings, a police missing person log, a
Snapchat extract typed up, a return home interview, an email from a hotel manager, a health visitor's home visit note, a social
worker's chronology, WhatsApp messages in Polish translated, a mother's complaint letter, a social worker's case notes, a CAMHS
clinician's email, texts between a boy and his girlfriend typed up, and a child and family assessment.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Tanzania +255, Poland +48); NHS numbers and UPNs pass their check digits.
The council, the surgery, the charities and the care agency are unmarked organisations; towns, villages, districts and
estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py (after set 181). Titles and kinship words stay outside a name (Mr,
Mrs, Ms, Dr, PC, PCSO, DC, DS, Sgt, Insp, Nan, Grandad, Uncle, Auntie, Baba, Mama, Bibi, tata); "SURNAME, First" is one span;
initials alone are not marked ("JR"); usernames are not marked ("tiz_mcr4"); organisations holding a town's name stay
unmarked ("Westmorland and Furness Council", "Cumbria Constabulary", "Royal Preston Hospital", "Westmorland General", "HMP
Haverigg", "Carers Support Westmorland"); countries, counties and regions ("Tanzania", "Poland", "Cumbria", "Westmorland") are
not places; an OCR misreading keeps its kind; "Kilimanjaro", "the Glebe" and "the A591" are landmarks and not marked.

Choices this set had to make: chat speaker labels are names ("amber:", "cal:", "kace:"), usernames are not; dogs' names ("Biff",
"Moss", "Fly", "rex") are marked as names; Polish case forms of a name ("Kasiu", "Oskarem", "Ryanem") are names, and a
Polish month date ("1 grudnia") is a date; a pub or farm named as where someone lives or is met ("Wainwrights' Inn", "Thrang
End Farm") is an address; a short street name alone ("Crag Brow", "lickle road") is an address;
"Bowness Bay", "Town End", "Great Langdale" and "Heathwaite" are places; a college
("Kendal College", "Newton Rigg") is a school; a hotel's email domain stays inside its email span; a name misspelt by a
worker in a complaint ("Agniesca", "Oscar") is still a name; "Mama", "Baba" and "Bibi" are kinship words and stay outside.

Self-check without the detector: `python -m bench.redaction_set224` (and tests/test_redaction_set224.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 912 gold spans, 523 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Birkett / Dixon family (white British), Heathwaite, Windermere ---------------------------------------------------

HOME_A = d.Address("14 Heathwaite Rise", "Heathwaite", "Windermere", "LA23 2DQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dixon")], dt.date(2018, 2, 11), addresses=[HOME_A], ids=["4342434954", "G909293326234"],
       schools=["Windermere Junior School"]),
    _p("s", "sibling", [("Poppy", "Birkett")], dt.date(2023, 9, 30), addresses=[HOME_A], ids=["5020223611"]),
    _p("m", "mother", [("Kirsty", "Birkett")], dt.date(1997, 6, 4), addresses=[HOME_A], phones=["07723 481 906"]),
    _p("f", "father", [("Wayne", "Dixon")], dt.date(1992, 1, 22), addresses=[HOME_A], phones=["07817 264 530"]),
], "c")

DOCS_A = [
    ("MASH referral from the junior school", """MASH REFERRAL FORM - Westmorland and Furness Council
Child: [[DIXON, Tyler|name]]   DOB [[11/02/2018|dob]]   NHS [[434 243 4954|nhs]]   UPN [[G909293326234|upn]]
School: [[Windermere Junior School|school]] (Year 4)   Referrer: DSL [[Fiona Satterthwaite|name]], [[015394 43027|phone]]
Address: [[14 Heathwaite Rise|address]], [[Heathwaite|place]], [[Windermere|place]], [[LA23 2DQ|postcode]]
Mother: [[Kirsty Birkett|name]] ([[07723 481 906|phone]]). Father: [[Wayne Dixon|name]] ([[07817 264 530|phone]]).
Sibling: [[Poppy Birkett|name]], born [[30 September 2023|dob]].

Concern: on Mon [[23rd Nov|date]] [[Tyler|name]] came in with a bruise on his left cheek. He told Mrs [[Holme|name]] (TA) that
"daddy was cross cos I spilt his can". On [[24/11/2026|date]] he said dad "sleeps in the car at the station" after a row.
[[Tyler|name]]'s friend [[Alfie Braithwaite|name]] told his mum [[Jess|name]] that [[Tyler|name]] "gets shut in the shed".
Attendance 81%. Often collected late by a neighbour, Mrs [[Usha Patel|name]] at [[no. 16|address]], or by nan [[Maureen\nBirkett|name]]
of [[7 Craig Walk|address]], [[Bowness|place]].
Previous: referral [[March 2025|date]] (domestic abuse, police attended [[Heathwaite|place]]; no further action). The family
moved from [[Kendal|place]] in [[summer 2024|date]]. Dad works at a hotel kitchen in [[Bowness-on-Windermere|place]].
Consent: mum consents, spoken to [[25/11/26|date]] 15:20. Dad not told (risk). Email reply to
[[f.satterthwaite@windermerejunior.cumbria.sch.uk|email]].
Also known to school: [[Tyler|name]]'s cousin [[Brandon Dixon|name]] (Y6) says uncle [[Wayne|name]] "has a temper". Mr
[[Pickthall|name]] (head) agrees with this referral. Lunchtime supervisor [[Carole Hutton|name]] saw [[Tyler|name]] eat from the bins
on [[18/11/2026|date]]. Family friend "[[Shan|name]]" ([[Shannon Gaskell|name]], [[22 Lickle Road|address]], [[Windermere|place]])
collects on
Fridays. Dad's van, [[PO68 RVY|vehicle]], seen at the gate on [[20/11|date]] though mum said he had left.
"""),
    ("mother's Facebook messages typed up", """Facebook Messenger, [[kirsty birkett|name]] to her friend [[Shannon Gaskell|name]],
shown to SW [[Ruth Airey|name]] on [[1/12/2026|date]] and typed up by her

[[shannon|name]] hun can [[tyler|name]] stop at yours tonight. [[wayne|name]] kicking off again
hes been in the [[bowness|place]] pubs since 2. [[poppys|name]] asleep thank god
he said if i ring police hes taking [[ty|name]] to his mams in [[barrow|place]]
no im not going to [[maureens|name]] shes on his side now
[[shannon|name]]: course babe, [[dean|name]] will come get him in the van, where r u
[[kirsty|name]]: [[heathwaite|place]] still. back gate
[[shannon|name]]: hes there in 10. text me [[07954 318 207|phone]] not fb
[[kirsty|name]]: thanks [[shan|name]] love u xx
[[kirsty|name]]: [[wayne|name]] took the car [[PN70 WKD|vehicle]] hes drunk, ringing 999 now
[[shannon|name]]: is [[poppy|name]] ok. [[dean|name]] says [[ty|name]] is asleep on our sofa with [[rex|name]]
[[kirsty|name]]: police here. pc [[jack|name]] is nice. [[maureen|name]] on her way from [[bowness|place]]
[[shannon|name]]: ring me tmrw. [[deano|name]] will take [[ty|name]] to school from ours in [[troutbeck bridge|place]]? no we live
[[lickle road|address]] lol im tired. he'll take him
[[kirsty|name]]: [[wayne|name]]s mam [[sandra|name]] just rang me from [[barrow|place]] screaming
"""),
    ("police domestic abuse log", """CUMBRIA CONSTABULARY - DOMESTIC INCIDENT   Log 0418 of [[27/11/2026|date]]
Location: [[14 Heathwaite Rise|address]], [[Windermere|place]] [[LA23 2DQ|postcode]]
Victim: [[BIRKETT, Kirsty|name]] DOB [[04/06/1997|dob]]
Suspect: [[DIXON, Wayne|name]] DOB [[22.01.1992|dob]] NI [[NZ 36 71 04 B|ni]] Veh [[PN70 WKD|vehicle]] (red Corsa)
Children: [[Tyler DIXON|name]] (8), [[Poppy BIRKETT|name]] (3). Both present. [[Tyler|name]] taken to [[Shannon Gaskell|name]]
([[22 Lickle Road|address]]? not checked) by her partner [[Dean Hewitson|name]] before police arrived.
Attending: PC [[Jack Tyson|name]] 2261 and PCSO [[Amy\nMossop|name]]. [[Wayne|name]] stopped on the A591 near
[[Troutbeck Bridge|place]] by
Sgt [[Holliday|name]]; breath test positive; arrested, taken to [[Kendal|place]] custody.
[[Kirsty|name]] says he punched the bedroom door and pushed her into the cot. DASH 15, high. Referral to MARAC and the IDVA
([[Lorna|name]]). Nan [[Maureen Birkett|name]] ([[015394 42816|phone]]) came to sit with [[Poppy|name]] at 01:10.
[[Wayne|name]]'s mother, [[Sandra Dixon|name]], of [[Walney|place]], [[Barrow-in-Furness|place]], rang the station at 02:30.
Further: [[Kirsty|name]]'s sister [[Leanne Birkett|name]] of [[Staveley|place]] ([[07745 118 390|phone]]) to be told of bail.
Bail conditions set [[28/11/2026|date]] by Insp [[Crosthwaite|name]]: not to contact [[Kirsty Birkett|name]] or attend
[[Heathwaite Rise|address]]; to reside at [[Flat 3, 9 Lake Road|address]], [[Bowness|place]]. Previous logs: [[02/03/2025|date]]
([[Kendal|place]]),
[[16 Aug 2025|date]] ([[Windermere|place]]). PC [[J. Tyson|name]] 2261.
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[8 December 2026|date]], at the council offices
in [[Kendal|place]]
Children: [[Tyler Dixon|name]] ([[11.2.18|dob]]) and [[Poppy Birkett|name]] ([[30.9.23|dob]])
Chair: [[Helen Gregg|name]]. Present: [[Kirsty Birkett|name]] (mum) with advocate [[Graham Nicholson|name]]; SW [[Ruth Airey|name]];
DSL [[Fiona Satterthwaite|name]]; HV [[Beth Cowperthwaite|name]]; PC [[Tyson|name]]; IDVA [[Lorna Scott|name]].
Not invited: [[Wayne Dixon|name]] (bail conditions: not to enter [[Heathwaite|place]]; living at [[Flat 3, 9 Lake Road|address]],
[[Bowness|place]], [[LA23 3AP|postcode]]).
[[Ruth|name]] said [[Tyler|name]] told her he is "scared of the shed". HV [[Beth|name]]: [[Poppy|name]]'s 2-2½ year review was missed
twice
([[12/03/2026|date]], [[30/04/2026|date]]). Nan [[Maureen|name]] to be a safety person; Mrs [[Patel|name]] next door also
willing. [[Kirsty|name]] asked that [[Dean|name]] and [[Shannon|name]] be in the plan.
Decision: both children subject to a child protection plan, category physical abuse ([[Tyler|name]]) and emotional abuse
([[Poppy|name]]). Core group [[22/12/2026|date]] at [[Windermere Junior School|school]]. Review conference [[8 March 2027|date]].
[[Graham Nicholson|name]] for [[Kirsty|name]]: she wants [[Wayne|name]] to see [[Tyler|name]] at [[Maureen|name]]'s only.
PC [[Jack Tyson|name]]: [[Wayne|name]] charged on [[4/12/2026|date]]; court at [[Carlisle|place]] on [[11 January 2027|date]].
Dr [[Frith|name]] (GP) sent a report: [[Poppy|name]] registered at the [[Windermere|place]] surgery since [[June 2024|date]]; no concerns.
Minutes by [[Sarah Lowther|name]], [[9/12/2026|date]].
"""),
]


# --- B. Mushi / Lyimo family (Chagga, from Moshi, Kilimanjaro, Tanzania), Rydal Road, Ambleside ---------------------------

HOME_B = d.Address("5 Fisherbeck Court", "Rydal Road", "Ambleside", "LA22 9AN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Neema", "Mushi")], dt.date(2012, 4, 19), addresses=[HOME_B], ids=["6495055951", "Y909202520357"],
       schools=["The Lakes School"]),
    _p("s", "sibling", [("Baraka", "Mushi")], dt.date(2017, 12, 2), addresses=[HOME_B], ids=["4412448371"]),
    _p("m", "mother", [("Upendo", "Lyimo")], dt.date(1985, 8, 15), addresses=[HOME_B], phones=["07468 205 913"]),
    _p("f", "father", [("Elibariki", "Mushi")], dt.date(1980, 3, 9), addresses=[HOME_B], phones=["07591 736 482"]),
], "c")

DOCS_B = [
    ("school safeguarding log", """THE LAKES SCHOOL - SAFEGUARDING LOG (CPOMS export)
Student: [[MUSHI, Neema|name]]   Y9   DOB [[19-04-2012|dob]]   UPN [[Y909202520357|upn]]
[[03/11/2026|date]] 10:50  [[Neema|name]] in tears in the library. Told Mr [[Kinsella|name]] that her dad "says I am too English
now" and took her phone. Logged by [[D. Kinsella|name]].
[[05/11/2026|date]] 13:05  [[Neema|name]]'s friend [[Isla Fleming|name]] reported [[Neema|name]] said she will be sent to her bibi
in [[Moshi|place]] "to be fixed" at Christmas. Passed to DSL [[Andrew Pattinson|name]].
[[5/11|date]] 15:40  DSL rang mum [[Upendo Lyimo|name]] on [[07468 205 913|phone]]: mum said it is a family visit to
[[Marangu|place]] for the grandmother's 80th. Tickets for [[19 December|date]].
[[09/11/2026|date]] 08:30  [[Neema|name]] late; walked from [[Ambleside|place]] to the bus stop at [[Rothay Road|address]] because dad
would not drive her. Brother [[Baraka|name]] (Y4 at [[Ambleside St Martin's|school]]) with her.
[[12/11/2026|date]] 12:15  [[Neema|name]] showed Ms [[Ogunleye|name]] messages from a cousin, "[[Eliya|name]]", in
[[Dar es Salaam|place]] ([[+255 754 318 902|phone]]) about a man called [[Godlisten|name]].
[[12/11/2026|date]] 14:00  MASH referral by [[Andrew Pattinson|name]] (concern: possible forced marriage abroad). FMU advice sought.
[[16/11/2026|date]]  Strategy discussion held. Tickets and passports: dad [[Elibariki Mushi|name]] to bring them in.
[[17/11/2026|date]] 09:10  [[Neema|name]] seen alone by [[Tom Fell|name]] and DS [[Nadia Rehman|name]] in the medical room.
[[17/11/2026|date]] 15:30  [[Isla|name]]'s mum, Mrs [[Joanne Fleming|name]] ([[07723 560 219|phone]]), rang: [[Neema|name]] can stay
with them.
[[20/11/2026|date]] 11:00  [[Neema|name]]'s form tutor Ms [[Bola Ogunleye|name]]: [[Neema|name]] happier; chose to sit with
[[Maddie|name]].
[[23/11/2026|date]] 08:45  Dad [[Elibariki|name]] came to reception at [[Troutbeck
Bridge|place]] and asked for the passports. Mr
[[Pattinson|name]] refused and rang [[Tom|name]].
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[16 November 2026|date]] 11:00 (Teams)
Child: [[Neema MUSHI|name]], born [[19th April 2012|dob]], NHS [[649 505 5951|nhs]], [[5 Fisherbeck Court|address]],
[[Rydal Road|address]], [[Ambleside|place]] [[LA22 9AN|postcode]].
Present: [[Karen Postlethwaite|name]] (MASH manager, chair); DS [[Nadia Rehman|name]] (police); [[Andrew Pattinson|name]] (DSL);
Dr [[Imogen Frith|name]] (GP, [[Ambleside|place]]); SW [[Tom Fell|name]].
Information: father [[Elibariki Mushi|name]] ([[07591 736 482|phone]]) is a chef at a hotel on [[Lake Road|address]]; mother
[[Upendo Lyimo|name]] a care worker in [[Grasmere|place]]. Both came from [[Moshi|place]] in [[2015|date]]; [[Baraka|name]] born at
[[Kendal|place]]. The family are Chagga and speak Swahili and Kichagga; church at [[Windermere|place]].
Cousin "[[Eliya|name]]" ([[Eliya Massawe|name]]) in [[Dar es Salaam|place]]; a man named [[Godlisten Kimaro|name]], 31, from
[[Rombo|place]], was named in his messages as a "good husband". Grandmother Mama [[Rehema|name]]? Name to check: bibi
[[Rehema Mushi|name]] of [[Kibosho|place]], tel [[+255 713 664 210|phone]].
Decision: section 47 enquiry; FMPO to be considered; [[Neema|name]] to be seen alone at school by [[Tom|name]] and DS
[[Rehman|name]] on [[17/11|date]]. Passports held by school from [[18/11/2026|date]].
Actions: [[Tom Fell|name]] and DS [[Rehman|name]] to speak to [[Baraka|name]] at [[Ambleside St Martin's|school]] (head Mrs
[[Claire Dobson|name]]); Dr [[Frith|name]] to check for any travel clinic visit; [[Karen Postlethwaite|name]] to inform the FMU.
Next discussion [[23/11/2026|date]]. Minutes: [[Leanne Thwaites|name]], business support, [[16/11/26|date]].
"""),
    ("young person's own words", """My words - [[Neema|name]], [[20 Nov 2026|date]] (written in the learning base with [[Tom|name]])

I was born in [[Moshi|place]] near the mountain and came here when I was 3 so [[Ambleside|place]] is home. My mum is kind.
Baba is strict, he works late in [[Bowness|place]]. I do NOT want to marry anyone. I want to be a vet and go to the
uni in [[Lancaster|place]] like [[Isla|name]]s sister [[Georgia|name]]. Bibi [[Rehema|name]] is nice, I would go to see her in
[[Kibosho|place]] if I come back. My cousin [[Eliya|name]] said [[Godlisten|name]] has a car and a shop in [[Arusha|place]]. I
blocked him. [[Baraka|name]] is annoying but I love him. My best friends: [[Isla|name]], [[Maddie Robinson|name]], [[Ruby|name]].
If something happens ring Mr [[Pattinson|name]] or mum's friend Auntie [[Grace|name]] ([[Grace Temu|name]]) in [[Preston|place]].
[[Tom|name]]'s note: [[Neema|name]] asked that her dad not see this. She added her number [[07745 629 018|phone]] (new phone from
[[Isla|name]]'s mum).
P.S. my cousin [[Neema Lyimo|name]] (same name as me!) lives in [[Bolton|place]] and she is at college. If I have to go to
Tanzania I want to go with mum only. [[Baraka|name]] can come. Not to [[Rombo|place]].
"""),
    ("interpreter's note of a home visit in Swahili", """HOME VISIT, [[Fisherbeck Court|address]], [[23/11/2026|date]] 18:00. SW
[[Tom Fell|name]];
Swahili interpreter [[Zawadi Mbwambo|name]] (by phone from [[Manchester|place]]).
Present: [[Upendo|name]], [[Elibariki|name]], [[Baraka|name]]. [[Neema|name]] at [[Isla Fleming|name]]'s, [[3 Loughrigg Park|address]].
Baba: "Sisi hatumwozi [[Neema|name]]. Tunakwenda [[Moshi|place]] kwa sherehe ya mama yangu." (Interpreter: "We are not marrying
[[Neema|name]] off. We are going to [[Moshi|place]] for my mother's celebration.") He said [[Godlisten|name]] is "a friend of
[[Eliya|name]], not ours". Mama [[Upendo|name]] cried; said her sister [[Anna Lyimo|name]] in [[Himo|place]] warned her.
[[Elibariki|name]] agreed the trip waits until after the FMPO hearing on [[4th January 2027|date]] at [[Carlisle|place]].
Uncle [[Emmanuel Mushi|name]] (in [[Leeds|place]], [[07388 410 657|phone]]) is the family's elder here and will attend.
[[Zawadi|name]] explained "bibi" means grandmother and "baba" father. Mama [[Upendo|name]] said her friend
[[Grace Temu|name]] ([[07468 330 571|phone]]) in [[Preston|place]] will support her. [[Elibariki|name]] gave the number of his
mother, bibi [[Rehema|name]] ([[+255 713 664 210|phone]]), and said she lives at [[Kibosho|place]], not [[Moshi|place]] town.
[[Baraka|name]] showed [[Tom|name]] a drawing of Kilimanjaro and of his friend [[Arlo|name]] from [[Rydal Road|address]].
"""),
]


# --- C. Tyson family (white British), Grasmere, a young carer -------------------------------------------------------------

HOME_C = d.Address("2 Pavement End", "Grasmere", "Ambleside", "LA22 9RP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Harry", "Tyson")], dt.date(2014, 10, 6), addresses=[HOME_C], ids=["6873420190", "W909255717206"],
       schools=["Grasmere CE Primary School"]),
    _p("m", "mother", [("Gillian", "Tyson")], dt.date(1976, 5, 28), addresses=[HOME_C], phones=["015394 35218"]),
], "c")

DOCS_C = [
    ("young carer's voice note transcribed", """Voice note from [[Harry Tyson|name]] to young carers worker [[Sophie Lamb|name]],
[[29/11/2026|date]],
transcribed by [[Sophie|name]]

"hiya [[sophie|name]] it's [[harry|name]]. um mum had a bad fall again on the stairs, her legs went, the MS. I got her up.
Mr [[Wilson|name]] from the pub helped, [[Dave|name]]. mum says don't tell social"... [laughs] "I mean don't tell you. I done her
tablets. [[Jake|name]] came round, his mum [[Lisa|name]] brought a pie. can I still go to [[Keswick|place]] on the trip on the
[[12th|date]]. [[Ollie|name]] and [[Finn Ashburner|name]] are going. my uncle [[Stephen|name]] said he'd come from [[Penrith|place]]
but he
never. ok bye. oh my new number is [[07500 883 162|phone]]. and [[Biff|name]] the dog is fine."
Second voice note, [[30/11/2026|date]]: "it's [[harry|name]] again. uncle [[steve|name]] came in the end. he
took mum to [[ambleside|place]] to see Dr [[frith|name]]. [[finn|name]] says hi. can you tell mrs [[ashburner|name]] thanks for the lift."
"""),
    ("GP letter to children's services", """Fairfield Surgery, [[Station Road|address]], [[Ambleside|place]]
[[LA22 9DH|postcode]]   tel [[015394 32718|phone]]

Dear Ms [[Airey|name]],
Re: [[Harry TYSON|name]], DOB [[06/10/2014|dob]], NHS No [[687 342 0190|nhs]], [[2 Pavement End|address]], [[Grasmere|place]],
[[LA22 9RP|postcode]]
and his mother [[Gillian Tyson|name]], DOB [[28/05/1976|dob]], NHS No [[5220751301|nhs]].
I saw [[Gillian|name]] on [[2nd December 2026|date]] with [[Harry|name]]. Her relapsing MS has worsened since [[August|date]]; she now
falls at home. [[Harry|name]] gives her baclofen and helps her to the toilet at night. Neurologist Dr [[Rajesh Menon|name]]
([[Preston|place]]) has been asked to see her sooner. District nurse [[Carol Wilkinson|name]] visits twice a week.
[[Harry|name]]'s father, [[Neil Tyson|name]], lives in [[Workington|place]] and has not been in touch since [[2022|date]].
Her brother [[Stephen Hird|name]] of [[Penrith|place]] ([[01768 892 460|phone]]) is next of kin.
I would support a carer's assessment for [[Harry|name]] and a package of care for [[Gillian|name]].
Yours sincerely, Dr [[Alison\nKirkbride|name]] GMC 7123456, [[alison.kirkbride@nhs.net|email]]
P.S. [[Harry|name]]'s school nurse, [[Mandy Wilson|name]], has asked for a copy; I have not sent it without
[[Gillian|name]]'s consent, which she gave on [[3/12/2026|date]]. Her carer from Lakeland Care (an agency),
[[Brenda Pepper|name]], is also aware.
"""),
    ("young carers' assessment summary", """YOUNG CARERS ASSESSMENT - Carers Support Westmorland
Young carer: [[TYSON, Harry|name]] (age 12). School: [[Grasmere CE Primary School|school]] - no: moved to [[The Lakes School|school]]
in [[September 2026|date]]. UPN [[W909255717206|upn]]. Assessed by [[Sophie Lamb|name]] on [[4 December 2026|date]] at home,
[[Pavement End|address]], [[Grasmere|place]].
Caring: mum [[Gill|name]] (MS). Tasks: lifting, tablets, shopping at the [[Grasmere|place]] co-op, cooking, walking [[Biff|name]].
About 30 hours a week. [[Harry|name]] is tired, late for the bus from [[Town End|place]] most days.
[[Harry|name]] wants: the [[Keswick|place]] trip; football at [[Ambleside|place]] on Saturdays with [[Finn|name]]; "mum not to fall".
Support: young carers group in [[Windermere|place]] (Tuesdays); Mrs [[Lisa Ashburner|name]] ([[Finn|name]] and [[Jake|name]]'s mum)
will give lifts; uncle [[Stephen Hird|name]] to visit every other weekend.
Signed [[S. Lamb|name]]; [[Harry T|name]]; [[Gillian Tyson|name]]. Review [[4/3/2027|date]].
Friends: [[Finn Ashburner|name]], [[Ollie Dodd|name]], [[Jake Ashburner|name]]. Neighbour Mr [[Dave Wilson|name]] at the
pub in [[Grasmere|place]] and Mrs [[Nora
Barrow|name]] ([[3 Pavement End|address]]) check on [[Gill|name]] in the day.
Contact: [[sophie.lamb@carerssupportwestmorland.org.uk|email]], [[07912 668 204|phone]].
"""),
    ("scanned letter from the neurologist with OCR misreadings", """R0YAL PRESTON H0SPITAL - NEUR0L0GY
(scanned; the text as the OCR gave it)

Dr [[A. Kirkbrlde|name]], Fairfield Surgery, [[AmbIeside|place]]
Re: [[GiIIian TYS0N|name]]   D0B [[28/O5/l976|dob]]   [[2 Pavement End|address]], [[Grasrnere|place]], [[LA22 9RP|postcode]]
Seen [[l4 Dec 2O26|date]] with her son [[Harry|name]] and her brother Mr [[Stephen HIrd|name]].
Mrs [[Tys0n|name]] has secondary progressive MS. I have started physiotherapy at [[KendaI|place]] (Westmorland General) and referred
to the wheelchair service. I note her son, [[Harry|name]], aged l2, helps at night; I have told Mrs [[Tyson|name]] about
the carers service.
Follow up [[l2 June 2O27|date]]. [[R. Menon|name]], consultant neurologist. cc Ms [[Ruth Airey|name]], SW.
Enc: leaflet. Copy to [[Gi11ian Tyson|name]] at home and to Dr [[Menon|name]]'s
secretary [[JuIie Rowe|name]] ([[01772 716 565|phone]]). Typed [[l5/12/2O26|date]] by JR.
"""),
]


# --- D. Hartley / Nelson family (white British), Bowness-on-Windermere, a girl of 15 going missing -------------------------

HOME_D = d.Address("31 Brantfell Road", "Bowness-on-Windermere", "Windermere", "LA23 3AE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Hartley")], dt.date(2011, 7, 17), addresses=[HOME_D], ids=["4536935347", "R909213023461"],
       schools=["The Lakes School"]),
    _p("m", "mother", [("Donna", "Nelson")], dt.date(1983, 12, 1), addresses=[HOME_D], phones=["07912 055 384"]),
], "c")

DOCS_D = [
    ("police missing person log", """CUMBRIA CONSTABULARY - MISSING PERSON   Ref MP/26/4471
Missing: [[HARTLEY, Kacey|name]] aka "[[Kace|name]]"   DOB [[17/07/2011|dob]]   Home: [[31 Brantfell Road|address]],
[[Bowness-on-Windermere|place]], [[LA23 3AE|postcode]]
Reported by mother [[Donna Nelson|name]] ([[07912 055 384|phone]]) at 23:10 on Fri [[20/11/2026|date]].
Last seen 17:30 at the steamer pier, [[Bowness Bay|place]], with two males in a silver BMW [[SF19 XKE|vehicle]]. One known as
"[[Tiz|name]]" ([[Tyrese Oduya|name]], 19, of [[Moss Side|place]], [[Manchester|place]]). Other unknown, "[[Mo|name]]".
Phone [[07591 204 877|phone]] off since 18:02; last cell site [[Kendal|place]], then [[Lancaster|place]].
Friends: [[Chloe Benson|name]] ([[Ambleside|place]]) and [[Mia-Rose Airey|name]] ([[Windermere|place]]) spoken to by PC
[[Liam\nPrickett|name]].
[[Chloe|name]] said [[Kacey|name]] had "a room at a hotel in [[Blackpool|place]]" last time.
Risk: HIGH (CSE/CCE markers). Found 04:40 [[21/11/2026|date]] at [[Preston|place]] bus station by BTP; returned home by PC
[[Prickett|name]] at 07:15. Return home interview requested from [[Emma Shepherd|name]] (Barnardo's).
Previous episodes: [[04/10/2026|date]] (found [[Kendal|place]]), [[31/10/2026|date]] (found [[Lancaster|place]] with
[[Shania Booth|name]], 16).
[[Kacey|name]]'s dad [[Lee Hartley|name]] is in prison. Mum's partner [[Gary Moffat|name]] ([[07500 217 664|phone]]) searched
[[Bowness|place]] and the Glebe with PC [[Prickett|name]]. Vehicle [[SF19 XKE|vehicle]] registered to a [[Rochdale|place]]
hire firm.
"""),
    ("Snapchat extract typed up", """Snapchat screenshots given by [[Donna|name]] to SW [[Tom Fell|name]] [[22/11/2026|date]], typed up

tiz_mcr4: u comin out [[kace|name]]
kh_2011: cant mams watching me
tiz_mcr4: tell her ur at [[chloes|name]]. [[mo|name]] will pick u up at the pier
kh_2011: [[bownes|place]] or [[windermere|place]] station
tiz_mcr4: pier. bring the bag [[jordan|name]] left at urs
kh_2011: wot about [[mia|name]] can she come
tiz_mcr4: no jus u. we go [[blackpool|place]] after [[preston|place]]
kh_2011: ok. [[tiz|name]] do u luv me
tiz_mcr4: ye obv. delete this
(Next screenshot, [[23 Nov|date]]) [[chloe b|name]]: [[kacey|name]] ur mam rang my mam. [[tyrese|name]] is bad news hes [[mo|name]]s
cousin
[[kace|name]]: [[chloe|name]] dont tell ur mam. i'll be back by 12
[[chloe b|name]]: ur mam is at the pier with [[gary|name]] now
[[kace|name]]: omg. [[mia|name]] tell her im at urs in [[windermere|place]]
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Kacey Hartley|name]] (15)   Worker: [[Emma Shepherd|name]]
[[24 November 2026|date]]
Where: a cafe in [[Windermere|place]] ([[Kacey|name]] chose it, not home).
Missing [[20/11|date]] 17:30 to [[21/11|date]] 04:40. [[Kacey|name]] said she went with "[[Tiz|name]]" and "[[Mo|name]]" to a flat on
[[Lytham Road|address]], [[Blackpool|place]]. A girl called [[Shania|name]] was there. She was given vodka and a phone "to
look after". She gave "[[Mo|name]]" the bag from [[Jordan Park|name]] (a boy in her year from [[Staveley|place]]).
Worries: [[Kacey|name]] owes "[[Tiz|name]]" £300 for the phone. Mum's boyfriend [[Gary Moffat|name]] "is alright". Her dad,
[[Lee Hartley|name]], is in prison (HMP Haverigg); she writes to him. Nan [[Pat Nelson|name]] in [[Troutbeck|place]] is "the only
one who gets it". [[Kacey|name]] wants to do hair at [[Kendal College|school]].
Agreed: [[Emma|name]] to see her weekly; share with DSL [[Andrew Pattinson|name]] and SW [[Tom Fell|name]]. Email
[[emma.shepherd@barnardos.org.uk|email]].
[[Kacey|name]] asked that [[Gary|name]] not be told about [[Jordan|name]]. She gave [[Emma|name]] "[[Tiz|name]]"'s
number, [[07591 204 877|phone]]? - no, that is her own phone; his is [[07468 912 307|phone]].
"""),
    ("email from a hotel manager", """From: [[Rob Dawson|name]] <[[duty.manager@bellemerehotel.co.uk|email]]>
To: [[tom.fell@westmorlandandfurness.gov.uk|email]]
Date: [[27 Nov 2026|date]] 09:12
Subject: girl in our car park

Hi [[Tom|name]], PC [[Prickett|name]] gave me your email. Last night about 22:00 our night porter ([[Mateusz|name]]) saw a girl he
knows as [[Kacey|name]] (she washed up here in the summer) get into a silver BMW, reg he thinks [[SF19 XKE|vehicle]], at the back of
the hotel on [[Crag Brow|address]]. A lad called her "[[Kace|name]]". Our chef [[Elibariki|name]] knows her mum [[Donna|name]] and rang
her.
[[Donna|name]] came at 22:20 and the car left towards [[Ambleside|place]]. CCTV kept. Ring me on [[015394 88134|phone]].
Regards, [[Rob|name]]
PS our head housekeeper [[Jadwiga Nowicka|name]] says the same BMW came on [[19/11|date]] and a man asked for "[[Kacey|name]] from
[[Brantfell|address]]". She didn't give anything out.
"""),
]


# --- E. Nowak / Sharp family (Polish and white British), Troutbeck Bridge, a baby's injury --------------------------------

HOME_E = d.Address("9 Sunny Bank Road", "Troutbeck Bridge", "Windermere", "LA23 1HP")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Zofia", "Nowak")], dt.date(2026, 5, 3), addresses=[HOME_E], ids=["6288757551"]),
    _p("s", "sibling", [("Oskar", "Nowak")], dt.date(2021, 1, 14), addresses=[HOME_E], ids=["V909225622505"],
       schools=["St Martin's CE Primary School"]),
    _p("m", "mother", [("Agnieszka", "Nowak")], dt.date(1994, 9, 21), addresses=[HOME_E], phones=["07954 312 608"]),
    _p("f", "father", [("Ryan", "Sharp")], dt.date(1990, 4, 2), addresses=[HOME_E], phones=["07817 903 145"]),
], "c")

DOCS_E = [
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT NOTE   HV: [[Beth Cowperthwaite|name]]   [[10/11/2026|date]]
10:30
Baby: [[NOWAK, Zofia|name]]   DOB [[03/05/2026|dob]]   NHS [[628 875 7551|nhs]]
Address: [[9 Sunny Bank Road|address]], [[Troutbeck Bridge|place]], [[LA23 1HP|postcode]]
Seen: mum [[Agnieszka|name]] ("[[Aga|name]]"), [[Zofia|name]], brother [[Oskar|name]] (5). Dad [[Ryan Sharp|name]] at work (joiner,
[[Staveley|place]]).
Mum tearful, not sleeping; EPDS 17. Says [[Ryan|name]] "has no patience" with [[Zosia|name]] crying. Small bruise, 1 cm, on
[[Zofia|name]]'s upper arm - mum says [[Oskar|name]] squeezed her. Non-mobile baby: bruising protocol followed. Rang MASH at 11:40
and GP Dr [[Frith|name]]. Mum's mother [[Halina Nowak|name]] is in [[Gdańsk|place]] ([[+48 512 384 906|phone]]); mum's friend
[[Kasia Wróbel|name]] in [[Windermere|place]] translates sometimes.
Plan: same-day paediatric review at [[Lancaster|place]] (RLI) by Dr [[Okonjo|name]]. Next visit [[17/11/2026|date]].
Dad [[Ryan|name]] rang at 14:00 from [[07817 903 145|phone]] and was angry about the referral. He said his mum
[[Jean Sharp|name]] of [[Windermere|place]] can help. [[Oskar|name]]'s pre-school key worker [[Lucy Hayton|name]] to be asked about
bruising. Discussed with safeguarding nurse [[Rachel Dobson|name]].
"""),
    ("social worker's chronology", """CHRONOLOGY - [[Zofia Nowak|name]] and [[Oskar Nowak|name]] ([[14.01.2021|dob]]), SW
[[Ruth Airey|name]]
[[03/05/2026|date]]  [[Zofia|name]] born at RLI, [[Lancaster|place]]. Well.
[[21/07/2026|date]]  Police called to [[Sunny Bank Road|address]] by neighbour Mr [[Ferreira|name]]; shouting. No offences.
[[10/11/2026|date]]  HV [[Beth Cowperthwaite|name]] finds bruise on arm. MASH referral.
[[10/11/2026|date]]  Skeletal survey and CT clear. Dr [[Okonjo|name]]: bruise "consistent with a pinch grip"; account
of [[Oskar|name]] possible but not likely.
[[11/11/2026|date]]  Strategy discussion. Joint visit SW [[Ruth Airey|name]] and DC [[Hannah Birkett|name]].
[[12/11/2026|date]]  [[Ryan Sharp|name]] ([[07817 903 145|phone]]) agrees to stay with his brother [[Craig Sharp|name]] at
[[4 Holly Road|address]], [[Windermere|place]], [[LA23 2ER|postcode]] while enquiries go on.
Mon [[16th November|date]]  [[Oskar|name]] (UPN [[V909225622505|upn]]) at [[St Martin's|school]]: said "tata shouts and shakes
[[Zosia|name]]". Teacher Mrs [[Grainger|name]].
[[25/11/2026|date]]  [[Agnieszka|name]]'s complaint received (see letter).
[[30.11.2026|date]]  [[Ryan|name]] interviewed under caution at [[Kendal|place]]; released under investigation.
[[1st Dec|date]]  Grandmother [[Halina|name]] arrives from [[Gdańsk|place]] to help for three months.
[[3/12/2026|date]]  Family network meeting: [[Halina|name]], [[Kasia Wróbel|name]], [[Jean Sharp|name]], [[Craig Sharp|name]].
[[7/12/2026|date]]  [[Zofia|name]] seen by HV [[Beth|name]] with [[Halina|name]]; no marks. [[Oskar|name]] at [[Kasia|name]]'s in
[[Windermere|place]].
"""),
    ("father's WhatsApp messages in Polish translated", """WhatsApp, [[Agnieszka Nowak|name]] ([[07954 312 608|phone]]) and her friend
[[Kasia|name]], [[18-19 Nov 2026|date]], translated from Polish by [[Marta Zielińska|name]], interpreter

[[Aga|name]]: [[Kasiu|name]], [[Ryan|name]] mówi że to [[Oskar|name]]. nie wiem już ([[Kasia|name]], [[Ryan|name]] says it was
[[Oskar|name]]. I don't know any more)
[[Kasia|name]]: a ty co widziałaś? (and what did you see?)
[[Aga|name]]: nic, byłam w [[Ambleside|place]] w Lidlu z [[Oskarem|name]] (nothing, I was in [[Ambleside|place]] at Lidl with
[[Oskar|name]])
[[Kasia|name]]: czyli [[Zosia|name]] była z [[Ryanem|name]] sama (so [[Zosia|name]] was alone with [[Ryan|name]])
[[Aga|name]]: tak. mama przyjeżdża [[1 grudnia|date]] (yes. mum is coming on [[1 December|date]])
[[Kasia|name]]: przyjdę jutro. [[Tomek|name]] zawiezie was do [[Kendal|place]] (I'll come tomorrow. [[Tomek|name]] will drive you to
[[Kendal|place]])
Interpreter's note: "[[Kasiu|name]]", "[[Oskarem|name]]" and "[[Ryanem|name]]" are Polish case forms of [[Kasia|name]], [[Oskar|name]]
and [[Ryan|name]].
[[Kasia|name]]: [[Tomek|name]] mówi że [[Ryan|name]] pił w piątek w [[Bowness|place]] ([[Tomek|name]] says [[Ryan|name]] was
drinking on Friday in [[Bowness|place]])
"""),
    ("mother's complaint letter", """To the Team Manager, Children's Services, [[Kendal|place]]
[[24th November 2026|date]]
From [[Agnieszka Nowak|name]], [[9 Sunny Bank Rd|address]], [[Troutbeck Bridge|place]], [[LA23 1HP|postcode]]
email [[aga.nowak94@wp.pl|email]]

I want to complain about social worker [[Ruth Airey|name]]. She came on [[11 November|date]] with a police lady and spoke to
[[Oskar|name]] in the kitchen without me. My English is good but she did not ask if I wanted an interpreter for my mother
[[Halina|name]] on the phone. She wrote my name [[Agniesca|name]] and my son's name [[Oscar|name]] in the letter. She told my
neighbour Mrs [[Doreen Atkinson|name]] at [[no. 11|address]] that there was an "investigation". Now everyone in [[Troutbeck|place]]
knows. [[Ryan|name]] is not a bad father. I want a different worker.
[[A. Nowak|name]] (tel [[07954 312 608|phone]]; my husband's number [[07817 903 145|phone]]; NI [[SK 72 40 18 D|ni]])
P.S. Please send letters in my name, [[Agnieszka NOWAK|name]], not "Mrs [[Sharp|name]]". We are not married.
"""),
]


# --- F. Askew family (white British, hill farmers), Chapel Stile, Great Langdale, a boy of 15 who self-harms ---------------

HOME_F = d.Address("Thrang End Farm", "Chapel Stile", "Ambleside", "LA22 9JT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Callum", "Askew")], dt.date(2011, 3, 26), addresses=[HOME_F], ids=["4856105906", "B909229413838"],
       schools=["The Lakes School"]),
    _p("s", "sibling", [("Erin", "Askew")], dt.date(2015, 8, 8), addresses=[HOME_F], ids=["T909217223654"],
       schools=["Langdale CE Primary School"]),
    _p("m", "mother", [("Lynne", "Askew")], dt.date(1982, 2, 14), addresses=[HOME_F], phones=["015394 37126"]),
    _p("f", "father", [("Dale", "Askew")], dt.date(1978, 11, 5), addresses=[HOME_F], phones=["07388 915 204"]),
], "c")

DOCS_F = [
    ("social worker's case notes", """CASE NOTES - [[Callum Askew|name]] (DOB [[26/03/2011|dob]])   SW: [[Jo Rigg|name]]
[[02/11/2026|date]] 16:00  Home visit to [[Thrang End Farm|address]], [[Chapel Stile|place]], [[LA22 9JT|postcode]]. Track from the
[[Elterwater|place]] road is flooded; walked up from the [[Wainwrights' Inn|address]]. Mum [[Lynne|name]] and [[Erin|name]] (11) in.
[[Callum|name]] out on the fell with the dogs ([[Moss|name]] and [[Fly|name]]). Dad [[Dale|name]] at [[Broughton|place]] mart.
[[Lynne|name]] showed me cuts on [[Callum|name]]'s forearm photographed by school nurse [[Mandy Wilson|name]] on [[29/10|date]].
[[03/11/2026|date]] 12:30  Saw [[Callum|name]] alone at [[The Lakes School|school]]. He said dad "goes mad if a ewe dies and it's my
fault". Dad hit him with a crook handle "once, in [[October|date]]". Friend [[Josh Birkett|name]] knows. Girlfriend
[[Amber|name]] ([[Amber Tyson|name]]?) - no: [[Amber Robinson|name]] of [[Skelwith Bridge|place]].
[[05/11/2026|date]] 09:00  Strategy discussion; DC [[Hannah Birkett|name]]; s47 agreed.
[[10/11/2026|date]]  [[Dale Askew|name]] ([[07388 915 204|phone]]) rang angry: "nobody comes on my land". Calmed down. Agreed
to meet at [[Ambleside|place]] police station [[12/11|date]]. His brother [[Ian Askew|name]] farms at [[Little Langdale|place]].
[[19/11/2026|date]]  CAMHS appointment at [[Kendal|place]]: [[Callum|name]] went with uncle [[Ian|name]]. [[Erin|name]]'s teacher
Mr [[Hodgson|name]] at [[Langdale CE Primary|school]] says [[Erin|name]] is "very quiet".
[[26/11/2026|date]]  [[Callum|name]] showed me texts with [[Amber|name]] (typed up). [[Lynne|name]] and [[Erin|name]] to stay
at [[Tracey Fell|name]]'s in [[Coniston|place]] for the weekend. Grandad [[Jack Askew|name]] ([[015394 36251|phone]]) to have
[[Callum|name]].
"""),
    ("CAMHS clinician's email", """From: Dr [[Priya Natarajan|name]] <[[priya.natarajan@cumbria.nhs.uk|email]]>
To: [[Jo Rigg|name]]; cc [[Mandy Wilson|name]]
Sent: [[20 November 2026|date]] 14:03
Re: [[Callum ASKEW|name]], NHS [[485 610 5906|nhs]], DOB [[26.03.2011|dob]]

Dear [[Jo|name]], I saw [[Callum|name]] yesterday with his uncle [[Ian|name]] at the [[Kendal|place]] clinic. He has cut his arms
since [[July|date]], about twice a week, with a Stanley knife from the lambing shed. No suicidal plan. He named as safe people
[[Amber|name]], [[Josh|name]], his uncle and his grandad [[Jack Askew|name]] in [[Hawkshead|place]]. He is afraid of his dad's
temper and of "the farm going under". Follow up [[3rd December|date]]; crisis line given; [[Amber|name]]'s mum [[Sue Robinson|name]]
([[015394 37562|phone]]) is happy to have him stay at [[Skelwith Bridge|place]] if needed.
[[Priya|name]]
PS [[Callum|name]] asked me to tell you [[Moss|name]] had pups. He wants one to go to [[Josh|name]].
"""),
    ("texts between the boy and his girlfriend typed up", """Texts from [[Callum|name]]'s phone, shown by him to [[Jo Rigg|name]]
[[26/11/2026|date]] and typed up with his permission

[[amber|name]]: u ok [[cal|name]]. saw ur dad at the [[langdale|place]] show shouting
[[cal|name]]: hes fumin. lost 3 tups in the snow
[[amber|name]]: come to ours. mum said its fine. [[skelwith|place]] bus at 4
[[cal|name]]: cant [[erin|name]] is on her own. mums at work in [[grasmere|place]]
[[amber|name]]: bring [[erin|name]] then. [[josh|name]] can walk her from [[elterwater|place]]
[[cal|name]]: ok. dont tell [[jo|name]] about the arm
[[amber|name]]: i promised [[mandy|name]] i would tell if it got bad
[[cal|name]]: ok. love u [[amz|name]]
[[amber|name]]: love u. grandad [[jack|name]] rang my mum he said u can stay at his in [[hawkshead|place]] at xmas
[[cal|name]]: [[jack|name]] is sound. tell [[sue|name]] ta
[[amber|name]]: [[josh b|name]] says his dad saw ur dad in [[ambleside|place]] at the vets
"""),
    ("child and family assessment", """CHILD AND FAMILY ASSESSMENT - summary
Child: [[ASKEW, Callum|name]]   DOB [[26 March 2011|dob]]   UPN [[B909229413838|upn]]   NHS [[4856105906|nhs]]
Sibling: [[Erin Askew|name]], born [[8th August 2015|dob]], UPN [[T909217223654|upn]], [[Langdale CE Primary School|school]].
Home: [[Thrang End Farm|address]], [[Chapel Stile|place]], [[Great Langdale|place]], [[LA22 9JT|postcode]].
Parents: [[Dale Askew|name]] ([[05/11/1978|dob]]), [[Lynne Askew|name]] née [[Fell|name]] ([[14/02/1982|dob]], [[015394 37126|phone]]).
Assessed by [[Jo Rigg|name]] from [[2 November|date]] to [[4 December 2026|date]].
Child's voice: "I love the farm. I hate when dad goes off. [[Erin|name]] hides in the hay loft." [[Callum|name]] wants to go to
[[Newton Rigg|school]] to do agriculture. Mum works at a hotel in [[Grasmere|place]]; she has the support of her sister
[[Tracey Fell|name]] of [[Coniston|place]]. Dad's debts; a loan from [[Ian Askew|name]]; the vet Mr [[Mounsey|name]] says
the flock is "in a bad way".
Outcome: child in need plan; Early Help for [[Erin|name]]; farming charity support; family group conference with [[Jack|name]],
[[Ian|name]], [[Tracey|name]]. Next review [[15/01/2027|date]].
Network: [[Amber Robinson|name]] and her mother [[Sue Robinson|name]] ([[Skelwith
Bridge|place]]); school nurse [[Mandy Wilson|name]];
uncle [[Ian Askew|name]] ([[07912 477 830|phone]]).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 224 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:11 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "capt", "insp", "rev", "sw", "hv",
           "nurse", "our", "nan", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle",
           "aunt", "baba", "mama", "bibi", "tata", "babcia"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "cumbria", "westmorland", "tanzania", "poland", "the lake district", "kilimanjaro"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Bibi Rehema", "Mama Upendo", "tata") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
