"""Set 261: a held-out hand-written set for the redaction detector, six invented families in Kinver, Enville and Alveley (the
Staffordshire and Shropshire border), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set258.py
to bench/redaction_set260.py and their tests (written by other helpers at the same time), that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set213.py (its docstring, first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES,
HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, the signature of Records.party and the import
lines of bench/redaction_handwritten.py. The docstrings of bench/redaction_set7.py to bench/redaction_set257.py were searched by
script (hit lists of set numbers only) for Kinver, Enville and Alveley (no hits) and for some forty communities of the Americas
and Oceania; "Purépecha" / "Purepecha" had no hit (Mexico itself is named by earlier sets, and Zapotec by one). Phone numbers
were checked with the phonenumbers library and NHS numbers and UPNs (LA 860 Staffordshire, 893 Shropshire) made with
python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families: a young white British mother at Potters Cross, Kinver (Baker / Tonks; neglect, a baby and a girl of 7); a
Purépecha family from Cherán, Michoacán, Mexico (P'urhépecha and Spanish speakers) on the Daddlebrook estate, Alveley (Huacuz /
Tzintzun; a father gone back to Mexico, a mother isolated, a girl of 11, a message in Spanish translated); a White and Black
Caribbean boy of 16 in Enville (Campbell / Lowe; criminal exploitation towards Kidderminster and Wolverhampton); a British
Pakistani family in Kinver (Hussain; domestic abuse); a white British girl of 14 in Alveley caring for a father who drinks
(Price / Jones); and a teenage mother of 19 with a baby on Kinver High Street (Morris / Webb; a nan in Enville). The community
named here, Purépecha (Michoacán, Mexico), did not appear in any earlier docstring searched. 24 documents, each with its own
style label: a school safeguarding log, a health visitor's note, a mother's WhatsApp chat typed up, an OCR'd scanned letter
(with misreadings), a mother's message in Spanish translated, a girl's own words, an interpreter-assisted home visit note, a
school email, a police missing person log, a Snapchat extract typed up, strategy discussion minutes, a youth worker's notes, a domestic
abuse risk assessment, a phone note, a child protection conference minute, a GP's letter, a young carer's own words, a
complaint email, a family support worker's notes, a text chat typed up, a midwife's handover, a nan's letter, a
police domestic abuse log and a housing officer's email.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Mexico +52); NHS numbers and UPNs pass their check digits. The council
("Stour Border Council"), the surgeries and the charities are invented or unmarked organisations; towns, villages, districts
and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, with the changes the brief sets for every new set: a pet's name is
NOT marked (a pet is not a person); a month with its year ("October 2026"), a season or feast with its year ("summer 2026") and
a year alone ("in 2022") are NOT marked as dates; a named day without a date written ("Bonfire Night", "Christmas Day") is not
marked; a day with its month ("14 October", "14/10", "the 3rd") and dates of birth are marked as before. Titles and kinship
words stay outside a name (Mr, Mrs, Ms, Dr, PC, DC, Nan, nana, tata, k'eri, abuela, tía, Baji, Phupho); "SURNAME, First" is one
span; initials alone are not marked; usernames are not marked; organisations holding a town's name stay unmarked; countries,
counties and states ("Mexico", "Michoacán", "Staffordshire", "Shropshire", "Pakistan") are not places; an OCR misreading keeps
its kind.

Choices this set had to make: "nana", "tata" and "k'eri" (P'urhépecha mother, father, and old/grand in "nana k'eri"),
"abuela", "tía", and the Urdu "Abbu", "Ammi", "Baji" and "Phupho" are kinship words and never marked, also when a child uses
one alone as a name; "the severn" is a river and not marked; "Daddlebrook" (an estate at Alveley), "Potters Cross" and
"Compton" (districts of Kinver) are places, and "Daddlebrook Road" in an address line is an address; a pub named with its
village ("enville the cat") marks the village only; nicknames of towns in chats ("kiddy", "wolves", "brum", "kinvers") are
places; chat speaker labels are names, usernames ("smokey_k", "ty_10x") are not; the dogs "Bonnie" and "Tyson" are pets and
not marked; hospitals, surgeries, nurseries and councils ("Russells Hall Hospital", "Stour Valley Practice", "Little Acorns",
"Shropshire Council", "Stour Border Council") are organisations and not marked; "Itzel H" (first name and initial) is one name
span; a short form of a surname a child uses ("Mrs Oko" for Mrs Okonjo) is a name; an OCR'd surname ("8aker", "T0nks") keeps
its kind and its span covers the misreading.

Size: 24 documents, 880 gold spans, 524 of them names: a little short of the 900 spans asked for (about 500 names were asked
for and are there); the documents were written short and lengthened in rounds while time allowed.

Self-check without the detector: `python -m bench.redaction_set261` (and tests/test_redaction_set261.py) runs set 15's checker
on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per kind:
24 documents, 880 gold spans, 524 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Baker / Tonks family (white British), Potters Cross, Kinver ------------------------------------------------------

HOME_A = d.Address("14 Hyde Lane", "Potters Cross", "Kinver", "DY7 6DU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kacey-Leigh", "Tonks")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["6763324618", "K860699515204"],
       schools=["Foley Infant School"]),
    _p("s", "sibling", [("Alfie", "Tonks")], dt.date(2024, 1, 22), addresses=[HOME_A], ids=["1430602783"]),
    _p("m", "mother", [("Shannon", "Baker")], dt.date(1999, 2, 3), addresses=[HOME_A], phones=["07841 372 905"]),
], "c")

DOCS_A = [
    ("infant school safeguarding log", """FOLEY INFANT SCHOOL - SAFEGUARDING LOG (CPOMS export)
Pupil: [[TONKS, Kacey-Leigh|name]]   DOB [[11/06/2019|dob]]   UPN [[K860699515204|upn]]   NHS [[676 332 4618|nhs]]
Mum: [[Shannon Baker|name]] ([[07841 372 905|phone]]), [[14 Hyde Lane|address]], [[Potters Cross|place]], [[Kinver|place]]
[[DY7 6DU|postcode]]

[[08/09/2026|date]]  [[Kacey|name]] in sandals in the rain, no coat. Mrs [[Pardoe|name]] (class teacher) found a spare.
[[15/09/2026|date]]  [[Kacey|name]] asked TA [[Lorna Birch|name]] for toast twice. Said "[[Alfie|name]] had the last bread".
[[22.9.26|date]]  Mum late again; collected by her friend [[Tasha Oakley|name]] from [[Compton|place]] (not on the list). Rang
mum: ok'd it.
[[1 Oct|date]]  HV [[Gillian Rudge|name]] rang: [[Alfie|name]] missed his 2 year review, twice. Concerned about the home.
[[6th October 2026|date]]  Referral by DSL [[Martin\nHale|name]]. SW [[Becky Onions|name]] allocated [[9/10|date]].
[[13/10/2026|date]]  Mum's partner "[[Jonno|name]]" ([[Jonathan Hickman|name]]) collecting, smelt of cannabis. Car
[[FN68 WZO|vehicle]].
[[3/11/26|date]]  [[Kacey|name]] said she slept at "Nanny [[Sue|name]]'s in [[Stourbridge|place]]". Mum: [[Susan Baker|name]],
her mum, [[41 Brook Street|address]], [[Stourbridge|place]] [[DY8 1AL|postcode]].
[[10/11/2026|date]]  [[Kacey|name]] and [[Evie Grainger|name]] fell out; [[Evie|name]]'s mum Mrs [[Grainger|name]] says [[Kacey|name]]
took her snack. [[Kacey|name]]: "I was hungry".
[[18/11/2026|date]]  Home visit by [[Martin Hale|name]]: no answer. Neighbour Mr [[Dennis Wheale|name]] at [[no. 16|address]]
said mum went to [[Kidderminster|place]] with "[[Jonno|name]]".
[[24/11/2026|date]]  Core group in the [[Kinver|place]] library room. [[Shannon|name]] came with [[Tasha|name]]. Next on the [[8th|date]].
[[2/12/26|date]]  [[Kacey|name]] told Mrs [[Pardoe|name]] her dog Bonnie "done a poo on [[Alfie|name]]'s bed".
[[7/12/2026|date]]  [[Kacey|name]] said "[[Jonno|name]]'s brother [[Kyle|name]] sleeps on our settee". Mr [[Hale|name]] told SW
[[Becky|name]].
[[9/12/26|date]]  Nanny [[Sue|name]] collected; says she will have the children at [[41 Brook Street|address]] for Christmas 2026.
[[10/12/2026|date]]  [[Kacey|name]] drew "me, [[Alfie|name]], mummy, [[Jonno|name]], [[Kyle|name]] and [[Tasha|name]]" at home
in [[Potters
Cross|place]]. Said [[Kyle|name]] ([[Kyle Hickman|name]]) "gives me sweets and says don't tell". Mr [[Hale|name]] rang SW
[[Becky Onions|name]] at 11.05 and the police (PC [[Jas Dhillon|name]]). Strategy booked [[11/12|date]].
[[11/12/2026|date]]  [[Evie Grainger|name]]'s mum said [[Kacey|name]] is welcome at [[Evie|name]]'s party on the [[19th|date]].
[[Kacey|name]] asked if [[Alfie|name]] can come too.
"""),
    ("health visitor's home visit note", """Health visiting - home visit - [[Alfie Tonks|name]] (DOB [[22/01/2024|dob]], NHS
[[143 060 2783|nhs]])
Visit: [[14 Oct 2026|date]], 10:15, [[14 Hyde Lane|address]], [[Kinver|place]]. HV [[Gillian Rudge|name]] with student nurse
[[Amy Potts|name]].
Present: mum [[Shannon|name]], [[Alfie|name]], mum's friend [[Tasha|name]]. Partner [[Jonathan Hickman|name]] upstairs, did not
come down. Home: strong smell of dog mess in the kitchen; two dogs (Bonnie and Tyson). Fridge: milk, ketchup. [[Alfie|name]] in a wet nappy,
nappy rash, weight 9th centile (was 25th). Speech: a few words ("[[Kay|name]]" for his sister, "no", "dog").
[[Shannon|name]] says she is "tired all the time", last saw GP Dr [[Farooqi|name]] in the summer. Her mum [[Sue Baker|name]] in
[[Stourbridge|place]] helps "when she isn't at work". Dad of both children, [[Craig Tonks|name]], lives in [[Wombourne|place]],
not involved since 2024.
[[Tasha Oakley|name]] ([[07454 326 981|phone]]) says she will help with the nursery run from [[Compton|place]]. [[Shannon|name]]'s
neighbour [[Dennis Wheale|name]] complained about the dogs to the council (officer [[Kim Tranter|name]]).
Plan: weekly visits; nursery place at [[Kinver|place]] (Little Acorns) from [[2 November|date]]; referral to Early Help.
Addendum [[21/10/2026|date]]: [[Alfie|name]] weighed at [[Kinver|place]] clinic; [[Shannon|name]] came with [[Jonno|name]]
([[Jonathan Hickman|name]], DOB [[02/04/1996|dob]]). [[Kacey-Leigh|name]] at school. HV note: [[Shannon|name]] asked for
[[Alfie|name]] to see the same GP as [[Kacey-Leigh|name]], Dr [[Farooqi|name]].
Next visit [[28/10/2026|date]]. Signed [[G. Rudge|name]] ([[gillian.rudge@nhs.net|email]], [[01384 872 416|phone]]).
"""),
]


# --- B. Huacuz / Tzintzun family (Purépecha, from Cherán, Michoacán), Daddlebrook, Alveley ---------------------------------

HOME_B = d.Address("6 Daddlebrook Road", "Daddlebrook", "Alveley", "WV15 6PT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Itzel", "Huacuz")], dt.date(2015, 10, 4), addresses=[HOME_B], ids=["7109847276", "G893264519349"],
       schools=["Alveley Primary School"]),
    _p("m", "mother", [("Yunuen", "Tzintzun")], dt.date(1988, 12, 17), addresses=[HOME_B], phones=["07592 618 044"]),
    _p("f", "father", [("Juan Carlos", "Huacuz")], dt.date(1985, 3, 9), phones=["+52 423 594 1876"]),
], "c")

DOCS_B = [
    ("mother's WhatsApp message in Spanish, translated", """WhatsApp from [[Yunuen Tzintzun|name]] ([[07592 618 044|phone]]) to
school, [[19/10/2026|date]] 07:52, in Spanish; translated by interpreter [[Lucía Ferreyra|name]] on [[20/10/2026|date]]

Original: Buenos días maestra [[Hollins|name]], soy la mamá de [[Itzel|name]]. Hoy no va a ir, está enferma. Su papá
[[Juan Carlos|name]]
se fue a [[Cherán|place]] y no contesta, su número es [[+52 423 594 1876|phone]]. Mi suegra, nana k'eri [[Rosa|name]], dice que no
va a regresar. No tengo dinero para el gas. Perdón.
Translation: Good morning Miss [[Hollins|name]], I am [[Itzel|name]]'s mum. She will not come today, she is ill. Her dad
[[Juan Carlos|name]] has gone to [[Cherán|place]] and does not answer, his number is [[+52 423 594 1876|phone]]. My mother-in-law,
grandmother [[Rosa|name]], says he is not coming back. I have no money for the gas. Sorry.
Reply sent by Miss [[Hollins|name]] [[19/10/2026|date]] 09:10 (translated into Spanish by [[Lucía|name]]): we hope
[[Itzel|name]] is better; Mr [[Aldous|name]], our DSL, will ring you today.
Interpreter's note: "nana k'eri" is P'urhépecha, grandmother. [[Yunuen|name]] also mentioned her sister, tía [[Erandi|name]], in
[[Uruapan|place]], and a friend [[Maricela|name]] in [[Bridgnorth|place]].
Second message, [[21/10/2026|date]] 18:30 (translated): [[Maricela|name]] ([[Maricela Ruiz|name]]) took me to the foodbank in
[[Bridgnorth|place]]. [[Itzel|name]] goes back tomorrow. My cousin [[Tanaxuri Huacuz|name]] in [[Cherán|place]] says
[[Juan Carlos|name]] is in [[Morelia|place]] with a woman called [[Lupita|name]]. If he rings the school, do not give him
[[Itzel|name]]. His mother [[Rosa Huacuz|name]] rang me from [[+52 423 107 5528|phone]] and cried.
"""),
    ("girl's own words, written with her teacher", """my life - by [[itzel|name]] (year 6), with Miss [[Hollins|name]], [[4/11/2026|date]]

i was born in [[cheran|place]]. there are forests and my abuela [[rosa|name]] makes corundas. my tata [[juan carlos|name]] went
back to [[cherán|place]] in the summer because his papá was sick. now he doesnt ring. mama [[yunuen|name]] cries in the kitchen.
we live in [[alveley|place]] now it is cold. my best friend is [[Poppy Lane|name]] and [[Harriet|name]]. we go to the park
by the village hall. at home we speak purépecha and spanish. mama says "[[Itzi|name]] you are my heart".
i want to go to [[paracho|place]] to see tía [[erandi|name]]s guitars. i miss my cousin [[Tsïtsïki|name]].
my other friend is [[marisol|name]] she is from [[bridgnorth|place]] but her mum is from [[guadalajara|place]]. we speak spanish
at lunch and [[poppy|name]] learns words. tía [[erandi|name]] sent a video from [[uruapan|place]] with [[tsitsiki|name]] dancing.
Miss [[Hollins|name]] wrote: [[Itzel|name]] tearful. She says mum has not eaten "for days". Told DSL Mr [[Aldous|name]].
Mr [[Aldous|name]] rang [[Yunuen|name]] on [[07592 618 044|phone]] with the interpreter; referral to Early Help, Shropshire.
"""),
]


# --- C. Campbell / Lowe family (White and Black Caribbean), Enville -------------------------------------------------------

HOME_C = d.Address("3 Blundies Lane", "Enville", "Stourbridge", "DY7 5HS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tyrese", "Campbell")], dt.date(2010, 3, 29), addresses=[HOME_C], ids=["9252625496", "D860933219409"],
       schools=["Edgecliff High School"]),
    _p("m", "mother", [("Kerry", "Lowe")], dt.date(1984, 7, 8), addresses=[HOME_C], phones=["07463 205 871"]),
], "c")

DOCS_C = [
    ("police missing and exploitation log", """STAFFORDSHIRE POLICE - MISSING PERSON LOG 5512 of [[31/10/2026|date]]
Subject: [[CAMPBELL, Tyrese|name]] (DOB [[29/03/2010|dob]]), [[3 Blundies Lane|address]], [[Enville|place]] [[DY7 5HS|postcode]].
Reported by mother [[Kerry Lowe|name]] ([[07463 205 871|phone]]) 22:40. Last seen 17:00 at the bus stop on
[[Bridgnorth Road|address]].
21:15 PC [[Ollie Sankey|name]]: ANPR hit, grey Audi [[KX19 HBV|vehicle]] ([[Kidderminster|place]] registered keeper
[[Dwayne Pearce|name]])
northbound to [[Wolverhampton|place]].
[[01/11/2026|date]] 03:10 [[Tyrese|name]] found at [[Wolverhampton|place]] railway station by BTP with £340 and two phones.
Associate "[[Smokey|name]]" (believed [[Callum Beddoes|name]], 19, of [[Kidderminster|place]]) seen with him.
Safe and well: DC [[Priti Bains|name]]. [[Tyrese|name]] said he was at "a mate's" in [[Bilston|place]]. Returned home to
[[Kerry|name]] and her partner [[Wayne Lowe|name]] at [[Enville|place]] by PC [[Sankey|name]] 05:20. Return home interview
requested: [[Sam Yates|name]]. Intelligence: [[Beddoes|name]] uses [[07454 611 209|phone]]; house in [[Kidderminster|place]],
[[22 Stourbridge Road|address]], [[DY10 2PH|postcode]]. Dad [[Marcus Campbell|name]] in [[Birmingham|place]] told by phone.
"""),
    ("snapchat extract typed up", """Snapchat chat from [[Tyrese|name]]'s phone, shown by mum [[Kerry|name]] to SW
[[Dan Pritchard|name]] on [[3/11/26|date]]
(usernames left as in the app)

smokey_k: u ready [[ty|name]]
ty_10x: ye but mum on me
smokey_k: tell her ur at [[jordans|name]] in [[kinver|place]]
ty_10x: shes got [[jordan|name]]s mum number tho
smokey_k: ok say [[reece|name]]. link at [[kiddy|place]] bus stn 6
ty_10x: how much
smokey_k: 200 + food. [[dwayne|name]] pickin u up at [[enville|place]] the cat
ty_10x: ok smokey_k: dont bring ur own phone. [[callum|name]] got a burner for u
ty_10x: [[shaniece|name]] said u lot got nicked in [[wolves|place]]
smokey_k: she chattin. delete this
ty_10x: [[marcus|name]] rang me. my dad wants me in [[brum|place]]
smokey_k: ur dad aint ur boss. [[dwayne|name]] waitin at [[stourport|place]] sat
ty_10x: cant sat, [[sam|name]] at youth club
smokey_k: [[sam|name]] is a fed lol. [[dwayne|name]] says last chance [[tyrese|name]]
ty_10x: ok [[stourport|place]] 2 then. tell [[dwayne|name]] bring food
"""),
]


# --- D. Hussain family (British Pakistani), Kinver -------------------------------------------------------------------------

HOME_D = d.Address("27 Meddins Lane", "Kinver", "Stourbridge", "DY7 6BZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aisha", "Hussain")], dt.date(2017, 4, 12), addresses=[HOME_D], ids=["3863012593", "B860750717575"],
       schools=["Brindley Heath Junior School"]),
    _p("m", "mother", [("Nazia", "Hussain")], dt.date(1990, 8, 21), addresses=[HOME_D], phones=["07916 534 270"]),
    _p("f", "father", [("Imran", "Hussain")], dt.date(1986, 1, 5), addresses=[HOME_D], phones=["07826 319 457"]),
], "c")

DOCS_D = [
    ("police domestic abuse log", """STAFFORDSHIRE POLICE - DOMESTIC ABUSE INCIDENT, log 0311 of [[25/10/2026|date]]
Address: [[27 Meddins Lane|address]], [[Kinver|place]] [[DY7 6BZ|postcode]]. Victim: [[Nazia Hussain|name]] ([[21/08/1990|dob]],
[[07916 534 270|phone]]). Suspect: [[HUSSAIN, Imran|name]] ([[05/01/1986|dob]], NI [[PN 73 41 08 B|ni]], [[07826 319 457|phone]]).
Children: [[Aisha|name]] (9) and [[Zayn|name]] (4), asleep upstairs; [[Aisha|name]] woke and rang her aunt [[Saima Akhtar|name]]
in [[Stourbridge|place]] at 23:05.
PC [[Lewis Dyke|name]] and PC [[Hannah Coley|name]] attended 23:30. [[Nazia|name]] had a red mark to her neck. [[Imran|name]]
said she "fell". Neighbour Mrs [[Janet Wilde|name]] at [[no. 29|address]] heard shouting. [[Imran|name]] arrested; car
[[BF21 LOU|vehicle]].
DASH: high. MARAC referral. Officer in case DS [[Gemma Stanier|name]]. [[Imran|name]]'s brother [[Tariq Hussain|name]] arrived
from [[Wolverhampton|place]] and was asked to leave.
[[Aisha|name]] (DOB [[12/04/2017|dob]]) spoke to PC [[Coley|name]]: "Abbu pushed Ammi" (daddy pushed mummy).
"""),
    ("domestic abuse risk assessment", """DASH RISK ASSESSMENT - IDVA [[Claire Moseley|name]] - [[28 October 2026|date]]
Victim: [[Nazia Hussain|name]]; perpetrator [[Imran Hussain|name]]. Interpreter not needed (English and Urdu).
[[Nazia|name]] says it began after [[Zayn|name]] was born; [[Imran|name]] takes her bank card and phone; his mother Mrs
[[Parveen Hussain|name]] in [[Wolverhampton|place]] "says I am lazy". Baji [[Saima|name]] is her support; Phupho [[Shazia|name]]
in [[Dudley|place]] too. Strangulation on [[25/10|date]]. Previous incident at her parents' in [[Bradford|place]] before the
marriage (her dad [[Mohammed Akhtar|name]] intervened). Bail conditions: not to enter [[Kinver|place]].
Safety plan: refuge at [[Stourbridge|place]] offered and refused; a Sanctuary lock; school told ([[Brindley Heath|school]],
Mrs [[Okonjo|name]]). MARAC on [[5/11/2026|date]]. Contact: [[07454 902 318|phone]] (safe number, her sister's phone).
[[Aisha|name]] told the IDVA her friend is "[[Lily-Mae|name]]" and her teacher is "Mrs [[Oko|name]]" (Mrs [[Okonjo|name]]).
[[Nazia|name]]'s friend [[Farzana Begum|name]] from the mosque in [[Stourbridge|place]] may drive her to court at
[[Kidderminster|place]] on [[19 November|date]].
"""),
]


# --- E. Price / Jones family (white British), Alveley -----------------------------------------------------------------------

HOME_E = d.Address("11 Mill Lane", "Alveley", "Bridgnorth", "WV15 6JE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Price")], dt.date(2012, 9, 15), addresses=[HOME_E], ids=["3849602095", "B893725619362"],
       schools=["Bridgnorth Endowed School"]),
    _p("f", "father", [("Gareth", "Price")], dt.date(1978, 11, 30), addresses=[HOME_E], phones=["07388 491 626"]),
], "c")

DOCS_E = [
    ("young carer's own words", """me and my dad - [[ruby price|name]] aged 14, written for the young carers group [[12/11/26|date]]

my dad is [[gareth|name]]. he drinks cider from the shop in [[highley|place]] and sometimes he falls on the stairs. i do the tea
and i walk our dog to the severn and back. my mum [[Lisa Jones|name]] lives in [[telford|place]] with [[Darren|name]] and my
little brother [[Mason|name]]. i see them some weekends.
my friend [[Lacey Brookes|name]] lives on [[daddlebrook|place]] and her mum gives me lifts. at school Mr [[Whitmore|name]] lets
me ring dad at lunch. my nan [[june price|name]] in [[bridgnorth|place]] knows but she is 80.
i dont want dad to get in trouble. i want him to stop. on the [[3rd|date]] he didnt wake up til 2.
[[lacey|name]] says i can sleep at hers. her mum [[donna brookes|name]] is kind. i like mr [[whitmore|name]] and
miss [[jess|name]] at the group. the end
ps [[lacey|name]]s brother [[tom|name]] says my dad was at the [[alveley|place]] pub on sat. he wasnt he was at nan [[junes|name]]
"""),
    ("GP letter", """Stour Valley Practice, [[Alveley|place]] - [[20 November 2026|date]]
To: [[Gareth Price|name]], [[11 Mill Lane|address]], [[Alveley|place]], [[WV15 6JE|postcode]]
Re: your daughter [[Ruby Price|name]], DOB [[15/09/2012|dob]], NHS [[384 960 2095|nhs]]
Dear Mr [[Price|name]],
I saw you on [[17/11/2026|date]] after your fall. As we agreed, I have referred you to the alcohol team in [[Bridgnorth|place]]
(worker [[Stacey Millward|name]]) and told [[Ruby|name]]'s school nurse, [[Kath Dunn|name]], with your consent. Please ring
[[01746 781 395|phone]] to book bloods. Your sister [[Angela Price|name]] ([[07971 264 583|phone]]) said she can drive you.
Yours sincerely, Dr [[Rhian Bowen|name]] (practice nurse [[Elin Parry|name]] sees you on [[24 November|date]])
Your NI number on the form: [[JN 62 18 47 D|ni]]. Your next appointment is with Dr [[Bowen|name]] on [[8 December|date]].
[[Ruby|name]] is welcome to come with you; our carers' lead
[[Hayley Pugh|name]] can see her on [[1 December|date]].
cc SW [[Tom Evason|name]], Shropshire Council ([[tom.evason@shropshire.gov.uk|email]])
"""),
]


# --- F. Morris / Webb family (white British), High Street, Kinver ------------------------------------------------------------

HOME_F = d.Address("Flat 4, 52 High Street", "Kinver", "Stourbridge", "DY7 6HE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harley", "Morris")], dt.date(2026, 2, 20), addresses=[HOME_F], ids=["3743906724"]),
    _p("m", "mother", [("Jodie", "Morris")], dt.date(2007, 5, 30), addresses=[HOME_F], phones=["07520 873 149"]),
], "c")

DOCS_F = [
    ("midwife's handover to the health visitor", """Midwifery handover - baby [[Harley Morris|name]] (DOB [[20/02/2026|dob]],
NHS [[374 390 6724|nhs]])
Mother: [[Jodie Morris|name]], 18 at birth, [[30/05/2007|dob]], [[Flat 4, 52 High Street|address]], [[Kinver|place]]
[[DY7 6HE|postcode]],
[[07520 873 149|phone]]. Born at Russells Hall Hospital. Midwife [[Gemma Tolley|name]]. Community midwife [[Sian Jukes|name]]
([[sian.jukes@nhs.net|email]]) saw [[Jodie|name]] at [[Kinver|place]] clinic on [[27/02/2026|date]] and [[6/3/2026|date]].
Father: [[Kieran Webb|name]], 21, of [[Wombourne|place]]; on and off. Police call-out at his mum's in [[Wombourne|place]]
in 2025. [[Jodie|name]]'s mum [[Tracey Morris|name]] lives at [[2 Fox Lane|address]], [[Enville|place]]; supportive but works nights.
Concerns: [[Jodie|name]] was in care herself (SW [[Lynne Acton|name]]); low mood; smoking. [[Kieran|name]]'s mum
[[Joanne Webb|name]] has been at the ward; her partner [[Lee Skidmore|name]]. Handover to HV [[Gillian Rudge|name]] on [[4/3/2026|date]].
[[Jodie|name]]'s best friend [[Ellie-Mai Round|name]] and her mum [[Trish Round|name]] of [[Compton|place]] visited on the ward.
Baby's GP: Dr [[Farooqi|name]]. Birth registered by [[Jodie|name]] alone; [[Kieran|name]] not named.
"""),
    ("nan's letter to the social worker", """Dear [[Becky|name]],
I am [[Tracey Morris|name]], [[Harley|name]]'s nan. I live at [[2 Fox Lane|address]], [[Enville|place]] and my number is
[[01384 877 062|phone]]. I am worried about my [[Jodie|name]]. Since [[Kieran|name]] came back from [[Wombourne|place]] she does
not answer. On Bonfire Night I saw him shout at her outside the Co-op in [[Kinver|place]]. His mate [[Brad Skidmore|name]] has a
blue van. [[Harley|name]] is a good baby. He has [[Jodie|name]]'s eyes and [[Kieran|name]]'s chin. My sister
[[Maureen Hackett|name]] in
[[Bobbington|place]] says the same. [[Harley|name]] can stay with me any time. My partner [[Phil Weston|name]] works days so
there is always someone. [[Jodie|name]]'s friend
[[Ellie-Mai Round|name]] in [[Kinver|place]] is a good girl and rings me. [[Kieran|name]]'s sister [[Chantel Webb|name]] is not.
P.S. [[Brad|name]]'s van is [[GX17 TYN|vehicle]]. [[Kieran|name]]'s mum [[Joanne|name]] lives [[5 Ounsdale Road|address]],
[[Wombourne|place]].
Yours, [[Tracey|name]] (Nan)
P.P.S. The health visitor [[Gillian|name]] is lovely. Please ring me before you see [[Jodie|name]] on the [[16th|date]].
"""),
]


DOCS_A += [
    ("mother's WhatsApp chat typed up", """whatsapp [[shannon baker|name]] to her mate [[tasha|name]], shown to SW by
[[tasha|name]] [[30/11/26|date]]

[[shan|name]]: can u get [[kace|name]] from school tmrw im so done
[[tasha|name]]: yh babe, [[alfie|name]] too? im at my mums in [[compton|place]] til 4
[[shan|name]]: hv came again with a student. [[gill|name]] says [[alfie|name]] lost weight. i feed him!!
[[tasha|name]]: ignore her. [[jonno|name]] been back?
[[shan|name]]: he took the car to [[kiddy|place]]. his mum [[bev hickman|name]] keeps ringing me
[[tasha|name]]: block her. see u at [[foley|school]] 3.15
[[shan|name]]: mum had [[kacey|name]] in [[stourbridge|place]] sat. she's always judging
[[tasha|name]]: ur mum means well. my [[lee|name]] will fix ur door thurs [[3rd|date]]
[[shan|name]]: ta. the social [[becky|name]] coming mon [[7th|date]] ugh
[[tasha|name]]: want me there? [[lee|name]] can have [[kace|name]] at ours in [[potters cross|place]]
[[shan|name]]: pls. and dont tell [[sue|name]] about [[jonno|name]]s brother
[[tasha|name]]: [[kyle|name]]?? he was in [[wombourne|place]] with [[craig|name]] last wk lol
[[shan|name]]: dont. [[craig|name]] can rot
[[tasha|name]]: haha. [[gillian|name]] the hv is ok tho
[[shan|name]]: shes alright. [[amy|name]] the student is sound
[[tasha|name]]: c u at [[kinver|place]] co op at 9 then
[[shan|name]]: [[kinvers|place]] finest lol x
[[tasha|name]]: lol. oh [[bev|name]] messaged me as well asking where [[jonno|name]] is. told her try [[kiddy|place]] or
[[stourbridge|place]]
"""),
    ("scanned letter, OCR'd", """STOUR B0RDER C0UNCIL - CHILDREN'S SERVICES                         Ref: CS/26l/0442
[[2l/1O/2O26|date]]
Ms [[Shannon Baker|name]]
[[l4 Hyde Lane|address]]
[[P0tters Cross|place]]
[[Kinvcr|place]]
[[DY7 6DU|postcode]]
Dear Ms [[8aker|name]],
Re: [[Kacey-Leigh T0nks|name]] (D0B [[ll/O6/2Ol9|dob]]) and [[Alfie Tonks|name]] (D0B [[22/Ol/2O24|dob]])
Following the visit of [[l4 0ctober|date]] I write to invite you to a child protection conference on [[l2 N0vember 2O26|date]]
at [[Kinver|place]] library. Please bring [[Tasha 0akley|name]] or [[Sue|name]] if you wish. The reports of
HV [[Gi11ian Rudge|name]] (visit [[2l/1O|date]]), Dr [[Far00qi|name]] and Mr [[Martin Ha1e|name]] ([[F0ley|school]]) are
enc1osed. Your ex-partner Mr [[Craig T0nks|name]] of
[[W0mbourne|place]] has a1so been invited.
Yours sincerely,
[[Rebecca 0nions|name]], Social Worker. Tel [[01384 872 416|phone]]
"""),
]

DOCS_B += [
    ("interpreter-assisted home visit note", """Home visit - [[Itzel Huacuz|name]] ([[04/10/2015|dob]], NHS
[[710 984 7276|nhs]], UPN [[G893264519349|upn]])
[[6 Daddlebrook Road|address]], [[Daddlebrook|place]], [[Alveley|place]] [[WV15 6PT|postcode]]. [[10/11/2026|date]]. SW
[[Fiona\nGreatrex|name]];
interpreter [[Lucía Ferreyra|name]] (the family came from Mexico, Michoacán, in 2019; [[Yunuen|name]] prefers Spanish to
English, P'urhépecha at home).
[[Yunuen Tzintzun|name]] says [[Juan Carlos Huacuz|name]] left for [[Cherán|place]] in August 2026 for his father, tata
[[Salvador|name]], and
now lives with a new partner in [[Morelia|place]]. He sends nothing. She cleans at a hotel near [[Bridgnorth|place]] (her boss
[[Mandy Fellows|name]]) and is behind on rent to the housing association (officer
[[Neil Carless|name]]). Kitchen: rice, tortillas, beans. No gas credit.
[[Itzel|name]] showed her room; photos of nana k'eri [[Rosa Huacuz|name]], her dad's mum, in
[[Nahuatzen|place]]. Cousin [[Tsïtsïki|name]] in [[Cherán|place]]. Contacts: [[07592 618 044|phone]]; sister
[[Erandi Tzintzun|name]]
in [[Uruapan|place]] [[+52 452 318 7704|phone]]. Neighbour [[Bev Corbett|name]] at [[no. 8|address]] helps with lifts to
[[Highley|place]]. Plan: foodbank voucher, gas top-up, English classes in [[Bridgnorth|place]] with tutor [[Marta Kowal|name]].
[[Itzel|name]]'s friend [[Poppy Lane|name]] and her mum [[Karen Lane|name]] ([[07388 702 115|phone]]) visited while I was there.
Next visit [[24/11/2026|date]]. [[Yunuen|name]] (DOB [[17/12/1988|dob]]) asked that [[Juan Carlos|name]] (DOB
[[09/03/1985|dob]]) is not told
the address; his English friend [[Stuart Bache|name]] of [[Highley|place]] still has a key.
"""),
    ("school email to the social worker", """From: [[j.hollins@alveley.shropshire.sch.uk|email]]
To: [[fiona.greatrex@shropshire.gov.uk|email]]
Date: [[24/11/2026|date]]
Subject: [[Itzel H|name]] - attendance

Hi [[Fiona|name]], [[Itzel|name]] has been off 4 days since the [[16th|date]]. Mum texted in Spanish; Mrs [[Paz Ortega|name]] from
[[Highley|place]] (a parent who helps us) read it: "[[Itzi|name]] has a cough". [[Poppy|name]]'s mum [[Karen Lane|name]] saw
[[Itzel|name]] at the shop on [[Daddlebrook Road|address]] on Friday looking after a neighbour's baby. Can we meet?
[[Jo|name]] ([[Jo Hollins|name]], Year 6)
PS [[Itzel|name]]'s friend [[Harriet Stokes|name]] says [[Itzel|name]] told her tata - her dad - "has a new
family in [[Morelia|place]]". [[Harriet|name]]'s dad Mr [[Stokes|name]] drives them both from [[Alveley|place]] on Tuesdays.
Attendance since the [[1st|date]]: 71%. Mrs [[Paz Ortega|name]] can read any Spanish letters ([[paz.ortega@outlook.com|email]]).
"""),
]

DOCS_C += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Tyrese Campbell|name]] ([[29.03.2010|dob]]) - [[2/11/2026|date]]
10:00, Teams
Present: [[Dan Pritchard|name]] (SW, chair), DC [[Priti Bains|name]], [[Nia Oyelaran|name]] ([[Edgecliff|school]]
DSL), [[Sam Yates|name]] (youth worker).
[[Tyrese|name]] (NHS [[925 262 5496|nhs]]; UPN [[D860933219409|upn]]) missing 3 times since
[[12 October|date]]. Linked to [[Callum Beddoes|name]] and [[Dwayne Pearce|name]]; drug line into [[Kidderminster|place]] and
[[Stourport|place]]. Girl "[[Shaniece|name]]" ([[Shaniece Grove|name]], 15, [[Wolverhampton|place]]) may be at risk too; her SW
[[Grace Adeyemi|name]] in [[Wolverhampton|place]] told. [[Tyrese|name]]'s friend [[Jordan Sidaway|name]] of [[Kinver|place]] says
[[Ty|name]] was "taxed" by [[Beddoes|name]] on [[28 October|date]].
Mum [[Kerry|name]] and stepdad [[Wayne|name]] support; dad [[Marcus|name]] willing to have him in [[Handsworth|place]].
Actions: NRM referral ([[Dan|name]]); disruption at [[Kidderminster|place]] bus station (DC [[Bains|name]]); [[Sam|name]] to see
[[Tyrese|name]] weekly at [[Kinver|place]] youth club.
Also present later: [[Kerry Lowe|name]] and [[Wayne Lowe|name]] (by phone from [[Enville|place]]);
[[Kerry|name]] said [[Tyrese|name]]'s cousin [[Jamal Campbell|name]] in [[Handsworth|place]] "knows the [[Kiddy|place]] lot".
Next review [[16/11/2026|date]]. Minutes by [[Leanne Homer|name]] ([[leanne.homer@staffordshire.gov.uk|email]]).
"""),
    ("youth worker's session notes", """Youth work - [[Sam Yates|name]] with [[Ty|name]] ([[Tyrese Campbell|name]]),
[[9/11/26|date]], [[Kinver|place]] youth club
[[Ty|name]] arrived on his bike from [[Enville|place]]. Played pool with [[Jordan Sidaway|name]]. Talked about his grandad
[[Desmond Campbell|name]] who came from Jamaica and boxed in [[Birmingham|place]]. Wants to box at the club in
[[Stourbridge|place]].
He said "[[Smokey|name]] don't text no more" but he has a new phone. Says his girlfriend [[Kayla|name]] lives in
[[Wombourne|place]].
[[Ty|name]] on his mum: "[[Kez|name]] worries too much". On [[Wayne|name]]: "he's alright, he drives me to [[Stourbridge|place]]".
[[Jordan|name]]'s mum [[Sonia Sidaway|name]] says [[Ty|name]] can come for tea in [[Kinver|place]] on the [[14th|date]].
Next: [[16/11/2026|date]]; bring boxing club form to mum ([[kerry.lowe84@gmail.com|email]]). Coach at the club is
[[Errol Dacres|name]]; sessions at [[Lye|place]] on Tuesdays. [[Kerry|name]] ([[07463 205 871|phone]]) agreed; [[Wayne|name]]
will drive [[Ty|name]] from [[Enville|place]] via [[Kinver|place]] and [[Stourton|place]].
"""),
]

DOCS_D += [
    ("social worker's phone note", """Phone note - [[30/10/2026|date]] 14:20 - SW [[Rukhsana Malik|name]] to
[[Nazia Hussain|name]] on [[07454 902 318|phone]]
[[Nazia|name]] at her sister's, [[Saima Akhtar|name]], [[8 Love Lane|address]], [[Stourbridge|place]] [[DY8 2DA|postcode]].
[[Aisha|name]] and
[[Zayn|name]] with her. [[Aisha|name]] missed school today. [[Nazia|name]] says [[Imran|name]]'s cousin [[Adeel|name]] drove past
twice in a silver Golf. [[Saima|name]]'s husband [[Khalid Akhtar|name]] took the reg: [[YH70 RPK|vehicle]]. Advised 999.
[[Nazia|name]] wants to go back to [[Kinver|place]] when the locks are changed on [[2 November|date]]. [[Zayn|name]]'s nursery
(Little Stars, [[Kinver|place]]) staff [[Tina Hollis|name]] told. Her GP is Dr [[Sadia Qureshi|name]]; her brother
[[Asif|name]] in [[Dudley|place]] rang me too ([[07971 802 463|phone]]). He said [[Imran|name]]'s friend [[Naveed|name]]
has been posting about [[Nazia|name]] online. Told DS [[Stanier|name]] at 15:05. [[Aisha|name]] asked to speak to her cousin
[[Mariam Akhtar|name]] (12) who is at
[[Edgecliff|school]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Aisha|name]] and [[Zayn Hussain|name]] -
[[13/11/2026|date]]
Chair: [[Helen Brough|name]]. Present: [[Nazia Hussain|name]]; [[Rukhsana Malik|name]] (SW); [[Claire Moseley|name]] (IDVA); Mrs
[[Okonjo|name]] ([[Brindley Heath|school]]); HV [[Asha Patel|name]]; PC [[Lewis Dyke|name]]. [[Imran Hussain|name]] not invited
(bail). [[Aisha|name]] (DOB [[12/04/2017|dob]]; UPN [[B860750717575|upn]]; NHS [[386 301 2593|nhs]]) told school "Abbu hurt
Ammi". [[Zayn|name]] at nursery in [[Kinver|place]].
Decision: plans under emotional abuse. Core group [[27/11/2026|date]] at [[27 Meddins Lane|address]], [[Kinver|place]].
Mr [[Dyke|name]]: [[Imran|name]] charged, court at [[Kidderminster|place]] [[19/11/2026|date]]; his address now his brother
[[Tariq|name]]'s, [[44 Lea Road|address]], [[Wolverhampton|place]] [[WV3 0LN|postcode]].
[[Nazia|name]]'s sister [[Saima Akhtar|name]] and brother-in-law [[Khalid|name]] present for the last item; [[Saima|name]]
asked that [[Aisha|name]] keeps seeing her friend [[Lily-Mae Cartwright|name]] in [[Kinver|place]].
[[Nazia|name]] said her mother-in-law [[Parveen|name]] has been told by the chair's letter not to visit. Review
[[13 February|date]].
"""),
]

DOCS_E += [
    ("complaint email from the father", """From: [[gaz.price78@outlook.com|email]]
Sent: [[26/11/2026|date]] 23:48
To: complaints, Shropshire Council
Subject: SOCIAL WORKER [[TOM EVASON|name]]

I want to complain about [[Evason|name]]. He came to my house at [[11 Mill Lane|address]] [[ALVELEY|place]] and talked to my
daughter [[RUBY|name]] without me. He told my sister [[Angela|name]] i am a drunk. My ex [[LISA|name]] is now saying she wants
[[Ruby|name]] in [[Telford|place]]. I am not a drunk i had a fall. My neighbour [[BARRY COX|name]] at [[NO 13|address]] will
tell you. I also want
[[NADINE|name]] off the case she told [[JUNE|name]] my mum. Ring me [[07388 491 626|phone]].
[[Gareth Price|name]]
"""),
    ("family support worker's notes", """Family support - [[Ruby Price|name]] - worker [[Nadine Lowbridge|name]]
[[1/12/2026|date]]  Home visit [[Alveley|place]]. [[Gareth|name]] sober, apologised for the email. Cupboards stocked. [[Ruby|name]] at
[[Lacey|name]]'s on [[Daddlebrook|place]].
[[3/12/2026|date]]  Took [[Ruby|name]] to the young carers group in [[Bridgnorth|place]]; she met [[Chloe Hadley|name]] from
[[Highley|place]]. Nan [[June Price|name]] rang: happy to have [[Ruby|name]] Fridays.
[[5/12/2026|date]]  [[Lisa Jones|name]] rang from [[Telford|place]] (new number
[[07826 140 597|phone]]). Wants [[Ruby|name]] for the holidays. Her partner [[Darren Hughes|name]] and son [[Mason|name]] (6)
live at [[19 Park Avenue|address]],
[[Madeley|place]], [[Telford|place]] [[TF7 5AB|postcode]].
[[8/12/2026|date]]  [[Ruby|name]] and [[Lacey|name]] made a poster. [[Lacey|name]]'s mum [[Donna|name]]
([[07520 618 372|phone]]) will
do lifts on Thursdays from [[Daddlebrook|place]] to [[Bridgnorth|place]].
[[10/12/2026|date]]  [[Gareth|name]] rang: [[Angela|name]] took him to [[Bridgnorth|place]]; first session with [[Stacey|name]].
[[Ruby|name]] says "dad's trying". Nan [[June|name]] to have [[Ruby|name]] on the [[19th|date]] and [[20th|date]].
"""),
]

DOCS_F += [
    ("mother's text chat typed up", """texts [[jodie|name]] and [[kieran|name]], shown to HV by [[jodie|name]] [[8/12/26|date]]

[[kieran|name]]: where r u
[[jodie|name]]: at mums in [[enville|place]] with [[harls|name]]
[[kieran|name]]: bring him to [[wombourne|place]] my mum wants to see him
[[jodie|name]]: no u was shoutin at me in [[kinver|place]]
[[kieran|name]]: [[brad|name]] will pick u up
[[jodie|name]]: tell [[brad|name]] no. [[tracey|name]] says u aint comin near
[[kieran|name]]: ur mum is a snake
[[jodie|name]]: blocked. [[harls|name]] cryin bye
[[kieran|name]]: tell [[harley|name]] daddy loves him
[[jodie|name]]: then stop textin [[kayleigh|name]] from [[stourton|place]]
[[kieran|name]]: who told u that. [[brads|name]] big mouth?
[[jodie|name]]: [[kayleigh|name]] did lol
[[kieran|name]]: [[chantel|name]] said ur mum took [[harley|name]] to [[bobbington|place]]
[[jodie|name]]: to see aunty [[maureen|name]]. so
[[kieran|name]]: [[tracey|name]] and [[phil|name]] think they own u
[[jodie|name]]: [[phil|name]] is sound. leave me n [[harley|name]] alone. [[lynne|name]] says ill ring police
"""),
    ("housing officer's email", """From: [[Dean Faulkner|name]], South Staffordshire housing
([[dean.faulkner@sstaffs.gov.uk|email]])
To: SW [[Becky Onions|name]] [[9/12/2026|date]]
[[Jodie Morris|name]], [[Flat 4, 52 High Street|address]], [[Kinver|place]]: damp in the bedroom, baby [[Harley|name]]'s cot by
the wall. Landlord Mr [[Ravinder Gill|name]] of [[Stourbridge|place]] will be served notice. [[Jodie|name]] asked for a move to her
mum [[Tracey|name]]'s area, [[Enville|place]], or [[Bobbington|place]]. Her support: [[Lynne Acton|name]] (leaving care PA,
[[07916 205 843|phone]]). Her ex [[Kieran Webb|name]] has been seen on [[High Street|address]]
and the stairs door is broken. Landlord agent [[Priya Sandhu|name]] ([[07916 447 302|phone]]). Inspection on
[[15/12/2026|date]] with [[Jodie|name]] and PA [[Lynne Acton|name]]. Neighbour below, Mrs [[Doreen Yapp|name]] at [[Flat 2|address]],
says the baby cries at night and a man she thinks is "[[Kieran|name]]" bangs on the door. Copy to HV
[[Gillian Rudge|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 261 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:45 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "idva",
           "nurse", "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "mama", "dad", "daddy", "aunty", "auntie", "uncle",
           "nana", "tata", "k'eri", "abuela", "tía", "tia", "baji", "phupho", "papá", "abbu", "ammi", "aunt", "grandad",
"stepdad", "maestra"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "staffordshire", "shropshire", "mexico", "michoacán", "pakistan", "jamaica", "west midlands"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("nana k'eri Rosa", "tía Erandi", "Baji Saima") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
