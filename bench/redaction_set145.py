"""Set 145: a held-out hand-written set for the redaction detector, six more invented families in Luton and Dunstable.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
142, 143 and 144 (written by other helpers at the same time), that did not run the detector or any bench script that runs it,
that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py (the layout and marking conventions followed here; of set 21's documents only parts of the
first and the last two were seen), the first thirty lines of tests/test_redaction_set25.py, the docstrings of bench/redaction_set7.py
to bench/redaction_set141.py (only searched, for the towns, districts and communities earlier sets used), the `Records` and
`HandSet` classes of bench/redaction_handwritten.py, and nothing else. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Luton and Dunstable, each from a district or estate no earlier set used as a family's home: a white British
family above the shops on the Purley Centre, Marsh Farm, with a grandmother in Sundon Park (Marsh / Bray; a girl of 13 held
by the neck by her mother's partner, an uncle's visitors at night, a man of 19 with a car offering her lifts); an Ivorian
family on Lewsey Farm, with a grandmother in Yopougon, Abidjan (Koné / Kouassi / Traoré; a girl of 4 hit with a belt by her
father, who lives in Bedford, a mother afraid for her papers, French and Dioula); an Ao Naga Christian family in Farley Hill,
with grandparents in Mokokchung and an aunt in Dimapur (Longkumer / Jamir; a girl of 15 self-harming after her father's
beatings with a cane, groomed online by a man of 26, a brother of 9 named Along); a British Pakistani (Mirpuri) family on
Oak Road in Biscot, with a grandmother in Dadyal (Hussain / Bibi / Akhtar; a mother's low mood after a birth, a push by her
husband, nine people in a three-bed terrace, a family group conference, a grandmother's letter in Urdu); a white British
family in Beecroft, Dunstable, with an aunt in Toddington and foster carers in Caddington (Pratt / Cox; strangulation seen
by a boy of 11 who rang 999, children placed under section 20, a mother who let the man back in); and a mixed white and Black
Caribbean family in Stopsley, with a grandmother in High Town and a father deported to Spanish Town, Jamaica (Campbell /
Wray; a boy of 15 missing to Milton Keynes in county lines, a drug debt, a knife, a housing transfer). The two communities no
earlier set used are the Ivorian and the Naga. 24 documents, each of a style no other in the set has: a social worker's
home visit case note, Snapchat messages typed up by a school, an initial child protection conference report, a mother's
handwritten letter to the chair typed up, a nursery's multi-agency referral form, assessment visit notes with a French
interpreter, WhatsApp voice notes transcribed and translated from French and Dioula, an OCR'd clinic letter from Abidjan in
French, a church youth leader's email to a school, strategy meeting minutes, a teenager's phone notes, a child and family
assessment's analysis, a health visitor's new birth visit record, a family group conference plan, an SMS export from a
social worker's phone, a grandmother's letter in Urdu with its translation, a chronology, a police body-worn video
transcript, core group minutes, a foster carer's phone log, a return home interview, a youth justice report to a referral
order panel, Instagram messages from a police phone download, and a scanned housing transfer form with a support letter.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phones are valid numbers (phonenumbers), UK and foreign
(Côte d'Ivoire, India, Pakistan, Jamaica); NHS numbers and UPNs (LA numbers 821 for Luton, 823 for Central Bedfordshire) pass
their checks. The councils (Chiltern Lea, Ouzel Downs), the housing body (Chiltern Lea Homes), the clinic in Abidjan (Les
Palmiers), the interpreting agency (LinguaBeds), the app (FosterLog) and the nursery (Lewsey Farm Nursery, Little Acorns) are
invented; towns, districts, estates, real schools, hospitals, surgeries, police forces, courts, charities, churches, parks
and brands are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words stay outside a name, before
or after it (Mr, Mrs, Ms, Miss, MRS, Mme, Dr, PC, PCSO, DS, DC, Pastor, Aunty, aunty, uncle, Tantie, Nan, Nani, dada, bhabi,
azo, mum, ani, beta, sahib, the Urdu ماموں, senior, coach, nurse); "SURNAME, First", "SURNAME First" and "First SURNAME" are
one span; initials alone ("M P", "L-M C", "T") are not marked; a name split by a line break is one span, and so is a place;
usernames and handles ("kaicxx_", "r1co_lu2", "donnaw_87", "skyeee") are not marked, but a display name that is a person's
name is; a contact saved as a kinship word ("Maman") is not a name; a street without a number is an address, and so is a
neighbour's bare house number ("no. 9", "no. 21", "NUMBER 7", "41"); a town, district or estate is a place in any case or
script ("mk", "sundon", "round green", "ڈڈیال", "میرپور"); countries, counties and regions are not (Côte d'Ivoire, Nagaland,
Jamaica, India, Azad Kashmir, District Mirpur); organisations are not marked even when they hold a town's name (Luton and
Dunstable Hospital, Luton Magistrates' Court, Luton Youth Court, Luton Law Centre, Bury Park Community Centre, Bedfordshire
Police, Chiltern Lea Homes); parks and landmarks are not marked (Wardown Park, Dunstable Downs, The
Mall, Prologis Park); a school's short form is a school ("Lea Manor", "Beecroft", "Cardinal Newman"); dates as in set 21
(weekdays outside, months and years alone unmarked); pets (bruno) are not names.

Choices this set had to make: a boy's name that is also an English word ("Along", an Ao name) is marked wherever it names
the boy, including a note title addressed to him, and the word is not used otherwise in the set; "Mina" and "Ibou", family
short forms, are names; an alias used by an older boy ("Skeng", "Rico") is a name, as set 21's "Zayn" was, but a bare
initial used as an alias ("T") is not; a "place" in a station's name ("Milton Keynes Central station") and a club in
lower-case words ("Leagrave boxing club") mark the town; "Slough council" marks the town as set 21's "Crawley's housing"
did; a partial address line in a foreign clinic's letterhead ("J 54, Yopougon Sicogi") and a block in a cité ("Cité Sicogi,
bâtiment 14") are addresses; a social worker's surname that is also a town ("Bedford") and a surname that is a district's
word ("Marsh" in Marsh Farm) are marked by what they refer to; a "Freedom Programme", a "Respect course" and a Language Line
interpreter ID are not marked.

Self-check without the detector: `python -m bench.redaction_set145` (and tests/test_redaction_set145.py) runs set 15's
checker on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of
documents and gold spans per kind: 24 documents, 922 gold spans, 548 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Marsh / Bray family (white British), Marsh Farm, Luton ----------------------------------------------------------

HOME_A = d.Address("14 Purley Centre", "Marsh Farm", "Luton", "LU3 3SR")
NAN_A = d.Address("41 Sundon Park Road", "Sundon Park", "Luton", "LU3 3AF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Skye", "Marsh")], dt.date(2013, 4, 22), addresses=[HOME_A], ids=["680 705 7989", "N821053151410"],
       schools=["Lea Manor High School"]),
    _p("s", "sibling", [("Poppy", "Bray")], dt.date(2023, 8, 9), addresses=[HOME_A], ids=["642 095 7095"]),
    _p("m", "mother", [("Kayleigh", "Marsh")], dt.date(1994, 1, 30), addresses=[HOME_A], phones=["07723 418 506"]),
    _p("f", "father", [("Liam", "Bray")], dt.date(1991, 6, 14), addresses=[HOME_A], phones=["07951 264 377"]),
    _p("g", "grandparent", [("Sandra", "Marsh")], dt.date(1968, 11, 2), addresses=[NAN_A], phones=["01582 493 618"]),
    _p("p1", "professional", [("Hannah", "Bedford")], phones=["01582 611 274"], emails=["hannah.bedford@chilternlea.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - Home visit (announced)
Child: [[Skye MARSH|name]]    DOB: [[22/04/2013|dob]]    NHS: [[680 705 7989|nhs]]
Worker: [[Hannah Bedford|name]], Social Worker, Family Safeguarding Team North
Date of visit: Tues [[3rd November 2026|date]], 16:10-17:25
Address: [[14 Purley Centre|address]], [[Marsh Farm|place]], [[Luton|place]] [[LU3 3SR|postcode]]

Present: [[Kayleigh Marsh|name]] (mum), [[Skye|name]], [[Poppy|name]] (3), [[Liam Bray|name]] arrived 16:50.
Also in the flat at the start: a neighbour, [[Dawn|name]] from [[no. 9|address]], who left when I arrived, and her son
[[Kobe|name]] (about 12) who stayed to play on the Xbox with [[Skye|name]] until mum sent him home.

Purpose: follow-up after the school's referral of [[28/10/2026|date]] ([[Skye|name]] disclosed to Mrs [[Okafor|name]], her head of
year at [[Lea Manor|school]], that "[[Liam|name]] grabbed my neck" during an argument about her phone).

Observations: Flat is on the second floor above the shops on the [[Purley Centre|address]]; smells of cannabis on the stairs (not
inside the flat today). Front door has a new lock, mum said because "someone from [[Lewsey|place]]" kicked it in in
September. Kitchen: food in fridge, washing up done. [[Poppy|name]]'s cot is in mum's room; [[Skye|name]] sleeps on the sofa
since "Nan's room" was given over to [[Liam|name]]'s brother [[Connor Bray|name]] who has been staying since the summer.

Mum's account: [[Kayleigh|name]] said the argument was about [[Skye|name]] being on her phone at 2am talking to "some lad from
[[Houghton|place]]". She said [[Liam|name]] took the phone and [[Skye|name]] went for him, and he "held her off by the shoulders, not
the neck". She said her mum [[Sandra Marsh|name]] in [[Sundon Park|place]] ([[01582 493 618|phone]]) will have [[Skye|name]] at weekends.

[[Skye|name]] seen alone in her bedroom space (the balcony end of the lounge): quiet, picked at her sleeve. Said [[Liam|name]]
"does it when he's been drinking", and that [[Connor|name]] "has people round" at night. She wants to stay with her nan
"on [[Sundon Park Road|address]]" and go to [[Lea Manor|school]] still. She mentioned a friend, [[Tianna|name]], and "[[Tianna|name]]'s mum
[[Grace|name]]" as safe people.

[[Liam|name]] on arrival (16:50) said the school "has it in for" the family, then calmed. He gave his mobile as
[[07951 264 377|phone]] and agreed to a meeting on Monday [[9 Nov|date]].

Actions: strategy discussion today with PC [[Rachel Hope|name]] (Luton CAIT); check [[Connor Bray|name]] on PNC; ask
Mrs [[Marsh|name]] senior whether [[Skye|name]] can stay from [[6/11|date]]; visit again by [[10.11.26|date]].
[[H. Bedford|name]]
"""),
    ("Snapchat messages between a girl and her friend, screenshots typed up by the school's safeguarding lead", """Typed from 6
screenshots handed in by [[Tianna Gayle|name]] (Yr 8) on [[29/10/26|date]]. [[Lea Manor|school]] DSL: [[Mark Greenwood|name]].
Display names as on screen. Times as shown. Emojis described in brackets.

--- chat: "skyeee 🦋" / "tee" ---
skyeee: u awake
tee: ye wats up
skyeee: liam went mad again cos of my phone
skyeee: he got me by my neck proper
tee: WHAT r u ok
skyeee: ye ish. mum just sat there
tee: tell mr greenwood tmrw
skyeee: no he'll ring mum n then liam will kno
tee: u can come mine my mums fine w it. [[grace|name]] said u can sleep in my room
skyeee: [[connor|name]] has them lads round again the ones from [[leagrave|place]]
skyeee: one of them gave me a vape n said I owe him now lol
tee: thats not lol sky
skyeee: [[jordan|name]] said he'll pick me up from [[the purley|address]] fri in his car
tee: who is [[jordan|name]]
skyeee: hes 19 hes [[connor|name]]s mate. got a black golf [[KX19 BNE|vehicle]] or summin like that
tee: dont go sky pls
tee: ill tell my mum
skyeee: pls dont tell [[grace|name]]
skyeee: ok u can tell her but not school
tee: 🫶
--- Friday [[30 Oct|date]] ---
tee: did u go with him
skyeee: no nan came got me took me to hers in [[sundon|place]]
tee: yay 🙏 i'll come round sat
skyeee: her house is [[41|address]] the one with the gnomes lol
tee: hahahah
skyeee: nans number if my phone dies [[01582 493618|phone]]

Note by [[M. Greenwood|name]]: "[[jordan|name]]" is not known to school. Registration passed to police (PC [[Hope|name]]) 29/10 at 12:40.
"""),
]

DOCS_A += [
    ("initial child protection conference report by the social worker", """CHILTERN LEA BOROUGH COUNCIL - CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference date: Thursday [[19 November 2026|date]], 10:00, Town Hall, [[Luton|place]] (hybrid)
Chair: [[Sunita Rao|name]], Independent Reviewing Officer
Author: [[Hannah Bedford|name]], Social Worker ([[01582 611 274|phone]]; [[hannah.bedford@chilternlea.gov.uk|email]])

1. Children
| Name | DOB | NHS | UPN | School / setting |
| [[MARSH, Skye|name]] | [[22.04.2013|dob]] | [[680 705 7989|nhs]] | [[N821053151410|upn]] | [[Lea Manor High School|school]] |
| [[BRAY, Poppy|name]] | [[09.08.2023|dob]] | [[642 095 7095|nhs]] | - | [[Little Acorns|school]] (2 mornings) |

2. Adults
[[Kayleigh Marsh|name]] (mother, DOB [[30/01/1994|dob]], [[07723 418 506|phone]]); [[Liam Bray|name]] (father of [[Poppy|name]], DOB
[[14/06/1991|dob]]); [[Connor Bray|name]] (paternal uncle, staying at the flat); [[Sandra Marsh|name]] (maternal grandmother,
[[41 Sundon Park Road|address]], [[Sundon Park|place]], [[LU3 3AF|postcode]]). [[Skye|name]]'s father, [[Jamie Warren|name]], lives in
[[Stevenage|place]] and has had no contact since 2019; his address is not known.

3. Reason for conference
On [[28 October 2026|date]] [[Skye|name]] told her head of year that [[Liam|name]] held her by the neck. A section 47 enquiry
found that [[Skye|name]] has been sleeping on the sofa, that unknown adult men visit [[Connor|name]] at night, and that a
19-year-old man known as "[[Jordan|name]]" offered to collect [[Skye|name]] in his car ([[KX19 BNE|vehicle]]). Police (Bedfordshire
Police, CAIT) have identified him as [[Jordan Ashby|name]] of [[Dunstable|place]]. [[Skye|name]] has been staying with her
grandmother since [[30 October|date]].

4. What is working well
[[Skye|name]]'s attendance is 94%. Mrs [[Marsh|name]] senior has acted protectively. [[Kayleigh|name]] has agreed that [[Connor|name]] must
leave by the end of the month and has begun the Freedom Programme at the family centre. [[Poppy|name]] is well cared
for, developmentally on track (health visitor [[Jo Kettering|name]], seen [[12/11/2026|date]]).

5. What we are worried about
Physical harm to [[Skye|name]] by [[Liam|name]] when drinking; exposure to drug use and unknown adults; risk of child sexual
exploitation by [[Jordan Ashby|name]] and associates from [[Leagrave|place]]; [[Kayleigh|name]]'s low mood.

6. Recommendation
That [[Skye|name]] and [[Poppy|name]] are made subject to child protection plans under the category of physical abuse
(neglect to be considered), and that [[Skye|name]] remains at [[Sundon Park Road|address]] under a safety plan.
"""),
    ("a mother's own letter to the conference chair, handwritten and typed up by admin", """[typed by admin from a handwritten letter
given in at reception [[18/11/26|date]]; spelling kept]

To Mrs [[Rao|name]] the chair,

My name is [[Kayleigh Marsh|name]] im [[Skye|name]] and [[Poppy|name]]s mum. I cant talk in meetings I go red and cry so I am
writing this. I know I let [[Skye|name]] down. When [[Liam|name]] grabbed her I froze I should of got in the middle. He is not
a bad dad to [[Poppy|name]] but he drinks when he is on nights at the warehouse in [[Dunstable|place]] and then sleeps all day.

[[Connor|name]] is going. He is going to his girlfriend [[Shannon|name]]s in [[Houghton Regis|place]] on the [[27th|date]] I told
him. I didnt know about [[Jordan|name]] I swear on my nans grave. I have blocked his number and [[Skye|name]] has to.

My mum [[Sandra|name]] is the best person for [[Skye|name]] right now and I am ok with her staying there but I want her home
by Christmas. I go to the course at the centre on a Weds with [[Bev|name]] the worker and I have been to my doctor at
Lea Vale Medical Centre about my nerves.

Please dont take [[Poppy|name]] off me. I will do what [[Hannah|name]] says.

[[Kayleigh|name]]
[[14 Purley Centre|address]]
[[Marsh Farm|place]]
[[07723 418506|phone]]
"""),
]


# --- B. Koné / Kouassi family (Ivorian), Lewsey Farm, Luton ---------------------------------------------------------------

HOME_B = d.Address("27 Pastures Way", "Lewsey Farm", "Luton", "LU4 0PE")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ibrahim", "Koné")], dt.date(2019, 2, 17), addresses=[HOME_B], ids=["546 250 8700", "K821702376845"],
       schools=["Lealands Primary School"]),
    _p("s", "sibling", [("Awa", "Koné")], dt.date(2022, 10, 5), addresses=[HOME_B], ids=["693 079 6786"],
       schools=["Lewsey Farm Nursery"]),
    _p("m", "mother", [("Aminata", "Koné")], dt.date(1990, 7, 1), addresses=[HOME_B], phones=["07868 302 915"]),
    _p("f", "father", [("Yao Serge", "Kouassi")], dt.date(1986, 3, 12), phones=["07412 559 630"]),
    _p("g", "grandparent", [("Mariam", "Traoré")], dt.date(1962, 5, 20), phones=["+225 07 07 41 28 63"]),
    _p("p1", "professional", [("Chloe", "Summers")], phones=["01582 706 183"], emails=["chloe.summers@chilternlea.gov.uk"]),
], "c")

DOCS_B = [
    ("nursery's multi-agency referral form", """MULTI-AGENCY REFERRAL FORM (MARF) - Chiltern Lea Front Door
Referrer: [[Precious Adeyemi|name]], Nursery Manager and DSL, [[Lewsey Farm Nursery|school]]    Tel: [[01582 867 402|phone]]
Date and time: [[02/11/2026|date]] 11:05

CHILD 1
Surname: [[KONÉ|name]]    Forename(s): [[Awa|name]]    DOB: [[05/10/2022|dob]]    NHS: [[693 079 6786|nhs]]
Address: [[27 Pastures Way|address]], [[Lewsey Farm|place]], [[Luton|place]] [[LU4 0PE|postcode]]
Language: French, Dioula. Interpreter needed for mother: YES (French)
CHILD 2 (sibling)
[[KONÉ, Ibrahim|name]]    DOB [[17/02/2019|dob]]    School: [[Lealands|school]] (Year 3)

PARENTS / CARERS
Mother: [[Aminata KONÉ|name]], [[07868 302 915|phone]]
Father: [[Yao Serge KOUASSI|name]] - not living at the address; mother says he lives "in [[Bedford|place]] or [[Paris|place]]".
Other: "Tantie [[Fanta|name]]" collects [[Awa|name]] on Mondays - mother's friend, full name [[Fanta Diabaté|name]], lives
[[Bury Park|place]].

REASON FOR REFERRAL
On Monday [[2nd November|date]] [[Awa|name]] arrived with a bruise on her left cheek (about 3 cm, purple-yellow) and two linear
marks on the back of her left thigh. Her key person [[Joy Fairweather|name]] asked about them. [[Awa|name]] said "Papa [[Serge|name]]
tape avec la ceinture" (Papa [[Serge|name]] hit with the belt), then said "[[Ibou|name]] fait" ([[Ibou|name]] did it). [[Ibou|name]] is
the name the
family use for her brother [[Ibrahim|name]].
Mother was spoken to at collection by me with Mme [[Diallo|name]] (a parent who speaks French, with mother's consent).
Mother said [[Awa|name]] fell at the park on Saturday and that "[[Serge|name]] does not come here".
Previous: bruise to forehead [[14.09.26|date]] (recorded, explained as fall off scooter).

Body map attached. Police not contacted by nursery. Parent aware of referral: yes.
Signed: [[P. Adeyemi|name]]
"""),
]

DOCS_B += [
    ("assessment visit notes with a French interpreter", """Child and family assessment - visit 2 - notes
[[Chloe Summers|name]] (SW) with [[Élodie Mensah|name]] (French interpreter, LinguaBeds, booking ref LB-55190)
Friday [[6 November 2026|date]], 15:30, at home ([[27 Pastures Way|address]])

Present: [[Aminata|name]]; [[Ibrahim|name]] (7) after school; [[Awa|name]] (4). [[Aminata|name]]'s friend [[Fanta Diabaté|name]]
arrived 16:15.

[[Aminata|name]] (through interpreter) said she came from [[Abidjan|place]] in 2021 on a visit visa with [[Ibrahim|name]] and claimed
asylum; [[Awa|name]] was born at the Luton and Dunstable Hospital. She lived first in [[Bury Park|place]] with [[Fanta|name]], then the
council housed her in [[Lewsey Farm|place]]. Her mother, [[Mariam Traoré|name]], lives in [[Yopougon|place]], "near the Sicogi market",
phone [[+225 07 07 41 28 63|phone]]; her sister [[Salimata|name]] is in [[Bouaké|place]].

About [[Serge|name]]: [[Yao Serge Kouassi|name]] is [[Awa|name]]'s father, not [[Ibrahim|name]]'s ([[Ibrahim|name]]'s father stayed in
Côte d'Ivoire). [[Aminata|name]] first said [[Serge|name]] does not visit, then said he comes "some Sundays" from
[[Bedford|place]] ([[Queens Park|place]]) and stays the night. She said he "corrects" the children "like in Africa, with the hand,
not the belt". She became upset and said in Dioula "n ma foyi kɛ" which the interpreter gave as "I did nothing".

[[Ibrahim|name]] (seen alone, English): proud of his reading book; said [[Serge|name]] "is strict" and "hits [[Awa|name]] when she wets".
He said the belt is "the brown one on the door". He likes football at [[Lealands|school]] with Mr [[Oduya|name]] and his
best friend [[Rayan|name]].

[[Fanta|name]] told me (English) she has seen [[Serge|name]] "shout very hard" and that [[Aminata|name]] is frightened to
lose her papers if she reports him. [[Fanta|name]]'s number: [[07539 118 247|phone]].

Plan: strategy discussion Monday [[9/11|date]] with DC [[Priya Shah|name]]; [[Awa|name]] to have a child protection medical;
check [[Kouassi|name]] with Bedford colleagues; leaflet in French on physical chastisement; [[Aminata|name]] to Luton
Law Centre re immigration.
"""),
    ("WhatsApp voice notes transcribed and translated from French and Dioula", """Transcript prepared for the assessment, with
[[Aminata Koné|name]]'s consent, of 4 voice notes she forwarded on
[[10.11.2026|date]]. Translator: [[É. Mensah|name]]. Original language in italics marked /.../; translation after.

Voice note 1 - from "[[Serge|name]] 💙" ([[07412 559 630|phone]]), [[07/11/2026|date]] 21:14, 0:48
/[[Mina|name]], pourquoi l'assistante sociale vient chez toi? Tu as parlé de moi? Je viens dimanche à [[Luton|place]]./
"[[Mina|name]], why is the social worker coming to yours? Did you talk about me? I'm coming to [[Luton|place]] on Sunday."

Voice note 2 - from "Maman" ([[+225 07 07 41 28 63|phone]]), [[08/11/2026|date]] 09:02, 1:31
/[[Aminata|name]], i ka kɛnɛ wa? ... Les enfants il faut les protéger. Si [[Serge|name]] frappe la petite, il faut partir.
Ton oncle [[Lassina|name]] à [[Abobo|place]] dit la même chose./
"[[Aminata|name]], are you well? ... You have to protect the children. If [[Serge|name]] hits the little one, you must leave.
Your uncle [[Lassina|name]] in [[Abobo|place]] says the same."

Voice note 3 - from "[[Fanta|name]] [[Bury Park|place]]" ([[07539 118 247|phone]]), [[08/11/2026|date]] 20:40, 0:22
/[[Mina|name]] je t'envoie l'adresse de la dame du Law Centre. Et [[Kadi|name]] peut garder [[Awa|name]] mardi./
"[[Mina|name]] I'm sending you the address of the lady at the Law Centre. And [[Kadi|name]] can mind [[Awa|name]] on Tuesday."

Voice note 4 - from "[[Serge|name]] 💙", [[09/11/2026|date]] 23:57, 0:15
/Ouvre la porte. Je suis devant, à [[Pastures Way|address]]./
"Open the door. I'm outside, at [[Pastures Way|address]]."

Translator's note: "[[Mina|name]]" is a short form of [[Aminata|name]]; "Maman" is the saved contact for her mother; "i ka kɛnɛ
wa" is Dioula, the rest is French.
"""),
    ("OCR'd scan of a clinic letter from Abidjan sent by the grandmother", """[OCR of a photographed letter emailed by Mme
[[Traoré|name]]; OCR errors kept, [?] = unreadable]

CLINIQUE MEDICALE LES PALMIERS
Rue [[J 54, Yopougon Sicogi|address]], [[Abidjan|place]] - Tél [[+225 27 22 48 16 90|phone]]

                                              [[Abidjan|place]], le [[3 novembre 2026|date]]
CERTIFICAT MEDICAL
Je soussigné Dr [[Konan N'Guessan|name]], médecin
généraliste, certifie avoir suivi l'enfant [[KONE Ibrahim|name]], né le [[17/02/2019|dob]] à [[Abi-
djan|place]], de sa naissance à l'âge de deux ans (carnet de santé n° 0448-[?]).
L'enfant ne présentait aucune maladie chronique. Vaccins à jour jusqu'en 2021.
Sa mère Mme [[KONE Aminata|name]] et sa grand-mère Mme [[TRAORE Mariam|name]], domiciliée
[[Cité Sicogi, bâtiment 14|address]], [[Yopougon|place]], ont toujours bien pris soin de lui.
                                              Dr [[K. N'Guessan|name]]
                                              [cachet illegible]

Social worker's note ([[C. Summers|name]], [[12/11/2026|date]]): translated by [[Élodie Mensah|name]]. Says [[Ibrahim|name]] had no health
problems in Côte d'Ivoire and was well cared for by his mother and grandmother. Sent by [[Mariam Traoré|name]] after
[[Aminata|name]] told her about the assessment.
"""),
]


# --- C. Longkumer / Jamir family (Naga, Ao), Farley Hill, Luton -------------------------------------------------------------

HOME_C = d.Address("8 Whipperley Ring", "Farley Hill", "Luton", "LU1 5QT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Sentila", "Longkumer")], dt.date(2011, 9, 3), addresses=[HOME_C], ids=["656 026 4637", "Y821435922445"],
       schools=["Cardinal Newman Catholic School"]),
    _p("s", "sibling", [("Along", "Longkumer")], dt.date(2016, 12, 19), addresses=[HOME_C], ids=["594 998 0662"],
       schools=["Farley Junior School"]),
    _p("m", "mother", [("Temsula", "Jamir")], dt.date(1982, 2, 8), addresses=[HOME_C], phones=["07984 660 312"]),
    _p("f", "father", [("Imti", "Longkumer")], dt.date(1979, 8, 27), addresses=[HOME_C], phones=["07700 145 229"]),
    _p("p1", "professional", [("Ruth", "Wardown")], phones=["01582 552 019"], emails=["ruth.wardown@chilternlea.gov.uk"]),
], "c")

DOCS_C = [
    ("church youth leader's email to the school's safeguarding lead", """From: [[Akum Walling|name]] <[[akum.walling@outlook.com|email]]>
Sent: Sunday, [[1 November 2026|date]] 22:31
To: [[dsl@cardinalnewman.luton.sch.uk|email]]
Cc: Pastor [[Lanu Aier|name]]
Subject: Worried about one of your Year 11s - [[Sentila L|name]]

Dear Ms [[Fenwick|name]],

I am the youth leader at the Naga Christian Fellowship that meets at St Andrew's hall on [[Blenheim Crescent|address]] on Sundays.
I got your name from the school website. I hope it is right to write to you directly.

Tonight after youth group [[Sentila Longkumer|name]] ("[[Senti|name]]") showed me her arms. There are a lot of cuts, some new. She
asked me not to tell her parents, [[Imti|name]] and [[Temsula|name]] (Aunty [[Temsu|name]]), because she says her father will send
her to her grandmother in [[Mokokchung|place]] "to be sorted out". She says she has been talking to a man online called
"[[Daniel|name]]" who she thinks is 20 and lives in [[Dunstable|place]], and that he asked her to meet him at The Mall.

I did not want to break her trust but I know I cannot keep this. I have told our pastor. [[Senti|name]] also said her
little brother [[Along|name]] (he is 9, at [[Farley Junior|school]]) "gets it worse" when Dad is angry. I do not know what she
meant.

The family live on [[Whipperley Ring|address]] in [[Farley Hill|place]]. The mother's number is [[07984 660 312|phone]] but she does not
read English messages well, she prefers Nagamese or Ao on the phone. My number is [[07388 921 470|phone]].

With thanks,
[[Akum|name]]

--- reply ---
From: [[Joanne Fenwick|name]] (DSL, [[Cardinal Newman|school]])
Sent: [[02/11/2026|date]] 08:12
Thank you [[Akum|name]], this is exactly right. I have referred to the Front Door this morning and seen [[Sentila|name]] in
period 1. Please do not contact the family for now. [[J Fenwick|name]]
"""),
]

DOCS_C += [
    ("strategy meeting minutes", """STRATEGY MEETING - MINUTES (CONFIDENTIAL)
Child: [[Sentila LONGKUMER|name]] (DOB [[03/09/2011|dob]]), sibling [[Along LONGKUMER|name]] (DOB [[19/12/2016|dob]])
Date: [[3 November 2026|date]], 14:00, MS Teams    Chair: [[Ruth Wardown|name]], Team Manager

Attendees: [[Ruth Wardown|name]] (chair); [[Kwame Osei|name]] (SW, minutes); DS [[Lisa Kenworthy|name]] (Bedfordshire Police, CSE);
[[Joanne Fenwick|name]] (DSL, [[Cardinal Newman Catholic
School|school]]); [[Bethan Lloyd|name]] (school nurse);
Mr [[Dunn|name]] (head, [[Farley Junior School|school]]); [[Maria Costa|name]] (CAMHS)

1. Information shared
School: [[Sentila|name]] disclosed self-harm to her youth leader [[Akum Walling|name]] on [[1/11|date]]. Seen by the school nurse
[[2 Nov|date]]: 14 superficial cuts to the left forearm, 3 from the weekend. She said she cuts "after Dad shouts" and that her father
hit her with a cane last month when she came home late from [[Dunstable|place]].
Police: the online contact "[[Daniel|name]]" - the Snapchat account has been linked by DS [[Kenworthy|name]] to a man of 26,
[[Daniel Okoro|name]] of [[Houghton Regis|place]], who has a caution for sexual communication with a child. He asked [[Sentila|name]] to
meet at "the Mall by the bus station". Vehicle seen with him: [[LN71 UDW|vehicle]].
Junior school: [[Along|name]] has been quiet; on [[20 October|date]] he had a mark on his ear, explained as football.

2. Decision
Section 47 enquiry jointly for both children. Joint visit tomorrow [[4/11/2026|date]] with an Ao-speaking interpreter
(not from the fellowship - [[Sentila|name]]'s request). [[Sentila|name]] to have a safety plan at school.
Police to seek a Sexual Risk Order on [[Okoro|name]].

3. Family network
Maternal grandparents [[Imsu Jamir|name]] and [[Alemla Jamir|name]] in [[Mokokchung|place]], Nagaland; paternal aunt [[Moa|name]] in
[[Dimapur|place]] ([[+91 98621 47305|phone]]); a family friend, [[Bendang|name]], in [[Stopsley|place]] has offered to have the children.

Actions: [[Kwame|name]] to book interpreter; DS [[Kenworthy|name]] to SRO; [[J Fenwick|name]] to check [[Sentila|name]]'s attendance.
"""),
]

DOCS_C += [
    ("a teenager's phone notes app entries, shared by her and typed up by the social worker", """Typed from [[Sentila|name]]'s Notes
app on her phone, with her agreement, on [[11/11/26|date]]. Her own words and spelling;
I have removed nothing. - [[K. Osei|name]]

note: "dont read this [[along|name]]"
lol if ur reading this [[along|name]] get out of my phone 😤

note: "things" (edited 28 Oct)
- dad said if i go [[dunstable|place]] again hes sending me to [[mokokchung|place]] to azo
- azo [[alemla|name]] is nice tho. i miss her food
- [[daniel|name]] says hes 20. he said he can pick me up from [[whipperley|address]] but not outside the house
- [[akum|name]] said church is a safe place. i dont feel safe anywhere tbh
- [[temsu|name]] mum cried in the kitchen and said in ao that she is tired

note: "nov"
1 nov told [[akum|name]]. he looked so sad
2 nov nurse [[bethan|name]] did my arm. ms [[fenwick|name]] was kind
4 nov the social worker came with a man who speaks ao from [[london|place]]. dad was so polite lol
5 nov slept at [[bendang|name]] uncle n [[imli|name]] aunty's in [[stopsley|place]] 🙏 [[along|name]] came too. they have a dog called bruno
8 nov [[daniel|name]] messaged from a new acc. i blocked it and showed ms [[fenwick|name]]

note: "people i can talk to"
[[akum|name]] [[07388921470|phone]]
[[imli|name]] aunty [[07766 504 183|phone]]
childline 0800 1111
[[moa|name]] ani (india) [[+91 98621 47305|phone]]
"""),
]

DOCS_C += [
    ("child and family assessment, analysis and recommendations section", """CHILD AND FAMILY ASSESSMENT - SECTION 6: ANALYSIS
Children: [[Sentila Longkumer|name]] (15), [[Along Longkumer|name]] (9)    Address: [[8 Whipperley Ring|address]], [[Farley Hill|place]],
[[Luton|place]] [[LU1 5QT|postcode]]    Assessing worker: [[Kwame Osei|name]]    Completed: [[27th November
2026|date]]

The family are Ao Naga Christians. Mr [[Longkumer|name]] came to the UK in 2008 as a nurse and works nights at a care home
in [[Harpenden|place]]; Mrs [[Jamir|name]] (she kept her own name) works at a warehouse at Prologis Park, [[Dunstable|place]]. Both
children were born at the Luton and Dunstable Hospital. The family's support is the Naga Christian Fellowship and friends in
[[Stopsley|place]] ([[Bendang Ozukum|name]] and [[Imlienla Ozukum|name]], "[[Imli|name]]").

[[Sentila|name]]'s self-harm began in the summer, after her father found messages from [[Daniel Okoro|name]]. Mr [[Longkumer|name]]
accepts he hit her with a cane on [[17 October|date]] and that he has smacked [[Along|name]]. He said that in [[Mokokchung|place]]
"this is how a father shows he cares" but that he now understands it is against the law here for a child of any age to be
hit with an object. Mrs [[Jamir|name]], through the interpreter [[Chubatoshi Pongen|name]], said she has been afraid to go against her
husband and that her own father ([[Imsu|name]]) did the same to her.

[[Sentila|name]] has not been in contact with [[Okoro|name]] since [[8 November|date]]; the SRO hearing is listed at Luton Magistrates'
Court on [[8 December 2026|date]]. She has started with CAMHS ([[Maria Costa|name]]) and goes to her friend [[Grace Ogundipe|name]]'s after
school on Tuesdays.

Recommendation: a child in need plan for both children for six months, with the Family Safeguarding team's parenting work
for Mr [[Longkumer|name]] (with an Ao interpreter), and a review on or before [[28/05/2027|date]]. [[Sentila|name]]'s wish to stay at
[[Cardinal Newman|school]] and to keep going to youth group with [[Akum|name]] is supported.
"""),
]


# --- D. Hussain / Bibi family (British Pakistani, Mirpuri), Biscot, Luton ---------------------------------------------------

HOME_D = d.Address("63 Oak Road", "Biscot", "Luton", "LU4 8AQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Zara", "Hussain")], dt.date(2026, 9, 28), addresses=[HOME_D], ids=["638 679 9682"]),
    _p("s", "sibling", [("Ayaan", "Hussain")], dt.date(2021, 5, 11), addresses=[HOME_D], ids=["527 354 9167", "X821604852270"],
       schools=["Beech Hill Primary School"]),
    _p("m", "mother", [("Nazia", "Bibi")], dt.date(1999, 12, 4), addresses=[HOME_D], phones=["07817 430 669"]),
    _p("f", "father", [("Tariq", "Hussain")], dt.date(1995, 4, 18), addresses=[HOME_D], phones=["07592 813 044"]),
    _p("g", "grandparent", [("Shamim", "Akhtar")], dt.date(1964, 1, 1), phones=["+92 346 581 2290"]),
    _p("p1", "professional", [("Amy", "Barton")], phones=["01582 552 019"], emails=["amy.barton@chilternlea.gov.uk"]),
], "c")

DOCS_D = [
    ("health visitor's new birth visit record", """HEALTH VISITING SERVICE - NEW BIRTH VISIT (SystmOne template, printed)
Baby: [[HUSSAIN, Zara|name]]    DOB: [[28-Sep-2026|dob]]    NHS No: [[638 679 9682|nhs]]    Sex: F    Birth weight 2.61 kg
Born at: Luton and Dunstable Hospital, 37+2, SVD
Address: [[63 Oak Road|address]], [[Biscot|place]], [[LU4 8AQ|postcode]]
Visit date: [[09-Oct-2026|date]] 10:30    HV: [[Shabana Rashid|name]] (Specialist Community Public Health Nurse)
Language: mother - Pahari/Mirpuri and Urdu, some English. Interpreter: Language Line (phone), ID 40711.

Household: mother [[Nazia Bibi|name]] (26, [[07817 430 669|phone]]); father [[Tariq Hussain|name]] (31, taxi driver,
[[07592 813 044|phone]]);
brother [[Ayaan|name]] (5, Reception, [[Beech Hill|school]]); paternal grandfather [[Mohammed Rafiq|name]]; paternal uncle [[Imran|name]]
and his wife [[Saima|name]] and their two children. Nine people in a 3-bed terrace.

Maternal mood: Whooley questions: both YES. EPDS 17. [[Nazia|name]] cried through most of the visit. She said (interpreted) that
she has not been out of the house since the birth, that her mother-in-law died last year and that [[Saima|name]] "runs the house".
She said she wants her own mother, who lives in [[Dadyal|place]], and that [[Tariq|name]] "is always on the taxi". Asked about
safety at home (alone, phone interpreter): she said [[Tariq|name]] has "pushed" her once, in the summer, and that his brother
shouts at her. No thoughts of harming the baby; "sometimes I wish I could sleep forever".

Baby: feeding formula 90 ml 3-hourly, weight 2.74 kg (9th centile). No marks. Safe sleep discussed - [[Zara|name]] sleeps in a
Moses basket in the parents' room.

Plan: urgent GP appt today at Bute House Medical Centre (rang Dr [[Malik|name]]); Perinatal Mental Health referral; referral to
the Front Door with mother's knowledge (domestic abuse, maternal mood, overcrowding); revisit [[16/10/2026|date]].
[[S. Rashid|name]] HV
"""),
]

DOCS_D += [
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: [[Zara|name]] and [[Ayaan|name]]    Held: Saturday [[14 November 2026|date]] at the Bury Park Community Centre, [[Luton|place]]
Co-ordinator: [[Yasmin Qureshi|name]] (independent FGC co-ordinator; spoke Mirpuri and English)
Social worker: [[Amy Barton|name]]

Who came: [[Nazia|name]] (mum), [[Tariq|name]] (dad), [[Mohammed Rafiq|name]] (dada), [[Imran Hussain|name]] and [[Saima Begum|name]]
(uncle and aunty), [[Nazia|name]]'s cousin [[Rukhsana Kausar|name]] (from [[Slough|place]]), Nani [[Shamim|name]] on WhatsApp
video from [[Dadyal|place]], [[Tariq|name]]'s friend [[Asif|name]] (from the taxi rank). Mrs [[Rashid|name]] the health visitor came
for the information part only.

OUR WORRIES (in the family's words)
- [[Nazia|name]] is sad all the time since [[Zara|name]] came and she is alone in the house with too many people.
- [[Tariq|name]] pushed [[Nazia|name]] in July. He says sorry and it will not happen again.
- [[Imran|name]] shouts. [[Ayaan|name]] is scared of chacha when he shouts.

OUR PLAN
1. [[Rukhsana|name]] will stay with [[Nazia|name]] from [[16th Nov|date]] for 3 weeks (she works from home for [[Slough|place]] council).
2. [[Tariq|name]] will not work nights until [[Zara|name]] is 3 months. He will go to the Respect course with Mr [[Yousaf|name]].
3. [[Imran|name]] and [[Saima|name]] will look for their own house. [[Imran|name]] will not shout. If he does, dada [[Rafiq|name]] will
speak to him.
4. [[Nazia|name]] will take her tablets and see the perinatal team. [[Saima|name]] will mind [[Zara|name]] on Thursdays so
[[Nazia|name]] can go to the women's group at the mosque on [[Leagrave Road|address]] with [[Rukhsana|name]].
5. [[Ayaan|name]] will be walked to [[Beech Hill|school]] by dad or [[Asif|name]]'s wife [[Fozia|name]] from [[Waldeck Road|address]].
6. Nani [[Shamim|name]] will ring [[Nazia|name]] every day at 4pm ([[+92 346 581 2290|phone]]). Nani is trying to get a visa to
come in March.

Review of this plan: [[12 December 2026|date]], same place.
Signed by the family; agreed by [[A. Barton|name]] for Chiltern Lea Children's Services.
"""),
]

DOCS_D += [
    ("text messages between a father and the social worker, exported from the work phone", """Work mobile SMS export -
[[Amy Barton|name]] - contact "[[Tariq Hussain|name]] (dad Z+A)" [[07592 813 044|phone]]

[[17/11/2026|date]] 07:52 [[Tariq|name]]: salam miss [[amy|name]] its [[tariq|name]] [[zara|name]] dad. [[rukhsana|name]] came yesterday
alhamdulillah [[nazia|name]] smiled
[[17/11/2026|date]] 07:53 [[Tariq|name]]: can u come thurs not weds im on airport run weds
[[17/11/2026|date]] 09:10 [[Amy|name]]: Hi [[Tariq|name]], that's good news. Thursday [[19th|date]] at 2pm is fine. [[Amy|name]]
[[19/11/2026|date]] 13:41 [[Tariq|name]]: running late stuck on [[dunstable rd|address]] sorry 10 min
[[19/11/2026|date]] 18:20 [[Tariq|name]]: thanks for today. [[imran|name]] says he found a flat in [[round green|place]] on
[[hitchin rd|address]] 👍
[[24/11/2026|date]] 22:05 [[Tariq|name]]: miss [[amy|name]] sorry late. [[nazia|name]] went to bed crying again and my bhabi [[saima|name]]
said something to her about the baby. i told [[imran|name]]. im trying
[[25/11/2026|date]] 08:30 [[Amy|name]]: Thank you for telling me, [[Tariq|name]]. I'll ring [[Nazia|name]] with the interpreter at 11.
If you
are ever worried she is not safe call 999 or the crisis line.
[[25/11/2026|date]] 08:34 [[Tariq|name]]: ok. also my cousin from [[bradford|place]] [[shakeel|name]] wants to come stay is that ok
[[25/11/2026|date]] 09:02 [[Amy|name]]: Let's talk about that on Thursday - the house is already full. [[Amy|name]]
[[30/11/2026|date]] 16:47 [[Tariq|name]]: [[zara|name]] 4.1kg today at clinic!! [[shabana|name]] said shes doing good
[[30/11/2026|date]] 16:48 [[Tariq|name]]: [photo]
"""),
]

DOCS_D += [
    ("a grandmother's letter in Urdu, photographed on WhatsApp and translated for the file", """[Letter in Urdu, handwritten,
photographed and sent by [[Nazia Bibi|name]] on [[2/12/2026|date]]. Urdu typed from the photo;
English translation by [[Yasmin Qureshi|name]] underneath. Shared with the mother's agreement.]

پیاری بیٹی [[نازیہ|name]]
السلام علیکم۔ [[ڈڈیال|place]] سے تمہاری ماں [[شمیم|name]] کی طرف سے بہت سا پیار۔ [[زارا|name]] کی تصویر دیکھ کر دل خوش ہوا۔
[[طارق|name]] بیٹے سے کہنا کہ تمہارا خیال رکھے۔ میں مارچ میں آنے کی کوشش کر رہی ہوں۔ ماموں [[اشفاق|name]] ویزا کے کاغذات
[[میرپور|place]] لے گیا ہے۔ [[ایان|name]] کو میری طرف سے پیار دینا۔
تمہاری امی
[[شمیم اختر|name]]
گاؤں [[کھاڑک|place]]، ڈاکخانہ [[ڈڈیال|place]]، ضلع میرپور، آزاد کشمیر
فون [[+92 346 581 2290|phone]]

Translation:
My dear daughter [[Nazia|name]],
Peace be upon you. Much love from [[Dadyal|place]] from your mother [[Shamim|name]]. My heart was glad to see the picture of [[Zara|name]].
Tell [[Tariq|name]] beta to look after you. I am trying to come in March. Your uncle (mamu) [[Ashfaq|name]] has taken the visa
papers to [[Mirpur|place]]. Give my love to [[Ayaan|name]].
Your mother,
[[Shamim Akhtar|name]]
Village [[Kharak|place]], post office [[Dadyal|place]], District Mirpur, Azad Kashmir
Phone [[+92 346 581 2290|phone]]

SW note ([[A. Barton|name]]): the letter supports the family plan (Nani [[Shamim|name]]'s daily calls and visit). Second landline
given for her neighbour, [[Bashir|name]] sahib: [[+92 5827 446 318|phone]].
"""),
]


# --- E. Pratt / Cox family (white British), Beecroft, Dunstable ----------------------------------------------------------

HOME_E = d.Address("19 Hillcroft", "Beecroft", "Dunstable", "LU6 3DN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Mason", "Pratt")], dt.date(2015, 6, 2), addresses=[HOME_E], ids=["719 353 3711", "Z823114734657"],
       schools=["Beecroft Academy"]),
    _p("s", "sibling", [("Lily-Mae", "Cox")], dt.date(2020, 3, 16), addresses=[HOME_E], ids=["562 264 0857", "E823517243973"],
       schools=["Beecroft Academy"]),
    _p("m", "mother", [("Gemma", "Pratt")], dt.date(1992, 9, 9), addresses=[HOME_E], phones=["07456 227 190"],
       ids=["JK 42 81 93 C"]),
    _p("f", "father", [("Dale", "Cox")], dt.date(1989, 12, 24), addresses=[HOME_E], phones=["07909 348 216"]),
    _p("p1", "professional", [("Nadia", "Kowalczyk")], phones=["0300 300 8123"], emails=["nadia.kowalczyk@ouzeldowns.gov.uk"]),
], "c")

DOCS_E = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[PRATT, Mason|name]] ([[02/06/2015|dob]]) and
[[COX, Lily-Mae|name]] ([[16/03/2020|dob]])
Ouzel Downs Council, Children's Services. Compiled by [[Nadia Kowalczyk|name]], SW. Last updated [[04/12/2026|date]].

| Date | Event | Source |
| [[12.01.2021|date]] | Police called to [[19 Hillcroft|address]], [[Beecroft|place]], [[Dunstable|place]] [[LU6 3DN|postcode]]: verbal
argument between [[Gemma Pratt|name]] and [[Dale Cox|name]]; [[Lily-Mae|name]] (10 months) present. DASH standard. | Police |
| [[03.07.2022|date]] | [[Mason|name]] (then 7) told his teacher Mrs [[Rose Barnes|name]] at [[Beecroft Academy|school]] that
"[[Dale|name]] smashed the telly". Early Help offered, declined. | School |
| [[22.03.2024|date]] | [[Gemma|name]] attends A&E (Luton and Dunstable Hospital) with a fractured finger, says she shut it in a car
door. | Health |
| Aug 2025 | [[Dale|name]] convicted at Luton Magistrates' Court of drink driving (vehicle [[WU14 KFE|vehicle]]); 18-month ban. | Police |
| [[01.10.2026|date]] | Anonymous call from a neighbour (later named as [[Pauline
Cartwright|name]], [[no. 21|address]]) about
screaming at night. | MASH |
| [[15.11.2026|date]] | Police attend 23:40: [[Dale|name]] arrested for ABH on [[Gemma|name]] (strangulation reported). [[Mason|name]]
called 999. Children to [[Gemma|name]]'s sister [[Kerry Pratt|name]] in [[Toddington|place]] overnight. | Police BWV |
| [[16.11.2026|date]] | Strategy discussion; s47 both children. [[Dale|name]] bailed to [[Kensworth|place]] (his mother's,
[[14 Common Road|address]]), no contact. | CSC |
| [[18.11.2026|date]] | [[Gemma|name]] lets [[Dale|name]] into the house; [[Kerry|name]] reports it. Children placed with foster carers
[[Sue Harlington|name]] and [[Pete Harlington|name]] in [[Caddington|place]] under s20. | CSC |
| [[26.11.2026|date]] | ICPC: both children subject to CP plans (emotional abuse). | CSC |
| [[03.12.2026|date]] | Core group 1. | CSC |
"""),
]

DOCS_E += [
    ("police body-worn video transcript", """BEDFORDSHIRE POLICE - BODY WORN VIDEO TRANSCRIPT (extract)
Officer: PC 1147 [[Callum Reid|name]]    Device ref: BWV-1147-A    Date: [[15/11/2026|date]]    Start 23:41:06
Location: [[19 Hillcroft|address]], [[Beecroft|place]]
Transcribed by: [[Denise Lomax|name]], Case Preparation, [[20.11.2026|date]]. (inaudible) = not clear; [ ] = action.

23:41:06 PC [[REID|name]]: Police! Door's open, we're coming in. Hello?
23:41:10 CHILD (male): She's in the kitchen. He's gone out the back.
23:41:12 PC [[REID|name]]: What's your name mate?
23:41:13 CHILD: [[Mason|name]]. I rang you.
23:41:15 PC [[REID|name]]: Well done [[Mason|name]]. Who's gone out the back?
23:41:17 CHILD: [[Dale|name]]. My sister's dad. He had mum up the wall by her neck.
23:41:25 [PC [[Reid|name]] enters kitchen. Female seated on floor, holding throat.]
23:41:27 PC [[REID|name]]: Hiya love, I'm [[Callum|name]]. What's your name?
23:41:29 FEMALE: [[Gemma|name]]. [[Gemma Pratt|name]]. I'm fine, I'm fine, don't take him.
23:41:40 PC [[REID|name]]: Ambulance on its way. Date of birth for me?
23:41:43 FEMALE: Ninth of the ninth, ninety-two.
23:42:01 PC [[OKONJO|name]] (radio): Male detained in the alleyway off [[Hillcroft|address]], by the garages on [[Tring Road|address]].
23:42:20 CHILD (female, young, crying): Mummy. Mummy. (inaudible) [[Mason|name]]...
23:42:22 CHILD (male): It's ok [[Lil|name]], come here. She's [[Lily-Mae|name]], she's six.
23:43:10 FEMALE: Ring my sister [[Kerry|name]], she's in [[Toddington|place]], her number's oh seven, I don't know it, it's in my phone
under [[Kez|name]].
23:44:02 PC [[REID|name]]: [[Mason|name]], has anything like this happened before?
23:44:05 CHILD: Loads. At my nan's in [[Kensworth|place]] once. And when he done the telly.
23:45:30 [Paramedics arrive; [[Gemma|name]] gives NI number for the PRF as [[JK 42 81 93 C|ni]]]
23:47:00 PC [[REID|name]]: [[Kerry|name]]? It's PC [[Reid|name]], [[Dunstable|place]] police. Your sister's ok...
End of extract 23:48:12.
"""),
    ("core group meeting minutes", """CORE GROUP MEETING 1 - MINUTES
Children: [[Mason Pratt|name]] and [[Lily-Mae Cox|name]]    Date: [[3rd December 2026|date]], 15:45, [[Beecroft Academy|school]]
Chair / minutes: [[Nadia Kowalczyk|name]] (SW, [[0300 300 8123|phone]], [[nadia.kowalczyk@ouzeldowns.gov.uk|email]])

Present: [[Gemma Pratt|name]]; [[Kerry Pratt|name]] (aunt); [[Sue Harlington|name]] (foster carer); [[Hollie Dean|name]] (Family
Support Worker); Mrs [[Barnes|name]] (Yr 6 teacher); [[Amanda Chen|name]] (DSL, [[Beecroft|school]]); [[Tom Whiteley|name]] (IDVA,
Signpost to Safety). Apologies: [[Dale Cox|name]] (not invited - bail conditions; SW will meet him separately).

1. How are the children?
[[Sue|name]]: [[Mason|name]] has settled but checks the doors at night. [[Lily-Mae|name]] wets the bed and asks for "[[Mase|name]]" if he is
not in sight. They see mum at the contact centre in [[Houghton Regis|place]] on Tues and Fri.
School: [[Mason|name]]'s attendance since the move 100% (the taxi from [[Caddington|place]] works). He has been angry at break, hit a
boy called [[Harrison|name]] on [[1/12|date]]. [[Lily-Mae|name]] is "sticking to her teacher Miss [[Hope|name]] like glue".

2. Mum
[[Gemma|name]] has started with [[Tom|name]] (IDVA) and will go to the Freedom Programme in [[Dunstable|place]] from
[[13 January 2027|date]].
She has applied for a non-molestation order against [[Dale|name]]. She is staying at [[Kerry|name]]'s ([[3 Conger Lane|address]],
[[Toddington|place]], [[LU5 6BT|postcode]]) until the locks at [[Hillcroft|address]] are changed.

3. Plan
Children to return home when the locks are changed and the order is made, with [[Kerry|name]] staying the first fortnight.
Next core group: Thursday [[7 January 2027|date]]. Review CP conference: [[18 February 2027|date]].
"""),
]

DOCS_E += [
    ("foster carer's daily log typed on her phone into the fostering app", """FosterLog - daily record - carer: [[Sue Harlington|name]]
- placement: M P + L-M C
(typed on phone, not edited)

Fri [[20/11|date]] 21:10
Both in bed by 8.30. [[mason|name]] ate 2 plates of spag bol. [[lily-mae|name]] asked where mummy is 6 times. told her mummy is safe at
aunty
[[kerry|name]]s. [[Pete|name]] read the gruffalo. L-M wet the bed at 2am, changed, back to sleep w/o fuss.

Sat [[21/11|date]] 18:45
Took them to Dunstable Downs to fly the kite. [[Mason|name]] said "[[Dale|name]] used to bring us here" and went quiet. Later at tea
he said [[Dale|name]] "puts his hands on mum's neck when she's lippy". Recorded his words, told [[Nadia|name]] by text 19:02.

Sun [[22/11|date]] 20:30
Phone call w mum 5-5.20 on speaker. [[Gemma|name]] was crying. She said "[[Dale|name]] says hi". I ended call as agreed in
contact plan. [[Mason|name]] kicked the door. Emailed [[Nadia|name]].

Tue [[24/11/26|date]] 19:15
contact at [[houghton regis|place]] went ok. [[lily-mae|name]] came back with a new dolly from mum. [[mason|name]] says a man from
[[kensworth|place]] in a white van was parked outside the contact centre, he thinks it was [[dale|name]]s mate [[Gaz|name]]. reg
[[WK62 XRF|vehicle]] he thinks. told [[nadia|name]] + emergency duty.

Wed [[25/11|date]] 22:40
[[Kerry|name]] (aunt) rang me on [[07852 916 027|phone]] to say [[Gemma|name]] let [[Dale|name]] in again Mon. I said she must tell
[[Nadia|name]].
[[Mase|name]] had a good day, got star of the week at [[Beecroft|school]]!! [[Lily|name]] made a card for mummy with a rainbow.

Thu [[26/11|date]] 23:05
[[Pete|name]] did the school run. Conference today - [[Nadia|name]] rang after, both on CP plans. Told the kids it means
more people helping mummy. [[Mason|name]] asked if he can still go to Beavers/Cubs at St Fremund's on Saturday. Yes.
"""),
]


# --- F. Campbell / Wray family (mixed white and Black Caribbean), Stopsley, Luton ---------------------------------------------

HOME_F = d.Address("5 Ashcroft Road", "Stopsley", "Luton", "LU2 9AU")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kai", "Campbell")], dt.date(2011, 1, 14), addresses=[HOME_F], ids=["678 878 0196", "K821744856087"],
       schools=["Stopsley High School"]),
    _p("s", "sibling", [("Maisie", "Wray")], dt.date(2017, 7, 7), addresses=[HOME_F], ids=["440 759 3768"]),
    _p("m", "mother", [("Donna", "Wray")], dt.date(1987, 5, 3), addresses=[HOME_F], phones=["07766 504 183"]),
    _p("f", "father", [("Marcus", "Campbell")], dt.date(1985, 10, 21), phones=["+1 876 552 1843"]),
    _p("p1", "professional", [("Josh", "Penfold")], phones=["01582 552 019"], emails=["josh.penfold@chilternlea.gov.uk"]),
], "c")

DOCS_F = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - Missing from home
Young person: [[Kai CAMPBELL|name]]    DOB: [[14.01.2011|dob]]    UPN: [[K821744856087|upn]]
Address: [[5 Ashcroft Road|address]], [[Stopsley|place]], [[Luton|place]] [[LU2 9AU|postcode]]
Missing: from approx 16:00 Sat [[21 Nov 2026|date]] to 11:20 Mon [[23 Nov 2026|date]] (found by police at [[Milton Keynes|place]]
Central station)
Interview: [[25 November 2026|date]], 16:30, McDonald's on [[Hitchin Road|address]] then a walk. Interviewer: [[Josh Penfold|name]],
Missing and
Exploitation Worker.

[[Kai|name]]'s account (his words where in quotes)
He said he went to "a mate's" in [[Wigmore|place]] on Saturday and then "got a lift" to [[Bletchley|place]] with two older boys he
would only call "T" and "[[Skeng|name]]". He stayed in a flat "above a chicken shop" and said he "just chilled". He had a new
phone (an old Nokia) and £60 in cash when found, and a cut on his hand he said was from a bottle.
He said he owes "[[Rico|name]]" £400 because a "bag got taken" off him in [[Bedford|place]] last month. "[[Rico|name]]" is the name
in his phone for a number starting 07; he would not show it.
He spoke warmly about his nan, [[Beverley Campbell|name]] ("Nanny [[Bev|name]]") in [[High Town|place]], and his little sister
[[Maisie|name]]. He wants to live with his dad [[Marcus|name]] in [[Spanish Town|place]], Jamaica, "away from all this".

Push and pull factors
Push: rows with mum's partner [[Wesley|name]]; excluded from [[Stopsley High|school]] for 5 days on [[13/11|date]].
Pull: money, status, the debt to "[[Rico|name]]".

Information to share
"[[Skeng|name]]" and "T" passed to police intelligence (PC [[Aisha Mahmood|name]], Missing Person Unit). NRM referral to
be considered. Mum ([[Donna Wray|name]], [[07766 504 183|phone]]) to be told of the debt today.
"""),
]

DOCS_F += [
    ("youth offending team report to a referral order panel", """LUTON YOUTH JUSTICE SERVICE - REPORT TO THE REFERRAL ORDER PANEL
(INITIAL PANEL)
Name: [[CAMPBELL, Kai Marcus|name]]    DOB: [[14/01/2011|dob]]    Age: 15
Offence: possession of a bladed article (kitchen knife) at Wardown Park, [[12 October 2026|date]]
Court: Luton Youth Court, [[19.11.2026|date]]; 6-month referral order.
Panel date: [[10 December 2026|date]], Youth Justice office, [[Luton|place]]. Case manager: [[Femi Adebayo|name]]
Community panel members: [[Gill Stanbridge|name]] and [[Raj Kapoor|name]]

Background
[[Kai|name]] lives with his mother [[Donna Wray|name]], his sister [[Maisie|name]] (9) and, some of the time, mum's partner
[[Wesley Grant|name]]. His father, [[Marcus Campbell|name]], was deported to Jamaica in 2019 and lives in [[Spanish Town|place]]
([[+1 876 552 1843|phone]]); they speak on WhatsApp most weeks. His paternal grandmother, Mrs [[Beverley Campbell|name]], lives at
[[22 Cromwell
Road|address]], [[High Town|place]] and is a strong support.

[[Kai|name]] was found with the knife by PCSO [[Daniel Ashworth|name]] near the bandstand. He said he carried it because "lads from
[[Marsh Farm|place]]" had chased him and taken his bag. He is subject to a child in need plan (Children's Services, SW [[Nina Hale|name]])
and has been assessed as at high risk of criminal exploitation (county lines to [[Milton Keynes|place]] and [[Bedford|place]]).

Education: [[Stopsley High School|school]], Year 11; attendance 71%; two fixed-term exclusions this term; a place is being
considered at the [[Avenue Centre|school]] PRU. He likes music production and boxing at [[Leagrave|place]] boxing club with coach
[[Andy Brooks|name]].

Proposed contract: reparation with the Luton Food Bank (warehouse volunteers' shift, Saturdays); knife crime
session with the St Giles Trust; weekly sessions with [[Femi|name]]; music mentoring at the Hat Factory with [[Jerome|name]].
[[F. Adebayo|name]], Youth Justice Officer
"""),
]

DOCS_F += [
    ("Instagram direct messages from a police download of a boy's phone", """BEDFORDSHIRE POLICE - DIGITAL MEDIA INVESTIGATION -
EXTRACT (Instagram DMs)
Device: Samsung A15 belonging to [[Kai Campbell|name]], seized [[23/11/2026|date]]. Extract by [[Owen Pryce|name]] (DMI),
[[27/11/2026|date]].
Account holder: kaicxx_ (display name "[[Kai|name]]"). Other party: r1co_lu2 (display name "[[Rico|name]]"). Times UTC.

[[20/11/2026|date]] 19:02 [[Rico|name]]: u still owe me bro
[[20/11/2026|date]] 19:03 [[Kai|name]]: i told u man it got robbed in [[bedford|place]] not my fault
[[20/11/2026|date]] 19:05 [[Rico|name]]: not my problem. 4 bags. u can work it off
[[20/11/2026|date]] 19:06 [[Rico|name]]: [[skeng|name]] will grab u sat from the park by [[st thomas rd|address]]
[[20/11/2026|date]] 19:30 [[Kai|name]]: i cant sat its my sisters birthday
[[20/11/2026|date]] 19:31 [[Rico|name]]: lol. tell [[maisie|name]] happy bday. i know where [[ashcroft|address]] is
[[21/11/2026|date]] 15:48 [[Kai|name]]: ok. where
[[21/11/2026|date]] 15:49 [[Rico|name]]: [[vauxhall way|address]] by the garage 4pm. dont bring ur phone bring the brick
[[23/11/2026|date]] 09:14 [[Kai|name]]: [[mk|place]] is dead im coming home
[[23/11/2026|date]] 09:15 [[Rico|name]]: u come home when i say

Messages with account "donnaw_87" (display name "[[Donna Wray|name]]", his mother):
[[22/11/2026|date]] 01:12 [[Donna Wray|name]]: [[Kai|name]] please just tell me ur safe. [[Maisie|name]] cried all night. ur nan is here
[[22/11/2026|date]] 01:13 [[Donna Wray|name]]: [[Wes|name]] is gone i promise. come home baby
[[22/11/2026|date]] 18:20 [[Donna Wray|name]]: ive rung the police and [[Nina|name]]. ring me [[07766504183|phone]]

Messages with account "marcus.c.ja" (display name "[[Marcus Campbell|name]]", his father):
[[22/11/2026|date]] 14:00 [[Marcus Campbell|name]]: son where yuh deh? yuh madda a call mi from [[Luton|place]] crying
[[22/11/2026|date]] 14:02 [[Marcus Campbell|name]]: call mi pon dis [[+1 876 927 4410|phone]] mi deh a mi work inna [[Portmore|place]]

Officer's note: "[[mk|place]]" is taken to mean [[Milton Keynes|place]]; "the brick" an old-style phone; "[[bedford|place]]" as written.
"""),
]

DOCS_F += [
    ("scanned housing transfer application form with a social worker's support letter", """[Scanned PDF, 4 pages; handwriting in
capitals typed as written. Page 2 of the form not scanned.]

CHILTERN LEA HOMES - APPLICATION FOR A MANAGEMENT TRANSFER (MT1)
1. MAIN APPLICANT
Title: MS   Surname: [[WRAY|name]]   First names: [[DONNA LOUISE|name]]
Date of birth: [[03 / 05 / 1987|dob]]   NI no: [[NR 73 40 18 D|ni]]
Current address: [[5 ASHCROFT ROAD|address]], [[STOPSLEY|place]], [[LUTON|place]]   Postcode: [[LU2 9AU|postcode]]
Tel: [[07766 504 183|phone]]   Email: [[donnawray87@hotmail.co.uk|email]]
3. HOUSEHOLD
[[KAI CAMPBELL|name]] - son - [[14/1/2011|dob]]
[[MAISIE WRAY|name]] - daughter - [[7/7/2017|dob]]
4. REASON FOR TRANSFER (tick) [X] Risk of violence / exploitation [ ] Medical [ ] Overcrowding
Please explain: MY SON IS BEING THREATENED BY A GANG. THEY KNOW OUR ADDRESS AND CAME TO THE DOOR ON [[24 NOV|date]].
A BOY CALLED [[RICO|name]] AND ANOTHER ONE. MY NEIGHBOUR MRS [[KHAN|name]] AT [[NUMBER 7|address]] SAW THEM.
I WOULD LIKE TO MOVE OUT OF [[LUTON|place]]. MY SISTER [[CHARLENE|name]] IS IN [[LEIGHTON BUZZARD|place]]
(OR [[BIGGLES-
WADE|place]]) AND MY MUM IS IN [[HIGH TOWN|place]] BUT THAT IS TOO CLOSE.
5. AREAS WANTED: [[Leighton Buzzard|place]], [[Ampthill|place]], [[Flitwick|place]]. NOT [[Marsh Farm|place]] OR [[Lewsey|place]].
Signed [[D Wray|name]]   Date [[30/11/26|date]]

--- attached letter ---
Children's Services, Chiltern Lea Borough Council
[[1 December 2026|date]]
Dear Housing Needs Team,
Re: [[Donna Wray|name]], [[5 Ashcroft Road|address]], [[LU2 9AU|postcode]] - support for management transfer
I am the social worker for [[Kai Campbell|name]] (15) and [[Maisie Wray|name]] (9). [[Kai|name]] is assessed as at high risk of
child criminal exploitation, and on [[24 November|date]] two young men came to the family's door looking for him. Police
(PC [[Aisha Mahmood|name]], ref 40/88121/26) support a move out of [[Luton|place]]. I support Ms [[Wray|name]]'s application and
ask that it is treated as urgent. [[Maisie|name]] would need a school place near [[Leighton Buzzard|place]]; her current school is
[[Someries Junior|school]].
Yours sincerely,
[[Nina Hale|name]], Social Worker, [[01582 552 019|phone]], [[nina.hale@chilternlea.gov.uk|email]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 145 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:26 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "mme", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "cllr", "nurse", "sister", "coach",
           "pastor", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "tantie", "tantine", "papa", "maman", "dadi", "nani", "dada", "chacha",
           "bhabi", "mamu", "azo", "ani", "ماموں", "امی"}
_AFTER = {"uncle", "aunty", "mum", "ani", "beta", "sahib", "bhai", "ji", "senior", "junior"}
_NOT_PLACES = {"england", "britain", "uk", "bedfordshire", "beds", "hertfordshire", "côte d'ivoire", "ivory coast", "nagaland",
               "india", "pakistan", "azad kashmir", "district mirpur", "jamaica", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker, then this set's
# titles and kinship words (before and after a name) and counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
