"""Set 252: a held-out hand-written set for the redaction detector, six invented families in Atherstone, Polesworth and
Coleshill (north Warwickshire) and the villages around them, written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set250.py, bench/redaction_set251.py, bench/redaction_set253.py and their tests (written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records,
_PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and
the signature of Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set249.py were searched by script for the towns and the communities considered, printing only the numbers of
the sets that hit: Atherstone is named in four earlier docstrings, Hurley in one and Kingsbury in two; Polesworth, Coleshill,
Mancetter, Grendon, Dordon and Baddesley in none. Phone numbers were checked with the phonenumbers library and NHS numbers and
UPNs (LA 937, Warwickshire) made with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be
scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families: a young white British mother in Mancetter, Atherstone, with a boy of 5 and a baby (Talbot / Brindley; neglect,
a partner with bail conditions, a nan in Hartshill); a Talysh family from Lənkəran and Lerik, Azerbaijan, in a flat on Coleshill
Road, Atherstone (Rzayev / Mirzayeva; domestic abuse and a passport kept by the father, a mother's voice message in Talysh
translated); a white British and Black Caribbean boy of 14 in Polesworth (Campbell / Dixon; criminal exploitation to Tamworth,
a nan in Birchmoor); a young carer of 13 in Dordon (Hollis; a mother with MS, a nan in Baddesley Ensor); a white British girl of
15 in Coleshill (Kane / Price; missing to Kingshurst and Chelmsley Wood, sexual exploitation, a stepfather's complaint); and a
white British and Irish family in Water Orton with a boy of 9 (Brennan; a father's drinking, a nan in Kingsbury). The community
new to this set, Talysh (an Iranian-speaking people of the Caucasus in southern Azerbaijan), is named in no earlier docstring
searched (nor are "Talish", "Lankaran", "Lənkəran", "Lerik" or "Astara"; Azerbaijan is named in two). Gagauz, Ossetian, Abkhaz,
Lezgin, Avar, Circassian, Csángó and others were considered and found already used. The Talysh family's kin words ("nənə",
"dədə", "dayı", "xala") and the polite "xanım" after a name are those Talysh shares with Azerbaijani; its phones abroad are
Azerbaijani (+994), a mobile in Baku and a landline in Lerik.

24 documents, each with its own style label: a school safeguarding log for a reception child, a mum's WhatsApp messages to a
friend typed up from screenshots, a health visitor's home visit note, a social worker's phone notes, a police domestic abuse log,
a mother's voice message in Talysh translated, a MARAC referral, a boy's own words written with a teacher, a Snapchat chat
typed up by a youth worker, strategy discussion minutes, a mother's complaint-style email to the school, a return home
interview, a young carer's own writing, a GP's letter, a young carers' assessment, a nan's texts typed up, a police missing
person log, a stepfather's complaint email, contextual safeguarding panel minutes, a girl's Snapchat chat typed up, family
support worker's notes, an OCR'd scanned school letter (with l for 1, O for 0, 0 for O and 1 for l), a nan's letter and a GP's
email.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration (some
street names are real streets of those places; the numbers on them are not). Phones are valid (phonenumbers), UK and foreign
(Azerbaijan +994); NHS numbers and UPNs pass their check digits. The council, the surgeries, the clubs and the charities are
invented or unmarked organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, with the changes the brief sets for every new set: a pet's name
("Biscuit", "Tyson", "Pickle", "Rusty") is NOT marked; a month with its year, a season or a feast with its year and a year
alone are NOT marked as dates (none is written here except inside dates that have a day); a named day of the year without a
date is not marked. A day with its month ("21 November", "27/11", "the 14th", "30th November") and dates of birth are marked.
Titles and kinship words stay outside a name (Mr, Mrs, Miss, Dr, PC, PCSO, PS, DC, DS, SW, HV, Nurse, Sister, Nan, Nanny,
nənə, dədə, dayı, xala, and "xanım" after a name); "SURNAME, First" is one span; initials alone are not marked ("Elnur R." is
one name span); usernames are left out; a weekday before a date stays outside it ("Monday [[30th November]]"); organisations
holding a town's name stay unmarked ("WARWICKSHIRE POLICE"); counties, countries and regions ("North Warwickshire",
"Azerbaijan") are not places; an OCR misreading keeps its kind; "the A5", "the castle" and the "75 bus" are not marked.

Choices this set had to make: chat speaker labels are names ("shan:", "tay:", "ty:", "mikey:"); a shop, station, services, water
park or clinic named by its town in lower-case words marks the town ("[[Water Orton]] station", "[[Coleshill]] services",
"[[Kingsbury]] water park", "[[Coleshill]] Parkway", "the [[Dordon]] Co-op"); a school's name is a school span even when it
holds a town ("Polesworth School", the OCR'd "C0LESHILL PRIMARY"); "Hams Hall" (a distribution park by Coleshill), "Castle Vale",
"Glascote", "Kingshurst" and "Marston Green" are places; a street alone ("Cooks Lane", "Long Street", "Coleshill Road") and a flat
number alone ("Flat 4", "no. 8") are addresses; "Bakı" (Baku in Azerbaijani) and "Tullamore" (Ireland) are places abroad;
"Mikey D", "Little T" and "Elo" are nicknames marked as names; "St Mary's church" is an organisation and not marked.

Self-check without the detector: `python -m bench.redaction_set252` (and tests/test_redaction_set252.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 900 gold spans, 523 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Talbot / Brindley family (white British), Mancetter, Atherstone -------------------------------------------------

HOME_A = d.Address("6 Quarry Lane", "Mancetter", "Atherstone", "CV9 1NL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Brindley")], dt.date(2021, 6, 2), addresses=[HOME_A], ids=["9048235472", "A937290095112"]),
    _p("s", "sibling", [("Esmae", "Talbot")], dt.date(2025, 9, 17), addresses=[HOME_A], ids=["7401947145"]),
    _p("m", "mother", [("Shannon", "Talbot")], dt.date(2003, 1, 25), addresses=[HOME_A], phones=["07723 561 408"]),
], "c")

DOCS_A = [
    ("school safeguarding log for a reception child", """SAFEGUARDING LOG - reception class
Child: [[BRINDLEY, Kayden|name]]   DOB [[02/06/2021|dob]]   UPN [[A937290095112|upn]]   NHS [[904 823 5472|nhs]]
Mum: [[Shannon Talbot|name]] ([[07723 561 408|phone]]), [[6 Quarry Lane|address]], [[Mancetter|place]], [[Atherstone|place]]
[[CV9 1NL|postcode]]

[[08/09/2026|date]]  [[Kayden|name]] in at 9.50, no coat, wet through. Miss [[Harcourt|name]] (class teacher) dried his clothes.
[[15/09/2026|date]]  Head lice again. Mum said her friend [[Tayla Greaves|name]] from [[Grendon|place]] would sort it.
[[22.9.26|date]]  [[Kayden|name]] told TA [[Lorraine Bott|name]] that "[[Esmae|name]] screams and mummy shouts at [[Jordan|name]]".
[[1 Oct|date]]  HV [[Amanda Pickering|name]] rang: baby [[Esmae|name]] missed her 12 month check twice, weight not seen since the summer.
[[6th October 2026|date]]  Referral to the MASH by DSL [[Karen\nWhitworth|name]]. SW [[Imogen Sale|name]] allocated on [[9/10|date]].
[[20/10/2026|date]]  Mum's partner "[[Jordz|name]]" ([[Jordan Pegg|name]]) collecting, smelt of weed. Car [[FY18 WKD|vehicle]].
[[3/11/26|date]]  [[Kayden|name]] said he slept at "nanny [[Bev|name]]'s in [[Hartshill|place]]". Nan [[Beverley Talbot|name]] lives
[[22 Church Road|address]], [[Hartshill|place]], [[CV10 0LY|postcode]].
[[17/11/2026|date]]  [[Kayden|name]] bit [[Oscar Lunn|name]] in the sand pit. Mr [[Dhaliwal|name]] spoke to both; [[Oscar|name]]'s mum
[[Kerry Lunn|name]] upset.
[[1/12/2026|date]]  No one collected at 3.15. Rang [[07723 561 408|phone]] x3. [[Tayla|name]] came at 4.05 saying [[Shannon|name]]
had gone to [[Nuneaton|place]] with [[Jordan|name]]. Neighbour Mrs [[Sheila Orme|name]] at [[no. 8|address]] says the baby was left
with her.
[[2/12/26|date]]  Mum in. Cried. Said [[Jordz|name]] has gone back to his mum's in [[Baddesley Ensor|place]]. Told [[Imogen|name]].
[[3/12/2026|date]]  [[Kayden|name]] said "[[Jordy|name]] kicked the door" and that he sleeps in mummy's bed with [[Esmae|name]].
[[4/12/2026|date]]  Nan [[Bev|name]] collected; she says [[Kayden|name]] can stay at [[22 Church Road|address]] till Monday [[7th|date]].
Mrs [[Orme|name]] rang: [[Shannon|name]]'s other friend [[Kelsey Pratt|name]] of [[Witherley Road|address]] was at the house too.
"""),
    ("mum's whatsapp messages to a friend, typed up from screenshots", """Screenshots handed in by [[tayla greaves|name]] to SW
[[Imogen Sale|name]] on
[[26/11/26|date]], typed up as they are

[[shan|name]]: [[tay|name]] can u have [[esmae|name]] 2moro im at the job centre in [[atherstone|place]] at 10
[[tay|name]]: yh babe wat time. my nan is round tho lol
[[shan|name]]: [[jordz|name]] took the money again. i cant even get nappies
[[tay|name]]: leave him [[shan|name]] honest. come to mine in [[grendon|place]]
[[shan|name]]: hes at his mums in [[baddesley|place]] tonite thank god
[[tay|name]]: is [[kay|name]] ok?? he was crying at the gate
[[shan|name]]: he wants his nanny [[bev|name]]. shes in [[hartshill|place]] but her car is broke
[[tay|name]]: ill get my [[darren|name]] to drop u over. hes got the van
[[shan|name]]: [[jordz|name]] said if i tell the social he will take [[kayden|name]] to his mates in [[tamworth|place]]
[[tay|name]]: thats not on. ring [[mandy|name]] the hv she is nice
[[shan|name]]: [[mandy pickering|name]] is the one who keeps ringing lol
[[tay|name]]: ye her. and the dog wants feeding, Biscuit is starving
[[shan|name]]: lol. [[bev|name]] says come sunday at 2 in [[hartshill|place]], bring [[kay|name]] n [[esmae|name]]
[[tay|name]]: ok. [[darren|name]] can drop u at [[mancetter|place]] after. his mum [[sue|name]] is at ours wed
[[shan|name]]: [[jordz|name]] sister [[stacey pegg|name]] messaged me. shes in [[warton|place]] now
[[tay|name]]: block her
"""),
]


# --- B. Rzayev / Mirzayeva family (Talysh, from Lənkəran and Lerik, Azerbaijan), Atherstone ---------------------------------

HOME_B = d.Address("Flat 3, 41 Coleshill Road", "Atherstone", "Atherstone", "CV9 1BN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Aylin", "Rzayeva")], dt.date(2015, 4, 11), addresses=[HOME_B], ids=["4183411637", "W937374810111"]),
    _p("s", "sibling", [("Elnur", "Rzayev")], dt.date(2012, 10, 3), addresses=[HOME_B], ids=["8821821285"]),
    _p("m", "mother", [("Sevinc", "Mirzayeva")], dt.date(1988, 7, 19), addresses=[HOME_B], phones=["07845 290 317"]),
    _p("f", "father", [("Rauf", "Rzayev")], dt.date(1984, 2, 28), addresses=[HOME_B], phones=["07961 438 205"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """WARWICKSHIRE POLICE - DOMESTIC ABUSE LOG  ref 0412 of [[14/11/2026|date]]
Victim: [[MIRZAYEVA, Sevinc|name]]  DOB [[19/07/1988|dob]]  tel [[07845 290 317|phone]]
Suspect: [[Rauf RZAYEV|name]]  DOB [[28.02.1984|dob]]  tel [[07961 438 205|phone]]  NI [[PW 62 18 43 B|ni]]
Address: [[Flat 3, 41 Coleshill Road|address]], [[Atherstone|place]] [[CV9 1BN|postcode]]
Children: [[Aylin Rzayeva|name]] ([[11/04/2015|dob]]), [[Elnur Rzayev|name]] ([[03/10/2012|dob]])

23:40 call from [[Elnur|name]] (14) saying dad was "breaking mum's phone". PC [[Gareth Mold|name]] and PC [[Aisha Khatun|name]] attended
00:05. [[Sevinc|name]] spoke little English; interpreter [[Nərgiz Quliyeva|name]] (Azerbaijani, Talysh) by phone. She said [[Rauf|name]]
took her passport and keeps her money; he rings his brother [[Tural|name]] in [[Baku|place]] to check on her. [[Rauf|name]] had left
in a grey Passat [[YB16 HZT|vehicle]]; stopped on the A5 at [[Mancetter|place]] 00:40, arrested. Neighbour [[Colin Stretton|name]]
([[Flat 4|address]]) heard shouting most nights. DASH: high. MARAC referral by DS [[Leanne Fairbrother|name]]. [[Aylin|name]] asleep,
not spoken to. [[Elnur|name]] said his dad calls him "[[Elo|name]]" and calls [[Aylin|name]] "[[Ayka|name]]"; [[Elnur|name]]'s friend
[[Kacper Nowak|name]] was staying over and saw the phone broken. [[Kacper|name]]'s mother [[Agnieszka Nowak|name]] collected him from the
flat at 00:30 and took him to [[Polesworth|place]]. PCSO [[Tom Ravenhall|name]] did a welfare check at [[Coleshill Road|address]] at
10:00. Mother's family: her mother [[Gülnar Mirzayeva|name]] in [[Lerik|place]], her brother [[Tural Mirzayev|name]]
([[+994 50 347 21 86|phone]]), [[Bakı|place]].
"""),
    ("mother's voice message in Talysh, translated", """Voice message from [[Sevinc Mirzayeva|name]] to SW [[Hollie Banner|name]],
[[17/11/2026|date]], translated from Talysh by [[Nərgiz Quliyeva|name]]

"Hello [[Hollie|name]] xanım, it is [[Sevinc|name]], [[Aylin|name]]'s mother. I am at my friend [[Zəhra|name]]'s in
[[Atherstone|place]], near the station. [[Rauf|name]] has rung me twelve times from his cousin's in [[Nuneaton|place]]. My nənə
[[Gülnar|name]] in [[Lerik|place]] says he rang her too, on her number [[+994 25 252 37 14|phone]], and told her I am a bad mother.
My dayı [[Tural|name]] in [[Baku|place]] says come home to [[Lənkəran|place]]. I do not want to take the children out of school.
[[Elnur|name]] wants to stay with his friend [[Kacper|name]] in [[Polesworth|place]]. [[Aylin|name]] cries for her dədə. Please
ring me on [[07845 290 317|phone]] after three, when [[Zəhra|name]]'s husband [[Elçin|name]] has gone to work."
Second message, [[18/11/2026|date]]: "[[Hollie|name]] xanım, [[Leyla|name]], [[Rauf|name]]'s sister, came to the school in
[[Atherstone|place]] and asked [[Aylin|name]] where we are. [[Aylin|name]] told her nothing. My xala [[Firuzə|name]] in [[Astara|place]]
says [[Rauf|name]]'s dədə [[Şahin|name]] is angry with him. [[Zəhra|name]] says I can stay until the [[25th|date]]."
Translator's note: "xanım" is a polite word after a woman's name; "nənə" is grandmother, "dayı" mother's brother, "dədə" father.
"""),
]


# --- C. Campbell / Dixon family (white British and Black Caribbean), Polesworth, criminal exploitation -------------------

HOME_C = d.Address("31 Kiln Way", "Polesworth", "Polesworth", "B78 1JU")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tyrese", "Campbell")], dt.date(2012, 5, 8), addresses=[HOME_C], ids=["6528427208", "J937283690948"]),
    _p("m", "mother", [("Danielle", "Dixon")], dt.date(1990, 12, 14), addresses=[HOME_C], phones=["07532 716 849"]),
], "c")

DOCS_C = [
    ("snapchat messages typed up by a youth worker", """Snapchat messages shown to youth worker [[Marcus Bello|name]] by [[tyrese|name]] on
[[19/11/26|date]], typed up (usernames left out)

[[ty|name]]: yo [[dre|name]] u in [[tamworth|place]] 2nite
[[dre|name]]: ye at [[kizzy|name]]s by the castle. bring the ting
[[ty|name]]: my mum [[dani|name]] took my phone lol this is my cuz [[jaylen|name]]s
[[dre|name]]: [[reece|name]] sed u owe 200 still
[[ty|name]]: i aint got it bro. i can do [[birchmoor|place]] sat
[[dre|name]]: bare ppl in [[dordon|place]] wanna link. [[reece|name]] picks u up from [[polesworth|place]] station 6
[[ty|name]]: not the station man mrs [[okoro|name]] lives by there she knows my mum
[[dre|name]]: outside the co op then. [[reece|name]] got the white golf [[KX19 RFE|vehicle]]
[[ty|name]]: safe. tell [[kizzy|name]] i said wagwan
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[20/11/2026|date]] 14:00 (Teams)
Child: [[CAMPBELL, Tyrese|name]], DOB [[08/05/2012|dob]], NHS [[6528427208|nhs]], UPN [[J937283690948|upn]]
Address: [[31 Kiln Way|address]], [[Polesworth|place]], [[B78 1JU|postcode]]. Mother [[Danielle Dixon|name]] ([[07532 716 849|phone]])
Present: [[Sarah Keel|name]] (chair, team manager), DC [[Rob Anstey|name]] (police), [[Marcus Bello|name]] (youth worker), Mrs
[[Pauline Okoro|name]] (DSL), Nurse [[Jo Vickers|name]], SW [[Femi Adeyemi|name]].
Information: [[Tyrese|name]] missing three times since half term; found once in [[Tamworth|place]] and once at [[Kingsbury|place]]
water park at 01:00. Snapchat shows him being told to go to [[Birchmoor|place]] and [[Dordon|place]]. Adults named: "[[Dre|name]]"
(believed [[Andre Mullings|name]], 19, of [[Glascote|place]]), "[[Reece|name]]" ([[Reece Harte|name]], 22), who drives [[KX19 RFE|vehicle]].
Father [[Delroy Campbell|name]] lives in [[Erdington|place]]; sees [[Tyrese|name]] most Sundays; number [[07908 331 276|phone]].
Cousin [[Jaylen Dixon|name]] (16) of [[Hurley|place]] may be involved too.
Actions: NRM referral ([[Femi|name]]); disruption notices ([[Rob Anstey|name]]); return home interview; next meeting [[4/12|date]].
Missing episodes: [[2/11|date]] ([[Tamworth|place]]), [[9/11|date]] ([[Kingsbury|place]]), [[16/11|date]] ([[Wilnecote|place]]).
School: [[Polesworth School|school]]; attendance 62%. Mother's old landline [[01827 894 216|phone]] is disconnected: removed.
"""),
]


# --- D. Hollis family (white British), Dordon, young carer -------------------------------------------------------------

HOME_D = d.Address("27 Long Street", "Dordon", "Tamworth", "B78 1SL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Hollis")], dt.date(2013, 11, 21), addresses=[HOME_D], ids=["1971206156", "J937107682969"]),
    _p("m", "mother", [("Joanne", "Hollis")], dt.date(1979, 3, 6), addresses=[HOME_D], phones=["07788 154 632", "01827 892 641"]),
], "c")

DOCS_D = [
    ("young carer's own writing", """about me and my mum - by [[ruby|name]] (year 8)

my name is [[ruby hollis|name]] and i live in [[dordon|place]] with my mum [[jo|name]] and our cat Pickle. mum has MS and some days
she cant get up the stairs. i do her tablets and the tea. my friend [[ellie-may|name]] from [[polesworth|place]] helps me with my
maths on the bus. my dad [[craig|name]] lives in [[nuneaton|place]] with [[kerry|name]] and i see him some weekends but not
loads. when mum fell on the [[14th|date]] i rang nanny [[pat|name]] in [[baddesley|place]] and she came in a taxi. i am scared when
mum falls. i would like to go to the young carers club in [[atherstone|place]] on tuesdays with [[maddie|name]]. miss [[Rooney|name]]
says i can. i dont want anyone to take me away from mum.
"""),
    ("GP's letter to the young carers service", """The Surgery, [[Dordon|place]]
[[24 November 2026|date]]
Re: [[Ruby HOLLIS|name]], DOB [[21/11/2013|dob]], NHS [[197 120 6156|nhs]], [[27 Long Street|address]], [[Dordon|place]],
[[B78 1SL|postcode]]
Mother: [[Joanne Hollis|name]] ([[06/03/1979|dob]]), tel [[01827 892 641|phone]] / [[07788 154 632|phone]]

Dear Ms [[Yardley|name]],
I support the referral of [[Ruby|name]] to your service. Her mother, Mrs [[Hollis|name]], has relapsing MS and falls often; [[Ruby|name]]
gives her medication and cooks. Her grandmother, [[Patricia Hollis|name]] of [[12 Meadow Close|address]], [[Baddesley Ensor|place]],
helps when she can. [[Ruby|name]]'s father [[Craig Hollis|name]] ([[Hinckley Road|address]], [[Nuneaton|place]]) is in touch. [[Ruby|name]]
told our nurse, Sister [[Beddows|name]], that she is tired at school. Please contact me or our practice nurse [[Kath Morley|name]].
Yours sincerely, Dr [[Anjali Mistry|name]]
cc: [[Joanne Hollis|name]]; school nurse [[Kath Morley|name]]; [[Ruby|name]]'s head of year, Mr [[Gethin Powell|name]].
Dictated [[23/11/2026|date]], typed [[24/11|date]] by [[Lynsey|name]].
"""),
]


# --- E. Kane / Price family (white British), Coleshill, missing to Chelmsley Wood -------------------------------------

HOME_E = d.Address("18 Blythe Way", "Coleshill", "Birmingham", "B46 1AX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Mia", "Kane")], dt.date(2011, 8, 30), addresses=[HOME_E], ids=["3049637021", "H937635588036"]),
    _p("m", "mother", [("Stacey", "Price")], dt.date(1986, 4, 9), addresses=[HOME_E], phones=["07414 827 390"]),
], "c")

DOCS_E = [
    ("police missing person log", """MISSING PERSON REPORT - log 1187 of [[28/11/2026|date]]
Missing: [[KANE, Mia|name]], 15, DOB [[30.08.2011|dob]], of [[18 Blythe Way|address]], [[Coleshill|place]] [[B46 1AX|postcode]]
Reported by mother [[Stacey Price|name]] ([[07414 827 390|phone]]) at 22:10. Stepfather [[Gary Price|name]] at home.
Last seen 17:30 at the bus stop on [[Coleshill|place]] High Street with [[Keeley Ward|name]] (15). [[Keeley|name]]'s mum [[Tina|name]]
says the girls went to [[Chelmsley Wood|place]] to see "[[Mikey|name]]" and "[[Ash|name]]". Risk: high; [[Mia|name]] came home at 3am on
[[21 November|date]] with a new phone. PCSO [[Dean Latham|name]] checked [[Water Orton|place]] station and the shops at
[[Kingshurst|place]]. Found 01:55 at a flat on [[Cooks Lane|address]], [[Kingshurst|place]] with [[Michael Devlin|name]] (24) and
[[Ashley Coyne|name]] (20). Car outside [[BV70 NKP|vehicle]]. Returned to [[Stacey|name]] by PC [[Hannah Jinks|name]] at 03:00.
Debrief: [[Mia|name]] said [[Mikey|name]] gave her vodka and that [[Ash|name]] filmed her. [[Keeley|name]] was taken home to
[[22 Gorse Lane|address]], [[Water Orton|place]] [[B46 1RT|postcode]] by PC [[Ravi Bains|name]]. Mother [[Tina Ward|name]] informed.
[[Mia|name]]'s dad [[Lee Kane|name]] (lives in [[Castle Vale|place]]) rang the control room at 02:30. Referral to MASH and to
SW [[Bethan Lowry|name]]. [[Mia|name]]'s phone seized; she calls [[Devlin|name]] "[[Mikey D|name]]".
Next of kin: [[Stacey Price|name]], [[18 Blythe Way|address]], [[Coleshill|place]]. NHS [[304 963 7021|nhs]]. UPN [[H937635588036|upn]].
"""),
    ("complaint email from a stepfather", """From: [[gary.price86@outlook.com|email]]
To: complaints team
Date: [[2 December 2026|date]]
Subject: COMPLAINT about SW [[Bethan Lowry|name]]

I am [[Mia Kane|name]]'s stepdad and I want to complain. Your social worker [[Bethan Lowry|name]] came to [[18 Blythe Way|address]] on
Monday [[30th November|date]] without ringing first and spoke to [[Mia|name]] on her own. My wife [[Stacey|name]] was at work at the
[[Coleshill|place]] services. [[Bethan|name]] said [[Mia|name]] told her I "shout all the time" which is a lie, ask [[Keeley|name]].
Meanwhile nobody has done anything about [[MICHAEL DEVLIN|name]] in [[Kingshurst|place]] who is the real problem. Police PC
[[Jinks|name]] agrees. I want a new social worker, and I want to speak to her manager Mr [[Okafor|name]]. My number is
[[07564 219 803|phone]].
P.S. [[Mia|name]]'s real dad [[LEE KANE|name]] is no help either, he is in [[Castle Vale|place]] with his new girlfriend [[Jade|name]].
My mother [[Val Price|name]] in [[Coleshill|place]] ([[01675 462 318|phone]]) can tell you what [[Mia|name]] is like.
"""),
]


# --- F. Brennan family (white British and Irish), Water Orton, a father's drinking ------------------------------------------

HOME_F = d.Address("9 Attleboro Lane", "Water Orton", "Birmingham", "B46 1SB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Brennan")], dt.date(2017, 1, 15), addresses=[HOME_F], ids=["6244054466", "C937524775230"]),
    _p("f", "father", [("Sean", "Brennan")], dt.date(1983, 9, 2), addresses=[HOME_F], phones=["07399 412 650"]),
    _p("m", "mother", [("Kirsty", "Brennan")], dt.date(1985, 6, 20), addresses=[HOME_F], phones=["07712 604 318"]),
    _p("g", "grandparent", [("Maureen", "Brennan")], dt.date(1958, 12, 1), phones=["01827 718 452"], ids=["9895328109"]),
], "c")

DOCS_F = [
    ("family support worker's notes", """Family support notes - [[Brennan|name]] family - worker [[Lisa Tranter|name]]

[[3/11/2026|date]] Visit to [[9 Attleboro Lane|address]], [[Water Orton|place]]. [[Kirsty|name]] tired; [[Sean|name]] in bed at 11am,
cans in the kitchen. [[Sean|name]]'s friend [[Mick Dolan|name]] from [[Castle Bromwich|place]] had stayed over. [[Alfie|name]] (9)
at school. [[Kirsty|name]] says [[Sean|name]] drinks since he lost his job at the depot in
[[Hams Hall|place]]. Gave [[Kirsty|name]] the number for the drug and alcohol service.
[[10/11/2026|date]] [[Kirsty|name]] and [[Alfie|name]] at nan [[Maureen|name]]'s in [[Kingsbury|place]] for the week. [[Maureen|name]]
([[01827 718 452|phone]]) says [[Sean|name]] "was like his father". [[Alfie|name]] showed me the dog, Rusty.
[[17/11/2026|date]] Back home. [[Sean|name]] sober, polite. Says he is seeing Dr [[Whelan|name]] at the [[Coleshill|place]] surgery.
[[24/11/2026|date]] [[Alfie|name]] told me daddy threw the remote at the telly. Neighbour [[Debbie Lyle|name]] at
[[no. 11|address]] heard it. [[Kirsty|name]]'s sister [[Claire Hanlon|name]] in [[Curdworth|place]] offered to have [[Alfie|name]].
[[1/12/2026|date]] [[Sean|name]] rang me from [[07399 412 650|phone]], upset: says [[Kirsty|name]] "turned [[Alfie|name]]" against him.
[[Kirsty|name]] on [[07712 604 318|phone]] says [[Sean|name]] has started the alcohol group in [[Nuneaton|place]] with [[Des Carney|name]].
[[2/12/2026|date]] Met [[Alfie|name]] ("[[Alf|name]]") at school with Mrs [[Kelly|name]]; he wants nanny [[Mo|name]] at his meeting.
"""),
    ("scanned school letter, OCR'd", """[[C0LESHILL PRIMARY|school]] - letter scanned and OCR'd
[[3O November 2O26|date]]
Dear Mr and Mrs [[8rennan|name]],
Re: [[A1fie Brennan|name]], Year 4, DOB [[l5/0l/20l7|dob]], UPN [[C937524775230|upn]]
[[Alfie|name]]'s attendance is 8l%. He has been late on l2 days, most recently on the [[2Oth|date]] and [[23rd|date]]. Mrs [[Ke1ly|name]]
(class teacher) and I are worried that he is tired and hungry. His friend [[0llie Vance|name]] told staff that [[Alfie|name]] "sleeps at
his nan's in [[Kingsbury|place]] or his aunty's in [[Water 0rton|place]] when dad is poorly". We would like to meet on
[[8 Decernber|date]] at 9am.
Please ring the office on [[01675 462 318|phone]].
Yours sincerely, Mrs [[J. Ha1lam|name]], Headteacher and DSL
"""),
]


DOCS_A += [
    ("health visitor's home visit note", """HEALTH VISITING - home visit [[25/11/2026|date]] - HV [[Amanda Pickering|name]]
Baby: [[Esmae TALBOT|name]], DOB [[17/09/2025|dob]], NHS [[740 194 7145|nhs]]. Mother [[Shannon Talbot|name]] ([[25.01.2003|dob]]).
Address [[6 Quarry Lane|address]], [[Mancetter|place]] [[CV9 1NL|postcode]]. Sibling [[Kayden Brindley|name]] (5), at school.

Visit at 10.30 with student nurse [[Chloe Fantom|name]]. [[Shannon|name]] answered in her dressing gown. Strong smell of dog mess in the
hall; the dog (a staffie called Tyson) shut in the kitchen. [[Esmae|name]] in a soaked nappy, nappy rash. Weighed: dropped a centile.
No formula in the house: [[Shannon|name]] said [[Jordan|name]] "took the money for his car". [[Jordan Pegg|name]] not present; his
mother [[Lynne Pegg|name]] lives in [[Baddesley Ensor|place]]. Maternal nan [[Bev Talbot|name]] of [[Hartshill|place]] visits
Sundays. [[Shannon|name]]'s friend [[Tayla|name]] was there and helped bath the baby.
[[Shannon|name]] says the GP, Dr [[Oyelaran|name]] in [[Atherstone|place]], has started her on sertraline. Plan: weekly visits, food
bank voucher (St Mary's church), weight check on the [[2nd|date]] at the [[Mancetter|place]] clinic.
"""),
    ("social worker's phone notes", """Phone notes - SW [[Imogen Sale|name]] - [[Kayden|name]] and [[Esmae|name]]

[[27/11|date]] 09:10 Rang [[Shannon|name]] [[07723 561 408|phone]]: no answer. Text sent.
[[27/11|date]] 11:45 [[Shannon|name]] rang back. Says [[Jordz|name]] is "out of the picture". Asked who [[Darren|name]] is: [[Tayla|name]]'s
partner, [[Darren Cope|name]], who drives the van. [[Shannon|name]] has been staying at [[Tayla|name]]'s, [[4 Spon Lane|address]],
[[Grendon|place]], [[CV9 2PD|postcode]].
[[27/11|date]] 14:20 Rang nan [[Beverley Talbot|name]] on [[01827 713 905|phone]]. Will have both children Friday night.
[[28/11|date]] 10:00 Police (PC [[Owen Farr|name]]) say [[Jordan Pegg|name]] seen in [[Atherstone|place]] on [[Long Street|address]]
drunk, in
[[FY18 WKD|vehicle]]. Bail conditions: not to attend [[Quarry Lane|address]].
[[30/11|date]] 16:30 [[Kayden|name]]'s teacher Miss [[Harcourt|name]]: [[Kayden|name]] said "[[Jordz|name]] came back in the night".
[[1/12|date]] 08:55 Rang [[Shannon|name]]: denies it. Her neighbour Mrs [[Orme|name]] confirms a man at 2am. Strategy discussion
requested from [[Sarah Keel|name]].
[[2/12|date]] 12:15 Nan [[Bev|name]] rang from [[01827 713 905|phone]]: [[Jordan|name]]'s car seen in [[Grendon|place]] on the
[[29th|date]] and the
[[30th|date]]. Checked with police: [[FY18 WKD|vehicle]] also stopped in [[Polesworth|place]] on [[1 December|date]].
[[3/12|date]] 09:40 Visit booked for [[7/12|date]] at [[6 Quarry Lane|address]], [[CV9 1NL|postcode]]; CP conference date [[16/12|date]].
"""),
]

DOCS_B += [
    ("MARAC referral", """MARAC REFERRAL - North Warwickshire - [[18/11/2026|date]]
Victim: [[Sevinc MIRZAYEVA|name]] ([[19/07/1988|dob]]), [[Flat 3, 41 Coleshill Road|address]], [[Atherstone|place]] [[CV9 1BN|postcode]]
Safe number: [[07845 290 317|phone]] (text first; she uses WhatsApp). Language: Talysh, some Azerbaijani and Russian.
Perpetrator: [[RZAYEV, Rauf|name]] ([[28/02/1984|dob]]), now at his cousin [[Ramil Əsgərov|name]]'s, [[7 Manor Court Road|address]],
[[Nuneaton|place]] [[CV11 5HX|postcode]]. Van registered to [[Ramil|name]]: [[RE68 CWN|vehicle]].
Children: [[Elnur|name]] (14), [[Aylin|name]] (11), at [[Queen Elizabeth Academy|school]] and [[Racemeadow|school]].
History: [[Rauf|name]] took [[Sevinc|name]]'s passport on arrival; she may go out only with his sister [[Leyla|name]]
([[Leyla Rzayeva|name]],
of [[Bedworth|place]]). Her family in [[Lənkəran|place]] and [[Lerik|place]] are worried; [[Rauf|name]] rang her mother's landline in
[[Lerik|place]]. Referred by IDVA [[Joanna Pleass|name]]; police DS [[Fairbrother|name]]; SW [[Hollie Banner|name]].
Interpreter: [[Nərgiz Quliyeva|name]]. Children's school contact: Mr [[Harjit Sandhu|name]] ([[Elnur|name]]) and Mrs [[Wendy Callow|name]]
([[Aylin|name]]). [[Sevinc|name]] is to stay with [[Zəhra Hüseynova|name]], [[12 Friary Road|address]], [[Atherstone|place]],
until a refuge place is found in [[Leamington|place]] or [[Rugby|place]].
"""),
    ("boy's own words written with a teacher", """my words - [[Elnur R.|name]] (year 10) with Mr [[Sandhu|name]], [[23/11/2026|date]]

i was born in [[lənkəran|place]] and we came here when i was 9. my dad is [[rauf|name]]. at home we speak talysh, my mum [[sevinc|name]]
speaks it with my nənə [[gülnar|name]] on video from [[lerik|place]]. dad shouts at mum and he broke her phone. i rang the police
because [[aylin|name]] was crying. i want to stay in [[atherstone|place]] at my school with [[kacper|name]] and [[ollie|name]].
i do not want to go back to [[baku|place]] or to my uncle [[tural|name]]. my best friend [[kacper nowak|name]] lives in
[[polesworth|place]] and his mum [[Agnieszka|name]] says i can stay. Mr [[Sandhu|name]] wrote: [[Elnur|name]] was calm and clear.
"""),
]

DOCS_C += [
    ("mother's complaint-style email to the school", """From: [[dani.dixon90@gmail.com|email]]
To: DSL
Date: [[25 November 2026|date]]

Dear Mrs [[Okoro|name]], I am [[Tyrese|name]]'s mum [[Danielle Dixon|name]]. I am sick of [[Tyrese|name]] getting blamed. It was
[[Jaylen|name]] who started it and [[JAYLEN|name]] has been excluded from his school in [[Nuneaton|place]]. [[Tyrese|name]] was
at his dad [[Delroy|name]]'s in [[Erdington|place]] on the [[21st|date]] not in [[Tamworth|place]] like your Mr [[Fenby|name]] says.
Ask [[Delroy|name]] on [[07908 331 276|phone]]. Also [[Reece Harte|name]] is NOT my sons friend he is a grown man from [[Wilnecote|place]]
and I have told the police (PC [[Anstey|name]]). My mum [[Jackie Dixon|name]] in [[Birchmoor|place]] will back me up. I want a
meeting with you and [[Femi|name]] from social care.
[[Danielle|name]] ([[07532 716 849|phone]]) [[31 Kiln Way|address]], [[Polesworth|place]]
PS my partner [[Wayne Hurst|name]] is NOT living here whatever [[Jaylen|name]]'s mum [[Tasha|name]] says. [[Tyrese|name]] was at
[[Dordon|place]] with his mate [[Kyle|name]] on the [[18th|date]], [[Kyle|name]]'s mum [[Bernie Baines|name]] will tell you.
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Tyrese Campbell|name]] - [[29/11/2026|date]] - worker [[Marcus Bello|name]]
Missing [[27/11|date]] 19:00 to [[28/11|date]] 14:00. Found by PC [[Lauren Haig|name]] at a flat in [[Glascote|place]], [[Tamworth|place]].
[[Tyrese|name]] ("[[Ty|name]]") said he went with "[[Dre|name]]" and [[Reece|name]]'s mate "[[Skinny|name]]" to [[Coventry|place]] and back.
He would not say where he slept. He said [[Kizzy|name]] ([[Kizzy Lowe|name]], 17) let him use her phone. He was scared when
[[Reece|name]] said he owed money. He likes boxing at the club in [[Atherstone|place]] with coach [[Lenny Walsh|name]].
Mum [[Danielle|name]] and nan [[Jackie|name]] there. [[Jackie|name]] says [[Ty|name]] can stay with her at [[14 Ash Grove|address]],
[[Birchmoor|place]], [[B78 1AW|postcode]]. Father [[Delroy|name]] rang in. Shared with DC [[Anstey|name]] and [[Femi Adeyemi|name]].
[[Tyrese|name]] named two other boys from [[Polesworth|place]]: [[Kyle Baines|name]] and "[[Little T|name]]" ([[Tommy Rudd|name]], 13).
He said [[Andre|name]] drives a black Audi [[AO67 LZM|vehicle]] and stays with his girlfriend [[Shanice|name]] in [[Fazeley|place]].
Next RHI by [[Marcus|name]] if missing again. Consent to share from [[Danielle|name]] and [[Tyrese|name]] given.
"""),
]

DOCS_D += [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - [[1 December 2026|date]] - worker [[Nadine Yardley|name]]
Young carer: [[HOLLIS, Ruby|name]], DOB [[21.11.2013|dob]], UPN [[J937107682969|upn]], [[27 Long Street|address]], [[Dordon|place]]
Cared for: mother [[Joanne Hollis|name]] (MS). Tel [[07788 154 632|phone]]. NI (for the carer's allowance form) [[JK 51 73 28 A|ni]].
Others: grandmother [[Pat Hollis|name]] ([[Baddesley Ensor|place]]); father [[Craig Hollis|name]] and his partner [[Kerry Sands|name]]
([[Nuneaton|place]]); friend [[Ellie-May Cox|name]] ([[Polesworth|place]]); friend [[Maddie Thorne|name]] ([[Dordon|place]]).
[[Ruby|name]] ("[[Rubes|name]]" to her friends) does about 20 hours of caring a week: tablets, meals, the stairs, the shopping at the
[[Dordon|place]] Co-op, and ringing nanny [[Pat|name]] when mum falls ([[14th|date]] and [[22nd November|date]]). She missed the
school trip to [[Kingsbury|place]] water park on the [[18th|date]]. Her form tutor Miss [[Rooney|name]] ([[Polesworth School|school]])
says she is often late. Plan: young carers group in [[Atherstone|place]] (Tuesdays, lift from volunteer [[Derek Ison|name]]), a
care needs assessment for [[Joanne|name]] by OT [[Fiona Marr|name]], and a carer's card. Signed: [[Ruby Hollis|name]]
("[[ruby|name]] x"); [[Jo Hollis|name]]; [[Nadine Yardley|name]].
Note: [[Ruby|name]]'s friend [[Maddie|name]]'s dad [[Steve Thorne|name]] ([[19 Browns Lane|address]], [[Dordon|place]]) has offered lifts;
school nurse [[Kath Morley|name]] will see [[Ruby|name]] on the [[10th|date]]. Mum's consultant Dr [[Priya Venkat|name]] at the
[[Nuneaton|place]] clinic to be asked about a care package. Review on [[2 March|date]].
"""),
    ("nan's typed-up texts to the young carers worker", """Texts from [[Pat Hollis|name]] to [[Nadine Yardley|name]], copied
[[3/12/26|date]]

Mon [[30 Nov|date]] 18:02  hello [[nadine|name]] its [[pat|name]] [[rubys|name]] nan. [[jo|name]] had another fall today
Mon [[30 Nov|date]] 18:04  [[ruby|name]] got her up before i got there from [[baddesley|place]]. shes only 13
Mon [[30 Nov|date]] 18:10  [[craig|name]] wont help he is too busy with [[kerry|name]] in [[nuneaton|place]]
Tue [[1 Dec|date]] 09:30  my landline is [[01827 713 905|phone]] if u need. my neighbour [[mavis|name]] at [[no 14|address]] has a key
Tue [[1 Dec|date]] 13:15  can the club pick [[ruby|name]] up from [[dordon|place]] not [[polesworth|place]]
Wed [[2 Dec|date]] 20:40  [[ellie-may|name]]s mum [[donna|name]] says [[ruby|name]] can go there tuesdays after
Wed [[2 Dec|date]] 20:41  thank you for [[derek|name]] he is lovely
"""),
]

DOCS_E += [
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - [[3/12/2026|date]]
Location of concern: flat on [[Cooks Lane|address]], [[Kingshurst|place]], and the bus route from [[Coleshill|place]] to
[[Chelmsley\nWood|place]].
Young people: [[Mia Kane|name]] (15, [[Coleshill|place]]), [[Keeley Ward|name]] (15, [[Water Orton|place]]), [[Amber Lakin|name]] (14,
[[Kingsbury|place]]). Adults of concern: [[Michael Devlin|name]] ("[[Mikey|name]]"), [[Ashley Coyne|name]] ("[[Ash|name]]"),
[[Jamie-Lee Fox|name]] (20, [[Marston Green|place]]). Vehicles: [[BV70 NKP|vehicle]], [[WR15 OYX|vehicle]].
Present: [[Tom Oduya|name]] (chair), PS [[Hannah Jinks|name]], [[Bethan Lowry|name]] (SW for [[Mia|name]]), [[Gill Sheasby|name]]
(SW for [[Keeley|name]]), [[Kamal Rehman|name]] (youth service), [[Lorna Dace|name]] (bus company).
Actions: CCTV on the 75 bus; patrols at [[Coleshill|place]] Parkway; letters to [[Devlin|name]] and [[Coyne|name]]; [[Mia|name]]'s
mother [[Stacey|name]] and stepfather [[Gary|name]] to be seen together. Next panel [[7 January|date]].
Incidents: [[14/11|date]] ([[Kingshurst|place]]), [[21/11|date]] ([[Chelmsley Wood|place]]), [[28/11|date]] ([[Cooks Lane|address]]),
[[30/11|date]] ([[Marston Green|place]]); [[Amber|name]] missing from [[Kingsbury|place]] on the [[26th|date]].
"""),
    ("a girl's snapchat chat typed up", """Chat on [[mia|name]]'s phone, shown to [[Bethan Lowry|name]] by [[stacey price|name]] on
[[1/12/26|date]]

[[mikey|name]]: wyd [[mimi|name]]
[[mia|name]]: nuttin in [[coleshill|place]] its dead
[[mikey|name]]: come [[kingshurst|place]] me and [[ash|name]] r at the flat
[[mia|name]]: my mum will kill me [[gaz|name]] is on one
[[mikey|name]]: tell her ur at [[keels|name]]
[[mia|name]]: [[keeley|name]] is grounded lol
[[mikey|name]]: bring [[amber|name]] then. [[jamie-lee|name]] will get u from [[water orton|place]]
[[mia|name]]: ok after 7. dont tell [[bethan|name]] the social
[[mikey|name]]: [[ash|name]] says bring ur mate [[lexi|name]] from [[curdworth|place]] 2
[[mia|name]]: [[lexi|name]] is 13 u weirdo
[[mikey|name]]: jk. c u at [[marston green|place]] station
[[mikey|name]]: who is [[bethan|name]] lol
[[mia|name]]: nvm. [[gaz|name]] took my charger. ill come sat
"""),
]

DOCS_F += [
    ("nan's letter to the social worker", """[[Maureen Brennan|name]]
[[5 Pear Tree Avenue|address]], [[Kingsbury|place]], [[B78 2LT|postcode]]
[[1st December 2026|date]]

Dear Miss [[Kaur|name]],
I am writing about my grandson [[Alfie|name]] and my son [[Sean|name]]. [[Sean|name]] has been drinking since his father [[Patrick|name]]
died, and since he lost his job at [[Hams Hall|place]]. [[Kirsty|name]] is a good mum but she cannot cope. [[Alfie|name]] stays
with me most weekends and my other son [[Declan|name]] comes over from [[Tamworth|place]] to take him fishing at [[Kingsbury|place]].
I grew up in [[Tullamore|place]] and my sister [[Bridie|name]] there says [[Alfie|name]] can have a holiday with her.
Please ring me on [[01827 718 452|phone]]. My neighbour [[Sandra Wells|name]] will pass on a message if I am out.
[[Alfie|name]]'s teacher Mrs [[Kelly|name]] knows me.
Yours, [[Maureen Brennan|name]] (Nanny [[Mo|name]])
P.S. [[Kirsty|name]]'s sister [[Claire|name]] in [[Curdworth|place]] and her husband [[Andy Hanlon|name]] would have [[Alfie|name]]
too. [[Alfie|name]]
is football mad and plays for the under 10s at [[Coleshill|place]] with his friend [[Ollie Vance|name]]; the coach is [[Gaz Ridley|name]].
"""),
    ("GP's email to the social worker", """From: Dr [[Niall Whelan|name]] <[[niall.whelan@nhs.net|email]]>
To: [[Gurpreet Kaur|name]] <[[gurpreet.kaur@warwickshire.gov.uk|email]]>
Date: [[4 December 2026|date]]
Subject: [[Sean Brennan|name]] ([[02/09/1983|dob]]) and [[Alfie Brennan|name]] ([[15/01/2017|dob]], NHS [[624 405 4466|nhs]])

Dear [[Gurpreet|name]],
Thank you for your call on the [[2nd|date]]. Mr [[Brennan|name]] came to see me at [[Coleshill|place]] on [[27 November|date]]: he
is drinking
about 80 units a week and has agreed to see the alcohol team in [[Nuneaton|place]]. [[Kirsty Brennan|name]] ([[20.06.1985|dob]]) is
also our patient; [[Alfie|name]] was seen by our nurse [[Rachel Mears|name]] for a check on the [[30th|date]]. [[Alfie|name]]'s
grandmother [[Maureen|name]] of [[Kingsbury|place]] (NHS [[989 532 8109|nhs]]) is a carer for him most weekends. I am happy to join
the meeting at [[9 Attleboro Lane|address]], [[Water\nOrton|place]] or by Teams.
Best wishes, [[Niall|name]]
--
Dr [[Niall Whelan|name]], GP partner. Cc: practice nurse [[Rachel Mears|name]]; health visitor [[Yvonne Dunmore|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 252 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:14 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "sister", "ps", "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt",
           "nənə", "dədə", "dayı", "xala", "baba", "xanım", "cuz"}
_AFTER = {"senior", "junior", "xanım"}
_NOT_PLACES = {"england", "uk", "warwickshire", "north warwickshire", "azerbaijan", "west midlands", "leicestershire", "staffordshire"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("nənə Gülnar", "Hollie xanım", "Sister Beddows") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
