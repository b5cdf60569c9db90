"""Set 259: a held-out hand-written set for the redaction detector, six invented families in Ditchling, Plumpton and Barcombe (the
Downs villages near Lewes, East Sussex), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set258.py,
bench/redaction_set260.py, bench/redaction_set261.py and their tests (written by other helpers at the same time), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of Records.party
in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to bench/redaction_set257.py were searched
by script for the villages and for candidate Asian communities, printing only set numbers and the words hit: Ditchling, Plumpton
and Barcombe appear in none; Hassocks and Lewes appear in a few; Santal (Santhal, Santali, Murmu, Dumka, Jharkhand) in none.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs (LA 845, East Sussex) made with python-stdnum
in small snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Size: the brief asked for about 900 gold spans (about 500 names); this set has 24 documents and 881 gold spans (535 names). The
documents were written short and lengthened in rounds while time allowed.

Six families: a young white British mother on East End Lane, Ditchling (Bright / Tyler; neglect, a baby's faltering weight, a
partner using cannabis); a Santal family from Dumka and Jamtara, Jharkhand, India (Santali speakers) in Plumpton Green (Murmu /
Hansda; domestic abuse, a grandmother pressing for the girl to be taken to India, a mother's message in Santali translated); a
white British and Black Caribbean boy of 15 in Barcombe Cross (Campbell / Stevens; missing, criminal exploitation from Brighton);
a young carer of 13 in Plumpton Green (Turner; a mother with MS); a white British lone father in Barcombe with a disabled boy of
6 (Harris; autism and epilepsy, short breaks); and a mother on North End, Ditchling misusing alcohol (Walsh; a boy of 10, a
grandad in Hassocks). The community new to this set is the Santal community (India), which no earlier docstring searched names.

24 documents, each with its own style label: a primary school safeguarding log, a health visitor's new birth follow-up note, an
OCR'd scanned dietitian's letter (with misreadings l for 1, O for 0, 0 for O, 1 for l, and a split surname), a nan's texts
copied; a police domestic abuse log, a mother's message in Santali translated, a child's own words written with her teacher, a
strategy discussion minute; a return home interview, a Snapchat chat typed up, a police missing person log, a mother's complaint
email; a young carer's own writing, a GP letter, a social worker's phone notes, family support notes; a GP's email, a short breaks
application, a WhatsApp chat typed up, short breaks panel minutes; child protection conference minutes, a boy's own words written
with the school nurse, a drug and alcohol service email and a grandad's letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (India +91); NHS numbers and UPNs pass their check digits. The council ("Lewes
Downs Council"), the police force, the hospitals and the drug and alcohol service stay unmarked as organisations;
towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, with the changes the brief sets for every new set: a pet's name
("Biscuit") is NOT marked; a month with its year, a season or feast with its year and a year alone ("in 2022") are NOT marked as
dates; a named day of the year without a date written is not marked; a day with its month ("21 October", "25/10", "the 19th")
and dates of birth are marked. Titles and kinship words stay outside a name (Mr, Mrs, Ms, Miss, Dr, PC, DS, SW, HV, nan,
grandad, auntie, and the Santali kin words dai, ayo, baba, dada, and mausi); "SURNAME, First" is one span; initials alone are not
marked; countries, states and counties ("India", "Jharkhand", "East Sussex") are not places.

Choices this set had to make: chat speaker labels are names ("jord:", "tbone:", "lol:"); nicknames are names ("Gaz", "Shaz",
"Kez", "T-Bone", "Soni", "Ollie"); a possessive keeps its "'s" outside the span but a lower-case texted possessive with no
apostrophe ("alfies", "kerrys") is marked whole; a school named by its village ("Plumpton", "Chailey", "Barcombe") is a school
where it means the school and a place where it means the village; a surgery or clinic named by its village ("Ditchling
Surgery", "Hassocks clinic", "Plumpton College") marks the village; "Princess Royal" and "Royal Sussex" (hospitals) are not marked; an OCR
misreading keeps its kind and a split OCR surname ("Hadd ad") is one name span; "Barcombe Mills" is marked as a place; a street
named alone ("East End Lane", "Hillside", "Westgate") is an address; "the rec" is not marked; the school log's header
("DITCHLING PRIMARY") is left unmarked, as set 213 leaves its school header.

Self-check without the detector: `python -m bench.redaction_set259` (and tests/test_redaction_set259.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 881 gold spans, 535 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Bright / Tyler family (white British), East End Lane, Ditchling ------------------------------------------------

HOME_A = d.Address("14 East End Lane", "Ditchling", "Hassocks", "BN6 8SX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Tyler")], dt.date(2018, 5, 9), addresses=[HOME_A], ids=["8513942227", "N845628189836"],
       schools=["Ditchling St Margaret's CE Primary School"]),
    _p("s", "sibling", [("Poppy", "Bright")], dt.date(2025, 9, 21), addresses=[HOME_A], ids=["1792714378"]),
    _p("m", "mother", [("Kerry", "Bright")], dt.date(1998, 2, 3), addresses=[HOME_A], phones=["07723 418 560"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """DITCHLING PRIMARY - SAFEGUARDING LOG (CPOMS export)
Pupil: [[TYLER, Alfie|name]]   DOB [[09/05/2018|dob]]   UPN [[N845628189836|upn]]   NHS [[851 394 2227|nhs]]
Parent: [[Kerry Bright|name]] ([[07723 418 560|phone]]), [[14 East End Lane|address]], [[Ditchling|place]] [[BN6 8SX|postcode]]

[[08/09/2026|date]]  [[Alfie|name]] in at 9.35, no coat, said mum was "still asleep". Mrs [[Gatland|name]] gave breakfast.
[[15/09/2026|date]]  Head lice again. [[Alfie|name]] said [[Poppy|name]] "cries and cries". Logged by TA [[Sian Medhurst|name]].
[[22.9.26|date]]  Mum's partner "[[Gaz|name]]" ([[Gary Pocock|name]]) collected, smelt of cannabis. Van [[GX17 TWU|vehicle]].
[[1 Oct|date]]  HV [[Hannah Orpin|name]] rang: baby [[Poppy|name]] missed two checks. Referral made by DSL [[Claire\nWestgarth|name]].
[[12/10/2026|date]]  SW [[Tom Ashdown|name]] allocated. Nan [[Sandra Bright|name]] lives [[9 Lewes Road|address]], [[Ditchling|place]].
[[3/11/26|date]]  [[Alfie|name]] said he slept at "Auntie [[Shaz|name]]'s in [[Hassocks|place]]" - [[Sharon Bright|name]], mum's sister.
[[17/11/2026|date]]  [[Alfie|name]] and [[Oscar Fenn|name]] fought at lunch; Mr [[Dunstall|name]] spoke to both.
[[2/12/2026|date]]  No answer at [[East End Lane|address]]. Neighbour Mrs [[Pam Yeomans|name]] at [[no. 16|address]] said mum went
to [[Burgess Hill|place]] with "[[Gaz|name]]". [[Alfie|name]] back on the [[3rd|date]], said he was "starvin".
[[4/12/2026|date]]  Nan [[Sandra|name]] collected. Said [[Kerry|name]] is "at [[Sharon|name]]'s in [[Hassocks|place]]". [[Alfie|name]] told
Mrs [[Gatland|name]]'s TA [[Sian|name]] that [[Gaz|name]] shouted at [[Poppy|name]]. Logged, SW [[Tom Ashdown|name]] told.
[[7/12/2026|date]]  [[Alfie|name]] had a bruise on his arm; said [[Oscar|name]] did it in the rec at [[Ditchling|place]]. [[Oscar|name]]'s
mum [[Hayley Fenn|name]] rang to say it was [[Alfie|name]] who started it. Mr [[Dunstall|name]] and [[Claire Westgarth|name]] met mum.
[[9/12/2026|date]]  Mum's new number given by [[Sandra Bright|name]]: [[07552 830 461|phone]]. [[Gary Pocock|name]] seen at gate again.
[[10/12/2026|date]]  Core group at [[Ditchling|place]] village hall. Present: [[Kerry|name]], [[Sandra|name]], HV [[Hannah|name]],
SW [[Tom|name]]. [[Gaz|name]] waited outside in the van. [[Alfie|name]]'s class teacher Mrs [[Louise Gatland|name]] gave the report.
[[11/12/2026|date]]  [[Alfie|name]] said "[[Gazza|name]] took the telly". Told [[Tom Ashdown|name]]. Mum's cousin [[Kayla Bright|name]] of
[[Wivelsfield|place]] now helping with the school run. [[Poppy|name]] at nursery in [[Hassocks|place]] with key worker [[Nell Oram|name]].
"""),
    ("health visitor's new birth follow-up note", """HV contact - [[Poppy Bright|name]] (DOB [[21/09/2025|dob]], NHS [[179 271 4378|nhs]])
Seen at [[14 East End Lane|address]], [[Ditchling|place]] on [[14/10/2026|date]] with mum [[Kerry|name]] and [[Alfie|name]] (8).
Weight dropped from 50th to 9th centile. Bottles made up in advance and left out. Dog mess in kitchen; the dog ("Biscuit")
not walked. Mum says [[Gary|name]] stays "most nights". Mum's friend [[Leah Pannett|name]] from [[Keymer|place]] helps sometimes.
GP: [[Ditchling|place]] surgery, Dr [[Amir Haddad|name]]. Plan: weekly weighs at [[Hassocks|place]] clinic. Next visit [[21 October|date]].
HV [[Hannah Orpin|name]], [[01273 843 519|phone]]
[[21/10/2026|date]]  Second visit. [[Gary Pocock|name]] answered; [[Kerry|name]] out at [[Hassocks|place]] Co-op.
[[Poppy|name]] in the same sleepsuit. [[Alfie|name]] home from school "poorly". Maternal nan [[Sandra|name]] came from
[[Lewes Road|address]] during the visit and fed [[Poppy|name]]. Told SW [[Tom Ashdown|name]] and Dr [[Haddad|name]].
[[28/10/2026|date]]  Weighed at [[Hassocks|place]] clinic by nursery nurse [[Jess Tomsett|name]]: small gain. [[Leah|name]] brought them.
[[4/11/2026|date]]  Phoned [[Kerry|name]] on [[07723 418 560|phone]]; no answer. Texted. [[Sharon Bright|name]] rang back from
[[Hassocks|place]] to say [[Poppy|name]] is with her till the [[6th|date]]. Informed [[Claire Westgarth|name]] (DSL).
[[18/11/2026|date]]  Joint visit with SW [[Tom Ashdown|name]]. [[Gary|name]] said [[Kerry|name]] calls him
"[[Gaz|name]]" and her mum calls him "[[Gary P|name]]". Neighbour [[Pam Yeomans|name]] says the baby cries from 2am.
"""),
    ("OCR'd scanned letter from the paediatric dietitian, with misreadings", """Princess Royal Hospital, Children's Dietetics
Re: [[P0ppy Bright|name]]  D0B [[2l/O9/2O25|dob]]  [[l4 East End Lane|address]], [[Ditchl1ng|place]] [[BN6 8SX|postcode]]
Dear Dr [[Hadd ad|name]],
I saw [[Poppy|name]] with her mother [[Kerry Br1ght|name]] on [[l2 N0vember 2O26|date]]. [[P0ppy|name]] was l4 months and is
on the O.4th centile. Mum reports feeds are given by her partner Mr [[Pocock|name]] "when she is at work in [[Lewes|place]]".
I will review on [[l0/l2/2O26|date]]. cc SW [[T0m Ashdown|name]], HV [[Hannah 0rpin|name]].
Yours sincerely, [[Fiona McLeish|name]], Paediatric Dietitian
P.S. [[Kerry|name]] says her sister [[Shar0n|name]] in [[Hass0cks|place]] can help with feeds; mum's
friend [[Leah Pannet t|name]] also. Ph0ne [[01273 843 519|phone]] for HV [[0rpin|name]].
cc: Dr [[Amir Hadda d|name]], [[Ditchl ing|place]] Surgery; [[Sandra Br1ght|name]] (grandmother), [[9 Lewes R0ad|address]],
[[Ditch1ing|place]]. Dictated [[l5/ll/2O26|date]], typed [[l7/ll/2O26|date]] by [[Ann Ie Coote|name]].
"""),
    ("nan's text messages copied by the social worker", """Texts from [[Sandra Bright|name]] (nan) to SW [[Tom Ashdown|name]]
Sun [[22 Nov|date]] 18:40  its [[sandra|name]] [[alfies|name]] nan. been to [[kerrys|name]] in [[ditchling|place]] again its a tip
Sun [[22 Nov|date]] 18:42  [[poppy|name]] in a wet nappy, [[gaz|name]] asleep on sofa
Sun [[22 Nov|date]] 18:51  took [[alfie|name]] to mine on [[lewes rd|address]] for tonight. my number [[07841 273 915|phone]]
Mon [[23 Nov|date]] 08:20  dropped him at school. [[shaz|name]] says [[gaz|name]]s mate [[dean|name]] sells from [[burgess hill|place]]
Tue [[24 Nov|date]] 17:05  [[kerry|name]] wont answer. neighbour [[pam|name]] says theres a new van parked up
Wed [[25 Nov|date]] 12:10  [[alfie|name]] said [[gaz|name]] took him in the van to [[hassocks|place]] to see [[dean|name]]
Wed [[25 Nov|date]] 12:12  thats [[dean lusted|name]] i think. hes bad news. lives up [[keymer|place]]
Thu [[26 Nov|date]] 09:30  [[shaz|name]] says she can have [[poppy|name]] weekends. [[kerry|name]] says no
Thu [[26 Nov|date]] 09:31  my friend [[maureen|name]] at [[no 11|address]] saw [[kerry|name]] crying at the bus stop on [[west st|address]]
Fri [[27 Nov|date]] 20:02  [[tom|name]] sorry to text late. [[alfie|name]] rang me crying, [[gaz|name]] and [[kerry|name]] fighting
Fri [[27 Nov|date]] 20:05  im going round. [[shaz|name]] is coming from [[hassocks|place]] too
"""),
]


# --- B. Murmu / Hansda family (Santal, from Dumka, Jharkhand, India), Plumpton Green -------------------------------------

HOME_B = d.Address("6 Westgate", "Plumpton Green", "Lewes", "BN7 3BQ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Sonamoni", "Murmu")], dt.date(2015, 1, 27), addresses=[HOME_B], ids=["1636811329", "F845333219124"],
       schools=["Plumpton Primary School"]),
    _p("m", "mother", [("Phulmuni", "Hansda")], dt.date(1990, 7, 12), addresses=[HOME_B], phones=["07936 552 074"]),
    _p("f", "father", [("Sunil", "Murmu")], dt.date(1986, 4, 30), addresses=[HOME_B], phones=["07552 830 641"]),
], "c")

DOCS_B = [
    ("police domestic abuse incident log", """SUSSEX POLICE - DA INCIDENT LOG   Ref 47260911034
Call [[19/10/2026|date]] 23:14 from [[Phulmuni Hansda|name]] ([[07936 552 074|phone]]) at [[6 Westgate|address]], [[Plumpton\nGreen|place]]
[[BN7 3BQ|postcode]]. Suspect: [[MURMU, Sunil|name]] DOB [[30/04/1986|dob]], NI [[SR 41 77 20 B|ni]], vehicle [[KN19 ZPD|vehicle]].
PC [[Josh Akehurst|name]] and PC [[Megan Sayers|name]] attended. Child [[Sonamoni|name]] (11) upstairs with neighbour's girl
[[Isla Crouch|name]]. Victim's cousin [[Dulari Tudu|name]] of [[Burgess Hill|place]] came to interpret. [[Sunil|name]] arrested,
bailed to his brother [[Rabindra Murmu|name]], [[Flat 3, 21 Station Road|address]], [[Hassocks|place]] [[BN6 8HN|postcode]].
DASH: high. MARAC referral made by DS [[Alison Petch|name]] on [[20/10/2026|date]].
Previous: [[2/8/2026|date]] verbal argument, no crime; [[11/9/2026|date]] [[Sunil|name]] took [[Sonamoni|name]] to
[[Brighton|place]] without telling [[Phulmuni|name]]. Neighbour [[Becky Crouch|name]] ([[no 8|address]]) heard shouting. Landlord
[[Graham Vine|name]]. Victim's employer: [[Plumpton|place]] College, manager [[Ian Sproston|name]].
Officer's note: [[Phulmuni|name]] asked that [[Dulari|name]] not be told the address of the refuge. Her friend from work,
[[Chloe Verrall|name]] of [[Cooksbridge|place]], offered a room. [[Sonamoni|name]]'s school DSL [[Jayne Hobden|name]] informed
[[20/10|date]].
Further call [[1/11/2026|date]] 02:10: [[Sunil Murmu|name]] seen on [[Westgate|address]], [[Plumpton Green|place]] by [[Becky Crouch|name]].
Arrested by PC [[Tom Willard|name]] for breach of bail; held at [[Brighton|place]] custody.
"""),
    ("mother's message in Santali translated by an interpreter", """Message from [[Phulmuni|name]] to her sister [[Salge Hansda|name]]
in [[Dumka|place]], sent [[24/10/2026|date]], shown to SW [[Ruth Kemble|name]] and translated from Santali by [[Dulari Tudu|name]]:
"Dai, [[Sonamoni|name]] is asking for her baba every night. He rings from [[Rabindra|name]]'s place in [[Hassocks|place]] and says
he will come back. Ayo says I must bring [[Sonamoni|name]] home to [[Jamtara|place]]. Call me on my new number, not the old
[[+91 94311 27856|phone]], ayo's phone is [[+91 98357 40612|phone]]. Dada [[Babulal|name]] will meet us at [[Ranchi|place]]."
Interpreter's note: "dai", "ayo", "baba" and "dada" are kin words (elder sister, mother, father, elder brother).
Second message, [[26/10/2026|date]]: "Dai, [[Rabindra|name]] came to the door with [[Sunil|name]]. [[Becky|name]]
next door rang the police. Tell ayo I am not coming to [[Jamtara|place]]. [[Sonamoni|name]] wants to stay in [[Plumpton|place]]
with [[Isla|name]]. Our cousin [[Lakhan Soren|name]] in [[Dhanbad|place]] says [[Sunil|name]]'s family are angry."
Reply from [[Salge|name]], [[27/10/2026|date]]: "Stay there. Ayo is old and angry. [[Babulal|name]] says [[Sunil|name]]'s
mother rang from [[Pakur|place]]. Give [[Soni|name]] a kiss from her mausi." (mausi: mother's sister, a kin word.)
"""),
    ("child's own words written with her teacher", """my worries - [[Sonamoni|name]] ([[soni|name]]) year 6 with Miss [[Jayne Hobden|name]]
i live in [[plumpton green|place]] with ayo. baba shouted and broke the door on the [[19th|date]].
my best friend is [[isla|name]] she lives at [[no 8|address]]. her mum [[becky|name]] lets me stay.
i miss my dada [[babulal|name]] in [[dumka|place]] and my cousin [[mugli|name]].
i dont want to go to india yet. i like [[plumpton|place]] school and Mrs [[Stenning|name]].
when baba comes back i hide at [[isla|name]]s. [[isla|name]] has a trampoline.
my teacher miss [[hobden|name]] says i can go to the quiet room. dada [[babulal|name]] sends me videos from [[jamtara|place]].
[[becky|name]] and [[isla|name]] took me to [[lewes|place]] to see the castle. i want ayo to be happy.
my cousin [[lakhan|name]] lives in [[dhanbad|place]]. [[mugli|name]] is my best cousin. baba's friend [[anil|name]] is scary.
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[27 October 2026|date]] - Chair: [[Neil Carver|name]] (TM)
Present: SW [[Ruth Kemble|name]]; DS [[Alison Petch|name]]; DSL [[Jayne Hobden|name]] ([[Plumpton|school]]); HV none.
Child: [[Sonamoni Murmu|name]], DOB [[27/01/2015|dob]], UPN [[F845333219124|upn]], NHS [[163 681 1329|nhs]].
Mother [[Phulmuni Hansda|name]] says grandmother in [[Jamtara|place]] wants [[Sonamoni|name]] taken to [[Dumka|place]].
Father [[Sunil Murmu|name]] on bail at [[21 Station Road|address]], [[Hassocks|place]]; seen near [[Westgate|address]] on [[25/10|date]].
Decision: s47 enquiry. Port alert considered. Next review [[3/11/2026|date]].
Police: DS [[Petch|name]] - [[Sunil|name]] has a brother [[Rabindra|name]] and a friend [[Anil Marandi|name]] in [[Crawley|place]].
School: [[Sonamoni|name]] ("[[Soni|name]]") settled; friend [[Isla Crouch|name]]. Interpreter [[Dulari Tudu|name]] is family: use
a professional (Santali, via Mr [[Hembrom|name]]? no - Mr [[Hembrom|name]] is a neighbour of [[Rabindra|name]]; use the agency).
Actions: SW [[Ruth Kemble|name]] to see [[Sonamoni|name]] at school with Miss [[Hobden|name]] by [[29/10|date]]; DS [[Petch|name]]
to speak to [[Rabindra Murmu|name]]; [[Neil Carver|name]] to tell the IDVA, [[Sharon Gower|name]].
Minute taker: [[Lucy Gorringe|name]]. Interpreter booked for [[29/10|date]]: Mr [[Kisku|name]].
"""),
]


# --- C. Campbell / Stevens family (white British and Black Caribbean), Barcombe Cross -----------------------------------

HOME_C = d.Address("3 Hillside", "Barcombe Cross", "Lewes", "BN8 5DU")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jordan", "Campbell")], dt.date(2011, 6, 18), addresses=[HOME_C], ids=["6990781556", "J845063167240"],
       schools=["Chailey School"]),
    _p("m", "mother", [("Leanne", "Stevens")], dt.date(1989, 12, 1), addresses=[HOME_C], phones=["07488 129 376"]),
], "c")

DOCS_C = [
    ("return home interview", """RETURN HOME INTERVIEW   Young person: [[CAMPBELL, Jordan|name]]   DOB [[18/06/2011|dob]]   NHS
[[699 078 1556|nhs]]
Missing [[6/11/2026|date]] to [[8/11/2026|date]] from [[3 Hillside|address]], [[Barcombe Cross|place]] [[BN8 5DU|postcode]].
Found by PC [[Raj Basra|name]] at [[Brighton|place]] station with [[Tyrese Dalton|name]] (17, "[[T-Bone|name]]").
[[Jordan|name]] said he stayed at a flat in [[Whitehawk|place]] belonging to "[[Kez|name]]". Mum [[Leanne Stevens|name]] said
[[Jordan|name]]'s dad [[Marcus Campbell|name]] in [[Croydon|place]] has not rung since [[2 September|date]].
Interview by [[Kayleigh Moss|name]] ([[Barcombe|place]] youth worker) on [[9/11/26|date]].
[[Jordan|name]] said "[[T-Bone|name]]" gave him £50 to take a bag from [[Lewes|place]] to [[Newhaven|place]]. He knows
[[Reece Fairhall|name]] from [[Chailey|school]]. Nan [[Gloria Campbell|name]] in [[Croydon|place]] is who he trusts most.
His girlfriend [[Tayla Barden|name]] lives in [[Ringmer|place]]. Next RHI by [[Kayleigh|name]] on [[16/11/2026|date]].
Other people named: [[Kez|name]] (thought to be [[Kieran Ezekiel|name]]), "[[Little J|name]]", and a woman called [[Nadine|name]]
who drove them to [[Peacehaven|place]]. Mum's partner [[Rob Stannard|name]] drove [[Leanne|name]] to [[Brighton|place]] to collect him.
Mum [[Leanne|name]] and her partner [[Rob|name]] agreed a curfew. [[Jordan|name]] asked for his youth worker [[Kayleigh Moss|name]]
and not Mr [[Priestley|name]]. Friends he trusts: [[Callum Hoad|name]] and [[Finley Ross|name]] from [[Barcombe|place]].
Signed [[K. Moss|name]] [[9/11/2026|date]]; copy to DC [[Sam Ellery|name]] and [[Leanne Stevens|name]].
"""),
    ("snapchat chat typed up for the exploitation meeting", """Snapchat screenshots from [[Jordan|name]]'s phone shown by mum
[[jord|name]]: where u at
[[tbone|name]]: [[lewes|place]] stn 2moro 4pm bring the ting
[[jord|name]]: cant mum took my bus money. ill walk from [[barcombe|place]]
[[tbone|name]]: [[kez|name]] will pick u up at [[cooksbridge|place]] innit
[[jord|name]]: ok tell [[kez|name]] dont come to [[hillside|address]] my mum will see
[[tbone|name]]: [[reece|name]] got nicked in [[newhaven|place]] so its u now
[[jord|name]]: tell [[t|name]] i aint doing [[newhaven|place]] again
[[tbone|name]]: u owe [[kez|name]] 200. [[tayla|name]] lives [[ringmer|place]] dont she
[[jord|name]]: leave [[tayla|name]] out of it
[[kez|name]]: [[cooksbridge|place]] 9pm. dont bring ur nan [[gloria|name]] lol
[[jord|name]]: [[little j|name]] got beat up in [[whitehawk|place]] cos of u
[[tbone|name]]: not my prob. [[nadine|name]] picks up at [[barcombe cross|place]] shop 7
[[jord|name]]: [[callum|name]] says [[kez|name]] was outside [[chailey|school]] today
[[tbone|name]]: yeah he wants his money [[jordy|name]]
"""),
    ("police missing person log", """SUSSEX POLICE - MISSING PERSON   Ref 47261106221   Risk: HIGH
Subject [[Jordan CAMPBELL|name]], 15, of [[3 Hillside|address]], [[Barcombe\nCross|place]]. Reported by mother [[Leanne|name]]
([[07488 129 376|phone]])
on [[6/11/2026|date]] 22:50. Last seen at [[Cooksbridge|place]] getting into a grey Golf [[BF68 OKW|vehicle]] driven by an older male
believed [[Kieran Ezekiel|name]] ("[[Kez|name]]"), address [[Flat 12, Swallow Court|address]], [[Whitehawk|place]].
Associates: [[Tyrese Dalton|name]], [[Reece Fairhall|name]]. OIC DC [[Sam Ellery|name]].
Update [[7/11/2026|date]] 09:15: sighting at [[Lewes|place]] bus station by PCSO [[Ellen Hyde|name]]. Girlfriend [[Tayla Barden|name]]
of [[Ringmer|place]] spoken to; mother [[Donna Barden|name]] says [[Jordan|name]] not there. Father [[Marcus Campbell|name]]
([[07936 552 704|phone]]) in [[Croydon|place]] not heard from him. Found [[8/11/2026|date]] at [[Brighton|place]] by PC [[Raj Basra|name]].
Vehicle [[BF68 OKW|vehicle]] registered to [[Nadine Ezekiel|name]], [[Whitehawk|place]]. Mother's partner [[Robert Stannard|name]]
of [[3 Hillside|address]] spoken to [[8/11|date]].
Previous episodes: [[14/9/2026|date]] ([[Lewes|place]]), [[3/10/2026|date]] ([[Newhaven|place]]). Associates [[Callum Hoad|name]]
and [[Finley Ross|name]] of [[Barcombe|place]] spoken to by PCSO [[Hyde|name]].
"""),
    ("mother's complaint email", """From: [[Leanne Stevens|name]] <[[leannestevens89@hotmail.co.uk|email]]>
To: complaints team   Date: [[15/11/2026|date]]
Subject: complaint about SW [[Kayleigh Moss|name]]'s manager
I want to complain. My son [[Jordan|name]] has gone missing three times and nobody from Lewes Downs Council came till the
[[10th|date]]. The social worker Mr [[Priestley|name]] ([[Daniel Priestley|name]]) said to "ring the police" - I did. My neighbour
[[Angie Bourne|name]] at [[no 5|address]] saw [[Kez|name]] outside our house on [[Hillside|address]] at 2am on [[12 November|date]].
I live in [[Barcombe|place]] not [[Brighton|place]]. Ring me on [[07488 129 376|phone]]. [[Leanne|name]]
Also the school ([[Chailey|school]]) rang me about [[Jordan|name]]'s attendance but Mrs [[Wickens|name]] never said
he was with [[Tyrese|name]]. I want [[Kayleigh|name]] to stay his worker. My mum [[Gloria|name]] agrees.
cc: my partner [[Rob|name]] and my MP. [[Jordan|name]]'s nan [[Gloria Campbell|name]] ([[07841 237 915|phone]]) wants a call too.
PS - the police officer, PC [[Basra|name]], was kind. [[Tayla|name]]'s mum [[Donna|name]] in [[Ringmer|place]] will back me up.
"""),
]


# --- D. Turner family (white British, a young carer), Station Road, Plumpton Green --------------------------------------

HOME_D = d.Address("22 Station Road", "Plumpton Green", "Lewes", "BN7 3BU")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Turner")], dt.date(2013, 3, 4), addresses=[HOME_D], ids=["4937080695", "H845345894750"],
       schools=["Chailey School"]),
    _p("m", "mother", [("Joanne", "Turner")], dt.date(1979, 8, 15), addresses=[HOME_D], phones=["07390 614 258"]),
], "c")

DOCS_D = [
    ("young carer's own writing for her assessment", """all about me by [[Maisie Turner|name]] age 13
i live with my mum [[jo|name]] in [[plumpton|place]]. mum has MS and cant do stairs on bad days.
i do the tea and get her tablets. my brother [[kian|name]] is 7 and i walk him to school.
my nan [[val|name]] lives in [[newick|place]] and comes on sundays. my friend [[ellie-may|name]] from [[chailey|place]] knows.
i was late to school on the [[4th|date]] and the [[5th|date]] because mum fell. mr [[harding|name]] gave me a detention.
when mum fell i rang nan [[val|name]] not 999. [[kian|name]] cried. next door [[colin|name]] helped lift her.
i want to go to the young carers club in [[lewes|place]] with [[ellie-may|name]]. i like [[bex|name]].
when i grow up i want to be a nurse like [[sally|name]] at the doctors in [[ditchling|place]].
my dad [[shane|name]] lives in [[eastbourne|place]] with [[kayleigh|name]] and [[lola|name]]. i dont see him much.
by [[maisie|name]] ([[maiz|name]] to my mates) [[10/11/2026|date]]
"""),
    ("GP letter to the young carers service", """[[Ditchling|place]] Surgery
Re: [[Joanne Turner|name]], DOB [[15/08/1979|dob]], [[22 Station Road|address]], [[Plumpton Green|place]] [[BN7 3BU|postcode]]
Dear Ms [[Lacey|name]],
Mrs [[Turner|name]] has relapsing MS. Her daughter [[Maisie|name]] (DOB [[04/03/2013|dob]], NHS [[899 921 7183|nhs]]) does much of
her care. Her son [[Kian Turner|name]] is registered with us too. Her mother [[Valerie Ford|name]] lives in [[Newick|place]].
Please contact me on [[01273 890 315|phone]]. Dr [[Priya Raman|name]]
[[Maisie|name]] was seen by our nurse [[Sally Pegler|name]] on [[20/11/2026|date]] with headaches and tiredness.
Mrs [[Turner|name]]'s neurologist is Dr [[Okonjo|name]] at Princess Royal. Her neighbour Mr [[Bartlett|name]] helps.
cc: [[Bex Lacey|name]], Young Carers; SW [[Gemma Freer|name]].
Yours sincerely, Dr [[Priya Raman|name]], for Dr [[Haddad|name]] and Dr [[Wells|name]]
"""),
    ("social worker's phone notes", """phone notes - [[Maisie T|name]] - [[2/12/2026|date]]
rang mum [[Joanne|name]] [[07390 614 258|phone]] 10.05 - no answer. rang nan [[Val Ford|name]] on [[01273 400 762|phone]] -
said [[Jo|name]] in Royal Sussex? no - Princess Royal since the [[30th|date]]. [[Maisie|name]] and [[Kian|name]] at
nan's in [[Newick|place]]. school (Mr [[Harding|name]], [[Chailey|school]]) told. Young carers worker [[Bex Lacey|name]] to visit
[[4/12|date]].
11.40 rang [[Chailey|school]] - Mrs [[Yvonne Pratt|name]] (pastoral) says [[Maisie|name]] late 9 times this term.
friend [[Ellie-May Coombs|name]]'s mum [[Tracy Coombs|name]] ([[07488 192 376|phone]]) offered to have [[Maisie|name]] after
school. 12.15 [[Joanne Turner|name]] rang back from ward. said "dont take [[maisie|name]] off me".
14.00 rang [[Val|name]] again - she will have [[Kian|name]] till [[Jo|name]] home. [[Val|name]]'s partner [[Roy|name]] drives.
15.30 rang Dr [[Raman|name]] ([[Ditchling|place]] Surgery) on [[01273 890 315|phone]] - agrees referral. told [[Bex|name]].
"""),
    ("family support worker's notes", """FAMILY SUPPORT - [[Turner|name]] - worker [[Dawn Skinner|name]]
[[7/12/2026|date]]  visit to [[22 Station Road|address]] - [[Jo|name]] home from hospital. [[Maisie|name]] made tea.
[[Kian|name]] showed me his reading book. Neighbour [[Colin Bartlett|name]] from [[no 24|address]] does the bins.
[[Maisie|name]] wants to go to the young carers group in [[Lewes|place]] on the [[14th|date]]; lift from [[Bex|name]].
[[Val|name]] will stay Tues/Thurs. Ramp referral to OT [[Gita Shah|name]].
[[14/12/2026|date]]  took [[Maisie|name]] to the group in [[Lewes|place]]; met [[Ellie-May|name]] there. [[Jo|name]] had a
good day; [[Colin|name]] fitted a rail. [[Kian|name]] asked about his dad [[Shane Turner|name]] in [[Eastbourne|place]].
[[21/12/2026|date]]  [[Maisie|name]] upset - [[Shane|name]] sent [[Kian|name]] a message from [[Eastbourne|place]]. [[Jo|name]] told
[[Bex|name]].
[[28/12/2026|date]]  [[Val Ford|name]] and [[Roy Ford|name]] at the house. [[Jo|name]] walked to [[Plumpton Green|place]] station
with [[Maisie|name]]. [[Kian|name]] at [[Jake Dudeney|name]]'s for a sleepover in [[Wivelsfield Green|place]].
"""),
]


# --- E. Harris family (white British, a disabled boy), Barcombe Mills Road, Barcombe --------------------------------------

HOME_E = d.Address("11 Barcombe Mills Road", "Barcombe", "Lewes", "BN8 5TS")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oliver", "Harris")], dt.date(2019, 11, 23), addresses=[HOME_E], ids=["7605609442", "W845068288929"],
       schools=["Barcombe CE Primary School"]),
    _p("f", "father", [("Craig", "Harris")], dt.date(1984, 10, 6), addresses=[HOME_E], phones=["07812 664 093"]),
], "c")

DOCS_E = [
    ("GP's email to the social worker", """From: Dr [[Helen Quarry|name]] <[[helen.quarry@nhs.net|email]]>
To: SW [[Mark Daintree|name]]   Sent: [[1/12/2026|date]] 14:22
Re: [[Oliver Harris|name]], DOB [[23/11/2019|dob]], NHS [[760 560 9442|nhs]]
[[Oliver|name]] has autism and epilepsy. Dad [[Craig Harris|name]] ([[07812 664 093|phone]]) is a lone carer at
[[11 Barcombe Mills Road|address]], [[Barcombe|place]]. He told me he has not slept since [[Ollie|name]]'s seizure on the [[27th|date]].
Mum [[Stacey Harris|name]] lives in [[Peacehaven|place]] and sees him rarely. Please consider short breaks.
PS - [[Craig|name]]'s sister [[Lorraine Harris|name]] in [[Ringmer|place]] rang the surgery on [[30/11/2026|date]] worried
about him. Our practice nurse [[Kim Rudd|name]] also knows the family. [[Ollie|name]]'s neurologist: Dr [[Farid Noorani|name]].
Also: [[Craig|name]]'s friend [[Pete Sollis|name]] in [[Barcombe Cross|place]] is named as emergency contact.
Dr [[Helen Quarry|name]], [[Barcombe|place]] branch surgery, [[01273 400 672|phone]]
"""),
    ("short breaks application form", """SHORT BREAKS APPLICATION - Lewes Downs Council
Child: [[HARRIS, Oliver|name]]  DOB [[23.11.2019|dob]]  UPN [[W845068288929|upn]]
Address: [[11 Barcombe Mills Road|address]], [[Barcombe|place]], [[BN8 5TS|postcode]]
Parent: [[Craig Harris|name]], NI [[JP 62 84 19 D|ni]], mobile [[07812 664 093|phone]]
Other support: aunt [[Lorraine Harris|name]] ([[Ringmer|place]]), family friend [[Pete Sollis|name]].
School: [[Barcombe|school]] (SENCo Mrs [[Anne Kittle|name]]).
What would help: "a night off so I can sleep" - [[Craig|name]]. [[Oliver|name]] likes the trains at
[[Cooksbridge|place]] and the river at [[Barcombe Mills|place]]. His cousin [[Mia Harris|name]] (9) plays with him.
Signed: [[C Harris|name]]   Date: [[3/12/2026|date]]   Witness: [[Mark Daintree|name]] (SW)
"""),
    ("WhatsApp chat between dad and his sister typed up", """whatsapp [[craig|name]] / [[lorraine|name]] ([[lol|name]]), shown to SW
[[craig|name]]: [[ollie|name]] had another one at 3am
[[lol|name]]: omg u ok? want me to come from [[ringmer|place]]
[[craig|name]]: nah [[pete|name]] came over. [[stace|name]] didnt even answer
[[lol|name]]: typical. ill have him sat so u can sleep. bring him to mine or [[barcombe cross|place]] park
[[craig|name]]: cheers sis. tell [[mia|name]] he wants to see her
[[lol|name]]: [[mia|name]] says hi [[ollie|name]]!! see u sat
[[craig|name]]: sw [[mark|name]] coming tues. [[helen|name]] the gp rang him
[[lol|name]]: good. and tell [[stacey|name]] shes his mum not a visitor
[[craig|name]]: [[stace|name]] finally rang. shes coming from [[peacehaven|place]] on the [[19th|date]]
[[lol|name]]: ill believe it when i see it. [[pete|name]] still ok for fri?
[[lol|name]]: ok [[craigy|name]]. love u. [[ollie|name]] can come to [[ringmer|place]] bonfire with [[mia|name]] and [[josh|name]]
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[10/12/2026|date]]   Chair: [[Lesley Moorcroft|name]]
Case: [[Oliver Harris|name]] (6), [[Barcombe|place]]. Presented by SW [[Mark Daintree|name]].
Dad [[Craig|name]] sole carer; aunt [[Lorraine|name]] helps weekends. Mrs [[Kittle|name]] reports good progress.
Agreed: one overnight a month at a short breaks unit in [[Lewes|place]] and a sitter, [[Carly Venn|name]]. Review [[10/06/2027|date]].
Dr [[Quarry|name]]'s letter noted. Mum [[Stacey Harris|name]] ([[Peacehaven|place]]) not consulted; SW to contact.
Sitter [[Carly|name]] lives in [[Barcombe Cross|place]] and knows [[Oliver|name]] from school.
Panel members: [[Lesley Moorcroft|name]], Dr [[Quarry|name]] (by letter), [[Anne Kittle|name]], [[Raj Dhillon|name]] (finance).
[[Craig Harris|name]]'s views: "[[Ollie|name]] loves [[Carly|name]]." Aunt [[Lorraine|name]] and cousin [[Mia|name]] to be told.
"""),
]


# --- F. Walsh family (white British, a mother misusing alcohol), North End, Ditchling ------------------------------------

HOME_F = d.Address("5 North End", "Ditchling", "Hassocks", "BN6 8TD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Reece", "Walsh")], dt.date(2016, 8, 11), addresses=[HOME_F], ids=["8344655641", "Z845645439396"],
       schools=["Ditchling St Margaret's CE Primary School"]),
    _p("m", "mother", [("Nicola", "Walsh")], dt.date(1985, 3, 22), addresses=[HOME_F], phones=["01273 481 206"]),
], "c")

DOCS_F = [
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[9 December 2026|date]]
Child: [[Reece Walsh|name]], DOB [[11/08/2016|dob]], NHS [[834 465 5641|nhs]], UPN [[Z845645439396|upn]]
Address: [[5 North End|address]], [[Ditchling|place]] [[BN6 8TD|postcode]]. Chair: [[Frances Oduya|name]].
Mother [[Nicola Walsh|name]] attended with advocate [[Gill Tarrant|name]]. Grandad [[Terry Walsh|name]] ([[Hassocks|place]])
attended. SW [[Tom Ashdown|name]] reported [[Reece|name]] found [[Nicola|name]] unconscious on [[28/11/2026|date]].
Mum's partner [[Lee Crane|name]] of [[Keymer|place]] did not attend. Plan: child protection, category neglect.
Police (PC [[Gemma Lusted|name]]): two call-outs to [[North End|address]], [[Ditchling|place]], on [[12/10/2026|date]] and
[[28/11/2026|date]]. School (Mrs [[Gatland|name]]): [[Reece|name]] often late; friend [[Harvey Pilbeam|name]]'s mum
[[Kirsty Pilbeam|name]] feeds him tea. Grandad [[Terry|name]] offered to care; lives at [[27 Keymer Road|address]], [[Hassocks|place]].
Core group: SW [[Tom Ashdown|name]], [[Kate Brimmell|name]] (CGL), [[Gill Tarrant|name]]. First core group [[23/12/2026|date]].
Views of [[Reece|name]] read out by the school nurse [[Sue Wenham|name]]. [[Nicola|name]] said she would go to CGL in
[[Lewes|place]] and stop seeing [[Lee|name]]. [[Terry Walsh|name]] said [[Darren|name]] ([[Reece|name]]'s dad) lives in [[Worthing|place]].
[[Lee Crane|name]]'s mother [[Barbara Crane|name]] phoned the chair to say [[Lee|name]] has moved to [[Haywards Heath|place]].
Next conference [[10 March 2027|date]] at [[Lewes|place]].
"""),
    ("boy's own words written with the school nurse", """what i want to say - [[Reece|name]] (year 6) with [[Sue|name]] the nurse
mum drinks the wine and sleeps on the floor. grandad [[terry|name]] comes from [[hassocks|place]] in his car.
i like going to [[ditchling|place]] rec with [[harvey|name]] and [[ollie b|name]].
[[lee|name]] is alright but he shouts. i want to stay with mum but not when shes drunk.
[[harvey|name]]s mum [[kirsty|name]] makes pasta. i can walk to [[keymer|place]] to see my auntie [[tina|name]].
i miss my dad [[darren|name]]. he lives in [[worthing|place]] by the sea.
written by [[Sue Wenham|name]] for [[Reece Walsh|name]] on [[8/12/2026|date]]
"""),
    ("drug and alcohol service email", """From: [[Kate Brimmell|name]] <[[k.brimmell@change-grow-live.org|email]]>
Date: [[4/12/2026|date]]
To SW [[Tom Ashdown|name]]: [[Nicola Walsh|name]] (DOB [[22/03/1985|dob]]) missed her appointment in [[Lewes|place]] on the
[[2nd|date]]. Her landline [[01273 481 206|phone]] rings out. Her friend [[Mandy Cheal|name]] says she is staying with [[Lee|name]]
in [[Keymer|place]]. Please ask [[Terry|name]] to bring her on [[11 December|date]].
Her recovery worker before me was [[Dean Goacher|name]] in [[Burgess Hill|place]]. [[Mandy|name]] can be reached via
[[Nicola|name]]'s neighbour Mrs [[Rapley|name]] at [[no 7|address]].
[[Kate|name]]
[[Kate Brimmell|name]], Recovery Coordinator, [[Lewes|place]] hub, [[07390 641 258|phone]]
Sent from the [[Lewes|place]] office. If [[Nicola|name]] calls, put her through to [[Kate|name]] or [[Dean|name]].
"""),
    ("grandad's letter to the social worker", """[[27 Keymer Road|address]]
[[Hassocks|place]] [[BN6 8AG|postcode]]
Dear Mr [[Ashdown|name]],
I am [[Reece|name]]'s grandad. I can have him at mine any time. My wife [[Pauline|name]] died in 2022 but my
daughter-in-law [[Tina Walsh|name]] is round the corner. [[Nicky|name]] needs help not shouting at. Ring [[01444 247 381|phone]].
Yours, [[T. Walsh|name]]
[[Reece|name]] can sleep in his dad [[Darren|name]]'s old room. [[Darren Walsh|name]] is in [[Worthing|place]] and
does not see him. [[Lee Crane|name]] is not welcome in my house.
P.S. My neighbour [[Brian Pelling|name]] at [[no. 29|address]] will give a reference.
My grandson [[Reece|name]] and his friend [[Harvey|name]] ([[Kirsty Pilbeam|name]]'s boy) can walk from [[Ditchling|place]] to
my house along the [[Keymer Road|address]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 259 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:45 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "ot",
           "nurse", "nan", "nanny", "grandad", "mum", "dad", "aunty", "auntie", "uncle", "aunt", "sis",
           "dai", "ayo", "baba", "dada", "mausi"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "east sussex", "sussex", "india", "jharkhand", "the downs"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Dai", "Ayo", "Dada Babulal") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
