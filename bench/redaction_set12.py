"""Set 12: a seventh held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type, as sets 8
to 11 do) or bench/README.md, that did not run the detector or any bench script that runs it, that ran no git command, and
that looked at no detector output. What was read: bench/redaction_set11.py and tests/test_redaction_set11.py in full (the
layout and marking conventions followed here), the docstrings and checker functions of bench/redaction_set10.py,
bench/redaction_set9.py, bench/redaction_set8.py, bench/redaction_set7.py and bench/redaction_heldout.py (to see which towns
earlier sets used as a family's home, and what their checkers do), and the `_party` / `_parse` / `_docs` helpers of
bench/redaction_handwritten.py (its module docstring and first record were seen in passing while finding them). The
record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes.
If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical English local authority's caseload, each from a town no earlier set (6 to 11)
used as a family's home. Four of the kinds most common in children's social care: a white British family on the Pennywell
estate in Sunderland (Charlton / Gowland; neglect, a mother's drinking, domestic abuse, a boy of 12 who is a young carer and is
being drawn in by older boys), a British Pakistani family of Mirpuri heritage in Glodwick, Oldham (Hussain; a girl of 14
groomed online by an adult, and a family trip abroad that professionals had to talk about openly), a white British family in
Ilfracombe, North Devon, with grandparents in Combe Martin (Huxtable / Gammon; neglect, a mother with bipolar disorder, a
father's cannabis use, an autistic boy out of school, a girl of 15 who is a carer) and a mixed White and Black Caribbean
family in Matson, Gloucester (Vowles / Blake; care proceedings ending in special guardianship to a Jamaican-born
grandmother). Two from communities no earlier set used: a Ukrainian mother and children under Homes for Ukraine in Bilton,
Harrogate, with their former sponsor in a village (Kovalenko; a boy of 13 left in charge of his sister at night, missing on
Bonfire Night, war trauma) and a Malayali family from Kerala in Broadfield, Crawley (Mathew / Joseph; a nurse on a Health
and Care Worker visa, domestic abuse by her husband when drunk, a girl of 14 who self-harms, threats to take a boy abroad).
24 documents: a police child concern notification, an unannounced home visit case note, text messages between a young carer
and his social worker, initial child protection conference minutes, a secondary school's referral email with a forward,
strategy meeting minutes, Snapchat messages captured as evidence, a child and family assessment extract, a health visitor's
referral, a chronology of significant events, a child protection plan, a letter to parents after a missed core group, a
social work evidence statement for court, a family time supervision record, an email chain with the children's guardian, a
Facebook post and its comments, a former host's email forwarded to the front door, a return home interview, an
interpreter-assisted home visit case note, a family Telegram chat translated from Ukrainian, a GP's safeguarding referral
letter, a strategy discussion record, a section 47 joint visit record and core group minutes.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Pakistan, Ukraine, Poland, India, the United Arab Emirates); NHS numbers (ordinary and
999 ranges) and UPNs (the right LA number for the area: 394, 353, 878, 916, 815, 938) pass their check digits. Councils are
invented (Wearholme, Beal Valley, Tawmouth, Twyver Vale, Niddbrook, Wealdmere); towns, districts, villages, real charities,
housing associations, brands, NHS bodies, police forces, courts, apps, programmes, festivals, foods and laws are real and
stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set11.py (which follows sets 6 to 10). [[words|kind]] is a gold span
(name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words
(Mr, Mrs, Ms, Miss, Dr, Fr, PC, PS, DC, DS, Sgt, Nanna, Nan, Granny, Granfer, Grandma, Mummy, Daddy, the North East "our" and
"wor" in "wor Lacey", Nani, Khala, Chacha, Baji, bhai, Babusia, Tato, titka, Ammachi, chettan, chechi, aunty, uncle) stay
outside the name span, whether they come before or after the name ("Zain bhai", "Shiny aunty", "Jomon chettan"); a possessive
's (or a bare s in texting) stays outside; every person's name is a name in every form, record or not. "SURNAME, First" is
one span; an initial with a surname ("L. Dobson") is one span; a name broken by a line break is one span holding the break;
initials alone are not marked; social media handles ("@jaydn.mcr") are not marked, but an account, display or contact name
that is the person's plain name or nickname (a Facebook commenter, a Snapchat or Telegram contact) is marked. A street
address is one span, its town a place, its postcode a postcode; a street named without a number is an address ("Rotherfield
Road", "winsley rd"), and so is a house's or farm's name used as the address ("Fuchsia Cottage", "Glebe Farm"); towns,
cities, villages, districts and estates are places, at home or abroad; countries, counties, regions and their short forms
("Glos", "Kerala", "Azad Kashmir", "Ukraine") are not; organisations are not marked even when they hold a town's or a
person's name ("Wearside Women in Need", "Glodwick Medical Practice", "Broadfield Health Centre", "Devon and Cornwall
Police", "the Nelson Trust", "Ilfracombe Children's Centre"); a school's or college's name is a school, even when it holds a
town's, a district's or a person's name ("Academy 360", "Oldham Sixth Form College", "Ilfracombe Church of England Junior
School", "Bilton Grange Primary School"), and so is its short form ("A360", "OSFC", "Waterhead", "Freehold", "Ilfracombe
Juniors", "Pathfield", "Petroc", "Gloscol", "Beaufort", "Oriel", "Broadfield Primary"); a date of birth is dob (a birth date
in a chronology's date column, and a birthday without the year, too), any other calendar date with a day is date (a weekday
before it stays outside); months and years alone are not marked; helplines are not marked. Set 11's further choices hold
here: a pet's name (Tyson) is not a name; a firm named after people marks only the names ("[[Tanner|name]] & [[Moss|name]]
Solicitors"); parks, beaches, stadiums, shopping centres, statues and attractions are landmarks and stay unmarked (the
Stadium of Light, the Galleries, Spindles, the Stray, Tunnels Beaches, the Verity statue, Gloucester Quays); a surname or
first name that is also an English word or a town is marked by what it refers to (Summer, Willow, Storey, Swan, Pickles,
Gammon, Orchard, Fairweather, Bright, Shiny, Sunny and Baby are names when they are people; Farringdon is a place as the
district and a school as the short name of the academy; Lee is a first name here); a nickname with a word in front is one
span; a short form of a town ("brum") is a place; a date split across a line break is one span; a law named after a person
(Clare's Law) is legislation and stays unmarked. Choices this set had to make: a false name an offender used online
("Jayden") is a name, since it is a personal name standing for a real person; a display name with an initial ("bella w") is
one span; a hashtag ("#justiceforchels") is not marked, like a handle; a name in Cyrillic ("Андрій", "Максим") is a name, as
set 9 marked other scripts, and so are diminutives ("Olenka", "Maksymko", "Sofiika", "Kay-Kay", "Sum-Sum"); a contact saved
under a kinship word ("Мама") is not a name; a place with punctuation in its name ("Westward Ho!") is one place span; a name
spelt with a diaeresis ("Zoë", where the record has Zoe; "Chloë") is a name.

Self-check without the detector: `python -m bench.redaction_set12` (and tests/test_redaction_set12.py) runs set 11's checker
(which runs sets 10, 9, 8, 7 and 6's) on this set, adds this set's kinship words (before and after a name) and counties and
regions, and prints the number of documents and gold spans per kind.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set11 import problems as set11_problems
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Charlton / Gowland family (white British), Pennywell, Sunderland ---------------------------------------------

HOME_A = d.Address("14 Portsmouth Road", "Pennywell", "Sunderland", "SR4 9BS")
NANNA_A = d.Address("3 Rotherfield Road", "Castletown", "Sunderland", "SR5 3DR")
DAD_A = d.Address("42 Spout Lane", "Concord", "Washington", "NE37 2AB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Charlton")], dt.date(2014, 3, 22), [HOME_A], ids=["4389857614", "F394714018945"],
       phones=["07908 331 472"], schools=["Academy 360"]),
    _p("s", "sibling", [("Lacey-Mae", "Gowland")], dt.date(2024, 2, 11), [HOME_A], ids=["9999415245"]),
    _p("m", "mother", [("Jade", "Charlton")], dt.date(1994, 7, 30), [HOME_A], phones=["07412 660 938"],
       ids=["4004395747", "JC 41 27 90 C"]),
    _p("f", "father", [("Dean", "Gowland")], dt.date(1990, 12, 5), phones=["07946 118 205"], ids=["NR 63 08 14 A"]),
    _p("f2", "father", [("Lee", "Rutherford")], dt.date(1991, 5, 19), [DAD_A], phones=["07725 490 613"]),
    _p("g", "grandparent", [("Patricia", "Charlton"), ("Pat", "Charlton")], dt.date(1963, 4, 18), [NANNA_A],
       phones=["0191 548 2076"]),
    _p("p1", "professional", [("Abigail", "Storey")], phones=["0191 561 4420", "07469 203 857"],
       emails=["abigail.storey@wearholme.gov.uk"]),
    _p("p2", "professional", [("Joanne", "Swan")], phones=["0191 553 6790"], emails=["j.swan@academy360.org.uk"]),
], "c")

DOCS_A = [
    ("police child concern notification", """NORTHUMBRIA POLICE - CHILD CONCERN NOTIFICATION (CCN) - TO: WEARHOLME INTEGRATED FRONT DOOR
CCN ref: CCN/26/114738    Log: NP-20261017-0892    Sent: [[18/10/2026|date]] 03:12    Priority: amber
Reporting officer: PC 4417 [[Liam Dobson|name]], Sunderland West Neighbourhood Team    Supervisor: Sgt 2062 [[Karen
Elliott|name]]

SUBJECT CHILDREN
1. [[CHARLTON, Kayden|name]]    DOB [[22/03/2014|dob]]    Age 12    [[Academy 360|school]]    Mobile [[07908 331 472|phone]]
2. [[GOWLAND, Lacey-Mae|name]]    DOB [[11/02/2024|dob]]    Age 2    not at nursery
Home address: [[14 Portsmouth Road|address]], [[Pennywell|place]], [[Sunderland|place]] [[SR4 9BS|postcode]] (Gentoo tenancy)

ADULTS
Mother:    [[CHARLTON, Jade|name]]    DOB [[30/07/1994|dob]]    Mobile [[07412 660 938|phone]]
Partner (father of child 2):    [[GOWLAND, Dean Anthony|name]] ("[[Deano|name]]")    DOB [[05/12/1990|dob]]    Mobile
[[07946 118 205|phone]]
Father of child 1:    [[Lee RUTHERFORD|name]], [[Concord|place]], [[Washington|place]] (not present; no police concerns)

CIRCUMSTANCES
At 22:47 on Saturday [[17 October 2026|date]] officers on patrol in [[Southwick|place]] found [[Kayden|name]] with four older youths in
the bus shelter on [[Southwick Road|address]] opposite the Aldi. The others ran off when they saw the van; [[Kayden|name]] did not. He
had a bottle of Frosty Jack's cider in his coat, about a third drunk, and smelled strongly of cannabis. At first he gave his name
as "[[Kai|name]]". He said the others were "just lads off the estate" and named one of them as "[[Ditchy|name]]", who we believe is
[[Connor Ditchburn|name]] (17), known to us for supplying cannabis around [[Pennywell|place]] and the [[Ford Estate|place]].

[[Kayden|name]] asked us not to take him home "cos me mam will be mortal and [[Deano|name]]'s there". We took him home at 23:20. The
front door was unlocked. [[Jade|name]] was asleep on the settee and was hard to wake; she was slurring, and there were about a
dozen empty cans of Carling and a three-litre bottle of cider on the floor. [[Lacey-Mae|name]] was awake on her own upstairs in a
travel cot, in a heavily soiled nappy, with a bottle of milk that had gone sour. There was no food in the kitchen apart from
half a loaf and a bottle of HP Sauce; dog mess in the back room (a Staffie called Tyson); a strong smell of urine and smoke
through the house. The heating was off and the children's bedroom window was broken and taped over with cardboard.

[[Dean Gowland|name]] was not in the house. [[Jade|name]] told PC [[Dobson|name]] he had "gone to his mam's in [[Southwick|place]]"
after a row about money at teatime. [[Kayden|name]] told PC [[Dobson|name]] in the kitchen: "He threw the remote at her head and she
threw a cup back. It's every weekend. I take [[Lacey|name]] upstairs with me and put the telly on loud." There was a fresh red mark
by [[Jade|name]]'s left eye; she said she had "walked into the door" and did not want to make a complaint.

Mrs [[Patricia Charlton|name]] (maternal grandmother, known as Nanna [[Pat|name]]) of [[3 Rotherfield Road|address]], [[Castletown|place]]
([[0191 548 2076|phone]]) came by taxi at 00:15 and took both children to her house for the night with [[Jade|name]]'s agreement.
[[Jade|name]] was told that this notification would be made.

HISTORY
Three domestic incidents at the address since January ([[04/01/2026|date]], [[22/05/2026|date]] and [[30/08/2026|date]]), all
verbal, DASH standard or medium, no offences disclosed. [[Gowland|name]] was convicted of drink driving in 2021 and was seen
driving his blue Vauxhall Corsa, [[ND63 LKV|vehicle]], on [[Hylton Road|address]] on [[2 October|date]]; he is disqualified until
2027 (intelligence submitted). [[Kayden|name]] was reported missing once, on [[12/09/2026|date]], found the same night at the
Bridges shopping centre in the city centre.

RISK AND OFFICER'S VIEW
DASH completed with [[Jade|name]] by PC [[Dobson|name]] on [[18 October|date]] at 10:00: 9 ticks, MEDIUM. Both children are at
risk of neglect; the home conditions and [[Jade|name]]'s drinking left a two-year-old unsupervised. [[Kayden|name]] is at risk of
criminal exploitation ([[Ditchburn|name]]) and is caring for his sister. Operation Encompass notice sent to [[Academy 360|school]]
for Monday [[19/10/2026|date]] 08:30. Referral to the MACE coordinator, DS [[Helen Liddle|name]], for the next panel.

Officer: PC 4417 [[L. Dobson|name]]    Reviewed: Sgt 2062 [[K. Elliott|name]], [[18.10.26|date]] 02:58
"""),
    ("unannounced home visit case note", """WEARHOLME CITY COUNCIL - CHILDREN'S SOCIAL CARE - CASE NOTE
Children: [[Kayden CHARLTON|name]] ([[22.03.2014|dob]]) and [[Lacey-Mae GOWLAND|name]] ([[11.02.2024|dob]])    Case ref 5531907
Type: Unannounced home visit, section 47 enquiry    Worker: [[Abigail Storey|name]], Social Worker, West Locality Team 2
Date: Tuesday [[20 October 2026|date]], 16:20-17:45    Address: [[14 Portsmouth Road|address]], [[Pennywell|place]]
Present: [[Jade Charlton|name]] (mam), [[Kayden|name]], [[Lacey-Mae|name]]; Nanna [[Pat|name]] came at 17:00.

Why: the strategy discussion on [[19/10/2026|date]] (chair [[Gary Lumley|name]], Team Manager; PC [[Dobson|name]]; Mrs [[Joanne
Swan|name]], DSL at [[A360|school]]; [[Louise Younger|name]], Health Visitor) agreed a single-agency section 47 enquiry (neglect)
after the police notification of [[18 Oct|date]].

The home: [[Jade|name]] let me in after a few minutes. The living room had been hoovered and smelled of Febreze. Upstairs the
children's room still had a bare mattress with a urine stain and no sheets, and the broken window is still taped; Gentoo are
booked for [[27/10|date]]. The dog mess had been cleared. In the fridge: milk, Petits Filous, fish fingers from Iceland and a
Greggs bag; a box of Coco Pops on the side. The electric meter had £1.20 on it.

[[Jade|name]] (32): tearful. At first she said "I only have a drink at the weekend", then agreed she has drunk "most nights since
me dad died" (her dad, [[Ronnie Charlton|name]], died in February). She drinks cider "cos it's cheap". She went to Wear Recovery in
2022 and said her worker then, [[Stevie Curran|name]], was "canny"; she agreed to refer herself again and did it on my phone. About
[[Dean|name]]: "He's not a bad lad when he's sober." He is staying at his mam's, Mrs [[Maureen Gowland|name]], in [[Southwick|place]]
"for now". In August he grabbed her by the hair and dragged her off the settee. She showed me a message from [[Deano|name]] this
morning: "ur nothing without me. ill be back sat". I explained Clare's Law and gave her the card for Wearside Women in Need.

[[Kayden|name]] (12): seen alone in his room (PlayStation, a Sunderland AFC shirt on the wall, a poster of the Stadium of Light).
He makes [[Lacey-Mae|name]]'s tea most nights (noodles or toast), changes her nappies and takes her to the swings on [[Hylton
Road|address]] "to get her out the way when they're fighting". He says "wor [[Lacey|name]]" and calls her "the bairn". He misses
school "to help me mam" and because "[[Deano|name]] kicks off in the mornings". About Saturday: "[[Ditchy|name]] gives us vapes and
cans. He says I can earn if I carry stuff for him to [[Farringdon|place]]." He has not done it yet, he says. His best mate,
[[Jaxon Pybus|name]] ("[[Jax|name]]"), goes to [[Farringdon|school]], and he would like to move there. He has not seen his dad,
[[Lee Rutherford|name]], since the summer, "cos [[Deano|name]] and me dad had a fight at the Galleries in [[Washington|place]]". His
three wishes: "me mam to stop drinking, [[Deano|name]] not coming back, and me dad's at weekends".

[[Lacey-Mae|name]] (2): pale, with a nappy rash; a few words ("juice", "no", "[[Kay-Kay|name]]"). When she fell off the settee she
went to [[Kayden|name]] for a cuddle, not to [[Jade|name]]. Not at nursery; her two-year review with [[Louise|name]] was missed in
June. [[Jade|name]] agreed to apply for a funded place.

Nanna [[Pat|name]] (63): she works part time at the Morrisons in [[Doxford Park|place]]. "Our [[Jade|name]]'s been bad since her
dad passed. I've told her, the drink'll kill her like it nearly killed him." She will have the children every weekend and
whenever [[Jade|name]] drinks; she has a spare room at [[Rotherfield Road|address]]. She does not drive.

Safety plan (agreed, signed by [[Jade|name]] and [[Patricia Charlton|name]]): [[Dean|name]] not to come to the house while the
section 47 is open; [[Jade|name]] not to drink when she is the only adult with the children; [[Kayden|name]] to ring Nanna [[Pat|name]]
or me if his mam has had a drink, and Nanna will come; no cider or cans in the house; Gentoo repairs; a GP appointment for
[[Jade|name]] with Dr [[Anjali Rao|name]]. I will refer [[Kayden|name]] to the young carers' service at Sunderland Carers' Centre.
My numbers: [[0191 561 4420|phone]] and work mobile [[07469 203 857|phone]].

Analysis: neglect of both children (home conditions, supervision, health), caused mainly by [[Jade|name]]'s drinking and the
domestic abuse from [[Dean Gowland|name]]; [[Kayden|name]] is taking on far too much and is being drawn towards older boys who
use him. Strengths: a mam who loves them and was honest today, a very involved Nanna, and a boy who asks for help.
Recommendation: Initial Child Protection Conference. Manager ([[G. Lumley|name]], [[21/10/2026|date]]): agreed.
"""),
]

DOCS_A += [
    ("text messages between a young carer and his social worker", """[Text messages between [[Kayden Charlton|name]]
([[07908 331 472|phone]]) and his social worker's work mobile ([[07469 203 857|phone]]), exported on [[30 November 2026|date]] for the
case record. Spelling as sent.]

Fri [[23 Oct|date]]
15:31 Me: Hi [[Kayden|name]], it's [[Abby|name]] your social worker. This is my work phone, Mon to Fri 9 to 5. If you ever feel
scared ring 999.
15:58 [[Kayden|name]]: ok
Sat [[24 Oct|date]]
21:12 [[Kayden|name]]: [[abby|name]] me mams had a drink. not loads but she is crying
21:14 [[Kayden|name]]: im going to me nannas with [[lacey|name]]. nanna is getting a taxi
Mon [[26 Oct|date]]
09:02 Me: Thanks for telling me on Saturday, [[Kayden|name]]. You did exactly the right thing going to Nanna [[Pat|name]]'s.
I'll come and see your mam today.
09:40 [[Kayden|name]]: dont tell her i told
09:41 Me: I won't say it came from you. She told me herself last week that she'd ring your nanna if she'd had a drink.
Tue [[3 Nov|date]]
17:25 [[Kayden|name]]: [[deano|name]] was sat outside ours in his car for like an hour. the blue corsa [[nd63 lkv|vehicle]]
17:26 [[Kayden|name]]: hes not meant to drive
17:31 Me: Thank you. Is he still there? If he comes to the door don't open it and ring 999.
17:44 [[Kayden|name]]: he went. mam didnt go out to him
Thu [[5 Nov|date]]
08:10 [[Kayden|name]]: is [[lacey|name]] getting took off us at the meeting today
08:15 Me: No. Today is about making a plan so that you, [[Lacey-Mae|name]] and your mam get more help. Nobody is taking anyone
away today. I'll ring you after school and tell you what was decided.
16:02 [[Kayden|name]]: ok. mrs [[swan|name]] let me go in the young carers room at dinner
Sat [[14 Nov|date]]
11:48 [[Kayden|name]]: going the match with me dad!!! first time since july. we're sat in the north stand
11:49 [[Kayden|name]]: hes picking us up from me nannas on [[rotherfield rd|address]]
12:03 Me: Brilliant! Enjoy it, Ha'way the Lads!
Wed [[18 Nov|date]]
19:20 [[Kayden|name]]: [[ditchy|name]] messaged me on snap saying i owe him 40 quid for the vapes. i dont have 40 quid
19:21 [[Kayden|name]]: hes from [[ford estate|place]] and his mate has a knife
19:25 Me: Thank you for telling me, that was brave. You don't owe him anything. Don't reply to him and don't go to meet him.
Screenshot the messages if you can. I'm telling PC [[Dobson|name]] tonight. Are you at home? Is your mam ok?
19:33 [[Kayden|name]]: ye at home. mam is sober shes doing spag bol
19:34 [[Kayden|name]]: i blocked him
Fri [[20 Nov|date]]
10:12 [[Kayden|name]]: [[becky|name]] from young carers took us bowling in [[washington|place]] it was mint
10:13 [[Kayden|name]]: [[jax|name]] came to
10:15 Me: Love that. Did you beat [[Becky|name]]?
10:16 [[Kayden|name]]: course i did 😂
Mon [[23 Nov|date]]
15:50 [[Kayden|name]]: nanna says can u ring her [[0191 548 2076|phone]] shes not got credit
15:51 Me: Will do now.
Fri [[27 Nov|date]]
20:05 [[Kayden|name]]: sorry i was late for [[a360|school]] 3 times this week. [[lacey|name]] was poorly and mam had to take her
to the doctors
20:11 Me: Thanks for letting me know. I'll explain to Mrs [[Swan|name]]. Is [[Lacey-Mae|name]] feeling better?
20:13 [[Kayden|name]]: ye. she has a ear infection. can she come to the young carers xmas party its on the [[12th dec|date]]
20:14 Me: I'll ask [[Becky|name]] 🙂
"""),
    ("initial child protection conference minutes", """WEARHOLME CITY COUNCIL - SAFEGUARDING UNIT
INITIAL CHILD PROTECTION CONFERENCE - MINUTES AND DECISIONS
Children: [[Kayden Charlton|name]], born [[22 March 2014|dob]], NHS [[438 985 7614|nhs]], UPN [[F394714018945|upn]]
          [[Lacey-Mae Gowland|name]], born [[11 February 2024|dob]], NHS [[999 941 5245|nhs]]
Address: [[14 Portsmouth Road|address]], [[Pennywell|place]], [[Sunderland|place]] [[SR4
9BS|postcode]]
Date: Thursday [[5 November 2026|date]], 13:30-15:40, Sunderland City Hall, Room 2.14    Chair: [[Marian Oyston|name]] (Independent
Reviewing Officer)    Minutes: [[Kirsty Bulmer|name]]

Present: [[Jade Charlton|name]] (mother); Mrs [[Pat Charlton|name]] (maternal grandmother); [[Lee Rutherford|name]] ([[Kayden|name]]'s
father, for items 1 to 5); [[Abigail Storey|name]] (Social Worker) and [[Gary Lumley|name]] (Team Manager); Mrs [[Joanne Swan|name]]
(DSL, [[Academy 360|school]]); [[Louise Younger|name]] (Health Visitor); PC [[Liam Dobson|name]] (Northumbria Police);
[[Stevie Curran|name]] (Wear Recovery); [[Becky Stobbart|name]] (Young Carers, Sunderland Carers' Centre).
Apologies: Dr [[Anjali Rao|name]] (GP; report sent). [[Dean Gowland|name]] was invited and did not come; he rang the chair on
[[4/11/2026|date]] from [[07946 118 205|phone]] and his views are recorded below.
[[Kayden|name]] did not want to come. He talked to [[Becky|name]] about what he wanted to say, and she read it out.

1. Police (PC [[Dobson|name]])
Four police attendances at the address this year (details in the CCN of [[18/10/2026|date]]). On [[3 November|date]] [[Kayden|name]]
reported [[Dean Gowland|name]] sitting outside the house in the Corsa ([[ND63 LKV|vehicle]]), although he is disqualified from driving;
he has been summonsed. [[Connor Ditchburn|name]] was arrested on [[29 October|date]] for possession with intent to supply and is on bail
not to contact anyone under 16.

2. Children's Social Care ([[Abigail|name]])
The section 47 report was shared with the family on [[2/11/2026|date]]. Since the visit of [[20 October|date]] the house is cleaner,
the window has been fixed and there is food in. [[Jade|name]] went to her Wear Recovery assessment on [[28 October|date]] and has
started a community detox plan. The children have stayed at Nanna [[Pat|name]]'s on both weekends. [[Jade|name]]'s NI number
([[JC 41 27 90 C|ni]]) was given to the Universal Credit team for an advance for beds.

3. School (Mrs [[Swan|name]])
[[Kayden|name]]'s attendance this term is 71%, mostly lates and Mondays. Since half term he has used the young carers' room at
dinner time. He is bright in Maths and "keeps his head down". Mr [[Phil Bulmer|name]], his Head of Year, is his trusted adult.
A boy from the [[Ford Estate|place]] was seen waiting for him at the gate on [[22/10|date]]; the school rang the police.

4. Health
[[Louise Younger|name]] (HV): [[Lacey-Mae|name]] seen on [[27/10/2026|date]]: weight on the 9th centile (dropped from the 25th),
speech delayed, immunisations missing since she was one. Referred for speech and language therapy. GP report: [[Jade|name]]
(NHS [[400 439 5747|nhs]]) has low mood and alcohol dependence; she is on the waiting list for Talking Therapies.

5. Family
[[Jade|name]]: "I know I've let them down. I'm doing the work now. I've not had a drink for nine days." Nanna [[Pat|name]]: "I'll be
there every weekend and more. I just want our [[Jade|name]] back." [[Lee|name]]: he wants [[Kayden|name]] every other weekend and
has started taking him to the football; he works shifts at Nissan. [[Dean|name]] (by phone, read out by the chair): he denies
any violence, says [[Jade|name]] "is the one with the drink problem" and wants to see [[Lacey-Mae|name]] at his mother's house in
[[Southwick|place]].
[[Kayden|name]]'s words (read by [[Becky|name]]): "I love me mam and wor [[Lacey|name]]. I want me mam to stay off the drink and
[[Deano|name]] to stay away. I like going to me nanna's and to the match with me dad. I don't want to be in trouble with the police."

6. Decision
Both children to be subject to a child protection plan under the category of neglect. The chair noted that all agencies
agreed. [[Jade|name]] agreed with the plan but asked that "it's not forever".
Key worker: [[Abigail Storey|name]], [[0191 561 4420|phone]], [[abigail.storey@wearholme.gov.uk|email]].

7. Outline plan
- [[Jade|name]]: Wear Recovery and the detox plan; no drinking when she is caring for the children alone; Talking Therapies.
- [[Dean Gowland|name]]: no contact at the home; a referral to a perpetrator programme if he agrees; contact with
  [[Lacey-Mae|name]] only if supervised by Mrs [[Maureen Gowland|name]], once she has been assessed.
- [[Kayden|name]]: young carers' group; a MACE referral; a mentor at school; time with his dad every other weekend.
- [[Lacey-Mae|name]]: a funded nursery place from January; speech therapy; catch-up immunisations.
- Nanna [[Pat|name]]: a carer's assessment; respite every weekend.
First core group: Thursday [[19 November 2026|date]] at [[Academy 360|school]]. Review conference: Thursday [[4 February 2027|date]].
School contact: Mrs [[J. Swan|name]], [[0191 553 6790|phone]], [[j.swan@academy360.org.uk|email]].
"""),
]

# --- B. Hussain family (British Pakistani, Mirpuri heritage), Glodwick, Oldham ---------------------------------------

HOME_B = d.Address("58 Waterloo Street", "Glodwick", "Oldham", "OL4 1ES")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Aleena", "Hussain")], dt.date(2012, 5, 8), [HOME_B], ids=["4918278485", "H353499216783"],
       phones=["07835 214 906"], schools=["Waterhead Academy"]),
    _p("s", "sibling", [("Hafsa", "Hussain")], dt.date(2018, 9, 2), [HOME_B], ids=["6963302286", "D353445022789"],
       schools=["Freehold Community Academy"]),
    _p("s2", "sibling", [("Zain", "Hussain")], dt.date(2009, 1, 19), [HOME_B], ids=["P353621713766"], phones=["07592 318 774"],
       schools=["Oldham Sixth Form College"]),
    _p("m", "mother", [("Shazia", "Begum"), ("Shazia", "Hussain")], dt.date(1985, 11, 14), [HOME_B], phones=["07877 405 129"],
       ids=["SK 36 84 12 A"]),
    _p("f", "father", [("Tariq", "Hussain")], dt.date(1980, 3, 27), [HOME_B], phones=["07931 226 580"], ids=["PE 21 70 58 B"]),
    _p("g", "grandparent", [("Zubaida", "Bibi")], phones=["+92 346 5812207"]),
    _p("p1", "professional", [("Rebecca", "Pickles")], phones=["0161 770 4412", "07483 902 155"],
       emails=["rebecca.pickles@bealvalley.gov.uk"]),
    _p("p2", "professional", [("Helen", "Greenhalgh")], phones=["0161 624 3085"], emails=["h.greenhalgh@waterheadacademy.org.uk"]),
], "c")

DOCS_B = [
    ("secondary school referral email with a forward", """From: [[Helen Greenhalgh|name]] <[[h.greenhalgh@waterheadacademy.org.uk|email]]>
Sent: Thursday, [[1 October 2026|date]] 11:47
To: Beal Valley MASH (secure email)
Cc: [[Josh Whittaker|name]] (Head of Year 10)
Subject: URGENT - online grooming concern - [[Aleena HUSSAIN|name]] (Y10), DOB [[08/05/2012|dob]]

Good morning,

Please treat this as a referral for [[Aleena Hussain|name]], Year 10, UPN [[H353499216783|upn]], of [[58 Waterloo Street|address]],
[[Glodwick|place]], [[Oldham|place]] [[OL4 1ES|postcode]]. Parents: Mr [[Tariq Hussain|name]] ([[07931 226 580|phone]]) and Mrs
[[Shazia Begum|name]] ([[07877 405 129|phone]]; she prefers calls in Urdu or Pahari). Siblings: [[Zain|name]] (17, at [[OSFC|school]])
and [[Hafsa|name]] (8, Year 3 at [[Freehold Community Academy|school]]). [[Aleena|name]]'s own mobile: [[07835 214 906|phone]].

This morning (see [[Josh|name]]'s note below) a friend told us that [[Aleena|name]] has been talking since the summer holidays on
Snapchat to someone called "[[Jayden|name]]", who says he is 16 and from [[Rochdale|place]]. [[Aleena|name]] has sent him pictures of
herself in her underwear. He has sent her £50 "for her nails", AirPods and a new iPhone, which she told her mum came from her
Khala [[Rubina|name]]. He wants to meet her on Saturday at Spindles and take her "for a drive to [[Manchester|place]]". He tells her to
delete their chats and "don't tell no one, your dad won't understand us".

I spoke to [[Aleena|name]] at 10:20 with Mr [[Whittaker|name]]. She cried and at first said [[Jayden|name]] is "just a friend from
[[Heywood|place]]", then agreed she had sent the pictures "because he sent me one first and said he loved me". She has never met
him. She thinks he has a white Seat. She begged us not to tell her parents: "My dad will go mad, he'll send me to Pakistan."
I have not looked at any images and have not asked her to show me, following the UKCIS guidance on sharing nudes and
semi-nudes. Her phone is with her. I rang 101 at 10:55 (GMP log 0734 of [[01/10/26|date]]).

Background: good attendance (96%) until this term (81%, mostly late); predicted grades 6s and 7s; a very quiet girl who does
well in Art; known to the school nurse, [[Lisa Crompton|name]], for headaches. No previous safeguarding concerns. Parents have
always come to parents' evening (Dad) and to the Eid celebration assembly (Mum).

We have not yet told her parents, because of what [[Aleena|name]] said about her dad; we would like your advice on this today.
[[Aleena|name]] is in the Pastoral Hub with Miss [[Iqra Shah|name]] until you call back.

Kind regards,
[[Helen|name]]

Mrs [[Helen Greenhalgh|name]] | Designated Safeguarding Lead | [[Waterhead Academy|school]]
[[Huddersfield Road|address]], [[Oldham|place]] [[OL4 2NA|postcode]] | [[0161 624 3085|phone]] | CPOMS: Safeguarding > Online

-----Original Message-----
From: [[Josh Whittaker|name]]
Sent: [[01 October 2026|date]] 09:12
To: [[Helen Greenhalgh|name]]
Subject: [[Aleena|name]] 10W - urgent

Hi [[Helen|name]],

[[Mariam Raza|name]] (10W) came to see me before registration, very worried about [[Aleena|name]]. She says:
- [[Aleena|name]] has been "snapping" a boy called [[Jayden|name]] every night since about [[14 September|date]]. He says he goes to
  a college in [[Rochdale|place]], but [[Mariam|name]] saw a picture of him and thinks he is "like 25".
- He asked [[Aleena|name]] for "pics" and she sent some on [[26/09|date]]. He then said if she didn't meet him he would
  send them to her brother [[Zain|name]].
- [[Aleena|name]] told [[Mariam|name]] and [[Ellie-Mae Kershaw|name]] (10S) on the bus that she is going to meet him at
  Spindles at 2 on Saturday ([[3rd Oct|date]]) and that they must cover for her and say she is at [[Mariam|name]]'s house.
[[Mariam|name]] was shaking and asked us not to say it was her. I've logged it on CPOMS.

[[Josh|name]]
Mr [[J. Whittaker|name]] | Head of Year 10 | Ext. 2210
"""),
    ("strategy meeting minutes", """BEAL VALLEY COUNCIL - CHILDREN'S SOCIAL CARE
STRATEGY MEETING (Working Together 2023) - MINUTES
Child: [[Aleena HUSSAIN|name]]    DOB: [[8.5.2012|dob]]    NHS: [[491 827 8485|nhs]]
Siblings: [[Zain HUSSAIN|name]] ([[19.1.2009|dob]]), [[Hafsa HUSSAIN|name]] ([[2.9.2018|dob]])
Address: [[58 Waterloo Street|address]], [[Glodwick|place]], [[Oldham|place]] [[OL4 1ES|postcode]]
Date: Monday [[5 October 2026|date]], 09:30-11:00, Microsoft Teams    Chair: [[Wendy Buckley|name]], Team Manager, Complex
Safeguarding    Minutes: [[Saima Rauf|name]]

Present: [[Rebecca Pickles|name]] (Social Worker); DC [[Amy Ogden|name]] and DS [[Naveed Anwar|name]] (Greater Manchester Police,
Complex Safeguarding Team); Mrs [[Helen Greenhalgh|name]] (DSL, [[Waterhead|school]]); Mrs [[Sadia Bashir|name]] (DSL,
[[Freehold|school]]); [[Tom Lees|name]] (Safeguarding Officer, [[Oldham Sixth Form College|school]]); [[Lisa Crompton|name]] (School
Nurse); Dr [[Farah Qureshi|name]] (Healthy Young Minds, Pennine Care).

1. Reason for the meeting
The school's referral of [[1 October|date]] (online grooming; images shared), and [[Aleena|name]]'s missing episode from about
16:00 on Saturday [[3 October 2026|date]] to 10:40 on Sunday [[4 October|date]].

2. Police information (DC [[Ogden|name]])
[[Aleena|name]] left home at 13:30 on Saturday saying she was going to [[Mariam Raza|name]]'s. Her father reported her missing at
21:15. ANPR placed a white Seat Leon, [[MW21 XPR|vehicle]], on the A627(M) towards [[Heywood|place]] at 16:22; it is registered to
[[Connor WHITEHEAD|name]] (DOB [[14/06/2002|dob]]) of [[Flat 6, 19 Bamford Road|address]], [[Heywood|place]] [[OL10 4AR|postcode]]. Officers
forced entry at 10:40 on Sunday and found [[Aleena|name]] there with [[Whitehead|name]] and another man, [[Kyle Brierley|name]]
(31). [[Whitehead|name]] is the "[[Jayden|name]]" of the Snapchat account. Both men were arrested (sexual communication with a child;
causing or inciting a child to engage in sexual activity; child abduction; [[Whitehead|name]] also for making indecent images).
[[Aleena|name]] told officers they "just watched films and he gave me vodka". She was taken to St Mary's Sexual Assault Referral
Centre with her mother; forensic examination with her consent; results awaited. Her ABE interview is booked for [[7/10/2026|date]].
[[Whitehead|name]]'s phone holds images of [[Aleena|name]] and of at least two other girls, one from [[Middleton|place]]. Both men
were bailed to [[2 January 2027|date]] with conditions not to contact any girl under 18.

3. Family (SW [[Rebecca|name]], who visited on Sunday afternoon with an Urdu interpreter, Mrs [[Nasreen Malik|name]])
Mr [[Hussain|name]] is very angry, with [[Whitehead|name]] and with [[Aleena|name]] ("she has brought shame on us"). He took her
phone and smashed it before the police could take it. Mrs [[Begum|name]] has not stopped crying and has not eaten. On Saturday
night [[Zain|name]] and two cousins drove to [[Rochdale|place]] looking for "[[Jayden|name]]"; a family friend, Mr [[Imran Sadiq|name]],
stopped them. Mr [[Hussain|name]] said "maybe it is better she goes to her Nani in [[Mirpur|place]] for a while, away from all
this". The family already have tickets for [[12 December|date]] for a cousin's wedding in [[Dadyal|place]].
[[Aleena|name]] (seen alone): "It's my fault. Don't make them hate me." She said she wants to go to the wedding "but I want to come
back for my GCSEs". She does not want to go to school this week.
[[Hafsa|name]] was at her Khala [[Rubina|name]]'s in [[Rochdale|place]] for the weekend and does not know what happened.

4. Health and education
Dr [[Qureshi|name]]: no previous contact; offers a same-week assessment. [[Lisa|name]]: headaches since the summer; sleep poor;
she will see [[Aleena|name]] weekly. Mrs [[Greenhalgh|name]]: [[Aleena|name]] can start back with a phased timetable in the
Pastoral Hub; the two friends are frightened and are being supported. Mrs [[Bashir|name]]: [[Hafsa|name]] happy and doing well.
Mr [[Lees|name]]: [[Zain|name]] has missed two days; he is "angry and wants to sort it himself".

5. Analysis
[[Aleena|name]] has been sexually exploited online and groomed to meet an adult who abused her. Her family love her, but the
risks now are her shame and isolation, her father's anger, a brother who may take matters into his own hands, and the
possibility of a long stay abroad at a time when she needs support here. No evidence was found of a plan to force her to
marry; the meeting agreed that this must be talked about openly with the parents and with [[Aleena|name]].

6. Decisions
- Section 47 enquiry (joint with GMP); CSE risk assessment by [[Rebecca|name]] by [[16/10/2026|date]].
- DC [[Ogden|name]]: a Report Remove request with [[Aleena|name]] (Childline and the Internet Watch Foundation); a Sexual Risk
  Order to be considered for [[Whitehead|name]]; words of advice to [[Zain|name]] and his cousins.
- [[Rebecca|name]]: a safety plan with the parents today; advice from the Forced Marriage Unit for the professionals (not a
  referral); an honest conversation with Mr [[Hussain|name]] and Mrs [[Begum|name]] about the trip in December.
- Dr [[Qureshi|name]]: an assessment for [[Aleena|name]] this week.
- Next strategy review: Monday [[12 October 2026|date]] at 09:30.
Chair: [[W. Buckley|name]]    Circulated [[05/10/2026|date]] 15:20
"""),
]

DOCS_B += [
    ("snapchat messages captured as evidence", """[Snapchat messages recovered from [[Aleena Hussain|name]]'s phone by GMP digital
forensics and shared with Children's Social Care by DC [[Amy Ogden|name]] on [[20 October 2026|date]]. Extract; images withheld;
spelling as sent. Display names are as saved on the phone.]

chat with: [[jayden|name]] 🔥 (@jaydn.mcr)
Mon [[14 Sep|date]]
22:41 [[jayden|name]] 🔥: heyy u go [[waterhead|school]] ye? saw u on [[bella|name]]s story 😍
22:43 [[aleena|name]]: who is this
22:44 [[jayden|name]] 🔥: [[jayden|name]] from [[rochdale|place]], im 16 lol. ur proper pretty
Thu [[17 Sep|date]]
23:02 [[jayden|name]] 🔥: wat u doin
23:05 [[aleena|name]]: in bed. my dad took the wifi code off so im on data
23:06 [[jayden|name]] 🔥: ur dads strict innit. u deserve better than bein locked up in [[glodwick|place]] 😂
Sat [[19 Sep|date]]
01:14 [[jayden|name]] 🔥: ill get u them airpods. wats ur address
01:20 [[aleena|name]]: [[58 waterloo st|address]] but dont put my name on it. put [[hafsa hussain|name]] shes my sister
01:21 [[jayden|name]] 🔥: sorted 😘
Thu [[24 Sep|date]]
21:30 [[jayden|name]] 🔥: my numbers [[07398 614 227|phone]] text me there not on here
21:31 [[aleena|name]]: i cant my dad checks my messages
Sat [[26 Sep|date]]
00:32 [[jayden|name]] 🔥: send me a pic then. just 1
00:40 [[aleena|name]]: [image withheld]
00:41 [[jayden|name]] 🔥: 🔥🔥 delete this chat babe. dont tell no one, ur dad wont understand us
Tue [[29 Sep|date]]
20:10 [[jayden|name]] 🔥: sat at 2. spindles by the greggs. ill take u for a drive to [[manny|place]]
20:12 [[aleena|name]]: i cant sat my nani is calling on video from [[mirpur|place]]
20:15 [[jayden|name]] 🔥: if u dont come ill send ur pics to [[zain|name]]. i know hes at [[osfc|school]]
20:31 [[aleena|name]]: ok ill come. pls dont

chat with: [[mariam|name]] 💜
Wed [[30 Sep|date]]
17:45 [[aleena|name]]: [[mariam|name]] pls say im at urs on sat
17:47 [[mariam|name]]: [[leena|name]] no. hes not 16 i saw his face hes old 😭
17:48 [[aleena|name]]: hes not old. hes 17 he said
17:50 [[mariam|name]]: im telling mr [[whittaker|name]] if u go
17:51 [[aleena|name]]: dont u dare

group: y10 girlies 💅 (members: [[aleena|name]], [[mariam|name]], [[ellie-mae|name]], [[bella w|name]])
Wed [[30 Sep|date]]
19:02 [[ellie-mae|name]]: whos coming to the trafford centre sat
19:03 [[bella w|name]]: me!! my mums driving
19:05 [[aleena|name]]: cant sat, family stuff 🙄
19:05 [[ellie-mae|name]]: family stuff 👀 or [[jayden|name]] stuff
19:06 [[aleena|name]]: shut up 😭
19:10 [[mariam|name]]: its not funny [[ellie|name]]

chat with: [[Zain|name]] bhai 👑
Sat [[3 Oct|date]]
18:20 [[Zain|name]] bhai 👑: where r u. mum is crying. [[Mariam|name]]s mum says ur not there
18:45 [[Zain|name]] bhai 👑: [[leena|name]] pick up. i wont tell abbu just tell me where u r
19:30 [[Zain|name]] bhai 👑: if that guy has touched u im gonna find him
Sun [[4 Oct|date]]
11:52 [[Zain|name]] bhai 👑: police told us ur safe. alhamdulillah. nobody is angry with u, not even abbu. come home
"""),
    ("child and family assessment extract", """BEAL VALLEY COUNCIL - CHILD AND FAMILY ASSESSMENT (extract: sections 1, 3, 5 and 7)
Child: [[Aleena Hussain|name]], DOB [[08/05/2012|dob]], NHS [[491 827 8485|nhs]], UPN [[H353499216783|upn]]
Household: [[Tariq Hussain|name]] (father, DOB [[27/03/1980|dob]], NI [[PE 21 70 58 B|ni]]); [[Shazia Begum|name]] (mother, also
known as [[Shazia Hussain|name]], DOB [[14/11/1985|dob]], NI [[SK 36 84 12 A|ni]]); [[Zain Hussain|name]] (brother, 17, [[Oldham Sixth
Form College|school]], UPN [[P353621713766|upn]]); [[Hafsa Hussain|name]] (sister, 8, [[Freehold Community Academy|school]], NHS
[[696 330 2286|nhs]], UPN [[D353445022789|upn]])
Address: [[58 Waterloo Street|address]], [[Glodwick|place]], [[Oldham|place]] [[OL4 1ES|postcode]]
Social worker: [[Rebecca Pickles|name]] ([[0161 770 4412|phone]] / [[07483 902 155|phone]], [[rebecca.pickles@bealvalley.gov.uk|email]])
Started [[05/10/2026|date]]; authorised by [[Wendy Buckley|name]] on [[13/11/2026|date]]. Urdu interpreter for Mrs [[Begum|name]]:
Mrs [[Nasreen Malik|name]].

1. The family and their network
Mr [[Hussain|name]] (46) was born in [[Oldham|place]]; his parents came from [[Mirpur|place]] in the 1970s to work in the mills. He
drives for a private hire firm (his Toyota Prius, [[MX19 KHD|vehicle]], is licensed by Beal Valley Council) and works six
evenings a week. Mrs [[Begum|name]] (40) came from [[Dadyal|place]] in 2007 when they married; she understands English but
speaks Pahari and Urdu at home. She has had low mood since [[Hafsa|name]] was born and is on citalopram (GP: Dr [[Mahmood|name]] at
the Glodwick Medical Practice).
Maternal grandmother: Nani [[Zubaida Bibi|name]], in [[Mirpur|place]], Azad Kashmir ([[+92 346 5812207|phone]]); she speaks to the
family on WhatsApp video every evening. Maternal aunt: Khala [[Rubina Kauser|name]], [[Rochdale|place]]; [[Hafsa|name]] stays with
her most weekends. Paternal uncle: Chacha [[Asif Hussain|name]], in [[Manningham|place]], [[Bradford|place]] ([[07861 334 512|phone]]);
it is his son [[Faisal|name]] who is getting married in [[Dadyal|place]] in December.

3. [[Aleena|name]]'s experiences and views
[[Aleena|name]] is a clever, artistic girl who until this year "never gave anyone any trouble" (Mr [[Hussain|name]]). She says she
felt "boxed in": no phone after nine, not allowed to go to the Trafford Centre with her friends, and "everyone at school has
a boyfriend except me". [[Connor Whitehead|name]], pretending to be a 16-year-old called "[[Jayden|name]]", told her what she
wanted to hear, sent her gifts and then threatened to send her pictures to her brother. In her second session with me she said:
"I thought he was my boyfriend. Now I know he was doing it to other girls too. I feel disgusting." With her agreement, DC [[Ogden|name]]
and I helped her make a Report Remove request on [[8 October|date]]. She has seen Dr [[Farah Qureshi|name]] at Healthy Young Minds
three times and has a trauma-focused CBT plan. She is back at [[Waterhead|school]] full time since [[2 November|date]], and the
Pastoral Hub leader, Miss [[Iqra Shah|name]], is her trusted adult. About the trip: "I want to go to [[Faisal|name]] bhai's wedding
and see my Nani. I want to come back on the [[2nd of January|date]] like Dad said. I want it written down."

5. Parents' capacity and the family's response
Mr [[Hussain|name]] was at first very angry and talked of "shame" and of sending [[Aleena|name]] to [[Mirpur|place]] "for a while".
Over four sessions (two at home, one at their mosque with the imam's support, one at the office) he moved a long way. He
said: "It is that man who should be ashamed, not my daughter. I was angry because I was frightened." He agreed that the family
will travel together on [[12/12/2026|date]] and return on [[02/01/2027|date]], that [[Aleena|name]] will keep her own passport and
phone, and that [[Rebecca|name]] will ring [[Aleena|name]] on [[28 December|date]] while they are away. Mrs [[Begum|name]]: "I only
want her to be happy and safe. In our family we do not talk about these things. Now we have to." She has agreed to a referral
to Talking Therapies with an Urdu-speaking therapist, and to the parents' online safety course run by the Oldham Family Hubs.
[[Zain|name]] went to the police station with his dad on [[9 October|date]] to hear the words of advice. He now "just wants
[[Whitehead|name]] to go to prison"; he has been given the Victim Support number and is talking to his college's mentor, Mr
[[Tom Lees|name]].
[[Hafsa|name]] (8) knows only that "[[Aleena|name]] Baji was sad and a bad man tricked her on the phone". She drew the family at
Eid in their best clothes, with [[Aleena|name]] holding her hand.

7. Analysis and outcome
[[Aleena|name]] was sexually exploited by an adult who groomed her online. Her parents did not know, and have responded with love
once the first shock passed; the risk that the family would respond by sending her abroad has been discussed openly and is now
low. The criminal case against [[Whitehead|name]] and [[Brierley|name]] continues (next hearing at Manchester Crown Court on
[[15 January 2027|date]]). Outcome: a Child in Need plan under section 17, with the Complex Safeguarding Team;
[[Aleena|name]]'s own words to go on the front of the plan. Review: Thursday [[14 January 2027|date]] at [[Waterhead Academy|school]].
"""),
]

# --- C. Huxtable / Gammon family (white British), Ilfracombe, North Devon --------------------------------------------

HOME_C = d.Address("27 Highfield Road", "", "Ilfracombe", "EX34 9LH")
GRAN_C = d.Address("Fuchsia Cottage, Borough Road", "Combe Martin", "Ilfracombe", "EX34 0AN")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ellis", "Gammon")], dt.date(2017, 6, 14), [HOME_C], ids=["6533125168", "E878619321241"],
       schools=["Ilfracombe Church of England Junior School"]),
    _p("s", "sibling", [("Willow", "Gammon")], dt.date(2023, 1, 25), [HOME_C], ids=["9995679167"]),
    _p("s2", "sibling", [("Summer", "Huxtable")], dt.date(2011, 8, 9), [HOME_C], ids=["6700397774", "Y878263716140"],
       phones=["07719 842 306"], schools=["Ilfracombe Academy"]),
    _p("m", "mother", [("Natasha", "Huxtable"), ("Tasha", "Huxtable")], dt.date(1992, 10, 3), [HOME_C], phones=["07584 213 967"],
       ids=["NE 83 46 20 D"]),
    _p("f", "father", [("Jamie", "Gammon")], dt.date(1989, 2, 17), [HOME_C], phones=["07807 556 142"], ids=["JT 15 62 07 A"]),
    _p("g", "grandparent", [("Susan", "Chugg"), ("Sue", "Chugg")], dt.date(1966, 9, 2), [GRAN_C], phones=["01271 882 415"]),
    _p("g2", "grandparent", [("Roger", "Chugg")], dt.date(1961, 1, 30), [GRAN_C]),
    _p("p1", "professional", [("Tom", "Passmore")], phones=["01271 388 620", "07496 551 208"],
       emails=["tom.passmore@tawmouth.gov.uk"]),
    _p("p2", "professional", [("Zoe", "Heddon")], phones=["01271 341 790"], emails=["zoe.heddon@nhs.net"]),
], "c")

DOCS_C = [
    ("health visitor's referral", """DEVON PUBLIC HEALTH NURSING (0-19) - NORTHERN LOCALITY
REFERRAL TO TAWMOUTH COUNCIL CHILDREN'S MULTI-AGENCY SAFEGUARDING HUB (MASH)
Referrer: [[Zoë Heddon|name]], Specialist Community Public Health Nurse (Health Visitor), Ilfracombe Children's Centre base
Tel: [[01271 341 790|phone]]    Email: [[zoe.heddon@nhs.net|email]]    Date of referral: Wednesday [[2 September 2026|date]]
Parents told of referral: yes, mother ([[01/09/2026|date]]); she did not agree but did not object.

CHILD REFERRED: [[GAMMON, Willow|name]]    DOB: [[25/01/2023|dob]] (3 years 7 months)    NHS: [[999 567 9167|nhs]]
Address: [[27 Highfield Road|address]], [[Ilfracombe|place]] [[EX34 9LH|postcode]]
Other children in the household: [[Ellis Gammon|name]] (9), DOB [[14/06/2017|dob]], [[Ilfracombe Church of England Junior
School|school]]; [[Summer Huxtable|name]] (15), DOB [[09/08/2011|dob]], [[Ilfracombe Academy|school]]
Mother: [[HUXTABLE, Natasha|name]] (known as "[[Tasha|name]]"), DOB [[03/10/1992|dob]], [[07584 213 967|phone]]
Father of [[Willow|name]] and [[Ellis|name]]: [[Jamie GAMMON|name]], DOB [[17/02/1989|dob]], [[07807 556 142|phone]]
GP: Dr [[Matthew Yeo|name]], Ilfracombe Medical Centre

CONCERNS
1. Growth. [[Willow|name]]'s weight has fallen from the 50th centile at her one-year review to below the 9th today (11.2 kg). She
   has not been brought to three of the last five weigh-ins at the Children's Centre. I saw her at home on [[28/08/2026|date]]:
   pale, thin arms, a distended tummy; she ate a whole packet of Wotsits and two Fruit Shoots while I was there and [[Tasha|name]]
   said she "won't eat proper food". Six teeth visibly decayed; no dentist.
2. Development. At 3 years 7 months [[Willow|name]] has about ten words, is still in nappies and does not play with toys. A
   speech and language referral made in January was not taken up (two "was not brought" letters).
3. Home conditions. The house is a privately rented three-bedroom terrace. On [[28 August|date]] the living room was piled with
   bags of washing and takeaway boxes; black mould in [[Willow|name]]'s room; a strong smell of cannabis; a bong on the windowsill
   within her reach. [[Jamie|name]] was asleep upstairs at 2 pm.
4. Mother's mental health. [[Tasha|name]] has bipolar disorder (known to Devon Partnership NHS Trust; care coordinator
   [[Cheryl Lovering|name]]). She told me she stopped her lithium in June "because it made me fat" and that she "hasn't slept
   properly for a week". She spoke very fast and jumped between subjects.
5. [[Ellis|name]]. [[Tasha|name]] says [[Ellis|name]] (autistic, diagnosed at the Child Development Centre, North Devon District
   Hospital, in 2024) has not been to school since the summer term because "they can't cope with him". He was in the room
   on a tablet with headphones and did not look up.
6. [[Summer|name]]. [[Summer|name]] came in from the beach at [[Hele|place]] and took over, making [[Willow|name]] a sandwich and
   changing her nappy. [[Tasha|name]] said "[[Summer|name]] is my rock." [[Summer|name]] told me quietly that her nan "is the only one who
   helps".

STRENGTHS
[[Tasha|name]] loves her children and is warm with them. Maternal grandmother, Mrs [[Sue Chugg|name]] ("Nan"), and her husband
[[Roger|name]] ("Granfer") live nearby at [[Fuchsia Cottage|address]], [[Combe Martin|place]] ([[01271 882 415|phone]]), and have
[[Willow|name]] most Sundays. [[Jamie|name]] works in the summer on the boats from the harbour and, [[Tasha|name]] says, "is good with
[[Ellis|name]] when he's not stoned".

WHAT I AM ASKING FOR
A Child and Family Assessment, and a strategy discussion if you think it is needed. I have asked Dr [[Yeo|name]] to see [[Willow|name]]
urgently and have referred her to the paediatric dietitian. I have told [[Cheryl Lovering|name]] about [[Tasha|name]]'s lithium.
Signed: [[Z. Heddon|name]], HV    Countersigned by the Named Nurse, [[Rachel Gould|name]], [[02/09/2026|date]]
"""),
    ("chronology of significant events", """TAWMOUTH COUNCIL - CHILDREN'S SERVICES - CHRONOLOGY OF SIGNIFICANT EVENTS
Children: [[Summer Huxtable|name]] ([[9.8.2011|dob]]), [[Ellis Gammon|name]] ([[14.6.2017|dob]]), [[Willow Gammon|name]] ([[25.1.2023|dob]])
Parents: [[Natasha Huxtable|name]] ([[3.10.1992|dob]]) and [[Jamie Gammon|name]] ([[17.2.1989|dob]]); [[Summer|name]]'s father, [[Carl
Lerwill|name]] ([[1990-06-21|dob]]), of [[Westward Ho!|place]]
Prepared for the Initial Child Protection Conference of [[1 October 2026|date]] by [[Tom Passmore|name]], Social Worker, North Devon
Family Intervention Team; updated on [[26/11/2026|date]]

DATE | EVENT | SOURCE
[[09/08/2011|dob]] | [[Summer|name]] born at North Devon District Hospital, [[Barnstaple|place]]; [[Tasha|name]] is 18. | Health
[[04/02/2013|date]] | Police called to [[Tasha|name]] and [[Carl Lerwill|name]]'s flat on [[Mill Street|address]], [[Bideford|place]];
[[Carl|name]] cautioned for assault. [[Tasha|name]] and [[Summer|name]] move to her mum's in [[Combe Martin|place]].
| Devon and Cornwall Police
[[2016-05-11|date]] | [[Tasha|name]] detained under section 2 of the Mental Health Act for three weeks; diagnosis of bipolar affective
disorder. [[Summer|name]] cared for by Mrs [[Sue Chugg|name]] and Mr [[Roger Chugg|name]]. | Devon Partnership NHS Trust
[[14/06/2017|dob]] | [[Ellis|name]] born. [[Tasha|name]] and [[Jamie|name]] living at [[Oxford Grove|address]], [[Ilfracombe|place]].
| Health
[[22 Nov 2019|date]] | Early Help (Team Around the Family) for [[Summer|name]]'s attendance and [[Tasha|name]]'s mental health; closed on
[[30/06/2020|date]] with good progress. | Early Help
[[25/01/2023|dob]] | [[Willow|name]] born at 36 weeks; home on day 4. | Maternity
[[3rd April 2024|date]] | [[Ellis|name]] diagnosed with an autism spectrum condition (Dr [[Ruth Shapland|name]], Child Development
Centre). | Paediatrics
[[17.01.2026|date]] | Speech and language referral for [[Willow|name]]; two appointments not attended; discharged. | Health visiting
[[12 June 2026|date]] | [[Tasha|name]] stops taking lithium (her account). | Mother
[[19/06/2026|date]] | [[Ellis|name]]'s last day in school ([[Ilfracombe CE Juniors|school]]); on a half-day timetable since Easter. The
SENCo, Mrs [[Lorna Squire|name]], requests an EHC needs assessment. | School
[[1 Aug 2026|date]] | A neighbour, Mrs [[Maggie Pugsley|name]], calls the police at 02:00: [[Tasha|name]] and [[Jamie|name]] shouting in
the street outside [[27 Highfield Road|address]]; [[Tasha|name]] "elated"; no offences. | Police
[[28/08/2026|date]] | Health visitor's home visit (see the referral of [[2 Sept|date]]). | Health visiting
[[08/09/2026|date]] | Strategy discussion: section 47 (neglect) for all three children. | LA / Police / Health
[[10/09/2026|date]] | [[Willow|name]] seen by Dr [[Matthew Yeo|name]]: weight 11.2 kg, iron-deficiency anaemia; iron and a dietitian
referral. | GP
[[14.09.2026|date]] | [[Tasha|name]] seen by the Home Treatment Team; restarts lithium; [[Sue|name]] moves in for two weeks. | Mental health
[[1 October 2026|date]] | Initial Child Protection Conference: all three children on child protection plans (neglect). | LA
[[12/10/2026|date]] | [[Willow|name]] starts at the nursery of [[Ilfracombe Infant and Nursery School|school]] (15 hours). | Education
[[21/10/2026|date]] | [[Summer|name]] reported missing at 21:00; found at 23:30 near the harbour with her boyfriend, [[Riley Copp|name]]
(17); fresh cuts to her forearm; seen at the Emergency Department. | Police / Health
[[5 Nov 2026|date]] | EHC plan issued for [[Ellis|name]]; the SEND panel names [[Pathfield School|school]], [[Barnstaple|place]],
from [[4 January 2027|date]]. | SEND
[[16/11/2026|date]] | [[Jamie|name]]'s hair strand test: daily cannabis use. | LA
[[19/11/2026|date]] | Both parents miss the core group; [[Tasha|name]] says she "forgot". | LA
"""),
    ("child protection plan", """TAWMOUTH COUNCIL - CHILD PROTECTION PLAN (category: neglect)
Children: [[Summer HUXTABLE|name]] (DOB [[09/08/2011|dob]], NHS [[670 039 7774|nhs]], UPN [[Y878263716140|upn]]); [[Ellis GAMMON|name]]
(DOB [[14/06/2017|dob]], NHS [[653 312 5168|nhs]], UPN [[E878619321241|upn]]); [[Willow GAMMON|name]] (DOB [[25/01/2023|dob]])
Address: [[27 Highfield Road|address]], [[Ilfracombe|place]] [[EX34 9LH|postcode]]
Plan made at the Initial Child Protection Conference on [[01/10/2026|date]] (chair [[Nigel Yeo|name]]); updated at the core group on
[[29/10/2026|date]]. Key worker: [[Tom Passmore|name]] ([[01271 388 620|phone]], work mobile [[07496 551 208|phone]],
[[tom.passmore@tawmouth.gov.uk|email]]). Team Manager: [[Sarah Isaac|name]].

Core group: [[Tasha Huxtable|name]] and [[Jamie Gammon|name]]; Mrs [[Sue Chugg|name]] (Nan); [[Zoe Heddon|name]] (HV); Mrs [[Lorna
Squire|name]] (SENCo, [[Ilfracombe Juniors|school]]); Mr [[Owen Gist|name]] (Head of Year 10, [[Ilfracombe Academy|school]]);
[[Cheryl Lovering|name]] (care coordinator, Devon Partnership NHS Trust); [[Bryony Gist|name]] (Family Support Worker, Action for
Children); [[Dan Kift|name]] (tenancy support, North Devon Homes).

What the children said
[[Summer|name]]: "I want Mum to take her tablets and [[Jamie|name]] to stop smoking weed in the house. I want to go to [[Petroc|school]]
to do hair and beauty and I can't if I'm always looking after the little ones." She asked for her own number to be on the plan
so that professionals text her and not her mum: [[07719 842 306|phone]].
[[Ellis|name]] (through his drawing and the "talking mat" with [[Bryony|name]]): likes Minecraft, the Tunnels Beaches, "Granfer's
boat" and the Verity statue on the pier ("she's got no skin on one side"); does not like "loud school", "the bell" or "people
shouting". He put "home" on the "sometimes" side.
[[Willow|name]] (3): too young to say; [[Zoe|name]] saw her play with the nursery's tea set and say "more" and "[[Sum-Sum|name]]".

What needs to change, who will do what, by when
1. [[Willow|name]] grows and is well.
   - [[Tasha|name]] and [[Jamie|name]]: take [[Willow|name]] to every weigh-in (Tuesdays, Ilfracombe Children's Centre) and to the
     dietitian; iron medicine twice a day; three meals and two snacks a day, using the picture plan. From now.
   - [[Zoe|name]]: weigh [[Willow|name]] fortnightly; re-refer to speech and language therapy; a dentist at the Community Dental
     Service by [[30/11/2026|date]].
2. The house is safe and clean.
   - [[Jamie|name]]: no cannabis in the house or around the children; hair strand test again in February.
   - [[Dan Kift|name]] and [[Bryony|name]]: help to clear the living room and [[Willow|name]]'s room; mould treatment by the landlord,
     Mr [[Keith Lovering|name]], by [[13 November|date]]; a fireguard and a stair gate.
3. [[Tasha|name]]'s mental health is looked after.
   - [[Tasha|name]]: take lithium every day and have her blood levels checked; see [[Cheryl|name]] every two weeks.
   - [[Cheryl Lovering|name]]: a crisis plan that names Nan [[Sue|name]] and Granfer [[Roger|name]] as the children's carers
     if [[Tasha|name]] is unwell; shared with the GP, Dr [[Yeo|name]].
4. [[Ellis|name]] is in education.
   - Mrs [[Squire|name]]: home learning packs and one hour a day with a teaching assistant, Mrs [[Jenny Heard|name]], in the
     school's nurture room until [[Pathfield|school]] starts on [[4 January 2027|date]]; a transition plan with visits.
5. [[Summer|name]] is safe and is not a carer.
   - Mr [[Gist|name]]: a young carer's assessment (Devon Young Carers); the school counsellor weekly.
   - [[Tom|name]]: direct work with [[Summer|name]] about self-harm and her relationship with [[Riley Copp|name]]; a referral to
     CAMHS. [[Summer|name]] to go to Nan's in [[Combe Martin|place]] after school on Mondays and Thursdays.
   - Nan [[Sue|name]] ([[01271 882 415|phone]]): pick up [[Willow|name]] from nursery on Mondays and Thursdays.

If things do not change: a legal planning meeting (pre-proceedings) will be held.
Next core group: Thursday [[19 November 2026|date]], 10:00, Ilfracombe Children's Centre. Review conference: [[7 January 2027|date]].
"""),
    ("letter to the parents after a missed core group", """Tawmouth Council
Children's Services - North Devon Family Intervention Team
Civic Centre, [[North Walk|address]], [[Barnstaple|place]] [[EX31
1EA|postcode]]    Telephone [[01271 388 620|phone]]

Ms [[Natasha Huxtable|name]] and Mr [[Jamie Gammon|name]]
[[27 Highfield Road|address]]
[[Ilfracombe|place]]
[[EX34 9LH|postcode]]

Friday [[20th November 2026|date]]

Dear [[Tasha|name]] and [[Jamie|name]],

[[Summer|name]], [[Ellis|name]] and [[Willow|name]]: the core group meeting on [[19 November|date]]

I am sorry that neither of you came to the core group meeting yesterday at the Children's Centre. [[Tasha|name]], I know from your
text at 11:40 that you forgot, and that you have had a hard week. I am writing to tell you what was said, because some of it is
good news and some of it worries us.

The good news
- [[Willow|name]] has put on 600 grams since October. [[Zoe|name]] says she is eating pasta and fish fingers at nursery and has about
  twenty words now. Her first dental appointment is on Tuesday [[24 November|date]] at 9.30 at the dental clinic in [[Barnstaple|place]].
- [[Ellis|name]] is doing his hour a day with Mrs [[Heard|name]] and went on his first visit to [[Pathfield|school]] with Granfer
  [[Roger|name]] on [[17 November|date]]. He told Mrs [[Squire|name]] the sensory room was "epic".
- [[Summer|name]] has been to school every day for three weeks and has started seeing the counsellor.

What worries us
- [[Cheryl Lovering|name]] told us that you have missed your last two lithium blood tests, [[Tasha|name]], and that your repeat
  prescription was not collected on [[9 November|date]].
- [[Jamie|name]], your hair strand test showed daily cannabis use over the last three months. [[Bryony|name]] found a grinder and a
  bag of weed on the arm of the settee on [[12/11/2026|date]] while [[Willow|name]] was in the room.
- The landlord has not yet treated the mould. [[Dan Kift|name]] has reported this to the council's private housing team.
- Nan [[Sue|name]] told us she is "worn out". She has been collecting [[Willow|name]] four days a week, not two.

What happens next
I would like to see you both at home on Wednesday [[25 November|date]] at 10 o'clock. Please ring or text me if this is not a good
time. The next core group is on [[10/12/2026|date]] at 10:00 at the Children's Centre on [[Wilder Road|address]]; [[Bryony|name]] can
pick you up. If things do not improve by the review conference on [[7 January|date]], my manager, [[Sarah Isaac|name]], will hold a
legal planning meeting to decide whether to start the pre-proceedings process. I will tell you first if that happens.

You can get free advice from the Family Rights Group, and your own solicitor if you have one.

Yours sincerely

[[Tom Passmore|name]]
Social Worker
[[tom.passmore@tawmouth.gov.uk|email]] | [[07496 551 208|phone]]
cc: [[Zoë Heddon|name]] (Health Visitor); [[Cheryl Lovering|name]] (Devon Partnership NHS Trust); Mrs [[L. Squire|name]]
"""),
]

# --- D. Vowles / Blake family (mixed White and Black Caribbean), Matson, Gloucester ------------------------------------

HOME_D = d.Address("16 Winsley Road", "Matson", "Gloucester", "GL4 6JN")
MUM_D = d.Address("Flat 2, 88 Barton Street", "Barton", "Gloucester", "GL1 4EX")
DAD_D = d.Address("5 Edinburgh Place", "Hesters Way", "Cheltenham", "GL51 7SA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Nevaeh", "Vowles")], dt.date(2022, 4, 3), [HOME_D], ids=["7113214150", "V916574026516"],
       schools=["Moat Primary Academy"]),
    _p("s", "sibling", [("Kaiya", "Vowles-Blake")], dt.date(2015, 8, 19), [HOME_D], ids=["7437499207", "X916751119743"],
       schools=["Beaufort Co-operative Academy"]),
    _p("s2", "sibling", [("Tyrese", "Blake")], dt.date(2011, 2, 27), [HOME_D], ids=["7778951576", "H916287316915"],
       phones=["07544 920 371"], schools=["Gloucester Academy"]),
    _p("m", "mother", [("Chelsea", "Vowles")], dt.date(1993, 6, 12), [MUM_D], phones=["07446 381 092"], ids=["WL 60 93 28 C"]),
    _p("f", "father", [("Jermaine", "Blake")], dt.date(1988, 9, 30), [DAD_D], phones=["07983 145 662"]),
    _p("g", "grandparent", [("Hyacinth", "Blake")], dt.date(1962, 11, 20), [HOME_D], phones=["01452 306 217", "07711 058 394"],
       emails=["hyacinth.blake62@gmail.com"], ids=["YA 11 48 67 B"]),
    _p("p1", "professional", [("Sian", "Cratchley")], phones=["01452 426 318", "07468 277 019"],
       emails=["sian.cratchley@twyvervale.gov.uk"]),
    _p("p2", "professional", [("Margaret", "Oyelaran")], phones=["07825 339 104"], emails=["margaret.oyelaran@cafcass.gov.uk"]),
], "c")

DOCS_D = [
    ("social work evidence statement for court", """IN THE FAMILY COURT AT GLOUCESTER                    Case number: GL26C00147
Twyver Vale Council (applicant) v [[Chelsea VOWLES|name]] (first respondent), [[Jermaine BLAKE|name]] (second respondent) and the
children through their children's guardian, [[Margaret Oyelaran|name]] (third to fifth respondents)

The children:  [[Tyrese BLAKE|name]]    born [[27/02/2011|dob]]    NHS [[777 895 1576|nhs]]
               [[Kaiya VOWLES-BLAKE|name]]    born [[19/08/2015|dob]]    NHS [[743 749 9207|nhs]]
               [[Nevaeh VOWLES|name]]    born [[03/04/2022|dob]]    NHS [[711 321 4150|nhs]]

FINAL SOCIAL WORK EVIDENCE STATEMENT OF [[SIAN CRATCHLEY|name]]
Statement no. 3    Dated: [[27 November 2026|date]]    Filed on behalf of the applicant

1. Introduction
1.1 I am a registered social worker (Social Work England) employed by Twyver Vale Council in the Gloucester Children in Care
Team. I have been the children's allocated social worker since [[22 June 2026|date]]. My manager is [[Rhiannon Tovey|name]].
1.2 This statement sets out the local authority's final care plans for the three children: Special Guardianship Orders to
their paternal grandmother, Mrs [[Hyacinth Blake|name]] (born [[20/11/1962|dob]]) of [[16 Winsley Road|address]], [[Matson|place]],
[[Gloucester|place]] [[GL4 6JN|postcode]], with whom they have lived since [[19 June 2026|date]].

2. Background
2.1 [[Chelsea Vowles|name]] (born [[12/06/1993|dob]]) is the mother of all three children. [[Jermaine Blake|name]] (born
[[30/09/1988|dob]]) is the father of [[Tyrese|name]] and [[Kaiya|name]] and has parental responsibility for both. [[Nevaeh|name]]'s
father is believed to be [[Kyle Meek|name]] of [[Tuffley|place]]; he is not on her birth certificate, did not respond to letters
sent on [[3/08/2026|date]] and [[14/09/2026|date]], and has not been seen by me.
2.2 The family has been known to children's services since 2014 because of domestic abuse by Mr [[Blake|name]] towards Ms
[[Vowles|name]] (he was convicted of assault occasioning actual bodily harm in 2017 and served 14 months) and Ms [[Vowles|name]]'s use
of crack cocaine and heroin. The children were subject to child protection plans in 2017 and again from the conference of [[9
December 2025|date]].
2.3 On [[18 June 2026|date]] police found [[Nevaeh|name]], then aged two, alone in Ms [[Vowles|name]]'s flat at [[Flat 2, 88 Barton
Street|address]], [[Barton|place]], [[GL1 4EX|postcode]] at 21:30, with drug paraphernalia on the living room floor; [[Kaiya|name]]
(10) had gone to look for her mother at the Gloucester Quays; [[Tyrese|name]] (15) was at his grandmother's. The children were
taken into police protection and placed with Mrs [[Blake|name]] the following day under regulation 24 of the Care Planning
Regulations 2010. Interim care orders were made on [[3 July 2026|date]] by District Judge [[Haworth|name]].

3. The children
3.1 [[Tyrese|name]] ("[[TJ|name]]") is fifteen and in Year 11 at [[Gloucester Academy|school]] (UPN [[H916287316915|upn]]). He is
tall, funny and protective of his sisters. He plays for a youth football team in [[Longlevens|place]] and wants to go to
[[Gloscol|school]] next year to study sport. His attendance has risen from 74% to 93% since the summer. His key worker at school,
Mr [[Dwayne Rowe|name]], describes him as "a different lad since he settled at his nan's". He told me: "I'm staying with Grandma.
That's it. I'll see Mum when she's clean. I want to see my dad more but I'm not living in [[Cheltenham|place]]."
3.2 [[Kaiya|name]] is eleven and in Year 7 at [[Beaufort|school]] (UPN [[X916751119743|upn]]). She has carried more than a child
should: making bottles for [[Nevaeh|name]], hiding her mother's foil, walking the streets of [[Barton|place]] and [[Tredworth|place]]
to find her. She is angry with her mother and sometimes with her grandmother. She sees a play therapist, [[Ngozi Eke|name]], at
the school every week. Her form tutor, Miss [[Freya Orchard|name]], reports that she is "making friends and smiling more".
3.3 [[Nevaeh|name]] ("[[Vay|name]]") is four and started Reception at [[Moat Primary Academy|school]] in September (UPN
[[V916574026516|upn]]). Her speech was delayed when she came to her grandmother; it is now nearly at the expected level. She
calls her grandmother "Granny [[Hy|name]]" and her mother "Mummy [[Chels|name]]".

4. The mother
4.1 Ms [[Vowles|name]] has tried hard at times. She completed a detox at the Nelson Trust in August but used again within three
weeks. Her hair strand test of [[2/11/2026|date]] shows continued use of crack cocaine and heroin. She has attended 9 of 16
family time sessions (see the supervisor's records, e.g. [[14 November 2026|date]]). She told me on [[20 November|date]]: "I know
they're better at [[Hyacinth|name]]'s. I just don't want them to forget I'm their mum." She supports the plan for [[Nevaeh|name]] and
[[Kaiya|name]] but would like [[Tyrese|name]] to "come back to me when I'm sorted".

5. The father
5.1 Mr [[Blake|name]] lives at [[5 Edinburgh Place|address]], [[Hesters Way|place]], [[Cheltenham|place]] with his partner, [[Tamsin
Ridler|name]], and their son. He has worked at a car parts warehouse in [[Tewkesbury|place]] for three years and tests clear of
drugs. He accepts his past violence ("I was a different man") and has completed the Building Better Relationships programme.
He proposes that [[Tyrese|name]] lives with him. [[Tyrese|name]] does not want this. Mr [[Blake|name]] supports the plan for
[[Kaiya|name]] and [[Nevaeh|name]] with his mother.

6. The special guardian
6.1 Mrs [[Blake|name]] is 64. She came to [[Gloucester|place]] from [[May Pen|place]], Jamaica, aged nine. She worked for 31 years as a
healthcare assistant at Gloucestershire Royal Hospital and retired in 2024. Her late husband, [[Winston Blake|name]], died in
2019. She is a member of a Pentecostal church in [[Barton|place]] and has a large network: her daughter, Mrs [[Marcia
Blake-Forde|name]], in [[Handsworth|place]], [[Birmingham|place]]; her niece [[Paulette Gayle|name]], who lives two streets away; and
her church sisters. The kinship assessment by [[Dawn Fairweather|name]] (Kinship Assessment Team) of [[30/10/2026|date]] is
positive. Her health is good apart from type 2 diabetes. She has said: "These are my grandchildren. They don't go to strangers
while I have breath in my body."

7. Family time after the order
7.1 With the mother: once a month, supervised by Mrs [[Blake|name]] or at the Family Time Centre, rising to fortnightly if
Ms [[Vowles|name]] can show three months of clear tests. With the father: [[Tyrese|name]] and [[Kaiya|name]] alternate Saturdays,
arranged directly with Mrs [[Blake|name]].

8. Support plan
8.1 A special guardianship allowance (Mrs [[Blake|name]]'s NI number, [[YA 11 48 67 B|ni]], is on the application); a
therapeutic parenting course for Mrs [[Blake|name]] (Kinship Carers Group, Thursdays); continued play therapy for [[Kaiya|name]];
a bunk bed and a larger car (a seven-seater to replace her Honda Jazz, [[CK14 PZE|vehicle]]).

I believe that the facts stated in this statement are true.
Signed: [[S. Cratchley|name]]    Dated: [[27.11.2026|date]]
"""),
    ("family time supervision record", """TWYVER VALE COUNCIL - FAMILY TIME SERVICE - SUPERVISED FAMILY TIME RECORD
Children: [[Kaiya Vowles-Blake|name]] (11), [[Nevaeh Vowles|name]] (4) ([[Tyrese|name]] did not come; see below)
Adult: [[Chelsea Vowles|name]] (mother)    Supervisor: [[Leon Abara|name]], Family Time Worker
Date: Saturday [[14/11/2026|date]], 10:30-12:00 (booked), Family Time Centre, [[Eastgate Street|address]], [[Gloucester|place]]
Social worker: [[Sian Cratchley|name]]    Transport: brought and collected by Mrs [[Hyacinth Blake|name]] (paternal grandmother)

Arrival
Mrs [[Blake|name]] arrived with the girls at 10:20. [[Chelsea|name]] arrived at 10:52 (22 minutes late), out of breath; she said the
bus from [[Barton|place]] was late. She had a bag from KFC and a present for each girl from Primark. [[Nevaeh|name]] ran to her
shouting "Mummy [[Chels|name]]!" and was swung round. [[Kaiya|name]] stayed sitting on the sofa with her phone and said "you're late
again".

The session
[[Chelsea|name]] and [[Nevaeh|name]] played with the doll's house; [[Chelsea|name]] did voices and [[Nevaeh|name]] laughed a lot.
[[Chelsea|name]] plaited [[Nevaeh|name]]'s hair with beads, which she had brought, and they sang "Baby Shark". [[Chelsea|name]] asked
[[Kaiya|name]] about [[Beaufort|school]]; [[Kaiya|name]] answered in one word at first, then showed her mum a video on TikTok of her dance
group. At
11:15 [[Chelsea|name]] went to the toilet for about eight minutes. When she came back her pupils looked small and she was
drowsy; she yawned many times and twice closed her eyes while [[Nevaeh|name]] was talking to her. I asked her quietly if she had
used; she said "no, I'm just tired, I was up all night with my mate [[Kerry|name]]".
[[Chelsea|name]] asked where [[Tyrese|name]] was. [[Kaiya|name]] said "[[TJ|name]]'s got football and he doesn't want to see you when
you're like this". [[Chelsea|name]] cried. [[Nevaeh|name]] patted her and said "don't cry Mummy". I moved the session on to a game of
Uno; [[Chelsea|name]] joined in.
At 11:40 [[Chelsea|name]] asked [[Kaiya|name]] to "tell your grandma to let me come round on your birthday". I reminded her that any
arrangements go through [[Sian|name]]. [[Kaiya|name]]'s birthday is on the [[19th of August|dob]] and was, in fact, three months
ago; [[Chelsea|name]] said she meant [[Nevaeh|name]]'s ("the [[3rd of April|dob]], I know my own kids' birthdays").
[[Chelsea|name]] also asked me for [[Hyacinth|name]]'s new mobile number. I said I could not give it.

Goodbye
At 11:58 [[Nevaeh|name]] cried and clung to her mum. [[Chelsea|name]] handled this well: she told her "Granny's got you, I'll see
you soon, be good for Miss [[Haines|name]]". Mrs [[Blake|name]] came in and lifted [[Nevaeh|name]]; she and [[Chelsea|name]] were
polite to each other. [[Kaiya|name]] hugged her mum at the door and said "please be OK".
After the girls left, [[Chelsea|name]] told me her new phone number is [[07446 381 092|phone]] (the same as before, she had just
lost the phone) and that she is "going back to CGL on Monday".

Supervisor's view
A warm session with [[Nevaeh|name]]; [[Kaiya|name]] was guarded but softened. I am concerned that [[Chelsea|name]] appeared to be
under the influence after going to the toilet. I have told [[Sian Cratchley|name]] by email the same day. Next session: Saturday
[[28 November|date]], same time.
Signed: [[L. Abara|name]]    [[14.11.26|date]]
"""),
]

DOCS_D += [
    ("email chain with the children's guardian", """From: [[Margaret Oyelaran|name]] <[[margaret.oyelaran@cafcass.gov.uk|email]]>
Sent: Wednesday, [[2 December 2026|date]] 17:06
To: [[Sian Cratchley|name]] <[[sian.cratchley@twyvervale.gov.uk|email]]>
Cc: [[Oliver Tranter|name]] (Twyver Vale Legal Services); [[Nadia Moss|name]] ([[Tanner|name]] & [[Moss|name]] Solicitors, for the mother)
Subject: RE: GL26C00147 [[BLAKE|name]] / [[VOWLES|name]] - [[Tyrese|name]]'s wishes and the father's position

Dear [[Sian|name]],

Thank you. I saw [[Tyrese|name]] on his own yesterday after school at the McDonald's on [[Bristol Road|address]] (his choice). He was
very clear: he wants to stay at his grandma's, he does not want to move to his dad's in [[Hesters Way|place]], and he would like
to see his dad "every other Saturday, not be forced". He asked me to tell the judge that "Grandma is the one who turned up".
He also asked, again, whether the order means his surname will change (I told him no).

I have also spoken to Mr [[Blake|name]] by phone ([[07983 145 662|phone]]). He accepts that [[Tyrese|name]] will not move to him, and
his solicitor, Mr [[Grant Okafor|name]], will tell the court on Friday that he does not oppose the SGO for any of the children
if the family time arrangements are written into the order. I think that is sensible.

My final analysis will support Special Guardianship Orders for all three children to Mrs [[Blake|name]]. I would like the
support plan to include a clear promise about the car (a seven-seater) and a contingency if Mrs [[Blake|name]] becomes unwell -
could [[Marcia Blake-Forde|name]] be named?

Kind regards
[[Margaret|name]]

[[Margaret Oyelaran|name]] | Children's Guardian | Cafcass, Gloucestershire and Wiltshire team
Mobile: [[07825 339 104|phone]] | Please note I do not work on Mondays.

-----Original Message-----
From: [[Sian Cratchley|name]]
Sent: [[01 December 2026|date]] 09:14
To: [[Margaret Oyelaran|name]]
Cc: [[Oliver Tranter|name]]; [[Nadia Moss|name]]
Subject: GL26C00147 [[BLAKE|name]] / [[VOWLES|name]] - [[Tyrese|name]]'s wishes and the father's position

Good morning [[Margaret|name]],

Ahead of the IRH on Friday [[4th December|date]]:
1. [[Jermaine|name]] emailed me on Sunday saying he still wants [[TJ|name]] to live with him. [[TJ|name]] has told me three times he does
   not. Would you be able to see [[TJ|name]] again before Friday? He finishes at 3.15 and would rather not be seen at
   [[Hyacinth|name]]'s.
2. [[Chelsea|name]]: her test result from [[2 November|date]] is positive for crack cocaine and heroin (attached). [[Nadia|name]], I have
   copied you in so that you can talk to her before Friday; I understand she is staying with a friend in [[Coney Hill|place]] at
   the moment and her post still goes to [[Barton Street|address]].
3. [[Hyacinth|name]] would like to know whether she can take the children to [[Birmingham|place]] for [[Marcia|name]]'s 40th on
   [[19 December|date]] and stay overnight. I have said yes in principle.
4. Support plan: the seven-seater is agreed in principle by our Head of Service, [[Paul Ambrose|name]]; the allowance is
   calculated; [[Dawn Fairweather|name]] will run the SGO support group sessions in the new year.

Many thanks
[[Sian|name]]

[[Sian Cratchley|name]] | Senior Social Worker | Gloucester Children in Care Team | Twyver Vale Council
Shire Hall, [[Westgate Street|address]], [[Gloucester|place]] [[GL1 2TG|postcode]] | [[01452 426 318|phone]] | [[07468 277 019|phone]]
"""),
    ("facebook post and comments", """[Public Facebook post and comments, screenshotted by Mrs [[Hyacinth Blake|name]] and emailed to
[[Sian Cratchley|name]] on [[22 November 2026|date]] from [[hyacinth.blake62@gmail.com|email]]. Names are the account names shown; spelling
as posted.]

[[Chels Vowles|name]] · [[21 November|date]] at 23:48 · 🌎
social services have STOLE my babies and give them to there nan who thinks shes better than every1. 5 months i been fighting
these people. Family court is a joke. i never hurt my kids once. #justiceforchels #familycourtcorruption 💔💔
😢😡 41    38 comments

[[Kelly Prout|name]]
stay strong babe they cant do this to u. [[matson|place]] mums stick together ❤️
21h

[[Marcia Blake-Forde|name]]
[[Chelsea|name]] delete this. those children are SAFE with Mummy and you know it. we all love you but you need help not Facebook
21h

[[Chels Vowles|name]]
[[Marcia Blake-Forde|name]] u dont even live in glos so keep ur nose out ur in [[brum|place]] 🙄
21h

[[Jermaine Blake|name]]
[[Chels|name]] take it down. [[TJ|name]] can see this. my mum has done nothing but help u
20h

[[Stacey-Leigh Hook|name]]
where do they live ill go round with u 👊
20h

[[Paulette Gayle|name]]
[[Stacey-Leigh Hook|name]] nobody is going round anywhere. I live by them and I will ring the police. [[Hyacinth|name]] is a good woman
and those kids are thriving. Take this to the judge not to Facebook.
20h

[[Chels Vowles|name]]
[[Paulette Gayle|name]] i know u live on [[winsley rd|address]] too. all of u are in it together
19h

[[Gemma Price|name]]
[[Chelsea|name]] hun please ring me tomorrow, I'm in the office from 9. Nelson Trust still have a bed for u xx
19h

[[Tyrese Blake|name]]
mum pls stop
18h

[[Chels Vowles|name]]
[[Tyrese Blake|name]] i love u baby xx im sorry
18h

[This post was deleted by the account holder at 10:05 on [[22/11/2026|date]].]
"""),
]

# --- E. Kovalenko family (Ukrainian, Homes for Ukraine), Bilton, Harrogate ------------------------------------------

HOME_E = d.Address("Flat 4, 31 Skipton Road", "Bilton", "Harrogate", "HG1 4LJ")
HOST_E = d.Address("Glebe Farm, Main Street", "Kirkby Overblow", "Harrogate", "HG3 1HD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Maksym", "Kovalenko")], dt.date(2013, 4, 21), [HOME_E, HOST_E], ids=["4598872020", "H815320122819"],
       phones=["07453 618 290"], schools=["Harrogate High School"]),
    _p("s", "sibling", [("Sofiia", "Kovalenko")], dt.date(2020, 1, 9), [HOME_E], ids=["6203908045", "R815616924618"],
       schools=["Bilton Grange Primary School"]),
    _p("m", "mother", [("Olena", "Kovalenko")], dt.date(1987, 8, 15), [HOME_E], phones=["07537 204 816"], ids=["SX 48 21 95 D"]),
    _p("f", "father", [("Andrii", "Kovalenko")], dt.date(1985, 2, 3), phones=["+380 67 412 5893"]),
    _p("g", "grandparent", [("Halyna", "Bondarenko")], dt.date(1961, 10, 28), phones=["+380 50 731 2468", "+380 57 712 4630"]),
    _p("h", "other", [("Harriet", "Ashby-Fenn")], None, [HOST_E], phones=["01423 772 504"], emails=["harriet.ashbyfenn@btinternet.com"]),
    _p("p1", "professional", [("Fiona", "Marwood")], phones=["01423 556 841", "07491 326 705"],
       emails=["fiona.marwood@niddbrook.gov.uk"]),
    _p("p2", "professional", [("Iryna", "Melnyk")], phones=["07840 612 395"]),
], "c")

DOCS_E = [
    ("former host's email forwarded to the front door", """From: [[Callum Bright|name]] <[[callum.bright@niddbrook.gov.uk|email]]>
Sent: Monday, [[2 November 2026|date]] 10:14
To: Niddbrook Children and Families Service - Front Door
Subject: FW: Worried about [[Maks|name]] and [[Sofiia|name]] - [[KOVALENKO|name]], [[Flat 4, 31 Skipton Road|address]]

Hello,

Forwarding with the sender's agreement. I am the Homes for Ukraine resettlement officer for the family. Mrs [[Ashby-Fenn|name]] was
their sponsor from [[14 May 2022|date]] until they moved into their own flat in [[Bilton|place]] on [[1 March 2025|date]], and is
still close to them. I have no safeguarding concerns of my own from my last visit ([[9/09/2026|date]]), but I don't think the
things she describes can wait. Mum's number is [[07537 204 816|phone]]; she prefers Ukrainian for anything important (we use
[[Iryna Melnyk|name]] as interpreter, [[07840 612 395|phone]]).

[[Callum Bright|name]]
Resettlement Officer (Homes for Ukraine) | Niddbrook Council | [[01423 556 190|phone]]

-----Original Message-----
From: [[Harriet Ashby-Fenn|name]] <[[harriet.ashbyfenn@btinternet.com|email]]>
Sent: Sunday, [[1 November 2026|date]] 21:36
To: [[Callum Bright|name]]
Subject: Worried about [[Maks|name]] and [[Sofiia|name]]

Dear [[Callum|name]],

I'm sorry to write on a Sunday night but [[Julian|name]] and I have been going round in circles all weekend and I think someone
official needs to know.

As you know, [[Olena|name]], [[Maksym|name]] and [[Sofiia|name]] lived with us at [[Glebe Farm|address]] for nearly three years and we
still have [[Sofiia|name]] most Saturdays. Since the summer [[Olena|name]] has been working nights as a housekeeper at one of the big
hotels on the Stray (21:00 to 07:00, four nights a week), and [[Maks|name]], who is 13, is left in charge of [[Sofiia|name]], who is 6.
[[Sofiia|name]] told me yesterday, while we were making syrniki, that "[[Maks|name]] goes out when Mama goes to work and I am alone
with the cartoons" and that "sometimes I sleep in Mama's bed with the light on because of the rockets". (She means the
fireworks - there have been a lot round [[Bilton|place]] this week and she was terrified.)

Also: [[Maks|name]] turned up here at 11 pm on Thursday [[29th October|date]] on a bike, having cycled from [[Knaresborough|place]] in
the dark without lights, smelling of vape. He said he'd been with "[[Brandon|name]] and them" at the castle. He wouldn't let me
ring his mum. [[Julian|name]] drove him home and [[Sofiia|name]] was asleep alone in the flat with the door on the latch.

And: [[Olena|name]] has a new boyfriend, [[Dmytro|name]] ("[[Dima|name]]"), who I think is staying over. [[Maks|name]] says he
drinks and "shouts in Russian when he's drunk" - which, for a boy whose grandmother is still in [[Kharkiv|place]] under the
bombs, is not nothing.

I love [[Olena|name]] dearly and she is doing her absolute best on her own, with [[Andrii|name]] at the front and no family here.
I don't want her to get into trouble. But I don't want something to happen to the children either. Could someone please help?
I'm happy to talk: [[01423 772 504|phone]] or [[07805 233 417|phone]].

With best wishes,
[[Harriet|name]]

[[Harriet Ashby-Fenn|name]]
[[Glebe Farm|address]], [[Main Street|address]], [[Kirkby Overblow|place]], [[HG3 1HD|postcode]]
"""),
    ("return home interview", """NIDDBROOK COUNCIL - RETURN HOME INTERVIEW (RHI) RECORD
Young person: [[KOVALENKO, Maksym|name]] ("[[Maks|name]]")    DOB: [[21/04/2013|dob]]    Age: 13
Address: [[Flat 4, 31 Skipton Road|address]], [[Bilton|place]], [[Harrogate|place]] [[HG1 4LJ|postcode]]
School: [[Harrogate High School|school]], Year 9, UPN [[H815320122819|upn]]    Mobile: [[07453 618 290|phone]]
Missing episode: from about 19:30 on Friday [[6 November 2026|date]] to 08:10 on Saturday [[7 November 2026|date]] (reported by his
mother at 23:40; North Yorkshire Police ref. NYP-06112026-0417; found by PC [[Jess Lumb|name]] at [[Knaresborough|place]] bus station)
Interview: Monday [[9 November 2026|date]], 15:30-16:25, at school, in English (his choice; he said he did not need an interpreter)
Interviewer: [[Ellie Thwaite|name]], Return Home Interview Worker    Offered within 72 hours: yes

Why did you go missing?
"It was Bonfire Night again. Everyone in [[Bilton|place]] was doing fireworks and it sounds exactly like [[Saltivka|place]] when they
hit the flats. I could not stay in. [[Sonia|name]] was crying and Mama was at work and [[Dima|name]] was there drinking, so I went."
([[Sonia|name]] is what he calls his sister.) He said he "walked and walked" and got the bus to [[Knaresborough|place]].

Where were you and who with?
At first with [[Brandon Agar|name]] (16) and two boys he did not want to name, "by the river under the viaduct" and then in a
garage belonging to [[Brandon|name]]'s uncle. They had vapes and cans; he had "a bit of vodka". He said no one hurt him, no one asked
him to carry anything and no one took pictures. At about 2 am the others went home; he slept on a bench at the bus station
until PC [[Lumb|name]] found him. His phone had died.

Who knew where you were?
"Nobody. I texted [[Oskar|name]] that I was in [[Knaresborough|place]] but his phone is taken at night." ([[Oskar Nowak|name]] is his best
friend from school, who is Polish; they speak "English and a bit Polish-Ukrainian mix".)

Home
He loves his mum and sister but is "tired of being the man of the house". When his mum works nights he "puts [[Sonia|name]] to bed,
checks the door, and then I can't sleep anyway". He does not like [[Dmytro Savchuk|name]]: "He is loud and he talks about the war
like it's a film." He speaks to his dad, [[Andriy|name]], on Telegram when there is signal; his dad is "near [[Zaporizhzhia|place]]"
and "doesn't say what he does". His grandmother, Babusia [[Halyna|name]], is in [[Kharkiv|place]]: "Every morning I check she is
online."

School and what helps
He likes Maths, PE and Computing and is in the school's football team. He gets help from the EAL teacher, Mrs [[Oksana
Lysenko|name]], and from his head of year, Mrs [[Catherine Dewhirst|name]]. He would like "someone to talk to who isn't my mum
and doesn't cry". He said he would go to the Ukrainian youth club at the Harrogate Ukrainian Hub "if [[Oskar|name]] can come".

Risks noted
Trauma triggers (fireworks, sirens, planes at night); caring for his sister overnight; alcohol and vapes with older boys; out at
night, no phone; a possible link to [[Brandon Agar|name]] (known to police for shoplifting and cannabis).
Actions: information shared with his social worker, [[Fiona Marwood|name]] ([[fiona.marwood@niddbrook.gov.uk|email]]); a referral
to the Compass Phoenix service (CAMHS) for trauma support, with [[Olena|name]]'s consent; [[Brandon Agar|name]]'s name passed to the
police missing persons coordinator, PS [[Andrew Gott|name]]; Ukrainian youth club details given. [[Maks|name]] agreed to a
"safe contacts" card: his mum ([[07537 204 816|phone]]), Mrs [[Harriet Ashby-Fenn|name]] ([[07805 233 417|phone]]) and Childline
(0800 1111).
Signed: [[E. Thwaite|name]]    [[09.11.2026|date]]
"""),
]

DOCS_E += [
    ("interpreter-assisted home visit case note", """NIDDBROOK COUNCIL - CHILDREN AND FAMILIES SERVICE - CASE NOTE
Children: [[Maksym KOVALENKO|name]] ([[21 April 2013|dob]], NHS [[459 887 2020|nhs]]), [[Sofiia KOVALENKO|name]] ([[9 January 2020|dob]],
NHS [[620 390 8045|nhs]], UPN [[R815616924618|upn]])
Type: Home visit with a Ukrainian interpreter (child and family assessment)    Worker: [[Fiona Marwood|name]], Social Worker,
Harrogate and Craven Assessment Team    Interpreter: [[Iryna Melnyk|name]] (in person)
Date: Thursday [[12 November 2026|date]], 16:00-17:50    Address: [[Flat 4, 31 Skipton Road|address]], [[Bilton|place]]

Seen: [[Olena Kovalenko|name]] (mother), [[Maksym|name]] (from 16:40) and [[Sofiia|name]]. [[Dmytro Savchuk|name]] was not there;
[[Olena|name]] said he "has gone back to his own room in [[Starbeck|place]]".

The flat: a clean, small two-bedroom first-floor flat (housing association, Broadacres); [[Sofiia|name]]'s room has a bed, a desk and
a blue and yellow flag; [[Maksym|name]] sleeps on a sofa bed in the living room because "the second room is for [[Sofiia|name]] and
Mama". Food in: borscht on the stove, bread, buckwheat, sausages from the Polish shop. Smoke alarm working; a chain on the door;
no alcohol seen. An icon and a photograph of [[Andrii|name]] in uniform on the shelf.

[[Olena|name]] (39) spoke through [[Iryna|name]]; she understands a lot of English but said "for this, I want to be sure". She was
ashamed and cried. She agreed that she works four nights a week at a hotel on the Stray, and that on those nights [[Maksym|name]]
looks after [[Sofiia|name]]. She had not known that he went out. She said: "In Ukraine a boy of thirteen is almost a man. But here I
understand it is not allowed, and I understand he is also a child who has seen too much." She earns £11.90 an hour; she took the
night work because it pays more and lets her take [[Sofiia|name]] to school. Her NI number is [[SX 48 21 95 D|ni]]; she is on
Universal Credit as well. Her visa (Ukraine Permission Extension) runs to 2027.
About [[Dmytro|name]]: they met at the Ukrainian church in [[Leeds|place]] in the summer; he works on a building site in [[Ripon|place]];
he "drinks at the weekend like all men" and was drunk on Bonfire Night. She said he has never hit her or the children. She has
told him he cannot stay at the flat for now.
Her mother, [[Halyna Bondarenko|name]], is 65, lives alone in [[Kharkiv|place]] and refuses to leave ("she says she will die in her own
flat"). Her sister, [[Natalia Hrytsenko|name]], lives in [[Kraków|place]] with her family. [[Andrii|name]] has leave in January and
may come to England for ten days.

[[Sofiia|name]] (6): chatty in English, in a [[Bilton Grange|school]] sweatshirt and pink trainers. She showed me her reading
book and a drawing of "my Tato in Ukraine" with a heart. Seen alone with [[Iryna|name]] in her room: she said she is "a bit scared" when
Mama is at work, "but [[Maks|name]] reads me stories on his phone". When the fireworks came, "[[Maks|name]] was not there and I hid in the
wardrobe". Her teacher, Miss [[Amelia Hardcastle|name]], says she is doing well at [[Bilton Grange|school]].

[[Maksym|name]] (13) came in from football. He did not want to talk in front of his mum. Seen alone on the walk to the shop: "I'm
sorry I made Mama cry. I want her to work in the day. I don't want [[Dima|name]] here." He would like help "for the nightmares".

Plan agreed (signed by [[Olena|name]], read to her in Ukrainian by [[Iryna|name]]):
1. [[Olena|name]] to ask her manager for day shifts from [[23 November|date]]; until then, on work nights [[Sofiia|name]]
   and [[Maksym|name]] to sleep at [[Harriet|name]]'s (she has offered, and collects them at 20:30).
2. [[Maksym|name]]: the Compass Phoenix referral (done); a mentor through the Harrogate Ukrainian Hub; [[Maksym|name]] to be home by
   20:00 on school nights.
3. [[Dmytro|name]] not to stay overnight; a police check will be done.
4. Help with a Household Support Fund application and a referral to the Citizens Advice money adviser.
5. Next visit: [[26/11/2026|date]] at 16:00 with [[Iryna|name]].
"""),
    ("family telegram chat translated from ukrainian", """[Telegram group "Родина 💙💛" ("Family") on [[Olena Kovalenko|name]]'s phone,
shown to [[Fiona Marwood|name]] with her agreement and translated from Ukrainian by [[Iryna Melnyk|name]] on
[[26 November 2026|date]]. Contact names are as saved by [[Olena|name]] ("Мама" is her mother); Ukrainian kinship words kept; [voice]
where a voice message was sent.]

Saturday [[07.11.2026|date]]
08:15 Me: [[Maks|name]] is found. He is alive. He was in [[Knaresborough|place]] all night. I cannot stop shaking
08:16 Мама 🌻: [voice, 0:48] "Thank God. [[Olenka|name]], do not shout at him, hug him. He is a child of the war, like all of them."
08:20 [[Андрій|name]] ❤️: I saw. I will call him when I can. Tell him his Tato is angry and proud at the same time.
08:31 [[Наталя|name]] 🇵🇱 ([[+48 601 247 893|phone]]): [[Lena|name]], I am buying a ticket. I will come to you on the [[20th|date]].
09:02 [[Максим|name]]: sorry mama. sorry tato. i will not do it again
09:03 Мама 🌻: Babusia loves you, [[Maksymko|name]]. There was no light here last night either, we are all in the dark together.
09:05 [[Максим|name]]: babusia go to the corridor when there is alarm. promise
Wednesday [[11.11.2026|date]]
19:40 [[Андрій|name]] ❤️: [voice, 1:30] "[[Maks|name]], I know you have to be the man there. But you are thirteen. Let the English help
Mama. Go to school, play football, look after [[Sofiika|name]] in the daytime only. I will be home in January, I promise."
19:52 [[Максим|name]]: ok tato. i scored 2 goals on tuesday
19:53 [[Андрій|name]] ❤️: 💪💪💪
19:58 [[Максим|name]]: titka [[natasha|name]] bring the polish sweets pls. the ones with the cow
Saturday [[21.11.2026|date]]
12:10 [[Наталя|name]] 🇵🇱: We are at the Turkish Baths! [[Sofiika|name]] is asleep on my knee. [[Harrogate|place]] is like a postcard
12:12 Me: Thank you for coming, sister. The social worker was kind. They are not taking the children, they want to help.
12:30 Мама 🌻 ([[+380 50 731 2468|phone]]): [voice, 0:35] "The social worker is right about the night work. Do not be proud,
[[Olenka|name]]. I raised you and your sister alone after your father died, I know. The shop on our street in [[Saltivka|place]]
opened again, I am sending a parcel by Nova Poshta."
12:34 Me: Mama, send it to the new address: [[Flat 4, 31 Skipton Road|address]], [[Harrogate|place]] [[HG1 4LJ|postcode]], England
Sunday [[22.11.2026|date]]
20:01 [[Наталя|name]] 🇵🇱: And [[Sofiika|name]] is seven on [[9 January|dob]]! [[Andriy|name]], you must be there.
20:10 [[Андрій|name]] ❤️: My leave is from [[5 January|date]]. I will try with all my heart.
20:11 Мама 🌻: 🙏🙏🙏
20:15 [[Максим|name]]: from monday mama is working in the day at the hotel!!! her boss said yes
20:16 [[Андрій|name]] ❤️: Bravo, [[Olenka|name]] ❤️ and bravo [[Maks|name]] for being honest with the social worker
"""),
]

# --- F. Mathew / Joseph family (Malayali, from Kerala), Broadfield, Crawley ------------------------------------------

HOME_F = d.Address("23 Creasys Drive", "Broadfield", "Crawley", "RH11 9JX")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Evana", "Mathew")], dt.date(2012, 10, 11), [HOME_F], ids=["7692705208", "D938624922764"],
       phones=["07393 551 846"], schools=["Oriel High School"]),
    _p("s", "sibling", [("Aaron", "Mathew")], dt.date(2019, 3, 15), [HOME_F], ids=["4622750139", "C938746623530"],
       schools=["Broadfield Primary Academy"]),
    _p("m", "mother", [("Anju", "Joseph"), ("Anju", "Jibin")], dt.date(1987, 12, 1), [HOME_F], phones=["07424 830 157"],
       ids=["6449434643", "SZ 07 63 41 B"]),
    _p("f", "father", [("Jibin", "Mathew")], dt.date(1984, 5, 22), [HOME_F], phones=["07588 162 934"], ids=["SW 52 19 84 C"]),
    _p("g", "grandparent", [("Mariamma", "Joseph")], phones=["+91 94470 31825"]),
    _p("g2", "grandparent", [("Baby", "Joseph")]),
    _p("u", "other", [("Jomon", "Joseph")], phones=["+971 50 318 4426"]),
    _p("p1", "professional", [("Naomi", "Greenfield")], phones=["01293 438 712", "07470 318 266"],
       emails=["naomi.greenfield@wealdmere.gov.uk"]),
    _p("p2", "professional", [("Helen", "Cray")], phones=["01293 600 412"], emails=["helen.cray@nhs.net"]),
], "c")

DOCS_F = [
    ("GP's safeguarding referral letter", """Broadfield Health Centre
[[Coachmans Drive|address]], [[Broadfield|place]], [[Crawley|place]] [[RH11 9BF|postcode]]    Tel: [[01293 600 412|phone]]

Wealdmere Council - Children's Services Front Door (by secure email)

[[14 October 2026|date]]

Dear colleagues,

Re: [[Evana MATHEW|name]], DOB [[11/10/2012|dob]], NHS No. [[769 270 5208|nhs]]
     [[Aaron MATHEW|name]], DOB [[15/03/2019|dob]], NHS No. [[462 275 0139|nhs]]
     Mother: [[Anju JOSEPH|name]] (also registered as [[Anju Jibin|name]]), DOB [[01/12/1987|dob]], NHS No. [[644 943 4643|nhs]]
     Father: [[Jibin MATHEW|name]], DOB [[22/05/1984|dob]]
     All of [[23 Creasys Drive|address]], [[Broadfield|place]], [[Crawley|place]] [[RH11 9JX|postcode]]

I am writing with Mrs [[Joseph|name]]'s consent about domestic abuse in this family, and about her daughter [[Evana|name]].

Mrs [[Joseph|name]] (38) is a registered nurse at East Surrey Hospital, in the UK on a Health and Care Worker visa since 2022; her
husband and children are her dependants. She came to see me today at 08:30, before a shift, asking for "something for a sprained
wrist". Examined: swelling and tenderness of the right wrist; a 3 x 4 cm bruise on the left upper arm with four finger-tip
bruises; a healing bruise behind the left ear. After some time she told me that on Sunday night ([[11 October|date]]) her husband
came home from a friend's house "after too many drinks", accused her of sending money to her brother, [[Jomon|name]], in
[[Dubai|place]], twisted her arm behind her back and pushed her against the kitchen door. She said it was "the worst time" but not
the first: he has been "hard with me when he drinks" since about 2023. He has never hit the children, she said, but [[Evana|name]]
"got between us" on Sunday and he pulled her away by the arm.

She is very frightened of two things: that he will take [[Aaron|name]] to Kerala "and I will never see him", and that if
the police are involved her registration with the Nursing and Midwifery Council or her visa will be affected. I explained that
neither is likely, and gave her the details of the Sussex domestic abuse service (Safe in Sussex) and of Migrant Help.

[[Evana|name]] is also my patient. I saw her on [[9/10/2026|date]] with her mum: superficial cuts to both forearms over the last
month, low mood, poor sleep; she scored 19 on the PHQ-A. She told me on her own that "home is always shouting" and that she cuts
"so I can feel something else". I referred her to CAMHS (Sussex Partnership) that day. Her mobile for appointments is
[[07393 551 846|phone]]; her mum's is [[07424 830 157|phone]].

[[Aaron|name]] (7) is well and up to date with immunisations. His mother says he has started wetting the bed and "hides under the
table when Daddy is loud".

Mr [[Mathew|name]] is also registered here. He has attended twice this year (back pain, [[3 March 2026|date]]; a hand injury "from
work" at Gatwick Airport, [[18/07/2026|date]]). At the second visit he said he drinks "a bottle of whisky a week, maybe more".

Mrs [[Joseph|name]] has gone to work. She agreed that I share this with you and with the police, and asked that any call be made
to her mobile during the day and not to the house. Her friend Mrs [[Shiny Thomas|name]] (a nurse on the same ward) knows.

Yours faithfully

Dr [[Helen Cray|name]]
GP Partner and Safeguarding Lead, Broadfield Health Centre
[[helen.cray@nhs.net|email]]
"""),
    ("strategy discussion record", """WEALDMERE COUNCIL - CHILDREN'S SERVICES - STRATEGY DISCUSSION RECORD
Children: [[MATHEW, Evana|name]] ([[11.10.2012|dob]], [[Oriel High School|school]], UPN [[D938624922764|upn]]);
[[MATHEW, Aaron|name]] ([[15.03.2019|dob]], [[Broadfield Primary Academy|school]], UPN [[C938746623530|upn]])
Address: [[23 Creasys Drive|address]], [[Broadfield|place]], [[Crawley|place]] [[RH11 9JX|postcode]]
Date: Thursday [[15 October 2026|date]], 09:00-10:10 (Teams)    Chair: [[Teresa Lam|name]], Team Manager, Crawley Assessment Team
Present: [[Naomi Greenfield|name]] (SW); DC [[Sarah Pratt|name]] (Sussex Police, Safeguarding Investigations Unit); Dr [[Helen Cray|name]]
(GP); Mr [[Owen Tilley|name]] (DSL, [[Oriel|school]]); Mrs [[Deborah Quaife|name]] (DSL, [[Broadfield Primary|school]]);
[[Lauren Hide|name]] (IDVA, Safe in Sussex). Minutes: [[Naomi|name]].

Information shared
- School ([[Oriel|school]], Mr [[Tilley|name]]): on Monday [[12 October|date]] [[Evana|name]] told her form tutor,
  Mrs [[Gwen Ashdown|name]], "My dad hurt my mum again and he grabbed me." Bruises to her right forearm seen (body map). She asked the
  school "not to call my dad". She has had time in the school's wellbeing room since September; attendance 94%. She has been learning the
  piano and is "top set everything".
- GP (Dr [[Cray|name]]): as in her letter of [[14/10/2026|date]]. Mrs [[Joseph|name]] has injuries consistent with her account.
- Primary ([[Broadfield Primary|school]], Mrs [[Quaife|name]]): [[Aaron|name]] quiet this week; told his teacher, Miss [[Chloë
  Akers|name]], that "Daddy broke the door". No marks. Good attendance. Mum usually brings him; Dad collects on Fridays.
- Police (DC [[Pratt|name]]): no previous call-outs to the address. Mr [[Mathew|name]] has no convictions; a drink-driving
  caution in 2024 in his Toyota Corolla, [[GN70 TWX|vehicle]]. The family friend [[Sunny Varghese|name]] rang 101 on [[11/10/2026|date]] at
  23:52 saying he "heard shouting on the phone" but did not give an address; the log was closed.
- IDVA ([[Lauren|name]]): spoke to Mrs [[Joseph|name]] yesterday at 13:00 on the ward's break; DASH 15 - HIGH (strangulation not
  disclosed; jealousy, control of money, threats to take a child abroad, escalation). MARAC referral made.
- Family network: maternal grandparents, [[Baby Joseph|name]] and [[Mariamma Joseph|name]], in [[Pala|place]], near [[Kottayam|place]],
  Kerala ([[+91 94470 31825|phone]]); maternal uncle [[Jomon Joseph|name]] in [[Dubai|place]] ([[+971 50 318 4426|phone]]);
  family friends [[Shiny Thomas|name]] and [[Sunny Varghese|name]] in [[Three Bridges|place]]; the Syro-Malabar parish priest, Fr
  [[Jaison Puthenpurackal|name]].

Decisions
1. Threshold met for a section 47 enquiry (joint): physical harm to [[Evana|name]]; both children exposed to domestic abuse.
2. DC [[Pratt|name]] and [[Naomi|name]] to see [[Evana|name]] at school today (ABE if she is willing) and then Mrs [[Joseph|name]] at the
   hospital at 14:00; Mr [[Mathew|name]] to be arrested today if the account is confirmed; a Domestic Violence Protection Notice
   to be considered.
3. Child's passport check: [[Aaron|name]]'s Indian passport is at home; the police will advise on a port alert if there is any sign
   of a plan to take him abroad.
4. Mr [[Tilley|name]]: a safety plan at school for [[Evana|name]]; CAMHS to be chased (referred [[9 October|date]]).
5. Mrs [[Quaife|name]]: [[Aaron|name]] to see the ELSA weekly; nobody but Mum or Mrs [[Thomas|name]] to collect him until further notice.
6. [[Naomi|name]]: advice from the council's NRPF team and a referral to Migrant Help about the Migrant Victims of Domestic Abuse
   Concession, in case it is needed.
Next: strategy review on [[19/10/2026|date]] at 09:00.
"""),
]

DOCS_F += [
    ("section 47 joint visit record", """WEALDMERE COUNCIL - SECTION 47 JOINT VISIT RECORD
Children: [[Evana Mathew|name]] (14) and [[Aaron Mathew|name]] (7)    Workers: [[Naomi Greenfield|name]] (SW) and DC [[Sarah Pratt|name]]
Date: Thursday [[15 October 2026|date]]

11:15 - [[Evana|name]], at [[Oriel|school]], with Mr [[Tilley|name]] present for the first five minutes
[[Evana|name]] was composed and articulate. She did not want a video interview ("I don't want to be on camera against my dad") but
agreed to tell us what happened and for DC [[Pratt|name]] to write it down. She said: "On Sunday Dad came back from [[Biju|name]]
uncle's at about eleven. He was drunk. He saw Mum's phone and saw she'd sent money to [[Jomon|name]] chettan. He started
shouting in Malayalam that she's making him look like nothing. He twisted her arm and banged her into the door. I got in the
middle and he pulled me by my arm and said 'go to your room, this is not your business'. [[Aaron|name]] was on the stairs crying.
Then Dad cried and said sorry, like always." She showed us the bruises on her right forearm (photographed by DC [[Pratt|name]]).
She said her dad "is a good dad when he's sober. He drives me to piano and he made me appam for my birthday." Her birthday was
on Sunday, the [[11th|dob]] - "my 14th, and that's the night it happened". About the cuts: "I stopped two weeks ago. Mostly." She
wants her dad "to stop drinking, not to go to prison". She wants to stay with her mum and [[Aaron|name]]. She is frightened her
dad will take [[Aaron|name]] to Kerala because "he says it all the time when he's angry: 'I'll take my son home to my
mother in [[Kochi|place]] and you can stay here with your job'". She gave us her grandmother's name as Ammachi [[Mariamma|name]],
"who would be so sad if she knew".

14:00 - Mrs [[Anju Joseph|name]], at East Surrey Hospital, [[Redhill|place]] (in a side room off Ward 6, with her ward manager,
[[Kirsty Bowditch|name]], arranging cover)
[[Anju|name]] confirmed what she told the GP. She said her husband has been drinking more since he lost his job as a cleaning
supervisor at Gatwick Airport in the summer; he now does shifts at an Amazon depot in [[Horley|place]]. She earns the family's
money and he resents it. She said: "In our culture a wife does not go to the police about her husband. My mother will tell me to
pray and to be patient." She agreed that DC [[Pratt|name]] would arrest him. She would like him to leave the house for now.
She and the children can stay at her friend's house, Mrs [[Shiny Thomas|name]], at [[47 Haslett Avenue East|address]], [[Three
Bridges|place]], [[RH10 1HS|postcode]], tonight. Her NI number for the IDVA's housing application: [[SZ 07 63 41 B|ni]].

16:30 - [[Aaron|name]], at Mrs [[Thomas|name]]'s house (collected from school by Mrs [[Thomas|name]] and his mum)
[[Aaron|name]] was playing Mario Kart with Mrs [[Thomas|name]]'s son, [[Ethan|name]]. He calls her "[[Shiny|name]] aunty". He said
"Daddy shouts and Mummy cries" and "I go under the table with my Pikachu". Asked about Sunday, he said "Daddy pushed Mummy and
[[Evana|name]] chechi screamed". He was not hurt. He wants "Daddy to be nice again".

17:45 - Mr [[Jibin Mathew|name]] arrested at [[23 Creasys Drive|address]] by PC [[Tom Everest|name]] and PC [[Aisha Begum|name]] on
suspicion of assault occasioning actual bodily harm (two counts; NI [[SW 52 19 84 C|ni]]) and taken to the custody suite in
[[Crawley|place]]. In interview he accepted "some pushing" and said his wife "exaggerates"; he was bailed at 02:10 on
[[16/10/2026|date]] with conditions not to contact [[Anju|name]] or the children directly or indirectly, and not to enter
[[Creasys Drive|address]]. He is staying with a friend in [[Bewbush|place]]. His mobile: [[07588 162 934|phone]]. He asked through
the custody sergeant for his Bible and for his mother in [[Kochi|place]] not to be told.

Outcome and next steps
- Section 47 continues; an Initial Child Protection Conference to be requested (emotional abuse).
- [[Naomi|name]] to visit [[Anju|name]] and the children at home on [[19/10/2026|date]]; [[Lauren Hide|name]] to fit a video doorbell
  through the Sanctuary scheme.
- DC [[Pratt|name]]: a port alert for [[Aaron|name]] (agreed by the Inspector); a file to the CPS.
Signed: [[N. Greenfield|name]]    [[16.10.2026|date]]
"""),
    ("core group minutes", """WEALDMERE COUNCIL - CORE GROUP MEETING - MINUTES
Children: [[Evana Mathew|name]] (DOB [[11/10/2012|dob]]) and [[Aaron Mathew|name]] (DOB [[15/03/2019|dob]])
Plan: child protection (emotional abuse), made at the Initial Child Protection Conference on [[5 November 2026|date]]
Date: Thursday [[26 November 2026|date]], 15:45-17:00, at [[Oriel High School|school]]    Chair and key worker: [[Naomi Greenfield|name]]
([[01293 438 712|phone]], [[07470 318 266|phone]], [[naomi.greenfield@wealdmere.gov.uk|email]])

Present: Mrs [[Anju Joseph|name]] (mother); [[Evana|name]] (for item 1); Mr [[Owen Tilley|name]] ([[Oriel|school]]);
Miss [[Chloë Akers|name]] ([[Broadfield Primary|school]]); [[Lauren Hide|name]] (IDVA); [[Josh Ferrier|name]] (CAMHS); [[Priya Menon|name]]
(Family Support Worker). Apologies: Dr [[Helen Cray|name]] (GP). Not invited: Mr [[Jibin Mathew|name]] (bail conditions); [[Naomi|name]]
met him separately on [[24/11/2026|date]] at the council offices in [[Crawley|place]] and his views are below.

1. [[Evana|name]]'s words
[[Evana|name]] asked to read out what she had typed on her phone. Copied exactly:
"hi everyone. im ok. better than before. no cuts for 5 weeks, [[josh|name]] at camhs has been helping with that. me and mum and
[[aaron|name]] are back home and its quiet. i miss dad. i dont miss the shouting. i want to see him but only in the day and only
if hes not drinking. [[shiny|name]] aunty says i can go to hers when i need to. i got a distinction in my grade 5 piano!! please
dont let dad take [[aaron|name]] to [[kochi|place]]. thats all"

2. Since the conference
- Mr [[Mathew|name]] has been charged with two assaults; first hearing at Crawley Magistrates' Court on [[7 January 2027|date]]. He
  has started an alcohol programme with Change Grow Live in [[Crawley|place]] and says he has not drunk for three weeks.
- [[Anju|name]] has had a video doorbell and new locks fitted; she works day shifts only until January. Mrs [[Thomas|name]] collects
  [[Aaron|name]] on Tuesdays and Thursdays.
- [[Lauren|name]]: MARAC heard the case on [[18/11/2026|date]]. Risk now medium. [[Anju|name]] has joined the Freedom Programme on
  Wednesday evenings.
- [[Priya|name]] has visited weekly; the house is calm. [[Aaron|name]] no longer wets the bed most nights.

3. The children
[[Oriel|school]] (Mr [[Tilley|name]]): [[Evana|name]]'s attendance 97%; she has joined the school orchestra. She goes to the wellbeing
room at lunch "less and less". CAMHS ([[Josh Ferrier|name]]): six sessions of CBT; no self-harm since [[20 October|date]].
[[Broadfield Primary|school]] (Miss [[Akers|name]]): [[Aaron|name]] has been seeing the ELSA, Mrs [[Dawn Pullen|name]], and is
"much more himself"; he was a shepherd in the nativity rehearsal and "sang his heart out".

4. Family and community
[[Anju|name]] told her parents in [[Pala|place]] on a video call with Fr [[Jaison Puthenpurackal|name]]'s help. Her father, [[Baby
Joseph|name]], said "come home with the children"; her mother, [[Mariamma|name]], said "stay, you have your work". [[Anju|name]]
wants to stay in [[Crawley|place]]. [[Jomon|name]] (her brother, in [[Dubai|place]]) has offered to fly over for Christmas.
Mr [[Mathew|name]]'s views (from [[24/11/2026|date]]): he is "ashamed"; he wants to see the children "even for one hour"; he
accepts he "must stop the drink first". He has given his Indian passport to his solicitor. He asked that [[Evana|name]] be told
he is proud of her piano.

5. Actions
- [[Naomi|name]]: explore supervised family time for Mr [[Mathew|name]] at a family centre, with [[Evana|name]]'s wishes first;
  [[Aaron|name]]'s port alert to stay until the court case ends.
- [[Priya|name]]: weekly visits; help [[Anju|name]] apply for a childminder for the January shifts.
- [[Lauren|name]]: continue IDVA support to [[7 January|date]].
- [[Josh Ferrier|name]]: CAMHS to continue until the spring.
Next core group: Thursday [[17 December 2026|date]], 15:45, [[Broadfield Primary Academy|school]].
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 12 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 04:16 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "fr", "father", "pc", "ps", "dc", "ds", "sgt", "insp", "nurse", "sw", "cllr", "hhj",
           "judge", "our", "wor", "nana", "nanna", "nan", "nanny", "gran", "granny", "grandma", "grandad", "granfer", "grampy",
           "mam", "mum", "mummy", "mammy", "dad", "daddy", "auntie", "aunty", "uncle", "nani", "nanu", "dadi", "dada", "khala",
           "khalu", "phuppo", "chacha", "chachi", "mamu", "baji", "api", "apa", "bhai", "abbu", "ammi", "babusia", "babusya",
           "babusi", "baba", "dido", "tato", "tata", "mama", "titka", "tyotya", "ammachi", "appachan", "achan", "amma",
           "chettan", "chechi", "ichayan", "мама", "бабуся", "тато"}
_AFTER = {"bhai", "baji", "api", "apa", "ji", "sahib", "chettan", "chechi", "aunty", "auntie", "uncle", "ammachi"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "tyne and wear", "wearside",
               "the north east", "north east", "greater manchester", "lancashire", "lancs", "yorkshire", "north yorkshire",
               "west yorkshire", "devon", "cornwall", "gloucestershire", "glos", "the cotswolds", "west sussex", "sussex",
               "surrey", "pakistan", "azad kashmir", "kashmir", "ajk", "punjab", "jamaica", "clarendon", "ukraine", "poland",
               "india", "kerala", "uae", "united arab emirates", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 11's checker (which runs sets 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the kinship
# words and counties of sets 7 to 11; this adds this set's kinship words (before a name: "Nanna Pat", "Khala Rubina",
# "Babusia Halyna", "Ammachi Mariamma"; and after one: "Zain bhai", "Jomon chettan", "Shiny aunty") and counties and
# regions ("Glos", "Tyne and Wear", "Kerala", "Azad Kashmir").
_SET = HandSet(NAME, _PAIRS, _RECORDS, set11_problems, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
