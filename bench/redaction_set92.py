"""Set 92: a held-out hand-written set for the redaction detector, six more invented families in Swale and the Isle of
Sheppey, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set90.py, redaction_set91.py and redaction_set93.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its docstring, its first family's records and first document, its
last documents, its word lists and the code after its documents) and tests/test_redaction_set21.py in full (the layout and
marking conventions followed here); the docstrings only of bench/redaction_set7.py to redaction_set89.py (printed with ast
and searched for the towns of Swale and Sheppey and for communities, to choose homes and communities no earlier set used as a
family's home or community: set 19's Marine Town, Sheerness was the only earlier Swale home); the `_party`, `Records` and
`HandSet` helpers of bench/redaction_handwritten.py; and the ruff settings in pyproject.toml. Set 15's checker was imported
and run, not read. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in
the gold marking is found after scoring, correct only the marking and say so here.

Six families in Swale, each from a town, district or estate no earlier set used as a family's home. Four of the kinds most
common in children's social care: a white British family in Murston, Sittingbourne, with a grandmother in Teynham and an aunt
in Iwade (Pettman / Ovenden; a boy of 7 with global developmental delay, finger-mark bruising, a partner's drinking and
cannabis, a girl of 12 caring in the evenings), a white British family in a holiday chalet at Leysdown-on-Sea, with a
grandmother in Minster-on-Sea (Cheeseman / Brett; a chalet park closing for the winter, a baby with chest infections, a girl
of 10 minding the baby, homelessness), a white British family in Eastchurch with the father in the prison a mile away
(Hoad / Tritton; a restraining order, a paternal grandmother passing messages at the school gate, a child's letters to his
father) and a Slovenian family in Milton Regis, Sittingbourne, with a grandmother in Maribor and a father driving lorries
across Europe (Novak / Kranjc; a boy of 15 criminally exploited through county lines to Sheerness and Queenborough, a
mother working nights). Two from communities no earlier set used: a Finnish mother and a white British father in Davington,
Faversham, with a grandmother in Tampere and an uncle in Nokia (Lehtinen / Wade; domestic abuse, a mother held under bath
water, a girl of 11 who told her teacher) and a family of Tristan da Cunha islanders in Rushenden, Queenborough, with a
grandfather in Edinburgh of the Seven Seas (Repetto / Glass / Swain / Lavarello; a father lost at sea, a boy of 14 bullied
as "the penguin boy" who took an overdose, a mother drinking). 24 documents: a social worker's case note of an unannounced
visit, an older sibling's Snapchat messages typed up by a teaching assistant, a school's child protection conference report,
a chronology for the court bundle, strategy discussion minutes, a grandmother's letter in Finnish with the interpreter's
translation, a mother's WhatsApp voice notes transcribed and translated, a health visitor's record, a secondary school's
early help referral form, team around the family minutes, a father's email from a lorry cab, a police exploitation
intelligence submission scanned with OCR errors, a child and family assessment summary, a chalet park manager's incident book
and notice typed up, a child's "three houses" direct work, a housing officer's email exchange, a hospital liaison
safeguarding referral after self-harm, a grandfather's handwritten letter from the island, scanned, a family Messenger
group pasted by the mother, a school's suspension letter, a prison offender manager's child contact risk assessment, a
child's letter to his father with the social worker's redaction note, core group notes typed fast on a phone, and a
mother's own statement for a review.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Finland, Slovenia, Tristan da Cunha, South Africa); NHS numbers and UPNs (LA 886,
Kent) pass their check digits; NI numbers have a valid format. The council (Kingsferry County Council, its Front Door), the
chalet park (Harty Ferry Chalet Park), Murston Brook Primary School, the interpreting agency (Language Bridge) and the
pre-school (Little Acorns) are invented; towns, villages, districts, real schools, hospitals, prisons (HMP Swaleside, HMP
Elmley), Swale Borough Council, Swale House, Kent Police, NHS bodies, shops, pubs, parks, ships, charities, programmes and
apps are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, HV, Auntie, Aunt, Grandad, nanny, and the Finnish "mummo" and "äiti") stay outside the name span; a possessive 's
and a bare s in texting ("tracey"s) stay outside; every person's name is a name in every form, record or not. "SURNAME,
First" is one span ("PETTMAN, Kayden", "GLASS, Conrad", "SHEPHERD, Kyle Anth0ny"), and so is "SURNAME First" ("CHEESEMAN
Jade") and "First SURNAME" ("Aino WADE"); an initial with a surname is one span ("H Gale", "L Repetto", "J Cheeseman");
initials alone ("C.P.") are not marked; a name broken by a line break is one span holding the break, and so is an address,
a place, a school or a date; social media handles ("laceymae.x", "jojo_2k14") are not marked; a nickname in quotation marks
between a first name and a surname is a span of its own ("Dorothy Wraight" and "Dot"; "Gareth", "Gaz" and "Tapp"). A street
address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a
neighbour's bare chalet or flat number ("Chalet 116", "van 119", "Flat 6") and an address abroad ("Hämeenkatu 14 B 22",
Tampere; "Gosposka ulica 9", Maribor); towns, cities, villages, districts and estates are places, at home or abroad; countries,
counties and regions are not ("Kent", "Slovenia", "Suomi", "Austria"); organisations are not marked even when they hold a
town's name ("Faversham Health Centre", "Sheppey Community Hospital", "Milton Regis Surgery", "Swale Borough Council"); a
school's name is a school, and so is its short form ("Murston Brook", "Fulston Manor", "Eastchurch", "Milton Court"); a date of
birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and a bare day ("the 12th") is a
date; months and years alone are not marked; pets' names ("Biscuit", "bob" the cat) are not names; parks, country parks,
bridges, ships and airports are landmarks and stay unmarked (Milton Creek Country Park, the Sheppey Crossing, SA Agulhas II,
Gatwick); a first name or surname that is also a word or a town is marked by what it refers to ("Summer", "Ash"/"ash", "Dean",
"Tristan", "Gale" and "Brook" are names when they are people; "Nokia" is a place when it is the Finnish town; "Tristan" in the
family group's title is the island, a place); a service named by its town ("the Leysdown children's centre", "the Sheppey
centre", "the Sheerness clinic") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: as in set 21, a holiday
park's name is an address wherever it appears ("Harty Ferry Chalet Park", "HARTY FERRY CHALET PARK", "Harty Ferry"), since it
locates the family's home, and so is the chalet number alone ("Chalet 118", "chalet 118", "118"); Tristan da Cunha, a single
inhabited island, is a place as set 19's Sheppey was, and so are its settlement "Edinburgh of the Seven Seas", "the
Settlement"/"Settlement" and "Hottentot Gulch", while the uninhabited Nightingale Island is a landmark; the island's shared
postcode ("TDCU 1ZZ") is a postcode and a Finnish or Slovenian postcode ("33100", "2000") is a postcode; a name or town with
a Finnish case ending ("Ainon", "Favershamiin", "Nokiassa") marks the stem only, the ending staying outside as an English
possessive does; OCR mis-readings keep their kind ("N0VAK, Luka", "Milt0n Regis", "LR20 0XH", "12/ll/2026"); a word break
with a hyphen ("Sitting-\nbourne") is one place span holding the break; a street nickname ("Sheps",
"SHEPS") is a name, like an alias; a dog named in a letter beside people ("Patch") is a pet and is not marked; a prison
number, a crime or intel reference and a PSI number are not marked.

Self-check without the detector: `python -m bench.redaction_set92` (and tests/test_redaction_set92.py) runs set 15's checker
(which runs the earlier sets' checks) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents, 925 gold spans, 518 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pettman / Ovenden family (white British), Murston, Sittingbourne ---------------------------------------------------

HOME_A = d.Address("22 Gas Road", "Murston", "Sittingbourne", "ME10 3AT")
NAN_A = d.Address("5 Lynsted Lane", "", "Teynham", "ME9 9QN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Pettman")], dt.date(2019, 4, 17), addresses=[HOME_A], ids=["6898894196"],
       schools=["Murston Brook Primary School"]),
    _p("s", "sibling", [("Lacey-Mae", "Ovenden")], dt.date(2014, 8, 2), addresses=[HOME_A],
       ids=["8721950008", "E886603382579"], schools=["Murston Brook Primary School"]),
    _p("m", "mother", [("Shannon", "Pettman")], dt.date(1996, 1, 9), addresses=[HOME_A], phones=["07781 305 662"],
       ids=["JT 44 81 20 B"]),
    _p("f", "partner", [("Reece", "Ovenden")], dt.date(1993, 6, 28), addresses=[HOME_A], phones=["07412 889 530"]),
    _p("g", "grandparent", [("Carol", "Pettman")], dt.date(1970, 12, 3), addresses=[NAN_A], phones=["01795 423 816"]),
    _p("p1", "professional", [("Harriet", "Gale")], phones=["03000 415 772"], emails=["harriet.gale@kingsferry.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of an unannounced home visit", """CASE NOTE - Kingsferry County Council Children's Services
Child: [[Kayden PETTMAN|name]]   DOB: [[17/04/2019|dob]]   NHS: [[689 889 4196|nhs]]
Address: [[22 Gas Road|address]], [[Murston|place]], [[Sittingbourne|place]] [[ME10 3AT|postcode]]
Worker: [[Harriet Gale|name]] (social worker, Swale Children in Need team)
Date of visit: Tuesday [[3 November 2026|date]], 16:10 to 17:05 (unannounced)

Present: [[Shannon Pettman|name]] (mother), [[Kayden|name]], [[Lacey-Mae Ovenden|name]] (12), and for the last ten minutes
[[Reece Ovenden|name]] (mother's partner, [[Lacey-Mae|name]]'s father).

I knocked twice. [[Lacey-Mae|name]] opened the door still in her [[Murston Brook|school]] uniform and said "Mum's upstairs". The hallway
smelt of cannabis and there was a broken baby gate on the stairs. [[Kayden|name]] was in the front room in a nappy, which is not
usual for a boy of seven; [[Shannon|name]] said he has "gone back" since the summer. He has a diagnosis of global
developmental delay and is on the SEN register at [[Murston Brook|school]].

[[Shannon|name]] came down and was polite but tired. She said [[Reece|name]] was "down the Bell" (the pub on [[Bell Road|address]]) and that
her mum, [[Carol|name]], had the children most of the weekend in [[Teynham|place]]. She said the neighbour at number 20,
[[Dot|name]], "sticks her nose in" and had rung the police on [[31 October|date]] about shouting. I asked about the bruise
Miss [[Acott|name]] saw on [[Kayden|name]]'s upper arm on [[2 November|date]]; [[Shannon|name]] said he fell off the sofa.
[[Lacey-Mae|name]] said quietly, when her mum went to the kitchen, that "[[Reece|name]] grabbed him cos he wouldn't stop
screaming".

[[Reece Ovenden|name]] came in at 16:55, smelling of drink, said "what's she doing here" and went upstairs. I said I would
speak to him on [[5 November|date]] and left my number ([[03000 415 772|phone]]).

Actions: strategy discussion with police and school ([[Harriet|name]], by [[4/11/26|date]]); check with the GP at
Milton Regis Surgery about the arm; ring nan [[Carol Pettman|name]] on [[01795 423 816|phone]] to ask whether the children can
stay with her in [[Lynsted Lane|address]] while enquiries are made.

Addendum, [[4 November 2026|date]], 09:20 ([[H. Gale|name]]): rang [[Carol Pettman|name]] ([[01795 423 816|phone]]). She is at
QEQM until the [[12th|date]]. She said her other daughter, [[Kerry Pettman|name]], in [[Iwade|place]], could have the children "for
a week, no more", and that [[Kerry|name]]'s partner [[Dean Ashdown|name]] drives for a firm in [[Sheerness|place]]. [[Carol|name]]
said [[Reece|name]] "had a temper even at school in [[Faversham|place]]" and that his mother, [[Brenda Ovenden|name]], lives at
[[Flat 9, Roman Square|address]], [[Sittingbourne|place]] [[ME10 4BJ|postcode]] and "won't help". [[Shannon|name]]'s NI number,
from the benefits letter she showed me, is [[JT 44 81 20 B|ni]]. [[Reece|name]]'s number is [[07412 889 530|phone]]; he did not
answer at 09:40 or 11:15. Texted [[Shannon|name]] on [[07781 305 662|phone]] to confirm the strategy discussion time.
[[Kayden|name]]'s paediatrician is Dr [[Sunita Rao|name]]; his next appointment is [[20 January 2027|date]]. [[Lacey-Mae|name]]'s
new head of year at [[The Westlands School|school]] is Mr [[Tom Judges|name]], [[01795 470 233|phone]]; DSL there is
[[Anita Cole|name]]. Discussed with [[Malcolm Bird|name]] (chair) and my manager [[Owen Mercer|name]] at 12:00.
"""),
    ("older sibling's Snapchat messages typed up by a teaching assistant", """Typed up by [[Kelly Sattin|name]] (TA, [[Murston
Brook Primary|school]]) from [[Lacey-Mae|name]]'s phone, with her agreement, [[06.11.2026|date]]. Spelling as on the screen.
Usernames left as shown; the names in brackets are who [[Lacey-Mae|name]] told me they are.

laceymae.x: he did it again last nite
jojo_2k14 ([[Jodie Seager|name]], Year 7 at the Westlands): who
laceymae.x: [[reece|name]]. [[kayden|name]] wouldnt sleep n he shoved him in the cot thing
jojo_2k14: omg tell miss [[acott|name]]
laceymae.x: no shell tell social n they'll take us like [[tyler|name]] from [[kemsley|place]]
jojo_2k14: ur nan would have u tho
laceymae.x: nan [[carol|name]] is in hospital til thurs in [[margate|place]]. her hip
jojo_2k14: come to mine. mums at work til 10 but [[ash|name]] is in
laceymae.x: cant leave [[kayden|name]]
jojo_2k14: wheres ur mum
laceymae.x: sleepin. she took them tablets [[dot|name]] gave her
jojo_2k14: is [[dot|name]] the old lady at no 20
laceymae.x: ye. she smokes with mum in the garden
jojo_2k14: my mums number is [[07985 126 347|phone]] if u need. ring her
laceymae.x: k ty. dont tell [[ash|name]]. hes got a big mouth at the [[Sittingbourne|place]] skate park
laceymae.x: [[reece|name]] is back. gtg

Note by [[K. Sattin|name]]: [[Lacey-Mae|name]] showed me this at 08:40 on Friday [[6 November|date]]. I gave it to Mrs [[Rebecca
Acott|name]] (DSL) at 08:50.
"""),
    ("child protection conference report section written by the school", """INITIAL CHILD PROTECTION CONFERENCE - REPORT FROM SCHOOL
School: [[Murston Brook Primary School|school]], [[Sittingbourne|place]]     Author: [[Rebecca Acott|name]], DSL
Conference date: [[19 November 2026|date]]     Chair: [[Malcolm Bird|name]] (independent chair)
Children: [[PETTMAN, Kayden|name]] (Year 2, SEN support) and [[OVENDEN, Lacey-Mae|name]] (Year 7 - left us in July; now at
[[The Westlands School|school]]; UPN [[E886603382579|upn]] passed on with her file)

1. Attendance. [[Kayden|name]]'s attendance this term is 81%. Most absences are Mondays. On [[12 October|date]] and
[[19 October|date]] Mrs [[Pettman|name]] rang to say he was "poorly"; on [[26 October|date]] nobody rang.
2. Presentation. [[Kayden|name]] often arrives hungry and in the same clothes. Our family liaison officer [[Sue Marsh|name]]
takes him to breakfast club. On [[2 November|date]] I saw a bruise of four finger marks on his left upper arm and spoke to
[[Shannon|name]], who said he fell.
3. Voice of the child. [[Kayden|name]] has limited speech. With his 1:1, Mr [[Joe Brook|name]], he uses a "feelings fan". On
three days he pointed to "scared" when asked about home, and on [[9 November|date]] he said "[[Reece|name]] shout".
4. [[Lacey-Mae|name]]. Although she has left, [[Lacey-Mae|name]] still comes to collect [[Kayden|name]]. She is 12. [[Kelly
Sattin|name]] typed up the messages on her phone (attached). We are worried she is the main carer in the evenings.
5. Relationships. [[Shannon|name]] works with us when asked. Grandmother [[Carol Pettman|name]] is a protective person, but she
has been in QEQM Hospital in [[Margate|place]] for a hip operation.
School recommends a child protection plan under the category of physical abuse and neglect.
"""),
    ("chronology extract for the family court bundle", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Kayden Pettman|name]] and
[[Lacey-Mae Ovenden|name]]
Prepared by [[H. Gale|name]], [[30/11/2026|date]]. Source in brackets.

[[17.04.2019|dob]]   [[Kayden|name]] born at Medway Maritime Hospital. (Health)
[[02.08.2014|dob]]   ([[Lacey-Mae|name]]'s date of birth, for the index.) Father [[Reece Ovenden|name]]; mother [[Shannon Pettman|name]].
[[20.06.2019|date]]   HV [[Nadia Cheesman|name]]'s new birth visit at [[Flat 3, 41 Staplehurst Road|address]]: [[Shannon|name]] low
             in mood, living with her friend [[Jess Wickens|name]] and [[Jess|name]]'s boyfriend [[Callum|name]]. (Health)
[[9 Jan 2020|date]]   [[Reece|name]] moves back in. [[Lacey-Mae|name]] starts at [[Murston Brook|school]] nursery. (School)
[[11.02.2021|date]]   Police called to [[Shannon|name]]'s then flat, [[Flat 3, 41 Staplehurst Road|address]], [[Sittingbourne|place]]
             [[ME10 2NY|postcode]]: argument with [[Reece Ovenden|name]]. No further action. (Kent Police)
[[02.09.2022|date]]   Family move to [[22 Gas Road|address]], [[Murston|place]]. (Housing)
[[14.03.2024|date]]   Health visitor [[Nadia Cheesman|name]] notes [[Kayden|name]] not walking; referral to paediatrics at
             Sheppey Community Hospital. (Health)
[[5 Jul 2025|date]]   [[Reece|name]] arrested in [[Faversham|place]] for drink driving in a white Transit, [[GU19 KZP|vehicle]]. (Police)
[[31.10.2026|date]]   Neighbour at no. 20, Mrs [[Dorothy Wraight|name]] ("[[Dot|name]]"), rings 101 about shouting. (Police)
[[02.11.2026|date]]   Bruise to [[Kayden|name]]'s arm seen by Mrs [[Acott|name]]. (School)
[[03.11.2026|date]]   Unannounced home visit, [[H Gale|name]]. (SW)
[[06.11.2026|date]]   [[Lacey-Mae|name]]'s messages shown to school. (School)
[[07.11.2026|date]]   Strategy discussion: DC [[Priya Rendall|name]], [[Rebecca Acott|name]], [[Harriet Gale|name]]. Section 47
             enquiries agreed. Children go to nan [[Carol|name]] at [[5 Lynsted Lane|address]], [[Teynham|place]] [[ME9 9QN|postcode]]
             (she is home from hospital on [[12th|date]]; till then Aunt [[Kerry Pettman|name]], [[Iwade|place]]).
[[19.11.2026|date]]   ICPC: plans under physical abuse and neglect. Chair [[Malcolm Bird|name]]; core group named:
             [[Shannon|name]], [[Carol|name]], [[Kerry|name]], [[Rebecca Acott|name]], [[Anita Cole|name]], [[Harriet Gale|name]].
[[24.11.2026|date]]   [[Reece|name]] arrested at [[22 Gas Road|address]] for breach of bail; bailed to his mother [[Brenda Ovenden|name]]
             at [[Flat 9, Roman Square|address]], [[Sittingbourne|place]]. (Police, PC [[Harry Dawkes|name]])
[[28.11.2026|date]]   [[Lacey-Mae|name]] tells [[Anita Cole|name]] at [[The Westlands|school]] that [[Reece|name]] has been texting her from
             [[07523 118 042|phone]]. Number passed to DC [[Rendall|name]]. (School)
"""),
]


# --- B. Lehtinen / Wade family (Finnish mother, white British father), Davington, Faversham ----------------------------------

HOME_B = d.Address("9 Priory Row", "Davington", "Faversham", "ME13 7EQ")
MUMMO_B = d.Address("Hämeenkatu 14 B 22", "", "Tampere", "33100")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Aino", "Wade")], dt.date(2015, 2, 20), addresses=[HOME_B], ids=["2929926724", "G886136526641"],
       schools=["Davington Primary School"]),
    _p("s", "sibling", [("Eetu", "Wade")], dt.date(2020, 10, 8), addresses=[HOME_B], ids=["1271656043"]),
    _p("m", "mother", [("Kaisa", "Lehtinen")], dt.date(1988, 5, 15), addresses=[HOME_B], phones=["07523 447 190"]),
    _p("f", "father", [("Gary", "Wade")], dt.date(1984, 9, 1), addresses=[HOME_B], phones=["07944 318 265"],
       ids=["PW 12 58 03 D"]),
    _p("g", "grandparent", [("Ritva", "Lehtinen")], dt.date(1959, 3, 30), addresses=[MUMMO_B], phones=["+358 40 718 2265"]),
    _p("p1", "professional", [("Owen", "Mercer")], phones=["01795 417 602"], emails=["owen.mercer@kingsferry.gov.uk"]),
], "c")

DOCS_B = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (Kingsferry County Council / Kent Police / health / education)
Children: [[Aino WADE|name]] (DOB [[20.02.2015|dob]]) and [[Eetu WADE|name]] (DOB [[08.10.2020|dob]])
Address: [[9 Priory Row|address]], [[Davington|place]], [[Faversham|place]], [[ME13 7EQ|postcode]]
Date: [[10 November 2026|date]], 11:00, Teams      Chair: [[Owen Mercer|name]], team manager
Present: [[Owen Mercer|name]]; DC [[Lauren Finch|name]] (Kent Police, Faversham CID); [[Paula Wren|name]] (named nurse);
[[Ben Ruffle|name]] (headteacher, [[Davington Primary|school]]); [[Tessa Kingsmill|name]] (social worker, minutes)

Reason: on [[9 November|date]] [[Aino|name]] (11) told her teacher, Mrs [[Hart|name]], that her father [[Gary Wade|name]] "held
Mum under the water in the bath" on Saturday night and that she and [[Eetu|name]] hid in the airing cupboard. [[Aino|name]]
said her mother, [[Kaisa Lehtinen|name]], told her not to tell "because then we go to Suomi" - the mother is
Finnish; the children speak Finnish at home and call their grandmother in [[Tampere|place]] "mummo".
Police: DC [[Finch|name]] says three DA call-outs since 2024, the last on [[22 August 2026|date]], from [[Kaisa|name]]'s
friend [[Minna Koskinen|name]] in [[Whitstable|place]] ([[07592 714 806|phone]]). [[Gary|name]] (NI [[PW 12 58 03 D|ni]]) has a
caution for assault on a
man in [[Boughton-under-Blean|place]]. He drives a blue Skoda Octavia, [[KN68 WTE|vehicle]].
Health: [[Eetu|name]] missed his pre-school check twice. [[Kaisa|name]] was seen at the Faversham Health Centre on
[[2/11/2026|date]] with a cut to the scalp, said to be from the kitchen cupboard.
Decision: section 47 enquiries, joint. [[Tessa|name]] and DC [[Finch|name]] to see [[Aino|name]] at school today with a
Finnish interpreter, [[Sanna Heikkilä|name]] (Language Bridge). [[Kaisa|name]] to be seen alone, on her mobile
[[07523 447 190|phone]] (not the landline). If [[Gary|name]] is home, safety plan: [[Kaisa|name]] and the children to [[Minna|name]]'s
at [[14 Regent Street|address]], [[Whitstable|place]] [[CT5 1JQ|postcode]].
"""),
    ("grandmother's letter in Finnish with the interpreter's translation", """[[Tampere|place]], [[12.11.2026|date]]

Hyvä sosiaalityöntekijä [[Tessa|name]],
olen [[Aino|name]]n ja [[Eetu|name]]n mummo, [[Ritva Lehtinen|name]]. [[Kaisa|name]] soitti minulle eilen ja itki. Hän sanoi,
että [[Gary|name]] on ollut väkivaltainen jo monta vuotta. Minä voin tulla [[Faversham|place]]iin heti. Osoitteeni on
[[Hämeenkatu 14 B 22|address]], [[33100|postcode]] [[Tampere|place]], puhelin [[+358 40 718 2265|phone]].
[[Aino|name]] ja [[Eetu|name]] voivat asua meillä. Poikani [[Jussi|name]] asuu [[Nokia|place]]ssa ja hänellä on iso auto.
Ystävällisin terveisin, [[Ritva Lehtinen|name]]

TRANSLATION by [[Sanna Heikkilä|name]], Language Bridge, [[16 November 2026|date]]
"[[Tampere|place]], [[12.11.2026|date]]. Dear social worker [[Tessa|name]], I am the grandmother ('mummo') of [[Aino|name]] and
[[Eetu|name]], [[Ritva Lehtinen|name]]. [[Kaisa|name]] rang me yesterday and cried. She said that [[Gary|name]] has been violent for
many years. I can come to [[Faversham|place]] at once. My address is [[Hämeenkatu 14 B 22|address]], [[33100|postcode]]
[[Tampere|place]], telephone [[+358 40 718 2265|phone]]. [[Aino|name]] and [[Eetu|name]] can live with us. My son [[Jussi|name]]
lives in [[Nokia|place]] and he has a big car. Kind regards, [[Ritva Lehtinen|name]]"
Interpreter's note: Finnish adds endings to names and towns ("[[Aino|name]]n" = [[Aino|name]]'s; "[[Faversham|place]]iin" = to
[[Faversham|place]]; "[[Nokia|place]]ssa" = in [[Nokia|place]], a town near [[Tampere|place]], not the phone company).
"""),
    ("mother's WhatsApp voice notes transcribed by the interpreter", """Voice notes from [[Kaisa Lehtinen|name]] to her friend
[[Minna Koskinen|name]], sent between [[7|date]] and [[8 November 2026|date]], played to me by [[Minna|name]] and transcribed and
translated by [[S. Heikkilä|name]] on [[11/11/2026|date]]. Finnish in brackets where the words matter.

[[07/11/2026|date]] 22:14 [[Kaisa|name]]: [[Minna|name]] he is drinking again. He says I am a stupid foreigner and [[Aino|name]] heard.
[[07/11/2026|date]] 23:40 [[Kaisa|name]]: (hän painoi minut veden alle) he pushed me under the water. I'm ok. Don't ring anyone.
[[08/11/2026|date]] 07:02 [[Kaisa|name]]: kids are ok. [[eetu|name]] wet the bed. [[Gary|name]] has gone to [[Canterbury|place]] to
his brother [[Dean|name]]'s, he'll be back Sunday
[[08/11/2026|date]] 07:05 [[Minna|name]]: come to us. [[Petri|name]] can fetch you. what is your new number
[[08/11/2026|date]] 07:09 [[Kaisa|name]]: same, [[07523 447 190|phone]]. I can't leave, my passport is in his van
[[08/11/2026|date]] 09:30 [[Kaisa|name]]: äiti... sorry, I mean mum, [[Ritva|name]], says fly home. but [[aino|name]]'s school
and [[eetu|name]]'s nursery [[Little Acorns|school]]

Interpreter's note: "äiti" is "mum" and "mummo" is "granny"; neither is a name.
"""),
    ("health visitor's record of a home visit", """HEALTH VISITING RECORD - [[Eetu Wade|name]]   NHS No. [[127 165 6043|nhs]]
[[13/11/2026|date]] Home visit, [[9 Priory Row|address]]. HV [[Paula Wren|name]].
Seen: [[Eetu|name]], mother [[Kaisa|name]] (speaks good English; prefers Finnish when upset). Father not present.
[[Eetu|name]] (2y 1m) - speech mostly Finnish and single English words; plays with a toy tractor. No marks seen. Weight on the 25th
centile. Mum says he wakes screaming since "the Saturday". She has a bruise on the left cheekbone, yellowing. Asked
directly: she said [[Gary|name]] "pushed me, only this time". DASH done (15 yes = high risk); referred to MARAC and to Oasis
Domestic Abuse Service. Mum has an appointment with Dr [[Hanna Väisänen|name]] at the Faversham Health Centre on [[17th|date]].
Mum's friend [[Minna|name]] was there; gave her number [[07592 714 806|phone]]. [[Kaisa|name]]'s mother flies in from
[[Helsinki|place]] to Gatwick on [[20 November|date]]; she will stay at the Sun Inn in [[Faversham|place]].
Next visit [[27.11.26|date]].

[[27/11/2026|date]] Home visit. HV [[P. Wren|name]] with student HV [[Josie Lukehurst|name]]. Grandmother [[Ritva Lehtinen|name]] has
arrived from [[Tampere|place]] and is staying with [[Kaisa|name]] at [[Priory Row|address]]; [[Gary|name]] is on bail to his
brother [[Dean Wade|name]]'s at [[58 Military Road|address]], [[Canterbury|place]] [[CT1 1NA|postcode]], not to enter [[Davington|place]].
[[Eetu|name]] sat on mummo's knee and said "[[Aino|name]] koulu" ([[Aino|name]]'s at school). [[Kaisa|name]] says [[Aino|name]] is sleeping
better and goes to a Finnish Saturday school in [[London|place]] with [[Minna|name]]'s daughter [[Venla Koskinen|name]]. [[Kaisa|name]]
has seen the IDVA, [[Rachel Iggulden|name]], on [[19 November|date]] and [[24 November|date]]. Cousin [[Jussi Lehtinen|name]]
([[+358 3 212 4456|phone]], [[Nokia|place]]) rang while I was there. Next visit [[11 December 2026|date]].
"""),
]


# --- C. Novak / Kranjc family (Slovenian), Milton Regis, Sittingbourne -------------------------------------------------------

HOME_C = d.Address("47 Vicarage Road", "Milton Regis", "Sittingbourne", "ME10 2BL")
BABI_C = d.Address("Gosposka ulica 9", "", "Maribor", "2000")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Luka", "Novak")], dt.date(2011, 7, 4), addresses=[HOME_C], ids=["2239239271", "B886085469880"],
       schools=["Fulston Manor School"]),
    _p("s", "sibling", [("Zala", "Novak")], dt.date(2017, 12, 21), addresses=[HOME_C], ids=["0644419806"]),
    _p("m", "mother", [("Mojca", "Kranjc")], dt.date(1986, 2, 11), addresses=[HOME_C], phones=["07867 203 514"]),
    _p("f", "father", [("Matej", "Novak")], dt.date(1982, 11, 19), addresses=[HOME_C], phones=["+386 41 618 273"]),
    _p("g", "grandparent", [("Marija", "Kranjc")], dt.date(1958, 6, 6), addresses=[BABI_C], phones=["+386 2 228 4419"]),
    _p("p1", "professional", [("Chloe", "Dunning")], phones=["01795 536 207"], emails=["chloe.dunning@kingsferry.gov.uk"]),
], "c")

DOCS_C = [
    ("early help referral form from a secondary school", """EARLY HELP REQUEST FOR SUPPORT - Kingsferry Front Door
Section 1: the child
Name: [[NOVAK, Luka|name]]       DOB: [[04/07/2011|dob]]    UPN: [[B886085469880|upn]]    NHS: [[223 923 9271|nhs]]
Address: [[47 Vicarage Road|address]], [[Milton Regis|place]], [[Sittingbourne|place]], Kent [[ME10 2BL|postcode]]
School: [[Fulston Manor School|school]] (Year 10)    First language: Slovenian
Section 2: family
Mother: [[Mojca KRANJC|name]], [[07867 203 514|phone]] (works nights at a warehouse in [[Kemsley|place]])
Father: [[Matej NOVAK|name]], HGV driver, often in Slovenia / Europe for 2-3 weeks; [[+386 41 618 273|phone]]
Sibling: [[Zala Novak|name]], 8, at [[Milton Court Primary|school]]
Section 3: reason for referral (referrer: [[Gemma Tully|name]], Head of Year 10, [[01795 872 441|phone]])
[[Luka|name]]'s attendance has fallen to 64%. He says he looks after [[Zala|name]] when mum is at work and dad is away. He was
seen by a PCSO at 01:30 on Sunday [[18 October|date]] at the Milton Creek Country Park with older boys from [[Kemsley|place]]
and [[Grovehurst|place]]. A boy called "[[Bruno|name]]" has been giving him rides on an e-scooter and paying him £20 to "drop
stuff" in [[Sheerness|place]]. [[Luka|name]] has a new iPhone. We are worried about criminal exploitation.
Section 4: consent - mother consented by phone on [[21/10/2026|date]] (through her friend [[Tanja|name]], who speaks English).
"""),
    ("team around the family meeting minutes", """TEAM AROUND THE FAMILY - [[Luka|name]] and [[Zala Novak|name]]
[[4th November 2026|date]], [[Fulston Manor|school]], 15:30. Lead professional: [[Chloe Dunning|name]] (early help worker).
Attending: [[Mojca Kranjc|name]] (mum); [[Luka|name]]; [[Gemma Tully|name]] (school); PCSO [[Wes Hadlow|name]]; [[Ana Horvat|name]]
(interpreter, Slovenian). Apologies: [[Matej Novak|name]] (in [[Ljubljana|place]]; will ring).

1. [[Luka|name]]'s views. [[Luka|name]] said he goes to [[Sheerness|place]] with "[[Bruno|name]]" and a man he calls "[[Sheps|name]]" who
has a grey Audi ([[LR20 OXH|vehicle]]). He said it is "just for fun". He said he cooks for [[Zala|name]] and takes her to
[[Milton Court|school]] on the bus.
2. Mum. [[Mojca|name]] (through [[Ana|name]]) said she did not know he went out; she leaves at 21:00 and is back at 06:30.
[[Luka|name]]'s baba, [[Marija Kranjc|name]], looked after the children until she went back to [[Maribor|place]] in August.
Mum would like her to come back but she has no visa.
3. PCSO [[Hadlow|name]]: "[[Sheps|name]]" is known; he is from [[Queenborough|place]]. He said the youth club at the [[Avenue of
Remembrance|address]] has spaces on Tuesdays.
4. Actions: [[Chloe|name]] to refer to the Child Criminal Exploitation panel and the NRM; [[Gemma|name]] to set up a part-time
timetable; [[Mojca|name]] to ask her employer for days; [[Chloe|name]] to ring [[Matej|name]] on [[+386 41 618 273|phone]].
Next TAF [[2 December|date]].
5. Afterwards (added by [[C. Dunning|name]], [[5/11/2026|date]]): [[Matej|name]] rang from [[Graz|place]]; he will be home on the
[[14th|date]]. [[Tanja Zupan|name]] (mum's friend, [[07715 620 384|phone]], [[Kemsley|place]]) can have [[Zala|name]] on the nights
[[Mojca|name]] works until then. [[Luka|name]]'s cousin [[Jure Kranjc|name]] lives in [[Gillingham|place]] and has offered to take
him to football at the Gillingham Anchorians on Saturdays. [[Zala|name]]'s class teacher at [[Milton Court|school]] is Miss
[[Priya Okafor|name]]; [[Zala|name]] has been late 9 times. [[Marija Kranjc|name]]'s visa: [[Chloe|name]] to write a letter to her at
[[Gosposka ulica 9|address]], [[Maribor|place]] ([[+386 2 228 4419|phone]]).
"""),
    ("father's email from a lorry cab, forwarded", """From: [[Matej Novak|name]] <[[matej.novak.trans@gmail.com|email]]>
To: [[chloe.dunning@kingsferry.gov.uk|email]]
Sent: [[06/11/2026|date]] 19:52
Subject: RE: [[Luka|name]] - meeting

Hello miss [[Chloe|name]]
Sorry my english. I am in truck near [[Graz|place]], Austria, back to [[Sittingbourne|place]] on [[14.11.|date]] I think. I call
you from Slovenia number [[+386 41 618 273|phone]] or whatsapp. My wife [[mojca|name]] is very tired, she work every
night. I was not know [[luka|name]] go out. I speak with him now on phone. He say sorry.
My mother in law [[Marija|name]] can come again if you write letter for her. Her address is [[Gosposka ulica 9|address]],
[[2000|postcode]] [[Maribor|place]], tel [[+386 2 228 4419|phone]]. She is good with children, she was teacher in [[Ptuj|place]].
Also please, who is [[Sheps|name]]? I will find him.
[[Matej|name]]
Sent from my Galaxy
"""),
    ("police exploitation intelligence log, scanned with OCR errors", """KENT P0LICE - CHILD EXPLOITATION INTEL SUBMISSION (scanned, OCR)
Ref: 5C/26/118734     Date/time: [[12/ll/2026|date]] 16:0O     Submitting officer: PC 4471 [[Jay Rolfe|name]]
Subject: [[N0VAK, Luka|name]]  D0B [[04/07/2011|dob]]  [[47 Vicarage Rd|address]], [[Milt0n Regis|place]]
Associate 1: "[[SHEPS|name]]" = [[SHEPHERD, Kyle Anth0ny|name]] D0B [[22/03/2004|dob]], [[Flat 6, Rushenden Court|address]],
[[Queenb0rough|place]] [[ME11 5HF|postcode]]. Drives grey Audi A3 [[LR20 0XH|vehicle]].
Associate 2: "[[Brun0|name]]" = [[Bruno Teixeira|name]], 16, [[Sheerness|place]].
Intel: On [[11th N0v|date]] [[Luka|name]] seen getting into the Audi in [[Cross Street|address]], [[Sheerness|place]], outside
the Co-op, 17:40.
Shopkeeper [[Raj Patel|name]] said the boy "looked scared" and bought cigarettes for the men. Phone linked to the deal line:
[[07830 662 519|phone]]. Grade: B2.
Previous intel (summary, [[13/ll/2026|date]]): [[SHEPHERD|name]] stopped on [[02/10/2026|date]] on the
Sheppey Crossing with [[Teixeira|name]] and a second juvenile, [[Kacper Wozniak|name]], 15, of [[Bell Road|address]], [[Sitting-
bourne|place]]. [[SHEPHERD|name]]'s mother [[Donna Shepherd|name]] is at [[Flat 6|address]] too; she rang 101 on [[5 Oct|date]] to
say [[Kyle|name]] had "kids running for him" to [[Minster|place]] and [[Eastchurch|place]]. [[Luka|name]]'s mother [[Mojca Kranjc|name]]
([[07867 203 514|phone]]) informed by PC [[Rolfe|name]] on [[13/11|date]]; father [[Matej Novak|name]] informed by phone
([[+386 41 618 273|phone]]). Referral to Kingsferry Front Door, attn [[Chloe Dunning|name]] ([[01795 536 207|phone]]).
Note: OCR has read 0 for O and ll for 11 in places; text left as scanned.
"""),
]


# --- D. Cheeseman / Brett family (white British), a chalet park at Leysdown-on-Sea, Isle of Sheppey ------------------------

HOME_D = d.Address("Chalet 118, Harty Ferry Chalet Park", "Leysdown-on-Sea", "Sheerness", "ME12 4RB")
NAN_D = d.Address("31 Chapel Street", "", "Minster-on-Sea", "ME12 3QA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tilly-Rose", "Brett")], dt.date(2023, 9, 12), addresses=[HOME_D], ids=["5629945114"]),
    _p("s", "sibling", [("Summer", "Cheeseman")], dt.date(2016, 3, 27), addresses=[HOME_D], ids=["7724525382"],
       schools=["Eastchurch Church of England Primary School"]),
    _p("m", "mother", [("Jade", "Cheeseman")], dt.date(1999, 8, 8), addresses=[HOME_D], phones=["07715 498 302"]),
    _p("f", "father", [("Lewis", "Brett")], dt.date(1997, 4, 2), addresses=[HOME_D], phones=["07496 125 883"]),
    _p("g", "grandparent", [("Tracey", "Cheeseman")], dt.date(1975, 10, 19), addresses=[NAN_D], phones=["01795 880 193"]),
    _p("p1", "professional", [("Nathan", "Kemp")], phones=["01795 417 602"], emails=["nathan.kemp@kingsferry.gov.uk"]),
], "c")

DOCS_D = [
    ("child and family assessment summary", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS
Children: [[Tilly-Rose Brett|name]] (DOB [[12 September 2023|dob]]) and [[Summer Cheeseman|name]] (DOB [[27 March 2016|dob]])
Address: [[Chalet 118, Harty Ferry Chalet Park|address]], [[Leysdown-on-Sea|place]], [[ME12 4RB|postcode]]
Assessing worker: [[Nathan Kemp|name]]     Started [[2/10/2026|date]]     Completed [[13/11/2026|date]]

The family moved into [[Chalet 118|address]] in March, after [[Jade Cheeseman|name]] lost her tenancy in [[Sheerness|place]]. The park
is licensed for holiday use only and closes from [[1 November|date]] to [[1 March|date]]; the site manager, [[Clive Pidduck|name]],
has told [[Jade|name]] she must leave. The chalet has no heating except a fan heater and [[Tilly-Rose|name]] (3) has been to the
walk-in centre at Sheppey Community Hospital twice with chest infections.
[[Summer|name]] (10) attends [[Eastchurch CE Primary|school]], eight miles away; she gets a school bus from the park gate. She
told me "[[Tilly|name]] is my baby" and that she does her bottle when mum is "poorly". [[Jade|name]] has a history of depression;
her GP is at the Sheppey Healthy Living Centre.
[[Lewis Brett|name]], [[Tilly-Rose|name]]'s father, works on a scaffolding crew in [[Chatham|place]]. He has a conviction for
possession with intent (2019). Neighbours in [[Chalet 116|address]] ([[Bev|name]] and [[Terry Summer|name]], no relation to
[[Summer|name]]) say there is "shouting every night" and that [[Lewis|name]] revs his van, a white Ford Transit
[[YF67 HVX|vehicle]], in the lanes.
Maternal grandmother [[Tracey Cheeseman|name]] at [[31 Chapel Street|address]], [[Minster-on-Sea|place]] ([[01795 880 193|phone]])
is willing to help and the family could stay with her short term.
Analysis: the children's needs are not being met because of the housing, mum's low mood and the risk from [[Lewis|name]]'s
drug use. Recommendation: child in need plan; housing referral to Swale Borough Council; parenting support at the
[[Leysdown|place]] children's centre.
"""),
    ("park manager's handwritten notice and incident book, typed up", """[[HARTY FERRY CHALET PARK|address]] - SITE INCIDENT BOOK
(typed up from the
manager's handwriting by [[N. Kemp|name]]; crossings-out left out)

Sat [[24/10|date]]  10pm  Loud argument [[chalet 118|address]]. [[Lewis|name]] shouting at [[Jade|name]]. Kids crying. I knocked. He said
"mind yer own". - C.P.
Sun [[25/10|date]]  Little girl ([[Summer|name]]) came to the office 7am asking for milk for the baby. Gave her some.
Mon [[26/10|date]]  Rang mum [[07715 498 302|phone]], no answer. Left note.
[[28th Oct|date]]  Van [[YF67 HVX|vehicle]] parked on the grass again by [[van 119|address]]. Told him.
[[30 Oct|date]]  [[Jade|name]]'s mum came ([[Tracey|name]]) in a red Fiesta. Took the kids to [[Minster|place]] for the weekend.
[[1 Nov|date]]  PARK CLOSED FOR SEASON. [[Chalet 118|address]] still occupied. Rang head office ([[Laura Dunk|name]],
[[01227 864 335|phone]]).
[[3/11|date]]  Baby in nappy only on the deck at 4pm. Cold. Knocked - [[Lewis|name]] asleep, [[Jade|name]] out at the shop
(the Spar in [[Leysdown|place]] - [[Kev|name]] who works there said she was there).
[[4/11|date]]  Rang the council. Spoke to [[Nathan|name]].
NOTICE pinned on [[118|address]]: "To Miss [[J Cheeseman|name]] - you must vacate by [[15 November 2026|date]]. - [[Clive Pidduck|name]],
Manager."
"""),
    ("older child's drawing and words recorded in a direct work session", """DIRECT WORK - "My Three Houses" with [[Summer|name]]
[[10.11.2026|date]], at [[Eastchurch|school]] (the school's nurture room), with [[Nathan Kemp|name]] and Mrs [[Lily Gore|name]]
(ELSA).

House of worries (in [[Summer|name]]'s words, spelling hers): "the chalet is cold", "[[lewis|name]] shouts at mum", "[[tilly|name]] cryes
in the nite and I have to get up", "the park man said we have to go", "I dont want to go to [[sheerness|place]] agen".
House of good things: "nanny [[tracey|name]]s house in [[minster|place]]", "my frend [[Ruby-Jo|name]]", "Mrs [[Gore|name]]", "swimming at
the Sheppey Leisure Complex", "my dog Biscuit". "my dad [[Darren|name]] sends me snapchat"
House of dreams: "a house with a garden in [[Eastchurch|place]] next to [[Ruby-Jo|name]]", "[[tilly|name]] has her own bed",
"mum is happy".
[[Summer|name]] said her dad [[Darren Lusted|name]] lives in [[Rainham|place]] with his girlfriend [[Kirsty|name]] and she sees him "on
birthdays". She asked me not to tell [[Lewis|name]] what she drew.
"""),
    ("homelessness duty officer's emails", """From: [[Paige Munday|name]] <[[paige.munday@swale.gov.uk|email]]>
To: [[Nathan Kemp|name]]
Date: [[16 November 2026|date]] 09:12
Subject: Homeless application - [[CHEESEMAN Jade|name]], [[Chalet 118|address]] [[Harty Ferry|address]]

Hi [[Nathan|name]],
[[Jade|name]] came to the Swale House reception on Friday. I've taken a homeless application. She and the girls will go to
her mum's at [[31 Chapel St|address]], [[Minster|place]], tonight as an interim, and I've booked temporary accommodation from
[[23/11|date]]: [[Room 4, 8 Trinity Road|address]], [[Sheerness|place]] [[ME12 2PF|postcode]]. She said [[Lewis|name]] will NOT be
living with them; he is going to his brother [[Connor Brett|name]] in [[Halfway|place]].
Her new number is [[07908 336 447|phone]] (old one cut off).
[[Paige|name]]
Housing Options Officer, Swale Borough Council

> On [[13 Nov 2026|date]], at 16:40, [[Nathan Kemp|name]] wrote:
> Hi [[Paige|name]], the park closes on the [[15th|date]] and the family has nowhere to go. Mum [[Jade Cheeseman|name]], DOB
> [[08/08/1999|dob]], [[Tilly-Rose|name]] (3), [[Summer|name]] (10). Please can you see her? [[Nathan|name]]

From: [[Nathan Kemp|name]] <[[nathan.kemp@kingsferry.gov.uk|email]]>
To: [[Paige Munday|name]]
Date: [[16 November 2026|date]] 10:03
Subject: RE: Homeless application
Thanks [[Paige|name]]. For your file: [[Jade|name]]'s mum is [[Tracey Cheeseman|name]], [[01795 880 193|phone]]. [[Lewis|name]]'s
number is [[07496 125 883|phone]]; please don't give him the [[Trinity Road|address]] address. [[Summer|name]]'s dad, [[Darren
Lusted|name]], lives in [[Rainham|place]] and has asked about her having weekends there; his partner [[Kirsty Nye|name]] rang me
on [[12/11/2026|date]]. The school bus will not go to [[Sheerness|place]]; Mrs [[Gore|name]] at [[Eastchurch|school]] is asking
the transport team about a taxi. [[Tilly-Rose|name]]'s health visitor is [[Sally Pound|name]] at the [[Sheerness|place]] clinic.
[[Nathan|name]]
"""),
]


# --- E. Repetto / Glass family (Tristan da Cunha islanders), Rushenden, Queenborough -----------------------------------------

HOME_E = d.Address("12 Neats Court Road", "Rushenden", "Queenborough", "ME11 5JB")
GRANDAD_E = d.Address("Edinburgh of the Seven Seas", "", "Tristan da Cunha", "TDCU 1ZZ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Conrad", "Glass")], dt.date(2012, 1, 30), addresses=[HOME_E], ids=["8732500122", "W886958354459"],
       schools=["Oasis Academy Isle of Sheppey"]),
    _p("s", "sibling", [("Tristan", "Glass")], dt.date(2019, 5, 5), addresses=[HOME_E], ids=["8957112855"],
       schools=["Queenborough School and Nursery"]),
    _p("m", "mother", [("Leanne", "Repetto")], dt.date(1990, 7, 24), addresses=[HOME_E], phones=["07383 512 906"]),
    _p("g", "grandparent", [("Joseph", "Repetto")], dt.date(1955, 1, 16), addresses=[GRANDAD_E], phones=["+290 8712"]),
    _p("p1", "professional", [("Imogen", "Fagg")], phones=["01795 536 207"], emails=["imogen.fagg@kingsferry.gov.uk"]),
], "c")

DOCS_E = [
    ("hospital safeguarding liaison referral after self-harm", """MEDWAY NHS FOUNDATION TRUST - PAEDIATRIC LIAISON SAFEGUARDING REFERRAL
Patient: [[GLASS, Conrad|name]]     DOB: [[30-Jan-2012|dob]]     NHS: [[873 250 0122|nhs]]
Address: [[12 Neats Court Road|address]], [[Rushenden|place]], [[Queenborough|place]], [[ME11 5JB|postcode]]
Attended: ED, Medway Maritime Hospital, [[16-Nov-2026|date]] 23:05 with mother [[Leanne Repetto|name]] ([[07383 512 906|phone]])
Referrer: Dr [[Femi Adeyemi|name]], ST5 paediatrics; liaison nurse [[Jo Hukins|name]]

Presenting: [[Conrad|name]] (14) took 16 paracetamol at about 19:00 after a fight at school. Medically fit after treatment.
Social: the family are from [[Tristan da Cunha|place]]; they came to the UK in 2023 after [[Conrad|name]]'s father, [[Kenny Glass|name]],
was lost at sea off Nightingale Island. Mum says [[Conrad|name]] "has never settled" and is called "the penguin boy" at school.
He said he wants to go "home to the Settlement" to his grandad, [[Joseph Repetto|name]]. Mum drinks "more than I should" since
[[Kenny|name]] died; she smelt of alcohol in ED. Younger brother [[Tristan Glass|name]] (7) was left with a neighbour, [[Maureen
Lavarello|name]], at no. 14.
Plan: CAMHS crisis team (Dr [[Ola Quist|name]]) to follow up on [[18/11/2026|date]]; referral to Kingsferry Front Door.
"""),
    ("grandfather's letter from the island, scanned", """[scanned letter, handwritten, blue biro, received by email from the
Administrator's office on the island on [[24 November 2026|date]]]

                                        [[Edinburgh of the Seven Seas|place]]
                                        [[Tristan da Cunha|place]]
                                        [[TDCU 1ZZ|postcode]]
                                        [[19th November 2026|date]]
To the lady social worker Miss [[Fagg|name]],
My daughter [[Leanne|name]] phone me on the satellite phone and tell me what [[Conrad|name]] did. We are all very sad here on the
island. [[Conrad|name]] was always a happy boy on the potato patches with his cousin [[Ryan Swain|name]] and his uncle [[Ian|name]].
I am his grandad [[Joseph Repetto|name]] and I am 71 but I am strong. I would take [[Conrad|name]] and little [[Tristan|name]] to live
with me and my wife [[Lorraine|name]] if that is what is best. The boat the SA Agulhas II comes in January and the fishing
boat in March.
You can ring me on [[+290 8712|phone]] in the evening our time. Or write to the Administrator's office. My brother [[Lewis
Repetto|name]] lives in [[Southampton|place]], [[16 Kingsland Square|address]], and can help with the papers.
Please tell [[Conrad|name]] his grandad loves him. And tell [[Leanne|name]] to ring her sister [[Sharon Swain|name]], she is
worried. [[Sharon|name]] is at [[Hottentot Gulch|place]] now with her husband [[Derek|name]] (no that is the name of the place
we call it, by the Settlement). [[Tristan|name]] asked for a photo of the island dog Patch - no, the dog is not a person
so please don't put that one in. I was born here on [[2 January 1955|date]] and so was [[Leanne|name]]'s mother [[Iris|name]] who
died in [[Cape Town|place]] in 2019.
[[Joe Repetto|name]]
"""),
    ("family Messenger chat screenshots pasted into the file by the mother", """Screenshots pasted by [[Leanne|name]] into an
email to [[Imogen Fagg|name]], [[25/11/2026|date]]. Group: "[[Tristan|place]] Fam 🐧"

Auntie [[Sharon|name]]: how is our boy today [[leanne|name]]
[[Leanne Repetto|name]]: home from hospital. sleeping. [[tristan|name]] wont leave him
[[Ryan Swain|name]]: tell [[conrad|name]] the longboat race was rubbish without him lol
Grandad [[Joe|name]]: Love from all at the [[Settlement|place]]. [[Lorraine|name]] made a cake for him on the [[20th|date]] even
tho hes not here
[[Leanne Repetto|name]]: 😭 thank u dad
Auntie [[Sharon|name]]: [[marie|name]] at the post office says there is a box for him from the school
[[Leanne Repetto|name]]: can someone ring Mrs [[Hagan|name]] at the school in [[Sheppey|place]]? no, I will
[[Ian Repetto|name]]: [[leanne|name]] I'm in [[Cape Town|place]] on the [[3rd|date]] Dec, ring me [[+27 82 614 3390|phone]]
[[Leanne Repetto|name]]: ok. social worker [[imogen|name]] is coming thurs
Grandad [[Joe|name]]: Be good to her [[Leanne|name]]. God bless.
[[Ryan Swain|name]]: [[conrad|name]] if u read this, [[Andy Glass|name]] says ur still on his boat crew for when u come back
Auntie [[Sharon|name]]: [[leanne|name]] whats your address for the parcel again
[[Leanne Repetto|name]]: [[12 Neats Court Rd|address]], [[Rushenden|place]], [[Queenborough|place]] [[ME11 5JB|postcode]]. not the old
one in [[Blue Town|place]]
[[Ian Repetto|name]]: and tell [[tristan|name]] uncle [[ian|name]] says happy birthday for the [[5th of may|dob]] lol late
[[Leanne Repetto|name]]: his birthday is [[5 May|dob]] [[ian|name]] 😂 its december
"""),
    ("secondary school letter to parent about a suspension", """[[Oasis Academy Isle of Sheppey|school]]
[[Minster Road|address]], [[Minster-on-Sea|place]], [[ME12 3JQ|postcode]]

[[26 November 2026|date]]
Ms [[L Repetto|name]]
[[12 Neats Court Road|address]]
[[Rushenden|place]]
[[ME11 5JB|postcode]]

Dear Ms [[Repetto|name]],
Re: [[Conrad Glass|name]], Year 9, UPN [[W886958354459|upn]]
I am writing to confirm that [[Conrad|name]] was suspended for one day on [[16 November 2026|date]] after the fight with another
pupil in the canteen. Since then we have learned that [[Conrad|name]] had been called names about where he comes from for many
weeks, and we have suspended the other pupils involved as well. I am sorry that we did not act sooner.
[[Conrad|name]] can return on Monday [[30 November|date]] to a reintegration meeting at 8:45 with me and his head of year,
Mr [[Ashley Hagan|name]]. [[Imogen Fagg|name]] from Children's Services is welcome. Our school counsellor [[Bethany Ward|name]]
will see him weekly.
Yours sincerely,
[[Dionne Kingsnorth|name]]
Vice Principal
"""),
]


# --- F. Hoad / Tritton family (white British), Eastchurch, Isle of Sheppey, with a father in HMP Swaleside -----------------

HOME_F = d.Address("6 Warden Road", "Eastchurch", "Sheerness", "ME12 4EJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Mason", "Hoad")], dt.date(2016, 11, 14), addresses=[HOME_F], ids=["8108166837", "G886350523964"],
       schools=["Eastchurch Church of England Primary School"]),
    _p("s", "sibling", [("Ellie", "Hoad")], dt.date(2024, 6, 1), addresses=[HOME_F], ids=["3576842365"]),
    _p("m", "mother", [("Stacey", "Hoad")], dt.date(1995, 3, 3), addresses=[HOME_F], phones=["07458 219 603"]),
    _p("f", "father", [("Darren", "Tritton")], dt.date(1991, 8, 20)),
    _p("p1", "professional", [("Rhys", "Amos")], phones=["03000 415 772"], emails=["rhys.amos@kingsferry.gov.uk"]),
], "c")

DOCS_F = [
    ("prison offender manager's public protection contact assessment", """HMPPS - CHILD CONTACT RISK ASSESSMENT (PSI 16/2011)
Prisoner: [[TRITTON, Darren|name]]  DOB [[20/08/1991|dob]]  Prison no. A7712KH   Establishment: HMP Swaleside, [[Eastchurch|place]]
Children he asks to have contact with: [[Mason Hoad|name]] ([[14/11/2016|dob]]) and [[Ellie Hoad|name]] ([[01/06/2024|dob]]), both at
[[6 Warden Road|address]], [[Eastchurch|place]], [[ME12 4EJ|postcode]] - i.e. less than a mile from the prison.
Author: [[Amrit Sandhu|name]], Prison Offender Manager     Date: [[1 December 2026|date]]
1. Offence: Mr [[Tritton|name]] is serving 6 years for wounding with intent. He assaulted [[Stacey Hoad|name]] (the children's
mother) in front of [[Mason|name]] in 2024 at their previous home, [[Flat 2, 77 High Street|address]], [[Sheerness|place]].
2. Restraining order protecting Ms [[Hoad|name]] until [[31/12/2030|date]]. She has not agreed to contact.
3. Phone monitoring: Mr [[Tritton|name]] tried to add [[07470 306 128|phone]] to his PIN list; it belongs to Ms [[Hoad|name]]'s
cousin [[Jade|name]]. Calls were made to his mother, [[Pauline Tritton|name]], in [[Sittingbourne|place]], who passed messages to
[[Mason|name]] at the gate of [[Eastchurch Primary|school]].
4. Social worker: [[Rhys Amos|name]], Kingsferry ([[rhys.amos@kingsferry.gov.uk|email]]).
Decision: no contact with either child; letters only through the social worker, checked.
5. Others seen in the case: Mr [[Tritton|name]]'s sister [[Kelly Tritton|name]] ([[07830 662 519|phone]]) visits him
fortnightly from [[Faversham|place]]; her partner [[Wayne Holness|name]] was in HMP Elmley with him. [[Pauline Tritton|name]] lives at
[[15 Canterbury Road|address]], [[Sittingbourne|place]] [[ME10 4JB|postcode]]. Visits booked on [[6 Nov|date]], [[13 Nov|date]] and
[[20 Nov 2026|date]] were all by [[Pauline|name]] alone. [[Mason|name]]'s head teacher, Mrs [[Claire Osborne|name]], confirmed on
[[27/11/2026|date]] that [[Pauline|name]] had been at the gate three times. Police contact: DC [[Sam Hickmott|name]], Swale CST.
[[Stacey Hoad|name]]'s IDVA is [[Fiona Brice|name]] at Oasis, [[01795 417 602|phone]].
"""),
    ("child's letters to his father, with the social worker's redaction notes", """Letters from [[Mason|name]] (10) to his dad, given
to [[Rhys Amos|name]] on [[2/12/26|date]] to check before posting to HMP Swaleside. [[Mason|name]]'s spelling.

dear dad
I am in year 6 now at [[eastchurch|school]]. my teacher is mr [[Wildish|name]] he suports [[Gillingham|place]] like you. [[ellie|name]]
can walk now she says mum and no and [[bob|name]] (thats the cat). nanny [[paulin|name]] says you are coming home soon is that
true. I went to [[leysdown|place]] on my bike with [[alfie|name]] from no 8 and [[alfie|name]]s dad [[Steve|name]] got us chips.
mum has a new frend called [[Gaz|name]] he is ok.
love from [[Mason Hoad|name]] x

[[Rhys|name]]'s note: "nanny [[paulin|name]]" - removed before posting, as the order says no messages through [[Pauline Tritton|name]];
the new boyfriend's name removed. Letter otherwise sent on [[3 December|date]].
"""),
    ("child protection core group notes typed fast on a phone", """core grp [[4/12|date]] [[eastchurch|place]] vill hall 1030
[[rhys|name]] / [[stacey|name]] / mr [[wildish|name]] (sch) / HV [[Nina|name]] / [[amrit|name]] from prison by phone
- [[mason|name]] ok in sch, 96% attd. still worried re nanny [[pauline|name]] at gate - sch to walk him to mums car
- [[ellie|name]] 18m check done [[1/12|date]], all fine. [[nina|name]] to see agn [[jan 14|date]]
- [[stacey|name]] new bf [[Gareth|name]] "[[Gaz|name]]" [[Tapp|name]], lives [[Halfway|place]], has a car [[GN22 FBO|vehicle]].
pnc check asked [[rhys|name]]
- [[stacey|name]] says [[darren|name]] rang her from a mobile in the jail, no [[07867 203 514|phone]] - prison told ([[amrit|name]])
- [[mason|name]] asked mr [[wildish|name]] if dad can see him from the prison field. [[rhys|name]] to do direct work w/ him [[10/12|date]]
- nanny [[violet|name]] ([[stacey|name]]s nan, [[church rd|address]]) helps w school run. ok per all. her no [[01795 880 412|phone]]
- [[alfie|name]] no 8 & dad [[steve|name]] - [[stacey|name]] says fine, [[steve parris|name]] works w [[gareth|name]]
- [[amrit|name]] says [[darren|name]] moving to HMP Elmley in [[jan|date]]?? to check
- nxt CG [[8th jan|date]] same place
"""),
    ("mother's own statement for the child protection review, written at home", """To the review meeting on the [[15th of
December|date]]

My name is [[Stacey Hoad|name]] and I am [[Mason|name]] and [[Ellie|name]]'s mum. I want to say some things myself because I don't
always get my words out in meetings.
When [[Darren|name]] went to prison I moved from [[Sheerness|place]] to [[Eastchurch|place]] to be near my nan, [[Violet Hoad|name]],
on [[Church Road|address]]. I did not know it was so close to the prison until we got here and [[Mason|name]] saw the walls. He
asked if he could wave to his dad.
I have done the Freedom Programme at the [[Sheppey|place]] centre and I have finished it. I do not let [[Pauline|name]] near the kids.
[[Gareth|name]] is a good man and he has nothing to do with [[Darren|name]]. He works at the docks in [[Sheerness|place]].
I would like [[Mason|name]] to see his dad one day, when he is older and if he wants to, but not now.
My number is the same, [[07458 219 603|phone]].
[[Stacey|name]]
[[12/12/2026|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 92 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 05:20 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "hv", "nurse", "sister", "our", "me",
           "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "dad", "daddy",
           "aunty", "auntie", "aunt", "uncle", "mummo", "äiti", "isi", "baba", "dedek"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "kent", "east kent", "north kent", "swale",
               "finland", "suomi", "slovenia", "austria", "europe", "south africa", "st helena", "the island", "isle of sheppey"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words ("Aunt Kerry", "Auntie Sharon",
# "Grandad Joe", "nanny tracey", "HV Nina", the Finnish "mummo" and "äiti", the Slovenian "baba") and counties, regions
# and countries ("Kent", "Swale", "Finland", "Suomi", "Slovenia", "Austria", "South Africa").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
