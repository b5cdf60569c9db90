"""Set 178: a held-out hand-written set for the redaction detector, six more invented families in Lewes, Newhaven and
Seaford in East Sussex, written in one sitting against a short deadline.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
179, 180 and 181 (written by other helpers at the same time), that did not run the detector or any bench script that runs
it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py (its docstring,
its records, the start of its first document and its last document, and its word lists and closing lines; the rest of its
documents were not read for want of time) and tests/test_redaction_set21.py in full; the docstrings of bench/redaction_set7.py
to bench/redaction_set177.py only through a script that printed which of a list of towns, districts and communities each one
names (to pick homes and communities no earlier set used); the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py (their first lines); and
the ruff line length and pytest settings lines of pyproject.toml. Set 15's checker was used through its import, as set 21 does. Phone
numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families, each from a district no earlier set used as a family's home: a white British mother and two children on the
Landport estate in Lewes, with a grandmother in Ringmer (Tuppen / Funnell; neglect, no gas, a violent father back in the
home); a Corsican family in South Heighton, Newhaven, who came off the Dieppe ferry (Santoni / Casanova; a possible wrongful
removal from Corsica, a mother fleeing violence, a father coming after them); an Occitan (Gascon) speaking family from Béarn
in Chyngton, Seaford (Lacoste / Bordenave; a girl of 15 self-harming, a mother's drinking, a young carer); a white British
family in Malling, Lewes, with a father in Peacehaven (Stapley / Beard; a boy of 15 in county lines, missing in south London,
a debt and a threat at the door); a young white British couple in Meeching, Newhaven (Verrall / Crouch; a baby of 10 weeks
with a skull fracture, a family group conference, a grandmother in Denton); and a British Nigerian girl of 9 with white
British grandparents in East Blatchington, Seaford (Pelling / Ade; kinship care after a mother's remand to prison, a father
in Lagos). The Corsican and the Occitan communities were named by no earlier set's docstring. 24 documents: a home visit case
note, a mother's texts typed up from a work phone, a school's safeguarding log export, a grandmother's letter scanned and
OCR'd, a Border Force referral from a ferry port, strategy minutes, a mother's email in French with the worker's translation,
a father's voicemail transcribed, a child and family assessment, a CAMHS telephone triage note, a girl's notes-app diary, a
substance misuse service letter, a police child protection notification, a return home interview, a child protection
conference report, a Snapchat exchange typed up from photos, a health visitor's new birth visit note, a hospital safeguarding
liaison referral, a father's account emailed by his solicitor's trainee, a family group conference plan written with the
family, a kinship viability assessment, a looked after child review's minutes, a mother's letter from prison to her daughter
and an IRO's email to the grandparents.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (France, Nigeria); NHS numbers and UPNs (LA number 845 for East Sussex) pass their
check digits. The council (Ouse Weald), the schools (Southover Acorn Primary, Chyngton School, Malling School), the law firm
(Ouseside Law) and the families' French and Occitan addresses are invented; towns, districts, villages, real schools,
hospitals, prisons, police forces, NHS bodies, charities, shops, brands, apps and landmarks are real and stay unmarked unless
the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DS, DC, BFO, Maître, Monsieur, Nan, Nana, Nanny, Aunty, Great-gran, Mum, Daddy, Mummy, Pops, Mamà) stay outside the name span;
a possessive 's stays outside; every person's name is a name in every form. "SURNAME, First" is one span ("TUPPEN, Kai",
"CASANOVA, Laetitia"), and so is "SURNAME First" ("LACOSTE Mirèia"); an initial with a surname is one span ("J. Lusted",
"T. Tuppen", "O. Hollobone") and so is a first name with an initial after it ("Chelsea T", "Laetitia C", "Ollie P"); a
display name that is a person's name or nickname is a name ("lil", "ty"); a street address is one span, its town a place, its
postcode a postcode (a French five-digit postcode, "20167", "64290", is a postcode); a street named without a number is an
address ("Brooks Road", "Chyngton Way", "Dane Road"), and so is a neighbour's bare flat or house number ("no. 12", "Flat 2");
towns, villages, districts and estates are places at home or abroad, in lower case too ("ringmer", "seaford", "lagos",
"exceat"); countries, counties and regions are not ("East Sussex", "Surrey", "Corsica", "Corse", "France"); organisations,
hospitals, prisons, stations and landmarks are not marked even when they hold a town's name ("Seaford Medical Practice",
"Newhaven Fort", "HMP Bronzefield", "Royal Sussex County Hospital", "Lewes District Food Partnership"); a service named by
its town in lower-case words marks the town ("Eastbourne custody", "the London train", "Seaford hub"); a school's short form
is a school ("Seaford Head", "Seahaven"); a date of birth is dob, any other calendar date with a day is date (a weekday,
English or French, stays outside), and a bare day ("the 27th", "the 1st", "the 2nd") is a date; months and years alone are
not marked; pets (Pudding) are not names; a prison number, a collar number and a case reference are not marked.

Choices this set had to make: a surname that is a word with another sense ("Casanova", used by bullies as "Casanova the
flirt") is a name wherever it refers to or plays on the person; the Occitan and Corsican kinship words ("Mamà", "pèire",
"Babbu") are kinship words, not names; a date range "8th/9th August" is one date span; an island ("Tenerife", "Victoria
Island") is a place, as set 21's Peros Banhos was; a
named day with a year ("New Year's Eve 2023") is a date, while a year alone ("2019", "2023") is not marked; a French school
named by its district and number ("école Mezzavia 2") is a school; a port named by its town in a heading ("NEWHAVEN PORT")
marks the town, while a landmark holding a town's name ("Newhaven Fort") stays unmarked.

Self-check without the detector: `python -m bench.redaction_set178` (and tests/test_redaction_set178.py) runs set 15's
checker on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of
documents and gold spans per kind: 24 documents,
906 gold spans, 506 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Tuppen / Funnell family (white British), Landport estate, Lewes ------------------------------------------------

HOME_A = d.Address("14 Landport Road", "Landport", "Lewes", "BN7 2SH")
NAN_A = d.Address("6 Mill Road", "Ringmer", "Lewes", "BN8 5HN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kai", "Tuppen")], dt.date(2019, 6, 4), addresses=[HOME_A], ids=["4842017333", "K845201611012"],
       schools=["Southover Acorn Primary School"]),
    _p("s", "sibling", [("Summer", "Tuppen")], dt.date(2024, 2, 17), addresses=[HOME_A], ids=["7351184062"]),
    _p("m", "mother", [("Chelsea", "Tuppen")], dt.date(2000, 9, 12), addresses=[HOME_A], phones=["07712 406 318"]),
    _p("f", "father", [("Ricky", "Funnell")], dt.date(1997, 1, 28), phones=["07845 212 904"]),
    _p("g", "grandparent", [("Tracey", "Tuppen")], dt.date(1975, 4, 3), addresses=[NAN_A], phones=["01273 478 215"]),
    _p("p1", "professional", [("Harriet", "Vine")], emails=["harriet.vine@ouseweald.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - Home visit (announced)      Worker: [[Harriet Vine|name]], Ouse Weald
Children's Services
Date of visit: Tuesday [[3 November 2026|date]], 10:15-11:20
Present: [[Chelsea Tuppen|name]] (mother), [[Summer|name]] (2), [[Kai|name]] at school. Also briefly: [[Ricky Funnell|name]] (father of
both).
Later: [[Jodie Tuppen|name]] (aunt) and her boyfriend [[Mason Hoad|name]] called in at 11:00 with shopping.
Address: [[14 Landport Road|address]], [[Landport|place]], [[Lewes|place]] [[BN7 2SH|postcode]]

Purpose: follow-up to the school's referral of [[29 October|date]] ([[Kai|name]] arriving hungry, in the same uniform all week).
The flat was cold - the prepayment meter was on emergency credit. [[Chelsea|name]] said the gas ran out on the [[27th|date]] and
her mum, Nan [[Tracey|name]], topped it up from [[Ringmer|place]] "when she can". Fridge: milk, a tub of spread, nothing else.
[[Summer|name]] was in a nappy that had not been changed for some time; [[Chelsea|name]] changed her when I asked.
[[Ricky|name]] arrived at 10:50 with a carrier bag from Tesco on [[Brooks Road|address]] and said he is "stopping over most nights". He was
polite but left when I asked about the non-molestation order made on [[14 March 2024|date]].
Neighbour at [[no. 12|address]], Mrs [[Pat Sumner|name]], stopped me on the stairs to say the baby "cries for hours" and that
she had given [[Chelsea|name]] a loaf and some beans on Sunday.
Other people named by the family: Nan [[Tracey|name]]'s partner [[Keith Ovenden|name]] (not assessed); [[Ricky|name]]'s
mother [[Lorraine Funnell|name]] of [[Newick|place]]; [[Kai|name]]'s best friend [[Alfie Beck|name]] and his mum [[Nat Beck|name]] at
[[Flat 9|address]] on the same road.
Plan: foodbank voucher (Lewes District Food Partnership), Warm Home Discount application, strategy discussion if
[[Ricky|name]] is living there. Next visit: [[10/11/2026|date]].
Copy to: Team Manager [[Siobhan Baxter|name]]; DSL [[J. Lusted|name]] ([[Southover Acorn|school]]); HV [[Sue Ashby|name]].

ADDENDUM - visit of [[10/11/2026|date]] (unannounced), 14:00-14:40
[[Chelsea|name]] opened the door in her coat. [[Summer|name]] was asleep in the buggy. The meter had been topped up (£20 from
Nan [[Tracey|name]] on the [[8th|date]]). A man's trainers in the hall; [[Chelsea|name]] said they were her cousin [[Dale|name]]'s. Her
friend [[Kayla Brook|name]] from [[Nevill|place]] was there and said [[Ricky|name]] "kips on the sofa when they've not rowed".
[[Chelsea|name]] showed me a text from [[Ricky|name]] on [[7 Nov|date]] ("ur dead if social come again"). She agreed to
a referral to the IDVA service ([[Hannah Purvis|name]]) and to a Clare's Law application. I rang the grandmother on
[[01273 478 215|phone]] at 15:05: she would have [[Kai|name]] and [[Summer|name]] at [[6 Mill Road|address]], [[Ringmer|place]], if needed.
[[Kai|name]]'s GP (Dr [[Shona Feist|name]], [[Lewes|place]]) has no concerns on record apart from a missed MMR booster on
[[14/05/2024|date]]. Nan [[Tracey|name]] said [[Chelsea|name]]'s old friend [[Shauna Pett|name]] of [[Peacehaven|place]] "got her on the
gear" in
2023... no, corrected by [[Chelsea|name]]: she means [[Shauna Pett|name]]'s brother, [[Robbie|name]], on [[New Year's Eve 2023|date]].
Housing: the flat belongs to Southdown Housing? (checked - no, it is a private let from a Mr [[Gary
Hemsley|name]] of [[Uckfield|place]], mobile [[07891 336 402|phone]]). [[Chelsea|name]]'s sister [[Jodie Tuppen|name]] lives at
[[Flat 3, 19 Abinger Place|address]], [[Lewes|place]] [[BN7 2QA|postcode]], and works at the [[Lewes|place]] Tesco.
Manager's note ([[Siobhan Baxter|name]], [[11/11/2026|date]]): strategy discussion today with police (DC [[Owen Friar|name]]).
"""),
    ("mother's text messages to the social worker typed up from a work phone", """Typed from work mobile 07... (SW [[Harriet Vine|name]]) -
thread with "[[Chelsea T|name]]" [[07712 406 318|phone]], [[4-6 November 2026|date]]

[[04/11/2026|date]] 08:02 [[Chelsea T|name]]: hiya its [[chels|name]], [[kai|name]] wont go school his shoes have got a hole in
[[04/11/2026|date]] 08:05 Me: Morning [[Chelsea|name]], I can bring school shoes this afternoon. What size is he?
[[04/11/2026|date]] 08:09 [[Chelsea T|name]]: 12 i think. [[ricky|name]] says you lot are spying on us lol
[[04/11/2026|date]] 08:10 [[Chelsea T|name]]: dont tell him i said that
[[05/11/2026|date]] 19:44 [[Chelsea T|name]]: can u ring me tmrw b4 11. my mum took [[summer|name]] to [[ringmer|place]] 4 the night
[[05/11/2026|date]] 19:45 [[Chelsea T|name]]: the bonfire was mad, [[kai|name]] loved it. we watched from the castle
[[06/11/2026|date]] 10:31 Me: Ringing you now.
[[06/11/2026|date]] 10:58 [[Chelsea T|name]]: sorry missed u. ring my mum [[01273 478215|phone]] shes got [[summer|name]]. [[tracey|name]]
not [[tracy|name]] lol
"""),
    ("primary school safeguarding log entries exported from the school's system", """[[SOUTHOVER ACORN PRIMARY SCHOOL|school]] -
Safeguarding record export
Pupil: [[TUPPEN, Kai|name]]   DOB: [[04.06.2019|dob]]   UPN: [[K845201611012|upn]]   Class: Oak (Year 2)
Printed [[09/11/2026|date]] by [[J. Lusted|name]] (DSL)

[[20/10/2026|date]] 08:55 Logged by: [[Becky Akehurst|name]] (TA). [[Kai|name]] ate two breakfasts at breakfast club and put a third
toast in his pocket "for [[Summer|name]]". Category: Neglect. Action: passed to DSL.
[[22/10/2026|date]] 14:10 Logged by: Mrs [[Ashdown|name]] (class teacher). [[Kai|name]] said "[[Ricky|name]] shouted and smashed the telly".
Dad is named on our system as [[Ricky Funnell|name]], no PR information. Action: DSL rang mum - no answer.
[[29/10/2026|date]] 09:20 Logged by: [[J. Lusted|name]]. Same uniform Mon-Thurs, smells of damp. Referral to Ouse Weald front
door made 11:40 (ref. OW/FD/26/7741). [[Kai|name]]'s friend [[Alfie Beck|name]] told Mrs [[Ashdown|name]] that [[Kai|name]] "sleeps on the
sofa".
[[04/11/2026|date]] 08:50 Logged by: [[Becky Akehurst|name]]. Absent - mum texted school office "no shoes".
[[05/11/2026|date]] 09:05 Logged by: [[J. Lusted|name]]. [[Kai|name]] in, new shoes (from SW). Told [[Becky|name]] he watched the
bonfire "from the castle with Nanny [[Tracey|name]] and Auntie [[Jodie|name]]". Happy.
[[06/11/2026|date]] 12:30 Logged by: Mr [[Peploe|name]] (lunchtime supervisor). [[Kai|name]] hit [[Harvey Stenning|name]] in the
playground and said "[[Ricky|name]] says hit them first". Parents of [[Harvey|name]] informed (Mrs [[Stenning|name]],
[[07402 118 593|phone]]).
[[09/11/2026|date]] 08:45 Logged by: [[J. Lusted|name]]. Call from SW [[Harriet Vine|name]]; strategy discussion [[11/11|date]].
"""),
    ("grandmother's handwritten letter to the social worker, scanned and OCR'd", """[scan p.1 of 1, OCR, uncorrected]
[[6 Mill Road|address]]
[[Ringmer|place]]
[[7th Nov|date]]
Dear Miss [[Vine|name]],
I am [[Chelsea|name]]'s mum, [[Tracey Tuppen|name]], and I am writing becaus I am worried sick. I have had [[Summer|name]] most
weekends since August and she comes to me with nappy rash something awful. I dont want to grass my own
daughter up but that [[Ricky|name]] is back and he is no good, he had a go at me outside the Co-op in [[Lewes|place]] on the
[[1st|date]]. My friend [[Sandra Pelling|name]] saw it. I would have the both of them, [[Kai|name]] and [[Summer|name]], I have the
room since my [[Dave|name]] passed. You can ring me on [[01273 478 215|phone]] after 4 as I work mornings at the village
shop.
Also [[Kai|name]] told me [[Ricky|name]] takes him to his mates flat in [[Newhaven|place]], a [[Lee Gurr|name]] on [[Avis Road|address]],
and leaves him in the car. My neighbour [[Brenda Goacher|name]] at [[no. 4|address]] will tell you I am a good nan. I was
born [[3.4.75|dob]] if you need it for the checks. My mobile is [[07836 442 019|phone]] if the house phone is off.
Yours sincerly
[[T. Tuppen|name]] (Mrs)
"""),
]

# --- B. Santoni / Casanova family (Corsican, French), South Heighton, Newhaven ----------------------------------------

HOME_B = d.Address("9 Heighton Crescent", "South Heighton", "Newhaven", "BN9 0HY")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ghjuvan Petru", "Santoni")], dt.date(2013, 8, 21), addresses=[HOME_B], ids=["9023365712"],
       schools=["Seahaven Academy"]),
    _p("s", "sibling", [("Maria Santa", "Santoni")], dt.date(2016, 12, 2), addresses=[HOME_B], ids=["4318702650"]),
    _p("m", "mother", [("Laetitia", "Casanova")], dt.date(1985, 5, 9), addresses=[HOME_B], phones=["+33 6 12 48 93 07"]),
    _p("f", "father", [("Ange-Marie", "Santoni")], dt.date(1982, 10, 30), phones=["+33 4 95 21 38 64"]),
    _p("p1", "professional", [("Owen", "Hollobone")], emails=["owen.hollobone@ouseweald.gov.uk"]),
], "c")

DOCS_B = [
    ("Border Force safeguarding referral from the ferry port", """BORDER FORCE - [[NEWHAVEN|place]] PORT - SAFEGUARDING REFERRAL (children)
Sailing: [[Dieppe|place]] to [[Newhaven|place]], arr. 22:00, Saturday [[12 September 2026|date]] -> see note    Officer: BFO
[[Nadia Kember|name]], no. 4471
Referral to: Ouse Weald Children's Services front door    Copy: Sussex Police MASH

Adult: [[CASANOVA, Laetitia|name]], French passport, DOB [[09/05/1985|dob]], mobile [[+33 6 12 48 93 07|phone]]
Children: [[SANTONI, Ghjuvan Petru|name]] (DOB [[21/08/2013|dob]]), [[SANTONI, Maria Santa|name]] (DOB [[02/12/2016|dob]])
UK address given: [[9 Heighton Crescent|address]], [[South Heighton|place]], [[Newhaven|place]] [[BN9 0HY|postcode]]
Address in France given: [[Lotissement U Castellu, 12 chemin de Saint-Antoine|address]], [[20167|postcode]] [[Mezzavia|place]]

Note: date corrected - the sailing was Sunday [[13 September|date]]; the 12th was the booking.
The mother had a letter in French from a lawyer in [[Ajaccio|place]] (Maître [[Paoli|name]]) about "garde des enfants". The
older boy, who said to call him "[[Ghjuvan|name]]" or "[[Petru|name]]", told me in good English that his father,
[[Ange-Marie Santoni|name]],
"doesn't know we left" and that they had slept in the car in [[Dieppe|place]]. The girl, [[Maria Santa|name]], said her best friend is
[[Lisandra|name]] and her teacher in [[Ajaccio|place]] was
Madame [[Pietri|name]]. Mother said her own mother, [[Ghjulia Casanova|name]], lives in [[Propriano|place]] ([[+33 4 95 76 12 80|phone]]).
Mother became tearful. No consent letter from
the father. Father's number given by the boy: [[+33 4 95 21 38 64|phone]] (a landline at the family bakery in [[Bastia|place]]).
The family were also travelling with a family friend's dog and a cousin, [[Saveriu Leca|name]] (19), who went on
to [[London|place]] by coach; his UK phone [[07485 216 390|phone]], address given as [[112 Lavender Hill|address]], [[Battersea|place]].
Vehicle: grey Peugeot 3008, French plate [[GH-418-KT|vehicle]]. Allowed to proceed; referral made for the possible wrongful
removal and welfare check. A friend, [[Dumenica Filippi|name]], was meeting them at the terminal and lives at [[Flat 2|address]], same
address.
"""),
    ("strategy discussion minutes on a possible international child abduction", """STRATEGY DISCUSSION - MINUTES
Child(ren): [[Ghjuvan Petru Santoni|name]] (13), [[Maria Santa Santoni|name]] (9)    Date: [[16.09.2026|date]], 11:00, Teams
Chair: [[Owen Hollobone|name]] (Team Manager)    Minutes: [[Grace Okafor-Reeve|name]]
Attendees: DS [[Martin Cheal|name]] (Sussex Police, [[Lewes|place]]), [[Rhian Ditton|name]] (school nurse), [[Owen Hollobone|name]];
[[Seahaven Academy|school]] DSL [[Tom Bellingham|name]] joined at 11:20.

1. Information shared. Mother [[Laetitia Casanova|name]] arrived on [[13/09|date]] with both children. Police have had contact
from the Gendarmerie in [[Bastia|place]]: father reported the children missing on [[14 September|date]]. Father says there is an
order of the tribunal judiciaire in [[Ajaccio|place]] (dated [[03/07/2026|date]]) giving the children's residence to him. Mother
tells us she left because of his violence and that his brother, [[Ghjacumu Santoni|name]], threatened her at the bakery.
2. The children. [[Maria Santa|name]] (called "[[Marisà|name]]" at home) has not started school. [[Ghjuvan Petru|name]] has a place
at [[Seahaven|school]] from Monday. He speaks Corsican and French with his mother; "Babbu" is his word for his father.
3. Decision: section 47 enquiry, single agency (SW) with police support; police to contact the ICACU. The children stay
with mother at [[9 Heighton Crescent|address]] meanwhile. Next meeting [[23/09/2026|date]].

STRATEGY DISCUSSION 2 - [[23/09/2026|date]], 14:00, Teams. Chair [[Owen Hollobone|name]]; DS [[Martin Cheal|name]]; [[Tom Bellingham|name]]
([[Seahaven|school]]); Dr [[Lucy Arnott|name]] (named GP); [[Sandrine Mourier|name]] (interpreter, French).
- [[Laetitia|name]] has seen a solicitor, Ms [[Emma Gatland|name]] of [[Brighton|place]], about the 1980 Hague Convention. She
  showed the social worker photos of bruises dated [[4 July 2026|date]] and a main courante she made in [[Bastia|place]] on
  [[6 juillet 2026|date]].
- [[Ghjuvan Petru|name]] told Mr [[Bellingham|name]] his uncle [[Ghjacumu|name]] has messaged him on Instagram; the account shows a
  photo of the family's car outside [[9 Heighton Crescent|address]] and a comment from a [[Petru-Paulu Santoni|name]].
- [[Maria Santa|name]] has a place at [[Harbour Primary|school]] from [[28/09|date]]; her French school in [[Ajaccio|place]] ([[école
  Mezzavia 2|school]]) sent her report to the mother's email.
- [[Dumenica Filippi|name]] ([[Flat 2|address]]) has offered the family her spare room; her phone [[07934 218 607|phone]].
- Police: father's ferry booking for [[2 October|date]] confirmed by the port; Border Force marker on the vehicle
  [[GH-418-KT|vehicle]]. A further meeting if the father arrives. Actions to [[Grace Okafor-Reeve|name]] by [[25.09.2026|date]].
- Interpreter's note: [[Laetitia|name]] asked that her address not be given to [[Ange-Marie|name]]'s lawyer, Maître
  [[Giudicelli|name]] of [[Bastia|place]]; the ICACU case officer is [[Ruth Penhaligon|name]] ([[020 7035 4812|phone]]).
"""),
    ("mother's email in French to the social worker with the worker's translation", """From: [[Laetitia C|name]]
<[[laeti.casanova20@orange.fr|email]]>
To: [[owen.hollobone@ouseweald.gov.uk|email]]
Sent: lundi [[21 septembre 2026|date]] 23:12
Objet: [[Ghjuvan|name]] et l'école

Monsieur [[Hollobone|name]],
Je vous écris tard, pardon. [[Ghjuvan|name]] ne veut plus aller à l'école, il dit que les garçons l'appellent "[[Casanova|name]] le
dragueur". Mon mari m'a envoyé 40 messages depuis hier, sa sœur [[Francesca|name]] aussi depuis [[Corte|place]]. Ma voisine
Mrs [[Dean|name]] m'aide avec les courses. Je ne retournerai pas en Corse.
[[Laetitia|name]]

Worker's translation ([[22/09/2026|date]], [[O. Hollobone|name]]): "I am writing late, sorry. [[Ghjuvan|name]] doesn't want to go to
school any more; he says the boys call him '[[Casanova|name]] the flirt'. My husband has sent me 40 messages since yesterday, and
his sister [[Francesca|name]] too, from [[Corte|place]]. My neighbour Mrs [[Dean|name]] helps me with the shopping. I will not go
back to Corsica."
"""),
    ("voicemail from the father transcribed by the duty desk", """DUTY DESK - VOICEMAIL TRANSCRIPT (typed by [[Kerry Moon|name]], duty
admin), received Friday [[25th September|date]] 06:41
Caller ID: [[+33 495 213 864|phone]]

"Yes hello, my name is [[Ange-Marie Santoni|name]], S-A-N-T-O-N-I, I am the father of [[Ghjuvan Petru|name]] and [[Maria
Santa|name]]. My wife, [[Laetitia|name]], she takes the children without my permission, I have the judgment from [[Ajaccio|place]].
I know they are in [[Newhaven|place]], my cousin [[Ghjuvanni|name]] he sees the car on Facebook near the ferry. I am coming, I take
the boat from [[Dieppe|place]] on the [[2nd|date]]. Call me back please, [[+33 4 95 21 38 64|phone]], or the mobile of my brother
[[+33 6 71 20 45 58|phone]]. Thank you."

Admin note: passed to [[Owen Hollobone|name]] 08:35; he asked the police to add a marker at [[9 Heighton Crescent|address]].

Second message, [[25/09/2026|date]] 07:02, same caller ID: "It is [[Ange-Marie|name]] again. Tell [[Laetitia|name]] my mother
[[Maria Santoni|name]] is in hospital in [[Bastia|place]], she asks for [[Marisà|name]]. My sister [[Francesca Santoni|name]] will call
also, she lives in [[Corte|place]], [[rue du Colonel Feracci 8|address]], [[20250|postcode]]. And [[Ghjuvanni Leca|name]] my cousin, he
will come with me on the boat, [[+33 6 24 90 71 36|phone]]." Passed to [[Owen Hollobone|name]] and DS [[Martin Cheal|name]] 08:40.
"""),
]

# --- C. Lacoste / Bordenave family (Occitan-speaking, from Béarn), Chyngton, Seaford ------------------------------------

HOME_C = d.Address("31 Chyngton Gardens", "Chyngton", "Seaford", "BN25 3RS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mirèia", "Lacoste")], dt.date(2011, 3, 14), addresses=[HOME_C], ids=["6409123582"],
       schools=["Seaford Head School"]),
    _p("m", "mother", [("Joana", "Bordenave")], dt.date(1979, 7, 25), addresses=[HOME_C], phones=["01323 896 472"]),
    _p("f", "father", [("Pèir", "Lacoste")], dt.date(1976, 2, 11), addresses=[HOME_C], phones=["07956 331 480"]),
    _p("p1", "professional", [("Bethan", "Gorringe")], emails=["bethan.gorringe@ouseweald.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment summary", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS
Child: [[Mirèia Lacoste|name]] (known as "[[Mira|name]]"), DOB [[14 March 2011|dob]], NHS [[640 912 3582|nhs]]
Address: [[31 Chyngton Gardens|address]], [[Chyngton|place]], [[Seaford|place]] [[BN25 3RS|postcode]]
Assessment started [[2 October 2026|date]], completed [[6 November 2026|date]]. Social worker: [[Bethan Gorringe|name]].

[[Mira|name]] is 15 and in Year 11 at [[Seaford Head|school]]. The family moved from [[Pau|place]] in 2019 when her father,
[[Pèir Lacoste|name]], came to work as a chef at a hotel in [[Eastbourne|place]]. At home the family speak French and Occitan
(Gascon); [[Mira|name]] calls her grandmother "Mamà" and writes to her in Occitan. Her grandmother, [[Marilís Bordenave|name]],
lives at [[4 carrèra de la Hont|address]], [[64290|postcode]] [[Gan|place]], and rings every Sunday on [[+33 5 59 21 74 06|phone]].

[[Mira|name]] disclosed to her friend [[Freya Tapsell|name]] on the [[Seaford Head|school]] bus that she had been cutting her thighs since
July and that her mother, [[Joana Bordenave|name]], "drinks all day now". [[Freya|name]]'s mother rang the school. At the visit
on [[12/10|date]] [[Joana|name]] was slurring at 11am; [[Pèir|name]] said she was "tired". A neighbour, Mr [[Colin Veness|name]] at [[no.
33|address]], has found [[Joana|name]] asleep in her car on [[Chyngton Way|address]] twice.
Family history: [[Joana|name]] grew up in [[Oloron-Sainte-Marie|place]]; her brother [[Bernat Bordenave|name]] lives
in [[Toulouse|place]] ([[+33 6 88 14 52 09|phone]]) and her sister [[Anna|name]] in [[Hastings|place]]. [[Pèir|name]]'s parents are dead.
[[Mira|name]]'s friends: [[Freya Tapsell|name]], [[Isla Morling|name]] and a boy, [[Josh Pett|name]], from [[Alfriston|place]]. Her form
tutor, Mr [[Dunstall|name]], describes her as "brilliant and exhausted". She was seen alone on [[20 October|date]] and
[[3 November|date]], and at [[Freya|name]]'s house on [[Sutton Drove|address]] on [[10 November|date]].
Grandmother's view (phone, with interpreter [[Sandrine Mourier|name]], [[5 November 2026|date]]): [[Marilís|name]] said
"[[Joana|name]] has drunk since [[Pèir|name]]'s accident" and offered to have [[Mira|name]] in [[Gan|place]] for the holidays. Her
neighbour [[Arnaud Laborde|name]] ([[6 carrèra de la Hont|address]]) drives her to the airport in [[Pau|place]].
Analysis: [[Mira|name]] is a young carer and at risk of significant harm through emotional neglect and self-harm.
"""),
    ("CAMHS crisis team telephone triage note", """SPFT CAMHS - Urgent Help Service - telephone triage
Caller: [[Pèir Lacoste|name]] (father), [[07956 331 480|phone]]    Taken by: [[Lewis Daish|name]], CAMHS practitioner
Young person: [[LACOSTE Mirèia|name]]   DOB [[14-03-2011|dob]]   GP: Seaford Medical Practice, [[Dane Road|address]]
Date/time: Thurs [[19/11/26|date]] 21:17

Dad says [[Mirèia|name]] locked herself in the bathroom at 20:30 after an argument with mum about her phone. She came out after
he took the door off. Cuts to the left thigh, superficial, cleaned. She told dad she "wants to go home to Mamà in [[Gan|place]]".
She had been texting [[freya|name]] and a boy called [[Josh|name]] ("[[joshP|name]]" on her phone) before.
Mum [[Joana|name]] had gone out to "a friend in [[Bishopstone|place]]" ([[Nicole|name]]?) and is not answering.
Dad says [[Mirèia|name]]'s friend [[Freya|name]] and [[Freya|name]]'s mum [[Claire Tapsell|name]] ([[07748 301 622|phone]]) have
been good to her. Grandmother [[Marilís Bordenave|name]] in [[Gan|place]] knows.
No plan or intent stated. Safety plan agreed with dad. Follow-up call booked [[20.11.2026|date]] 10:00 with Dr [[Ana Reis|name]].
"""),
    ("young person's own notes-app diary handed to the worker", """(copied with [[Mira|name]]'s permission from her phone,
[[25/11/26|date]])

[[9 nov|date]] - mamà called. told her nothing. she said pèire sounds tired. obviously
[[11 nov|date]] - [[freya|name]] got me a hot choc at the [[seaford|place]] front. didnt tell her about mum this time
[[14 nov|date]] - mum at [[nicole|name]]s again, i made pasta for dad. [[bethan|name]] the social worker came, she is ok actually
[[19 nov|date]] - bad night. dad took the door off lol. not lol
[[22 nov|date]] - walked to [[exceat|place]] with [[freya|name]] and [[Ollie P|name]]. felt normal for 2 hours
adiu, tot va plan (it isnt)
[[26 nov|date]] - [[bethan|name]] says i can see the camhs lady [[ana|name]] every week. mum went to the
alcohol place in [[seaford|place]] on the [[27th|date]]?? she said so anyway
[[28 nov|date]] - [[isla|name]]s party in [[bishopstone|place]]. [[josh|name]] was there. [[freya|name]] told everyone i was ill
[[30 nov|date]] - mamà says come for christmas to [[gan|place]]. dad says we cant afford it. [[anna|name]] might take me to
[[hastings|place]]
"""),
    ("adult social care substance misuse service letter about the mother", """Change Grow Live - East Sussex ([[Seaford|place]] hub)
Ms [[Joana Bordenave|name]]
[[31 Chyngton Gardens|address]]
[[Seaford|place]]
[[BN25 3RS|postcode]]
[[1st December 2026|date]]

Dear Ms [[Bordenave|name]],
Thank you for coming to see me on [[27 November|date]]. As we agreed, I will share with your daughter's social worker,
[[Bethan Gorringe|name]], that you have started our alcohol programme. Your next appointment is Tuesday
[[8 December|date]] at 2pm. If you cannot come, please ring [[01323 492 618|phone]].
Yours sincerely,
[[Sam Hobden|name]], Recovery Worker
"""),
]

# --- D. Stapley / Beard family (white British), Malling, Lewes --------------------------------------------------------

HOME_D = d.Address("22 Mayhew Way", "Malling", "Lewes", "BN7 2RX")
DAD_D = d.Address("Flat 7, Marine Court", "", "Peacehaven", "BN10 8DP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Stapley")], dt.date(2010, 11, 6), addresses=[HOME_D], ids=["7234068155"],
       schools=["Priory School"]),
    _p("s", "sibling", [("Lily-Mae", "Beard")], dt.date(2015, 4, 22), addresses=[HOME_D], ids=["8501472638", "V845208722104"]),
    _p("m", "mother", [("Donna", "Beard")], dt.date(1988, 8, 8), addresses=[HOME_D], phones=["07723 918 044"]),
    _p("f", "father", [("Wayne", "Stapley")], dt.date(1986, 3, 19), addresses=[DAD_D], phones=["07398 125 660"]),
    _p("p1", "professional", [("Priya", "Lulham")], emails=["priya.lulham@ouseweald.gov.uk"]),
], "c")

DOCS_D = [
    ("police notification of a child found with county lines drugs", """SUSSEX POLICE - CHILD PROTECTION NOTIFICATION (PPN1)
Subject: [[STAPLEY, Tyler|name]]  DOB [[06/11/2010|dob]]  Address: [[22 Mayhew Way|address]], [[Malling|place]], [[Lewes|place]]
[[BN7 2RX|postcode]]
Reporting officer: PC [[Jess Wenham|name]] 30418    Date: [[17/10/2026|date]]

At 16:40 on [[16/10/2026|date]] officers stopped [[Tyler|name]] (15) at the railway station in [[Lewes|place]] getting off the
[[London|place]] train. Found
in his sock: 14 wraps of suspected crack cocaine and £220. Also with him: a [[Callum Giles|name]] (17) of [[Hailsham|place]]. On
[[Tyler|name]]'s second phone a contact saved as "[[Jonesy|name]]" with a [[London|place]] number, [[07456 802 117|phone]]. He said a "man
in [[Croydon|place]]" had given him the train fare. Mother [[Donna Beard|name]] collected him at 21:30 from [[Eastbourne|place]] custody.
Vehicle seen dropping [[Tyler|name]] at the station earlier in the week (CCTV): black Audi A3 [[GK19 XWP|vehicle]].
NRM referral to be considered.
"""),
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - [[Tyler Stapley|name]]
Missing: Fri [[30 October|date]] 18:00 to Sun [[1 November|date]] 13:10 (found by BTP in [[Southwark|place]])
Interview by: [[Kayleigh Ross|name]] (Missing Person Support), at [[Priory School|school]], [[3/11/26|date]]

[[Ty|name]] said he went "up to see [[Jonesy|name]]" and stayed at a flat "near [[Thornton Heath|place]]" with two other boys, one
called [[Deshawn|name]] and one from [[Brighton|place]] he did not know. He said nobody hurt him but that he "owed" £400 after
the police took the stuff in [[Lewes|place]]. He cried when he talked about his little sister [[Lily-Mae|name]] ("[[Lil|name]]"). He
said his dad, [[Wayne|name]], in [[Peacehaven|place]] "doesn't pick up". [[Ty|name]] wants to go boxing again at the club on [[Malling
Street|address]]. Shared with [[Priya Lulham|name]] (SW).
Also said: he sold for "[[Jonesy|name]]" in [[Eastbourne|place]], [[Hastings|place]] and [[Crawley|place]]; a girl called
[[Tegan|name]] from [[Hailsham|place]] held the phone; he slept one night at an address on [[Seaside Road|address]],
[[Eastbourne|place]], "flat 3 above the vape shop". Worker's note: [[Ty|name]] gave his other number as [[07463 118 250|phone]].
"""),
    ("child protection conference report for the initial conference", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Tyler Stapley|name]] (15), DOB [[6.11.2010|dob]]; [[Lily-Mae Beard|name]] (11), DOB [[22.4.2015|dob]], UPN [[V845208722104|upn]]
Conference date: [[10th December 2026|date]]    Author: [[Priya Lulham|name]]

Family: [[Donna Beard|name]] (mother) lives with both children at [[22 Mayhew Way|address]]. [[Wayne Stapley|name]], [[Tyler|name]]'s
father, lives at [[Flat 7, Marine Court|address]], [[Peacehaven|place]] [[BN10 8DP|postcode]], mobile [[07398 125 660|phone]].
[[Lily-Mae|name]]'s father, [[Jordan Cheesman|name]], has not been in contact since 2021.
Since [[16 October|date]] there have been two missing episodes and a threat: on [[20 November|date]] a man knocked at the door
asking for "[[Ty|name]]" and told [[Donna|name]] her son "owes". [[Lily-Mae|name]] is frightened to walk to [[Malling School|school]].
Chronology (summary):
[[14/03/2025|date]] [[Tyler|name]] excluded for a day from [[Priory School|school]] (vape, fight with [[Reece Vinall|name]]).
[[02/09/2026|date]] [[Tyler|name]] seen with [[Callum Giles|name]] at [[Lewes|place]] bus station; reported by PCSO [[Amy Roots|name]].
[[16/10/2026|date]] arrest with drugs (see PPN). [[30/10/2026|date]]-[[01/11/2026|date]] missing; found in [[Southwark|place]].
[[19/11/2026|date]] [[Lily-Mae|name]] told [[Malling School|school]]'s DSL, Mr [[Hyde|name]], that "a man
called [[Kyle|name]]" gave her sweets at the gate and asked where [[Ty|name]] was.
[[20/11/2026|date]] threat at the door; [[Donna|name]] rang 999; the man drove off in a white car towards [[Cliffe|place]].
[[22/11/2026|date]] [[Tyler|name]] stayed with his friend [[Kieran Mepham|name]] at [[8 Pelham Terrace|address]], [[Lewes|place]]
[[BN7 2DR|postcode]]; [[Kieran|name]]'s dad, [[Lee Mepham|name]], rang [[Donna|name]] on [[07723 918 044|phone]] at 23:10.
[[24/11/2026|date]] [[Wayne|name]] attended a meeting at [[Peacehaven|place]] library and agreed to have [[Tyler|name]] at weekends.
[[26/11/2026|date]] NRM positive reasonable grounds decision. Neighbour Mrs [[Iris Fuller|name]] ([[no. 24|address]]) gave a statement.
Views of the family: [[Donna|name]] wants [[Tyler|name]] moved "away from [[Lewes|place]]" to her
sister [[Carly Beard|name]] in [[Burgess Hill|place]] ([[07515 360 284|phone]]). [[Wayne Stapley|name]] says [[Ty|name]] can come to him at
[[Marine Court|address]]. [[Donna|name]]'s friend [[Michelle Stoner|name]] ([[07832 660 147|phone]]) of [[Kingston|place]] has offered a
bed for
[[Lily-Mae|name]]; [[Donna|name]]'s mother [[Sue Beard|name]] died on [[12 February 2026|date]]. [[Tyler|name]]'s boxing coach,
[[Steve Marchant|name]], says [[Ty|name]] "turned up every Tuesday till [[Jonesy|name]]". [[Lily-Mae|name]] drew her house with a big lock
on the door and wrote "[[Lil|name]] and [[Ty|name]] and Mum".
Recommendation: child protection plans for both children under the category of neglect ([[Lily-Mae|name]]) and
physical harm through criminal exploitation ([[Tyler|name]]).
"""),
    ("Snapchat messages between a sister and brother photographed by the mother and typed up", """(typed by SW from photos [[Donna|name]]
sent on [[21/11|date]]; Snapchat, so times only)
[[lil|name]] 🦄: [[ty|name]] where r u
[[lil|name]] 🦄: mum is crying
[[ty|name]]: chill im at dads
[[lil|name]] 🦄: no ur not dad rang
[[ty|name]]: tell mum im ok. dont tell [[priya|name]]
[[lil|name]] 🦄: a man came to the door he said ur name
[[ty|name]]: wat did he look like
[[lil|name]] 🦄: tall. white car. he said tell [[tyler|name]] hes got till fri
[[ty|name]]: ok go bed [[lil|name]] i love u
"""),
]

# --- E. Verrall / Crouch family (white British), Meeching, Newhaven ---------------------------------------------------

HOME_E = d.Address("5 Meeching Rise", "Meeching", "Newhaven", "BN9 9RB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Verrall")], dt.date(2026, 5, 30), addresses=[HOME_E], ids=["4612395700"]),
    _p("m", "mother", [("Kirsty", "Verrall")], dt.date(2005, 12, 1), addresses=[HOME_E], phones=["07584 660 213"],
       ids=["JK 44 81 20 B"]),
    _p("f", "father", [("Liam", "Crouch")], dt.date(2003, 6, 15), addresses=[HOME_E], phones=["07423 755 918"]),
    _p("p1", "professional", [("Nell", "Tidy")], emails=["nell.tidy@nhs.net"]),
], "c")

DOCS_E = [
    ("health visitor's new birth visit note", """HEALTH VISITING - NEW BIRTH VISIT (SystmOne note, copied)
Baby: [[Brooke VERRALL|name]]  DOB [[30/05/2026|dob]]  NHS No. [[461 239 5700|nhs]]
Visit: [[12/06/2026|date]] at [[5 Meeching Rise|address]], [[Meeching|place]], [[Newhaven|place]] [[BN9 9RB|postcode]]
HV: [[Nell Tidy|name]]

Mum [[Kirsty Verrall|name]] (20), first baby, born at the Royal Sussex County Hospital. Partner [[Liam Crouch|name]] (22) present,
on his phone throughout. Home: small 1-bed flat above a takeaway, black mould in bedroom. Moses basket in the living room;
[[Liam|name]] vapes indoors. [[Kirsty|name]] scored 14 on the EPDS. She said her mum, [[Julie Verrall|name]], lives in [[Denton|place]]
"up the hill" but they "don't speak since the baby". Her friend [[Jade Bridger|name]] from the mum and baby group at the Hillcrest
Centre is "the only one who comes round".
Later entries:
[[03/07/2026|date]] 6-8 week review at the Hillcrest Centre. Weight on the 9th centile. [[Kirsty|name]] came with [[Jade Bridger|name]].
[[Liam|name]] did not attend. EPDS 16. [[Kirsty|name]] said [[Liam|name]]'s friend [[Connor Styles|name]] "stays over after the pub".
[[21/07/2026|date]] Phone call: [[Kirsty|name]] tearful, [[Brooke|name]] "screams when [[Liam|name]] holds her". Advised GP.
[[05/08/2026|date]] Seen at clinic with [[Julie Verrall|name]] (maternal gran, [[Denton|place]], [[07781 204 339|phone]]).
[[Brooke|name]] well; bruise-like mark on left cheek, [[Kirsty|name]] said [[Brooke|name]] "scratched herself". Discussed with
safeguarding lead [[Paula Sherlock|name]] on [[06/08/2026|date]]; advised to refer if seen again.
[[30/07/2026|date]] Home visit not answered. Neighbour Mr [[Akins|name]] at [[no. 7|address]] said they had "gone to [[Brighton|place]]".
Phone contacts given: [[Kirsty|name]] [[07584 660 213|phone]]; [[Liam|name]] [[07423 755 918|phone]]; [[Jade|name]]
[[07508 229 417|phone]]. [[Kirsty|name]]'s NI number for the benefits letter: [[JK 44 81 20 B|ni]].
[[Kirsty|name]]'s own words: "[[Liam|name]]'s alright when he's not with [[Connor|name]]. My mum [[Jules|name]] doesn't like him.
[[Shannon|name]]
says I should go back to [[Denton|place]]." Her work coach at the Jobcentre in [[Newhaven|place]] is [[Dean Ferris|name]].
Plan: GP for mood (Dr [[Imran Shafiq|name]]); safe sleep advice; damp letter to landlord; revisit [[26.06.26|date]].
"""),
    ("emergency department safeguarding liaison referral about a baby's injury", """UHSussex - Safeguarding Children Liaison - referral to
children's social care
Child: [[Brooke Verrall|name]], 10 weeks, NHS [[4612395700|nhs]]    Attended: Royal Alexandra Children's Hospital
Date attended: [[09/08/2026|date]] 02:15    Referrer: [[Gemma Harland|name]], Safeguarding Nurse, [[01273 514 926|phone]]

Presentation: brought by ambulance after "a fall from the sofa". Skull X-ray and CT: right parietal fracture. Mother
[[Kirsty|name]] said [[Liam|name]] was feeding her at 01:00 while she slept; [[Liam Crouch|name]] said he left [[Brooke|name]] on the sofa
to get a bottle. Accounts differ on timing. Skeletal survey booked. Paediatrician Dr [[Harriet Bonsu|name]] considers the
injury "not consistent with the account given". Police informed (DC [[Sophie Wickens|name]]).
Other contacts: maternal grandmother [[Julie Verrall|name]] ([[07781 204 339|phone]]); paternal grandmother
[[Sharon Crouch|name]], [[Peacehaven|place]]. Community midwife [[Lou Ridley|name]] saw [[Brooke|name]] on [[1 June|date]], [[3 June|date]]
and [[8 June|date]] - no concerns recorded. GP: Chapel Street Surgery, [[Newhaven|place]] (Dr [[Imran Shafiq|name]]). Skeletal
survey on [[10/08/2026|date]]: two healing rib fractures, posterior, [[Brooke|name]]'s left side. Strategy discussion set for
[[11/08/2026|date]] with DC [[Sophie Wickens|name]] and SW [[Aaron Dunk|name]].
"""),
    ("father's written account dictated to his solicitor's trainee and emailed", """From: [[Ella Garston|name]]
<[[egarston@ousesidelaw.co.uk|email]]>
Sent: [[14 August 2026|date]] 16:02
To: [[nell.tidy@nhs.net|email]]; Ouse Weald Legal
Subject: Mr [[Crouch|name]] - account (draft, not signed)

I, [[Liam Crouch|name]], of [[5 Meeching Rise|address]], [[Newhaven|place]], say: On the night of [[8th/9th August|date]] I got up
to do [[Brookie|name]]'s feed because [[Kirst|name]] was shattered. I put her on the sofa with the cushion and went to the kitchen.
I heard a bang. I did not drop her. My mate [[Connor Styles|name]] was round earlier but left at 11. My mum [[Sharon Crouch|name]]
in [[Peacehaven|place]] can say I am good with babies. I have never hurt her.
Instructed: Ouseside Law LLP
"""),
    ("family group conference plan written with the family", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Brooke|name]]    Held: Saturday [[3rd October 2026|date]], Newhaven Fort meeting room    Coordinator: [[Mo Antill|name]]
Who came: [[Kirsty|name]] (mum), Nanny [[Julie|name]], Aunty [[Shannon Verrall|name]], [[Jade|name]] (friend), Great-gran
[[Pat Verrall|name]]
by video from [[Tenerife|place]]. [[Liam|name]] was not invited (bail conditions).
Also helping: [[Kirsty|name]]'s friend [[Jade|name]] ([[07508 229 417|phone]]) and Pastor [[Femi Ojo|name]] from the church
on [[Fort Road|address]] (he does the food bank).

Our plan:
Worries the family wrote down: [[Liam|name]] knows where Nanny [[Julie|name]] lives; his brother [[Kane Crouch|name]] drives a silver
Corsa [[HV17 KXR|vehicle]] and has been seen on [[Fort Road|address]] on [[27 September|date]] and [[1 October|date]].
1. [[Brooke|name]] and [[Kirsty|name]] live with Nanny [[Julie|name]] at [[41 Fort Road|address]] ([[Denton|place]]). Nanny
[[Julie|name]]'s number
[[07781 204 339|phone]].
2. [[Shannon|name]] does Tuesdays and Thursdays so [[Kirsty|name]] can go to college in [[Lewes|place]].
3. Nobody lets [[Liam|name]] see [[Brooke|name]] until the court says.
4. If we are worried we ring [[Nell|name]] or the social worker, [[Aaron Dunk|name]].
"""),
]

# --- F. Pelling / Ade family (white British and British Nigerian), East Blatchington, Seaford ---------------------------

HOME_F = d.Address("18 Blatchington Hill", "East Blatchington", "Seaford", "BN25 2AJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Daisy", "Ade")], dt.date(2017, 9, 9), addresses=[HOME_F], ids=["3951728469", "F845203355019"],
       schools=["Chyngton School"]),
    _p("m", "mother", [("Stacey", "Pelling")], dt.date(1994, 2, 2), phones=["07912 554 806"]),
    _p("g", "grandparent", [("Roger", "Pelling")], dt.date(1958, 10, 17), addresses=[HOME_F], phones=["01323 897 215"]),
    _p("g2", "grandparent", [("Maureen", "Pelling")], dt.date(1960, 1, 5), addresses=[HOME_F]),
    _p("p1", "professional", [("Fiona", "Gosden")], emails=["fiona.gosden@ouseweald.gov.uk"]),
], "c")

DOCS_F = [
    ("kinship carer viability assessment", """KINSHIP CARE - INITIAL VIABILITY ASSESSMENT
Child: [[Daisy Ade|name]], DOB [[9th September 2017|dob]], UPN [[F845203355019|upn]]
Proposed carers: [[Roger Pelling|name]] and [[Maureen Pelling|name]] (maternal grandparents), [[18 Blatchington Hill|address]],
[[East Blatchington|place]], [[Seaford|place]] [[BN25 2AJ|postcode]], tel. [[01323 897 215|phone]]
Assessor: [[Fiona Gosden|name]]    Visits: [[4 Nov 2026|date]] and [[11 Nov 2026|date]]

[[Daisy|name]] (9) has lived with her grandparents since [[19 October|date]], when her mother [[Stacey Pelling|name]] was arrested in
[[Eastbourne|place]]. [[Daisy|name]]'s father, [[Tunde Ade|name]], lives in [[Lagos|place]] ([[14 Adeola Odeku Street|address]],
[[Victoria Island|place]]; [[+234 803 412 7759|phone]]) and speaks to her on WhatsApp; he supports the placement.
[[Roger|name]] is 68 and has COPD; [[Maureen|name]] does the school run to [[Chyngton School|school]]. Their lodger, [[Baz Hurst|name]],
will move out by [[30/11|date]] (DBS not possible in time). [[Daisy|name]]'s godmother, [[Yetunde Bello|name]] in [[Croydon|place]], offers
holidays. Household and network: [[Roger|name]] (born [[17/10/1958|dob]]) and [[Maureen|name]] (born [[05/01/1960|dob]]); their son
[[Mark Pelling|name]] lives in [[Bexhill|place]] and visits on Sundays; [[Maureen|name]]'s sister [[Jean Farncombe|name]] is at
[[2 Sutton Park Road|address]], [[Seaford|place]]. [[Stacey|name]]'s ex-partner [[Darren Keet|name]] (not [[Daisy|name]]'s father) has a
history of violence and knows the address; [[Roger|name]] has fitted a video doorbell. [[Daisy|name]]'s paternal aunt, [[Folake Ade|name]],
lives in [[Peckham|place]] ([[07404 551 238|phone]]) and would like contact. Checks: police ([[13/11/2026|date]]), GP (Dr
[[Anita Rao|name]], [[14/11/2026|date]]), local authority ([[13/11/2026|date]]) - nothing of concern for [[Roger|name]] or [[Maureen|name]].
School: [[Daisy|name]]'s class teacher is Mrs [[Okonjo|name]]; her reading buddy is [[Poppy Lemmon|name]] of [[Sutton
Avenue|address]]; [[Poppy|name]]'s mum, [[Kerry Lemmon|name]], has her after school on Wednesdays ([[07367 205 991|phone]]).
Recommendation: viable; proceed to full assessment (Form C).
"""),
    ("minutes of a looked after child review held at the school", """LOOKED AFTER CHILD REVIEW - MINUTES
[[Daisy Ade|name]] - first review, [[2 December 2026|date]], held at [[Chyngton School|school]]    IRO: [[Helen Marchant|name]]
Present: [[Maureen Pelling|name]], [[Roger Pelling|name]], [[Fiona Gosden|name]] (SW), Mrs [[Okonjo|name]] (class teacher),
[[Daisy|name]] for the first 10 minutes. Mother [[Stacey|name]] joined by phone from HMP Bronzefield.

[[Daisy|name]] said she likes living with "Nana and Pops" and her rabbit Pudding, and that she wants to see "Daddy [[Tunde|name]]" at
Christmas. Mrs [[Okonjo|name]] said [[Daisy|name]] is reading above her age and has a best friend, [[Poppy Lemmon|name]].
[[Stacey|name]] asked that [[Daisy|name]] is not told about the court date ([[15 January 2027|date]]).
Next review: [[2nd June 2027|date]].
Present by phone for item 3 only: Auntie [[Folake|name]] ([[Folake Ade|name]]), from [[Peckham|place]].
Note taker: [[Becca Wood|name]], [[02/12/2026|date]].
Actions: [[Fiona Gosden|name]] to arrange contact with [[Tunde Ade|name]] by video (by [[18/12/2026|date]]) and with
[[Folake Ade|name]] in [[Peckham|place]] (by [[31/01/2027|date]]). [[Maureen Pelling|name]] to apply for the kinship allowance.
[[Helen Marchant|name]] to write to [[Stacey Pelling|name]] at HMP Bronzefield. Mrs [[Okonjo|name]] to ask [[Chyngton School|school]]'s
ELSA, [[Gill Tapp|name]], to see [[Daisy|name]] weekly. [[Roger Pelling|name]] to tell the police about [[Darren Keet|name]].
"""),
    ("mother's letter from prison to her daughter copied to the file", """HMP Bronzefield - [[Pelling|name]] A8812CF - hse block 2
[[23.11.26|date]]
To my [[Daisy|name]] doo 💜
Hello baby girl. Nana says you got a star for reading, I am so proud. I am ok in here, the food is rubbish but I have a
friend called [[Mags|name]] who does my hair. Give Pops a hug from me and tell him to stop smoking!! Say hi to [[Poppy|name]].
Daddy rang Nana from [[lagos|place]] he said you are getting big. Be good for Nana and Mrs [[Okonjo|name]].
Tell [[Poppy|name]]s mum thank you for the party. [[Mags|name]] says hi. Auntie [[Folake|name]] wrote to me too, she is
coming to [[Seaford|place]] on the [[19th|date]]. My birthday is [[2nd Feb|date]] - Nana will help you make a card.
I will see you soon I promise. Love you to the moon,
Mummy [[Stace|name]] xxx
"""),
    ("independent reviewing officer's email to the grandparents", """From: [[Helen Marchant|name]]
<[[helen.marchant@ouseweald.gov.uk|email]]>
To: [[rogmo.pelling@btinternet.com|email]]
Date: Thu, [[3 Dec 2026|date]] 09:14
Subject: [[Daisy|name]]'s review - thank you

Dear [[Maureen|name]] and [[Roger|name]],
Thank you for yesterday. As agreed, I have asked [[Fiona|name]] to set up the video contact with [[Tunde|name]] (his number
[[+234 803 412 7759|phone]]) for Sunday [[20 December|date]], and to check the dates for [[Daisy|name]]'s visit to [[Stacey|name]]. I know
the journey to [[Ashford|place]] in Surrey is long; the Family Support Worker, [[Kelly Tamplin|name]], can drive.
Kind regards, [[Helen|name]]
cc: [[Fiona Gosden|name]]; [[Kelly Tamplin|name]]; [[Gill Tapp|name]] ([[Chyngton School|school]])

--- reply ---
From: [[rogmo.pelling@btinternet.com|email]]
Sent: [[3 December 2026|date]] 19:40
PS from [[Maureen|name]]: [[Stacey|name]]'s probation officer, [[Nadine Cottingham|name]], rang on [[2 Dec|date]]
([[01273 514 926|phone]]) - she wants to speak to you before [[15 January|date]].
Thank you [[Helen|name]]. [[Daisy|name]] has made a card for her mum. [[Roger|name]] says [[Kelly|name]] can drive but he will come as
well. Our neighbour [[Bev Lulham|name]] at [[no. 20|address]] will feed Pudding. One thing - [[Darren|name]] was outside
[[Chyngton School|school]] on Tuesday [[1st|date]], Mrs [[Okonjo|name]] saw him. We rang [[Fiona|name]]. Regards [[Mo|name]] &
[[Roger|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 178 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:29 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "bfo", "maître", "maitre", "monsieur",
           "madame", "nurse", "sister", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "great-gran", "grandma",
           "grandad", "pops", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "mamà", "mama", "pèire", "babbu", "pastor"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "sussex", "east sussex",
               "west sussex", "surrey", "kent", "corsica", "corse", "france", "béarn", "bearn", "gascony", "nigeria", "spain",
               "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# checks of sets 6 to 13) with this set's titles and kinship words ("BFO Nadia Kember", "Maître Paoli", "Great-gran Pat",
# "Pops", "Mamà") and counties, regions and countries ("East Sussex", "Surrey", "Corsica", "Béarn").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
