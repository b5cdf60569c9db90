"""Set 104: a held-out hand-written set for the redaction detector, six more invented families in Mansfield and Ashfield,
written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set102.py, redaction_set103.py, redaction_set105.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py's opening (its docstring, record and first document) and its
closing (its last two documents, word lists and checker set-up), tests/test_redaction_set21.py in full, the module
docstring and the first helpers of bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`, the start of
`word_problems`), and the docstrings only of bench/redaction_set7.py to redaction_set101.py (printed with ast and searched
for the towns, estates and communities earlier sets used as a family's home, never their bodies). Phone numbers were checked
with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Mansfield and Ashfield and the villages on the Nottinghamshire-Derbyshire border, each from a town, estate
or village no earlier set used as a family's home. Four white British families: on Butler's Hill in Hucknall, with a
grandmother in Bulwell (Wragg / Bestwick; a dog bite to a girl of 6 while a boy of 9 was left in charge, neglect, a
partner's shouting, a neighbour's anonymous report), on Yeoman Hill in Mansfield Woodhouse with a father in Warsop (Hallam /
Marriott; a boy of 15 exploited on a county line to Lincoln, missing episodes, his sister's chat with him), in Forest Town,
Mansfield, with a girl of 14 in foster care in Clipstone (Gascoigne / Ollerton; a mother's violent ex-partner at contact,
self-harm, a CAMHS referral) and in Jacksdale (Severn / Hollis; a pre-birth assessment for a mother of 17, a violent
father of 19). Two from communities no earlier set used: a Crimean Tatar family who came from Kyiv under Homes for Ukraine,
now in Stanton Hill, Sutton-in-Ashfield, after a sponsorship broke down in Skegby (Ablaev / Seitova / Ableyeva; a boy of 14
called "Russian" and carrying his grandfather's knife, a sister in Berlin, a grandmother in Simferopol, a father in the
Ukrainian army), and an Upper Silesian family from Ruda Śląska and Chorzów in Shirebrook, both parents warehouse workers
(Kowol / Pyka; a father's drinking after his own father's death, domestic abuse with a hand to the neck, a girl of 11 who
translated for the police). 24 documents: a home visit case note, an initial child protection conference report, a
school safeguarding system export, an anonymous online concern form, a chronology, a return home interview, Snapchat
messages typed up, strategy meeting minutes on exploitation, a child and family assessment, Telegram messages in Crimean
Tatar and Russian (Latin and Cyrillic script) translated, a Homes for Ukraine accommodation check form, a family support
worker's plain-English letter, a police public protection notice, a GP's safeguarding letter, a Messenger conversation in
Polish and Silesian copied out, a mother's handwritten note scanned, a looked-after child review, a foster carer's daily
recording typed up, an email chain printed to PDF, a CAMHS referral, a pre-birth assessment, maternity notes run through OCR
(with its errors), core group minutes and a voice note transcribed.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Ukraine, Poland, and a Russian-format number used in Crimea); NHS numbers and UPNs
(LA number 891) pass their check digits; the NI number has a valid format. Towns, districts, estates and villages, real
schools and colleges, councils, NHS bodies, hospitals, GP practices, police, clubs, shops, brands, apps, landmarks and laws
are real or plausibly named and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, Nan, Sister, and this set's Polish ciocia, pani, babcia and tata) stay outside the name span; a possessive 's, a bare s
in texting ("summer"s, "lewis"s) and a grammatical ending glued to a name in Crimean Tatar ("Seyran"nıñ, "Aliye"ni,
"Quarrydale"de) stay outside; every person's name is a name in every form, record or not, in any script ("Ленара",
"Сервер", "Светлана"). "SURNAME, First" is one span ("PYKA, Justyna", "WRAGG, Tyler"), and so is "SURNAME First"
("SEITOVA Lenara"); an initial with a surname is one span ("K. Ashmore", "W Bagguley", "J. Pyka"), and so is a first name
with an initial after it ("Summer H"); initials alone ("T", "K", "J", "B", "B.G.") are not marked; social media handles
("tonka.mfd", "kaiboi11") are not marked; a contact saved under a kinship word ("Ana", "Балам") is not a name. A street
address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a
neighbour's bare house number ("no. 25", "number 12"); towns, villages, districts and estates are places, at home or abroad
and in any script ("Хакнолла"); countries, counties and regions are not (Crimea, Ukraine, Poland, Nottinghamshire). A
school's name and its short form are a school ("Quarrydale", "Samworth", "Leen Mills"). A date of birth is dob, any other
calendar date with a day is date (a weekday before it stays outside), and months, years and weekdays alone are not marked.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a name that is also a
town is marked by what it refers to ("Priya Selston", "Mr Kirkby", "Yvonne Rainworth", "Denise Ollerton", "Tasha
Blidworth", "Margaret Rufford", "Jean Pye" are names; Selston, Kirkby, Ollerton and Pye Bridge are places); a false name
given as a joke ("Jack Straw") is a name, like an alias; street names and nicknames are names ("Tonka", "Dibs", "Shar",
"Grzesiek", "Oliwko", "Szymkiem" in Polish case endings); a county line named by its town ("the Sutton line") marks the
town, and so does "Skeggy" for Skegness and "woodhouse" in "woodhouse co op"; "the Clipstone headstocks" marks the village,
since the words say where the family went, while named landmarks and venues (Vicar Water, Forest Town Arena, King's Mill,
the Ashgate play park) stay unmarked; a sponsor's house name with its street ("Rose Cottage, 44 Mansfield Road") is one
address, and the two parts are two addresses where a form puts them in separate boxes; OCR errors inside a span stay in
the span ("CHARD0NNAY", "l5/03/2009", "NGl6 5JX", "Jacks dale", "lronville"); a hospital number, a police occurrence
number, a Language Line interpreter ID, a web form reference and an incomplete phone number read out in a voice note are not
marked; an address abroad is an address ("Sonnenallee 112") with its postcode ("12045"). Football clubs ("Woodhouse Colts",
"Sutton Town"), councils ("Ashfield District Council"), family hubs named after their area and Homes for Ukraine are
organisations or programmes and stay unmarked; "Ashfield" alone, a council district, is not a place in this set.

Self-check without the detector: `python -m bench.redaction_set104` (and tests/test_redaction_set104.py) runs set 15's
checker (which runs the checkers of sets before it) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
919 gold spans, 513 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Wragg / Bestwick family (white British), Butler's Hill, Hucknall ----------------------------------------------------

HOME_A = d.Address("14 Ruffs Drive", "Butler's Hill", "Hucknall", "NG15 6JG")
NAN_A = d.Address("2 Hempshill Lane", "Bulwell", "Nottingham", "NG6 8PF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Wragg")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["121 155 0397", "N891526018159"],
       schools=["Leen Mills Primary School"]),
    _p("s", "sibling", [("Amber-Rose", "Wragg")], dt.date(2020, 8, 9), addresses=[HOME_A], ids=["465 924 6078"]),
    _p("m", "mother", [("Kayleigh", "Wragg")], dt.date(1996, 1, 30), addresses=[HOME_A], phones=["07824 613 095"]),
    _p("f", "partner", [("Liam", "Bestwick")], dt.date(1993, 6, 2), addresses=[HOME_A], phones=["07951 336 284"]),
    _p("g", "grandparent", [("Sandra", "Wragg")], dt.date(1971, 11, 5), addresses=[NAN_A], phones=["0115 963 2184"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note after a dog bite", """CASE NOTE - HOME VISIT (unannounced)
Child: [[Tyler WRAGG|name]]   DOB [[22/04/2017|dob]]   NHS [[121 155 0397|nhs]]
Date of visit: Thursday [[5 November 2026|date]] 15:40   Worker: [[Hannah Pilgrim|name]], Children's Social Worker, Leen Vale
Present: [[Kayleigh Wragg|name]] (mother), [[Tyler|name]], [[Amber-Rose|name]] (6), [[Liam Bestwick|name]] (mother's partner) arrived 16:05

Reason: referral from the Queen's Medical Centre ED on [[3 November|date]]. [[Amber-Rose|name]] was bitten on the left cheek and
ear by the family's dog (an XL bully cross called Bruno) at [[14 Ruffs Drive|address]], [[Butler's Hill|place]],
[[Hucknall|place]] [[NG15 6JG|postcode]]. Three stitches. Mum said [[Tyler|name]] was "in charge" while she nipped to the
Co-op on [[Watnall Road|address]].

Observations: the house was cold, the front room had a mattress on the floor where mum said [[Liam|name]] sleeps "when his back
is bad". Dog now in a crate in the back kitchen; the crate is too small. Dog mess on the yard. Fridge: milk, squash, a pack of
sausages. [[Amber|name]]'s dressing was clean and she showed me it proudly. She called [[Liam|name]] "Bessie" and laughed.

[[Tyler|name]] (9) showed me his room. He said he "gets told off when [[Amber|name]] cries" and that he has to "do
[[Amber|name]]'s tea" on Tuesdays when mum does a shift at the care home on [[Annesley Road|address]]. He said Nan [[Sandra|name]]
used to have them on Tuesdays "but she fell out with [[Liam|name]]".

Mum said the dog belongs to [[Liam|name]]'s brother [[Jordan Bestwick|name]] who lives in [[Bestwood Village|place]] and that it will go
back to him "by the weekend". I asked for [[Jordan|name]]'s number; [[Liam|name]] gave [[07446 912 730|phone]].

Plan: strategy discussion to be considered with my manager [[Gareth Ollerenshaw|name]]; check with Nan [[Sandra Wragg|name]]
([[0115 963 2184|phone]]) whether she can do Tuesdays again; next visit [[12/11/2026|date]].

Addendum [[6/11/2026|date]] 09:10: rang Nan [[Sandra|name]]. She said she will do Tuesdays and Thursdays "but not if [[Liam|name]]'s
there". She lives on her own at [[2 Hempshill Lane|address]], [[Bulwell|place]] ([[NG6 8PF|postcode]]), two stops on the tram from
[[Hucknall|place]]. Her friend [[Maureen Cheetham|name]] from [[Highbury Vale|place]] drives. [[Sandra|name]] also told me that
[[Kayleigh|name]]'s older half-sister [[Danielle Wragg|name]] (31) lives in [[Annesley Woodhouse|place]] and "would have the kids in a
heartbeat" - she read the number out as [[07763 208 517|phone]], then said that was wrong and it is [[07826 117 340|phone]]. To check
with [[Kayleigh|name]]. Dog warden [[Phil Hind|name]] (he covers [[Hucknall|place]]) to visit [[Ruffs Drive|address]] on
[[10 November|date]].
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[WRAGG, Tyler|name]] ([[22.04.2017|dob]]), UPN [[N891526018159|upn]]; [[WRAGG, Amber-Rose|name]] ([[09.08.2020|dob]]),
NHS [[465 924 6078|nhs]]
Address: [[14 Ruffs Drive|address]], [[Hucknall|place]], [[NG15 6JG|postcode]]
Conference date: [[26 November 2026|date]], 10:00, Meadow House (Teams link sent)   Chair: [[Parveen Akhtar|name]]
Author: [[Hannah Pilgrim|name]]

1. Family and network
[[Kayleigh|name]] is 30 and works part-time as a care assistant. [[Liam Bestwick|name]] (33) moved in in March; he is not the
children's father. [[Tyler|name]]'s and [[Amber-Rose|name]]'s father, [[Craig Noon|name]], lives in [[Kirkby-in-Ashfield|place]] and has
no contact; his last known number is [[07983 225 671|phone]]. Maternal grandmother [[Sandra Wragg|name]] lives at
[[2 Hempshill Lane|address]], [[Bulwell|place]], [[NG6 8PF|postcode]].

2. Concerns
- The dog bite of [[3 November 2026|date]] while a 9 year old was left in charge.
- [[Tyler|name]]'s attendance at [[Leen Mills|school]]: 81% this term, late 14 times. His teacher Mr [[Beardall|name]] says he is often
  hungry and "knows the Co-op staff by name".
- Police attended on [[19/10/2026|date]] after a neighbour at no. [[16|address]] heard shouting; [[Liam|name]] was not arrested.
- [[Liam|name]] has a conviction for a dangerous dog offence in 2021 ([[Bulwell|place]]).

3. What is going well
[[Kayleigh|name]] took [[Amber|name]] to hospital straight away. The children are warm with her. [[Sandra|name]] is willing to do
Tuesdays and school runs from [[Hucknall|place]] tram stop.

4. Children's views
[[Amber-Rose|name]]: "I want the dog to go to [[Jordan|name]]'s forever." [[Tyler|name]]: "I'm nine, I'm not a dad."

Recommendation: child protection plans under neglect for both children.

Appendix - people consulted: [[Kayleigh Wragg|name]] ([[07824 613 095|phone]]); [[Liam Bestwick|name]] ([[07951 336 284|phone]]);
[[Sandra Wragg|name]]; [[K. Ashmore|name]] (DSL, [[Leen Mills|school]]); [[Mark Beardall|name]] (class teacher); Dr [[Farah Qureshi|name]]
(paediatric registrar, QMC, [[3/11/2026|date]]); PC [[Nathan Oxley|name]] (attended [[19/10/2026|date]]); health visitor
[[Jo Tansley|name]].
Not consulted: [[Craig Noon|name]] (no reply to texts on [[10/11|date]] and [[17/11|date]]).
"""),
    ("school safeguarding system incident export (pasted)", """Safeguarding system export - [[Butler's Hill Infant and Nursery|school]] /
[[Leen Mills Primary|school]] (shared DSL)
Student: [[Tyler Wragg|name]] -> shown as "[[Wragg, Tyler|name]] (Y5)"   Exported by: [[K. Ashmore|name]] (DSL) [[27/11/2026|date]] 08:12

[[02/10/2026|date]] 08:51 | Cat: Attendance, Neglect | Recorded by: [[Lisa Pinchbeck|name]] (TA)
[[Tyler|name]] arrived 8.50 no coat, said mum was "at work since 6". Gave toast. Said he walked [[amber|name]] to the infants first.
Linked student: [[Wragg, Amber-Rose|name]] (Y2 at BHI).

[[14/10/2026|date]] 12:30 | Cat: Welfare | Recorded by: [[Mark Beardall|name]]
[[Tyler|name]] said dinner money owing, "[[Liam|name]] said he'd pay". Office chased, [[Kayleigh|name]] paid £12.40 same day by ParentPay.

[[20/10/2026|date]] 09:02 | Cat: DV (heard) | Recorded by: [[Lisa Pinchbeck|name]]
T said "there was police at ours and [[liam|name]] threw the xbox". Passed to DSL. DSL rang mum on [[07824 613 095|phone]], no answer,
rang Nan [[Sandra|name]] (on the contact sheet) who said "I've told her and told her".

[[04/11/2026|date]] 08:45 | Cat: Injury (sibling) | Recorded by: [[K. Ashmore|name]]
Mum came in and told us about [[Amber|name]]'s face. Dog gone to [[Liam|name]]'s brother in [[Bestwood|place]]?? Mum "thinks so".

[[18/11/2026|date]] 15:15 | Cat: Pupil voice | Recorded by: [[Mark Beardall|name]]
[[Tyler|name]] in circle time: "my best day is when me and [[Amber|name]] go to me nan's in [[bulwell|place]] and we have chips by the
market". Friend [[Kian Dobb|name]] said [[Tyler|name]] can come to his on Wednesday - mum ([[Jade Dobb|name]]) rang
to say okay.
"""),
    ("anonymous neighbour concern submitted through the council's online form", """Report a concern about a child - online form submission
Reference: WEB-104-77219   Submitted: [[09-11-2026|date]] 23:14
Are you reporting anonymously? YES
Child's name (if known): [[tyler|name]] and the little girl [[amber rose|name]]
Child's address (if known): [[ruffs drive|address]] number [[14|address]] [[butlers hill|place]] [[NG15|postcode]]
Age(s): about 9 and 6
What are you worried about?:
i live near them and the lad [[Tyler|name]] is out on his own til gone 9 most nights on his bike round by the Ashgate
play park and up to the Spar on [[Ruffs Drive|address]]. the man [[LIAM|name]] has a dog thats bit the little girl and
its still there, i seen it on sunday and Saturday. the mum [[kayleigh|name]] is nice but she is never in. there is
shouting every weekend. my neighbour [[Pauline|name]] at [[number 12|address]] says the same and she rang 101 in october.
Have you told anyone else?: [[Pauline|name]] rang police. the lollipop man [[Des|name]] knows the kids.
Do the family know you are reporting?: no please dont tell them its from round here
How can we contact you?: (left blank)
"""),
]


# --- B. Hallam / Marriott family (white British), Yeoman Hill, Mansfield Woodhouse ------------------------------------------

HOME_B = d.Address("31 Highfield Close", "Yeoman Hill", "Mansfield Woodhouse", "NG19 9HB")
DAD_B = d.Address("Flat 2, 7 Church Street", "", "Warsop", "NG20 0AR")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kai", "Hallam")], dt.date(2011, 2, 17), addresses=[HOME_B], ids=["983 107 8721", "D891083016613"],
       schools=["The Manor Academy"]),
    _p("s", "sibling", [("Summer", "Hallam")], dt.date(2014, 9, 3), addresses=[HOME_B], ids=["322 820 8605"]),
    _p("m", "mother", [("Nicola", "Marriott")], dt.date(1988, 12, 12), addresses=[HOME_B], phones=["07763 208 517"]),
    _p("f", "father", [("Dale", "Hallam")], dt.date(1985, 7, 19), addresses=[DAD_B], phones=["07921 450 318"]),
], "c")

DOCS_B = [
    ("chronology of significant events (extract)", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Kai HALLAM|name]] (DOB [[17/02/2011|dob]]), UPN
[[D891083016613|upn]]
Prepared by [[Rhys Oldknow|name]], Social Worker, Adolescent Support Team, for the legal gateway meeting of [[1 December 2026|date]]

Date | Event | Source | Impact on [[Kai|name]]
[[12/12/2019|date]] | Parents separate after [[Dale|name]] assaults [[Nicola|name]] at [[31 Highfield Close|address]]; [[Dale|name]] moves
to [[Warsop|place]] | Police | [[Kai|name]] (8) saw it
[[Mar 3rd 2022|date]] | [[Kai|name]] excluded 3 days from [[The Manor Academy|school]] (vape, fight) | School | Starts to drift
[[2022-07-21|date]] | [[Kai|name]] first reported missing overnight; found at [[Mansfield|place]] bus station by PC [[Sam Tuxford|name]] |
Police | -
[[11 Jan 2025|date]] | [[Kai|name]] stopped in [[Lincoln|place]] with £340 and two phones; NRM referral made | Police / NRM | Exploitation
[[08/04/2025|date]] | Return home interview by [[Bex Mather|name]] (Base 51 worker) | RHI | Names "[[Tonka|name]]" and "[[Dibs|name]]"
[[30/06/2025|date]] | [[Summer|name]] (10) says [[Kai|name]] keeps "packs" in her room | [[Summer|name]] via school | Sibling at risk
[[14 September 2026|date]] | [[Kai|name]] found in a flat on [[Portland Street|address]], [[Kirkby|place]], with [[Connor Wass|name]] (19) |
Police | Arrested, RUI
[[2 Oct|date]] - [[5 Oct 2026|date]] | [[Kai|name]] missing 4 days; [[Nicola|name]] gets texts from [[07885 341 207|phone]] | Mother | High
risk
[[20.11.2026|date]] | Dad [[Dale
Hallam|name]] asks to have [[Kai|name]] in [[Warsop|place]] "away from [[Woodhouse|place]]" | Father | Plan option
"""),
    ("return home interview record", """RETURN HOME INTERVIEW
Young person: [[Kai Hallam|name]]   Age 15   Missing from: [[2 October 2026|date]] 21:30 to [[6 October 2026|date]] 07:10
Interview: [[7 October 2026|date]], at McDonald's in [[Mansfield Woodhouse|place]], then at the [[Rosemary Street|address]] hub,
[[Mansfield|place]]
Interviewer: [[Bex Mather|name]]   Also present: nobody ([[Kai|name]] declined mum being there)

Where were you? "Around. [[Sutton|place]], then [[Skegby|place]], then a mate's in [[Shirebrook|place]]." Would not give the mate's name,
then
said "[[Jack|name]], [[Jack Straw|name]]" and laughed (not his name, a joke). Later said he stayed at "[[Tonka|name]]'s cousin's" on
[[Langwith Road|address]].
Who was with you? "[[Dibs|name]] and that." [[Dibs|name]] is known to police as [[Dylan Ibbotson|name]] (20).
Were you harmed? Showed a cut on his palm, "a can". Said he had not eaten since the Saturday night.
Money/phones: "Not my phone." Gave the number as [[07412 598 063|phone]] when asked how mum can reach him.
[[Kai|name]]'s words about home: "Me mam [[Nicola|name]] just cries. [[Summer|name]]'s alright. Me dad's in [[Warsop|place]] and he's
changed, he
says." He wants to play for Woodhouse Colts again; coach [[Stevie Rhodes|name]] said he can come back if he turns up.
Siblings and friends: [[Summer|name]] told [[Bex|name]] on [[9/10|date]] that [[Kai|name]] "gave her
£20 to keep quiet". [[Lewis Dakin|name]] (15) says he last saw [[Kai|name]] on [[1 October|date]] at the [[Woodhouse|place]] skate park.
Worries passed on: to the social worker [[Rhys Oldknow|name]] and the Notts exploitation team, [[07/10/2026|date]] 14:00.
"""),
    ("Snapchat messages photographed by a mother and typed up by the social worker", """Typed up by [[R. Oldknow|name]] from photos
[[Nicola Marriott|name]] sent me on [[4/10/26|date]]. Spelling as in the photos. The
chat is on [[Kai|name]]'s old phone, found under [[Summer|name]]'s bed. Display names as they show.

Chat with: tonka.mfd 💰
tonka.mfd: u out or wat
kaiboi11: cant me mam knows
tonka.mfd: tell [[nicola|name]] ur at [[summer|name]]s mates
kaiboi11: [[summer|name]] is 12 u nob
tonka.mfd: [[dibs|name]] picking u up top of [[highfield|address]] 9
kaiboi11: not top of ours my mams nosey neighbour [[Shaz|name]] watches out the window
tonka.mfd: [[woodhouse|place]] co op then
tonka.mfd: bring the ting and ur charger we r going [[linc|place]] tmrw
kaiboi11: how long for
tonka.mfd: 2 days max K stop being a baby

Chat with: [[Summer H|name]] 🌸
[[Summer H|name]]: [[kai|name]] mum is crying where r u
[[Summer H|name]]: dad says he will come from [[warsop|place]] and get u
kaiboi11: tell her im at [[lewis|name]]s
[[Summer H|name]]: no ur not [[lewis|name]] mum rang
"""),
    ("strategy meeting minutes (exploitation)", """STRATEGY MEETING - CHILD EXPLOITATION   [[Kai HALLAM|name]]   [[9th October 2026|date]]
Teams
Chair: [[Gemma Fretwell|name]] (Team Manager)   Minutes: [[Oliver Chan|name]] (business support)
Attendees: [[Rhys Oldknow|name]] (SW); DC [[Anita Kerry|name]] (Nottinghamshire Police, Op Reacher); [[Bex Mather|name]] (Base 51);
[[Julie Straw|name]] (DSL, [[The Manor Academy|school]]); [[Tom Kirk|name]] (YJS); [[Alison Sherwood|name]] (school nurse)

1. Information shared
DC [[Kerry|name]]: [[Kai|name]] linked to the "[[Sutton|place]]" line run by [[Dylan Ibbotson|name]] and an adult called "[[Tonka|name]]",
believed to be [[Anthony Bacon|name]] (24) of [[Huthwaite|place]]. Vehicle seen at pick-ups: white Golf [[FX66 PKE|vehicle]].
[[Julie Straw|name]]: attendance 42%. [[Kai|name]] is kind to Year 7s and trusts the PE teacher Mr [[Kirkby|name]] (not the town).
[[Bex Mather|name]]: [[Kai|name]] told me [[Tonka|name]] "has a flat in [[Kirkby|place]] and a caravan at [[Skeggy|place]]". Mum
[[Nicola|name]] found £200 in [[Summer|name]]'s
school bag on [[6/10|date]].
[[Tom Kirk|name]]: RUI from [[14 September|date]] - [[Kai|name]] due back at [[Mansfield|place]] custody suite on the [[28th|date]].
Father [[Dale Hallam|name]] (not present, rang in on [[07921 450 318|phone]]): offers [[Kai|name]] a room at
[[Flat 2, 7 Church Street|address]], [[Warsop|place]]
[[NG20 0AR|postcode]]; has been "clean two years"; works nights at the Sports Direct warehouse in [[Shirebrook|place]].

2. Decisions
- Threshold met for s47 enquiries ([[Kai|name]] and [[Summer|name]]). Joint with police.
- NRM update by DC [[Kerry|name]]; disruption notices for [[Anthony Bacon|name]] and [[Dylan Ibbotson|name]].
- Safety plan: [[Nicola|name]] ([[07763 208 517|phone]]) to ring 999 the moment [[Kai|name]] is missing; trusted adult coach
[[Stevie Rhodes|name]].
Next review: [[23/10/2026|date]].

3. Network map (from [[Nicola|name]], [[Summer|name]] and school)
Safe: nan [[Brenda Marriott|name]] ([[Pleasley|place]]); uncle [[Wes Marriott|name]] ([[Market Warsop|place]]); coach
[[Stevie Rhodes|name]];
Mrs [[Straw|name]]'s TA [[Donna Spencer|name]]; friend [[Lewis Dakin|name]] and his mum [[Claire Dakin|name]] ([[Ley Lane|address]]).
Not safe: [[Anthony Bacon|name]] ("[[Tonka|name]]"); [[Dylan Ibbotson|name]] ("[[Dibs|name]]"); [[Connor Wass|name]]; a man called
"[[Big Mick|name]]" in [[Sutton|place]]; a girl [[Keeley|name]] (16) from [[Bellamy Road|address]] who "holds the phone".
Addresses of concern: [[Portland Street|address]], [[Kirkby|place]]; [[Langwith Road|address]], [[Shirebrook|place]]; a caravan in
[[Ingoldmells|place]] near [[Skegness|place]].
"""),
]


# --- C. Ablaev / Seitova family (Crimean Tatar, from Ukraine), Stanton Hill, Sutton-in-Ashfield -----------------------------

HOME_C = d.Address("9 Stoneyford Road", "Stanton Hill", "Sutton-in-Ashfield", "NG17 3DD")
HOST_C = d.Address("Rose Cottage, 44 Mansfield Road", "Skegby", "Sutton-in-Ashfield", "NG17 3EE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Aliye", "Ableyeva")], dt.date(2019, 5, 14), addresses=[HOME_C, HOST_C], ids=["272 397 1023"],
       schools=["Stanton Hill Primary School"]),
    _p("s", "sibling", [("Server", "Ablaev")], dt.date(2012, 10, 1), addresses=[HOME_C, HOST_C], ids=["102 311 7983", "G891186091390"],
       schools=["Quarrydale Academy"]),
    _p("m", "mother", [("Lenara", "Seitova")], dt.date(1987, 3, 8), addresses=[HOME_C], phones=["07380 665 129", "+380 67 412 5839"]),
    _p("f", "father", [("Ruslan", "Ablaev")], dt.date(1984, 9, 27), phones=["+380 50 318 7726"]),
], "c")

DOCS_C = [
    ("child and family assessment (Homes for Ukraine, after a sponsorship breakdown)", """CHILD AND FAMILY ASSESSMENT
Children: [[Aliye ABLEYEVA|name]] (also written [[Aliie Abliaieva|name]] on her Ukrainian passport; DOB [[14/05/2019|dob]]) and her brother
[[Server ABLAEV|name]] (DOB [[01/10/2012|dob]]; UPN [[G891186091390|upn]])
Mother: [[Lenara SEITOVA|name]]   Father: [[Ruslan Ablaev|name]] (in [[Kyiv|place]], serving in the Armed Forces of Ukraine)
Current address: [[9 Stoneyford Road|address]], [[Stanton Hill|place]], [[Sutton-in-Ashfield|place]] [[NG17 3DD|postcode]] (since
[[30 Oct 2026|date]])
Previous: with sponsors Mr and Mrs [[Oakden|name]] at [[Rose Cottage, 44 Mansfield Road|address]], [[Skegby|place]], [[NG17 3EE|postcode]]
Assessor: [[Natalia Brzezińska|name]], Social Worker   Interpreter (Russian; mother's first language is Crimean Tatar):
[[Dilyara Usmanova|name]]

The family are Crimean Tatars from [[Bakhchysarai|place]] in Crimea. They left in 2014 for [[Kyiv|place]] and came to England under
Homes for Ukraine in May 2023. [[Lenara|name]] said: "We have been refugees twice. My grandmother [[Zore|name]] was deported to
[[Samarkand|place]] in 1944, so for us it is three times." She lights a candle every [[18 May|date]] (Sürgünlik, the day of the
deportation).

The sponsorship with [[Graham|name]] and [[Carol Oakden|name]] broke down in October after an argument about [[Server|name]] (14) playing
loud
music and "a knife" in his room, which was a small folding knife from his grandfather [[Rustem|name]]. Mrs [[Oakden|name]] rang the
police on [[21/10/2026|date]]. [[Server|name]] says he carried it because boys at [[Quarrydale|school]] called him "Russian" and followed
him
to the Spar on [[Stoneyford Road|address]]. He is not Russian and this hurts him more than anything.

[[Aliye|name]] (7) is settled at [[Stanton Hill Primary|school]], where her class teacher Miss [[Faith Wardle|name]] says she is "a
sunbeam". She
wets the bed since the move. [[Lenara|name]] works at a chicken factory and leaves at 5.30; [[Server|name]] takes [[Aliye|name]] to school.

[[Ruslan|name]] rings most evenings from [[+380 50 318 7726|phone]]. [[Lenara|name]]'s sister [[Elmaz Seitova|name]] lives in
[[Berlin|place]], at
[[Sonnenallee 112|address]], [[12045|postcode]] [[Berlin|place]], and has offered to take [[Server|name]] "until it is calm".

Network: [[Lenara|name]]'s friend from work, [[Oksana Bilyk|name]], lives on [[Alfreton Road|address]] in [[Sutton|place]] and has
[[Aliye|name]] on Saturdays. [[Server|name]]'s friends are [[Seyran Umerov|name]] and [[Arsen|name]]; his football coach at
[[Quarrydale|school]] is Mr [[Dean Skegby|name]] (yes, like the village). The family's GP is in [[Sutton|place]]; they
go to the mosque on [[Berridge Road|address]] in [[Nottingham|place]] at Bayram. Health visitor for [[Aliye|name]] until 2024: none
(arrived aged 4). Next visit: [[8 December 2026|date]], with [[Dilyara|name]].
"""),
    ("Telegram messages between mother and son, translated by the interpreter", """Translated from Crimean Tatar and Russian by
[[D. Usmanova|name]] ([[23.11.2026|date]]). Shown with permission. [[Lenara|name]]'s phone
([[07380 665 129|phone]]); contact names as saved. Original first, translation in brackets.

Балам 🦅 ([[Server|name]]), [[17.11.2026|date]]
Балам: Ana men [[Quarrydale|school]]de qaldım, futbol
(Mum I stayed at [[Quarrydale|school]], football)
[[Lenara|name]]: Yahşı. [[Aliye|name]]ni kim aldı?
(Good. Who picked up [[Aliye|name]]?)
Балам: [[Сейран|name]]ның анасы алды
([[Seyran|name]]'s mum picked her up)
[[Lenara|name]]: [[Seyran|name]]nıñ anası kim? Men bilmeyim onı
(Who is [[Seyran|name]]'s mum? I don't know her)
Балам: ана это [[Светлана|name]] с [[Хакнолла|place]], она нормальная
(mum, it's [[Svetlana|name]] from [[Hucknall|place]], she's fine)
[[Lenara|name]]: Babañnen laf ettiñmi? Papa [[Kiev|place]]den telefon etti
(Did you talk to your father? Dad rang from [[Kiev|place]])

Ana 🌷 (mother's mother [[Lemara|name]], in [[Simferopol|place]], [[+7 978 215 44 09|phone]]), [[19.11.2026|date]]
Ana: [[Ленара|name]], балам, [[Сервер|name]] как? Я видела видео
([[Lenara|name]], my child, how is [[Server|name]]? I saw the video)
"""),
    ("Homes for Ukraine sponsor accommodation check form", """HOMES FOR UKRAINE - ACCOMMODATION AND WELFARE CHECK (Form HFU-2)
Council: Ashfield District Council - Housing Options (completed with Children's Services)
Sponsor: Mr [[Graham OAKDEN|name]]; Mrs [[Carol OAKDEN|name]]   Tel: [[01623 754 309|phone]]
Property: [[Rose Cottage|address]], [[44 Mansfield Road|address]], [[Skegby|place]], [[NG17 3EE|postcode]]
Guests: [[SEITOVA Lenara|name]] (adult); [[ABLAEV Server|name]] (child, 14); [[ABLEYEVA Aliye|name]] (child, 7)
Check date: [[02/11/2026|date]]   Officer: [[Warren Bagguley|name]]

Q1 Property meets standards?  [x] Yes [ ] No   Notes: 3 bed, guests had rooms 2 and 3
Q2 Relationship between sponsor and guests: [ ] good [ ] fair [x] broken down  Date ended: [[29.10.26|date]]
Q3 Reason: Sponsor says "a knife" and noise; guest says sponsor's son [[Jason Oakden|name]] (visits) called [[Server|name]] names.
Q4 Rematch / move-on: guests moved to [[9 Stoneyford Road|address]], [[Stanton Hill|place]] (private let, landlord Mr
[[Parvez Iqbal|name]]?)
Q5 DBS for sponsor household: [[Graham|name]] ✔ [[Carol|name]] ✔ [[Jason|name]] ✘ not done (does not live there)
Q6 Thank-you payment: stopped [[01/11/2026|date]]
Signed: [[W Bagguley|name]]
Countersigned: [[Amjad Hussain|name]], Team Manager, [[04/11/2026|date]]
Next of kin (guest): [[Ruslan ABLAEV|name]] (husband), [[вул. Саксаганського 41, кв. 12|address]], [[Київ|place]] [[01033|postcode]],
tel [[+380 50 318 7726|phone]]; mother [[Lemara Seitova|name]], [[Simferopol|place]] ([[+7 978 215 44 09|phone]]).
"""),
    ("letter from the family support worker to the mother (plain English)", """Ashfield Family Hub
Ms [[Lenara Seitova|name]]
[[9 Stoneyford Road|address]]
[[Stanton Hill|place]]
[[Sutton-in-Ashfield|place]]
[[NG17 3DD|postcode]]

[[27th November 2026|date]]

Dear [[Lenara|name]],

Thank you for meeting me at the hub on Tuesday [[24th|date]] with [[Dilyara|name]]. Here is what we agreed, in short sentences so you
can put it in the translator if you want.

1. I will ask [[Stanton Hill Primary|school]] about breakfast club for [[Aliye|name]] from Monday [[30 November|date]]. Then [[Server|name]]
does not need to walk her at 7.30.
2. The school nurse, [[Ruth Keeling|name]], will phone you on [[07380 665 129|phone]] about the bedwetting. It is common after a move.
3. [[Server|name]] will meet [[Karl Dunn|name]] from the council's youth team. [[Karl|name]] plays football at Sutton Town on Saturdays.
4. We talked about your sister in [[Berlin|place]]. Please do not send [[Server|name]] abroad before we talk again.

My number is [[01623 428 771|phone]]. If you cannot reach me, ring my manager [[Amjad Hussain|name]].

Yours sincerely,
[[Chloe Wainwright|name]]
Family Support Worker

cc: [[Natalia Brzezińska|name]] (Social Worker); [[Dilyara Usmanova|name]] (interpreter); [[Stanton Hill Primary|school]] (Mrs
[[Wardle|name]])

P.S. [[Server|name]] asked me to write down the address of the Crimean Tatar community group in [[Nottingham|place]] that his friend
[[Arsen|name]] goes to. It is at [[17 Alfreton Road|address]], [[Nottingham|place]] [[NG7 3JE|postcode]], Sundays. [[Arsen|name]]'s father
[[Enver Kurtumerov|name]] (his number is on the group's page) said [[Server|name]] can go with them.
"""),
]


# --- D. Kowol / Pyka family (Silesian, from Upper Silesia in Poland), Shirebrook --------------------------------------------

HOME_D = d.Address("23 Portland Road", "", "Shirebrook", "NG20 8TY")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Oliwia", "Kowol")], dt.date(2015, 6, 30), addresses=[HOME_D], ids=["687 836 4000", "M891996030824"],
       schools=["Park Junior School"]),
    _p("s", "sibling", [("Szymon", "Kowol")], dt.date(2023, 2, 11), addresses=[HOME_D], ids=["788 090 4034"]),
    _p("m", "mother", [("Justyna", "Pyka")], dt.date(1992, 4, 4), addresses=[HOME_D], phones=["07597 283 604"]),
    _p("f", "father", [("Grzegorz", "Kowol")], dt.date(1989, 1, 19), addresses=[HOME_D], phones=["07702 316 845", "+48 601 274 938"]),
], "c")

DOCS_D = [
    ("police public protection notice narrative", """PUBLIC PROTECTION NOTICE (PPN) - DOMESTIC ABUSE - NARRATIVE
Occurrence: 26*4417/26   Date/time: Sat [[17/10/26|date]] 23:48   Officer: PC 4471 [[Becky Hardwick|name]]   Station: [[Mansfield|place]]
Location: [[23 Portland Road|address]], [[Shirebrook|place]] [[NG20 8TY|postcode]]
Victim: [[PYKA, Justyna|name]] DOB [[04/04/1992|dob]] Tel [[07597 283 604|phone]]
Suspect: [[KOWOL, Grzegorz|name]] DOB [[19/01/1989|dob]] (known as "[[Grzesiek|name]]" or "[[Greg|name]]")
Children in household: [[KOWOL, Oliwia|name]] (11), [[KOWOL, Szymon|name]] (3)

Call from neighbour Mrs [[Val Beresford|name]] of no. [[25|address]], who heard a woman screaming
and a child crying "tata, przestań". On arrival the IP [[Justyna|name]] had redness to the left side of her neck. She said her
partner had been drinking since finishing his shift at the warehouse and pushed her against the fridge after an argument about
money sent to his mother in [[Ruda Śląska|place]]. [[Oliwia|name]] translated at first; I stopped this and used Language Line
(Polish, interpreter ID 55821). [[Justyna|name]] asked me to write that they are "Silesian, not just Polish".
Suspect had left in a grey Astra [[SD17 WUX|vehicle]] towards [[Langwith|place]]. Later located at his friend [[Darek Szołtysek|name]]'s
address, [[4 Carter Lane|address]], [[Warsop|place]], and arrested. DASH: 14 ticks, HIGH. Referral to MARAC and to Children's Services.

Children: [[Oliwia|name]] seen in her bedroom with [[Szymon|name]], both dressed, calm. [[Oliwia|name]] said "tata" pushed "mama" and
that it "happens when he has been to [[Darek|name]]'s". School: [[Park Junior|school]]. [[Szymon|name]] attends Little Acorns
nursery on [[Main Street|address]]. Bail conditions sought: not to enter [[Portland Road|address]], [[Shirebrook|place]], or contact
[[Justyna Pyka|name]]. OIC: DC [[Marek Wilson|name]], [[Mansfield|place]] CID. Next: MARAC [[12/11/2026|date]].
"""),
    ("GP safeguarding letter to the social worker", """Limes Medical Practice (header half cut off on the copy)
Dr [[Anjali Menon|name]], GP Safeguarding Lead

[[3rd November 2026|date]]

Dear Mr [[Okafor|name]],

Re: [[Oliwia Kowol|name]], DOB [[30.06.2015|dob]], NHS No. [[687 836 4000|nhs]]; [[Szymon Kowol|name]], DOB [[11.02.2023|dob]], NHS No.
[[788 090 4034|nhs]]
[[23 Portland Road|address]], [[Shirebrook|place]], [[NG20 8TY|postcode]]

Thank you for your request for information. [[Oliwia|name]] has been seen four times this year with headaches and tummy pains,
most recently on [[22/10/2026|date]] with her mother, when she said she "sleeps with the light on since the police came". [[Szymon|name]]
has missed his 3-year review twice (letters sent [[5 Aug|date]] and [[1 Sept|date]]). His speech is delayed; the health visitor
[[Joanne Sissons|name]] has referred him to speech and language therapy at King's Mill.

Ms [[Pyka|name]] disclosed to our practice nurse, [[Kerry Ward|name]], that [[Grzegorz|name]] has been
drinking heavily since his father died in [[Katowice|place]] in the summer. Mr [[Kowol|name]] is registered with us; he has not attended.

Also registered at this address: nobody else. The previous tenant, Mr [[Roy Tomlinson|name]], moved to [[Bolsover|place]] in 2024.
[[Justyna|name]]'s repeat prescription (sertraline) was started on [[9 March 2026|date]] by Dr [[Tom Gration|name]].

Yours sincerely,
Dr [[A. Menon|name]]
"""),
    ("Facebook Messenger conversation between a girl and her aunt, shown to the school and copied out", """Copied by [[Hazel Fidler|name]],
DSL, [[Park Junior School|school]], [[19/10/2026|date]], from
[[Oliwia|name]]'s tablet with her permission. Polish and Silesian words left as written; my notes in brackets.

Ciocia [[Ewa|name]] (her aunt [[Ewa Pyka|name]] in [[Chorzów|place]])
[[Oliwia|name]]: ciocia tata znowu pił. mama płacze
(auntie dad drank again. mum is crying)
[[Ewa Pyka|name]]: [[Oliwko|name]] gdzie jesteś teraz
(where are you now)
[[Oliwia|name]]: w pokoju z [[Szymkiem|name]]. policja przyszła. pani [[Val|name]] zadzwoniła
(in my room with [[Szymon|name]]. police came. Mrs [[Val|name]] rang)
[[Ewa Pyka|name]]: dobrze zrobiła. Zadzwoń do mnie jutro [[+48 32 271 44 86|phone]] to domowy u babci
(she did right. ring me tomorrow [[+48 32 271 44 86|phone]] it's the landline at grandma's)
[[Oliwia|name]]: babcia [[Hilda|name]] wie?
(does grandma [[Hilda|name]] know?)
[[Ewa Pyka|name]]: nie gŏdej babci nic, ôna je chorŏ
(Silesian: don't tell grandma anything, she is ill)
"""),
    ("mother's handwritten note to the social worker, scanned", """[scan, page 1 of 1, lined paper, some words unclear]

for Mr [[Chidi Okafor|name]] social worker

I am [[Justyna
Pyka|name]] mum of [[Oliwia|name]] and [[Szymon|name]]. I want to write by myself not with interpreter because my english
is ok for writing. [[Grzesiek|name]] is not bad man but the vodka is bad. Since his tata died in [[Katowice|place]] in july
he is not same. I do not want him to come back to [[Portland
Road|address]] until he go to the alcohol service in [[Mansfield|place]]. I am scared
to be alone with money. I work in the warehouse too, 4 days, my friend
[[Agata|name]] from no [[19|address]] have [[Szymon|name]] when I am on shift.
Please help me with the housing if he want to stay.
[[Oliwia|name]] does not want to go back to Poland, she wants to stay in [[Shirebrook|place]] with her friend [[Maisie|name]].
my number [[07597 283 604|phone]]
[[J. Pyka|name]]   [[4.11.2026|date]]

[added in pencil, a different pen] [[Grzesiek|name]] mother is [[Hilda Kowol|name]], [[ul. Piaskowa 9/4|address]], [[41-700|postcode]]
[[Ruda Śląska|place]]. He send her money every month. My sister [[Ewa|name]] is in [[Chorzów|place]] [[+48 32 271 44 86|phone]].
"""),
]


# --- E. Gascoigne family (white British), Forest Town, Mansfield; a girl in foster care in Clipstone ------------------------

HOME_E = d.Address("58 Clipstone Road West", "Forest Town", "Mansfield", "NG19 0HJ")
CARER_E = d.Address("6 Mansfield Road", "Clipstone", "Mansfield", "NG21 9EQ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Gascoigne")], dt.date(2012, 7, 7), addresses=[CARER_E, HOME_E], ids=["771 139 3911", "J891628194821"],
       schools=["Samworth Church Academy"]),
    _p("m", "mother", [("Stacey", "Gascoigne")], dt.date(1990, 10, 21), addresses=[HOME_E], phones=["07885 341 207"]),
    _p("fc", "foster carer", [("Denise", "Ollerton")], addresses=[CARER_E], phones=["01623 635 412"]),
], "c")

DOCS_E = [
    ("looked after child review record", """REVIEW OF ARRANGEMENTS FOR A LOOKED AFTER CHILD - RECORD OF THE THIRD REVIEW
Child: [[Brooke GASCOIGNE|name]]   DOB: [[7 July 2012|dob]]   Legal status: s20   UPN: [[J891628194821|upn]]
Placement: with foster carers [[Denise|name]] and [[Keith Ollerton|name]], [[6 Mansfield Road|address]], [[Clipstone|place]],
[[NG21 9EQ|postcode]]
(since [[18/05/2026|date]])
Review date: [[10 November 2026|date]]   IRO: [[Margaret Rufford|name]]   Social worker: [[Tasha Blidworth|name]]

Present: [[Brooke|name]] (for the first half); [[Denise Ollerton|name]]; [[Stacey Gascoigne|name]] (mother); [[Tasha Blidworth|name]];
[[Lee Hardstaff|name]], designated teacher, [[Samworth Church Academy|school]].
Apologies: [[Brooke|name]]'s nan, [[Pat Gascoigne|name]], of [[Ollerton|place]].

[[Brooke|name]]'s views: She likes living with [[Denise|name]] and [[Keith|name]] and their dog Pickle. She wants overnight stays at mum's
on
[[Clipstone Road West|address]] in [[Forest Town|place]] "like before Christmas". She does not want to see [[Wayne Tidswell|name]], mum's
ex-partner, "ever". She goes to the youth club at the Forest Town Arena and to cadets in [[Ollerton|place]] with her friend
[[Ruby Mee|name]].

Education: attendance 96%. [[Lee|name]] said she was "a different girl" since May. Her PEP is on [[24/11/26|date]].
Health: annual health assessment done [[29 October|date]] by nurse [[Olu Adeyemi|name]]. NHS [[771 139 3911|nhs]]. Dentist overdue.
Contact: mother, Saturdays 10-4 at home; grandmother by phone ([[Pat|name]] rings [[Denise|name]] on [[01623 635 412|phone]]).

IRO decisions: 1. Social worker to assess overnight stays and [[Wayne|name]]'s whereabouts by [[15/12/2026|date]]. 2. Next review
[[10 May 2027|date]].
"""),
    ("foster carer's daily recording sheets (handwritten, typed by the supervising social worker)", """Daily record - child: B.G.
([[Brooke|name]])   Carer: [[D. Ollerton|name]]   typed by [[Sue Bilbie|name]] (SSW) from the carer's book

Mon [[2/11|date]] - [[Brooke|name]] up on time. School bus from [[Clipstone|place]] 7.45. Came home cross, [[Ruby|name]] fell out with her
over a TikTok. Tea was lasagne. Bed 9.30. ok
Tue [[3/11|date]] - Rang mum, mum didn't answer. B said "shes with HIM isnt she". I said we don't know. B cried, [[Keith|name]] took her
and Pickle round the Vicar Water. Felt better.
Wed [[4/11|date]] - [[stacey|name]] rang ME at 10pm ([[07885 341 207|phone]]), slurring, asked if [[Brooke|name]] could come home for good.
I said talk to [[Tasha|name]]. Told EDT ([[Dan|name]]) at 10.20.
Thu [[5/11|date]] - Bonfire night at Forest Town Arena? No we went to the [[Clipstone|place]] headstocks fireworks. B loved it.
Sat [[7/11|date]] - Contact at mums. B came back 4.15, said "[[Wayne|name]] was there for a bit, mum said not to tell". Rang
[[Tasha|name]] [[07852 613 490|phone]]? - no that's old number - rang the office [[0300 500 8080|phone]]. B went to [[Ruby|name]]'s
at [[12 Elm Tree Avenue|address]] for tea, [[Ruby|name]]'s mum [[Kelly Mee|name]] brought her back.
Sun [[8/11|date]] - quiet day, went to Tesco. B did homework.
Mon [[9/11|date]] - B asked if she can go to [[Ruby|name]]'s nan's in [[Rainworth|place]] on Sat [[14th|date]]. Nan is Mrs
[[Joan Mee|name]].
Need to ask [[Tasha|name]]. B says [[Wayne|name]] has a new girlfriend "[[Kirsty|name]] from [[Ladybrook|place]]" and a van.
Tue [[10/11|date]] - review at ours. [[Stacey|name]] came, hugged B. [[Margaret|name]] (IRO) nice. [[Lee|name]] from school came.
"""),
    ("email chain between the social worker, the school and the mother (printed to PDF)", """From: [[Tasha Blidworth|name]]
<[[tasha.blidworth@nottscc.gov.uk|email]]>
Sent: [[11 November 2026|date]] 16:02
To: [[l.hardstaff@samworthchurch.org|email]]; [[stacey.g1990@hotmail.co.uk|email]]
Cc: [[Margaret Rufford|name]]
Subject: RE: RE: [[Brooke|name]] - PEP and Saturday contact

Hi [[Lee|name]], hi [[Stacey|name]],
Thanks both. PEP moved to Tues [[1st Dec|date]] 3.30 at [[Samworth|school]] so [[Stacey|name]] can come after work. [[Stacey|name]], I
need to talk to you about [[Wayne|name]] being at the house on [[7th Nov|date]]. Can you ring me tomorrow?
[[Tasha|name]]

-----Original Message-----
From: [[stacey gascoigne|name]] <[[stacey.g1990@hotmail.co.uk|email]]>
Sent: [[10 November 2026|date]] 23:41
Subject: RE: [[Brooke|name]] - PEP and Saturday contact

i cant do [[2nd|date]] its my shift at asda. and [[wayne|name]] only come to drop the dog food off he dint stay. [[brooke|name]] is lying or
[[denise|name]] put her up to it. i want my daughter home for xmas thats all. my mum [[pat|name]] agrees. [[Tash|name]] you said in
october you would look at overnights
sent from my iphone

-----Original Message-----
From: [[Lee Hardstaff|name]] <[[l.hardstaff@samworthchurch.org|email]]>
Sent: [[10/11/2026|date]] 09:15
Subject: [[Brooke|name]] - PEP and Saturday contact
Dear all, [[Brooke|name]] told her tutor Mrs [[Yvonne Rainworth|name]] that "[[Wayne|name]] was at mum's". Passing on. Can we do the PEP on
[[2 December|date]]? Regards, [[Lee|name]]
"""),
    ("referral to the child and adolescent mental health service", """REFERRAL TO CAMHS (Nottinghamshire) - single point of access
Date: [[16.11.2026|date]]   Referrer: [[Tasha Blidworth|name]], Social Worker, Children in Care Team (North)
Young person: [[Brooke Gascoigne|name]]   DOB: [[07/07/2012|dob]]   NHS no.: [[771 139 3911|nhs]]
Address: c/o foster carers, [[6 Mansfield Road|address]], [[Clipstone|place]], [[NG21 9EQ|postcode]]   Carer tel: [[01623 635 412|phone]]
GP: Churchside Medical Practice
School: [[Samworth Church Academy|school]], Year 9

Reason for referral: [[Brooke|name]] has low mood and has cut her forearm twice since [[1 November|date]] (seen by [[Denise|name]]
on [[6/11|date]] and [[13/11|date]]). She has nightmares about her mother's ex-partner [[Wayne Tidswell|name]], who was
violent to [[Stacey|name]] in front of her in 2025 at [[58 Clipstone Road West|address]], [[Forest Town|place]] [[NG19 0HJ|postcode]].
[[Brooke|name]] agrees to the referral and would prefer a woman worker, not in [[Mansfield|place]] town centre "where people know me".
Other professionals: school counsellor [[Asha Nandra|name]]; IRO [[Margaret Rufford|name]]; Kooth (online).

Family: mother [[Stacey Gascoigne|name]], [[07885 341 207|phone]]; maternal grandmother [[Pat Gascoigne|name]] ([[Ollerton|place]]);
father [[Shane Kitchen|name]], whereabouts unknown, last heard of in [[Worksop|place]] in 2021. [[Brooke|name]]'s best friend is
[[Ruby Mee|name]]; her cousin [[Jade Gascoigne|name]] (17) in [[Edwinstowe|place]] has also self-harmed and [[Brooke|name]] worries
about her. Please send the appointment to [[Denise Ollerton|name]] at [[6 Mansfield Road|address]], [[Clipstone|place]], not to
[[Clipstone Road West|address]].
"""),
]


# --- F. Severn / Hollis family (white British), Jacksdale; a pre-birth assessment for a mother of 17 ------------------------

HOME_F = d.Address("3 Westwood Row", "Jacksdale", "Nottingham", "NG16 5JX")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Chardonnay", "Severn")], dt.date(2009, 3, 15), addresses=[HOME_F], phones=["07538 174 962"],
       ids=["941 921 0634", "B891993518190"]),
    _p("f", "father", [("Jordan", "Hollis")], dt.date(2006, 12, 1), phones=["07868 402 915"], ids=["JH 27 40 15 C"]),
    _p("g", "grandparent", [("Tracey", "Severn")], dt.date(1981, 5, 5), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("pre-birth assessment", """PRE-BIRTH ASSESSMENT
Expectant mother: [[Chardonnay SEVERN|name]] ("[[Shar|name]]"), DOB [[15/03/2009|dob]], NHS [[941 921 0634|nhs]], UPN [[B891993518190|upn]]
Address: with her mother [[Tracey Severn|name]], [[3 Westwood Row|address]], [[Jacksdale|place]], [[NG16 5JX|postcode]]
Expected date of delivery: [[19 January 2027|date]]   Assessor: [[Priya Selston|name]], Social Worker (Pre-birth Team)
Father of the baby: [[Jordan HOLLIS|name]], DOB [[01/12/2006|dob]], NI [[JH 27 40 15 C|ni]], of no fixed abode (sofa-surfing in
[[Selston|place]]
and [[Underwood|place]])

[[Chardonnay|name]] is 17. She left [[Selston High School|school]] in July and was at Vision West Notts College
([[Sutton|place]] campus) until September. She is 34 weeks pregnant. She was in care herself for eight months in 2022, when [[Tracey|name]]
was in hospital, and lived with foster carer Mrs [[Jean Pye|name]] in [[Eastwood|place]].

[[Jordan|name]] (19) has a conviction for assaulting a previous girlfriend, [[Kerry-Louise Bown|name]], in [[Ripley|place]] in 2024.
[[Shar|name]] says
"he's changed". [[Tracey|name]] says [[Jordan|name]] is not allowed in her house. [[Jordan|name]]'s mum [[Bev Hollis|name]] lives at
[[Flat 11, Ironville House|address]], [[Ironville|place]] and works at the Greggs in [[Eastwood|place]].

Midwife [[Claire Langton|name]] (community midwife, [[07919 553 208|phone]]) says [[Chardonnay|name]] has attended every appointment since
[[20 August 2026|date]]. Health visitor [[Bethany Selby|name]] has met her once. Her friend [[Leah Mellors|name]] from
[[Pye Bridge|place]] has a baby of 6 months and is "her rock".

Analysis: [[Chardonnay|name]] is warm and wants to learn. [[Tracey|name]] is protective; she had [[Chardonnay|name]] at 16 herself at the
old flat on [[Main Road|address]], [[Jacksdale|place]], and says "history won't repeat". Risk is from [[Jordan|name]]: he was seen on
[[14 November|date]] outside [[3 Westwood Row|address]] by the neighbour Mr [[Ken Pollard|name]] at no. [[5|address]]; he drives a
black Corsa [[YR15 OKH|vehicle]] belonging to his cousin [[Reece Hollis|name]] of [[Somercotes|place]].
Recommendation: child in need plan from birth; Family Nurse Partnership ([[Gail Bradder|name]]); review at the birth.
"""),
    ("maternity hand-held notes, scanned and run through OCR (errors kept)", """[OCR of scanned maternity notes - Sherwood Forest Hospitals
- page 7/22 - quality: poor]

NAME: [[SEVERN, CHARD0NNAY|name]]   HOSP NO: KM4418821
D0B: [[l5/03/2009|dob]]   NHS: [[941 921 0634|nhs]]
ADDRESS: [[3 Westw00d Row|address]] [[Jacks dale|place]] [[NGl6 5JX|postcode]]
NOK: [[Tracey Severn|name]] (mother) tel [[07719 204 863|phone]] (smudged)

[[2l/10/26|date]] 34/40 seen at Kings Mill AN clinic. BP 118/72. FM felt. Partner "J" not present.
Pt says she feels safe at home. Discussed [[Jordan|name]]. Pt tearful. Safeguarding: SW [[P. Selston|name]] aware.
[[04/ll/26|date]] ANC home visit by [[C.Langton|name]] RM. Nan [[Tracey|name]] present. Cot bought. Car seat from
[[Shar|name]]'s friend [[Leah|name]].
[[09/ll/26|date]] tel call to Nan [[Tracey|name]] re: [[Shar|name]] low mood. GP Dr [[Okonjo|name]] informed.
[[l4/ll/26|date]] ANC [[Jacksdale|place]] clinic ([[Selston|place]]? - no, at the [[Jacksdale|place]] one). Pt with friend [[Leah M|name]].
[[l8.11.2026|date]] - DNA clinic. Rang [[07538 174 962|phone]] - pt at [[Jordan|name]]'s mums in [[lronville|place]], "forgot".
"""),
    ("core group meeting minutes", """CORE GROUP MEETING (child in need, pre-birth) - MINUTES
Re: unborn baby of [[Chardonnay Severn|name]]   Date: [[25th November 2026|date]]   Venue: the family hub,
[[Chapel Road|address]], [[Selston|place]]
Present: [[Priya Selston|name]] (SW, chair); [[Chardonnay|name]]; [[Tracey Severn|name]] (maternal grandmother); [[Claire Langton|name]]
(midwife); [[Bethany Selby|name]] (HV); [[Gail Bradder|name]] (Family Nurse Partnership)
Not invited: [[Jordan Hollis|name]] (see safety plan)

1. Actions from [[28/10/2026|date]]: cot and car seat - done. Housing register form - [[Tracey|name]] helped, done [[3 Nov|date]].
2. [[Jordan|name]]: [[Chardonnay|name]] said [[Jordan|name]] has been texting from [[07868 402 915|phone]] asking to be at the birth. She
has
   told him no. Police (PC [[Ian Strelley|name]]) say a Clare's Law disclosure was made to her on [[12/11|date]].
3. Baby's name: [[Chardonnay|name]] says [[Ivy-Mae|name]] if a girl, "[[Ronnie|name]] after me grandad" if a boy.
4. After the birth: [[Chardonnay|name]] and baby to stay at [[Westwood Row|address]]; [[Tracey|name]] works mornings at the
   Co-op in [[Selston|place]]; her partner [[Mick Ward|name]] is there in the mornings.
Next core group: [[13.01.2027|date]], [[Selston|place]].
"""),
    ("voice note from the expectant mother, transcribed by the family nurse", """Voice note from [[Shar|name]], WhatsApp, received
[[2 Dec 2026|date]] 01:12, 1m 48s. Transcribed by [[G. Bradder|name]] (FNP),
word for word as far as I could hear.

"[[Gail|name]] it's me, it's [[Shar|name]], sorry it's late. Erm. [[Jordan|name]] come round. He were outside at like
midnight shouting for me and me mum went out and told him to do one and he said he'd burn the house down. Me mum's rang
the police. I'm alright, baby's moving. He said his mate [[Tyler|name]], not the little [[Tyler|name]], the one from [[Codnor|place]], is
gonna
take him to his nan's in [[Heanor|place]]. I dunno. Can you tell [[Priya|name]]? I don't wanna ring the duty thing. Me mum says
[[Mick|name]]'s gonna stay downstairs tonight. Oh and he's got a new number, it's oh seven eight six eight... no I'll send it.
Love you, bye. Sorry."
[Note: "[[Tyler|name]]" is not known to us. I rang [[Priya Selston|name]] at 08:30 and the duty officer [[Sam Eyre|name]].]

Police log ref given by [[Tracey|name]]: attended 01:40 by PC [[Holly Straw|name]] and PC [[Amit Dhillon|name]]; [[Jordan Hollis|name]]
arrested
at [[Heanor|place]] on [[Derby Road|address]] at 03:05, in the Corsa [[YR15 OKH|vehicle]]. [[Chardonnay|name]] and [[Tracey|name]] to stay
at
[[Tracey|name]]'s sister [[Lorraine Bagshaw|name]]'s, [[27 Palmerston Street|address]], [[Westwood|place]], [[NG16 5HZ|postcode]], until
[[4 December|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 104 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 07:00 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "nurse", "sister", "coach", "me", "nan",
           "nana", "nanny", "gran", "grandad", "mum", "mam", "dad", "ciocia", "pani", "pan", "babcia", "dziadek", "tata",
           "ana", "baba", "nene", "rm", "sw", "ssw", "dsl", "iro"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "britain", "nottinghamshire", "notts", "derbyshire", "ashfield", "crimea", "ukraine",
               "poland", "silesia", "upper silesia", "russia", "germany", "lincolnshire"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets' before it) with this set's titles and kinship words ("Ciocia Ewa", "pani Val", "babcia Hilda") and countries,
# counties and regions ("Crimea", "Ukraine", "Poland", "Nottinghamshire", "Ashfield").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
