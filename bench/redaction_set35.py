"""Set 35: a further held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set34.py,
redaction_set36.py and redaction_set37.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first document, its record layout, its last document and its word lists and
checker hook-up; the middle documents were not read) and tests/test_redaction_set21.py in full (the layout and marking
conventions followed here); of the docstrings of bench/redaction_set7.py to redaction_set33.py the paragraph that names the
families, towns and communities (and a search of all of them, and of bench/redaction_heldout.py's, for the towns, districts and
communities of Birmingham, the Black Country and Solihull, to pick new ones); the `_party`, `Records`, `HandSet` and
`word_problems` helpers of bench/redaction_handwritten.py; the name of set 15's checker; and the ruff settings by running ruff.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only
to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of
changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in Birmingham, the Black Country (Sandwell, Walsall, Dudley,
Wolverhampton) and Solihull, each from a town, district or estate no earlier set used as a family's home. Four of the kinds
most common in children's social care: a white British family in Princes End, Tipton, with a grandmother in Great Bridge
(Whitehouse / Bissell; neglect, a mother's low mood and an overdose of her partner's tablets, a partner's drinking, a boy of 9
who took his sister of 3 to school in a buggy, a father gone to Telford), a white British family in Chelmsley Wood, with a
grandmother in Kingshurst and a father in Castle Vale (Hadley / Cotterill; a boy of 14 missing and criminally exploited from Shard
End and Stechford, a debt bond, voice notes to his nan at midnight, a mother's own letter), a white British and Black Caribbean
family in Blakenall Heath, Walsall, with a grandmother in Leamore and a father in Bloxwich (Mellor / Grant; a bruise on a
non-mobile baby, a father who kicks the door in on bail, pre-proceedings) and a white British lone father in Netherton, Dudley,
with a grandmother in Quarry Bank and a mother in Brierley Hill (Guest / Parkes; a father's alcohol dependence and liver disease,
a boy of 12 who is a young carer, a grandmother's letter in Black Country speech). Two from communities no earlier set used: a
Rohingya family resettled from the camps at Cox's Bazar in Alum Rock, Birmingham, with an uncle in Selayang, Kuala Lumpur and a
grandmother in the Balukhali camp (Nurul Amin / Rashida Begum / Jamal Hossain; a girl of 15 promised in marriage to a man of 28 in
Malaysia, a forced marriage protection order, a brother of 12 who reads her phone; names with no family name, as Rohingya
families use, and names in Arabic script and a camp in Bengali script) and a South Sudanese Dinka family in Heath Town,
Wolverhampton, with an uncle in Low Hill, a father in Juba and an aunt in Kampala (Achol Deng / Majok / Mayen Akech; a boy of 8
beaten with a belt by an uncle, a boy of 16 excluded and drawn towards exploitation, a church, a family group conference; the
Dinka custom of a child's second name being the father's first, so that "Deng" and "Garang" are first names and surnames in one
family). 24 documents, about half plain professional recording (a social worker's case note, a child in need review, a return
home interview, strategy discussion minutes, a health visitor's contact record, a letter before proceedings, a young carer's
needs assessment, attendance panel minutes, forced marriage strategy meeting minutes, a witness statement for a forced marriage
protection order, a section 47 outcome report, a family group conference plan), the rest of types or styles new to these sets
where possible: a breakfast club register with a teaching assistant's handwritten note, scanned and OCR'd with its errors; a
Facebook Messenger conversation typed up from screenshots; WhatsApp voice notes transcribed by a social worker; a force control
room's 999 call transcript; a hospital emergency department's safeguarding referral form; a social worker's notes typed fast in
her phone's notes app; a grandmother's handwritten letter, OCR'd, in Black Country spelling; a school's safeguarding concern
form; an Imo chat from a police phone download, in Rohingya written in Latin letters with an English gloss; a pastor's email with
a forwarded message; and a ClassDojo message export.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Malaysia, Bangladesh, South Sudan, Uganda); NHS numbers and UPNs (LA numbers 330, 332, 333, 334, 335,
336) pass their check digits; NI numbers have a valid format. Councils and trusts are invented or kept generic (Tame Brook, Blythe
Vale, Rea Valley Children's Trust, Smestow Vale; "Walsall Children's Services" and "Dudley Children's Services" as generic
names), and so are the schools Princes End Primary, Heath Park Primary and Blakenall Heath J&I as named here, the nursery
(Little Acorns), the church fellowship and the community project; towns, districts, estates, camps, real schools and colleges,
NHS bodies, hospitals (Russells Hall, New Cross, the Manor), police forces, clubs (the Villa, the Baggies, Fordbridge), brands,
apps and landmarks (Merry Hill, Drayton Manor, Lodge Farm reservoir, Aldersley Leisure Village) are real and stay unmarked
unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
DS, Rev., Pastor, Maulana, Mama, Mom, nan, Uncle, sir, and "chacha", "bhai" and "nani" after a name) stay outside the name span;
a possessive 's and a bare texting s ("[[dudley|name]]s dads", "[[tyler|name]]s fault") stay outside; every person's name is a
name in every form, record or not. "SURNAME, First" is one span ("WHITEHOUSE, Kayden", "GRANT, Nevaeh", "GUEST, Tyler", and
"Grainger,Tayla" with no space), and so is "First SURNAME" and an initial with a surname ("G. Rollason", "N Price", "J
Sidaway"); a name broken by a line break is one span holding the break ("Lacey-\nMae", "Glenys\nHackett"), and so is an
address, a place, a school or a date; a firm named after people marks only the names ("[[Bhatti|name]] & Co", "[[Hale|name]]
[[Morton|name]] Family Law"). A street address is one span, its town a place, its postcode a postcode; a street named without a
number is an address, and so is a neighbour's bare flat or house number ("no. 11", "no. 33", "no 10", "Flat 57", "33",
"eleven"); an address abroad ("Block C-7-3, Pangsapuri Sri Kenanga, Jalan Kenanga 4", "Plot 14, Kireka Road") is an address and
a Malaysian postcode ("68100") a postcode; towns, cities, villages, districts and estates are places at home or abroad and in
any script ("Scotlands", "Quarry Bank", "Bor", "Maungdaw", "Juba", "কুতুপালং"); countries, counties, boroughs and regions are
not ("Malaysia", "Bangladesh", "South Sudan", "Rakhine State", "Sandwell", "the Black Country", "West Midlands"); organisations
are not marked even when they hold a town's or a person's name ("Tipton Foodbank", "Walsall Manor Hospital", "Dudley Carers
Network", "Brierley Hill Glass", "Low Hill Community Centre", "Chelmsley Wood Primary Care Centre", "Prestbury Medical
Practice", "Atlantic House"); a school's or college's name is a school, and so is its short form and a nursery's name ("Heath
Park", "Hillcrest", "Netherton CofE", "netherton cofe", "Joseph Chamberlain", "Little Acorns\nNursery"); a date of birth is dob,
any other calendar date with a day is date (a weekday before it stays outside), and the bare day in a range or a note ("the
3rd", "the 16th", "22" of "22 and 23 November") is a date span of its own; months and years alone are not marked; helplines are
not marked; pets' names (the Staffie Bruno) are not names; a name that is also a word or a town is marked by what it refers to
("Dudley", "Hope", "Summer", "Guest", "Round", "Sedgley", "Aston", "Shirley" and "Deng" are names when they are people, and
Dudley is a place when it is the town); a name in another script (Arabic script "رشیدہ", "نور الامین", "سینو") is a name; a
service or branch named by its town in lower-case words ("Walsall MASH", "Stechford police station", "the Heath Town community
hub") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an OCR-garbled name ("Kayd
en") is a name and an OCR'd or dialect spelling of a town ("Brierly Hill", "Quarry Bonk") a place; a local short form of a district
("the Wood" for Chelmsley Wood) marks "Wood" as a place; a school called by the name of its district ("Smith's Wood" meaning the
academy) is a school; a pupil referral unit ("Braybrook Centre", "Braybrook") is a school; a birthday given without its year ("3rd
of September", "30 november") is dob, and so is the wrong day a school recorded for it ("the 9th") and a
child's birthday named by its day alone ("his birthday on the 2nd"); a spoken date of birth
("Twelfth of the eleventh ninety-seven"), a spoken house number ("eleven") and a spoken part-registration ("Y-Ten, H-K-E") are dob,
address and vehicle; a resettlement scheme's assigned date of birth ("01/01/1983") is dob; a named refugee camp ("Kutupalong",
"Balukhali", "Kakuma") is a place, "the camp" is not; a language named after a city ("Juba Arabic") is not a place; a chat display
name that is a person's nickname ("Shan", "aleena", "Anwar") is a name, while contacts saved under kinship words ("Mom", "Abba",
"Nani") are not, and "Jamal chacha" marks "Jamal"; a guessed fuller form of a nickname ("Madut?") is a name; romanised Rohingya
words in a chat are not names; a police, court, exhibit, interpreter or case reference is not marked.
The documents' lines were wrapped at 140 columns for the project's line length (every break inside a span was made on purpose, as
a hard case), which leaves some short lines, as exported and scanned text has.

Self-check without the detector: `python -m bench.redaction_set35` (and tests/test_redaction_set35.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and countries, boroughs and regions, and prints the number of documents and gold spans per kind: 24 documents,
1,256 gold spans, 694 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Whitehouse / Bissell family (white British), Princes End, Tipton --------------------------------------------------

HOME_A = d.Address("14 Bloomfield Road", "Princes End", "Tipton", "DY4 9EH")
NAN_A = d.Address("6 Sheepwash Lane", "Great Bridge", "Tipton", "DY4 7JF")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kayden", "Whitehouse")],
            dt.date(2017, 4, 2),
            addresses=[HOME_A],
            ids=["852 524 6492", "H333191622502"],
            schools=["Princes End Primary School"],
        ),
        _p("s", "sibling", [("Lacey-Mae", "Bissell")], dt.date(2023, 6, 14), addresses=[HOME_A], ids=["351 252 9178"]),
        _p(
            "m",
            "mother",
            [("Shannon", "Whitehouse")],
            dt.date(1995, 9, 23),
            addresses=[HOME_A],
            phones=["07764 485886"],
            ids=["756 960 4970", "JK 62 41 08 B"],
        ),
        _p("f", "father", [("Craig", "Bissell")], dt.date(1992, 1, 30), addresses=[HOME_A], phones=["07896 764311"]),
        _p("g", "grandparent", [("Pauline", "Whitehouse")], dt.date(1966, 12, 5), addresses=[NAN_A], phones=["0121 557 3184"]),
        _p("p1", "professional", [("Gemma", "Rollason")], phones=["0121 221 7390"], emails=["gemma.rollason@tamebrook.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "social worker's case note of an unannounced home visit",
        """CASE NOTE - Tame Brook Children's Services, Family Support Team (North)
Child: [[Kayden Whitehouse|name]] (DOB [[02/04/2017|dob]], NHS [[852 524 6492|nhs]])   Also seen: [[Lacey-Mae Bissell|name]] (DOB
[[14/06/2023|dob]])
Address: [[14 Bloomfield Road|address]], [[Princes End|place]], [[Tipton|place]] [[DY4 9EH|postcode]]
Date of visit: Tuesday [[10 November 2026|date]], 15:50-17:05   Type: unannounced home visit (CIN plan, neglect)
Worker: [[Gemma Rollason|name]], Social Worker   Present: [[Shannon Whitehouse|name]] (mum), both children, later [[Craig Bissell|name]]

Purpose: [[Kayden|name]]'s attendance has dropped to 71% since half term and his class teacher Mr [[Bayliss|name]] rang on
[[6 November|date]] to say he came in on the Thursday and Friday in the same uniform, with no coat, and ate two breakfasts at breakfast
club. The school nurse, [[Amrit Sahota|name]], has also raised [[Lacey-Mae|name]]'s missed 2-year review (DNA'd [[14 October|date]] and
[[28 October|date]]).

Observations: [[Shannon|name]] answered after about four minutes. The front room was warm (the gas was on; she said her mom,
[[Pauline|name]], had put £20 on the meter on Sunday). Washing piled on the settee, two full bin bags in the kitchen and dog mess on the
back yard from the Staffie (Bruno). No food in the fridge apart from milk, a tub of marg and a bottle of Fanta; two boxes of cereal in the
cupboard. [[Lacey-Mae|name]] ("[[Lacey|name]]") was in a nappy and vest, happy, babbling, a sore nappy rash. [[Kayden|name]] came in from
school at 16:10 on his own - he walks back from [[Princes End Primary|school]] along [[Bloomfield Road|address]] and past the Tipton Sports
Academy. He said "[[Craig|name]]'s in bed cos he was on nights" but [[Craig|name]] told me later he is not working at the moment.

[[Kayden|name]] talked to me in his bedroom. He has a mattress on the floor (the bed frame broke in the summer). He showed me his
Pokémon cards and said his best mate is [[Dudley|name]] from next door but one, "[[Dudley Hollis|name]], he's year 5 an' all". He said
he is late because he has to take [[Lacey|name]] round to his nan's in [[Great Bridge|place]] some mornings when Mum is "too tired".
He said [[Craig|name]] shouts "when he's had his cans" but has never hit him. He said he likes going to his dad's but his dad,
[[Jason Whitehouse|name]], moved to [[Telford|place]] in the spring and has not rung since his birthday on the [[2nd|dob]].

[[Craig Bissell|name]] came down at 16:40. He was polite, smelled of alcohol, and said he has been off since he lost his job at the
warehouse in [[Wednesbury|place]]. He agreed to the food bank voucher (Tipton Foodbank at the church on [[Owen Street|address]]) and
said he would sort the bed frame through his cousin [[Wayne Bissell|name]] in [[Ocker Hill|place]].

Actions: food bank voucher given; referral to Tipton Children's Centre for [[Lacey-Mae|name]]'s review (re-booked with HV
[[Claire Hingley|name]] for [[24 November|date]]); ask school (DSL Mrs [[Naomi Price|name]]) for daily attendance; CIN review brought
forward to Thursday
[[3 December|date]].
Next visit: [[17/11/2026|date]]. Contact for nan: [[Pauline Whitehouse|name]], [[6 Sheepwash Lane|address]], [[Great Bridge|place]],
[[0121 557 3184|phone]]. [[G. Rollason|name]] [[11.11.26|date]]
""",
    ),
    (
        "breakfast club register notes and a teaching assistant's handwritten note, scanned with OCR",
        """PRINCES END PRIMARY SCHOOL - BREAKFAST CLUB SIGN-IN (scanned [[12/11/2026|date]], OCR text below, errors left in)

Week beginning: Mon [[2 Nov|date]]        Staff: Mrs [[Jeavons|name]] / Miss [[Tromans|name]] (TA)
Name                     Class   M  T  W  Th  F   Notes
[[WHITEHOUSE, Kayden|name]]      5B      -  -  /  /   /   Th + Fr same jumper. 2 toast 2 cereal both days
[[HOLLIS, Dudley|name]]          5B      /  /  /  /   /
[[SAHOTA, Jasleen|name]]         3C      /  -  /  /   -
[[PARKES, Summer|name]]          5B      /  /  /  -   /   collected by nan Thurs
[[Grainger,Tayla|name]]          4A      /  /  -  /   /

Week beginning: Mon [[9 Nov|date]]
[[WHITEHOUSE, Kayden|name]]      5B      -  /  /  /   -   Tu: came at 8.40 with his sister in a buggy?? (see note)
[[HOLLIS, Dudley|name]]          5B      /  /  /  /   /

----- TA note stapled to register (handwritten, OCR) -----
Tues [[10th Nov|date]] 8.4O am. [[Kayd en|name]] came to the breakfast club door pushing [[Lacey-
Mae|name]] in her buggy. He said mom was asleep and he could'nt wake her and [[Craig|name]] was not there.
He said he would take her to nan [[Pauline|name]]s after. I rang mom on [[07764 485886|phone]]
no ans. Rang nan on [[0121 557 3184|phone]] she came at 8.55 and took [[Lacey-Mae|name]]. Nan said
"shes been bad with her nerves since [[Jason|name]] went" and she would go round [[Bloomfield|address]] after.
[[Kayden|name]] had his breakfast, was fine in class. Told Mrs [[Price|name]] (DSL) at 9.05, she
logged it. - [[K. Tromans|name]]

DSL added ([[N Price|name]]) [[10/11/26|date]]: passed to [[Gemma|name]] at Tame Brook CSC 09.20; she will visit today.
""",
    ),
]

DOCS_A += [
    (
        "Facebook Messenger conversation between a mother and grandmother, typed up from screenshots the grandmother gave",
        """Screenshots given to the social worker by Mrs [[Pauline Whitehouse|name]] on [[13/11/2026|date]], typed up as written.
(Messenger; the mother is saved as "[[Shan|name]] 💕", the grandmother as "Mom")

[[8 Nov|date]] 11:02
Mom: u up bab? [[kayden|name]] says he never had tea last nite
[[Shan|name]] 💕: he did hes lying he had a pot noodle
Mom: a pot noodle aint tea [[shannon|name]]. bring em down ours after school ill do a roast
[[Shan|name]] 💕: cant [[craig|name]] wants to go to his mates in [[tividale|place]]
Mom: then send [[kayden|name]] on the bus on his own hes 9 he knows the way. the 74 to [[great bridge|place]]
[[Shan|name]] 💕: ok

[[9 Nov|date]] 22:47
[[Shan|name]] 💕: mom can u have the kids tmrw morning im not right
Mom: whats up
[[Shan|name]] 💕: just am. i cant do this no more. [[craig|name]] took my card again 😭
Mom: ill come for [[lacey|name]] at 8. DONT let him drive with them hes had a drink
[[Shan|name]] 💕: he aint got the car anyway its at [[dudley|name]]s dads getting the clutch done
Mom: [[dudley hollis|name]]s dad? that [[Steve|name]]? ha. good luck getting it back

[[10 Nov|date]] 09:14
Mom: got [[lacey|name]]. [[kayden|name]] took her to SCHOOL [[shan|name]]. in the buggy. the TA rang me. what happened
Mom: answer the phone
Mom: im coming round
[[Shan|name]] 💕: sorry mom i took 2 of [[craig|name]]s tablets to sleep and never heard the alarm

[[12 Nov|date]] 19:30
[[Shan|name]] 💕: the social are coming tuesday [[gemma|name]] her name is. will u be there
Mom: yes. and im telling her about him. ive got [[Hope|name]] from [[no. 16|address]] saying she heard him shouting at [[kayden|name]] at 2
in the morning
[[Shan|name]] 💕: [[hope|name]] needs to mind her own. she only moved from [[Oldbury|place]] in august
Mom: shes worried about them kids same as me. [[kev|name]] at the shop said [[kayden|name]] was in there at 10 at night for milk on his own
[[Shan|name]] 💕: [[kev|name]] can shut up an all
Mom: love you bab. its not about u its about them
[[Shan|name]] 💕: i know. love u x
""",
    ),
    (
        "child in need review report, plain professional recording",
        """TAME BROOK CHILDREN'S SERVICES - CHILD IN NEED REVIEW
Children: [[Kayden WHITEHOUSE|name]] (9), [[Lacey-Mae BISSELL|name]] (3)     Review no. 2     Held: Thursday [[3 December 2026|date]],
10:00, at [[Princes End Primary School|school]], [[Bloomfield Road|address]], [[Tipton|place]]
Chair: [[Gemma Rollason|name]] (SW). Present: [[Shannon Whitehouse|name]] (mother); [[Craig Bissell|name]] (mother's partner,
[[Lacey-Mae|name]]'s father); [[Pauline Whitehouse|name]] (maternal grandmother); Mrs [[Naomi Price|name]] (DSL); [[Claire Hingley|name]]
(health visitor); [[Rachel Baggott|name]] (Tipton Family Hub). Apologies: [[Amrit Sahota|name]] (school nurse); [[Jason Whitehouse|name]]
(father, not reached; last known address [[Flat 3, 22 Hadley Road|address]], [[Oakengates|place]], [[Telford|place]] [[TF2 6BB|postcode]]).

1. Progress since the plan was made on [[8 October 2026|date]]
[[Kayden|name]]'s attendance this half term is 83% (from 71%). Mrs [[Price|name]] said he has come to school in clean uniform since
[[Pauline|name]] started doing the washing on Mondays and Thursdays. He was late twice (both times he walked from his nan's in
[[Great Bridge|place]]). He has not brought his sister to school again since [[10 November|date]]. His teacher Mr [[Bayliss|name]] says his
reading is behind and he is tired in the afternoons.
[[Lacey-Mae|name]] had her 2-year review with [[Claire|name]] on [[24 November|date]]: weight on the 25th centile, speech a little behind
(about 20 words), nappy rash treated, teeth not yet seen by a dentist. She starts two-year funded hours at [[Little Acorns
Nursery|school]] on [[Upper Church Lane|address]] from [[4 January|date]].
2. Home conditions
[[Gemma|name]] visited on [[17 November|date]], [[26 November|date]] and [[1 December|date]]. The home was clearer each time; the bed frame
for [[Kayden|name]] came on the [[20th|date]] (his cousin [[Wayne|name]] fitted it). The dog is now kept in the yard.
3. Adults
[[Shannon|name]] has seen her GP at Tipton Green Surgery and started sertraline; she has a referral to Sandwell Talking
Therapies. She said the night of [[9 November|date]] was "the worst it's been" and that she took two of [[Craig|name]]'s
prescribed tablets, not on purpose to harm herself. [[Craig|name]] said he has stopped drinking in the week and is going to a
session at Change Grow Live in [[West Bromwich|place]] on Wednesdays. A neighbour's report of shouting at night (made to the
grandmother) was discussed openly; [[Craig|name]] said it was him shouting at the TV.
4. Views of the children
[[Kayden|name]] (seen alone on [[1 December|date]]): "It's better. Nan does the washing and [[Craig|name]] don't have cans in the
week. I want my dad to ring me." He drew his family with [[Dudley|name]] and the dog in it.
5. Decision and plan
CIN plan continues for three months. Next review: [[4 March
2027|date]] at 10:00. Actions: letter to [[Jason Whitehouse|name]]
(SW, by [[18/12/2026|date]]); dentist for [[Lacey-Mae|name]] (HV); young carer check for [[Kayden|name]] by [[Leanne Cox|name]], Sandwell
Young Carers; budgeting help from Citizens Advice Sandwell for [[Shannon|name]] and [[Craig|name]].
Distribution: as present. Mother's phone [[07764 485886|phone]]; [[Craig|name]] [[07896 764311|phone]].
""",
    ),
]


# --- B. Hadley / Cotterill family (white British), Chelmsley Wood, Solihull ------------------------------------------------

HOME_B = d.Address("27 Moorend Avenue", "Chelmsley Wood", "Birmingham", "B37 7QA")
NAN_B = d.Address("11 Gilson Way", "Kingshurst", "Birmingham", "B37 6BD")
DAD_B = d.Address("Flat 9, 40 Tangmere Drive", "Castle Vale", "Birmingham", "B35 7QD")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Aston", "Hadley")],
            dt.date(2012, 8, 21),
            addresses=[HOME_B],
            ids=["880 158 7112", "M334699424584"],
            schools=["Grace Academy Solihull"],
        ),
        _p("s", "sibling", [("Poppy", "Hadley")], dt.date(2020, 2, 9), addresses=[HOME_B], ids=["663 760 4933"]),
        _p("m", "mother", [("Jodie", "Hadley")], dt.date(1990, 5, 17), addresses=[HOME_B], phones=["07713 984597"]),
        _p("f", "father", [("Lee", "Hadley")], dt.date(1988, 10, 4), addresses=[DAD_B], phones=["07850 568202"]),
        _p("g", "grandparent", [("Shirley", "Cotterill")], dt.date(1962, 3, 29), addresses=[NAN_B], phones=["0121 753 4613"]),
        _p("p1", "professional", [("Marcus", "Edwards")], phones=["0121 823 4441"], emails=["marcus.edwards@blythevale.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "return home interview after a missing episode, plain professional recording",
        """RETURN HOME INTERVIEW - Blythe Vale Council, Missing and Exploitation Team
Young person: [[Aston HADLEY|name]]   DOB: [[21.08.2012|dob]]   Age: 14   NHS: [[880 158 7112|nhs]]   UPN: [[M334699424584|upn]]
Home: [[27 Moorend Avenue|address]], [[Chelmsley Wood|place]], [[Birmingham|place]] [[B37 7QA|postcode]]
Missing from: 19:30 Friday [[13 November 2026|date]]   Found: 02:15 Sunday [[15/11/2026|date]]   Police ref: MISS/26/44187
Interview: Tuesday [[17 November 2026|date]], 16:00, at [[Kingshurst|place]] library (his choice)   Worker: [[Marcus Edwards|name]]

How he was found: PCs [[Harpreet Gill|name]] and [[Tom Whitmore|name]] stopped a car on the [[Coventry Road|address]] near
[[Sheldon|place]] at 01:50; [[Aston|name]] was in the back with two older lads. He was taken to his nan, Mrs [[Shirley Cotterill|name]], at
[[11 Gilson Way|address]], [[Kingshurst|place]], as his mum did not answer.

What he told me: He went out "to the shops" at [[Chelmsley Wood|place]] centre and met a lad he knows as "[[Tiz|name]]" who is about 19
and lives "down [[Shard End|place]]". [[Tiz|name]] drove him and a boy called [[Reece|name]] to a house in [[Stechford|place]] where they
"just chilled" and played FIFA. He slept there on the Friday night. On the Saturday they went to [[Coleshill|place]] and back. He would not
say what they did there. He said he did not take anything but [[Tiz|name]] gave him a new phone "to keep in touch" and £40 and a
North Face coat. He said he is not scared of [[Tiz|name]] and "he looks after me". When asked whether anyone had asked him to carry
anything he went quiet and then said "No comment, innit" and laughed.
He said home is "alright" but he argues with his mum about his phone and he misses his dad, [[Lee Hadley|name]], who lives in
[[Castle Vale|place]]. He stays with his dad some weekends. He said the only adult he trusts is his nan [[Shirley|name]] and his
old football coach [[Dean Lowe|name]] at the Fordbridge club, who he stopped going to in the summer.
School: he is on a reduced timetable at [[Grace Academy|school]] after a fixed-term suspension on [[2 November|date]] for a fight with
a year 10 boy; his head of year is Mr [[Kieran Doyle|name]].

Push / pull factors: pull - money, status, the coat, [[Tiz|name]]'s attention; push - rows at home, reduced timetable, boredom.
Risk indicators (CCE screening): new phone and clothes, older associates with a car, going out of area ([[Stechford|place]],
[[Coleshill|place]]), missing overnight, refusing to say what he did. Risk: HIGH - refer to the MACE panel on [[25 November|date]].

Actions: share with the police exploitation team (DC [[Yasmin Akhtar|name]]); tell his allocated SW ([[Nia Morgan|name]]); ask school
for a full timetable plan; find out if the Fordbridge club will have him back ([[Dean Lowe|name]], [[07789 153983|phone]]); ask
[[Aston|name]] if he wants a mentor from St Giles Trust. [[Aston|name]] was given my number [[0121 823 4441|phone]] and
[[marcus.edwards@blythevale.gov.uk|email]].
""",
    ),
    (
        "a boy's WhatsApp voice notes to his nan, transcribed by the social worker with times",
        """Transcription of voice notes from [[Aston|name]] to his nan (saved on her phone as "[[Aston|name]] 💙"), played by Mrs
[[Cotterill|name]] to SW [[Nia Morgan|name]] on [[21/11/2026|date]] and typed up by her word for word as far as she could hear. [ ] = not
clear.

Fri [[20 Nov|date]] 21:12 (0:38)
"Nan it's me. I'm at [[Reece|name]]'s, I'm alright, don't ring Mum yeah cos she'll go mad. I'm staying at [[Reece|name]]'s innit, his
mum [[Kerry|name]] says it's fine. I'll come yours tomorrow for me dinner. Love you."

Fri [[20 Nov|date]] 23:40 (0:21)
"Nan can you ring me please. [ ] Nan it's [[Aston|name]]. I'm in [[Hodge Hill|place]], I dunno the road. [ ] by the big Tesco.
Can you ring me on this one, it's [[07519 988255|phone]]. Don't ring the other one."

Sat [[21 Nov|date]] 00:05 (1:02)
"Nan, [[Tiz|name]]'s saying I owe him cos I lost the - I lost his thing. He's saying I owe him two hundred. I ain't got it. I
[ ] I didn't lose it, [[Kai|name]] had it. [crying] I don't wanna go back there. Can you get Grandad [[Ray|name]] to come? I'm on
[[Washwood Heath Road|address]] by the chippy. Nan please."

Sat [[21 Nov|date]] 00:31 (0:12)
"Grandad's here. Don't tell Mum. Sorry."

SW note: the grandmother says her husband [[Ray Cotterill|name]] drove to [[Washwood Heath|place]] and found [[Aston|name]] outside the
chip shop on [[Washwood Heath Road|address]] at 00:25; he was crying and had a cut lip. [[Ray|name]] took him home to
[[Gilson Way|address]]. [[Jodie|name]] was told at 08:00. The phone [[07519 988255|phone]] is not [[Aston|name]]'s usual number
([[07592 768187|phone]]). Police informed 09:10 ([[21.11.26|date]]), log 221 of [[21 November|date]]; DC [[Akhtar|name]] will link it to
the MACE case. "[[Kai|name]]" is possibly [[Kai Osborne|name]], 15, of [[Fordbridge|place]], known to the Youth Justice Service.
""",
    ),
]

DOCS_B += [
    (
        "strategy discussion minutes, plain professional recording",
        """BLYTHE VALE SAFEGUARDING PARTNERSHIP - STRATEGY DISCUSSION (s47 Children Act 1989)
Child: [[Aston Hadley|name]], DOB [[21/08/2012|dob]]   Sibling: [[Poppy Hadley|name]], DOB [[09/02/2020|dob]]
Date / time: Monday [[23 November 2026|date]], 11:30-12:20, Microsoft Teams
Chair: [[Helen Buckley|name]], Team Manager, Solihull North Locality
Attendees: [[Nia Morgan|name]] (SW); DC [[Yasmin Akhtar|name]] (West Midlands Police, Child Exploitation Team); [[Marcus Edwards|name]]
(Missing and Exploitation Team); Mr [[Kieran Doyle|name]] (Head of Year 9, [[Grace Academy|school]]); [[Fiona Marsh|name]] (school nurse);
[[Sam Ansell|name]] (Youth Justice Service)

Information shared
Police: Since [[13 November|date]] [[Aston|name]] has been missing twice. On [[15 November|date]] he was in a grey Vauxhall Corsa,
[[BK19 XUW|vehicle]], stopped on the [[Coventry Road|address]]; the driver was [[Tyrese Lambert|name]] (19, "[[Tiz|name]]"), of
[[Shard End|place]], and the other passenger [[Reece Fellows|name]] (15). The car is registered to [[Tyrese|name]]'s mother,
[[Andrea Lambert|name]], at
[[86 Packington Avenue|address]], [[Shard End|place]] [[B34 7RS|postcode]]. Intelligence links [[Tyrese Lambert|name]] to a line selling
crack and heroin in [[Coleshill|place]] and [[Nuneaton|place]]. A second car, a white Audi A3 [[FY68 KLO|vehicle]], was seen outside the
[[Stechford|place]] address, [[41 Flaxley Road|address]], on [[14 November|date]]. On [[21 November|date]] [[Aston|name]] was found in
[[Washwood Heath|place]] with a cut lip by his grandfather; he would not make a statement.
Missing team: summary of the RHI of [[17 November|date]] and the voice notes of [[20-21 November|date]] (attached). [[Aston|name]] has said
he "owes" [[Tiz|name]] £200 - a debt bond is likely.
School: [[Aston|name]] is on a reduced timetable (09:00-12:30) until [[4 December|date]]; attendance this term 62%. He was seen on
[[18 November|date]] by a member of staff, Ms [[Jade Cartwright|name]], getting into a car at the gates on [[Fordbridge Road|address]].
Health: no health concerns noted; last seen at Chelmsley Wood Primary Care Centre in September (asthma review).
[[Poppy|name]] is well, at [[Bishop Wilson|school]] in Reception; mum collects her every day.
Family: [[Jodie Hadley|name]] was spoken to by [[Nia|name]] on [[22 November|date]]. She is "at her wits' end", works evenings at the
Asda in [[Chelmsley Wood|place]] and leaves [[Aston|name]] with [[Poppy|name]] until 22:30. Father [[Lee Hadley|name]]
([[Flat 9, 40 Tangmere
Drive|address]], [[Castle Vale|place]],
[[07850 568202|phone]]) wants [[Aston|name]] to live with him; he has a caution for possession (2019).

Decision: threshold met for a s47 enquiry (single agency, SW lead) for [[Aston|name]] because of criminal exploitation; not for
[[Poppy|name]], who will be named in the assessment. Police to consider a Child Abduction Warning Notice to [[Tyrese Lambert|name]] and
an NRM referral for [[Aston|name]]. Safety plan: [[Aston|name]] to stay with his nan at [[Gilson Way|address]] while the
enquiry goes on, if [[Jodie|name]] agrees; a new SIM with only family numbers; [[Ray Cotterill|name]] to drive him to school.
Next: MACE panel [[25/11/2026|date]]; s47 outcome by [[7 December 2026|date]]. Minutes: [[Liam Turton|name]] (business support).
""",
    ),
]

DOCS_B += [
    (
        "a mother's own letter to the child protection conference chair, handwritten and typed up",
        """Typed up from a handwritten letter brought to the conference on [[10 December 2026|date]] by Ms [[Hadley|name]] (her spelling
kept)

To the Chair, Mrs [[Kaur|name]],

My name is [[Jodie Hadley|name]] I am [[Aston|name]] and [[Poppy|name]]s mom. I am writing this because I get to upset to talk in
meetings and I no I will cry. I live at [[27 Moorend Ave|address]] [[Chelmsley|place]] and I have lived on the [[Wood|place]] all my life,
I went to [[Bishop Wilson|school]] and [[Park Hall|school]] same as my mom did.

I want you to no that I love my kids more then anything. [[Aston|name]] was a good boy until this year. He played football for
Fordbridge and [[Dean|name]] the coach said he could of gone to trials at the Villa academy. Then he started hanging round with
[[Reece|name]] and that lad [[Tiz|name]] who I never met but I seen his car outside. I told the police in October and nobody done
nothing. I no I work nights at Asda and [[Aston|name]] minds [[Poppy|name]] but I have to pay the rent and my mom [[Shirley|name]] is not
well with her hip, she is in [[Kingshurst|place]] and cant do every night.

I do not think [[Aston|name]] should go to his dads in [[Castle Vale|place]]. [[Lee|name]] smokes weed in the flat and his new girlfriend
[[Chantelle|name]] has got a son who is in the same lot as [[Tiz|name]]. I think [[Aston|name]] should stay at my moms in
[[Gilson Way|address]] for now and then come home when he is back at school full time. My step dad [[Ray|name]] is the only one he listens
to.

I would like help with:
- getting [[Aston|name]] back at school full days and moved away from them boys, maybe [[Smith's Wood|school]]? or the [[Solihull|place]]
  school [[Lode Heath|school]]
- someone to talk to [[Poppy|name]] she keeps asking why [[Aston|name]] has gone to Nans and whether the police will take her
- a worker for me, my GP Dr [[Okafor|name]] says I am depressed
- the police to do something about [[Tiz|name]] not just [[Aston|name]]

Also I want to say that Ms [[Morgan|name]] the social worker has been kind and rings back. The first one, [[Becky|name]], never did.

My number is [[07713 984597|phone]] and my email is [[jodiehadley90@hotmail.co.uk|email]]. My mom's is [[0121 753 4613|phone]].

Thank you for reading this,
[[Jodie|name]] ([[Aston|name]]s mom)
[[9/12/26|date]]
""",
    ),
]


# --- C. Mellor / Grant family (white British and Black Caribbean), Blakenall, Walsall --------------------------------------

HOME_C = d.Address("9 Lichfield Avenue", "Blakenall Heath", "Walsall", "WS3 1LA")
DAD_C = d.Address("52 Green Lane", "Bloxwich", "Walsall", "WS3 2EQ")
NAN_C = d.Address("3 Leamore Close", "Leamore", "Walsall", "WS2 7NU")
RECORD_C = d.CaseRecord(
    [
        _p("c", "subject", [("Nevaeh", "Grant")], dt.date(2026, 3, 28), addresses=[HOME_C], ids=["392 011 1206"]),
        _p(
            "s",
            "sibling",
            [("Riley", "Mellor-Grant")],
            dt.date(2021, 7, 5),
            addresses=[HOME_C],
            ids=["279 907 8281", "T335314722802"],
            schools=["Blakenall Heath Junior and Infant School"],
        ),
        _p(
            "m",
            "mother",
            [("Kirsty", "Mellor")],
            dt.date(1997, 11, 12),
            addresses=[HOME_C],
            phones=["07924 677878"],
            ids=["487 606 8941", "PN 37 29 61 C"],
        ),
        _p("f", "father", [("Jerome", "Grant")], dt.date(1994, 6, 8), addresses=[DAD_C], phones=["07940 303128"]),
        _p("g", "grandparent", [("Marcia", "Grant")], dt.date(1968, 8, 19), addresses=[NAN_C], phones=["01922 855878"]),
        _p("p1", "professional", [("Sophie", "Walker")], phones=["01922 532790"], emails=["sophie.walker@nhs.net"]),
    ],
    "c",
)

DOCS_C = [
    (
        "health visitor's contact record, plain professional recording",
        """HEALTH VISITING SERVICE - CONTACT RECORD (SystmOne print)
Client: [[GRANT, Nevaeh|name]]   DOB: [[28-Mar-2026|dob]]   NHS No: [[392 011 1206|nhs]]
Address: [[9 Lichfield Avenue|address]], [[Blakenall Heath|place]], [[Walsall|place]], [[WS3 1LA|postcode]]
Parent/carer: [[Kirsty Mellor|name]] (mother) [[07924 677878|phone]]; [[Jerome Grant|name]] (father, lives separately, [[Bloxwich|place]])
GP: Blakenall Village Centre Surgery   Corporate caseload: yes (domestic abuse, MARAC [[14/07/2026|date]])

Contact: [[18-Nov-2026|date]] 10:15   Type: 8-month review (late; due [[28-Nov-2026|date]], brought forward)   HV: [[Sophie Walker|name]]
Present: mother, [[Nevaeh|name]], [[Riley|name]] (5, off school with a cold), maternal friend [[Leanne Dyke|name]] who lives at
[[no. 11|address]].

Growth: weight 7.62 kg (9th-25th centile, was 25th at 6-8 weeks); length 68 cm. Development (ASQ-3): all areas above cut-off.
Sitting unsupported, babbling "da-da", passing toys hand to hand.
Skin check (undressed to nappy, routine): a bruise about 1.5 cm x 1 cm on the left side of the chest below the armpit,
blue-purple, no other marks; no petechiae. [[Kirsty|name]] said she had not seen it. She then said [[Riley|name]] "was playing with
her on the settee on Sunday and might have squeezed her too tight". [[Riley|name]] said "I never". Non-mobile baby: bruising
protocol applies. Discussed with [[Kirsty|name]] that I must make a referral and that [[Nevaeh|name]] needs to be seen by a
paediatrician today. [[Kirsty|name]] cried and said "they'll think it's [[Jerome|name]] and it wasn't, he ain't been here since
Friday". She said [[Jerome|name]] had [[Nevaeh|name]] from Friday [[13 November|date]] 4pm to Saturday 6pm at his mom [[Marcia|name]]'s in
[[Leamore|place]].

Actions: rang MASH 10:52 (spoke to [[Olu Adeyemi|name]]); paediatric CP medical arranged at Walsall Manor Hospital, children's
assessment unit, 14:00 today with Dr [[Fatima Mirza|name]]; mother agreed to take her with [[Leanne|name]] (taxi, as [[Kirsty|name]] has no
car). Informed GP (Dr [[Aslam|name]]) and the safeguarding children nurse, [[Debbie Whitehouse|name]].
Maternal mental health: EPDS 14 (was 9). She said she feels "on my own" since [[Jerome|name]] left in July and her own mum,
[[Tracey Mellor|name]], moved to [[Rhyl|place]].
Next contact: [[20/11/2026|date]] home visit. [[S. Walker|name]] HV, [[sophie.walker@nhs.net|email]], [[01922 532790|phone]]
""",
    ),
    (
        "police 999 call transcript from a force control room, with call handler's notes",
        """WEST MIDLANDS POLICE - FORCE CONTACT - 999 CALL TRANSCRIPT (extract for s47 enquiry)
Incident: 0388 of [[22/11/2026|date]]   Time: 23:46:12   Caller: female, mobile [[07924 677878|phone]]
Call handler: [[C. Onions|name]] (8811)   Grading: IMMEDIATE (P1)

CH: Police, what's the address of your emergency?
C: [[Nine Lichfield Avenue|address]], [[Blakenall|place]]. Please he's outside he's kicking the door.
CH: Who is kicking the door?
C: My ex, [[Jerome|name]]. [[Jerome Grant|name]]. He's got - he's drunk, he's saying he's gonna kill me.
CH: OK, stay on the line. Are there any children in the house?
C: Yes my two, my baby and my son. The baby's [[Nevaeh|name]], she's eight months, my son's [[Riley|name]] he's five.
CH: Is he inside?
C: No, no, he's at the door. [banging] He's saying I grassed on him to the social. [shouting, unclear: "...open the f----
door [[Kirst|name]]..."]
CH: Does he have any weapons that you can see?
C: I don't know. He had a bottle. [[Riley|name]] go upstairs, go in Mommy's room. [child crying]
CH: Police are on the way. What's your name?
C: [[Kirsty|name]]. [[Kirsty Mellor|name]].
CH: Date of birth?
C: [[Twelfth of the eleventh ninety-seven|dob]].
CH: Is there anyone else who can come to you?
C: My neighbour, [[Leanne|name]], at [[eleven|address]]. Her fella [[Gaz|name]] is going out to him now.
CH: Tell [[Gaz|name]] to stay inside, please. Does [[Jerome|name]] have a car?
C: A black Golf. [[Y-Ten, H-K-E|vehicle]]... I can't see the rest. It's his mom's.
[23:49:50] C: He's gone, he's gone towards [[Bloxwich|place]], up [[Blakenall Lane|address]].
CH: Officers are two minutes away.
[call ends 23:51:03 when officers arrive]

Call handler's notes: DV history - [[GRANT, Jerome|name]] DOB [[08/06/1994|dob]] (bail conditions: not to attend
[[Lichfield Avenue|address]], imposed [[3/11/26|date]]). Vehicle PNC: black VW Golf [[YT10 HKE|vehicle]], keeper [[Marcia Grant|name]],
[[3 Leamore Close|address]], [[WS2 7NU|postcode]].
Units 2141 (PC [[Ellis|name]], PC [[Bhogal|name]]) attended 23:51. Suspect arrested on [[Green Lane|address]], [[Bloxwich|place]], at 00:20
on [[23/11|date]]. Children seen safe; PPN submitted to [[Walsall|place]] MASH.
""",
    ),
]

DOCS_C += [
    (
        "a hospital emergency department safeguarding referral form, tick boxes and free text",
        """WALSALL HEALTHCARE NHS TRUST - PAEDIATRIC ED - SAFEGUARDING CHILDREN REFERRAL FORM (Form SG2)
Section 1 - Child
Surname: [[GRANT|name]]     Forename(s): [[NEVAEH|name]]     Known as: [[Nev|name]] / [[Neveah|name]] (spelled like this on the triage
screen)
DOB: [[28 / 03 / 2026|dob]]     NHS: [[392 011 1206|nhs]]     Ethnicity: Mixed - White and Black Caribbean
Home address: [[9 Lichfield Ave|address]]         Town: [[Walsall|place]]        Postcode: [[WS3 1LA|postcode]]
School / nursery: n/a (sibling [[Riley|name]] at [[Blakenall Heath J&I|school]])
Section 2 - Parent / carer
Name: [[Kirsty MELLOR|name]]   Relationship: mother   Tel: [[07924 677878|phone]]   PR: [x] yes
Name: [[Jerome GRANT|name]]    Relationship: father   Tel: [[07940 303128|phone]]   PR: [x] yes  (not present - in custody)
Section 3 - Attendance
Date: [[23/11/2026|date]]   Arrived: 01:05   Brought by: ambulance (mother and police)   Triage: [ ] red [x] amber [ ] green
Presenting complaint: checked after domestic incident at home; baby was in mother's arms when the door was kicked in?
Section 4 - Concerns (tick all that apply)
[x] domestic abuse   [ ] sexual abuse   [x] injury in non-mobile baby   [ ] FII   [ ] self-harm   [x] known to CSC
[x] previous attendance: [[18/11/2026|date]] CP medical (chest bruise, Dr [[Mirza|name]])
Section 5 - Free text
On examination by Dr [[Ngozi Eze|name]] (ST5) and Dr [[Mirza|name]] (consultant) at 02:10: small red mark 1 cm left cheek, fading;
old bruise left chest (seen on [[18 Nov|date]]) now yellow. Alert, feeding well. Mother says [[Jerome|name]] pushed the door when she had
[[Nevaeh|name]] in her arms and the door hit the baby's face. Police (PC [[Ellis|name]], collar 4420) present. Mother's friend
[[Leanne Dyke|name]] has [[Riley|name]] at her house ([[11 Lichfield Ave|address]]). Paternal grandmother, Mrs [[Marcia Grant|name]], rang
the ward at 03:15 from [[01922 855878|phone]] asking to collect the baby - told she would need to speak to CSC.
Section 6 - Action
[x] [[Walsall|place]] MASH informed by phone 02:40 - EDT SW [[Dan Pritchard|name]]   [x] CP-IS checked: child on CP plan? NO (CIN)
[x] skeletal survey discussed - not indicated for this mark   [x] copy to HV [[Sophie Walker|name]] and GP
Discharge: to mother, at the maternal aunt's, [[Donna Mellor|name]], [[14 Coalpool Lane|address]], [[Coalpool|place]], on
[[23.11.2026|date]] 09:30 (agreed by EDT).
Completed by: [[Amy Slater|name]] (Paediatric ED Sister)   Signature: [[A Slater|name]]   Date: [[23 / 11 / 26|date]]
""",
    ),
    (
        "a letter before proceedings (pre-proceedings letter) to both parents, plain professional recording",
        """Walsall Children's Services
Legal Gateway, Civic Centre

Ms [[Kirsty Mellor|name]]
c/o [[14 Coalpool Lane|address]]
[[Walsall|place]] [[WS3 1QL|postcode]]

Mr [[Jerome Grant|name]]
[[52 Green Lane|address]]
[[Bloxwich|place]] [[WS3 2EQ|postcode]]

Our ref: PLO/26/0917      Date: [[4 December 2026|date]]

IMPORTANT - LETTER BEFORE PROCEEDINGS - PLEASE TAKE THIS LETTER TO A SOLICITOR

Dear Ms [[Mellor|name]] and Mr [[Grant|name]],

Re: [[Nevaeh Grant|name]] (born [[28 March 2026|dob]]) and [[Riley Mellor-Grant|name]] (born [[5 July 2021|dob]])

I am writing because we are very worried about the safety of your children. At the legal gateway meeting on
[[1 December 2026|date]] the local authority decided that, if things do not change, we may apply to the court for care orders.
We want to work with you to avoid this. Our worries are:
1. On [[18 November 2026|date]] [[Nevaeh|name]], who is not yet crawling, had a bruise on her chest that has no clear explanation.
Dr [[Mirza|name]] said the explanation given (that [[Riley|name]] squeezed her) was possible but unlikely.
2. On the night of [[22 November|date]] Mr [[Grant|name]] came to the home drunk, in breach of his bail, and kicked the door in while
Ms [[Mellor|name]] held [[Nevaeh|name]]. [[Riley|name]] saw and heard this. This is the third time police have been called since
[[14 July 2026|date]] (also [[2 August|date]] and [[3 November|date]]).
3. Ms [[Mellor|name]] told the health visitor she feels low and on her own, and [[Riley|name]] has missed 22 sessions at
[[Blakenall Heath|school]] this term.

What we need to see: Mr [[Grant|name]] not to come to the home or contact Ms [[Mellor|name]] except through the contact centre;
Ms [[Mellor|name]] to work with Black Country Women's Aid (her worker is [[Baljit Rai|name]]) and to stay at her sister
[[Donna|name]]'s in [[Coalpool|place]] until the door and locks are fixed by whg; both parents to go to the paediatric follow-up
at the Manor on [[9 December|date]]; [[Riley|name]] at school every day; contact for Mr [[Grant|name]] with both children to be
supervised by his mother, Mrs [[Marcia Grant|name]], at her home in [[Leamore|place]], as assessed by [[Karen Fellows|name]] (kinship team).

A pre-proceedings meeting will be held on Wednesday [[16 December 2026|date]] at 10:00 at the Civic Centre, [[Darwall Street|address]],
[[Walsall|place]]. Please bring your solicitor. Free legal advice is available. A list of local family law solicitors is enclosed,
including [[Bhatti|name]] & Co on [[Lichfield Street|address]] and [[Hale|name]] [[Morton|name]] Family Law in [[Bloxwich|place]].

Your social worker is [[Rebecca Nock|name]] ([[01922 302575|phone]], [[rebecca.nock@walsall-cs.gov.uk|email]]); her manager is
[[Simon Fenn|name]]. If you do not have a solicitor by [[11 December|date]], please ring [[Rebecca|name]] and she will help.

Yours sincerely,
[[Angela Tonks|name]]
Head of Service, Safeguarding and Family Support
cc: [[Rebecca Nock|name]]; legal ([[Priya Sandhu|name]], solicitor)
""",
    ),
]


# --- D. Guest / Parkes family (white British), Netherton, Dudley ----------------------------------------------------------

HOME_D = d.Address("31 Cinder Bank", "Netherton", "Dudley", "DY2 9AH")
NAN_D = d.Address("8 Maughan Street", "Quarry Bank", "Brierley Hill", "DY5 2DN")
MUM_D = d.Address("Flat 12, Mill Court, Church Street", "", "Brierley Hill", "DY5 3PX")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tyler", "Guest")],
            dt.date(2014, 1, 19),
            addresses=[HOME_D],
            ids=["581 995 7601", "G332274727421"],
            schools=["Hillcrest School"],
        ),
        _p(
            "s",
            "sibling",
            [("Ruby", "Guest")],
            dt.date(2016, 9, 3),
            addresses=[HOME_D],
            ids=["134 136 0652", "R332320227748"],
            schools=["Netherton CofE Primary School"],
        ),
        _p(
            "f",
            "father",
            [("Darren", "Guest")],
            dt.date(1984, 2, 11),
            addresses=[HOME_D],
            phones=["07973 109654"],
            ids=["780 291 7581", "NE 14 83 27 A"],
        ),
        _p("m", "mother", [("Lisa", "Parkes")], dt.date(1987, 7, 26), addresses=[MUM_D], phones=["07980 681020"]),
        _p("g", "grandparent", [("Brenda", "Guest")], dt.date(1958, 4, 7), addresses=[NAN_D], phones=["01384 743706"]),
        _p("p1", "professional", [("Holly", "Brookes")], phones=["01384 440714"], emails=["holly.brookes@dudleyfamilies.org.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "young carer's needs assessment, plain professional recording",
        """YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s17ZA)
Young carer: [[Tyler GUEST|name]]   DOB: [[19/01/2014|dob]]   Age: 12   Year 8, [[Hillcrest School|school]], [[Netherton|place]]
Address: [[31 Cinder Bank|address]], [[Netherton|place]], [[Dudley|place]] [[DY2 9AH|postcode]]
Cares for: father [[Darren Guest|name]] (42, NI [[NE 14 83 27 A|ni]]; alcohol dependence, liver disease, a fall down the stairs in August
2025, low mood) and his sister [[Ruby|name]] (10)
Assessed by: [[Holly Brookes|name]], Young Carers Worker, Dudley Carers Network   Visits: [[29 October|date]], [[5 November|date]] and
[[12 November 2026|date]] (home, and once at school with his form tutor Mrs [[Rowley|name]])
Referred by: [[Joanne Sidaway|name]], SW, Dudley Children's Services (CIN), on [[15/10/2026|date]]

1. About [[Tyler|name]]
[[Tyler|name]] is a quiet, funny boy who loves fishing at the Lodge Farm reservoir with his grandad's old rods and supports the
Baggies "because Dad does". He has lived with his dad since his mum, [[Lisa Parkes|name]], moved out in 2022; she lives in
[[Brierley Hill|place]] and the children see her most Saturdays. His nan, Mrs [[Brenda Guest|name]], lives in [[Quarry Bank|place]].
2. What caring looks like
[[Tyler|name]] gets himself and [[Ruby|name]] up and out (his alarm is 6.45), makes toast, takes [[Ruby|name]] to
[[Netherton CofE|school]] on [[Northfield Road|address]] and then walks to [[Hillcrest|school]]. After school he does the shopping at the
Co-op on [[Halesowen Road|address]] with his dad's card, cooks (pasta, oven chips, "Nan's stew" that she leaves on Sundays), and on bad
nights he puts his dad in the recovery position "like the lady at the hospital showed me". He counts the cans. On [[3 October|date]] he
rang 999 when [[Darren|name]] vomited blood; the ambulance took [[Darren|name]] to Russells Hall Hospital and [[Tyler|name]] and
[[Ruby|name]] went to their neighbour
Mrs [[Sedgley|name]] at [[no. 33|address]], then to their nan. (Mrs [[Pat Sedgley|name]] is not related.)
3. Impact
Attendance 88%, late 14 times since [[September 7th|date]]. Mrs [[Rowley|name]] says he falls asleep in maths. He has stopped
going to Netherton Arts Centre drama on Thursdays. He says "I ain't got no mates who know", except his best friend [[Kyle Hingley|name]],
who lives on [[Swan Street|address]] and "comes round and plays Xbox so I don't have to go out". He worries all day when his dad has been
drinking and checks his phone at break for texts.
4. What [[Tyler|name]] says
"I don't mind doing it. It's me dad. I just don't want him to die. I want someone to make him stop." "Our [[Ruby|name]] don't know
how bad it is and I don't want her to." "Nan does loads but her legs are bad."
5. What [[Darren|name]] says
[[Darren|name]] said he knows [[Tyler|name]] does too much and is "ashamed". He is on the waiting list at the Atlantic House drug and
alcohol service, [[Dudley|place]], and saw the liver nurse, [[Michelle Bate|name]], on [[20 October|date]]. He said he would accept a
carer's assessment for himself and help from the Black Country alcohol team.
6. Plan
Young carers group (Tuesdays, at the hub on [[Stone Street|address]], [[Dudley|place]]) from [[17 November|date]]; a respite day trip on
[[12 December|date]] to Drayton Manor; a "what if" card with nan's number ([[01384 743706|phone]]) and mum's ([[07980 681020|phone]]);
ask school for a key adult; ask Dudley Children's Services (SW [[Joanne Sidaway|name]]) to consider a family network meeting with
[[Lisa|name]] and [[Brenda|name]]. Review: [[11 February 2027|date]]. Contact: [[holly.brookes@dudleyfamilies.org.uk|email]].
""",
    ),
]

DOCS_D += [
    (
        "a social worker's notes typed fast on her phone during and after a home visit, pasted into the record",
        """[pasted from Notes app - [[J Sidaway|name]] - [[19/11|date]]]

hv [[31 cinder bank|address]] 4.10pm. [[darren|name]] in, sober?? says 2 cans since sat. smell of it tho. [[ty|name]] + [[ruby|name]] in
kitchen doing tea (fish fingers). [[ruby|name]] showed me her reading bk, year 5 now, teacher mr [[o'neill|name]] at
[[netherton cofe|school]]
[[ruby|name]] said "daddy was poorly on sunday and [[tyler|name]] cleaned it up"
[[tyler|name]] quiet, said fine. asked to see him alone - upstairs. he said dad fell in the bathroom sun night, he got him up w
[[kyle|name]]s dad [[mick|name]] ([[mick hingley|name]] [[swan st|address]]) - didnt ring amb cos "dad said not to"
bruise on [[darren|name]]s forehead, he says walked into cupboard
fridge ok, nan [[brenda|name]] shopped tues. gas + lecky on. washing done.
[[darren|name]]: wants [[tyler|name]] to stop "telling everyone our business" - told him its not [[tyler|name]]s fault + its what we need
to keep them safe. he cried.
rang [[lisa|name]] from car 5.20 - [[07980 681020|phone]] - she can have them fri-sun this wk + next. her new
bloke [[Dale|name]] ([[dale westwood|name]]?) - need checks before overnights. she lives [[mill court|address]] [[brierley
hill|place]], 2 bed flat
rang nan - [[01384 743706|phone]] - v upset. she said [[darren|name]] was like this after his dad died ([[roy guest|name]], 2019).
she cant have them full time, her hip, and her other son [[Wesley|name]] lives with her (learning disability)
also nan says neighbour [[pat|name]] at [[33|address]] "sees everything" - [[pat sedgley|name]] rang her about shouting sat 2am

TODO
- strat disc? talk to [[Simon|name]] (TM) tmrw
- ask [[holly|name]] (YC) re [[tyler|name]]s group
- [[lisa|name]] + [[dale|name]] - PNC/LA checks ([[dale westwood|name]] dob ? [[lisa|name]] thinks [[3 march 85|dob]])
- nan's hip op at russells hall [[8th jan|date]]?? who has kids then
""",
    ),
]

DOCS_D += [
    (
        "school attendance panel meeting minutes, plain professional recording",
        """[[HILLCREST SCHOOL|school]] - ATTENDANCE SUPPORT PANEL - MINUTES
Pupil: [[GUEST, Tyler|name]] (8RW)   UPN: [[G332274727421|upn]]   DOB: [[19.01.14|dob]]
Meeting: Wednesday [[25 November 2026|date]], 15:30, Learning Support base, [[Hillcrest School|school]], [[Simms Lane|address]],
[[Netherton|place]]
Present: Mr [[Gareth Pearson|name]] (Assistant Head, chair); Mrs [[Kate Rowley|name]] (form tutor); [[Mandeep Johal|name]] (Attendance
Officer); [[Joanne Sidaway|name]] (SW); [[Holly Brookes|name]] (Young Carers); Mrs [[Brenda Guest|name]] (grandmother, for father);
[[Tyler|name]] (for item 4). Apologies: Mr [[Darren Guest|name]] (unwell).

1. Attendance: 86.4% this year to [[20 November|date]] (persistent absence threshold is 90%); 16 lates, all before registers close.
Unauthorised absences on [[2 October|date]], [[6 October|date]], [[13 November|date]] and the [[16th|date]]. The absence on Monday
[[6 October|date]] followed the ambulance call on the [[3rd|date]]. [[Mandeep|name]] said a penalty notice is not appropriate because
[[Tyler|name]] is a young carer and the family is open to children's services.
2. Background (SW): [[Tyler|name]] lives with his dad and sister [[Ruby|name]] on [[Cinder Bank|address]]; Dad's health is poor; mum
([[Lisa Parkes|name]], [[Brierley Hill|place]]) has the children at weekends and will have them from [[8 January|date]] to
[[22 January|date]] while nan has her hip done at Russells Hall. [[Joanne|name]] said a strategy discussion on [[20 November|date]] decided
not to start s47 but to step up the CIN plan.
3. Young carers (HB): [[Tyler|name]] went to the group on [[17 November|date]] and [[24 November|date]] and "loved it"; he made a friend
from [[Gornal|place]], [[Ollie|name]]. The trip to Drayton Manor on [[12 December|date]] is confirmed.
4. [[Tyler|name]]'s views: he would like to be allowed to keep his phone on silent in his blazer "in case Dad rings", to have a
late pass on Mondays, and not to be put in detention for lates. He asked that his friends not be told.
5. Agreed: a young carer's card (phone on silent; time-out pass to the base); Mrs [[Rowley|name]] as key adult, check-in at
08:40 daily; lates on Mondays authorised until February half term; homework club in school (so he can do homework before home);
free breakfast. [[Mandeep|name]] to phone Mr [[Guest|name]] weekly ([[07973 109654|phone]]). Nan to be the school's second contact
([[01384 743706|phone]], [[8 Maughan Street|address]], [[Quarry Bank|place]], [[DY5 2DN|postcode]]).
Next panel: [[3 February 2027|date]].   Minutes by [[Sarah Perks|name]] (admin). Circulation: as present and [[Netherton CofE|school]] (for
[[Ruby|name]]).
""",
    ),
    (
        "a grandmother's handwritten letter to the social worker, scanned and OCR'd (errors left in)",
        """[scanned [[02/12/2026|date]] - OCR text, not corrected]

[[8 Maughan St|address]]
[[Quarry Bonk|place]]
[[Brierly Hill|place]]
[[DY5 2DN|postcode]]
[[30th Nov 2026|date]]

Dear Miss [[Sidaway|name]] ([[Joanne|name]])

Thank yow for comeing to see me on Fryday and for listning. I am writing this down because I get muddled on the phone and
my son [[Wes|name]] says I go on. I want to put down what I know about our [[Darren|name]] and the kids [[Tyler|name]] and [[Ruby|name]]
so it is on there file.

[[Darren|name]] is my youngest. He was a good lad and worked at Brierley Hill Glass and then at a warehouse by Merry Hill until it shut,
then on the lorrys. It all went wrong when his dad [[Roy|name]] died in 2019 and then [[Lisa|name]] went. He drinks cider
from the shop on [[Northfield Rd|address]], the man there is [[Sunny|name]] and I have asked him not to serve him but he says he
cant refuse.

I do what I can. I go up [[Cinder Bank|address]] on the 222 bus
Tuesdays and Sundays and do a shop and a stew. My neighbour [[Marj Round|name]] ([[no 10|address]]) takes me in her car when
my legs are bad. [[Tyler|name]] is like a little old man, he worrys about his dad all the time. [[Ruby|name]] is still a baby really
she dont know. I have got to have my hip done on the [[8th of January|date]] at Russells Hall and I will be in 3 or 4 days.

[[Lisa|name]] says she will have them but I am worried about this [[Dale|name]] she has got. I dont know him. My friend [[Glenys
Hackett|name]] from chapel says he is from [[Cradley Heath|place]] and he has been in trouble. I am not saying he is bad I just
dont know him and neither do yow.

Please can yow tell [[Darren|name]] to go to the Atlantic House place they said he was on the list in October. He has got a
letter but he wont open his post. If it helps I can go with him.

My phone is [[01384 743706|phone]] (house) its best after 10 am. My other son [[Wesley|name]] lives with me and answers sometimes.

Yours Sincerly
[[B. Guest|name]] (Mrs [[Brenda Guest|name]])

P.S. [[Ruby|name]]s birthday is the [[3rd of September|dob]] not the [[9th|dob]] like the school put.
""",
    ),
]


# --- E. Nurul Amin / Rashida Begum family (Rohingya, resettled from Cox's Bazar), Alum Rock, Birmingham ------------------

HOME_E = d.Address("88 Highfield Road", "Alum Rock", "Birmingham", "B8 3QF")
UNCLE_E = d.Address("Block C-7-3, Pangsapuri Sri Kenanga, Jalan Kenanga 4", "Selayang", "Kuala Lumpur", "68100")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Senuara", "Begum")],
            dt.date(2011, 5, 14),
            addresses=[HOME_E],
            ids=["183 873 2365", "Y330908027871"],
            schools=["Washwood Heath Academy"],
        ),
        _p("s", "sibling", [("Mohammed", "Yasin")], dt.date(2014, 2, 1), addresses=[HOME_E], ids=["717 983 9094", "H330325625207"]),
        _p("s2", "sibling", [("Abdul", "Hakim")], dt.date(2020, 10, 22), addresses=[HOME_E], ids=["569 433 5503"]),
        _p("m", "mother", [("Rashida", "Begum")], dt.date(1989, 1, 1), addresses=[HOME_E], phones=["07841 265989"]),
        _p("f", "father", [("Nurul", "Amin")], dt.date(1983, 1, 1), addresses=[HOME_E], phones=["07840 210381"], ids=["SK 40 92 17 D"]),
        _p("u", "relative", [("Jamal", "Hossain")], addresses=[UNCLE_E], phones=["+60 16-772 4810"]),
        _p("p1", "professional", [("Farhana", "Iqbal")], phones=["0121 837 9807"], emails=["farhana.iqbal@reavalleytrust.org.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "forced marriage strategy meeting minutes, plain professional recording",
        """REA VALLEY CHILDREN'S TRUST - STRATEGY MEETING (risk of forced marriage) - CONFIDENTIAL
Child: [[Senuara BEGUM|name]] (also written [[Senu Ara|name]], [[Sanuara|name]]; known as "[[Senu|name]]")   DOB: [[14/05/2011|dob]] (as on
her UNHCR resettlement papers; the family say her real birthday "is not known")   Age: 15
Address: [[88 Highfield Road|address]], [[Alum Rock|place]], [[Birmingham|place]] [[B8 3QF|postcode]]   Language: Rohingya (Ruáingga); some
English
Date: Friday [[27 November 2026|date]], 14:00-15:30, Lancaster Circus and Teams
Chair: [[Gary Simmonds|name]] (Team Manager, East Birmingham Assessment). Present: [[Farhana Iqbal|name]] (SW); DS [[Imran Hussain|name]]
(West Midlands Police, Honour Based Abuse team); Ms [[Tamsin Reid|name]] (DSL, [[Washwood Heath Academy|school]]); [[Louise Carey|name]]
(Forced Marriage Unit caseworker, by phone); [[Kamal Taher|name]] (interpreter, Rohingya, for the read-back only).

1. Why we met
On [[25 November|date]] [[Senu|name]] told her form tutor, Mr [[Patrick Joyce|name]], that her father has "promised" her to a man in
Malaysia, [[Anwar Sadek|name]] (about 28), a cousin of her uncle's wife, and that she will be "sent" after her exams or sooner. She
said there was a video call on [[22 November|date]] with [[Anwar|name]] and his mother from [[Selayang|place]], [[Kuala Lumpur|place]], and
that her mother showed her gold. She said "In the camp girls get married at 14, my mum was 15. Here it is different, I want to be a
nurse." She asked that her parents not be told she had spoken.
2. Background
The family came to the UK under the UK Resettlement Scheme in 2019 from [[Kutupalong|place]] camp, [[Cox's Bazar|place]], Bangladesh, where
they lived from 2017 after fleeing [[Maungdaw|place]], in Rakhine State. Father [[Nurul Amin|name]] (DOB recorded as [[01/01/1983|dob]])
works at a car wash in [[Saltley|place]]; mother [[Rashida Begum|name]] (DOB recorded as [[01/01/1989|dob]]) does not read or write and
speaks no English. Brothers [[Mohammed Yasin|name]] (12, [[Yasin|name]]) at [[Washwood Heath Academy|school]] and [[Abdul Hakim|name]] (6,
"[[Hakim|name]]") at [[Alum Rock Primary|school]]. Paternal uncle [[Jamal Hossain|name]] lives in [[Selayang|place]]
([[+60 16-772 4810|phone]]); maternal grandmother [[Hamida Khatun|name]] is still in the camp at [[Balukhali|place]].
3. Information shared
School: [[Senu|name]] is in Year 11, predicted grade 5s, attendance 96% until this half term, 81% since; she was absent on
[[9 November|date]], [[10 November|date]] and the [[16th|date]]. Her friend [[Aleena Rahman|name]] told Ms [[Reid|name]] that [[Senu|name]]
"has to do video calls with a man" and was crying in the toilets on [[19 November|date]].
Police: no previous police contact. The mosque's imam, Maulana [[Abdur Rahim|name]] of [[Couchman Road|address]], is said by the community
to be against early marriage; not contacted.
FMU: the FMU can help with passport alerts and a Forced Marriage Protection Order (FMPO); Malaysia is not a Hague Convention
country for this purpose; the family have UK travel documents (refugee) - not passports - held by the father.
Interpreter: [[Kamal Taher|name]] said he lives in [[Small Heath|place]], is from the same camp but does not know this family. Agreed not
to use any interpreter from the local Rohingya community for work with [[Senu|name]]; use telephone interpreters only (Language Line,
Rohingya, male and female).
4. Decision
Threshold met for s47 enquiry (joint, police and SW). Risk: HIGH. Actions: FMPO application to be considered by legal today
(solicitor [[Naveed Akram|name]]); port alert for [[Senu|name]], [[Yasin|name]] and [[Hakim|name]]; [[Senu|name]] to be seen alone at
school on
[[30 November|date]] by [[Farhana|name]] and DS [[Hussain|name]] with a female telephone interpreter; a safety plan and a "spoon in the
underwear" talk if she is taken to an airport; parents not to be told of her disclosure. Next meeting: [[4 December 2026|date]].
Minutes: [[Claire Dunn|name]].
""",
    ),
]

DOCS_E += [
    (
        "a school's safeguarding concern form, handwritten boxes typed into the school's system",
        """[[WASHWOOD HEATH ACADEMY|school]] - RECORD OF SAFEGUARDING CONCERN (staff form SC1)
Pupil name: [[Senuara Begum|name]]          Tutor group: 11KJ         DOB: [[14-05-2011|dob]]       UPN: [[Y330908027871|upn]]
Home language: Rohingya / Bengali (some)     Siblings in school: [[Mohammed Yasin|name]] (8PL)
Date and time of concern: Wednesday [[25/11/2026|date]] 12:50 (lunch)     Where: form room C14
Member of staff: Mr [[P. Joyce|name]] (form tutor)

What did you see / hear? (the pupil's words as far as possible):
[[Senu|name]] stayed behind and asked if she could "talk about a private thing". She said: "My abba says I have to marry [[Anwar|name]] in
[[Kuala Lumpur|place]]. He is my chacha's wife's cousin. He is old, 28. They did the video call on Sunday, his amma was there and
my amma showed me the gold. I said no to my amma and she cried and said I shame the family in front of [[Hamida|name]] nani.
[[Yasin|name]] knows. Please don't tell them I said." She said they might go "after the exams, or in the Eid". She showed me a
message on her phone from a number starting +60 ([[+60 11-2839 5507|phone]]) that said "salaam my wife" with a heart.
She said her dad is not a bad man and she does not want him in trouble. She wants to stay at school and go to [[Joseph Chamberlain|school]]
college to do health and social care.

Any marks / injuries? None seen.     Pupil's demeanour: tearful, calm after.
Who else knows? Her friend [[Aleena Rahman|name]] (11KJ) and "[[Minara|name]] from the mosque class" ([[Minara Begum|name]], year 10,
[[Park View|school]]?)
Signed: [[Patrick Joyce|name]]   Passed to DSL at: 13:05 (in person)

DSL action (Ms [[T. Reid|name]]):
[[25.11.26|date]] 13:20 - rang CASS; spoke to [[Rosie Lyons|name]]. Advised: do NOT contact parents; strategy meeting to be arranged.
13:45 - spoke to [[Senu|name]] with the school's female counsellor, Mrs [[Nasreen Akhtar|name]]. [[Senu|name]] agreed she can go home today
as her father is at work until 9pm and "nothing will happen yet". Gave her the school's number and my mobile ([[07568 471347|phone]]);
agreed the code word "library book" if she is in danger. She said her mum cannot read English so texts are safe, but
[[Yasin|name]] reads her phone. Her home address checked: [[88 Highfield Rd|address]], [[B8 3QF|postcode]]. Mother's number on SIMS:
[[07841 265989|phone]].
[[27.11.26|date]] - attended strategy meeting (see CSC minutes).
Form tutor to note any absence from [[1 December|date]] and ring CSC the same day, not home.
""",
    ),
    (
        "an Imo messenger chat typed up from a police download of a girl's phone, Rohingya in Latin letters with an English gloss",
        """WEST MIDLANDS POLICE - DIGITAL MEDIA INVESTIGATION UNIT - chat extract (exhibit FI/4), device of [[Senuara BEGUM|name]]
Extracted [[01/12/2026|date]]. Messages from Imo; translation by a telephone interpreter (Rohingya), gloss in (brackets). Contact
names as saved on the device.

Contact "[[Anwar|name]] 🇲🇾" ([[+60 11-2839 5507|phone]])
[[22/11/2026|date]] 19:05 [[Anwar|name]] 🇲🇾: salaam [[senu|name]] ami tuar zamai (I am your husband) 😊
[[22/11/2026|date]] 19:07 [[Senu|name]]: walaikum salaam
[[22/11/2026|date]] 19:30 [[Anwar|name]] 🇲🇾: tui [[Ampang|place]] ot aile gor diyum (when you come to [[Ampang|place]] I will give you a
house)
[[23/11/2026|date]] 07:12 [[Anwar|name]] 🇲🇾: tuar ma baafe hoiye december ot (your mother and father said December)
[[23/11/2026|date]] 07:40 [[Senu|name]]: ami school goittam (I am going to school)
[[23/11/2026|date]] 07:41 [[Anwar|name]] 🇲🇾: school ar dorkar nai (no more need for school) 😂

Contact "Abba" ([[07840 210381|phone]])
[[24/11/2026|date]] 16:00 Abba: [[Jamal|name]] chacha ye [[anwar|name]] re kotha diye. tui manibi (Uncle [[Jamal|name]] has given his word
to [[Anwar|name]]. You will obey)
[[24/11/2026|date]] 16:02 [[Senu|name]]: abba ami aro porijum (Dad, I want to study more)
[[24/11/2026|date]] 16:10 Abba: [[Kutupalong|place]] ot tor bon [[Rozina|name]] ye 14 bosor ot biya goijje (in [[Kutupalong|place]] your
cousin [[Rozina|name]] married at 14)

Contact "[[aleena|name]] 💜" ([[07595 164277|phone]])
[[24/11/2026|date]] 21:15 [[aleena|name]] 💜: babe just tell sir [[joyce|name]]. or ms [[reid|name]]. they have to help u
[[24/11/2026|date]] 21:16 [[Senu|name]]: i cant my dad will get deported or smth
[[24/11/2026|date]] 21:16 [[aleena|name]] 💜: thats not how it works. my cousin [[hafsa|name]] did it and she's at uni in [[coventry|place]]
now
[[24/11/2026|date]] 21:20 [[Senu|name]]: ok tmrw. dont tell [[yasin|name]]

Contact "Nani" ([[+880 1819 562 047|phone]])
[[26/11/2026|date]] 10:30 Nani: [[سینو|name]] beti, tui kenno kandor ([[Senu|name]], my daughter, why are you crying)
[[26/11/2026|date]] 10:34 [[Senu|name]]: nani ami biya na goijjum (Nani, I will not marry)
[[26/11/2026|date]] 10:40 Nani: [[কুতুপালং|place]] ot sob mainshe zane (in [[Kutupalong|place]] everyone knows) - this message written
part in Bengali script, as sent

Contact "[[Jamal|name]] chacha 🇲🇾" ([[+60 16-772 4810|phone]])
[[28/11/2026|date]] 23:02 [[Jamal|name]] chacha 🇲🇾: tor abba re kodde ticket lon (I told your father to buy the ticket) -
[[Selayang|place]] ot aijja ([[Block C-7-3|address]], [[Pangsapuri Sri Kenanga|address]]) - come to [[Selayang|place]]
""",
    ),
]

DOCS_E += [
    (
        "a social worker's witness statement for a forced marriage protection order application, extract",
        """IN THE FAMILY COURT AT BIRMINGHAM                                             Case no. BM26F01184
IN THE MATTER OF PART 4A FAMILY LAW ACT 1996 (FORCED MARRIAGE)
Applicant: Rea Valley Children's Trust (relevant third party)     Person to be protected: [[SENUARA BEGUM|name]] (born [[14.05.2011|dob]])
Respondents: (1) [[NURUL AMIN|name]] (2) [[RASHIDA BEGUM|name]] (3) [[JAMAL HOSSAIN|name]] (4) [[ANWAR SADEK|name]]

FIRST WITNESS STATEMENT OF [[FARHANA IQBAL|name]]
I, [[Farhana Iqbal|name]], of Rea Valley Children's Trust, [[1 Lancaster Circus|address]], [[Birmingham|place]] [[B4 7DJ|postcode]], social
worker, say as follows:

1. I have been the allocated social worker for [[Senuara|name]] ("[[Senu|name]]") and her brothers [[Mohammed Yasin|name]] (born
[[01.02.2014|dob]]) and [[Abdul Hakim|name]] (born [[22.10.2020|dob]]) since [[25 November 2026|date]]. The family live at
[[88 Highfield Road|address]], [[Alum Rock|place]], [[Birmingham|place]] [[B8 3QF|postcode]]. The family are Rohingya Muslims who came to
the UK as refugees in March 2019 from the camps at [[Cox's Bazar|place]], Bangladesh. Their first home was in [[Nechells|place]]; they
moved to [[Alum Rock|place]] in 2022.
2. On [[25 November 2026|date]] [[Senu|name]] told her form tutor at [[Washwood Heath Academy|school]] that her father had agreed that
she would marry the fourth respondent, [[Anwar Sadek|name]], who lives in [[Ampang|place]], [[Kuala Lumpur|place]], and is about 28.
I exhibit the school's record as FI/1 and the minutes of the strategy meeting of [[27 November|date]] as FI/2.
3. On Monday [[30 November 2026|date]] I saw [[Senu|name]] alone at school with DS [[Imran Hussain|name]] and a female telephone interpreter
(Language Line, ID 44817). [[Senu|name]] repeated what she had said. She told us that her uncle, the third respondent, rang
her father from [[Selayang|place]] on [[28 November|date]] and told him to buy tickets for "the holidays", and that her mother had
packed a suitcase of her clothes and the gold "for the wedding". She said the family friend who books flights is "[[Faruk|name]]
bhai" at a travel shop on [[Alum Rock Road|address]] ([[Faruk Ahmed|name]]).
4. On [[1 December 2026|date]] police downloaded [[Senu|name]]'s phone with her consent. The messages (FI/4) include messages from
the fourth respondent on [[22|date]] and [[23 November|date]] calling himself her husband and saying she will have "no more need for
school", and from the first respondent on [[24 November|date]] telling her she must obey.
5. On [[2 December 2026|date]] I visited the home with DS [[Hussain|name]] and an interpreter, [[Shofiq Ullah|name]], who is not from
[[Birmingham|place]] (he joined by video from [[Bradford|place]]). Mr [[Nurul Amin|name]] said that no marriage would take place "until she
is 16" and that in their culture a promise is not a wedding. Ms [[Rashida Begum|name]] cried and said her own mother,
[[Hamida Khatun|name]], in [[Balukhali|place]] camp, had "arranged everything" by phone. Mr [[Amin|name]] said he did not know that forcing
a marriage is a crime in this country and that he did not want to lose his children. He agreed to hand the family's travel documents to the
police and he did so on [[3 December|date]] at [[Stechford|place]] police station.
6. [[Senu|name]] has said she wants to stay living at home if she is safe there. Her brother [[Yasin|name]] (12) told me that his
father is "kind but the uncles push him" and that [[Jamal|name]] chacha "shouts on the phone".
7. I ask the court to make a Forced Marriage Protection Order without notice to the third and fourth respondents, who live
abroad ([[Jamal Hossain|name]]: [[Block C-7-3, Pangsapuri Sri Kenanga, Jalan Kenanga 4|address]], [[68100|postcode]] [[Selayang|place]],
[[+60 16-772 4810|phone]]; [[Anwar Sadek|name]]: address not known, [[+60 11-2839 5507|phone]]), forbidding all the respondents from
taking [[Senu|name]] out of England and Wales, from arranging any engagement or marriage for her, and requiring her travel
documents and any passport to be kept by the police until [[14 May 2029|date]] (her 18th birthday).
8. The family's support worker at the Rohingya Community Project, [[Nur Hossain|name]], and the family's GP, Dr [[Tahir Mahmood|name]] of
[[Washwood Heath|place]], know of this application. The family's names in their own script as the mother gave them: [[رشیدہ|name]]
and [[نور الامین|name]].
I believe that the facts stated in this witness statement are true.
Signed: [[F. Iqbal|name]]        Dated: [[4 December 2026|date]]
""",
    ),
]


# --- F. Deng / Majok family (South Sudanese, Dinka), Heath Town, Wolverhampton ---------------------------------------------

HOME_F = d.Address("Flat 62, Hawksford House, Chervil Rise", "Heath Town", "Wolverhampton", "WV10 0HU")
UNCLE_F = d.Address("19 Showell Road", "Low Hill", "Wolverhampton", "WV10 9LY")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Deng", "Majok")],
            dt.date(2018, 11, 30),
            addresses=[HOME_F],
            ids=["820 754 1164", "A336975328499"],
            schools=["Heath Park Primary School"],
        ),
        _p("s", "sibling", [("Garang", "Majok")], dt.date(2010, 3, 15), addresses=[HOME_F], ids=["979 006 6058", "R336754925393"]),
        _p("s2", "sibling", [("Nyibol", "Majok")], dt.date(2013, 7, 9), addresses=[HOME_F], ids=["402 277 1453", "Z336703824095"]),
        _p(
            "m",
            "mother",
            [("Achol", "Deng")],
            dt.date(1988, 4, 2),
            addresses=[HOME_F],
            phones=["07908 060902"],
            ids=["761 098 1257", "PT 51 07 93 B"],
        ),
        _p("f", "father", [("Majok", "Garang")], phones=["+211 912 348 601"]),
        _p("u", "relative", [("Mayen", "Akech")], addresses=[UNCLE_F], phones=["07588 272159"]),
        _p("p1", "professional", [("Bethany", "Cope")], phones=["01902 425254"], emails=["bethany.cope@smestowvale.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "section 47 enquiry outcome report, plain professional recording",
        """SMESTOW VALE COUNCIL - CHILDREN'S SERVICES - OUTCOME OF SECTION 47 ENQUIRY
Child: [[Deng MAJOK|name]]   DOB: [[30/11/2018|dob]]   NHS: [[820 754 1164|nhs]]   Age: 8   School: [[Heath Park Primary|school]],
[[Heath Town|place]]
Siblings: [[Garang Majok|name]] (16, DOB [[15/03/2010|dob]]); [[Nyibol Majok|name]] (13, DOB [[09/07/2013|dob]])
Address: [[Flat 62, Hawksford House, Chervil Rise|address]], [[Heath Town|place]], [[Wolverhampton|place]] [[WV10 0HU|postcode]]
Mother: [[Achol Deng|name]] ([[07908 060902|phone]]; NI [[PT 51 07 93 B|ni]]); language Dinka (Thuɔŋjäŋ), Juba Arabic and good English
Father: [[Majok Garang|name]], in [[Juba|place]] ([[+211 912 348 601|phone]]); not seen since 2019
Enquiry dates: [[2 November 2026|date]] to [[16 November 2026|date]]   Social worker: [[Bethany Cope|name]]   Manager: [[Paul Onions|name]]

Reason for the enquiry
On Monday [[2 November|date]] [[Deng|name]] came into school with three raised linear marks on the back of his left thigh, about 8-10 cm
long. He told his class teacher, Miss [[Grace Owusu|name]], that "Uncle [[Mayen|name]] beat me with the belt because I lied about the
iPad". The uncle, Mr [[Mayen Akech|name]], is the mother's cousin and lives at [[19 Showell Road|address]], [[Low Hill|place]]
([[WV10 9LY|postcode]]); he looks after the children after school three days a week while Ms [[Deng|name]] works shifts as a care assistant
at a nursing home in [[Tettenhall|place]].

What was done
Joint visit with PC [[Nathan Eccleston|name]] on [[2 November|date]]; [[Deng|name]] seen at school and at home; child protection medical at
New Cross Hospital on [[3 November|date]] (Dr [[Ruth Olaniyan|name]]): marks consistent with a belt, non-accidental, healing.
[[Garang|name]] and [[Nyibol|name]] seen alone on [[5 November|date]]. Mr [[Akech|name]] interviewed under caution on [[6 November|date]];
he admitted smacking [[Deng|name]] "three times, the way we were raised in [[Bor|place]]" and said he did not know it was against the law
here; police decided on a community resolution and a referral to a parenting course. Checks with [[Heath Park|school]], the
[[Wolverhampton|place]] GP (Dr [[Asante|name]], Prestbury Medical Practice), and Pastor [[Daniel Mabior|name]] of the family's church.

What the children said
[[Deng|name]]: "Mum is nice. [[Mayen|name]] is strict. I don't want to go there after school." [[Nyibol|name]] said her uncle "only beats
the boys" and that her mum "does not beat us, she talks". [[Garang|name]] said he was beaten "loads" by his uncle when he was younger and
"that's why I don't go there no more". [[Garang|name]] was excluded from [[Moseley Park|school]] on [[22 October|date]] and is at the
[[Braybrook
Centre|school]] (pupil referral unit). He told me he stays out late in [[Wednesfield|place]] with friends
"from the [[Scotlands|place]]" and that a boy called
"[[Mado|name]]" ([[Madut|name]]?) gave him a lift in a car; to be explored.
What Ms [[Deng|name]] said
She was shocked and angry with her cousin and said she will not use him for childcare again. She has arranged for her friend
Mrs [[Abuk Kuol|name]], who lives in the same block ([[Flat 57|address]]), to have [[Deng|name]] after school. She said she is tired and
alone since [[Majok|name]] stayed in [[Juba|place]]; her sister [[Ayen Deng|name]] in [[Kampala|place]] ([[+256 772 418 305|phone]]) is her
main support.

Outcome
Concerns substantiated (physical abuse by a relative). The mother is protective and has acted. Outcome: not to ICPC; a child in
need plan for all three children, with a family group conference, work with [[Garang|name]] on exploitation (referral to the
Wolverhampton Youth Justice Service's prevention team) and a parenting offer for the extended family through the church.
Signed: [[B. Cope|name]], [[17/11/2026|date]]; agreed [[P. Onions|name]] [[18/11/2026|date]]
""",
    ),
]

DOCS_F += [
    (
        "a pastor's email to the social worker, with his signature block and a forwarded message",
        """From: Rev. [[Daniel Mabior|name]] <[[dmabior.stjohns@outlook.com|email]]>
Sent: Sunday, [[15 November 2026|date]] 22:31
To: [[Bethany Cope|name]] <[[bethany.cope@smestowvale.gov.uk|email]]>
Cc: [[Achol Deng|name]] <[[acholdeng88@gmail.com|email]]>
Subject: [[Achol|name]] and the children / [[Mayen|name]] / parenting talk at church

Dear Ms [[Cope|name]],

Thank you for your call on Friday. As I said, I have known [[Achol|name]] since she came to [[Wolverhampton|place]] from [[Kakuma|place]]
in 2012 and I baptised [[Deng|name]] and [[Nyibol|name]]. She is a good mother. Our Dinka congregation meets on Sundays at 2pm at St John's,
[[Whitmore Reans|place]], and after the service today I spoke with [[Mayen|name]] and some of the elders (Mr [[Kuol Arok|name]], Mr [[Thon
Malual|name]] and our women's leader Mama [[Adut|name]]) about what happened.

In our culture in South Sudan, an uncle has the duty to discipline the sons of his sister or cousin, and a beating is not seen as
wrong. But here it is the law, and I told them so. [[Mayen|name]] accepts it. He is ashamed, and he asked me to tell you that
he will go to the parenting course. He asked whether it can be with other Dinka fathers, not alone. I think many of our families
would come to a talk at the church about UK law and discipline if your team could send someone. We have had the same problem
with two other families (I will not name them) this year.

About [[Garang|name]]: I am worried. He used to serve at the altar with my son [[Ater|name]]. Since the summer he goes with boys in
[[Wednesfield|place]] and at the [[Scotlands|place]] and one older one they call "[[Mado|name]]" who drives a white car. [[Achol|name]]
does not know half of it. His father [[Majok|name]] in [[Juba|place]] is asking for [[Garang|name]] to be sent to him "to become a man". I
have told [[Achol|name]] this is not a good idea. [[Majok|name]] called me too from [[+211 921 604 213|phone]] (not his usual number).

Below is the message [[Achol|name]]'s sister sent to the church WhatsApp, which [[Achol|name]] asked me to forward to you.

Blessings,
Rev. [[Daniel Mabior|name]]
Pastor, South Sudanese Anglican Fellowship (West Midlands)
St John's Church Hall, [[Lowe Street|address]], [[Wolverhampton|place]] [[WV6 0QE|postcode]]
Mob: [[07590 076513|phone]]

---------- Forwarded message ----------
From: [[Ayen Deng|name]] ([[+256 772 418 305|phone]])
Date: [[14/11/2026|date]]
"Pastor please pray for my sister [[Achol|name]] in [[Wolverhampton|place]]. The council took her son to the hospital because [[Mayen|name]]
beat him. She is alone with three children and her husband is in [[Juba|place]]. If they try to take the children she can send
[[Nyibol|name]] and [[Deng|name]] to me in [[Kampala|place]], I am at [[Plot 14, Kireka Road|address]], [[Kireka|place]]. God bless you.
[[Ayen|name]]"
""",
    ),
]

DOCS_F += [
    (
        "family group conference family plan, in the family's words with the coordinator's notes",
        """SMESTOW VALE FAMILY GROUP CONFERENCE SERVICE - FAMILY PLAN
Children: [[Garang|name]] (16), [[Nyibol|name]] (13) and [[Deng|name]] (8) [[MAJOK|name]]
Conference held: Saturday [[5 December 2026|date]], 11:00-16:30, at the [[Heath Town|place]] community hub, [[Tudor Road|address]],
[[WV10 0LT|postcode]]
Coordinator: [[Rebecca Oduya|name]] (independent)   Interpreter (Dinka): not needed - family chose English with [[Garang|name]] helping
Social worker for the information-giving: [[Bethany Cope|name]]; also [[Shaun Lacey|name]] (Youth Justice prevention worker)

Who came (family time): [[Achol Deng|name]] (mum); [[Mayen Akech|name]] (mum's cousin); Mrs [[Abuk Kuol|name]] (friend and neighbour,
[[Flat 57|address]]); Rev. [[Daniel Mabior|name]] (pastor); Mama [[Adut Chol|name]] (church women's leader); [[Ater Mabior|name]] (19,
pastor's son, [[Garang|name]]'s friend); the three children. By phone: [[Ayen Deng|name]] (mum's sister, [[Kampala|place]]) and
[[Majok Garang|name]] (dad, [[Juba|place]]) for 40 minutes on speaker.

OUR PLAN (written by [[Nyibol|name]] on the flip chart, typed by the coordinator)
1. After school. [[Deng|name]] goes to [[Abuk|name]]'s ([[flat 57|address]]) Mon-Thu. Fri Mum is off. If [[Abuk|name]] is ill,
[[Nyibol|name]] picks him up from [[Heath Park|school]] and they go to Mum's friend [[Mary Nyandeng|name]] in [[Heath Town|place]]
([[07892 589663|phone]]). NOT to [[Mayen|name]]'s house until the social worker says OK.
2. Discipline. Nobody hits the children. Not Mum, not [[Mayen|name]], not anyone. [[Mayen|name]] goes to the Triple P course at the Low Hill
Community Centre from [[12 January|date]] and will take [[Kuol|name]] and [[Thon|name]] with him. Pastor [[Daniel|name]] will have a talk at
church on [[17 January|date]] with the council.
3. [[Garang|name]]. He will be home by 9pm on school nights and 11pm on Saturdays. He will keep his phone on and answer Mum.
[[Ater|name]] will take him to football at Aldersley Leisure Village on Tuesdays and to the youth group. [[Garang|name]] will meet
[[Shaun|name]] every week. [[Garang|name]] says he will not get in cars with [[Mado|name]]. He wants to go back to a real school, not
[[Braybrook|school]] - [[Shaun|name]] and
[[Bethany|name]] to ask about [[Moseley Park|school]] or [[Wednesfield High|school]] in the new year.
4. Dad in [[Juba|place]]. [[Garang|name]] will not go to [[Juba|place]] now. Dad agreed ("when he finishes school, we talk again"). Dad will
call on Sundays after church, on [[+211 912 348 601|phone]].
5. Mum. Mum needs rest. [[Ayen|name]] will visit from [[Kampala|place]] in the summer if she gets a visa. Mum will see the GP about
her sleep. [[Nyibol|name]] will not do all the cooking ("only Tuesdays and Sundays" - [[Nyibol|name]] wrote this herself).
6. If the plan goes wrong: Mum rings [[Bethany|name]] ([[01902 425254|phone]]) or, at night, the emergency duty team; [[Abuk|name]] rings
Mum ([[07908 060902|phone]]); anyone worried about [[Garang|name]] rings Pastor [[Daniel|name]] ([[07590 076513|phone]]).

Review meeting: Saturday [[6 March 2027|date]] at the hub. Agreed by the social worker on the day: YES, with point 1 added
(the check on [[Mary Nyandeng|name]]) and point 3's school move to be decided by education.
""",
    ),
    (
        "ClassDojo messages between a class teacher and a mother, exported by the school",
        """ClassDojo - Messages - export ([[Heath Park Primary|school]], class 3O) - parent: [[Achol Deng|name]] - student:
[[Deng Majok|name]]
Exported by: [[Grace Owusu|name]] on [[18/11/2026|date]] for the social worker (times UK)

[[Oct 14|date]], 3:42 PM  Miss [[Owusu|name]]: Hi Mrs [[Deng|name]]! [[Deng|name]] got star of the week today for his story about the cows
🐄 ⭐
[[Oct 14|date]], 9:10 PM  [[Achol Deng|name]]: Thank you teacher. In [[Bor|place]] our family had many cows, he likes to hear it
[[Oct 21|date]], 8:02 AM  [[Achol Deng|name]]: Good morning [[Deng|name]] will be picked by his uncle [[Mayen|name]] today and tomorrow
[[Oct 21|date]], 8:15 AM  Miss [[Owusu|name]]: Thanks, noted. Is [[Mayen|name]] on his collection list? I can't see him on the system.
[[Oct 21|date]], 12:30 PM  [[Achol Deng|name]]: his name is [[Mayen Akech|name]] [[07588 272159|phone]]. I will fill the form
[[Oct 28|date]], 4:05 PM  Miss [[Owusu|name]]: Hi, [[Deng|name]] seemed very tired today and said he didn't have breakfast. Is everything
ok?
[[Oct 29|date]], 6:40 AM  [[Achol Deng|name]]: Sorry i did night shift. his brother [[garang|name]] was suppose to give him food. i will
talk to him
[[Nov 2|date]], 10:11 AM  Miss [[Owusu|name]]: Mrs [[Deng|name]], please could you call the school office when you can? Mrs [[Bhatt|name]]
(DSL) would like to speak with you.
[[Nov 2|date]], 10:58 AM  [[Achol Deng|name]]: I am at work in [[Tettenhall|place]] until 2. what happen. is he hurt??
[[Nov 2|date]], 11:00 AM  Miss [[Owusu|name]]: He is safe in class. Mrs [[Bhatt|name]] will call you now.
[[Nov 3|date]], 7:55 AM  [[Achol Deng|name]]: [[Deng|name]] will not come today, we have hospital at New Cross 10am with social worker
[[Nov 9|date]], 3:30 PM  Miss [[Owusu|name]]: [[Deng|name]] was a superstar in PE today. From tomorrow he goes to Mrs [[Kuol|name]]? Please
can she bring photo ID the first time.
[[Nov 9|date]], 7:20 PM  [[Achol Deng|name]]: yes [[abuk kuol|name]], she is from [[flat 57|address]] same building as us. her number
[[07892 589663|phone]]
[[Nov 9|date]], 7:22 PM  [[Achol Deng|name]]: sorry that number is [[mary|name]]. [[abuk|name]] is [[07857 286208|phone]]
[[Nov 16|date]], 8:30 AM  [[Achol Deng|name]]: Teacher [[Deng|name]]s birthday is [[30 november|dob]] he wants to bring cake for class, is
ok? no nuts
[[Nov 16|date]], 8:41 AM  Miss [[Owusu|name]]: Of course! He'll be 8 - how lovely 🎂 Nut free is perfect, thank you.
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 35 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:45 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcs",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "insp",
    "cllr",
    "hhj",
    "nurse",
    "sister",
    "coach",
    "our",
    "me",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "grandpa",
    "mum",
    "mummy",
    "mom",
    "mommy",
    "mam",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "pastor",
    "rev",
    "imam",
    "maulana",
    "hafez",
    "hafiz",
    "apa",
    "bhai",
    "chacha",
    "khala",
    "mama",
    "baba",
    "ma",
    "abba",
    "amma",
    "madam",
    "bab",
    "sis",
    "bro",
    "sir",
    "beti",
}
_AFTER = {"bhai", "apa", "ji", "sahib", "chacha", "khala", "senior", "junior"}
_NOT_PLACES = {
    "england",
    "wales",
    "scotland",
    "britain",
    "great britain",
    "united kingdom",
    "uk",
    "west midlands",
    "the west midlands",
    "black country",
    "the black country",
    "sandwell",
    "staffordshire",
    "warwickshire",
    "worcestershire",
    "shropshire",
    "myanmar",
    "burma",
    "rakhine",
    "arakan",
    "rakhine state",
    "bangladesh",
    "malaysia",
    "india",
    "south sudan",
    "sudan",
    "uganda",
    "kenya",
    "egypt",
    "jonglei",
    "jonglei state",
    "africa",
    "east africa",
    "europe",
    "asia",
}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mom Jodie",
# "Pastor Deng", "Hafez Ayaz", "Uncle Mayen", "bab Shan"; and after one: "Ayaz bhai", "Rashida khala") and counties, regions
# and countries ("Sandwell", "the Black Country", "Rakhine State", "Jonglei", "South Sudan", "Malaysia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
