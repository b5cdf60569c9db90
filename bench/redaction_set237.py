"""Set 237: a held-out hand-written set for the redaction detector, six invented families in Winchcombe, Bourton-on-the-Water,
Stow-on-the-Wold, Moreton-in-Marsh, Guiting Power and Chipping Campden (the north Cotswold towns and villages of
Gloucestershire), written in one short sitting.

Written on 2026-12-08 (just after midnight UTC; NAME keeps the date the brief gave) by a helper session that did NOT open,
read, grep, import-and-run or otherwise look at hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any
hearth/redaction/*.txt word list, hearth/redaction/tests/*, hearth/redaction/README.md, bench/bench_redaction.py,
bench/redaction_corpus.py (beyond importing types through bench/redaction_handwritten.py, as earlier sets do), bench/README.md,
tests/test_redaction_hand_sets.py, or bench/redaction_set234.py to bench/redaction_set236.py and their tests (written by other
helpers at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that
looked at no detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and its end:
records, _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in
full, and the signature of Records.party in bench/redaction_handwritten.py (seven lines, grepped). The docstring of
bench/redaction_set181.py was not read (time). The docstrings of bench/redaction_set7.py to bench/redaction_set233.py were
searched by script (hit lists only) for the towns and for communities of the Americas and Oceania; only a few lines around
"Cotswold" in sets 52, 176 and 231 were printed (a council name, a district council team, a street in Chipping Norton); no
docstring names Winchcombe, Bourton, Guiting, Naunton or Chipping Campden. Phones were checked with the phonenumbers library;
NHS numbers and UPNs (LA 916) were made with python-stdnum so their check digits pass. Nobody may tune the detector on this
set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families:
- A. Mayall / Bishop (white British), Gretton Road, Winchcombe: a boy of 7 and a baby losing weight; neglect, mum's low mood,
  a partner who smokes cannabis, a nan in Toddington.
- B. Teriitehau / Tetuanui (Tahitian, from French Polynesia), Lansdown, Bourton-on-the-Water: a girl of 12 slapped by her
  father; a domestic incident over money sent to Raiatea; French spoken at home, a grandmother in Faa'a.
- C. Cooke / Haines (white British), Well Lane, Stow-on-the-Wold: a boy of 15 going missing to Cheltenham and Gloucester;
  criminal exploitation by an older male.
- D. Whitlock / Ferris (white British), Hospital Road, Moreton-in-Marsh: a baby of 6 months with two unexplained fractures;
  strategy discussion, s.47, a child protection plan, the baby with her nan in Bourton-on-the-Hill.
- E. Pargeter (white British, a farm), Guiting Power: a girl of 13 self-harming after her mother moved to Perth, Australia;
  a father drinking, a brother of 17.
- F. Lowe / Brennan (white British and Irish), Berrington Road, Chipping Campden: an autistic boy of 9 restrained at school;
  his mother's complaint, a nan in Blockley, a father in Tralee (Ireland).
The community new to this set: Tahitian (French Polynesia, Oceania); no earlier docstring searched names Tahiti, Tahitian,
French Polynesia, Papeete or Raiatea.

24 documents, each with its own style label: a primary school safeguarding log, a health visitor's home visit note, a mother's
Facebook messages typed up, a GP letter, a MASH referral, a police domestic incident log, a mother's WhatsApp message in French
translated, a girl's own words written with her teacher, a police missing person log, a return home interview, Snapchat
messages typed up by the police, contextual safeguarding panel minutes, strategy discussion minutes, a scanned paediatrician's
letter with OCR misreadings, a social worker's case notes, initial child protection conference minutes, a school nurse's note,
a GP's email, a girl's voice note transcribed, child in need review minutes, a mother's complaint email, a nan's text messages
typed up, an early help assessment and a family support worker's case notes.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (French Polynesia +689, Australia +61, Ireland +353); NHS numbers and UPNs
pass their check digits (the OCR'd letter keeps its NHS number readable so that it still passes). The council, the surgeries,
the hospital and the charities are invented or unmarked organisations; towns, villages, hamlets and estates are real and marked.

Markup and conventions: those of bench/redaction_set213.py (and so of set 181). Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Miss, Dr, PC, DS, PCSO, Sgt, HV, SW, nan, nanny, uncle, papa, mama, Mamie, tonton); "SURNAME, First" is one
span; initials alone are not marked ("Miss P", "KR", "PS"); usernames are not marked ("z33_glos", "rhysc_11"); organisations
holding a town's name stay unmarked ("Cheltenham General", "Winchcombe Medical Centre", "Bourton Rovers", "HMP Leyhill",
"Young Gloucestershire", "North Cotswolds"); countries, territories and counties are not places ("Australia", "ireland",
"Co. Kerry", "Gloucestershire", "England"); an OCR misreading keeps its kind.

Choices this set had to make: Tahiti, Raiatea and other islands are marked as places (French Polynesia, the territory, is
not), as set 213 did with Lifou; "Mamie" and "tonton" (French) and "papa" are kinship words; possessive 's stays outside a
name ("[[jack]]'s") but a chat's run-on possessive ("mitchs", "archies", "jans") is one name span; "Birdland" (a bird park)
and "tesco" are unmarked; a farm name ("Hawling Barn Farm") and a lower-case street ("the rise") are addresses; a named pet
("Sprocket", "Bess", "Tyson") is a name; a nursery ("Little Acorns") is a school; a shortened town ("Campden", "Stow",
"cheltnm", "hesters" for Hesters Way) is a place; a shop or surgery named in lower-case words by its town ("Moreton surgery",
"Winchcombe clinic") marks the town; "Stow Square" marks Stow only; an OCR-split or hyphen-split town across a line
("Bourton-on-the-" / "Hill") is one place span; "Lansdown" (an estate of Bourton) is a place.

Self-check without the detector: `python -m bench.redaction_set237` (and tests/test_redaction_set237.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 908 gold spans, 511 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Mayall / Bishop family (white British), Gretton Road, Winchcombe ---------------------------------------------------

HOME_A = d.Address("41 Gretton Road", "", "Winchcombe", "GL54 5EG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Mayall")], dt.date(2019, 2, 11), addresses=[HOME_A], ids=["9092713368", "Z916081377373"],
       schools=["Winchcombe Abbey Primary School"]),
    _p("s", "sibling", [("Poppy", "Bishop")], dt.date(2024, 6, 30), addresses=[HOME_A], ids=["9656220919"]),
    _p("m", "mother", [("Stacey", "Bishop")], dt.date(1998, 5, 3), addresses=[HOME_A], phones=["07723 518 406"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """WINCHCOMBE ABBEY PRIMARY - SAFEGUARDING LOG (CPOMS print)
Pupil: [[MAYALL, Tyler|name]]   DOB [[11/02/2019|dob]]   UPN [[Z916081377373|upn]]   NHS [[909 271 3368|nhs]]
Mum: [[Stacey Bishop|name]] ([[07723 518 406|phone]]), [[41 Gretton Road|address]], [[Winchcombe|place]] [[GL54 5EG|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] in at 9.35, no coat, shoes split. Mrs [[Haddock|name]] (class teacher) found spare pair.
[[15/09/2026|date]]  [[Ty|name]] said "[[Poppy|name]] had no milk so mummy gave her squash". Logged by TA [[Lorna Pugh|name]].
[[22.9.26|date]]  Mum's friend [[Kerrie Tandy|name]] from [[Greet|place]] collected; not on the list. Rang mum - ok'd it.
[[1 Oct|date]]  HV [[Beth Carraway|name]] rang: [[Poppy|name]] missed her 2 year review twice. Worried about weight.
[[6th October 2026|date]]  Referral to the MASH by DSL [[Owen\nLlewellyn|name]]. SW [[Harriet Coe|name]] allocated [[9/10|date]].
[[13/10/2026|date]]  Mum's partner "[[Mitch|name]]" ([[Mitchell Dyer|name]]) collected in a van, [[KX17 WNP|vehicle]]; smelt of weed.
[[20/10/26|date]]  [[Tyler|name]] said he slept at "nanny [[Jan|name]]'s in [[Toddington|place]]". Nan is [[Janet Bishop|name]],
[[3 Orchard Close|address]], [[Toddington|place]], [[GL54 5DJ|postcode]].
[[3/11/2026|date]]  [[Tyler|name]] hit [[Alfie Rouse|name]] at lunch. Mr [[Pendry|name]] spoke to both. [[Alfie|name]]'s mum upset.
[[17/11/2026|date]]  Core group at [[Winchcombe|place]] library. [[Stacey|name]] came with [[Kerrie|name]]. Next one the [[8th|date]].
[[27/11/2026|date]]  Home visit by [[Owen Llewellyn|name]]: no answer. Neighbour Mrs [[Vera Hook|name]] at [[no. 43|address]]
said mum had gone to [[Cheltenham|place]] with [[Mitch|name]] "for the day".
[[1.12.26|date]]  [[Tyler|name]] back, said he stayed with uncle [[Dale|name]] in [[Bishop's Cleeve|place]]. Mum: [[Dale|name]] =
[[Dale Bishop|name]], her brother, [[07891 437 260|phone]].
[[3/12/2026|date]]  [[Tyler|name]] told Mrs [[Haddock|name]] that [[Mitch|name]] "throwed the telly". DSL rang SW [[Harriet|name]].
[[4/12/26|date]]  Nan [[Janet|name]] rang from [[01242 603 518|phone]], says she will have both kids at [[Orchard Close|address]] for
the weekend. [[Poppy|name]]'s nursery ([[Little Acorns|school]], [[Winchcombe|place]]) told by [[Owen|name]].
[[5.12.26|date]]  [[Ty|name]] said [[Mitch|name]]'s dog [[Tyson|name]] bit [[Poppy|name]]'s hand. Checked by first aider
[[Rose Kimber|name]]: a red mark, no break. Mum told. [[Owen L|name]].
"""),
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT   [[Poppy Bishop|name]]   DOB [[30.06.2024|dob]]
NHS No [[965 622 0919|nhs]]   Address [[41 Gretton Rd|address]], [[Winchcombe|place]]   Visit [[24/11/2026|date]] 10:15
HV: [[Beth Carraway|name]]. Present: mum [[Stacey|name]], [[Poppy|name]], mum's friend [[Kerrie|name]] (left at 10.30).
[[Poppy|name]] weighed 10.2kg, dropped from the 25th to the 9th centile since [[May|date]]. Nappy heavy, sore bottom.
Kitchen: sink full, dog bowl on the floor, bin bags at the back door. Mum says [[Mitch|name]] "was meant to take them".
Mum says she is tired, low since her dad died in [[March|date]]. Not seen GP. Advised Dr [[Kaur|name]] at the surgery.
[[Tyler|name]] at school. Mum says he is "fine, bit of a handful, like his dad" ([[Ryan Mayall|name]], in [[Tewkesbury|place]],
no contact since [[2023|date]]).
Plan: weekly weighs at [[Winchcombe|place]] clinic; referral to the family hub; speak to SW [[Harriet Coe|name]] today.
Mum's new number: [[07723 518 406|phone]] (same). [[Kerrie|name]]'s surname [[Tandy|name]], lives [[Greet Road|address]].
Signed [[B. Carraway|name]], HV, [[24/11/2026|date]].
[[1/12/2026|date]] follow-up: [[Poppy|name]] 10.4kg. Mum and [[Kerrie|name]] at clinic. [[Mitch|name]] waited in the van
outside [[Winchcombe|place]] clinic ([[KX17 WNP|vehicle]]). Mum said nan [[Janet|name]] is "her rock".
"""),
    ("mother's Facebook messages typed up", """Facebook Messenger - [[Stacey Bishop|name]] to [[Kerrie Tandy|name]] (shown to SW by
[[Kerrie|name]] on [[2/12/26|date]])

[[28 Nov|date]] 21:14  [[stacey|name]]: babe can u have [[ty|name]] tmrw hes doin my head in
[[28 Nov|date]] 21:15  [[kerrie|name]]: cant hun im at my mums in [[gretton|place]]
[[28 Nov|date]] 21:20  [[stacey|name]]: [[mitch|name]] says we can go [[cheltenham|place]] sat if [[jan|name]] has the kids
[[28 Nov|date]] 21:22  [[kerrie|name]]: ur nan [[jan|name]] or [[mitchs|name]] mum
[[28 Nov|date]] 21:22  [[stacey|name]]: my nan lol. [[mitchs|name]] mum [[brenda|name]] hates me
[[29 Nov|date]] 10:02  [[stacey|name]]: that hv [[beth|name]] is doin my head in too. says [[poppy|name]] is too small
[[29 Nov|date]] 10:04  [[kerrie|name]]: she was same with my [[lacey|name]] ignore her
[[30 Nov|date]] 23:47  [[stacey|name]]: [[mitch|name]] kicked off again. hes gone to his mates in [[bishops cleeve|place]]
[[30 Nov|date]] 23:48  [[stacey|name]]: dont tell no one. if the sw [[harriet|name]] finds out they take the kids
[[1 Dec|date]] 07:55  [[kerrie|name]]: u ok?? ring me [[07402 671 385|phone]] my new num
[[1 Dec|date]] 08:01  [[stacey|name]]: im ok. [[ty|name]] at school. [[pops|name]] at nanny [[jans|name]] in [[toddington|place]]
[[1 Dec|date]] 08:03  [[kerrie|name]]: want me 2 come round after [[greet|place]] school run? ill bring [[lacey|name]] and [[kobe|name]]
[[1 Dec|date]] 08:04  [[stacey|name]]: yes pls. [[mitch|name]] took the van so cant get to tesco anyway
"""),
    ("GP letter to children's social care", """Abbey Medical Practice, [[Winchcombe|place]]
[[3 December 2026|date]]

Dear Ms [[Coe|name]],
Re: [[Stacey BISHOP|name]], DOB [[03/05/1998|dob]], [[41 Gretton Road|address]], [[Winchcombe|place]], [[GL54 5EG|postcode]]
Children: [[Tyler Mayall|name]] (DOB [[11 February 2019|dob]]) and [[Poppy Bishop|name]] (DOB [[30/06/2024|dob]])

Thank you for your letter of [[26 November|date]]. Ms [[Bishop|name]] saw me on [[2 December 2026|date]] with low mood after
the death of her father [[Keith Bishop|name]] in [[March 2026|date]]. She has started sertraline and will see our wellbeing
worker [[Jo Maddams|name]]. She told me her partner [[Mitchell Dyer|name]] (not our patient) can be "short-tempered".
[[Tyler|name]] was last seen by Dr [[Ashworth|name]] in [[July|date]] for asthma. [[Poppy|name]]'s weights are with the HV team.
Yours sincerely,
Dr [[Simran Kaur|name]], GP
I have also written to the health visitor, [[Beth Carraway|name]], and copied this to [[Stacey|name]] at her request.
cc: Dr [[Ashworth|name]]; [[Jo Maddams|name]]; [[Owen Llewellyn|name]] (DSL, [[Winchcombe Abbey Primary School|school]])
"""),
]


# --- B. Teriitehau / Tetuanui family (Tahitian, from French Polynesia), Lansdown, Bourton-on-the-Water ---------------------

HOME_B = d.Address("6 Lansdown Close", "Lansdown", "Bourton-on-the-Water", "GL54 2AT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Hinano", "Teriitehau")], dt.date(2014, 10, 2), addresses=[HOME_B], ids=["9372378569",
       "G916782900609"], schools=["The Cotswold School"]),
    _p("m", "mother", [("Moana", "Tetuanui")], dt.date(1988, 1, 21), addresses=[HOME_B], phones=["07851 294 637"]),
    _p("f", "father", [("Teva", "Teriitehau")], dt.date(1985, 7, 14), addresses=[HOME_B], phones=["07456 813 920"]),
], "c")

DOCS_B = [
    ("MASH referral form", """MASH REFERRAL - received [[12/10/2026|date]] 14:05
Child: [[TERIITEHAU, Hinano|name]]   DOB [[02/10/2014|dob]]   NHS [[937 237 8569|nhs]]   UPN [[G916782900609|upn]]
Address: [[6 Lansdown Close|address]], [[Lansdown|place]], [[Bourton-on-the-Water|place]] [[GL54 2AT|postcode]]
School: [[The Cotswold School|school]], Year 8. Referrer: DSL [[Fiona Brackenbury|name]].
Mother: [[Moana TETUANUI|name]] ([[07851 294 637|phone]]). Father: [[Teva TERIITEHAU|name]] ([[07456 813 920|phone]]),
chef at a hotel in [[Lower Slaughter|place]].
Concern: [[Hinano|name]] ("[[Nano|name]]") came in with a red mark on her cheek. She said papa... no - she said
"[[Teva|name]] hit me with his hand because I was rude". Her friend [[Isla Reeve|name]] saw the mark on the bus from
[[Bourton|place]].
The family came from [[Papeete|place]], Tahiti in [[2022|date]]; French and Tahitian spoken at home; mum's English is good.
Grandmother Mamie [[Vaite|name]]... correction: grandmother [[Vaite Tetuanui|name]] in [[Faa'a|place]], [[+689 87 24 31 58|phone]].
Other children: none. Mum's friend [[Léa Marchand|name]] in [[Stow|place]] helps.
MASH decision [[13/10/2026|date]] (by [[Sunita Bhatt|name]]): strategy discussion not needed; single assessment by SW
[[Ceri Hallam|name]]. Interpreter for mum if wanted ([[Amandine Roux|name]]). Contact dad at work in [[Lower Slaughter|place]].
Known to: GP Dr [[Lisa Winstone|name]], [[Bourton|place]] surgery; school nurse [[Pat Okonjo|name]]. Father's employer contact
Mr [[Jeremy Faulkes|name]] ([[01451 870 204|phone]]).
"""),
    ("police domestic incident log", """GLOUCESTERSHIRE CONSTABULARY - DOMESTIC INCIDENT   Ref 0417 [[31/10/26|date]]
Location: [[6 Lansdown Close|address]], [[Bourton-on-the-Water|place]]   Time 22:31
Aggrieved: [[TETUANUI, Moana|name]] DOB [[21/01/1988|dob]] tel [[07851 294 637|phone]]
Other party: [[TERIITEHAU, Teva|name]] DOB [[14/07/1985|dob]] NI [[PN 52 71 38 B|ni]] vehicle [[WP70 HZK|vehicle]]
Child: [[Hinano|name]] (12), present upstairs.
Attended: PC [[Ruth Ellery|name]], PC [[Tom\nSkinner|name]]. Caller: neighbour Mr [[Ian Purslow|name]] at [[no. 8|address]].
[[Moana|name]] says verbal argument about money sent to [[Raiatea|place]] for his brother [[Heimana|name]]. No assault
disclosed. [[Teva|name]] calm, says he will sleep at his colleague [[Gary Milsom|name]]'s in [[Little Rissington|place]].
[[Hinano|name]] spoke to PC [[Ellery|name]] in French; said "papa crie beaucoup". DASH medium. Referral to MASH by PC
[[Skinner|name]]. Mum given the number for the Gloucestershire domestic abuse service.
Follow-up [[2/11/2026|date]] by PC [[Ellery|name]]: [[Teva|name]] now staying with his sister [[Titaua Teriitehau|name]],
[[Flat 9, 30 Hewlett Road|address]], [[Cheltenham|place]] [[GL52 6AA|postcode]]. [[Moana|name]] has a friend, [[Léa Marchand|name]], at
[[4 Park Street|address]], [[Stow-on-the-Wold|place]], who will stay nights. Mr [[Purslow|name]] told to ring 999 again if needed.
Persons on the address: [[TETUANUI, Moana|name]]; [[TERIITEHAU, Hinano|name]] ([[02/10/2014|dob]]). Previous: none in
England... correction: none known. Checks with [[Papeete|place]] not made.
"""),
    ("mother's WhatsApp message in French, translated", """WhatsApp from [[Moana|name]] to SW [[Ceri Hallam|name]], [[4/11/2026|date]]
08:12, French; translated by [[Amandine Roux|name]] (interpreter).

Original: bonjour madame [[ceri|name]], [[teva|name]] est parti chez sa soeur [[titaua|name]] à [[cheltenham|place]]. [[nano|name]] va
bien. ma mère [[vaite|name]] appelle de [[papeete|place]] tous les jours.
Translation: Hello Mrs [[Ceri|name]], [[Teva|name]] has gone to his sister [[Titaua|name]]'s in [[Cheltenham|place]]. [[Nano|name]] is
well. My mother [[Vaite|name]] rings from [[Papeete|place]] every day. She wants us to come home to [[Tahiti|place]] for the
holidays, on the [[19 décembre|date]]. Can [[Hinano|name]] go? Her number there is [[+689 89 71 06 42|phone]].
[[Teva|name]] says sorry. He wants to see [[Hinano|name]] on Saturday at Birdland. Is this ok?
My friend [[Léa|name]] will come with me to the meeting on the [[10th|date]].
Reply from [[Ceri|name]] [[4/11/2026|date]] 09:30: Thank you [[Moana|name]]. We will talk about
[[Tahiti|place]] on the [[10th|date]] with [[Hinano|name]]. Please bring her passport. I will ask [[Teva|name]] about Saturday.
"""),
    ("Hinano's own words, written with her teacher", """My words - [[Hinano|name]], year 8, with Miss [[Quennell|name]] ([[5/12/2026|date]])

I am from [[Tahiti|place]], I lived in [[Punaauia|place]] near the sea. Here is cold but I like the river in [[bourton|place]].
At home papa... I call him [[Teva|name]] when I am cross. He shouts when money goes to tonton [[heimana|name]].
He slapped me one time. Now he lives at [[Titaua|name]]'s. I miss him a little. Mama cries in the night.
My best friends are [[Isla|name]] and [[Maddie Crisp|name]]. [[Maddie|name]] lives in [[Upper Rissington|place]].
I want to go to mamie [[vaite|name]] for Christmas. Miss [[Quennell|name]] wrote: [[Hinano|name]] asked that [[Teva|name]] is
not told what she said about the slap. She wants Mrs [[Brackenbury|name]] at the next meeting.
In [[Tahiti|place]] my cousin [[Teiki|name]] and [[Rava|name]] live in [[Papara|place]]. I want
to show them the snow in [[Stow|place]]. [[Maddie|name]]'s mum [[Kirsty|name]] drives us to netball in [[Moreton|place]].
"""),
]


# --- C. Cooke / Haines family (white British), Stow-on-the-Wold --------------------------------------------------------------

HOME_C = d.Address("19 Well Lane", "", "Stow-on-the-Wold", "GL54 1BW")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Rhys", "Cooke")], dt.date(2011, 3, 9), addresses=[HOME_C], ids=["4544293057", "G916841924358"],
       schools=["The Cotswold School"]),
    _p("m", "mother", [("Donna", "Haines")], dt.date(1980, 12, 2), addresses=[HOME_C], phones=["07934 602 157"]),
], "c")

DOCS_C = [
    ("police missing person log", """MISSING PERSON - GLOUCESTERSHIRE CONSTABULARY   Log 1182 of [[14/11/2026|date]]
Missing: [[COOKE, Rhys|name]]  DOB [[09/03/2011|dob]]  Home: [[19 Well Lane|address]], [[Stow-on-the-Wold|place]] [[GL54 1BW|postcode]]
Reported by mother [[Donna Haines|name]] ([[07934 602 157|phone]]) at 23:10. Last seen 16:00 at the bus stop in [[Stow|place]]
Square with [[Kaden|name]] (surname not known) and an older male "[[Zee|name]]".
Risk: medium. Previous: found in [[Gloucester|place]] ([[Barton|place]]) on [[2 Nov|date]] with £300 and two phones.
Enquiries: friend [[Josh Tarrant|name]] of [[Maugersbury|place]] says [[Rhys|name]] went to [[Cheltenham|place]], "[[Hesters Way|place]]".
Car seen: silver Audi [[BV19 OXR|vehicle]], driver thought to be [[Zane Kiely|name]], DOB [[4/6/2003|dob]].
Found 02:40 [[15/11|date]] by PC [[Anita Dowse|name]] at [[Cheltenham|place]] Spa station. Home by 04:00. RHI to [[Mo Ashcroft|name]].
Previous missing: [[2/11/2026|date]] ([[Gloucester|place]]), [[19 October|date]] ([[Bourton|place]]), [[3 Sept|date]]
([[Cheltenham|place]]). Mum's partner [[Gavin Reece|name]] ([[07966 218 530|phone]]) not at home. Officer in case: PC
[[Anita Dowse|name]]; supervisor Sgt [[Bob Keeble|name]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Rhys Cooke|name]] ([[9.3.2011|dob]])   [[17/11/2026|date]], at school
Worker: [[Mo Ashcroft|name]]. Present: [[Rhys|name]]; later mum [[Donna|name]].
[[Rhys|name]] says he went with [[Kaden Lyle|name]] to "chill" in [[Cheltenham|place]]. A lad called [[Zee|name]] gave him a phone.
He would not say what was in the bag. He says he "owes" [[Zee|name]] £150 for a phone he lost in [[Gloucester|place]].
He stayed at a flat on [[Princess Elizabeth Way|address]] - "number 2 something". A girl [[Chantal|name]] was there.
Worries: mum's boyfriend [[Gavin Reece|name]] shouts. Likes: football for Bourton Rovers, his cousin [[Lewis|name]] in
[[Moreton|place]]. Mum said [[Rhys|name]]'s dad [[Craig Cooke|name]] is in HMP Leyhill and rings on Sundays.
Agreed: [[Rhys|name]] to text [[Mo|name]] on [[07788 340 219|phone]] if worried. Next check-in [[24/11|date]].
[[Donna|name]] said [[Gavin|name]] has gone to his brother [[Stu Reece|name]]'s in [[Tewkesbury|place]]. She wants [[Rhys|name]]
to go to her sister [[Kim Haines|name]] at [[8 Fosseway Avenue|address]], [[Moreton-in-Marsh|place]], [[GL56 0DS|postcode]] if he goes
missing again. [[Mo|name]] to tell SW [[Nadia|name]].
Signed: [[M. Ashcroft|name]]; [[Rhys|name]] wrote "[[RHYS C|name]]"; [[Donna Haines|name]] ([[17.11.26|date]]).
"""),
    ("Snapchat messages typed up by the police", """Snapchat extract from [[Rhys|name]]'s phone (seized [[15/11/26|date]]), typed up by DC
[[Hollie\nGrange|name]]

z33_glos: where u at
rhysc_11: [[stow|place]] still. bus at 4
z33_glos: get 2 [[cheltnm|place]]. [[kaden|name]] will meet u at [[hesters|place]]
rhysc_11: k. my mum [[donna|name]] is on me tho
z33_glos: tell her ur at [[joshs|name]] in [[maugersbury|place]]
rhysc_11: ok
z33_glos: u owe me bro. 150. dont be like [[lewi|name]]
rhysc_11: i got it sat. [[gav|name]] is gone sat
z33_glos: [[chantal|name]] will pick u up. she has the blue fiesta
Note: "z33_glos" believed to be [[Zane Kiely|name]]; "rhysc_11" is [[Rhys Cooke|name]]. Usernames not changed.
rhysc_11: [[chantal|name]] said [[zee|name]] is at [[gloucester|place]] tonight
z33_glos: nah im at [[barton|place]] wiv [[kaden|name]]. come [[gloucester|place]] fri
Note: [[Chantal|name]] thought to be [[Chantal Mayo|name]], DOB [[12/2/2005|dob]], of [[Hesters Way|place]]; Fiesta [[CU66 LTB|vehicle]].
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - North Cotswolds   [[8/12/2026|date]]
Chair: [[Paula Ingham|name]]. Present: [[Mo Ashcroft|name]], DC [[Hollie Grange|name]], PCSO [[Dean Corbett|name]], Ms
[[Brackenbury|name]] (DSL, [[Cotswold School|school]]), SW [[Nadia Hussein|name]].
Young people: [[Rhys Cooke|name]] (15, [[Stow|place]]), [[Kaden Lyle|name]] (16, [[Bourton|place]]), [[Josh Tarrant|name]] (14).
Places: the skate park in [[Bourton|place]]; [[Stow|place]] Square bus stop; a flat on [[Princess Elizabeth Way|address]],
[[Cheltenham|place]]. Adult of concern [[Zane KIELY|name]], [[BV19 OXR|vehicle]].
Actions: PCSO [[Corbett|name]] to patrol [[Stow|place]] Square Fri/Sat; DC [[Grange|name]] to share with [[Cheltenham|place]] team;
[[Mo|name]] to see [[Rhys|name]] weekly; [[Nadia|name]] to visit [[Donna Haines|name]] about [[Gavin Reece|name]].
Next panel [[12 January 2027|date]].
Also discussed: a girl, [[Ellie-May Frost|name]] (14, [[Moreton|place]]), seen with [[Chantal Mayo|name]]
at [[Stow|place]] Square on [[28/11|date]]. Her mum [[Tasha Frost|name]] to be seen by [[Nadia|name]]. Minutes: [[Sam Oyelaran|name]].
Distribution: [[Paula Ingham|name]]; [[Hollie Grange|name]]; [[Dean Corbett|name]]; [[Fiona Brackenbury|name]];
[[Nadia Hussein|name]]; [[Mo Ashcroft|name]]; [[Sam Oyelaran|name]].
"""),
]


# --- D. Whitlock / Ferris family (white British), Moreton-in-Marsh ------------------------------------------------------------

HOME_D = d.Address("Flat 3, 12 Hospital Road", "", "Moreton-in-Marsh", "GL56 0BP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Isla", "Whitlock")], dt.date(2026, 5, 19), addresses=[HOME_D], ids=["5505097219"]),
    _p("m", "mother", [("Kayleigh", "Ferris")], dt.date(2003, 8, 27), addresses=[HOME_D], phones=["07517 926 483"]),
    _p("f", "father", [("Jordan", "Whitlock")], dt.date(2000, 4, 11), addresses=[HOME_D], phones=["07966 105 742"]),
], "c")

DOCS_D = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s.47) - [[Isla WHITLOCK|name]], DOB [[19/05/2026|dob]], NHS [[550 509 7219|nhs]]
[[20/11/2026|date]] 11:00, Teams. Chair: [[Gwen Aldridge|name]] (team manager).
Present: SW [[Priya Malhotra|name]]; DS [[Marcus Fenn|name]]; Dr [[Ezinne Okoro|name]] (paediatrician); HV [[Carys Fudge|name]].
Address: [[Flat 3, 12 Hospital Road|address]], [[Moreton-in-Marsh|place]], [[GL56 0BP|postcode]].
Parents: [[Kayleigh Ferris|name]] ([[27/08/2003|dob]], [[07517 926 483|phone]]); [[Jordan Whitlock|name]] ([[11.04.2000|dob]],
[[07966 105 742|phone]], NI [[JL 60 84 19 D|ni]]).
Facts: [[Isla|name]] (6 months) taken to Cheltenham General on [[19/11|date]] with a swollen left thigh; x-ray shows a
spiral fracture of the femur. No account. [[Kayleigh|name]] says [[Isla|name]] "rolled off the sofa" on the [[17th|date]];
[[Jordan|name]] says he was at work in [[Evesham|place]] that day.
Others caring: maternal nan [[Sharon Ferris|name]] of [[Bourton-on-the-\nHill|place]]; [[Jordan|name]]'s friend [[Cal Beesley|name]]
babysat on [[15 November|date]].
Decision: s.47 joint; [[Isla|name]] to stay on the ward; discharge to [[Sharon Ferris|name]] at [[2 Manor Cottages|address]],
[[Bourton-on-the-Hill|place]], [[GL56 9AG|postcode]], if checks clear. Skeletal survey [[21/11|date]].
Actions: DS [[Fenn|name]] to interview [[Jordan|name]] and [[Cal Beesley|name]]; SW [[Priya|name]] to see [[Kayleigh|name]]
today; HV [[Carys|name]] to share records; Dr [[Okoro|name]] to write by [[21/11/2026|date]]. Minutes: [[Leah Dunkley|name]].
Siblings: none. [[Kayleigh|name]]'s brother [[Ben Ferris|name]] (19) visits; [[Jordan|name]]'s brother [[Kyle|name]] in
[[Pershore|place]]. Neighbours: Mrs [[Tomkins|name]] (flat 4).
"""),
    ("scanned paediatrician's letter with OCR misreadings", """[scanned; OCR text kept as read]
Cheltenham General Hosp1tal - Paediatrics     [[2l November 2O26|date]]
Re: [[Is1a Whit1ock|name]]   DOB [[l9/O5/2O26|dob]]   NHS [[550 509 7219|nhs]]
[[F1at 3, l2 Hospita1 Road|address]], [[Moreton-in-Marsh|place]] [[GL56 OBP|postcode]]

Dear Ms [[Ma1hotra|name]],
I saw [[Is1a|name]] with her mother [[Kay1eigh Ferris|name]] and grandmother [[Sharon|name]] on [[l9/ll/2O26|date]].
The skeletal survey on [[2l/ll|date]] shows a healing fracture of the right 8th rib as well as the left femur.
[[Is1a|name]]'s father [[Jordan|name]] did not attend. The mother said a neighbour, Mrs [[Tomkins|name]], heard crying on the
[[l6th|date]]. I have no medical explanation.
Yours sincerely, Dr [[E. 0koro|name]], consultant paediatrician   cc: GP Dr [[Hal1iday|name]], [[Moreton|place]] surgery
[[Sharon Ferr1s|name]] lives at [[2 Man0r Cottages|address]], [[B0urton-0n-the-Hill|place]].
"""),
    ("social worker's case notes", """CASE NOTES - [[Isla Whitlock|name]]
[[22/11/2026|date]] 15:30 Visit to [[Sharon Ferris|name]], [[2 Manor Cottages|address]], [[Bourton-on-the-Hill|place]]. [[Isla|name]]
settled. [[Sharon|name]]'s partner [[Roy Beale|name]] works nights at the depot in [[Moreton|place]]. Checks clear. PS.
[[23/11/2026|date]] 10:00 Call from [[Kayleigh|name]] ([[07517 926 483|phone]]): [[Jordan|name]] has left, gone to his mum's in
[[Evesham|place]] ([[Tina Whitlock|name]], [[18 Cheltenham Road|address]], [[Evesham|place]] [[WR11 2LB|postcode]]). PS.
[[24.11.26|date]] Police interview of [[Jordan Whitlock|name]] at [[Cheltenham|place]]. DS [[Fenn|name]]: no comment. Bailed.
[[25/11/2026|date]] Spoke to HV [[Carys|name]]: [[Isla|name]] missed her 8-week check in [[July|date]]. [[Kayleigh|name]]'s friend
[[Abbie Nutt|name]] ([[Blockley|place]]) says [[Jordan|name]] "loses it when she cries". PS.
[[1/12/2026|date]] Family time at [[Moreton|place]] family centre, 2 hrs. [[Kayleigh|name]] warm, fed [[Isla|name]] well. PS.
[[3/12/2026|date]] [[Cal Beesley|name]] rang ([[07456 302 118|phone]]), angry that he is "being blamed". Passed to DS [[Fenn|name]].
[[5/12/2026|date]] Email from [[Jordan|name]]'s mum [[Tina|name]] ([[tina.whitlock64@hotmail.co.uk|email]]) asking for
family time with [[Isla|name]] at [[Evesham|place]]. Passed to [[Gwen Aldridge|name]]. PS ([[Priya Malhotra|name]]).
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[7 December 2026|date]]
Child: [[WHITLOCK, Isla|name]]   DOB [[19th May 2026|dob]]   Chair: [[Ruth Kenward|name]]
Present: [[Kayleigh Ferris|name]] (mother) with advocate [[Hayley Moss|name]]; [[Sharon Ferris|name]] (maternal grandmother);
SW [[Priya Malhotra|name]]; DS [[Marcus Fenn|name]]; Dr [[Okoro|name]]; HV [[Carys Fudge|name]]. [[Jordan Whitlock|name]] did not
attend; his solicitor Mr [[Pegg|name]] sent a letter.
Summary: two fractures of different ages in a baby of 6 months, with no account. [[Isla|name]] lives with [[Sharon|name]] in
[[Bourton-on-the-Hill|place]]. [[Kayleigh|name]] visits daily. [[Jordan|name]] lives in [[Evesham|place]].
Decision: child protection plan, category physical abuse. Core group [[21/12/2026|date]] at [[Moreton|place]].
Review conference [[8 March 2027|date]].
Core group: [[Kayleigh|name]], [[Sharon|name]], [[Priya Malhotra|name]], [[Carys Fudge|name]], [[Hayley Moss|name]].
[[Roy Beale|name]] ([[Sharon|name]]'s partner) to be assessed. Minutes: [[Zoe Pettifer|name]].
Attendance list: [[FERRIS, Kayleigh|name]]; [[FERRIS, Sharon|name]]; [[MOSS, Hayley|name]]; [[MALHOTRA, Priya|name]];
[[FENN, Marcus|name]]; [[OKORO, Ezinne|name]]; [[FUDGE, Carys|name]]; [[KENWARD, Ruth|name]] (chair).
"""),
]


# --- E. Pargeter family (white British, a farm), Guiting Power; mother in Australia -----------------------------------------

HOME_E = d.Address("Hawling Barn Farm", "", "Guiting Power", "GL54 5UH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Megan", "Pargeter")], dt.date(2013, 6, 5), addresses=[HOME_E], ids=["6438051993", "X916743586395"],
       schools=["Winchcombe School"]),
    _p("f", "father", [("Neil", "Pargeter")], dt.date(1972, 2, 19), addresses=[HOME_E], phones=["01451 822 407"]),
    _p("s", "sibling", [("Owen", "Pargeter")], dt.date(2009, 1, 30), addresses=[HOME_E], ids=["6559999173"]),
], "c")

DOCS_E = [
    ("school nurse's note", """SCHOOL NURSE CONTACT - [[Winchcombe School|school]]   [[6/11/2026|date]]
Pupil: [[PARGETER, Megan|name]]   DOB [[05/06/2013|dob]]   NHS [[643 805 1993|nhs]]   UPN [[X916743586395|upn]]
Home: [[Hawling Barn Farm|address]], [[Guiting Power|place]], [[GL54 5UH|postcode]]. Dad [[Neil|name]] [[01451 822 407|phone]].
Seen by [[Alison Threlfall|name]] (school nurse) after her form tutor Mr [[Bayliss|name]] saw cuts on her left arm.
[[Megan|name]] ("[[Meg|name]]") says she has cut since the summer, when her mum [[Leanne|name]] moved to [[Perth|place]],
Australia with her new partner [[Shane Cutler|name]]. Mum's number [[+61 412 583 907|phone]]. [[Meg|name]] talks to her on
Sundays. Dad "drinks every night since mum went". Brother [[Owen|name]] (17) at college in [[Cirencester|place]].
[[Megan|name]]'s friend [[Tilly Eames|name]] from [[Naunton|place]] knows. Safety plan done. Told DSL Mrs [[Rendell|name]].
Follow up [[13/11/2026|date]]: [[Megan|name]] seen with [[Tilly|name]]. Dad rang from the farm ([[01451 822 407|phone]]),
cross. His mobile [[07402 916 553|phone]]. Passed to SW [[Tara Voss|name]] at [[Cirencester|place]] office. [[A. Threlfall|name]].
"""),
    ("GP's email to the social worker", """From: Dr [[Fraser Mungo|name]] <[[fraser.mungo@nhs.net|email]]>
To: [[tara.voss@glos.example.gov.uk|email]]
Sent: [[16 November 2026|date]] 17:42
Subject: [[Megan Pargeter|name]] [[05/06/2013|dob]]

Dear [[Tara|name]],
I saw [[Megan|name]] with her brother [[Owen Pargeter|name]] (DOB [[30/01/2009|dob]], NHS [[655 999 9173|nhs]]) today. Her father
[[Neil Pargeter|name]] did not come; [[Owen|name]] says he was "at the mart in [[Cirencester|place]]". The cuts are superficial and
healing. I have referred to CAMHS. [[Owen|name]] says [[Neil|name]] was stopped by police near [[Temple Guiting|place]] on
the [[9th|date]] in the Land Rover, [[LK09 FHD|vehicle]]. [[Megan|name]] asked that her mum in Australia... not be told.
Best wishes, [[Fraser|name]]
Dr [[Fraser Mungo|name]], Winchcombe Medical Centre, [[Back Lane|address]], [[Winchcombe|place]], [[GL54 5PX|postcode]]
"""),
    ("Megan's voice note transcribed", """Voice note from [[Megan|name]] to SW [[Tara Voss|name]], [[27/11/26|date]] 22:58, transcribed
[[28/11|date]] by [[T. Voss|name]]

"hi [[tara|name]] its [[meg|name]]. um. dad's been at the [[kineton|place]] pub again, well the one in [[guiting|place]]. he
came back and couldn't get up the stairs. [[owen|name]]'s staying at [[jack|name]]'s in [[winchcombe|place]] tonight so it's
just me and [[bess|name]], that's the dog. i'm ok. i've not cut. i rang mum in [[perth|place]] but it's like morning there and
[[shane|name]] answered. can you not tell dad i sent this. [[tilly|name]]'s mum [[gill|name]] said i can go there sat. her
number's [[07891 528 604|phone]]. ok bye"
Note by [[Tara|name]]: rang [[Gill Eames|name]] [[28/11|date]]; [[Megan|name]] there for Saturday. [[Neil|name]] seen
[[29/11/2026|date]] at [[Hawling Barn Farm|address]].
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW - [[Megan Pargeter|name]]   [[4 December 2026|date]]
at [[Winchcombe School|school]]
Present: [[Megan|name]]; [[Neil Pargeter|name]] (father); [[Owen|name]]; SW [[Tara Voss|name]]; Mrs [[Jill Rendell|name]] (DSL);
[[Alison Threlfall|name]] (school nurse); [[Dee Cotterell|name]] (Young Gloucestershire). Mum [[Leanne Pargeter|name]] by
WhatsApp from [[Perth|place]] ([[+61 412 583 907|phone]]) for ten minutes.
[[Neil|name]] accepts he drinks "too much" and has seen the drug and alcohol worker [[Col Jacques|name]]. He has sold the
sheep at [[Hawling|place]] and will keep the farm. [[Megan|name]] wants to stay with dad and [[Bess|name]]. [[Tilly|name]]'s mum
[[Gill Eames|name]] ([[Naunton|place]]) is a safe adult at weekends.
Next review [[5 March 2027|date]].
[[Owen|name]] will stay with his girlfriend [[Freya Lusty|name]]'s family in [[Winchcombe|place]] in the week.
Minutes: [[Rosie Pargiter|name]] (no relation). Chair: [[Tara Voss|name]].
Apologies: Mr [[Bayliss|name]]; [[Col Jacques|name]]; CAMHS worker [[Nia Broome|name]] (letter of [[2/12/2026|date]]).
[[Megan|name]]'s words: "[[Bess|name]] and [[Owen|name]] and dad are my family. and mum in [[Perth|place]]."
"""),
]


# --- F. Lowe / Brennan family (white British and Irish), Chipping Campden; nan in Blockley ------------------------------------

HOME_F = d.Address("27 Berrington Road", "", "Chipping Campden", "GL55 6DX")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Archie", "Lowe")], dt.date(2017, 11, 23), addresses=[HOME_F], ids=["5183466572", "B916835118937"],
       schools=["St James' and Ebrington CE Primary School"]),
    _p("m", "mother", [("Siân", "Lowe")], dt.date(1990, 9, 9), addresses=[HOME_F], phones=["07402 671 385"]),
    _p("g", "grandparent", [("Pauline", "Brennan")], dt.date(1961, 3, 17), phones=["01386 840 376"]),
], "c")

DOCS_F = [
    ("mother's complaint email", """From: [[Siân Lowe|name]] <[[sianlowe90@gmail.com|email]]>
To: complaints team
Date: [[26 November 2026|date]]
Subject: complaint - my son [[Archie Lowe|name]] DOB [[23/11/2017|dob]]

I want to complain about the social worker [[Dominic Fairweather|name]]. He came to [[27 Berrington Road|address]] on [[18 Nov|date]]
without ringing and [[Archie|name]] (autistic, 9) had a meltdown for 2 hours. He spoke to my neighbour Mrs [[Gillett|name]] about
us. He wrote that [[Archie|name]] has "bruises" - they are from his school [[St James and Ebrington|school]], where
[[Archie|name]] was restrained by a TA, Mr [[Fogg|name]], on the [[16th|date]].
My mum [[Pauline Brennan|name]] in [[Blockley|place]] ([[01386 840 376|phone]]) will tell you I am a good mum.
I want a new worker and the report changed. My number is [[07402 671 385|phone]].
[[Siân|name]] (Ms [[S LOWE|name]], [[Chipping Campden|place]], [[GL55 6DX|postcode]])
PS [[Archie|name]]'s old SW [[Helen Dyer|name]] in [[2024|date]] was fine. Please pass this to her manager Mr [[Ingram|name]].
Witnesses: my friend [[Jess Hartley|name]] was there on the [[18th|date]]; and [[Maureen Dance|name]] from
[[The Rise|address]], [[Blockley|place]] knows [[Archie|name]] well.
"""),
    ("nan's text messages typed up", """Texts from [[Pauline Brennan|name]] (nan) to family support worker [[Kat Rowley|name]],
copied [[2/12/26|date]]

[[29 Nov|date]] 18:20  hello [[kat|name]] its [[pauline|name]] [[archies|name]] nan. had him all day in [[blockley|place]]. he was good
[[29 Nov|date]] 18:22  [[sian|name]] was crying when i took him back to [[campden|place]]. shes not sleeping
[[30 Nov|date]] 09:01  her ex [[darren|name]] rang her from ireland again shouting about [[archie|name]]
[[30 Nov|date]] 09:03  thats [[darren lowe|name]] [[archies|name]] dad. he lives in [[Tralee|place]] now. +353 number
[[30 Nov|date]] 09:05  its [[+353 87 214 6630|phone]] if u need it
[[1 Dec|date]] 16:40  [[archie|name]] wont go in to school. says mr [[fogg|name]] hurt him. [[sian|name]] kept him home
[[1 Dec|date]] 16:44  my neighbour [[maureen|name]] at [[no 6|address]] [[the rise|address]] says shes happy to sit with him
[[2 Dec|date]] 08:10  can u come [[thurs|date]]. i live [[6 Station Road|address]] by the way not the rise that was [[maureen|name]]
[[2 Dec|date]] 08:12  and my landline is [[01386 840 376|phone]]. [[sian|name]]s number [[07402 671 385|phone]]
[[2 Dec|date]] 08:15  [[archie|name]] wants to show u [[sprocket|name]] lol
"""),
    ("early help assessment", """EARLY HELP ASSESSMENT - [[LOWE, Archie|name]]   DOB [[23.11.2017|dob]]   NHS [[518 346 6572|nhs]]
UPN [[B916835118937|upn]]   School: [[St James' and Ebrington CE Primary School|school]]
Address: [[27 Berrington Road|address]], [[Chipping Campden|place]], [[GL55 6DX|postcode]]   Worker: [[Kat Rowley|name]]
Started [[3 December 2026|date]] after the complaint of [[26/11/2026|date]] was upheld in part.
Family: mum [[Siân Lowe|name]] ([[09/09/1990|dob]]); dad [[Darren Lowe|name]] in [[Tralee|place]], Co. Kerry, no direct contact;
nan [[Pauline Brennan|name]], [[6 Station Road|address]], [[Blockley|place]], [[GL56 9ED|postcode]].
[[Archie|name]] is autistic (diagnosed by Dr [[Winifred Osei|name]], [[2022|date]]); loves trains, the [[Honeybourne|place]] line and
his hamster [[Sprocket|name]]. School SENCo Mrs [[Amy Cattermole|name]] will bring the EHCP review forward to [[January|date]].
Mum is low and isolated; her friend [[Jess Hartley|name]] moved to [[Mickleton|place]]. Plan: carers' group in [[Campden|place]],
parent course, and a new key adult at school in place of Mr [[Fogg|name]].
Views: [[Archie|name]]: "I like Nanny [[Pauline|name]] and trains and [[Sprocket|name]]. I don't like Mr [[Fogg|name]]."
[[Siân|name]]: "I want [[Archie|name]] to be safe at school." Signed [[K. Rowley|name]], [[3/12/2026|date]].
Professionals: Dr [[Osei|name]] (paediatrician); Mrs [[Cattermole|name]] (SENCo); GP Dr [[Ruth Pawley|name]], [[Campden|place]]
surgery; [[Kat Rowley|name]] (FSW); [[Bryony Akers|name]] (SW from [[7/12/2026|date]]).
"""),
    ("family support worker's case notes", """FAMILY SUPPORT - CASE NOTES   [[Archie Lowe|name]]
[[4/12/2026|date]] Home visit with [[Siân|name]] at [[Berrington Road|address]]. [[Archie|name]] showed me [[Sprocket|name]]. Mum
says [[Darren|name]] rang 4 times from [[+353 87 214 6630|phone]]. Advised to keep a log. KR.
[[5/12/2026|date]] [[Archie|name]] back in school half days. Mrs [[Cattermole|name]] and the new TA Miss [[Poppy Shergold|name]].
[[Archie|name]] calls her "Miss P". KR.
[[6.12.26|date]] Nan [[Pauline|name]] rang from [[01386 840 376|phone]]: [[Archie|name]] stayed over in [[Blockley|place]]; [[Siân|name]]
went to [[Stratford|place]] with [[Jess|name]]. All fine. KR.
[[7/12/2026|date]] Complaint officer [[Gareth Lund|name]] met [[Siân|name]]. New SW will be [[Bryony Akers|name]]. KR.
[[8/12/2026|date]] Rang [[Jess Hartley|name]] ([[07891 437 126|phone]]) in [[Mickleton|place]]: she will drive
[[Siân|name]] to the group in [[Chipping
Campden|place]]. KR.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 237 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 00:32 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse", "our",
           "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "papa", "mama",
           "mamie", "tonton", "taote", "madame"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "gloucestershire", "french polynesia", "polynesia", "france", "australia", "ireland", "kerry",
               "co. kerry", "cotswolds", "north cotswolds", "the cotswolds"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Mamie Vaite", "tonton heimana", "Miss Quennell") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
