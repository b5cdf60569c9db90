"""Set 57: a held-out hand-written set for the redaction detector, six more invented families in East Lancashire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the
`Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set54.py, redaction_set55.py and redaction_set56.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here;
the middle of set 21's documents was not read), the docstrings only of bench/redaction_set7.py to bench/redaction_set53.py
(printed with ast.get_docstring and searched for town, district and community names, to see which were used as a family's home;
no set's body was opened or searched), bench/redaction_handwritten.py (its helpers and first three records), and set 15's problems()
only by running it through HandSet. Phone numbers were checked with the phonenumbers library, and NHS numbers and UPNs made and
checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families in East Lancashire, each from a town, district or village no earlier set (7 to 53) used as a family's home. Four
white British families: the Whittaker / Holt family on Guy Street in Padiham, with a grandmother in Hapton (neglect of a girl of
2, burns from a vape, a boy of 10 minding her, a mother's low mood after a miscarriage, a partner's brother dossing in the back
bedroom); the Hartley / Ingham family in Waterside, Colne, with a father in Nelson and a mother's partner from Trawden (non-fatal
strangulation, a girl of 13 who rang 999, a Clare's Law disclosure, the partner at the door at night); the Moorhouse family in
Low Moor, Clitheroe, with a grandmother in Chatburn (a boy of 15 in county lines from Blackburn to Preston, Kendal and
Lancaster, a stab wound, taxis booked for him in a false name); and the Dewhurst family in Barnoldswick ("Barlick"), with
grandparents in Earby (an autistic boy of 13 with epilepsy who now hits out, a sister of 9, short breaks, parents at the end of
their strength). Two from communities no earlier set used: an Algerian (Kabyle and Arabic-speaking) family in Woodnook,
Accrington, with a father in Bolton and a grandmother in Oran (Benali / Haddad; domestic abuse, passports held by the father,
threats to take the children to Algeria, a boy of 12 who stands between his parents), and a Macedonian family in Haslingden
with a grandmother in Bitola and an uncle in Skopje (Stojanovski / Stojanovska; a girl of 15 who is a young carer for a mother
with multiple sclerosis, a father's drinking, school attendance). 24 documents, about half plain professional recording (a
health visiting contact record, initial child protection conference minutes, a multi-agency referral form from an adult
college's ESOL tutor, a single assessment extract, a police domestic abuse PPN, a Clare's Law disclosure letter, an NRM
referral, a return home interview, a chronology, an early help assessment, a school attendance letter, child in need review
minutes, a hospital paediatric discharge summary) and the rest other kinds of writing, of types no earlier set used where
possible: a neighbour's handwritten note scanned with OCR (with its misreadings: "l6", "Bai1ey", "Whal1ey"), a Messenger
chat between a mother and grandmother, a mother's own letter in French with its translation (signed in Arabic script),
WhatsApp voice notes transcribed and translated from Darija, an IDVA intake form filled in by the client in capitals, a video
doorbell audio transcript, a taxi firm's account booking log, a Viber family chat in Macedonian (Cyrillic) and English, a
young carers' online self-referral form typed in lower case, a home-school communication book, and a mother's notes-app notes
forwarded by email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Algeria, France, North Macedonia); NHS numbers and UPNs (Lancashire's LA number, 888)
pass their check digits; NI numbers have a valid format. The council (Brun Valley) and its partnership are invented, and so are
the schools (Calder Brook Primary, Hyndburn Fields Academy, Woodnook Brook Primary, Alder Brook Infant, Ribble Edge High, Grane
Valley High, Haslingden Hill Primary, Brookfield House, Valley Lane Primary), the nursery (Little Acorns), the short-break
unit (Primrose House), the taxi firm (Castle Cars), the letting agent (Bridge Lettings), the interpreting agency (LinguaNorth),
the domestic abuse service and the GP practices; towns, districts, villages, real colleges (Accrington and Rossendale College,
Nelson and Colne College), hospitals, police forces, prisons, courts, shops, pubs, brands, apps, festivals and laws are real and
stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
DS, Sgt, Nana, Grandad, Mamie, Madame, ammi, Baba, Mama, Tato, Баба, Вујко, Тато, Мама) stay outside the name span, and so
do a possessive 's and a bare s in capitals or texting ("[[ALFIE]]S DAD", "[[Ryan]]s brother"); chat senders shown by a kinship
word ("Тато", "Мама") are not names, while a sender shown by a first name ("Sandra") is; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("HOLT, Kacie-Leigh", "BENALI, Nassima", "ASHWORTH, Callum", "HARTLEY, Gemma
Louise"); an initial with a surname is one span ("M. Whal1ey", "G. Stojanovski"); initials alone ("kk", "J.T.", "H") are not marked, but a
surname with an initial after it is one span ("JACKSON M"); a name, address, place, school or date broken by a line
break is one span holding the break. A street address is one span, its town a place, its postcode a postcode (also run
together, "BB45HQ", or in lower case); a street named without a number and a neighbour's bare house number ("no. 24", "number
39", OCR'd "Number l6") are addresses, and so are addresses abroad in any script ("Cité Seddikia, Bloc 14 n° 6", "ул.
Партизанска бр. 12"); a foreign postcode that looks like a number ("31000", "7000") is a postcode; towns, villages, districts
and estates are places at home or abroad and in any script ("Church", "Read", "Waterside", "Woodnook", "Seddikia", "Битола",
"Скопје", "Бери"); countries, counties, regions and borough or district council areas are not ("Algeria", "macedonia",
"SPAIN", "Lancashire", "Rossendale", "Pendle", "Hyndburn", "Ribble Valley"); organisations are not marked even when they hold a
town's name ("Padiham Medical Centre", "Royal Blackburn", "Airedale", "Barlick Medical Centre", "Burnley Magistrates' Court",
"Accrington Police Station", "Castle Cars", "Haslingden St Mary's"), but a service or team named by its town in lower-case
words marks the town ("[[Padiham]] and [[Hapton]] team", "[[Burnley]] CSU", "Rossendale hub ([[Rawtenstall]])"); a school's
or college's name and short form is a school ("Calder Brook", "hill primary", "grane valley", "ARC", "Nelson and Colne
College"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and a bare
day in a range ("[[20]] to [[22 October]]") or a diary line ("the [[16th]]") is a date; months and years alone, times and
clock ranges ("up at 3 - 4.30") are not marked; helplines and service numbers are not; pets' names (Tyson, Bella, MAX) are not
names; a firm named after people marks only the names ("[[Saleem]] & Partners"); parks, woods, bridges, stations, pubs, roads
by number and landmarks stay unmarked (Brungerley, Mitchell's Wood, Blackburn Rail Stn, Lancaster Stn, the Crown, Towneley
Arms, the Interchange, a6068, Burnley Town Hall, Burnley Mechanics); a surname or first name that is also an English word or a
town is marked by what it refers to (Whalley, Read, Colne, Nelson, Lord, Brook, Hope, Summer, Rose and Jordan are names when they
are people, and Read, Church, Waterside, Whalley Range and Nelson are places when they are places); a name in another script
is a name (Arabic "نسيمة", "لينا",
"يانيس"; Cyrillic "Марија", "Верица", "Драган", "Горан"), and so is a short or pet form in any script ("Маре", "Mare", "maz",
"Ozzy", "oz", "pops", "hayls", "Tills", "Lew", "Gem", "Jacko", "Zizou", "Bay", "jaybird").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an OCR misreading of a
name or address ("Bai1ey", "M. Whal1ey", "Number l6") is still the name or address; a false name a taxi account was opened in
("JACKSON M", "M JACKSON") and the name "Kai" a boy gave the drivers are names, like an alias; a false billing address given to a firm
("14 Pendle View", with its postcode) is still an address and postcode, since it may be real for someone; a partial phone
number ("ending 7741") is not a phone; a street gang's line name ("ACE") and a Viber group's title ("Семејство", "Family") are
not names; the local short form of a town ("Barlick" for Barnoldswick) is a place, but not inside a practice's name; a
neighbour whose surname is a town ("Mr Dennis Colne") is a name; the Eid festival ("l'Aïd") is not a name; "Baba", "Mama",
"Mamie", "ammi", "wlidi" are kinship words; a police reference, a PPN or DVDS reference, a job number, a hospital number, an
account number, a collar number and an interpreter's booking reference are not marked; a road number ("a6068") is not an
address.

Self-check without the detector: `python -m bench.redaction_set57` (and tests/test_redaction_set57.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, districts,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,010 gold spans, 543 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Whittaker / Holt family (white British), Padiham, with a grandmother in Hapton --------------------------------------

HOME_A = d.Address("14 Guy Street", "", "Padiham", "BB12 8PX")
NAN_A = d.Address("6 Station Road", "Hapton", "Burnley", "BB12 7LF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kacie-Leigh", "Holt")], dt.date(2024, 6, 14), addresses=[HOME_A], ids=["466 028 9567"]),
    _p("s", "sibling", [("Bailey", "Whittaker")], dt.date(2016, 2, 9), addresses=[HOME_A],
       ids=["619 784 9291", "H888227116353"], schools=["Calder Brook Primary School"]),
    _p("m", "mother", [("Jade", "Whittaker")], dt.date(1997, 10, 2), addresses=[HOME_A], phones=["07864 219 305"],
       ids=["226 829 6822", "JT 62 18 40 B"]),
    _p("f", "father", [("Ryan", "Holt")], dt.date(1995, 4, 21), addresses=[HOME_A], phones=["07931 552 806"]),
    _p("g", "grandparent", [("Sandra", "Whittaker")], dt.date(1971, 8, 30), addresses=[NAN_A], phones=["07719 406 228"]),
    _p("p1", "professional", [("Leanne", "Duckworth")], phones=["01282 771 934"],
       emails=["leanne.duckworth@brunvalley.gov.uk"]),
    _p("p2", "professional", [("Claire", "Pickup")], emails=["claire.pickup@nhs.net"]),
], "c")

DOCS_A = [
    ("health visiting contact record", """HEALTH VISITING SERVICE - CONTACT RECORD (copied from the electronic record for the conference)
Client: [[HOLT, Kacie-Leigh|name]]   DOB: [[14.06.2024|dob]]   NHS: [[466 028 9567|nhs]]
Address: [[14 Guy Street|address]], [[Padiham|place]], [[BB12 8PX|postcode]]
Contact: unannounced home visit, Thursday [[8 October 2026|date]], 10:15-11:05
Practitioner: [[Claire Pickup|name]], Specialist Community Public Health Nurse ([[Padiham|place]] and [[Hapton|place]] team)

Present: mother [[Jade Whittaker|name]]; [[Kacie-Leigh|name]] (27 months); maternal grandmother [[Sandra|name]] arrived 10:40.
Not present: father [[Ryan Holt|name]] ("at work, on the vans"); [[Bailey|name]] (10) at school at [[Calder Brook|school]].

Visit arranged after two missed 2-year reviews ([[2 July|date]] and [[20 August|date]]) and a call from the nursery.
Front door opened by [[Kacie-Leigh|name]] herself, who was in a nappy heavy with urine and a vest, no shoes. Smell of dog
and cigarettes in the hall. Two Staffies (Tyson and Bella) shut in the kitchen. Mum was in bed upstairs; she came down
after about four minutes and said she had "a migraine since Tuesday".

Observations: [[Kacie|name]] says about 10 single words ("[[Bay|name]]" for [[Bailey|name]], "nana", "dog", "no"). Weight 10.9 kg,
dropped from
the 50th to the 9th centile since her 1-year review. Nappy rash severe, broken skin. Two small circular marks on the back of her
left hand, about 5 mm across; mum said "she grabbed his vape" and that [[Ryan|name]] was "gutted". Discussed with my lead,
[[Nadia Akhtar|name]], by phone at 11:20: referral to the front door made the same day.

Home: little food in the cupboards; the gas meter on emergency credit. Mum says [[Ryan|name]]'s brother [[Connor Holt|name]] and his
girlfriend [[Summer|name]] have been "dossing in the back bedroom" since August. Neighbour at [[no. 16|address]], Mrs [[Whalley|name]],
has complained to the landlord (Calico Homes) about the dogs. Mum was tearful and said she has stopped taking her sertraline.

Nan [[Sandra Whittaker|name]] (lives at [[6 Station Road|address]], [[Hapton|place]], [[07719 406 228|phone]]) said she has [[Kacie|name]]
two nights a week and that "[[Jade|name]] hasn't been right since she lost the baby in May". She said she would take [[Kacie|name]]
to Padiham Medical Centre for the hand to be seen.

Plan: GP appointment booked for Friday [[9/10|date]]; referral to Children's Social Care ([[Leanne Duckworth|name]], duty
[[01282 771 934|phone]]); nursery place at Little Acorns to be chased; perinatal mental health team to be told; revisit [[15
October|date]]. Signed [[C. Pickup|name]] [[08/10/2026|date]] 13:02
"""),
    ("initial child protection conference minutes", """BRUN VALLEY SAFEGUARDING CHILDREN PARTNERSHIP
INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Kacie-Leigh Holt|name]] (dob [[14/06/2024|dob]]) and [[Bailey Whittaker|name]] (dob [[09/02/2016|dob]], UPN
[[H888227116353|upn]])
Date: [[3rd November 2026|date]], Burnley Town Hall, Room 4 and on Teams
Chair: [[Gillian Sagar|name]] (Independent Reviewing and Child Protection Chair)   Minutes: [[Dale Crabtree|name]]

Present: [[Jade Whittaker|name]] (mother); [[Ryan Holt|name]] (father of [[Kacie-Leigh|name]]); [[Sandra Whittaker|name]] (maternal
grandmother,
for part); [[Leanne Duckworth|name]] (social worker); [[Claire Pickup|name]] (health visitor); Mrs [[Tracy Read|name]] (DSL,
[[Calder Brook Primary School|school]]); PC [[Asif Hussain|name]] (Lancashire Constabulary, [[Burnley|place]]
CSU); [[Hope Pilling|name]] (Little Acorns Nursery manager, by Teams).
Apologies: Dr [[Fiona Mather|name]] (GP, Padiham Medical Centre) - report submitted.
Not invited: [[Bailey|name]]'s father, [[Jordan Nelson|name]], whose whereabouts are unknown (last known in [[Blackpool|place]]).

1. Reasons for the conference. The health visitor's visit on [[8 October|date]]; two circular marks on [[Kacie-Leigh|name]]'s hand that
the paediatrician, Dr [[Okafor|name]] at the Royal Blackburn, on [[12 October|date]], thought "consistent with cigarette or vape burns
and not with an accident as described"; weight loss; home conditions.

2. School. Mrs [[Read|name]] said [[Bailey|name]] has been late 31 times this term, comes in hungry and has told his teacher
Mr [[Barnes|name]] that he "does the baby's bottles". He was seen on [[23 October|date]] walking [[Kacie|name]] in her pushchair
along the canal towpath at 8 pm with no adult. He wants to live at nana's in [[Hapton|place]].

3. Father. Mr [[Holt|name]] said the marks came from his vape and he "wasn't thinking". Police said he was cautioned in 2023 for an
assault on his brother [[Connor|name]]. He drives a white Transit, [[PK19 XHD|vehicle]], for a parcel firm in [[Altham|place]].

4. Family's view. [[Jade|name]] said she "lets everyone down" and asked for help with her mood; she has now seen Dr [[Mather|name]] and
restarted medication. [[Sandra|name]] offered to have both children to stay from Sunday to Wednesday.

Decision: both children subject to a child protection plan under the category of NEGLECT; [[Kacie-Leigh|name]] also PHYSICAL
ABUSE. Key worker: [[Leanne Duckworth|name]]. First core group [[17.11.2026|date]] at [[Sandra|name]]'s house; review conference
[[2 February 2027|date]].
Chair's signature: [[G. Sagar|name]]

Distribution: [[Jade Whittaker|name]]; [[Ryan Holt|name]] ([[07931 552 806|phone]]); [[Sandra Whittaker|name]];
[[leanne.duckworth@brunvalley.gov.uk|email]];
[[claire.pickup@nhs.net|email]]; Mrs [[Read|name]]; PC [[Hussain|name]]; [[Hope Pilling|name]]; Dr [[Mather|name]].
For health: [[Kacie-Leigh|name]] NHS [[466 028 9567|nhs]]; [[Bailey|name]] NHS [[619 784 9291|nhs]]. Mother's NI number (for the
benefits check agreed at item 4): [[JT 62 18 40 B|ni]]. Core group members to meet at [[Sandra|name]]'s, [[6 Station Road|address]],
[[Hapton|place]], [[BB12 7LF|postcode]].
"""),
    ("neighbour's handwritten note, scanned with OCR", """[Scanned 06/11/2026 by Brun Valley Council post room. OCR text below, not
checked. Original on file.]

To the Social Services

I am the lady at [[Number l6|address]] [[Guy St|address]] ( Mrs [[Whalley|name]] ) i dont want no trouble but I
have to say some thing. The little girl [[Kacie|name]] was out in the back yard on Tues [[3rd|date]] NOV at 7 o clock at
night in just a t shirt crying at the gate, it was pouring. I knocked and [[Ryan|name]]s brother ([[Connor|name]]) shouted
"mind your own". The big lad [[Bai1ey|name]] come home at half 8 from the chippy on his own with his sister in the
pram, there was noone in.

There are people coming and going till 2 and 3 in the morning and a lot of cars, a silver Golf [[YJ17 0WR|vehicle]] every
night. My son [[Gary|name]] who lives over in [[Read|place]] says it is drugs but I dont know that for sure.

I have lived on this street 41 year and I knew [[Jade|name]]s mum when she was at school at [[St Leonards|school]]. [[Sandra|name]] is a
good
woman, she will have them. Please dont tell them it was me as I am 79 and on my own. My phone is [[01282 425 911|phone]]
if you want it but I go to my daughters in [[Sabden|place]] on a Wensday.

Yours faithfully
[[M. Whal1ey|name]] ([[Margaret|name]])
[[16 Guy Street|address]]
[[Padiham|place]]
"""),
    ("Messenger chat between a mother and grandmother, typed up", """Facebook Messenger conversation, typed up from photos of
[[Sandra Whittaker|name]]'s phone which she showed the social worker
on [[20/11/2026|date]] and agreed could go on file. Spelling as in the original. [SW note: "kk" is [[Kacie-Leigh|name]] and
"[[jaybird|name]]" is [[Jade|name]].]

[[Sandra Whittaker|name]] · [[Jade Whittaker|name]]
[[14 NOV|date]] AT 21:04
[[Jade|name]]: mum can u have kk tmrw [[ryan|name]] on earlies and im in bits
[[Sandra|name]]: course i can love. bring her bottles and her blanky. is [[bailey|name]] coming
[[Jade|name]]: he wants to stop at urs for good he said. he hates me
[[Sandra|name]]: he dont hate u [[jaybird|name]] hes 10. hes frightened. hows ur meds
[[Jade|name]]: took them. [[leanne|name]] coming mon. shes ok actually
[[15 NOV|date]] AT 08:12
[[Sandra|name]]: on my way. [[connor|name]] still there?
[[Jade|name]]: no [[ryan|name]] kicked him out weds. hes at his mates in [[burnley wood|place]]
[[Sandra|name]]: good. and that [[summer|name]] ?
[[Jade|name]]: gone with him thank god
[[16 NOV|date]] AT 19:40
[[Jade|name]]: can u get [[bay|name]] from [[calder brook|school]] tmrw im at the doctors at 3
[[Sandra|name]]: ill be at the gate. ill take him swimming in [[padiham|place]] after
[[Jade|name]]: love u
[[Sandra|name]]: love u more. were going to get through this [[jade whittaker|name]] whether u like it or not x
[[18 NOV|date]] AT 22:51
[[Jade|name]]: mum [[ryan|name]] said if i tell [[leanne|name]] about the vape again hes off. what do i do
[[Sandra|name]]: u tell her the truth. u ring her now or i will. her number is [[01282 771934|phone]]
[[Jade|name]]: i know it mum
"""),
]


# --- B. Benali / Haddad family (Algerian, Arabic, Darija and French), Woodnook, Accrington, with a grandmother in Oran ------

HOME_B = d.Address("41 Avenue Parade", "Woodnook", "Accrington", "BB5 6PL")
DAD_B = d.Address("Flat 7, 33 Deane Road", "", "Bolton", "BL3 5AE")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Yanis", "Haddad")], dt.date(2014, 7, 22), addresses=[HOME_B], ids=["636 707 7065", "U888236119676"],
       schools=["Hyndburn Fields Academy"]),
    _p("s", "sibling", [("Lina", "Haddad")], dt.date(2018, 1, 30), addresses=[HOME_B], ids=["463 290 1040"],
       schools=["Woodnook Brook Primary School"]),
    _p("s2", "sibling", [("Ilyes", "Haddad")], dt.date(2023, 9, 12), addresses=[HOME_B], ids=["532 930 9824"]),
    _p("m", "mother", [("Nassima", "Benali")], dt.date(1990, 3, 17), addresses=[HOME_B], phones=["07842 613 790"],
       ids=["SK 30 91 57 D"]),
    _p("f", "father", [("Karim", "Haddad")], dt.date(1986, 11, 5), addresses=[DAD_B], phones=["07405 118 263"]),
    _p("g", "grandparent", [("Fatiha", "Benali")], phones=["+213 551 23 47 89"]),
    _p("p1", "professional", [("Rachel", "Kenyon")], phones=["01254 392 186"], emails=["rachel.kenyon@brunvalley.gov.uk"]),
], "c")

DOCS_B = [
    ("multi-agency referral form from an adult college tutor", """LANCASHIRE MULTI-AGENCY REFERRAL FORM (MARF)              Received by
the front door: [[29/09/2026|date]] 14:36
SECTION 1 - CHILD(REN)
1. Surname: [[HADDAD|name]]  Forename(s): [[Yanis|name]]  DOB: [[22/07/2014|dob]]  School: [[Hyndburn Fields Academy|school]] (Y8)
2. Surname: [[HADDAD|name]]  Forename(s): [[Lina|name]]   DOB: [[30/01/2018|dob]]  School: [[Woodnook Brook Primary|school]]
3. Surname: [[HADDAD|name]]  Forename(s): [[Ilyes|name]]  DOB: [[12/09/2023|dob]]  School: n/a (at home)
Address: [[41 Avenue Parade|address]], [[Woodnook|place]], [[Accrington|place]] [[BB5 6PL|postcode]]
Language: Arabic (Algerian Darija), French. Interpreter needed: YES (mother), Arabic - NOT Syrian/Egyptian if possible.

SECTION 2 - PARENTS/CARERS
Mother: [[BENALI, Nassima|name]]   DOB [[17.03.1990|dob]]   Mob [[07842 613 790|phone]]   Lives with the children.
Father: [[HADDAD, Karim|name]]   DOB unknown (about 40)   Address: believed [[Bolton|place]]; mother gave [[Deane Road|address]].

SECTION 3 - REFERRER
Name: [[Jo Entwistle|name]]   Role: ESOL Entry 2 tutor   Agency: [[Accrington and Rossendale College|school]], Broad Oak campus
Tel: [[01254 354 018|phone]]   Email: [[j.entwistle@accross.ac.uk|email]]

SECTION 4 - REASON FOR REFERRAL (what has happened, what are you worried about)
[[Nassima|name]] is a learner in my Tuesday and Thursday class. On Tuesday [[29 September|date]] at break she asked to speak to me
with her friend [[Samira Belkacem|name]] (also a learner) helping in French. She showed me bruises on her upper arms and said
her husband [[Karim|name]] came to the house on Sunday [[27th|date]] when she would not give him her SIM card and her passport.
She said he pushed her against the fridge and that her son [[Yanis|name]] (12) stood between them and [[Karim|name]] slapped him.
She says [[Karim|name]] left the family home in July and lives with a cousin, [[Mourad|name]], in [[Bolton|place]], but he still has a
key. He tells her the children will be taken to [[Oran|place]] "for the summer" and not come back. The children's passports
(Algerian) are with him.
[[Nassima|name]] says her only family here is her cousin [[Amel Ziani|name]] in [[Blackburn|place]]; her mother [[Fatiha Benali|name]] is in
[[Oran|place]] ([[+213 551 23 47 89|phone]]) and her sister [[Kahina|name]] in [[Lyon|place]] ([[+33 6 12 48 73 95|phone]]).
She was frightened of me writing this down but agreed when I said it was to help the children.

SECTION 5 - CONSENT: Yes, verbal, in French, [[29/09/26|date]].       Signed: [[J. Entwistle|name]] (DSL informed: [[Rob Lord|name]])
"""),
    ("single assessment extract", """SINGLE ASSESSMENT - [[Yanis|name]], [[Lina|name]] and [[Ilyes HADDAD|name]] - Brun Valley Children's
Social Care (Hyndburn East team)
Assessment started [[30.09.2026|date]]; completed [[04.11.2026|date]]. Social worker: [[Rachel Kenyon|name]] ([[01254 392 186|phone]])
Interpreter for all visits: Mrs [[Houria Meziane|name]] (Arabic/Darija and French), booked through LinguaNorth.

Child's voice - [[Yanis|name]]
I saw [[Yanis|name]] at [[Hyndburn Fields|school]] on [[6 October|date]] with his head of year, Mr [[Imran Khan|name]]. [[Yanis|name]]
speaks
good English with a Lancashire accent and did not want the interpreter. He said "Baba only hit me once, it's Mama he does it to".
He calls himself "[[Yan|name]]" at school and his friends call him "[[Zizou|name]]" after the footballer. He worries about his
grandmother, Mamie [[Fatiha|name]], who lives "near the sea in [[Oran|place]], in [[Seddikia|place]]". He
asked if he would "have to go to Algeria" and said he would rather "run away to [[Amel|name]]'s in Blackburn".

Child's voice - [[Lina|name]]
At [[Woodnook Brook|school]] with her class teacher Miss [[Rose|name]] on [[8 October|date]]. [[Lina|name]] (8) drew her house with
"Baba" outside
the window "because he shouts". She is proud of her Arabic name written by her mum, [[لينا|name]], and wrote her brother's,
[[يانيس|name]], under it.

Mother
[[Nassima|name]] was born in [[Tizi Ouzou|place]] and moved to [[Oran|place]] at 12; she married [[Karim|name]] in 2012 and came to the
UK in
2019 on his visa. She speaks Kabyle, Darija and French. She said [[Karim|name]] took her bank card in 2022 and she only had the
child benefit; the man at the mini-mart on [[Woodnook Road|address]], [[Bilal|name]], lets her pay "at the end of the month". Her
neighbour at [[number 39|address]], [[Sharon Entwistle|name]] (no relation of the tutor), takes [[Lina|name]] to school when
[[Ilyes|name]] is ill.

Father
Mr [[Haddad|name]] met me at Accrington Police Station with his own interpreter on [[21 October|date]]. He lives at [[Flat 7,
33 Deane Road|address]], [[Bolton|place]] [[BL3 5AE|postcode]] (his cousin [[Mourad Haddad|name]]'s flat), phone
[[07405 118 263|phone]]. He denies hitting anyone and says [[Nassima|name]] "wants to take my children from me with English papers".
He agreed to hand the passports to his solicitor, [[Saleem|name]] of [[Saleem|name]] & Partners in [[Blackburn|place]].

Identifiers: [[Yanis|name]] NHS [[636 707 7065|nhs]], UPN [[U888236119676|upn]]; [[Lina|name]] NHS [[463 290 1040|nhs]]; [[Ilyes|name]]
NHS [[532 930 9824|nhs]]; mother's NI [[SK 30 91 57 D|ni]]. GP: Peel House Medical Practice (Dr [[Chidi Eze|name]]).

Outcome: Child in Need plan; DA referral to the IDVA; prohibited steps application supported; safety planning with [[Nassima|name]].
"""),
    ("a mother's own letter in French, with translation", """[Letter handed to the social worker on [[12/10/2026|date]], written by hand
in French. Translation by [[H. Meziane|name]],
interpreter, [[13/10/2026|date]]. Original kept on file.]

[[Accrington|place]], le [[11 octobre 2026|date]]

Madame [[Kenyon|name]],

Je m'appelle [[Nassima Benali|name]], la maman de [[Yanis|name]], [[Lina|name]] et [[Ilyes|name]]. Je vous écris parce que je parle mal
l'anglais et je veux que vous compreniez bien. Je ne veux pas que mes enfants partent à [[Oran|place]]. Ma mère habite
[[Cité Seddikia, Bloc 14 n° 6|address]], [[31000|postcode]] [[Oran|place]], mais elle est malade et elle ne peut pas les garder.
[[Karim|name]] dit que sa sœur [[Warda|name]] à [[Mostaganem|place]] va les élever. Je ne la connais presque pas.
Mon fils [[Yanis|name]] a 12 ans et il se met devant moi quand son père crie. Ce n'est pas normal pour un enfant.
Je voudrais apprendre l'anglais et travailler. Ma cousine [[Amel|name]] dit qu'il y a du travail à la boulangerie de
[[Church|place]].
Merci pour votre aide. Vous pouvez appeler ma sœur [[Kahina|name]] à [[Lyon|place]] si vous voulez, elle parle anglais.
[[N. Benali|name]]
[[نسيمة|name]]

TRANSLATION
[[Accrington|place]], [[11 October 2026|date]]
Dear Mrs [[Kenyon|name]],
My name is [[Nassima Benali|name]], the mother of [[Yanis|name]], [[Lina|name]] and [[Ilyes|name]]. I am writing to you because I speak
English
badly and I want you to understand well. I do not want my children to go to [[Oran|place]]. My mother lives at
[[Cité Seddikia, Bloc 14 n° 6|address]], [[31000|postcode]] [[Oran|place]], but she is ill and cannot keep them. [[Karim|name]] says his
sister [[Warda|name]] in [[Mostaganem|place]] will bring them up. I hardly know her.
My son [[Yanis|name]] is 12 and he stands in front of me when his father shouts. That is not normal for a child.
I would like to learn English and work. My cousin [[Amel|name]] says there is work at the bakery in [[Church|place]].
Thank you for your help. You can call my sister [[Kahina|name]] in [[Lyon|place]] if you want, she speaks English.
[[N. Benali|name]] (signed also in Arabic script: [[نسيمة|name]])
"""),
    ("WhatsApp voice notes transcribed and translated", """WhatsApp voice notes from [[Karim Haddad|name]] ([[07405 118 263|phone]]) to
[[Yanis|name]]'s phone, played to the social worker by
[[Yanis|name]] on [[2 November 2026|date]], transcribed and translated from Darija (with French words) by [[Houria Meziane|name]].
[inaudible] = could not be heard. Words in French or English left as spoken, in italics in the original.

[[31/10/2026|date]], 22:14 (0:48)
"[[Yanis|name]], wlidi, it's Baba. Why don't you answer? Your mother has put the English in our house. Listen, I spoke to
ammi [[Rachid|name]] in [[Mostaganem|place]], everything is ready, the school, everything. Your cousin [[Sofiane|name]] asks for you.
Don't say anything to that woman, the *assistante sociale*. You hear me? You are the man of the house."

[[31/10/2026|date]], 22:20 (0:21)
"And tell [[Lina|name]] Baba loves her. I have bought her the dress for l'Aïd [inaudible]."

[[01/11/2026|date]], 09:02 (1:12)
"[[Yanis|name]]. [[Mourad|name]] will come for you after school on Wednesday, at the gate on [[Hollins Lane|address]]. Bring your
sister. Don't tell Mama. We go to [[Manchester|place]] first, we eat, we talk like men. [inaudible] the passports are with me,
the lawyer has copies, that's all. *Inchallah* we will be in [[Oran|place]] for the holidays. Your *mamie* is waiting, she
has made the room. *C'est fini* with the English."

[[02/11/2026|date]], 07:31 (0:09)
"Answer me, [[Yanis|name]]. [[Yanis|name]]!"

Interpreter's note: "ammi" means "my paternal uncle"; "wlidi" means "my little son"; "l'Aïd" is the Eid festival.
"""),
]


# --- C. Hartley / Ingham family (white British), Waterside, Colne, with a father in Nelson -----------------------------------

HOME_C = d.Address("22 Dent Street", "Waterside", "Colne", "BB8 9AG")
DAD_C = d.Address("5 Every Street", "", "Nelson", "BB9 7HE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Ingham")], dt.date(2019, 8, 19), addresses=[HOME_C], ids=["886 296 8639"],
       schools=["Alder Brook Infant School"]),
    _p("s", "sibling", [("Tilly", "Hartley")], dt.date(2012, 12, 3), addresses=[HOME_C], ids=["621 032 0074", "Y888265418328"],
       schools=["Park High School"]),
    _p("m", "mother", [("Gemma", "Hartley")], dt.date(1992, 5, 11), addresses=[HOME_C], phones=["07813 402 667"],
       ids=["NE 47 22 19 C"]),
    _p("f", "father", [("Shane", "Ingham")], dt.date(1990, 1, 27), addresses=[DAD_C], phones=["07453 290 818"]),
    _p("pa", "other", [("Lewis", "Brook")], dt.date(1991, 9, 14), phones=["07592 338 104"]),
    _p("p1", "professional", [("Kirsty", "Pollard")], phones=["01282 816 447"], emails=["kirsty.pollard@brunvalley.gov.uk"]),
], "c")

DOCS_C = [
    ("police domestic abuse public protection notice", """LANCASHIRE CONSTABULARY - PUBLIC PROTECTION NOTIFICATION (PPN) - DOMESTIC ABUSE
Ref: PPN/E/2026/88142     Incident log: LC-20261018-0377     Date/time of incident: [[18/10/2026|date]] 23:40
Location: [[22 Dent Street|address]], [[Colne|place]] [[BB8 9AG|postcode]] ([[Waterside|place]])
Officer completing: PC 4471 [[ASHWORTH, Callum|name]]   Supervisor: Sgt 2209 [[PRIESTLEY, Anne|name]]

VICTIM: [[HARTLEY, Gemma Louise|name]]  DOB [[11/05/1992|dob]]  Tel [[07813 402667|phone]]
SUSPECT: [[BROOK, Lewis James|name]]  DOB [[14/09/1991|dob]]  NFA - stays between the victim's address and his mother's in
[[Trawden|place]] ([[Lane House Farm Cottages|address]])  Tel [[07592 338 104|phone]]  Vehicle: black Corsa [[MA66 KZT|vehicle]]
CHILDREN PRESENT: [[HARTLEY, Tilly|name]] ([[03/12/2012|dob]]), [[INGHAM, Alfie|name]] ([[19/08/2019|dob]])
Other children linked: none. [[Alfie|name]]'s father: [[Shane INGHAM|name]], [[5 Every Street|address]], [[Nelson|place]].

Circumstances: 999 call at 23:31 from the daughter, [[Tilly|name]] (13), who whispered that "[[Lewis|name]] is strangling my mum".
Officers arrived 23:40; the door was opened by [[Tilly|name]] holding [[Alfie|name]]. [[Gemma|name]] was in the kitchen with redness around
her neck and a cut lip. [[Brook|name]] had left via the back ginnel towards [[Colne|place]] centre; he was arrested at 01:15 on
[[Albert Road|address]] outside the Crown. [[Gemma|name]] said it started because he read a message from her friend [[Crystal|name]]
about a night out at Burnley Mechanics. She said it is the third time he has "put his hands round my throat".
[[Tilly|name]] said [[Lewis|name]] threw [[Alfie|name]]'s tablet and that [[Alfie|name]] hid under the stairs "like he always does".

DASH: 16 ticks - HIGH. MARAC referral made. Non-fatal strangulation: YES. BWV: yes (PC [[Ashworth|name]], PC 5120 [[Begum|name]]).
Neighbour at [[no. 24|address]], Mr [[Dennis Colne|name]] (his real surname), heard screaming and banging at about 23:25.

Voice of the child: [[Tilly|name]]: "I'm not going to school tomorrow, I'm not leaving Mum with him. Don't tell [[Shane|name]], he'll kill
him." [[Alfie|name]] (7) would not speak and held on to [[Tilly|name]].
Actions: bail conditions not to contact or attend [[Dent Street|address]]; notify [[Park High|school]] and [[Alder Brook Infants|school]]
(Operation Encompass) by 09:00 on [[19/10|date]]; IDVA referral; DVDS "right to know" to be considered.
"""),
]

DOCS_C += [
    ("domestic violence disclosure scheme letter", """PRIVATE AND CONFIDENTIAL - TO BE HANDED OVER IN PERSON, NOT POSTED
Lancashire Constabulary, Public Protection Unit (East), Burnley Police Station

Ms [[Gemma Hartley|name]]
c/o Pendle Domestic Abuse Service
Our ref: DVDS/E/26/0519 ("right to ask" and "right to know")
Date: [[30 October 2026|date]]

Dear Ms [[Hartley|name]],

Domestic Violence Disclosure Scheme ("Clare's Law")

Further to your application on [[21 October 2026|date]], made with your IDVA, [[Nicola Hargreaves|name]], the multi-agency panel met on
[[28 October|date]] and decided that information about [[Lewis James Brook|name]] (born [[14.09.1991|dob]]) should be shared with you
to help keep you and your children, [[Tilly|name]] and [[Alfie|name]], safe.

What we can tell you:
1. In 2017 Mr [[Brook|name]] was convicted at Burnley Magistrates' Court of assault by beating of a former partner, who lived in
   [[Barrowford|place]]. He received a community order.
2. In 2021 a second former partner in [[Skipton|place]] reported that he had strangled her; the case did not go to court.
3. In 2023 he was made subject to a non-molestation order obtained by a third former partner.

You must not share this information with anyone other than those helping you to stay safe (your IDVA, your social worker
[[Kirsty Pollard|name]] and a trusted person you name). You told us that person is your sister, [[Becky
Sutcliffe|name]], of [[Foulridge|place]]. Sharing it more widely could be an offence.

This letter was read to you on [[30/10/2026|date]] at the Pendle DA Service office by DC [[Amir Patel|name]] and [[Nicola Hargreaves|name]],
and you were given a copy. A safety plan was agreed: the children will not be left with Mr [[Brook|name]]; [[Tilly|name]]'s school has been
told; you have a TecSOS phone and the panic alarm fitted by the fire service on [[24 October|date]].

Yours sincerely,
DS [[K. Rawlinson|name]], DVDS Coordinator (East)
"""),
    ("IDVA intake and risk form", """PENDLE DOMESTIC ABUSE SERVICE - IDVA INTAKE (client-completed parts in capitals)
Date: [[21/10/26|date]]   IDVA: [[Nicola Hargreaves|name]]   Referral source: police PPN and self

1. YOUR NAME: [[GEMMA HARTLEY|name]]     OTHER NAMES USED: [[GEMMA SHUTTLEWORTH|name]] (MAIDEN)
2. DATE OF BIRTH: [[11-05-92|dob]]
3. ADDRESS: [[22 DENT ST|address]] [[COLNE|place]]                POSTCODE: [[BB8 9AG|postcode]]
4. SAFE NUMBER TO CALL: [[07813 402 667|phone]]  SAFE TO TEXT? Y   SAFE TO LEAVE MESSAGE? N
5. SAFE EMAIL: [[gemlou92@hotmail.co.uk|email]]
6. WHO LIVES WITH YOU: [[TILLY|name]] 13, [[ALFIE|name]] 7. DOG - MAX
7. PERSON CAUSING HARM: [[LEWIS BROOK|name]] AGE 35. RELATIONSHIP: BF 2 YEARS
   HIS ADDRESS: HIS MUMS ON [[LANESHAW RD|address]] [[TRAWDEN|place]]. WORKS AT THE TYRE PLACE ON
   [[NORTH VALLEY RD|address]]
8. HAS HE EVER STRANGLED, CHOKED OR SUFFOCATED YOU?  YES X3. LAST ONE [[18TH OCT|date]]
9. CHILDREN'S SCHOOLS: [[PARK HIGH|school]] ([[TILLY|name]]), [[ALDER BROOK|school]] ([[ALF|name]])
10. CHILDREN'S FATHERS: [[TILLY|name]]S DAD DONT SEE HER ([[DARREN SHUTTLEWORTH|name]]? NO - [[DARREN BARKER|name]], IN
    SPAIN). [[ALFIE|name]]S DAD [[SHANE INGHAM|name]] [[NELSON|place]] - HE HAS [[ALF|name]] EVERY OTHER WEEKEND
10a. NI NUMBER (FOR BENEFITS ADVICE): [[NE 47 22 19 C|ni]]   CHILDREN'S NHS NOS: [[TILLY|name]] [[621 032 0074|nhs]],
     [[ALFIE|name]] [[886 296 8639|nhs]] (FROM THE RED BOOK)
11. ANYONE ELSE WHO CAN HELP: MY SISTER [[BECKY|name]] IN [[FOULRIDGE|place]] [[07788 514 032|phone]]. MY MATE [[CRYSTAL|name]]

IDVA NOTES (lower case, mine)
- [[Gemma|name]] is clear she wants [[Lewis|name]] gone. He has been texting via [[Crystal|name]]'s phone. Suggested she blocks
  him and keeps screenshots. [[Becky|name]] will have the children on [[25/10|date]] while [[Gemma|name]] goes to the court for the
  non-mol.
- [[Shane|name]] ([[07453 290 818|phone]]) has been "brilliant"; he came round with new locks on [[20th|date]].
- Referred to MARAC [[5 November|date]]; Freedom Programme in [[Nelson|place]] from January.
"""),
    ("video doorbell recording log transcribed by police", """EXHIBIT CA/3 - RING VIDEO DOORBELL, [[22 DENT STREET|address]],
[[COLNE|place]] - TRANSCRIPT OF AUDIO
Downloaded from the account of [[Gemma Hartley|name]] with her consent on [[02/11/2026|date]] by PC 4471 [[Callum Ashworth|name]].
Times are as shown on the clips. [U/I] = unintelligible. M = male believed to be [[Lewis Brook|name]].

Clip 1 - Sat [[01/11/2026|date]] 02:13:40 - motion at the front door
M: (knocking) [[Gem|name]]. [[Gem|name]]. Open the door, I know you're in.
M: I've got nowhere to go, me mam's kicked me out. [U/I] it's freezing.
M: I'm not going anywhere [[Gemma|name]]. I'll sit here all night.
(female voice inside, believed [[Tilly Hartley|name]]): Go away or I'm ringing them again.
M: Is that you [[Tills|name]]? Come on [[Tills|name]], it's me. Open the door for [[Lew|name]].

Clip 2 - Sat [[01/11/2026|date]] 02:19:05
M: (shouting) I know it were you, you grassed me to the feds. Your dad's a grass an' all.
M: (kicks the door) Tell [[Alfie|name]] I'm sorry about his Switch. I'll get him a new one.
(female voice, believed [[Tilly|name]]): They're coming now, they're on [[Skipton Road|address]].
M: [U/I] ... tell your mam I'll be at [[Crystal|name]]'s. [[Crystal|name]]'s on [[Keighley Road|address]]. She knows.

Clip 3 - Sat [[01/11/2026|date]] 02:26:51
(no person seen; a car heard leaving; headlights on the house opposite, [[no. 21|address]])

Clip 4 - Sat [[01/11/2026|date]] 03:02:14
PC 3386 [[Wilkinson|name]] and PC 5120 [[Begum|name]] attend; speak to [[Gemma|name]] and [[Tilly|name]] at the door.

Officer's note: "[[Lew|name]]" is how the suspect refers to himself; "[[Tills|name]]" is [[Tilly|name]]'s nickname. The neighbour at
[[no. 21|address]],
Mrs [[June Holden|name]], gave a statement on [[01/11|date]] that she saw a black Corsa ([[MA66 KZT|vehicle]]) drive off at 02:27.
"""),
]


# --- D. Moorhouse family (white British), Low Moor, Clitheroe, with a grandmother in Chatburn --------------------------------

HOME_D = d.Address("9 Queen Street", "Low Moor", "Clitheroe", "BB7 2NE")
NAN_D = d.Address("3 Sawley Road", "Chatburn", "Clitheroe", "BB7 4AS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kyle", "Moorhouse")], dt.date(2011, 4, 3), addresses=[HOME_D], phones=["07487 230 915"],
       ids=["109 493 5573", "A888251816952"], schools=["Ribble Edge High School"]),
    _p("s", "sibling", [("Ellie-Mae", "Moorhouse")], dt.date(2015, 10, 8), addresses=[HOME_D], ids=["369 078 6169"]),
    _p("m", "mother", [("Donna", "Moorhouse")], dt.date(1983, 12, 19), addresses=[HOME_D], phones=["07958 117 402"]),
    _p("g", "grandparent", [("Pat", "Moorhouse")], dt.date(1958, 6, 2), addresses=[NAN_D], phones=["01200 427 318"]),
    _p("p1", "professional", [("Tom", "Halstead")], phones=["01200 414 276"], emails=["tom.halstead@brunvalley.gov.uk"]),
], "c")

DOCS_D = [
    ("national referral mechanism referral (child)", """NATIONAL REFERRAL MECHANISM - REFERRAL OF A POTENTIAL CHILD VICTIM OF MODERN
SLAVERY (extract as submitted)
First Responder: [[Tom Halstead|name]], Social Worker, Brun Valley Council (Ribble Valley team), [[tom.halstead@brunvalley.gov.uk|email]],
[[01200 414 276|phone]]. Date submitted: [[13 November 2026|date]]

Potential victim: [[Kyle MOORHOUSE|name]]   Date of birth: [[03/04/2011|dob]] (15)   Nationality: British
Address: [[9 Queen Street|address]], [[Low Moor|place]], [[Clitheroe|place]], [[BB7 2NE|postcode]]
Type of exploitation: criminal (county lines). Where: [[Clitheroe|place]], [[Blackburn|place]], [[Preston|place]] and [[Kendal|place]].

Account:
[[Kyle|name]] was a quiet boy at [[Ribble Edge High School|school]] until spring 2026. From April he was seen with older boys from
[[Blackburn|place]] at the skate park by the castle and at the Interchange. In June his mother [[Donna Moorhouse|name]] found £640 and two
phones in his room. He went missing seven times between [[5 July|date]] and [[10 November|date]]. On [[2 October|date]] he was stopped by
Cumbria Police at the railway station in [[Kendal|place]] with 24 wraps of crack cocaine hidden in his sock and the phone for a line called
"ACE". He told the officers a man he knew as "[[Tiny|name]]" had sent him on the train and would "do" his mum if the gear was lost.
Police believe "[[Tiny|name]]" is [[Marcus Ellison|name]], 23, of [[Shadsworth|place]], [[Blackburn|place]]; a second man, "[[Bugsy|name]]"
([[Callum Riley|name]], 19), drives a grey Audi A3 ([[BF70 RXK|vehicle]]).
On [[7 November|date]] [[Kyle|name]] came home with a stab wound to his thigh, treated at the Royal Blackburn. He said he "owes 2 grand".
His grandmother [[Pat Moorhouse|name]] of [[Chatburn|place]] says he has been "taxied" home from [[Preston|place]] at 3 am more than once
on an account in a name she does not know.

Indicators: under 18 moving drugs for adults; debt bondage; threats to family; injuries; missing; travel arranged by others.
Consent: not needed for a child; [[Kyle|name]] and [[Donna|name]] were told on [[12/11/2026|date]].
"""),
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - Children's Society (Lancashire missing service) on
behalf of Brun Valley Council
Young person: [[Kyle Moorhouse|name]]  DOB [[3.4.2011|dob]]  NHS [[109 493 5573|nhs]]  Missing from: home, [[Low Moor|place]]
Mother: [[Donna Moorhouse|name]] ([[07958 117 402|phone]]); [[Kyle|name]]'s own phone [[07487 230 915|phone]] (switched off while missing)
Missing: Friday [[20 November 2026|date]] 16:10 - Sunday [[22 November|date]] 11:30 (found by police at a flat on [[Fishergate|address]],
[[Preston|place]])
Interview: Tuesday [[24/11/2026|date]] at nan's, [[3 Sawley Road|address]], [[Chatburn|place]]. Worker: [[Ffion Lloyd|name]]

What [[Kyle|name]] said (his words where I could):
"I went with [[Bugsy|name]] in his car from the Co-op on [[Whalley Road|address]]. We went to [[Longridge|place]] first then
[[Preston|place]]. I
stayed at some girl's flat, [[Jodie|name]] or [[Jordan|name]], I don't know her last name. [[Tiny|name]] wasn't there. I didn't have my
phone, they took it off me so mum couldn't find me on Snap Map."
He said he ate "once, a Greggs". He would not say what he did in [[Preston|place]]. He said he is frightened for his sister
[[Ellie-Mae|name]] (11) because "[[Tiny|name]] knows where she goes to school" - she is at [[St James's|school]] in [[Clitheroe|place]].
He said the only person he trusts is his nan and "Mr [[Hey|name]] at school", his PE teacher.
He likes fishing with his grandad [[Pete|name]] at Brungerley and wants to do a joinery course at [[Nelson and Colne College|school]].

Push and pull factors: money; feeling big; fear of the debt; boredom in [[Low
Moor|place]] ("there's nowt here"); his dad
[[Wayne Moorhouse|name]] in HMP Kirkham.
Information for police: a flat above the bookies on [[Fishergate|address]]; a girl called [[Jodie|name]] about 17; [[Bugsy|name]]'s new
phone ending 7741 (not a full number).
Worker: [[F. Lloyd|name]] [[25/11/26|date]]
"""),
]

DOCS_D += [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[MOORHOUSE, Kyle|name]] ([[03.04.2011|dob]]) - prepared
for the strategy meeting on [[26.11.2026|date]]
Compiled by [[T. Halstead|name]] from social care, police, school, health and YJS records. Newest last.

[[19/12/2011|date]]  Father [[Wayne Moorhouse|name]] arrested for assault on [[Donna|name]] at [[Henthorn Road|address]]; [[Kyle|name]]
(8 months) present.
[[Mar 14 2015|date]]  Parents separate. [[Donna|name]] and [[Kyle|name]] move to [[Low Moor|place]].
[[08/10/2015|date]]  [[Ellie-Mae|name]] born (father [[Jason Wren|name]], no contact since 2017).
[[2019-06-03|date]]  Early help (attendance) closed - improved.
[[17/04/2026|date]]  School: [[Kyle|name]] seen getting into a car on [[Chatburn Road|address]] at lunch; two detentions for vaping.
[[06/06/2026|date]]  Mother finds £640 and two phones. Rings 101 (ref 0522).
[[05/07/2026|date]]  Missing episode 1 (overnight). Found in [[Blackburn|place]], [[Whalley Range|place]], by police.
[[11/07/2026|date]]  CE screening tool: MEDIUM. Referral to the CE team; [[Kyle|name]] allocated to [[Tom Halstead|name]].
[[2 Aug|date]], [[9 Aug|date]], [[23 Aug|date]]  Missing episodes 2-4 (each under 24 hours); return home interviews declined.
[[02/10/2026|date]]  Stopped at the railway station in [[Kendal|place]] (Cumbria Police) with 24 wraps; released under investigation.
[[03/10/2026|date]]  [[Kyle|name]] refuses to come home from [[Kendal|place]]; collected by grandmother [[Pat|name]] and her partner
                    [[Pete Eccles|name]] in [[Pete|name]]'s van.
[[14.10.26|date]]   Strategy meeting 1. Disruption: child abduction warning notice served on [[Marcus Ellison|name]] ([[Tiny|name]]) on
[[16.10.26|date]].
[[07/11/2026|date]]  Stab wound to right thigh; Royal Blackburn ED; [[Kyle|name]] says he "fell on a fence in Mitchell's Wood"
                    (no such place known to police - checked).
[[12/11/2026|date]]  NRM discussed with [[Kyle|name]] and [[Donna|name]].
[[13/11/2026|date]]  NRM referral submitted.
[[20-22/11/2026|date]]  Missing episode 7; found on [[Fishergate|address]], [[Preston|place]].
[[24/11/2026|date]]  Return home interview ([[Ffion Lloyd|name]]).
[[25/11/2026|date]]  Taxi firm (Castle Cars) gives the booking log for the account "[[JACKSON|name]]" to police (see separate note).
[[26/11/2026|date]]  Strategy meeting 2 (this meeting). Invited: [[Donna Moorhouse|name]], [[Pat Moorhouse|name]], DC [[S. Entwistle|name]],
                    Mr [[Hey|name]] ([[Ribble Edge|school]]), [[Ffion Lloyd|name]], YJS worker [[Gareth Pye|name]], [[Ellie-Mae|name]]'s
                    head at [[St James's|school]], Mrs [[Bridget Cowgill|name]]."""),
    ("taxi firm's account booking log export", """CASTLE CARS ([[CLITHEROE|place]]) LTD - ACCOUNT BOOKINGS EXPORT - account 0417
"[[JACKSON M|name]]" - printed [[25-11-2026|date]] 10:02
Requested by: DC [[S. Entwistle|name]] 3321, Lancashire Constabulary (DPA schedule 2 request).  Printed by: [[Karen Lund|name]] (office
manager)

Job   | Date     | Time  | From -> To
      | Fare  | Driver | Booked by (caller / tel)
40112 | [[18/10/26|date]] | 02:40 | Blackburn Rail Stn -> [[Queen St|address]], [[Low Moor|place]]
      | 38.00 | D7 [[Nasir|name]] | [[Marcus|name]] [[07539 612 804|phone]]
40287 | [[24/10/26|date]] | 21:15 | [[Queen St|address]], [[Low Moor|place]] -> [[Fishergate|address]] (bookies), [[Preston|place]]
      | 46.00 | D3 [[Sean|name]] | [[Marcus|name]] [[07539 612 804|phone]]
40288 | [[25/10/26|date]] | 03:05 | [[Fishergate|address]], [[Preston|place]] -> [[Sawley Rd|address]], [[Chatburn|place]]
      | 49.50 | D3 [[Sean|name]] | "M" withheld
40544 | [[01/11/26|date]] | 16:30 | Co-op, [[Whalley Rd|address]], [[Clitheroe|place]] -> Lancaster Stn
      | 55.00 | D11 [[Bev|name]] | [[Jacko|name]] [[07539 612 804|phone]]
40551 | [[01/11/26|date]] | 23:50 | Lancaster Stn -> [[Queen St|address]], [[Low Moor|place]]
      | 55.00 | D11 [[Bev|name]] | [[Jacko|name]] [[07539 612 804|phone]]
40903 | [[20/11/26|date]] | 16:25 | [[Queen St|address]] / [[Taylor St|address]] corner -> [[Longridge|place]] (Towneley Arms car park)
      | 29.00 | D7 [[Nasir|name]] | [[Marcus|name]] [[07539 612 804|phone]]

Notes typed by the office: "Passenger on all jobs a lad about 15, hood up, gives name [[Kai|name]]. Driver [[Bev|name]] reported on
[[01/11|date]] the lad had a bag he would not let go of and was on the phone saying 'tell [[Tiny|name]] I'm on my way'.
Account opened [[14/10/26|date]] by phone, paid by card in the name [[M JACKSON|name]],
billing address given as [[14 Pendle View|address]], [[Accrington|place]] [[BB5 1EX|postcode]] (does not exist -
checked by [[Karen|name]]). Account suspended [[25/11/26|date]]."
"""),
]


# --- E. Stojanovski / Stojanovska family (Macedonian, Macedonian Cyrillic), Haslingden, with a grandmother in Bitola ---------

HOME_E = d.Address("18 Regent Street", "", "Haslingden", "BB4 5HQ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Marija", "Stojanovska")], dt.date(2011, 5, 25), addresses=[HOME_E],
       ids=["160 148 0016", "R888232621996"], schools=["Grane Valley High School"]),
    _p("s", "sibling", [("Luka", "Stojanovski")], dt.date(2016, 11, 30), addresses=[HOME_E], ids=["360 080 6343"],
       schools=["Haslingden Hill Primary School"]),
    _p("m", "mother", [("Biljana", "Stojanovska")], dt.date(1987, 7, 9), addresses=[HOME_E], phones=["07934 288 610"],
       ids=["498 724 0734"]),
    _p("f", "father", [("Goran", "Stojanovski")], dt.date(1984, 2, 16), addresses=[HOME_E], phones=["07426 951 337"],
       ids=["PX 18 64 02 A"]),
    _p("g", "grandparent", [("Verica", "Stojanovska")], phones=["+389 70 318 442"]),
    _p("p1", "professional", [("Amy", "Cunliffe")], phones=["01706 214 559"], emails=["amy.cunliffe@brunvalley.gov.uk"]),
], "c")

DOCS_E = [
    ("early help assessment", """EARLY HELP ASSESSMENT (EHA) - Brun Valley Early Help, Rossendale hub ([[Rawtenstall|place]])
Family: [[STOJANOVSKI|name]] / [[STOJANOVSKA|name]]   Address: [[18 Regent Street|address]], [[Haslingden|place]], [[BB4 5HQ|postcode]]
Lead practitioner: [[Amy Cunliffe|name]], Family Support Worker ([[01706 214 559|phone]], [[amy.cunliffe@brunvalley.gov.uk|email]])
Started: [[9 September 2026|date]]   Consent: both parents, signed [[09/09/2026|date]]   Interpreter: telephone, Macedonian, for Mr
[[Stojanovski|name]]

Family members
[[Marija Stojanovska|name]] (born [[25.05.2011|dob]]), 15, Y11 at [[Grane Valley High School|school]]
[[Luka Stojanovski|name]] (born [[30.11.2016|dob]]), 9, Y5 at [[Haslingden Hill Primary|school]]
[[Biljana Stojanovska|name]] (born [[09.07.1987|dob]]), mother - multiple sclerosis (relapsing), uses a wheelchair outside
[[Goran Stojanovski|name]] (born [[16.02.1984|dob]]), father - nights at a food factory in [[Huncoat|place]]
NHS numbers: [[Marija|name]] [[160 148 0016|nhs]]; [[Luka|name]] [[360 080 6343|nhs]]; [[Biljana|name]] [[498 724 0734|nhs]].
Mr [[Stojanovski|name]]'s NI number (for the carer's allowance claim): [[PX 18 64 02 A|ni]].
Not in the household: grandmother [[Verica Stojanovska|name]], in [[Bitola|place]]; uncle [[Dragan|name]] in [[Skopje|place]].
(The surname ends -ski for males and -ska for females; the school had [[Marija|name]] down as "[[Maria Stojanovski|name]]".)

What's working well: a warm, proud family; [[Luka|name]] is doing well and loves football at Haslingden St Mary's juniors;
[[Biljana|name]]'s friend from the Orthodox church in [[Preston|place]], [[Snežana Ristova|name]], visits on Sundays.

What are we worried about
- [[Marija|name]] is a young carer: she gets her mum up, does the catheter supplies order, cooks, and takes [[Luka|name]] to school.
  Attendance 81%; she was late 22 times last year. She has told her form tutor, Mrs [[Lord|name]], that she is "always tired".
- Mr [[Stojanovski|name]] drinks heavily on his days off (rakija); in August a neighbour, [[Kath Pickles|name]] at [[no. 20|address]],
  called police after shouting; no offences. [[Marija|name]] says he "is sad, not bad" since he lost his brother [[Zoran|name]] in 2025.
- Damp in the back bedroom (landlord: Mr [[Aziz|name]], through Bridge Lettings, [[Accrington|place]]).

Plan: young carers' referral (Rossendale young carers service); OT assessment for [[Biljana|name]]; alcohol service (Inspire) for
[[Goran|name]]; school to agree a late-pass and homework club for [[Marija|name]]. Review TAF meeting: [[14 October|date]].
"""),
]

DOCS_E += [
    ("Viber family chat in Macedonian and English, typed up and translated", """Viber group "Семејство 🇲🇰" - messages from
[[Marija|name]]'s phone, shown to [[Amy Cunliffe|name]] on [[19/10/2026|date]] with
[[Marija|name]]'s permission; typed up by [[Amy|name]] and translated by the telephone interpreter (ref LL-58812). Emojis kept.
Members: [[Марија|name]] ([[Marija|name]]), Мама ([[Biljana|name]]), Тато ([[Goran|name]]), Баба [[Верица|name]] ([[Verica|name]],
[[+389 70 318 442|phone]]),
Вујко [[Драган|name]] ([[Dragan|name]], [[+389 75 604 219|phone]])

[[12.10.2026|date]]
Баба [[Верица|name]]: [[Маре|name]], како е мама? Дали пие лекови?
      (Grandma [[Verica|name]]: [[Mare|name]], how is mum? Is she taking her medicines?)
[[Марија|name]]: da baba, i gave them. tato sleeping. i make sarma for tomorrow 🙂
Вујко [[Драган|name]]: Браво [[Маре|name]]! Кога ќе дојдете во [[Скопје|place]]?
      (Uncle [[Dragan|name]]: Well done [[Mare|name]]! When will you come to [[Skopje|place]]?)
Тато: [[Марија|name]] утре не одиш на училиште, мама има доктор во [[Бери|place]]
      (Dad: [[Marija|name]] tomorrow you don't go to school, mum has the doctor in [[Bury|place]])
[[Марија|name]]: tato i have mock exam!!! ask [[snezana|name]]
Тато: [[Снежана|name]] работи. Ти одиш.
      (Dad: [[Snežana|name]] is working. You go.)

[[15.10.2026|date]]
Мама: [[Лука|name]] го нема во школо, кој ќе го земе? 😢
      (Mum: [[Luka|name]] is not at school, who will pick him up?)
[[Марија|name]]: i get him at 3:15 from [[hill primary|school]] dont worry mama
Баба [[Верица|name]]: Ќе ти пратам пари за [[Лука|name]] за чевли. Адресата е [[Регент стрит 18|address]]?
      (Grandma: I will send you money for [[Luka|name]] for shoes. The address is [[18 Regent Street|address]]?)
[[Марија|name]]: yes baba [[18 regent st|address]] [[haslingden|place]] [[bb4 5hq|postcode]]
Баба [[Верица|name]]: Моја адреса ако треба: [[ул. Партизанска бр. 12|address]], [[7000|postcode]] [[Битола|place]]
      (Grandma: My address if needed: [[12 Partizanska Street|address]], [[7000|postcode]] [[Bitola|place]])

[[18.10.2026|date]]
Тато: извинете за вчера
      (Dad: sorry about yesterday)
[[Марија|name]]: 👍
Вујко [[Драган|name]]: [[Горан|name]], брат, доста е. Децата гледаат.
      (Uncle [[Dragan|name]]: [[Goran|name]], brother, enough. The children are watching.)
"""),
    ("school attendance letter", """[[Grane Valley High School|school]]
Attendance Office - Tel [[01706 213 874|phone]]

Mr [[G. Stojanovski|name]] and Mrs [[B. Stojanovska|name]]
[[18 Regent Street|address]]
[[Haslingden|place]]
Rossendale
[[BB4 5HQ|postcode]]

[[3rd November 2026|date]]

Dear Mr [[Stojanovski|name]] and Mrs [[Stojanovska|name]],

RE: [[Marija Stojanovska|name]] - Year 11 - Form 11LD - UPN [[R888232621996|upn]]

I am writing because [[Marija|name]]'s attendance this term is 78.4%. She was absent on [[13 October|date]] (mock examination in
English), [[15 October|date]] (afternoon), [[20|date]] to [[22 October|date]] and [[2 November|date]]. Some of these absences were
recorded as "caring for mother". We understand from [[Amy Cunliffe|name]] of Early Help and from [[Marija|name]]'s form tutor,
Mrs [[Louise Lord|name]], that [[Marija|name]] helps a great deal at home, and we want to support the family rather than fine you.

We would like to invite you both to an attendance support meeting on Wednesday [[12 November 2026|date]] at 3.30 pm with me, Mrs
[[Lord|name]] and our young carers champion, Mr [[Daniel Ashworth|name]]. A Macedonian interpreter will be on the phone. [[Luka|name]]'s
school, [[Haslingden
Hill|school]], will be asked to join for the first part, as [[Luka|name]]'s attendance (88%) has also fallen.

Yours sincerely

[[Karen Whittle|name]]
Attendance and Welfare Officer
"""),
    ("young carers service online self-referral form", """ROSSENDALE YOUNG CARERS - ONLINE REFERRAL (submitted via website form
[[21/11/2026|date]] 22:47)
Are you the young carer? (yes/no): yes
Your first name: [[marija|name]]
Your last name: [[stojanovska|name]]
What do people call you?: [[mare|name]] at home, [[maz|name]] at school
Date of birth (dd/mm/yyyy): [[25/05/2011|dob]]
Address line 1: [[18 regent street|address]]
Town: [[haslingden|place]]
Postcode: [[BB45HQ|postcode]]
Mobile (we will text before we ring): [[07415 830 266|phone]]
Email: [[marija.stoj11@gmail.com|email]]
School: [[grane valley|school]]
Who do you care for?: my mum [[biljana|name]] she has MS, and my brother [[luka|name]] (9)
What do you do for them?: get mum up and dressed, her meds, shopping at Aldi, cooking, take [[luka|name]] to school and
football, fill in forms for dad bc his english is not good, translate at the hospital in [[bury|place]]
How many hours a week?: dont know. every day before school and after. weekends all day
Does anyone help?: [[snezana|name]] from church sundays. my dad works nights. baba [[verica|name]] sends money from macedonia
Who told you about us?: [[amy|name]] (early help)
Anything else?: i want to go to sixth form at [[ARC|school]] and do biology. i dont want to get my dad in trouble. hes not
a bad person. please dont ring the house phone ([[01706 227 519|phone]]) ring my mobile
"""),
]


# --- F. Dewhurst family (white British), Barnoldswick, with grandparents in Earby -------------------------------------------

HOME_F = d.Address("31 Rainhall Road", "", "Barnoldswick", "BB18 5AF")
NAN_F = d.Address("12 Water Street", "", "Earby", "BB18 6QX")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Dewhurst")], dt.date(2013, 3, 21), addresses=[HOME_F], ids=["202 792 8146", "X888225016334"],
       schools=["Brookfield House School"]),
    _p("s", "sibling", [("Poppy", "Dewhurst")], dt.date(2017, 7, 4), addresses=[HOME_F], ids=["887 475 2156"],
       schools=["Valley Lane Primary School"]),
    _p("m", "mother", [("Hayley", "Dewhurst")], dt.date(1989, 9, 15), addresses=[HOME_F], phones=["07891 604 327"],
       emails=["hayleyd89@icloud.com"]),
    _p("f", "father", [("Mark", "Dewhurst")], dt.date(1986, 1, 8), addresses=[HOME_F], phones=["07572 184 930"]),
    _p("g", "grandparent", [("Brenda", "Hodgson")], addresses=[NAN_F], phones=["01282 842 630"]),
    _p("p1", "professional", [("Sophie", "Baldwin")], phones=["01282 771 950"], emails=["sophie.baldwin@brunvalley.gov.uk"]),
], "c")

DOCS_F = [
    ("child in need review minutes", """CHILD IN NEED REVIEW - [[Oscar DEWHURST|name]] (DOB [[21/03/2013|dob]]) - disabled children's team
Held: Monday [[5 October 2026|date]], 10:00, at the family home, [[31 Rainhall Road|address]], [[Barnoldswick|place]] [[BB18 5AF|postcode]]
Chair / social worker: [[Sophie Baldwin|name]]   Notes: [[Sophie Baldwin|name]]

NHS [[202 792 8146|nhs]]   UPN [[X888225016334|upn]]   Sister: [[Poppy Dewhurst|name]] ([[04/07/2017|dob]], NHS [[887 475 2156|nhs]])
Present: [[Hayley Dewhurst|name]] (mum); [[Mark Dewhurst|name]] (dad, by phone from work in [[Skipton|place]]); [[Jess Tattersall|name]]
(class teacher,
[[Brookfield House School|school]]); [[Anita Sharma|name]] (epilepsy nurse specialist); [[Lee Whitehead|name]] (short breaks, Primrose
House).
Apologies: Dr [[Wilson|name]] (community paediatrician).

1. [[Oscar|name]] ("[[Ozzy|name]]" at home) is 13, autistic with a severe learning disability and epilepsy; he uses a few Makaton signs
   and a talker. He had two tonic-clonic seizures in September, one needing rescue buccal midazolam and an ambulance to Airedale
   on [[19 September|date]] (discharge letter on file). He has grown a lot and now hits out when distressed; [[Hayley|name]] has bruises on
   both forearms and a bite mark from [[26 September|date]].
2. Sister [[Poppy|name]] (9), at [[Valley Lane Primary|school]], locks herself in the bathroom when [[Oscar|name]] is upset. She told
   [[Jess|name]] at pick-up that she "wants to live at Nana [[Brenda|name]]'s" in [[Earby|place]]. Grandparents [[Brenda|name]] and
[[Ken Hodgson|name]]
   ([[12 Water Street|address]], [[Earby|place]]; [[01282 842 630|phone]]) have [[Poppy|name]] most Saturdays.
3. Short breaks: one night a fortnight at Primrose House in [[Burnley|place]]; [[Lee|name]] says [[Oscar|name]] settles well. Family asks
   for two nights; panel [[22 October|date]].
4. [[Mark|name]] works 50 hours a week as an HGV driver and sleeps in the cab two nights; [[Hayley|name]] gave up her job at the Craven
   Herald. She said "I love him to bits, but I'm frightened of my own son now, and I'm frightened for [[Poppy|name]]".
5. Housing: the stairs are unsafe for [[Oscar|name]] in a seizure; OT ([[Sam Hartley|name]]) assessing for a through-floor lift.

Actions: increase short breaks (SB); Positive Behaviour Support referral; young carers assessment for [[Poppy|name]]; carer's
assessment for [[Hayley|name]]; next review [[4 January 2027|date]].
"""),
]

DOCS_F += [
    ("hospital discharge summary", """Airedale NHS Foundation Trust - Airedale General Hospital, [[Steeton|place]]
PAEDIATRIC DISCHARGE SUMMARY                                   Ward 19 (children's)
Patient: [[DEWHURST, Oscar|name]]   Hosp no: A0447129   NHS no: [[202 792 8146|nhs]]   DOB: [[21-Mar-2013|dob]]
Address: [[31 Rainhall Rd|address]], [[Barnoldswick|place]], [[BB18 5AF|postcode]]   GP: Barlick Medical Centre (Dr [[P. Wilson|name]])
Admitted: [[19-Sep-2026|date]] 03:20 via ED (YAS ambulance)   Discharged: [[21-Sep-2026|date]] 15:00
Consultant: Dr [[R. Mahmood|name]]   Summary by: Dr [[Ellen Crossley|name]] (ST3)

Diagnosis: prolonged generalised tonic-clonic seizure (about 12 minutes), terminated with buccal midazolam by mother and IV
lorazepam in ED. Known autism, severe learning disability, epilepsy (on sodium valproate and clobazam).

Course: Post-ictal for 3 hours; no fever; bloods normal; valproate level low - mother reports [[Oscar|name]] has been spitting out his
medicine for 2 weeks and "fighting" at medicine times. Play specialist [[Chloe|name]] helped with a new liquid and a reward chart.
Safeguarding: on admission, staff noted bruising to [[Oscar|name]]'s upper arms in the pattern of holding. Mother explained she and
her husband hold him for medicines and in seizures; [[Oscar|name]] also has self-injury (head banging). Discussed with the named
nurse for safeguarding, [[Gail Foulds|name]], on [[20/09/2026|date]]: no concerns about intentional harm; the family needs more help;
letter to [[Sophie Baldwin|name]] (social worker) and to [[Brookfield House|school]].

Mother ([[07891 604 327|phone]]) also told the nurse, [[Precious Moyo|name]], that she had been "at the end" and that [[Oscar|name]]'s
sister [[Poppy|name]] was staying with her grandparents in [[Earby|place]] while he was in.

Follow-up: epilepsy clinic (Dr [[Mahmood|name]]) [[02/11/2026|date]]; community paediatrics; epilepsy nurse [[Anita Sharma|name]].
Electronically signed: [[E. Crossley|name]] [[21/09/2026|date]] 16:42
"""),
    ("home-school communication book, scanned pages", """[Home-school book, [[Brookfield House School|school]], class 6S. Pages from
[[12|date]] to [[16 October|date]] scanned in by the school
for the review; handwriting typed by [[J. Tattersall|name]]. Words crossed out shown as ~~ ~~.]

Mon [[12/10|date]] (school -> home)
[[Ozzy|name]] had a good day! Sensory room am, swimming pm. Ate all his pasta. One wobble at 2.10 when the bus was late -
he bit his own hand, no mark. Meds at 12 given (clobazam) by [[Shaz|name]] (TA). - [[Jess|name]]

Mon [[12/10|date]] (home -> school)
Thanks [[Jess|name]]. Bad night, up at 3 - 4.30 ~~5~~. He headbutted the wall. [[Mark|name]] away till Wed.
[[Poppy|name]] went to my mums. Can he have a sleep after dinner if he needs it? [[H Dewhurst|name]]

Tue [[13/10|date]] (school)
Slept 12.30-1.15 in the quiet room. Happy after. [[Oscar|name]] pressed "MUMMY" and "CAR" on his talker lots today. Bus escort
[[Trev|name]] says he sang all the way to [[Salterforth|place]]. - J.T.

Tue [[13/10|date]] (home)
Brill. He was calmer. Nana [[Brenda|name]] & Grandad [[Ken|name]] came for tea. Has [[Sophie|name]] rung you about the lift?
~~[[Hayley|name]]~~ H

Wed [[14/10|date]] (school)
Yes, [[Sophie|name]] rang. OT [[Sam|name]] coming to school Fri [[16th|date]] to watch him on the stairs here. Please send spare
trousers. Thank you! [[Jess|name]] + [[Shaz|name]]

Thu [[15/10|date]] (home)
Sorry no trousers, all in wash, will send tmrw. He kicked [[Poppy|name]] in the tummy this morning, not his fault, she was in his
space. She is OK. I am not. Can we talk Friday? [[Hayley|name]] [[07891 604327|phone]] (new phone is same no.)

Fri [[16/10|date]] (school)
Of course, I'll ring at 3.30. Please look after yourself. [[Sam|name]] says the lift is a "priority". - [[Jess|name]]
"""),
    ("a mother's notes-app notes written fast on her phone, forwarded by email", """From: [[hayleyd89@icloud.com|email]]
To: [[sophie.baldwin@brunvalley.gov.uk|email]]
Date: Sat, [[7 Nov 2026|date]] 23:58
Subject: notes like u said

[[sophie|name]] u said write it down when it happens so here it is from my notes app sorry for spelling

[[2 nov|date]] - clinic at airedale, dr [[mahmood|name]] upped the valproate. [[oz|name]] screamed whole way home on a6068. 2 hrs back to
[[barlick|place]]
[[3 nov|date]] - hit me in face at bath time. nose bled. [[poppy|name]] saw. [[mark|name]] on way back from [[felixstowe|place]]
[[4 nov|date]] - good day!! primrose rang - extra night from [[18th|date]] yesss
[[4 nov|date]] late - neighbour [[deb|name]] from [[no 29|address]] came round bc she heard him screaming. she was nice abt it. said her
grandson in [[kelbrook|place]] is same
[[5 nov|date]] - fireworks. nightmare. [[oz|name]] under duvet til 2am with ear defenders. [[mark|name]] back. we had row. he said maybe
residential
school and i threw cup at wall. not proud
[[6 nov|date]] - [[pops|name]] said at tea "i wish [[ozzy|name]] lived somewhere else" then cried that she said it. took her to mums in
[[earby|place]]. my mum said "u cant do this on ur own [[hayls|name]]"
[[7 nov|date]] - me and [[mark|name]] talked properly. we dont want him to go away. but we need more. 2 nights primrose + someone in
the mornings. can u put that in. ok going bed

[[hayley|name]]
ps my mums new mobile is [[07946 275 108|phone]] if u cant get her on the landline
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 57 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 02:45 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "coach", "our", "me", "my", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum",
           "mummy", "mam", "mama", "dad", "daddy", "baba", "aunty", "auntie", "uncle", "madame", "madam", "mamie", "ammi", "khalti",
           "tato", "тато", "мама", "баба", "вујко", "вујна", "дедо", "teta"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "lancashire", "east lancashire",
               "east lancs", "pendle", "hyndburn", "rossendale", "ribble valley", "burnley borough", "craven", "north yorkshire",
               "yorkshire", "cumbria", "the north west", "north west", "greater manchester", "algeria", "algérie", "kabylie",
               "kabylia", "france", "macedonia", "north macedonia", "македонија", "spain", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mamie Fatiha",
# "ammi Rachid", "Madame Kenyon", "Баба Верица", "Вујко Драган", "Nana Brenda", "Grandad Ken"; and after one) and counties,
# districts, regions and countries ("Lancashire", "Pendle", "Hyndburn", "Rossendale", "Ribble Valley", "Algeria", "Kabylie",
# "Macedonia", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
