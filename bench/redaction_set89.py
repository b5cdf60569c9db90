"""Set 89: a held-out hand-written set for the redaction detector, six more invented families in Newcastle upon Tyne.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set86.py,
redaction_set87.py, redaction_set88.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; the middle of
set 21's documents was not read), the docstrings of bench/redaction_set7.py to redaction_set85.py, printed only and searched
for Newcastle districts and for communities (to pick homes and communities no earlier set used), the top of
bench/redaction_handwritten.py (its module docstring, `_party`, `Records` and `HandSet`), the first fifteen lines of
tests/test_redaction_set25.py (for the form of its NAME check), and nothing of set 15 beyond importing its
checker. Phone numbers were checked with the phonenumbers library and NHS numbers made and checked with
python-stdnum; the UPN's check letter was computed by hand in a small snippet. The record constructors (d.Party through
`_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector
on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families in Newcastle upon Tyne, each from a district no earlier set used as a family's home: a white British family in
Byker, with a grandmother in Walkergate and a father in Blyth (Charlton / Robson; domestic abuse, a boy
of 7 alone on a walkway at night, a girl of 14 caring for him and seeing a man of 19, an uncle at the school gate); a Comorian
family, by way of Mayotte and Marseille, in Elswick (Ahamada / Said Mohamed; a boy of 9 belted at an unregistered Saturday
Qur'an class, a LADO referral, a mother's letter in French, a foodbank voucher); a Mauritanian family in Cowgate (Ould Sidi /
Mint Ahmed Salem; a girl of 15 told she was to be engaged to a cousin in Nouakchott, a Forced Marriage Protection Order, an
uncle from Roubaix, names in Arabic script); a very young white British couple in Walker (Dodds / Heron; a baby of 13 weeks
with a femur fracture, bruising and rib fractures); a white British family in Benwell whose grandparents in Lemington seek a
special guardianship order (Purvis / Gallagher; a mother's heroin use, a girl of 11 who is a young carer); and a white British
family in Blakelaw (Bell / Scott-Wade; a boy of 15 criminally exploited, found in a flat in Middlesbrough). The Comorian and
Mauritanian communities are new to these sets. 24 documents: about half plain professional recording (a strategy discussion
record, a child and family assessment, a LADO referral, an initial child protection conference report, a hospital
safeguarding referral, a social work chronology, a special guardianship assessment, a child in need review's minutes, a return
home interview, an exploitation panel's minutes, a CPOMS log), and the rest other writing: a housing officer's voice note typed
up by an admin worker, a teenager's messages to her nana screenshotted and printed, a mother's handwritten letter in French
with the council's translation, a hand-filled foodbank voucher in capitals, a school DSL's email, a girl's chat in English and
Arabic script, a police officer's pocket notebook in capitals, parents' Messenger messages from a police download, a health
visitor's notes typed fast on a phone, an 11-year-old's diary in lower case, an OCR'd GP letter (with "l" for "i" and "O" for
"0"), a National Referral Mechanism form, and a youth worker's Snapchat messages typed up.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (phonenumbers), UK and
foreign (France, Comoros, Mauritania, Spain); NHS numbers pass their check digit; the UPN (LA 391) passes its check letter;
the NI number has a valid format. The council (Tyne Ridge City Council) is invented, and so are Blue Line Taxis, Cowgate
Surgery, Elswick Family Practice, Benwell Lane surgery, Riverside Medical Group and Walker Medical Group as named here; towns,
districts, estates, real schools, NHS bodies, hospitals, police forces, prisons, courts, clubs, shops, brands and apps are real
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (see its docstring): [[words|kind]] is a gold span; titles,
roles and kinship words (Mr, Mrs, Ms, Miss, Dr, DC, DS, DI, PC, Nana, nana, Grandad, aunty, Uncle, Mme, Madame, Ba, Sheikh)
stay outside the name span; a possessive 's and a texting bare s ("[[kyle]]s", "[[Chelsea]]s") stay outside; "SURNAME, First"
is one span; weekdays before a date stay outside; months and years alone are not marked; countries, regions and islands of
a country (France, Spain, Comoros, Mayotte, Anjouan, Mauritania) are not places; organisations named after a town or a
person stay unmarked (Byker Community Trust, Walker Medical Group, Elswick Family Practice, Benwell Lane surgery, Cowgate
Surgery, the Family Court at Newcastle, Newcastle United, Search Newcastle, West End Foodbank, Great North Children's
Hospital, the RVI, Northumbria Police, Cleveland Police, HMP Durham, Swan Hunter, Vickers); landmarks stay unmarked (St James'
Park, Central Station, the Coast Road, the Tyne riverside path); a neighbour's bare flat or house number ("no. 44", "flat 4",
"appartement 4") is an address.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a misspelled place in a
child's diary ("lemmington") and a place's local short form ("Boro" for Middlesbrough) are places; OCR-damaged names, places
and dates ("PURVlS", "Lemlngton", "28/O7/196O", "24th Novernber") are marked as what they are; Mauritanian "Ould" and "Mint"
are part of the surname and inside the name span ("Mint Ahmed Salem"); "Ba" (a Comorian word for an elder, "Ba Youssouf")
and "Sheikh" are titles; "Fundi" (teacher) and "Baba" and "mama" (father, mother) used alone are not names; a pet (Rocky)
is not a name; a shop named by its chain ("the Spar", "greggs") is an organisation; a street named in lower case without
its suffix ("binswood", "chillingham rd") is an address; a contact or display name that is a person's plain name ("Summer",
"Lina", "Ty", "Ben") is a name and the emoji after it stays outside; a French postcode ("13015", "59100") is a postcode;
a CAD, crime or referral reference, a collar number, a private hire plate number and a bleep number are not marked.

Self-check without the detector: `python -m bench.redaction_set89` (and tests/test_redaction_set89.py) runs set 15's checker
on this set with this set's titles and countries, and prints the number of documents and gold spans per kind: 24 documents,
913 gold spans, 485 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Robson / Charlton family (white British), the Byker Wall estate, Byker ---------------------------------------------

HOME_A = d.Address("14 Gordon Road", "Byker", "Newcastle upon Tyne", "NE6 1EN")
NAN_A = d.Address("7 Mitford Street", "Walkergate", "Newcastle upon Tyne", "NE6 4BT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Robson")], dt.date(2019, 4, 23), addresses=[HOME_A], ids=["1942512651"],
       schools=["Ravenswood Street Primary School"]),
    _p("s", "sibling", [("Summer", "Charlton")], dt.date(2012, 8, 2), addresses=[HOME_A], ids=["3297085118"]),
    _p("m", "mother", [("Gemma", "Charlton")], dt.date(1993, 1, 30), addresses=[HOME_A], phones=["07812 446 903"],
       ids=["JR 62 81 04 B"]),
    _p("f", "father", [("Lee", "Robson")], dt.date(1990, 6, 14), phones=["07935 218 774"]),
    _p("g", "grandparent", [("Pauline", "Charlton")], dt.date(1966, 11, 9), addresses=[NAN_A], phones=["0191 265 4418"]),
    _p("p1", "professional", [("Ailsa", "Fenwick")], phones=["0191 278 3310"], emails=["ailsa.fenwick@tyneridge.gov.uk"]),
], "c")

DOCS_A = [
    ("Neighbourhood housing officer's voice note typed up by an admin worker", """[Typed from voice note - Byker Community Trust
housing team - recorded Tues [[3rd Nov|date]] about 4.40pm - typed by [[Jan|name]] (admin)]

Right, this is [[Craig Milburn|name]], neighbourhood officer, it's the third of Nov, er, [[3/11|date]], about the
property at [[14 Gordon Road|address]], that's the tenancy of [[Gemma Charlton|name]], [[NE6 1EN|postcode]]. So I've been
round today because the lady at number 12, Mrs [[Shields|name]] - [[Brenda Shields|name]] - rang in again about the
noise and she says the little lad, [[Kayden|name]], was out on the walkway on his own at gone ten at night on Saturday
in just a vest. She says the big sister, [[Summer|name]], she's fourteen, she went looking for him and she was crying.
Erm. I knocked, [[Gemma|name]] answered, she was OK with me, polite, but the house - there was dog mess in the kitchen,
the staffie, Rocky, and no carpet in the front room, and a hole in the bedroom door like a fist. She said that's from
when [[Lee|name]] was still living there, [[Lee Robson|name]], the dad, he's not supposed to be there, she says he's
staying at his mate's in [[Walker|place]]. There was a man's coat on the banister though. I didn't say anything.
She's in arrears, about nine hundred, the payment plan's from [[14 August|date]]. I said we'd do a referral to the
tenancy sustainment lot and I've told her I'm passing it to children's services an' all 'cos of the walkway thing.
Her mam, [[Pauline|name]], lives over in [[Walkergate|place]], [[Mitford Street|address]], and has the kids a lot,
her number I've got as [[0191 265 4418|phone]]. [[Gemma|name]]'s mobile is [[07812 446 903|phone]]. That's it. Oh - the lad at
flat 20 on the [[Raby Street|address]] side, [[Dean|name]] something, [[Dean Heslop|name]], said he's seen a blue
Astra, [[NK14 RZD|vehicle]], parked up outside most nights. End of note.
[[[Jan|name]]: checked reg with caller - he spelled it N K one four R Z D]
"""),
    ("Primary school safeguarding log (CPOMS export)", """CPOMS - Incident report export     School: [[Ravenswood Primary School|school]]
Student: [[ROBSON, Kayden|name]]   Year: 2 (Class 2H - Miss [[Hedley|name]])   DOB: [[23/04/2019|dob]]   UPN: [[V391211026014|upn]]

[[04/11/2026|date]] 08:52  Categories: Neglect; Attendance
Reported by: [[Hannah Hedley|name]]
K arrived 45 mins late, brought by his sister [[Summer|name]] (Y10 at [[Walker Riverside Academy|school]]), who then went to
her own school late. K had not had breakfast - went to breakfast club tray. Same uniform as last week, smelled of dog. He
said "me mam was poorly" and "me dad shouted at the polis". He told me the polis came "the day before yesterday".
Action: passed to DSL.

[[04/11/2026|date]] 10:15  Categories: Safeguarding; Domestic abuse
Reported by: [[Mark Tait|name]] (DSL)
Operation Encompass notification received from Northumbria Police this morning - DA incident at home address
Sunday [[1 November|date]] 23:40, father present, mother with a cut lip. Spoke to K with Miss [[Hedley|name]]. He said "Daddy
broke the door and Nana [[Pauline|name]] came in a taxi". Rang mum [[07812 446 903|phone]] - no answer. Rang Nana on
[[0191 265 4418|phone]]: she said [[Gem|name]] is "at hers" in [[Walkergate|place]] with both bairns for now and [[Lee|name]]
"is gone back to his mother's in [[Blyth|place]]".
Action: Referral to Children's Front Door, Tyne Ridge City Council (ref FD/26/88214). Call from SW [[Ailsa Fenwick|name]]
([[0191 278 3310|phone]]) at 14:20 - strategy discussion tomorrow.

[[05/11/2026|date]] 09:05  Categories: Attendance
Reported by: Office ([[Carol|name]])
K in on time with Nana. Nana's address for now: [[7 Mitford Street|address]], [[NE6 4BT|postcode]].

[[09/11/2026|date]] 15:20  Categories: Family; Contact
Reported by: [[Hannah Hedley|name]]
A man came to the gate at home time and asked for "[[Kayden Robson|name]]"; said he was "Uncle [[Stu|name]]". Office did not
release K. Nana [[Pauline|name]] arrived 15:25 and said it was [[Stuart Robson|name]], [[Lee|name]]'s brother, from [[Cramlington|place]],
who "means no harm" but is "in touch with [[Lee|name]]". He left in a grey van, reg [[NU63 FKE|vehicle]] (per caretaker
[[Bob Slater|name]]).
Action: passed to SW [[Ailsa Fenwick|name]] at 15:40 ([[ailsa.fenwick@tyneridge.gov.uk|email]]); gate list updated - only
[[Pauline Charlton|name]], [[Gemma Charlton|name]] and [[Donna Charlton|name]] may collect.

[[12/11/2026|date]] 11:00  Categories: Wellbeing
Reported by: [[Sue Cairns|name]] (ELSA)
K drew a picture of "my house" with a door "that's broken" and "Daddy in the car". He said "I'm not allowed to say
[[Byker|place]] any more, I live at Nana's now". ELSA sessions weekly (Thursdays).

[[16/11/2026|date]] 08:40  Categories: Attendance
Reported by: Office ([[Carol|name]])
[[Summer|name]] rang from [[Walker Riverside|school]] to say K has a temperature and is at Nana's. Mum rang 08:55 from a withheld
number and said she's "back at [[Gordon Road|address]] getting the house sorted".
"""),
    ("Strategy discussion record", """TYNE RIDGE CITY COUNCIL - CHILDREN'S SOCIAL CARE
STRATEGY DISCUSSION (s.47)                                            Held: [[5 November 2026|date]], 10.00, on Teams
Children: [[Kayden ROBSON|name]] (DOB [[23.04.2019|dob]], NHS [[194 251 2651|nhs]]); [[Summer CHARLTON|name]] (DOB [[02.08.2012|dob]],
NHS [[329 708 5118|nhs]])
Address: [[14 Gordon Road|address]], [[Byker|place]], [[Newcastle upon Tyne|place]] [[NE6 1EN|postcode]] (currently staying with
maternal grandmother, [[7 Mitford Street|address]], [[Walkergate|place]])
Present: [[Ailsa Fenwick|name]] (SW, chair); DS [[Rob Dunn|name]] (Northumbria Police, Safeguarding); [[Mark Tait|name]] (DSL,
[[Ravenswood|school]]); [[Nicola Armstrong|name]] (DSL, [[Walker Riverside|school]]); [[Joanne Pattinson|name]] (health visitor
team, on behalf of 0-19 service)

Information shared
Police: Call [[1 November 2026|date]] 23:38 from a neighbour (Flat 12, Mrs [[Shields|name]]). Officers found [[Gemma Charlton|name]]
(DOB [[30/01/1993|dob]]) with a cut lip; [[Lee ROBSON|name]] (DOB [[14/06/1990|dob]]) had left. He was arrested on [[2/11|date]]
in [[Blyth|place]] at his mother's address, [[22 Cowpen Road|address]], and bailed with conditions not to enter [[Byker|place]] or
contact [[Gemma|name]]. Three previous DA call-outs since spring 2025 (two in [[Wallsend|place]]).
Vehicle [[NK14 RZD|vehicle]] is registered to him. DASH: high. MARAC referral made.
[[Walker Riverside|school]]: [[Summer|name]] has missed 31% of sessions this term; she told her form tutor she "has to get
[[Kayden|name]] to school 'cos mam can't get up". She has a boyfriend aged 19 called "[[Jordan|name]]" from [[Heaton|place]]; staff
are worried.
Decision: threshold met for s.47 enquiries for both children (single agency, social care lead, police to share). [[Kayden|name]]
and [[Summer|name]] to stay with Nana [[Pauline|name]] under a safety plan; [[Lee|name]] not to have contact until ICPC.
Next: ICPC by [[26 Nov 2026|date]].
Discussion and views
[[Ailsa|name]] said she visited Nana [[Pauline|name]]'s on [[4/11|date]] after school. [[Kayden|name]] ("[[Kay|name]]" to the family)
showed her
the box room he shares with [[Summer|name]] and said "I like Nana's 'cos the telly is quiet". [[Summer|name]] would not come
downstairs at first; later she said she is "fed up of being the mam" and that her dad "only kicks off when he's had the
Stella". She asked if she could still go to her friend [[Chloe Reay|name]]'s in [[Heaton|place]] and to boxing at the club on
[[Shields Road|address]]. [[Pauline|name]] (b. [[09/11/1966|dob]]) said she can keep both children "as long as it takes" but works
three early shifts a week at the Asda in [[Byker|place]]; her partner, [[Keith Rutherford|name]], who lives with her, has a
conviction from 2009 (police to check). Mother's sister, [[Donna Charlton|name]] of [[Longbenton|place]] ([[07950 662 481|phone]]),
could collect [[Kayden|name]] on those mornings.
Mr [[Robson|name]]'s mother, [[Irene Robson|name]], of [[22 Cowpen Road|address]], [[Blyth|place]] [[NE24 5TA|postcode]], rang the
Front Door on [[4 November|date]] to say she would not let him stay "if the bairns are at risk". Mr [[Robson|name]]'s probation
officer is [[Grant Scorer|name]] (North East probation, [[Blyth|place]]).
Health: [[Kayden|name]] is registered at Byker Medical Group; he missed his pre-school booster and two dental
appointments at the dental hospital. [[Summer|name]] has been seen by the school nurse, [[Lauren Hindmarsh|name]], for low mood.
Agreed actions (owner, by when)
1. s.47 visits, both children seen alone - [[Ailsa Fenwick|name]], [[6 November|date]].
2. Police to check [[Keith Rutherford|name]] and speak to [[Jordan Dixon|name]] (19) re. [[Summer|name]] - DS [[Dunn|name]],
   [[9.11.26|date]].
3. [[Walker Riverside|school]] to share [[Summer|name]]'s attendance and any contact from [[Jordan|name]] - Ms [[Armstrong|name]].
4. Referral to the domestic abuse service for [[Gemma|name]]; [[Gemma|name]] to be seen alone at her mother's - [[Ailsa|name]],
[[10/11|date]].
"""),
    ("Teenager's messages to her nana, screenshotted and printed by the grandmother", """[printed screenshots - handed to SW by
[[Pauline Charlton|name]] on [[09/11/2026|date]]]

[[Summer|name]] 💜
Sat 7 Nov
nana can i stay at [[jordans|name]] the nite hes gettin a chinese n we r gonna watch a film at his in [[heaton|place]]
its [[chillingham rd|address]] near the metro
                                              Nana: No pet you know what [[Ailsa|name]] said. home by 9.
ur so tight 😭 [[kayden|name]] can go in my bed if ur worried
                                              Nana: Not about bed. Hes 19 [[summer|name]]. Whats his second name
[[jordan|name]] [[dixon|name]]?? idk. hes sound nana honest. [[lee|name]] knows him off the boxing at [[byker|place]]
                                              Nana: Your dad knowing him doesnt make it better. Ill come and get you
no dont. ill get the metro at [[walkergate|place]]. wil b back by 10 promise
Sun 8 Nov
sorry nana. i was at [[chloes|name]] not his. her mam is [[tracy|name]] on [[welbeck rd|address]]. ring her if u want
[[07766 391 502|phone]]
                                              Nana: I will. Love you. Your mam is coming for dinner.
"""),
]


# --- B. Ahamada / Said Mohamed family (Comorian, by way of Marseille), Elswick ------------------------------------------

HOME_B = d.Address("Flat 3, 86 Elswick Road", "Elswick", "Newcastle upon Tyne", "NE4 6JH")
GRAN_B = d.Address("12 Rue de Lyon", "", "Marseille", "13015")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Nassim", "Said Mohamed")], dt.date(2017, 2, 11), addresses=[HOME_B], ids=["6716452001"],
       schools=["Canning Street Primary School"]),
    _p("s", "sibling", [("Anlia", "Said Mohamed")], dt.date(2021, 9, 5), addresses=[HOME_B], ids=["2831250595"]),
    _p("m", "mother", [("Zaharia", "Ahamada")], dt.date(1995, 5, 17), addresses=[HOME_B], phones=["07452 118 639"]),
    _p("f", "father", [("Soilihi", "Said Mohamed")], dt.date(1988, 12, 1), phones=["+33 6 14 52 78 93"]),
    _p("g", "grandparent", [("Mariama", "Ahamada")], addresses=[GRAN_B], phones=["+33 4 91 58 22 17"]),
    _p("p1", "professional", [("Rachel", "Summerbell")], phones=["0191 278 3310"],
       emails=["rachel.summerbell@tyneridge.gov.uk"]),
], "c")

DOCS_B = [
    ("Child and family assessment, home visit with an interpreter", """CHILD AND FAMILY ASSESSMENT - HOME VISIT RECORD
Child: [[Nassim SAID MOHAMED|name]]    DOB: [[11/02/2017|dob]]    NHS: [[671 645 2001|nhs]]
Visit: Thursday [[12 November 2026|date]], 15:45-17:10, [[Flat 3,
86 Elswick Road|address]], [[Newcastle|place]] [[NE4 6JH|postcode]]
Worker: [[Rachel Summerbell|name]]. Interpreter: Mme [[Anrifa Bacar|name]] (French and Shikomori, by telephone from the agency;
she is Comorian herself and said she does not know the family).

[[Zaharia|name]] (Ms [[Ahamada|name]]) let me in with [[Anlia|name]], 5, on her hip. She asked that I call her "[[Zara|name]]", which
is what the school and the mosque call her. The flat is a first-floor one-bedroom; mother and both children share the bed,
mould on the bedroom wall behind it. The heating is on a key meter, and there was £1.40 left on it.
[[Zara|name]] said she came from Mayotte to [[Marseille|place]] in 2015 and from [[Marseille|place]] to [[Newcastle|place]] in 2022
"to join [[Soilihi|name]]", the children's father, who then went back to France. He now lives in [[Marseille|place]], and works on the
port; his mobile is [[+33 6 14 52 78 93|phone]]. She said he sends money "when he
remembers". Her mother, [[Mariama Ahamada|name]], also lives in [[Marseille|place]] at [[12 Rue de Lyon|address]], [[13015|postcode]]
([[+33 4 91 58 22 17|phone]]), and her own father is still in [[Mutsamudu|place]] on Anjouan.
The referral (from [[Canning Street Primary|school]]) was because [[Nassim|name]] told his teacher, Mr [[Gustard|name]], that his
uncle "hits with a belt when I don't learn my surahs". Alone with me (interpreter on speaker), [[Nassim|name]] said the
uncle is "Ba [[Youssouf|name]]" - not a real uncle, a man from the community who teaches Qur'an on Saturdays at a flat on
[[Westmorland Road|address]]. He showed me a healed line mark on the back of his left thigh. He said [[Ibrahim|name]] and
little "[[Ali|name]]" from his class also go. [[Zara|name]] knew about the class but said she did not know about the belt; she
cried and said she would stop him going.
Plan: s.47 strategy discussion today re. [[Youssouf|name]] (full name unknown; [[Zara|name]] thinks "[[Youssouf Madi|name]]"), LADO
advice (unregulated setting), housing letter about the mould, fuel voucher from the West End Foodbank.
Network (as [[Zara|name]] gave it, with spellings checked with the interpreter)
- [[Faïza Abdallah|name]], cousin, [[Stanhope Street|address]], [[Arthur's Hill|place]]; mobile [[07723 418 560|phone]].
- Mme [[Hadjira Mze|name]], neighbour, [[flat 4|address]] at the same address; "like a sister" to [[Zara|name]].
- [[Mariama Ahamada|name]] (maternal grandmother), [[Marseille|place]]; [[Zara|name]] speaks to her every evening on WhatsApp.
- [[Ali Mmadi|name]], the children's uncle, in [[Moroni|place]] ([[+269 321 08 64|phone]]).
- The imam at the mosque off [[Elswick Road|address]], Sheikh [[Abdou|name]]; [[Zara|name]] does not want him told.
Children's health: [[Nassim|name]] has eczema and asthma (inhalers at school); [[Anlia|name]] (NHS [[283 125 0595|nhs]], DOB
[[05/09/2021|dob]]) has not seen a dentist since [[Marseille|place]]. Both registered with Elswick Family Practice.
School: [[Nassim|name]] is in Year 5 at [[Canning Street|school]]; Mr [[Gustard|name]] says he is "bright, quiet, good at maths, and
frightened of getting things wrong". [[Anlia|name]] starts Reception in September; [[Zara|name]] wants [[Bishop Chavasse|school]]
or [[Canning Street|school]].
Next visit booked: [[26.11.2026|date]], 16:00, with the same interpreter (Mme [[Bacar|name]]).
"""),
    ("Mother's letter in French to the social worker, with the council's translation", """[Handwritten letter, French, received
[[19/11/26|date]]. Translation below by Tyne Ridge Language Service.]

[[Newcastle|place]], le [[18 novembre 2026|date]]

Madame [[Rachel|name]],
Je vous écris pour dire merci. [[Nassim|name]] ne va plus chez [[Youssouf|name]]. Le papa de [[Ibrahim|name]] est venu me voir, il
est fâché contre moi, il dit que j'ai fait honte à la communauté. J'ai peur de sortir au
marché de [[Nuns Moor|place]] le samedi. Ma voisine Mme [[Hadjira|name]] de l'[[appartement 4|address]] m'aide avec
[[Anlia|name]].
Est-ce que je peux avoir un appartement à [[Fenham|place]] ou à [[Arthur's Hill|place]]? Ma cousine [[Faïza|name]] habite
[[Stanhope Street|address]], elle peut garder les enfants quand je travaille au nettoyage.
Le père des enfants ([[Soilihi|name]]) dit qu'il viendra le [[24 décembre|date]]. Je ne veux pas qu'il reste chez moi.
Merci madame,
[[Zaharia AHAMADA|name]]  [[07452 118 639|phone]]

TRANSLATION
[[Newcastle|place]], [[18 November 2026|date]]. Dear [[Rachel|name]], I am writing to say thank you. [[Nassim|name]] no longer goes to
[[Youssouf|name]]'s. [[Ibrahim|name]]'s dad came to see me; he is angry with me and says I have shamed the community. I am
afraid to go to the market at [[Nuns Moor|place]] on Saturdays. My neighbour Mrs [[Hadjira|name]] from [[flat 4|address]] helps me with
[[Anlia|name]]. Can I have a flat in [[Fenham|place]] or [[Arthur's Hill|place]]? My cousin [[Faïza|name]] lives on
[[Stanhope Street|address]]
and can mind the children when I work cleaning. The children's father ([[Soilihi|name]]) says he will come on [[24 December|date]]. I
do not want him to stay with me. Thank you, [[Zaharia AHAMADA|name]].
"""),
    ("LADO referral form (unregulated out-of-school setting)", """LADO REFERRAL FORM - TYNE RIDGE CITY COUNCIL
1. Referrer: [[Rachel Summerbell|name]], Social Worker, Assessment Team West   Tel: [[0191 278 3310|phone]]
   Email: [[rachel.summerbell@tyneridge.gov.uk|email]]     Date of referral: [[13-11-2026|date]]
2. Person the allegation is about
   Name: [[MADI, Youssouf|name]] (known as "Ba [[Youssouf|name]]", also "Fundi")   DOB: not known, 50s
   Setting: Saturday Qur'an class (unregistered), at a first-floor flat, [[211 Westmorland Road|address]], [[NE4 7JT|postcode]]
   Employer / organisation: none known. Attends the mosque on [[Elswick Road|address]]? - not confirmed, do not approach.
3. Children affected: [[Nassim Said Mohamed|name]] (9) and, from his account, two classmates, "[[Ibrahim|name]]" and "[[Ali|name]]"
   (school to identify). Around eight boys attend.
4. Allegation: uses a belt to hit boys on the legs when they cannot recite. Mark seen on [[12.11.2026|date]] by SW.
5. Police informed: yes - DC [[Priya Gill|name]], Northumbria Police CAIT, [[13/11/2026|date]] 11:30.
6. Other information: a man answering the description drives a silver Toyota Previa, [[ND09 KWF|vehicle]], which
   [[Nassim|name]] said "takes the boys home". Mr [[Madi|name]] may have a phone in Comoros, [[+269 332 41 57|phone]], given
   to [[Zara|name]] by another parent.
7. Other children and families known: the class is said to be run from the flat of [[Halima Madi|name]] (believed to be his
   wife) at [[211 Westmorland Road|address]]; a second Saturday group meets in [[Benwell|place]] at "[[Fatouma|name]]'s house"
   on [[Condercum Road|address]]. [[Zara|name]] gave the names of two other mothers, [[Echati|name]] and [[Soifiat Ali|name]]
   ([[07723 584 091|phone]]), who she says "will not speak to the council".
8. Discussed with: [[Sam Errington|name]], LADO, on [[13.11.26|date]] at 14:00 - advised a multi-agency meeting on
   [[17 November|date]]; Ofsted's unregistered settings team informed by [[Sam|name]] on [[16 Nov 2026|date]].
9. Signed: [[R. Summerbell|name]]   Date: [[13/11/2026|date]]
"""),
    ("Foodbank voucher and support form, filled in by hand", """WEST END FOODBANK - VOUCHER / REFERRAL (please print clearly)
Referral agency: TYNE RIDGE CSC (ASSESSMENT WEST)      Referrer: [[R. SUMMERBELL|name]]
Client name: [[ZAHARIA AHAMADA|name]] ("[[ZARA|name]]")
Address: [[FLAT 3, 86 ELSWICK RD|address]]
[[NEWCASTLE|place]]          Postcode: [[NE4 6JH|postcode]]
Phone: [[07452 118 639|phone]]      Adults: 1   Children: 2 (ages 9, 5)
Reason: Benefit delay / fuel
Collecting from: Foodbank centre, [[Rye Hill|place]] (Thurs)
Dietary: halal, no pork. Nappies? NO. Toiletries YES
Date issued: [[20/11/26|date]]     Signed: [[R Summerbell|name]]
"""),
]


# --- C. Ould Sidi / Mint Ahmed Salem family (Mauritanian), Cowgate -------------------------------------------------------

HOME_C = d.Address("42 Ryal Walk", "Cowgate", "Newcastle upon Tyne", "NE4 9XH")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Aichetou", "Ould Sidi")], dt.date(2011, 3, 19), addresses=[HOME_C], ids=["5884388489"],
       schools=["Excelsior Academy"]),
    _p("s", "sibling", [("Sidi Mohamed", "Ould Sidi")], dt.date(2018, 7, 7), addresses=[HOME_C]),
    _p("m", "mother", [("Mariem", "Mint Ahmed Salem")], dt.date(1987, 10, 2), addresses=[HOME_C], phones=["07878 602 145"],
       ids=["NE 37 19 52 C"]),
    _p("f", "father", [("Mohamed Lemine", "Ould Sidi")], dt.date(1979, 4, 4), addresses=[HOME_C], phones=["07984 330 217"]),
    _p("p1", "professional", [("Gavin", "Ridley")], phones=["0191 278 3310"], emails=["gavin.ridley@tyneridge.gov.uk"]),
], "c")

DOCS_C = [
    ("Email from a school's pastoral lead about a summer trip abroad", """From: [[Sophie Lamb|name]]
<[[s.lamb@excelsior.example.org.uk|email]]>
Sent: Mon [[16/11/2026|date]] 12:31
To: Children's Front Door; [[gavin.ridley@tyneridge.gov.uk|email]]
Subject: URGENT - forced marriage concern - [[Aichetou|name]] (Y10)

Hi both,
I'm the DSL at [[Excelsior|school]]. This morning [[Aichetou Ould Sidi|name]] (DOB [[19.03.2011|dob]]) came to me with her friend
[[Lina|name]] and said her dad has told her they are going "home" to [[Nouakchott|place]] for the Christmas holidays and that
"my cousin [[Ahmedou|name]] wants to see me". She said her aunt has sent her pictures of a gold set and a melhfa "for the
engagement". She said she doesn't want to go and asked me not to tell her parents she told us. She is 15.
She says her mum, [[Mariem|name]], doesn't agree but "can't say no to Baba". Her mum doesn't speak much English (Hassaniya and
French).
The cousin's number, which [[Aichetou|name]] showed me in her phone as "[[Ahmedou|name]] 🇲🇷": [[+222 46 21 38 74|phone]].
She told me they are booked to fly from [[Newcastle|place]] via [[Paris|place]] on [[19 December|date]]. She lives at
[[42 Ryal Walk|address]], [[Cowgate|place]]. Her little brother [[Sidi Mohamed|name]] ("[[Sidi|name]]") is at [[Atkinson Road|school]].
I haven't contacted home. Please advise today.
[[Sophie|name]]
[[Sophie Lamb|name]] | Designated Safeguarding Lead | [[0191 274 7510|phone]]
"""),
    ("Initial child protection conference report (summary)", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT (SUMMARY)
Child: [[OULD SIDI, Aichetou|name]]   DOB [[19 March 2011|dob]]   NHS [[588 438 8489|nhs]]
Conference date: [[3rd December 2026|date]]    Author: [[Gavin Ridley|name]], SW    Chair: [[Lesley Pringle|name]] (IRO)

Household: father [[Mohamed Lemine Ould Sidi|name]] (b. [[04/04/1979|dob]]), a taxi driver for a firm in [[Gosforth|place]];
mother [[Mariem Mint
Ahmed Salem|name]] (b. [[02/10/1987|dob]]; NI [[NE 37 19 52 C|ni]]); [[Aichetou|name]] (15);
[[Sidi Mohamed|name]] (8). Home: [[42 Ryal Walk|address]], [[Newcastle upon Tyne|place]] [[NE4 9XH|postcode]].
Names: in Mauritanian naming the words for "son of" and "daughter of" are part of the surname; [[Mariem|name]] does not use
her husband's name. The family write their names in Arabic: [[عيشة|name]] ([[Aichetou|name]]) and [[مريم|name]] ([[Mariem|name]]); I have
used the spellings on their Mauritanian passports here.
Events: On [[17.11.2026|date]] a Forced Marriage Protection Order was made by the Family Court at Newcastle, without notice,
on the application of the local authority; the children's passports (and the father's) were surrendered to Northumbria
Police on [[18.11.2026|date]]. Mr [[Ould Sidi|name]] said through the interpreter (Mr [[Brahim Sy|name]], Hassaniya) that
"there was never a wedding, only a visit" and that the cousin [[Ahmedou Ould Cheikh|name]], 27, of [[Tevragh Zeina|place]],
[[Nouakchott|place]], had "only asked". He then said the family "has lost face in [[Atar|place]]". Ms [[Mint Ahmed Salem|name]]
told me alone that she is relieved, but afraid of her husband's brother, [[Sidi Ould Sidi|name]], who lives in
[[Roubaix|place]] ([[+33 7 81 44 20 96|phone]]) and has rung the house "every night".
[[Aichetou|name]]'s view (seen alone at school, [[26/11|date]]): "I want to do my GCSEs and be a pharmacist. I love my dad. I
don't want him in prison." She spends time after school at [[Lina|name]]'s house on [[Kenton Road|address]] and with her
friend [[Hawa|name]] at the youth project in [[Cowgate|place]].
Recommendation: child protection plan, category emotional abuse; FMPO to remain; school and [[Atkinson Road|school]] to report any
absence the same day.
Professionals' information
- [[Excelsior|school]] ([[Sophie Lamb|name]], DSL): attendance 97%; predicted grade 7s; [[Aichetou|name]] is a young leader at the
  lunchtime club and has a close friendship group ([[Lina Haddad|name]], [[Hawa Camara|name]], [[Zainab|name]]).
- [[Atkinson Road|school]] ([[Peter Gowland|name]], head): [[Sidi Mohamed Ould Sidi|name]] (DOB [[07/07/2018|dob]]) is in Year 3;
  he told his teacher "my sister is going to be a bride" on [[20/11|date]].
- GP (Cowgate Surgery, Dr [[Nkechi Obi|name]]): no concerns; [[Mariem|name]] treated for anxiety since [[5 September 2026|date]].
- Police (DC [[Priya Gill|name]]): no previous convictions for either parent; the FMPO was served on [[18 November|date]]; the
  father's taxi, [[NK70 HWP|vehicle]], is licensed to Blue Line Taxis; his mobile is [[07984 330 217|phone]].
- Forced Marriage Unit: contact with the British Embassy in [[Rabat|place]] (which covers Mauritania) in case the family
  travel through [[Casablanca|place]] instead of [[Paris|place]].
Family's views: [[Mohamed Lemine|name]] asked that the conference know the family has been in [[Newcastle|place]] since 2016,
first in [[Fenham|place]] ([[Nuns Moor Road|address]]) and then [[Cowgate|place]], and that [[Aichetou|name]] "is a good girl". He said
his brother [[Sidi|name]] in [[Roubaix|place]] "has nothing to do with this". Mrs [[Mint Ahmed Salem|name]] will attend with
her friend [[Khadijetou Fall|name]] of [[Kenton|place]] for support.
"""),
    ("A girl's chat with her friend, in Arabic script and English, printed by the school with her consent", """[Printed from
[[Aichetou|name]]'s phone by the DSL, with her agreement, [[16/11/2026|date]]. Contact names as saved.]

[[Lina|name]] 🌸:  did u tell miss yet
Me:  not yet im scared
Me:  baba said the tickets r booked. [[ahmedou|name]] sent a voice note saying he will pick us up at the airport in
[[nouakchott|place]] 🙄
[[Lina|name]] 🌸:  ur literally 15. tell miss [[lamb|name]] at break or i will
Me:  ok ok. dont tell ur mam she'll tell my mam at the shop
[[Lina|name]] 🌸:  which shop
Me:  the african shop on [[westgate rd|address]], mr [[kane|name]]'s. everyone goes there
Me:  خالتي قالت الفرح بعد العيد
[[Lina|name]] 🌸:  ??? english pls
Me:  my aunt says the party is after eid. [[عيشة|name]] the bride 😂😭
[[Lina|name]] 🌸:  not funny. come to mine after school, [[kenton rd|address]], my dad will drive u home
[[Lina|name]] 🌸:  [[hawa|name]] says her brother [[moussa|name]] saw ur uncle's car at [[cowgate|place]] shops
Me:  which uncle. [[sidi|name]]?? hes in [[roubaix|place]]
Me:  عمي [[سيدي|name]] جا من [[روبيه|place]]؟
[[Lina|name]] 🌸:  english!!!
Me:  sorry. is my uncle [[sidi|name]] here from france. ill ask mama. no ill ask [[sidi mohamed|name]] he hears everything
[[Lina|name]] 🌸:  ur lil bro is 8 😂 ok ring me [[07723 610 925|phone]] its my new number
"""),
    ("Police officer's pocket notebook entry, scanned", """NORTHUMBRIA POLICE - POCKET NOTEBOOK    PC 4417 [[J. ROBINSON|name]]    Page 62
[[18/11/26|date]]  0945  Attended [[42 RYAL WALK|address]], [[COWGATE|place]], with DC [[P GILL|name]] re. FMPO service.
Spoke to [[MOHAMED LEMINE OULD SIDI|name]] (DOB [[04.04.79|dob]]), [[07984 330 217|phone]]. Calm. Handed over 4 x
Mauritanian passports + 1 French titre de séjour. Receipts given. Vehicle on drive: white Skoda Octavia
[[NK70 HWP|vehicle]] (private hire plate 1184).
1010  Spoke to [[MARIEM MINT AHMED SALEM|name]], interpreter Mr [[Sy|name]] by phone. No concerns raised in his presence.
Left leaflet. Neighbour at [[no. 44|address]] (Mrs [[Errington|name]]) came out to ask "what's he done". No info given.
1035  Left.
[[19/11/26|date]]  1430  Phone call from [[SOPHIE LAMB|name]], DSL, [[EXCELSIOR ACADEMY|school]] ([[0191 274 7510|phone]]): a man
in a black Mercedes, [[SF19 RXO|vehicle]], waited outside the school at 1520 yesterday and asked a Y10 girl, [[HAWA|name]], "which
one is [[AICHETOU|name]]". Described as 30s, French accent. Possibly [[SIDI OULD SIDI|name]] (uncle, lives [[ROUBAIX|place]]).
1450  Checked PNC: vehicle registered to a hire firm at [[GATESHEAD|place]]. Hirer [[S. OULD SIDI|name]], address given
[[14 Rue Pierre de Roubaix|address]], [[59100|postcode]] [[ROUBAIX|place]].
1505  Informed DC [[GILL|name]] and SW [[G. RIDLEY|name]] ([[gavin.ridley@tyneridge.gov.uk|email]]). Port alert requested.
"""),
]


# --- D. Dodds / Heron family (white British), Walker ----------------------------------------------------------------------

HOME_D = d.Address("58 Fisher Street", "Walker", "Newcastle upon Tyne", "NE6 4LT")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Frankie", "Heron")], dt.date(2026, 8, 21), addresses=[HOME_D], ids=["9399564282"]),
    _p("m", "mother", [("Chelsea", "Dodds")], dt.date(2007, 2, 26), addresses=[HOME_D], phones=["07711 904 582"]),
    _p("f", "father", [("Connor", "Heron")], dt.date(2006, 9, 12), addresses=[HOME_D], phones=["07925 463 118"]),
    _p("p1", "professional", [("Dawn", "Whitfield")], phones=["0191 278 3310"], emails=["dawn.whitfield@tyneridge.gov.uk"]),
], "c")

DOCS_D = [
    ("Hospital safeguarding referral about a bruised baby", """Great North Children's Hospital - Safeguarding Children Referral to
Children's Social Care
Date/time: [[24/11/2026|date]] 02:15          Referrer: Dr [[Oluwaseun Adeyemi|name]], ST5 Paediatrics, bleep 4471
Child: [[Frankie HERON|name]]   DOB [[21-08-2026|dob]] (13 weeks)   NHS No. [[939 956 4282|nhs]]
Address: [[58 Fisher Street|address]], [[Walker|place]], [[NE6 4LT|postcode]]   GP: Walker Medical Group
Parents: [[Chelsea Dodds|name]] (19) [[07711 904 582|phone]]; [[Connor Heron|name]] (20) [[07925 463 118|phone]]

Presentation: brought to ED by both parents at 23:50 on [[23 Nov|date]] with "not feeding and crying when his leg is moved".
On examination a 1.5 cm bruise over the left upper arm and two small bruises on the right cheek, in a non-mobile baby.
Left thigh swollen and tender. X-ray: spiral fracture of the left femur. Skeletal survey and bloods to follow; CT head
planned this morning.
Explanation: Mum says [[Frankie|name]] "got his leg caught in the bars of the Moses basket"; Dad said he "might have rolled
off the settee on Sunday" when he was at his mate's. Neither account explains the injuries. Maternal grandmother,
[[Tracey Dodds|name]], of [[Daisy Hill|place]], arrived at 01:30 and said "[[Connor|name]] is too rough with him". Parents
have agreed to stay on Ward 6A with a nurse present. Police informed (CAIT) - PC [[Hunter|name]].
Named nurse informed: [[Karen Lowes|name]].
Social history (from parents, [[24/11/2026|date]] 01:00): [[Chelsea|name]] (DOB [[26/02/2007|dob]]) and [[Connor|name]] (DOB
[[12/09/2006|dob]]) live together at [[Fisher Street|address]] in a private rented flat; the landlord is a Mr [[Aziz|name]],
first name not known. [[Chelsea|name]] had support from the Family Nurse Partnership (FNP nurse [[Rachael Tweddle|name]])
until [[Frankie|name]] was 6 weeks old. [[Connor|name]] has no job; he used to work at a car wash on the Coast Road. [[Connor|name]]'s
mother, [[Angela Heron|name]], lives at [[12 Benfield Road|address]], [[Walkergate|place]], [[NE6 4NU|postcode]], and has looked after
[[Frankie|name]] twice overnight. [[Chelsea|name]]'s friend "[[Kels|name]]" ([[Kelsey Ord|name]]) lives downstairs at [[no. 56|address]].
Previous attendances: [[Frankie|name]] seen at the walk-in centre at Molineux Street on [[4 November|date]] for "a sticky eye".
Contact numbers: [[Angela Heron|name]] [[07723 905 114|phone]]; [[Tracey Dodds|name]] [[0191 262 8837|phone]].
"""),
    ("Parents' Messenger messages, from a police download, typed for the strategy meeting", """[Extract - Facebook Messenger -
[[chelsea dodds|name]] / [[Connor Heron|name]] - [[22/11/2026|date]] - typed by DC [[A Waugh|name]]]

[[Connor Heron|name]] 21:04: hes screamin again wat do i do
[[chelsea dodds|name]] 21:05: pick him up proper n walk him. im at [[tracys|name]] back at 10
[[Connor Heron|name]] 21:06: i have been fuckin walkin him
[[Connor Heron|name]] 21:19: hes stopped now
[[chelsea dodds|name]] 21:20: wat did u do
[[Connor Heron|name]] 21:20: nowt just held him tight. his leg went a bit funny when i put him down but hes fine
[[chelsea dodds|name]] 21:21: funny how??? send a pic
[[Connor Heron|name]] 21:23: [photo]
[[chelsea dodds|name]] 21:30: [[con|name]] he looks sore. am gettin a taxi now. dont tell me mam
[[Connor Heron|name]] 21:31: dont tell [[dawn|name]] either shell tek him
[[chelsea dodds|name]] 21:58: at the rvi now. [[jade|name]] is comin. where r u
[[Connor Heron|name]] 22:10: at [[benfield rd|address]] gettin the pram. [[angela|name]] says bring him to hers
[[chelsea dodds|name]] 22:11: im not takin him to ur mams hes goin to hospital
[[Connor Heron|name]] 22:40: [[kels|name]] said the polis r at ours. wat did u say
[[chelsea dodds|name]] 22:41: nowt yet. the nurse [[karen|name]] keeps askin
"""),
    ("Health visitor's notes typed fast on a phone", """HV contact [[25.11|date]] - tel - HV [[Rose Bainbridge|name]] (SW is
[[Dawn Whitfield|name]])
- rang mum [[07711904582|phone]] x2 no ans. rang MGM [[Tracey|name]] 0191 ... (no num on file) - got her via [[Chelsea|name]]s sister
[[Jade|name]] [[07833519770|phone]]
- [[Frankie|name]] still on 6A, CT head NAD per ward sister. skeletal survey shows 2 healing rib #s ?older
- hx: missed 8wk check ([[16/10|date]]) & imms at Walker Medical Group. 6-8 wk HV visit done [[2nd oct|date]] at [[58 fisher st|address]]:
  bruise noted?? NO - I reviewed - "small red mark on forehead, mum says from dummy clip" - should have escalated. DATIX done.
- dad [[Connor|name]] works cash-in-hand at a car wash in [[Wallsend|place]], mum says he "dun't sleep".
- [[Chelsea|name]] had her own CP plan as a child ([[Byker|place]] then [[Killingworth|place]]) - check archive.
- plan: attend strat [[26/11|date]] 10am
"""),
    ("Chronology of significant events (social work)", """CHRONOLOGY - [[Frankie HERON|name]] ([[21.08.2026|dob]])      Compiled by
[[Dawn Whitfield|name]], SW, [[27 November 2026|date]]

Date          | Event                                                                 | Source
[[21/08/2026|date]]    | [[Frankie|name]] born at the RVI, 38 weeks, 3.1 kg. Mother 19, father 19.           | Maternity
[[02/10/2026|date]]    | HV new birth visit at [[58 Fisher Street|address]]. "Small red mark" forehead noted.      | HV
([[R Bainbridge|name]])
[[16/10/2026|date]]    | 8-week check and immunisations missed. Not rebooked.                  | GP
[[01/11/2026|date]]    | Police called to [[Fisher Street|address]] by neighbour Mr [[Blackett|name]] ([[no. 60|address]]) -
| Police
              | shouting, baby crying. No offences. Not shared with HV.               |
[[23/11/2026|date]]    | ED attendance, femur fracture, bruising, rib fractures.                | GNCH
[[24/11/2026|date]]    | Strategy discussion; s.47 both agencies.                       | CSC / Police
              | [[Connor Heron|name]] arrested [[25/11|date]], released under investigation.   |
[[26/11/2026|date]]    | Interim plan: [[Frankie|name]] to be discharged to paternal aunt [[Leanne Heron|name]],      | CSC
              | [[Westerhope|place]], with supervised contact at the family centre in [[Benwell|place]].  |
[[27/11/2026|date]]    | [[Frankie|name]] discharged to [[Leanne Heron|name]], [[3 Hawksley Close|address]], [[Westerhope|place]],
  | CSC
              | [[NE5 4HQ|postcode]]. Written agreement signed by both parents.                      |
[[28/11/2026|date]]    | [[Chelsea|name]] rang the duty line (spoke to [[Mark Teasdale|name]]): she has left [[Connor|name]] and   | CSC
              | is at her mother's in [[Daisy Hill|place]]; [[Tracey Dodds|name]] confirms.                       |
[[30/11/2026|date]]    | Contact at the family centre: [[Chelsea|name]] on time, warm; [[Connor|name]] did not attend.      | Contact worker
              | Contact worker: [[Amy Wardle|name]].                                                |
[[1 December 2026|date]] | Skeletal survey repeat: further healing fracture, right 6th rib.            | GNCH
[[2 December 2026|date]] | Legal gateway meeting: PLO / issue proceedings - agreed to issue.           | Legal ([[Nadia Bashir|name]])
"""),
]


# --- E. Purvis / Gallagher family (white British), Benwell; grandparents in Lemington ------------------------------------

HOME_E = d.Address("19 Atkinson Terrace", "Benwell", "Newcastle upon Tyne", "NE4 8SL")
GRAN_E = d.Address("5 Tyne View Gardens", "Lemington", "Newcastle upon Tyne", "NE15 8DE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Hope", "Purvis")], dt.date(2015, 1, 8), addresses=[HOME_E, GRAN_E], ids=["4358807240"],
       schools=["Westgate Hill Primary School"]),
    _p("s", "sibling", [("Alfie", "Gallagher")], dt.date(2020, 6, 3), addresses=[HOME_E, GRAN_E], ids=["4994186367"]),
    _p("m", "mother", [("Stacey", "Purvis")], dt.date(1991, 3, 15), addresses=[HOME_E], phones=["07950 662 481"]),
    _p("g", "grandparent", [("Maureen", "Purvis")], dt.date(1960, 7, 28), addresses=[GRAN_E], phones=["0191 267 5093"]),
    _p("p1", "professional", [("Owen", "Tait")], phones=["0191 278 3310"], emails=["owen.tait@tyneridge.gov.uk"]),
], "c")

DOCS_E = [
    ("A young carer's diary pages, written by an 11-year-old and given to her social worker", """my diary by [[Hope|name]] age 11
(PRIVATE!!! exept [[Owen|name]])

thursday [[5th of november|date]]
mam was asleep when i got in from school again. i made [[Alfie|name]] beans on toast and did his reading book, its about a
dog. there was a man i dont no on the settee called [[Gaz|name]] and he went in the kitchen with mam and shut
the door. i hate that. i put [[alfie|name]] in my bed.
bonfire nite at nans? no its nana [[maureen|name]]s house in [[lemmington|place]] but we didnt go cos mam said no money
for the bus.

friday [[6th|date]]
Mrs [[Charlton|name]] at [[westgate hill|school]] asked why i was sleepy. i said i was up watching youtube. i wasnt.
mam was being sick in the nite. aunty [[kerry|name]] came and took the needle thing out of the bathroom.
me and [[alfie|name]] are going to nana [[maureen|name]]s on saturday and grandad [[ray|name]] is taking us to see the toon

sunday [[8th|date]]
we went to [[whitley bay|place]] on the metro with nana and grandad and [[callum|name]]. grandad got chips. [[alfie|name]] was sick on the
metro lol. mam didnt come. [[owen|name]] said i can rite in here anything and he wont tell mam unless im not safe.
[[kerry|name]] says me and [[alfie|name]] might live at [[lemington|place]] for good. i want to but i dont want mam to be sad.
monday [[9th|date]] went back to [[westgate hill|school]] from nanas. miss [[charlton|name]] gave me a sticker
"""),
    ("Special guardianship assessment (extract, kinship carers)", """SPECIAL GUARDIANSHIP ASSESSMENT - SECTION 3: THE APPLICANTS
Children: [[Hope PURVIS|name]] (DOB [[8 January 2015|dob]]; NHS [[435 880 7240|nhs]]) and [[Alfie GALLAGHER|name]] (DOB [[3 June 2020|dob]];
NHS [[499 418 6367|nhs]])
Applicants: [[Maureen Purvis|name]] (b. [[28.07.1960|dob]]) and [[Raymond Purvis|name]] ("[[Ray|name]]", b. [[11.12.1958|dob]]),
maternal grandparents, of [[5 Tyne View Gardens|address]], [[Lemington|place]], [[NE15 8DE|postcode]]; tel. [[0191 267 5093|phone]].
Assessor: [[Owen Tait|name]], Kinship Team. Visits: [[9|date]], [[16|date]] and [[23 November 2026|date]].

[[Maureen|name]], 66, grew up in [[Scotswood|place]] and worked at the Vickers factory canteen, then as a school cook at
[[Hawthorn|school]] (the primary off [[Hawthorn Terrace|address]]; "it's shut now"). [[Ray|name]], 67,
was a welder at Swan Hunter and is a lifelong Newcastle United season-ticket holder ("the toon", St James' Park). They
have been married 44 years. Their daughter [[Stacey|name]] (the children's mother, of [[19 Atkinson Terrace|address]],
[[Benwell|place]]) has used heroin since her twenties; their other daughter, [[Kerry Purvis|name]], lives in [[Newburn|place]]
and is the children's main back-up carer. [[Alfie|name]]'s father, [[Shaun Gallagher|name]], is in HMP Durham; [[Hope|name]]'s
father is not named on her birth certificate; [[Stacey|name]] has said it is "[[Darren|name]] from [[Denton Burn|place]]".
The children call the applicants "Nana [[Mo|name]]" and "Grandad". [[Hope|name]] told me her nana's house is "the only place
where there's always milk".
Household and home: a three-bedroom council house with a long garden backing on to the Tyne riverside path. [[Hope|name]]
has the back bedroom; [[Alfie|name]] shares with [[Ray|name]]'s model railway. Neighbours on both sides, [[Sandra Bewick|name]]
([[no. 3|address]]) and [[Pat Hogg|name]] and her son [[Liam|name]] ([[no. 7|address]]), gave references; [[Sandra|name]] wrote that
"[[Mo|name]] would give you her last tenner". The couple's friend from the club, [[George Tully|name]] of [[Throckley|place]],
wrote a third reference.
Checks: DBS enhanced checks clear for both ([[12/10/2026|date]]); local authority checks show a 2012 contact when
[[Stacey|name]] was 21 and living at [[Elswick Road|address]]; [[Kerry Purvis|name]] (b. [[04/04/1988|dob]]), [[Kerry|name]]'s partner
[[Mick Dunn|name]] and their son [[Callum|name]] live at [[40 Newburn Road|address]], [[NE15 8LX|postcode]].
Contact with mother: [[Stacey|name]] sees the children at the grandparents' every Saturday, 11-3, supervised by
[[Maureen|name]]. On [[7 November|date]] [[Stacey|name]] arrived under the influence and [[Maureen|name]] sent her home in a taxi
and rang me ([[Owen|name]]) the same day - I saw this as good protective judgement.
Recommendation: a special guardianship order to [[Maureen Purvis|name]] and [[Raymond Purvis|name]], with a support plan
(financial allowance, respite through [[Kerry|name]], [[Hope|name]]'s young carers' support, and [[Stacey|name]]'s contact).
[[Owen Tait|name]], [[owen.tait@tyneridge.gov.uk|email]], [[0191 278 3310|phone]], [[25/11/2026|date]]
"""),
    ("GP letter, scanned and OCR'd (with the scanner's errors)", """[OCR text - scanned [[01/12/2026|date]] - quality: poor]
Rlverside Medlcal Group, Benwell Lane surgery
Dr [[S. Chaudhry|name]]
To: Kinship Team, Tyne Ridge Clty Councll
Re: Mrs [[Maureen PURVlS|name]] DOB [[28/O7/196O|dob]]
[[5 Tyne Vlew Gardens|address]], [[Lemlngton|place]] [[NE15 8DE|postcode]]
Dear Mr [[Talt|name]],
Thank you for your letter of [[24th Novernber|date]]. I can confirm Mrs [[Purvls|name]] has type 2 dlabetes, well
controlled, and osteoarthritis of both knees. In my view her health does not prevent her from carlng for her
grandchildren [[Hope|name]] and [[Alfle|name]]. Her husband Mr [[Raymond Purvls|name]] ls also reglstered wlth us and ls
in good health for hls age.
Yours sincerely, [[S Chaudhry|name]] (GP Partner)
"""),
    ("Child in need review minutes", """CHILD IN NEED REVIEW - MINUTES
Date: Wednesday [[2/12/26|date]]   Venue: [[Benwell|place]] family hub   Chair: [[Owen Tait|name]] (SW)
Present: [[Maureen Purvis|name]], [[Ray Purvis|name]], [[Stacey Purvis|name]] (joined late, 10.20), Mrs [[Charlton|name]]
(Y6 teacher, [[Westgate Hill
Primary|school]]), [[Jo Elliott|name]] (young carers' worker), [[Priya Nair|name]] (drug and
alcohol worker, for [[Stacey|name]], with consent)
Apologies: [[Alfie|name]]'s class teacher ([[Westgate Hill|school]]), school nurse

1. Children's wishes. [[Hope|name]] wrote "I want to stay at Nana [[Mo|name]]'s in the week and see mam on Saturdays". [[Alfie|name]]
   (6) drew "grandad's shed". [[Hope|name]] goes to the young carers' group at Search Newcastle on Tuesdays.
2. [[Stacey|name]]'s update: on a script, 2 negative tests. She says she has stopped seeing [[Gary Fenwick|name]] ("[[Gaz|name]]").
3. School: attendance 96% since moving to [[Lemington|place]]; [[Hope|name]] applying to [[Walbottle Academy|school]] for September.
4. Actions: SGO application to be filed by [[18 December|date]]; [[Kerry|name]] to be assessed as a respite carer; next review
   [[03/03/2027|date]].
"""),
]


# --- F. Bell / Scott-Wade family (white British), Blakelaw ---------------------------------------------------------------

HOME_F = d.Address("33 Binswood Avenue", "Blakelaw", "Newcastle upon Tyne", "NE5 3PQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Scott-Wade")], dt.date(2011, 5, 27), addresses=[HOME_F], ids=["2731411031"],
       schools=["Kenton School"]),
    _p("m", "mother", [("Michelle", "Bell")], dt.date(1984, 8, 19), addresses=[HOME_F], phones=["07766 391 502"]),
    _p("f", "father", [("Anthony", "Scott-Wade")], dt.date(1982, 2, 2)),
    _p("p1", "professional", [("Ben", "Ridley")], phones=["0191 278 3310"], emails=["ben.ridley@tyneridge.gov.uk"]),
], "c")

DOCS_F = [
    ("Return home interview after a missing episode", """RETURN HOME INTERVIEW - MISSING FROM HOME
Young person: [[Tyler SCOTT-WADE|name]]    DOB: [[27/05/2011|dob]]    Age: 15
Home address: [[33 Binswood Avenue|address]], [[Blakelaw|place]], [[Newcastle upon
Tyne|place]] [[NE5 3PQ|postcode]]
Missing from: Fri [[20 Nov 2026|date]] 16:00   Found: Sun [[22.11.26|date]] 07:10 by Cleveland Police at a flat on
[[Parliament Road|address]], [[Middlesbrough|place]]     Interview: [[24 November
2026|date]], at [[Kenton School|school]]
Interviewer: [[Ben Ridley|name]] (exploitation worker)

[[Tyler|name]] (he likes "[[Ty|name]]") agreed to talk but not about "who". He said he went "to see a mate" in [[Middlesbrough|place]]
and got the train from Central Station with "[[Kyle|name]]", who he then said is [[Kyle
Whitby|name]], 17, from [[Slatyford|place]].
Police found him with £340 in cash, two phones and 14 wraps in his sock. He said he was "minding them for someone" and the
money was "for me nana's present". He has a fresh cut on his hand; he said a lad "[[Jonno|name]]" in the flat "did it as a
joke". He said he had not eaten since Saturday.
He said he is scared about a "debt" since his bike was taken in [[Blakelaw|place]] in October. He named nobody else.
He said he wants to go to his dad's, [[Anthony Scott-Wade|name]], who lives in [[Whitby|place]] in a caravan, "to get away". Dad
confirmed by phone ([[+34 612 48 39 20|phone]] - he's in Spain working until [[12 December|date]]) that he cannot have him.
Mum ([[Michelle Bell|name]], [[07766 391 502|phone]]) said she is "at her wits' end" and asked for a move out of the area.
Actions: NRM referral; exploitation panel [[1 Dec|date]]; trauma-informed mentoring through the youth club on [[Kenton Lane|address]].
People and places he talked about (for the exploitation mapping)
- "[[Kyle|name]]" - [[Kyle Whitby|name]], 17, [[Slatyford|place]]; mum [[Leanne Whitby|name]] on [[Slatyford Lane|address]]. Drives?
  no - gets lifts.
- "[[Jonno|name]]" - older, from "[[Boro|place]]" ([[Middlesbrough|place]]); [[Tyler|name]] thinks he is "about 25" and "runs the flat".
- A girl, "[[Mia|name]]", about 16, from [[Thornaby|place]], who was at the flat and gave him toast.
- His friend [[Harvey Lisle|name]] (Y10, [[Kenton School|school]]) who covered for him by saying he was staying at his house on
  [[Hillsview Avenue|address]] in [[Kenton|place]].
- His nana, [[Sheila Bell|name]], in [[Newbiggin Hall|place]] ([[0191 286 4417|phone]]), who he says is "the only one who
  doesn't shout".
Health: [[Tyler|name]] has ADHD (Dr [[Amanda Cresswell|name]], CAMHS) and has not taken his medication since October.
School: [[Kenton School|school]], Year 11, head of year Mr [[Errington|name]]; predicted to pass English and PE.
"""),
    ("Youth worker's Snapchat messages with a boy, typed up for the file", """[Typed up by [[Ben Ridley|name]] from the service's work
phone, [[27/11/2026|date]]. Snapchat display names as shown.]

[[Ty|name]] 🐐  [[26/11|date]] 22:48  u up
[[Ben|name]] (Youth Work)  22:50  Yeah mate. You ok?
[[Ty|name]] 🐐  22:51  [[kyle|name]]s sayin i owe 600 now cos of the shit the polis took
[[Ben|name]] (Youth Work)  22:52  You don't owe anyone. Are you safe right now? Where are you?
[[Ty|name]] 🐐  22:54  at me mams. [[kyle|name]] n [[jonno|name]] r outside the spar on the front
[[Ben|name]] (Youth Work)  22:55  Stay in. I'm ringing 999 and your mam now.
[[Ty|name]] 🐐  22:56  no dont they'll no it was me. theres a black golf [[NL68 VBY|vehicle]] goin round [[binswood|address]]
[[Ben|name]] (Youth Work)  22:58  Ringing now. Keep your door locked. Nobody will know it's you.
[[Ty|name]] 🐐  [[27/11|date]] 07:12  polis came. [[kyle|name]] got lifted at [[slatyford|place]]. me mam is cryin
[[Ben|name]] (Youth Work)  07:15  I'm coming to yours at 9 with [[Lucy|name]]. You did the right thing.
[[Ty|name]] 🐐  07:16  can we go greggs first. no just come. nana [[sheila|name]] is here
[[Ty|name]] 🐐  07:40  tell [[michelle|name]] - i mean me mam - im not goin school today
"""),
    ("National Referral Mechanism referral form (child), extract", """NRM REFERRAL - CHILD (extract, First Responder: Tyne Ridge City
Council)
Section A - Potential victim
Surname: [[SCOTT-WADE|name]]     Forenames: [[TYLER ANTHONY|name]]     Known as: [[Ty|name]]
DOB: [[27-05-2011|dob]]   Gender: M   Nationality: British   NHS number: [[273 141 1031|nhs]]
Current address: [[33 Binswood Avenue|address]], [[Blakelaw|place]], [[NE5 3PQ|postcode]]
Parent/carer: [[BELL, Michelle|name]] (mother), [[07766 391 502|phone]]
Section C - Indicators: found in a "trap house" in another force area; drugs and cash; injury; debt bondage; not eaten.
Locations: [[Middlesbrough|place]] ([[Parliament Road|address]]); [[Newcastle|place]] (Central Station); [[Slatyford|place]] (park by
the shops); [[Fenham|place]] (takeaway on [[Fenham Hall Drive|address]])
Suspected exploiters: "[[Kyle Whitby|name]]" (17); "[[Jonno|name]]" ([[Jonathan Pyle|name]]?, 20s, of [[Stockton|place]]); a man
called "[[Dazza|name]]" who drives [[NL68 VBY|vehicle]].
First responder: [[Ben Ridley|name]], [[ben.ridley@tyneridge.gov.uk|email]], completed [[27/11/2026|date]].
"""),
    ("Exploitation panel minutes", """CHILD EXPLOITATION PANEL (WEST) - MINUTES, [[1st December 2026|date]]
Chair: DI [[Karen Dobson|name]]   Minutes: [[Lucy Gray|name]]

Item 4: [[Tyler Scott-Wade|name]] (15), [[Blakelaw|place]]
[[Ben Ridley|name]] summarised the missing episode ([[20|date]]-[[22 November|date]]) and the Snapchat contact of [[26/11|date]].
Police: the Golf is now linked to [[Darren Hall|name]] ("[[Dazza|name]]"), 29, of [[Fenham|place]], and to a line run into
[[Middlesbrough|place]] and [[Darlington|place]]. Disruption visits to the Spar on the front are planned;
Mr [[Singh|name]], who runs it, has been helpful and has given CCTV.
[[Kenton School|school]]: [[Tyler|name]] at 61% attendance; a managed move to [[Walbottle|school]] discussed and not agreed by mum.
Housing: [[Michelle|name]] has applied for a management move; she would prefer [[Gosforth|place]] or [[Hexham|place]] (her
sister [[Carol Bell|name]] lives in [[Hexham|place]]).
Actions: police - Child Abduction Warning Notices to [[Hall|name]] and [[Whitby|name]]; SW to hold a strategy discussion by
[[3/12|date]]; mentoring at the youth club to continue.

Item 5: [[Kyle Whitby|name]] (17), [[Slatyford|place]] - deferred; Youth Justice worker [[Sean Rowell|name]] to bring to the next
panel on [[5/1/27|date]]. [[Kyle|name]]'s mum, [[Leanne|name]], has asked for help; she says [[Kyle|name]] has been sleeping at
"[[Dazza|name]]'s" in [[Fenham|place]] since [[15 November|date]].
Item 6: Places. Police shared a list of addresses: [[Fenham Hall Drive|address]] (takeaway); the flat on [[Parliament Road|address]],
[[Middlesbrough|place]]; a house on [[Westerhope Road|address]] (not confirmed); the park by the
shops at [[Slatyford|place]]. Housing officer [[Wendy Moat|name]] will visit [[Michelle Bell|name]] at [[33 Binswood Avenue|address]]
on [[4 December|date]] about the management move.
Next panel: Tuesday [[5 January 2027|date]]. Minutes by [[Lucy Gray|name]], [[lucy.gray@tyneridge.gov.uk|email]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 89 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 05:14 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "nurse", "sister", "our", "me",
           "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "mme", "madame", "monsieur", "ba", "baba", "fundi", "khalti", "sheikh"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "tyneside", "tyne and wear",
               "northumberland", "county durham", "teesside", "the north east", "north east", "france", "spain", "comoros",
               "the comoros", "mayotte", "anjouan", "grande comore", "mauritania", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs sets
# 13 to 6's) with this set's titles and kinship words ("Mme", "Madame", "Ba", "nana", "aunty", "grandad") and countries and
# regions ("Comoros", "Mayotte", "Anjouan", "Mauritania", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
