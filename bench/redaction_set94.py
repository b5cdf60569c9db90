"""Set 94: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files being
written by other helpers at the same time (bench/redaction_set95.py to redaction_set97.py and their tests), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here: its docstring,
records, first document, last family's closing documents, word lists and footer were read, the rest of its documents were not
opened), the docstrings of bench/redaction_set7.py to redaction_set93.py (printed with ast into a scratch file and searched
only for the names of towns, districts and communities, to choose a family's home and communities no earlier set used), the
`_party`, `Records`, `HandSet` and `word_problems` helpers of bench/redaction_handwritten.py, and the problems() messages
that set 15's checker printed about this set's own marking while it was written (all were fixed: a worker's initialled
name left unmarked, a colliery's name holding a word marked as a surname elsewhere, an invalid phone number, a weekday and a
title inside spans).
Phone numbers were checked with the phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum and a small
mod-11 snippet. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector
module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current
round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Stoke-on-Trent and Newcastle-under-Lyme, each from a town, district or estate no earlier set used as a
family's home (earlier sets used Bentilee, Middleport, Shelton and Knutton). Four of the kinds most common in children's
social care: a white British family in Blurton, with a grandmother in Trent Vale and a father in Fenton (Plant / Birks; a boy
of 9 bitten by a partner's XL bully cross, no food in, a mattress on the floor, a partner's cannabis use, poor attendance, a
neighbour who sees the boy out at night), a white British family in Talke Pits, with a father in Kidsgrove and a grandmother on
the Clough Hall estate (Brindley / Hancock; a boy of 14 missing two days and found in a cuckooed flat in Hanley, an older man
with an Audi, county lines into Crewe and Congleton, a part-time timetable, a tired mother of a baby with reflux), a white
British kinship family in Abbey Hulton (Bossons; grandparents seeking special guardianship of two grandchildren after their
daughter's heroin overdose with a boy of 4 alone with her, a father in prison, a friend of the mother messaging a girl of 11 on
TikTok), and a White and Black Caribbean family in Cross Heath, Newcastle-under-Lyme, with a grandmother in Chesterton (Walker
/ Campbell; a girl of 13 with a man of 19 from Wolstanton, the morning-after pill, a night missing, found in Stone, a brother
who wants revenge). Two from communities no earlier set used (no earlier docstring names a Pomak or a Sahrawi family): a Pomak
family (Bulgarian-speaking Muslims from the Rhodopes) in Normacot, Longton, with a grandmother in Mogilitsa near Smolyan and
family in Kardzhali and Madan (Mehmedov / Mehmedova / Karaalieva; a girl of 12 kept home as a young carer, a mother's
post-natal depression, two damp rooms, a landlord who comes in without knocking, a father away in Bulgaria; names and places
in Bulgarian Cyrillic) and a Sahrawi family with Spanish nationality in Birches Head, Hanley, with a father in Vitoria-Gasteiz,
an uncle in Bilbao and a grandmother in the Smara camp near Tindouf (Salek / Mohamed Lamin / Bachir; a boy of 10 pushed into a
door by his father, a passport taken, threats to take the boy to the camps, a girl of 15 at risk of a forced marriage; names
with no shared surname, names in Arabic script, Spanish and Hassaniya). 24 documents, each with its own style label: a social
worker's case note, an education welfare officer's doorstep form, a grandmother's Facebook Messenger messages, child in need
review minutes, a return home interview, strategy meeting minutes, a mother's Snapchat and text messages with her son, a youth
worker's notes typed fast on a phone, a child and family assessment with an interpreter, a family Viber chat in Bulgarian
translated, a health visitor's letter to a GP, a school EAL coordinator's email, a MASH referral form, WhatsApp voice notes in
Spanish and Hassaniya transcribed, an initial child protection conference report, a Spanish children's services worker's
bilingual email, a special guardianship assessment, a grandmother's own letter to the court, a chronology, a day nursery's
registration form read by OCR, a GP safeguarding lead's letter, a police 999 call transcript, a Teams chat between
professionals and a letter to a mother after a strategy meeting.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Bulgaria, Spain); NHS numbers and UPNs (the right LA number for the area: 861 for
Stoke-on-Trent, 860 for Staffordshire) pass their check digits; NI numbers have a valid format. Councils are invented (Trent
Potteries City Council, Lyme Brook Children's Services), and so are the GP practices' names used (Meir Primary Care, Longton
Hall Surgery, Silverdale and Knutton Health Partnership, Abbey Hulton Medical Centre), the vape shop (Vapour Lounge), the
nursery (Little Acorns Day Nursery) and the youth project (Kidsgrove Youth Project); towns, districts, estates, villages, real
schools, charities, NHS bodies, hospitals, police forces, prisons, courts, clubs, brands, apps, programmes and laws are real
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, DC,
PC, Sister, Rev., Nan, nanny, Grandad, Sr., Sra., the Bulgarian "Баба") stay outside the name span, whether before or after the
name ("Mrs Plant senior", "nanny lyn"s); a possessive 's and a bare s in texting ("tyler"s, "kaydan"s, "summer"s) stay outside;
every person's name is a name in every form, record or not. "SURNAME, First" is one span ("PLANT, Kaydan", "SALEK, Salka",
"BACHIR, Mohamed Lamin", "Malik, Zara"); an initial with a surname is one span, and so is a first name with an initial after it
("G Kinsey", "P. Chauhan", "Tyler S", "Emine M", "Nevaeh W"); a collar or call-taker number stays outside ("PC 1902 Tom Ryder");
a name, address, place, school or date broken by a line break is one span holding the break; a street address is one span,
its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare house
number ("no. 27") and an address abroad ("Calle Cuchillería 14, 2º", "ул. Христо Ботев 12" with its street word); towns,
cities, villages, districts and estates are places, at home or abroad and in any script ("Смолян", "Могилица", "Лонгтън",
"Smara", "trent vale", "butt ln"); countries, counties and regions are not ("Staffordshire", "Bulgaria", "Spain",
"Inglaterra", "Western Sahara", "Algeria", "Álava"); organisations are not marked even when they hold a town's or a person's
name ("Royal Stoke", "Stoke City", "Blurton Methodist Church", "Bentilee Neighbourhood Centre", "Stoke Recovery Service",
"Kidsgrove Youth Project", "Stoke Young Carers", "Longton Clinic", "Newcastle Town", "Castle House"); a school's or college's
name is a school, and so is its short form ("Blurton Priory", "Sandon", "Normacot Primary", "kidsgrove sec", "Little Acorns",
abroad "Instituto Ekialde", "CEIP Aranbizkarra"); a date of birth is dob, any other calendar date with a day is date (a
weekday before it stays outside), and the bare day ("the 3rd", "15th", "15-ти") is a date; months and years alone ("Jan 2023")
are not marked; pets' names (Bruno, Roxy) are not names; a firm named after people marks only the names ("Johnson" Brothers);
parks, collieries and attractions are landmarks and stay unmarked (Alton Towers, Florence Colliery); a surname or first name
that is also a word or a town is marked by what it refers to (Plant, Stone, Heath, Fenton, Tunstall, Dale, Wood, Summer, Grace
and Millie are names when they are people; Stone, Fenton, Tunstall, Dresden and Milton are places when they are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a contact saved as a single
letter ("Z") is an initial alone and is not marked, though the man's nickname ("Zeds") is a name; a child's baby-talk form of
a sister's name ("Wuby" for Ruby), used also as a nursery password, is a name; a grandfather's family nickname made of a
kinship word and a common noun ("Grandad Bus") is not a name; Sahrawi names with no shared surname are marked as whole names
and the father's name used as the children's surname ("MOHAMED LAMIN") is a name; "baba" (father, in Hassaniya and in
Bulgarian "баба", granny) is a kinship word; a refugee camp named after a town (Smara, in the camps near Tindouf) is a place;
"the desert", "the camps" and "al Sáhara" are not places; Dresden (a district of Longton) is a place; OCR misreadings inside a
span ("A1fie Boss0ns", "O8/O8/2O21", "Abbey Hu1ton", "Hannah W00d") stay inside it and keep its kind, but an NHS number and a
phone read by OCR were typed clean so that they pass their checks; a phone number spoken in a 999 call is written in digits as
the transcript gives it; a spoken date of birth ("fourth of October twenty thirteen") is a dob; a Bulgarian four-digit
postcode ("4736") and Spanish five-digit postcodes ("01012", "01001") are postcodes; incident, crime, court and referral
references, an interpreter's ID and a call-taker's number are not marked.

Self-check without the detector: `python -m bench.redaction_set94` (and tests/test_redaction_set94.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
975 gold spans, 527 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Plant / Birks family (white British), Blurton, Stoke-on-Trent --------------------------------------------------

HOME_A = d.Address("27 Ripon Avenue", "Blurton", "Stoke-on-Trent", "ST3 3AT")
NAN_A = d.Address("9 Newcastle Road", "Trent Vale", "Stoke-on-Trent", "ST4 6PZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaydan", "Plant")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["821 446 0751", "M861513818207"],
       schools=["Blurton Priory Primary Academy"]),
    _p("s", "sibling", [("Ellie-Mae", "Plant")], dt.date(2020, 9, 3), addresses=[HOME_A], ids=["469 480 6068"]),
    _p("m", "mother", [("Shannon", "Plant")], dt.date(1996, 1, 30), addresses=[HOME_A], phones=["07812 604 519"]),
    _p("f", "partner", [("Jordan", "Birks")], dt.date(1993, 8, 14), addresses=[HOME_A], phones=["07956 338 210"]),
    _p("g", "grandparent", [("Maureen", "Plant")], dt.date(1964, 6, 2), addresses=[NAN_A], phones=["01782 745 903"]),
    _p("p1", "professional", [("Gemma", "Kinsey")], phones=["01782 216 570"], emails=["gemma.kinsey@trentpotteries.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of a home visit after a dog bite", """Case note - Trent Potteries City Council, Children's Services
(South locality team)
Child: [[Kaydan PLANT|name]]    DOB: [[22/04/2017|dob]]    NHS no. [[821 446 0751|nhs]]
Date of visit: Tuesday [[3rd November 2026|date]], 15:40    Worker: [[Gemma Kinsey|name]], social worker
Address: [[27 Ripon Avenue|address]], [[Blurton|place]], [[Stoke-on-Trent|place]] [[ST3 3AT|postcode]]

Reason: referral from the Royal Stoke emergency department on [[31/10/2026|date]]: [[Kaydan|name]] (9) was bitten on the left
forearm by the family's dog (Bruno, an XL bully cross) on Halloween night; seven stitches. Mum ([[Shannon Plant|name]]) told the
nurse the dog "belongs to [[Jordan|name]]'s mate" and was only staying. The nurse noted that [[Kaydan|name]] was still in his school
uniform at 22:30 and had not eaten.

Seen: [[Shannon|name]], [[Kaydan|name]], [[Ellie-Mae|name]] (6). [[Jordan Birks|name]] (mum's partner) came in at 16:10 and left
after ten minutes to "sort the van". Bruno was in a cage in the kitchen, which is too small for him; a second dog (a
Staffie called Roxy) loose in the yard. Dog mess on the back step and on the trampoline.
The house: front room warm and tidy; kitchen had no food apart from cereal and a bag of chips in the freezer; mum said
payday is Friday and she had used the food bank at Blurton Methodist Church. Children share the back bedroom; one single
mattress on the floor with no cover; [[Ellie-Mae|name]] said she sleeps "with [[Kay|name]]" because her bed is broke.

[[Kaydan|name]] (seen alone in the garden, with mum's agreement): the bite "hurt loads"; he was giving Bruno a sausage roll.
He says Bruno "growls at [[Ellie|name]]" and he has to stand in front of her. He likes school when Mr [[Harrison|name]] is his
teacher. He said [[Jordan|name]] shouts when he has "been on it" and that Nan [[Maureen|name]] in [[Trent Vale|place]] "has the
best tea".
[[Shannon|name]]: accepts the dog cannot stay. [[Jordan|name]] says his mate [[Liam Mountford|name]] from [[Meir Hay|place]] will take
him back by Friday [[6 November|date]]. She is on Universal Credit and works three evenings at the chippy on [[Ripon Avenue|address]].
Nan, Mrs [[Plant|name]] senior, is [[01782 745 903|phone]] and will have the children on the evenings mum works.

Nan says the children's real father, [[Craig Bennett|name]], lives in [[Fenton|place]]; he has not seen [[Kaydan|name]] since 2022.
Plan: return Monday [[9th Nov|date]] to check the dog has gone; food bank voucher given; beds via the Stoke Family Hub
("Blurton Hub") bed scheme; speak to [[Blurton Priory|school]] (DSL Mrs [[Anita Sheldon|name]]) about attendance (84%).
[[G. Kinsey|name]], [[03/11/2026|date]]
"""),
    ("education welfare officer's doorstep visit form filled in by hand", """EDUCATION WELFARE SERVICE - HOME VISIT / DOORSTEP RECORD
(form EW3)
Pupil: [[PLANT, Kaydan|name]]    UPN: [[M861513818207|upn]]    Year 5
School: [[Blurton Priory Primary Academy|school]]    Attendance this term: 81.6%
Parent/carer: [[PLANT, Shannon|name]]    Tel: [[07812 604 519|phone]]
Visit 1: [[10/11/26|date]] 08:50   no answer. Dogs barking. Card left.
Visit 2: [[12/11/26|date]] 09:05   Answered by male - gave name as "[[Jord|name]]" ([[Jordan Birks|name]]? partner). Said
[[Kay|name]] had a bad belly, [[Ellie|name]] at school. Would not let me in. Smell of cannabis at the door.
Visit 3: [[17.11.2026|date]] 08:40   Mum answered, [[Kaydan|name]] in pyjamas. Walked him to school myself with mum's ok
(arr 09:10). He said nan usually takes him but nan has had her hip done at the Royal Stoke.
Neighbour at no. 29 (Mrs [[Val Tomkinson|name]], [[07731 482 096|phone]]) says she has seen the boy walking to the shop on
[[Lightwood Road|address]] on his own at 8 at night. Said she "won't get involved" with [[Jordan|name]].
Action: Fast Track to Attendance meeting booked [[1 December|date]] at school. Copy to SW [[G Kinsey|name]].
Sibling: [[Ellie-Mae Plant|name]], Y2, same school, 91%. Nan: Mrs [[M. Plant|name]], [[9 Newcastle Rd|address]], [[Trent Vale|place]]
(home phone [[01782 745 903|phone]]) - in hospital until [[19/11|date]].
Previous visits this year: [[14/01/26|date]], [[3/3/26|date]] and [[22.6.26|date]] (all no answer); [[Kay|name]] was seen on [[22.6|date]]
at the Co-op on [[Blurton Road|address]] at 10.30 on a school day with an older boy, [[Connor Birks|name]] (15).
Officer: [[Wayne Bloor|name]] EWO   sig. W.B.
"""),
]

DOCS_A += [
    ("a grandmother's Facebook Messenger messages to the social worker typed up", """Messenger - typed up from screenshots sent by
[[Maureen Plant|name]] (nan) to the duty inbox, [[20 Nov 2026|date]]

[[Maureen Plant|name]]
hiya is this [[gemma|name]] the social worker for our [[kaydan|name]] its his nan. [[shan|name]] give me this off the card
Thu 19:42
i am out of hospital now had me hip done at the royal stoke so i cant walk far but i can have them here at mine in [[trent
vale|place]], [[9 newcastle rd|address]]. they can walk to the bus
Thu 19:44
i dont want to get our [[shannon|name]] into bother but that [[jordan|name]] is not right for her, hes got his mates round at all
hours with there dogs and [[kay|name]] was crying on the phone last night saying he was hungry
Thu 19:45
his dad ([[kaydan|name]]s real dad) is [[craig bennett|name]], hes in [[fenton|place]] with his new girlfriend [[tasha|name]] on
[[duke st|address]], he never sees him. [[ellie mae|name]]s dad is [[jordan|name]]
Thu 19:51
ps [[ellie|name]] has her 7th birthday on the [[3rd|date]] of september not the 9th like it says on that letter you sent, the
school got it wrong too
Fri 08:02
[[gemma|name]] can you ring me on the house phone [[01782 745903|phone]] as my mobile is playing up. dont ring after 4 as i go
to our [[pauline|name]]s in [[longton|place]] for my tea on fridays
Fri 08:03
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Kaydan Plant|name]] (dob [[22.04.2017|dob]]) and [[Ellie-Mae Plant|name]] (dob [[03.09.2020|dob]])
Date: [[8 December 2026|date]], 10:00, [[Blurton Priory Primary Academy|school]] (family room)
Present: [[Gemma Kinsey|name]] (SW, chair), [[Shannon Plant|name]] (mum), [[Maureen Plant|name]] (maternal grandmother),
[[Anita Sheldon|name]] (DSL, [[Blurton Priory|school]]), [[Wayne Bloor|name]] (EWO), [[Rachel Hulme|name]] (school nurse),
[[Priya Chauhan|name]] (family support worker, Stoke Family Hub)
Apologies: [[Jordan Birks|name]] (at work); Dr [[Osei|name]] (Longton Hall Surgery) sent a report.

1. Progress. Both dogs rehomed on [[13/11|date]] through the Dogs Trust; confirmed by Mrs [[Tomkinson|name]] next door and by a
visit on [[16 November|date]]. New beds delivered [[24/11/2026|date]]. [[Kaydan|name]]'s attendance since the Fast Track meeting is
96%. [[Shannon|name]] has started a "Cooking on a Budget" course at the hub on Thursdays.
2. Worries. [[Kaydan|name]] told Mrs [[Sheldon|name]] that [[Jordan|name]] "slammed [[Ellie|name]]'s door on her fingers" on the
[[28th|date]]; [[Shannon|name]] says it was an accident; no injury seen by the school nurse. [[Jordan|name]]'s cannabis use -
he declined to meet the worker from Change Grow Live. A man called "[[Deggsy|name]]" has been seen at the house late at night
by nan; [[Shannon|name]] says he is [[Jordan|name]]'s cousin [[Derek Birks|name]] from [[Bentilee|place]].
3. Children's views. [[Ellie-Mae|name]] drew her "happy house" with nan, mum, [[Kay|name]] and a cat (there is no cat).
[[Kaydan|name]]: "It's better now there's food in. I want to go Alton Towers for my birthday."
4. Plan (to [[9 March 2027|date]]): FSW twice a week; [[Jordan|name]] to be invited to the next review and seen alone;
nan ([[9 Newcastle Road|address]], [[Trent Vale|place]], [[ST4 6PZ|postcode]]) remains the family's safe adult; school nurse to
see [[Ellie-Mae|name]] about bedwetting.
5. Any other business. Mrs [[Tomkinson|name]] (no. 29) has told nan that a white van, reg [[SK68 FRV|vehicle]], parks outside
[[no. 27|address]] late at night; [[Jordan|name]] says it is his work van (he labours for [[Dean Shufflebotham|name]], a roofer from
[[Longton|place]]). Mum gave a new number for [[Jordan|name]]: [[07956 338210|phone]]. [[Ellie-Mae|name]]'s Year 2 teacher Mrs
[[Rowley|name]] says she is "a little ray of sunshine" and reads with [[Kaydan|name]] at home.
Next review: [[9/3/27|date]]. Minutes: [[P. Chauhan|name]].
"""),
]


# --- B. Brindley / Hancock family (white British), Talke Pits, Newcastle-under-Lyme -------------------------------------

HOME_B = d.Address("14 Coalpit Hill", "Talke Pits", "Stoke-on-Trent", "ST7 1PN")
DAD_B = d.Address("3 Gloucester Road", "", "Kidsgrove", "ST7 1EW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Brindley")], dt.date(2012, 2, 9), addresses=[HOME_B], ids=["575 306 7247", "E860374220780"],
       schools=["Kidsgrove Secondary School"]),
    _p("s", "sibling", [("Summer", "Hancock")], dt.date(2023, 5, 17), addresses=[HOME_B], ids=["214 741 5650"]),
    _p("m", "mother", [("Kelly", "Brindley")], dt.date(1991, 10, 5), addresses=[HOME_B], phones=["07415 209 877"]),
    _p("f", "father", [("Lee", "Hancock")], dt.date(1989, 3, 27), addresses=[DAD_B], phones=["07598 114 306"]),
    _p("p1", "professional", [("Craig", "Eardley")], phones=["0300 123 1750"], emails=["craig.eardley@lymebrook.gov.uk"]),
], "c")

DOCS_B = [
    ("police return home interview after a missing episode", """RETURN HOME INTERVIEW (independent, commissioned service)
Young person: [[Mason BRINDLEY|name]]   DOB [[09/02/2012|dob]]   Age 14
Home: [[14 Coalpit Hill|address]], [[Talke Pits|place]] [[ST7 1PN|postcode]]   School: [[Kidsgrove Secondary|school]] (Y10)
Missing from: 18:30 Fri [[20/11/2026|date]]   Found: 02:15 Sun [[22/11/2026|date]] by officers at a flat on
[[Marsh Street|address]], [[Hanley|place]] (police ref. SP-20261120-0419)
Interview: [[24 November 2026|date]] at the youth centre in [[Kidsgrove|place]], by [[Jade Ridgway|name]] (RHI worker)

What [[Mason|name]] said: he went "to [[Hanley|place]] with [[Tyler|name]]" (he would not give a surname; mum thinks it is
[[Tyler Shenton|name]] from [[Butt Lane|place]]). They got the 4A bus from [[Talke|place]] to the bus station and "chilled" at
an older lad's flat. He called the older lad "[[Zeds|name]]" and said he is about 20 and drives a black Audi, reg he thought
"[[WU19 KDX|vehicle]]". He denied carrying anything. He said he "did a drop for a mate" then changed it to "walked to the shop".
He had a new phone (an iPhone) that he said [[Zeds|name]] lent him; it had one number saved, "Z", [[07852 340 119|phone]].
He said his mum "does my head in" and that [[Summer|name]] (3) cries all night; he goes to his dad [[Lee|name]]'s in [[Kidsgrove|place]]
but dad "has his own stuff".
Push/pull: boredom, arguments at home, money (he had £60 in cash), status.
Risk indicators: new phone, cash, older associate with car, out-of-area, unexplained lost two days. CE screening tool
completed: HIGH. Referral made to the Exploitation Hub and to SW [[Craig Eardley|name]].
Mum's view ([[Kelly Brindley|name]], by phone [[07415 209 877|phone]], [[24/11|date]]): "[[Mase|name]] was a lovely lad till
the school holidays. It's [[Tyler|name]] and that lot from [[Butt Lane|place]]." She said [[Mason|name]]'s nan [[Lynne|name]] in
[[Kidsgrove|place]] gives him money and she has asked her to stop. Father [[Lee Hancock|name]] ([[07598 114 306|phone]]) not reached.
Next steps agreed with [[Mason|name]]: boxing on Wednesday [[2nd December|date]] with [[Tom|name]]; a new SIM for his own phone
that mum pays for; he will tell [[Jade|name]] if [[Zeds|name]] contacts him again.
"""),
    ("strategy meeting minutes about child criminal exploitation", """STRATEGY MEETING (s.47 threshold) - MINUTES
Subject: [[Mason Brindley|name]] ([[9.2.12|dob]])    Date: [[25/11/2026|date]] 14:00 on Microsoft Teams
Chair: [[Helen Wain|name]], team manager, Lyme Brook Children's Services
Attendees: [[Craig Eardley|name]] (SW); DC [[Imran Akhtar|name]] (Staffordshire Police, Exploitation Team); [[Jade Ridgway|name]]
(RHI); [[Sue Buckley|name]] (DSL, [[Kidsgrove
Secondary|school]]); [[Natalie Cope|name]] (health visitor for [[Summer Hancock|name]]);
[[Tom Beech|name]] (youth worker, Kidsgrove Youth Project)

Information shared:
- Police: the Audi [[WU19 KDX|vehicle]] is linked to [[Kieran ZEDEK|name]] ("[[Zeds|name]]"), 20, of an address on
[[Etruria Road|address]], [[Stoke|place]], known for county lines supply into [[Crewe|place]] and [[Congleton|place]]. The number
saved as "Z" is attributed to him. The flat on [[Marsh Street|address]] is a cuckooed flat belonging to a vulnerable adult.
- School: [[Mason|name]] on a part-time timetable since [[2 November|date]] (mornings only) after a fight; [[Sue|name]] is
worried he is collected at the gate at 12:30 by a "lad in a hoodie on a bike".
- Health: [[Summer|name]] has reflux and is not sleeping; mum [[Kelly|name]] has told the HV she is "running on empty";
she is on the waiting list for talking therapy. Father [[Lee Hancock|name]] of [[3 Gloucester Road|address]], [[Kidsgrove|place]]
[[ST7 1EW|postcode]] is "around but unreliable".
- Youth Project: [[Mason|name]] used to come to boxing at the Kidsgrove Youth Project on Wednesdays; stopped in October.
Decision: threshold met; s.47 joint. NRM referral to be made by DC [[Akhtar|name]]. Disruption: Child Abduction Warning
Notice to [[ZEDEK|name]]. Mum to be given the Stop Loss leaflet; school to end the part-time timetable by [[7 December|date]].
Next meeting [[9 December 2026|date]].
Actions: DC [[Akhtar|name]] - NRM by [[27/11|date]]; [[Craig|name]] - visit [[Mason|name]] and mum with [[Jade|name]] on [[26th|date]];
[[Sue Buckley|name]] - timetable; [[Natalie Cope|name]] - see mum re [[Summer|name]]'s reflux and mum's mood; [[Tom Beech|name]] -
detached work in [[Talke|place]], [[Butt Lane|place]] and [[Kidsgrove|place]] town centre on Fridays; [[Helen Wain|name]] - write to
[[Lee Hancock|name]]. Minutes by [[Becky Shaw|name]], business support, [[25.11.2026|date]].
"""),
]

DOCS_B += [
    ("a mother's Snapchat and text messages with her son typed up from screenshots", """Typed up by SW [[C Eardley|name]] from
screenshots [[Kelly|name]] showed me on [[27/11/2026|date]]. Her phone saves him as
"[[Mase|name]] 💙". Times as on screen. Spelling as written.

Wed [[18 Nov|date]]
[[Mase|name]] 💙: can i stop at [[tyler|name]]s
Me: no ur grounded. and whos picking [[summer|name]] up from nanny [[lyn|name]]s
[[Mase|name]] 💙: not me
Me: [[mason|name]] i swear down
Fri [[20 Nov|date]]
Me: where r u its gone 9
Me: [[MASON|name]]
Me: ive rang ur dad hes not seen u. [[lee|name]] says he'll drive round [[butt lane|place]]
Me: please just say ur safe
Me: ive rang the police
Sat [[21 Nov|date]]
Unknown ([[07852 340119|phone]]): hes fine stop ringing his phone
Me: who is this. hes 14. where is he
Unknown: tell the feds nothing x
Sun [[22 Nov|date]]
[[Mase|name]] 💙: im at the police station in [[hanley|place]] can u come
Me: on my way. [[summer|name]]s with [[lee|name]]. i love u so much but i could kill u
[[Mase|name]] 💙: sorry mum
Mon [[23 Nov|date]]
Me: school rang. mrs [[buckley|name]] wants me in at 9 tomoz
[[Mase|name]] 💙: i aint going back there. [[tyler|name]] says i can go [[crewe|place]] college
Me: ur 14 [[mason|name]]
[[Mase|name]] 💙: can nanny [[lyn|name]] take me to [[hanley|place]] for trainers sat
Me: no. and give that phone back to whoever give u it

Note by worker: "nanny [[lyn|name]]s" is [[Kelly|name]]'s mum, [[Lynne Brindley|name]], who lives on the [[Clough Hall|place]] estate in
[[Kidsgrove|place]]; "butt lane" is the village next to [[Talke|place]].
"""),
]
DOCS_B += [
    ("a youth worker's notes typed fast on a phone after a detached session", """notes [[tom b|name]] 28/11 detached session
[[talke|place]]/[[butt ln|place]] 7-9pm w/ [[Kayleigh|name]]
- 7.20 group of 6 by the chippy on [[high st|address]] [[talke|place]]. [[mason b|name]] there, hood up, new trainers (Jordans?) +
north face.
says he's "proper done with [[zeds|name]]". doesnt look done. asked about boxing, maybe wed
- lad on a bike w/ him = [[Tyler S|name]] i think. [[Tyler|name]] said his nan [[Brenda|name]] lives on [[Coalpit hill|address]] too
- 7.45 a black audi slowed down on [[Congleton rd|address]], [[mason|name]] went over, 2 mins, came back, wouldnt say
didnt get reg, started "WU" - told [[kayleigh|name]] to note time
- 8.10 [[mason|name]]'s little sis [[summer|name]] in a pram w/ mum [[kel|name]] going to the co-op. mum v tired, said [[lee|name]] let
her down again. gave her my work no [[07415 209877|phone]] ?? NO thats HER number i wrote it wrong - mine is on the card
- 8.40 [[mason|name]] got picked up by dad [[lee hancock|name]] in a silver corsa [[YF14 RZA|vehicle]]
todo: email [[craig|name]] re audi + time; tell [[Sue|name]] @ [[kidsgrove sec|school]]; boxing wed [[2nd|date]]
"""),
]


# --- C. Mehmedov / Mehmedova family (Pomak, Bulgarian Muslims from the Rhodopes), Normacot, Longton ----------------------

HOME_C = d.Address("58 Meir Road", "Normacot", "Stoke-on-Trent", "ST3 7JD")
GRAN_C = d.Address("ul. Hristo Botev 12", "Mogilitsa", "Smolyan", "4736")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Emine", "Mehmedova")], dt.date(2014, 7, 11), addresses=[HOME_C], ids=["420 279 3706", "P861509819137"],
       schools=["Sandon Business and Enterprise College"]),
    _p("s", "sibling", [("Ahmed", "Mehmedov")], dt.date(2018, 12, 1), addresses=[HOME_C], ids=["388 199 4025", "H861433319544"],
       schools=["Normacot Primary School"]),
    _p("s2", "sibling", [("Fatme", "Mehmedova")], dt.date(2026, 3, 20), addresses=[HOME_C], ids=["232 372 8636"]),
    _p("m", "mother", [("Ayshe", "Mehmedova")], dt.date(1993, 4, 8), addresses=[HOME_C], phones=["07731 905 284"]),
    _p("f", "father", [("Ismail", "Mehmedov")], dt.date(1988, 9, 19), addresses=[HOME_C], phones=["+359 88 712 4093"]),
    _p("g", "grandparent", [("Sabrie", "Karaalieva")], addresses=[GRAN_C], phones=["+359 87 954 2216"]),
    _p("p1", "professional", [("Laura", "Steele")], phones=["01782 232 467"], emails=["laura.steele@trentpotteries.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment summary with an interpreter", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS
Children: [[Emine Mehmedova|name]] (12, [[11/07/2014|dob]]), [[Ahmed Mehmedov|name]] (7, [[01/12/2018|dob]]), [[Fatme Mehmedova|name]]
(8 months, [[20/03/2026|dob]])
Address: [[58 Meir Road|address]], [[Normacot|place]], [[Longton|place]], [[ST3 7JD|postcode]]
Social worker: [[Laura Steele|name]]   Interpreter (Bulgarian): [[Nadezhda Petrova|name]], by phone and in person
Started [[2 October 2026|date]]; completed [[13
November 2026|date]]

Background. The family are Pomaks, Bulgarian-speaking Muslims from the village of [[Mogilitsa|place]] near [[Smolyan|place]] in
the Rhodope mountains. Mr [[Ismail Mehmedov|name]] came to [[Stoke|place]] in 2019 to work at a warehouse at [[Sideway|place]];
Mrs [[Ayshe
Mehmedova|name]] and the two older children joined him in 2022. They rent two rooms and a kitchen on [[Meir Road|address]]
from a landlord, Mr [[Orhan Yusein|name]], who also lets the upstairs to three single men. Father works nights; he is often in
Bulgaria for weeks at a time (his phone there is [[+359 88 712 4093|phone]]).
Why we are involved. [[Sandon|school]] referred on [[29/09/2026|date]]: [[Emine|name]]'s attendance had fallen to 62% and she told
her form tutor, Mr [[Dawson|name]], that she stays home "when the baby is sick and mum is sad". Mum has not left the house
alone since [[Fatme|name]]'s birth at the Royal Stoke in March.
What we found. Mum is low in mood, tearful, and sleeps badly; she was seen by Dr [[Nkemelu|name]] at Meir Primary Care on
[[21 October|date]] and is now on sertraline. She does not read English and relies on [[Emine|name]] for letters, the GP and
shopping on [[Uttoxeter Road|address]]. [[Ahmed|name]] is doing well at [[Normacot Primary|school]] and has friends. The rooms are
damp; the three children sleep in one room with mum. [[Emine|name]] said: "I am like the second mother. I don't mind. But I
miss my friends [[Zeynep|name]] and [[Hatice|name]]." Maternal grandmother Mrs [[Sabrie Karaalieva|name]] (in [[Mogilitsa|place]],
[[+359 87 954 2216|phone]]) phones every day on Viber and wants to come in the spring.
Analysis. A young carer whose education is being lost, a mother with post-natal depression who is isolated by language,
a father often away, poor housing. No evidence of harm beyond this. Father's details: [[Ismail Mehmedov|name]], NI
[[SZ 30 77 14 A|ni]], works for an agency placed at a warehouse in [[Trentham Lakes|place]].
Outcome: child in need plan; young carers' assessment
for [[Emine|name]]; referral to the perinatal mental health team and to a Bulgarian-speaking women's group at the
Normacot mosque; private sector housing team to inspect.
Genogram notes (from mum, through the interpreter): mum's parents [[Sabrie|name]] and the late [[Ahmed Karaaliev|name]] (after whom
[[Ahmed|name]] is named); mum's brother [[Hasan|name]] in [[Kardzhali|place]]; dad's sister [[Nurie Mehmedova|name]] in
[[Madan|place]] and his cousin [[Sali Chaushev|name]], who also works at the warehouse and lives on [[Chaplin Road|address]],
[[Dresden|place]]. Family friend Mrs [[Gyulten Ali|name]] of [[Queensberry Road|address]], [[Normacot|place]] ([[07956 480 117|phone]]),
takes mum to the mosque group. Visits: [[2/10|date]], [[9/10|date]], [[23/10|date]], [[6/11|date]] and [[13/11/2026|date]].
"""),
]

DOCS_C += [
    ("a family Viber chat in Bulgarian (Cyrillic) and English typed up and translated by the interpreter", """Viber group "Семейство
🏡" - messages shown by [[Emine|name]] and her mother on [[5 November 2026|date]], typed up by
the interpreter [[N. Petrova|name]] (translation in brackets). Names as saved in [[Ayshe|name]]'s phone.

Баба [[Сабрие|name]] ([[+359 87 954 2216|phone]]), 31.10: [[Айше|name]], как е бебето? [[Фатме|name]] спи ли?
   ([[Ayshe|name]], how is the baby? Is [[Fatme|name]] sleeping?)
[[Айше|name]], 31.10: Не спи. И аз не спя. [[Исмаил|name]] е в [[Смолян|place]] до [[15-ти|date]].
   (She is not sleeping. Nor am I. [[Ismail|name]] is in [[Smolyan|place]] until the [[15th|date]].)
[[Емине|name]], 31.10: бабо, аз пак няма да ходя на училище утре, мама е болна
   (granny, I won't go to school again tomorrow, mum is ill)
Баба [[Сабрие|name]], 01.11: [[Емине|name]], ти си златно момиче. Ще дойда през март, [[Хасан|name]] ще ми купи билет.
   ([[Emine|name]], you are a golden girl. I will come in March, [[Hasan|name]] will buy me a ticket.)
[[Исмаил|name]] ([[+359 88 712 4093|phone]]), 02.11: Пратих 200 паунда. Кажи на [[Орхан|name]] че наема ще е в петък
   (I sent 200 pounds. Tell [[Orhan|name]] the rent will be on Friday)
[[Айше|name]], 03.11: Дойде жена от съвета, [[Лаура|name]]. Добра е. Иска [[Емине|name]] да ходи на училище
   (A woman came from the council, [[Laura|name]]. She is kind. She wants [[Emine|name]] to go to school)
[[Ахмед|name]] (on mum's phone), 03.11: 😀😀 бабо виж [[Ахмед|name]] има звезда
   (granny look, [[Ahmed|name]] got a star)
Баба [[Сабрие|name]], 04.11: Адресът ми за колета: [[ул. Христо Ботев 12|address]], с. [[Могилица|place]], [[4736|postcode]]
   (My address for the parcel: [[Hristo Botev Street 12|address]], [[Mogilitsa|place]] village, [[4736|postcode]])

[[Айше|name]], 05.11: Ще пратя колета от [[Лонгтън|place]] в събота. (I will send the parcel from [[Longton|place]] on Saturday.)
Interpreter's note: "Баба" (granny) is kept outside the name as a kinship word; "[[Хасан|name]]" is the mother's brother
[[Hasan Karaaliev|name]], who lives in [[Kardzhali|place]].
"""),
    ("health visitor's letter to the GP about a mother's low mood", """Midlands Partnership NHS Foundation Trust - Health Visiting,
Longton and Meir
Dr [[A Nkemelu|name]]
Meir Primary Care
[[Weston Road|address]], [[Meir|place]], [[Stoke-on-Trent|place]] [[ST3 6AB|postcode]]

[[20 November 2026|date]]

Dear Dr [[Nkemelu|name]],
Re: Mrs [[Ayshe MEHMEDOVA|name]], DOB [[08/04/1993|dob]], [[58 Meir Road|address]], [[Normacot|place]] [[ST3 7JD|postcode]]
and baby [[Fatme MEHMEDOVA|name]], DOB [[20.03.2026|dob]], NHS [[232 372 8636|nhs]]
I saw Mrs [[Mehmedova|name]] at home on [[18/11/2026|date]] with a Bulgarian interpreter (Language Line, ID 40419). Her EPDS score
was 19 (it was 21 on [[22 Oct|date]]). She says the sertraline is "a little better". She has no thoughts of harming herself or
[[Fatme|name]]. [[Fatme|name]] is well: weight on the 25th centile, feeding well; some flattening to the back of the head, for
which I have given advice. She has not had her 8-month review or her 1-year immunisations booked; I have booked them for
[[4 December|date]] at the Longton Clinic.
Mrs [[Mehmedova|name]]'s daughter [[Emine|name]] (12) has been interpreting at appointments. Please book an interpreter for her
review and do not use [[Emine|name]]. I have referred to the perinatal mental health team and to the Women's Group at the
Normacot mosque run by Mrs [[Gulsen Mustafova|name]] (a Turkish and Bulgarian speaker).
Yours sincerely,
[[Bethany Moss|name]], Specialist Community Public Health Nurse (HV), [[01782 425 063|phone]]
cc [[Laura Steele|name]], social worker
"""),
    ("secondary school EAL coordinator's email to the social worker", """From: [[Sarah Grocott|name]]
<[[s.grocott@sandon.stoke.sch.uk|email]]>
Sent: Thursday, [[26 November 2026|date]] 16:02
To: [[Laura Steele|name]] <[[laura.steele@trentpotteries.gov.uk|email]]>
Cc: [[Mark Dawson|name]]
Subject: [[Emine M|name]] 9JR - update

Hi [[Laura|name]],
Quick update on [[Emine|name]]. Since the young carers' worker ([[Kerry|name]] from Stoke Young Carers) started seeing her on
Tuesdays she has been in every day except Monday [[23rd|date]] (baby's jabs, authorised). 94% for the last 3 weeks.
She told me her gran is coming from "[[Смолян|place]]" in March and that she can't wait. She also said her dad is back from
Bulgaria on the [[15th|date]] and that he was "angry about the social"; she asked me not to tell you that, so please be
careful how it is used.
One thing: [[Emine|name]] mentioned a man called [[Orhan|name]] (landlord?) who "comes in without knocking" when her dad is away.
I have logged it on CPOMS. [[Ahmed|name]]'s school ([[Normacot Primary|school]], Mrs [[Begum|name]]) have nothing new.
PS [[Emine|name]]'s friends [[Zeynep Osman|name]] (9JR) and [[Hatice Ramadan|name]] (9KT) asked if she can come to the Year 9 trip to
[[Chester|place]] on Friday [[18 December|date]]; the school can pay. Mum would need to sign the form by the [[11th|date]]. Could
[[Nadezhda|name]] (the interpreter) go through it with mum when you visit on the [[3rd|date]]?
Thanks, [[Sarah|name]]
[[Sarah Grocott|name]] | EAL Coordinator | [[Sandon Business and Enterprise College|school]] | [[01782 882 416|phone]]
"""),
]


# --- D. Salek / Mohamed Lamin family (Sahrawi, with Spanish passports), Birches Head, Hanley ------------------------------

HOME_D = d.Address("Flat 3, 41 Birches Head Road", "Birches Head", "Stoke-on-Trent", "ST1 6LH")
DAD_D = d.Address("Calle Portal de Arriaga 27, 3º izda", "", "Vitoria-Gasteiz", "01012")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Brahim", "Mohamed Lamin")], dt.date(2016, 1, 14), addresses=[HOME_D], ids=["556 289 2952", "T861389316998"],
       schools=["Birches Head Academy"]),
    _p("s", "sibling", [("Mariem", "Mohamed Lamin")], dt.date(2011, 6, 25), addresses=[HOME_D], ids=["627 285 5486"]),
    _p("m", "mother", [("Salka", "Salek")], dt.date(1987, 11, 2), addresses=[HOME_D], phones=["07423 618 590"]),
    _p("f", "father", [("Mohamed Lamin", "Bachir")], dt.date(1982, 5, 30), addresses=[DAD_D], phones=["+34 612 48 73 05"]),
    _p("p1", "professional", [("Owen", "Capewell")], phones=["01782 235 100"], emails=["owen.capewell@trentpotteries.gov.uk"]),
], "c")

DOCS_D = [
    ("MASH referral form sent online by a school", """MULTI-AGENCY REFERRAL FORM (MARF) - submitted online [[04/11/2026|date]] 11:17
SECTION 1 - CHILD
Surname: [[MOHAMED LAMIN|name]]   Forename(s): [[Brahim|name]]   DOB: [[14/01/2016|dob]]   Gender: M
Address: [[Flat 3, 41 Birches Head Road|address]]   Town: [[Birches Head|place]], [[Hanley|place]]
Postcode: [[ST1 6LH|postcode]]
School / setting: [[Birches Head Academy|school]]   UPN: [[T861389316998|upn]]
First language: Hassaniya Arabic / Spanish   Interpreter needed: YES (Spanish is fine for mum)
Ethnicity: Any other ethnic group - Sahrawi (Western Sahara); Spanish nationals
SECTION 2 - FAMILY / HOUSEHOLD
Mother: [[SALEK, Salka|name]]   DOB [[02/11/1987|dob]]   Tel [[07423 618 590|phone]]
Sister: [[Mariem MOHAMED LAMIN|name]] (15), [[Birches Head Academy|school]] Y11
Father: [[BACHIR, Mohamed Lamin|name]] - lives in [[Vitoria-Gasteiz|place]], Spain, visits; [[+34 612 48 73 05|phone]]
SECTION 3 - CONCERNS (referrer's words)
On Monday [[2nd November|date]] [[Brahim|name]] (10) came in with a red mark across the back of his neck and said "my baba
pushed me on the door because I talked Spanish not Hassaniya". Father has been staying for 3 weeks. [[Mariem|name]] told her
tutor Ms [[Latif|name]] that dad "shouts at mum every night" and took mum's passport "to keep it safe". Mum came to
collect [[Brahim|name]] with her face covered and would not talk to staff.
SECTION 4 - REFERRER
Name: [[Joanne Hollins|name]]   Role: DSL   Org: [[Birches Head Academy|school]], [[Lodge Barn Road|address]]
Tel: [[01782 234 751|phone]]   Parent aware of referral: NO (risk to mother)
SECTION 5 - OTHER ADULTS / CHILDREN KNOWN
Mum's cousin: [[Aziza Brahim Ali|name]], [[Moorland Road|address]], [[Burslem|place]]
Family friend: Mrs [[Fatimetu Hamdi|name]], a teaching assistant at [[Hanley St Luke's|school]], [[07480 552 913|phone]]
Uncle: [[Sidi Salek|name]], in [[Bilbao|place]] (Spain)
Previous address: [[calle Portal de Arriaga 27|address]], [[Vitoria-Gasteiz|place]] (to March 2025); then [[Flat 1, 9 Town Road|address]],
[[Hanley|place]] [[ST1 2JJ|postcode]] (to [[30 September 2025|date]])
Previous school: [[CEIP Aranbizkarra|school]], [[Vitoria|place]]
MASH decision ([[04/11/2026|date]] 15:20, [[R. Beardmore|name]], MASH manager): strategy discussion today; s.47.
"""),
]

DOCS_D += [
    ("WhatsApp voice notes transcribed and translated from Spanish and Hassaniya", """Transcript of three WhatsApp voice notes
[[Salka|name]] played to SW [[Owen Capewell|name]] on [[6 November 2026|date]], with the
interpreter [[Lucía Fernández Ortega|name]] (Spanish) on speaker. Hassaniya words were explained by [[Salka|name]] herself.
Sender shown in the chat as "[[Mohamed Lamin|name]] 🇪🇸" ([[+34 612 48 73 05|phone]]); the chat's photo is of the family in
the camp at [[Smara|place]], near [[Tindouf|place]].

Voice note 1 (sent [[28/10/2026|date]] 23:14, 0:48): "[[Salka|name]], ¿dónde está mi pasaporte? Te lo digo por última vez. Si no
vuelves a [[Vitoria|place]] con los niños, me llevo a [[Brahim|name]] a los campamentos con mi madre, a [[Smara|place]]. Allí nadie
le habla en inglés." ([[Salka|name]], where is my passport? I am telling you for the last time. If you don't come back to
[[Vitoria|place]] with the children, I take [[Brahim|name]] to the camps to my mother, to [[Smara|place]]. Nobody speaks English to
him there.)
Voice note 2 ([[30/10/2026|date]], 0:21, Hassaniya): "[[Mariem|name]] ma t'gaad f'dar [[Hanley|place]]..." ([[Mariem|name]] will not
stay in that house in [[Hanley|place]]...) - [[Salka|name]] would not translate the rest; she said it was "words about her honour".
Voice note 3 ([[1 Nov|date]], 1:02): "Mi hermano [[Sidi|name]] está en [[Bilbao|place]], en la [[calle Zabalbide 40|address]].
Él vendrá a Inglaterra por ti." (My brother [[Sidi|name]] is in [[Bilbao|place]], at [[calle Zabalbide 40|address]]. He will come to
England for you.)

Worker's note: [[Salka|name]]'s own name in Arabic script, as on her Sahrawi family book, is [[سالكة سالك|name]]; her mother in
the camp is [[الغالية|name]] ([[Ghalia|name]]), and the father's mother, whom he means by "mi madre", is [[Mbarka|name]].
"""),
]
DOCS_D += [
    ("initial child protection conference report by the social worker", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Conference date: [[19 November 2026|date]]    Chair: [[Diane Mellor|name]] (IRO)
Children: [[Brahim Mohamed Lamin|name]] ([[14.01.2016|dob]]), [[Mariem Mohamed Lamin|name]] ([[25.06.2011|dob]])
Author: [[Owen Capewell|name]], social worker, Trent Potteries Children's Services, [[01782 235 100|phone]]

1. The family. Mrs [[Salka Salek|name]] (39) and her children are Sahrawi: the mother was born in the refugee camps near
[[Tindouf|place]] in Algeria and spent her summers as a child with a host family in [[Vitoria-Gasteiz|place]] through the
"Vacaciones en Paz" programme; she later settled there and the family have Spanish nationality. Sahrawi names do not have a
shared family surname in the English way: the children carry their father's name, "[[Mohamed Lamin|name]]", as a surname, and
the mother keeps her own father's name, "[[Salek|name]]". The family came to [[Hanley|place]] in April 2025 after Mrs [[Salek|name]]'s
cousin [[Aziza Brahim Ali|name]], who lives in [[Burslem|place]], found her work at a care home in [[Smallthorne|place]].
2. The father. Mr [[Mohamed Lamin Bachir|name]] (44) lives at [[Calle Portal de Arriaga 27, 3º izda|address]], [[01012|postcode]]
[[Vitoria-Gasteiz|place]]. He stayed at the flat from [[12 October|date]] to [[5 November 2026|date]]. Police attended on
[[4/11/2026|date]] after the school's referral; he was arrested for assault on [[Brahim|name]] and released under
investigation with bail-like conditions not to contact the family; he flew from [[Birmingham|place]] to [[Bilbao|place]] on the
[[5th|date]]. Mrs [[Salek|name]]'s passport was found in his bag and returned.
3. The children. [[Brahim|name]] (10) is a quiet boy who loves football and Stoke City; the mark on his neck was seen by Dr
[[Fenton|name]] at the Royal Stoke on [[4 November|date]] (a linear bruise, consistent with his account). He says he is scared
his father will "take him to the desert". [[Mariem|name]] (15) is in Y11 and wants to be a pharmacist; she says her father
wants her to marry her cousin [[Lehbib|name]] in the camps "when I finish school".
4. Risks: physical abuse; domestic abuse and coercive control of the mother; risk of the children being taken abroad; risk of
a forced marriage for [[Mariem|name]]. Recommendation: child protection plans (physical and emotional abuse); referral to the
Forced Marriage Unit; port alert; legal advice about a prohibited steps order; the Spanish authorities (Servicio de Infancia of
the Diputación Foral de Álava) informed through the consulate.
5. The family's network. Mrs [[Salek|name]]'s cousin [[Aziza|name]] ([[07480 213 659|phone]]) lives on [[Moorland Road|address]],
[[Burslem|place]], and will have the children if the mother is unwell. Her friend from the care home, [[Grace Adjei|name]], drives
her to work. [[Brahim|name]]'s football coach at the Saturday club in [[Northwood|place]], Mr [[Kev Plant|name]] (no relation to any
other family known to us), says he is "a different boy" since his dad left. [[Mariem|name]]'s best friend is [[Amani|name]].
Home visits: [[6 November|date]], [[10 November|date]], [[13 November|date]] (with Police), [[17 November 2026|date]].
6. The children's words. [[Brahim|name]]: "I want to stay in [[Hanley|place]]. I like my teacher Mr [[Okafor|name]] and my friend
[[Yusuf|name]]. In [[Vitoria|place]] my baba was angry all the time." [[Mariem|name]]: "Tell the judge I am not going to marry
[[Lehbib|name]]. I am going to [[Stoke Sixth Form College|school]]."
"""),
    ("an email from a Spanish children's services worker, in Spanish and English", """De / From: [[Itziar Goikoetxea Ruiz|name]]
<[[igoikoetxea@araba.eus|email]]>
Para / To: [[owen.capewell@trentpotteries.gov.uk|email]]
Fecha / Date: [[24/11/2026|date]] 09:31 (CET)
Asunto / Subject: RE: Familia [[MOHAMED LAMIN|name]] - [[SALEK|name]] / ref. 2026/INF/3381

Estimado Sr. [[Capewell|name]],
Dear Mr [[Capewell|name]], I write in English and Spanish because our translator is on leave.
We know the family from 2019 to 2024. Sra. [[Salka Salek|name]] and the children lived at [[calle Portal de Arriaga 27|address]]
in [[Vitoria-Gasteiz|place]] with the father. There were two police callouts for "violencia de género", on [[16/03/2022|date]] and
[[2 de agosto de 2023|date]]; she withdrew both complaints. The father, Sr. [[Mohamed Lamin Bachir|name]], has a new address
since January: [[Calle Cuchillería 14, 2º|address]], [[01001|postcode]] [[Vitoria-Gasteiz|place]], tel. [[+34 945 16 27 48|phone]].
He has said to our worker, Sra. [[Amaia Ugarte|name]], that he plans to take the boy "al Sáhara" for the summer.
[[Mariem|name]] was a good student at the [[Instituto Ekialde|school]] in [[Vitoria|place]].
The boy's paternal grandmother, Sra. [[Mbarka Mohamed Salem|name]], lives in the camp at [[Smara|place]] and visited [[Vitoria|place]]
in 2024. The family's other contact here is the uncle, Sr. [[Sidi Salek|name]],
[[calle Zabalbide 40|address]], [[48006|postcode]] [[Bilbao|place]], tel. [[+34 944 15 62 87|phone]], who supports the mother.
Le ruego me mantenga informada. Please keep me informed.
Atentamente / Kind regards,
[[Itziar Goikoetxea|name]], trabajadora social, Servicio de Infancia, Diputación Foral de Álava, [[+34 945 18 10 00|phone]]
"""),
]


# --- E. Bossons family (white British, kinship care by grandparents), Abbey Hulton, Stoke-on-Trent ----------------------

HOME_E = d.Address("6 Greasley Road", "Abbey Hulton", "Stoke-on-Trent", "ST2 8JE")
MUM_E = d.Address("Flat 12, Hamil Court", "Burslem", "Stoke-on-Trent", "ST6 1AW")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Bossons")], dt.date(2021, 8, 8), addresses=[HOME_E], ids=["392 247 7305"],
       schools=["Little Acorns Day Nursery"]),
    _p("s", "sibling", [("Ruby-Leigh", "Bossons")], dt.date(2015, 3, 12), addresses=[HOME_E], ids=["766 102 9251", "B861730418717"],
       schools=["Abbey Hulton Primary School"]),
    _p("m", "mother", [("Jade", "Bossons")], dt.date(1997, 12, 19), addresses=[MUM_E], phones=["07939 251 684"]),
    _p("g", "grandparent", [("Tina", "Bossons")], dt.date(1970, 7, 7), addresses=[HOME_E], phones=["07866 410 237"]),
    _p("g2", "grandparent", [("Gary", "Bossons")], dt.date(1968, 1, 21), addresses=[HOME_E]),
    _p("p1", "professional", [("Hannah", "Wood")], phones=["01782 232 999"], emails=["hannah.wood@trentpotteries.gov.uk"]),
], "c")

DOCS_E = [
    ("special guardianship assessment extract on the grandparents", """SPECIAL GUARDIANSHIP ASSESSMENT (extract: sections 3 to 5)
Applicants: Mrs [[Tina Bossons|name]] ([[07/07/1970|dob]]) and Mr [[Gary Bossons|name]] ([[21/01/1968|dob]]),
[[6 Greasley Road|address]], [[Abbey Hulton|place]], [[Stoke-on-Trent|place]] [[ST2 8JE|postcode]]
Children: [[Ruby-Leigh Bossons|name]] ([[12/03/2015|dob]]) and [[Alfie Bossons|name]] ([[08/08/2021|dob]])
Assessor: [[Hannah Wood|name]], kinship team. Court: the Family Court at Stoke-on-Trent, case SE26C00512
NI numbers (for the allowance): [[Tina|name]] [[NE 47 19 62 B|ni]]; [[Gary|name]] [[JK 62 08 31 C|ni]]. Referees: Rev.
[[Paula Hollins|name]]
(vicar, St John's) and [[Steve Mayer|name]] of [[Greasley Road|address]] (neighbour, 30 years).

3. Family history. [[Tina|name]] grew up in [[Bucknall|place]], one of five; her father was a potter at [[Johnson|name]] Brothers
and she worked at the Portmeirion factory for 22 years. [[Gary|name]] is from [[Baddeley Green|place]] and was a miner at
Florence Colliery until it closed, then a bus driver for First. They married in 1990 at St John's in [[Abbey Hulton|place]]. Their
daughter [[Jade|name]] (the children's mother) is their only child. [[Jade|name]]'s use of heroin began at 19 with her then
partner [[Ryan Salt|name]] ([[Alfie|name]]'s father, now in HMP Dovegate); [[Ruby-Leigh|name]]'s father, [[Dale Wood|name]], died
in 2019. (He is no relation of the assessor.)
4. The children in their care. The children have lived with [[Tina|name]] and [[Gary|name]] since [[14 February 2026|date]], when
[[Jade|name]] was found unconscious at her flat at [[Hamil Court|address]], [[Burslem|place]], with [[Alfie|name]] (then 4) alone
with her. [[Ruby-Leigh|name]] (11) now attends [[Abbey Hulton Primary|school]] and is "settled and cheeky" (her teacher, Miss
[[Tunstall|name]]); [[Alfie|name]] goes to [[Little Acorns|school]] three days a week and has speech therapy at Bentilee
Neighbourhood Centre.
5. Contact. [[Jade|name]] sees the children on Saturdays at her parents' house with [[Tina|name]] present. [[Ryan|name]] has
asked for letters; [[Gary|name]] is against it. [[Jade|name]] has been engaged with Stoke Recovery Service since March; her
key worker [[Martin Heath|name]] reports negative tests since [[1 June|date]].
"""),
]

DOCS_E += [
    ("a grandmother's own handwritten letter to the court, typed as written", """To the Judge,
My name is [[Tina Bossons|name]] and I am [[Ruby|name]] and [[Alfie|name]]s nan. I am writing this myself my husband [[Gary|name]]
helped with the spelling. We live at [[6 Greasley rd|address]] [[Abbey Hulton|place]] and we have had the kids since Valentines
day when our [[Jade|name]] was took to hospital. I love my daughter but I can not let them go back to how it was.
[[Ruby|name]] was 11 on the [[12th March|date]] and she wanted her mum at her party and [[Jade|name]] came and was lovely and
stayed sober, I was so proud. But she also come on the [[2nd of May|date]] off her head and [[Alfie|name]] hid behind the settee.
[[Alfie|name]] calls [[Gary|name]] "Grandad Bus" because he drove the number 6 for 20 year. He is doing his words now with the
lady at the centre, [[Kirsty|name]], and he can say "[[Wuby|name]]" for [[Ruby|name]] which makes us cry.
We are not young. I am 56 and [[Gary|name]] is 58 and has his chest. But my sister [[Carol Mitchell|name]] in [[Werrington|place]]
and our friends [[Bev|name]] and [[Trev|name]] from [[Milton|place]] will help us. Me and [[Gary|name]] have done the course
with [[Hannah|name]].
[[Ryan Salt|name]] wrote to us from prison, I have give the letter to [[Hannah|name]]. We do not want him knowing where we live.
Please let us keep them safe. We have been to [[Rhyl|place]] in the caravan with them in August and to see [[Gary|name]]s brother
[[Keith|name]] in [[Cheddleton|place]], the kids love his allotment.
[[Tina Bossons|name]]
[[07866 410237|phone]]
"""),
    ("a local authority chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[BOSSONS, Ruby-Leigh|name]] and
[[BOSSONS, Alfie|name]]
Prepared by [[H. Wood|name]] for the special guardianship application, [[30 November 2026|date]]

Date | Event | Source
[[12.03.2015|dob]] | [[Ruby-Leigh|name]] born, Royal Stoke University Hospital. Mother [[Jade Bossons|name]] (17). | Health
[[03.06.2019|date]] | [[Dale Wood|name]] ([[Ruby-Leigh|name]]'s father) dies, overdose, [[Cobridge|place]]. | Police
[[08.08.2021|dob]] | [[Alfie|name]] born. Father [[Ryan Salt|name]]. Mother living at [[Hamil Ct|address]], [[Burslem|place]]. | Health
[[22/11/2022|date]] | Police called to [[Hamil Court|address]]: DA, [[Ryan|name]] arrested. Children at nan's. | Police
Jan 2023 - [[17 Jul 2023|date]] | Child in need plan (neglect, parental substance misuse). Closed. | CSC
[[09/10/2024|date]] | [[Ryan Salt|name]] sentenced, 6 years (supply of class A), Stoke Crown Court. | Court
[[14/02/2026|date]] | [[Jade|name]] found unconscious at home by neighbour [[Sandra Ng|name]] (flat 11); [[Alfie|name]] alone with
her. Ambulance; naloxone. Children to maternal grandparents, [[Abbey Hulton|place]]. | Ambulance / Police
[[16/02/2026|date]] | Strategy meeting; s.47. Decision: children to stay with grandparents under a s.20 agreement. | CSC
[[02/05/2026|date]] | [[Jade|name]] at the house intoxicated during contact. Grandmother ends the visit. | Grandmother
[[01/06/2026|date]] | [[Jade|name]]'s first negative test (Stoke Recovery Service). | Recovery service
[[11.09.2026|date]] | [[Tina|name]] and [[Gary|name]] apply for special guardianship. | Court
[[02.10.2026|date]] | Letter from [[Ryan Salt|name]] (HMP Dovegate) to the grandparents, asking for photos of [[Alfie|name]]. | Grandparents
[[19/10/2026|date]] | [[Ruby-Leigh|name]] tells her teacher Miss [[Tunstall|name]] that "mum's friend [[Shaz|name]]" messaged her on
TikTok. [[Sharon Podmore|name]] of [[Smallthorne|place]] identified; she is a friend of [[Jade|name]] from the Recovery Service. | School
[[04/11/2026|date]] | Viability of paternal aunt [[Leanne Salt|name]] ([[Chell Heath|place]]) - she withdrew. | CSC
[[30/11/2026|date]] | SGO assessment completed: positive. | CSC
"""),
    ("a day nursery's scanned registration form read by OCR", """[OCR text of a scanned form, page 1 of 2; misreadings left as they
came out]
LITTLE AC0RNS DAY NURSERY - CHlLD REGlSTRATlON F0RM
Child's full name: [[A1fie Boss0ns|name]]            Known as: [[Alf|name]]
D.O.B: [[O8/O8/2O21|dob]]      NHS No: [[392 247 7305|nhs]]
Home address: [[6 Greas1ey Road|address]], [[Abbey Hu1ton|place]], [[ST2 8JE|postcode]]
Parent / carer 1: [[Tina Bossons|name]] (Nan)   Mob: [[07866 410 237|phone]]
Parent / carer 2: [[Gary B0ssons|name]] (Grandad)
Persons NOT allowed to collect: [[JADE B0SS0NS|name]] (mum) unless with nan; [[RYAN SALT|name]] (dad)
Persons allowed to collect: [[Caro1 Mitche11|name]] (great aunt) - password "[[Wuby|name]]"
GP: Abbey Hulton Medical Centre, [[Leek Rd|address]]
Start date: [[O1/O3/2O26|date]]   Sessions: Mon Tue Thu
Key person: [[Kirsty Lovatt|name]]
Allergies: none known. Dietary: no pork (nan says). Medication: none.
Emergency contact 2: [[Carol Mitche11|name]] [[07912 448 306|phone]], [[18 Ash Bank Rd|address]], [[Werrington|place]]
Health visitor: [[Louise Bagnall|name]], Bentilee clinic
Social worker: [[Hannah W00d|name]] (Stoke CSC)
Signed: [[T. Bossons|name]]   Date: [[27/O2/2O26|date]]
"""),
]


# --- F. Walker / Campbell family (White and Black Caribbean), Cross Heath, Newcastle-under-Lyme ------------------------

HOME_F = d.Address("22 Lymewood Grove", "Cross Heath", "Newcastle-under-Lyme", "ST5 9DJ")
NAN_F = d.Address("5 Audley Road", "Chesterton", "Newcastle-under-Lyme", "ST5 7JR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Nevaeh", "Walker")], dt.date(2013, 10, 4), addresses=[HOME_F], ids=["361 011 0716", "C860660721368"],
       schools=["Newcastle Academy"]),
    _p("s", "sibling", [("Tyrese", "Campbell")], dt.date(2010, 5, 28), addresses=[HOME_F], ids=["981 183 8348"]),
    _p("m", "mother", [("Chantelle", "Walker")], dt.date(1992, 2, 16), addresses=[HOME_F], phones=["07958 632 104"]),
    _p("g", "grandparent", [("Hyacinth", "Campbell")], dt.date(1958, 9, 9), addresses=[NAN_F], phones=["01782 563 218"]),
    _p("p1", "professional", [("Zara", "Malik")], phones=["01785 223 121"], emails=["zara.malik@lymebrook.gov.uk"]),
], "c")

DOCS_F = [
    ("GP safeguarding lead's letter to children's services", """Silverdale and Knutton Health Partnership
[[Church Street|address]], [[Silverdale|place]], [[Newcastle-under-Lyme|place]] [[ST5 6JL|postcode]]   Tel [[01782 624 192|phone]]

[[2 December 2026|date]]
[[Zara Malik|name]], Social Worker, Lyme Brook Children's Services (by secure email: [[zara.malik@lymebrook.gov.uk|email]])

Dear Ms [[Malik|name]],
RE: [[Nevaeh WALKER|name]], DOB [[04/10/2013|dob]], NHS [[361 011 0716|nhs]], [[22 Lymewood Grove|address]], [[Cross Heath|place]]
[[ST5 9DJ|postcode]]
I am the practice's safeguarding lead. [[Nevaeh|name]] (13) came to the surgery on [[30/11/2026|date]] with a friend, [[Lacey|name]]
(not our patient), asking for the morning-after pill. She told our nurse, Sister [[Angela Bourne|name]], that her boyfriend is
"[[Kai|name]]", who is 19, drives a white Golf and lives "above the vape shop in [[Wolstanton|place]]". She would not give his
surname. Under the Fraser guidelines and our policy, a child under 13 - and a 13-year-old with an adult partner of 19 - is a
safeguarding referral in every case, and I told [[Nevaeh|name]] so.
[[Nevaeh|name]]'s mother, [[Chantelle Walker|name]], has not been told by us. [[Nevaeh|name]]'s older brother [[Tyrese|name]] is also our
patient. Their grandmother Mrs [[Hyacinth Campbell|name]] of [[Audley Road|address]], [[Chesterton|place]], is registered with us
and brought [[Nevaeh|name]] for her asthma review on [[19 Sept|date]].
Please contact me at the surgery on [[Church
Street|address]] or directly on [[07824 391 605|phone]] (my work mobile) rather than the surgery's main line.
Yours sincerely,
Dr [[Catherine Ogunleye|name]], GP partner and safeguarding lead
"""),
    ("police control room 999 call transcript", """STAFFORDSHIRE POLICE - CONTACT MANAGEMENT - CALL TRANSCRIPT (auto + handler corrections)
Incident: 0713 of [[05/12/2026|date]]   Time: 23:41   Caller: female, said she is the mother
Handler: [[Ashleigh Dale|name]] (call-taker 4471)

HANDLER: Police, what's the address of your emergency?
CALLER: [[Twenty-two Lymewood Grove|address]], [[Cross Heath|place]]. It's my daughter, she's not come home. She's thirteen.
HANDLER: What's your name please?
CALLER: [[Chantelle|name]]. [[Chantelle Walker|name]]. My number's [[07958 632104|phone]].
HANDLER: And your daughter's name and date of birth?
CALLER: [[Nevaeh|name]], N-E-V-A-E-H, [[Walker|name]], [[fourth of October twenty thirteen|dob]].
HANDLER: When did you last see her?
CALLER: Half six, she said she was going to [[Lacey|name]]'s on [[Knutton Lane|address]]. [[Lacey|name]]'s mum says she never came.
She's with him, I know she is, this [[Kai|name]]. My son [[Tyrese|name]] says he's got a flat in [[Wolstanton|place]], above a
shop on the high street. He's got a white car.
HANDLER: Do you have a surname for [[Kai|name]]?
CALLER: [[Tyrese|name]] says [[Kai Reeves|name]]? Or [[Rhodes|name]]. Her phone's off. She's got asthma, she hasn't got her inhaler.
HANDLER: Okay [[Chantelle|name]], we're treating her as a high-risk missing child. Officers are on their way.
HANDLER: Is there anywhere else she might go?
CALLER: Her nan's in [[Chesterton|place]], [[Audley Road|address]]. Or her friend [[Millie|name]] in [[Stone|place]], or her dad's
sister [[Marcia|name]] in [[Bradwell|place]]. Her dad's [[Jermaine Walker|name]] but he's in [[Birmingham|place]], [[Handsworth|place]].
[Call ends 23:49. Added by handler: mother's mum [[Hyacinth|name]] ([[01782 563218|phone]]) also out looking, [[Chesterton|place]].]
"""),
]
DOCS_F += [
    ("a Microsoft Teams chat between professionals copied into the record", """[Teams chat "[[Nevaeh W|name]] - missing [[6/12|date]]"
copied to the case record by [[Z Malik|name]] at 10:05 on [[6 December 2026|date]]]

[[Malik, Zara|name]] (Lyme Brook CSC) 07:58
Morning all. [[Nevaeh|name]] still missing overnight. Police have been to the flat above Vapour Lounge on [[High Street|address]],
[[Wolstanton|place]]. No answer. [[Tyrese|name]] says the lad is [[Kai Rhodes|name]], dob around 2007, from [[Porthill|place]].
[[Bourne, Angela|name]] (Silverdale and Knutton HP) 08:06
We have a [[Kai Rhodes|name]] registered, dob [[14/06/2007|dob]], address [[Flat B, 71 High Street|address]], [[Wolstanton|place]]
[[ST5 0EP|postcode]]. Tel on file [[07787 334 905|phone]]. Sharing under s.47/safeguarding. Pls dont forward
PC 1902 [[Tom Ryder|name]] (Staffs Police) 08:31
thanks [[angela|name]]. car is a white golf [[FN17 WXY|vehicle]], registered keeper [[Donna Rhodes|name]] (mum?) in [[Bradwell|place]].
ANPR hit 02:14 on the A34 towards [[Stone|place]]
[[Malik, Zara|name]] (Lyme Brook CSC) 08:40
[[Chantelle|name]] says [[Nevaeh|name]] has a friend in [[Stone|place]], [[Millie|name]], who she met at [[Newcastle Academy|school]]
[[Ryder, Tom|name]] 09:12
FOUND. [[Nevaeh|name]] located 08:58 at a McDonald's in [[Stone|place]] with [[Rhodes|name]]. He's arrested (CSA offences).
She is safe, being taken to the SARC at the Royal Stoke with mum. [[Millie|name]] not involved
[[Malik, Zara|name]] (Lyme Brook CSC) 09:13
great news. [[Chantelle|name]] on her way. [[Hyacinth|name]] (nan) has been told - she was out in [[Porthill|place]] all night looking
[[Bourne, Angela|name]] 09:15
🙏 thank you. Dr [[Ogunleye|name]] will do the follow-up
Mr [[Lee Stone|name]] (Newcastle Academy DSL) 09:40
Just seen this. Will tell her form tutor Ms [[Heath|name]] and her head of year Mr [[Bentley|name]] and put support in for Monday
[[7th|date]]. [[Nevaeh|name]]'s mate [[Lacey Bloor|name]]
was off school yesterday too - worth a check? ([[Nevaeh|name]]'s UPN for the referral: [[C860660721368|upn]].) Her address is
[[41 Knutton Lane|address]].
"""),
    ("letter to the mother after the child protection strategy meeting", """Lyme Brook Children's Services
Castle House, [[Barracks Road|address]], [[Newcastle-under-Lyme|place]] [[ST5 1BL|postcode]]

Ms [[Chantelle Walker|name]]
[[22 Lymewood Grove|address]]
[[Cross Heath|place]]
[[Newcastle-under-Lyme|place]] [[ST5 9DJ|postcode]]

[[9 December 2026|date]]

Dear [[Chantelle|name]],
About [[Nevaeh|name]] (date of birth [[4 October 2013|dob]])
Thank you for meeting me on [[7 December|date]] with your mum, Mrs [[Campbell|name]]. I am writing to set out what we agreed.
On the night of [[5 December|date]] [[Nevaeh|name]] was missing and was found the next morning in [[Stone|place]] with an adult man.
The police are investigating; he is on bail with conditions not to contact her. Because of what happened, we held a
strategy meeting on [[6 December|date]] and decided to carry out a child protection enquiry (section 47, Children Act 1989).
What happens next:
- I will visit you and [[Nevaeh|name]] at home on Friday [[11 December|date]] at 4pm. I would also like to see [[Tyrese|name]].
- [[Nevaeh|name]] has been offered a worker from the Children's Society's exploitation service, [[Jess Harding|name]].
- You asked for a lock for [[Nevaeh|name]]'s window and a new phone contract; the family support team will help with both.
- [[Nevaeh|name]] can stay with her nan at [[5 Audley Road|address]], [[Chesterton|place]], at weekends, as you agreed.
- [[Tyrese|name]] told me he wants to "sort [[Kai|name]] out". Please talk to him; his youth offending worker [[Marcus Bailey|name]]
knows, and so does his football coach at Newcastle Town, [[Dwayne Forrester|name]].
- [[Lacey|name]]'s mum, [[Kerry-Ann Bloor|name]], has been spoken to by the police and the school.
If you want to speak to me, ring [[01785 223 121|phone]] or my mobile [[07958 114 752|phone]]. Out of hours, ring the
Emergency Duty Team.
Yours sincerely,
[[Zara Malik|name]], Social Worker
cc Mrs [[Hyacinth Campbell|name]], [[5 Audley Road|address]], [[Chesterton|place]] [[ST5 7JR|postcode]] (with [[Chantelle|name]]'s
agreement);
Dr [[Catherine Ogunleye|name]]; Mr [[Lee Stone|name]], [[Newcastle Academy|school]]; [[Marcus Bailey|name]], Youth Justice Service
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 94 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 06:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj",
           "nurse", "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "baba", "баба", "бабо", "sr.", "sra.",
           "sr", "sra", "estimado", "rev"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "staffordshire",
               "north staffordshire", "the potteries", "potteries", "the midlands", "west midlands", "bulgaria", "the rhodopes",
               "rhodope", "rhodopes", "spain", "españa", "inglaterra", "algeria", "western sahara", "sahara", "the sahara",
               "the desert", "álava", "araba", "basque country", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Баба Сабрие",
# "Sr. Capewell"; and after one: "Plant senior") and counties, regions and countries ("Staffordshire", "Bulgaria", "Spain",
# "Inglaterra", "Western Sahara", "Álava").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
