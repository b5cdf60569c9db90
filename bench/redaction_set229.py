"""Set 229: a held-out hand-written set for the redaction detector, six invented families in the Isle of Axholme, North
Lincolnshire (Epworth, Crowle, Haxey and the villages around them), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set226.py to bench/redaction_set228.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, first two documents and its end: _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full; bench/redaction_set181.py was not
read (set 213 follows its conventions and was copied). The docstrings of bench/redaction_set*.py (not 226 to 228) were
searched by script for the communities and the towns considered, printing only the numbers of the sets that hit, no lines:
Epworth (sets 21, 103, 115, 157), Crowle and Axholme (103), Haxey (124) and Belton (96) appear in earlier docstrings, so this
region is not new (the brief chose it); Owston Ferry and Westwoods did not appear. Phone numbers were checked with the
phonenumbers library, NHS numbers and UPNs (LA 813) made with python-stdnum in small snippets. Nobody may tune the detector on
this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so
here.

Six families: a Rapa Nui family from Hanga Roa, Easter Island (Chile), on Chapel Street, Epworth (Pakarati / Haoa; domestic
abuse by a father, a mother's WhatsApp in Spanish translated, a girl of 11); a young white British mother in Crowle (Dunderdale;
neglect, a baby's missed checks, a boy of 7); a white British and Polish family in Haxey (Brumby / Nowak; a young carer of 13,
a mother with MS, an autistic brother); a white British girl of 15 in Belton (Kitching / Marris; missing to Ashby and
Scunthorpe, criminal exploitation); a young couple in Owston Ferry with a baby of 15 weeks (Sargent / Oxley; a bruise, a
father's violence, a gran in Graizelound); and a mother in Ealand misusing heroin (Varley; a boy of 10 and a girl of 5, a
grandad in Crowle). The community chosen, Rapa Nui (Easter Island, Oceania), did not appear in any earlier docstring searched
(Polish is not claimed as new). 24 documents, each with its own style label: a MASH referral from the primary school, a police
domestic incident log, a mother's WhatsApp messages in Spanish translated, a child's own words written with the learning
mentor, a health visitor's home visit note, a social worker's case note, a school attendance log, a mother's Facebook
messages typed up, a young carer's assessment, a young carer's own writing, a school safeguarding log, an email from the GP
surgery, a missing person police log, a return home interview, Snapchat messages typed up, strategy discussion minutes, a GP
letter to children's services, child protection conference minutes, a mother's voice note transcribed, a health visitor's
new birth visit note, a chronology of significant events, a scanned letter with OCR misreadings, a young person's own words
and a mother's complaint email.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Chile +56, mobile and an Easter Island landline; Poland +48); NHS numbers
and UPNs pass their check digits. The practices, the charities and "WithYou" are unmarked organisations; towns, villages,
hamlets and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py (after set 181). Titles and kinship words stay outside a name (Mr,
Mrs, Ms, Dr, PC, DS, Sgt, Nan, Grandad, Mam, papa, tía / tia, Babcia, uncle, aunty); "SURNAME, First" is one span; initials
alone are not marked ("D"); usernames are not marked; organisations holding a town's name stay unmarked ("Scunthorpe
General", "Crowle Surgery", "Haxey Medical Centre", "Axholme Group Practice", "South Axholme Academy" in its CPOMS header,
"HUMBERSIDE POLICE", "N0RTH LINC0LNSHIRE C0UNCIL"); countries, islands and regions ("Poland", "Easter Island", "Rapa Nui"
as the island and its language, "North Lincolnshire") are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("kayleigh:", "dex:"); pets and a horse ("Tyson", "Lola",
"Moai", "Rolo", "Biscuit") are marked as names; a child's pet name for a grandad ("mimi") is a name; "the Haxey Hood" (a
custom) is unmarked; "Epworth Turbary" (a nature reserve and common) and "Westgate" (a hamlet) are places; "scunny" and
"gainsboro" are places; "Ashby" (the Scunthorpe district) is a place; "Ashby High Street" in an address is part of the
address; a street abroad ("Avenida Atamu Tekena 212") is an address; a single year ("2019") and "last Christmas" are dates;
"brown" (heroin) and "Nando's" are unmarked; "Church Square House" (a council office) is an address; the school nurse's and
teachers' roles are outside names.

Shorter than asked in one way only: 899 gold spans (505 names) against the 900 (about 500 names) asked; the documents were
written short and lengthened in rounds.

Self-check without the detector: `python -m bench.redaction_set229` (and tests/test_redaction_set229.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 899 gold spans, 505 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pakarati / Haoa family (Rapa Nui, from Hanga Roa, Easter Island, Chile), Epworth ----------------------------------

HOME_A = d.Address("14 Chapel Street", "", "Epworth", "DN9 1HQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Hinariru", "Pakarati")], dt.date(2015, 4, 22), addresses=[HOME_A], ids=["6678011945", "M813453389609"],
       schools=["Epworth Primary Academy"]),
    _p("m", "mother", [("Vai", "Haoa")], dt.date(1988, 9, 3), addresses=[HOME_A], phones=["07723 418 906"]),
    _p("f", "father", [("Dean", "Pakarati")], dt.date(1984, 1, 17), addresses=[HOME_A], phones=["07956 213 448"]),
], "c")

DOCS_A = [
    ("MASH referral from the primary school", """MASH REFERRAL - North Lincolnshire
Child: [[PAKARATI, Hinariru|name]] ("[[Hina|name]]")  DOB [[22/04/2015|dob]]  NHS [[667 801 1945|nhs]]  UPN [[M813453389609|upn]]
Address: [[14 Chapel Street|address]], [[Epworth|place]], [[DN9 1HQ|postcode]]. School: [[Epworth Primary Academy|school]].
Mother: [[Vai Haoa|name]] [[07723 418 906|phone]]. Father: [[Dean Pakarati|name]] [[07956 213 448|phone]].
Referrer: [[Gillian Storr|name]], DSL, [[28/11/2026|date]].
Concern: [[Hina|name]] came in with a bruise on her left cheek. She told TA Mrs [[Ackroyd|name]] that "papa [[Dean|name]]" threw
the remote. Mum is from [[Hanga Roa|place]] on Rapa Nui (Easter Island) and speaks Spanish and Rapa Nui; her English is
good. Mum's sister [[Marama Haoa|name]] lives in [[Valparaíso|place]] ([[+56 9 6184 3527|phone]]).
[[Hina|name]]'s friend [[Poppy Wressle|name]] said [[Hina|name]] is scared of "[[Deano|name]]". Dad's friend [[Craig Barley|name]]
from [[Westwoods|place]] drinks at the house. Previous: [[3rd March 2026|date]] police called to [[Chapel Street|address]].
Other children: none in the house. Cousin [[Tavake Haoa|name]] (17) staying since [[20 November|date]], flies home from
[[Heathrow|place]] on [[9/12/2026|date]]. Mum works at the Co-op in [[Epworth|place]] with [[Sharon Vickers|name]], who drives her.
Dad works for [[Mark Eyre|name]]'s building firm in [[Haxey|place]]. Dad's mobile [[07956 213 448|phone]] (mum's phone
[[07723 418 906|phone]]). GP: Dr [[Fyfe|name]]. Mum's email [[vai.haoa88@gmail.com|email]].
Class teacher Mr [[Owen Leggott|name]] says [[Hina|name]] has been quiet since half term. Lunchtime supervisor [[Bev Scott|name]]
saw [[Dean|name]] shouting at the gate on [[25/11|date]]. [[Hina|name]] goes to Brownies in [[Epworth|place]] with
[[Ella-Mae Coulson|name]].
Also known at: [[Flat 3, 40 High Street|address]], [[Epworth|place]] [[DN9 1EP|postcode]] (until [[August 2024|date]]); before that
[[Hanga Roa|place]], Easter Island, [[Avenida Atamu Tekena 212|address]].
"""),
    ("police domestic incident log", """HUMBERSIDE POLICE - DOMESTIC INCIDENT   Ref 0412 of [[30/11/2026|date]]
Location: [[14 Chapel Street|address]], [[Epworth|place]] [[DN9 1HQ|postcode]]
Victim: [[HAOA, Vai|name]] DOB [[03/09/1988|dob]]. Suspect: [[PAKARATI, Dean|name]] DOB [[17/01/1984|dob]], NI [[NH 52 71 38 B|ni]].
Vehicle: blue Transit [[YJ67 WRA|vehicle]].
PC [[Lauren\nCoggon|name]] and PC [[Haigh|name]] attended. [[Vai|name]] says [[Dean|name]] came back from the Red Lion in
[[Epworth|place]] and pushed her into the door. Child [[Hinariru|name]] upstairs with her cousin [[Tavake|name]] visiting from
[[Hanga Roa|place]]. Neighbour Mrs [[Brenda Kelsey|name]] at [[no. 16|address]] rang 999.
[[Dean|name]] left in the Transit towards [[Belton|place]] before we arrived; found at his brother [[Shaun Pakarati|name]]'s,
[[7 Sandtoft Road|address]], [[Belton|place]], [[DN9 1PN|postcode]]. Arrested, to [[Scunthorpe|place]] custody.
DASH high. Referral to IDVA [[Kirsty Mell|name]] on [[1.12.26|date]].
Second call 01:15 [[1/12|date]]: [[Shaun|name]] rang to say [[Dean|name]] left [[Sandtoft Road|address]] on foot towards
[[Westgate|place]]. PC [[Coggon|name]] found him at the bus shelter in [[Belton|place]]. Interpreter not needed; [[Vai|name]]
spoke English. [[Tavake|name]] said uncle [[Dean|name]] hit the door, not [[Vai|name]]. BWV on PC
[[Haigh|name]]. Previous victim: ex-partner [[Leanne Dyer|name]], [[Gainsborough|place]], [[2018|date]].
Mum's friend [[Sharon Vickers|name]] collected [[Vai|name]] and [[Hinariru|name]] at 02:00 to her house on [[Burnham Road|address]],
[[Epworth|place]]. [[Shaun Pakarati|name]]'s partner [[Kerry-Ann|name]] gave a statement. OIC DC [[Ben\nGoodhand|name]].
"""),
    ("mother's WhatsApp messages in Spanish translated", """WhatsApp from [[Vai|name]] to her sister [[Marama|name]]
([[+56 9 6184 3527|phone]]),
shown to SW [[Rebecca Otter|name]] [[2/12/2026|date]]

[[Vai|name]] 21:14: [[marama|name]] no sé qué hacer. [[dean|name]] me empujó otra vez. [[hina|name]] lo vio
[[Marama|name]] 21:20: vuelve a [[hanga roa|place]] con la niña. tía [[Ana|name]] te espera
[[Vai|name]] 21:22: no tengo plata y [[dean|name]] tiene los pasaportes
Translation by [[Lucía Ferro|name]], interpreter, [[3 December 2026|date]]: "[[Marama|name]] I don't know what to do. [[Dean|name]]
pushed me again. [[Hina|name]] saw it." / "Come back to [[Hanga Roa|place]] with the girl. Aunt [[Ana|name]] is waiting." / "I have
no money and [[Dean|name]] has the passports."
Note: grandmother [[Teresa Haoa|name]] in [[Hanga Roa|place]], landline [[+56 32 210 0473|phone]].
[[Vai|name]] 21:40: [[hina|name]] duerme con [[tavake|name]]. mañana hablo con la señora [[rebecca|name]]
[[Marama|name]] 21:41: llama a papá en [[hanga roa|place]] también
("[[Hina|name]] is sleeping with [[Tavake|name]]. Tomorrow I'll talk to Mrs [[Rebecca|name]]." / "Call Dad in [[Hanga Roa|place]]
too.") Father [[Juan Haoa|name]], fisherman, [[Hanga Roa|place]].
[[Vai|name]] 22:03: [[rebecca|name]] dice que puedo ir a [[Epworth|place]] con [[sharon|name]]
("[[Rebecca|name]] says I can go to [[Epworth|place]] with [[Sharon|name]].")
"""),
    ("child's own words written with the learning mentor", """my family by [[hina|name]] (year 6), with Miss [[Jo Tasker|name]],
[[4/12/26|date]]

i was born in [[Hanga Roa|place]] on the island. my nan [[Teresa|name]] has chickens and a horse called [[Moai|name]]. we came to
[[epworth|place]] when i was 5. i like [[Epworth|place]] park and my friend [[poppy|name]] and [[Ella-Mae|name]].
papa shouts when he has been at [[craigs|name]]. mama cries on the phone to tia [[marama|name]].
i want to go to the beach at [[Anakena|place]] again.
Miss [[Tasker|name]]'s note: told DSL [[Gillian Storr|name]] same day. [[Hina|name]]'s cousin [[Tavake Haoa|name]] (17) goes back to
[[Santiago|place]] on the [[9th|date]].
on the island we speak rapa nui. my name means something about the sky. my cousin [[tavake|name]] is 17 and he can
surf. when i am big i will live in [[Santiago|place]] or [[hanga roa|place]] not [[Scunthorpe|place]].
Page 2: [[Hina|name]] drew nan [[Teresa|name]], [[Moai|name]] the horse, tia [[Marama|name]] and [[Poppy|name]].
[[poppy|name]]s mum [[Julie|name]] takes me to swimming in [[Scunthorpe|place]] on saturday. [[ella-mae|name]] has a pony called
[[Biscuit|name]] in [[Haxey|place]].
"""),
]


# --- B. Dunderdale family (white British), Crowle, neglect ------------------------------------------------------------

HOME_B = d.Address("5 Godnow Road", "", "Crowle", "DN17 4EE")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dunderdale")], dt.date(2019, 6, 11), addresses=[HOME_B], ids=["3418029329", "M813386225508"],
       schools=["Crowle Primary Academy"]),
    _p("s", "sibling", [("Skye", "Dunderdale")], dt.date(2024, 2, 28), addresses=[HOME_B], ids=["6714958668"]),
    _p("m", "mother", [("Kayleigh", "Dunderdale")], dt.date(1999, 7, 5), addresses=[HOME_B], phones=["07834 662 170"]),
], "c")

DOCS_B = [
    ("health visitor's home visit note", """HV home visit - [[Skye Dunderdale|name]] DOB [[28/02/2024|dob]] NHS [[671 495 8668|nhs]]
[[5 Godnow Road|address]], [[Crowle|place]] [[DN17 4EE|postcode]]   Visit [[17/11/2026|date]]   HV [[Sarah Wombwell|name]]
Mum [[Kayleigh|name]] answered after 10 mins. Smell of dog urine, two dogs ([[Tyson|name]] and [[Lola|name]]). [[Skye|name]] in a
dirty nappy, no cot, sleeps with mum. [[Tyler|name]] (7) off school "poorly". Mum's partner [[Jordan Frow|name]] asleep upstairs.
Nan [[Pauline Dunderdale|name]] lives on [[Fieldside|address]], [[Crowle|place]], helps with shopping.
Missed 2 year review [[4/9/26|date]] and [[2nd October|date]]. GP Dr [[Nadeem|name]] at Crowle Surgery.
Plan: revisit [[24.11.2026|date]]; share with SW [[Martin Raynor|name]] and school DSL [[Helen Brocklesby|name]].
Mum's mobile [[07834 662 170|phone]]. [[Skye|name]]'s dad is [[Jordan Frow|name]]; [[Tyler|name]]'s dad [[Liam Spavin|name]] is in
HMP [[Hull|place]]. Mum's friend [[Stacey|name]] visited during. Mum said [[Jordan|name]]'s brother [[Ricky Frow|name]] "sorts" for him.
Weight: [[Skye|name]] on 9th centile. Referral to Dr [[Nadeem|name]] and to the SW [[Martin Raynor|name]] [[17/11|date]].
Also present on arrival: [[Stacey|name]]'s daughter [[Demi Gilliatt|name]] (14). Dogs' owner is [[Jordan|name]]. Mum says
grandad [[Terry Dunderdale|name]] died in [[August|date]], mum "not coped since". Offered referral to Sure Start.
"""),
    ("social worker's case note", """Case note [[20/11/2026|date]] - SW [[Martin Raynor|name]] - [[DUNDERDALE, Tyler|name]] DOB
[[11.06.2019|dob]]
Unannounced visit to [[Godnow Road|address]]. [[Kayleigh|name]] let me in. Kitchen: no food but crisps. [[Tyler|name]] said
"[[Jordy|name]]
went [[Scunthorpe|place]] to get stuff". [[Jordan|name]] drives a silver Corsa [[YD16 FNK|vehicle]].
Neighbour Mr [[Alan Tutty|name]] ([[no 7|address]]) says kids out on [[Crowle|place]] market place late. Mum's friend
[[Stacey Gilliatt|name]] from [[Ealand|place]] was there, said she'll help clean.
Rang nan [[Pauline|name]] on [[01724 710 384|phone]]: says she took [[Tyler|name]] to [[Cleethorpes|place]] Sunday and he ate
"like a horse". Agreed [[Tyler|name]] stays at nan's, [[22 Fieldside|address]], [[Crowle|place]] [[DN17 4HL|postcode]], weekends.
[[Tyler|name]]'s bedroom: mattress on floor, no sheets. [[Skye|name]] in a high chair with a dummy. [[Kayleigh|name]] said [[Jordan|name]]
pays the rent. Spoke to [[Jordan Frow|name]] DOB [[03/02/1997|dob]] by phone [[07716 552 039|phone]] later: said he'd "sort the house".
Next visit [[27/11/2026|date]] with HV [[Sarah Wombwell|name]]. Manager [[Joanne Cade|name]] informed.
[[Pauline|name]] told me [[Kayleigh|name]]'s ex [[Liam Spavin|name]] is out of prison on [[15 December|date]] and may come to
[[Crowle|place]]. Police contact: PC [[Gemma Towle|name]], [[Scunthorpe|place]].
[[Kayleigh|name]]'s sister [[Jess Dunderdale|name]] lives at [[41 Field Road|address]], [[Thorne|place]] [[DN8 4AG|postcode]].
"""),
    ("school attendance log", """CROWLE PRIMARY ACADEMY - ATTENDANCE / WELFARE LOG
Pupil: [[Tyler Dunderdale|name]] Yr 3, UPN [[M813386225508|upn]], NHS [[3418029329|nhs]]
[[2/11|date]] absent, no call. [[3/11|date]] absent; mum text "hes sick". [[5/11/26|date]] in, late 9.50, brought by nan [[Pauline|name]].
[[10/11|date]] [[Tyler|name]] said he has no bed, sleeps on settee. Told DSL Mrs [[Brocklesby|name]].
[[12.11.26|date]] [[Tyler|name]] and [[Harley Stow|name]] fighting at lunch; [[Harley|name]]'s dad Mr [[Stow|name]] complained.
[[18/11/2026|date]] EWO [[Dawn\nKilby|name]] home visit with SW [[Martin|name]]. [[19th November|date]] attendance 71%.
[[26/11|date]] [[Tyler|name]] said "[[jordy|name]] kicked [[Tyson|name]]". [[1/12/26|date]] mum phoned from [[07834 662 170|phone]].
[[3/12/2026|date]] [[Tyler|name]] came with nan [[Pauline Dunderdale|name]] who said [[Kayleigh|name]] "is in bed". TA Miss
[[Kirsty Tune|name]] noticed his shoes too small. Gave PE kit. [[4.12.26|date]] [[Tyler|name]] said he went to [[Ealand|place]] to
[[Stacey|name]]'s and played with [[Demi|name]].
[[5/12|date]] nan [[Pauline|name]] says [[Tyler|name]] going to his aunty [[Jess|name]]'s in [[Thorne|place]] for the weekend.
[[8/12/2026|date]] [[Tyler|name]] in on time with [[Harley|name]]; said nan [[Pauline|name]] and her friend [[Maureen Hague|name]]
walked them from [[Fieldside|address]].
"""),
    ("mother's Facebook messages typed up", """Facebook Messenger, [[kayleigh dunderdale|name]] to [[stacey gilliatt|name]], given by
[[Stacey|name]] [[3/12/2026|date]]

[[kayleigh|name]]: theyve bin again the social. [[martin|name]] the sw. says the house is mingin
[[stacey|name]]: want me to come up from [[ealand|place]] 2moro
[[kayleigh|name]]: ye pls. [[jordan|name]] is in [[scunny|place]] again wiv [[ricky|name]]
[[stacey|name]]: hes a waste of space hun
[[kayleigh|name]]: my mam [[pauline|name]] has [[ty|name]] this wkend
[[kayleigh|name]]: [[skye|name]] has bin bad wiv her chest. hv [[sarah|name]] comin tues
[[stacey|name]]: ill bring our [[demi|name]] to help x
[[stacey|name]]: did [[jordan|name]] pay the leccy
[[kayleigh|name]]: no he give it [[ricky|name]]. im skint til thurs
[[stacey|name]]: ill drop some food at [[godnow rd|address]] at 4
[[kayleigh|name]]: [[martin|name]] sed if [[jordan|name]] dont sort it [[tyler|name]] goes to me mams for good
[[stacey|name]]: [[pauline|name]] wud love that lol
"""),
]


# --- C. Brumby / Nowak family (white British and Polish), Haxey, young carer --------------------------------------------

HOME_C = d.Address("9 Loveden Avenue", "", "Haxey", "DN9 2JG")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Oliwia", "Brumby")], dt.date(2013, 10, 2), addresses=[HOME_C], ids=["5614655646", "H813929000104"],
       schools=["South Axholme Academy"]),
    _p("m", "mother", [("Agnieszka", "Nowak")], dt.date(1982, 3, 26), addresses=[HOME_C], phones=["07481 935 226"]),
    _p("s", "sibling", [("Kacper", "Brumby")], dt.date(2018, 12, 9), addresses=[HOME_C]),
], "c")

DOCS_C = [
    ("young carer's assessment", """YOUNG CARERS ASSESSMENT - Carers' Support Centre
Young carer: [[BRUMBY, Oliwia|name]] DOB [[02/10/2013|dob]] School: [[South Axholme Academy|school]], [[Epworth|place]]
Address: [[9 Loveden Avenue|address]], [[Haxey|place]], [[DN9 2JG|postcode]]. Assessor: [[Nina Gregson|name]], [[25/11/2026|date]].
Cared for: mum [[Agnieszka Nowak|name]] (MS, uses a wheelchair) and brother [[Kacper|name]] (8, autism).
Dad [[Lee Brumby|name]] left in 2023, lives in [[Gainsborough|place]], sees kids "when he feels like it".
[[Oliwia|name]] ("[[Oli|name]]") does meds, cooking, gets [[Kacper|name]] on the bus to [[Haxey|place]] school.
Babcia [[Halina Nowak|name]] in [[Poznań|place]] rings Sundays ([[+48 601 234 567|phone]]).
Wants: time with friend [[Grace Maw|name]] from [[Westwoods|place]]; the young carers trip to [[Skegness|place]].
Signed: [[N. Gregson|name]]; [[Oliwia Brumby|name]]; [[A. Nowak|name]].
Neighbour Mr [[Derek Sowerby|name]] ([[11 Loveden Avenue|address]]) helps in emergencies. Mum's carer [[Beata\nKowalska|name]] comes
mornings only. [[Kacper|name]]'s school: [[Haxey CE Primary|school]]. Dad [[Lee Brumby|name]] [[07462 318 905|phone]].
Review date [[25 February 2027|date]].
Mum's neighbour [[Sylvia Oates|name]] (no relation) has a key. [[Oliwia|name]]'s uncle [[Tomasz Nowak|name]] lives in
[[Peterborough|place]],
tel [[07903 118 462|phone]].
Previous address: [[27 Station Road|address]], [[Misterton|place]] [[DN10 4DA|postcode]] (until [[March 2022|date]]).
"""),
    ("young carer's own writing", """me and my mum by [[oli|name]]

my mum is [[aga|name]] she is polish and i am half. i do the tea and [[kacper|name]]s bath. on the
bad days mum cant lift her arms. dad [[lee|name]] lives in [[gainsborough|place]] with [[shelley|name]] and her kids.
my best friend is [[grace|name]] and we go to [[haxey|place]] carr on our bikes. on [[6 january|date]] it is the Haxey Hood and
i want to watch it with [[grace|name]]s family.
i get tired in maths. Mr [[Wilkinson|name]] lets me go to Mrs [[Dyson|name]]s room.
babcia [[halina|name]] sends sweets from [[poznan|place]]. when mum falls i ring [[derek|name]] next door.
[[kacper|name]] likes trains so we go to [[gainsboro|place]] station with dad sometimes.
when i grow up i want to be a vet like [[lucy|name]]s mum in [[epworth|place]]. uncle [[tomek|name]] came at easter and fixed the ramp.
"""),
    ("school safeguarding log", """SOUTH AXHOLME ACADEMY - CPOMS extract   Student: [[Oliwia Brumby|name]] (Y8)  UPN [[H813929000104|upn]]
[[9/11/2026|date]] late x3. Said she was getting [[Kacper|name]] ready. Mr [[Wilkinson|name]] (tutor).
[[13/11/26|date]] asleep in maths. Form tutor rang mum on [[07481 935 226|phone]]; no answer.
[[16/11|date]] DSL [[Paul Kirkham|name]] spoke with [[Oliwia|name]]: mum fell Saturday, [[Oliwia|name]] called neighbour
Mr [[Derek Sowerby|name]] ([[no. 11|address]]) to lift her. No adult else in house.
[[20/11/2026|date]] referral to young carers ([[Nina Gregson|name]]). Dad [[Lee Brumby|name]] ([[07462 318 905|phone]]) told.
[[30.11.26|date]] [[Oliwia|name]] said she and [[Grace|name]] went to [[Misterton|place]] without telling anyone.
[[2/12/2026|date]] [[Grace Maw|name]]'s mum ([[Michelle Maw|name]]) rang: [[Oliwia|name]] stayed at theirs in [[Westwoods|place]],
mum knew. [[4/12/26|date]] [[Oliwia|name]] happy, going to the young carers group at [[Epworth|place]] library Tuesdays.
[[7/12/2026|date]] mum [[Agnieszka|name]] rang to say thank you to Mr [[Kirkham|name]]. OT [[Carol Beedham|name]] visiting Thursday
[[10th|date]].
[[8/12|date]] [[Kacper|name]]'s teacher Miss [[Amelia Rusling|name]] at [[Haxey CE Primary|school]] reports he is settled.
"""),
    ("email from the GP surgery", """From: [[r.hussain@nhs.net|email]]
To: [[nina.gregson@carerscentre.org.uk|email]]
Date: [[2 December 2026|date]]
Subject: [[Agnieszka Nowak|name]] DOB [[26/03/1982|dob]]
Dear [[Nina|name]], I saw Mrs [[Nowak|name]] on [[1st December|date]]. Her MS has relapsed. I have asked the OT, [[Carol Beedham|name]],
to visit [[Loveden Avenue|address]] for a hoist. I am worried [[Oliwia|name]] is doing too much; mum says [[Oli|name]] and her
grandmother in Poland are her "team". Please ring me on [[01427 752 318|phone]].
Dr [[Rizwan Hussain|name]], Haxey Medical Centre
PS Her husband [[Lee|name]] is not our patient. [[Kacper|name]] ([[09/12/2018|dob]]) is seen by Dr [[Asante|name]] at the
community paediatric clinic in [[Scunthorpe|place]].
Could you also let the school DSL, Mr [[Paul Kirkham|name]], know? His email is [[p.kirkham@southaxholme.org.uk|email]].
"""),
]


# --- D. Kitching family (white British), Belton, a girl of 15 missing and exploited ---------------------------------------

HOME_D = d.Address("31 Westgate Road", "", "Belton", "DN9 1QB")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Macy", "Kitching")], dt.date(2011, 8, 19), addresses=[HOME_D], ids=["3851420063", "G813229077408"],
       schools=["South Axholme Academy"]),
    _p("m", "mother", [("Donna", "Kitching")], dt.date(1980, 5, 14), addresses=[HOME_D], phones=["07591 446 083"]),
    _p("f", "stepfather", [("Gary", "Marris")], dt.date(1976, 11, 1), addresses=[HOME_D]),
], "c")

DOCS_D = [
    ("missing person police log", """HUMBERSIDE POLICE - MISSING PERSON   Log 1187 [[21/11/2026|date]]
Missing: [[KITCHING, Macy|name]] DOB [[19/08/2011|dob]], 15, from [[31 Westgate Road|address]], [[Belton|place]], [[DN9 1QB|postcode]].
Reported by mum [[Donna Kitching|name]] [[07591 446 083|phone]] at 22:10. Last seen 16:30 at the bus stop in [[Epworth|place]]
market place with [[Tayla Cade|name]] and an older male "[[Dex|name]]".
Possible locations: [[Ashby|place]], [[Scunthorpe|place]]; boyfriend [[Dexter Holgate|name]] (19), [[Flat 4, 62 Frodingham Road|address]],
[[Scunthorpe|place]] [[DN15 7NR|postcode]]. Car seen: black Audi [[FY19 ZLT|vehicle]].
PCSO [[Amy\nBurkitt|name]] checked [[Belton|place]] park and the [[Epworth Turbary|place]].
Found 02:40 [[22/11|date]] in [[Ashby|place]] at the address of [[Kian Ellerby|name]]. Returned by PC [[Naylor|name]].
Previous missing episodes: [[2/10/2026|date]] ([[Ashby|place]]), [[30.10.26|date]] ([[Doncaster|place]]), [[14/11|date]]
([[Crowle|place]]).
[[Tayla Cade|name]] (15) lives [[8 Chapel Lane|address]], [[Belton|place]]. Her mum [[Nicola Cade|name]] [[07308 451 776|phone]].
Mum [[Donna|name]]'s partner [[Gary Marris|name]] was out with the van looking, reg [[YC63 LUP|vehicle]].
Risk: high (CCE). Intel: [[Dexter Holgate|name]] known as "[[Dex|name]]" and "D". Sgt
[[Colin Fewster|name]] informed [[22/11/2026|date]].
Description: white, 5'4", long dark hair, grey North Face coat. Checked: [[Ashby|place]] Broadway, [[Bottesford|place]],
[[Kirton Lindsey|place]] station.
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Macy Kitching|name]] - [[24 November 2026|date]] - worker [[Ruth Capes|name]]
[[Macy|name]] would not talk at home, so met at [[Belton|place]] library. Said she went with [[Tayla|name]] to "[[Dex|name]]'s mate's"
in [[Ashby|place]]. Had vodka; someone called "[[Bigs|name]]" gave her a phone. She was asked to take a bag to [[Gainsborough|place]]
on the train. Says stepdad [[Gary|name]] ([[Gary Marris|name]]) calls her a slag. Mum [[Donna|name]] works nights at the
[[Sandtoft|place]] warehouse.
Friends: [[Tayla Cade|name]], [[Libby Hewson|name]] (from [[Haxey|place]]). Trusted adult: nan [[June|name]] in [[Owston Ferry|place]].
Shared with SW [[Imran Baig|name]] and DS [[Cowling|name]] [[25/11/26|date]].
[[Macy|name]]: "[[Dex|name]] loves me, he bought me a Nando's."
[[Macy|name]] has a second phone, number unknown; [[Tayla|name]] says it's [[07415 930 286|phone]].
[[Macy|name]] said [[Libby|name]] ([[Libby Hewson|name]]) warned her about [[Bigs|name]]. She wants to live with nan [[June|name]] in
[[owston|place]] and go to college in [[Doncaster|place]] next [[September|date]].
Next RHI booked for [[8 December|date]] at the [[Epworth|place]] hub; [[Macy|name]] agreed.
[[Tayla|name]]'s older brother [[Connor Cade|name]] ([[07522 647 301|phone]]) drives them sometimes; [[Macy|name]] says he is "safe".
"""),
    ("Snapchat messages typed up", """Snapchat screenshots, given by [[Donna Kitching|name]] [[26/11/2026|date]] (typed by SW
[[Imran Baig|name]])

[[dex|name]]: u comin [[scunny|place]] 2nite babe
[[macy|name]]: cant my mum is on 1
[[dex|name]]: tell her ur at [[taylas|name]]
[[macy|name]]: shes not stupid lol
[[dex|name]]: [[bigs|name]] needs u to go [[gainsboro|place]] fri. 50 quid
[[macy|name]]: [[gaz|name]] took my phone b4
[[dex|name]]: ill pick u up at [[belton|place]] church 7 in the audi
[[macy|name]]: ok x
Note: "[[dex|name]]" = [[Dexter Holgate|name]]; phone [[07384 920 617|phone]] saved as "[[D3x|name]]".
[[macy|name]]: is [[kian|name]] comin
[[dex|name]]: ye and [[bigs|name]]. wear ur black trackies
[[libby|name]]: [[macy|name]] dont go wiv them pls
[[macy|name]]: im fine [[lib|name]] stop stressin
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[27/11/2026|date]] 10:00 (Teams)
Child: [[Macy KITCHING|name]] (DOB [[19.8.2011|dob]]), NHS [[385 142 0063|nhs]], UPN [[G813229077408|upn]].
Present: [[Sandra Pidd|name]] (chair, CSC), SW [[Imran Baig|name]], DS [[Karl Cowling|name]], DSL [[Paul Kirkham|name]],
school nurse [[Emma Hurst|name]], RHI worker [[Ruth Capes|name]].
Info: [[Dexter Holgate|name]] known for supply in [[Scunthorpe|place]] and [[Gainsborough|place]]; associate "[[Bigs|name]]" =
[[Bradley Sigsworth|name]], [[18 Ashby High Street|address]], [[Ashby|place]] [[DN16 2RS|postcode]].
Stepfather [[Gary Marris|name]], NI [[JK 66 10 45 D|ni]], previous for assault (2019, [[Doncaster|place]]).
Nan [[June Kitching|name]], [[4 High Street|address]], [[Owston Ferry|place]] [[DN9 4RJ|postcode]], offers to have [[Macy|name]].
Decision: s47 joint. Next meeting [[4th December|date]]. Minutes: [[Karen\nTwigg|name]].
[[Macy|name]]'s phone [[07415 930 286|phone]] (second phone) to be seized. School: [[South Axholme|school]]; DSL [[Paul Kirkham|name]]
to check CCTV near [[Epworth|place]] bus stop. Mum [[Donna|name]] and nan [[June|name]] to be visited [[28/11/2026|date]].
Actions: DS [[Cowling|name]] to visit [[Frodingham Road|address]]; SW [[Baig|name]] to see [[Macy|name]] with nan [[June Kitching|name]]
[[28/11|date]]; [[Ruth Capes|name]] to see [[Tayla Cade|name]] and [[Libby Hewson|name]].
"""),
]


# --- E. Sargent / Oxley family (white British), Owston Ferry, a new baby and a father's violence ------------------------

HOME_E = d.Address("2 Silver Street", "", "Owston Ferry", "DN9 4RG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Arlo", "Sargent")], dt.date(2026, 7, 30), addresses=[HOME_E], ids=["9864652990"]),
    _p("m", "mother", [("Chloe", "Oxley")], dt.date(2005, 1, 12), addresses=[HOME_E], phones=["07412 587 931"]),
    _p("f", "father", [("Ryan", "Sargent")], dt.date(2002, 4, 6), addresses=[HOME_E], phones=["07895 302 164"]),
], "c")

DOCS_E = [
    ("GP letter to children's services", """Axholme Group Practice
[[12 November 2026|date]]
Dear Ms [[Sheard|name]],
Re: [[Arlo SARGENT|name]], DOB [[30/07/2026|dob]], NHS [[986 465 2990|nhs]], [[2 Silver Street|address]], [[Owston Ferry|place]],
[[DN9 4RG|postcode]]
I saw [[Arlo|name]] with his mother [[Chloe Oxley|name]] on [[10/11/2026|date]]. There was a small bruise to his right ear. Mum
said his dad [[Ryan|name]] "caught him with the car seat". At 15 weeks he is not mobile. I have referred to the MASH and
to Dr [[Okonjo|name]], paediatrician at Scunthorpe General.
Mum's mother [[Lisa Oxley|name]] ([[01427 890 253|phone]]) lives in [[Graizelound|place]] and was present.
Yours sincerely, Dr [[Harriet Fyfe|name]]
cc: HV [[Sarah Wombwell|name]]; Dr [[Okonjo|name]]. Mum's mobile [[07412 587 931|phone]]; dad [[Ryan Sargent|name]]
[[07895 302 164|phone]], NI [[PW 31 74 52 C|ni]].
Mum told me that [[Ryan|name]]'s friend [[Jonathan Ridsdale|name]] sleeps at the house "now and then".
Previously registered at [[Epworth|place]] until [[01/09/2026|date]]; mum's old address [[12 Boltgate|address]], [[Epworth|place]]
[[DN9 1HY|postcode]].
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Arlo Sargent|name]] - [[26/11/2026|date]]
Chair: [[Marion Sheard|name]]. Present: [[Chloe Oxley|name]] (mum), [[Ryan Sargent|name]] (dad), SW [[Tom Whitlam|name]], HV
[[Sarah Wombwell|name]], Dr [[Okonjo|name]] (report), PC [[Jess Dunn|name]], maternal gran [[Lisa Oxley|name]].
Police: [[Ryan|name]] arrested [[3/10/2026|date]] after neighbour [[Keith Parrish|name]] heard shouting at
[[Silver Street|address]]; NFA. [[Ryan|name]]'s car [[YB22 CXU|vehicle]] seen outside his ex [[Jade Lavender|name]]'s house in
[[Crowle|place]] on [[14th November|date]].
[[Chloe|name]] said [[Ryan|name]] is "a good dad when he's not on it". Dr [[Okonjo|name]]: skeletal survey clear.
Plan: child protection, physical abuse. [[Arlo|name]] and [[Chloe|name]] to stay with gran at [[6 Low Street|address]],
[[Graizelound|place]] [[DN9 2LN|postcode]]. Next review [[18 February 2027|date]].
Dad's mother [[Tracey Sargent|name]] ([[Westwoods|place]]) sent a letter saying [[Ryan|name]] is "being set up by [[Jade|name]]".
Apologies: [[Keith Parrish|name]] (neighbour, not invited), Dr [[Harriet Fyfe|name]]. Minute taker [[Olivia Brace|name]].
Core group: [[Tom Whitlam|name]], [[Sarah Wombwell|name]], [[Chloe Oxley|name]], [[Lisa Oxley|name]], [[Ryan Sargent|name]] (if he
engages). First core group [[10/12/2026|date]] at [[Owston Ferry|place]] village hall.
Dad's address: [[19 Coronation Road|address]], [[Westwoods|place]], [[DN9 3QJ|postcode]] (his mother's). Dad's work:
[[Immingham|place]] docks.
"""),
    ("mother's voice note transcribed", """Voice note, [[Chloe|name]] to SW [[Tom Whitlam|name]], [[29/11/2026|date]] 23:02 (typed by
[[Tom|name]])

"hiya [[tom|name]] its [[chloe|name]]. erm [[ryan|name]] come to me mams tonight at like ten and was banging on the door in
[[graizelound|place]]. me mam rang the police. [[arlo|name]] was asleep. [[ryan|name]]s mate [[jonno|name]] were in the car, the
white one not the black one. he said he's going to take [[arlo|name]] to [[owston|place]]. can you ring us tomorrow on
[[07412 587 931|phone]] ta. oh and [[ryans|name]] mum [[tracey|name]] keeps messaging me on facebook."
Second note 23:05: "sorry [[tom|name]] its me again. [[jonno|name]] is [[jonathan ridsdale|name]] from [[epworth|place]]. he's a
dealer. the white car's [[YB22 CXU|vehicle]] i think. night."
Third note [[30/11/2026|date]] 07:40: "[[tom|name]] me mam says [[ryan|name]]s been at [[jade|name]]s in [[crowle|place]] all night. ok
bye"
"""),
    ("health visitor's new birth visit note", """New birth visit - [[ARLO SARGENT|name]] - [[12/08/2026|date]] - HV
[[Sarah Wombwell|name]]
Born [[30.07.26|dob]] at Scunthorpe General, 3.2kg. Home: [[2 Silver St|address]], [[Owston Ferry|place]].
Mum [[Chloe|name]] (21) and dad [[Ryan|name]] (24). Dad's mum [[Tracey Sargent|name]] lives in [[Westwoods|place]].
Dad works at the docks in [[Immingham|place]]. Asked about DA (routine): mum said no with dad present.
Mum's friend [[Niamh|name]] from [[West Butterwick|place]] helps. Next contact booked [[10/09/2026|date]].
Mum's mum [[Lisa|name]] visits daily from [[Graizelound|place]]. Dad's car [[YB22 CXU|vehicle]]. Contacts: mum [[07412 587 931|phone]].
[[Arlo|name]]'s godmother is [[Niamh Cussons|name]]. Mum's email [[chloe.ox05@outlook.com|email]].
"""),
]


# --- F. Varley family (white British), Ealand near Crowle, a mother misusing heroin -----------------------------------

HOME_F = d.Address("17 Queen Street", "", "Ealand", "DN17 4JD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Bailey", "Varley")], dt.date(2016, 1, 25), addresses=[HOME_F], ids=["2409783619", "Y813113121102"],
       schools=["Crowle Primary Academy"]),
    _p("s", "sibling", [("Mia", "Varley")], dt.date(2021, 9, 14), addresses=[HOME_F], ids=["4781209351"]),
    _p("m", "mother", [("Shannon", "Varley")], dt.date(1994, 6, 8), addresses=[HOME_F], phones=["07531 208 674"]),
], "c")

DOCS_F = [
    ("chronology of significant events", """CHRONOLOGY - [[VARLEY, Bailey|name]] ([[25/01/2016|dob]]) and [[VARLEY, Mia|name]]
([[14/09/2021|dob]])
Address: [[17 Queen Street|address]], [[Ealand|place]], [[DN17 4JD|postcode]]
[[Mar 2019|date]]  Mum [[Shannon Varley|name]] to rehab in [[Hull|place]]; [[Bailey|name]] with grandad [[Mick Varley|name]] in
[[Crowle|place]].
[[June 2021|date]]  [[Mia|name]] born, NAS, 3 weeks on SCBU at [[Grimsby|place]]. Dad [[Callum Rhodes|name]] not involved.
[[12/04/2024|date]]  Police to [[Queen Street|address]]: [[Shannon|name]] unconscious, [[Bailey|name]] (8) rang 999.
[[05/05/2025|date]]  CIN plan. SW [[Lorna Pask|name]]. Drug worker [[Dave Hirst|name]] (WithYou).
[[9th Sept 2026|date]]  [[Bailey|name]] found walking to [[Crowle|place]] at 8am with [[Mia|name]] in a buggy.
[[2 Oct 2026|date]]  Mum's friend "[[Spud|name]]" ([[Steven Pudsey|name]]) staying; car [[YS15 HGF|vehicle]].
[[14/11/2026|date]]  Needles found in the garden by neighbour Mrs [[Eileen Burtoft|name]] ([[no. 19|address]]).
[[1/12/2026|date]]  Strategy meeting; [[Bailey|name]] and [[Mia|name]] to grandad [[Mick|name]] at [[3 Mill Road|address]],
[[Crowle|place]]
[[DN17 4LW|postcode]], phone [[01724 711 592|phone]].
[[3/12/2026|date]]  [[Shannon|name]] emailed a complaint about SW [[Lorna Pask|name]] and manager [[Phil Outram|name]].
[[4/12/2026|date]]  Grandad [[Mick|name]]'s partner [[Sandra Crookes|name]] (DOB [[02/03/1961|dob]]) checked: no concerns.
[[5/12/2026|date]]  [[Bailey|name]] told teacher Mrs [[Haxby|name]] that [[Spud|name]] "has a knife in his bag". Police: PC
[[Rhys Amos|name]].
[[8/12/2026|date]]  Review at [[Crowle|place]] Community Hub; family group conference booked [[15/01/2027|date]] at [[Epworth|place]].
"""),
    ("scanned letter with OCR misreadings", """[OCR of a scanned letter, errors kept]
N0RTH LINC0LNSHIRE C0UNCIL - Children's Services
[[l4 November 2O26|date]]
Ms [[Shann0n VarIey|name]]
[[l7 Queen Street|address]]
[[EaIand|place]]
[[DNl7 4JD|postcode]]
Dear Ms [[VarIey|name]],
Re: [[BaiIey|name]] ([[25/0l/20l6|dob]]) and [[Mia|name]] ([[l4/09/202l|dob]])
Your social worker [[L0rna Pask|name]] will visit on [[2l November|date]]. Please make sure [[Steven\nPudsey|name]] is not at the
house. [[BaiIey|name]]'s NHS number is [[240 978 3619|nhs]].
Yours, [[Lorna Pask|name]], Social Worker, [[Scunth0rpe|place]] office
cc: [[Mick VarIey|name]], [[3 MiII Road|address]], [[Cr0wle|place]]; [[Dave Hirst|name]], WithYou.
Your next review is on [[l8 January 2O27|date]] at the [[Scunth0rpe|place]] office, [[Church Square House|address]].
"""),
    ("young person's own words", """what its like at home - [[bailey|name]], with my sw [[lorna|name]], [[3/12/26|date]]

mum is nice when shes not on the brown. [[spud|name]] is a idiot he eats all the food. i look after [[mia|name]] and take her
to nursery in [[crowle|place]]. at grandads in [[Crowle|place]] i have my own room and his dog [[Rolo|name]]. i go fishing on the
[[stainforth|place]] canal with grandad [[mick|name]].
my mate [[Alfie Goy|name]] lives in [[Eastoft|place]]. i want to go to his birthday on [[boxing day|date]].
[[lorna|name]] wrote: [[Bailey|name]] drew grandads house in [[Crowle|place]] and [[Rolo|name]], and mum and [[Mia|name]] by the canal.
[[mia|name]] calls grandad "[[mimi|name]]" lol. [[sandra|name]] makes pancakes.
grandad [[mick|name]]s friend [[barry|name]] from [[ealand|place]] has a boat. i went on it with [[alfie|name]] and his sister
[[lexi|name]] on sat [[28th|date]].
"""),
    ("mother's complaint email", """From: [[shannonvarley94@hotmail.co.uk|email]]
To: [[complaints@northlincs.gov.uk|email]]
Sent: [[5 December 2026|date]] 02:14
I want to complain about [[Lorna Pask|name]] and her manager [[Phil Outram|name]]. They took [[Bailey|name]] and [[Mia|name]] to my
dad [[Mick|name]] in [[Crowle|place]] without asking me. [[Steve Pudsey|name]] is my friend not my boyfriend. My worker
[[Dave|name]] at WithYou in [[Scunthorpe|place]] says I am doing well. I was in rehab in [[Hull|place]] in [[2019|date]] and
clean till [[last Christmas|date]]. My number is [[07531 208 674|phone]]. My NI is [[SP 24 81 06 A|ni]].
[[Shannon Varley|name]]
Also [[Mick|name]]'s girlfriend [[Sandra|name]] hates me. I want [[Bailey|name]] and [[Mia|name]] home by [[Christmas Eve|date]].
PS [[Dave Hirst|name]]'s number is [[01724 277 458|phone]] ask him.
I used to live at [[2 Marsh Lane|address]], [[Eastoft|place]], [[DN17 4PR|postcode]], ask anyone there.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 229 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:31 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "sw", "hv", "nurse", "our", "nan", "nanny",
           "gran", "granny", "grandad", "mum", "mam", "mama", "dad", "papa", "aunty", "auntie", "aunt", "uncle", "tia", "tía",
           "babcia"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "north lincolnshire", "easter island", "rapa nui", "chile", "poland", "isle of axholme"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("tía Ana", "Babcia", "papa") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
