"""Set 31: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets 30,
32 and 33 (bench/redaction_set30.py, redaction_set32.py, redaction_set33.py and their tests, written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its docstring, records, first document, word lists and tail; most of
its other documents were not read) and tests/test_redaction_set21.py in full (the layout and marking conventions followed
here), the paragraphs of the docstrings of bench/redaction_set7.py to redaction_set29.py and bench/redaction_heldout.py that
name families, towns, communities and document types (to pick new ones), a word search of those docstrings for candidate towns
and communities, and the module docstring and the `_party`, `Records`, `HandSet`, `word_problems` and `_parse` helpers of
bench/redaction_handwritten.py. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say
so here. Written against a hard deadline, so the documents are shorter than set 21's.

Six families, chosen to look like a typical caseload in Greater Manchester (Stockport, Trafford, Salford, Oldham, Tameside)
and Cheshire East, each from a town, district or estate no earlier set used as a family's home. Four white British families: a
mother and two children in Brinnington, Stockport, with a nan in Reddish (Moss / Hulse; neglect, no gas, cannabis, a boy of 9
feeding his sister of 3, a partner back from a tag, a man not on the contact list), a girl of 15 in Partington with a father in
Irlam (Dawson / Birchall; going missing to Chorlton, older men, a car stop, a child protection plan), a young couple in Little
Hulton, Salford, with a nan in Walkden (Pendlebury / Worsley; a baby of 18 weeks with bruising, a torn frenulum and a rib
fracture, placed with his nan) and a lone father drinking in Hurdsfield, Macclesfield, with a nan in Bollington and a mother in
Congleton (Swindells / Bailey; a girl of 12 as a young carer, a boy who wets the bed when his father shouts). Two from
communities no earlier set used as a family: a Gambian Mandinka family in Fitton Hill, Oldham, with a grandmother in Serekunda
and an aunt in Brikama (Jallow / Ceesay; FGM risk to a girl of 4 before an Easter trip, parents who refuse it, a family WhatsApp
in Mandinka and Wolof with a line in Ajami (Arabic script)), and an anglophone Cameroonian family from Bamenda in Hattersley,
Hyde (Ngwa / Fotso Tchinda; a girl of 14 beaten with a belt, a mother's texts in Cameroonian Pidgin, a pastor, an aunt in Douala,
a family group conference). 24 documents, half plain professional recording (a home visit case note, a Child in Need review
report, a strategy discussion's minutes, a letter to a father, a hospital safeguarding contact record, a chronology, a health
visitor's contact record, Child in Need review minutes, an FGM strategy meeting's minutes, a plain English letter to parents, a
school's online referral, a family group conference plan) and the rest of other kinds or styles: a breakfast club sign-in book
typed up, a grandmother's WhatsApp voice note transcribed, a girl's phone Notes app typed up, a police vehicle stop record, a
couple's texts from screenshots, an email chain, a police incident log, a girl's handwritten letter scanned, an FGM risk
assessment form, a family WhatsApp group in Mandinka and Wolof with translation, a mother's texts in Pidgin with glosses, and a
pastor's email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (The Gambia, Cameroon); NHS numbers and UPNs (LA numbers 356, 358, 353, 895, 357) pass their check
digits. Councils are invented (Goyt Vale, Mersey Meadows, Irwell Reach, Bollin Vale, Medlock Vale, Tame Valley), and so are the
schools (Tame Bank Primary, Carrington Brook High, Bollinbrook CE Primary, Little Acorns Nursery), the church (Grace Citadel)
and the travel agent; towns, districts, estates, real schools, NHS bodies, hospitals, police forces, prisons, shops, brands and
laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, DS, DC, PC, Rev.,
Pastor, Brother, Sister, Deaconess, Pa, Mami, Mama, Mba, Aunty, Uncle, nana, Nan, mrs) stay outside the name span; a possessive
's or a bare s in texting ("reeces", "Dean"s) stays outside; every person's name is a name in every form, record or not. "SURNAME,
First" is one span ("DAWSON, Lacey", "ASHRAF, Asher Mahmood", "SWINDELLS, Gary", "WORSLEY, Alfie-Ray"); a first name with an
initial after it is one span ("Poppy S"); a name broken by a line break is one span holding the break, and so is an address; a
street named without a number is an address; towns, districts, estates and villages are places, at home or abroad, and so is a
town's local short form ("Macc", "Bolly", "Manny"); countries, counties and regions are not (The Gambia, Cameroon, Cheshire East);
organisations are not marked even when they hold a town's name ("Brinnington Family Hub", "Hurdsfield Community Centre", "Little
Hulton Medical Centre", "Royal Oldham", "Salford Royal", "Stockport Homes", "Macc Cabs", "Gambia Link Travel", "Grace Citadel
Church", "Hattersley Hub"), but a service named by its town in lower-case words or a team's heading ("Reddish baths", "the
Partington shops", "Oldham MASH", "SALFORD 0-19 SERVICE", "Macc costa") marks the town; a school's or nursery's name is a school,
and so is its short form ("Tame Bank", "Weavers'", "Bollinbrook", "Hathershaw"); a date of birth is dob, any other date with a day
is date (a weekday stays outside), and a bare day in a range ("10th"-"11th") is a date of its own; landmarks (Werneth Low, Grand
Central, the water park) stay unmarked; surnames that are also towns or words (Pendlebury, Worsley, Irlam, Sale, Walkden, Swinton,
Heywood, Hindley, Ordsall, Royton, Stalybridge, Hope, Lane, Brook) are names when they are people and places when they are places.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "Strangeways", said for HMP
Manchester, is a prison and stays unmarked; a nickname ("Ty", "Chan", "Bugsy", "kenny" in "big kenny") is a name; a
false name a child gave the police ("Chelsea Smith") is a name; a WhatsApp group's title holding a family name marks the name
("Ceesay" in "Ceesay Kafoo"); a name in Arabic script (Ajami) is a name; a shop brand in a text ("b&m") is not; a crime, incident
or MASH reference is not marked; Bonfire Night ("bonfire nite") is a festival, not a date; a shopping centre or civic building named
after its town ("Stretford Mall", "Sale Waterside", "the Oldham Civic Centre") is a landmark or organisation and stays unmarked; a flat
number alone in a girl's note ("409", "411") is an address, as a neighbour's bare house number is ("no. 16").

Self-check without the detector: `python -m bench.redaction_set31` (and tests/test_redaction_set31.py) runs set 15's checker
(which runs the sets before it) on this set, adds this set's titles and kinship words and counties, regions and countries, and
prints the number of documents and gold spans per kind: 24 documents, 969 gold spans, 566 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Moss / Hulse family (white British), Brinnington, Stockport ------------------------------------------------------

HOME_A = d.Address("14 Brinnington Crescent", "Brinnington", "Stockport", "SK5 8LR")
NAN_A = d.Address("62 Gorton Road", "Reddish", "Stockport", "SK5 6RQ")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tyler-Jay", "Moss")],
            dt.date(2017, 4, 2),
            addresses=[HOME_A],
            ids=["322 002 3878", "F356263718759"],
            schools=["Tame Bank Primary School"],
        ),
        _p("s", "sibling", [("Maisie", "Hulse")], dt.date(2023, 1, 19), addresses=[HOME_A], ids=["863 911 0654"]),
        _p(
            "m", "mother", [("Kayleigh", "Moss")], dt.date(1996, 8, 27), addresses=[HOME_A], phones=["07912 448 306"], ids=["JK 28 61 04 B"]
        ),
        _p("f", "father", [("Craig", "Hulse")], dt.date(1993, 12, 5), addresses=[HOME_A], phones=["07843 225 917"]),
        _p("g", "grandparent", [("Sandra", "Moss")], dt.date(1970, 6, 11), addresses=[NAN_A], phones=["0161 430 7729"]),
        _p("p1", "professional", [("Hannah", "Brook")], phones=["0161 775 2381"], emails=["hannah.brook@goytvale.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "Social worker's unannounced home visit case note",
        """GOYT VALE COUNCIL - CHILDREN'S SOCIAL CARE - CASE NOTE
Child: [[Tyler-Jay MOSS|name]]    DOB [[02/04/2017|dob]]    NHS [[322 002 3878|nhs]]
Address: [[14 Brinnington Crescent|address]], [[Brinnington|place]], [[Stockport|place]] [[SK5 8LR|postcode]]
Type: unannounced home visit (Child in Need)      Date of visit: Tuesday [[3 November 2026|date]], 16:10-17:05
Worker: [[Hannah Brook|name]], social worker     Present: [[Kayleigh|name]] (mum), [[Tyler-Jay|name]] ("[[Ty|name]]"), [[Maisie|name]] (3)

Visit prompted by a call from [[Tame Bank|school]] on [[2.11.26|date]]: [[Ty|name]] came in without a coat for the third day running, asked
the breakfast club for seconds and then thirds, and said "[[Craig|name]] sold the telly". [[Kayleigh|name]] let me in after a few
minutes. The
front room smelt strongly of cannabis, the window was open and it was cold (no credit on the gas key; she said she was going to the
shop on [[Hulme Road|address]] "after tea"). [[Maisie|name]] was in a vest and nappy, which was full and heavy. Fridge: a pint of milk,
margarine, two yoghurts past their date. [[Kayleigh|name]] said [[Craig|name]] ([[Craig Hulse|name]], [[Maisie|name]]'s dad) has "moved back
in for a bit" since his tag came off and that he is "at his mate [[Deano|name]]'s in [[Offerton|place]]". She denied anyone smokes
in the house.

[[Ty|name]] showed me his room. The mattress is on the floor, no cover on the duvet, his school jumper under the bed. He told me he
"makes [[Maisie|name]]'s toast" in the mornings and that Nan [[Sandra|name]] "takes me to [[Reddish|place]] baths on Saturdays" (the
baths are closed; I think he
means the pool at Grand Central). He said the man upstairs, "Mr [[Okafor|name]]", lends them
milk. I have not met the neighbour.

Phoned Nan [[Sandra Moss|name]] ([[0161 430 7729|phone]]) from the car at 17:15. She lives at [[62 Gorton Road|address]], [[Reddish|place]],
and says she will have both children on Friday nights and take [[Ty|name]] to school from Monday [[9th|date]]. She said she has "had
enough of that [[Hulse|name]] lad".

Plan: gas top-up voucher requested; referral to the [[Brinnington|place]] food pantry; discussed with manager [[Aled Pryce|name]] on
[[4/11|date]] - step up to a strategy discussion is not needed today, but a review of the CIN plan is to be brought forward to
[[19 November 2026|date]].

Addendum - calls, [[5 November 2026|date]] ([[H. Brook|name]])
09:10 [[Kayleigh|name]] rang from a withheld number: gas now on (£20 from her friend [[Chantelle Rigby|name]], who lives at no. 9,
"[[Chan|name]]").
09:40 Stockport Homes (officer [[Dev Mistry|name]], [[0161 474 4820|phone]]): rent arrears £612; a neighbour at [[no. 16|address]],
Mrs [[Winnie Olawale|name]], has complained of "men coming and going at night" and a grey Audi.
11:05 Health visitor [[Lorraine Tattersall|name]]: [[Maisie|name]]'s 2-year check was missed in [[Heaton Chapel|place]] on
[[30.09.2026|date]];
she will visit Tue [[10th|date]].
13:30 [[Craig Hulse|name]] rang me back ([[07843 225 917|phone]]) and said "[[Kayleigh|name]]'s mam is poisoning the kids against me", and
that he now stays with his brother [[Shane|name]] on [[Lancashire Hill|address]].
""",
    ),
    (
        "Breakfast club log kept on paper and typed up by the school office",
        """[[Tame Bank Primary|school]] - Breakfast Club sign-in book (typed up for Mrs [[Kaur|name]], DSL) w/c [[2 Nov|date]]

Mon [[02/11|date]]  7.52  [[TY MOSS|name]] (Y4) - no coat, no socks. Had 3 toast + cereal. Said "nan didnt come". signed in by: self
staff: [[Bev|name]]
Tue [[03/11|date]]  7.49  [[Ty Moss|name]] - coat today (too small). With a girl he calls his cousin [[Lacey-Mae|name]] (Y1, not ours??
- goes to
                   [[St Mary's|school]]). signed in by: [[Kayleigh|name]] (mum) at the gate   staff: [[Bev|name]] / [[Joanne|name]]
Wed [[04/11|date]]  8.20  [[Tyler-Jay|name]] late for club, came with Nan ([[S. Moss|name]]). Nan asked if he can have a free uniform
voucher.
Thu [[05/11|date]]  -      absent from club. In class at 9.40, said he "minded [[Maisie|name]]" as mum poorly. staff: [[Joanne Platt|name]]
Fri [[06/11|date]]  7.45  [[ty|name]] in early, brought [[maisie|name]]'s dummy in his pocket, said "[[craig|name]] was shouting all
night at mum"
                   -> passed to Mrs [[Kaur|name]] at 8.05 (CPOMS entry made)

Note from [[Bev Lowe|name]]: the man who brings [[Ty|name]] on Tuesdays is not on the contact list. Tall, grey tracksuit, calls him
"[[Tyler|name]]".
Wk 2: Mon [[09/11|date]] 7.40 [[Ty|name]] + Nan. Tue [[10/11|date]] 7.55 [[Ty|name]] alone, walked from [[Reddish|place]]?? (Nan says
bus). Wed [[11/11|date]]
absent - mum rang 8.50 ([[07912 448 306|phone]]) "sickness". Thu [[12/11|date]] 7.50 [[Ty|name]], said [[jordan|name]] "slept on our
settee". staff: [[Bev|name]]
Fri [[13/11|date]] 7.48 [[Ty|name]] with [[Lacey-Mae|name]] and her mum ([[Chantelle|name]]) - [[Chantelle|name]] says she's doing the
mornings now.
""",
    ),
    (
        "A grandmother's WhatsApp voice note transcribed by a family support worker",
        """Voice note from [[Sandra Moss|name]] (nan) to [[Hannah|name]]'s work phone, received Sat [[7/11/26|date]] 21:47, 2 min 38 s.
Transcribed by [[Shauna Kelsall|name]], family support worker, Mon [[9 Nov|date]]. [inaudible] where I could not hear it.

"Hiya [[Hannah|name]] love it's [[Sandra|name]], [[Ty|name]]'s nan, [[Tyler-Jay|name]]'s nan. Sorry it's late. I've got the two of them here
at mine, at [[Gorton Road|address]], [[Kayleigh|name]] dropped them about six and said she'd be back for nine and she's not answering. I've
rung her on [[07912 448 306|phone]] about ten times. [[Craig|name]]'s mam, [[Pauline|name]], she's in [[Denton|place]], she says he's
been arrested in [[Hazel Grove|place]] tonight, something with a car, a blue Corsa, she thinks it's [[MA68 KZT|vehicle]] but don't
quote her. [inaudible] ... Anyway [[Maisie|name]]'s had her tea and she's asleep on the settee and [[Ty|name]]'s on the Xbox. He told me
his mum had [[Jordan|name]] round, [[Jordan|name]] from the flats, [[Jordan Ashworth|name]], and that's the one that was in Strangeways,
I'm telling you now. I'll keep them till Monday and take [[Ty|name]] to [[Tame Bank|school]] myself, it's two buses from [[Reddish|place]]
mind. Ring me back on the landline, [[0161 430 7729|phone]], I don't trust the mobile. Ta-ra love."

FSW note: "Strangeways" here means HMP Manchester (nan calls the prison that), not the district. Police checked on [[10.11.2026|date]]:
[[Craig Hulse|name]] was released under investigation from Cheadle Heath custody the same night.
""",
    ),
    (
        "Child in Need review report (brought forward)",
        """CHILD IN NEED REVIEW - [[19 November 2026|date]] - Brinnington Family Hub, Room 2
Children: [[Tyler-Jay Moss|name]] ([[2 April 2017|dob]]; UPN [[F356263718759|upn]]); [[Maisie Hulse|name]] ([[19 January 2023|dob]]; NHS
[[863 911 0654|nhs]])
Attended: [[Kayleigh Moss|name]] (mother); [[Sandra Moss|name]] (maternal grandmother); [[Hannah Brook|name]] (SW, chair); [[Gurpreet
Kaur|name]] (DSL, [[Tame Bank Primary School|school]]); [[Lorraine Tattersall|name]] (health visitor, Stockport NHS Foundation Trust);
[[Shauna Kelsall|name]] (FSW).   Not attended: [[Craig Hulse|name]] (invited by text to [[07843 225 917|phone]], no reply).

1. Since the last review ([[24/09/2026|date]]) the home has been without heating on at least six days; [[Ty|name]]'s attendance is
86.4%; [[Maisie|name]] has missed her 3-year review twice ([[6 Oct|date]] and [[27 Oct|date]]).
2. [[Kayleigh|name]] said she has ended things with [[Craig|name]] and wants him "off the tenancy". Stockport Homes have been asked about a
management move; she would like to be near her mum in [[Reddish|place]] or [[Heaton Norris|place]], not [[Adswood|place]].
3. Mrs [[Kaur|name]] reported [[Ty|name]]'s worry-box note ("I dont want [[jordan|name]] at ours") and that a man who is not on the contact
list has collected him. [[Kayleigh|name]] said this was [[Jordan Ashworth|name]], "just a mate", and agreed he will not collect.
4. [[Sandra|name]] will keep the children Friday to Saturday and take [[Ty|name]] to school on Mondays.

Outcome: the plan continues; a strategy discussion to be held if [[Jordan Ashworth|name]] is seen at the home again. Next review
Thursday [[14 January 2027|date]]. Minutes to [[kayleigh.moss96@gmail.com|email]].
""",
    ),
]


# --- B. Dawson / Birchall family (white British), Partington, Trafford ----------------------------------------------------

HOME_B = d.Address("7 Hawthorn Road", "Partington", "Manchester", "M31 4HX")
DAD_B = d.Address("Flat 3, 21 Liverpool Road", "", "Irlam", "M44 6FE")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Lacey", "Dawson")],
            dt.date(2011, 6, 14),
            addresses=[HOME_B],
            ids=["335 659 3331", "P358236722029"],
            schools=["Carrington Brook High School"],
        ),
        _p("s", "sibling", [("Kai", "Birchall")], dt.date(2015, 10, 3), addresses=[HOME_B]),
        _p("m", "mother", [("Leanne", "Birchall")], dt.date(1989, 2, 28), addresses=[HOME_B], phones=["07539 614 882"]),
        _p("f", "father", [("Wayne", "Dawson")], dt.date(1986, 9, 9), addresses=[DAD_B], phones=["07468 331 570"]),
        _p("p1", "professional", [("Carys", "Lane")], phones=["0161 912 2736"], emails=["carys.lane@merseymeadows.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "Strategy discussion minutes (child exploitation)",
        """MERSEY MEADOWS COUNCIL - STRATEGY DISCUSSION (s.47 / exploitation)      Monday [[12 October 2026|date]]
Child: [[DAWSON, Lacey|name]]   DOB [[14.06.2011|dob]]   NHS [[335 659 3331|nhs]]   UPN [[P358236722029|upn]]
Address: [[7 Hawthorn Road|address]], [[Partington|place]], [[M31 4HX|postcode]]
Chair: [[Carys Lane|name]] (team manager).  Police: DS [[Mark Heywood|name]] (GMP Complex Safeguarding).  Health:
[[Nkechi Adeyemi|name]] (named
nurse).  School: [[Ruth Sale|name]] (DSL, [[Carrington Brook High|school]]).  SW: [[Dom Irlam|name]].

Information shared
Police: [[Lacey|name]] was reported missing by her mother [[Leanne Birchall|name]] at 23:10 on [[10/10/26|date]] and found at 04:30 on
[[11/10/26|date]] in a flat above a takeaway on [[Wilbraham Road|address]], [[Chorlton|place]], with two men, one identified as [[Reece
Okonjo-Platt|name]] (23). A grey Audi A3, [[YX19 OHR|vehicle]], dropped her in [[Urmston|place]] twice last month. She had a second phone
and £140. DS [[Heywood|name]] noted the older man is known as "[[Bugsy|name]]".
School: attendance 71%; seen getting into cars at the [[Partington|place]] shops at lunchtime; a friend, [[Destiny Hope Walsh|name]]
(Y10), told staff [[Lacey|name]] "goes to [[Manny|place]] most weekends".
Health: attended the walk-in centre on [[2 Oct 2026|date]] asking for emergency contraception; gave her age as 16.
Mother: [[Leanne|name]] told the SW by phone ([[07539 614 882|phone]]) that [[Lacey|name]]'s dad [[Wayne Dawson|name]] in
[[Irlam|place]] "lets
her do what she wants".

Decision: section 47 enquiry (single agency police/social care joint); NRM referral to be considered; disruption - a Child Abduction
Warning Notice for [[Okonjo-Platt|name]]. Review strategy [[26/10/2026|date]].

Actions: [[Dom|name]] to visit [[Lacey|name]] at school on [[13/10|date]] with Ms [[Sale|name]]; police to visit the flat on
[[Wilbraham Rd|address]]
and speak to the landlord (Mr [[Tariq Rahim|name]]); school to share CCTV of the car park from [[5 October|date]] and [[6 October|date]];
[[Nkechi|name]] to ask the walk-in centre in [[Altrincham|place]] for notes. Missing episodes so far: [[19-20 Sept|date]],
[[3 Oct|date]], [[10-11 Oct|date]].
Minutes: [[Jade Flixton|name]], business support, [[12.10.2026|date]].
""",
    ),
    (
        "A girl's notes-app diary, typed up by her social worker with her agreement",
        """Typed from [[Lacey|name]]'s phone Notes app with her say-so, [[20/10/2026|date]], by [[Dom|name]] (SW). Her spelling kept.

note 1 - "things i need to tell [[dom|name]] but not yet"
- [[bugsy|name]] is [[reece|name]]. he says hes 19 hes not
- [[destiny|name]] knows abt the flat in [[chorlton|place]]. shes not a grass
- mum thinks im at [[kacey-lee|name]]s in [[carrington|place]]
- the car is [[reece|name]]s mates. [[ashir|name]]? [[asher|name]]? drives it. he lives in [[sale|place]] near the water park

note 2 - sat [[10th|date]]
got picked up at [[partington|place]] shops 9ish. went to [[urmston|place]] then [[chorlton|place]]. [[reece|name]] said i owe him for the
phone and the nails. man called big [[kenny|name]] was there, old, he kept saying "[[lacey|name]] [[lacey|name]]". i was sick.
i rang dad at 3 he didnt answer. rang [[kai|name]] on mums phone [[07539614882|phone]] at 4.

note 3 - ideas for my room at dads
fairy lights. a lock. a dog. nana [[lyn|name]]s old telly

note 4 - numbers
note 3b - places
- [[kacey-lee|name]]s nan lives on [[manor avenue|address]] by the [[sale|place]] tram
- the flat is above the chicken shop on [[wilbraham rd|address]] number [[409|address]]? or [[411|address]]
- [[reece|name]]s cousin [[tyrell|name]] works at the car wash in [[old trafford|place]]

[[reece|name]] new [[07714 992 063|phone]]
[[destiny|name]] [[07388 145 726|phone]]
mrs [[sale|name]] school - dont ring
""",
    ),
    (
        "Police vehicle stop and search record (PNC check), exported",
        """GREATER MANCHESTER POLICE - STOP / VRM CHECK      Ref 26/TR/00418
Date/time: [[22-10-2026|date]] 19:52      Location: A6144 Manchester Road, near the junction with [[Moss Lane|address]],
[[Partington|place]]
Officer: PC 14402 [[Aisling Drury|name]]; PC 9917 [[Sam Hindley|name]]
Vehicle: AUDI A3 SPORTBACK, grey, VRM [[YX19OHR|vehicle]] (PNC: keeper [[ASHRAF, Asher Mahmood|name]], [[44 Cross Street|address]],
[[Sale|place]], [[M33 7AE|postcode]]; insured for the keeper only)
Driver: [[ASHRAF, Asher|name]]   DOB [[03/03/2001|dob]]
Passengers: (1) female, 15, gave name "[[Chelsea Smith|name]]", later confirmed as [[Lacey DAWSON|name]] (MISPER, outstanding CAWN
check); (2) male, gave name [[Reece OKONJO-PLATT|name]], DOB [[17.01.2003|dob]], mobile [[07714 992 063|phone]].
Search: s.23 MDA. Found: 2 x mobile phones, £220 cash, 6 x snap bags of cannabis in the door pocket.
Outcome: driver reported for no insurance (vehicle seized - [[Trafford Park|place]] pound). [[OKONJO-PLATT|name]] arrested (possession with
intent). Child taken home to her mother [[Leanne BIRCHALL|name]] at [[7 Hawthorn Rd|address]] at 21:15; the MASH emailed at 21:40;
Emergency Duty Team informed. Stop also shared with [[Carys Lane|name]] on [[23/10|date]].
Intelligence (PND/local, summarised): [[ASHRAF|name]] linked to an address on [[Washway Road|address]], [[Sale|place]]
[[M33 6FS|postcode]] and to a second
car, a black Seat Leon [[MF21 XKB|vehicle]], seen at Stretford Mall on [[16/10/2026|date]] with two girls in school uniform.
One girl
named locally as "[[Kacey-Lee|name]]" ([[Kacey-Lee Turton|name]], 15, of [[Carrington|place]]). [[OKONJO-PLATT|name]]'s mother,
[[Grace Okonjo|name]],
lives on [[Raglan Road|address]], [[Sale Moor|place]]. Intel submitted by PC [[Drury|name]] [[23/10/2026|date]].
""",
    ),
    (
        "Letter to a father after a review",
        """[[Carys Lane|name]], Team Manager, Children's Services (Mersey Meadows Council)

Mr [[Wayne Dawson|name]]
[[Flat 3, 21 Liverpool Road|address]]
[[Irlam|place]]
[[M44 6FE|postcode]]                                                                        [[2nd November 2026|date]]

Dear Mr [[Dawson|name]],

[[Lacey|name]] - your daughter's child protection plan

I am sorry you could not come to the conference on [[29 October|date]]. [[Lacey|name]] is now subject to a child protection plan under the
category of sexual abuse. Her social worker is [[Dominic Irlam|name]]. I know you told him that you do not want to be "tarred with
the same brush" as [[Lacey|name]]'s mum, Ms [[Birchall|name]], and I understand you and [[Leanne|name]] do not speak.

[[Lacey|name]] has asked to stay with you at weekends, and to visit her nana, [[Lyn Dawson|name]], in [[Cadishead|place]]. We need to
see your
flat and talk to you about the men who have been picking her up. Please ring [[Dominic|name]] on [[0161 912 2736|phone]] or text
[[07956 202 817|phone]] before Friday [[13th November|date]].

Yours sincerely,
[[Carys Lane|name]]

cc: [[Dominic Irlam|name]] (SW); [[Leanne Birchall|name]], [[7 Hawthorn Road|address]], [[Partington|place]] [[M31 4HX|postcode]]
(separate letter);
[[Rachel Gorse|name]], IRO. Conference review date: Thursday [[21 January 2027|date]] at Sale Waterside, Room 3.
""",
    ),
]


# --- C. Pendlebury / Worsley family (white British), Little Hulton, Salford --------------------------------------------------

HOME_C = d.Address("29 Madams Wood Road", "Little Hulton", "Manchester", "M28 0JX")
NAN_C = d.Address("5 Ellesmere Street", "Walkden", "Manchester", "M28 3QJ")
RECORD_C = d.CaseRecord(
    [
        _p("c", "subject", [("Alfie-Ray", "Worsley")], dt.date(2026, 6, 30), addresses=[HOME_C], ids=["698 002 5236"]),
        _p(
            "m",
            "mother",
            [("Jodie", "Pendlebury")],
            dt.date(2005, 3, 8),
            addresses=[HOME_C],
            phones=["07407 583 114"],
            ids=["PL 47 09 31 C"],
        ),
        _p("f", "father", [("Liam", "Worsley")], dt.date(2003, 11, 21), addresses=[HOME_C], phones=["07825 671 930"]),
        _p("g", "grandparent", [("Tracey", "Pendlebury")], dt.date(1981, 1, 16), addresses=[NAN_C], phones=["0161 790 4416"]),
        _p("p1", "professional", [("Eve", "Clifton")], emails=["eve.clifton@irwellreach.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "Hospital safeguarding team's record of a bruised baby",
        """Royal Manchester Children's Hospital - Safeguarding Children Team - CONTACT RECORD
Patient: [[Alfie-Ray WORSLEY|name]]   DOB [[30/06/2026|dob]] (18 weeks)   NHS No [[698 002 5236|nhs]]
Home: [[29 Madams Wood Rd|address]], [[Little Hulton|place]], [[M28 0JX|postcode]]     GP: Little Hulton Medical Centre
Seen: [[03/11/2026|date]] 14:20, ED resus then ward 78.   Recorded by: [[Rachel Ordsall|name]], named nurse

Brought by mother [[Jodie Pendlebury|name]] (21) and maternal grandmother [[Tracey Pendlebury|name]]. History from [[Jodie|name]]:
[[Alfie-Ray|name]]
"rolled off the changing mat" on the floor at 08:00 while she got a nappy. Father [[Liam Worsley|name]] was at work (agency, a warehouse
in [[Astley|place]]) and "didn't know". Findings (Dr [[Priya Walkden|name]], ST6): a 1.5 cm bruise to the left ear, two fingertip-sized
bruises on the left upper arm; a torn upper frenulum, healing. A non-mobile baby - the bruising protocol applies.
Nan said: "there was a bruise Saturday too, when he'd been at [[Liam|name]]'s mum's in [[Boothstown|place]]". [[Liam|name]]'s mother is
[[Bernadette Worsley|name]], known as "[[Bernie|name]]". Nan lives at [[5 Ellesmere St|address]], [[Walkden|place]]
([[0161 790 4416|phone]]).

Actions: skeletal survey and CT head booked [[4/11|date]]; [[Salford|place]] MASH (front door) rang at 15:05 - spoke to
[[Eve Clifton|name]] (SW);
police child protection unit informed. Parents told. Mother's mobile [[07407 583 114|phone]]; father's [[07825 671 930|phone]].
Siblings/household: none; father's half-brother [[Kyden Worsley|name]] (14) and [[Bernadette Worsley|name]] ([[12 Chaddock Lane|address]],
[[Boothstown|place]], [[M28 1DR|postcode]]) care for the baby on [[Liam|name]]'s working weekends. Named GP: Dr [[Olu Swinton-Bakare|name]].
Discussed with consultant Dr [[Hugh Pendleton|name]] at 16:40; paediatric CP medical by Dr [[Walkden|name]] completed [[3/11/26|date]]
17:30.
""",
    ),
    (
        "Parents' text messages, screenshots given to police and typed up",
        """Screenshots handed in by [[Jodie Pendlebury|name]] on [[05.11.26|date]]; typed by DC [[Lauren Swinton|name]]. Contact saved
as "[[Liam|name]] 💙".

[[Liam|name]] 💙 (Sat 31 Oct 23:14): hes not stopping crying [[jo|name]] wot do i do
[[Jodie|name]]: pick him up under his arms not his arms [[liam|name]] i told u. im at [[tasha|name]]s back at 12
[[Liam|name]] 💙 (23:20): i did. hes got a mark on his ear from the bouncer
[[Jodie|name]]: wot bouncer
[[Liam|name]] 💙: the one ur mum got from b&m in [[swinton|place]]
[[Jodie|name]]: send pic
[[Liam|name]] 💙: [photo]
[[Jodie|name]]: omg. dont tell my mum. [[alfie|name]] baby 😢
[[Liam|name]] 💙 (Sun 1 Nov 09:02): my mams having him today, im in work. [[bernie|name]] says its nothing
[[Jodie|name]]: ur mam said that about [[kyden|name]] as well
[[Liam|name]] 💙: leave [[kyden|name]] out of it
[[Jodie|name]]: hes 14 [[liam|name]]. [[tash|name]] says her cousin seen him shaking [[alfie|name]] at ur mams on bonfire nite
last yr wiv her baby
[[Liam|name]] 💙: [[tasha|name]] is a liar n so is her cousin [[shannon|name]]
[[Jodie|name]] (Tue 3 Nov 07:58): hes screaming when i lift his arm. im taking him to a&e. not to ur mams
""",
    ),
    (
        "Chronology of significant events (for the legal gateway meeting)",
        """CHRONOLOGY - [[Alfie-Ray Worsley|name]] (b. [[30.06.2026|dob]]) - prepared by [[Eve Clifton|name]], SW, for the LGM on
[[17/11/2026|date]]

Date            | Event                                                                    | Source
[[14 Jan 2026|date]]     | Booking: [[Jodie|name]] 20, first baby; [[Liam|name]] 22; living with his mum at
[[12 Chaddock Lane|address]], [[Boothstown|place]]     | midwife
[[02/03/2026|date]]      | Police DA incident at [[Chaddock Lane|address]]: [[Liam|name]] punched a door; [[Jodie|name]] 24 weeks     |
GMP PPN
[[30.06.26|date]]        | Birth, Salford Royal, 38+2, well                                         | maternity
July 2026       | Move to [[29 Madams Wood Road|address]] (Salix Homes)                                 | housing
[[8 September|date]]     | HV new birth visit late (family not in x2); [[Jodie|name]] low, EPDS 15    | HV [[Anita Mosley|name]]
[[31 Oct|date]]-[[1 Nov 2026|date]] | "Bouncer" mark to left ear (parents' texts)                       | police
[[3 November 2026|date]]  | ED: bruises to ear and arm, torn frenulum (see hospital record)           | RMCH
[[4 November 2026|date]]  | Skeletal survey: healing fracture of the left 8th rib (10-14 days old)    | radiology
[[4.11.26|date]]          | Strategy; s.47; [[Alfie-Ray|name]] discharged to maternal nan [[Tracey Pendlebury|name]] (s.20),
[[Walkden|place]] | SW
[[9th November|date]]     | [[Liam|name]]'s half-brother [[Kyden Worsley|name]] (14) tells school his mum "[[Bernie|name]]" shakes
babies    | [[Walkden High|school]]
[[10/11/2026|date]]        | [[Bernadette Worsley|name]] interviewed; denies; says [[Jodie|name]] "drops him"                   | police
[[12 Nov 2026|date]]      | Paternal aunt [[Stacey Worsley|name]] of [[Mosley Common|place]] offers to be assessed           | SW
[[16.11.2026|date]]       | Legal gateway booked; parents' solicitors: [[Harriet Lowton|name]] (mother), [[Ben Astley|name]] (father)
   | SW

Note: "[[Pendlebury|name]]" in this chronology is the family name, never the town of [[Pendlebury|place]].
""",
    ),
    (
        "Health visitor's contact record (kinship placement)",
        """[[SALFORD|place]] 0-19 SERVICE - HEALTH VISITING - CONTACT
Child: [[WORSLEY, Alfie-Ray|name]]    NHS [[698 002 5236|nhs]]    Carer: maternal grandmother, [[Tracey Pendlebury|name]]
Placement address: [[5 Ellesmere Street|address]], [[Walkden|place]], [[M28 3QJ|postcode]]     Date: [[11/11/2026|date]]    HV:
[[Anita Mosley|name]]

Home visit with [[Eve|name]] (SW). Weight 6.41 kg (25th centile; was 50th at 8 weeks). Feeding well, 150 ml 4-hourly. No marks seen.
Nan's partner [[Gary Tyldesley|name]] and her son [[Connor|name]] (17) also live here; both say they will do a DBS. Nan works part time
at the Tesco in [[Worsley|place]] and has asked her sister, Aunty [[Mandy|name]], from [[Eccles|place]], to help on Thursdays.
[[Jodie|name]] visits daily 10-2 supervised by nan; [[Liam|name]] contact at the Family Centre on Tuesdays.
Nan asked for the baby's red book - [[Jodie|name]] has it. Next contact [[25.11.2026|date]].
Visit ended 11:40. [[Tracey|name]] showed me the safe sleep space (Moses basket from [[Jodie|name]]'s friend [[Kelsey Boothman|name]], of
[[Linnyshaw|place]]). Nan's work: Tesco, [[Worsley|place]], shifts Mon/Wed; [[Mandy|name]] covers. Baby's clinic: Walkden
Gateway, [[1 December|date]].
Money: nan's Universal Credit has not yet been changed for the baby; [[Jodie|name]]'s child benefit (NI [[PL 47 09 31 C|ni]]) still goes to
[[Madams Wood Road|address]]. Advised nan to ring the [[Salford|place]] welfare rights team; [[Eve|name]] to raise at the LGM on
[[17th|date]].
[[Tracey|name]]'s neighbour, Mr [[Sid Ellenbrook|name]], "keeps an eye" and has offered his spare cot.
""",
    ),
]


# --- D. Swindells / Bailey family (white British), Hurdsfield, Macclesfield --------------------------------------------------

HOME_D = d.Address("33 Hurdsfield Road", "Hurdsfield", "Macclesfield", "SK10 2PX")
NAN_D = d.Address("8 Palmerston Street", "", "Bollington", "SK10 5JX")
MUM_D = d.Address("Flat 6, Mossley House, West Road", "", "Congleton", "CW12 4ES")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Poppy", "Swindells")],
            dt.date(2014, 5, 22),
            addresses=[HOME_D],
            ids=["260 187 3361", "V895296517664"],
            schools=["The Weavers' Academy"],
        ),
        _p("s", "sibling", [("Archie", "Swindells")], dt.date(2018, 2, 7), addresses=[HOME_D]),
        _p("f", "father", [("Gary", "Swindells")], dt.date(1982, 7, 30), addresses=[HOME_D], phones=["07519 846 227"]),
        _p("m", "mother", [("Nicola", "Bailey")], dt.date(1987, 4, 4), addresses=[MUM_D], phones=["07891 337 405"]),
        _p("g", "grandparent", [("Margaret", "Swindells")], dt.date(1953, 10, 12), addresses=[NAN_D], phones=["01625 573 219"]),
        _p("p1", "professional", [("Joel", "Adlington")], emails=["joel.adlington@bollinvale.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "Child in Need review minutes",
        """BOLLIN VALE COUNCIL - CHILD IN NEED REVIEW MEETING - MINUTES
Date: Wed [[14th Oct 2026|date]]   Venue: Hurdsfield Community Centre (family did not want it at home)
Children: [[Poppy Swindells|name]] (12), [[Archie Swindells|name]] (8).  Home: [[33 Hurdsfield Rd|address]], [[Macclesfield|place]]
[[SK10 2PX|postcode]]
Present: [[Gary Swindells|name]] (dad); [[Margaret Swindells|name]] (paternal nan); [[Joel Adlington|name]] (SW, chair); [[Ffion
Prestbury|name]] (pastoral, [[Weavers'|school]]); Mr [[Hope|name]] (Y3 teacher, [[Bollinbrook CE Primary|school]]); [[Sue Rainow|name]]
(Change Grow
Live). Apologies: [[Nicola Bailey|name]] (mum) - sent a message read out by [[Joel|name]].

1. Dad's drinking. [[Gary|name]] says he has been dry since [[4 September|date]] and is going to the [[Macc|place]] hub on Thursdays.
[[Sue|name]]
confirmed 5 of 6 sessions. [[Poppy|name]] told [[Joel|name]] (on her own) that dad "had cans in the shed" on the weekend of the
[[10th|date]]-[[11th|date]].
2. [[Poppy|name]] as a young carer: she gets [[Archie|name]] up and walks him to [[Bollinbrook|school]]; her own attendance at
[[Weavers'|school]] is 88%.
Referral to the Cheshire East young carers service agreed.
3. Mum's message: she lives in [[Congleton|place]] with her new partner [[Dean Buxton|name]] and wants the children alternate weekends;
she has not seen them since [[August 15th|date]]. [[Gary|name]] said "not with [[Buxton|name]] there".
4. Nan ([[01625 573 219|phone]]) will have [[Archie|name]] after school on Mondays and Wednesdays at [[Palmerston St|address]],
[[Bollington|place]].

Contacts: [[Gary|name]] [[07519 846 227|phone]]; [[Nicola|name]] [[07891 337 405|phone]] ([[Flat 6, Mossley House, West Road|address]],
[[Congleton|place]] [[CW12 4ES|postcode]]); [[Margaret|name]] [[01625 573 219|phone]]; CGL worker [[Sue Rainow|name]]
[[01625 508 917|phone]].
Next review [[13.01.2027|date]], 4pm. Minutes by [[Kelly Tytherington|name]] (business support).

Actions: [[Joel|name]] to ring [[Nicola|name]] ([[07891 337 405|phone]]) about contact by [[21/10|date]]; [[Ffion|name]] to refer
[[Poppy|name]] to the
young carers group at [[Macclesfield|place]] library; [[Gary|name]] to give [[Sue|name]] his breath tests; nan to tell [[Joel|name]] if
[[Kev
Swindells|name]] (dad's brother, [[Tytherington|place]]) brings drink. [[Archie|name]]'s enuresis referral: school nurse
[[Nina Kerridge|name]].
""",
    ),
    (
        "Email chain between a secondary school and the social worker",
        """From: [[Ffion Prestbury|name]] <[[f.prestbury@weaversacademy.org.uk|email]]>
Sent: [[19 October 2026|date]] 08:41
To: [[Joel Adlington|name]] <[[joel.adlington@bollinvale.gov.uk|email]]>
Subject: [[Poppy S|name]] - this morning

Hi [[Joel|name]],
[[Poppy|name]] came in at 8.30 upset. She said her dad was "really drunk" last night and shouted at [[Archie|name]] for wetting the bed, and
that he threw the remote and it hit the wall by [[Archie|name]]'s head. She slept in [[Archie|name]]'s room "to guard him". She asked me not
to tell her nan. She has a friend, [[Tilly Pott|name]], whose mum (Mrs [[Pott|name]], on [[Brocklehurst Avenue|address]]) gave them both
breakfast.
Can you ring me? [[01625 426 138|phone]] ext 214.
[[Ffion|name]]
[[Ffion Prestbury|name]] | Pastoral Lead (Y7-8) | [[The Weavers' Academy|school]], [[Macclesfield|place]]

> From: [[Joel Adlington|name]]
> Sent: [[19/10/2026|date]] 09:12
> Thanks [[Ffion|name]] - on my way to [[Bollinbrook|school]] to see [[Archie|name]] first, then you at 11. Please keep [[Poppy|name]]
in school
> till I get there. I'll also ring [[Nicola|name]] in [[Congleton|place]] ([[07891 337 405|phone]]). - [[Joel|name]]

> From: [[Ffion Prestbury|name]]
> Sent: [[19/10/2026|date]] 13:05
> [[Joel|name]], thank you. [[Poppy|name]] is calmer. FYI [[Tilly|name]]'s mum is [[Claire Pott|name]], [[07925 330 418|phone]], happy
to help with
> mornings. [[Poppy|name]] also mentioned an "Uncle [[Kev|name]]" who brings drink. Mr [[Hope|name]] at [[Bollinbrook|school]] says
[[Archie|name]] was fine.
""",
    ),
    (
        "Police domestic incident log (summary)",
        """CHESHIRE CONSTABULARY - INCIDENT LOG SUMMARY   Incident 0344 of [[18/10/2026|date]]
Caller: female neighbour, Mrs [[Doreen Alderley|name]], [[31 Hurdsfield Road|address]] - "shouting and banging next door, kids crying"
23:06 Call received.  23:19 PC [[Matt Tatton|name]] and PC [[Jas Gill|name]] on scene at [[33 Hurdsfield Rd|address]],
[[Macclesfield|place]].
23:21 Male [[SWINDELLS, Gary|name]] ([[30/07/1982|dob]]) answered, smelling strongly of intoxicants. Two children present:
[[Poppy|name]] (12), awake,
      calm, says dad "just dropped stuff"; [[Archie|name]] (8), in bed, wet sheets. No injuries seen.
23:34 Male agreed to leave for the night to his mother's in [[Bollington|place]] - driven by taxi (Macc Cabs). Children stayed with
      neighbour's daughter [[Kerry Alderley|name]] (24) until paternal grandmother [[Margaret Swindells|name]] arrived at 23:58.
00:20 DASH completed: standard. PPN raised (children). No offences disclosed.
00:41 Grandmother stated her son "has been like this since [[Nicola|name]] left in March 2024" and that she will keep the children
      overnight at [[8 Palmerston Street|address]], [[Bollington|place]] [[SK10 5JX|postcode]]. Contact for her: [[01625 573 219|phone]].
01:10 PC [[Tatton|name]] spoke to [[SWINDELLS|name]] by phone at his mother's: apologetic, says he drank "four cans and a bit of vodka"
after a
      row on the phone with [[Dean Buxton|name]]. Update to Bollin Vale EDT ([[Sandeep Rao|name]]) at 01:25.
""",
    ),
    (
        "A girl's own letter to her social worker, handwritten and scanned",
        """to [[Joel|name]]

this is what I want to say at the meeting on [[13th Jan|date]] because I dont like talking in front of dad.

1. I love my dad but when he drinks he is a different person. He was good in september. Then Uncle [[Kev|name]] came round
with beer for his birthday ([[26th Sept|date]]).
2. I want [[Archie|name]] to stop wetting the bed. He wets it when dad shouts. I wash the sheets at nans.
3. I want to see mum but not at [[Dean|name]]s flat in [[Congleton|place]]. Can we meet at [[Macc|place]] costa or at nans in
[[Bolly|place]].
4. Please dont tell Mrs [[Prestbury|name]] about the shed.
5. my friends are [[Tilly|name]] and [[Grace|name]] and [[Aurora|name]]. [[Tilly|name]]s mum is nice. her name is [[Claire|name]].

P.S. my nan said to write her number for you again it is [[01625 573219|phone]] and her address is [[8 Palmerston St|address]]
[[Bollington|place]]. and [[Archie|name]] wants you to know his best friend is [[Oscar Gawsworth|name]].

From [[Poppy Swindells|name]] age 12 3/4 (Y8)    [[Poppy|name]] 🐾
""",
    ),
]


# --- E. Jallow / Ceesay family (Gambian, Mandinka), Fitton Hill, Oldham -----------------------------------------------------

HOME_E = d.Address("18 Fitton Hill Road", "Fitton Hill", "Oldham", "OL8 2LB")
GRAN_E = d.Address("Kairaba Avenue, compound 41", "Pipeline", "Serekunda", "")
RECORD_E = d.CaseRecord(
    [
        _p("c", "subject", [("Binta", "Jallow")], dt.date(2022, 9, 1), addresses=[HOME_E], ids=["535 370 4541"]),
        _p(
            "s",
            "sibling",
            [("Awa", "Jallow")],
            dt.date(2013, 3, 17),
            addresses=[HOME_E],
            ids=["596 753 1424", "G353205316115"],
            schools=["Hathershaw College"],
        ),
        _p("s2", "sibling", [("Ousman", "Jallow")], dt.date(2017, 11, 9), addresses=[HOME_E]),
        _p("m", "mother", [("Fatou", "Ceesay")], dt.date(1990, 5, 5), addresses=[HOME_E], phones=["07592 118 664"]),
        _p("f", "father", [("Lamin", "Jallow")], dt.date(1984, 1, 1), addresses=[HOME_E], phones=["07443 708 951"]),
        _p("g", "grandparent", [("Kaddy", "Ceesay")], addresses=[GRAN_E], phones=["+220 770 4418"]),
        _p("p1", "professional", [("Bethany", "Royton")], phones=["0161 624 8831"], emails=["bethany.royton@medlockvale.gov.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "FGM risk assessment form (national tool, completed by a school nurse)",
        """FGM RISK ASSESSMENT - UNDER 18 (completed by school nurse)       Date: [[15-10-2026|date]]
Child/young person: [[Awa JALLOW|name]]   DOB: [[17/03/2013|dob]]   NHS: [[596 753 1424|nhs]]   School: [[Hathershaw College|school]]
Siblings: [[Ousman|name]] (8), [[Binta|name]] (4, NHS [[535 370 4541|nhs]])
Address: [[18 Fitton Hill Rd|address]], [[Fitton Hill|place]], [[Oldham|place]] [[OL8 2LB|postcode]]
Parents: [[Fatou Ceesay|name]] (mother, [[07592 118 664|phone]]); [[Lamin Jallow|name]] (father, [[07443 708 951|phone]])
Country of origin: The Gambia (Mandinka). Mother has FGM type 2 (recorded by maternity at [[Binta|name]]'s birth, Royal Oldham).
Completed by: [[Shabana Akhtar|name]], school nurse, with [[Awa|name]] alone; interpreter not needed.

Q: Is a trip planned to the country of origin?      YES - [[Awa|name]] said "we're going to [[Banjul|place]] in the Easter holidays to see
   grandma [[Kaddy|name]] in [[Serekunda|place]]" and that her aunt [[Mariama|name]] in [[Brikama|place]] "is doing a big party for
[[Binta|name]]".
Q: Has the child talked about a special procedure or celebration?   YES (above; [[Awa|name]] did not know what the party is for).
Q: Does the mother have FGM?   YES.  Q: Is there a female elder with influence?   YES - grandmother, who phones every Friday
Q: Does the family hold views against FGM?   Mother told the health visitor in 2022 she is against it.

Family composition (from mother): [[Fatou Ceesay|name]] [[05/05/1990|dob]]; [[Lamin Jallow|name]] [[01/01/1984|dob]] (date as on his
passport);
[[Awa|name]] [[17/03/2013|dob]]; [[Ousman|name]] [[09/11/2017|dob]]; [[Binta|name]] [[01/09/2022|dob]]. Maternal grandmother
[[Kaddy Ceesay|name]],
[[Kairaba Avenue|address]], [[Pipeline|place]], [[Serekunda|place]], [[+220 770 4418|phone]]; maternal aunt
[[Mariama Ceesay-Jobe|name]], [[Brikama|place]].
Outcome: HIGH - referral to [[Oldham|place]] MASH made [[15/10/2026|date]] 15:40 (ref 88213), copy to [[Bethany Royton|name]].
""",
    ),
    (
        "Family WhatsApp chat in Mandinka, Wolof and English, typed up with a translation by an interpreter",
        """Typed from [[Fatou|name]]'s phone with her consent on [[22/10/2026|date]]. Group "[[Ceesay|name]] Kafoo 🇬🇲". Translation (in
brackets)
by [[Modou Touray|name]] (interpreter, GM Language Link). Times as shown on the phone.

[18/10, 20:14] Mba [[Kaddy|name]] [[+220 770 4418|phone]]: [[Fatou|name]], i be? [[Binta|name]] be jee? ([[Fatou|name]], how are you? Is
[[Binta|name]] there?)
[18/10, 20:15] [[Fatou|name]]: Mba, a be jee. Alhamdulillah. (Mum, she is here.)
[18/10, 20:31] [[Mariama|name]] [[Brikama|place]] [[+220 3914 228|phone]]: [[Binta|name]] la sunkutoo siitoo be Aprili kono 🎉
([[Binta|name]]'s "girl party"
will be in April)
[18/10, 20:33] [[Fatou|name]]: [[Mariama|name]], nte ntelaa a la. Nte ni [[Lamin|name]] ma soŋ. ([[Mariama|name]], I have refused it.
[[Lamin|name]] and I
do not agree.)
[18/10, 20:40] [[Lamin|name]]: Ñun du ko def. [[Fatou|name]] dëgg la. (Wolof: We will not do it. [[Fatou|name]] is right.)
[18/10, 20:52] Mba [[Kaddy|name]]: [[فاتو|name]]، ... (a line in Mandinka written in Arabic script (Ajami); it begins with her
daughter's name,
"[[فاتو|name]]" ([[Fatou|name]]), and asks her to "remember where you come from")
[19/10, 07:03] [[Awa|name]]: nana [[kaddy|name]] its me [[awa|name]]. we dont do that here its against the law. mum said. love u ❤️
[19/10, 07:10] Mba [[Kaddy|name]]: [[Awa|name]], n diŋmusoo ❤️ ([[Awa|name]], my daughter, meaning granddaughter)
[19/10, 07:12] [[Ousman|name]] 🦁: when are we going [[banjul|place]] can i see uncle [[ebou|name]] in [[bakau|place]]
[19/10, 07:20] [[Fatou|name]]: [[Ousman|name]] go to school. (Wolof/English mix: "[[Ousman|name]], go to school.")
[20/10, 18:02] [[Mariama|name]] [[Brikama|place]]: [[Fatou|name]] i ñaaŋ [[Lamin|name]] ye. [[Kaddy|name]] ka kumboo le.
([[Fatou|name]], tell [[Lamin|name]]. [[Kaddy|name]] is crying.)
[20/10, 18:30] [[Lamin|name]]: [[Mariama|name]] we have said. No more. [[Binta|name]] is British and we follow the law. Ask [[Ebou|name]].
[20/10, 18:41] [[Ebou Ceesay|name]] [[+220 7912 004|phone]]: I am with you [[Lamin|name]]. I will talk to Mba [[Kaddy|name]] in
[[Pipeline|place]] on Friday.
""",
    ),
    (
        "Strategy meeting minutes (FGM)",
        """MEDLOCK VALE COUNCIL - STRATEGY MEETING (FGM) - [[23rd October 2026|date]], by Teams
Chair: [[Bethany Royton|name]] (TM).  Present: DC [[Rob Failsworth|name]] (GMP); [[Shabana Akhtar|name]] (school nurse);
[[Lisa Chadderton|name]]
(DSL, [[Hathershaw|school]]); [[Grace Nwosu|name]] (HV, for [[Binta|name]] and nursery); [[Ebrima Sowe|name]] (SW).

Children: [[Awa|name]] ([[17.03.2013|dob]], UPN [[G353205316115|upn]]), [[Ousman|name]] ([[09.11.2017|dob]]), [[Binta|name]]
([[01.09.2022|dob]]), all
of [[18 Fitton Hill Road|address]].

- Police: no previous. Father [[Lamin Jallow|name]] was seen with the mother on [[21/10|date]] by [[Ebrima|name]] (who speaks Mandinka);
both said
  they oppose FGM and showed the chat in which they refused the "party". The trip is booked with a travel agent on [[Union Street|address]]
  in [[Oldham|place]] (Gambia Link Travel) for [[3 April 2027|date]] to [[10 April 2027|date]], flying from Manchester via Brussels.
- [[Awa|name]] told Ms [[Chadderton|name]] she is scared for [[Binta|name]] because "Aunty [[Mariama|name]]'s girls all had it done in
[[Brikama|place]]".
- Health: [[Binta|name]] is at [[Little Acorns Nursery|school]], [[Hollins|place]]; no concerns; FGM not seen (no examination needed).

Decisions: s.47 (single agency); FGM Protection Order to be discussed with legal and with the parents, who may support it; uncle [[Ebou
Ceesay|name]] in [[Bakau|place]] ([[+220 7912 004|phone]]) to be asked to speak for the family there. Review [[6 Nov|date]].

Post-meeting: [[Ebrima|name]] rang [[Ebou|name]] on [[24/10/2026|date]] at 14:00 UK time; he said his mother [[Kaddy|name]] "will listen
to the
court". Imam [[Alieu Bojang|name]] of the mosque on [[Ward Street|address]], [[Werneth|place]], will talk to the family if they wish.
[[Awa|name]]'s
friend [[Isatou Darboe|name]] (Y8) also told school her cousins in [[Farafenni|place]] "had the party".
""",
    ),
    (
        "Letter to parents after the strategy meeting (plain English)",
        """[[Fatou Ceesay|name]] and [[Lamin Jallow|name]]
[[18 Fitton Hill Road|address]]
[[Fitton Hill|place]]
[[Oldham|place]] [[OL8 2LB|postcode]]                                                               [[26.10.2026|date]]

Dear [[Fatou|name]] and [[Lamin|name]],

Thank you for meeting [[Ebrima|name]] and me. You told us clearly that you will not let anyone cut [[Binta|name]] or [[Awa|name]], and that
[[Fatou|name]]'s mother, [[Kaddy Ceesay|name]], and [[Fatou|name]]'s sister, [[Mariama|name]], want a ceremony for [[Binta|name]] in The
Gambia.

We would like to ask the court for an FGM Protection Order. It would say that no one may take the girls to have FGM, in the UK or abroad.
It would help you to say "no" to family in [[Serekunda|place]] and [[Brikama|place]], because the law is saying it, not you. You can still
travel in April if the court agrees.

We have written to [[Hathershaw College|school]] and to [[Little Acorns Nursery|school]] so they know. [[Awa|name]] may talk to
Ms [[Chadderton|name]] at
any time. The next meeting is on [[6th November 2026|date]] at 10am at the Oldham Civic Centre.

If you have questions, ring me on [[0161 624 8831|phone]], or [[Ebrima|name]] (he speaks Mandinka and Wolof) on [[07310 526 834|phone]].

Yours,
[[Bethany Royton|name]], Team Manager
""",
    ),
]


# --- F. Ngwa / Fotso family (Cameroonian, anglophone, from Bamenda), Hattersley, Hyde -------------------------------------

HOME_F = d.Address("46 Hattersley Road East", "Hattersley", "Hyde", "SK14 3EQ")
AUNT_F = d.Address("Rue Njo-Njo, Bonapriso", "", "Douala", "")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Divine", "Fotso")],
            dt.date(2012, 8, 4),
            addresses=[HOME_F],
            ids=["898 412 3099", "C357238021889"],
            schools=["Longdendale High School"],
        ),
        _p("s", "sibling", [("Prosper", "Fotso")], dt.date(2019, 2, 13), addresses=[HOME_F], ids=["516 443 1734"]),
        _p("m", "mother", [("Blessing", "Ngwa")], dt.date(1985, 12, 25), addresses=[HOME_F], phones=["07583 402 619"]),
        _p("f", "father", [("Emmanuel", "Fotso Tchinda")], dt.date(1980, 6, 18), addresses=[HOME_F], phones=["0161 368 4472"]),
        _p("a", "relative", [("Comfort", "Ngwa")], addresses=[AUNT_F], phones=["+237 6 77 41 82 19"]),
        _p("p1", "professional", [("Aisha", "Stalybridge")], emails=["aisha.stalybridge@tamevalley.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "Secondary school's referral to the front door (online form, pasted)",
        """TAME VALLEY FRONT DOOR - PROFESSIONAL REFERRAL (submitted [[09/11/2026|date]] 10:52)
Referrer: [[Tom Mottram|name]], DSL, [[Longdendale High School|school]], [[Hollingworth|place]]; tel [[0161 368 4139|phone]]
Child: Surname [[FOTSO|name]]  Forename(s) [[Divine|name]]  DOB [[04/08/2012|dob]]  Gender F  UPN [[C357238021889|upn]]
Address: [[46 Hattersley Road East|address]], [[Hattersley|place]], [[Hyde|place]], [[SK14 3EQ|postcode]]
Parents/carers: [[Blessing NGWA|name]] (mum); [[Emmanuel FOTSO TCHINDA|name]] (dad).  Sibling: [[Prosper|name]] (7)
Language: English and Cameroonian Pidgin; no interpreter needed.

Reason for referral: [[Divine|name]] came to me at break today with a swollen left hand and three raised lines on the back of her
left thigh. She said her father beat her with a belt on Saturday night ([[7 Nov|date]]) because she came home at 9 from her friend
[[Precious|name]]'s house in [[Gee Cross|place]] and "lied about where I was". She said "in Cameroon it is normal, my dad says I am too
English now". She said her mum "begged him" and that [[Prosper|name]] hid under the bed. She does not want to go home today. She asked if
she could stay with her aunty in [[Dukinfield|place]] (Aunty [[Grace|name]], mum's cousin, mobile [[07722 510 348|phone]]).
Previous: one entry on CPOMS, [[2 March 2026|date]]: [[Divine|name]] said dad "flogged" her for a detention.
Parents aware of referral? No - [[Divine|name]] asked us not to tell them yet.

DSL follow-up ([[T. Mottram|name]], [[9/11/2026|date]] 14:30): rang the front door ([[Aisha Stalybridge|name]] took it). Photos of the hand
taken by the school nurse, Mrs [[Helen Bredbury|name]]. [[Divine|name]]'s friend [[Precious Okafor-Lee|name]] said [[Divine|name]] "slept at
ours on [[31st October|date]] because her dad was angry". [[Prosper|name]] attends [[Pinfold Primary|school]]; their DSL Mr
[[Mottershead|name]]
will see him this afternoon. Aunty [[Grace|name]] lives at [[12 Dowson Road|address]]; she can collect at 3.15.
""",
    ),
    (
        "A mother's text messages in Cameroonian Pidgin and English, typed up by the social worker",
        """Texts between [[Blessing Ngwa|name]] ([[07583 402 619|phone]]) and [[Aisha|name]] (SW, work mobile), typed [[13/11/2026|date]].
Pidgin glossed in brackets by [[Aisha|name]] after checking with [[Blessing|name]].

Tue [[10 Nov|date]] 07:41 [[Blessing|name]]: Good morning madam. [[Divine|name]] she sleep for [[Grace|name]] house? I no sleep. (Did
[[Divine|name]] sleep at [[Grace|name]]'s? I did not sleep.)
07:55 [[Aisha|name]]: Morning [[Blessing|name]]. Yes she is safe with [[Grace|name]] in [[Dukinfield|place]]. Can I come at 11 to see
you and [[Emmanuel|name]]?
08:02 [[Blessing|name]]: Na so. [[Emma|name]] go work for [[Ashton|place]] but he go come back. Abeg no bring police. (OK. [[Emma|name]]
is at work in [[Ashton|place]]
but he will come back. Please do not bring police.)
12:47 [[Blessing|name]]: Thank you for coming. [[Prosper|name]] de cry say he want him sister. My sister [[Comfort|name]] for
[[Douala|place]] say
make I bring the pikin dem come home. I say no. ([[Prosper|name]] is crying for his sister. My sister [[Comfort|name]] in
[[Douala|place]] says I should bring
the children home. I said no.)
Wed [[11 Nov|date]] 21:10 [[Blessing|name]]: [[Comfort|name]] number na [[+237 6 77 41 82 19|phone]] if you want talk with am. Mama for
[[Bamenda|place]] no
get phone, na [[Comfort|name]] di call am. ([[Comfort|name]]'s number, if you want to talk to her. Mum in [[Bamenda|place]] has no
phone; [[Comfort|name]] calls her.)
21:14 [[Aisha|name]]: Thank you. Family meeting Thurs [[19th|date]] at 5, at St Paul's church hall on [[Hattersley Rd West|address]]?
Pastor [[Nfor|name]] can come.
21:20 [[Blessing|name]]: Yes madam. God bless you 🙏
Thu [[12 Nov|date]] 06:55 [[Blessing|name]]: Madam [[Emma|name]] say make I tell you he go do the course. He vex small but he agree.
[[Divine|name]] call me
last night from [[Grace|name]] phone [[07722 510 348|phone]], she fine. ([[Emma|name]] says to tell you he will do the course. He is a
bit upset
but he agrees.
[[Divine|name]] called me last night from [[Grace|name]]'s phone; she is fine.)
""",
    ),
    (
        "A pastor's email to the social worker",
        """From: Rev. [[Peter Nfor|name]] <[[pastor.nfor@gracecitadel-hyde.org|email]]>
Date: Mon, [[16 Nov 2026|date]] 22:03
To: [[aisha.stalybridge@tamevalley.gov.uk|email]]
Subject: The [[Fotso|name]] family - Thursday

Dear Sister [[Aisha|name]],
I write as pastor to Brother [[Emmanuel|name]] and Sister [[Blessing|name]] at Grace Citadel Church, [[Hyde|place]]. I have known them
since they came
from [[Bamenda|place]] via [[Yaoundé|place]] in 2018. [[Emmanuel|name]] has agreed before me that he will not use the belt again. He
says in the
village his own father, Pa [[Tchinda|name]], beat him and he "turned out fine", but I told him our church teaches otherwise.
I will come on Thursday. Mami [[Comfort|name]] ([[Blessing|name]]'s sister) wishes to join by WhatsApp from [[Douala|place]]; her other
number is
[[+237 6 51 09 37 72|phone]]. Deaconess [[Ruth Achu|name]] can have [[Divine|name]] after school on Wednesdays at her house on
[[Bowlacre Road|address]],
[[Gee Cross|place]].
Yours in Christ,
Rev. [[Peter Nfor|name]]  |  [[07468 902 335|phone]]
> On Sun, [[15 Nov|date]] [[Aisha Stalybridge|name]] wrote:
> Dear Pastor [[Nfor|name]], [[Blessing|name]] says you would be willing to attend the family meeting on [[19/11|date]]. Could you also tell
> me who in the church could help with [[Divine|name]] and [[Prosper|name]] after school? Regards, [[Aisha|name]]
""",
    ),
    (
        "Family group conference plan (extract)",
        """FAMILY GROUP CONFERENCE - FAMILY PLAN - [[Divine|name]] and [[Prosper Fotso|name]]
Held: Thursday [[19 November 2026|date]], St Paul's church hall, [[Hattersley|place]].  Coordinator: [[Kwame Stalybridge-Osei|name]]
(independent)
Family present: [[Blessing Ngwa|name]] (mum); [[Emmanuel Fotso Tchinda|name]] (dad); [[Grace Tanyi|name]] (mum's cousin,
[[Dukinfield|place]]);
[[Comfort Ngwa|name]] (aunt, by WhatsApp from [[Douala|place]]); Rev. [[Peter Nfor|name]]; [[Ruth Achu|name]].  SW:
[[Aisha Stalybridge|name]].

What the family will do
1. Dad will not hit [[Divine|name]] or [[Prosper|name]] with a belt, hand or anything. If he is angry he will go out for a walk to
   Werneth Low or ring the pastor. - [[Emmanuel|name]]
2. [[Divine|name]] stays with cousin [[Grace|name]] at [[12 Dowson Road|address]], [[Dukinfield|place]] [[SK16 4NP|postcode]] until
[[4 December|date]],
   then home if the review agrees. - [[Grace|name]]
3. [[Divine|name]] may go to [[Precious|name]]'s in [[Gee Cross|place]] and must be home by 8 on school nights; a lift from Mrs
[[Achu|name]] if late.
4. [[Comfort|name]] will tell Mama in [[Bamenda|place]] that the family in England is "doing things the English way". - [[Comfort|name]]
5. The parenting course at the Hattersley Hub from [[7 January|date]]. - mum and dad

[[Divine|name]]'s words: "I want to go home but I want dad to talk not shout. And I want my phone back."
Review: [[3 Dec 2026|date]].
If the plan is not working: [[Grace|name]] rings [[Aisha|name]] or the out of hours team; [[Divine|name]] can ring Childline or text
[[Aisha|name]]. Family contacts: [[Grace Tanyi|name]] [[07722 510 348|phone]]; Rev. [[Nfor|name]] [[07468 902 335|phone]];
[[Comfort Ngwa|name]]
[[+237 6 77 41 82 19|phone]]. Plan typed by [[Kwame|name]] on [[20/11/2026|date]] and read back to the family in English and Pidgin.
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 31 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:32 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "nurse",
    "sister",
    "brother",
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
    "mum",
    "mummy",
    "mam",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "rev",
    "rev.",
    "pastor",
    "deaconess",
    "pa",
    "mami",
    "mama",
    "papa",
    "mba",
    "madam",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {
    "england",
    "wales",
    "scotland",
    "britain",
    "great britain",
    "united kingdom",
    "uk",
    "greater manchester",
    "cheshire",
    "cheshire east",
    "lancashire",
    "the north west",
    "north west",
    "gambia",
    "the gambia",
    "cameroon",
    "africa",
    "west africa",
    "europe",
}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the sets
# before it) and this set's titles and kinship words ("Mba Kaddy", "Pastor Nfor", "Mami Comfort", "Deaconess Ruth Achu") and
# countries and regions ("The Gambia", "Cameroon", "Cheshire East").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
