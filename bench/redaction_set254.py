"""Set 254: a held-out hand-written set for the redaction detector, six invented families in Market Bosworth, Desford and
Barlestone (west Leicestershire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set255.py to bench/redaction_set257.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES,
_AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of
Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set253.py were searched by script for the towns and communities this set uses, printing only lists of set
numbers: Market Bosworth, Desford and Barlestone appear in none ("Bosworth" alone in set 64); Iteso, Ateso, Soroti, Ngora and
Serere in none ("Kumi" in set 123, "Uganda" in six). Phone numbers were checked with the phonenumbers library and NHS numbers
(mod 11) and UPNs (LA 855, python-stdnum) made in a small script. Nobody may tune the detector on this set: it is to be
scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Size: 24 documents and 914 gold spans (552 names), about the 900 (about 500 names) asked for; the brief gave about half an
hour, so the documents were written short and lengthened in rounds while time allowed.

Six families: a young white British mother in Market Bosworth (Bland / Orton; neglect, a boy of 7, a mother's partner, a nan
in Osbaston); an Iteso family from Soroti, Uganda (Ateso and English speakers) in Desford (Okurut / Apolot / Emoit /
Amongin; domestic abuse by the father, a mother's message in Ateso translated); a young carer of 13 in Barlestone
(Pickering; a mother with MS); a white British girl of 15 in Desford (Holloway; missing to Braunstone and Hinckley,
criminal exploitation); a young white British mother in Barlestone with a baby (Ward / Dunmore; domestic abuse); and a
mother in Market Bosworth misusing alcohol and cocaine (Tanser; a boy of 9, a nan in Cadeby). The community named here,
Iteso (Teso sub-region of eastern Uganda), did not appear in any earlier docstring searched. 24 documents, each with its own
style label: a primary school safeguarding log, a nan's texts typed up, a health visitor's home visit note, child
protection conference minutes, a police domestic abuse log, a mother's WhatsApp message in Ateso translated, a child's own
words with the class teacher, a MARAC referral, a young carer's own writing, a young carers' assessment, a social worker's
phone notes, a school pastoral email, a Snapchat extract typed up, a return home interview, contextual safeguarding panel
minutes, a mother's phone call note, a health visitor's new birth visit, a mother's Facebook messages typed up, a strategy
discussion minute, a GP's email, an OCR'd scanned letter from a substance misuse service (with misreadings: l for 1, O for
0, 0 for O, I for l), family support notes, a mother's voice note transcribed and a boy's own words with the school nurse.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Uganda +256); NHS numbers and UPNs pass their check digits. Towns,
villages and districts (Market Bosworth, Desford, Barlestone, Osbaston, Cadeby, Carlton, Sutton Cheney, Nailstone, Bagworth,
Botcheston, Newbold Verdon, Ibstock, Groby, Kirby Muxloe, Braunstone, Hinckley, Earl Shilton, Coalville, Nuneaton,
Leicester; Soroti, Kumi, Ngora, Serere) are real and marked as places; streets are real street names with invented numbers.

Markup and conventions: those of bench/redaction_set213.py, WITH THE CHANGES the brief sets for every new set: a pet's name
("Tyson") is NOT marked; a month with its year, a season or feast with its year and a year alone ("since 2019") are NOT
marked as dates; a named day of the year without a date written is not marked; a day with its month ("14 November",
"21/10", "the 13th") and dates of birth are marked as before. As in set 213: titles and kinship words stay outside a name
(Mr, Mrs, Ms, Dr, PC, DC, DS, DI, Nan, Aunty, Papa, Toto, Jaja); "SURNAME, First" is one span; usernames are not marked,
chat speaker labels are names; organisations holding a town's name stay unmarked ("Turning Point Leicestershire", "Young
Carers Leicestershire", "Bosworth surgery", "LEICS POLICE"); countries and counties ("Uganda", "Leicestershire") are not
places; an OCR misreading keeps its kind.

Choices this set had to make: "toto" (mother) and "jaja" (grandparent) are treated as kinship words, as "papa" is; the
Ateso words of the message ("Yoga", "Eyalama noi") are not marked; "bosworth battlefield" is a landmark and not marked, as
"Stonehenge" is in set 213; "the square" is not marked; a school named in a child's words ("bosworth school") and
"Bosworth Academy" are marked as schools; a shop, clinic, library, services or rec named by its town ("the Barlestone
co-op", "Hinckley bus station", "Leicester Forest East services", "Desford rec") marks the town; "Braunstone Town" is one
place span; "Braunstone Lane" and "Main Street" are addresses; "the Botcheston turn" marks Botcheston; the nickname "T-Bone"
is a name.

Self-check without the detector: `python -m bench.redaction_set254` (and tests/test_redaction_set254.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 914 gold spans, 552 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Bland / Orton family (white British), Market Bosworth -----------------------------------------------------------

HOME_A = d.Address("31 Barton Road", "", "Market Bosworth", "CV13 0LQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Orton")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["5846530850", "R855211824197"],
       schools=["Market Bosworth Primary School"]),
    _p("m", "mother", [("Tasha", "Bland")], dt.date(1998, 1, 23), addresses=[HOME_A], phones=["07723 418 560"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """SAFEGUARDING LOG - PUPIL [[ORTON, Kayden|name]]
DOB [[11/06/2019|dob]]   UPN [[R855211824197|upn]]   NHS [[584 653 0850|nhs]]   Year 2, class of Mrs [[Pegg|name]]
Mum [[Tasha Bland|name]], [[31 Barton Road|address]], [[Market Bosworth|place]] [[CV13 0LQ|postcode]], mob [[07723 418 560|phone]]

[[8/9/26|date]] [[Kayden|name]] came in with a bruise on his cheek. Said [[Kyle|name]] (mum's friend) "throwed the remote".
[[9/9/26|date]] DSL [[Helen\nStubbs|name]] rang mum. [[Tasha|name]] said he fell off the trampoline at nan's in
[[Osbaston|place]].
[[15 September|date]] No PE kit for three weeks. Shoes split. TA [[Becky Lount|name]] found spares.
[[22/09/2026|date]] [[Kayden|name]] asleep at 10am. Said he watched telly with [[Kyle Foxon|name]] "till the birds".
[[1st Oct|date]] Collected late by [[Kyle|name]] at 4.10, car [[FY68 ZRU|vehicle]]. Not on the collection list.
[[6/10/2026|date]] Referral to the MASH by [[Helen Stubbs|name]]. Nan [[Diane Bland|name]] rang in worried.
[[13/10/26|date]] [[Kayden|name]]'s friend [[Archie Neal|name]] said [[Kayden|name]] "eats from the bins at the square".
[[20 Oct|date]] SW [[Marcus Tebbutt|name]] visited in school. [[Kayden|name]] drew [[Kyle|name]] "with angry eyebrows".
[[3/11/2026|date]] Mum at the gate with neighbour [[Shelley Moult|name]] of [[no. 29|address]]. Mum tearful.
[[10/11/2026|date]] Nan [[Diane|name]] collecting now; she lives [[4 Main Street|address]], [[Osbaston|place]],
[[CV13 0HL|postcode]].
[[17/11/2026|date]] [[Kayden|name]] said [[Kyle|name]]'s mate "[[Gaz|name]]" ([[Gareth Pole|name]]) slept over. Told
[[Helen|name]].
[[18/11/2026|date]] [[Archie|name]]'s mum [[Lucy Neal|name]] rang: [[Kayden|name]] asked [[Archie|name]] for money for food. TA
[[Becky|name]] noted.
[[24.11.26|date]] Dad [[Liam Orton|name]] rang from [[Coalville|place]] ([[07539 218 640|phone]]) asking for reports. Sent to SW.
[[1/12/2026|date]] [[Kayden|name]] said "[[Kyle|name]] locked me in the bathroom". Rang [[Marcus Tebbutt|name]] and PC
[[Owen Hardy|name]].
[[2/12/2026|date]] [[KAYDEN|name]] wrote "[[KYLE|name]] IS MEEN" on his book. Mrs [[Pegg|name]] kept it. Nan [[Diane|name]] told.
[[3/12/2026|date]] Core group at [[Market Bosworth|place]] library: [[Tasha|name]], [[Diane|name]], [[Marcus|name]],
[[Helen|name]], [[Anne-Marie|name]].
"""),
    ("nan's texts typed up by the social worker", """Texts from [[Diane Bland|name]] (nan) to SW [[Marcus Tebbutt|name]], copied
[[14/11/26|date]]

Fri [[6 Nov|date]] 18:20  its [[diane|name]] [[kaydens|name]] nan. went round [[tashas|name]] in [[bosworth|place]] the kitchen
is rank
Fri [[6 Nov|date]] 18:24  [[kyle|name]] there again wont look at me. [[kay|name]] had crisps for his tea
Sat [[7 Nov|date]] 10:02  ive got [[kay|name]] at mine in [[osbaston|place]] for the weekend. hes happy
Sun [[8 Nov|date]] 17:45  [[tash|name]] says [[kyle|name]] has gone to his brothers in [[hinckley|place]]. dont believe it
Mon [[9 Nov|date]] 08:30  my landline is [[01455 291 634|phone]]. [[tash|name]] dont answer hers
Tue [[10 Nov|date]] 14:11  [[shelley|name]] next door says [[kyle foxon|name]] was shouting at 2am. she heard [[kay|name]] crying
Wed [[11 Nov|date]] 09:50  please dont tell [[tasha|name]] i said. shes my only girl
Wed [[11 Nov|date]] 18:02  [[gaz|name]] pole was there too, him from [[market bosworth|place]] estate by the
park
Thu [[12 Nov|date]] 07:40  [[kay|name]] says [[archie|name]] is his best mate and [[archies|name]] mum [[lucy|name]] gave him tea
Thu [[12 Nov|date]] 19:15  [[liam|name]] rang me from [[coalville|place]] first time in ages. [[liam orton|name]] wants to see
[[kayden|name]]
Fri [[13 Nov|date]] 20:30  [[tasha bland|name]] is my daughter and i love her but [[kyle foxon|name]] has to go. [[diane|name]] x
"""),
    ("health visitor's home visit note", """HEALTH VISITOR NOTE - [[31 Barton Road|address]], [[Market Bosworth|place]]
Visit [[17/11/2026|date]], HV [[Anne-Marie Colley|name]]. Present: [[Tasha Bland|name]], [[Kayden|name]] (off school), neighbour
[[Shelley|name]].
[[Tasha|name]] is 12 weeks pregnant; she says the father is [[Kyle Foxon|name]] ([[23/02/1994|dob]]), from [[Earl Shilton|place]].
Home: dog mess in the hall, no food in the fridge but milk. The dog (Tyson) is hers. Bedroom for [[Kayden|name]] has no
bulb. [[Tasha|name]] booked with midwife [[Lorraine Haddon|name]] at the [[Hinckley|place]] clinic for the [[2nd December|date]].
Advice given. Shared with GP Dr [[Ravinder Sahota|name]] and SW [[Marcus Tebbutt|name]].
Maternal grandmother [[Diane Bland|name]] ([[Osbaston|place]]) visits twice a week; great-aunt [[Sheila Bland|name]] in
[[Carlton|place]] sometimes helps. [[Kyle|name]]'s mother [[Maureen Foxon|name]] lives in [[Earl Shilton|place]] too.
Next visit [[1 December|date]]; [[Anne-Marie|name]] to ring [[Tasha|name]] on [[07723 418 560|phone]] the day before.
Neighbour [[Shelley Moult|name]] says [[Kyle|name]]'s friend [[Gareth Pole|name]] sleeps on the sofa. [[Tasha|name]] denied it.
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Kayden ORTON|name]] ([[11.06.2019|dob]])
Held [[24/11/2026|date]] at the council offices. Chair [[Janet Villiers|name]]. Minutes [[Gary Toon|name]].
Present: [[Tasha Bland|name]] (mother), [[Diane Bland|name]] (maternal grandmother), [[Helen Stubbs|name]] (DSL),
[[Anne-Marie Colley|name]] (HV), [[Marcus Tebbutt|name]] (SW), PC [[Owen Hardy|name]]. Apologies: Dr [[Sahota|name]].
Father [[Liam Orton|name]] lives in [[Coalville|place]], invited, did not attend; last seen [[Kayden|name]] on the
[[3rd|date]] of last month. [[Kyle Foxon|name]] not invited.
PC [[Hardy|name]]: police went to [[Barton Road|address]] on [[28 October|date]] after a call from [[Shelley Moult|name]].
Decision: child protection plan, neglect. Core group [[8th December|date]] at [[Market Bosworth|place]] library.
[[Helen Stubbs|name]]: [[Kayden|name]] arrives hungry three days in five; friend [[Archie Neal|name]] shares lunch.
[[Diane Bland|name]]: she can have [[Kayden|name]] at [[4 Main Street|address]], [[Osbaston|place]] at weekends.
[[Tasha|name]] said [[Kyle|name]] has moved back to his mum [[Maureen Foxon|name]]'s in [[Earl Shilton|place]]. Review
[[2 March|date]].
Plan sent to [[Tasha Bland|name]], [[Liam Orton|name]] and [[Diane Bland|name]] on [[25/11/2026|date]] by [[Gary Toon|name]].
Father's partner [[Nikki Prior|name]] ([[Coalville|place]]) rang [[Janet Villiers|name]] on the [[23rd|date]].
"""),
]


# --- B. Okurut / Apolot family (Iteso, from Soroti, Uganda), Desford ---------------------------------------------------

HOME_B = d.Address("12 Peckleton Lane", "", "Desford", "LE9 9JU")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Emmanuel", "Emoit")], dt.date(2016, 2, 4), addresses=[HOME_B], ids=["7927013394", "U855208423572"],
       schools=["Desford Community Primary School"]),
    _p("s", "sibling", [("Grace", "Amongin")], dt.date(2020, 9, 17), addresses=[HOME_B], ids=["4158006163"]),
    _p("m", "mother", [("Florence", "Apolot")], dt.date(1989, 7, 2), addresses=[HOME_B], phones=["07956 302 784"]),
    _p("f", "father", [("Joseph", "Okurut")], dt.date(1985, 12, 9), addresses=[HOME_B], phones=["07481 926 305"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """LEICS POLICE - DOMESTIC INCIDENT LOG 4471 of [[19/10/2026|date]]
Location: [[12 Peckleton Lane|address]], [[Desford|place]], [[LE9 9JU|postcode]]
Caller: [[Florence APOLOT|name]] ([[02/07/1989|dob]]), mob [[07956 302 784|phone]]
Suspect: [[OKURUT, Joseph|name]] ([[09/12/1985|dob]]), mob [[07481 926 305|phone]], NI [[PX 61 42 08 D|ni]]
Children: [[Emmanuel Emoit|name]] (10) and [[Grace Amongin|name]] (6), both present.
PC [[Dani Whitmore|name]] and PC [[Sam Ferrar|name]] attended 22:40. Victim says [[Joseph|name]] pushed her into the
door frame after a call from his brother [[Patrick Ekiru|name]] in [[Soroti|place]] about money. [[Emmanuel|name]] rang 999.
Suspect left in car [[LR17 WHX|vehicle]] to a friend, [[Moses Opio|name]], in [[Braunstone|place]]. DASH: medium.
Victim speaks Ateso and English; friend [[Betty Alupo|name]] from church translated in part.
Previous: [[3/8/2026|date]] verbal only, officer PC [[Lee Garner|name]]. [[4/9/2026|date]] neighbour [[Val Kemp|name]] of
[[no. 14|address]] reported shouting. Suspect's cousin [[Denis Ochom|name]] of [[Kirby Muxloe|place]] collected him that time.
Referral to [[Aisha Mirza|name]] (children's social care) and to the IDVA [[Kerry-Ann Blake|name]] on [[20/10/2026|date]].
Officer's note: [[Grace|name]] asleep throughout; [[Emmanuel|name]] said "papa squeezed toto's neck". [[Florence|name]] and
children
went to [[Betty Alupo|name]]'s house, [[27 Main Street|address]], [[Kirby Muxloe|place]], [[LE9 2AL|postcode]], for the night.
Follow-up visits [[21/10/2026|date]] and [[24/10/2026|date]] at [[12 Peckleton Lane|address]]; suspect's friend's address
[[40 Winstanley Drive|address]], [[Braunstone|place]], [[LE3 1PB|postcode]].
"""),
    ("mother's WhatsApp message in Ateso, translated", """Message from [[Florence Apolot|name]] to her sister
[[Rose Akello|name]] in [[Kumi|place]],
shown to SW [[Aisha Mirza|name]] on [[23/10/2026|date]] and translated by interpreter [[Simon Okiror|name]].

Ateso as sent: "Yoga [[Rose|name]]. Eyalama noi. [[Joseph|name]] ... [[Emmanuel|name]] ..." (the rest was paraphrased)
Translation: Hello [[Rose|name]], thank you very much. [[Joseph|name]] hit me again on Sunday the [[18th|date]]. [[Emmanuel|name]]
saw. [[Grace|name]] was sleeping. Tell Toto not to worry. I will not go back to [[Soroti|place]] now, the children are in
school in [[Desford|place]]. Our pastor [[Peter Osuban|name]] in [[Leicester|place]] says pray. My number is the same.
Reply sent to her from [[+256 772 418 953|phone]] ([[Rose|name]]) and her uncle [[Charles Emuron|name]] on
[[+256 701 336 824|phone]].
[[Rose|name]] replied: "[[Florence|name]], come home to [[Kumi|place]] with the children. Toto and Jaja [[Ekwaro|name]]
in [[Ngora|place]] miss [[Emma|name]] and [[Grace|name]]. Our brother [[Stephen Odeke|name]] in [[Kampala|place]] can send money."
Interpreter's note ([[Simon Okiror|name]]): "[[Emma|name]]" is [[Emmanuel|name]]'s short name in the family.
[[Charles Emuron|name]] wrote: "[[Apolot|name]], [[Okurut|name]] called me from [[Leicester|place]]. He says sorry. I told him to
speak to the elders in [[Serere|place]]." (Family use "[[Apolot|name]]" for [[Florence|name]] and "[[Okurut|name]]" for
[[Joseph|name]].)
"""),
    ("child's own words with the class teacher", """my words - [[Emmanuel|name]] year 6 with Miss [[Tarrant|name]]
[[26/10/2026|date]]

at home papa shouts at toto in ateso and in english. on sunday he pushed her. i rang 999 like miss [[tarrant|name]] said.
i like [[desford|place]]. my friend is [[harrison|name]] and [[ollie b|name]]. in [[ngora|place]] my jaja [[ekwaro|name]] has
goats.
i look after [[gracie|name]] when toto cries. papa is staying with uncle [[moses|name]] in [[braunstone|place]] now.
i want papa to stop. i dont want him to go to prison. i want to play football for the colts in [[desford|place]].
Miss [[Tarrant|name]] wrote: "[[Emmanuel|name]] calls his sister '[[Gracie|name]]' and his grandfather 'Jaja [[Ekwaro|name]]'."
my friend [[harrison|name]]s dad mr [[cope|name]] takes us to football. [[ollie b|name]] is [[oliver burdett|name]].
at home we eat atap and toto sings. my auntie [[rose|name]] in [[kumi|place]] calls on the phone.
when i grow up i want to play football in [[leicester|place]] like [[jamie|name]] said. [[gracie|name]] wants to be a nurse like
auntie [[betty|name]].
"""),
    ("MARAC referral", """MARAC REFERRAL - [[Florence Apolot|name]], [[12 Peckleton Lane|address]], [[Desford|place]]
[[LE9 9JU|postcode]]
Referrer: [[Aisha Mirza|name]], social worker, [[aisha.mirza@westleics-cs.org.uk|email]], [[0116 305 4412|phone]].
Perpetrator: [[Joseph Okurut|name]] ([[9 December 1985|dob]]); now at [[Flat 6, 88 Narborough Road|address]], [[Leicester|place]].
Children: [[Emmanuel EMOIT|name]] ([[04/02/2016|dob]], NHS [[792 701 3394|nhs]]), [[Grace AMONGIN|name]] ([[17/09/2020|dob]],
NHS [[415 800 6163|nhs]]). Family are Iteso from [[Soroti|place]] and [[Serere|place]], in the UK since 2019.
History: three calls since the [[4th of\nMarch|date]]. Friend [[Betty Alupo|name]] ([[07766 145 902|phone]]) offers a room in
[[Kirby\nMuxloe|place]]. [[Florence|name]] wants an Ateso-speaking IDVA; [[Joseph|name]]'s brother [[Ekiru|name]] phones her
from Uganda.
Risk: strangulation disclosed on the [[18th|date]]; [[Joseph|name]] has threatened to take [[Emmanuel|name]] to [[Soroti|place]].
Support: pastor [[Peter Osuban|name]], friend [[Betty Alupo|name]], teacher Miss [[Leanne Tarrant|name]], HV
[[Gill Frecknall|name]] for [[Grace|name]].
Emails: [[florence.apolot@gmail.com|email]]; school contact Miss [[Tarrant|name]]. Agencies: police (DI [[Karen Moss|name]]),
health
(HV [[Gill Frecknall|name]]), housing ([[Raj Mistry|name]]). MARAC date [[30 October|date]].
"""),
]


# --- C. Pickering family (white British), young carer, Barlestone -------------------------------------------------------

HOME_C = d.Address("7 Newbold Road", "", "Barlestone", "CV13 0DZ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jack", "Pickering")], dt.date(2013, 4, 29), addresses=[HOME_C], ids=["1546358722", "V855225519186"],
       schools=["The Market Bosworth School"]),
    _p("m", "mother", [("Lisa", "Pickering")], dt.date(1982, 10, 5), addresses=[HOME_C], phones=["01455 824 517"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """about me by [[jack|name]] ([[jacko|name]]) age 13

i live in [[barlestone|place]] with mum. mum has MS and some days she cant get up. i do her tablets and the tea.
my sister [[kerry|name]] moved to [[ibstock|place]] with her boyfriend [[dom|name]] so its me. dad ([[steve|name]]) lives in
[[nuneaton|place]] and dont come. my mate [[tyler|name]] from [[newbold verdon|place]] helps me with the bins.
i get the bus to [[bosworth school|school]]. i am tired a lot. mr [[akhtar|name]] says i can do homework club.
i want a day off for mum and me to go to the zoo at [[twycross|place]] on my birthday the [[29th of april|date]].
my nan [[jean|name]] lives in [[barlestone|place]] too but she is old. [[kerry|name]] rings on sundays.
my best teacher is miss [[hollis|name]]. i also like [[fiona|name]] from the carers club.
when i grow up i want to be a paramedic like [[dom|name]]s brother [[ash|name]]. [[JACK PICKERING|name]] age 13 the end
"""),
    ("young carers' assessment", """YOUNG CARERS' ASSESSMENT - [[PICKERING, Jack|name]] DOB [[29/04/2013|dob]] UPN
[[V855225519186|upn]] NHS [[154 635 8722|nhs]]
Address [[7 Newbold Road|address]], [[Barlestone|place]], [[CV13 0DZ|postcode]]. Home phone [[01455 824 517|phone]].
Assessor: [[Fiona Glover|name]], Young Carers Leicestershire. Seen [[2 November|date]] at home and [[5/11/2026|date]] at school.
Cared for: mother [[Lisa Pickering|name]] (MS). Sister [[Kerry Pickering|name]] (19) in [[Ibstock|place]].
[[Jack|name]] does personal care (washing mum's hair), meds, cooking, shopping at the [[Barlestone|place]] co-op.
Father [[Stephen Pickering|name]] in [[Nuneaton|place]]; partner [[Mandy Cox|name]]. School contact: Mr [[Imran Akhtar|name]].
Outcome: respite via the group in [[Market\nBosworth|place]] fortnightly; OT for [[Lisa|name]] to be chased with
[[Karen Buswell|name]].
[[Jack|name]]'s views: he worries about mum "falling when I'm at school"; he wants to keep going to the club with
[[Tyler Reeve|name]]. Maternal grandmother [[Jean Pickering|name]] ([[Barlestone|place]]) is 84 and cannot help with care.
Review on [[5 February|date]] with [[Jack|name]], [[Lisa|name]] and [[Kerry|name]].
Signed: [[Fiona Glover|name]], [[Jack Pickering|name]] and [[Lisa Pickering|name]], [[6/11/2026|date]].
Sister's address: [[Flat 3, 21 High Street|address]], [[Ibstock|place]], [[LE67 6LG|postcode]]. Next visit [[3 December|date]].
"""),
    ("social worker's phone notes", """Phone notes, SW [[Dev Rana|name]], re [[Jack Pickering|name]]

[[9/11|date]] 10:15 [[Lisa|name]] rang. [[Jack|name]] would not go to school; she fell on the stairs last night, he lifted her.
[[9/11|date]] 11:00 rang GP Dr [[Fleur Ashdown|name]] ([[01530 230 418|phone]]): district nurse [[Paula Wells|name]] to visit.
[[10/11|date]] 16:30 [[Kerry|name]] rang from [[Ibstock|place]]; can have [[Jack|name]] weekends. [[Dom|name]]
([[Dominic Eyre|name]]) agrees.
[[12/11|date]] 09:05 [[Tyler Reeve|name]]'s mum ([[Claire Reeve|name]], [[Newbold Verdon|place]]) offers lifts to the club.
[[12/11|date]] 14:40 [[Stephen|name]] rang back from [[Nuneaton|place]]; "not my problem". Said he would "maybe" have
[[Jack|name]] on the [[20th|date]].
[[13/11|date]] 10:10 [[Fiona Glover|name]] rang: club place for [[Jack|name]] from the [[26th|date]]; [[Tyler|name]] goes too.
[[13/11|date]] 15:30 [[Paula Wells|name]] visited [[Lisa|name]] at [[7 Newbold Road|address]]; needs a stairlift. Told
[[Karen Buswell|name]].
[[14/11|date]] 12:00 [[Jack|name]] rang from his phone ([[07402 318 557|phone]]): mum ok, [[Kerry|name]] came, [[Dom|name]]
fixed the rail.
[[16/11|date]] 09:00 [[Stephen|name]]'s partner [[Mandy|name]] rang ([[02476 381 905|phone]]): they will take [[Jack|name]] on
the [[20th|date]] to
[[Nuneaton|place]]. Told [[Lisa|name]] on [[01455 824 517|phone]].
"""),
    ("school pastoral email", """From: [[Imran Akhtar|name]] <[[i.akhtar@mbschool.example.org|email]]>
To: [[Dev Rana|name]]
Date: [[16 November 2026|date]]
Subject: [[Jack P|name]] - year 8

Hi [[Dev|name]], [[Jack|name]]'s attendance is 81% this term. He fell asleep in maths with Ms [[Hollis|name]] on the
[[13th|date]].
He says mum had a bad week and [[Kerry|name]] could not come. His friend [[Tyler|name]] walks him to the bus at
[[Barlestone|place]].
He would like the carers' card so he can keep his phone on. Could [[Fiona Glover|name]] come in on Thursday [[19th|date]]?
Thanks, [[Imran|name]]
PS [[Jack|name]]'s form tutor Mr [[Gavin Rowlett|name]] says [[Jack|name]] and [[Tyler Reeve|name]] have been late on the
[[10th|date]], [[11th|date]] and [[12th|date]]; the bus from [[Barlestone|place]] and [[Newbold Verdon|place]] was not the cause.
Sent from [[Imran Akhtar|name]]'s phone, [[07956 481 120|phone]].
"""),
]


# --- D. Holloway family (white British), girl of 15, Desford: missing, exploitation --------------------------------------

HOME_D = d.Address("45 Kirkby Lane", "", "Desford", "LE9 9JL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Paige", "Holloway")], dt.date(2011, 8, 20), addresses=[HOME_D], ids=["9225898762", "C855218517991"],
       schools=["Bosworth Academy"]),
    _p("m", "mother", [("Nicola", "Holloway")], dt.date(1980, 3, 14), addresses=[HOME_D], phones=["07539 614 208"]),
], "c")

DOCS_D = [
    ("Snapchat extract typed up", """Snapchat messages from [[Paige|name]]'s phone, typed by DC [[Ross Kettle|name]]
[[2/12/2026|date]]

[[paige|name]]: where u at
[[zee|name]]: [[braunstone|place]] come thru
[[paige|name]]: mum wont let me out after [[hinckley|place]] last time
[[zee|name]]: tell her ur at [[kacey|name]]s in [[desford|place]] lol
[[paige|name]]: [[kacey|name]] wont cover again
[[zee|name]]: [[t-bone|name]] will get u at the [[botcheston|place]] turn 9pm
[[paige|name]]: ok bring my charger. [[kacey lowe|name]] says [[zee|name]] is bad news
[[zee|name]]: [[kacey|name]] is a grass. dont bring her
[[paige|name]]: [[lewis|name]] from [[bagworth|place]] seen u wiv [[t-bone|name]]
[[zee|name]]: [[lewis dyer|name]] needs to shut up
[[paige|name]]: ok. [[kace|name]] said [[nicky|name]] rang her mum [[lorna|name]]
[[zee|name]]: blame [[warren|name]] lol. meet at [[groby|place]] chippy sat [[5th|date]]
[[paige|name]]: [[PAIGE|name]] not comin. [[zain|name]] dont msg me
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Paige HOLLOWAY|name]] ([[20/08/2011|dob]]),
[[45 Kirkby Lane|address]], [[Desford|place]] [[LE9 9JL|postcode]]
Missing [[28/11/2026|date]] 21:00 to [[29/11/2026|date]] 14:30. Found by PC [[Jas Bains|name]] at [[Hinckley|place]] bus station.
Interviewer: [[Chloe Garside|name]]. [[Paige|name]] says she was with "[[Zee|name]]" (believed [[Zain Hussey|name]], 19) and
"[[T-Bone|name]]" in a flat in [[Braunstone Town|place]]. Car a grey Corsa [[KX16 FNO|vehicle]]. She was given a phone.
Friend [[Kacey Lowe|name]] (15) of [[Desford|place]] tried to stop her. Mum [[Nicola|name]] ([[07539 614 208|phone]]) reported
at 23:10.
[[Paige|name]] would like to see her dad [[Warren Holloway|name]] in [[Groby|place]] more.
[[Paige|name]] said [[Zee|name]] gave her vodka and she "had to hold a bag" for [[T-Bone|name]]. She would not say more.
She asked that Miss [[Ellis|name]] at school and her nan [[Brenda Holloway|name]] in [[Groby|place]] are not told.
Shared with DC [[Ross Kettle|name]] and SW [[Nadia Shah|name]] on [[30/11/2026|date]].
Dad [[Warren|name]] ([[Groby|place]]) and mum [[Nicola Holloway|name]] both want a meeting. [[Paige|name]]'s best friend is
[[Kacey|name]]; her
boyfriend was [[Jordan Maltby|name]] from [[Bagworth|place]] until the [[15th|date]].
IDs: NHS [[922 589 8762|nhs]], UPN [[C855218517991|upn]]. Next RHI if missing again; school Mr [[Tom Birkin|name]] told on
[[1 December|date]].
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - [[3/12/2026|date]]
Present: DI [[Karen Moss|name]] (chair), [[Chloe Garside|name]], [[Nadia Shah|name]] (SW), [[Tom Birkin|name]]
([[Bosworth Academy|school]]).
Young people: [[Paige Holloway|name]] (15, [[Desford|place]]), [[Kacey Lowe|name]] (15, [[Desford|place]]), [[Lewis Dyer|name]]
(16, [[Bagworth|place]]). Adults of concern: [[Zain HUSSEY|name]] ([[11/01/2007|dob]]), "[[T-Bone|name]]" not known.
Places: the [[Botcheston|place]] turn, [[Desford|place]] rec, a flat off [[Braunstone Lane|address]],
[[Leicester Forest East|place]] services.
Actions: disruption notice to [[Hussey|name]]; [[Tom Birkin|name]] to talk to [[Lewis|name]]'s mum [[Jodie Dyer|name]].
Update from DC [[Ross Kettle|name]]: [[Zain Hussey|name]] stopped in [[KX16 FNO|vehicle]] on the [[1st|date]]; passenger
[[Reece Lomas|name]]
(17, [[Braunstone|place]]). [[Kacey|name]] and [[Paige|name]] to be offered youth work with [[Danny Oyelaran|name]] in
[[Desford|place]].
Next panel [[7 January|date]].
Apologies: [[Jodie Dyer|name]], PC [[Jas Bains|name]]. Minutes: [[Ellie Sandford|name]].
"""),
    ("mother's phone call note", """Call from [[Nicola Holloway|name]], taken by [[Nadia Shah|name]] [[5/12/2026|date]] 19:40

[[Nicola|name]] says [[Paige|name]] went out at 6 to "[[Kacey|name]]'s" but [[Kacey|name]]'s mum [[Lorna Lowe|name]] says no.
[[Warren|name]] drove round [[Desford|place]] and [[Newbold Verdon|place]]. Car [[KX16 FNO|vehicle]] seen on
[[Main Street|address]] by
neighbour [[Pete Sisson|name]] at [[no. 47|address]]. Advised 999. [[Paige|name]] home 22:15 with new trainers.
[[Nicola|name]]'s email for the plan: [[nicky.holloway80@gmail.com|email]].
[[Nicola|name]] says [[Paige|name]]'s nan [[Brenda|name]] in [[Groby|place]] will have her at weekends.
[[Warren Holloway|name]]'s number for the plan: [[07812 304 669|phone]].
[[Nadia Shah|name]] rang [[Warren|name]] at 22:30; he and [[Paige|name]] spoke. Told DC [[Kettle|name]].
Plan meeting [[9 December|date]] at [[Desford|place]] library; [[Nicola|name]] on [[07539 614 208|phone]]; [[Warren|name]] to
come from
[[Groby|place]]. [[Kacey|name]]'s mum [[Lorna Lowe|name]] of [[Hunts Lane|address]] to be invited.
"""),
]


# --- E. Ward / Dunmore family (white British), Barlestone: domestic abuse, a baby ----------------------------------------

HOME_E = d.Address("19 Bosworth Road", "", "Barlestone", "CV13 0EL")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Ward")], dt.date(2026, 3, 8), addresses=[HOME_E], ids=["2515728995"]),
    _p("m", "mother", [("Sophie", "Ward")], dt.date(2003, 5, 30), addresses=[HOME_E], phones=["07812 557 093"]),
    _p("f", "father", [("Craig", "Dunmore")], dt.date(1999, 11, 2), phones=["07402 871 665"]),
], "c")

DOCS_E = [
    ("health visitor's new birth visit", """HV NEW BIRTH VISIT - [[Alfie WARD|name]], DOB [[08/03/2026|dob]], NHS
[[251 572 8995|nhs]]
Mother [[Sophie Ward|name]] ([[30/05/2003|dob]]), [[19 Bosworth Road|address]], [[Barlestone|place]], [[CV13 0EL|postcode]].
HV [[Lyndsey Parr|name]], [[20 March|date]]. Father [[Craig Dunmore|name]] present, answered for [[Sophie|name]] throughout.
Routine enquiry not possible. [[Sophie|name]]'s mum [[Tracey Ward|name]] in [[Nailstone|place]] visits daily.
Follow-up [[27/03|date]]: [[Sophie|name]] alone, said [[Craig|name]] "gets jealous" and checks her phone. Leaflet given.
[[Craig|name]]'s mother [[Bev Dunmore|name]] lives in [[Ibstock|place]]. [[Sophie|name]]'s friend [[Jess Cotton|name]]
in [[Bagworth|place]] is her main support. GP: Dr [[Hannah Pryce|name]]. Next contact at 6-8 weeks, [[24 April|date]].
[[Alfie|name]]'s name was chosen by [[Craig|name]] for his grandad [[Alf Dunmore|name]] of [[Bagworth|place]].
"""),
    ("mother's Facebook messages typed up", """Messenger messages from [[Sophie Ward|name]] to her friend [[Jess Cotton|name]],
shown to HV [[14/10/26|date]]

[[soph|name]]: hes took my phone again. using [[alfies|name]] tablet
[[jess|name]]: come to mine in [[bagworth|place]] babe
[[soph|name]]: [[craig|name]] will go mad. he smashed the tv on saturday the [[10th|date]]
[[jess|name]]: ring ur mum in [[nailstone|place]]
[[soph|name]]: mum dont like him. [[craigs|name]] mum [[bev|name]] says im lying
[[jess|name]]: [[chris|name]] can get u. hes in the van [[AY70 KDL|vehicle]]
[[soph|name]]: [[chris cotton|name]] is ur brother yeah
[[jess|name]]: yeah [[chris|name]] is safe. [[tracey|name]] said [[alfie|name]] can stay at [[nailstone|place]] wiv her
[[soph|name]]: [[craig|name]] said if i go to [[jessie|name]]s he will burn the car
[[jess|name]]: [[sophie ward|name]] u there?? [[chris|name]] outside [[19 bosworth rd|address]] now
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[Alfie Ward|name]] ([[8.3.2026|dob]]), [[Barlestone|place]] -
[[15/10/2026|date]]
Chair: [[Sarah Quinton|name]] (team manager). Police: DS [[Nick Farmer|name]]. Health: [[Lyndsey Parr|name]]. SW:
[[Joel Brannigan|name]].
Incident [[13/10/2026|date]]: [[Craig DUNMORE|name]] ([[02/11/1999|dob]], mob [[07402 871 665|phone]]) damaged a TV and held
[[Sophie|name]] by the throat, witness [[Jess Cotton|name]] by phone. [[Craig|name]] arrested, bailed to his mother
[[Beverley Dunmore|name]] at [[3 Ashby Road|address]], [[Ibstock|place]] [[LE67 6LE|postcode]], not to enter [[Barlestone|place]].
[[Sophie|name]] ([[07812 557 093|phone]]) and [[Alfie|name]] to stay with [[Tracey Ward|name]], [[Nailstone|place]].
Section 47 enquiry agreed: [[Joel Brannigan|name]] and DS [[Nick Farmer|name]] to see [[Sophie|name]] at [[Nailstone|place]] on
the
[[16th|date]]; [[Lyndsey Parr|name]] to see [[Alfie|name]]. [[Craig|name]]'s ex-partner [[Stacey Orme|name]] of
[[Coalville|place]] made
two reports against him (2023). Next review [[29/10/2026|date]].
Outcome: [[Sophie Ward|name]] and [[Alfie Ward|name]] to [[Tracey Ward|name]]'s in [[Nailstone|place]]; [[Craig Dunmore|name]]
bailed to
[[Bev|name]]'s in [[Ibstock|place]]. Minutes [[Hayley Crane|name]].
Suspect's NI [[JM 40 73 15 B|ni]]; his car [[AY70 KDL|vehicle]] is his brother [[Chris Dunmore|name]]'s, seen in
[[Bagworth|place]] and
[[Thornton|place]] on the [[12th|date]] and [[14th|date]]. Bail to [[12 November|date]].
"""),
    ("GP's email to the social worker", """From: Dr [[Hannah Pryce|name]], Bosworth surgery
To: [[Joel Brannigan|name]]
Sent: [[22 October 2026|date]] 12:48

Dear [[Joel|name]], [[Sophie Ward|name]] came in on [[21/10|date]] with bruising to the left arm, said it was [[Craig|name]]
on the [[13th|date]]. [[Alfie|name]] is well, 7 month check done by nurse [[Kath Dolby|name]]. [[Sophie|name]] asked us to
use her mum's number [[01530 260 193|phone]]. [[Craig Dunmore|name]] is not registered with us.
Regards, [[H. Pryce|name]]
PS our practice nurse [[Kath|name]] saw [[Sophie|name]]'s mum [[Tracey Ward|name]] on the [[20th|date]]; she is happy to
have [[Sophie|name]] and [[Alfie|name]] stay. Her address is [[2 Church Lane|address]], [[Nailstone|place]],
[[CV13 0QH|postcode]].
cc: HV [[Lyndsey Parr|name]]; [[Sarah Quinton|name]].
"""),
]


# --- F. Tanser family (white British), Market Bosworth: a mother misusing drink and drugs ----------------------------------

HOME_F = d.Address("5 Shenton Lane", "", "Market Bosworth", "CV13 0LA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Logan", "Tanser")], dt.date(2017, 1, 19), addresses=[HOME_F], ids=["2328822509", "G855232012609"],
       schools=["Market Bosworth Primary School"]),
    _p("m", "mother", [("Gemma", "Tanser")], dt.date(1991, 9, 12), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("OCR'd scanned letter from the substance misuse service", """Turning Point Leicestershire
[[l4 November 2O26|date]]
Re: [[Gemma TANSER|name]]  DOB [[l2/O9/l99l|dob]]  [[5 Shent0n Lane|address]], [[Market B0sworth|place]] [[CVl3 0LA|postcode]]

Dear Mr [[Tebbutt|name]],
Ms [[Tanser|name]] attended with her mother [[PauIine Tanser|name]] of [[Cadeby|place]] on [[O3/ll/2O26|date]]. She reports
drinking two bottles of wine a day and cocaine at weekends with her partner [[Ricky Gamble|name]]. Her son [[L0gan|name]]
(9) stays with his nan in [[Cadeby|place]] when she uses. Keyworker: [[Dean 0wen|name]]. Next appt [[2l/ll/2O26|date]].
Yours sincerely, Dr [[Ayesha Noor|name]]
[[Gemma|name]]'s GP is Dr [[Ravinder Sahota|name]]. Her sister [[Kirsty TANSER|name]] of [[Sutton
Cheney|place]] is
willing to help; [[Ricky Gamb1e|name]] declined contact. cc [[Jo Caste11|name]], family support, and NHS [[232 882 2509|nhs]].
"""),
    ("family support worker's notes", """FAMILY SUPPORT NOTES - [[Logan Tanser|name]], [[5 Shenton Lane|address]],
[[Market Bosworth|place]]
Worker: [[Jo Castell|name]]. [[10/11/2026|date]]: [[Gemma|name]] in bed at 11am, [[Logan|name]] playing outside alone.
[[Ricky|name]] ([[Richard Gamble|name]]) came in with shopping, left quickly. Cans in the recycling.
[[17/11/2026|date]]: [[Logan|name]] at nan [[Pauline|name]]'s in [[Cadeby|place]]. Nan's number [[01455 290 772|phone]].
[[Logan|name]]'s friend [[Freddie Lamb|name]] from [[Carlton|place]] comes to tea. [[Freddie|name]]'s mum [[Zoe Lamb|name]] is
worried.
[[24/11/2026|date]]: [[Gemma|name]] sober, tidied. Said she will go to the group in [[Coalville|place]]. Aunt
[[Kirsty Tanser|name]] from
[[Sutton Cheney|place]] will help on Tuesdays.
[[1/12/2026|date]]: [[Logan|name]] back at [[Shenton Lane|address]]. [[Ricky|name]]'s friend "[[Dazza|name]]"
([[Darren Speight|name]])
there, smelt of cannabis, van [[WP15 XTE|vehicle]]. Told [[Marcus Tebbutt|name]] and [[Dean Owen|name]] at Turning Point.
[[3/12/2026|date]]: Met nan [[Pauline Tanser|name]] at [[Cadeby|place]] with [[Logan|name]]. Neighbour [[Mavis Orrell|name]]
helps. [[Pauline|name]]
says [[Gemma|name]]'s dad [[Keith Tanser|name]] in [[Hinckley|place]] is not to see [[Logan|name]]. [[Kirsty|name]] visited the
[[2nd|date]].
[[8/12/2026|date]]: visit cancelled; [[Gemma|name]] at [[Coalville|place]] group. Next [[15/12/2026|date]] at
[[5 Shenton Lane|address]],
[[CV13 0LA|postcode]]; [[Pauline|name]]'s address [[6 Church Road|address]], [[Cadeby|place]], [[CV13 0AX|postcode]].
"""),
    ("mother's voice note transcribed", """Voice note from [[Gemma Tanser|name]] to [[Jo Castell|name]], [[26/11/2026|date]],
typed up

"[[jo|name]] its [[gem|name]]. sorry about tuesday yeah. [[ricky|name]] came round with [[dazza|name]] and it all went
wrong. [[logan|name]]s at mums in [[cadeby|place]]. i've not had nothing since sunday i promise. [[kirsty|name]] is
coming from [[sutton cheney|place]] tomorrow. can you tell [[marcus|name]] i'm trying. and tell [[freddie|name]]s mum sorry about
the party on the [[28th|date]]. my new number is [[07723 906 214|phone]]. love you [[jo|name]] bye"
"oh and [[pauline|name]] says can [[logan|name]] stay till the [[3rd|date]]. and [[dean|name]] from turning point rang. ta
[[jo|name]]"
(note by [[Jo Castell|name]]: "[[gem|name]]" is [[Gemma|name]]; "[[dazza|name]]" is [[Darren Speight|name]].)
"""),
    ("logan's own words with the school nurse", """what i think - [[Logan|name]] (year 5) with nurse [[Sam Ebdon|name]],
[[1/12/2026|date]]

i like being at nans in [[cadeby|place]] she has chickens. mum is nice when she is not poorly. [[ricky|name]] is loud.
i want to stay in [[bosworth|place]] for school with [[freddie|name]] and [[alfie m|name]]. aunty [[kirsty|name]] took me to
bosworth battlefield. i want mum to come to my football on the [[6th|date]].
Nurse [[Sam|name]] wrote: [[Logan|name]] drew nan [[PAULINE|name]] and her chickens, and "[[RICKY|name]]" with a can.
nan has a friend [[mavis|name]] next door. [[mavis|name]] gives me biscuits. mum's friend [[dazza|name]] smokes.
my teacher is mrs [[quigley|name]] and my old teacher was mr [[bhatt|name]] in [[carlton|place]].
Nurse [[Sam Ebdon|name]] told [[Marcus Tebbutt|name]] and mum's worker [[Jo Castell|name]] on [[1/12/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 254 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:26 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "papa",
           "mama", "toto", "jaja", "pastor"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "leicestershire", "uganda", "leics"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Jaja Ekwaro", "Toto", "uncle moses") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
