"""Set 173: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set170.py to redaction_set172.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions followed here),
the docstrings of bench/redaction_set7.py to redaction_set169.py (printed only, and searched only as printed, for towns,
districts, estates and communities used as a family's home), bench/redaction_handwritten.py, and the ruff settings in
pyproject.toml. Set 15's checker was used through its problems() only, as set 21 uses it. Phone numbers were checked with
the phonenumbers library and NHS numbers and UPNs made and checked (mod 11 and python-stdnum) in a small snippet. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Newquay, Bodmin and Launceston in Cornwall, each from a district or estate no earlier set used as a family's
home. Four white British families: Treloggan, Newquay (Chenoweth / Penhaligon; domestic abuse, cannabis, a girl of 9
minding a toddler, a surf club, an older boy with a vape, a grandmother in St Columb Major); Berryfields, Bodmin (Hicks /
Bone; a boy of 14 criminally exploited through county lines, a father breaching a non-molestation order, poverty and a food
bank, a girl of 10 who tells); Pennygillam, Launceston (Symons / Kittow; a young carer of 15 for a mother with multiple
sclerosis, child in need); Newport, Launceston (Dingle / Lobb; neglect, a drinking stepfather, a boy of 15 parenting his
sister of 5, letter before proceedings). Two from communities no earlier set used: a Québécois (French-Canadian) family in
Pentire, Newquay (Tremblay / Gagnon; a father who coaches surfing and drinks, a girl of 12 who runs to a friend's, a boy's
cut head, a grandmother in Chicoutimi and a sister in Montréal) and a Sicilian family running a café in Westheath, Bodmin
(Lo Cascio / Scuderi; burns on a boy of 5, a girl of 13 kept working in the café, a grandmother in Palermo, an uncle in
Siracusa, Sicilian in a family chat). 24 documents: a home visit case note, Snapchat screenshots typed up by a school, a
surf school's email, an initial child protection conference report, a secondary school's referral form, a mother's letter
in French and English, an emergency department liaison letter, voice notes transcribed, a multi-agency chronology, a
police public protection notice, a food bank voucher, notes typed fast on a phone, strategy discussion minutes, a family
WhatsApp group in Sicilian and Italian translated, a scanned letter with OCR errors, a review health assessment, a single
assessment, a young carer's diary sheet, a Facebook Messenger chat, core group minutes, a letter before proceedings, a
scanned GP letter with OCR errors, a detached youth work session log and a social work statement to the family court.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid (UK, Canada, Italy); NHS numbers
and UPNs (LA 908) pass their check digits; NI numbers have a valid format. The council (Gannel Vale), the surf school
(Gannel Surf School), the café (Bar Sicilia), the nursery (Little Pebbles, Little Acorns) and the care agency (Tamar
Homecare) are invented; towns, districts, estates, real schools and colleges, NHS bodies, surgeries, hospitals, police,
courts, charities, beaches and attractions are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles and kinship words
(Mr, Mrs, Ms, Miss, Dr, PC, DS, Nan, nanny, Mum, Mme, Madame, Mamie, Maman, papa, Nonna, Zio, signora) stay outside the
name span; "SURNAME, First" is one span; a possessive 's stays outside; a name broken by a line break is one span; towns,
districts and estates are places at home and abroad; countries, provinces and regions are not ("Cornwall", "Québec",
"Quebec", "Sicily"); organisations stay unmarked even when named after a town ("Launceston Medical Centre", "Bodmin Health
Centre", "Bodmin Food Bank", "Newquay One Stop Shop", "Narrowcliff Surgery", "Rosedean House Surgery"); beaches and
attractions are landmarks (Fistral, Lusty Glaze, Great Western, poldark mine).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a supermarket in a
child's chat ("tesco") is not a name; a nickname inside quotes between a first name and a surname ("Callum "Cal"
Bartlett") is three spans; in OCR'd text a date, a dob and a name with OCR errors ("23 0ttobre 2026", "3O/1O/2O21",
"Rosa1ia", "Pa1ermo") are marked as they stand; a Sicilian form of a town ("Palermu") is a place; an Italian five-digit
postcode ("90134") is a postcode; a GP practice's street address and postcode in a letterhead are marked (address, place,
postcode), since a review would not publish them beside a child's name; a solicitors' firm named after a person marks
only the name ("Stephens Scown"); a chat sender saved under a kinship word ("Nonna", "Mamma", "Zio Turi" keeps its name
marked) is not a name; a date of birth mentioned as a birthday ("15th September") is a dob; a court case number and a
police occurrence number are not marked.

Self-check without the detector: `python -m bench.redaction_set173` (and tests/test_redaction_set173.py) runs set 15's
checker on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number
of documents and gold spans per kind: 24 documents, 928 gold spans, 527 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Chenoweth / Penhaligon family (white British), Treloggan, Newquay --------------------------------------------------

HOME_A = d.Address("14 Trevenson Way", "Treloggan", "Newquay", "TR7 2QF")
NAN_A = d.Address("6 Bospolvans Road", "", "St Columb Major", "TR9 6RE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kenzie", "Chenoweth")], dt.date(2017, 5, 19), addresses=[HOME_A], ids=["5789536050", "W908281717530"],
       schools=["Trenance Learning Academy"]),
    _p("s", "sibling", [("Rowan", "Penhaligon")], dt.date(2023, 2, 8), addresses=[HOME_A], ids=["9072561635"]),
    _p("m", "mother", [("Tamsin", "Chenoweth")], dt.date(1996, 10, 4), addresses=[HOME_A], phones=["07812 406 193"],
       ids=["JT 48 21 70 B"]),
    _p("f", "father", [("Jace", "Penhaligon")], dt.date(1993, 8, 27), addresses=[HOME_A], phones=["07764 218 530"]),
    _p("g", "grandparent", [("Sandra", "Chenoweth")], dt.date(1971, 1, 12), addresses=[NAN_A], phones=["01637 872 415"]),
    _p("p1", "professional", [("Bryony", "Tregunna")], phones=["0300 123 4707"], emails=["bryony.tregunna@gannelvale.gov.uk"]),
], "c")

DOCS_A = [
    ("unannounced home visit case note", """CASE NOTE - HOME VISIT (unannounced)
Child: [[Kenzie Chenoweth|name]]   DOB [[19/05/2017|dob]]   NHS [[578 953 6050|nhs]]   Worker: [[Bryony Tregunna|name]]
Date of visit: Tuesday [[3 November 2026|date]], 16:10-17:05
Address: [[14 Trevenson Way|address]], [[Treloggan|place]], [[Newquay|place]] [[TR7 2QF|postcode]]

Present: [[Tamsin|name]] (mum), [[Kenzie|name]], [[Rowan|name]] (3). [[Jace|name]] came in at 16:40 from his shift at the
builders' merchants.

[[Kenzie|name]] opened the door, still in her [[Trenance|school]] jumper. Mum was upstairs with [[Rowan|name]], who had been
sick. The front room was tidy but the hall smelt strongly of cannabis, which [[Tamsin|name]] said came "from next door at
[[no. 16|address]]". The neighbour, an older man she called [[Gerry Pascoe|name]], has complained to Coastline Housing
about noise twice this autumn. [[Tamsin|name]] says [[Gerry|name]] "watches the kids through the fence".

I spoke with [[Kenzie|name]] alone in her room. She said she likes Year 5 and her teacher Mrs [[Hawke|name]], that she
walks [[Rowan|name]] to nursery at [[Little Pebbles|school]] on [[Edgcumbe Avenue|address]] "when Mum's tired", and that
[[Jace|name]] "shouts at the telly and at Mum". She said the police came "the night of the fireworks" ([[5/11|date]] has
not happened yet; I think she means Halloween, [[31 October|date]] - to check with police). She wants to go to Nan
[[Sandra|name]]'s in [[St Columb|place]] "every weekend, not just some".

[[Jace Penhaligon|name]] was polite but short. He said the row on [[31/10/26|date]] was "over money" and that [[Tamsin|name]]'s
friend [[Kayleigh Mitchell|name]] "stirs it". He gave his mobile as [[07764 218 530|phone]] and asked that letters go to
[[Tamsin|name]] only.

Network (from [[Tamsin|name]]): her mum [[Sandra|name]] ([[01637 872 415|phone]]) in [[St Columb Major|place]];
her sister [[Demi Chenoweth|name]] in [[Quintrell Downs|place]] ("we don't talk"); [[Jace|name]]'s mum [[Lorraine Penhaligon|name]]
at [[Indian Queens|place]]; her friend [[Kayleigh|name]] from [[Henver Road|address]]; [[Kenzie|name]]'s dad [[Lee Ashworth|name]], in
[[Plymouth|place]], no contact since [[Kenzie|name]] was 2. The health visitor is [[Jo Bennetto|name]] at Newquay Health Centre.
[[Kenzie|name]]'s best friend is [[Mia Trethewey|name]]; [[Mia|name]]'s mum [[Sarah|name]] lives on [[Treloggan Road|address]].

Actions: ask Devon and Cornwall Police for the log of [[31 October 2026|date]]; speak to the nursery manager
[[Lucy Vague|name]]; ring Nan ([[01637 872 415|phone]]) about weekend help; next visit by [[17 November|date]].
[[B. Tregunna|name]], Social Worker, [[0300 123 4707|phone]]
"""),
    ("snapchat screenshots typed up by a school", """Screenshots shown to the DSL by [[Kenzie|name]]'s friend's mum on [[9 Nov|date]] -
typed up
by [[Hannah Rowe|name]] (DSL, [[Trenance Learning Academy|school]]). Spelling as in the original. Handles not written out.

kenz 🐚: [[jace|name]] took my phone again
kenz 🐚: mum says dont tell miss [[hawke|name]]
[[mia|name]] x: wot happend
kenz 🐚: him and mum was fiting at like 2 in the morning and [[rowan|name]] was crying
kenz 🐚: i took [[ro|name]] in my bed
[[mia|name]] x: u can come to mine after school my mum wont mind
kenz 🐚: cant nan [[sandra|name]] is picking us up from tesco
[[mia|name]] x: lol why tesco
kenz 🐚: thats where she parks on [[henver rd|address]]
kenz 🐚: dont tell ur mum ok
[[mia|name]] x: ok 🤐
kenz 🐚: hes going to his mates in [[st dennis|place]] tonite thank god
[[mia|name]] x: is [[jace|name]] ur dad
kenz 🐚: no hes [[ro|name]]s dad. my dads [[lee|name]] he lives in [[plymouth|place]]

DSL note: "[[mia|name]]" is [[Mia Trethewey|name]], 9C. "tesco" above is the supermarket, not a person.
"""),
]
DOCS_A += [
    ("surf school instructor email", """From: [[Ollie Jago|name]] <info@gannelsurfschool.co.uk>
Sent: Sat [[7 Nov 2026|date]] 18:03
To: [[bryony.tregunna@gannelvale.gov.uk|email]]
Subject: [[Kenzie C|name]] - Saturday club

Hi [[Bryony|name]],

You asked me to let you know if anything came up at Saturday club. Today [[Kenzie|name]] came on her own on the
bus from [[Treloggan|place]] again (third week running) and had no wetsuit money, so we lent her one. At the end she
asked one of my coaches, [[Becky Annear|name]], if she could stay at hers "because [[Jace|name]] is back". [[Becky|name]]
told her no and rang the mum on [[07812 406 193|phone]] - no answer. Nan ([[Sandra|name]]?) picked her up from the
Great Western beach car park at 13:10 in a silver Corsa [[WK19 YHN|vehicle]].

One more thing - a lad of about 17, [[Brandon Rowse|name]], has been hanging round the club van and gave [[Kenzie|name]]
a vape. I have told him to stay away. His mum works at the chippy on [[Fore Street|address]].

Cheers
[[Ollie|name]]
Head Coach, Gannel Surf School | [[07583 119 472|phone]]
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Conference date: [[24 November 2026|date]]   Venue: Newquay One Stop Shop (hybrid)
Children: [[Kenzie CHENOWETH|name]] (DOB [[19.05.2017|dob]], NHS [[578 953 6050|nhs]]) and [[Rowan PENHALIGON|name]]
(DOB [[08.02.2023|dob]], NHS [[907 256 1635|nhs]])
Mother: [[Tamsin Chenoweth|name]], DOB [[04/10/1996|dob]], NI [[JT 48 21 70 B|ni]]
Father of [[Rowan|name]] / mother's partner: [[Jace Penhaligon|name]], DOB [[27/08/1993|dob]]
Father of [[Kenzie|name]]: [[Lee Ashworth|name]], [[Keyham|place]], [[Plymouth|place]] (not invited; no PR; address unknown)
Maternal grandmother: [[Sandra Chenoweth|name]], [[6 Bospolvans Road|address]], [[St Columb Major|place]], [[TR9 6RE|postcode]]

1. Chronology of key events
[[14/09/2026|date]] - Police attend [[Trevenson Way|address]] after a neighbour's 999 call (shouting). No further action.
[[31/10/2026|date]] - Police attend; [[Tamsin|name]] has a swollen lip, says she fell. [[Jace|name]] arrested, released
under investigation on [[1/11/2026|date]].
[[3/11/2026|date]] - Unannounced visit (see case note). Strong smell of cannabis.
[[7/11/2026|date]] - Surf school raise concerns: [[Kenzie|name]] alone, an older boy gave her a vape.
[[9/11/2026|date]] - Screenshots from [[Kenzie|name]]'s friend show she takes [[Rowan|name]] into her bed during rows.
[[12/11/2026|date]] - [[Sandra|name]] rings: [[Jace|name]] took [[Rowan|name]] to his mum [[Lorraine|name]]'s in [[Indian Queens|place]]
overnight
without telling [[Tamsin|name]]; returned [[13/11|date]].
[[16/11/2026|date]] - Strategy discussion: s47 agreed. Joint interview not needed.

2. Views of the child
[[Kenzie|name]] drew her "three houses": home (grey, "loud"), Nan's in [[St Columb|place]] (yellow, "cats"), and
[[Mia|name]]'s (pink). She wants [[Jace|name]] "to go to his mum's in [[Indian Queens|place]]".

Attendance at conference: [[Sian Ellery|name]] (independent chair); [[Bryony Tregunna|name]] (SW); [[Tamsin Chenoweth|name]];
[[Jace Penhaligon|name]] (first half only); [[Hannah Rowe|name]] (DSL, [[Trenance|school]]); [[Lucy Vague|name]]
([[Little Pebbles|school]]);
[[Jo Bennetto|name]] (health visitor); DC [[Sam Curnow|name]] (police); [[Sandra Chenoweth|name]] (grandmother, as support to
[[Tamsin|name]]). Minute-taker: [[Ellen Bray|name]]. Not invited: [[Ollie Jago|name]] (surf school) - report read out.

3. Recommendation
Child protection plans for both children under the category of emotional abuse. Core group to meet within ten working
days ([[8 December 2026|date]]).
[[Bryony Tregunna|name]], Social Worker, Gannel Vale Children's Services
"""),
]


# --- B. Tremblay / Gagnon family (Québécois, French-speaking), Pentire, Newquay ----------------------------------------------

HOME_B = d.Address("Flat 3, 41 Pentire Crescent", "Pentire", "Newquay", "TR7 1PU")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Élodie", "Gagnon")], dt.date(2014, 4, 2), addresses=[HOME_B], ids=["4146690897", "F908572317209"],
       schools=["Newquay Tretherras"]),
    _p("s", "sibling", [("Mathis", "Gagnon")], dt.date(2019, 9, 15), addresses=[HOME_B], ids=["2771237938"]),
    _p("m", "mother", [("Marie-Ève", "Tremblay")], dt.date(1988, 12, 1), addresses=[HOME_B], phones=["07939 571 204"],
       emails=["mevetremblay88@gmail.com"]),
    _p("f", "father", [("Jean-Philippe", "Gagnon")], dt.date(1985, 6, 21), addresses=[HOME_B], phones=["07415 883 627"]),
    _p("g", "grandparent", [("Ginette", "Tremblay")], phones=["+1 418 649 2207"]),
    _p("p1", "professional", [("Ollie", "Jago")], phones=["07583 119 472"]),
], "c")

DOCS_B = [
    ("secondary school safeguarding referral form", """MULTI-AGENCY REFERRAL FORM (MARF) - sent to the MASH [[12/10/2026|date]] 11:48
Referrer: [[Ffion Carne|name]], Designated Safeguarding Lead, [[Newquay Tretherras|school]]   Tel [[01637 498 220|phone]]
Child: [[GAGNON, Élodie|name]]   DOB: [[02.04.2014|dob]]   Year 8   UPN: [[F908572317209|upn]]
Address: [[Flat 3, 41 Pentire Crescent|address]], [[Pentire|place]], [[Newquay|place]], [[TR7 1PU|postcode]]
Parents: [[Marie-Ève Tremblay|name]] (mother, [[07939 571 204|phone]], [[mevetremblay88@gmail.com|email]]);
[[Jean-Philippe Gagnon|name]] ("[[JP|name]]", father, [[07415 883 627|phone]]). First language at home: French (Québec).
Sibling: [[Mathis|name]], Year 2 at [[St Columb Minor Academy|school]].

Reason for referral: On Friday [[9 October|date]] [[Élodie|name]] told her tutor, Mr [[Olly Bunt|name]], that her father
"pushed Maman into the wardrobe" on the Thursday night and that she had "taken [[Mathis|name]] to the beach at
Lusty Glaze to get away". She says her dad works as a surf coach for [[Ollie Jago|name]]'s school at Fistral
and drinks after sessions. She asked us not to tell her mother because "she will send us back to [[Chicoutimi|place]] to
Mamie [[Ginette|name]]". [[Élodie|name]] showed a bruise on her left forearm, about 3 cm, yellowing.

Her friend [[Poppy Ellery|name]] (Y8) says [[Élodie|name]] has slept at [[Poppy|name]]'s house on [[Mount Wise|address]] twice
this half-term without her parents knowing. [[Poppy|name]]'s mum, [[Nikki Ellery|name]], rang us on [[10/10|date]].

Other information: [[Élodie|name]] arrived from [[Saguenay|place]] in Year 5 and joined us from [[Newquay Junior Academy|school]].
Attendance 89.6%. Her form tutor Mr [[Bunt|name]] and her head of year, Mrs [[Claire Rosevear|name]], have noticed her
tiredness since [[1 September|date]]. [[Élodie|name]] told [[Poppy|name]] that a man called "[[Kai|name]]" stays over "when
Papa is at the pub". The family's previous address was [[Chalet 6, Watergate Road|address]], [[Porth|place]], [[TR7 3LX|postcode]]
(summer 2025). Early Help was offered on [[14/03/2025|date]] (worker [[Tegan Nicholls|name]]) and declined.

Consent: not sought from parents (risk of harm to child and mother). Interpreter needed? Mother's English is good;
father prefers French. Grandmother in Québec: Mme [[Ginette Tremblay|name]], [[+1 418 649 2207|phone]] (from [[Élodie|name]]).
"""),
    ("mother's letter in French and English with translation", """(Letter handed to the social worker at the visit on
[[21 October 2026|date]]; the mother wrote in French and then in English. Translation of the French part by
[[Amélie Prigent|name]], Cornwall Interpreting Service, in square brackets.)

[[Newquay|place]], le [[20 octobre 2026|date]]

Madame [[Tregunna|name]],

Je veux que vous sachiez que mes enfants sont tout pour moi. [[JP|name]] n'est pas un mauvais père, mais depuis
l'été il boit trop. [[Élodie|name]] a tout vu. Ma soeur [[Nathalie|name]] à [[Montréal|place]] dit que je dois rentrer
au Québec, chez elle au [[4521 rue Fabre|address]], mais les enfants aiment [[Newquay|place]] et l'école.
[I want you to know my children are everything to me. [[JP|name]] is not a bad father but since the summer he drinks too
much. [[Élodie|name]] saw everything. My sister [[Nathalie|name]] in [[Montréal|place]] says I must go back to Quebec, to
hers at [[4521 rue Fabre|address]], but the children love [[Newquay|place]] and the school.]

[[Élodie|name]] écrit aussi quelque chose pour vous (below):
"Bonjour Mme [[Tregunna|name]]. Je m'appelle [[Élo|name]]. I want to stay in [[Newquay|place]] with [[Poppy|name]] and [[Mathis|name]]
and Maman.
Please dont tell papa i said about the wardrobe. [[Élodie Gagnon|name]], 8T"

In english: I will not let him in the flat any more. He is staying with his friend [[Kai Polglase|name]] at
[[Porth|place]]. My friend from the café, [[Shauna|name]], she come with me to the police on Monday. My phone is
the same, [[07939 571 204|phone]]. If I am working call my sister [[+1 514 872 3391|phone]] (she is 5 hours behind).
[[Mathis|name]] asks every night for papa. What do I tell him?

[[Marie-Ève Tremblay|name]]
"""),
]
DOCS_B += [
    ("emergency department liaison letter", """Royal Cornwall Hospitals NHS Trust - Emergency Department
Paediatric Liaison Health Visitor: [[Jenna Hosken|name]]        Date typed: [[28-Oct-2026|date]]

To: Children's Services MASH, Gannel Vale Council
Re: [[Mathis GAGNON|name]], DOB [[15-Sep-2019|dob]], NHS No. [[277 123 7938|nhs]]
Address on attendance: [[41 Pentire Cres|address]], [[NEWQUAY|place]] [[TR7 1PU|postcode]]
GP: Narrowcliff Surgery, [[Newquay|place]]

[[Mathis|name]] (7) attended the ED at Treliske on [[26/10/2026|date]] at 21:40 with his mother,
[[Marie-Eve Tremblay|name]], with a 2 cm laceration above the left eyebrow, glued. Mother said he fell off the
bunk bed. In triage [[Mathis|name]] said (in French, interpreted by mother's friend [[Sylvie Roux|name]], who
came with them) that "Papa threw the remote". The mother then corrected this. Nursing staff also noted an older
sister, [[Élodie|name]], waiting in the car with a family friend, Mr [[Steve Tamblyn|name]], until 23:15.

Others seen with the family in the department: the father arrived at 22:30 with a friend, [[Kai|name]] (surname
given as "[[Polglaze|name]]"), and was asked to leave by security after shouting at Dr [[Tom Kessell|name]]. The triage nurse,
[[Rhiannon Gill|name]], recorded the father's words as "[[Marie|name]], you tell them what happened".

This is [[Mathis|name]]'s second attendance this year (the first was [[3 July 2026|date]], a sprained wrist at the Newquay
Urgent Treatment Centre). Our records give father as [[Jean Philippe Gagnon|name]], mobile [[07415 883 627|phone]].

Please could you let me know the outcome of any enquiries. I can be reached through the ED liaison office.
[[J. Hosken|name]] RN, SCPHN
cc: Dr [[Anjali Menon|name]], Narrowcliff Surgery; School Nurse, [[St Columb Minor|school]]
"""),
    ("voice notes transcribed by a family support worker", """Voice notes from [[JP|name]] to the family support worker's work
phone, [[2-4 November|date]], transcribed word for word by [[Tegan Nicholls|name]] (FSW). Mostly English with some French.

Mon [[2 Nov|date]] 23:17 (0:48) - "Yeah it's [[JP|name]]. Listen, I know [[Marie|name]] talked to you. I'm at [[Kai|name]]'s,
in [[Porth|place]], the address is [[12 Alexandra Road|address]], put that in your file. I want to see my kids, man.
[[Élo|name]] won't answer. C'est pas correct."
Tue [[3 Nov|date]] 07:02 (1:12) - "Sorry about last night. I had a few. I'm doing the course they said, the one at
[[Bodmin|place]]. My sponsor is [[Dave|name]], [[Dave Kitto|name]], he's from the club. Ask him. And tell [[Marie-Ève|name]] her
mother called me from Québec, [[Ginette|name]], she was crying, she says come home. Ça suffit."
Wed [[4 Nov|date]] 12:30 (0:31) - "Can you tell [[Mathis|name]] happy birthday for Saturday? No wait that's wrong, his
birthday is [[15th September|dob]]. I don't know why I said that. I'm meant to be at [[Ollie|name]]'s at one. Bye."

FSW note: I replied by text only: "[[Jean-Philippe|name]], please speak to [[Bryony|name]] about contact." I did not
pass on any message. [[Kai Polglase|name]]'s address checked: a shared house on [[Alexandra Rd|address]], [[TR7 3NB|postcode]].
"""),
]


# --- C. Hicks / Bone family (white British), Berryfields, Bodmin --------------------------------------------------------------

HOME_C = d.Address("22 Berryfields Close", "Berryfields", "Bodmin", "PL31 2BQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Summer", "Hicks")], dt.date(2016, 3, 30), addresses=[HOME_C], ids=["4638554415", "H908681823360"],
       schools=["St Mary's Catholic Primary School"]),
    _p("s", "sibling", [("Tyler-Jay", "Bone")], dt.date(2012, 7, 7), addresses=[HOME_C], ids=["3773761953"],
       schools=["Bodmin College"]),
    _p("m", "mother", [("Kelly", "Hicks")], dt.date(1990, 2, 16), addresses=[HOME_C], phones=["07498 360 815"],
       ids=["NP 63 05 19 C"]),
    _p("f", "father", [("Darren", "Bone")], dt.date(1987, 11, 9), phones=["07725 904 318"]),
    _p("p1", "professional", [("Gemma", "Lander")], phones=["01208 263 590"], emails=["gemma.lander@gannelvale.gov.uk"]),
], "c")

DOCS_C = [
    ("multi-agency chronology", """MULTI-AGENCY CHRONOLOGY - [[Summer HICKS|name]] ([[30/03/2016|dob]]) and [[Tyler-Jay BONE|name]]
([[07/07/2012|dob]])
Compiled by [[Gemma Lander|name]], Social Worker, Bodmin locality team. Last updated [[1 December 2026|date]].

Date | Source | Event | Significance
[[04/02/2026|date]] | Police | [[Darren Bone|name]] arrested at [[22 Berryfields Close|address]] for breach of a non-molestation order. |
Order
was made on [[12/01/2026|date]] at Truro Family Court.
[[19/03/2026|date]] | [[St Mary's|school]] | [[Summer|name]] late 14 times this term; mum [[Kelly|name]] "struggling since [[Darren|name]]
left". | Neglect indicators.
[[22/05/2026|date]] | Housing | Rent arrears of £1,340 with Cornwall Housing; notice seeking possession. | Risk of homelessness.
[[15/06/2026|date]] | [[Bodmin College|school]] | [[Tyler-Jay|name]] (13) found with a knife in his bag. He said a boy called
"[[Stretch|name]]" from [[Lostwithiel|place]] told him to carry it. | Possible criminal exploitation.
[[30/06/2026|date]] | YJS | [[Tyler-Jay|name]] given a youth caution; worker [[Marcus Wearne|name]] allocated. |
[[18/08/2026|date]] | Police | [[Tyler-Jay|name]] reported missing overnight; found at 06:10 at a flat on [[Fore Street|address]],
[[Bodmin|place]], rented to [[Liam Stribley|name]] (24). | County lines concern; NRM referral considered.
[[02/09/2026|date]] | Health | GP (Rosedean House Surgery) notes [[Kelly|name]]'s low mood; started on sertraline. |
[[07/10/2026|date]] | Foodbank | Third voucher in six weeks. | Poverty.
[[29/10/2026|date]] | Police | [[Darren|name]] seen outside [[Summer|name]]'s school by the head, Mrs [[Julie Oates|name]]. | Breach.
[[20/10/2026|date]] | Police | [[Kelly|name]] reports [[Darren|name]] sent 40 texts in one night from [[07725 904 318|phone]]. | Breach;
[[Darren|name]]
now living with his brother [[Wayne Bone|name]] at [[Callywith Gate|address]], [[Bodmin|place]].
[[23/10/2026|date]] | YJS | [[M. Wearne|name]] sees [[Tyler-Jay|name]] at [[Bodmin College|school]]; he names "[[Liam|name]]" and
"[[Stretch|name]]". |
[[27/10/2026|date]] | Health | School nurse [[Amy Coad|name]] sees [[Summer|name]]: headaches, "can't sleep". |
[[5/11/2026|date]] | Police | Fireworks night; [[Tyler-Jay|name]] stopped in [[Dunmere|place]] with [[Kyle Dyer|name]] on e-bikes. |
[[13/11/2026|date]] | Social care | Single assessment starts (this worker). |
[[26/11/2026|date]] | [[St Mary's|school]] | [[Summer|name]] tells TA Miss [[Chantelle Moyle|name]] that her brother keeps "a bag of money"
under his bed and that "[[Liam|name]] drives a black car". Car seen by school: [[WP22 KZC|vehicle]]. | Exploitation - share with police.
"""),
    ("police public protection notice", """PUBLIC PROTECTION NOTICE (PPN) - CHILD / ADULT AT RISK
Devon & Cornwall Police       Occurrence: CR/114572/26      Submitted: [[18 AUG 2026|date]] 07:55
Officer: PC 3317 [[HOLLOWAY, Gareth|name]]    Station: [[Bodmin|place]]

SUBJECT (CHILD)
Surname: [[BONE|name]]   Forename(s): [[TYLER-JAY|name]]   DOB: [[07/07/2012|dob]]   Age: 14
Home address: [[22 BERRYFIELDS CLOSE|address]], [[BODMIN|place]] [[PL31 2BQ|postcode]]
Parent / carer: [[HICKS, Kelly|name]] (mother), [[07498 360 815|phone]]

CIRCUMSTANCES
Reported missing 23:40 [[17/08/26|date]] by mother. Located 06:10 at [[Flat 2, 9 Fore Street|address]], [[Bodmin|place]] with
[[STRIBLEY, Liam|name]] (DOB [[11/04/2002|dob]]) and a female, [[Jade Rickard|name]], 19, of [[Lanivet|place]]. £210 cash
and two phones found on [[TYLER-JAY|name]]. He would not say where he had been. Said "[[Darren|name]] doesn't care, why should
you". Mother says phones are not his. Known associates: "[[Stretch|name]]" ([[Lostwithiel|place]]), [[Kyle Dyer|name]] of
[[Lanhydrock Road|address]]. Vehicle linked: [[WP22 KZC|vehicle]] (black Audi A3, registered to [[Liam Stribley|name]]).

Other persons present at [[Flat 2, 9 Fore Street|address]]: [[RICKARD, Jade|name]] (DOB [[03/09/2007|dob]]), of
[[4 Trevanion Road|address]], [[Lanivet|place]], [[PL30 5HF|postcode]]; a male who gave his name as "[[Joey|name]]" and left before
checks. Occupier's mother, Mrs [[Carol Stribley|name]], of [[St Lawrence's Road|address]], [[Bodmin|place]], says the flat is in her name.
RISK: HIGH (CCE).  Voice of child: "I just went round a mate's".
Sibling at address: [[HICKS, Summer|name]], 10.
Referral sent to: MASH; YJS ([[M. Wearne|name]]); [[Bodmin College|school]] DSL.
"""),
]
DOCS_C += [
    ("food bank voucher form filled in by hand", """BODMIN FOOD BANK - E-REFERRAL / VOUCHER (filled in on paper at the hub, typed up)
Voucher no. BFB-26-2291        Date issued: [[7.10.26|date]]
Referral agency: Bodmin Family Hub        Referrer: [[Sally Keast|name]] (family worker)   Tel: [[01208 76 415|phone]]

Client name: [[Kelly Hicks|name]]       Date of birth: [[16/2/90|dob]]
Address: [[22 Berryfields Cl|address]], Bodmin [[PL31 2BQ|postcode]]
Phone: [[07498 360 815|phone]]
Adults in household: 1   Children: 2 (ages 10, 14) - [[Summer|name]] and [[TJ|name]]
Dietary needs: [[Summer|name]] is coeliac (gluten free pls)
Reason: benefit delay (UC sanction), debt, relationship breakdown.
Collection point: St Petroc's church hall, Wednesday

Previous vouchers: [[19/8/26|date]] (referrer [[Sally Keast|name]]), [[9/9/26|date]] (referrer: Mrs [[Oates|name]], [[St Mary's|school]]).
Second adult named on form (crossed out): [[Darren Bone|name]], [[07725 904 318|phone]] - "NOT living here" written over.
Delivery address if unable to collect: c/o [[Tracey Harvey|name]], [[19 Berryfields Close|address]].
Volunteer note ([[Dot|name]]): Mum collected with her friend [[Tracey Harvey|name]]. Said her ex [[Darren|name]] has
stopped paying anything and she has been "living on toast". Asked about the Warm Hub at Shire House. Gave
Citizens Advice leaflet. Signposted to [[Sally|name]] for energy voucher.
"""),
    ("social worker's notes typed fast on a phone", """notes from phone - [[summer|name]] school visit [[30/11|date]] GL
- seen [[summer|name]] in the nurture room at [[st marys|school]] w/ [[chantelle|name]] (TA) present at her request
- says [[tj|name]] "got a new phone again" + trainers. [[liam|name]] picks him up at the garage on [[launceston rd|address]]
- says dad came to the gate again "last wk" - thurs? = [[26/11|date]]? check w head (mrs [[oates|name]])
- sleeps at nanny [[dee|name]]s sometimes - NOT a relative, its [[diane hooper|name]] 3 doors down ([[no 28|address]])
- mum "cries in the bath"
- wants: "a dog, and [[tj|name]] to stop going out"
- ring [[marcus|name]] YJS re NRM, ring [[kelly|name]] [[07498 360 815|phone]] b4 3pm, tell police re car [[wp22 kzc|vehicle]]
- [[summer|name]] drew herself at poldark mine w grandad?? ask mum who
"""),
]


# --- D. Lo Cascio / Scuderi family (Sicilian), Westheath, Bodmin ------------------------------------------------------------

HOME_D = d.Address("5 Westheath Avenue", "Westheath", "Bodmin", "PL31 1QH")
NONNA_D = d.Address("Via Maqueda 214", "", "Palermo", "90134")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Salvatore", "Lo Cascio")], dt.date(2020, 11, 23), addresses=[HOME_D], ids=["1647284961"],
       schools=["Little Acorns Nursery"]),
    _p("s", "sibling", [("Giuseppina", "Lo Cascio")], dt.date(2013, 1, 17), addresses=[HOME_D], ids=["5841415247", "L908676918215"],
       schools=["Bodmin College"]),
    _p("m", "mother", [("Rosalia", "Scuderi")], dt.date(1989, 5, 5), addresses=[HOME_D], phones=["07367 142 859"]),
    _p("f", "father", [("Calogero", "Lo Cascio")], dt.date(1984, 3, 19), addresses=[HOME_D], phones=["07891 635 270"],
       ids=["SK 27 94 61 A"]),
    _p("g", "grandparent", [("Concetta", "Scuderi")], addresses=[NONNA_D], phones=["+39 091 611 4528"]),
    _p("p1", "professional", [("Gemma", "Lander")], phones=["01208 263 590"], emails=["gemma.lander@gannelvale.gov.uk"]),
], "c")

DOCS_D = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (Teams)        Date: Thursday [[15 October 2026|date]], 10:00-10:45
Child: [[Salvatore LO CASCIO|name]] ("[[Totò|name]]"), DOB [[23/11/2020|dob]], NHS [[164 728 4961|nhs]]
Sibling: [[Giuseppina LO CASCIO|name]] ("[[Pina|name]]"), DOB [[17/01/2013|dob]], Year 9, [[Bodmin College|school]]
Address: [[5 Westheath Avenue|address]], [[Bodmin|place]] [[PL31 1QH|postcode]]

Attendees: [[Gemma Lander|name]] (SW, chair), DS [[Rachel Pengelly|name]] (Police, CAIT), Dr [[Sophie Ball|name]] (community
paediatrician), [[Nina Luxton|name]] (manager, [[Little Acorns|school]]), [[Rob Nute|name]] (DSL, [[Bodmin College|school]]).
Apologies: health visitor [[Karen Opie|name]].

1. Information shared
[[Nina|name]]: on [[14/10|date]] [[Totò|name]] arrived at nursery with two round marks on the back of his left hand,
about 8 mm, which staff thought could be cigarette burns. Father ([[Calogero|name]], "[[Lillo|name]]") dropped him off and said
he "touched the moka pot". [[Totò|name]] told his key person, [[Abbie Stephens|name]], "papà fa così" (mimed pressing).
Police: no previous for father in the UK. A 2019 caution for mother, [[Rosalia Scuderi|name]], shoplifting, [[Plymouth|place]].
The family run the café on [[Honey Street|address]] ("Bar Sicilia"); both parents work long hours.
[[Rob|name]]: [[Pina|name]] is often absent on Saturdays and Mondays; she says she works in the café. Her friend
[[Martha Bray|name]] says [[Pina|name]] is "not allowed out, ever".
Dr [[Ball|name]]: can see [[Totò|name]] today at 2pm, Child Development Centre, Treliske.

Family network (from [[Pina|name]] and school): maternal grandmother [[Concetta Scuderi|name]], [[Palermo|place]]
([[+39 091 611 4528|phone]]); mother's brother [[Salvatore|name]] "[[Turi|name]]" [[Scuderi|name]], [[Siracusa|place]]; father's cousin
[[Gaetano Russo|name]], who runs a pizza van in [[Wadebridge|place]] and lives on [[Egloshayle Road|address]]; family friend
[[Ellie Couch|name]] ([[07624 305 118|phone]]), who works in the café. [[Pina|name]] went to [[Beacon ACE Academy|school]]
before [[Bodmin College|school]]; [[Totò|name]] started at [[Little Acorns|school]] on [[7 September 2026|date]].

2. Decision: s47 enquiry (single agency, police to be informed of outcome). Child protection medical today.
Italian (Sicilian) interpreter to be booked: [[Francesca Amato|name]] was used before and the family liked her.
Mother's mobile [[07367 142 859|phone]]; father's [[07891 635 270|phone]].
"""),
]
DOCS_D += [
    ("family whatsapp group in Sicilian and Italian translated", """WhatsApp group "Famigghia 🍋" - exported from [[Pina|name]]'s phone
with her consent on
[[20/10/2026|date]]; messages from [[16-18 October|date]]. Translation from Italian/Sicilian by [[Francesca Amato|name]]
(interpreter) after each line in brackets. Contacts as saved on [[Pina|name]]'s phone.

[[16/10/26|date]], 19:02 - Nonna: [[Pinuzza|name]] comu sta [[Totò|name]]? Ti chiamu stasira
  ([[Pinuzza|name]], how is [[Totò|name]]? I'll call you tonight)
[[16/10/26|date]], 19:10 - [[Pina|name]]: bene nonna. papà è arrabbiato. la signora [[Lander|name]] è venuta al bar
  (fine granny. dad is angry. Mrs [[Lander|name]] came to the café)
[[16/10/26|date]], 19:11 - Zio [[Turi|name]]: Chi successi? Unni si?
  (What happened? Where are you?)
[[16/10/26|date]], 19:15 - [[Pina|name]]: a casa. zio non dire niente a papà
  (at home. uncle don't say anything to dad)
[[17/10/26|date]], 08:40 - Mamma: [[Pina|name]] stamattina porti tu [[Totò|name]] all'asilo, io apro il bar
  ([[Pina|name]] this morning you take [[Totò|name]] to nursery, I'm opening the café)
[[17/10/26|date]], 08:41 - [[Pina|name]]: ho scuola!!!
  (I have school!!!)
[[17/10/26|date]], 21:30 - Nonna: [[Rosalia|name]] vinitivinni a [[Palermu|place]] pi Natali, a casa c'è postu. [[Via Maqueda 214|address]]
  ([[Rosalia|name]] come to [[Palermo|place]] for Christmas, there's room at home. [[Via Maqueda 214|address]])
[[18/10/26|date]], 10:05 - Zio [[Turi|name]]: [[Lillo|name]] mi chiamò. Dici ca è tuttu a posto. [[Pina|name]] chiamami
[[+39 347 218 9064|phone]]
  ([[Lillo|name]] called me. He says everything is fine. [[Pina|name]] call me [[+39 347 218 9064|phone]])
[[18/10/26|date]], 10:30 - [[Pina|name]]: zio ti voglio bene. [[Totò|name]] ha paura di papà
  (uncle I love you. [[Totò|name]] is scared of dad)

[[18/10/26|date]], 22:47 - Mamma: [[Pina|name]] dumani a scola, io e [[Ellie|name]] facemu u bar. [[Totò|name]] cu [[Ellie|name]]'s soru
[[Kerry|name]]
  ([[Pina|name]] school tomorrow, [[Ellie|name]] and I will do the café. [[Totò|name]] with [[Ellie|name]]'s sister [[Kerry|name]])
[[18/10/26|date]], 22:50 - [[Pina|name]]: grazie mamma ❤️ posso andare da [[Martha|name]] dopo? abita a [[Lanivet|place]]
  (thanks mum ❤️ can I go to [[Martha|name]]'s after? she lives at [[Lanivet|place]])
[[18/10/26|date]], 22:58 - Mamma: no. Papà dice no.
  (no. Dad says no.)

Interpreter's note: "Nonna" is [[Concetta Scuderi|name]] in [[Palermo|place]]; "Zio [[Turi|name]]" is [[Salvatore Scuderi|name]], mother's
brother, in [[Siracusa|place]] ([[+39 0931 46 7712|phone]] is his landline, from the mother). "[[Palermu|place]]" is [[Palermo|place]] in
Sicilian.
"""),
    ("scanned letter with OCR errors", """[Scanned from a handwritten letter posted to the social worker; OCR text, errors left in]

Mrs [[G Lander|name]]
Chi1dren's Services
[[Bodmin|place]]

[[23 0ttobre 2026|date]]

Dear Mrs [[Lander|name]],
I am [[Concetta Scuderi|name]], the mother of [[Rosa1ia|name]]. My grand-daughter [[Giusepp
ina|name]] has te1ephone me and she is afraid. I am 71 years and I have a good house in [[Pa1ermo|place]],
[[Via Maqueda 214|address]], [[90134|postcode]]. My te1. is [[+39 091 611 4528|phone]]. My son-in-1aw
[[Ca1ogero|name]] was a good boy when they marry in [[Cefa1ù|place]] in 2011 but now the work in the cafe make him
crazy. I can take the chi1dren if is necessary. My neighbour signora [[Lucia Ferrante|name]] is writing this
with me because my Eng1ish is not good.
P1ease te11 [[Totò|name]] nonna 1oves him.

Distinti sa1uti
[[C. Scuderi|name]]
"""),
    ("review health assessment summary", """REVIEW HEALTH ASSESSMENT - SUMMARY AND PLAN (child on a protection plan)
Name: [[Salvatore Lo Cascio|name]]      DOB: [[23 Nov 2020|dob]]      NHS: [[164 728 4961|nhs]]
Address: [[5 Westheath Ave|address]], [[Bodmin|place]] [[PL31 1QH|postcode]]     GP: Bodmin Health Centre
Seen by: [[Karen Opie|name]], Health Visitor, on [[25 November 2026|date]] at home, with mother and interpreter
[[F. Amato|name]].

Growth: weight 16.2 kg (25th centile), height 104 cm. Burns on left hand (seen [[15/10/2026|date]]) healed; two
pale scars. Teeth: decay in upper incisors; not registered with a dentist - referred to the community dental service.
Development: speech in Italian and English at age level; nursery ([[Little Acorns|school]]) report him "quieter since
half-term".
Immunisations: MMR2 and pre-school booster due; booked for [[9/12/26|date]] at the surgery.
Family: Father ([[Calogero|name]]) now living at his cousin [[Gaetano Russo|name]]'s in [[Wadebridge|place]] under the
written agreement; contact supervised by mother's friend [[Ellie Couch|name]] at the café on Sundays. Mother feels
"watched by everyone on [[Westheath|place]]".
Plan: dental referral; HV visits monthly; share with SW [[Gemma Lander|name]] ([[gemma.lander@gannelvale.gov.uk|email]]).
"""),
]


# --- E. Symons / Kittow family (white British), Pennygillam, Launceston -------------------------------------------------------

HOME_E = d.Address("31 Pennygillam Way", "Pennygillam", "Launceston", "PL15 7ED")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Keira", "Symons")], dt.date(2011, 8, 14), addresses=[HOME_E], ids=["9928884277", "Z908414823358"],
       schools=["Launceston College"]),
    _p("s", "sibling", [("Alfie", "Kittow")], dt.date(2018, 6, 3), addresses=[HOME_E], ids=["4088151194"],
       schools=["Windmill Hill Academy"]),
    _p("m", "mother", [("Nicola", "Symons")], dt.date(1985, 4, 28), addresses=[HOME_E], phones=["07402 773 916"]),
    _p("f", "father", [("Wayne", "Kittow")], dt.date(1982, 9, 2), phones=["07957 281 644"]),
    _p("p1", "professional", [("Hollie", "Venning")], phones=["01566 774 281"], emails=["hollie.venning@gannelvale.gov.uk"]),
], "c")

DOCS_E = [
    ("single assessment analysis and plan", """SINGLE ASSESSMENT - ANALYSIS, CHILD'S VOICE AND PLAN
Child: [[Keira Symons|name]], 15 (DOB [[14 August 2011|dob]]), UPN [[Z908414823358|upn]], Year 11 at [[Launceston College|school]]
Household at [[31 Pennygillam Way|address]], [[Launceston|place]] [[PL15 7ED|postcode]]: mother [[Nicola Symons|name]]
("[[Nicky|name]]"), [[Keira|name]],
half-brother [[Alfie Kittow|name]] (8, [[Windmill Hill|school]]). [[Alfie|name]]'s father [[Wayne Kittow|name]] lives at
[[Lifton|place]] and has [[Alfie|name]] alternate weekends. Assessment started [[2 October 2026|date]]; completed [[27 November 2026|date]].
Assessor: [[Hollie Venning|name]], Launceston locality team.

Analysis. [[Keira|name]] is a young carer. Her mother has multiple sclerosis, diagnosed in 2019, and since a relapse in
the spring has used a wheelchair outdoors. [[Keira|name]] helps her mum wash and dress, does the shopping at the Co-op on
[[Race Hill|address]], gives [[Alfie|name]] his tea and gets him to school. Her attendance has fallen to 81%. Her head of
year, Mr [[Dan Sleep|name]], says she is "exceptionally able" and has applied to [[Callywith College|school]] for A levels.
The home is warm and loving. There is no evidence of deliberate harm; the concern is that [[Keira|name]] carries too much,
and that her mother's care package (two calls a day from Tamar Homecare) is not enough.

[[Keira|name]]'s words: "I don't mind doing it, it's Mum. I just want one night where I'm not listening out for her." She
would like to go to the young carers' group in [[Liskeard|place]] with her friend [[Jess Gribble|name]], whose dad drives.
[[Alfie|name]] (drawing of "my two houses"): "Dad's has chickens. Mum's has [[Keira|name]]."

Network: maternal grandmother [[Brenda Symons|name]] ([[07957 281 644|phone]] on the school form is [[Wayne|name]]'s, not hers - to
correct), who
spends the winters in [[Los Cristianos|place]]; [[Wayne|name]]'s mother [[Joan Kittow|name]], [[Lifton|place]]; [[Nicola|name]]'s
friend from the chapel, [[Julie Trood|name]]; neighbours [[Mick|name]] and [[Sue Hambly|name]] at [[no. 33|address]]. The MS nurse is
[[Fran Oliver|name]] at Derriford.

Plan (child in need): carers' assessment for [[Nicola|name]] by adult social care (worker [[Pete Abbott|name]]); referral to
Cornwall Young Carers; [[Launceston College|school]] to agree a late-start plan; review on [[26 February 2027|date]].
"""),
]
DOCS_E += [
    ("young carer's own diary sheet", """YOUNG CARERS - "MY WEEK" SHEET (filled in by the young person, typed up by the worker, spelling
kept)
Name: [[Keira|name]]    Week starting: Mon [[9th Nov|date]]

Mon - got mum up 6.45, did her tablets, [[alfie|name]] to school, late for reg AGAIN. Mr [[Sleep|name]] was ok about it.
Tue - carer didnt come (the new one, [[Bev|name]]?) so I stayed home til 10. texted [[jess|name]]
Wed - mum fell in the kitchen. rang nan... no nan's in [[Tenerife|place]]. rang [[Wayne|name]] he came from [[Lifton|place]]
      in 20 min. he was actually nice
Thu - [[alfie|name]] at his dad's. I did my history coursework til 1am
Fri - [[jess|name]]'s mum took me to [[Plymouth|place]] to the cinema!!! first time since summer
Sat - mum's friend [[Julie Trood|name]] from church sat with mum. I went to work at the farm shop at [[Trebursye|place]]
Sun - roast at [[Wayne|name]]'s mum's ([[Joan|name]]) with [[alfie|name]]. mum came too

Worker note ([[Lowena|name]]): "[[Bev|name]]" is [[Beverley Hext|name]] from the agency. "[[jess|name]]" is [[Jess Gribble|name]] of
[[Tregadillett|place]]. Nan is [[Brenda Symons|name]], away in [[Tenerife|place]] until [[20 December|date]]. [[Wayne|name]]'s mum
[[Joan Kittow|name]] lives at [[2 Ashleigh Cottages|address]], [[Lifton|place]], [[PL16 0DB|postcode]].

One thing I want: someone to do wednesday nights so I can do netball.
"""),
    ("facebook messenger chat with a family support worker", """Facebook Messenger - [[Nicky Symons|name]] and the family support
worker's work account
([[Lowena Brenton|name]], FSW). Copied to the file on [[3 December 2026|date]]. Times as shown.

[[Nicky Symons|name]] [[28 Nov|date]] 21:14: hiya [[lowena|name]] sorry its late. the carers from tamar cancelled again tomoz
[[Nicky Symons|name]] 21:15: [[keira|name]] has her mock in the morning i dont want her missing it
[[Lowena Brenton|name]] FSW 21:20: Hi [[Nicky|name]], leave it with me. I'll ring the agency at 8. Is [[Wayne|name]] able to take
[[Alfie|name]]?
[[Nicky Symons|name]] 21:22: hes on earlies at the abattoir in [[Launceston|place]]. his mum [[joan|name]] might
[[Nicky Symons|name]] 21:22: her numbers [[07531 609 428|phone]]
[[Lowena Brenton|name]] FSW 21:30: Thanks. I'll message her in the morning if that's OK with you.
[[Nicky Symons|name]] 21:31: yeah. also the wheelchair ramp at the back, the council man [[Ashley|name]] said [[14th Dec|date]] now
[[Nicky Symons|name]] 21:40: oh and [[keira|name]]s friend [[jess|name]] from [[tregadillett|place]] is having her saturday, her mums
[[maxine|name]]
[[Nicky Symons|name]] 21:41: [[maxine gribble|name]] [[07867 204 351|phone]] if you need her
[[Nicky Symons|name]] [[29 Nov|date]] 07:58: [[joan|name]] said yes shes having [[alfie|name]] 👍
[[Lowena Brenton|name]] FSW 08:05: Brilliant. [[Keira|name]] good luck in your mock x
"""),
    ("core group meeting minutes", """CORE GROUP / CHILD IN NEED REVIEW MEETING - MINUTES
Date: Thursday [[3rd December 2026|date]] 15:30          Venue: [[Launceston College|school]], meeting room 2
Children: [[SYMONS, Keira|name]] (DOB [[14/08/2011|dob]]); [[KITTOW, Alfie|name]] (DOB [[03/06/2018|dob]], NHS [[408 815 1194|nhs]])

Present: [[Hollie Venning|name]] (SW, chair); [[Nicola Symons|name]] (mother); [[Keira|name]] (first 15 minutes);
[[Dan Sleep|name]] (Head of Year 11); [[Lowena Brenton|name]] (FSW); [[Pete Abbott|name]] (adult social care);
[[Rachel Ham|name]] (Cornwall Young Carers).   Apologies: [[Wayne Kittow|name]] (at work) - sent views by text
([[07957 281 644|phone]]).

1. [[Keira|name]] said things were "a bit better" since the late-start plan. She still does the mornings. She asked
that nobody tells her friends at school she is a carer.
2. [[Pete|name]]: carers' assessment done [[24/11|date]]; care package increased to three calls a day from
[[7 December|date]]. A sitting service on Wednesday evenings agreed (provider [[Linda Parnall|name]], an approved
personal assistant from [[St Stephens|place]]).
3. [[Rachel|name]]: [[Keira|name]] started the [[Liskeard|place]] group on [[25 Nov|date]]; transport with [[Jess|name]]'s dad,
Mr [[Gribble|name]].
4. [[Dan|name]]: attendance up to 88% since [[16/11/2026|date]]. [[Callywith|school]] interview on [[15 January 2027|date]].
5. [[Alfie|name]] - [[Windmill Hill Academy|school]] report no worries; his teacher Miss [[Hannah Hill|name]] says he is settled.
Next meeting: [[4 February 2027|date]].  Minutes by [[H. Venning|name]].
"""),
]


# --- F. Dingle / Lobb family (white British), Newport, Launceston --------------------------------------------------------------

HOME_F = d.Address("8 St Thomas Road", "Newport", "Launceston", "PL15 8BU")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Riley", "Dingle")], dt.date(2010, 12, 6), addresses=[HOME_F], ids=["7158410528", "K908360311552"],
       schools=["Launceston College"]),
    _p("s", "sibling", [("Hope", "Lobb")], dt.date(2021, 10, 30), addresses=[HOME_F], ids=["3763234640"]),
    _p("m", "mother", [("Stacey", "Dingle")], dt.date(1992, 7, 11), addresses=[HOME_F], phones=["07780 352 196"]),
    _p("f", "father", [("Shane", "Lobb")], dt.date(1989, 1, 24), addresses=[HOME_F], phones=["07446 918 037"],
       ids=["WL 19 46 83 D"]),
    _p("p1", "professional", [("Hollie", "Venning")], phones=["01566 774 281"], emails=["hollie.venning@gannelvale.gov.uk"]),
], "c")

DOCS_F = [
    ("letter to parents before proceedings", """Gannel Vale Council - Children's Services
Launceston Locality Office

PRIVATE AND CONFIDENTIAL
Ms [[Stacey Dingle|name]] and Mr [[Shane Lobb|name]]
[[8 St Thomas Road|address]]
[[Newport|place]]
[[Launceston|place]]
[[PL15 8BU|postcode]]

[[30 November 2026|date]]

Dear [[Stacey|name]] and [[Shane|name]],

LETTER BEFORE PROCEEDINGS - [[Riley Dingle|name]] (born [[6 December 2010|dob]]) and [[Hope Lobb|name]] (born [[30 October 2021|dob]])

I am writing because we are very worried about [[Riley|name]] and [[Hope|name]]. Since [[Riley|name]] and [[Hope|name]] were
made subject to child protection plans on [[2 July 2026|date]], things have not improved enough. In particular:
- on [[12 September 2026|date]] police found [[Hope|name]], then 4, alone on the footpath by the river at [[Newport|place]]
  at 7.40am, and a neighbour, Mrs [[Ivy Pethick|name]] of [[no. 10|address]], took her in;
- [[Riley|name]] has missed 41 sessions of school at [[Launceston College|school]] this term;
- on [[18 November 2026|date]] [[Shane|name]] was arrested after a fight at the Bell Inn, and [[Riley|name]] (15) had to walk
  [[Hope|name]] home from her childminder, [[Karen Stanbury|name]], in [[Dutson|place]] at 9pm.

You are invited to a meeting at this office on Tuesday [[15 December 2026|date]] at 10am. Please bring this letter to a
solicitor straight away; legal advice at the meeting is free. A list of local solicitors is enclosed (for example
[[Stephens|name]] Scown in [[Launceston|place]]).

What we need to see by [[29 January 2027|date]]: [[Hope|name]] at nursery every day from [[4 January|date]]; [[Shane|name]]
working with the alcohol service and attending on [[8 January|date]]; [[Riley|name]] in school, supported by his mentor
Mr [[Jack Trewin|name]]; a family network meeting with [[Pauline|name]] in [[Callington|place]] and [[Shane|name]]'s brother
[[Dean Lobb|name]] of [[Polson|place]], whom [[Riley|name]] likes. If you cannot come on the [[15th|date]], ring me before the
[[11th|date]].

Yours sincerely,
[[Hollie Venning|name]], Social Worker, [[01566 774 281|phone]], [[hollie.venning@gannelvale.gov.uk|email]]
Team manager: [[Tom Brendon|name]]
"""),
]
DOCS_F += [
    ("scanned GP letter with OCR errors", """[Scanned copy of a fax received [[02/11/2026|date]]; OCR text, line breaks kept]

Launceston Medical Centre
[[Landlake Road|address]], [[Launceston|place]] [[PL15 9HH|postcode]]    Tel [[01566 86 303|phone]]

Dear Ms [[Venning|name]],                                                            [[O1/11/2026|date]]
Re: [[Hope LOBB|name]]  D.O.B. [[3O/1O/2O21|dob]]   NHS No [[376 323 4640|nhs]]
     [[8 St Thomas Rd|address]], [[Newport|place]], [[Launceston|place]] [[PL15 8BU|postcode]]

I saw [[Hope|name]] with her father Mr [[Shane Lobb|name]] on [[29.10.26|date]]. He brought her because of a
rash on her bottom. This was a severe nappy rash with some skin broken, which in my view reflects infrequent
changing. She is 5 next week and is still in nappies at night and often in the day; there has been no referral for
continence. Mr [[Lobb|name]] smelt of alcohol at 11.20am. He told me the mother, [[Stacey|name]], "is at her mum's in
[[Callington|place]]" and that [[Riley|name]] "does most of it".

[[Hope|name]] was weight 15.1kg (9th centile). Her immunisations are incomplete (pre-school booster missed
x3, letters sent [[14/3|date]], [[2/6|date]] and [[1/9|date]]).

I have prescribed a barrier cream and asked the health visitor, [[Gail Rundle|name]], to see her.

Yours sincerely
Dr [[M. Ketteringham|name]]
GP Partner
"""),
]
DOCS_F += [
    ("youth worker's detached session log", """DETACHED YOUTH WORK - SESSION LOG
Area: [[Newport|place]] / Town Square / skate park, [[Launceston|place]]     Date: Fri [[20.11.26|date]]  18:30-21:00
Workers: [[Aaron Jolly|name]], [[Meg Crocker|name]]          Young people met: 14 (9 M, 5 F)

18:45 Skate park. Group of 6 incl. [[Riley D|name]] (15), [[Callum|name]] "[[Cal|name]]" [[Bartlett|name]], [[Ellis Gay|name]] and two lads
from [[Camelford|place]] we did not know. [[Riley|name]] had a bottle of cider; said his stepdad [[Shane|name]] "gave it me
to get rid of me". Said his little sister was "at Nan [[Pauline|name]]'s in [[Callington|place]] with Mum".
19:20 [[Riley|name]] asked [[Meg|name]] about "how you get a flat at 16". Talked about St Petroc's? - no, he
meant the Rosedean youth housing project. Gave info and the Young People's Service number.
19:50 Town Square. An older male, about 25, in a grey Golf ([[WF17 OXR|vehicle]]) called [[Riley|name]] and [[Cal|name]] over.
[[Aaron|name]] approached; the driver said he was "[[Cal|name]]'s cousin, [[Jordan|name]]" and drove off up [[Western Road|address]].
20:30 [[Riley|name]] still in the square alone. [[Aaron|name]] walked him to the end of [[St Thomas Road|address]].

21:00 Session ended. Also seen: [[Tayla Moyle|name]] (14) from [[Dunheved Road|address]], on her own, upset; her mum
[[Jodie|name]] collected her from the library steps. [[Ellis|name]] said [[Jordan|name]] "drives for someone in [[Plymouth|place]]" and
lives at "[[Trebursye Oaks|address]]".

Safeguarding: Yes. Shared with [[Hollie Venning|name]] (SW) by email at 21:40 and by phone Monday [[23/11|date]].
"""),
    ("social work statement to the family court", """IN THE FAMILY COURT SITTING AT TRURO               Case No: PL26C00418
IN THE MATTER OF THE CHILDREN ACT 1989
AND IN THE MATTER OF [[RILEY DINGLE|name]] AND [[HOPE LOBB|name]]

SOCIAL WORK EVIDENCE TEMPLATE (SWET) - EXTRACT, sections 2 and 5
Statement of: [[Hollie Venning|name]]      Dated: [[4 December 2026|date]]

2. Family composition
2.1 [[Riley Dingle|name]], born [[06/12/2010|dob]], NHS [[715 841 0528|nhs]], UPN [[K908360311552|upn]]
2.2 [[Hope Lobb|name]], born [[30/10/2021|dob]], NHS [[376 323 4640|nhs]]
2.3 Mother: [[Stacey Dingle|name]], born [[11/07/1992|dob]], of [[8 St Thomas Road|address]], [[Launceston|place]], [[PL15 8BU|postcode]]
2.4 Father of [[Hope|name]]: [[Shane Lobb|name]], born [[24/01/1989|dob]], NI [[WL 19 46 83 D|ni]], same address
2.5 Father of [[Riley|name]]: [[Craig Dingle|name]], whereabouts unknown; last known in [[Okehampton|place]]
2.6 Maternal grandmother: [[Pauline Dingle|name]], [[17 Saltash Road|address]], [[Callington|place]] [[PL17 7EF|postcode]]

5. Analysis
5.1 [[Riley|name]] has been a second parent to [[Hope|name]]. His words to me on [[25 November|date]] were: "If you take [[Hope|name]]
I'll have nobody to look after." He wishes to live with his nan; [[Pauline|name]] has said she can take [[Hope|name]] but "not
[[Riley|name]] as well, he'll be gone with his mates".
5.3 On [[9 October 2026|date]] I visited unannounced. [[Hope|name]] was asleep on the sofa at 4pm in a wet nappy. [[Shane|name]]
said [[Stacey|name]] had gone to [[Plymouth|place]] with her friend [[Leanne Pooley|name]]. A neighbour, Mr [[Derek Pethick|name]],
told me "the boy does everything round here". On [[16 October|date]] [[Riley|name]] told his teacher, Ms [[Gemma Sleeman|name]],
that he had "not slept for two days" because [[Hope|name]] was ill. On [[22 October|date]] the childminder, [[Karen Stanbury|name]],
gave notice because fees were unpaid.
5.2 [[Stacey|name]] has stayed at her mother's in [[Callington|place]] most nights since October and the children have been
left with [[Shane|name]], whose drinking has not reduced despite a referral to Addaction.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 173 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:05 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "nurse", "sister", "coach", "our",
           "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam",
           "dad", "daddy", "aunty", "auntie", "uncle", "mme", "madame", "monsieur", "mamie", "maman", "papa", "papà", "mamma",
           "nonna", "nonno", "zio", "zia", "signora", "signor"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "cornwall", "kernow", "devon", "québec", "quebec", "canada",
               "sicily", "sicilia", "italy", "italia"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker, then this set's
# titles and kinship words ("Mamie Ginette", "Zio Turi", "signora Lucia Ferrante", "nanny dee") and countries and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
